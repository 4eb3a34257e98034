// gemma3 27b v5e-8 decode batch=8 context=32768: StableHLO from jax, no locations
// row: {"topology": "v5e-8", "workload": "decode", "options": {"batch": 8, "context": 32768}}
// jax 0.10.2, jaxlib 0.10.2, libtpu 0.0.42.1
// regenerate: python -m gemma3.hlo dump --workload decode; compare: python -m gemma3.hlo diff decode.stablehlo.mlir current
module @jit_step attributes {mhlo.num_partitions = 8 : i32, mhlo.num_replicas = 1 : i32} {
  sdy.mesh @mesh = <["data"=1, "fsdp"=1, "tensor"=8]> {stablehlo.mesh = {axes = [{name = "data", size = 1 : i64}, {name = "fsdp", size = 1 : i64}, {name = "tensor", size = 8 : i64}]}}
  func.func public @main(%arg0: tensor<262208x5376xbf16> {sdy.sharding = #sdy.sharding<@mesh, [{"tensor"}, {}]>}, %arg1: tensor<62x5376xbf16> {sdy.sharding = #sdy.sharding<@mesh, [{}, {}]>}, %arg2: tensor<62x32x5376x128xbf16> {sdy.sharding = #sdy.sharding<@mesh, [{}, {"tensor"}, {}, {}]>}, %arg3: tensor<62x16x5376x128xbf16> {sdy.sharding = #sdy.sharding<@mesh, [{}, {"tensor"}, {}, {}]>}, %arg4: tensor<62x16x5376x128xbf16> {sdy.sharding = #sdy.sharding<@mesh, [{}, {"tensor"}, {}, {}]>}, %arg5: tensor<62x32x128x5376xbf16> {sdy.sharding = #sdy.sharding<@mesh, [{}, {"tensor"}, {}, {}]>}, %arg6: tensor<62x128xbf16> {sdy.sharding = #sdy.sharding<@mesh, [{}, {}]>}, %arg7: tensor<62x128xbf16> {sdy.sharding = #sdy.sharding<@mesh, [{}, {}]>}, %arg8: tensor<62x5376xbf16> {sdy.sharding = #sdy.sharding<@mesh, [{}, {}]>}, %arg9: tensor<62x5376xbf16> {sdy.sharding = #sdy.sharding<@mesh, [{}, {}]>}, %arg10: tensor<62x5376x21504xbf16> {sdy.sharding = #sdy.sharding<@mesh, [{}, {}, {"tensor"}]>}, %arg11: tensor<62x5376x21504xbf16> {sdy.sharding = #sdy.sharding<@mesh, [{}, {}, {"tensor"}]>}, %arg12: tensor<62x21504x5376xbf16> {sdy.sharding = #sdy.sharding<@mesh, [{}, {"tensor"}, {}]>}, %arg13: tensor<62x5376xbf16> {sdy.sharding = #sdy.sharding<@mesh, [{}, {}]>}, %arg14: tensor<5376xbf16> {sdy.sharding = #sdy.sharding<@mesh, [{}]>}, %arg15: tensor<8xi32> {sdy.sharding = #sdy.sharding<@mesh, [{"data"}]>}, %arg16: tensor<52x1024x16x8x128xbf16> {sdy.sharding = #sdy.sharding<@mesh, [{}, {}, {"tensor"}, {"data"}, {}]>, tf.aliasing_output = 1 : i32}, %arg17: tensor<52x1024x16x8x128xbf16> {sdy.sharding = #sdy.sharding<@mesh, [{}, {}, {"tensor"}, {"data"}, {}]>, tf.aliasing_output = 2 : i32}, %arg18: tensor<10x32768x16x8x128xbf16> {sdy.sharding = #sdy.sharding<@mesh, [{}, {}, {"tensor"}, {"data"}, {}]>, tf.aliasing_output = 3 : i32}, %arg19: tensor<10x32768x16x8x128xbf16> {sdy.sharding = #sdy.sharding<@mesh, [{}, {}, {"tensor"}, {"data"}, {}]>, tf.aliasing_output = 4 : i32}, %arg20: tensor<i32> {sdy.sharding = #sdy.sharding<@mesh, []>, tf.aliasing_output = 5 : i32}, %arg21: tensor<8xi32> {sdy.sharding = #sdy.sharding<@mesh, [{"data"}]>, tf.aliasing_output = 6 : i32}) -> (tensor<8x262144xf32> {jax.result_info = "result[0]", sdy.sharding = #sdy.sharding<@mesh, [{"data"}, {"tensor"}]>}, tensor<52x1024x16x8x128xbf16> {jax.result_info = "result[1].local_k", sdy.sharding = #sdy.sharding<@mesh, [{}, {}, {"tensor"}, {"data"}, {}]>}, tensor<52x1024x16x8x128xbf16> {jax.result_info = "result[1].local_v", sdy.sharding = #sdy.sharding<@mesh, [{}, {}, {"tensor"}, {"data"}, {}]>}, tensor<10x32768x16x8x128xbf16> {jax.result_info = "result[1].global_k", sdy.sharding = #sdy.sharding<@mesh, [{}, {}, {"tensor"}, {"data"}, {}]>}, tensor<10x32768x16x8x128xbf16> {jax.result_info = "result[1].global_v", sdy.sharding = #sdy.sharding<@mesh, [{}, {}, {"tensor"}, {"data"}, {}]>}, tensor<i32> {jax.result_info = "result[1].index", sdy.sharding = #sdy.sharding<@mesh, []>}, tensor<8xi32> {jax.result_info = "result[1].starts", sdy.sharding = #sdy.sharding<@mesh, [{"data"}]>}) {
    %0:7 = call @_decode_jit(%arg0, %arg1, %arg2, %arg3, %arg4, %arg5, %arg6, %arg7, %arg8, %arg9, %arg10, %arg11, %arg12, %arg13, %arg14, %arg15, %arg16, %arg17, %arg18, %arg19, %arg20, %arg21) : (tensor<262208x5376xbf16>, tensor<62x5376xbf16>, tensor<62x32x5376x128xbf16>, tensor<62x16x5376x128xbf16>, tensor<62x16x5376x128xbf16>, tensor<62x32x128x5376xbf16>, tensor<62x128xbf16>, tensor<62x128xbf16>, tensor<62x5376xbf16>, tensor<62x5376xbf16>, tensor<62x5376x21504xbf16>, tensor<62x5376x21504xbf16>, tensor<62x21504x5376xbf16>, tensor<62x5376xbf16>, tensor<5376xbf16>, tensor<8xi32>, tensor<52x1024x16x8x128xbf16>, tensor<52x1024x16x8x128xbf16>, tensor<10x32768x16x8x128xbf16>, tensor<10x32768x16x8x128xbf16>, tensor<i32>, tensor<8xi32>) -> (tensor<8x262144xf32>, tensor<52x1024x16x8x128xbf16>, tensor<52x1024x16x8x128xbf16>, tensor<10x32768x16x8x128xbf16>, tensor<10x32768x16x8x128xbf16>, tensor<i32>, tensor<8xi32>)
    return %0#0, %0#1, %0#2, %0#3, %0#4, %0#5, %0#6 : tensor<8x262144xf32>, tensor<52x1024x16x8x128xbf16>, tensor<52x1024x16x8x128xbf16>, tensor<10x32768x16x8x128xbf16>, tensor<10x32768x16x8x128xbf16>, tensor<i32>, tensor<8xi32>
  }
  func.func private @_decode_jit(%arg0: tensor<262208x5376xbf16>, %arg1: tensor<62x5376xbf16>, %arg2: tensor<62x32x5376x128xbf16>, %arg3: tensor<62x16x5376x128xbf16>, %arg4: tensor<62x16x5376x128xbf16>, %arg5: tensor<62x32x128x5376xbf16>, %arg6: tensor<62x128xbf16>, %arg7: tensor<62x128xbf16>, %arg8: tensor<62x5376xbf16>, %arg9: tensor<62x5376xbf16>, %arg10: tensor<62x5376x21504xbf16>, %arg11: tensor<62x5376x21504xbf16>, %arg12: tensor<62x21504x5376xbf16>, %arg13: tensor<62x5376xbf16>, %arg14: tensor<5376xbf16>, %arg15: tensor<8xi32>, %arg16: tensor<52x1024x16x8x128xbf16>, %arg17: tensor<52x1024x16x8x128xbf16>, %arg18: tensor<10x32768x16x8x128xbf16>, %arg19: tensor<10x32768x16x8x128xbf16>, %arg20: tensor<i32>, %arg21: tensor<8xi32>) -> (tensor<8x262144xf32>, tensor<52x1024x16x8x128xbf16>, tensor<52x1024x16x8x128xbf16>, tensor<10x32768x16x8x128xbf16>, tensor<10x32768x16x8x128xbf16>, tensor<i32>, tensor<8xi32>) {
    %c = stablehlo.constant dense<32768> : tensor<i32>
    %0 = stablehlo.compare LT, %arg20, %c, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %c_0 = stablehlo.constant dense<32767> : tensor<i32>
    %1 = stablehlo.minimum %arg20, %c_0 : tensor<i32>
    %2 = stablehlo.broadcast_in_dim %arg20, dims = [] : (tensor<i32>) -> tensor<8xi32>
    %3 = stablehlo.subtract %2, %arg21 : tensor<8xi32>
    %4 = stablehlo.broadcast_in_dim %3, dims = [0] : (tensor<8xi32>) -> tensor<8x1xi32>
    %5 = stablehlo.broadcast_in_dim %arg20, dims = [] : (tensor<i32>) -> tensor<8x1xi32>
    %6 = stablehlo.broadcast_in_dim %arg15, dims = [0] : (tensor<8xi32>) -> tensor<8x1xi32>
    %7 = call @_take(%arg0, %6) : (tensor<262208x5376xbf16>, tensor<8x1xi32>) -> tensor<8x1x5376xbf16>
    %cst = stablehlo.constant dense<7.350000e+01> : tensor<bf16>
    %8 = stablehlo.broadcast_in_dim %cst, dims = [] : (tensor<bf16>) -> tensor<8x1x5376xbf16>
    %9 = stablehlo.multiply %7, %8 : tensor<8x1x5376xbf16>
    %10 = stablehlo.iota dim = 0 : tensor<10xi32>
    %c_1 = stablehlo.constant dense<0> : tensor<i32>
    %11:25 = stablehlo.while(%iterArg = %10, %iterArg_8 = %arg1, %iterArg_9 = %arg2, %iterArg_10 = %arg3, %iterArg_11 = %arg4, %iterArg_12 = %arg5, %iterArg_13 = %arg6, %iterArg_14 = %arg7, %iterArg_15 = %arg8, %iterArg_16 = %arg9, %iterArg_17 = %arg10, %iterArg_18 = %arg11, %iterArg_19 = %arg12, %iterArg_20 = %arg13, %iterArg_21 = %4, %iterArg_22 = %1, %iterArg_23 = %arg20, %iterArg_24 = %arg21, %iterArg_25 = %5, %iterArg_26 = %c_1, %iterArg_27 = %9, %iterArg_28 = %arg16, %iterArg_29 = %arg17, %iterArg_30 = %arg18, %iterArg_31 = %arg19) : tensor<10xi32>, tensor<62x5376xbf16>, tensor<62x32x5376x128xbf16>, tensor<62x16x5376x128xbf16>, tensor<62x16x5376x128xbf16>, tensor<62x32x128x5376xbf16>, tensor<62x128xbf16>, tensor<62x128xbf16>, tensor<62x5376xbf16>, tensor<62x5376xbf16>, tensor<62x5376x21504xbf16>, tensor<62x5376x21504xbf16>, tensor<62x21504x5376xbf16>, tensor<62x5376xbf16>, tensor<8x1xi32>, tensor<i32>, tensor<i32>, tensor<8xi32>, tensor<8x1xi32>, tensor<i32>, tensor<8x1x5376xbf16>, tensor<52x1024x16x8x128xbf16>, tensor<52x1024x16x8x128xbf16>, tensor<10x32768x16x8x128xbf16>, tensor<10x32768x16x8x128xbf16>
    cond {
      %c_32 = stablehlo.constant dense<10> : tensor<i32>
      %38 = stablehlo.compare LT, %iterArg_26, %c_32, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
      stablehlo.return %38 : tensor<i1>
    } do {
      %38 = func.call @dynamic_index_in_dim(%iterArg, %iterArg_26) : (tensor<10xi32>, tensor<i32>) -> tensor<i32>
      %39:5 = func.call @closed_call(%iterArg_8, %iterArg_9, %iterArg_10, %iterArg_11, %iterArg_12, %iterArg_13, %iterArg_14, %iterArg_15, %iterArg_16, %iterArg_17, %iterArg_18, %iterArg_19, %iterArg_20, %iterArg_21, %iterArg_22, %iterArg_23, %iterArg_24, %iterArg_25, %iterArg_27, %iterArg_28, %iterArg_29, %iterArg_30, %iterArg_31, %38) : (tensor<62x5376xbf16>, tensor<62x32x5376x128xbf16>, tensor<62x16x5376x128xbf16>, tensor<62x16x5376x128xbf16>, tensor<62x32x128x5376xbf16>, tensor<62x128xbf16>, tensor<62x128xbf16>, tensor<62x5376xbf16>, tensor<62x5376xbf16>, tensor<62x5376x21504xbf16>, tensor<62x5376x21504xbf16>, tensor<62x21504x5376xbf16>, tensor<62x5376xbf16>, tensor<8x1xi32>, tensor<i32>, tensor<i32>, tensor<8xi32>, tensor<8x1xi32>, tensor<8x1x5376xbf16>, tensor<52x1024x16x8x128xbf16>, tensor<52x1024x16x8x128xbf16>, tensor<10x32768x16x8x128xbf16>, tensor<10x32768x16x8x128xbf16>, tensor<i32>) -> (tensor<8x1x5376xbf16>, tensor<52x1024x16x8x128xbf16>, tensor<52x1024x16x8x128xbf16>, tensor<10x32768x16x8x128xbf16>, tensor<10x32768x16x8x128xbf16>)
      %c_32 = stablehlo.constant dense<1> : tensor<i32>
      %40 = stablehlo.add %iterArg_26, %c_32 : tensor<i32>
      stablehlo.return %iterArg, %iterArg_8, %iterArg_9, %iterArg_10, %iterArg_11, %iterArg_12, %iterArg_13, %iterArg_14, %iterArg_15, %iterArg_16, %iterArg_17, %iterArg_18, %iterArg_19, %iterArg_20, %iterArg_21, %iterArg_22, %iterArg_23, %iterArg_24, %iterArg_25, %40, %39#0, %39#1, %39#2, %39#3, %39#4 : tensor<10xi32>, tensor<62x5376xbf16>, tensor<62x32x5376x128xbf16>, tensor<62x16x5376x128xbf16>, tensor<62x16x5376x128xbf16>, tensor<62x32x128x5376xbf16>, tensor<62x128xbf16>, tensor<62x128xbf16>, tensor<62x5376xbf16>, tensor<62x5376xbf16>, tensor<62x5376x21504xbf16>, tensor<62x5376x21504xbf16>, tensor<62x21504x5376xbf16>, tensor<62x5376xbf16>, tensor<8x1xi32>, tensor<i32>, tensor<i32>, tensor<8xi32>, tensor<8x1xi32>, tensor<i32>, tensor<8x1x5376xbf16>, tensor<52x1024x16x8x128xbf16>, tensor<52x1024x16x8x128xbf16>, tensor<10x32768x16x8x128xbf16>, tensor<10x32768x16x8x128xbf16>
    }
    %12 = stablehlo.iota dim = 0 : tensor<2xi32>
    %c_2 = stablehlo.constant dense<0> : tensor<i32>
    %13:23 = stablehlo.while(%iterArg = %12, %iterArg_8 = %arg1, %iterArg_9 = %arg2, %iterArg_10 = %arg3, %iterArg_11 = %arg4, %iterArg_12 = %arg5, %iterArg_13 = %arg6, %iterArg_14 = %arg7, %iterArg_15 = %arg8, %iterArg_16 = %arg9, %iterArg_17 = %arg10, %iterArg_18 = %arg11, %iterArg_19 = %arg12, %iterArg_20 = %arg13, %iterArg_21 = %4, %iterArg_22 = %1, %iterArg_23 = %arg20, %iterArg_24 = %arg21, %iterArg_25 = %5, %iterArg_26 = %c_2, %iterArg_27 = %11#20, %iterArg_28 = %11#21, %iterArg_29 = %11#22) : tensor<2xi32>, tensor<62x5376xbf16>, tensor<62x32x5376x128xbf16>, tensor<62x16x5376x128xbf16>, tensor<62x16x5376x128xbf16>, tensor<62x32x128x5376xbf16>, tensor<62x128xbf16>, tensor<62x128xbf16>, tensor<62x5376xbf16>, tensor<62x5376xbf16>, tensor<62x5376x21504xbf16>, tensor<62x5376x21504xbf16>, tensor<62x21504x5376xbf16>, tensor<62x5376xbf16>, tensor<8x1xi32>, tensor<i32>, tensor<i32>, tensor<8xi32>, tensor<8x1xi32>, tensor<i32>, tensor<8x1x5376xbf16>, tensor<52x1024x16x8x128xbf16>, tensor<52x1024x16x8x128xbf16>
    cond {
      %c_30 = stablehlo.constant dense<2> : tensor<i32>
      %38 = stablehlo.compare LT, %iterArg_26, %c_30, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
      stablehlo.return %38 : tensor<i1>
    } do {
      %38 = func.call @dynamic_index_in_dim_16(%iterArg, %iterArg_26) : (tensor<2xi32>, tensor<i32>) -> tensor<i32>
      %39:3 = func.call @closed_call_17(%iterArg_8, %iterArg_9, %iterArg_10, %iterArg_11, %iterArg_12, %iterArg_13, %iterArg_14, %iterArg_15, %iterArg_16, %iterArg_17, %iterArg_18, %iterArg_19, %iterArg_20, %iterArg_21, %iterArg_22, %iterArg_23, %iterArg_24, %iterArg_25, %iterArg_27, %iterArg_28, %iterArg_29, %38) : (tensor<62x5376xbf16>, tensor<62x32x5376x128xbf16>, tensor<62x16x5376x128xbf16>, tensor<62x16x5376x128xbf16>, tensor<62x32x128x5376xbf16>, tensor<62x128xbf16>, tensor<62x128xbf16>, tensor<62x5376xbf16>, tensor<62x5376xbf16>, tensor<62x5376x21504xbf16>, tensor<62x5376x21504xbf16>, tensor<62x21504x5376xbf16>, tensor<62x5376xbf16>, tensor<8x1xi32>, tensor<i32>, tensor<i32>, tensor<8xi32>, tensor<8x1xi32>, tensor<8x1x5376xbf16>, tensor<52x1024x16x8x128xbf16>, tensor<52x1024x16x8x128xbf16>, tensor<i32>) -> (tensor<8x1x5376xbf16>, tensor<52x1024x16x8x128xbf16>, tensor<52x1024x16x8x128xbf16>)
      %c_30 = stablehlo.constant dense<1> : tensor<i32>
      %40 = stablehlo.add %iterArg_26, %c_30 : tensor<i32>
      stablehlo.return %iterArg, %iterArg_8, %iterArg_9, %iterArg_10, %iterArg_11, %iterArg_12, %iterArg_13, %iterArg_14, %iterArg_15, %iterArg_16, %iterArg_17, %iterArg_18, %iterArg_19, %iterArg_20, %iterArg_21, %iterArg_22, %iterArg_23, %iterArg_24, %iterArg_25, %40, %39#0, %39#1, %39#2 : tensor<2xi32>, tensor<62x5376xbf16>, tensor<62x32x5376x128xbf16>, tensor<62x16x5376x128xbf16>, tensor<62x16x5376x128xbf16>, tensor<62x32x128x5376xbf16>, tensor<62x128xbf16>, tensor<62x128xbf16>, tensor<62x5376xbf16>, tensor<62x5376xbf16>, tensor<62x5376x21504xbf16>, tensor<62x5376x21504xbf16>, tensor<62x21504x5376xbf16>, tensor<62x5376xbf16>, tensor<8x1xi32>, tensor<i32>, tensor<i32>, tensor<8xi32>, tensor<8x1xi32>, tensor<i32>, tensor<8x1x5376xbf16>, tensor<52x1024x16x8x128xbf16>, tensor<52x1024x16x8x128xbf16>
    }
    %14 = stablehlo.convert %13#20 : (tensor<8x1x5376xbf16>) -> tensor<8x1x5376xf32>
    %15 = stablehlo.multiply %14, %14 : tensor<8x1x5376xf32>
    %cst_3 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %16 = stablehlo.reduce(%15 init: %cst_3) applies stablehlo.add across dimensions = [2] : (tensor<8x1x5376xf32>, tensor<f32>) -> tensor<8x1xf32>
    %17 = stablehlo.broadcast_in_dim %16, dims = [0, 1] : (tensor<8x1xf32>) -> tensor<8x1x1xf32>
    %cst_4 = stablehlo.constant dense<5.376000e+03> : tensor<f32>
    %18 = stablehlo.broadcast_in_dim %cst_4, dims = [] : (tensor<f32>) -> tensor<8x1x1xf32>
    %19 = stablehlo.divide %17, %18 : tensor<8x1x1xf32>
    %cst_5 = stablehlo.constant dense<9.99999997E-7> : tensor<f32>
    %20 = stablehlo.broadcast_in_dim %cst_5, dims = [] : (tensor<f32>) -> tensor<8x1x1xf32>
    %21 = stablehlo.add %19, %20 : tensor<8x1x1xf32>
    %22 = stablehlo.rsqrt %21 : tensor<8x1x1xf32>
    %23 = stablehlo.broadcast_in_dim %22, dims = [0, 1, 2] : (tensor<8x1x1xf32>) -> tensor<8x1x5376xf32>
    %24 = stablehlo.multiply %14, %23 : tensor<8x1x5376xf32>
    %25 = stablehlo.convert %arg14 : (tensor<5376xbf16>) -> tensor<5376xf32>
    %cst_6 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %26 = stablehlo.broadcast_in_dim %cst_6, dims = [] : (tensor<f32>) -> tensor<5376xf32>
    %27 = stablehlo.add %26, %25 : tensor<5376xf32>
    %28 = stablehlo.broadcast_in_dim %27, dims = [2] : (tensor<5376xf32>) -> tensor<1x1x5376xf32>
    %29 = stablehlo.broadcast_in_dim %28, dims = [0, 1, 2] : (tensor<1x1x5376xf32>) -> tensor<8x1x5376xf32>
    %30 = stablehlo.multiply %24, %29 : tensor<8x1x5376xf32>
    %31 = stablehlo.convert %30 : (tensor<8x1x5376xf32>) -> tensor<8x1x5376xbf16>
    %32 = stablehlo.slice %arg0 [0:262144, 0:5376] : (tensor<262208x5376xbf16>) -> tensor<262144x5376xbf16>
    %33 = stablehlo.dot_general %31, %32, contracting_dims = [2] x [1], precision = [DEFAULT, DEFAULT] : (tensor<8x1x5376xbf16>, tensor<262144x5376xbf16>) -> tensor<8x1x262144xf32>
    %34 = stablehlo.reshape %33 : (tensor<8x1x262144xf32>) -> tensor<8x262144xf32>
    %cst_7 = stablehlo.constant dense<0x7FC00000> : tensor<f32>
    %35 = call @_where_18(%0, %34, %cst_7) : (tensor<i1>, tensor<8x262144xf32>, tensor<f32>) -> tensor<8x262144xf32>
    %36 = stablehlo.convert %0 : (tensor<i1>) -> tensor<i32>
    %37 = stablehlo.add %arg20, %36 : tensor<i32>
    return %35, %13#21, %13#22, %11#23, %11#24, %37, %arg21 : tensor<8x262144xf32>, tensor<52x1024x16x8x128xbf16>, tensor<52x1024x16x8x128xbf16>, tensor<10x32768x16x8x128xbf16>, tensor<10x32768x16x8x128xbf16>, tensor<i32>, tensor<8xi32>
  }
  func.func private @_take(%arg0: tensor<262208x5376xbf16>, %arg1: tensor<8x1xi32>) -> tensor<8x1x5376xbf16> {
    %c = stablehlo.constant dense<0> : tensor<i32>
    %0 = stablehlo.broadcast_in_dim %c, dims = [] : (tensor<i32>) -> tensor<8x1xi32>
    %1 = stablehlo.compare LT, %arg1, %0, SIGNED : (tensor<8x1xi32>, tensor<8x1xi32>) -> tensor<8x1xi1>
    %c_0 = stablehlo.constant dense<262208> : tensor<i32>
    %2 = stablehlo.broadcast_in_dim %c_0, dims = [] : (tensor<i32>) -> tensor<8x1xi32>
    %3 = stablehlo.add %arg1, %2 : tensor<8x1xi32>
    %4 = call @_where(%1, %3, %arg1) : (tensor<8x1xi1>, tensor<8x1xi32>, tensor<8x1xi32>) -> tensor<8x1xi32>
    %5 = stablehlo.broadcast_in_dim %4, dims = [0, 1] : (tensor<8x1xi32>) -> tensor<8x1x1xi32>
    %c_1 = stablehlo.constant dense<262207> : tensor<1xi32>
    %c_2 = stablehlo.constant dense<0> : tensor<i32>
    %6 = stablehlo.broadcast_in_dim %c_2, dims = [] : (tensor<i32>) -> tensor<8x1x1xi32>
    %7 = stablehlo.compare GE, %5, %6, SIGNED : (tensor<8x1x1xi32>, tensor<8x1x1xi32>) -> tensor<8x1x1xi1>
    %8 = stablehlo.broadcast_in_dim %c_1, dims = [2] : (tensor<1xi32>) -> tensor<1x1x1xi32>
    %9 = stablehlo.broadcast_in_dim %8, dims = [0, 1, 2] : (tensor<1x1x1xi32>) -> tensor<8x1x1xi32>
    %10 = stablehlo.compare LE, %5, %9, SIGNED : (tensor<8x1x1xi32>, tensor<8x1x1xi32>) -> tensor<8x1x1xi1>
    %11 = stablehlo.and %7, %10 : tensor<8x1x1xi1>
    %c_3 = stablehlo.constant dense<true> : tensor<i1>
    %12 = stablehlo.reduce(%11 init: %c_3) applies stablehlo.and across dimensions = [2] : (tensor<8x1x1xi1>, tensor<i1>) -> tensor<8x1xi1>
    %13 = "stablehlo.gather"(%arg0, %5) <{dimension_numbers = #stablehlo.gather<offset_dims = [2], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 2>, indices_are_sorted = false, slice_sizes = array<i64: 1, 5376>}> : (tensor<262208x5376xbf16>, tensor<8x1x1xi32>) -> tensor<8x1x5376xbf16>
    %14 = stablehlo.broadcast_in_dim %12, dims = [0, 1] : (tensor<8x1xi1>) -> tensor<8x1x5376xi1>
    %cst = stablehlo.constant dense<0x7FC0> : tensor<bf16>
    %15 = stablehlo.broadcast_in_dim %cst, dims = [] : (tensor<bf16>) -> tensor<8x1x5376xbf16>
    %16 = stablehlo.select %14, %13, %15 : tensor<8x1x5376xi1>, tensor<8x1x5376xbf16>
    return %16 : tensor<8x1x5376xbf16>
  }
  func.func private @_where(%arg0: tensor<8x1xi1>, %arg1: tensor<8x1xi32>, %arg2: tensor<8x1xi32>) -> tensor<8x1xi32> {
    %0 = stablehlo.select %arg0, %arg1, %arg2 : tensor<8x1xi1>, tensor<8x1xi32>
    return %0 : tensor<8x1xi32>
  }
  func.func private @dynamic_index_in_dim(%arg0: tensor<10xi32>, %arg1: tensor<i32>) -> tensor<i32> {
    %0 = stablehlo.dynamic_slice %arg0, %arg1, sizes = [1] : (tensor<10xi32>, tensor<i32>) -> tensor<1xi32>
    %1 = stablehlo.reshape %0 : (tensor<1xi32>) -> tensor<i32>
    return %1 : tensor<i32>
  }
  func.func private @closed_call(%arg0: tensor<62x5376xbf16>, %arg1: tensor<62x32x5376x128xbf16>, %arg2: tensor<62x16x5376x128xbf16>, %arg3: tensor<62x16x5376x128xbf16>, %arg4: tensor<62x32x128x5376xbf16>, %arg5: tensor<62x128xbf16>, %arg6: tensor<62x128xbf16>, %arg7: tensor<62x5376xbf16>, %arg8: tensor<62x5376xbf16>, %arg9: tensor<62x5376x21504xbf16>, %arg10: tensor<62x5376x21504xbf16>, %arg11: tensor<62x21504x5376xbf16>, %arg12: tensor<62x5376xbf16>, %arg13: tensor<8x1xi32>, %arg14: tensor<i32>, %arg15: tensor<i32>, %arg16: tensor<8xi32>, %arg17: tensor<8x1xi32>, %arg18: tensor<8x1x5376xbf16>, %arg19: tensor<52x1024x16x8x128xbf16>, %arg20: tensor<52x1024x16x8x128xbf16>, %arg21: tensor<10x32768x16x8x128xbf16>, %arg22: tensor<10x32768x16x8x128xbf16>, %arg23: tensor<i32>) -> (tensor<8x1x5376xbf16>, tensor<52x1024x16x8x128xbf16>, tensor<52x1024x16x8x128xbf16>, tensor<10x32768x16x8x128xbf16>, tensor<10x32768x16x8x128xbf16>) {
    %c = stablehlo.constant dense<6> : tensor<i32>
    %0 = stablehlo.multiply %arg23, %c : tensor<i32>
    %c_0 = stablehlo.constant dense<5> : tensor<i32>
    %1 = stablehlo.multiply %arg23, %c_0 : tensor<i32>
    %2 = stablehlo.iota dim = 0 : tensor<5xi32>
    %c_1 = stablehlo.constant dense<0> : tensor<i32>
    %3:25 = stablehlo.while(%iterArg = %2, %iterArg_112 = %0, %iterArg_113 = %arg0, %iterArg_114 = %arg1, %iterArg_115 = %arg2, %iterArg_116 = %arg3, %iterArg_117 = %arg4, %iterArg_118 = %arg5, %iterArg_119 = %arg6, %iterArg_120 = %arg7, %iterArg_121 = %arg8, %iterArg_122 = %arg9, %iterArg_123 = %arg10, %iterArg_124 = %arg11, %iterArg_125 = %arg12, %iterArg_126 = %1, %iterArg_127 = %arg13, %iterArg_128 = %arg14, %iterArg_129 = %arg15, %iterArg_130 = %arg16, %iterArg_131 = %arg17, %iterArg_132 = %c_1, %iterArg_133 = %arg18, %iterArg_134 = %arg19, %iterArg_135 = %arg20) : tensor<5xi32>, tensor<i32>, tensor<62x5376xbf16>, tensor<62x32x5376x128xbf16>, tensor<62x16x5376x128xbf16>, tensor<62x16x5376x128xbf16>, tensor<62x32x128x5376xbf16>, tensor<62x128xbf16>, tensor<62x128xbf16>, tensor<62x5376xbf16>, tensor<62x5376xbf16>, tensor<62x5376x21504xbf16>, tensor<62x5376x21504xbf16>, tensor<62x21504x5376xbf16>, tensor<62x5376xbf16>, tensor<i32>, tensor<8x1xi32>, tensor<i32>, tensor<i32>, tensor<8xi32>, tensor<8x1xi32>, tensor<i32>, tensor<8x1x5376xbf16>, tensor<52x1024x16x8x128xbf16>, tensor<52x1024x16x8x128xbf16>
    cond {
      %c_136 = stablehlo.constant dense<5> : tensor<i32>
      %334 = stablehlo.compare LT, %iterArg_132, %c_136, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
      stablehlo.return %334 : tensor<i1>
    } do {
      %334 = func.call @dynamic_index_in_dim_0(%iterArg, %iterArg_132) : (tensor<5xi32>, tensor<i32>) -> tensor<i32>
      %335:3 = func.call @closed_call_1(%iterArg_112, %iterArg_113, %iterArg_114, %iterArg_115, %iterArg_116, %iterArg_117, %iterArg_118, %iterArg_119, %iterArg_120, %iterArg_121, %iterArg_122, %iterArg_123, %iterArg_124, %iterArg_125, %iterArg_126, %iterArg_127, %iterArg_128, %iterArg_129, %iterArg_130, %iterArg_131, %iterArg_133, %iterArg_134, %iterArg_135, %334) : (tensor<i32>, tensor<62x5376xbf16>, tensor<62x32x5376x128xbf16>, tensor<62x16x5376x128xbf16>, tensor<62x16x5376x128xbf16>, tensor<62x32x128x5376xbf16>, tensor<62x128xbf16>, tensor<62x128xbf16>, tensor<62x5376xbf16>, tensor<62x5376xbf16>, tensor<62x5376x21504xbf16>, tensor<62x5376x21504xbf16>, tensor<62x21504x5376xbf16>, tensor<62x5376xbf16>, tensor<i32>, tensor<8x1xi32>, tensor<i32>, tensor<i32>, tensor<8xi32>, tensor<8x1xi32>, tensor<8x1x5376xbf16>, tensor<52x1024x16x8x128xbf16>, tensor<52x1024x16x8x128xbf16>, tensor<i32>) -> (tensor<8x1x5376xbf16>, tensor<52x1024x16x8x128xbf16>, tensor<52x1024x16x8x128xbf16>)
      %c_136 = stablehlo.constant dense<1> : tensor<i32>
      %336 = stablehlo.add %iterArg_132, %c_136 : tensor<i32>
      stablehlo.return %iterArg, %iterArg_112, %iterArg_113, %iterArg_114, %iterArg_115, %iterArg_116, %iterArg_117, %iterArg_118, %iterArg_119, %iterArg_120, %iterArg_121, %iterArg_122, %iterArg_123, %iterArg_124, %iterArg_125, %iterArg_126, %iterArg_127, %iterArg_128, %iterArg_129, %iterArg_130, %iterArg_131, %336, %335#0, %335#1, %335#2 : tensor<5xi32>, tensor<i32>, tensor<62x5376xbf16>, tensor<62x32x5376x128xbf16>, tensor<62x16x5376x128xbf16>, tensor<62x16x5376x128xbf16>, tensor<62x32x128x5376xbf16>, tensor<62x128xbf16>, tensor<62x128xbf16>, tensor<62x5376xbf16>, tensor<62x5376xbf16>, tensor<62x5376x21504xbf16>, tensor<62x5376x21504xbf16>, tensor<62x21504x5376xbf16>, tensor<62x5376xbf16>, tensor<i32>, tensor<8x1xi32>, tensor<i32>, tensor<i32>, tensor<8xi32>, tensor<8x1xi32>, tensor<i32>, tensor<8x1x5376xbf16>, tensor<52x1024x16x8x128xbf16>, tensor<52x1024x16x8x128xbf16>
    }
    %c_2 = stablehlo.constant dense<6> : tensor<i32>
    %4 = stablehlo.multiply %arg23, %c_2 : tensor<i32>
    %c_3 = stablehlo.constant dense<6> : tensor<i32>
    %5 = stablehlo.add %4, %c_3 : tensor<i32>
    %c_4 = stablehlo.constant dense<1> : tensor<i32>
    %6 = stablehlo.subtract %5, %c_4 : tensor<i32>
    %7 = call @dynamic_index_in_dim_2(%arg0, %6) : (tensor<62x5376xbf16>, tensor<i32>) -> tensor<5376xbf16>
    %8 = call @dynamic_index_in_dim_3(%arg1, %6) : (tensor<62x32x5376x128xbf16>, tensor<i32>) -> tensor<32x5376x128xbf16>
    %9 = call @dynamic_index_in_dim_4(%arg2, %6) : (tensor<62x16x5376x128xbf16>, tensor<i32>) -> tensor<16x5376x128xbf16>
    %10 = call @dynamic_index_in_dim_4(%arg3, %6) : (tensor<62x16x5376x128xbf16>, tensor<i32>) -> tensor<16x5376x128xbf16>
    %11 = call @dynamic_index_in_dim_5(%arg4, %6) : (tensor<62x32x128x5376xbf16>, tensor<i32>) -> tensor<32x128x5376xbf16>
    %12 = call @dynamic_index_in_dim_6(%arg5, %6) : (tensor<62x128xbf16>, tensor<i32>) -> tensor<128xbf16>
    %13 = call @dynamic_index_in_dim_6(%arg6, %6) : (tensor<62x128xbf16>, tensor<i32>) -> tensor<128xbf16>
    %14 = call @dynamic_index_in_dim_2(%arg7, %6) : (tensor<62x5376xbf16>, tensor<i32>) -> tensor<5376xbf16>
    %15 = call @dynamic_index_in_dim_2(%arg8, %6) : (tensor<62x5376xbf16>, tensor<i32>) -> tensor<5376xbf16>
    %16 = call @dynamic_index_in_dim_7(%arg9, %6) : (tensor<62x5376x21504xbf16>, tensor<i32>) -> tensor<5376x21504xbf16>
    %17 = call @dynamic_index_in_dim_7(%arg10, %6) : (tensor<62x5376x21504xbf16>, tensor<i32>) -> tensor<5376x21504xbf16>
    %18 = call @dynamic_index_in_dim_8(%arg11, %6) : (tensor<62x21504x5376xbf16>, tensor<i32>) -> tensor<21504x5376xbf16>
    %19 = call @dynamic_index_in_dim_2(%arg12, %6) : (tensor<62x5376xbf16>, tensor<i32>) -> tensor<5376xbf16>
    %20 = stablehlo.convert %3#22 : (tensor<8x1x5376xbf16>) -> tensor<8x1x5376xf32>
    %21 = stablehlo.multiply %20, %20 : tensor<8x1x5376xf32>
    %cst = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %22 = stablehlo.reduce(%21 init: %cst) applies stablehlo.add across dimensions = [2] : (tensor<8x1x5376xf32>, tensor<f32>) -> tensor<8x1xf32>
    %23 = stablehlo.broadcast_in_dim %22, dims = [0, 1] : (tensor<8x1xf32>) -> tensor<8x1x1xf32>
    %cst_5 = stablehlo.constant dense<5.376000e+03> : tensor<f32>
    %24 = stablehlo.broadcast_in_dim %cst_5, dims = [] : (tensor<f32>) -> tensor<8x1x1xf32>
    %25 = stablehlo.divide %23, %24 : tensor<8x1x1xf32>
    %cst_6 = stablehlo.constant dense<9.99999997E-7> : tensor<f32>
    %26 = stablehlo.broadcast_in_dim %cst_6, dims = [] : (tensor<f32>) -> tensor<8x1x1xf32>
    %27 = stablehlo.add %25, %26 : tensor<8x1x1xf32>
    %28 = stablehlo.rsqrt %27 : tensor<8x1x1xf32>
    %29 = stablehlo.broadcast_in_dim %28, dims = [0, 1, 2] : (tensor<8x1x1xf32>) -> tensor<8x1x5376xf32>
    %30 = stablehlo.multiply %20, %29 : tensor<8x1x5376xf32>
    %31 = stablehlo.convert %7 : (tensor<5376xbf16>) -> tensor<5376xf32>
    %cst_7 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %32 = stablehlo.broadcast_in_dim %cst_7, dims = [] : (tensor<f32>) -> tensor<5376xf32>
    %33 = stablehlo.add %32, %31 : tensor<5376xf32>
    %34 = stablehlo.broadcast_in_dim %33, dims = [2] : (tensor<5376xf32>) -> tensor<1x1x5376xf32>
    %35 = stablehlo.broadcast_in_dim %34, dims = [0, 1, 2] : (tensor<1x1x5376xf32>) -> tensor<8x1x5376xf32>
    %36 = stablehlo.multiply %30, %35 : tensor<8x1x5376xf32>
    %37 = stablehlo.convert %36 : (tensor<8x1x5376xf32>) -> tensor<8x1x5376xbf16>
    %38 = stablehlo.dot_general %37, %8, contracting_dims = [2] x [1], precision = [DEFAULT, DEFAULT] : (tensor<8x1x5376xbf16>, tensor<32x5376x128xbf16>) -> tensor<8x1x32x128xbf16>
    %39 = stablehlo.dot_general %37, %9, contracting_dims = [2] x [1], precision = [DEFAULT, DEFAULT] : (tensor<8x1x5376xbf16>, tensor<16x5376x128xbf16>) -> tensor<8x1x16x128xbf16>
    %40 = stablehlo.dot_general %37, %10, contracting_dims = [2] x [1], precision = [DEFAULT, DEFAULT] : (tensor<8x1x5376xbf16>, tensor<16x5376x128xbf16>) -> tensor<8x1x16x128xbf16>
    %41 = stablehlo.convert %38 : (tensor<8x1x32x128xbf16>) -> tensor<8x1x32x128xf32>
    %42 = stablehlo.multiply %41, %41 : tensor<8x1x32x128xf32>
    %cst_8 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %43 = stablehlo.reduce(%42 init: %cst_8) applies stablehlo.add across dimensions = [3] : (tensor<8x1x32x128xf32>, tensor<f32>) -> tensor<8x1x32xf32>
    %44 = stablehlo.broadcast_in_dim %43, dims = [0, 1, 2] : (tensor<8x1x32xf32>) -> tensor<8x1x32x1xf32>
    %cst_9 = stablehlo.constant dense<1.280000e+02> : tensor<f32>
    %45 = stablehlo.broadcast_in_dim %cst_9, dims = [] : (tensor<f32>) -> tensor<8x1x32x1xf32>
    %46 = stablehlo.divide %44, %45 : tensor<8x1x32x1xf32>
    %cst_10 = stablehlo.constant dense<9.99999997E-7> : tensor<f32>
    %47 = stablehlo.broadcast_in_dim %cst_10, dims = [] : (tensor<f32>) -> tensor<8x1x32x1xf32>
    %48 = stablehlo.add %46, %47 : tensor<8x1x32x1xf32>
    %49 = stablehlo.rsqrt %48 : tensor<8x1x32x1xf32>
    %50 = stablehlo.broadcast_in_dim %49, dims = [0, 1, 2, 3] : (tensor<8x1x32x1xf32>) -> tensor<8x1x32x128xf32>
    %51 = stablehlo.multiply %41, %50 : tensor<8x1x32x128xf32>
    %52 = stablehlo.convert %12 : (tensor<128xbf16>) -> tensor<128xf32>
    %cst_11 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %53 = stablehlo.broadcast_in_dim %cst_11, dims = [] : (tensor<f32>) -> tensor<128xf32>
    %54 = stablehlo.add %53, %52 : tensor<128xf32>
    %55 = stablehlo.broadcast_in_dim %54, dims = [3] : (tensor<128xf32>) -> tensor<1x1x1x128xf32>
    %56 = stablehlo.broadcast_in_dim %55, dims = [0, 1, 2, 3] : (tensor<1x1x1x128xf32>) -> tensor<8x1x32x128xf32>
    %57 = stablehlo.multiply %51, %56 : tensor<8x1x32x128xf32>
    %58 = stablehlo.convert %57 : (tensor<8x1x32x128xf32>) -> tensor<8x1x32x128xbf16>
    %59 = stablehlo.convert %39 : (tensor<8x1x16x128xbf16>) -> tensor<8x1x16x128xf32>
    %60 = stablehlo.multiply %59, %59 : tensor<8x1x16x128xf32>
    %cst_12 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %61 = stablehlo.reduce(%60 init: %cst_12) applies stablehlo.add across dimensions = [3] : (tensor<8x1x16x128xf32>, tensor<f32>) -> tensor<8x1x16xf32>
    %62 = stablehlo.broadcast_in_dim %61, dims = [0, 1, 2] : (tensor<8x1x16xf32>) -> tensor<8x1x16x1xf32>
    %cst_13 = stablehlo.constant dense<1.280000e+02> : tensor<f32>
    %63 = stablehlo.broadcast_in_dim %cst_13, dims = [] : (tensor<f32>) -> tensor<8x1x16x1xf32>
    %64 = stablehlo.divide %62, %63 : tensor<8x1x16x1xf32>
    %cst_14 = stablehlo.constant dense<9.99999997E-7> : tensor<f32>
    %65 = stablehlo.broadcast_in_dim %cst_14, dims = [] : (tensor<f32>) -> tensor<8x1x16x1xf32>
    %66 = stablehlo.add %64, %65 : tensor<8x1x16x1xf32>
    %67 = stablehlo.rsqrt %66 : tensor<8x1x16x1xf32>
    %68 = stablehlo.broadcast_in_dim %67, dims = [0, 1, 2, 3] : (tensor<8x1x16x1xf32>) -> tensor<8x1x16x128xf32>
    %69 = stablehlo.multiply %59, %68 : tensor<8x1x16x128xf32>
    %70 = stablehlo.convert %13 : (tensor<128xbf16>) -> tensor<128xf32>
    %cst_15 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %71 = stablehlo.broadcast_in_dim %cst_15, dims = [] : (tensor<f32>) -> tensor<128xf32>
    %72 = stablehlo.add %71, %70 : tensor<128xf32>
    %73 = stablehlo.broadcast_in_dim %72, dims = [3] : (tensor<128xf32>) -> tensor<1x1x1x128xf32>
    %74 = stablehlo.broadcast_in_dim %73, dims = [0, 1, 2, 3] : (tensor<1x1x1x128xf32>) -> tensor<8x1x16x128xf32>
    %75 = stablehlo.multiply %69, %74 : tensor<8x1x16x128xf32>
    %76 = stablehlo.convert %75 : (tensor<8x1x16x128xf32>) -> tensor<8x1x16x128xbf16>
    %77 = stablehlo.iota dim = 0 : tensor<64xf32>
    %cst_16 = stablehlo.constant dense<2.000000e+00> : tensor<f32>
    %78 = stablehlo.broadcast_in_dim %cst_16, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %79 = stablehlo.multiply %78, %77 : tensor<64xf32>
    %cst_17 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %80 = stablehlo.broadcast_in_dim %cst_17, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %81 = stablehlo.add %80, %79 : tensor<64xf32>
    %cst_18 = stablehlo.constant dense<1.280000e+02> : tensor<f32>
    %82 = stablehlo.broadcast_in_dim %cst_18, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %83 = stablehlo.divide %81, %82 : tensor<64xf32>
    %cst_19 = stablehlo.constant dense<1.000000e+04> : tensor<f32>
    %84 = stablehlo.broadcast_in_dim %cst_19, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %85 = stablehlo.power %84, %83 : tensor<64xf32>
    %cst_20 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %86 = stablehlo.broadcast_in_dim %cst_20, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %87 = stablehlo.divide %86, %85 : tensor<64xf32>
    %cst_21 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %88 = stablehlo.broadcast_in_dim %cst_21, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %89 = stablehlo.divide %87, %88 : tensor<64xf32>
    %90 = stablehlo.iota dim = 0 : tensor<64xf32>
    %cst_22 = stablehlo.constant dense<2.000000e+00> : tensor<f32>
    %91 = stablehlo.broadcast_in_dim %cst_22, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %92 = stablehlo.multiply %91, %90 : tensor<64xf32>
    %cst_23 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %93 = stablehlo.broadcast_in_dim %cst_23, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %94 = stablehlo.add %93, %92 : tensor<64xf32>
    %cst_24 = stablehlo.constant dense<1.280000e+02> : tensor<f32>
    %95 = stablehlo.broadcast_in_dim %cst_24, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %96 = stablehlo.divide %94, %95 : tensor<64xf32>
    %cst_25 = stablehlo.constant dense<1.000000e+06> : tensor<f32>
    %97 = stablehlo.broadcast_in_dim %cst_25, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %98 = stablehlo.power %97, %96 : tensor<64xf32>
    %cst_26 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %99 = stablehlo.broadcast_in_dim %cst_26, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %100 = stablehlo.divide %99, %98 : tensor<64xf32>
    %cst_27 = stablehlo.constant dense<8.000000e+00> : tensor<f32>
    %101 = stablehlo.broadcast_in_dim %cst_27, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %102 = stablehlo.divide %100, %101 : tensor<64xf32>
    %c_28 = stablehlo.constant dense<true> : tensor<i1>
    %103 = call @_where_9(%c_28, %102, %89) : (tensor<i1>, tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %104 = stablehlo.convert %arg13 : (tensor<8x1xi32>) -> tensor<8x1xf32>
    %105 = stablehlo.broadcast_in_dim %104, dims = [0, 1] : (tensor<8x1xf32>) -> tensor<8x1x1xf32>
    %106 = stablehlo.broadcast_in_dim %103, dims = [2] : (tensor<64xf32>) -> tensor<1x1x64xf32>
    %107 = stablehlo.broadcast_in_dim %105, dims = [0, 1, 2] : (tensor<8x1x1xf32>) -> tensor<8x1x64xf32>
    %108 = stablehlo.broadcast_in_dim %106, dims = [0, 1, 2] : (tensor<1x1x64xf32>) -> tensor<8x1x64xf32>
    %109 = stablehlo.multiply %107, %108 : tensor<8x1x64xf32>
    %110 = stablehlo.sine %109 : tensor<8x1x64xf32>
    %111 = stablehlo.broadcast_in_dim %110, dims = [0, 1, 3] : (tensor<8x1x64xf32>) -> tensor<8x1x1x64xf32>
    %112 = stablehlo.cosine %109 : tensor<8x1x64xf32>
    %113 = stablehlo.broadcast_in_dim %112, dims = [0, 1, 3] : (tensor<8x1x64xf32>) -> tensor<8x1x1x64xf32>
    %114 = stablehlo.convert %58 : (tensor<8x1x32x128xbf16>) -> tensor<8x1x32x128xf32>
    %115 = stablehlo.slice %114 [0:8, 0:1, 0:32, 0:64] : (tensor<8x1x32x128xf32>) -> tensor<8x1x32x64xf32>
    %116 = stablehlo.slice %114 [0:8, 0:1, 0:32, 64:128] : (tensor<8x1x32x128xf32>) -> tensor<8x1x32x64xf32>
    %117 = stablehlo.broadcast_in_dim %113, dims = [0, 1, 2, 3] : (tensor<8x1x1x64xf32>) -> tensor<8x1x32x64xf32>
    %118 = stablehlo.multiply %115, %117 : tensor<8x1x32x64xf32>
    %119 = stablehlo.broadcast_in_dim %111, dims = [0, 1, 2, 3] : (tensor<8x1x1x64xf32>) -> tensor<8x1x32x64xf32>
    %120 = stablehlo.multiply %116, %119 : tensor<8x1x32x64xf32>
    %121 = stablehlo.subtract %118, %120 : tensor<8x1x32x64xf32>
    %122 = stablehlo.broadcast_in_dim %113, dims = [0, 1, 2, 3] : (tensor<8x1x1x64xf32>) -> tensor<8x1x32x64xf32>
    %123 = stablehlo.multiply %116, %122 : tensor<8x1x32x64xf32>
    %124 = stablehlo.broadcast_in_dim %111, dims = [0, 1, 2, 3] : (tensor<8x1x1x64xf32>) -> tensor<8x1x32x64xf32>
    %125 = stablehlo.multiply %115, %124 : tensor<8x1x32x64xf32>
    %126 = stablehlo.add %123, %125 : tensor<8x1x32x64xf32>
    %127 = stablehlo.concatenate %121, %126, dim = 3 : (tensor<8x1x32x64xf32>, tensor<8x1x32x64xf32>) -> tensor<8x1x32x128xf32>
    %128 = stablehlo.convert %127 : (tensor<8x1x32x128xf32>) -> tensor<8x1x32x128xbf16>
    %129 = stablehlo.convert %arg13 : (tensor<8x1xi32>) -> tensor<8x1xf32>
    %130 = stablehlo.broadcast_in_dim %129, dims = [0, 1] : (tensor<8x1xf32>) -> tensor<8x1x1xf32>
    %131 = stablehlo.broadcast_in_dim %103, dims = [2] : (tensor<64xf32>) -> tensor<1x1x64xf32>
    %132 = stablehlo.broadcast_in_dim %130, dims = [0, 1, 2] : (tensor<8x1x1xf32>) -> tensor<8x1x64xf32>
    %133 = stablehlo.broadcast_in_dim %131, dims = [0, 1, 2] : (tensor<1x1x64xf32>) -> tensor<8x1x64xf32>
    %134 = stablehlo.multiply %132, %133 : tensor<8x1x64xf32>
    %135 = stablehlo.sine %134 : tensor<8x1x64xf32>
    %136 = stablehlo.broadcast_in_dim %135, dims = [0, 1, 3] : (tensor<8x1x64xf32>) -> tensor<8x1x1x64xf32>
    %137 = stablehlo.cosine %134 : tensor<8x1x64xf32>
    %138 = stablehlo.broadcast_in_dim %137, dims = [0, 1, 3] : (tensor<8x1x64xf32>) -> tensor<8x1x1x64xf32>
    %139 = stablehlo.convert %76 : (tensor<8x1x16x128xbf16>) -> tensor<8x1x16x128xf32>
    %140 = stablehlo.slice %139 [0:8, 0:1, 0:16, 0:64] : (tensor<8x1x16x128xf32>) -> tensor<8x1x16x64xf32>
    %141 = stablehlo.slice %139 [0:8, 0:1, 0:16, 64:128] : (tensor<8x1x16x128xf32>) -> tensor<8x1x16x64xf32>
    %142 = stablehlo.broadcast_in_dim %138, dims = [0, 1, 2, 3] : (tensor<8x1x1x64xf32>) -> tensor<8x1x16x64xf32>
    %143 = stablehlo.multiply %140, %142 : tensor<8x1x16x64xf32>
    %144 = stablehlo.broadcast_in_dim %136, dims = [0, 1, 2, 3] : (tensor<8x1x1x64xf32>) -> tensor<8x1x16x64xf32>
    %145 = stablehlo.multiply %141, %144 : tensor<8x1x16x64xf32>
    %146 = stablehlo.subtract %143, %145 : tensor<8x1x16x64xf32>
    %147 = stablehlo.broadcast_in_dim %138, dims = [0, 1, 2, 3] : (tensor<8x1x1x64xf32>) -> tensor<8x1x16x64xf32>
    %148 = stablehlo.multiply %141, %147 : tensor<8x1x16x64xf32>
    %149 = stablehlo.broadcast_in_dim %136, dims = [0, 1, 2, 3] : (tensor<8x1x1x64xf32>) -> tensor<8x1x16x64xf32>
    %150 = stablehlo.multiply %140, %149 : tensor<8x1x16x64xf32>
    %151 = stablehlo.add %148, %150 : tensor<8x1x16x64xf32>
    %152 = stablehlo.concatenate %146, %151, dim = 3 : (tensor<8x1x16x64xf32>, tensor<8x1x16x64xf32>) -> tensor<8x1x16x128xf32>
    %153 = stablehlo.convert %152 : (tensor<8x1x16x128xf32>) -> tensor<8x1x16x128xbf16>
    %154 = stablehlo.transpose %153, dims = [1, 2, 0, 3] : (tensor<8x1x16x128xbf16>) -> tensor<1x16x8x128xbf16>
    %155 = stablehlo.broadcast_in_dim %154, dims = [1, 2, 3, 4] : (tensor<1x16x8x128xbf16>) -> tensor<1x1x16x8x128xbf16>
    %c_29 = stablehlo.constant dense<0> : tensor<i32>
    %156 = stablehlo.compare LT, %arg23, %c_29, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %c_30 = stablehlo.constant dense<10> : tensor<i32>
    %157 = stablehlo.add %arg23, %c_30 : tensor<i32>
    %158 = stablehlo.select %156, %157, %arg23 : tensor<i1>, tensor<i32>
    %c_31 = stablehlo.constant dense<0> : tensor<i32>
    %159 = stablehlo.compare LT, %arg14, %c_31, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %c_32 = stablehlo.constant dense<32768> : tensor<i32>
    %160 = stablehlo.add %arg14, %c_32 : tensor<i32>
    %161 = stablehlo.select %159, %160, %arg14 : tensor<i1>, tensor<i32>
    %c_33 = stablehlo.constant dense<0> : tensor<i32>
    %c_34 = stablehlo.constant dense<0> : tensor<i32>
    %c_35 = stablehlo.constant dense<0> : tensor<i32>
    %162 = stablehlo.dynamic_update_slice %arg21, %155, %158, %161, %c_33, %c_34, %c_35 : (tensor<10x32768x16x8x128xbf16>, tensor<1x1x16x8x128xbf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<10x32768x16x8x128xbf16>
    %163 = stablehlo.transpose %40, dims = [1, 2, 0, 3] : (tensor<8x1x16x128xbf16>) -> tensor<1x16x8x128xbf16>
    %164 = stablehlo.broadcast_in_dim %163, dims = [1, 2, 3, 4] : (tensor<1x16x8x128xbf16>) -> tensor<1x1x16x8x128xbf16>
    %c_36 = stablehlo.constant dense<0> : tensor<i32>
    %165 = stablehlo.compare LT, %arg23, %c_36, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %c_37 = stablehlo.constant dense<10> : tensor<i32>
    %166 = stablehlo.add %arg23, %c_37 : tensor<i32>
    %167 = stablehlo.select %165, %166, %arg23 : tensor<i1>, tensor<i32>
    %c_38 = stablehlo.constant dense<0> : tensor<i32>
    %168 = stablehlo.compare LT, %arg14, %c_38, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %c_39 = stablehlo.constant dense<32768> : tensor<i32>
    %169 = stablehlo.add %arg14, %c_39 : tensor<i32>
    %170 = stablehlo.select %168, %169, %arg14 : tensor<i1>, tensor<i32>
    %c_40 = stablehlo.constant dense<0> : tensor<i32>
    %c_41 = stablehlo.constant dense<0> : tensor<i32>
    %c_42 = stablehlo.constant dense<0> : tensor<i32>
    %171 = stablehlo.dynamic_update_slice %arg22, %164, %167, %170, %c_40, %c_41, %c_42 : (tensor<10x32768x16x8x128xbf16>, tensor<1x1x16x8x128xbf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<10x32768x16x8x128xbf16>
    %172 = stablehlo.iota dim = 0 : tensor<32768xi32>
    %c_43 = stablehlo.constant dense<0> : tensor<i32>
    %173 = stablehlo.compare LT, %arg23, %c_43, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %c_44 = stablehlo.constant dense<10> : tensor<i32>
    %174 = stablehlo.add %arg23, %c_44 : tensor<i32>
    %175 = stablehlo.select %173, %174, %arg23 : tensor<i1>, tensor<i32>
    %c_45 = stablehlo.constant dense<0> : tensor<i32>
    %c_46 = stablehlo.constant dense<0> : tensor<i32>
    %176 = stablehlo.compare LT, %c_45, %c_46, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %c_47 = stablehlo.constant dense<0> : tensor<i32>
    %c_48 = stablehlo.constant dense<32768> : tensor<i32>
    %177 = stablehlo.add %c_47, %c_48 : tensor<i32>
    %c_49 = stablehlo.constant dense<0> : tensor<i32>
    %178 = stablehlo.select %176, %177, %c_49 : tensor<i1>, tensor<i32>
    %c_50 = stablehlo.constant dense<0> : tensor<i32>
    %c_51 = stablehlo.constant dense<0> : tensor<i32>
    %179 = stablehlo.compare LT, %c_50, %c_51, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %c_52 = stablehlo.constant dense<0> : tensor<i32>
    %c_53 = stablehlo.constant dense<16> : tensor<i32>
    %180 = stablehlo.add %c_52, %c_53 : tensor<i32>
    %c_54 = stablehlo.constant dense<0> : tensor<i32>
    %181 = stablehlo.select %179, %180, %c_54 : tensor<i1>, tensor<i32>
    %c_55 = stablehlo.constant dense<0> : tensor<i32>
    %c_56 = stablehlo.constant dense<0> : tensor<i32>
    %182 = stablehlo.compare LT, %c_55, %c_56, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %c_57 = stablehlo.constant dense<0> : tensor<i32>
    %c_58 = stablehlo.constant dense<8> : tensor<i32>
    %183 = stablehlo.add %c_57, %c_58 : tensor<i32>
    %c_59 = stablehlo.constant dense<0> : tensor<i32>
    %184 = stablehlo.select %182, %183, %c_59 : tensor<i1>, tensor<i32>
    %c_60 = stablehlo.constant dense<0> : tensor<i32>
    %c_61 = stablehlo.constant dense<0> : tensor<i32>
    %185 = stablehlo.compare LT, %c_60, %c_61, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %c_62 = stablehlo.constant dense<0> : tensor<i32>
    %c_63 = stablehlo.constant dense<128> : tensor<i32>
    %186 = stablehlo.add %c_62, %c_63 : tensor<i32>
    %c_64 = stablehlo.constant dense<0> : tensor<i32>
    %187 = stablehlo.select %185, %186, %c_64 : tensor<i1>, tensor<i32>
    %188 = stablehlo.dynamic_slice %162, %175, %178, %181, %184, %187, sizes = [1, 32768, 16, 8, 128] : (tensor<10x32768x16x8x128xbf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x32768x16x8x128xbf16>
    %189 = stablehlo.reshape %188 : (tensor<1x32768x16x8x128xbf16>) -> tensor<32768x16x8x128xbf16>
    %c_65 = stablehlo.constant dense<0> : tensor<i32>
    %190 = stablehlo.compare LT, %arg23, %c_65, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %c_66 = stablehlo.constant dense<10> : tensor<i32>
    %191 = stablehlo.add %arg23, %c_66 : tensor<i32>
    %192 = stablehlo.select %190, %191, %arg23 : tensor<i1>, tensor<i32>
    %c_67 = stablehlo.constant dense<0> : tensor<i32>
    %c_68 = stablehlo.constant dense<0> : tensor<i32>
    %193 = stablehlo.compare LT, %c_67, %c_68, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %c_69 = stablehlo.constant dense<0> : tensor<i32>
    %c_70 = stablehlo.constant dense<32768> : tensor<i32>
    %194 = stablehlo.add %c_69, %c_70 : tensor<i32>
    %c_71 = stablehlo.constant dense<0> : tensor<i32>
    %195 = stablehlo.select %193, %194, %c_71 : tensor<i1>, tensor<i32>
    %c_72 = stablehlo.constant dense<0> : tensor<i32>
    %c_73 = stablehlo.constant dense<0> : tensor<i32>
    %196 = stablehlo.compare LT, %c_72, %c_73, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %c_74 = stablehlo.constant dense<0> : tensor<i32>
    %c_75 = stablehlo.constant dense<16> : tensor<i32>
    %197 = stablehlo.add %c_74, %c_75 : tensor<i32>
    %c_76 = stablehlo.constant dense<0> : tensor<i32>
    %198 = stablehlo.select %196, %197, %c_76 : tensor<i1>, tensor<i32>
    %c_77 = stablehlo.constant dense<0> : tensor<i32>
    %c_78 = stablehlo.constant dense<0> : tensor<i32>
    %199 = stablehlo.compare LT, %c_77, %c_78, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %c_79 = stablehlo.constant dense<0> : tensor<i32>
    %c_80 = stablehlo.constant dense<8> : tensor<i32>
    %200 = stablehlo.add %c_79, %c_80 : tensor<i32>
    %c_81 = stablehlo.constant dense<0> : tensor<i32>
    %201 = stablehlo.select %199, %200, %c_81 : tensor<i1>, tensor<i32>
    %c_82 = stablehlo.constant dense<0> : tensor<i32>
    %c_83 = stablehlo.constant dense<0> : tensor<i32>
    %202 = stablehlo.compare LT, %c_82, %c_83, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %c_84 = stablehlo.constant dense<0> : tensor<i32>
    %c_85 = stablehlo.constant dense<128> : tensor<i32>
    %203 = stablehlo.add %c_84, %c_85 : tensor<i32>
    %c_86 = stablehlo.constant dense<0> : tensor<i32>
    %204 = stablehlo.select %202, %203, %c_86 : tensor<i1>, tensor<i32>
    %205 = stablehlo.dynamic_slice %171, %192, %195, %198, %201, %204, sizes = [1, 32768, 16, 8, 128] : (tensor<10x32768x16x8x128xbf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x32768x16x8x128xbf16>
    %206 = stablehlo.reshape %205 : (tensor<1x32768x16x8x128xbf16>) -> tensor<32768x16x8x128xbf16>
    %207 = stablehlo.broadcast_in_dim %172, dims = [1] : (tensor<32768xi32>) -> tensor<1x32768xi32>
    %208 = stablehlo.broadcast_in_dim %arg16, dims = [0] : (tensor<8xi32>) -> tensor<8x1xi32>
    %209 = stablehlo.broadcast_in_dim %207, dims = [0, 1] : (tensor<1x32768xi32>) -> tensor<8x32768xi32>
    %210 = stablehlo.broadcast_in_dim %208, dims = [0, 1] : (tensor<8x1xi32>) -> tensor<8x32768xi32>
    %211 = stablehlo.compare GE, %209, %210, SIGNED : (tensor<8x32768xi32>, tensor<8x32768xi32>) -> tensor<8x32768xi1>
    %212 = stablehlo.broadcast_in_dim %172, dims = [1] : (tensor<32768xi32>) -> tensor<1x32768xi32>
    %c_87 = stablehlo.constant dense<-1> : tensor<i32>
    %213 = call @_where_14(%211, %212, %c_87) : (tensor<8x32768xi1>, tensor<1x32768xi32>, tensor<i32>) -> tensor<8x32768xi32>
    %214 = stablehlo.broadcast_in_dim %arg17, dims = [0, 1] : (tensor<8x1xi32>) -> tensor<8x1x1xi32>
    %215 = stablehlo.broadcast_in_dim %213, dims = [0, 2] : (tensor<8x32768xi32>) -> tensor<8x1x32768xi32>
    %216 = stablehlo.broadcast_in_dim %214, dims = [0, 1, 2] : (tensor<8x1x1xi32>) -> tensor<8x1x32768xi32>
    %217 = stablehlo.compare LE, %215, %216, SIGNED : (tensor<8x1x32768xi32>, tensor<8x1x32768xi32>) -> tensor<8x1x32768xi1>
    %c_88 = stablehlo.constant dense<0> : tensor<i32>
    %218 = stablehlo.broadcast_in_dim %c_88, dims = [] : (tensor<i32>) -> tensor<8x1x32768xi32>
    %219 = stablehlo.compare GE, %215, %218, SIGNED : (tensor<8x1x32768xi32>, tensor<8x1x32768xi32>) -> tensor<8x1x32768xi1>
    %220 = stablehlo.and %217, %219 : tensor<8x1x32768xi1>
    %221 = stablehlo.reshape %220 : (tensor<8x1x32768xi1>) -> tensor<8x32768xi1>
    %222 = stablehlo.reshape %128 : (tensor<8x1x32x128xbf16>) -> tensor<8x16x2x128xbf16>
    %223 = stablehlo.transpose %222, dims = [1, 0, 2, 3] : (tensor<8x16x2x128xbf16>) -> tensor<16x8x2x128xbf16>
    %224 = stablehlo.convert %223 : (tensor<16x8x2x128xbf16>) -> tensor<16x8x2x128xf32>
    %225 = stablehlo.broadcast_in_dim %189, dims = [0, 1, 2, 4] : (tensor<32768x16x8x128xbf16>) -> tensor<32768x16x8x1x128xbf16>
    %226 = stablehlo.convert %225 : (tensor<32768x16x8x1x128xbf16>) -> tensor<32768x16x8x1x128xf32>
    %227 = stablehlo.broadcast_in_dim %224, dims = [1, 2, 3, 4] : (tensor<16x8x2x128xf32>) -> tensor<1x16x8x2x128xf32>
    %228 = stablehlo.broadcast_in_dim %226, dims = [0, 1, 2, 3, 4] : (tensor<32768x16x8x1x128xf32>) -> tensor<32768x16x8x2x128xf32>
    %229 = stablehlo.broadcast_in_dim %227, dims = [0, 1, 2, 3, 4] : (tensor<1x16x8x2x128xf32>) -> tensor<32768x16x8x2x128xf32>
    %230 = stablehlo.multiply %228, %229 : tensor<32768x16x8x2x128xf32>
    %cst_89 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %231 = stablehlo.reduce(%230 init: %cst_89) applies stablehlo.add across dimensions = [4] : (tensor<32768x16x8x2x128xf32>, tensor<f32>) -> tensor<32768x16x8x2xf32>
    %cst_90 = stablehlo.constant dense<0.0771516785> : tensor<f32>
    %232 = stablehlo.broadcast_in_dim %cst_90, dims = [] : (tensor<f32>) -> tensor<32768x16x8x2xf32>
    %233 = stablehlo.multiply %231, %232 : tensor<32768x16x8x2xf32>
    %234 = stablehlo.transpose %221, dims = [1, 0] : (tensor<8x32768xi1>) -> tensor<32768x8xi1>
    %235 = stablehlo.broadcast_in_dim %234, dims = [0, 2] : (tensor<32768x8xi1>) -> tensor<32768x1x8x1xi1>
    %cst_91 = stablehlo.constant dense<-2.38197633E+38> : tensor<f32>
    %236 = call @_where_15(%235, %233, %cst_91) : (tensor<32768x1x8x1xi1>, tensor<32768x16x8x2xf32>, tensor<f32>) -> tensor<32768x16x8x2xf32>
    %cst_92 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %237 = stablehlo.reduce(%236 init: %cst_92) applies stablehlo.maximum across dimensions = [0] : (tensor<32768x16x8x2xf32>, tensor<f32>) -> tensor<16x8x2xf32>
    %cst_93 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %238 = stablehlo.broadcast_in_dim %cst_93, dims = [] : (tensor<f32>) -> tensor<16x8x2xf32>
    %239 = stablehlo.maximum %238, %237 : tensor<16x8x2xf32>
    %240 = stablehlo.broadcast_in_dim %239, dims = [1, 2, 3] : (tensor<16x8x2xf32>) -> tensor<1x16x8x2xf32>
    %241 = stablehlo.broadcast_in_dim %240, dims = [0, 1, 2, 3] : (tensor<1x16x8x2xf32>) -> tensor<32768x16x8x2xf32>
    %242 = stablehlo.subtract %236, %241 : tensor<32768x16x8x2xf32>
    %243 = stablehlo.exponential %242 : tensor<32768x16x8x2xf32>
    %cst_94 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %244 = stablehlo.reduce(%243 init: %cst_94) applies stablehlo.add across dimensions = [0] : (tensor<32768x16x8x2xf32>, tensor<f32>) -> tensor<16x8x2xf32>
    %245 = stablehlo.broadcast_in_dim %244, dims = [1, 2, 3] : (tensor<16x8x2xf32>) -> tensor<1x16x8x2xf32>
    %246 = stablehlo.broadcast_in_dim %245, dims = [0, 1, 2, 3] : (tensor<1x16x8x2xf32>) -> tensor<32768x16x8x2xf32>
    %247 = stablehlo.divide %243, %246 : tensor<32768x16x8x2xf32>
    %248 = stablehlo.broadcast_in_dim %247, dims = [0, 1, 2, 3] : (tensor<32768x16x8x2xf32>) -> tensor<32768x16x8x2x1xf32>
    %249 = stablehlo.broadcast_in_dim %206, dims = [0, 1, 2, 4] : (tensor<32768x16x8x128xbf16>) -> tensor<32768x16x8x1x128xbf16>
    %250 = stablehlo.convert %249 : (tensor<32768x16x8x1x128xbf16>) -> tensor<32768x16x8x1x128xf32>
    %251 = stablehlo.broadcast_in_dim %248, dims = [0, 1, 2, 3, 4] : (tensor<32768x16x8x2x1xf32>) -> tensor<32768x16x8x2x128xf32>
    %252 = stablehlo.broadcast_in_dim %250, dims = [0, 1, 2, 3, 4] : (tensor<32768x16x8x1x128xf32>) -> tensor<32768x16x8x2x128xf32>
    %253 = stablehlo.multiply %251, %252 : tensor<32768x16x8x2x128xf32>
    %cst_95 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %254 = stablehlo.reduce(%253 init: %cst_95) applies stablehlo.add across dimensions = [0] : (tensor<32768x16x8x2x128xf32>, tensor<f32>) -> tensor<16x8x2x128xf32>
    %255 = stablehlo.transpose %254, dims = [1, 0, 2, 3] : (tensor<16x8x2x128xf32>) -> tensor<8x16x2x128xf32>
    %256 = stablehlo.reshape %255 : (tensor<8x16x2x128xf32>) -> tensor<8x1x32x128xf32>
    %257 = stablehlo.convert %256 : (tensor<8x1x32x128xf32>) -> tensor<8x1x32x128xbf16>
    %258 = stablehlo.reshape %257 : (tensor<8x1x32x128xbf16>) -> tensor<8x1x4096xbf16>
    %259 = stablehlo.reshape %11 : (tensor<32x128x5376xbf16>) -> tensor<4096x5376xbf16>
    %260 = stablehlo.dot_general %258, %259, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<8x1x4096xbf16>, tensor<4096x5376xbf16>) -> tensor<8x1x5376xbf16>
    %261 = stablehlo.convert %260 : (tensor<8x1x5376xbf16>) -> tensor<8x1x5376xf32>
    %262 = stablehlo.multiply %261, %261 : tensor<8x1x5376xf32>
    %cst_96 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %263 = stablehlo.reduce(%262 init: %cst_96) applies stablehlo.add across dimensions = [2] : (tensor<8x1x5376xf32>, tensor<f32>) -> tensor<8x1xf32>
    %264 = stablehlo.broadcast_in_dim %263, dims = [0, 1] : (tensor<8x1xf32>) -> tensor<8x1x1xf32>
    %cst_97 = stablehlo.constant dense<5.376000e+03> : tensor<f32>
    %265 = stablehlo.broadcast_in_dim %cst_97, dims = [] : (tensor<f32>) -> tensor<8x1x1xf32>
    %266 = stablehlo.divide %264, %265 : tensor<8x1x1xf32>
    %cst_98 = stablehlo.constant dense<9.99999997E-7> : tensor<f32>
    %267 = stablehlo.broadcast_in_dim %cst_98, dims = [] : (tensor<f32>) -> tensor<8x1x1xf32>
    %268 = stablehlo.add %266, %267 : tensor<8x1x1xf32>
    %269 = stablehlo.rsqrt %268 : tensor<8x1x1xf32>
    %270 = stablehlo.broadcast_in_dim %269, dims = [0, 1, 2] : (tensor<8x1x1xf32>) -> tensor<8x1x5376xf32>
    %271 = stablehlo.multiply %261, %270 : tensor<8x1x5376xf32>
    %272 = stablehlo.convert %14 : (tensor<5376xbf16>) -> tensor<5376xf32>
    %cst_99 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %273 = stablehlo.broadcast_in_dim %cst_99, dims = [] : (tensor<f32>) -> tensor<5376xf32>
    %274 = stablehlo.add %273, %272 : tensor<5376xf32>
    %275 = stablehlo.broadcast_in_dim %274, dims = [2] : (tensor<5376xf32>) -> tensor<1x1x5376xf32>
    %276 = stablehlo.broadcast_in_dim %275, dims = [0, 1, 2] : (tensor<1x1x5376xf32>) -> tensor<8x1x5376xf32>
    %277 = stablehlo.multiply %271, %276 : tensor<8x1x5376xf32>
    %278 = stablehlo.convert %277 : (tensor<8x1x5376xf32>) -> tensor<8x1x5376xbf16>
    %279 = stablehlo.add %3#22, %278 : tensor<8x1x5376xbf16>
    %280 = stablehlo.convert %279 : (tensor<8x1x5376xbf16>) -> tensor<8x1x5376xf32>
    %281 = stablehlo.multiply %280, %280 : tensor<8x1x5376xf32>
    %cst_100 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %282 = stablehlo.reduce(%281 init: %cst_100) applies stablehlo.add across dimensions = [2] : (tensor<8x1x5376xf32>, tensor<f32>) -> tensor<8x1xf32>
    %283 = stablehlo.broadcast_in_dim %282, dims = [0, 1] : (tensor<8x1xf32>) -> tensor<8x1x1xf32>
    %cst_101 = stablehlo.constant dense<5.376000e+03> : tensor<f32>
    %284 = stablehlo.broadcast_in_dim %cst_101, dims = [] : (tensor<f32>) -> tensor<8x1x1xf32>
    %285 = stablehlo.divide %283, %284 : tensor<8x1x1xf32>
    %cst_102 = stablehlo.constant dense<9.99999997E-7> : tensor<f32>
    %286 = stablehlo.broadcast_in_dim %cst_102, dims = [] : (tensor<f32>) -> tensor<8x1x1xf32>
    %287 = stablehlo.add %285, %286 : tensor<8x1x1xf32>
    %288 = stablehlo.rsqrt %287 : tensor<8x1x1xf32>
    %289 = stablehlo.broadcast_in_dim %288, dims = [0, 1, 2] : (tensor<8x1x1xf32>) -> tensor<8x1x5376xf32>
    %290 = stablehlo.multiply %280, %289 : tensor<8x1x5376xf32>
    %291 = stablehlo.convert %15 : (tensor<5376xbf16>) -> tensor<5376xf32>
    %cst_103 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %292 = stablehlo.broadcast_in_dim %cst_103, dims = [] : (tensor<f32>) -> tensor<5376xf32>
    %293 = stablehlo.add %292, %291 : tensor<5376xf32>
    %294 = stablehlo.broadcast_in_dim %293, dims = [2] : (tensor<5376xf32>) -> tensor<1x1x5376xf32>
    %295 = stablehlo.broadcast_in_dim %294, dims = [0, 1, 2] : (tensor<1x1x5376xf32>) -> tensor<8x1x5376xf32>
    %296 = stablehlo.multiply %290, %295 : tensor<8x1x5376xf32>
    %297 = stablehlo.convert %296 : (tensor<8x1x5376xf32>) -> tensor<8x1x5376xbf16>
    %298 = stablehlo.dot_general %297, %16, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<8x1x5376xbf16>, tensor<5376x21504xbf16>) -> tensor<8x1x21504xbf16>
    %299 = stablehlo.multiply %298, %298 : tensor<8x1x21504xbf16>
    %300 = stablehlo.multiply %299, %298 : tensor<8x1x21504xbf16>
    %cst_104 = stablehlo.constant dense<4.467770e-02> : tensor<bf16>
    %301 = stablehlo.broadcast_in_dim %cst_104, dims = [] : (tensor<bf16>) -> tensor<8x1x21504xbf16>
    %302 = stablehlo.multiply %301, %300 : tensor<8x1x21504xbf16>
    %303 = stablehlo.add %298, %302 : tensor<8x1x21504xbf16>
    %cst_105 = stablehlo.constant dense<7.968750e-01> : tensor<bf16>
    %304 = stablehlo.broadcast_in_dim %cst_105, dims = [] : (tensor<bf16>) -> tensor<8x1x21504xbf16>
    %305 = stablehlo.multiply %304, %303 : tensor<8x1x21504xbf16>
    %306 = stablehlo.tanh %305 : tensor<8x1x21504xbf16>
    %cst_106 = stablehlo.constant dense<1.000000e+00> : tensor<bf16>
    %307 = stablehlo.broadcast_in_dim %cst_106, dims = [] : (tensor<bf16>) -> tensor<8x1x21504xbf16>
    %308 = stablehlo.add %307, %306 : tensor<8x1x21504xbf16>
    %cst_107 = stablehlo.constant dense<5.000000e-01> : tensor<bf16>
    %309 = stablehlo.broadcast_in_dim %cst_107, dims = [] : (tensor<bf16>) -> tensor<8x1x21504xbf16>
    %310 = stablehlo.multiply %309, %308 : tensor<8x1x21504xbf16>
    %311 = stablehlo.multiply %298, %310 : tensor<8x1x21504xbf16>
    %312 = stablehlo.dot_general %297, %17, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<8x1x5376xbf16>, tensor<5376x21504xbf16>) -> tensor<8x1x21504xbf16>
    %313 = stablehlo.multiply %311, %312 : tensor<8x1x21504xbf16>
    %314 = stablehlo.dot_general %313, %18, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<8x1x21504xbf16>, tensor<21504x5376xbf16>) -> tensor<8x1x5376xbf16>
    %315 = stablehlo.convert %314 : (tensor<8x1x5376xbf16>) -> tensor<8x1x5376xf32>
    %316 = stablehlo.multiply %315, %315 : tensor<8x1x5376xf32>
    %cst_108 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %317 = stablehlo.reduce(%316 init: %cst_108) applies stablehlo.add across dimensions = [2] : (tensor<8x1x5376xf32>, tensor<f32>) -> tensor<8x1xf32>
    %318 = stablehlo.broadcast_in_dim %317, dims = [0, 1] : (tensor<8x1xf32>) -> tensor<8x1x1xf32>
    %cst_109 = stablehlo.constant dense<5.376000e+03> : tensor<f32>
    %319 = stablehlo.broadcast_in_dim %cst_109, dims = [] : (tensor<f32>) -> tensor<8x1x1xf32>
    %320 = stablehlo.divide %318, %319 : tensor<8x1x1xf32>
    %cst_110 = stablehlo.constant dense<9.99999997E-7> : tensor<f32>
    %321 = stablehlo.broadcast_in_dim %cst_110, dims = [] : (tensor<f32>) -> tensor<8x1x1xf32>
    %322 = stablehlo.add %320, %321 : tensor<8x1x1xf32>
    %323 = stablehlo.rsqrt %322 : tensor<8x1x1xf32>
    %324 = stablehlo.broadcast_in_dim %323, dims = [0, 1, 2] : (tensor<8x1x1xf32>) -> tensor<8x1x5376xf32>
    %325 = stablehlo.multiply %315, %324 : tensor<8x1x5376xf32>
    %326 = stablehlo.convert %19 : (tensor<5376xbf16>) -> tensor<5376xf32>
    %cst_111 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %327 = stablehlo.broadcast_in_dim %cst_111, dims = [] : (tensor<f32>) -> tensor<5376xf32>
    %328 = stablehlo.add %327, %326 : tensor<5376xf32>
    %329 = stablehlo.broadcast_in_dim %328, dims = [2] : (tensor<5376xf32>) -> tensor<1x1x5376xf32>
    %330 = stablehlo.broadcast_in_dim %329, dims = [0, 1, 2] : (tensor<1x1x5376xf32>) -> tensor<8x1x5376xf32>
    %331 = stablehlo.multiply %325, %330 : tensor<8x1x5376xf32>
    %332 = stablehlo.convert %331 : (tensor<8x1x5376xf32>) -> tensor<8x1x5376xbf16>
    %333 = stablehlo.add %279, %332 : tensor<8x1x5376xbf16>
    return %333, %3#23, %3#24, %162, %171 : tensor<8x1x5376xbf16>, tensor<52x1024x16x8x128xbf16>, tensor<52x1024x16x8x128xbf16>, tensor<10x32768x16x8x128xbf16>, tensor<10x32768x16x8x128xbf16>
  }
  func.func private @dynamic_index_in_dim_0(%arg0: tensor<5xi32>, %arg1: tensor<i32>) -> tensor<i32> {
    %0 = stablehlo.dynamic_slice %arg0, %arg1, sizes = [1] : (tensor<5xi32>, tensor<i32>) -> tensor<1xi32>
    %1 = stablehlo.reshape %0 : (tensor<1xi32>) -> tensor<i32>
    return %1 : tensor<i32>
  }
  func.func private @closed_call_1(%arg0: tensor<i32>, %arg1: tensor<62x5376xbf16>, %arg2: tensor<62x32x5376x128xbf16>, %arg3: tensor<62x16x5376x128xbf16>, %arg4: tensor<62x16x5376x128xbf16>, %arg5: tensor<62x32x128x5376xbf16>, %arg6: tensor<62x128xbf16>, %arg7: tensor<62x128xbf16>, %arg8: tensor<62x5376xbf16>, %arg9: tensor<62x5376xbf16>, %arg10: tensor<62x5376x21504xbf16>, %arg11: tensor<62x5376x21504xbf16>, %arg12: tensor<62x21504x5376xbf16>, %arg13: tensor<62x5376xbf16>, %arg14: tensor<i32>, %arg15: tensor<8x1xi32>, %arg16: tensor<i32>, %arg17: tensor<i32>, %arg18: tensor<8xi32>, %arg19: tensor<8x1xi32>, %arg20: tensor<8x1x5376xbf16>, %arg21: tensor<52x1024x16x8x128xbf16>, %arg22: tensor<52x1024x16x8x128xbf16>, %arg23: tensor<i32>) -> (tensor<8x1x5376xbf16>, tensor<52x1024x16x8x128xbf16>, tensor<52x1024x16x8x128xbf16>) {
    %0 = stablehlo.add %arg0, %arg23 : tensor<i32>
    %1 = call @dynamic_index_in_dim_2(%arg1, %0) : (tensor<62x5376xbf16>, tensor<i32>) -> tensor<5376xbf16>
    %2 = call @dynamic_index_in_dim_3(%arg2, %0) : (tensor<62x32x5376x128xbf16>, tensor<i32>) -> tensor<32x5376x128xbf16>
    %3 = call @dynamic_index_in_dim_4(%arg3, %0) : (tensor<62x16x5376x128xbf16>, tensor<i32>) -> tensor<16x5376x128xbf16>
    %4 = call @dynamic_index_in_dim_4(%arg4, %0) : (tensor<62x16x5376x128xbf16>, tensor<i32>) -> tensor<16x5376x128xbf16>
    %5 = call @dynamic_index_in_dim_5(%arg5, %0) : (tensor<62x32x128x5376xbf16>, tensor<i32>) -> tensor<32x128x5376xbf16>
    %6 = call @dynamic_index_in_dim_6(%arg6, %0) : (tensor<62x128xbf16>, tensor<i32>) -> tensor<128xbf16>
    %7 = call @dynamic_index_in_dim_6(%arg7, %0) : (tensor<62x128xbf16>, tensor<i32>) -> tensor<128xbf16>
    %8 = call @dynamic_index_in_dim_2(%arg8, %0) : (tensor<62x5376xbf16>, tensor<i32>) -> tensor<5376xbf16>
    %9 = call @dynamic_index_in_dim_2(%arg9, %0) : (tensor<62x5376xbf16>, tensor<i32>) -> tensor<5376xbf16>
    %10 = call @dynamic_index_in_dim_7(%arg10, %0) : (tensor<62x5376x21504xbf16>, tensor<i32>) -> tensor<5376x21504xbf16>
    %11 = call @dynamic_index_in_dim_7(%arg11, %0) : (tensor<62x5376x21504xbf16>, tensor<i32>) -> tensor<5376x21504xbf16>
    %12 = call @dynamic_index_in_dim_8(%arg12, %0) : (tensor<62x21504x5376xbf16>, tensor<i32>) -> tensor<21504x5376xbf16>
    %13 = call @dynamic_index_in_dim_2(%arg13, %0) : (tensor<62x5376xbf16>, tensor<i32>) -> tensor<5376xbf16>
    %14 = stablehlo.add %arg14, %arg23 : tensor<i32>
    %15 = stablehlo.convert %arg20 : (tensor<8x1x5376xbf16>) -> tensor<8x1x5376xf32>
    %16 = stablehlo.multiply %15, %15 : tensor<8x1x5376xf32>
    %cst = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %17 = stablehlo.reduce(%16 init: %cst) applies stablehlo.add across dimensions = [2] : (tensor<8x1x5376xf32>, tensor<f32>) -> tensor<8x1xf32>
    %18 = stablehlo.broadcast_in_dim %17, dims = [0, 1] : (tensor<8x1xf32>) -> tensor<8x1x1xf32>
    %cst_0 = stablehlo.constant dense<5.376000e+03> : tensor<f32>
    %19 = stablehlo.broadcast_in_dim %cst_0, dims = [] : (tensor<f32>) -> tensor<8x1x1xf32>
    %20 = stablehlo.divide %18, %19 : tensor<8x1x1xf32>
    %cst_1 = stablehlo.constant dense<9.99999997E-7> : tensor<f32>
    %21 = stablehlo.broadcast_in_dim %cst_1, dims = [] : (tensor<f32>) -> tensor<8x1x1xf32>
    %22 = stablehlo.add %20, %21 : tensor<8x1x1xf32>
    %23 = stablehlo.rsqrt %22 : tensor<8x1x1xf32>
    %24 = stablehlo.broadcast_in_dim %23, dims = [0, 1, 2] : (tensor<8x1x1xf32>) -> tensor<8x1x5376xf32>
    %25 = stablehlo.multiply %15, %24 : tensor<8x1x5376xf32>
    %26 = stablehlo.convert %1 : (tensor<5376xbf16>) -> tensor<5376xf32>
    %cst_2 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %27 = stablehlo.broadcast_in_dim %cst_2, dims = [] : (tensor<f32>) -> tensor<5376xf32>
    %28 = stablehlo.add %27, %26 : tensor<5376xf32>
    %29 = stablehlo.broadcast_in_dim %28, dims = [2] : (tensor<5376xf32>) -> tensor<1x1x5376xf32>
    %30 = stablehlo.broadcast_in_dim %29, dims = [0, 1, 2] : (tensor<1x1x5376xf32>) -> tensor<8x1x5376xf32>
    %31 = stablehlo.multiply %25, %30 : tensor<8x1x5376xf32>
    %32 = stablehlo.convert %31 : (tensor<8x1x5376xf32>) -> tensor<8x1x5376xbf16>
    %33 = stablehlo.dot_general %32, %2, contracting_dims = [2] x [1], precision = [DEFAULT, DEFAULT] : (tensor<8x1x5376xbf16>, tensor<32x5376x128xbf16>) -> tensor<8x1x32x128xbf16>
    %34 = stablehlo.dot_general %32, %3, contracting_dims = [2] x [1], precision = [DEFAULT, DEFAULT] : (tensor<8x1x5376xbf16>, tensor<16x5376x128xbf16>) -> tensor<8x1x16x128xbf16>
    %35 = stablehlo.dot_general %32, %4, contracting_dims = [2] x [1], precision = [DEFAULT, DEFAULT] : (tensor<8x1x5376xbf16>, tensor<16x5376x128xbf16>) -> tensor<8x1x16x128xbf16>
    %36 = stablehlo.convert %33 : (tensor<8x1x32x128xbf16>) -> tensor<8x1x32x128xf32>
    %37 = stablehlo.multiply %36, %36 : tensor<8x1x32x128xf32>
    %cst_3 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %38 = stablehlo.reduce(%37 init: %cst_3) applies stablehlo.add across dimensions = [3] : (tensor<8x1x32x128xf32>, tensor<f32>) -> tensor<8x1x32xf32>
    %39 = stablehlo.broadcast_in_dim %38, dims = [0, 1, 2] : (tensor<8x1x32xf32>) -> tensor<8x1x32x1xf32>
    %cst_4 = stablehlo.constant dense<1.280000e+02> : tensor<f32>
    %40 = stablehlo.broadcast_in_dim %cst_4, dims = [] : (tensor<f32>) -> tensor<8x1x32x1xf32>
    %41 = stablehlo.divide %39, %40 : tensor<8x1x32x1xf32>
    %cst_5 = stablehlo.constant dense<9.99999997E-7> : tensor<f32>
    %42 = stablehlo.broadcast_in_dim %cst_5, dims = [] : (tensor<f32>) -> tensor<8x1x32x1xf32>
    %43 = stablehlo.add %41, %42 : tensor<8x1x32x1xf32>
    %44 = stablehlo.rsqrt %43 : tensor<8x1x32x1xf32>
    %45 = stablehlo.broadcast_in_dim %44, dims = [0, 1, 2, 3] : (tensor<8x1x32x1xf32>) -> tensor<8x1x32x128xf32>
    %46 = stablehlo.multiply %36, %45 : tensor<8x1x32x128xf32>
    %47 = stablehlo.convert %6 : (tensor<128xbf16>) -> tensor<128xf32>
    %cst_6 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %48 = stablehlo.broadcast_in_dim %cst_6, dims = [] : (tensor<f32>) -> tensor<128xf32>
    %49 = stablehlo.add %48, %47 : tensor<128xf32>
    %50 = stablehlo.broadcast_in_dim %49, dims = [3] : (tensor<128xf32>) -> tensor<1x1x1x128xf32>
    %51 = stablehlo.broadcast_in_dim %50, dims = [0, 1, 2, 3] : (tensor<1x1x1x128xf32>) -> tensor<8x1x32x128xf32>
    %52 = stablehlo.multiply %46, %51 : tensor<8x1x32x128xf32>
    %53 = stablehlo.convert %52 : (tensor<8x1x32x128xf32>) -> tensor<8x1x32x128xbf16>
    %54 = stablehlo.convert %34 : (tensor<8x1x16x128xbf16>) -> tensor<8x1x16x128xf32>
    %55 = stablehlo.multiply %54, %54 : tensor<8x1x16x128xf32>
    %cst_7 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %56 = stablehlo.reduce(%55 init: %cst_7) applies stablehlo.add across dimensions = [3] : (tensor<8x1x16x128xf32>, tensor<f32>) -> tensor<8x1x16xf32>
    %57 = stablehlo.broadcast_in_dim %56, dims = [0, 1, 2] : (tensor<8x1x16xf32>) -> tensor<8x1x16x1xf32>
    %cst_8 = stablehlo.constant dense<1.280000e+02> : tensor<f32>
    %58 = stablehlo.broadcast_in_dim %cst_8, dims = [] : (tensor<f32>) -> tensor<8x1x16x1xf32>
    %59 = stablehlo.divide %57, %58 : tensor<8x1x16x1xf32>
    %cst_9 = stablehlo.constant dense<9.99999997E-7> : tensor<f32>
    %60 = stablehlo.broadcast_in_dim %cst_9, dims = [] : (tensor<f32>) -> tensor<8x1x16x1xf32>
    %61 = stablehlo.add %59, %60 : tensor<8x1x16x1xf32>
    %62 = stablehlo.rsqrt %61 : tensor<8x1x16x1xf32>
    %63 = stablehlo.broadcast_in_dim %62, dims = [0, 1, 2, 3] : (tensor<8x1x16x1xf32>) -> tensor<8x1x16x128xf32>
    %64 = stablehlo.multiply %54, %63 : tensor<8x1x16x128xf32>
    %65 = stablehlo.convert %7 : (tensor<128xbf16>) -> tensor<128xf32>
    %cst_10 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %66 = stablehlo.broadcast_in_dim %cst_10, dims = [] : (tensor<f32>) -> tensor<128xf32>
    %67 = stablehlo.add %66, %65 : tensor<128xf32>
    %68 = stablehlo.broadcast_in_dim %67, dims = [3] : (tensor<128xf32>) -> tensor<1x1x1x128xf32>
    %69 = stablehlo.broadcast_in_dim %68, dims = [0, 1, 2, 3] : (tensor<1x1x1x128xf32>) -> tensor<8x1x16x128xf32>
    %70 = stablehlo.multiply %64, %69 : tensor<8x1x16x128xf32>
    %71 = stablehlo.convert %70 : (tensor<8x1x16x128xf32>) -> tensor<8x1x16x128xbf16>
    %72 = stablehlo.iota dim = 0 : tensor<64xf32>
    %cst_11 = stablehlo.constant dense<2.000000e+00> : tensor<f32>
    %73 = stablehlo.broadcast_in_dim %cst_11, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %74 = stablehlo.multiply %73, %72 : tensor<64xf32>
    %cst_12 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %75 = stablehlo.broadcast_in_dim %cst_12, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %76 = stablehlo.add %75, %74 : tensor<64xf32>
    %cst_13 = stablehlo.constant dense<1.280000e+02> : tensor<f32>
    %77 = stablehlo.broadcast_in_dim %cst_13, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %78 = stablehlo.divide %76, %77 : tensor<64xf32>
    %cst_14 = stablehlo.constant dense<1.000000e+04> : tensor<f32>
    %79 = stablehlo.broadcast_in_dim %cst_14, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %80 = stablehlo.power %79, %78 : tensor<64xf32>
    %cst_15 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %81 = stablehlo.broadcast_in_dim %cst_15, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %82 = stablehlo.divide %81, %80 : tensor<64xf32>
    %cst_16 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %83 = stablehlo.broadcast_in_dim %cst_16, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %84 = stablehlo.divide %82, %83 : tensor<64xf32>
    %85 = stablehlo.iota dim = 0 : tensor<64xf32>
    %cst_17 = stablehlo.constant dense<2.000000e+00> : tensor<f32>
    %86 = stablehlo.broadcast_in_dim %cst_17, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %87 = stablehlo.multiply %86, %85 : tensor<64xf32>
    %cst_18 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %88 = stablehlo.broadcast_in_dim %cst_18, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %89 = stablehlo.add %88, %87 : tensor<64xf32>
    %cst_19 = stablehlo.constant dense<1.280000e+02> : tensor<f32>
    %90 = stablehlo.broadcast_in_dim %cst_19, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %91 = stablehlo.divide %89, %90 : tensor<64xf32>
    %cst_20 = stablehlo.constant dense<1.000000e+06> : tensor<f32>
    %92 = stablehlo.broadcast_in_dim %cst_20, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %93 = stablehlo.power %92, %91 : tensor<64xf32>
    %cst_21 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %94 = stablehlo.broadcast_in_dim %cst_21, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %95 = stablehlo.divide %94, %93 : tensor<64xf32>
    %cst_22 = stablehlo.constant dense<8.000000e+00> : tensor<f32>
    %96 = stablehlo.broadcast_in_dim %cst_22, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %97 = stablehlo.divide %95, %96 : tensor<64xf32>
    %c = stablehlo.constant dense<false> : tensor<i1>
    %98 = call @_where_9(%c, %97, %84) : (tensor<i1>, tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %99 = stablehlo.convert %arg15 : (tensor<8x1xi32>) -> tensor<8x1xf32>
    %100 = stablehlo.broadcast_in_dim %99, dims = [0, 1] : (tensor<8x1xf32>) -> tensor<8x1x1xf32>
    %101 = stablehlo.broadcast_in_dim %98, dims = [2] : (tensor<64xf32>) -> tensor<1x1x64xf32>
    %102 = stablehlo.broadcast_in_dim %100, dims = [0, 1, 2] : (tensor<8x1x1xf32>) -> tensor<8x1x64xf32>
    %103 = stablehlo.broadcast_in_dim %101, dims = [0, 1, 2] : (tensor<1x1x64xf32>) -> tensor<8x1x64xf32>
    %104 = stablehlo.multiply %102, %103 : tensor<8x1x64xf32>
    %105 = stablehlo.sine %104 : tensor<8x1x64xf32>
    %106 = stablehlo.broadcast_in_dim %105, dims = [0, 1, 3] : (tensor<8x1x64xf32>) -> tensor<8x1x1x64xf32>
    %107 = stablehlo.cosine %104 : tensor<8x1x64xf32>
    %108 = stablehlo.broadcast_in_dim %107, dims = [0, 1, 3] : (tensor<8x1x64xf32>) -> tensor<8x1x1x64xf32>
    %109 = stablehlo.convert %53 : (tensor<8x1x32x128xbf16>) -> tensor<8x1x32x128xf32>
    %110 = stablehlo.slice %109 [0:8, 0:1, 0:32, 0:64] : (tensor<8x1x32x128xf32>) -> tensor<8x1x32x64xf32>
    %111 = stablehlo.slice %109 [0:8, 0:1, 0:32, 64:128] : (tensor<8x1x32x128xf32>) -> tensor<8x1x32x64xf32>
    %112 = stablehlo.broadcast_in_dim %108, dims = [0, 1, 2, 3] : (tensor<8x1x1x64xf32>) -> tensor<8x1x32x64xf32>
    %113 = stablehlo.multiply %110, %112 : tensor<8x1x32x64xf32>
    %114 = stablehlo.broadcast_in_dim %106, dims = [0, 1, 2, 3] : (tensor<8x1x1x64xf32>) -> tensor<8x1x32x64xf32>
    %115 = stablehlo.multiply %111, %114 : tensor<8x1x32x64xf32>
    %116 = stablehlo.subtract %113, %115 : tensor<8x1x32x64xf32>
    %117 = stablehlo.broadcast_in_dim %108, dims = [0, 1, 2, 3] : (tensor<8x1x1x64xf32>) -> tensor<8x1x32x64xf32>
    %118 = stablehlo.multiply %111, %117 : tensor<8x1x32x64xf32>
    %119 = stablehlo.broadcast_in_dim %106, dims = [0, 1, 2, 3] : (tensor<8x1x1x64xf32>) -> tensor<8x1x32x64xf32>
    %120 = stablehlo.multiply %110, %119 : tensor<8x1x32x64xf32>
    %121 = stablehlo.add %118, %120 : tensor<8x1x32x64xf32>
    %122 = stablehlo.concatenate %116, %121, dim = 3 : (tensor<8x1x32x64xf32>, tensor<8x1x32x64xf32>) -> tensor<8x1x32x128xf32>
    %123 = stablehlo.convert %122 : (tensor<8x1x32x128xf32>) -> tensor<8x1x32x128xbf16>
    %124 = stablehlo.convert %arg15 : (tensor<8x1xi32>) -> tensor<8x1xf32>
    %125 = stablehlo.broadcast_in_dim %124, dims = [0, 1] : (tensor<8x1xf32>) -> tensor<8x1x1xf32>
    %126 = stablehlo.broadcast_in_dim %98, dims = [2] : (tensor<64xf32>) -> tensor<1x1x64xf32>
    %127 = stablehlo.broadcast_in_dim %125, dims = [0, 1, 2] : (tensor<8x1x1xf32>) -> tensor<8x1x64xf32>
    %128 = stablehlo.broadcast_in_dim %126, dims = [0, 1, 2] : (tensor<1x1x64xf32>) -> tensor<8x1x64xf32>
    %129 = stablehlo.multiply %127, %128 : tensor<8x1x64xf32>
    %130 = stablehlo.sine %129 : tensor<8x1x64xf32>
    %131 = stablehlo.broadcast_in_dim %130, dims = [0, 1, 3] : (tensor<8x1x64xf32>) -> tensor<8x1x1x64xf32>
    %132 = stablehlo.cosine %129 : tensor<8x1x64xf32>
    %133 = stablehlo.broadcast_in_dim %132, dims = [0, 1, 3] : (tensor<8x1x64xf32>) -> tensor<8x1x1x64xf32>
    %134 = stablehlo.convert %71 : (tensor<8x1x16x128xbf16>) -> tensor<8x1x16x128xf32>
    %135 = stablehlo.slice %134 [0:8, 0:1, 0:16, 0:64] : (tensor<8x1x16x128xf32>) -> tensor<8x1x16x64xf32>
    %136 = stablehlo.slice %134 [0:8, 0:1, 0:16, 64:128] : (tensor<8x1x16x128xf32>) -> tensor<8x1x16x64xf32>
    %137 = stablehlo.broadcast_in_dim %133, dims = [0, 1, 2, 3] : (tensor<8x1x1x64xf32>) -> tensor<8x1x16x64xf32>
    %138 = stablehlo.multiply %135, %137 : tensor<8x1x16x64xf32>
    %139 = stablehlo.broadcast_in_dim %131, dims = [0, 1, 2, 3] : (tensor<8x1x1x64xf32>) -> tensor<8x1x16x64xf32>
    %140 = stablehlo.multiply %136, %139 : tensor<8x1x16x64xf32>
    %141 = stablehlo.subtract %138, %140 : tensor<8x1x16x64xf32>
    %142 = stablehlo.broadcast_in_dim %133, dims = [0, 1, 2, 3] : (tensor<8x1x1x64xf32>) -> tensor<8x1x16x64xf32>
    %143 = stablehlo.multiply %136, %142 : tensor<8x1x16x64xf32>
    %144 = stablehlo.broadcast_in_dim %131, dims = [0, 1, 2, 3] : (tensor<8x1x1x64xf32>) -> tensor<8x1x16x64xf32>
    %145 = stablehlo.multiply %135, %144 : tensor<8x1x16x64xf32>
    %146 = stablehlo.add %143, %145 : tensor<8x1x16x64xf32>
    %147 = stablehlo.concatenate %141, %146, dim = 3 : (tensor<8x1x16x64xf32>, tensor<8x1x16x64xf32>) -> tensor<8x1x16x128xf32>
    %148 = stablehlo.convert %147 : (tensor<8x1x16x128xf32>) -> tensor<8x1x16x128xbf16>
    %c_23 = stablehlo.constant dense<1024> : tensor<i32>
    %149 = call @remainder(%arg16, %c_23) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %150 = stablehlo.transpose %148, dims = [1, 2, 0, 3] : (tensor<8x1x16x128xbf16>) -> tensor<1x16x8x128xbf16>
    %151 = stablehlo.broadcast_in_dim %150, dims = [1, 2, 3, 4] : (tensor<1x16x8x128xbf16>) -> tensor<1x1x16x8x128xbf16>
    %c_24 = stablehlo.constant dense<0> : tensor<i32>
    %152 = stablehlo.compare LT, %14, %c_24, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %c_25 = stablehlo.constant dense<52> : tensor<i32>
    %153 = stablehlo.add %14, %c_25 : tensor<i32>
    %154 = stablehlo.select %152, %153, %14 : tensor<i1>, tensor<i32>
    %c_26 = stablehlo.constant dense<0> : tensor<i32>
    %155 = stablehlo.compare LT, %149, %c_26, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %c_27 = stablehlo.constant dense<1024> : tensor<i32>
    %156 = stablehlo.add %149, %c_27 : tensor<i32>
    %157 = stablehlo.select %155, %156, %149 : tensor<i1>, tensor<i32>
    %c_28 = stablehlo.constant dense<0> : tensor<i32>
    %c_29 = stablehlo.constant dense<0> : tensor<i32>
    %c_30 = stablehlo.constant dense<0> : tensor<i32>
    %158 = stablehlo.dynamic_update_slice %arg21, %151, %154, %157, %c_28, %c_29, %c_30 : (tensor<52x1024x16x8x128xbf16>, tensor<1x1x16x8x128xbf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<52x1024x16x8x128xbf16>
    %159 = stablehlo.transpose %35, dims = [1, 2, 0, 3] : (tensor<8x1x16x128xbf16>) -> tensor<1x16x8x128xbf16>
    %160 = stablehlo.broadcast_in_dim %159, dims = [1, 2, 3, 4] : (tensor<1x16x8x128xbf16>) -> tensor<1x1x16x8x128xbf16>
    %c_31 = stablehlo.constant dense<0> : tensor<i32>
    %161 = stablehlo.compare LT, %14, %c_31, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %c_32 = stablehlo.constant dense<52> : tensor<i32>
    %162 = stablehlo.add %14, %c_32 : tensor<i32>
    %163 = stablehlo.select %161, %162, %14 : tensor<i1>, tensor<i32>
    %c_33 = stablehlo.constant dense<0> : tensor<i32>
    %164 = stablehlo.compare LT, %149, %c_33, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %c_34 = stablehlo.constant dense<1024> : tensor<i32>
    %165 = stablehlo.add %149, %c_34 : tensor<i32>
    %166 = stablehlo.select %164, %165, %149 : tensor<i1>, tensor<i32>
    %c_35 = stablehlo.constant dense<0> : tensor<i32>
    %c_36 = stablehlo.constant dense<0> : tensor<i32>
    %c_37 = stablehlo.constant dense<0> : tensor<i32>
    %167 = stablehlo.dynamic_update_slice %arg22, %160, %163, %166, %c_35, %c_36, %c_37 : (tensor<52x1024x16x8x128xbf16>, tensor<1x1x16x8x128xbf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<52x1024x16x8x128xbf16>
    %168 = stablehlo.iota dim = 0 : tensor<1024xi32>
    %169 = stablehlo.broadcast_in_dim %arg17, dims = [] : (tensor<i32>) -> tensor<1024xi32>
    %170 = stablehlo.subtract %169, %168 : tensor<1024xi32>
    %c_38 = stablehlo.constant dense<1024> : tensor<i32>
    %171 = call @remainder_11(%170, %c_38) : (tensor<1024xi32>, tensor<i32>) -> tensor<1024xi32>
    %172 = stablehlo.broadcast_in_dim %arg17, dims = [] : (tensor<i32>) -> tensor<1024xi32>
    %173 = stablehlo.subtract %172, %171 : tensor<1024xi32>
    %c_39 = stablehlo.constant dense<0> : tensor<i32>
    %174 = stablehlo.compare LT, %14, %c_39, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %c_40 = stablehlo.constant dense<52> : tensor<i32>
    %175 = stablehlo.add %14, %c_40 : tensor<i32>
    %176 = stablehlo.select %174, %175, %14 : tensor<i1>, tensor<i32>
    %c_41 = stablehlo.constant dense<0> : tensor<i32>
    %c_42 = stablehlo.constant dense<0> : tensor<i32>
    %177 = stablehlo.compare LT, %c_41, %c_42, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %c_43 = stablehlo.constant dense<0> : tensor<i32>
    %c_44 = stablehlo.constant dense<1024> : tensor<i32>
    %178 = stablehlo.add %c_43, %c_44 : tensor<i32>
    %c_45 = stablehlo.constant dense<0> : tensor<i32>
    %179 = stablehlo.select %177, %178, %c_45 : tensor<i1>, tensor<i32>
    %c_46 = stablehlo.constant dense<0> : tensor<i32>
    %c_47 = stablehlo.constant dense<0> : tensor<i32>
    %180 = stablehlo.compare LT, %c_46, %c_47, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %c_48 = stablehlo.constant dense<0> : tensor<i32>
    %c_49 = stablehlo.constant dense<16> : tensor<i32>
    %181 = stablehlo.add %c_48, %c_49 : tensor<i32>
    %c_50 = stablehlo.constant dense<0> : tensor<i32>
    %182 = stablehlo.select %180, %181, %c_50 : tensor<i1>, tensor<i32>
    %c_51 = stablehlo.constant dense<0> : tensor<i32>
    %c_52 = stablehlo.constant dense<0> : tensor<i32>
    %183 = stablehlo.compare LT, %c_51, %c_52, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %c_53 = stablehlo.constant dense<0> : tensor<i32>
    %c_54 = stablehlo.constant dense<8> : tensor<i32>
    %184 = stablehlo.add %c_53, %c_54 : tensor<i32>
    %c_55 = stablehlo.constant dense<0> : tensor<i32>
    %185 = stablehlo.select %183, %184, %c_55 : tensor<i1>, tensor<i32>
    %c_56 = stablehlo.constant dense<0> : tensor<i32>
    %c_57 = stablehlo.constant dense<0> : tensor<i32>
    %186 = stablehlo.compare LT, %c_56, %c_57, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %c_58 = stablehlo.constant dense<0> : tensor<i32>
    %c_59 = stablehlo.constant dense<128> : tensor<i32>
    %187 = stablehlo.add %c_58, %c_59 : tensor<i32>
    %c_60 = stablehlo.constant dense<0> : tensor<i32>
    %188 = stablehlo.select %186, %187, %c_60 : tensor<i1>, tensor<i32>
    %189 = stablehlo.dynamic_slice %158, %176, %179, %182, %185, %188, sizes = [1, 1024, 16, 8, 128] : (tensor<52x1024x16x8x128xbf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x1024x16x8x128xbf16>
    %190 = stablehlo.reshape %189 : (tensor<1x1024x16x8x128xbf16>) -> tensor<1024x16x8x128xbf16>
    %c_61 = stablehlo.constant dense<0> : tensor<i32>
    %191 = stablehlo.compare LT, %14, %c_61, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %c_62 = stablehlo.constant dense<52> : tensor<i32>
    %192 = stablehlo.add %14, %c_62 : tensor<i32>
    %193 = stablehlo.select %191, %192, %14 : tensor<i1>, tensor<i32>
    %c_63 = stablehlo.constant dense<0> : tensor<i32>
    %c_64 = stablehlo.constant dense<0> : tensor<i32>
    %194 = stablehlo.compare LT, %c_63, %c_64, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %c_65 = stablehlo.constant dense<0> : tensor<i32>
    %c_66 = stablehlo.constant dense<1024> : tensor<i32>
    %195 = stablehlo.add %c_65, %c_66 : tensor<i32>
    %c_67 = stablehlo.constant dense<0> : tensor<i32>
    %196 = stablehlo.select %194, %195, %c_67 : tensor<i1>, tensor<i32>
    %c_68 = stablehlo.constant dense<0> : tensor<i32>
    %c_69 = stablehlo.constant dense<0> : tensor<i32>
    %197 = stablehlo.compare LT, %c_68, %c_69, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %c_70 = stablehlo.constant dense<0> : tensor<i32>
    %c_71 = stablehlo.constant dense<16> : tensor<i32>
    %198 = stablehlo.add %c_70, %c_71 : tensor<i32>
    %c_72 = stablehlo.constant dense<0> : tensor<i32>
    %199 = stablehlo.select %197, %198, %c_72 : tensor<i1>, tensor<i32>
    %c_73 = stablehlo.constant dense<0> : tensor<i32>
    %c_74 = stablehlo.constant dense<0> : tensor<i32>
    %200 = stablehlo.compare LT, %c_73, %c_74, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %c_75 = stablehlo.constant dense<0> : tensor<i32>
    %c_76 = stablehlo.constant dense<8> : tensor<i32>
    %201 = stablehlo.add %c_75, %c_76 : tensor<i32>
    %c_77 = stablehlo.constant dense<0> : tensor<i32>
    %202 = stablehlo.select %200, %201, %c_77 : tensor<i1>, tensor<i32>
    %c_78 = stablehlo.constant dense<0> : tensor<i32>
    %c_79 = stablehlo.constant dense<0> : tensor<i32>
    %203 = stablehlo.compare LT, %c_78, %c_79, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %c_80 = stablehlo.constant dense<0> : tensor<i32>
    %c_81 = stablehlo.constant dense<128> : tensor<i32>
    %204 = stablehlo.add %c_80, %c_81 : tensor<i32>
    %c_82 = stablehlo.constant dense<0> : tensor<i32>
    %205 = stablehlo.select %203, %204, %c_82 : tensor<i1>, tensor<i32>
    %206 = stablehlo.dynamic_slice %167, %193, %196, %199, %202, %205, sizes = [1, 1024, 16, 8, 128] : (tensor<52x1024x16x8x128xbf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x1024x16x8x128xbf16>
    %207 = stablehlo.reshape %206 : (tensor<1x1024x16x8x128xbf16>) -> tensor<1024x16x8x128xbf16>
    %208 = stablehlo.broadcast_in_dim %173, dims = [1] : (tensor<1024xi32>) -> tensor<1x1024xi32>
    %209 = stablehlo.broadcast_in_dim %arg18, dims = [0] : (tensor<8xi32>) -> tensor<8x1xi32>
    %210 = stablehlo.broadcast_in_dim %208, dims = [0, 1] : (tensor<1x1024xi32>) -> tensor<8x1024xi32>
    %211 = stablehlo.broadcast_in_dim %209, dims = [0, 1] : (tensor<8x1xi32>) -> tensor<8x1024xi32>
    %212 = stablehlo.compare GE, %210, %211, SIGNED : (tensor<8x1024xi32>, tensor<8x1024xi32>) -> tensor<8x1024xi1>
    %213 = stablehlo.broadcast_in_dim %173, dims = [1] : (tensor<1024xi32>) -> tensor<1x1024xi32>
    %c_83 = stablehlo.constant dense<-1> : tensor<i32>
    %214 = call @_where_12(%212, %213, %c_83) : (tensor<8x1024xi1>, tensor<1x1024xi32>, tensor<i32>) -> tensor<8x1024xi32>
    %215 = stablehlo.broadcast_in_dim %arg19, dims = [0, 1] : (tensor<8x1xi32>) -> tensor<8x1x1xi32>
    %216 = stablehlo.broadcast_in_dim %214, dims = [0, 2] : (tensor<8x1024xi32>) -> tensor<8x1x1024xi32>
    %217 = stablehlo.broadcast_in_dim %215, dims = [0, 1, 2] : (tensor<8x1x1xi32>) -> tensor<8x1x1024xi32>
    %218 = stablehlo.compare LE, %216, %217, SIGNED : (tensor<8x1x1024xi32>, tensor<8x1x1024xi32>) -> tensor<8x1x1024xi1>
    %c_84 = stablehlo.constant dense<0> : tensor<i32>
    %219 = stablehlo.broadcast_in_dim %c_84, dims = [] : (tensor<i32>) -> tensor<8x1x1024xi32>
    %220 = stablehlo.compare GE, %216, %219, SIGNED : (tensor<8x1x1024xi32>, tensor<8x1x1024xi32>) -> tensor<8x1x1024xi1>
    %221 = stablehlo.and %218, %220 : tensor<8x1x1024xi1>
    %222 = stablehlo.broadcast_in_dim %215, dims = [0, 1, 2] : (tensor<8x1x1xi32>) -> tensor<8x1x1024xi32>
    %223 = stablehlo.subtract %222, %216 : tensor<8x1x1024xi32>
    %c_85 = stablehlo.constant dense<1024> : tensor<i32>
    %224 = stablehlo.broadcast_in_dim %c_85, dims = [] : (tensor<i32>) -> tensor<8x1x1024xi32>
    %225 = stablehlo.compare LT, %223, %224, SIGNED : (tensor<8x1x1024xi32>, tensor<8x1x1024xi32>) -> tensor<8x1x1024xi1>
    %226 = stablehlo.and %221, %225 : tensor<8x1x1024xi1>
    %227 = stablehlo.reshape %226 : (tensor<8x1x1024xi1>) -> tensor<8x1024xi1>
    %228 = stablehlo.reshape %123 : (tensor<8x1x32x128xbf16>) -> tensor<8x16x2x128xbf16>
    %229 = stablehlo.transpose %228, dims = [1, 0, 2, 3] : (tensor<8x16x2x128xbf16>) -> tensor<16x8x2x128xbf16>
    %230 = stablehlo.convert %229 : (tensor<16x8x2x128xbf16>) -> tensor<16x8x2x128xf32>
    %231 = stablehlo.broadcast_in_dim %190, dims = [0, 1, 2, 4] : (tensor<1024x16x8x128xbf16>) -> tensor<1024x16x8x1x128xbf16>
    %232 = stablehlo.convert %231 : (tensor<1024x16x8x1x128xbf16>) -> tensor<1024x16x8x1x128xf32>
    %233 = stablehlo.broadcast_in_dim %230, dims = [1, 2, 3, 4] : (tensor<16x8x2x128xf32>) -> tensor<1x16x8x2x128xf32>
    %234 = stablehlo.broadcast_in_dim %232, dims = [0, 1, 2, 3, 4] : (tensor<1024x16x8x1x128xf32>) -> tensor<1024x16x8x2x128xf32>
    %235 = stablehlo.broadcast_in_dim %233, dims = [0, 1, 2, 3, 4] : (tensor<1x16x8x2x128xf32>) -> tensor<1024x16x8x2x128xf32>
    %236 = stablehlo.multiply %234, %235 : tensor<1024x16x8x2x128xf32>
    %cst_86 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %237 = stablehlo.reduce(%236 init: %cst_86) applies stablehlo.add across dimensions = [4] : (tensor<1024x16x8x2x128xf32>, tensor<f32>) -> tensor<1024x16x8x2xf32>
    %cst_87 = stablehlo.constant dense<0.0771516785> : tensor<f32>
    %238 = stablehlo.broadcast_in_dim %cst_87, dims = [] : (tensor<f32>) -> tensor<1024x16x8x2xf32>
    %239 = stablehlo.multiply %237, %238 : tensor<1024x16x8x2xf32>
    %240 = stablehlo.transpose %227, dims = [1, 0] : (tensor<8x1024xi1>) -> tensor<1024x8xi1>
    %241 = stablehlo.broadcast_in_dim %240, dims = [0, 2] : (tensor<1024x8xi1>) -> tensor<1024x1x8x1xi1>
    %cst_88 = stablehlo.constant dense<-2.38197633E+38> : tensor<f32>
    %242 = call @_where_13(%241, %239, %cst_88) : (tensor<1024x1x8x1xi1>, tensor<1024x16x8x2xf32>, tensor<f32>) -> tensor<1024x16x8x2xf32>
    %cst_89 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %243 = stablehlo.reduce(%242 init: %cst_89) applies stablehlo.maximum across dimensions = [0] : (tensor<1024x16x8x2xf32>, tensor<f32>) -> tensor<16x8x2xf32>
    %cst_90 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %244 = stablehlo.broadcast_in_dim %cst_90, dims = [] : (tensor<f32>) -> tensor<16x8x2xf32>
    %245 = stablehlo.maximum %244, %243 : tensor<16x8x2xf32>
    %246 = stablehlo.broadcast_in_dim %245, dims = [1, 2, 3] : (tensor<16x8x2xf32>) -> tensor<1x16x8x2xf32>
    %247 = stablehlo.broadcast_in_dim %246, dims = [0, 1, 2, 3] : (tensor<1x16x8x2xf32>) -> tensor<1024x16x8x2xf32>
    %248 = stablehlo.subtract %242, %247 : tensor<1024x16x8x2xf32>
    %249 = stablehlo.exponential %248 : tensor<1024x16x8x2xf32>
    %cst_91 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %250 = stablehlo.reduce(%249 init: %cst_91) applies stablehlo.add across dimensions = [0] : (tensor<1024x16x8x2xf32>, tensor<f32>) -> tensor<16x8x2xf32>
    %251 = stablehlo.broadcast_in_dim %250, dims = [1, 2, 3] : (tensor<16x8x2xf32>) -> tensor<1x16x8x2xf32>
    %252 = stablehlo.broadcast_in_dim %251, dims = [0, 1, 2, 3] : (tensor<1x16x8x2xf32>) -> tensor<1024x16x8x2xf32>
    %253 = stablehlo.divide %249, %252 : tensor<1024x16x8x2xf32>
    %254 = stablehlo.broadcast_in_dim %253, dims = [0, 1, 2, 3] : (tensor<1024x16x8x2xf32>) -> tensor<1024x16x8x2x1xf32>
    %255 = stablehlo.broadcast_in_dim %207, dims = [0, 1, 2, 4] : (tensor<1024x16x8x128xbf16>) -> tensor<1024x16x8x1x128xbf16>
    %256 = stablehlo.convert %255 : (tensor<1024x16x8x1x128xbf16>) -> tensor<1024x16x8x1x128xf32>
    %257 = stablehlo.broadcast_in_dim %254, dims = [0, 1, 2, 3, 4] : (tensor<1024x16x8x2x1xf32>) -> tensor<1024x16x8x2x128xf32>
    %258 = stablehlo.broadcast_in_dim %256, dims = [0, 1, 2, 3, 4] : (tensor<1024x16x8x1x128xf32>) -> tensor<1024x16x8x2x128xf32>
    %259 = stablehlo.multiply %257, %258 : tensor<1024x16x8x2x128xf32>
    %cst_92 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %260 = stablehlo.reduce(%259 init: %cst_92) applies stablehlo.add across dimensions = [0] : (tensor<1024x16x8x2x128xf32>, tensor<f32>) -> tensor<16x8x2x128xf32>
    %261 = stablehlo.transpose %260, dims = [1, 0, 2, 3] : (tensor<16x8x2x128xf32>) -> tensor<8x16x2x128xf32>
    %262 = stablehlo.reshape %261 : (tensor<8x16x2x128xf32>) -> tensor<8x1x32x128xf32>
    %263 = stablehlo.convert %262 : (tensor<8x1x32x128xf32>) -> tensor<8x1x32x128xbf16>
    %264 = stablehlo.reshape %263 : (tensor<8x1x32x128xbf16>) -> tensor<8x1x4096xbf16>
    %265 = stablehlo.reshape %5 : (tensor<32x128x5376xbf16>) -> tensor<4096x5376xbf16>
    %266 = stablehlo.dot_general %264, %265, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<8x1x4096xbf16>, tensor<4096x5376xbf16>) -> tensor<8x1x5376xbf16>
    %267 = stablehlo.convert %266 : (tensor<8x1x5376xbf16>) -> tensor<8x1x5376xf32>
    %268 = stablehlo.multiply %267, %267 : tensor<8x1x5376xf32>
    %cst_93 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %269 = stablehlo.reduce(%268 init: %cst_93) applies stablehlo.add across dimensions = [2] : (tensor<8x1x5376xf32>, tensor<f32>) -> tensor<8x1xf32>
    %270 = stablehlo.broadcast_in_dim %269, dims = [0, 1] : (tensor<8x1xf32>) -> tensor<8x1x1xf32>
    %cst_94 = stablehlo.constant dense<5.376000e+03> : tensor<f32>
    %271 = stablehlo.broadcast_in_dim %cst_94, dims = [] : (tensor<f32>) -> tensor<8x1x1xf32>
    %272 = stablehlo.divide %270, %271 : tensor<8x1x1xf32>
    %cst_95 = stablehlo.constant dense<9.99999997E-7> : tensor<f32>
    %273 = stablehlo.broadcast_in_dim %cst_95, dims = [] : (tensor<f32>) -> tensor<8x1x1xf32>
    %274 = stablehlo.add %272, %273 : tensor<8x1x1xf32>
    %275 = stablehlo.rsqrt %274 : tensor<8x1x1xf32>
    %276 = stablehlo.broadcast_in_dim %275, dims = [0, 1, 2] : (tensor<8x1x1xf32>) -> tensor<8x1x5376xf32>
    %277 = stablehlo.multiply %267, %276 : tensor<8x1x5376xf32>
    %278 = stablehlo.convert %8 : (tensor<5376xbf16>) -> tensor<5376xf32>
    %cst_96 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %279 = stablehlo.broadcast_in_dim %cst_96, dims = [] : (tensor<f32>) -> tensor<5376xf32>
    %280 = stablehlo.add %279, %278 : tensor<5376xf32>
    %281 = stablehlo.broadcast_in_dim %280, dims = [2] : (tensor<5376xf32>) -> tensor<1x1x5376xf32>
    %282 = stablehlo.broadcast_in_dim %281, dims = [0, 1, 2] : (tensor<1x1x5376xf32>) -> tensor<8x1x5376xf32>
    %283 = stablehlo.multiply %277, %282 : tensor<8x1x5376xf32>
    %284 = stablehlo.convert %283 : (tensor<8x1x5376xf32>) -> tensor<8x1x5376xbf16>
    %285 = stablehlo.add %arg20, %284 : tensor<8x1x5376xbf16>
    %286 = stablehlo.convert %285 : (tensor<8x1x5376xbf16>) -> tensor<8x1x5376xf32>
    %287 = stablehlo.multiply %286, %286 : tensor<8x1x5376xf32>
    %cst_97 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %288 = stablehlo.reduce(%287 init: %cst_97) applies stablehlo.add across dimensions = [2] : (tensor<8x1x5376xf32>, tensor<f32>) -> tensor<8x1xf32>
    %289 = stablehlo.broadcast_in_dim %288, dims = [0, 1] : (tensor<8x1xf32>) -> tensor<8x1x1xf32>
    %cst_98 = stablehlo.constant dense<5.376000e+03> : tensor<f32>
    %290 = stablehlo.broadcast_in_dim %cst_98, dims = [] : (tensor<f32>) -> tensor<8x1x1xf32>
    %291 = stablehlo.divide %289, %290 : tensor<8x1x1xf32>
    %cst_99 = stablehlo.constant dense<9.99999997E-7> : tensor<f32>
    %292 = stablehlo.broadcast_in_dim %cst_99, dims = [] : (tensor<f32>) -> tensor<8x1x1xf32>
    %293 = stablehlo.add %291, %292 : tensor<8x1x1xf32>
    %294 = stablehlo.rsqrt %293 : tensor<8x1x1xf32>
    %295 = stablehlo.broadcast_in_dim %294, dims = [0, 1, 2] : (tensor<8x1x1xf32>) -> tensor<8x1x5376xf32>
    %296 = stablehlo.multiply %286, %295 : tensor<8x1x5376xf32>
    %297 = stablehlo.convert %9 : (tensor<5376xbf16>) -> tensor<5376xf32>
    %cst_100 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %298 = stablehlo.broadcast_in_dim %cst_100, dims = [] : (tensor<f32>) -> tensor<5376xf32>
    %299 = stablehlo.add %298, %297 : tensor<5376xf32>
    %300 = stablehlo.broadcast_in_dim %299, dims = [2] : (tensor<5376xf32>) -> tensor<1x1x5376xf32>
    %301 = stablehlo.broadcast_in_dim %300, dims = [0, 1, 2] : (tensor<1x1x5376xf32>) -> tensor<8x1x5376xf32>
    %302 = stablehlo.multiply %296, %301 : tensor<8x1x5376xf32>
    %303 = stablehlo.convert %302 : (tensor<8x1x5376xf32>) -> tensor<8x1x5376xbf16>
    %304 = stablehlo.dot_general %303, %10, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<8x1x5376xbf16>, tensor<5376x21504xbf16>) -> tensor<8x1x21504xbf16>
    %305 = stablehlo.multiply %304, %304 : tensor<8x1x21504xbf16>
    %306 = stablehlo.multiply %305, %304 : tensor<8x1x21504xbf16>
    %cst_101 = stablehlo.constant dense<4.467770e-02> : tensor<bf16>
    %307 = stablehlo.broadcast_in_dim %cst_101, dims = [] : (tensor<bf16>) -> tensor<8x1x21504xbf16>
    %308 = stablehlo.multiply %307, %306 : tensor<8x1x21504xbf16>
    %309 = stablehlo.add %304, %308 : tensor<8x1x21504xbf16>
    %cst_102 = stablehlo.constant dense<7.968750e-01> : tensor<bf16>
    %310 = stablehlo.broadcast_in_dim %cst_102, dims = [] : (tensor<bf16>) -> tensor<8x1x21504xbf16>
    %311 = stablehlo.multiply %310, %309 : tensor<8x1x21504xbf16>
    %312 = stablehlo.tanh %311 : tensor<8x1x21504xbf16>
    %cst_103 = stablehlo.constant dense<1.000000e+00> : tensor<bf16>
    %313 = stablehlo.broadcast_in_dim %cst_103, dims = [] : (tensor<bf16>) -> tensor<8x1x21504xbf16>
    %314 = stablehlo.add %313, %312 : tensor<8x1x21504xbf16>
    %cst_104 = stablehlo.constant dense<5.000000e-01> : tensor<bf16>
    %315 = stablehlo.broadcast_in_dim %cst_104, dims = [] : (tensor<bf16>) -> tensor<8x1x21504xbf16>
    %316 = stablehlo.multiply %315, %314 : tensor<8x1x21504xbf16>
    %317 = stablehlo.multiply %304, %316 : tensor<8x1x21504xbf16>
    %318 = stablehlo.dot_general %303, %11, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<8x1x5376xbf16>, tensor<5376x21504xbf16>) -> tensor<8x1x21504xbf16>
    %319 = stablehlo.multiply %317, %318 : tensor<8x1x21504xbf16>
    %320 = stablehlo.dot_general %319, %12, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<8x1x21504xbf16>, tensor<21504x5376xbf16>) -> tensor<8x1x5376xbf16>
    %321 = stablehlo.convert %320 : (tensor<8x1x5376xbf16>) -> tensor<8x1x5376xf32>
    %322 = stablehlo.multiply %321, %321 : tensor<8x1x5376xf32>
    %cst_105 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %323 = stablehlo.reduce(%322 init: %cst_105) applies stablehlo.add across dimensions = [2] : (tensor<8x1x5376xf32>, tensor<f32>) -> tensor<8x1xf32>
    %324 = stablehlo.broadcast_in_dim %323, dims = [0, 1] : (tensor<8x1xf32>) -> tensor<8x1x1xf32>
    %cst_106 = stablehlo.constant dense<5.376000e+03> : tensor<f32>
    %325 = stablehlo.broadcast_in_dim %cst_106, dims = [] : (tensor<f32>) -> tensor<8x1x1xf32>
    %326 = stablehlo.divide %324, %325 : tensor<8x1x1xf32>
    %cst_107 = stablehlo.constant dense<9.99999997E-7> : tensor<f32>
    %327 = stablehlo.broadcast_in_dim %cst_107, dims = [] : (tensor<f32>) -> tensor<8x1x1xf32>
    %328 = stablehlo.add %326, %327 : tensor<8x1x1xf32>
    %329 = stablehlo.rsqrt %328 : tensor<8x1x1xf32>
    %330 = stablehlo.broadcast_in_dim %329, dims = [0, 1, 2] : (tensor<8x1x1xf32>) -> tensor<8x1x5376xf32>
    %331 = stablehlo.multiply %321, %330 : tensor<8x1x5376xf32>
    %332 = stablehlo.convert %13 : (tensor<5376xbf16>) -> tensor<5376xf32>
    %cst_108 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %333 = stablehlo.broadcast_in_dim %cst_108, dims = [] : (tensor<f32>) -> tensor<5376xf32>
    %334 = stablehlo.add %333, %332 : tensor<5376xf32>
    %335 = stablehlo.broadcast_in_dim %334, dims = [2] : (tensor<5376xf32>) -> tensor<1x1x5376xf32>
    %336 = stablehlo.broadcast_in_dim %335, dims = [0, 1, 2] : (tensor<1x1x5376xf32>) -> tensor<8x1x5376xf32>
    %337 = stablehlo.multiply %331, %336 : tensor<8x1x5376xf32>
    %338 = stablehlo.convert %337 : (tensor<8x1x5376xf32>) -> tensor<8x1x5376xbf16>
    %339 = stablehlo.add %285, %338 : tensor<8x1x5376xbf16>
    return %339, %158, %167 : tensor<8x1x5376xbf16>, tensor<52x1024x16x8x128xbf16>, tensor<52x1024x16x8x128xbf16>
  }
  func.func private @dynamic_index_in_dim_2(%arg0: tensor<62x5376xbf16>, %arg1: tensor<i32>) -> tensor<5376xbf16> {
    %c = stablehlo.constant dense<0> : tensor<i32>
    %0 = stablehlo.compare LT, %arg1, %c, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %c_0 = stablehlo.constant dense<62> : tensor<i32>
    %1 = stablehlo.add %arg1, %c_0 : tensor<i32>
    %2 = stablehlo.select %0, %1, %arg1 : tensor<i1>, tensor<i32>
    %c_1 = stablehlo.constant dense<0> : tensor<i32>
    %3 = stablehlo.dynamic_slice %arg0, %2, %c_1, sizes = [1, 5376] : (tensor<62x5376xbf16>, tensor<i32>, tensor<i32>) -> tensor<1x5376xbf16>
    %4 = stablehlo.reshape %3 : (tensor<1x5376xbf16>) -> tensor<5376xbf16>
    return %4 : tensor<5376xbf16>
  }
  func.func private @dynamic_index_in_dim_3(%arg0: tensor<62x32x5376x128xbf16>, %arg1: tensor<i32>) -> tensor<32x5376x128xbf16> {
    %c = stablehlo.constant dense<0> : tensor<i32>
    %0 = stablehlo.compare LT, %arg1, %c, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %c_0 = stablehlo.constant dense<62> : tensor<i32>
    %1 = stablehlo.add %arg1, %c_0 : tensor<i32>
    %2 = stablehlo.select %0, %1, %arg1 : tensor<i1>, tensor<i32>
    %c_1 = stablehlo.constant dense<0> : tensor<i32>
    %c_2 = stablehlo.constant dense<0> : tensor<i32>
    %c_3 = stablehlo.constant dense<0> : tensor<i32>
    %3 = stablehlo.dynamic_slice %arg0, %2, %c_1, %c_2, %c_3, sizes = [1, 32, 5376, 128] : (tensor<62x32x5376x128xbf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x32x5376x128xbf16>
    %4 = stablehlo.reshape %3 : (tensor<1x32x5376x128xbf16>) -> tensor<32x5376x128xbf16>
    return %4 : tensor<32x5376x128xbf16>
  }
  func.func private @dynamic_index_in_dim_4(%arg0: tensor<62x16x5376x128xbf16>, %arg1: tensor<i32>) -> tensor<16x5376x128xbf16> {
    %c = stablehlo.constant dense<0> : tensor<i32>
    %0 = stablehlo.compare LT, %arg1, %c, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %c_0 = stablehlo.constant dense<62> : tensor<i32>
    %1 = stablehlo.add %arg1, %c_0 : tensor<i32>
    %2 = stablehlo.select %0, %1, %arg1 : tensor<i1>, tensor<i32>
    %c_1 = stablehlo.constant dense<0> : tensor<i32>
    %c_2 = stablehlo.constant dense<0> : tensor<i32>
    %c_3 = stablehlo.constant dense<0> : tensor<i32>
    %3 = stablehlo.dynamic_slice %arg0, %2, %c_1, %c_2, %c_3, sizes = [1, 16, 5376, 128] : (tensor<62x16x5376x128xbf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x16x5376x128xbf16>
    %4 = stablehlo.reshape %3 : (tensor<1x16x5376x128xbf16>) -> tensor<16x5376x128xbf16>
    return %4 : tensor<16x5376x128xbf16>
  }
  func.func private @dynamic_index_in_dim_5(%arg0: tensor<62x32x128x5376xbf16>, %arg1: tensor<i32>) -> tensor<32x128x5376xbf16> {
    %c = stablehlo.constant dense<0> : tensor<i32>
    %0 = stablehlo.compare LT, %arg1, %c, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %c_0 = stablehlo.constant dense<62> : tensor<i32>
    %1 = stablehlo.add %arg1, %c_0 : tensor<i32>
    %2 = stablehlo.select %0, %1, %arg1 : tensor<i1>, tensor<i32>
    %c_1 = stablehlo.constant dense<0> : tensor<i32>
    %c_2 = stablehlo.constant dense<0> : tensor<i32>
    %c_3 = stablehlo.constant dense<0> : tensor<i32>
    %3 = stablehlo.dynamic_slice %arg0, %2, %c_1, %c_2, %c_3, sizes = [1, 32, 128, 5376] : (tensor<62x32x128x5376xbf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x32x128x5376xbf16>
    %4 = stablehlo.reshape %3 : (tensor<1x32x128x5376xbf16>) -> tensor<32x128x5376xbf16>
    return %4 : tensor<32x128x5376xbf16>
  }
  func.func private @dynamic_index_in_dim_6(%arg0: tensor<62x128xbf16>, %arg1: tensor<i32>) -> tensor<128xbf16> {
    %c = stablehlo.constant dense<0> : tensor<i32>
    %0 = stablehlo.compare LT, %arg1, %c, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %c_0 = stablehlo.constant dense<62> : tensor<i32>
    %1 = stablehlo.add %arg1, %c_0 : tensor<i32>
    %2 = stablehlo.select %0, %1, %arg1 : tensor<i1>, tensor<i32>
    %c_1 = stablehlo.constant dense<0> : tensor<i32>
    %3 = stablehlo.dynamic_slice %arg0, %2, %c_1, sizes = [1, 128] : (tensor<62x128xbf16>, tensor<i32>, tensor<i32>) -> tensor<1x128xbf16>
    %4 = stablehlo.reshape %3 : (tensor<1x128xbf16>) -> tensor<128xbf16>
    return %4 : tensor<128xbf16>
  }
  func.func private @dynamic_index_in_dim_7(%arg0: tensor<62x5376x21504xbf16>, %arg1: tensor<i32>) -> tensor<5376x21504xbf16> {
    %c = stablehlo.constant dense<0> : tensor<i32>
    %0 = stablehlo.compare LT, %arg1, %c, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %c_0 = stablehlo.constant dense<62> : tensor<i32>
    %1 = stablehlo.add %arg1, %c_0 : tensor<i32>
    %2 = stablehlo.select %0, %1, %arg1 : tensor<i1>, tensor<i32>
    %c_1 = stablehlo.constant dense<0> : tensor<i32>
    %c_2 = stablehlo.constant dense<0> : tensor<i32>
    %3 = stablehlo.dynamic_slice %arg0, %2, %c_1, %c_2, sizes = [1, 5376, 21504] : (tensor<62x5376x21504xbf16>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x5376x21504xbf16>
    %4 = stablehlo.reshape %3 : (tensor<1x5376x21504xbf16>) -> tensor<5376x21504xbf16>
    return %4 : tensor<5376x21504xbf16>
  }
  func.func private @dynamic_index_in_dim_8(%arg0: tensor<62x21504x5376xbf16>, %arg1: tensor<i32>) -> tensor<21504x5376xbf16> {
    %c = stablehlo.constant dense<0> : tensor<i32>
    %0 = stablehlo.compare LT, %arg1, %c, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %c_0 = stablehlo.constant dense<62> : tensor<i32>
    %1 = stablehlo.add %arg1, %c_0 : tensor<i32>
    %2 = stablehlo.select %0, %1, %arg1 : tensor<i1>, tensor<i32>
    %c_1 = stablehlo.constant dense<0> : tensor<i32>
    %c_2 = stablehlo.constant dense<0> : tensor<i32>
    %3 = stablehlo.dynamic_slice %arg0, %2, %c_1, %c_2, sizes = [1, 21504, 5376] : (tensor<62x21504x5376xbf16>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x21504x5376xbf16>
    %4 = stablehlo.reshape %3 : (tensor<1x21504x5376xbf16>) -> tensor<21504x5376xbf16>
    return %4 : tensor<21504x5376xbf16>
  }
  func.func private @_where_9(%arg0: tensor<i1>, %arg1: tensor<64xf32>, %arg2: tensor<64xf32>) -> tensor<64xf32> {
    %0 = stablehlo.select %arg0, %arg1, %arg2 : tensor<i1>, tensor<64xf32>
    return %0 : tensor<64xf32>
  }
  func.func private @remainder(%arg0: tensor<i32>, %arg1: tensor<i32>) -> tensor<i32> {
    %0 = stablehlo.convert %arg1 : tensor<i32>
    %c = stablehlo.constant dense<0> : tensor<i32>
    %1 = stablehlo.compare EQ, %0, %c, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %c_0 = stablehlo.constant dense<1> : tensor<i32>
    %2 = call @_where_10(%1, %c_0, %0) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %3 = stablehlo.remainder %arg0, %2 : tensor<i32>
    %c_1 = stablehlo.constant dense<0> : tensor<i32>
    %4 = stablehlo.compare NE, %3, %c_1, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %c_2 = stablehlo.constant dense<0> : tensor<i32>
    %5 = stablehlo.compare LT, %3, %c_2, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %c_3 = stablehlo.constant dense<0> : tensor<i32>
    %6 = stablehlo.compare LT, %2, %c_3, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %7 = stablehlo.compare NE, %5, %6, UNSIGNED : (tensor<i1>, tensor<i1>) -> tensor<i1>
    %8 = stablehlo.and %7, %4 : tensor<i1>
    %9 = stablehlo.add %3, %2 : tensor<i32>
    %10 = stablehlo.select %8, %9, %3 : tensor<i1>, tensor<i32>
    return %10 : tensor<i32>
  }
  func.func private @_where_10(%arg0: tensor<i1>, %arg1: tensor<i32>, %arg2: tensor<i32>) -> tensor<i32> {
    %0 = stablehlo.select %arg0, %arg1, %arg2 : tensor<i1>, tensor<i32>
    return %0 : tensor<i32>
  }
  func.func private @remainder_11(%arg0: tensor<1024xi32>, %arg1: tensor<i32>) -> tensor<1024xi32> {
    %0 = stablehlo.convert %arg1 : tensor<i32>
    %c = stablehlo.constant dense<0> : tensor<i32>
    %1 = stablehlo.compare EQ, %0, %c, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %c_0 = stablehlo.constant dense<1> : tensor<i32>
    %2 = call @_where_10(%1, %c_0, %0) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %3 = stablehlo.broadcast_in_dim %2, dims = [] : (tensor<i32>) -> tensor<1024xi32>
    %4 = stablehlo.remainder %arg0, %3 : tensor<1024xi32>
    %c_1 = stablehlo.constant dense<0> : tensor<i32>
    %5 = stablehlo.broadcast_in_dim %c_1, dims = [] : (tensor<i32>) -> tensor<1024xi32>
    %6 = stablehlo.compare NE, %4, %5, SIGNED : (tensor<1024xi32>, tensor<1024xi32>) -> tensor<1024xi1>
    %c_2 = stablehlo.constant dense<0> : tensor<i32>
    %7 = stablehlo.broadcast_in_dim %c_2, dims = [] : (tensor<i32>) -> tensor<1024xi32>
    %8 = stablehlo.compare LT, %4, %7, SIGNED : (tensor<1024xi32>, tensor<1024xi32>) -> tensor<1024xi1>
    %c_3 = stablehlo.constant dense<0> : tensor<i32>
    %9 = stablehlo.compare LT, %2, %c_3, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %10 = stablehlo.broadcast_in_dim %9, dims = [] : (tensor<i1>) -> tensor<1024xi1>
    %11 = stablehlo.compare NE, %8, %10, UNSIGNED : (tensor<1024xi1>, tensor<1024xi1>) -> tensor<1024xi1>
    %12 = stablehlo.and %11, %6 : tensor<1024xi1>
    %13 = stablehlo.broadcast_in_dim %2, dims = [] : (tensor<i32>) -> tensor<1024xi32>
    %14 = stablehlo.add %4, %13 : tensor<1024xi32>
    %15 = stablehlo.select %12, %14, %4 : tensor<1024xi1>, tensor<1024xi32>
    return %15 : tensor<1024xi32>
  }
  func.func private @_where_12(%arg0: tensor<8x1024xi1>, %arg1: tensor<1x1024xi32>, %arg2: tensor<i32>) -> tensor<8x1024xi32> {
    %0 = stablehlo.convert %arg2 : tensor<i32>
    %1 = stablehlo.broadcast_in_dim %arg1, dims = [0, 1] : (tensor<1x1024xi32>) -> tensor<8x1024xi32>
    %2 = stablehlo.broadcast_in_dim %0, dims = [] : (tensor<i32>) -> tensor<8x1024xi32>
    %3 = stablehlo.select %arg0, %1, %2 : tensor<8x1024xi1>, tensor<8x1024xi32>
    return %3 : tensor<8x1024xi32>
  }
  func.func private @_where_13(%arg0: tensor<1024x1x8x1xi1>, %arg1: tensor<1024x16x8x2xf32>, %arg2: tensor<f32>) -> tensor<1024x16x8x2xf32> {
    %0 = stablehlo.convert %arg2 : tensor<f32>
    %1 = stablehlo.broadcast_in_dim %arg0, dims = [0, 1, 2, 3] : (tensor<1024x1x8x1xi1>) -> tensor<1024x16x8x2xi1>
    %2 = stablehlo.broadcast_in_dim %0, dims = [] : (tensor<f32>) -> tensor<1024x16x8x2xf32>
    %3 = stablehlo.select %1, %arg1, %2 : tensor<1024x16x8x2xi1>, tensor<1024x16x8x2xf32>
    return %3 : tensor<1024x16x8x2xf32>
  }
  func.func private @_where_14(%arg0: tensor<8x32768xi1>, %arg1: tensor<1x32768xi32>, %arg2: tensor<i32>) -> tensor<8x32768xi32> {
    %0 = stablehlo.convert %arg2 : tensor<i32>
    %1 = stablehlo.broadcast_in_dim %arg1, dims = [0, 1] : (tensor<1x32768xi32>) -> tensor<8x32768xi32>
    %2 = stablehlo.broadcast_in_dim %0, dims = [] : (tensor<i32>) -> tensor<8x32768xi32>
    %3 = stablehlo.select %arg0, %1, %2 : tensor<8x32768xi1>, tensor<8x32768xi32>
    return %3 : tensor<8x32768xi32>
  }
  func.func private @_where_15(%arg0: tensor<32768x1x8x1xi1>, %arg1: tensor<32768x16x8x2xf32>, %arg2: tensor<f32>) -> tensor<32768x16x8x2xf32> {
    %0 = stablehlo.convert %arg2 : tensor<f32>
    %1 = stablehlo.broadcast_in_dim %arg0, dims = [0, 1, 2, 3] : (tensor<32768x1x8x1xi1>) -> tensor<32768x16x8x2xi1>
    %2 = stablehlo.broadcast_in_dim %0, dims = [] : (tensor<f32>) -> tensor<32768x16x8x2xf32>
    %3 = stablehlo.select %1, %arg1, %2 : tensor<32768x16x8x2xi1>, tensor<32768x16x8x2xf32>
    return %3 : tensor<32768x16x8x2xf32>
  }
  func.func private @dynamic_index_in_dim_16(%arg0: tensor<2xi32>, %arg1: tensor<i32>) -> tensor<i32> {
    %0 = stablehlo.dynamic_slice %arg0, %arg1, sizes = [1] : (tensor<2xi32>, tensor<i32>) -> tensor<1xi32>
    %1 = stablehlo.reshape %0 : (tensor<1xi32>) -> tensor<i32>
    return %1 : tensor<i32>
  }
  func.func private @closed_call_17(%arg0: tensor<62x5376xbf16>, %arg1: tensor<62x32x5376x128xbf16>, %arg2: tensor<62x16x5376x128xbf16>, %arg3: tensor<62x16x5376x128xbf16>, %arg4: tensor<62x32x128x5376xbf16>, %arg5: tensor<62x128xbf16>, %arg6: tensor<62x128xbf16>, %arg7: tensor<62x5376xbf16>, %arg8: tensor<62x5376xbf16>, %arg9: tensor<62x5376x21504xbf16>, %arg10: tensor<62x5376x21504xbf16>, %arg11: tensor<62x21504x5376xbf16>, %arg12: tensor<62x5376xbf16>, %arg13: tensor<8x1xi32>, %arg14: tensor<i32>, %arg15: tensor<i32>, %arg16: tensor<8xi32>, %arg17: tensor<8x1xi32>, %arg18: tensor<8x1x5376xbf16>, %arg19: tensor<52x1024x16x8x128xbf16>, %arg20: tensor<52x1024x16x8x128xbf16>, %arg21: tensor<i32>) -> (tensor<8x1x5376xbf16>, tensor<52x1024x16x8x128xbf16>, tensor<52x1024x16x8x128xbf16>) {
    %c = stablehlo.constant dense<60> : tensor<i32>
    %0 = stablehlo.add %c, %arg21 : tensor<i32>
    %1 = call @dynamic_index_in_dim_2(%arg0, %0) : (tensor<62x5376xbf16>, tensor<i32>) -> tensor<5376xbf16>
    %2 = call @dynamic_index_in_dim_3(%arg1, %0) : (tensor<62x32x5376x128xbf16>, tensor<i32>) -> tensor<32x5376x128xbf16>
    %3 = call @dynamic_index_in_dim_4(%arg2, %0) : (tensor<62x16x5376x128xbf16>, tensor<i32>) -> tensor<16x5376x128xbf16>
    %4 = call @dynamic_index_in_dim_4(%arg3, %0) : (tensor<62x16x5376x128xbf16>, tensor<i32>) -> tensor<16x5376x128xbf16>
    %5 = call @dynamic_index_in_dim_5(%arg4, %0) : (tensor<62x32x128x5376xbf16>, tensor<i32>) -> tensor<32x128x5376xbf16>
    %6 = call @dynamic_index_in_dim_6(%arg5, %0) : (tensor<62x128xbf16>, tensor<i32>) -> tensor<128xbf16>
    %7 = call @dynamic_index_in_dim_6(%arg6, %0) : (tensor<62x128xbf16>, tensor<i32>) -> tensor<128xbf16>
    %8 = call @dynamic_index_in_dim_2(%arg7, %0) : (tensor<62x5376xbf16>, tensor<i32>) -> tensor<5376xbf16>
    %9 = call @dynamic_index_in_dim_2(%arg8, %0) : (tensor<62x5376xbf16>, tensor<i32>) -> tensor<5376xbf16>
    %10 = call @dynamic_index_in_dim_7(%arg9, %0) : (tensor<62x5376x21504xbf16>, tensor<i32>) -> tensor<5376x21504xbf16>
    %11 = call @dynamic_index_in_dim_7(%arg10, %0) : (tensor<62x5376x21504xbf16>, tensor<i32>) -> tensor<5376x21504xbf16>
    %12 = call @dynamic_index_in_dim_8(%arg11, %0) : (tensor<62x21504x5376xbf16>, tensor<i32>) -> tensor<21504x5376xbf16>
    %13 = call @dynamic_index_in_dim_2(%arg12, %0) : (tensor<62x5376xbf16>, tensor<i32>) -> tensor<5376xbf16>
    %c_0 = stablehlo.constant dense<50> : tensor<i32>
    %14 = stablehlo.add %c_0, %arg21 : tensor<i32>
    %15 = stablehlo.convert %arg18 : (tensor<8x1x5376xbf16>) -> tensor<8x1x5376xf32>
    %16 = stablehlo.multiply %15, %15 : tensor<8x1x5376xf32>
    %cst = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %17 = stablehlo.reduce(%16 init: %cst) applies stablehlo.add across dimensions = [2] : (tensor<8x1x5376xf32>, tensor<f32>) -> tensor<8x1xf32>
    %18 = stablehlo.broadcast_in_dim %17, dims = [0, 1] : (tensor<8x1xf32>) -> tensor<8x1x1xf32>
    %cst_1 = stablehlo.constant dense<5.376000e+03> : tensor<f32>
    %19 = stablehlo.broadcast_in_dim %cst_1, dims = [] : (tensor<f32>) -> tensor<8x1x1xf32>
    %20 = stablehlo.divide %18, %19 : tensor<8x1x1xf32>
    %cst_2 = stablehlo.constant dense<9.99999997E-7> : tensor<f32>
    %21 = stablehlo.broadcast_in_dim %cst_2, dims = [] : (tensor<f32>) -> tensor<8x1x1xf32>
    %22 = stablehlo.add %20, %21 : tensor<8x1x1xf32>
    %23 = stablehlo.rsqrt %22 : tensor<8x1x1xf32>
    %24 = stablehlo.broadcast_in_dim %23, dims = [0, 1, 2] : (tensor<8x1x1xf32>) -> tensor<8x1x5376xf32>
    %25 = stablehlo.multiply %15, %24 : tensor<8x1x5376xf32>
    %26 = stablehlo.convert %1 : (tensor<5376xbf16>) -> tensor<5376xf32>
    %cst_3 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %27 = stablehlo.broadcast_in_dim %cst_3, dims = [] : (tensor<f32>) -> tensor<5376xf32>
    %28 = stablehlo.add %27, %26 : tensor<5376xf32>
    %29 = stablehlo.broadcast_in_dim %28, dims = [2] : (tensor<5376xf32>) -> tensor<1x1x5376xf32>
    %30 = stablehlo.broadcast_in_dim %29, dims = [0, 1, 2] : (tensor<1x1x5376xf32>) -> tensor<8x1x5376xf32>
    %31 = stablehlo.multiply %25, %30 : tensor<8x1x5376xf32>
    %32 = stablehlo.convert %31 : (tensor<8x1x5376xf32>) -> tensor<8x1x5376xbf16>
    %33 = stablehlo.dot_general %32, %2, contracting_dims = [2] x [1], precision = [DEFAULT, DEFAULT] : (tensor<8x1x5376xbf16>, tensor<32x5376x128xbf16>) -> tensor<8x1x32x128xbf16>
    %34 = stablehlo.dot_general %32, %3, contracting_dims = [2] x [1], precision = [DEFAULT, DEFAULT] : (tensor<8x1x5376xbf16>, tensor<16x5376x128xbf16>) -> tensor<8x1x16x128xbf16>
    %35 = stablehlo.dot_general %32, %4, contracting_dims = [2] x [1], precision = [DEFAULT, DEFAULT] : (tensor<8x1x5376xbf16>, tensor<16x5376x128xbf16>) -> tensor<8x1x16x128xbf16>
    %36 = stablehlo.convert %33 : (tensor<8x1x32x128xbf16>) -> tensor<8x1x32x128xf32>
    %37 = stablehlo.multiply %36, %36 : tensor<8x1x32x128xf32>
    %cst_4 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %38 = stablehlo.reduce(%37 init: %cst_4) applies stablehlo.add across dimensions = [3] : (tensor<8x1x32x128xf32>, tensor<f32>) -> tensor<8x1x32xf32>
    %39 = stablehlo.broadcast_in_dim %38, dims = [0, 1, 2] : (tensor<8x1x32xf32>) -> tensor<8x1x32x1xf32>
    %cst_5 = stablehlo.constant dense<1.280000e+02> : tensor<f32>
    %40 = stablehlo.broadcast_in_dim %cst_5, dims = [] : (tensor<f32>) -> tensor<8x1x32x1xf32>
    %41 = stablehlo.divide %39, %40 : tensor<8x1x32x1xf32>
    %cst_6 = stablehlo.constant dense<9.99999997E-7> : tensor<f32>
    %42 = stablehlo.broadcast_in_dim %cst_6, dims = [] : (tensor<f32>) -> tensor<8x1x32x1xf32>
    %43 = stablehlo.add %41, %42 : tensor<8x1x32x1xf32>
    %44 = stablehlo.rsqrt %43 : tensor<8x1x32x1xf32>
    %45 = stablehlo.broadcast_in_dim %44, dims = [0, 1, 2, 3] : (tensor<8x1x32x1xf32>) -> tensor<8x1x32x128xf32>
    %46 = stablehlo.multiply %36, %45 : tensor<8x1x32x128xf32>
    %47 = stablehlo.convert %6 : (tensor<128xbf16>) -> tensor<128xf32>
    %cst_7 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %48 = stablehlo.broadcast_in_dim %cst_7, dims = [] : (tensor<f32>) -> tensor<128xf32>
    %49 = stablehlo.add %48, %47 : tensor<128xf32>
    %50 = stablehlo.broadcast_in_dim %49, dims = [3] : (tensor<128xf32>) -> tensor<1x1x1x128xf32>
    %51 = stablehlo.broadcast_in_dim %50, dims = [0, 1, 2, 3] : (tensor<1x1x1x128xf32>) -> tensor<8x1x32x128xf32>
    %52 = stablehlo.multiply %46, %51 : tensor<8x1x32x128xf32>
    %53 = stablehlo.convert %52 : (tensor<8x1x32x128xf32>) -> tensor<8x1x32x128xbf16>
    %54 = stablehlo.convert %34 : (tensor<8x1x16x128xbf16>) -> tensor<8x1x16x128xf32>
    %55 = stablehlo.multiply %54, %54 : tensor<8x1x16x128xf32>
    %cst_8 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %56 = stablehlo.reduce(%55 init: %cst_8) applies stablehlo.add across dimensions = [3] : (tensor<8x1x16x128xf32>, tensor<f32>) -> tensor<8x1x16xf32>
    %57 = stablehlo.broadcast_in_dim %56, dims = [0, 1, 2] : (tensor<8x1x16xf32>) -> tensor<8x1x16x1xf32>
    %cst_9 = stablehlo.constant dense<1.280000e+02> : tensor<f32>
    %58 = stablehlo.broadcast_in_dim %cst_9, dims = [] : (tensor<f32>) -> tensor<8x1x16x1xf32>
    %59 = stablehlo.divide %57, %58 : tensor<8x1x16x1xf32>
    %cst_10 = stablehlo.constant dense<9.99999997E-7> : tensor<f32>
    %60 = stablehlo.broadcast_in_dim %cst_10, dims = [] : (tensor<f32>) -> tensor<8x1x16x1xf32>
    %61 = stablehlo.add %59, %60 : tensor<8x1x16x1xf32>
    %62 = stablehlo.rsqrt %61 : tensor<8x1x16x1xf32>
    %63 = stablehlo.broadcast_in_dim %62, dims = [0, 1, 2, 3] : (tensor<8x1x16x1xf32>) -> tensor<8x1x16x128xf32>
    %64 = stablehlo.multiply %54, %63 : tensor<8x1x16x128xf32>
    %65 = stablehlo.convert %7 : (tensor<128xbf16>) -> tensor<128xf32>
    %cst_11 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %66 = stablehlo.broadcast_in_dim %cst_11, dims = [] : (tensor<f32>) -> tensor<128xf32>
    %67 = stablehlo.add %66, %65 : tensor<128xf32>
    %68 = stablehlo.broadcast_in_dim %67, dims = [3] : (tensor<128xf32>) -> tensor<1x1x1x128xf32>
    %69 = stablehlo.broadcast_in_dim %68, dims = [0, 1, 2, 3] : (tensor<1x1x1x128xf32>) -> tensor<8x1x16x128xf32>
    %70 = stablehlo.multiply %64, %69 : tensor<8x1x16x128xf32>
    %71 = stablehlo.convert %70 : (tensor<8x1x16x128xf32>) -> tensor<8x1x16x128xbf16>
    %72 = stablehlo.iota dim = 0 : tensor<64xf32>
    %cst_12 = stablehlo.constant dense<2.000000e+00> : tensor<f32>
    %73 = stablehlo.broadcast_in_dim %cst_12, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %74 = stablehlo.multiply %73, %72 : tensor<64xf32>
    %cst_13 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %75 = stablehlo.broadcast_in_dim %cst_13, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %76 = stablehlo.add %75, %74 : tensor<64xf32>
    %cst_14 = stablehlo.constant dense<1.280000e+02> : tensor<f32>
    %77 = stablehlo.broadcast_in_dim %cst_14, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %78 = stablehlo.divide %76, %77 : tensor<64xf32>
    %cst_15 = stablehlo.constant dense<1.000000e+04> : tensor<f32>
    %79 = stablehlo.broadcast_in_dim %cst_15, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %80 = stablehlo.power %79, %78 : tensor<64xf32>
    %cst_16 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %81 = stablehlo.broadcast_in_dim %cst_16, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %82 = stablehlo.divide %81, %80 : tensor<64xf32>
    %cst_17 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %83 = stablehlo.broadcast_in_dim %cst_17, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %84 = stablehlo.divide %82, %83 : tensor<64xf32>
    %85 = stablehlo.iota dim = 0 : tensor<64xf32>
    %cst_18 = stablehlo.constant dense<2.000000e+00> : tensor<f32>
    %86 = stablehlo.broadcast_in_dim %cst_18, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %87 = stablehlo.multiply %86, %85 : tensor<64xf32>
    %cst_19 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %88 = stablehlo.broadcast_in_dim %cst_19, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %89 = stablehlo.add %88, %87 : tensor<64xf32>
    %cst_20 = stablehlo.constant dense<1.280000e+02> : tensor<f32>
    %90 = stablehlo.broadcast_in_dim %cst_20, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %91 = stablehlo.divide %89, %90 : tensor<64xf32>
    %cst_21 = stablehlo.constant dense<1.000000e+06> : tensor<f32>
    %92 = stablehlo.broadcast_in_dim %cst_21, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %93 = stablehlo.power %92, %91 : tensor<64xf32>
    %cst_22 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %94 = stablehlo.broadcast_in_dim %cst_22, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %95 = stablehlo.divide %94, %93 : tensor<64xf32>
    %cst_23 = stablehlo.constant dense<8.000000e+00> : tensor<f32>
    %96 = stablehlo.broadcast_in_dim %cst_23, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %97 = stablehlo.divide %95, %96 : tensor<64xf32>
    %c_24 = stablehlo.constant dense<false> : tensor<i1>
    %98 = call @_where_9(%c_24, %97, %84) : (tensor<i1>, tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %99 = stablehlo.convert %arg13 : (tensor<8x1xi32>) -> tensor<8x1xf32>
    %100 = stablehlo.broadcast_in_dim %99, dims = [0, 1] : (tensor<8x1xf32>) -> tensor<8x1x1xf32>
    %101 = stablehlo.broadcast_in_dim %98, dims = [2] : (tensor<64xf32>) -> tensor<1x1x64xf32>
    %102 = stablehlo.broadcast_in_dim %100, dims = [0, 1, 2] : (tensor<8x1x1xf32>) -> tensor<8x1x64xf32>
    %103 = stablehlo.broadcast_in_dim %101, dims = [0, 1, 2] : (tensor<1x1x64xf32>) -> tensor<8x1x64xf32>
    %104 = stablehlo.multiply %102, %103 : tensor<8x1x64xf32>
    %105 = stablehlo.sine %104 : tensor<8x1x64xf32>
    %106 = stablehlo.broadcast_in_dim %105, dims = [0, 1, 3] : (tensor<8x1x64xf32>) -> tensor<8x1x1x64xf32>
    %107 = stablehlo.cosine %104 : tensor<8x1x64xf32>
    %108 = stablehlo.broadcast_in_dim %107, dims = [0, 1, 3] : (tensor<8x1x64xf32>) -> tensor<8x1x1x64xf32>
    %109 = stablehlo.convert %53 : (tensor<8x1x32x128xbf16>) -> tensor<8x1x32x128xf32>
    %110 = stablehlo.slice %109 [0:8, 0:1, 0:32, 0:64] : (tensor<8x1x32x128xf32>) -> tensor<8x1x32x64xf32>
    %111 = stablehlo.slice %109 [0:8, 0:1, 0:32, 64:128] : (tensor<8x1x32x128xf32>) -> tensor<8x1x32x64xf32>
    %112 = stablehlo.broadcast_in_dim %108, dims = [0, 1, 2, 3] : (tensor<8x1x1x64xf32>) -> tensor<8x1x32x64xf32>
    %113 = stablehlo.multiply %110, %112 : tensor<8x1x32x64xf32>
    %114 = stablehlo.broadcast_in_dim %106, dims = [0, 1, 2, 3] : (tensor<8x1x1x64xf32>) -> tensor<8x1x32x64xf32>
    %115 = stablehlo.multiply %111, %114 : tensor<8x1x32x64xf32>
    %116 = stablehlo.subtract %113, %115 : tensor<8x1x32x64xf32>
    %117 = stablehlo.broadcast_in_dim %108, dims = [0, 1, 2, 3] : (tensor<8x1x1x64xf32>) -> tensor<8x1x32x64xf32>
    %118 = stablehlo.multiply %111, %117 : tensor<8x1x32x64xf32>
    %119 = stablehlo.broadcast_in_dim %106, dims = [0, 1, 2, 3] : (tensor<8x1x1x64xf32>) -> tensor<8x1x32x64xf32>
    %120 = stablehlo.multiply %110, %119 : tensor<8x1x32x64xf32>
    %121 = stablehlo.add %118, %120 : tensor<8x1x32x64xf32>
    %122 = stablehlo.concatenate %116, %121, dim = 3 : (tensor<8x1x32x64xf32>, tensor<8x1x32x64xf32>) -> tensor<8x1x32x128xf32>
    %123 = stablehlo.convert %122 : (tensor<8x1x32x128xf32>) -> tensor<8x1x32x128xbf16>
    %124 = stablehlo.convert %arg13 : (tensor<8x1xi32>) -> tensor<8x1xf32>
    %125 = stablehlo.broadcast_in_dim %124, dims = [0, 1] : (tensor<8x1xf32>) -> tensor<8x1x1xf32>
    %126 = stablehlo.broadcast_in_dim %98, dims = [2] : (tensor<64xf32>) -> tensor<1x1x64xf32>
    %127 = stablehlo.broadcast_in_dim %125, dims = [0, 1, 2] : (tensor<8x1x1xf32>) -> tensor<8x1x64xf32>
    %128 = stablehlo.broadcast_in_dim %126, dims = [0, 1, 2] : (tensor<1x1x64xf32>) -> tensor<8x1x64xf32>
    %129 = stablehlo.multiply %127, %128 : tensor<8x1x64xf32>
    %130 = stablehlo.sine %129 : tensor<8x1x64xf32>
    %131 = stablehlo.broadcast_in_dim %130, dims = [0, 1, 3] : (tensor<8x1x64xf32>) -> tensor<8x1x1x64xf32>
    %132 = stablehlo.cosine %129 : tensor<8x1x64xf32>
    %133 = stablehlo.broadcast_in_dim %132, dims = [0, 1, 3] : (tensor<8x1x64xf32>) -> tensor<8x1x1x64xf32>
    %134 = stablehlo.convert %71 : (tensor<8x1x16x128xbf16>) -> tensor<8x1x16x128xf32>
    %135 = stablehlo.slice %134 [0:8, 0:1, 0:16, 0:64] : (tensor<8x1x16x128xf32>) -> tensor<8x1x16x64xf32>
    %136 = stablehlo.slice %134 [0:8, 0:1, 0:16, 64:128] : (tensor<8x1x16x128xf32>) -> tensor<8x1x16x64xf32>
    %137 = stablehlo.broadcast_in_dim %133, dims = [0, 1, 2, 3] : (tensor<8x1x1x64xf32>) -> tensor<8x1x16x64xf32>
    %138 = stablehlo.multiply %135, %137 : tensor<8x1x16x64xf32>
    %139 = stablehlo.broadcast_in_dim %131, dims = [0, 1, 2, 3] : (tensor<8x1x1x64xf32>) -> tensor<8x1x16x64xf32>
    %140 = stablehlo.multiply %136, %139 : tensor<8x1x16x64xf32>
    %141 = stablehlo.subtract %138, %140 : tensor<8x1x16x64xf32>
    %142 = stablehlo.broadcast_in_dim %133, dims = [0, 1, 2, 3] : (tensor<8x1x1x64xf32>) -> tensor<8x1x16x64xf32>
    %143 = stablehlo.multiply %136, %142 : tensor<8x1x16x64xf32>
    %144 = stablehlo.broadcast_in_dim %131, dims = [0, 1, 2, 3] : (tensor<8x1x1x64xf32>) -> tensor<8x1x16x64xf32>
    %145 = stablehlo.multiply %135, %144 : tensor<8x1x16x64xf32>
    %146 = stablehlo.add %143, %145 : tensor<8x1x16x64xf32>
    %147 = stablehlo.concatenate %141, %146, dim = 3 : (tensor<8x1x16x64xf32>, tensor<8x1x16x64xf32>) -> tensor<8x1x16x128xf32>
    %148 = stablehlo.convert %147 : (tensor<8x1x16x128xf32>) -> tensor<8x1x16x128xbf16>
    %c_25 = stablehlo.constant dense<1024> : tensor<i32>
    %149 = call @remainder(%arg14, %c_25) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %150 = stablehlo.transpose %148, dims = [1, 2, 0, 3] : (tensor<8x1x16x128xbf16>) -> tensor<1x16x8x128xbf16>
    %151 = stablehlo.broadcast_in_dim %150, dims = [1, 2, 3, 4] : (tensor<1x16x8x128xbf16>) -> tensor<1x1x16x8x128xbf16>
    %c_26 = stablehlo.constant dense<0> : tensor<i32>
    %152 = stablehlo.compare LT, %14, %c_26, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %c_27 = stablehlo.constant dense<52> : tensor<i32>
    %153 = stablehlo.add %14, %c_27 : tensor<i32>
    %154 = stablehlo.select %152, %153, %14 : tensor<i1>, tensor<i32>
    %c_28 = stablehlo.constant dense<0> : tensor<i32>
    %155 = stablehlo.compare LT, %149, %c_28, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %c_29 = stablehlo.constant dense<1024> : tensor<i32>
    %156 = stablehlo.add %149, %c_29 : tensor<i32>
    %157 = stablehlo.select %155, %156, %149 : tensor<i1>, tensor<i32>
    %c_30 = stablehlo.constant dense<0> : tensor<i32>
    %c_31 = stablehlo.constant dense<0> : tensor<i32>
    %c_32 = stablehlo.constant dense<0> : tensor<i32>
    %158 = stablehlo.dynamic_update_slice %arg19, %151, %154, %157, %c_30, %c_31, %c_32 : (tensor<52x1024x16x8x128xbf16>, tensor<1x1x16x8x128xbf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<52x1024x16x8x128xbf16>
    %159 = stablehlo.transpose %35, dims = [1, 2, 0, 3] : (tensor<8x1x16x128xbf16>) -> tensor<1x16x8x128xbf16>
    %160 = stablehlo.broadcast_in_dim %159, dims = [1, 2, 3, 4] : (tensor<1x16x8x128xbf16>) -> tensor<1x1x16x8x128xbf16>
    %c_33 = stablehlo.constant dense<0> : tensor<i32>
    %161 = stablehlo.compare LT, %14, %c_33, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %c_34 = stablehlo.constant dense<52> : tensor<i32>
    %162 = stablehlo.add %14, %c_34 : tensor<i32>
    %163 = stablehlo.select %161, %162, %14 : tensor<i1>, tensor<i32>
    %c_35 = stablehlo.constant dense<0> : tensor<i32>
    %164 = stablehlo.compare LT, %149, %c_35, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %c_36 = stablehlo.constant dense<1024> : tensor<i32>
    %165 = stablehlo.add %149, %c_36 : tensor<i32>
    %166 = stablehlo.select %164, %165, %149 : tensor<i1>, tensor<i32>
    %c_37 = stablehlo.constant dense<0> : tensor<i32>
    %c_38 = stablehlo.constant dense<0> : tensor<i32>
    %c_39 = stablehlo.constant dense<0> : tensor<i32>
    %167 = stablehlo.dynamic_update_slice %arg20, %160, %163, %166, %c_37, %c_38, %c_39 : (tensor<52x1024x16x8x128xbf16>, tensor<1x1x16x8x128xbf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<52x1024x16x8x128xbf16>
    %168 = stablehlo.iota dim = 0 : tensor<1024xi32>
    %169 = stablehlo.broadcast_in_dim %arg15, dims = [] : (tensor<i32>) -> tensor<1024xi32>
    %170 = stablehlo.subtract %169, %168 : tensor<1024xi32>
    %c_40 = stablehlo.constant dense<1024> : tensor<i32>
    %171 = call @remainder_11(%170, %c_40) : (tensor<1024xi32>, tensor<i32>) -> tensor<1024xi32>
    %172 = stablehlo.broadcast_in_dim %arg15, dims = [] : (tensor<i32>) -> tensor<1024xi32>
    %173 = stablehlo.subtract %172, %171 : tensor<1024xi32>
    %c_41 = stablehlo.constant dense<0> : tensor<i32>
    %174 = stablehlo.compare LT, %14, %c_41, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %c_42 = stablehlo.constant dense<52> : tensor<i32>
    %175 = stablehlo.add %14, %c_42 : tensor<i32>
    %176 = stablehlo.select %174, %175, %14 : tensor<i1>, tensor<i32>
    %c_43 = stablehlo.constant dense<0> : tensor<i32>
    %c_44 = stablehlo.constant dense<0> : tensor<i32>
    %177 = stablehlo.compare LT, %c_43, %c_44, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %c_45 = stablehlo.constant dense<0> : tensor<i32>
    %c_46 = stablehlo.constant dense<1024> : tensor<i32>
    %178 = stablehlo.add %c_45, %c_46 : tensor<i32>
    %c_47 = stablehlo.constant dense<0> : tensor<i32>
    %179 = stablehlo.select %177, %178, %c_47 : tensor<i1>, tensor<i32>
    %c_48 = stablehlo.constant dense<0> : tensor<i32>
    %c_49 = stablehlo.constant dense<0> : tensor<i32>
    %180 = stablehlo.compare LT, %c_48, %c_49, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %c_50 = stablehlo.constant dense<0> : tensor<i32>
    %c_51 = stablehlo.constant dense<16> : tensor<i32>
    %181 = stablehlo.add %c_50, %c_51 : tensor<i32>
    %c_52 = stablehlo.constant dense<0> : tensor<i32>
    %182 = stablehlo.select %180, %181, %c_52 : tensor<i1>, tensor<i32>
    %c_53 = stablehlo.constant dense<0> : tensor<i32>
    %c_54 = stablehlo.constant dense<0> : tensor<i32>
    %183 = stablehlo.compare LT, %c_53, %c_54, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %c_55 = stablehlo.constant dense<0> : tensor<i32>
    %c_56 = stablehlo.constant dense<8> : tensor<i32>
    %184 = stablehlo.add %c_55, %c_56 : tensor<i32>
    %c_57 = stablehlo.constant dense<0> : tensor<i32>
    %185 = stablehlo.select %183, %184, %c_57 : tensor<i1>, tensor<i32>
    %c_58 = stablehlo.constant dense<0> : tensor<i32>
    %c_59 = stablehlo.constant dense<0> : tensor<i32>
    %186 = stablehlo.compare LT, %c_58, %c_59, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %c_60 = stablehlo.constant dense<0> : tensor<i32>
    %c_61 = stablehlo.constant dense<128> : tensor<i32>
    %187 = stablehlo.add %c_60, %c_61 : tensor<i32>
    %c_62 = stablehlo.constant dense<0> : tensor<i32>
    %188 = stablehlo.select %186, %187, %c_62 : tensor<i1>, tensor<i32>
    %189 = stablehlo.dynamic_slice %158, %176, %179, %182, %185, %188, sizes = [1, 1024, 16, 8, 128] : (tensor<52x1024x16x8x128xbf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x1024x16x8x128xbf16>
    %190 = stablehlo.reshape %189 : (tensor<1x1024x16x8x128xbf16>) -> tensor<1024x16x8x128xbf16>
    %c_63 = stablehlo.constant dense<0> : tensor<i32>
    %191 = stablehlo.compare LT, %14, %c_63, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %c_64 = stablehlo.constant dense<52> : tensor<i32>
    %192 = stablehlo.add %14, %c_64 : tensor<i32>
    %193 = stablehlo.select %191, %192, %14 : tensor<i1>, tensor<i32>
    %c_65 = stablehlo.constant dense<0> : tensor<i32>
    %c_66 = stablehlo.constant dense<0> : tensor<i32>
    %194 = stablehlo.compare LT, %c_65, %c_66, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %c_67 = stablehlo.constant dense<0> : tensor<i32>
    %c_68 = stablehlo.constant dense<1024> : tensor<i32>
    %195 = stablehlo.add %c_67, %c_68 : tensor<i32>
    %c_69 = stablehlo.constant dense<0> : tensor<i32>
    %196 = stablehlo.select %194, %195, %c_69 : tensor<i1>, tensor<i32>
    %c_70 = stablehlo.constant dense<0> : tensor<i32>
    %c_71 = stablehlo.constant dense<0> : tensor<i32>
    %197 = stablehlo.compare LT, %c_70, %c_71, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %c_72 = stablehlo.constant dense<0> : tensor<i32>
    %c_73 = stablehlo.constant dense<16> : tensor<i32>
    %198 = stablehlo.add %c_72, %c_73 : tensor<i32>
    %c_74 = stablehlo.constant dense<0> : tensor<i32>
    %199 = stablehlo.select %197, %198, %c_74 : tensor<i1>, tensor<i32>
    %c_75 = stablehlo.constant dense<0> : tensor<i32>
    %c_76 = stablehlo.constant dense<0> : tensor<i32>
    %200 = stablehlo.compare LT, %c_75, %c_76, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %c_77 = stablehlo.constant dense<0> : tensor<i32>
    %c_78 = stablehlo.constant dense<8> : tensor<i32>
    %201 = stablehlo.add %c_77, %c_78 : tensor<i32>
    %c_79 = stablehlo.constant dense<0> : tensor<i32>
    %202 = stablehlo.select %200, %201, %c_79 : tensor<i1>, tensor<i32>
    %c_80 = stablehlo.constant dense<0> : tensor<i32>
    %c_81 = stablehlo.constant dense<0> : tensor<i32>
    %203 = stablehlo.compare LT, %c_80, %c_81, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %c_82 = stablehlo.constant dense<0> : tensor<i32>
    %c_83 = stablehlo.constant dense<128> : tensor<i32>
    %204 = stablehlo.add %c_82, %c_83 : tensor<i32>
    %c_84 = stablehlo.constant dense<0> : tensor<i32>
    %205 = stablehlo.select %203, %204, %c_84 : tensor<i1>, tensor<i32>
    %206 = stablehlo.dynamic_slice %167, %193, %196, %199, %202, %205, sizes = [1, 1024, 16, 8, 128] : (tensor<52x1024x16x8x128xbf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x1024x16x8x128xbf16>
    %207 = stablehlo.reshape %206 : (tensor<1x1024x16x8x128xbf16>) -> tensor<1024x16x8x128xbf16>
    %208 = stablehlo.broadcast_in_dim %173, dims = [1] : (tensor<1024xi32>) -> tensor<1x1024xi32>
    %209 = stablehlo.broadcast_in_dim %arg16, dims = [0] : (tensor<8xi32>) -> tensor<8x1xi32>
    %210 = stablehlo.broadcast_in_dim %208, dims = [0, 1] : (tensor<1x1024xi32>) -> tensor<8x1024xi32>
    %211 = stablehlo.broadcast_in_dim %209, dims = [0, 1] : (tensor<8x1xi32>) -> tensor<8x1024xi32>
    %212 = stablehlo.compare GE, %210, %211, SIGNED : (tensor<8x1024xi32>, tensor<8x1024xi32>) -> tensor<8x1024xi1>
    %213 = stablehlo.broadcast_in_dim %173, dims = [1] : (tensor<1024xi32>) -> tensor<1x1024xi32>
    %c_85 = stablehlo.constant dense<-1> : tensor<i32>
    %214 = call @_where_12(%212, %213, %c_85) : (tensor<8x1024xi1>, tensor<1x1024xi32>, tensor<i32>) -> tensor<8x1024xi32>
    %215 = stablehlo.broadcast_in_dim %arg17, dims = [0, 1] : (tensor<8x1xi32>) -> tensor<8x1x1xi32>
    %216 = stablehlo.broadcast_in_dim %214, dims = [0, 2] : (tensor<8x1024xi32>) -> tensor<8x1x1024xi32>
    %217 = stablehlo.broadcast_in_dim %215, dims = [0, 1, 2] : (tensor<8x1x1xi32>) -> tensor<8x1x1024xi32>
    %218 = stablehlo.compare LE, %216, %217, SIGNED : (tensor<8x1x1024xi32>, tensor<8x1x1024xi32>) -> tensor<8x1x1024xi1>
    %c_86 = stablehlo.constant dense<0> : tensor<i32>
    %219 = stablehlo.broadcast_in_dim %c_86, dims = [] : (tensor<i32>) -> tensor<8x1x1024xi32>
    %220 = stablehlo.compare GE, %216, %219, SIGNED : (tensor<8x1x1024xi32>, tensor<8x1x1024xi32>) -> tensor<8x1x1024xi1>
    %221 = stablehlo.and %218, %220 : tensor<8x1x1024xi1>
    %222 = stablehlo.broadcast_in_dim %215, dims = [0, 1, 2] : (tensor<8x1x1xi32>) -> tensor<8x1x1024xi32>
    %223 = stablehlo.subtract %222, %216 : tensor<8x1x1024xi32>
    %c_87 = stablehlo.constant dense<1024> : tensor<i32>
    %224 = stablehlo.broadcast_in_dim %c_87, dims = [] : (tensor<i32>) -> tensor<8x1x1024xi32>
    %225 = stablehlo.compare LT, %223, %224, SIGNED : (tensor<8x1x1024xi32>, tensor<8x1x1024xi32>) -> tensor<8x1x1024xi1>
    %226 = stablehlo.and %221, %225 : tensor<8x1x1024xi1>
    %227 = stablehlo.reshape %226 : (tensor<8x1x1024xi1>) -> tensor<8x1024xi1>
    %228 = stablehlo.reshape %123 : (tensor<8x1x32x128xbf16>) -> tensor<8x16x2x128xbf16>
    %229 = stablehlo.transpose %228, dims = [1, 0, 2, 3] : (tensor<8x16x2x128xbf16>) -> tensor<16x8x2x128xbf16>
    %230 = stablehlo.convert %229 : (tensor<16x8x2x128xbf16>) -> tensor<16x8x2x128xf32>
    %231 = stablehlo.broadcast_in_dim %190, dims = [0, 1, 2, 4] : (tensor<1024x16x8x128xbf16>) -> tensor<1024x16x8x1x128xbf16>
    %232 = stablehlo.convert %231 : (tensor<1024x16x8x1x128xbf16>) -> tensor<1024x16x8x1x128xf32>
    %233 = stablehlo.broadcast_in_dim %230, dims = [1, 2, 3, 4] : (tensor<16x8x2x128xf32>) -> tensor<1x16x8x2x128xf32>
    %234 = stablehlo.broadcast_in_dim %232, dims = [0, 1, 2, 3, 4] : (tensor<1024x16x8x1x128xf32>) -> tensor<1024x16x8x2x128xf32>
    %235 = stablehlo.broadcast_in_dim %233, dims = [0, 1, 2, 3, 4] : (tensor<1x16x8x2x128xf32>) -> tensor<1024x16x8x2x128xf32>
    %236 = stablehlo.multiply %234, %235 : tensor<1024x16x8x2x128xf32>
    %cst_88 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %237 = stablehlo.reduce(%236 init: %cst_88) applies stablehlo.add across dimensions = [4] : (tensor<1024x16x8x2x128xf32>, tensor<f32>) -> tensor<1024x16x8x2xf32>
    %cst_89 = stablehlo.constant dense<0.0771516785> : tensor<f32>
    %238 = stablehlo.broadcast_in_dim %cst_89, dims = [] : (tensor<f32>) -> tensor<1024x16x8x2xf32>
    %239 = stablehlo.multiply %237, %238 : tensor<1024x16x8x2xf32>
    %240 = stablehlo.transpose %227, dims = [1, 0] : (tensor<8x1024xi1>) -> tensor<1024x8xi1>
    %241 = stablehlo.broadcast_in_dim %240, dims = [0, 2] : (tensor<1024x8xi1>) -> tensor<1024x1x8x1xi1>
    %cst_90 = stablehlo.constant dense<-2.38197633E+38> : tensor<f32>
    %242 = call @_where_13(%241, %239, %cst_90) : (tensor<1024x1x8x1xi1>, tensor<1024x16x8x2xf32>, tensor<f32>) -> tensor<1024x16x8x2xf32>
    %cst_91 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %243 = stablehlo.reduce(%242 init: %cst_91) applies stablehlo.maximum across dimensions = [0] : (tensor<1024x16x8x2xf32>, tensor<f32>) -> tensor<16x8x2xf32>
    %cst_92 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %244 = stablehlo.broadcast_in_dim %cst_92, dims = [] : (tensor<f32>) -> tensor<16x8x2xf32>
    %245 = stablehlo.maximum %244, %243 : tensor<16x8x2xf32>
    %246 = stablehlo.broadcast_in_dim %245, dims = [1, 2, 3] : (tensor<16x8x2xf32>) -> tensor<1x16x8x2xf32>
    %247 = stablehlo.broadcast_in_dim %246, dims = [0, 1, 2, 3] : (tensor<1x16x8x2xf32>) -> tensor<1024x16x8x2xf32>
    %248 = stablehlo.subtract %242, %247 : tensor<1024x16x8x2xf32>
    %249 = stablehlo.exponential %248 : tensor<1024x16x8x2xf32>
    %cst_93 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %250 = stablehlo.reduce(%249 init: %cst_93) applies stablehlo.add across dimensions = [0] : (tensor<1024x16x8x2xf32>, tensor<f32>) -> tensor<16x8x2xf32>
    %251 = stablehlo.broadcast_in_dim %250, dims = [1, 2, 3] : (tensor<16x8x2xf32>) -> tensor<1x16x8x2xf32>
    %252 = stablehlo.broadcast_in_dim %251, dims = [0, 1, 2, 3] : (tensor<1x16x8x2xf32>) -> tensor<1024x16x8x2xf32>
    %253 = stablehlo.divide %249, %252 : tensor<1024x16x8x2xf32>
    %254 = stablehlo.broadcast_in_dim %253, dims = [0, 1, 2, 3] : (tensor<1024x16x8x2xf32>) -> tensor<1024x16x8x2x1xf32>
    %255 = stablehlo.broadcast_in_dim %207, dims = [0, 1, 2, 4] : (tensor<1024x16x8x128xbf16>) -> tensor<1024x16x8x1x128xbf16>
    %256 = stablehlo.convert %255 : (tensor<1024x16x8x1x128xbf16>) -> tensor<1024x16x8x1x128xf32>
    %257 = stablehlo.broadcast_in_dim %254, dims = [0, 1, 2, 3, 4] : (tensor<1024x16x8x2x1xf32>) -> tensor<1024x16x8x2x128xf32>
    %258 = stablehlo.broadcast_in_dim %256, dims = [0, 1, 2, 3, 4] : (tensor<1024x16x8x1x128xf32>) -> tensor<1024x16x8x2x128xf32>
    %259 = stablehlo.multiply %257, %258 : tensor<1024x16x8x2x128xf32>
    %cst_94 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %260 = stablehlo.reduce(%259 init: %cst_94) applies stablehlo.add across dimensions = [0] : (tensor<1024x16x8x2x128xf32>, tensor<f32>) -> tensor<16x8x2x128xf32>
    %261 = stablehlo.transpose %260, dims = [1, 0, 2, 3] : (tensor<16x8x2x128xf32>) -> tensor<8x16x2x128xf32>
    %262 = stablehlo.reshape %261 : (tensor<8x16x2x128xf32>) -> tensor<8x1x32x128xf32>
    %263 = stablehlo.convert %262 : (tensor<8x1x32x128xf32>) -> tensor<8x1x32x128xbf16>
    %264 = stablehlo.reshape %263 : (tensor<8x1x32x128xbf16>) -> tensor<8x1x4096xbf16>
    %265 = stablehlo.reshape %5 : (tensor<32x128x5376xbf16>) -> tensor<4096x5376xbf16>
    %266 = stablehlo.dot_general %264, %265, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<8x1x4096xbf16>, tensor<4096x5376xbf16>) -> tensor<8x1x5376xbf16>
    %267 = stablehlo.convert %266 : (tensor<8x1x5376xbf16>) -> tensor<8x1x5376xf32>
    %268 = stablehlo.multiply %267, %267 : tensor<8x1x5376xf32>
    %cst_95 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %269 = stablehlo.reduce(%268 init: %cst_95) applies stablehlo.add across dimensions = [2] : (tensor<8x1x5376xf32>, tensor<f32>) -> tensor<8x1xf32>
    %270 = stablehlo.broadcast_in_dim %269, dims = [0, 1] : (tensor<8x1xf32>) -> tensor<8x1x1xf32>
    %cst_96 = stablehlo.constant dense<5.376000e+03> : tensor<f32>
    %271 = stablehlo.broadcast_in_dim %cst_96, dims = [] : (tensor<f32>) -> tensor<8x1x1xf32>
    %272 = stablehlo.divide %270, %271 : tensor<8x1x1xf32>
    %cst_97 = stablehlo.constant dense<9.99999997E-7> : tensor<f32>
    %273 = stablehlo.broadcast_in_dim %cst_97, dims = [] : (tensor<f32>) -> tensor<8x1x1xf32>
    %274 = stablehlo.add %272, %273 : tensor<8x1x1xf32>
    %275 = stablehlo.rsqrt %274 : tensor<8x1x1xf32>
    %276 = stablehlo.broadcast_in_dim %275, dims = [0, 1, 2] : (tensor<8x1x1xf32>) -> tensor<8x1x5376xf32>
    %277 = stablehlo.multiply %267, %276 : tensor<8x1x5376xf32>
    %278 = stablehlo.convert %8 : (tensor<5376xbf16>) -> tensor<5376xf32>
    %cst_98 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %279 = stablehlo.broadcast_in_dim %cst_98, dims = [] : (tensor<f32>) -> tensor<5376xf32>
    %280 = stablehlo.add %279, %278 : tensor<5376xf32>
    %281 = stablehlo.broadcast_in_dim %280, dims = [2] : (tensor<5376xf32>) -> tensor<1x1x5376xf32>
    %282 = stablehlo.broadcast_in_dim %281, dims = [0, 1, 2] : (tensor<1x1x5376xf32>) -> tensor<8x1x5376xf32>
    %283 = stablehlo.multiply %277, %282 : tensor<8x1x5376xf32>
    %284 = stablehlo.convert %283 : (tensor<8x1x5376xf32>) -> tensor<8x1x5376xbf16>
    %285 = stablehlo.add %arg18, %284 : tensor<8x1x5376xbf16>
    %286 = stablehlo.convert %285 : (tensor<8x1x5376xbf16>) -> tensor<8x1x5376xf32>
    %287 = stablehlo.multiply %286, %286 : tensor<8x1x5376xf32>
    %cst_99 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %288 = stablehlo.reduce(%287 init: %cst_99) applies stablehlo.add across dimensions = [2] : (tensor<8x1x5376xf32>, tensor<f32>) -> tensor<8x1xf32>
    %289 = stablehlo.broadcast_in_dim %288, dims = [0, 1] : (tensor<8x1xf32>) -> tensor<8x1x1xf32>
    %cst_100 = stablehlo.constant dense<5.376000e+03> : tensor<f32>
    %290 = stablehlo.broadcast_in_dim %cst_100, dims = [] : (tensor<f32>) -> tensor<8x1x1xf32>
    %291 = stablehlo.divide %289, %290 : tensor<8x1x1xf32>
    %cst_101 = stablehlo.constant dense<9.99999997E-7> : tensor<f32>
    %292 = stablehlo.broadcast_in_dim %cst_101, dims = [] : (tensor<f32>) -> tensor<8x1x1xf32>
    %293 = stablehlo.add %291, %292 : tensor<8x1x1xf32>
    %294 = stablehlo.rsqrt %293 : tensor<8x1x1xf32>
    %295 = stablehlo.broadcast_in_dim %294, dims = [0, 1, 2] : (tensor<8x1x1xf32>) -> tensor<8x1x5376xf32>
    %296 = stablehlo.multiply %286, %295 : tensor<8x1x5376xf32>
    %297 = stablehlo.convert %9 : (tensor<5376xbf16>) -> tensor<5376xf32>
    %cst_102 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %298 = stablehlo.broadcast_in_dim %cst_102, dims = [] : (tensor<f32>) -> tensor<5376xf32>
    %299 = stablehlo.add %298, %297 : tensor<5376xf32>
    %300 = stablehlo.broadcast_in_dim %299, dims = [2] : (tensor<5376xf32>) -> tensor<1x1x5376xf32>
    %301 = stablehlo.broadcast_in_dim %300, dims = [0, 1, 2] : (tensor<1x1x5376xf32>) -> tensor<8x1x5376xf32>
    %302 = stablehlo.multiply %296, %301 : tensor<8x1x5376xf32>
    %303 = stablehlo.convert %302 : (tensor<8x1x5376xf32>) -> tensor<8x1x5376xbf16>
    %304 = stablehlo.dot_general %303, %10, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<8x1x5376xbf16>, tensor<5376x21504xbf16>) -> tensor<8x1x21504xbf16>
    %305 = stablehlo.multiply %304, %304 : tensor<8x1x21504xbf16>
    %306 = stablehlo.multiply %305, %304 : tensor<8x1x21504xbf16>
    %cst_103 = stablehlo.constant dense<4.467770e-02> : tensor<bf16>
    %307 = stablehlo.broadcast_in_dim %cst_103, dims = [] : (tensor<bf16>) -> tensor<8x1x21504xbf16>
    %308 = stablehlo.multiply %307, %306 : tensor<8x1x21504xbf16>
    %309 = stablehlo.add %304, %308 : tensor<8x1x21504xbf16>
    %cst_104 = stablehlo.constant dense<7.968750e-01> : tensor<bf16>
    %310 = stablehlo.broadcast_in_dim %cst_104, dims = [] : (tensor<bf16>) -> tensor<8x1x21504xbf16>
    %311 = stablehlo.multiply %310, %309 : tensor<8x1x21504xbf16>
    %312 = stablehlo.tanh %311 : tensor<8x1x21504xbf16>
    %cst_105 = stablehlo.constant dense<1.000000e+00> : tensor<bf16>
    %313 = stablehlo.broadcast_in_dim %cst_105, dims = [] : (tensor<bf16>) -> tensor<8x1x21504xbf16>
    %314 = stablehlo.add %313, %312 : tensor<8x1x21504xbf16>
    %cst_106 = stablehlo.constant dense<5.000000e-01> : tensor<bf16>
    %315 = stablehlo.broadcast_in_dim %cst_106, dims = [] : (tensor<bf16>) -> tensor<8x1x21504xbf16>
    %316 = stablehlo.multiply %315, %314 : tensor<8x1x21504xbf16>
    %317 = stablehlo.multiply %304, %316 : tensor<8x1x21504xbf16>
    %318 = stablehlo.dot_general %303, %11, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<8x1x5376xbf16>, tensor<5376x21504xbf16>) -> tensor<8x1x21504xbf16>
    %319 = stablehlo.multiply %317, %318 : tensor<8x1x21504xbf16>
    %320 = stablehlo.dot_general %319, %12, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<8x1x21504xbf16>, tensor<21504x5376xbf16>) -> tensor<8x1x5376xbf16>
    %321 = stablehlo.convert %320 : (tensor<8x1x5376xbf16>) -> tensor<8x1x5376xf32>
    %322 = stablehlo.multiply %321, %321 : tensor<8x1x5376xf32>
    %cst_107 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %323 = stablehlo.reduce(%322 init: %cst_107) applies stablehlo.add across dimensions = [2] : (tensor<8x1x5376xf32>, tensor<f32>) -> tensor<8x1xf32>
    %324 = stablehlo.broadcast_in_dim %323, dims = [0, 1] : (tensor<8x1xf32>) -> tensor<8x1x1xf32>
    %cst_108 = stablehlo.constant dense<5.376000e+03> : tensor<f32>
    %325 = stablehlo.broadcast_in_dim %cst_108, dims = [] : (tensor<f32>) -> tensor<8x1x1xf32>
    %326 = stablehlo.divide %324, %325 : tensor<8x1x1xf32>
    %cst_109 = stablehlo.constant dense<9.99999997E-7> : tensor<f32>
    %327 = stablehlo.broadcast_in_dim %cst_109, dims = [] : (tensor<f32>) -> tensor<8x1x1xf32>
    %328 = stablehlo.add %326, %327 : tensor<8x1x1xf32>
    %329 = stablehlo.rsqrt %328 : tensor<8x1x1xf32>
    %330 = stablehlo.broadcast_in_dim %329, dims = [0, 1, 2] : (tensor<8x1x1xf32>) -> tensor<8x1x5376xf32>
    %331 = stablehlo.multiply %321, %330 : tensor<8x1x5376xf32>
    %332 = stablehlo.convert %13 : (tensor<5376xbf16>) -> tensor<5376xf32>
    %cst_110 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %333 = stablehlo.broadcast_in_dim %cst_110, dims = [] : (tensor<f32>) -> tensor<5376xf32>
    %334 = stablehlo.add %333, %332 : tensor<5376xf32>
    %335 = stablehlo.broadcast_in_dim %334, dims = [2] : (tensor<5376xf32>) -> tensor<1x1x5376xf32>
    %336 = stablehlo.broadcast_in_dim %335, dims = [0, 1, 2] : (tensor<1x1x5376xf32>) -> tensor<8x1x5376xf32>
    %337 = stablehlo.multiply %331, %336 : tensor<8x1x5376xf32>
    %338 = stablehlo.convert %337 : (tensor<8x1x5376xf32>) -> tensor<8x1x5376xbf16>
    %339 = stablehlo.add %285, %338 : tensor<8x1x5376xbf16>
    return %339, %158, %167 : tensor<8x1x5376xbf16>, tensor<52x1024x16x8x128xbf16>, tensor<52x1024x16x8x128xbf16>
  }
  func.func private @_where_18(%arg0: tensor<i1>, %arg1: tensor<8x262144xf32>, %arg2: tensor<f32>) -> tensor<8x262144xf32> {
    %0 = stablehlo.convert %arg2 : tensor<f32>
    %1 = stablehlo.broadcast_in_dim %0, dims = [] : (tensor<f32>) -> tensor<8x262144xf32>
    %2 = stablehlo.select %arg0, %arg1, %1 : tensor<i1>, tensor<8x262144xf32>
    return %2 : tensor<8x262144xf32>
  }
}
