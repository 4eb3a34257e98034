// gemma3 27b v5e-8 sft-lora batch=8 seq=2048 accum_steps=4: StableHLO from jax, no locations
// row: {"topology": "v5e-8", "workload": "sft-lora", "options": {"batch": 8, "seq": 2048, "accum_steps": 4}}
// jax 0.10.2, jaxlib 0.10.2, libtpu 0.0.42.1
// regenerate: python -m gemma3.hlo dump --workload sft-lora; compare: python -m gemma3.hlo diff sft-lora.stablehlo.mlir current
module @jit_fn attributes {mhlo.num_partitions = 8 : i32, mhlo.num_replicas = 1 : i32} {
  sdy.mesh @mesh = <["data"=1, "fsdp"=1, "tensor"=8]> {stablehlo.mesh = {axes = [{name = "data", size = 1 : i64}, {name = "fsdp", size = 1 : i64}, {name = "tensor", size = 8 : i64}]}}
  func.func public @main(%arg0: tensor<62x21504x16xf32> {sdy.sharding = #sdy.sharding<@mesh, [{}, {"tensor"}, {}]>, tf.aliasing_output = 0 : i32}, %arg1: tensor<62x16x5376xf32> {sdy.sharding = #sdy.sharding<@mesh, [{}, {}, {"fsdp"}]>, tf.aliasing_output = 1 : i32}, %arg2: tensor<62x5376x16xf32> {sdy.sharding = #sdy.sharding<@mesh, [{}, {"fsdp"}, {}]>, tf.aliasing_output = 2 : i32}, %arg3: tensor<62x16x21504xf32> {sdy.sharding = #sdy.sharding<@mesh, [{}, {}, {"tensor"}]>, tf.aliasing_output = 3 : i32}, %arg4: tensor<62x5376x16xf32> {sdy.sharding = #sdy.sharding<@mesh, [{}, {"fsdp"}, {}]>, tf.aliasing_output = 4 : i32}, %arg5: tensor<62x16x16x128xf32> {sdy.sharding = #sdy.sharding<@mesh, [{}, {}, {"tensor"}, {}]>, tf.aliasing_output = 5 : i32}, %arg6: tensor<62x32x128x16xf32> {sdy.sharding = #sdy.sharding<@mesh, [{}, {"tensor"}, {}, {}]>, tf.aliasing_output = 6 : i32}, %arg7: tensor<62x16x5376xf32> {sdy.sharding = #sdy.sharding<@mesh, [{}, {}, {"fsdp"}]>, tf.aliasing_output = 7 : i32}, %arg8: tensor<62x5376x16xf32> {sdy.sharding = #sdy.sharding<@mesh, [{}, {"fsdp"}, {}]>, tf.aliasing_output = 8 : i32}, %arg9: tensor<62x16x32x128xf32> {sdy.sharding = #sdy.sharding<@mesh, [{}, {}, {"tensor"}, {}]>, tf.aliasing_output = 9 : i32}, %arg10: tensor<62x5376x16xf32> {sdy.sharding = #sdy.sharding<@mesh, [{}, {"fsdp"}, {}]>, tf.aliasing_output = 10 : i32}, %arg11: tensor<62x16x21504xf32> {sdy.sharding = #sdy.sharding<@mesh, [{}, {}, {"tensor"}]>, tf.aliasing_output = 11 : i32}, %arg12: tensor<62x5376x16xf32> {sdy.sharding = #sdy.sharding<@mesh, [{}, {"fsdp"}, {}]>, tf.aliasing_output = 12 : i32}, %arg13: tensor<62x16x16x128xf32> {sdy.sharding = #sdy.sharding<@mesh, [{}, {}, {"tensor"}, {}]>, tf.aliasing_output = 13 : i32}, %arg14: tensor<i32> {sdy.sharding = #sdy.sharding<@mesh, []>, tf.aliasing_output = 14 : i32}, %arg15: tensor<62x21504x16xf32> {sdy.sharding = #sdy.sharding<@mesh, [{}, {"tensor"}, {}]>, tf.aliasing_output = 15 : i32}, %arg16: tensor<62x16x5376xf32> {sdy.sharding = #sdy.sharding<@mesh, [{}, {}, {"fsdp"}]>, tf.aliasing_output = 16 : i32}, %arg17: tensor<62x5376x16xf32> {sdy.sharding = #sdy.sharding<@mesh, [{}, {"fsdp"}, {}]>, tf.aliasing_output = 17 : i32}, %arg18: tensor<62x16x21504xf32> {sdy.sharding = #sdy.sharding<@mesh, [{}, {}, {"tensor"}]>, tf.aliasing_output = 18 : i32}, %arg19: tensor<62x5376x16xf32> {sdy.sharding = #sdy.sharding<@mesh, [{}, {"fsdp"}, {}]>, tf.aliasing_output = 19 : i32}, %arg20: tensor<62x16x16x128xf32> {sdy.sharding = #sdy.sharding<@mesh, [{}, {}, {"tensor"}, {}]>, tf.aliasing_output = 20 : i32}, %arg21: tensor<62x32x128x16xf32> {sdy.sharding = #sdy.sharding<@mesh, [{}, {"tensor"}, {}, {}]>, tf.aliasing_output = 21 : i32}, %arg22: tensor<62x16x5376xf32> {sdy.sharding = #sdy.sharding<@mesh, [{}, {}, {"fsdp"}]>, tf.aliasing_output = 22 : i32}, %arg23: tensor<62x5376x16xf32> {sdy.sharding = #sdy.sharding<@mesh, [{}, {"fsdp"}, {}]>, tf.aliasing_output = 23 : i32}, %arg24: tensor<62x16x32x128xf32> {sdy.sharding = #sdy.sharding<@mesh, [{}, {}, {"tensor"}, {}]>, tf.aliasing_output = 24 : i32}, %arg25: tensor<62x5376x16xf32> {sdy.sharding = #sdy.sharding<@mesh, [{}, {"fsdp"}, {}]>, tf.aliasing_output = 25 : i32}, %arg26: tensor<62x16x21504xf32> {sdy.sharding = #sdy.sharding<@mesh, [{}, {}, {"tensor"}]>, tf.aliasing_output = 26 : i32}, %arg27: tensor<62x5376x16xf32> {sdy.sharding = #sdy.sharding<@mesh, [{}, {"fsdp"}, {}]>, tf.aliasing_output = 27 : i32}, %arg28: tensor<62x16x16x128xf32> {sdy.sharding = #sdy.sharding<@mesh, [{}, {}, {"tensor"}, {}]>, tf.aliasing_output = 28 : i32}, %arg29: tensor<62x21504x16xf32> {sdy.sharding = #sdy.sharding<@mesh, [{}, {"tensor"}, {}]>, tf.aliasing_output = 29 : i32}, %arg30: tensor<62x16x5376xf32> {sdy.sharding = #sdy.sharding<@mesh, [{}, {}, {"fsdp"}]>, tf.aliasing_output = 30 : i32}, %arg31: tensor<62x5376x16xf32> {sdy.sharding = #sdy.sharding<@mesh, [{}, {"fsdp"}, {}]>, tf.aliasing_output = 31 : i32}, %arg32: tensor<62x16x21504xf32> {sdy.sharding = #sdy.sharding<@mesh, [{}, {}, {"tensor"}]>, tf.aliasing_output = 32 : i32}, %arg33: tensor<62x5376x16xf32> {sdy.sharding = #sdy.sharding<@mesh, [{}, {"fsdp"}, {}]>, tf.aliasing_output = 33 : i32}, %arg34: tensor<62x16x16x128xf32> {sdy.sharding = #sdy.sharding<@mesh, [{}, {}, {"tensor"}, {}]>, tf.aliasing_output = 34 : i32}, %arg35: tensor<62x32x128x16xf32> {sdy.sharding = #sdy.sharding<@mesh, [{}, {"tensor"}, {}, {}]>, tf.aliasing_output = 35 : i32}, %arg36: tensor<62x16x5376xf32> {sdy.sharding = #sdy.sharding<@mesh, [{}, {}, {"fsdp"}]>, tf.aliasing_output = 36 : i32}, %arg37: tensor<62x5376x16xf32> {sdy.sharding = #sdy.sharding<@mesh, [{}, {"fsdp"}, {}]>, tf.aliasing_output = 37 : i32}, %arg38: tensor<62x16x32x128xf32> {sdy.sharding = #sdy.sharding<@mesh, [{}, {}, {"tensor"}, {}]>, tf.aliasing_output = 38 : i32}, %arg39: tensor<62x5376x16xf32> {sdy.sharding = #sdy.sharding<@mesh, [{}, {"fsdp"}, {}]>, tf.aliasing_output = 39 : i32}, %arg40: tensor<62x16x21504xf32> {sdy.sharding = #sdy.sharding<@mesh, [{}, {}, {"tensor"}]>, tf.aliasing_output = 40 : i32}, %arg41: tensor<62x5376x16xf32> {sdy.sharding = #sdy.sharding<@mesh, [{}, {"fsdp"}, {}]>, tf.aliasing_output = 41 : i32}, %arg42: tensor<62x16x16x128xf32> {sdy.sharding = #sdy.sharding<@mesh, [{}, {}, {"tensor"}, {}]>, tf.aliasing_output = 42 : i32}, %arg43: tensor<i32> {sdy.sharding = #sdy.sharding<@mesh, []>, tf.aliasing_output = 43 : i32}, %arg44: tensor<262208x5376xbf16> {sdy.sharding = #sdy.sharding<@mesh, [{"tensor"}, {"fsdp"}]>}, %arg45: tensor<62x5376xbf16> {sdy.sharding = #sdy.sharding<@mesh, [{}, {"fsdp"}]>}, %arg46: tensor<62x32x5376x128xbf16> {sdy.sharding = #sdy.sharding<@mesh, [{}, {"tensor"}, {"fsdp"}, {}]>}, %arg47: tensor<62x16x5376x128xbf16> {sdy.sharding = #sdy.sharding<@mesh, [{}, {"tensor"}, {"fsdp"}, {}]>}, %arg48: tensor<62x16x5376x128xbf16> {sdy.sharding = #sdy.sharding<@mesh, [{}, {"tensor"}, {"fsdp"}, {}]>}, %arg49: tensor<62x32x128x5376xbf16> {sdy.sharding = #sdy.sharding<@mesh, [{}, {"tensor"}, {}, {"fsdp"}]>}, %arg50: tensor<62x128xbf16> {sdy.sharding = #sdy.sharding<@mesh, [{}, {}]>}, %arg51: tensor<62x128xbf16> {sdy.sharding = #sdy.sharding<@mesh, [{}, {}]>}, %arg52: tensor<62x5376xbf16> {sdy.sharding = #sdy.sharding<@mesh, [{}, {"fsdp"}]>}, %arg53: tensor<62x5376xbf16> {sdy.sharding = #sdy.sharding<@mesh, [{}, {"fsdp"}]>}, %arg54: tensor<62x5376x21504xbf16> {sdy.sharding = #sdy.sharding<@mesh, [{}, {"fsdp"}, {"tensor"}]>}, %arg55: tensor<62x5376x21504xbf16> {sdy.sharding = #sdy.sharding<@mesh, [{}, {"fsdp"}, {"tensor"}]>}, %arg56: tensor<62x21504x5376xbf16> {sdy.sharding = #sdy.sharding<@mesh, [{}, {"tensor"}, {"fsdp"}]>}, %arg57: tensor<62x5376xbf16> {sdy.sharding = #sdy.sharding<@mesh, [{}, {"fsdp"}]>}, %arg58: tensor<5376xbf16> {sdy.sharding = #sdy.sharding<@mesh, [{"fsdp"}]>}, %arg59: tensor<8x2048xi32> {sdy.sharding = #sdy.sharding<@mesh, [{"data", "fsdp"}, {}]>}, %arg60: tensor<8x2048xi32> {sdy.sharding = #sdy.sharding<@mesh, [{"data", "fsdp"}, {}]>}, %arg61: tensor<8x2048xi32> {sdy.sharding = #sdy.sharding<@mesh, [{"data", "fsdp"}, {}]>}, %arg62: tensor<8x2048xi32> {sdy.sharding = #sdy.sharding<@mesh, [{"data", "fsdp"}, {}]>}) -> (tensor<62x21504x16xf32> {jax.result_info = "result[0].params['down'].a", sdy.sharding = #sdy.sharding<@mesh, [{}, {"tensor"}, {}]>}, tensor<62x16x5376xf32> {jax.result_info = "result[0].params['down'].b", sdy.sharding = #sdy.sharding<@mesh, [{}, {}, {"fsdp"}]>}, tensor<62x5376x16xf32> {jax.result_info = "result[0].params['gate'].a", sdy.sharding = #sdy.sharding<@mesh, [{}, {"fsdp"}, {}]>}, tensor<62x16x21504xf32> {jax.result_info = "result[0].params['gate'].b", sdy.sharding = #sdy.sharding<@mesh, [{}, {}, {"tensor"}]>}, tensor<62x5376x16xf32> {jax.result_info = "result[0].params['k'].a", sdy.sharding = #sdy.sharding<@mesh, [{}, {"fsdp"}, {}]>}, tensor<62x16x16x128xf32> {jax.result_info = "result[0].params['k'].b", sdy.sharding = #sdy.sharding<@mesh, [{}, {}, {"tensor"}, {}]>}, tensor<62x32x128x16xf32> {jax.result_info = "result[0].params['o'].a", sdy.sharding = #sdy.sharding<@mesh, [{}, {"tensor"}, {}, {}]>}, tensor<62x16x5376xf32> {jax.result_info = "result[0].params['o'].b", sdy.sharding = #sdy.sharding<@mesh, [{}, {}, {"fsdp"}]>}, tensor<62x5376x16xf32> {jax.result_info = "result[0].params['q'].a", sdy.sharding = #sdy.sharding<@mesh, [{}, {"fsdp"}, {}]>}, tensor<62x16x32x128xf32> {jax.result_info = "result[0].params['q'].b", sdy.sharding = #sdy.sharding<@mesh, [{}, {}, {"tensor"}, {}]>}, tensor<62x5376x16xf32> {jax.result_info = "result[0].params['up'].a", sdy.sharding = #sdy.sharding<@mesh, [{}, {"fsdp"}, {}]>}, tensor<62x16x21504xf32> {jax.result_info = "result[0].params['up'].b", sdy.sharding = #sdy.sharding<@mesh, [{}, {}, {"tensor"}]>}, tensor<62x5376x16xf32> {jax.result_info = "result[0].params['v'].a", sdy.sharding = #sdy.sharding<@mesh, [{}, {"fsdp"}, {}]>}, tensor<62x16x16x128xf32> {jax.result_info = "result[0].params['v'].b", sdy.sharding = #sdy.sharding<@mesh, [{}, {}, {"tensor"}, {}]>}, tensor<i32> {jax.result_info = "result[0].opt_state[1][0].count", sdy.sharding = #sdy.sharding<@mesh, []>}, tensor<62x21504x16xf32> {jax.result_info = "result[0].opt_state[1][0].mu['down'].a", sdy.sharding = #sdy.sharding<@mesh, [{}, {"tensor"}, {}]>}, tensor<62x16x5376xf32> {jax.result_info = "result[0].opt_state[1][0].mu['down'].b", sdy.sharding = #sdy.sharding<@mesh, [{}, {}, {"fsdp"}]>}, tensor<62x5376x16xf32> {jax.result_info = "result[0].opt_state[1][0].mu['gate'].a", sdy.sharding = #sdy.sharding<@mesh, [{}, {"fsdp"}, {}]>}, tensor<62x16x21504xf32> {jax.result_info = "result[0].opt_state[1][0].mu['gate'].b", sdy.sharding = #sdy.sharding<@mesh, [{}, {}, {"tensor"}]>}, tensor<62x5376x16xf32> {jax.result_info = "result[0].opt_state[1][0].mu['k'].a", sdy.sharding = #sdy.sharding<@mesh, [{}, {"fsdp"}, {}]>}, tensor<62x16x16x128xf32> {jax.result_info = "result[0].opt_state[1][0].mu['k'].b", sdy.sharding = #sdy.sharding<@mesh, [{}, {}, {"tensor"}, {}]>}, tensor<62x32x128x16xf32> {jax.result_info = "result[0].opt_state[1][0].mu['o'].a", sdy.sharding = #sdy.sharding<@mesh, [{}, {"tensor"}, {}, {}]>}, tensor<62x16x5376xf32> {jax.result_info = "result[0].opt_state[1][0].mu['o'].b", sdy.sharding = #sdy.sharding<@mesh, [{}, {}, {"fsdp"}]>}, tensor<62x5376x16xf32> {jax.result_info = "result[0].opt_state[1][0].mu['q'].a", sdy.sharding = #sdy.sharding<@mesh, [{}, {"fsdp"}, {}]>}, tensor<62x16x32x128xf32> {jax.result_info = "result[0].opt_state[1][0].mu['q'].b", sdy.sharding = #sdy.sharding<@mesh, [{}, {}, {"tensor"}, {}]>}, tensor<62x5376x16xf32> {jax.result_info = "result[0].opt_state[1][0].mu['up'].a", sdy.sharding = #sdy.sharding<@mesh, [{}, {"fsdp"}, {}]>}, tensor<62x16x21504xf32> {jax.result_info = "result[0].opt_state[1][0].mu['up'].b", sdy.sharding = #sdy.sharding<@mesh, [{}, {}, {"tensor"}]>}, tensor<62x5376x16xf32> {jax.result_info = "result[0].opt_state[1][0].mu['v'].a", sdy.sharding = #sdy.sharding<@mesh, [{}, {"fsdp"}, {}]>}, tensor<62x16x16x128xf32> {jax.result_info = "result[0].opt_state[1][0].mu['v'].b", sdy.sharding = #sdy.sharding<@mesh, [{}, {}, {"tensor"}, {}]>}, tensor<62x21504x16xf32> {jax.result_info = "result[0].opt_state[1][0].nu['down'].a", sdy.sharding = #sdy.sharding<@mesh, [{}, {"tensor"}, {}]>}, tensor<62x16x5376xf32> {jax.result_info = "result[0].opt_state[1][0].nu['down'].b", sdy.sharding = #sdy.sharding<@mesh, [{}, {}, {"fsdp"}]>}, tensor<62x5376x16xf32> {jax.result_info = "result[0].opt_state[1][0].nu['gate'].a", sdy.sharding = #sdy.sharding<@mesh, [{}, {"fsdp"}, {}]>}, tensor<62x16x21504xf32> {jax.result_info = "result[0].opt_state[1][0].nu['gate'].b", sdy.sharding = #sdy.sharding<@mesh, [{}, {}, {"tensor"}]>}, tensor<62x5376x16xf32> {jax.result_info = "result[0].opt_state[1][0].nu['k'].a", sdy.sharding = #sdy.sharding<@mesh, [{}, {"fsdp"}, {}]>}, tensor<62x16x16x128xf32> {jax.result_info = "result[0].opt_state[1][0].nu['k'].b", sdy.sharding = #sdy.sharding<@mesh, [{}, {}, {"tensor"}, {}]>}, tensor<62x32x128x16xf32> {jax.result_info = "result[0].opt_state[1][0].nu['o'].a", sdy.sharding = #sdy.sharding<@mesh, [{}, {"tensor"}, {}, {}]>}, tensor<62x16x5376xf32> {jax.result_info = "result[0].opt_state[1][0].nu['o'].b", sdy.sharding = #sdy.sharding<@mesh, [{}, {}, {"fsdp"}]>}, tensor<62x5376x16xf32> {jax.result_info = "result[0].opt_state[1][0].nu['q'].a", sdy.sharding = #sdy.sharding<@mesh, [{}, {"fsdp"}, {}]>}, tensor<62x16x32x128xf32> {jax.result_info = "result[0].opt_state[1][0].nu['q'].b", sdy.sharding = #sdy.sharding<@mesh, [{}, {}, {"tensor"}, {}]>}, tensor<62x5376x16xf32> {jax.result_info = "result[0].opt_state[1][0].nu['up'].a", sdy.sharding = #sdy.sharding<@mesh, [{}, {"fsdp"}, {}]>}, tensor<62x16x21504xf32> {jax.result_info = "result[0].opt_state[1][0].nu['up'].b", sdy.sharding = #sdy.sharding<@mesh, [{}, {}, {"tensor"}]>}, tensor<62x5376x16xf32> {jax.result_info = "result[0].opt_state[1][0].nu['v'].a", sdy.sharding = #sdy.sharding<@mesh, [{}, {"fsdp"}, {}]>}, tensor<62x16x16x128xf32> {jax.result_info = "result[0].opt_state[1][0].nu['v'].b", sdy.sharding = #sdy.sharding<@mesh, [{}, {}, {"tensor"}, {}]>}, tensor<i32> {jax.result_info = "result[0].step", sdy.sharding = #sdy.sharding<@mesh, []>}, tensor<f32> {jax.result_info = "result[1]['dropped']"}, tensor<f32> {jax.result_info = "result[1]['grad_norm']"}, tensor<f32> {jax.result_info = "result[1]['loss']"}, tensor<f32> {jax.result_info = "result[1]['tokens']"}) {
    %c = stablehlo.constant dense<[false, false, false, false, false, true, false, false, false, false, false, true, false, false, false, false, false, true, false, false, false, false, false, true, false, false, false, false, false, true, false, false, false, false, false, true, false, false, false, false, false, true, false, false, false, false, false, true, false, false, false, false, false, true, false, false, false, false, false, true, false, false]> : tensor<62xi1>
    %0 = stablehlo.reshape %arg59 : (tensor<8x2048xi32>) -> tensor<4x2x2048xi32>
    %1 = stablehlo.reshape %arg60 : (tensor<8x2048xi32>) -> tensor<4x2x2048xi32>
    %2 = stablehlo.reshape %arg61 : (tensor<8x2048xi32>) -> tensor<4x2x2048xi32>
    %3 = stablehlo.reshape %arg62 : (tensor<8x2048xi32>) -> tensor<4x2x2048xi32>
    %cst = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %4 = stablehlo.broadcast_in_dim %cst, dims = [] : (tensor<f32>) -> tensor<62x21504x16xf32>
    %cst_0 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %5 = stablehlo.broadcast_in_dim %cst_0, dims = [] : (tensor<f32>) -> tensor<62x16x5376xf32>
    %cst_1 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %6 = stablehlo.broadcast_in_dim %cst_1, dims = [] : (tensor<f32>) -> tensor<62x5376x16xf32>
    %cst_2 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %7 = stablehlo.broadcast_in_dim %cst_2, dims = [] : (tensor<f32>) -> tensor<62x16x21504xf32>
    %cst_3 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %8 = stablehlo.broadcast_in_dim %cst_3, dims = [] : (tensor<f32>) -> tensor<62x5376x16xf32>
    %cst_4 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %9 = stablehlo.broadcast_in_dim %cst_4, dims = [] : (tensor<f32>) -> tensor<62x16x16x128xf32>
    %cst_5 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %10 = stablehlo.broadcast_in_dim %cst_5, dims = [] : (tensor<f32>) -> tensor<62x32x128x16xf32>
    %cst_6 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %11 = stablehlo.broadcast_in_dim %cst_6, dims = [] : (tensor<f32>) -> tensor<62x16x5376xf32>
    %cst_7 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %12 = stablehlo.broadcast_in_dim %cst_7, dims = [] : (tensor<f32>) -> tensor<62x5376x16xf32>
    %cst_8 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %13 = stablehlo.broadcast_in_dim %cst_8, dims = [] : (tensor<f32>) -> tensor<62x16x32x128xf32>
    %cst_9 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %14 = stablehlo.broadcast_in_dim %cst_9, dims = [] : (tensor<f32>) -> tensor<62x5376x16xf32>
    %cst_10 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %15 = stablehlo.broadcast_in_dim %cst_10, dims = [] : (tensor<f32>) -> tensor<62x16x21504xf32>
    %cst_11 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %16 = stablehlo.broadcast_in_dim %cst_11, dims = [] : (tensor<f32>) -> tensor<62x5376x16xf32>
    %cst_12 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %17 = stablehlo.broadcast_in_dim %cst_12, dims = [] : (tensor<f32>) -> tensor<62x16x16x128xf32>
    %cst_13 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %cst_14 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %cst_15 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %c_16 = stablehlo.constant dense<0> : tensor<i32>
    %18:52 = stablehlo.while(%iterArg = %0, %iterArg_198 = %1, %iterArg_199 = %2, %iterArg_200 = %3, %iterArg_201 = %arg44, %iterArg_202 = %c, %iterArg_203 = %arg45, %iterArg_204 = %arg46, %iterArg_205 = %arg47, %iterArg_206 = %arg48, %iterArg_207 = %arg49, %iterArg_208 = %arg50, %iterArg_209 = %arg51, %iterArg_210 = %arg52, %iterArg_211 = %arg53, %iterArg_212 = %arg54, %iterArg_213 = %arg55, %iterArg_214 = %arg56, %iterArg_215 = %arg57, %iterArg_216 = %arg0, %iterArg_217 = %arg1, %iterArg_218 = %arg2, %iterArg_219 = %arg3, %iterArg_220 = %arg4, %iterArg_221 = %arg5, %iterArg_222 = %arg6, %iterArg_223 = %arg7, %iterArg_224 = %arg8, %iterArg_225 = %arg9, %iterArg_226 = %arg10, %iterArg_227 = %arg11, %iterArg_228 = %arg12, %iterArg_229 = %arg13, %iterArg_230 = %arg58, %iterArg_231 = %c_16, %iterArg_232 = %4, %iterArg_233 = %5, %iterArg_234 = %6, %iterArg_235 = %7, %iterArg_236 = %8, %iterArg_237 = %9, %iterArg_238 = %10, %iterArg_239 = %11, %iterArg_240 = %12, %iterArg_241 = %13, %iterArg_242 = %14, %iterArg_243 = %15, %iterArg_244 = %16, %iterArg_245 = %17, %iterArg_246 = %cst_13, %iterArg_247 = %cst_14, %iterArg_248 = %cst_15) : tensor<4x2x2048xi32>, tensor<4x2x2048xi32>, tensor<4x2x2048xi32>, tensor<4x2x2048xi32>, tensor<262208x5376xbf16>, tensor<62xi1>, tensor<62x5376xbf16>, tensor<62x32x5376x128xbf16>, tensor<62x16x5376x128xbf16>, tensor<62x16x5376x128xbf16>, tensor<62x32x128x5376xbf16>, tensor<62x128xbf16>, tensor<62x128xbf16>, tensor<62x5376xbf16>, tensor<62x5376xbf16>, tensor<62x5376x21504xbf16>, tensor<62x5376x21504xbf16>, tensor<62x21504x5376xbf16>, tensor<62x5376xbf16>, tensor<62x21504x16xf32>, tensor<62x16x5376xf32>, tensor<62x5376x16xf32>, tensor<62x16x21504xf32>, tensor<62x5376x16xf32>, tensor<62x16x16x128xf32>, tensor<62x32x128x16xf32>, tensor<62x16x5376xf32>, tensor<62x5376x16xf32>, tensor<62x16x32x128xf32>, tensor<62x5376x16xf32>, tensor<62x16x21504xf32>, tensor<62x5376x16xf32>, tensor<62x16x16x128xf32>, tensor<5376xbf16>, tensor<i32>, tensor<62x21504x16xf32>, tensor<62x16x5376xf32>, tensor<62x5376x16xf32>, tensor<62x16x21504xf32>, tensor<62x5376x16xf32>, tensor<62x16x16x128xf32>, tensor<62x32x128x16xf32>, tensor<62x16x5376xf32>, tensor<62x5376x16xf32>, tensor<62x16x32x128xf32>, tensor<62x5376x16xf32>, tensor<62x16x21504xf32>, tensor<62x5376x16xf32>, tensor<62x16x16x128xf32>, tensor<f32>, tensor<f32>, tensor<f32>
    cond {
      %c_249 = stablehlo.constant dense<4> : tensor<i32>
      %638 = stablehlo.compare LT, %iterArg_231, %c_249, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
      stablehlo.return %638 : tensor<i1>
    } do {
      %638 = func.call @dynamic_index_in_dim(%iterArg, %iterArg_231) : (tensor<4x2x2048xi32>, tensor<i32>) -> tensor<2x2048xi32>
      %639 = func.call @dynamic_index_in_dim(%iterArg_198, %iterArg_231) : (tensor<4x2x2048xi32>, tensor<i32>) -> tensor<2x2048xi32>
      %640 = func.call @dynamic_index_in_dim(%iterArg_199, %iterArg_231) : (tensor<4x2x2048xi32>, tensor<i32>) -> tensor<2x2048xi32>
      %641 = func.call @dynamic_index_in_dim(%iterArg_200, %iterArg_231) : (tensor<4x2x2048xi32>, tensor<i32>) -> tensor<2x2048xi32>
      %642:17 = func.call @closed_call(%iterArg_201, %iterArg_202, %iterArg_203, %iterArg_204, %iterArg_205, %iterArg_206, %iterArg_207, %iterArg_208, %iterArg_209, %iterArg_210, %iterArg_211, %iterArg_212, %iterArg_213, %iterArg_214, %iterArg_215, %iterArg_216, %iterArg_217, %iterArg_218, %iterArg_219, %iterArg_220, %iterArg_221, %iterArg_222, %iterArg_223, %iterArg_224, %iterArg_225, %iterArg_226, %iterArg_227, %iterArg_228, %iterArg_229, %iterArg_230, %iterArg_232, %iterArg_233, %iterArg_234, %iterArg_235, %iterArg_236, %iterArg_237, %iterArg_238, %iterArg_239, %iterArg_240, %iterArg_241, %iterArg_242, %iterArg_243, %iterArg_244, %iterArg_245, %iterArg_246, %iterArg_247, %iterArg_248, %638, %639, %640, %641) : (tensor<262208x5376xbf16>, tensor<62xi1>, tensor<62x5376xbf16>, tensor<62x32x5376x128xbf16>, tensor<62x16x5376x128xbf16>, tensor<62x16x5376x128xbf16>, tensor<62x32x128x5376xbf16>, tensor<62x128xbf16>, tensor<62x128xbf16>, tensor<62x5376xbf16>, tensor<62x5376xbf16>, tensor<62x5376x21504xbf16>, tensor<62x5376x21504xbf16>, tensor<62x21504x5376xbf16>, tensor<62x5376xbf16>, tensor<62x21504x16xf32>, tensor<62x16x5376xf32>, tensor<62x5376x16xf32>, tensor<62x16x21504xf32>, tensor<62x5376x16xf32>, tensor<62x16x16x128xf32>, tensor<62x32x128x16xf32>, tensor<62x16x5376xf32>, tensor<62x5376x16xf32>, tensor<62x16x32x128xf32>, tensor<62x5376x16xf32>, tensor<62x16x21504xf32>, tensor<62x5376x16xf32>, tensor<62x16x16x128xf32>, tensor<5376xbf16>, tensor<62x21504x16xf32>, tensor<62x16x5376xf32>, tensor<62x5376x16xf32>, tensor<62x16x21504xf32>, tensor<62x5376x16xf32>, tensor<62x16x16x128xf32>, tensor<62x32x128x16xf32>, tensor<62x16x5376xf32>, tensor<62x5376x16xf32>, tensor<62x16x32x128xf32>, tensor<62x5376x16xf32>, tensor<62x16x21504xf32>, tensor<62x5376x16xf32>, tensor<62x16x16x128xf32>, tensor<f32>, tensor<f32>, tensor<f32>, tensor<2x2048xi32>, tensor<2x2048xi32>, tensor<2x2048xi32>, tensor<2x2048xi32>) -> (tensor<62x21504x16xf32>, tensor<62x16x5376xf32>, tensor<62x5376x16xf32>, tensor<62x16x21504xf32>, tensor<62x5376x16xf32>, tensor<62x16x16x128xf32>, tensor<62x32x128x16xf32>, tensor<62x16x5376xf32>, tensor<62x5376x16xf32>, tensor<62x16x32x128xf32>, tensor<62x5376x16xf32>, tensor<62x16x21504xf32>, tensor<62x5376x16xf32>, tensor<62x16x16x128xf32>, tensor<f32>, tensor<f32>, tensor<f32>)
      %c_249 = stablehlo.constant dense<1> : tensor<i32>
      %643 = stablehlo.add %iterArg_231, %c_249 : tensor<i32>
      stablehlo.return %iterArg, %iterArg_198, %iterArg_199, %iterArg_200, %iterArg_201, %iterArg_202, %iterArg_203, %iterArg_204, %iterArg_205, %iterArg_206, %iterArg_207, %iterArg_208, %iterArg_209, %iterArg_210, %iterArg_211, %iterArg_212, %iterArg_213, %iterArg_214, %iterArg_215, %iterArg_216, %iterArg_217, %iterArg_218, %iterArg_219, %iterArg_220, %iterArg_221, %iterArg_222, %iterArg_223, %iterArg_224, %iterArg_225, %iterArg_226, %iterArg_227, %iterArg_228, %iterArg_229, %iterArg_230, %643, %642#0, %642#1, %642#2, %642#3, %642#4, %642#5, %642#6, %642#7, %642#8, %642#9, %642#10, %642#11, %642#12, %642#13, %642#14, %642#15, %642#16 : tensor<4x2x2048xi32>, tensor<4x2x2048xi32>, tensor<4x2x2048xi32>, tensor<4x2x2048xi32>, tensor<262208x5376xbf16>, tensor<62xi1>, tensor<62x5376xbf16>, tensor<62x32x5376x128xbf16>, tensor<62x16x5376x128xbf16>, tensor<62x16x5376x128xbf16>, tensor<62x32x128x5376xbf16>, tensor<62x128xbf16>, tensor<62x128xbf16>, tensor<62x5376xbf16>, tensor<62x5376xbf16>, tensor<62x5376x21504xbf16>, tensor<62x5376x21504xbf16>, tensor<62x21504x5376xbf16>, tensor<62x5376xbf16>, tensor<62x21504x16xf32>, tensor<62x16x5376xf32>, tensor<62x5376x16xf32>, tensor<62x16x21504xf32>, tensor<62x5376x16xf32>, tensor<62x16x16x128xf32>, tensor<62x32x128x16xf32>, tensor<62x16x5376xf32>, tensor<62x5376x16xf32>, tensor<62x16x32x128xf32>, tensor<62x5376x16xf32>, tensor<62x16x21504xf32>, tensor<62x5376x16xf32>, tensor<62x16x16x128xf32>, tensor<5376xbf16>, tensor<i32>, tensor<62x21504x16xf32>, tensor<62x16x5376xf32>, tensor<62x5376x16xf32>, tensor<62x16x21504xf32>, tensor<62x5376x16xf32>, tensor<62x16x16x128xf32>, tensor<62x32x128x16xf32>, tensor<62x16x5376xf32>, tensor<62x5376x16xf32>, tensor<62x16x32x128xf32>, tensor<62x5376x16xf32>, tensor<62x16x21504xf32>, tensor<62x5376x16xf32>, tensor<62x16x16x128xf32>, tensor<f32>, tensor<f32>, tensor<f32>
    }
    %cst_17 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %19 = stablehlo.maximum %18#50, %cst_17 : tensor<f32>
    %cst_18 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %20 = stablehlo.divide %cst_18, %19 : tensor<f32>
    %21 = stablehlo.broadcast_in_dim %20, dims = [] : (tensor<f32>) -> tensor<62x21504x16xf32>
    %22 = stablehlo.multiply %18#35, %21 : tensor<62x21504x16xf32>
    %23 = stablehlo.broadcast_in_dim %20, dims = [] : (tensor<f32>) -> tensor<62x16x5376xf32>
    %24 = stablehlo.multiply %18#36, %23 : tensor<62x16x5376xf32>
    %25 = stablehlo.broadcast_in_dim %20, dims = [] : (tensor<f32>) -> tensor<62x5376x16xf32>
    %26 = stablehlo.multiply %18#37, %25 : tensor<62x5376x16xf32>
    %27 = stablehlo.broadcast_in_dim %20, dims = [] : (tensor<f32>) -> tensor<62x16x21504xf32>
    %28 = stablehlo.multiply %18#38, %27 : tensor<62x16x21504xf32>
    %29 = stablehlo.broadcast_in_dim %20, dims = [] : (tensor<f32>) -> tensor<62x5376x16xf32>
    %30 = stablehlo.multiply %18#39, %29 : tensor<62x5376x16xf32>
    %31 = stablehlo.broadcast_in_dim %20, dims = [] : (tensor<f32>) -> tensor<62x16x16x128xf32>
    %32 = stablehlo.multiply %18#40, %31 : tensor<62x16x16x128xf32>
    %33 = stablehlo.broadcast_in_dim %20, dims = [] : (tensor<f32>) -> tensor<62x32x128x16xf32>
    %34 = stablehlo.multiply %18#41, %33 : tensor<62x32x128x16xf32>
    %35 = stablehlo.broadcast_in_dim %20, dims = [] : (tensor<f32>) -> tensor<62x16x5376xf32>
    %36 = stablehlo.multiply %18#42, %35 : tensor<62x16x5376xf32>
    %37 = stablehlo.broadcast_in_dim %20, dims = [] : (tensor<f32>) -> tensor<62x5376x16xf32>
    %38 = stablehlo.multiply %18#43, %37 : tensor<62x5376x16xf32>
    %39 = stablehlo.broadcast_in_dim %20, dims = [] : (tensor<f32>) -> tensor<62x16x32x128xf32>
    %40 = stablehlo.multiply %18#44, %39 : tensor<62x16x32x128xf32>
    %41 = stablehlo.broadcast_in_dim %20, dims = [] : (tensor<f32>) -> tensor<62x5376x16xf32>
    %42 = stablehlo.multiply %18#45, %41 : tensor<62x5376x16xf32>
    %43 = stablehlo.broadcast_in_dim %20, dims = [] : (tensor<f32>) -> tensor<62x16x21504xf32>
    %44 = stablehlo.multiply %18#46, %43 : tensor<62x16x21504xf32>
    %45 = stablehlo.broadcast_in_dim %20, dims = [] : (tensor<f32>) -> tensor<62x5376x16xf32>
    %46 = stablehlo.multiply %18#47, %45 : tensor<62x5376x16xf32>
    %47 = stablehlo.broadcast_in_dim %20, dims = [] : (tensor<f32>) -> tensor<62x16x16x128xf32>
    %48 = stablehlo.multiply %18#48, %47 : tensor<62x16x16x128xf32>
    %49 = stablehlo.multiply %18#49, %20 : tensor<f32>
    %50 = stablehlo.subtract %18#51, %18#50 : tensor<f32>
    %51 = chlo.square %22 : tensor<62x21504x16xf32> -> tensor<62x21504x16xf32>
    %cst_19 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %52 = stablehlo.broadcast_in_dim %cst_19, dims = [] : (tensor<f32>) -> tensor<62x21504x16xf32>
    %53 = chlo.square %52 : tensor<62x21504x16xf32> -> tensor<62x21504x16xf32>
    %54 = stablehlo.add %51, %53 : tensor<62x21504x16xf32>
    %55 = chlo.square %24 : tensor<62x16x5376xf32> -> tensor<62x16x5376xf32>
    %cst_20 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %56 = stablehlo.broadcast_in_dim %cst_20, dims = [] : (tensor<f32>) -> tensor<62x16x5376xf32>
    %57 = chlo.square %56 : tensor<62x16x5376xf32> -> tensor<62x16x5376xf32>
    %58 = stablehlo.add %55, %57 : tensor<62x16x5376xf32>
    %59 = chlo.square %26 : tensor<62x5376x16xf32> -> tensor<62x5376x16xf32>
    %cst_21 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %60 = stablehlo.broadcast_in_dim %cst_21, dims = [] : (tensor<f32>) -> tensor<62x5376x16xf32>
    %61 = chlo.square %60 : tensor<62x5376x16xf32> -> tensor<62x5376x16xf32>
    %62 = stablehlo.add %59, %61 : tensor<62x5376x16xf32>
    %63 = chlo.square %28 : tensor<62x16x21504xf32> -> tensor<62x16x21504xf32>
    %cst_22 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %64 = stablehlo.broadcast_in_dim %cst_22, dims = [] : (tensor<f32>) -> tensor<62x16x21504xf32>
    %65 = chlo.square %64 : tensor<62x16x21504xf32> -> tensor<62x16x21504xf32>
    %66 = stablehlo.add %63, %65 : tensor<62x16x21504xf32>
    %67 = chlo.square %30 : tensor<62x5376x16xf32> -> tensor<62x5376x16xf32>
    %cst_23 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %68 = stablehlo.broadcast_in_dim %cst_23, dims = [] : (tensor<f32>) -> tensor<62x5376x16xf32>
    %69 = chlo.square %68 : tensor<62x5376x16xf32> -> tensor<62x5376x16xf32>
    %70 = stablehlo.add %67, %69 : tensor<62x5376x16xf32>
    %71 = chlo.square %32 : tensor<62x16x16x128xf32> -> tensor<62x16x16x128xf32>
    %cst_24 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %72 = stablehlo.broadcast_in_dim %cst_24, dims = [] : (tensor<f32>) -> tensor<62x16x16x128xf32>
    %73 = chlo.square %72 : tensor<62x16x16x128xf32> -> tensor<62x16x16x128xf32>
    %74 = stablehlo.add %71, %73 : tensor<62x16x16x128xf32>
    %75 = chlo.square %34 : tensor<62x32x128x16xf32> -> tensor<62x32x128x16xf32>
    %cst_25 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %76 = stablehlo.broadcast_in_dim %cst_25, dims = [] : (tensor<f32>) -> tensor<62x32x128x16xf32>
    %77 = chlo.square %76 : tensor<62x32x128x16xf32> -> tensor<62x32x128x16xf32>
    %78 = stablehlo.add %75, %77 : tensor<62x32x128x16xf32>
    %79 = chlo.square %36 : tensor<62x16x5376xf32> -> tensor<62x16x5376xf32>
    %cst_26 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %80 = stablehlo.broadcast_in_dim %cst_26, dims = [] : (tensor<f32>) -> tensor<62x16x5376xf32>
    %81 = chlo.square %80 : tensor<62x16x5376xf32> -> tensor<62x16x5376xf32>
    %82 = stablehlo.add %79, %81 : tensor<62x16x5376xf32>
    %83 = chlo.square %38 : tensor<62x5376x16xf32> -> tensor<62x5376x16xf32>
    %cst_27 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %84 = stablehlo.broadcast_in_dim %cst_27, dims = [] : (tensor<f32>) -> tensor<62x5376x16xf32>
    %85 = chlo.square %84 : tensor<62x5376x16xf32> -> tensor<62x5376x16xf32>
    %86 = stablehlo.add %83, %85 : tensor<62x5376x16xf32>
    %87 = chlo.square %40 : tensor<62x16x32x128xf32> -> tensor<62x16x32x128xf32>
    %cst_28 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %88 = stablehlo.broadcast_in_dim %cst_28, dims = [] : (tensor<f32>) -> tensor<62x16x32x128xf32>
    %89 = chlo.square %88 : tensor<62x16x32x128xf32> -> tensor<62x16x32x128xf32>
    %90 = stablehlo.add %87, %89 : tensor<62x16x32x128xf32>
    %91 = chlo.square %42 : tensor<62x5376x16xf32> -> tensor<62x5376x16xf32>
    %cst_29 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %92 = stablehlo.broadcast_in_dim %cst_29, dims = [] : (tensor<f32>) -> tensor<62x5376x16xf32>
    %93 = chlo.square %92 : tensor<62x5376x16xf32> -> tensor<62x5376x16xf32>
    %94 = stablehlo.add %91, %93 : tensor<62x5376x16xf32>
    %95 = chlo.square %44 : tensor<62x16x21504xf32> -> tensor<62x16x21504xf32>
    %cst_30 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %96 = stablehlo.broadcast_in_dim %cst_30, dims = [] : (tensor<f32>) -> tensor<62x16x21504xf32>
    %97 = chlo.square %96 : tensor<62x16x21504xf32> -> tensor<62x16x21504xf32>
    %98 = stablehlo.add %95, %97 : tensor<62x16x21504xf32>
    %99 = chlo.square %46 : tensor<62x5376x16xf32> -> tensor<62x5376x16xf32>
    %cst_31 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %100 = stablehlo.broadcast_in_dim %cst_31, dims = [] : (tensor<f32>) -> tensor<62x5376x16xf32>
    %101 = chlo.square %100 : tensor<62x5376x16xf32> -> tensor<62x5376x16xf32>
    %102 = stablehlo.add %99, %101 : tensor<62x5376x16xf32>
    %103 = chlo.square %48 : tensor<62x16x16x128xf32> -> tensor<62x16x16x128xf32>
    %cst_32 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %104 = stablehlo.broadcast_in_dim %cst_32, dims = [] : (tensor<f32>) -> tensor<62x16x16x128xf32>
    %105 = chlo.square %104 : tensor<62x16x16x128xf32> -> tensor<62x16x16x128xf32>
    %106 = stablehlo.add %103, %105 : tensor<62x16x16x128xf32>
    %cst_33 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %107 = stablehlo.reduce(%54 init: %cst_33) applies stablehlo.add across dimensions = [0, 1, 2] : (tensor<62x21504x16xf32>, tensor<f32>) -> tensor<f32>
    %cst_34 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %108 = stablehlo.reduce(%58 init: %cst_34) applies stablehlo.add across dimensions = [0, 1, 2] : (tensor<62x16x5376xf32>, tensor<f32>) -> tensor<f32>
    %cst_35 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %109 = stablehlo.reduce(%62 init: %cst_35) applies stablehlo.add across dimensions = [0, 1, 2] : (tensor<62x5376x16xf32>, tensor<f32>) -> tensor<f32>
    %cst_36 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %110 = stablehlo.reduce(%66 init: %cst_36) applies stablehlo.add across dimensions = [0, 1, 2] : (tensor<62x16x21504xf32>, tensor<f32>) -> tensor<f32>
    %cst_37 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %111 = stablehlo.reduce(%70 init: %cst_37) applies stablehlo.add across dimensions = [0, 1, 2] : (tensor<62x5376x16xf32>, tensor<f32>) -> tensor<f32>
    %cst_38 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %112 = stablehlo.reduce(%74 init: %cst_38) applies stablehlo.add across dimensions = [0, 1, 2, 3] : (tensor<62x16x16x128xf32>, tensor<f32>) -> tensor<f32>
    %cst_39 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %113 = stablehlo.reduce(%78 init: %cst_39) applies stablehlo.add across dimensions = [0, 1, 2, 3] : (tensor<62x32x128x16xf32>, tensor<f32>) -> tensor<f32>
    %cst_40 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %114 = stablehlo.reduce(%82 init: %cst_40) applies stablehlo.add across dimensions = [0, 1, 2] : (tensor<62x16x5376xf32>, tensor<f32>) -> tensor<f32>
    %cst_41 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %115 = stablehlo.reduce(%86 init: %cst_41) applies stablehlo.add across dimensions = [0, 1, 2] : (tensor<62x5376x16xf32>, tensor<f32>) -> tensor<f32>
    %cst_42 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %116 = stablehlo.reduce(%90 init: %cst_42) applies stablehlo.add across dimensions = [0, 1, 2, 3] : (tensor<62x16x32x128xf32>, tensor<f32>) -> tensor<f32>
    %cst_43 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %117 = stablehlo.reduce(%94 init: %cst_43) applies stablehlo.add across dimensions = [0, 1, 2] : (tensor<62x5376x16xf32>, tensor<f32>) -> tensor<f32>
    %cst_44 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %118 = stablehlo.reduce(%98 init: %cst_44) applies stablehlo.add across dimensions = [0, 1, 2] : (tensor<62x16x21504xf32>, tensor<f32>) -> tensor<f32>
    %cst_45 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %119 = stablehlo.reduce(%102 init: %cst_45) applies stablehlo.add across dimensions = [0, 1, 2] : (tensor<62x5376x16xf32>, tensor<f32>) -> tensor<f32>
    %cst_46 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %120 = stablehlo.reduce(%106 init: %cst_46) applies stablehlo.add across dimensions = [0, 1, 2, 3] : (tensor<62x16x16x128xf32>, tensor<f32>) -> tensor<f32>
    %cst_47 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %121 = stablehlo.add %cst_47, %107 : tensor<f32>
    %122 = stablehlo.add %121, %108 : tensor<f32>
    %123 = stablehlo.add %122, %109 : tensor<f32>
    %124 = stablehlo.add %123, %110 : tensor<f32>
    %125 = stablehlo.add %124, %111 : tensor<f32>
    %126 = stablehlo.add %125, %112 : tensor<f32>
    %127 = stablehlo.add %126, %113 : tensor<f32>
    %128 = stablehlo.add %127, %114 : tensor<f32>
    %129 = stablehlo.add %128, %115 : tensor<f32>
    %130 = stablehlo.add %129, %116 : tensor<f32>
    %131 = stablehlo.add %130, %117 : tensor<f32>
    %132 = stablehlo.add %131, %118 : tensor<f32>
    %133 = stablehlo.add %132, %119 : tensor<f32>
    %134 = stablehlo.add %133, %120 : tensor<f32>
    %135 = stablehlo.sqrt %134 : tensor<f32>
    %136 = chlo.square %22 : tensor<62x21504x16xf32> -> tensor<62x21504x16xf32>
    %cst_48 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %137 = stablehlo.broadcast_in_dim %cst_48, dims = [] : (tensor<f32>) -> tensor<62x21504x16xf32>
    %138 = chlo.square %137 : tensor<62x21504x16xf32> -> tensor<62x21504x16xf32>
    %139 = stablehlo.add %136, %138 : tensor<62x21504x16xf32>
    %140 = chlo.square %24 : tensor<62x16x5376xf32> -> tensor<62x16x5376xf32>
    %cst_49 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %141 = stablehlo.broadcast_in_dim %cst_49, dims = [] : (tensor<f32>) -> tensor<62x16x5376xf32>
    %142 = chlo.square %141 : tensor<62x16x5376xf32> -> tensor<62x16x5376xf32>
    %143 = stablehlo.add %140, %142 : tensor<62x16x5376xf32>
    %144 = chlo.square %26 : tensor<62x5376x16xf32> -> tensor<62x5376x16xf32>
    %cst_50 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %145 = stablehlo.broadcast_in_dim %cst_50, dims = [] : (tensor<f32>) -> tensor<62x5376x16xf32>
    %146 = chlo.square %145 : tensor<62x5376x16xf32> -> tensor<62x5376x16xf32>
    %147 = stablehlo.add %144, %146 : tensor<62x5376x16xf32>
    %148 = chlo.square %28 : tensor<62x16x21504xf32> -> tensor<62x16x21504xf32>
    %cst_51 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %149 = stablehlo.broadcast_in_dim %cst_51, dims = [] : (tensor<f32>) -> tensor<62x16x21504xf32>
    %150 = chlo.square %149 : tensor<62x16x21504xf32> -> tensor<62x16x21504xf32>
    %151 = stablehlo.add %148, %150 : tensor<62x16x21504xf32>
    %152 = chlo.square %30 : tensor<62x5376x16xf32> -> tensor<62x5376x16xf32>
    %cst_52 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %153 = stablehlo.broadcast_in_dim %cst_52, dims = [] : (tensor<f32>) -> tensor<62x5376x16xf32>
    %154 = chlo.square %153 : tensor<62x5376x16xf32> -> tensor<62x5376x16xf32>
    %155 = stablehlo.add %152, %154 : tensor<62x5376x16xf32>
    %156 = chlo.square %32 : tensor<62x16x16x128xf32> -> tensor<62x16x16x128xf32>
    %cst_53 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %157 = stablehlo.broadcast_in_dim %cst_53, dims = [] : (tensor<f32>) -> tensor<62x16x16x128xf32>
    %158 = chlo.square %157 : tensor<62x16x16x128xf32> -> tensor<62x16x16x128xf32>
    %159 = stablehlo.add %156, %158 : tensor<62x16x16x128xf32>
    %160 = chlo.square %34 : tensor<62x32x128x16xf32> -> tensor<62x32x128x16xf32>
    %cst_54 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %161 = stablehlo.broadcast_in_dim %cst_54, dims = [] : (tensor<f32>) -> tensor<62x32x128x16xf32>
    %162 = chlo.square %161 : tensor<62x32x128x16xf32> -> tensor<62x32x128x16xf32>
    %163 = stablehlo.add %160, %162 : tensor<62x32x128x16xf32>
    %164 = chlo.square %36 : tensor<62x16x5376xf32> -> tensor<62x16x5376xf32>
    %cst_55 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %165 = stablehlo.broadcast_in_dim %cst_55, dims = [] : (tensor<f32>) -> tensor<62x16x5376xf32>
    %166 = chlo.square %165 : tensor<62x16x5376xf32> -> tensor<62x16x5376xf32>
    %167 = stablehlo.add %164, %166 : tensor<62x16x5376xf32>
    %168 = chlo.square %38 : tensor<62x5376x16xf32> -> tensor<62x5376x16xf32>
    %cst_56 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %169 = stablehlo.broadcast_in_dim %cst_56, dims = [] : (tensor<f32>) -> tensor<62x5376x16xf32>
    %170 = chlo.square %169 : tensor<62x5376x16xf32> -> tensor<62x5376x16xf32>
    %171 = stablehlo.add %168, %170 : tensor<62x5376x16xf32>
    %172 = chlo.square %40 : tensor<62x16x32x128xf32> -> tensor<62x16x32x128xf32>
    %cst_57 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %173 = stablehlo.broadcast_in_dim %cst_57, dims = [] : (tensor<f32>) -> tensor<62x16x32x128xf32>
    %174 = chlo.square %173 : tensor<62x16x32x128xf32> -> tensor<62x16x32x128xf32>
    %175 = stablehlo.add %172, %174 : tensor<62x16x32x128xf32>
    %176 = chlo.square %42 : tensor<62x5376x16xf32> -> tensor<62x5376x16xf32>
    %cst_58 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %177 = stablehlo.broadcast_in_dim %cst_58, dims = [] : (tensor<f32>) -> tensor<62x5376x16xf32>
    %178 = chlo.square %177 : tensor<62x5376x16xf32> -> tensor<62x5376x16xf32>
    %179 = stablehlo.add %176, %178 : tensor<62x5376x16xf32>
    %180 = chlo.square %44 : tensor<62x16x21504xf32> -> tensor<62x16x21504xf32>
    %cst_59 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %181 = stablehlo.broadcast_in_dim %cst_59, dims = [] : (tensor<f32>) -> tensor<62x16x21504xf32>
    %182 = chlo.square %181 : tensor<62x16x21504xf32> -> tensor<62x16x21504xf32>
    %183 = stablehlo.add %180, %182 : tensor<62x16x21504xf32>
    %184 = chlo.square %46 : tensor<62x5376x16xf32> -> tensor<62x5376x16xf32>
    %cst_60 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %185 = stablehlo.broadcast_in_dim %cst_60, dims = [] : (tensor<f32>) -> tensor<62x5376x16xf32>
    %186 = chlo.square %185 : tensor<62x5376x16xf32> -> tensor<62x5376x16xf32>
    %187 = stablehlo.add %184, %186 : tensor<62x5376x16xf32>
    %188 = chlo.square %48 : tensor<62x16x16x128xf32> -> tensor<62x16x16x128xf32>
    %cst_61 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %189 = stablehlo.broadcast_in_dim %cst_61, dims = [] : (tensor<f32>) -> tensor<62x16x16x128xf32>
    %190 = chlo.square %189 : tensor<62x16x16x128xf32> -> tensor<62x16x16x128xf32>
    %191 = stablehlo.add %188, %190 : tensor<62x16x16x128xf32>
    %cst_62 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %192 = stablehlo.reduce(%139 init: %cst_62) applies stablehlo.add across dimensions = [0, 1, 2] : (tensor<62x21504x16xf32>, tensor<f32>) -> tensor<f32>
    %cst_63 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %193 = stablehlo.reduce(%143 init: %cst_63) applies stablehlo.add across dimensions = [0, 1, 2] : (tensor<62x16x5376xf32>, tensor<f32>) -> tensor<f32>
    %cst_64 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %194 = stablehlo.reduce(%147 init: %cst_64) applies stablehlo.add across dimensions = [0, 1, 2] : (tensor<62x5376x16xf32>, tensor<f32>) -> tensor<f32>
    %cst_65 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %195 = stablehlo.reduce(%151 init: %cst_65) applies stablehlo.add across dimensions = [0, 1, 2] : (tensor<62x16x21504xf32>, tensor<f32>) -> tensor<f32>
    %cst_66 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %196 = stablehlo.reduce(%155 init: %cst_66) applies stablehlo.add across dimensions = [0, 1, 2] : (tensor<62x5376x16xf32>, tensor<f32>) -> tensor<f32>
    %cst_67 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %197 = stablehlo.reduce(%159 init: %cst_67) applies stablehlo.add across dimensions = [0, 1, 2, 3] : (tensor<62x16x16x128xf32>, tensor<f32>) -> tensor<f32>
    %cst_68 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %198 = stablehlo.reduce(%163 init: %cst_68) applies stablehlo.add across dimensions = [0, 1, 2, 3] : (tensor<62x32x128x16xf32>, tensor<f32>) -> tensor<f32>
    %cst_69 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %199 = stablehlo.reduce(%167 init: %cst_69) applies stablehlo.add across dimensions = [0, 1, 2] : (tensor<62x16x5376xf32>, tensor<f32>) -> tensor<f32>
    %cst_70 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %200 = stablehlo.reduce(%171 init: %cst_70) applies stablehlo.add across dimensions = [0, 1, 2] : (tensor<62x5376x16xf32>, tensor<f32>) -> tensor<f32>
    %cst_71 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %201 = stablehlo.reduce(%175 init: %cst_71) applies stablehlo.add across dimensions = [0, 1, 2, 3] : (tensor<62x16x32x128xf32>, tensor<f32>) -> tensor<f32>
    %cst_72 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %202 = stablehlo.reduce(%179 init: %cst_72) applies stablehlo.add across dimensions = [0, 1, 2] : (tensor<62x5376x16xf32>, tensor<f32>) -> tensor<f32>
    %cst_73 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %203 = stablehlo.reduce(%183 init: %cst_73) applies stablehlo.add across dimensions = [0, 1, 2] : (tensor<62x16x21504xf32>, tensor<f32>) -> tensor<f32>
    %cst_74 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %204 = stablehlo.reduce(%187 init: %cst_74) applies stablehlo.add across dimensions = [0, 1, 2] : (tensor<62x5376x16xf32>, tensor<f32>) -> tensor<f32>
    %cst_75 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %205 = stablehlo.reduce(%191 init: %cst_75) applies stablehlo.add across dimensions = [0, 1, 2, 3] : (tensor<62x16x16x128xf32>, tensor<f32>) -> tensor<f32>
    %cst_76 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %206 = stablehlo.add %cst_76, %192 : tensor<f32>
    %207 = stablehlo.add %206, %193 : tensor<f32>
    %208 = stablehlo.add %207, %194 : tensor<f32>
    %209 = stablehlo.add %208, %195 : tensor<f32>
    %210 = stablehlo.add %209, %196 : tensor<f32>
    %211 = stablehlo.add %210, %197 : tensor<f32>
    %212 = stablehlo.add %211, %198 : tensor<f32>
    %213 = stablehlo.add %212, %199 : tensor<f32>
    %214 = stablehlo.add %213, %200 : tensor<f32>
    %215 = stablehlo.add %214, %201 : tensor<f32>
    %216 = stablehlo.add %215, %202 : tensor<f32>
    %217 = stablehlo.add %216, %203 : tensor<f32>
    %218 = stablehlo.add %217, %204 : tensor<f32>
    %219 = stablehlo.add %218, %205 : tensor<f32>
    %220 = stablehlo.sqrt %219 : tensor<f32>
    %cst_77 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %221 = stablehlo.compare LT, %220, %cst_77, FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
    %222 = stablehlo.broadcast_in_dim %220, dims = [] : (tensor<f32>) -> tensor<62x21504x16xf32>
    %223 = stablehlo.divide %22, %222 : tensor<62x21504x16xf32>
    %cst_78 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %224 = stablehlo.broadcast_in_dim %cst_78, dims = [] : (tensor<f32>) -> tensor<62x21504x16xf32>
    %225 = stablehlo.multiply %223, %224 : tensor<62x21504x16xf32>
    %226 = stablehlo.select %221, %22, %225 : tensor<i1>, tensor<62x21504x16xf32>
    %227 = stablehlo.broadcast_in_dim %220, dims = [] : (tensor<f32>) -> tensor<62x16x5376xf32>
    %228 = stablehlo.divide %24, %227 : tensor<62x16x5376xf32>
    %cst_79 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %229 = stablehlo.broadcast_in_dim %cst_79, dims = [] : (tensor<f32>) -> tensor<62x16x5376xf32>
    %230 = stablehlo.multiply %228, %229 : tensor<62x16x5376xf32>
    %231 = stablehlo.select %221, %24, %230 : tensor<i1>, tensor<62x16x5376xf32>
    %232 = stablehlo.broadcast_in_dim %220, dims = [] : (tensor<f32>) -> tensor<62x5376x16xf32>
    %233 = stablehlo.divide %26, %232 : tensor<62x5376x16xf32>
    %cst_80 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %234 = stablehlo.broadcast_in_dim %cst_80, dims = [] : (tensor<f32>) -> tensor<62x5376x16xf32>
    %235 = stablehlo.multiply %233, %234 : tensor<62x5376x16xf32>
    %236 = stablehlo.select %221, %26, %235 : tensor<i1>, tensor<62x5376x16xf32>
    %237 = stablehlo.broadcast_in_dim %220, dims = [] : (tensor<f32>) -> tensor<62x16x21504xf32>
    %238 = stablehlo.divide %28, %237 : tensor<62x16x21504xf32>
    %cst_81 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %239 = stablehlo.broadcast_in_dim %cst_81, dims = [] : (tensor<f32>) -> tensor<62x16x21504xf32>
    %240 = stablehlo.multiply %238, %239 : tensor<62x16x21504xf32>
    %241 = stablehlo.select %221, %28, %240 : tensor<i1>, tensor<62x16x21504xf32>
    %242 = stablehlo.broadcast_in_dim %220, dims = [] : (tensor<f32>) -> tensor<62x5376x16xf32>
    %243 = stablehlo.divide %30, %242 : tensor<62x5376x16xf32>
    %cst_82 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %244 = stablehlo.broadcast_in_dim %cst_82, dims = [] : (tensor<f32>) -> tensor<62x5376x16xf32>
    %245 = stablehlo.multiply %243, %244 : tensor<62x5376x16xf32>
    %246 = stablehlo.select %221, %30, %245 : tensor<i1>, tensor<62x5376x16xf32>
    %247 = stablehlo.broadcast_in_dim %220, dims = [] : (tensor<f32>) -> tensor<62x16x16x128xf32>
    %248 = stablehlo.divide %32, %247 : tensor<62x16x16x128xf32>
    %cst_83 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %249 = stablehlo.broadcast_in_dim %cst_83, dims = [] : (tensor<f32>) -> tensor<62x16x16x128xf32>
    %250 = stablehlo.multiply %248, %249 : tensor<62x16x16x128xf32>
    %251 = stablehlo.select %221, %32, %250 : tensor<i1>, tensor<62x16x16x128xf32>
    %252 = stablehlo.broadcast_in_dim %220, dims = [] : (tensor<f32>) -> tensor<62x32x128x16xf32>
    %253 = stablehlo.divide %34, %252 : tensor<62x32x128x16xf32>
    %cst_84 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %254 = stablehlo.broadcast_in_dim %cst_84, dims = [] : (tensor<f32>) -> tensor<62x32x128x16xf32>
    %255 = stablehlo.multiply %253, %254 : tensor<62x32x128x16xf32>
    %256 = stablehlo.select %221, %34, %255 : tensor<i1>, tensor<62x32x128x16xf32>
    %257 = stablehlo.broadcast_in_dim %220, dims = [] : (tensor<f32>) -> tensor<62x16x5376xf32>
    %258 = stablehlo.divide %36, %257 : tensor<62x16x5376xf32>
    %cst_85 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %259 = stablehlo.broadcast_in_dim %cst_85, dims = [] : (tensor<f32>) -> tensor<62x16x5376xf32>
    %260 = stablehlo.multiply %258, %259 : tensor<62x16x5376xf32>
    %261 = stablehlo.select %221, %36, %260 : tensor<i1>, tensor<62x16x5376xf32>
    %262 = stablehlo.broadcast_in_dim %220, dims = [] : (tensor<f32>) -> tensor<62x5376x16xf32>
    %263 = stablehlo.divide %38, %262 : tensor<62x5376x16xf32>
    %cst_86 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %264 = stablehlo.broadcast_in_dim %cst_86, dims = [] : (tensor<f32>) -> tensor<62x5376x16xf32>
    %265 = stablehlo.multiply %263, %264 : tensor<62x5376x16xf32>
    %266 = stablehlo.select %221, %38, %265 : tensor<i1>, tensor<62x5376x16xf32>
    %267 = stablehlo.broadcast_in_dim %220, dims = [] : (tensor<f32>) -> tensor<62x16x32x128xf32>
    %268 = stablehlo.divide %40, %267 : tensor<62x16x32x128xf32>
    %cst_87 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %269 = stablehlo.broadcast_in_dim %cst_87, dims = [] : (tensor<f32>) -> tensor<62x16x32x128xf32>
    %270 = stablehlo.multiply %268, %269 : tensor<62x16x32x128xf32>
    %271 = stablehlo.select %221, %40, %270 : tensor<i1>, tensor<62x16x32x128xf32>
    %272 = stablehlo.broadcast_in_dim %220, dims = [] : (tensor<f32>) -> tensor<62x5376x16xf32>
    %273 = stablehlo.divide %42, %272 : tensor<62x5376x16xf32>
    %cst_88 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %274 = stablehlo.broadcast_in_dim %cst_88, dims = [] : (tensor<f32>) -> tensor<62x5376x16xf32>
    %275 = stablehlo.multiply %273, %274 : tensor<62x5376x16xf32>
    %276 = stablehlo.select %221, %42, %275 : tensor<i1>, tensor<62x5376x16xf32>
    %277 = stablehlo.broadcast_in_dim %220, dims = [] : (tensor<f32>) -> tensor<62x16x21504xf32>
    %278 = stablehlo.divide %44, %277 : tensor<62x16x21504xf32>
    %cst_89 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %279 = stablehlo.broadcast_in_dim %cst_89, dims = [] : (tensor<f32>) -> tensor<62x16x21504xf32>
    %280 = stablehlo.multiply %278, %279 : tensor<62x16x21504xf32>
    %281 = stablehlo.select %221, %44, %280 : tensor<i1>, tensor<62x16x21504xf32>
    %282 = stablehlo.broadcast_in_dim %220, dims = [] : (tensor<f32>) -> tensor<62x5376x16xf32>
    %283 = stablehlo.divide %46, %282 : tensor<62x5376x16xf32>
    %cst_90 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %284 = stablehlo.broadcast_in_dim %cst_90, dims = [] : (tensor<f32>) -> tensor<62x5376x16xf32>
    %285 = stablehlo.multiply %283, %284 : tensor<62x5376x16xf32>
    %286 = stablehlo.select %221, %46, %285 : tensor<i1>, tensor<62x5376x16xf32>
    %287 = stablehlo.broadcast_in_dim %220, dims = [] : (tensor<f32>) -> tensor<62x16x16x128xf32>
    %288 = stablehlo.divide %48, %287 : tensor<62x16x16x128xf32>
    %cst_91 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %289 = stablehlo.broadcast_in_dim %cst_91, dims = [] : (tensor<f32>) -> tensor<62x16x16x128xf32>
    %290 = stablehlo.multiply %288, %289 : tensor<62x16x16x128xf32>
    %291 = stablehlo.select %221, %48, %290 : tensor<i1>, tensor<62x16x16x128xf32>
    %cst_92 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %292 = stablehlo.broadcast_in_dim %cst_92, dims = [] : (tensor<f32>) -> tensor<62x21504x16xf32>
    %293 = stablehlo.multiply %292, %226 : tensor<62x21504x16xf32>
    %cst_93 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %294 = stablehlo.broadcast_in_dim %cst_93, dims = [] : (tensor<f32>) -> tensor<62x21504x16xf32>
    %295 = stablehlo.multiply %294, %arg15 : tensor<62x21504x16xf32>
    %296 = stablehlo.add %293, %295 : tensor<62x21504x16xf32>
    %cst_94 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %297 = stablehlo.broadcast_in_dim %cst_94, dims = [] : (tensor<f32>) -> tensor<62x16x5376xf32>
    %298 = stablehlo.multiply %297, %231 : tensor<62x16x5376xf32>
    %cst_95 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %299 = stablehlo.broadcast_in_dim %cst_95, dims = [] : (tensor<f32>) -> tensor<62x16x5376xf32>
    %300 = stablehlo.multiply %299, %arg16 : tensor<62x16x5376xf32>
    %301 = stablehlo.add %298, %300 : tensor<62x16x5376xf32>
    %cst_96 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %302 = stablehlo.broadcast_in_dim %cst_96, dims = [] : (tensor<f32>) -> tensor<62x5376x16xf32>
    %303 = stablehlo.multiply %302, %236 : tensor<62x5376x16xf32>
    %cst_97 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %304 = stablehlo.broadcast_in_dim %cst_97, dims = [] : (tensor<f32>) -> tensor<62x5376x16xf32>
    %305 = stablehlo.multiply %304, %arg17 : tensor<62x5376x16xf32>
    %306 = stablehlo.add %303, %305 : tensor<62x5376x16xf32>
    %cst_98 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %307 = stablehlo.broadcast_in_dim %cst_98, dims = [] : (tensor<f32>) -> tensor<62x16x21504xf32>
    %308 = stablehlo.multiply %307, %241 : tensor<62x16x21504xf32>
    %cst_99 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %309 = stablehlo.broadcast_in_dim %cst_99, dims = [] : (tensor<f32>) -> tensor<62x16x21504xf32>
    %310 = stablehlo.multiply %309, %arg18 : tensor<62x16x21504xf32>
    %311 = stablehlo.add %308, %310 : tensor<62x16x21504xf32>
    %cst_100 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %312 = stablehlo.broadcast_in_dim %cst_100, dims = [] : (tensor<f32>) -> tensor<62x5376x16xf32>
    %313 = stablehlo.multiply %312, %246 : tensor<62x5376x16xf32>
    %cst_101 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %314 = stablehlo.broadcast_in_dim %cst_101, dims = [] : (tensor<f32>) -> tensor<62x5376x16xf32>
    %315 = stablehlo.multiply %314, %arg19 : tensor<62x5376x16xf32>
    %316 = stablehlo.add %313, %315 : tensor<62x5376x16xf32>
    %cst_102 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %317 = stablehlo.broadcast_in_dim %cst_102, dims = [] : (tensor<f32>) -> tensor<62x16x16x128xf32>
    %318 = stablehlo.multiply %317, %251 : tensor<62x16x16x128xf32>
    %cst_103 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %319 = stablehlo.broadcast_in_dim %cst_103, dims = [] : (tensor<f32>) -> tensor<62x16x16x128xf32>
    %320 = stablehlo.multiply %319, %arg20 : tensor<62x16x16x128xf32>
    %321 = stablehlo.add %318, %320 : tensor<62x16x16x128xf32>
    %cst_104 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %322 = stablehlo.broadcast_in_dim %cst_104, dims = [] : (tensor<f32>) -> tensor<62x32x128x16xf32>
    %323 = stablehlo.multiply %322, %256 : tensor<62x32x128x16xf32>
    %cst_105 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %324 = stablehlo.broadcast_in_dim %cst_105, dims = [] : (tensor<f32>) -> tensor<62x32x128x16xf32>
    %325 = stablehlo.multiply %324, %arg21 : tensor<62x32x128x16xf32>
    %326 = stablehlo.add %323, %325 : tensor<62x32x128x16xf32>
    %cst_106 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %327 = stablehlo.broadcast_in_dim %cst_106, dims = [] : (tensor<f32>) -> tensor<62x16x5376xf32>
    %328 = stablehlo.multiply %327, %261 : tensor<62x16x5376xf32>
    %cst_107 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %329 = stablehlo.broadcast_in_dim %cst_107, dims = [] : (tensor<f32>) -> tensor<62x16x5376xf32>
    %330 = stablehlo.multiply %329, %arg22 : tensor<62x16x5376xf32>
    %331 = stablehlo.add %328, %330 : tensor<62x16x5376xf32>
    %cst_108 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %332 = stablehlo.broadcast_in_dim %cst_108, dims = [] : (tensor<f32>) -> tensor<62x5376x16xf32>
    %333 = stablehlo.multiply %332, %266 : tensor<62x5376x16xf32>
    %cst_109 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %334 = stablehlo.broadcast_in_dim %cst_109, dims = [] : (tensor<f32>) -> tensor<62x5376x16xf32>
    %335 = stablehlo.multiply %334, %arg23 : tensor<62x5376x16xf32>
    %336 = stablehlo.add %333, %335 : tensor<62x5376x16xf32>
    %cst_110 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %337 = stablehlo.broadcast_in_dim %cst_110, dims = [] : (tensor<f32>) -> tensor<62x16x32x128xf32>
    %338 = stablehlo.multiply %337, %271 : tensor<62x16x32x128xf32>
    %cst_111 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %339 = stablehlo.broadcast_in_dim %cst_111, dims = [] : (tensor<f32>) -> tensor<62x16x32x128xf32>
    %340 = stablehlo.multiply %339, %arg24 : tensor<62x16x32x128xf32>
    %341 = stablehlo.add %338, %340 : tensor<62x16x32x128xf32>
    %cst_112 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %342 = stablehlo.broadcast_in_dim %cst_112, dims = [] : (tensor<f32>) -> tensor<62x5376x16xf32>
    %343 = stablehlo.multiply %342, %276 : tensor<62x5376x16xf32>
    %cst_113 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %344 = stablehlo.broadcast_in_dim %cst_113, dims = [] : (tensor<f32>) -> tensor<62x5376x16xf32>
    %345 = stablehlo.multiply %344, %arg25 : tensor<62x5376x16xf32>
    %346 = stablehlo.add %343, %345 : tensor<62x5376x16xf32>
    %cst_114 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %347 = stablehlo.broadcast_in_dim %cst_114, dims = [] : (tensor<f32>) -> tensor<62x16x21504xf32>
    %348 = stablehlo.multiply %347, %281 : tensor<62x16x21504xf32>
    %cst_115 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %349 = stablehlo.broadcast_in_dim %cst_115, dims = [] : (tensor<f32>) -> tensor<62x16x21504xf32>
    %350 = stablehlo.multiply %349, %arg26 : tensor<62x16x21504xf32>
    %351 = stablehlo.add %348, %350 : tensor<62x16x21504xf32>
    %cst_116 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %352 = stablehlo.broadcast_in_dim %cst_116, dims = [] : (tensor<f32>) -> tensor<62x5376x16xf32>
    %353 = stablehlo.multiply %352, %286 : tensor<62x5376x16xf32>
    %cst_117 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %354 = stablehlo.broadcast_in_dim %cst_117, dims = [] : (tensor<f32>) -> tensor<62x5376x16xf32>
    %355 = stablehlo.multiply %354, %arg27 : tensor<62x5376x16xf32>
    %356 = stablehlo.add %353, %355 : tensor<62x5376x16xf32>
    %cst_118 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %357 = stablehlo.broadcast_in_dim %cst_118, dims = [] : (tensor<f32>) -> tensor<62x16x16x128xf32>
    %358 = stablehlo.multiply %357, %291 : tensor<62x16x16x128xf32>
    %cst_119 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %359 = stablehlo.broadcast_in_dim %cst_119, dims = [] : (tensor<f32>) -> tensor<62x16x16x128xf32>
    %360 = stablehlo.multiply %359, %arg28 : tensor<62x16x16x128xf32>
    %361 = stablehlo.add %358, %360 : tensor<62x16x16x128xf32>
    %362 = stablehlo.multiply %226, %226 : tensor<62x21504x16xf32>
    %cst_120 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %363 = stablehlo.broadcast_in_dim %cst_120, dims = [] : (tensor<f32>) -> tensor<62x21504x16xf32>
    %364 = stablehlo.multiply %363, %362 : tensor<62x21504x16xf32>
    %cst_121 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %365 = stablehlo.broadcast_in_dim %cst_121, dims = [] : (tensor<f32>) -> tensor<62x21504x16xf32>
    %366 = stablehlo.multiply %365, %arg29 : tensor<62x21504x16xf32>
    %367 = stablehlo.add %364, %366 : tensor<62x21504x16xf32>
    %368 = stablehlo.multiply %231, %231 : tensor<62x16x5376xf32>
    %cst_122 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %369 = stablehlo.broadcast_in_dim %cst_122, dims = [] : (tensor<f32>) -> tensor<62x16x5376xf32>
    %370 = stablehlo.multiply %369, %368 : tensor<62x16x5376xf32>
    %cst_123 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %371 = stablehlo.broadcast_in_dim %cst_123, dims = [] : (tensor<f32>) -> tensor<62x16x5376xf32>
    %372 = stablehlo.multiply %371, %arg30 : tensor<62x16x5376xf32>
    %373 = stablehlo.add %370, %372 : tensor<62x16x5376xf32>
    %374 = stablehlo.multiply %236, %236 : tensor<62x5376x16xf32>
    %cst_124 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %375 = stablehlo.broadcast_in_dim %cst_124, dims = [] : (tensor<f32>) -> tensor<62x5376x16xf32>
    %376 = stablehlo.multiply %375, %374 : tensor<62x5376x16xf32>
    %cst_125 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %377 = stablehlo.broadcast_in_dim %cst_125, dims = [] : (tensor<f32>) -> tensor<62x5376x16xf32>
    %378 = stablehlo.multiply %377, %arg31 : tensor<62x5376x16xf32>
    %379 = stablehlo.add %376, %378 : tensor<62x5376x16xf32>
    %380 = stablehlo.multiply %241, %241 : tensor<62x16x21504xf32>
    %cst_126 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %381 = stablehlo.broadcast_in_dim %cst_126, dims = [] : (tensor<f32>) -> tensor<62x16x21504xf32>
    %382 = stablehlo.multiply %381, %380 : tensor<62x16x21504xf32>
    %cst_127 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %383 = stablehlo.broadcast_in_dim %cst_127, dims = [] : (tensor<f32>) -> tensor<62x16x21504xf32>
    %384 = stablehlo.multiply %383, %arg32 : tensor<62x16x21504xf32>
    %385 = stablehlo.add %382, %384 : tensor<62x16x21504xf32>
    %386 = stablehlo.multiply %246, %246 : tensor<62x5376x16xf32>
    %cst_128 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %387 = stablehlo.broadcast_in_dim %cst_128, dims = [] : (tensor<f32>) -> tensor<62x5376x16xf32>
    %388 = stablehlo.multiply %387, %386 : tensor<62x5376x16xf32>
    %cst_129 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %389 = stablehlo.broadcast_in_dim %cst_129, dims = [] : (tensor<f32>) -> tensor<62x5376x16xf32>
    %390 = stablehlo.multiply %389, %arg33 : tensor<62x5376x16xf32>
    %391 = stablehlo.add %388, %390 : tensor<62x5376x16xf32>
    %392 = stablehlo.multiply %251, %251 : tensor<62x16x16x128xf32>
    %cst_130 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %393 = stablehlo.broadcast_in_dim %cst_130, dims = [] : (tensor<f32>) -> tensor<62x16x16x128xf32>
    %394 = stablehlo.multiply %393, %392 : tensor<62x16x16x128xf32>
    %cst_131 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %395 = stablehlo.broadcast_in_dim %cst_131, dims = [] : (tensor<f32>) -> tensor<62x16x16x128xf32>
    %396 = stablehlo.multiply %395, %arg34 : tensor<62x16x16x128xf32>
    %397 = stablehlo.add %394, %396 : tensor<62x16x16x128xf32>
    %398 = stablehlo.multiply %256, %256 : tensor<62x32x128x16xf32>
    %cst_132 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %399 = stablehlo.broadcast_in_dim %cst_132, dims = [] : (tensor<f32>) -> tensor<62x32x128x16xf32>
    %400 = stablehlo.multiply %399, %398 : tensor<62x32x128x16xf32>
    %cst_133 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %401 = stablehlo.broadcast_in_dim %cst_133, dims = [] : (tensor<f32>) -> tensor<62x32x128x16xf32>
    %402 = stablehlo.multiply %401, %arg35 : tensor<62x32x128x16xf32>
    %403 = stablehlo.add %400, %402 : tensor<62x32x128x16xf32>
    %404 = stablehlo.multiply %261, %261 : tensor<62x16x5376xf32>
    %cst_134 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %405 = stablehlo.broadcast_in_dim %cst_134, dims = [] : (tensor<f32>) -> tensor<62x16x5376xf32>
    %406 = stablehlo.multiply %405, %404 : tensor<62x16x5376xf32>
    %cst_135 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %407 = stablehlo.broadcast_in_dim %cst_135, dims = [] : (tensor<f32>) -> tensor<62x16x5376xf32>
    %408 = stablehlo.multiply %407, %arg36 : tensor<62x16x5376xf32>
    %409 = stablehlo.add %406, %408 : tensor<62x16x5376xf32>
    %410 = stablehlo.multiply %266, %266 : tensor<62x5376x16xf32>
    %cst_136 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %411 = stablehlo.broadcast_in_dim %cst_136, dims = [] : (tensor<f32>) -> tensor<62x5376x16xf32>
    %412 = stablehlo.multiply %411, %410 : tensor<62x5376x16xf32>
    %cst_137 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %413 = stablehlo.broadcast_in_dim %cst_137, dims = [] : (tensor<f32>) -> tensor<62x5376x16xf32>
    %414 = stablehlo.multiply %413, %arg37 : tensor<62x5376x16xf32>
    %415 = stablehlo.add %412, %414 : tensor<62x5376x16xf32>
    %416 = stablehlo.multiply %271, %271 : tensor<62x16x32x128xf32>
    %cst_138 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %417 = stablehlo.broadcast_in_dim %cst_138, dims = [] : (tensor<f32>) -> tensor<62x16x32x128xf32>
    %418 = stablehlo.multiply %417, %416 : tensor<62x16x32x128xf32>
    %cst_139 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %419 = stablehlo.broadcast_in_dim %cst_139, dims = [] : (tensor<f32>) -> tensor<62x16x32x128xf32>
    %420 = stablehlo.multiply %419, %arg38 : tensor<62x16x32x128xf32>
    %421 = stablehlo.add %418, %420 : tensor<62x16x32x128xf32>
    %422 = stablehlo.multiply %276, %276 : tensor<62x5376x16xf32>
    %cst_140 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %423 = stablehlo.broadcast_in_dim %cst_140, dims = [] : (tensor<f32>) -> tensor<62x5376x16xf32>
    %424 = stablehlo.multiply %423, %422 : tensor<62x5376x16xf32>
    %cst_141 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %425 = stablehlo.broadcast_in_dim %cst_141, dims = [] : (tensor<f32>) -> tensor<62x5376x16xf32>
    %426 = stablehlo.multiply %425, %arg39 : tensor<62x5376x16xf32>
    %427 = stablehlo.add %424, %426 : tensor<62x5376x16xf32>
    %428 = stablehlo.multiply %281, %281 : tensor<62x16x21504xf32>
    %cst_142 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %429 = stablehlo.broadcast_in_dim %cst_142, dims = [] : (tensor<f32>) -> tensor<62x16x21504xf32>
    %430 = stablehlo.multiply %429, %428 : tensor<62x16x21504xf32>
    %cst_143 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %431 = stablehlo.broadcast_in_dim %cst_143, dims = [] : (tensor<f32>) -> tensor<62x16x21504xf32>
    %432 = stablehlo.multiply %431, %arg40 : tensor<62x16x21504xf32>
    %433 = stablehlo.add %430, %432 : tensor<62x16x21504xf32>
    %434 = stablehlo.multiply %286, %286 : tensor<62x5376x16xf32>
    %cst_144 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %435 = stablehlo.broadcast_in_dim %cst_144, dims = [] : (tensor<f32>) -> tensor<62x5376x16xf32>
    %436 = stablehlo.multiply %435, %434 : tensor<62x5376x16xf32>
    %cst_145 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %437 = stablehlo.broadcast_in_dim %cst_145, dims = [] : (tensor<f32>) -> tensor<62x5376x16xf32>
    %438 = stablehlo.multiply %437, %arg41 : tensor<62x5376x16xf32>
    %439 = stablehlo.add %436, %438 : tensor<62x5376x16xf32>
    %440 = stablehlo.multiply %291, %291 : tensor<62x16x16x128xf32>
    %cst_146 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %441 = stablehlo.broadcast_in_dim %cst_146, dims = [] : (tensor<f32>) -> tensor<62x16x16x128xf32>
    %442 = stablehlo.multiply %441, %440 : tensor<62x16x16x128xf32>
    %cst_147 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %443 = stablehlo.broadcast_in_dim %cst_147, dims = [] : (tensor<f32>) -> tensor<62x16x16x128xf32>
    %444 = stablehlo.multiply %443, %arg42 : tensor<62x16x16x128xf32>
    %445 = stablehlo.add %442, %444 : tensor<62x16x16x128xf32>
    %c_148 = stablehlo.constant dense<2147483647> : tensor<i32>
    %446 = stablehlo.compare LT, %arg14, %c_148, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %c_149 = stablehlo.constant dense<1> : tensor<i32>
    %447 = stablehlo.add %arg14, %c_149 : tensor<i32>
    %c_150 = stablehlo.constant dense<2147483647> : tensor<i32>
    %448 = call @_where_40(%446, %447, %c_150) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %cst_151 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %449 = stablehlo.convert %448 : (tensor<i32>) -> tensor<f32>
    %450 = stablehlo.power %cst_151, %449 : tensor<f32>
    %cst_152 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %451 = stablehlo.subtract %cst_152, %450 : tensor<f32>
    %452 = stablehlo.broadcast_in_dim %451, dims = [] : (tensor<f32>) -> tensor<62x21504x16xf32>
    %453 = stablehlo.divide %296, %452 : tensor<62x21504x16xf32>
    %454 = stablehlo.broadcast_in_dim %451, dims = [] : (tensor<f32>) -> tensor<62x16x5376xf32>
    %455 = stablehlo.divide %301, %454 : tensor<62x16x5376xf32>
    %456 = stablehlo.broadcast_in_dim %451, dims = [] : (tensor<f32>) -> tensor<62x5376x16xf32>
    %457 = stablehlo.divide %306, %456 : tensor<62x5376x16xf32>
    %458 = stablehlo.broadcast_in_dim %451, dims = [] : (tensor<f32>) -> tensor<62x16x21504xf32>
    %459 = stablehlo.divide %311, %458 : tensor<62x16x21504xf32>
    %460 = stablehlo.broadcast_in_dim %451, dims = [] : (tensor<f32>) -> tensor<62x5376x16xf32>
    %461 = stablehlo.divide %316, %460 : tensor<62x5376x16xf32>
    %462 = stablehlo.broadcast_in_dim %451, dims = [] : (tensor<f32>) -> tensor<62x16x16x128xf32>
    %463 = stablehlo.divide %321, %462 : tensor<62x16x16x128xf32>
    %464 = stablehlo.broadcast_in_dim %451, dims = [] : (tensor<f32>) -> tensor<62x32x128x16xf32>
    %465 = stablehlo.divide %326, %464 : tensor<62x32x128x16xf32>
    %466 = stablehlo.broadcast_in_dim %451, dims = [] : (tensor<f32>) -> tensor<62x16x5376xf32>
    %467 = stablehlo.divide %331, %466 : tensor<62x16x5376xf32>
    %468 = stablehlo.broadcast_in_dim %451, dims = [] : (tensor<f32>) -> tensor<62x5376x16xf32>
    %469 = stablehlo.divide %336, %468 : tensor<62x5376x16xf32>
    %470 = stablehlo.broadcast_in_dim %451, dims = [] : (tensor<f32>) -> tensor<62x16x32x128xf32>
    %471 = stablehlo.divide %341, %470 : tensor<62x16x32x128xf32>
    %472 = stablehlo.broadcast_in_dim %451, dims = [] : (tensor<f32>) -> tensor<62x5376x16xf32>
    %473 = stablehlo.divide %346, %472 : tensor<62x5376x16xf32>
    %474 = stablehlo.broadcast_in_dim %451, dims = [] : (tensor<f32>) -> tensor<62x16x21504xf32>
    %475 = stablehlo.divide %351, %474 : tensor<62x16x21504xf32>
    %476 = stablehlo.broadcast_in_dim %451, dims = [] : (tensor<f32>) -> tensor<62x5376x16xf32>
    %477 = stablehlo.divide %356, %476 : tensor<62x5376x16xf32>
    %478 = stablehlo.broadcast_in_dim %451, dims = [] : (tensor<f32>) -> tensor<62x16x16x128xf32>
    %479 = stablehlo.divide %361, %478 : tensor<62x16x16x128xf32>
    %cst_153 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %480 = stablehlo.convert %448 : (tensor<i32>) -> tensor<f32>
    %481 = stablehlo.power %cst_153, %480 : tensor<f32>
    %cst_154 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %482 = stablehlo.subtract %cst_154, %481 : tensor<f32>
    %483 = stablehlo.broadcast_in_dim %482, dims = [] : (tensor<f32>) -> tensor<62x21504x16xf32>
    %484 = stablehlo.divide %367, %483 : tensor<62x21504x16xf32>
    %485 = stablehlo.broadcast_in_dim %482, dims = [] : (tensor<f32>) -> tensor<62x16x5376xf32>
    %486 = stablehlo.divide %373, %485 : tensor<62x16x5376xf32>
    %487 = stablehlo.broadcast_in_dim %482, dims = [] : (tensor<f32>) -> tensor<62x5376x16xf32>
    %488 = stablehlo.divide %379, %487 : tensor<62x5376x16xf32>
    %489 = stablehlo.broadcast_in_dim %482, dims = [] : (tensor<f32>) -> tensor<62x16x21504xf32>
    %490 = stablehlo.divide %385, %489 : tensor<62x16x21504xf32>
    %491 = stablehlo.broadcast_in_dim %482, dims = [] : (tensor<f32>) -> tensor<62x5376x16xf32>
    %492 = stablehlo.divide %391, %491 : tensor<62x5376x16xf32>
    %493 = stablehlo.broadcast_in_dim %482, dims = [] : (tensor<f32>) -> tensor<62x16x16x128xf32>
    %494 = stablehlo.divide %397, %493 : tensor<62x16x16x128xf32>
    %495 = stablehlo.broadcast_in_dim %482, dims = [] : (tensor<f32>) -> tensor<62x32x128x16xf32>
    %496 = stablehlo.divide %403, %495 : tensor<62x32x128x16xf32>
    %497 = stablehlo.broadcast_in_dim %482, dims = [] : (tensor<f32>) -> tensor<62x16x5376xf32>
    %498 = stablehlo.divide %409, %497 : tensor<62x16x5376xf32>
    %499 = stablehlo.broadcast_in_dim %482, dims = [] : (tensor<f32>) -> tensor<62x5376x16xf32>
    %500 = stablehlo.divide %415, %499 : tensor<62x5376x16xf32>
    %501 = stablehlo.broadcast_in_dim %482, dims = [] : (tensor<f32>) -> tensor<62x16x32x128xf32>
    %502 = stablehlo.divide %421, %501 : tensor<62x16x32x128xf32>
    %503 = stablehlo.broadcast_in_dim %482, dims = [] : (tensor<f32>) -> tensor<62x5376x16xf32>
    %504 = stablehlo.divide %427, %503 : tensor<62x5376x16xf32>
    %505 = stablehlo.broadcast_in_dim %482, dims = [] : (tensor<f32>) -> tensor<62x16x21504xf32>
    %506 = stablehlo.divide %433, %505 : tensor<62x16x21504xf32>
    %507 = stablehlo.broadcast_in_dim %482, dims = [] : (tensor<f32>) -> tensor<62x5376x16xf32>
    %508 = stablehlo.divide %439, %507 : tensor<62x5376x16xf32>
    %509 = stablehlo.broadcast_in_dim %482, dims = [] : (tensor<f32>) -> tensor<62x16x16x128xf32>
    %510 = stablehlo.divide %445, %509 : tensor<62x16x16x128xf32>
    %cst_155 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %511 = stablehlo.broadcast_in_dim %cst_155, dims = [] : (tensor<f32>) -> tensor<62x21504x16xf32>
    %512 = stablehlo.add %484, %511 : tensor<62x21504x16xf32>
    %513 = stablehlo.sqrt %512 : tensor<62x21504x16xf32>
    %cst_156 = stablehlo.constant dense<9.99999993E-9> : tensor<f32>
    %514 = stablehlo.broadcast_in_dim %cst_156, dims = [] : (tensor<f32>) -> tensor<62x21504x16xf32>
    %515 = stablehlo.add %513, %514 : tensor<62x21504x16xf32>
    %516 = stablehlo.divide %453, %515 : tensor<62x21504x16xf32>
    %cst_157 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %517 = stablehlo.broadcast_in_dim %cst_157, dims = [] : (tensor<f32>) -> tensor<62x16x5376xf32>
    %518 = stablehlo.add %486, %517 : tensor<62x16x5376xf32>
    %519 = stablehlo.sqrt %518 : tensor<62x16x5376xf32>
    %cst_158 = stablehlo.constant dense<9.99999993E-9> : tensor<f32>
    %520 = stablehlo.broadcast_in_dim %cst_158, dims = [] : (tensor<f32>) -> tensor<62x16x5376xf32>
    %521 = stablehlo.add %519, %520 : tensor<62x16x5376xf32>
    %522 = stablehlo.divide %455, %521 : tensor<62x16x5376xf32>
    %cst_159 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %523 = stablehlo.broadcast_in_dim %cst_159, dims = [] : (tensor<f32>) -> tensor<62x5376x16xf32>
    %524 = stablehlo.add %488, %523 : tensor<62x5376x16xf32>
    %525 = stablehlo.sqrt %524 : tensor<62x5376x16xf32>
    %cst_160 = stablehlo.constant dense<9.99999993E-9> : tensor<f32>
    %526 = stablehlo.broadcast_in_dim %cst_160, dims = [] : (tensor<f32>) -> tensor<62x5376x16xf32>
    %527 = stablehlo.add %525, %526 : tensor<62x5376x16xf32>
    %528 = stablehlo.divide %457, %527 : tensor<62x5376x16xf32>
    %cst_161 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %529 = stablehlo.broadcast_in_dim %cst_161, dims = [] : (tensor<f32>) -> tensor<62x16x21504xf32>
    %530 = stablehlo.add %490, %529 : tensor<62x16x21504xf32>
    %531 = stablehlo.sqrt %530 : tensor<62x16x21504xf32>
    %cst_162 = stablehlo.constant dense<9.99999993E-9> : tensor<f32>
    %532 = stablehlo.broadcast_in_dim %cst_162, dims = [] : (tensor<f32>) -> tensor<62x16x21504xf32>
    %533 = stablehlo.add %531, %532 : tensor<62x16x21504xf32>
    %534 = stablehlo.divide %459, %533 : tensor<62x16x21504xf32>
    %cst_163 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %535 = stablehlo.broadcast_in_dim %cst_163, dims = [] : (tensor<f32>) -> tensor<62x5376x16xf32>
    %536 = stablehlo.add %492, %535 : tensor<62x5376x16xf32>
    %537 = stablehlo.sqrt %536 : tensor<62x5376x16xf32>
    %cst_164 = stablehlo.constant dense<9.99999993E-9> : tensor<f32>
    %538 = stablehlo.broadcast_in_dim %cst_164, dims = [] : (tensor<f32>) -> tensor<62x5376x16xf32>
    %539 = stablehlo.add %537, %538 : tensor<62x5376x16xf32>
    %540 = stablehlo.divide %461, %539 : tensor<62x5376x16xf32>
    %cst_165 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %541 = stablehlo.broadcast_in_dim %cst_165, dims = [] : (tensor<f32>) -> tensor<62x16x16x128xf32>
    %542 = stablehlo.add %494, %541 : tensor<62x16x16x128xf32>
    %543 = stablehlo.sqrt %542 : tensor<62x16x16x128xf32>
    %cst_166 = stablehlo.constant dense<9.99999993E-9> : tensor<f32>
    %544 = stablehlo.broadcast_in_dim %cst_166, dims = [] : (tensor<f32>) -> tensor<62x16x16x128xf32>
    %545 = stablehlo.add %543, %544 : tensor<62x16x16x128xf32>
    %546 = stablehlo.divide %463, %545 : tensor<62x16x16x128xf32>
    %cst_167 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %547 = stablehlo.broadcast_in_dim %cst_167, dims = [] : (tensor<f32>) -> tensor<62x32x128x16xf32>
    %548 = stablehlo.add %496, %547 : tensor<62x32x128x16xf32>
    %549 = stablehlo.sqrt %548 : tensor<62x32x128x16xf32>
    %cst_168 = stablehlo.constant dense<9.99999993E-9> : tensor<f32>
    %550 = stablehlo.broadcast_in_dim %cst_168, dims = [] : (tensor<f32>) -> tensor<62x32x128x16xf32>
    %551 = stablehlo.add %549, %550 : tensor<62x32x128x16xf32>
    %552 = stablehlo.divide %465, %551 : tensor<62x32x128x16xf32>
    %cst_169 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %553 = stablehlo.broadcast_in_dim %cst_169, dims = [] : (tensor<f32>) -> tensor<62x16x5376xf32>
    %554 = stablehlo.add %498, %553 : tensor<62x16x5376xf32>
    %555 = stablehlo.sqrt %554 : tensor<62x16x5376xf32>
    %cst_170 = stablehlo.constant dense<9.99999993E-9> : tensor<f32>
    %556 = stablehlo.broadcast_in_dim %cst_170, dims = [] : (tensor<f32>) -> tensor<62x16x5376xf32>
    %557 = stablehlo.add %555, %556 : tensor<62x16x5376xf32>
    %558 = stablehlo.divide %467, %557 : tensor<62x16x5376xf32>
    %cst_171 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %559 = stablehlo.broadcast_in_dim %cst_171, dims = [] : (tensor<f32>) -> tensor<62x5376x16xf32>
    %560 = stablehlo.add %500, %559 : tensor<62x5376x16xf32>
    %561 = stablehlo.sqrt %560 : tensor<62x5376x16xf32>
    %cst_172 = stablehlo.constant dense<9.99999993E-9> : tensor<f32>
    %562 = stablehlo.broadcast_in_dim %cst_172, dims = [] : (tensor<f32>) -> tensor<62x5376x16xf32>
    %563 = stablehlo.add %561, %562 : tensor<62x5376x16xf32>
    %564 = stablehlo.divide %469, %563 : tensor<62x5376x16xf32>
    %cst_173 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %565 = stablehlo.broadcast_in_dim %cst_173, dims = [] : (tensor<f32>) -> tensor<62x16x32x128xf32>
    %566 = stablehlo.add %502, %565 : tensor<62x16x32x128xf32>
    %567 = stablehlo.sqrt %566 : tensor<62x16x32x128xf32>
    %cst_174 = stablehlo.constant dense<9.99999993E-9> : tensor<f32>
    %568 = stablehlo.broadcast_in_dim %cst_174, dims = [] : (tensor<f32>) -> tensor<62x16x32x128xf32>
    %569 = stablehlo.add %567, %568 : tensor<62x16x32x128xf32>
    %570 = stablehlo.divide %471, %569 : tensor<62x16x32x128xf32>
    %cst_175 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %571 = stablehlo.broadcast_in_dim %cst_175, dims = [] : (tensor<f32>) -> tensor<62x5376x16xf32>
    %572 = stablehlo.add %504, %571 : tensor<62x5376x16xf32>
    %573 = stablehlo.sqrt %572 : tensor<62x5376x16xf32>
    %cst_176 = stablehlo.constant dense<9.99999993E-9> : tensor<f32>
    %574 = stablehlo.broadcast_in_dim %cst_176, dims = [] : (tensor<f32>) -> tensor<62x5376x16xf32>
    %575 = stablehlo.add %573, %574 : tensor<62x5376x16xf32>
    %576 = stablehlo.divide %473, %575 : tensor<62x5376x16xf32>
    %cst_177 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %577 = stablehlo.broadcast_in_dim %cst_177, dims = [] : (tensor<f32>) -> tensor<62x16x21504xf32>
    %578 = stablehlo.add %506, %577 : tensor<62x16x21504xf32>
    %579 = stablehlo.sqrt %578 : tensor<62x16x21504xf32>
    %cst_178 = stablehlo.constant dense<9.99999993E-9> : tensor<f32>
    %580 = stablehlo.broadcast_in_dim %cst_178, dims = [] : (tensor<f32>) -> tensor<62x16x21504xf32>
    %581 = stablehlo.add %579, %580 : tensor<62x16x21504xf32>
    %582 = stablehlo.divide %475, %581 : tensor<62x16x21504xf32>
    %cst_179 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %583 = stablehlo.broadcast_in_dim %cst_179, dims = [] : (tensor<f32>) -> tensor<62x5376x16xf32>
    %584 = stablehlo.add %508, %583 : tensor<62x5376x16xf32>
    %585 = stablehlo.sqrt %584 : tensor<62x5376x16xf32>
    %cst_180 = stablehlo.constant dense<9.99999993E-9> : tensor<f32>
    %586 = stablehlo.broadcast_in_dim %cst_180, dims = [] : (tensor<f32>) -> tensor<62x5376x16xf32>
    %587 = stablehlo.add %585, %586 : tensor<62x5376x16xf32>
    %588 = stablehlo.divide %477, %587 : tensor<62x5376x16xf32>
    %cst_181 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %589 = stablehlo.broadcast_in_dim %cst_181, dims = [] : (tensor<f32>) -> tensor<62x16x16x128xf32>
    %590 = stablehlo.add %510, %589 : tensor<62x16x16x128xf32>
    %591 = stablehlo.sqrt %590 : tensor<62x16x16x128xf32>
    %cst_182 = stablehlo.constant dense<9.99999993E-9> : tensor<f32>
    %592 = stablehlo.broadcast_in_dim %cst_182, dims = [] : (tensor<f32>) -> tensor<62x16x16x128xf32>
    %593 = stablehlo.add %591, %592 : tensor<62x16x16x128xf32>
    %594 = stablehlo.divide %479, %593 : tensor<62x16x16x128xf32>
    %cst_183 = stablehlo.constant dense<-9.99999974E-6> : tensor<f32>
    %595 = stablehlo.broadcast_in_dim %cst_183, dims = [] : (tensor<f32>) -> tensor<62x21504x16xf32>
    %596 = stablehlo.multiply %595, %516 : tensor<62x21504x16xf32>
    %cst_184 = stablehlo.constant dense<-9.99999974E-6> : tensor<f32>
    %597 = stablehlo.broadcast_in_dim %cst_184, dims = [] : (tensor<f32>) -> tensor<62x16x5376xf32>
    %598 = stablehlo.multiply %597, %522 : tensor<62x16x5376xf32>
    %cst_185 = stablehlo.constant dense<-9.99999974E-6> : tensor<f32>
    %599 = stablehlo.broadcast_in_dim %cst_185, dims = [] : (tensor<f32>) -> tensor<62x5376x16xf32>
    %600 = stablehlo.multiply %599, %528 : tensor<62x5376x16xf32>
    %cst_186 = stablehlo.constant dense<-9.99999974E-6> : tensor<f32>
    %601 = stablehlo.broadcast_in_dim %cst_186, dims = [] : (tensor<f32>) -> tensor<62x16x21504xf32>
    %602 = stablehlo.multiply %601, %534 : tensor<62x16x21504xf32>
    %cst_187 = stablehlo.constant dense<-9.99999974E-6> : tensor<f32>
    %603 = stablehlo.broadcast_in_dim %cst_187, dims = [] : (tensor<f32>) -> tensor<62x5376x16xf32>
    %604 = stablehlo.multiply %603, %540 : tensor<62x5376x16xf32>
    %cst_188 = stablehlo.constant dense<-9.99999974E-6> : tensor<f32>
    %605 = stablehlo.broadcast_in_dim %cst_188, dims = [] : (tensor<f32>) -> tensor<62x16x16x128xf32>
    %606 = stablehlo.multiply %605, %546 : tensor<62x16x16x128xf32>
    %cst_189 = stablehlo.constant dense<-9.99999974E-6> : tensor<f32>
    %607 = stablehlo.broadcast_in_dim %cst_189, dims = [] : (tensor<f32>) -> tensor<62x32x128x16xf32>
    %608 = stablehlo.multiply %607, %552 : tensor<62x32x128x16xf32>
    %cst_190 = stablehlo.constant dense<-9.99999974E-6> : tensor<f32>
    %609 = stablehlo.broadcast_in_dim %cst_190, dims = [] : (tensor<f32>) -> tensor<62x16x5376xf32>
    %610 = stablehlo.multiply %609, %558 : tensor<62x16x5376xf32>
    %cst_191 = stablehlo.constant dense<-9.99999974E-6> : tensor<f32>
    %611 = stablehlo.broadcast_in_dim %cst_191, dims = [] : (tensor<f32>) -> tensor<62x5376x16xf32>
    %612 = stablehlo.multiply %611, %564 : tensor<62x5376x16xf32>
    %cst_192 = stablehlo.constant dense<-9.99999974E-6> : tensor<f32>
    %613 = stablehlo.broadcast_in_dim %cst_192, dims = [] : (tensor<f32>) -> tensor<62x16x32x128xf32>
    %614 = stablehlo.multiply %613, %570 : tensor<62x16x32x128xf32>
    %cst_193 = stablehlo.constant dense<-9.99999974E-6> : tensor<f32>
    %615 = stablehlo.broadcast_in_dim %cst_193, dims = [] : (tensor<f32>) -> tensor<62x5376x16xf32>
    %616 = stablehlo.multiply %615, %576 : tensor<62x5376x16xf32>
    %cst_194 = stablehlo.constant dense<-9.99999974E-6> : tensor<f32>
    %617 = stablehlo.broadcast_in_dim %cst_194, dims = [] : (tensor<f32>) -> tensor<62x16x21504xf32>
    %618 = stablehlo.multiply %617, %582 : tensor<62x16x21504xf32>
    %cst_195 = stablehlo.constant dense<-9.99999974E-6> : tensor<f32>
    %619 = stablehlo.broadcast_in_dim %cst_195, dims = [] : (tensor<f32>) -> tensor<62x5376x16xf32>
    %620 = stablehlo.multiply %619, %588 : tensor<62x5376x16xf32>
    %cst_196 = stablehlo.constant dense<-9.99999974E-6> : tensor<f32>
    %621 = stablehlo.broadcast_in_dim %cst_196, dims = [] : (tensor<f32>) -> tensor<62x16x16x128xf32>
    %622 = stablehlo.multiply %621, %594 : tensor<62x16x16x128xf32>
    %623 = stablehlo.add %arg0, %596 : tensor<62x21504x16xf32>
    %624 = stablehlo.add %arg1, %598 : tensor<62x16x5376xf32>
    %625 = stablehlo.add %arg2, %600 : tensor<62x5376x16xf32>
    %626 = stablehlo.add %arg3, %602 : tensor<62x16x21504xf32>
    %627 = stablehlo.add %arg4, %604 : tensor<62x5376x16xf32>
    %628 = stablehlo.add %arg5, %606 : tensor<62x16x16x128xf32>
    %629 = stablehlo.add %arg6, %608 : tensor<62x32x128x16xf32>
    %630 = stablehlo.add %arg7, %610 : tensor<62x16x5376xf32>
    %631 = stablehlo.add %arg8, %612 : tensor<62x5376x16xf32>
    %632 = stablehlo.add %arg9, %614 : tensor<62x16x32x128xf32>
    %633 = stablehlo.add %arg10, %616 : tensor<62x5376x16xf32>
    %634 = stablehlo.add %arg11, %618 : tensor<62x16x21504xf32>
    %635 = stablehlo.add %arg12, %620 : tensor<62x5376x16xf32>
    %636 = stablehlo.add %arg13, %622 : tensor<62x16x16x128xf32>
    %c_197 = stablehlo.constant dense<1> : tensor<i32>
    %637 = stablehlo.add %arg43, %c_197 : tensor<i32>
    return %623, %624, %625, %626, %627, %628, %629, %630, %631, %632, %633, %634, %635, %636, %448, %296, %301, %306, %311, %316, %321, %326, %331, %336, %341, %346, %351, %356, %361, %367, %373, %379, %385, %391, %397, %403, %409, %415, %421, %427, %433, %439, %445, %637, %50, %135, %49, %18#50 : tensor<62x21504x16xf32>, tensor<62x16x5376xf32>, tensor<62x5376x16xf32>, tensor<62x16x21504xf32>, tensor<62x5376x16xf32>, tensor<62x16x16x128xf32>, tensor<62x32x128x16xf32>, tensor<62x16x5376xf32>, tensor<62x5376x16xf32>, tensor<62x16x32x128xf32>, tensor<62x5376x16xf32>, tensor<62x16x21504xf32>, tensor<62x5376x16xf32>, tensor<62x16x16x128xf32>, tensor<i32>, tensor<62x21504x16xf32>, tensor<62x16x5376xf32>, tensor<62x5376x16xf32>, tensor<62x16x21504xf32>, tensor<62x5376x16xf32>, tensor<62x16x16x128xf32>, tensor<62x32x128x16xf32>, tensor<62x16x5376xf32>, tensor<62x5376x16xf32>, tensor<62x16x32x128xf32>, tensor<62x5376x16xf32>, tensor<62x16x21504xf32>, tensor<62x5376x16xf32>, tensor<62x16x16x128xf32>, tensor<62x21504x16xf32>, tensor<62x16x5376xf32>, tensor<62x5376x16xf32>, tensor<62x16x21504xf32>, tensor<62x5376x16xf32>, tensor<62x16x16x128xf32>, tensor<62x32x128x16xf32>, tensor<62x16x5376xf32>, tensor<62x5376x16xf32>, tensor<62x16x32x128xf32>, tensor<62x5376x16xf32>, tensor<62x16x21504xf32>, tensor<62x5376x16xf32>, tensor<62x16x16x128xf32>, tensor<i32>, tensor<f32>, tensor<f32>, tensor<f32>, tensor<f32>
  }
  func.func private @dynamic_index_in_dim(%arg0: tensor<4x2x2048xi32>, %arg1: tensor<i32>) -> tensor<2x2048xi32> {
    %c = stablehlo.constant dense<0> : tensor<i32>
    %c_0 = stablehlo.constant dense<0> : tensor<i32>
    %0 = stablehlo.dynamic_slice %arg0, %arg1, %c, %c_0, sizes = [1, 2, 2048] : (tensor<4x2x2048xi32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x2048xi32>
    %1 = stablehlo.reshape %0 : (tensor<1x2x2048xi32>) -> tensor<2x2048xi32>
    return %1 : tensor<2x2048xi32>
  }
  func.func private @closed_call(%arg0: tensor<262208x5376xbf16>, %arg1: tensor<62xi1>, %arg2: tensor<62x5376xbf16>, %arg3: tensor<62x32x5376x128xbf16>, %arg4: tensor<62x16x5376x128xbf16>, %arg5: tensor<62x16x5376x128xbf16>, %arg6: tensor<62x32x128x5376xbf16>, %arg7: tensor<62x128xbf16>, %arg8: tensor<62x128xbf16>, %arg9: tensor<62x5376xbf16>, %arg10: tensor<62x5376xbf16>, %arg11: tensor<62x5376x21504xbf16>, %arg12: tensor<62x5376x21504xbf16>, %arg13: tensor<62x21504x5376xbf16>, %arg14: tensor<62x5376xbf16>, %arg15: tensor<62x21504x16xf32>, %arg16: tensor<62x16x5376xf32>, %arg17: tensor<62x5376x16xf32>, %arg18: tensor<62x16x21504xf32>, %arg19: tensor<62x5376x16xf32>, %arg20: tensor<62x16x16x128xf32>, %arg21: tensor<62x32x128x16xf32>, %arg22: tensor<62x16x5376xf32>, %arg23: tensor<62x5376x16xf32>, %arg24: tensor<62x16x32x128xf32>, %arg25: tensor<62x5376x16xf32>, %arg26: tensor<62x16x21504xf32>, %arg27: tensor<62x5376x16xf32>, %arg28: tensor<62x16x16x128xf32>, %arg29: tensor<5376xbf16>, %arg30: tensor<62x21504x16xf32>, %arg31: tensor<62x16x5376xf32>, %arg32: tensor<62x5376x16xf32>, %arg33: tensor<62x16x21504xf32>, %arg34: tensor<62x5376x16xf32>, %arg35: tensor<62x16x16x128xf32>, %arg36: tensor<62x32x128x16xf32>, %arg37: tensor<62x16x5376xf32>, %arg38: tensor<62x5376x16xf32>, %arg39: tensor<62x16x32x128xf32>, %arg40: tensor<62x5376x16xf32>, %arg41: tensor<62x16x21504xf32>, %arg42: tensor<62x5376x16xf32>, %arg43: tensor<62x16x16x128xf32>, %arg44: tensor<f32>, %arg45: tensor<f32>, %arg46: tensor<f32>, %arg47: tensor<2x2048xi32>, %arg48: tensor<2x2048xi32>, %arg49: tensor<2x2048xi32>, %arg50: tensor<2x2048xi32>) -> (tensor<62x21504x16xf32>, tensor<62x16x5376xf32>, tensor<62x5376x16xf32>, tensor<62x16x21504xf32>, tensor<62x5376x16xf32>, tensor<62x16x16x128xf32>, tensor<62x32x128x16xf32>, tensor<62x16x5376xf32>, tensor<62x5376x16xf32>, tensor<62x16x32x128xf32>, tensor<62x5376x16xf32>, tensor<62x16x21504xf32>, tensor<62x5376x16xf32>, tensor<62x16x16x128xf32>, tensor<f32>, tensor<f32>, tensor<f32>) {
    %0 = call @_take(%arg0, %arg47) : (tensor<262208x5376xbf16>, tensor<2x2048xi32>) -> tensor<2x2048x5376xbf16>
    %cst = stablehlo.constant dense<7.350000e+01> : tensor<bf16>
    %1 = stablehlo.broadcast_in_dim %cst, dims = [] : (tensor<bf16>) -> tensor<2x2048x5376xbf16>
    %2 = stablehlo.multiply %0, %1 : tensor<2x2048x5376xbf16>
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
    %29 = stablehlo.convert %arg50 : (tensor<2x2048xi32>) -> tensor<2x2048xf32>
    %30 = stablehlo.broadcast_in_dim %29, dims = [0, 1] : (tensor<2x2048xf32>) -> tensor<2x2048x1xf32>
    %31 = stablehlo.convert %arg50 : (tensor<2x2048xi32>) -> tensor<2x2048xf32>
    %32 = stablehlo.broadcast_in_dim %31, dims = [0, 1] : (tensor<2x2048xf32>) -> tensor<2x2048x1xf32>
    %cst_12 = stablehlo.constant dense<0.000000e+00> : tensor<bf16>
    %33 = stablehlo.broadcast_in_dim %cst_12, dims = [] : (tensor<bf16>) -> tensor<62x2x2048x5376xbf16>
    %c = stablehlo.constant dense<0> : tensor<i32>
    %34:36 = stablehlo.while(%iterArg = %arg2, %iterArg_39 = %arg3, %iterArg_40 = %arg4, %iterArg_41 = %arg5, %iterArg_42 = %arg6, %iterArg_43 = %arg7, %iterArg_44 = %arg8, %iterArg_45 = %arg9, %iterArg_46 = %arg10, %iterArg_47 = %arg11, %iterArg_48 = %arg12, %iterArg_49 = %arg13, %iterArg_50 = %arg14, %iterArg_51 = %arg15, %iterArg_52 = %arg16, %iterArg_53 = %arg17, %iterArg_54 = %arg18, %iterArg_55 = %arg19, %iterArg_56 = %arg20, %iterArg_57 = %arg21, %iterArg_58 = %arg22, %iterArg_59 = %arg23, %iterArg_60 = %arg24, %iterArg_61 = %arg25, %iterArg_62 = %arg26, %iterArg_63 = %arg27, %iterArg_64 = %arg28, %iterArg_65 = %arg1, %iterArg_66 = %arg49, %iterArg_67 = %30, %iterArg_68 = %15, %iterArg_69 = %28, %iterArg_70 = %32, %iterArg_71 = %c, %iterArg_72 = %2, %iterArg_73 = %33) : tensor<62x5376xbf16>, tensor<62x32x5376x128xbf16>, tensor<62x16x5376x128xbf16>, tensor<62x16x5376x128xbf16>, tensor<62x32x128x5376xbf16>, tensor<62x128xbf16>, tensor<62x128xbf16>, tensor<62x5376xbf16>, tensor<62x5376xbf16>, tensor<62x5376x21504xbf16>, tensor<62x5376x21504xbf16>, tensor<62x21504x5376xbf16>, tensor<62x5376xbf16>, tensor<62x21504x16xf32>, tensor<62x16x5376xf32>, tensor<62x5376x16xf32>, tensor<62x16x21504xf32>, tensor<62x5376x16xf32>, tensor<62x16x16x128xf32>, tensor<62x32x128x16xf32>, tensor<62x16x5376xf32>, tensor<62x5376x16xf32>, tensor<62x16x32x128xf32>, tensor<62x5376x16xf32>, tensor<62x16x21504xf32>, tensor<62x5376x16xf32>, tensor<62x16x16x128xf32>, tensor<62xi1>, tensor<2x2048xi32>, tensor<2x2048x1xf32>, tensor<64xf32>, tensor<64xf32>, tensor<2x2048x1xf32>, tensor<i32>, tensor<2x2048x5376xbf16>, tensor<62x2x2048x5376xbf16>
    cond {
      %c_74 = stablehlo.constant dense<62> : tensor<i32>
      %102 = stablehlo.compare LT, %iterArg_71, %c_74, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
      stablehlo.return %102 : tensor<i1>
    } do {
      %102 = func.call @dynamic_index_in_dim_0(%iterArg, %iterArg_71) : (tensor<62x5376xbf16>, tensor<i32>) -> tensor<5376xbf16>
      %103 = func.call @dynamic_index_in_dim_1(%iterArg_39, %iterArg_71) : (tensor<62x32x5376x128xbf16>, tensor<i32>) -> tensor<32x5376x128xbf16>
      %104 = func.call @dynamic_index_in_dim_2(%iterArg_40, %iterArg_71) : (tensor<62x16x5376x128xbf16>, tensor<i32>) -> tensor<16x5376x128xbf16>
      %105 = func.call @dynamic_index_in_dim_2(%iterArg_41, %iterArg_71) : (tensor<62x16x5376x128xbf16>, tensor<i32>) -> tensor<16x5376x128xbf16>
      %106 = func.call @dynamic_index_in_dim_3(%iterArg_42, %iterArg_71) : (tensor<62x32x128x5376xbf16>, tensor<i32>) -> tensor<32x128x5376xbf16>
      %107 = func.call @dynamic_index_in_dim_4(%iterArg_43, %iterArg_71) : (tensor<62x128xbf16>, tensor<i32>) -> tensor<128xbf16>
      %108 = func.call @dynamic_index_in_dim_4(%iterArg_44, %iterArg_71) : (tensor<62x128xbf16>, tensor<i32>) -> tensor<128xbf16>
      %109 = func.call @dynamic_index_in_dim_0(%iterArg_45, %iterArg_71) : (tensor<62x5376xbf16>, tensor<i32>) -> tensor<5376xbf16>
      %110 = func.call @dynamic_index_in_dim_0(%iterArg_46, %iterArg_71) : (tensor<62x5376xbf16>, tensor<i32>) -> tensor<5376xbf16>
      %111 = func.call @dynamic_index_in_dim_5(%iterArg_47, %iterArg_71) : (tensor<62x5376x21504xbf16>, tensor<i32>) -> tensor<5376x21504xbf16>
      %112 = func.call @dynamic_index_in_dim_5(%iterArg_48, %iterArg_71) : (tensor<62x5376x21504xbf16>, tensor<i32>) -> tensor<5376x21504xbf16>
      %113 = func.call @dynamic_index_in_dim_6(%iterArg_49, %iterArg_71) : (tensor<62x21504x5376xbf16>, tensor<i32>) -> tensor<21504x5376xbf16>
      %114 = func.call @dynamic_index_in_dim_0(%iterArg_50, %iterArg_71) : (tensor<62x5376xbf16>, tensor<i32>) -> tensor<5376xbf16>
      %115 = func.call @dynamic_index_in_dim_7(%iterArg_51, %iterArg_71) : (tensor<62x21504x16xf32>, tensor<i32>) -> tensor<21504x16xf32>
      %116 = func.call @dynamic_index_in_dim_8(%iterArg_52, %iterArg_71) : (tensor<62x16x5376xf32>, tensor<i32>) -> tensor<16x5376xf32>
      %117 = func.call @dynamic_index_in_dim_9(%iterArg_53, %iterArg_71) : (tensor<62x5376x16xf32>, tensor<i32>) -> tensor<5376x16xf32>
      %118 = func.call @dynamic_index_in_dim_10(%iterArg_54, %iterArg_71) : (tensor<62x16x21504xf32>, tensor<i32>) -> tensor<16x21504xf32>
      %119 = func.call @dynamic_index_in_dim_9(%iterArg_55, %iterArg_71) : (tensor<62x5376x16xf32>, tensor<i32>) -> tensor<5376x16xf32>
      %120 = func.call @dynamic_index_in_dim_11(%iterArg_56, %iterArg_71) : (tensor<62x16x16x128xf32>, tensor<i32>) -> tensor<16x16x128xf32>
      %121 = func.call @dynamic_index_in_dim_12(%iterArg_57, %iterArg_71) : (tensor<62x32x128x16xf32>, tensor<i32>) -> tensor<32x128x16xf32>
      %122 = func.call @dynamic_index_in_dim_8(%iterArg_58, %iterArg_71) : (tensor<62x16x5376xf32>, tensor<i32>) -> tensor<16x5376xf32>
      %123 = func.call @dynamic_index_in_dim_9(%iterArg_59, %iterArg_71) : (tensor<62x5376x16xf32>, tensor<i32>) -> tensor<5376x16xf32>
      %124 = func.call @dynamic_index_in_dim_13(%iterArg_60, %iterArg_71) : (tensor<62x16x32x128xf32>, tensor<i32>) -> tensor<16x32x128xf32>
      %125 = func.call @dynamic_index_in_dim_9(%iterArg_61, %iterArg_71) : (tensor<62x5376x16xf32>, tensor<i32>) -> tensor<5376x16xf32>
      %126 = func.call @dynamic_index_in_dim_10(%iterArg_62, %iterArg_71) : (tensor<62x16x21504xf32>, tensor<i32>) -> tensor<16x21504xf32>
      %127 = func.call @dynamic_index_in_dim_9(%iterArg_63, %iterArg_71) : (tensor<62x5376x16xf32>, tensor<i32>) -> tensor<5376x16xf32>
      %128 = func.call @dynamic_index_in_dim_11(%iterArg_64, %iterArg_71) : (tensor<62x16x16x128xf32>, tensor<i32>) -> tensor<16x16x128xf32>
      %129 = func.call @dynamic_index_in_dim_14(%iterArg_65, %iterArg_71) : (tensor<62xi1>, tensor<i32>) -> tensor<i1>
      %130:2 = func.call @closed_call_15(%iterArg_66, %iterArg_67, %iterArg_68, %iterArg_69, %iterArg_70, %iterArg_72, %102, %103, %104, %105, %106, %107, %108, %109, %110, %111, %112, %113, %114, %115, %116, %117, %118, %119, %120, %121, %122, %123, %124, %125, %126, %127, %128, %129) : (tensor<2x2048xi32>, tensor<2x2048x1xf32>, tensor<64xf32>, tensor<64xf32>, tensor<2x2048x1xf32>, tensor<2x2048x5376xbf16>, tensor<5376xbf16>, tensor<32x5376x128xbf16>, tensor<16x5376x128xbf16>, tensor<16x5376x128xbf16>, tensor<32x128x5376xbf16>, tensor<128xbf16>, tensor<128xbf16>, tensor<5376xbf16>, tensor<5376xbf16>, tensor<5376x21504xbf16>, tensor<5376x21504xbf16>, tensor<21504x5376xbf16>, tensor<5376xbf16>, tensor<21504x16xf32>, tensor<16x5376xf32>, tensor<5376x16xf32>, tensor<16x21504xf32>, tensor<5376x16xf32>, tensor<16x16x128xf32>, tensor<32x128x16xf32>, tensor<16x5376xf32>, tensor<5376x16xf32>, tensor<16x32x128xf32>, tensor<5376x16xf32>, tensor<16x21504xf32>, tensor<5376x16xf32>, tensor<16x16x128xf32>, tensor<i1>) -> (tensor<2x2048x5376xbf16>, tensor<2x2048x5376xbf16>)
      %131 = func.call @dynamic_update_index_in_dim(%iterArg_73, %130#1, %iterArg_71) : (tensor<62x2x2048x5376xbf16>, tensor<2x2048x5376xbf16>, tensor<i32>) -> tensor<62x2x2048x5376xbf16>
      %c_74 = stablehlo.constant dense<1> : tensor<i32>
      %132 = stablehlo.add %iterArg_71, %c_74 : tensor<i32>
      stablehlo.return %iterArg, %iterArg_39, %iterArg_40, %iterArg_41, %iterArg_42, %iterArg_43, %iterArg_44, %iterArg_45, %iterArg_46, %iterArg_47, %iterArg_48, %iterArg_49, %iterArg_50, %iterArg_51, %iterArg_52, %iterArg_53, %iterArg_54, %iterArg_55, %iterArg_56, %iterArg_57, %iterArg_58, %iterArg_59, %iterArg_60, %iterArg_61, %iterArg_62, %iterArg_63, %iterArg_64, %iterArg_65, %iterArg_66, %iterArg_67, %iterArg_68, %iterArg_69, %iterArg_70, %132, %130#0, %131 : tensor<62x5376xbf16>, tensor<62x32x5376x128xbf16>, tensor<62x16x5376x128xbf16>, tensor<62x16x5376x128xbf16>, tensor<62x32x128x5376xbf16>, tensor<62x128xbf16>, tensor<62x128xbf16>, tensor<62x5376xbf16>, tensor<62x5376xbf16>, tensor<62x5376x21504xbf16>, tensor<62x5376x21504xbf16>, tensor<62x21504x5376xbf16>, tensor<62x5376xbf16>, tensor<62x21504x16xf32>, tensor<62x16x5376xf32>, tensor<62x5376x16xf32>, tensor<62x16x21504xf32>, tensor<62x5376x16xf32>, tensor<62x16x16x128xf32>, tensor<62x32x128x16xf32>, tensor<62x16x5376xf32>, tensor<62x5376x16xf32>, tensor<62x16x32x128xf32>, tensor<62x5376x16xf32>, tensor<62x16x21504xf32>, tensor<62x5376x16xf32>, tensor<62x16x16x128xf32>, tensor<62xi1>, tensor<2x2048xi32>, tensor<2x2048x1xf32>, tensor<64xf32>, tensor<64xf32>, tensor<2x2048x1xf32>, tensor<i32>, tensor<2x2048x5376xbf16>, tensor<62x2x2048x5376xbf16>
    }
    %35 = stablehlo.slice %arg48 [0:2, 1:2048] : (tensor<2x2048xi32>) -> tensor<2x2047xi32>
    %36 = stablehlo.convert %35 : (tensor<2x2047xi32>) -> tensor<2x2047xf32>
    %37 = stablehlo.slice %arg49 [0:2, 1:2048] : (tensor<2x2048xi32>) -> tensor<2x2047xi32>
    %38 = stablehlo.slice %arg49 [0:2, 0:2047] : (tensor<2x2048xi32>) -> tensor<2x2047xi32>
    %39 = stablehlo.compare EQ, %37, %38, SIGNED : (tensor<2x2047xi32>, tensor<2x2047xi32>) -> tensor<2x2047xi1>
    %40 = stablehlo.convert %39 : (tensor<2x2047xi1>) -> tensor<2x2047xf32>
    %41 = stablehlo.multiply %36, %40 : tensor<2x2047xf32>
    %42 = stablehlo.slice %arg47 [0:2, 1:2048] : (tensor<2x2048xi32>) -> tensor<2x2047xi32>
    %43 = stablehlo.slice %34#34 [0:2, 0:2047, 0:5376] : (tensor<2x2048x5376xbf16>) -> tensor<2x2047x5376xbf16>
    %cst_13 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %44 = stablehlo.reduce(%41 init: %cst_13) applies stablehlo.add across dimensions = [0, 1] : (tensor<2x2047xf32>, tensor<f32>) -> tensor<f32>
    %c_14 = stablehlo.constant dense<0> : tensor<i32>
    %45 = call @_pad(%43, %c_14) : (tensor<2x2047x5376xbf16>, tensor<i32>) -> tensor<2x2048x5376xbf16>
    %46 = stablehlo.reshape %45 : (tensor<2x2048x5376xbf16>) -> tensor<2x4x512x5376xbf16>
    %47 = stablehlo.transpose %46, dims = [1, 0, 2, 3] : (tensor<2x4x512x5376xbf16>) -> tensor<4x2x512x5376xbf16>
    %c_15 = stablehlo.constant dense<0> : tensor<i32>
    %48 = call @_pad_18(%42, %c_15) : (tensor<2x2047xi32>, tensor<i32>) -> tensor<2x2048xi32>
    %49 = stablehlo.reshape %48 : (tensor<2x2048xi32>) -> tensor<2x4x512xi32>
    %50 = stablehlo.transpose %49, dims = [1, 0, 2] : (tensor<2x4x512xi32>) -> tensor<4x2x512xi32>
    %c_16 = stablehlo.constant dense<0> : tensor<i32>
    %51 = call @_pad_19(%41, %c_16) : (tensor<2x2047xf32>, tensor<i32>) -> tensor<2x2048xf32>
    %52 = stablehlo.reshape %51 : (tensor<2x2048xf32>) -> tensor<2x4x512xf32>
    %53 = stablehlo.transpose %52, dims = [1, 0, 2] : (tensor<2x4x512xf32>) -> tensor<4x2x512xf32>
    %cst_17 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %54 = stablehlo.broadcast_in_dim %cst_17, dims = [] : (tensor<f32>) -> tensor<4xf32>
    %cst_18 = stablehlo.constant dense<0.000000e+00> : tensor<bf16>
    %55 = stablehlo.broadcast_in_dim %cst_18, dims = [] : (tensor<bf16>) -> tensor<4x2x512x5376xbf16>
    %c_19 = stablehlo.constant dense<0> : tensor<i32>
    %56:8 = stablehlo.while(%iterArg = %47, %iterArg_39 = %50, %iterArg_40 = %53, %iterArg_41 = %arg29, %iterArg_42 = %arg0, %iterArg_43 = %c_19, %iterArg_44 = %54, %iterArg_45 = %55) : tensor<4x2x512x5376xbf16>, tensor<4x2x512xi32>, tensor<4x2x512xf32>, tensor<5376xbf16>, tensor<262208x5376xbf16>, tensor<i32>, tensor<4xf32>, tensor<4x2x512x5376xbf16>
    cond {
      %c_46 = stablehlo.constant dense<4> : tensor<i32>
      %102 = stablehlo.compare LT, %iterArg_43, %c_46, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
      stablehlo.return %102 : tensor<i1>
    } do {
      %102 = func.call @dynamic_index_in_dim_20(%iterArg, %iterArg_43) : (tensor<4x2x512x5376xbf16>, tensor<i32>) -> tensor<2x512x5376xbf16>
      %103 = func.call @dynamic_index_in_dim_21(%iterArg_39, %iterArg_43) : (tensor<4x2x512xi32>, tensor<i32>) -> tensor<2x512xi32>
      %104 = func.call @dynamic_index_in_dim_22(%iterArg_40, %iterArg_43) : (tensor<4x2x512xf32>, tensor<i32>) -> tensor<2x512xf32>
      %105:2 = func.call @closed_call_23(%iterArg_41, %iterArg_42, %102, %103, %104) : (tensor<5376xbf16>, tensor<262208x5376xbf16>, tensor<2x512x5376xbf16>, tensor<2x512xi32>, tensor<2x512xf32>) -> (tensor<f32>, tensor<2x512x5376xbf16>)
      %106 = func.call @dynamic_update_index_in_dim_25(%iterArg_44, %105#0, %iterArg_43) : (tensor<4xf32>, tensor<f32>, tensor<i32>) -> tensor<4xf32>
      %107 = func.call @dynamic_update_index_in_dim_26(%iterArg_45, %105#1, %iterArg_43) : (tensor<4x2x512x5376xbf16>, tensor<2x512x5376xbf16>, tensor<i32>) -> tensor<4x2x512x5376xbf16>
      %c_46 = stablehlo.constant dense<1> : tensor<i32>
      %108 = stablehlo.add %iterArg_43, %c_46 : tensor<i32>
      stablehlo.return %iterArg, %iterArg_39, %iterArg_40, %iterArg_41, %iterArg_42, %108, %106, %107 : tensor<4x2x512x5376xbf16>, tensor<4x2x512xi32>, tensor<4x2x512xf32>, tensor<5376xbf16>, tensor<262208x5376xbf16>, tensor<i32>, tensor<4xf32>, tensor<4x2x512x5376xbf16>
    }
    %cst_20 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %57 = stablehlo.reduce(%56#6 init: %cst_20) applies stablehlo.add across dimensions = [0] : (tensor<4xf32>, tensor<f32>) -> tensor<f32>
    %cst_21 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %58 = stablehlo.reduce(%41 init: %cst_21) applies stablehlo.add across dimensions = [0, 1] : (tensor<2x2047xf32>, tensor<f32>) -> tensor<f32>
    %cst_22 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %59 = stablehlo.convert %56#7 : (tensor<4x2x512x5376xbf16>) -> tensor<4x2x512x5376xf32>
    %60 = stablehlo.broadcast_in_dim %cst_22, dims = [] : (tensor<f32>) -> tensor<4x2x512x5376xf32>
    %61 = stablehlo.multiply %60, %59 : tensor<4x2x512x5376xf32>
    %62 = stablehlo.convert %61 : (tensor<4x2x512x5376xf32>) -> tensor<4x2x512x5376xbf16>
    %63 = stablehlo.transpose %62, dims = [1, 0, 2, 3] : (tensor<4x2x512x5376xbf16>) -> tensor<2x4x512x5376xbf16>
    %64 = stablehlo.reshape %63 : (tensor<2x4x512x5376xbf16>) -> tensor<2x2048x5376xbf16>
    %65 = call @_pad_27(%64) : (tensor<2x2048x5376xbf16>) -> tensor<2x2047x5376xbf16>
    %cst_23 = stablehlo.constant dense<0.000000e+00> : tensor<bf16>
    %66 = stablehlo.pad %65, %cst_23, low = [0, 0, 0], high = [0, 1, 0], interior = [0, 0, 0] : (tensor<2x2047x5376xbf16>, tensor<bf16>) -> tensor<2x2048x5376xbf16>
    %cst_24 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %67 = stablehlo.broadcast_in_dim %cst_24, dims = [] : (tensor<f32>) -> tensor<62x21504x16xf32>
    %cst_25 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %68 = stablehlo.broadcast_in_dim %cst_25, dims = [] : (tensor<f32>) -> tensor<62x16x5376xf32>
    %cst_26 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %69 = stablehlo.broadcast_in_dim %cst_26, dims = [] : (tensor<f32>) -> tensor<62x5376x16xf32>
    %cst_27 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %70 = stablehlo.broadcast_in_dim %cst_27, dims = [] : (tensor<f32>) -> tensor<62x16x21504xf32>
    %cst_28 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %71 = stablehlo.broadcast_in_dim %cst_28, dims = [] : (tensor<f32>) -> tensor<62x5376x16xf32>
    %cst_29 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %72 = stablehlo.broadcast_in_dim %cst_29, dims = [] : (tensor<f32>) -> tensor<62x16x16x128xf32>
    %cst_30 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %73 = stablehlo.broadcast_in_dim %cst_30, dims = [] : (tensor<f32>) -> tensor<62x32x128x16xf32>
    %cst_31 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %74 = stablehlo.broadcast_in_dim %cst_31, dims = [] : (tensor<f32>) -> tensor<62x16x5376xf32>
    %cst_32 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %75 = stablehlo.broadcast_in_dim %cst_32, dims = [] : (tensor<f32>) -> tensor<62x5376x16xf32>
    %cst_33 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %76 = stablehlo.broadcast_in_dim %cst_33, dims = [] : (tensor<f32>) -> tensor<62x16x32x128xf32>
    %cst_34 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %77 = stablehlo.broadcast_in_dim %cst_34, dims = [] : (tensor<f32>) -> tensor<62x5376x16xf32>
    %cst_35 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %78 = stablehlo.broadcast_in_dim %cst_35, dims = [] : (tensor<f32>) -> tensor<62x16x21504xf32>
    %cst_36 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %79 = stablehlo.broadcast_in_dim %cst_36, dims = [] : (tensor<f32>) -> tensor<62x5376x16xf32>
    %cst_37 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %80 = stablehlo.broadcast_in_dim %cst_37, dims = [] : (tensor<f32>) -> tensor<62x16x16x128xf32>
    %c_38 = stablehlo.constant dense<0> : tensor<i32>
    %81:47 = stablehlo.while(%iterArg = %34#35, %iterArg_39 = %arg2, %iterArg_40 = %arg3, %iterArg_41 = %arg4, %iterArg_42 = %arg5, %iterArg_43 = %arg6, %iterArg_44 = %arg7, %iterArg_45 = %arg8, %iterArg_46 = %arg9, %iterArg_47 = %arg10, %iterArg_48 = %arg11, %iterArg_49 = %arg12, %iterArg_50 = %arg13, %iterArg_51 = %arg14, %iterArg_52 = %arg15, %iterArg_53 = %arg16, %iterArg_54 = %arg17, %iterArg_55 = %arg18, %iterArg_56 = %arg19, %iterArg_57 = %arg20, %iterArg_58 = %arg21, %iterArg_59 = %arg22, %iterArg_60 = %arg23, %iterArg_61 = %arg24, %iterArg_62 = %arg25, %iterArg_63 = %arg26, %iterArg_64 = %arg27, %iterArg_65 = %arg28, %iterArg_66 = %arg1, %iterArg_67 = %arg50, %iterArg_68 = %arg49, %iterArg_69 = %c_38, %iterArg_70 = %66, %iterArg_71 = %67, %iterArg_72 = %68, %iterArg_73 = %69, %iterArg_74 = %70, %iterArg_75 = %71, %iterArg_76 = %72, %iterArg_77 = %73, %iterArg_78 = %74, %iterArg_79 = %75, %iterArg_80 = %76, %iterArg_81 = %77, %iterArg_82 = %78, %iterArg_83 = %79, %iterArg_84 = %80) : tensor<62x2x2048x5376xbf16>, tensor<62x5376xbf16>, tensor<62x32x5376x128xbf16>, tensor<62x16x5376x128xbf16>, tensor<62x16x5376x128xbf16>, tensor<62x32x128x5376xbf16>, tensor<62x128xbf16>, tensor<62x128xbf16>, tensor<62x5376xbf16>, tensor<62x5376xbf16>, tensor<62x5376x21504xbf16>, tensor<62x5376x21504xbf16>, tensor<62x21504x5376xbf16>, tensor<62x5376xbf16>, tensor<62x21504x16xf32>, tensor<62x16x5376xf32>, tensor<62x5376x16xf32>, tensor<62x16x21504xf32>, tensor<62x5376x16xf32>, tensor<62x16x16x128xf32>, tensor<62x32x128x16xf32>, tensor<62x16x5376xf32>, tensor<62x5376x16xf32>, tensor<62x16x32x128xf32>, tensor<62x5376x16xf32>, tensor<62x16x21504xf32>, tensor<62x5376x16xf32>, tensor<62x16x16x128xf32>, tensor<62xi1>, tensor<2x2048xi32>, tensor<2x2048xi32>, tensor<i32>, tensor<2x2048x5376xbf16>, tensor<62x21504x16xf32>, tensor<62x16x5376xf32>, tensor<62x5376x16xf32>, tensor<62x16x21504xf32>, tensor<62x5376x16xf32>, tensor<62x16x16x128xf32>, tensor<62x32x128x16xf32>, tensor<62x16x5376xf32>, tensor<62x5376x16xf32>, tensor<62x16x32x128xf32>, tensor<62x5376x16xf32>, tensor<62x16x21504xf32>, tensor<62x5376x16xf32>, tensor<62x16x16x128xf32>
    cond {
      %c_85 = stablehlo.constant dense<62> : tensor<i32>
      %102 = stablehlo.compare LT, %iterArg_69, %c_85, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
      stablehlo.return %102 : tensor<i1>
    } do {
      %c_85 = stablehlo.constant dense<62> : tensor<i32>
      %102 = stablehlo.subtract %c_85, %iterArg_69 : tensor<i32>
      %c_86 = stablehlo.constant dense<1> : tensor<i32>
      %103 = stablehlo.subtract %102, %c_86 : tensor<i32>
      %104 = func.call @dynamic_index_in_dim_28(%iterArg, %103) : (tensor<62x2x2048x5376xbf16>, tensor<i32>) -> tensor<2x2048x5376xbf16>
      %105 = func.call @dynamic_index_in_dim_0(%iterArg_39, %103) : (tensor<62x5376xbf16>, tensor<i32>) -> tensor<5376xbf16>
      %106 = func.call @dynamic_index_in_dim_1(%iterArg_40, %103) : (tensor<62x32x5376x128xbf16>, tensor<i32>) -> tensor<32x5376x128xbf16>
      %107 = func.call @dynamic_index_in_dim_2(%iterArg_41, %103) : (tensor<62x16x5376x128xbf16>, tensor<i32>) -> tensor<16x5376x128xbf16>
      %108 = func.call @dynamic_index_in_dim_2(%iterArg_42, %103) : (tensor<62x16x5376x128xbf16>, tensor<i32>) -> tensor<16x5376x128xbf16>
      %109 = func.call @dynamic_index_in_dim_3(%iterArg_43, %103) : (tensor<62x32x128x5376xbf16>, tensor<i32>) -> tensor<32x128x5376xbf16>
      %110 = func.call @dynamic_index_in_dim_4(%iterArg_44, %103) : (tensor<62x128xbf16>, tensor<i32>) -> tensor<128xbf16>
      %111 = func.call @dynamic_index_in_dim_4(%iterArg_45, %103) : (tensor<62x128xbf16>, tensor<i32>) -> tensor<128xbf16>
      %112 = func.call @dynamic_index_in_dim_0(%iterArg_46, %103) : (tensor<62x5376xbf16>, tensor<i32>) -> tensor<5376xbf16>
      %113 = func.call @dynamic_index_in_dim_0(%iterArg_47, %103) : (tensor<62x5376xbf16>, tensor<i32>) -> tensor<5376xbf16>
      %114 = func.call @dynamic_index_in_dim_5(%iterArg_48, %103) : (tensor<62x5376x21504xbf16>, tensor<i32>) -> tensor<5376x21504xbf16>
      %115 = func.call @dynamic_index_in_dim_5(%iterArg_49, %103) : (tensor<62x5376x21504xbf16>, tensor<i32>) -> tensor<5376x21504xbf16>
      %116 = func.call @dynamic_index_in_dim_6(%iterArg_50, %103) : (tensor<62x21504x5376xbf16>, tensor<i32>) -> tensor<21504x5376xbf16>
      %117 = func.call @dynamic_index_in_dim_0(%iterArg_51, %103) : (tensor<62x5376xbf16>, tensor<i32>) -> tensor<5376xbf16>
      %118 = func.call @dynamic_index_in_dim_7(%iterArg_52, %103) : (tensor<62x21504x16xf32>, tensor<i32>) -> tensor<21504x16xf32>
      %119 = func.call @dynamic_index_in_dim_8(%iterArg_53, %103) : (tensor<62x16x5376xf32>, tensor<i32>) -> tensor<16x5376xf32>
      %120 = func.call @dynamic_index_in_dim_9(%iterArg_54, %103) : (tensor<62x5376x16xf32>, tensor<i32>) -> tensor<5376x16xf32>
      %121 = func.call @dynamic_index_in_dim_10(%iterArg_55, %103) : (tensor<62x16x21504xf32>, tensor<i32>) -> tensor<16x21504xf32>
      %122 = func.call @dynamic_index_in_dim_9(%iterArg_56, %103) : (tensor<62x5376x16xf32>, tensor<i32>) -> tensor<5376x16xf32>
      %123 = func.call @dynamic_index_in_dim_11(%iterArg_57, %103) : (tensor<62x16x16x128xf32>, tensor<i32>) -> tensor<16x16x128xf32>
      %124 = func.call @dynamic_index_in_dim_12(%iterArg_58, %103) : (tensor<62x32x128x16xf32>, tensor<i32>) -> tensor<32x128x16xf32>
      %125 = func.call @dynamic_index_in_dim_8(%iterArg_59, %103) : (tensor<62x16x5376xf32>, tensor<i32>) -> tensor<16x5376xf32>
      %126 = func.call @dynamic_index_in_dim_9(%iterArg_60, %103) : (tensor<62x5376x16xf32>, tensor<i32>) -> tensor<5376x16xf32>
      %127 = func.call @dynamic_index_in_dim_13(%iterArg_61, %103) : (tensor<62x16x32x128xf32>, tensor<i32>) -> tensor<16x32x128xf32>
      %128 = func.call @dynamic_index_in_dim_9(%iterArg_62, %103) : (tensor<62x5376x16xf32>, tensor<i32>) -> tensor<5376x16xf32>
      %129 = func.call @dynamic_index_in_dim_10(%iterArg_63, %103) : (tensor<62x16x21504xf32>, tensor<i32>) -> tensor<16x21504xf32>
      %130 = func.call @dynamic_index_in_dim_9(%iterArg_64, %103) : (tensor<62x5376x16xf32>, tensor<i32>) -> tensor<5376x16xf32>
      %131 = func.call @dynamic_index_in_dim_11(%iterArg_65, %103) : (tensor<62x16x16x128xf32>, tensor<i32>) -> tensor<16x16x128xf32>
      %132 = func.call @dynamic_index_in_dim_14(%iterArg_66, %103) : (tensor<62xi1>, tensor<i32>) -> tensor<i1>
      %133:15 = func.call @closed_call_29(%iterArg_67, %iterArg_68, %iterArg_70, %104, %105, %106, %107, %108, %109, %110, %111, %112, %113, %114, %115, %116, %117, %118, %119, %120, %121, %122, %123, %124, %125, %126, %127, %128, %129, %130, %131, %132) : (tensor<2x2048xi32>, tensor<2x2048xi32>, tensor<2x2048x5376xbf16>, tensor<2x2048x5376xbf16>, tensor<5376xbf16>, tensor<32x5376x128xbf16>, tensor<16x5376x128xbf16>, tensor<16x5376x128xbf16>, tensor<32x128x5376xbf16>, tensor<128xbf16>, tensor<128xbf16>, tensor<5376xbf16>, tensor<5376xbf16>, tensor<5376x21504xbf16>, tensor<5376x21504xbf16>, tensor<21504x5376xbf16>, tensor<5376xbf16>, tensor<21504x16xf32>, tensor<16x5376xf32>, tensor<5376x16xf32>, tensor<16x21504xf32>, tensor<5376x16xf32>, tensor<16x16x128xf32>, tensor<32x128x16xf32>, tensor<16x5376xf32>, tensor<5376x16xf32>, tensor<16x32x128xf32>, tensor<5376x16xf32>, tensor<16x21504xf32>, tensor<5376x16xf32>, tensor<16x16x128xf32>, tensor<i1>) -> (tensor<2x2048x5376xbf16>, tensor<21504x16xf32>, tensor<16x5376xf32>, tensor<5376x16xf32>, tensor<16x21504xf32>, tensor<5376x16xf32>, tensor<16x16x128xf32>, tensor<32x128x16xf32>, tensor<16x5376xf32>, tensor<5376x16xf32>, tensor<16x32x128xf32>, tensor<5376x16xf32>, tensor<16x21504xf32>, tensor<5376x16xf32>, tensor<16x16x128xf32>)
      %134 = func.call @dynamic_update_index_in_dim_33(%iterArg_71, %133#1, %103) : (tensor<62x21504x16xf32>, tensor<21504x16xf32>, tensor<i32>) -> tensor<62x21504x16xf32>
      %135 = func.call @dynamic_update_index_in_dim_34(%iterArg_72, %133#2, %103) : (tensor<62x16x5376xf32>, tensor<16x5376xf32>, tensor<i32>) -> tensor<62x16x5376xf32>
      %136 = func.call @dynamic_update_index_in_dim_35(%iterArg_73, %133#3, %103) : (tensor<62x5376x16xf32>, tensor<5376x16xf32>, tensor<i32>) -> tensor<62x5376x16xf32>
      %137 = func.call @dynamic_update_index_in_dim_36(%iterArg_74, %133#4, %103) : (tensor<62x16x21504xf32>, tensor<16x21504xf32>, tensor<i32>) -> tensor<62x16x21504xf32>
      %138 = func.call @dynamic_update_index_in_dim_35(%iterArg_75, %133#5, %103) : (tensor<62x5376x16xf32>, tensor<5376x16xf32>, tensor<i32>) -> tensor<62x5376x16xf32>
      %139 = func.call @dynamic_update_index_in_dim_37(%iterArg_76, %133#6, %103) : (tensor<62x16x16x128xf32>, tensor<16x16x128xf32>, tensor<i32>) -> tensor<62x16x16x128xf32>
      %140 = func.call @dynamic_update_index_in_dim_38(%iterArg_77, %133#7, %103) : (tensor<62x32x128x16xf32>, tensor<32x128x16xf32>, tensor<i32>) -> tensor<62x32x128x16xf32>
      %141 = func.call @dynamic_update_index_in_dim_34(%iterArg_78, %133#8, %103) : (tensor<62x16x5376xf32>, tensor<16x5376xf32>, tensor<i32>) -> tensor<62x16x5376xf32>
      %142 = func.call @dynamic_update_index_in_dim_35(%iterArg_79, %133#9, %103) : (tensor<62x5376x16xf32>, tensor<5376x16xf32>, tensor<i32>) -> tensor<62x5376x16xf32>
      %143 = func.call @dynamic_update_index_in_dim_39(%iterArg_80, %133#10, %103) : (tensor<62x16x32x128xf32>, tensor<16x32x128xf32>, tensor<i32>) -> tensor<62x16x32x128xf32>
      %144 = func.call @dynamic_update_index_in_dim_35(%iterArg_81, %133#11, %103) : (tensor<62x5376x16xf32>, tensor<5376x16xf32>, tensor<i32>) -> tensor<62x5376x16xf32>
      %145 = func.call @dynamic_update_index_in_dim_36(%iterArg_82, %133#12, %103) : (tensor<62x16x21504xf32>, tensor<16x21504xf32>, tensor<i32>) -> tensor<62x16x21504xf32>
      %146 = func.call @dynamic_update_index_in_dim_35(%iterArg_83, %133#13, %103) : (tensor<62x5376x16xf32>, tensor<5376x16xf32>, tensor<i32>) -> tensor<62x5376x16xf32>
      %147 = func.call @dynamic_update_index_in_dim_37(%iterArg_84, %133#14, %103) : (tensor<62x16x16x128xf32>, tensor<16x16x128xf32>, tensor<i32>) -> tensor<62x16x16x128xf32>
      %c_87 = stablehlo.constant dense<1> : tensor<i32>
      %148 = stablehlo.add %iterArg_69, %c_87 : tensor<i32>
      stablehlo.return %iterArg, %iterArg_39, %iterArg_40, %iterArg_41, %iterArg_42, %iterArg_43, %iterArg_44, %iterArg_45, %iterArg_46, %iterArg_47, %iterArg_48, %iterArg_49, %iterArg_50, %iterArg_51, %iterArg_52, %iterArg_53, %iterArg_54, %iterArg_55, %iterArg_56, %iterArg_57, %iterArg_58, %iterArg_59, %iterArg_60, %iterArg_61, %iterArg_62, %iterArg_63, %iterArg_64, %iterArg_65, %iterArg_66, %iterArg_67, %iterArg_68, %148, %133#0, %134, %135, %136, %137, %138, %139, %140, %141, %142, %143, %144, %145, %146, %147 : tensor<62x2x2048x5376xbf16>, tensor<62x5376xbf16>, tensor<62x32x5376x128xbf16>, tensor<62x16x5376x128xbf16>, tensor<62x16x5376x128xbf16>, tensor<62x32x128x5376xbf16>, tensor<62x128xbf16>, tensor<62x128xbf16>, tensor<62x5376xbf16>, tensor<62x5376xbf16>, tensor<62x5376x21504xbf16>, tensor<62x5376x21504xbf16>, tensor<62x21504x5376xbf16>, tensor<62x5376xbf16>, tensor<62x21504x16xf32>, tensor<62x16x5376xf32>, tensor<62x5376x16xf32>, tensor<62x16x21504xf32>, tensor<62x5376x16xf32>, tensor<62x16x16x128xf32>, tensor<62x32x128x16xf32>, tensor<62x16x5376xf32>, tensor<62x5376x16xf32>, tensor<62x16x32x128xf32>, tensor<62x5376x16xf32>, tensor<62x16x21504xf32>, tensor<62x5376x16xf32>, tensor<62x16x16x128xf32>, tensor<62xi1>, tensor<2x2048xi32>, tensor<2x2048xi32>, tensor<i32>, tensor<2x2048x5376xbf16>, tensor<62x21504x16xf32>, tensor<62x16x5376xf32>, tensor<62x5376x16xf32>, tensor<62x16x21504xf32>, tensor<62x5376x16xf32>, tensor<62x16x16x128xf32>, tensor<62x32x128x16xf32>, tensor<62x16x5376xf32>, tensor<62x5376x16xf32>, tensor<62x16x32x128xf32>, tensor<62x5376x16xf32>, tensor<62x16x21504xf32>, tensor<62x5376x16xf32>, tensor<62x16x16x128xf32>
    }
    %82 = stablehlo.add %arg30, %81#33 : tensor<62x21504x16xf32>
    %83 = stablehlo.add %arg31, %81#34 : tensor<62x16x5376xf32>
    %84 = stablehlo.add %arg32, %81#35 : tensor<62x5376x16xf32>
    %85 = stablehlo.add %arg33, %81#36 : tensor<62x16x21504xf32>
    %86 = stablehlo.add %arg34, %81#37 : tensor<62x5376x16xf32>
    %87 = stablehlo.add %arg35, %81#38 : tensor<62x16x16x128xf32>
    %88 = stablehlo.add %arg36, %81#39 : tensor<62x32x128x16xf32>
    %89 = stablehlo.add %arg37, %81#40 : tensor<62x16x5376xf32>
    %90 = stablehlo.add %arg38, %81#41 : tensor<62x5376x16xf32>
    %91 = stablehlo.add %arg39, %81#42 : tensor<62x16x32x128xf32>
    %92 = stablehlo.add %arg40, %81#43 : tensor<62x5376x16xf32>
    %93 = stablehlo.add %arg41, %81#44 : tensor<62x16x21504xf32>
    %94 = stablehlo.add %arg42, %81#45 : tensor<62x5376x16xf32>
    %95 = stablehlo.add %arg43, %81#46 : tensor<62x16x16x128xf32>
    %96 = stablehlo.convert %arg44 : tensor<f32>
    %97 = stablehlo.add %96, %57 : tensor<f32>
    %98 = stablehlo.convert %arg45 : tensor<f32>
    %99 = stablehlo.add %98, %58 : tensor<f32>
    %100 = stablehlo.convert %arg46 : tensor<f32>
    %101 = stablehlo.add %100, %44 : tensor<f32>
    return %82, %83, %84, %85, %86, %87, %88, %89, %90, %91, %92, %93, %94, %95, %97, %99, %101 : tensor<62x21504x16xf32>, tensor<62x16x5376xf32>, tensor<62x5376x16xf32>, tensor<62x16x21504xf32>, tensor<62x5376x16xf32>, tensor<62x16x16x128xf32>, tensor<62x32x128x16xf32>, tensor<62x16x5376xf32>, tensor<62x5376x16xf32>, tensor<62x16x32x128xf32>, tensor<62x5376x16xf32>, tensor<62x16x21504xf32>, tensor<62x5376x16xf32>, tensor<62x16x16x128xf32>, tensor<f32>, tensor<f32>, tensor<f32>
  }
  func.func private @_take(%arg0: tensor<262208x5376xbf16>, %arg1: tensor<2x2048xi32>) -> tensor<2x2048x5376xbf16> {
    %c = stablehlo.constant dense<0> : tensor<i32>
    %0 = stablehlo.broadcast_in_dim %c, dims = [] : (tensor<i32>) -> tensor<2x2048xi32>
    %1 = stablehlo.compare LT, %arg1, %0, SIGNED : (tensor<2x2048xi32>, tensor<2x2048xi32>) -> tensor<2x2048xi1>
    %c_0 = stablehlo.constant dense<262208> : tensor<i32>
    %2 = stablehlo.broadcast_in_dim %c_0, dims = [] : (tensor<i32>) -> tensor<2x2048xi32>
    %3 = stablehlo.add %arg1, %2 : tensor<2x2048xi32>
    %4 = call @_where(%1, %3, %arg1) : (tensor<2x2048xi1>, tensor<2x2048xi32>, tensor<2x2048xi32>) -> tensor<2x2048xi32>
    %5 = stablehlo.broadcast_in_dim %4, dims = [0, 1] : (tensor<2x2048xi32>) -> tensor<2x2048x1xi32>
    %c_1 = stablehlo.constant dense<262207> : tensor<1xi32>
    %c_2 = stablehlo.constant dense<0> : tensor<i32>
    %6 = stablehlo.broadcast_in_dim %c_2, dims = [] : (tensor<i32>) -> tensor<2x2048x1xi32>
    %7 = stablehlo.compare GE, %5, %6, SIGNED : (tensor<2x2048x1xi32>, tensor<2x2048x1xi32>) -> tensor<2x2048x1xi1>
    %8 = stablehlo.broadcast_in_dim %c_1, dims = [2] : (tensor<1xi32>) -> tensor<1x1x1xi32>
    %9 = stablehlo.broadcast_in_dim %8, dims = [0, 1, 2] : (tensor<1x1x1xi32>) -> tensor<2x2048x1xi32>
    %10 = stablehlo.compare LE, %5, %9, SIGNED : (tensor<2x2048x1xi32>, tensor<2x2048x1xi32>) -> tensor<2x2048x1xi1>
    %11 = stablehlo.and %7, %10 : tensor<2x2048x1xi1>
    %c_3 = stablehlo.constant dense<true> : tensor<i1>
    %12 = stablehlo.reduce(%11 init: %c_3) applies stablehlo.and across dimensions = [2] : (tensor<2x2048x1xi1>, tensor<i1>) -> tensor<2x2048xi1>
    %13 = "stablehlo.gather"(%arg0, %5) <{dimension_numbers = #stablehlo.gather<offset_dims = [2], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 2>, indices_are_sorted = false, slice_sizes = array<i64: 1, 5376>}> : (tensor<262208x5376xbf16>, tensor<2x2048x1xi32>) -> tensor<2x2048x5376xbf16>
    %14 = stablehlo.broadcast_in_dim %12, dims = [0, 1] : (tensor<2x2048xi1>) -> tensor<2x2048x5376xi1>
    %cst = stablehlo.constant dense<0x7FC0> : tensor<bf16>
    %15 = stablehlo.broadcast_in_dim %cst, dims = [] : (tensor<bf16>) -> tensor<2x2048x5376xbf16>
    %16 = stablehlo.select %14, %13, %15 : tensor<2x2048x5376xi1>, tensor<2x2048x5376xbf16>
    return %16 : tensor<2x2048x5376xbf16>
  }
  func.func private @_where(%arg0: tensor<2x2048xi1>, %arg1: tensor<2x2048xi32>, %arg2: tensor<2x2048xi32>) -> tensor<2x2048xi32> {
    %0 = stablehlo.select %arg0, %arg1, %arg2 : tensor<2x2048xi1>, tensor<2x2048xi32>
    return %0 : tensor<2x2048xi32>
  }
  func.func private @dynamic_index_in_dim_0(%arg0: tensor<62x5376xbf16>, %arg1: tensor<i32>) -> tensor<5376xbf16> {
    %c = stablehlo.constant dense<0> : tensor<i32>
    %0 = stablehlo.dynamic_slice %arg0, %arg1, %c, sizes = [1, 5376] : (tensor<62x5376xbf16>, tensor<i32>, tensor<i32>) -> tensor<1x5376xbf16>
    %1 = stablehlo.reshape %0 : (tensor<1x5376xbf16>) -> tensor<5376xbf16>
    return %1 : tensor<5376xbf16>
  }
  func.func private @dynamic_index_in_dim_1(%arg0: tensor<62x32x5376x128xbf16>, %arg1: tensor<i32>) -> tensor<32x5376x128xbf16> {
    %c = stablehlo.constant dense<0> : tensor<i32>
    %c_0 = stablehlo.constant dense<0> : tensor<i32>
    %c_1 = stablehlo.constant dense<0> : tensor<i32>
    %0 = stablehlo.dynamic_slice %arg0, %arg1, %c, %c_0, %c_1, sizes = [1, 32, 5376, 128] : (tensor<62x32x5376x128xbf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x32x5376x128xbf16>
    %1 = stablehlo.reshape %0 : (tensor<1x32x5376x128xbf16>) -> tensor<32x5376x128xbf16>
    return %1 : tensor<32x5376x128xbf16>
  }
  func.func private @dynamic_index_in_dim_2(%arg0: tensor<62x16x5376x128xbf16>, %arg1: tensor<i32>) -> tensor<16x5376x128xbf16> {
    %c = stablehlo.constant dense<0> : tensor<i32>
    %c_0 = stablehlo.constant dense<0> : tensor<i32>
    %c_1 = stablehlo.constant dense<0> : tensor<i32>
    %0 = stablehlo.dynamic_slice %arg0, %arg1, %c, %c_0, %c_1, sizes = [1, 16, 5376, 128] : (tensor<62x16x5376x128xbf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x16x5376x128xbf16>
    %1 = stablehlo.reshape %0 : (tensor<1x16x5376x128xbf16>) -> tensor<16x5376x128xbf16>
    return %1 : tensor<16x5376x128xbf16>
  }
  func.func private @dynamic_index_in_dim_3(%arg0: tensor<62x32x128x5376xbf16>, %arg1: tensor<i32>) -> tensor<32x128x5376xbf16> {
    %c = stablehlo.constant dense<0> : tensor<i32>
    %c_0 = stablehlo.constant dense<0> : tensor<i32>
    %c_1 = stablehlo.constant dense<0> : tensor<i32>
    %0 = stablehlo.dynamic_slice %arg0, %arg1, %c, %c_0, %c_1, sizes = [1, 32, 128, 5376] : (tensor<62x32x128x5376xbf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x32x128x5376xbf16>
    %1 = stablehlo.reshape %0 : (tensor<1x32x128x5376xbf16>) -> tensor<32x128x5376xbf16>
    return %1 : tensor<32x128x5376xbf16>
  }
  func.func private @dynamic_index_in_dim_4(%arg0: tensor<62x128xbf16>, %arg1: tensor<i32>) -> tensor<128xbf16> {
    %c = stablehlo.constant dense<0> : tensor<i32>
    %0 = stablehlo.dynamic_slice %arg0, %arg1, %c, sizes = [1, 128] : (tensor<62x128xbf16>, tensor<i32>, tensor<i32>) -> tensor<1x128xbf16>
    %1 = stablehlo.reshape %0 : (tensor<1x128xbf16>) -> tensor<128xbf16>
    return %1 : tensor<128xbf16>
  }
  func.func private @dynamic_index_in_dim_5(%arg0: tensor<62x5376x21504xbf16>, %arg1: tensor<i32>) -> tensor<5376x21504xbf16> {
    %c = stablehlo.constant dense<0> : tensor<i32>
    %c_0 = stablehlo.constant dense<0> : tensor<i32>
    %0 = stablehlo.dynamic_slice %arg0, %arg1, %c, %c_0, sizes = [1, 5376, 21504] : (tensor<62x5376x21504xbf16>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x5376x21504xbf16>
    %1 = stablehlo.reshape %0 : (tensor<1x5376x21504xbf16>) -> tensor<5376x21504xbf16>
    return %1 : tensor<5376x21504xbf16>
  }
  func.func private @dynamic_index_in_dim_6(%arg0: tensor<62x21504x5376xbf16>, %arg1: tensor<i32>) -> tensor<21504x5376xbf16> {
    %c = stablehlo.constant dense<0> : tensor<i32>
    %c_0 = stablehlo.constant dense<0> : tensor<i32>
    %0 = stablehlo.dynamic_slice %arg0, %arg1, %c, %c_0, sizes = [1, 21504, 5376] : (tensor<62x21504x5376xbf16>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x21504x5376xbf16>
    %1 = stablehlo.reshape %0 : (tensor<1x21504x5376xbf16>) -> tensor<21504x5376xbf16>
    return %1 : tensor<21504x5376xbf16>
  }
  func.func private @dynamic_index_in_dim_7(%arg0: tensor<62x21504x16xf32>, %arg1: tensor<i32>) -> tensor<21504x16xf32> {
    %c = stablehlo.constant dense<0> : tensor<i32>
    %c_0 = stablehlo.constant dense<0> : tensor<i32>
    %0 = stablehlo.dynamic_slice %arg0, %arg1, %c, %c_0, sizes = [1, 21504, 16] : (tensor<62x21504x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x21504x16xf32>
    %1 = stablehlo.reshape %0 : (tensor<1x21504x16xf32>) -> tensor<21504x16xf32>
    return %1 : tensor<21504x16xf32>
  }
  func.func private @dynamic_index_in_dim_8(%arg0: tensor<62x16x5376xf32>, %arg1: tensor<i32>) -> tensor<16x5376xf32> {
    %c = stablehlo.constant dense<0> : tensor<i32>
    %c_0 = stablehlo.constant dense<0> : tensor<i32>
    %0 = stablehlo.dynamic_slice %arg0, %arg1, %c, %c_0, sizes = [1, 16, 5376] : (tensor<62x16x5376xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x16x5376xf32>
    %1 = stablehlo.reshape %0 : (tensor<1x16x5376xf32>) -> tensor<16x5376xf32>
    return %1 : tensor<16x5376xf32>
  }
  func.func private @dynamic_index_in_dim_9(%arg0: tensor<62x5376x16xf32>, %arg1: tensor<i32>) -> tensor<5376x16xf32> {
    %c = stablehlo.constant dense<0> : tensor<i32>
    %c_0 = stablehlo.constant dense<0> : tensor<i32>
    %0 = stablehlo.dynamic_slice %arg0, %arg1, %c, %c_0, sizes = [1, 5376, 16] : (tensor<62x5376x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x5376x16xf32>
    %1 = stablehlo.reshape %0 : (tensor<1x5376x16xf32>) -> tensor<5376x16xf32>
    return %1 : tensor<5376x16xf32>
  }
  func.func private @dynamic_index_in_dim_10(%arg0: tensor<62x16x21504xf32>, %arg1: tensor<i32>) -> tensor<16x21504xf32> {
    %c = stablehlo.constant dense<0> : tensor<i32>
    %c_0 = stablehlo.constant dense<0> : tensor<i32>
    %0 = stablehlo.dynamic_slice %arg0, %arg1, %c, %c_0, sizes = [1, 16, 21504] : (tensor<62x16x21504xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x16x21504xf32>
    %1 = stablehlo.reshape %0 : (tensor<1x16x21504xf32>) -> tensor<16x21504xf32>
    return %1 : tensor<16x21504xf32>
  }
  func.func private @dynamic_index_in_dim_11(%arg0: tensor<62x16x16x128xf32>, %arg1: tensor<i32>) -> tensor<16x16x128xf32> {
    %c = stablehlo.constant dense<0> : tensor<i32>
    %c_0 = stablehlo.constant dense<0> : tensor<i32>
    %c_1 = stablehlo.constant dense<0> : tensor<i32>
    %0 = stablehlo.dynamic_slice %arg0, %arg1, %c, %c_0, %c_1, sizes = [1, 16, 16, 128] : (tensor<62x16x16x128xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x16x16x128xf32>
    %1 = stablehlo.reshape %0 : (tensor<1x16x16x128xf32>) -> tensor<16x16x128xf32>
    return %1 : tensor<16x16x128xf32>
  }
  func.func private @dynamic_index_in_dim_12(%arg0: tensor<62x32x128x16xf32>, %arg1: tensor<i32>) -> tensor<32x128x16xf32> {
    %c = stablehlo.constant dense<0> : tensor<i32>
    %c_0 = stablehlo.constant dense<0> : tensor<i32>
    %c_1 = stablehlo.constant dense<0> : tensor<i32>
    %0 = stablehlo.dynamic_slice %arg0, %arg1, %c, %c_0, %c_1, sizes = [1, 32, 128, 16] : (tensor<62x32x128x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x32x128x16xf32>
    %1 = stablehlo.reshape %0 : (tensor<1x32x128x16xf32>) -> tensor<32x128x16xf32>
    return %1 : tensor<32x128x16xf32>
  }
  func.func private @dynamic_index_in_dim_13(%arg0: tensor<62x16x32x128xf32>, %arg1: tensor<i32>) -> tensor<16x32x128xf32> {
    %c = stablehlo.constant dense<0> : tensor<i32>
    %c_0 = stablehlo.constant dense<0> : tensor<i32>
    %c_1 = stablehlo.constant dense<0> : tensor<i32>
    %0 = stablehlo.dynamic_slice %arg0, %arg1, %c, %c_0, %c_1, sizes = [1, 16, 32, 128] : (tensor<62x16x32x128xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x16x32x128xf32>
    %1 = stablehlo.reshape %0 : (tensor<1x16x32x128xf32>) -> tensor<16x32x128xf32>
    return %1 : tensor<16x32x128xf32>
  }
  func.func private @dynamic_index_in_dim_14(%arg0: tensor<62xi1>, %arg1: tensor<i32>) -> tensor<i1> {
    %0 = stablehlo.dynamic_slice %arg0, %arg1, sizes = [1] : (tensor<62xi1>, tensor<i32>) -> tensor<1xi1>
    %1 = stablehlo.reshape %0 : (tensor<1xi1>) -> tensor<i1>
    return %1 : tensor<i1>
  }
  func.func private @closed_call_15(%arg0: tensor<2x2048xi32>, %arg1: tensor<2x2048x1xf32>, %arg2: tensor<64xf32>, %arg3: tensor<64xf32>, %arg4: tensor<2x2048x1xf32>, %arg5: tensor<2x2048x5376xbf16>, %arg6: tensor<5376xbf16>, %arg7: tensor<32x5376x128xbf16>, %arg8: tensor<16x5376x128xbf16>, %arg9: tensor<16x5376x128xbf16>, %arg10: tensor<32x128x5376xbf16>, %arg11: tensor<128xbf16>, %arg12: tensor<128xbf16>, %arg13: tensor<5376xbf16>, %arg14: tensor<5376xbf16>, %arg15: tensor<5376x21504xbf16>, %arg16: tensor<5376x21504xbf16>, %arg17: tensor<21504x5376xbf16>, %arg18: tensor<5376xbf16>, %arg19: tensor<21504x16xf32>, %arg20: tensor<16x5376xf32>, %arg21: tensor<5376x16xf32>, %arg22: tensor<16x21504xf32>, %arg23: tensor<5376x16xf32>, %arg24: tensor<16x16x128xf32>, %arg25: tensor<32x128x16xf32>, %arg26: tensor<16x5376xf32>, %arg27: tensor<5376x16xf32>, %arg28: tensor<16x32x128xf32>, %arg29: tensor<5376x16xf32>, %arg30: tensor<16x21504xf32>, %arg31: tensor<5376x16xf32>, %arg32: tensor<16x16x128xf32>, %arg33: tensor<i1>) -> (tensor<2x2048x5376xbf16>, tensor<2x2048x5376xbf16>) {
    %0 = stablehlo.convert %arg5 : (tensor<2x2048x5376xbf16>) -> tensor<2x2048x5376xf32>
    %1 = stablehlo.multiply %0, %0 : tensor<2x2048x5376xf32>
    %cst = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %2 = stablehlo.reduce(%1 init: %cst) applies stablehlo.add across dimensions = [2] : (tensor<2x2048x5376xf32>, tensor<f32>) -> tensor<2x2048xf32>
    %3 = stablehlo.broadcast_in_dim %2, dims = [0, 1] : (tensor<2x2048xf32>) -> tensor<2x2048x1xf32>
    %cst_0 = stablehlo.constant dense<5.376000e+03> : tensor<f32>
    %4 = stablehlo.broadcast_in_dim %cst_0, dims = [] : (tensor<f32>) -> tensor<2x2048x1xf32>
    %5 = stablehlo.divide %3, %4 : tensor<2x2048x1xf32>
    %cst_1 = stablehlo.constant dense<9.99999997E-7> : tensor<f32>
    %6 = stablehlo.broadcast_in_dim %cst_1, dims = [] : (tensor<f32>) -> tensor<2x2048x1xf32>
    %7 = stablehlo.add %5, %6 : tensor<2x2048x1xf32>
    %8 = stablehlo.rsqrt %7 : tensor<2x2048x1xf32>
    %9 = stablehlo.broadcast_in_dim %8, dims = [0, 1, 2] : (tensor<2x2048x1xf32>) -> tensor<2x2048x5376xf32>
    %10 = stablehlo.multiply %0, %9 : tensor<2x2048x5376xf32>
    %11 = stablehlo.convert %arg6 : (tensor<5376xbf16>) -> tensor<5376xf32>
    %cst_2 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %12 = stablehlo.broadcast_in_dim %cst_2, dims = [] : (tensor<f32>) -> tensor<5376xf32>
    %13 = stablehlo.add %12, %11 : tensor<5376xf32>
    %14 = stablehlo.broadcast_in_dim %13, dims = [2] : (tensor<5376xf32>) -> tensor<1x1x5376xf32>
    %15 = stablehlo.broadcast_in_dim %14, dims = [0, 1, 2] : (tensor<1x1x5376xf32>) -> tensor<2x2048x5376xf32>
    %16 = stablehlo.multiply %10, %15 : tensor<2x2048x5376xf32>
    %17 = stablehlo.convert %16 : (tensor<2x2048x5376xf32>) -> tensor<2x2048x5376xbf16>
    %18 = stablehlo.dot_general %17, %arg7, contracting_dims = [2] x [1], precision = [DEFAULT, DEFAULT] : (tensor<2x2048x5376xbf16>, tensor<32x5376x128xbf16>) -> tensor<2x2048x32x128xbf16>
    %19 = stablehlo.convert %arg27 : (tensor<5376x16xf32>) -> tensor<5376x16xbf16>
    %20 = stablehlo.dot_general %17, %19, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<2x2048x5376xbf16>, tensor<5376x16xbf16>) -> tensor<2x2048x16xbf16>
    %cst_3 = stablehlo.constant dense<2.000000e+00> : tensor<bf16>
    %21 = stablehlo.broadcast_in_dim %cst_3, dims = [] : (tensor<bf16>) -> tensor<2x2048x16xbf16>
    %22 = stablehlo.multiply %20, %21 : tensor<2x2048x16xbf16>
    %23 = stablehlo.convert %arg28 : (tensor<16x32x128xf32>) -> tensor<16x32x128xbf16>
    %24 = stablehlo.dot_general %22, %23, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<2x2048x16xbf16>, tensor<16x32x128xbf16>) -> tensor<2x2048x32x128xbf16>
    %25 = stablehlo.add %18, %24 : tensor<2x2048x32x128xbf16>
    %26 = stablehlo.dot_general %17, %arg8, contracting_dims = [2] x [1], precision = [DEFAULT, DEFAULT] : (tensor<2x2048x5376xbf16>, tensor<16x5376x128xbf16>) -> tensor<2x2048x16x128xbf16>
    %27 = stablehlo.convert %arg23 : (tensor<5376x16xf32>) -> tensor<5376x16xbf16>
    %28 = stablehlo.dot_general %17, %27, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<2x2048x5376xbf16>, tensor<5376x16xbf16>) -> tensor<2x2048x16xbf16>
    %cst_4 = stablehlo.constant dense<2.000000e+00> : tensor<bf16>
    %29 = stablehlo.broadcast_in_dim %cst_4, dims = [] : (tensor<bf16>) -> tensor<2x2048x16xbf16>
    %30 = stablehlo.multiply %28, %29 : tensor<2x2048x16xbf16>
    %31 = stablehlo.convert %arg24 : (tensor<16x16x128xf32>) -> tensor<16x16x128xbf16>
    %32 = stablehlo.dot_general %30, %31, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<2x2048x16xbf16>, tensor<16x16x128xbf16>) -> tensor<2x2048x16x128xbf16>
    %33 = stablehlo.add %26, %32 : tensor<2x2048x16x128xbf16>
    %34 = stablehlo.dot_general %17, %arg9, contracting_dims = [2] x [1], precision = [DEFAULT, DEFAULT] : (tensor<2x2048x5376xbf16>, tensor<16x5376x128xbf16>) -> tensor<2x2048x16x128xbf16>
    %35 = stablehlo.convert %arg31 : (tensor<5376x16xf32>) -> tensor<5376x16xbf16>
    %36 = stablehlo.dot_general %17, %35, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<2x2048x5376xbf16>, tensor<5376x16xbf16>) -> tensor<2x2048x16xbf16>
    %cst_5 = stablehlo.constant dense<2.000000e+00> : tensor<bf16>
    %37 = stablehlo.broadcast_in_dim %cst_5, dims = [] : (tensor<bf16>) -> tensor<2x2048x16xbf16>
    %38 = stablehlo.multiply %36, %37 : tensor<2x2048x16xbf16>
    %39 = stablehlo.convert %arg32 : (tensor<16x16x128xf32>) -> tensor<16x16x128xbf16>
    %40 = stablehlo.dot_general %38, %39, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<2x2048x16xbf16>, tensor<16x16x128xbf16>) -> tensor<2x2048x16x128xbf16>
    %41 = stablehlo.add %34, %40 : tensor<2x2048x16x128xbf16>
    %42 = stablehlo.convert %25 : (tensor<2x2048x32x128xbf16>) -> tensor<2x2048x32x128xf32>
    %43 = stablehlo.multiply %42, %42 : tensor<2x2048x32x128xf32>
    %cst_6 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %44 = stablehlo.reduce(%43 init: %cst_6) applies stablehlo.add across dimensions = [3] : (tensor<2x2048x32x128xf32>, tensor<f32>) -> tensor<2x2048x32xf32>
    %45 = stablehlo.broadcast_in_dim %44, dims = [0, 1, 2] : (tensor<2x2048x32xf32>) -> tensor<2x2048x32x1xf32>
    %cst_7 = stablehlo.constant dense<1.280000e+02> : tensor<f32>
    %46 = stablehlo.broadcast_in_dim %cst_7, dims = [] : (tensor<f32>) -> tensor<2x2048x32x1xf32>
    %47 = stablehlo.divide %45, %46 : tensor<2x2048x32x1xf32>
    %cst_8 = stablehlo.constant dense<9.99999997E-7> : tensor<f32>
    %48 = stablehlo.broadcast_in_dim %cst_8, dims = [] : (tensor<f32>) -> tensor<2x2048x32x1xf32>
    %49 = stablehlo.add %47, %48 : tensor<2x2048x32x1xf32>
    %50 = stablehlo.rsqrt %49 : tensor<2x2048x32x1xf32>
    %51 = stablehlo.broadcast_in_dim %50, dims = [0, 1, 2, 3] : (tensor<2x2048x32x1xf32>) -> tensor<2x2048x32x128xf32>
    %52 = stablehlo.multiply %42, %51 : tensor<2x2048x32x128xf32>
    %53 = stablehlo.convert %arg11 : (tensor<128xbf16>) -> tensor<128xf32>
    %cst_9 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %54 = stablehlo.broadcast_in_dim %cst_9, dims = [] : (tensor<f32>) -> tensor<128xf32>
    %55 = stablehlo.add %54, %53 : tensor<128xf32>
    %56 = stablehlo.broadcast_in_dim %55, dims = [3] : (tensor<128xf32>) -> tensor<1x1x1x128xf32>
    %57 = stablehlo.broadcast_in_dim %56, dims = [0, 1, 2, 3] : (tensor<1x1x1x128xf32>) -> tensor<2x2048x32x128xf32>
    %58 = stablehlo.multiply %52, %57 : tensor<2x2048x32x128xf32>
    %59 = stablehlo.convert %58 : (tensor<2x2048x32x128xf32>) -> tensor<2x2048x32x128xbf16>
    %60 = stablehlo.convert %33 : (tensor<2x2048x16x128xbf16>) -> tensor<2x2048x16x128xf32>
    %61 = stablehlo.multiply %60, %60 : tensor<2x2048x16x128xf32>
    %cst_10 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %62 = stablehlo.reduce(%61 init: %cst_10) applies stablehlo.add across dimensions = [3] : (tensor<2x2048x16x128xf32>, tensor<f32>) -> tensor<2x2048x16xf32>
    %63 = stablehlo.broadcast_in_dim %62, dims = [0, 1, 2] : (tensor<2x2048x16xf32>) -> tensor<2x2048x16x1xf32>
    %cst_11 = stablehlo.constant dense<1.280000e+02> : tensor<f32>
    %64 = stablehlo.broadcast_in_dim %cst_11, dims = [] : (tensor<f32>) -> tensor<2x2048x16x1xf32>
    %65 = stablehlo.divide %63, %64 : tensor<2x2048x16x1xf32>
    %cst_12 = stablehlo.constant dense<9.99999997E-7> : tensor<f32>
    %66 = stablehlo.broadcast_in_dim %cst_12, dims = [] : (tensor<f32>) -> tensor<2x2048x16x1xf32>
    %67 = stablehlo.add %65, %66 : tensor<2x2048x16x1xf32>
    %68 = stablehlo.rsqrt %67 : tensor<2x2048x16x1xf32>
    %69 = stablehlo.broadcast_in_dim %68, dims = [0, 1, 2, 3] : (tensor<2x2048x16x1xf32>) -> tensor<2x2048x16x128xf32>
    %70 = stablehlo.multiply %60, %69 : tensor<2x2048x16x128xf32>
    %71 = stablehlo.convert %arg12 : (tensor<128xbf16>) -> tensor<128xf32>
    %cst_13 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %72 = stablehlo.broadcast_in_dim %cst_13, dims = [] : (tensor<f32>) -> tensor<128xf32>
    %73 = stablehlo.add %72, %71 : tensor<128xf32>
    %74 = stablehlo.broadcast_in_dim %73, dims = [3] : (tensor<128xf32>) -> tensor<1x1x1x128xf32>
    %75 = stablehlo.broadcast_in_dim %74, dims = [0, 1, 2, 3] : (tensor<1x1x1x128xf32>) -> tensor<2x2048x16x128xf32>
    %76 = stablehlo.multiply %70, %75 : tensor<2x2048x16x128xf32>
    %77 = stablehlo.convert %76 : (tensor<2x2048x16x128xf32>) -> tensor<2x2048x16x128xbf16>
    %78 = call @_where_16(%arg33, %arg2, %arg3) : (tensor<i1>, tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %79 = stablehlo.broadcast_in_dim %78, dims = [2] : (tensor<64xf32>) -> tensor<1x1x64xf32>
    %80 = stablehlo.broadcast_in_dim %arg1, dims = [0, 1, 2] : (tensor<2x2048x1xf32>) -> tensor<2x2048x64xf32>
    %81 = stablehlo.broadcast_in_dim %79, dims = [0, 1, 2] : (tensor<1x1x64xf32>) -> tensor<2x2048x64xf32>
    %82 = stablehlo.multiply %80, %81 : tensor<2x2048x64xf32>
    %83 = stablehlo.sine %82 : tensor<2x2048x64xf32>
    %84 = stablehlo.broadcast_in_dim %83, dims = [0, 1, 3] : (tensor<2x2048x64xf32>) -> tensor<2x2048x1x64xf32>
    %85 = stablehlo.cosine %82 : tensor<2x2048x64xf32>
    %86 = stablehlo.broadcast_in_dim %85, dims = [0, 1, 3] : (tensor<2x2048x64xf32>) -> tensor<2x2048x1x64xf32>
    %87 = stablehlo.convert %59 : (tensor<2x2048x32x128xbf16>) -> tensor<2x2048x32x128xf32>
    %88 = stablehlo.slice %87 [0:2, 0:2048, 0:32, 0:64] : (tensor<2x2048x32x128xf32>) -> tensor<2x2048x32x64xf32>
    %89 = stablehlo.slice %87 [0:2, 0:2048, 0:32, 64:128] : (tensor<2x2048x32x128xf32>) -> tensor<2x2048x32x64xf32>
    %90 = stablehlo.broadcast_in_dim %86, dims = [0, 1, 2, 3] : (tensor<2x2048x1x64xf32>) -> tensor<2x2048x32x64xf32>
    %91 = stablehlo.multiply %88, %90 : tensor<2x2048x32x64xf32>
    %92 = stablehlo.broadcast_in_dim %84, dims = [0, 1, 2, 3] : (tensor<2x2048x1x64xf32>) -> tensor<2x2048x32x64xf32>
    %93 = stablehlo.multiply %89, %92 : tensor<2x2048x32x64xf32>
    %94 = stablehlo.subtract %91, %93 : tensor<2x2048x32x64xf32>
    %95 = stablehlo.broadcast_in_dim %86, dims = [0, 1, 2, 3] : (tensor<2x2048x1x64xf32>) -> tensor<2x2048x32x64xf32>
    %96 = stablehlo.multiply %89, %95 : tensor<2x2048x32x64xf32>
    %97 = stablehlo.broadcast_in_dim %84, dims = [0, 1, 2, 3] : (tensor<2x2048x1x64xf32>) -> tensor<2x2048x32x64xf32>
    %98 = stablehlo.multiply %88, %97 : tensor<2x2048x32x64xf32>
    %99 = stablehlo.add %96, %98 : tensor<2x2048x32x64xf32>
    %100 = stablehlo.concatenate %94, %99, dim = 3 : (tensor<2x2048x32x64xf32>, tensor<2x2048x32x64xf32>) -> tensor<2x2048x32x128xf32>
    %101 = stablehlo.convert %100 : (tensor<2x2048x32x128xf32>) -> tensor<2x2048x32x128xbf16>
    %102 = stablehlo.broadcast_in_dim %78, dims = [2] : (tensor<64xf32>) -> tensor<1x1x64xf32>
    %103 = stablehlo.broadcast_in_dim %arg4, dims = [0, 1, 2] : (tensor<2x2048x1xf32>) -> tensor<2x2048x64xf32>
    %104 = stablehlo.broadcast_in_dim %102, dims = [0, 1, 2] : (tensor<1x1x64xf32>) -> tensor<2x2048x64xf32>
    %105 = stablehlo.multiply %103, %104 : tensor<2x2048x64xf32>
    %106 = stablehlo.sine %105 : tensor<2x2048x64xf32>
    %107 = stablehlo.broadcast_in_dim %106, dims = [0, 1, 3] : (tensor<2x2048x64xf32>) -> tensor<2x2048x1x64xf32>
    %108 = stablehlo.cosine %105 : tensor<2x2048x64xf32>
    %109 = stablehlo.broadcast_in_dim %108, dims = [0, 1, 3] : (tensor<2x2048x64xf32>) -> tensor<2x2048x1x64xf32>
    %110 = stablehlo.convert %77 : (tensor<2x2048x16x128xbf16>) -> tensor<2x2048x16x128xf32>
    %111 = stablehlo.slice %110 [0:2, 0:2048, 0:16, 0:64] : (tensor<2x2048x16x128xf32>) -> tensor<2x2048x16x64xf32>
    %112 = stablehlo.slice %110 [0:2, 0:2048, 0:16, 64:128] : (tensor<2x2048x16x128xf32>) -> tensor<2x2048x16x64xf32>
    %113 = stablehlo.broadcast_in_dim %109, dims = [0, 1, 2, 3] : (tensor<2x2048x1x64xf32>) -> tensor<2x2048x16x64xf32>
    %114 = stablehlo.multiply %111, %113 : tensor<2x2048x16x64xf32>
    %115 = stablehlo.broadcast_in_dim %107, dims = [0, 1, 2, 3] : (tensor<2x2048x1x64xf32>) -> tensor<2x2048x16x64xf32>
    %116 = stablehlo.multiply %112, %115 : tensor<2x2048x16x64xf32>
    %117 = stablehlo.subtract %114, %116 : tensor<2x2048x16x64xf32>
    %118 = stablehlo.broadcast_in_dim %109, dims = [0, 1, 2, 3] : (tensor<2x2048x1x64xf32>) -> tensor<2x2048x16x64xf32>
    %119 = stablehlo.multiply %112, %118 : tensor<2x2048x16x64xf32>
    %120 = stablehlo.broadcast_in_dim %107, dims = [0, 1, 2, 3] : (tensor<2x2048x1x64xf32>) -> tensor<2x2048x16x64xf32>
    %121 = stablehlo.multiply %111, %120 : tensor<2x2048x16x64xf32>
    %122 = stablehlo.add %119, %121 : tensor<2x2048x16x64xf32>
    %123 = stablehlo.concatenate %117, %122, dim = 3 : (tensor<2x2048x16x64xf32>, tensor<2x2048x16x64xf32>) -> tensor<2x2048x16x128xf32>
    %124 = stablehlo.convert %123 : (tensor<2x2048x16x128xf32>) -> tensor<2x2048x16x128xbf16>
    %125 = stablehlo.convert %arg33 : (tensor<i1>) -> tensor<i32>
    %126 = "stablehlo.case"(%125) ({
      %232 = stablehlo.iota dim = 0 : tensor<2048xi32>
      %233 = stablehlo.broadcast_in_dim %232, dims = [1] : (tensor<2048xi32>) -> tensor<2x2048xi32>
      %234 = stablehlo.broadcast_in_dim %233, dims = [0, 1] : (tensor<2x2048xi32>) -> tensor<2x2048x1xi32>
      %235 = stablehlo.broadcast_in_dim %233, dims = [0, 2] : (tensor<2x2048xi32>) -> tensor<2x1x2048xi32>
      %236 = stablehlo.broadcast_in_dim %235, dims = [0, 1, 2] : (tensor<2x1x2048xi32>) -> tensor<2x2048x2048xi32>
      %237 = stablehlo.broadcast_in_dim %234, dims = [0, 1, 2] : (tensor<2x2048x1xi32>) -> tensor<2x2048x2048xi32>
      %238 = stablehlo.compare LE, %236, %237, SIGNED : (tensor<2x2048x2048xi32>, tensor<2x2048x2048xi32>) -> tensor<2x2048x2048xi1>
      %c = stablehlo.constant dense<0> : tensor<i32>
      %239 = stablehlo.broadcast_in_dim %c, dims = [] : (tensor<i32>) -> tensor<2x1x2048xi32>
      %240 = stablehlo.compare GE, %235, %239, SIGNED : (tensor<2x1x2048xi32>, tensor<2x1x2048xi32>) -> tensor<2x1x2048xi1>
      %241 = stablehlo.broadcast_in_dim %240, dims = [0, 1, 2] : (tensor<2x1x2048xi1>) -> tensor<2x2048x2048xi1>
      %242 = stablehlo.and %238, %241 : tensor<2x2048x2048xi1>
      %243 = stablehlo.broadcast_in_dim %234, dims = [0, 1, 2] : (tensor<2x2048x1xi32>) -> tensor<2x2048x2048xi32>
      %244 = stablehlo.broadcast_in_dim %235, dims = [0, 1, 2] : (tensor<2x1x2048xi32>) -> tensor<2x2048x2048xi32>
      %245 = stablehlo.subtract %243, %244 : tensor<2x2048x2048xi32>
      %c_34 = stablehlo.constant dense<1024> : tensor<i32>
      %246 = stablehlo.broadcast_in_dim %c_34, dims = [] : (tensor<i32>) -> tensor<2x2048x2048xi32>
      %247 = stablehlo.compare LT, %245, %246, SIGNED : (tensor<2x2048x2048xi32>, tensor<2x2048x2048xi32>) -> tensor<2x2048x2048xi1>
      %248 = stablehlo.and %242, %247 : tensor<2x2048x2048xi1>
      %249 = stablehlo.broadcast_in_dim %arg0, dims = [0, 1] : (tensor<2x2048xi32>) -> tensor<2x2048x1xi32>
      %250 = stablehlo.broadcast_in_dim %arg0, dims = [0, 2] : (tensor<2x2048xi32>) -> tensor<2x1x2048xi32>
      %251 = stablehlo.broadcast_in_dim %249, dims = [0, 1, 2] : (tensor<2x2048x1xi32>) -> tensor<2x2048x2048xi32>
      %252 = stablehlo.broadcast_in_dim %250, dims = [0, 1, 2] : (tensor<2x1x2048xi32>) -> tensor<2x2048x2048xi32>
      %253 = stablehlo.compare EQ, %251, %252, SIGNED : (tensor<2x2048x2048xi32>, tensor<2x2048x2048xi32>) -> tensor<2x2048x2048xi1>
      %254 = stablehlo.and %248, %253 : tensor<2x2048x2048xi1>
      %255 = stablehlo.reshape %101 : (tensor<2x2048x32x128xbf16>) -> tensor<2x2048x16x2x128xbf16>
      %256 = stablehlo.dot_general %124, %255, batching_dims = [0, 2] x [0, 2], contracting_dims = [3] x [4], precision = [DEFAULT, DEFAULT] : (tensor<2x2048x16x128xbf16>, tensor<2x2048x16x2x128xbf16>) -> tensor<2x16x2048x2048x2xf32>
      %257 = stablehlo.transpose %256, dims = [0, 1, 4, 3, 2] : (tensor<2x16x2048x2048x2xf32>) -> tensor<2x16x2x2048x2048xf32>
      %cst_35 = stablehlo.constant dense<0.0771516785> : tensor<f32>
      %258 = stablehlo.broadcast_in_dim %cst_35, dims = [] : (tensor<f32>) -> tensor<2x16x2x2048x2048xf32>
      %259 = stablehlo.multiply %257, %258 : tensor<2x16x2x2048x2048xf32>
      %260 = stablehlo.broadcast_in_dim %254, dims = [0, 3, 4] : (tensor<2x2048x2048xi1>) -> tensor<2x1x1x2048x2048xi1>
      %cst_36 = stablehlo.constant dense<-2.38197633E+38> : tensor<f32>
      %261 = func.call @_where_17(%260, %259, %cst_36) : (tensor<2x1x1x2048x2048xi1>, tensor<2x16x2x2048x2048xf32>, tensor<f32>) -> tensor<2x16x2x2048x2048xf32>
      %cst_37 = stablehlo.constant dense<0xFF800000> : tensor<f32>
      %262 = stablehlo.reduce(%261 init: %cst_37) applies stablehlo.maximum across dimensions = [4] : (tensor<2x16x2x2048x2048xf32>, tensor<f32>) -> tensor<2x16x2x2048xf32>
      %cst_38 = stablehlo.constant dense<0xFF800000> : tensor<f32>
      %263 = stablehlo.broadcast_in_dim %cst_38, dims = [] : (tensor<f32>) -> tensor<2x16x2x2048xf32>
      %264 = stablehlo.maximum %263, %262 : tensor<2x16x2x2048xf32>
      %265 = stablehlo.broadcast_in_dim %264, dims = [0, 1, 2, 3] : (tensor<2x16x2x2048xf32>) -> tensor<2x16x2x2048x1xf32>
      %266 = stablehlo.broadcast_in_dim %265, dims = [0, 1, 2, 3, 4] : (tensor<2x16x2x2048x1xf32>) -> tensor<2x16x2x2048x2048xf32>
      %267 = stablehlo.subtract %261, %266 : tensor<2x16x2x2048x2048xf32>
      %268 = stablehlo.exponential %267 : tensor<2x16x2x2048x2048xf32>
      %cst_39 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
      %269 = stablehlo.reduce(%268 init: %cst_39) applies stablehlo.add across dimensions = [4] : (tensor<2x16x2x2048x2048xf32>, tensor<f32>) -> tensor<2x16x2x2048xf32>
      %270 = stablehlo.broadcast_in_dim %269, dims = [0, 1, 2, 3] : (tensor<2x16x2x2048xf32>) -> tensor<2x16x2x2048x1xf32>
      %271 = stablehlo.broadcast_in_dim %270, dims = [0, 1, 2, 3, 4] : (tensor<2x16x2x2048x1xf32>) -> tensor<2x16x2x2048x2048xf32>
      %272 = stablehlo.divide %268, %271 : tensor<2x16x2x2048x2048xf32>
      %273 = stablehlo.convert %272 : (tensor<2x16x2x2048x2048xf32>) -> tensor<2x16x2x2048x2048xbf16>
      %274 = stablehlo.dot_general %41, %273, batching_dims = [0, 2] x [0, 1], contracting_dims = [1] x [4], precision = [DEFAULT, DEFAULT] : (tensor<2x2048x16x128xbf16>, tensor<2x16x2x2048x2048xbf16>) -> tensor<2x16x128x2x2048xbf16>
      %275 = stablehlo.transpose %274, dims = [0, 4, 1, 3, 2] : (tensor<2x16x128x2x2048xbf16>) -> tensor<2x2048x16x2x128xbf16>
      %276 = stablehlo.reshape %275 : (tensor<2x2048x16x2x128xbf16>) -> tensor<2x2048x32x128xbf16>
      stablehlo.return %276 : tensor<2x2048x32x128xbf16>
    }, {
      %232 = stablehlo.iota dim = 0 : tensor<2048xi32>
      %233 = stablehlo.broadcast_in_dim %232, dims = [1] : (tensor<2048xi32>) -> tensor<2x2048xi32>
      %234 = stablehlo.broadcast_in_dim %233, dims = [0, 1] : (tensor<2x2048xi32>) -> tensor<2x2048x1xi32>
      %235 = stablehlo.broadcast_in_dim %233, dims = [0, 2] : (tensor<2x2048xi32>) -> tensor<2x1x2048xi32>
      %236 = stablehlo.broadcast_in_dim %235, dims = [0, 1, 2] : (tensor<2x1x2048xi32>) -> tensor<2x2048x2048xi32>
      %237 = stablehlo.broadcast_in_dim %234, dims = [0, 1, 2] : (tensor<2x2048x1xi32>) -> tensor<2x2048x2048xi32>
      %238 = stablehlo.compare LE, %236, %237, SIGNED : (tensor<2x2048x2048xi32>, tensor<2x2048x2048xi32>) -> tensor<2x2048x2048xi1>
      %c = stablehlo.constant dense<0> : tensor<i32>
      %239 = stablehlo.broadcast_in_dim %c, dims = [] : (tensor<i32>) -> tensor<2x1x2048xi32>
      %240 = stablehlo.compare GE, %235, %239, SIGNED : (tensor<2x1x2048xi32>, tensor<2x1x2048xi32>) -> tensor<2x1x2048xi1>
      %241 = stablehlo.broadcast_in_dim %240, dims = [0, 1, 2] : (tensor<2x1x2048xi1>) -> tensor<2x2048x2048xi1>
      %242 = stablehlo.and %238, %241 : tensor<2x2048x2048xi1>
      %243 = stablehlo.broadcast_in_dim %arg0, dims = [0, 1] : (tensor<2x2048xi32>) -> tensor<2x2048x1xi32>
      %244 = stablehlo.broadcast_in_dim %arg0, dims = [0, 2] : (tensor<2x2048xi32>) -> tensor<2x1x2048xi32>
      %245 = stablehlo.broadcast_in_dim %243, dims = [0, 1, 2] : (tensor<2x2048x1xi32>) -> tensor<2x2048x2048xi32>
      %246 = stablehlo.broadcast_in_dim %244, dims = [0, 1, 2] : (tensor<2x1x2048xi32>) -> tensor<2x2048x2048xi32>
      %247 = stablehlo.compare EQ, %245, %246, SIGNED : (tensor<2x2048x2048xi32>, tensor<2x2048x2048xi32>) -> tensor<2x2048x2048xi1>
      %248 = stablehlo.and %242, %247 : tensor<2x2048x2048xi1>
      %249 = stablehlo.reshape %101 : (tensor<2x2048x32x128xbf16>) -> tensor<2x2048x16x2x128xbf16>
      %250 = stablehlo.dot_general %124, %249, batching_dims = [0, 2] x [0, 2], contracting_dims = [3] x [4], precision = [DEFAULT, DEFAULT] : (tensor<2x2048x16x128xbf16>, tensor<2x2048x16x2x128xbf16>) -> tensor<2x16x2048x2048x2xf32>
      %251 = stablehlo.transpose %250, dims = [0, 1, 4, 3, 2] : (tensor<2x16x2048x2048x2xf32>) -> tensor<2x16x2x2048x2048xf32>
      %cst_34 = stablehlo.constant dense<0.0771516785> : tensor<f32>
      %252 = stablehlo.broadcast_in_dim %cst_34, dims = [] : (tensor<f32>) -> tensor<2x16x2x2048x2048xf32>
      %253 = stablehlo.multiply %251, %252 : tensor<2x16x2x2048x2048xf32>
      %254 = stablehlo.broadcast_in_dim %248, dims = [0, 3, 4] : (tensor<2x2048x2048xi1>) -> tensor<2x1x1x2048x2048xi1>
      %cst_35 = stablehlo.constant dense<-2.38197633E+38> : tensor<f32>
      %255 = func.call @_where_17(%254, %253, %cst_35) : (tensor<2x1x1x2048x2048xi1>, tensor<2x16x2x2048x2048xf32>, tensor<f32>) -> tensor<2x16x2x2048x2048xf32>
      %cst_36 = stablehlo.constant dense<0xFF800000> : tensor<f32>
      %256 = stablehlo.reduce(%255 init: %cst_36) applies stablehlo.maximum across dimensions = [4] : (tensor<2x16x2x2048x2048xf32>, tensor<f32>) -> tensor<2x16x2x2048xf32>
      %cst_37 = stablehlo.constant dense<0xFF800000> : tensor<f32>
      %257 = stablehlo.broadcast_in_dim %cst_37, dims = [] : (tensor<f32>) -> tensor<2x16x2x2048xf32>
      %258 = stablehlo.maximum %257, %256 : tensor<2x16x2x2048xf32>
      %259 = stablehlo.broadcast_in_dim %258, dims = [0, 1, 2, 3] : (tensor<2x16x2x2048xf32>) -> tensor<2x16x2x2048x1xf32>
      %260 = stablehlo.broadcast_in_dim %259, dims = [0, 1, 2, 3, 4] : (tensor<2x16x2x2048x1xf32>) -> tensor<2x16x2x2048x2048xf32>
      %261 = stablehlo.subtract %255, %260 : tensor<2x16x2x2048x2048xf32>
      %262 = stablehlo.exponential %261 : tensor<2x16x2x2048x2048xf32>
      %cst_38 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
      %263 = stablehlo.reduce(%262 init: %cst_38) applies stablehlo.add across dimensions = [4] : (tensor<2x16x2x2048x2048xf32>, tensor<f32>) -> tensor<2x16x2x2048xf32>
      %264 = stablehlo.broadcast_in_dim %263, dims = [0, 1, 2, 3] : (tensor<2x16x2x2048xf32>) -> tensor<2x16x2x2048x1xf32>
      %265 = stablehlo.broadcast_in_dim %264, dims = [0, 1, 2, 3, 4] : (tensor<2x16x2x2048x1xf32>) -> tensor<2x16x2x2048x2048xf32>
      %266 = stablehlo.divide %262, %265 : tensor<2x16x2x2048x2048xf32>
      %267 = stablehlo.convert %266 : (tensor<2x16x2x2048x2048xf32>) -> tensor<2x16x2x2048x2048xbf16>
      %268 = stablehlo.dot_general %41, %267, batching_dims = [0, 2] x [0, 1], contracting_dims = [1] x [4], precision = [DEFAULT, DEFAULT] : (tensor<2x2048x16x128xbf16>, tensor<2x16x2x2048x2048xbf16>) -> tensor<2x16x128x2x2048xbf16>
      %269 = stablehlo.transpose %268, dims = [0, 4, 1, 3, 2] : (tensor<2x16x128x2x2048xbf16>) -> tensor<2x2048x16x2x128xbf16>
      %270 = stablehlo.reshape %269 : (tensor<2x2048x16x2x128xbf16>) -> tensor<2x2048x32x128xbf16>
      stablehlo.return %270 : tensor<2x2048x32x128xbf16>
    }) : (tensor<i32>) -> tensor<2x2048x32x128xbf16>
    %127 = stablehlo.reshape %126 : (tensor<2x2048x32x128xbf16>) -> tensor<2x2048x4096xbf16>
    %128 = stablehlo.reshape %arg10 : (tensor<32x128x5376xbf16>) -> tensor<4096x5376xbf16>
    %129 = stablehlo.reshape %arg25 : (tensor<32x128x16xf32>) -> tensor<4096x16xf32>
    %130 = stablehlo.dot_general %127, %128, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<2x2048x4096xbf16>, tensor<4096x5376xbf16>) -> tensor<2x2048x5376xbf16>
    %131 = stablehlo.convert %129 : (tensor<4096x16xf32>) -> tensor<4096x16xbf16>
    %132 = stablehlo.dot_general %127, %131, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<2x2048x4096xbf16>, tensor<4096x16xbf16>) -> tensor<2x2048x16xbf16>
    %cst_14 = stablehlo.constant dense<2.000000e+00> : tensor<bf16>
    %133 = stablehlo.broadcast_in_dim %cst_14, dims = [] : (tensor<bf16>) -> tensor<2x2048x16xbf16>
    %134 = stablehlo.multiply %132, %133 : tensor<2x2048x16xbf16>
    %135 = stablehlo.convert %arg26 : (tensor<16x5376xf32>) -> tensor<16x5376xbf16>
    %136 = stablehlo.dot_general %134, %135, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<2x2048x16xbf16>, tensor<16x5376xbf16>) -> tensor<2x2048x5376xbf16>
    %137 = stablehlo.add %130, %136 : tensor<2x2048x5376xbf16>
    %138 = stablehlo.convert %137 : (tensor<2x2048x5376xbf16>) -> tensor<2x2048x5376xf32>
    %139 = stablehlo.multiply %138, %138 : tensor<2x2048x5376xf32>
    %cst_15 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %140 = stablehlo.reduce(%139 init: %cst_15) applies stablehlo.add across dimensions = [2] : (tensor<2x2048x5376xf32>, tensor<f32>) -> tensor<2x2048xf32>
    %141 = stablehlo.broadcast_in_dim %140, dims = [0, 1] : (tensor<2x2048xf32>) -> tensor<2x2048x1xf32>
    %cst_16 = stablehlo.constant dense<5.376000e+03> : tensor<f32>
    %142 = stablehlo.broadcast_in_dim %cst_16, dims = [] : (tensor<f32>) -> tensor<2x2048x1xf32>
    %143 = stablehlo.divide %141, %142 : tensor<2x2048x1xf32>
    %cst_17 = stablehlo.constant dense<9.99999997E-7> : tensor<f32>
    %144 = stablehlo.broadcast_in_dim %cst_17, dims = [] : (tensor<f32>) -> tensor<2x2048x1xf32>
    %145 = stablehlo.add %143, %144 : tensor<2x2048x1xf32>
    %146 = stablehlo.rsqrt %145 : tensor<2x2048x1xf32>
    %147 = stablehlo.broadcast_in_dim %146, dims = [0, 1, 2] : (tensor<2x2048x1xf32>) -> tensor<2x2048x5376xf32>
    %148 = stablehlo.multiply %138, %147 : tensor<2x2048x5376xf32>
    %149 = stablehlo.convert %arg13 : (tensor<5376xbf16>) -> tensor<5376xf32>
    %cst_18 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %150 = stablehlo.broadcast_in_dim %cst_18, dims = [] : (tensor<f32>) -> tensor<5376xf32>
    %151 = stablehlo.add %150, %149 : tensor<5376xf32>
    %152 = stablehlo.broadcast_in_dim %151, dims = [2] : (tensor<5376xf32>) -> tensor<1x1x5376xf32>
    %153 = stablehlo.broadcast_in_dim %152, dims = [0, 1, 2] : (tensor<1x1x5376xf32>) -> tensor<2x2048x5376xf32>
    %154 = stablehlo.multiply %148, %153 : tensor<2x2048x5376xf32>
    %155 = stablehlo.convert %154 : (tensor<2x2048x5376xf32>) -> tensor<2x2048x5376xbf16>
    %156 = stablehlo.add %arg5, %155 : tensor<2x2048x5376xbf16>
    %157 = stablehlo.convert %156 : (tensor<2x2048x5376xbf16>) -> tensor<2x2048x5376xf32>
    %158 = stablehlo.multiply %157, %157 : tensor<2x2048x5376xf32>
    %cst_19 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %159 = stablehlo.reduce(%158 init: %cst_19) applies stablehlo.add across dimensions = [2] : (tensor<2x2048x5376xf32>, tensor<f32>) -> tensor<2x2048xf32>
    %160 = stablehlo.broadcast_in_dim %159, dims = [0, 1] : (tensor<2x2048xf32>) -> tensor<2x2048x1xf32>
    %cst_20 = stablehlo.constant dense<5.376000e+03> : tensor<f32>
    %161 = stablehlo.broadcast_in_dim %cst_20, dims = [] : (tensor<f32>) -> tensor<2x2048x1xf32>
    %162 = stablehlo.divide %160, %161 : tensor<2x2048x1xf32>
    %cst_21 = stablehlo.constant dense<9.99999997E-7> : tensor<f32>
    %163 = stablehlo.broadcast_in_dim %cst_21, dims = [] : (tensor<f32>) -> tensor<2x2048x1xf32>
    %164 = stablehlo.add %162, %163 : tensor<2x2048x1xf32>
    %165 = stablehlo.rsqrt %164 : tensor<2x2048x1xf32>
    %166 = stablehlo.broadcast_in_dim %165, dims = [0, 1, 2] : (tensor<2x2048x1xf32>) -> tensor<2x2048x5376xf32>
    %167 = stablehlo.multiply %157, %166 : tensor<2x2048x5376xf32>
    %168 = stablehlo.convert %arg14 : (tensor<5376xbf16>) -> tensor<5376xf32>
    %cst_22 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %169 = stablehlo.broadcast_in_dim %cst_22, dims = [] : (tensor<f32>) -> tensor<5376xf32>
    %170 = stablehlo.add %169, %168 : tensor<5376xf32>
    %171 = stablehlo.broadcast_in_dim %170, dims = [2] : (tensor<5376xf32>) -> tensor<1x1x5376xf32>
    %172 = stablehlo.broadcast_in_dim %171, dims = [0, 1, 2] : (tensor<1x1x5376xf32>) -> tensor<2x2048x5376xf32>
    %173 = stablehlo.multiply %167, %172 : tensor<2x2048x5376xf32>
    %174 = stablehlo.convert %173 : (tensor<2x2048x5376xf32>) -> tensor<2x2048x5376xbf16>
    %175 = stablehlo.dot_general %174, %arg15, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<2x2048x5376xbf16>, tensor<5376x21504xbf16>) -> tensor<2x2048x21504xbf16>
    %176 = stablehlo.convert %arg21 : (tensor<5376x16xf32>) -> tensor<5376x16xbf16>
    %177 = stablehlo.dot_general %174, %176, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<2x2048x5376xbf16>, tensor<5376x16xbf16>) -> tensor<2x2048x16xbf16>
    %cst_23 = stablehlo.constant dense<2.000000e+00> : tensor<bf16>
    %178 = stablehlo.broadcast_in_dim %cst_23, dims = [] : (tensor<bf16>) -> tensor<2x2048x16xbf16>
    %179 = stablehlo.multiply %177, %178 : tensor<2x2048x16xbf16>
    %180 = stablehlo.convert %arg22 : (tensor<16x21504xf32>) -> tensor<16x21504xbf16>
    %181 = stablehlo.dot_general %179, %180, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<2x2048x16xbf16>, tensor<16x21504xbf16>) -> tensor<2x2048x21504xbf16>
    %182 = stablehlo.add %175, %181 : tensor<2x2048x21504xbf16>
    %183 = stablehlo.multiply %182, %182 : tensor<2x2048x21504xbf16>
    %184 = stablehlo.multiply %183, %182 : tensor<2x2048x21504xbf16>
    %cst_24 = stablehlo.constant dense<4.467770e-02> : tensor<bf16>
    %185 = stablehlo.broadcast_in_dim %cst_24, dims = [] : (tensor<bf16>) -> tensor<2x2048x21504xbf16>
    %186 = stablehlo.multiply %185, %184 : tensor<2x2048x21504xbf16>
    %187 = stablehlo.add %182, %186 : tensor<2x2048x21504xbf16>
    %cst_25 = stablehlo.constant dense<7.968750e-01> : tensor<bf16>
    %188 = stablehlo.broadcast_in_dim %cst_25, dims = [] : (tensor<bf16>) -> tensor<2x2048x21504xbf16>
    %189 = stablehlo.multiply %188, %187 : tensor<2x2048x21504xbf16>
    %190 = stablehlo.tanh %189 : tensor<2x2048x21504xbf16>
    %cst_26 = stablehlo.constant dense<1.000000e+00> : tensor<bf16>
    %191 = stablehlo.broadcast_in_dim %cst_26, dims = [] : (tensor<bf16>) -> tensor<2x2048x21504xbf16>
    %192 = stablehlo.add %191, %190 : tensor<2x2048x21504xbf16>
    %cst_27 = stablehlo.constant dense<5.000000e-01> : tensor<bf16>
    %193 = stablehlo.broadcast_in_dim %cst_27, dims = [] : (tensor<bf16>) -> tensor<2x2048x21504xbf16>
    %194 = stablehlo.multiply %193, %192 : tensor<2x2048x21504xbf16>
    %195 = stablehlo.multiply %182, %194 : tensor<2x2048x21504xbf16>
    %196 = stablehlo.dot_general %174, %arg16, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<2x2048x5376xbf16>, tensor<5376x21504xbf16>) -> tensor<2x2048x21504xbf16>
    %197 = stablehlo.convert %arg29 : (tensor<5376x16xf32>) -> tensor<5376x16xbf16>
    %198 = stablehlo.dot_general %174, %197, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<2x2048x5376xbf16>, tensor<5376x16xbf16>) -> tensor<2x2048x16xbf16>
    %cst_28 = stablehlo.constant dense<2.000000e+00> : tensor<bf16>
    %199 = stablehlo.broadcast_in_dim %cst_28, dims = [] : (tensor<bf16>) -> tensor<2x2048x16xbf16>
    %200 = stablehlo.multiply %198, %199 : tensor<2x2048x16xbf16>
    %201 = stablehlo.convert %arg30 : (tensor<16x21504xf32>) -> tensor<16x21504xbf16>
    %202 = stablehlo.dot_general %200, %201, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<2x2048x16xbf16>, tensor<16x21504xbf16>) -> tensor<2x2048x21504xbf16>
    %203 = stablehlo.add %196, %202 : tensor<2x2048x21504xbf16>
    %204 = stablehlo.multiply %195, %203 : tensor<2x2048x21504xbf16>
    %205 = stablehlo.dot_general %204, %arg17, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<2x2048x21504xbf16>, tensor<21504x5376xbf16>) -> tensor<2x2048x5376xbf16>
    %206 = stablehlo.convert %arg19 : (tensor<21504x16xf32>) -> tensor<21504x16xbf16>
    %207 = stablehlo.dot_general %204, %206, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<2x2048x21504xbf16>, tensor<21504x16xbf16>) -> tensor<2x2048x16xbf16>
    %cst_29 = stablehlo.constant dense<2.000000e+00> : tensor<bf16>
    %208 = stablehlo.broadcast_in_dim %cst_29, dims = [] : (tensor<bf16>) -> tensor<2x2048x16xbf16>
    %209 = stablehlo.multiply %207, %208 : tensor<2x2048x16xbf16>
    %210 = stablehlo.convert %arg20 : (tensor<16x5376xf32>) -> tensor<16x5376xbf16>
    %211 = stablehlo.dot_general %209, %210, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<2x2048x16xbf16>, tensor<16x5376xbf16>) -> tensor<2x2048x5376xbf16>
    %212 = stablehlo.add %205, %211 : tensor<2x2048x5376xbf16>
    %213 = stablehlo.convert %212 : (tensor<2x2048x5376xbf16>) -> tensor<2x2048x5376xf32>
    %214 = stablehlo.multiply %213, %213 : tensor<2x2048x5376xf32>
    %cst_30 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %215 = stablehlo.reduce(%214 init: %cst_30) applies stablehlo.add across dimensions = [2] : (tensor<2x2048x5376xf32>, tensor<f32>) -> tensor<2x2048xf32>
    %216 = stablehlo.broadcast_in_dim %215, dims = [0, 1] : (tensor<2x2048xf32>) -> tensor<2x2048x1xf32>
    %cst_31 = stablehlo.constant dense<5.376000e+03> : tensor<f32>
    %217 = stablehlo.broadcast_in_dim %cst_31, dims = [] : (tensor<f32>) -> tensor<2x2048x1xf32>
    %218 = stablehlo.divide %216, %217 : tensor<2x2048x1xf32>
    %cst_32 = stablehlo.constant dense<9.99999997E-7> : tensor<f32>
    %219 = stablehlo.broadcast_in_dim %cst_32, dims = [] : (tensor<f32>) -> tensor<2x2048x1xf32>
    %220 = stablehlo.add %218, %219 : tensor<2x2048x1xf32>
    %221 = stablehlo.rsqrt %220 : tensor<2x2048x1xf32>
    %222 = stablehlo.broadcast_in_dim %221, dims = [0, 1, 2] : (tensor<2x2048x1xf32>) -> tensor<2x2048x5376xf32>
    %223 = stablehlo.multiply %213, %222 : tensor<2x2048x5376xf32>
    %224 = stablehlo.convert %arg18 : (tensor<5376xbf16>) -> tensor<5376xf32>
    %cst_33 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %225 = stablehlo.broadcast_in_dim %cst_33, dims = [] : (tensor<f32>) -> tensor<5376xf32>
    %226 = stablehlo.add %225, %224 : tensor<5376xf32>
    %227 = stablehlo.broadcast_in_dim %226, dims = [2] : (tensor<5376xf32>) -> tensor<1x1x5376xf32>
    %228 = stablehlo.broadcast_in_dim %227, dims = [0, 1, 2] : (tensor<1x1x5376xf32>) -> tensor<2x2048x5376xf32>
    %229 = stablehlo.multiply %223, %228 : tensor<2x2048x5376xf32>
    %230 = stablehlo.convert %229 : (tensor<2x2048x5376xf32>) -> tensor<2x2048x5376xbf16>
    %231 = stablehlo.add %156, %230 : tensor<2x2048x5376xbf16>
    return %231, %arg5 : tensor<2x2048x5376xbf16>, tensor<2x2048x5376xbf16>
  }
  func.func private @_where_16(%arg0: tensor<i1>, %arg1: tensor<64xf32>, %arg2: tensor<64xf32>) -> tensor<64xf32> {
    %0 = stablehlo.select %arg0, %arg2, %arg1 : tensor<i1>, tensor<64xf32>
    return %0 : tensor<64xf32>
  }
  func.func private @_where_17(%arg0: tensor<2x1x1x2048x2048xi1>, %arg1: tensor<2x16x2x2048x2048xf32>, %arg2: tensor<f32>) -> tensor<2x16x2x2048x2048xf32> {
    %0 = stablehlo.convert %arg2 : tensor<f32>
    %1 = stablehlo.broadcast_in_dim %arg0, dims = [0, 1, 2, 3, 4] : (tensor<2x1x1x2048x2048xi1>) -> tensor<2x16x2x2048x2048xi1>
    %2 = stablehlo.broadcast_in_dim %0, dims = [] : (tensor<f32>) -> tensor<2x16x2x2048x2048xf32>
    %3 = stablehlo.select %1, %arg1, %2 : tensor<2x16x2x2048x2048xi1>, tensor<2x16x2x2048x2048xf32>
    return %3 : tensor<2x16x2x2048x2048xf32>
  }
  func.func private @dynamic_update_index_in_dim(%arg0: tensor<62x2x2048x5376xbf16>, %arg1: tensor<2x2048x5376xbf16>, %arg2: tensor<i32>) -> tensor<62x2x2048x5376xbf16> {
    %0 = stablehlo.broadcast_in_dim %arg1, dims = [1, 2, 3] : (tensor<2x2048x5376xbf16>) -> tensor<1x2x2048x5376xbf16>
    %c = stablehlo.constant dense<0> : tensor<i32>
    %c_0 = stablehlo.constant dense<0> : tensor<i32>
    %c_1 = stablehlo.constant dense<0> : tensor<i32>
    %1 = stablehlo.dynamic_update_slice %arg0, %0, %arg2, %c, %c_0, %c_1 : (tensor<62x2x2048x5376xbf16>, tensor<1x2x2048x5376xbf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<62x2x2048x5376xbf16>
    return %1 : tensor<62x2x2048x5376xbf16>
  }
  func.func private @_pad(%arg0: tensor<2x2047x5376xbf16>, %arg1: tensor<i32>) -> tensor<2x2048x5376xbf16> {
    %0 = stablehlo.convert %arg1 : (tensor<i32>) -> tensor<bf16>
    %1 = stablehlo.pad %arg0, %0, low = [0, 0, 0], high = [0, 1, 0], interior = [0, 0, 0] : (tensor<2x2047x5376xbf16>, tensor<bf16>) -> tensor<2x2048x5376xbf16>
    return %1 : tensor<2x2048x5376xbf16>
  }
  func.func private @_pad_18(%arg0: tensor<2x2047xi32>, %arg1: tensor<i32>) -> tensor<2x2048xi32> {
    %0 = stablehlo.convert %arg1 : tensor<i32>
    %1 = stablehlo.pad %arg0, %0, low = [0, 0], high = [0, 1], interior = [0, 0] : (tensor<2x2047xi32>, tensor<i32>) -> tensor<2x2048xi32>
    return %1 : tensor<2x2048xi32>
  }
  func.func private @_pad_19(%arg0: tensor<2x2047xf32>, %arg1: tensor<i32>) -> tensor<2x2048xf32> {
    %0 = stablehlo.convert %arg1 : (tensor<i32>) -> tensor<f32>
    %1 = stablehlo.pad %arg0, %0, low = [0, 0], high = [0, 1], interior = [0, 0] : (tensor<2x2047xf32>, tensor<f32>) -> tensor<2x2048xf32>
    return %1 : tensor<2x2048xf32>
  }
  func.func private @dynamic_index_in_dim_20(%arg0: tensor<4x2x512x5376xbf16>, %arg1: tensor<i32>) -> tensor<2x512x5376xbf16> {
    %c = stablehlo.constant dense<0> : tensor<i32>
    %c_0 = stablehlo.constant dense<0> : tensor<i32>
    %c_1 = stablehlo.constant dense<0> : tensor<i32>
    %0 = stablehlo.dynamic_slice %arg0, %arg1, %c, %c_0, %c_1, sizes = [1, 2, 512, 5376] : (tensor<4x2x512x5376xbf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x512x5376xbf16>
    %1 = stablehlo.reshape %0 : (tensor<1x2x512x5376xbf16>) -> tensor<2x512x5376xbf16>
    return %1 : tensor<2x512x5376xbf16>
  }
  func.func private @dynamic_index_in_dim_21(%arg0: tensor<4x2x512xi32>, %arg1: tensor<i32>) -> tensor<2x512xi32> {
    %c = stablehlo.constant dense<0> : tensor<i32>
    %c_0 = stablehlo.constant dense<0> : tensor<i32>
    %0 = stablehlo.dynamic_slice %arg0, %arg1, %c, %c_0, sizes = [1, 2, 512] : (tensor<4x2x512xi32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x512xi32>
    %1 = stablehlo.reshape %0 : (tensor<1x2x512xi32>) -> tensor<2x512xi32>
    return %1 : tensor<2x512xi32>
  }
  func.func private @dynamic_index_in_dim_22(%arg0: tensor<4x2x512xf32>, %arg1: tensor<i32>) -> tensor<2x512xf32> {
    %c = stablehlo.constant dense<0> : tensor<i32>
    %c_0 = stablehlo.constant dense<0> : tensor<i32>
    %0 = stablehlo.dynamic_slice %arg0, %arg1, %c, %c_0, sizes = [1, 2, 512] : (tensor<4x2x512xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x512xf32>
    %1 = stablehlo.reshape %0 : (tensor<1x2x512xf32>) -> tensor<2x512xf32>
    return %1 : tensor<2x512xf32>
  }
  func.func private @closed_call_23(%arg0: tensor<5376xbf16>, %arg1: tensor<262208x5376xbf16>, %arg2: tensor<2x512x5376xbf16>, %arg3: tensor<2x512xi32>, %arg4: tensor<2x512xf32>) -> (tensor<f32>, tensor<2x512x5376xbf16>) {
    %0 = stablehlo.convert %arg2 : (tensor<2x512x5376xbf16>) -> tensor<2x512x5376xf32>
    %1 = stablehlo.multiply %0, %0 : tensor<2x512x5376xf32>
    %cst = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %2 = stablehlo.reduce(%1 init: %cst) applies stablehlo.add across dimensions = [2] : (tensor<2x512x5376xf32>, tensor<f32>) -> tensor<2x512xf32>
    %3 = stablehlo.broadcast_in_dim %2, dims = [0, 1] : (tensor<2x512xf32>) -> tensor<2x512x1xf32>
    %cst_0 = stablehlo.constant dense<5.376000e+03> : tensor<f32>
    %4 = stablehlo.broadcast_in_dim %cst_0, dims = [] : (tensor<f32>) -> tensor<2x512x1xf32>
    %5 = stablehlo.divide %3, %4 : tensor<2x512x1xf32>
    %cst_1 = stablehlo.constant dense<9.99999997E-7> : tensor<f32>
    %6 = stablehlo.broadcast_in_dim %cst_1, dims = [] : (tensor<f32>) -> tensor<2x512x1xf32>
    %7 = stablehlo.add %5, %6 : tensor<2x512x1xf32>
    %8 = stablehlo.rsqrt %7 : tensor<2x512x1xf32>
    %9 = stablehlo.divide %8, %7 : tensor<2x512x1xf32>
    %cst_2 = stablehlo.constant dense<-5.000000e-01> : tensor<f32>
    %10 = stablehlo.broadcast_in_dim %cst_2, dims = [] : (tensor<f32>) -> tensor<2x512x1xf32>
    %11 = stablehlo.multiply %10, %9 : tensor<2x512x1xf32>
    %12 = stablehlo.broadcast_in_dim %8, dims = [0, 1, 2] : (tensor<2x512x1xf32>) -> tensor<2x512x5376xf32>
    %13 = stablehlo.multiply %0, %12 : tensor<2x512x5376xf32>
    %14 = stablehlo.convert %arg0 : (tensor<5376xbf16>) -> tensor<5376xf32>
    %cst_3 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %15 = stablehlo.broadcast_in_dim %cst_3, dims = [] : (tensor<f32>) -> tensor<5376xf32>
    %16 = stablehlo.add %15, %14 : tensor<5376xf32>
    %17 = stablehlo.broadcast_in_dim %16, dims = [2] : (tensor<5376xf32>) -> tensor<1x1x5376xf32>
    %18 = stablehlo.broadcast_in_dim %17, dims = [0, 1, 2] : (tensor<1x1x5376xf32>) -> tensor<2x512x5376xf32>
    %19 = stablehlo.multiply %13, %18 : tensor<2x512x5376xf32>
    %20 = stablehlo.convert %19 : (tensor<2x512x5376xf32>) -> tensor<2x512x5376xbf16>
    %21 = stablehlo.slice %arg1 [0:262144, 0:5376] : (tensor<262208x5376xbf16>) -> tensor<262144x5376xbf16>
    %22 = stablehlo.dot_general %20, %21, contracting_dims = [2] x [1], precision = [DEFAULT, DEFAULT] : (tensor<2x512x5376xbf16>, tensor<262144x5376xbf16>) -> tensor<2x512x262144xf32>
    %23 = stablehlo.broadcast_in_dim %arg3, dims = [0, 1] : (tensor<2x512xi32>) -> tensor<2x512x1xi32>
    %24:2 = call @take_along_axis(%22, %23) : (tensor<2x512x262144xf32>, tensor<2x512x1xi32>) -> (tensor<2x512x1xf32>, tensor<2x512x1x1xi32>)
    %25 = stablehlo.reshape %24#0 : (tensor<2x512x1xf32>) -> tensor<2x512xf32>
    %cst_4 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %26 = stablehlo.reduce(%22 init: %cst_4) applies stablehlo.maximum across dimensions = [2] : (tensor<2x512x262144xf32>, tensor<f32>) -> tensor<2x512xf32>
    %cst_5 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %27 = stablehlo.broadcast_in_dim %cst_5, dims = [] : (tensor<f32>) -> tensor<2x512xf32>
    %28 = stablehlo.maximum %27, %26 : tensor<2x512xf32>
    %29 = stablehlo.is_finite %28 : (tensor<2x512xf32>) -> tensor<2x512xi1>
    %cst_6 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %30 = stablehlo.broadcast_in_dim %cst_6, dims = [] : (tensor<f32>) -> tensor<2x512xf32>
    %31 = stablehlo.select %29, %28, %30 : tensor<2x512xi1>, tensor<2x512xf32>
    %32 = stablehlo.broadcast_in_dim %31, dims = [0, 1] : (tensor<2x512xf32>) -> tensor<2x512x1xf32>
    %33 = stablehlo.broadcast_in_dim %32, dims = [0, 1, 2] : (tensor<2x512x1xf32>) -> tensor<2x512x262144xf32>
    %34 = stablehlo.subtract %22, %33 : tensor<2x512x262144xf32>
    %35 = stablehlo.exponential %34 : tensor<2x512x262144xf32>
    %cst_7 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %36 = stablehlo.reduce(%35 init: %cst_7) applies stablehlo.add across dimensions = [2] : (tensor<2x512x262144xf32>, tensor<f32>) -> tensor<2x512xf32>
    %37 = stablehlo.abs %36 : tensor<2x512xf32>
    %cst_8 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %38 = stablehlo.broadcast_in_dim %cst_8, dims = [] : (tensor<f32>) -> tensor<2x512xf32>
    %39 = stablehlo.compare GE, %36, %38, FLOAT : (tensor<2x512xf32>, tensor<2x512xf32>) -> tensor<2x512xi1>
    %40 = stablehlo.log %37 : tensor<2x512xf32>
    %41 = stablehlo.add %40, %31 : tensor<2x512xf32>
    %42 = stablehlo.subtract %25, %41 : tensor<2x512xf32>
    %43 = stablehlo.multiply %42, %arg4 : tensor<2x512xf32>
    %cst_9 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %44 = stablehlo.reduce(%43 init: %cst_9) applies stablehlo.add across dimensions = [0, 1] : (tensor<2x512xf32>, tensor<f32>) -> tensor<f32>
    %45 = stablehlo.negate %44 : tensor<f32>
    %cst_10 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %46 = stablehlo.negate %cst_10 : tensor<f32>
    %47 = stablehlo.broadcast_in_dim %46, dims = [] : (tensor<f32>) -> tensor<2x512xf32>
    %48 = stablehlo.multiply %47, %arg4 : tensor<2x512xf32>
    %49 = stablehlo.negate %48 : tensor<2x512xf32>
    %50 = stablehlo.divide %49, %37 : tensor<2x512xf32>
    %cst_11 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %51 = stablehlo.broadcast_in_dim %cst_11, dims = [] : (tensor<f32>) -> tensor<2x512xf32>
    %52 = stablehlo.select %39, %51, %50 : tensor<2x512xi1>, tensor<2x512xf32>
    %53 = stablehlo.select %39, %50, %51 : tensor<2x512xi1>, tensor<2x512xf32>
    %54 = stablehlo.negate %52 : tensor<2x512xf32>
    %55 = stablehlo.add %53, %54 : tensor<2x512xf32>
    %56 = stablehlo.broadcast_in_dim %55, dims = [0, 1] : (tensor<2x512xf32>) -> tensor<2x512x262144xf32>
    %57 = stablehlo.multiply %56, %35 : tensor<2x512x262144xf32>
    %58 = stablehlo.broadcast_in_dim %48, dims = [0, 1] : (tensor<2x512xf32>) -> tensor<2x512x1xf32>
    %59 = call @take_along_axis_24(%24#1, %58) : (tensor<2x512x1x1xi32>, tensor<2x512x1xf32>) -> tensor<2x512x262144xf32>
    %60 = stablehlo.add %57, %59 : tensor<2x512x262144xf32>
    %61 = stablehlo.dot_general %60, %21, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<2x512x262144xf32>, tensor<262144x5376xbf16>) -> tensor<2x512x5376xf32>
    %62 = stablehlo.convert %61 : (tensor<2x512x5376xf32>) -> tensor<2x512x5376xbf16>
    %63 = stablehlo.convert %62 : (tensor<2x512x5376xbf16>) -> tensor<2x512x5376xf32>
    %64 = stablehlo.broadcast_in_dim %17, dims = [0, 1, 2] : (tensor<1x1x5376xf32>) -> tensor<2x512x5376xf32>
    %65 = stablehlo.multiply %63, %64 : tensor<2x512x5376xf32>
    %66 = stablehlo.multiply %0, %65 : tensor<2x512x5376xf32>
    %cst_12 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %67 = stablehlo.reduce(%66 init: %cst_12) applies stablehlo.add across dimensions = [2] : (tensor<2x512x5376xf32>, tensor<f32>) -> tensor<2x512xf32>
    %68 = stablehlo.reshape %67 : (tensor<2x512xf32>) -> tensor<2x512x1xf32>
    %69 = stablehlo.broadcast_in_dim %8, dims = [0, 1, 2] : (tensor<2x512x1xf32>) -> tensor<2x512x5376xf32>
    %70 = stablehlo.multiply %65, %69 : tensor<2x512x5376xf32>
    %71 = stablehlo.multiply %68, %11 : tensor<2x512x1xf32>
    %cst_13 = stablehlo.constant dense<5.376000e+03> : tensor<f32>
    %72 = stablehlo.broadcast_in_dim %cst_13, dims = [] : (tensor<f32>) -> tensor<2x512x1xf32>
    %73 = stablehlo.divide %71, %72 : tensor<2x512x1xf32>
    %cst_14 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %74 = stablehlo.reduce(%73 init: %cst_14) applies stablehlo.add across dimensions = [2] : (tensor<2x512x1xf32>, tensor<f32>) -> tensor<2x512xf32>
    %75 = stablehlo.broadcast_in_dim %74, dims = [0, 1] : (tensor<2x512xf32>) -> tensor<2x512x5376xf32>
    %76 = stablehlo.multiply %0, %75 : tensor<2x512x5376xf32>
    %77 = stablehlo.add %70, %76 : tensor<2x512x5376xf32>
    %78 = stablehlo.multiply %75, %0 : tensor<2x512x5376xf32>
    %79 = stablehlo.add %77, %78 : tensor<2x512x5376xf32>
    %80 = stablehlo.convert %79 : (tensor<2x512x5376xf32>) -> tensor<2x512x5376xbf16>
    return %45, %80 : tensor<f32>, tensor<2x512x5376xbf16>
  }
  func.func private @take_along_axis(%arg0: tensor<2x512x262144xf32>, %arg1: tensor<2x512x1xi32>) -> (tensor<2x512x1xf32>, tensor<2x512x1x1xi32>) {
    %c = stablehlo.constant dense<0> : tensor<i32>
    %0 = stablehlo.broadcast_in_dim %c, dims = [] : (tensor<i32>) -> tensor<2x512x1xi32>
    %1 = stablehlo.compare LT, %arg1, %0, SIGNED : (tensor<2x512x1xi32>, tensor<2x512x1xi32>) -> tensor<2x512x1xi1>
    %c_0 = stablehlo.constant dense<262144> : tensor<i32>
    %2 = stablehlo.broadcast_in_dim %c_0, dims = [] : (tensor<i32>) -> tensor<2x512x1xi32>
    %3 = stablehlo.add %arg1, %2 : tensor<2x512x1xi32>
    %4 = stablehlo.select %1, %3, %arg1 : tensor<2x512x1xi1>, tensor<2x512x1xi32>
    %5 = stablehlo.reshape %4 : (tensor<2x512x1xi32>) -> tensor<2x512x1x1xi32>
    %c_1 = stablehlo.constant dense<262143> : tensor<1xi32>
    %c_2 = stablehlo.constant dense<0> : tensor<i32>
    %6 = stablehlo.broadcast_in_dim %c_2, dims = [] : (tensor<i32>) -> tensor<2x512x1x1xi32>
    %7 = stablehlo.compare GE, %5, %6, SIGNED : (tensor<2x512x1x1xi32>, tensor<2x512x1x1xi32>) -> tensor<2x512x1x1xi1>
    %8 = stablehlo.broadcast_in_dim %c_1, dims = [3] : (tensor<1xi32>) -> tensor<1x1x1x1xi32>
    %9 = stablehlo.broadcast_in_dim %8, dims = [0, 1, 2, 3] : (tensor<1x1x1x1xi32>) -> tensor<2x512x1x1xi32>
    %10 = stablehlo.compare LE, %5, %9, SIGNED : (tensor<2x512x1x1xi32>, tensor<2x512x1x1xi32>) -> tensor<2x512x1x1xi1>
    %11 = stablehlo.and %7, %10 : tensor<2x512x1x1xi1>
    %c_3 = stablehlo.constant dense<true> : tensor<i1>
    %12 = stablehlo.reduce(%11 init: %c_3) applies stablehlo.and across dimensions = [3] : (tensor<2x512x1x1xi1>, tensor<i1>) -> tensor<2x512x1xi1>
    %13 = "stablehlo.gather"(%arg0, %5) <{dimension_numbers = #stablehlo.gather<collapsed_slice_dims = [2], operand_batching_dims = [0, 1], start_indices_batching_dims = [0, 1], start_index_map = [2], index_vector_dim = 3>, indices_are_sorted = false, slice_sizes = array<i64: 1, 1, 1>}> : (tensor<2x512x262144xf32>, tensor<2x512x1x1xi32>) -> tensor<2x512x1xf32>
    %cst = stablehlo.constant dense<0x7FC00000> : tensor<f32>
    %14 = stablehlo.broadcast_in_dim %cst, dims = [] : (tensor<f32>) -> tensor<2x512x1xf32>
    %15 = stablehlo.select %12, %13, %14 : tensor<2x512x1xi1>, tensor<2x512x1xf32>
    return %15, %5 : tensor<2x512x1xf32>, tensor<2x512x1x1xi32>
  }
  func.func private @take_along_axis_24(%arg0: tensor<2x512x1x1xi32>, %arg1: tensor<2x512x1xf32>) -> tensor<2x512x262144xf32> {
    %cst = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %0 = stablehlo.broadcast_in_dim %cst, dims = [] : (tensor<f32>) -> tensor<2x512x262144xf32>
    %1 = "stablehlo.scatter"(%0, %arg0, %arg1) <{indices_are_sorted = false, scatter_dimension_numbers = #stablehlo.scatter<inserted_window_dims = [2], input_batching_dims = [0, 1], scatter_indices_batching_dims = [0, 1], scatter_dims_to_operand_dims = [2], index_vector_dim = 3>, unique_indices = false}> ({
    ^bb0(%arg2: tensor<f32>, %arg3: tensor<f32>):
      %2 = stablehlo.add %arg2, %arg3 : tensor<f32>
      stablehlo.return %2 : tensor<f32>
    }) : (tensor<2x512x262144xf32>, tensor<2x512x1x1xi32>, tensor<2x512x1xf32>) -> tensor<2x512x262144xf32>
    return %1 : tensor<2x512x262144xf32>
  }
  func.func private @dynamic_update_index_in_dim_25(%arg0: tensor<4xf32>, %arg1: tensor<f32>, %arg2: tensor<i32>) -> tensor<4xf32> {
    %0 = stablehlo.broadcast_in_dim %arg1, dims = [] : (tensor<f32>) -> tensor<1xf32>
    %1 = stablehlo.dynamic_update_slice %arg0, %0, %arg2 : (tensor<4xf32>, tensor<1xf32>, tensor<i32>) -> tensor<4xf32>
    return %1 : tensor<4xf32>
  }
  func.func private @dynamic_update_index_in_dim_26(%arg0: tensor<4x2x512x5376xbf16>, %arg1: tensor<2x512x5376xbf16>, %arg2: tensor<i32>) -> tensor<4x2x512x5376xbf16> {
    %0 = stablehlo.broadcast_in_dim %arg1, dims = [1, 2, 3] : (tensor<2x512x5376xbf16>) -> tensor<1x2x512x5376xbf16>
    %c = stablehlo.constant dense<0> : tensor<i32>
    %c_0 = stablehlo.constant dense<0> : tensor<i32>
    %c_1 = stablehlo.constant dense<0> : tensor<i32>
    %1 = stablehlo.dynamic_update_slice %arg0, %0, %arg2, %c, %c_0, %c_1 : (tensor<4x2x512x5376xbf16>, tensor<1x2x512x5376xbf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<4x2x512x5376xbf16>
    return %1 : tensor<4x2x512x5376xbf16>
  }
  func.func private @_pad_27(%arg0: tensor<2x2048x5376xbf16>) -> tensor<2x2047x5376xbf16> {
    %cst = stablehlo.constant dense<0.000000e+00> : tensor<bf16>
    %0 = stablehlo.pad %arg0, %cst, low = [0, 0, 0], high = [0, -1, 0], interior = [0, 0, 0] : (tensor<2x2048x5376xbf16>, tensor<bf16>) -> tensor<2x2047x5376xbf16>
    %1 = stablehlo.slice %0 [0:2, 0:2047, 0:5376] : (tensor<2x2047x5376xbf16>) -> tensor<2x2047x5376xbf16>
    return %1 : tensor<2x2047x5376xbf16>
  }
  func.func private @dynamic_index_in_dim_28(%arg0: tensor<62x2x2048x5376xbf16>, %arg1: tensor<i32>) -> tensor<2x2048x5376xbf16> {
    %c = stablehlo.constant dense<0> : tensor<i32>
    %c_0 = stablehlo.constant dense<0> : tensor<i32>
    %c_1 = stablehlo.constant dense<0> : tensor<i32>
    %0 = stablehlo.dynamic_slice %arg0, %arg1, %c, %c_0, %c_1, sizes = [1, 2, 2048, 5376] : (tensor<62x2x2048x5376xbf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x2048x5376xbf16>
    %1 = stablehlo.reshape %0 : (tensor<1x2x2048x5376xbf16>) -> tensor<2x2048x5376xbf16>
    return %1 : tensor<2x2048x5376xbf16>
  }
  func.func private @closed_call_29(%arg0: tensor<2x2048xi32>, %arg1: tensor<2x2048xi32>, %arg2: tensor<2x2048x5376xbf16>, %arg3: tensor<2x2048x5376xbf16>, %arg4: tensor<5376xbf16>, %arg5: tensor<32x5376x128xbf16>, %arg6: tensor<16x5376x128xbf16>, %arg7: tensor<16x5376x128xbf16>, %arg8: tensor<32x128x5376xbf16>, %arg9: tensor<128xbf16>, %arg10: tensor<128xbf16>, %arg11: tensor<5376xbf16>, %arg12: tensor<5376xbf16>, %arg13: tensor<5376x21504xbf16>, %arg14: tensor<5376x21504xbf16>, %arg15: tensor<21504x5376xbf16>, %arg16: tensor<5376xbf16>, %arg17: tensor<21504x16xf32>, %arg18: tensor<16x5376xf32>, %arg19: tensor<5376x16xf32>, %arg20: tensor<16x21504xf32>, %arg21: tensor<5376x16xf32>, %arg22: tensor<16x16x128xf32>, %arg23: tensor<32x128x16xf32>, %arg24: tensor<16x5376xf32>, %arg25: tensor<5376x16xf32>, %arg26: tensor<16x32x128xf32>, %arg27: tensor<5376x16xf32>, %arg28: tensor<16x21504xf32>, %arg29: tensor<5376x16xf32>, %arg30: tensor<16x16x128xf32>, %arg31: tensor<i1>) -> (tensor<2x2048x5376xbf16>, tensor<21504x16xf32>, tensor<16x5376xf32>, tensor<5376x16xf32>, tensor<16x21504xf32>, tensor<5376x16xf32>, tensor<16x16x128xf32>, tensor<32x128x16xf32>, tensor<16x5376xf32>, tensor<5376x16xf32>, tensor<16x32x128xf32>, tensor<5376x16xf32>, tensor<16x21504xf32>, tensor<5376x16xf32>, tensor<16x16x128xf32>) {
    %0:32 = stablehlo.optimization_barrier %arg0, %arg1, %arg3, %arg4, %arg5, %arg6, %arg7, %arg8, %arg9, %arg10, %arg11, %arg12, %arg13, %arg14, %arg15, %arg16, %arg17, %arg18, %arg19, %arg20, %arg21, %arg22, %arg23, %arg24, %arg25, %arg26, %arg27, %arg28, %arg29, %arg30, %arg31, %arg2 : tensor<2x2048xi32>, tensor<2x2048xi32>, tensor<2x2048x5376xbf16>, tensor<5376xbf16>, tensor<32x5376x128xbf16>, tensor<16x5376x128xbf16>, tensor<16x5376x128xbf16>, tensor<32x128x5376xbf16>, tensor<128xbf16>, tensor<128xbf16>, tensor<5376xbf16>, tensor<5376xbf16>, tensor<5376x21504xbf16>, tensor<5376x21504xbf16>, tensor<21504x5376xbf16>, tensor<5376xbf16>, tensor<21504x16xf32>, tensor<16x5376xf32>, tensor<5376x16xf32>, tensor<16x21504xf32>, tensor<5376x16xf32>, tensor<16x16x128xf32>, tensor<32x128x16xf32>, tensor<16x5376xf32>, tensor<5376x16xf32>, tensor<16x32x128xf32>, tensor<5376x16xf32>, tensor<16x21504xf32>, tensor<5376x16xf32>, tensor<16x16x128xf32>, tensor<i1>, tensor<2x2048x5376xbf16>
    %1 = stablehlo.convert %0#2 : (tensor<2x2048x5376xbf16>) -> tensor<2x2048x5376xf32>
    %2 = stablehlo.multiply %1, %1 : tensor<2x2048x5376xf32>
    %cst = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %3 = stablehlo.reduce(%2 init: %cst) applies stablehlo.add across dimensions = [2] : (tensor<2x2048x5376xf32>, tensor<f32>) -> tensor<2x2048xf32>
    %4 = stablehlo.broadcast_in_dim %3, dims = [0, 1] : (tensor<2x2048xf32>) -> tensor<2x2048x1xf32>
    %cst_0 = stablehlo.constant dense<5.376000e+03> : tensor<f32>
    %5 = stablehlo.broadcast_in_dim %cst_0, dims = [] : (tensor<f32>) -> tensor<2x2048x1xf32>
    %6 = stablehlo.divide %4, %5 : tensor<2x2048x1xf32>
    %cst_1 = stablehlo.constant dense<9.99999997E-7> : tensor<f32>
    %7 = stablehlo.broadcast_in_dim %cst_1, dims = [] : (tensor<f32>) -> tensor<2x2048x1xf32>
    %8 = stablehlo.add %6, %7 : tensor<2x2048x1xf32>
    %9 = stablehlo.rsqrt %8 : tensor<2x2048x1xf32>
    %10 = stablehlo.divide %9, %8 : tensor<2x2048x1xf32>
    %cst_2 = stablehlo.constant dense<-5.000000e-01> : tensor<f32>
    %11 = stablehlo.broadcast_in_dim %cst_2, dims = [] : (tensor<f32>) -> tensor<2x2048x1xf32>
    %12 = stablehlo.multiply %11, %10 : tensor<2x2048x1xf32>
    %13 = stablehlo.broadcast_in_dim %9, dims = [0, 1, 2] : (tensor<2x2048x1xf32>) -> tensor<2x2048x5376xf32>
    %14 = stablehlo.multiply %1, %13 : tensor<2x2048x5376xf32>
    %15 = stablehlo.convert %0#3 : (tensor<5376xbf16>) -> tensor<5376xf32>
    %cst_3 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %16 = stablehlo.broadcast_in_dim %cst_3, dims = [] : (tensor<f32>) -> tensor<5376xf32>
    %17 = stablehlo.add %16, %15 : tensor<5376xf32>
    %18 = stablehlo.broadcast_in_dim %17, dims = [2] : (tensor<5376xf32>) -> tensor<1x1x5376xf32>
    %19 = stablehlo.broadcast_in_dim %18, dims = [0, 1, 2] : (tensor<1x1x5376xf32>) -> tensor<2x2048x5376xf32>
    %20 = stablehlo.multiply %14, %19 : tensor<2x2048x5376xf32>
    %21 = stablehlo.convert %20 : (tensor<2x2048x5376xf32>) -> tensor<2x2048x5376xbf16>
    %22 = stablehlo.dot_general %21, %0#4, contracting_dims = [2] x [1], precision = [DEFAULT, DEFAULT] : (tensor<2x2048x5376xbf16>, tensor<32x5376x128xbf16>) -> tensor<2x2048x32x128xbf16>
    %23 = stablehlo.convert %0#24 : (tensor<5376x16xf32>) -> tensor<5376x16xbf16>
    %24 = stablehlo.dot_general %21, %23, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<2x2048x5376xbf16>, tensor<5376x16xbf16>) -> tensor<2x2048x16xbf16>
    %cst_4 = stablehlo.constant dense<2.000000e+00> : tensor<bf16>
    %25 = stablehlo.broadcast_in_dim %cst_4, dims = [] : (tensor<bf16>) -> tensor<2x2048x16xbf16>
    %26 = stablehlo.multiply %24, %25 : tensor<2x2048x16xbf16>
    %27 = stablehlo.convert %0#25 : (tensor<16x32x128xf32>) -> tensor<16x32x128xbf16>
    %28 = stablehlo.dot_general %26, %27, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<2x2048x16xbf16>, tensor<16x32x128xbf16>) -> tensor<2x2048x32x128xbf16>
    %29 = stablehlo.add %22, %28 : tensor<2x2048x32x128xbf16>
    %30 = stablehlo.dot_general %21, %0#5, contracting_dims = [2] x [1], precision = [DEFAULT, DEFAULT] : (tensor<2x2048x5376xbf16>, tensor<16x5376x128xbf16>) -> tensor<2x2048x16x128xbf16>
    %31 = stablehlo.convert %0#20 : (tensor<5376x16xf32>) -> tensor<5376x16xbf16>
    %32 = stablehlo.dot_general %21, %31, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<2x2048x5376xbf16>, tensor<5376x16xbf16>) -> tensor<2x2048x16xbf16>
    %cst_5 = stablehlo.constant dense<2.000000e+00> : tensor<bf16>
    %33 = stablehlo.broadcast_in_dim %cst_5, dims = [] : (tensor<bf16>) -> tensor<2x2048x16xbf16>
    %34 = stablehlo.multiply %32, %33 : tensor<2x2048x16xbf16>
    %35 = stablehlo.convert %0#21 : (tensor<16x16x128xf32>) -> tensor<16x16x128xbf16>
    %36 = stablehlo.dot_general %34, %35, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<2x2048x16xbf16>, tensor<16x16x128xbf16>) -> tensor<2x2048x16x128xbf16>
    %37 = stablehlo.add %30, %36 : tensor<2x2048x16x128xbf16>
    %38 = stablehlo.dot_general %21, %0#6, contracting_dims = [2] x [1], precision = [DEFAULT, DEFAULT] : (tensor<2x2048x5376xbf16>, tensor<16x5376x128xbf16>) -> tensor<2x2048x16x128xbf16>
    %39 = stablehlo.convert %0#28 : (tensor<5376x16xf32>) -> tensor<5376x16xbf16>
    %40 = stablehlo.dot_general %21, %39, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<2x2048x5376xbf16>, tensor<5376x16xbf16>) -> tensor<2x2048x16xbf16>
    %cst_6 = stablehlo.constant dense<2.000000e+00> : tensor<bf16>
    %41 = stablehlo.broadcast_in_dim %cst_6, dims = [] : (tensor<bf16>) -> tensor<2x2048x16xbf16>
    %42 = stablehlo.multiply %40, %41 : tensor<2x2048x16xbf16>
    %43 = stablehlo.convert %0#29 : (tensor<16x16x128xf32>) -> tensor<16x16x128xbf16>
    %44 = stablehlo.dot_general %42, %43, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<2x2048x16xbf16>, tensor<16x16x128xbf16>) -> tensor<2x2048x16x128xbf16>
    %45 = stablehlo.add %38, %44 : tensor<2x2048x16x128xbf16>
    %46 = stablehlo.convert %29 : (tensor<2x2048x32x128xbf16>) -> tensor<2x2048x32x128xf32>
    %47 = stablehlo.multiply %46, %46 : tensor<2x2048x32x128xf32>
    %cst_7 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %48 = stablehlo.reduce(%47 init: %cst_7) applies stablehlo.add across dimensions = [3] : (tensor<2x2048x32x128xf32>, tensor<f32>) -> tensor<2x2048x32xf32>
    %49 = stablehlo.broadcast_in_dim %48, dims = [0, 1, 2] : (tensor<2x2048x32xf32>) -> tensor<2x2048x32x1xf32>
    %cst_8 = stablehlo.constant dense<1.280000e+02> : tensor<f32>
    %50 = stablehlo.broadcast_in_dim %cst_8, dims = [] : (tensor<f32>) -> tensor<2x2048x32x1xf32>
    %51 = stablehlo.divide %49, %50 : tensor<2x2048x32x1xf32>
    %cst_9 = stablehlo.constant dense<9.99999997E-7> : tensor<f32>
    %52 = stablehlo.broadcast_in_dim %cst_9, dims = [] : (tensor<f32>) -> tensor<2x2048x32x1xf32>
    %53 = stablehlo.add %51, %52 : tensor<2x2048x32x1xf32>
    %54 = stablehlo.rsqrt %53 : tensor<2x2048x32x1xf32>
    %55 = stablehlo.divide %54, %53 : tensor<2x2048x32x1xf32>
    %cst_10 = stablehlo.constant dense<-5.000000e-01> : tensor<f32>
    %56 = stablehlo.broadcast_in_dim %cst_10, dims = [] : (tensor<f32>) -> tensor<2x2048x32x1xf32>
    %57 = stablehlo.multiply %56, %55 : tensor<2x2048x32x1xf32>
    %58 = stablehlo.broadcast_in_dim %54, dims = [0, 1, 2, 3] : (tensor<2x2048x32x1xf32>) -> tensor<2x2048x32x128xf32>
    %59 = stablehlo.multiply %46, %58 : tensor<2x2048x32x128xf32>
    %60 = stablehlo.convert %0#8 : (tensor<128xbf16>) -> tensor<128xf32>
    %cst_11 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %61 = stablehlo.broadcast_in_dim %cst_11, dims = [] : (tensor<f32>) -> tensor<128xf32>
    %62 = stablehlo.add %61, %60 : tensor<128xf32>
    %63 = stablehlo.broadcast_in_dim %62, dims = [3] : (tensor<128xf32>) -> tensor<1x1x1x128xf32>
    %64 = stablehlo.broadcast_in_dim %63, dims = [0, 1, 2, 3] : (tensor<1x1x1x128xf32>) -> tensor<2x2048x32x128xf32>
    %65 = stablehlo.multiply %59, %64 : tensor<2x2048x32x128xf32>
    %66 = stablehlo.convert %65 : (tensor<2x2048x32x128xf32>) -> tensor<2x2048x32x128xbf16>
    %67 = stablehlo.convert %37 : (tensor<2x2048x16x128xbf16>) -> tensor<2x2048x16x128xf32>
    %68 = stablehlo.multiply %67, %67 : tensor<2x2048x16x128xf32>
    %cst_12 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %69 = stablehlo.reduce(%68 init: %cst_12) applies stablehlo.add across dimensions = [3] : (tensor<2x2048x16x128xf32>, tensor<f32>) -> tensor<2x2048x16xf32>
    %70 = stablehlo.broadcast_in_dim %69, dims = [0, 1, 2] : (tensor<2x2048x16xf32>) -> tensor<2x2048x16x1xf32>
    %cst_13 = stablehlo.constant dense<1.280000e+02> : tensor<f32>
    %71 = stablehlo.broadcast_in_dim %cst_13, dims = [] : (tensor<f32>) -> tensor<2x2048x16x1xf32>
    %72 = stablehlo.divide %70, %71 : tensor<2x2048x16x1xf32>
    %cst_14 = stablehlo.constant dense<9.99999997E-7> : tensor<f32>
    %73 = stablehlo.broadcast_in_dim %cst_14, dims = [] : (tensor<f32>) -> tensor<2x2048x16x1xf32>
    %74 = stablehlo.add %72, %73 : tensor<2x2048x16x1xf32>
    %75 = stablehlo.rsqrt %74 : tensor<2x2048x16x1xf32>
    %76 = stablehlo.divide %75, %74 : tensor<2x2048x16x1xf32>
    %cst_15 = stablehlo.constant dense<-5.000000e-01> : tensor<f32>
    %77 = stablehlo.broadcast_in_dim %cst_15, dims = [] : (tensor<f32>) -> tensor<2x2048x16x1xf32>
    %78 = stablehlo.multiply %77, %76 : tensor<2x2048x16x1xf32>
    %79 = stablehlo.broadcast_in_dim %75, dims = [0, 1, 2, 3] : (tensor<2x2048x16x1xf32>) -> tensor<2x2048x16x128xf32>
    %80 = stablehlo.multiply %67, %79 : tensor<2x2048x16x128xf32>
    %81 = stablehlo.convert %0#9 : (tensor<128xbf16>) -> tensor<128xf32>
    %cst_16 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %82 = stablehlo.broadcast_in_dim %cst_16, dims = [] : (tensor<f32>) -> tensor<128xf32>
    %83 = stablehlo.add %82, %81 : tensor<128xf32>
    %84 = stablehlo.broadcast_in_dim %83, dims = [3] : (tensor<128xf32>) -> tensor<1x1x1x128xf32>
    %85 = stablehlo.broadcast_in_dim %84, dims = [0, 1, 2, 3] : (tensor<1x1x1x128xf32>) -> tensor<2x2048x16x128xf32>
    %86 = stablehlo.multiply %80, %85 : tensor<2x2048x16x128xf32>
    %87 = stablehlo.convert %86 : (tensor<2x2048x16x128xf32>) -> tensor<2x2048x16x128xbf16>
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
    %115 = stablehlo.convert %0#0 : (tensor<2x2048xi32>) -> tensor<2x2048xf32>
    %116 = stablehlo.broadcast_in_dim %115, dims = [0, 1] : (tensor<2x2048xf32>) -> tensor<2x2048x1xf32>
    %117 = stablehlo.broadcast_in_dim %114, dims = [2] : (tensor<64xf32>) -> tensor<1x1x64xf32>
    %118 = stablehlo.broadcast_in_dim %116, dims = [0, 1, 2] : (tensor<2x2048x1xf32>) -> tensor<2x2048x64xf32>
    %119 = stablehlo.broadcast_in_dim %117, dims = [0, 1, 2] : (tensor<1x1x64xf32>) -> tensor<2x2048x64xf32>
    %120 = stablehlo.multiply %118, %119 : tensor<2x2048x64xf32>
    %121 = stablehlo.sine %120 : tensor<2x2048x64xf32>
    %122 = stablehlo.broadcast_in_dim %121, dims = [0, 1, 3] : (tensor<2x2048x64xf32>) -> tensor<2x2048x1x64xf32>
    %123 = stablehlo.cosine %120 : tensor<2x2048x64xf32>
    %124 = stablehlo.broadcast_in_dim %123, dims = [0, 1, 3] : (tensor<2x2048x64xf32>) -> tensor<2x2048x1x64xf32>
    %125 = stablehlo.convert %66 : (tensor<2x2048x32x128xbf16>) -> tensor<2x2048x32x128xf32>
    %126 = stablehlo.slice %125 [0:2, 0:2048, 0:32, 0:64] : (tensor<2x2048x32x128xf32>) -> tensor<2x2048x32x64xf32>
    %127 = stablehlo.slice %125 [0:2, 0:2048, 0:32, 64:128] : (tensor<2x2048x32x128xf32>) -> tensor<2x2048x32x64xf32>
    %128 = stablehlo.broadcast_in_dim %124, dims = [0, 1, 2, 3] : (tensor<2x2048x1x64xf32>) -> tensor<2x2048x32x64xf32>
    %129 = stablehlo.multiply %126, %128 : tensor<2x2048x32x64xf32>
    %130 = stablehlo.broadcast_in_dim %122, dims = [0, 1, 2, 3] : (tensor<2x2048x1x64xf32>) -> tensor<2x2048x32x64xf32>
    %131 = stablehlo.multiply %127, %130 : tensor<2x2048x32x64xf32>
    %132 = stablehlo.subtract %129, %131 : tensor<2x2048x32x64xf32>
    %133 = stablehlo.broadcast_in_dim %124, dims = [0, 1, 2, 3] : (tensor<2x2048x1x64xf32>) -> tensor<2x2048x32x64xf32>
    %134 = stablehlo.multiply %127, %133 : tensor<2x2048x32x64xf32>
    %135 = stablehlo.broadcast_in_dim %122, dims = [0, 1, 2, 3] : (tensor<2x2048x1x64xf32>) -> tensor<2x2048x32x64xf32>
    %136 = stablehlo.multiply %126, %135 : tensor<2x2048x32x64xf32>
    %137 = stablehlo.add %134, %136 : tensor<2x2048x32x64xf32>
    %138 = stablehlo.concatenate %132, %137, dim = 3 : (tensor<2x2048x32x64xf32>, tensor<2x2048x32x64xf32>) -> tensor<2x2048x32x128xf32>
    %139 = stablehlo.convert %138 : (tensor<2x2048x32x128xf32>) -> tensor<2x2048x32x128xbf16>
    %140 = stablehlo.convert %0#0 : (tensor<2x2048xi32>) -> tensor<2x2048xf32>
    %141 = stablehlo.broadcast_in_dim %140, dims = [0, 1] : (tensor<2x2048xf32>) -> tensor<2x2048x1xf32>
    %142 = stablehlo.broadcast_in_dim %114, dims = [2] : (tensor<64xf32>) -> tensor<1x1x64xf32>
    %143 = stablehlo.broadcast_in_dim %141, dims = [0, 1, 2] : (tensor<2x2048x1xf32>) -> tensor<2x2048x64xf32>
    %144 = stablehlo.broadcast_in_dim %142, dims = [0, 1, 2] : (tensor<1x1x64xf32>) -> tensor<2x2048x64xf32>
    %145 = stablehlo.multiply %143, %144 : tensor<2x2048x64xf32>
    %146 = stablehlo.sine %145 : tensor<2x2048x64xf32>
    %147 = stablehlo.broadcast_in_dim %146, dims = [0, 1, 3] : (tensor<2x2048x64xf32>) -> tensor<2x2048x1x64xf32>
    %148 = stablehlo.cosine %145 : tensor<2x2048x64xf32>
    %149 = stablehlo.broadcast_in_dim %148, dims = [0, 1, 3] : (tensor<2x2048x64xf32>) -> tensor<2x2048x1x64xf32>
    %150 = stablehlo.convert %87 : (tensor<2x2048x16x128xbf16>) -> tensor<2x2048x16x128xf32>
    %151 = stablehlo.slice %150 [0:2, 0:2048, 0:16, 0:64] : (tensor<2x2048x16x128xf32>) -> tensor<2x2048x16x64xf32>
    %152 = stablehlo.slice %150 [0:2, 0:2048, 0:16, 64:128] : (tensor<2x2048x16x128xf32>) -> tensor<2x2048x16x64xf32>
    %153 = stablehlo.broadcast_in_dim %149, dims = [0, 1, 2, 3] : (tensor<2x2048x1x64xf32>) -> tensor<2x2048x16x64xf32>
    %154 = stablehlo.multiply %151, %153 : tensor<2x2048x16x64xf32>
    %155 = stablehlo.broadcast_in_dim %147, dims = [0, 1, 2, 3] : (tensor<2x2048x1x64xf32>) -> tensor<2x2048x16x64xf32>
    %156 = stablehlo.multiply %152, %155 : tensor<2x2048x16x64xf32>
    %157 = stablehlo.subtract %154, %156 : tensor<2x2048x16x64xf32>
    %158 = stablehlo.broadcast_in_dim %149, dims = [0, 1, 2, 3] : (tensor<2x2048x1x64xf32>) -> tensor<2x2048x16x64xf32>
    %159 = stablehlo.multiply %152, %158 : tensor<2x2048x16x64xf32>
    %160 = stablehlo.broadcast_in_dim %147, dims = [0, 1, 2, 3] : (tensor<2x2048x1x64xf32>) -> tensor<2x2048x16x64xf32>
    %161 = stablehlo.multiply %151, %160 : tensor<2x2048x16x64xf32>
    %162 = stablehlo.add %159, %161 : tensor<2x2048x16x64xf32>
    %163 = stablehlo.concatenate %157, %162, dim = 3 : (tensor<2x2048x16x64xf32>, tensor<2x2048x16x64xf32>) -> tensor<2x2048x16x128xf32>
    %164 = stablehlo.convert %163 : (tensor<2x2048x16x128xf32>) -> tensor<2x2048x16x128xbf16>
    %165 = stablehlo.convert %0#30 : (tensor<i1>) -> tensor<i32>
    %166:9 = "stablehlo.case"(%165) ({
      %528 = stablehlo.iota dim = 0 : tensor<2048xi32>
      %529 = stablehlo.broadcast_in_dim %528, dims = [1] : (tensor<2048xi32>) -> tensor<2x2048xi32>
      %530 = stablehlo.broadcast_in_dim %529, dims = [0, 1] : (tensor<2x2048xi32>) -> tensor<2x2048x1xi32>
      %531 = stablehlo.broadcast_in_dim %529, dims = [0, 2] : (tensor<2x2048xi32>) -> tensor<2x1x2048xi32>
      %532 = stablehlo.broadcast_in_dim %531, dims = [0, 1, 2] : (tensor<2x1x2048xi32>) -> tensor<2x2048x2048xi32>
      %533 = stablehlo.broadcast_in_dim %530, dims = [0, 1, 2] : (tensor<2x2048x1xi32>) -> tensor<2x2048x2048xi32>
      %534 = stablehlo.compare LE, %532, %533, SIGNED : (tensor<2x2048x2048xi32>, tensor<2x2048x2048xi32>) -> tensor<2x2048x2048xi1>
      %c = stablehlo.constant dense<0> : tensor<i32>
      %535 = stablehlo.broadcast_in_dim %c, dims = [] : (tensor<i32>) -> tensor<2x1x2048xi32>
      %536 = stablehlo.compare GE, %531, %535, SIGNED : (tensor<2x1x2048xi32>, tensor<2x1x2048xi32>) -> tensor<2x1x2048xi1>
      %537 = stablehlo.broadcast_in_dim %536, dims = [0, 1, 2] : (tensor<2x1x2048xi1>) -> tensor<2x2048x2048xi1>
      %538 = stablehlo.and %534, %537 : tensor<2x2048x2048xi1>
      %539 = stablehlo.broadcast_in_dim %530, dims = [0, 1, 2] : (tensor<2x2048x1xi32>) -> tensor<2x2048x2048xi32>
      %540 = stablehlo.broadcast_in_dim %531, dims = [0, 1, 2] : (tensor<2x1x2048xi32>) -> tensor<2x2048x2048xi32>
      %541 = stablehlo.subtract %539, %540 : tensor<2x2048x2048xi32>
      %c_82 = stablehlo.constant dense<1024> : tensor<i32>
      %542 = stablehlo.broadcast_in_dim %c_82, dims = [] : (tensor<i32>) -> tensor<2x2048x2048xi32>
      %543 = stablehlo.compare LT, %541, %542, SIGNED : (tensor<2x2048x2048xi32>, tensor<2x2048x2048xi32>) -> tensor<2x2048x2048xi1>
      %544 = stablehlo.and %538, %543 : tensor<2x2048x2048xi1>
      %545 = stablehlo.broadcast_in_dim %0#1, dims = [0, 1] : (tensor<2x2048xi32>) -> tensor<2x2048x1xi32>
      %546 = stablehlo.broadcast_in_dim %0#1, dims = [0, 2] : (tensor<2x2048xi32>) -> tensor<2x1x2048xi32>
      %547 = stablehlo.broadcast_in_dim %545, dims = [0, 1, 2] : (tensor<2x2048x1xi32>) -> tensor<2x2048x2048xi32>
      %548 = stablehlo.broadcast_in_dim %546, dims = [0, 1, 2] : (tensor<2x1x2048xi32>) -> tensor<2x2048x2048xi32>
      %549 = stablehlo.compare EQ, %547, %548, SIGNED : (tensor<2x2048x2048xi32>, tensor<2x2048x2048xi32>) -> tensor<2x2048x2048xi1>
      %550 = stablehlo.and %544, %549 : tensor<2x2048x2048xi1>
      %551 = stablehlo.reshape %139 : (tensor<2x2048x32x128xbf16>) -> tensor<2x2048x16x2x128xbf16>
      %552 = stablehlo.dot_general %164, %551, batching_dims = [0, 2] x [0, 2], contracting_dims = [3] x [4], precision = [DEFAULT, DEFAULT] : (tensor<2x2048x16x128xbf16>, tensor<2x2048x16x2x128xbf16>) -> tensor<2x16x2048x2048x2xf32>
      %553 = stablehlo.transpose %552, dims = [0, 1, 4, 3, 2] : (tensor<2x16x2048x2048x2xf32>) -> tensor<2x16x2x2048x2048xf32>
      %cst_83 = stablehlo.constant dense<0.0771516785> : tensor<f32>
      %554 = stablehlo.broadcast_in_dim %cst_83, dims = [] : (tensor<f32>) -> tensor<2x16x2x2048x2048xf32>
      %555 = stablehlo.multiply %553, %554 : tensor<2x16x2x2048x2048xf32>
      %556 = stablehlo.broadcast_in_dim %550, dims = [0, 3, 4] : (tensor<2x2048x2048xi1>) -> tensor<2x1x1x2048x2048xi1>
      %cst_84 = stablehlo.constant dense<-2.38197633E+38> : tensor<f32>
      %557:2 = func.call @_where_31(%556, %555, %cst_84) : (tensor<2x1x1x2048x2048xi1>, tensor<2x16x2x2048x2048xf32>, tensor<f32>) -> (tensor<2x16x2x2048x2048xf32>, tensor<2x16x2x2048x2048xi1>)
      %cst_85 = stablehlo.constant dense<0xFF800000> : tensor<f32>
      %558 = stablehlo.reduce(%557#0 init: %cst_85) applies stablehlo.maximum across dimensions = [4] : (tensor<2x16x2x2048x2048xf32>, tensor<f32>) -> tensor<2x16x2x2048xf32>
      %cst_86 = stablehlo.constant dense<0xFF800000> : tensor<f32>
      %559 = stablehlo.broadcast_in_dim %cst_86, dims = [] : (tensor<f32>) -> tensor<2x16x2x2048xf32>
      %560 = stablehlo.maximum %559, %558 : tensor<2x16x2x2048xf32>
      %561 = stablehlo.broadcast_in_dim %560, dims = [0, 1, 2, 3] : (tensor<2x16x2x2048xf32>) -> tensor<2x16x2x2048x1xf32>
      %562 = stablehlo.broadcast_in_dim %561, dims = [0, 1, 2, 3, 4] : (tensor<2x16x2x2048x1xf32>) -> tensor<2x16x2x2048x2048xf32>
      %563 = stablehlo.subtract %557#0, %562 : tensor<2x16x2x2048x2048xf32>
      %564 = stablehlo.exponential %563 : tensor<2x16x2x2048x2048xf32>
      %cst_87 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
      %565 = stablehlo.reduce(%564 init: %cst_87) applies stablehlo.add across dimensions = [4] : (tensor<2x16x2x2048x2048xf32>, tensor<f32>) -> tensor<2x16x2x2048xf32>
      %566 = stablehlo.broadcast_in_dim %565, dims = [0, 1, 2, 3] : (tensor<2x16x2x2048xf32>) -> tensor<2x16x2x2048x1xf32>
      %567 = stablehlo.broadcast_in_dim %566, dims = [0, 1, 2, 3, 4] : (tensor<2x16x2x2048x1xf32>) -> tensor<2x16x2x2048x2048xf32>
      %568 = stablehlo.divide %564, %567 : tensor<2x16x2x2048x2048xf32>
      %569 = stablehlo.multiply %566, %566 : tensor<2x16x2x2048x1xf32>
      %cst_88 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
      %570 = stablehlo.broadcast_in_dim %cst_88, dims = [] : (tensor<f32>) -> tensor<2x16x2x2048x1xf32>
      %571 = stablehlo.divide %570, %569 : tensor<2x16x2x2048x1xf32>
      %572 = stablehlo.convert %568 : (tensor<2x16x2x2048x2048xf32>) -> tensor<2x16x2x2048x2048xbf16>
      %573 = stablehlo.dot_general %45, %572, batching_dims = [0, 2] x [0, 1], contracting_dims = [1] x [4], precision = [DEFAULT, DEFAULT] : (tensor<2x2048x16x128xbf16>, tensor<2x16x2x2048x2048xbf16>) -> tensor<2x16x128x2x2048xbf16>
      %574 = stablehlo.transpose %573, dims = [0, 4, 1, 3, 2] : (tensor<2x16x128x2x2048xbf16>) -> tensor<2x2048x16x2x128xbf16>
      %575 = stablehlo.reshape %574 : (tensor<2x2048x16x2x128xbf16>) -> tensor<2x2048x32x128xbf16>
      stablehlo.return %575, %572, %45, %551, %164, %557#1, %564, %566, %571 : tensor<2x2048x32x128xbf16>, tensor<2x16x2x2048x2048xbf16>, tensor<2x2048x16x128xbf16>, tensor<2x2048x16x2x128xbf16>, tensor<2x2048x16x128xbf16>, tensor<2x16x2x2048x2048xi1>, tensor<2x16x2x2048x2048xf32>, tensor<2x16x2x2048x1xf32>, tensor<2x16x2x2048x1xf32>
    }, {
      %528 = stablehlo.iota dim = 0 : tensor<2048xi32>
      %529 = stablehlo.broadcast_in_dim %528, dims = [1] : (tensor<2048xi32>) -> tensor<2x2048xi32>
      %530 = stablehlo.broadcast_in_dim %529, dims = [0, 1] : (tensor<2x2048xi32>) -> tensor<2x2048x1xi32>
      %531 = stablehlo.broadcast_in_dim %529, dims = [0, 2] : (tensor<2x2048xi32>) -> tensor<2x1x2048xi32>
      %532 = stablehlo.broadcast_in_dim %531, dims = [0, 1, 2] : (tensor<2x1x2048xi32>) -> tensor<2x2048x2048xi32>
      %533 = stablehlo.broadcast_in_dim %530, dims = [0, 1, 2] : (tensor<2x2048x1xi32>) -> tensor<2x2048x2048xi32>
      %534 = stablehlo.compare LE, %532, %533, SIGNED : (tensor<2x2048x2048xi32>, tensor<2x2048x2048xi32>) -> tensor<2x2048x2048xi1>
      %c = stablehlo.constant dense<0> : tensor<i32>
      %535 = stablehlo.broadcast_in_dim %c, dims = [] : (tensor<i32>) -> tensor<2x1x2048xi32>
      %536 = stablehlo.compare GE, %531, %535, SIGNED : (tensor<2x1x2048xi32>, tensor<2x1x2048xi32>) -> tensor<2x1x2048xi1>
      %537 = stablehlo.broadcast_in_dim %536, dims = [0, 1, 2] : (tensor<2x1x2048xi1>) -> tensor<2x2048x2048xi1>
      %538 = stablehlo.and %534, %537 : tensor<2x2048x2048xi1>
      %539 = stablehlo.broadcast_in_dim %0#1, dims = [0, 1] : (tensor<2x2048xi32>) -> tensor<2x2048x1xi32>
      %540 = stablehlo.broadcast_in_dim %0#1, dims = [0, 2] : (tensor<2x2048xi32>) -> tensor<2x1x2048xi32>
      %541 = stablehlo.broadcast_in_dim %539, dims = [0, 1, 2] : (tensor<2x2048x1xi32>) -> tensor<2x2048x2048xi32>
      %542 = stablehlo.broadcast_in_dim %540, dims = [0, 1, 2] : (tensor<2x1x2048xi32>) -> tensor<2x2048x2048xi32>
      %543 = stablehlo.compare EQ, %541, %542, SIGNED : (tensor<2x2048x2048xi32>, tensor<2x2048x2048xi32>) -> tensor<2x2048x2048xi1>
      %544 = stablehlo.and %538, %543 : tensor<2x2048x2048xi1>
      %545 = stablehlo.reshape %139 : (tensor<2x2048x32x128xbf16>) -> tensor<2x2048x16x2x128xbf16>
      %546 = stablehlo.dot_general %164, %545, batching_dims = [0, 2] x [0, 2], contracting_dims = [3] x [4], precision = [DEFAULT, DEFAULT] : (tensor<2x2048x16x128xbf16>, tensor<2x2048x16x2x128xbf16>) -> tensor<2x16x2048x2048x2xf32>
      %547 = stablehlo.transpose %546, dims = [0, 1, 4, 3, 2] : (tensor<2x16x2048x2048x2xf32>) -> tensor<2x16x2x2048x2048xf32>
      %cst_82 = stablehlo.constant dense<0.0771516785> : tensor<f32>
      %548 = stablehlo.broadcast_in_dim %cst_82, dims = [] : (tensor<f32>) -> tensor<2x16x2x2048x2048xf32>
      %549 = stablehlo.multiply %547, %548 : tensor<2x16x2x2048x2048xf32>
      %550 = stablehlo.broadcast_in_dim %544, dims = [0, 3, 4] : (tensor<2x2048x2048xi1>) -> tensor<2x1x1x2048x2048xi1>
      %cst_83 = stablehlo.constant dense<-2.38197633E+38> : tensor<f32>
      %551:2 = func.call @_where_31(%550, %549, %cst_83) : (tensor<2x1x1x2048x2048xi1>, tensor<2x16x2x2048x2048xf32>, tensor<f32>) -> (tensor<2x16x2x2048x2048xf32>, tensor<2x16x2x2048x2048xi1>)
      %cst_84 = stablehlo.constant dense<0xFF800000> : tensor<f32>
      %552 = stablehlo.reduce(%551#0 init: %cst_84) applies stablehlo.maximum across dimensions = [4] : (tensor<2x16x2x2048x2048xf32>, tensor<f32>) -> tensor<2x16x2x2048xf32>
      %cst_85 = stablehlo.constant dense<0xFF800000> : tensor<f32>
      %553 = stablehlo.broadcast_in_dim %cst_85, dims = [] : (tensor<f32>) -> tensor<2x16x2x2048xf32>
      %554 = stablehlo.maximum %553, %552 : tensor<2x16x2x2048xf32>
      %555 = stablehlo.broadcast_in_dim %554, dims = [0, 1, 2, 3] : (tensor<2x16x2x2048xf32>) -> tensor<2x16x2x2048x1xf32>
      %556 = stablehlo.broadcast_in_dim %555, dims = [0, 1, 2, 3, 4] : (tensor<2x16x2x2048x1xf32>) -> tensor<2x16x2x2048x2048xf32>
      %557 = stablehlo.subtract %551#0, %556 : tensor<2x16x2x2048x2048xf32>
      %558 = stablehlo.exponential %557 : tensor<2x16x2x2048x2048xf32>
      %cst_86 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
      %559 = stablehlo.reduce(%558 init: %cst_86) applies stablehlo.add across dimensions = [4] : (tensor<2x16x2x2048x2048xf32>, tensor<f32>) -> tensor<2x16x2x2048xf32>
      %560 = stablehlo.broadcast_in_dim %559, dims = [0, 1, 2, 3] : (tensor<2x16x2x2048xf32>) -> tensor<2x16x2x2048x1xf32>
      %561 = stablehlo.broadcast_in_dim %560, dims = [0, 1, 2, 3, 4] : (tensor<2x16x2x2048x1xf32>) -> tensor<2x16x2x2048x2048xf32>
      %562 = stablehlo.divide %558, %561 : tensor<2x16x2x2048x2048xf32>
      %563 = stablehlo.multiply %560, %560 : tensor<2x16x2x2048x1xf32>
      %cst_87 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
      %564 = stablehlo.broadcast_in_dim %cst_87, dims = [] : (tensor<f32>) -> tensor<2x16x2x2048x1xf32>
      %565 = stablehlo.divide %564, %563 : tensor<2x16x2x2048x1xf32>
      %566 = stablehlo.convert %562 : (tensor<2x16x2x2048x2048xf32>) -> tensor<2x16x2x2048x2048xbf16>
      %567 = stablehlo.dot_general %45, %566, batching_dims = [0, 2] x [0, 1], contracting_dims = [1] x [4], precision = [DEFAULT, DEFAULT] : (tensor<2x2048x16x128xbf16>, tensor<2x16x2x2048x2048xbf16>) -> tensor<2x16x128x2x2048xbf16>
      %568 = stablehlo.transpose %567, dims = [0, 4, 1, 3, 2] : (tensor<2x16x128x2x2048xbf16>) -> tensor<2x2048x16x2x128xbf16>
      %569 = stablehlo.reshape %568 : (tensor<2x2048x16x2x128xbf16>) -> tensor<2x2048x32x128xbf16>
      stablehlo.return %569, %566, %45, %545, %164, %551#1, %558, %560, %565 : tensor<2x2048x32x128xbf16>, tensor<2x16x2x2048x2048xbf16>, tensor<2x2048x16x128xbf16>, tensor<2x2048x16x2x128xbf16>, tensor<2x2048x16x128xbf16>, tensor<2x16x2x2048x2048xi1>, tensor<2x16x2x2048x2048xf32>, tensor<2x16x2x2048x1xf32>, tensor<2x16x2x2048x1xf32>
    }) : (tensor<i32>) -> (tensor<2x2048x32x128xbf16>, tensor<2x16x2x2048x2048xbf16>, tensor<2x2048x16x128xbf16>, tensor<2x2048x16x2x128xbf16>, tensor<2x2048x16x128xbf16>, tensor<2x16x2x2048x2048xi1>, tensor<2x16x2x2048x2048xf32>, tensor<2x16x2x2048x1xf32>, tensor<2x16x2x2048x1xf32>)
    %167 = stablehlo.reshape %166#0 : (tensor<2x2048x32x128xbf16>) -> tensor<2x2048x4096xbf16>
    %168 = stablehlo.reshape %0#7 : (tensor<32x128x5376xbf16>) -> tensor<4096x5376xbf16>
    %169 = stablehlo.reshape %0#22 : (tensor<32x128x16xf32>) -> tensor<4096x16xf32>
    %170 = stablehlo.dot_general %167, %168, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<2x2048x4096xbf16>, tensor<4096x5376xbf16>) -> tensor<2x2048x5376xbf16>
    %171 = stablehlo.convert %169 : (tensor<4096x16xf32>) -> tensor<4096x16xbf16>
    %172 = stablehlo.dot_general %167, %171, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<2x2048x4096xbf16>, tensor<4096x16xbf16>) -> tensor<2x2048x16xbf16>
    %cst_29 = stablehlo.constant dense<2.000000e+00> : tensor<bf16>
    %173 = stablehlo.broadcast_in_dim %cst_29, dims = [] : (tensor<bf16>) -> tensor<2x2048x16xbf16>
    %174 = stablehlo.multiply %172, %173 : tensor<2x2048x16xbf16>
    %175 = stablehlo.convert %0#23 : (tensor<16x5376xf32>) -> tensor<16x5376xbf16>
    %176 = stablehlo.dot_general %174, %175, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<2x2048x16xbf16>, tensor<16x5376xbf16>) -> tensor<2x2048x5376xbf16>
    %177 = stablehlo.add %170, %176 : tensor<2x2048x5376xbf16>
    %178 = stablehlo.convert %177 : (tensor<2x2048x5376xbf16>) -> tensor<2x2048x5376xf32>
    %179 = stablehlo.multiply %178, %178 : tensor<2x2048x5376xf32>
    %cst_30 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %180 = stablehlo.reduce(%179 init: %cst_30) applies stablehlo.add across dimensions = [2] : (tensor<2x2048x5376xf32>, tensor<f32>) -> tensor<2x2048xf32>
    %181 = stablehlo.broadcast_in_dim %180, dims = [0, 1] : (tensor<2x2048xf32>) -> tensor<2x2048x1xf32>
    %cst_31 = stablehlo.constant dense<5.376000e+03> : tensor<f32>
    %182 = stablehlo.broadcast_in_dim %cst_31, dims = [] : (tensor<f32>) -> tensor<2x2048x1xf32>
    %183 = stablehlo.divide %181, %182 : tensor<2x2048x1xf32>
    %cst_32 = stablehlo.constant dense<9.99999997E-7> : tensor<f32>
    %184 = stablehlo.broadcast_in_dim %cst_32, dims = [] : (tensor<f32>) -> tensor<2x2048x1xf32>
    %185 = stablehlo.add %183, %184 : tensor<2x2048x1xf32>
    %186 = stablehlo.rsqrt %185 : tensor<2x2048x1xf32>
    %187 = stablehlo.divide %186, %185 : tensor<2x2048x1xf32>
    %cst_33 = stablehlo.constant dense<-5.000000e-01> : tensor<f32>
    %188 = stablehlo.broadcast_in_dim %cst_33, dims = [] : (tensor<f32>) -> tensor<2x2048x1xf32>
    %189 = stablehlo.multiply %188, %187 : tensor<2x2048x1xf32>
    %190 = stablehlo.broadcast_in_dim %186, dims = [0, 1, 2] : (tensor<2x2048x1xf32>) -> tensor<2x2048x5376xf32>
    %191 = stablehlo.multiply %178, %190 : tensor<2x2048x5376xf32>
    %192 = stablehlo.convert %0#10 : (tensor<5376xbf16>) -> tensor<5376xf32>
    %cst_34 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %193 = stablehlo.broadcast_in_dim %cst_34, dims = [] : (tensor<f32>) -> tensor<5376xf32>
    %194 = stablehlo.add %193, %192 : tensor<5376xf32>
    %195 = stablehlo.broadcast_in_dim %194, dims = [2] : (tensor<5376xf32>) -> tensor<1x1x5376xf32>
    %196 = stablehlo.broadcast_in_dim %195, dims = [0, 1, 2] : (tensor<1x1x5376xf32>) -> tensor<2x2048x5376xf32>
    %197 = stablehlo.multiply %191, %196 : tensor<2x2048x5376xf32>
    %198 = stablehlo.convert %197 : (tensor<2x2048x5376xf32>) -> tensor<2x2048x5376xbf16>
    %199 = stablehlo.add %0#2, %198 : tensor<2x2048x5376xbf16>
    %200 = stablehlo.convert %199 : (tensor<2x2048x5376xbf16>) -> tensor<2x2048x5376xf32>
    %201 = stablehlo.multiply %200, %200 : tensor<2x2048x5376xf32>
    %cst_35 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %202 = stablehlo.reduce(%201 init: %cst_35) applies stablehlo.add across dimensions = [2] : (tensor<2x2048x5376xf32>, tensor<f32>) -> tensor<2x2048xf32>
    %203 = stablehlo.broadcast_in_dim %202, dims = [0, 1] : (tensor<2x2048xf32>) -> tensor<2x2048x1xf32>
    %cst_36 = stablehlo.constant dense<5.376000e+03> : tensor<f32>
    %204 = stablehlo.broadcast_in_dim %cst_36, dims = [] : (tensor<f32>) -> tensor<2x2048x1xf32>
    %205 = stablehlo.divide %203, %204 : tensor<2x2048x1xf32>
    %cst_37 = stablehlo.constant dense<9.99999997E-7> : tensor<f32>
    %206 = stablehlo.broadcast_in_dim %cst_37, dims = [] : (tensor<f32>) -> tensor<2x2048x1xf32>
    %207 = stablehlo.add %205, %206 : tensor<2x2048x1xf32>
    %208 = stablehlo.rsqrt %207 : tensor<2x2048x1xf32>
    %209 = stablehlo.divide %208, %207 : tensor<2x2048x1xf32>
    %cst_38 = stablehlo.constant dense<-5.000000e-01> : tensor<f32>
    %210 = stablehlo.broadcast_in_dim %cst_38, dims = [] : (tensor<f32>) -> tensor<2x2048x1xf32>
    %211 = stablehlo.multiply %210, %209 : tensor<2x2048x1xf32>
    %212 = stablehlo.broadcast_in_dim %208, dims = [0, 1, 2] : (tensor<2x2048x1xf32>) -> tensor<2x2048x5376xf32>
    %213 = stablehlo.multiply %200, %212 : tensor<2x2048x5376xf32>
    %214 = stablehlo.convert %0#11 : (tensor<5376xbf16>) -> tensor<5376xf32>
    %cst_39 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %215 = stablehlo.broadcast_in_dim %cst_39, dims = [] : (tensor<f32>) -> tensor<5376xf32>
    %216 = stablehlo.add %215, %214 : tensor<5376xf32>
    %217 = stablehlo.broadcast_in_dim %216, dims = [2] : (tensor<5376xf32>) -> tensor<1x1x5376xf32>
    %218 = stablehlo.broadcast_in_dim %217, dims = [0, 1, 2] : (tensor<1x1x5376xf32>) -> tensor<2x2048x5376xf32>
    %219 = stablehlo.multiply %213, %218 : tensor<2x2048x5376xf32>
    %220 = stablehlo.convert %219 : (tensor<2x2048x5376xf32>) -> tensor<2x2048x5376xbf16>
    %221 = stablehlo.dot_general %220, %0#12, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<2x2048x5376xbf16>, tensor<5376x21504xbf16>) -> tensor<2x2048x21504xbf16>
    %222 = stablehlo.convert %0#18 : (tensor<5376x16xf32>) -> tensor<5376x16xbf16>
    %223 = stablehlo.dot_general %220, %222, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<2x2048x5376xbf16>, tensor<5376x16xbf16>) -> tensor<2x2048x16xbf16>
    %cst_40 = stablehlo.constant dense<2.000000e+00> : tensor<bf16>
    %224 = stablehlo.broadcast_in_dim %cst_40, dims = [] : (tensor<bf16>) -> tensor<2x2048x16xbf16>
    %225 = stablehlo.multiply %223, %224 : tensor<2x2048x16xbf16>
    %226 = stablehlo.convert %0#19 : (tensor<16x21504xf32>) -> tensor<16x21504xbf16>
    %227 = stablehlo.dot_general %225, %226, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<2x2048x16xbf16>, tensor<16x21504xbf16>) -> tensor<2x2048x21504xbf16>
    %228 = stablehlo.add %221, %227 : tensor<2x2048x21504xbf16>
    %229 = stablehlo.multiply %228, %228 : tensor<2x2048x21504xbf16>
    %230 = stablehlo.multiply %229, %228 : tensor<2x2048x21504xbf16>
    %231 = stablehlo.multiply %228, %228 : tensor<2x2048x21504xbf16>
    %cst_41 = stablehlo.constant dense<3.000000e+00> : tensor<bf16>
    %232 = stablehlo.broadcast_in_dim %cst_41, dims = [] : (tensor<bf16>) -> tensor<2x2048x21504xbf16>
    %233 = stablehlo.multiply %232, %231 : tensor<2x2048x21504xbf16>
    %cst_42 = stablehlo.constant dense<4.467770e-02> : tensor<bf16>
    %234 = stablehlo.broadcast_in_dim %cst_42, dims = [] : (tensor<bf16>) -> tensor<2x2048x21504xbf16>
    %235 = stablehlo.multiply %234, %230 : tensor<2x2048x21504xbf16>
    %236 = stablehlo.add %228, %235 : tensor<2x2048x21504xbf16>
    %cst_43 = stablehlo.constant dense<7.968750e-01> : tensor<bf16>
    %237 = stablehlo.broadcast_in_dim %cst_43, dims = [] : (tensor<bf16>) -> tensor<2x2048x21504xbf16>
    %238 = stablehlo.multiply %237, %236 : tensor<2x2048x21504xbf16>
    %239 = stablehlo.tanh %238 : tensor<2x2048x21504xbf16>
    %cst_44 = stablehlo.constant dense<1.000000e+00> : tensor<bf16>
    %240 = stablehlo.broadcast_in_dim %cst_44, dims = [] : (tensor<bf16>) -> tensor<2x2048x21504xbf16>
    %241 = stablehlo.subtract %240, %239 : tensor<2x2048x21504xbf16>
    %cst_45 = stablehlo.constant dense<1.000000e+00> : tensor<bf16>
    %242 = stablehlo.broadcast_in_dim %cst_45, dims = [] : (tensor<bf16>) -> tensor<2x2048x21504xbf16>
    %243 = stablehlo.add %242, %239 : tensor<2x2048x21504xbf16>
    %cst_46 = stablehlo.constant dense<5.000000e-01> : tensor<bf16>
    %244 = stablehlo.broadcast_in_dim %cst_46, dims = [] : (tensor<bf16>) -> tensor<2x2048x21504xbf16>
    %245 = stablehlo.multiply %244, %243 : tensor<2x2048x21504xbf16>
    %246 = stablehlo.multiply %228, %245 : tensor<2x2048x21504xbf16>
    %247 = stablehlo.dot_general %220, %0#13, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<2x2048x5376xbf16>, tensor<5376x21504xbf16>) -> tensor<2x2048x21504xbf16>
    %248 = stablehlo.convert %0#26 : (tensor<5376x16xf32>) -> tensor<5376x16xbf16>
    %249 = stablehlo.dot_general %220, %248, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<2x2048x5376xbf16>, tensor<5376x16xbf16>) -> tensor<2x2048x16xbf16>
    %cst_47 = stablehlo.constant dense<2.000000e+00> : tensor<bf16>
    %250 = stablehlo.broadcast_in_dim %cst_47, dims = [] : (tensor<bf16>) -> tensor<2x2048x16xbf16>
    %251 = stablehlo.multiply %249, %250 : tensor<2x2048x16xbf16>
    %252 = stablehlo.convert %0#27 : (tensor<16x21504xf32>) -> tensor<16x21504xbf16>
    %253 = stablehlo.dot_general %251, %252, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<2x2048x16xbf16>, tensor<16x21504xbf16>) -> tensor<2x2048x21504xbf16>
    %254 = stablehlo.add %247, %253 : tensor<2x2048x21504xbf16>
    %255 = stablehlo.multiply %246, %254 : tensor<2x2048x21504xbf16>
    %256 = stablehlo.dot_general %255, %0#14, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<2x2048x21504xbf16>, tensor<21504x5376xbf16>) -> tensor<2x2048x5376xbf16>
    %257 = stablehlo.convert %0#16 : (tensor<21504x16xf32>) -> tensor<21504x16xbf16>
    %258 = stablehlo.dot_general %255, %257, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<2x2048x21504xbf16>, tensor<21504x16xbf16>) -> tensor<2x2048x16xbf16>
    %cst_48 = stablehlo.constant dense<2.000000e+00> : tensor<bf16>
    %259 = stablehlo.broadcast_in_dim %cst_48, dims = [] : (tensor<bf16>) -> tensor<2x2048x16xbf16>
    %260 = stablehlo.multiply %258, %259 : tensor<2x2048x16xbf16>
    %261 = stablehlo.convert %0#17 : (tensor<16x5376xf32>) -> tensor<16x5376xbf16>
    %262 = stablehlo.dot_general %260, %261, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<2x2048x16xbf16>, tensor<16x5376xbf16>) -> tensor<2x2048x5376xbf16>
    %263 = stablehlo.add %256, %262 : tensor<2x2048x5376xbf16>
    %264 = stablehlo.convert %263 : (tensor<2x2048x5376xbf16>) -> tensor<2x2048x5376xf32>
    %265 = stablehlo.multiply %264, %264 : tensor<2x2048x5376xf32>
    %cst_49 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %266 = stablehlo.reduce(%265 init: %cst_49) applies stablehlo.add across dimensions = [2] : (tensor<2x2048x5376xf32>, tensor<f32>) -> tensor<2x2048xf32>
    %267 = stablehlo.broadcast_in_dim %266, dims = [0, 1] : (tensor<2x2048xf32>) -> tensor<2x2048x1xf32>
    %cst_50 = stablehlo.constant dense<5.376000e+03> : tensor<f32>
    %268 = stablehlo.broadcast_in_dim %cst_50, dims = [] : (tensor<f32>) -> tensor<2x2048x1xf32>
    %269 = stablehlo.divide %267, %268 : tensor<2x2048x1xf32>
    %cst_51 = stablehlo.constant dense<9.99999997E-7> : tensor<f32>
    %270 = stablehlo.broadcast_in_dim %cst_51, dims = [] : (tensor<f32>) -> tensor<2x2048x1xf32>
    %271 = stablehlo.add %269, %270 : tensor<2x2048x1xf32>
    %272 = stablehlo.rsqrt %271 : tensor<2x2048x1xf32>
    %273 = stablehlo.divide %272, %271 : tensor<2x2048x1xf32>
    %cst_52 = stablehlo.constant dense<-5.000000e-01> : tensor<f32>
    %274 = stablehlo.broadcast_in_dim %cst_52, dims = [] : (tensor<f32>) -> tensor<2x2048x1xf32>
    %275 = stablehlo.multiply %274, %273 : tensor<2x2048x1xf32>
    %276 = stablehlo.convert %0#15 : (tensor<5376xbf16>) -> tensor<5376xf32>
    %cst_53 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %277 = stablehlo.broadcast_in_dim %cst_53, dims = [] : (tensor<f32>) -> tensor<5376xf32>
    %278 = stablehlo.add %277, %276 : tensor<5376xf32>
    %279 = stablehlo.broadcast_in_dim %278, dims = [2] : (tensor<5376xf32>) -> tensor<1x1x5376xf32>
    %280 = stablehlo.convert %0#31 : (tensor<2x2048x5376xbf16>) -> tensor<2x2048x5376xf32>
    %281 = stablehlo.broadcast_in_dim %279, dims = [0, 1, 2] : (tensor<1x1x5376xf32>) -> tensor<2x2048x5376xf32>
    %282 = stablehlo.multiply %280, %281 : tensor<2x2048x5376xf32>
    %283 = stablehlo.multiply %264, %282 : tensor<2x2048x5376xf32>
    %cst_54 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %284 = stablehlo.reduce(%283 init: %cst_54) applies stablehlo.add across dimensions = [2] : (tensor<2x2048x5376xf32>, tensor<f32>) -> tensor<2x2048xf32>
    %285 = stablehlo.reshape %284 : (tensor<2x2048xf32>) -> tensor<2x2048x1xf32>
    %286 = stablehlo.broadcast_in_dim %272, dims = [0, 1, 2] : (tensor<2x2048x1xf32>) -> tensor<2x2048x5376xf32>
    %287 = stablehlo.multiply %282, %286 : tensor<2x2048x5376xf32>
    %288 = stablehlo.multiply %285, %275 : tensor<2x2048x1xf32>
    %cst_55 = stablehlo.constant dense<5.376000e+03> : tensor<f32>
    %289 = stablehlo.broadcast_in_dim %cst_55, dims = [] : (tensor<f32>) -> tensor<2x2048x1xf32>
    %290 = stablehlo.divide %288, %289 : tensor<2x2048x1xf32>
    %cst_56 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %291 = stablehlo.reduce(%290 init: %cst_56) applies stablehlo.add across dimensions = [2] : (tensor<2x2048x1xf32>, tensor<f32>) -> tensor<2x2048xf32>
    %292 = stablehlo.broadcast_in_dim %291, dims = [0, 1] : (tensor<2x2048xf32>) -> tensor<2x2048x5376xf32>
    %293 = stablehlo.multiply %264, %292 : tensor<2x2048x5376xf32>
    %294 = stablehlo.add %287, %293 : tensor<2x2048x5376xf32>
    %295 = stablehlo.multiply %292, %264 : tensor<2x2048x5376xf32>
    %296 = stablehlo.add %294, %295 : tensor<2x2048x5376xf32>
    %297 = stablehlo.convert %296 : (tensor<2x2048x5376xf32>) -> tensor<2x2048x5376xbf16>
    %298 = stablehlo.dot_general %297, %260, contracting_dims = [0, 1] x [0, 1], precision = [DEFAULT, DEFAULT] : (tensor<2x2048x5376xbf16>, tensor<2x2048x16xbf16>) -> tensor<5376x16xbf16>
    %299 = stablehlo.transpose %298, dims = [1, 0] : (tensor<5376x16xbf16>) -> tensor<16x5376xbf16>
    %300 = stablehlo.dot_general %297, %261, contracting_dims = [2] x [1], precision = [DEFAULT, DEFAULT] : (tensor<2x2048x5376xbf16>, tensor<16x5376xbf16>) -> tensor<2x2048x16xbf16>
    %301 = stablehlo.convert %299 : (tensor<16x5376xbf16>) -> tensor<16x5376xf32>
    %cst_57 = stablehlo.constant dense<2.000000e+00> : tensor<bf16>
    %302 = stablehlo.broadcast_in_dim %cst_57, dims = [] : (tensor<bf16>) -> tensor<2x2048x16xbf16>
    %303 = stablehlo.multiply %300, %302 : tensor<2x2048x16xbf16>
    %304 = stablehlo.dot_general %303, %255, contracting_dims = [0, 1] x [0, 1], precision = [DEFAULT, DEFAULT] : (tensor<2x2048x16xbf16>, tensor<2x2048x21504xbf16>) -> tensor<16x21504xbf16>
    %305 = stablehlo.transpose %304, dims = [1, 0] : (tensor<16x21504xbf16>) -> tensor<21504x16xbf16>
    %306 = stablehlo.dot_general %303, %257, contracting_dims = [2] x [1], precision = [DEFAULT, DEFAULT] : (tensor<2x2048x16xbf16>, tensor<21504x16xbf16>) -> tensor<2x2048x21504xbf16>
    %307 = stablehlo.convert %305 : (tensor<21504x16xbf16>) -> tensor<21504x16xf32>
    %308 = stablehlo.dot_general %297, %0#14, contracting_dims = [2] x [1], precision = [DEFAULT, DEFAULT] : (tensor<2x2048x5376xbf16>, tensor<21504x5376xbf16>) -> tensor<2x2048x21504xbf16>
    %309 = stablehlo.add %306, %308 : tensor<2x2048x21504xbf16>
    %310 = stablehlo.multiply %246, %309 : tensor<2x2048x21504xbf16>
    %311 = stablehlo.multiply %309, %254 : tensor<2x2048x21504xbf16>
    %312 = stablehlo.dot_general %310, %251, contracting_dims = [0, 1] x [0, 1], precision = [DEFAULT, DEFAULT] : (tensor<2x2048x21504xbf16>, tensor<2x2048x16xbf16>) -> tensor<21504x16xbf16>
    %313 = stablehlo.transpose %312, dims = [1, 0] : (tensor<21504x16xbf16>) -> tensor<16x21504xbf16>
    %314 = stablehlo.dot_general %310, %252, contracting_dims = [2] x [1], precision = [DEFAULT, DEFAULT] : (tensor<2x2048x21504xbf16>, tensor<16x21504xbf16>) -> tensor<2x2048x16xbf16>
    %315 = stablehlo.convert %313 : (tensor<16x21504xbf16>) -> tensor<16x21504xf32>
    %cst_58 = stablehlo.constant dense<2.000000e+00> : tensor<bf16>
    %316 = stablehlo.broadcast_in_dim %cst_58, dims = [] : (tensor<bf16>) -> tensor<2x2048x16xbf16>
    %317 = stablehlo.multiply %314, %316 : tensor<2x2048x16xbf16>
    %318 = stablehlo.dot_general %317, %220, contracting_dims = [0, 1] x [0, 1], precision = [DEFAULT, DEFAULT] : (tensor<2x2048x16xbf16>, tensor<2x2048x5376xbf16>) -> tensor<16x5376xbf16>
    %319 = stablehlo.transpose %318, dims = [1, 0] : (tensor<16x5376xbf16>) -> tensor<5376x16xbf16>
    %320 = stablehlo.dot_general %317, %248, contracting_dims = [2] x [1], precision = [DEFAULT, DEFAULT] : (tensor<2x2048x16xbf16>, tensor<5376x16xbf16>) -> tensor<2x2048x5376xbf16>
    %321 = stablehlo.convert %319 : (tensor<5376x16xbf16>) -> tensor<5376x16xf32>
    %322 = stablehlo.dot_general %310, %0#13, contracting_dims = [2] x [1], precision = [DEFAULT, DEFAULT] : (tensor<2x2048x21504xbf16>, tensor<5376x21504xbf16>) -> tensor<2x2048x5376xbf16>
    %323 = stablehlo.add %320, %322 : tensor<2x2048x5376xbf16>
    %324 = stablehlo.multiply %228, %311 : tensor<2x2048x21504xbf16>
    %325 = stablehlo.multiply %311, %245 : tensor<2x2048x21504xbf16>
    %cst_59 = stablehlo.constant dense<5.000000e-01> : tensor<bf16>
    %326 = stablehlo.broadcast_in_dim %cst_59, dims = [] : (tensor<bf16>) -> tensor<2x2048x21504xbf16>
    %327 = stablehlo.multiply %326, %324 : tensor<2x2048x21504xbf16>
    %328 = stablehlo.multiply %327, %241 : tensor<2x2048x21504xbf16>
    %329 = stablehlo.multiply %328, %239 : tensor<2x2048x21504xbf16>
    %330 = stablehlo.add %328, %329 : tensor<2x2048x21504xbf16>
    %cst_60 = stablehlo.constant dense<7.968750e-01> : tensor<bf16>
    %331 = stablehlo.broadcast_in_dim %cst_60, dims = [] : (tensor<bf16>) -> tensor<2x2048x21504xbf16>
    %332 = stablehlo.multiply %331, %330 : tensor<2x2048x21504xbf16>
    %333 = stablehlo.add %325, %332 : tensor<2x2048x21504xbf16>
    %cst_61 = stablehlo.constant dense<4.467770e-02> : tensor<bf16>
    %334 = stablehlo.broadcast_in_dim %cst_61, dims = [] : (tensor<bf16>) -> tensor<2x2048x21504xbf16>
    %335 = stablehlo.multiply %334, %332 : tensor<2x2048x21504xbf16>
    %336 = stablehlo.multiply %335, %233 : tensor<2x2048x21504xbf16>
    %337 = stablehlo.add %333, %336 : tensor<2x2048x21504xbf16>
    %338 = stablehlo.dot_general %337, %225, contracting_dims = [0, 1] x [0, 1], precision = [DEFAULT, DEFAULT] : (tensor<2x2048x21504xbf16>, tensor<2x2048x16xbf16>) -> tensor<21504x16xbf16>
    %339 = stablehlo.transpose %338, dims = [1, 0] : (tensor<21504x16xbf16>) -> tensor<16x21504xbf16>
    %340 = stablehlo.dot_general %337, %226, contracting_dims = [2] x [1], precision = [DEFAULT, DEFAULT] : (tensor<2x2048x21504xbf16>, tensor<16x21504xbf16>) -> tensor<2x2048x16xbf16>
    %341 = stablehlo.convert %339 : (tensor<16x21504xbf16>) -> tensor<16x21504xf32>
    %cst_62 = stablehlo.constant dense<2.000000e+00> : tensor<bf16>
    %342 = stablehlo.broadcast_in_dim %cst_62, dims = [] : (tensor<bf16>) -> tensor<2x2048x16xbf16>
    %343 = stablehlo.multiply %340, %342 : tensor<2x2048x16xbf16>
    %344 = stablehlo.dot_general %343, %220, contracting_dims = [0, 1] x [0, 1], precision = [DEFAULT, DEFAULT] : (tensor<2x2048x16xbf16>, tensor<2x2048x5376xbf16>) -> tensor<16x5376xbf16>
    %345 = stablehlo.transpose %344, dims = [1, 0] : (tensor<16x5376xbf16>) -> tensor<5376x16xbf16>
    %346 = stablehlo.dot_general %343, %222, contracting_dims = [2] x [1], precision = [DEFAULT, DEFAULT] : (tensor<2x2048x16xbf16>, tensor<5376x16xbf16>) -> tensor<2x2048x5376xbf16>
    %347 = stablehlo.add %323, %346 : tensor<2x2048x5376xbf16>
    %348 = stablehlo.convert %345 : (tensor<5376x16xbf16>) -> tensor<5376x16xf32>
    %349 = stablehlo.dot_general %337, %0#12, contracting_dims = [2] x [1], precision = [DEFAULT, DEFAULT] : (tensor<2x2048x21504xbf16>, tensor<5376x21504xbf16>) -> tensor<2x2048x5376xbf16>
    %350 = stablehlo.add %347, %349 : tensor<2x2048x5376xbf16>
    %351 = stablehlo.convert %350 : (tensor<2x2048x5376xbf16>) -> tensor<2x2048x5376xf32>
    %352 = stablehlo.broadcast_in_dim %217, dims = [0, 1, 2] : (tensor<1x1x5376xf32>) -> tensor<2x2048x5376xf32>
    %353 = stablehlo.multiply %351, %352 : tensor<2x2048x5376xf32>
    %354 = stablehlo.multiply %200, %353 : tensor<2x2048x5376xf32>
    %cst_63 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %355 = stablehlo.reduce(%354 init: %cst_63) applies stablehlo.add across dimensions = [2] : (tensor<2x2048x5376xf32>, tensor<f32>) -> tensor<2x2048xf32>
    %356 = stablehlo.reshape %355 : (tensor<2x2048xf32>) -> tensor<2x2048x1xf32>
    %357 = stablehlo.broadcast_in_dim %208, dims = [0, 1, 2] : (tensor<2x2048x1xf32>) -> tensor<2x2048x5376xf32>
    %358 = stablehlo.multiply %353, %357 : tensor<2x2048x5376xf32>
    %359 = stablehlo.multiply %356, %211 : tensor<2x2048x1xf32>
    %cst_64 = stablehlo.constant dense<5.376000e+03> : tensor<f32>
    %360 = stablehlo.broadcast_in_dim %cst_64, dims = [] : (tensor<f32>) -> tensor<2x2048x1xf32>
    %361 = stablehlo.divide %359, %360 : tensor<2x2048x1xf32>
    %cst_65 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %362 = stablehlo.reduce(%361 init: %cst_65) applies stablehlo.add across dimensions = [2] : (tensor<2x2048x1xf32>, tensor<f32>) -> tensor<2x2048xf32>
    %363 = stablehlo.broadcast_in_dim %362, dims = [0, 1] : (tensor<2x2048xf32>) -> tensor<2x2048x5376xf32>
    %364 = stablehlo.multiply %200, %363 : tensor<2x2048x5376xf32>
    %365 = stablehlo.add %358, %364 : tensor<2x2048x5376xf32>
    %366 = stablehlo.multiply %363, %200 : tensor<2x2048x5376xf32>
    %367 = stablehlo.add %365, %366 : tensor<2x2048x5376xf32>
    %368 = stablehlo.convert %367 : (tensor<2x2048x5376xf32>) -> tensor<2x2048x5376xbf16>
    %369 = stablehlo.add %0#31, %368 : tensor<2x2048x5376xbf16>
    %370 = stablehlo.convert %369 : (tensor<2x2048x5376xbf16>) -> tensor<2x2048x5376xf32>
    %371 = stablehlo.broadcast_in_dim %195, dims = [0, 1, 2] : (tensor<1x1x5376xf32>) -> tensor<2x2048x5376xf32>
    %372 = stablehlo.multiply %370, %371 : tensor<2x2048x5376xf32>
    %373 = stablehlo.multiply %178, %372 : tensor<2x2048x5376xf32>
    %cst_66 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %374 = stablehlo.reduce(%373 init: %cst_66) applies stablehlo.add across dimensions = [2] : (tensor<2x2048x5376xf32>, tensor<f32>) -> tensor<2x2048xf32>
    %375 = stablehlo.reshape %374 : (tensor<2x2048xf32>) -> tensor<2x2048x1xf32>
    %376 = stablehlo.broadcast_in_dim %186, dims = [0, 1, 2] : (tensor<2x2048x1xf32>) -> tensor<2x2048x5376xf32>
    %377 = stablehlo.multiply %372, %376 : tensor<2x2048x5376xf32>
    %378 = stablehlo.multiply %375, %189 : tensor<2x2048x1xf32>
    %cst_67 = stablehlo.constant dense<5.376000e+03> : tensor<f32>
    %379 = stablehlo.broadcast_in_dim %cst_67, dims = [] : (tensor<f32>) -> tensor<2x2048x1xf32>
    %380 = stablehlo.divide %378, %379 : tensor<2x2048x1xf32>
    %cst_68 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %381 = stablehlo.reduce(%380 init: %cst_68) applies stablehlo.add across dimensions = [2] : (tensor<2x2048x1xf32>, tensor<f32>) -> tensor<2x2048xf32>
    %382 = stablehlo.broadcast_in_dim %381, dims = [0, 1] : (tensor<2x2048xf32>) -> tensor<2x2048x5376xf32>
    %383 = stablehlo.multiply %178, %382 : tensor<2x2048x5376xf32>
    %384 = stablehlo.add %377, %383 : tensor<2x2048x5376xf32>
    %385 = stablehlo.multiply %382, %178 : tensor<2x2048x5376xf32>
    %386 = stablehlo.add %384, %385 : tensor<2x2048x5376xf32>
    %387 = stablehlo.convert %386 : (tensor<2x2048x5376xf32>) -> tensor<2x2048x5376xbf16>
    %388 = stablehlo.dot_general %387, %174, contracting_dims = [0, 1] x [0, 1], precision = [DEFAULT, DEFAULT] : (tensor<2x2048x5376xbf16>, tensor<2x2048x16xbf16>) -> tensor<5376x16xbf16>
    %389 = stablehlo.transpose %388, dims = [1, 0] : (tensor<5376x16xbf16>) -> tensor<16x5376xbf16>
    %390 = stablehlo.dot_general %387, %175, contracting_dims = [2] x [1], precision = [DEFAULT, DEFAULT] : (tensor<2x2048x5376xbf16>, tensor<16x5376xbf16>) -> tensor<2x2048x16xbf16>
    %391 = stablehlo.convert %389 : (tensor<16x5376xbf16>) -> tensor<16x5376xf32>
    %cst_69 = stablehlo.constant dense<2.000000e+00> : tensor<bf16>
    %392 = stablehlo.broadcast_in_dim %cst_69, dims = [] : (tensor<bf16>) -> tensor<2x2048x16xbf16>
    %393 = stablehlo.multiply %390, %392 : tensor<2x2048x16xbf16>
    %394 = stablehlo.dot_general %393, %167, contracting_dims = [0, 1] x [0, 1], precision = [DEFAULT, DEFAULT] : (tensor<2x2048x16xbf16>, tensor<2x2048x4096xbf16>) -> tensor<16x4096xbf16>
    %395 = stablehlo.transpose %394, dims = [1, 0] : (tensor<16x4096xbf16>) -> tensor<4096x16xbf16>
    %396 = stablehlo.dot_general %393, %171, contracting_dims = [2] x [1], precision = [DEFAULT, DEFAULT] : (tensor<2x2048x16xbf16>, tensor<4096x16xbf16>) -> tensor<2x2048x4096xbf16>
    %397 = stablehlo.convert %395 : (tensor<4096x16xbf16>) -> tensor<4096x16xf32>
    %398 = stablehlo.dot_general %387, %168, contracting_dims = [2] x [1], precision = [DEFAULT, DEFAULT] : (tensor<2x2048x5376xbf16>, tensor<4096x5376xbf16>) -> tensor<2x2048x4096xbf16>
    %399 = stablehlo.add %396, %398 : tensor<2x2048x4096xbf16>
    %400 = stablehlo.reshape %397 : (tensor<4096x16xf32>) -> tensor<32x128x16xf32>
    %401 = stablehlo.reshape %399 : (tensor<2x2048x4096xbf16>) -> tensor<2x2048x32x128xbf16>
    %402:3 = "stablehlo.case"(%165) ({
      %528 = stablehlo.reshape %401 : (tensor<2x2048x32x128xbf16>) -> tensor<2x2048x16x2x128xbf16>
      %529 = stablehlo.transpose %528, dims = [0, 2, 4, 3, 1] : (tensor<2x2048x16x2x128xbf16>) -> tensor<2x16x128x2x2048xbf16>
      %530 = stablehlo.dot_general %529, %166#2, batching_dims = [0, 1] x [0, 2], contracting_dims = [2] x [3], precision = [DEFAULT, DEFAULT] : (tensor<2x16x128x2x2048xbf16>, tensor<2x2048x16x128xbf16>) -> tensor<2x16x2x2048x2048xbf16>
      %531 = stablehlo.dot_general %529, %166#1, batching_dims = [0, 1] x [0, 1], contracting_dims = [3, 4] x [2, 3], precision = [DEFAULT, DEFAULT] : (tensor<2x16x128x2x2048xbf16>, tensor<2x16x2x2048x2048xbf16>) -> tensor<2x16x128x2048xbf16>
      %532 = stablehlo.transpose %531, dims = [0, 3, 1, 2] : (tensor<2x16x128x2048xbf16>) -> tensor<2x2048x16x128xbf16>
      %533 = stablehlo.convert %530 : (tensor<2x16x2x2048x2048xbf16>) -> tensor<2x16x2x2048x2048xf32>
      %534 = stablehlo.broadcast_in_dim %166#8, dims = [0, 1, 2, 3, 4] : (tensor<2x16x2x2048x1xf32>) -> tensor<2x16x2x2048x2048xf32>
      %535 = stablehlo.multiply %533, %534 : tensor<2x16x2x2048x2048xf32>
      %536 = stablehlo.multiply %535, %166#6 : tensor<2x16x2x2048x2048xf32>
      %cst_82 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
      %537 = stablehlo.reduce(%536 init: %cst_82) applies stablehlo.add across dimensions = [4] : (tensor<2x16x2x2048x2048xf32>, tensor<f32>) -> tensor<2x16x2x2048xf32>
      %538 = stablehlo.reshape %537 : (tensor<2x16x2x2048xf32>) -> tensor<2x16x2x2048x1xf32>
      %539 = stablehlo.negate %538 : tensor<2x16x2x2048x1xf32>
      %540 = stablehlo.broadcast_in_dim %166#7, dims = [0, 1, 2, 3, 4] : (tensor<2x16x2x2048x1xf32>) -> tensor<2x16x2x2048x2048xf32>
      %541 = stablehlo.divide %533, %540 : tensor<2x16x2x2048x2048xf32>
      %cst_83 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
      %542 = stablehlo.reduce(%539 init: %cst_83) applies stablehlo.add across dimensions = [4] : (tensor<2x16x2x2048x1xf32>, tensor<f32>) -> tensor<2x16x2x2048xf32>
      %543 = stablehlo.broadcast_in_dim %542, dims = [0, 1, 2, 3] : (tensor<2x16x2x2048xf32>) -> tensor<2x16x2x2048x2048xf32>
      %544 = stablehlo.add %541, %543 : tensor<2x16x2x2048x2048xf32>
      %545 = stablehlo.multiply %544, %166#6 : tensor<2x16x2x2048x2048xf32>
      %546 = func.call @_where_32(%166#5, %545) : (tensor<2x16x2x2048x2048xi1>, tensor<2x16x2x2048x2048xf32>) -> tensor<2x16x2x2048x2048xf32>
      %cst_84 = stablehlo.constant dense<0.0771516785> : tensor<f32>
      %547 = stablehlo.broadcast_in_dim %cst_84, dims = [] : (tensor<f32>) -> tensor<2x16x2x2048x2048xf32>
      %548 = stablehlo.multiply %546, %547 : tensor<2x16x2x2048x2048xf32>
      %549 = stablehlo.transpose %548, dims = [0, 1, 4, 3, 2] : (tensor<2x16x2x2048x2048xf32>) -> tensor<2x16x2048x2048x2xf32>
      %550 = stablehlo.dot_general %549, %166#4, batching_dims = [0, 1] x [0, 2], contracting_dims = [2] x [1], precision = [DEFAULT, DEFAULT] : (tensor<2x16x2048x2048x2xf32>, tensor<2x2048x16x128xbf16>) -> tensor<2x16x2048x2x128xf32>
      %551 = stablehlo.transpose %550, dims = [0, 2, 1, 3, 4] : (tensor<2x16x2048x2x128xf32>) -> tensor<2x2048x16x2x128xf32>
      %552 = stablehlo.convert %551 : (tensor<2x2048x16x2x128xf32>) -> tensor<2x2048x16x2x128xbf16>
      %553 = stablehlo.dot_general %549, %166#3, batching_dims = [0, 1] x [0, 2], contracting_dims = [3, 4] x [1, 3], precision = [DEFAULT, DEFAULT] : (tensor<2x16x2048x2048x2xf32>, tensor<2x2048x16x2x128xbf16>) -> tensor<2x16x2048x128xf32>
      %554 = stablehlo.transpose %553, dims = [0, 2, 1, 3] : (tensor<2x16x2048x128xf32>) -> tensor<2x2048x16x128xf32>
      %555 = stablehlo.convert %554 : (tensor<2x2048x16x128xf32>) -> tensor<2x2048x16x128xbf16>
      %556 = stablehlo.reshape %552 : (tensor<2x2048x16x2x128xbf16>) -> tensor<2x2048x32x128xbf16>
      stablehlo.return %556, %555, %532 : tensor<2x2048x32x128xbf16>, tensor<2x2048x16x128xbf16>, tensor<2x2048x16x128xbf16>
    }, {
      %528 = stablehlo.reshape %401 : (tensor<2x2048x32x128xbf16>) -> tensor<2x2048x16x2x128xbf16>
      %529 = stablehlo.transpose %528, dims = [0, 2, 4, 3, 1] : (tensor<2x2048x16x2x128xbf16>) -> tensor<2x16x128x2x2048xbf16>
      %530 = stablehlo.dot_general %529, %166#2, batching_dims = [0, 1] x [0, 2], contracting_dims = [2] x [3], precision = [DEFAULT, DEFAULT] : (tensor<2x16x128x2x2048xbf16>, tensor<2x2048x16x128xbf16>) -> tensor<2x16x2x2048x2048xbf16>
      %531 = stablehlo.dot_general %529, %166#1, batching_dims = [0, 1] x [0, 1], contracting_dims = [3, 4] x [2, 3], precision = [DEFAULT, DEFAULT] : (tensor<2x16x128x2x2048xbf16>, tensor<2x16x2x2048x2048xbf16>) -> tensor<2x16x128x2048xbf16>
      %532 = stablehlo.transpose %531, dims = [0, 3, 1, 2] : (tensor<2x16x128x2048xbf16>) -> tensor<2x2048x16x128xbf16>
      %533 = stablehlo.convert %530 : (tensor<2x16x2x2048x2048xbf16>) -> tensor<2x16x2x2048x2048xf32>
      %534 = stablehlo.broadcast_in_dim %166#8, dims = [0, 1, 2, 3, 4] : (tensor<2x16x2x2048x1xf32>) -> tensor<2x16x2x2048x2048xf32>
      %535 = stablehlo.multiply %533, %534 : tensor<2x16x2x2048x2048xf32>
      %536 = stablehlo.multiply %535, %166#6 : tensor<2x16x2x2048x2048xf32>
      %cst_82 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
      %537 = stablehlo.reduce(%536 init: %cst_82) applies stablehlo.add across dimensions = [4] : (tensor<2x16x2x2048x2048xf32>, tensor<f32>) -> tensor<2x16x2x2048xf32>
      %538 = stablehlo.reshape %537 : (tensor<2x16x2x2048xf32>) -> tensor<2x16x2x2048x1xf32>
      %539 = stablehlo.negate %538 : tensor<2x16x2x2048x1xf32>
      %540 = stablehlo.broadcast_in_dim %166#7, dims = [0, 1, 2, 3, 4] : (tensor<2x16x2x2048x1xf32>) -> tensor<2x16x2x2048x2048xf32>
      %541 = stablehlo.divide %533, %540 : tensor<2x16x2x2048x2048xf32>
      %cst_83 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
      %542 = stablehlo.reduce(%539 init: %cst_83) applies stablehlo.add across dimensions = [4] : (tensor<2x16x2x2048x1xf32>, tensor<f32>) -> tensor<2x16x2x2048xf32>
      %543 = stablehlo.broadcast_in_dim %542, dims = [0, 1, 2, 3] : (tensor<2x16x2x2048xf32>) -> tensor<2x16x2x2048x2048xf32>
      %544 = stablehlo.add %541, %543 : tensor<2x16x2x2048x2048xf32>
      %545 = stablehlo.multiply %544, %166#6 : tensor<2x16x2x2048x2048xf32>
      %546 = func.call @_where_32(%166#5, %545) : (tensor<2x16x2x2048x2048xi1>, tensor<2x16x2x2048x2048xf32>) -> tensor<2x16x2x2048x2048xf32>
      %cst_84 = stablehlo.constant dense<0.0771516785> : tensor<f32>
      %547 = stablehlo.broadcast_in_dim %cst_84, dims = [] : (tensor<f32>) -> tensor<2x16x2x2048x2048xf32>
      %548 = stablehlo.multiply %546, %547 : tensor<2x16x2x2048x2048xf32>
      %549 = stablehlo.transpose %548, dims = [0, 1, 4, 3, 2] : (tensor<2x16x2x2048x2048xf32>) -> tensor<2x16x2048x2048x2xf32>
      %550 = stablehlo.dot_general %549, %166#4, batching_dims = [0, 1] x [0, 2], contracting_dims = [2] x [1], precision = [DEFAULT, DEFAULT] : (tensor<2x16x2048x2048x2xf32>, tensor<2x2048x16x128xbf16>) -> tensor<2x16x2048x2x128xf32>
      %551 = stablehlo.transpose %550, dims = [0, 2, 1, 3, 4] : (tensor<2x16x2048x2x128xf32>) -> tensor<2x2048x16x2x128xf32>
      %552 = stablehlo.convert %551 : (tensor<2x2048x16x2x128xf32>) -> tensor<2x2048x16x2x128xbf16>
      %553 = stablehlo.dot_general %549, %166#3, batching_dims = [0, 1] x [0, 2], contracting_dims = [3, 4] x [1, 3], precision = [DEFAULT, DEFAULT] : (tensor<2x16x2048x2048x2xf32>, tensor<2x2048x16x2x128xbf16>) -> tensor<2x16x2048x128xf32>
      %554 = stablehlo.transpose %553, dims = [0, 2, 1, 3] : (tensor<2x16x2048x128xf32>) -> tensor<2x2048x16x128xf32>
      %555 = stablehlo.convert %554 : (tensor<2x2048x16x128xf32>) -> tensor<2x2048x16x128xbf16>
      %556 = stablehlo.reshape %552 : (tensor<2x2048x16x2x128xbf16>) -> tensor<2x2048x32x128xbf16>
      stablehlo.return %556, %555, %532 : tensor<2x2048x32x128xbf16>, tensor<2x2048x16x128xbf16>, tensor<2x2048x16x128xbf16>
    }) : (tensor<i32>) -> (tensor<2x2048x32x128xbf16>, tensor<2x2048x16x128xbf16>, tensor<2x2048x16x128xbf16>)
    %403 = stablehlo.convert %402#1 : (tensor<2x2048x16x128xbf16>) -> tensor<2x2048x16x128xf32>
    %404 = stablehlo.slice %403 [0:2, 0:2048, 0:16, 0:64] : (tensor<2x2048x16x128xf32>) -> tensor<2x2048x16x64xf32>
    %405 = stablehlo.slice %403 [0:2, 0:2048, 0:16, 64:128] : (tensor<2x2048x16x128xf32>) -> tensor<2x2048x16x64xf32>
    %406 = stablehlo.broadcast_in_dim %147, dims = [0, 1, 2, 3] : (tensor<2x2048x1x64xf32>) -> tensor<2x2048x16x64xf32>
    %407 = stablehlo.multiply %405, %406 : tensor<2x2048x16x64xf32>
    %408 = stablehlo.broadcast_in_dim %149, dims = [0, 1, 2, 3] : (tensor<2x2048x1x64xf32>) -> tensor<2x2048x16x64xf32>
    %409 = stablehlo.multiply %405, %408 : tensor<2x2048x16x64xf32>
    %410 = stablehlo.negate %404 : tensor<2x2048x16x64xf32>
    %411 = stablehlo.broadcast_in_dim %147, dims = [0, 1, 2, 3] : (tensor<2x2048x1x64xf32>) -> tensor<2x2048x16x64xf32>
    %412 = stablehlo.multiply %410, %411 : tensor<2x2048x16x64xf32>
    %413 = stablehlo.add %409, %412 : tensor<2x2048x16x64xf32>
    %414 = stablehlo.broadcast_in_dim %149, dims = [0, 1, 2, 3] : (tensor<2x2048x1x64xf32>) -> tensor<2x2048x16x64xf32>
    %415 = stablehlo.multiply %404, %414 : tensor<2x2048x16x64xf32>
    %416 = stablehlo.add %407, %415 : tensor<2x2048x16x64xf32>
    %417 = stablehlo.concatenate %416, %413, dim = 3 : (tensor<2x2048x16x64xf32>, tensor<2x2048x16x64xf32>) -> tensor<2x2048x16x128xf32>
    %418 = stablehlo.convert %417 : (tensor<2x2048x16x128xf32>) -> tensor<2x2048x16x128xbf16>
    %419 = stablehlo.convert %402#0 : (tensor<2x2048x32x128xbf16>) -> tensor<2x2048x32x128xf32>
    %420 = stablehlo.slice %419 [0:2, 0:2048, 0:32, 0:64] : (tensor<2x2048x32x128xf32>) -> tensor<2x2048x32x64xf32>
    %421 = stablehlo.slice %419 [0:2, 0:2048, 0:32, 64:128] : (tensor<2x2048x32x128xf32>) -> tensor<2x2048x32x64xf32>
    %422 = stablehlo.broadcast_in_dim %122, dims = [0, 1, 2, 3] : (tensor<2x2048x1x64xf32>) -> tensor<2x2048x32x64xf32>
    %423 = stablehlo.multiply %421, %422 : tensor<2x2048x32x64xf32>
    %424 = stablehlo.broadcast_in_dim %124, dims = [0, 1, 2, 3] : (tensor<2x2048x1x64xf32>) -> tensor<2x2048x32x64xf32>
    %425 = stablehlo.multiply %421, %424 : tensor<2x2048x32x64xf32>
    %426 = stablehlo.negate %420 : tensor<2x2048x32x64xf32>
    %427 = stablehlo.broadcast_in_dim %122, dims = [0, 1, 2, 3] : (tensor<2x2048x1x64xf32>) -> tensor<2x2048x32x64xf32>
    %428 = stablehlo.multiply %426, %427 : tensor<2x2048x32x64xf32>
    %429 = stablehlo.add %425, %428 : tensor<2x2048x32x64xf32>
    %430 = stablehlo.broadcast_in_dim %124, dims = [0, 1, 2, 3] : (tensor<2x2048x1x64xf32>) -> tensor<2x2048x32x64xf32>
    %431 = stablehlo.multiply %420, %430 : tensor<2x2048x32x64xf32>
    %432 = stablehlo.add %423, %431 : tensor<2x2048x32x64xf32>
    %433 = stablehlo.concatenate %432, %429, dim = 3 : (tensor<2x2048x32x64xf32>, tensor<2x2048x32x64xf32>) -> tensor<2x2048x32x128xf32>
    %434 = stablehlo.convert %433 : (tensor<2x2048x32x128xf32>) -> tensor<2x2048x32x128xbf16>
    %435 = stablehlo.convert %418 : (tensor<2x2048x16x128xbf16>) -> tensor<2x2048x16x128xf32>
    %436 = stablehlo.broadcast_in_dim %84, dims = [0, 1, 2, 3] : (tensor<1x1x1x128xf32>) -> tensor<2x2048x16x128xf32>
    %437 = stablehlo.multiply %435, %436 : tensor<2x2048x16x128xf32>
    %438 = stablehlo.multiply %67, %437 : tensor<2x2048x16x128xf32>
    %cst_70 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %439 = stablehlo.reduce(%438 init: %cst_70) applies stablehlo.add across dimensions = [3] : (tensor<2x2048x16x128xf32>, tensor<f32>) -> tensor<2x2048x16xf32>
    %440 = stablehlo.reshape %439 : (tensor<2x2048x16xf32>) -> tensor<2x2048x16x1xf32>
    %441 = stablehlo.broadcast_in_dim %75, dims = [0, 1, 2, 3] : (tensor<2x2048x16x1xf32>) -> tensor<2x2048x16x128xf32>
    %442 = stablehlo.multiply %437, %441 : tensor<2x2048x16x128xf32>
    %443 = stablehlo.multiply %440, %78 : tensor<2x2048x16x1xf32>
    %cst_71 = stablehlo.constant dense<1.280000e+02> : tensor<f32>
    %444 = stablehlo.broadcast_in_dim %cst_71, dims = [] : (tensor<f32>) -> tensor<2x2048x16x1xf32>
    %445 = stablehlo.divide %443, %444 : tensor<2x2048x16x1xf32>
    %cst_72 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %446 = stablehlo.reduce(%445 init: %cst_72) applies stablehlo.add across dimensions = [3] : (tensor<2x2048x16x1xf32>, tensor<f32>) -> tensor<2x2048x16xf32>
    %447 = stablehlo.broadcast_in_dim %446, dims = [0, 1, 2] : (tensor<2x2048x16xf32>) -> tensor<2x2048x16x128xf32>
    %448 = stablehlo.multiply %67, %447 : tensor<2x2048x16x128xf32>
    %449 = stablehlo.add %442, %448 : tensor<2x2048x16x128xf32>
    %450 = stablehlo.multiply %447, %67 : tensor<2x2048x16x128xf32>
    %451 = stablehlo.add %449, %450 : tensor<2x2048x16x128xf32>
    %452 = stablehlo.convert %451 : (tensor<2x2048x16x128xf32>) -> tensor<2x2048x16x128xbf16>
    %453 = stablehlo.convert %434 : (tensor<2x2048x32x128xbf16>) -> tensor<2x2048x32x128xf32>
    %454 = stablehlo.broadcast_in_dim %63, dims = [0, 1, 2, 3] : (tensor<1x1x1x128xf32>) -> tensor<2x2048x32x128xf32>
    %455 = stablehlo.multiply %453, %454 : tensor<2x2048x32x128xf32>
    %456 = stablehlo.multiply %46, %455 : tensor<2x2048x32x128xf32>
    %cst_73 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %457 = stablehlo.reduce(%456 init: %cst_73) applies stablehlo.add across dimensions = [3] : (tensor<2x2048x32x128xf32>, tensor<f32>) -> tensor<2x2048x32xf32>
    %458 = stablehlo.reshape %457 : (tensor<2x2048x32xf32>) -> tensor<2x2048x32x1xf32>
    %459 = stablehlo.broadcast_in_dim %54, dims = [0, 1, 2, 3] : (tensor<2x2048x32x1xf32>) -> tensor<2x2048x32x128xf32>
    %460 = stablehlo.multiply %455, %459 : tensor<2x2048x32x128xf32>
    %461 = stablehlo.multiply %458, %57 : tensor<2x2048x32x1xf32>
    %cst_74 = stablehlo.constant dense<1.280000e+02> : tensor<f32>
    %462 = stablehlo.broadcast_in_dim %cst_74, dims = [] : (tensor<f32>) -> tensor<2x2048x32x1xf32>
    %463 = stablehlo.divide %461, %462 : tensor<2x2048x32x1xf32>
    %cst_75 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %464 = stablehlo.reduce(%463 init: %cst_75) applies stablehlo.add across dimensions = [3] : (tensor<2x2048x32x1xf32>, tensor<f32>) -> tensor<2x2048x32xf32>
    %465 = stablehlo.broadcast_in_dim %464, dims = [0, 1, 2] : (tensor<2x2048x32xf32>) -> tensor<2x2048x32x128xf32>
    %466 = stablehlo.multiply %46, %465 : tensor<2x2048x32x128xf32>
    %467 = stablehlo.add %460, %466 : tensor<2x2048x32x128xf32>
    %468 = stablehlo.multiply %465, %46 : tensor<2x2048x32x128xf32>
    %469 = stablehlo.add %467, %468 : tensor<2x2048x32x128xf32>
    %470 = stablehlo.convert %469 : (tensor<2x2048x32x128xf32>) -> tensor<2x2048x32x128xbf16>
    %471 = stablehlo.dot_general %402#2, %42, contracting_dims = [0, 1] x [0, 1], precision = [DEFAULT, DEFAULT] : (tensor<2x2048x16x128xbf16>, tensor<2x2048x16xbf16>) -> tensor<16x128x16xbf16>
    %472 = stablehlo.transpose %471, dims = [2, 0, 1] : (tensor<16x128x16xbf16>) -> tensor<16x16x128xbf16>
    %473 = stablehlo.dot_general %402#2, %43, contracting_dims = [2, 3] x [1, 2], precision = [DEFAULT, DEFAULT] : (tensor<2x2048x16x128xbf16>, tensor<16x16x128xbf16>) -> tensor<2x2048x16xbf16>
    %474 = stablehlo.convert %472 : (tensor<16x16x128xbf16>) -> tensor<16x16x128xf32>
    %cst_76 = stablehlo.constant dense<2.000000e+00> : tensor<bf16>
    %475 = stablehlo.broadcast_in_dim %cst_76, dims = [] : (tensor<bf16>) -> tensor<2x2048x16xbf16>
    %476 = stablehlo.multiply %473, %475 : tensor<2x2048x16xbf16>
    %477 = stablehlo.dot_general %476, %21, contracting_dims = [0, 1] x [0, 1], precision = [DEFAULT, DEFAULT] : (tensor<2x2048x16xbf16>, tensor<2x2048x5376xbf16>) -> tensor<16x5376xbf16>
    %478 = stablehlo.transpose %477, dims = [1, 0] : (tensor<16x5376xbf16>) -> tensor<5376x16xbf16>
    %479 = stablehlo.dot_general %476, %39, contracting_dims = [2] x [1], precision = [DEFAULT, DEFAULT] : (tensor<2x2048x16xbf16>, tensor<5376x16xbf16>) -> tensor<2x2048x5376xbf16>
    %480 = stablehlo.convert %478 : (tensor<5376x16xbf16>) -> tensor<5376x16xf32>
    %481 = stablehlo.dot_general %402#2, %0#6, contracting_dims = [2, 3] x [0, 2], precision = [DEFAULT, DEFAULT] : (tensor<2x2048x16x128xbf16>, tensor<16x5376x128xbf16>) -> tensor<2x2048x5376xbf16>
    %482 = stablehlo.add %479, %481 : tensor<2x2048x5376xbf16>
    %483 = stablehlo.dot_general %452, %34, contracting_dims = [0, 1] x [0, 1], precision = [DEFAULT, DEFAULT] : (tensor<2x2048x16x128xbf16>, tensor<2x2048x16xbf16>) -> tensor<16x128x16xbf16>
    %484 = stablehlo.transpose %483, dims = [2, 0, 1] : (tensor<16x128x16xbf16>) -> tensor<16x16x128xbf16>
    %485 = stablehlo.dot_general %452, %35, contracting_dims = [2, 3] x [1, 2], precision = [DEFAULT, DEFAULT] : (tensor<2x2048x16x128xbf16>, tensor<16x16x128xbf16>) -> tensor<2x2048x16xbf16>
    %486 = stablehlo.convert %484 : (tensor<16x16x128xbf16>) -> tensor<16x16x128xf32>
    %cst_77 = stablehlo.constant dense<2.000000e+00> : tensor<bf16>
    %487 = stablehlo.broadcast_in_dim %cst_77, dims = [] : (tensor<bf16>) -> tensor<2x2048x16xbf16>
    %488 = stablehlo.multiply %485, %487 : tensor<2x2048x16xbf16>
    %489 = stablehlo.dot_general %488, %21, contracting_dims = [0, 1] x [0, 1], precision = [DEFAULT, DEFAULT] : (tensor<2x2048x16xbf16>, tensor<2x2048x5376xbf16>) -> tensor<16x5376xbf16>
    %490 = stablehlo.transpose %489, dims = [1, 0] : (tensor<16x5376xbf16>) -> tensor<5376x16xbf16>
    %491 = stablehlo.dot_general %488, %31, contracting_dims = [2] x [1], precision = [DEFAULT, DEFAULT] : (tensor<2x2048x16xbf16>, tensor<5376x16xbf16>) -> tensor<2x2048x5376xbf16>
    %492 = stablehlo.add %482, %491 : tensor<2x2048x5376xbf16>
    %493 = stablehlo.convert %490 : (tensor<5376x16xbf16>) -> tensor<5376x16xf32>
    %494 = stablehlo.dot_general %452, %0#5, contracting_dims = [2, 3] x [0, 2], precision = [DEFAULT, DEFAULT] : (tensor<2x2048x16x128xbf16>, tensor<16x5376x128xbf16>) -> tensor<2x2048x5376xbf16>
    %495 = stablehlo.add %492, %494 : tensor<2x2048x5376xbf16>
    %496 = stablehlo.dot_general %470, %26, contracting_dims = [0, 1] x [0, 1], precision = [DEFAULT, DEFAULT] : (tensor<2x2048x32x128xbf16>, tensor<2x2048x16xbf16>) -> tensor<32x128x16xbf16>
    %497 = stablehlo.transpose %496, dims = [2, 0, 1] : (tensor<32x128x16xbf16>) -> tensor<16x32x128xbf16>
    %498 = stablehlo.dot_general %470, %27, contracting_dims = [2, 3] x [1, 2], precision = [DEFAULT, DEFAULT] : (tensor<2x2048x32x128xbf16>, tensor<16x32x128xbf16>) -> tensor<2x2048x16xbf16>
    %499 = stablehlo.convert %497 : (tensor<16x32x128xbf16>) -> tensor<16x32x128xf32>
    %cst_78 = stablehlo.constant dense<2.000000e+00> : tensor<bf16>
    %500 = stablehlo.broadcast_in_dim %cst_78, dims = [] : (tensor<bf16>) -> tensor<2x2048x16xbf16>
    %501 = stablehlo.multiply %498, %500 : tensor<2x2048x16xbf16>
    %502 = stablehlo.dot_general %501, %21, contracting_dims = [0, 1] x [0, 1], precision = [DEFAULT, DEFAULT] : (tensor<2x2048x16xbf16>, tensor<2x2048x5376xbf16>) -> tensor<16x5376xbf16>
    %503 = stablehlo.transpose %502, dims = [1, 0] : (tensor<16x5376xbf16>) -> tensor<5376x16xbf16>
    %504 = stablehlo.dot_general %501, %23, contracting_dims = [2] x [1], precision = [DEFAULT, DEFAULT] : (tensor<2x2048x16xbf16>, tensor<5376x16xbf16>) -> tensor<2x2048x5376xbf16>
    %505 = stablehlo.add %495, %504 : tensor<2x2048x5376xbf16>
    %506 = stablehlo.convert %503 : (tensor<5376x16xbf16>) -> tensor<5376x16xf32>
    %507 = stablehlo.dot_general %470, %0#4, contracting_dims = [2, 3] x [0, 2], precision = [DEFAULT, DEFAULT] : (tensor<2x2048x32x128xbf16>, tensor<32x5376x128xbf16>) -> tensor<2x2048x5376xbf16>
    %508 = stablehlo.add %505, %507 : tensor<2x2048x5376xbf16>
    %509 = stablehlo.convert %508 : (tensor<2x2048x5376xbf16>) -> tensor<2x2048x5376xf32>
    %510 = stablehlo.broadcast_in_dim %18, dims = [0, 1, 2] : (tensor<1x1x5376xf32>) -> tensor<2x2048x5376xf32>
    %511 = stablehlo.multiply %509, %510 : tensor<2x2048x5376xf32>
    %512 = stablehlo.multiply %1, %511 : tensor<2x2048x5376xf32>
    %cst_79 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %513 = stablehlo.reduce(%512 init: %cst_79) applies stablehlo.add across dimensions = [2] : (tensor<2x2048x5376xf32>, tensor<f32>) -> tensor<2x2048xf32>
    %514 = stablehlo.reshape %513 : (tensor<2x2048xf32>) -> tensor<2x2048x1xf32>
    %515 = stablehlo.broadcast_in_dim %9, dims = [0, 1, 2] : (tensor<2x2048x1xf32>) -> tensor<2x2048x5376xf32>
    %516 = stablehlo.multiply %511, %515 : tensor<2x2048x5376xf32>
    %517 = stablehlo.multiply %514, %12 : tensor<2x2048x1xf32>
    %cst_80 = stablehlo.constant dense<5.376000e+03> : tensor<f32>
    %518 = stablehlo.broadcast_in_dim %cst_80, dims = [] : (tensor<f32>) -> tensor<2x2048x1xf32>
    %519 = stablehlo.divide %517, %518 : tensor<2x2048x1xf32>
    %cst_81 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %520 = stablehlo.reduce(%519 init: %cst_81) applies stablehlo.add across dimensions = [2] : (tensor<2x2048x1xf32>, tensor<f32>) -> tensor<2x2048xf32>
    %521 = stablehlo.broadcast_in_dim %520, dims = [0, 1] : (tensor<2x2048xf32>) -> tensor<2x2048x5376xf32>
    %522 = stablehlo.multiply %1, %521 : tensor<2x2048x5376xf32>
    %523 = stablehlo.add %516, %522 : tensor<2x2048x5376xf32>
    %524 = stablehlo.multiply %521, %1 : tensor<2x2048x5376xf32>
    %525 = stablehlo.add %523, %524 : tensor<2x2048x5376xf32>
    %526 = stablehlo.convert %525 : (tensor<2x2048x5376xf32>) -> tensor<2x2048x5376xbf16>
    %527 = stablehlo.add %369, %526 : tensor<2x2048x5376xbf16>
    return %527, %307, %301, %348, %341, %493, %486, %400, %391, %506, %499, %321, %315, %480, %474 : tensor<2x2048x5376xbf16>, tensor<21504x16xf32>, tensor<16x5376xf32>, tensor<5376x16xf32>, tensor<16x21504xf32>, tensor<5376x16xf32>, tensor<16x16x128xf32>, tensor<32x128x16xf32>, tensor<16x5376xf32>, tensor<5376x16xf32>, tensor<16x32x128xf32>, tensor<5376x16xf32>, tensor<16x21504xf32>, tensor<5376x16xf32>, tensor<16x16x128xf32>
  }
  func.func private @_where_30(%arg0: tensor<i1>, %arg1: tensor<64xf32>, %arg2: tensor<64xf32>) -> tensor<64xf32> {
    %0 = stablehlo.select %arg0, %arg1, %arg2 : tensor<i1>, tensor<64xf32>
    return %0 : tensor<64xf32>
  }
  func.func private @_where_31(%arg0: tensor<2x1x1x2048x2048xi1>, %arg1: tensor<2x16x2x2048x2048xf32>, %arg2: tensor<f32>) -> (tensor<2x16x2x2048x2048xf32>, tensor<2x16x2x2048x2048xi1>) {
    %0 = stablehlo.convert %arg2 : tensor<f32>
    %1 = stablehlo.broadcast_in_dim %arg0, dims = [0, 1, 2, 3, 4] : (tensor<2x1x1x2048x2048xi1>) -> tensor<2x16x2x2048x2048xi1>
    %2 = stablehlo.broadcast_in_dim %0, dims = [] : (tensor<f32>) -> tensor<2x16x2x2048x2048xf32>
    %3 = stablehlo.select %1, %arg1, %2 : tensor<2x16x2x2048x2048xi1>, tensor<2x16x2x2048x2048xf32>
    return %3, %1 : tensor<2x16x2x2048x2048xf32>, tensor<2x16x2x2048x2048xi1>
  }
  func.func private @_where_32(%arg0: tensor<2x16x2x2048x2048xi1>, %arg1: tensor<2x16x2x2048x2048xf32>) -> tensor<2x16x2x2048x2048xf32> {
    %cst = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %0 = stablehlo.broadcast_in_dim %cst, dims = [] : (tensor<f32>) -> tensor<2x16x2x2048x2048xf32>
    %1 = stablehlo.select %arg0, %arg1, %0 : tensor<2x16x2x2048x2048xi1>, tensor<2x16x2x2048x2048xf32>
    return %1 : tensor<2x16x2x2048x2048xf32>
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
