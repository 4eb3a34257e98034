// gemma3 27b v5e-8 grpo batch=8 seq=1024 lora_rank=16: StableHLO from jax, no locations
// row: {"topology": "v5e-8", "workload": "grpo", "options": {"batch": 8, "seq": 1024, "lora_rank": 16}}
// jax 0.10.2, jaxlib 0.10.2, libtpu 0.0.42.1
// regenerate: python -m gemma3.hlo dump --workload grpo; compare: python -m gemma3.hlo diff grpo.stablehlo.mlir current
module @jit_fn attributes {mhlo.num_partitions = 8 : i32, mhlo.num_replicas = 1 : i32} {
  sdy.mesh @mesh = <["data"=1, "fsdp"=1, "tensor"=8]> {stablehlo.mesh = {axes = [{name = "data", size = 1 : i64}, {name = "fsdp", size = 1 : i64}, {name = "tensor", size = 8 : i64}]}}
  func.func public @main(%arg0: tensor<62x21504x16xf32> {sdy.sharding = #sdy.sharding<@mesh, [{}, {"tensor"}, {}]>, tf.aliasing_output = 0 : i32}, %arg1: tensor<62x16x5376xf32> {sdy.sharding = #sdy.sharding<@mesh, [{}, {}, {"fsdp"}]>, tf.aliasing_output = 1 : i32}, %arg2: tensor<62x5376x16xf32> {sdy.sharding = #sdy.sharding<@mesh, [{}, {"fsdp"}, {}]>, tf.aliasing_output = 2 : i32}, %arg3: tensor<62x16x21504xf32> {sdy.sharding = #sdy.sharding<@mesh, [{}, {}, {"tensor"}]>, tf.aliasing_output = 3 : i32}, %arg4: tensor<62x5376x16xf32> {sdy.sharding = #sdy.sharding<@mesh, [{}, {"fsdp"}, {}]>, tf.aliasing_output = 4 : i32}, %arg5: tensor<62x16x16x128xf32> {sdy.sharding = #sdy.sharding<@mesh, [{}, {}, {"tensor"}, {}]>, tf.aliasing_output = 5 : i32}, %arg6: tensor<62x32x128x16xf32> {sdy.sharding = #sdy.sharding<@mesh, [{}, {"tensor"}, {}, {}]>, tf.aliasing_output = 6 : i32}, %arg7: tensor<62x16x5376xf32> {sdy.sharding = #sdy.sharding<@mesh, [{}, {}, {"fsdp"}]>, tf.aliasing_output = 7 : i32}, %arg8: tensor<62x5376x16xf32> {sdy.sharding = #sdy.sharding<@mesh, [{}, {"fsdp"}, {}]>, tf.aliasing_output = 8 : i32}, %arg9: tensor<62x16x32x128xf32> {sdy.sharding = #sdy.sharding<@mesh, [{}, {}, {"tensor"}, {}]>, tf.aliasing_output = 9 : i32}, %arg10: tensor<62x5376x16xf32> {sdy.sharding = #sdy.sharding<@mesh, [{}, {"fsdp"}, {}]>, tf.aliasing_output = 10 : i32}, %arg11: tensor<62x16x21504xf32> {sdy.sharding = #sdy.sharding<@mesh, [{}, {}, {"tensor"}]>, tf.aliasing_output = 11 : i32}, %arg12: tensor<62x5376x16xf32> {sdy.sharding = #sdy.sharding<@mesh, [{}, {"fsdp"}, {}]>, tf.aliasing_output = 12 : i32}, %arg13: tensor<62x16x16x128xf32> {sdy.sharding = #sdy.sharding<@mesh, [{}, {}, {"tensor"}, {}]>, tf.aliasing_output = 13 : i32}, %arg14: tensor<i32> {sdy.sharding = #sdy.sharding<@mesh, []>, tf.aliasing_output = 14 : i32}, %arg15: tensor<62x21504x16xf32> {sdy.sharding = #sdy.sharding<@mesh, [{}, {"tensor"}, {}]>, tf.aliasing_output = 15 : i32}, %arg16: tensor<62x16x5376xf32> {sdy.sharding = #sdy.sharding<@mesh, [{}, {}, {"fsdp"}]>, tf.aliasing_output = 16 : i32}, %arg17: tensor<62x5376x16xf32> {sdy.sharding = #sdy.sharding<@mesh, [{}, {"fsdp"}, {}]>, tf.aliasing_output = 17 : i32}, %arg18: tensor<62x16x21504xf32> {sdy.sharding = #sdy.sharding<@mesh, [{}, {}, {"tensor"}]>, tf.aliasing_output = 18 : i32}, %arg19: tensor<62x5376x16xf32> {sdy.sharding = #sdy.sharding<@mesh, [{}, {"fsdp"}, {}]>, tf.aliasing_output = 19 : i32}, %arg20: tensor<62x16x16x128xf32> {sdy.sharding = #sdy.sharding<@mesh, [{}, {}, {"tensor"}, {}]>, tf.aliasing_output = 20 : i32}, %arg21: tensor<62x32x128x16xf32> {sdy.sharding = #sdy.sharding<@mesh, [{}, {"tensor"}, {}, {}]>, tf.aliasing_output = 21 : i32}, %arg22: tensor<62x16x5376xf32> {sdy.sharding = #sdy.sharding<@mesh, [{}, {}, {"fsdp"}]>, tf.aliasing_output = 22 : i32}, %arg23: tensor<62x5376x16xf32> {sdy.sharding = #sdy.sharding<@mesh, [{}, {"fsdp"}, {}]>, tf.aliasing_output = 23 : i32}, %arg24: tensor<62x16x32x128xf32> {sdy.sharding = #sdy.sharding<@mesh, [{}, {}, {"tensor"}, {}]>, tf.aliasing_output = 24 : i32}, %arg25: tensor<62x5376x16xf32> {sdy.sharding = #sdy.sharding<@mesh, [{}, {"fsdp"}, {}]>, tf.aliasing_output = 25 : i32}, %arg26: tensor<62x16x21504xf32> {sdy.sharding = #sdy.sharding<@mesh, [{}, {}, {"tensor"}]>, tf.aliasing_output = 26 : i32}, %arg27: tensor<62x5376x16xf32> {sdy.sharding = #sdy.sharding<@mesh, [{}, {"fsdp"}, {}]>, tf.aliasing_output = 27 : i32}, %arg28: tensor<62x16x16x128xf32> {sdy.sharding = #sdy.sharding<@mesh, [{}, {}, {"tensor"}, {}]>, tf.aliasing_output = 28 : i32}, %arg29: tensor<62x21504x16xf32> {sdy.sharding = #sdy.sharding<@mesh, [{}, {"tensor"}, {}]>, tf.aliasing_output = 29 : i32}, %arg30: tensor<62x16x5376xf32> {sdy.sharding = #sdy.sharding<@mesh, [{}, {}, {"fsdp"}]>, tf.aliasing_output = 30 : i32}, %arg31: tensor<62x5376x16xf32> {sdy.sharding = #sdy.sharding<@mesh, [{}, {"fsdp"}, {}]>, tf.aliasing_output = 31 : i32}, %arg32: tensor<62x16x21504xf32> {sdy.sharding = #sdy.sharding<@mesh, [{}, {}, {"tensor"}]>, tf.aliasing_output = 32 : i32}, %arg33: tensor<62x5376x16xf32> {sdy.sharding = #sdy.sharding<@mesh, [{}, {"fsdp"}, {}]>, tf.aliasing_output = 33 : i32}, %arg34: tensor<62x16x16x128xf32> {sdy.sharding = #sdy.sharding<@mesh, [{}, {}, {"tensor"}, {}]>, tf.aliasing_output = 34 : i32}, %arg35: tensor<62x32x128x16xf32> {sdy.sharding = #sdy.sharding<@mesh, [{}, {"tensor"}, {}, {}]>, tf.aliasing_output = 35 : i32}, %arg36: tensor<62x16x5376xf32> {sdy.sharding = #sdy.sharding<@mesh, [{}, {}, {"fsdp"}]>, tf.aliasing_output = 36 : i32}, %arg37: tensor<62x5376x16xf32> {sdy.sharding = #sdy.sharding<@mesh, [{}, {"fsdp"}, {}]>, tf.aliasing_output = 37 : i32}, %arg38: tensor<62x16x32x128xf32> {sdy.sharding = #sdy.sharding<@mesh, [{}, {}, {"tensor"}, {}]>, tf.aliasing_output = 38 : i32}, %arg39: tensor<62x5376x16xf32> {sdy.sharding = #sdy.sharding<@mesh, [{}, {"fsdp"}, {}]>, tf.aliasing_output = 39 : i32}, %arg40: tensor<62x16x21504xf32> {sdy.sharding = #sdy.sharding<@mesh, [{}, {}, {"tensor"}]>, tf.aliasing_output = 40 : i32}, %arg41: tensor<62x5376x16xf32> {sdy.sharding = #sdy.sharding<@mesh, [{}, {"fsdp"}, {}]>, tf.aliasing_output = 41 : i32}, %arg42: tensor<62x16x16x128xf32> {sdy.sharding = #sdy.sharding<@mesh, [{}, {}, {"tensor"}, {}]>, tf.aliasing_output = 42 : i32}, %arg43: tensor<i32> {sdy.sharding = #sdy.sharding<@mesh, []>, tf.aliasing_output = 43 : i32}, %arg44: tensor<262208x5376xbf16> {sdy.sharding = #sdy.sharding<@mesh, [{"tensor"}, {"fsdp"}]>}, %arg45: tensor<62x5376xbf16> {sdy.sharding = #sdy.sharding<@mesh, [{}, {"fsdp"}]>}, %arg46: tensor<62x32x5376x128xbf16> {sdy.sharding = #sdy.sharding<@mesh, [{}, {"tensor"}, {"fsdp"}, {}]>}, %arg47: tensor<62x16x5376x128xbf16> {sdy.sharding = #sdy.sharding<@mesh, [{}, {"tensor"}, {"fsdp"}, {}]>}, %arg48: tensor<62x16x5376x128xbf16> {sdy.sharding = #sdy.sharding<@mesh, [{}, {"tensor"}, {"fsdp"}, {}]>}, %arg49: tensor<62x32x128x5376xbf16> {sdy.sharding = #sdy.sharding<@mesh, [{}, {"tensor"}, {}, {"fsdp"}]>}, %arg50: tensor<62x128xbf16> {sdy.sharding = #sdy.sharding<@mesh, [{}, {}]>}, %arg51: tensor<62x128xbf16> {sdy.sharding = #sdy.sharding<@mesh, [{}, {}]>}, %arg52: tensor<62x5376xbf16> {sdy.sharding = #sdy.sharding<@mesh, [{}, {"fsdp"}]>}, %arg53: tensor<62x5376xbf16> {sdy.sharding = #sdy.sharding<@mesh, [{}, {"fsdp"}]>}, %arg54: tensor<62x5376x21504xbf16> {sdy.sharding = #sdy.sharding<@mesh, [{}, {"fsdp"}, {"tensor"}]>}, %arg55: tensor<62x5376x21504xbf16> {sdy.sharding = #sdy.sharding<@mesh, [{}, {"fsdp"}, {"tensor"}]>}, %arg56: tensor<62x21504x5376xbf16> {sdy.sharding = #sdy.sharding<@mesh, [{}, {"tensor"}, {"fsdp"}]>}, %arg57: tensor<62x5376xbf16> {sdy.sharding = #sdy.sharding<@mesh, [{}, {"fsdp"}]>}, %arg58: tensor<5376xbf16> {sdy.sharding = #sdy.sharding<@mesh, [{"fsdp"}]>}, %arg59: tensor<8x1024xi32> {sdy.sharding = #sdy.sharding<@mesh, [{"data", "fsdp"}, {}]>}, %arg60: tensor<8x1024xi32> {sdy.sharding = #sdy.sharding<@mesh, [{"data", "fsdp"}, {}]>}, %arg61: tensor<8x1024xi32> {sdy.sharding = #sdy.sharding<@mesh, [{"data", "fsdp"}, {}]>}, %arg62: tensor<8x512xf32> {sdy.sharding = #sdy.sharding<@mesh, [{"data", "fsdp"}, {}]>}, %arg63: tensor<8xf32> {sdy.sharding = #sdy.sharding<@mesh, [{"data", "fsdp"}]>}, %arg64: tensor<8x512xf32> {sdy.sharding = #sdy.sharding<@mesh, [{"data", "fsdp"}, {}]>}) -> (tensor<62x21504x16xf32> {jax.result_info = "result[0].params['down'].a", sdy.sharding = #sdy.sharding<@mesh, [{}, {"tensor"}, {}]>}, tensor<62x16x5376xf32> {jax.result_info = "result[0].params['down'].b", sdy.sharding = #sdy.sharding<@mesh, [{}, {}, {"fsdp"}]>}, tensor<62x5376x16xf32> {jax.result_info = "result[0].params['gate'].a", sdy.sharding = #sdy.sharding<@mesh, [{}, {"fsdp"}, {}]>}, tensor<62x16x21504xf32> {jax.result_info = "result[0].params['gate'].b", sdy.sharding = #sdy.sharding<@mesh, [{}, {}, {"tensor"}]>}, tensor<62x5376x16xf32> {jax.result_info = "result[0].params['k'].a", sdy.sharding = #sdy.sharding<@mesh, [{}, {"fsdp"}, {}]>}, tensor<62x16x16x128xf32> {jax.result_info = "result[0].params['k'].b", sdy.sharding = #sdy.sharding<@mesh, [{}, {}, {"tensor"}, {}]>}, tensor<62x32x128x16xf32> {jax.result_info = "result[0].params['o'].a", sdy.sharding = #sdy.sharding<@mesh, [{}, {"tensor"}, {}, {}]>}, tensor<62x16x5376xf32> {jax.result_info = "result[0].params['o'].b", sdy.sharding = #sdy.sharding<@mesh, [{}, {}, {"fsdp"}]>}, tensor<62x5376x16xf32> {jax.result_info = "result[0].params['q'].a", sdy.sharding = #sdy.sharding<@mesh, [{}, {"fsdp"}, {}]>}, tensor<62x16x32x128xf32> {jax.result_info = "result[0].params['q'].b", sdy.sharding = #sdy.sharding<@mesh, [{}, {}, {"tensor"}, {}]>}, tensor<62x5376x16xf32> {jax.result_info = "result[0].params['up'].a", sdy.sharding = #sdy.sharding<@mesh, [{}, {"fsdp"}, {}]>}, tensor<62x16x21504xf32> {jax.result_info = "result[0].params['up'].b", sdy.sharding = #sdy.sharding<@mesh, [{}, {}, {"tensor"}]>}, tensor<62x5376x16xf32> {jax.result_info = "result[0].params['v'].a", sdy.sharding = #sdy.sharding<@mesh, [{}, {"fsdp"}, {}]>}, tensor<62x16x16x128xf32> {jax.result_info = "result[0].params['v'].b", sdy.sharding = #sdy.sharding<@mesh, [{}, {}, {"tensor"}, {}]>}, tensor<i32> {jax.result_info = "result[0].opt_state[1][0].count", sdy.sharding = #sdy.sharding<@mesh, []>}, tensor<62x21504x16xf32> {jax.result_info = "result[0].opt_state[1][0].mu['down'].a", sdy.sharding = #sdy.sharding<@mesh, [{}, {"tensor"}, {}]>}, tensor<62x16x5376xf32> {jax.result_info = "result[0].opt_state[1][0].mu['down'].b", sdy.sharding = #sdy.sharding<@mesh, [{}, {}, {"fsdp"}]>}, tensor<62x5376x16xf32> {jax.result_info = "result[0].opt_state[1][0].mu['gate'].a", sdy.sharding = #sdy.sharding<@mesh, [{}, {"fsdp"}, {}]>}, tensor<62x16x21504xf32> {jax.result_info = "result[0].opt_state[1][0].mu['gate'].b", sdy.sharding = #sdy.sharding<@mesh, [{}, {}, {"tensor"}]>}, tensor<62x5376x16xf32> {jax.result_info = "result[0].opt_state[1][0].mu['k'].a", sdy.sharding = #sdy.sharding<@mesh, [{}, {"fsdp"}, {}]>}, tensor<62x16x16x128xf32> {jax.result_info = "result[0].opt_state[1][0].mu['k'].b", sdy.sharding = #sdy.sharding<@mesh, [{}, {}, {"tensor"}, {}]>}, tensor<62x32x128x16xf32> {jax.result_info = "result[0].opt_state[1][0].mu['o'].a", sdy.sharding = #sdy.sharding<@mesh, [{}, {"tensor"}, {}, {}]>}, tensor<62x16x5376xf32> {jax.result_info = "result[0].opt_state[1][0].mu['o'].b", sdy.sharding = #sdy.sharding<@mesh, [{}, {}, {"fsdp"}]>}, tensor<62x5376x16xf32> {jax.result_info = "result[0].opt_state[1][0].mu['q'].a", sdy.sharding = #sdy.sharding<@mesh, [{}, {"fsdp"}, {}]>}, tensor<62x16x32x128xf32> {jax.result_info = "result[0].opt_state[1][0].mu['q'].b", sdy.sharding = #sdy.sharding<@mesh, [{}, {}, {"tensor"}, {}]>}, tensor<62x5376x16xf32> {jax.result_info = "result[0].opt_state[1][0].mu['up'].a", sdy.sharding = #sdy.sharding<@mesh, [{}, {"fsdp"}, {}]>}, tensor<62x16x21504xf32> {jax.result_info = "result[0].opt_state[1][0].mu['up'].b", sdy.sharding = #sdy.sharding<@mesh, [{}, {}, {"tensor"}]>}, tensor<62x5376x16xf32> {jax.result_info = "result[0].opt_state[1][0].mu['v'].a", sdy.sharding = #sdy.sharding<@mesh, [{}, {"fsdp"}, {}]>}, tensor<62x16x16x128xf32> {jax.result_info = "result[0].opt_state[1][0].mu['v'].b", sdy.sharding = #sdy.sharding<@mesh, [{}, {}, {"tensor"}, {}]>}, tensor<62x21504x16xf32> {jax.result_info = "result[0].opt_state[1][0].nu['down'].a", sdy.sharding = #sdy.sharding<@mesh, [{}, {"tensor"}, {}]>}, tensor<62x16x5376xf32> {jax.result_info = "result[0].opt_state[1][0].nu['down'].b", sdy.sharding = #sdy.sharding<@mesh, [{}, {}, {"fsdp"}]>}, tensor<62x5376x16xf32> {jax.result_info = "result[0].opt_state[1][0].nu['gate'].a", sdy.sharding = #sdy.sharding<@mesh, [{}, {"fsdp"}, {}]>}, tensor<62x16x21504xf32> {jax.result_info = "result[0].opt_state[1][0].nu['gate'].b", sdy.sharding = #sdy.sharding<@mesh, [{}, {}, {"tensor"}]>}, tensor<62x5376x16xf32> {jax.result_info = "result[0].opt_state[1][0].nu['k'].a", sdy.sharding = #sdy.sharding<@mesh, [{}, {"fsdp"}, {}]>}, tensor<62x16x16x128xf32> {jax.result_info = "result[0].opt_state[1][0].nu['k'].b", sdy.sharding = #sdy.sharding<@mesh, [{}, {}, {"tensor"}, {}]>}, tensor<62x32x128x16xf32> {jax.result_info = "result[0].opt_state[1][0].nu['o'].a", sdy.sharding = #sdy.sharding<@mesh, [{}, {"tensor"}, {}, {}]>}, tensor<62x16x5376xf32> {jax.result_info = "result[0].opt_state[1][0].nu['o'].b", sdy.sharding = #sdy.sharding<@mesh, [{}, {}, {"fsdp"}]>}, tensor<62x5376x16xf32> {jax.result_info = "result[0].opt_state[1][0].nu['q'].a", sdy.sharding = #sdy.sharding<@mesh, [{}, {"fsdp"}, {}]>}, tensor<62x16x32x128xf32> {jax.result_info = "result[0].opt_state[1][0].nu['q'].b", sdy.sharding = #sdy.sharding<@mesh, [{}, {}, {"tensor"}, {}]>}, tensor<62x5376x16xf32> {jax.result_info = "result[0].opt_state[1][0].nu['up'].a", sdy.sharding = #sdy.sharding<@mesh, [{}, {"fsdp"}, {}]>}, tensor<62x16x21504xf32> {jax.result_info = "result[0].opt_state[1][0].nu['up'].b", sdy.sharding = #sdy.sharding<@mesh, [{}, {}, {"tensor"}]>}, tensor<62x5376x16xf32> {jax.result_info = "result[0].opt_state[1][0].nu['v'].a", sdy.sharding = #sdy.sharding<@mesh, [{}, {"fsdp"}, {}]>}, tensor<62x16x16x128xf32> {jax.result_info = "result[0].opt_state[1][0].nu['v'].b", sdy.sharding = #sdy.sharding<@mesh, [{}, {}, {"tensor"}, {}]>}, tensor<i32> {jax.result_info = "result[0].step", sdy.sharding = #sdy.sharding<@mesh, []>}, tensor<f32> {jax.result_info = "result[1]['clip_fraction']"}, tensor<f32> {jax.result_info = "result[1]['grad_norm']"}, tensor<f32> {jax.result_info = "result[1]['kl']"}, tensor<f32> {jax.result_info = "result[1]['loss']"}, tensor<f32> {jax.result_info = "result[1]['ratio_mean']"}) {
    %c = stablehlo.constant dense<[false, false, false, false, false, true, false, false, false, false, false, true, false, false, false, false, false, true, false, false, false, false, false, true, false, false, false, false, false, true, false, false, false, false, false, true, false, false, false, false, false, true, false, false, false, false, false, true, false, false, false, false, false, true, false, false, false, false, false, true, false, false]> : tensor<62xi1>
    %0 = call @_take(%arg44, %arg59) : (tensor<262208x5376xbf16>, tensor<8x1024xi32>) -> tensor<8x1024x5376xbf16>
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
    %29 = stablehlo.convert %arg60 : (tensor<8x1024xi32>) -> tensor<8x1024xf32>
    %30 = stablehlo.broadcast_in_dim %29, dims = [0, 1] : (tensor<8x1024xf32>) -> tensor<8x1024x1xf32>
    %31 = stablehlo.convert %arg60 : (tensor<8x1024xi32>) -> tensor<8x1024xf32>
    %32 = stablehlo.broadcast_in_dim %31, dims = [0, 1] : (tensor<8x1024xf32>) -> tensor<8x1024x1xf32>
    %cst_12 = stablehlo.constant dense<0.000000e+00> : tensor<bf16>
    %33 = stablehlo.broadcast_in_dim %cst_12, dims = [] : (tensor<bf16>) -> tensor<62x8x1024x5376xbf16>
    %c_13 = stablehlo.constant dense<0> : tensor<i32>
    %34:36 = stablehlo.while(%iterArg = %arg45, %iterArg_244 = %arg46, %iterArg_245 = %arg47, %iterArg_246 = %arg48, %iterArg_247 = %arg49, %iterArg_248 = %arg50, %iterArg_249 = %arg51, %iterArg_250 = %arg52, %iterArg_251 = %arg53, %iterArg_252 = %arg54, %iterArg_253 = %arg55, %iterArg_254 = %arg56, %iterArg_255 = %arg57, %iterArg_256 = %arg0, %iterArg_257 = %arg1, %iterArg_258 = %arg2, %iterArg_259 = %arg3, %iterArg_260 = %arg4, %iterArg_261 = %arg5, %iterArg_262 = %arg6, %iterArg_263 = %arg7, %iterArg_264 = %arg8, %iterArg_265 = %arg9, %iterArg_266 = %arg10, %iterArg_267 = %arg11, %iterArg_268 = %arg12, %iterArg_269 = %arg13, %iterArg_270 = %c, %iterArg_271 = %arg61, %iterArg_272 = %30, %iterArg_273 = %15, %iterArg_274 = %28, %iterArg_275 = %32, %iterArg_276 = %c_13, %iterArg_277 = %2, %iterArg_278 = %33) : tensor<62x5376xbf16>, tensor<62x32x5376x128xbf16>, tensor<62x16x5376x128xbf16>, tensor<62x16x5376x128xbf16>, tensor<62x32x128x5376xbf16>, tensor<62x128xbf16>, tensor<62x128xbf16>, tensor<62x5376xbf16>, tensor<62x5376xbf16>, tensor<62x5376x21504xbf16>, tensor<62x5376x21504xbf16>, tensor<62x21504x5376xbf16>, tensor<62x5376xbf16>, tensor<62x21504x16xf32>, tensor<62x16x5376xf32>, tensor<62x5376x16xf32>, tensor<62x16x21504xf32>, tensor<62x5376x16xf32>, tensor<62x16x16x128xf32>, tensor<62x32x128x16xf32>, tensor<62x16x5376xf32>, tensor<62x5376x16xf32>, tensor<62x16x32x128xf32>, tensor<62x5376x16xf32>, tensor<62x16x21504xf32>, tensor<62x5376x16xf32>, tensor<62x16x16x128xf32>, tensor<62xi1>, tensor<8x1024xi32>, tensor<8x1024x1xf32>, tensor<64xf32>, tensor<64xf32>, tensor<8x1024x1xf32>, tensor<i32>, tensor<8x1024x5376xbf16>, tensor<62x8x1024x5376xbf16>
    cond {
      %c_279 = stablehlo.constant dense<62> : tensor<i32>
      %751 = stablehlo.compare LT, %iterArg_276, %c_279, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
      stablehlo.return %751 : tensor<i1>
    } do {
      %751 = func.call @dynamic_index_in_dim(%iterArg, %iterArg_276) : (tensor<62x5376xbf16>, tensor<i32>) -> tensor<5376xbf16>
      %752 = func.call @dynamic_index_in_dim_0(%iterArg_244, %iterArg_276) : (tensor<62x32x5376x128xbf16>, tensor<i32>) -> tensor<32x5376x128xbf16>
      %753 = func.call @dynamic_index_in_dim_1(%iterArg_245, %iterArg_276) : (tensor<62x16x5376x128xbf16>, tensor<i32>) -> tensor<16x5376x128xbf16>
      %754 = func.call @dynamic_index_in_dim_1(%iterArg_246, %iterArg_276) : (tensor<62x16x5376x128xbf16>, tensor<i32>) -> tensor<16x5376x128xbf16>
      %755 = func.call @dynamic_index_in_dim_2(%iterArg_247, %iterArg_276) : (tensor<62x32x128x5376xbf16>, tensor<i32>) -> tensor<32x128x5376xbf16>
      %756 = func.call @dynamic_index_in_dim_3(%iterArg_248, %iterArg_276) : (tensor<62x128xbf16>, tensor<i32>) -> tensor<128xbf16>
      %757 = func.call @dynamic_index_in_dim_3(%iterArg_249, %iterArg_276) : (tensor<62x128xbf16>, tensor<i32>) -> tensor<128xbf16>
      %758 = func.call @dynamic_index_in_dim(%iterArg_250, %iterArg_276) : (tensor<62x5376xbf16>, tensor<i32>) -> tensor<5376xbf16>
      %759 = func.call @dynamic_index_in_dim(%iterArg_251, %iterArg_276) : (tensor<62x5376xbf16>, tensor<i32>) -> tensor<5376xbf16>
      %760 = func.call @dynamic_index_in_dim_4(%iterArg_252, %iterArg_276) : (tensor<62x5376x21504xbf16>, tensor<i32>) -> tensor<5376x21504xbf16>
      %761 = func.call @dynamic_index_in_dim_4(%iterArg_253, %iterArg_276) : (tensor<62x5376x21504xbf16>, tensor<i32>) -> tensor<5376x21504xbf16>
      %762 = func.call @dynamic_index_in_dim_5(%iterArg_254, %iterArg_276) : (tensor<62x21504x5376xbf16>, tensor<i32>) -> tensor<21504x5376xbf16>
      %763 = func.call @dynamic_index_in_dim(%iterArg_255, %iterArg_276) : (tensor<62x5376xbf16>, tensor<i32>) -> tensor<5376xbf16>
      %764 = func.call @dynamic_index_in_dim_6(%iterArg_256, %iterArg_276) : (tensor<62x21504x16xf32>, tensor<i32>) -> tensor<21504x16xf32>
      %765 = func.call @dynamic_index_in_dim_7(%iterArg_257, %iterArg_276) : (tensor<62x16x5376xf32>, tensor<i32>) -> tensor<16x5376xf32>
      %766 = func.call @dynamic_index_in_dim_8(%iterArg_258, %iterArg_276) : (tensor<62x5376x16xf32>, tensor<i32>) -> tensor<5376x16xf32>
      %767 = func.call @dynamic_index_in_dim_9(%iterArg_259, %iterArg_276) : (tensor<62x16x21504xf32>, tensor<i32>) -> tensor<16x21504xf32>
      %768 = func.call @dynamic_index_in_dim_8(%iterArg_260, %iterArg_276) : (tensor<62x5376x16xf32>, tensor<i32>) -> tensor<5376x16xf32>
      %769 = func.call @dynamic_index_in_dim_10(%iterArg_261, %iterArg_276) : (tensor<62x16x16x128xf32>, tensor<i32>) -> tensor<16x16x128xf32>
      %770 = func.call @dynamic_index_in_dim_11(%iterArg_262, %iterArg_276) : (tensor<62x32x128x16xf32>, tensor<i32>) -> tensor<32x128x16xf32>
      %771 = func.call @dynamic_index_in_dim_7(%iterArg_263, %iterArg_276) : (tensor<62x16x5376xf32>, tensor<i32>) -> tensor<16x5376xf32>
      %772 = func.call @dynamic_index_in_dim_8(%iterArg_264, %iterArg_276) : (tensor<62x5376x16xf32>, tensor<i32>) -> tensor<5376x16xf32>
      %773 = func.call @dynamic_index_in_dim_12(%iterArg_265, %iterArg_276) : (tensor<62x16x32x128xf32>, tensor<i32>) -> tensor<16x32x128xf32>
      %774 = func.call @dynamic_index_in_dim_8(%iterArg_266, %iterArg_276) : (tensor<62x5376x16xf32>, tensor<i32>) -> tensor<5376x16xf32>
      %775 = func.call @dynamic_index_in_dim_9(%iterArg_267, %iterArg_276) : (tensor<62x16x21504xf32>, tensor<i32>) -> tensor<16x21504xf32>
      %776 = func.call @dynamic_index_in_dim_8(%iterArg_268, %iterArg_276) : (tensor<62x5376x16xf32>, tensor<i32>) -> tensor<5376x16xf32>
      %777 = func.call @dynamic_index_in_dim_10(%iterArg_269, %iterArg_276) : (tensor<62x16x16x128xf32>, tensor<i32>) -> tensor<16x16x128xf32>
      %778 = func.call @dynamic_index_in_dim_13(%iterArg_270, %iterArg_276) : (tensor<62xi1>, tensor<i32>) -> tensor<i1>
      %779:2 = func.call @closed_call(%iterArg_271, %iterArg_272, %iterArg_273, %iterArg_274, %iterArg_275, %iterArg_277, %751, %752, %753, %754, %755, %756, %757, %758, %759, %760, %761, %762, %763, %764, %765, %766, %767, %768, %769, %770, %771, %772, %773, %774, %775, %776, %777, %778) : (tensor<8x1024xi32>, tensor<8x1024x1xf32>, tensor<64xf32>, tensor<64xf32>, tensor<8x1024x1xf32>, tensor<8x1024x5376xbf16>, tensor<5376xbf16>, tensor<32x5376x128xbf16>, tensor<16x5376x128xbf16>, tensor<16x5376x128xbf16>, tensor<32x128x5376xbf16>, tensor<128xbf16>, tensor<128xbf16>, tensor<5376xbf16>, tensor<5376xbf16>, tensor<5376x21504xbf16>, tensor<5376x21504xbf16>, tensor<21504x5376xbf16>, tensor<5376xbf16>, tensor<21504x16xf32>, tensor<16x5376xf32>, tensor<5376x16xf32>, tensor<16x21504xf32>, tensor<5376x16xf32>, tensor<16x16x128xf32>, tensor<32x128x16xf32>, tensor<16x5376xf32>, tensor<5376x16xf32>, tensor<16x32x128xf32>, tensor<5376x16xf32>, tensor<16x21504xf32>, tensor<5376x16xf32>, tensor<16x16x128xf32>, tensor<i1>) -> (tensor<8x1024x5376xbf16>, tensor<8x1024x5376xbf16>)
      %780 = func.call @dynamic_update_index_in_dim(%iterArg_278, %779#1, %iterArg_276) : (tensor<62x8x1024x5376xbf16>, tensor<8x1024x5376xbf16>, tensor<i32>) -> tensor<62x8x1024x5376xbf16>
      %c_279 = stablehlo.constant dense<1> : tensor<i32>
      %781 = stablehlo.add %iterArg_276, %c_279 : tensor<i32>
      stablehlo.return %iterArg, %iterArg_244, %iterArg_245, %iterArg_246, %iterArg_247, %iterArg_248, %iterArg_249, %iterArg_250, %iterArg_251, %iterArg_252, %iterArg_253, %iterArg_254, %iterArg_255, %iterArg_256, %iterArg_257, %iterArg_258, %iterArg_259, %iterArg_260, %iterArg_261, %iterArg_262, %iterArg_263, %iterArg_264, %iterArg_265, %iterArg_266, %iterArg_267, %iterArg_268, %iterArg_269, %iterArg_270, %iterArg_271, %iterArg_272, %iterArg_273, %iterArg_274, %iterArg_275, %781, %779#0, %780 : tensor<62x5376xbf16>, tensor<62x32x5376x128xbf16>, tensor<62x16x5376x128xbf16>, tensor<62x16x5376x128xbf16>, tensor<62x32x128x5376xbf16>, tensor<62x128xbf16>, tensor<62x128xbf16>, tensor<62x5376xbf16>, tensor<62x5376xbf16>, tensor<62x5376x21504xbf16>, tensor<62x5376x21504xbf16>, tensor<62x21504x5376xbf16>, tensor<62x5376xbf16>, tensor<62x21504x16xf32>, tensor<62x16x5376xf32>, tensor<62x5376x16xf32>, tensor<62x16x21504xf32>, tensor<62x5376x16xf32>, tensor<62x16x16x128xf32>, tensor<62x32x128x16xf32>, tensor<62x16x5376xf32>, tensor<62x5376x16xf32>, tensor<62x16x32x128xf32>, tensor<62x5376x16xf32>, tensor<62x16x21504xf32>, tensor<62x5376x16xf32>, tensor<62x16x16x128xf32>, tensor<62xi1>, tensor<8x1024xi32>, tensor<8x1024x1xf32>, tensor<64xf32>, tensor<64xf32>, tensor<8x1024x1xf32>, tensor<i32>, tensor<8x1024x5376xbf16>, tensor<62x8x1024x5376xbf16>
    }
    %35 = stablehlo.slice %34#34 [0:8, 511:1023, 0:5376] : (tensor<8x1024x5376xbf16>) -> tensor<8x512x5376xbf16>
    %36 = stablehlo.slice %arg59 [0:8, 512:1024] : (tensor<8x1024xi32>) -> tensor<8x512xi32>
    %37 = stablehlo.reshape %35 : (tensor<8x512x5376xbf16>) -> tensor<8x8x64x5376xbf16>
    %38 = stablehlo.transpose %37, dims = [1, 0, 2, 3] : (tensor<8x8x64x5376xbf16>) -> tensor<8x8x64x5376xbf16>
    %39 = stablehlo.reshape %36 : (tensor<8x512xi32>) -> tensor<8x8x64xi32>
    %40 = stablehlo.transpose %39, dims = [1, 0, 2] : (tensor<8x8x64xi32>) -> tensor<8x8x64xi32>
    %41 = stablehlo.convert %arg58 : (tensor<5376xbf16>) -> tensor<5376xf32>
    %cst_14 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %42 = stablehlo.broadcast_in_dim %cst_14, dims = [] : (tensor<f32>) -> tensor<5376xf32>
    %43 = stablehlo.add %42, %41 : tensor<5376xf32>
    %44 = stablehlo.broadcast_in_dim %43, dims = [2] : (tensor<5376xf32>) -> tensor<1x1x5376xf32>
    %45 = stablehlo.slice %arg44 [0:262144, 0:5376] : (tensor<262208x5376xbf16>) -> tensor<262144x5376xbf16>
    %cst_15 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %46 = stablehlo.broadcast_in_dim %cst_15, dims = [] : (tensor<f32>) -> tensor<8x64xf32>
    %cst_16 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %47 = stablehlo.broadcast_in_dim %cst_16, dims = [] : (tensor<f32>) -> tensor<8x8x64xf32>
    %c_17 = stablehlo.constant dense<0> : tensor<i32>
    %48:7 = stablehlo.while(%iterArg = %38, %iterArg_244 = %40, %iterArg_245 = %44, %iterArg_246 = %45, %iterArg_247 = %46, %iterArg_248 = %c_17, %iterArg_249 = %47) : tensor<8x8x64x5376xbf16>, tensor<8x8x64xi32>, tensor<1x1x5376xf32>, tensor<262144x5376xbf16>, tensor<8x64xf32>, tensor<i32>, tensor<8x8x64xf32>
    cond {
      %c_250 = stablehlo.constant dense<8> : tensor<i32>
      %751 = stablehlo.compare LT, %iterArg_248, %c_250, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
      stablehlo.return %751 : tensor<i1>
    } do {
      %751 = func.call @dynamic_index_in_dim_16(%iterArg, %iterArg_248) : (tensor<8x8x64x5376xbf16>, tensor<i32>) -> tensor<8x64x5376xbf16>
      %752 = func.call @dynamic_index_in_dim_17(%iterArg_244, %iterArg_248) : (tensor<8x8x64xi32>, tensor<i32>) -> tensor<8x64xi32>
      %753 = func.call @closed_call_18(%iterArg_245, %iterArg_246, %iterArg_247, %751, %752) : (tensor<1x1x5376xf32>, tensor<262144x5376xbf16>, tensor<8x64xf32>, tensor<8x64x5376xbf16>, tensor<8x64xi32>) -> tensor<8x64xf32>
      %754 = func.call @dynamic_update_index_in_dim_19(%iterArg_249, %753, %iterArg_248) : (tensor<8x8x64xf32>, tensor<8x64xf32>, tensor<i32>) -> tensor<8x8x64xf32>
      %c_250 = stablehlo.constant dense<1> : tensor<i32>
      %755 = stablehlo.add %iterArg_248, %c_250 : tensor<i32>
      stablehlo.return %iterArg, %iterArg_244, %iterArg_245, %iterArg_246, %iterArg_247, %755, %754 : tensor<8x8x64x5376xbf16>, tensor<8x8x64xi32>, tensor<1x1x5376xf32>, tensor<262144x5376xbf16>, tensor<8x64xf32>, tensor<i32>, tensor<8x8x64xf32>
    }
    %49 = stablehlo.transpose %48#6, dims = [1, 0, 2] : (tensor<8x8x64xf32>) -> tensor<8x8x64xf32>
    %50 = stablehlo.reshape %49 : (tensor<8x8x64xf32>) -> tensor<8x512xf32>
    %51 = stablehlo.subtract %50, %50 : tensor<8x512xf32>
    %52 = stablehlo.exponential %51 : tensor<8x512xf32>
    %53 = stablehlo.broadcast_in_dim %arg63, dims = [0] : (tensor<8xf32>) -> tensor<8x1xf32>
    %cst_18 = stablehlo.constant dense<8.000000e-01> : tensor<f32>
    %cst_19 = stablehlo.constant dense<1.280000e+00> : tensor<f32>
    %54:3 = call @clip(%52, %cst_18, %cst_19) : (tensor<8x512xf32>, tensor<f32>, tensor<f32>) -> (tensor<8x512xf32>, tensor<8x512xf32>, tensor<8x512xf32>)
    %55 = stablehlo.broadcast_in_dim %53, dims = [0, 1] : (tensor<8x1xf32>) -> tensor<8x512xf32>
    %56 = stablehlo.multiply %52, %55 : tensor<8x512xf32>
    %57 = stablehlo.broadcast_in_dim %53, dims = [0, 1] : (tensor<8x1xf32>) -> tensor<8x512xf32>
    %58 = stablehlo.multiply %54#0, %57 : tensor<8x512xf32>
    %59 = stablehlo.minimum %56, %58 : tensor<8x512xf32>
    %60 = stablehlo.compare EQ, %56, %59, FLOAT : (tensor<8x512xf32>, tensor<8x512xf32>) -> tensor<8x512xi1>
    %cst_20 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %61 = stablehlo.broadcast_in_dim %cst_20, dims = [] : (tensor<f32>) -> tensor<8x512xf32>
    %cst_21 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %62 = stablehlo.broadcast_in_dim %cst_21, dims = [] : (tensor<f32>) -> tensor<8x512xf32>
    %63 = stablehlo.select %60, %61, %62 : tensor<8x512xi1>, tensor<8x512xf32>
    %64 = stablehlo.compare EQ, %58, %59, FLOAT : (tensor<8x512xf32>, tensor<8x512xf32>) -> tensor<8x512xi1>
    %cst_22 = stablehlo.constant dense<2.000000e+00> : tensor<f32>
    %65 = stablehlo.broadcast_in_dim %cst_22, dims = [] : (tensor<f32>) -> tensor<8x512xf32>
    %cst_23 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %66 = stablehlo.broadcast_in_dim %cst_23, dims = [] : (tensor<f32>) -> tensor<8x512xf32>
    %67 = stablehlo.select %64, %65, %66 : tensor<8x512xi1>, tensor<8x512xf32>
    %68 = stablehlo.divide %63, %67 : tensor<8x512xf32>
    %69 = stablehlo.compare EQ, %58, %59, FLOAT : (tensor<8x512xf32>, tensor<8x512xf32>) -> tensor<8x512xi1>
    %cst_24 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %70 = stablehlo.broadcast_in_dim %cst_24, dims = [] : (tensor<f32>) -> tensor<8x512xf32>
    %cst_25 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %71 = stablehlo.broadcast_in_dim %cst_25, dims = [] : (tensor<f32>) -> tensor<8x512xf32>
    %72 = stablehlo.select %69, %70, %71 : tensor<8x512xi1>, tensor<8x512xf32>
    %73 = stablehlo.compare EQ, %56, %59, FLOAT : (tensor<8x512xf32>, tensor<8x512xf32>) -> tensor<8x512xi1>
    %cst_26 = stablehlo.constant dense<2.000000e+00> : tensor<f32>
    %74 = stablehlo.broadcast_in_dim %cst_26, dims = [] : (tensor<f32>) -> tensor<8x512xf32>
    %cst_27 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %75 = stablehlo.broadcast_in_dim %cst_27, dims = [] : (tensor<f32>) -> tensor<8x512xf32>
    %76 = stablehlo.select %73, %74, %75 : tensor<8x512xi1>, tensor<8x512xf32>
    %77 = stablehlo.divide %72, %76 : tensor<8x512xf32>
    %78 = stablehlo.negate %59 : tensor<8x512xf32>
    %79 = stablehlo.subtract %arg64, %50 : tensor<8x512xf32>
    %80 = stablehlo.exponential %79 : tensor<8x512xf32>
    %81 = stablehlo.subtract %80, %79 : tensor<8x512xf32>
    %cst_28 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %82 = stablehlo.broadcast_in_dim %cst_28, dims = [] : (tensor<f32>) -> tensor<8x512xf32>
    %83 = stablehlo.subtract %81, %82 : tensor<8x512xf32>
    %cst_29 = stablehlo.constant dense<4.000000e-02> : tensor<f32>
    %84 = stablehlo.broadcast_in_dim %cst_29, dims = [] : (tensor<f32>) -> tensor<8x512xf32>
    %85 = stablehlo.multiply %84, %83 : tensor<8x512xf32>
    %86 = stablehlo.add %78, %85 : tensor<8x512xf32>
    %87 = stablehlo.multiply %86, %arg62 : tensor<8x512xf32>
    %cst_30 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %88 = stablehlo.reduce(%87 init: %cst_30) applies stablehlo.add across dimensions = [1] : (tensor<8x512xf32>, tensor<f32>) -> tensor<8xf32>
    %cst_31 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %89 = stablehlo.reduce(%arg62 init: %cst_31) applies stablehlo.add across dimensions = [1] : (tensor<8x512xf32>, tensor<f32>) -> tensor<8xf32>
    %cst_32 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %90 = stablehlo.broadcast_in_dim %cst_32, dims = [] : (tensor<f32>) -> tensor<8xf32>
    %91 = stablehlo.maximum %89, %90 : tensor<8xf32>
    %92 = stablehlo.divide %88, %91 : tensor<8xf32>
    %cst_33 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %93 = stablehlo.reduce(%92 init: %cst_33) applies stablehlo.add across dimensions = [0] : (tensor<8xf32>, tensor<f32>) -> tensor<f32>
    %cst_34 = stablehlo.constant dense<8.000000e+00> : tensor<f32>
    %94 = stablehlo.divide %93, %cst_34 : tensor<f32>
    %cst_35 = stablehlo.constant dense<8.000000e-01> : tensor<f32>
    %95 = stablehlo.broadcast_in_dim %cst_35, dims = [] : (tensor<f32>) -> tensor<8x512xf32>
    %96 = stablehlo.compare LT, %52, %95, FLOAT : (tensor<8x512xf32>, tensor<8x512xf32>) -> tensor<8x512xi1>
    %cst_36 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %97 = stablehlo.broadcast_in_dim %cst_36, dims = [] : (tensor<f32>) -> tensor<8x1xf32>
    %98 = stablehlo.compare LT, %53, %97, FLOAT : (tensor<8x1xf32>, tensor<8x1xf32>) -> tensor<8x1xi1>
    %99 = stablehlo.broadcast_in_dim %98, dims = [0, 1] : (tensor<8x1xi1>) -> tensor<8x512xi1>
    %100 = stablehlo.and %96, %99 : tensor<8x512xi1>
    %cst_37 = stablehlo.constant dense<1.280000e+00> : tensor<f32>
    %101 = stablehlo.broadcast_in_dim %cst_37, dims = [] : (tensor<f32>) -> tensor<8x512xf32>
    %102 = stablehlo.compare GT, %52, %101, FLOAT : (tensor<8x512xf32>, tensor<8x512xf32>) -> tensor<8x512xi1>
    %cst_38 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %103 = stablehlo.broadcast_in_dim %cst_38, dims = [] : (tensor<f32>) -> tensor<8x1xf32>
    %104 = stablehlo.compare GT, %53, %103, FLOAT : (tensor<8x1xf32>, tensor<8x1xf32>) -> tensor<8x1xi1>
    %105 = stablehlo.broadcast_in_dim %104, dims = [0, 1] : (tensor<8x1xi1>) -> tensor<8x512xi1>
    %106 = stablehlo.and %102, %105 : tensor<8x512xi1>
    %107 = stablehlo.or %100, %106 : tensor<8x512xi1>
    %cst_39 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %108 = stablehlo.reduce(%arg62 init: %cst_39) applies stablehlo.add across dimensions = [0, 1] : (tensor<8x512xf32>, tensor<f32>) -> tensor<f32>
    %cst_40 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %109 = stablehlo.maximum %108, %cst_40 : tensor<f32>
    %110 = stablehlo.multiply %83, %arg62 : tensor<8x512xf32>
    %cst_41 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %111 = stablehlo.reduce(%110 init: %cst_41) applies stablehlo.add across dimensions = [0, 1] : (tensor<8x512xf32>, tensor<f32>) -> tensor<f32>
    %112 = stablehlo.divide %111, %109 : tensor<f32>
    %113 = stablehlo.convert %107 : (tensor<8x512xi1>) -> tensor<8x512xf32>
    %114 = stablehlo.multiply %113, %arg62 : tensor<8x512xf32>
    %cst_42 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %115 = stablehlo.reduce(%114 init: %cst_42) applies stablehlo.add across dimensions = [0, 1] : (tensor<8x512xf32>, tensor<f32>) -> tensor<f32>
    %116 = stablehlo.divide %115, %109 : tensor<f32>
    %117 = stablehlo.multiply %52, %arg62 : tensor<8x512xf32>
    %cst_43 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %118 = stablehlo.reduce(%117 init: %cst_43) applies stablehlo.add across dimensions = [0, 1] : (tensor<8x512xf32>, tensor<f32>) -> tensor<f32>
    %119 = stablehlo.divide %118, %109 : tensor<f32>
    %cst_44 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %cst_45 = stablehlo.constant dense<8.000000e+00> : tensor<f32>
    %120 = stablehlo.divide %cst_44, %cst_45 : tensor<f32>
    %121 = stablehlo.broadcast_in_dim %120, dims = [] : (tensor<f32>) -> tensor<8xf32>
    %122 = stablehlo.divide %121, %91 : tensor<8xf32>
    %123 = stablehlo.broadcast_in_dim %122, dims = [0] : (tensor<8xf32>) -> tensor<8x512xf32>
    %124 = stablehlo.multiply %123, %arg62 : tensor<8x512xf32>
    %cst_46 = stablehlo.constant dense<4.000000e-02> : tensor<f32>
    %125 = stablehlo.broadcast_in_dim %cst_46, dims = [] : (tensor<f32>) -> tensor<8x512xf32>
    %126 = stablehlo.multiply %125, %124 : tensor<8x512xf32>
    %127 = stablehlo.negate %126 : tensor<8x512xf32>
    %128 = stablehlo.multiply %126, %80 : tensor<8x512xf32>
    %129 = stablehlo.add %127, %128 : tensor<8x512xf32>
    %130 = stablehlo.negate %129 : tensor<8x512xf32>
    %131 = stablehlo.negate %124 : tensor<8x512xf32>
    %132 = stablehlo.multiply %131, %77 : tensor<8x512xf32>
    %133 = stablehlo.multiply %131, %68 : tensor<8x512xf32>
    %134 = stablehlo.broadcast_in_dim %53, dims = [0, 1] : (tensor<8x1xf32>) -> tensor<8x512xf32>
    %135 = stablehlo.multiply %132, %134 : tensor<8x512xf32>
    %136 = stablehlo.broadcast_in_dim %53, dims = [0, 1] : (tensor<8x1xf32>) -> tensor<8x512xf32>
    %137 = stablehlo.multiply %133, %136 : tensor<8x512xf32>
    %138 = call @clip_20(%54#1, %54#2, %135) : (tensor<8x512xf32>, tensor<8x512xf32>, tensor<8x512xf32>) -> tensor<8x512xf32>
    %139 = stablehlo.add %137, %138 : tensor<8x512xf32>
    %140 = stablehlo.multiply %139, %52 : tensor<8x512xf32>
    %141 = stablehlo.add %130, %140 : tensor<8x512xf32>
    %142 = stablehlo.reshape %141 : (tensor<8x512xf32>) -> tensor<8x8x64xf32>
    %143 = stablehlo.transpose %142, dims = [1, 0, 2] : (tensor<8x8x64xf32>) -> tensor<8x8x64xf32>
    %cst_47 = stablehlo.constant dense<0.000000e+00> : tensor<bf16>
    %144 = stablehlo.broadcast_in_dim %cst_47, dims = [] : (tensor<bf16>) -> tensor<8x8x64x5376xbf16>
    %c_48 = stablehlo.constant dense<0> : tensor<i32>
    %145:7 = stablehlo.while(%iterArg = %143, %iterArg_244 = %38, %iterArg_245 = %40, %iterArg_246 = %arg58, %iterArg_247 = %arg44, %iterArg_248 = %c_48, %iterArg_249 = %144) : tensor<8x8x64xf32>, tensor<8x8x64x5376xbf16>, tensor<8x8x64xi32>, tensor<5376xbf16>, tensor<262208x5376xbf16>, tensor<i32>, tensor<8x8x64x5376xbf16>
    cond {
      %c_250 = stablehlo.constant dense<8> : tensor<i32>
      %751 = stablehlo.compare LT, %iterArg_248, %c_250, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
      stablehlo.return %751 : tensor<i1>
    } do {
      %c_250 = stablehlo.constant dense<8> : tensor<i32>
      %751 = stablehlo.subtract %c_250, %iterArg_248 : tensor<i32>
      %c_251 = stablehlo.constant dense<1> : tensor<i32>
      %752 = stablehlo.subtract %751, %c_251 : tensor<i32>
      %753 = func.call @dynamic_index_in_dim_21(%iterArg, %752) : (tensor<8x8x64xf32>, tensor<i32>) -> tensor<8x64xf32>
      %754 = func.call @dynamic_index_in_dim_16(%iterArg_244, %752) : (tensor<8x8x64x5376xbf16>, tensor<i32>) -> tensor<8x64x5376xbf16>
      %755 = func.call @dynamic_index_in_dim_17(%iterArg_245, %752) : (tensor<8x8x64xi32>, tensor<i32>) -> tensor<8x64xi32>
      %756 = func.call @closed_call_22(%iterArg_246, %iterArg_247, %753, %754, %755) : (tensor<5376xbf16>, tensor<262208x5376xbf16>, tensor<8x64xf32>, tensor<8x64x5376xbf16>, tensor<8x64xi32>) -> tensor<8x64x5376xbf16>
      %757 = func.call @dynamic_update_index_in_dim_25(%iterArg_249, %756, %752) : (tensor<8x8x64x5376xbf16>, tensor<8x64x5376xbf16>, tensor<i32>) -> tensor<8x8x64x5376xbf16>
      %c_252 = stablehlo.constant dense<1> : tensor<i32>
      %758 = stablehlo.add %iterArg_248, %c_252 : tensor<i32>
      stablehlo.return %iterArg, %iterArg_244, %iterArg_245, %iterArg_246, %iterArg_247, %758, %757 : tensor<8x8x64xf32>, tensor<8x8x64x5376xbf16>, tensor<8x8x64xi32>, tensor<5376xbf16>, tensor<262208x5376xbf16>, tensor<i32>, tensor<8x8x64x5376xbf16>
    }
    %146 = stablehlo.transpose %145#6, dims = [1, 0, 2, 3] : (tensor<8x8x64x5376xbf16>) -> tensor<8x8x64x5376xbf16>
    %147 = stablehlo.reshape %146 : (tensor<8x8x64x5376xbf16>) -> tensor<8x512x5376xbf16>
    %cst_49 = stablehlo.constant dense<0.000000e+00> : tensor<bf16>
    %148 = stablehlo.pad %147, %cst_49, low = [0, 511, 0], high = [0, 1, 0], interior = [0, 0, 0] : (tensor<8x512x5376xbf16>, tensor<bf16>) -> tensor<8x1024x5376xbf16>
    %cst_50 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %149 = stablehlo.broadcast_in_dim %cst_50, dims = [] : (tensor<f32>) -> tensor<62x21504x16xf32>
    %cst_51 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %150 = stablehlo.broadcast_in_dim %cst_51, dims = [] : (tensor<f32>) -> tensor<62x16x5376xf32>
    %cst_52 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %151 = stablehlo.broadcast_in_dim %cst_52, dims = [] : (tensor<f32>) -> tensor<62x5376x16xf32>
    %cst_53 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %152 = stablehlo.broadcast_in_dim %cst_53, dims = [] : (tensor<f32>) -> tensor<62x16x21504xf32>
    %cst_54 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %153 = stablehlo.broadcast_in_dim %cst_54, dims = [] : (tensor<f32>) -> tensor<62x5376x16xf32>
    %cst_55 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %154 = stablehlo.broadcast_in_dim %cst_55, dims = [] : (tensor<f32>) -> tensor<62x16x16x128xf32>
    %cst_56 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %155 = stablehlo.broadcast_in_dim %cst_56, dims = [] : (tensor<f32>) -> tensor<62x32x128x16xf32>
    %cst_57 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %156 = stablehlo.broadcast_in_dim %cst_57, dims = [] : (tensor<f32>) -> tensor<62x16x5376xf32>
    %cst_58 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %157 = stablehlo.broadcast_in_dim %cst_58, dims = [] : (tensor<f32>) -> tensor<62x5376x16xf32>
    %cst_59 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %158 = stablehlo.broadcast_in_dim %cst_59, dims = [] : (tensor<f32>) -> tensor<62x16x32x128xf32>
    %cst_60 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %159 = stablehlo.broadcast_in_dim %cst_60, dims = [] : (tensor<f32>) -> tensor<62x5376x16xf32>
    %cst_61 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %160 = stablehlo.broadcast_in_dim %cst_61, dims = [] : (tensor<f32>) -> tensor<62x16x21504xf32>
    %cst_62 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %161 = stablehlo.broadcast_in_dim %cst_62, dims = [] : (tensor<f32>) -> tensor<62x5376x16xf32>
    %cst_63 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %162 = stablehlo.broadcast_in_dim %cst_63, dims = [] : (tensor<f32>) -> tensor<62x16x16x128xf32>
    %c_64 = stablehlo.constant dense<0> : tensor<i32>
    %163:47 = stablehlo.while(%iterArg = %34#35, %iterArg_244 = %arg45, %iterArg_245 = %arg46, %iterArg_246 = %arg47, %iterArg_247 = %arg48, %iterArg_248 = %arg49, %iterArg_249 = %arg50, %iterArg_250 = %arg51, %iterArg_251 = %arg52, %iterArg_252 = %arg53, %iterArg_253 = %arg54, %iterArg_254 = %arg55, %iterArg_255 = %arg56, %iterArg_256 = %arg57, %iterArg_257 = %arg0, %iterArg_258 = %arg1, %iterArg_259 = %arg2, %iterArg_260 = %arg3, %iterArg_261 = %arg4, %iterArg_262 = %arg5, %iterArg_263 = %arg6, %iterArg_264 = %arg7, %iterArg_265 = %arg8, %iterArg_266 = %arg9, %iterArg_267 = %arg10, %iterArg_268 = %arg11, %iterArg_269 = %arg12, %iterArg_270 = %arg13, %iterArg_271 = %c, %iterArg_272 = %arg60, %iterArg_273 = %arg61, %iterArg_274 = %c_64, %iterArg_275 = %148, %iterArg_276 = %149, %iterArg_277 = %150, %iterArg_278 = %151, %iterArg_279 = %152, %iterArg_280 = %153, %iterArg_281 = %154, %iterArg_282 = %155, %iterArg_283 = %156, %iterArg_284 = %157, %iterArg_285 = %158, %iterArg_286 = %159, %iterArg_287 = %160, %iterArg_288 = %161, %iterArg_289 = %162) : tensor<62x8x1024x5376xbf16>, tensor<62x5376xbf16>, tensor<62x32x5376x128xbf16>, tensor<62x16x5376x128xbf16>, tensor<62x16x5376x128xbf16>, tensor<62x32x128x5376xbf16>, tensor<62x128xbf16>, tensor<62x128xbf16>, tensor<62x5376xbf16>, tensor<62x5376xbf16>, tensor<62x5376x21504xbf16>, tensor<62x5376x21504xbf16>, tensor<62x21504x5376xbf16>, tensor<62x5376xbf16>, tensor<62x21504x16xf32>, tensor<62x16x5376xf32>, tensor<62x5376x16xf32>, tensor<62x16x21504xf32>, tensor<62x5376x16xf32>, tensor<62x16x16x128xf32>, tensor<62x32x128x16xf32>, tensor<62x16x5376xf32>, tensor<62x5376x16xf32>, tensor<62x16x32x128xf32>, tensor<62x5376x16xf32>, tensor<62x16x21504xf32>, tensor<62x5376x16xf32>, tensor<62x16x16x128xf32>, tensor<62xi1>, tensor<8x1024xi32>, tensor<8x1024xi32>, tensor<i32>, tensor<8x1024x5376xbf16>, tensor<62x21504x16xf32>, tensor<62x16x5376xf32>, tensor<62x5376x16xf32>, tensor<62x16x21504xf32>, tensor<62x5376x16xf32>, tensor<62x16x16x128xf32>, tensor<62x32x128x16xf32>, tensor<62x16x5376xf32>, tensor<62x5376x16xf32>, tensor<62x16x32x128xf32>, tensor<62x5376x16xf32>, tensor<62x16x21504xf32>, tensor<62x5376x16xf32>, tensor<62x16x16x128xf32>
    cond {
      %c_290 = stablehlo.constant dense<62> : tensor<i32>
      %751 = stablehlo.compare LT, %iterArg_274, %c_290, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
      stablehlo.return %751 : tensor<i1>
    } do {
      %c_290 = stablehlo.constant dense<62> : tensor<i32>
      %751 = stablehlo.subtract %c_290, %iterArg_274 : tensor<i32>
      %c_291 = stablehlo.constant dense<1> : tensor<i32>
      %752 = stablehlo.subtract %751, %c_291 : tensor<i32>
      %753 = func.call @dynamic_index_in_dim_26(%iterArg, %752) : (tensor<62x8x1024x5376xbf16>, tensor<i32>) -> tensor<8x1024x5376xbf16>
      %754 = func.call @dynamic_index_in_dim(%iterArg_244, %752) : (tensor<62x5376xbf16>, tensor<i32>) -> tensor<5376xbf16>
      %755 = func.call @dynamic_index_in_dim_0(%iterArg_245, %752) : (tensor<62x32x5376x128xbf16>, tensor<i32>) -> tensor<32x5376x128xbf16>
      %756 = func.call @dynamic_index_in_dim_1(%iterArg_246, %752) : (tensor<62x16x5376x128xbf16>, tensor<i32>) -> tensor<16x5376x128xbf16>
      %757 = func.call @dynamic_index_in_dim_1(%iterArg_247, %752) : (tensor<62x16x5376x128xbf16>, tensor<i32>) -> tensor<16x5376x128xbf16>
      %758 = func.call @dynamic_index_in_dim_2(%iterArg_248, %752) : (tensor<62x32x128x5376xbf16>, tensor<i32>) -> tensor<32x128x5376xbf16>
      %759 = func.call @dynamic_index_in_dim_3(%iterArg_249, %752) : (tensor<62x128xbf16>, tensor<i32>) -> tensor<128xbf16>
      %760 = func.call @dynamic_index_in_dim_3(%iterArg_250, %752) : (tensor<62x128xbf16>, tensor<i32>) -> tensor<128xbf16>
      %761 = func.call @dynamic_index_in_dim(%iterArg_251, %752) : (tensor<62x5376xbf16>, tensor<i32>) -> tensor<5376xbf16>
      %762 = func.call @dynamic_index_in_dim(%iterArg_252, %752) : (tensor<62x5376xbf16>, tensor<i32>) -> tensor<5376xbf16>
      %763 = func.call @dynamic_index_in_dim_4(%iterArg_253, %752) : (tensor<62x5376x21504xbf16>, tensor<i32>) -> tensor<5376x21504xbf16>
      %764 = func.call @dynamic_index_in_dim_4(%iterArg_254, %752) : (tensor<62x5376x21504xbf16>, tensor<i32>) -> tensor<5376x21504xbf16>
      %765 = func.call @dynamic_index_in_dim_5(%iterArg_255, %752) : (tensor<62x21504x5376xbf16>, tensor<i32>) -> tensor<21504x5376xbf16>
      %766 = func.call @dynamic_index_in_dim(%iterArg_256, %752) : (tensor<62x5376xbf16>, tensor<i32>) -> tensor<5376xbf16>
      %767 = func.call @dynamic_index_in_dim_6(%iterArg_257, %752) : (tensor<62x21504x16xf32>, tensor<i32>) -> tensor<21504x16xf32>
      %768 = func.call @dynamic_index_in_dim_7(%iterArg_258, %752) : (tensor<62x16x5376xf32>, tensor<i32>) -> tensor<16x5376xf32>
      %769 = func.call @dynamic_index_in_dim_8(%iterArg_259, %752) : (tensor<62x5376x16xf32>, tensor<i32>) -> tensor<5376x16xf32>
      %770 = func.call @dynamic_index_in_dim_9(%iterArg_260, %752) : (tensor<62x16x21504xf32>, tensor<i32>) -> tensor<16x21504xf32>
      %771 = func.call @dynamic_index_in_dim_8(%iterArg_261, %752) : (tensor<62x5376x16xf32>, tensor<i32>) -> tensor<5376x16xf32>
      %772 = func.call @dynamic_index_in_dim_10(%iterArg_262, %752) : (tensor<62x16x16x128xf32>, tensor<i32>) -> tensor<16x16x128xf32>
      %773 = func.call @dynamic_index_in_dim_11(%iterArg_263, %752) : (tensor<62x32x128x16xf32>, tensor<i32>) -> tensor<32x128x16xf32>
      %774 = func.call @dynamic_index_in_dim_7(%iterArg_264, %752) : (tensor<62x16x5376xf32>, tensor<i32>) -> tensor<16x5376xf32>
      %775 = func.call @dynamic_index_in_dim_8(%iterArg_265, %752) : (tensor<62x5376x16xf32>, tensor<i32>) -> tensor<5376x16xf32>
      %776 = func.call @dynamic_index_in_dim_12(%iterArg_266, %752) : (tensor<62x16x32x128xf32>, tensor<i32>) -> tensor<16x32x128xf32>
      %777 = func.call @dynamic_index_in_dim_8(%iterArg_267, %752) : (tensor<62x5376x16xf32>, tensor<i32>) -> tensor<5376x16xf32>
      %778 = func.call @dynamic_index_in_dim_9(%iterArg_268, %752) : (tensor<62x16x21504xf32>, tensor<i32>) -> tensor<16x21504xf32>
      %779 = func.call @dynamic_index_in_dim_8(%iterArg_269, %752) : (tensor<62x5376x16xf32>, tensor<i32>) -> tensor<5376x16xf32>
      %780 = func.call @dynamic_index_in_dim_10(%iterArg_270, %752) : (tensor<62x16x16x128xf32>, tensor<i32>) -> tensor<16x16x128xf32>
      %781 = func.call @dynamic_index_in_dim_13(%iterArg_271, %752) : (tensor<62xi1>, tensor<i32>) -> tensor<i1>
      %782:15 = func.call @closed_call_27(%iterArg_272, %iterArg_273, %iterArg_275, %753, %754, %755, %756, %757, %758, %759, %760, %761, %762, %763, %764, %765, %766, %767, %768, %769, %770, %771, %772, %773, %774, %775, %776, %777, %778, %779, %780, %781) : (tensor<8x1024xi32>, tensor<8x1024xi32>, tensor<8x1024x5376xbf16>, tensor<8x1024x5376xbf16>, tensor<5376xbf16>, tensor<32x5376x128xbf16>, tensor<16x5376x128xbf16>, tensor<16x5376x128xbf16>, tensor<32x128x5376xbf16>, tensor<128xbf16>, tensor<128xbf16>, tensor<5376xbf16>, tensor<5376xbf16>, tensor<5376x21504xbf16>, tensor<5376x21504xbf16>, tensor<21504x5376xbf16>, tensor<5376xbf16>, tensor<21504x16xf32>, tensor<16x5376xf32>, tensor<5376x16xf32>, tensor<16x21504xf32>, tensor<5376x16xf32>, tensor<16x16x128xf32>, tensor<32x128x16xf32>, tensor<16x5376xf32>, tensor<5376x16xf32>, tensor<16x32x128xf32>, tensor<5376x16xf32>, tensor<16x21504xf32>, tensor<5376x16xf32>, tensor<16x16x128xf32>, tensor<i1>) -> (tensor<8x1024x5376xbf16>, tensor<21504x16xf32>, tensor<16x5376xf32>, tensor<5376x16xf32>, tensor<16x21504xf32>, tensor<5376x16xf32>, tensor<16x16x128xf32>, tensor<32x128x16xf32>, tensor<16x5376xf32>, tensor<5376x16xf32>, tensor<16x32x128xf32>, tensor<5376x16xf32>, tensor<16x21504xf32>, tensor<5376x16xf32>, tensor<16x16x128xf32>)
      %783 = func.call @dynamic_update_index_in_dim_31(%iterArg_276, %782#1, %752) : (tensor<62x21504x16xf32>, tensor<21504x16xf32>, tensor<i32>) -> tensor<62x21504x16xf32>
      %784 = func.call @dynamic_update_index_in_dim_32(%iterArg_277, %782#2, %752) : (tensor<62x16x5376xf32>, tensor<16x5376xf32>, tensor<i32>) -> tensor<62x16x5376xf32>
      %785 = func.call @dynamic_update_index_in_dim_33(%iterArg_278, %782#3, %752) : (tensor<62x5376x16xf32>, tensor<5376x16xf32>, tensor<i32>) -> tensor<62x5376x16xf32>
      %786 = func.call @dynamic_update_index_in_dim_34(%iterArg_279, %782#4, %752) : (tensor<62x16x21504xf32>, tensor<16x21504xf32>, tensor<i32>) -> tensor<62x16x21504xf32>
      %787 = func.call @dynamic_update_index_in_dim_33(%iterArg_280, %782#5, %752) : (tensor<62x5376x16xf32>, tensor<5376x16xf32>, tensor<i32>) -> tensor<62x5376x16xf32>
      %788 = func.call @dynamic_update_index_in_dim_35(%iterArg_281, %782#6, %752) : (tensor<62x16x16x128xf32>, tensor<16x16x128xf32>, tensor<i32>) -> tensor<62x16x16x128xf32>
      %789 = func.call @dynamic_update_index_in_dim_36(%iterArg_282, %782#7, %752) : (tensor<62x32x128x16xf32>, tensor<32x128x16xf32>, tensor<i32>) -> tensor<62x32x128x16xf32>
      %790 = func.call @dynamic_update_index_in_dim_32(%iterArg_283, %782#8, %752) : (tensor<62x16x5376xf32>, tensor<16x5376xf32>, tensor<i32>) -> tensor<62x16x5376xf32>
      %791 = func.call @dynamic_update_index_in_dim_33(%iterArg_284, %782#9, %752) : (tensor<62x5376x16xf32>, tensor<5376x16xf32>, tensor<i32>) -> tensor<62x5376x16xf32>
      %792 = func.call @dynamic_update_index_in_dim_37(%iterArg_285, %782#10, %752) : (tensor<62x16x32x128xf32>, tensor<16x32x128xf32>, tensor<i32>) -> tensor<62x16x32x128xf32>
      %793 = func.call @dynamic_update_index_in_dim_33(%iterArg_286, %782#11, %752) : (tensor<62x5376x16xf32>, tensor<5376x16xf32>, tensor<i32>) -> tensor<62x5376x16xf32>
      %794 = func.call @dynamic_update_index_in_dim_34(%iterArg_287, %782#12, %752) : (tensor<62x16x21504xf32>, tensor<16x21504xf32>, tensor<i32>) -> tensor<62x16x21504xf32>
      %795 = func.call @dynamic_update_index_in_dim_33(%iterArg_288, %782#13, %752) : (tensor<62x5376x16xf32>, tensor<5376x16xf32>, tensor<i32>) -> tensor<62x5376x16xf32>
      %796 = func.call @dynamic_update_index_in_dim_35(%iterArg_289, %782#14, %752) : (tensor<62x16x16x128xf32>, tensor<16x16x128xf32>, tensor<i32>) -> tensor<62x16x16x128xf32>
      %c_292 = stablehlo.constant dense<1> : tensor<i32>
      %797 = stablehlo.add %iterArg_274, %c_292 : tensor<i32>
      stablehlo.return %iterArg, %iterArg_244, %iterArg_245, %iterArg_246, %iterArg_247, %iterArg_248, %iterArg_249, %iterArg_250, %iterArg_251, %iterArg_252, %iterArg_253, %iterArg_254, %iterArg_255, %iterArg_256, %iterArg_257, %iterArg_258, %iterArg_259, %iterArg_260, %iterArg_261, %iterArg_262, %iterArg_263, %iterArg_264, %iterArg_265, %iterArg_266, %iterArg_267, %iterArg_268, %iterArg_269, %iterArg_270, %iterArg_271, %iterArg_272, %iterArg_273, %797, %782#0, %783, %784, %785, %786, %787, %788, %789, %790, %791, %792, %793, %794, %795, %796 : tensor<62x8x1024x5376xbf16>, tensor<62x5376xbf16>, tensor<62x32x5376x128xbf16>, tensor<62x16x5376x128xbf16>, tensor<62x16x5376x128xbf16>, tensor<62x32x128x5376xbf16>, tensor<62x128xbf16>, tensor<62x128xbf16>, tensor<62x5376xbf16>, tensor<62x5376xbf16>, tensor<62x5376x21504xbf16>, tensor<62x5376x21504xbf16>, tensor<62x21504x5376xbf16>, tensor<62x5376xbf16>, tensor<62x21504x16xf32>, tensor<62x16x5376xf32>, tensor<62x5376x16xf32>, tensor<62x16x21504xf32>, tensor<62x5376x16xf32>, tensor<62x16x16x128xf32>, tensor<62x32x128x16xf32>, tensor<62x16x5376xf32>, tensor<62x5376x16xf32>, tensor<62x16x32x128xf32>, tensor<62x5376x16xf32>, tensor<62x16x21504xf32>, tensor<62x5376x16xf32>, tensor<62x16x16x128xf32>, tensor<62xi1>, tensor<8x1024xi32>, tensor<8x1024xi32>, tensor<i32>, tensor<8x1024x5376xbf16>, tensor<62x21504x16xf32>, tensor<62x16x5376xf32>, tensor<62x5376x16xf32>, tensor<62x16x21504xf32>, tensor<62x5376x16xf32>, tensor<62x16x16x128xf32>, tensor<62x32x128x16xf32>, tensor<62x16x5376xf32>, tensor<62x5376x16xf32>, tensor<62x16x32x128xf32>, tensor<62x5376x16xf32>, tensor<62x16x21504xf32>, tensor<62x5376x16xf32>, tensor<62x16x16x128xf32>
    }
    %164 = chlo.square %163#33 : tensor<62x21504x16xf32> -> tensor<62x21504x16xf32>
    %cst_65 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %165 = stablehlo.broadcast_in_dim %cst_65, dims = [] : (tensor<f32>) -> tensor<62x21504x16xf32>
    %166 = chlo.square %165 : tensor<62x21504x16xf32> -> tensor<62x21504x16xf32>
    %167 = stablehlo.add %164, %166 : tensor<62x21504x16xf32>
    %168 = chlo.square %163#34 : tensor<62x16x5376xf32> -> tensor<62x16x5376xf32>
    %cst_66 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %169 = stablehlo.broadcast_in_dim %cst_66, dims = [] : (tensor<f32>) -> tensor<62x16x5376xf32>
    %170 = chlo.square %169 : tensor<62x16x5376xf32> -> tensor<62x16x5376xf32>
    %171 = stablehlo.add %168, %170 : tensor<62x16x5376xf32>
    %172 = chlo.square %163#35 : tensor<62x5376x16xf32> -> tensor<62x5376x16xf32>
    %cst_67 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %173 = stablehlo.broadcast_in_dim %cst_67, dims = [] : (tensor<f32>) -> tensor<62x5376x16xf32>
    %174 = chlo.square %173 : tensor<62x5376x16xf32> -> tensor<62x5376x16xf32>
    %175 = stablehlo.add %172, %174 : tensor<62x5376x16xf32>
    %176 = chlo.square %163#36 : tensor<62x16x21504xf32> -> tensor<62x16x21504xf32>
    %cst_68 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %177 = stablehlo.broadcast_in_dim %cst_68, dims = [] : (tensor<f32>) -> tensor<62x16x21504xf32>
    %178 = chlo.square %177 : tensor<62x16x21504xf32> -> tensor<62x16x21504xf32>
    %179 = stablehlo.add %176, %178 : tensor<62x16x21504xf32>
    %180 = chlo.square %163#37 : tensor<62x5376x16xf32> -> tensor<62x5376x16xf32>
    %cst_69 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %181 = stablehlo.broadcast_in_dim %cst_69, dims = [] : (tensor<f32>) -> tensor<62x5376x16xf32>
    %182 = chlo.square %181 : tensor<62x5376x16xf32> -> tensor<62x5376x16xf32>
    %183 = stablehlo.add %180, %182 : tensor<62x5376x16xf32>
    %184 = chlo.square %163#38 : tensor<62x16x16x128xf32> -> tensor<62x16x16x128xf32>
    %cst_70 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %185 = stablehlo.broadcast_in_dim %cst_70, dims = [] : (tensor<f32>) -> tensor<62x16x16x128xf32>
    %186 = chlo.square %185 : tensor<62x16x16x128xf32> -> tensor<62x16x16x128xf32>
    %187 = stablehlo.add %184, %186 : tensor<62x16x16x128xf32>
    %188 = chlo.square %163#39 : tensor<62x32x128x16xf32> -> tensor<62x32x128x16xf32>
    %cst_71 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %189 = stablehlo.broadcast_in_dim %cst_71, dims = [] : (tensor<f32>) -> tensor<62x32x128x16xf32>
    %190 = chlo.square %189 : tensor<62x32x128x16xf32> -> tensor<62x32x128x16xf32>
    %191 = stablehlo.add %188, %190 : tensor<62x32x128x16xf32>
    %192 = chlo.square %163#40 : tensor<62x16x5376xf32> -> tensor<62x16x5376xf32>
    %cst_72 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %193 = stablehlo.broadcast_in_dim %cst_72, dims = [] : (tensor<f32>) -> tensor<62x16x5376xf32>
    %194 = chlo.square %193 : tensor<62x16x5376xf32> -> tensor<62x16x5376xf32>
    %195 = stablehlo.add %192, %194 : tensor<62x16x5376xf32>
    %196 = chlo.square %163#41 : tensor<62x5376x16xf32> -> tensor<62x5376x16xf32>
    %cst_73 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %197 = stablehlo.broadcast_in_dim %cst_73, dims = [] : (tensor<f32>) -> tensor<62x5376x16xf32>
    %198 = chlo.square %197 : tensor<62x5376x16xf32> -> tensor<62x5376x16xf32>
    %199 = stablehlo.add %196, %198 : tensor<62x5376x16xf32>
    %200 = chlo.square %163#42 : tensor<62x16x32x128xf32> -> tensor<62x16x32x128xf32>
    %cst_74 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %201 = stablehlo.broadcast_in_dim %cst_74, dims = [] : (tensor<f32>) -> tensor<62x16x32x128xf32>
    %202 = chlo.square %201 : tensor<62x16x32x128xf32> -> tensor<62x16x32x128xf32>
    %203 = stablehlo.add %200, %202 : tensor<62x16x32x128xf32>
    %204 = chlo.square %163#43 : tensor<62x5376x16xf32> -> tensor<62x5376x16xf32>
    %cst_75 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %205 = stablehlo.broadcast_in_dim %cst_75, dims = [] : (tensor<f32>) -> tensor<62x5376x16xf32>
    %206 = chlo.square %205 : tensor<62x5376x16xf32> -> tensor<62x5376x16xf32>
    %207 = stablehlo.add %204, %206 : tensor<62x5376x16xf32>
    %208 = chlo.square %163#44 : tensor<62x16x21504xf32> -> tensor<62x16x21504xf32>
    %cst_76 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %209 = stablehlo.broadcast_in_dim %cst_76, dims = [] : (tensor<f32>) -> tensor<62x16x21504xf32>
    %210 = chlo.square %209 : tensor<62x16x21504xf32> -> tensor<62x16x21504xf32>
    %211 = stablehlo.add %208, %210 : tensor<62x16x21504xf32>
    %212 = chlo.square %163#45 : tensor<62x5376x16xf32> -> tensor<62x5376x16xf32>
    %cst_77 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %213 = stablehlo.broadcast_in_dim %cst_77, dims = [] : (tensor<f32>) -> tensor<62x5376x16xf32>
    %214 = chlo.square %213 : tensor<62x5376x16xf32> -> tensor<62x5376x16xf32>
    %215 = stablehlo.add %212, %214 : tensor<62x5376x16xf32>
    %216 = chlo.square %163#46 : tensor<62x16x16x128xf32> -> tensor<62x16x16x128xf32>
    %cst_78 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %217 = stablehlo.broadcast_in_dim %cst_78, dims = [] : (tensor<f32>) -> tensor<62x16x16x128xf32>
    %218 = chlo.square %217 : tensor<62x16x16x128xf32> -> tensor<62x16x16x128xf32>
    %219 = stablehlo.add %216, %218 : tensor<62x16x16x128xf32>
    %cst_79 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %220 = stablehlo.reduce(%167 init: %cst_79) applies stablehlo.add across dimensions = [0, 1, 2] : (tensor<62x21504x16xf32>, tensor<f32>) -> tensor<f32>
    %cst_80 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %221 = stablehlo.reduce(%171 init: %cst_80) applies stablehlo.add across dimensions = [0, 1, 2] : (tensor<62x16x5376xf32>, tensor<f32>) -> tensor<f32>
    %cst_81 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %222 = stablehlo.reduce(%175 init: %cst_81) applies stablehlo.add across dimensions = [0, 1, 2] : (tensor<62x5376x16xf32>, tensor<f32>) -> tensor<f32>
    %cst_82 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %223 = stablehlo.reduce(%179 init: %cst_82) applies stablehlo.add across dimensions = [0, 1, 2] : (tensor<62x16x21504xf32>, tensor<f32>) -> tensor<f32>
    %cst_83 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %224 = stablehlo.reduce(%183 init: %cst_83) applies stablehlo.add across dimensions = [0, 1, 2] : (tensor<62x5376x16xf32>, tensor<f32>) -> tensor<f32>
    %cst_84 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %225 = stablehlo.reduce(%187 init: %cst_84) applies stablehlo.add across dimensions = [0, 1, 2, 3] : (tensor<62x16x16x128xf32>, tensor<f32>) -> tensor<f32>
    %cst_85 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %226 = stablehlo.reduce(%191 init: %cst_85) applies stablehlo.add across dimensions = [0, 1, 2, 3] : (tensor<62x32x128x16xf32>, tensor<f32>) -> tensor<f32>
    %cst_86 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %227 = stablehlo.reduce(%195 init: %cst_86) applies stablehlo.add across dimensions = [0, 1, 2] : (tensor<62x16x5376xf32>, tensor<f32>) -> tensor<f32>
    %cst_87 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %228 = stablehlo.reduce(%199 init: %cst_87) applies stablehlo.add across dimensions = [0, 1, 2] : (tensor<62x5376x16xf32>, tensor<f32>) -> tensor<f32>
    %cst_88 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %229 = stablehlo.reduce(%203 init: %cst_88) applies stablehlo.add across dimensions = [0, 1, 2, 3] : (tensor<62x16x32x128xf32>, tensor<f32>) -> tensor<f32>
    %cst_89 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %230 = stablehlo.reduce(%207 init: %cst_89) applies stablehlo.add across dimensions = [0, 1, 2] : (tensor<62x5376x16xf32>, tensor<f32>) -> tensor<f32>
    %cst_90 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %231 = stablehlo.reduce(%211 init: %cst_90) applies stablehlo.add across dimensions = [0, 1, 2] : (tensor<62x16x21504xf32>, tensor<f32>) -> tensor<f32>
    %cst_91 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %232 = stablehlo.reduce(%215 init: %cst_91) applies stablehlo.add across dimensions = [0, 1, 2] : (tensor<62x5376x16xf32>, tensor<f32>) -> tensor<f32>
    %cst_92 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %233 = stablehlo.reduce(%219 init: %cst_92) applies stablehlo.add across dimensions = [0, 1, 2, 3] : (tensor<62x16x16x128xf32>, tensor<f32>) -> tensor<f32>
    %cst_93 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %234 = stablehlo.add %cst_93, %220 : tensor<f32>
    %235 = stablehlo.add %234, %221 : tensor<f32>
    %236 = stablehlo.add %235, %222 : tensor<f32>
    %237 = stablehlo.add %236, %223 : tensor<f32>
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
    %248 = stablehlo.sqrt %247 : tensor<f32>
    %cst_94 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %249 = stablehlo.compare LT, %248, %cst_94, FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
    %250 = stablehlo.broadcast_in_dim %248, dims = [] : (tensor<f32>) -> tensor<62x21504x16xf32>
    %251 = stablehlo.divide %163#33, %250 : tensor<62x21504x16xf32>
    %cst_95 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %252 = stablehlo.broadcast_in_dim %cst_95, dims = [] : (tensor<f32>) -> tensor<62x21504x16xf32>
    %253 = stablehlo.multiply %251, %252 : tensor<62x21504x16xf32>
    %254 = stablehlo.select %249, %163#33, %253 : tensor<i1>, tensor<62x21504x16xf32>
    %255 = stablehlo.broadcast_in_dim %248, dims = [] : (tensor<f32>) -> tensor<62x16x5376xf32>
    %256 = stablehlo.divide %163#34, %255 : tensor<62x16x5376xf32>
    %cst_96 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %257 = stablehlo.broadcast_in_dim %cst_96, dims = [] : (tensor<f32>) -> tensor<62x16x5376xf32>
    %258 = stablehlo.multiply %256, %257 : tensor<62x16x5376xf32>
    %259 = stablehlo.select %249, %163#34, %258 : tensor<i1>, tensor<62x16x5376xf32>
    %260 = stablehlo.broadcast_in_dim %248, dims = [] : (tensor<f32>) -> tensor<62x5376x16xf32>
    %261 = stablehlo.divide %163#35, %260 : tensor<62x5376x16xf32>
    %cst_97 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %262 = stablehlo.broadcast_in_dim %cst_97, dims = [] : (tensor<f32>) -> tensor<62x5376x16xf32>
    %263 = stablehlo.multiply %261, %262 : tensor<62x5376x16xf32>
    %264 = stablehlo.select %249, %163#35, %263 : tensor<i1>, tensor<62x5376x16xf32>
    %265 = stablehlo.broadcast_in_dim %248, dims = [] : (tensor<f32>) -> tensor<62x16x21504xf32>
    %266 = stablehlo.divide %163#36, %265 : tensor<62x16x21504xf32>
    %cst_98 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %267 = stablehlo.broadcast_in_dim %cst_98, dims = [] : (tensor<f32>) -> tensor<62x16x21504xf32>
    %268 = stablehlo.multiply %266, %267 : tensor<62x16x21504xf32>
    %269 = stablehlo.select %249, %163#36, %268 : tensor<i1>, tensor<62x16x21504xf32>
    %270 = stablehlo.broadcast_in_dim %248, dims = [] : (tensor<f32>) -> tensor<62x5376x16xf32>
    %271 = stablehlo.divide %163#37, %270 : tensor<62x5376x16xf32>
    %cst_99 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %272 = stablehlo.broadcast_in_dim %cst_99, dims = [] : (tensor<f32>) -> tensor<62x5376x16xf32>
    %273 = stablehlo.multiply %271, %272 : tensor<62x5376x16xf32>
    %274 = stablehlo.select %249, %163#37, %273 : tensor<i1>, tensor<62x5376x16xf32>
    %275 = stablehlo.broadcast_in_dim %248, dims = [] : (tensor<f32>) -> tensor<62x16x16x128xf32>
    %276 = stablehlo.divide %163#38, %275 : tensor<62x16x16x128xf32>
    %cst_100 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %277 = stablehlo.broadcast_in_dim %cst_100, dims = [] : (tensor<f32>) -> tensor<62x16x16x128xf32>
    %278 = stablehlo.multiply %276, %277 : tensor<62x16x16x128xf32>
    %279 = stablehlo.select %249, %163#38, %278 : tensor<i1>, tensor<62x16x16x128xf32>
    %280 = stablehlo.broadcast_in_dim %248, dims = [] : (tensor<f32>) -> tensor<62x32x128x16xf32>
    %281 = stablehlo.divide %163#39, %280 : tensor<62x32x128x16xf32>
    %cst_101 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %282 = stablehlo.broadcast_in_dim %cst_101, dims = [] : (tensor<f32>) -> tensor<62x32x128x16xf32>
    %283 = stablehlo.multiply %281, %282 : tensor<62x32x128x16xf32>
    %284 = stablehlo.select %249, %163#39, %283 : tensor<i1>, tensor<62x32x128x16xf32>
    %285 = stablehlo.broadcast_in_dim %248, dims = [] : (tensor<f32>) -> tensor<62x16x5376xf32>
    %286 = stablehlo.divide %163#40, %285 : tensor<62x16x5376xf32>
    %cst_102 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %287 = stablehlo.broadcast_in_dim %cst_102, dims = [] : (tensor<f32>) -> tensor<62x16x5376xf32>
    %288 = stablehlo.multiply %286, %287 : tensor<62x16x5376xf32>
    %289 = stablehlo.select %249, %163#40, %288 : tensor<i1>, tensor<62x16x5376xf32>
    %290 = stablehlo.broadcast_in_dim %248, dims = [] : (tensor<f32>) -> tensor<62x5376x16xf32>
    %291 = stablehlo.divide %163#41, %290 : tensor<62x5376x16xf32>
    %cst_103 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %292 = stablehlo.broadcast_in_dim %cst_103, dims = [] : (tensor<f32>) -> tensor<62x5376x16xf32>
    %293 = stablehlo.multiply %291, %292 : tensor<62x5376x16xf32>
    %294 = stablehlo.select %249, %163#41, %293 : tensor<i1>, tensor<62x5376x16xf32>
    %295 = stablehlo.broadcast_in_dim %248, dims = [] : (tensor<f32>) -> tensor<62x16x32x128xf32>
    %296 = stablehlo.divide %163#42, %295 : tensor<62x16x32x128xf32>
    %cst_104 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %297 = stablehlo.broadcast_in_dim %cst_104, dims = [] : (tensor<f32>) -> tensor<62x16x32x128xf32>
    %298 = stablehlo.multiply %296, %297 : tensor<62x16x32x128xf32>
    %299 = stablehlo.select %249, %163#42, %298 : tensor<i1>, tensor<62x16x32x128xf32>
    %300 = stablehlo.broadcast_in_dim %248, dims = [] : (tensor<f32>) -> tensor<62x5376x16xf32>
    %301 = stablehlo.divide %163#43, %300 : tensor<62x5376x16xf32>
    %cst_105 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %302 = stablehlo.broadcast_in_dim %cst_105, dims = [] : (tensor<f32>) -> tensor<62x5376x16xf32>
    %303 = stablehlo.multiply %301, %302 : tensor<62x5376x16xf32>
    %304 = stablehlo.select %249, %163#43, %303 : tensor<i1>, tensor<62x5376x16xf32>
    %305 = stablehlo.broadcast_in_dim %248, dims = [] : (tensor<f32>) -> tensor<62x16x21504xf32>
    %306 = stablehlo.divide %163#44, %305 : tensor<62x16x21504xf32>
    %cst_106 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %307 = stablehlo.broadcast_in_dim %cst_106, dims = [] : (tensor<f32>) -> tensor<62x16x21504xf32>
    %308 = stablehlo.multiply %306, %307 : tensor<62x16x21504xf32>
    %309 = stablehlo.select %249, %163#44, %308 : tensor<i1>, tensor<62x16x21504xf32>
    %310 = stablehlo.broadcast_in_dim %248, dims = [] : (tensor<f32>) -> tensor<62x5376x16xf32>
    %311 = stablehlo.divide %163#45, %310 : tensor<62x5376x16xf32>
    %cst_107 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %312 = stablehlo.broadcast_in_dim %cst_107, dims = [] : (tensor<f32>) -> tensor<62x5376x16xf32>
    %313 = stablehlo.multiply %311, %312 : tensor<62x5376x16xf32>
    %314 = stablehlo.select %249, %163#45, %313 : tensor<i1>, tensor<62x5376x16xf32>
    %315 = stablehlo.broadcast_in_dim %248, dims = [] : (tensor<f32>) -> tensor<62x16x16x128xf32>
    %316 = stablehlo.divide %163#46, %315 : tensor<62x16x16x128xf32>
    %cst_108 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %317 = stablehlo.broadcast_in_dim %cst_108, dims = [] : (tensor<f32>) -> tensor<62x16x16x128xf32>
    %318 = stablehlo.multiply %316, %317 : tensor<62x16x16x128xf32>
    %319 = stablehlo.select %249, %163#46, %318 : tensor<i1>, tensor<62x16x16x128xf32>
    %cst_109 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %320 = stablehlo.broadcast_in_dim %cst_109, dims = [] : (tensor<f32>) -> tensor<62x21504x16xf32>
    %321 = stablehlo.multiply %320, %254 : tensor<62x21504x16xf32>
    %cst_110 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %322 = stablehlo.broadcast_in_dim %cst_110, dims = [] : (tensor<f32>) -> tensor<62x21504x16xf32>
    %323 = stablehlo.multiply %322, %arg15 : tensor<62x21504x16xf32>
    %324 = stablehlo.add %321, %323 : tensor<62x21504x16xf32>
    %cst_111 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %325 = stablehlo.broadcast_in_dim %cst_111, dims = [] : (tensor<f32>) -> tensor<62x16x5376xf32>
    %326 = stablehlo.multiply %325, %259 : tensor<62x16x5376xf32>
    %cst_112 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %327 = stablehlo.broadcast_in_dim %cst_112, dims = [] : (tensor<f32>) -> tensor<62x16x5376xf32>
    %328 = stablehlo.multiply %327, %arg16 : tensor<62x16x5376xf32>
    %329 = stablehlo.add %326, %328 : tensor<62x16x5376xf32>
    %cst_113 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %330 = stablehlo.broadcast_in_dim %cst_113, dims = [] : (tensor<f32>) -> tensor<62x5376x16xf32>
    %331 = stablehlo.multiply %330, %264 : tensor<62x5376x16xf32>
    %cst_114 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %332 = stablehlo.broadcast_in_dim %cst_114, dims = [] : (tensor<f32>) -> tensor<62x5376x16xf32>
    %333 = stablehlo.multiply %332, %arg17 : tensor<62x5376x16xf32>
    %334 = stablehlo.add %331, %333 : tensor<62x5376x16xf32>
    %cst_115 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %335 = stablehlo.broadcast_in_dim %cst_115, dims = [] : (tensor<f32>) -> tensor<62x16x21504xf32>
    %336 = stablehlo.multiply %335, %269 : tensor<62x16x21504xf32>
    %cst_116 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %337 = stablehlo.broadcast_in_dim %cst_116, dims = [] : (tensor<f32>) -> tensor<62x16x21504xf32>
    %338 = stablehlo.multiply %337, %arg18 : tensor<62x16x21504xf32>
    %339 = stablehlo.add %336, %338 : tensor<62x16x21504xf32>
    %cst_117 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %340 = stablehlo.broadcast_in_dim %cst_117, dims = [] : (tensor<f32>) -> tensor<62x5376x16xf32>
    %341 = stablehlo.multiply %340, %274 : tensor<62x5376x16xf32>
    %cst_118 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %342 = stablehlo.broadcast_in_dim %cst_118, dims = [] : (tensor<f32>) -> tensor<62x5376x16xf32>
    %343 = stablehlo.multiply %342, %arg19 : tensor<62x5376x16xf32>
    %344 = stablehlo.add %341, %343 : tensor<62x5376x16xf32>
    %cst_119 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %345 = stablehlo.broadcast_in_dim %cst_119, dims = [] : (tensor<f32>) -> tensor<62x16x16x128xf32>
    %346 = stablehlo.multiply %345, %279 : tensor<62x16x16x128xf32>
    %cst_120 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %347 = stablehlo.broadcast_in_dim %cst_120, dims = [] : (tensor<f32>) -> tensor<62x16x16x128xf32>
    %348 = stablehlo.multiply %347, %arg20 : tensor<62x16x16x128xf32>
    %349 = stablehlo.add %346, %348 : tensor<62x16x16x128xf32>
    %cst_121 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %350 = stablehlo.broadcast_in_dim %cst_121, dims = [] : (tensor<f32>) -> tensor<62x32x128x16xf32>
    %351 = stablehlo.multiply %350, %284 : tensor<62x32x128x16xf32>
    %cst_122 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %352 = stablehlo.broadcast_in_dim %cst_122, dims = [] : (tensor<f32>) -> tensor<62x32x128x16xf32>
    %353 = stablehlo.multiply %352, %arg21 : tensor<62x32x128x16xf32>
    %354 = stablehlo.add %351, %353 : tensor<62x32x128x16xf32>
    %cst_123 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %355 = stablehlo.broadcast_in_dim %cst_123, dims = [] : (tensor<f32>) -> tensor<62x16x5376xf32>
    %356 = stablehlo.multiply %355, %289 : tensor<62x16x5376xf32>
    %cst_124 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %357 = stablehlo.broadcast_in_dim %cst_124, dims = [] : (tensor<f32>) -> tensor<62x16x5376xf32>
    %358 = stablehlo.multiply %357, %arg22 : tensor<62x16x5376xf32>
    %359 = stablehlo.add %356, %358 : tensor<62x16x5376xf32>
    %cst_125 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %360 = stablehlo.broadcast_in_dim %cst_125, dims = [] : (tensor<f32>) -> tensor<62x5376x16xf32>
    %361 = stablehlo.multiply %360, %294 : tensor<62x5376x16xf32>
    %cst_126 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %362 = stablehlo.broadcast_in_dim %cst_126, dims = [] : (tensor<f32>) -> tensor<62x5376x16xf32>
    %363 = stablehlo.multiply %362, %arg23 : tensor<62x5376x16xf32>
    %364 = stablehlo.add %361, %363 : tensor<62x5376x16xf32>
    %cst_127 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %365 = stablehlo.broadcast_in_dim %cst_127, dims = [] : (tensor<f32>) -> tensor<62x16x32x128xf32>
    %366 = stablehlo.multiply %365, %299 : tensor<62x16x32x128xf32>
    %cst_128 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %367 = stablehlo.broadcast_in_dim %cst_128, dims = [] : (tensor<f32>) -> tensor<62x16x32x128xf32>
    %368 = stablehlo.multiply %367, %arg24 : tensor<62x16x32x128xf32>
    %369 = stablehlo.add %366, %368 : tensor<62x16x32x128xf32>
    %cst_129 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %370 = stablehlo.broadcast_in_dim %cst_129, dims = [] : (tensor<f32>) -> tensor<62x5376x16xf32>
    %371 = stablehlo.multiply %370, %304 : tensor<62x5376x16xf32>
    %cst_130 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %372 = stablehlo.broadcast_in_dim %cst_130, dims = [] : (tensor<f32>) -> tensor<62x5376x16xf32>
    %373 = stablehlo.multiply %372, %arg25 : tensor<62x5376x16xf32>
    %374 = stablehlo.add %371, %373 : tensor<62x5376x16xf32>
    %cst_131 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %375 = stablehlo.broadcast_in_dim %cst_131, dims = [] : (tensor<f32>) -> tensor<62x16x21504xf32>
    %376 = stablehlo.multiply %375, %309 : tensor<62x16x21504xf32>
    %cst_132 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %377 = stablehlo.broadcast_in_dim %cst_132, dims = [] : (tensor<f32>) -> tensor<62x16x21504xf32>
    %378 = stablehlo.multiply %377, %arg26 : tensor<62x16x21504xf32>
    %379 = stablehlo.add %376, %378 : tensor<62x16x21504xf32>
    %cst_133 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %380 = stablehlo.broadcast_in_dim %cst_133, dims = [] : (tensor<f32>) -> tensor<62x5376x16xf32>
    %381 = stablehlo.multiply %380, %314 : tensor<62x5376x16xf32>
    %cst_134 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %382 = stablehlo.broadcast_in_dim %cst_134, dims = [] : (tensor<f32>) -> tensor<62x5376x16xf32>
    %383 = stablehlo.multiply %382, %arg27 : tensor<62x5376x16xf32>
    %384 = stablehlo.add %381, %383 : tensor<62x5376x16xf32>
    %cst_135 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %385 = stablehlo.broadcast_in_dim %cst_135, dims = [] : (tensor<f32>) -> tensor<62x16x16x128xf32>
    %386 = stablehlo.multiply %385, %319 : tensor<62x16x16x128xf32>
    %cst_136 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %387 = stablehlo.broadcast_in_dim %cst_136, dims = [] : (tensor<f32>) -> tensor<62x16x16x128xf32>
    %388 = stablehlo.multiply %387, %arg28 : tensor<62x16x16x128xf32>
    %389 = stablehlo.add %386, %388 : tensor<62x16x16x128xf32>
    %390 = stablehlo.multiply %254, %254 : tensor<62x21504x16xf32>
    %cst_137 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %391 = stablehlo.broadcast_in_dim %cst_137, dims = [] : (tensor<f32>) -> tensor<62x21504x16xf32>
    %392 = stablehlo.multiply %391, %390 : tensor<62x21504x16xf32>
    %cst_138 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %393 = stablehlo.broadcast_in_dim %cst_138, dims = [] : (tensor<f32>) -> tensor<62x21504x16xf32>
    %394 = stablehlo.multiply %393, %arg29 : tensor<62x21504x16xf32>
    %395 = stablehlo.add %392, %394 : tensor<62x21504x16xf32>
    %396 = stablehlo.multiply %259, %259 : tensor<62x16x5376xf32>
    %cst_139 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %397 = stablehlo.broadcast_in_dim %cst_139, dims = [] : (tensor<f32>) -> tensor<62x16x5376xf32>
    %398 = stablehlo.multiply %397, %396 : tensor<62x16x5376xf32>
    %cst_140 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %399 = stablehlo.broadcast_in_dim %cst_140, dims = [] : (tensor<f32>) -> tensor<62x16x5376xf32>
    %400 = stablehlo.multiply %399, %arg30 : tensor<62x16x5376xf32>
    %401 = stablehlo.add %398, %400 : tensor<62x16x5376xf32>
    %402 = stablehlo.multiply %264, %264 : tensor<62x5376x16xf32>
    %cst_141 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %403 = stablehlo.broadcast_in_dim %cst_141, dims = [] : (tensor<f32>) -> tensor<62x5376x16xf32>
    %404 = stablehlo.multiply %403, %402 : tensor<62x5376x16xf32>
    %cst_142 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %405 = stablehlo.broadcast_in_dim %cst_142, dims = [] : (tensor<f32>) -> tensor<62x5376x16xf32>
    %406 = stablehlo.multiply %405, %arg31 : tensor<62x5376x16xf32>
    %407 = stablehlo.add %404, %406 : tensor<62x5376x16xf32>
    %408 = stablehlo.multiply %269, %269 : tensor<62x16x21504xf32>
    %cst_143 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %409 = stablehlo.broadcast_in_dim %cst_143, dims = [] : (tensor<f32>) -> tensor<62x16x21504xf32>
    %410 = stablehlo.multiply %409, %408 : tensor<62x16x21504xf32>
    %cst_144 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %411 = stablehlo.broadcast_in_dim %cst_144, dims = [] : (tensor<f32>) -> tensor<62x16x21504xf32>
    %412 = stablehlo.multiply %411, %arg32 : tensor<62x16x21504xf32>
    %413 = stablehlo.add %410, %412 : tensor<62x16x21504xf32>
    %414 = stablehlo.multiply %274, %274 : tensor<62x5376x16xf32>
    %cst_145 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %415 = stablehlo.broadcast_in_dim %cst_145, dims = [] : (tensor<f32>) -> tensor<62x5376x16xf32>
    %416 = stablehlo.multiply %415, %414 : tensor<62x5376x16xf32>
    %cst_146 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %417 = stablehlo.broadcast_in_dim %cst_146, dims = [] : (tensor<f32>) -> tensor<62x5376x16xf32>
    %418 = stablehlo.multiply %417, %arg33 : tensor<62x5376x16xf32>
    %419 = stablehlo.add %416, %418 : tensor<62x5376x16xf32>
    %420 = stablehlo.multiply %279, %279 : tensor<62x16x16x128xf32>
    %cst_147 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %421 = stablehlo.broadcast_in_dim %cst_147, dims = [] : (tensor<f32>) -> tensor<62x16x16x128xf32>
    %422 = stablehlo.multiply %421, %420 : tensor<62x16x16x128xf32>
    %cst_148 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %423 = stablehlo.broadcast_in_dim %cst_148, dims = [] : (tensor<f32>) -> tensor<62x16x16x128xf32>
    %424 = stablehlo.multiply %423, %arg34 : tensor<62x16x16x128xf32>
    %425 = stablehlo.add %422, %424 : tensor<62x16x16x128xf32>
    %426 = stablehlo.multiply %284, %284 : tensor<62x32x128x16xf32>
    %cst_149 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %427 = stablehlo.broadcast_in_dim %cst_149, dims = [] : (tensor<f32>) -> tensor<62x32x128x16xf32>
    %428 = stablehlo.multiply %427, %426 : tensor<62x32x128x16xf32>
    %cst_150 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %429 = stablehlo.broadcast_in_dim %cst_150, dims = [] : (tensor<f32>) -> tensor<62x32x128x16xf32>
    %430 = stablehlo.multiply %429, %arg35 : tensor<62x32x128x16xf32>
    %431 = stablehlo.add %428, %430 : tensor<62x32x128x16xf32>
    %432 = stablehlo.multiply %289, %289 : tensor<62x16x5376xf32>
    %cst_151 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %433 = stablehlo.broadcast_in_dim %cst_151, dims = [] : (tensor<f32>) -> tensor<62x16x5376xf32>
    %434 = stablehlo.multiply %433, %432 : tensor<62x16x5376xf32>
    %cst_152 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %435 = stablehlo.broadcast_in_dim %cst_152, dims = [] : (tensor<f32>) -> tensor<62x16x5376xf32>
    %436 = stablehlo.multiply %435, %arg36 : tensor<62x16x5376xf32>
    %437 = stablehlo.add %434, %436 : tensor<62x16x5376xf32>
    %438 = stablehlo.multiply %294, %294 : tensor<62x5376x16xf32>
    %cst_153 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %439 = stablehlo.broadcast_in_dim %cst_153, dims = [] : (tensor<f32>) -> tensor<62x5376x16xf32>
    %440 = stablehlo.multiply %439, %438 : tensor<62x5376x16xf32>
    %cst_154 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %441 = stablehlo.broadcast_in_dim %cst_154, dims = [] : (tensor<f32>) -> tensor<62x5376x16xf32>
    %442 = stablehlo.multiply %441, %arg37 : tensor<62x5376x16xf32>
    %443 = stablehlo.add %440, %442 : tensor<62x5376x16xf32>
    %444 = stablehlo.multiply %299, %299 : tensor<62x16x32x128xf32>
    %cst_155 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %445 = stablehlo.broadcast_in_dim %cst_155, dims = [] : (tensor<f32>) -> tensor<62x16x32x128xf32>
    %446 = stablehlo.multiply %445, %444 : tensor<62x16x32x128xf32>
    %cst_156 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %447 = stablehlo.broadcast_in_dim %cst_156, dims = [] : (tensor<f32>) -> tensor<62x16x32x128xf32>
    %448 = stablehlo.multiply %447, %arg38 : tensor<62x16x32x128xf32>
    %449 = stablehlo.add %446, %448 : tensor<62x16x32x128xf32>
    %450 = stablehlo.multiply %304, %304 : tensor<62x5376x16xf32>
    %cst_157 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %451 = stablehlo.broadcast_in_dim %cst_157, dims = [] : (tensor<f32>) -> tensor<62x5376x16xf32>
    %452 = stablehlo.multiply %451, %450 : tensor<62x5376x16xf32>
    %cst_158 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %453 = stablehlo.broadcast_in_dim %cst_158, dims = [] : (tensor<f32>) -> tensor<62x5376x16xf32>
    %454 = stablehlo.multiply %453, %arg39 : tensor<62x5376x16xf32>
    %455 = stablehlo.add %452, %454 : tensor<62x5376x16xf32>
    %456 = stablehlo.multiply %309, %309 : tensor<62x16x21504xf32>
    %cst_159 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %457 = stablehlo.broadcast_in_dim %cst_159, dims = [] : (tensor<f32>) -> tensor<62x16x21504xf32>
    %458 = stablehlo.multiply %457, %456 : tensor<62x16x21504xf32>
    %cst_160 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %459 = stablehlo.broadcast_in_dim %cst_160, dims = [] : (tensor<f32>) -> tensor<62x16x21504xf32>
    %460 = stablehlo.multiply %459, %arg40 : tensor<62x16x21504xf32>
    %461 = stablehlo.add %458, %460 : tensor<62x16x21504xf32>
    %462 = stablehlo.multiply %314, %314 : tensor<62x5376x16xf32>
    %cst_161 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %463 = stablehlo.broadcast_in_dim %cst_161, dims = [] : (tensor<f32>) -> tensor<62x5376x16xf32>
    %464 = stablehlo.multiply %463, %462 : tensor<62x5376x16xf32>
    %cst_162 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %465 = stablehlo.broadcast_in_dim %cst_162, dims = [] : (tensor<f32>) -> tensor<62x5376x16xf32>
    %466 = stablehlo.multiply %465, %arg41 : tensor<62x5376x16xf32>
    %467 = stablehlo.add %464, %466 : tensor<62x5376x16xf32>
    %468 = stablehlo.multiply %319, %319 : tensor<62x16x16x128xf32>
    %cst_163 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %469 = stablehlo.broadcast_in_dim %cst_163, dims = [] : (tensor<f32>) -> tensor<62x16x16x128xf32>
    %470 = stablehlo.multiply %469, %468 : tensor<62x16x16x128xf32>
    %cst_164 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %471 = stablehlo.broadcast_in_dim %cst_164, dims = [] : (tensor<f32>) -> tensor<62x16x16x128xf32>
    %472 = stablehlo.multiply %471, %arg42 : tensor<62x16x16x128xf32>
    %473 = stablehlo.add %470, %472 : tensor<62x16x16x128xf32>
    %c_165 = stablehlo.constant dense<2147483647> : tensor<i32>
    %474 = stablehlo.compare LT, %arg14, %c_165, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %c_166 = stablehlo.constant dense<1> : tensor<i32>
    %475 = stablehlo.add %arg14, %c_166 : tensor<i32>
    %c_167 = stablehlo.constant dense<2147483647> : tensor<i32>
    %476 = call @_where_38(%474, %475, %c_167) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %cst_168 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %477 = stablehlo.convert %476 : (tensor<i32>) -> tensor<f32>
    %478 = stablehlo.power %cst_168, %477 : tensor<f32>
    %cst_169 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %479 = stablehlo.subtract %cst_169, %478 : tensor<f32>
    %480 = stablehlo.broadcast_in_dim %479, dims = [] : (tensor<f32>) -> tensor<62x21504x16xf32>
    %481 = stablehlo.divide %324, %480 : tensor<62x21504x16xf32>
    %482 = stablehlo.broadcast_in_dim %479, dims = [] : (tensor<f32>) -> tensor<62x16x5376xf32>
    %483 = stablehlo.divide %329, %482 : tensor<62x16x5376xf32>
    %484 = stablehlo.broadcast_in_dim %479, dims = [] : (tensor<f32>) -> tensor<62x5376x16xf32>
    %485 = stablehlo.divide %334, %484 : tensor<62x5376x16xf32>
    %486 = stablehlo.broadcast_in_dim %479, dims = [] : (tensor<f32>) -> tensor<62x16x21504xf32>
    %487 = stablehlo.divide %339, %486 : tensor<62x16x21504xf32>
    %488 = stablehlo.broadcast_in_dim %479, dims = [] : (tensor<f32>) -> tensor<62x5376x16xf32>
    %489 = stablehlo.divide %344, %488 : tensor<62x5376x16xf32>
    %490 = stablehlo.broadcast_in_dim %479, dims = [] : (tensor<f32>) -> tensor<62x16x16x128xf32>
    %491 = stablehlo.divide %349, %490 : tensor<62x16x16x128xf32>
    %492 = stablehlo.broadcast_in_dim %479, dims = [] : (tensor<f32>) -> tensor<62x32x128x16xf32>
    %493 = stablehlo.divide %354, %492 : tensor<62x32x128x16xf32>
    %494 = stablehlo.broadcast_in_dim %479, dims = [] : (tensor<f32>) -> tensor<62x16x5376xf32>
    %495 = stablehlo.divide %359, %494 : tensor<62x16x5376xf32>
    %496 = stablehlo.broadcast_in_dim %479, dims = [] : (tensor<f32>) -> tensor<62x5376x16xf32>
    %497 = stablehlo.divide %364, %496 : tensor<62x5376x16xf32>
    %498 = stablehlo.broadcast_in_dim %479, dims = [] : (tensor<f32>) -> tensor<62x16x32x128xf32>
    %499 = stablehlo.divide %369, %498 : tensor<62x16x32x128xf32>
    %500 = stablehlo.broadcast_in_dim %479, dims = [] : (tensor<f32>) -> tensor<62x5376x16xf32>
    %501 = stablehlo.divide %374, %500 : tensor<62x5376x16xf32>
    %502 = stablehlo.broadcast_in_dim %479, dims = [] : (tensor<f32>) -> tensor<62x16x21504xf32>
    %503 = stablehlo.divide %379, %502 : tensor<62x16x21504xf32>
    %504 = stablehlo.broadcast_in_dim %479, dims = [] : (tensor<f32>) -> tensor<62x5376x16xf32>
    %505 = stablehlo.divide %384, %504 : tensor<62x5376x16xf32>
    %506 = stablehlo.broadcast_in_dim %479, dims = [] : (tensor<f32>) -> tensor<62x16x16x128xf32>
    %507 = stablehlo.divide %389, %506 : tensor<62x16x16x128xf32>
    %cst_170 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %508 = stablehlo.convert %476 : (tensor<i32>) -> tensor<f32>
    %509 = stablehlo.power %cst_170, %508 : tensor<f32>
    %cst_171 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %510 = stablehlo.subtract %cst_171, %509 : tensor<f32>
    %511 = stablehlo.broadcast_in_dim %510, dims = [] : (tensor<f32>) -> tensor<62x21504x16xf32>
    %512 = stablehlo.divide %395, %511 : tensor<62x21504x16xf32>
    %513 = stablehlo.broadcast_in_dim %510, dims = [] : (tensor<f32>) -> tensor<62x16x5376xf32>
    %514 = stablehlo.divide %401, %513 : tensor<62x16x5376xf32>
    %515 = stablehlo.broadcast_in_dim %510, dims = [] : (tensor<f32>) -> tensor<62x5376x16xf32>
    %516 = stablehlo.divide %407, %515 : tensor<62x5376x16xf32>
    %517 = stablehlo.broadcast_in_dim %510, dims = [] : (tensor<f32>) -> tensor<62x16x21504xf32>
    %518 = stablehlo.divide %413, %517 : tensor<62x16x21504xf32>
    %519 = stablehlo.broadcast_in_dim %510, dims = [] : (tensor<f32>) -> tensor<62x5376x16xf32>
    %520 = stablehlo.divide %419, %519 : tensor<62x5376x16xf32>
    %521 = stablehlo.broadcast_in_dim %510, dims = [] : (tensor<f32>) -> tensor<62x16x16x128xf32>
    %522 = stablehlo.divide %425, %521 : tensor<62x16x16x128xf32>
    %523 = stablehlo.broadcast_in_dim %510, dims = [] : (tensor<f32>) -> tensor<62x32x128x16xf32>
    %524 = stablehlo.divide %431, %523 : tensor<62x32x128x16xf32>
    %525 = stablehlo.broadcast_in_dim %510, dims = [] : (tensor<f32>) -> tensor<62x16x5376xf32>
    %526 = stablehlo.divide %437, %525 : tensor<62x16x5376xf32>
    %527 = stablehlo.broadcast_in_dim %510, dims = [] : (tensor<f32>) -> tensor<62x5376x16xf32>
    %528 = stablehlo.divide %443, %527 : tensor<62x5376x16xf32>
    %529 = stablehlo.broadcast_in_dim %510, dims = [] : (tensor<f32>) -> tensor<62x16x32x128xf32>
    %530 = stablehlo.divide %449, %529 : tensor<62x16x32x128xf32>
    %531 = stablehlo.broadcast_in_dim %510, dims = [] : (tensor<f32>) -> tensor<62x5376x16xf32>
    %532 = stablehlo.divide %455, %531 : tensor<62x5376x16xf32>
    %533 = stablehlo.broadcast_in_dim %510, dims = [] : (tensor<f32>) -> tensor<62x16x21504xf32>
    %534 = stablehlo.divide %461, %533 : tensor<62x16x21504xf32>
    %535 = stablehlo.broadcast_in_dim %510, dims = [] : (tensor<f32>) -> tensor<62x5376x16xf32>
    %536 = stablehlo.divide %467, %535 : tensor<62x5376x16xf32>
    %537 = stablehlo.broadcast_in_dim %510, dims = [] : (tensor<f32>) -> tensor<62x16x16x128xf32>
    %538 = stablehlo.divide %473, %537 : tensor<62x16x16x128xf32>
    %cst_172 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %539 = stablehlo.broadcast_in_dim %cst_172, dims = [] : (tensor<f32>) -> tensor<62x21504x16xf32>
    %540 = stablehlo.add %512, %539 : tensor<62x21504x16xf32>
    %541 = stablehlo.sqrt %540 : tensor<62x21504x16xf32>
    %cst_173 = stablehlo.constant dense<9.99999993E-9> : tensor<f32>
    %542 = stablehlo.broadcast_in_dim %cst_173, dims = [] : (tensor<f32>) -> tensor<62x21504x16xf32>
    %543 = stablehlo.add %541, %542 : tensor<62x21504x16xf32>
    %544 = stablehlo.divide %481, %543 : tensor<62x21504x16xf32>
    %cst_174 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %545 = stablehlo.broadcast_in_dim %cst_174, dims = [] : (tensor<f32>) -> tensor<62x16x5376xf32>
    %546 = stablehlo.add %514, %545 : tensor<62x16x5376xf32>
    %547 = stablehlo.sqrt %546 : tensor<62x16x5376xf32>
    %cst_175 = stablehlo.constant dense<9.99999993E-9> : tensor<f32>
    %548 = stablehlo.broadcast_in_dim %cst_175, dims = [] : (tensor<f32>) -> tensor<62x16x5376xf32>
    %549 = stablehlo.add %547, %548 : tensor<62x16x5376xf32>
    %550 = stablehlo.divide %483, %549 : tensor<62x16x5376xf32>
    %cst_176 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %551 = stablehlo.broadcast_in_dim %cst_176, dims = [] : (tensor<f32>) -> tensor<62x5376x16xf32>
    %552 = stablehlo.add %516, %551 : tensor<62x5376x16xf32>
    %553 = stablehlo.sqrt %552 : tensor<62x5376x16xf32>
    %cst_177 = stablehlo.constant dense<9.99999993E-9> : tensor<f32>
    %554 = stablehlo.broadcast_in_dim %cst_177, dims = [] : (tensor<f32>) -> tensor<62x5376x16xf32>
    %555 = stablehlo.add %553, %554 : tensor<62x5376x16xf32>
    %556 = stablehlo.divide %485, %555 : tensor<62x5376x16xf32>
    %cst_178 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %557 = stablehlo.broadcast_in_dim %cst_178, dims = [] : (tensor<f32>) -> tensor<62x16x21504xf32>
    %558 = stablehlo.add %518, %557 : tensor<62x16x21504xf32>
    %559 = stablehlo.sqrt %558 : tensor<62x16x21504xf32>
    %cst_179 = stablehlo.constant dense<9.99999993E-9> : tensor<f32>
    %560 = stablehlo.broadcast_in_dim %cst_179, dims = [] : (tensor<f32>) -> tensor<62x16x21504xf32>
    %561 = stablehlo.add %559, %560 : tensor<62x16x21504xf32>
    %562 = stablehlo.divide %487, %561 : tensor<62x16x21504xf32>
    %cst_180 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %563 = stablehlo.broadcast_in_dim %cst_180, dims = [] : (tensor<f32>) -> tensor<62x5376x16xf32>
    %564 = stablehlo.add %520, %563 : tensor<62x5376x16xf32>
    %565 = stablehlo.sqrt %564 : tensor<62x5376x16xf32>
    %cst_181 = stablehlo.constant dense<9.99999993E-9> : tensor<f32>
    %566 = stablehlo.broadcast_in_dim %cst_181, dims = [] : (tensor<f32>) -> tensor<62x5376x16xf32>
    %567 = stablehlo.add %565, %566 : tensor<62x5376x16xf32>
    %568 = stablehlo.divide %489, %567 : tensor<62x5376x16xf32>
    %cst_182 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %569 = stablehlo.broadcast_in_dim %cst_182, dims = [] : (tensor<f32>) -> tensor<62x16x16x128xf32>
    %570 = stablehlo.add %522, %569 : tensor<62x16x16x128xf32>
    %571 = stablehlo.sqrt %570 : tensor<62x16x16x128xf32>
    %cst_183 = stablehlo.constant dense<9.99999993E-9> : tensor<f32>
    %572 = stablehlo.broadcast_in_dim %cst_183, dims = [] : (tensor<f32>) -> tensor<62x16x16x128xf32>
    %573 = stablehlo.add %571, %572 : tensor<62x16x16x128xf32>
    %574 = stablehlo.divide %491, %573 : tensor<62x16x16x128xf32>
    %cst_184 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %575 = stablehlo.broadcast_in_dim %cst_184, dims = [] : (tensor<f32>) -> tensor<62x32x128x16xf32>
    %576 = stablehlo.add %524, %575 : tensor<62x32x128x16xf32>
    %577 = stablehlo.sqrt %576 : tensor<62x32x128x16xf32>
    %cst_185 = stablehlo.constant dense<9.99999993E-9> : tensor<f32>
    %578 = stablehlo.broadcast_in_dim %cst_185, dims = [] : (tensor<f32>) -> tensor<62x32x128x16xf32>
    %579 = stablehlo.add %577, %578 : tensor<62x32x128x16xf32>
    %580 = stablehlo.divide %493, %579 : tensor<62x32x128x16xf32>
    %cst_186 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %581 = stablehlo.broadcast_in_dim %cst_186, dims = [] : (tensor<f32>) -> tensor<62x16x5376xf32>
    %582 = stablehlo.add %526, %581 : tensor<62x16x5376xf32>
    %583 = stablehlo.sqrt %582 : tensor<62x16x5376xf32>
    %cst_187 = stablehlo.constant dense<9.99999993E-9> : tensor<f32>
    %584 = stablehlo.broadcast_in_dim %cst_187, dims = [] : (tensor<f32>) -> tensor<62x16x5376xf32>
    %585 = stablehlo.add %583, %584 : tensor<62x16x5376xf32>
    %586 = stablehlo.divide %495, %585 : tensor<62x16x5376xf32>
    %cst_188 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %587 = stablehlo.broadcast_in_dim %cst_188, dims = [] : (tensor<f32>) -> tensor<62x5376x16xf32>
    %588 = stablehlo.add %528, %587 : tensor<62x5376x16xf32>
    %589 = stablehlo.sqrt %588 : tensor<62x5376x16xf32>
    %cst_189 = stablehlo.constant dense<9.99999993E-9> : tensor<f32>
    %590 = stablehlo.broadcast_in_dim %cst_189, dims = [] : (tensor<f32>) -> tensor<62x5376x16xf32>
    %591 = stablehlo.add %589, %590 : tensor<62x5376x16xf32>
    %592 = stablehlo.divide %497, %591 : tensor<62x5376x16xf32>
    %cst_190 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %593 = stablehlo.broadcast_in_dim %cst_190, dims = [] : (tensor<f32>) -> tensor<62x16x32x128xf32>
    %594 = stablehlo.add %530, %593 : tensor<62x16x32x128xf32>
    %595 = stablehlo.sqrt %594 : tensor<62x16x32x128xf32>
    %cst_191 = stablehlo.constant dense<9.99999993E-9> : tensor<f32>
    %596 = stablehlo.broadcast_in_dim %cst_191, dims = [] : (tensor<f32>) -> tensor<62x16x32x128xf32>
    %597 = stablehlo.add %595, %596 : tensor<62x16x32x128xf32>
    %598 = stablehlo.divide %499, %597 : tensor<62x16x32x128xf32>
    %cst_192 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %599 = stablehlo.broadcast_in_dim %cst_192, dims = [] : (tensor<f32>) -> tensor<62x5376x16xf32>
    %600 = stablehlo.add %532, %599 : tensor<62x5376x16xf32>
    %601 = stablehlo.sqrt %600 : tensor<62x5376x16xf32>
    %cst_193 = stablehlo.constant dense<9.99999993E-9> : tensor<f32>
    %602 = stablehlo.broadcast_in_dim %cst_193, dims = [] : (tensor<f32>) -> tensor<62x5376x16xf32>
    %603 = stablehlo.add %601, %602 : tensor<62x5376x16xf32>
    %604 = stablehlo.divide %501, %603 : tensor<62x5376x16xf32>
    %cst_194 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %605 = stablehlo.broadcast_in_dim %cst_194, dims = [] : (tensor<f32>) -> tensor<62x16x21504xf32>
    %606 = stablehlo.add %534, %605 : tensor<62x16x21504xf32>
    %607 = stablehlo.sqrt %606 : tensor<62x16x21504xf32>
    %cst_195 = stablehlo.constant dense<9.99999993E-9> : tensor<f32>
    %608 = stablehlo.broadcast_in_dim %cst_195, dims = [] : (tensor<f32>) -> tensor<62x16x21504xf32>
    %609 = stablehlo.add %607, %608 : tensor<62x16x21504xf32>
    %610 = stablehlo.divide %503, %609 : tensor<62x16x21504xf32>
    %cst_196 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %611 = stablehlo.broadcast_in_dim %cst_196, dims = [] : (tensor<f32>) -> tensor<62x5376x16xf32>
    %612 = stablehlo.add %536, %611 : tensor<62x5376x16xf32>
    %613 = stablehlo.sqrt %612 : tensor<62x5376x16xf32>
    %cst_197 = stablehlo.constant dense<9.99999993E-9> : tensor<f32>
    %614 = stablehlo.broadcast_in_dim %cst_197, dims = [] : (tensor<f32>) -> tensor<62x5376x16xf32>
    %615 = stablehlo.add %613, %614 : tensor<62x5376x16xf32>
    %616 = stablehlo.divide %505, %615 : tensor<62x5376x16xf32>
    %cst_198 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %617 = stablehlo.broadcast_in_dim %cst_198, dims = [] : (tensor<f32>) -> tensor<62x16x16x128xf32>
    %618 = stablehlo.add %538, %617 : tensor<62x16x16x128xf32>
    %619 = stablehlo.sqrt %618 : tensor<62x16x16x128xf32>
    %cst_199 = stablehlo.constant dense<9.99999993E-9> : tensor<f32>
    %620 = stablehlo.broadcast_in_dim %cst_199, dims = [] : (tensor<f32>) -> tensor<62x16x16x128xf32>
    %621 = stablehlo.add %619, %620 : tensor<62x16x16x128xf32>
    %622 = stablehlo.divide %507, %621 : tensor<62x16x16x128xf32>
    %cst_200 = stablehlo.constant dense<-9.99999997E-7> : tensor<f32>
    %623 = stablehlo.broadcast_in_dim %cst_200, dims = [] : (tensor<f32>) -> tensor<62x21504x16xf32>
    %624 = stablehlo.multiply %623, %544 : tensor<62x21504x16xf32>
    %cst_201 = stablehlo.constant dense<-9.99999997E-7> : tensor<f32>
    %625 = stablehlo.broadcast_in_dim %cst_201, dims = [] : (tensor<f32>) -> tensor<62x16x5376xf32>
    %626 = stablehlo.multiply %625, %550 : tensor<62x16x5376xf32>
    %cst_202 = stablehlo.constant dense<-9.99999997E-7> : tensor<f32>
    %627 = stablehlo.broadcast_in_dim %cst_202, dims = [] : (tensor<f32>) -> tensor<62x5376x16xf32>
    %628 = stablehlo.multiply %627, %556 : tensor<62x5376x16xf32>
    %cst_203 = stablehlo.constant dense<-9.99999997E-7> : tensor<f32>
    %629 = stablehlo.broadcast_in_dim %cst_203, dims = [] : (tensor<f32>) -> tensor<62x16x21504xf32>
    %630 = stablehlo.multiply %629, %562 : tensor<62x16x21504xf32>
    %cst_204 = stablehlo.constant dense<-9.99999997E-7> : tensor<f32>
    %631 = stablehlo.broadcast_in_dim %cst_204, dims = [] : (tensor<f32>) -> tensor<62x5376x16xf32>
    %632 = stablehlo.multiply %631, %568 : tensor<62x5376x16xf32>
    %cst_205 = stablehlo.constant dense<-9.99999997E-7> : tensor<f32>
    %633 = stablehlo.broadcast_in_dim %cst_205, dims = [] : (tensor<f32>) -> tensor<62x16x16x128xf32>
    %634 = stablehlo.multiply %633, %574 : tensor<62x16x16x128xf32>
    %cst_206 = stablehlo.constant dense<-9.99999997E-7> : tensor<f32>
    %635 = stablehlo.broadcast_in_dim %cst_206, dims = [] : (tensor<f32>) -> tensor<62x32x128x16xf32>
    %636 = stablehlo.multiply %635, %580 : tensor<62x32x128x16xf32>
    %cst_207 = stablehlo.constant dense<-9.99999997E-7> : tensor<f32>
    %637 = stablehlo.broadcast_in_dim %cst_207, dims = [] : (tensor<f32>) -> tensor<62x16x5376xf32>
    %638 = stablehlo.multiply %637, %586 : tensor<62x16x5376xf32>
    %cst_208 = stablehlo.constant dense<-9.99999997E-7> : tensor<f32>
    %639 = stablehlo.broadcast_in_dim %cst_208, dims = [] : (tensor<f32>) -> tensor<62x5376x16xf32>
    %640 = stablehlo.multiply %639, %592 : tensor<62x5376x16xf32>
    %cst_209 = stablehlo.constant dense<-9.99999997E-7> : tensor<f32>
    %641 = stablehlo.broadcast_in_dim %cst_209, dims = [] : (tensor<f32>) -> tensor<62x16x32x128xf32>
    %642 = stablehlo.multiply %641, %598 : tensor<62x16x32x128xf32>
    %cst_210 = stablehlo.constant dense<-9.99999997E-7> : tensor<f32>
    %643 = stablehlo.broadcast_in_dim %cst_210, dims = [] : (tensor<f32>) -> tensor<62x5376x16xf32>
    %644 = stablehlo.multiply %643, %604 : tensor<62x5376x16xf32>
    %cst_211 = stablehlo.constant dense<-9.99999997E-7> : tensor<f32>
    %645 = stablehlo.broadcast_in_dim %cst_211, dims = [] : (tensor<f32>) -> tensor<62x16x21504xf32>
    %646 = stablehlo.multiply %645, %610 : tensor<62x16x21504xf32>
    %cst_212 = stablehlo.constant dense<-9.99999997E-7> : tensor<f32>
    %647 = stablehlo.broadcast_in_dim %cst_212, dims = [] : (tensor<f32>) -> tensor<62x5376x16xf32>
    %648 = stablehlo.multiply %647, %616 : tensor<62x5376x16xf32>
    %cst_213 = stablehlo.constant dense<-9.99999997E-7> : tensor<f32>
    %649 = stablehlo.broadcast_in_dim %cst_213, dims = [] : (tensor<f32>) -> tensor<62x16x16x128xf32>
    %650 = stablehlo.multiply %649, %622 : tensor<62x16x16x128xf32>
    %651 = stablehlo.add %arg0, %624 : tensor<62x21504x16xf32>
    %652 = stablehlo.add %arg1, %626 : tensor<62x16x5376xf32>
    %653 = stablehlo.add %arg2, %628 : tensor<62x5376x16xf32>
    %654 = stablehlo.add %arg3, %630 : tensor<62x16x21504xf32>
    %655 = stablehlo.add %arg4, %632 : tensor<62x5376x16xf32>
    %656 = stablehlo.add %arg5, %634 : tensor<62x16x16x128xf32>
    %657 = stablehlo.add %arg6, %636 : tensor<62x32x128x16xf32>
    %658 = stablehlo.add %arg7, %638 : tensor<62x16x5376xf32>
    %659 = stablehlo.add %arg8, %640 : tensor<62x5376x16xf32>
    %660 = stablehlo.add %arg9, %642 : tensor<62x16x32x128xf32>
    %661 = stablehlo.add %arg10, %644 : tensor<62x5376x16xf32>
    %662 = stablehlo.add %arg11, %646 : tensor<62x16x21504xf32>
    %663 = stablehlo.add %arg12, %648 : tensor<62x5376x16xf32>
    %664 = stablehlo.add %arg13, %650 : tensor<62x16x16x128xf32>
    %c_214 = stablehlo.constant dense<0> : tensor<i32>
    %665 = stablehlo.add %arg43, %c_214 : tensor<i32>
    %666 = chlo.square %163#33 : tensor<62x21504x16xf32> -> tensor<62x21504x16xf32>
    %cst_215 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %667 = stablehlo.broadcast_in_dim %cst_215, dims = [] : (tensor<f32>) -> tensor<62x21504x16xf32>
    %668 = chlo.square %667 : tensor<62x21504x16xf32> -> tensor<62x21504x16xf32>
    %669 = stablehlo.add %666, %668 : tensor<62x21504x16xf32>
    %670 = chlo.square %163#34 : tensor<62x16x5376xf32> -> tensor<62x16x5376xf32>
    %cst_216 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %671 = stablehlo.broadcast_in_dim %cst_216, dims = [] : (tensor<f32>) -> tensor<62x16x5376xf32>
    %672 = chlo.square %671 : tensor<62x16x5376xf32> -> tensor<62x16x5376xf32>
    %673 = stablehlo.add %670, %672 : tensor<62x16x5376xf32>
    %674 = chlo.square %163#35 : tensor<62x5376x16xf32> -> tensor<62x5376x16xf32>
    %cst_217 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %675 = stablehlo.broadcast_in_dim %cst_217, dims = [] : (tensor<f32>) -> tensor<62x5376x16xf32>
    %676 = chlo.square %675 : tensor<62x5376x16xf32> -> tensor<62x5376x16xf32>
    %677 = stablehlo.add %674, %676 : tensor<62x5376x16xf32>
    %678 = chlo.square %163#36 : tensor<62x16x21504xf32> -> tensor<62x16x21504xf32>
    %cst_218 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %679 = stablehlo.broadcast_in_dim %cst_218, dims = [] : (tensor<f32>) -> tensor<62x16x21504xf32>
    %680 = chlo.square %679 : tensor<62x16x21504xf32> -> tensor<62x16x21504xf32>
    %681 = stablehlo.add %678, %680 : tensor<62x16x21504xf32>
    %682 = chlo.square %163#37 : tensor<62x5376x16xf32> -> tensor<62x5376x16xf32>
    %cst_219 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %683 = stablehlo.broadcast_in_dim %cst_219, dims = [] : (tensor<f32>) -> tensor<62x5376x16xf32>
    %684 = chlo.square %683 : tensor<62x5376x16xf32> -> tensor<62x5376x16xf32>
    %685 = stablehlo.add %682, %684 : tensor<62x5376x16xf32>
    %686 = chlo.square %163#38 : tensor<62x16x16x128xf32> -> tensor<62x16x16x128xf32>
    %cst_220 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %687 = stablehlo.broadcast_in_dim %cst_220, dims = [] : (tensor<f32>) -> tensor<62x16x16x128xf32>
    %688 = chlo.square %687 : tensor<62x16x16x128xf32> -> tensor<62x16x16x128xf32>
    %689 = stablehlo.add %686, %688 : tensor<62x16x16x128xf32>
    %690 = chlo.square %163#39 : tensor<62x32x128x16xf32> -> tensor<62x32x128x16xf32>
    %cst_221 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %691 = stablehlo.broadcast_in_dim %cst_221, dims = [] : (tensor<f32>) -> tensor<62x32x128x16xf32>
    %692 = chlo.square %691 : tensor<62x32x128x16xf32> -> tensor<62x32x128x16xf32>
    %693 = stablehlo.add %690, %692 : tensor<62x32x128x16xf32>
    %694 = chlo.square %163#40 : tensor<62x16x5376xf32> -> tensor<62x16x5376xf32>
    %cst_222 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %695 = stablehlo.broadcast_in_dim %cst_222, dims = [] : (tensor<f32>) -> tensor<62x16x5376xf32>
    %696 = chlo.square %695 : tensor<62x16x5376xf32> -> tensor<62x16x5376xf32>
    %697 = stablehlo.add %694, %696 : tensor<62x16x5376xf32>
    %698 = chlo.square %163#41 : tensor<62x5376x16xf32> -> tensor<62x5376x16xf32>
    %cst_223 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %699 = stablehlo.broadcast_in_dim %cst_223, dims = [] : (tensor<f32>) -> tensor<62x5376x16xf32>
    %700 = chlo.square %699 : tensor<62x5376x16xf32> -> tensor<62x5376x16xf32>
    %701 = stablehlo.add %698, %700 : tensor<62x5376x16xf32>
    %702 = chlo.square %163#42 : tensor<62x16x32x128xf32> -> tensor<62x16x32x128xf32>
    %cst_224 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %703 = stablehlo.broadcast_in_dim %cst_224, dims = [] : (tensor<f32>) -> tensor<62x16x32x128xf32>
    %704 = chlo.square %703 : tensor<62x16x32x128xf32> -> tensor<62x16x32x128xf32>
    %705 = stablehlo.add %702, %704 : tensor<62x16x32x128xf32>
    %706 = chlo.square %163#43 : tensor<62x5376x16xf32> -> tensor<62x5376x16xf32>
    %cst_225 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %707 = stablehlo.broadcast_in_dim %cst_225, dims = [] : (tensor<f32>) -> tensor<62x5376x16xf32>
    %708 = chlo.square %707 : tensor<62x5376x16xf32> -> tensor<62x5376x16xf32>
    %709 = stablehlo.add %706, %708 : tensor<62x5376x16xf32>
    %710 = chlo.square %163#44 : tensor<62x16x21504xf32> -> tensor<62x16x21504xf32>
    %cst_226 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %711 = stablehlo.broadcast_in_dim %cst_226, dims = [] : (tensor<f32>) -> tensor<62x16x21504xf32>
    %712 = chlo.square %711 : tensor<62x16x21504xf32> -> tensor<62x16x21504xf32>
    %713 = stablehlo.add %710, %712 : tensor<62x16x21504xf32>
    %714 = chlo.square %163#45 : tensor<62x5376x16xf32> -> tensor<62x5376x16xf32>
    %cst_227 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %715 = stablehlo.broadcast_in_dim %cst_227, dims = [] : (tensor<f32>) -> tensor<62x5376x16xf32>
    %716 = chlo.square %715 : tensor<62x5376x16xf32> -> tensor<62x5376x16xf32>
    %717 = stablehlo.add %714, %716 : tensor<62x5376x16xf32>
    %718 = chlo.square %163#46 : tensor<62x16x16x128xf32> -> tensor<62x16x16x128xf32>
    %cst_228 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %719 = stablehlo.broadcast_in_dim %cst_228, dims = [] : (tensor<f32>) -> tensor<62x16x16x128xf32>
    %720 = chlo.square %719 : tensor<62x16x16x128xf32> -> tensor<62x16x16x128xf32>
    %721 = stablehlo.add %718, %720 : tensor<62x16x16x128xf32>
    %cst_229 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %722 = stablehlo.reduce(%669 init: %cst_229) applies stablehlo.add across dimensions = [0, 1, 2] : (tensor<62x21504x16xf32>, tensor<f32>) -> tensor<f32>
    %cst_230 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %723 = stablehlo.reduce(%673 init: %cst_230) applies stablehlo.add across dimensions = [0, 1, 2] : (tensor<62x16x5376xf32>, tensor<f32>) -> tensor<f32>
    %cst_231 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %724 = stablehlo.reduce(%677 init: %cst_231) applies stablehlo.add across dimensions = [0, 1, 2] : (tensor<62x5376x16xf32>, tensor<f32>) -> tensor<f32>
    %cst_232 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %725 = stablehlo.reduce(%681 init: %cst_232) applies stablehlo.add across dimensions = [0, 1, 2] : (tensor<62x16x21504xf32>, tensor<f32>) -> tensor<f32>
    %cst_233 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %726 = stablehlo.reduce(%685 init: %cst_233) applies stablehlo.add across dimensions = [0, 1, 2] : (tensor<62x5376x16xf32>, tensor<f32>) -> tensor<f32>
    %cst_234 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %727 = stablehlo.reduce(%689 init: %cst_234) applies stablehlo.add across dimensions = [0, 1, 2, 3] : (tensor<62x16x16x128xf32>, tensor<f32>) -> tensor<f32>
    %cst_235 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %728 = stablehlo.reduce(%693 init: %cst_235) applies stablehlo.add across dimensions = [0, 1, 2, 3] : (tensor<62x32x128x16xf32>, tensor<f32>) -> tensor<f32>
    %cst_236 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %729 = stablehlo.reduce(%697 init: %cst_236) applies stablehlo.add across dimensions = [0, 1, 2] : (tensor<62x16x5376xf32>, tensor<f32>) -> tensor<f32>
    %cst_237 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %730 = stablehlo.reduce(%701 init: %cst_237) applies stablehlo.add across dimensions = [0, 1, 2] : (tensor<62x5376x16xf32>, tensor<f32>) -> tensor<f32>
    %cst_238 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %731 = stablehlo.reduce(%705 init: %cst_238) applies stablehlo.add across dimensions = [0, 1, 2, 3] : (tensor<62x16x32x128xf32>, tensor<f32>) -> tensor<f32>
    %cst_239 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %732 = stablehlo.reduce(%709 init: %cst_239) applies stablehlo.add across dimensions = [0, 1, 2] : (tensor<62x5376x16xf32>, tensor<f32>) -> tensor<f32>
    %cst_240 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %733 = stablehlo.reduce(%713 init: %cst_240) applies stablehlo.add across dimensions = [0, 1, 2] : (tensor<62x16x21504xf32>, tensor<f32>) -> tensor<f32>
    %cst_241 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %734 = stablehlo.reduce(%717 init: %cst_241) applies stablehlo.add across dimensions = [0, 1, 2] : (tensor<62x5376x16xf32>, tensor<f32>) -> tensor<f32>
    %cst_242 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %735 = stablehlo.reduce(%721 init: %cst_242) applies stablehlo.add across dimensions = [0, 1, 2, 3] : (tensor<62x16x16x128xf32>, tensor<f32>) -> tensor<f32>
    %cst_243 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %736 = stablehlo.add %cst_243, %722 : tensor<f32>
    %737 = stablehlo.add %736, %723 : tensor<f32>
    %738 = stablehlo.add %737, %724 : tensor<f32>
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
    %750 = stablehlo.sqrt %749 : tensor<f32>
    return %651, %652, %653, %654, %655, %656, %657, %658, %659, %660, %661, %662, %663, %664, %476, %324, %329, %334, %339, %344, %349, %354, %359, %364, %369, %374, %379, %384, %389, %395, %401, %407, %413, %419, %425, %431, %437, %443, %449, %455, %461, %467, %473, %665, %116, %750, %112, %94, %119 : tensor<62x21504x16xf32>, tensor<62x16x5376xf32>, tensor<62x5376x16xf32>, tensor<62x16x21504xf32>, tensor<62x5376x16xf32>, tensor<62x16x16x128xf32>, tensor<62x32x128x16xf32>, tensor<62x16x5376xf32>, tensor<62x5376x16xf32>, tensor<62x16x32x128xf32>, tensor<62x5376x16xf32>, tensor<62x16x21504xf32>, tensor<62x5376x16xf32>, tensor<62x16x16x128xf32>, tensor<i32>, tensor<62x21504x16xf32>, tensor<62x16x5376xf32>, tensor<62x5376x16xf32>, tensor<62x16x21504xf32>, tensor<62x5376x16xf32>, tensor<62x16x16x128xf32>, tensor<62x32x128x16xf32>, tensor<62x16x5376xf32>, tensor<62x5376x16xf32>, tensor<62x16x32x128xf32>, tensor<62x5376x16xf32>, tensor<62x16x21504xf32>, tensor<62x5376x16xf32>, tensor<62x16x16x128xf32>, tensor<62x21504x16xf32>, tensor<62x16x5376xf32>, tensor<62x5376x16xf32>, tensor<62x16x21504xf32>, tensor<62x5376x16xf32>, tensor<62x16x16x128xf32>, tensor<62x32x128x16xf32>, tensor<62x16x5376xf32>, tensor<62x5376x16xf32>, tensor<62x16x32x128xf32>, tensor<62x5376x16xf32>, tensor<62x16x21504xf32>, tensor<62x5376x16xf32>, tensor<62x16x16x128xf32>, tensor<i32>, tensor<f32>, tensor<f32>, tensor<f32>, tensor<f32>, tensor<f32>
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
  func.func private @dynamic_index_in_dim_16(%arg0: tensor<8x8x64x5376xbf16>, %arg1: tensor<i32>) -> tensor<8x64x5376xbf16> {
    %c = stablehlo.constant dense<0> : tensor<i32>
    %c_0 = stablehlo.constant dense<0> : tensor<i32>
    %c_1 = stablehlo.constant dense<0> : tensor<i32>
    %0 = stablehlo.dynamic_slice %arg0, %arg1, %c, %c_0, %c_1, sizes = [1, 8, 64, 5376] : (tensor<8x8x64x5376xbf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x8x64x5376xbf16>
    %1 = stablehlo.reshape %0 : (tensor<1x8x64x5376xbf16>) -> tensor<8x64x5376xbf16>
    return %1 : tensor<8x64x5376xbf16>
  }
  func.func private @dynamic_index_in_dim_17(%arg0: tensor<8x8x64xi32>, %arg1: tensor<i32>) -> tensor<8x64xi32> {
    %c = stablehlo.constant dense<0> : tensor<i32>
    %c_0 = stablehlo.constant dense<0> : tensor<i32>
    %0 = stablehlo.dynamic_slice %arg0, %arg1, %c, %c_0, sizes = [1, 8, 64] : (tensor<8x8x64xi32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x8x64xi32>
    %1 = stablehlo.reshape %0 : (tensor<1x8x64xi32>) -> tensor<8x64xi32>
    return %1 : tensor<8x64xi32>
  }
  func.func private @closed_call_18(%arg0: tensor<1x1x5376xf32>, %arg1: tensor<262144x5376xbf16>, %arg2: tensor<8x64xf32>, %arg3: tensor<8x64x5376xbf16>, %arg4: tensor<8x64xi32>) -> tensor<8x64xf32> {
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
    %15 = stablehlo.broadcast_in_dim %arg4, dims = [0, 1] : (tensor<8x64xi32>) -> tensor<8x64x1xi32>
    %16 = call @take_along_axis(%14, %15) : (tensor<8x64x262144xf32>, tensor<8x64x1xi32>) -> tensor<8x64x1xf32>
    %17 = stablehlo.reshape %16 : (tensor<8x64x1xf32>) -> tensor<8x64xf32>
    %cst_2 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %18 = stablehlo.reduce(%14 init: %cst_2) applies stablehlo.maximum across dimensions = [2] : (tensor<8x64x262144xf32>, tensor<f32>) -> tensor<8x64xf32>
    %cst_3 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %19 = stablehlo.broadcast_in_dim %cst_3, dims = [] : (tensor<f32>) -> tensor<8x64xf32>
    %20 = stablehlo.maximum %19, %18 : tensor<8x64xf32>
    %21 = stablehlo.is_finite %20 : (tensor<8x64xf32>) -> tensor<8x64xi1>
    %22 = stablehlo.select %21, %20, %arg2 : tensor<8x64xi1>, tensor<8x64xf32>
    %23 = stablehlo.broadcast_in_dim %22, dims = [0, 1] : (tensor<8x64xf32>) -> tensor<8x64x1xf32>
    %24 = stablehlo.broadcast_in_dim %23, dims = [0, 1, 2] : (tensor<8x64x1xf32>) -> tensor<8x64x262144xf32>
    %25 = stablehlo.subtract %14, %24 : tensor<8x64x262144xf32>
    %26 = stablehlo.exponential %25 : tensor<8x64x262144xf32>
    %cst_4 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %27 = stablehlo.reduce(%26 init: %cst_4) applies stablehlo.add across dimensions = [2] : (tensor<8x64x262144xf32>, tensor<f32>) -> tensor<8x64xf32>
    %28 = stablehlo.abs %27 : tensor<8x64xf32>
    %29 = stablehlo.log %28 : tensor<8x64xf32>
    %30 = stablehlo.add %29, %22 : tensor<8x64xf32>
    %31 = stablehlo.subtract %17, %30 : tensor<8x64xf32>
    return %31 : tensor<8x64xf32>
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
  func.func private @dynamic_update_index_in_dim_19(%arg0: tensor<8x8x64xf32>, %arg1: tensor<8x64xf32>, %arg2: tensor<i32>) -> tensor<8x8x64xf32> {
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
  func.func private @clip_20(%arg0: tensor<8x512xf32>, %arg1: tensor<8x512xf32>, %arg2: tensor<8x512xf32>) -> tensor<8x512xf32> {
    %0 = stablehlo.multiply %arg2, %arg1 : tensor<8x512xf32>
    %1 = stablehlo.multiply %0, %arg0 : tensor<8x512xf32>
    return %1 : tensor<8x512xf32>
  }
  func.func private @dynamic_index_in_dim_21(%arg0: tensor<8x8x64xf32>, %arg1: tensor<i32>) -> tensor<8x64xf32> {
    %c = stablehlo.constant dense<0> : tensor<i32>
    %c_0 = stablehlo.constant dense<0> : tensor<i32>
    %0 = stablehlo.dynamic_slice %arg0, %arg1, %c, %c_0, sizes = [1, 8, 64] : (tensor<8x8x64xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x8x64xf32>
    %1 = stablehlo.reshape %0 : (tensor<1x8x64xf32>) -> tensor<8x64xf32>
    return %1 : tensor<8x64xf32>
  }
  func.func private @closed_call_22(%arg0: tensor<5376xbf16>, %arg1: tensor<262208x5376xbf16>, %arg2: tensor<8x64xf32>, %arg3: tensor<8x64x5376xbf16>, %arg4: tensor<8x64xi32>) -> tensor<8x64x5376xbf16> {
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
    %24 = stablehlo.broadcast_in_dim %0#3, dims = [0, 1] : (tensor<8x64xi32>) -> tensor<8x64x1xi32>
    %25 = call @take_along_axis_23(%24) : (tensor<8x64x1xi32>) -> tensor<8x64x1x1xi32>
    %cst_4 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %26 = stablehlo.reduce(%23 init: %cst_4) applies stablehlo.maximum across dimensions = [2] : (tensor<8x64x262144xf32>, tensor<f32>) -> tensor<8x64xf32>
    %cst_5 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %27 = stablehlo.broadcast_in_dim %cst_5, dims = [] : (tensor<f32>) -> tensor<8x64xf32>
    %28 = stablehlo.maximum %27, %26 : tensor<8x64xf32>
    %29 = stablehlo.is_finite %28 : (tensor<8x64xf32>) -> tensor<8x64xi1>
    %cst_6 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %30 = stablehlo.broadcast_in_dim %cst_6, dims = [] : (tensor<f32>) -> tensor<8x64xf32>
    %31 = stablehlo.select %29, %28, %30 : tensor<8x64xi1>, tensor<8x64xf32>
    %32 = stablehlo.broadcast_in_dim %31, dims = [0, 1] : (tensor<8x64xf32>) -> tensor<8x64x1xf32>
    %33 = stablehlo.broadcast_in_dim %32, dims = [0, 1, 2] : (tensor<8x64x1xf32>) -> tensor<8x64x262144xf32>
    %34 = stablehlo.subtract %23, %33 : tensor<8x64x262144xf32>
    %35 = stablehlo.exponential %34 : tensor<8x64x262144xf32>
    %cst_7 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %36 = stablehlo.reduce(%35 init: %cst_7) applies stablehlo.add across dimensions = [2] : (tensor<8x64x262144xf32>, tensor<f32>) -> tensor<8x64xf32>
    %37 = stablehlo.abs %36 : tensor<8x64xf32>
    %cst_8 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %38 = stablehlo.broadcast_in_dim %cst_8, dims = [] : (tensor<f32>) -> tensor<8x64xf32>
    %39 = stablehlo.compare GE, %36, %38, FLOAT : (tensor<8x64xf32>, tensor<8x64xf32>) -> tensor<8x64xi1>
    %40 = stablehlo.negate %0#4 : tensor<8x64xf32>
    %41 = stablehlo.divide %40, %37 : tensor<8x64xf32>
    %cst_9 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %42 = stablehlo.broadcast_in_dim %cst_9, dims = [] : (tensor<f32>) -> tensor<8x64xf32>
    %43 = stablehlo.select %39, %42, %41 : tensor<8x64xi1>, tensor<8x64xf32>
    %44 = stablehlo.select %39, %41, %42 : tensor<8x64xi1>, tensor<8x64xf32>
    %45 = stablehlo.negate %43 : tensor<8x64xf32>
    %46 = stablehlo.add %44, %45 : tensor<8x64xf32>
    %47 = stablehlo.broadcast_in_dim %46, dims = [0, 1] : (tensor<8x64xf32>) -> tensor<8x64x262144xf32>
    %48 = stablehlo.multiply %47, %35 : tensor<8x64x262144xf32>
    %49 = stablehlo.broadcast_in_dim %0#4, dims = [0, 1] : (tensor<8x64xf32>) -> tensor<8x64x1xf32>
    %50 = call @take_along_axis_24(%25, %49) : (tensor<8x64x1x1xi32>, tensor<8x64x1xf32>) -> tensor<8x64x262144xf32>
    %51 = stablehlo.add %48, %50 : tensor<8x64x262144xf32>
    %52 = stablehlo.dot_general %51, %22, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<8x64x262144xf32>, tensor<262144x5376xbf16>) -> tensor<8x64x5376xf32>
    %53 = stablehlo.convert %52 : (tensor<8x64x5376xf32>) -> tensor<8x64x5376xbf16>
    %54 = stablehlo.convert %53 : (tensor<8x64x5376xbf16>) -> tensor<8x64x5376xf32>
    %55 = stablehlo.broadcast_in_dim %18, dims = [0, 1, 2] : (tensor<1x1x5376xf32>) -> tensor<8x64x5376xf32>
    %56 = stablehlo.multiply %54, %55 : tensor<8x64x5376xf32>
    %57 = stablehlo.multiply %1, %56 : tensor<8x64x5376xf32>
    %cst_10 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %58 = stablehlo.reduce(%57 init: %cst_10) applies stablehlo.add across dimensions = [2] : (tensor<8x64x5376xf32>, tensor<f32>) -> tensor<8x64xf32>
    %59 = stablehlo.reshape %58 : (tensor<8x64xf32>) -> tensor<8x64x1xf32>
    %60 = stablehlo.broadcast_in_dim %9, dims = [0, 1, 2] : (tensor<8x64x1xf32>) -> tensor<8x64x5376xf32>
    %61 = stablehlo.multiply %56, %60 : tensor<8x64x5376xf32>
    %62 = stablehlo.multiply %59, %12 : tensor<8x64x1xf32>
    %cst_11 = stablehlo.constant dense<5.376000e+03> : tensor<f32>
    %63 = stablehlo.broadcast_in_dim %cst_11, dims = [] : (tensor<f32>) -> tensor<8x64x1xf32>
    %64 = stablehlo.divide %62, %63 : tensor<8x64x1xf32>
    %cst_12 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %65 = stablehlo.reduce(%64 init: %cst_12) applies stablehlo.add across dimensions = [2] : (tensor<8x64x1xf32>, tensor<f32>) -> tensor<8x64xf32>
    %66 = stablehlo.broadcast_in_dim %65, dims = [0, 1] : (tensor<8x64xf32>) -> tensor<8x64x5376xf32>
    %67 = stablehlo.multiply %1, %66 : tensor<8x64x5376xf32>
    %68 = stablehlo.add %61, %67 : tensor<8x64x5376xf32>
    %69 = stablehlo.multiply %66, %1 : tensor<8x64x5376xf32>
    %70 = stablehlo.add %68, %69 : tensor<8x64x5376xf32>
    %71 = stablehlo.convert %70 : (tensor<8x64x5376xf32>) -> tensor<8x64x5376xbf16>
    return %71 : tensor<8x64x5376xbf16>
  }
  func.func private @take_along_axis_23(%arg0: tensor<8x64x1xi32>) -> tensor<8x64x1x1xi32> {
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
  func.func private @take_along_axis_24(%arg0: tensor<8x64x1x1xi32>, %arg1: tensor<8x64x1xf32>) -> tensor<8x64x262144xf32> {
    %cst = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %0 = stablehlo.broadcast_in_dim %cst, dims = [] : (tensor<f32>) -> tensor<8x64x262144xf32>
    %1 = "stablehlo.scatter"(%0, %arg0, %arg1) <{indices_are_sorted = false, scatter_dimension_numbers = #stablehlo.scatter<inserted_window_dims = [2], input_batching_dims = [0, 1], scatter_indices_batching_dims = [0, 1], scatter_dims_to_operand_dims = [2], index_vector_dim = 3>, unique_indices = false}> ({
    ^bb0(%arg2: tensor<f32>, %arg3: tensor<f32>):
      %2 = stablehlo.add %arg2, %arg3 : tensor<f32>
      stablehlo.return %2 : tensor<f32>
    }) : (tensor<8x64x262144xf32>, tensor<8x64x1x1xi32>, tensor<8x64x1xf32>) -> tensor<8x64x262144xf32>
    return %1 : tensor<8x64x262144xf32>
  }
  func.func private @dynamic_update_index_in_dim_25(%arg0: tensor<8x8x64x5376xbf16>, %arg1: tensor<8x64x5376xbf16>, %arg2: tensor<i32>) -> tensor<8x8x64x5376xbf16> {
    %0 = stablehlo.broadcast_in_dim %arg1, dims = [1, 2, 3] : (tensor<8x64x5376xbf16>) -> tensor<1x8x64x5376xbf16>
    %c = stablehlo.constant dense<0> : tensor<i32>
    %c_0 = stablehlo.constant dense<0> : tensor<i32>
    %c_1 = stablehlo.constant dense<0> : tensor<i32>
    %1 = stablehlo.dynamic_update_slice %arg0, %0, %arg2, %c, %c_0, %c_1 : (tensor<8x8x64x5376xbf16>, tensor<1x8x64x5376xbf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<8x8x64x5376xbf16>
    return %1 : tensor<8x8x64x5376xbf16>
  }
  func.func private @dynamic_index_in_dim_26(%arg0: tensor<62x8x1024x5376xbf16>, %arg1: tensor<i32>) -> tensor<8x1024x5376xbf16> {
    %c = stablehlo.constant dense<0> : tensor<i32>
    %c_0 = stablehlo.constant dense<0> : tensor<i32>
    %c_1 = stablehlo.constant dense<0> : tensor<i32>
    %0 = stablehlo.dynamic_slice %arg0, %arg1, %c, %c_0, %c_1, sizes = [1, 8, 1024, 5376] : (tensor<62x8x1024x5376xbf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x8x1024x5376xbf16>
    %1 = stablehlo.reshape %0 : (tensor<1x8x1024x5376xbf16>) -> tensor<8x1024x5376xbf16>
    return %1 : tensor<8x1024x5376xbf16>
  }
  func.func private @closed_call_27(%arg0: tensor<8x1024xi32>, %arg1: tensor<8x1024xi32>, %arg2: tensor<8x1024x5376xbf16>, %arg3: tensor<8x1024x5376xbf16>, %arg4: tensor<5376xbf16>, %arg5: tensor<32x5376x128xbf16>, %arg6: tensor<16x5376x128xbf16>, %arg7: tensor<16x5376x128xbf16>, %arg8: tensor<32x128x5376xbf16>, %arg9: tensor<128xbf16>, %arg10: tensor<128xbf16>, %arg11: tensor<5376xbf16>, %arg12: tensor<5376xbf16>, %arg13: tensor<5376x21504xbf16>, %arg14: tensor<5376x21504xbf16>, %arg15: tensor<21504x5376xbf16>, %arg16: tensor<5376xbf16>, %arg17: tensor<21504x16xf32>, %arg18: tensor<16x5376xf32>, %arg19: tensor<5376x16xf32>, %arg20: tensor<16x21504xf32>, %arg21: tensor<5376x16xf32>, %arg22: tensor<16x16x128xf32>, %arg23: tensor<32x128x16xf32>, %arg24: tensor<16x5376xf32>, %arg25: tensor<5376x16xf32>, %arg26: tensor<16x32x128xf32>, %arg27: tensor<5376x16xf32>, %arg28: tensor<16x21504xf32>, %arg29: tensor<5376x16xf32>, %arg30: tensor<16x16x128xf32>, %arg31: tensor<i1>) -> (tensor<8x1024x5376xbf16>, tensor<21504x16xf32>, tensor<16x5376xf32>, tensor<5376x16xf32>, tensor<16x21504xf32>, tensor<5376x16xf32>, tensor<16x16x128xf32>, tensor<32x128x16xf32>, tensor<16x5376xf32>, tensor<5376x16xf32>, tensor<16x32x128xf32>, tensor<5376x16xf32>, tensor<16x21504xf32>, tensor<5376x16xf32>, tensor<16x16x128xf32>) {
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
    %114 = call @_where_28(%0#30, %113, %100) : (tensor<i1>, tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
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
      %557:2 = func.call @_where_29(%556, %555, %cst_84) : (tensor<8x1x1x1024x1024xi1>, tensor<8x16x2x1024x1024xf32>, tensor<f32>) -> (tensor<8x16x2x1024x1024xf32>, tensor<8x16x2x1024x1024xi1>)
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
      %551:2 = func.call @_where_29(%550, %549, %cst_83) : (tensor<8x1x1x1024x1024xi1>, tensor<8x16x2x1024x1024xf32>, tensor<f32>) -> (tensor<8x16x2x1024x1024xf32>, tensor<8x16x2x1024x1024xi1>)
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
      %546 = func.call @_where_30(%166#5, %545) : (tensor<8x16x2x1024x1024xi1>, tensor<8x16x2x1024x1024xf32>) -> tensor<8x16x2x1024x1024xf32>
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
      %546 = func.call @_where_30(%166#5, %545) : (tensor<8x16x2x1024x1024xi1>, tensor<8x16x2x1024x1024xf32>) -> tensor<8x16x2x1024x1024xf32>
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
  func.func private @_where_28(%arg0: tensor<i1>, %arg1: tensor<64xf32>, %arg2: tensor<64xf32>) -> tensor<64xf32> {
    %0 = stablehlo.select %arg0, %arg1, %arg2 : tensor<i1>, tensor<64xf32>
    return %0 : tensor<64xf32>
  }
  func.func private @_where_29(%arg0: tensor<8x1x1x1024x1024xi1>, %arg1: tensor<8x16x2x1024x1024xf32>, %arg2: tensor<f32>) -> (tensor<8x16x2x1024x1024xf32>, tensor<8x16x2x1024x1024xi1>) {
    %0 = stablehlo.convert %arg2 : tensor<f32>
    %1 = stablehlo.broadcast_in_dim %arg0, dims = [0, 1, 2, 3, 4] : (tensor<8x1x1x1024x1024xi1>) -> tensor<8x16x2x1024x1024xi1>
    %2 = stablehlo.broadcast_in_dim %0, dims = [] : (tensor<f32>) -> tensor<8x16x2x1024x1024xf32>
    %3 = stablehlo.select %1, %arg1, %2 : tensor<8x16x2x1024x1024xi1>, tensor<8x16x2x1024x1024xf32>
    return %3, %1 : tensor<8x16x2x1024x1024xf32>, tensor<8x16x2x1024x1024xi1>
  }
  func.func private @_where_30(%arg0: tensor<8x16x2x1024x1024xi1>, %arg1: tensor<8x16x2x1024x1024xf32>) -> tensor<8x16x2x1024x1024xf32> {
    %cst = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %0 = stablehlo.broadcast_in_dim %cst, dims = [] : (tensor<f32>) -> tensor<8x16x2x1024x1024xf32>
    %1 = stablehlo.select %arg0, %arg1, %0 : tensor<8x16x2x1024x1024xi1>, tensor<8x16x2x1024x1024xf32>
    return %1 : tensor<8x16x2x1024x1024xf32>
  }
  func.func private @dynamic_update_index_in_dim_31(%arg0: tensor<62x21504x16xf32>, %arg1: tensor<21504x16xf32>, %arg2: tensor<i32>) -> tensor<62x21504x16xf32> {
    %0 = stablehlo.broadcast_in_dim %arg1, dims = [1, 2] : (tensor<21504x16xf32>) -> tensor<1x21504x16xf32>
    %c = stablehlo.constant dense<0> : tensor<i32>
    %c_0 = stablehlo.constant dense<0> : tensor<i32>
    %1 = stablehlo.dynamic_update_slice %arg0, %0, %arg2, %c, %c_0 : (tensor<62x21504x16xf32>, tensor<1x21504x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<62x21504x16xf32>
    return %1 : tensor<62x21504x16xf32>
  }
  func.func private @dynamic_update_index_in_dim_32(%arg0: tensor<62x16x5376xf32>, %arg1: tensor<16x5376xf32>, %arg2: tensor<i32>) -> tensor<62x16x5376xf32> {
    %0 = stablehlo.broadcast_in_dim %arg1, dims = [1, 2] : (tensor<16x5376xf32>) -> tensor<1x16x5376xf32>
    %c = stablehlo.constant dense<0> : tensor<i32>
    %c_0 = stablehlo.constant dense<0> : tensor<i32>
    %1 = stablehlo.dynamic_update_slice %arg0, %0, %arg2, %c, %c_0 : (tensor<62x16x5376xf32>, tensor<1x16x5376xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<62x16x5376xf32>
    return %1 : tensor<62x16x5376xf32>
  }
  func.func private @dynamic_update_index_in_dim_33(%arg0: tensor<62x5376x16xf32>, %arg1: tensor<5376x16xf32>, %arg2: tensor<i32>) -> tensor<62x5376x16xf32> {
    %0 = stablehlo.broadcast_in_dim %arg1, dims = [1, 2] : (tensor<5376x16xf32>) -> tensor<1x5376x16xf32>
    %c = stablehlo.constant dense<0> : tensor<i32>
    %c_0 = stablehlo.constant dense<0> : tensor<i32>
    %1 = stablehlo.dynamic_update_slice %arg0, %0, %arg2, %c, %c_0 : (tensor<62x5376x16xf32>, tensor<1x5376x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<62x5376x16xf32>
    return %1 : tensor<62x5376x16xf32>
  }
  func.func private @dynamic_update_index_in_dim_34(%arg0: tensor<62x16x21504xf32>, %arg1: tensor<16x21504xf32>, %arg2: tensor<i32>) -> tensor<62x16x21504xf32> {
    %0 = stablehlo.broadcast_in_dim %arg1, dims = [1, 2] : (tensor<16x21504xf32>) -> tensor<1x16x21504xf32>
    %c = stablehlo.constant dense<0> : tensor<i32>
    %c_0 = stablehlo.constant dense<0> : tensor<i32>
    %1 = stablehlo.dynamic_update_slice %arg0, %0, %arg2, %c, %c_0 : (tensor<62x16x21504xf32>, tensor<1x16x21504xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<62x16x21504xf32>
    return %1 : tensor<62x16x21504xf32>
  }
  func.func private @dynamic_update_index_in_dim_35(%arg0: tensor<62x16x16x128xf32>, %arg1: tensor<16x16x128xf32>, %arg2: tensor<i32>) -> tensor<62x16x16x128xf32> {
    %0 = stablehlo.broadcast_in_dim %arg1, dims = [1, 2, 3] : (tensor<16x16x128xf32>) -> tensor<1x16x16x128xf32>
    %c = stablehlo.constant dense<0> : tensor<i32>
    %c_0 = stablehlo.constant dense<0> : tensor<i32>
    %c_1 = stablehlo.constant dense<0> : tensor<i32>
    %1 = stablehlo.dynamic_update_slice %arg0, %0, %arg2, %c, %c_0, %c_1 : (tensor<62x16x16x128xf32>, tensor<1x16x16x128xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<62x16x16x128xf32>
    return %1 : tensor<62x16x16x128xf32>
  }
  func.func private @dynamic_update_index_in_dim_36(%arg0: tensor<62x32x128x16xf32>, %arg1: tensor<32x128x16xf32>, %arg2: tensor<i32>) -> tensor<62x32x128x16xf32> {
    %0 = stablehlo.broadcast_in_dim %arg1, dims = [1, 2, 3] : (tensor<32x128x16xf32>) -> tensor<1x32x128x16xf32>
    %c = stablehlo.constant dense<0> : tensor<i32>
    %c_0 = stablehlo.constant dense<0> : tensor<i32>
    %c_1 = stablehlo.constant dense<0> : tensor<i32>
    %1 = stablehlo.dynamic_update_slice %arg0, %0, %arg2, %c, %c_0, %c_1 : (tensor<62x32x128x16xf32>, tensor<1x32x128x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<62x32x128x16xf32>
    return %1 : tensor<62x32x128x16xf32>
  }
  func.func private @dynamic_update_index_in_dim_37(%arg0: tensor<62x16x32x128xf32>, %arg1: tensor<16x32x128xf32>, %arg2: tensor<i32>) -> tensor<62x16x32x128xf32> {
    %0 = stablehlo.broadcast_in_dim %arg1, dims = [1, 2, 3] : (tensor<16x32x128xf32>) -> tensor<1x16x32x128xf32>
    %c = stablehlo.constant dense<0> : tensor<i32>
    %c_0 = stablehlo.constant dense<0> : tensor<i32>
    %c_1 = stablehlo.constant dense<0> : tensor<i32>
    %1 = stablehlo.dynamic_update_slice %arg0, %0, %arg2, %c, %c_0, %c_1 : (tensor<62x16x32x128xf32>, tensor<1x16x32x128xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<62x16x32x128xf32>
    return %1 : tensor<62x16x32x128xf32>
  }
  func.func private @_where_38(%arg0: tensor<i1>, %arg1: tensor<i32>, %arg2: tensor<i32>) -> tensor<i32> {
    %0 = stablehlo.select %arg0, %arg1, %arg2 : tensor<i1>, tensor<i32>
    return %0 : tensor<i32>
  }
}
