// gemma3 27b v5e-8 prefill seq=2048: StableHLO from jax, no locations
// row: {"topology": "v5e-8", "workload": "prefill", "options": {"seq": 2048}}
// jax 0.10.2, jaxlib 0.10.2, libtpu 0.0.42.1
// regenerate: python -m gemma3.hlo dump --workload prefill; compare: python -m gemma3.hlo diff prefill.stablehlo.mlir current
module @jit_step attributes {mhlo.num_partitions = 8 : i32, mhlo.num_replicas = 1 : i32} {
  sdy.mesh @mesh = <["data"=1, "fsdp"=1, "tensor"=8]> {stablehlo.mesh = {axes = [{name = "data", size = 1 : i64}, {name = "fsdp", size = 1 : i64}, {name = "tensor", size = 8 : i64}]}}
  func.func public @main(%arg0: tensor<262208x5376xbf16> {sdy.sharding = #sdy.sharding<@mesh, [{"tensor"}, {}]>}, %arg1: tensor<62x5376xbf16> {sdy.sharding = #sdy.sharding<@mesh, [{}, {}]>}, %arg2: tensor<62x32x5376x128xbf16> {sdy.sharding = #sdy.sharding<@mesh, [{}, {"tensor"}, {}, {}]>}, %arg3: tensor<62x16x5376x128xbf16> {sdy.sharding = #sdy.sharding<@mesh, [{}, {"tensor"}, {}, {}]>}, %arg4: tensor<62x16x5376x128xbf16> {sdy.sharding = #sdy.sharding<@mesh, [{}, {"tensor"}, {}, {}]>}, %arg5: tensor<62x32x128x5376xbf16> {sdy.sharding = #sdy.sharding<@mesh, [{}, {"tensor"}, {}, {}]>}, %arg6: tensor<62x128xbf16> {sdy.sharding = #sdy.sharding<@mesh, [{}, {}]>}, %arg7: tensor<62x128xbf16> {sdy.sharding = #sdy.sharding<@mesh, [{}, {}]>}, %arg8: tensor<62x5376xbf16> {sdy.sharding = #sdy.sharding<@mesh, [{}, {}]>}, %arg9: tensor<62x5376xbf16> {sdy.sharding = #sdy.sharding<@mesh, [{}, {}]>}, %arg10: tensor<62x5376x21504xbf16> {sdy.sharding = #sdy.sharding<@mesh, [{}, {}, {"tensor"}]>}, %arg11: tensor<62x5376x21504xbf16> {sdy.sharding = #sdy.sharding<@mesh, [{}, {}, {"tensor"}]>}, %arg12: tensor<62x21504x5376xbf16> {sdy.sharding = #sdy.sharding<@mesh, [{}, {"tensor"}, {}]>}, %arg13: tensor<62x5376xbf16> {sdy.sharding = #sdy.sharding<@mesh, [{}, {}]>}, %arg14: tensor<5376xbf16> {sdy.sharding = #sdy.sharding<@mesh, [{}]>}, %arg15: tensor<1x2048xi32> {sdy.sharding = #sdy.sharding<@mesh, [{"data"}, {}]>}, %arg16: tensor<52x1024x16x1x128xbf16> {sdy.sharding = #sdy.sharding<@mesh, [{}, {}, {"tensor"}, {"data"}, {}]>, tf.aliasing_output = 1 : i32}, %arg17: tensor<52x1024x16x1x128xbf16> {sdy.sharding = #sdy.sharding<@mesh, [{}, {}, {"tensor"}, {"data"}, {}]>, tf.aliasing_output = 2 : i32}, %arg18: tensor<10x2048x16x1x128xbf16> {sdy.sharding = #sdy.sharding<@mesh, [{}, {}, {"tensor"}, {"data"}, {}]>, tf.aliasing_output = 3 : i32}, %arg19: tensor<10x2048x16x1x128xbf16> {sdy.sharding = #sdy.sharding<@mesh, [{}, {}, {"tensor"}, {"data"}, {}]>, tf.aliasing_output = 4 : i32}) -> (tensor<1x262144xf32> {jax.result_info = "result[0]", sdy.sharding = #sdy.sharding<@mesh, [{"data"}, {"tensor"}]>}, tensor<52x1024x16x1x128xbf16> {jax.result_info = "result[1].local_k", sdy.sharding = #sdy.sharding<@mesh, [{}, {}, {"tensor"}, {"data"}, {}]>}, tensor<52x1024x16x1x128xbf16> {jax.result_info = "result[1].local_v", sdy.sharding = #sdy.sharding<@mesh, [{}, {}, {"tensor"}, {"data"}, {}]>}, tensor<10x2048x16x1x128xbf16> {jax.result_info = "result[1].global_k", sdy.sharding = #sdy.sharding<@mesh, [{}, {}, {"tensor"}, {"data"}, {}]>}, tensor<10x2048x16x1x128xbf16> {jax.result_info = "result[1].global_v", sdy.sharding = #sdy.sharding<@mesh, [{}, {}, {"tensor"}, {"data"}, {}]>}, tensor<i32> {jax.result_info = "result[1].index", sdy.sharding = #sdy.sharding<@mesh, []>}, tensor<1xi32> {jax.result_info = "result[1].starts", sdy.sharding = #sdy.sharding<@mesh, [{"data"}]>}) {
    %c = stablehlo.constant dense<2048> : tensor<i32>
    %0 = stablehlo.broadcast_in_dim %c, dims = [] : (tensor<i32>) -> tensor<1xi32>
    %1:7 = call @_prefill(%arg0, %arg1, %arg2, %arg3, %arg4, %arg5, %arg6, %arg7, %arg8, %arg9, %arg10, %arg11, %arg12, %arg13, %arg14, %arg15, %0, %arg16, %arg17, %arg18, %arg19) : (tensor<262208x5376xbf16>, tensor<62x5376xbf16>, tensor<62x32x5376x128xbf16>, tensor<62x16x5376x128xbf16>, tensor<62x16x5376x128xbf16>, tensor<62x32x128x5376xbf16>, tensor<62x128xbf16>, tensor<62x128xbf16>, tensor<62x5376xbf16>, tensor<62x5376xbf16>, tensor<62x5376x21504xbf16>, tensor<62x5376x21504xbf16>, tensor<62x21504x5376xbf16>, tensor<62x5376xbf16>, tensor<5376xbf16>, tensor<1x2048xi32>, tensor<1xi32>, tensor<52x1024x16x1x128xbf16>, tensor<52x1024x16x1x128xbf16>, tensor<10x2048x16x1x128xbf16>, tensor<10x2048x16x1x128xbf16>) -> (tensor<1x262144xf32>, tensor<52x1024x16x1x128xbf16>, tensor<52x1024x16x1x128xbf16>, tensor<10x2048x16x1x128xbf16>, tensor<10x2048x16x1x128xbf16>, tensor<i32>, tensor<1xi32>)
    return %1#0, %1#1, %1#2, %1#3, %1#4, %1#5, %1#6 : tensor<1x262144xf32>, tensor<52x1024x16x1x128xbf16>, tensor<52x1024x16x1x128xbf16>, tensor<10x2048x16x1x128xbf16>, tensor<10x2048x16x1x128xbf16>, tensor<i32>, tensor<1xi32>
  }
  func.func private @_prefill(%arg0: tensor<262208x5376xbf16>, %arg1: tensor<62x5376xbf16>, %arg2: tensor<62x32x5376x128xbf16>, %arg3: tensor<62x16x5376x128xbf16>, %arg4: tensor<62x16x5376x128xbf16>, %arg5: tensor<62x32x128x5376xbf16>, %arg6: tensor<62x128xbf16>, %arg7: tensor<62x128xbf16>, %arg8: tensor<62x5376xbf16>, %arg9: tensor<62x5376xbf16>, %arg10: tensor<62x5376x21504xbf16>, %arg11: tensor<62x5376x21504xbf16>, %arg12: tensor<62x21504x5376xbf16>, %arg13: tensor<62x5376xbf16>, %arg14: tensor<5376xbf16>, %arg15: tensor<1x2048xi32>, %arg16: tensor<1xi32>, %arg17: tensor<52x1024x16x1x128xbf16>, %arg18: tensor<52x1024x16x1x128xbf16>, %arg19: tensor<10x2048x16x1x128xbf16>, %arg20: tensor<10x2048x16x1x128xbf16>) -> (tensor<1x262144xf32>, tensor<52x1024x16x1x128xbf16>, tensor<52x1024x16x1x128xbf16>, tensor<10x2048x16x1x128xbf16>, tensor<10x2048x16x1x128xbf16>, tensor<i32>, tensor<1xi32>) {
    %0 = sdy.sharding_constraint %arg17 <@mesh, [{}, {}, {"tensor"}, {"data"}, {}]> : tensor<52x1024x16x1x128xbf16>
    %1 = sdy.sharding_constraint %arg18 <@mesh, [{}, {}, {"tensor"}, {"data"}, {}]> : tensor<52x1024x16x1x128xbf16>
    %2 = sdy.sharding_constraint %arg19 <@mesh, [{}, {}, {"tensor"}, {"data"}, {}]> : tensor<10x2048x16x1x128xbf16>
    %3 = sdy.sharding_constraint %arg20 <@mesh, [{}, {}, {"tensor"}, {"data"}, {}]> : tensor<10x2048x16x1x128xbf16>
    %4 = stablehlo.iota dim = 0 : tensor<2048xi32>
    %c = stablehlo.constant dense<2048> : tensor<i32>
    %5 = stablehlo.broadcast_in_dim %c, dims = [] : (tensor<i32>) -> tensor<1xi32>
    %6 = stablehlo.subtract %5, %arg16 : tensor<1xi32>
    %7 = stablehlo.broadcast_in_dim %4, dims = [1] : (tensor<2048xi32>) -> tensor<1x2048xi32>
    %8 = stablehlo.broadcast_in_dim %6, dims = [0] : (tensor<1xi32>) -> tensor<1x1xi32>
    %9 = stablehlo.broadcast_in_dim %8, dims = [0, 1] : (tensor<1x1xi32>) -> tensor<1x2048xi32>
    %10 = stablehlo.subtract %7, %9 : tensor<1x2048xi32>
    %c_0 = stablehlo.constant dense<2048> : tensor<i32>
    %11 = call @remainder(%10, %c_0) : (tensor<1x2048xi32>, tensor<i32>) -> tensor<1x2048xi32>
    %12 = call @take_along_axis(%arg15, %11) : (tensor<1x2048xi32>, tensor<1x2048xi32>) -> tensor<1x2048xi32>
    %13 = stablehlo.broadcast_in_dim %4, dims = [1] : (tensor<2048xi32>) -> tensor<1x2048xi32>
    %14 = stablehlo.broadcast_in_dim %6, dims = [0] : (tensor<1xi32>) -> tensor<1x1xi32>
    %15 = stablehlo.broadcast_in_dim %14, dims = [0, 1] : (tensor<1x1xi32>) -> tensor<1x2048xi32>
    %16 = stablehlo.subtract %13, %15 : tensor<1x2048xi32>
    %c_1 = stablehlo.constant dense<0> : tensor<i32>
    %17 = stablehlo.broadcast_in_dim %c_1, dims = [] : (tensor<i32>) -> tensor<1x2048xi32>
    %18 = stablehlo.maximum %16, %17 : tensor<1x2048xi32>
    %19 = stablehlo.broadcast_in_dim %4, dims = [1] : (tensor<2048xi32>) -> tensor<1x2048xi32>
    %20 = stablehlo.broadcast_in_dim %6, dims = [0] : (tensor<1xi32>) -> tensor<1x1xi32>
    %21 = stablehlo.broadcast_in_dim %20, dims = [0, 1] : (tensor<1x1xi32>) -> tensor<1x2048xi32>
    %22 = stablehlo.compare GE, %19, %21, SIGNED : (tensor<1x2048xi32>, tensor<1x2048xi32>) -> tensor<1x2048xi1>
    %23 = stablehlo.convert %22 : (tensor<1x2048xi1>) -> tensor<1x2048xi32>
    %24 = call @_take(%arg0, %12) : (tensor<262208x5376xbf16>, tensor<1x2048xi32>) -> tensor<1x2048x5376xbf16>
    %cst = stablehlo.constant dense<7.350000e+01> : tensor<bf16>
    %25 = stablehlo.broadcast_in_dim %cst, dims = [] : (tensor<bf16>) -> tensor<1x2048x5376xbf16>
    %26 = stablehlo.multiply %24, %25 : tensor<1x2048x5376xbf16>
    %27 = stablehlo.iota dim = 0 : tensor<10xi32>
    %c_2 = stablehlo.constant dense<0> : tensor<i32>
    %c_3 = stablehlo.constant dense<0> : tensor<i32>
    %28:23 = stablehlo.while(%iterArg = %27, %iterArg_11 = %arg1, %iterArg_12 = %arg2, %iterArg_13 = %arg3, %iterArg_14 = %arg4, %iterArg_15 = %arg5, %iterArg_16 = %arg6, %iterArg_17 = %arg7, %iterArg_18 = %arg8, %iterArg_19 = %arg9, %iterArg_20 = %arg10, %iterArg_21 = %arg11, %iterArg_22 = %arg12, %iterArg_23 = %arg13, %iterArg_24 = %18, %iterArg_25 = %c_2, %iterArg_26 = %23, %iterArg_27 = %c_3, %iterArg_28 = %26, %iterArg_29 = %0, %iterArg_30 = %1, %iterArg_31 = %2, %iterArg_32 = %3) : tensor<10xi32>, tensor<62x5376xbf16>, tensor<62x32x5376x128xbf16>, tensor<62x16x5376x128xbf16>, tensor<62x16x5376x128xbf16>, tensor<62x32x128x5376xbf16>, tensor<62x128xbf16>, tensor<62x128xbf16>, tensor<62x5376xbf16>, tensor<62x5376xbf16>, tensor<62x5376x21504xbf16>, tensor<62x5376x21504xbf16>, tensor<62x21504x5376xbf16>, tensor<62x5376xbf16>, tensor<1x2048xi32>, tensor<i32>, tensor<1x2048xi32>, tensor<i32>, tensor<1x2048x5376xbf16>, tensor<52x1024x16x1x128xbf16>, tensor<52x1024x16x1x128xbf16>, tensor<10x2048x16x1x128xbf16>, tensor<10x2048x16x1x128xbf16>
    cond {
      %c_33 = stablehlo.constant dense<10> : tensor<i32>
      %52 = stablehlo.compare LT, %iterArg_27, %c_33, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
      stablehlo.return %52 : tensor<i1>
    } do {
      %52 = func.call @dynamic_index_in_dim(%iterArg, %iterArg_27) : (tensor<10xi32>, tensor<i32>) -> tensor<i32>
      %53:5 = func.call @closed_call(%iterArg_11, %iterArg_12, %iterArg_13, %iterArg_14, %iterArg_15, %iterArg_16, %iterArg_17, %iterArg_18, %iterArg_19, %iterArg_20, %iterArg_21, %iterArg_22, %iterArg_23, %iterArg_24, %iterArg_25, %iterArg_26, %iterArg_28, %iterArg_29, %iterArg_30, %iterArg_31, %iterArg_32, %52) : (tensor<62x5376xbf16>, tensor<62x32x5376x128xbf16>, tensor<62x16x5376x128xbf16>, tensor<62x16x5376x128xbf16>, tensor<62x32x128x5376xbf16>, tensor<62x128xbf16>, tensor<62x128xbf16>, tensor<62x5376xbf16>, tensor<62x5376xbf16>, tensor<62x5376x21504xbf16>, tensor<62x5376x21504xbf16>, tensor<62x21504x5376xbf16>, tensor<62x5376xbf16>, tensor<1x2048xi32>, tensor<i32>, tensor<1x2048xi32>, tensor<1x2048x5376xbf16>, tensor<52x1024x16x1x128xbf16>, tensor<52x1024x16x1x128xbf16>, tensor<10x2048x16x1x128xbf16>, tensor<10x2048x16x1x128xbf16>, tensor<i32>) -> (tensor<1x2048x5376xbf16>, tensor<52x1024x16x1x128xbf16>, tensor<52x1024x16x1x128xbf16>, tensor<10x2048x16x1x128xbf16>, tensor<10x2048x16x1x128xbf16>)
      %c_33 = stablehlo.constant dense<1> : tensor<i32>
      %54 = stablehlo.add %iterArg_27, %c_33 : tensor<i32>
      stablehlo.return %iterArg, %iterArg_11, %iterArg_12, %iterArg_13, %iterArg_14, %iterArg_15, %iterArg_16, %iterArg_17, %iterArg_18, %iterArg_19, %iterArg_20, %iterArg_21, %iterArg_22, %iterArg_23, %iterArg_24, %iterArg_25, %iterArg_26, %54, %53#0, %53#1, %53#2, %53#3, %53#4 : tensor<10xi32>, tensor<62x5376xbf16>, tensor<62x32x5376x128xbf16>, tensor<62x16x5376x128xbf16>, tensor<62x16x5376x128xbf16>, tensor<62x32x128x5376xbf16>, tensor<62x128xbf16>, tensor<62x128xbf16>, tensor<62x5376xbf16>, tensor<62x5376xbf16>, tensor<62x5376x21504xbf16>, tensor<62x5376x21504xbf16>, tensor<62x21504x5376xbf16>, tensor<62x5376xbf16>, tensor<1x2048xi32>, tensor<i32>, tensor<1x2048xi32>, tensor<i32>, tensor<1x2048x5376xbf16>, tensor<52x1024x16x1x128xbf16>, tensor<52x1024x16x1x128xbf16>, tensor<10x2048x16x1x128xbf16>, tensor<10x2048x16x1x128xbf16>
    }
    %29 = stablehlo.iota dim = 0 : tensor<2xi32>
    %c_4 = stablehlo.constant dense<0> : tensor<i32>
    %c_5 = stablehlo.constant dense<0> : tensor<i32>
    %30:21 = stablehlo.while(%iterArg = %29, %iterArg_11 = %arg1, %iterArg_12 = %arg2, %iterArg_13 = %arg3, %iterArg_14 = %arg4, %iterArg_15 = %arg5, %iterArg_16 = %arg6, %iterArg_17 = %arg7, %iterArg_18 = %arg8, %iterArg_19 = %arg9, %iterArg_20 = %arg10, %iterArg_21 = %arg11, %iterArg_22 = %arg12, %iterArg_23 = %arg13, %iterArg_24 = %18, %iterArg_25 = %c_4, %iterArg_26 = %23, %iterArg_27 = %c_5, %iterArg_28 = %28#18, %iterArg_29 = %28#19, %iterArg_30 = %28#20) : tensor<2xi32>, tensor<62x5376xbf16>, tensor<62x32x5376x128xbf16>, tensor<62x16x5376x128xbf16>, tensor<62x16x5376x128xbf16>, tensor<62x32x128x5376xbf16>, tensor<62x128xbf16>, tensor<62x128xbf16>, tensor<62x5376xbf16>, tensor<62x5376xbf16>, tensor<62x5376x21504xbf16>, tensor<62x5376x21504xbf16>, tensor<62x21504x5376xbf16>, tensor<62x5376xbf16>, tensor<1x2048xi32>, tensor<i32>, tensor<1x2048xi32>, tensor<i32>, tensor<1x2048x5376xbf16>, tensor<52x1024x16x1x128xbf16>, tensor<52x1024x16x1x128xbf16>
    cond {
      %c_31 = stablehlo.constant dense<2> : tensor<i32>
      %52 = stablehlo.compare LT, %iterArg_27, %c_31, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
      stablehlo.return %52 : tensor<i1>
    } do {
      %52 = func.call @dynamic_index_in_dim_12(%iterArg, %iterArg_27) : (tensor<2xi32>, tensor<i32>) -> tensor<i32>
      %53:3 = func.call @closed_call_13(%iterArg_11, %iterArg_12, %iterArg_13, %iterArg_14, %iterArg_15, %iterArg_16, %iterArg_17, %iterArg_18, %iterArg_19, %iterArg_20, %iterArg_21, %iterArg_22, %iterArg_23, %iterArg_24, %iterArg_25, %iterArg_26, %iterArg_28, %iterArg_29, %iterArg_30, %52) : (tensor<62x5376xbf16>, tensor<62x32x5376x128xbf16>, tensor<62x16x5376x128xbf16>, tensor<62x16x5376x128xbf16>, tensor<62x32x128x5376xbf16>, tensor<62x128xbf16>, tensor<62x128xbf16>, tensor<62x5376xbf16>, tensor<62x5376xbf16>, tensor<62x5376x21504xbf16>, tensor<62x5376x21504xbf16>, tensor<62x21504x5376xbf16>, tensor<62x5376xbf16>, tensor<1x2048xi32>, tensor<i32>, tensor<1x2048xi32>, tensor<1x2048x5376xbf16>, tensor<52x1024x16x1x128xbf16>, tensor<52x1024x16x1x128xbf16>, tensor<i32>) -> (tensor<1x2048x5376xbf16>, tensor<52x1024x16x1x128xbf16>, tensor<52x1024x16x1x128xbf16>)
      %c_31 = stablehlo.constant dense<1> : tensor<i32>
      %54 = stablehlo.add %iterArg_27, %c_31 : tensor<i32>
      stablehlo.return %iterArg, %iterArg_11, %iterArg_12, %iterArg_13, %iterArg_14, %iterArg_15, %iterArg_16, %iterArg_17, %iterArg_18, %iterArg_19, %iterArg_20, %iterArg_21, %iterArg_22, %iterArg_23, %iterArg_24, %iterArg_25, %iterArg_26, %54, %53#0, %53#1, %53#2 : tensor<2xi32>, tensor<62x5376xbf16>, tensor<62x32x5376x128xbf16>, tensor<62x16x5376x128xbf16>, tensor<62x16x5376x128xbf16>, tensor<62x32x128x5376xbf16>, tensor<62x128xbf16>, tensor<62x128xbf16>, tensor<62x5376xbf16>, tensor<62x5376xbf16>, tensor<62x5376x21504xbf16>, tensor<62x5376x21504xbf16>, tensor<62x21504x5376xbf16>, tensor<62x5376xbf16>, tensor<1x2048xi32>, tensor<i32>, tensor<1x2048xi32>, tensor<i32>, tensor<1x2048x5376xbf16>, tensor<52x1024x16x1x128xbf16>, tensor<52x1024x16x1x128xbf16>
    }
    %31 = stablehlo.slice %30#18 [0:1, 2047:2048, 0:5376] : (tensor<1x2048x5376xbf16>) -> tensor<1x1x5376xbf16>
    %32 = stablehlo.convert %31 : (tensor<1x1x5376xbf16>) -> tensor<1x1x5376xf32>
    %33 = stablehlo.multiply %32, %32 : tensor<1x1x5376xf32>
    %cst_6 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %34 = stablehlo.reduce(%33 init: %cst_6) applies stablehlo.add across dimensions = [2] : (tensor<1x1x5376xf32>, tensor<f32>) -> tensor<1x1xf32>
    %35 = stablehlo.broadcast_in_dim %34, dims = [0, 1] : (tensor<1x1xf32>) -> tensor<1x1x1xf32>
    %cst_7 = stablehlo.constant dense<5.376000e+03> : tensor<f32>
    %36 = stablehlo.broadcast_in_dim %cst_7, dims = [] : (tensor<f32>) -> tensor<1x1x1xf32>
    %37 = stablehlo.divide %35, %36 : tensor<1x1x1xf32>
    %cst_8 = stablehlo.constant dense<9.99999997E-7> : tensor<f32>
    %38 = stablehlo.broadcast_in_dim %cst_8, dims = [] : (tensor<f32>) -> tensor<1x1x1xf32>
    %39 = stablehlo.add %37, %38 : tensor<1x1x1xf32>
    %40 = stablehlo.rsqrt %39 : tensor<1x1x1xf32>
    %41 = stablehlo.broadcast_in_dim %40, dims = [0, 1, 2] : (tensor<1x1x1xf32>) -> tensor<1x1x5376xf32>
    %42 = stablehlo.multiply %32, %41 : tensor<1x1x5376xf32>
    %43 = stablehlo.convert %arg14 : (tensor<5376xbf16>) -> tensor<5376xf32>
    %cst_9 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %44 = stablehlo.broadcast_in_dim %cst_9, dims = [] : (tensor<f32>) -> tensor<5376xf32>
    %45 = stablehlo.add %44, %43 : tensor<5376xf32>
    %46 = stablehlo.broadcast_in_dim %45, dims = [2] : (tensor<5376xf32>) -> tensor<1x1x5376xf32>
    %47 = stablehlo.multiply %42, %46 : tensor<1x1x5376xf32>
    %48 = stablehlo.convert %47 : (tensor<1x1x5376xf32>) -> tensor<1x1x5376xbf16>
    %49 = stablehlo.slice %arg0 [0:262144, 0:5376] : (tensor<262208x5376xbf16>) -> tensor<262144x5376xbf16>
    %50 = stablehlo.dot_general %48, %49, contracting_dims = [2] x [1], precision = [DEFAULT, DEFAULT] : (tensor<1x1x5376xbf16>, tensor<262144x5376xbf16>) -> tensor<1x1x262144xf32>
    %51 = stablehlo.reshape %50 : (tensor<1x1x262144xf32>) -> tensor<1x262144xf32>
    %c_10 = stablehlo.constant dense<2048> : tensor<i32>
    return %51, %30#19, %30#20, %28#21, %28#22, %c_10, %6 : tensor<1x262144xf32>, tensor<52x1024x16x1x128xbf16>, tensor<52x1024x16x1x128xbf16>, tensor<10x2048x16x1x128xbf16>, tensor<10x2048x16x1x128xbf16>, tensor<i32>, tensor<1xi32>
  }
  func.func private @remainder(%arg0: tensor<1x2048xi32>, %arg1: tensor<i32>) -> tensor<1x2048xi32> {
    %0 = stablehlo.convert %arg1 : tensor<i32>
    %c = stablehlo.constant dense<0> : tensor<i32>
    %1 = stablehlo.compare EQ, %0, %c, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %c_0 = stablehlo.constant dense<1> : tensor<i32>
    %2 = call @_where(%1, %c_0, %0) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %3 = stablehlo.broadcast_in_dim %2, dims = [] : (tensor<i32>) -> tensor<1x2048xi32>
    %4 = stablehlo.remainder %arg0, %3 : tensor<1x2048xi32>
    %c_1 = stablehlo.constant dense<0> : tensor<i32>
    %5 = stablehlo.broadcast_in_dim %c_1, dims = [] : (tensor<i32>) -> tensor<1x2048xi32>
    %6 = stablehlo.compare NE, %4, %5, SIGNED : (tensor<1x2048xi32>, tensor<1x2048xi32>) -> tensor<1x2048xi1>
    %c_2 = stablehlo.constant dense<0> : tensor<i32>
    %7 = stablehlo.broadcast_in_dim %c_2, dims = [] : (tensor<i32>) -> tensor<1x2048xi32>
    %8 = stablehlo.compare LT, %4, %7, SIGNED : (tensor<1x2048xi32>, tensor<1x2048xi32>) -> tensor<1x2048xi1>
    %c_3 = stablehlo.constant dense<0> : tensor<i32>
    %9 = stablehlo.compare LT, %2, %c_3, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %10 = stablehlo.broadcast_in_dim %9, dims = [] : (tensor<i1>) -> tensor<1x2048xi1>
    %11 = stablehlo.compare NE, %8, %10, UNSIGNED : (tensor<1x2048xi1>, tensor<1x2048xi1>) -> tensor<1x2048xi1>
    %12 = stablehlo.and %11, %6 : tensor<1x2048xi1>
    %13 = stablehlo.broadcast_in_dim %2, dims = [] : (tensor<i32>) -> tensor<1x2048xi32>
    %14 = stablehlo.add %4, %13 : tensor<1x2048xi32>
    %15 = stablehlo.select %12, %14, %4 : tensor<1x2048xi1>, tensor<1x2048xi32>
    return %15 : tensor<1x2048xi32>
  }
  func.func private @_where(%arg0: tensor<i1>, %arg1: tensor<i32>, %arg2: tensor<i32>) -> tensor<i32> {
    %0 = stablehlo.select %arg0, %arg1, %arg2 : tensor<i1>, tensor<i32>
    return %0 : tensor<i32>
  }
  func.func private @take_along_axis(%arg0: tensor<1x2048xi32>, %arg1: tensor<1x2048xi32>) -> tensor<1x2048xi32> {
    %c = stablehlo.constant dense<0> : tensor<i32>
    %0 = stablehlo.broadcast_in_dim %c, dims = [] : (tensor<i32>) -> tensor<1x2048xi32>
    %1 = stablehlo.compare LT, %arg1, %0, SIGNED : (tensor<1x2048xi32>, tensor<1x2048xi32>) -> tensor<1x2048xi1>
    %c_0 = stablehlo.constant dense<2048> : tensor<i32>
    %2 = stablehlo.broadcast_in_dim %c_0, dims = [] : (tensor<i32>) -> tensor<1x2048xi32>
    %3 = stablehlo.add %arg1, %2 : tensor<1x2048xi32>
    %4 = stablehlo.select %1, %3, %arg1 : tensor<1x2048xi1>, tensor<1x2048xi32>
    %5 = stablehlo.reshape %4 : (tensor<1x2048xi32>) -> tensor<2048x1xi32>
    %c_1 = stablehlo.constant dense<2047> : tensor<1xi32>
    %c_2 = stablehlo.constant dense<0> : tensor<i32>
    %6 = stablehlo.broadcast_in_dim %c_2, dims = [] : (tensor<i32>) -> tensor<2048x1xi32>
    %7 = stablehlo.compare GE, %5, %6, SIGNED : (tensor<2048x1xi32>, tensor<2048x1xi32>) -> tensor<2048x1xi1>
    %8 = stablehlo.broadcast_in_dim %c_1, dims = [1] : (tensor<1xi32>) -> tensor<1x1xi32>
    %9 = stablehlo.broadcast_in_dim %8, dims = [0, 1] : (tensor<1x1xi32>) -> tensor<2048x1xi32>
    %10 = stablehlo.compare LE, %5, %9, SIGNED : (tensor<2048x1xi32>, tensor<2048x1xi32>) -> tensor<2048x1xi1>
    %11 = stablehlo.and %7, %10 : tensor<2048x1xi1>
    %c_3 = stablehlo.constant dense<true> : tensor<i1>
    %12 = stablehlo.reduce(%11 init: %c_3) applies stablehlo.and across dimensions = [1] : (tensor<2048x1xi1>, tensor<i1>) -> tensor<2048xi1>
    %13 = "stablehlo.gather"(%arg0, %5) <{dimension_numbers = #stablehlo.gather<offset_dims = [0], collapsed_slice_dims = [1], start_index_map = [1], index_vector_dim = 1>, indices_are_sorted = false, slice_sizes = array<i64: 1, 1>}> : (tensor<1x2048xi32>, tensor<2048x1xi32>) -> tensor<1x2048xi32>
    %14 = stablehlo.broadcast_in_dim %12, dims = [1] : (tensor<2048xi1>) -> tensor<1x2048xi1>
    %c_4 = stablehlo.constant dense<-2147483648> : tensor<i32>
    %15 = stablehlo.broadcast_in_dim %c_4, dims = [] : (tensor<i32>) -> tensor<1x2048xi32>
    %16 = stablehlo.select %14, %13, %15 : tensor<1x2048xi1>, tensor<1x2048xi32>
    return %16 : tensor<1x2048xi32>
  }
  func.func private @_take(%arg0: tensor<262208x5376xbf16>, %arg1: tensor<1x2048xi32>) -> tensor<1x2048x5376xbf16> {
    %c = stablehlo.constant dense<0> : tensor<i32>
    %0 = stablehlo.broadcast_in_dim %c, dims = [] : (tensor<i32>) -> tensor<1x2048xi32>
    %1 = stablehlo.compare LT, %arg1, %0, SIGNED : (tensor<1x2048xi32>, tensor<1x2048xi32>) -> tensor<1x2048xi1>
    %c_0 = stablehlo.constant dense<262208> : tensor<i32>
    %2 = stablehlo.broadcast_in_dim %c_0, dims = [] : (tensor<i32>) -> tensor<1x2048xi32>
    %3 = stablehlo.add %arg1, %2 : tensor<1x2048xi32>
    %4 = call @_where_0(%1, %3, %arg1) : (tensor<1x2048xi1>, tensor<1x2048xi32>, tensor<1x2048xi32>) -> tensor<1x2048xi32>
    %5 = stablehlo.broadcast_in_dim %4, dims = [0, 1] : (tensor<1x2048xi32>) -> tensor<1x2048x1xi32>
    %c_1 = stablehlo.constant dense<262207> : tensor<1xi32>
    %c_2 = stablehlo.constant dense<0> : tensor<i32>
    %6 = stablehlo.broadcast_in_dim %c_2, dims = [] : (tensor<i32>) -> tensor<1x2048x1xi32>
    %7 = stablehlo.compare GE, %5, %6, SIGNED : (tensor<1x2048x1xi32>, tensor<1x2048x1xi32>) -> tensor<1x2048x1xi1>
    %8 = stablehlo.broadcast_in_dim %c_1, dims = [2] : (tensor<1xi32>) -> tensor<1x1x1xi32>
    %9 = stablehlo.broadcast_in_dim %8, dims = [0, 1, 2] : (tensor<1x1x1xi32>) -> tensor<1x2048x1xi32>
    %10 = stablehlo.compare LE, %5, %9, SIGNED : (tensor<1x2048x1xi32>, tensor<1x2048x1xi32>) -> tensor<1x2048x1xi1>
    %11 = stablehlo.and %7, %10 : tensor<1x2048x1xi1>
    %c_3 = stablehlo.constant dense<true> : tensor<i1>
    %12 = stablehlo.reduce(%11 init: %c_3) applies stablehlo.and across dimensions = [2] : (tensor<1x2048x1xi1>, tensor<i1>) -> tensor<1x2048xi1>
    %13 = "stablehlo.gather"(%arg0, %5) <{dimension_numbers = #stablehlo.gather<offset_dims = [2], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 2>, indices_are_sorted = false, slice_sizes = array<i64: 1, 5376>}> : (tensor<262208x5376xbf16>, tensor<1x2048x1xi32>) -> tensor<1x2048x5376xbf16>
    %14 = stablehlo.broadcast_in_dim %12, dims = [0, 1] : (tensor<1x2048xi1>) -> tensor<1x2048x5376xi1>
    %cst = stablehlo.constant dense<0x7FC0> : tensor<bf16>
    %15 = stablehlo.broadcast_in_dim %cst, dims = [] : (tensor<bf16>) -> tensor<1x2048x5376xbf16>
    %16 = stablehlo.select %14, %13, %15 : tensor<1x2048x5376xi1>, tensor<1x2048x5376xbf16>
    return %16 : tensor<1x2048x5376xbf16>
  }
  func.func private @_where_0(%arg0: tensor<1x2048xi1>, %arg1: tensor<1x2048xi32>, %arg2: tensor<1x2048xi32>) -> tensor<1x2048xi32> {
    %0 = stablehlo.select %arg0, %arg1, %arg2 : tensor<1x2048xi1>, tensor<1x2048xi32>
    return %0 : tensor<1x2048xi32>
  }
  func.func private @dynamic_index_in_dim(%arg0: tensor<10xi32>, %arg1: tensor<i32>) -> tensor<i32> {
    %0 = stablehlo.dynamic_slice %arg0, %arg1, sizes = [1] : (tensor<10xi32>, tensor<i32>) -> tensor<1xi32>
    %1 = stablehlo.reshape %0 : (tensor<1xi32>) -> tensor<i32>
    return %1 : tensor<i32>
  }
  func.func private @closed_call(%arg0: tensor<62x5376xbf16>, %arg1: tensor<62x32x5376x128xbf16>, %arg2: tensor<62x16x5376x128xbf16>, %arg3: tensor<62x16x5376x128xbf16>, %arg4: tensor<62x32x128x5376xbf16>, %arg5: tensor<62x128xbf16>, %arg6: tensor<62x128xbf16>, %arg7: tensor<62x5376xbf16>, %arg8: tensor<62x5376xbf16>, %arg9: tensor<62x5376x21504xbf16>, %arg10: tensor<62x5376x21504xbf16>, %arg11: tensor<62x21504x5376xbf16>, %arg12: tensor<62x5376xbf16>, %arg13: tensor<1x2048xi32>, %arg14: tensor<i32>, %arg15: tensor<1x2048xi32>, %arg16: tensor<1x2048x5376xbf16>, %arg17: tensor<52x1024x16x1x128xbf16>, %arg18: tensor<52x1024x16x1x128xbf16>, %arg19: tensor<10x2048x16x1x128xbf16>, %arg20: tensor<10x2048x16x1x128xbf16>, %arg21: tensor<i32>) -> (tensor<1x2048x5376xbf16>, tensor<52x1024x16x1x128xbf16>, tensor<52x1024x16x1x128xbf16>, tensor<10x2048x16x1x128xbf16>, tensor<10x2048x16x1x128xbf16>) {
    %c = stablehlo.constant dense<6> : tensor<i32>
    %0 = stablehlo.multiply %arg21, %c : tensor<i32>
    %c_0 = stablehlo.constant dense<5> : tensor<i32>
    %1 = stablehlo.multiply %arg21, %c_0 : tensor<i32>
    %2 = stablehlo.iota dim = 0 : tensor<5xi32>
    %c_1 = stablehlo.constant dense<0> : tensor<i32>
    %3:23 = stablehlo.while(%iterArg = %2, %iterArg_65 = %0, %iterArg_66 = %arg0, %iterArg_67 = %arg1, %iterArg_68 = %arg2, %iterArg_69 = %arg3, %iterArg_70 = %arg4, %iterArg_71 = %arg5, %iterArg_72 = %arg6, %iterArg_73 = %arg7, %iterArg_74 = %arg8, %iterArg_75 = %arg9, %iterArg_76 = %arg10, %iterArg_77 = %arg11, %iterArg_78 = %arg12, %iterArg_79 = %1, %iterArg_80 = %arg13, %iterArg_81 = %arg14, %iterArg_82 = %arg15, %iterArg_83 = %c_1, %iterArg_84 = %arg16, %iterArg_85 = %arg17, %iterArg_86 = %arg18) : tensor<5xi32>, tensor<i32>, tensor<62x5376xbf16>, tensor<62x32x5376x128xbf16>, tensor<62x16x5376x128xbf16>, tensor<62x16x5376x128xbf16>, tensor<62x32x128x5376xbf16>, tensor<62x128xbf16>, tensor<62x128xbf16>, tensor<62x5376xbf16>, tensor<62x5376xbf16>, tensor<62x5376x21504xbf16>, tensor<62x5376x21504xbf16>, tensor<62x21504x5376xbf16>, tensor<62x5376xbf16>, tensor<i32>, tensor<1x2048xi32>, tensor<i32>, tensor<1x2048xi32>, tensor<i32>, tensor<1x2048x5376xbf16>, tensor<52x1024x16x1x128xbf16>, tensor<52x1024x16x1x128xbf16>
    cond {
      %c_87 = stablehlo.constant dense<5> : tensor<i32>
      %287 = stablehlo.compare LT, %iterArg_83, %c_87, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
      stablehlo.return %287 : tensor<i1>
    } do {
      %287 = func.call @dynamic_index_in_dim_1(%iterArg, %iterArg_83) : (tensor<5xi32>, tensor<i32>) -> tensor<i32>
      %288:3 = func.call @closed_call_2(%iterArg_65, %iterArg_66, %iterArg_67, %iterArg_68, %iterArg_69, %iterArg_70, %iterArg_71, %iterArg_72, %iterArg_73, %iterArg_74, %iterArg_75, %iterArg_76, %iterArg_77, %iterArg_78, %iterArg_79, %iterArg_80, %iterArg_81, %iterArg_82, %iterArg_84, %iterArg_85, %iterArg_86, %287) : (tensor<i32>, tensor<62x5376xbf16>, tensor<62x32x5376x128xbf16>, tensor<62x16x5376x128xbf16>, tensor<62x16x5376x128xbf16>, tensor<62x32x128x5376xbf16>, tensor<62x128xbf16>, tensor<62x128xbf16>, tensor<62x5376xbf16>, tensor<62x5376xbf16>, tensor<62x5376x21504xbf16>, tensor<62x5376x21504xbf16>, tensor<62x21504x5376xbf16>, tensor<62x5376xbf16>, tensor<i32>, tensor<1x2048xi32>, tensor<i32>, tensor<1x2048xi32>, tensor<1x2048x5376xbf16>, tensor<52x1024x16x1x128xbf16>, tensor<52x1024x16x1x128xbf16>, tensor<i32>) -> (tensor<1x2048x5376xbf16>, tensor<52x1024x16x1x128xbf16>, tensor<52x1024x16x1x128xbf16>)
      %c_87 = stablehlo.constant dense<1> : tensor<i32>
      %289 = stablehlo.add %iterArg_83, %c_87 : tensor<i32>
      stablehlo.return %iterArg, %iterArg_65, %iterArg_66, %iterArg_67, %iterArg_68, %iterArg_69, %iterArg_70, %iterArg_71, %iterArg_72, %iterArg_73, %iterArg_74, %iterArg_75, %iterArg_76, %iterArg_77, %iterArg_78, %iterArg_79, %iterArg_80, %iterArg_81, %iterArg_82, %289, %288#0, %288#1, %288#2 : tensor<5xi32>, tensor<i32>, tensor<62x5376xbf16>, tensor<62x32x5376x128xbf16>, tensor<62x16x5376x128xbf16>, tensor<62x16x5376x128xbf16>, tensor<62x32x128x5376xbf16>, tensor<62x128xbf16>, tensor<62x128xbf16>, tensor<62x5376xbf16>, tensor<62x5376xbf16>, tensor<62x5376x21504xbf16>, tensor<62x5376x21504xbf16>, tensor<62x21504x5376xbf16>, tensor<62x5376xbf16>, tensor<i32>, tensor<1x2048xi32>, tensor<i32>, tensor<1x2048xi32>, tensor<i32>, tensor<1x2048x5376xbf16>, tensor<52x1024x16x1x128xbf16>, tensor<52x1024x16x1x128xbf16>
    }
    %c_2 = stablehlo.constant dense<6> : tensor<i32>
    %4 = stablehlo.multiply %arg21, %c_2 : tensor<i32>
    %c_3 = stablehlo.constant dense<6> : tensor<i32>
    %5 = stablehlo.add %4, %c_3 : tensor<i32>
    %c_4 = stablehlo.constant dense<1> : tensor<i32>
    %6 = stablehlo.subtract %5, %c_4 : tensor<i32>
    %7 = call @dynamic_index_in_dim_3(%arg0, %6) : (tensor<62x5376xbf16>, tensor<i32>) -> tensor<5376xbf16>
    %8 = call @dynamic_index_in_dim_4(%arg1, %6) : (tensor<62x32x5376x128xbf16>, tensor<i32>) -> tensor<32x5376x128xbf16>
    %9 = call @dynamic_index_in_dim_5(%arg2, %6) : (tensor<62x16x5376x128xbf16>, tensor<i32>) -> tensor<16x5376x128xbf16>
    %10 = call @dynamic_index_in_dim_5(%arg3, %6) : (tensor<62x16x5376x128xbf16>, tensor<i32>) -> tensor<16x5376x128xbf16>
    %11 = call @dynamic_index_in_dim_6(%arg4, %6) : (tensor<62x32x128x5376xbf16>, tensor<i32>) -> tensor<32x128x5376xbf16>
    %12 = call @dynamic_index_in_dim_7(%arg5, %6) : (tensor<62x128xbf16>, tensor<i32>) -> tensor<128xbf16>
    %13 = call @dynamic_index_in_dim_7(%arg6, %6) : (tensor<62x128xbf16>, tensor<i32>) -> tensor<128xbf16>
    %14 = call @dynamic_index_in_dim_3(%arg7, %6) : (tensor<62x5376xbf16>, tensor<i32>) -> tensor<5376xbf16>
    %15 = call @dynamic_index_in_dim_3(%arg8, %6) : (tensor<62x5376xbf16>, tensor<i32>) -> tensor<5376xbf16>
    %16 = call @dynamic_index_in_dim_8(%arg9, %6) : (tensor<62x5376x21504xbf16>, tensor<i32>) -> tensor<5376x21504xbf16>
    %17 = call @dynamic_index_in_dim_8(%arg10, %6) : (tensor<62x5376x21504xbf16>, tensor<i32>) -> tensor<5376x21504xbf16>
    %18 = call @dynamic_index_in_dim_9(%arg11, %6) : (tensor<62x21504x5376xbf16>, tensor<i32>) -> tensor<21504x5376xbf16>
    %19 = call @dynamic_index_in_dim_3(%arg12, %6) : (tensor<62x5376xbf16>, tensor<i32>) -> tensor<5376xbf16>
    %20 = stablehlo.convert %3#20 : (tensor<1x2048x5376xbf16>) -> tensor<1x2048x5376xf32>
    %21 = stablehlo.multiply %20, %20 : tensor<1x2048x5376xf32>
    %cst = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %22 = stablehlo.reduce(%21 init: %cst) applies stablehlo.add across dimensions = [2] : (tensor<1x2048x5376xf32>, tensor<f32>) -> tensor<1x2048xf32>
    %23 = stablehlo.broadcast_in_dim %22, dims = [0, 1] : (tensor<1x2048xf32>) -> tensor<1x2048x1xf32>
    %cst_5 = stablehlo.constant dense<5.376000e+03> : tensor<f32>
    %24 = stablehlo.broadcast_in_dim %cst_5, dims = [] : (tensor<f32>) -> tensor<1x2048x1xf32>
    %25 = stablehlo.divide %23, %24 : tensor<1x2048x1xf32>
    %cst_6 = stablehlo.constant dense<9.99999997E-7> : tensor<f32>
    %26 = stablehlo.broadcast_in_dim %cst_6, dims = [] : (tensor<f32>) -> tensor<1x2048x1xf32>
    %27 = stablehlo.add %25, %26 : tensor<1x2048x1xf32>
    %28 = stablehlo.rsqrt %27 : tensor<1x2048x1xf32>
    %29 = stablehlo.broadcast_in_dim %28, dims = [0, 1, 2] : (tensor<1x2048x1xf32>) -> tensor<1x2048x5376xf32>
    %30 = stablehlo.multiply %20, %29 : tensor<1x2048x5376xf32>
    %31 = stablehlo.convert %7 : (tensor<5376xbf16>) -> tensor<5376xf32>
    %cst_7 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %32 = stablehlo.broadcast_in_dim %cst_7, dims = [] : (tensor<f32>) -> tensor<5376xf32>
    %33 = stablehlo.add %32, %31 : tensor<5376xf32>
    %34 = stablehlo.broadcast_in_dim %33, dims = [2] : (tensor<5376xf32>) -> tensor<1x1x5376xf32>
    %35 = stablehlo.broadcast_in_dim %34, dims = [0, 1, 2] : (tensor<1x1x5376xf32>) -> tensor<1x2048x5376xf32>
    %36 = stablehlo.multiply %30, %35 : tensor<1x2048x5376xf32>
    %37 = stablehlo.convert %36 : (tensor<1x2048x5376xf32>) -> tensor<1x2048x5376xbf16>
    %38 = stablehlo.dot_general %37, %8, contracting_dims = [2] x [1], precision = [DEFAULT, DEFAULT] : (tensor<1x2048x5376xbf16>, tensor<32x5376x128xbf16>) -> tensor<1x2048x32x128xbf16>
    %39 = stablehlo.dot_general %37, %9, contracting_dims = [2] x [1], precision = [DEFAULT, DEFAULT] : (tensor<1x2048x5376xbf16>, tensor<16x5376x128xbf16>) -> tensor<1x2048x16x128xbf16>
    %40 = stablehlo.dot_general %37, %10, contracting_dims = [2] x [1], precision = [DEFAULT, DEFAULT] : (tensor<1x2048x5376xbf16>, tensor<16x5376x128xbf16>) -> tensor<1x2048x16x128xbf16>
    %41 = stablehlo.convert %38 : (tensor<1x2048x32x128xbf16>) -> tensor<1x2048x32x128xf32>
    %42 = stablehlo.multiply %41, %41 : tensor<1x2048x32x128xf32>
    %cst_8 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %43 = stablehlo.reduce(%42 init: %cst_8) applies stablehlo.add across dimensions = [3] : (tensor<1x2048x32x128xf32>, tensor<f32>) -> tensor<1x2048x32xf32>
    %44 = stablehlo.broadcast_in_dim %43, dims = [0, 1, 2] : (tensor<1x2048x32xf32>) -> tensor<1x2048x32x1xf32>
    %cst_9 = stablehlo.constant dense<1.280000e+02> : tensor<f32>
    %45 = stablehlo.broadcast_in_dim %cst_9, dims = [] : (tensor<f32>) -> tensor<1x2048x32x1xf32>
    %46 = stablehlo.divide %44, %45 : tensor<1x2048x32x1xf32>
    %cst_10 = stablehlo.constant dense<9.99999997E-7> : tensor<f32>
    %47 = stablehlo.broadcast_in_dim %cst_10, dims = [] : (tensor<f32>) -> tensor<1x2048x32x1xf32>
    %48 = stablehlo.add %46, %47 : tensor<1x2048x32x1xf32>
    %49 = stablehlo.rsqrt %48 : tensor<1x2048x32x1xf32>
    %50 = stablehlo.broadcast_in_dim %49, dims = [0, 1, 2, 3] : (tensor<1x2048x32x1xf32>) -> tensor<1x2048x32x128xf32>
    %51 = stablehlo.multiply %41, %50 : tensor<1x2048x32x128xf32>
    %52 = stablehlo.convert %12 : (tensor<128xbf16>) -> tensor<128xf32>
    %cst_11 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %53 = stablehlo.broadcast_in_dim %cst_11, dims = [] : (tensor<f32>) -> tensor<128xf32>
    %54 = stablehlo.add %53, %52 : tensor<128xf32>
    %55 = stablehlo.broadcast_in_dim %54, dims = [3] : (tensor<128xf32>) -> tensor<1x1x1x128xf32>
    %56 = stablehlo.broadcast_in_dim %55, dims = [0, 1, 2, 3] : (tensor<1x1x1x128xf32>) -> tensor<1x2048x32x128xf32>
    %57 = stablehlo.multiply %51, %56 : tensor<1x2048x32x128xf32>
    %58 = stablehlo.convert %57 : (tensor<1x2048x32x128xf32>) -> tensor<1x2048x32x128xbf16>
    %59 = stablehlo.convert %39 : (tensor<1x2048x16x128xbf16>) -> tensor<1x2048x16x128xf32>
    %60 = stablehlo.multiply %59, %59 : tensor<1x2048x16x128xf32>
    %cst_12 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %61 = stablehlo.reduce(%60 init: %cst_12) applies stablehlo.add across dimensions = [3] : (tensor<1x2048x16x128xf32>, tensor<f32>) -> tensor<1x2048x16xf32>
    %62 = stablehlo.broadcast_in_dim %61, dims = [0, 1, 2] : (tensor<1x2048x16xf32>) -> tensor<1x2048x16x1xf32>
    %cst_13 = stablehlo.constant dense<1.280000e+02> : tensor<f32>
    %63 = stablehlo.broadcast_in_dim %cst_13, dims = [] : (tensor<f32>) -> tensor<1x2048x16x1xf32>
    %64 = stablehlo.divide %62, %63 : tensor<1x2048x16x1xf32>
    %cst_14 = stablehlo.constant dense<9.99999997E-7> : tensor<f32>
    %65 = stablehlo.broadcast_in_dim %cst_14, dims = [] : (tensor<f32>) -> tensor<1x2048x16x1xf32>
    %66 = stablehlo.add %64, %65 : tensor<1x2048x16x1xf32>
    %67 = stablehlo.rsqrt %66 : tensor<1x2048x16x1xf32>
    %68 = stablehlo.broadcast_in_dim %67, dims = [0, 1, 2, 3] : (tensor<1x2048x16x1xf32>) -> tensor<1x2048x16x128xf32>
    %69 = stablehlo.multiply %59, %68 : tensor<1x2048x16x128xf32>
    %70 = stablehlo.convert %13 : (tensor<128xbf16>) -> tensor<128xf32>
    %cst_15 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %71 = stablehlo.broadcast_in_dim %cst_15, dims = [] : (tensor<f32>) -> tensor<128xf32>
    %72 = stablehlo.add %71, %70 : tensor<128xf32>
    %73 = stablehlo.broadcast_in_dim %72, dims = [3] : (tensor<128xf32>) -> tensor<1x1x1x128xf32>
    %74 = stablehlo.broadcast_in_dim %73, dims = [0, 1, 2, 3] : (tensor<1x1x1x128xf32>) -> tensor<1x2048x16x128xf32>
    %75 = stablehlo.multiply %69, %74 : tensor<1x2048x16x128xf32>
    %76 = stablehlo.convert %75 : (tensor<1x2048x16x128xf32>) -> tensor<1x2048x16x128xbf16>
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
    %103 = call @_where_10(%c_28, %102, %89) : (tensor<i1>, tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %104 = stablehlo.convert %arg13 : (tensor<1x2048xi32>) -> tensor<1x2048xf32>
    %105 = stablehlo.broadcast_in_dim %104, dims = [0, 1] : (tensor<1x2048xf32>) -> tensor<1x2048x1xf32>
    %106 = stablehlo.broadcast_in_dim %103, dims = [2] : (tensor<64xf32>) -> tensor<1x1x64xf32>
    %107 = stablehlo.broadcast_in_dim %105, dims = [0, 1, 2] : (tensor<1x2048x1xf32>) -> tensor<1x2048x64xf32>
    %108 = stablehlo.broadcast_in_dim %106, dims = [0, 1, 2] : (tensor<1x1x64xf32>) -> tensor<1x2048x64xf32>
    %109 = stablehlo.multiply %107, %108 : tensor<1x2048x64xf32>
    %110 = stablehlo.sine %109 : tensor<1x2048x64xf32>
    %111 = stablehlo.broadcast_in_dim %110, dims = [0, 1, 3] : (tensor<1x2048x64xf32>) -> tensor<1x2048x1x64xf32>
    %112 = stablehlo.cosine %109 : tensor<1x2048x64xf32>
    %113 = stablehlo.broadcast_in_dim %112, dims = [0, 1, 3] : (tensor<1x2048x64xf32>) -> tensor<1x2048x1x64xf32>
    %114 = stablehlo.convert %58 : (tensor<1x2048x32x128xbf16>) -> tensor<1x2048x32x128xf32>
    %115 = stablehlo.slice %114 [0:1, 0:2048, 0:32, 0:64] : (tensor<1x2048x32x128xf32>) -> tensor<1x2048x32x64xf32>
    %116 = stablehlo.slice %114 [0:1, 0:2048, 0:32, 64:128] : (tensor<1x2048x32x128xf32>) -> tensor<1x2048x32x64xf32>
    %117 = stablehlo.broadcast_in_dim %113, dims = [0, 1, 2, 3] : (tensor<1x2048x1x64xf32>) -> tensor<1x2048x32x64xf32>
    %118 = stablehlo.multiply %115, %117 : tensor<1x2048x32x64xf32>
    %119 = stablehlo.broadcast_in_dim %111, dims = [0, 1, 2, 3] : (tensor<1x2048x1x64xf32>) -> tensor<1x2048x32x64xf32>
    %120 = stablehlo.multiply %116, %119 : tensor<1x2048x32x64xf32>
    %121 = stablehlo.subtract %118, %120 : tensor<1x2048x32x64xf32>
    %122 = stablehlo.broadcast_in_dim %113, dims = [0, 1, 2, 3] : (tensor<1x2048x1x64xf32>) -> tensor<1x2048x32x64xf32>
    %123 = stablehlo.multiply %116, %122 : tensor<1x2048x32x64xf32>
    %124 = stablehlo.broadcast_in_dim %111, dims = [0, 1, 2, 3] : (tensor<1x2048x1x64xf32>) -> tensor<1x2048x32x64xf32>
    %125 = stablehlo.multiply %115, %124 : tensor<1x2048x32x64xf32>
    %126 = stablehlo.add %123, %125 : tensor<1x2048x32x64xf32>
    %127 = stablehlo.concatenate %121, %126, dim = 3 : (tensor<1x2048x32x64xf32>, tensor<1x2048x32x64xf32>) -> tensor<1x2048x32x128xf32>
    %128 = stablehlo.convert %127 : (tensor<1x2048x32x128xf32>) -> tensor<1x2048x32x128xbf16>
    %129 = stablehlo.convert %arg13 : (tensor<1x2048xi32>) -> tensor<1x2048xf32>
    %130 = stablehlo.broadcast_in_dim %129, dims = [0, 1] : (tensor<1x2048xf32>) -> tensor<1x2048x1xf32>
    %131 = stablehlo.broadcast_in_dim %103, dims = [2] : (tensor<64xf32>) -> tensor<1x1x64xf32>
    %132 = stablehlo.broadcast_in_dim %130, dims = [0, 1, 2] : (tensor<1x2048x1xf32>) -> tensor<1x2048x64xf32>
    %133 = stablehlo.broadcast_in_dim %131, dims = [0, 1, 2] : (tensor<1x1x64xf32>) -> tensor<1x2048x64xf32>
    %134 = stablehlo.multiply %132, %133 : tensor<1x2048x64xf32>
    %135 = stablehlo.sine %134 : tensor<1x2048x64xf32>
    %136 = stablehlo.broadcast_in_dim %135, dims = [0, 1, 3] : (tensor<1x2048x64xf32>) -> tensor<1x2048x1x64xf32>
    %137 = stablehlo.cosine %134 : tensor<1x2048x64xf32>
    %138 = stablehlo.broadcast_in_dim %137, dims = [0, 1, 3] : (tensor<1x2048x64xf32>) -> tensor<1x2048x1x64xf32>
    %139 = stablehlo.convert %76 : (tensor<1x2048x16x128xbf16>) -> tensor<1x2048x16x128xf32>
    %140 = stablehlo.slice %139 [0:1, 0:2048, 0:16, 0:64] : (tensor<1x2048x16x128xf32>) -> tensor<1x2048x16x64xf32>
    %141 = stablehlo.slice %139 [0:1, 0:2048, 0:16, 64:128] : (tensor<1x2048x16x128xf32>) -> tensor<1x2048x16x64xf32>
    %142 = stablehlo.broadcast_in_dim %138, dims = [0, 1, 2, 3] : (tensor<1x2048x1x64xf32>) -> tensor<1x2048x16x64xf32>
    %143 = stablehlo.multiply %140, %142 : tensor<1x2048x16x64xf32>
    %144 = stablehlo.broadcast_in_dim %136, dims = [0, 1, 2, 3] : (tensor<1x2048x1x64xf32>) -> tensor<1x2048x16x64xf32>
    %145 = stablehlo.multiply %141, %144 : tensor<1x2048x16x64xf32>
    %146 = stablehlo.subtract %143, %145 : tensor<1x2048x16x64xf32>
    %147 = stablehlo.broadcast_in_dim %138, dims = [0, 1, 2, 3] : (tensor<1x2048x1x64xf32>) -> tensor<1x2048x16x64xf32>
    %148 = stablehlo.multiply %141, %147 : tensor<1x2048x16x64xf32>
    %149 = stablehlo.broadcast_in_dim %136, dims = [0, 1, 2, 3] : (tensor<1x2048x1x64xf32>) -> tensor<1x2048x16x64xf32>
    %150 = stablehlo.multiply %140, %149 : tensor<1x2048x16x64xf32>
    %151 = stablehlo.add %148, %150 : tensor<1x2048x16x64xf32>
    %152 = stablehlo.concatenate %146, %151, dim = 3 : (tensor<1x2048x16x64xf32>, tensor<1x2048x16x64xf32>) -> tensor<1x2048x16x128xf32>
    %153 = stablehlo.convert %152 : (tensor<1x2048x16x128xf32>) -> tensor<1x2048x16x128xbf16>
    %154 = stablehlo.iota dim = 0 : tensor<2048xi32>
    %155 = stablehlo.broadcast_in_dim %154, dims = [1] : (tensor<2048xi32>) -> tensor<1x2048xi32>
    %156 = stablehlo.broadcast_in_dim %155, dims = [0, 1] : (tensor<1x2048xi32>) -> tensor<1x2048x1xi32>
    %157 = stablehlo.broadcast_in_dim %155, dims = [0, 2] : (tensor<1x2048xi32>) -> tensor<1x1x2048xi32>
    %158 = stablehlo.broadcast_in_dim %157, dims = [0, 1, 2] : (tensor<1x1x2048xi32>) -> tensor<1x2048x2048xi32>
    %159 = stablehlo.broadcast_in_dim %156, dims = [0, 1, 2] : (tensor<1x2048x1xi32>) -> tensor<1x2048x2048xi32>
    %160 = stablehlo.compare LE, %158, %159, SIGNED : (tensor<1x2048x2048xi32>, tensor<1x2048x2048xi32>) -> tensor<1x2048x2048xi1>
    %c_29 = stablehlo.constant dense<0> : tensor<i32>
    %161 = stablehlo.broadcast_in_dim %c_29, dims = [] : (tensor<i32>) -> tensor<1x1x2048xi32>
    %162 = stablehlo.compare GE, %157, %161, SIGNED : (tensor<1x1x2048xi32>, tensor<1x1x2048xi32>) -> tensor<1x1x2048xi1>
    %163 = stablehlo.broadcast_in_dim %162, dims = [0, 1, 2] : (tensor<1x1x2048xi1>) -> tensor<1x2048x2048xi1>
    %164 = stablehlo.and %160, %163 : tensor<1x2048x2048xi1>
    %165 = stablehlo.broadcast_in_dim %arg15, dims = [0, 1] : (tensor<1x2048xi32>) -> tensor<1x2048x1xi32>
    %166 = stablehlo.broadcast_in_dim %arg15, dims = [0, 2] : (tensor<1x2048xi32>) -> tensor<1x1x2048xi32>
    %167 = stablehlo.broadcast_in_dim %165, dims = [0, 1, 2] : (tensor<1x2048x1xi32>) -> tensor<1x2048x2048xi32>
    %168 = stablehlo.broadcast_in_dim %166, dims = [0, 1, 2] : (tensor<1x1x2048xi32>) -> tensor<1x2048x2048xi32>
    %169 = stablehlo.compare EQ, %167, %168, SIGNED : (tensor<1x2048x2048xi32>, tensor<1x2048x2048xi32>) -> tensor<1x2048x2048xi1>
    %170 = stablehlo.and %164, %169 : tensor<1x2048x2048xi1>
    %171 = stablehlo.reshape %128 : (tensor<1x2048x32x128xbf16>) -> tensor<1x2048x16x2x128xbf16>
    %172 = stablehlo.dot_general %153, %171, batching_dims = [0, 2] x [0, 2], contracting_dims = [3] x [4], precision = [DEFAULT, DEFAULT] : (tensor<1x2048x16x128xbf16>, tensor<1x2048x16x2x128xbf16>) -> tensor<1x16x2048x2048x2xf32>
    %173 = stablehlo.transpose %172, dims = [0, 1, 4, 3, 2] : (tensor<1x16x2048x2048x2xf32>) -> tensor<1x16x2x2048x2048xf32>
    %cst_30 = stablehlo.constant dense<0.0771516785> : tensor<f32>
    %174 = stablehlo.broadcast_in_dim %cst_30, dims = [] : (tensor<f32>) -> tensor<1x16x2x2048x2048xf32>
    %175 = stablehlo.multiply %173, %174 : tensor<1x16x2x2048x2048xf32>
    %176 = stablehlo.broadcast_in_dim %170, dims = [0, 3, 4] : (tensor<1x2048x2048xi1>) -> tensor<1x1x1x2048x2048xi1>
    %cst_31 = stablehlo.constant dense<-2.38197633E+38> : tensor<f32>
    %177 = call @_where_11(%176, %175, %cst_31) : (tensor<1x1x1x2048x2048xi1>, tensor<1x16x2x2048x2048xf32>, tensor<f32>) -> tensor<1x16x2x2048x2048xf32>
    %cst_32 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %178 = stablehlo.reduce(%177 init: %cst_32) applies stablehlo.maximum across dimensions = [4] : (tensor<1x16x2x2048x2048xf32>, tensor<f32>) -> tensor<1x16x2x2048xf32>
    %cst_33 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %179 = stablehlo.broadcast_in_dim %cst_33, dims = [] : (tensor<f32>) -> tensor<1x16x2x2048xf32>
    %180 = stablehlo.maximum %179, %178 : tensor<1x16x2x2048xf32>
    %181 = stablehlo.broadcast_in_dim %180, dims = [0, 1, 2, 3] : (tensor<1x16x2x2048xf32>) -> tensor<1x16x2x2048x1xf32>
    %182 = stablehlo.broadcast_in_dim %181, dims = [0, 1, 2, 3, 4] : (tensor<1x16x2x2048x1xf32>) -> tensor<1x16x2x2048x2048xf32>
    %183 = stablehlo.subtract %177, %182 : tensor<1x16x2x2048x2048xf32>
    %184 = stablehlo.exponential %183 : tensor<1x16x2x2048x2048xf32>
    %cst_34 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %185 = stablehlo.reduce(%184 init: %cst_34) applies stablehlo.add across dimensions = [4] : (tensor<1x16x2x2048x2048xf32>, tensor<f32>) -> tensor<1x16x2x2048xf32>
    %186 = stablehlo.broadcast_in_dim %185, dims = [0, 1, 2, 3] : (tensor<1x16x2x2048xf32>) -> tensor<1x16x2x2048x1xf32>
    %187 = stablehlo.broadcast_in_dim %186, dims = [0, 1, 2, 3, 4] : (tensor<1x16x2x2048x1xf32>) -> tensor<1x16x2x2048x2048xf32>
    %188 = stablehlo.divide %184, %187 : tensor<1x16x2x2048x2048xf32>
    %189 = stablehlo.convert %188 : (tensor<1x16x2x2048x2048xf32>) -> tensor<1x16x2x2048x2048xbf16>
    %190 = stablehlo.dot_general %40, %189, batching_dims = [0, 2] x [0, 1], contracting_dims = [1] x [4], precision = [DEFAULT, DEFAULT] : (tensor<1x2048x16x128xbf16>, tensor<1x16x2x2048x2048xbf16>) -> tensor<1x16x128x2x2048xbf16>
    %191 = stablehlo.transpose %190, dims = [0, 4, 1, 3, 2] : (tensor<1x16x128x2x2048xbf16>) -> tensor<1x2048x16x2x128xbf16>
    %192 = stablehlo.reshape %191 : (tensor<1x2048x16x2x128xbf16>) -> tensor<1x2048x32x128xbf16>
    %193 = stablehlo.transpose %153, dims = [1, 2, 0, 3] : (tensor<1x2048x16x128xbf16>) -> tensor<2048x16x1x128xbf16>
    %194 = stablehlo.broadcast_in_dim %193, dims = [1, 2, 3, 4] : (tensor<2048x16x1x128xbf16>) -> tensor<1x2048x16x1x128xbf16>
    %c_35 = stablehlo.constant dense<0> : tensor<i32>
    %195 = stablehlo.compare LT, %arg21, %c_35, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %c_36 = stablehlo.constant dense<10> : tensor<i32>
    %196 = stablehlo.add %arg21, %c_36 : tensor<i32>
    %197 = stablehlo.select %195, %196, %arg21 : tensor<i1>, tensor<i32>
    %c_37 = stablehlo.constant dense<0> : tensor<i32>
    %198 = stablehlo.compare LT, %arg14, %c_37, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %c_38 = stablehlo.constant dense<2048> : tensor<i32>
    %199 = stablehlo.add %arg14, %c_38 : tensor<i32>
    %200 = stablehlo.select %198, %199, %arg14 : tensor<i1>, tensor<i32>
    %c_39 = stablehlo.constant dense<0> : tensor<i32>
    %c_40 = stablehlo.constant dense<0> : tensor<i32>
    %c_41 = stablehlo.constant dense<0> : tensor<i32>
    %201 = stablehlo.dynamic_update_slice %arg19, %194, %197, %200, %c_39, %c_40, %c_41 : (tensor<10x2048x16x1x128xbf16>, tensor<1x2048x16x1x128xbf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<10x2048x16x1x128xbf16>
    %202 = stablehlo.transpose %40, dims = [1, 2, 0, 3] : (tensor<1x2048x16x128xbf16>) -> tensor<2048x16x1x128xbf16>
    %203 = stablehlo.broadcast_in_dim %202, dims = [1, 2, 3, 4] : (tensor<2048x16x1x128xbf16>) -> tensor<1x2048x16x1x128xbf16>
    %c_42 = stablehlo.constant dense<0> : tensor<i32>
    %204 = stablehlo.compare LT, %arg21, %c_42, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %c_43 = stablehlo.constant dense<10> : tensor<i32>
    %205 = stablehlo.add %arg21, %c_43 : tensor<i32>
    %206 = stablehlo.select %204, %205, %arg21 : tensor<i1>, tensor<i32>
    %c_44 = stablehlo.constant dense<0> : tensor<i32>
    %207 = stablehlo.compare LT, %arg14, %c_44, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %c_45 = stablehlo.constant dense<2048> : tensor<i32>
    %208 = stablehlo.add %arg14, %c_45 : tensor<i32>
    %209 = stablehlo.select %207, %208, %arg14 : tensor<i1>, tensor<i32>
    %c_46 = stablehlo.constant dense<0> : tensor<i32>
    %c_47 = stablehlo.constant dense<0> : tensor<i32>
    %c_48 = stablehlo.constant dense<0> : tensor<i32>
    %210 = stablehlo.dynamic_update_slice %arg20, %203, %206, %209, %c_46, %c_47, %c_48 : (tensor<10x2048x16x1x128xbf16>, tensor<1x2048x16x1x128xbf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<10x2048x16x1x128xbf16>
    %211 = stablehlo.reshape %192 : (tensor<1x2048x32x128xbf16>) -> tensor<1x2048x4096xbf16>
    %212 = stablehlo.reshape %11 : (tensor<32x128x5376xbf16>) -> tensor<4096x5376xbf16>
    %213 = stablehlo.dot_general %211, %212, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<1x2048x4096xbf16>, tensor<4096x5376xbf16>) -> tensor<1x2048x5376xbf16>
    %214 = stablehlo.convert %213 : (tensor<1x2048x5376xbf16>) -> tensor<1x2048x5376xf32>
    %215 = stablehlo.multiply %214, %214 : tensor<1x2048x5376xf32>
    %cst_49 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %216 = stablehlo.reduce(%215 init: %cst_49) applies stablehlo.add across dimensions = [2] : (tensor<1x2048x5376xf32>, tensor<f32>) -> tensor<1x2048xf32>
    %217 = stablehlo.broadcast_in_dim %216, dims = [0, 1] : (tensor<1x2048xf32>) -> tensor<1x2048x1xf32>
    %cst_50 = stablehlo.constant dense<5.376000e+03> : tensor<f32>
    %218 = stablehlo.broadcast_in_dim %cst_50, dims = [] : (tensor<f32>) -> tensor<1x2048x1xf32>
    %219 = stablehlo.divide %217, %218 : tensor<1x2048x1xf32>
    %cst_51 = stablehlo.constant dense<9.99999997E-7> : tensor<f32>
    %220 = stablehlo.broadcast_in_dim %cst_51, dims = [] : (tensor<f32>) -> tensor<1x2048x1xf32>
    %221 = stablehlo.add %219, %220 : tensor<1x2048x1xf32>
    %222 = stablehlo.rsqrt %221 : tensor<1x2048x1xf32>
    %223 = stablehlo.broadcast_in_dim %222, dims = [0, 1, 2] : (tensor<1x2048x1xf32>) -> tensor<1x2048x5376xf32>
    %224 = stablehlo.multiply %214, %223 : tensor<1x2048x5376xf32>
    %225 = stablehlo.convert %14 : (tensor<5376xbf16>) -> tensor<5376xf32>
    %cst_52 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %226 = stablehlo.broadcast_in_dim %cst_52, dims = [] : (tensor<f32>) -> tensor<5376xf32>
    %227 = stablehlo.add %226, %225 : tensor<5376xf32>
    %228 = stablehlo.broadcast_in_dim %227, dims = [2] : (tensor<5376xf32>) -> tensor<1x1x5376xf32>
    %229 = stablehlo.broadcast_in_dim %228, dims = [0, 1, 2] : (tensor<1x1x5376xf32>) -> tensor<1x2048x5376xf32>
    %230 = stablehlo.multiply %224, %229 : tensor<1x2048x5376xf32>
    %231 = stablehlo.convert %230 : (tensor<1x2048x5376xf32>) -> tensor<1x2048x5376xbf16>
    %232 = stablehlo.add %3#20, %231 : tensor<1x2048x5376xbf16>
    %233 = stablehlo.convert %232 : (tensor<1x2048x5376xbf16>) -> tensor<1x2048x5376xf32>
    %234 = stablehlo.multiply %233, %233 : tensor<1x2048x5376xf32>
    %cst_53 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %235 = stablehlo.reduce(%234 init: %cst_53) applies stablehlo.add across dimensions = [2] : (tensor<1x2048x5376xf32>, tensor<f32>) -> tensor<1x2048xf32>
    %236 = stablehlo.broadcast_in_dim %235, dims = [0, 1] : (tensor<1x2048xf32>) -> tensor<1x2048x1xf32>
    %cst_54 = stablehlo.constant dense<5.376000e+03> : tensor<f32>
    %237 = stablehlo.broadcast_in_dim %cst_54, dims = [] : (tensor<f32>) -> tensor<1x2048x1xf32>
    %238 = stablehlo.divide %236, %237 : tensor<1x2048x1xf32>
    %cst_55 = stablehlo.constant dense<9.99999997E-7> : tensor<f32>
    %239 = stablehlo.broadcast_in_dim %cst_55, dims = [] : (tensor<f32>) -> tensor<1x2048x1xf32>
    %240 = stablehlo.add %238, %239 : tensor<1x2048x1xf32>
    %241 = stablehlo.rsqrt %240 : tensor<1x2048x1xf32>
    %242 = stablehlo.broadcast_in_dim %241, dims = [0, 1, 2] : (tensor<1x2048x1xf32>) -> tensor<1x2048x5376xf32>
    %243 = stablehlo.multiply %233, %242 : tensor<1x2048x5376xf32>
    %244 = stablehlo.convert %15 : (tensor<5376xbf16>) -> tensor<5376xf32>
    %cst_56 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %245 = stablehlo.broadcast_in_dim %cst_56, dims = [] : (tensor<f32>) -> tensor<5376xf32>
    %246 = stablehlo.add %245, %244 : tensor<5376xf32>
    %247 = stablehlo.broadcast_in_dim %246, dims = [2] : (tensor<5376xf32>) -> tensor<1x1x5376xf32>
    %248 = stablehlo.broadcast_in_dim %247, dims = [0, 1, 2] : (tensor<1x1x5376xf32>) -> tensor<1x2048x5376xf32>
    %249 = stablehlo.multiply %243, %248 : tensor<1x2048x5376xf32>
    %250 = stablehlo.convert %249 : (tensor<1x2048x5376xf32>) -> tensor<1x2048x5376xbf16>
    %251 = stablehlo.dot_general %250, %16, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<1x2048x5376xbf16>, tensor<5376x21504xbf16>) -> tensor<1x2048x21504xbf16>
    %252 = stablehlo.multiply %251, %251 : tensor<1x2048x21504xbf16>
    %253 = stablehlo.multiply %252, %251 : tensor<1x2048x21504xbf16>
    %cst_57 = stablehlo.constant dense<4.467770e-02> : tensor<bf16>
    %254 = stablehlo.broadcast_in_dim %cst_57, dims = [] : (tensor<bf16>) -> tensor<1x2048x21504xbf16>
    %255 = stablehlo.multiply %254, %253 : tensor<1x2048x21504xbf16>
    %256 = stablehlo.add %251, %255 : tensor<1x2048x21504xbf16>
    %cst_58 = stablehlo.constant dense<7.968750e-01> : tensor<bf16>
    %257 = stablehlo.broadcast_in_dim %cst_58, dims = [] : (tensor<bf16>) -> tensor<1x2048x21504xbf16>
    %258 = stablehlo.multiply %257, %256 : tensor<1x2048x21504xbf16>
    %259 = stablehlo.tanh %258 : tensor<1x2048x21504xbf16>
    %cst_59 = stablehlo.constant dense<1.000000e+00> : tensor<bf16>
    %260 = stablehlo.broadcast_in_dim %cst_59, dims = [] : (tensor<bf16>) -> tensor<1x2048x21504xbf16>
    %261 = stablehlo.add %260, %259 : tensor<1x2048x21504xbf16>
    %cst_60 = stablehlo.constant dense<5.000000e-01> : tensor<bf16>
    %262 = stablehlo.broadcast_in_dim %cst_60, dims = [] : (tensor<bf16>) -> tensor<1x2048x21504xbf16>
    %263 = stablehlo.multiply %262, %261 : tensor<1x2048x21504xbf16>
    %264 = stablehlo.multiply %251, %263 : tensor<1x2048x21504xbf16>
    %265 = stablehlo.dot_general %250, %17, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<1x2048x5376xbf16>, tensor<5376x21504xbf16>) -> tensor<1x2048x21504xbf16>
    %266 = stablehlo.multiply %264, %265 : tensor<1x2048x21504xbf16>
    %267 = stablehlo.dot_general %266, %18, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<1x2048x21504xbf16>, tensor<21504x5376xbf16>) -> tensor<1x2048x5376xbf16>
    %268 = stablehlo.convert %267 : (tensor<1x2048x5376xbf16>) -> tensor<1x2048x5376xf32>
    %269 = stablehlo.multiply %268, %268 : tensor<1x2048x5376xf32>
    %cst_61 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %270 = stablehlo.reduce(%269 init: %cst_61) applies stablehlo.add across dimensions = [2] : (tensor<1x2048x5376xf32>, tensor<f32>) -> tensor<1x2048xf32>
    %271 = stablehlo.broadcast_in_dim %270, dims = [0, 1] : (tensor<1x2048xf32>) -> tensor<1x2048x1xf32>
    %cst_62 = stablehlo.constant dense<5.376000e+03> : tensor<f32>
    %272 = stablehlo.broadcast_in_dim %cst_62, dims = [] : (tensor<f32>) -> tensor<1x2048x1xf32>
    %273 = stablehlo.divide %271, %272 : tensor<1x2048x1xf32>
    %cst_63 = stablehlo.constant dense<9.99999997E-7> : tensor<f32>
    %274 = stablehlo.broadcast_in_dim %cst_63, dims = [] : (tensor<f32>) -> tensor<1x2048x1xf32>
    %275 = stablehlo.add %273, %274 : tensor<1x2048x1xf32>
    %276 = stablehlo.rsqrt %275 : tensor<1x2048x1xf32>
    %277 = stablehlo.broadcast_in_dim %276, dims = [0, 1, 2] : (tensor<1x2048x1xf32>) -> tensor<1x2048x5376xf32>
    %278 = stablehlo.multiply %268, %277 : tensor<1x2048x5376xf32>
    %279 = stablehlo.convert %19 : (tensor<5376xbf16>) -> tensor<5376xf32>
    %cst_64 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %280 = stablehlo.broadcast_in_dim %cst_64, dims = [] : (tensor<f32>) -> tensor<5376xf32>
    %281 = stablehlo.add %280, %279 : tensor<5376xf32>
    %282 = stablehlo.broadcast_in_dim %281, dims = [2] : (tensor<5376xf32>) -> tensor<1x1x5376xf32>
    %283 = stablehlo.broadcast_in_dim %282, dims = [0, 1, 2] : (tensor<1x1x5376xf32>) -> tensor<1x2048x5376xf32>
    %284 = stablehlo.multiply %278, %283 : tensor<1x2048x5376xf32>
    %285 = stablehlo.convert %284 : (tensor<1x2048x5376xf32>) -> tensor<1x2048x5376xbf16>
    %286 = stablehlo.add %232, %285 : tensor<1x2048x5376xbf16>
    return %286, %3#21, %3#22, %201, %210 : tensor<1x2048x5376xbf16>, tensor<52x1024x16x1x128xbf16>, tensor<52x1024x16x1x128xbf16>, tensor<10x2048x16x1x128xbf16>, tensor<10x2048x16x1x128xbf16>
  }
  func.func private @dynamic_index_in_dim_1(%arg0: tensor<5xi32>, %arg1: tensor<i32>) -> tensor<i32> {
    %0 = stablehlo.dynamic_slice %arg0, %arg1, sizes = [1] : (tensor<5xi32>, tensor<i32>) -> tensor<1xi32>
    %1 = stablehlo.reshape %0 : (tensor<1xi32>) -> tensor<i32>
    return %1 : tensor<i32>
  }
  func.func private @closed_call_2(%arg0: tensor<i32>, %arg1: tensor<62x5376xbf16>, %arg2: tensor<62x32x5376x128xbf16>, %arg3: tensor<62x16x5376x128xbf16>, %arg4: tensor<62x16x5376x128xbf16>, %arg5: tensor<62x32x128x5376xbf16>, %arg6: tensor<62x128xbf16>, %arg7: tensor<62x128xbf16>, %arg8: tensor<62x5376xbf16>, %arg9: tensor<62x5376xbf16>, %arg10: tensor<62x5376x21504xbf16>, %arg11: tensor<62x5376x21504xbf16>, %arg12: tensor<62x21504x5376xbf16>, %arg13: tensor<62x5376xbf16>, %arg14: tensor<i32>, %arg15: tensor<1x2048xi32>, %arg16: tensor<i32>, %arg17: tensor<1x2048xi32>, %arg18: tensor<1x2048x5376xbf16>, %arg19: tensor<52x1024x16x1x128xbf16>, %arg20: tensor<52x1024x16x1x128xbf16>, %arg21: tensor<i32>) -> (tensor<1x2048x5376xbf16>, tensor<52x1024x16x1x128xbf16>, tensor<52x1024x16x1x128xbf16>) {
    %0 = stablehlo.add %arg0, %arg21 : tensor<i32>
    %1 = call @dynamic_index_in_dim_3(%arg1, %0) : (tensor<62x5376xbf16>, tensor<i32>) -> tensor<5376xbf16>
    %2 = call @dynamic_index_in_dim_4(%arg2, %0) : (tensor<62x32x5376x128xbf16>, tensor<i32>) -> tensor<32x5376x128xbf16>
    %3 = call @dynamic_index_in_dim_5(%arg3, %0) : (tensor<62x16x5376x128xbf16>, tensor<i32>) -> tensor<16x5376x128xbf16>
    %4 = call @dynamic_index_in_dim_5(%arg4, %0) : (tensor<62x16x5376x128xbf16>, tensor<i32>) -> tensor<16x5376x128xbf16>
    %5 = call @dynamic_index_in_dim_6(%arg5, %0) : (tensor<62x32x128x5376xbf16>, tensor<i32>) -> tensor<32x128x5376xbf16>
    %6 = call @dynamic_index_in_dim_7(%arg6, %0) : (tensor<62x128xbf16>, tensor<i32>) -> tensor<128xbf16>
    %7 = call @dynamic_index_in_dim_7(%arg7, %0) : (tensor<62x128xbf16>, tensor<i32>) -> tensor<128xbf16>
    %8 = call @dynamic_index_in_dim_3(%arg8, %0) : (tensor<62x5376xbf16>, tensor<i32>) -> tensor<5376xbf16>
    %9 = call @dynamic_index_in_dim_3(%arg9, %0) : (tensor<62x5376xbf16>, tensor<i32>) -> tensor<5376xbf16>
    %10 = call @dynamic_index_in_dim_8(%arg10, %0) : (tensor<62x5376x21504xbf16>, tensor<i32>) -> tensor<5376x21504xbf16>
    %11 = call @dynamic_index_in_dim_8(%arg11, %0) : (tensor<62x5376x21504xbf16>, tensor<i32>) -> tensor<5376x21504xbf16>
    %12 = call @dynamic_index_in_dim_9(%arg12, %0) : (tensor<62x21504x5376xbf16>, tensor<i32>) -> tensor<21504x5376xbf16>
    %13 = call @dynamic_index_in_dim_3(%arg13, %0) : (tensor<62x5376xbf16>, tensor<i32>) -> tensor<5376xbf16>
    %14 = stablehlo.add %arg14, %arg21 : tensor<i32>
    %15 = stablehlo.convert %arg18 : (tensor<1x2048x5376xbf16>) -> tensor<1x2048x5376xf32>
    %16 = stablehlo.multiply %15, %15 : tensor<1x2048x5376xf32>
    %cst = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %17 = stablehlo.reduce(%16 init: %cst) applies stablehlo.add across dimensions = [2] : (tensor<1x2048x5376xf32>, tensor<f32>) -> tensor<1x2048xf32>
    %18 = stablehlo.broadcast_in_dim %17, dims = [0, 1] : (tensor<1x2048xf32>) -> tensor<1x2048x1xf32>
    %cst_0 = stablehlo.constant dense<5.376000e+03> : tensor<f32>
    %19 = stablehlo.broadcast_in_dim %cst_0, dims = [] : (tensor<f32>) -> tensor<1x2048x1xf32>
    %20 = stablehlo.divide %18, %19 : tensor<1x2048x1xf32>
    %cst_1 = stablehlo.constant dense<9.99999997E-7> : tensor<f32>
    %21 = stablehlo.broadcast_in_dim %cst_1, dims = [] : (tensor<f32>) -> tensor<1x2048x1xf32>
    %22 = stablehlo.add %20, %21 : tensor<1x2048x1xf32>
    %23 = stablehlo.rsqrt %22 : tensor<1x2048x1xf32>
    %24 = stablehlo.broadcast_in_dim %23, dims = [0, 1, 2] : (tensor<1x2048x1xf32>) -> tensor<1x2048x5376xf32>
    %25 = stablehlo.multiply %15, %24 : tensor<1x2048x5376xf32>
    %26 = stablehlo.convert %1 : (tensor<5376xbf16>) -> tensor<5376xf32>
    %cst_2 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %27 = stablehlo.broadcast_in_dim %cst_2, dims = [] : (tensor<f32>) -> tensor<5376xf32>
    %28 = stablehlo.add %27, %26 : tensor<5376xf32>
    %29 = stablehlo.broadcast_in_dim %28, dims = [2] : (tensor<5376xf32>) -> tensor<1x1x5376xf32>
    %30 = stablehlo.broadcast_in_dim %29, dims = [0, 1, 2] : (tensor<1x1x5376xf32>) -> tensor<1x2048x5376xf32>
    %31 = stablehlo.multiply %25, %30 : tensor<1x2048x5376xf32>
    %32 = stablehlo.convert %31 : (tensor<1x2048x5376xf32>) -> tensor<1x2048x5376xbf16>
    %33 = stablehlo.dot_general %32, %2, contracting_dims = [2] x [1], precision = [DEFAULT, DEFAULT] : (tensor<1x2048x5376xbf16>, tensor<32x5376x128xbf16>) -> tensor<1x2048x32x128xbf16>
    %34 = stablehlo.dot_general %32, %3, contracting_dims = [2] x [1], precision = [DEFAULT, DEFAULT] : (tensor<1x2048x5376xbf16>, tensor<16x5376x128xbf16>) -> tensor<1x2048x16x128xbf16>
    %35 = stablehlo.dot_general %32, %4, contracting_dims = [2] x [1], precision = [DEFAULT, DEFAULT] : (tensor<1x2048x5376xbf16>, tensor<16x5376x128xbf16>) -> tensor<1x2048x16x128xbf16>
    %36 = stablehlo.convert %33 : (tensor<1x2048x32x128xbf16>) -> tensor<1x2048x32x128xf32>
    %37 = stablehlo.multiply %36, %36 : tensor<1x2048x32x128xf32>
    %cst_3 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %38 = stablehlo.reduce(%37 init: %cst_3) applies stablehlo.add across dimensions = [3] : (tensor<1x2048x32x128xf32>, tensor<f32>) -> tensor<1x2048x32xf32>
    %39 = stablehlo.broadcast_in_dim %38, dims = [0, 1, 2] : (tensor<1x2048x32xf32>) -> tensor<1x2048x32x1xf32>
    %cst_4 = stablehlo.constant dense<1.280000e+02> : tensor<f32>
    %40 = stablehlo.broadcast_in_dim %cst_4, dims = [] : (tensor<f32>) -> tensor<1x2048x32x1xf32>
    %41 = stablehlo.divide %39, %40 : tensor<1x2048x32x1xf32>
    %cst_5 = stablehlo.constant dense<9.99999997E-7> : tensor<f32>
    %42 = stablehlo.broadcast_in_dim %cst_5, dims = [] : (tensor<f32>) -> tensor<1x2048x32x1xf32>
    %43 = stablehlo.add %41, %42 : tensor<1x2048x32x1xf32>
    %44 = stablehlo.rsqrt %43 : tensor<1x2048x32x1xf32>
    %45 = stablehlo.broadcast_in_dim %44, dims = [0, 1, 2, 3] : (tensor<1x2048x32x1xf32>) -> tensor<1x2048x32x128xf32>
    %46 = stablehlo.multiply %36, %45 : tensor<1x2048x32x128xf32>
    %47 = stablehlo.convert %6 : (tensor<128xbf16>) -> tensor<128xf32>
    %cst_6 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %48 = stablehlo.broadcast_in_dim %cst_6, dims = [] : (tensor<f32>) -> tensor<128xf32>
    %49 = stablehlo.add %48, %47 : tensor<128xf32>
    %50 = stablehlo.broadcast_in_dim %49, dims = [3] : (tensor<128xf32>) -> tensor<1x1x1x128xf32>
    %51 = stablehlo.broadcast_in_dim %50, dims = [0, 1, 2, 3] : (tensor<1x1x1x128xf32>) -> tensor<1x2048x32x128xf32>
    %52 = stablehlo.multiply %46, %51 : tensor<1x2048x32x128xf32>
    %53 = stablehlo.convert %52 : (tensor<1x2048x32x128xf32>) -> tensor<1x2048x32x128xbf16>
    %54 = stablehlo.convert %34 : (tensor<1x2048x16x128xbf16>) -> tensor<1x2048x16x128xf32>
    %55 = stablehlo.multiply %54, %54 : tensor<1x2048x16x128xf32>
    %cst_7 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %56 = stablehlo.reduce(%55 init: %cst_7) applies stablehlo.add across dimensions = [3] : (tensor<1x2048x16x128xf32>, tensor<f32>) -> tensor<1x2048x16xf32>
    %57 = stablehlo.broadcast_in_dim %56, dims = [0, 1, 2] : (tensor<1x2048x16xf32>) -> tensor<1x2048x16x1xf32>
    %cst_8 = stablehlo.constant dense<1.280000e+02> : tensor<f32>
    %58 = stablehlo.broadcast_in_dim %cst_8, dims = [] : (tensor<f32>) -> tensor<1x2048x16x1xf32>
    %59 = stablehlo.divide %57, %58 : tensor<1x2048x16x1xf32>
    %cst_9 = stablehlo.constant dense<9.99999997E-7> : tensor<f32>
    %60 = stablehlo.broadcast_in_dim %cst_9, dims = [] : (tensor<f32>) -> tensor<1x2048x16x1xf32>
    %61 = stablehlo.add %59, %60 : tensor<1x2048x16x1xf32>
    %62 = stablehlo.rsqrt %61 : tensor<1x2048x16x1xf32>
    %63 = stablehlo.broadcast_in_dim %62, dims = [0, 1, 2, 3] : (tensor<1x2048x16x1xf32>) -> tensor<1x2048x16x128xf32>
    %64 = stablehlo.multiply %54, %63 : tensor<1x2048x16x128xf32>
    %65 = stablehlo.convert %7 : (tensor<128xbf16>) -> tensor<128xf32>
    %cst_10 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %66 = stablehlo.broadcast_in_dim %cst_10, dims = [] : (tensor<f32>) -> tensor<128xf32>
    %67 = stablehlo.add %66, %65 : tensor<128xf32>
    %68 = stablehlo.broadcast_in_dim %67, dims = [3] : (tensor<128xf32>) -> tensor<1x1x1x128xf32>
    %69 = stablehlo.broadcast_in_dim %68, dims = [0, 1, 2, 3] : (tensor<1x1x1x128xf32>) -> tensor<1x2048x16x128xf32>
    %70 = stablehlo.multiply %64, %69 : tensor<1x2048x16x128xf32>
    %71 = stablehlo.convert %70 : (tensor<1x2048x16x128xf32>) -> tensor<1x2048x16x128xbf16>
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
    %98 = call @_where_10(%c, %97, %84) : (tensor<i1>, tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %99 = stablehlo.convert %arg15 : (tensor<1x2048xi32>) -> tensor<1x2048xf32>
    %100 = stablehlo.broadcast_in_dim %99, dims = [0, 1] : (tensor<1x2048xf32>) -> tensor<1x2048x1xf32>
    %101 = stablehlo.broadcast_in_dim %98, dims = [2] : (tensor<64xf32>) -> tensor<1x1x64xf32>
    %102 = stablehlo.broadcast_in_dim %100, dims = [0, 1, 2] : (tensor<1x2048x1xf32>) -> tensor<1x2048x64xf32>
    %103 = stablehlo.broadcast_in_dim %101, dims = [0, 1, 2] : (tensor<1x1x64xf32>) -> tensor<1x2048x64xf32>
    %104 = stablehlo.multiply %102, %103 : tensor<1x2048x64xf32>
    %105 = stablehlo.sine %104 : tensor<1x2048x64xf32>
    %106 = stablehlo.broadcast_in_dim %105, dims = [0, 1, 3] : (tensor<1x2048x64xf32>) -> tensor<1x2048x1x64xf32>
    %107 = stablehlo.cosine %104 : tensor<1x2048x64xf32>
    %108 = stablehlo.broadcast_in_dim %107, dims = [0, 1, 3] : (tensor<1x2048x64xf32>) -> tensor<1x2048x1x64xf32>
    %109 = stablehlo.convert %53 : (tensor<1x2048x32x128xbf16>) -> tensor<1x2048x32x128xf32>
    %110 = stablehlo.slice %109 [0:1, 0:2048, 0:32, 0:64] : (tensor<1x2048x32x128xf32>) -> tensor<1x2048x32x64xf32>
    %111 = stablehlo.slice %109 [0:1, 0:2048, 0:32, 64:128] : (tensor<1x2048x32x128xf32>) -> tensor<1x2048x32x64xf32>
    %112 = stablehlo.broadcast_in_dim %108, dims = [0, 1, 2, 3] : (tensor<1x2048x1x64xf32>) -> tensor<1x2048x32x64xf32>
    %113 = stablehlo.multiply %110, %112 : tensor<1x2048x32x64xf32>
    %114 = stablehlo.broadcast_in_dim %106, dims = [0, 1, 2, 3] : (tensor<1x2048x1x64xf32>) -> tensor<1x2048x32x64xf32>
    %115 = stablehlo.multiply %111, %114 : tensor<1x2048x32x64xf32>
    %116 = stablehlo.subtract %113, %115 : tensor<1x2048x32x64xf32>
    %117 = stablehlo.broadcast_in_dim %108, dims = [0, 1, 2, 3] : (tensor<1x2048x1x64xf32>) -> tensor<1x2048x32x64xf32>
    %118 = stablehlo.multiply %111, %117 : tensor<1x2048x32x64xf32>
    %119 = stablehlo.broadcast_in_dim %106, dims = [0, 1, 2, 3] : (tensor<1x2048x1x64xf32>) -> tensor<1x2048x32x64xf32>
    %120 = stablehlo.multiply %110, %119 : tensor<1x2048x32x64xf32>
    %121 = stablehlo.add %118, %120 : tensor<1x2048x32x64xf32>
    %122 = stablehlo.concatenate %116, %121, dim = 3 : (tensor<1x2048x32x64xf32>, tensor<1x2048x32x64xf32>) -> tensor<1x2048x32x128xf32>
    %123 = stablehlo.convert %122 : (tensor<1x2048x32x128xf32>) -> tensor<1x2048x32x128xbf16>
    %124 = stablehlo.convert %arg15 : (tensor<1x2048xi32>) -> tensor<1x2048xf32>
    %125 = stablehlo.broadcast_in_dim %124, dims = [0, 1] : (tensor<1x2048xf32>) -> tensor<1x2048x1xf32>
    %126 = stablehlo.broadcast_in_dim %98, dims = [2] : (tensor<64xf32>) -> tensor<1x1x64xf32>
    %127 = stablehlo.broadcast_in_dim %125, dims = [0, 1, 2] : (tensor<1x2048x1xf32>) -> tensor<1x2048x64xf32>
    %128 = stablehlo.broadcast_in_dim %126, dims = [0, 1, 2] : (tensor<1x1x64xf32>) -> tensor<1x2048x64xf32>
    %129 = stablehlo.multiply %127, %128 : tensor<1x2048x64xf32>
    %130 = stablehlo.sine %129 : tensor<1x2048x64xf32>
    %131 = stablehlo.broadcast_in_dim %130, dims = [0, 1, 3] : (tensor<1x2048x64xf32>) -> tensor<1x2048x1x64xf32>
    %132 = stablehlo.cosine %129 : tensor<1x2048x64xf32>
    %133 = stablehlo.broadcast_in_dim %132, dims = [0, 1, 3] : (tensor<1x2048x64xf32>) -> tensor<1x2048x1x64xf32>
    %134 = stablehlo.convert %71 : (tensor<1x2048x16x128xbf16>) -> tensor<1x2048x16x128xf32>
    %135 = stablehlo.slice %134 [0:1, 0:2048, 0:16, 0:64] : (tensor<1x2048x16x128xf32>) -> tensor<1x2048x16x64xf32>
    %136 = stablehlo.slice %134 [0:1, 0:2048, 0:16, 64:128] : (tensor<1x2048x16x128xf32>) -> tensor<1x2048x16x64xf32>
    %137 = stablehlo.broadcast_in_dim %133, dims = [0, 1, 2, 3] : (tensor<1x2048x1x64xf32>) -> tensor<1x2048x16x64xf32>
    %138 = stablehlo.multiply %135, %137 : tensor<1x2048x16x64xf32>
    %139 = stablehlo.broadcast_in_dim %131, dims = [0, 1, 2, 3] : (tensor<1x2048x1x64xf32>) -> tensor<1x2048x16x64xf32>
    %140 = stablehlo.multiply %136, %139 : tensor<1x2048x16x64xf32>
    %141 = stablehlo.subtract %138, %140 : tensor<1x2048x16x64xf32>
    %142 = stablehlo.broadcast_in_dim %133, dims = [0, 1, 2, 3] : (tensor<1x2048x1x64xf32>) -> tensor<1x2048x16x64xf32>
    %143 = stablehlo.multiply %136, %142 : tensor<1x2048x16x64xf32>
    %144 = stablehlo.broadcast_in_dim %131, dims = [0, 1, 2, 3] : (tensor<1x2048x1x64xf32>) -> tensor<1x2048x16x64xf32>
    %145 = stablehlo.multiply %135, %144 : tensor<1x2048x16x64xf32>
    %146 = stablehlo.add %143, %145 : tensor<1x2048x16x64xf32>
    %147 = stablehlo.concatenate %141, %146, dim = 3 : (tensor<1x2048x16x64xf32>, tensor<1x2048x16x64xf32>) -> tensor<1x2048x16x128xf32>
    %148 = stablehlo.convert %147 : (tensor<1x2048x16x128xf32>) -> tensor<1x2048x16x128xbf16>
    %149 = stablehlo.slice %148 [0:1, 1024:2048, 0:16, 0:128] : (tensor<1x2048x16x128xbf16>) -> tensor<1x1024x16x128xbf16>
    %150 = call @_roll_static(%149) : (tensor<1x1024x16x128xbf16>) -> tensor<1x1024x16x128xbf16>
    %151 = stablehlo.transpose %150, dims = [1, 2, 0, 3] : (tensor<1x1024x16x128xbf16>) -> tensor<1024x16x1x128xbf16>
    %152 = stablehlo.broadcast_in_dim %151, dims = [1, 2, 3, 4] : (tensor<1024x16x1x128xbf16>) -> tensor<1x1024x16x1x128xbf16>
    %c_23 = stablehlo.constant dense<0> : tensor<i32>
    %153 = stablehlo.compare LT, %14, %c_23, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %c_24 = stablehlo.constant dense<52> : tensor<i32>
    %154 = stablehlo.add %14, %c_24 : tensor<i32>
    %155 = stablehlo.select %153, %154, %14 : tensor<i1>, tensor<i32>
    %c_25 = stablehlo.constant dense<0> : tensor<i32>
    %156 = stablehlo.compare LT, %arg16, %c_25, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %c_26 = stablehlo.constant dense<1024> : tensor<i32>
    %157 = stablehlo.add %arg16, %c_26 : tensor<i32>
    %158 = stablehlo.select %156, %157, %arg16 : tensor<i1>, tensor<i32>
    %c_27 = stablehlo.constant dense<0> : tensor<i32>
    %c_28 = stablehlo.constant dense<0> : tensor<i32>
    %c_29 = stablehlo.constant dense<0> : tensor<i32>
    %159 = stablehlo.dynamic_update_slice %arg19, %152, %155, %158, %c_27, %c_28, %c_29 : (tensor<52x1024x16x1x128xbf16>, tensor<1x1024x16x1x128xbf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<52x1024x16x1x128xbf16>
    %160 = stablehlo.slice %35 [0:1, 1024:2048, 0:16, 0:128] : (tensor<1x2048x16x128xbf16>) -> tensor<1x1024x16x128xbf16>
    %161 = call @_roll_static(%160) : (tensor<1x1024x16x128xbf16>) -> tensor<1x1024x16x128xbf16>
    %162 = stablehlo.transpose %161, dims = [1, 2, 0, 3] : (tensor<1x1024x16x128xbf16>) -> tensor<1024x16x1x128xbf16>
    %163 = stablehlo.broadcast_in_dim %162, dims = [1, 2, 3, 4] : (tensor<1024x16x1x128xbf16>) -> tensor<1x1024x16x1x128xbf16>
    %c_30 = stablehlo.constant dense<0> : tensor<i32>
    %164 = stablehlo.compare LT, %14, %c_30, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %c_31 = stablehlo.constant dense<52> : tensor<i32>
    %165 = stablehlo.add %14, %c_31 : tensor<i32>
    %166 = stablehlo.select %164, %165, %14 : tensor<i1>, tensor<i32>
    %c_32 = stablehlo.constant dense<0> : tensor<i32>
    %167 = stablehlo.compare LT, %arg16, %c_32, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %c_33 = stablehlo.constant dense<1024> : tensor<i32>
    %168 = stablehlo.add %arg16, %c_33 : tensor<i32>
    %169 = stablehlo.select %167, %168, %arg16 : tensor<i1>, tensor<i32>
    %c_34 = stablehlo.constant dense<0> : tensor<i32>
    %c_35 = stablehlo.constant dense<0> : tensor<i32>
    %c_36 = stablehlo.constant dense<0> : tensor<i32>
    %170 = stablehlo.dynamic_update_slice %arg20, %163, %166, %169, %c_34, %c_35, %c_36 : (tensor<52x1024x16x1x128xbf16>, tensor<1x1024x16x1x128xbf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<52x1024x16x1x128xbf16>
    %171 = stablehlo.iota dim = 0 : tensor<2048xi32>
    %172 = stablehlo.broadcast_in_dim %171, dims = [1] : (tensor<2048xi32>) -> tensor<1x2048xi32>
    %173 = stablehlo.broadcast_in_dim %172, dims = [0, 1] : (tensor<1x2048xi32>) -> tensor<1x2048x1xi32>
    %174 = stablehlo.broadcast_in_dim %172, dims = [0, 2] : (tensor<1x2048xi32>) -> tensor<1x1x2048xi32>
    %175 = stablehlo.broadcast_in_dim %174, dims = [0, 1, 2] : (tensor<1x1x2048xi32>) -> tensor<1x2048x2048xi32>
    %176 = stablehlo.broadcast_in_dim %173, dims = [0, 1, 2] : (tensor<1x2048x1xi32>) -> tensor<1x2048x2048xi32>
    %177 = stablehlo.compare LE, %175, %176, SIGNED : (tensor<1x2048x2048xi32>, tensor<1x2048x2048xi32>) -> tensor<1x2048x2048xi1>
    %c_37 = stablehlo.constant dense<0> : tensor<i32>
    %178 = stablehlo.broadcast_in_dim %c_37, dims = [] : (tensor<i32>) -> tensor<1x1x2048xi32>
    %179 = stablehlo.compare GE, %174, %178, SIGNED : (tensor<1x1x2048xi32>, tensor<1x1x2048xi32>) -> tensor<1x1x2048xi1>
    %180 = stablehlo.broadcast_in_dim %179, dims = [0, 1, 2] : (tensor<1x1x2048xi1>) -> tensor<1x2048x2048xi1>
    %181 = stablehlo.and %177, %180 : tensor<1x2048x2048xi1>
    %182 = stablehlo.broadcast_in_dim %173, dims = [0, 1, 2] : (tensor<1x2048x1xi32>) -> tensor<1x2048x2048xi32>
    %183 = stablehlo.broadcast_in_dim %174, dims = [0, 1, 2] : (tensor<1x1x2048xi32>) -> tensor<1x2048x2048xi32>
    %184 = stablehlo.subtract %182, %183 : tensor<1x2048x2048xi32>
    %c_38 = stablehlo.constant dense<1024> : tensor<i32>
    %185 = stablehlo.broadcast_in_dim %c_38, dims = [] : (tensor<i32>) -> tensor<1x2048x2048xi32>
    %186 = stablehlo.compare LT, %184, %185, SIGNED : (tensor<1x2048x2048xi32>, tensor<1x2048x2048xi32>) -> tensor<1x2048x2048xi1>
    %187 = stablehlo.and %181, %186 : tensor<1x2048x2048xi1>
    %188 = stablehlo.broadcast_in_dim %arg17, dims = [0, 1] : (tensor<1x2048xi32>) -> tensor<1x2048x1xi32>
    %189 = stablehlo.broadcast_in_dim %arg17, dims = [0, 2] : (tensor<1x2048xi32>) -> tensor<1x1x2048xi32>
    %190 = stablehlo.broadcast_in_dim %188, dims = [0, 1, 2] : (tensor<1x2048x1xi32>) -> tensor<1x2048x2048xi32>
    %191 = stablehlo.broadcast_in_dim %189, dims = [0, 1, 2] : (tensor<1x1x2048xi32>) -> tensor<1x2048x2048xi32>
    %192 = stablehlo.compare EQ, %190, %191, SIGNED : (tensor<1x2048x2048xi32>, tensor<1x2048x2048xi32>) -> tensor<1x2048x2048xi1>
    %193 = stablehlo.and %187, %192 : tensor<1x2048x2048xi1>
    %194 = stablehlo.reshape %123 : (tensor<1x2048x32x128xbf16>) -> tensor<1x2048x16x2x128xbf16>
    %195 = stablehlo.dot_general %148, %194, batching_dims = [0, 2] x [0, 2], contracting_dims = [3] x [4], precision = [DEFAULT, DEFAULT] : (tensor<1x2048x16x128xbf16>, tensor<1x2048x16x2x128xbf16>) -> tensor<1x16x2048x2048x2xf32>
    %196 = stablehlo.transpose %195, dims = [0, 1, 4, 3, 2] : (tensor<1x16x2048x2048x2xf32>) -> tensor<1x16x2x2048x2048xf32>
    %cst_39 = stablehlo.constant dense<0.0771516785> : tensor<f32>
    %197 = stablehlo.broadcast_in_dim %cst_39, dims = [] : (tensor<f32>) -> tensor<1x16x2x2048x2048xf32>
    %198 = stablehlo.multiply %196, %197 : tensor<1x16x2x2048x2048xf32>
    %199 = stablehlo.broadcast_in_dim %193, dims = [0, 3, 4] : (tensor<1x2048x2048xi1>) -> tensor<1x1x1x2048x2048xi1>
    %cst_40 = stablehlo.constant dense<-2.38197633E+38> : tensor<f32>
    %200 = call @_where_11(%199, %198, %cst_40) : (tensor<1x1x1x2048x2048xi1>, tensor<1x16x2x2048x2048xf32>, tensor<f32>) -> tensor<1x16x2x2048x2048xf32>
    %cst_41 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %201 = stablehlo.reduce(%200 init: %cst_41) applies stablehlo.maximum across dimensions = [4] : (tensor<1x16x2x2048x2048xf32>, tensor<f32>) -> tensor<1x16x2x2048xf32>
    %cst_42 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %202 = stablehlo.broadcast_in_dim %cst_42, dims = [] : (tensor<f32>) -> tensor<1x16x2x2048xf32>
    %203 = stablehlo.maximum %202, %201 : tensor<1x16x2x2048xf32>
    %204 = stablehlo.broadcast_in_dim %203, dims = [0, 1, 2, 3] : (tensor<1x16x2x2048xf32>) -> tensor<1x16x2x2048x1xf32>
    %205 = stablehlo.broadcast_in_dim %204, dims = [0, 1, 2, 3, 4] : (tensor<1x16x2x2048x1xf32>) -> tensor<1x16x2x2048x2048xf32>
    %206 = stablehlo.subtract %200, %205 : tensor<1x16x2x2048x2048xf32>
    %207 = stablehlo.exponential %206 : tensor<1x16x2x2048x2048xf32>
    %cst_43 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %208 = stablehlo.reduce(%207 init: %cst_43) applies stablehlo.add across dimensions = [4] : (tensor<1x16x2x2048x2048xf32>, tensor<f32>) -> tensor<1x16x2x2048xf32>
    %209 = stablehlo.broadcast_in_dim %208, dims = [0, 1, 2, 3] : (tensor<1x16x2x2048xf32>) -> tensor<1x16x2x2048x1xf32>
    %210 = stablehlo.broadcast_in_dim %209, dims = [0, 1, 2, 3, 4] : (tensor<1x16x2x2048x1xf32>) -> tensor<1x16x2x2048x2048xf32>
    %211 = stablehlo.divide %207, %210 : tensor<1x16x2x2048x2048xf32>
    %212 = stablehlo.convert %211 : (tensor<1x16x2x2048x2048xf32>) -> tensor<1x16x2x2048x2048xbf16>
    %213 = stablehlo.dot_general %35, %212, batching_dims = [0, 2] x [0, 1], contracting_dims = [1] x [4], precision = [DEFAULT, DEFAULT] : (tensor<1x2048x16x128xbf16>, tensor<1x16x2x2048x2048xbf16>) -> tensor<1x16x128x2x2048xbf16>
    %214 = stablehlo.transpose %213, dims = [0, 4, 1, 3, 2] : (tensor<1x16x128x2x2048xbf16>) -> tensor<1x2048x16x2x128xbf16>
    %215 = stablehlo.reshape %214 : (tensor<1x2048x16x2x128xbf16>) -> tensor<1x2048x32x128xbf16>
    %216 = stablehlo.reshape %215 : (tensor<1x2048x32x128xbf16>) -> tensor<1x2048x4096xbf16>
    %217 = stablehlo.reshape %5 : (tensor<32x128x5376xbf16>) -> tensor<4096x5376xbf16>
    %218 = stablehlo.dot_general %216, %217, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<1x2048x4096xbf16>, tensor<4096x5376xbf16>) -> tensor<1x2048x5376xbf16>
    %219 = stablehlo.convert %218 : (tensor<1x2048x5376xbf16>) -> tensor<1x2048x5376xf32>
    %220 = stablehlo.multiply %219, %219 : tensor<1x2048x5376xf32>
    %cst_44 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %221 = stablehlo.reduce(%220 init: %cst_44) applies stablehlo.add across dimensions = [2] : (tensor<1x2048x5376xf32>, tensor<f32>) -> tensor<1x2048xf32>
    %222 = stablehlo.broadcast_in_dim %221, dims = [0, 1] : (tensor<1x2048xf32>) -> tensor<1x2048x1xf32>
    %cst_45 = stablehlo.constant dense<5.376000e+03> : tensor<f32>
    %223 = stablehlo.broadcast_in_dim %cst_45, dims = [] : (tensor<f32>) -> tensor<1x2048x1xf32>
    %224 = stablehlo.divide %222, %223 : tensor<1x2048x1xf32>
    %cst_46 = stablehlo.constant dense<9.99999997E-7> : tensor<f32>
    %225 = stablehlo.broadcast_in_dim %cst_46, dims = [] : (tensor<f32>) -> tensor<1x2048x1xf32>
    %226 = stablehlo.add %224, %225 : tensor<1x2048x1xf32>
    %227 = stablehlo.rsqrt %226 : tensor<1x2048x1xf32>
    %228 = stablehlo.broadcast_in_dim %227, dims = [0, 1, 2] : (tensor<1x2048x1xf32>) -> tensor<1x2048x5376xf32>
    %229 = stablehlo.multiply %219, %228 : tensor<1x2048x5376xf32>
    %230 = stablehlo.convert %8 : (tensor<5376xbf16>) -> tensor<5376xf32>
    %cst_47 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %231 = stablehlo.broadcast_in_dim %cst_47, dims = [] : (tensor<f32>) -> tensor<5376xf32>
    %232 = stablehlo.add %231, %230 : tensor<5376xf32>
    %233 = stablehlo.broadcast_in_dim %232, dims = [2] : (tensor<5376xf32>) -> tensor<1x1x5376xf32>
    %234 = stablehlo.broadcast_in_dim %233, dims = [0, 1, 2] : (tensor<1x1x5376xf32>) -> tensor<1x2048x5376xf32>
    %235 = stablehlo.multiply %229, %234 : tensor<1x2048x5376xf32>
    %236 = stablehlo.convert %235 : (tensor<1x2048x5376xf32>) -> tensor<1x2048x5376xbf16>
    %237 = stablehlo.add %arg18, %236 : tensor<1x2048x5376xbf16>
    %238 = stablehlo.convert %237 : (tensor<1x2048x5376xbf16>) -> tensor<1x2048x5376xf32>
    %239 = stablehlo.multiply %238, %238 : tensor<1x2048x5376xf32>
    %cst_48 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %240 = stablehlo.reduce(%239 init: %cst_48) applies stablehlo.add across dimensions = [2] : (tensor<1x2048x5376xf32>, tensor<f32>) -> tensor<1x2048xf32>
    %241 = stablehlo.broadcast_in_dim %240, dims = [0, 1] : (tensor<1x2048xf32>) -> tensor<1x2048x1xf32>
    %cst_49 = stablehlo.constant dense<5.376000e+03> : tensor<f32>
    %242 = stablehlo.broadcast_in_dim %cst_49, dims = [] : (tensor<f32>) -> tensor<1x2048x1xf32>
    %243 = stablehlo.divide %241, %242 : tensor<1x2048x1xf32>
    %cst_50 = stablehlo.constant dense<9.99999997E-7> : tensor<f32>
    %244 = stablehlo.broadcast_in_dim %cst_50, dims = [] : (tensor<f32>) -> tensor<1x2048x1xf32>
    %245 = stablehlo.add %243, %244 : tensor<1x2048x1xf32>
    %246 = stablehlo.rsqrt %245 : tensor<1x2048x1xf32>
    %247 = stablehlo.broadcast_in_dim %246, dims = [0, 1, 2] : (tensor<1x2048x1xf32>) -> tensor<1x2048x5376xf32>
    %248 = stablehlo.multiply %238, %247 : tensor<1x2048x5376xf32>
    %249 = stablehlo.convert %9 : (tensor<5376xbf16>) -> tensor<5376xf32>
    %cst_51 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %250 = stablehlo.broadcast_in_dim %cst_51, dims = [] : (tensor<f32>) -> tensor<5376xf32>
    %251 = stablehlo.add %250, %249 : tensor<5376xf32>
    %252 = stablehlo.broadcast_in_dim %251, dims = [2] : (tensor<5376xf32>) -> tensor<1x1x5376xf32>
    %253 = stablehlo.broadcast_in_dim %252, dims = [0, 1, 2] : (tensor<1x1x5376xf32>) -> tensor<1x2048x5376xf32>
    %254 = stablehlo.multiply %248, %253 : tensor<1x2048x5376xf32>
    %255 = stablehlo.convert %254 : (tensor<1x2048x5376xf32>) -> tensor<1x2048x5376xbf16>
    %256 = stablehlo.dot_general %255, %10, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<1x2048x5376xbf16>, tensor<5376x21504xbf16>) -> tensor<1x2048x21504xbf16>
    %257 = stablehlo.multiply %256, %256 : tensor<1x2048x21504xbf16>
    %258 = stablehlo.multiply %257, %256 : tensor<1x2048x21504xbf16>
    %cst_52 = stablehlo.constant dense<4.467770e-02> : tensor<bf16>
    %259 = stablehlo.broadcast_in_dim %cst_52, dims = [] : (tensor<bf16>) -> tensor<1x2048x21504xbf16>
    %260 = stablehlo.multiply %259, %258 : tensor<1x2048x21504xbf16>
    %261 = stablehlo.add %256, %260 : tensor<1x2048x21504xbf16>
    %cst_53 = stablehlo.constant dense<7.968750e-01> : tensor<bf16>
    %262 = stablehlo.broadcast_in_dim %cst_53, dims = [] : (tensor<bf16>) -> tensor<1x2048x21504xbf16>
    %263 = stablehlo.multiply %262, %261 : tensor<1x2048x21504xbf16>
    %264 = stablehlo.tanh %263 : tensor<1x2048x21504xbf16>
    %cst_54 = stablehlo.constant dense<1.000000e+00> : tensor<bf16>
    %265 = stablehlo.broadcast_in_dim %cst_54, dims = [] : (tensor<bf16>) -> tensor<1x2048x21504xbf16>
    %266 = stablehlo.add %265, %264 : tensor<1x2048x21504xbf16>
    %cst_55 = stablehlo.constant dense<5.000000e-01> : tensor<bf16>
    %267 = stablehlo.broadcast_in_dim %cst_55, dims = [] : (tensor<bf16>) -> tensor<1x2048x21504xbf16>
    %268 = stablehlo.multiply %267, %266 : tensor<1x2048x21504xbf16>
    %269 = stablehlo.multiply %256, %268 : tensor<1x2048x21504xbf16>
    %270 = stablehlo.dot_general %255, %11, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<1x2048x5376xbf16>, tensor<5376x21504xbf16>) -> tensor<1x2048x21504xbf16>
    %271 = stablehlo.multiply %269, %270 : tensor<1x2048x21504xbf16>
    %272 = stablehlo.dot_general %271, %12, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<1x2048x21504xbf16>, tensor<21504x5376xbf16>) -> tensor<1x2048x5376xbf16>
    %273 = stablehlo.convert %272 : (tensor<1x2048x5376xbf16>) -> tensor<1x2048x5376xf32>
    %274 = stablehlo.multiply %273, %273 : tensor<1x2048x5376xf32>
    %cst_56 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %275 = stablehlo.reduce(%274 init: %cst_56) applies stablehlo.add across dimensions = [2] : (tensor<1x2048x5376xf32>, tensor<f32>) -> tensor<1x2048xf32>
    %276 = stablehlo.broadcast_in_dim %275, dims = [0, 1] : (tensor<1x2048xf32>) -> tensor<1x2048x1xf32>
    %cst_57 = stablehlo.constant dense<5.376000e+03> : tensor<f32>
    %277 = stablehlo.broadcast_in_dim %cst_57, dims = [] : (tensor<f32>) -> tensor<1x2048x1xf32>
    %278 = stablehlo.divide %276, %277 : tensor<1x2048x1xf32>
    %cst_58 = stablehlo.constant dense<9.99999997E-7> : tensor<f32>
    %279 = stablehlo.broadcast_in_dim %cst_58, dims = [] : (tensor<f32>) -> tensor<1x2048x1xf32>
    %280 = stablehlo.add %278, %279 : tensor<1x2048x1xf32>
    %281 = stablehlo.rsqrt %280 : tensor<1x2048x1xf32>
    %282 = stablehlo.broadcast_in_dim %281, dims = [0, 1, 2] : (tensor<1x2048x1xf32>) -> tensor<1x2048x5376xf32>
    %283 = stablehlo.multiply %273, %282 : tensor<1x2048x5376xf32>
    %284 = stablehlo.convert %13 : (tensor<5376xbf16>) -> tensor<5376xf32>
    %cst_59 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %285 = stablehlo.broadcast_in_dim %cst_59, dims = [] : (tensor<f32>) -> tensor<5376xf32>
    %286 = stablehlo.add %285, %284 : tensor<5376xf32>
    %287 = stablehlo.broadcast_in_dim %286, dims = [2] : (tensor<5376xf32>) -> tensor<1x1x5376xf32>
    %288 = stablehlo.broadcast_in_dim %287, dims = [0, 1, 2] : (tensor<1x1x5376xf32>) -> tensor<1x2048x5376xf32>
    %289 = stablehlo.multiply %283, %288 : tensor<1x2048x5376xf32>
    %290 = stablehlo.convert %289 : (tensor<1x2048x5376xf32>) -> tensor<1x2048x5376xbf16>
    %291 = stablehlo.add %237, %290 : tensor<1x2048x5376xbf16>
    return %291, %159, %170 : tensor<1x2048x5376xbf16>, tensor<52x1024x16x1x128xbf16>, tensor<52x1024x16x1x128xbf16>
  }
  func.func private @dynamic_index_in_dim_3(%arg0: tensor<62x5376xbf16>, %arg1: tensor<i32>) -> tensor<5376xbf16> {
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
  func.func private @dynamic_index_in_dim_4(%arg0: tensor<62x32x5376x128xbf16>, %arg1: tensor<i32>) -> tensor<32x5376x128xbf16> {
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
  func.func private @dynamic_index_in_dim_5(%arg0: tensor<62x16x5376x128xbf16>, %arg1: tensor<i32>) -> tensor<16x5376x128xbf16> {
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
  func.func private @dynamic_index_in_dim_6(%arg0: tensor<62x32x128x5376xbf16>, %arg1: tensor<i32>) -> tensor<32x128x5376xbf16> {
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
  func.func private @dynamic_index_in_dim_7(%arg0: tensor<62x128xbf16>, %arg1: tensor<i32>) -> tensor<128xbf16> {
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
  func.func private @dynamic_index_in_dim_8(%arg0: tensor<62x5376x21504xbf16>, %arg1: tensor<i32>) -> tensor<5376x21504xbf16> {
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
  func.func private @dynamic_index_in_dim_9(%arg0: tensor<62x21504x5376xbf16>, %arg1: tensor<i32>) -> tensor<21504x5376xbf16> {
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
  func.func private @_where_10(%arg0: tensor<i1>, %arg1: tensor<64xf32>, %arg2: tensor<64xf32>) -> tensor<64xf32> {
    %0 = stablehlo.select %arg0, %arg1, %arg2 : tensor<i1>, tensor<64xf32>
    return %0 : tensor<64xf32>
  }
  func.func private @_roll_static(%arg0: tensor<1x1024x16x128xbf16>) -> tensor<1x1024x16x128xbf16> {
    %0 = stablehlo.slice %arg0 [0:1, 0:1024, 0:16, 0:128] : (tensor<1x1024x16x128xbf16>) -> tensor<1x1024x16x128xbf16>
    %1 = stablehlo.slice %arg0 [0:1, 0:0, 0:16, 0:128] : (tensor<1x1024x16x128xbf16>) -> tensor<1x0x16x128xbf16>
    %2 = stablehlo.concatenate %0, %1, dim = 1 : (tensor<1x1024x16x128xbf16>, tensor<1x0x16x128xbf16>) -> tensor<1x1024x16x128xbf16>
    return %2 : tensor<1x1024x16x128xbf16>
  }
  func.func private @_where_11(%arg0: tensor<1x1x1x2048x2048xi1>, %arg1: tensor<1x16x2x2048x2048xf32>, %arg2: tensor<f32>) -> tensor<1x16x2x2048x2048xf32> {
    %0 = stablehlo.convert %arg2 : tensor<f32>
    %1 = stablehlo.broadcast_in_dim %arg0, dims = [0, 1, 2, 3, 4] : (tensor<1x1x1x2048x2048xi1>) -> tensor<1x16x2x2048x2048xi1>
    %2 = stablehlo.broadcast_in_dim %0, dims = [] : (tensor<f32>) -> tensor<1x16x2x2048x2048xf32>
    %3 = stablehlo.select %1, %arg1, %2 : tensor<1x16x2x2048x2048xi1>, tensor<1x16x2x2048x2048xf32>
    return %3 : tensor<1x16x2x2048x2048xf32>
  }
  func.func private @dynamic_index_in_dim_12(%arg0: tensor<2xi32>, %arg1: tensor<i32>) -> tensor<i32> {
    %0 = stablehlo.dynamic_slice %arg0, %arg1, sizes = [1] : (tensor<2xi32>, tensor<i32>) -> tensor<1xi32>
    %1 = stablehlo.reshape %0 : (tensor<1xi32>) -> tensor<i32>
    return %1 : tensor<i32>
  }
  func.func private @closed_call_13(%arg0: tensor<62x5376xbf16>, %arg1: tensor<62x32x5376x128xbf16>, %arg2: tensor<62x16x5376x128xbf16>, %arg3: tensor<62x16x5376x128xbf16>, %arg4: tensor<62x32x128x5376xbf16>, %arg5: tensor<62x128xbf16>, %arg6: tensor<62x128xbf16>, %arg7: tensor<62x5376xbf16>, %arg8: tensor<62x5376xbf16>, %arg9: tensor<62x5376x21504xbf16>, %arg10: tensor<62x5376x21504xbf16>, %arg11: tensor<62x21504x5376xbf16>, %arg12: tensor<62x5376xbf16>, %arg13: tensor<1x2048xi32>, %arg14: tensor<i32>, %arg15: tensor<1x2048xi32>, %arg16: tensor<1x2048x5376xbf16>, %arg17: tensor<52x1024x16x1x128xbf16>, %arg18: tensor<52x1024x16x1x128xbf16>, %arg19: tensor<i32>) -> (tensor<1x2048x5376xbf16>, tensor<52x1024x16x1x128xbf16>, tensor<52x1024x16x1x128xbf16>) {
    %c = stablehlo.constant dense<60> : tensor<i32>
    %0 = stablehlo.add %c, %arg19 : tensor<i32>
    %1 = call @dynamic_index_in_dim_3(%arg0, %0) : (tensor<62x5376xbf16>, tensor<i32>) -> tensor<5376xbf16>
    %2 = call @dynamic_index_in_dim_4(%arg1, %0) : (tensor<62x32x5376x128xbf16>, tensor<i32>) -> tensor<32x5376x128xbf16>
    %3 = call @dynamic_index_in_dim_5(%arg2, %0) : (tensor<62x16x5376x128xbf16>, tensor<i32>) -> tensor<16x5376x128xbf16>
    %4 = call @dynamic_index_in_dim_5(%arg3, %0) : (tensor<62x16x5376x128xbf16>, tensor<i32>) -> tensor<16x5376x128xbf16>
    %5 = call @dynamic_index_in_dim_6(%arg4, %0) : (tensor<62x32x128x5376xbf16>, tensor<i32>) -> tensor<32x128x5376xbf16>
    %6 = call @dynamic_index_in_dim_7(%arg5, %0) : (tensor<62x128xbf16>, tensor<i32>) -> tensor<128xbf16>
    %7 = call @dynamic_index_in_dim_7(%arg6, %0) : (tensor<62x128xbf16>, tensor<i32>) -> tensor<128xbf16>
    %8 = call @dynamic_index_in_dim_3(%arg7, %0) : (tensor<62x5376xbf16>, tensor<i32>) -> tensor<5376xbf16>
    %9 = call @dynamic_index_in_dim_3(%arg8, %0) : (tensor<62x5376xbf16>, tensor<i32>) -> tensor<5376xbf16>
    %10 = call @dynamic_index_in_dim_8(%arg9, %0) : (tensor<62x5376x21504xbf16>, tensor<i32>) -> tensor<5376x21504xbf16>
    %11 = call @dynamic_index_in_dim_8(%arg10, %0) : (tensor<62x5376x21504xbf16>, tensor<i32>) -> tensor<5376x21504xbf16>
    %12 = call @dynamic_index_in_dim_9(%arg11, %0) : (tensor<62x21504x5376xbf16>, tensor<i32>) -> tensor<21504x5376xbf16>
    %13 = call @dynamic_index_in_dim_3(%arg12, %0) : (tensor<62x5376xbf16>, tensor<i32>) -> tensor<5376xbf16>
    %c_0 = stablehlo.constant dense<50> : tensor<i32>
    %14 = stablehlo.add %c_0, %arg19 : tensor<i32>
    %15 = stablehlo.convert %arg16 : (tensor<1x2048x5376xbf16>) -> tensor<1x2048x5376xf32>
    %16 = stablehlo.multiply %15, %15 : tensor<1x2048x5376xf32>
    %cst = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %17 = stablehlo.reduce(%16 init: %cst) applies stablehlo.add across dimensions = [2] : (tensor<1x2048x5376xf32>, tensor<f32>) -> tensor<1x2048xf32>
    %18 = stablehlo.broadcast_in_dim %17, dims = [0, 1] : (tensor<1x2048xf32>) -> tensor<1x2048x1xf32>
    %cst_1 = stablehlo.constant dense<5.376000e+03> : tensor<f32>
    %19 = stablehlo.broadcast_in_dim %cst_1, dims = [] : (tensor<f32>) -> tensor<1x2048x1xf32>
    %20 = stablehlo.divide %18, %19 : tensor<1x2048x1xf32>
    %cst_2 = stablehlo.constant dense<9.99999997E-7> : tensor<f32>
    %21 = stablehlo.broadcast_in_dim %cst_2, dims = [] : (tensor<f32>) -> tensor<1x2048x1xf32>
    %22 = stablehlo.add %20, %21 : tensor<1x2048x1xf32>
    %23 = stablehlo.rsqrt %22 : tensor<1x2048x1xf32>
    %24 = stablehlo.broadcast_in_dim %23, dims = [0, 1, 2] : (tensor<1x2048x1xf32>) -> tensor<1x2048x5376xf32>
    %25 = stablehlo.multiply %15, %24 : tensor<1x2048x5376xf32>
    %26 = stablehlo.convert %1 : (tensor<5376xbf16>) -> tensor<5376xf32>
    %cst_3 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %27 = stablehlo.broadcast_in_dim %cst_3, dims = [] : (tensor<f32>) -> tensor<5376xf32>
    %28 = stablehlo.add %27, %26 : tensor<5376xf32>
    %29 = stablehlo.broadcast_in_dim %28, dims = [2] : (tensor<5376xf32>) -> tensor<1x1x5376xf32>
    %30 = stablehlo.broadcast_in_dim %29, dims = [0, 1, 2] : (tensor<1x1x5376xf32>) -> tensor<1x2048x5376xf32>
    %31 = stablehlo.multiply %25, %30 : tensor<1x2048x5376xf32>
    %32 = stablehlo.convert %31 : (tensor<1x2048x5376xf32>) -> tensor<1x2048x5376xbf16>
    %33 = stablehlo.dot_general %32, %2, contracting_dims = [2] x [1], precision = [DEFAULT, DEFAULT] : (tensor<1x2048x5376xbf16>, tensor<32x5376x128xbf16>) -> tensor<1x2048x32x128xbf16>
    %34 = stablehlo.dot_general %32, %3, contracting_dims = [2] x [1], precision = [DEFAULT, DEFAULT] : (tensor<1x2048x5376xbf16>, tensor<16x5376x128xbf16>) -> tensor<1x2048x16x128xbf16>
    %35 = stablehlo.dot_general %32, %4, contracting_dims = [2] x [1], precision = [DEFAULT, DEFAULT] : (tensor<1x2048x5376xbf16>, tensor<16x5376x128xbf16>) -> tensor<1x2048x16x128xbf16>
    %36 = stablehlo.convert %33 : (tensor<1x2048x32x128xbf16>) -> tensor<1x2048x32x128xf32>
    %37 = stablehlo.multiply %36, %36 : tensor<1x2048x32x128xf32>
    %cst_4 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %38 = stablehlo.reduce(%37 init: %cst_4) applies stablehlo.add across dimensions = [3] : (tensor<1x2048x32x128xf32>, tensor<f32>) -> tensor<1x2048x32xf32>
    %39 = stablehlo.broadcast_in_dim %38, dims = [0, 1, 2] : (tensor<1x2048x32xf32>) -> tensor<1x2048x32x1xf32>
    %cst_5 = stablehlo.constant dense<1.280000e+02> : tensor<f32>
    %40 = stablehlo.broadcast_in_dim %cst_5, dims = [] : (tensor<f32>) -> tensor<1x2048x32x1xf32>
    %41 = stablehlo.divide %39, %40 : tensor<1x2048x32x1xf32>
    %cst_6 = stablehlo.constant dense<9.99999997E-7> : tensor<f32>
    %42 = stablehlo.broadcast_in_dim %cst_6, dims = [] : (tensor<f32>) -> tensor<1x2048x32x1xf32>
    %43 = stablehlo.add %41, %42 : tensor<1x2048x32x1xf32>
    %44 = stablehlo.rsqrt %43 : tensor<1x2048x32x1xf32>
    %45 = stablehlo.broadcast_in_dim %44, dims = [0, 1, 2, 3] : (tensor<1x2048x32x1xf32>) -> tensor<1x2048x32x128xf32>
    %46 = stablehlo.multiply %36, %45 : tensor<1x2048x32x128xf32>
    %47 = stablehlo.convert %6 : (tensor<128xbf16>) -> tensor<128xf32>
    %cst_7 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %48 = stablehlo.broadcast_in_dim %cst_7, dims = [] : (tensor<f32>) -> tensor<128xf32>
    %49 = stablehlo.add %48, %47 : tensor<128xf32>
    %50 = stablehlo.broadcast_in_dim %49, dims = [3] : (tensor<128xf32>) -> tensor<1x1x1x128xf32>
    %51 = stablehlo.broadcast_in_dim %50, dims = [0, 1, 2, 3] : (tensor<1x1x1x128xf32>) -> tensor<1x2048x32x128xf32>
    %52 = stablehlo.multiply %46, %51 : tensor<1x2048x32x128xf32>
    %53 = stablehlo.convert %52 : (tensor<1x2048x32x128xf32>) -> tensor<1x2048x32x128xbf16>
    %54 = stablehlo.convert %34 : (tensor<1x2048x16x128xbf16>) -> tensor<1x2048x16x128xf32>
    %55 = stablehlo.multiply %54, %54 : tensor<1x2048x16x128xf32>
    %cst_8 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %56 = stablehlo.reduce(%55 init: %cst_8) applies stablehlo.add across dimensions = [3] : (tensor<1x2048x16x128xf32>, tensor<f32>) -> tensor<1x2048x16xf32>
    %57 = stablehlo.broadcast_in_dim %56, dims = [0, 1, 2] : (tensor<1x2048x16xf32>) -> tensor<1x2048x16x1xf32>
    %cst_9 = stablehlo.constant dense<1.280000e+02> : tensor<f32>
    %58 = stablehlo.broadcast_in_dim %cst_9, dims = [] : (tensor<f32>) -> tensor<1x2048x16x1xf32>
    %59 = stablehlo.divide %57, %58 : tensor<1x2048x16x1xf32>
    %cst_10 = stablehlo.constant dense<9.99999997E-7> : tensor<f32>
    %60 = stablehlo.broadcast_in_dim %cst_10, dims = [] : (tensor<f32>) -> tensor<1x2048x16x1xf32>
    %61 = stablehlo.add %59, %60 : tensor<1x2048x16x1xf32>
    %62 = stablehlo.rsqrt %61 : tensor<1x2048x16x1xf32>
    %63 = stablehlo.broadcast_in_dim %62, dims = [0, 1, 2, 3] : (tensor<1x2048x16x1xf32>) -> tensor<1x2048x16x128xf32>
    %64 = stablehlo.multiply %54, %63 : tensor<1x2048x16x128xf32>
    %65 = stablehlo.convert %7 : (tensor<128xbf16>) -> tensor<128xf32>
    %cst_11 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %66 = stablehlo.broadcast_in_dim %cst_11, dims = [] : (tensor<f32>) -> tensor<128xf32>
    %67 = stablehlo.add %66, %65 : tensor<128xf32>
    %68 = stablehlo.broadcast_in_dim %67, dims = [3] : (tensor<128xf32>) -> tensor<1x1x1x128xf32>
    %69 = stablehlo.broadcast_in_dim %68, dims = [0, 1, 2, 3] : (tensor<1x1x1x128xf32>) -> tensor<1x2048x16x128xf32>
    %70 = stablehlo.multiply %64, %69 : tensor<1x2048x16x128xf32>
    %71 = stablehlo.convert %70 : (tensor<1x2048x16x128xf32>) -> tensor<1x2048x16x128xbf16>
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
    %98 = call @_where_10(%c_24, %97, %84) : (tensor<i1>, tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %99 = stablehlo.convert %arg13 : (tensor<1x2048xi32>) -> tensor<1x2048xf32>
    %100 = stablehlo.broadcast_in_dim %99, dims = [0, 1] : (tensor<1x2048xf32>) -> tensor<1x2048x1xf32>
    %101 = stablehlo.broadcast_in_dim %98, dims = [2] : (tensor<64xf32>) -> tensor<1x1x64xf32>
    %102 = stablehlo.broadcast_in_dim %100, dims = [0, 1, 2] : (tensor<1x2048x1xf32>) -> tensor<1x2048x64xf32>
    %103 = stablehlo.broadcast_in_dim %101, dims = [0, 1, 2] : (tensor<1x1x64xf32>) -> tensor<1x2048x64xf32>
    %104 = stablehlo.multiply %102, %103 : tensor<1x2048x64xf32>
    %105 = stablehlo.sine %104 : tensor<1x2048x64xf32>
    %106 = stablehlo.broadcast_in_dim %105, dims = [0, 1, 3] : (tensor<1x2048x64xf32>) -> tensor<1x2048x1x64xf32>
    %107 = stablehlo.cosine %104 : tensor<1x2048x64xf32>
    %108 = stablehlo.broadcast_in_dim %107, dims = [0, 1, 3] : (tensor<1x2048x64xf32>) -> tensor<1x2048x1x64xf32>
    %109 = stablehlo.convert %53 : (tensor<1x2048x32x128xbf16>) -> tensor<1x2048x32x128xf32>
    %110 = stablehlo.slice %109 [0:1, 0:2048, 0:32, 0:64] : (tensor<1x2048x32x128xf32>) -> tensor<1x2048x32x64xf32>
    %111 = stablehlo.slice %109 [0:1, 0:2048, 0:32, 64:128] : (tensor<1x2048x32x128xf32>) -> tensor<1x2048x32x64xf32>
    %112 = stablehlo.broadcast_in_dim %108, dims = [0, 1, 2, 3] : (tensor<1x2048x1x64xf32>) -> tensor<1x2048x32x64xf32>
    %113 = stablehlo.multiply %110, %112 : tensor<1x2048x32x64xf32>
    %114 = stablehlo.broadcast_in_dim %106, dims = [0, 1, 2, 3] : (tensor<1x2048x1x64xf32>) -> tensor<1x2048x32x64xf32>
    %115 = stablehlo.multiply %111, %114 : tensor<1x2048x32x64xf32>
    %116 = stablehlo.subtract %113, %115 : tensor<1x2048x32x64xf32>
    %117 = stablehlo.broadcast_in_dim %108, dims = [0, 1, 2, 3] : (tensor<1x2048x1x64xf32>) -> tensor<1x2048x32x64xf32>
    %118 = stablehlo.multiply %111, %117 : tensor<1x2048x32x64xf32>
    %119 = stablehlo.broadcast_in_dim %106, dims = [0, 1, 2, 3] : (tensor<1x2048x1x64xf32>) -> tensor<1x2048x32x64xf32>
    %120 = stablehlo.multiply %110, %119 : tensor<1x2048x32x64xf32>
    %121 = stablehlo.add %118, %120 : tensor<1x2048x32x64xf32>
    %122 = stablehlo.concatenate %116, %121, dim = 3 : (tensor<1x2048x32x64xf32>, tensor<1x2048x32x64xf32>) -> tensor<1x2048x32x128xf32>
    %123 = stablehlo.convert %122 : (tensor<1x2048x32x128xf32>) -> tensor<1x2048x32x128xbf16>
    %124 = stablehlo.convert %arg13 : (tensor<1x2048xi32>) -> tensor<1x2048xf32>
    %125 = stablehlo.broadcast_in_dim %124, dims = [0, 1] : (tensor<1x2048xf32>) -> tensor<1x2048x1xf32>
    %126 = stablehlo.broadcast_in_dim %98, dims = [2] : (tensor<64xf32>) -> tensor<1x1x64xf32>
    %127 = stablehlo.broadcast_in_dim %125, dims = [0, 1, 2] : (tensor<1x2048x1xf32>) -> tensor<1x2048x64xf32>
    %128 = stablehlo.broadcast_in_dim %126, dims = [0, 1, 2] : (tensor<1x1x64xf32>) -> tensor<1x2048x64xf32>
    %129 = stablehlo.multiply %127, %128 : tensor<1x2048x64xf32>
    %130 = stablehlo.sine %129 : tensor<1x2048x64xf32>
    %131 = stablehlo.broadcast_in_dim %130, dims = [0, 1, 3] : (tensor<1x2048x64xf32>) -> tensor<1x2048x1x64xf32>
    %132 = stablehlo.cosine %129 : tensor<1x2048x64xf32>
    %133 = stablehlo.broadcast_in_dim %132, dims = [0, 1, 3] : (tensor<1x2048x64xf32>) -> tensor<1x2048x1x64xf32>
    %134 = stablehlo.convert %71 : (tensor<1x2048x16x128xbf16>) -> tensor<1x2048x16x128xf32>
    %135 = stablehlo.slice %134 [0:1, 0:2048, 0:16, 0:64] : (tensor<1x2048x16x128xf32>) -> tensor<1x2048x16x64xf32>
    %136 = stablehlo.slice %134 [0:1, 0:2048, 0:16, 64:128] : (tensor<1x2048x16x128xf32>) -> tensor<1x2048x16x64xf32>
    %137 = stablehlo.broadcast_in_dim %133, dims = [0, 1, 2, 3] : (tensor<1x2048x1x64xf32>) -> tensor<1x2048x16x64xf32>
    %138 = stablehlo.multiply %135, %137 : tensor<1x2048x16x64xf32>
    %139 = stablehlo.broadcast_in_dim %131, dims = [0, 1, 2, 3] : (tensor<1x2048x1x64xf32>) -> tensor<1x2048x16x64xf32>
    %140 = stablehlo.multiply %136, %139 : tensor<1x2048x16x64xf32>
    %141 = stablehlo.subtract %138, %140 : tensor<1x2048x16x64xf32>
    %142 = stablehlo.broadcast_in_dim %133, dims = [0, 1, 2, 3] : (tensor<1x2048x1x64xf32>) -> tensor<1x2048x16x64xf32>
    %143 = stablehlo.multiply %136, %142 : tensor<1x2048x16x64xf32>
    %144 = stablehlo.broadcast_in_dim %131, dims = [0, 1, 2, 3] : (tensor<1x2048x1x64xf32>) -> tensor<1x2048x16x64xf32>
    %145 = stablehlo.multiply %135, %144 : tensor<1x2048x16x64xf32>
    %146 = stablehlo.add %143, %145 : tensor<1x2048x16x64xf32>
    %147 = stablehlo.concatenate %141, %146, dim = 3 : (tensor<1x2048x16x64xf32>, tensor<1x2048x16x64xf32>) -> tensor<1x2048x16x128xf32>
    %148 = stablehlo.convert %147 : (tensor<1x2048x16x128xf32>) -> tensor<1x2048x16x128xbf16>
    %149 = stablehlo.slice %148 [0:1, 1024:2048, 0:16, 0:128] : (tensor<1x2048x16x128xbf16>) -> tensor<1x1024x16x128xbf16>
    %150 = call @_roll_static(%149) : (tensor<1x1024x16x128xbf16>) -> tensor<1x1024x16x128xbf16>
    %151 = stablehlo.transpose %150, dims = [1, 2, 0, 3] : (tensor<1x1024x16x128xbf16>) -> tensor<1024x16x1x128xbf16>
    %152 = stablehlo.broadcast_in_dim %151, dims = [1, 2, 3, 4] : (tensor<1024x16x1x128xbf16>) -> tensor<1x1024x16x1x128xbf16>
    %c_25 = stablehlo.constant dense<0> : tensor<i32>
    %153 = stablehlo.compare LT, %14, %c_25, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %c_26 = stablehlo.constant dense<52> : tensor<i32>
    %154 = stablehlo.add %14, %c_26 : tensor<i32>
    %155 = stablehlo.select %153, %154, %14 : tensor<i1>, tensor<i32>
    %c_27 = stablehlo.constant dense<0> : tensor<i32>
    %156 = stablehlo.compare LT, %arg14, %c_27, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %c_28 = stablehlo.constant dense<1024> : tensor<i32>
    %157 = stablehlo.add %arg14, %c_28 : tensor<i32>
    %158 = stablehlo.select %156, %157, %arg14 : tensor<i1>, tensor<i32>
    %c_29 = stablehlo.constant dense<0> : tensor<i32>
    %c_30 = stablehlo.constant dense<0> : tensor<i32>
    %c_31 = stablehlo.constant dense<0> : tensor<i32>
    %159 = stablehlo.dynamic_update_slice %arg17, %152, %155, %158, %c_29, %c_30, %c_31 : (tensor<52x1024x16x1x128xbf16>, tensor<1x1024x16x1x128xbf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<52x1024x16x1x128xbf16>
    %160 = stablehlo.slice %35 [0:1, 1024:2048, 0:16, 0:128] : (tensor<1x2048x16x128xbf16>) -> tensor<1x1024x16x128xbf16>
    %161 = call @_roll_static(%160) : (tensor<1x1024x16x128xbf16>) -> tensor<1x1024x16x128xbf16>
    %162 = stablehlo.transpose %161, dims = [1, 2, 0, 3] : (tensor<1x1024x16x128xbf16>) -> tensor<1024x16x1x128xbf16>
    %163 = stablehlo.broadcast_in_dim %162, dims = [1, 2, 3, 4] : (tensor<1024x16x1x128xbf16>) -> tensor<1x1024x16x1x128xbf16>
    %c_32 = stablehlo.constant dense<0> : tensor<i32>
    %164 = stablehlo.compare LT, %14, %c_32, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %c_33 = stablehlo.constant dense<52> : tensor<i32>
    %165 = stablehlo.add %14, %c_33 : tensor<i32>
    %166 = stablehlo.select %164, %165, %14 : tensor<i1>, tensor<i32>
    %c_34 = stablehlo.constant dense<0> : tensor<i32>
    %167 = stablehlo.compare LT, %arg14, %c_34, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %c_35 = stablehlo.constant dense<1024> : tensor<i32>
    %168 = stablehlo.add %arg14, %c_35 : tensor<i32>
    %169 = stablehlo.select %167, %168, %arg14 : tensor<i1>, tensor<i32>
    %c_36 = stablehlo.constant dense<0> : tensor<i32>
    %c_37 = stablehlo.constant dense<0> : tensor<i32>
    %c_38 = stablehlo.constant dense<0> : tensor<i32>
    %170 = stablehlo.dynamic_update_slice %arg18, %163, %166, %169, %c_36, %c_37, %c_38 : (tensor<52x1024x16x1x128xbf16>, tensor<1x1024x16x1x128xbf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<52x1024x16x1x128xbf16>
    %171 = stablehlo.iota dim = 0 : tensor<2048xi32>
    %172 = stablehlo.broadcast_in_dim %171, dims = [1] : (tensor<2048xi32>) -> tensor<1x2048xi32>
    %173 = stablehlo.broadcast_in_dim %172, dims = [0, 1] : (tensor<1x2048xi32>) -> tensor<1x2048x1xi32>
    %174 = stablehlo.broadcast_in_dim %172, dims = [0, 2] : (tensor<1x2048xi32>) -> tensor<1x1x2048xi32>
    %175 = stablehlo.broadcast_in_dim %174, dims = [0, 1, 2] : (tensor<1x1x2048xi32>) -> tensor<1x2048x2048xi32>
    %176 = stablehlo.broadcast_in_dim %173, dims = [0, 1, 2] : (tensor<1x2048x1xi32>) -> tensor<1x2048x2048xi32>
    %177 = stablehlo.compare LE, %175, %176, SIGNED : (tensor<1x2048x2048xi32>, tensor<1x2048x2048xi32>) -> tensor<1x2048x2048xi1>
    %c_39 = stablehlo.constant dense<0> : tensor<i32>
    %178 = stablehlo.broadcast_in_dim %c_39, dims = [] : (tensor<i32>) -> tensor<1x1x2048xi32>
    %179 = stablehlo.compare GE, %174, %178, SIGNED : (tensor<1x1x2048xi32>, tensor<1x1x2048xi32>) -> tensor<1x1x2048xi1>
    %180 = stablehlo.broadcast_in_dim %179, dims = [0, 1, 2] : (tensor<1x1x2048xi1>) -> tensor<1x2048x2048xi1>
    %181 = stablehlo.and %177, %180 : tensor<1x2048x2048xi1>
    %182 = stablehlo.broadcast_in_dim %173, dims = [0, 1, 2] : (tensor<1x2048x1xi32>) -> tensor<1x2048x2048xi32>
    %183 = stablehlo.broadcast_in_dim %174, dims = [0, 1, 2] : (tensor<1x1x2048xi32>) -> tensor<1x2048x2048xi32>
    %184 = stablehlo.subtract %182, %183 : tensor<1x2048x2048xi32>
    %c_40 = stablehlo.constant dense<1024> : tensor<i32>
    %185 = stablehlo.broadcast_in_dim %c_40, dims = [] : (tensor<i32>) -> tensor<1x2048x2048xi32>
    %186 = stablehlo.compare LT, %184, %185, SIGNED : (tensor<1x2048x2048xi32>, tensor<1x2048x2048xi32>) -> tensor<1x2048x2048xi1>
    %187 = stablehlo.and %181, %186 : tensor<1x2048x2048xi1>
    %188 = stablehlo.broadcast_in_dim %arg15, dims = [0, 1] : (tensor<1x2048xi32>) -> tensor<1x2048x1xi32>
    %189 = stablehlo.broadcast_in_dim %arg15, dims = [0, 2] : (tensor<1x2048xi32>) -> tensor<1x1x2048xi32>
    %190 = stablehlo.broadcast_in_dim %188, dims = [0, 1, 2] : (tensor<1x2048x1xi32>) -> tensor<1x2048x2048xi32>
    %191 = stablehlo.broadcast_in_dim %189, dims = [0, 1, 2] : (tensor<1x1x2048xi32>) -> tensor<1x2048x2048xi32>
    %192 = stablehlo.compare EQ, %190, %191, SIGNED : (tensor<1x2048x2048xi32>, tensor<1x2048x2048xi32>) -> tensor<1x2048x2048xi1>
    %193 = stablehlo.and %187, %192 : tensor<1x2048x2048xi1>
    %194 = stablehlo.reshape %123 : (tensor<1x2048x32x128xbf16>) -> tensor<1x2048x16x2x128xbf16>
    %195 = stablehlo.dot_general %148, %194, batching_dims = [0, 2] x [0, 2], contracting_dims = [3] x [4], precision = [DEFAULT, DEFAULT] : (tensor<1x2048x16x128xbf16>, tensor<1x2048x16x2x128xbf16>) -> tensor<1x16x2048x2048x2xf32>
    %196 = stablehlo.transpose %195, dims = [0, 1, 4, 3, 2] : (tensor<1x16x2048x2048x2xf32>) -> tensor<1x16x2x2048x2048xf32>
    %cst_41 = stablehlo.constant dense<0.0771516785> : tensor<f32>
    %197 = stablehlo.broadcast_in_dim %cst_41, dims = [] : (tensor<f32>) -> tensor<1x16x2x2048x2048xf32>
    %198 = stablehlo.multiply %196, %197 : tensor<1x16x2x2048x2048xf32>
    %199 = stablehlo.broadcast_in_dim %193, dims = [0, 3, 4] : (tensor<1x2048x2048xi1>) -> tensor<1x1x1x2048x2048xi1>
    %cst_42 = stablehlo.constant dense<-2.38197633E+38> : tensor<f32>
    %200 = call @_where_11(%199, %198, %cst_42) : (tensor<1x1x1x2048x2048xi1>, tensor<1x16x2x2048x2048xf32>, tensor<f32>) -> tensor<1x16x2x2048x2048xf32>
    %cst_43 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %201 = stablehlo.reduce(%200 init: %cst_43) applies stablehlo.maximum across dimensions = [4] : (tensor<1x16x2x2048x2048xf32>, tensor<f32>) -> tensor<1x16x2x2048xf32>
    %cst_44 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %202 = stablehlo.broadcast_in_dim %cst_44, dims = [] : (tensor<f32>) -> tensor<1x16x2x2048xf32>
    %203 = stablehlo.maximum %202, %201 : tensor<1x16x2x2048xf32>
    %204 = stablehlo.broadcast_in_dim %203, dims = [0, 1, 2, 3] : (tensor<1x16x2x2048xf32>) -> tensor<1x16x2x2048x1xf32>
    %205 = stablehlo.broadcast_in_dim %204, dims = [0, 1, 2, 3, 4] : (tensor<1x16x2x2048x1xf32>) -> tensor<1x16x2x2048x2048xf32>
    %206 = stablehlo.subtract %200, %205 : tensor<1x16x2x2048x2048xf32>
    %207 = stablehlo.exponential %206 : tensor<1x16x2x2048x2048xf32>
    %cst_45 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %208 = stablehlo.reduce(%207 init: %cst_45) applies stablehlo.add across dimensions = [4] : (tensor<1x16x2x2048x2048xf32>, tensor<f32>) -> tensor<1x16x2x2048xf32>
    %209 = stablehlo.broadcast_in_dim %208, dims = [0, 1, 2, 3] : (tensor<1x16x2x2048xf32>) -> tensor<1x16x2x2048x1xf32>
    %210 = stablehlo.broadcast_in_dim %209, dims = [0, 1, 2, 3, 4] : (tensor<1x16x2x2048x1xf32>) -> tensor<1x16x2x2048x2048xf32>
    %211 = stablehlo.divide %207, %210 : tensor<1x16x2x2048x2048xf32>
    %212 = stablehlo.convert %211 : (tensor<1x16x2x2048x2048xf32>) -> tensor<1x16x2x2048x2048xbf16>
    %213 = stablehlo.dot_general %35, %212, batching_dims = [0, 2] x [0, 1], contracting_dims = [1] x [4], precision = [DEFAULT, DEFAULT] : (tensor<1x2048x16x128xbf16>, tensor<1x16x2x2048x2048xbf16>) -> tensor<1x16x128x2x2048xbf16>
    %214 = stablehlo.transpose %213, dims = [0, 4, 1, 3, 2] : (tensor<1x16x128x2x2048xbf16>) -> tensor<1x2048x16x2x128xbf16>
    %215 = stablehlo.reshape %214 : (tensor<1x2048x16x2x128xbf16>) -> tensor<1x2048x32x128xbf16>
    %216 = stablehlo.reshape %215 : (tensor<1x2048x32x128xbf16>) -> tensor<1x2048x4096xbf16>
    %217 = stablehlo.reshape %5 : (tensor<32x128x5376xbf16>) -> tensor<4096x5376xbf16>
    %218 = stablehlo.dot_general %216, %217, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<1x2048x4096xbf16>, tensor<4096x5376xbf16>) -> tensor<1x2048x5376xbf16>
    %219 = stablehlo.convert %218 : (tensor<1x2048x5376xbf16>) -> tensor<1x2048x5376xf32>
    %220 = stablehlo.multiply %219, %219 : tensor<1x2048x5376xf32>
    %cst_46 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %221 = stablehlo.reduce(%220 init: %cst_46) applies stablehlo.add across dimensions = [2] : (tensor<1x2048x5376xf32>, tensor<f32>) -> tensor<1x2048xf32>
    %222 = stablehlo.broadcast_in_dim %221, dims = [0, 1] : (tensor<1x2048xf32>) -> tensor<1x2048x1xf32>
    %cst_47 = stablehlo.constant dense<5.376000e+03> : tensor<f32>
    %223 = stablehlo.broadcast_in_dim %cst_47, dims = [] : (tensor<f32>) -> tensor<1x2048x1xf32>
    %224 = stablehlo.divide %222, %223 : tensor<1x2048x1xf32>
    %cst_48 = stablehlo.constant dense<9.99999997E-7> : tensor<f32>
    %225 = stablehlo.broadcast_in_dim %cst_48, dims = [] : (tensor<f32>) -> tensor<1x2048x1xf32>
    %226 = stablehlo.add %224, %225 : tensor<1x2048x1xf32>
    %227 = stablehlo.rsqrt %226 : tensor<1x2048x1xf32>
    %228 = stablehlo.broadcast_in_dim %227, dims = [0, 1, 2] : (tensor<1x2048x1xf32>) -> tensor<1x2048x5376xf32>
    %229 = stablehlo.multiply %219, %228 : tensor<1x2048x5376xf32>
    %230 = stablehlo.convert %8 : (tensor<5376xbf16>) -> tensor<5376xf32>
    %cst_49 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %231 = stablehlo.broadcast_in_dim %cst_49, dims = [] : (tensor<f32>) -> tensor<5376xf32>
    %232 = stablehlo.add %231, %230 : tensor<5376xf32>
    %233 = stablehlo.broadcast_in_dim %232, dims = [2] : (tensor<5376xf32>) -> tensor<1x1x5376xf32>
    %234 = stablehlo.broadcast_in_dim %233, dims = [0, 1, 2] : (tensor<1x1x5376xf32>) -> tensor<1x2048x5376xf32>
    %235 = stablehlo.multiply %229, %234 : tensor<1x2048x5376xf32>
    %236 = stablehlo.convert %235 : (tensor<1x2048x5376xf32>) -> tensor<1x2048x5376xbf16>
    %237 = stablehlo.add %arg16, %236 : tensor<1x2048x5376xbf16>
    %238 = stablehlo.convert %237 : (tensor<1x2048x5376xbf16>) -> tensor<1x2048x5376xf32>
    %239 = stablehlo.multiply %238, %238 : tensor<1x2048x5376xf32>
    %cst_50 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %240 = stablehlo.reduce(%239 init: %cst_50) applies stablehlo.add across dimensions = [2] : (tensor<1x2048x5376xf32>, tensor<f32>) -> tensor<1x2048xf32>
    %241 = stablehlo.broadcast_in_dim %240, dims = [0, 1] : (tensor<1x2048xf32>) -> tensor<1x2048x1xf32>
    %cst_51 = stablehlo.constant dense<5.376000e+03> : tensor<f32>
    %242 = stablehlo.broadcast_in_dim %cst_51, dims = [] : (tensor<f32>) -> tensor<1x2048x1xf32>
    %243 = stablehlo.divide %241, %242 : tensor<1x2048x1xf32>
    %cst_52 = stablehlo.constant dense<9.99999997E-7> : tensor<f32>
    %244 = stablehlo.broadcast_in_dim %cst_52, dims = [] : (tensor<f32>) -> tensor<1x2048x1xf32>
    %245 = stablehlo.add %243, %244 : tensor<1x2048x1xf32>
    %246 = stablehlo.rsqrt %245 : tensor<1x2048x1xf32>
    %247 = stablehlo.broadcast_in_dim %246, dims = [0, 1, 2] : (tensor<1x2048x1xf32>) -> tensor<1x2048x5376xf32>
    %248 = stablehlo.multiply %238, %247 : tensor<1x2048x5376xf32>
    %249 = stablehlo.convert %9 : (tensor<5376xbf16>) -> tensor<5376xf32>
    %cst_53 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %250 = stablehlo.broadcast_in_dim %cst_53, dims = [] : (tensor<f32>) -> tensor<5376xf32>
    %251 = stablehlo.add %250, %249 : tensor<5376xf32>
    %252 = stablehlo.broadcast_in_dim %251, dims = [2] : (tensor<5376xf32>) -> tensor<1x1x5376xf32>
    %253 = stablehlo.broadcast_in_dim %252, dims = [0, 1, 2] : (tensor<1x1x5376xf32>) -> tensor<1x2048x5376xf32>
    %254 = stablehlo.multiply %248, %253 : tensor<1x2048x5376xf32>
    %255 = stablehlo.convert %254 : (tensor<1x2048x5376xf32>) -> tensor<1x2048x5376xbf16>
    %256 = stablehlo.dot_general %255, %10, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<1x2048x5376xbf16>, tensor<5376x21504xbf16>) -> tensor<1x2048x21504xbf16>
    %257 = stablehlo.multiply %256, %256 : tensor<1x2048x21504xbf16>
    %258 = stablehlo.multiply %257, %256 : tensor<1x2048x21504xbf16>
    %cst_54 = stablehlo.constant dense<4.467770e-02> : tensor<bf16>
    %259 = stablehlo.broadcast_in_dim %cst_54, dims = [] : (tensor<bf16>) -> tensor<1x2048x21504xbf16>
    %260 = stablehlo.multiply %259, %258 : tensor<1x2048x21504xbf16>
    %261 = stablehlo.add %256, %260 : tensor<1x2048x21504xbf16>
    %cst_55 = stablehlo.constant dense<7.968750e-01> : tensor<bf16>
    %262 = stablehlo.broadcast_in_dim %cst_55, dims = [] : (tensor<bf16>) -> tensor<1x2048x21504xbf16>
    %263 = stablehlo.multiply %262, %261 : tensor<1x2048x21504xbf16>
    %264 = stablehlo.tanh %263 : tensor<1x2048x21504xbf16>
    %cst_56 = stablehlo.constant dense<1.000000e+00> : tensor<bf16>
    %265 = stablehlo.broadcast_in_dim %cst_56, dims = [] : (tensor<bf16>) -> tensor<1x2048x21504xbf16>
    %266 = stablehlo.add %265, %264 : tensor<1x2048x21504xbf16>
    %cst_57 = stablehlo.constant dense<5.000000e-01> : tensor<bf16>
    %267 = stablehlo.broadcast_in_dim %cst_57, dims = [] : (tensor<bf16>) -> tensor<1x2048x21504xbf16>
    %268 = stablehlo.multiply %267, %266 : tensor<1x2048x21504xbf16>
    %269 = stablehlo.multiply %256, %268 : tensor<1x2048x21504xbf16>
    %270 = stablehlo.dot_general %255, %11, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<1x2048x5376xbf16>, tensor<5376x21504xbf16>) -> tensor<1x2048x21504xbf16>
    %271 = stablehlo.multiply %269, %270 : tensor<1x2048x21504xbf16>
    %272 = stablehlo.dot_general %271, %12, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<1x2048x21504xbf16>, tensor<21504x5376xbf16>) -> tensor<1x2048x5376xbf16>
    %273 = stablehlo.convert %272 : (tensor<1x2048x5376xbf16>) -> tensor<1x2048x5376xf32>
    %274 = stablehlo.multiply %273, %273 : tensor<1x2048x5376xf32>
    %cst_58 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %275 = stablehlo.reduce(%274 init: %cst_58) applies stablehlo.add across dimensions = [2] : (tensor<1x2048x5376xf32>, tensor<f32>) -> tensor<1x2048xf32>
    %276 = stablehlo.broadcast_in_dim %275, dims = [0, 1] : (tensor<1x2048xf32>) -> tensor<1x2048x1xf32>
    %cst_59 = stablehlo.constant dense<5.376000e+03> : tensor<f32>
    %277 = stablehlo.broadcast_in_dim %cst_59, dims = [] : (tensor<f32>) -> tensor<1x2048x1xf32>
    %278 = stablehlo.divide %276, %277 : tensor<1x2048x1xf32>
    %cst_60 = stablehlo.constant dense<9.99999997E-7> : tensor<f32>
    %279 = stablehlo.broadcast_in_dim %cst_60, dims = [] : (tensor<f32>) -> tensor<1x2048x1xf32>
    %280 = stablehlo.add %278, %279 : tensor<1x2048x1xf32>
    %281 = stablehlo.rsqrt %280 : tensor<1x2048x1xf32>
    %282 = stablehlo.broadcast_in_dim %281, dims = [0, 1, 2] : (tensor<1x2048x1xf32>) -> tensor<1x2048x5376xf32>
    %283 = stablehlo.multiply %273, %282 : tensor<1x2048x5376xf32>
    %284 = stablehlo.convert %13 : (tensor<5376xbf16>) -> tensor<5376xf32>
    %cst_61 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %285 = stablehlo.broadcast_in_dim %cst_61, dims = [] : (tensor<f32>) -> tensor<5376xf32>
    %286 = stablehlo.add %285, %284 : tensor<5376xf32>
    %287 = stablehlo.broadcast_in_dim %286, dims = [2] : (tensor<5376xf32>) -> tensor<1x1x5376xf32>
    %288 = stablehlo.broadcast_in_dim %287, dims = [0, 1, 2] : (tensor<1x1x5376xf32>) -> tensor<1x2048x5376xf32>
    %289 = stablehlo.multiply %283, %288 : tensor<1x2048x5376xf32>
    %290 = stablehlo.convert %289 : (tensor<1x2048x5376xf32>) -> tensor<1x2048x5376xbf16>
    %291 = stablehlo.add %237, %290 : tensor<1x2048x5376xbf16>
    return %291, %159, %170 : tensor<1x2048x5376xbf16>, tensor<52x1024x16x1x128xbf16>, tensor<52x1024x16x1x128xbf16>
  }
}
