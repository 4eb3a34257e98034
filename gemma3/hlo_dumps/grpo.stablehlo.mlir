// gemma3 27b v5e-8 grpo batch=8 seq=1024 lora_rank=16: StableHLO from jax, no locations
// row: {"topology": "v5e-8", "workload": "grpo", "options": {"batch": 8, "seq": 1024, "lora_rank": 16}}
// jax 0.10.2, jaxlib 0.10.2, libtpu 0.0.42.1
// regenerate: python -m gemma3.hlo dump --workload grpo; compare: python -m gemma3.hlo diff grpo.stablehlo.mlir current
module @jit_fn attributes {mhlo.num_partitions = 8 : i32, mhlo.num_replicas = 1 : i32} {
  sdy.mesh @mesh = <["data"=1, "fsdp"=1, "tensor"=8]> {stablehlo.mesh = {axes = [{name = "data", size = 1 : i64}, {name = "fsdp", size = 1 : i64}, {name = "tensor", size = 8 : i64}]}}
  func.func public @main(%arg0: tensor<62x21504x16xf32> {sdy.sharding = #sdy.sharding<@mesh, [{}, {"tensor"}, {}]>, tf.aliasing_output = 0 : i32}, %arg1: tensor<62x16x5376xf32> {sdy.sharding = #sdy.sharding<@mesh, [{}, {}, {"fsdp"}]>, tf.aliasing_output = 1 : i32}, %arg2: tensor<62x5376x16xf32> {sdy.sharding = #sdy.sharding<@mesh, [{}, {"fsdp"}, {}]>, tf.aliasing_output = 2 : i32}, %arg3: tensor<62x16x21504xf32> {sdy.sharding = #sdy.sharding<@mesh, [{}, {}, {"tensor"}]>, tf.aliasing_output = 3 : i32}, %arg4: tensor<62x5376x16xf32> {sdy.sharding = #sdy.sharding<@mesh, [{}, {"fsdp"}, {}]>, tf.aliasing_output = 4 : i32}, %arg5: tensor<62x16x16x128xf32> {sdy.sharding = #sdy.sharding<@mesh, [{}, {}, {"tensor"}, {}]>, tf.aliasing_output = 5 : i32}, %arg6: tensor<62x32x128x16xf32> {sdy.sharding = #sdy.sharding<@mesh, [{}, {"tensor"}, {}, {}]>, tf.aliasing_output = 6 : i32}, %arg7: tensor<62x16x5376xf32> {sdy.sharding = #sdy.sharding<@mesh, [{}, {}, {"fsdp"}]>, tf.aliasing_output = 7 : i32}, %arg8: tensor<62x5376x16xf32> {sdy.sharding = #sdy.sharding<@mesh, [{}, {"fsdp"}, {}]>, tf.aliasing_output = 8 : i32}, %arg9: tensor<62x16x32x128xf32> {sdy.sharding = #sdy.sharding<@mesh, [{}, {}, {"tensor"}, {}]>, tf.aliasing_output = 9 : i32}, %arg10: tensor<62x5376x16xf32> {sdy.sharding = #sdy.sharding<@mesh, [{}, {"fsdp"}, {}]>, tf.aliasing_output = 10 : i32}, %arg11: tensor<62x16x21504xf32> {sdy.sharding = #sdy.sharding<@mesh, [{}, {}, {"tensor"}]>, tf.aliasing_output = 11 : i32}, %arg12: tensor<62x5376x16xf32> {sdy.sharding = #sdy.sharding<@mesh, [{}, {"fsdp"}, {}]>, tf.aliasing_output = 12 : i32}, %arg13: tensor<62x16x16x128xf32> {sdy.sharding = #sdy.sharding<@mesh, [{}, {}, {"tensor"}, {}]>, tf.aliasing_output = 13 : i32}, %arg14: tensor<i32> {sdy.sharding = #sdy.sharding<@mesh, []>, tf.aliasing_output = 14 : i32}, %arg15: tensor<62x21504x16xf32> {sdy.sharding = #sdy.sharding<@mesh, [{}, {"tensor"}, {}]>, tf.aliasing_output = 15 : i32}, %arg16: tensor<62x16x5376xf32> {sdy.sharding = #sdy.sharding<@mesh, [{}, {}, {"fsdp"}]>, tf.aliasing_output = 16 : i32}, %arg17: tensor<62x5376x16xf32> {sdy.sharding = #sdy.sharding<@mesh, [{}, {"fsdp"}, {}]>, tf.aliasing_output = 17 : i32}, %arg18: tensor<62x16x21504xf32> {sdy.sharding = #sdy.sharding<@mesh, [{}, {}, {"tensor"}]>, tf.aliasing_output = 18 : i32}, %arg19: tensor<62x5376x16xf32> {sdy.sharding = #sdy.sharding<@mesh, [{}, {"fsdp"}, {}]>, tf.aliasing_output = 19 : i32}, %arg20: tensor<62x16x16x128xf32> {sdy.sharding = #sdy.sharding<@mesh, [{}, {}, {"tensor"}, {}]>, tf.aliasing_output = 20 : i32}, %arg21: tensor<62x32x128x16xf32> {sdy.sharding = #sdy.sharding<@mesh, [{}, {"tensor"}, {}, {}]>, tf.aliasing_output = 21 : i32}, %arg22: tensor<62x16x5376xf32> {sdy.sharding = #sdy.sharding<@mesh, [{}, {}, {"fsdp"}]>, tf.aliasing_output = 22 : i32}, %arg23: tensor<62x5376x16xf32> {sdy.sharding = #sdy.sharding<@mesh, [{}, {"fsdp"}, {}]>, tf.aliasing_output = 23 : i32}, %arg24: tensor<62x16x32x128xf32> {sdy.sharding = #sdy.sharding<@mesh, [{}, {}, {"tensor"}, {}]>, tf.aliasing_output = 24 : i32}, %arg25: tensor<62x5376x16xf32> {sdy.sharding = #sdy.sharding<@mesh, [{}, {"fsdp"}, {}]>, tf.aliasing_output = 25 : i32}, %arg26: tensor<62x16x21504xf32> {sdy.sharding = #sdy.sharding<@mesh, [{}, {}, {"tensor"}]>, tf.aliasing_output = 26 : i32}, %arg27: tensor<62x5376x16xf32> {sdy.sharding = #sdy.sharding<@mesh, [{}, {"fsdp"}, {}]>, tf.aliasing_output = 27 : i32}, %arg28: tensor<62x16x16x128xf32> {sdy.sharding = #sdy.sharding<@mesh, [{}, {}, {"tensor"}, {}]>, tf.aliasing_output = 28 : i32}, %arg29: tensor<62x21504x16xf32> {sdy.sharding = #sdy.sharding<@mesh, [{}, {"tensor"}, {}]>, tf.aliasing_output = 29 : i32}, %arg30: tensor<62x16x5376xf32> {sdy.sharding = #sdy.sharding<@mesh, [{}, {}, {"fsdp"}]>, tf.aliasing_output = 30 : i32}, %arg31: tensor<62x5376x16xf32> {sdy.sharding = #sdy.sharding<@mesh, [{}, {"fsdp"}, {}]>, tf.aliasing_output = 31 : i32}, %arg32: tensor<62x16x21504xf32> {sdy.sharding = #sdy.sharding<@mesh, [{}, {}, {"tensor"}]>, tf.aliasing_output = 32 : i32}, %arg33: tensor<62x5376x16xf32> {sdy.sharding = #sdy.sharding<@mesh, [{}, {"fsdp"}, {}]>, tf.aliasing_output = 33 : i32}, %arg34: tensor<62x16x16x128xf32> {sdy.sharding = #sdy.sharding<@mesh, [{}, {}, {"tensor"}, {}]>, tf.aliasing_output = 34 : i32}, %arg35: tensor<62x32x128x16xf32> {sdy.sharding = #sdy.sharding<@mesh, [{}, {"tensor"}, {}, {}]>, tf.aliasing_output = 35 : i32}, %arg36: tensor<62x16x5376xf32> {sdy.sharding = #sdy.sharding<@mesh, [{}, {}, {"fsdp"}]>, tf.aliasing_output = 36 : i32}, %arg37: tensor<62x5376x16xf32> {sdy.sharding = #sdy.sharding<@mesh, [{}, {"fsdp"}, {}]>, tf.aliasing_output = 37 : i32}, %arg38: tensor<62x16x32x128xf32> {sdy.sharding = #sdy.sharding<@mesh, [{}, {}, {"tensor"}, {}]>, tf.aliasing_output = 38 : i32}, %arg39: tensor<62x5376x16xf32> {sdy.sharding = #sdy.sharding<@mesh, [{}, {"fsdp"}, {}]>, tf.aliasing_output = 39 : i32}, %arg40: tensor<62x16x21504xf32> {sdy.sharding = #sdy.sharding<@mesh, [{}, {}, {"tensor"}]>, tf.aliasing_output = 40 : i32}, %arg41: tensor<62x5376x16xf32> {sdy.sharding = #sdy.sharding<@mesh, [{}, {"fsdp"}, {}]>, tf.aliasing_output = 41 : i32}, %arg42: tensor<62x16x16x128xf32> {sdy.sharding = #sdy.sharding<@mesh, [{}, {}, {"tensor"}, {}]>, tf.aliasing_output = 42 : i32}, %arg43: tensor<262208x5376xbf16> {sdy.sharding = #sdy.sharding<@mesh, [{"tensor"}, {"fsdp"}]>}, %arg44: tensor<62x5376xbf16> {sdy.sharding = #sdy.sharding<@mesh, [{}, {"fsdp"}]>}, %arg45: tensor<62x32x5376x128xbf16> {sdy.sharding = #sdy.sharding<@mesh, [{}, {"tensor"}, {"fsdp"}, {}]>}, %arg46: tensor<62x16x5376x128xbf16> {sdy.sharding = #sdy.sharding<@mesh, [{}, {"tensor"}, {"fsdp"}, {}]>}, %arg47: tensor<62x16x5376x128xbf16> {sdy.sharding = #sdy.sharding<@mesh, [{}, {"tensor"}, {"fsdp"}, {}]>}, %arg48: tensor<62x32x128x5376xbf16> {sdy.sharding = #sdy.sharding<@mesh, [{}, {"tensor"}, {}, {"fsdp"}]>}, %arg49: tensor<62x128xbf16> {sdy.sharding = #sdy.sharding<@mesh, [{}, {}]>}, %arg50: tensor<62x128xbf16> {sdy.sharding = #sdy.sharding<@mesh, [{}, {}]>}, %arg51: tensor<62x5376xbf16> {sdy.sharding = #sdy.sharding<@mesh, [{}, {"fsdp"}]>}, %arg52: tensor<62x5376xbf16> {sdy.sharding = #sdy.sharding<@mesh, [{}, {"fsdp"}]>}, %arg53: tensor<62x5376x21504xbf16> {sdy.sharding = #sdy.sharding<@mesh, [{}, {"fsdp"}, {"tensor"}]>}, %arg54: tensor<62x5376x21504xbf16> {sdy.sharding = #sdy.sharding<@mesh, [{}, {"fsdp"}, {"tensor"}]>}, %arg55: tensor<62x21504x5376xbf16> {sdy.sharding = #sdy.sharding<@mesh, [{}, {"tensor"}, {"fsdp"}]>}, %arg56: tensor<62x5376xbf16> {sdy.sharding = #sdy.sharding<@mesh, [{}, {"fsdp"}]>}, %arg57: tensor<5376xbf16> {sdy.sharding = #sdy.sharding<@mesh, [{"fsdp"}]>}, %arg58: tensor<8x1024xi32> {sdy.sharding = #sdy.sharding<@mesh, [{"data", "fsdp"}, {}]>}, %arg59: tensor<8x1024xi32> {sdy.sharding = #sdy.sharding<@mesh, [{"data", "fsdp"}, {}]>}, %arg60: tensor<8x1024xi32> {sdy.sharding = #sdy.sharding<@mesh, [{"data", "fsdp"}, {}]>}, %arg61: tensor<8x512xf32> {sdy.sharding = #sdy.sharding<@mesh, [{"data", "fsdp"}, {}]>}, %arg62: tensor<8xf32> {sdy.sharding = #sdy.sharding<@mesh, [{"data", "fsdp"}]>}, %arg63: tensor<8x512xf32> {sdy.sharding = #sdy.sharding<@mesh, [{"data", "fsdp"}, {}]>}) -> (tensor<62x21504x16xf32> {jax.result_info = "result[0]['down'].a", sdy.sharding = #sdy.sharding<@mesh, [{}, {"tensor"}, {}]>}, tensor<62x16x5376xf32> {jax.result_info = "result[0]['down'].b", sdy.sharding = #sdy.sharding<@mesh, [{}, {}, {"fsdp"}]>}, tensor<62x5376x16xf32> {jax.result_info = "result[0]['gate'].a", sdy.sharding = #sdy.sharding<@mesh, [{}, {"fsdp"}, {}]>}, tensor<62x16x21504xf32> {jax.result_info = "result[0]['gate'].b", sdy.sharding = #sdy.sharding<@mesh, [{}, {}, {"tensor"}]>}, tensor<62x5376x16xf32> {jax.result_info = "result[0]['k'].a", sdy.sharding = #sdy.sharding<@mesh, [{}, {"fsdp"}, {}]>}, tensor<62x16x16x128xf32> {jax.result_info = "result[0]['k'].b", sdy.sharding = #sdy.sharding<@mesh, [{}, {}, {"tensor"}, {}]>}, tensor<62x32x128x16xf32> {jax.result_info = "result[0]['o'].a", sdy.sharding = #sdy.sharding<@mesh, [{}, {"tensor"}, {}, {}]>}, tensor<62x16x5376xf32> {jax.result_info = "result[0]['o'].b", sdy.sharding = #sdy.sharding<@mesh, [{}, {}, {"fsdp"}]>}, tensor<62x5376x16xf32> {jax.result_info = "result[0]['q'].a", sdy.sharding = #sdy.sharding<@mesh, [{}, {"fsdp"}, {}]>}, tensor<62x16x32x128xf32> {jax.result_info = "result[0]['q'].b", sdy.sharding = #sdy.sharding<@mesh, [{}, {}, {"tensor"}, {}]>}, tensor<62x5376x16xf32> {jax.result_info = "result[0]['up'].a", sdy.sharding = #sdy.sharding<@mesh, [{}, {"fsdp"}, {}]>}, tensor<62x16x21504xf32> {jax.result_info = "result[0]['up'].b", sdy.sharding = #sdy.sharding<@mesh, [{}, {}, {"tensor"}]>}, tensor<62x5376x16xf32> {jax.result_info = "result[0]['v'].a", sdy.sharding = #sdy.sharding<@mesh, [{}, {"fsdp"}, {}]>}, tensor<62x16x16x128xf32> {jax.result_info = "result[0]['v'].b", sdy.sharding = #sdy.sharding<@mesh, [{}, {}, {"tensor"}, {}]>}, tensor<i32> {jax.result_info = "result[1][1][0].count", sdy.sharding = #sdy.sharding<@mesh, []>}, tensor<62x21504x16xf32> {jax.result_info = "result[1][1][0].mu['down'].a", sdy.sharding = #sdy.sharding<@mesh, [{}, {"tensor"}, {}]>}, tensor<62x16x5376xf32> {jax.result_info = "result[1][1][0].mu['down'].b", sdy.sharding = #sdy.sharding<@mesh, [{}, {}, {"fsdp"}]>}, tensor<62x5376x16xf32> {jax.result_info = "result[1][1][0].mu['gate'].a", sdy.sharding = #sdy.sharding<@mesh, [{}, {"fsdp"}, {}]>}, tensor<62x16x21504xf32> {jax.result_info = "result[1][1][0].mu['gate'].b", sdy.sharding = #sdy.sharding<@mesh, [{}, {}, {"tensor"}]>}, tensor<62x5376x16xf32> {jax.result_info = "result[1][1][0].mu['k'].a", sdy.sharding = #sdy.sharding<@mesh, [{}, {"fsdp"}, {}]>}, tensor<62x16x16x128xf32> {jax.result_info = "result[1][1][0].mu['k'].b", sdy.sharding = #sdy.sharding<@mesh, [{}, {}, {"tensor"}, {}]>}, tensor<62x32x128x16xf32> {jax.result_info = "result[1][1][0].mu['o'].a", sdy.sharding = #sdy.sharding<@mesh, [{}, {"tensor"}, {}, {}]>}, tensor<62x16x5376xf32> {jax.result_info = "result[1][1][0].mu['o'].b", sdy.sharding = #sdy.sharding<@mesh, [{}, {}, {"fsdp"}]>}, tensor<62x5376x16xf32> {jax.result_info = "result[1][1][0].mu['q'].a", sdy.sharding = #sdy.sharding<@mesh, [{}, {"fsdp"}, {}]>}, tensor<62x16x32x128xf32> {jax.result_info = "result[1][1][0].mu['q'].b", sdy.sharding = #sdy.sharding<@mesh, [{}, {}, {"tensor"}, {}]>}, tensor<62x5376x16xf32> {jax.result_info = "result[1][1][0].mu['up'].a", sdy.sharding = #sdy.sharding<@mesh, [{}, {"fsdp"}, {}]>}, tensor<62x16x21504xf32> {jax.result_info = "result[1][1][0].mu['up'].b", sdy.sharding = #sdy.sharding<@mesh, [{}, {}, {"tensor"}]>}, tensor<62x5376x16xf32> {jax.result_info = "result[1][1][0].mu['v'].a", sdy.sharding = #sdy.sharding<@mesh, [{}, {"fsdp"}, {}]>}, tensor<62x16x16x128xf32> {jax.result_info = "result[1][1][0].mu['v'].b", sdy.sharding = #sdy.sharding<@mesh, [{}, {}, {"tensor"}, {}]>}, tensor<62x21504x16xf32> {jax.result_info = "result[1][1][0].nu['down'].a", sdy.sharding = #sdy.sharding<@mesh, [{}, {"tensor"}, {}]>}, tensor<62x16x5376xf32> {jax.result_info = "result[1][1][0].nu['down'].b", sdy.sharding = #sdy.sharding<@mesh, [{}, {}, {"fsdp"}]>}, tensor<62x5376x16xf32> {jax.result_info = "result[1][1][0].nu['gate'].a", sdy.sharding = #sdy.sharding<@mesh, [{}, {"fsdp"}, {}]>}, tensor<62x16x21504xf32> {jax.result_info = "result[1][1][0].nu['gate'].b", sdy.sharding = #sdy.sharding<@mesh, [{}, {}, {"tensor"}]>}, tensor<62x5376x16xf32> {jax.result_info = "result[1][1][0].nu['k'].a", sdy.sharding = #sdy.sharding<@mesh, [{}, {"fsdp"}, {}]>}, tensor<62x16x16x128xf32> {jax.result_info = "result[1][1][0].nu['k'].b", sdy.sharding = #sdy.sharding<@mesh, [{}, {}, {"tensor"}, {}]>}, tensor<62x32x128x16xf32> {jax.result_info = "result[1][1][0].nu['o'].a", sdy.sharding = #sdy.sharding<@mesh, [{}, {"tensor"}, {}, {}]>}, tensor<62x16x5376xf32> {jax.result_info = "result[1][1][0].nu['o'].b", sdy.sharding = #sdy.sharding<@mesh, [{}, {}, {"fsdp"}]>}, tensor<62x5376x16xf32> {jax.result_info = "result[1][1][0].nu['q'].a", sdy.sharding = #sdy.sharding<@mesh, [{}, {"fsdp"}, {}]>}, tensor<62x16x32x128xf32> {jax.result_info = "result[1][1][0].nu['q'].b", sdy.sharding = #sdy.sharding<@mesh, [{}, {}, {"tensor"}, {}]>}, tensor<62x5376x16xf32> {jax.result_info = "result[1][1][0].nu['up'].a", sdy.sharding = #sdy.sharding<@mesh, [{}, {"fsdp"}, {}]>}, tensor<62x16x21504xf32> {jax.result_info = "result[1][1][0].nu['up'].b", sdy.sharding = #sdy.sharding<@mesh, [{}, {}, {"tensor"}]>}, tensor<62x5376x16xf32> {jax.result_info = "result[1][1][0].nu['v'].a", sdy.sharding = #sdy.sharding<@mesh, [{}, {"fsdp"}, {}]>}, tensor<62x16x16x128xf32> {jax.result_info = "result[1][1][0].nu['v'].b", sdy.sharding = #sdy.sharding<@mesh, [{}, {}, {"tensor"}, {}]>}, tensor<f32> {jax.result_info = "result[2]['clip_fraction']"}, tensor<f32> {jax.result_info = "result[2]['grad_norm']"}, tensor<f32> {jax.result_info = "result[2]['kl']"}, tensor<f32> {jax.result_info = "result[2]['loss']"}, tensor<f32> {jax.result_info = "result[2]['ratio_mean']"}) {
    %c = stablehlo.constant dense<[false, false, false, false, false, true, false, false, false, false, false, true, false, false, false, false, false, true, false, false, false, false, false, true, false, false, false, false, false, true, false, false, false, false, false, true, false, false, false, false, false, true, false, false, false, false, false, true, false, false, false, false, false, true, false, false, false, false, false, true, false, false]> : tensor<62xi1>
    %0 = call @_take(%arg43, %arg58) : (tensor<262208x5376xbf16>, tensor<8x1024xi32>) -> tensor<8x1024x5376xbf16>
    %cst = stablehlo.constant dense<7.350000e+01> : tensor<bf16>
    %1 = stablehlo.broadcast_in_dim %cst, dims = [] : (tensor<bf16>) -> tensor<8x1024x5376xbf16>
    %2 = stablehlo.multiply %0, %1 : tensor<8x1024x5376xbf16>
    %3 = stablehlo.iota dim = 0 : tensor<64xf32>
    %cst_0 = stablehlo.constant dense<2.000000e+00> : tensor<f32>
    %4 = stablehlo.broadcast_in_dim %cst_0, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %5 = stablehlo.multiply %4, %3 : tensor<64xf32>
    %cst_1 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %6 = stablehlo.broadcast_in_dim %cst_1, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %7 = stablehlo.add %6, %5 : tensor<64xf32>
    %cst_2 = stablehlo.constant dense<1.280000e+02> : tensor<f32>
    %8 = stablehlo.broadcast_in_dim %cst_2, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %9 = stablehlo.divide %7, %8 : tensor<64xf32>
    %cst_3 = stablehlo.constant dense<1.000000e+04> : tensor<f32>
    %10 = stablehlo.broadcast_in_dim %cst_3, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %11 = stablehlo.power %10, %9 : tensor<64xf32>
    %cst_4 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %12 = stablehlo.broadcast_in_dim %cst_4, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %13 = stablehlo.divide %12, %11 : tensor<64xf32>
    %cst_5 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %14 = stablehlo.broadcast_in_dim %cst_5, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %15 = stablehlo.divide %13, %14 : tensor<64xf32>
    %16 = stablehlo.iota dim = 0 : tensor<64xf32>
    %cst_6 = stablehlo.constant dense<2.000000e+00> : tensor<f32>
    %17 = stablehlo.broadcast_in_dim %cst_6, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %18 = stablehlo.multiply %17, %16 : tensor<64xf32>
    %cst_7 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %19 = stablehlo.broadcast_in_dim %cst_7, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %20 = stablehlo.add %19, %18 : tensor<64xf32>
    %cst_8 = stablehlo.constant dense<1.280000e+02> : tensor<f32>
    %21 = stablehlo.broadcast_in_dim %cst_8, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %22 = stablehlo.divide %20, %21 : tensor<64xf32>
    %cst_9 = stablehlo.constant dense<1.000000e+06> : tensor<f32>
    %23 = stablehlo.broadcast_in_dim %cst_9, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %24 = stablehlo.power %23, %22 : tensor<64xf32>
    %cst_10 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %25 = stablehlo.broadcast_in_dim %cst_10, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %26 = stablehlo.divide %25, %24 : tensor<64xf32>
    %cst_11 = stablehlo.constant dense<8.000000e+00> : tensor<f32>
    %27 = stablehlo.broadcast_in_dim %cst_11, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %28 = stablehlo.divide %26, %27 : tensor<64xf32>
    %29 = stablehlo.convert %arg59 : (tensor<8x1024xi32>) -> tensor<8x1024xf32>
    %30 = stablehlo.broadcast_in_dim %29, dims = [0, 1] : (tensor<8x1024xf32>) -> tensor<8x1024x1xf32>
    %31 = stablehlo.convert %arg59 : (tensor<8x1024xi32>) -> tensor<8x1024xf32>
    %32 = stablehlo.broadcast_in_dim %31, dims = [0, 1] : (tensor<8x1024xf32>) -> tensor<8x1024x1xf32>
    %cst_12 = stablehlo.constant dense<0.000000e+00> : tensor<bf16>
    %33 = stablehlo.broadcast_in_dim %cst_12, dims = [] : (tensor<bf16>) -> tensor<62x8x1024x5376xbf16>
    %c_13 = stablehlo.constant dense<0> : tensor<i32>
    %34:36 = stablehlo.while(%iterArg = %arg44, %iterArg_245 = %arg45, %iterArg_246 = %arg46, %iterArg_247 = %arg47, %iterArg_248 = %arg48, %iterArg_249 = %arg49, %iterArg_250 = %arg50, %iterArg_251 = %arg51, %iterArg_252 = %arg52, %iterArg_253 = %arg53, %iterArg_254 = %arg54, %iterArg_255 = %arg55, %iterArg_256 = %arg56, %iterArg_257 = %arg0, %iterArg_258 = %arg1, %iterArg_259 = %arg2, %iterArg_260 = %arg3, %iterArg_261 = %arg4, %iterArg_262 = %arg5, %iterArg_263 = %arg6, %iterArg_264 = %arg7, %iterArg_265 = %arg8, %iterArg_266 = %arg9, %iterArg_267 = %arg10, %iterArg_268 = %arg11, %iterArg_269 = %arg12, %iterArg_270 = %arg13, %iterArg_271 = %c, %iterArg_272 = %arg60, %iterArg_273 = %30, %iterArg_274 = %15, %iterArg_275 = %28, %iterArg_276 = %32, %iterArg_277 = %c_13, %iterArg_278 = %2, %iterArg_279 = %33) : tensor<62x5376xbf16>, tensor<62x32x5376x128xbf16>, tensor<62x16x5376x128xbf16>, tensor<62x16x5376x128xbf16>, tensor<62x32x128x5376xbf16>, tensor<62x128xbf16>, tensor<62x128xbf16>, tensor<62x5376xbf16>, tensor<62x5376xbf16>, tensor<62x5376x21504xbf16>, tensor<62x5376x21504xbf16>, tensor<62x21504x5376xbf16>, tensor<62x5376xbf16>, tensor<62x21504x16xf32>, tensor<62x16x5376xf32>, tensor<62x5376x16xf32>, tensor<62x16x21504xf32>, tensor<62x5376x16xf32>, tensor<62x16x16x128xf32>, tensor<62x32x128x16xf32>, tensor<62x16x5376xf32>, tensor<62x5376x16xf32>, tensor<62x16x32x128xf32>, tensor<62x5376x16xf32>, tensor<62x16x21504xf32>, tensor<62x5376x16xf32>, tensor<62x16x16x128xf32>, tensor<62xi1>, tensor<8x1024xi32>, tensor<8x1024x1xf32>, tensor<64xf32>, tensor<64xf32>, tensor<8x1024x1xf32>, tensor<i32>, tensor<8x1024x5376xbf16>, tensor<62x8x1024x5376xbf16>
    cond {
      %c_280 = stablehlo.constant dense<62> : tensor<i32>
      %753 = stablehlo.compare LT, %iterArg_277, %c_280, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
      stablehlo.return %753 : tensor<i1>
    } do {
      %753 = func.call @dynamic_index_in_dim(%iterArg, %iterArg_277) : (tensor<62x5376xbf16>, tensor<i32>) -> tensor<5376xbf16>
      %754 = func.call @dynamic_index_in_dim_0(%iterArg_245, %iterArg_277) : (tensor<62x32x5376x128xbf16>, tensor<i32>) -> tensor<32x5376x128xbf16>
      %755 = func.call @dynamic_index_in_dim_1(%iterArg_246, %iterArg_277) : (tensor<62x16x5376x128xbf16>, tensor<i32>) -> tensor<16x5376x128xbf16>
      %756 = func.call @dynamic_index_in_dim_1(%iterArg_247, %iterArg_277) : (tensor<62x16x5376x128xbf16>, tensor<i32>) -> tensor<16x5376x128xbf16>
      %757 = func.call @dynamic_index_in_dim_2(%iterArg_248, %iterArg_277) : (tensor<62x32x128x5376xbf16>, tensor<i32>) -> tensor<32x128x5376xbf16>
      %758 = func.call @dynamic_index_in_dim_3(%iterArg_249, %iterArg_277) : (tensor<62x128xbf16>, tensor<i32>) -> tensor<128xbf16>
      %759 = func.call @dynamic_index_in_dim_3(%iterArg_250, %iterArg_277) : (tensor<62x128xbf16>, tensor<i32>) -> tensor<128xbf16>
      %760 = func.call @dynamic_index_in_dim(%iterArg_251, %iterArg_277) : (tensor<62x5376xbf16>, tensor<i32>) -> tensor<5376xbf16>
      %761 = func.call @dynamic_index_in_dim(%iterArg_252, %iterArg_277) : (tensor<62x5376xbf16>, tensor<i32>) -> tensor<5376xbf16>
      %762 = func.call @dynamic_index_in_dim_4(%iterArg_253, %iterArg_277) : (tensor<62x5376x21504xbf16>, tensor<i32>) -> tensor<5376x21504xbf16>
      %763 = func.call @dynamic_index_in_dim_4(%iterArg_254, %iterArg_277) : (tensor<62x5376x21504xbf16>, tensor<i32>) -> tensor<5376x21504xbf16>
      %764 = func.call @dynamic_index_in_dim_5(%iterArg_255, %iterArg_277) : (tensor<62x21504x5376xbf16>, tensor<i32>) -> tensor<21504x5376xbf16>
      %765 = func.call @dynamic_index_in_dim(%iterArg_256, %iterArg_277) : (tensor<62x5376xbf16>, tensor<i32>) -> tensor<5376xbf16>
      %766 = func.call @dynamic_index_in_dim_6(%iterArg_257, %iterArg_277) : (tensor<62x21504x16xf32>, tensor<i32>) -> tensor<21504x16xf32>
      %767 = func.call @dynamic_index_in_dim_7(%iterArg_258, %iterArg_277) : (tensor<62x16x5376xf32>, tensor<i32>) -> tensor<16x5376xf32>
      %768 = func.call @dynamic_index_in_dim_8(%iterArg_259, %iterArg_277) : (tensor<62x5376x16xf32>, tensor<i32>) -> tensor<5376x16xf32>
      %769 = func.call @dynamic_index_in_dim_9(%iterArg_260, %iterArg_277) : (tensor<62x16x21504xf32>, tensor<i32>) -> tensor<16x21504xf32>
      %770 = func.call @dynamic_index_in_dim_8(%iterArg_261, %iterArg_277) : (tensor<62x5376x16xf32>, tensor<i32>) -> tensor<5376x16xf32>
      %771 = func.call @dynamic_index_in_dim_10(%iterArg_262, %iterArg_277) : (tensor<62x16x16x128xf32>, tensor<i32>) -> tensor<16x16x128xf32>
      %772 = func.call @dynamic_index_in_dim_11(%iterArg_263, %iterArg_277) : (tensor<62x32x128x16xf32>, tensor<i32>) -> tensor<32x128x16xf32>
      %773 = func.call @dynamic_index_in_dim_7(%iterArg_264, %iterArg_277) : (tensor<62x16x5376xf32>, tensor<i32>) -> tensor<16x5376xf32>
      %774 = func.call @dynamic_index_in_dim_8(%iterArg_265, %iterArg_277) : (tensor<62x5376x16xf32>, tensor<i32>) -> tensor<5376x16xf32>
      %775 = func.call @dynamic_index_in_dim_12(%iterArg_266, %iterArg_277) : (tensor<62x16x32x128xf32>, tensor<i32>) -> tensor<16x32x128xf32>
      %776 = func.call @dynamic_index_in_dim_8(%iterArg_267, %iterArg_277) : (tensor<62x5376x16xf32>, tensor<i32>) -> tensor<5376x16xf32>
      %777 = func.call @dynamic_index_in_dim_9(%iterArg_268, %iterArg_277) : (tensor<62x16x21504xf32>, tensor<i32>) -> tensor<16x21504xf32>
      %778 = func.call @dynamic_index_in_dim_8(%iterArg_269, %iterArg_277) : (tensor<62x5376x16xf32>, tensor<i32>) -> tensor<5376x16xf32>
      %779 = func.call @dynamic_index_in_dim_10(%iterArg_270, %iterArg_277) : (tensor<62x16x16x128xf32>, tensor<i32>) -> tensor<16x16x128xf32>
      %780 = func.call @dynamic_index_in_dim_13(%iterArg_271, %iterArg_277) : (tensor<62xi1>, tensor<i32>) -> tensor<i1>
      %781:2 = func.call @closed_call(%iterArg_272, %iterArg_273, %iterArg_274, %iterArg_275, %iterArg_276, %iterArg_278, %753, %754, %755, %756, %757, %758, %759, %760, %761, %762, %763, %764, %765, %766, %767, %768, %769, %770, %771, %772, %773, %774, %775, %776, %777, %778, %779, %780) : (tensor<8x1024xi32>, tensor<8x1024x1xf32>, tensor<64xf32>, tensor<64xf32>, tensor<8x1024x1xf32>, tensor<8x1024x5376xbf16>, tensor<5376xbf16>, tensor<32x5376x128xbf16>, tensor<16x5376x128xbf16>, tensor<16x5376x128xbf16>, tensor<32x128x5376xbf16>, tensor<128xbf16>, tensor<128xbf16>, tensor<5376xbf16>, tensor<5376xbf16>, tensor<5376x21504xbf16>, tensor<5376x21504xbf16>, tensor<21504x5376xbf16>, tensor<5376xbf16>, tensor<21504x16xf32>, tensor<16x5376xf32>, tensor<5376x16xf32>, tensor<16x21504xf32>, tensor<5376x16xf32>, tensor<16x16x128xf32>, tensor<32x128x16xf32>, tensor<16x5376xf32>, tensor<5376x16xf32>, tensor<16x32x128xf32>, tensor<5376x16xf32>, tensor<16x21504xf32>, tensor<5376x16xf32>, tensor<16x16x128xf32>, tensor<i1>) -> (tensor<8x1024x5376xbf16>, tensor<8x1024x5376xbf16>)
      %782 = func.call @dynamic_update_index_in_dim(%iterArg_279, %781#1, %iterArg_277) : (tensor<62x8x1024x5376xbf16>, tensor<8x1024x5376xbf16>, tensor<i32>) -> tensor<62x8x1024x5376xbf16>
      %c_280 = stablehlo.constant dense<1> : tensor<i32>
      %783 = stablehlo.add %iterArg_277, %c_280 : tensor<i32>
      stablehlo.return %iterArg, %iterArg_245, %iterArg_246, %iterArg_247, %iterArg_248, %iterArg_249, %iterArg_250, %iterArg_251, %iterArg_252, %iterArg_253, %iterArg_254, %iterArg_255, %iterArg_256, %iterArg_257, %iterArg_258, %iterArg_259, %iterArg_260, %iterArg_261, %iterArg_262, %iterArg_263, %iterArg_264, %iterArg_265, %iterArg_266, %iterArg_267, %iterArg_268, %iterArg_269, %iterArg_270, %iterArg_271, %iterArg_272, %iterArg_273, %iterArg_274, %iterArg_275, %iterArg_276, %783, %781#0, %782 : tensor<62x5376xbf16>, tensor<62x32x5376x128xbf16>, tensor<62x16x5376x128xbf16>, tensor<62x16x5376x128xbf16>, tensor<62x32x128x5376xbf16>, tensor<62x128xbf16>, tensor<62x128xbf16>, tensor<62x5376xbf16>, tensor<62x5376xbf16>, tensor<62x5376x21504xbf16>, tensor<62x5376x21504xbf16>, tensor<62x21504x5376xbf16>, tensor<62x5376xbf16>, tensor<62x21504x16xf32>, tensor<62x16x5376xf32>, tensor<62x5376x16xf32>, tensor<62x16x21504xf32>, tensor<62x5376x16xf32>, tensor<62x16x16x128xf32>, tensor<62x32x128x16xf32>, tensor<62x16x5376xf32>, tensor<62x5376x16xf32>, tensor<62x16x32x128xf32>, tensor<62x5376x16xf32>, tensor<62x16x21504xf32>, tensor<62x5376x16xf32>, tensor<62x16x16x128xf32>, tensor<62xi1>, tensor<8x1024xi32>, tensor<8x1024x1xf32>, tensor<64xf32>, tensor<64xf32>, tensor<8x1024x1xf32>, tensor<i32>, tensor<8x1024x5376xbf16>, tensor<62x8x1024x5376xbf16>
    }
    %35 = stablehlo.slice %34#34 [0:8, 511:1023, 0:5376] : (tensor<8x1024x5376xbf16>) -> tensor<8x512x5376xbf16>
    %36 = stablehlo.slice %arg58 [0:8, 512:1024] : (tensor<8x1024xi32>) -> tensor<8x512xi32>
    %c_14 = stablehlo.constant dense<0> : tensor<i32>
    %37 = call @_pad(%35, %c_14) : (tensor<8x512x5376xbf16>, tensor<i32>) -> tensor<8x512x5376xbf16>
    %38 = stablehlo.reshape %37 : (tensor<8x512x5376xbf16>) -> tensor<8x8x64x5376xbf16>
    %39 = stablehlo.transpose %38, dims = [1, 0, 2, 3] : (tensor<8x8x64x5376xbf16>) -> tensor<8x8x64x5376xbf16>
    %c_15 = stablehlo.constant dense<0> : tensor<i32>
    %40 = call @_pad_16(%36, %c_15) : (tensor<8x512xi32>, tensor<i32>) -> tensor<8x512xi32>
    %41 = stablehlo.reshape %40 : (tensor<8x512xi32>) -> tensor<8x8x64xi32>
    %42 = stablehlo.transpose %41, dims = [1, 0, 2] : (tensor<8x8x64xi32>) -> tensor<8x8x64xi32>
    %43 = stablehlo.convert %arg57 : (tensor<5376xbf16>) -> tensor<5376xf32>
    %cst_16 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %44 = stablehlo.broadcast_in_dim %cst_16, dims = [] : (tensor<f32>) -> tensor<5376xf32>
    %45 = stablehlo.add %44, %43 : tensor<5376xf32>
    %46 = stablehlo.broadcast_in_dim %45, dims = [2] : (tensor<5376xf32>) -> tensor<1x1x5376xf32>
    %47 = stablehlo.slice %arg43 [0:262144, 0:5376] : (tensor<262208x5376xbf16>) -> tensor<262144x5376xbf16>
    %cst_17 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %48 = stablehlo.broadcast_in_dim %cst_17, dims = [] : (tensor<f32>) -> tensor<8x64xf32>
    %cst_18 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %49 = stablehlo.broadcast_in_dim %cst_18, dims = [] : (tensor<f32>) -> tensor<8x8x64xf32>
    %c_19 = stablehlo.constant dense<0> : tensor<i32>
    %50:7 = stablehlo.while(%iterArg = %39, %iterArg_245 = %42, %iterArg_246 = %46, %iterArg_247 = %47, %iterArg_248 = %48, %iterArg_249 = %c_19, %iterArg_250 = %49) : tensor<8x8x64x5376xbf16>, tensor<8x8x64xi32>, tensor<1x1x5376xf32>, tensor<262144x5376xbf16>, tensor<8x64xf32>, tensor<i32>, tensor<8x8x64xf32>
    cond {
      %c_251 = stablehlo.constant dense<8> : tensor<i32>
      %753 = stablehlo.compare LT, %iterArg_249, %c_251, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
      stablehlo.return %753 : tensor<i1>
    } do {
      %753 = func.call @dynamic_index_in_dim_17(%iterArg, %iterArg_249) : (tensor<8x8x64x5376xbf16>, tensor<i32>) -> tensor<8x64x5376xbf16>
      %754 = func.call @dynamic_index_in_dim_18(%iterArg_245, %iterArg_249) : (tensor<8x8x64xi32>, tensor<i32>) -> tensor<8x64xi32>
      %755 = func.call @closed_call_19(%iterArg_246, %iterArg_247, %iterArg_248, %753, %754) : (tensor<1x1x5376xf32>, tensor<262144x5376xbf16>, tensor<8x64xf32>, tensor<8x64x5376xbf16>, tensor<8x64xi32>) -> tensor<8x64xf32>
      %756 = func.call @dynamic_update_index_in_dim_20(%iterArg_250, %755, %iterArg_249) : (tensor<8x8x64xf32>, tensor<8x64xf32>, tensor<i32>) -> tensor<8x8x64xf32>
      %c_251 = stablehlo.constant dense<1> : tensor<i32>
      %757 = stablehlo.add %iterArg_249, %c_251 : tensor<i32>
      stablehlo.return %iterArg, %iterArg_245, %iterArg_246, %iterArg_247, %iterArg_248, %757, %756 : tensor<8x8x64x5376xbf16>, tensor<8x8x64xi32>, tensor<1x1x5376xf32>, tensor<262144x5376xbf16>, tensor<8x64xf32>, tensor<i32>, tensor<8x8x64xf32>
    }
    %51 = stablehlo.transpose %50#6, dims = [1, 0, 2] : (tensor<8x8x64xf32>) -> tensor<8x8x64xf32>
    %52 = stablehlo.reshape %51 : (tensor<8x8x64xf32>) -> tensor<8x512xf32>
    %53 = stablehlo.subtract %52, %52 : tensor<8x512xf32>
    %54 = stablehlo.exponential %53 : tensor<8x512xf32>
    %55 = stablehlo.broadcast_in_dim %arg62, dims = [0] : (tensor<8xf32>) -> tensor<8x1xf32>
    %cst_20 = stablehlo.constant dense<8.000000e-01> : tensor<f32>
    %cst_21 = stablehlo.constant dense<1.280000e+00> : tensor<f32>
    %56:3 = call @clip(%54, %cst_20, %cst_21) : (tensor<8x512xf32>, tensor<f32>, tensor<f32>) -> (tensor<8x512xf32>, tensor<8x512xf32>, tensor<8x512xf32>)
    %57 = stablehlo.broadcast_in_dim %55, dims = [0, 1] : (tensor<8x1xf32>) -> tensor<8x512xf32>
    %58 = stablehlo.multiply %54, %57 : tensor<8x512xf32>
    %59 = stablehlo.broadcast_in_dim %55, dims = [0, 1] : (tensor<8x1xf32>) -> tensor<8x512xf32>
    %60 = stablehlo.multiply %56#0, %59 : tensor<8x512xf32>
    %61 = stablehlo.minimum %58, %60 : tensor<8x512xf32>
    %62 = stablehlo.compare EQ, %58, %61, FLOAT : (tensor<8x512xf32>, tensor<8x512xf32>) -> tensor<8x512xi1>
    %cst_22 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %63 = stablehlo.broadcast_in_dim %cst_22, dims = [] : (tensor<f32>) -> tensor<8x512xf32>
    %cst_23 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %64 = stablehlo.broadcast_in_dim %cst_23, dims = [] : (tensor<f32>) -> tensor<8x512xf32>
    %65 = stablehlo.select %62, %63, %64 : tensor<8x512xi1>, tensor<8x512xf32>
    %66 = stablehlo.compare EQ, %60, %61, FLOAT : (tensor<8x512xf32>, tensor<8x512xf32>) -> tensor<8x512xi1>
    %cst_24 = stablehlo.constant dense<2.000000e+00> : tensor<f32>
    %67 = stablehlo.broadcast_in_dim %cst_24, dims = [] : (tensor<f32>) -> tensor<8x512xf32>
    %cst_25 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %68 = stablehlo.broadcast_in_dim %cst_25, dims = [] : (tensor<f32>) -> tensor<8x512xf32>
    %69 = stablehlo.select %66, %67, %68 : tensor<8x512xi1>, tensor<8x512xf32>
    %70 = stablehlo.divide %65, %69 : tensor<8x512xf32>
    %71 = stablehlo.compare EQ, %60, %61, FLOAT : (tensor<8x512xf32>, tensor<8x512xf32>) -> tensor<8x512xi1>
    %cst_26 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %72 = stablehlo.broadcast_in_dim %cst_26, dims = [] : (tensor<f32>) -> tensor<8x512xf32>
    %cst_27 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %73 = stablehlo.broadcast_in_dim %cst_27, dims = [] : (tensor<f32>) -> tensor<8x512xf32>
    %74 = stablehlo.select %71, %72, %73 : tensor<8x512xi1>, tensor<8x512xf32>
    %75 = stablehlo.compare EQ, %58, %61, FLOAT : (tensor<8x512xf32>, tensor<8x512xf32>) -> tensor<8x512xi1>
    %cst_28 = stablehlo.constant dense<2.000000e+00> : tensor<f32>
    %76 = stablehlo.broadcast_in_dim %cst_28, dims = [] : (tensor<f32>) -> tensor<8x512xf32>
    %cst_29 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %77 = stablehlo.broadcast_in_dim %cst_29, dims = [] : (tensor<f32>) -> tensor<8x512xf32>
    %78 = stablehlo.select %75, %76, %77 : tensor<8x512xi1>, tensor<8x512xf32>
    %79 = stablehlo.divide %74, %78 : tensor<8x512xf32>
    %80 = stablehlo.negate %61 : tensor<8x512xf32>
    %81 = stablehlo.subtract %arg63, %52 : tensor<8x512xf32>
    %82 = stablehlo.exponential %81 : tensor<8x512xf32>
    %83 = stablehlo.subtract %82, %81 : tensor<8x512xf32>
    %cst_30 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %84 = stablehlo.broadcast_in_dim %cst_30, dims = [] : (tensor<f32>) -> tensor<8x512xf32>
    %85 = stablehlo.subtract %83, %84 : tensor<8x512xf32>
    %cst_31 = stablehlo.constant dense<4.000000e-02> : tensor<f32>
    %86 = stablehlo.broadcast_in_dim %cst_31, dims = [] : (tensor<f32>) -> tensor<8x512xf32>
    %87 = stablehlo.multiply %86, %85 : tensor<8x512xf32>
    %88 = stablehlo.add %80, %87 : tensor<8x512xf32>
    %89 = stablehlo.multiply %88, %arg61 : tensor<8x512xf32>
    %cst_32 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %90 = stablehlo.reduce(%89 init: %cst_32) applies stablehlo.add across dimensions = [1] : (tensor<8x512xf32>, tensor<f32>) -> tensor<8xf32>
    %cst_33 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %91 = stablehlo.reduce(%arg61 init: %cst_33) applies stablehlo.add across dimensions = [1] : (tensor<8x512xf32>, tensor<f32>) -> tensor<8xf32>
    %cst_34 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %92 = stablehlo.broadcast_in_dim %cst_34, dims = [] : (tensor<f32>) -> tensor<8xf32>
    %93 = stablehlo.maximum %91, %92 : tensor<8xf32>
    %94 = stablehlo.divide %90, %93 : tensor<8xf32>
    %cst_35 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %95 = stablehlo.reduce(%94 init: %cst_35) applies stablehlo.add across dimensions = [0] : (tensor<8xf32>, tensor<f32>) -> tensor<f32>
    %cst_36 = stablehlo.constant dense<8.000000e+00> : tensor<f32>
    %96 = stablehlo.divide %95, %cst_36 : tensor<f32>
    %cst_37 = stablehlo.constant dense<8.000000e-01> : tensor<f32>
    %97 = stablehlo.broadcast_in_dim %cst_37, dims = [] : (tensor<f32>) -> tensor<8x512xf32>
    %98 = stablehlo.compare LT, %54, %97, FLOAT : (tensor<8x512xf32>, tensor<8x512xf32>) -> tensor<8x512xi1>
    %cst_38 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %99 = stablehlo.broadcast_in_dim %cst_38, dims = [] : (tensor<f32>) -> tensor<8x1xf32>
    %100 = stablehlo.compare LT, %55, %99, FLOAT : (tensor<8x1xf32>, tensor<8x1xf32>) -> tensor<8x1xi1>
    %101 = stablehlo.broadcast_in_dim %100, dims = [0, 1] : (tensor<8x1xi1>) -> tensor<8x512xi1>
    %102 = stablehlo.and %98, %101 : tensor<8x512xi1>
    %cst_39 = stablehlo.constant dense<1.280000e+00> : tensor<f32>
    %103 = stablehlo.broadcast_in_dim %cst_39, dims = [] : (tensor<f32>) -> tensor<8x512xf32>
    %104 = stablehlo.compare GT, %54, %103, FLOAT : (tensor<8x512xf32>, tensor<8x512xf32>) -> tensor<8x512xi1>
    %cst_40 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %105 = stablehlo.broadcast_in_dim %cst_40, dims = [] : (tensor<f32>) -> tensor<8x1xf32>
    %106 = stablehlo.compare GT, %55, %105, FLOAT : (tensor<8x1xf32>, tensor<8x1xf32>) -> tensor<8x1xi1>
    %107 = stablehlo.broadcast_in_dim %106, dims = [0, 1] : (tensor<8x1xi1>) -> tensor<8x512xi1>
    %108 = stablehlo.and %104, %107 : tensor<8x512xi1>
    %109 = stablehlo.or %102, %108 : tensor<8x512xi1>
    %cst_41 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %110 = stablehlo.reduce(%arg61 init: %cst_41) applies stablehlo.add across dimensions = [0, 1] : (tensor<8x512xf32>, tensor<f32>) -> tensor<f32>
    %cst_42 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %111 = stablehlo.maximum %110, %cst_42 : tensor<f32>
    %112 = stablehlo.multiply %85, %arg61 : tensor<8x512xf32>
    %cst_43 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %113 = stablehlo.reduce(%112 init: %cst_43) applies stablehlo.add across dimensions = [0, 1] : (tensor<8x512xf32>, tensor<f32>) -> tensor<f32>
    %114 = stablehlo.divide %113, %111 : tensor<f32>
    %115 = stablehlo.convert %109 : (tensor<8x512xi1>) -> tensor<8x512xf32>
    %116 = stablehlo.multiply %115, %arg61 : tensor<8x512xf32>
    %cst_44 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %117 = stablehlo.reduce(%116 init: %cst_44) applies stablehlo.add across dimensions = [0, 1] : (tensor<8x512xf32>, tensor<f32>) -> tensor<f32>
    %118 = stablehlo.divide %117, %111 : tensor<f32>
    %119 = stablehlo.multiply %54, %arg61 : tensor<8x512xf32>
    %cst_45 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %120 = stablehlo.reduce(%119 init: %cst_45) applies stablehlo.add across dimensions = [0, 1] : (tensor<8x512xf32>, tensor<f32>) -> tensor<f32>
    %121 = stablehlo.divide %120, %111 : tensor<f32>
    %cst_46 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %cst_47 = stablehlo.constant dense<8.000000e+00> : tensor<f32>
    %122 = stablehlo.divide %cst_46, %cst_47 : tensor<f32>
    %123 = stablehlo.broadcast_in_dim %122, dims = [] : (tensor<f32>) -> tensor<8xf32>
    %124 = stablehlo.divide %123, %93 : tensor<8xf32>
    %125 = stablehlo.broadcast_in_dim %124, dims = [0] : (tensor<8xf32>) -> tensor<8x512xf32>
    %126 = stablehlo.multiply %125, %arg61 : tensor<8x512xf32>
    %cst_48 = stablehlo.constant dense<4.000000e-02> : tensor<f32>
    %127 = stablehlo.broadcast_in_dim %cst_48, dims = [] : (tensor<f32>) -> tensor<8x512xf32>
    %128 = stablehlo.multiply %127, %126 : tensor<8x512xf32>
    %129 = stablehlo.negate %128 : tensor<8x512xf32>
    %130 = stablehlo.multiply %128, %82 : tensor<8x512xf32>
    %131 = stablehlo.add %129, %130 : tensor<8x512xf32>
    %132 = stablehlo.negate %131 : tensor<8x512xf32>
    %133 = stablehlo.negate %126 : tensor<8x512xf32>
    %134 = stablehlo.multiply %133, %79 : tensor<8x512xf32>
    %135 = stablehlo.multiply %133, %70 : tensor<8x512xf32>
    %136 = stablehlo.broadcast_in_dim %55, dims = [0, 1] : (tensor<8x1xf32>) -> tensor<8x512xf32>
    %137 = stablehlo.multiply %134, %136 : tensor<8x512xf32>
    %138 = stablehlo.broadcast_in_dim %55, dims = [0, 1] : (tensor<8x1xf32>) -> tensor<8x512xf32>
    %139 = stablehlo.multiply %135, %138 : tensor<8x512xf32>
    %140 = call @clip_21(%56#1, %56#2, %137) : (tensor<8x512xf32>, tensor<8x512xf32>, tensor<8x512xf32>) -> tensor<8x512xf32>
    %141 = stablehlo.add %139, %140 : tensor<8x512xf32>
    %142 = stablehlo.multiply %141, %54 : tensor<8x512xf32>
    %143 = stablehlo.add %132, %142 : tensor<8x512xf32>
    %144 = stablehlo.reshape %143 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %145 = stablehlo.transpose %144, dims = [1, 0, 2] : (tensor<8x8x64xf32>) -> tensor<8x8x64xf32>
    %cst_49 = stablehlo.constant dense<0.000000e+00> : tensor<bf16>
    %146 = stablehlo.broadcast_in_dim %cst_49, dims = [] : (tensor<bf16>) -> tensor<8x8x64x5376xbf16>
    %c_50 = stablehlo.constant dense<0> : tensor<i32>
    %147:7 = stablehlo.while(%iterArg = %145, %iterArg_245 = %39, %iterArg_246 = %42, %iterArg_247 = %arg57, %iterArg_248 = %arg43, %iterArg_249 = %c_50, %iterArg_250 = %146) : tensor<8x8x64xf32>, tensor<8x8x64x5376xbf16>, tensor<8x8x64xi32>, tensor<5376xbf16>, tensor<262208x5376xbf16>, tensor<i32>, tensor<8x8x64x5376xbf16>
    cond {
      %c_251 = stablehlo.constant dense<8> : tensor<i32>
      %753 = stablehlo.compare LT, %iterArg_249, %c_251, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
      stablehlo.return %753 : tensor<i1>
    } do {
      %c_251 = stablehlo.constant dense<8> : tensor<i32>
      %753 = stablehlo.subtract %c_251, %iterArg_249 : tensor<i32>
      %c_252 = stablehlo.constant dense<1> : tensor<i32>
      %754 = stablehlo.subtract %753, %c_252 : tensor<i32>
      %755 = func.call @dynamic_index_in_dim_22(%iterArg, %754) : (tensor<8x8x64xf32>, tensor<i32>) -> tensor<8x64xf32>
      %756 = func.call @dynamic_index_in_dim_17(%iterArg_245, %754) : (tensor<8x8x64x5376xbf16>, tensor<i32>) -> tensor<8x64x5376xbf16>
      %757 = func.call @dynamic_index_in_dim_18(%iterArg_246, %754) : (tensor<8x8x64xi32>, tensor<i32>) -> tensor<8x64xi32>
      %758 = func.call @closed_call_23(%iterArg_247, %iterArg_248, %755, %756, %757) : (tensor<5376xbf16>, tensor<262208x5376xbf16>, tensor<8x64xf32>, tensor<8x64x5376xbf16>, tensor<8x64xi32>) -> tensor<8x64x5376xbf16>
      %759 = func.call @dynamic_update_index_in_dim_26(%iterArg_250, %758, %754) : (tensor<8x8x64x5376xbf16>, tensor<8x64x5376xbf16>, tensor<i32>) -> tensor<8x8x64x5376xbf16>
      %c_253 = stablehlo.constant dense<1> : tensor<i32>
      %760 = stablehlo.add %iterArg_249, %c_253 : tensor<i32>
      stablehlo.return %iterArg, %iterArg_245, %iterArg_246, %iterArg_247, %iterArg_248, %760, %759 : tensor<8x8x64xf32>, tensor<8x8x64x5376xbf16>, tensor<8x8x64xi32>, tensor<5376xbf16>, tensor<262208x5376xbf16>, tensor<i32>, tensor<8x8x64x5376xbf16>
    }
    %148 = stablehlo.transpose %147#6, dims = [1, 0, 2, 3] : (tensor<8x8x64x5376xbf16>) -> tensor<8x8x64x5376xbf16>
    %149 = stablehlo.reshape %148 : (tensor<8x8x64x5376xbf16>) -> tensor<8x512x5376xbf16>
    %150 = call @_pad_27(%149) : (tensor<8x512x5376xbf16>) -> tensor<8x512x5376xbf16>
    %cst_51 = stablehlo.constant dense<0.000000e+00> : tensor<bf16>
    %151 = stablehlo.pad %150, %cst_51, low = [0, 511, 0], high = [0, 1, 0], interior = [0, 0, 0] : (tensor<8x512x5376xbf16>, tensor<bf16>) -> tensor<8x1024x5376xbf16>
    %cst_52 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %152 = stablehlo.broadcast_in_dim %cst_52, dims = [] : (tensor<f32>) -> tensor<62x21504x16xf32>
    %cst_53 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %153 = stablehlo.broadcast_in_dim %cst_53, dims = [] : (tensor<f32>) -> tensor<62x16x5376xf32>
    %cst_54 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %154 = stablehlo.broadcast_in_dim %cst_54, dims = [] : (tensor<f32>) -> tensor<62x5376x16xf32>
    %cst_55 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %155 = stablehlo.broadcast_in_dim %cst_55, dims = [] : (tensor<f32>) -> tensor<62x16x21504xf32>
    %cst_56 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %156 = stablehlo.broadcast_in_dim %cst_56, dims = [] : (tensor<f32>) -> tensor<62x5376x16xf32>
    %cst_57 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %157 = stablehlo.broadcast_in_dim %cst_57, dims = [] : (tensor<f32>) -> tensor<62x16x16x128xf32>
    %cst_58 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %158 = stablehlo.broadcast_in_dim %cst_58, dims = [] : (tensor<f32>) -> tensor<62x32x128x16xf32>
    %cst_59 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %159 = stablehlo.broadcast_in_dim %cst_59, dims = [] : (tensor<f32>) -> tensor<62x16x5376xf32>
    %cst_60 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %160 = stablehlo.broadcast_in_dim %cst_60, dims = [] : (tensor<f32>) -> tensor<62x5376x16xf32>
    %cst_61 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %161 = stablehlo.broadcast_in_dim %cst_61, dims = [] : (tensor<f32>) -> tensor<62x16x32x128xf32>
    %cst_62 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %162 = stablehlo.broadcast_in_dim %cst_62, dims = [] : (tensor<f32>) -> tensor<62x5376x16xf32>
    %cst_63 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %163 = stablehlo.broadcast_in_dim %cst_63, dims = [] : (tensor<f32>) -> tensor<62x16x21504xf32>
    %cst_64 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %164 = stablehlo.broadcast_in_dim %cst_64, dims = [] : (tensor<f32>) -> tensor<62x5376x16xf32>
    %cst_65 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %165 = stablehlo.broadcast_in_dim %cst_65, dims = [] : (tensor<f32>) -> tensor<62x16x16x128xf32>
    %c_66 = stablehlo.constant dense<0> : tensor<i32>
    %166:47 = stablehlo.while(%iterArg = %34#35, %iterArg_245 = %arg44, %iterArg_246 = %arg45, %iterArg_247 = %arg46, %iterArg_248 = %arg47, %iterArg_249 = %arg48, %iterArg_250 = %arg49, %iterArg_251 = %arg50, %iterArg_252 = %arg51, %iterArg_253 = %arg52, %iterArg_254 = %arg53, %iterArg_255 = %arg54, %iterArg_256 = %arg55, %iterArg_257 = %arg56, %iterArg_258 = %arg0, %iterArg_259 = %arg1, %iterArg_260 = %arg2, %iterArg_261 = %arg3, %iterArg_262 = %arg4, %iterArg_263 = %arg5, %iterArg_264 = %arg6, %iterArg_265 = %arg7, %iterArg_266 = %arg8, %iterArg_267 = %arg9, %iterArg_268 = %arg10, %iterArg_269 = %arg11, %iterArg_270 = %arg12, %iterArg_271 = %arg13, %iterArg_272 = %c, %iterArg_273 = %arg59, %iterArg_274 = %arg60, %iterArg_275 = %c_66, %iterArg_276 = %151, %iterArg_277 = %152, %iterArg_278 = %153, %iterArg_279 = %154, %iterArg_280 = %155, %iterArg_281 = %156, %iterArg_282 = %157, %iterArg_283 = %158, %iterArg_284 = %159, %iterArg_285 = %160, %iterArg_286 = %161, %iterArg_287 = %162, %iterArg_288 = %163, %iterArg_289 = %164, %iterArg_290 = %165) : tensor<62x8x1024x5376xbf16>, tensor<62x5376xbf16>, tensor<62x32x5376x128xbf16>, tensor<62x16x5376x128xbf16>, tensor<62x16x5376x128xbf16>, tensor<62x32x128x5376xbf16>, tensor<62x128xbf16>, tensor<62x128xbf16>, tensor<62x5376xbf16>, tensor<62x5376xbf16>, tensor<62x5376x21504xbf16>, tensor<62x5376x21504xbf16>, tensor<62x21504x5376xbf16>, tensor<62x5376xbf16>, tensor<62x21504x16xf32>, tensor<62x16x5376xf32>, tensor<62x5376x16xf32>, tensor<62x16x21504xf32>, tensor<62x5376x16xf32>, tensor<62x16x16x128xf32>, tensor<62x32x128x16xf32>, tensor<62x16x5376xf32>, tensor<62x5376x16xf32>, tensor<62x16x32x128xf32>, tensor<62x5376x16xf32>, tensor<62x16x21504xf32>, tensor<62x5376x16xf32>, tensor<62x16x16x128xf32>, tensor<62xi1>, tensor<8x1024xi32>, tensor<8x1024xi32>, tensor<i32>, tensor<8x1024x5376xbf16>, tensor<62x21504x16xf32>, tensor<62x16x5376xf32>, tensor<62x5376x16xf32>, tensor<62x16x21504xf32>, tensor<62x5376x16xf32>, tensor<62x16x16x128xf32>, tensor<62x32x128x16xf32>, tensor<62x16x5376xf32>, tensor<62x5376x16xf32>, tensor<62x16x32x128xf32>, tensor<62x5376x16xf32>, tensor<62x16x21504xf32>, tensor<62x5376x16xf32>, tensor<62x16x16x128xf32>
    cond {
      %c_291 = stablehlo.constant dense<62> : tensor<i32>
      %753 = stablehlo.compare LT, %iterArg_275, %c_291, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
      stablehlo.return %753 : tensor<i1>
    } do {
      %c_291 = stablehlo.constant dense<62> : tensor<i32>
      %753 = stablehlo.subtract %c_291, %iterArg_275 : tensor<i32>
      %c_292 = stablehlo.constant dense<1> : tensor<i32>
      %754 = stablehlo.subtract %753, %c_292 : tensor<i32>
      %755 = func.call @dynamic_index_in_dim_28(%iterArg, %754) : (tensor<62x8x1024x5376xbf16>, tensor<i32>) -> tensor<8x1024x5376xbf16>
      %756 = func.call @dynamic_index_in_dim(%iterArg_245, %754) : (tensor<62x5376xbf16>, tensor<i32>) -> tensor<5376xbf16>
      %757 = func.call @dynamic_index_in_dim_0(%iterArg_246, %754) : (tensor<62x32x5376x128xbf16>, tensor<i32>) -> tensor<32x5376x128xbf16>
      %758 = func.call @dynamic_index_in_dim_1(%iterArg_247, %754) : (tensor<62x16x5376x128xbf16>, tensor<i32>) -> tensor<16x5376x128xbf16>
      %759 = func.call @dynamic_index_in_dim_1(%iterArg_248, %754) : (tensor<62x16x5376x128xbf16>, tensor<i32>) -> tensor<16x5376x128xbf16>
      %760 = func.call @dynamic_index_in_dim_2(%iterArg_249, %754) : (tensor<62x32x128x5376xbf16>, tensor<i32>) -> tensor<32x128x5376xbf16>
      %761 = func.call @dynamic_index_in_dim_3(%iterArg_250, %754) : (tensor<62x128xbf16>, tensor<i32>) -> tensor<128xbf16>
      %762 = func.call @dynamic_index_in_dim_3(%iterArg_251, %754) : (tensor<62x128xbf16>, tensor<i32>) -> tensor<128xbf16>
      %763 = func.call @dynamic_index_in_dim(%iterArg_252, %754) : (tensor<62x5376xbf16>, tensor<i32>) -> tensor<5376xbf16>
      %764 = func.call @dynamic_index_in_dim(%iterArg_253, %754) : (tensor<62x5376xbf16>, tensor<i32>) -> tensor<5376xbf16>
      %765 = func.call @dynamic_index_in_dim_4(%iterArg_254, %754) : (tensor<62x5376x21504xbf16>, tensor<i32>) -> tensor<5376x21504xbf16>
      %766 = func.call @dynamic_index_in_dim_4(%iterArg_255, %754) : (tensor<62x5376x21504xbf16>, tensor<i32>) -> tensor<5376x21504xbf16>
      %767 = func.call @dynamic_index_in_dim_5(%iterArg_256, %754) : (tensor<62x21504x5376xbf16>, tensor<i32>) -> tensor<21504x5376xbf16>
      %768 = func.call @dynamic_index_in_dim(%iterArg_257, %754) : (tensor<62x5376xbf16>, tensor<i32>) -> tensor<5376xbf16>
      %769 = func.call @dynamic_index_in_dim_6(%iterArg_258, %754) : (tensor<62x21504x16xf32>, tensor<i32>) -> tensor<21504x16xf32>
      %770 = func.call @dynamic_index_in_dim_7(%iterArg_259, %754) : (tensor<62x16x5376xf32>, tensor<i32>) -> tensor<16x5376xf32>
      %771 = func.call @dynamic_index_in_dim_8(%iterArg_260, %754) : (tensor<62x5376x16xf32>, tensor<i32>) -> tensor<5376x16xf32>
      %772 = func.call @dynamic_index_in_dim_9(%iterArg_261, %754) : (tensor<62x16x21504xf32>, tensor<i32>) -> tensor<16x21504xf32>
      %773 = func.call @dynamic_index_in_dim_8(%iterArg_262, %754) : (tensor<62x5376x16xf32>, tensor<i32>) -> tensor<5376x16xf32>
      %774 = func.call @dynamic_index_in_dim_10(%iterArg_263, %754) : (tensor<62x16x16x128xf32>, tensor<i32>) -> tensor<16x16x128xf32>
      %775 = func.call @dynamic_index_in_dim_11(%iterArg_264, %754) : (tensor<62x32x128x16xf32>, tensor<i32>) -> tensor<32x128x16xf32>
      %776 = func.call @dynamic_index_in_dim_7(%iterArg_265, %754) : (tensor<62x16x5376xf32>, tensor<i32>) -> tensor<16x5376xf32>
      %777 = func.call @dynamic_index_in_dim_8(%iterArg_266, %754) : (tensor<62x5376x16xf32>, tensor<i32>) -> tensor<5376x16xf32>
      %778 = func.call @dynamic_index_in_dim_12(%iterArg_267, %754) : (tensor<62x16x32x128xf32>, tensor<i32>) -> tensor<16x32x128xf32>
      %779 = func.call @dynamic_index_in_dim_8(%iterArg_268, %754) : (tensor<62x5376x16xf32>, tensor<i32>) -> tensor<5376x16xf32>
      %780 = func.call @dynamic_index_in_dim_9(%iterArg_269, %754) : (tensor<62x16x21504xf32>, tensor<i32>) -> tensor<16x21504xf32>
      %781 = func.call @dynamic_index_in_dim_8(%iterArg_270, %754) : (tensor<62x5376x16xf32>, tensor<i32>) -> tensor<5376x16xf32>
      %782 = func.call @dynamic_index_in_dim_10(%iterArg_271, %754) : (tensor<62x16x16x128xf32>, tensor<i32>) -> tensor<16x16x128xf32>
      %783 = func.call @dynamic_index_in_dim_13(%iterArg_272, %754) : (tensor<62xi1>, tensor<i32>) -> tensor<i1>
      %784:15 = func.call @closed_call_29(%iterArg_273, %iterArg_274, %iterArg_276, %755, %756, %757, %758, %759, %760, %761, %762, %763, %764, %765, %766, %767, %768, %769, %770, %771, %772, %773, %774, %775, %776, %777, %778, %779, %780, %781, %782, %783) : (tensor<8x1024xi32>, tensor<8x1024xi32>, tensor<8x1024x5376xbf16>, tensor<8x1024x5376xbf16>, tensor<5376xbf16>, tensor<32x5376x128xbf16>, tensor<16x5376x128xbf16>, tensor<16x5376x128xbf16>, tensor<32x128x5376xbf16>, tensor<128xbf16>, tensor<128xbf16>, tensor<5376xbf16>, tensor<5376xbf16>, tensor<5376x21504xbf16>, tensor<5376x21504xbf16>, tensor<21504x5376xbf16>, tensor<5376xbf16>, tensor<21504x16xf32>, tensor<16x5376xf32>, tensor<5376x16xf32>, tensor<16x21504xf32>, tensor<5376x16xf32>, tensor<16x16x128xf32>, tensor<32x128x16xf32>, tensor<16x5376xf32>, tensor<5376x16xf32>, tensor<16x32x128xf32>, tensor<5376x16xf32>, tensor<16x21504xf32>, tensor<5376x16xf32>, tensor<16x16x128xf32>, tensor<i1>) -> (tensor<8x1024x5376xbf16>, tensor<21504x16xf32>, tensor<16x5376xf32>, tensor<5376x16xf32>, tensor<16x21504xf32>, tensor<5376x16xf32>, tensor<16x16x128xf32>, tensor<32x128x16xf32>, tensor<16x5376xf32>, tensor<5376x16xf32>, tensor<16x32x128xf32>, tensor<5376x16xf32>, tensor<16x21504xf32>, tensor<5376x16xf32>, tensor<16x16x128xf32>)
      %785 = func.call @dynamic_update_index_in_dim_33(%iterArg_277, %784#1, %754) : (tensor<62x21504x16xf32>, tensor<21504x16xf32>, tensor<i32>) -> tensor<62x21504x16xf32>
      %786 = func.call @dynamic_update_index_in_dim_34(%iterArg_278, %784#2, %754) : (tensor<62x16x5376xf32>, tensor<16x5376xf32>, tensor<i32>) -> tensor<62x16x5376xf32>
      %787 = func.call @dynamic_update_index_in_dim_35(%iterArg_279, %784#3, %754) : (tensor<62x5376x16xf32>, tensor<5376x16xf32>, tensor<i32>) -> tensor<62x5376x16xf32>
      %788 = func.call @dynamic_update_index_in_dim_36(%iterArg_280, %784#4, %754) : (tensor<62x16x21504xf32>, tensor<16x21504xf32>, tensor<i32>) -> tensor<62x16x21504xf32>
      %789 = func.call @dynamic_update_index_in_dim_35(%iterArg_281, %784#5, %754) : (tensor<62x5376x16xf32>, tensor<5376x16xf32>, tensor<i32>) -> tensor<62x5376x16xf32>
      %790 = func.call @dynamic_update_index_in_dim_37(%iterArg_282, %784#6, %754) : (tensor<62x16x16x128xf32>, tensor<16x16x128xf32>, tensor<i32>) -> tensor<62x16x16x128xf32>
      %791 = func.call @dynamic_update_index_in_dim_38(%iterArg_283, %784#7, %754) : (tensor<62x32x128x16xf32>, tensor<32x128x16xf32>, tensor<i32>) -> tensor<62x32x128x16xf32>
      %792 = func.call @dynamic_update_index_in_dim_34(%iterArg_284, %784#8, %754) : (tensor<62x16x5376xf32>, tensor<16x5376xf32>, tensor<i32>) -> tensor<62x16x5376xf32>
      %793 = func.call @dynamic_update_index_in_dim_35(%iterArg_285, %784#9, %754) : (tensor<62x5376x16xf32>, tensor<5376x16xf32>, tensor<i32>) -> tensor<62x5376x16xf32>
      %794 = func.call @dynamic_update_index_in_dim_39(%iterArg_286, %784#10, %754) : (tensor<62x16x32x128xf32>, tensor<16x32x128xf32>, tensor<i32>) -> tensor<62x16x32x128xf32>
      %795 = func.call @dynamic_update_index_in_dim_35(%iterArg_287, %784#11, %754) : (tensor<62x5376x16xf32>, tensor<5376x16xf32>, tensor<i32>) -> tensor<62x5376x16xf32>
      %796 = func.call @dynamic_update_index_in_dim_36(%iterArg_288, %784#12, %754) : (tensor<62x16x21504xf32>, tensor<16x21504xf32>, tensor<i32>) -> tensor<62x16x21504xf32>
      %797 = func.call @dynamic_update_index_in_dim_35(%iterArg_289, %784#13, %754) : (tensor<62x5376x16xf32>, tensor<5376x16xf32>, tensor<i32>) -> tensor<62x5376x16xf32>
      %798 = func.call @dynamic_update_index_in_dim_37(%iterArg_290, %784#14, %754) : (tensor<62x16x16x128xf32>, tensor<16x16x128xf32>, tensor<i32>) -> tensor<62x16x16x128xf32>
      %c_293 = stablehlo.constant dense<1> : tensor<i32>
      %799 = stablehlo.add %iterArg_275, %c_293 : tensor<i32>
      stablehlo.return %iterArg, %iterArg_245, %iterArg_246, %iterArg_247, %iterArg_248, %iterArg_249, %iterArg_250, %iterArg_251, %iterArg_252, %iterArg_253, %iterArg_254, %iterArg_255, %iterArg_256, %iterArg_257, %iterArg_258, %iterArg_259, %iterArg_260, %iterArg_261, %iterArg_262, %iterArg_263, %iterArg_264, %iterArg_265, %iterArg_266, %iterArg_267, %iterArg_268, %iterArg_269, %iterArg_270, %iterArg_271, %iterArg_272, %iterArg_273, %iterArg_274, %799, %784#0, %785, %786, %787, %788, %789, %790, %791, %792, %793, %794, %795, %796, %797, %798 : tensor<62x8x1024x5376xbf16>, tensor<62x5376xbf16>, tensor<62x32x5376x128xbf16>, tensor<62x16x5376x128xbf16>, tensor<62x16x5376x128xbf16>, tensor<62x32x128x5376xbf16>, tensor<62x128xbf16>, tensor<62x128xbf16>, tensor<62x5376xbf16>, tensor<62x5376xbf16>, tensor<62x5376x21504xbf16>, tensor<62x5376x21504xbf16>, tensor<62x21504x5376xbf16>, tensor<62x5376xbf16>, tensor<62x21504x16xf32>, tensor<62x16x5376xf32>, tensor<62x5376x16xf32>, tensor<62x16x21504xf32>, tensor<62x5376x16xf32>, tensor<62x16x16x128xf32>, tensor<62x32x128x16xf32>, tensor<62x16x5376xf32>, tensor<62x5376x16xf32>, tensor<62x16x32x128xf32>, tensor<62x5376x16xf32>, tensor<62x16x21504xf32>, tensor<62x5376x16xf32>, tensor<62x16x16x128xf32>, tensor<62xi1>, tensor<8x1024xi32>, tensor<8x1024xi32>, tensor<i32>, tensor<8x1024x5376xbf16>, tensor<62x21504x16xf32>, tensor<62x16x5376xf32>, tensor<62x5376x16xf32>, tensor<62x16x21504xf32>, tensor<62x5376x16xf32>, tensor<62x16x16x128xf32>, tensor<62x32x128x16xf32>, tensor<62x16x5376xf32>, tensor<62x5376x16xf32>, tensor<62x16x32x128xf32>, tensor<62x5376x16xf32>, tensor<62x16x21504xf32>, tensor<62x5376x16xf32>, tensor<62x16x16x128xf32>
    }
    %167 = chlo.square %166#33 : tensor<62x21504x16xf32> -> tensor<62x21504x16xf32>
    %cst_67 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %168 = stablehlo.broadcast_in_dim %cst_67, dims = [] : (tensor<f32>) -> tensor<62x21504x16xf32>
    %169 = chlo.square %168 : tensor<62x21504x16xf32> -> tensor<62x21504x16xf32>
    %170 = stablehlo.add %167, %169 : tensor<62x21504x16xf32>
    %171 = chlo.square %166#34 : tensor<62x16x5376xf32> -> tensor<62x16x5376xf32>
    %cst_68 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %172 = stablehlo.broadcast_in_dim %cst_68, dims = [] : (tensor<f32>) -> tensor<62x16x5376xf32>
    %173 = chlo.square %172 : tensor<62x16x5376xf32> -> tensor<62x16x5376xf32>
    %174 = stablehlo.add %171, %173 : tensor<62x16x5376xf32>
    %175 = chlo.square %166#35 : tensor<62x5376x16xf32> -> tensor<62x5376x16xf32>
    %cst_69 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %176 = stablehlo.broadcast_in_dim %cst_69, dims = [] : (tensor<f32>) -> tensor<62x5376x16xf32>
    %177 = chlo.square %176 : tensor<62x5376x16xf32> -> tensor<62x5376x16xf32>
    %178 = stablehlo.add %175, %177 : tensor<62x5376x16xf32>
    %179 = chlo.square %166#36 : tensor<62x16x21504xf32> -> tensor<62x16x21504xf32>
    %cst_70 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %180 = stablehlo.broadcast_in_dim %cst_70, dims = [] : (tensor<f32>) -> tensor<62x16x21504xf32>
    %181 = chlo.square %180 : tensor<62x16x21504xf32> -> tensor<62x16x21504xf32>
    %182 = stablehlo.add %179, %181 : tensor<62x16x21504xf32>
    %183 = chlo.square %166#37 : tensor<62x5376x16xf32> -> tensor<62x5376x16xf32>
    %cst_71 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %184 = stablehlo.broadcast_in_dim %cst_71, dims = [] : (tensor<f32>) -> tensor<62x5376x16xf32>
    %185 = chlo.square %184 : tensor<62x5376x16xf32> -> tensor<62x5376x16xf32>
    %186 = stablehlo.add %183, %185 : tensor<62x5376x16xf32>
    %187 = chlo.square %166#38 : tensor<62x16x16x128xf32> -> tensor<62x16x16x128xf32>
    %cst_72 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %188 = stablehlo.broadcast_in_dim %cst_72, dims = [] : (tensor<f32>) -> tensor<62x16x16x128xf32>
    %189 = chlo.square %188 : tensor<62x16x16x128xf32> -> tensor<62x16x16x128xf32>
    %190 = stablehlo.add %187, %189 : tensor<62x16x16x128xf32>
    %191 = chlo.square %166#39 : tensor<62x32x128x16xf32> -> tensor<62x32x128x16xf32>
    %cst_73 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %192 = stablehlo.broadcast_in_dim %cst_73, dims = [] : (tensor<f32>) -> tensor<62x32x128x16xf32>
    %193 = chlo.square %192 : tensor<62x32x128x16xf32> -> tensor<62x32x128x16xf32>
    %194 = stablehlo.add %191, %193 : tensor<62x32x128x16xf32>
    %195 = chlo.square %166#40 : tensor<62x16x5376xf32> -> tensor<62x16x5376xf32>
    %cst_74 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %196 = stablehlo.broadcast_in_dim %cst_74, dims = [] : (tensor<f32>) -> tensor<62x16x5376xf32>
    %197 = chlo.square %196 : tensor<62x16x5376xf32> -> tensor<62x16x5376xf32>
    %198 = stablehlo.add %195, %197 : tensor<62x16x5376xf32>
    %199 = chlo.square %166#41 : tensor<62x5376x16xf32> -> tensor<62x5376x16xf32>
    %cst_75 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %200 = stablehlo.broadcast_in_dim %cst_75, dims = [] : (tensor<f32>) -> tensor<62x5376x16xf32>
    %201 = chlo.square %200 : tensor<62x5376x16xf32> -> tensor<62x5376x16xf32>
    %202 = stablehlo.add %199, %201 : tensor<62x5376x16xf32>
    %203 = chlo.square %166#42 : tensor<62x16x32x128xf32> -> tensor<62x16x32x128xf32>
    %cst_76 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %204 = stablehlo.broadcast_in_dim %cst_76, dims = [] : (tensor<f32>) -> tensor<62x16x32x128xf32>
    %205 = chlo.square %204 : tensor<62x16x32x128xf32> -> tensor<62x16x32x128xf32>
    %206 = stablehlo.add %203, %205 : tensor<62x16x32x128xf32>
    %207 = chlo.square %166#43 : tensor<62x5376x16xf32> -> tensor<62x5376x16xf32>
    %cst_77 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %208 = stablehlo.broadcast_in_dim %cst_77, dims = [] : (tensor<f32>) -> tensor<62x5376x16xf32>
    %209 = chlo.square %208 : tensor<62x5376x16xf32> -> tensor<62x5376x16xf32>
    %210 = stablehlo.add %207, %209 : tensor<62x5376x16xf32>
    %211 = chlo.square %166#44 : tensor<62x16x21504xf32> -> tensor<62x16x21504xf32>
    %cst_78 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %212 = stablehlo.broadcast_in_dim %cst_78, dims = [] : (tensor<f32>) -> tensor<62x16x21504xf32>
    %213 = chlo.square %212 : tensor<62x16x21504xf32> -> tensor<62x16x21504xf32>
    %214 = stablehlo.add %211, %213 : tensor<62x16x21504xf32>
    %215 = chlo.square %166#45 : tensor<62x5376x16xf32> -> tensor<62x5376x16xf32>
    %cst_79 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %216 = stablehlo.broadcast_in_dim %cst_79, dims = [] : (tensor<f32>) -> tensor<62x5376x16xf32>
    %217 = chlo.square %216 : tensor<62x5376x16xf32> -> tensor<62x5376x16xf32>
    %218 = stablehlo.add %215, %217 : tensor<62x5376x16xf32>
    %219 = chlo.square %166#46 : tensor<62x16x16x128xf32> -> tensor<62x16x16x128xf32>
    %cst_80 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %220 = stablehlo.broadcast_in_dim %cst_80, dims = [] : (tensor<f32>) -> tensor<62x16x16x128xf32>
    %221 = chlo.square %220 : tensor<62x16x16x128xf32> -> tensor<62x16x16x128xf32>
    %222 = stablehlo.add %219, %221 : tensor<62x16x16x128xf32>
    %cst_81 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %223 = stablehlo.reduce(%170 init: %cst_81) applies stablehlo.add across dimensions = [0, 1, 2] : (tensor<62x21504x16xf32>, tensor<f32>) -> tensor<f32>
    %cst_82 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %224 = stablehlo.reduce(%174 init: %cst_82) applies stablehlo.add across dimensions = [0, 1, 2] : (tensor<62x16x5376xf32>, tensor<f32>) -> tensor<f32>
    %cst_83 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %225 = stablehlo.reduce(%178 init: %cst_83) applies stablehlo.add across dimensions = [0, 1, 2] : (tensor<62x5376x16xf32>, tensor<f32>) -> tensor<f32>
    %cst_84 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %226 = stablehlo.reduce(%182 init: %cst_84) applies stablehlo.add across dimensions = [0, 1, 2] : (tensor<62x16x21504xf32>, tensor<f32>) -> tensor<f32>
    %cst_85 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %227 = stablehlo.reduce(%186 init: %cst_85) applies stablehlo.add across dimensions = [0, 1, 2] : (tensor<62x5376x16xf32>, tensor<f32>) -> tensor<f32>
    %cst_86 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %228 = stablehlo.reduce(%190 init: %cst_86) applies stablehlo.add across dimensions = [0, 1, 2, 3] : (tensor<62x16x16x128xf32>, tensor<f32>) -> tensor<f32>
    %cst_87 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %229 = stablehlo.reduce(%194 init: %cst_87) applies stablehlo.add across dimensions = [0, 1, 2, 3] : (tensor<62x32x128x16xf32>, tensor<f32>) -> tensor<f32>
    %cst_88 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %230 = stablehlo.reduce(%198 init: %cst_88) applies stablehlo.add across dimensions = [0, 1, 2] : (tensor<62x16x5376xf32>, tensor<f32>) -> tensor<f32>
    %cst_89 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %231 = stablehlo.reduce(%202 init: %cst_89) applies stablehlo.add across dimensions = [0, 1, 2] : (tensor<62x5376x16xf32>, tensor<f32>) -> tensor<f32>
    %cst_90 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %232 = stablehlo.reduce(%206 init: %cst_90) applies stablehlo.add across dimensions = [0, 1, 2, 3] : (tensor<62x16x32x128xf32>, tensor<f32>) -> tensor<f32>
    %cst_91 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %233 = stablehlo.reduce(%210 init: %cst_91) applies stablehlo.add across dimensions = [0, 1, 2] : (tensor<62x5376x16xf32>, tensor<f32>) -> tensor<f32>
    %cst_92 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %234 = stablehlo.reduce(%214 init: %cst_92) applies stablehlo.add across dimensions = [0, 1, 2] : (tensor<62x16x21504xf32>, tensor<f32>) -> tensor<f32>
    %cst_93 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %235 = stablehlo.reduce(%218 init: %cst_93) applies stablehlo.add across dimensions = [0, 1, 2] : (tensor<62x5376x16xf32>, tensor<f32>) -> tensor<f32>
    %cst_94 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %236 = stablehlo.reduce(%222 init: %cst_94) applies stablehlo.add across dimensions = [0, 1, 2, 3] : (tensor<62x16x16x128xf32>, tensor<f32>) -> tensor<f32>
    %cst_95 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %237 = stablehlo.add %cst_95, %223 : tensor<f32>
    %238 = stablehlo.add %237, %224 : tensor<f32>
    %239 = stablehlo.add %238, %225 : tensor<f32>
    %240 = stablehlo.add %239, %226 : tensor<f32>
    %241 = stablehlo.add %240, %227 : tensor<f32>
    %242 = stablehlo.add %241, %228 : tensor<f32>
    %243 = stablehlo.add %242, %229 : tensor<f32>
    %244 = stablehlo.add %243, %230 : tensor<f32>
    %245 = stablehlo.add %244, %231 : tensor<f32>
    %246 = stablehlo.add %245, %232 : tensor<f32>
    %247 = stablehlo.add %246, %233 : tensor<f32>
    %248 = stablehlo.add %247, %234 : tensor<f32>
    %249 = stablehlo.add %248, %235 : tensor<f32>
    %250 = stablehlo.add %249, %236 : tensor<f32>
    %251 = stablehlo.sqrt %250 : tensor<f32>
    %cst_96 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %252 = stablehlo.compare LT, %251, %cst_96, FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
    %253 = stablehlo.broadcast_in_dim %251, dims = [] : (tensor<f32>) -> tensor<62x21504x16xf32>
    %254 = stablehlo.divide %166#33, %253 : tensor<62x21504x16xf32>
    %cst_97 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %255 = stablehlo.broadcast_in_dim %cst_97, dims = [] : (tensor<f32>) -> tensor<62x21504x16xf32>
    %256 = stablehlo.multiply %254, %255 : tensor<62x21504x16xf32>
    %257 = stablehlo.select %252, %166#33, %256 : tensor<i1>, tensor<62x21504x16xf32>
    %258 = stablehlo.broadcast_in_dim %251, dims = [] : (tensor<f32>) -> tensor<62x16x5376xf32>
    %259 = stablehlo.divide %166#34, %258 : tensor<62x16x5376xf32>
    %cst_98 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %260 = stablehlo.broadcast_in_dim %cst_98, dims = [] : (tensor<f32>) -> tensor<62x16x5376xf32>
    %261 = stablehlo.multiply %259, %260 : tensor<62x16x5376xf32>
    %262 = stablehlo.select %252, %166#34, %261 : tensor<i1>, tensor<62x16x5376xf32>
    %263 = stablehlo.broadcast_in_dim %251, dims = [] : (tensor<f32>) -> tensor<62x5376x16xf32>
    %264 = stablehlo.divide %166#35, %263 : tensor<62x5376x16xf32>
    %cst_99 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %265 = stablehlo.broadcast_in_dim %cst_99, dims = [] : (tensor<f32>) -> tensor<62x5376x16xf32>
    %266 = stablehlo.multiply %264, %265 : tensor<62x5376x16xf32>
    %267 = stablehlo.select %252, %166#35, %266 : tensor<i1>, tensor<62x5376x16xf32>
    %268 = stablehlo.broadcast_in_dim %251, dims = [] : (tensor<f32>) -> tensor<62x16x21504xf32>
    %269 = stablehlo.divide %166#36, %268 : tensor<62x16x21504xf32>
    %cst_100 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %270 = stablehlo.broadcast_in_dim %cst_100, dims = [] : (tensor<f32>) -> tensor<62x16x21504xf32>
    %271 = stablehlo.multiply %269, %270 : tensor<62x16x21504xf32>
    %272 = stablehlo.select %252, %166#36, %271 : tensor<i1>, tensor<62x16x21504xf32>
    %273 = stablehlo.broadcast_in_dim %251, dims = [] : (tensor<f32>) -> tensor<62x5376x16xf32>
    %274 = stablehlo.divide %166#37, %273 : tensor<62x5376x16xf32>
    %cst_101 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %275 = stablehlo.broadcast_in_dim %cst_101, dims = [] : (tensor<f32>) -> tensor<62x5376x16xf32>
    %276 = stablehlo.multiply %274, %275 : tensor<62x5376x16xf32>
    %277 = stablehlo.select %252, %166#37, %276 : tensor<i1>, tensor<62x5376x16xf32>
    %278 = stablehlo.broadcast_in_dim %251, dims = [] : (tensor<f32>) -> tensor<62x16x16x128xf32>
    %279 = stablehlo.divide %166#38, %278 : tensor<62x16x16x128xf32>
    %cst_102 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %280 = stablehlo.broadcast_in_dim %cst_102, dims = [] : (tensor<f32>) -> tensor<62x16x16x128xf32>
    %281 = stablehlo.multiply %279, %280 : tensor<62x16x16x128xf32>
    %282 = stablehlo.select %252, %166#38, %281 : tensor<i1>, tensor<62x16x16x128xf32>
    %283 = stablehlo.broadcast_in_dim %251, dims = [] : (tensor<f32>) -> tensor<62x32x128x16xf32>
    %284 = stablehlo.divide %166#39, %283 : tensor<62x32x128x16xf32>
    %cst_103 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %285 = stablehlo.broadcast_in_dim %cst_103, dims = [] : (tensor<f32>) -> tensor<62x32x128x16xf32>
    %286 = stablehlo.multiply %284, %285 : tensor<62x32x128x16xf32>
    %287 = stablehlo.select %252, %166#39, %286 : tensor<i1>, tensor<62x32x128x16xf32>
    %288 = stablehlo.broadcast_in_dim %251, dims = [] : (tensor<f32>) -> tensor<62x16x5376xf32>
    %289 = stablehlo.divide %166#40, %288 : tensor<62x16x5376xf32>
    %cst_104 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %290 = stablehlo.broadcast_in_dim %cst_104, dims = [] : (tensor<f32>) -> tensor<62x16x5376xf32>
    %291 = stablehlo.multiply %289, %290 : tensor<62x16x5376xf32>
    %292 = stablehlo.select %252, %166#40, %291 : tensor<i1>, tensor<62x16x5376xf32>
    %293 = stablehlo.broadcast_in_dim %251, dims = [] : (tensor<f32>) -> tensor<62x5376x16xf32>
    %294 = stablehlo.divide %166#41, %293 : tensor<62x5376x16xf32>
    %cst_105 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %295 = stablehlo.broadcast_in_dim %cst_105, dims = [] : (tensor<f32>) -> tensor<62x5376x16xf32>
    %296 = stablehlo.multiply %294, %295 : tensor<62x5376x16xf32>
    %297 = stablehlo.select %252, %166#41, %296 : tensor<i1>, tensor<62x5376x16xf32>
    %298 = stablehlo.broadcast_in_dim %251, dims = [] : (tensor<f32>) -> tensor<62x16x32x128xf32>
    %299 = stablehlo.divide %166#42, %298 : tensor<62x16x32x128xf32>
    %cst_106 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %300 = stablehlo.broadcast_in_dim %cst_106, dims = [] : (tensor<f32>) -> tensor<62x16x32x128xf32>
    %301 = stablehlo.multiply %299, %300 : tensor<62x16x32x128xf32>
    %302 = stablehlo.select %252, %166#42, %301 : tensor<i1>, tensor<62x16x32x128xf32>
    %303 = stablehlo.broadcast_in_dim %251, dims = [] : (tensor<f32>) -> tensor<62x5376x16xf32>
    %304 = stablehlo.divide %166#43, %303 : tensor<62x5376x16xf32>
    %cst_107 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %305 = stablehlo.broadcast_in_dim %cst_107, dims = [] : (tensor<f32>) -> tensor<62x5376x16xf32>
    %306 = stablehlo.multiply %304, %305 : tensor<62x5376x16xf32>
    %307 = stablehlo.select %252, %166#43, %306 : tensor<i1>, tensor<62x5376x16xf32>
    %308 = stablehlo.broadcast_in_dim %251, dims = [] : (tensor<f32>) -> tensor<62x16x21504xf32>
    %309 = stablehlo.divide %166#44, %308 : tensor<62x16x21504xf32>
    %cst_108 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %310 = stablehlo.broadcast_in_dim %cst_108, dims = [] : (tensor<f32>) -> tensor<62x16x21504xf32>
    %311 = stablehlo.multiply %309, %310 : tensor<62x16x21504xf32>
    %312 = stablehlo.select %252, %166#44, %311 : tensor<i1>, tensor<62x16x21504xf32>
    %313 = stablehlo.broadcast_in_dim %251, dims = [] : (tensor<f32>) -> tensor<62x5376x16xf32>
    %314 = stablehlo.divide %166#45, %313 : tensor<62x5376x16xf32>
    %cst_109 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %315 = stablehlo.broadcast_in_dim %cst_109, dims = [] : (tensor<f32>) -> tensor<62x5376x16xf32>
    %316 = stablehlo.multiply %314, %315 : tensor<62x5376x16xf32>
    %317 = stablehlo.select %252, %166#45, %316 : tensor<i1>, tensor<62x5376x16xf32>
    %318 = stablehlo.broadcast_in_dim %251, dims = [] : (tensor<f32>) -> tensor<62x16x16x128xf32>
    %319 = stablehlo.divide %166#46, %318 : tensor<62x16x16x128xf32>
    %cst_110 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %320 = stablehlo.broadcast_in_dim %cst_110, dims = [] : (tensor<f32>) -> tensor<62x16x16x128xf32>
    %321 = stablehlo.multiply %319, %320 : tensor<62x16x16x128xf32>
    %322 = stablehlo.select %252, %166#46, %321 : tensor<i1>, tensor<62x16x16x128xf32>
    %cst_111 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %323 = stablehlo.broadcast_in_dim %cst_111, dims = [] : (tensor<f32>) -> tensor<62x21504x16xf32>
    %324 = stablehlo.multiply %323, %257 : tensor<62x21504x16xf32>
    %cst_112 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %325 = stablehlo.broadcast_in_dim %cst_112, dims = [] : (tensor<f32>) -> tensor<62x21504x16xf32>
    %326 = stablehlo.multiply %325, %arg15 : tensor<62x21504x16xf32>
    %327 = stablehlo.add %324, %326 : tensor<62x21504x16xf32>
    %cst_113 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %328 = stablehlo.broadcast_in_dim %cst_113, dims = [] : (tensor<f32>) -> tensor<62x16x5376xf32>
    %329 = stablehlo.multiply %328, %262 : tensor<62x16x5376xf32>
    %cst_114 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %330 = stablehlo.broadcast_in_dim %cst_114, dims = [] : (tensor<f32>) -> tensor<62x16x5376xf32>
    %331 = stablehlo.multiply %330, %arg16 : tensor<62x16x5376xf32>
    %332 = stablehlo.add %329, %331 : tensor<62x16x5376xf32>
    %cst_115 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %333 = stablehlo.broadcast_in_dim %cst_115, dims = [] : (tensor<f32>) -> tensor<62x5376x16xf32>
    %334 = stablehlo.multiply %333, %267 : tensor<62x5376x16xf32>
    %cst_116 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %335 = stablehlo.broadcast_in_dim %cst_116, dims = [] : (tensor<f32>) -> tensor<62x5376x16xf32>
    %336 = stablehlo.multiply %335, %arg17 : tensor<62x5376x16xf32>
    %337 = stablehlo.add %334, %336 : tensor<62x5376x16xf32>
    %cst_117 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %338 = stablehlo.broadcast_in_dim %cst_117, dims = [] : (tensor<f32>) -> tensor<62x16x21504xf32>
    %339 = stablehlo.multiply %338, %272 : tensor<62x16x21504xf32>
    %cst_118 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %340 = stablehlo.broadcast_in_dim %cst_118, dims = [] : (tensor<f32>) -> tensor<62x16x21504xf32>
    %341 = stablehlo.multiply %340, %arg18 : tensor<62x16x21504xf32>
    %342 = stablehlo.add %339, %341 : tensor<62x16x21504xf32>
    %cst_119 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %343 = stablehlo.broadcast_in_dim %cst_119, dims = [] : (tensor<f32>) -> tensor<62x5376x16xf32>
    %344 = stablehlo.multiply %343, %277 : tensor<62x5376x16xf32>
    %cst_120 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %345 = stablehlo.broadcast_in_dim %cst_120, dims = [] : (tensor<f32>) -> tensor<62x5376x16xf32>
    %346 = stablehlo.multiply %345, %arg19 : tensor<62x5376x16xf32>
    %347 = stablehlo.add %344, %346 : tensor<62x5376x16xf32>
    %cst_121 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %348 = stablehlo.broadcast_in_dim %cst_121, dims = [] : (tensor<f32>) -> tensor<62x16x16x128xf32>
    %349 = stablehlo.multiply %348, %282 : tensor<62x16x16x128xf32>
    %cst_122 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %350 = stablehlo.broadcast_in_dim %cst_122, dims = [] : (tensor<f32>) -> tensor<62x16x16x128xf32>
    %351 = stablehlo.multiply %350, %arg20 : tensor<62x16x16x128xf32>
    %352 = stablehlo.add %349, %351 : tensor<62x16x16x128xf32>
    %cst_123 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %353 = stablehlo.broadcast_in_dim %cst_123, dims = [] : (tensor<f32>) -> tensor<62x32x128x16xf32>
    %354 = stablehlo.multiply %353, %287 : tensor<62x32x128x16xf32>
    %cst_124 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %355 = stablehlo.broadcast_in_dim %cst_124, dims = [] : (tensor<f32>) -> tensor<62x32x128x16xf32>
    %356 = stablehlo.multiply %355, %arg21 : tensor<62x32x128x16xf32>
    %357 = stablehlo.add %354, %356 : tensor<62x32x128x16xf32>
    %cst_125 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %358 = stablehlo.broadcast_in_dim %cst_125, dims = [] : (tensor<f32>) -> tensor<62x16x5376xf32>
    %359 = stablehlo.multiply %358, %292 : tensor<62x16x5376xf32>
    %cst_126 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %360 = stablehlo.broadcast_in_dim %cst_126, dims = [] : (tensor<f32>) -> tensor<62x16x5376xf32>
    %361 = stablehlo.multiply %360, %arg22 : tensor<62x16x5376xf32>
    %362 = stablehlo.add %359, %361 : tensor<62x16x5376xf32>
    %cst_127 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %363 = stablehlo.broadcast_in_dim %cst_127, dims = [] : (tensor<f32>) -> tensor<62x5376x16xf32>
    %364 = stablehlo.multiply %363, %297 : tensor<62x5376x16xf32>
    %cst_128 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %365 = stablehlo.broadcast_in_dim %cst_128, dims = [] : (tensor<f32>) -> tensor<62x5376x16xf32>
    %366 = stablehlo.multiply %365, %arg23 : tensor<62x5376x16xf32>
    %367 = stablehlo.add %364, %366 : tensor<62x5376x16xf32>
    %cst_129 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %368 = stablehlo.broadcast_in_dim %cst_129, dims = [] : (tensor<f32>) -> tensor<62x16x32x128xf32>
    %369 = stablehlo.multiply %368, %302 : tensor<62x16x32x128xf32>
    %cst_130 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %370 = stablehlo.broadcast_in_dim %cst_130, dims = [] : (tensor<f32>) -> tensor<62x16x32x128xf32>
    %371 = stablehlo.multiply %370, %arg24 : tensor<62x16x32x128xf32>
    %372 = stablehlo.add %369, %371 : tensor<62x16x32x128xf32>
    %cst_131 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %373 = stablehlo.broadcast_in_dim %cst_131, dims = [] : (tensor<f32>) -> tensor<62x5376x16xf32>
    %374 = stablehlo.multiply %373, %307 : tensor<62x5376x16xf32>
    %cst_132 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %375 = stablehlo.broadcast_in_dim %cst_132, dims = [] : (tensor<f32>) -> tensor<62x5376x16xf32>
    %376 = stablehlo.multiply %375, %arg25 : tensor<62x5376x16xf32>
    %377 = stablehlo.add %374, %376 : tensor<62x5376x16xf32>
    %cst_133 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %378 = stablehlo.broadcast_in_dim %cst_133, dims = [] : (tensor<f32>) -> tensor<62x16x21504xf32>
    %379 = stablehlo.multiply %378, %312 : tensor<62x16x21504xf32>
    %cst_134 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %380 = stablehlo.broadcast_in_dim %cst_134, dims = [] : (tensor<f32>) -> tensor<62x16x21504xf32>
    %381 = stablehlo.multiply %380, %arg26 : tensor<62x16x21504xf32>
    %382 = stablehlo.add %379, %381 : tensor<62x16x21504xf32>
    %cst_135 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %383 = stablehlo.broadcast_in_dim %cst_135, dims = [] : (tensor<f32>) -> tensor<62x5376x16xf32>
    %384 = stablehlo.multiply %383, %317 : tensor<62x5376x16xf32>
    %cst_136 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %385 = stablehlo.broadcast_in_dim %cst_136, dims = [] : (tensor<f32>) -> tensor<62x5376x16xf32>
    %386 = stablehlo.multiply %385, %arg27 : tensor<62x5376x16xf32>
    %387 = stablehlo.add %384, %386 : tensor<62x5376x16xf32>
    %cst_137 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %388 = stablehlo.broadcast_in_dim %cst_137, dims = [] : (tensor<f32>) -> tensor<62x16x16x128xf32>
    %389 = stablehlo.multiply %388, %322 : tensor<62x16x16x128xf32>
    %cst_138 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %390 = stablehlo.broadcast_in_dim %cst_138, dims = [] : (tensor<f32>) -> tensor<62x16x16x128xf32>
    %391 = stablehlo.multiply %390, %arg28 : tensor<62x16x16x128xf32>
    %392 = stablehlo.add %389, %391 : tensor<62x16x16x128xf32>
    %393 = stablehlo.multiply %257, %257 : tensor<62x21504x16xf32>
    %cst_139 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %394 = stablehlo.broadcast_in_dim %cst_139, dims = [] : (tensor<f32>) -> tensor<62x21504x16xf32>
    %395 = stablehlo.multiply %394, %393 : tensor<62x21504x16xf32>
    %cst_140 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %396 = stablehlo.broadcast_in_dim %cst_140, dims = [] : (tensor<f32>) -> tensor<62x21504x16xf32>
    %397 = stablehlo.multiply %396, %arg29 : tensor<62x21504x16xf32>
    %398 = stablehlo.add %395, %397 : tensor<62x21504x16xf32>
    %399 = stablehlo.multiply %262, %262 : tensor<62x16x5376xf32>
    %cst_141 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %400 = stablehlo.broadcast_in_dim %cst_141, dims = [] : (tensor<f32>) -> tensor<62x16x5376xf32>
    %401 = stablehlo.multiply %400, %399 : tensor<62x16x5376xf32>
    %cst_142 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %402 = stablehlo.broadcast_in_dim %cst_142, dims = [] : (tensor<f32>) -> tensor<62x16x5376xf32>
    %403 = stablehlo.multiply %402, %arg30 : tensor<62x16x5376xf32>
    %404 = stablehlo.add %401, %403 : tensor<62x16x5376xf32>
    %405 = stablehlo.multiply %267, %267 : tensor<62x5376x16xf32>
    %cst_143 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %406 = stablehlo.broadcast_in_dim %cst_143, dims = [] : (tensor<f32>) -> tensor<62x5376x16xf32>
    %407 = stablehlo.multiply %406, %405 : tensor<62x5376x16xf32>
    %cst_144 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %408 = stablehlo.broadcast_in_dim %cst_144, dims = [] : (tensor<f32>) -> tensor<62x5376x16xf32>
    %409 = stablehlo.multiply %408, %arg31 : tensor<62x5376x16xf32>
    %410 = stablehlo.add %407, %409 : tensor<62x5376x16xf32>
    %411 = stablehlo.multiply %272, %272 : tensor<62x16x21504xf32>
    %cst_145 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %412 = stablehlo.broadcast_in_dim %cst_145, dims = [] : (tensor<f32>) -> tensor<62x16x21504xf32>
    %413 = stablehlo.multiply %412, %411 : tensor<62x16x21504xf32>
    %cst_146 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %414 = stablehlo.broadcast_in_dim %cst_146, dims = [] : (tensor<f32>) -> tensor<62x16x21504xf32>
    %415 = stablehlo.multiply %414, %arg32 : tensor<62x16x21504xf32>
    %416 = stablehlo.add %413, %415 : tensor<62x16x21504xf32>
    %417 = stablehlo.multiply %277, %277 : tensor<62x5376x16xf32>
    %cst_147 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %418 = stablehlo.broadcast_in_dim %cst_147, dims = [] : (tensor<f32>) -> tensor<62x5376x16xf32>
    %419 = stablehlo.multiply %418, %417 : tensor<62x5376x16xf32>
    %cst_148 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %420 = stablehlo.broadcast_in_dim %cst_148, dims = [] : (tensor<f32>) -> tensor<62x5376x16xf32>
    %421 = stablehlo.multiply %420, %arg33 : tensor<62x5376x16xf32>
    %422 = stablehlo.add %419, %421 : tensor<62x5376x16xf32>
    %423 = stablehlo.multiply %282, %282 : tensor<62x16x16x128xf32>
    %cst_149 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %424 = stablehlo.broadcast_in_dim %cst_149, dims = [] : (tensor<f32>) -> tensor<62x16x16x128xf32>
    %425 = stablehlo.multiply %424, %423 : tensor<62x16x16x128xf32>
    %cst_150 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %426 = stablehlo.broadcast_in_dim %cst_150, dims = [] : (tensor<f32>) -> tensor<62x16x16x128xf32>
    %427 = stablehlo.multiply %426, %arg34 : tensor<62x16x16x128xf32>
    %428 = stablehlo.add %425, %427 : tensor<62x16x16x128xf32>
    %429 = stablehlo.multiply %287, %287 : tensor<62x32x128x16xf32>
    %cst_151 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %430 = stablehlo.broadcast_in_dim %cst_151, dims = [] : (tensor<f32>) -> tensor<62x32x128x16xf32>
    %431 = stablehlo.multiply %430, %429 : tensor<62x32x128x16xf32>
    %cst_152 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %432 = stablehlo.broadcast_in_dim %cst_152, dims = [] : (tensor<f32>) -> tensor<62x32x128x16xf32>
    %433 = stablehlo.multiply %432, %arg35 : tensor<62x32x128x16xf32>
    %434 = stablehlo.add %431, %433 : tensor<62x32x128x16xf32>
    %435 = stablehlo.multiply %292, %292 : tensor<62x16x5376xf32>
    %cst_153 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %436 = stablehlo.broadcast_in_dim %cst_153, dims = [] : (tensor<f32>) -> tensor<62x16x5376xf32>
    %437 = stablehlo.multiply %436, %435 : tensor<62x16x5376xf32>
    %cst_154 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %438 = stablehlo.broadcast_in_dim %cst_154, dims = [] : (tensor<f32>) -> tensor<62x16x5376xf32>
    %439 = stablehlo.multiply %438, %arg36 : tensor<62x16x5376xf32>
    %440 = stablehlo.add %437, %439 : tensor<62x16x5376xf32>
    %441 = stablehlo.multiply %297, %297 : tensor<62x5376x16xf32>
    %cst_155 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %442 = stablehlo.broadcast_in_dim %cst_155, dims = [] : (tensor<f32>) -> tensor<62x5376x16xf32>
    %443 = stablehlo.multiply %442, %441 : tensor<62x5376x16xf32>
    %cst_156 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %444 = stablehlo.broadcast_in_dim %cst_156, dims = [] : (tensor<f32>) -> tensor<62x5376x16xf32>
    %445 = stablehlo.multiply %444, %arg37 : tensor<62x5376x16xf32>
    %446 = stablehlo.add %443, %445 : tensor<62x5376x16xf32>
    %447 = stablehlo.multiply %302, %302 : tensor<62x16x32x128xf32>
    %cst_157 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %448 = stablehlo.broadcast_in_dim %cst_157, dims = [] : (tensor<f32>) -> tensor<62x16x32x128xf32>
    %449 = stablehlo.multiply %448, %447 : tensor<62x16x32x128xf32>
    %cst_158 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %450 = stablehlo.broadcast_in_dim %cst_158, dims = [] : (tensor<f32>) -> tensor<62x16x32x128xf32>
    %451 = stablehlo.multiply %450, %arg38 : tensor<62x16x32x128xf32>
    %452 = stablehlo.add %449, %451 : tensor<62x16x32x128xf32>
    %453 = stablehlo.multiply %307, %307 : tensor<62x5376x16xf32>
    %cst_159 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %454 = stablehlo.broadcast_in_dim %cst_159, dims = [] : (tensor<f32>) -> tensor<62x5376x16xf32>
    %455 = stablehlo.multiply %454, %453 : tensor<62x5376x16xf32>
    %cst_160 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %456 = stablehlo.broadcast_in_dim %cst_160, dims = [] : (tensor<f32>) -> tensor<62x5376x16xf32>
    %457 = stablehlo.multiply %456, %arg39 : tensor<62x5376x16xf32>
    %458 = stablehlo.add %455, %457 : tensor<62x5376x16xf32>
    %459 = stablehlo.multiply %312, %312 : tensor<62x16x21504xf32>
    %cst_161 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %460 = stablehlo.broadcast_in_dim %cst_161, dims = [] : (tensor<f32>) -> tensor<62x16x21504xf32>
    %461 = stablehlo.multiply %460, %459 : tensor<62x16x21504xf32>
    %cst_162 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %462 = stablehlo.broadcast_in_dim %cst_162, dims = [] : (tensor<f32>) -> tensor<62x16x21504xf32>
    %463 = stablehlo.multiply %462, %arg40 : tensor<62x16x21504xf32>
    %464 = stablehlo.add %461, %463 : tensor<62x16x21504xf32>
    %465 = stablehlo.multiply %317, %317 : tensor<62x5376x16xf32>
    %cst_163 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %466 = stablehlo.broadcast_in_dim %cst_163, dims = [] : (tensor<f32>) -> tensor<62x5376x16xf32>
    %467 = stablehlo.multiply %466, %465 : tensor<62x5376x16xf32>
    %cst_164 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %468 = stablehlo.broadcast_in_dim %cst_164, dims = [] : (tensor<f32>) -> tensor<62x5376x16xf32>
    %469 = stablehlo.multiply %468, %arg41 : tensor<62x5376x16xf32>
    %470 = stablehlo.add %467, %469 : tensor<62x5376x16xf32>
    %471 = stablehlo.multiply %322, %322 : tensor<62x16x16x128xf32>
    %cst_165 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %472 = stablehlo.broadcast_in_dim %cst_165, dims = [] : (tensor<f32>) -> tensor<62x16x16x128xf32>
    %473 = stablehlo.multiply %472, %471 : tensor<62x16x16x128xf32>
    %cst_166 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %474 = stablehlo.broadcast_in_dim %cst_166, dims = [] : (tensor<f32>) -> tensor<62x16x16x128xf32>
    %475 = stablehlo.multiply %474, %arg42 : tensor<62x16x16x128xf32>
    %476 = stablehlo.add %473, %475 : tensor<62x16x16x128xf32>
    %c_167 = stablehlo.constant dense<2147483647> : tensor<i32>
    %477 = stablehlo.compare LT, %arg14, %c_167, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %c_168 = stablehlo.constant dense<1> : tensor<i32>
    %478 = stablehlo.add %arg14, %c_168 : tensor<i32>
    %c_169 = stablehlo.constant dense<2147483647> : tensor<i32>
    %479 = call @_where_40(%477, %478, %c_169) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %cst_170 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %480 = stablehlo.convert %479 : (tensor<i32>) -> tensor<f32>
    %481 = stablehlo.power %cst_170, %480 : tensor<f32>
    %cst_171 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %482 = stablehlo.subtract %cst_171, %481 : tensor<f32>
    %483 = stablehlo.broadcast_in_dim %482, dims = [] : (tensor<f32>) -> tensor<62x21504x16xf32>
    %484 = stablehlo.divide %327, %483 : tensor<62x21504x16xf32>
    %485 = stablehlo.broadcast_in_dim %482, dims = [] : (tensor<f32>) -> tensor<62x16x5376xf32>
    %486 = stablehlo.divide %332, %485 : tensor<62x16x5376xf32>
    %487 = stablehlo.broadcast_in_dim %482, dims = [] : (tensor<f32>) -> tensor<62x5376x16xf32>
    %488 = stablehlo.divide %337, %487 : tensor<62x5376x16xf32>
    %489 = stablehlo.broadcast_in_dim %482, dims = [] : (tensor<f32>) -> tensor<62x16x21504xf32>
    %490 = stablehlo.divide %342, %489 : tensor<62x16x21504xf32>
    %491 = stablehlo.broadcast_in_dim %482, dims = [] : (tensor<f32>) -> tensor<62x5376x16xf32>
    %492 = stablehlo.divide %347, %491 : tensor<62x5376x16xf32>
    %493 = stablehlo.broadcast_in_dim %482, dims = [] : (tensor<f32>) -> tensor<62x16x16x128xf32>
    %494 = stablehlo.divide %352, %493 : tensor<62x16x16x128xf32>
    %495 = stablehlo.broadcast_in_dim %482, dims = [] : (tensor<f32>) -> tensor<62x32x128x16xf32>
    %496 = stablehlo.divide %357, %495 : tensor<62x32x128x16xf32>
    %497 = stablehlo.broadcast_in_dim %482, dims = [] : (tensor<f32>) -> tensor<62x16x5376xf32>
    %498 = stablehlo.divide %362, %497 : tensor<62x16x5376xf32>
    %499 = stablehlo.broadcast_in_dim %482, dims = [] : (tensor<f32>) -> tensor<62x5376x16xf32>
    %500 = stablehlo.divide %367, %499 : tensor<62x5376x16xf32>
    %501 = stablehlo.broadcast_in_dim %482, dims = [] : (tensor<f32>) -> tensor<62x16x32x128xf32>
    %502 = stablehlo.divide %372, %501 : tensor<62x16x32x128xf32>
    %503 = stablehlo.broadcast_in_dim %482, dims = [] : (tensor<f32>) -> tensor<62x5376x16xf32>
    %504 = stablehlo.divide %377, %503 : tensor<62x5376x16xf32>
    %505 = stablehlo.broadcast_in_dim %482, dims = [] : (tensor<f32>) -> tensor<62x16x21504xf32>
    %506 = stablehlo.divide %382, %505 : tensor<62x16x21504xf32>
    %507 = stablehlo.broadcast_in_dim %482, dims = [] : (tensor<f32>) -> tensor<62x5376x16xf32>
    %508 = stablehlo.divide %387, %507 : tensor<62x5376x16xf32>
    %509 = stablehlo.broadcast_in_dim %482, dims = [] : (tensor<f32>) -> tensor<62x16x16x128xf32>
    %510 = stablehlo.divide %392, %509 : tensor<62x16x16x128xf32>
    %cst_172 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %511 = stablehlo.convert %479 : (tensor<i32>) -> tensor<f32>
    %512 = stablehlo.power %cst_172, %511 : tensor<f32>
    %cst_173 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %513 = stablehlo.subtract %cst_173, %512 : tensor<f32>
    %514 = stablehlo.broadcast_in_dim %513, dims = [] : (tensor<f32>) -> tensor<62x21504x16xf32>
    %515 = stablehlo.divide %398, %514 : tensor<62x21504x16xf32>
    %516 = stablehlo.broadcast_in_dim %513, dims = [] : (tensor<f32>) -> tensor<62x16x5376xf32>
    %517 = stablehlo.divide %404, %516 : tensor<62x16x5376xf32>
    %518 = stablehlo.broadcast_in_dim %513, dims = [] : (tensor<f32>) -> tensor<62x5376x16xf32>
    %519 = stablehlo.divide %410, %518 : tensor<62x5376x16xf32>
    %520 = stablehlo.broadcast_in_dim %513, dims = [] : (tensor<f32>) -> tensor<62x16x21504xf32>
    %521 = stablehlo.divide %416, %520 : tensor<62x16x21504xf32>
    %522 = stablehlo.broadcast_in_dim %513, dims = [] : (tensor<f32>) -> tensor<62x5376x16xf32>
    %523 = stablehlo.divide %422, %522 : tensor<62x5376x16xf32>
    %524 = stablehlo.broadcast_in_dim %513, dims = [] : (tensor<f32>) -> tensor<62x16x16x128xf32>
    %525 = stablehlo.divide %428, %524 : tensor<62x16x16x128xf32>
    %526 = stablehlo.broadcast_in_dim %513, dims = [] : (tensor<f32>) -> tensor<62x32x128x16xf32>
    %527 = stablehlo.divide %434, %526 : tensor<62x32x128x16xf32>
    %528 = stablehlo.broadcast_in_dim %513, dims = [] : (tensor<f32>) -> tensor<62x16x5376xf32>
    %529 = stablehlo.divide %440, %528 : tensor<62x16x5376xf32>
    %530 = stablehlo.broadcast_in_dim %513, dims = [] : (tensor<f32>) -> tensor<62x5376x16xf32>
    %531 = stablehlo.divide %446, %530 : tensor<62x5376x16xf32>
    %532 = stablehlo.broadcast_in_dim %513, dims = [] : (tensor<f32>) -> tensor<62x16x32x128xf32>
    %533 = stablehlo.divide %452, %532 : tensor<62x16x32x128xf32>
    %534 = stablehlo.broadcast_in_dim %513, dims = [] : (tensor<f32>) -> tensor<62x5376x16xf32>
    %535 = stablehlo.divide %458, %534 : tensor<62x5376x16xf32>
    %536 = stablehlo.broadcast_in_dim %513, dims = [] : (tensor<f32>) -> tensor<62x16x21504xf32>
    %537 = stablehlo.divide %464, %536 : tensor<62x16x21504xf32>
    %538 = stablehlo.broadcast_in_dim %513, dims = [] : (tensor<f32>) -> tensor<62x5376x16xf32>
    %539 = stablehlo.divide %470, %538 : tensor<62x5376x16xf32>
    %540 = stablehlo.broadcast_in_dim %513, dims = [] : (tensor<f32>) -> tensor<62x16x16x128xf32>
    %541 = stablehlo.divide %476, %540 : tensor<62x16x16x128xf32>
    %cst_174 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %542 = stablehlo.broadcast_in_dim %cst_174, dims = [] : (tensor<f32>) -> tensor<62x21504x16xf32>
    %543 = stablehlo.add %515, %542 : tensor<62x21504x16xf32>
    %544 = stablehlo.sqrt %543 : tensor<62x21504x16xf32>
    %cst_175 = stablehlo.constant dense<9.99999993E-9> : tensor<f32>
    %545 = stablehlo.broadcast_in_dim %cst_175, dims = [] : (tensor<f32>) -> tensor<62x21504x16xf32>
    %546 = stablehlo.add %544, %545 : tensor<62x21504x16xf32>
    %547 = stablehlo.divide %484, %546 : tensor<62x21504x16xf32>
    %cst_176 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %548 = stablehlo.broadcast_in_dim %cst_176, dims = [] : (tensor<f32>) -> tensor<62x16x5376xf32>
    %549 = stablehlo.add %517, %548 : tensor<62x16x5376xf32>
    %550 = stablehlo.sqrt %549 : tensor<62x16x5376xf32>
    %cst_177 = stablehlo.constant dense<9.99999993E-9> : tensor<f32>
    %551 = stablehlo.broadcast_in_dim %cst_177, dims = [] : (tensor<f32>) -> tensor<62x16x5376xf32>
    %552 = stablehlo.add %550, %551 : tensor<62x16x5376xf32>
    %553 = stablehlo.divide %486, %552 : tensor<62x16x5376xf32>
    %cst_178 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %554 = stablehlo.broadcast_in_dim %cst_178, dims = [] : (tensor<f32>) -> tensor<62x5376x16xf32>
    %555 = stablehlo.add %519, %554 : tensor<62x5376x16xf32>
    %556 = stablehlo.sqrt %555 : tensor<62x5376x16xf32>
    %cst_179 = stablehlo.constant dense<9.99999993E-9> : tensor<f32>
    %557 = stablehlo.broadcast_in_dim %cst_179, dims = [] : (tensor<f32>) -> tensor<62x5376x16xf32>
    %558 = stablehlo.add %556, %557 : tensor<62x5376x16xf32>
    %559 = stablehlo.divide %488, %558 : tensor<62x5376x16xf32>
    %cst_180 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %560 = stablehlo.broadcast_in_dim %cst_180, dims = [] : (tensor<f32>) -> tensor<62x16x21504xf32>
    %561 = stablehlo.add %521, %560 : tensor<62x16x21504xf32>
    %562 = stablehlo.sqrt %561 : tensor<62x16x21504xf32>
    %cst_181 = stablehlo.constant dense<9.99999993E-9> : tensor<f32>
    %563 = stablehlo.broadcast_in_dim %cst_181, dims = [] : (tensor<f32>) -> tensor<62x16x21504xf32>
    %564 = stablehlo.add %562, %563 : tensor<62x16x21504xf32>
    %565 = stablehlo.divide %490, %564 : tensor<62x16x21504xf32>
    %cst_182 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %566 = stablehlo.broadcast_in_dim %cst_182, dims = [] : (tensor<f32>) -> tensor<62x5376x16xf32>
    %567 = stablehlo.add %523, %566 : tensor<62x5376x16xf32>
    %568 = stablehlo.sqrt %567 : tensor<62x5376x16xf32>
    %cst_183 = stablehlo.constant dense<9.99999993E-9> : tensor<f32>
    %569 = stablehlo.broadcast_in_dim %cst_183, dims = [] : (tensor<f32>) -> tensor<62x5376x16xf32>
    %570 = stablehlo.add %568, %569 : tensor<62x5376x16xf32>
    %571 = stablehlo.divide %492, %570 : tensor<62x5376x16xf32>
    %cst_184 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %572 = stablehlo.broadcast_in_dim %cst_184, dims = [] : (tensor<f32>) -> tensor<62x16x16x128xf32>
    %573 = stablehlo.add %525, %572 : tensor<62x16x16x128xf32>
    %574 = stablehlo.sqrt %573 : tensor<62x16x16x128xf32>
    %cst_185 = stablehlo.constant dense<9.99999993E-9> : tensor<f32>
    %575 = stablehlo.broadcast_in_dim %cst_185, dims = [] : (tensor<f32>) -> tensor<62x16x16x128xf32>
    %576 = stablehlo.add %574, %575 : tensor<62x16x16x128xf32>
    %577 = stablehlo.divide %494, %576 : tensor<62x16x16x128xf32>
    %cst_186 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %578 = stablehlo.broadcast_in_dim %cst_186, dims = [] : (tensor<f32>) -> tensor<62x32x128x16xf32>
    %579 = stablehlo.add %527, %578 : tensor<62x32x128x16xf32>
    %580 = stablehlo.sqrt %579 : tensor<62x32x128x16xf32>
    %cst_187 = stablehlo.constant dense<9.99999993E-9> : tensor<f32>
    %581 = stablehlo.broadcast_in_dim %cst_187, dims = [] : (tensor<f32>) -> tensor<62x32x128x16xf32>
    %582 = stablehlo.add %580, %581 : tensor<62x32x128x16xf32>
    %583 = stablehlo.divide %496, %582 : tensor<62x32x128x16xf32>
    %cst_188 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %584 = stablehlo.broadcast_in_dim %cst_188, dims = [] : (tensor<f32>) -> tensor<62x16x5376xf32>
    %585 = stablehlo.add %529, %584 : tensor<62x16x5376xf32>
    %586 = stablehlo.sqrt %585 : tensor<62x16x5376xf32>
    %cst_189 = stablehlo.constant dense<9.99999993E-9> : tensor<f32>
    %587 = stablehlo.broadcast_in_dim %cst_189, dims = [] : (tensor<f32>) -> tensor<62x16x5376xf32>
    %588 = stablehlo.add %586, %587 : tensor<62x16x5376xf32>
    %589 = stablehlo.divide %498, %588 : tensor<62x16x5376xf32>
    %cst_190 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %590 = stablehlo.broadcast_in_dim %cst_190, dims = [] : (tensor<f32>) -> tensor<62x5376x16xf32>
    %591 = stablehlo.add %531, %590 : tensor<62x5376x16xf32>
    %592 = stablehlo.sqrt %591 : tensor<62x5376x16xf32>
    %cst_191 = stablehlo.constant dense<9.99999993E-9> : tensor<f32>
    %593 = stablehlo.broadcast_in_dim %cst_191, dims = [] : (tensor<f32>) -> tensor<62x5376x16xf32>
    %594 = stablehlo.add %592, %593 : tensor<62x5376x16xf32>
    %595 = stablehlo.divide %500, %594 : tensor<62x5376x16xf32>
    %cst_192 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %596 = stablehlo.broadcast_in_dim %cst_192, dims = [] : (tensor<f32>) -> tensor<62x16x32x128xf32>
    %597 = stablehlo.add %533, %596 : tensor<62x16x32x128xf32>
    %598 = stablehlo.sqrt %597 : tensor<62x16x32x128xf32>
    %cst_193 = stablehlo.constant dense<9.99999993E-9> : tensor<f32>
    %599 = stablehlo.broadcast_in_dim %cst_193, dims = [] : (tensor<f32>) -> tensor<62x16x32x128xf32>
    %600 = stablehlo.add %598, %599 : tensor<62x16x32x128xf32>
    %601 = stablehlo.divide %502, %600 : tensor<62x16x32x128xf32>
    %cst_194 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %602 = stablehlo.broadcast_in_dim %cst_194, dims = [] : (tensor<f32>) -> tensor<62x5376x16xf32>
    %603 = stablehlo.add %535, %602 : tensor<62x5376x16xf32>
    %604 = stablehlo.sqrt %603 : tensor<62x5376x16xf32>
    %cst_195 = stablehlo.constant dense<9.99999993E-9> : tensor<f32>
    %605 = stablehlo.broadcast_in_dim %cst_195, dims = [] : (tensor<f32>) -> tensor<62x5376x16xf32>
    %606 = stablehlo.add %604, %605 : tensor<62x5376x16xf32>
    %607 = stablehlo.divide %504, %606 : tensor<62x5376x16xf32>
    %cst_196 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %608 = stablehlo.broadcast_in_dim %cst_196, dims = [] : (tensor<f32>) -> tensor<62x16x21504xf32>
    %609 = stablehlo.add %537, %608 : tensor<62x16x21504xf32>
    %610 = stablehlo.sqrt %609 : tensor<62x16x21504xf32>
    %cst_197 = stablehlo.constant dense<9.99999993E-9> : tensor<f32>
    %611 = stablehlo.broadcast_in_dim %cst_197, dims = [] : (tensor<f32>) -> tensor<62x16x21504xf32>
    %612 = stablehlo.add %610, %611 : tensor<62x16x21504xf32>
    %613 = stablehlo.divide %506, %612 : tensor<62x16x21504xf32>
    %cst_198 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %614 = stablehlo.broadcast_in_dim %cst_198, dims = [] : (tensor<f32>) -> tensor<62x5376x16xf32>
    %615 = stablehlo.add %539, %614 : tensor<62x5376x16xf32>
    %616 = stablehlo.sqrt %615 : tensor<62x5376x16xf32>
    %cst_199 = stablehlo.constant dense<9.99999993E-9> : tensor<f32>
    %617 = stablehlo.broadcast_in_dim %cst_199, dims = [] : (tensor<f32>) -> tensor<62x5376x16xf32>
    %618 = stablehlo.add %616, %617 : tensor<62x5376x16xf32>
    %619 = stablehlo.divide %508, %618 : tensor<62x5376x16xf32>
    %cst_200 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %620 = stablehlo.broadcast_in_dim %cst_200, dims = [] : (tensor<f32>) -> tensor<62x16x16x128xf32>
    %621 = stablehlo.add %541, %620 : tensor<62x16x16x128xf32>
    %622 = stablehlo.sqrt %621 : tensor<62x16x16x128xf32>
    %cst_201 = stablehlo.constant dense<9.99999993E-9> : tensor<f32>
    %623 = stablehlo.broadcast_in_dim %cst_201, dims = [] : (tensor<f32>) -> tensor<62x16x16x128xf32>
    %624 = stablehlo.add %622, %623 : tensor<62x16x16x128xf32>
    %625 = stablehlo.divide %510, %624 : tensor<62x16x16x128xf32>
    %cst_202 = stablehlo.constant dense<-9.99999997E-7> : tensor<f32>
    %626 = stablehlo.broadcast_in_dim %cst_202, dims = [] : (tensor<f32>) -> tensor<62x21504x16xf32>
    %627 = stablehlo.multiply %626, %547 : tensor<62x21504x16xf32>
    %cst_203 = stablehlo.constant dense<-9.99999997E-7> : tensor<f32>
    %628 = stablehlo.broadcast_in_dim %cst_203, dims = [] : (tensor<f32>) -> tensor<62x16x5376xf32>
    %629 = stablehlo.multiply %628, %553 : tensor<62x16x5376xf32>
    %cst_204 = stablehlo.constant dense<-9.99999997E-7> : tensor<f32>
    %630 = stablehlo.broadcast_in_dim %cst_204, dims = [] : (tensor<f32>) -> tensor<62x5376x16xf32>
    %631 = stablehlo.multiply %630, %559 : tensor<62x5376x16xf32>
    %cst_205 = stablehlo.constant dense<-9.99999997E-7> : tensor<f32>
    %632 = stablehlo.broadcast_in_dim %cst_205, dims = [] : (tensor<f32>) -> tensor<62x16x21504xf32>
    %633 = stablehlo.multiply %632, %565 : tensor<62x16x21504xf32>
    %cst_206 = stablehlo.constant dense<-9.99999997E-7> : tensor<f32>
    %634 = stablehlo.broadcast_in_dim %cst_206, dims = [] : (tensor<f32>) -> tensor<62x5376x16xf32>
    %635 = stablehlo.multiply %634, %571 : tensor<62x5376x16xf32>
    %cst_207 = stablehlo.constant dense<-9.99999997E-7> : tensor<f32>
    %636 = stablehlo.broadcast_in_dim %cst_207, dims = [] : (tensor<f32>) -> tensor<62x16x16x128xf32>
    %637 = stablehlo.multiply %636, %577 : tensor<62x16x16x128xf32>
    %cst_208 = stablehlo.constant dense<-9.99999997E-7> : tensor<f32>
    %638 = stablehlo.broadcast_in_dim %cst_208, dims = [] : (tensor<f32>) -> tensor<62x32x128x16xf32>
    %639 = stablehlo.multiply %638, %583 : tensor<62x32x128x16xf32>
    %cst_209 = stablehlo.constant dense<-9.99999997E-7> : tensor<f32>
    %640 = stablehlo.broadcast_in_dim %cst_209, dims = [] : (tensor<f32>) -> tensor<62x16x5376xf32>
    %641 = stablehlo.multiply %640, %589 : tensor<62x16x5376xf32>
    %cst_210 = stablehlo.constant dense<-9.99999997E-7> : tensor<f32>
    %642 = stablehlo.broadcast_in_dim %cst_210, dims = [] : (tensor<f32>) -> tensor<62x5376x16xf32>
    %643 = stablehlo.multiply %642, %595 : tensor<62x5376x16xf32>
    %cst_211 = stablehlo.constant dense<-9.99999997E-7> : tensor<f32>
    %644 = stablehlo.broadcast_in_dim %cst_211, dims = [] : (tensor<f32>) -> tensor<62x16x32x128xf32>
    %645 = stablehlo.multiply %644, %601 : tensor<62x16x32x128xf32>
    %cst_212 = stablehlo.constant dense<-9.99999997E-7> : tensor<f32>
    %646 = stablehlo.broadcast_in_dim %cst_212, dims = [] : (tensor<f32>) -> tensor<62x5376x16xf32>
    %647 = stablehlo.multiply %646, %607 : tensor<62x5376x16xf32>
    %cst_213 = stablehlo.constant dense<-9.99999997E-7> : tensor<f32>
    %648 = stablehlo.broadcast_in_dim %cst_213, dims = [] : (tensor<f32>) -> tensor<62x16x21504xf32>
    %649 = stablehlo.multiply %648, %613 : tensor<62x16x21504xf32>
    %cst_214 = stablehlo.constant dense<-9.99999997E-7> : tensor<f32>
    %650 = stablehlo.broadcast_in_dim %cst_214, dims = [] : (tensor<f32>) -> tensor<62x5376x16xf32>
    %651 = stablehlo.multiply %650, %619 : tensor<62x5376x16xf32>
    %cst_215 = stablehlo.constant dense<-9.99999997E-7> : tensor<f32>
    %652 = stablehlo.broadcast_in_dim %cst_215, dims = [] : (tensor<f32>) -> tensor<62x16x16x128xf32>
    %653 = stablehlo.multiply %652, %625 : tensor<62x16x16x128xf32>
    %654 = stablehlo.add %arg0, %627 : tensor<62x21504x16xf32>
    %655 = stablehlo.add %arg1, %629 : tensor<62x16x5376xf32>
    %656 = stablehlo.add %arg2, %631 : tensor<62x5376x16xf32>
    %657 = stablehlo.add %arg3, %633 : tensor<62x16x21504xf32>
    %658 = stablehlo.add %arg4, %635 : tensor<62x5376x16xf32>
    %659 = stablehlo.add %arg5, %637 : tensor<62x16x16x128xf32>
    %660 = stablehlo.add %arg6, %639 : tensor<62x32x128x16xf32>
    %661 = stablehlo.add %arg7, %641 : tensor<62x16x5376xf32>
    %662 = stablehlo.add %arg8, %643 : tensor<62x5376x16xf32>
    %663 = stablehlo.add %arg9, %645 : tensor<62x16x32x128xf32>
    %664 = stablehlo.add %arg10, %647 : tensor<62x5376x16xf32>
    %665 = stablehlo.add %arg11, %649 : tensor<62x16x21504xf32>
    %666 = stablehlo.add %arg12, %651 : tensor<62x5376x16xf32>
    %667 = stablehlo.add %arg13, %653 : tensor<62x16x16x128xf32>
    %668 = chlo.square %166#33 : tensor<62x21504x16xf32> -> tensor<62x21504x16xf32>
    %cst_216 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %669 = stablehlo.broadcast_in_dim %cst_216, dims = [] : (tensor<f32>) -> tensor<62x21504x16xf32>
    %670 = chlo.square %669 : tensor<62x21504x16xf32> -> tensor<62x21504x16xf32>
    %671 = stablehlo.add %668, %670 : tensor<62x21504x16xf32>
    %672 = chlo.square %166#34 : tensor<62x16x5376xf32> -> tensor<62x16x5376xf32>
    %cst_217 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %673 = stablehlo.broadcast_in_dim %cst_217, dims = [] : (tensor<f32>) -> tensor<62x16x5376xf32>
    %674 = chlo.square %673 : tensor<62x16x5376xf32> -> tensor<62x16x5376xf32>
    %675 = stablehlo.add %672, %674 : tensor<62x16x5376xf32>
    %676 = chlo.square %166#35 : tensor<62x5376x16xf32> -> tensor<62x5376x16xf32>
    %cst_218 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %677 = stablehlo.broadcast_in_dim %cst_218, dims = [] : (tensor<f32>) -> tensor<62x5376x16xf32>
    %678 = chlo.square %677 : tensor<62x5376x16xf32> -> tensor<62x5376x16xf32>
    %679 = stablehlo.add %676, %678 : tensor<62x5376x16xf32>
    %680 = chlo.square %166#36 : tensor<62x16x21504xf32> -> tensor<62x16x21504xf32>
    %cst_219 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %681 = stablehlo.broadcast_in_dim %cst_219, dims = [] : (tensor<f32>) -> tensor<62x16x21504xf32>
    %682 = chlo.square %681 : tensor<62x16x21504xf32> -> tensor<62x16x21504xf32>
    %683 = stablehlo.add %680, %682 : tensor<62x16x21504xf32>
    %684 = chlo.square %166#37 : tensor<62x5376x16xf32> -> tensor<62x5376x16xf32>
    %cst_220 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %685 = stablehlo.broadcast_in_dim %cst_220, dims = [] : (tensor<f32>) -> tensor<62x5376x16xf32>
    %686 = chlo.square %685 : tensor<62x5376x16xf32> -> tensor<62x5376x16xf32>
    %687 = stablehlo.add %684, %686 : tensor<62x5376x16xf32>
    %688 = chlo.square %166#38 : tensor<62x16x16x128xf32> -> tensor<62x16x16x128xf32>
    %cst_221 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %689 = stablehlo.broadcast_in_dim %cst_221, dims = [] : (tensor<f32>) -> tensor<62x16x16x128xf32>
    %690 = chlo.square %689 : tensor<62x16x16x128xf32> -> tensor<62x16x16x128xf32>
    %691 = stablehlo.add %688, %690 : tensor<62x16x16x128xf32>
    %692 = chlo.square %166#39 : tensor<62x32x128x16xf32> -> tensor<62x32x128x16xf32>
    %cst_222 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %693 = stablehlo.broadcast_in_dim %cst_222, dims = [] : (tensor<f32>) -> tensor<62x32x128x16xf32>
    %694 = chlo.square %693 : tensor<62x32x128x16xf32> -> tensor<62x32x128x16xf32>
    %695 = stablehlo.add %692, %694 : tensor<62x32x128x16xf32>
    %696 = chlo.square %166#40 : tensor<62x16x5376xf32> -> tensor<62x16x5376xf32>
    %cst_223 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %697 = stablehlo.broadcast_in_dim %cst_223, dims = [] : (tensor<f32>) -> tensor<62x16x5376xf32>
    %698 = chlo.square %697 : tensor<62x16x5376xf32> -> tensor<62x16x5376xf32>
    %699 = stablehlo.add %696, %698 : tensor<62x16x5376xf32>
    %700 = chlo.square %166#41 : tensor<62x5376x16xf32> -> tensor<62x5376x16xf32>
    %cst_224 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %701 = stablehlo.broadcast_in_dim %cst_224, dims = [] : (tensor<f32>) -> tensor<62x5376x16xf32>
    %702 = chlo.square %701 : tensor<62x5376x16xf32> -> tensor<62x5376x16xf32>
    %703 = stablehlo.add %700, %702 : tensor<62x5376x16xf32>
    %704 = chlo.square %166#42 : tensor<62x16x32x128xf32> -> tensor<62x16x32x128xf32>
    %cst_225 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %705 = stablehlo.broadcast_in_dim %cst_225, dims = [] : (tensor<f32>) -> tensor<62x16x32x128xf32>
    %706 = chlo.square %705 : tensor<62x16x32x128xf32> -> tensor<62x16x32x128xf32>
    %707 = stablehlo.add %704, %706 : tensor<62x16x32x128xf32>
    %708 = chlo.square %166#43 : tensor<62x5376x16xf32> -> tensor<62x5376x16xf32>
    %cst_226 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %709 = stablehlo.broadcast_in_dim %cst_226, dims = [] : (tensor<f32>) -> tensor<62x5376x16xf32>
    %710 = chlo.square %709 : tensor<62x5376x16xf32> -> tensor<62x5376x16xf32>
    %711 = stablehlo.add %708, %710 : tensor<62x5376x16xf32>
    %712 = chlo.square %166#44 : tensor<62x16x21504xf32> -> tensor<62x16x21504xf32>
    %cst_227 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %713 = stablehlo.broadcast_in_dim %cst_227, dims = [] : (tensor<f32>) -> tensor<62x16x21504xf32>
    %714 = chlo.square %713 : tensor<62x16x21504xf32> -> tensor<62x16x21504xf32>
    %715 = stablehlo.add %712, %714 : tensor<62x16x21504xf32>
    %716 = chlo.square %166#45 : tensor<62x5376x16xf32> -> tensor<62x5376x16xf32>
    %cst_228 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %717 = stablehlo.broadcast_in_dim %cst_228, dims = [] : (tensor<f32>) -> tensor<62x5376x16xf32>
    %718 = chlo.square %717 : tensor<62x5376x16xf32> -> tensor<62x5376x16xf32>
    %719 = stablehlo.add %716, %718 : tensor<62x5376x16xf32>
    %720 = chlo.square %166#46 : tensor<62x16x16x128xf32> -> tensor<62x16x16x128xf32>
    %cst_229 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %721 = stablehlo.broadcast_in_dim %cst_229, dims = [] : (tensor<f32>) -> tensor<62x16x16x128xf32>
    %722 = chlo.square %721 : tensor<62x16x16x128xf32> -> tensor<62x16x16x128xf32>
    %723 = stablehlo.add %720, %722 : tensor<62x16x16x128xf32>
    %cst_230 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %724 = stablehlo.reduce(%671 init: %cst_230) applies stablehlo.add across dimensions = [0, 1, 2] : (tensor<62x21504x16xf32>, tensor<f32>) -> tensor<f32>
    %cst_231 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %725 = stablehlo.reduce(%675 init: %cst_231) applies stablehlo.add across dimensions = [0, 1, 2] : (tensor<62x16x5376xf32>, tensor<f32>) -> tensor<f32>
    %cst_232 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %726 = stablehlo.reduce(%679 init: %cst_232) applies stablehlo.add across dimensions = [0, 1, 2] : (tensor<62x5376x16xf32>, tensor<f32>) -> tensor<f32>
    %cst_233 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %727 = stablehlo.reduce(%683 init: %cst_233) applies stablehlo.add across dimensions = [0, 1, 2] : (tensor<62x16x21504xf32>, tensor<f32>) -> tensor<f32>
    %cst_234 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %728 = stablehlo.reduce(%687 init: %cst_234) applies stablehlo.add across dimensions = [0, 1, 2] : (tensor<62x5376x16xf32>, tensor<f32>) -> tensor<f32>
    %cst_235 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %729 = stablehlo.reduce(%691 init: %cst_235) applies stablehlo.add across dimensions = [0, 1, 2, 3] : (tensor<62x16x16x128xf32>, tensor<f32>) -> tensor<f32>
    %cst_236 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %730 = stablehlo.reduce(%695 init: %cst_236) applies stablehlo.add across dimensions = [0, 1, 2, 3] : (tensor<62x32x128x16xf32>, tensor<f32>) -> tensor<f32>
    %cst_237 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %731 = stablehlo.reduce(%699 init: %cst_237) applies stablehlo.add across dimensions = [0, 1, 2] : (tensor<62x16x5376xf32>, tensor<f32>) -> tensor<f32>
    %cst_238 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %732 = stablehlo.reduce(%703 init: %cst_238) applies stablehlo.add across dimensions = [0, 1, 2] : (tensor<62x5376x16xf32>, tensor<f32>) -> tensor<f32>
    %cst_239 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %733 = stablehlo.reduce(%707 init: %cst_239) applies stablehlo.add across dimensions = [0, 1, 2, 3] : (tensor<62x16x32x128xf32>, tensor<f32>) -> tensor<f32>
    %cst_240 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %734 = stablehlo.reduce(%711 init: %cst_240) applies stablehlo.add across dimensions = [0, 1, 2] : (tensor<62x5376x16xf32>, tensor<f32>) -> tensor<f32>
    %cst_241 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %735 = stablehlo.reduce(%715 init: %cst_241) applies stablehlo.add across dimensions = [0, 1, 2] : (tensor<62x16x21504xf32>, tensor<f32>) -> tensor<f32>
    %cst_242 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %736 = stablehlo.reduce(%719 init: %cst_242) applies stablehlo.add across dimensions = [0, 1, 2] : (tensor<62x5376x16xf32>, tensor<f32>) -> tensor<f32>
    %cst_243 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %737 = stablehlo.reduce(%723 init: %cst_243) applies stablehlo.add across dimensions = [0, 1, 2, 3] : (tensor<62x16x16x128xf32>, tensor<f32>) -> tensor<f32>
    %cst_244 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %738 = stablehlo.add %cst_244, %724 : tensor<f32>
    %739 = stablehlo.add %738, %725 : tensor<f32>
    %740 = stablehlo.add %739, %726 : tensor<f32>
    %741 = stablehlo.add %740, %727 : tensor<f32>
    %742 = stablehlo.add %741, %728 : tensor<f32>
    %743 = stablehlo.add %742, %729 : tensor<f32>
    %744 = stablehlo.add %743, %730 : tensor<f32>
    %745 = stablehlo.add %744, %731 : tensor<f32>
    %746 = stablehlo.add %745, %732 : tensor<f32>
    %747 = stablehlo.add %746, %733 : tensor<f32>
    %748 = stablehlo.add %747, %734 : tensor<f32>
    %749 = stablehlo.add %748, %735 : tensor<f32>
    %750 = stablehlo.add %749, %736 : tensor<f32>
    %751 = stablehlo.add %750, %737 : tensor<f32>
    %752 = stablehlo.sqrt %751 : tensor<f32>
    return %654, %655, %656, %657, %658, %659, %660, %661, %662, %663, %664, %665, %666, %667, %479, %327, %332, %337, %342, %347, %352, %357, %362, %367, %372, %377, %382, %387, %392, %398, %404, %410, %416, %422, %428, %434, %440, %446, %452, %458, %464, %470, %476, %118, %752, %114, %96, %121 : tensor<62x21504x16xf32>, tensor<62x16x5376xf32>, tensor<62x5376x16xf32>, tensor<62x16x21504xf32>, tensor<62x5376x16xf32>, tensor<62x16x16x128xf32>, tensor<62x32x128x16xf32>, tensor<62x16x5376xf32>, tensor<62x5376x16xf32>, tensor<62x16x32x128xf32>, tensor<62x5376x16xf32>, tensor<62x16x21504xf32>, tensor<62x5376x16xf32>, tensor<62x16x16x128xf32>, tensor<i32>, tensor<62x21504x16xf32>, tensor<62x16x5376xf32>, tensor<62x5376x16xf32>, tensor<62x16x21504xf32>, tensor<62x5376x16xf32>, tensor<62x16x16x128xf32>, tensor<62x32x128x16xf32>, tensor<62x16x5376xf32>, tensor<62x5376x16xf32>, tensor<62x16x32x128xf32>, tensor<62x5376x16xf32>, tensor<62x16x21504xf32>, tensor<62x5376x16xf32>, tensor<62x16x16x128xf32>, tensor<62x21504x16xf32>, tensor<62x16x5376xf32>, tensor<62x5376x16xf32>, tensor<62x16x21504xf32>, tensor<62x5376x16xf32>, tensor<62x16x16x128xf32>, tensor<62x32x128x16xf32>, tensor<62x16x5376xf32>, tensor<62x5376x16xf32>, tensor<62x16x32x128xf32>, tensor<62x5376x16xf32>, tensor<62x16x21504xf32>, tensor<62x5376x16xf32>, tensor<62x16x16x128xf32>, tensor<f32>, tensor<f32>, tensor<f32>, tensor<f32>, tensor<f32>
  }
  func.func private @_take(%arg0: tensor<262208x5376xbf16>, %arg1: tensor<8x1024xi32>) -> tensor<8x1024x5376xbf16> {
    %c = stablehlo.constant dense<0> : tensor<i32>
    %0 = stablehlo.broadcast_in_dim %c, dims = [] : (tensor<i32>) -> tensor<8x1024xi32>
    %1 = stablehlo.compare LT, %arg1, %0, SIGNED : (tensor<8x1024xi32>, tensor<8x1024xi32>) -> tensor<8x1024xi1>
    %c_0 = stablehlo.constant dense<262208> : tensor<i32>
    %2 = stablehlo.broadcast_in_dim %c_0, dims = [] : (tensor<i32>) -> tensor<8x1024xi32>
    %3 = stablehlo.add %arg1, %2 : tensor<8x1024xi32>
    %4 = call @_where(%1, %3, %arg1) : (tensor<8x1024xi1>, tensor<8x1024xi32>, tensor<8x1024xi32>) -> tensor<8x1024xi32>
    %5 = stablehlo.broadcast_in_dim %4, dims = [0, 1] : (tensor<8x1024xi32>) -> tensor<8x1024x1xi32>
    %c_1 = stablehlo.constant dense<262207> : tensor<1xi32>
    %c_2 = stablehlo.constant dense<0> : tensor<i32>
    %6 = stablehlo.broadcast_in_dim %c_2, dims = [] : (tensor<i32>) -> tensor<8x1024x1xi32>
    %7 = stablehlo.compare GE, %5, %6, SIGNED : (tensor<8x1024x1xi32>, tensor<8x1024x1xi32>) -> tensor<8x1024x1xi1>
    %8 = stablehlo.broadcast_in_dim %c_1, dims = [2] : (tensor<1xi32>) -> tensor<1x1x1xi32>
    %9 = stablehlo.broadcast_in_dim %8, dims = [0, 1, 2] : (tensor<1x1x1xi32>) -> tensor<8x1024x1xi32>
    %10 = stablehlo.compare LE, %5, %9, SIGNED : (tensor<8x1024x1xi32>, tensor<8x1024x1xi32>) -> tensor<8x1024x1xi1>
    %11 = stablehlo.and %7, %10 : tensor<8x1024x1xi1>
    %c_3 = stablehlo.constant dense<true> : tensor<i1>
    %12 = stablehlo.reduce(%11 init: %c_3) applies stablehlo.and across dimensions = [2] : (tensor<8x1024x1xi1>, tensor<i1>) -> tensor<8x1024xi1>
    %13 = "stablehlo.gather"(%arg0, %5) <{dimension_numbers = #stablehlo.gather<offset_dims = [2], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 2>, indices_are_sorted = false, slice_sizes = array<i64: 1, 5376>}> : (tensor<262208x5376xbf16>, tensor<8x1024x1xi32>) -> tensor<8x1024x5376xbf16>
    %14 = stablehlo.broadcast_in_dim %12, dims = [0, 1] : (tensor<8x1024xi1>) -> tensor<8x1024x5376xi1>
    %cst = stablehlo.constant dense<0x7FC0> : tensor<bf16>
    %15 = stablehlo.broadcast_in_dim %cst, dims = [] : (tensor<bf16>) -> tensor<8x1024x5376xbf16>
    %16 = stablehlo.select %14, %13, %15 : tensor<8x1024x5376xi1>, tensor<8x1024x5376xbf16>
    return %16 : tensor<8x1024x5376xbf16>
  }
  func.func private @_where(%arg0: tensor<8x1024xi1>, %arg1: tensor<8x1024xi32>, %arg2: tensor<8x1024xi32>) -> tensor<8x1024xi32> {
    %0 = stablehlo.select %arg0, %arg1, %arg2 : tensor<8x1024xi1>, tensor<8x1024xi32>
    return %0 : tensor<8x1024xi32>
  }
  func.func private @dynamic_index_in_dim(%arg0: tensor<62x5376xbf16>, %arg1: tensor<i32>) -> tensor<5376xbf16> {
    %c = stablehlo.constant dense<0> : tensor<i32>
    %0 = stablehlo.dynamic_slice %arg0, %arg1, %c, sizes = [1, 5376] : (tensor<62x5376xbf16>, tensor<i32>, tensor<i32>) -> tensor<1x5376xbf16>
    %1 = stablehlo.reshape %0 : (tensor<1x5376xbf16>) -> tensor<5376xbf16>
    return %1 : tensor<5376xbf16>
  }
  func.func private @dynamic_index_in_dim_0(%arg0: tensor<62x32x5376x128xbf16>, %arg1: tensor<i32>) -> tensor<32x5376x128xbf16> {
    %c = stablehlo.constant dense<0> : tensor<i32>
    %c_0 = stablehlo.constant dense<0> : tensor<i32>
    %c_1 = stablehlo.constant dense<0> : tensor<i32>
    %0 = stablehlo.dynamic_slice %arg0, %arg1, %c, %c_0, %c_1, sizes = [1, 32, 5376, 128] : (tensor<62x32x5376x128xbf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x32x5376x128xbf16>
    %1 = stablehlo.reshape %0 : (tensor<1x32x5376x128xbf16>) -> tensor<32x5376x128xbf16>
    return %1 : tensor<32x5376x128xbf16>
  }
  func.func private @dynamic_index_in_dim_1(%arg0: tensor<62x16x5376x128xbf16>, %arg1: tensor<i32>) -> tensor<16x5376x128xbf16> {
    %c = stablehlo.constant dense<0> : tensor<i32>
    %c_0 = stablehlo.constant dense<0> : tensor<i32>
    %c_1 = stablehlo.constant dense<0> : tensor<i32>
    %0 = stablehlo.dynamic_slice %arg0, %arg1, %c, %c_0, %c_1, sizes = [1, 16, 5376, 128] : (tensor<62x16x5376x128xbf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x16x5376x128xbf16>
    %1 = stablehlo.reshape %0 : (tensor<1x16x5376x128xbf16>) -> tensor<16x5376x128xbf16>
    return %1 : tensor<16x5376x128xbf16>
  }
  func.func private @dynamic_index_in_dim_2(%arg0: tensor<62x32x128x5376xbf16>, %arg1: tensor<i32>) -> tensor<32x128x5376xbf16> {
    %c = stablehlo.constant dense<0> : tensor<i32>
    %c_0 = stablehlo.constant dense<0> : tensor<i32>
    %c_1 = stablehlo.constant dense<0> : tensor<i32>
    %0 = stablehlo.dynamic_slice %arg0, %arg1, %c, %c_0, %c_1, sizes = [1, 32, 128, 5376] : (tensor<62x32x128x5376xbf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x32x128x5376xbf16>
    %1 = stablehlo.reshape %0 : (tensor<1x32x128x5376xbf16>) -> tensor<32x128x5376xbf16>
    return %1 : tensor<32x128x5376xbf16>
  }
  func.func private @dynamic_index_in_dim_3(%arg0: tensor<62x128xbf16>, %arg1: tensor<i32>) -> tensor<128xbf16> {
    %c = stablehlo.constant dense<0> : tensor<i32>
    %0 = stablehlo.dynamic_slice %arg0, %arg1, %c, sizes = [1, 128] : (tensor<62x128xbf16>, tensor<i32>, tensor<i32>) -> tensor<1x128xbf16>
    %1 = stablehlo.reshape %0 : (tensor<1x128xbf16>) -> tensor<128xbf16>
    return %1 : tensor<128xbf16>
  }
  func.func private @dynamic_index_in_dim_4(%arg0: tensor<62x5376x21504xbf16>, %arg1: tensor<i32>) -> tensor<5376x21504xbf16> {
    %c = stablehlo.constant dense<0> : tensor<i32>
    %c_0 = stablehlo.constant dense<0> : tensor<i32>
    %0 = stablehlo.dynamic_slice %arg0, %arg1, %c, %c_0, sizes = [1, 5376, 21504] : (tensor<62x5376x21504xbf16>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x5376x21504xbf16>
    %1 = stablehlo.reshape %0 : (tensor<1x5376x21504xbf16>) -> tensor<5376x21504xbf16>
    return %1 : tensor<5376x21504xbf16>
  }
  func.func private @dynamic_index_in_dim_5(%arg0: tensor<62x21504x5376xbf16>, %arg1: tensor<i32>) -> tensor<21504x5376xbf16> {
    %c = stablehlo.constant dense<0> : tensor<i32>
    %c_0 = stablehlo.constant dense<0> : tensor<i32>
    %0 = stablehlo.dynamic_slice %arg0, %arg1, %c, %c_0, sizes = [1, 21504, 5376] : (tensor<62x21504x5376xbf16>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x21504x5376xbf16>
    %1 = stablehlo.reshape %0 : (tensor<1x21504x5376xbf16>) -> tensor<21504x5376xbf16>
    return %1 : tensor<21504x5376xbf16>
  }
  func.func private @dynamic_index_in_dim_6(%arg0: tensor<62x21504x16xf32>, %arg1: tensor<i32>) -> tensor<21504x16xf32> {
    %c = stablehlo.constant dense<0> : tensor<i32>
    %c_0 = stablehlo.constant dense<0> : tensor<i32>
    %0 = stablehlo.dynamic_slice %arg0, %arg1, %c, %c_0, sizes = [1, 21504, 16] : (tensor<62x21504x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x21504x16xf32>
    %1 = stablehlo.reshape %0 : (tensor<1x21504x16xf32>) -> tensor<21504x16xf32>
    return %1 : tensor<21504x16xf32>
  }
  func.func private @dynamic_index_in_dim_7(%arg0: tensor<62x16x5376xf32>, %arg1: tensor<i32>) -> tensor<16x5376xf32> {
    %c = stablehlo.constant dense<0> : tensor<i32>
    %c_0 = stablehlo.constant dense<0> : tensor<i32>
    %0 = stablehlo.dynamic_slice %arg0, %arg1, %c, %c_0, sizes = [1, 16, 5376] : (tensor<62x16x5376xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x16x5376xf32>
    %1 = stablehlo.reshape %0 : (tensor<1x16x5376xf32>) -> tensor<16x5376xf32>
    return %1 : tensor<16x5376xf32>
  }
  func.func private @dynamic_index_in_dim_8(%arg0: tensor<62x5376x16xf32>, %arg1: tensor<i32>) -> tensor<5376x16xf32> {
    %c = stablehlo.constant dense<0> : tensor<i32>
    %c_0 = stablehlo.constant dense<0> : tensor<i32>
    %0 = stablehlo.dynamic_slice %arg0, %arg1, %c, %c_0, sizes = [1, 5376, 16] : (tensor<62x5376x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x5376x16xf32>
    %1 = stablehlo.reshape %0 : (tensor<1x5376x16xf32>) -> tensor<5376x16xf32>
    return %1 : tensor<5376x16xf32>
  }
  func.func private @dynamic_index_in_dim_9(%arg0: tensor<62x16x21504xf32>, %arg1: tensor<i32>) -> tensor<16x21504xf32> {
    %c = stablehlo.constant dense<0> : tensor<i32>
    %c_0 = stablehlo.constant dense<0> : tensor<i32>
    %0 = stablehlo.dynamic_slice %arg0, %arg1, %c, %c_0, sizes = [1, 16, 21504] : (tensor<62x16x21504xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x16x21504xf32>
    %1 = stablehlo.reshape %0 : (tensor<1x16x21504xf32>) -> tensor<16x21504xf32>
    return %1 : tensor<16x21504xf32>
  }
  func.func private @dynamic_index_in_dim_10(%arg0: tensor<62x16x16x128xf32>, %arg1: tensor<i32>) -> tensor<16x16x128xf32> {
    %c = stablehlo.constant dense<0> : tensor<i32>
    %c_0 = stablehlo.constant dense<0> : tensor<i32>
    %c_1 = stablehlo.constant dense<0> : tensor<i32>
    %0 = stablehlo.dynamic_slice %arg0, %arg1, %c, %c_0, %c_1, sizes = [1, 16, 16, 128] : (tensor<62x16x16x128xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x16x16x128xf32>
    %1 = stablehlo.reshape %0 : (tensor<1x16x16x128xf32>) -> tensor<16x16x128xf32>
    return %1 : tensor<16x16x128xf32>
  }
  func.func private @dynamic_index_in_dim_11(%arg0: tensor<62x32x128x16xf32>, %arg1: tensor<i32>) -> tensor<32x128x16xf32> {
    %c = stablehlo.constant dense<0> : tensor<i32>
    %c_0 = stablehlo.constant dense<0> : tensor<i32>
    %c_1 = stablehlo.constant dense<0> : tensor<i32>
    %0 = stablehlo.dynamic_slice %arg0, %arg1, %c, %c_0, %c_1, sizes = [1, 32, 128, 16] : (tensor<62x32x128x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x32x128x16xf32>
    %1 = stablehlo.reshape %0 : (tensor<1x32x128x16xf32>) -> tensor<32x128x16xf32>
    return %1 : tensor<32x128x16xf32>
  }
  func.func private @dynamic_index_in_dim_12(%arg0: tensor<62x16x32x128xf32>, %arg1: tensor<i32>) -> tensor<16x32x128xf32> {
    %c = stablehlo.constant dense<0> : tensor<i32>
    %c_0 = stablehlo.constant dense<0> : tensor<i32>
    %c_1 = stablehlo.constant dense<0> : tensor<i32>
    %0 = stablehlo.dynamic_slice %arg0, %arg1, %c, %c_0, %c_1, sizes = [1, 16, 32, 128] : (tensor<62x16x32x128xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x16x32x128xf32>
    %1 = stablehlo.reshape %0 : (tensor<1x16x32x128xf32>) -> tensor<16x32x128xf32>
    return %1 : tensor<16x32x128xf32>
  }
  func.func private @dynamic_index_in_dim_13(%arg0: tensor<62xi1>, %arg1: tensor<i32>) -> tensor<i1> {
    %0 = stablehlo.dynamic_slice %arg0, %arg1, sizes = [1] : (tensor<62xi1>, tensor<i32>) -> tensor<1xi1>
    %1 = stablehlo.reshape %0 : (tensor<1xi1>) -> tensor<i1>
    return %1 : tensor<i1>
  }
  func.func private @closed_call(%arg0: tensor<8x1024xi32>, %arg1: tensor<8x1024x1xf32>, %arg2: tensor<64xf32>, %arg3: tensor<64xf32>, %arg4: tensor<8x1024x1xf32>, %arg5: tensor<8x1024x5376xbf16>, %arg6: tensor<5376xbf16>, %arg7: tensor<32x5376x128xbf16>, %arg8: tensor<16x5376x128xbf16>, %arg9: tensor<16x5376x128xbf16>, %arg10: tensor<32x128x5376xbf16>, %arg11: tensor<128xbf16>, %arg12: tensor<128xbf16>, %arg13: tensor<5376xbf16>, %arg14: tensor<5376xbf16>, %arg15: tensor<5376x21504xbf16>, %arg16: tensor<5376x21504xbf16>, %arg17: tensor<21504x5376xbf16>, %arg18: tensor<5376xbf16>, %arg19: tensor<21504x16xf32>, %arg20: tensor<16x5376xf32>, %arg21: tensor<5376x16xf32>, %arg22: tensor<16x21504xf32>, %arg23: tensor<5376x16xf32>, %arg24: tensor<16x16x128xf32>, %arg25: tensor<32x128x16xf32>, %arg26: tensor<16x5376xf32>, %arg27: tensor<5376x16xf32>, %arg28: tensor<16x32x128xf32>, %arg29: tensor<5376x16xf32>, %arg30: tensor<16x21504xf32>, %arg31: tensor<5376x16xf32>, %arg32: tensor<16x16x128xf32>, %arg33: tensor<i1>) -> (tensor<8x1024x5376xbf16>, tensor<8x1024x5376xbf16>) {
    %0 = stablehlo.convert %arg5 : (tensor<8x1024x5376xbf16>) -> tensor<8x1024x5376xf32>
    %1 = stablehlo.multiply %0, %0 : tensor<8x1024x5376xf32>
    %cst = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %2 = stablehlo.reduce(%1 init: %cst) applies stablehlo.add across dimensions = [2] : (tensor<8x1024x5376xf32>, tensor<f32>) -> tensor<8x1024xf32>
    %3 = stablehlo.broadcast_in_dim %2, dims = [0, 1] : (tensor<8x1024xf32>) -> tensor<8x1024x1xf32>
    %cst_0 = stablehlo.constant dense<5.376000e+03> : tensor<f32>
    %4 = stablehlo.broadcast_in_dim %cst_0, dims = [] : (tensor<f32>) -> tensor<8x1024x1xf32>
    %5 = stablehlo.divide %3, %4 : tensor<8x1024x1xf32>
    %cst_1 = stablehlo.constant dense<9.99999997E-7> : tensor<f32>
    %6 = stablehlo.broadcast_in_dim %cst_1, dims = [] : (tensor<f32>) -> tensor<8x1024x1xf32>
    %7 = stablehlo.add %5, %6 : tensor<8x1024x1xf32>
    %8 = stablehlo.rsqrt %7 : tensor<8x1024x1xf32>
    %9 = stablehlo.broadcast_in_dim %8, dims = [0, 1, 2] : (tensor<8x1024x1xf32>) -> tensor<8x1024x5376xf32>
    %10 = stablehlo.multiply %0, %9 : tensor<8x1024x5376xf32>
    %11 = stablehlo.convert %arg6 : (tensor<5376xbf16>) -> tensor<5376xf32>
    %cst_2 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %12 = stablehlo.broadcast_in_dim %cst_2, dims = [] : (tensor<f32>) -> tensor<5376xf32>
    %13 = stablehlo.add %12, %11 : tensor<5376xf32>
    %14 = stablehlo.broadcast_in_dim %13, dims = [2] : (tensor<5376xf32>) -> tensor<1x1x5376xf32>
    %15 = stablehlo.broadcast_in_dim %14, dims = [0, 1, 2] : (tensor<1x1x5376xf32>) -> tensor<8x1024x5376xf32>
    %16 = stablehlo.multiply %10, %15 : tensor<8x1024x5376xf32>
    %17 = stablehlo.convert %16 : (tensor<8x1024x5376xf32>) -> tensor<8x1024x5376xbf16>
    %18 = stablehlo.dot_general %17, %arg7, contracting_dims = [2] x [1], precision = [DEFAULT, DEFAULT] : (tensor<8x1024x5376xbf16>, tensor<32x5376x128xbf16>) -> tensor<8x1024x32x128xbf16>
    %19 = stablehlo.convert %arg27 : (tensor<5376x16xf32>) -> tensor<5376x16xbf16>
    %20 = stablehlo.dot_general %17, %19, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<8x1024x5376xbf16>, tensor<5376x16xbf16>) -> tensor<8x1024x16xbf16>
    %cst_3 = stablehlo.constant dense<2.000000e+00> : tensor<bf16>
    %21 = stablehlo.broadcast_in_dim %cst_3, dims = [] : (tensor<bf16>) -> tensor<8x1024x16xbf16>
    %22 = stablehlo.multiply %20, %21 : tensor<8x1024x16xbf16>
    %23 = stablehlo.convert %arg28 : (tensor<16x32x128xf32>) -> tensor<16x32x128xbf16>
    %24 = stablehlo.dot_general %22, %23, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<8x1024x16xbf16>, tensor<16x32x128xbf16>) -> tensor<8x1024x32x128xbf16>
    %25 = stablehlo.add %18, %24 : tensor<8x1024x32x128xbf16>
    %26 = stablehlo.dot_general %17, %arg8, contracting_dims = [2] x [1], precision = [DEFAULT, DEFAULT] : (tensor<8x1024x5376xbf16>, tensor<16x5376x128xbf16>) -> tensor<8x1024x16x128xbf16>
    %27 = stablehlo.convert %arg23 : (tensor<5376x16xf32>) -> tensor<5376x16xbf16>
    %28 = stablehlo.dot_general %17, %27, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<8x1024x5376xbf16>, tensor<5376x16xbf16>) -> tensor<8x1024x16xbf16>
    %cst_4 = stablehlo.constant dense<2.000000e+00> : tensor<bf16>
    %29 = stablehlo.broadcast_in_dim %cst_4, dims = [] : (tensor<bf16>) -> tensor<8x1024x16xbf16>
    %30 = stablehlo.multiply %28, %29 : tensor<8x1024x16xbf16>
    %31 = stablehlo.convert %arg24 : (tensor<16x16x128xf32>) -> tensor<16x16x128xbf16>
    %32 = stablehlo.dot_general %30, %31, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<8x1024x16xbf16>, tensor<16x16x128xbf16>) -> tensor<8x1024x16x128xbf16>
    %33 = stablehlo.add %26, %32 : tensor<8x1024x16x128xbf16>
    %34 = stablehlo.dot_general %17, %arg9, contracting_dims = [2] x [1], precision = [DEFAULT, DEFAULT] : (tensor<8x1024x5376xbf16>, tensor<16x5376x128xbf16>) -> tensor<8x1024x16x128xbf16>
    %35 = stablehlo.convert %arg31 : (tensor<5376x16xf32>) -> tensor<5376x16xbf16>
    %36 = stablehlo.dot_general %17, %35, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<8x1024x5376xbf16>, tensor<5376x16xbf16>) -> tensor<8x1024x16xbf16>
    %cst_5 = stablehlo.constant dense<2.000000e+00> : tensor<bf16>
    %37 = stablehlo.broadcast_in_dim %cst_5, dims = [] : (tensor<bf16>) -> tensor<8x1024x16xbf16>
    %38 = stablehlo.multiply %36, %37 : tensor<8x1024x16xbf16>
    %39 = stablehlo.convert %arg32 : (tensor<16x16x128xf32>) -> tensor<16x16x128xbf16>
    %40 = stablehlo.dot_general %38, %39, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<8x1024x16xbf16>, tensor<16x16x128xbf16>) -> tensor<8x1024x16x128xbf16>
    %41 = stablehlo.add %34, %40 : tensor<8x1024x16x128xbf16>
    %42 = stablehlo.convert %25 : (tensor<8x1024x32x128xbf16>) -> tensor<8x1024x32x128xf32>
    %43 = stablehlo.multiply %42, %42 : tensor<8x1024x32x128xf32>
    %cst_6 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %44 = stablehlo.reduce(%43 init: %cst_6) applies stablehlo.add across dimensions = [3] : (tensor<8x1024x32x128xf32>, tensor<f32>) -> tensor<8x1024x32xf32>
    %45 = stablehlo.broadcast_in_dim %44, dims = [0, 1, 2] : (tensor<8x1024x32xf32>) -> tensor<8x1024x32x1xf32>
    %cst_7 = stablehlo.constant dense<1.280000e+02> : tensor<f32>
    %46 = stablehlo.broadcast_in_dim %cst_7, dims = [] : (tensor<f32>) -> tensor<8x1024x32x1xf32>
    %47 = stablehlo.divide %45, %46 : tensor<8x1024x32x1xf32>
    %cst_8 = stablehlo.constant dense<9.99999997E-7> : tensor<f32>
    %48 = stablehlo.broadcast_in_dim %cst_8, dims = [] : (tensor<f32>) -> tensor<8x1024x32x1xf32>
    %49 = stablehlo.add %47, %48 : tensor<8x1024x32x1xf32>
    %50 = stablehlo.rsqrt %49 : tensor<8x1024x32x1xf32>
    %51 = stablehlo.broadcast_in_dim %50, dims = [0, 1, 2, 3] : (tensor<8x1024x32x1xf32>) -> tensor<8x1024x32x128xf32>
    %52 = stablehlo.multiply %42, %51 : tensor<8x1024x32x128xf32>
    %53 = stablehlo.convert %arg11 : (tensor<128xbf16>) -> tensor<128xf32>
    %cst_9 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %54 = stablehlo.broadcast_in_dim %cst_9, dims = [] : (tensor<f32>) -> tensor<128xf32>
    %55 = stablehlo.add %54, %53 : tensor<128xf32>
    %56 = stablehlo.broadcast_in_dim %55, dims = [3] : (tensor<128xf32>) -> tensor<1x1x1x128xf32>
    %57 = stablehlo.broadcast_in_dim %56, dims = [0, 1, 2, 3] : (tensor<1x1x1x128xf32>) -> tensor<8x1024x32x128xf32>
    %58 = stablehlo.multiply %52, %57 : tensor<8x1024x32x128xf32>
    %59 = stablehlo.convert %58 : (tensor<8x1024x32x128xf32>) -> tensor<8x1024x32x128xbf16>
    %60 = stablehlo.convert %33 : (tensor<8x1024x16x128xbf16>) -> tensor<8x1024x16x128xf32>
    %61 = stablehlo.multiply %60, %60 : tensor<8x1024x16x128xf32>
    %cst_10 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %62 = stablehlo.reduce(%61 init: %cst_10) applies stablehlo.add across dimensions = [3] : (tensor<8x1024x16x128xf32>, tensor<f32>) -> tensor<8x1024x16xf32>
    %63 = stablehlo.broadcast_in_dim %62, dims = [0, 1, 2] : (tensor<8x1024x16xf32>) -> tensor<8x1024x16x1xf32>
    %cst_11 = stablehlo.constant dense<1.280000e+02> : tensor<f32>
    %64 = stablehlo.broadcast_in_dim %cst_11, dims = [] : (tensor<f32>) -> tensor<8x1024x16x1xf32>
    %65 = stablehlo.divide %63, %64 : tensor<8x1024x16x1xf32>
    %cst_12 = stablehlo.constant dense<9.99999997E-7> : tensor<f32>
    %66 = stablehlo.broadcast_in_dim %cst_12, dims = [] : (tensor<f32>) -> tensor<8x1024x16x1xf32>
    %67 = stablehlo.add %65, %66 : tensor<8x1024x16x1xf32>
    %68 = stablehlo.rsqrt %67 : tensor<8x1024x16x1xf32>
    %69 = stablehlo.broadcast_in_dim %68, dims = [0, 1, 2, 3] : (tensor<8x1024x16x1xf32>) -> tensor<8x1024x16x128xf32>
    %70 = stablehlo.multiply %60, %69 : tensor<8x1024x16x128xf32>
    %71 = stablehlo.convert %arg12 : (tensor<128xbf16>) -> tensor<128xf32>
    %cst_13 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %72 = stablehlo.broadcast_in_dim %cst_13, dims = [] : (tensor<f32>) -> tensor<128xf32>
    %73 = stablehlo.add %72, %71 : tensor<128xf32>
    %74 = stablehlo.broadcast_in_dim %73, dims = [3] : (tensor<128xf32>) -> tensor<1x1x1x128xf32>
    %75 = stablehlo.broadcast_in_dim %74, dims = [0, 1, 2, 3] : (tensor<1x1x1x128xf32>) -> tensor<8x1024x16x128xf32>
    %76 = stablehlo.multiply %70, %75 : tensor<8x1024x16x128xf32>
    %77 = stablehlo.convert %76 : (tensor<8x1024x16x128xf32>) -> tensor<8x1024x16x128xbf16>
    %78 = call @_where_14(%arg33, %arg2, %arg3) : (tensor<i1>, tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %79 = stablehlo.broadcast_in_dim %78, dims = [2] : (tensor<64xf32>) -> tensor<1x1x64xf32>
    %80 = stablehlo.broadcast_in_dim %arg1, dims = [0, 1, 2] : (tensor<8x1024x1xf32>) -> tensor<8x1024x64xf32>
    %81 = stablehlo.broadcast_in_dim %79, dims = [0, 1, 2] : (tensor<1x1x64xf32>) -> tensor<8x1024x64xf32>
    %82 = stablehlo.multiply %80, %81 : tensor<8x1024x64xf32>
    %83 = stablehlo.sine %82 : tensor<8x1024x64xf32>
    %84 = stablehlo.broadcast_in_dim %83, dims = [0, 1, 3] : (tensor<8x1024x64xf32>) -> tensor<8x1024x1x64xf32>
    %85 = stablehlo.cosine %82 : tensor<8x1024x64xf32>
    %86 = stablehlo.broadcast_in_dim %85, dims = [0, 1, 3] : (tensor<8x1024x64xf32>) -> tensor<8x1024x1x64xf32>
    %87 = stablehlo.convert %59 : (tensor<8x1024x32x128xbf16>) -> tensor<8x1024x32x128xf32>
    %88 = stablehlo.slice %87 [0:8, 0:1024, 0:32, 0:64] : (tensor<8x1024x32x128xf32>) -> tensor<8x1024x32x64xf32>
    %89 = stablehlo.slice %87 [0:8, 0:1024, 0:32, 64:128] : (tensor<8x1024x32x128xf32>) -> tensor<8x1024x32x64xf32>
    %90 = stablehlo.broadcast_in_dim %86, dims = [0, 1, 2, 3] : (tensor<8x1024x1x64xf32>) -> tensor<8x1024x32x64xf32>
    %91 = stablehlo.multiply %88, %90 : tensor<8x1024x32x64xf32>
    %92 = stablehlo.broadcast_in_dim %84, dims = [0, 1, 2, 3] : (tensor<8x1024x1x64xf32>) -> tensor<8x1024x32x64xf32>
    %93 = stablehlo.multiply %89, %92 : tensor<8x1024x32x64xf32>
    %94 = stablehlo.subtract %91, %93 : tensor<8x1024x32x64xf32>
    %95 = stablehlo.broadcast_in_dim %86, dims = [0, 1, 2, 3] : (tensor<8x1024x1x64xf32>) -> tensor<8x1024x32x64xf32>
    %96 = stablehlo.multiply %89, %95 : tensor<8x1024x32x64xf32>
    %97 = stablehlo.broadcast_in_dim %84, dims = [0, 1, 2, 3] : (tensor<8x1024x1x64xf32>) -> tensor<8x1024x32x64xf32>
    %98 = stablehlo.multiply %88, %97 : tensor<8x1024x32x64xf32>
    %99 = stablehlo.add %96, %98 : tensor<8x1024x32x64xf32>
    %100 = stablehlo.concatenate %94, %99, dim = 3 : (tensor<8x1024x32x64xf32>, tensor<8x1024x32x64xf32>) -> tensor<8x1024x32x128xf32>
    %101 = stablehlo.convert %100 : (tensor<8x1024x32x128xf32>) -> tensor<8x1024x32x128xbf16>
    %102 = stablehlo.broadcast_in_dim %78, dims = [2] : (tensor<64xf32>) -> tensor<1x1x64xf32>
    %103 = stablehlo.broadcast_in_dim %arg4, dims = [0, 1, 2] : (tensor<8x1024x1xf32>) -> tensor<8x1024x64xf32>
    %104 = stablehlo.broadcast_in_dim %102, dims = [0, 1, 2] : (tensor<1x1x64xf32>) -> tensor<8x1024x64xf32>
    %105 = stablehlo.multiply %103, %104 : tensor<8x1024x64xf32>
    %106 = stablehlo.sine %105 : tensor<8x1024x64xf32>
    %107 = stablehlo.broadcast_in_dim %106, dims = [0, 1, 3] : (tensor<8x1024x64xf32>) -> tensor<8x1024x1x64xf32>
    %108 = stablehlo.cosine %105 : tensor<8x1024x64xf32>
    %109 = stablehlo.broadcast_in_dim %108, dims = [0, 1, 3] : (tensor<8x1024x64xf32>) -> tensor<8x1024x1x64xf32>
    %110 = stablehlo.convert %77 : (tensor<8x1024x16x128xbf16>) -> tensor<8x1024x16x128xf32>
    %111 = stablehlo.slice %110 [0:8, 0:1024, 0:16, 0:64] : (tensor<8x1024x16x128xf32>) -> tensor<8x1024x16x64xf32>
    %112 = stablehlo.slice %110 [0:8, 0:1024, 0:16, 64:128] : (tensor<8x1024x16x128xf32>) -> tensor<8x1024x16x64xf32>
    %113 = stablehlo.broadcast_in_dim %109, dims = [0, 1, 2, 3] : (tensor<8x1024x1x64xf32>) -> tensor<8x1024x16x64xf32>
    %114 = stablehlo.multiply %111, %113 : tensor<8x1024x16x64xf32>
    %115 = stablehlo.broadcast_in_dim %107, dims = [0, 1, 2, 3] : (tensor<8x1024x1x64xf32>) -> tensor<8x1024x16x64xf32>
    %116 = stablehlo.multiply %112, %115 : tensor<8x1024x16x64xf32>
    %117 = stablehlo.subtract %114, %116 : tensor<8x1024x16x64xf32>
    %118 = stablehlo.broadcast_in_dim %109, dims = [0, 1, 2, 3] : (tensor<8x1024x1x64xf32>) -> tensor<8x1024x16x64xf32>
    %119 = stablehlo.multiply %112, %118 : tensor<8x1024x16x64xf32>
    %120 = stablehlo.broadcast_in_dim %107, dims = [0, 1, 2, 3] : (tensor<8x1024x1x64xf32>) -> tensor<8x1024x16x64xf32>
    %121 = stablehlo.multiply %111, %120 : tensor<8x1024x16x64xf32>
    %122 = stablehlo.add %119, %121 : tensor<8x1024x16x64xf32>
    %123 = stablehlo.concatenate %117, %122, dim = 3 : (tensor<8x1024x16x64xf32>, tensor<8x1024x16x64xf32>) -> tensor<8x1024x16x128xf32>
    %124 = stablehlo.convert %123 : (tensor<8x1024x16x128xf32>) -> tensor<8x1024x16x128xbf16>
    %125 = stablehlo.convert %arg33 : (tensor<i1>) -> tensor<i32>
    %126 = "stablehlo.case"(%125) ({
      %232 = stablehlo.iota dim = 0 : tensor<1024xi32>
      %233 = stablehlo.broadcast_in_dim %232, dims = [1] : (tensor<1024xi32>) -> tensor<8x1024xi32>
      %234 = stablehlo.broadcast_in_dim %233, dims = [0, 1] : (tensor<8x1024xi32>) -> tensor<8x1024x1xi32>
      %235 = stablehlo.broadcast_in_dim %233, dims = [0, 2] : (tensor<8x1024xi32>) -> tensor<8x1x1024xi32>
      %236 = stablehlo.broadcast_in_dim %235, dims = [0, 1, 2] : (tensor<8x1x1024xi32>) -> tensor<8x1024x1024xi32>
      %237 = stablehlo.broadcast_in_dim %234, dims = [0, 1, 2] : (tensor<8x1024x1xi32>) -> tensor<8x1024x1024xi32>
      %238 = stablehlo.compare LE, %236, %237, SIGNED : (tensor<8x1024x1024xi32>, tensor<8x1024x1024xi32>) -> tensor<8x1024x1024xi1>
      %c = stablehlo.constant dense<0> : tensor<i32>
      %239 = stablehlo.broadcast_in_dim %c, dims = [] : (tensor<i32>) -> tensor<8x1x1024xi32>
      %240 = stablehlo.compare GE, %235, %239, SIGNED : (tensor<8x1x1024xi32>, tensor<8x1x1024xi32>) -> tensor<8x1x1024xi1>
      %241 = stablehlo.broadcast_in_dim %240, dims = [0, 1, 2] : (tensor<8x1x1024xi1>) -> tensor<8x1024x1024xi1>
      %242 = stablehlo.and %238, %241 : tensor<8x1024x1024xi1>
      %243 = stablehlo.broadcast_in_dim %234, dims = [0, 1, 2] : (tensor<8x1024x1xi32>) -> tensor<8x1024x1024xi32>
      %244 = stablehlo.broadcast_in_dim %235, dims = [0, 1, 2] : (tensor<8x1x1024xi32>) -> tensor<8x1024x1024xi32>
      %245 = stablehlo.subtract %243, %244 : tensor<8x1024x1024xi32>
      %c_34 = stablehlo.constant dense<1024> : tensor<i32>
      %246 = stablehlo.broadcast_in_dim %c_34, dims = [] : (tensor<i32>) -> tensor<8x1024x1024xi32>
      %247 = stablehlo.compare LT, %245, %246, SIGNED : (tensor<8x1024x1024xi32>, tensor<8x1024x1024xi32>) -> tensor<8x1024x1024xi1>
      %248 = stablehlo.and %242, %247 : tensor<8x1024x1024xi1>
      %249 = stablehlo.broadcast_in_dim %arg0, dims = [0, 1] : (tensor<8x1024xi32>) -> tensor<8x1024x1xi32>
      %250 = stablehlo.broadcast_in_dim %arg0, dims = [0, 2] : (tensor<8x1024xi32>) -> tensor<8x1x1024xi32>
      %251 = stablehlo.broadcast_in_dim %249, dims = [0, 1, 2] : (tensor<8x1024x1xi32>) -> tensor<8x1024x1024xi32>
      %252 = stablehlo.broadcast_in_dim %250, dims = [0, 1, 2] : (tensor<8x1x1024xi32>) -> tensor<8x1024x1024xi32>
      %253 = stablehlo.compare EQ, %251, %252, SIGNED : (tensor<8x1024x1024xi32>, tensor<8x1024x1024xi32>) -> tensor<8x1024x1024xi1>
      %254 = stablehlo.and %248, %253 : tensor<8x1024x1024xi1>
      %255 = stablehlo.reshape %101 : (tensor<8x1024x32x128xbf16>) -> tensor<8x1024x16x2x128xbf16>
      %256 = stablehlo.dot_general %124, %255, batching_dims = [0, 2] x [0, 2], contracting_dims = [3] x [4], precision = [DEFAULT, DEFAULT] : (tensor<8x1024x16x128xbf16>, tensor<8x1024x16x2x128xbf16>) -> tensor<8x16x1024x1024x2xf32>
      %257 = stablehlo.transpose %256, dims = [0, 1, 4, 3, 2] : (tensor<8x16x1024x1024x2xf32>) -> tensor<8x16x2x1024x1024xf32>
      %cst_35 = stablehlo.constant dense<0.0771516785> : tensor<f32>
      %258 = stablehlo.broadcast_in_dim %cst_35, dims = [] : (tensor<f32>) -> tensor<8x16x2x1024x1024xf32>
      %259 = stablehlo.multiply %257, %258 : tensor<8x16x2x1024x1024xf32>
      %260 = stablehlo.broadcast_in_dim %254, dims = [0, 3, 4] : (tensor<8x1024x1024xi1>) -> tensor<8x1x1x1024x1024xi1>
      %cst_36 = stablehlo.constant dense<-2.38197633E+38> : tensor<f32>
      %261 = func.call @_where_15(%260, %259, %cst_36) : (tensor<8x1x1x1024x1024xi1>, tensor<8x16x2x1024x1024xf32>, tensor<f32>) -> tensor<8x16x2x1024x1024xf32>
      %cst_37 = stablehlo.constant dense<0xFF800000> : tensor<f32>
      %262 = stablehlo.reduce(%261 init: %cst_37) applies stablehlo.maximum across dimensions = [4] : (tensor<8x16x2x1024x1024xf32>, tensor<f32>) -> tensor<8x16x2x1024xf32>
      %cst_38 = stablehlo.constant dense<0xFF800000> : tensor<f32>
      %263 = stablehlo.broadcast_in_dim %cst_38, dims = [] : (tensor<f32>) -> tensor<8x16x2x1024xf32>
      %264 = stablehlo.maximum %263, %262 : tensor<8x16x2x1024xf32>
      %265 = stablehlo.broadcast_in_dim %264, dims = [0, 1, 2, 3] : (tensor<8x16x2x1024xf32>) -> tensor<8x16x2x1024x1xf32>
      %266 = stablehlo.broadcast_in_dim %265, dims = [0, 1, 2, 3, 4] : (tensor<8x16x2x1024x1xf32>) -> tensor<8x16x2x1024x1024xf32>
      %267 = stablehlo.subtract %261, %266 : tensor<8x16x2x1024x1024xf32>
      %268 = stablehlo.exponential %267 : tensor<8x16x2x1024x1024xf32>
      %cst_39 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
      %269 = stablehlo.reduce(%268 init: %cst_39) applies stablehlo.add across dimensions = [4] : (tensor<8x16x2x1024x1024xf32>, tensor<f32>) -> tensor<8x16x2x1024xf32>
      %270 = stablehlo.broadcast_in_dim %269, dims = [0, 1, 2, 3] : (tensor<8x16x2x1024xf32>) -> tensor<8x16x2x1024x1xf32>
      %271 = stablehlo.broadcast_in_dim %270, dims = [0, 1, 2, 3, 4] : (tensor<8x16x2x1024x1xf32>) -> tensor<8x16x2x1024x1024xf32>
      %272 = stablehlo.divide %268, %271 : tensor<8x16x2x1024x1024xf32>
      %273 = stablehlo.convert %272 : (tensor<8x16x2x1024x1024xf32>) -> tensor<8x16x2x1024x1024xbf16>
      %274 = stablehlo.dot_general %41, %273, batching_dims = [0, 2] x [0, 1], contracting_dims = [1] x [4], precision = [DEFAULT, DEFAULT] : (tensor<8x1024x16x128xbf16>, tensor<8x16x2x1024x1024xbf16>) -> tensor<8x16x128x2x1024xbf16>
      %275 = stablehlo.transpose %274, dims = [0, 4, 1, 3, 2] : (tensor<8x16x128x2x1024xbf16>) -> tensor<8x1024x16x2x128xbf16>
      %276 = stablehlo.reshape %275 : (tensor<8x1024x16x2x128xbf16>) -> tensor<8x1024x32x128xbf16>
      stablehlo.return %276 : tensor<8x1024x32x128xbf16>
    }, {
      %232 = stablehlo.iota dim = 0 : tensor<1024xi32>
      %233 = stablehlo.broadcast_in_dim %232, dims = [1] : (tensor<1024xi32>) -> tensor<8x1024xi32>
      %234 = stablehlo.broadcast_in_dim %233, dims = [0, 1] : (tensor<8x1024xi32>) -> tensor<8x1024x1xi32>
      %235 = stablehlo.broadcast_in_dim %233, dims = [0, 2] : (tensor<8x1024xi32>) -> tensor<8x1x1024xi32>
      %236 = stablehlo.broadcast_in_dim %235, dims = [0, 1, 2] : (tensor<8x1x1024xi32>) -> tensor<8x1024x1024xi32>
      %237 = stablehlo.broadcast_in_dim %234, dims = [0, 1, 2] : (tensor<8x1024x1xi32>) -> tensor<8x1024x1024xi32>
      %238 = stablehlo.compare LE, %236, %237, SIGNED : (tensor<8x1024x1024xi32>, tensor<8x1024x1024xi32>) -> tensor<8x1024x1024xi1>
      %c = stablehlo.constant dense<0> : tensor<i32>
      %239 = stablehlo.broadcast_in_dim %c, dims = [] : (tensor<i32>) -> tensor<8x1x1024xi32>
      %240 = stablehlo.compare GE, %235, %239, SIGNED : (tensor<8x1x1024xi32>, tensor<8x1x1024xi32>) -> tensor<8x1x1024xi1>
      %241 = stablehlo.broadcast_in_dim %240, dims = [0, 1, 2] : (tensor<8x1x1024xi1>) -> tensor<8x1024x1024xi1>
      %242 = stablehlo.and %238, %241 : tensor<8x1024x1024xi1>
      %243 = stablehlo.broadcast_in_dim %arg0, dims = [0, 1] : (tensor<8x1024xi32>) -> tensor<8x1024x1xi32>
      %244 = stablehlo.broadcast_in_dim %arg0, dims = [0, 2] : (tensor<8x1024xi32>) -> tensor<8x1x1024xi32>
      %245 = stablehlo.broadcast_in_dim %243, dims = [0, 1, 2] : (tensor<8x1024x1xi32>) -> tensor<8x1024x1024xi32>
      %246 = stablehlo.broadcast_in_dim %244, dims = [0, 1, 2] : (tensor<8x1x1024xi32>) -> tensor<8x1024x1024xi32>
      %247 = stablehlo.compare EQ, %245, %246, SIGNED : (tensor<8x1024x1024xi32>, tensor<8x1024x1024xi32>) -> tensor<8x1024x1024xi1>
      %248 = stablehlo.and %242, %247 : tensor<8x1024x1024xi1>
      %249 = stablehlo.reshape %101 : (tensor<8x1024x32x128xbf16>) -> tensor<8x1024x16x2x128xbf16>
      %250 = stablehlo.dot_general %124, %249, batching_dims = [0, 2] x [0, 2], contracting_dims = [3] x [4], precision = [DEFAULT, DEFAULT] : (tensor<8x1024x16x128xbf16>, tensor<8x1024x16x2x128xbf16>) -> tensor<8x16x1024x1024x2xf32>
      %251 = stablehlo.transpose %250, dims = [0, 1, 4, 3, 2] : (tensor<8x16x1024x1024x2xf32>) -> tensor<8x16x2x1024x1024xf32>
      %cst_34 = stablehlo.constant dense<0.0771516785> : tensor<f32>
      %252 = stablehlo.broadcast_in_dim %cst_34, dims = [] : (tensor<f32>) -> tensor<8x16x2x1024x1024xf32>
      %253 = stablehlo.multiply %251, %252 : tensor<8x16x2x1024x1024xf32>
      %254 = stablehlo.broadcast_in_dim %248, dims = [0, 3, 4] : (tensor<8x1024x1024xi1>) -> tensor<8x1x1x1024x1024xi1>
      %cst_35 = stablehlo.constant dense<-2.38197633E+38> : tensor<f32>
      %255 = func.call @_where_15(%254, %253, %cst_35) : (tensor<8x1x1x1024x1024xi1>, tensor<8x16x2x1024x1024xf32>, tensor<f32>) -> tensor<8x16x2x1024x1024xf32>
      %cst_36 = stablehlo.constant dense<0xFF800000> : tensor<f32>
      %256 = stablehlo.reduce(%255 init: %cst_36) applies stablehlo.maximum across dimensions = [4] : (tensor<8x16x2x1024x1024xf32>, tensor<f32>) -> tensor<8x16x2x1024xf32>
      %cst_37 = stablehlo.constant dense<0xFF800000> : tensor<f32>
      %257 = stablehlo.broadcast_in_dim %cst_37, dims = [] : (tensor<f32>) -> tensor<8x16x2x1024xf32>
      %258 = stablehlo.maximum %257, %256 : tensor<8x16x2x1024xf32>
      %259 = stablehlo.broadcast_in_dim %258, dims = [0, 1, 2, 3] : (tensor<8x16x2x1024xf32>) -> tensor<8x16x2x1024x1xf32>
      %260 = stablehlo.broadcast_in_dim %259, dims = [0, 1, 2, 3, 4] : (tensor<8x16x2x1024x1xf32>) -> tensor<8x16x2x1024x1024xf32>
      %261 = stablehlo.subtract %255, %260 : tensor<8x16x2x1024x1024xf32>
      %262 = stablehlo.exponential %261 : tensor<8x16x2x1024x1024xf32>
      %cst_38 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
      %263 = stablehlo.reduce(%262 init: %cst_38) applies stablehlo.add across dimensions = [4] : (tensor<8x16x2x1024x1024xf32>, tensor<f32>) -> tensor<8x16x2x1024xf32>
      %264 = stablehlo.broadcast_in_dim %263, dims = [0, 1, 2, 3] : (tensor<8x16x2x1024xf32>) -> tensor<8x16x2x1024x1xf32>
      %265 = stablehlo.broadcast_in_dim %264, dims = [0, 1, 2, 3, 4] : (tensor<8x16x2x1024x1xf32>) -> tensor<8x16x2x1024x1024xf32>
      %266 = stablehlo.divide %262, %265 : tensor<8x16x2x1024x1024xf32>
      %267 = stablehlo.convert %266 : (tensor<8x16x2x1024x1024xf32>) -> tensor<8x16x2x1024x1024xbf16>
      %268 = stablehlo.dot_general %41, %267, batching_dims = [0, 2] x [0, 1], contracting_dims = [1] x [4], precision = [DEFAULT, DEFAULT] : (tensor<8x1024x16x128xbf16>, tensor<8x16x2x1024x1024xbf16>) -> tensor<8x16x128x2x1024xbf16>
      %269 = stablehlo.transpose %268, dims = [0, 4, 1, 3, 2] : (tensor<8x16x128x2x1024xbf16>) -> tensor<8x1024x16x2x128xbf16>
      %270 = stablehlo.reshape %269 : (tensor<8x1024x16x2x128xbf16>) -> tensor<8x1024x32x128xbf16>
      stablehlo.return %270 : tensor<8x1024x32x128xbf16>
    }) : (tensor<i32>) -> tensor<8x1024x32x128xbf16>
    %127 = stablehlo.reshape %126 : (tensor<8x1024x32x128xbf16>) -> tensor<8x1024x4096xbf16>
    %128 = stablehlo.reshape %arg10 : (tensor<32x128x5376xbf16>) -> tensor<4096x5376xbf16>
    %129 = stablehlo.reshape %arg25 : (tensor<32x128x16xf32>) -> tensor<4096x16xf32>
    %130 = stablehlo.dot_general %127, %128, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<8x1024x4096xbf16>, tensor<4096x5376xbf16>) -> tensor<8x1024x5376xbf16>
    %131 = stablehlo.convert %129 : (tensor<4096x16xf32>) -> tensor<4096x16xbf16>
    %132 = stablehlo.dot_general %127, %131, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<8x1024x4096xbf16>, tensor<4096x16xbf16>) -> tensor<8x1024x16xbf16>
    %cst_14 = stablehlo.constant dense<2.000000e+00> : tensor<bf16>
    %133 = stablehlo.broadcast_in_dim %cst_14, dims = [] : (tensor<bf16>) -> tensor<8x1024x16xbf16>
    %134 = stablehlo.multiply %132, %133 : tensor<8x1024x16xbf16>
    %135 = stablehlo.convert %arg26 : (tensor<16x5376xf32>) -> tensor<16x5376xbf16>
    %136 = stablehlo.dot_general %134, %135, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<8x1024x16xbf16>, tensor<16x5376xbf16>) -> tensor<8x1024x5376xbf16>
    %137 = stablehlo.add %130, %136 : tensor<8x1024x5376xbf16>
    %138 = stablehlo.convert %137 : (tensor<8x1024x5376xbf16>) -> tensor<8x1024x5376xf32>
    %139 = stablehlo.multiply %138, %138 : tensor<8x1024x5376xf32>
    %cst_15 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %140 = stablehlo.reduce(%139 init: %cst_15) applies stablehlo.add across dimensions = [2] : (tensor<8x1024x5376xf32>, tensor<f32>) -> tensor<8x1024xf32>
    %141 = stablehlo.broadcast_in_dim %140, dims = [0, 1] : (tensor<8x1024xf32>) -> tensor<8x1024x1xf32>
    %cst_16 = stablehlo.constant dense<5.376000e+03> : tensor<f32>
    %142 = stablehlo.broadcast_in_dim %cst_16, dims = [] : (tensor<f32>) -> tensor<8x1024x1xf32>
    %143 = stablehlo.divide %141, %142 : tensor<8x1024x1xf32>
    %cst_17 = stablehlo.constant dense<9.99999997E-7> : tensor<f32>
    %144 = stablehlo.broadcast_in_dim %cst_17, dims = [] : (tensor<f32>) -> tensor<8x1024x1xf32>
    %145 = stablehlo.add %143, %144 : tensor<8x1024x1xf32>
    %146 = stablehlo.rsqrt %145 : tensor<8x1024x1xf32>
    %147 = stablehlo.broadcast_in_dim %146, dims = [0, 1, 2] : (tensor<8x1024x1xf32>) -> tensor<8x1024x5376xf32>
    %148 = stablehlo.multiply %138, %147 : tensor<8x1024x5376xf32>
    %149 = stablehlo.convert %arg13 : (tensor<5376xbf16>) -> tensor<5376xf32>
    %cst_18 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %150 = stablehlo.broadcast_in_dim %cst_18, dims = [] : (tensor<f32>) -> tensor<5376xf32>
    %151 = stablehlo.add %150, %149 : tensor<5376xf32>
    %152 = stablehlo.broadcast_in_dim %151, dims = [2] : (tensor<5376xf32>) -> tensor<1x1x5376xf32>
    %153 = stablehlo.broadcast_in_dim %152, dims = [0, 1, 2] : (tensor<1x1x5376xf32>) -> tensor<8x1024x5376xf32>
    %154 = stablehlo.multiply %148, %153 : tensor<8x1024x5376xf32>
    %155 = stablehlo.convert %154 : (tensor<8x1024x5376xf32>) -> tensor<8x1024x5376xbf16>
    %156 = stablehlo.add %arg5, %155 : tensor<8x1024x5376xbf16>
    %157 = stablehlo.convert %156 : (tensor<8x1024x5376xbf16>) -> tensor<8x1024x5376xf32>
    %158 = stablehlo.multiply %157, %157 : tensor<8x1024x5376xf32>
    %cst_19 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %159 = stablehlo.reduce(%158 init: %cst_19) applies stablehlo.add across dimensions = [2] : (tensor<8x1024x5376xf32>, tensor<f32>) -> tensor<8x1024xf32>
    %160 = stablehlo.broadcast_in_dim %159, dims = [0, 1] : (tensor<8x1024xf32>) -> tensor<8x1024x1xf32>
    %cst_20 = stablehlo.constant dense<5.376000e+03> : tensor<f32>
    %161 = stablehlo.broadcast_in_dim %cst_20, dims = [] : (tensor<f32>) -> tensor<8x1024x1xf32>
    %162 = stablehlo.divide %160, %161 : tensor<8x1024x1xf32>
    %cst_21 = stablehlo.constant dense<9.99999997E-7> : tensor<f32>
    %163 = stablehlo.broadcast_in_dim %cst_21, dims = [] : (tensor<f32>) -> tensor<8x1024x1xf32>
    %164 = stablehlo.add %162, %163 : tensor<8x1024x1xf32>
    %165 = stablehlo.rsqrt %164 : tensor<8x1024x1xf32>
    %166 = stablehlo.broadcast_in_dim %165, dims = [0, 1, 2] : (tensor<8x1024x1xf32>) -> tensor<8x1024x5376xf32>
    %167 = stablehlo.multiply %157, %166 : tensor<8x1024x5376xf32>
    %168 = stablehlo.convert %arg14 : (tensor<5376xbf16>) -> tensor<5376xf32>
    %cst_22 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %169 = stablehlo.broadcast_in_dim %cst_22, dims = [] : (tensor<f32>) -> tensor<5376xf32>
    %170 = stablehlo.add %169, %168 : tensor<5376xf32>
    %171 = stablehlo.broadcast_in_dim %170, dims = [2] : (tensor<5376xf32>) -> tensor<1x1x5376xf32>
    %172 = stablehlo.broadcast_in_dim %171, dims = [0, 1, 2] : (tensor<1x1x5376xf32>) -> tensor<8x1024x5376xf32>
    %173 = stablehlo.multiply %167, %172 : tensor<8x1024x5376xf32>
    %174 = stablehlo.convert %173 : (tensor<8x1024x5376xf32>) -> tensor<8x1024x5376xbf16>
    %175 = stablehlo.dot_general %174, %arg15, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<8x1024x5376xbf16>, tensor<5376x21504xbf16>) -> tensor<8x1024x21504xbf16>
    %176 = stablehlo.convert %arg21 : (tensor<5376x16xf32>) -> tensor<5376x16xbf16>
    %177 = stablehlo.dot_general %174, %176, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<8x1024x5376xbf16>, tensor<5376x16xbf16>) -> tensor<8x1024x16xbf16>
    %cst_23 = stablehlo.constant dense<2.000000e+00> : tensor<bf16>
    %178 = stablehlo.broadcast_in_dim %cst_23, dims = [] : (tensor<bf16>) -> tensor<8x1024x16xbf16>
    %179 = stablehlo.multiply %177, %178 : tensor<8x1024x16xbf16>
    %180 = stablehlo.convert %arg22 : (tensor<16x21504xf32>) -> tensor<16x21504xbf16>
    %181 = stablehlo.dot_general %179, %180, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<8x1024x16xbf16>, tensor<16x21504xbf16>) -> tensor<8x1024x21504xbf16>
    %182 = stablehlo.add %175, %181 : tensor<8x1024x21504xbf16>
    %183 = stablehlo.multiply %182, %182 : tensor<8x1024x21504xbf16>
    %184 = stablehlo.multiply %183, %182 : tensor<8x1024x21504xbf16>
    %cst_24 = stablehlo.constant dense<4.467770e-02> : tensor<bf16>
    %185 = stablehlo.broadcast_in_dim %cst_24, dims = [] : (tensor<bf16>) -> tensor<8x1024x21504xbf16>
    %186 = stablehlo.multiply %185, %184 : tensor<8x1024x21504xbf16>
    %187 = stablehlo.add %182, %186 : tensor<8x1024x21504xbf16>
    %cst_25 = stablehlo.constant dense<7.968750e-01> : tensor<bf16>
    %188 = stablehlo.broadcast_in_dim %cst_25, dims = [] : (tensor<bf16>) -> tensor<8x1024x21504xbf16>
    %189 = stablehlo.multiply %188, %187 : tensor<8x1024x21504xbf16>
    %190 = stablehlo.tanh %189 : tensor<8x1024x21504xbf16>
    %cst_26 = stablehlo.constant dense<1.000000e+00> : tensor<bf16>
    %191 = stablehlo.broadcast_in_dim %cst_26, dims = [] : (tensor<bf16>) -> tensor<8x1024x21504xbf16>
    %192 = stablehlo.add %191, %190 : tensor<8x1024x21504xbf16>
    %cst_27 = stablehlo.constant dense<5.000000e-01> : tensor<bf16>
    %193 = stablehlo.broadcast_in_dim %cst_27, dims = [] : (tensor<bf16>) -> tensor<8x1024x21504xbf16>
    %194 = stablehlo.multiply %193, %192 : tensor<8x1024x21504xbf16>
    %195 = stablehlo.multiply %182, %194 : tensor<8x1024x21504xbf16>
    %196 = stablehlo.dot_general %174, %arg16, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<8x1024x5376xbf16>, tensor<5376x21504xbf16>) -> tensor<8x1024x21504xbf16>
    %197 = stablehlo.convert %arg29 : (tensor<5376x16xf32>) -> tensor<5376x16xbf16>
    %198 = stablehlo.dot_general %174, %197, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<8x1024x5376xbf16>, tensor<5376x16xbf16>) -> tensor<8x1024x16xbf16>
    %cst_28 = stablehlo.constant dense<2.000000e+00> : tensor<bf16>
    %199 = stablehlo.broadcast_in_dim %cst_28, dims = [] : (tensor<bf16>) -> tensor<8x1024x16xbf16>
    %200 = stablehlo.multiply %198, %199 : tensor<8x1024x16xbf16>
    %201 = stablehlo.convert %arg30 : (tensor<16x21504xf32>) -> tensor<16x21504xbf16>
    %202 = stablehlo.dot_general %200, %201, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<8x1024x16xbf16>, tensor<16x21504xbf16>) -> tensor<8x1024x21504xbf16>
    %203 = stablehlo.add %196, %202 : tensor<8x1024x21504xbf16>
    %204 = stablehlo.multiply %195, %203 : tensor<8x1024x21504xbf16>
    %205 = stablehlo.dot_general %204, %arg17, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<8x1024x21504xbf16>, tensor<21504x5376xbf16>) -> tensor<8x1024x5376xbf16>
    %206 = stablehlo.convert %arg19 : (tensor<21504x16xf32>) -> tensor<21504x16xbf16>
    %207 = stablehlo.dot_general %204, %206, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<8x1024x21504xbf16>, tensor<21504x16xbf16>) -> tensor<8x1024x16xbf16>
    %cst_29 = stablehlo.constant dense<2.000000e+00> : tensor<bf16>
    %208 = stablehlo.broadcast_in_dim %cst_29, dims = [] : (tensor<bf16>) -> tensor<8x1024x16xbf16>
    %209 = stablehlo.multiply %207, %208 : tensor<8x1024x16xbf16>
    %210 = stablehlo.convert %arg20 : (tensor<16x5376xf32>) -> tensor<16x5376xbf16>
    %211 = stablehlo.dot_general %209, %210, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<8x1024x16xbf16>, tensor<16x5376xbf16>) -> tensor<8x1024x5376xbf16>
    %212 = stablehlo.add %205, %211 : tensor<8x1024x5376xbf16>
    %213 = stablehlo.convert %212 : (tensor<8x1024x5376xbf16>) -> tensor<8x1024x5376xf32>
    %214 = stablehlo.multiply %213, %213 : tensor<8x1024x5376xf32>
    %cst_30 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %215 = stablehlo.reduce(%214 init: %cst_30) applies stablehlo.add across dimensions = [2] : (tensor<8x1024x5376xf32>, tensor<f32>) -> tensor<8x1024xf32>
    %216 = stablehlo.broadcast_in_dim %215, dims = [0, 1] : (tensor<8x1024xf32>) -> tensor<8x1024x1xf32>
    %cst_31 = stablehlo.constant dense<5.376000e+03> : tensor<f32>
    %217 = stablehlo.broadcast_in_dim %cst_31, dims = [] : (tensor<f32>) -> tensor<8x1024x1xf32>
    %218 = stablehlo.divide %216, %217 : tensor<8x1024x1xf32>
    %cst_32 = stablehlo.constant dense<9.99999997E-7> : tensor<f32>
    %219 = stablehlo.broadcast_in_dim %cst_32, dims = [] : (tensor<f32>) -> tensor<8x1024x1xf32>
    %220 = stablehlo.add %218, %219 : tensor<8x1024x1xf32>
    %221 = stablehlo.rsqrt %220 : tensor<8x1024x1xf32>
    %222 = stablehlo.broadcast_in_dim %221, dims = [0, 1, 2] : (tensor<8x1024x1xf32>) -> tensor<8x1024x5376xf32>
    %223 = stablehlo.multiply %213, %222 : tensor<8x1024x5376xf32>
    %224 = stablehlo.convert %arg18 : (tensor<5376xbf16>) -> tensor<5376xf32>
    %cst_33 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %225 = stablehlo.broadcast_in_dim %cst_33, dims = [] : (tensor<f32>) -> tensor<5376xf32>
    %226 = stablehlo.add %225, %224 : tensor<5376xf32>
    %227 = stablehlo.broadcast_in_dim %226, dims = [2] : (tensor<5376xf32>) -> tensor<1x1x5376xf32>
    %228 = stablehlo.broadcast_in_dim %227, dims = [0, 1, 2] : (tensor<1x1x5376xf32>) -> tensor<8x1024x5376xf32>
    %229 = stablehlo.multiply %223, %228 : tensor<8x1024x5376xf32>
    %230 = stablehlo.convert %229 : (tensor<8x1024x5376xf32>) -> tensor<8x1024x5376xbf16>
    %231 = stablehlo.add %156, %230 : tensor<8x1024x5376xbf16>
    return %231, %arg5 : tensor<8x1024x5376xbf16>, tensor<8x1024x5376xbf16>
  }
  func.func private @_where_14(%arg0: tensor<i1>, %arg1: tensor<64xf32>, %arg2: tensor<64xf32>) -> tensor<64xf32> {
    %0 = stablehlo.select %arg0, %arg2, %arg1 : tensor<i1>, tensor<64xf32>
    return %0 : tensor<64xf32>
  }
  func.func private @_where_15(%arg0: tensor<8x1x1x1024x1024xi1>, %arg1: tensor<8x16x2x1024x1024xf32>, %arg2: tensor<f32>) -> tensor<8x16x2x1024x1024xf32> {
    %0 = stablehlo.convert %arg2 : tensor<f32>
    %1 = stablehlo.broadcast_in_dim %arg0, dims = [0, 1, 2, 3, 4] : (tensor<8x1x1x1024x1024xi1>) -> tensor<8x16x2x1024x1024xi1>
    %2 = stablehlo.broadcast_in_dim %0, dims = [] : (tensor<f32>) -> tensor<8x16x2x1024x1024xf32>
    %3 = stablehlo.select %1, %arg1, %2 : tensor<8x16x2x1024x1024xi1>, tensor<8x16x2x1024x1024xf32>
    return %3 : tensor<8x16x2x1024x1024xf32>
  }
  func.func private @dynamic_update_index_in_dim(%arg0: tensor<62x8x1024x5376xbf16>, %arg1: tensor<8x1024x5376xbf16>, %arg2: tensor<i32>) -> tensor<62x8x1024x5376xbf16> {
    %0 = stablehlo.broadcast_in_dim %arg1, dims = [1, 2, 3] : (tensor<8x1024x5376xbf16>) -> tensor<1x8x1024x5376xbf16>
    %c = stablehlo.constant dense<0> : tensor<i32>
    %c_0 = stablehlo.constant dense<0> : tensor<i32>
    %c_1 = stablehlo.constant dense<0> : tensor<i32>
    %1 = stablehlo.dynamic_update_slice %arg0, %0, %arg2, %c, %c_0, %c_1 : (tensor<62x8x1024x5376xbf16>, tensor<1x8x1024x5376xbf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<62x8x1024x5376xbf16>
    return %1 : tensor<62x8x1024x5376xbf16>
  }
  func.func private @_pad(%arg0: tensor<8x512x5376xbf16>, %arg1: tensor<i32>) -> tensor<8x512x5376xbf16> {
    %0 = stablehlo.convert %arg1 : (tensor<i32>) -> tensor<bf16>
    %1 = stablehlo.pad %arg0, %0, low = [0, 0, 0], high = [0, 0, 0], interior = [0, 0, 0] : (tensor<8x512x5376xbf16>, tensor<bf16>) -> tensor<8x512x5376xbf16>
    return %1 : tensor<8x512x5376xbf16>
  }
  func.func private @_pad_16(%arg0: tensor<8x512xi32>, %arg1: tensor<i32>) -> tensor<8x512xi32> {
    %0 = stablehlo.convert %arg1 : tensor<i32>
    %1 = stablehlo.pad %arg0, %0, low = [0, 0], high = [0, 0], interior = [0, 0] : (tensor<8x512xi32>, tensor<i32>) -> tensor<8x512xi32>
    return %1 : tensor<8x512xi32>
  }
  func.func private @dynamic_index_in_dim_17(%arg0: tensor<8x8x64x5376xbf16>, %arg1: tensor<i32>) -> tensor<8x64x5376xbf16> {
    %c = stablehlo.constant dense<0> : tensor<i32>
    %c_0 = stablehlo.constant dense<0> : tensor<i32>
    %c_1 = stablehlo.constant dense<0> : tensor<i32>
    %0 = stablehlo.dynamic_slice %arg0, %arg1, %c, %c_0, %c_1, sizes = [1, 8, 64, 5376] : (tensor<8x8x64x5376xbf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x8x64x5376xbf16>
    %1 = stablehlo.reshape %0 : (tensor<1x8x64x5376xbf16>) -> tensor<8x64x5376xbf16>
    return %1 : tensor<8x64x5376xbf16>
  }
  func.func private @dynamic_index_in_dim_18(%arg0: tensor<8x8x64xi32>, %arg1: tensor<i32>) -> tensor<8x64xi32> {
    %c = stablehlo.constant dense<0> : tensor<i32>
    %c_0 = stablehlo.constant dense<0> : tensor<i32>
    %0 = stablehlo.dynamic_slice %arg0, %arg1, %c, %c_0, sizes = [1, 8, 64] : (tensor<8x8x64xi32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x8x64xi32>
    %1 = stablehlo.reshape %0 : (tensor<1x8x64xi32>) -> tensor<8x64xi32>
    return %1 : tensor<8x64xi32>
  }
  func.func private @closed_call_19(%arg0: tensor<1x1x5376xf32>, %arg1: tensor<262144x5376xbf16>, %arg2: tensor<8x64xf32>, %arg3: tensor<8x64x5376xbf16>, %arg4: tensor<8x64xi32>) -> tensor<8x64xf32> {
    %0 = stablehlo.convert %arg3 : (tensor<8x64x5376xbf16>) -> tensor<8x64x5376xf32>
    %1 = stablehlo.multiply %0, %0 : tensor<8x64x5376xf32>
    %cst = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %2 = stablehlo.reduce(%1 init: %cst) applies stablehlo.add across dimensions = [2] : (tensor<8x64x5376xf32>, tensor<f32>) -> tensor<8x64xf32>
    %3 = stablehlo.broadcast_in_dim %2, dims = [0, 1] : (tensor<8x64xf32>) -> tensor<8x64x1xf32>
    %cst_0 = stablehlo.constant dense<5.376000e+03> : tensor<f32>
    %4 = stablehlo.broadcast_in_dim %cst_0, dims = [] : (tensor<f32>) -> tensor<8x64x1xf32>
    %5 = stablehlo.divide %3, %4 : tensor<8x64x1xf32>
    %cst_1 = stablehlo.constant dense<9.99999997E-7> : tensor<f32>
    %6 = stablehlo.broadcast_in_dim %cst_1, dims = [] : (tensor<f32>) -> tensor<8x64x1xf32>
    %7 = stablehlo.add %5, %6 : tensor<8x64x1xf32>
    %8 = stablehlo.rsqrt %7 : tensor<8x64x1xf32>
    %9 = stablehlo.broadcast_in_dim %8, dims = [0, 1, 2] : (tensor<8x64x1xf32>) -> tensor<8x64x5376xf32>
    %10 = stablehlo.multiply %0, %9 : tensor<8x64x5376xf32>
    %11 = stablehlo.broadcast_in_dim %arg0, dims = [0, 1, 2] : (tensor<1x1x5376xf32>) -> tensor<8x64x5376xf32>
    %12 = stablehlo.multiply %10, %11 : tensor<8x64x5376xf32>
    %13 = stablehlo.convert %12 : (tensor<8x64x5376xf32>) -> tensor<8x64x5376xbf16>
    %14 = stablehlo.dot_general %13, %arg1, contracting_dims = [2] x [1], precision = [DEFAULT, DEFAULT] : (tensor<8x64x5376xbf16>, tensor<262144x5376xbf16>) -> tensor<8x64x262144xf32>
    %cst_2 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %15 = stablehlo.broadcast_in_dim %cst_2, dims = [] : (tensor<f32>) -> tensor<8x64x262144xf32>
    %16 = stablehlo.divide %14, %15 : tensor<8x64x262144xf32>
    %17 = stablehlo.broadcast_in_dim %arg4, dims = [0, 1] : (tensor<8x64xi32>) -> tensor<8x64x1xi32>
    %18 = call @take_along_axis(%16, %17) : (tensor<8x64x262144xf32>, tensor<8x64x1xi32>) -> tensor<8x64x1xf32>
    %19 = stablehlo.reshape %18 : (tensor<8x64x1xf32>) -> tensor<8x64xf32>
    %cst_3 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %20 = stablehlo.reduce(%16 init: %cst_3) applies stablehlo.maximum across dimensions = [2] : (tensor<8x64x262144xf32>, tensor<f32>) -> tensor<8x64xf32>
    %cst_4 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %21 = stablehlo.broadcast_in_dim %cst_4, dims = [] : (tensor<f32>) -> tensor<8x64xf32>
    %22 = stablehlo.maximum %21, %20 : tensor<8x64xf32>
    %23 = stablehlo.is_finite %22 : (tensor<8x64xf32>) -> tensor<8x64xi1>
    %24 = stablehlo.select %23, %22, %arg2 : tensor<8x64xi1>, tensor<8x64xf32>
    %25 = stablehlo.broadcast_in_dim %24, dims = [0, 1] : (tensor<8x64xf32>) -> tensor<8x64x1xf32>
    %26 = stablehlo.broadcast_in_dim %25, dims = [0, 1, 2] : (tensor<8x64x1xf32>) -> tensor<8x64x262144xf32>
    %27 = stablehlo.subtract %16, %26 : tensor<8x64x262144xf32>
    %28 = stablehlo.exponential %27 : tensor<8x64x262144xf32>
    %cst_5 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %29 = stablehlo.reduce(%28 init: %cst_5) applies stablehlo.add across dimensions = [2] : (tensor<8x64x262144xf32>, tensor<f32>) -> tensor<8x64xf32>
    %30 = stablehlo.abs %29 : tensor<8x64xf32>
    %31 = stablehlo.log %30 : tensor<8x64xf32>
    %32 = stablehlo.add %31, %24 : tensor<8x64xf32>
    %33 = stablehlo.subtract %19, %32 : tensor<8x64xf32>
    return %33 : tensor<8x64xf32>
  }
  func.func private @take_along_axis(%arg0: tensor<8x64x262144xf32>, %arg1: tensor<8x64x1xi32>) -> tensor<8x64x1xf32> {
    %c = stablehlo.constant dense<0> : tensor<i32>
    %0 = stablehlo.broadcast_in_dim %c, dims = [] : (tensor<i32>) -> tensor<8x64x1xi32>
    %1 = stablehlo.compare LT, %arg1, %0, SIGNED : (tensor<8x64x1xi32>, tensor<8x64x1xi32>) -> tensor<8x64x1xi1>
    %c_0 = stablehlo.constant dense<262144> : tensor<i32>
    %2 = stablehlo.broadcast_in_dim %c_0, dims = [] : (tensor<i32>) -> tensor<8x64x1xi32>
    %3 = stablehlo.add %arg1, %2 : tensor<8x64x1xi32>
    %4 = stablehlo.select %1, %3, %arg1 : tensor<8x64x1xi1>, tensor<8x64x1xi32>
    %5 = stablehlo.reshape %4 : (tensor<8x64x1xi32>) -> tensor<8x64x1x1xi32>
    %c_1 = stablehlo.constant dense<262143> : tensor<1xi32>
    %c_2 = stablehlo.constant dense<0> : tensor<i32>
    %6 = stablehlo.broadcast_in_dim %c_2, dims = [] : (tensor<i32>) -> tensor<8x64x1x1xi32>
    %7 = stablehlo.compare GE, %5, %6, SIGNED : (tensor<8x64x1x1xi32>, tensor<8x64x1x1xi32>) -> tensor<8x64x1x1xi1>
    %8 = stablehlo.broadcast_in_dim %c_1, dims = [3] : (tensor<1xi32>) -> tensor<1x1x1x1xi32>
    %9 = stablehlo.broadcast_in_dim %8, dims = [0, 1, 2, 3] : (tensor<1x1x1x1xi32>) -> tensor<8x64x1x1xi32>
    %10 = stablehlo.compare LE, %5, %9, SIGNED : (tensor<8x64x1x1xi32>, tensor<8x64x1x1xi32>) -> tensor<8x64x1x1xi1>
    %11 = stablehlo.and %7, %10 : tensor<8x64x1x1xi1>
    %c_3 = stablehlo.constant dense<true> : tensor<i1>
    %12 = stablehlo.reduce(%11 init: %c_3) applies stablehlo.and across dimensions = [3] : (tensor<8x64x1x1xi1>, tensor<i1>) -> tensor<8x64x1xi1>
    %13 = "stablehlo.gather"(%arg0, %5) <{dimension_numbers = #stablehlo.gather<collapsed_slice_dims = [2], operand_batching_dims = [0, 1], start_indices_batching_dims = [0, 1], start_index_map = [2], index_vector_dim = 3>, indices_are_sorted = false, slice_sizes = array<i64: 1, 1, 1>}> : (tensor<8x64x262144xf32>, tensor<8x64x1x1xi32>) -> tensor<8x64x1xf32>
    %cst = stablehlo.constant dense<0x7FC00000> : tensor<f32>
    %14 = stablehlo.broadcast_in_dim %cst, dims = [] : (tensor<f32>) -> tensor<8x64x1xf32>
    %15 = stablehlo.select %12, %13, %14 : tensor<8x64x1xi1>, tensor<8x64x1xf32>
    return %15 : tensor<8x64x1xf32>
  }
  func.func private @dynamic_update_index_in_dim_20(%arg0: tensor<8x8x64xf32>, %arg1: tensor<8x64xf32>, %arg2: tensor<i32>) -> tensor<8x8x64xf32> {
    %0 = stablehlo.broadcast_in_dim %arg1, dims = [1, 2] : (tensor<8x64xf32>) -> tensor<1x8x64xf32>
    %c = stablehlo.constant dense<0> : tensor<i32>
    %c_0 = stablehlo.constant dense<0> : tensor<i32>
    %1 = stablehlo.dynamic_update_slice %arg0, %0, %arg2, %c, %c_0 : (tensor<8x8x64xf32>, tensor<1x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<8x8x64xf32>
    return %1 : tensor<8x8x64xf32>
  }
  func.func private @clip(%arg0: tensor<8x512xf32>, %arg1: tensor<f32>, %arg2: tensor<f32>) -> (tensor<8x512xf32>, tensor<8x512xf32>, tensor<8x512xf32>) {
    %0 = stablehlo.convert %arg1 : tensor<f32>
    %1 = stablehlo.broadcast_in_dim %0, dims = [] : (tensor<f32>) -> tensor<8x512xf32>
    %2 = stablehlo.maximum %1, %arg0 : tensor<8x512xf32>
    %3 = stablehlo.compare EQ, %arg0, %2, FLOAT : (tensor<8x512xf32>, tensor<8x512xf32>) -> tensor<8x512xi1>
    %cst = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %4 = stablehlo.broadcast_in_dim %cst, dims = [] : (tensor<f32>) -> tensor<8x512xf32>
    %cst_0 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %5 = stablehlo.broadcast_in_dim %cst_0, dims = [] : (tensor<f32>) -> tensor<8x512xf32>
    %6 = stablehlo.select %3, %4, %5 : tensor<8x512xi1>, tensor<8x512xf32>
    %7 = stablehlo.broadcast_in_dim %0, dims = [] : (tensor<f32>) -> tensor<8x512xf32>
    %8 = stablehlo.compare EQ, %7, %2, FLOAT : (tensor<8x512xf32>, tensor<8x512xf32>) -> tensor<8x512xi1>
    %cst_1 = stablehlo.constant dense<2.000000e+00> : tensor<f32>
    %9 = stablehlo.broadcast_in_dim %cst_1, dims = [] : (tensor<f32>) -> tensor<8x512xf32>
    %cst_2 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %10 = stablehlo.broadcast_in_dim %cst_2, dims = [] : (tensor<f32>) -> tensor<8x512xf32>
    %11 = stablehlo.select %8, %9, %10 : tensor<8x512xi1>, tensor<8x512xf32>
    %12 = stablehlo.divide %6, %11 : tensor<8x512xf32>
    %13 = stablehlo.convert %arg2 : tensor<f32>
    %14 = stablehlo.broadcast_in_dim %13, dims = [] : (tensor<f32>) -> tensor<8x512xf32>
    %15 = stablehlo.minimum %14, %2 : tensor<8x512xf32>
    %16 = stablehlo.compare EQ, %2, %15, FLOAT : (tensor<8x512xf32>, tensor<8x512xf32>) -> tensor<8x512xi1>
    %cst_3 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %17 = stablehlo.broadcast_in_dim %cst_3, dims = [] : (tensor<f32>) -> tensor<8x512xf32>
    %cst_4 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %18 = stablehlo.broadcast_in_dim %cst_4, dims = [] : (tensor<f32>) -> tensor<8x512xf32>
    %19 = stablehlo.select %16, %17, %18 : tensor<8x512xi1>, tensor<8x512xf32>
    %20 = stablehlo.broadcast_in_dim %13, dims = [] : (tensor<f32>) -> tensor<8x512xf32>
    %21 = stablehlo.compare EQ, %20, %15, FLOAT : (tensor<8x512xf32>, tensor<8x512xf32>) -> tensor<8x512xi1>
    %cst_5 = stablehlo.constant dense<2.000000e+00> : tensor<f32>
    %22 = stablehlo.broadcast_in_dim %cst_5, dims = [] : (tensor<f32>) -> tensor<8x512xf32>
    %cst_6 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %23 = stablehlo.broadcast_in_dim %cst_6, dims = [] : (tensor<f32>) -> tensor<8x512xf32>
    %24 = stablehlo.select %21, %22, %23 : tensor<8x512xi1>, tensor<8x512xf32>
    %25 = stablehlo.divide %19, %24 : tensor<8x512xf32>
    return %15, %12, %25 : tensor<8x512xf32>, tensor<8x512xf32>, tensor<8x512xf32>
  }
  func.func private @clip_21(%arg0: tensor<8x512xf32>, %arg1: tensor<8x512xf32>, %arg2: tensor<8x512xf32>) -> tensor<8x512xf32> {
    %0 = stablehlo.multiply %arg2, %arg1 : tensor<8x512xf32>
    %1 = stablehlo.multiply %0, %arg0 : tensor<8x512xf32>
    return %1 : tensor<8x512xf32>
  }
  func.func private @dynamic_index_in_dim_22(%arg0: tensor<8x8x64xf32>, %arg1: tensor<i32>) -> tensor<8x64xf32> {
    %c = stablehlo.constant dense<0> : tensor<i32>
    %c_0 = stablehlo.constant dense<0> : tensor<i32>
    %0 = stablehlo.dynamic_slice %arg0, %arg1, %c, %c_0, sizes = [1, 8, 64] : (tensor<8x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x8x64xf32>
    %1 = stablehlo.reshape %0 : (tensor<1x8x64xf32>) -> tensor<8x64xf32>
    return %1 : tensor<8x64xf32>
  }
  func.func private @closed_call_23(%arg0: tensor<5376xbf16>, %arg1: tensor<262208x5376xbf16>, %arg2: tensor<8x64xf32>, %arg3: tensor<8x64x5376xbf16>, %arg4: tensor<8x64xi32>) -> tensor<8x64x5376xbf16> {
    %0:5 = stablehlo.optimization_barrier %arg0, %arg1, %arg3, %arg4, %arg2 : tensor<5376xbf16>, tensor<262208x5376xbf16>, tensor<8x64x5376xbf16>, tensor<8x64xi32>, tensor<8x64xf32>
    %1 = stablehlo.convert %0#2 : (tensor<8x64x5376xbf16>) -> tensor<8x64x5376xf32>
    %2 = stablehlo.multiply %1, %1 : tensor<8x64x5376xf32>
    %cst = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %3 = stablehlo.reduce(%2 init: %cst) applies stablehlo.add across dimensions = [2] : (tensor<8x64x5376xf32>, tensor<f32>) -> tensor<8x64xf32>
    %4 = stablehlo.broadcast_in_dim %3, dims = [0, 1] : (tensor<8x64xf32>) -> tensor<8x64x1xf32>
    %cst_0 = stablehlo.constant dense<5.376000e+03> : tensor<f32>
    %5 = stablehlo.broadcast_in_dim %cst_0, dims = [] : (tensor<f32>) -> tensor<8x64x1xf32>
    %6 = stablehlo.divide %4, %5 : tensor<8x64x1xf32>
    %cst_1 = stablehlo.constant dense<9.99999997E-7> : tensor<f32>
    %7 = stablehlo.broadcast_in_dim %cst_1, dims = [] : (tensor<f32>) -> tensor<8x64x1xf32>
    %8 = stablehlo.add %6, %7 : tensor<8x64x1xf32>
    %9 = stablehlo.rsqrt %8 : tensor<8x64x1xf32>
    %10 = stablehlo.divide %9, %8 : tensor<8x64x1xf32>
    %cst_2 = stablehlo.constant dense<-5.000000e-01> : tensor<f32>
    %11 = stablehlo.broadcast_in_dim %cst_2, dims = [] : (tensor<f32>) -> tensor<8x64x1xf32>
    %12 = stablehlo.multiply %11, %10 : tensor<8x64x1xf32>
    %13 = stablehlo.broadcast_in_dim %9, dims = [0, 1, 2] : (tensor<8x64x1xf32>) -> tensor<8x64x5376xf32>
    %14 = stablehlo.multiply %1, %13 : tensor<8x64x5376xf32>
    %15 = stablehlo.convert %0#0 : (tensor<5376xbf16>) -> tensor<5376xf32>
    %cst_3 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %16 = stablehlo.broadcast_in_dim %cst_3, dims = [] : (tensor<f32>) -> tensor<5376xf32>
    %17 = stablehlo.add %16, %15 : tensor<5376xf32>
    %18 = stablehlo.broadcast_in_dim %17, dims = [2] : (tensor<5376xf32>) -> tensor<1x1x5376xf32>
    %19 = stablehlo.broadcast_in_dim %18, dims = [0, 1, 2] : (tensor<1x1x5376xf32>) -> tensor<8x64x5376xf32>
    %20 = stablehlo.multiply %14, %19 : tensor<8x64x5376xf32>
    %21 = stablehlo.convert %20 : (tensor<8x64x5376xf32>) -> tensor<8x64x5376xbf16>
    %22 = stablehlo.slice %0#1 [0:262144, 0:5376] : (tensor<262208x5376xbf16>) -> tensor<262144x5376xbf16>
    %23 = stablehlo.dot_general %21, %22, contracting_dims = [2] x [1], precision = [DEFAULT, DEFAULT] : (tensor<8x64x5376xbf16>, tensor<262144x5376xbf16>) -> tensor<8x64x262144xf32>
    %cst_4 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %24 = stablehlo.broadcast_in_dim %cst_4, dims = [] : (tensor<f32>) -> tensor<8x64x262144xf32>
    %25 = stablehlo.divide %23, %24 : tensor<8x64x262144xf32>
    %26 = stablehlo.broadcast_in_dim %0#3, dims = [0, 1] : (tensor<8x64xi32>) -> tensor<8x64x1xi32>
    %27 = call @take_along_axis_24(%26) : (tensor<8x64x1xi32>) -> tensor<8x64x1x1xi32>
    %cst_5 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %28 = stablehlo.reduce(%25 init: %cst_5) applies stablehlo.maximum across dimensions = [2] : (tensor<8x64x262144xf32>, tensor<f32>) -> tensor<8x64xf32>
    %cst_6 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %29 = stablehlo.broadcast_in_dim %cst_6, dims = [] : (tensor<f32>) -> tensor<8x64xf32>
    %30 = stablehlo.maximum %29, %28 : tensor<8x64xf32>
    %31 = stablehlo.is_finite %30 : (tensor<8x64xf32>) -> tensor<8x64xi1>
    %cst_7 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %32 = stablehlo.broadcast_in_dim %cst_7, dims = [] : (tensor<f32>) -> tensor<8x64xf32>
    %33 = stablehlo.select %31, %30, %32 : tensor<8x64xi1>, tensor<8x64xf32>
    %34 = stablehlo.broadcast_in_dim %33, dims = [0, 1] : (tensor<8x64xf32>) -> tensor<8x64x1xf32>
    %35 = stablehlo.broadcast_in_dim %34, dims = [0, 1, 2] : (tensor<8x64x1xf32>) -> tensor<8x64x262144xf32>
    %36 = stablehlo.subtract %25, %35 : tensor<8x64x262144xf32>
    %37 = stablehlo.exponential %36 : tensor<8x64x262144xf32>
    %cst_8 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %38 = stablehlo.reduce(%37 init: %cst_8) applies stablehlo.add across dimensions = [2] : (tensor<8x64x262144xf32>, tensor<f32>) -> tensor<8x64xf32>
    %39 = stablehlo.abs %38 : tensor<8x64xf32>
    %cst_9 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %40 = stablehlo.broadcast_in_dim %cst_9, dims = [] : (tensor<f32>) -> tensor<8x64xf32>
    %41 = stablehlo.compare GE, %38, %40, FLOAT : (tensor<8x64xf32>, tensor<8x64xf32>) -> tensor<8x64xi1>
    %42 = stablehlo.negate %0#4 : tensor<8x64xf32>
    %43 = stablehlo.divide %42, %39 : tensor<8x64xf32>
    %cst_10 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %44 = stablehlo.broadcast_in_dim %cst_10, dims = [] : (tensor<f32>) -> tensor<8x64xf32>
    %45 = stablehlo.select %41, %44, %43 : tensor<8x64xi1>, tensor<8x64xf32>
    %46 = stablehlo.select %41, %43, %44 : tensor<8x64xi1>, tensor<8x64xf32>
    %47 = stablehlo.negate %45 : tensor<8x64xf32>
    %48 = stablehlo.add %46, %47 : tensor<8x64xf32>
    %49 = stablehlo.broadcast_in_dim %48, dims = [0, 1] : (tensor<8x64xf32>) -> tensor<8x64x262144xf32>
    %50 = stablehlo.multiply %49, %37 : tensor<8x64x262144xf32>
    %51 = stablehlo.broadcast_in_dim %0#4, dims = [0, 1] : (tensor<8x64xf32>) -> tensor<8x64x1xf32>
    %52 = call @take_along_axis_25(%27, %51) : (tensor<8x64x1x1xi32>, tensor<8x64x1xf32>) -> tensor<8x64x262144xf32>
    %53 = stablehlo.add %50, %52 : tensor<8x64x262144xf32>
    %cst_11 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %54 = stablehlo.broadcast_in_dim %cst_11, dims = [] : (tensor<f32>) -> tensor<8x64x262144xf32>
    %55 = stablehlo.divide %53, %54 : tensor<8x64x262144xf32>
    %56 = stablehlo.dot_general %55, %22, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<8x64x262144xf32>, tensor<262144x5376xbf16>) -> tensor<8x64x5376xf32>
    %57 = stablehlo.convert %56 : (tensor<8x64x5376xf32>) -> tensor<8x64x5376xbf16>
    %58 = stablehlo.convert %57 : (tensor<8x64x5376xbf16>) -> tensor<8x64x5376xf32>
    %59 = stablehlo.broadcast_in_dim %18, dims = [0, 1, 2] : (tensor<1x1x5376xf32>) -> tensor<8x64x5376xf32>
    %60 = stablehlo.multiply %58, %59 : tensor<8x64x5376xf32>
    %61 = stablehlo.multiply %1, %60 : tensor<8x64x5376xf32>
    %cst_12 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %62 = stablehlo.reduce(%61 init: %cst_12) applies stablehlo.add across dimensions = [2] : (tensor<8x64x5376xf32>, tensor<f32>) -> tensor<8x64xf32>
    %63 = stablehlo.reshape %62 : (tensor<8x64xf32>) -> tensor<8x64x1xf32>
    %64 = stablehlo.broadcast_in_dim %9, dims = [0, 1, 2] : (tensor<8x64x1xf32>) -> tensor<8x64x5376xf32>
    %65 = stablehlo.multiply %60, %64 : tensor<8x64x5376xf32>
    %66 = stablehlo.multiply %63, %12 : tensor<8x64x1xf32>
    %cst_13 = stablehlo.constant dense<5.376000e+03> : tensor<f32>
    %67 = stablehlo.broadcast_in_dim %cst_13, dims = [] : (tensor<f32>) -> tensor<8x64x1xf32>
    %68 = stablehlo.divide %66, %67 : tensor<8x64x1xf32>
    %cst_14 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %69 = stablehlo.reduce(%68 init: %cst_14) applies stablehlo.add across dimensions = [2] : (tensor<8x64x1xf32>, tensor<f32>) -> tensor<8x64xf32>
    %70 = stablehlo.broadcast_in_dim %69, dims = [0, 1] : (tensor<8x64xf32>) -> tensor<8x64x5376xf32>
    %71 = stablehlo.multiply %1, %70 : tensor<8x64x5376xf32>
    %72 = stablehlo.add %65, %71 : tensor<8x64x5376xf32>
    %73 = stablehlo.multiply %70, %1 : tensor<8x64x5376xf32>
    %74 = stablehlo.add %72, %73 : tensor<8x64x5376xf32>
    %75 = stablehlo.convert %74 : (tensor<8x64x5376xf32>) -> tensor<8x64x5376xbf16>
    return %75 : tensor<8x64x5376xbf16>
  }
  func.func private @take_along_axis_24(%arg0: tensor<8x64x1xi32>) -> tensor<8x64x1x1xi32> {
    %c = stablehlo.constant dense<0> : tensor<i32>
    %0 = stablehlo.broadcast_in_dim %c, dims = [] : (tensor<i32>) -> tensor<8x64x1xi32>
    %1 = stablehlo.compare LT, %arg0, %0, SIGNED : (tensor<8x64x1xi32>, tensor<8x64x1xi32>) -> tensor<8x64x1xi1>
    %c_0 = stablehlo.constant dense<262144> : tensor<i32>
    %2 = stablehlo.broadcast_in_dim %c_0, dims = [] : (tensor<i32>) -> tensor<8x64x1xi32>
    %3 = stablehlo.add %arg0, %2 : tensor<8x64x1xi32>
    %4 = stablehlo.select %1, %3, %arg0 : tensor<8x64x1xi1>, tensor<8x64x1xi32>
    %5 = stablehlo.reshape %4 : (tensor<8x64x1xi32>) -> tensor<8x64x1x1xi32>
    return %5 : tensor<8x64x1x1xi32>
  }
  func.func private @take_along_axis_25(%arg0: tensor<8x64x1x1xi32>, %arg1: tensor<8x64x1xf32>) -> tensor<8x64x262144xf32> {
    %cst = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %0 = stablehlo.broadcast_in_dim %cst, dims = [] : (tensor<f32>) -> tensor<8x64x262144xf32>
    %1 = "stablehlo.scatter"(%0, %arg0, %arg1) <{indices_are_sorted = false, scatter_dimension_numbers = #stablehlo.scatter<inserted_window_dims = [2], input_batching_dims = [0, 1], scatter_indices_batching_dims = [0, 1], scatter_dims_to_operand_dims = [2], index_vector_dim = 3>, unique_indices = false}> ({
    ^bb0(%arg2: tensor<f32>, %arg3: tensor<f32>):
      %2 = stablehlo.add %arg2, %arg3 : tensor<f32>
      stablehlo.return %2 : tensor<f32>
    }) : (tensor<8x64x262144xf32>, tensor<8x64x1x1xi32>, tensor<8x64x1xf32>) -> tensor<8x64x262144xf32>
    return %1 : tensor<8x64x262144xf32>
  }
  func.func private @dynamic_update_index_in_dim_26(%arg0: tensor<8x8x64x5376xbf16>, %arg1: tensor<8x64x5376xbf16>, %arg2: tensor<i32>) -> tensor<8x8x64x5376xbf16> {
    %0 = stablehlo.broadcast_in_dim %arg1, dims = [1, 2, 3] : (tensor<8x64x5376xbf16>) -> tensor<1x8x64x5376xbf16>
    %c = stablehlo.constant dense<0> : tensor<i32>
    %c_0 = stablehlo.constant dense<0> : tensor<i32>
    %c_1 = stablehlo.constant dense<0> : tensor<i32>
    %1 = stablehlo.dynamic_update_slice %arg0, %0, %arg2, %c, %c_0, %c_1 : (tensor<8x8x64x5376xbf16>, tensor<1x8x64x5376xbf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<8x8x64x5376xbf16>
    return %1 : tensor<8x8x64x5376xbf16>
  }
  func.func private @_pad_27(%arg0: tensor<8x512x5376xbf16>) -> tensor<8x512x5376xbf16> {
    %cst = stablehlo.constant dense<0.000000e+00> : tensor<bf16>
    %0 = stablehlo.pad %arg0, %cst, low = [0, 0, 0], high = [0, 0, 0], interior = [0, 0, 0] : (tensor<8x512x5376xbf16>, tensor<bf16>) -> tensor<8x512x5376xbf16>
    %1 = stablehlo.slice %0 [0:8, 0:512, 0:5376] : (tensor<8x512x5376xbf16>) -> tensor<8x512x5376xbf16>
    return %1 : tensor<8x512x5376xbf16>
  }
  func.func private @dynamic_index_in_dim_28(%arg0: tensor<62x8x1024x5376xbf16>, %arg1: tensor<i32>) -> tensor<8x1024x5376xbf16> {
    %c = stablehlo.constant dense<0> : tensor<i32>
    %c_0 = stablehlo.constant dense<0> : tensor<i32>
    %c_1 = stablehlo.constant dense<0> : tensor<i32>
    %0 = stablehlo.dynamic_slice %arg0, %arg1, %c, %c_0, %c_1, sizes = [1, 8, 1024, 5376] : (tensor<62x8x1024x5376xbf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x8x1024x5376xbf16>
    %1 = stablehlo.reshape %0 : (tensor<1x8x1024x5376xbf16>) -> tensor<8x1024x5376xbf16>
    return %1 : tensor<8x1024x5376xbf16>
  }
  func.func private @closed_call_29(%arg0: tensor<8x1024xi32>, %arg1: tensor<8x1024xi32>, %arg2: tensor<8x1024x5376xbf16>, %arg3: tensor<8x1024x5376xbf16>, %arg4: tensor<5376xbf16>, %arg5: tensor<32x5376x128xbf16>, %arg6: tensor<16x5376x128xbf16>, %arg7: tensor<16x5376x128xbf16>, %arg8: tensor<32x128x5376xbf16>, %arg9: tensor<128xbf16>, %arg10: tensor<128xbf16>, %arg11: tensor<5376xbf16>, %arg12: tensor<5376xbf16>, %arg13: tensor<5376x21504xbf16>, %arg14: tensor<5376x21504xbf16>, %arg15: tensor<21504x5376xbf16>, %arg16: tensor<5376xbf16>, %arg17: tensor<21504x16xf32>, %arg18: tensor<16x5376xf32>, %arg19: tensor<5376x16xf32>, %arg20: tensor<16x21504xf32>, %arg21: tensor<5376x16xf32>, %arg22: tensor<16x16x128xf32>, %arg23: tensor<32x128x16xf32>, %arg24: tensor<16x5376xf32>, %arg25: tensor<5376x16xf32>, %arg26: tensor<16x32x128xf32>, %arg27: tensor<5376x16xf32>, %arg28: tensor<16x21504xf32>, %arg29: tensor<5376x16xf32>, %arg30: tensor<16x16x128xf32>, %arg31: tensor<i1>) -> (tensor<8x1024x5376xbf16>, tensor<21504x16xf32>, tensor<16x5376xf32>, tensor<5376x16xf32>, tensor<16x21504xf32>, tensor<5376x16xf32>, tensor<16x16x128xf32>, tensor<32x128x16xf32>, tensor<16x5376xf32>, tensor<5376x16xf32>, tensor<16x32x128xf32>, tensor<5376x16xf32>, tensor<16x21504xf32>, tensor<5376x16xf32>, tensor<16x16x128xf32>) {
    %0:32 = stablehlo.optimization_barrier %arg0, %arg1, %arg3, %arg4, %arg5, %arg6, %arg7, %arg8, %arg9, %arg10, %arg11, %arg12, %arg13, %arg14, %arg15, %arg16, %arg17, %arg18, %arg19, %arg20, %arg21, %arg22, %arg23, %arg24, %arg25, %arg26, %arg27, %arg28, %arg29, %arg30, %arg31, %arg2 : tensor<8x1024xi32>, tensor<8x1024xi32>, tensor<8x1024x5376xbf16>, tensor<5376xbf16>, tensor<32x5376x128xbf16>, tensor<16x5376x128xbf16>, tensor<16x5376x128xbf16>, tensor<32x128x5376xbf16>, tensor<128xbf16>, tensor<128xbf16>, tensor<5376xbf16>, tensor<5376xbf16>, tensor<5376x21504xbf16>, tensor<5376x21504xbf16>, tensor<21504x5376xbf16>, tensor<5376xbf16>, tensor<21504x16xf32>, tensor<16x5376xf32>, tensor<5376x16xf32>, tensor<16x21504xf32>, tensor<5376x16xf32>, tensor<16x16x128xf32>, tensor<32x128x16xf32>, tensor<16x5376xf32>, tensor<5376x16xf32>, tensor<16x32x128xf32>, tensor<5376x16xf32>, tensor<16x21504xf32>, tensor<5376x16xf32>, tensor<16x16x128xf32>, tensor<i1>, tensor<8x1024x5376xbf16>
    %1 = stablehlo.convert %0#2 : (tensor<8x1024x5376xbf16>) -> tensor<8x1024x5376xf32>
    %2 = stablehlo.multiply %1, %1 : tensor<8x1024x5376xf32>
    %cst = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %3 = stablehlo.reduce(%2 init: %cst) applies stablehlo.add across dimensions = [2] : (tensor<8x1024x5376xf32>, tensor<f32>) -> tensor<8x1024xf32>
    %4 = stablehlo.broadcast_in_dim %3, dims = [0, 1] : (tensor<8x1024xf32>) -> tensor<8x1024x1xf32>
    %cst_0 = stablehlo.constant dense<5.376000e+03> : tensor<f32>
    %5 = stablehlo.broadcast_in_dim %cst_0, dims = [] : (tensor<f32>) -> tensor<8x1024x1xf32>
    %6 = stablehlo.divide %4, %5 : tensor<8x1024x1xf32>
    %cst_1 = stablehlo.constant dense<9.99999997E-7> : tensor<f32>
    %7 = stablehlo.broadcast_in_dim %cst_1, dims = [] : (tensor<f32>) -> tensor<8x1024x1xf32>
    %8 = stablehlo.add %6, %7 : tensor<8x1024x1xf32>
    %9 = stablehlo.rsqrt %8 : tensor<8x1024x1xf32>
    %10 = stablehlo.divide %9, %8 : tensor<8x1024x1xf32>
    %cst_2 = stablehlo.constant dense<-5.000000e-01> : tensor<f32>
    %11 = stablehlo.broadcast_in_dim %cst_2, dims = [] : (tensor<f32>) -> tensor<8x1024x1xf32>
    %12 = stablehlo.multiply %11, %10 : tensor<8x1024x1xf32>
    %13 = stablehlo.broadcast_in_dim %9, dims = [0, 1, 2] : (tensor<8x1024x1xf32>) -> tensor<8x1024x5376xf32>
    %14 = stablehlo.multiply %1, %13 : tensor<8x1024x5376xf32>
    %15 = stablehlo.convert %0#3 : (tensor<5376xbf16>) -> tensor<5376xf32>
    %cst_3 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %16 = stablehlo.broadcast_in_dim %cst_3, dims = [] : (tensor<f32>) -> tensor<5376xf32>
    %17 = stablehlo.add %16, %15 : tensor<5376xf32>
    %18 = stablehlo.broadcast_in_dim %17, dims = [2] : (tensor<5376xf32>) -> tensor<1x1x5376xf32>
    %19 = stablehlo.broadcast_in_dim %18, dims = [0, 1, 2] : (tensor<1x1x5376xf32>) -> tensor<8x1024x5376xf32>
    %20 = stablehlo.multiply %14, %19 : tensor<8x1024x5376xf32>
    %21 = stablehlo.convert %20 : (tensor<8x1024x5376xf32>) -> tensor<8x1024x5376xbf16>
    %22 = stablehlo.dot_general %21, %0#4, contracting_dims = [2] x [1], precision = [DEFAULT, DEFAULT] : (tensor<8x1024x5376xbf16>, tensor<32x5376x128xbf16>) -> tensor<8x1024x32x128xbf16>
    %23 = stablehlo.convert %0#24 : (tensor<5376x16xf32>) -> tensor<5376x16xbf16>
    %24 = stablehlo.dot_general %21, %23, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<8x1024x5376xbf16>, tensor<5376x16xbf16>) -> tensor<8x1024x16xbf16>
    %cst_4 = stablehlo.constant dense<2.000000e+00> : tensor<bf16>
    %25 = stablehlo.broadcast_in_dim %cst_4, dims = [] : (tensor<bf16>) -> tensor<8x1024x16xbf16>
    %26 = stablehlo.multiply %24, %25 : tensor<8x1024x16xbf16>
    %27 = stablehlo.convert %0#25 : (tensor<16x32x128xf32>) -> tensor<16x32x128xbf16>
    %28 = stablehlo.dot_general %26, %27, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<8x1024x16xbf16>, tensor<16x32x128xbf16>) -> tensor<8x1024x32x128xbf16>
    %29 = stablehlo.add %22, %28 : tensor<8x1024x32x128xbf16>
    %30 = stablehlo.dot_general %21, %0#5, contracting_dims = [2] x [1], precision = [DEFAULT, DEFAULT] : (tensor<8x1024x5376xbf16>, tensor<16x5376x128xbf16>) -> tensor<8x1024x16x128xbf16>
    %31 = stablehlo.convert %0#20 : (tensor<5376x16xf32>) -> tensor<5376x16xbf16>
    %32 = stablehlo.dot_general %21, %31, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<8x1024x5376xbf16>, tensor<5376x16xbf16>) -> tensor<8x1024x16xbf16>
    %cst_5 = stablehlo.constant dense<2.000000e+00> : tensor<bf16>
    %33 = stablehlo.broadcast_in_dim %cst_5, dims = [] : (tensor<bf16>) -> tensor<8x1024x16xbf16>
    %34 = stablehlo.multiply %32, %33 : tensor<8x1024x16xbf16>
    %35 = stablehlo.convert %0#21 : (tensor<16x16x128xf32>) -> tensor<16x16x128xbf16>
    %36 = stablehlo.dot_general %34, %35, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<8x1024x16xbf16>, tensor<16x16x128xbf16>) -> tensor<8x1024x16x128xbf16>
    %37 = stablehlo.add %30, %36 : tensor<8x1024x16x128xbf16>
    %38 = stablehlo.dot_general %21, %0#6, contracting_dims = [2] x [1], precision = [DEFAULT, DEFAULT] : (tensor<8x1024x5376xbf16>, tensor<16x5376x128xbf16>) -> tensor<8x1024x16x128xbf16>
    %39 = stablehlo.convert %0#28 : (tensor<5376x16xf32>) -> tensor<5376x16xbf16>
    %40 = stablehlo.dot_general %21, %39, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<8x1024x5376xbf16>, tensor<5376x16xbf16>) -> tensor<8x1024x16xbf16>
    %cst_6 = stablehlo.constant dense<2.000000e+00> : tensor<bf16>
    %41 = stablehlo.broadcast_in_dim %cst_6, dims = [] : (tensor<bf16>) -> tensor<8x1024x16xbf16>
    %42 = stablehlo.multiply %40, %41 : tensor<8x1024x16xbf16>
    %43 = stablehlo.convert %0#29 : (tensor<16x16x128xf32>) -> tensor<16x16x128xbf16>
    %44 = stablehlo.dot_general %42, %43, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<8x1024x16xbf16>, tensor<16x16x128xbf16>) -> tensor<8x1024x16x128xbf16>
    %45 = stablehlo.add %38, %44 : tensor<8x1024x16x128xbf16>
    %46 = stablehlo.convert %29 : (tensor<8x1024x32x128xbf16>) -> tensor<8x1024x32x128xf32>
    %47 = stablehlo.multiply %46, %46 : tensor<8x1024x32x128xf32>
    %cst_7 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %48 = stablehlo.reduce(%47 init: %cst_7) applies stablehlo.add across dimensions = [3] : (tensor<8x1024x32x128xf32>, tensor<f32>) -> tensor<8x1024x32xf32>
    %49 = stablehlo.broadcast_in_dim %48, dims = [0, 1, 2] : (tensor<8x1024x32xf32>) -> tensor<8x1024x32x1xf32>
    %cst_8 = stablehlo.constant dense<1.280000e+02> : tensor<f32>
    %50 = stablehlo.broadcast_in_dim %cst_8, dims = [] : (tensor<f32>) -> tensor<8x1024x32x1xf32>
    %51 = stablehlo.divide %49, %50 : tensor<8x1024x32x1xf32>
    %cst_9 = stablehlo.constant dense<9.99999997E-7> : tensor<f32>
    %52 = stablehlo.broadcast_in_dim %cst_9, dims = [] : (tensor<f32>) -> tensor<8x1024x32x1xf32>
    %53 = stablehlo.add %51, %52 : tensor<8x1024x32x1xf32>
    %54 = stablehlo.rsqrt %53 : tensor<8x1024x32x1xf32>
    %55 = stablehlo.divide %54, %53 : tensor<8x1024x32x1xf32>
    %cst_10 = stablehlo.constant dense<-5.000000e-01> : tensor<f32>
    %56 = stablehlo.broadcast_in_dim %cst_10, dims = [] : (tensor<f32>) -> tensor<8x1024x32x1xf32>
    %57 = stablehlo.multiply %56, %55 : tensor<8x1024x32x1xf32>
    %58 = stablehlo.broadcast_in_dim %54, dims = [0, 1, 2, 3] : (tensor<8x1024x32x1xf32>) -> tensor<8x1024x32x128xf32>
    %59 = stablehlo.multiply %46, %58 : tensor<8x1024x32x128xf32>
    %60 = stablehlo.convert %0#8 : (tensor<128xbf16>) -> tensor<128xf32>
    %cst_11 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %61 = stablehlo.broadcast_in_dim %cst_11, dims = [] : (tensor<f32>) -> tensor<128xf32>
    %62 = stablehlo.add %61, %60 : tensor<128xf32>
    %63 = stablehlo.broadcast_in_dim %62, dims = [3] : (tensor<128xf32>) -> tensor<1x1x1x128xf32>
    %64 = stablehlo.broadcast_in_dim %63, dims = [0, 1, 2, 3] : (tensor<1x1x1x128xf32>) -> tensor<8x1024x32x128xf32>
    %65 = stablehlo.multiply %59, %64 : tensor<8x1024x32x128xf32>
    %66 = stablehlo.convert %65 : (tensor<8x1024x32x128xf32>) -> tensor<8x1024x32x128xbf16>
    %67 = stablehlo.convert %37 : (tensor<8x1024x16x128xbf16>) -> tensor<8x1024x16x128xf32>
    %68 = stablehlo.multiply %67, %67 : tensor<8x1024x16x128xf32>
    %cst_12 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %69 = stablehlo.reduce(%68 init: %cst_12) applies stablehlo.add across dimensions = [3] : (tensor<8x1024x16x128xf32>, tensor<f32>) -> tensor<8x1024x16xf32>
    %70 = stablehlo.broadcast_in_dim %69, dims = [0, 1, 2] : (tensor<8x1024x16xf32>) -> tensor<8x1024x16x1xf32>
    %cst_13 = stablehlo.constant dense<1.280000e+02> : tensor<f32>
    %71 = stablehlo.broadcast_in_dim %cst_13, dims = [] : (tensor<f32>) -> tensor<8x1024x16x1xf32>
    %72 = stablehlo.divide %70, %71 : tensor<8x1024x16x1xf32>
    %cst_14 = stablehlo.constant dense<9.99999997E-7> : tensor<f32>
    %73 = stablehlo.broadcast_in_dim %cst_14, dims = [] : (tensor<f32>) -> tensor<8x1024x16x1xf32>
    %74 = stablehlo.add %72, %73 : tensor<8x1024x16x1xf32>
    %75 = stablehlo.rsqrt %74 : tensor<8x1024x16x1xf32>
    %76 = stablehlo.divide %75, %74 : tensor<8x1024x16x1xf32>
    %cst_15 = stablehlo.constant dense<-5.000000e-01> : tensor<f32>
    %77 = stablehlo.broadcast_in_dim %cst_15, dims = [] : (tensor<f32>) -> tensor<8x1024x16x1xf32>
    %78 = stablehlo.multiply %77, %76 : tensor<8x1024x16x1xf32>
    %79 = stablehlo.broadcast_in_dim %75, dims = [0, 1, 2, 3] : (tensor<8x1024x16x1xf32>) -> tensor<8x1024x16x128xf32>
    %80 = stablehlo.multiply %67, %79 : tensor<8x1024x16x128xf32>
    %81 = stablehlo.convert %0#9 : (tensor<128xbf16>) -> tensor<128xf32>
    %cst_16 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %82 = stablehlo.broadcast_in_dim %cst_16, dims = [] : (tensor<f32>) -> tensor<128xf32>
    %83 = stablehlo.add %82, %81 : tensor<128xf32>
    %84 = stablehlo.broadcast_in_dim %83, dims = [3] : (tensor<128xf32>) -> tensor<1x1x1x128xf32>
    %85 = stablehlo.broadcast_in_dim %84, dims = [0, 1, 2, 3] : (tensor<1x1x1x128xf32>) -> tensor<8x1024x16x128xf32>
    %86 = stablehlo.multiply %80, %85 : tensor<8x1024x16x128xf32>
    %87 = stablehlo.convert %86 : (tensor<8x1024x16x128xf32>) -> tensor<8x1024x16x128xbf16>
    %88 = stablehlo.iota dim = 0 : tensor<64xf32>
    %cst_17 = stablehlo.constant dense<2.000000e+00> : tensor<f32>
    %89 = stablehlo.broadcast_in_dim %cst_17, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %90 = stablehlo.multiply %89, %88 : tensor<64xf32>
    %cst_18 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %91 = stablehlo.broadcast_in_dim %cst_18, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %92 = stablehlo.add %91, %90 : tensor<64xf32>
    %cst_19 = stablehlo.constant dense<1.280000e+02> : tensor<f32>
    %93 = stablehlo.broadcast_in_dim %cst_19, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %94 = stablehlo.divide %92, %93 : tensor<64xf32>
    %cst_20 = stablehlo.constant dense<1.000000e+04> : tensor<f32>
    %95 = stablehlo.broadcast_in_dim %cst_20, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %96 = stablehlo.power %95, %94 : tensor<64xf32>
    %cst_21 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %97 = stablehlo.broadcast_in_dim %cst_21, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %98 = stablehlo.divide %97, %96 : tensor<64xf32>
    %cst_22 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %99 = stablehlo.broadcast_in_dim %cst_22, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %100 = stablehlo.divide %98, %99 : tensor<64xf32>
    %101 = stablehlo.iota dim = 0 : tensor<64xf32>
    %cst_23 = stablehlo.constant dense<2.000000e+00> : tensor<f32>
    %102 = stablehlo.broadcast_in_dim %cst_23, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %103 = stablehlo.multiply %102, %101 : tensor<64xf32>
    %cst_24 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %104 = stablehlo.broadcast_in_dim %cst_24, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %105 = stablehlo.add %104, %103 : tensor<64xf32>
    %cst_25 = stablehlo.constant dense<1.280000e+02> : tensor<f32>
    %106 = stablehlo.broadcast_in_dim %cst_25, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %107 = stablehlo.divide %105, %106 : tensor<64xf32>
    %cst_26 = stablehlo.constant dense<1.000000e+06> : tensor<f32>
    %108 = stablehlo.broadcast_in_dim %cst_26, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %109 = stablehlo.power %108, %107 : tensor<64xf32>
    %cst_27 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %110 = stablehlo.broadcast_in_dim %cst_27, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %111 = stablehlo.divide %110, %109 : tensor<64xf32>
    %cst_28 = stablehlo.constant dense<8.000000e+00> : tensor<f32>
    %112 = stablehlo.broadcast_in_dim %cst_28, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %113 = stablehlo.divide %111, %112 : tensor<64xf32>
    %114 = call @_where_30(%0#30, %113, %100) : (tensor<i1>, tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %115 = stablehlo.convert %0#0 : (tensor<8x1024xi32>) -> tensor<8x1024xf32>
    %116 = stablehlo.broadcast_in_dim %115, dims = [0, 1] : (tensor<8x1024xf32>) -> tensor<8x1024x1xf32>
    %117 = stablehlo.broadcast_in_dim %114, dims = [2] : (tensor<64xf32>) -> tensor<1x1x64xf32>
    %118 = stablehlo.broadcast_in_dim %116, dims = [0, 1, 2] : (tensor<8x1024x1xf32>) -> tensor<8x1024x64xf32>
    %119 = stablehlo.broadcast_in_dim %117, dims = [0, 1, 2] : (tensor<1x1x64xf32>) -> tensor<8x1024x64xf32>
    %120 = stablehlo.multiply %118, %119 : tensor<8x1024x64xf32>
    %121 = stablehlo.sine %120 : tensor<8x1024x64xf32>
    %122 = stablehlo.broadcast_in_dim %121, dims = [0, 1, 3] : (tensor<8x1024x64xf32>) -> tensor<8x1024x1x64xf32>
    %123 = stablehlo.cosine %120 : tensor<8x1024x64xf32>
    %124 = stablehlo.broadcast_in_dim %123, dims = [0, 1, 3] : (tensor<8x1024x64xf32>) -> tensor<8x1024x1x64xf32>
    %125 = stablehlo.convert %66 : (tensor<8x1024x32x128xbf16>) -> tensor<8x1024x32x128xf32>
    %126 = stablehlo.slice %125 [0:8, 0:1024, 0:32, 0:64] : (tensor<8x1024x32x128xf32>) -> tensor<8x1024x32x64xf32>
    %127 = stablehlo.slice %125 [0:8, 0:1024, 0:32, 64:128] : (tensor<8x1024x32x128xf32>) -> tensor<8x1024x32x64xf32>
    %128 = stablehlo.broadcast_in_dim %124, dims = [0, 1, 2, 3] : (tensor<8x1024x1x64xf32>) -> tensor<8x1024x32x64xf32>
    %129 = stablehlo.multiply %126, %128 : tensor<8x1024x32x64xf32>
    %130 = stablehlo.broadcast_in_dim %122, dims = [0, 1, 2, 3] : (tensor<8x1024x1x64xf32>) -> tensor<8x1024x32x64xf32>
    %131 = stablehlo.multiply %127, %130 : tensor<8x1024x32x64xf32>
    %132 = stablehlo.subtract %129, %131 : tensor<8x1024x32x64xf32>
    %133 = stablehlo.broadcast_in_dim %124, dims = [0, 1, 2, 3] : (tensor<8x1024x1x64xf32>) -> tensor<8x1024x32x64xf32>
    %134 = stablehlo.multiply %127, %133 : tensor<8x1024x32x64xf32>
    %135 = stablehlo.broadcast_in_dim %122, dims = [0, 1, 2, 3] : (tensor<8x1024x1x64xf32>) -> tensor<8x1024x32x64xf32>
    %136 = stablehlo.multiply %126, %135 : tensor<8x1024x32x64xf32>
    %137 = stablehlo.add %134, %136 : tensor<8x1024x32x64xf32>
    %138 = stablehlo.concatenate %132, %137, dim = 3 : (tensor<8x1024x32x64xf32>, tensor<8x1024x32x64xf32>) -> tensor<8x1024x32x128xf32>
    %139 = stablehlo.convert %138 : (tensor<8x1024x32x128xf32>) -> tensor<8x1024x32x128xbf16>
    %140 = stablehlo.convert %0#0 : (tensor<8x1024xi32>) -> tensor<8x1024xf32>
    %141 = stablehlo.broadcast_in_dim %140, dims = [0, 1] : (tensor<8x1024xf32>) -> tensor<8x1024x1xf32>
    %142 = stablehlo.broadcast_in_dim %114, dims = [2] : (tensor<64xf32>) -> tensor<1x1x64xf32>
    %143 = stablehlo.broadcast_in_dim %141, dims = [0, 1, 2] : (tensor<8x1024x1xf32>) -> tensor<8x1024x64xf32>
    %144 = stablehlo.broadcast_in_dim %142, dims = [0, 1, 2] : (tensor<1x1x64xf32>) -> tensor<8x1024x64xf32>
    %145 = stablehlo.multiply %143, %144 : tensor<8x1024x64xf32>
    %146 = stablehlo.sine %145 : tensor<8x1024x64xf32>
    %147 = stablehlo.broadcast_in_dim %146, dims = [0, 1, 3] : (tensor<8x1024x64xf32>) -> tensor<8x1024x1x64xf32>
    %148 = stablehlo.cosine %145 : tensor<8x1024x64xf32>
    %149 = stablehlo.broadcast_in_dim %148, dims = [0, 1, 3] : (tensor<8x1024x64xf32>) -> tensor<8x1024x1x64xf32>
    %150 = stablehlo.convert %87 : (tensor<8x1024x16x128xbf16>) -> tensor<8x1024x16x128xf32>
    %151 = stablehlo.slice %150 [0:8, 0:1024, 0:16, 0:64] : (tensor<8x1024x16x128xf32>) -> tensor<8x1024x16x64xf32>
    %152 = stablehlo.slice %150 [0:8, 0:1024, 0:16, 64:128] : (tensor<8x1024x16x128xf32>) -> tensor<8x1024x16x64xf32>
    %153 = stablehlo.broadcast_in_dim %149, dims = [0, 1, 2, 3] : (tensor<8x1024x1x64xf32>) -> tensor<8x1024x16x64xf32>
    %154 = stablehlo.multiply %151, %153 : tensor<8x1024x16x64xf32>
    %155 = stablehlo.broadcast_in_dim %147, dims = [0, 1, 2, 3] : (tensor<8x1024x1x64xf32>) -> tensor<8x1024x16x64xf32>
    %156 = stablehlo.multiply %152, %155 : tensor<8x1024x16x64xf32>
    %157 = stablehlo.subtract %154, %156 : tensor<8x1024x16x64xf32>
    %158 = stablehlo.broadcast_in_dim %149, dims = [0, 1, 2, 3] : (tensor<8x1024x1x64xf32>) -> tensor<8x1024x16x64xf32>
    %159 = stablehlo.multiply %152, %158 : tensor<8x1024x16x64xf32>
    %160 = stablehlo.broadcast_in_dim %147, dims = [0, 1, 2, 3] : (tensor<8x1024x1x64xf32>) -> tensor<8x1024x16x64xf32>
    %161 = stablehlo.multiply %151, %160 : tensor<8x1024x16x64xf32>
    %162 = stablehlo.add %159, %161 : tensor<8x1024x16x64xf32>
    %163 = stablehlo.concatenate %157, %162, dim = 3 : (tensor<8x1024x16x64xf32>, tensor<8x1024x16x64xf32>) -> tensor<8x1024x16x128xf32>
    %164 = stablehlo.convert %163 : (tensor<8x1024x16x128xf32>) -> tensor<8x1024x16x128xbf16>
    %165 = stablehlo.convert %0#30 : (tensor<i1>) -> tensor<i32>
    %166:9 = "stablehlo.case"(%165) ({
      %528 = stablehlo.iota dim = 0 : tensor<1024xi32>
      %529 = stablehlo.broadcast_in_dim %528, dims = [1] : (tensor<1024xi32>) -> tensor<8x1024xi32>
      %530 = stablehlo.broadcast_in_dim %529, dims = [0, 1] : (tensor<8x1024xi32>) -> tensor<8x1024x1xi32>
      %531 = stablehlo.broadcast_in_dim %529, dims = [0, 2] : (tensor<8x1024xi32>) -> tensor<8x1x1024xi32>
      %532 = stablehlo.broadcast_in_dim %531, dims = [0, 1, 2] : (tensor<8x1x1024xi32>) -> tensor<8x1024x1024xi32>
      %533 = stablehlo.broadcast_in_dim %530, dims = [0, 1, 2] : (tensor<8x1024x1xi32>) -> tensor<8x1024x1024xi32>
      %534 = stablehlo.compare LE, %532, %533, SIGNED : (tensor<8x1024x1024xi32>, tensor<8x1024x1024xi32>) -> tensor<8x1024x1024xi1>
      %c = stablehlo.constant dense<0> : tensor<i32>
      %535 = stablehlo.broadcast_in_dim %c, dims = [] : (tensor<i32>) -> tensor<8x1x1024xi32>
      %536 = stablehlo.compare GE, %531, %535, SIGNED : (tensor<8x1x1024xi32>, tensor<8x1x1024xi32>) -> tensor<8x1x1024xi1>
      %537 = stablehlo.broadcast_in_dim %536, dims = [0, 1, 2] : (tensor<8x1x1024xi1>) -> tensor<8x1024x1024xi1>
      %538 = stablehlo.and %534, %537 : tensor<8x1024x1024xi1>
      %539 = stablehlo.broadcast_in_dim %530, dims = [0, 1, 2] : (tensor<8x1024x1xi32>) -> tensor<8x1024x1024xi32>
      %540 = stablehlo.broadcast_in_dim %531, dims = [0, 1, 2] : (tensor<8x1x1024xi32>) -> tensor<8x1024x1024xi32>
      %541 = stablehlo.subtract %539, %540 : tensor<8x1024x1024xi32>
      %c_82 = stablehlo.constant dense<1024> : tensor<i32>
      %542 = stablehlo.broadcast_in_dim %c_82, dims = [] : (tensor<i32>) -> tensor<8x1024x1024xi32>
      %543 = stablehlo.compare LT, %541, %542, SIGNED : (tensor<8x1024x1024xi32>, tensor<8x1024x1024xi32>) -> tensor<8x1024x1024xi1>
      %544 = stablehlo.and %538, %543 : tensor<8x1024x1024xi1>
      %545 = stablehlo.broadcast_in_dim %0#1, dims = [0, 1] : (tensor<8x1024xi32>) -> tensor<8x1024x1xi32>
      %546 = stablehlo.broadcast_in_dim %0#1, dims = [0, 2] : (tensor<8x1024xi32>) -> tensor<8x1x1024xi32>
      %547 = stablehlo.broadcast_in_dim %545, dims = [0, 1, 2] : (tensor<8x1024x1xi32>) -> tensor<8x1024x1024xi32>
      %548 = stablehlo.broadcast_in_dim %546, dims = [0, 1, 2] : (tensor<8x1x1024xi32>) -> tensor<8x1024x1024xi32>
      %549 = stablehlo.compare EQ, %547, %548, SIGNED : (tensor<8x1024x1024xi32>, tensor<8x1024x1024xi32>) -> tensor<8x1024x1024xi1>
      %550 = stablehlo.and %544, %549 : tensor<8x1024x1024xi1>
      %551 = stablehlo.reshape %139 : (tensor<8x1024x32x128xbf16>) -> tensor<8x1024x16x2x128xbf16>
      %552 = stablehlo.dot_general %164, %551, batching_dims = [0, 2] x [0, 2], contracting_dims = [3] x [4], precision = [DEFAULT, DEFAULT] : (tensor<8x1024x16x128xbf16>, tensor<8x1024x16x2x128xbf16>) -> tensor<8x16x1024x1024x2xf32>
      %553 = stablehlo.transpose %552, dims = [0, 1, 4, 3, 2] : (tensor<8x16x1024x1024x2xf32>) -> tensor<8x16x2x1024x1024xf32>
      %cst_83 = stablehlo.constant dense<0.0771516785> : tensor<f32>
      %554 = stablehlo.broadcast_in_dim %cst_83, dims = [] : (tensor<f32>) -> tensor<8x16x2x1024x1024xf32>
      %555 = stablehlo.multiply %553, %554 : tensor<8x16x2x1024x1024xf32>
      %556 = stablehlo.broadcast_in_dim %550, dims = [0, 3, 4] : (tensor<8x1024x1024xi1>) -> tensor<8x1x1x1024x1024xi1>
      %cst_84 = stablehlo.constant dense<-2.38197633E+38> : tensor<f32>
      %557:2 = func.call @_where_31(%556, %555, %cst_84) : (tensor<8x1x1x1024x1024xi1>, tensor<8x16x2x1024x1024xf32>, tensor<f32>) -> (tensor<8x16x2x1024x1024xf32>, tensor<8x16x2x1024x1024xi1>)
      %cst_85 = stablehlo.constant dense<0xFF800000> : tensor<f32>
      %558 = stablehlo.reduce(%557#0 init: %cst_85) applies stablehlo.maximum across dimensions = [4] : (tensor<8x16x2x1024x1024xf32>, tensor<f32>) -> tensor<8x16x2x1024xf32>
      %cst_86 = stablehlo.constant dense<0xFF800000> : tensor<f32>
      %559 = stablehlo.broadcast_in_dim %cst_86, dims = [] : (tensor<f32>) -> tensor<8x16x2x1024xf32>
      %560 = stablehlo.maximum %559, %558 : tensor<8x16x2x1024xf32>
      %561 = stablehlo.broadcast_in_dim %560, dims = [0, 1, 2, 3] : (tensor<8x16x2x1024xf32>) -> tensor<8x16x2x1024x1xf32>
      %562 = stablehlo.broadcast_in_dim %561, dims = [0, 1, 2, 3, 4] : (tensor<8x16x2x1024x1xf32>) -> tensor<8x16x2x1024x1024xf32>
      %563 = stablehlo.subtract %557#0, %562 : tensor<8x16x2x1024x1024xf32>
      %564 = stablehlo.exponential %563 : tensor<8x16x2x1024x1024xf32>
      %cst_87 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
      %565 = stablehlo.reduce(%564 init: %cst_87) applies stablehlo.add across dimensions = [4] : (tensor<8x16x2x1024x1024xf32>, tensor<f32>) -> tensor<8x16x2x1024xf32>
      %566 = stablehlo.broadcast_in_dim %565, dims = [0, 1, 2, 3] : (tensor<8x16x2x1024xf32>) -> tensor<8x16x2x1024x1xf32>
      %567 = stablehlo.broadcast_in_dim %566, dims = [0, 1, 2, 3, 4] : (tensor<8x16x2x1024x1xf32>) -> tensor<8x16x2x1024x1024xf32>
      %568 = stablehlo.divide %564, %567 : tensor<8x16x2x1024x1024xf32>
      %569 = stablehlo.multiply %566, %566 : tensor<8x16x2x1024x1xf32>
      %cst_88 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
      %570 = stablehlo.broadcast_in_dim %cst_88, dims = [] : (tensor<f32>) -> tensor<8x16x2x1024x1xf32>
      %571 = stablehlo.divide %570, %569 : tensor<8x16x2x1024x1xf32>
      %572 = stablehlo.convert %568 : (tensor<8x16x2x1024x1024xf32>) -> tensor<8x16x2x1024x1024xbf16>
      %573 = stablehlo.dot_general %45, %572, batching_dims = [0, 2] x [0, 1], contracting_dims = [1] x [4], precision = [DEFAULT, DEFAULT] : (tensor<8x1024x16x128xbf16>, tensor<8x16x2x1024x1024xbf16>) -> tensor<8x16x128x2x1024xbf16>
      %574 = stablehlo.transpose %573, dims = [0, 4, 1, 3, 2] : (tensor<8x16x128x2x1024xbf16>) -> tensor<8x1024x16x2x128xbf16>
      %575 = stablehlo.reshape %574 : (tensor<8x1024x16x2x128xbf16>) -> tensor<8x1024x32x128xbf16>
      stablehlo.return %575, %572, %45, %551, %164, %557#1, %564, %566, %571 : tensor<8x1024x32x128xbf16>, tensor<8x16x2x1024x1024xbf16>, tensor<8x1024x16x128xbf16>, tensor<8x1024x16x2x128xbf16>, tensor<8x1024x16x128xbf16>, tensor<8x16x2x1024x1024xi1>, tensor<8x16x2x1024x1024xf32>, tensor<8x16x2x1024x1xf32>, tensor<8x16x2x1024x1xf32>
    }, {
      %528 = stablehlo.iota dim = 0 : tensor<1024xi32>
      %529 = stablehlo.broadcast_in_dim %528, dims = [1] : (tensor<1024xi32>) -> tensor<8x1024xi32>
      %530 = stablehlo.broadcast_in_dim %529, dims = [0, 1] : (tensor<8x1024xi32>) -> tensor<8x1024x1xi32>
      %531 = stablehlo.broadcast_in_dim %529, dims = [0, 2] : (tensor<8x1024xi32>) -> tensor<8x1x1024xi32>
      %532 = stablehlo.broadcast_in_dim %531, dims = [0, 1, 2] : (tensor<8x1x1024xi32>) -> tensor<8x1024x1024xi32>
      %533 = stablehlo.broadcast_in_dim %530, dims = [0, 1, 2] : (tensor<8x1024x1xi32>) -> tensor<8x1024x1024xi32>
      %534 = stablehlo.compare LE, %532, %533, SIGNED : (tensor<8x1024x1024xi32>, tensor<8x1024x1024xi32>) -> tensor<8x1024x1024xi1>
      %c = stablehlo.constant dense<0> : tensor<i32>
      %535 = stablehlo.broadcast_in_dim %c, dims = [] : (tensor<i32>) -> tensor<8x1x1024xi32>
      %536 = stablehlo.compare GE, %531, %535, SIGNED : (tensor<8x1x1024xi32>, tensor<8x1x1024xi32>) -> tensor<8x1x1024xi1>
      %537 = stablehlo.broadcast_in_dim %536, dims = [0, 1, 2] : (tensor<8x1x1024xi1>) -> tensor<8x1024x1024xi1>
      %538 = stablehlo.and %534, %537 : tensor<8x1024x1024xi1>
      %539 = stablehlo.broadcast_in_dim %0#1, dims = [0, 1] : (tensor<8x1024xi32>) -> tensor<8x1024x1xi32>
      %540 = stablehlo.broadcast_in_dim %0#1, dims = [0, 2] : (tensor<8x1024xi32>) -> tensor<8x1x1024xi32>
      %541 = stablehlo.broadcast_in_dim %539, dims = [0, 1, 2] : (tensor<8x1024x1xi32>) -> tensor<8x1024x1024xi32>
      %542 = stablehlo.broadcast_in_dim %540, dims = [0, 1, 2] : (tensor<8x1x1024xi32>) -> tensor<8x1024x1024xi32>
      %543 = stablehlo.compare EQ, %541, %542, SIGNED : (tensor<8x1024x1024xi32>, tensor<8x1024x1024xi32>) -> tensor<8x1024x1024xi1>
      %544 = stablehlo.and %538, %543 : tensor<8x1024x1024xi1>
      %545 = stablehlo.reshape %139 : (tensor<8x1024x32x128xbf16>) -> tensor<8x1024x16x2x128xbf16>
      %546 = stablehlo.dot_general %164, %545, batching_dims = [0, 2] x [0, 2], contracting_dims = [3] x [4], precision = [DEFAULT, DEFAULT] : (tensor<8x1024x16x128xbf16>, tensor<8x1024x16x2x128xbf16>) -> tensor<8x16x1024x1024x2xf32>
      %547 = stablehlo.transpose %546, dims = [0, 1, 4, 3, 2] : (tensor<8x16x1024x1024x2xf32>) -> tensor<8x16x2x1024x1024xf32>
      %cst_82 = stablehlo.constant dense<0.0771516785> : tensor<f32>
      %548 = stablehlo.broadcast_in_dim %cst_82, dims = [] : (tensor<f32>) -> tensor<8x16x2x1024x1024xf32>
      %549 = stablehlo.multiply %547, %548 : tensor<8x16x2x1024x1024xf32>
      %550 = stablehlo.broadcast_in_dim %544, dims = [0, 3, 4] : (tensor<8x1024x1024xi1>) -> tensor<8x1x1x1024x1024xi1>
      %cst_83 = stablehlo.constant dense<-2.38197633E+38> : tensor<f32>
      %551:2 = func.call @_where_31(%550, %549, %cst_83) : (tensor<8x1x1x1024x1024xi1>, tensor<8x16x2x1024x1024xf32>, tensor<f32>) -> (tensor<8x16x2x1024x1024xf32>, tensor<8x16x2x1024x1024xi1>)
      %cst_84 = stablehlo.constant dense<0xFF800000> : tensor<f32>
      %552 = stablehlo.reduce(%551#0 init: %cst_84) applies stablehlo.maximum across dimensions = [4] : (tensor<8x16x2x1024x1024xf32>, tensor<f32>) -> tensor<8x16x2x1024xf32>
      %cst_85 = stablehlo.constant dense<0xFF800000> : tensor<f32>
      %553 = stablehlo.broadcast_in_dim %cst_85, dims = [] : (tensor<f32>) -> tensor<8x16x2x1024xf32>
      %554 = stablehlo.maximum %553, %552 : tensor<8x16x2x1024xf32>
      %555 = stablehlo.broadcast_in_dim %554, dims = [0, 1, 2, 3] : (tensor<8x16x2x1024xf32>) -> tensor<8x16x2x1024x1xf32>
      %556 = stablehlo.broadcast_in_dim %555, dims = [0, 1, 2, 3, 4] : (tensor<8x16x2x1024x1xf32>) -> tensor<8x16x2x1024x1024xf32>
      %557 = stablehlo.subtract %551#0, %556 : tensor<8x16x2x1024x1024xf32>
      %558 = stablehlo.exponential %557 : tensor<8x16x2x1024x1024xf32>
      %cst_86 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
      %559 = stablehlo.reduce(%558 init: %cst_86) applies stablehlo.add across dimensions = [4] : (tensor<8x16x2x1024x1024xf32>, tensor<f32>) -> tensor<8x16x2x1024xf32>
      %560 = stablehlo.broadcast_in_dim %559, dims = [0, 1, 2, 3] : (tensor<8x16x2x1024xf32>) -> tensor<8x16x2x1024x1xf32>
      %561 = stablehlo.broadcast_in_dim %560, dims = [0, 1, 2, 3, 4] : (tensor<8x16x2x1024x1xf32>) -> tensor<8x16x2x1024x1024xf32>
      %562 = stablehlo.divide %558, %561 : tensor<8x16x2x1024x1024xf32>
      %563 = stablehlo.multiply %560, %560 : tensor<8x16x2x1024x1xf32>
      %cst_87 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
      %564 = stablehlo.broadcast_in_dim %cst_87, dims = [] : (tensor<f32>) -> tensor<8x16x2x1024x1xf32>
      %565 = stablehlo.divide %564, %563 : tensor<8x16x2x1024x1xf32>
      %566 = stablehlo.convert %562 : (tensor<8x16x2x1024x1024xf32>) -> tensor<8x16x2x1024x1024xbf16>
      %567 = stablehlo.dot_general %45, %566, batching_dims = [0, 2] x [0, 1], contracting_dims = [1] x [4], precision = [DEFAULT, DEFAULT] : (tensor<8x1024x16x128xbf16>, tensor<8x16x2x1024x1024xbf16>) -> tensor<8x16x128x2x1024xbf16>
      %568 = stablehlo.transpose %567, dims = [0, 4, 1, 3, 2] : (tensor<8x16x128x2x1024xbf16>) -> tensor<8x1024x16x2x128xbf16>
      %569 = stablehlo.reshape %568 : (tensor<8x1024x16x2x128xbf16>) -> tensor<8x1024x32x128xbf16>
      stablehlo.return %569, %566, %45, %545, %164, %551#1, %558, %560, %565 : tensor<8x1024x32x128xbf16>, tensor<8x16x2x1024x1024xbf16>, tensor<8x1024x16x128xbf16>, tensor<8x1024x16x2x128xbf16>, tensor<8x1024x16x128xbf16>, tensor<8x16x2x1024x1024xi1>, tensor<8x16x2x1024x1024xf32>, tensor<8x16x2x1024x1xf32>, tensor<8x16x2x1024x1xf32>
    }) : (tensor<i32>) -> (tensor<8x1024x32x128xbf16>, tensor<8x16x2x1024x1024xbf16>, tensor<8x1024x16x128xbf16>, tensor<8x1024x16x2x128xbf16>, tensor<8x1024x16x128xbf16>, tensor<8x16x2x1024x1024xi1>, tensor<8x16x2x1024x1024xf32>, tensor<8x16x2x1024x1xf32>, tensor<8x16x2x1024x1xf32>)
    %167 = stablehlo.reshape %166#0 : (tensor<8x1024x32x128xbf16>) -> tensor<8x1024x4096xbf16>
    %168 = stablehlo.reshape %0#7 : (tensor<32x128x5376xbf16>) -> tensor<4096x5376xbf16>
    %169 = stablehlo.reshape %0#22 : (tensor<32x128x16xf32>) -> tensor<4096x16xf32>
    %170 = stablehlo.dot_general %167, %168, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<8x1024x4096xbf16>, tensor<4096x5376xbf16>) -> tensor<8x1024x5376xbf16>
    %171 = stablehlo.convert %169 : (tensor<4096x16xf32>) -> tensor<4096x16xbf16>
    %172 = stablehlo.dot_general %167, %171, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<8x1024x4096xbf16>, tensor<4096x16xbf16>) -> tensor<8x1024x16xbf16>
    %cst_29 = stablehlo.constant dense<2.000000e+00> : tensor<bf16>
    %173 = stablehlo.broadcast_in_dim %cst_29, dims = [] : (tensor<bf16>) -> tensor<8x1024x16xbf16>
    %174 = stablehlo.multiply %172, %173 : tensor<8x1024x16xbf16>
    %175 = stablehlo.convert %0#23 : (tensor<16x5376xf32>) -> tensor<16x5376xbf16>
    %176 = stablehlo.dot_general %174, %175, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<8x1024x16xbf16>, tensor<16x5376xbf16>) -> tensor<8x1024x5376xbf16>
    %177 = stablehlo.add %170, %176 : tensor<8x1024x5376xbf16>
    %178 = stablehlo.convert %177 : (tensor<8x1024x5376xbf16>) -> tensor<8x1024x5376xf32>
    %179 = stablehlo.multiply %178, %178 : tensor<8x1024x5376xf32>
    %cst_30 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %180 = stablehlo.reduce(%179 init: %cst_30) applies stablehlo.add across dimensions = [2] : (tensor<8x1024x5376xf32>, tensor<f32>) -> tensor<8x1024xf32>
    %181 = stablehlo.broadcast_in_dim %180, dims = [0, 1] : (tensor<8x1024xf32>) -> tensor<8x1024x1xf32>
    %cst_31 = stablehlo.constant dense<5.376000e+03> : tensor<f32>
    %182 = stablehlo.broadcast_in_dim %cst_31, dims = [] : (tensor<f32>) -> tensor<8x1024x1xf32>
    %183 = stablehlo.divide %181, %182 : tensor<8x1024x1xf32>
    %cst_32 = stablehlo.constant dense<9.99999997E-7> : tensor<f32>
    %184 = stablehlo.broadcast_in_dim %cst_32, dims = [] : (tensor<f32>) -> tensor<8x1024x1xf32>
    %185 = stablehlo.add %183, %184 : tensor<8x1024x1xf32>
    %186 = stablehlo.rsqrt %185 : tensor<8x1024x1xf32>
    %187 = stablehlo.divide %186, %185 : tensor<8x1024x1xf32>
    %cst_33 = stablehlo.constant dense<-5.000000e-01> : tensor<f32>
    %188 = stablehlo.broadcast_in_dim %cst_33, dims = [] : (tensor<f32>) -> tensor<8x1024x1xf32>
    %189 = stablehlo.multiply %188, %187 : tensor<8x1024x1xf32>
    %190 = stablehlo.broadcast_in_dim %186, dims = [0, 1, 2] : (tensor<8x1024x1xf32>) -> tensor<8x1024x5376xf32>
    %191 = stablehlo.multiply %178, %190 : tensor<8x1024x5376xf32>
    %192 = stablehlo.convert %0#10 : (tensor<5376xbf16>) -> tensor<5376xf32>
    %cst_34 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %193 = stablehlo.broadcast_in_dim %cst_34, dims = [] : (tensor<f32>) -> tensor<5376xf32>
    %194 = stablehlo.add %193, %192 : tensor<5376xf32>
    %195 = stablehlo.broadcast_in_dim %194, dims = [2] : (tensor<5376xf32>) -> tensor<1x1x5376xf32>
    %196 = stablehlo.broadcast_in_dim %195, dims = [0, 1, 2] : (tensor<1x1x5376xf32>) -> tensor<8x1024x5376xf32>
    %197 = stablehlo.multiply %191, %196 : tensor<8x1024x5376xf32>
    %198 = stablehlo.convert %197 : (tensor<8x1024x5376xf32>) -> tensor<8x1024x5376xbf16>
    %199 = stablehlo.add %0#2, %198 : tensor<8x1024x5376xbf16>
    %200 = stablehlo.convert %199 : (tensor<8x1024x5376xbf16>) -> tensor<8x1024x5376xf32>
    %201 = stablehlo.multiply %200, %200 : tensor<8x1024x5376xf32>
    %cst_35 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %202 = stablehlo.reduce(%201 init: %cst_35) applies stablehlo.add across dimensions = [2] : (tensor<8x1024x5376xf32>, tensor<f32>) -> tensor<8x1024xf32>
    %203 = stablehlo.broadcast_in_dim %202, dims = [0, 1] : (tensor<8x1024xf32>) -> tensor<8x1024x1xf32>
    %cst_36 = stablehlo.constant dense<5.376000e+03> : tensor<f32>
    %204 = stablehlo.broadcast_in_dim %cst_36, dims = [] : (tensor<f32>) -> tensor<8x1024x1xf32>
    %205 = stablehlo.divide %203, %204 : tensor<8x1024x1xf32>
    %cst_37 = stablehlo.constant dense<9.99999997E-7> : tensor<f32>
    %206 = stablehlo.broadcast_in_dim %cst_37, dims = [] : (tensor<f32>) -> tensor<8x1024x1xf32>
    %207 = stablehlo.add %205, %206 : tensor<8x1024x1xf32>
    %208 = stablehlo.rsqrt %207 : tensor<8x1024x1xf32>
    %209 = stablehlo.divide %208, %207 : tensor<8x1024x1xf32>
    %cst_38 = stablehlo.constant dense<-5.000000e-01> : tensor<f32>
    %210 = stablehlo.broadcast_in_dim %cst_38, dims = [] : (tensor<f32>) -> tensor<8x1024x1xf32>
    %211 = stablehlo.multiply %210, %209 : tensor<8x1024x1xf32>
    %212 = stablehlo.broadcast_in_dim %208, dims = [0, 1, 2] : (tensor<8x1024x1xf32>) -> tensor<8x1024x5376xf32>
    %213 = stablehlo.multiply %200, %212 : tensor<8x1024x5376xf32>
    %214 = stablehlo.convert %0#11 : (tensor<5376xbf16>) -> tensor<5376xf32>
    %cst_39 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %215 = stablehlo.broadcast_in_dim %cst_39, dims = [] : (tensor<f32>) -> tensor<5376xf32>
    %216 = stablehlo.add %215, %214 : tensor<5376xf32>
    %217 = stablehlo.broadcast_in_dim %216, dims = [2] : (tensor<5376xf32>) -> tensor<1x1x5376xf32>
    %218 = stablehlo.broadcast_in_dim %217, dims = [0, 1, 2] : (tensor<1x1x5376xf32>) -> tensor<8x1024x5376xf32>
    %219 = stablehlo.multiply %213, %218 : tensor<8x1024x5376xf32>
    %220 = stablehlo.convert %219 : (tensor<8x1024x5376xf32>) -> tensor<8x1024x5376xbf16>
    %221 = stablehlo.dot_general %220, %0#12, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<8x1024x5376xbf16>, tensor<5376x21504xbf16>) -> tensor<8x1024x21504xbf16>
    %222 = stablehlo.convert %0#18 : (tensor<5376x16xf32>) -> tensor<5376x16xbf16>
    %223 = stablehlo.dot_general %220, %222, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<8x1024x5376xbf16>, tensor<5376x16xbf16>) -> tensor<8x1024x16xbf16>
    %cst_40 = stablehlo.constant dense<2.000000e+00> : tensor<bf16>
    %224 = stablehlo.broadcast_in_dim %cst_40, dims = [] : (tensor<bf16>) -> tensor<8x1024x16xbf16>
    %225 = stablehlo.multiply %223, %224 : tensor<8x1024x16xbf16>
    %226 = stablehlo.convert %0#19 : (tensor<16x21504xf32>) -> tensor<16x21504xbf16>
    %227 = stablehlo.dot_general %225, %226, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<8x1024x16xbf16>, tensor<16x21504xbf16>) -> tensor<8x1024x21504xbf16>
    %228 = stablehlo.add %221, %227 : tensor<8x1024x21504xbf16>
    %229 = stablehlo.multiply %228, %228 : tensor<8x1024x21504xbf16>
    %230 = stablehlo.multiply %229, %228 : tensor<8x1024x21504xbf16>
    %231 = stablehlo.multiply %228, %228 : tensor<8x1024x21504xbf16>
    %cst_41 = stablehlo.constant dense<3.000000e+00> : tensor<bf16>
    %232 = stablehlo.broadcast_in_dim %cst_41, dims = [] : (tensor<bf16>) -> tensor<8x1024x21504xbf16>
    %233 = stablehlo.multiply %232, %231 : tensor<8x1024x21504xbf16>
    %cst_42 = stablehlo.constant dense<4.467770e-02> : tensor<bf16>
    %234 = stablehlo.broadcast_in_dim %cst_42, dims = [] : (tensor<bf16>) -> tensor<8x1024x21504xbf16>
    %235 = stablehlo.multiply %234, %230 : tensor<8x1024x21504xbf16>
    %236 = stablehlo.add %228, %235 : tensor<8x1024x21504xbf16>
    %cst_43 = stablehlo.constant dense<7.968750e-01> : tensor<bf16>
    %237 = stablehlo.broadcast_in_dim %cst_43, dims = [] : (tensor<bf16>) -> tensor<8x1024x21504xbf16>
    %238 = stablehlo.multiply %237, %236 : tensor<8x1024x21504xbf16>
    %239 = stablehlo.tanh %238 : tensor<8x1024x21504xbf16>
    %cst_44 = stablehlo.constant dense<1.000000e+00> : tensor<bf16>
    %240 = stablehlo.broadcast_in_dim %cst_44, dims = [] : (tensor<bf16>) -> tensor<8x1024x21504xbf16>
    %241 = stablehlo.subtract %240, %239 : tensor<8x1024x21504xbf16>
    %cst_45 = stablehlo.constant dense<1.000000e+00> : tensor<bf16>
    %242 = stablehlo.broadcast_in_dim %cst_45, dims = [] : (tensor<bf16>) -> tensor<8x1024x21504xbf16>
    %243 = stablehlo.add %242, %239 : tensor<8x1024x21504xbf16>
    %cst_46 = stablehlo.constant dense<5.000000e-01> : tensor<bf16>
    %244 = stablehlo.broadcast_in_dim %cst_46, dims = [] : (tensor<bf16>) -> tensor<8x1024x21504xbf16>
    %245 = stablehlo.multiply %244, %243 : tensor<8x1024x21504xbf16>
    %246 = stablehlo.multiply %228, %245 : tensor<8x1024x21504xbf16>
    %247 = stablehlo.dot_general %220, %0#13, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<8x1024x5376xbf16>, tensor<5376x21504xbf16>) -> tensor<8x1024x21504xbf16>
    %248 = stablehlo.convert %0#26 : (tensor<5376x16xf32>) -> tensor<5376x16xbf16>
    %249 = stablehlo.dot_general %220, %248, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<8x1024x5376xbf16>, tensor<5376x16xbf16>) -> tensor<8x1024x16xbf16>
    %cst_47 = stablehlo.constant dense<2.000000e+00> : tensor<bf16>
    %250 = stablehlo.broadcast_in_dim %cst_47, dims = [] : (tensor<bf16>) -> tensor<8x1024x16xbf16>
    %251 = stablehlo.multiply %249, %250 : tensor<8x1024x16xbf16>
    %252 = stablehlo.convert %0#27 : (tensor<16x21504xf32>) -> tensor<16x21504xbf16>
    %253 = stablehlo.dot_general %251, %252, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<8x1024x16xbf16>, tensor<16x21504xbf16>) -> tensor<8x1024x21504xbf16>
    %254 = stablehlo.add %247, %253 : tensor<8x1024x21504xbf16>
    %255 = stablehlo.multiply %246, %254 : tensor<8x1024x21504xbf16>
    %256 = stablehlo.dot_general %255, %0#14, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<8x1024x21504xbf16>, tensor<21504x5376xbf16>) -> tensor<8x1024x5376xbf16>
    %257 = stablehlo.convert %0#16 : (tensor<21504x16xf32>) -> tensor<21504x16xbf16>
    %258 = stablehlo.dot_general %255, %257, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<8x1024x21504xbf16>, tensor<21504x16xbf16>) -> tensor<8x1024x16xbf16>
    %cst_48 = stablehlo.constant dense<2.000000e+00> : tensor<bf16>
    %259 = stablehlo.broadcast_in_dim %cst_48, dims = [] : (tensor<bf16>) -> tensor<8x1024x16xbf16>
    %260 = stablehlo.multiply %258, %259 : tensor<8x1024x16xbf16>
    %261 = stablehlo.convert %0#17 : (tensor<16x5376xf32>) -> tensor<16x5376xbf16>
    %262 = stablehlo.dot_general %260, %261, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<8x1024x16xbf16>, tensor<16x5376xbf16>) -> tensor<8x1024x5376xbf16>
    %263 = stablehlo.add %256, %262 : tensor<8x1024x5376xbf16>
    %264 = stablehlo.convert %263 : (tensor<8x1024x5376xbf16>) -> tensor<8x1024x5376xf32>
    %265 = stablehlo.multiply %264, %264 : tensor<8x1024x5376xf32>
    %cst_49 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %266 = stablehlo.reduce(%265 init: %cst_49) applies stablehlo.add across dimensions = [2] : (tensor<8x1024x5376xf32>, tensor<f32>) -> tensor<8x1024xf32>
    %267 = stablehlo.broadcast_in_dim %266, dims = [0, 1] : (tensor<8x1024xf32>) -> tensor<8x1024x1xf32>
    %cst_50 = stablehlo.constant dense<5.376000e+03> : tensor<f32>
    %268 = stablehlo.broadcast_in_dim %cst_50, dims = [] : (tensor<f32>) -> tensor<8x1024x1xf32>
    %269 = stablehlo.divide %267, %268 : tensor<8x1024x1xf32>
    %cst_51 = stablehlo.constant dense<9.99999997E-7> : tensor<f32>
    %270 = stablehlo.broadcast_in_dim %cst_51, dims = [] : (tensor<f32>) -> tensor<8x1024x1xf32>
    %271 = stablehlo.add %269, %270 : tensor<8x1024x1xf32>
    %272 = stablehlo.rsqrt %271 : tensor<8x1024x1xf32>
    %273 = stablehlo.divide %272, %271 : tensor<8x1024x1xf32>
    %cst_52 = stablehlo.constant dense<-5.000000e-01> : tensor<f32>
    %274 = stablehlo.broadcast_in_dim %cst_52, dims = [] : (tensor<f32>) -> tensor<8x1024x1xf32>
    %275 = stablehlo.multiply %274, %273 : tensor<8x1024x1xf32>
    %276 = stablehlo.convert %0#15 : (tensor<5376xbf16>) -> tensor<5376xf32>
    %cst_53 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %277 = stablehlo.broadcast_in_dim %cst_53, dims = [] : (tensor<f32>) -> tensor<5376xf32>
    %278 = stablehlo.add %277, %276 : tensor<5376xf32>
    %279 = stablehlo.broadcast_in_dim %278, dims = [2] : (tensor<5376xf32>) -> tensor<1x1x5376xf32>
    %280 = stablehlo.convert %0#31 : (tensor<8x1024x5376xbf16>) -> tensor<8x1024x5376xf32>
    %281 = stablehlo.broadcast_in_dim %279, dims = [0, 1, 2] : (tensor<1x1x5376xf32>) -> tensor<8x1024x5376xf32>
    %282 = stablehlo.multiply %280, %281 : tensor<8x1024x5376xf32>
    %283 = stablehlo.multiply %264, %282 : tensor<8x1024x5376xf32>
    %cst_54 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %284 = stablehlo.reduce(%283 init: %cst_54) applies stablehlo.add across dimensions = [2] : (tensor<8x1024x5376xf32>, tensor<f32>) -> tensor<8x1024xf32>
    %285 = stablehlo.reshape %284 : (tensor<8x1024xf32>) -> tensor<8x1024x1xf32>
    %286 = stablehlo.broadcast_in_dim %272, dims = [0, 1, 2] : (tensor<8x1024x1xf32>) -> tensor<8x1024x5376xf32>
    %287 = stablehlo.multiply %282, %286 : tensor<8x1024x5376xf32>
    %288 = stablehlo.multiply %285, %275 : tensor<8x1024x1xf32>
    %cst_55 = stablehlo.constant dense<5.376000e+03> : tensor<f32>
    %289 = stablehlo.broadcast_in_dim %cst_55, dims = [] : (tensor<f32>) -> tensor<8x1024x1xf32>
    %290 = stablehlo.divide %288, %289 : tensor<8x1024x1xf32>
    %cst_56 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %291 = stablehlo.reduce(%290 init: %cst_56) applies stablehlo.add across dimensions = [2] : (tensor<8x1024x1xf32>, tensor<f32>) -> tensor<8x1024xf32>
    %292 = stablehlo.broadcast_in_dim %291, dims = [0, 1] : (tensor<8x1024xf32>) -> tensor<8x1024x5376xf32>
    %293 = stablehlo.multiply %264, %292 : tensor<8x1024x5376xf32>
    %294 = stablehlo.add %287, %293 : tensor<8x1024x5376xf32>
    %295 = stablehlo.multiply %292, %264 : tensor<8x1024x5376xf32>
    %296 = stablehlo.add %294, %295 : tensor<8x1024x5376xf32>
    %297 = stablehlo.convert %296 : (tensor<8x1024x5376xf32>) -> tensor<8x1024x5376xbf16>
    %298 = stablehlo.dot_general %297, %260, contracting_dims = [0, 1] x [0, 1], precision = [DEFAULT, DEFAULT] : (tensor<8x1024x5376xbf16>, tensor<8x1024x16xbf16>) -> tensor<5376x16xbf16>
    %299 = stablehlo.transpose %298, dims = [1, 0] : (tensor<5376x16xbf16>) -> tensor<16x5376xbf16>
    %300 = stablehlo.dot_general %297, %261, contracting_dims = [2] x [1], precision = [DEFAULT, DEFAULT] : (tensor<8x1024x5376xbf16>, tensor<16x5376xbf16>) -> tensor<8x1024x16xbf16>
    %301 = stablehlo.convert %299 : (tensor<16x5376xbf16>) -> tensor<16x5376xf32>
    %cst_57 = stablehlo.constant dense<2.000000e+00> : tensor<bf16>
    %302 = stablehlo.broadcast_in_dim %cst_57, dims = [] : (tensor<bf16>) -> tensor<8x1024x16xbf16>
    %303 = stablehlo.multiply %300, %302 : tensor<8x1024x16xbf16>
    %304 = stablehlo.dot_general %303, %255, contracting_dims = [0, 1] x [0, 1], precision = [DEFAULT, DEFAULT] : (tensor<8x1024x16xbf16>, tensor<8x1024x21504xbf16>) -> tensor<16x21504xbf16>
    %305 = stablehlo.transpose %304, dims = [1, 0] : (tensor<16x21504xbf16>) -> tensor<21504x16xbf16>
    %306 = stablehlo.dot_general %303, %257, contracting_dims = [2] x [1], precision = [DEFAULT, DEFAULT] : (tensor<8x1024x16xbf16>, tensor<21504x16xbf16>) -> tensor<8x1024x21504xbf16>
    %307 = stablehlo.convert %305 : (tensor<21504x16xbf16>) -> tensor<21504x16xf32>
    %308 = stablehlo.dot_general %297, %0#14, contracting_dims = [2] x [1], precision = [DEFAULT, DEFAULT] : (tensor<8x1024x5376xbf16>, tensor<21504x5376xbf16>) -> tensor<8x1024x21504xbf16>
    %309 = stablehlo.add %306, %308 : tensor<8x1024x21504xbf16>
    %310 = stablehlo.multiply %246, %309 : tensor<8x1024x21504xbf16>
    %311 = stablehlo.multiply %309, %254 : tensor<8x1024x21504xbf16>
    %312 = stablehlo.dot_general %310, %251, contracting_dims = [0, 1] x [0, 1], precision = [DEFAULT, DEFAULT] : (tensor<8x1024x21504xbf16>, tensor<8x1024x16xbf16>) -> tensor<21504x16xbf16>
    %313 = stablehlo.transpose %312, dims = [1, 0] : (tensor<21504x16xbf16>) -> tensor<16x21504xbf16>
    %314 = stablehlo.dot_general %310, %252, contracting_dims = [2] x [1], precision = [DEFAULT, DEFAULT] : (tensor<8x1024x21504xbf16>, tensor<16x21504xbf16>) -> tensor<8x1024x16xbf16>
    %315 = stablehlo.convert %313 : (tensor<16x21504xbf16>) -> tensor<16x21504xf32>
    %cst_58 = stablehlo.constant dense<2.000000e+00> : tensor<bf16>
    %316 = stablehlo.broadcast_in_dim %cst_58, dims = [] : (tensor<bf16>) -> tensor<8x1024x16xbf16>
    %317 = stablehlo.multiply %314, %316 : tensor<8x1024x16xbf16>
    %318 = stablehlo.dot_general %317, %220, contracting_dims = [0, 1] x [0, 1], precision = [DEFAULT, DEFAULT] : (tensor<8x1024x16xbf16>, tensor<8x1024x5376xbf16>) -> tensor<16x5376xbf16>
    %319 = stablehlo.transpose %318, dims = [1, 0] : (tensor<16x5376xbf16>) -> tensor<5376x16xbf16>
    %320 = stablehlo.dot_general %317, %248, contracting_dims = [2] x [1], precision = [DEFAULT, DEFAULT] : (tensor<8x1024x16xbf16>, tensor<5376x16xbf16>) -> tensor<8x1024x5376xbf16>
    %321 = stablehlo.convert %319 : (tensor<5376x16xbf16>) -> tensor<5376x16xf32>
    %322 = stablehlo.dot_general %310, %0#13, contracting_dims = [2] x [1], precision = [DEFAULT, DEFAULT] : (tensor<8x1024x21504xbf16>, tensor<5376x21504xbf16>) -> tensor<8x1024x5376xbf16>
    %323 = stablehlo.add %320, %322 : tensor<8x1024x5376xbf16>
    %324 = stablehlo.multiply %228, %311 : tensor<8x1024x21504xbf16>
    %325 = stablehlo.multiply %311, %245 : tensor<8x1024x21504xbf16>
    %cst_59 = stablehlo.constant dense<5.000000e-01> : tensor<bf16>
    %326 = stablehlo.broadcast_in_dim %cst_59, dims = [] : (tensor<bf16>) -> tensor<8x1024x21504xbf16>
    %327 = stablehlo.multiply %326, %324 : tensor<8x1024x21504xbf16>
    %328 = stablehlo.multiply %327, %241 : tensor<8x1024x21504xbf16>
    %329 = stablehlo.multiply %328, %239 : tensor<8x1024x21504xbf16>
    %330 = stablehlo.add %328, %329 : tensor<8x1024x21504xbf16>
    %cst_60 = stablehlo.constant dense<7.968750e-01> : tensor<bf16>
    %331 = stablehlo.broadcast_in_dim %cst_60, dims = [] : (tensor<bf16>) -> tensor<8x1024x21504xbf16>
    %332 = stablehlo.multiply %331, %330 : tensor<8x1024x21504xbf16>
    %333 = stablehlo.add %325, %332 : tensor<8x1024x21504xbf16>
    %cst_61 = stablehlo.constant dense<4.467770e-02> : tensor<bf16>
    %334 = stablehlo.broadcast_in_dim %cst_61, dims = [] : (tensor<bf16>) -> tensor<8x1024x21504xbf16>
    %335 = stablehlo.multiply %334, %332 : tensor<8x1024x21504xbf16>
    %336 = stablehlo.multiply %335, %233 : tensor<8x1024x21504xbf16>
    %337 = stablehlo.add %333, %336 : tensor<8x1024x21504xbf16>
    %338 = stablehlo.dot_general %337, %225, contracting_dims = [0, 1] x [0, 1], precision = [DEFAULT, DEFAULT] : (tensor<8x1024x21504xbf16>, tensor<8x1024x16xbf16>) -> tensor<21504x16xbf16>
    %339 = stablehlo.transpose %338, dims = [1, 0] : (tensor<21504x16xbf16>) -> tensor<16x21504xbf16>
    %340 = stablehlo.dot_general %337, %226, contracting_dims = [2] x [1], precision = [DEFAULT, DEFAULT] : (tensor<8x1024x21504xbf16>, tensor<16x21504xbf16>) -> tensor<8x1024x16xbf16>
    %341 = stablehlo.convert %339 : (tensor<16x21504xbf16>) -> tensor<16x21504xf32>
    %cst_62 = stablehlo.constant dense<2.000000e+00> : tensor<bf16>
    %342 = stablehlo.broadcast_in_dim %cst_62, dims = [] : (tensor<bf16>) -> tensor<8x1024x16xbf16>
    %343 = stablehlo.multiply %340, %342 : tensor<8x1024x16xbf16>
    %344 = stablehlo.dot_general %343, %220, contracting_dims = [0, 1] x [0, 1], precision = [DEFAULT, DEFAULT] : (tensor<8x1024x16xbf16>, tensor<8x1024x5376xbf16>) -> tensor<16x5376xbf16>
    %345 = stablehlo.transpose %344, dims = [1, 0] : (tensor<16x5376xbf16>) -> tensor<5376x16xbf16>
    %346 = stablehlo.dot_general %343, %222, contracting_dims = [2] x [1], precision = [DEFAULT, DEFAULT] : (tensor<8x1024x16xbf16>, tensor<5376x16xbf16>) -> tensor<8x1024x5376xbf16>
    %347 = stablehlo.add %323, %346 : tensor<8x1024x5376xbf16>
    %348 = stablehlo.convert %345 : (tensor<5376x16xbf16>) -> tensor<5376x16xf32>
    %349 = stablehlo.dot_general %337, %0#12, contracting_dims = [2] x [1], precision = [DEFAULT, DEFAULT] : (tensor<8x1024x21504xbf16>, tensor<5376x21504xbf16>) -> tensor<8x1024x5376xbf16>
    %350 = stablehlo.add %347, %349 : tensor<8x1024x5376xbf16>
    %351 = stablehlo.convert %350 : (tensor<8x1024x5376xbf16>) -> tensor<8x1024x5376xf32>
    %352 = stablehlo.broadcast_in_dim %217, dims = [0, 1, 2] : (tensor<1x1x5376xf32>) -> tensor<8x1024x5376xf32>
    %353 = stablehlo.multiply %351, %352 : tensor<8x1024x5376xf32>
    %354 = stablehlo.multiply %200, %353 : tensor<8x1024x5376xf32>
    %cst_63 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %355 = stablehlo.reduce(%354 init: %cst_63) applies stablehlo.add across dimensions = [2] : (tensor<8x1024x5376xf32>, tensor<f32>) -> tensor<8x1024xf32>
    %356 = stablehlo.reshape %355 : (tensor<8x1024xf32>) -> tensor<8x1024x1xf32>
    %357 = stablehlo.broadcast_in_dim %208, dims = [0, 1, 2] : (tensor<8x1024x1xf32>) -> tensor<8x1024x5376xf32>
    %358 = stablehlo.multiply %353, %357 : tensor<8x1024x5376xf32>
    %359 = stablehlo.multiply %356, %211 : tensor<8x1024x1xf32>
    %cst_64 = stablehlo.constant dense<5.376000e+03> : tensor<f32>
    %360 = stablehlo.broadcast_in_dim %cst_64, dims = [] : (tensor<f32>) -> tensor<8x1024x1xf32>
    %361 = stablehlo.divide %359, %360 : tensor<8x1024x1xf32>
    %cst_65 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %362 = stablehlo.reduce(%361 init: %cst_65) applies stablehlo.add across dimensions = [2] : (tensor<8x1024x1xf32>, tensor<f32>) -> tensor<8x1024xf32>
    %363 = stablehlo.broadcast_in_dim %362, dims = [0, 1] : (tensor<8x1024xf32>) -> tensor<8x1024x5376xf32>
    %364 = stablehlo.multiply %200, %363 : tensor<8x1024x5376xf32>
    %365 = stablehlo.add %358, %364 : tensor<8x1024x5376xf32>
    %366 = stablehlo.multiply %363, %200 : tensor<8x1024x5376xf32>
    %367 = stablehlo.add %365, %366 : tensor<8x1024x5376xf32>
    %368 = stablehlo.convert %367 : (tensor<8x1024x5376xf32>) -> tensor<8x1024x5376xbf16>
    %369 = stablehlo.add %0#31, %368 : tensor<8x1024x5376xbf16>
    %370 = stablehlo.convert %369 : (tensor<8x1024x5376xbf16>) -> tensor<8x1024x5376xf32>
    %371 = stablehlo.broadcast_in_dim %195, dims = [0, 1, 2] : (tensor<1x1x5376xf32>) -> tensor<8x1024x5376xf32>
    %372 = stablehlo.multiply %370, %371 : tensor<8x1024x5376xf32>
    %373 = stablehlo.multiply %178, %372 : tensor<8x1024x5376xf32>
    %cst_66 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %374 = stablehlo.reduce(%373 init: %cst_66) applies stablehlo.add across dimensions = [2] : (tensor<8x1024x5376xf32>, tensor<f32>) -> tensor<8x1024xf32>
    %375 = stablehlo.reshape %374 : (tensor<8x1024xf32>) -> tensor<8x1024x1xf32>
    %376 = stablehlo.broadcast_in_dim %186, dims = [0, 1, 2] : (tensor<8x1024x1xf32>) -> tensor<8x1024x5376xf32>
    %377 = stablehlo.multiply %372, %376 : tensor<8x1024x5376xf32>
    %378 = stablehlo.multiply %375, %189 : tensor<8x1024x1xf32>
    %cst_67 = stablehlo.constant dense<5.376000e+03> : tensor<f32>
    %379 = stablehlo.broadcast_in_dim %cst_67, dims = [] : (tensor<f32>) -> tensor<8x1024x1xf32>
    %380 = stablehlo.divide %378, %379 : tensor<8x1024x1xf32>
    %cst_68 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %381 = stablehlo.reduce(%380 init: %cst_68) applies stablehlo.add across dimensions = [2] : (tensor<8x1024x1xf32>, tensor<f32>) -> tensor<8x1024xf32>
    %382 = stablehlo.broadcast_in_dim %381, dims = [0, 1] : (tensor<8x1024xf32>) -> tensor<8x1024x5376xf32>
    %383 = stablehlo.multiply %178, %382 : tensor<8x1024x5376xf32>
    %384 = stablehlo.add %377, %383 : tensor<8x1024x5376xf32>
    %385 = stablehlo.multiply %382, %178 : tensor<8x1024x5376xf32>
    %386 = stablehlo.add %384, %385 : tensor<8x1024x5376xf32>
    %387 = stablehlo.convert %386 : (tensor<8x1024x5376xf32>) -> tensor<8x1024x5376xbf16>
    %388 = stablehlo.dot_general %387, %174, contracting_dims = [0, 1] x [0, 1], precision = [DEFAULT, DEFAULT] : (tensor<8x1024x5376xbf16>, tensor<8x1024x16xbf16>) -> tensor<5376x16xbf16>
    %389 = stablehlo.transpose %388, dims = [1, 0] : (tensor<5376x16xbf16>) -> tensor<16x5376xbf16>
    %390 = stablehlo.dot_general %387, %175, contracting_dims = [2] x [1], precision = [DEFAULT, DEFAULT] : (tensor<8x1024x5376xbf16>, tensor<16x5376xbf16>) -> tensor<8x1024x16xbf16>
    %391 = stablehlo.convert %389 : (tensor<16x5376xbf16>) -> tensor<16x5376xf32>
    %cst_69 = stablehlo.constant dense<2.000000e+00> : tensor<bf16>
    %392 = stablehlo.broadcast_in_dim %cst_69, dims = [] : (tensor<bf16>) -> tensor<8x1024x16xbf16>
    %393 = stablehlo.multiply %390, %392 : tensor<8x1024x16xbf16>
    %394 = stablehlo.dot_general %393, %167, contracting_dims = [0, 1] x [0, 1], precision = [DEFAULT, DEFAULT] : (tensor<8x1024x16xbf16>, tensor<8x1024x4096xbf16>) -> tensor<16x4096xbf16>
    %395 = stablehlo.transpose %394, dims = [1, 0] : (tensor<16x4096xbf16>) -> tensor<4096x16xbf16>
    %396 = stablehlo.dot_general %393, %171, contracting_dims = [2] x [1], precision = [DEFAULT, DEFAULT] : (tensor<8x1024x16xbf16>, tensor<4096x16xbf16>) -> tensor<8x1024x4096xbf16>
    %397 = stablehlo.convert %395 : (tensor<4096x16xbf16>) -> tensor<4096x16xf32>
    %398 = stablehlo.dot_general %387, %168, contracting_dims = [2] x [1], precision = [DEFAULT, DEFAULT] : (tensor<8x1024x5376xbf16>, tensor<4096x5376xbf16>) -> tensor<8x1024x4096xbf16>
    %399 = stablehlo.add %396, %398 : tensor<8x1024x4096xbf16>
    %400 = stablehlo.reshape %397 : (tensor<4096x16xf32>) -> tensor<32x128x16xf32>
    %401 = stablehlo.reshape %399 : (tensor<8x1024x4096xbf16>) -> tensor<8x1024x32x128xbf16>
    %402:3 = "stablehlo.case"(%165) ({
      %528 = stablehlo.reshape %401 : (tensor<8x1024x32x128xbf16>) -> tensor<8x1024x16x2x128xbf16>
      %529 = stablehlo.transpose %528, dims = [0, 2, 4, 3, 1] : (tensor<8x1024x16x2x128xbf16>) -> tensor<8x16x128x2x1024xbf16>
      %530 = stablehlo.dot_general %529, %166#2, batching_dims = [0, 1] x [0, 2], contracting_dims = [2] x [3], precision = [DEFAULT, DEFAULT] : (tensor<8x16x128x2x1024xbf16>, tensor<8x1024x16x128xbf16>) -> tensor<8x16x2x1024x1024xbf16>
      %531 = stablehlo.dot_general %529, %166#1, batching_dims = [0, 1] x [0, 1], contracting_dims = [3, 4] x [2, 3], precision = [DEFAULT, DEFAULT] : (tensor<8x16x128x2x1024xbf16>, tensor<8x16x2x1024x1024xbf16>) -> tensor<8x16x128x1024xbf16>
      %532 = stablehlo.transpose %531, dims = [0, 3, 1, 2] : (tensor<8x16x128x1024xbf16>) -> tensor<8x1024x16x128xbf16>
      %533 = stablehlo.convert %530 : (tensor<8x16x2x1024x1024xbf16>) -> tensor<8x16x2x1024x1024xf32>
      %534 = stablehlo.broadcast_in_dim %166#8, dims = [0, 1, 2, 3, 4] : (tensor<8x16x2x1024x1xf32>) -> tensor<8x16x2x1024x1024xf32>
      %535 = stablehlo.multiply %533, %534 : tensor<8x16x2x1024x1024xf32>
      %536 = stablehlo.multiply %535, %166#6 : tensor<8x16x2x1024x1024xf32>
      %cst_82 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
      %537 = stablehlo.reduce(%536 init: %cst_82) applies stablehlo.add across dimensions = [4] : (tensor<8x16x2x1024x1024xf32>, tensor<f32>) -> tensor<8x16x2x1024xf32>
      %538 = stablehlo.reshape %537 : (tensor<8x16x2x1024xf32>) -> tensor<8x16x2x1024x1xf32>
      %539 = stablehlo.negate %538 : tensor<8x16x2x1024x1xf32>
      %540 = stablehlo.broadcast_in_dim %166#7, dims = [0, 1, 2, 3, 4] : (tensor<8x16x2x1024x1xf32>) -> tensor<8x16x2x1024x1024xf32>
      %541 = stablehlo.divide %533, %540 : tensor<8x16x2x1024x1024xf32>
      %cst_83 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
      %542 = stablehlo.reduce(%539 init: %cst_83) applies stablehlo.add across dimensions = [4] : (tensor<8x16x2x1024x1xf32>, tensor<f32>) -> tensor<8x16x2x1024xf32>
      %543 = stablehlo.broadcast_in_dim %542, dims = [0, 1, 2, 3] : (tensor<8x16x2x1024xf32>) -> tensor<8x16x2x1024x1024xf32>
      %544 = stablehlo.add %541, %543 : tensor<8x16x2x1024x1024xf32>
      %545 = stablehlo.multiply %544, %166#6 : tensor<8x16x2x1024x1024xf32>
      %546 = func.call @_where_32(%166#5, %545) : (tensor<8x16x2x1024x1024xi1>, tensor<8x16x2x1024x1024xf32>) -> tensor<8x16x2x1024x1024xf32>
      %cst_84 = stablehlo.constant dense<0.0771516785> : tensor<f32>
      %547 = stablehlo.broadcast_in_dim %cst_84, dims = [] : (tensor<f32>) -> tensor<8x16x2x1024x1024xf32>
      %548 = stablehlo.multiply %546, %547 : tensor<8x16x2x1024x1024xf32>
      %549 = stablehlo.transpose %548, dims = [0, 1, 4, 3, 2] : (tensor<8x16x2x1024x1024xf32>) -> tensor<8x16x1024x1024x2xf32>
      %550 = stablehlo.dot_general %549, %166#4, batching_dims = [0, 1] x [0, 2], contracting_dims = [2] x [1], precision = [DEFAULT, DEFAULT] : (tensor<8x16x1024x1024x2xf32>, tensor<8x1024x16x128xbf16>) -> tensor<8x16x1024x2x128xf32>
      %551 = stablehlo.transpose %550, dims = [0, 2, 1, 3, 4] : (tensor<8x16x1024x2x128xf32>) -> tensor<8x1024x16x2x128xf32>
      %552 = stablehlo.convert %551 : (tensor<8x1024x16x2x128xf32>) -> tensor<8x1024x16x2x128xbf16>
      %553 = stablehlo.dot_general %549, %166#3, batching_dims = [0, 1] x [0, 2], contracting_dims = [3, 4] x [1, 3], precision = [DEFAULT, DEFAULT] : (tensor<8x16x1024x1024x2xf32>, tensor<8x1024x16x2x128xbf16>) -> tensor<8x16x1024x128xf32>
      %554 = stablehlo.transpose %553, dims = [0, 2, 1, 3] : (tensor<8x16x1024x128xf32>) -> tensor<8x1024x16x128xf32>
      %555 = stablehlo.convert %554 : (tensor<8x1024x16x128xf32>) -> tensor<8x1024x16x128xbf16>
      %556 = stablehlo.reshape %552 : (tensor<8x1024x16x2x128xbf16>) -> tensor<8x1024x32x128xbf16>
      stablehlo.return %556, %555, %532 : tensor<8x1024x32x128xbf16>, tensor<8x1024x16x128xbf16>, tensor<8x1024x16x128xbf16>
    }, {
      %528 = stablehlo.reshape %401 : (tensor<8x1024x32x128xbf16>) -> tensor<8x1024x16x2x128xbf16>
      %529 = stablehlo.transpose %528, dims = [0, 2, 4, 3, 1] : (tensor<8x1024x16x2x128xbf16>) -> tensor<8x16x128x2x1024xbf16>
      %530 = stablehlo.dot_general %529, %166#2, batching_dims = [0, 1] x [0, 2], contracting_dims = [2] x [3], precision = [DEFAULT, DEFAULT] : (tensor<8x16x128x2x1024xbf16>, tensor<8x1024x16x128xbf16>) -> tensor<8x16x2x1024x1024xbf16>
      %531 = stablehlo.dot_general %529, %166#1, batching_dims = [0, 1] x [0, 1], contracting_dims = [3, 4] x [2, 3], precision = [DEFAULT, DEFAULT] : (tensor<8x16x128x2x1024xbf16>, tensor<8x16x2x1024x1024xbf16>) -> tensor<8x16x128x1024xbf16>
      %532 = stablehlo.transpose %531, dims = [0, 3, 1, 2] : (tensor<8x16x128x1024xbf16>) -> tensor<8x1024x16x128xbf16>
      %533 = stablehlo.convert %530 : (tensor<8x16x2x1024x1024xbf16>) -> tensor<8x16x2x1024x1024xf32>
      %534 = stablehlo.broadcast_in_dim %166#8, dims = [0, 1, 2, 3, 4] : (tensor<8x16x2x1024x1xf32>) -> tensor<8x16x2x1024x1024xf32>
      %535 = stablehlo.multiply %533, %534 : tensor<8x16x2x1024x1024xf32>
      %536 = stablehlo.multiply %535, %166#6 : tensor<8x16x2x1024x1024xf32>
      %cst_82 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
      %537 = stablehlo.reduce(%536 init: %cst_82) applies stablehlo.add across dimensions = [4] : (tensor<8x16x2x1024x1024xf32>, tensor<f32>) -> tensor<8x16x2x1024xf32>
      %538 = stablehlo.reshape %537 : (tensor<8x16x2x1024xf32>) -> tensor<8x16x2x1024x1xf32>
      %539 = stablehlo.negate %538 : tensor<8x16x2x1024x1xf32>
      %540 = stablehlo.broadcast_in_dim %166#7, dims = [0, 1, 2, 3, 4] : (tensor<8x16x2x1024x1xf32>) -> tensor<8x16x2x1024x1024xf32>
      %541 = stablehlo.divide %533, %540 : tensor<8x16x2x1024x1024xf32>
      %cst_83 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
      %542 = stablehlo.reduce(%539 init: %cst_83) applies stablehlo.add across dimensions = [4] : (tensor<8x16x2x1024x1xf32>, tensor<f32>) -> tensor<8x16x2x1024xf32>
      %543 = stablehlo.broadcast_in_dim %542, dims = [0, 1, 2, 3] : (tensor<8x16x2x1024xf32>) -> tensor<8x16x2x1024x1024xf32>
      %544 = stablehlo.add %541, %543 : tensor<8x16x2x1024x1024xf32>
      %545 = stablehlo.multiply %544, %166#6 : tensor<8x16x2x1024x1024xf32>
      %546 = func.call @_where_32(%166#5, %545) : (tensor<8x16x2x1024x1024xi1>, tensor<8x16x2x1024x1024xf32>) -> tensor<8x16x2x1024x1024xf32>
      %cst_84 = stablehlo.constant dense<0.0771516785> : tensor<f32>
      %547 = stablehlo.broadcast_in_dim %cst_84, dims = [] : (tensor<f32>) -> tensor<8x16x2x1024x1024xf32>
      %548 = stablehlo.multiply %546, %547 : tensor<8x16x2x1024x1024xf32>
      %549 = stablehlo.transpose %548, dims = [0, 1, 4, 3, 2] : (tensor<8x16x2x1024x1024xf32>) -> tensor<8x16x1024x1024x2xf32>
      %550 = stablehlo.dot_general %549, %166#4, batching_dims = [0, 1] x [0, 2], contracting_dims = [2] x [1], precision = [DEFAULT, DEFAULT] : (tensor<8x16x1024x1024x2xf32>, tensor<8x1024x16x128xbf16>) -> tensor<8x16x1024x2x128xf32>
      %551 = stablehlo.transpose %550, dims = [0, 2, 1, 3, 4] : (tensor<8x16x1024x2x128xf32>) -> tensor<8x1024x16x2x128xf32>
      %552 = stablehlo.convert %551 : (tensor<8x1024x16x2x128xf32>) -> tensor<8x1024x16x2x128xbf16>
      %553 = stablehlo.dot_general %549, %166#3, batching_dims = [0, 1] x [0, 2], contracting_dims = [3, 4] x [1, 3], precision = [DEFAULT, DEFAULT] : (tensor<8x16x1024x1024x2xf32>, tensor<8x1024x16x2x128xbf16>) -> tensor<8x16x1024x128xf32>
      %554 = stablehlo.transpose %553, dims = [0, 2, 1, 3] : (tensor<8x16x1024x128xf32>) -> tensor<8x1024x16x128xf32>
      %555 = stablehlo.convert %554 : (tensor<8x1024x16x128xf32>) -> tensor<8x1024x16x128xbf16>
      %556 = stablehlo.reshape %552 : (tensor<8x1024x16x2x128xbf16>) -> tensor<8x1024x32x128xbf16>
      stablehlo.return %556, %555, %532 : tensor<8x1024x32x128xbf16>, tensor<8x1024x16x128xbf16>, tensor<8x1024x16x128xbf16>
    }) : (tensor<i32>) -> (tensor<8x1024x32x128xbf16>, tensor<8x1024x16x128xbf16>, tensor<8x1024x16x128xbf16>)
    %403 = stablehlo.convert %402#1 : (tensor<8x1024x16x128xbf16>) -> tensor<8x1024x16x128xf32>
    %404 = stablehlo.slice %403 [0:8, 0:1024, 0:16, 0:64] : (tensor<8x1024x16x128xf32>) -> tensor<8x1024x16x64xf32>
    %405 = stablehlo.slice %403 [0:8, 0:1024, 0:16, 64:128] : (tensor<8x1024x16x128xf32>) -> tensor<8x1024x16x64xf32>
    %406 = stablehlo.broadcast_in_dim %147, dims = [0, 1, 2, 3] : (tensor<8x1024x1x64xf32>) -> tensor<8x1024x16x64xf32>
    %407 = stablehlo.multiply %405, %406 : tensor<8x1024x16x64xf32>
    %408 = stablehlo.broadcast_in_dim %149, dims = [0, 1, 2, 3] : (tensor<8x1024x1x64xf32>) -> tensor<8x1024x16x64xf32>
    %409 = stablehlo.multiply %405, %408 : tensor<8x1024x16x64xf32>
    %410 = stablehlo.negate %404 : tensor<8x1024x16x64xf32>
    %411 = stablehlo.broadcast_in_dim %147, dims = [0, 1, 2, 3] : (tensor<8x1024x1x64xf32>) -> tensor<8x1024x16x64xf32>
    %412 = stablehlo.multiply %410, %411 : tensor<8x1024x16x64xf32>
    %413 = stablehlo.add %409, %412 : tensor<8x1024x16x64xf32>
    %414 = stablehlo.broadcast_in_dim %149, dims = [0, 1, 2, 3] : (tensor<8x1024x1x64xf32>) -> tensor<8x1024x16x64xf32>
    %415 = stablehlo.multiply %404, %414 : tensor<8x1024x16x64xf32>
    %416 = stablehlo.add %407, %415 : tensor<8x1024x16x64xf32>
    %417 = stablehlo.concatenate %416, %413, dim = 3 : (tensor<8x1024x16x64xf32>, tensor<8x1024x16x64xf32>) -> tensor<8x1024x16x128xf32>
    %418 = stablehlo.convert %417 : (tensor<8x1024x16x128xf32>) -> tensor<8x1024x16x128xbf16>
    %419 = stablehlo.convert %402#0 : (tensor<8x1024x32x128xbf16>) -> tensor<8x1024x32x128xf32>
    %420 = stablehlo.slice %419 [0:8, 0:1024, 0:32, 0:64] : (tensor<8x1024x32x128xf32>) -> tensor<8x1024x32x64xf32>
    %421 = stablehlo.slice %419 [0:8, 0:1024, 0:32, 64:128] : (tensor<8x1024x32x128xf32>) -> tensor<8x1024x32x64xf32>
    %422 = stablehlo.broadcast_in_dim %122, dims = [0, 1, 2, 3] : (tensor<8x1024x1x64xf32>) -> tensor<8x1024x32x64xf32>
    %423 = stablehlo.multiply %421, %422 : tensor<8x1024x32x64xf32>
    %424 = stablehlo.broadcast_in_dim %124, dims = [0, 1, 2, 3] : (tensor<8x1024x1x64xf32>) -> tensor<8x1024x32x64xf32>
    %425 = stablehlo.multiply %421, %424 : tensor<8x1024x32x64xf32>
    %426 = stablehlo.negate %420 : tensor<8x1024x32x64xf32>
    %427 = stablehlo.broadcast_in_dim %122, dims = [0, 1, 2, 3] : (tensor<8x1024x1x64xf32>) -> tensor<8x1024x32x64xf32>
    %428 = stablehlo.multiply %426, %427 : tensor<8x1024x32x64xf32>
    %429 = stablehlo.add %425, %428 : tensor<8x1024x32x64xf32>
    %430 = stablehlo.broadcast_in_dim %124, dims = [0, 1, 2, 3] : (tensor<8x1024x1x64xf32>) -> tensor<8x1024x32x64xf32>
    %431 = stablehlo.multiply %420, %430 : tensor<8x1024x32x64xf32>
    %432 = stablehlo.add %423, %431 : tensor<8x1024x32x64xf32>
    %433 = stablehlo.concatenate %432, %429, dim = 3 : (tensor<8x1024x32x64xf32>, tensor<8x1024x32x64xf32>) -> tensor<8x1024x32x128xf32>
    %434 = stablehlo.convert %433 : (tensor<8x1024x32x128xf32>) -> tensor<8x1024x32x128xbf16>
    %435 = stablehlo.convert %418 : (tensor<8x1024x16x128xbf16>) -> tensor<8x1024x16x128xf32>
    %436 = stablehlo.broadcast_in_dim %84, dims = [0, 1, 2, 3] : (tensor<1x1x1x128xf32>) -> tensor<8x1024x16x128xf32>
    %437 = stablehlo.multiply %435, %436 : tensor<8x1024x16x128xf32>
    %438 = stablehlo.multiply %67, %437 : tensor<8x1024x16x128xf32>
    %cst_70 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %439 = stablehlo.reduce(%438 init: %cst_70) applies stablehlo.add across dimensions = [3] : (tensor<8x1024x16x128xf32>, tensor<f32>) -> tensor<8x1024x16xf32>
    %440 = stablehlo.reshape %439 : (tensor<8x1024x16xf32>) -> tensor<8x1024x16x1xf32>
    %441 = stablehlo.broadcast_in_dim %75, dims = [0, 1, 2, 3] : (tensor<8x1024x16x1xf32>) -> tensor<8x1024x16x128xf32>
    %442 = stablehlo.multiply %437, %441 : tensor<8x1024x16x128xf32>
    %443 = stablehlo.multiply %440, %78 : tensor<8x1024x16x1xf32>
    %cst_71 = stablehlo.constant dense<1.280000e+02> : tensor<f32>
    %444 = stablehlo.broadcast_in_dim %cst_71, dims = [] : (tensor<f32>) -> tensor<8x1024x16x1xf32>
    %445 = stablehlo.divide %443, %444 : tensor<8x1024x16x1xf32>
    %cst_72 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %446 = stablehlo.reduce(%445 init: %cst_72) applies stablehlo.add across dimensions = [3] : (tensor<8x1024x16x1xf32>, tensor<f32>) -> tensor<8x1024x16xf32>
    %447 = stablehlo.broadcast_in_dim %446, dims = [0, 1, 2] : (tensor<8x1024x16xf32>) -> tensor<8x1024x16x128xf32>
    %448 = stablehlo.multiply %67, %447 : tensor<8x1024x16x128xf32>
    %449 = stablehlo.add %442, %448 : tensor<8x1024x16x128xf32>
    %450 = stablehlo.multiply %447, %67 : tensor<8x1024x16x128xf32>
    %451 = stablehlo.add %449, %450 : tensor<8x1024x16x128xf32>
    %452 = stablehlo.convert %451 : (tensor<8x1024x16x128xf32>) -> tensor<8x1024x16x128xbf16>
    %453 = stablehlo.convert %434 : (tensor<8x1024x32x128xbf16>) -> tensor<8x1024x32x128xf32>
    %454 = stablehlo.broadcast_in_dim %63, dims = [0, 1, 2, 3] : (tensor<1x1x1x128xf32>) -> tensor<8x1024x32x128xf32>
    %455 = stablehlo.multiply %453, %454 : tensor<8x1024x32x128xf32>
    %456 = stablehlo.multiply %46, %455 : tensor<8x1024x32x128xf32>
    %cst_73 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %457 = stablehlo.reduce(%456 init: %cst_73) applies stablehlo.add across dimensions = [3] : (tensor<8x1024x32x128xf32>, tensor<f32>) -> tensor<8x1024x32xf32>
    %458 = stablehlo.reshape %457 : (tensor<8x1024x32xf32>) -> tensor<8x1024x32x1xf32>
    %459 = stablehlo.broadcast_in_dim %54, dims = [0, 1, 2, 3] : (tensor<8x1024x32x1xf32>) -> tensor<8x1024x32x128xf32>
    %460 = stablehlo.multiply %455, %459 : tensor<8x1024x32x128xf32>
    %461 = stablehlo.multiply %458, %57 : tensor<8x1024x32x1xf32>
    %cst_74 = stablehlo.constant dense<1.280000e+02> : tensor<f32>
    %462 = stablehlo.broadcast_in_dim %cst_74, dims = [] : (tensor<f32>) -> tensor<8x1024x32x1xf32>
    %463 = stablehlo.divide %461, %462 : tensor<8x1024x32x1xf32>
    %cst_75 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %464 = stablehlo.reduce(%463 init: %cst_75) applies stablehlo.add across dimensions = [3] : (tensor<8x1024x32x1xf32>, tensor<f32>) -> tensor<8x1024x32xf32>
    %465 = stablehlo.broadcast_in_dim %464, dims = [0, 1, 2] : (tensor<8x1024x32xf32>) -> tensor<8x1024x32x128xf32>
    %466 = stablehlo.multiply %46, %465 : tensor<8x1024x32x128xf32>
    %467 = stablehlo.add %460, %466 : tensor<8x1024x32x128xf32>
    %468 = stablehlo.multiply %465, %46 : tensor<8x1024x32x128xf32>
    %469 = stablehlo.add %467, %468 : tensor<8x1024x32x128xf32>
    %470 = stablehlo.convert %469 : (tensor<8x1024x32x128xf32>) -> tensor<8x1024x32x128xbf16>
    %471 = stablehlo.dot_general %402#2, %42, contracting_dims = [0, 1] x [0, 1], precision = [DEFAULT, DEFAULT] : (tensor<8x1024x16x128xbf16>, tensor<8x1024x16xbf16>) -> tensor<16x128x16xbf16>
    %472 = stablehlo.transpose %471, dims = [2, 0, 1] : (tensor<16x128x16xbf16>) -> tensor<16x16x128xbf16>
    %473 = stablehlo.dot_general %402#2, %43, contracting_dims = [2, 3] x [1, 2], precision = [DEFAULT, DEFAULT] : (tensor<8x1024x16x128xbf16>, tensor<16x16x128xbf16>) -> tensor<8x1024x16xbf16>
    %474 = stablehlo.convert %472 : (tensor<16x16x128xbf16>) -> tensor<16x16x128xf32>
    %cst_76 = stablehlo.constant dense<2.000000e+00> : tensor<bf16>
    %475 = stablehlo.broadcast_in_dim %cst_76, dims = [] : (tensor<bf16>) -> tensor<8x1024x16xbf16>
    %476 = stablehlo.multiply %473, %475 : tensor<8x1024x16xbf16>
    %477 = stablehlo.dot_general %476, %21, contracting_dims = [0, 1] x [0, 1], precision = [DEFAULT, DEFAULT] : (tensor<8x1024x16xbf16>, tensor<8x1024x5376xbf16>) -> tensor<16x5376xbf16>
    %478 = stablehlo.transpose %477, dims = [1, 0] : (tensor<16x5376xbf16>) -> tensor<5376x16xbf16>
    %479 = stablehlo.dot_general %476, %39, contracting_dims = [2] x [1], precision = [DEFAULT, DEFAULT] : (tensor<8x1024x16xbf16>, tensor<5376x16xbf16>) -> tensor<8x1024x5376xbf16>
    %480 = stablehlo.convert %478 : (tensor<5376x16xbf16>) -> tensor<5376x16xf32>
    %481 = stablehlo.dot_general %402#2, %0#6, contracting_dims = [2, 3] x [0, 2], precision = [DEFAULT, DEFAULT] : (tensor<8x1024x16x128xbf16>, tensor<16x5376x128xbf16>) -> tensor<8x1024x5376xbf16>
    %482 = stablehlo.add %479, %481 : tensor<8x1024x5376xbf16>
    %483 = stablehlo.dot_general %452, %34, contracting_dims = [0, 1] x [0, 1], precision = [DEFAULT, DEFAULT] : (tensor<8x1024x16x128xbf16>, tensor<8x1024x16xbf16>) -> tensor<16x128x16xbf16>
    %484 = stablehlo.transpose %483, dims = [2, 0, 1] : (tensor<16x128x16xbf16>) -> tensor<16x16x128xbf16>
    %485 = stablehlo.dot_general %452, %35, contracting_dims = [2, 3] x [1, 2], precision = [DEFAULT, DEFAULT] : (tensor<8x1024x16x128xbf16>, tensor<16x16x128xbf16>) -> tensor<8x1024x16xbf16>
    %486 = stablehlo.convert %484 : (tensor<16x16x128xbf16>) -> tensor<16x16x128xf32>
    %cst_77 = stablehlo.constant dense<2.000000e+00> : tensor<bf16>
    %487 = stablehlo.broadcast_in_dim %cst_77, dims = [] : (tensor<bf16>) -> tensor<8x1024x16xbf16>
    %488 = stablehlo.multiply %485, %487 : tensor<8x1024x16xbf16>
    %489 = stablehlo.dot_general %488, %21, contracting_dims = [0, 1] x [0, 1], precision = [DEFAULT, DEFAULT] : (tensor<8x1024x16xbf16>, tensor<8x1024x5376xbf16>) -> tensor<16x5376xbf16>
    %490 = stablehlo.transpose %489, dims = [1, 0] : (tensor<16x5376xbf16>) -> tensor<5376x16xbf16>
    %491 = stablehlo.dot_general %488, %31, contracting_dims = [2] x [1], precision = [DEFAULT, DEFAULT] : (tensor<8x1024x16xbf16>, tensor<5376x16xbf16>) -> tensor<8x1024x5376xbf16>
    %492 = stablehlo.add %482, %491 : tensor<8x1024x5376xbf16>
    %493 = stablehlo.convert %490 : (tensor<5376x16xbf16>) -> tensor<5376x16xf32>
    %494 = stablehlo.dot_general %452, %0#5, contracting_dims = [2, 3] x [0, 2], precision = [DEFAULT, DEFAULT] : (tensor<8x1024x16x128xbf16>, tensor<16x5376x128xbf16>) -> tensor<8x1024x5376xbf16>
    %495 = stablehlo.add %492, %494 : tensor<8x1024x5376xbf16>
    %496 = stablehlo.dot_general %470, %26, contracting_dims = [0, 1] x [0, 1], precision = [DEFAULT, DEFAULT] : (tensor<8x1024x32x128xbf16>, tensor<8x1024x16xbf16>) -> tensor<32x128x16xbf16>
    %497 = stablehlo.transpose %496, dims = [2, 0, 1] : (tensor<32x128x16xbf16>) -> tensor<16x32x128xbf16>
    %498 = stablehlo.dot_general %470, %27, contracting_dims = [2, 3] x [1, 2], precision = [DEFAULT, DEFAULT] : (tensor<8x1024x32x128xbf16>, tensor<16x32x128xbf16>) -> tensor<8x1024x16xbf16>
    %499 = stablehlo.convert %497 : (tensor<16x32x128xbf16>) -> tensor<16x32x128xf32>
    %cst_78 = stablehlo.constant dense<2.000000e+00> : tensor<bf16>
    %500 = stablehlo.broadcast_in_dim %cst_78, dims = [] : (tensor<bf16>) -> tensor<8x1024x16xbf16>
    %501 = stablehlo.multiply %498, %500 : tensor<8x1024x16xbf16>
    %502 = stablehlo.dot_general %501, %21, contracting_dims = [0, 1] x [0, 1], precision = [DEFAULT, DEFAULT] : (tensor<8x1024x16xbf16>, tensor<8x1024x5376xbf16>) -> tensor<16x5376xbf16>
    %503 = stablehlo.transpose %502, dims = [1, 0] : (tensor<16x5376xbf16>) -> tensor<5376x16xbf16>
    %504 = stablehlo.dot_general %501, %23, contracting_dims = [2] x [1], precision = [DEFAULT, DEFAULT] : (tensor<8x1024x16xbf16>, tensor<5376x16xbf16>) -> tensor<8x1024x5376xbf16>
    %505 = stablehlo.add %495, %504 : tensor<8x1024x5376xbf16>
    %506 = stablehlo.convert %503 : (tensor<5376x16xbf16>) -> tensor<5376x16xf32>
    %507 = stablehlo.dot_general %470, %0#4, contracting_dims = [2, 3] x [0, 2], precision = [DEFAULT, DEFAULT] : (tensor<8x1024x32x128xbf16>, tensor<32x5376x128xbf16>) -> tensor<8x1024x5376xbf16>
    %508 = stablehlo.add %505, %507 : tensor<8x1024x5376xbf16>
    %509 = stablehlo.convert %508 : (tensor<8x1024x5376xbf16>) -> tensor<8x1024x5376xf32>
    %510 = stablehlo.broadcast_in_dim %18, dims = [0, 1, 2] : (tensor<1x1x5376xf32>) -> tensor<8x1024x5376xf32>
    %511 = stablehlo.multiply %509, %510 : tensor<8x1024x5376xf32>
    %512 = stablehlo.multiply %1, %511 : tensor<8x1024x5376xf32>
    %cst_79 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %513 = stablehlo.reduce(%512 init: %cst_79) applies stablehlo.add across dimensions = [2] : (tensor<8x1024x5376xf32>, tensor<f32>) -> tensor<8x1024xf32>
    %514 = stablehlo.reshape %513 : (tensor<8x1024xf32>) -> tensor<8x1024x1xf32>
    %515 = stablehlo.broadcast_in_dim %9, dims = [0, 1, 2] : (tensor<8x1024x1xf32>) -> tensor<8x1024x5376xf32>
    %516 = stablehlo.multiply %511, %515 : tensor<8x1024x5376xf32>
    %517 = stablehlo.multiply %514, %12 : tensor<8x1024x1xf32>
    %cst_80 = stablehlo.constant dense<5.376000e+03> : tensor<f32>
    %518 = stablehlo.broadcast_in_dim %cst_80, dims = [] : (tensor<f32>) -> tensor<8x1024x1xf32>
    %519 = stablehlo.divide %517, %518 : tensor<8x1024x1xf32>
    %cst_81 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %520 = stablehlo.reduce(%519 init: %cst_81) applies stablehlo.add across dimensions = [2] : (tensor<8x1024x1xf32>, tensor<f32>) -> tensor<8x1024xf32>
    %521 = stablehlo.broadcast_in_dim %520, dims = [0, 1] : (tensor<8x1024xf32>) -> tensor<8x1024x5376xf32>
    %522 = stablehlo.multiply %1, %521 : tensor<8x1024x5376xf32>
    %523 = stablehlo.add %516, %522 : tensor<8x1024x5376xf32>
    %524 = stablehlo.multiply %521, %1 : tensor<8x1024x5376xf32>
    %525 = stablehlo.add %523, %524 : tensor<8x1024x5376xf32>
    %526 = stablehlo.convert %525 : (tensor<8x1024x5376xf32>) -> tensor<8x1024x5376xbf16>
    %527 = stablehlo.add %369, %526 : tensor<8x1024x5376xbf16>
    return %527, %307, %301, %348, %341, %493, %486, %400, %391, %506, %499, %321, %315, %480, %474 : tensor<8x1024x5376xbf16>, tensor<21504x16xf32>, tensor<16x5376xf32>, tensor<5376x16xf32>, tensor<16x21504xf32>, tensor<5376x16xf32>, tensor<16x16x128xf32>, tensor<32x128x16xf32>, tensor<16x5376xf32>, tensor<5376x16xf32>, tensor<16x32x128xf32>, tensor<5376x16xf32>, tensor<16x21504xf32>, tensor<5376x16xf32>, tensor<16x16x128xf32>
  }
  func.func private @_where_30(%arg0: tensor<i1>, %arg1: tensor<64xf32>, %arg2: tensor<64xf32>) -> tensor<64xf32> {
    %0 = stablehlo.select %arg0, %arg1, %arg2 : tensor<i1>, tensor<64xf32>
    return %0 : tensor<64xf32>
  }
  func.func private @_where_31(%arg0: tensor<8x1x1x1024x1024xi1>, %arg1: tensor<8x16x2x1024x1024xf32>, %arg2: tensor<f32>) -> (tensor<8x16x2x1024x1024xf32>, tensor<8x16x2x1024x1024xi1>) {
    %0 = stablehlo.convert %arg2 : tensor<f32>
    %1 = stablehlo.broadcast_in_dim %arg0, dims = [0, 1, 2, 3, 4] : (tensor<8x1x1x1024x1024xi1>) -> tensor<8x16x2x1024x1024xi1>
    %2 = stablehlo.broadcast_in_dim %0, dims = [] : (tensor<f32>) -> tensor<8x16x2x1024x1024xf32>
    %3 = stablehlo.select %1, %arg1, %2 : tensor<8x16x2x1024x1024xi1>, tensor<8x16x2x1024x1024xf32>
    return %3, %1 : tensor<8x16x2x1024x1024xf32>, tensor<8x16x2x1024x1024xi1>
  }
  func.func private @_where_32(%arg0: tensor<8x16x2x1024x1024xi1>, %arg1: tensor<8x16x2x1024x1024xf32>) -> tensor<8x16x2x1024x1024xf32> {
    %cst = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %0 = stablehlo.broadcast_in_dim %cst, dims = [] : (tensor<f32>) -> tensor<8x16x2x1024x1024xf32>
    %1 = stablehlo.select %arg0, %arg1, %0 : tensor<8x16x2x1024x1024xi1>, tensor<8x16x2x1024x1024xf32>
    return %1 : tensor<8x16x2x1024x1024xf32>
  }
  func.func private @dynamic_update_index_in_dim_33(%arg0: tensor<62x21504x16xf32>, %arg1: tensor<21504x16xf32>, %arg2: tensor<i32>) -> tensor<62x21504x16xf32> {
    %0 = stablehlo.broadcast_in_dim %arg1, dims = [1, 2] : (tensor<21504x16xf32>) -> tensor<1x21504x16xf32>
    %c = stablehlo.constant dense<0> : tensor<i32>
    %c_0 = stablehlo.constant dense<0> : tensor<i32>
    %1 = stablehlo.dynamic_update_slice %arg0, %0, %arg2, %c, %c_0 : (tensor<62x21504x16xf32>, tensor<1x21504x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<62x21504x16xf32>
    return %1 : tensor<62x21504x16xf32>
  }
  func.func private @dynamic_update_index_in_dim_34(%arg0: tensor<62x16x5376xf32>, %arg1: tensor<16x5376xf32>, %arg2: tensor<i32>) -> tensor<62x16x5376xf32> {
    %0 = stablehlo.broadcast_in_dim %arg1, dims = [1, 2] : (tensor<16x5376xf32>) -> tensor<1x16x5376xf32>
    %c = stablehlo.constant dense<0> : tensor<i32>
    %c_0 = stablehlo.constant dense<0> : tensor<i32>
    %1 = stablehlo.dynamic_update_slice %arg0, %0, %arg2, %c, %c_0 : (tensor<62x16x5376xf32>, tensor<1x16x5376xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<62x16x5376xf32>
    return %1 : tensor<62x16x5376xf32>
  }
  func.func private @dynamic_update_index_in_dim_35(%arg0: tensor<62x5376x16xf32>, %arg1: tensor<5376x16xf32>, %arg2: tensor<i32>) -> tensor<62x5376x16xf32> {
    %0 = stablehlo.broadcast_in_dim %arg1, dims = [1, 2] : (tensor<5376x16xf32>) -> tensor<1x5376x16xf32>
    %c = stablehlo.constant dense<0> : tensor<i32>
    %c_0 = stablehlo.constant dense<0> : tensor<i32>
    %1 = stablehlo.dynamic_update_slice %arg0, %0, %arg2, %c, %c_0 : (tensor<62x5376x16xf32>, tensor<1x5376x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<62x5376x16xf32>
    return %1 : tensor<62x5376x16xf32>
  }
  func.func private @dynamic_update_index_in_dim_36(%arg0: tensor<62x16x21504xf32>, %arg1: tensor<16x21504xf32>, %arg2: tensor<i32>) -> tensor<62x16x21504xf32> {
    %0 = stablehlo.broadcast_in_dim %arg1, dims = [1, 2] : (tensor<16x21504xf32>) -> tensor<1x16x21504xf32>
    %c = stablehlo.constant dense<0> : tensor<i32>
    %c_0 = stablehlo.constant dense<0> : tensor<i32>
    %1 = stablehlo.dynamic_update_slice %arg0, %0, %arg2, %c, %c_0 : (tensor<62x16x21504xf32>, tensor<1x16x21504xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<62x16x21504xf32>
    return %1 : tensor<62x16x21504xf32>
  }
  func.func private @dynamic_update_index_in_dim_37(%arg0: tensor<62x16x16x128xf32>, %arg1: tensor<16x16x128xf32>, %arg2: tensor<i32>) -> tensor<62x16x16x128xf32> {
    %0 = stablehlo.broadcast_in_dim %arg1, dims = [1, 2, 3] : (tensor<16x16x128xf32>) -> tensor<1x16x16x128xf32>
    %c = stablehlo.constant dense<0> : tensor<i32>
    %c_0 = stablehlo.constant dense<0> : tensor<i32>
    %c_1 = stablehlo.constant dense<0> : tensor<i32>
    %1 = stablehlo.dynamic_update_slice %arg0, %0, %arg2, %c, %c_0, %c_1 : (tensor<62x16x16x128xf32>, tensor<1x16x16x128xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<62x16x16x128xf32>
    return %1 : tensor<62x16x16x128xf32>
  }
  func.func private @dynamic_update_index_in_dim_38(%arg0: tensor<62x32x128x16xf32>, %arg1: tensor<32x128x16xf32>, %arg2: tensor<i32>) -> tensor<62x32x128x16xf32> {
    %0 = stablehlo.broadcast_in_dim %arg1, dims = [1, 2, 3] : (tensor<32x128x16xf32>) -> tensor<1x32x128x16xf32>
    %c = stablehlo.constant dense<0> : tensor<i32>
    %c_0 = stablehlo.constant dense<0> : tensor<i32>
    %c_1 = stablehlo.constant dense<0> : tensor<i32>
    %1 = stablehlo.dynamic_update_slice %arg0, %0, %arg2, %c, %c_0, %c_1 : (tensor<62x32x128x16xf32>, tensor<1x32x128x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<62x32x128x16xf32>
    return %1 : tensor<62x32x128x16xf32>
  }
  func.func private @dynamic_update_index_in_dim_39(%arg0: tensor<62x16x32x128xf32>, %arg1: tensor<16x32x128xf32>, %arg2: tensor<i32>) -> tensor<62x16x32x128xf32> {
    %0 = stablehlo.broadcast_in_dim %arg1, dims = [1, 2, 3] : (tensor<16x32x128xf32>) -> tensor<1x16x32x128xf32>
    %c = stablehlo.constant dense<0> : tensor<i32>
    %c_0 = stablehlo.constant dense<0> : tensor<i32>
    %c_1 = stablehlo.constant dense<0> : tensor<i32>
    %1 = stablehlo.dynamic_update_slice %arg0, %0, %arg2, %c, %c_0, %c_1 : (tensor<62x16x32x128xf32>, tensor<1x16x32x128xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<62x16x32x128xf32>
    return %1 : tensor<62x16x32x128xf32>
  }
  func.func private @_where_40(%arg0: tensor<i1>, %arg1: tensor<i32>, %arg2: tensor<i32>) -> tensor<i32> {
    %0 = stablehlo.select %arg0, %arg1, %arg2 : tensor<i1>, tensor<i32>
    return %0 : tensor<i32>
  }
}
