// gemma3 27b v5p-8 sft batch=8 seq=2048 accum_steps=4 state_dtype=bfloat16: StableHLO from jax, no locations
// row: {"topology": "v5p-8", "workload": "sft", "options": {"batch": 8, "seq": 2048, "accum_steps": 4, "state_dtype": "bfloat16"}}
// jax 0.10.2, jaxlib 0.10.2, libtpu 0.0.42.1
// regenerate: python -m gemma3.hlo dump --workload sft; compare: python -m gemma3.hlo diff sft.stablehlo.mlir current
module @jit_fn attributes {mhlo.num_partitions = 4 : i32, mhlo.num_replicas = 1 : i32} {
  sdy.mesh @mesh = <["data"=1, "fsdp"=1, "tensor"=4]> {stablehlo.mesh = {axes = [{name = "data", size = 1 : i64}, {name = "fsdp", size = 1 : i64}, {name = "tensor", size = 4 : i64}]}}
  func.func public @main(%arg0: tensor<262208x5376xbf16> {sdy.sharding = #sdy.sharding<@mesh, [{"tensor"}, {"fsdp"}]>, tf.aliasing_output = 0 : i32}, %arg1: tensor<62x5376xbf16> {sdy.sharding = #sdy.sharding<@mesh, [{}, {"fsdp"}]>, tf.aliasing_output = 1 : i32}, %arg2: tensor<62x32x5376x128xbf16> {sdy.sharding = #sdy.sharding<@mesh, [{}, {"tensor"}, {"fsdp"}, {}]>, tf.aliasing_output = 2 : i32}, %arg3: tensor<62x16x5376x128xbf16> {sdy.sharding = #sdy.sharding<@mesh, [{}, {"tensor"}, {"fsdp"}, {}]>, tf.aliasing_output = 3 : i32}, %arg4: tensor<62x16x5376x128xbf16> {sdy.sharding = #sdy.sharding<@mesh, [{}, {"tensor"}, {"fsdp"}, {}]>, tf.aliasing_output = 4 : i32}, %arg5: tensor<62x32x128x5376xbf16> {sdy.sharding = #sdy.sharding<@mesh, [{}, {"tensor"}, {}, {"fsdp"}]>, tf.aliasing_output = 5 : i32}, %arg6: tensor<62x128xbf16> {sdy.sharding = #sdy.sharding<@mesh, [{}, {}]>, tf.aliasing_output = 6 : i32}, %arg7: tensor<62x128xbf16> {sdy.sharding = #sdy.sharding<@mesh, [{}, {}]>, tf.aliasing_output = 7 : i32}, %arg8: tensor<62x5376xbf16> {sdy.sharding = #sdy.sharding<@mesh, [{}, {"fsdp"}]>, tf.aliasing_output = 8 : i32}, %arg9: tensor<62x5376xbf16> {sdy.sharding = #sdy.sharding<@mesh, [{}, {"fsdp"}]>, tf.aliasing_output = 9 : i32}, %arg10: tensor<62x5376x21504xbf16> {sdy.sharding = #sdy.sharding<@mesh, [{}, {"fsdp"}, {"tensor"}]>, tf.aliasing_output = 10 : i32}, %arg11: tensor<62x5376x21504xbf16> {sdy.sharding = #sdy.sharding<@mesh, [{}, {"fsdp"}, {"tensor"}]>, tf.aliasing_output = 11 : i32}, %arg12: tensor<62x21504x5376xbf16> {sdy.sharding = #sdy.sharding<@mesh, [{}, {"tensor"}, {"fsdp"}]>, tf.aliasing_output = 12 : i32}, %arg13: tensor<62x5376xbf16> {sdy.sharding = #sdy.sharding<@mesh, [{}, {"fsdp"}]>, tf.aliasing_output = 13 : i32}, %arg14: tensor<5376xbf16> {sdy.sharding = #sdy.sharding<@mesh, [{"fsdp"}]>, tf.aliasing_output = 14 : i32}, %arg15: tensor<i32> {sdy.sharding = #sdy.sharding<@mesh, []>, tf.aliasing_output = 15 : i32}, %arg16: tensor<262208x5376xbf16> {sdy.sharding = #sdy.sharding<@mesh, [{"tensor"}, {"fsdp"}]>, tf.aliasing_output = 16 : i32}, %arg17: tensor<62x5376xbf16> {sdy.sharding = #sdy.sharding<@mesh, [{}, {"fsdp"}]>, tf.aliasing_output = 17 : i32}, %arg18: tensor<62x32x5376x128xbf16> {sdy.sharding = #sdy.sharding<@mesh, [{}, {"tensor"}, {"fsdp"}, {}]>, tf.aliasing_output = 18 : i32}, %arg19: tensor<62x16x5376x128xbf16> {sdy.sharding = #sdy.sharding<@mesh, [{}, {"tensor"}, {"fsdp"}, {}]>, tf.aliasing_output = 19 : i32}, %arg20: tensor<62x16x5376x128xbf16> {sdy.sharding = #sdy.sharding<@mesh, [{}, {"tensor"}, {"fsdp"}, {}]>, tf.aliasing_output = 20 : i32}, %arg21: tensor<62x32x128x5376xbf16> {sdy.sharding = #sdy.sharding<@mesh, [{}, {"tensor"}, {}, {"fsdp"}]>, tf.aliasing_output = 21 : i32}, %arg22: tensor<62x128xbf16> {sdy.sharding = #sdy.sharding<@mesh, [{}, {}]>, tf.aliasing_output = 22 : i32}, %arg23: tensor<62x128xbf16> {sdy.sharding = #sdy.sharding<@mesh, [{}, {}]>, tf.aliasing_output = 23 : i32}, %arg24: tensor<62x5376xbf16> {sdy.sharding = #sdy.sharding<@mesh, [{}, {"fsdp"}]>, tf.aliasing_output = 24 : i32}, %arg25: tensor<62x5376xbf16> {sdy.sharding = #sdy.sharding<@mesh, [{}, {"fsdp"}]>, tf.aliasing_output = 25 : i32}, %arg26: tensor<62x5376x21504xbf16> {sdy.sharding = #sdy.sharding<@mesh, [{}, {"fsdp"}, {"tensor"}]>, tf.aliasing_output = 26 : i32}, %arg27: tensor<62x5376x21504xbf16> {sdy.sharding = #sdy.sharding<@mesh, [{}, {"fsdp"}, {"tensor"}]>, tf.aliasing_output = 27 : i32}, %arg28: tensor<62x21504x5376xbf16> {sdy.sharding = #sdy.sharding<@mesh, [{}, {"tensor"}, {"fsdp"}]>, tf.aliasing_output = 28 : i32}, %arg29: tensor<62x5376xbf16> {sdy.sharding = #sdy.sharding<@mesh, [{}, {"fsdp"}]>, tf.aliasing_output = 29 : i32}, %arg30: tensor<5376xbf16> {sdy.sharding = #sdy.sharding<@mesh, [{"fsdp"}]>, tf.aliasing_output = 30 : i32}, %arg31: tensor<262208x5376xbf16> {sdy.sharding = #sdy.sharding<@mesh, [{"tensor"}, {"fsdp"}]>, tf.aliasing_output = 31 : i32}, %arg32: tensor<62x5376xbf16> {sdy.sharding = #sdy.sharding<@mesh, [{}, {"fsdp"}]>, tf.aliasing_output = 32 : i32}, %arg33: tensor<62x32x5376x128xbf16> {sdy.sharding = #sdy.sharding<@mesh, [{}, {"tensor"}, {"fsdp"}, {}]>, tf.aliasing_output = 33 : i32}, %arg34: tensor<62x16x5376x128xbf16> {sdy.sharding = #sdy.sharding<@mesh, [{}, {"tensor"}, {"fsdp"}, {}]>, tf.aliasing_output = 34 : i32}, %arg35: tensor<62x16x5376x128xbf16> {sdy.sharding = #sdy.sharding<@mesh, [{}, {"tensor"}, {"fsdp"}, {}]>, tf.aliasing_output = 35 : i32}, %arg36: tensor<62x32x128x5376xbf16> {sdy.sharding = #sdy.sharding<@mesh, [{}, {"tensor"}, {}, {"fsdp"}]>, tf.aliasing_output = 36 : i32}, %arg37: tensor<62x128xbf16> {sdy.sharding = #sdy.sharding<@mesh, [{}, {}]>, tf.aliasing_output = 37 : i32}, %arg38: tensor<62x128xbf16> {sdy.sharding = #sdy.sharding<@mesh, [{}, {}]>, tf.aliasing_output = 38 : i32}, %arg39: tensor<62x5376xbf16> {sdy.sharding = #sdy.sharding<@mesh, [{}, {"fsdp"}]>, tf.aliasing_output = 39 : i32}, %arg40: tensor<62x5376xbf16> {sdy.sharding = #sdy.sharding<@mesh, [{}, {"fsdp"}]>, tf.aliasing_output = 40 : i32}, %arg41: tensor<62x5376x21504xbf16> {sdy.sharding = #sdy.sharding<@mesh, [{}, {"fsdp"}, {"tensor"}]>, tf.aliasing_output = 41 : i32}, %arg42: tensor<62x5376x21504xbf16> {sdy.sharding = #sdy.sharding<@mesh, [{}, {"fsdp"}, {"tensor"}]>, tf.aliasing_output = 42 : i32}, %arg43: tensor<62x21504x5376xbf16> {sdy.sharding = #sdy.sharding<@mesh, [{}, {"tensor"}, {"fsdp"}]>, tf.aliasing_output = 43 : i32}, %arg44: tensor<62x5376xbf16> {sdy.sharding = #sdy.sharding<@mesh, [{}, {"fsdp"}]>, tf.aliasing_output = 44 : i32}, %arg45: tensor<5376xbf16> {sdy.sharding = #sdy.sharding<@mesh, [{"fsdp"}]>, tf.aliasing_output = 45 : i32}, %arg46: tensor<i32> {sdy.sharding = #sdy.sharding<@mesh, []>, tf.aliasing_output = 46 : i32}, %arg47: tensor<8x2048xi32> {sdy.sharding = #sdy.sharding<@mesh, [{"data", "fsdp"}, {}]>}, %arg48: tensor<8x2048xi32> {sdy.sharding = #sdy.sharding<@mesh, [{"data", "fsdp"}, {}]>}, %arg49: tensor<8x2048xi32> {sdy.sharding = #sdy.sharding<@mesh, [{"data", "fsdp"}, {}]>}, %arg50: tensor<8x2048xi32> {sdy.sharding = #sdy.sharding<@mesh, [{"data", "fsdp"}, {}]>}) -> (tensor<262208x5376xbf16> {jax.result_info = "result[0].params.embed", sdy.sharding = #sdy.sharding<@mesh, [{"tensor"}, {"fsdp"}]>}, tensor<62x5376xbf16> {jax.result_info = "result[0].params.layers.attn_norm", sdy.sharding = #sdy.sharding<@mesh, [{}, {"fsdp"}]>}, tensor<62x32x5376x128xbf16> {jax.result_info = "result[0].params.layers.q", sdy.sharding = #sdy.sharding<@mesh, [{}, {"tensor"}, {"fsdp"}, {}]>}, tensor<62x16x5376x128xbf16> {jax.result_info = "result[0].params.layers.k", sdy.sharding = #sdy.sharding<@mesh, [{}, {"tensor"}, {"fsdp"}, {}]>}, tensor<62x16x5376x128xbf16> {jax.result_info = "result[0].params.layers.v", sdy.sharding = #sdy.sharding<@mesh, [{}, {"tensor"}, {"fsdp"}, {}]>}, tensor<62x32x128x5376xbf16> {jax.result_info = "result[0].params.layers.o", sdy.sharding = #sdy.sharding<@mesh, [{}, {"tensor"}, {}, {"fsdp"}]>}, tensor<62x128xbf16> {jax.result_info = "result[0].params.layers.q_norm", sdy.sharding = #sdy.sharding<@mesh, [{}, {}]>}, tensor<62x128xbf16> {jax.result_info = "result[0].params.layers.k_norm", sdy.sharding = #sdy.sharding<@mesh, [{}, {}]>}, tensor<62x5376xbf16> {jax.result_info = "result[0].params.layers.post_attn_norm", sdy.sharding = #sdy.sharding<@mesh, [{}, {"fsdp"}]>}, tensor<62x5376xbf16> {jax.result_info = "result[0].params.layers.ffw_norm", sdy.sharding = #sdy.sharding<@mesh, [{}, {"fsdp"}]>}, tensor<62x5376x21504xbf16> {jax.result_info = "result[0].params.layers.gate", sdy.sharding = #sdy.sharding<@mesh, [{}, {"fsdp"}, {"tensor"}]>}, tensor<62x5376x21504xbf16> {jax.result_info = "result[0].params.layers.up", sdy.sharding = #sdy.sharding<@mesh, [{}, {"fsdp"}, {"tensor"}]>}, tensor<62x21504x5376xbf16> {jax.result_info = "result[0].params.layers.down", sdy.sharding = #sdy.sharding<@mesh, [{}, {"tensor"}, {"fsdp"}]>}, tensor<62x5376xbf16> {jax.result_info = "result[0].params.layers.post_ffw_norm", sdy.sharding = #sdy.sharding<@mesh, [{}, {"fsdp"}]>}, tensor<5376xbf16> {jax.result_info = "result[0].params.final_norm", sdy.sharding = #sdy.sharding<@mesh, [{"fsdp"}]>}, tensor<i32> {jax.result_info = "result[0].opt_state[1][0].count", sdy.sharding = #sdy.sharding<@mesh, []>}, tensor<262208x5376xbf16> {jax.result_info = "result[0].opt_state[1][0].mu.embed", sdy.sharding = #sdy.sharding<@mesh, [{"tensor"}, {"fsdp"}]>}, tensor<62x5376xbf16> {jax.result_info = "result[0].opt_state[1][0].mu.layers.attn_norm", sdy.sharding = #sdy.sharding<@mesh, [{}, {"fsdp"}]>}, tensor<62x32x5376x128xbf16> {jax.result_info = "result[0].opt_state[1][0].mu.layers.q", sdy.sharding = #sdy.sharding<@mesh, [{}, {"tensor"}, {"fsdp"}, {}]>}, tensor<62x16x5376x128xbf16> {jax.result_info = "result[0].opt_state[1][0].mu.layers.k", sdy.sharding = #sdy.sharding<@mesh, [{}, {"tensor"}, {"fsdp"}, {}]>}, tensor<62x16x5376x128xbf16> {jax.result_info = "result[0].opt_state[1][0].mu.layers.v", sdy.sharding = #sdy.sharding<@mesh, [{}, {"tensor"}, {"fsdp"}, {}]>}, tensor<62x32x128x5376xbf16> {jax.result_info = "result[0].opt_state[1][0].mu.layers.o", sdy.sharding = #sdy.sharding<@mesh, [{}, {"tensor"}, {}, {"fsdp"}]>}, tensor<62x128xbf16> {jax.result_info = "result[0].opt_state[1][0].mu.layers.q_norm", sdy.sharding = #sdy.sharding<@mesh, [{}, {}]>}, tensor<62x128xbf16> {jax.result_info = "result[0].opt_state[1][0].mu.layers.k_norm", sdy.sharding = #sdy.sharding<@mesh, [{}, {}]>}, tensor<62x5376xbf16> {jax.result_info = "result[0].opt_state[1][0].mu.layers.post_attn_norm", sdy.sharding = #sdy.sharding<@mesh, [{}, {"fsdp"}]>}, tensor<62x5376xbf16> {jax.result_info = "result[0].opt_state[1][0].mu.layers.ffw_norm", sdy.sharding = #sdy.sharding<@mesh, [{}, {"fsdp"}]>}, tensor<62x5376x21504xbf16> {jax.result_info = "result[0].opt_state[1][0].mu.layers.gate", sdy.sharding = #sdy.sharding<@mesh, [{}, {"fsdp"}, {"tensor"}]>}, tensor<62x5376x21504xbf16> {jax.result_info = "result[0].opt_state[1][0].mu.layers.up", sdy.sharding = #sdy.sharding<@mesh, [{}, {"fsdp"}, {"tensor"}]>}, tensor<62x21504x5376xbf16> {jax.result_info = "result[0].opt_state[1][0].mu.layers.down", sdy.sharding = #sdy.sharding<@mesh, [{}, {"tensor"}, {"fsdp"}]>}, tensor<62x5376xbf16> {jax.result_info = "result[0].opt_state[1][0].mu.layers.post_ffw_norm", sdy.sharding = #sdy.sharding<@mesh, [{}, {"fsdp"}]>}, tensor<5376xbf16> {jax.result_info = "result[0].opt_state[1][0].mu.final_norm", sdy.sharding = #sdy.sharding<@mesh, [{"fsdp"}]>}, tensor<262208x5376xbf16> {jax.result_info = "result[0].opt_state[1][0].nu.embed", sdy.sharding = #sdy.sharding<@mesh, [{"tensor"}, {"fsdp"}]>}, tensor<62x5376xbf16> {jax.result_info = "result[0].opt_state[1][0].nu.layers.attn_norm", sdy.sharding = #sdy.sharding<@mesh, [{}, {"fsdp"}]>}, tensor<62x32x5376x128xbf16> {jax.result_info = "result[0].opt_state[1][0].nu.layers.q", sdy.sharding = #sdy.sharding<@mesh, [{}, {"tensor"}, {"fsdp"}, {}]>}, tensor<62x16x5376x128xbf16> {jax.result_info = "result[0].opt_state[1][0].nu.layers.k", sdy.sharding = #sdy.sharding<@mesh, [{}, {"tensor"}, {"fsdp"}, {}]>}, tensor<62x16x5376x128xbf16> {jax.result_info = "result[0].opt_state[1][0].nu.layers.v", sdy.sharding = #sdy.sharding<@mesh, [{}, {"tensor"}, {"fsdp"}, {}]>}, tensor<62x32x128x5376xbf16> {jax.result_info = "result[0].opt_state[1][0].nu.layers.o", sdy.sharding = #sdy.sharding<@mesh, [{}, {"tensor"}, {}, {"fsdp"}]>}, tensor<62x128xbf16> {jax.result_info = "result[0].opt_state[1][0].nu.layers.q_norm", sdy.sharding = #sdy.sharding<@mesh, [{}, {}]>}, tensor<62x128xbf16> {jax.result_info = "result[0].opt_state[1][0].nu.layers.k_norm", sdy.sharding = #sdy.sharding<@mesh, [{}, {}]>}, tensor<62x5376xbf16> {jax.result_info = "result[0].opt_state[1][0].nu.layers.post_attn_norm", sdy.sharding = #sdy.sharding<@mesh, [{}, {"fsdp"}]>}, tensor<62x5376xbf16> {jax.result_info = "result[0].opt_state[1][0].nu.layers.ffw_norm", sdy.sharding = #sdy.sharding<@mesh, [{}, {"fsdp"}]>}, tensor<62x5376x21504xbf16> {jax.result_info = "result[0].opt_state[1][0].nu.layers.gate", sdy.sharding = #sdy.sharding<@mesh, [{}, {"fsdp"}, {"tensor"}]>}, tensor<62x5376x21504xbf16> {jax.result_info = "result[0].opt_state[1][0].nu.layers.up", sdy.sharding = #sdy.sharding<@mesh, [{}, {"fsdp"}, {"tensor"}]>}, tensor<62x21504x5376xbf16> {jax.result_info = "result[0].opt_state[1][0].nu.layers.down", sdy.sharding = #sdy.sharding<@mesh, [{}, {"tensor"}, {"fsdp"}]>}, tensor<62x5376xbf16> {jax.result_info = "result[0].opt_state[1][0].nu.layers.post_ffw_norm", sdy.sharding = #sdy.sharding<@mesh, [{}, {"fsdp"}]>}, tensor<5376xbf16> {jax.result_info = "result[0].opt_state[1][0].nu.final_norm", sdy.sharding = #sdy.sharding<@mesh, [{"fsdp"}]>}, tensor<i32> {jax.result_info = "result[0].step", sdy.sharding = #sdy.sharding<@mesh, []>}, tensor<f32> {jax.result_info = "result[1]['dropped']"}, tensor<f32> {jax.result_info = "result[1]['grad_norm']"}, tensor<f32> {jax.result_info = "result[1]['loss']"}, tensor<f32> {jax.result_info = "result[1]['tokens']"}) {
    %c = stablehlo.constant dense<[false, false, false, false, false, true, false, false, false, false, false, true, false, false, false, false, false, true, false, false, false, false, false, true, false, false, false, false, false, true, false, false, false, false, false, true, false, false, false, false, false, true, false, false, false, false, false, true, false, false, false, false, false, true, false, false, false, false, false, true, false, false]> : tensor<62xi1>
    %0 = stablehlo.reshape %arg47 : (tensor<8x2048xi32>) -> tensor<4x2x2048xi32>
    %1 = stablehlo.reshape %arg48 : (tensor<8x2048xi32>) -> tensor<4x2x2048xi32>
    %2 = stablehlo.reshape %arg49 : (tensor<8x2048xi32>) -> tensor<4x2x2048xi32>
    %3 = stablehlo.reshape %arg50 : (tensor<8x2048xi32>) -> tensor<4x2x2048xi32>
    %cst = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %4 = stablehlo.broadcast_in_dim %cst, dims = [] : (tensor<f32>) -> tensor<262208x5376xf32>
    %cst_0 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %5 = stablehlo.broadcast_in_dim %cst_0, dims = [] : (tensor<f32>) -> tensor<62x5376xf32>
    %cst_1 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %6 = stablehlo.broadcast_in_dim %cst_1, dims = [] : (tensor<f32>) -> tensor<62x32x5376x128xf32>
    %cst_2 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %7 = stablehlo.broadcast_in_dim %cst_2, dims = [] : (tensor<f32>) -> tensor<62x16x5376x128xf32>
    %cst_3 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %8 = stablehlo.broadcast_in_dim %cst_3, dims = [] : (tensor<f32>) -> tensor<62x16x5376x128xf32>
    %cst_4 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %9 = stablehlo.broadcast_in_dim %cst_4, dims = [] : (tensor<f32>) -> tensor<62x32x128x5376xf32>
    %cst_5 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %10 = stablehlo.broadcast_in_dim %cst_5, dims = [] : (tensor<f32>) -> tensor<62x128xf32>
    %cst_6 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %11 = stablehlo.broadcast_in_dim %cst_6, dims = [] : (tensor<f32>) -> tensor<62x128xf32>
    %cst_7 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %12 = stablehlo.broadcast_in_dim %cst_7, dims = [] : (tensor<f32>) -> tensor<62x5376xf32>
    %cst_8 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %13 = stablehlo.broadcast_in_dim %cst_8, dims = [] : (tensor<f32>) -> tensor<62x5376xf32>
    %cst_9 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %14 = stablehlo.broadcast_in_dim %cst_9, dims = [] : (tensor<f32>) -> tensor<62x5376x21504xf32>
    %cst_10 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %15 = stablehlo.broadcast_in_dim %cst_10, dims = [] : (tensor<f32>) -> tensor<62x5376x21504xf32>
    %cst_11 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %16 = stablehlo.broadcast_in_dim %cst_11, dims = [] : (tensor<f32>) -> tensor<62x21504x5376xf32>
    %cst_12 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %17 = stablehlo.broadcast_in_dim %cst_12, dims = [] : (tensor<f32>) -> tensor<62x5376xf32>
    %cst_13 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %18 = stablehlo.broadcast_in_dim %cst_13, dims = [] : (tensor<f32>) -> tensor<5376xf32>
    %cst_14 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %cst_15 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %cst_16 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %c_17 = stablehlo.constant dense<0> : tensor<i32>
    %19:39 = stablehlo.while(%iterArg = %0, %iterArg_211 = %1, %iterArg_212 = %2, %iterArg_213 = %3, %iterArg_214 = %c, %iterArg_215 = %arg0, %iterArg_216 = %arg1, %iterArg_217 = %arg2, %iterArg_218 = %arg3, %iterArg_219 = %arg4, %iterArg_220 = %arg5, %iterArg_221 = %arg6, %iterArg_222 = %arg7, %iterArg_223 = %arg8, %iterArg_224 = %arg9, %iterArg_225 = %arg10, %iterArg_226 = %arg11, %iterArg_227 = %arg12, %iterArg_228 = %arg13, %iterArg_229 = %arg14, %iterArg_230 = %c_17, %iterArg_231 = %4, %iterArg_232 = %5, %iterArg_233 = %6, %iterArg_234 = %7, %iterArg_235 = %8, %iterArg_236 = %9, %iterArg_237 = %10, %iterArg_238 = %11, %iterArg_239 = %12, %iterArg_240 = %13, %iterArg_241 = %14, %iterArg_242 = %15, %iterArg_243 = %16, %iterArg_244 = %17, %iterArg_245 = %18, %iterArg_246 = %cst_14, %iterArg_247 = %cst_15, %iterArg_248 = %cst_16) : tensor<4x2x2048xi32>, tensor<4x2x2048xi32>, tensor<4x2x2048xi32>, tensor<4x2x2048xi32>, tensor<62xi1>, tensor<262208x5376xbf16>, tensor<62x5376xbf16>, tensor<62x32x5376x128xbf16>, tensor<62x16x5376x128xbf16>, tensor<62x16x5376x128xbf16>, tensor<62x32x128x5376xbf16>, tensor<62x128xbf16>, tensor<62x128xbf16>, tensor<62x5376xbf16>, tensor<62x5376xbf16>, tensor<62x5376x21504xbf16>, tensor<62x5376x21504xbf16>, tensor<62x21504x5376xbf16>, tensor<62x5376xbf16>, tensor<5376xbf16>, tensor<i32>, tensor<262208x5376xf32>, tensor<62x5376xf32>, tensor<62x32x5376x128xf32>, tensor<62x16x5376x128xf32>, tensor<62x16x5376x128xf32>, tensor<62x32x128x5376xf32>, tensor<62x128xf32>, tensor<62x128xf32>, tensor<62x5376xf32>, tensor<62x5376xf32>, tensor<62x5376x21504xf32>, tensor<62x5376x21504xf32>, tensor<62x21504x5376xf32>, tensor<62x5376xf32>, tensor<5376xf32>, tensor<f32>, tensor<f32>, tensor<f32>
    cond {
      %c_249 = stablehlo.constant dense<4> : tensor<i32>
      %772 = stablehlo.compare LT, %iterArg_230, %c_249, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
      stablehlo.return %772 : tensor<i1>
    } do {
      %772 = func.call @dynamic_index_in_dim(%iterArg, %iterArg_230) : (tensor<4x2x2048xi32>, tensor<i32>) -> tensor<2x2048xi32>
      %773 = func.call @dynamic_index_in_dim(%iterArg_211, %iterArg_230) : (tensor<4x2x2048xi32>, tensor<i32>) -> tensor<2x2048xi32>
      %774 = func.call @dynamic_index_in_dim(%iterArg_212, %iterArg_230) : (tensor<4x2x2048xi32>, tensor<i32>) -> tensor<2x2048xi32>
      %775 = func.call @dynamic_index_in_dim(%iterArg_213, %iterArg_230) : (tensor<4x2x2048xi32>, tensor<i32>) -> tensor<2x2048xi32>
      %776:18 = func.call @closed_call(%iterArg_214, %iterArg_215, %iterArg_216, %iterArg_217, %iterArg_218, %iterArg_219, %iterArg_220, %iterArg_221, %iterArg_222, %iterArg_223, %iterArg_224, %iterArg_225, %iterArg_226, %iterArg_227, %iterArg_228, %iterArg_229, %iterArg_231, %iterArg_232, %iterArg_233, %iterArg_234, %iterArg_235, %iterArg_236, %iterArg_237, %iterArg_238, %iterArg_239, %iterArg_240, %iterArg_241, %iterArg_242, %iterArg_243, %iterArg_244, %iterArg_245, %iterArg_246, %iterArg_247, %iterArg_248, %772, %773, %774, %775) : (tensor<62xi1>, tensor<262208x5376xbf16>, tensor<62x5376xbf16>, tensor<62x32x5376x128xbf16>, tensor<62x16x5376x128xbf16>, tensor<62x16x5376x128xbf16>, tensor<62x32x128x5376xbf16>, tensor<62x128xbf16>, tensor<62x128xbf16>, tensor<62x5376xbf16>, tensor<62x5376xbf16>, tensor<62x5376x21504xbf16>, tensor<62x5376x21504xbf16>, tensor<62x21504x5376xbf16>, tensor<62x5376xbf16>, tensor<5376xbf16>, tensor<262208x5376xf32>, tensor<62x5376xf32>, tensor<62x32x5376x128xf32>, tensor<62x16x5376x128xf32>, tensor<62x16x5376x128xf32>, tensor<62x32x128x5376xf32>, tensor<62x128xf32>, tensor<62x128xf32>, tensor<62x5376xf32>, tensor<62x5376xf32>, tensor<62x5376x21504xf32>, tensor<62x5376x21504xf32>, tensor<62x21504x5376xf32>, tensor<62x5376xf32>, tensor<5376xf32>, tensor<f32>, tensor<f32>, tensor<f32>, tensor<2x2048xi32>, tensor<2x2048xi32>, tensor<2x2048xi32>, tensor<2x2048xi32>) -> (tensor<262208x5376xf32>, tensor<62x5376xf32>, tensor<62x32x5376x128xf32>, tensor<62x16x5376x128xf32>, tensor<62x16x5376x128xf32>, tensor<62x32x128x5376xf32>, tensor<62x128xf32>, tensor<62x128xf32>, tensor<62x5376xf32>, tensor<62x5376xf32>, tensor<62x5376x21504xf32>, tensor<62x5376x21504xf32>, tensor<62x21504x5376xf32>, tensor<62x5376xf32>, tensor<5376xf32>, tensor<f32>, tensor<f32>, tensor<f32>)
      %c_249 = stablehlo.constant dense<1> : tensor<i32>
      %777 = stablehlo.add %iterArg_230, %c_249 : tensor<i32>
      stablehlo.return %iterArg, %iterArg_211, %iterArg_212, %iterArg_213, %iterArg_214, %iterArg_215, %iterArg_216, %iterArg_217, %iterArg_218, %iterArg_219, %iterArg_220, %iterArg_221, %iterArg_222, %iterArg_223, %iterArg_224, %iterArg_225, %iterArg_226, %iterArg_227, %iterArg_228, %iterArg_229, %777, %776#0, %776#1, %776#2, %776#3, %776#4, %776#5, %776#6, %776#7, %776#8, %776#9, %776#10, %776#11, %776#12, %776#13, %776#14, %776#15, %776#16, %776#17 : tensor<4x2x2048xi32>, tensor<4x2x2048xi32>, tensor<4x2x2048xi32>, tensor<4x2x2048xi32>, tensor<62xi1>, tensor<262208x5376xbf16>, tensor<62x5376xbf16>, tensor<62x32x5376x128xbf16>, tensor<62x16x5376x128xbf16>, tensor<62x16x5376x128xbf16>, tensor<62x32x128x5376xbf16>, tensor<62x128xbf16>, tensor<62x128xbf16>, tensor<62x5376xbf16>, tensor<62x5376xbf16>, tensor<62x5376x21504xbf16>, tensor<62x5376x21504xbf16>, tensor<62x21504x5376xbf16>, tensor<62x5376xbf16>, tensor<5376xbf16>, tensor<i32>, tensor<262208x5376xf32>, tensor<62x5376xf32>, tensor<62x32x5376x128xf32>, tensor<62x16x5376x128xf32>, tensor<62x16x5376x128xf32>, tensor<62x32x128x5376xf32>, tensor<62x128xf32>, tensor<62x128xf32>, tensor<62x5376xf32>, tensor<62x5376xf32>, tensor<62x5376x21504xf32>, tensor<62x5376x21504xf32>, tensor<62x21504x5376xf32>, tensor<62x5376xf32>, tensor<5376xf32>, tensor<f32>, tensor<f32>, tensor<f32>
    }
    %cst_18 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %20 = stablehlo.maximum %19#37, %cst_18 : tensor<f32>
    %cst_19 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %21 = stablehlo.divide %cst_19, %20 : tensor<f32>
    %22 = stablehlo.broadcast_in_dim %21, dims = [] : (tensor<f32>) -> tensor<262208x5376xf32>
    %23 = stablehlo.multiply %19#21, %22 : tensor<262208x5376xf32>
    %24 = stablehlo.broadcast_in_dim %21, dims = [] : (tensor<f32>) -> tensor<62x5376xf32>
    %25 = stablehlo.multiply %19#22, %24 : tensor<62x5376xf32>
    %26 = stablehlo.broadcast_in_dim %21, dims = [] : (tensor<f32>) -> tensor<62x32x5376x128xf32>
    %27 = stablehlo.multiply %19#23, %26 : tensor<62x32x5376x128xf32>
    %28 = stablehlo.broadcast_in_dim %21, dims = [] : (tensor<f32>) -> tensor<62x16x5376x128xf32>
    %29 = stablehlo.multiply %19#24, %28 : tensor<62x16x5376x128xf32>
    %30 = stablehlo.broadcast_in_dim %21, dims = [] : (tensor<f32>) -> tensor<62x16x5376x128xf32>
    %31 = stablehlo.multiply %19#25, %30 : tensor<62x16x5376x128xf32>
    %32 = stablehlo.broadcast_in_dim %21, dims = [] : (tensor<f32>) -> tensor<62x32x128x5376xf32>
    %33 = stablehlo.multiply %19#26, %32 : tensor<62x32x128x5376xf32>
    %34 = stablehlo.broadcast_in_dim %21, dims = [] : (tensor<f32>) -> tensor<62x128xf32>
    %35 = stablehlo.multiply %19#27, %34 : tensor<62x128xf32>
    %36 = stablehlo.broadcast_in_dim %21, dims = [] : (tensor<f32>) -> tensor<62x128xf32>
    %37 = stablehlo.multiply %19#28, %36 : tensor<62x128xf32>
    %38 = stablehlo.broadcast_in_dim %21, dims = [] : (tensor<f32>) -> tensor<62x5376xf32>
    %39 = stablehlo.multiply %19#29, %38 : tensor<62x5376xf32>
    %40 = stablehlo.broadcast_in_dim %21, dims = [] : (tensor<f32>) -> tensor<62x5376xf32>
    %41 = stablehlo.multiply %19#30, %40 : tensor<62x5376xf32>
    %42 = stablehlo.broadcast_in_dim %21, dims = [] : (tensor<f32>) -> tensor<62x5376x21504xf32>
    %43 = stablehlo.multiply %19#31, %42 : tensor<62x5376x21504xf32>
    %44 = stablehlo.broadcast_in_dim %21, dims = [] : (tensor<f32>) -> tensor<62x5376x21504xf32>
    %45 = stablehlo.multiply %19#32, %44 : tensor<62x5376x21504xf32>
    %46 = stablehlo.broadcast_in_dim %21, dims = [] : (tensor<f32>) -> tensor<62x21504x5376xf32>
    %47 = stablehlo.multiply %19#33, %46 : tensor<62x21504x5376xf32>
    %48 = stablehlo.broadcast_in_dim %21, dims = [] : (tensor<f32>) -> tensor<62x5376xf32>
    %49 = stablehlo.multiply %19#34, %48 : tensor<62x5376xf32>
    %50 = stablehlo.broadcast_in_dim %21, dims = [] : (tensor<f32>) -> tensor<5376xf32>
    %51 = stablehlo.multiply %19#35, %50 : tensor<5376xf32>
    %52 = stablehlo.multiply %19#36, %21 : tensor<f32>
    %53 = stablehlo.subtract %19#38, %19#37 : tensor<f32>
    %54 = chlo.square %23 : tensor<262208x5376xf32> -> tensor<262208x5376xf32>
    %cst_20 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %55 = stablehlo.broadcast_in_dim %cst_20, dims = [] : (tensor<f32>) -> tensor<262208x5376xf32>
    %56 = chlo.square %55 : tensor<262208x5376xf32> -> tensor<262208x5376xf32>
    %57 = stablehlo.add %54, %56 : tensor<262208x5376xf32>
    %58 = chlo.square %25 : tensor<62x5376xf32> -> tensor<62x5376xf32>
    %cst_21 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %59 = stablehlo.broadcast_in_dim %cst_21, dims = [] : (tensor<f32>) -> tensor<62x5376xf32>
    %60 = chlo.square %59 : tensor<62x5376xf32> -> tensor<62x5376xf32>
    %61 = stablehlo.add %58, %60 : tensor<62x5376xf32>
    %62 = chlo.square %27 : tensor<62x32x5376x128xf32> -> tensor<62x32x5376x128xf32>
    %cst_22 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %63 = stablehlo.broadcast_in_dim %cst_22, dims = [] : (tensor<f32>) -> tensor<62x32x5376x128xf32>
    %64 = chlo.square %63 : tensor<62x32x5376x128xf32> -> tensor<62x32x5376x128xf32>
    %65 = stablehlo.add %62, %64 : tensor<62x32x5376x128xf32>
    %66 = chlo.square %29 : tensor<62x16x5376x128xf32> -> tensor<62x16x5376x128xf32>
    %cst_23 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %67 = stablehlo.broadcast_in_dim %cst_23, dims = [] : (tensor<f32>) -> tensor<62x16x5376x128xf32>
    %68 = chlo.square %67 : tensor<62x16x5376x128xf32> -> tensor<62x16x5376x128xf32>
    %69 = stablehlo.add %66, %68 : tensor<62x16x5376x128xf32>
    %70 = chlo.square %31 : tensor<62x16x5376x128xf32> -> tensor<62x16x5376x128xf32>
    %cst_24 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %71 = stablehlo.broadcast_in_dim %cst_24, dims = [] : (tensor<f32>) -> tensor<62x16x5376x128xf32>
    %72 = chlo.square %71 : tensor<62x16x5376x128xf32> -> tensor<62x16x5376x128xf32>
    %73 = stablehlo.add %70, %72 : tensor<62x16x5376x128xf32>
    %74 = chlo.square %33 : tensor<62x32x128x5376xf32> -> tensor<62x32x128x5376xf32>
    %cst_25 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %75 = stablehlo.broadcast_in_dim %cst_25, dims = [] : (tensor<f32>) -> tensor<62x32x128x5376xf32>
    %76 = chlo.square %75 : tensor<62x32x128x5376xf32> -> tensor<62x32x128x5376xf32>
    %77 = stablehlo.add %74, %76 : tensor<62x32x128x5376xf32>
    %78 = chlo.square %35 : tensor<62x128xf32> -> tensor<62x128xf32>
    %cst_26 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %79 = stablehlo.broadcast_in_dim %cst_26, dims = [] : (tensor<f32>) -> tensor<62x128xf32>
    %80 = chlo.square %79 : tensor<62x128xf32> -> tensor<62x128xf32>
    %81 = stablehlo.add %78, %80 : tensor<62x128xf32>
    %82 = chlo.square %37 : tensor<62x128xf32> -> tensor<62x128xf32>
    %cst_27 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %83 = stablehlo.broadcast_in_dim %cst_27, dims = [] : (tensor<f32>) -> tensor<62x128xf32>
    %84 = chlo.square %83 : tensor<62x128xf32> -> tensor<62x128xf32>
    %85 = stablehlo.add %82, %84 : tensor<62x128xf32>
    %86 = chlo.square %39 : tensor<62x5376xf32> -> tensor<62x5376xf32>
    %cst_28 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %87 = stablehlo.broadcast_in_dim %cst_28, dims = [] : (tensor<f32>) -> tensor<62x5376xf32>
    %88 = chlo.square %87 : tensor<62x5376xf32> -> tensor<62x5376xf32>
    %89 = stablehlo.add %86, %88 : tensor<62x5376xf32>
    %90 = chlo.square %41 : tensor<62x5376xf32> -> tensor<62x5376xf32>
    %cst_29 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %91 = stablehlo.broadcast_in_dim %cst_29, dims = [] : (tensor<f32>) -> tensor<62x5376xf32>
    %92 = chlo.square %91 : tensor<62x5376xf32> -> tensor<62x5376xf32>
    %93 = stablehlo.add %90, %92 : tensor<62x5376xf32>
    %94 = chlo.square %43 : tensor<62x5376x21504xf32> -> tensor<62x5376x21504xf32>
    %cst_30 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %95 = stablehlo.broadcast_in_dim %cst_30, dims = [] : (tensor<f32>) -> tensor<62x5376x21504xf32>
    %96 = chlo.square %95 : tensor<62x5376x21504xf32> -> tensor<62x5376x21504xf32>
    %97 = stablehlo.add %94, %96 : tensor<62x5376x21504xf32>
    %98 = chlo.square %45 : tensor<62x5376x21504xf32> -> tensor<62x5376x21504xf32>
    %cst_31 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %99 = stablehlo.broadcast_in_dim %cst_31, dims = [] : (tensor<f32>) -> tensor<62x5376x21504xf32>
    %100 = chlo.square %99 : tensor<62x5376x21504xf32> -> tensor<62x5376x21504xf32>
    %101 = stablehlo.add %98, %100 : tensor<62x5376x21504xf32>
    %102 = chlo.square %47 : tensor<62x21504x5376xf32> -> tensor<62x21504x5376xf32>
    %cst_32 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %103 = stablehlo.broadcast_in_dim %cst_32, dims = [] : (tensor<f32>) -> tensor<62x21504x5376xf32>
    %104 = chlo.square %103 : tensor<62x21504x5376xf32> -> tensor<62x21504x5376xf32>
    %105 = stablehlo.add %102, %104 : tensor<62x21504x5376xf32>
    %106 = chlo.square %49 : tensor<62x5376xf32> -> tensor<62x5376xf32>
    %cst_33 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %107 = stablehlo.broadcast_in_dim %cst_33, dims = [] : (tensor<f32>) -> tensor<62x5376xf32>
    %108 = chlo.square %107 : tensor<62x5376xf32> -> tensor<62x5376xf32>
    %109 = stablehlo.add %106, %108 : tensor<62x5376xf32>
    %110 = chlo.square %51 : tensor<5376xf32> -> tensor<5376xf32>
    %cst_34 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %111 = stablehlo.broadcast_in_dim %cst_34, dims = [] : (tensor<f32>) -> tensor<5376xf32>
    %112 = chlo.square %111 : tensor<5376xf32> -> tensor<5376xf32>
    %113 = stablehlo.add %110, %112 : tensor<5376xf32>
    %cst_35 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %114 = stablehlo.reduce(%57 init: %cst_35) applies stablehlo.add across dimensions = [0, 1] : (tensor<262208x5376xf32>, tensor<f32>) -> tensor<f32>
    %cst_36 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %115 = stablehlo.reduce(%61 init: %cst_36) applies stablehlo.add across dimensions = [0, 1] : (tensor<62x5376xf32>, tensor<f32>) -> tensor<f32>
    %cst_37 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %116 = stablehlo.reduce(%65 init: %cst_37) applies stablehlo.add across dimensions = [0, 1, 2, 3] : (tensor<62x32x5376x128xf32>, tensor<f32>) -> tensor<f32>
    %cst_38 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %117 = stablehlo.reduce(%69 init: %cst_38) applies stablehlo.add across dimensions = [0, 1, 2, 3] : (tensor<62x16x5376x128xf32>, tensor<f32>) -> tensor<f32>
    %cst_39 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %118 = stablehlo.reduce(%73 init: %cst_39) applies stablehlo.add across dimensions = [0, 1, 2, 3] : (tensor<62x16x5376x128xf32>, tensor<f32>) -> tensor<f32>
    %cst_40 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %119 = stablehlo.reduce(%77 init: %cst_40) applies stablehlo.add across dimensions = [0, 1, 2, 3] : (tensor<62x32x128x5376xf32>, tensor<f32>) -> tensor<f32>
    %cst_41 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %120 = stablehlo.reduce(%81 init: %cst_41) applies stablehlo.add across dimensions = [0, 1] : (tensor<62x128xf32>, tensor<f32>) -> tensor<f32>
    %cst_42 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %121 = stablehlo.reduce(%85 init: %cst_42) applies stablehlo.add across dimensions = [0, 1] : (tensor<62x128xf32>, tensor<f32>) -> tensor<f32>
    %cst_43 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %122 = stablehlo.reduce(%89 init: %cst_43) applies stablehlo.add across dimensions = [0, 1] : (tensor<62x5376xf32>, tensor<f32>) -> tensor<f32>
    %cst_44 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %123 = stablehlo.reduce(%93 init: %cst_44) applies stablehlo.add across dimensions = [0, 1] : (tensor<62x5376xf32>, tensor<f32>) -> tensor<f32>
    %cst_45 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %124 = stablehlo.reduce(%97 init: %cst_45) applies stablehlo.add across dimensions = [0, 1, 2] : (tensor<62x5376x21504xf32>, tensor<f32>) -> tensor<f32>
    %cst_46 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %125 = stablehlo.reduce(%101 init: %cst_46) applies stablehlo.add across dimensions = [0, 1, 2] : (tensor<62x5376x21504xf32>, tensor<f32>) -> tensor<f32>
    %cst_47 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %126 = stablehlo.reduce(%105 init: %cst_47) applies stablehlo.add across dimensions = [0, 1, 2] : (tensor<62x21504x5376xf32>, tensor<f32>) -> tensor<f32>
    %cst_48 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %127 = stablehlo.reduce(%109 init: %cst_48) applies stablehlo.add across dimensions = [0, 1] : (tensor<62x5376xf32>, tensor<f32>) -> tensor<f32>
    %cst_49 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %128 = stablehlo.reduce(%113 init: %cst_49) applies stablehlo.add across dimensions = [0] : (tensor<5376xf32>, tensor<f32>) -> tensor<f32>
    %cst_50 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %129 = stablehlo.add %cst_50, %114 : tensor<f32>
    %130 = stablehlo.add %129, %115 : tensor<f32>
    %131 = stablehlo.add %130, %116 : tensor<f32>
    %132 = stablehlo.add %131, %117 : tensor<f32>
    %133 = stablehlo.add %132, %118 : tensor<f32>
    %134 = stablehlo.add %133, %119 : tensor<f32>
    %135 = stablehlo.add %134, %120 : tensor<f32>
    %136 = stablehlo.add %135, %121 : tensor<f32>
    %137 = stablehlo.add %136, %122 : tensor<f32>
    %138 = stablehlo.add %137, %123 : tensor<f32>
    %139 = stablehlo.add %138, %124 : tensor<f32>
    %140 = stablehlo.add %139, %125 : tensor<f32>
    %141 = stablehlo.add %140, %126 : tensor<f32>
    %142 = stablehlo.add %141, %127 : tensor<f32>
    %143 = stablehlo.add %142, %128 : tensor<f32>
    %144 = stablehlo.sqrt %143 : tensor<f32>
    %cst_51 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %145 = stablehlo.compare LT, %144, %cst_51, FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
    %146 = stablehlo.broadcast_in_dim %144, dims = [] : (tensor<f32>) -> tensor<262208x5376xf32>
    %147 = stablehlo.divide %23, %146 : tensor<262208x5376xf32>
    %cst_52 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %148 = stablehlo.broadcast_in_dim %cst_52, dims = [] : (tensor<f32>) -> tensor<262208x5376xf32>
    %149 = stablehlo.multiply %147, %148 : tensor<262208x5376xf32>
    %150 = stablehlo.select %145, %23, %149 : tensor<i1>, tensor<262208x5376xf32>
    %151 = stablehlo.broadcast_in_dim %144, dims = [] : (tensor<f32>) -> tensor<62x5376xf32>
    %152 = stablehlo.divide %25, %151 : tensor<62x5376xf32>
    %cst_53 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %153 = stablehlo.broadcast_in_dim %cst_53, dims = [] : (tensor<f32>) -> tensor<62x5376xf32>
    %154 = stablehlo.multiply %152, %153 : tensor<62x5376xf32>
    %155 = stablehlo.select %145, %25, %154 : tensor<i1>, tensor<62x5376xf32>
    %156 = stablehlo.broadcast_in_dim %144, dims = [] : (tensor<f32>) -> tensor<62x32x5376x128xf32>
    %157 = stablehlo.divide %27, %156 : tensor<62x32x5376x128xf32>
    %cst_54 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %158 = stablehlo.broadcast_in_dim %cst_54, dims = [] : (tensor<f32>) -> tensor<62x32x5376x128xf32>
    %159 = stablehlo.multiply %157, %158 : tensor<62x32x5376x128xf32>
    %160 = stablehlo.select %145, %27, %159 : tensor<i1>, tensor<62x32x5376x128xf32>
    %161 = stablehlo.broadcast_in_dim %144, dims = [] : (tensor<f32>) -> tensor<62x16x5376x128xf32>
    %162 = stablehlo.divide %29, %161 : tensor<62x16x5376x128xf32>
    %cst_55 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %163 = stablehlo.broadcast_in_dim %cst_55, dims = [] : (tensor<f32>) -> tensor<62x16x5376x128xf32>
    %164 = stablehlo.multiply %162, %163 : tensor<62x16x5376x128xf32>
    %165 = stablehlo.select %145, %29, %164 : tensor<i1>, tensor<62x16x5376x128xf32>
    %166 = stablehlo.broadcast_in_dim %144, dims = [] : (tensor<f32>) -> tensor<62x16x5376x128xf32>
    %167 = stablehlo.divide %31, %166 : tensor<62x16x5376x128xf32>
    %cst_56 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %168 = stablehlo.broadcast_in_dim %cst_56, dims = [] : (tensor<f32>) -> tensor<62x16x5376x128xf32>
    %169 = stablehlo.multiply %167, %168 : tensor<62x16x5376x128xf32>
    %170 = stablehlo.select %145, %31, %169 : tensor<i1>, tensor<62x16x5376x128xf32>
    %171 = stablehlo.broadcast_in_dim %144, dims = [] : (tensor<f32>) -> tensor<62x32x128x5376xf32>
    %172 = stablehlo.divide %33, %171 : tensor<62x32x128x5376xf32>
    %cst_57 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %173 = stablehlo.broadcast_in_dim %cst_57, dims = [] : (tensor<f32>) -> tensor<62x32x128x5376xf32>
    %174 = stablehlo.multiply %172, %173 : tensor<62x32x128x5376xf32>
    %175 = stablehlo.select %145, %33, %174 : tensor<i1>, tensor<62x32x128x5376xf32>
    %176 = stablehlo.broadcast_in_dim %144, dims = [] : (tensor<f32>) -> tensor<62x128xf32>
    %177 = stablehlo.divide %35, %176 : tensor<62x128xf32>
    %cst_58 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %178 = stablehlo.broadcast_in_dim %cst_58, dims = [] : (tensor<f32>) -> tensor<62x128xf32>
    %179 = stablehlo.multiply %177, %178 : tensor<62x128xf32>
    %180 = stablehlo.select %145, %35, %179 : tensor<i1>, tensor<62x128xf32>
    %181 = stablehlo.broadcast_in_dim %144, dims = [] : (tensor<f32>) -> tensor<62x128xf32>
    %182 = stablehlo.divide %37, %181 : tensor<62x128xf32>
    %cst_59 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %183 = stablehlo.broadcast_in_dim %cst_59, dims = [] : (tensor<f32>) -> tensor<62x128xf32>
    %184 = stablehlo.multiply %182, %183 : tensor<62x128xf32>
    %185 = stablehlo.select %145, %37, %184 : tensor<i1>, tensor<62x128xf32>
    %186 = stablehlo.broadcast_in_dim %144, dims = [] : (tensor<f32>) -> tensor<62x5376xf32>
    %187 = stablehlo.divide %39, %186 : tensor<62x5376xf32>
    %cst_60 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %188 = stablehlo.broadcast_in_dim %cst_60, dims = [] : (tensor<f32>) -> tensor<62x5376xf32>
    %189 = stablehlo.multiply %187, %188 : tensor<62x5376xf32>
    %190 = stablehlo.select %145, %39, %189 : tensor<i1>, tensor<62x5376xf32>
    %191 = stablehlo.broadcast_in_dim %144, dims = [] : (tensor<f32>) -> tensor<62x5376xf32>
    %192 = stablehlo.divide %41, %191 : tensor<62x5376xf32>
    %cst_61 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %193 = stablehlo.broadcast_in_dim %cst_61, dims = [] : (tensor<f32>) -> tensor<62x5376xf32>
    %194 = stablehlo.multiply %192, %193 : tensor<62x5376xf32>
    %195 = stablehlo.select %145, %41, %194 : tensor<i1>, tensor<62x5376xf32>
    %196 = stablehlo.broadcast_in_dim %144, dims = [] : (tensor<f32>) -> tensor<62x5376x21504xf32>
    %197 = stablehlo.divide %43, %196 : tensor<62x5376x21504xf32>
    %cst_62 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %198 = stablehlo.broadcast_in_dim %cst_62, dims = [] : (tensor<f32>) -> tensor<62x5376x21504xf32>
    %199 = stablehlo.multiply %197, %198 : tensor<62x5376x21504xf32>
    %200 = stablehlo.select %145, %43, %199 : tensor<i1>, tensor<62x5376x21504xf32>
    %201 = stablehlo.broadcast_in_dim %144, dims = [] : (tensor<f32>) -> tensor<62x5376x21504xf32>
    %202 = stablehlo.divide %45, %201 : tensor<62x5376x21504xf32>
    %cst_63 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %203 = stablehlo.broadcast_in_dim %cst_63, dims = [] : (tensor<f32>) -> tensor<62x5376x21504xf32>
    %204 = stablehlo.multiply %202, %203 : tensor<62x5376x21504xf32>
    %205 = stablehlo.select %145, %45, %204 : tensor<i1>, tensor<62x5376x21504xf32>
    %206 = stablehlo.broadcast_in_dim %144, dims = [] : (tensor<f32>) -> tensor<62x21504x5376xf32>
    %207 = stablehlo.divide %47, %206 : tensor<62x21504x5376xf32>
    %cst_64 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %208 = stablehlo.broadcast_in_dim %cst_64, dims = [] : (tensor<f32>) -> tensor<62x21504x5376xf32>
    %209 = stablehlo.multiply %207, %208 : tensor<62x21504x5376xf32>
    %210 = stablehlo.select %145, %47, %209 : tensor<i1>, tensor<62x21504x5376xf32>
    %211 = stablehlo.broadcast_in_dim %144, dims = [] : (tensor<f32>) -> tensor<62x5376xf32>
    %212 = stablehlo.divide %49, %211 : tensor<62x5376xf32>
    %cst_65 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %213 = stablehlo.broadcast_in_dim %cst_65, dims = [] : (tensor<f32>) -> tensor<62x5376xf32>
    %214 = stablehlo.multiply %212, %213 : tensor<62x5376xf32>
    %215 = stablehlo.select %145, %49, %214 : tensor<i1>, tensor<62x5376xf32>
    %216 = stablehlo.broadcast_in_dim %144, dims = [] : (tensor<f32>) -> tensor<5376xf32>
    %217 = stablehlo.divide %51, %216 : tensor<5376xf32>
    %cst_66 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %218 = stablehlo.broadcast_in_dim %cst_66, dims = [] : (tensor<f32>) -> tensor<5376xf32>
    %219 = stablehlo.multiply %217, %218 : tensor<5376xf32>
    %220 = stablehlo.select %145, %51, %219 : tensor<i1>, tensor<5376xf32>
    %cst_67 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %221 = stablehlo.broadcast_in_dim %cst_67, dims = [] : (tensor<f32>) -> tensor<262208x5376xf32>
    %222 = stablehlo.multiply %221, %150 : tensor<262208x5376xf32>
    %cst_68 = stablehlo.constant dense<8.984370e-01> : tensor<bf16>
    %223 = stablehlo.broadcast_in_dim %cst_68, dims = [] : (tensor<bf16>) -> tensor<262208x5376xbf16>
    %224 = stablehlo.multiply %223, %arg16 : tensor<262208x5376xbf16>
    %225 = stablehlo.convert %224 : (tensor<262208x5376xbf16>) -> tensor<262208x5376xf32>
    %226 = stablehlo.add %222, %225 : tensor<262208x5376xf32>
    %cst_69 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %227 = stablehlo.broadcast_in_dim %cst_69, dims = [] : (tensor<f32>) -> tensor<62x5376xf32>
    %228 = stablehlo.multiply %227, %155 : tensor<62x5376xf32>
    %cst_70 = stablehlo.constant dense<8.984370e-01> : tensor<bf16>
    %229 = stablehlo.broadcast_in_dim %cst_70, dims = [] : (tensor<bf16>) -> tensor<62x5376xbf16>
    %230 = stablehlo.multiply %229, %arg17 : tensor<62x5376xbf16>
    %231 = stablehlo.convert %230 : (tensor<62x5376xbf16>) -> tensor<62x5376xf32>
    %232 = stablehlo.add %228, %231 : tensor<62x5376xf32>
    %cst_71 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %233 = stablehlo.broadcast_in_dim %cst_71, dims = [] : (tensor<f32>) -> tensor<62x32x5376x128xf32>
    %234 = stablehlo.multiply %233, %160 : tensor<62x32x5376x128xf32>
    %cst_72 = stablehlo.constant dense<8.984370e-01> : tensor<bf16>
    %235 = stablehlo.broadcast_in_dim %cst_72, dims = [] : (tensor<bf16>) -> tensor<62x32x5376x128xbf16>
    %236 = stablehlo.multiply %235, %arg18 : tensor<62x32x5376x128xbf16>
    %237 = stablehlo.convert %236 : (tensor<62x32x5376x128xbf16>) -> tensor<62x32x5376x128xf32>
    %238 = stablehlo.add %234, %237 : tensor<62x32x5376x128xf32>
    %cst_73 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %239 = stablehlo.broadcast_in_dim %cst_73, dims = [] : (tensor<f32>) -> tensor<62x16x5376x128xf32>
    %240 = stablehlo.multiply %239, %165 : tensor<62x16x5376x128xf32>
    %cst_74 = stablehlo.constant dense<8.984370e-01> : tensor<bf16>
    %241 = stablehlo.broadcast_in_dim %cst_74, dims = [] : (tensor<bf16>) -> tensor<62x16x5376x128xbf16>
    %242 = stablehlo.multiply %241, %arg19 : tensor<62x16x5376x128xbf16>
    %243 = stablehlo.convert %242 : (tensor<62x16x5376x128xbf16>) -> tensor<62x16x5376x128xf32>
    %244 = stablehlo.add %240, %243 : tensor<62x16x5376x128xf32>
    %cst_75 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %245 = stablehlo.broadcast_in_dim %cst_75, dims = [] : (tensor<f32>) -> tensor<62x16x5376x128xf32>
    %246 = stablehlo.multiply %245, %170 : tensor<62x16x5376x128xf32>
    %cst_76 = stablehlo.constant dense<8.984370e-01> : tensor<bf16>
    %247 = stablehlo.broadcast_in_dim %cst_76, dims = [] : (tensor<bf16>) -> tensor<62x16x5376x128xbf16>
    %248 = stablehlo.multiply %247, %arg20 : tensor<62x16x5376x128xbf16>
    %249 = stablehlo.convert %248 : (tensor<62x16x5376x128xbf16>) -> tensor<62x16x5376x128xf32>
    %250 = stablehlo.add %246, %249 : tensor<62x16x5376x128xf32>
    %cst_77 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %251 = stablehlo.broadcast_in_dim %cst_77, dims = [] : (tensor<f32>) -> tensor<62x32x128x5376xf32>
    %252 = stablehlo.multiply %251, %175 : tensor<62x32x128x5376xf32>
    %cst_78 = stablehlo.constant dense<8.984370e-01> : tensor<bf16>
    %253 = stablehlo.broadcast_in_dim %cst_78, dims = [] : (tensor<bf16>) -> tensor<62x32x128x5376xbf16>
    %254 = stablehlo.multiply %253, %arg21 : tensor<62x32x128x5376xbf16>
    %255 = stablehlo.convert %254 : (tensor<62x32x128x5376xbf16>) -> tensor<62x32x128x5376xf32>
    %256 = stablehlo.add %252, %255 : tensor<62x32x128x5376xf32>
    %cst_79 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %257 = stablehlo.broadcast_in_dim %cst_79, dims = [] : (tensor<f32>) -> tensor<62x128xf32>
    %258 = stablehlo.multiply %257, %180 : tensor<62x128xf32>
    %cst_80 = stablehlo.constant dense<8.984370e-01> : tensor<bf16>
    %259 = stablehlo.broadcast_in_dim %cst_80, dims = [] : (tensor<bf16>) -> tensor<62x128xbf16>
    %260 = stablehlo.multiply %259, %arg22 : tensor<62x128xbf16>
    %261 = stablehlo.convert %260 : (tensor<62x128xbf16>) -> tensor<62x128xf32>
    %262 = stablehlo.add %258, %261 : tensor<62x128xf32>
    %cst_81 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %263 = stablehlo.broadcast_in_dim %cst_81, dims = [] : (tensor<f32>) -> tensor<62x128xf32>
    %264 = stablehlo.multiply %263, %185 : tensor<62x128xf32>
    %cst_82 = stablehlo.constant dense<8.984370e-01> : tensor<bf16>
    %265 = stablehlo.broadcast_in_dim %cst_82, dims = [] : (tensor<bf16>) -> tensor<62x128xbf16>
    %266 = stablehlo.multiply %265, %arg23 : tensor<62x128xbf16>
    %267 = stablehlo.convert %266 : (tensor<62x128xbf16>) -> tensor<62x128xf32>
    %268 = stablehlo.add %264, %267 : tensor<62x128xf32>
    %cst_83 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %269 = stablehlo.broadcast_in_dim %cst_83, dims = [] : (tensor<f32>) -> tensor<62x5376xf32>
    %270 = stablehlo.multiply %269, %190 : tensor<62x5376xf32>
    %cst_84 = stablehlo.constant dense<8.984370e-01> : tensor<bf16>
    %271 = stablehlo.broadcast_in_dim %cst_84, dims = [] : (tensor<bf16>) -> tensor<62x5376xbf16>
    %272 = stablehlo.multiply %271, %arg24 : tensor<62x5376xbf16>
    %273 = stablehlo.convert %272 : (tensor<62x5376xbf16>) -> tensor<62x5376xf32>
    %274 = stablehlo.add %270, %273 : tensor<62x5376xf32>
    %cst_85 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %275 = stablehlo.broadcast_in_dim %cst_85, dims = [] : (tensor<f32>) -> tensor<62x5376xf32>
    %276 = stablehlo.multiply %275, %195 : tensor<62x5376xf32>
    %cst_86 = stablehlo.constant dense<8.984370e-01> : tensor<bf16>
    %277 = stablehlo.broadcast_in_dim %cst_86, dims = [] : (tensor<bf16>) -> tensor<62x5376xbf16>
    %278 = stablehlo.multiply %277, %arg25 : tensor<62x5376xbf16>
    %279 = stablehlo.convert %278 : (tensor<62x5376xbf16>) -> tensor<62x5376xf32>
    %280 = stablehlo.add %276, %279 : tensor<62x5376xf32>
    %cst_87 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %281 = stablehlo.broadcast_in_dim %cst_87, dims = [] : (tensor<f32>) -> tensor<62x5376x21504xf32>
    %282 = stablehlo.multiply %281, %200 : tensor<62x5376x21504xf32>
    %cst_88 = stablehlo.constant dense<8.984370e-01> : tensor<bf16>
    %283 = stablehlo.broadcast_in_dim %cst_88, dims = [] : (tensor<bf16>) -> tensor<62x5376x21504xbf16>
    %284 = stablehlo.multiply %283, %arg26 : tensor<62x5376x21504xbf16>
    %285 = stablehlo.convert %284 : (tensor<62x5376x21504xbf16>) -> tensor<62x5376x21504xf32>
    %286 = stablehlo.add %282, %285 : tensor<62x5376x21504xf32>
    %cst_89 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %287 = stablehlo.broadcast_in_dim %cst_89, dims = [] : (tensor<f32>) -> tensor<62x5376x21504xf32>
    %288 = stablehlo.multiply %287, %205 : tensor<62x5376x21504xf32>
    %cst_90 = stablehlo.constant dense<8.984370e-01> : tensor<bf16>
    %289 = stablehlo.broadcast_in_dim %cst_90, dims = [] : (tensor<bf16>) -> tensor<62x5376x21504xbf16>
    %290 = stablehlo.multiply %289, %arg27 : tensor<62x5376x21504xbf16>
    %291 = stablehlo.convert %290 : (tensor<62x5376x21504xbf16>) -> tensor<62x5376x21504xf32>
    %292 = stablehlo.add %288, %291 : tensor<62x5376x21504xf32>
    %cst_91 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %293 = stablehlo.broadcast_in_dim %cst_91, dims = [] : (tensor<f32>) -> tensor<62x21504x5376xf32>
    %294 = stablehlo.multiply %293, %210 : tensor<62x21504x5376xf32>
    %cst_92 = stablehlo.constant dense<8.984370e-01> : tensor<bf16>
    %295 = stablehlo.broadcast_in_dim %cst_92, dims = [] : (tensor<bf16>) -> tensor<62x21504x5376xbf16>
    %296 = stablehlo.multiply %295, %arg28 : tensor<62x21504x5376xbf16>
    %297 = stablehlo.convert %296 : (tensor<62x21504x5376xbf16>) -> tensor<62x21504x5376xf32>
    %298 = stablehlo.add %294, %297 : tensor<62x21504x5376xf32>
    %cst_93 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %299 = stablehlo.broadcast_in_dim %cst_93, dims = [] : (tensor<f32>) -> tensor<62x5376xf32>
    %300 = stablehlo.multiply %299, %215 : tensor<62x5376xf32>
    %cst_94 = stablehlo.constant dense<8.984370e-01> : tensor<bf16>
    %301 = stablehlo.broadcast_in_dim %cst_94, dims = [] : (tensor<bf16>) -> tensor<62x5376xbf16>
    %302 = stablehlo.multiply %301, %arg29 : tensor<62x5376xbf16>
    %303 = stablehlo.convert %302 : (tensor<62x5376xbf16>) -> tensor<62x5376xf32>
    %304 = stablehlo.add %300, %303 : tensor<62x5376xf32>
    %cst_95 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %305 = stablehlo.broadcast_in_dim %cst_95, dims = [] : (tensor<f32>) -> tensor<5376xf32>
    %306 = stablehlo.multiply %305, %220 : tensor<5376xf32>
    %cst_96 = stablehlo.constant dense<8.984370e-01> : tensor<bf16>
    %307 = stablehlo.broadcast_in_dim %cst_96, dims = [] : (tensor<bf16>) -> tensor<5376xbf16>
    %308 = stablehlo.multiply %307, %arg30 : tensor<5376xbf16>
    %309 = stablehlo.convert %308 : (tensor<5376xbf16>) -> tensor<5376xf32>
    %310 = stablehlo.add %306, %309 : tensor<5376xf32>
    %311 = stablehlo.multiply %150, %150 : tensor<262208x5376xf32>
    %cst_97 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %312 = stablehlo.broadcast_in_dim %cst_97, dims = [] : (tensor<f32>) -> tensor<262208x5376xf32>
    %313 = stablehlo.multiply %312, %311 : tensor<262208x5376xf32>
    %cst_98 = stablehlo.constant dense<1.000000e+00> : tensor<bf16>
    %314 = stablehlo.broadcast_in_dim %cst_98, dims = [] : (tensor<bf16>) -> tensor<262208x5376xbf16>
    %315 = stablehlo.multiply %314, %arg31 : tensor<262208x5376xbf16>
    %316 = stablehlo.convert %315 : (tensor<262208x5376xbf16>) -> tensor<262208x5376xf32>
    %317 = stablehlo.add %313, %316 : tensor<262208x5376xf32>
    %318 = stablehlo.multiply %155, %155 : tensor<62x5376xf32>
    %cst_99 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %319 = stablehlo.broadcast_in_dim %cst_99, dims = [] : (tensor<f32>) -> tensor<62x5376xf32>
    %320 = stablehlo.multiply %319, %318 : tensor<62x5376xf32>
    %cst_100 = stablehlo.constant dense<1.000000e+00> : tensor<bf16>
    %321 = stablehlo.broadcast_in_dim %cst_100, dims = [] : (tensor<bf16>) -> tensor<62x5376xbf16>
    %322 = stablehlo.multiply %321, %arg32 : tensor<62x5376xbf16>
    %323 = stablehlo.convert %322 : (tensor<62x5376xbf16>) -> tensor<62x5376xf32>
    %324 = stablehlo.add %320, %323 : tensor<62x5376xf32>
    %325 = stablehlo.multiply %160, %160 : tensor<62x32x5376x128xf32>
    %cst_101 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %326 = stablehlo.broadcast_in_dim %cst_101, dims = [] : (tensor<f32>) -> tensor<62x32x5376x128xf32>
    %327 = stablehlo.multiply %326, %325 : tensor<62x32x5376x128xf32>
    %cst_102 = stablehlo.constant dense<1.000000e+00> : tensor<bf16>
    %328 = stablehlo.broadcast_in_dim %cst_102, dims = [] : (tensor<bf16>) -> tensor<62x32x5376x128xbf16>
    %329 = stablehlo.multiply %328, %arg33 : tensor<62x32x5376x128xbf16>
    %330 = stablehlo.convert %329 : (tensor<62x32x5376x128xbf16>) -> tensor<62x32x5376x128xf32>
    %331 = stablehlo.add %327, %330 : tensor<62x32x5376x128xf32>
    %332 = stablehlo.multiply %165, %165 : tensor<62x16x5376x128xf32>
    %cst_103 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %333 = stablehlo.broadcast_in_dim %cst_103, dims = [] : (tensor<f32>) -> tensor<62x16x5376x128xf32>
    %334 = stablehlo.multiply %333, %332 : tensor<62x16x5376x128xf32>
    %cst_104 = stablehlo.constant dense<1.000000e+00> : tensor<bf16>
    %335 = stablehlo.broadcast_in_dim %cst_104, dims = [] : (tensor<bf16>) -> tensor<62x16x5376x128xbf16>
    %336 = stablehlo.multiply %335, %arg34 : tensor<62x16x5376x128xbf16>
    %337 = stablehlo.convert %336 : (tensor<62x16x5376x128xbf16>) -> tensor<62x16x5376x128xf32>
    %338 = stablehlo.add %334, %337 : tensor<62x16x5376x128xf32>
    %339 = stablehlo.multiply %170, %170 : tensor<62x16x5376x128xf32>
    %cst_105 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %340 = stablehlo.broadcast_in_dim %cst_105, dims = [] : (tensor<f32>) -> tensor<62x16x5376x128xf32>
    %341 = stablehlo.multiply %340, %339 : tensor<62x16x5376x128xf32>
    %cst_106 = stablehlo.constant dense<1.000000e+00> : tensor<bf16>
    %342 = stablehlo.broadcast_in_dim %cst_106, dims = [] : (tensor<bf16>) -> tensor<62x16x5376x128xbf16>
    %343 = stablehlo.multiply %342, %arg35 : tensor<62x16x5376x128xbf16>
    %344 = stablehlo.convert %343 : (tensor<62x16x5376x128xbf16>) -> tensor<62x16x5376x128xf32>
    %345 = stablehlo.add %341, %344 : tensor<62x16x5376x128xf32>
    %346 = stablehlo.multiply %175, %175 : tensor<62x32x128x5376xf32>
    %cst_107 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %347 = stablehlo.broadcast_in_dim %cst_107, dims = [] : (tensor<f32>) -> tensor<62x32x128x5376xf32>
    %348 = stablehlo.multiply %347, %346 : tensor<62x32x128x5376xf32>
    %cst_108 = stablehlo.constant dense<1.000000e+00> : tensor<bf16>
    %349 = stablehlo.broadcast_in_dim %cst_108, dims = [] : (tensor<bf16>) -> tensor<62x32x128x5376xbf16>
    %350 = stablehlo.multiply %349, %arg36 : tensor<62x32x128x5376xbf16>
    %351 = stablehlo.convert %350 : (tensor<62x32x128x5376xbf16>) -> tensor<62x32x128x5376xf32>
    %352 = stablehlo.add %348, %351 : tensor<62x32x128x5376xf32>
    %353 = stablehlo.multiply %180, %180 : tensor<62x128xf32>
    %cst_109 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %354 = stablehlo.broadcast_in_dim %cst_109, dims = [] : (tensor<f32>) -> tensor<62x128xf32>
    %355 = stablehlo.multiply %354, %353 : tensor<62x128xf32>
    %cst_110 = stablehlo.constant dense<1.000000e+00> : tensor<bf16>
    %356 = stablehlo.broadcast_in_dim %cst_110, dims = [] : (tensor<bf16>) -> tensor<62x128xbf16>
    %357 = stablehlo.multiply %356, %arg37 : tensor<62x128xbf16>
    %358 = stablehlo.convert %357 : (tensor<62x128xbf16>) -> tensor<62x128xf32>
    %359 = stablehlo.add %355, %358 : tensor<62x128xf32>
    %360 = stablehlo.multiply %185, %185 : tensor<62x128xf32>
    %cst_111 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %361 = stablehlo.broadcast_in_dim %cst_111, dims = [] : (tensor<f32>) -> tensor<62x128xf32>
    %362 = stablehlo.multiply %361, %360 : tensor<62x128xf32>
    %cst_112 = stablehlo.constant dense<1.000000e+00> : tensor<bf16>
    %363 = stablehlo.broadcast_in_dim %cst_112, dims = [] : (tensor<bf16>) -> tensor<62x128xbf16>
    %364 = stablehlo.multiply %363, %arg38 : tensor<62x128xbf16>
    %365 = stablehlo.convert %364 : (tensor<62x128xbf16>) -> tensor<62x128xf32>
    %366 = stablehlo.add %362, %365 : tensor<62x128xf32>
    %367 = stablehlo.multiply %190, %190 : tensor<62x5376xf32>
    %cst_113 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %368 = stablehlo.broadcast_in_dim %cst_113, dims = [] : (tensor<f32>) -> tensor<62x5376xf32>
    %369 = stablehlo.multiply %368, %367 : tensor<62x5376xf32>
    %cst_114 = stablehlo.constant dense<1.000000e+00> : tensor<bf16>
    %370 = stablehlo.broadcast_in_dim %cst_114, dims = [] : (tensor<bf16>) -> tensor<62x5376xbf16>
    %371 = stablehlo.multiply %370, %arg39 : tensor<62x5376xbf16>
    %372 = stablehlo.convert %371 : (tensor<62x5376xbf16>) -> tensor<62x5376xf32>
    %373 = stablehlo.add %369, %372 : tensor<62x5376xf32>
    %374 = stablehlo.multiply %195, %195 : tensor<62x5376xf32>
    %cst_115 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %375 = stablehlo.broadcast_in_dim %cst_115, dims = [] : (tensor<f32>) -> tensor<62x5376xf32>
    %376 = stablehlo.multiply %375, %374 : tensor<62x5376xf32>
    %cst_116 = stablehlo.constant dense<1.000000e+00> : tensor<bf16>
    %377 = stablehlo.broadcast_in_dim %cst_116, dims = [] : (tensor<bf16>) -> tensor<62x5376xbf16>
    %378 = stablehlo.multiply %377, %arg40 : tensor<62x5376xbf16>
    %379 = stablehlo.convert %378 : (tensor<62x5376xbf16>) -> tensor<62x5376xf32>
    %380 = stablehlo.add %376, %379 : tensor<62x5376xf32>
    %381 = stablehlo.multiply %200, %200 : tensor<62x5376x21504xf32>
    %cst_117 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %382 = stablehlo.broadcast_in_dim %cst_117, dims = [] : (tensor<f32>) -> tensor<62x5376x21504xf32>
    %383 = stablehlo.multiply %382, %381 : tensor<62x5376x21504xf32>
    %cst_118 = stablehlo.constant dense<1.000000e+00> : tensor<bf16>
    %384 = stablehlo.broadcast_in_dim %cst_118, dims = [] : (tensor<bf16>) -> tensor<62x5376x21504xbf16>
    %385 = stablehlo.multiply %384, %arg41 : tensor<62x5376x21504xbf16>
    %386 = stablehlo.convert %385 : (tensor<62x5376x21504xbf16>) -> tensor<62x5376x21504xf32>
    %387 = stablehlo.add %383, %386 : tensor<62x5376x21504xf32>
    %388 = stablehlo.multiply %205, %205 : tensor<62x5376x21504xf32>
    %cst_119 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %389 = stablehlo.broadcast_in_dim %cst_119, dims = [] : (tensor<f32>) -> tensor<62x5376x21504xf32>
    %390 = stablehlo.multiply %389, %388 : tensor<62x5376x21504xf32>
    %cst_120 = stablehlo.constant dense<1.000000e+00> : tensor<bf16>
    %391 = stablehlo.broadcast_in_dim %cst_120, dims = [] : (tensor<bf16>) -> tensor<62x5376x21504xbf16>
    %392 = stablehlo.multiply %391, %arg42 : tensor<62x5376x21504xbf16>
    %393 = stablehlo.convert %392 : (tensor<62x5376x21504xbf16>) -> tensor<62x5376x21504xf32>
    %394 = stablehlo.add %390, %393 : tensor<62x5376x21504xf32>
    %395 = stablehlo.multiply %210, %210 : tensor<62x21504x5376xf32>
    %cst_121 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %396 = stablehlo.broadcast_in_dim %cst_121, dims = [] : (tensor<f32>) -> tensor<62x21504x5376xf32>
    %397 = stablehlo.multiply %396, %395 : tensor<62x21504x5376xf32>
    %cst_122 = stablehlo.constant dense<1.000000e+00> : tensor<bf16>
    %398 = stablehlo.broadcast_in_dim %cst_122, dims = [] : (tensor<bf16>) -> tensor<62x21504x5376xbf16>
    %399 = stablehlo.multiply %398, %arg43 : tensor<62x21504x5376xbf16>
    %400 = stablehlo.convert %399 : (tensor<62x21504x5376xbf16>) -> tensor<62x21504x5376xf32>
    %401 = stablehlo.add %397, %400 : tensor<62x21504x5376xf32>
    %402 = stablehlo.multiply %215, %215 : tensor<62x5376xf32>
    %cst_123 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %403 = stablehlo.broadcast_in_dim %cst_123, dims = [] : (tensor<f32>) -> tensor<62x5376xf32>
    %404 = stablehlo.multiply %403, %402 : tensor<62x5376xf32>
    %cst_124 = stablehlo.constant dense<1.000000e+00> : tensor<bf16>
    %405 = stablehlo.broadcast_in_dim %cst_124, dims = [] : (tensor<bf16>) -> tensor<62x5376xbf16>
    %406 = stablehlo.multiply %405, %arg44 : tensor<62x5376xbf16>
    %407 = stablehlo.convert %406 : (tensor<62x5376xbf16>) -> tensor<62x5376xf32>
    %408 = stablehlo.add %404, %407 : tensor<62x5376xf32>
    %409 = stablehlo.multiply %220, %220 : tensor<5376xf32>
    %cst_125 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %410 = stablehlo.broadcast_in_dim %cst_125, dims = [] : (tensor<f32>) -> tensor<5376xf32>
    %411 = stablehlo.multiply %410, %409 : tensor<5376xf32>
    %cst_126 = stablehlo.constant dense<1.000000e+00> : tensor<bf16>
    %412 = stablehlo.broadcast_in_dim %cst_126, dims = [] : (tensor<bf16>) -> tensor<5376xbf16>
    %413 = stablehlo.multiply %412, %arg45 : tensor<5376xbf16>
    %414 = stablehlo.convert %413 : (tensor<5376xbf16>) -> tensor<5376xf32>
    %415 = stablehlo.add %411, %414 : tensor<5376xf32>
    %c_127 = stablehlo.constant dense<2147483647> : tensor<i32>
    %416 = stablehlo.compare LT, %arg15, %c_127, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %c_128 = stablehlo.constant dense<1> : tensor<i32>
    %417 = stablehlo.add %arg15, %c_128 : tensor<i32>
    %c_129 = stablehlo.constant dense<2147483647> : tensor<i32>
    %418 = call @_where_30(%416, %417, %c_129) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %cst_130 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %419 = stablehlo.convert %418 : (tensor<i32>) -> tensor<f32>
    %420 = stablehlo.power %cst_130, %419 : tensor<f32>
    %cst_131 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %421 = stablehlo.subtract %cst_131, %420 : tensor<f32>
    %422 = stablehlo.broadcast_in_dim %421, dims = [] : (tensor<f32>) -> tensor<262208x5376xf32>
    %423 = stablehlo.divide %226, %422 : tensor<262208x5376xf32>
    %424 = stablehlo.broadcast_in_dim %421, dims = [] : (tensor<f32>) -> tensor<62x5376xf32>
    %425 = stablehlo.divide %232, %424 : tensor<62x5376xf32>
    %426 = stablehlo.broadcast_in_dim %421, dims = [] : (tensor<f32>) -> tensor<62x32x5376x128xf32>
    %427 = stablehlo.divide %238, %426 : tensor<62x32x5376x128xf32>
    %428 = stablehlo.broadcast_in_dim %421, dims = [] : (tensor<f32>) -> tensor<62x16x5376x128xf32>
    %429 = stablehlo.divide %244, %428 : tensor<62x16x5376x128xf32>
    %430 = stablehlo.broadcast_in_dim %421, dims = [] : (tensor<f32>) -> tensor<62x16x5376x128xf32>
    %431 = stablehlo.divide %250, %430 : tensor<62x16x5376x128xf32>
    %432 = stablehlo.broadcast_in_dim %421, dims = [] : (tensor<f32>) -> tensor<62x32x128x5376xf32>
    %433 = stablehlo.divide %256, %432 : tensor<62x32x128x5376xf32>
    %434 = stablehlo.broadcast_in_dim %421, dims = [] : (tensor<f32>) -> tensor<62x128xf32>
    %435 = stablehlo.divide %262, %434 : tensor<62x128xf32>
    %436 = stablehlo.broadcast_in_dim %421, dims = [] : (tensor<f32>) -> tensor<62x128xf32>
    %437 = stablehlo.divide %268, %436 : tensor<62x128xf32>
    %438 = stablehlo.broadcast_in_dim %421, dims = [] : (tensor<f32>) -> tensor<62x5376xf32>
    %439 = stablehlo.divide %274, %438 : tensor<62x5376xf32>
    %440 = stablehlo.broadcast_in_dim %421, dims = [] : (tensor<f32>) -> tensor<62x5376xf32>
    %441 = stablehlo.divide %280, %440 : tensor<62x5376xf32>
    %442 = stablehlo.broadcast_in_dim %421, dims = [] : (tensor<f32>) -> tensor<62x5376x21504xf32>
    %443 = stablehlo.divide %286, %442 : tensor<62x5376x21504xf32>
    %444 = stablehlo.broadcast_in_dim %421, dims = [] : (tensor<f32>) -> tensor<62x5376x21504xf32>
    %445 = stablehlo.divide %292, %444 : tensor<62x5376x21504xf32>
    %446 = stablehlo.broadcast_in_dim %421, dims = [] : (tensor<f32>) -> tensor<62x21504x5376xf32>
    %447 = stablehlo.divide %298, %446 : tensor<62x21504x5376xf32>
    %448 = stablehlo.broadcast_in_dim %421, dims = [] : (tensor<f32>) -> tensor<62x5376xf32>
    %449 = stablehlo.divide %304, %448 : tensor<62x5376xf32>
    %450 = stablehlo.broadcast_in_dim %421, dims = [] : (tensor<f32>) -> tensor<5376xf32>
    %451 = stablehlo.divide %310, %450 : tensor<5376xf32>
    %cst_132 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %452 = stablehlo.convert %418 : (tensor<i32>) -> tensor<f32>
    %453 = stablehlo.power %cst_132, %452 : tensor<f32>
    %cst_133 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %454 = stablehlo.subtract %cst_133, %453 : tensor<f32>
    %455 = stablehlo.broadcast_in_dim %454, dims = [] : (tensor<f32>) -> tensor<262208x5376xf32>
    %456 = stablehlo.divide %317, %455 : tensor<262208x5376xf32>
    %457 = stablehlo.broadcast_in_dim %454, dims = [] : (tensor<f32>) -> tensor<62x5376xf32>
    %458 = stablehlo.divide %324, %457 : tensor<62x5376xf32>
    %459 = stablehlo.broadcast_in_dim %454, dims = [] : (tensor<f32>) -> tensor<62x32x5376x128xf32>
    %460 = stablehlo.divide %331, %459 : tensor<62x32x5376x128xf32>
    %461 = stablehlo.broadcast_in_dim %454, dims = [] : (tensor<f32>) -> tensor<62x16x5376x128xf32>
    %462 = stablehlo.divide %338, %461 : tensor<62x16x5376x128xf32>
    %463 = stablehlo.broadcast_in_dim %454, dims = [] : (tensor<f32>) -> tensor<62x16x5376x128xf32>
    %464 = stablehlo.divide %345, %463 : tensor<62x16x5376x128xf32>
    %465 = stablehlo.broadcast_in_dim %454, dims = [] : (tensor<f32>) -> tensor<62x32x128x5376xf32>
    %466 = stablehlo.divide %352, %465 : tensor<62x32x128x5376xf32>
    %467 = stablehlo.broadcast_in_dim %454, dims = [] : (tensor<f32>) -> tensor<62x128xf32>
    %468 = stablehlo.divide %359, %467 : tensor<62x128xf32>
    %469 = stablehlo.broadcast_in_dim %454, dims = [] : (tensor<f32>) -> tensor<62x128xf32>
    %470 = stablehlo.divide %366, %469 : tensor<62x128xf32>
    %471 = stablehlo.broadcast_in_dim %454, dims = [] : (tensor<f32>) -> tensor<62x5376xf32>
    %472 = stablehlo.divide %373, %471 : tensor<62x5376xf32>
    %473 = stablehlo.broadcast_in_dim %454, dims = [] : (tensor<f32>) -> tensor<62x5376xf32>
    %474 = stablehlo.divide %380, %473 : tensor<62x5376xf32>
    %475 = stablehlo.broadcast_in_dim %454, dims = [] : (tensor<f32>) -> tensor<62x5376x21504xf32>
    %476 = stablehlo.divide %387, %475 : tensor<62x5376x21504xf32>
    %477 = stablehlo.broadcast_in_dim %454, dims = [] : (tensor<f32>) -> tensor<62x5376x21504xf32>
    %478 = stablehlo.divide %394, %477 : tensor<62x5376x21504xf32>
    %479 = stablehlo.broadcast_in_dim %454, dims = [] : (tensor<f32>) -> tensor<62x21504x5376xf32>
    %480 = stablehlo.divide %401, %479 : tensor<62x21504x5376xf32>
    %481 = stablehlo.broadcast_in_dim %454, dims = [] : (tensor<f32>) -> tensor<62x5376xf32>
    %482 = stablehlo.divide %408, %481 : tensor<62x5376xf32>
    %483 = stablehlo.broadcast_in_dim %454, dims = [] : (tensor<f32>) -> tensor<5376xf32>
    %484 = stablehlo.divide %415, %483 : tensor<5376xf32>
    %cst_134 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %485 = stablehlo.broadcast_in_dim %cst_134, dims = [] : (tensor<f32>) -> tensor<262208x5376xf32>
    %486 = stablehlo.add %456, %485 : tensor<262208x5376xf32>
    %487 = stablehlo.sqrt %486 : tensor<262208x5376xf32>
    %cst_135 = stablehlo.constant dense<9.99999993E-9> : tensor<f32>
    %488 = stablehlo.broadcast_in_dim %cst_135, dims = [] : (tensor<f32>) -> tensor<262208x5376xf32>
    %489 = stablehlo.add %487, %488 : tensor<262208x5376xf32>
    %490 = stablehlo.divide %423, %489 : tensor<262208x5376xf32>
    %cst_136 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %491 = stablehlo.broadcast_in_dim %cst_136, dims = [] : (tensor<f32>) -> tensor<62x5376xf32>
    %492 = stablehlo.add %458, %491 : tensor<62x5376xf32>
    %493 = stablehlo.sqrt %492 : tensor<62x5376xf32>
    %cst_137 = stablehlo.constant dense<9.99999993E-9> : tensor<f32>
    %494 = stablehlo.broadcast_in_dim %cst_137, dims = [] : (tensor<f32>) -> tensor<62x5376xf32>
    %495 = stablehlo.add %493, %494 : tensor<62x5376xf32>
    %496 = stablehlo.divide %425, %495 : tensor<62x5376xf32>
    %cst_138 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %497 = stablehlo.broadcast_in_dim %cst_138, dims = [] : (tensor<f32>) -> tensor<62x32x5376x128xf32>
    %498 = stablehlo.add %460, %497 : tensor<62x32x5376x128xf32>
    %499 = stablehlo.sqrt %498 : tensor<62x32x5376x128xf32>
    %cst_139 = stablehlo.constant dense<9.99999993E-9> : tensor<f32>
    %500 = stablehlo.broadcast_in_dim %cst_139, dims = [] : (tensor<f32>) -> tensor<62x32x5376x128xf32>
    %501 = stablehlo.add %499, %500 : tensor<62x32x5376x128xf32>
    %502 = stablehlo.divide %427, %501 : tensor<62x32x5376x128xf32>
    %cst_140 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %503 = stablehlo.broadcast_in_dim %cst_140, dims = [] : (tensor<f32>) -> tensor<62x16x5376x128xf32>
    %504 = stablehlo.add %462, %503 : tensor<62x16x5376x128xf32>
    %505 = stablehlo.sqrt %504 : tensor<62x16x5376x128xf32>
    %cst_141 = stablehlo.constant dense<9.99999993E-9> : tensor<f32>
    %506 = stablehlo.broadcast_in_dim %cst_141, dims = [] : (tensor<f32>) -> tensor<62x16x5376x128xf32>
    %507 = stablehlo.add %505, %506 : tensor<62x16x5376x128xf32>
    %508 = stablehlo.divide %429, %507 : tensor<62x16x5376x128xf32>
    %cst_142 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %509 = stablehlo.broadcast_in_dim %cst_142, dims = [] : (tensor<f32>) -> tensor<62x16x5376x128xf32>
    %510 = stablehlo.add %464, %509 : tensor<62x16x5376x128xf32>
    %511 = stablehlo.sqrt %510 : tensor<62x16x5376x128xf32>
    %cst_143 = stablehlo.constant dense<9.99999993E-9> : tensor<f32>
    %512 = stablehlo.broadcast_in_dim %cst_143, dims = [] : (tensor<f32>) -> tensor<62x16x5376x128xf32>
    %513 = stablehlo.add %511, %512 : tensor<62x16x5376x128xf32>
    %514 = stablehlo.divide %431, %513 : tensor<62x16x5376x128xf32>
    %cst_144 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %515 = stablehlo.broadcast_in_dim %cst_144, dims = [] : (tensor<f32>) -> tensor<62x32x128x5376xf32>
    %516 = stablehlo.add %466, %515 : tensor<62x32x128x5376xf32>
    %517 = stablehlo.sqrt %516 : tensor<62x32x128x5376xf32>
    %cst_145 = stablehlo.constant dense<9.99999993E-9> : tensor<f32>
    %518 = stablehlo.broadcast_in_dim %cst_145, dims = [] : (tensor<f32>) -> tensor<62x32x128x5376xf32>
    %519 = stablehlo.add %517, %518 : tensor<62x32x128x5376xf32>
    %520 = stablehlo.divide %433, %519 : tensor<62x32x128x5376xf32>
    %cst_146 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %521 = stablehlo.broadcast_in_dim %cst_146, dims = [] : (tensor<f32>) -> tensor<62x128xf32>
    %522 = stablehlo.add %468, %521 : tensor<62x128xf32>
    %523 = stablehlo.sqrt %522 : tensor<62x128xf32>
    %cst_147 = stablehlo.constant dense<9.99999993E-9> : tensor<f32>
    %524 = stablehlo.broadcast_in_dim %cst_147, dims = [] : (tensor<f32>) -> tensor<62x128xf32>
    %525 = stablehlo.add %523, %524 : tensor<62x128xf32>
    %526 = stablehlo.divide %435, %525 : tensor<62x128xf32>
    %cst_148 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %527 = stablehlo.broadcast_in_dim %cst_148, dims = [] : (tensor<f32>) -> tensor<62x128xf32>
    %528 = stablehlo.add %470, %527 : tensor<62x128xf32>
    %529 = stablehlo.sqrt %528 : tensor<62x128xf32>
    %cst_149 = stablehlo.constant dense<9.99999993E-9> : tensor<f32>
    %530 = stablehlo.broadcast_in_dim %cst_149, dims = [] : (tensor<f32>) -> tensor<62x128xf32>
    %531 = stablehlo.add %529, %530 : tensor<62x128xf32>
    %532 = stablehlo.divide %437, %531 : tensor<62x128xf32>
    %cst_150 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %533 = stablehlo.broadcast_in_dim %cst_150, dims = [] : (tensor<f32>) -> tensor<62x5376xf32>
    %534 = stablehlo.add %472, %533 : tensor<62x5376xf32>
    %535 = stablehlo.sqrt %534 : tensor<62x5376xf32>
    %cst_151 = stablehlo.constant dense<9.99999993E-9> : tensor<f32>
    %536 = stablehlo.broadcast_in_dim %cst_151, dims = [] : (tensor<f32>) -> tensor<62x5376xf32>
    %537 = stablehlo.add %535, %536 : tensor<62x5376xf32>
    %538 = stablehlo.divide %439, %537 : tensor<62x5376xf32>
    %cst_152 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %539 = stablehlo.broadcast_in_dim %cst_152, dims = [] : (tensor<f32>) -> tensor<62x5376xf32>
    %540 = stablehlo.add %474, %539 : tensor<62x5376xf32>
    %541 = stablehlo.sqrt %540 : tensor<62x5376xf32>
    %cst_153 = stablehlo.constant dense<9.99999993E-9> : tensor<f32>
    %542 = stablehlo.broadcast_in_dim %cst_153, dims = [] : (tensor<f32>) -> tensor<62x5376xf32>
    %543 = stablehlo.add %541, %542 : tensor<62x5376xf32>
    %544 = stablehlo.divide %441, %543 : tensor<62x5376xf32>
    %cst_154 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %545 = stablehlo.broadcast_in_dim %cst_154, dims = [] : (tensor<f32>) -> tensor<62x5376x21504xf32>
    %546 = stablehlo.add %476, %545 : tensor<62x5376x21504xf32>
    %547 = stablehlo.sqrt %546 : tensor<62x5376x21504xf32>
    %cst_155 = stablehlo.constant dense<9.99999993E-9> : tensor<f32>
    %548 = stablehlo.broadcast_in_dim %cst_155, dims = [] : (tensor<f32>) -> tensor<62x5376x21504xf32>
    %549 = stablehlo.add %547, %548 : tensor<62x5376x21504xf32>
    %550 = stablehlo.divide %443, %549 : tensor<62x5376x21504xf32>
    %cst_156 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %551 = stablehlo.broadcast_in_dim %cst_156, dims = [] : (tensor<f32>) -> tensor<62x5376x21504xf32>
    %552 = stablehlo.add %478, %551 : tensor<62x5376x21504xf32>
    %553 = stablehlo.sqrt %552 : tensor<62x5376x21504xf32>
    %cst_157 = stablehlo.constant dense<9.99999993E-9> : tensor<f32>
    %554 = stablehlo.broadcast_in_dim %cst_157, dims = [] : (tensor<f32>) -> tensor<62x5376x21504xf32>
    %555 = stablehlo.add %553, %554 : tensor<62x5376x21504xf32>
    %556 = stablehlo.divide %445, %555 : tensor<62x5376x21504xf32>
    %cst_158 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %557 = stablehlo.broadcast_in_dim %cst_158, dims = [] : (tensor<f32>) -> tensor<62x21504x5376xf32>
    %558 = stablehlo.add %480, %557 : tensor<62x21504x5376xf32>
    %559 = stablehlo.sqrt %558 : tensor<62x21504x5376xf32>
    %cst_159 = stablehlo.constant dense<9.99999993E-9> : tensor<f32>
    %560 = stablehlo.broadcast_in_dim %cst_159, dims = [] : (tensor<f32>) -> tensor<62x21504x5376xf32>
    %561 = stablehlo.add %559, %560 : tensor<62x21504x5376xf32>
    %562 = stablehlo.divide %447, %561 : tensor<62x21504x5376xf32>
    %cst_160 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %563 = stablehlo.broadcast_in_dim %cst_160, dims = [] : (tensor<f32>) -> tensor<62x5376xf32>
    %564 = stablehlo.add %482, %563 : tensor<62x5376xf32>
    %565 = stablehlo.sqrt %564 : tensor<62x5376xf32>
    %cst_161 = stablehlo.constant dense<9.99999993E-9> : tensor<f32>
    %566 = stablehlo.broadcast_in_dim %cst_161, dims = [] : (tensor<f32>) -> tensor<62x5376xf32>
    %567 = stablehlo.add %565, %566 : tensor<62x5376xf32>
    %568 = stablehlo.divide %449, %567 : tensor<62x5376xf32>
    %cst_162 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %569 = stablehlo.broadcast_in_dim %cst_162, dims = [] : (tensor<f32>) -> tensor<5376xf32>
    %570 = stablehlo.add %484, %569 : tensor<5376xf32>
    %571 = stablehlo.sqrt %570 : tensor<5376xf32>
    %cst_163 = stablehlo.constant dense<9.99999993E-9> : tensor<f32>
    %572 = stablehlo.broadcast_in_dim %cst_163, dims = [] : (tensor<f32>) -> tensor<5376xf32>
    %573 = stablehlo.add %571, %572 : tensor<5376xf32>
    %574 = stablehlo.divide %451, %573 : tensor<5376xf32>
    %575 = stablehlo.convert %317 : (tensor<262208x5376xf32>) -> tensor<262208x5376xbf16>
    %576 = stablehlo.convert %324 : (tensor<62x5376xf32>) -> tensor<62x5376xbf16>
    %577 = stablehlo.convert %331 : (tensor<62x32x5376x128xf32>) -> tensor<62x32x5376x128xbf16>
    %578 = stablehlo.convert %338 : (tensor<62x16x5376x128xf32>) -> tensor<62x16x5376x128xbf16>
    %579 = stablehlo.convert %345 : (tensor<62x16x5376x128xf32>) -> tensor<62x16x5376x128xbf16>
    %580 = stablehlo.convert %352 : (tensor<62x32x128x5376xf32>) -> tensor<62x32x128x5376xbf16>
    %581 = stablehlo.convert %359 : (tensor<62x128xf32>) -> tensor<62x128xbf16>
    %582 = stablehlo.convert %366 : (tensor<62x128xf32>) -> tensor<62x128xbf16>
    %583 = stablehlo.convert %373 : (tensor<62x5376xf32>) -> tensor<62x5376xbf16>
    %584 = stablehlo.convert %380 : (tensor<62x5376xf32>) -> tensor<62x5376xbf16>
    %585 = stablehlo.convert %387 : (tensor<62x5376x21504xf32>) -> tensor<62x5376x21504xbf16>
    %586 = stablehlo.convert %394 : (tensor<62x5376x21504xf32>) -> tensor<62x5376x21504xbf16>
    %587 = stablehlo.convert %401 : (tensor<62x21504x5376xf32>) -> tensor<62x21504x5376xbf16>
    %588 = stablehlo.convert %408 : (tensor<62x5376xf32>) -> tensor<62x5376xbf16>
    %589 = stablehlo.convert %415 : (tensor<5376xf32>) -> tensor<5376xbf16>
    %cst_164 = stablehlo.constant dense<-9.99999974E-6> : tensor<f32>
    %590 = stablehlo.broadcast_in_dim %cst_164, dims = [] : (tensor<f32>) -> tensor<262208x5376xf32>
    %591 = stablehlo.multiply %590, %490 : tensor<262208x5376xf32>
    %cst_165 = stablehlo.constant dense<-9.99999974E-6> : tensor<f32>
    %592 = stablehlo.broadcast_in_dim %cst_165, dims = [] : (tensor<f32>) -> tensor<62x5376xf32>
    %593 = stablehlo.multiply %592, %496 : tensor<62x5376xf32>
    %cst_166 = stablehlo.constant dense<-9.99999974E-6> : tensor<f32>
    %594 = stablehlo.broadcast_in_dim %cst_166, dims = [] : (tensor<f32>) -> tensor<62x32x5376x128xf32>
    %595 = stablehlo.multiply %594, %502 : tensor<62x32x5376x128xf32>
    %cst_167 = stablehlo.constant dense<-9.99999974E-6> : tensor<f32>
    %596 = stablehlo.broadcast_in_dim %cst_167, dims = [] : (tensor<f32>) -> tensor<62x16x5376x128xf32>
    %597 = stablehlo.multiply %596, %508 : tensor<62x16x5376x128xf32>
    %cst_168 = stablehlo.constant dense<-9.99999974E-6> : tensor<f32>
    %598 = stablehlo.broadcast_in_dim %cst_168, dims = [] : (tensor<f32>) -> tensor<62x16x5376x128xf32>
    %599 = stablehlo.multiply %598, %514 : tensor<62x16x5376x128xf32>
    %cst_169 = stablehlo.constant dense<-9.99999974E-6> : tensor<f32>
    %600 = stablehlo.broadcast_in_dim %cst_169, dims = [] : (tensor<f32>) -> tensor<62x32x128x5376xf32>
    %601 = stablehlo.multiply %600, %520 : tensor<62x32x128x5376xf32>
    %cst_170 = stablehlo.constant dense<-9.99999974E-6> : tensor<f32>
    %602 = stablehlo.broadcast_in_dim %cst_170, dims = [] : (tensor<f32>) -> tensor<62x128xf32>
    %603 = stablehlo.multiply %602, %526 : tensor<62x128xf32>
    %cst_171 = stablehlo.constant dense<-9.99999974E-6> : tensor<f32>
    %604 = stablehlo.broadcast_in_dim %cst_171, dims = [] : (tensor<f32>) -> tensor<62x128xf32>
    %605 = stablehlo.multiply %604, %532 : tensor<62x128xf32>
    %cst_172 = stablehlo.constant dense<-9.99999974E-6> : tensor<f32>
    %606 = stablehlo.broadcast_in_dim %cst_172, dims = [] : (tensor<f32>) -> tensor<62x5376xf32>
    %607 = stablehlo.multiply %606, %538 : tensor<62x5376xf32>
    %cst_173 = stablehlo.constant dense<-9.99999974E-6> : tensor<f32>
    %608 = stablehlo.broadcast_in_dim %cst_173, dims = [] : (tensor<f32>) -> tensor<62x5376xf32>
    %609 = stablehlo.multiply %608, %544 : tensor<62x5376xf32>
    %cst_174 = stablehlo.constant dense<-9.99999974E-6> : tensor<f32>
    %610 = stablehlo.broadcast_in_dim %cst_174, dims = [] : (tensor<f32>) -> tensor<62x5376x21504xf32>
    %611 = stablehlo.multiply %610, %550 : tensor<62x5376x21504xf32>
    %cst_175 = stablehlo.constant dense<-9.99999974E-6> : tensor<f32>
    %612 = stablehlo.broadcast_in_dim %cst_175, dims = [] : (tensor<f32>) -> tensor<62x5376x21504xf32>
    %613 = stablehlo.multiply %612, %556 : tensor<62x5376x21504xf32>
    %cst_176 = stablehlo.constant dense<-9.99999974E-6> : tensor<f32>
    %614 = stablehlo.broadcast_in_dim %cst_176, dims = [] : (tensor<f32>) -> tensor<62x21504x5376xf32>
    %615 = stablehlo.multiply %614, %562 : tensor<62x21504x5376xf32>
    %cst_177 = stablehlo.constant dense<-9.99999974E-6> : tensor<f32>
    %616 = stablehlo.broadcast_in_dim %cst_177, dims = [] : (tensor<f32>) -> tensor<62x5376xf32>
    %617 = stablehlo.multiply %616, %568 : tensor<62x5376xf32>
    %cst_178 = stablehlo.constant dense<-9.99999974E-6> : tensor<f32>
    %618 = stablehlo.broadcast_in_dim %cst_178, dims = [] : (tensor<f32>) -> tensor<5376xf32>
    %619 = stablehlo.multiply %618, %574 : tensor<5376xf32>
    %620 = stablehlo.convert %226 : (tensor<262208x5376xf32>) -> tensor<262208x5376xbf16>
    %621 = stablehlo.convert %232 : (tensor<62x5376xf32>) -> tensor<62x5376xbf16>
    %622 = stablehlo.convert %238 : (tensor<62x32x5376x128xf32>) -> tensor<62x32x5376x128xbf16>
    %623 = stablehlo.convert %244 : (tensor<62x16x5376x128xf32>) -> tensor<62x16x5376x128xbf16>
    %624 = stablehlo.convert %250 : (tensor<62x16x5376x128xf32>) -> tensor<62x16x5376x128xbf16>
    %625 = stablehlo.convert %256 : (tensor<62x32x128x5376xf32>) -> tensor<62x32x128x5376xbf16>
    %626 = stablehlo.convert %262 : (tensor<62x128xf32>) -> tensor<62x128xbf16>
    %627 = stablehlo.convert %268 : (tensor<62x128xf32>) -> tensor<62x128xbf16>
    %628 = stablehlo.convert %274 : (tensor<62x5376xf32>) -> tensor<62x5376xbf16>
    %629 = stablehlo.convert %280 : (tensor<62x5376xf32>) -> tensor<62x5376xbf16>
    %630 = stablehlo.convert %286 : (tensor<62x5376x21504xf32>) -> tensor<62x5376x21504xbf16>
    %631 = stablehlo.convert %292 : (tensor<62x5376x21504xf32>) -> tensor<62x5376x21504xbf16>
    %632 = stablehlo.convert %298 : (tensor<62x21504x5376xf32>) -> tensor<62x21504x5376xbf16>
    %633 = stablehlo.convert %304 : (tensor<62x5376xf32>) -> tensor<62x5376xbf16>
    %634 = stablehlo.convert %310 : (tensor<5376xf32>) -> tensor<5376xbf16>
    %635 = stablehlo.convert %arg0 : (tensor<262208x5376xbf16>) -> tensor<262208x5376xf32>
    %636 = stablehlo.add %635, %591 : tensor<262208x5376xf32>
    %637 = stablehlo.convert %636 : (tensor<262208x5376xf32>) -> tensor<262208x5376xbf16>
    %638 = stablehlo.convert %arg1 : (tensor<62x5376xbf16>) -> tensor<62x5376xf32>
    %639 = stablehlo.add %638, %593 : tensor<62x5376xf32>
    %640 = stablehlo.convert %639 : (tensor<62x5376xf32>) -> tensor<62x5376xbf16>
    %641 = stablehlo.convert %arg2 : (tensor<62x32x5376x128xbf16>) -> tensor<62x32x5376x128xf32>
    %642 = stablehlo.add %641, %595 : tensor<62x32x5376x128xf32>
    %643 = stablehlo.convert %642 : (tensor<62x32x5376x128xf32>) -> tensor<62x32x5376x128xbf16>
    %644 = stablehlo.convert %arg3 : (tensor<62x16x5376x128xbf16>) -> tensor<62x16x5376x128xf32>
    %645 = stablehlo.add %644, %597 : tensor<62x16x5376x128xf32>
    %646 = stablehlo.convert %645 : (tensor<62x16x5376x128xf32>) -> tensor<62x16x5376x128xbf16>
    %647 = stablehlo.convert %arg4 : (tensor<62x16x5376x128xbf16>) -> tensor<62x16x5376x128xf32>
    %648 = stablehlo.add %647, %599 : tensor<62x16x5376x128xf32>
    %649 = stablehlo.convert %648 : (tensor<62x16x5376x128xf32>) -> tensor<62x16x5376x128xbf16>
    %650 = stablehlo.convert %arg5 : (tensor<62x32x128x5376xbf16>) -> tensor<62x32x128x5376xf32>
    %651 = stablehlo.add %650, %601 : tensor<62x32x128x5376xf32>
    %652 = stablehlo.convert %651 : (tensor<62x32x128x5376xf32>) -> tensor<62x32x128x5376xbf16>
    %653 = stablehlo.convert %arg6 : (tensor<62x128xbf16>) -> tensor<62x128xf32>
    %654 = stablehlo.add %653, %603 : tensor<62x128xf32>
    %655 = stablehlo.convert %654 : (tensor<62x128xf32>) -> tensor<62x128xbf16>
    %656 = stablehlo.convert %arg7 : (tensor<62x128xbf16>) -> tensor<62x128xf32>
    %657 = stablehlo.add %656, %605 : tensor<62x128xf32>
    %658 = stablehlo.convert %657 : (tensor<62x128xf32>) -> tensor<62x128xbf16>
    %659 = stablehlo.convert %arg8 : (tensor<62x5376xbf16>) -> tensor<62x5376xf32>
    %660 = stablehlo.add %659, %607 : tensor<62x5376xf32>
    %661 = stablehlo.convert %660 : (tensor<62x5376xf32>) -> tensor<62x5376xbf16>
    %662 = stablehlo.convert %arg9 : (tensor<62x5376xbf16>) -> tensor<62x5376xf32>
    %663 = stablehlo.add %662, %609 : tensor<62x5376xf32>
    %664 = stablehlo.convert %663 : (tensor<62x5376xf32>) -> tensor<62x5376xbf16>
    %665 = stablehlo.convert %arg10 : (tensor<62x5376x21504xbf16>) -> tensor<62x5376x21504xf32>
    %666 = stablehlo.add %665, %611 : tensor<62x5376x21504xf32>
    %667 = stablehlo.convert %666 : (tensor<62x5376x21504xf32>) -> tensor<62x5376x21504xbf16>
    %668 = stablehlo.convert %arg11 : (tensor<62x5376x21504xbf16>) -> tensor<62x5376x21504xf32>
    %669 = stablehlo.add %668, %613 : tensor<62x5376x21504xf32>
    %670 = stablehlo.convert %669 : (tensor<62x5376x21504xf32>) -> tensor<62x5376x21504xbf16>
    %671 = stablehlo.convert %arg12 : (tensor<62x21504x5376xbf16>) -> tensor<62x21504x5376xf32>
    %672 = stablehlo.add %671, %615 : tensor<62x21504x5376xf32>
    %673 = stablehlo.convert %672 : (tensor<62x21504x5376xf32>) -> tensor<62x21504x5376xbf16>
    %674 = stablehlo.convert %arg13 : (tensor<62x5376xbf16>) -> tensor<62x5376xf32>
    %675 = stablehlo.add %674, %617 : tensor<62x5376xf32>
    %676 = stablehlo.convert %675 : (tensor<62x5376xf32>) -> tensor<62x5376xbf16>
    %677 = stablehlo.convert %arg14 : (tensor<5376xbf16>) -> tensor<5376xf32>
    %678 = stablehlo.add %677, %619 : tensor<5376xf32>
    %679 = stablehlo.convert %678 : (tensor<5376xf32>) -> tensor<5376xbf16>
    %680 = chlo.square %23 : tensor<262208x5376xf32> -> tensor<262208x5376xf32>
    %cst_179 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %681 = stablehlo.broadcast_in_dim %cst_179, dims = [] : (tensor<f32>) -> tensor<262208x5376xf32>
    %682 = chlo.square %681 : tensor<262208x5376xf32> -> tensor<262208x5376xf32>
    %683 = stablehlo.add %680, %682 : tensor<262208x5376xf32>
    %684 = chlo.square %25 : tensor<62x5376xf32> -> tensor<62x5376xf32>
    %cst_180 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %685 = stablehlo.broadcast_in_dim %cst_180, dims = [] : (tensor<f32>) -> tensor<62x5376xf32>
    %686 = chlo.square %685 : tensor<62x5376xf32> -> tensor<62x5376xf32>
    %687 = stablehlo.add %684, %686 : tensor<62x5376xf32>
    %688 = chlo.square %27 : tensor<62x32x5376x128xf32> -> tensor<62x32x5376x128xf32>
    %cst_181 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %689 = stablehlo.broadcast_in_dim %cst_181, dims = [] : (tensor<f32>) -> tensor<62x32x5376x128xf32>
    %690 = chlo.square %689 : tensor<62x32x5376x128xf32> -> tensor<62x32x5376x128xf32>
    %691 = stablehlo.add %688, %690 : tensor<62x32x5376x128xf32>
    %692 = chlo.square %29 : tensor<62x16x5376x128xf32> -> tensor<62x16x5376x128xf32>
    %cst_182 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %693 = stablehlo.broadcast_in_dim %cst_182, dims = [] : (tensor<f32>) -> tensor<62x16x5376x128xf32>
    %694 = chlo.square %693 : tensor<62x16x5376x128xf32> -> tensor<62x16x5376x128xf32>
    %695 = stablehlo.add %692, %694 : tensor<62x16x5376x128xf32>
    %696 = chlo.square %31 : tensor<62x16x5376x128xf32> -> tensor<62x16x5376x128xf32>
    %cst_183 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %697 = stablehlo.broadcast_in_dim %cst_183, dims = [] : (tensor<f32>) -> tensor<62x16x5376x128xf32>
    %698 = chlo.square %697 : tensor<62x16x5376x128xf32> -> tensor<62x16x5376x128xf32>
    %699 = stablehlo.add %696, %698 : tensor<62x16x5376x128xf32>
    %700 = chlo.square %33 : tensor<62x32x128x5376xf32> -> tensor<62x32x128x5376xf32>
    %cst_184 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %701 = stablehlo.broadcast_in_dim %cst_184, dims = [] : (tensor<f32>) -> tensor<62x32x128x5376xf32>
    %702 = chlo.square %701 : tensor<62x32x128x5376xf32> -> tensor<62x32x128x5376xf32>
    %703 = stablehlo.add %700, %702 : tensor<62x32x128x5376xf32>
    %704 = chlo.square %35 : tensor<62x128xf32> -> tensor<62x128xf32>
    %cst_185 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %705 = stablehlo.broadcast_in_dim %cst_185, dims = [] : (tensor<f32>) -> tensor<62x128xf32>
    %706 = chlo.square %705 : tensor<62x128xf32> -> tensor<62x128xf32>
    %707 = stablehlo.add %704, %706 : tensor<62x128xf32>
    %708 = chlo.square %37 : tensor<62x128xf32> -> tensor<62x128xf32>
    %cst_186 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %709 = stablehlo.broadcast_in_dim %cst_186, dims = [] : (tensor<f32>) -> tensor<62x128xf32>
    %710 = chlo.square %709 : tensor<62x128xf32> -> tensor<62x128xf32>
    %711 = stablehlo.add %708, %710 : tensor<62x128xf32>
    %712 = chlo.square %39 : tensor<62x5376xf32> -> tensor<62x5376xf32>
    %cst_187 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %713 = stablehlo.broadcast_in_dim %cst_187, dims = [] : (tensor<f32>) -> tensor<62x5376xf32>
    %714 = chlo.square %713 : tensor<62x5376xf32> -> tensor<62x5376xf32>
    %715 = stablehlo.add %712, %714 : tensor<62x5376xf32>
    %716 = chlo.square %41 : tensor<62x5376xf32> -> tensor<62x5376xf32>
    %cst_188 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %717 = stablehlo.broadcast_in_dim %cst_188, dims = [] : (tensor<f32>) -> tensor<62x5376xf32>
    %718 = chlo.square %717 : tensor<62x5376xf32> -> tensor<62x5376xf32>
    %719 = stablehlo.add %716, %718 : tensor<62x5376xf32>
    %720 = chlo.square %43 : tensor<62x5376x21504xf32> -> tensor<62x5376x21504xf32>
    %cst_189 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %721 = stablehlo.broadcast_in_dim %cst_189, dims = [] : (tensor<f32>) -> tensor<62x5376x21504xf32>
    %722 = chlo.square %721 : tensor<62x5376x21504xf32> -> tensor<62x5376x21504xf32>
    %723 = stablehlo.add %720, %722 : tensor<62x5376x21504xf32>
    %724 = chlo.square %45 : tensor<62x5376x21504xf32> -> tensor<62x5376x21504xf32>
    %cst_190 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %725 = stablehlo.broadcast_in_dim %cst_190, dims = [] : (tensor<f32>) -> tensor<62x5376x21504xf32>
    %726 = chlo.square %725 : tensor<62x5376x21504xf32> -> tensor<62x5376x21504xf32>
    %727 = stablehlo.add %724, %726 : tensor<62x5376x21504xf32>
    %728 = chlo.square %47 : tensor<62x21504x5376xf32> -> tensor<62x21504x5376xf32>
    %cst_191 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %729 = stablehlo.broadcast_in_dim %cst_191, dims = [] : (tensor<f32>) -> tensor<62x21504x5376xf32>
    %730 = chlo.square %729 : tensor<62x21504x5376xf32> -> tensor<62x21504x5376xf32>
    %731 = stablehlo.add %728, %730 : tensor<62x21504x5376xf32>
    %732 = chlo.square %49 : tensor<62x5376xf32> -> tensor<62x5376xf32>
    %cst_192 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %733 = stablehlo.broadcast_in_dim %cst_192, dims = [] : (tensor<f32>) -> tensor<62x5376xf32>
    %734 = chlo.square %733 : tensor<62x5376xf32> -> tensor<62x5376xf32>
    %735 = stablehlo.add %732, %734 : tensor<62x5376xf32>
    %736 = chlo.square %51 : tensor<5376xf32> -> tensor<5376xf32>
    %cst_193 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %737 = stablehlo.broadcast_in_dim %cst_193, dims = [] : (tensor<f32>) -> tensor<5376xf32>
    %738 = chlo.square %737 : tensor<5376xf32> -> tensor<5376xf32>
    %739 = stablehlo.add %736, %738 : tensor<5376xf32>
    %cst_194 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %740 = stablehlo.reduce(%683 init: %cst_194) applies stablehlo.add across dimensions = [0, 1] : (tensor<262208x5376xf32>, tensor<f32>) -> tensor<f32>
    %cst_195 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %741 = stablehlo.reduce(%687 init: %cst_195) applies stablehlo.add across dimensions = [0, 1] : (tensor<62x5376xf32>, tensor<f32>) -> tensor<f32>
    %cst_196 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %742 = stablehlo.reduce(%691 init: %cst_196) applies stablehlo.add across dimensions = [0, 1, 2, 3] : (tensor<62x32x5376x128xf32>, tensor<f32>) -> tensor<f32>
    %cst_197 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %743 = stablehlo.reduce(%695 init: %cst_197) applies stablehlo.add across dimensions = [0, 1, 2, 3] : (tensor<62x16x5376x128xf32>, tensor<f32>) -> tensor<f32>
    %cst_198 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %744 = stablehlo.reduce(%699 init: %cst_198) applies stablehlo.add across dimensions = [0, 1, 2, 3] : (tensor<62x16x5376x128xf32>, tensor<f32>) -> tensor<f32>
    %cst_199 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %745 = stablehlo.reduce(%703 init: %cst_199) applies stablehlo.add across dimensions = [0, 1, 2, 3] : (tensor<62x32x128x5376xf32>, tensor<f32>) -> tensor<f32>
    %cst_200 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %746 = stablehlo.reduce(%707 init: %cst_200) applies stablehlo.add across dimensions = [0, 1] : (tensor<62x128xf32>, tensor<f32>) -> tensor<f32>
    %cst_201 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %747 = stablehlo.reduce(%711 init: %cst_201) applies stablehlo.add across dimensions = [0, 1] : (tensor<62x128xf32>, tensor<f32>) -> tensor<f32>
    %cst_202 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %748 = stablehlo.reduce(%715 init: %cst_202) applies stablehlo.add across dimensions = [0, 1] : (tensor<62x5376xf32>, tensor<f32>) -> tensor<f32>
    %cst_203 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %749 = stablehlo.reduce(%719 init: %cst_203) applies stablehlo.add across dimensions = [0, 1] : (tensor<62x5376xf32>, tensor<f32>) -> tensor<f32>
    %cst_204 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %750 = stablehlo.reduce(%723 init: %cst_204) applies stablehlo.add across dimensions = [0, 1, 2] : (tensor<62x5376x21504xf32>, tensor<f32>) -> tensor<f32>
    %cst_205 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %751 = stablehlo.reduce(%727 init: %cst_205) applies stablehlo.add across dimensions = [0, 1, 2] : (tensor<62x5376x21504xf32>, tensor<f32>) -> tensor<f32>
    %cst_206 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %752 = stablehlo.reduce(%731 init: %cst_206) applies stablehlo.add across dimensions = [0, 1, 2] : (tensor<62x21504x5376xf32>, tensor<f32>) -> tensor<f32>
    %cst_207 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %753 = stablehlo.reduce(%735 init: %cst_207) applies stablehlo.add across dimensions = [0, 1] : (tensor<62x5376xf32>, tensor<f32>) -> tensor<f32>
    %cst_208 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %754 = stablehlo.reduce(%739 init: %cst_208) applies stablehlo.add across dimensions = [0] : (tensor<5376xf32>, tensor<f32>) -> tensor<f32>
    %cst_209 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %755 = stablehlo.add %cst_209, %740 : tensor<f32>
    %756 = stablehlo.add %755, %741 : tensor<f32>
    %757 = stablehlo.add %756, %742 : tensor<f32>
    %758 = stablehlo.add %757, %743 : tensor<f32>
    %759 = stablehlo.add %758, %744 : tensor<f32>
    %760 = stablehlo.add %759, %745 : tensor<f32>
    %761 = stablehlo.add %760, %746 : tensor<f32>
    %762 = stablehlo.add %761, %747 : tensor<f32>
    %763 = stablehlo.add %762, %748 : tensor<f32>
    %764 = stablehlo.add %763, %749 : tensor<f32>
    %765 = stablehlo.add %764, %750 : tensor<f32>
    %766 = stablehlo.add %765, %751 : tensor<f32>
    %767 = stablehlo.add %766, %752 : tensor<f32>
    %768 = stablehlo.add %767, %753 : tensor<f32>
    %769 = stablehlo.add %768, %754 : tensor<f32>
    %770 = stablehlo.sqrt %769 : tensor<f32>
    %c_210 = stablehlo.constant dense<1> : tensor<i32>
    %771 = stablehlo.add %arg46, %c_210 : tensor<i32>
    return %637, %640, %643, %646, %649, %652, %655, %658, %661, %664, %667, %670, %673, %676, %679, %418, %620, %621, %622, %623, %624, %625, %626, %627, %628, %629, %630, %631, %632, %633, %634, %575, %576, %577, %578, %579, %580, %581, %582, %583, %584, %585, %586, %587, %588, %589, %771, %53, %770, %52, %19#37 : tensor<262208x5376xbf16>, tensor<62x5376xbf16>, tensor<62x32x5376x128xbf16>, tensor<62x16x5376x128xbf16>, tensor<62x16x5376x128xbf16>, tensor<62x32x128x5376xbf16>, tensor<62x128xbf16>, tensor<62x128xbf16>, tensor<62x5376xbf16>, tensor<62x5376xbf16>, tensor<62x5376x21504xbf16>, tensor<62x5376x21504xbf16>, tensor<62x21504x5376xbf16>, tensor<62x5376xbf16>, tensor<5376xbf16>, tensor<i32>, tensor<262208x5376xbf16>, tensor<62x5376xbf16>, tensor<62x32x5376x128xbf16>, tensor<62x16x5376x128xbf16>, tensor<62x16x5376x128xbf16>, tensor<62x32x128x5376xbf16>, tensor<62x128xbf16>, tensor<62x128xbf16>, tensor<62x5376xbf16>, tensor<62x5376xbf16>, tensor<62x5376x21504xbf16>, tensor<62x5376x21504xbf16>, tensor<62x21504x5376xbf16>, tensor<62x5376xbf16>, tensor<5376xbf16>, tensor<262208x5376xbf16>, tensor<62x5376xbf16>, tensor<62x32x5376x128xbf16>, tensor<62x16x5376x128xbf16>, tensor<62x16x5376x128xbf16>, tensor<62x32x128x5376xbf16>, tensor<62x128xbf16>, tensor<62x128xbf16>, tensor<62x5376xbf16>, tensor<62x5376xbf16>, tensor<62x5376x21504xbf16>, tensor<62x5376x21504xbf16>, tensor<62x21504x5376xbf16>, tensor<62x5376xbf16>, tensor<5376xbf16>, tensor<i32>, tensor<f32>, tensor<f32>, tensor<f32>, tensor<f32>
  }
  func.func private @dynamic_index_in_dim(%arg0: tensor<4x2x2048xi32>, %arg1: tensor<i32>) -> tensor<2x2048xi32> {
    %c = stablehlo.constant dense<0> : tensor<i32>
    %c_0 = stablehlo.constant dense<0> : tensor<i32>
    %0 = stablehlo.dynamic_slice %arg0, %arg1, %c, %c_0, sizes = [1, 2, 2048] : (tensor<4x2x2048xi32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x2048xi32>
    %1 = stablehlo.reshape %0 : (tensor<1x2x2048xi32>) -> tensor<2x2048xi32>
    return %1 : tensor<2x2048xi32>
  }
  func.func private @closed_call(%arg0: tensor<62xi1>, %arg1: tensor<262208x5376xbf16>, %arg2: tensor<62x5376xbf16>, %arg3: tensor<62x32x5376x128xbf16>, %arg4: tensor<62x16x5376x128xbf16>, %arg5: tensor<62x16x5376x128xbf16>, %arg6: tensor<62x32x128x5376xbf16>, %arg7: tensor<62x128xbf16>, %arg8: tensor<62x128xbf16>, %arg9: tensor<62x5376xbf16>, %arg10: tensor<62x5376xbf16>, %arg11: tensor<62x5376x21504xbf16>, %arg12: tensor<62x5376x21504xbf16>, %arg13: tensor<62x21504x5376xbf16>, %arg14: tensor<62x5376xbf16>, %arg15: tensor<5376xbf16>, %arg16: tensor<262208x5376xf32>, %arg17: tensor<62x5376xf32>, %arg18: tensor<62x32x5376x128xf32>, %arg19: tensor<62x16x5376x128xf32>, %arg20: tensor<62x16x5376x128xf32>, %arg21: tensor<62x32x128x5376xf32>, %arg22: tensor<62x128xf32>, %arg23: tensor<62x128xf32>, %arg24: tensor<62x5376xf32>, %arg25: tensor<62x5376xf32>, %arg26: tensor<62x5376x21504xf32>, %arg27: tensor<62x5376x21504xf32>, %arg28: tensor<62x21504x5376xf32>, %arg29: tensor<62x5376xf32>, %arg30: tensor<5376xf32>, %arg31: tensor<f32>, %arg32: tensor<f32>, %arg33: tensor<f32>, %arg34: tensor<2x2048xi32>, %arg35: tensor<2x2048xi32>, %arg36: tensor<2x2048xi32>, %arg37: tensor<2x2048xi32>) -> (tensor<262208x5376xf32>, tensor<62x5376xf32>, tensor<62x32x5376x128xf32>, tensor<62x16x5376x128xf32>, tensor<62x16x5376x128xf32>, tensor<62x32x128x5376xf32>, tensor<62x128xf32>, tensor<62x128xf32>, tensor<62x5376xf32>, tensor<62x5376xf32>, tensor<62x5376x21504xf32>, tensor<62x5376x21504xf32>, tensor<62x21504x5376xf32>, tensor<62x5376xf32>, tensor<5376xf32>, tensor<f32>, tensor<f32>, tensor<f32>) {
    %0:2 = call @_take(%arg1, %arg34) : (tensor<262208x5376xbf16>, tensor<2x2048xi32>) -> (tensor<2x2048x5376xbf16>, tensor<2x2048x1xi32>)
    %cst = stablehlo.constant dense<7.350000e+01> : tensor<bf16>
    %1 = stablehlo.broadcast_in_dim %cst, dims = [] : (tensor<bf16>) -> tensor<2x2048x5376xbf16>
    %2 = stablehlo.multiply %0#0, %1 : tensor<2x2048x5376xbf16>
    %cst_0 = stablehlo.constant dense<0.000000e+00> : tensor<bf16>
    %3 = stablehlo.broadcast_in_dim %cst_0, dims = [] : (tensor<bf16>) -> tensor<62x2x2048x5376xbf16>
    %c = stablehlo.constant dense<0> : tensor<i32>
    %4:19 = stablehlo.while(%iterArg = %arg2, %iterArg_19 = %arg3, %iterArg_20 = %arg4, %iterArg_21 = %arg5, %iterArg_22 = %arg6, %iterArg_23 = %arg7, %iterArg_24 = %arg8, %iterArg_25 = %arg9, %iterArg_26 = %arg10, %iterArg_27 = %arg11, %iterArg_28 = %arg12, %iterArg_29 = %arg13, %iterArg_30 = %arg14, %iterArg_31 = %arg0, %iterArg_32 = %arg37, %iterArg_33 = %arg36, %iterArg_34 = %c, %iterArg_35 = %2, %iterArg_36 = %3) : tensor<62x5376xbf16>, tensor<62x32x5376x128xbf16>, tensor<62x16x5376x128xbf16>, tensor<62x16x5376x128xbf16>, tensor<62x32x128x5376xbf16>, tensor<62x128xbf16>, tensor<62x128xbf16>, tensor<62x5376xbf16>, tensor<62x5376xbf16>, tensor<62x5376x21504xbf16>, tensor<62x5376x21504xbf16>, tensor<62x21504x5376xbf16>, tensor<62x5376xbf16>, tensor<62xi1>, tensor<2x2048xi32>, tensor<2x2048xi32>, tensor<i32>, tensor<2x2048x5376xbf16>, tensor<62x2x2048x5376xbf16>
    cond {
      %c_37 = stablehlo.constant dense<62> : tensor<i32>
      %59 = stablehlo.compare LT, %iterArg_34, %c_37, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
      stablehlo.return %59 : tensor<i1>
    } do {
      %59 = func.call @dynamic_index_in_dim_0(%iterArg, %iterArg_34) : (tensor<62x5376xbf16>, tensor<i32>) -> tensor<5376xbf16>
      %60 = func.call @dynamic_index_in_dim_1(%iterArg_19, %iterArg_34) : (tensor<62x32x5376x128xbf16>, tensor<i32>) -> tensor<32x5376x128xbf16>
      %61 = func.call @dynamic_index_in_dim_2(%iterArg_20, %iterArg_34) : (tensor<62x16x5376x128xbf16>, tensor<i32>) -> tensor<16x5376x128xbf16>
      %62 = func.call @dynamic_index_in_dim_2(%iterArg_21, %iterArg_34) : (tensor<62x16x5376x128xbf16>, tensor<i32>) -> tensor<16x5376x128xbf16>
      %63 = func.call @dynamic_index_in_dim_3(%iterArg_22, %iterArg_34) : (tensor<62x32x128x5376xbf16>, tensor<i32>) -> tensor<32x128x5376xbf16>
      %64 = func.call @dynamic_index_in_dim_4(%iterArg_23, %iterArg_34) : (tensor<62x128xbf16>, tensor<i32>) -> tensor<128xbf16>
      %65 = func.call @dynamic_index_in_dim_4(%iterArg_24, %iterArg_34) : (tensor<62x128xbf16>, tensor<i32>) -> tensor<128xbf16>
      %66 = func.call @dynamic_index_in_dim_0(%iterArg_25, %iterArg_34) : (tensor<62x5376xbf16>, tensor<i32>) -> tensor<5376xbf16>
      %67 = func.call @dynamic_index_in_dim_0(%iterArg_26, %iterArg_34) : (tensor<62x5376xbf16>, tensor<i32>) -> tensor<5376xbf16>
      %68 = func.call @dynamic_index_in_dim_5(%iterArg_27, %iterArg_34) : (tensor<62x5376x21504xbf16>, tensor<i32>) -> tensor<5376x21504xbf16>
      %69 = func.call @dynamic_index_in_dim_5(%iterArg_28, %iterArg_34) : (tensor<62x5376x21504xbf16>, tensor<i32>) -> tensor<5376x21504xbf16>
      %70 = func.call @dynamic_index_in_dim_6(%iterArg_29, %iterArg_34) : (tensor<62x21504x5376xbf16>, tensor<i32>) -> tensor<21504x5376xbf16>
      %71 = func.call @dynamic_index_in_dim_0(%iterArg_30, %iterArg_34) : (tensor<62x5376xbf16>, tensor<i32>) -> tensor<5376xbf16>
      %72 = func.call @dynamic_index_in_dim_7(%iterArg_31, %iterArg_34) : (tensor<62xi1>, tensor<i32>) -> tensor<i1>
      %73:2 = func.call @closed_call_8(%iterArg_32, %iterArg_33, %iterArg_35, %59, %60, %61, %62, %63, %64, %65, %66, %67, %68, %69, %70, %71, %72) : (tensor<2x2048xi32>, tensor<2x2048xi32>, tensor<2x2048x5376xbf16>, tensor<5376xbf16>, tensor<32x5376x128xbf16>, tensor<16x5376x128xbf16>, tensor<16x5376x128xbf16>, tensor<32x128x5376xbf16>, tensor<128xbf16>, tensor<128xbf16>, tensor<5376xbf16>, tensor<5376xbf16>, tensor<5376x21504xbf16>, tensor<5376x21504xbf16>, tensor<21504x5376xbf16>, tensor<5376xbf16>, tensor<i1>) -> (tensor<2x2048x5376xbf16>, tensor<2x2048x5376xbf16>)
      %74 = func.call @dynamic_update_index_in_dim(%iterArg_36, %73#1, %iterArg_34) : (tensor<62x2x2048x5376xbf16>, tensor<2x2048x5376xbf16>, tensor<i32>) -> tensor<62x2x2048x5376xbf16>
      %c_37 = stablehlo.constant dense<1> : tensor<i32>
      %75 = stablehlo.add %iterArg_34, %c_37 : tensor<i32>
      stablehlo.return %iterArg, %iterArg_19, %iterArg_20, %iterArg_21, %iterArg_22, %iterArg_23, %iterArg_24, %iterArg_25, %iterArg_26, %iterArg_27, %iterArg_28, %iterArg_29, %iterArg_30, %iterArg_31, %iterArg_32, %iterArg_33, %75, %73#0, %74 : tensor<62x5376xbf16>, tensor<62x32x5376x128xbf16>, tensor<62x16x5376x128xbf16>, tensor<62x16x5376x128xbf16>, tensor<62x32x128x5376xbf16>, tensor<62x128xbf16>, tensor<62x128xbf16>, tensor<62x5376xbf16>, tensor<62x5376xbf16>, tensor<62x5376x21504xbf16>, tensor<62x5376x21504xbf16>, tensor<62x21504x5376xbf16>, tensor<62x5376xbf16>, tensor<62xi1>, tensor<2x2048xi32>, tensor<2x2048xi32>, tensor<i32>, tensor<2x2048x5376xbf16>, tensor<62x2x2048x5376xbf16>
    }
    %5 = stablehlo.slice %arg35 [0:2, 1:2048] : (tensor<2x2048xi32>) -> tensor<2x2047xi32>
    %6 = stablehlo.convert %5 : (tensor<2x2047xi32>) -> tensor<2x2047xf32>
    %7 = stablehlo.slice %arg36 [0:2, 1:2048] : (tensor<2x2048xi32>) -> tensor<2x2047xi32>
    %8 = stablehlo.slice %arg36 [0:2, 0:2047] : (tensor<2x2048xi32>) -> tensor<2x2047xi32>
    %9 = stablehlo.compare EQ, %7, %8, SIGNED : (tensor<2x2047xi32>, tensor<2x2047xi32>) -> tensor<2x2047xi1>
    %10 = stablehlo.convert %9 : (tensor<2x2047xi1>) -> tensor<2x2047xf32>
    %11 = stablehlo.multiply %6, %10 : tensor<2x2047xf32>
    %12 = stablehlo.slice %arg34 [0:2, 1:2048] : (tensor<2x2048xi32>) -> tensor<2x2047xi32>
    %13 = stablehlo.slice %4#17 [0:2, 0:2047, 0:5376] : (tensor<2x2048x5376xbf16>) -> tensor<2x2047x5376xbf16>
    %cst_1 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %14 = stablehlo.reduce(%11 init: %cst_1) applies stablehlo.add across dimensions = [0, 1] : (tensor<2x2047xf32>, tensor<f32>) -> tensor<f32>
    %c_2 = stablehlo.constant dense<0> : tensor<i32>
    %15 = call @_pad(%13, %c_2) : (tensor<2x2047x5376xbf16>, tensor<i32>) -> tensor<2x2048x5376xbf16>
    %c_3 = stablehlo.constant dense<0> : tensor<i32>
    %16 = call @_pad_11(%12, %c_3) : (tensor<2x2047xi32>, tensor<i32>) -> tensor<2x2048xi32>
    %c_4 = stablehlo.constant dense<0> : tensor<i32>
    %17 = call @_pad_12(%11, %c_4) : (tensor<2x2047xf32>, tensor<i32>) -> tensor<2x2048xf32>
    %18 = stablehlo.reshape %15 : (tensor<2x2048x5376xbf16>) -> tensor<2x4x512x5376xbf16>
    %19 = stablehlo.transpose %18, dims = [1, 0, 2, 3] : (tensor<2x4x512x5376xbf16>) -> tensor<4x2x512x5376xbf16>
    %20 = stablehlo.reshape %16 : (tensor<2x2048xi32>) -> tensor<2x4x512xi32>
    %21 = stablehlo.transpose %20, dims = [1, 0, 2] : (tensor<2x4x512xi32>) -> tensor<4x2x512xi32>
    %22 = stablehlo.reshape %17 : (tensor<2x2048xf32>) -> tensor<2x4x512xf32>
    %23 = stablehlo.transpose %22, dims = [1, 0, 2] : (tensor<2x4x512xf32>) -> tensor<4x2x512xf32>
    %24 = stablehlo.convert %arg15 : (tensor<5376xbf16>) -> tensor<5376xf32>
    %cst_5 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %25 = stablehlo.broadcast_in_dim %cst_5, dims = [] : (tensor<f32>) -> tensor<5376xf32>
    %26 = stablehlo.add %25, %24 : tensor<5376xf32>
    %27 = stablehlo.broadcast_in_dim %26, dims = [2] : (tensor<5376xf32>) -> tensor<1x1x5376xf32>
    %28 = stablehlo.slice %arg1 [0:262144, 0:5376] : (tensor<262208x5376xbf16>) -> tensor<262144x5376xbf16>
    %cst_6 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %29 = stablehlo.broadcast_in_dim %cst_6, dims = [] : (tensor<f32>) -> tensor<2x512xf32>
    %cst_7 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %30 = stablehlo.broadcast_in_dim %cst_7, dims = [] : (tensor<f32>) -> tensor<4xf32>
    %c_8 = stablehlo.constant dense<0> : tensor<i32>
    %31:8 = stablehlo.while(%iterArg = %19, %iterArg_19 = %21, %iterArg_20 = %23, %iterArg_21 = %27, %iterArg_22 = %28, %iterArg_23 = %29, %iterArg_24 = %c_8, %iterArg_25 = %30) : tensor<4x2x512x5376xbf16>, tensor<4x2x512xi32>, tensor<4x2x512xf32>, tensor<1x1x5376xf32>, tensor<262144x5376xbf16>, tensor<2x512xf32>, tensor<i32>, tensor<4xf32>
    cond {
      %c_26 = stablehlo.constant dense<4> : tensor<i32>
      %59 = stablehlo.compare LT, %iterArg_24, %c_26, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
      stablehlo.return %59 : tensor<i1>
    } do {
      %59 = func.call @dynamic_index_in_dim_13(%iterArg, %iterArg_24) : (tensor<4x2x512x5376xbf16>, tensor<i32>) -> tensor<2x512x5376xbf16>
      %60 = func.call @dynamic_index_in_dim_14(%iterArg_19, %iterArg_24) : (tensor<4x2x512xi32>, tensor<i32>) -> tensor<2x512xi32>
      %61 = func.call @dynamic_index_in_dim_15(%iterArg_20, %iterArg_24) : (tensor<4x2x512xf32>, tensor<i32>) -> tensor<2x512xf32>
      %62 = func.call @closed_call_16(%iterArg_21, %iterArg_22, %iterArg_23, %59, %60, %61) : (tensor<1x1x5376xf32>, tensor<262144x5376xbf16>, tensor<2x512xf32>, tensor<2x512x5376xbf16>, tensor<2x512xi32>, tensor<2x512xf32>) -> tensor<f32>
      %63 = func.call @dynamic_update_index_in_dim_17(%iterArg_25, %62, %iterArg_24) : (tensor<4xf32>, tensor<f32>, tensor<i32>) -> tensor<4xf32>
      %c_26 = stablehlo.constant dense<1> : tensor<i32>
      %64 = stablehlo.add %iterArg_24, %c_26 : tensor<i32>
      stablehlo.return %iterArg, %iterArg_19, %iterArg_20, %iterArg_21, %iterArg_22, %iterArg_23, %64, %63 : tensor<4x2x512x5376xbf16>, tensor<4x2x512xi32>, tensor<4x2x512xf32>, tensor<1x1x5376xf32>, tensor<262144x5376xbf16>, tensor<2x512xf32>, tensor<i32>, tensor<4xf32>
    }
    %cst_9 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %32 = stablehlo.reduce(%31#7 init: %cst_9) applies stablehlo.add across dimensions = [0] : (tensor<4xf32>, tensor<f32>) -> tensor<f32>
    %cst_10 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %33 = stablehlo.reduce(%11 init: %cst_10) applies stablehlo.add across dimensions = [0, 1] : (tensor<2x2047xf32>, tensor<f32>) -> tensor<f32>
    %cst_11 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %34 = stablehlo.broadcast_in_dim %cst_11, dims = [] : (tensor<f32>) -> tensor<4xf32>
    %cst_12 = stablehlo.constant dense<0.000000e+00> : tensor<bf16>
    %35 = stablehlo.broadcast_in_dim %cst_12, dims = [] : (tensor<bf16>) -> tensor<5376xbf16>
    %cst_13 = stablehlo.constant dense<0.000000e+00> : tensor<bf16>
    %36 = stablehlo.broadcast_in_dim %cst_13, dims = [] : (tensor<bf16>) -> tensor<262208x5376xbf16>
    %cst_14 = stablehlo.constant dense<0.000000e+00> : tensor<bf16>
    %37 = stablehlo.broadcast_in_dim %cst_14, dims = [] : (tensor<bf16>) -> tensor<4x2x512x5376xbf16>
    %c_15 = stablehlo.constant dense<0> : tensor<i32>
    %38:10 = stablehlo.while(%iterArg = %34, %iterArg_19 = %19, %iterArg_20 = %21, %iterArg_21 = %23, %iterArg_22 = %arg15, %iterArg_23 = %arg1, %iterArg_24 = %c_15, %iterArg_25 = %35, %iterArg_26 = %36, %iterArg_27 = %37) : tensor<4xf32>, tensor<4x2x512x5376xbf16>, tensor<4x2x512xi32>, tensor<4x2x512xf32>, tensor<5376xbf16>, tensor<262208x5376xbf16>, tensor<i32>, tensor<5376xbf16>, tensor<262208x5376xbf16>, tensor<4x2x512x5376xbf16>
    cond {
      %c_28 = stablehlo.constant dense<4> : tensor<i32>
      %59 = stablehlo.compare LT, %iterArg_24, %c_28, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
      stablehlo.return %59 : tensor<i1>
    } do {
      %c_28 = stablehlo.constant dense<4> : tensor<i32>
      %59 = stablehlo.subtract %c_28, %iterArg_24 : tensor<i32>
      %c_29 = stablehlo.constant dense<1> : tensor<i32>
      %60 = stablehlo.subtract %59, %c_29 : tensor<i32>
      %61 = func.call @dynamic_index_in_dim_18(%iterArg, %60) : (tensor<4xf32>, tensor<i32>) -> tensor<f32>
      %62 = func.call @dynamic_index_in_dim_13(%iterArg_19, %60) : (tensor<4x2x512x5376xbf16>, tensor<i32>) -> tensor<2x512x5376xbf16>
      %63 = func.call @dynamic_index_in_dim_14(%iterArg_20, %60) : (tensor<4x2x512xi32>, tensor<i32>) -> tensor<2x512xi32>
      %64 = func.call @dynamic_index_in_dim_15(%iterArg_21, %60) : (tensor<4x2x512xf32>, tensor<i32>) -> tensor<2x512xf32>
      %65:3 = func.call @closed_call_19(%iterArg_22, %iterArg_23, %iterArg_25, %iterArg_26, %61, %62, %63, %64) : (tensor<5376xbf16>, tensor<262208x5376xbf16>, tensor<5376xbf16>, tensor<262208x5376xbf16>, tensor<f32>, tensor<2x512x5376xbf16>, tensor<2x512xi32>, tensor<2x512xf32>) -> (tensor<5376xbf16>, tensor<262208x5376xbf16>, tensor<2x512x5376xbf16>)
      %66 = func.call @dynamic_update_index_in_dim_22(%iterArg_27, %65#2, %60) : (tensor<4x2x512x5376xbf16>, tensor<2x512x5376xbf16>, tensor<i32>) -> tensor<4x2x512x5376xbf16>
      %c_30 = stablehlo.constant dense<1> : tensor<i32>
      %67 = stablehlo.add %iterArg_24, %c_30 : tensor<i32>
      stablehlo.return %iterArg, %iterArg_19, %iterArg_20, %iterArg_21, %iterArg_22, %iterArg_23, %67, %65#0, %65#1, %66 : tensor<4xf32>, tensor<4x2x512x5376xbf16>, tensor<4x2x512xi32>, tensor<4x2x512xf32>, tensor<5376xbf16>, tensor<262208x5376xbf16>, tensor<i32>, tensor<5376xbf16>, tensor<262208x5376xbf16>, tensor<4x2x512x5376xbf16>
    }
    %39 = stablehlo.transpose %38#9, dims = [1, 0, 2, 3] : (tensor<4x2x512x5376xbf16>) -> tensor<2x4x512x5376xbf16>
    %40 = stablehlo.reshape %39 : (tensor<2x4x512x5376xbf16>) -> tensor<2x2048x5376xbf16>
    %41 = call @_pad_23(%40) : (tensor<2x2048x5376xbf16>) -> tensor<2x2047x5376xbf16>
    %cst_16 = stablehlo.constant dense<0.000000e+00> : tensor<bf16>
    %42 = stablehlo.pad %41, %cst_16, low = [0, 0, 0], high = [0, 1, 0], interior = [0, 0, 0] : (tensor<2x2047x5376xbf16>, tensor<bf16>) -> tensor<2x2048x5376xbf16>
    %43 = stablehlo.iota dim = 0 : tensor<62xi32>
    %c_17 = stablehlo.constant dense<0> : tensor<i32>
    %44:33 = stablehlo.while(%iterArg = %43, %iterArg_19 = %4#18, %iterArg_20 = %arg0, %iterArg_21 = %arg2, %iterArg_22 = %arg3, %iterArg_23 = %arg4, %iterArg_24 = %arg5, %iterArg_25 = %arg6, %iterArg_26 = %arg7, %iterArg_27 = %arg8, %iterArg_28 = %arg9, %iterArg_29 = %arg10, %iterArg_30 = %arg11, %iterArg_31 = %arg12, %iterArg_32 = %arg13, %iterArg_33 = %arg14, %iterArg_34 = %arg37, %iterArg_35 = %arg36, %iterArg_36 = %c_17, %iterArg_37 = %42, %iterArg_38 = %arg17, %iterArg_39 = %arg18, %iterArg_40 = %arg19, %iterArg_41 = %arg20, %iterArg_42 = %arg21, %iterArg_43 = %arg22, %iterArg_44 = %arg23, %iterArg_45 = %arg24, %iterArg_46 = %arg25, %iterArg_47 = %arg26, %iterArg_48 = %arg27, %iterArg_49 = %arg28, %iterArg_50 = %arg29) : tensor<62xi32>, tensor<62x2x2048x5376xbf16>, tensor<62xi1>, tensor<62x5376xbf16>, tensor<62x32x5376x128xbf16>, tensor<62x16x5376x128xbf16>, tensor<62x16x5376x128xbf16>, tensor<62x32x128x5376xbf16>, tensor<62x128xbf16>, tensor<62x128xbf16>, tensor<62x5376xbf16>, tensor<62x5376xbf16>, tensor<62x5376x21504xbf16>, tensor<62x5376x21504xbf16>, tensor<62x21504x5376xbf16>, tensor<62x5376xbf16>, tensor<2x2048xi32>, tensor<2x2048xi32>, tensor<i32>, tensor<2x2048x5376xbf16>, tensor<62x5376xf32>, tensor<62x32x5376x128xf32>, tensor<62x16x5376x128xf32>, tensor<62x16x5376x128xf32>, tensor<62x32x128x5376xf32>, tensor<62x128xf32>, tensor<62x128xf32>, tensor<62x5376xf32>, tensor<62x5376xf32>, tensor<62x5376x21504xf32>, tensor<62x5376x21504xf32>, tensor<62x21504x5376xf32>, tensor<62x5376xf32>
    cond {
      %c_51 = stablehlo.constant dense<62> : tensor<i32>
      %59 = stablehlo.compare LT, %iterArg_36, %c_51, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
      stablehlo.return %59 : tensor<i1>
    } do {
      %c_51 = stablehlo.constant dense<62> : tensor<i32>
      %59 = stablehlo.subtract %c_51, %iterArg_36 : tensor<i32>
      %c_52 = stablehlo.constant dense<1> : tensor<i32>
      %60 = stablehlo.subtract %59, %c_52 : tensor<i32>
      %61 = func.call @dynamic_index_in_dim_24(%iterArg, %60) : (tensor<62xi32>, tensor<i32>) -> tensor<i32>
      %62 = func.call @dynamic_index_in_dim_25(%iterArg_19, %60) : (tensor<62x2x2048x5376xbf16>, tensor<i32>) -> tensor<2x2048x5376xbf16>
      %63 = func.call @dynamic_index_in_dim_7(%iterArg_20, %60) : (tensor<62xi1>, tensor<i32>) -> tensor<i1>
      %64:14 = func.call @closed_call_26(%iterArg_21, %iterArg_22, %iterArg_23, %iterArg_24, %iterArg_25, %iterArg_26, %iterArg_27, %iterArg_28, %iterArg_29, %iterArg_30, %iterArg_31, %iterArg_32, %iterArg_33, %iterArg_34, %iterArg_35, %iterArg_37, %iterArg_38, %iterArg_39, %iterArg_40, %iterArg_41, %iterArg_42, %iterArg_43, %iterArg_44, %iterArg_45, %iterArg_46, %iterArg_47, %iterArg_48, %iterArg_49, %iterArg_50, %61, %62, %63) : (tensor<62x5376xbf16>, tensor<62x32x5376x128xbf16>, tensor<62x16x5376x128xbf16>, tensor<62x16x5376x128xbf16>, tensor<62x32x128x5376xbf16>, tensor<62x128xbf16>, tensor<62x128xbf16>, tensor<62x5376xbf16>, tensor<62x5376xbf16>, tensor<62x5376x21504xbf16>, tensor<62x5376x21504xbf16>, tensor<62x21504x5376xbf16>, tensor<62x5376xbf16>, tensor<2x2048xi32>, tensor<2x2048xi32>, tensor<2x2048x5376xbf16>, tensor<62x5376xf32>, tensor<62x32x5376x128xf32>, tensor<62x16x5376x128xf32>, tensor<62x16x5376x128xf32>, tensor<62x32x128x5376xf32>, tensor<62x128xf32>, tensor<62x128xf32>, tensor<62x5376xf32>, tensor<62x5376xf32>, tensor<62x5376x21504xf32>, tensor<62x5376x21504xf32>, tensor<62x21504x5376xf32>, tensor<62x5376xf32>, tensor<i32>, tensor<2x2048x5376xbf16>, tensor<i1>) -> (tensor<2x2048x5376xbf16>, tensor<62x5376xf32>, tensor<62x32x5376x128xf32>, tensor<62x16x5376x128xf32>, tensor<62x16x5376x128xf32>, tensor<62x32x128x5376xf32>, tensor<62x128xf32>, tensor<62x128xf32>, tensor<62x5376xf32>, tensor<62x5376xf32>, tensor<62x5376x21504xf32>, tensor<62x5376x21504xf32>, tensor<62x21504x5376xf32>, tensor<62x5376xf32>)
      %c_53 = stablehlo.constant dense<1> : tensor<i32>
      %65 = stablehlo.add %iterArg_36, %c_53 : tensor<i32>
      stablehlo.return %iterArg, %iterArg_19, %iterArg_20, %iterArg_21, %iterArg_22, %iterArg_23, %iterArg_24, %iterArg_25, %iterArg_26, %iterArg_27, %iterArg_28, %iterArg_29, %iterArg_30, %iterArg_31, %iterArg_32, %iterArg_33, %iterArg_34, %iterArg_35, %65, %64#0, %64#1, %64#2, %64#3, %64#4, %64#5, %64#6, %64#7, %64#8, %64#9, %64#10, %64#11, %64#12, %64#13 : tensor<62xi32>, tensor<62x2x2048x5376xbf16>, tensor<62xi1>, tensor<62x5376xbf16>, tensor<62x32x5376x128xbf16>, tensor<62x16x5376x128xbf16>, tensor<62x16x5376x128xbf16>, tensor<62x32x128x5376xbf16>, tensor<62x128xbf16>, tensor<62x128xbf16>, tensor<62x5376xbf16>, tensor<62x5376xbf16>, tensor<62x5376x21504xbf16>, tensor<62x5376x21504xbf16>, tensor<62x21504x5376xbf16>, tensor<62x5376xbf16>, tensor<2x2048xi32>, tensor<2x2048xi32>, tensor<i32>, tensor<2x2048x5376xbf16>, tensor<62x5376xf32>, tensor<62x32x5376x128xf32>, tensor<62x16x5376x128xf32>, tensor<62x16x5376x128xf32>, tensor<62x32x128x5376xf32>, tensor<62x128xf32>, tensor<62x128xf32>, tensor<62x5376xf32>, tensor<62x5376xf32>, tensor<62x5376x21504xf32>, tensor<62x5376x21504xf32>, tensor<62x21504x5376xf32>, tensor<62x5376xf32>
    }
    %cst_18 = stablehlo.constant dense<7.350000e+01> : tensor<bf16>
    %45 = stablehlo.broadcast_in_dim %cst_18, dims = [] : (tensor<bf16>) -> tensor<2x2048x5376xbf16>
    %46 = stablehlo.multiply %44#19, %45 : tensor<2x2048x5376xbf16>
    %47 = call @_take_29(%0#1, %46) : (tensor<2x2048x1xi32>, tensor<2x2048x5376xbf16>) -> tensor<262208x5376xbf16>
    %48 = stablehlo.add %38#8, %47 : tensor<262208x5376xbf16>
    %49 = stablehlo.convert %48 : (tensor<262208x5376xbf16>) -> tensor<262208x5376xf32>
    %50 = stablehlo.add %arg16, %49 : tensor<262208x5376xf32>
    %51 = stablehlo.convert %38#7 : (tensor<5376xbf16>) -> tensor<5376xf32>
    %52 = stablehlo.add %arg30, %51 : tensor<5376xf32>
    %53 = stablehlo.convert %arg31 : tensor<f32>
    %54 = stablehlo.add %53, %32 : tensor<f32>
    %55 = stablehlo.convert %arg32 : tensor<f32>
    %56 = stablehlo.add %55, %33 : tensor<f32>
    %57 = stablehlo.convert %arg33 : tensor<f32>
    %58 = stablehlo.add %57, %14 : tensor<f32>
    return %50, %44#20, %44#21, %44#22, %44#23, %44#24, %44#25, %44#26, %44#27, %44#28, %44#29, %44#30, %44#31, %44#32, %52, %54, %56, %58 : tensor<262208x5376xf32>, tensor<62x5376xf32>, tensor<62x32x5376x128xf32>, tensor<62x16x5376x128xf32>, tensor<62x16x5376x128xf32>, tensor<62x32x128x5376xf32>, tensor<62x128xf32>, tensor<62x128xf32>, tensor<62x5376xf32>, tensor<62x5376xf32>, tensor<62x5376x21504xf32>, tensor<62x5376x21504xf32>, tensor<62x21504x5376xf32>, tensor<62x5376xf32>, tensor<5376xf32>, tensor<f32>, tensor<f32>, tensor<f32>
  }
  func.func private @_take(%arg0: tensor<262208x5376xbf16>, %arg1: tensor<2x2048xi32>) -> (tensor<2x2048x5376xbf16>, tensor<2x2048x1xi32>) {
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
    return %16, %5 : tensor<2x2048x5376xbf16>, tensor<2x2048x1xi32>
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
  func.func private @dynamic_index_in_dim_7(%arg0: tensor<62xi1>, %arg1: tensor<i32>) -> tensor<i1> {
    %0 = stablehlo.dynamic_slice %arg0, %arg1, sizes = [1] : (tensor<62xi1>, tensor<i32>) -> tensor<1xi1>
    %1 = stablehlo.reshape %0 : (tensor<1xi1>) -> tensor<i1>
    return %1 : tensor<i1>
  }
  func.func private @closed_call_8(%arg0: tensor<2x2048xi32>, %arg1: tensor<2x2048xi32>, %arg2: tensor<2x2048x5376xbf16>, %arg3: tensor<5376xbf16>, %arg4: tensor<32x5376x128xbf16>, %arg5: tensor<16x5376x128xbf16>, %arg6: tensor<16x5376x128xbf16>, %arg7: tensor<32x128x5376xbf16>, %arg8: tensor<128xbf16>, %arg9: tensor<128xbf16>, %arg10: tensor<5376xbf16>, %arg11: tensor<5376xbf16>, %arg12: tensor<5376x21504xbf16>, %arg13: tensor<5376x21504xbf16>, %arg14: tensor<21504x5376xbf16>, %arg15: tensor<5376xbf16>, %arg16: tensor<i1>) -> (tensor<2x2048x5376xbf16>, tensor<2x2048x5376xbf16>) {
    %0 = stablehlo.convert %arg2 : (tensor<2x2048x5376xbf16>) -> tensor<2x2048x5376xf32>
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
    %11 = stablehlo.convert %arg3 : (tensor<5376xbf16>) -> tensor<5376xf32>
    %cst_2 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %12 = stablehlo.broadcast_in_dim %cst_2, dims = [] : (tensor<f32>) -> tensor<5376xf32>
    %13 = stablehlo.add %12, %11 : tensor<5376xf32>
    %14 = stablehlo.broadcast_in_dim %13, dims = [2] : (tensor<5376xf32>) -> tensor<1x1x5376xf32>
    %15 = stablehlo.broadcast_in_dim %14, dims = [0, 1, 2] : (tensor<1x1x5376xf32>) -> tensor<2x2048x5376xf32>
    %16 = stablehlo.multiply %10, %15 : tensor<2x2048x5376xf32>
    %17 = stablehlo.convert %16 : (tensor<2x2048x5376xf32>) -> tensor<2x2048x5376xbf16>
    %18 = stablehlo.dot_general %17, %arg4, contracting_dims = [2] x [1], precision = [DEFAULT, DEFAULT] : (tensor<2x2048x5376xbf16>, tensor<32x5376x128xbf16>) -> tensor<2x2048x32x128xbf16>
    %19 = stablehlo.dot_general %17, %arg5, contracting_dims = [2] x [1], precision = [DEFAULT, DEFAULT] : (tensor<2x2048x5376xbf16>, tensor<16x5376x128xbf16>) -> tensor<2x2048x16x128xbf16>
    %20 = stablehlo.dot_general %17, %arg6, contracting_dims = [2] x [1], precision = [DEFAULT, DEFAULT] : (tensor<2x2048x5376xbf16>, tensor<16x5376x128xbf16>) -> tensor<2x2048x16x128xbf16>
    %21 = stablehlo.convert %18 : (tensor<2x2048x32x128xbf16>) -> tensor<2x2048x32x128xf32>
    %22 = stablehlo.multiply %21, %21 : tensor<2x2048x32x128xf32>
    %cst_3 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %23 = stablehlo.reduce(%22 init: %cst_3) applies stablehlo.add across dimensions = [3] : (tensor<2x2048x32x128xf32>, tensor<f32>) -> tensor<2x2048x32xf32>
    %24 = stablehlo.broadcast_in_dim %23, dims = [0, 1, 2] : (tensor<2x2048x32xf32>) -> tensor<2x2048x32x1xf32>
    %cst_4 = stablehlo.constant dense<1.280000e+02> : tensor<f32>
    %25 = stablehlo.broadcast_in_dim %cst_4, dims = [] : (tensor<f32>) -> tensor<2x2048x32x1xf32>
    %26 = stablehlo.divide %24, %25 : tensor<2x2048x32x1xf32>
    %cst_5 = stablehlo.constant dense<9.99999997E-7> : tensor<f32>
    %27 = stablehlo.broadcast_in_dim %cst_5, dims = [] : (tensor<f32>) -> tensor<2x2048x32x1xf32>
    %28 = stablehlo.add %26, %27 : tensor<2x2048x32x1xf32>
    %29 = stablehlo.rsqrt %28 : tensor<2x2048x32x1xf32>
    %30 = stablehlo.broadcast_in_dim %29, dims = [0, 1, 2, 3] : (tensor<2x2048x32x1xf32>) -> tensor<2x2048x32x128xf32>
    %31 = stablehlo.multiply %21, %30 : tensor<2x2048x32x128xf32>
    %32 = stablehlo.convert %arg8 : (tensor<128xbf16>) -> tensor<128xf32>
    %cst_6 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %33 = stablehlo.broadcast_in_dim %cst_6, dims = [] : (tensor<f32>) -> tensor<128xf32>
    %34 = stablehlo.add %33, %32 : tensor<128xf32>
    %35 = stablehlo.broadcast_in_dim %34, dims = [3] : (tensor<128xf32>) -> tensor<1x1x1x128xf32>
    %36 = stablehlo.broadcast_in_dim %35, dims = [0, 1, 2, 3] : (tensor<1x1x1x128xf32>) -> tensor<2x2048x32x128xf32>
    %37 = stablehlo.multiply %31, %36 : tensor<2x2048x32x128xf32>
    %38 = stablehlo.convert %37 : (tensor<2x2048x32x128xf32>) -> tensor<2x2048x32x128xbf16>
    %39 = stablehlo.convert %19 : (tensor<2x2048x16x128xbf16>) -> tensor<2x2048x16x128xf32>
    %40 = stablehlo.multiply %39, %39 : tensor<2x2048x16x128xf32>
    %cst_7 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %41 = stablehlo.reduce(%40 init: %cst_7) applies stablehlo.add across dimensions = [3] : (tensor<2x2048x16x128xf32>, tensor<f32>) -> tensor<2x2048x16xf32>
    %42 = stablehlo.broadcast_in_dim %41, dims = [0, 1, 2] : (tensor<2x2048x16xf32>) -> tensor<2x2048x16x1xf32>
    %cst_8 = stablehlo.constant dense<1.280000e+02> : tensor<f32>
    %43 = stablehlo.broadcast_in_dim %cst_8, dims = [] : (tensor<f32>) -> tensor<2x2048x16x1xf32>
    %44 = stablehlo.divide %42, %43 : tensor<2x2048x16x1xf32>
    %cst_9 = stablehlo.constant dense<9.99999997E-7> : tensor<f32>
    %45 = stablehlo.broadcast_in_dim %cst_9, dims = [] : (tensor<f32>) -> tensor<2x2048x16x1xf32>
    %46 = stablehlo.add %44, %45 : tensor<2x2048x16x1xf32>
    %47 = stablehlo.rsqrt %46 : tensor<2x2048x16x1xf32>
    %48 = stablehlo.broadcast_in_dim %47, dims = [0, 1, 2, 3] : (tensor<2x2048x16x1xf32>) -> tensor<2x2048x16x128xf32>
    %49 = stablehlo.multiply %39, %48 : tensor<2x2048x16x128xf32>
    %50 = stablehlo.convert %arg9 : (tensor<128xbf16>) -> tensor<128xf32>
    %cst_10 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %51 = stablehlo.broadcast_in_dim %cst_10, dims = [] : (tensor<f32>) -> tensor<128xf32>
    %52 = stablehlo.add %51, %50 : tensor<128xf32>
    %53 = stablehlo.broadcast_in_dim %52, dims = [3] : (tensor<128xf32>) -> tensor<1x1x1x128xf32>
    %54 = stablehlo.broadcast_in_dim %53, dims = [0, 1, 2, 3] : (tensor<1x1x1x128xf32>) -> tensor<2x2048x16x128xf32>
    %55 = stablehlo.multiply %49, %54 : tensor<2x2048x16x128xf32>
    %56 = stablehlo.convert %55 : (tensor<2x2048x16x128xf32>) -> tensor<2x2048x16x128xbf16>
    %57 = stablehlo.iota dim = 0 : tensor<64xf32>
    %cst_11 = stablehlo.constant dense<2.000000e+00> : tensor<f32>
    %58 = stablehlo.broadcast_in_dim %cst_11, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %59 = stablehlo.multiply %58, %57 : tensor<64xf32>
    %cst_12 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %60 = stablehlo.broadcast_in_dim %cst_12, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %61 = stablehlo.add %60, %59 : tensor<64xf32>
    %cst_13 = stablehlo.constant dense<1.280000e+02> : tensor<f32>
    %62 = stablehlo.broadcast_in_dim %cst_13, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %63 = stablehlo.divide %61, %62 : tensor<64xf32>
    %cst_14 = stablehlo.constant dense<1.000000e+04> : tensor<f32>
    %64 = stablehlo.broadcast_in_dim %cst_14, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %65 = stablehlo.power %64, %63 : tensor<64xf32>
    %cst_15 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %66 = stablehlo.broadcast_in_dim %cst_15, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %67 = stablehlo.divide %66, %65 : tensor<64xf32>
    %cst_16 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %68 = stablehlo.broadcast_in_dim %cst_16, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %69 = stablehlo.divide %67, %68 : tensor<64xf32>
    %70 = stablehlo.iota dim = 0 : tensor<64xf32>
    %cst_17 = stablehlo.constant dense<2.000000e+00> : tensor<f32>
    %71 = stablehlo.broadcast_in_dim %cst_17, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %72 = stablehlo.multiply %71, %70 : tensor<64xf32>
    %cst_18 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %73 = stablehlo.broadcast_in_dim %cst_18, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %74 = stablehlo.add %73, %72 : tensor<64xf32>
    %cst_19 = stablehlo.constant dense<1.280000e+02> : tensor<f32>
    %75 = stablehlo.broadcast_in_dim %cst_19, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %76 = stablehlo.divide %74, %75 : tensor<64xf32>
    %cst_20 = stablehlo.constant dense<1.000000e+06> : tensor<f32>
    %77 = stablehlo.broadcast_in_dim %cst_20, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %78 = stablehlo.power %77, %76 : tensor<64xf32>
    %cst_21 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %79 = stablehlo.broadcast_in_dim %cst_21, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %80 = stablehlo.divide %79, %78 : tensor<64xf32>
    %cst_22 = stablehlo.constant dense<8.000000e+00> : tensor<f32>
    %81 = stablehlo.broadcast_in_dim %cst_22, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %82 = stablehlo.divide %80, %81 : tensor<64xf32>
    %83 = call @_where_9(%arg16, %82, %69) : (tensor<i1>, tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %84 = stablehlo.convert %arg0 : (tensor<2x2048xi32>) -> tensor<2x2048xf32>
    %85 = stablehlo.broadcast_in_dim %84, dims = [0, 1] : (tensor<2x2048xf32>) -> tensor<2x2048x1xf32>
    %86 = stablehlo.broadcast_in_dim %83, dims = [2] : (tensor<64xf32>) -> tensor<1x1x64xf32>
    %87 = stablehlo.broadcast_in_dim %85, dims = [0, 1, 2] : (tensor<2x2048x1xf32>) -> tensor<2x2048x64xf32>
    %88 = stablehlo.broadcast_in_dim %86, dims = [0, 1, 2] : (tensor<1x1x64xf32>) -> tensor<2x2048x64xf32>
    %89 = stablehlo.multiply %87, %88 : tensor<2x2048x64xf32>
    %90 = stablehlo.sine %89 : tensor<2x2048x64xf32>
    %91 = stablehlo.broadcast_in_dim %90, dims = [0, 1, 3] : (tensor<2x2048x64xf32>) -> tensor<2x2048x1x64xf32>
    %92 = stablehlo.cosine %89 : tensor<2x2048x64xf32>
    %93 = stablehlo.broadcast_in_dim %92, dims = [0, 1, 3] : (tensor<2x2048x64xf32>) -> tensor<2x2048x1x64xf32>
    %94 = stablehlo.convert %38 : (tensor<2x2048x32x128xbf16>) -> tensor<2x2048x32x128xf32>
    %95 = stablehlo.slice %94 [0:2, 0:2048, 0:32, 0:64] : (tensor<2x2048x32x128xf32>) -> tensor<2x2048x32x64xf32>
    %96 = stablehlo.slice %94 [0:2, 0:2048, 0:32, 64:128] : (tensor<2x2048x32x128xf32>) -> tensor<2x2048x32x64xf32>
    %97 = stablehlo.broadcast_in_dim %93, dims = [0, 1, 2, 3] : (tensor<2x2048x1x64xf32>) -> tensor<2x2048x32x64xf32>
    %98 = stablehlo.multiply %95, %97 : tensor<2x2048x32x64xf32>
    %99 = stablehlo.broadcast_in_dim %91, dims = [0, 1, 2, 3] : (tensor<2x2048x1x64xf32>) -> tensor<2x2048x32x64xf32>
    %100 = stablehlo.multiply %96, %99 : tensor<2x2048x32x64xf32>
    %101 = stablehlo.subtract %98, %100 : tensor<2x2048x32x64xf32>
    %102 = stablehlo.broadcast_in_dim %93, dims = [0, 1, 2, 3] : (tensor<2x2048x1x64xf32>) -> tensor<2x2048x32x64xf32>
    %103 = stablehlo.multiply %96, %102 : tensor<2x2048x32x64xf32>
    %104 = stablehlo.broadcast_in_dim %91, dims = [0, 1, 2, 3] : (tensor<2x2048x1x64xf32>) -> tensor<2x2048x32x64xf32>
    %105 = stablehlo.multiply %95, %104 : tensor<2x2048x32x64xf32>
    %106 = stablehlo.add %103, %105 : tensor<2x2048x32x64xf32>
    %107 = stablehlo.concatenate %101, %106, dim = 3 : (tensor<2x2048x32x64xf32>, tensor<2x2048x32x64xf32>) -> tensor<2x2048x32x128xf32>
    %108 = stablehlo.convert %107 : (tensor<2x2048x32x128xf32>) -> tensor<2x2048x32x128xbf16>
    %109 = stablehlo.convert %arg0 : (tensor<2x2048xi32>) -> tensor<2x2048xf32>
    %110 = stablehlo.broadcast_in_dim %109, dims = [0, 1] : (tensor<2x2048xf32>) -> tensor<2x2048x1xf32>
    %111 = stablehlo.broadcast_in_dim %83, dims = [2] : (tensor<64xf32>) -> tensor<1x1x64xf32>
    %112 = stablehlo.broadcast_in_dim %110, dims = [0, 1, 2] : (tensor<2x2048x1xf32>) -> tensor<2x2048x64xf32>
    %113 = stablehlo.broadcast_in_dim %111, dims = [0, 1, 2] : (tensor<1x1x64xf32>) -> tensor<2x2048x64xf32>
    %114 = stablehlo.multiply %112, %113 : tensor<2x2048x64xf32>
    %115 = stablehlo.sine %114 : tensor<2x2048x64xf32>
    %116 = stablehlo.broadcast_in_dim %115, dims = [0, 1, 3] : (tensor<2x2048x64xf32>) -> tensor<2x2048x1x64xf32>
    %117 = stablehlo.cosine %114 : tensor<2x2048x64xf32>
    %118 = stablehlo.broadcast_in_dim %117, dims = [0, 1, 3] : (tensor<2x2048x64xf32>) -> tensor<2x2048x1x64xf32>
    %119 = stablehlo.convert %56 : (tensor<2x2048x16x128xbf16>) -> tensor<2x2048x16x128xf32>
    %120 = stablehlo.slice %119 [0:2, 0:2048, 0:16, 0:64] : (tensor<2x2048x16x128xf32>) -> tensor<2x2048x16x64xf32>
    %121 = stablehlo.slice %119 [0:2, 0:2048, 0:16, 64:128] : (tensor<2x2048x16x128xf32>) -> tensor<2x2048x16x64xf32>
    %122 = stablehlo.broadcast_in_dim %118, dims = [0, 1, 2, 3] : (tensor<2x2048x1x64xf32>) -> tensor<2x2048x16x64xf32>
    %123 = stablehlo.multiply %120, %122 : tensor<2x2048x16x64xf32>
    %124 = stablehlo.broadcast_in_dim %116, dims = [0, 1, 2, 3] : (tensor<2x2048x1x64xf32>) -> tensor<2x2048x16x64xf32>
    %125 = stablehlo.multiply %121, %124 : tensor<2x2048x16x64xf32>
    %126 = stablehlo.subtract %123, %125 : tensor<2x2048x16x64xf32>
    %127 = stablehlo.broadcast_in_dim %118, dims = [0, 1, 2, 3] : (tensor<2x2048x1x64xf32>) -> tensor<2x2048x16x64xf32>
    %128 = stablehlo.multiply %121, %127 : tensor<2x2048x16x64xf32>
    %129 = stablehlo.broadcast_in_dim %116, dims = [0, 1, 2, 3] : (tensor<2x2048x1x64xf32>) -> tensor<2x2048x16x64xf32>
    %130 = stablehlo.multiply %120, %129 : tensor<2x2048x16x64xf32>
    %131 = stablehlo.add %128, %130 : tensor<2x2048x16x64xf32>
    %132 = stablehlo.concatenate %126, %131, dim = 3 : (tensor<2x2048x16x64xf32>, tensor<2x2048x16x64xf32>) -> tensor<2x2048x16x128xf32>
    %133 = stablehlo.convert %132 : (tensor<2x2048x16x128xf32>) -> tensor<2x2048x16x128xbf16>
    %134 = stablehlo.convert %arg16 : (tensor<i1>) -> tensor<i32>
    %135 = "stablehlo.case"(%134) ({
      %212 = stablehlo.iota dim = 0 : tensor<2048xi32>
      %213 = stablehlo.broadcast_in_dim %212, dims = [1] : (tensor<2048xi32>) -> tensor<2x2048xi32>
      %214 = stablehlo.broadcast_in_dim %213, dims = [0, 1] : (tensor<2x2048xi32>) -> tensor<2x2048x1xi32>
      %215 = stablehlo.broadcast_in_dim %213, dims = [0, 2] : (tensor<2x2048xi32>) -> tensor<2x1x2048xi32>
      %216 = stablehlo.broadcast_in_dim %215, dims = [0, 1, 2] : (tensor<2x1x2048xi32>) -> tensor<2x2048x2048xi32>
      %217 = stablehlo.broadcast_in_dim %214, dims = [0, 1, 2] : (tensor<2x2048x1xi32>) -> tensor<2x2048x2048xi32>
      %218 = stablehlo.compare LE, %216, %217, SIGNED : (tensor<2x2048x2048xi32>, tensor<2x2048x2048xi32>) -> tensor<2x2048x2048xi1>
      %c = stablehlo.constant dense<0> : tensor<i32>
      %219 = stablehlo.broadcast_in_dim %c, dims = [] : (tensor<i32>) -> tensor<2x1x2048xi32>
      %220 = stablehlo.compare GE, %215, %219, SIGNED : (tensor<2x1x2048xi32>, tensor<2x1x2048xi32>) -> tensor<2x1x2048xi1>
      %221 = stablehlo.broadcast_in_dim %220, dims = [0, 1, 2] : (tensor<2x1x2048xi1>) -> tensor<2x2048x2048xi1>
      %222 = stablehlo.and %218, %221 : tensor<2x2048x2048xi1>
      %223 = stablehlo.broadcast_in_dim %214, dims = [0, 1, 2] : (tensor<2x2048x1xi32>) -> tensor<2x2048x2048xi32>
      %224 = stablehlo.broadcast_in_dim %215, dims = [0, 1, 2] : (tensor<2x1x2048xi32>) -> tensor<2x2048x2048xi32>
      %225 = stablehlo.subtract %223, %224 : tensor<2x2048x2048xi32>
      %c_39 = stablehlo.constant dense<1024> : tensor<i32>
      %226 = stablehlo.broadcast_in_dim %c_39, dims = [] : (tensor<i32>) -> tensor<2x2048x2048xi32>
      %227 = stablehlo.compare LT, %225, %226, SIGNED : (tensor<2x2048x2048xi32>, tensor<2x2048x2048xi32>) -> tensor<2x2048x2048xi1>
      %228 = stablehlo.and %222, %227 : tensor<2x2048x2048xi1>
      %229 = stablehlo.broadcast_in_dim %arg1, dims = [0, 1] : (tensor<2x2048xi32>) -> tensor<2x2048x1xi32>
      %230 = stablehlo.broadcast_in_dim %arg1, dims = [0, 2] : (tensor<2x2048xi32>) -> tensor<2x1x2048xi32>
      %231 = stablehlo.broadcast_in_dim %229, dims = [0, 1, 2] : (tensor<2x2048x1xi32>) -> tensor<2x2048x2048xi32>
      %232 = stablehlo.broadcast_in_dim %230, dims = [0, 1, 2] : (tensor<2x1x2048xi32>) -> tensor<2x2048x2048xi32>
      %233 = stablehlo.compare EQ, %231, %232, SIGNED : (tensor<2x2048x2048xi32>, tensor<2x2048x2048xi32>) -> tensor<2x2048x2048xi1>
      %234 = stablehlo.and %228, %233 : tensor<2x2048x2048xi1>
      %235 = stablehlo.reshape %108 : (tensor<2x2048x32x128xbf16>) -> tensor<2x2048x16x2x128xbf16>
      %236 = stablehlo.dot_general %133, %235, batching_dims = [0, 2] x [0, 2], contracting_dims = [3] x [4], precision = [DEFAULT, DEFAULT] : (tensor<2x2048x16x128xbf16>, tensor<2x2048x16x2x128xbf16>) -> tensor<2x16x2048x2048x2xf32>
      %237 = stablehlo.transpose %236, dims = [0, 1, 4, 3, 2] : (tensor<2x16x2048x2048x2xf32>) -> tensor<2x16x2x2048x2048xf32>
      %cst_40 = stablehlo.constant dense<0.0771516785> : tensor<f32>
      %238 = stablehlo.broadcast_in_dim %cst_40, dims = [] : (tensor<f32>) -> tensor<2x16x2x2048x2048xf32>
      %239 = stablehlo.multiply %237, %238 : tensor<2x16x2x2048x2048xf32>
      %240 = stablehlo.broadcast_in_dim %234, dims = [0, 3, 4] : (tensor<2x2048x2048xi1>) -> tensor<2x1x1x2048x2048xi1>
      %cst_41 = stablehlo.constant dense<-2.38197633E+38> : tensor<f32>
      %241 = func.call @_where_10(%240, %239, %cst_41) : (tensor<2x1x1x2048x2048xi1>, tensor<2x16x2x2048x2048xf32>, tensor<f32>) -> tensor<2x16x2x2048x2048xf32>
      %cst_42 = stablehlo.constant dense<0xFF800000> : tensor<f32>
      %242 = stablehlo.reduce(%241 init: %cst_42) applies stablehlo.maximum across dimensions = [4] : (tensor<2x16x2x2048x2048xf32>, tensor<f32>) -> tensor<2x16x2x2048xf32>
      %cst_43 = stablehlo.constant dense<0xFF800000> : tensor<f32>
      %243 = stablehlo.broadcast_in_dim %cst_43, dims = [] : (tensor<f32>) -> tensor<2x16x2x2048xf32>
      %244 = stablehlo.maximum %243, %242 : tensor<2x16x2x2048xf32>
      %245 = stablehlo.broadcast_in_dim %244, dims = [0, 1, 2, 3] : (tensor<2x16x2x2048xf32>) -> tensor<2x16x2x2048x1xf32>
      %246 = stablehlo.broadcast_in_dim %245, dims = [0, 1, 2, 3, 4] : (tensor<2x16x2x2048x1xf32>) -> tensor<2x16x2x2048x2048xf32>
      %247 = stablehlo.subtract %241, %246 : tensor<2x16x2x2048x2048xf32>
      %248 = stablehlo.exponential %247 : tensor<2x16x2x2048x2048xf32>
      %cst_44 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
      %249 = stablehlo.reduce(%248 init: %cst_44) applies stablehlo.add across dimensions = [4] : (tensor<2x16x2x2048x2048xf32>, tensor<f32>) -> tensor<2x16x2x2048xf32>
      %250 = stablehlo.broadcast_in_dim %249, dims = [0, 1, 2, 3] : (tensor<2x16x2x2048xf32>) -> tensor<2x16x2x2048x1xf32>
      %251 = stablehlo.broadcast_in_dim %250, dims = [0, 1, 2, 3, 4] : (tensor<2x16x2x2048x1xf32>) -> tensor<2x16x2x2048x2048xf32>
      %252 = stablehlo.divide %248, %251 : tensor<2x16x2x2048x2048xf32>
      %253 = stablehlo.convert %252 : (tensor<2x16x2x2048x2048xf32>) -> tensor<2x16x2x2048x2048xbf16>
      %254 = stablehlo.dot_general %20, %253, batching_dims = [0, 2] x [0, 1], contracting_dims = [1] x [4], precision = [DEFAULT, DEFAULT] : (tensor<2x2048x16x128xbf16>, tensor<2x16x2x2048x2048xbf16>) -> tensor<2x16x128x2x2048xbf16>
      %255 = stablehlo.transpose %254, dims = [0, 4, 1, 3, 2] : (tensor<2x16x128x2x2048xbf16>) -> tensor<2x2048x16x2x128xbf16>
      %256 = stablehlo.reshape %255 : (tensor<2x2048x16x2x128xbf16>) -> tensor<2x2048x32x128xbf16>
      stablehlo.return %256 : tensor<2x2048x32x128xbf16>
    }, {
      %212 = stablehlo.iota dim = 0 : tensor<2048xi32>
      %213 = stablehlo.broadcast_in_dim %212, dims = [1] : (tensor<2048xi32>) -> tensor<2x2048xi32>
      %214 = stablehlo.broadcast_in_dim %213, dims = [0, 1] : (tensor<2x2048xi32>) -> tensor<2x2048x1xi32>
      %215 = stablehlo.broadcast_in_dim %213, dims = [0, 2] : (tensor<2x2048xi32>) -> tensor<2x1x2048xi32>
      %216 = stablehlo.broadcast_in_dim %215, dims = [0, 1, 2] : (tensor<2x1x2048xi32>) -> tensor<2x2048x2048xi32>
      %217 = stablehlo.broadcast_in_dim %214, dims = [0, 1, 2] : (tensor<2x2048x1xi32>) -> tensor<2x2048x2048xi32>
      %218 = stablehlo.compare LE, %216, %217, SIGNED : (tensor<2x2048x2048xi32>, tensor<2x2048x2048xi32>) -> tensor<2x2048x2048xi1>
      %c = stablehlo.constant dense<0> : tensor<i32>
      %219 = stablehlo.broadcast_in_dim %c, dims = [] : (tensor<i32>) -> tensor<2x1x2048xi32>
      %220 = stablehlo.compare GE, %215, %219, SIGNED : (tensor<2x1x2048xi32>, tensor<2x1x2048xi32>) -> tensor<2x1x2048xi1>
      %221 = stablehlo.broadcast_in_dim %220, dims = [0, 1, 2] : (tensor<2x1x2048xi1>) -> tensor<2x2048x2048xi1>
      %222 = stablehlo.and %218, %221 : tensor<2x2048x2048xi1>
      %223 = stablehlo.broadcast_in_dim %arg1, dims = [0, 1] : (tensor<2x2048xi32>) -> tensor<2x2048x1xi32>
      %224 = stablehlo.broadcast_in_dim %arg1, dims = [0, 2] : (tensor<2x2048xi32>) -> tensor<2x1x2048xi32>
      %225 = stablehlo.broadcast_in_dim %223, dims = [0, 1, 2] : (tensor<2x2048x1xi32>) -> tensor<2x2048x2048xi32>
      %226 = stablehlo.broadcast_in_dim %224, dims = [0, 1, 2] : (tensor<2x1x2048xi32>) -> tensor<2x2048x2048xi32>
      %227 = stablehlo.compare EQ, %225, %226, SIGNED : (tensor<2x2048x2048xi32>, tensor<2x2048x2048xi32>) -> tensor<2x2048x2048xi1>
      %228 = stablehlo.and %222, %227 : tensor<2x2048x2048xi1>
      %229 = stablehlo.reshape %108 : (tensor<2x2048x32x128xbf16>) -> tensor<2x2048x16x2x128xbf16>
      %230 = stablehlo.dot_general %133, %229, batching_dims = [0, 2] x [0, 2], contracting_dims = [3] x [4], precision = [DEFAULT, DEFAULT] : (tensor<2x2048x16x128xbf16>, tensor<2x2048x16x2x128xbf16>) -> tensor<2x16x2048x2048x2xf32>
      %231 = stablehlo.transpose %230, dims = [0, 1, 4, 3, 2] : (tensor<2x16x2048x2048x2xf32>) -> tensor<2x16x2x2048x2048xf32>
      %cst_39 = stablehlo.constant dense<0.0771516785> : tensor<f32>
      %232 = stablehlo.broadcast_in_dim %cst_39, dims = [] : (tensor<f32>) -> tensor<2x16x2x2048x2048xf32>
      %233 = stablehlo.multiply %231, %232 : tensor<2x16x2x2048x2048xf32>
      %234 = stablehlo.broadcast_in_dim %228, dims = [0, 3, 4] : (tensor<2x2048x2048xi1>) -> tensor<2x1x1x2048x2048xi1>
      %cst_40 = stablehlo.constant dense<-2.38197633E+38> : tensor<f32>
      %235 = func.call @_where_10(%234, %233, %cst_40) : (tensor<2x1x1x2048x2048xi1>, tensor<2x16x2x2048x2048xf32>, tensor<f32>) -> tensor<2x16x2x2048x2048xf32>
      %cst_41 = stablehlo.constant dense<0xFF800000> : tensor<f32>
      %236 = stablehlo.reduce(%235 init: %cst_41) applies stablehlo.maximum across dimensions = [4] : (tensor<2x16x2x2048x2048xf32>, tensor<f32>) -> tensor<2x16x2x2048xf32>
      %cst_42 = stablehlo.constant dense<0xFF800000> : tensor<f32>
      %237 = stablehlo.broadcast_in_dim %cst_42, dims = [] : (tensor<f32>) -> tensor<2x16x2x2048xf32>
      %238 = stablehlo.maximum %237, %236 : tensor<2x16x2x2048xf32>
      %239 = stablehlo.broadcast_in_dim %238, dims = [0, 1, 2, 3] : (tensor<2x16x2x2048xf32>) -> tensor<2x16x2x2048x1xf32>
      %240 = stablehlo.broadcast_in_dim %239, dims = [0, 1, 2, 3, 4] : (tensor<2x16x2x2048x1xf32>) -> tensor<2x16x2x2048x2048xf32>
      %241 = stablehlo.subtract %235, %240 : tensor<2x16x2x2048x2048xf32>
      %242 = stablehlo.exponential %241 : tensor<2x16x2x2048x2048xf32>
      %cst_43 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
      %243 = stablehlo.reduce(%242 init: %cst_43) applies stablehlo.add across dimensions = [4] : (tensor<2x16x2x2048x2048xf32>, tensor<f32>) -> tensor<2x16x2x2048xf32>
      %244 = stablehlo.broadcast_in_dim %243, dims = [0, 1, 2, 3] : (tensor<2x16x2x2048xf32>) -> tensor<2x16x2x2048x1xf32>
      %245 = stablehlo.broadcast_in_dim %244, dims = [0, 1, 2, 3, 4] : (tensor<2x16x2x2048x1xf32>) -> tensor<2x16x2x2048x2048xf32>
      %246 = stablehlo.divide %242, %245 : tensor<2x16x2x2048x2048xf32>
      %247 = stablehlo.convert %246 : (tensor<2x16x2x2048x2048xf32>) -> tensor<2x16x2x2048x2048xbf16>
      %248 = stablehlo.dot_general %20, %247, batching_dims = [0, 2] x [0, 1], contracting_dims = [1] x [4], precision = [DEFAULT, DEFAULT] : (tensor<2x2048x16x128xbf16>, tensor<2x16x2x2048x2048xbf16>) -> tensor<2x16x128x2x2048xbf16>
      %249 = stablehlo.transpose %248, dims = [0, 4, 1, 3, 2] : (tensor<2x16x128x2x2048xbf16>) -> tensor<2x2048x16x2x128xbf16>
      %250 = stablehlo.reshape %249 : (tensor<2x2048x16x2x128xbf16>) -> tensor<2x2048x32x128xbf16>
      stablehlo.return %250 : tensor<2x2048x32x128xbf16>
    }) : (tensor<i32>) -> tensor<2x2048x32x128xbf16>
    %136 = stablehlo.reshape %135 : (tensor<2x2048x32x128xbf16>) -> tensor<2x2048x4096xbf16>
    %137 = stablehlo.reshape %arg7 : (tensor<32x128x5376xbf16>) -> tensor<4096x5376xbf16>
    %138 = stablehlo.dot_general %136, %137, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<2x2048x4096xbf16>, tensor<4096x5376xbf16>) -> tensor<2x2048x5376xbf16>
    %139 = stablehlo.convert %138 : (tensor<2x2048x5376xbf16>) -> tensor<2x2048x5376xf32>
    %140 = stablehlo.multiply %139, %139 : tensor<2x2048x5376xf32>
    %cst_23 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %141 = stablehlo.reduce(%140 init: %cst_23) applies stablehlo.add across dimensions = [2] : (tensor<2x2048x5376xf32>, tensor<f32>) -> tensor<2x2048xf32>
    %142 = stablehlo.broadcast_in_dim %141, dims = [0, 1] : (tensor<2x2048xf32>) -> tensor<2x2048x1xf32>
    %cst_24 = stablehlo.constant dense<5.376000e+03> : tensor<f32>
    %143 = stablehlo.broadcast_in_dim %cst_24, dims = [] : (tensor<f32>) -> tensor<2x2048x1xf32>
    %144 = stablehlo.divide %142, %143 : tensor<2x2048x1xf32>
    %cst_25 = stablehlo.constant dense<9.99999997E-7> : tensor<f32>
    %145 = stablehlo.broadcast_in_dim %cst_25, dims = [] : (tensor<f32>) -> tensor<2x2048x1xf32>
    %146 = stablehlo.add %144, %145 : tensor<2x2048x1xf32>
    %147 = stablehlo.rsqrt %146 : tensor<2x2048x1xf32>
    %148 = stablehlo.broadcast_in_dim %147, dims = [0, 1, 2] : (tensor<2x2048x1xf32>) -> tensor<2x2048x5376xf32>
    %149 = stablehlo.multiply %139, %148 : tensor<2x2048x5376xf32>
    %150 = stablehlo.convert %arg10 : (tensor<5376xbf16>) -> tensor<5376xf32>
    %cst_26 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %151 = stablehlo.broadcast_in_dim %cst_26, dims = [] : (tensor<f32>) -> tensor<5376xf32>
    %152 = stablehlo.add %151, %150 : tensor<5376xf32>
    %153 = stablehlo.broadcast_in_dim %152, dims = [2] : (tensor<5376xf32>) -> tensor<1x1x5376xf32>
    %154 = stablehlo.broadcast_in_dim %153, dims = [0, 1, 2] : (tensor<1x1x5376xf32>) -> tensor<2x2048x5376xf32>
    %155 = stablehlo.multiply %149, %154 : tensor<2x2048x5376xf32>
    %156 = stablehlo.convert %155 : (tensor<2x2048x5376xf32>) -> tensor<2x2048x5376xbf16>
    %157 = stablehlo.add %arg2, %156 : tensor<2x2048x5376xbf16>
    %158 = stablehlo.convert %157 : (tensor<2x2048x5376xbf16>) -> tensor<2x2048x5376xf32>
    %159 = stablehlo.multiply %158, %158 : tensor<2x2048x5376xf32>
    %cst_27 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %160 = stablehlo.reduce(%159 init: %cst_27) applies stablehlo.add across dimensions = [2] : (tensor<2x2048x5376xf32>, tensor<f32>) -> tensor<2x2048xf32>
    %161 = stablehlo.broadcast_in_dim %160, dims = [0, 1] : (tensor<2x2048xf32>) -> tensor<2x2048x1xf32>
    %cst_28 = stablehlo.constant dense<5.376000e+03> : tensor<f32>
    %162 = stablehlo.broadcast_in_dim %cst_28, dims = [] : (tensor<f32>) -> tensor<2x2048x1xf32>
    %163 = stablehlo.divide %161, %162 : tensor<2x2048x1xf32>
    %cst_29 = stablehlo.constant dense<9.99999997E-7> : tensor<f32>
    %164 = stablehlo.broadcast_in_dim %cst_29, dims = [] : (tensor<f32>) -> tensor<2x2048x1xf32>
    %165 = stablehlo.add %163, %164 : tensor<2x2048x1xf32>
    %166 = stablehlo.rsqrt %165 : tensor<2x2048x1xf32>
    %167 = stablehlo.broadcast_in_dim %166, dims = [0, 1, 2] : (tensor<2x2048x1xf32>) -> tensor<2x2048x5376xf32>
    %168 = stablehlo.multiply %158, %167 : tensor<2x2048x5376xf32>
    %169 = stablehlo.convert %arg11 : (tensor<5376xbf16>) -> tensor<5376xf32>
    %cst_30 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %170 = stablehlo.broadcast_in_dim %cst_30, dims = [] : (tensor<f32>) -> tensor<5376xf32>
    %171 = stablehlo.add %170, %169 : tensor<5376xf32>
    %172 = stablehlo.broadcast_in_dim %171, dims = [2] : (tensor<5376xf32>) -> tensor<1x1x5376xf32>
    %173 = stablehlo.broadcast_in_dim %172, dims = [0, 1, 2] : (tensor<1x1x5376xf32>) -> tensor<2x2048x5376xf32>
    %174 = stablehlo.multiply %168, %173 : tensor<2x2048x5376xf32>
    %175 = stablehlo.convert %174 : (tensor<2x2048x5376xf32>) -> tensor<2x2048x5376xbf16>
    %176 = stablehlo.dot_general %175, %arg12, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<2x2048x5376xbf16>, tensor<5376x21504xbf16>) -> tensor<2x2048x21504xbf16>
    %177 = stablehlo.multiply %176, %176 : tensor<2x2048x21504xbf16>
    %178 = stablehlo.multiply %177, %176 : tensor<2x2048x21504xbf16>
    %cst_31 = stablehlo.constant dense<4.467770e-02> : tensor<bf16>
    %179 = stablehlo.broadcast_in_dim %cst_31, dims = [] : (tensor<bf16>) -> tensor<2x2048x21504xbf16>
    %180 = stablehlo.multiply %179, %178 : tensor<2x2048x21504xbf16>
    %181 = stablehlo.add %176, %180 : tensor<2x2048x21504xbf16>
    %cst_32 = stablehlo.constant dense<7.968750e-01> : tensor<bf16>
    %182 = stablehlo.broadcast_in_dim %cst_32, dims = [] : (tensor<bf16>) -> tensor<2x2048x21504xbf16>
    %183 = stablehlo.multiply %182, %181 : tensor<2x2048x21504xbf16>
    %184 = stablehlo.tanh %183 : tensor<2x2048x21504xbf16>
    %cst_33 = stablehlo.constant dense<1.000000e+00> : tensor<bf16>
    %185 = stablehlo.broadcast_in_dim %cst_33, dims = [] : (tensor<bf16>) -> tensor<2x2048x21504xbf16>
    %186 = stablehlo.add %185, %184 : tensor<2x2048x21504xbf16>
    %cst_34 = stablehlo.constant dense<5.000000e-01> : tensor<bf16>
    %187 = stablehlo.broadcast_in_dim %cst_34, dims = [] : (tensor<bf16>) -> tensor<2x2048x21504xbf16>
    %188 = stablehlo.multiply %187, %186 : tensor<2x2048x21504xbf16>
    %189 = stablehlo.multiply %176, %188 : tensor<2x2048x21504xbf16>
    %190 = stablehlo.dot_general %175, %arg13, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<2x2048x5376xbf16>, tensor<5376x21504xbf16>) -> tensor<2x2048x21504xbf16>
    %191 = stablehlo.multiply %189, %190 : tensor<2x2048x21504xbf16>
    %192 = stablehlo.dot_general %191, %arg14, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<2x2048x21504xbf16>, tensor<21504x5376xbf16>) -> tensor<2x2048x5376xbf16>
    %193 = stablehlo.convert %192 : (tensor<2x2048x5376xbf16>) -> tensor<2x2048x5376xf32>
    %194 = stablehlo.multiply %193, %193 : tensor<2x2048x5376xf32>
    %cst_35 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %195 = stablehlo.reduce(%194 init: %cst_35) applies stablehlo.add across dimensions = [2] : (tensor<2x2048x5376xf32>, tensor<f32>) -> tensor<2x2048xf32>
    %196 = stablehlo.broadcast_in_dim %195, dims = [0, 1] : (tensor<2x2048xf32>) -> tensor<2x2048x1xf32>
    %cst_36 = stablehlo.constant dense<5.376000e+03> : tensor<f32>
    %197 = stablehlo.broadcast_in_dim %cst_36, dims = [] : (tensor<f32>) -> tensor<2x2048x1xf32>
    %198 = stablehlo.divide %196, %197 : tensor<2x2048x1xf32>
    %cst_37 = stablehlo.constant dense<9.99999997E-7> : tensor<f32>
    %199 = stablehlo.broadcast_in_dim %cst_37, dims = [] : (tensor<f32>) -> tensor<2x2048x1xf32>
    %200 = stablehlo.add %198, %199 : tensor<2x2048x1xf32>
    %201 = stablehlo.rsqrt %200 : tensor<2x2048x1xf32>
    %202 = stablehlo.broadcast_in_dim %201, dims = [0, 1, 2] : (tensor<2x2048x1xf32>) -> tensor<2x2048x5376xf32>
    %203 = stablehlo.multiply %193, %202 : tensor<2x2048x5376xf32>
    %204 = stablehlo.convert %arg15 : (tensor<5376xbf16>) -> tensor<5376xf32>
    %cst_38 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %205 = stablehlo.broadcast_in_dim %cst_38, dims = [] : (tensor<f32>) -> tensor<5376xf32>
    %206 = stablehlo.add %205, %204 : tensor<5376xf32>
    %207 = stablehlo.broadcast_in_dim %206, dims = [2] : (tensor<5376xf32>) -> tensor<1x1x5376xf32>
    %208 = stablehlo.broadcast_in_dim %207, dims = [0, 1, 2] : (tensor<1x1x5376xf32>) -> tensor<2x2048x5376xf32>
    %209 = stablehlo.multiply %203, %208 : tensor<2x2048x5376xf32>
    %210 = stablehlo.convert %209 : (tensor<2x2048x5376xf32>) -> tensor<2x2048x5376xbf16>
    %211 = stablehlo.add %157, %210 : tensor<2x2048x5376xbf16>
    return %211, %arg2 : tensor<2x2048x5376xbf16>, tensor<2x2048x5376xbf16>
  }
  func.func private @_where_9(%arg0: tensor<i1>, %arg1: tensor<64xf32>, %arg2: tensor<64xf32>) -> tensor<64xf32> {
    %0 = stablehlo.select %arg0, %arg1, %arg2 : tensor<i1>, tensor<64xf32>
    return %0 : tensor<64xf32>
  }
  func.func private @_where_10(%arg0: tensor<2x1x1x2048x2048xi1>, %arg1: tensor<2x16x2x2048x2048xf32>, %arg2: tensor<f32>) -> tensor<2x16x2x2048x2048xf32> {
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
  func.func private @_pad_11(%arg0: tensor<2x2047xi32>, %arg1: tensor<i32>) -> tensor<2x2048xi32> {
    %0 = stablehlo.convert %arg1 : tensor<i32>
    %1 = stablehlo.pad %arg0, %0, low = [0, 0], high = [0, 1], interior = [0, 0] : (tensor<2x2047xi32>, tensor<i32>) -> tensor<2x2048xi32>
    return %1 : tensor<2x2048xi32>
  }
  func.func private @_pad_12(%arg0: tensor<2x2047xf32>, %arg1: tensor<i32>) -> tensor<2x2048xf32> {
    %0 = stablehlo.convert %arg1 : (tensor<i32>) -> tensor<f32>
    %1 = stablehlo.pad %arg0, %0, low = [0, 0], high = [0, 1], interior = [0, 0] : (tensor<2x2047xf32>, tensor<f32>) -> tensor<2x2048xf32>
    return %1 : tensor<2x2048xf32>
  }
  func.func private @dynamic_index_in_dim_13(%arg0: tensor<4x2x512x5376xbf16>, %arg1: tensor<i32>) -> tensor<2x512x5376xbf16> {
    %c = stablehlo.constant dense<0> : tensor<i32>
    %c_0 = stablehlo.constant dense<0> : tensor<i32>
    %c_1 = stablehlo.constant dense<0> : tensor<i32>
    %0 = stablehlo.dynamic_slice %arg0, %arg1, %c, %c_0, %c_1, sizes = [1, 2, 512, 5376] : (tensor<4x2x512x5376xbf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x512x5376xbf16>
    %1 = stablehlo.reshape %0 : (tensor<1x2x512x5376xbf16>) -> tensor<2x512x5376xbf16>
    return %1 : tensor<2x512x5376xbf16>
  }
  func.func private @dynamic_index_in_dim_14(%arg0: tensor<4x2x512xi32>, %arg1: tensor<i32>) -> tensor<2x512xi32> {
    %c = stablehlo.constant dense<0> : tensor<i32>
    %c_0 = stablehlo.constant dense<0> : tensor<i32>
    %0 = stablehlo.dynamic_slice %arg0, %arg1, %c, %c_0, sizes = [1, 2, 512] : (tensor<4x2x512xi32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x512xi32>
    %1 = stablehlo.reshape %0 : (tensor<1x2x512xi32>) -> tensor<2x512xi32>
    return %1 : tensor<2x512xi32>
  }
  func.func private @dynamic_index_in_dim_15(%arg0: tensor<4x2x512xf32>, %arg1: tensor<i32>) -> tensor<2x512xf32> {
    %c = stablehlo.constant dense<0> : tensor<i32>
    %c_0 = stablehlo.constant dense<0> : tensor<i32>
    %0 = stablehlo.dynamic_slice %arg0, %arg1, %c, %c_0, sizes = [1, 2, 512] : (tensor<4x2x512xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x512xf32>
    %1 = stablehlo.reshape %0 : (tensor<1x2x512xf32>) -> tensor<2x512xf32>
    return %1 : tensor<2x512xf32>
  }
  func.func private @closed_call_16(%arg0: tensor<1x1x5376xf32>, %arg1: tensor<262144x5376xbf16>, %arg2: tensor<2x512xf32>, %arg3: tensor<2x512x5376xbf16>, %arg4: tensor<2x512xi32>, %arg5: tensor<2x512xf32>) -> tensor<f32> {
    %0 = stablehlo.convert %arg3 : (tensor<2x512x5376xbf16>) -> tensor<2x512x5376xf32>
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
    %9 = stablehlo.broadcast_in_dim %8, dims = [0, 1, 2] : (tensor<2x512x1xf32>) -> tensor<2x512x5376xf32>
    %10 = stablehlo.multiply %0, %9 : tensor<2x512x5376xf32>
    %11 = stablehlo.broadcast_in_dim %arg0, dims = [0, 1, 2] : (tensor<1x1x5376xf32>) -> tensor<2x512x5376xf32>
    %12 = stablehlo.multiply %10, %11 : tensor<2x512x5376xf32>
    %13 = stablehlo.convert %12 : (tensor<2x512x5376xf32>) -> tensor<2x512x5376xbf16>
    %14 = stablehlo.dot_general %13, %arg1, contracting_dims = [2] x [1], precision = [DEFAULT, DEFAULT] : (tensor<2x512x5376xbf16>, tensor<262144x5376xbf16>) -> tensor<2x512x262144xf32>
    %15 = stablehlo.broadcast_in_dim %arg4, dims = [0, 1] : (tensor<2x512xi32>) -> tensor<2x512x1xi32>
    %16 = call @take_along_axis(%14, %15) : (tensor<2x512x262144xf32>, tensor<2x512x1xi32>) -> tensor<2x512x1xf32>
    %17 = stablehlo.reshape %16 : (tensor<2x512x1xf32>) -> tensor<2x512xf32>
    %cst_2 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %18 = stablehlo.reduce(%14 init: %cst_2) applies stablehlo.maximum across dimensions = [2] : (tensor<2x512x262144xf32>, tensor<f32>) -> tensor<2x512xf32>
    %cst_3 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %19 = stablehlo.broadcast_in_dim %cst_3, dims = [] : (tensor<f32>) -> tensor<2x512xf32>
    %20 = stablehlo.maximum %19, %18 : tensor<2x512xf32>
    %21 = stablehlo.is_finite %20 : (tensor<2x512xf32>) -> tensor<2x512xi1>
    %22 = stablehlo.select %21, %20, %arg2 : tensor<2x512xi1>, tensor<2x512xf32>
    %23 = stablehlo.broadcast_in_dim %22, dims = [0, 1] : (tensor<2x512xf32>) -> tensor<2x512x1xf32>
    %24 = stablehlo.broadcast_in_dim %23, dims = [0, 1, 2] : (tensor<2x512x1xf32>) -> tensor<2x512x262144xf32>
    %25 = stablehlo.subtract %14, %24 : tensor<2x512x262144xf32>
    %26 = stablehlo.exponential %25 : tensor<2x512x262144xf32>
    %cst_4 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %27 = stablehlo.reduce(%26 init: %cst_4) applies stablehlo.add across dimensions = [2] : (tensor<2x512x262144xf32>, tensor<f32>) -> tensor<2x512xf32>
    %28 = stablehlo.abs %27 : tensor<2x512xf32>
    %29 = stablehlo.log %28 : tensor<2x512xf32>
    %30 = stablehlo.add %29, %22 : tensor<2x512xf32>
    %31 = stablehlo.subtract %30, %17 : tensor<2x512xf32>
    %32 = stablehlo.multiply %31, %arg5 : tensor<2x512xf32>
    %cst_5 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %33 = stablehlo.reduce(%32 init: %cst_5) applies stablehlo.add across dimensions = [0, 1] : (tensor<2x512xf32>, tensor<f32>) -> tensor<f32>
    return %33 : tensor<f32>
  }
  func.func private @take_along_axis(%arg0: tensor<2x512x262144xf32>, %arg1: tensor<2x512x1xi32>) -> tensor<2x512x1xf32> {
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
    return %15 : tensor<2x512x1xf32>
  }
  func.func private @dynamic_update_index_in_dim_17(%arg0: tensor<4xf32>, %arg1: tensor<f32>, %arg2: tensor<i32>) -> tensor<4xf32> {
    %0 = stablehlo.broadcast_in_dim %arg1, dims = [] : (tensor<f32>) -> tensor<1xf32>
    %1 = stablehlo.dynamic_update_slice %arg0, %0, %arg2 : (tensor<4xf32>, tensor<1xf32>, tensor<i32>) -> tensor<4xf32>
    return %1 : tensor<4xf32>
  }
  func.func private @dynamic_index_in_dim_18(%arg0: tensor<4xf32>, %arg1: tensor<i32>) -> tensor<f32> {
    %0 = stablehlo.dynamic_slice %arg0, %arg1, sizes = [1] : (tensor<4xf32>, tensor<i32>) -> tensor<1xf32>
    %1 = stablehlo.reshape %0 : (tensor<1xf32>) -> tensor<f32>
    return %1 : tensor<f32>
  }
  func.func private @closed_call_19(%arg0: tensor<5376xbf16>, %arg1: tensor<262208x5376xbf16>, %arg2: tensor<5376xbf16>, %arg3: tensor<262208x5376xbf16>, %arg4: tensor<f32>, %arg5: tensor<2x512x5376xbf16>, %arg6: tensor<2x512xi32>, %arg7: tensor<2x512xf32>) -> (tensor<5376xbf16>, tensor<262208x5376xbf16>, tensor<2x512x5376xbf16>) {
    %0:6 = stablehlo.optimization_barrier %arg0, %arg1, %arg5, %arg6, %arg7, %arg4 : tensor<5376xbf16>, tensor<262208x5376xbf16>, tensor<2x512x5376xbf16>, tensor<2x512xi32>, tensor<2x512xf32>, tensor<f32>
    %1 = stablehlo.convert %0#2 : (tensor<2x512x5376xbf16>) -> tensor<2x512x5376xf32>
    %2 = stablehlo.multiply %1, %1 : tensor<2x512x5376xf32>
    %cst = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %3 = stablehlo.reduce(%2 init: %cst) applies stablehlo.add across dimensions = [2] : (tensor<2x512x5376xf32>, tensor<f32>) -> tensor<2x512xf32>
    %4 = stablehlo.broadcast_in_dim %3, dims = [0, 1] : (tensor<2x512xf32>) -> tensor<2x512x1xf32>
    %cst_0 = stablehlo.constant dense<5.376000e+03> : tensor<f32>
    %5 = stablehlo.broadcast_in_dim %cst_0, dims = [] : (tensor<f32>) -> tensor<2x512x1xf32>
    %6 = stablehlo.divide %4, %5 : tensor<2x512x1xf32>
    %cst_1 = stablehlo.constant dense<9.99999997E-7> : tensor<f32>
    %7 = stablehlo.broadcast_in_dim %cst_1, dims = [] : (tensor<f32>) -> tensor<2x512x1xf32>
    %8 = stablehlo.add %6, %7 : tensor<2x512x1xf32>
    %9 = stablehlo.rsqrt %8 : tensor<2x512x1xf32>
    %10 = stablehlo.divide %9, %8 : tensor<2x512x1xf32>
    %cst_2 = stablehlo.constant dense<-5.000000e-01> : tensor<f32>
    %11 = stablehlo.broadcast_in_dim %cst_2, dims = [] : (tensor<f32>) -> tensor<2x512x1xf32>
    %12 = stablehlo.multiply %11, %10 : tensor<2x512x1xf32>
    %13 = stablehlo.broadcast_in_dim %9, dims = [0, 1, 2] : (tensor<2x512x1xf32>) -> tensor<2x512x5376xf32>
    %14 = stablehlo.multiply %1, %13 : tensor<2x512x5376xf32>
    %15 = stablehlo.convert %0#0 : (tensor<5376xbf16>) -> tensor<5376xf32>
    %cst_3 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %16 = stablehlo.broadcast_in_dim %cst_3, dims = [] : (tensor<f32>) -> tensor<5376xf32>
    %17 = stablehlo.add %16, %15 : tensor<5376xf32>
    %18 = stablehlo.broadcast_in_dim %17, dims = [2] : (tensor<5376xf32>) -> tensor<1x1x5376xf32>
    %19 = stablehlo.broadcast_in_dim %18, dims = [0, 1, 2] : (tensor<1x1x5376xf32>) -> tensor<2x512x5376xf32>
    %20 = stablehlo.multiply %14, %19 : tensor<2x512x5376xf32>
    %21 = stablehlo.convert %20 : (tensor<2x512x5376xf32>) -> tensor<2x512x5376xbf16>
    %22 = stablehlo.slice %0#1 [0:262144, 0:5376] : (tensor<262208x5376xbf16>) -> tensor<262144x5376xbf16>
    %23 = stablehlo.dot_general %21, %22, contracting_dims = [2] x [1], precision = [DEFAULT, DEFAULT] : (tensor<2x512x5376xbf16>, tensor<262144x5376xbf16>) -> tensor<2x512x262144xf32>
    %24 = stablehlo.broadcast_in_dim %0#3, dims = [0, 1] : (tensor<2x512xi32>) -> tensor<2x512x1xi32>
    %25 = call @take_along_axis_20(%24) : (tensor<2x512x1xi32>) -> tensor<2x512x1x1xi32>
    %cst_4 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %26 = stablehlo.reduce(%23 init: %cst_4) applies stablehlo.maximum across dimensions = [2] : (tensor<2x512x262144xf32>, tensor<f32>) -> tensor<2x512xf32>
    %cst_5 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %27 = stablehlo.broadcast_in_dim %cst_5, dims = [] : (tensor<f32>) -> tensor<2x512xf32>
    %28 = stablehlo.maximum %27, %26 : tensor<2x512xf32>
    %29 = stablehlo.is_finite %28 : (tensor<2x512xf32>) -> tensor<2x512xi1>
    %cst_6 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %30 = stablehlo.broadcast_in_dim %cst_6, dims = [] : (tensor<f32>) -> tensor<2x512xf32>
    %31 = stablehlo.select %29, %28, %30 : tensor<2x512xi1>, tensor<2x512xf32>
    %32 = stablehlo.broadcast_in_dim %31, dims = [0, 1] : (tensor<2x512xf32>) -> tensor<2x512x1xf32>
    %33 = stablehlo.broadcast_in_dim %32, dims = [0, 1, 2] : (tensor<2x512x1xf32>) -> tensor<2x512x262144xf32>
    %34 = stablehlo.subtract %23, %33 : tensor<2x512x262144xf32>
    %35 = stablehlo.exponential %34 : tensor<2x512x262144xf32>
    %cst_7 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %36 = stablehlo.reduce(%35 init: %cst_7) applies stablehlo.add across dimensions = [2] : (tensor<2x512x262144xf32>, tensor<f32>) -> tensor<2x512xf32>
    %37 = stablehlo.abs %36 : tensor<2x512xf32>
    %cst_8 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %38 = stablehlo.broadcast_in_dim %cst_8, dims = [] : (tensor<f32>) -> tensor<2x512xf32>
    %39 = stablehlo.compare GE, %36, %38, FLOAT : (tensor<2x512xf32>, tensor<2x512xf32>) -> tensor<2x512xi1>
    %40 = stablehlo.broadcast_in_dim %0#5, dims = [] : (tensor<f32>) -> tensor<2x512xf32>
    %41 = stablehlo.multiply %40, %0#4 : tensor<2x512xf32>
    %42 = stablehlo.negate %41 : tensor<2x512xf32>
    %43 = stablehlo.divide %41, %37 : tensor<2x512xf32>
    %cst_9 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %44 = stablehlo.broadcast_in_dim %cst_9, dims = [] : (tensor<f32>) -> tensor<2x512xf32>
    %45 = stablehlo.select %39, %44, %43 : tensor<2x512xi1>, tensor<2x512xf32>
    %46 = stablehlo.select %39, %43, %44 : tensor<2x512xi1>, tensor<2x512xf32>
    %47 = stablehlo.negate %45 : tensor<2x512xf32>
    %48 = stablehlo.add %46, %47 : tensor<2x512xf32>
    %49 = stablehlo.broadcast_in_dim %48, dims = [0, 1] : (tensor<2x512xf32>) -> tensor<2x512x262144xf32>
    %50 = stablehlo.multiply %49, %35 : tensor<2x512x262144xf32>
    %51 = stablehlo.broadcast_in_dim %42, dims = [0, 1] : (tensor<2x512xf32>) -> tensor<2x512x1xf32>
    %52 = call @take_along_axis_21(%25, %51) : (tensor<2x512x1x1xi32>, tensor<2x512x1xf32>) -> tensor<2x512x262144xf32>
    %53 = stablehlo.add %50, %52 : tensor<2x512x262144xf32>
    %54 = stablehlo.dot_general %53, %21, contracting_dims = [0, 1] x [0, 1], precision = [DEFAULT, DEFAULT] : (tensor<2x512x262144xf32>, tensor<2x512x5376xbf16>) -> tensor<262144x5376xf32>
    %55 = stablehlo.convert %54 : (tensor<262144x5376xf32>) -> tensor<262144x5376xbf16>
    %56 = stablehlo.dot_general %53, %22, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<2x512x262144xf32>, tensor<262144x5376xbf16>) -> tensor<2x512x5376xf32>
    %57 = stablehlo.convert %56 : (tensor<2x512x5376xf32>) -> tensor<2x512x5376xbf16>
    %cst_10 = stablehlo.constant dense<0.000000e+00> : tensor<bf16>
    %58 = stablehlo.pad %55, %cst_10, low = [0, 0], high = [64, 0], interior = [0, 0] : (tensor<262144x5376xbf16>, tensor<bf16>) -> tensor<262208x5376xbf16>
    %59 = stablehlo.convert %57 : (tensor<2x512x5376xbf16>) -> tensor<2x512x5376xf32>
    %60 = stablehlo.multiply %14, %59 : tensor<2x512x5376xf32>
    %cst_11 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %61 = stablehlo.reduce(%60 init: %cst_11) applies stablehlo.add across dimensions = [0, 1] : (tensor<2x512x5376xf32>, tensor<f32>) -> tensor<5376xf32>
    %62 = stablehlo.reshape %61 : (tensor<5376xf32>) -> tensor<1x1x5376xf32>
    %63 = stablehlo.broadcast_in_dim %18, dims = [0, 1, 2] : (tensor<1x1x5376xf32>) -> tensor<2x512x5376xf32>
    %64 = stablehlo.multiply %59, %63 : tensor<2x512x5376xf32>
    %cst_12 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %65 = stablehlo.reduce(%62 init: %cst_12) applies stablehlo.add across dimensions = [0, 1] : (tensor<1x1x5376xf32>, tensor<f32>) -> tensor<5376xf32>
    %66 = stablehlo.convert %65 : (tensor<5376xf32>) -> tensor<5376xbf16>
    %67 = stablehlo.multiply %1, %64 : tensor<2x512x5376xf32>
    %cst_13 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %68 = stablehlo.reduce(%67 init: %cst_13) applies stablehlo.add across dimensions = [2] : (tensor<2x512x5376xf32>, tensor<f32>) -> tensor<2x512xf32>
    %69 = stablehlo.reshape %68 : (tensor<2x512xf32>) -> tensor<2x512x1xf32>
    %70 = stablehlo.broadcast_in_dim %9, dims = [0, 1, 2] : (tensor<2x512x1xf32>) -> tensor<2x512x5376xf32>
    %71 = stablehlo.multiply %64, %70 : tensor<2x512x5376xf32>
    %72 = stablehlo.multiply %69, %12 : tensor<2x512x1xf32>
    %cst_14 = stablehlo.constant dense<5.376000e+03> : tensor<f32>
    %73 = stablehlo.broadcast_in_dim %cst_14, dims = [] : (tensor<f32>) -> tensor<2x512x1xf32>
    %74 = stablehlo.divide %72, %73 : tensor<2x512x1xf32>
    %cst_15 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %75 = stablehlo.reduce(%74 init: %cst_15) applies stablehlo.add across dimensions = [2] : (tensor<2x512x1xf32>, tensor<f32>) -> tensor<2x512xf32>
    %76 = stablehlo.broadcast_in_dim %75, dims = [0, 1] : (tensor<2x512xf32>) -> tensor<2x512x5376xf32>
    %77 = stablehlo.multiply %1, %76 : tensor<2x512x5376xf32>
    %78 = stablehlo.add %71, %77 : tensor<2x512x5376xf32>
    %79 = stablehlo.multiply %76, %1 : tensor<2x512x5376xf32>
    %80 = stablehlo.add %78, %79 : tensor<2x512x5376xf32>
    %81 = stablehlo.convert %80 : (tensor<2x512x5376xf32>) -> tensor<2x512x5376xbf16>
    %82 = stablehlo.add %arg2, %66 : tensor<5376xbf16>
    %83 = stablehlo.add %arg3, %58 : tensor<262208x5376xbf16>
    return %82, %83, %81 : tensor<5376xbf16>, tensor<262208x5376xbf16>, tensor<2x512x5376xbf16>
  }
  func.func private @take_along_axis_20(%arg0: tensor<2x512x1xi32>) -> tensor<2x512x1x1xi32> {
    %c = stablehlo.constant dense<0> : tensor<i32>
    %0 = stablehlo.broadcast_in_dim %c, dims = [] : (tensor<i32>) -> tensor<2x512x1xi32>
    %1 = stablehlo.compare LT, %arg0, %0, SIGNED : (tensor<2x512x1xi32>, tensor<2x512x1xi32>) -> tensor<2x512x1xi1>
    %c_0 = stablehlo.constant dense<262144> : tensor<i32>
    %2 = stablehlo.broadcast_in_dim %c_0, dims = [] : (tensor<i32>) -> tensor<2x512x1xi32>
    %3 = stablehlo.add %arg0, %2 : tensor<2x512x1xi32>
    %4 = stablehlo.select %1, %3, %arg0 : tensor<2x512x1xi1>, tensor<2x512x1xi32>
    %5 = stablehlo.reshape %4 : (tensor<2x512x1xi32>) -> tensor<2x512x1x1xi32>
    return %5 : tensor<2x512x1x1xi32>
  }
  func.func private @take_along_axis_21(%arg0: tensor<2x512x1x1xi32>, %arg1: tensor<2x512x1xf32>) -> tensor<2x512x262144xf32> {
    %cst = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %0 = stablehlo.broadcast_in_dim %cst, dims = [] : (tensor<f32>) -> tensor<2x512x262144xf32>
    %1 = "stablehlo.scatter"(%0, %arg0, %arg1) <{indices_are_sorted = false, scatter_dimension_numbers = #stablehlo.scatter<inserted_window_dims = [2], input_batching_dims = [0, 1], scatter_indices_batching_dims = [0, 1], scatter_dims_to_operand_dims = [2], index_vector_dim = 3>, unique_indices = false}> ({
    ^bb0(%arg2: tensor<f32>, %arg3: tensor<f32>):
      %2 = stablehlo.add %arg2, %arg3 : tensor<f32>
      stablehlo.return %2 : tensor<f32>
    }) : (tensor<2x512x262144xf32>, tensor<2x512x1x1xi32>, tensor<2x512x1xf32>) -> tensor<2x512x262144xf32>
    return %1 : tensor<2x512x262144xf32>
  }
  func.func private @dynamic_update_index_in_dim_22(%arg0: tensor<4x2x512x5376xbf16>, %arg1: tensor<2x512x5376xbf16>, %arg2: tensor<i32>) -> tensor<4x2x512x5376xbf16> {
    %0 = stablehlo.broadcast_in_dim %arg1, dims = [1, 2, 3] : (tensor<2x512x5376xbf16>) -> tensor<1x2x512x5376xbf16>
    %c = stablehlo.constant dense<0> : tensor<i32>
    %c_0 = stablehlo.constant dense<0> : tensor<i32>
    %c_1 = stablehlo.constant dense<0> : tensor<i32>
    %1 = stablehlo.dynamic_update_slice %arg0, %0, %arg2, %c, %c_0, %c_1 : (tensor<4x2x512x5376xbf16>, tensor<1x2x512x5376xbf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<4x2x512x5376xbf16>
    return %1 : tensor<4x2x512x5376xbf16>
  }
  func.func private @_pad_23(%arg0: tensor<2x2048x5376xbf16>) -> tensor<2x2047x5376xbf16> {
    %cst = stablehlo.constant dense<0.000000e+00> : tensor<bf16>
    %0 = stablehlo.pad %arg0, %cst, low = [0, 0, 0], high = [0, -1, 0], interior = [0, 0, 0] : (tensor<2x2048x5376xbf16>, tensor<bf16>) -> tensor<2x2047x5376xbf16>
    %1 = stablehlo.slice %0 [0:2, 0:2047, 0:5376] : (tensor<2x2047x5376xbf16>) -> tensor<2x2047x5376xbf16>
    return %1 : tensor<2x2047x5376xbf16>
  }
  func.func private @dynamic_index_in_dim_24(%arg0: tensor<62xi32>, %arg1: tensor<i32>) -> tensor<i32> {
    %0 = stablehlo.dynamic_slice %arg0, %arg1, sizes = [1] : (tensor<62xi32>, tensor<i32>) -> tensor<1xi32>
    %1 = stablehlo.reshape %0 : (tensor<1xi32>) -> tensor<i32>
    return %1 : tensor<i32>
  }
  func.func private @dynamic_index_in_dim_25(%arg0: tensor<62x2x2048x5376xbf16>, %arg1: tensor<i32>) -> tensor<2x2048x5376xbf16> {
    %c = stablehlo.constant dense<0> : tensor<i32>
    %c_0 = stablehlo.constant dense<0> : tensor<i32>
    %c_1 = stablehlo.constant dense<0> : tensor<i32>
    %0 = stablehlo.dynamic_slice %arg0, %arg1, %c, %c_0, %c_1, sizes = [1, 2, 2048, 5376] : (tensor<62x2x2048x5376xbf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x2048x5376xbf16>
    %1 = stablehlo.reshape %0 : (tensor<1x2x2048x5376xbf16>) -> tensor<2x2048x5376xbf16>
    return %1 : tensor<2x2048x5376xbf16>
  }
  func.func private @closed_call_26(%arg0: tensor<62x5376xbf16>, %arg1: tensor<62x32x5376x128xbf16>, %arg2: tensor<62x16x5376x128xbf16>, %arg3: tensor<62x16x5376x128xbf16>, %arg4: tensor<62x32x128x5376xbf16>, %arg5: tensor<62x128xbf16>, %arg6: tensor<62x128xbf16>, %arg7: tensor<62x5376xbf16>, %arg8: tensor<62x5376xbf16>, %arg9: tensor<62x5376x21504xbf16>, %arg10: tensor<62x5376x21504xbf16>, %arg11: tensor<62x21504x5376xbf16>, %arg12: tensor<62x5376xbf16>, %arg13: tensor<2x2048xi32>, %arg14: tensor<2x2048xi32>, %arg15: tensor<2x2048x5376xbf16>, %arg16: tensor<62x5376xf32>, %arg17: tensor<62x32x5376x128xf32>, %arg18: tensor<62x16x5376x128xf32>, %arg19: tensor<62x16x5376x128xf32>, %arg20: tensor<62x32x128x5376xf32>, %arg21: tensor<62x128xf32>, %arg22: tensor<62x128xf32>, %arg23: tensor<62x5376xf32>, %arg24: tensor<62x5376xf32>, %arg25: tensor<62x5376x21504xf32>, %arg26: tensor<62x5376x21504xf32>, %arg27: tensor<62x21504x5376xf32>, %arg28: tensor<62x5376xf32>, %arg29: tensor<i32>, %arg30: tensor<2x2048x5376xbf16>, %arg31: tensor<i1>) -> (tensor<2x2048x5376xbf16>, tensor<62x5376xf32>, tensor<62x32x5376x128xf32>, tensor<62x16x5376x128xf32>, tensor<62x16x5376x128xf32>, tensor<62x32x128x5376xf32>, tensor<62x128xf32>, tensor<62x128xf32>, tensor<62x5376xf32>, tensor<62x5376xf32>, tensor<62x5376x21504xf32>, tensor<62x5376x21504xf32>, tensor<62x21504x5376xf32>, tensor<62x5376xf32>) {
    %c = stablehlo.constant dense<0> : tensor<i32>
    %0 = stablehlo.compare LT, %arg29, %c, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %c_0 = stablehlo.constant dense<62> : tensor<i32>
    %1 = stablehlo.add %arg29, %c_0 : tensor<i32>
    %2 = stablehlo.select %0, %1, %arg29 : tensor<i1>, tensor<i32>
    %c_1 = stablehlo.constant dense<0> : tensor<i32>
    %c_2 = stablehlo.constant dense<0> : tensor<i32>
    %3 = stablehlo.compare LT, %c_1, %c_2, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %c_3 = stablehlo.constant dense<0> : tensor<i32>
    %c_4 = stablehlo.constant dense<5376> : tensor<i32>
    %4 = stablehlo.add %c_3, %c_4 : tensor<i32>
    %c_5 = stablehlo.constant dense<0> : tensor<i32>
    %5 = stablehlo.select %3, %4, %c_5 : tensor<i1>, tensor<i32>
    %6 = stablehlo.dynamic_slice %arg0, %2, %5, sizes = [1, 5376] : (tensor<62x5376xbf16>, tensor<i32>, tensor<i32>) -> tensor<1x5376xbf16>
    %7 = stablehlo.reshape %6 : (tensor<1x5376xbf16>) -> tensor<5376xbf16>
    %c_6 = stablehlo.constant dense<0> : tensor<i32>
    %8 = stablehlo.compare LT, %arg29, %c_6, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %c_7 = stablehlo.constant dense<62> : tensor<i32>
    %9 = stablehlo.add %arg29, %c_7 : tensor<i32>
    %10 = stablehlo.select %8, %9, %arg29 : tensor<i1>, tensor<i32>
    %c_8 = stablehlo.constant dense<0> : tensor<i32>
    %c_9 = stablehlo.constant dense<0> : tensor<i32>
    %11 = stablehlo.compare LT, %c_8, %c_9, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %c_10 = stablehlo.constant dense<0> : tensor<i32>
    %c_11 = stablehlo.constant dense<32> : tensor<i32>
    %12 = stablehlo.add %c_10, %c_11 : tensor<i32>
    %c_12 = stablehlo.constant dense<0> : tensor<i32>
    %13 = stablehlo.select %11, %12, %c_12 : tensor<i1>, tensor<i32>
    %c_13 = stablehlo.constant dense<0> : tensor<i32>
    %c_14 = stablehlo.constant dense<0> : tensor<i32>
    %14 = stablehlo.compare LT, %c_13, %c_14, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %c_15 = stablehlo.constant dense<0> : tensor<i32>
    %c_16 = stablehlo.constant dense<5376> : tensor<i32>
    %15 = stablehlo.add %c_15, %c_16 : tensor<i32>
    %c_17 = stablehlo.constant dense<0> : tensor<i32>
    %16 = stablehlo.select %14, %15, %c_17 : tensor<i1>, tensor<i32>
    %c_18 = stablehlo.constant dense<0> : tensor<i32>
    %c_19 = stablehlo.constant dense<0> : tensor<i32>
    %17 = stablehlo.compare LT, %c_18, %c_19, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %c_20 = stablehlo.constant dense<0> : tensor<i32>
    %c_21 = stablehlo.constant dense<128> : tensor<i32>
    %18 = stablehlo.add %c_20, %c_21 : tensor<i32>
    %c_22 = stablehlo.constant dense<0> : tensor<i32>
    %19 = stablehlo.select %17, %18, %c_22 : tensor<i1>, tensor<i32>
    %20 = stablehlo.dynamic_slice %arg1, %10, %13, %16, %19, sizes = [1, 32, 5376, 128] : (tensor<62x32x5376x128xbf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x32x5376x128xbf16>
    %21 = stablehlo.reshape %20 : (tensor<1x32x5376x128xbf16>) -> tensor<32x5376x128xbf16>
    %c_23 = stablehlo.constant dense<0> : tensor<i32>
    %22 = stablehlo.compare LT, %arg29, %c_23, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %c_24 = stablehlo.constant dense<62> : tensor<i32>
    %23 = stablehlo.add %arg29, %c_24 : tensor<i32>
    %24 = stablehlo.select %22, %23, %arg29 : tensor<i1>, tensor<i32>
    %c_25 = stablehlo.constant dense<0> : tensor<i32>
    %c_26 = stablehlo.constant dense<0> : tensor<i32>
    %25 = stablehlo.compare LT, %c_25, %c_26, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %c_27 = stablehlo.constant dense<0> : tensor<i32>
    %c_28 = stablehlo.constant dense<16> : tensor<i32>
    %26 = stablehlo.add %c_27, %c_28 : tensor<i32>
    %c_29 = stablehlo.constant dense<0> : tensor<i32>
    %27 = stablehlo.select %25, %26, %c_29 : tensor<i1>, tensor<i32>
    %c_30 = stablehlo.constant dense<0> : tensor<i32>
    %c_31 = stablehlo.constant dense<0> : tensor<i32>
    %28 = stablehlo.compare LT, %c_30, %c_31, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %c_32 = stablehlo.constant dense<0> : tensor<i32>
    %c_33 = stablehlo.constant dense<5376> : tensor<i32>
    %29 = stablehlo.add %c_32, %c_33 : tensor<i32>
    %c_34 = stablehlo.constant dense<0> : tensor<i32>
    %30 = stablehlo.select %28, %29, %c_34 : tensor<i1>, tensor<i32>
    %c_35 = stablehlo.constant dense<0> : tensor<i32>
    %c_36 = stablehlo.constant dense<0> : tensor<i32>
    %31 = stablehlo.compare LT, %c_35, %c_36, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %c_37 = stablehlo.constant dense<0> : tensor<i32>
    %c_38 = stablehlo.constant dense<128> : tensor<i32>
    %32 = stablehlo.add %c_37, %c_38 : tensor<i32>
    %c_39 = stablehlo.constant dense<0> : tensor<i32>
    %33 = stablehlo.select %31, %32, %c_39 : tensor<i1>, tensor<i32>
    %34 = stablehlo.dynamic_slice %arg2, %24, %27, %30, %33, sizes = [1, 16, 5376, 128] : (tensor<62x16x5376x128xbf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x16x5376x128xbf16>
    %35 = stablehlo.reshape %34 : (tensor<1x16x5376x128xbf16>) -> tensor<16x5376x128xbf16>
    %c_40 = stablehlo.constant dense<0> : tensor<i32>
    %36 = stablehlo.compare LT, %arg29, %c_40, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %c_41 = stablehlo.constant dense<62> : tensor<i32>
    %37 = stablehlo.add %arg29, %c_41 : tensor<i32>
    %38 = stablehlo.select %36, %37, %arg29 : tensor<i1>, tensor<i32>
    %c_42 = stablehlo.constant dense<0> : tensor<i32>
    %c_43 = stablehlo.constant dense<0> : tensor<i32>
    %39 = stablehlo.compare LT, %c_42, %c_43, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %c_44 = stablehlo.constant dense<0> : tensor<i32>
    %c_45 = stablehlo.constant dense<16> : tensor<i32>
    %40 = stablehlo.add %c_44, %c_45 : tensor<i32>
    %c_46 = stablehlo.constant dense<0> : tensor<i32>
    %41 = stablehlo.select %39, %40, %c_46 : tensor<i1>, tensor<i32>
    %c_47 = stablehlo.constant dense<0> : tensor<i32>
    %c_48 = stablehlo.constant dense<0> : tensor<i32>
    %42 = stablehlo.compare LT, %c_47, %c_48, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %c_49 = stablehlo.constant dense<0> : tensor<i32>
    %c_50 = stablehlo.constant dense<5376> : tensor<i32>
    %43 = stablehlo.add %c_49, %c_50 : tensor<i32>
    %c_51 = stablehlo.constant dense<0> : tensor<i32>
    %44 = stablehlo.select %42, %43, %c_51 : tensor<i1>, tensor<i32>
    %c_52 = stablehlo.constant dense<0> : tensor<i32>
    %c_53 = stablehlo.constant dense<0> : tensor<i32>
    %45 = stablehlo.compare LT, %c_52, %c_53, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %c_54 = stablehlo.constant dense<0> : tensor<i32>
    %c_55 = stablehlo.constant dense<128> : tensor<i32>
    %46 = stablehlo.add %c_54, %c_55 : tensor<i32>
    %c_56 = stablehlo.constant dense<0> : tensor<i32>
    %47 = stablehlo.select %45, %46, %c_56 : tensor<i1>, tensor<i32>
    %48 = stablehlo.dynamic_slice %arg3, %38, %41, %44, %47, sizes = [1, 16, 5376, 128] : (tensor<62x16x5376x128xbf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x16x5376x128xbf16>
    %49 = stablehlo.reshape %48 : (tensor<1x16x5376x128xbf16>) -> tensor<16x5376x128xbf16>
    %c_57 = stablehlo.constant dense<0> : tensor<i32>
    %50 = stablehlo.compare LT, %arg29, %c_57, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %c_58 = stablehlo.constant dense<62> : tensor<i32>
    %51 = stablehlo.add %arg29, %c_58 : tensor<i32>
    %52 = stablehlo.select %50, %51, %arg29 : tensor<i1>, tensor<i32>
    %c_59 = stablehlo.constant dense<0> : tensor<i32>
    %c_60 = stablehlo.constant dense<0> : tensor<i32>
    %53 = stablehlo.compare LT, %c_59, %c_60, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %c_61 = stablehlo.constant dense<0> : tensor<i32>
    %c_62 = stablehlo.constant dense<32> : tensor<i32>
    %54 = stablehlo.add %c_61, %c_62 : tensor<i32>
    %c_63 = stablehlo.constant dense<0> : tensor<i32>
    %55 = stablehlo.select %53, %54, %c_63 : tensor<i1>, tensor<i32>
    %c_64 = stablehlo.constant dense<0> : tensor<i32>
    %c_65 = stablehlo.constant dense<0> : tensor<i32>
    %56 = stablehlo.compare LT, %c_64, %c_65, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %c_66 = stablehlo.constant dense<0> : tensor<i32>
    %c_67 = stablehlo.constant dense<128> : tensor<i32>
    %57 = stablehlo.add %c_66, %c_67 : tensor<i32>
    %c_68 = stablehlo.constant dense<0> : tensor<i32>
    %58 = stablehlo.select %56, %57, %c_68 : tensor<i1>, tensor<i32>
    %c_69 = stablehlo.constant dense<0> : tensor<i32>
    %c_70 = stablehlo.constant dense<0> : tensor<i32>
    %59 = stablehlo.compare LT, %c_69, %c_70, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %c_71 = stablehlo.constant dense<0> : tensor<i32>
    %c_72 = stablehlo.constant dense<5376> : tensor<i32>
    %60 = stablehlo.add %c_71, %c_72 : tensor<i32>
    %c_73 = stablehlo.constant dense<0> : tensor<i32>
    %61 = stablehlo.select %59, %60, %c_73 : tensor<i1>, tensor<i32>
    %62 = stablehlo.dynamic_slice %arg4, %52, %55, %58, %61, sizes = [1, 32, 128, 5376] : (tensor<62x32x128x5376xbf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x32x128x5376xbf16>
    %63 = stablehlo.reshape %62 : (tensor<1x32x128x5376xbf16>) -> tensor<32x128x5376xbf16>
    %c_74 = stablehlo.constant dense<0> : tensor<i32>
    %64 = stablehlo.compare LT, %arg29, %c_74, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %c_75 = stablehlo.constant dense<62> : tensor<i32>
    %65 = stablehlo.add %arg29, %c_75 : tensor<i32>
    %66 = stablehlo.select %64, %65, %arg29 : tensor<i1>, tensor<i32>
    %c_76 = stablehlo.constant dense<0> : tensor<i32>
    %c_77 = stablehlo.constant dense<0> : tensor<i32>
    %67 = stablehlo.compare LT, %c_76, %c_77, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %c_78 = stablehlo.constant dense<0> : tensor<i32>
    %c_79 = stablehlo.constant dense<128> : tensor<i32>
    %68 = stablehlo.add %c_78, %c_79 : tensor<i32>
    %c_80 = stablehlo.constant dense<0> : tensor<i32>
    %69 = stablehlo.select %67, %68, %c_80 : tensor<i1>, tensor<i32>
    %70 = stablehlo.dynamic_slice %arg5, %66, %69, sizes = [1, 128] : (tensor<62x128xbf16>, tensor<i32>, tensor<i32>) -> tensor<1x128xbf16>
    %71 = stablehlo.reshape %70 : (tensor<1x128xbf16>) -> tensor<128xbf16>
    %c_81 = stablehlo.constant dense<0> : tensor<i32>
    %72 = stablehlo.compare LT, %arg29, %c_81, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %c_82 = stablehlo.constant dense<62> : tensor<i32>
    %73 = stablehlo.add %arg29, %c_82 : tensor<i32>
    %74 = stablehlo.select %72, %73, %arg29 : tensor<i1>, tensor<i32>
    %c_83 = stablehlo.constant dense<0> : tensor<i32>
    %c_84 = stablehlo.constant dense<0> : tensor<i32>
    %75 = stablehlo.compare LT, %c_83, %c_84, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %c_85 = stablehlo.constant dense<0> : tensor<i32>
    %c_86 = stablehlo.constant dense<128> : tensor<i32>
    %76 = stablehlo.add %c_85, %c_86 : tensor<i32>
    %c_87 = stablehlo.constant dense<0> : tensor<i32>
    %77 = stablehlo.select %75, %76, %c_87 : tensor<i1>, tensor<i32>
    %78 = stablehlo.dynamic_slice %arg6, %74, %77, sizes = [1, 128] : (tensor<62x128xbf16>, tensor<i32>, tensor<i32>) -> tensor<1x128xbf16>
    %79 = stablehlo.reshape %78 : (tensor<1x128xbf16>) -> tensor<128xbf16>
    %c_88 = stablehlo.constant dense<0> : tensor<i32>
    %80 = stablehlo.compare LT, %arg29, %c_88, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %c_89 = stablehlo.constant dense<62> : tensor<i32>
    %81 = stablehlo.add %arg29, %c_89 : tensor<i32>
    %82 = stablehlo.select %80, %81, %arg29 : tensor<i1>, tensor<i32>
    %c_90 = stablehlo.constant dense<0> : tensor<i32>
    %c_91 = stablehlo.constant dense<0> : tensor<i32>
    %83 = stablehlo.compare LT, %c_90, %c_91, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %c_92 = stablehlo.constant dense<0> : tensor<i32>
    %c_93 = stablehlo.constant dense<5376> : tensor<i32>
    %84 = stablehlo.add %c_92, %c_93 : tensor<i32>
    %c_94 = stablehlo.constant dense<0> : tensor<i32>
    %85 = stablehlo.select %83, %84, %c_94 : tensor<i1>, tensor<i32>
    %86 = stablehlo.dynamic_slice %arg7, %82, %85, sizes = [1, 5376] : (tensor<62x5376xbf16>, tensor<i32>, tensor<i32>) -> tensor<1x5376xbf16>
    %87 = stablehlo.reshape %86 : (tensor<1x5376xbf16>) -> tensor<5376xbf16>
    %c_95 = stablehlo.constant dense<0> : tensor<i32>
    %88 = stablehlo.compare LT, %arg29, %c_95, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %c_96 = stablehlo.constant dense<62> : tensor<i32>
    %89 = stablehlo.add %arg29, %c_96 : tensor<i32>
    %90 = stablehlo.select %88, %89, %arg29 : tensor<i1>, tensor<i32>
    %c_97 = stablehlo.constant dense<0> : tensor<i32>
    %c_98 = stablehlo.constant dense<0> : tensor<i32>
    %91 = stablehlo.compare LT, %c_97, %c_98, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %c_99 = stablehlo.constant dense<0> : tensor<i32>
    %c_100 = stablehlo.constant dense<5376> : tensor<i32>
    %92 = stablehlo.add %c_99, %c_100 : tensor<i32>
    %c_101 = stablehlo.constant dense<0> : tensor<i32>
    %93 = stablehlo.select %91, %92, %c_101 : tensor<i1>, tensor<i32>
    %94 = stablehlo.dynamic_slice %arg8, %90, %93, sizes = [1, 5376] : (tensor<62x5376xbf16>, tensor<i32>, tensor<i32>) -> tensor<1x5376xbf16>
    %95 = stablehlo.reshape %94 : (tensor<1x5376xbf16>) -> tensor<5376xbf16>
    %c_102 = stablehlo.constant dense<0> : tensor<i32>
    %96 = stablehlo.compare LT, %arg29, %c_102, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %c_103 = stablehlo.constant dense<62> : tensor<i32>
    %97 = stablehlo.add %arg29, %c_103 : tensor<i32>
    %98 = stablehlo.select %96, %97, %arg29 : tensor<i1>, tensor<i32>
    %c_104 = stablehlo.constant dense<0> : tensor<i32>
    %c_105 = stablehlo.constant dense<0> : tensor<i32>
    %99 = stablehlo.compare LT, %c_104, %c_105, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %c_106 = stablehlo.constant dense<0> : tensor<i32>
    %c_107 = stablehlo.constant dense<5376> : tensor<i32>
    %100 = stablehlo.add %c_106, %c_107 : tensor<i32>
    %c_108 = stablehlo.constant dense<0> : tensor<i32>
    %101 = stablehlo.select %99, %100, %c_108 : tensor<i1>, tensor<i32>
    %c_109 = stablehlo.constant dense<0> : tensor<i32>
    %c_110 = stablehlo.constant dense<0> : tensor<i32>
    %102 = stablehlo.compare LT, %c_109, %c_110, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %c_111 = stablehlo.constant dense<0> : tensor<i32>
    %c_112 = stablehlo.constant dense<21504> : tensor<i32>
    %103 = stablehlo.add %c_111, %c_112 : tensor<i32>
    %c_113 = stablehlo.constant dense<0> : tensor<i32>
    %104 = stablehlo.select %102, %103, %c_113 : tensor<i1>, tensor<i32>
    %105 = stablehlo.dynamic_slice %arg9, %98, %101, %104, sizes = [1, 5376, 21504] : (tensor<62x5376x21504xbf16>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x5376x21504xbf16>
    %106 = stablehlo.reshape %105 : (tensor<1x5376x21504xbf16>) -> tensor<5376x21504xbf16>
    %c_114 = stablehlo.constant dense<0> : tensor<i32>
    %107 = stablehlo.compare LT, %arg29, %c_114, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %c_115 = stablehlo.constant dense<62> : tensor<i32>
    %108 = stablehlo.add %arg29, %c_115 : tensor<i32>
    %109 = stablehlo.select %107, %108, %arg29 : tensor<i1>, tensor<i32>
    %c_116 = stablehlo.constant dense<0> : tensor<i32>
    %c_117 = stablehlo.constant dense<0> : tensor<i32>
    %110 = stablehlo.compare LT, %c_116, %c_117, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %c_118 = stablehlo.constant dense<0> : tensor<i32>
    %c_119 = stablehlo.constant dense<5376> : tensor<i32>
    %111 = stablehlo.add %c_118, %c_119 : tensor<i32>
    %c_120 = stablehlo.constant dense<0> : tensor<i32>
    %112 = stablehlo.select %110, %111, %c_120 : tensor<i1>, tensor<i32>
    %c_121 = stablehlo.constant dense<0> : tensor<i32>
    %c_122 = stablehlo.constant dense<0> : tensor<i32>
    %113 = stablehlo.compare LT, %c_121, %c_122, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %c_123 = stablehlo.constant dense<0> : tensor<i32>
    %c_124 = stablehlo.constant dense<21504> : tensor<i32>
    %114 = stablehlo.add %c_123, %c_124 : tensor<i32>
    %c_125 = stablehlo.constant dense<0> : tensor<i32>
    %115 = stablehlo.select %113, %114, %c_125 : tensor<i1>, tensor<i32>
    %116 = stablehlo.dynamic_slice %arg10, %109, %112, %115, sizes = [1, 5376, 21504] : (tensor<62x5376x21504xbf16>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x5376x21504xbf16>
    %117 = stablehlo.reshape %116 : (tensor<1x5376x21504xbf16>) -> tensor<5376x21504xbf16>
    %c_126 = stablehlo.constant dense<0> : tensor<i32>
    %118 = stablehlo.compare LT, %arg29, %c_126, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %c_127 = stablehlo.constant dense<62> : tensor<i32>
    %119 = stablehlo.add %arg29, %c_127 : tensor<i32>
    %120 = stablehlo.select %118, %119, %arg29 : tensor<i1>, tensor<i32>
    %c_128 = stablehlo.constant dense<0> : tensor<i32>
    %c_129 = stablehlo.constant dense<0> : tensor<i32>
    %121 = stablehlo.compare LT, %c_128, %c_129, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %c_130 = stablehlo.constant dense<0> : tensor<i32>
    %c_131 = stablehlo.constant dense<21504> : tensor<i32>
    %122 = stablehlo.add %c_130, %c_131 : tensor<i32>
    %c_132 = stablehlo.constant dense<0> : tensor<i32>
    %123 = stablehlo.select %121, %122, %c_132 : tensor<i1>, tensor<i32>
    %c_133 = stablehlo.constant dense<0> : tensor<i32>
    %c_134 = stablehlo.constant dense<0> : tensor<i32>
    %124 = stablehlo.compare LT, %c_133, %c_134, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %c_135 = stablehlo.constant dense<0> : tensor<i32>
    %c_136 = stablehlo.constant dense<5376> : tensor<i32>
    %125 = stablehlo.add %c_135, %c_136 : tensor<i32>
    %c_137 = stablehlo.constant dense<0> : tensor<i32>
    %126 = stablehlo.select %124, %125, %c_137 : tensor<i1>, tensor<i32>
    %127 = stablehlo.dynamic_slice %arg11, %120, %123, %126, sizes = [1, 21504, 5376] : (tensor<62x21504x5376xbf16>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x21504x5376xbf16>
    %128 = stablehlo.reshape %127 : (tensor<1x21504x5376xbf16>) -> tensor<21504x5376xbf16>
    %c_138 = stablehlo.constant dense<0> : tensor<i32>
    %129 = stablehlo.compare LT, %arg29, %c_138, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %c_139 = stablehlo.constant dense<62> : tensor<i32>
    %130 = stablehlo.add %arg29, %c_139 : tensor<i32>
    %131 = stablehlo.select %129, %130, %arg29 : tensor<i1>, tensor<i32>
    %c_140 = stablehlo.constant dense<0> : tensor<i32>
    %c_141 = stablehlo.constant dense<0> : tensor<i32>
    %132 = stablehlo.compare LT, %c_140, %c_141, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %c_142 = stablehlo.constant dense<0> : tensor<i32>
    %c_143 = stablehlo.constant dense<5376> : tensor<i32>
    %133 = stablehlo.add %c_142, %c_143 : tensor<i32>
    %c_144 = stablehlo.constant dense<0> : tensor<i32>
    %134 = stablehlo.select %132, %133, %c_144 : tensor<i1>, tensor<i32>
    %135 = stablehlo.dynamic_slice %arg12, %131, %134, sizes = [1, 5376] : (tensor<62x5376xbf16>, tensor<i32>, tensor<i32>) -> tensor<1x5376xbf16>
    %136 = stablehlo.reshape %135 : (tensor<1x5376xbf16>) -> tensor<5376xbf16>
    %137 = stablehlo.convert %arg30 : (tensor<2x2048x5376xbf16>) -> tensor<2x2048x5376xf32>
    %138 = stablehlo.multiply %137, %137 : tensor<2x2048x5376xf32>
    %cst = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %139 = stablehlo.reduce(%138 init: %cst) applies stablehlo.add across dimensions = [2] : (tensor<2x2048x5376xf32>, tensor<f32>) -> tensor<2x2048xf32>
    %140 = stablehlo.broadcast_in_dim %139, dims = [0, 1] : (tensor<2x2048xf32>) -> tensor<2x2048x1xf32>
    %cst_145 = stablehlo.constant dense<5.376000e+03> : tensor<f32>
    %141 = stablehlo.broadcast_in_dim %cst_145, dims = [] : (tensor<f32>) -> tensor<2x2048x1xf32>
    %142 = stablehlo.divide %140, %141 : tensor<2x2048x1xf32>
    %cst_146 = stablehlo.constant dense<9.99999997E-7> : tensor<f32>
    %143 = stablehlo.broadcast_in_dim %cst_146, dims = [] : (tensor<f32>) -> tensor<2x2048x1xf32>
    %144 = stablehlo.add %142, %143 : tensor<2x2048x1xf32>
    %145 = stablehlo.rsqrt %144 : tensor<2x2048x1xf32>
    %146 = stablehlo.divide %145, %144 : tensor<2x2048x1xf32>
    %cst_147 = stablehlo.constant dense<-5.000000e-01> : tensor<f32>
    %147 = stablehlo.broadcast_in_dim %cst_147, dims = [] : (tensor<f32>) -> tensor<2x2048x1xf32>
    %148 = stablehlo.multiply %147, %146 : tensor<2x2048x1xf32>
    %149 = stablehlo.broadcast_in_dim %145, dims = [0, 1, 2] : (tensor<2x2048x1xf32>) -> tensor<2x2048x5376xf32>
    %150 = stablehlo.multiply %137, %149 : tensor<2x2048x5376xf32>
    %151 = stablehlo.convert %7 : (tensor<5376xbf16>) -> tensor<5376xf32>
    %cst_148 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %152 = stablehlo.broadcast_in_dim %cst_148, dims = [] : (tensor<f32>) -> tensor<5376xf32>
    %153 = stablehlo.add %152, %151 : tensor<5376xf32>
    %154 = stablehlo.broadcast_in_dim %153, dims = [2] : (tensor<5376xf32>) -> tensor<1x1x5376xf32>
    %155 = stablehlo.broadcast_in_dim %154, dims = [0, 1, 2] : (tensor<1x1x5376xf32>) -> tensor<2x2048x5376xf32>
    %156 = stablehlo.multiply %150, %155 : tensor<2x2048x5376xf32>
    %157 = stablehlo.convert %156 : (tensor<2x2048x5376xf32>) -> tensor<2x2048x5376xbf16>
    %158 = stablehlo.dot_general %157, %21, contracting_dims = [2] x [1], precision = [DEFAULT, DEFAULT] : (tensor<2x2048x5376xbf16>, tensor<32x5376x128xbf16>) -> tensor<2x2048x32x128xbf16>
    %159 = stablehlo.dot_general %157, %35, contracting_dims = [2] x [1], precision = [DEFAULT, DEFAULT] : (tensor<2x2048x5376xbf16>, tensor<16x5376x128xbf16>) -> tensor<2x2048x16x128xbf16>
    %160 = stablehlo.dot_general %157, %49, contracting_dims = [2] x [1], precision = [DEFAULT, DEFAULT] : (tensor<2x2048x5376xbf16>, tensor<16x5376x128xbf16>) -> tensor<2x2048x16x128xbf16>
    %161 = stablehlo.convert %158 : (tensor<2x2048x32x128xbf16>) -> tensor<2x2048x32x128xf32>
    %162 = stablehlo.multiply %161, %161 : tensor<2x2048x32x128xf32>
    %cst_149 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %163 = stablehlo.reduce(%162 init: %cst_149) applies stablehlo.add across dimensions = [3] : (tensor<2x2048x32x128xf32>, tensor<f32>) -> tensor<2x2048x32xf32>
    %164 = stablehlo.broadcast_in_dim %163, dims = [0, 1, 2] : (tensor<2x2048x32xf32>) -> tensor<2x2048x32x1xf32>
    %cst_150 = stablehlo.constant dense<1.280000e+02> : tensor<f32>
    %165 = stablehlo.broadcast_in_dim %cst_150, dims = [] : (tensor<f32>) -> tensor<2x2048x32x1xf32>
    %166 = stablehlo.divide %164, %165 : tensor<2x2048x32x1xf32>
    %cst_151 = stablehlo.constant dense<9.99999997E-7> : tensor<f32>
    %167 = stablehlo.broadcast_in_dim %cst_151, dims = [] : (tensor<f32>) -> tensor<2x2048x32x1xf32>
    %168 = stablehlo.add %166, %167 : tensor<2x2048x32x1xf32>
    %169 = stablehlo.rsqrt %168 : tensor<2x2048x32x1xf32>
    %170 = stablehlo.divide %169, %168 : tensor<2x2048x32x1xf32>
    %cst_152 = stablehlo.constant dense<-5.000000e-01> : tensor<f32>
    %171 = stablehlo.broadcast_in_dim %cst_152, dims = [] : (tensor<f32>) -> tensor<2x2048x32x1xf32>
    %172 = stablehlo.multiply %171, %170 : tensor<2x2048x32x1xf32>
    %173 = stablehlo.broadcast_in_dim %169, dims = [0, 1, 2, 3] : (tensor<2x2048x32x1xf32>) -> tensor<2x2048x32x128xf32>
    %174 = stablehlo.multiply %161, %173 : tensor<2x2048x32x128xf32>
    %175 = stablehlo.convert %71 : (tensor<128xbf16>) -> tensor<128xf32>
    %cst_153 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %176 = stablehlo.broadcast_in_dim %cst_153, dims = [] : (tensor<f32>) -> tensor<128xf32>
    %177 = stablehlo.add %176, %175 : tensor<128xf32>
    %178 = stablehlo.broadcast_in_dim %177, dims = [3] : (tensor<128xf32>) -> tensor<1x1x1x128xf32>
    %179 = stablehlo.broadcast_in_dim %178, dims = [0, 1, 2, 3] : (tensor<1x1x1x128xf32>) -> tensor<2x2048x32x128xf32>
    %180 = stablehlo.multiply %174, %179 : tensor<2x2048x32x128xf32>
    %181 = stablehlo.convert %180 : (tensor<2x2048x32x128xf32>) -> tensor<2x2048x32x128xbf16>
    %182 = stablehlo.convert %159 : (tensor<2x2048x16x128xbf16>) -> tensor<2x2048x16x128xf32>
    %183 = stablehlo.multiply %182, %182 : tensor<2x2048x16x128xf32>
    %cst_154 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %184 = stablehlo.reduce(%183 init: %cst_154) applies stablehlo.add across dimensions = [3] : (tensor<2x2048x16x128xf32>, tensor<f32>) -> tensor<2x2048x16xf32>
    %185 = stablehlo.broadcast_in_dim %184, dims = [0, 1, 2] : (tensor<2x2048x16xf32>) -> tensor<2x2048x16x1xf32>
    %cst_155 = stablehlo.constant dense<1.280000e+02> : tensor<f32>
    %186 = stablehlo.broadcast_in_dim %cst_155, dims = [] : (tensor<f32>) -> tensor<2x2048x16x1xf32>
    %187 = stablehlo.divide %185, %186 : tensor<2x2048x16x1xf32>
    %cst_156 = stablehlo.constant dense<9.99999997E-7> : tensor<f32>
    %188 = stablehlo.broadcast_in_dim %cst_156, dims = [] : (tensor<f32>) -> tensor<2x2048x16x1xf32>
    %189 = stablehlo.add %187, %188 : tensor<2x2048x16x1xf32>
    %190 = stablehlo.rsqrt %189 : tensor<2x2048x16x1xf32>
    %191 = stablehlo.divide %190, %189 : tensor<2x2048x16x1xf32>
    %cst_157 = stablehlo.constant dense<-5.000000e-01> : tensor<f32>
    %192 = stablehlo.broadcast_in_dim %cst_157, dims = [] : (tensor<f32>) -> tensor<2x2048x16x1xf32>
    %193 = stablehlo.multiply %192, %191 : tensor<2x2048x16x1xf32>
    %194 = stablehlo.broadcast_in_dim %190, dims = [0, 1, 2, 3] : (tensor<2x2048x16x1xf32>) -> tensor<2x2048x16x128xf32>
    %195 = stablehlo.multiply %182, %194 : tensor<2x2048x16x128xf32>
    %196 = stablehlo.convert %79 : (tensor<128xbf16>) -> tensor<128xf32>
    %cst_158 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %197 = stablehlo.broadcast_in_dim %cst_158, dims = [] : (tensor<f32>) -> tensor<128xf32>
    %198 = stablehlo.add %197, %196 : tensor<128xf32>
    %199 = stablehlo.broadcast_in_dim %198, dims = [3] : (tensor<128xf32>) -> tensor<1x1x1x128xf32>
    %200 = stablehlo.broadcast_in_dim %199, dims = [0, 1, 2, 3] : (tensor<1x1x1x128xf32>) -> tensor<2x2048x16x128xf32>
    %201 = stablehlo.multiply %195, %200 : tensor<2x2048x16x128xf32>
    %202 = stablehlo.convert %201 : (tensor<2x2048x16x128xf32>) -> tensor<2x2048x16x128xbf16>
    %203 = stablehlo.iota dim = 0 : tensor<64xf32>
    %cst_159 = stablehlo.constant dense<2.000000e+00> : tensor<f32>
    %204 = stablehlo.broadcast_in_dim %cst_159, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %205 = stablehlo.multiply %204, %203 : tensor<64xf32>
    %cst_160 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %206 = stablehlo.broadcast_in_dim %cst_160, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %207 = stablehlo.add %206, %205 : tensor<64xf32>
    %cst_161 = stablehlo.constant dense<1.280000e+02> : tensor<f32>
    %208 = stablehlo.broadcast_in_dim %cst_161, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %209 = stablehlo.divide %207, %208 : tensor<64xf32>
    %cst_162 = stablehlo.constant dense<1.000000e+04> : tensor<f32>
    %210 = stablehlo.broadcast_in_dim %cst_162, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %211 = stablehlo.power %210, %209 : tensor<64xf32>
    %cst_163 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %212 = stablehlo.broadcast_in_dim %cst_163, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %213 = stablehlo.divide %212, %211 : tensor<64xf32>
    %cst_164 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %214 = stablehlo.broadcast_in_dim %cst_164, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %215 = stablehlo.divide %213, %214 : tensor<64xf32>
    %216 = stablehlo.iota dim = 0 : tensor<64xf32>
    %cst_165 = stablehlo.constant dense<2.000000e+00> : tensor<f32>
    %217 = stablehlo.broadcast_in_dim %cst_165, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %218 = stablehlo.multiply %217, %216 : tensor<64xf32>
    %cst_166 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %219 = stablehlo.broadcast_in_dim %cst_166, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %220 = stablehlo.add %219, %218 : tensor<64xf32>
    %cst_167 = stablehlo.constant dense<1.280000e+02> : tensor<f32>
    %221 = stablehlo.broadcast_in_dim %cst_167, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %222 = stablehlo.divide %220, %221 : tensor<64xf32>
    %cst_168 = stablehlo.constant dense<1.000000e+06> : tensor<f32>
    %223 = stablehlo.broadcast_in_dim %cst_168, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %224 = stablehlo.power %223, %222 : tensor<64xf32>
    %cst_169 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %225 = stablehlo.broadcast_in_dim %cst_169, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %226 = stablehlo.divide %225, %224 : tensor<64xf32>
    %cst_170 = stablehlo.constant dense<8.000000e+00> : tensor<f32>
    %227 = stablehlo.broadcast_in_dim %cst_170, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %228 = stablehlo.divide %226, %227 : tensor<64xf32>
    %229 = call @_where_9(%arg31, %228, %215) : (tensor<i1>, tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %230 = stablehlo.convert %arg13 : (tensor<2x2048xi32>) -> tensor<2x2048xf32>
    %231 = stablehlo.broadcast_in_dim %230, dims = [0, 1] : (tensor<2x2048xf32>) -> tensor<2x2048x1xf32>
    %232 = stablehlo.broadcast_in_dim %229, dims = [2] : (tensor<64xf32>) -> tensor<1x1x64xf32>
    %233 = stablehlo.broadcast_in_dim %231, dims = [0, 1, 2] : (tensor<2x2048x1xf32>) -> tensor<2x2048x64xf32>
    %234 = stablehlo.broadcast_in_dim %232, dims = [0, 1, 2] : (tensor<1x1x64xf32>) -> tensor<2x2048x64xf32>
    %235 = stablehlo.multiply %233, %234 : tensor<2x2048x64xf32>
    %236 = stablehlo.sine %235 : tensor<2x2048x64xf32>
    %237 = stablehlo.broadcast_in_dim %236, dims = [0, 1, 3] : (tensor<2x2048x64xf32>) -> tensor<2x2048x1x64xf32>
    %238 = stablehlo.cosine %235 : tensor<2x2048x64xf32>
    %239 = stablehlo.broadcast_in_dim %238, dims = [0, 1, 3] : (tensor<2x2048x64xf32>) -> tensor<2x2048x1x64xf32>
    %240 = stablehlo.convert %181 : (tensor<2x2048x32x128xbf16>) -> tensor<2x2048x32x128xf32>
    %241 = stablehlo.slice %240 [0:2, 0:2048, 0:32, 0:64] : (tensor<2x2048x32x128xf32>) -> tensor<2x2048x32x64xf32>
    %242 = stablehlo.slice %240 [0:2, 0:2048, 0:32, 64:128] : (tensor<2x2048x32x128xf32>) -> tensor<2x2048x32x64xf32>
    %243 = stablehlo.broadcast_in_dim %239, dims = [0, 1, 2, 3] : (tensor<2x2048x1x64xf32>) -> tensor<2x2048x32x64xf32>
    %244 = stablehlo.multiply %241, %243 : tensor<2x2048x32x64xf32>
    %245 = stablehlo.broadcast_in_dim %237, dims = [0, 1, 2, 3] : (tensor<2x2048x1x64xf32>) -> tensor<2x2048x32x64xf32>
    %246 = stablehlo.multiply %242, %245 : tensor<2x2048x32x64xf32>
    %247 = stablehlo.subtract %244, %246 : tensor<2x2048x32x64xf32>
    %248 = stablehlo.broadcast_in_dim %239, dims = [0, 1, 2, 3] : (tensor<2x2048x1x64xf32>) -> tensor<2x2048x32x64xf32>
    %249 = stablehlo.multiply %242, %248 : tensor<2x2048x32x64xf32>
    %250 = stablehlo.broadcast_in_dim %237, dims = [0, 1, 2, 3] : (tensor<2x2048x1x64xf32>) -> tensor<2x2048x32x64xf32>
    %251 = stablehlo.multiply %241, %250 : tensor<2x2048x32x64xf32>
    %252 = stablehlo.add %249, %251 : tensor<2x2048x32x64xf32>
    %253 = stablehlo.concatenate %247, %252, dim = 3 : (tensor<2x2048x32x64xf32>, tensor<2x2048x32x64xf32>) -> tensor<2x2048x32x128xf32>
    %254 = stablehlo.convert %253 : (tensor<2x2048x32x128xf32>) -> tensor<2x2048x32x128xbf16>
    %255 = stablehlo.convert %arg13 : (tensor<2x2048xi32>) -> tensor<2x2048xf32>
    %256 = stablehlo.broadcast_in_dim %255, dims = [0, 1] : (tensor<2x2048xf32>) -> tensor<2x2048x1xf32>
    %257 = stablehlo.broadcast_in_dim %229, dims = [2] : (tensor<64xf32>) -> tensor<1x1x64xf32>
    %258 = stablehlo.broadcast_in_dim %256, dims = [0, 1, 2] : (tensor<2x2048x1xf32>) -> tensor<2x2048x64xf32>
    %259 = stablehlo.broadcast_in_dim %257, dims = [0, 1, 2] : (tensor<1x1x64xf32>) -> tensor<2x2048x64xf32>
    %260 = stablehlo.multiply %258, %259 : tensor<2x2048x64xf32>
    %261 = stablehlo.sine %260 : tensor<2x2048x64xf32>
    %262 = stablehlo.broadcast_in_dim %261, dims = [0, 1, 3] : (tensor<2x2048x64xf32>) -> tensor<2x2048x1x64xf32>
    %263 = stablehlo.cosine %260 : tensor<2x2048x64xf32>
    %264 = stablehlo.broadcast_in_dim %263, dims = [0, 1, 3] : (tensor<2x2048x64xf32>) -> tensor<2x2048x1x64xf32>
    %265 = stablehlo.convert %202 : (tensor<2x2048x16x128xbf16>) -> tensor<2x2048x16x128xf32>
    %266 = stablehlo.slice %265 [0:2, 0:2048, 0:16, 0:64] : (tensor<2x2048x16x128xf32>) -> tensor<2x2048x16x64xf32>
    %267 = stablehlo.slice %265 [0:2, 0:2048, 0:16, 64:128] : (tensor<2x2048x16x128xf32>) -> tensor<2x2048x16x64xf32>
    %268 = stablehlo.broadcast_in_dim %264, dims = [0, 1, 2, 3] : (tensor<2x2048x1x64xf32>) -> tensor<2x2048x16x64xf32>
    %269 = stablehlo.multiply %266, %268 : tensor<2x2048x16x64xf32>
    %270 = stablehlo.broadcast_in_dim %262, dims = [0, 1, 2, 3] : (tensor<2x2048x1x64xf32>) -> tensor<2x2048x16x64xf32>
    %271 = stablehlo.multiply %267, %270 : tensor<2x2048x16x64xf32>
    %272 = stablehlo.subtract %269, %271 : tensor<2x2048x16x64xf32>
    %273 = stablehlo.broadcast_in_dim %264, dims = [0, 1, 2, 3] : (tensor<2x2048x1x64xf32>) -> tensor<2x2048x16x64xf32>
    %274 = stablehlo.multiply %267, %273 : tensor<2x2048x16x64xf32>
    %275 = stablehlo.broadcast_in_dim %262, dims = [0, 1, 2, 3] : (tensor<2x2048x1x64xf32>) -> tensor<2x2048x16x64xf32>
    %276 = stablehlo.multiply %266, %275 : tensor<2x2048x16x64xf32>
    %277 = stablehlo.add %274, %276 : tensor<2x2048x16x64xf32>
    %278 = stablehlo.concatenate %272, %277, dim = 3 : (tensor<2x2048x16x64xf32>, tensor<2x2048x16x64xf32>) -> tensor<2x2048x16x128xf32>
    %279 = stablehlo.convert %278 : (tensor<2x2048x16x128xf32>) -> tensor<2x2048x16x128xbf16>
    %280 = stablehlo.convert %arg31 : (tensor<i1>) -> tensor<i32>
    %281:9 = "stablehlo.case"(%280) ({
      %661 = stablehlo.iota dim = 0 : tensor<2048xi32>
      %662 = stablehlo.broadcast_in_dim %661, dims = [1] : (tensor<2048xi32>) -> tensor<2x2048xi32>
      %663 = stablehlo.broadcast_in_dim %662, dims = [0, 1] : (tensor<2x2048xi32>) -> tensor<2x2048x1xi32>
      %664 = stablehlo.broadcast_in_dim %662, dims = [0, 2] : (tensor<2x2048xi32>) -> tensor<2x1x2048xi32>
      %665 = stablehlo.broadcast_in_dim %664, dims = [0, 1, 2] : (tensor<2x1x2048xi32>) -> tensor<2x2048x2048xi32>
      %666 = stablehlo.broadcast_in_dim %663, dims = [0, 1, 2] : (tensor<2x2048x1xi32>) -> tensor<2x2048x2048xi32>
      %667 = stablehlo.compare LE, %665, %666, SIGNED : (tensor<2x2048x2048xi32>, tensor<2x2048x2048xi32>) -> tensor<2x2048x2048xi1>
      %c_251 = stablehlo.constant dense<0> : tensor<i32>
      %668 = stablehlo.broadcast_in_dim %c_251, dims = [] : (tensor<i32>) -> tensor<2x1x2048xi32>
      %669 = stablehlo.compare GE, %664, %668, SIGNED : (tensor<2x1x2048xi32>, tensor<2x1x2048xi32>) -> tensor<2x1x2048xi1>
      %670 = stablehlo.broadcast_in_dim %669, dims = [0, 1, 2] : (tensor<2x1x2048xi1>) -> tensor<2x2048x2048xi1>
      %671 = stablehlo.and %667, %670 : tensor<2x2048x2048xi1>
      %672 = stablehlo.broadcast_in_dim %663, dims = [0, 1, 2] : (tensor<2x2048x1xi32>) -> tensor<2x2048x2048xi32>
      %673 = stablehlo.broadcast_in_dim %664, dims = [0, 1, 2] : (tensor<2x1x2048xi32>) -> tensor<2x2048x2048xi32>
      %674 = stablehlo.subtract %672, %673 : tensor<2x2048x2048xi32>
      %c_252 = stablehlo.constant dense<1024> : tensor<i32>
      %675 = stablehlo.broadcast_in_dim %c_252, dims = [] : (tensor<i32>) -> tensor<2x2048x2048xi32>
      %676 = stablehlo.compare LT, %674, %675, SIGNED : (tensor<2x2048x2048xi32>, tensor<2x2048x2048xi32>) -> tensor<2x2048x2048xi1>
      %677 = stablehlo.and %671, %676 : tensor<2x2048x2048xi1>
      %678 = stablehlo.broadcast_in_dim %arg14, dims = [0, 1] : (tensor<2x2048xi32>) -> tensor<2x2048x1xi32>
      %679 = stablehlo.broadcast_in_dim %arg14, dims = [0, 2] : (tensor<2x2048xi32>) -> tensor<2x1x2048xi32>
      %680 = stablehlo.broadcast_in_dim %678, dims = [0, 1, 2] : (tensor<2x2048x1xi32>) -> tensor<2x2048x2048xi32>
      %681 = stablehlo.broadcast_in_dim %679, dims = [0, 1, 2] : (tensor<2x1x2048xi32>) -> tensor<2x2048x2048xi32>
      %682 = stablehlo.compare EQ, %680, %681, SIGNED : (tensor<2x2048x2048xi32>, tensor<2x2048x2048xi32>) -> tensor<2x2048x2048xi1>
      %683 = stablehlo.and %677, %682 : tensor<2x2048x2048xi1>
      %684 = stablehlo.reshape %254 : (tensor<2x2048x32x128xbf16>) -> tensor<2x2048x16x2x128xbf16>
      %685 = stablehlo.dot_general %279, %684, batching_dims = [0, 2] x [0, 2], contracting_dims = [3] x [4], precision = [DEFAULT, DEFAULT] : (tensor<2x2048x16x128xbf16>, tensor<2x2048x16x2x128xbf16>) -> tensor<2x16x2048x2048x2xf32>
      %686 = stablehlo.transpose %685, dims = [0, 1, 4, 3, 2] : (tensor<2x16x2048x2048x2xf32>) -> tensor<2x16x2x2048x2048xf32>
      %cst_253 = stablehlo.constant dense<0.0771516785> : tensor<f32>
      %687 = stablehlo.broadcast_in_dim %cst_253, dims = [] : (tensor<f32>) -> tensor<2x16x2x2048x2048xf32>
      %688 = stablehlo.multiply %686, %687 : tensor<2x16x2x2048x2048xf32>
      %689 = stablehlo.broadcast_in_dim %683, dims = [0, 3, 4] : (tensor<2x2048x2048xi1>) -> tensor<2x1x1x2048x2048xi1>
      %cst_254 = stablehlo.constant dense<-2.38197633E+38> : tensor<f32>
      %690:2 = func.call @_where_27(%689, %688, %cst_254) : (tensor<2x1x1x2048x2048xi1>, tensor<2x16x2x2048x2048xf32>, tensor<f32>) -> (tensor<2x16x2x2048x2048xf32>, tensor<2x16x2x2048x2048xi1>)
      %cst_255 = stablehlo.constant dense<0xFF800000> : tensor<f32>
      %691 = stablehlo.reduce(%690#0 init: %cst_255) applies stablehlo.maximum across dimensions = [4] : (tensor<2x16x2x2048x2048xf32>, tensor<f32>) -> tensor<2x16x2x2048xf32>
      %cst_256 = stablehlo.constant dense<0xFF800000> : tensor<f32>
      %692 = stablehlo.broadcast_in_dim %cst_256, dims = [] : (tensor<f32>) -> tensor<2x16x2x2048xf32>
      %693 = stablehlo.maximum %692, %691 : tensor<2x16x2x2048xf32>
      %694 = stablehlo.broadcast_in_dim %693, dims = [0, 1, 2, 3] : (tensor<2x16x2x2048xf32>) -> tensor<2x16x2x2048x1xf32>
      %695 = stablehlo.broadcast_in_dim %694, dims = [0, 1, 2, 3, 4] : (tensor<2x16x2x2048x1xf32>) -> tensor<2x16x2x2048x2048xf32>
      %696 = stablehlo.subtract %690#0, %695 : tensor<2x16x2x2048x2048xf32>
      %697 = stablehlo.exponential %696 : tensor<2x16x2x2048x2048xf32>
      %cst_257 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
      %698 = stablehlo.reduce(%697 init: %cst_257) applies stablehlo.add across dimensions = [4] : (tensor<2x16x2x2048x2048xf32>, tensor<f32>) -> tensor<2x16x2x2048xf32>
      %699 = stablehlo.broadcast_in_dim %698, dims = [0, 1, 2, 3] : (tensor<2x16x2x2048xf32>) -> tensor<2x16x2x2048x1xf32>
      %700 = stablehlo.broadcast_in_dim %699, dims = [0, 1, 2, 3, 4] : (tensor<2x16x2x2048x1xf32>) -> tensor<2x16x2x2048x2048xf32>
      %701 = stablehlo.divide %697, %700 : tensor<2x16x2x2048x2048xf32>
      %702 = stablehlo.multiply %699, %699 : tensor<2x16x2x2048x1xf32>
      %cst_258 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
      %703 = stablehlo.broadcast_in_dim %cst_258, dims = [] : (tensor<f32>) -> tensor<2x16x2x2048x1xf32>
      %704 = stablehlo.divide %703, %702 : tensor<2x16x2x2048x1xf32>
      %705 = stablehlo.convert %701 : (tensor<2x16x2x2048x2048xf32>) -> tensor<2x16x2x2048x2048xbf16>
      %706 = stablehlo.dot_general %160, %705, batching_dims = [0, 2] x [0, 1], contracting_dims = [1] x [4], precision = [DEFAULT, DEFAULT] : (tensor<2x2048x16x128xbf16>, tensor<2x16x2x2048x2048xbf16>) -> tensor<2x16x128x2x2048xbf16>
      %707 = stablehlo.transpose %706, dims = [0, 4, 1, 3, 2] : (tensor<2x16x128x2x2048xbf16>) -> tensor<2x2048x16x2x128xbf16>
      %708 = stablehlo.reshape %707 : (tensor<2x2048x16x2x128xbf16>) -> tensor<2x2048x32x128xbf16>
      stablehlo.return %708, %684, %279, %690#1, %697, %699, %704, %705, %160 : tensor<2x2048x32x128xbf16>, tensor<2x2048x16x2x128xbf16>, tensor<2x2048x16x128xbf16>, tensor<2x16x2x2048x2048xi1>, tensor<2x16x2x2048x2048xf32>, tensor<2x16x2x2048x1xf32>, tensor<2x16x2x2048x1xf32>, tensor<2x16x2x2048x2048xbf16>, tensor<2x2048x16x128xbf16>
    }, {
      %661 = stablehlo.iota dim = 0 : tensor<2048xi32>
      %662 = stablehlo.broadcast_in_dim %661, dims = [1] : (tensor<2048xi32>) -> tensor<2x2048xi32>
      %663 = stablehlo.broadcast_in_dim %662, dims = [0, 1] : (tensor<2x2048xi32>) -> tensor<2x2048x1xi32>
      %664 = stablehlo.broadcast_in_dim %662, dims = [0, 2] : (tensor<2x2048xi32>) -> tensor<2x1x2048xi32>
      %665 = stablehlo.broadcast_in_dim %664, dims = [0, 1, 2] : (tensor<2x1x2048xi32>) -> tensor<2x2048x2048xi32>
      %666 = stablehlo.broadcast_in_dim %663, dims = [0, 1, 2] : (tensor<2x2048x1xi32>) -> tensor<2x2048x2048xi32>
      %667 = stablehlo.compare LE, %665, %666, SIGNED : (tensor<2x2048x2048xi32>, tensor<2x2048x2048xi32>) -> tensor<2x2048x2048xi1>
      %c_251 = stablehlo.constant dense<0> : tensor<i32>
      %668 = stablehlo.broadcast_in_dim %c_251, dims = [] : (tensor<i32>) -> tensor<2x1x2048xi32>
      %669 = stablehlo.compare GE, %664, %668, SIGNED : (tensor<2x1x2048xi32>, tensor<2x1x2048xi32>) -> tensor<2x1x2048xi1>
      %670 = stablehlo.broadcast_in_dim %669, dims = [0, 1, 2] : (tensor<2x1x2048xi1>) -> tensor<2x2048x2048xi1>
      %671 = stablehlo.and %667, %670 : tensor<2x2048x2048xi1>
      %672 = stablehlo.broadcast_in_dim %arg14, dims = [0, 1] : (tensor<2x2048xi32>) -> tensor<2x2048x1xi32>
      %673 = stablehlo.broadcast_in_dim %arg14, dims = [0, 2] : (tensor<2x2048xi32>) -> tensor<2x1x2048xi32>
      %674 = stablehlo.broadcast_in_dim %672, dims = [0, 1, 2] : (tensor<2x2048x1xi32>) -> tensor<2x2048x2048xi32>
      %675 = stablehlo.broadcast_in_dim %673, dims = [0, 1, 2] : (tensor<2x1x2048xi32>) -> tensor<2x2048x2048xi32>
      %676 = stablehlo.compare EQ, %674, %675, SIGNED : (tensor<2x2048x2048xi32>, tensor<2x2048x2048xi32>) -> tensor<2x2048x2048xi1>
      %677 = stablehlo.and %671, %676 : tensor<2x2048x2048xi1>
      %678 = stablehlo.reshape %254 : (tensor<2x2048x32x128xbf16>) -> tensor<2x2048x16x2x128xbf16>
      %679 = stablehlo.dot_general %279, %678, batching_dims = [0, 2] x [0, 2], contracting_dims = [3] x [4], precision = [DEFAULT, DEFAULT] : (tensor<2x2048x16x128xbf16>, tensor<2x2048x16x2x128xbf16>) -> tensor<2x16x2048x2048x2xf32>
      %680 = stablehlo.transpose %679, dims = [0, 1, 4, 3, 2] : (tensor<2x16x2048x2048x2xf32>) -> tensor<2x16x2x2048x2048xf32>
      %cst_252 = stablehlo.constant dense<0.0771516785> : tensor<f32>
      %681 = stablehlo.broadcast_in_dim %cst_252, dims = [] : (tensor<f32>) -> tensor<2x16x2x2048x2048xf32>
      %682 = stablehlo.multiply %680, %681 : tensor<2x16x2x2048x2048xf32>
      %683 = stablehlo.broadcast_in_dim %677, dims = [0, 3, 4] : (tensor<2x2048x2048xi1>) -> tensor<2x1x1x2048x2048xi1>
      %cst_253 = stablehlo.constant dense<-2.38197633E+38> : tensor<f32>
      %684:2 = func.call @_where_27(%683, %682, %cst_253) : (tensor<2x1x1x2048x2048xi1>, tensor<2x16x2x2048x2048xf32>, tensor<f32>) -> (tensor<2x16x2x2048x2048xf32>, tensor<2x16x2x2048x2048xi1>)
      %cst_254 = stablehlo.constant dense<0xFF800000> : tensor<f32>
      %685 = stablehlo.reduce(%684#0 init: %cst_254) applies stablehlo.maximum across dimensions = [4] : (tensor<2x16x2x2048x2048xf32>, tensor<f32>) -> tensor<2x16x2x2048xf32>
      %cst_255 = stablehlo.constant dense<0xFF800000> : tensor<f32>
      %686 = stablehlo.broadcast_in_dim %cst_255, dims = [] : (tensor<f32>) -> tensor<2x16x2x2048xf32>
      %687 = stablehlo.maximum %686, %685 : tensor<2x16x2x2048xf32>
      %688 = stablehlo.broadcast_in_dim %687, dims = [0, 1, 2, 3] : (tensor<2x16x2x2048xf32>) -> tensor<2x16x2x2048x1xf32>
      %689 = stablehlo.broadcast_in_dim %688, dims = [0, 1, 2, 3, 4] : (tensor<2x16x2x2048x1xf32>) -> tensor<2x16x2x2048x2048xf32>
      %690 = stablehlo.subtract %684#0, %689 : tensor<2x16x2x2048x2048xf32>
      %691 = stablehlo.exponential %690 : tensor<2x16x2x2048x2048xf32>
      %cst_256 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
      %692 = stablehlo.reduce(%691 init: %cst_256) applies stablehlo.add across dimensions = [4] : (tensor<2x16x2x2048x2048xf32>, tensor<f32>) -> tensor<2x16x2x2048xf32>
      %693 = stablehlo.broadcast_in_dim %692, dims = [0, 1, 2, 3] : (tensor<2x16x2x2048xf32>) -> tensor<2x16x2x2048x1xf32>
      %694 = stablehlo.broadcast_in_dim %693, dims = [0, 1, 2, 3, 4] : (tensor<2x16x2x2048x1xf32>) -> tensor<2x16x2x2048x2048xf32>
      %695 = stablehlo.divide %691, %694 : tensor<2x16x2x2048x2048xf32>
      %696 = stablehlo.multiply %693, %693 : tensor<2x16x2x2048x1xf32>
      %cst_257 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
      %697 = stablehlo.broadcast_in_dim %cst_257, dims = [] : (tensor<f32>) -> tensor<2x16x2x2048x1xf32>
      %698 = stablehlo.divide %697, %696 : tensor<2x16x2x2048x1xf32>
      %699 = stablehlo.convert %695 : (tensor<2x16x2x2048x2048xf32>) -> tensor<2x16x2x2048x2048xbf16>
      %700 = stablehlo.dot_general %160, %699, batching_dims = [0, 2] x [0, 1], contracting_dims = [1] x [4], precision = [DEFAULT, DEFAULT] : (tensor<2x2048x16x128xbf16>, tensor<2x16x2x2048x2048xbf16>) -> tensor<2x16x128x2x2048xbf16>
      %701 = stablehlo.transpose %700, dims = [0, 4, 1, 3, 2] : (tensor<2x16x128x2x2048xbf16>) -> tensor<2x2048x16x2x128xbf16>
      %702 = stablehlo.reshape %701 : (tensor<2x2048x16x2x128xbf16>) -> tensor<2x2048x32x128xbf16>
      stablehlo.return %702, %678, %279, %684#1, %691, %693, %698, %699, %160 : tensor<2x2048x32x128xbf16>, tensor<2x2048x16x2x128xbf16>, tensor<2x2048x16x128xbf16>, tensor<2x16x2x2048x2048xi1>, tensor<2x16x2x2048x2048xf32>, tensor<2x16x2x2048x1xf32>, tensor<2x16x2x2048x1xf32>, tensor<2x16x2x2048x2048xbf16>, tensor<2x2048x16x128xbf16>
    }) : (tensor<i32>) -> (tensor<2x2048x32x128xbf16>, tensor<2x2048x16x2x128xbf16>, tensor<2x2048x16x128xbf16>, tensor<2x16x2x2048x2048xi1>, tensor<2x16x2x2048x2048xf32>, tensor<2x16x2x2048x1xf32>, tensor<2x16x2x2048x1xf32>, tensor<2x16x2x2048x2048xbf16>, tensor<2x2048x16x128xbf16>)
    %282 = stablehlo.reshape %281#0 : (tensor<2x2048x32x128xbf16>) -> tensor<2x2048x4096xbf16>
    %283 = stablehlo.reshape %63 : (tensor<32x128x5376xbf16>) -> tensor<4096x5376xbf16>
    %284 = stablehlo.dot_general %282, %283, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<2x2048x4096xbf16>, tensor<4096x5376xbf16>) -> tensor<2x2048x5376xbf16>
    %285 = stablehlo.convert %284 : (tensor<2x2048x5376xbf16>) -> tensor<2x2048x5376xf32>
    %286 = stablehlo.multiply %285, %285 : tensor<2x2048x5376xf32>
    %cst_171 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %287 = stablehlo.reduce(%286 init: %cst_171) applies stablehlo.add across dimensions = [2] : (tensor<2x2048x5376xf32>, tensor<f32>) -> tensor<2x2048xf32>
    %288 = stablehlo.broadcast_in_dim %287, dims = [0, 1] : (tensor<2x2048xf32>) -> tensor<2x2048x1xf32>
    %cst_172 = stablehlo.constant dense<5.376000e+03> : tensor<f32>
    %289 = stablehlo.broadcast_in_dim %cst_172, dims = [] : (tensor<f32>) -> tensor<2x2048x1xf32>
    %290 = stablehlo.divide %288, %289 : tensor<2x2048x1xf32>
    %cst_173 = stablehlo.constant dense<9.99999997E-7> : tensor<f32>
    %291 = stablehlo.broadcast_in_dim %cst_173, dims = [] : (tensor<f32>) -> tensor<2x2048x1xf32>
    %292 = stablehlo.add %290, %291 : tensor<2x2048x1xf32>
    %293 = stablehlo.rsqrt %292 : tensor<2x2048x1xf32>
    %294 = stablehlo.divide %293, %292 : tensor<2x2048x1xf32>
    %cst_174 = stablehlo.constant dense<-5.000000e-01> : tensor<f32>
    %295 = stablehlo.broadcast_in_dim %cst_174, dims = [] : (tensor<f32>) -> tensor<2x2048x1xf32>
    %296 = stablehlo.multiply %295, %294 : tensor<2x2048x1xf32>
    %297 = stablehlo.broadcast_in_dim %293, dims = [0, 1, 2] : (tensor<2x2048x1xf32>) -> tensor<2x2048x5376xf32>
    %298 = stablehlo.multiply %285, %297 : tensor<2x2048x5376xf32>
    %299 = stablehlo.convert %87 : (tensor<5376xbf16>) -> tensor<5376xf32>
    %cst_175 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %300 = stablehlo.broadcast_in_dim %cst_175, dims = [] : (tensor<f32>) -> tensor<5376xf32>
    %301 = stablehlo.add %300, %299 : tensor<5376xf32>
    %302 = stablehlo.broadcast_in_dim %301, dims = [2] : (tensor<5376xf32>) -> tensor<1x1x5376xf32>
    %303 = stablehlo.broadcast_in_dim %302, dims = [0, 1, 2] : (tensor<1x1x5376xf32>) -> tensor<2x2048x5376xf32>
    %304 = stablehlo.multiply %298, %303 : tensor<2x2048x5376xf32>
    %305 = stablehlo.convert %304 : (tensor<2x2048x5376xf32>) -> tensor<2x2048x5376xbf16>
    %306 = stablehlo.add %arg30, %305 : tensor<2x2048x5376xbf16>
    %307 = stablehlo.convert %306 : (tensor<2x2048x5376xbf16>) -> tensor<2x2048x5376xf32>
    %308 = stablehlo.multiply %307, %307 : tensor<2x2048x5376xf32>
    %cst_176 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %309 = stablehlo.reduce(%308 init: %cst_176) applies stablehlo.add across dimensions = [2] : (tensor<2x2048x5376xf32>, tensor<f32>) -> tensor<2x2048xf32>
    %310 = stablehlo.broadcast_in_dim %309, dims = [0, 1] : (tensor<2x2048xf32>) -> tensor<2x2048x1xf32>
    %cst_177 = stablehlo.constant dense<5.376000e+03> : tensor<f32>
    %311 = stablehlo.broadcast_in_dim %cst_177, dims = [] : (tensor<f32>) -> tensor<2x2048x1xf32>
    %312 = stablehlo.divide %310, %311 : tensor<2x2048x1xf32>
    %cst_178 = stablehlo.constant dense<9.99999997E-7> : tensor<f32>
    %313 = stablehlo.broadcast_in_dim %cst_178, dims = [] : (tensor<f32>) -> tensor<2x2048x1xf32>
    %314 = stablehlo.add %312, %313 : tensor<2x2048x1xf32>
    %315 = stablehlo.rsqrt %314 : tensor<2x2048x1xf32>
    %316 = stablehlo.divide %315, %314 : tensor<2x2048x1xf32>
    %cst_179 = stablehlo.constant dense<-5.000000e-01> : tensor<f32>
    %317 = stablehlo.broadcast_in_dim %cst_179, dims = [] : (tensor<f32>) -> tensor<2x2048x1xf32>
    %318 = stablehlo.multiply %317, %316 : tensor<2x2048x1xf32>
    %319 = stablehlo.broadcast_in_dim %315, dims = [0, 1, 2] : (tensor<2x2048x1xf32>) -> tensor<2x2048x5376xf32>
    %320 = stablehlo.multiply %307, %319 : tensor<2x2048x5376xf32>
    %321 = stablehlo.convert %95 : (tensor<5376xbf16>) -> tensor<5376xf32>
    %cst_180 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %322 = stablehlo.broadcast_in_dim %cst_180, dims = [] : (tensor<f32>) -> tensor<5376xf32>
    %323 = stablehlo.add %322, %321 : tensor<5376xf32>
    %324 = stablehlo.broadcast_in_dim %323, dims = [2] : (tensor<5376xf32>) -> tensor<1x1x5376xf32>
    %325 = stablehlo.broadcast_in_dim %324, dims = [0, 1, 2] : (tensor<1x1x5376xf32>) -> tensor<2x2048x5376xf32>
    %326 = stablehlo.multiply %320, %325 : tensor<2x2048x5376xf32>
    %327 = stablehlo.convert %326 : (tensor<2x2048x5376xf32>) -> tensor<2x2048x5376xbf16>
    %328 = stablehlo.dot_general %327, %106, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<2x2048x5376xbf16>, tensor<5376x21504xbf16>) -> tensor<2x2048x21504xbf16>
    %329 = stablehlo.multiply %328, %328 : tensor<2x2048x21504xbf16>
    %330 = stablehlo.multiply %329, %328 : tensor<2x2048x21504xbf16>
    %331 = stablehlo.multiply %328, %328 : tensor<2x2048x21504xbf16>
    %cst_181 = stablehlo.constant dense<3.000000e+00> : tensor<bf16>
    %332 = stablehlo.broadcast_in_dim %cst_181, dims = [] : (tensor<bf16>) -> tensor<2x2048x21504xbf16>
    %333 = stablehlo.multiply %332, %331 : tensor<2x2048x21504xbf16>
    %cst_182 = stablehlo.constant dense<4.467770e-02> : tensor<bf16>
    %334 = stablehlo.broadcast_in_dim %cst_182, dims = [] : (tensor<bf16>) -> tensor<2x2048x21504xbf16>
    %335 = stablehlo.multiply %334, %330 : tensor<2x2048x21504xbf16>
    %336 = stablehlo.add %328, %335 : tensor<2x2048x21504xbf16>
    %cst_183 = stablehlo.constant dense<7.968750e-01> : tensor<bf16>
    %337 = stablehlo.broadcast_in_dim %cst_183, dims = [] : (tensor<bf16>) -> tensor<2x2048x21504xbf16>
    %338 = stablehlo.multiply %337, %336 : tensor<2x2048x21504xbf16>
    %339 = stablehlo.tanh %338 : tensor<2x2048x21504xbf16>
    %cst_184 = stablehlo.constant dense<1.000000e+00> : tensor<bf16>
    %340 = stablehlo.broadcast_in_dim %cst_184, dims = [] : (tensor<bf16>) -> tensor<2x2048x21504xbf16>
    %341 = stablehlo.subtract %340, %339 : tensor<2x2048x21504xbf16>
    %cst_185 = stablehlo.constant dense<1.000000e+00> : tensor<bf16>
    %342 = stablehlo.broadcast_in_dim %cst_185, dims = [] : (tensor<bf16>) -> tensor<2x2048x21504xbf16>
    %343 = stablehlo.add %342, %339 : tensor<2x2048x21504xbf16>
    %cst_186 = stablehlo.constant dense<5.000000e-01> : tensor<bf16>
    %344 = stablehlo.broadcast_in_dim %cst_186, dims = [] : (tensor<bf16>) -> tensor<2x2048x21504xbf16>
    %345 = stablehlo.multiply %344, %343 : tensor<2x2048x21504xbf16>
    %346 = stablehlo.multiply %328, %345 : tensor<2x2048x21504xbf16>
    %347 = stablehlo.dot_general %327, %117, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<2x2048x5376xbf16>, tensor<5376x21504xbf16>) -> tensor<2x2048x21504xbf16>
    %348 = stablehlo.multiply %346, %347 : tensor<2x2048x21504xbf16>
    %349 = stablehlo.dot_general %348, %128, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<2x2048x21504xbf16>, tensor<21504x5376xbf16>) -> tensor<2x2048x5376xbf16>
    %350 = stablehlo.convert %349 : (tensor<2x2048x5376xbf16>) -> tensor<2x2048x5376xf32>
    %351 = stablehlo.multiply %350, %350 : tensor<2x2048x5376xf32>
    %cst_187 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %352 = stablehlo.reduce(%351 init: %cst_187) applies stablehlo.add across dimensions = [2] : (tensor<2x2048x5376xf32>, tensor<f32>) -> tensor<2x2048xf32>
    %353 = stablehlo.broadcast_in_dim %352, dims = [0, 1] : (tensor<2x2048xf32>) -> tensor<2x2048x1xf32>
    %cst_188 = stablehlo.constant dense<5.376000e+03> : tensor<f32>
    %354 = stablehlo.broadcast_in_dim %cst_188, dims = [] : (tensor<f32>) -> tensor<2x2048x1xf32>
    %355 = stablehlo.divide %353, %354 : tensor<2x2048x1xf32>
    %cst_189 = stablehlo.constant dense<9.99999997E-7> : tensor<f32>
    %356 = stablehlo.broadcast_in_dim %cst_189, dims = [] : (tensor<f32>) -> tensor<2x2048x1xf32>
    %357 = stablehlo.add %355, %356 : tensor<2x2048x1xf32>
    %358 = stablehlo.rsqrt %357 : tensor<2x2048x1xf32>
    %359 = stablehlo.divide %358, %357 : tensor<2x2048x1xf32>
    %cst_190 = stablehlo.constant dense<-5.000000e-01> : tensor<f32>
    %360 = stablehlo.broadcast_in_dim %cst_190, dims = [] : (tensor<f32>) -> tensor<2x2048x1xf32>
    %361 = stablehlo.multiply %360, %359 : tensor<2x2048x1xf32>
    %362 = stablehlo.broadcast_in_dim %358, dims = [0, 1, 2] : (tensor<2x2048x1xf32>) -> tensor<2x2048x5376xf32>
    %363 = stablehlo.multiply %350, %362 : tensor<2x2048x5376xf32>
    %364 = stablehlo.convert %136 : (tensor<5376xbf16>) -> tensor<5376xf32>
    %cst_191 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %365 = stablehlo.broadcast_in_dim %cst_191, dims = [] : (tensor<f32>) -> tensor<5376xf32>
    %366 = stablehlo.add %365, %364 : tensor<5376xf32>
    %367 = stablehlo.broadcast_in_dim %366, dims = [2] : (tensor<5376xf32>) -> tensor<1x1x5376xf32>
    %368 = stablehlo.convert %arg15 : (tensor<2x2048x5376xbf16>) -> tensor<2x2048x5376xf32>
    %369 = stablehlo.multiply %363, %368 : tensor<2x2048x5376xf32>
    %cst_192 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %370 = stablehlo.reduce(%369 init: %cst_192) applies stablehlo.add across dimensions = [0, 1] : (tensor<2x2048x5376xf32>, tensor<f32>) -> tensor<5376xf32>
    %371 = stablehlo.reshape %370 : (tensor<5376xf32>) -> tensor<1x1x5376xf32>
    %372 = stablehlo.broadcast_in_dim %367, dims = [0, 1, 2] : (tensor<1x1x5376xf32>) -> tensor<2x2048x5376xf32>
    %373 = stablehlo.multiply %368, %372 : tensor<2x2048x5376xf32>
    %cst_193 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %374 = stablehlo.reduce(%371 init: %cst_193) applies stablehlo.add across dimensions = [0, 1] : (tensor<1x1x5376xf32>, tensor<f32>) -> tensor<5376xf32>
    %375 = stablehlo.convert %374 : (tensor<5376xf32>) -> tensor<5376xbf16>
    %376 = stablehlo.multiply %350, %373 : tensor<2x2048x5376xf32>
    %cst_194 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %377 = stablehlo.reduce(%376 init: %cst_194) applies stablehlo.add across dimensions = [2] : (tensor<2x2048x5376xf32>, tensor<f32>) -> tensor<2x2048xf32>
    %378 = stablehlo.reshape %377 : (tensor<2x2048xf32>) -> tensor<2x2048x1xf32>
    %379 = stablehlo.broadcast_in_dim %358, dims = [0, 1, 2] : (tensor<2x2048x1xf32>) -> tensor<2x2048x5376xf32>
    %380 = stablehlo.multiply %373, %379 : tensor<2x2048x5376xf32>
    %381 = stablehlo.multiply %378, %361 : tensor<2x2048x1xf32>
    %cst_195 = stablehlo.constant dense<5.376000e+03> : tensor<f32>
    %382 = stablehlo.broadcast_in_dim %cst_195, dims = [] : (tensor<f32>) -> tensor<2x2048x1xf32>
    %383 = stablehlo.divide %381, %382 : tensor<2x2048x1xf32>
    %cst_196 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %384 = stablehlo.reduce(%383 init: %cst_196) applies stablehlo.add across dimensions = [2] : (tensor<2x2048x1xf32>, tensor<f32>) -> tensor<2x2048xf32>
    %385 = stablehlo.broadcast_in_dim %384, dims = [0, 1] : (tensor<2x2048xf32>) -> tensor<2x2048x5376xf32>
    %386 = stablehlo.multiply %350, %385 : tensor<2x2048x5376xf32>
    %387 = stablehlo.add %380, %386 : tensor<2x2048x5376xf32>
    %388 = stablehlo.multiply %385, %350 : tensor<2x2048x5376xf32>
    %389 = stablehlo.add %387, %388 : tensor<2x2048x5376xf32>
    %390 = stablehlo.convert %389 : (tensor<2x2048x5376xf32>) -> tensor<2x2048x5376xbf16>
    %391 = stablehlo.dot_general %390, %348, contracting_dims = [0, 1] x [0, 1], precision = [DEFAULT, DEFAULT] : (tensor<2x2048x5376xbf16>, tensor<2x2048x21504xbf16>) -> tensor<5376x21504xbf16>
    %392 = stablehlo.transpose %391, dims = [1, 0] : (tensor<5376x21504xbf16>) -> tensor<21504x5376xbf16>
    %393 = stablehlo.dot_general %390, %128, contracting_dims = [2] x [1], precision = [DEFAULT, DEFAULT] : (tensor<2x2048x5376xbf16>, tensor<21504x5376xbf16>) -> tensor<2x2048x21504xbf16>
    %394 = stablehlo.multiply %346, %393 : tensor<2x2048x21504xbf16>
    %395 = stablehlo.multiply %393, %347 : tensor<2x2048x21504xbf16>
    %396 = stablehlo.dot_general %394, %327, contracting_dims = [0, 1] x [0, 1], precision = [DEFAULT, DEFAULT] : (tensor<2x2048x21504xbf16>, tensor<2x2048x5376xbf16>) -> tensor<21504x5376xbf16>
    %397 = stablehlo.transpose %396, dims = [1, 0] : (tensor<21504x5376xbf16>) -> tensor<5376x21504xbf16>
    %398 = stablehlo.dot_general %394, %117, contracting_dims = [2] x [1], precision = [DEFAULT, DEFAULT] : (tensor<2x2048x21504xbf16>, tensor<5376x21504xbf16>) -> tensor<2x2048x5376xbf16>
    %399 = stablehlo.multiply %328, %395 : tensor<2x2048x21504xbf16>
    %400 = stablehlo.multiply %395, %345 : tensor<2x2048x21504xbf16>
    %cst_197 = stablehlo.constant dense<5.000000e-01> : tensor<bf16>
    %401 = stablehlo.broadcast_in_dim %cst_197, dims = [] : (tensor<bf16>) -> tensor<2x2048x21504xbf16>
    %402 = stablehlo.multiply %401, %399 : tensor<2x2048x21504xbf16>
    %403 = stablehlo.multiply %402, %341 : tensor<2x2048x21504xbf16>
    %404 = stablehlo.multiply %403, %339 : tensor<2x2048x21504xbf16>
    %405 = stablehlo.add %403, %404 : tensor<2x2048x21504xbf16>
    %cst_198 = stablehlo.constant dense<7.968750e-01> : tensor<bf16>
    %406 = stablehlo.broadcast_in_dim %cst_198, dims = [] : (tensor<bf16>) -> tensor<2x2048x21504xbf16>
    %407 = stablehlo.multiply %406, %405 : tensor<2x2048x21504xbf16>
    %408 = stablehlo.add %400, %407 : tensor<2x2048x21504xbf16>
    %cst_199 = stablehlo.constant dense<4.467770e-02> : tensor<bf16>
    %409 = stablehlo.broadcast_in_dim %cst_199, dims = [] : (tensor<bf16>) -> tensor<2x2048x21504xbf16>
    %410 = stablehlo.multiply %409, %407 : tensor<2x2048x21504xbf16>
    %411 = stablehlo.multiply %410, %333 : tensor<2x2048x21504xbf16>
    %412 = stablehlo.add %408, %411 : tensor<2x2048x21504xbf16>
    %413 = stablehlo.dot_general %412, %327, contracting_dims = [0, 1] x [0, 1], precision = [DEFAULT, DEFAULT] : (tensor<2x2048x21504xbf16>, tensor<2x2048x5376xbf16>) -> tensor<21504x5376xbf16>
    %414 = stablehlo.transpose %413, dims = [1, 0] : (tensor<21504x5376xbf16>) -> tensor<5376x21504xbf16>
    %415 = stablehlo.dot_general %412, %106, contracting_dims = [2] x [1], precision = [DEFAULT, DEFAULT] : (tensor<2x2048x21504xbf16>, tensor<5376x21504xbf16>) -> tensor<2x2048x5376xbf16>
    %416 = stablehlo.add %398, %415 : tensor<2x2048x5376xbf16>
    %417 = stablehlo.convert %416 : (tensor<2x2048x5376xbf16>) -> tensor<2x2048x5376xf32>
    %418 = stablehlo.multiply %320, %417 : tensor<2x2048x5376xf32>
    %cst_200 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %419 = stablehlo.reduce(%418 init: %cst_200) applies stablehlo.add across dimensions = [0, 1] : (tensor<2x2048x5376xf32>, tensor<f32>) -> tensor<5376xf32>
    %420 = stablehlo.reshape %419 : (tensor<5376xf32>) -> tensor<1x1x5376xf32>
    %421 = stablehlo.broadcast_in_dim %324, dims = [0, 1, 2] : (tensor<1x1x5376xf32>) -> tensor<2x2048x5376xf32>
    %422 = stablehlo.multiply %417, %421 : tensor<2x2048x5376xf32>
    %cst_201 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %423 = stablehlo.reduce(%420 init: %cst_201) applies stablehlo.add across dimensions = [0, 1] : (tensor<1x1x5376xf32>, tensor<f32>) -> tensor<5376xf32>
    %424 = stablehlo.convert %423 : (tensor<5376xf32>) -> tensor<5376xbf16>
    %425 = stablehlo.multiply %307, %422 : tensor<2x2048x5376xf32>
    %cst_202 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %426 = stablehlo.reduce(%425 init: %cst_202) applies stablehlo.add across dimensions = [2] : (tensor<2x2048x5376xf32>, tensor<f32>) -> tensor<2x2048xf32>
    %427 = stablehlo.reshape %426 : (tensor<2x2048xf32>) -> tensor<2x2048x1xf32>
    %428 = stablehlo.broadcast_in_dim %315, dims = [0, 1, 2] : (tensor<2x2048x1xf32>) -> tensor<2x2048x5376xf32>
    %429 = stablehlo.multiply %422, %428 : tensor<2x2048x5376xf32>
    %430 = stablehlo.multiply %427, %318 : tensor<2x2048x1xf32>
    %cst_203 = stablehlo.constant dense<5.376000e+03> : tensor<f32>
    %431 = stablehlo.broadcast_in_dim %cst_203, dims = [] : (tensor<f32>) -> tensor<2x2048x1xf32>
    %432 = stablehlo.divide %430, %431 : tensor<2x2048x1xf32>
    %cst_204 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %433 = stablehlo.reduce(%432 init: %cst_204) applies stablehlo.add across dimensions = [2] : (tensor<2x2048x1xf32>, tensor<f32>) -> tensor<2x2048xf32>
    %434 = stablehlo.broadcast_in_dim %433, dims = [0, 1] : (tensor<2x2048xf32>) -> tensor<2x2048x5376xf32>
    %435 = stablehlo.multiply %307, %434 : tensor<2x2048x5376xf32>
    %436 = stablehlo.add %429, %435 : tensor<2x2048x5376xf32>
    %437 = stablehlo.multiply %434, %307 : tensor<2x2048x5376xf32>
    %438 = stablehlo.add %436, %437 : tensor<2x2048x5376xf32>
    %439 = stablehlo.convert %438 : (tensor<2x2048x5376xf32>) -> tensor<2x2048x5376xbf16>
    %440 = stablehlo.add %arg15, %439 : tensor<2x2048x5376xbf16>
    %441 = stablehlo.convert %440 : (tensor<2x2048x5376xbf16>) -> tensor<2x2048x5376xf32>
    %442 = stablehlo.multiply %298, %441 : tensor<2x2048x5376xf32>
    %cst_205 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %443 = stablehlo.reduce(%442 init: %cst_205) applies stablehlo.add across dimensions = [0, 1] : (tensor<2x2048x5376xf32>, tensor<f32>) -> tensor<5376xf32>
    %444 = stablehlo.reshape %443 : (tensor<5376xf32>) -> tensor<1x1x5376xf32>
    %445 = stablehlo.broadcast_in_dim %302, dims = [0, 1, 2] : (tensor<1x1x5376xf32>) -> tensor<2x2048x5376xf32>
    %446 = stablehlo.multiply %441, %445 : tensor<2x2048x5376xf32>
    %cst_206 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %447 = stablehlo.reduce(%444 init: %cst_206) applies stablehlo.add across dimensions = [0, 1] : (tensor<1x1x5376xf32>, tensor<f32>) -> tensor<5376xf32>
    %448 = stablehlo.convert %447 : (tensor<5376xf32>) -> tensor<5376xbf16>
    %449 = stablehlo.multiply %285, %446 : tensor<2x2048x5376xf32>
    %cst_207 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %450 = stablehlo.reduce(%449 init: %cst_207) applies stablehlo.add across dimensions = [2] : (tensor<2x2048x5376xf32>, tensor<f32>) -> tensor<2x2048xf32>
    %451 = stablehlo.reshape %450 : (tensor<2x2048xf32>) -> tensor<2x2048x1xf32>
    %452 = stablehlo.broadcast_in_dim %293, dims = [0, 1, 2] : (tensor<2x2048x1xf32>) -> tensor<2x2048x5376xf32>
    %453 = stablehlo.multiply %446, %452 : tensor<2x2048x5376xf32>
    %454 = stablehlo.multiply %451, %296 : tensor<2x2048x1xf32>
    %cst_208 = stablehlo.constant dense<5.376000e+03> : tensor<f32>
    %455 = stablehlo.broadcast_in_dim %cst_208, dims = [] : (tensor<f32>) -> tensor<2x2048x1xf32>
    %456 = stablehlo.divide %454, %455 : tensor<2x2048x1xf32>
    %cst_209 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %457 = stablehlo.reduce(%456 init: %cst_209) applies stablehlo.add across dimensions = [2] : (tensor<2x2048x1xf32>, tensor<f32>) -> tensor<2x2048xf32>
    %458 = stablehlo.broadcast_in_dim %457, dims = [0, 1] : (tensor<2x2048xf32>) -> tensor<2x2048x5376xf32>
    %459 = stablehlo.multiply %285, %458 : tensor<2x2048x5376xf32>
    %460 = stablehlo.add %453, %459 : tensor<2x2048x5376xf32>
    %461 = stablehlo.multiply %458, %285 : tensor<2x2048x5376xf32>
    %462 = stablehlo.add %460, %461 : tensor<2x2048x5376xf32>
    %463 = stablehlo.convert %462 : (tensor<2x2048x5376xf32>) -> tensor<2x2048x5376xbf16>
    %464 = stablehlo.dot_general %463, %282, contracting_dims = [0, 1] x [0, 1], precision = [DEFAULT, DEFAULT] : (tensor<2x2048x5376xbf16>, tensor<2x2048x4096xbf16>) -> tensor<5376x4096xbf16>
    %465 = stablehlo.transpose %464, dims = [1, 0] : (tensor<5376x4096xbf16>) -> tensor<4096x5376xbf16>
    %466 = stablehlo.dot_general %463, %283, contracting_dims = [2] x [1], precision = [DEFAULT, DEFAULT] : (tensor<2x2048x5376xbf16>, tensor<4096x5376xbf16>) -> tensor<2x2048x4096xbf16>
    %467 = stablehlo.reshape %465 : (tensor<4096x5376xbf16>) -> tensor<32x128x5376xbf16>
    %468 = stablehlo.reshape %466 : (tensor<2x2048x4096xbf16>) -> tensor<2x2048x32x128xbf16>
    %469:3 = "stablehlo.case"(%280) ({
      %661 = stablehlo.reshape %468 : (tensor<2x2048x32x128xbf16>) -> tensor<2x2048x16x2x128xbf16>
      %662 = stablehlo.transpose %661, dims = [0, 2, 4, 3, 1] : (tensor<2x2048x16x2x128xbf16>) -> tensor<2x16x128x2x2048xbf16>
      %663 = stablehlo.dot_general %662, %281#8, batching_dims = [0, 1] x [0, 2], contracting_dims = [2] x [3], precision = [DEFAULT, DEFAULT] : (tensor<2x16x128x2x2048xbf16>, tensor<2x2048x16x128xbf16>) -> tensor<2x16x2x2048x2048xbf16>
      %664 = stablehlo.dot_general %662, %281#7, batching_dims = [0, 1] x [0, 1], contracting_dims = [3, 4] x [2, 3], precision = [DEFAULT, DEFAULT] : (tensor<2x16x128x2x2048xbf16>, tensor<2x16x2x2048x2048xbf16>) -> tensor<2x16x128x2048xbf16>
      %665 = stablehlo.transpose %664, dims = [0, 3, 1, 2] : (tensor<2x16x128x2048xbf16>) -> tensor<2x2048x16x128xbf16>
      %666 = stablehlo.convert %663 : (tensor<2x16x2x2048x2048xbf16>) -> tensor<2x16x2x2048x2048xf32>
      %667 = stablehlo.broadcast_in_dim %281#6, dims = [0, 1, 2, 3, 4] : (tensor<2x16x2x2048x1xf32>) -> tensor<2x16x2x2048x2048xf32>
      %668 = stablehlo.multiply %666, %667 : tensor<2x16x2x2048x2048xf32>
      %669 = stablehlo.multiply %668, %281#4 : tensor<2x16x2x2048x2048xf32>
      %cst_251 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
      %670 = stablehlo.reduce(%669 init: %cst_251) applies stablehlo.add across dimensions = [4] : (tensor<2x16x2x2048x2048xf32>, tensor<f32>) -> tensor<2x16x2x2048xf32>
      %671 = stablehlo.reshape %670 : (tensor<2x16x2x2048xf32>) -> tensor<2x16x2x2048x1xf32>
      %672 = stablehlo.negate %671 : tensor<2x16x2x2048x1xf32>
      %673 = stablehlo.broadcast_in_dim %281#5, dims = [0, 1, 2, 3, 4] : (tensor<2x16x2x2048x1xf32>) -> tensor<2x16x2x2048x2048xf32>
      %674 = stablehlo.divide %666, %673 : tensor<2x16x2x2048x2048xf32>
      %cst_252 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
      %675 = stablehlo.reduce(%672 init: %cst_252) applies stablehlo.add across dimensions = [4] : (tensor<2x16x2x2048x1xf32>, tensor<f32>) -> tensor<2x16x2x2048xf32>
      %676 = stablehlo.broadcast_in_dim %675, dims = [0, 1, 2, 3] : (tensor<2x16x2x2048xf32>) -> tensor<2x16x2x2048x2048xf32>
      %677 = stablehlo.add %674, %676 : tensor<2x16x2x2048x2048xf32>
      %678 = stablehlo.multiply %677, %281#4 : tensor<2x16x2x2048x2048xf32>
      %679 = func.call @_where_28(%281#3, %678) : (tensor<2x16x2x2048x2048xi1>, tensor<2x16x2x2048x2048xf32>) -> tensor<2x16x2x2048x2048xf32>
      %cst_253 = stablehlo.constant dense<0.0771516785> : tensor<f32>
      %680 = stablehlo.broadcast_in_dim %cst_253, dims = [] : (tensor<f32>) -> tensor<2x16x2x2048x2048xf32>
      %681 = stablehlo.multiply %679, %680 : tensor<2x16x2x2048x2048xf32>
      %682 = stablehlo.transpose %681, dims = [0, 1, 4, 3, 2] : (tensor<2x16x2x2048x2048xf32>) -> tensor<2x16x2048x2048x2xf32>
      %683 = stablehlo.dot_general %682, %281#2, batching_dims = [0, 1] x [0, 2], contracting_dims = [2] x [1], precision = [DEFAULT, DEFAULT] : (tensor<2x16x2048x2048x2xf32>, tensor<2x2048x16x128xbf16>) -> tensor<2x16x2048x2x128xf32>
      %684 = stablehlo.transpose %683, dims = [0, 2, 1, 3, 4] : (tensor<2x16x2048x2x128xf32>) -> tensor<2x2048x16x2x128xf32>
      %685 = stablehlo.convert %684 : (tensor<2x2048x16x2x128xf32>) -> tensor<2x2048x16x2x128xbf16>
      %686 = stablehlo.dot_general %682, %281#1, batching_dims = [0, 1] x [0, 2], contracting_dims = [3, 4] x [1, 3], precision = [DEFAULT, DEFAULT] : (tensor<2x16x2048x2048x2xf32>, tensor<2x2048x16x2x128xbf16>) -> tensor<2x16x2048x128xf32>
      %687 = stablehlo.transpose %686, dims = [0, 2, 1, 3] : (tensor<2x16x2048x128xf32>) -> tensor<2x2048x16x128xf32>
      %688 = stablehlo.convert %687 : (tensor<2x2048x16x128xf32>) -> tensor<2x2048x16x128xbf16>
      %689 = stablehlo.reshape %685 : (tensor<2x2048x16x2x128xbf16>) -> tensor<2x2048x32x128xbf16>
      stablehlo.return %689, %688, %665 : tensor<2x2048x32x128xbf16>, tensor<2x2048x16x128xbf16>, tensor<2x2048x16x128xbf16>
    }, {
      %661 = stablehlo.reshape %468 : (tensor<2x2048x32x128xbf16>) -> tensor<2x2048x16x2x128xbf16>
      %662 = stablehlo.transpose %661, dims = [0, 2, 4, 3, 1] : (tensor<2x2048x16x2x128xbf16>) -> tensor<2x16x128x2x2048xbf16>
      %663 = stablehlo.dot_general %662, %281#8, batching_dims = [0, 1] x [0, 2], contracting_dims = [2] x [3], precision = [DEFAULT, DEFAULT] : (tensor<2x16x128x2x2048xbf16>, tensor<2x2048x16x128xbf16>) -> tensor<2x16x2x2048x2048xbf16>
      %664 = stablehlo.dot_general %662, %281#7, batching_dims = [0, 1] x [0, 1], contracting_dims = [3, 4] x [2, 3], precision = [DEFAULT, DEFAULT] : (tensor<2x16x128x2x2048xbf16>, tensor<2x16x2x2048x2048xbf16>) -> tensor<2x16x128x2048xbf16>
      %665 = stablehlo.transpose %664, dims = [0, 3, 1, 2] : (tensor<2x16x128x2048xbf16>) -> tensor<2x2048x16x128xbf16>
      %666 = stablehlo.convert %663 : (tensor<2x16x2x2048x2048xbf16>) -> tensor<2x16x2x2048x2048xf32>
      %667 = stablehlo.broadcast_in_dim %281#6, dims = [0, 1, 2, 3, 4] : (tensor<2x16x2x2048x1xf32>) -> tensor<2x16x2x2048x2048xf32>
      %668 = stablehlo.multiply %666, %667 : tensor<2x16x2x2048x2048xf32>
      %669 = stablehlo.multiply %668, %281#4 : tensor<2x16x2x2048x2048xf32>
      %cst_251 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
      %670 = stablehlo.reduce(%669 init: %cst_251) applies stablehlo.add across dimensions = [4] : (tensor<2x16x2x2048x2048xf32>, tensor<f32>) -> tensor<2x16x2x2048xf32>
      %671 = stablehlo.reshape %670 : (tensor<2x16x2x2048xf32>) -> tensor<2x16x2x2048x1xf32>
      %672 = stablehlo.negate %671 : tensor<2x16x2x2048x1xf32>
      %673 = stablehlo.broadcast_in_dim %281#5, dims = [0, 1, 2, 3, 4] : (tensor<2x16x2x2048x1xf32>) -> tensor<2x16x2x2048x2048xf32>
      %674 = stablehlo.divide %666, %673 : tensor<2x16x2x2048x2048xf32>
      %cst_252 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
      %675 = stablehlo.reduce(%672 init: %cst_252) applies stablehlo.add across dimensions = [4] : (tensor<2x16x2x2048x1xf32>, tensor<f32>) -> tensor<2x16x2x2048xf32>
      %676 = stablehlo.broadcast_in_dim %675, dims = [0, 1, 2, 3] : (tensor<2x16x2x2048xf32>) -> tensor<2x16x2x2048x2048xf32>
      %677 = stablehlo.add %674, %676 : tensor<2x16x2x2048x2048xf32>
      %678 = stablehlo.multiply %677, %281#4 : tensor<2x16x2x2048x2048xf32>
      %679 = func.call @_where_28(%281#3, %678) : (tensor<2x16x2x2048x2048xi1>, tensor<2x16x2x2048x2048xf32>) -> tensor<2x16x2x2048x2048xf32>
      %cst_253 = stablehlo.constant dense<0.0771516785> : tensor<f32>
      %680 = stablehlo.broadcast_in_dim %cst_253, dims = [] : (tensor<f32>) -> tensor<2x16x2x2048x2048xf32>
      %681 = stablehlo.multiply %679, %680 : tensor<2x16x2x2048x2048xf32>
      %682 = stablehlo.transpose %681, dims = [0, 1, 4, 3, 2] : (tensor<2x16x2x2048x2048xf32>) -> tensor<2x16x2048x2048x2xf32>
      %683 = stablehlo.dot_general %682, %281#2, batching_dims = [0, 1] x [0, 2], contracting_dims = [2] x [1], precision = [DEFAULT, DEFAULT] : (tensor<2x16x2048x2048x2xf32>, tensor<2x2048x16x128xbf16>) -> tensor<2x16x2048x2x128xf32>
      %684 = stablehlo.transpose %683, dims = [0, 2, 1, 3, 4] : (tensor<2x16x2048x2x128xf32>) -> tensor<2x2048x16x2x128xf32>
      %685 = stablehlo.convert %684 : (tensor<2x2048x16x2x128xf32>) -> tensor<2x2048x16x2x128xbf16>
      %686 = stablehlo.dot_general %682, %281#1, batching_dims = [0, 1] x [0, 2], contracting_dims = [3, 4] x [1, 3], precision = [DEFAULT, DEFAULT] : (tensor<2x16x2048x2048x2xf32>, tensor<2x2048x16x2x128xbf16>) -> tensor<2x16x2048x128xf32>
      %687 = stablehlo.transpose %686, dims = [0, 2, 1, 3] : (tensor<2x16x2048x128xf32>) -> tensor<2x2048x16x128xf32>
      %688 = stablehlo.convert %687 : (tensor<2x2048x16x128xf32>) -> tensor<2x2048x16x128xbf16>
      %689 = stablehlo.reshape %685 : (tensor<2x2048x16x2x128xbf16>) -> tensor<2x2048x32x128xbf16>
      stablehlo.return %689, %688, %665 : tensor<2x2048x32x128xbf16>, tensor<2x2048x16x128xbf16>, tensor<2x2048x16x128xbf16>
    }) : (tensor<i32>) -> (tensor<2x2048x32x128xbf16>, tensor<2x2048x16x128xbf16>, tensor<2x2048x16x128xbf16>)
    %470 = stablehlo.convert %469#1 : (tensor<2x2048x16x128xbf16>) -> tensor<2x2048x16x128xf32>
    %471 = stablehlo.slice %470 [0:2, 0:2048, 0:16, 0:64] : (tensor<2x2048x16x128xf32>) -> tensor<2x2048x16x64xf32>
    %472 = stablehlo.slice %470 [0:2, 0:2048, 0:16, 64:128] : (tensor<2x2048x16x128xf32>) -> tensor<2x2048x16x64xf32>
    %473 = stablehlo.broadcast_in_dim %262, dims = [0, 1, 2, 3] : (tensor<2x2048x1x64xf32>) -> tensor<2x2048x16x64xf32>
    %474 = stablehlo.multiply %472, %473 : tensor<2x2048x16x64xf32>
    %475 = stablehlo.broadcast_in_dim %264, dims = [0, 1, 2, 3] : (tensor<2x2048x1x64xf32>) -> tensor<2x2048x16x64xf32>
    %476 = stablehlo.multiply %472, %475 : tensor<2x2048x16x64xf32>
    %477 = stablehlo.negate %471 : tensor<2x2048x16x64xf32>
    %478 = stablehlo.broadcast_in_dim %262, dims = [0, 1, 2, 3] : (tensor<2x2048x1x64xf32>) -> tensor<2x2048x16x64xf32>
    %479 = stablehlo.multiply %477, %478 : tensor<2x2048x16x64xf32>
    %480 = stablehlo.add %476, %479 : tensor<2x2048x16x64xf32>
    %481 = stablehlo.broadcast_in_dim %264, dims = [0, 1, 2, 3] : (tensor<2x2048x1x64xf32>) -> tensor<2x2048x16x64xf32>
    %482 = stablehlo.multiply %471, %481 : tensor<2x2048x16x64xf32>
    %483 = stablehlo.add %474, %482 : tensor<2x2048x16x64xf32>
    %484 = stablehlo.concatenate %483, %480, dim = 3 : (tensor<2x2048x16x64xf32>, tensor<2x2048x16x64xf32>) -> tensor<2x2048x16x128xf32>
    %485 = stablehlo.convert %484 : (tensor<2x2048x16x128xf32>) -> tensor<2x2048x16x128xbf16>
    %486 = stablehlo.convert %469#0 : (tensor<2x2048x32x128xbf16>) -> tensor<2x2048x32x128xf32>
    %487 = stablehlo.slice %486 [0:2, 0:2048, 0:32, 0:64] : (tensor<2x2048x32x128xf32>) -> tensor<2x2048x32x64xf32>
    %488 = stablehlo.slice %486 [0:2, 0:2048, 0:32, 64:128] : (tensor<2x2048x32x128xf32>) -> tensor<2x2048x32x64xf32>
    %489 = stablehlo.broadcast_in_dim %237, dims = [0, 1, 2, 3] : (tensor<2x2048x1x64xf32>) -> tensor<2x2048x32x64xf32>
    %490 = stablehlo.multiply %488, %489 : tensor<2x2048x32x64xf32>
    %491 = stablehlo.broadcast_in_dim %239, dims = [0, 1, 2, 3] : (tensor<2x2048x1x64xf32>) -> tensor<2x2048x32x64xf32>
    %492 = stablehlo.multiply %488, %491 : tensor<2x2048x32x64xf32>
    %493 = stablehlo.negate %487 : tensor<2x2048x32x64xf32>
    %494 = stablehlo.broadcast_in_dim %237, dims = [0, 1, 2, 3] : (tensor<2x2048x1x64xf32>) -> tensor<2x2048x32x64xf32>
    %495 = stablehlo.multiply %493, %494 : tensor<2x2048x32x64xf32>
    %496 = stablehlo.add %492, %495 : tensor<2x2048x32x64xf32>
    %497 = stablehlo.broadcast_in_dim %239, dims = [0, 1, 2, 3] : (tensor<2x2048x1x64xf32>) -> tensor<2x2048x32x64xf32>
    %498 = stablehlo.multiply %487, %497 : tensor<2x2048x32x64xf32>
    %499 = stablehlo.add %490, %498 : tensor<2x2048x32x64xf32>
    %500 = stablehlo.concatenate %499, %496, dim = 3 : (tensor<2x2048x32x64xf32>, tensor<2x2048x32x64xf32>) -> tensor<2x2048x32x128xf32>
    %501 = stablehlo.convert %500 : (tensor<2x2048x32x128xf32>) -> tensor<2x2048x32x128xbf16>
    %502 = stablehlo.convert %485 : (tensor<2x2048x16x128xbf16>) -> tensor<2x2048x16x128xf32>
    %503 = stablehlo.multiply %195, %502 : tensor<2x2048x16x128xf32>
    %cst_210 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %504 = stablehlo.reduce(%503 init: %cst_210) applies stablehlo.add across dimensions = [0, 1, 2] : (tensor<2x2048x16x128xf32>, tensor<f32>) -> tensor<128xf32>
    %505 = stablehlo.reshape %504 : (tensor<128xf32>) -> tensor<1x1x1x128xf32>
    %506 = stablehlo.broadcast_in_dim %199, dims = [0, 1, 2, 3] : (tensor<1x1x1x128xf32>) -> tensor<2x2048x16x128xf32>
    %507 = stablehlo.multiply %502, %506 : tensor<2x2048x16x128xf32>
    %cst_211 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %508 = stablehlo.reduce(%505 init: %cst_211) applies stablehlo.add across dimensions = [0, 1, 2] : (tensor<1x1x1x128xf32>, tensor<f32>) -> tensor<128xf32>
    %509 = stablehlo.convert %508 : (tensor<128xf32>) -> tensor<128xbf16>
    %510 = stablehlo.multiply %182, %507 : tensor<2x2048x16x128xf32>
    %cst_212 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %511 = stablehlo.reduce(%510 init: %cst_212) applies stablehlo.add across dimensions = [3] : (tensor<2x2048x16x128xf32>, tensor<f32>) -> tensor<2x2048x16xf32>
    %512 = stablehlo.reshape %511 : (tensor<2x2048x16xf32>) -> tensor<2x2048x16x1xf32>
    %513 = stablehlo.broadcast_in_dim %190, dims = [0, 1, 2, 3] : (tensor<2x2048x16x1xf32>) -> tensor<2x2048x16x128xf32>
    %514 = stablehlo.multiply %507, %513 : tensor<2x2048x16x128xf32>
    %515 = stablehlo.multiply %512, %193 : tensor<2x2048x16x1xf32>
    %cst_213 = stablehlo.constant dense<1.280000e+02> : tensor<f32>
    %516 = stablehlo.broadcast_in_dim %cst_213, dims = [] : (tensor<f32>) -> tensor<2x2048x16x1xf32>
    %517 = stablehlo.divide %515, %516 : tensor<2x2048x16x1xf32>
    %cst_214 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %518 = stablehlo.reduce(%517 init: %cst_214) applies stablehlo.add across dimensions = [3] : (tensor<2x2048x16x1xf32>, tensor<f32>) -> tensor<2x2048x16xf32>
    %519 = stablehlo.broadcast_in_dim %518, dims = [0, 1, 2] : (tensor<2x2048x16xf32>) -> tensor<2x2048x16x128xf32>
    %520 = stablehlo.multiply %182, %519 : tensor<2x2048x16x128xf32>
    %521 = stablehlo.add %514, %520 : tensor<2x2048x16x128xf32>
    %522 = stablehlo.multiply %519, %182 : tensor<2x2048x16x128xf32>
    %523 = stablehlo.add %521, %522 : tensor<2x2048x16x128xf32>
    %524 = stablehlo.convert %523 : (tensor<2x2048x16x128xf32>) -> tensor<2x2048x16x128xbf16>
    %525 = stablehlo.convert %501 : (tensor<2x2048x32x128xbf16>) -> tensor<2x2048x32x128xf32>
    %526 = stablehlo.multiply %174, %525 : tensor<2x2048x32x128xf32>
    %cst_215 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %527 = stablehlo.reduce(%526 init: %cst_215) applies stablehlo.add across dimensions = [0, 1, 2] : (tensor<2x2048x32x128xf32>, tensor<f32>) -> tensor<128xf32>
    %528 = stablehlo.reshape %527 : (tensor<128xf32>) -> tensor<1x1x1x128xf32>
    %529 = stablehlo.broadcast_in_dim %178, dims = [0, 1, 2, 3] : (tensor<1x1x1x128xf32>) -> tensor<2x2048x32x128xf32>
    %530 = stablehlo.multiply %525, %529 : tensor<2x2048x32x128xf32>
    %cst_216 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %531 = stablehlo.reduce(%528 init: %cst_216) applies stablehlo.add across dimensions = [0, 1, 2] : (tensor<1x1x1x128xf32>, tensor<f32>) -> tensor<128xf32>
    %532 = stablehlo.convert %531 : (tensor<128xf32>) -> tensor<128xbf16>
    %533 = stablehlo.multiply %161, %530 : tensor<2x2048x32x128xf32>
    %cst_217 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %534 = stablehlo.reduce(%533 init: %cst_217) applies stablehlo.add across dimensions = [3] : (tensor<2x2048x32x128xf32>, tensor<f32>) -> tensor<2x2048x32xf32>
    %535 = stablehlo.reshape %534 : (tensor<2x2048x32xf32>) -> tensor<2x2048x32x1xf32>
    %536 = stablehlo.broadcast_in_dim %169, dims = [0, 1, 2, 3] : (tensor<2x2048x32x1xf32>) -> tensor<2x2048x32x128xf32>
    %537 = stablehlo.multiply %530, %536 : tensor<2x2048x32x128xf32>
    %538 = stablehlo.multiply %535, %172 : tensor<2x2048x32x1xf32>
    %cst_218 = stablehlo.constant dense<1.280000e+02> : tensor<f32>
    %539 = stablehlo.broadcast_in_dim %cst_218, dims = [] : (tensor<f32>) -> tensor<2x2048x32x1xf32>
    %540 = stablehlo.divide %538, %539 : tensor<2x2048x32x1xf32>
    %cst_219 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %541 = stablehlo.reduce(%540 init: %cst_219) applies stablehlo.add across dimensions = [3] : (tensor<2x2048x32x1xf32>, tensor<f32>) -> tensor<2x2048x32xf32>
    %542 = stablehlo.broadcast_in_dim %541, dims = [0, 1, 2] : (tensor<2x2048x32xf32>) -> tensor<2x2048x32x128xf32>
    %543 = stablehlo.multiply %161, %542 : tensor<2x2048x32x128xf32>
    %544 = stablehlo.add %537, %543 : tensor<2x2048x32x128xf32>
    %545 = stablehlo.multiply %542, %161 : tensor<2x2048x32x128xf32>
    %546 = stablehlo.add %544, %545 : tensor<2x2048x32x128xf32>
    %547 = stablehlo.convert %546 : (tensor<2x2048x32x128xf32>) -> tensor<2x2048x32x128xbf16>
    %548 = stablehlo.dot_general %469#2, %157, contracting_dims = [0, 1] x [0, 1], precision = [DEFAULT, DEFAULT] : (tensor<2x2048x16x128xbf16>, tensor<2x2048x5376xbf16>) -> tensor<16x128x5376xbf16>
    %549 = stablehlo.transpose %548, dims = [0, 2, 1] : (tensor<16x128x5376xbf16>) -> tensor<16x5376x128xbf16>
    %550 = stablehlo.dot_general %469#2, %49, contracting_dims = [2, 3] x [0, 2], precision = [DEFAULT, DEFAULT] : (tensor<2x2048x16x128xbf16>, tensor<16x5376x128xbf16>) -> tensor<2x2048x5376xbf16>
    %551 = stablehlo.dot_general %524, %157, contracting_dims = [0, 1] x [0, 1], precision = [DEFAULT, DEFAULT] : (tensor<2x2048x16x128xbf16>, tensor<2x2048x5376xbf16>) -> tensor<16x128x5376xbf16>
    %552 = stablehlo.transpose %551, dims = [0, 2, 1] : (tensor<16x128x5376xbf16>) -> tensor<16x5376x128xbf16>
    %553 = stablehlo.dot_general %524, %35, contracting_dims = [2, 3] x [0, 2], precision = [DEFAULT, DEFAULT] : (tensor<2x2048x16x128xbf16>, tensor<16x5376x128xbf16>) -> tensor<2x2048x5376xbf16>
    %554 = stablehlo.add %550, %553 : tensor<2x2048x5376xbf16>
    %555 = stablehlo.dot_general %547, %157, contracting_dims = [0, 1] x [0, 1], precision = [DEFAULT, DEFAULT] : (tensor<2x2048x32x128xbf16>, tensor<2x2048x5376xbf16>) -> tensor<32x128x5376xbf16>
    %556 = stablehlo.transpose %555, dims = [0, 2, 1] : (tensor<32x128x5376xbf16>) -> tensor<32x5376x128xbf16>
    %557 = stablehlo.dot_general %547, %21, contracting_dims = [2, 3] x [0, 2], precision = [DEFAULT, DEFAULT] : (tensor<2x2048x32x128xbf16>, tensor<32x5376x128xbf16>) -> tensor<2x2048x5376xbf16>
    %558 = stablehlo.add %554, %557 : tensor<2x2048x5376xbf16>
    %559 = stablehlo.convert %558 : (tensor<2x2048x5376xbf16>) -> tensor<2x2048x5376xf32>
    %560 = stablehlo.multiply %150, %559 : tensor<2x2048x5376xf32>
    %cst_220 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %561 = stablehlo.reduce(%560 init: %cst_220) applies stablehlo.add across dimensions = [0, 1] : (tensor<2x2048x5376xf32>, tensor<f32>) -> tensor<5376xf32>
    %562 = stablehlo.reshape %561 : (tensor<5376xf32>) -> tensor<1x1x5376xf32>
    %563 = stablehlo.broadcast_in_dim %154, dims = [0, 1, 2] : (tensor<1x1x5376xf32>) -> tensor<2x2048x5376xf32>
    %564 = stablehlo.multiply %559, %563 : tensor<2x2048x5376xf32>
    %cst_221 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %565 = stablehlo.reduce(%562 init: %cst_221) applies stablehlo.add across dimensions = [0, 1] : (tensor<1x1x5376xf32>, tensor<f32>) -> tensor<5376xf32>
    %566 = stablehlo.convert %565 : (tensor<5376xf32>) -> tensor<5376xbf16>
    %567 = stablehlo.multiply %137, %564 : tensor<2x2048x5376xf32>
    %cst_222 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %568 = stablehlo.reduce(%567 init: %cst_222) applies stablehlo.add across dimensions = [2] : (tensor<2x2048x5376xf32>, tensor<f32>) -> tensor<2x2048xf32>
    %569 = stablehlo.reshape %568 : (tensor<2x2048xf32>) -> tensor<2x2048x1xf32>
    %570 = stablehlo.broadcast_in_dim %145, dims = [0, 1, 2] : (tensor<2x2048x1xf32>) -> tensor<2x2048x5376xf32>
    %571 = stablehlo.multiply %564, %570 : tensor<2x2048x5376xf32>
    %572 = stablehlo.multiply %569, %148 : tensor<2x2048x1xf32>
    %cst_223 = stablehlo.constant dense<5.376000e+03> : tensor<f32>
    %573 = stablehlo.broadcast_in_dim %cst_223, dims = [] : (tensor<f32>) -> tensor<2x2048x1xf32>
    %574 = stablehlo.divide %572, %573 : tensor<2x2048x1xf32>
    %cst_224 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %575 = stablehlo.reduce(%574 init: %cst_224) applies stablehlo.add across dimensions = [2] : (tensor<2x2048x1xf32>, tensor<f32>) -> tensor<2x2048xf32>
    %576 = stablehlo.broadcast_in_dim %575, dims = [0, 1] : (tensor<2x2048xf32>) -> tensor<2x2048x5376xf32>
    %577 = stablehlo.multiply %137, %576 : tensor<2x2048x5376xf32>
    %578 = stablehlo.add %571, %577 : tensor<2x2048x5376xf32>
    %579 = stablehlo.multiply %576, %137 : tensor<2x2048x5376xf32>
    %580 = stablehlo.add %578, %579 : tensor<2x2048x5376xf32>
    %581 = stablehlo.convert %580 : (tensor<2x2048x5376xf32>) -> tensor<2x2048x5376xbf16>
    %582 = stablehlo.add %440, %581 : tensor<2x2048x5376xbf16>
    %583 = stablehlo.convert %566 : (tensor<5376xbf16>) -> tensor<5376xf32>
    %c_225 = stablehlo.constant dense<0> : tensor<i32>
    %584 = stablehlo.compare LT, %arg29, %c_225, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %c_226 = stablehlo.constant dense<62> : tensor<i32>
    %585 = stablehlo.add %arg29, %c_226 : tensor<i32>
    %586 = stablehlo.select %584, %585, %arg29 : tensor<i1>, tensor<i32>
    %587 = stablehlo.broadcast_in_dim %586, dims = [] : (tensor<i32>) -> tensor<1xi32>
    %588 = "stablehlo.scatter"(%arg16, %587, %583) <{indices_are_sorted = true, scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [0], inserted_window_dims = [0], scatter_dims_to_operand_dims = [0]>, unique_indices = true}> ({
    ^bb0(%arg32: tensor<f32>, %arg33: tensor<f32>):
      %661 = stablehlo.add %arg32, %arg33 : tensor<f32>
      stablehlo.return %661 : tensor<f32>
    }) : (tensor<62x5376xf32>, tensor<1xi32>, tensor<5376xf32>) -> tensor<62x5376xf32>
    %589 = stablehlo.convert %556 : (tensor<32x5376x128xbf16>) -> tensor<32x5376x128xf32>
    %c_227 = stablehlo.constant dense<0> : tensor<i32>
    %590 = stablehlo.compare LT, %arg29, %c_227, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %c_228 = stablehlo.constant dense<62> : tensor<i32>
    %591 = stablehlo.add %arg29, %c_228 : tensor<i32>
    %592 = stablehlo.select %590, %591, %arg29 : tensor<i1>, tensor<i32>
    %593 = stablehlo.broadcast_in_dim %592, dims = [] : (tensor<i32>) -> tensor<1xi32>
    %594 = "stablehlo.scatter"(%arg17, %593, %589) <{indices_are_sorted = true, scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [0, 1, 2], inserted_window_dims = [0], scatter_dims_to_operand_dims = [0]>, unique_indices = true}> ({
    ^bb0(%arg32: tensor<f32>, %arg33: tensor<f32>):
      %661 = stablehlo.add %arg32, %arg33 : tensor<f32>
      stablehlo.return %661 : tensor<f32>
    }) : (tensor<62x32x5376x128xf32>, tensor<1xi32>, tensor<32x5376x128xf32>) -> tensor<62x32x5376x128xf32>
    %595 = stablehlo.convert %552 : (tensor<16x5376x128xbf16>) -> tensor<16x5376x128xf32>
    %c_229 = stablehlo.constant dense<0> : tensor<i32>
    %596 = stablehlo.compare LT, %arg29, %c_229, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %c_230 = stablehlo.constant dense<62> : tensor<i32>
    %597 = stablehlo.add %arg29, %c_230 : tensor<i32>
    %598 = stablehlo.select %596, %597, %arg29 : tensor<i1>, tensor<i32>
    %599 = stablehlo.broadcast_in_dim %598, dims = [] : (tensor<i32>) -> tensor<1xi32>
    %600 = "stablehlo.scatter"(%arg18, %599, %595) <{indices_are_sorted = true, scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [0, 1, 2], inserted_window_dims = [0], scatter_dims_to_operand_dims = [0]>, unique_indices = true}> ({
    ^bb0(%arg32: tensor<f32>, %arg33: tensor<f32>):
      %661 = stablehlo.add %arg32, %arg33 : tensor<f32>
      stablehlo.return %661 : tensor<f32>
    }) : (tensor<62x16x5376x128xf32>, tensor<1xi32>, tensor<16x5376x128xf32>) -> tensor<62x16x5376x128xf32>
    %601 = stablehlo.convert %549 : (tensor<16x5376x128xbf16>) -> tensor<16x5376x128xf32>
    %c_231 = stablehlo.constant dense<0> : tensor<i32>
    %602 = stablehlo.compare LT, %arg29, %c_231, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %c_232 = stablehlo.constant dense<62> : tensor<i32>
    %603 = stablehlo.add %arg29, %c_232 : tensor<i32>
    %604 = stablehlo.select %602, %603, %arg29 : tensor<i1>, tensor<i32>
    %605 = stablehlo.broadcast_in_dim %604, dims = [] : (tensor<i32>) -> tensor<1xi32>
    %606 = "stablehlo.scatter"(%arg19, %605, %601) <{indices_are_sorted = true, scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [0, 1, 2], inserted_window_dims = [0], scatter_dims_to_operand_dims = [0]>, unique_indices = true}> ({
    ^bb0(%arg32: tensor<f32>, %arg33: tensor<f32>):
      %661 = stablehlo.add %arg32, %arg33 : tensor<f32>
      stablehlo.return %661 : tensor<f32>
    }) : (tensor<62x16x5376x128xf32>, tensor<1xi32>, tensor<16x5376x128xf32>) -> tensor<62x16x5376x128xf32>
    %607 = stablehlo.convert %467 : (tensor<32x128x5376xbf16>) -> tensor<32x128x5376xf32>
    %c_233 = stablehlo.constant dense<0> : tensor<i32>
    %608 = stablehlo.compare LT, %arg29, %c_233, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %c_234 = stablehlo.constant dense<62> : tensor<i32>
    %609 = stablehlo.add %arg29, %c_234 : tensor<i32>
    %610 = stablehlo.select %608, %609, %arg29 : tensor<i1>, tensor<i32>
    %611 = stablehlo.broadcast_in_dim %610, dims = [] : (tensor<i32>) -> tensor<1xi32>
    %612 = "stablehlo.scatter"(%arg20, %611, %607) <{indices_are_sorted = true, scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [0, 1, 2], inserted_window_dims = [0], scatter_dims_to_operand_dims = [0]>, unique_indices = true}> ({
    ^bb0(%arg32: tensor<f32>, %arg33: tensor<f32>):
      %661 = stablehlo.add %arg32, %arg33 : tensor<f32>
      stablehlo.return %661 : tensor<f32>
    }) : (tensor<62x32x128x5376xf32>, tensor<1xi32>, tensor<32x128x5376xf32>) -> tensor<62x32x128x5376xf32>
    %613 = stablehlo.convert %532 : (tensor<128xbf16>) -> tensor<128xf32>
    %c_235 = stablehlo.constant dense<0> : tensor<i32>
    %614 = stablehlo.compare LT, %arg29, %c_235, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %c_236 = stablehlo.constant dense<62> : tensor<i32>
    %615 = stablehlo.add %arg29, %c_236 : tensor<i32>
    %616 = stablehlo.select %614, %615, %arg29 : tensor<i1>, tensor<i32>
    %617 = stablehlo.broadcast_in_dim %616, dims = [] : (tensor<i32>) -> tensor<1xi32>
    %618 = "stablehlo.scatter"(%arg21, %617, %613) <{indices_are_sorted = true, scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [0], inserted_window_dims = [0], scatter_dims_to_operand_dims = [0]>, unique_indices = true}> ({
    ^bb0(%arg32: tensor<f32>, %arg33: tensor<f32>):
      %661 = stablehlo.add %arg32, %arg33 : tensor<f32>
      stablehlo.return %661 : tensor<f32>
    }) : (tensor<62x128xf32>, tensor<1xi32>, tensor<128xf32>) -> tensor<62x128xf32>
    %619 = stablehlo.convert %509 : (tensor<128xbf16>) -> tensor<128xf32>
    %c_237 = stablehlo.constant dense<0> : tensor<i32>
    %620 = stablehlo.compare LT, %arg29, %c_237, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %c_238 = stablehlo.constant dense<62> : tensor<i32>
    %621 = stablehlo.add %arg29, %c_238 : tensor<i32>
    %622 = stablehlo.select %620, %621, %arg29 : tensor<i1>, tensor<i32>
    %623 = stablehlo.broadcast_in_dim %622, dims = [] : (tensor<i32>) -> tensor<1xi32>
    %624 = "stablehlo.scatter"(%arg22, %623, %619) <{indices_are_sorted = true, scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [0], inserted_window_dims = [0], scatter_dims_to_operand_dims = [0]>, unique_indices = true}> ({
    ^bb0(%arg32: tensor<f32>, %arg33: tensor<f32>):
      %661 = stablehlo.add %arg32, %arg33 : tensor<f32>
      stablehlo.return %661 : tensor<f32>
    }) : (tensor<62x128xf32>, tensor<1xi32>, tensor<128xf32>) -> tensor<62x128xf32>
    %625 = stablehlo.convert %448 : (tensor<5376xbf16>) -> tensor<5376xf32>
    %c_239 = stablehlo.constant dense<0> : tensor<i32>
    %626 = stablehlo.compare LT, %arg29, %c_239, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %c_240 = stablehlo.constant dense<62> : tensor<i32>
    %627 = stablehlo.add %arg29, %c_240 : tensor<i32>
    %628 = stablehlo.select %626, %627, %arg29 : tensor<i1>, tensor<i32>
    %629 = stablehlo.broadcast_in_dim %628, dims = [] : (tensor<i32>) -> tensor<1xi32>
    %630 = "stablehlo.scatter"(%arg23, %629, %625) <{indices_are_sorted = true, scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [0], inserted_window_dims = [0], scatter_dims_to_operand_dims = [0]>, unique_indices = true}> ({
    ^bb0(%arg32: tensor<f32>, %arg33: tensor<f32>):
      %661 = stablehlo.add %arg32, %arg33 : tensor<f32>
      stablehlo.return %661 : tensor<f32>
    }) : (tensor<62x5376xf32>, tensor<1xi32>, tensor<5376xf32>) -> tensor<62x5376xf32>
    %631 = stablehlo.convert %424 : (tensor<5376xbf16>) -> tensor<5376xf32>
    %c_241 = stablehlo.constant dense<0> : tensor<i32>
    %632 = stablehlo.compare LT, %arg29, %c_241, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %c_242 = stablehlo.constant dense<62> : tensor<i32>
    %633 = stablehlo.add %arg29, %c_242 : tensor<i32>
    %634 = stablehlo.select %632, %633, %arg29 : tensor<i1>, tensor<i32>
    %635 = stablehlo.broadcast_in_dim %634, dims = [] : (tensor<i32>) -> tensor<1xi32>
    %636 = "stablehlo.scatter"(%arg24, %635, %631) <{indices_are_sorted = true, scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [0], inserted_window_dims = [0], scatter_dims_to_operand_dims = [0]>, unique_indices = true}> ({
    ^bb0(%arg32: tensor<f32>, %arg33: tensor<f32>):
      %661 = stablehlo.add %arg32, %arg33 : tensor<f32>
      stablehlo.return %661 : tensor<f32>
    }) : (tensor<62x5376xf32>, tensor<1xi32>, tensor<5376xf32>) -> tensor<62x5376xf32>
    %637 = stablehlo.convert %414 : (tensor<5376x21504xbf16>) -> tensor<5376x21504xf32>
    %c_243 = stablehlo.constant dense<0> : tensor<i32>
    %638 = stablehlo.compare LT, %arg29, %c_243, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %c_244 = stablehlo.constant dense<62> : tensor<i32>
    %639 = stablehlo.add %arg29, %c_244 : tensor<i32>
    %640 = stablehlo.select %638, %639, %arg29 : tensor<i1>, tensor<i32>
    %641 = stablehlo.broadcast_in_dim %640, dims = [] : (tensor<i32>) -> tensor<1xi32>
    %642 = "stablehlo.scatter"(%arg25, %641, %637) <{indices_are_sorted = true, scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [0, 1], inserted_window_dims = [0], scatter_dims_to_operand_dims = [0]>, unique_indices = true}> ({
    ^bb0(%arg32: tensor<f32>, %arg33: tensor<f32>):
      %661 = stablehlo.add %arg32, %arg33 : tensor<f32>
      stablehlo.return %661 : tensor<f32>
    }) : (tensor<62x5376x21504xf32>, tensor<1xi32>, tensor<5376x21504xf32>) -> tensor<62x5376x21504xf32>
    %643 = stablehlo.convert %397 : (tensor<5376x21504xbf16>) -> tensor<5376x21504xf32>
    %c_245 = stablehlo.constant dense<0> : tensor<i32>
    %644 = stablehlo.compare LT, %arg29, %c_245, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %c_246 = stablehlo.constant dense<62> : tensor<i32>
    %645 = stablehlo.add %arg29, %c_246 : tensor<i32>
    %646 = stablehlo.select %644, %645, %arg29 : tensor<i1>, tensor<i32>
    %647 = stablehlo.broadcast_in_dim %646, dims = [] : (tensor<i32>) -> tensor<1xi32>
    %648 = "stablehlo.scatter"(%arg26, %647, %643) <{indices_are_sorted = true, scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [0, 1], inserted_window_dims = [0], scatter_dims_to_operand_dims = [0]>, unique_indices = true}> ({
    ^bb0(%arg32: tensor<f32>, %arg33: tensor<f32>):
      %661 = stablehlo.add %arg32, %arg33 : tensor<f32>
      stablehlo.return %661 : tensor<f32>
    }) : (tensor<62x5376x21504xf32>, tensor<1xi32>, tensor<5376x21504xf32>) -> tensor<62x5376x21504xf32>
    %649 = stablehlo.convert %392 : (tensor<21504x5376xbf16>) -> tensor<21504x5376xf32>
    %c_247 = stablehlo.constant dense<0> : tensor<i32>
    %650 = stablehlo.compare LT, %arg29, %c_247, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %c_248 = stablehlo.constant dense<62> : tensor<i32>
    %651 = stablehlo.add %arg29, %c_248 : tensor<i32>
    %652 = stablehlo.select %650, %651, %arg29 : tensor<i1>, tensor<i32>
    %653 = stablehlo.broadcast_in_dim %652, dims = [] : (tensor<i32>) -> tensor<1xi32>
    %654 = "stablehlo.scatter"(%arg27, %653, %649) <{indices_are_sorted = true, scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [0, 1], inserted_window_dims = [0], scatter_dims_to_operand_dims = [0]>, unique_indices = true}> ({
    ^bb0(%arg32: tensor<f32>, %arg33: tensor<f32>):
      %661 = stablehlo.add %arg32, %arg33 : tensor<f32>
      stablehlo.return %661 : tensor<f32>
    }) : (tensor<62x21504x5376xf32>, tensor<1xi32>, tensor<21504x5376xf32>) -> tensor<62x21504x5376xf32>
    %655 = stablehlo.convert %375 : (tensor<5376xbf16>) -> tensor<5376xf32>
    %c_249 = stablehlo.constant dense<0> : tensor<i32>
    %656 = stablehlo.compare LT, %arg29, %c_249, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %c_250 = stablehlo.constant dense<62> : tensor<i32>
    %657 = stablehlo.add %arg29, %c_250 : tensor<i32>
    %658 = stablehlo.select %656, %657, %arg29 : tensor<i1>, tensor<i32>
    %659 = stablehlo.broadcast_in_dim %658, dims = [] : (tensor<i32>) -> tensor<1xi32>
    %660 = "stablehlo.scatter"(%arg28, %659, %655) <{indices_are_sorted = true, scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [0], inserted_window_dims = [0], scatter_dims_to_operand_dims = [0]>, unique_indices = true}> ({
    ^bb0(%arg32: tensor<f32>, %arg33: tensor<f32>):
      %661 = stablehlo.add %arg32, %arg33 : tensor<f32>
      stablehlo.return %661 : tensor<f32>
    }) : (tensor<62x5376xf32>, tensor<1xi32>, tensor<5376xf32>) -> tensor<62x5376xf32>
    return %582, %588, %594, %600, %606, %612, %618, %624, %630, %636, %642, %648, %654, %660 : tensor<2x2048x5376xbf16>, tensor<62x5376xf32>, tensor<62x32x5376x128xf32>, tensor<62x16x5376x128xf32>, tensor<62x16x5376x128xf32>, tensor<62x32x128x5376xf32>, tensor<62x128xf32>, tensor<62x128xf32>, tensor<62x5376xf32>, tensor<62x5376xf32>, tensor<62x5376x21504xf32>, tensor<62x5376x21504xf32>, tensor<62x21504x5376xf32>, tensor<62x5376xf32>
  }
  func.func private @_where_27(%arg0: tensor<2x1x1x2048x2048xi1>, %arg1: tensor<2x16x2x2048x2048xf32>, %arg2: tensor<f32>) -> (tensor<2x16x2x2048x2048xf32>, tensor<2x16x2x2048x2048xi1>) {
    %0 = stablehlo.convert %arg2 : tensor<f32>
    %1 = stablehlo.broadcast_in_dim %arg0, dims = [0, 1, 2, 3, 4] : (tensor<2x1x1x2048x2048xi1>) -> tensor<2x16x2x2048x2048xi1>
    %2 = stablehlo.broadcast_in_dim %0, dims = [] : (tensor<f32>) -> tensor<2x16x2x2048x2048xf32>
    %3 = stablehlo.select %1, %arg1, %2 : tensor<2x16x2x2048x2048xi1>, tensor<2x16x2x2048x2048xf32>
    return %3, %1 : tensor<2x16x2x2048x2048xf32>, tensor<2x16x2x2048x2048xi1>
  }
  func.func private @_where_28(%arg0: tensor<2x16x2x2048x2048xi1>, %arg1: tensor<2x16x2x2048x2048xf32>) -> tensor<2x16x2x2048x2048xf32> {
    %cst = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %0 = stablehlo.broadcast_in_dim %cst, dims = [] : (tensor<f32>) -> tensor<2x16x2x2048x2048xf32>
    %1 = stablehlo.select %arg0, %arg1, %0 : tensor<2x16x2x2048x2048xi1>, tensor<2x16x2x2048x2048xf32>
    return %1 : tensor<2x16x2x2048x2048xf32>
  }
  func.func private @_take_29(%arg0: tensor<2x2048x1xi32>, %arg1: tensor<2x2048x5376xbf16>) -> tensor<262208x5376xbf16> {
    %cst = stablehlo.constant dense<0.000000e+00> : tensor<bf16>
    %0 = stablehlo.broadcast_in_dim %cst, dims = [] : (tensor<bf16>) -> tensor<262208x5376xbf16>
    %1 = "stablehlo.scatter"(%0, %arg0, %arg1) <{indices_are_sorted = false, scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [2], inserted_window_dims = [0], scatter_dims_to_operand_dims = [0], index_vector_dim = 2>, unique_indices = false}> ({
    ^bb0(%arg2: tensor<bf16>, %arg3: tensor<bf16>):
      %2 = stablehlo.add %arg2, %arg3 : tensor<bf16>
      stablehlo.return %2 : tensor<bf16>
    }) : (tensor<262208x5376xbf16>, tensor<2x2048x1xi32>, tensor<2x2048x5376xbf16>) -> tensor<262208x5376xbf16>
    return %1 : tensor<262208x5376xbf16>
  }
  func.func private @_where_30(%arg0: tensor<i1>, %arg1: tensor<i32>, %arg2: tensor<i32>) -> tensor<i32> {
    %0 = stablehlo.select %arg0, %arg1, %arg2 : tensor<i1>, tensor<i32>
    return %0 : tensor<i32>
  }
}
