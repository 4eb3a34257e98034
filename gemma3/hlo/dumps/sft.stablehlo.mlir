// gemma3 27b v5p-8 sft batch=8 seq=2048 accum_steps=4 state_dtype=bfloat16: StableHLO from jax, no locations
// row: {"topology": "v5p-8", "workload": "sft", "options": {"batch": 8, "seq": 2048, "accum_steps": 4, "state_dtype": "bfloat16"}}
// jax 0.10.2, jaxlib 0.10.2, libtpu 0.0.42.1
// regenerate: python -m gemma3.hlo dump --workload sft; compare: python -m gemma3.hlo diff sft.stablehlo.mlir current
module @jit_fn attributes {mhlo.num_partitions = 4 : i32, mhlo.num_replicas = 1 : i32} {
  sdy.mesh @mesh = <["data"=1, "fsdp"=1, "tensor"=4]> {stablehlo.mesh = {axes = [{name = "data", size = 1 : i64}, {name = "fsdp", size = 1 : i64}, {name = "tensor", size = 4 : i64}]}}
  func.func public @main(%arg0: tensor<262208x5376xbf16> {sdy.sharding = #sdy.sharding<@mesh, [{"tensor"}, {"fsdp"}]>, tf.aliasing_output = 0 : i32}, %arg1: tensor<62x5376xbf16> {sdy.sharding = #sdy.sharding<@mesh, [{}, {"fsdp"}]>, tf.aliasing_output = 1 : i32}, %arg2: tensor<62x32x5376x128xbf16> {sdy.sharding = #sdy.sharding<@mesh, [{}, {"tensor"}, {"fsdp"}, {}]>, tf.aliasing_output = 2 : i32}, %arg3: tensor<62x16x5376x128xbf16> {sdy.sharding = #sdy.sharding<@mesh, [{}, {"tensor"}, {"fsdp"}, {}]>, tf.aliasing_output = 3 : i32}, %arg4: tensor<62x16x5376x128xbf16> {sdy.sharding = #sdy.sharding<@mesh, [{}, {"tensor"}, {"fsdp"}, {}]>, tf.aliasing_output = 4 : i32}, %arg5: tensor<62x32x128x5376xbf16> {sdy.sharding = #sdy.sharding<@mesh, [{}, {"tensor"}, {}, {"fsdp"}]>, tf.aliasing_output = 5 : i32}, %arg6: tensor<62x128xbf16> {sdy.sharding = #sdy.sharding<@mesh, [{}, {}]>, tf.aliasing_output = 6 : i32}, %arg7: tensor<62x128xbf16> {sdy.sharding = #sdy.sharding<@mesh, [{}, {}]>, tf.aliasing_output = 7 : i32}, %arg8: tensor<62x5376xbf16> {sdy.sharding = #sdy.sharding<@mesh, [{}, {"fsdp"}]>, tf.aliasing_output = 8 : i32}, %arg9: tensor<62x5376xbf16> {sdy.sharding = #sdy.sharding<@mesh, [{}, {"fsdp"}]>, tf.aliasing_output = 9 : i32}, %arg10: tensor<62x5376x21504xbf16> {sdy.sharding = #sdy.sharding<@mesh, [{}, {"fsdp"}, {"tensor"}]>, tf.aliasing_output = 10 : i32}, %arg11: tensor<62x5376x21504xbf16> {sdy.sharding = #sdy.sharding<@mesh, [{}, {"fsdp"}, {"tensor"}]>, tf.aliasing_output = 11 : i32}, %arg12: tensor<62x21504x5376xbf16> {sdy.sharding = #sdy.sharding<@mesh, [{}, {"tensor"}, {"fsdp"}]>, tf.aliasing_output = 12 : i32}, %arg13: tensor<62x5376xbf16> {sdy.sharding = #sdy.sharding<@mesh, [{}, {"fsdp"}]>, tf.aliasing_output = 13 : i32}, %arg14: tensor<5376xbf16> {sdy.sharding = #sdy.sharding<@mesh, [{"fsdp"}]>, tf.aliasing_output = 14 : i32}, %arg15: tensor<i32> {sdy.sharding = #sdy.sharding<@mesh, []>, tf.aliasing_output = 15 : i32}, %arg16: tensor<262208x5376xbf16> {sdy.sharding = #sdy.sharding<@mesh, [{"tensor"}, {"fsdp"}]>, tf.aliasing_output = 16 : i32}, %arg17: tensor<62x5376xbf16> {sdy.sharding = #sdy.sharding<@mesh, [{}, {"fsdp"}]>, tf.aliasing_output = 17 : i32}, %arg18: tensor<62x32x5376x128xbf16> {sdy.sharding = #sdy.sharding<@mesh, [{}, {"tensor"}, {"fsdp"}, {}]>, tf.aliasing_output = 18 : i32}, %arg19: tensor<62x16x5376x128xbf16> {sdy.sharding = #sdy.sharding<@mesh, [{}, {"tensor"}, {"fsdp"}, {}]>, tf.aliasing_output = 19 : i32}, %arg20: tensor<62x16x5376x128xbf16> {sdy.sharding = #sdy.sharding<@mesh, [{}, {"tensor"}, {"fsdp"}, {}]>, tf.aliasing_output = 20 : i32}, %arg21: tensor<62x32x128x5376xbf16> {sdy.sharding = #sdy.sharding<@mesh, [{}, {"tensor"}, {}, {"fsdp"}]>, tf.aliasing_output = 21 : i32}, %arg22: tensor<62x128xbf16> {sdy.sharding = #sdy.sharding<@mesh, [{}, {}]>, tf.aliasing_output = 22 : i32}, %arg23: tensor<62x128xbf16> {sdy.sharding = #sdy.sharding<@mesh, [{}, {}]>, tf.aliasing_output = 23 : i32}, %arg24: tensor<62x5376xbf16> {sdy.sharding = #sdy.sharding<@mesh, [{}, {"fsdp"}]>, tf.aliasing_output = 24 : i32}, %arg25: tensor<62x5376xbf16> {sdy.sharding = #sdy.sharding<@mesh, [{}, {"fsdp"}]>, tf.aliasing_output = 25 : i32}, %arg26: tensor<62x5376x21504xbf16> {sdy.sharding = #sdy.sharding<@mesh, [{}, {"fsdp"}, {"tensor"}]>, tf.aliasing_output = 26 : i32}, %arg27: tensor<62x5376x21504xbf16> {sdy.sharding = #sdy.sharding<@mesh, [{}, {"fsdp"}, {"tensor"}]>, tf.aliasing_output = 27 : i32}, %arg28: tensor<62x21504x5376xbf16> {sdy.sharding = #sdy.sharding<@mesh, [{}, {"tensor"}, {"fsdp"}]>, tf.aliasing_output = 28 : i32}, %arg29: tensor<62x5376xbf16> {sdy.sharding = #sdy.sharding<@mesh, [{}, {"fsdp"}]>, tf.aliasing_output = 29 : i32}, %arg30: tensor<5376xbf16> {sdy.sharding = #sdy.sharding<@mesh, [{"fsdp"}]>, tf.aliasing_output = 30 : i32}, %arg31: tensor<262208x5376xbf16> {sdy.sharding = #sdy.sharding<@mesh, [{"tensor"}, {"fsdp"}]>, tf.aliasing_output = 31 : i32}, %arg32: tensor<62x5376xbf16> {sdy.sharding = #sdy.sharding<@mesh, [{}, {"fsdp"}]>, tf.aliasing_output = 32 : i32}, %arg33: tensor<62x32x5376x128xbf16> {sdy.sharding = #sdy.sharding<@mesh, [{}, {"tensor"}, {"fsdp"}, {}]>, tf.aliasing_output = 33 : i32}, %arg34: tensor<62x16x5376x128xbf16> {sdy.sharding = #sdy.sharding<@mesh, [{}, {"tensor"}, {"fsdp"}, {}]>, tf.aliasing_output = 34 : i32}, %arg35: tensor<62x16x5376x128xbf16> {sdy.sharding = #sdy.sharding<@mesh, [{}, {"tensor"}, {"fsdp"}, {}]>, tf.aliasing_output = 35 : i32}, %arg36: tensor<62x32x128x5376xbf16> {sdy.sharding = #sdy.sharding<@mesh, [{}, {"tensor"}, {}, {"fsdp"}]>, tf.aliasing_output = 36 : i32}, %arg37: tensor<62x128xbf16> {sdy.sharding = #sdy.sharding<@mesh, [{}, {}]>, tf.aliasing_output = 37 : i32}, %arg38: tensor<62x128xbf16> {sdy.sharding = #sdy.sharding<@mesh, [{}, {}]>, tf.aliasing_output = 38 : i32}, %arg39: tensor<62x5376xbf16> {sdy.sharding = #sdy.sharding<@mesh, [{}, {"fsdp"}]>, tf.aliasing_output = 39 : i32}, %arg40: tensor<62x5376xbf16> {sdy.sharding = #sdy.sharding<@mesh, [{}, {"fsdp"}]>, tf.aliasing_output = 40 : i32}, %arg41: tensor<62x5376x21504xbf16> {sdy.sharding = #sdy.sharding<@mesh, [{}, {"fsdp"}, {"tensor"}]>, tf.aliasing_output = 41 : i32}, %arg42: tensor<62x5376x21504xbf16> {sdy.sharding = #sdy.sharding<@mesh, [{}, {"fsdp"}, {"tensor"}]>, tf.aliasing_output = 42 : i32}, %arg43: tensor<62x21504x5376xbf16> {sdy.sharding = #sdy.sharding<@mesh, [{}, {"tensor"}, {"fsdp"}]>, tf.aliasing_output = 43 : i32}, %arg44: tensor<62x5376xbf16> {sdy.sharding = #sdy.sharding<@mesh, [{}, {"fsdp"}]>, tf.aliasing_output = 44 : i32}, %arg45: tensor<5376xbf16> {sdy.sharding = #sdy.sharding<@mesh, [{"fsdp"}]>, tf.aliasing_output = 45 : i32}, %arg46: tensor<i32> {sdy.sharding = #sdy.sharding<@mesh, []>, tf.aliasing_output = 46 : i32}, %arg47: tensor<8x2048xi32> {sdy.sharding = #sdy.sharding<@mesh, [{"data", "fsdp"}, {}]>}, %arg48: tensor<8x2048xi32> {sdy.sharding = #sdy.sharding<@mesh, [{"data", "fsdp"}, {}]>}, %arg49: tensor<8x2048xi32> {sdy.sharding = #sdy.sharding<@mesh, [{"data", "fsdp"}, {}]>}, %arg50: tensor<8x2048xi32> {sdy.sharding = #sdy.sharding<@mesh, [{"data", "fsdp"}, {}]>}) -> (tensor<262208x5376xbf16> {jax.result_info = "result[0].params.embed", sdy.sharding = #sdy.sharding<@mesh, [{"tensor"}, {"fsdp"}]>}, tensor<62x5376xbf16> {jax.result_info = "result[0].params.layers.attn_norm", sdy.sharding = #sdy.sharding<@mesh, [{}, {"fsdp"}]>}, tensor<62x32x5376x128xbf16> {jax.result_info = "result[0].params.layers.q", sdy.sharding = #sdy.sharding<@mesh, [{}, {"tensor"}, {"fsdp"}, {}]>}, tensor<62x16x5376x128xbf16> {jax.result_info = "result[0].params.layers.k", sdy.sharding = #sdy.sharding<@mesh, [{}, {"tensor"}, {"fsdp"}, {}]>}, tensor<62x16x5376x128xbf16> {jax.result_info = "result[0].params.layers.v", sdy.sharding = #sdy.sharding<@mesh, [{}, {"tensor"}, {"fsdp"}, {}]>}, tensor<62x32x128x5376xbf16> {jax.result_info = "result[0].params.layers.o", sdy.sharding = #sdy.sharding<@mesh, [{}, {"tensor"}, {}, {"fsdp"}]>}, tensor<62x128xbf16> {jax.result_info = "result[0].params.layers.q_norm", sdy.sharding = #sdy.sharding<@mesh, [{}, {}]>}, tensor<62x128xbf16> {jax.result_info = "result[0].params.layers.k_norm", sdy.sharding = #sdy.sharding<@mesh, [{}, {}]>}, tensor<62x5376xbf16> {jax.result_info = "result[0].params.layers.post_attn_norm", sdy.sharding = #sdy.sharding<@mesh, [{}, {"fsdp"}]>}, tensor<62x5376xbf16> {jax.result_info = "result[0].params.layers.ffw_norm", sdy.sharding = #sdy.sharding<@mesh, [{}, {"fsdp"}]>}, tensor<62x5376x21504xbf16> {jax.result_info = "result[0].params.layers.gate", sdy.sharding = #sdy.sharding<@mesh, [{}, {"fsdp"}, {"tensor"}]>}, tensor<62x5376x21504xbf16> {jax.result_info = "result[0].params.layers.up", sdy.sharding = #sdy.sharding<@mesh, [{}, {"fsdp"}, {"tensor"}]>}, tensor<62x21504x5376xbf16> {jax.result_info = "result[0].params.layers.down", sdy.sharding = #sdy.sharding<@mesh, [{}, {"tensor"}, {"fsdp"}]>}, tensor<62x5376xbf16> {jax.result_info = "result[0].params.layers.post_ffw_norm", sdy.sharding = #sdy.sharding<@mesh, [{}, {"fsdp"}]>}, tensor<5376xbf16> {jax.result_info = "result[0].params.final_norm", sdy.sharding = #sdy.sharding<@mesh, [{"fsdp"}]>}, tensor<i32> {jax.result_info = "result[0].opt_state[1][0].count", sdy.sharding = #sdy.sharding<@mesh, []>}, tensor<262208x5376xbf16> {jax.result_info = "result[0].opt_state[1][0].mu.embed", sdy.sharding = #sdy.sharding<@mesh, [{"tensor"}, {"fsdp"}]>}, tensor<62x5376xbf16> {jax.result_info = "result[0].opt_state[1][0].mu.layers.attn_norm", sdy.sharding = #sdy.sharding<@mesh, [{}, {"fsdp"}]>}, tensor<62x32x5376x128xbf16> {jax.result_info = "result[0].opt_state[1][0].mu.layers.q", sdy.sharding = #sdy.sharding<@mesh, [{}, {"tensor"}, {"fsdp"}, {}]>}, tensor<62x16x5376x128xbf16> {jax.result_info = "result[0].opt_state[1][0].mu.layers.k", sdy.sharding = #sdy.sharding<@mesh, [{}, {"tensor"}, {"fsdp"}, {}]>}, tensor<62x16x5376x128xbf16> {jax.result_info = "result[0].opt_state[1][0].mu.layers.v", sdy.sharding = #sdy.sharding<@mesh, [{}, {"tensor"}, {"fsdp"}, {}]>}, tensor<62x32x128x5376xbf16> {jax.result_info = "result[0].opt_state[1][0].mu.layers.o", sdy.sharding = #sdy.sharding<@mesh, [{}, {"tensor"}, {}, {"fsdp"}]>}, tensor<62x128xbf16> {jax.result_info = "result[0].opt_state[1][0].mu.layers.q_norm", sdy.sharding = #sdy.sharding<@mesh, [{}, {}]>}, tensor<62x128xbf16> {jax.result_info = "result[0].opt_state[1][0].mu.layers.k_norm", sdy.sharding = #sdy.sharding<@mesh, [{}, {}]>}, tensor<62x5376xbf16> {jax.result_info = "result[0].opt_state[1][0].mu.layers.post_attn_norm", sdy.sharding = #sdy.sharding<@mesh, [{}, {"fsdp"}]>}, tensor<62x5376xbf16> {jax.result_info = "result[0].opt_state[1][0].mu.layers.ffw_norm", sdy.sharding = #sdy.sharding<@mesh, [{}, {"fsdp"}]>}, tensor<62x5376x21504xbf16> {jax.result_info = "result[0].opt_state[1][0].mu.layers.gate", sdy.sharding = #sdy.sharding<@mesh, [{}, {"fsdp"}, {"tensor"}]>}, tensor<62x5376x21504xbf16> {jax.result_info = "result[0].opt_state[1][0].mu.layers.up", sdy.sharding = #sdy.sharding<@mesh, [{}, {"fsdp"}, {"tensor"}]>}, tensor<62x21504x5376xbf16> {jax.result_info = "result[0].opt_state[1][0].mu.layers.down", sdy.sharding = #sdy.sharding<@mesh, [{}, {"tensor"}, {"fsdp"}]>}, tensor<62x5376xbf16> {jax.result_info = "result[0].opt_state[1][0].mu.layers.post_ffw_norm", sdy.sharding = #sdy.sharding<@mesh, [{}, {"fsdp"}]>}, tensor<5376xbf16> {jax.result_info = "result[0].opt_state[1][0].mu.final_norm", sdy.sharding = #sdy.sharding<@mesh, [{"fsdp"}]>}, tensor<262208x5376xbf16> {jax.result_info = "result[0].opt_state[1][0].nu.embed", sdy.sharding = #sdy.sharding<@mesh, [{"tensor"}, {"fsdp"}]>}, tensor<62x5376xbf16> {jax.result_info = "result[0].opt_state[1][0].nu.layers.attn_norm", sdy.sharding = #sdy.sharding<@mesh, [{}, {"fsdp"}]>}, tensor<62x32x5376x128xbf16> {jax.result_info = "result[0].opt_state[1][0].nu.layers.q", sdy.sharding = #sdy.sharding<@mesh, [{}, {"tensor"}, {"fsdp"}, {}]>}, tensor<62x16x5376x128xbf16> {jax.result_info = "result[0].opt_state[1][0].nu.layers.k", sdy.sharding = #sdy.sharding<@mesh, [{}, {"tensor"}, {"fsdp"}, {}]>}, tensor<62x16x5376x128xbf16> {jax.result_info = "result[0].opt_state[1][0].nu.layers.v", sdy.sharding = #sdy.sharding<@mesh, [{}, {"tensor"}, {"fsdp"}, {}]>}, tensor<62x32x128x5376xbf16> {jax.result_info = "result[0].opt_state[1][0].nu.layers.o", sdy.sharding = #sdy.sharding<@mesh, [{}, {"tensor"}, {}, {"fsdp"}]>}, tensor<62x128xbf16> {jax.result_info = "result[0].opt_state[1][0].nu.layers.q_norm", sdy.sharding = #sdy.sharding<@mesh, [{}, {}]>}, tensor<62x128xbf16> {jax.result_info = "result[0].opt_state[1][0].nu.layers.k_norm", sdy.sharding = #sdy.sharding<@mesh, [{}, {}]>}, tensor<62x5376xbf16> {jax.result_info = "result[0].opt_state[1][0].nu.layers.post_attn_norm", sdy.sharding = #sdy.sharding<@mesh, [{}, {"fsdp"}]>}, tensor<62x5376xbf16> {jax.result_info = "result[0].opt_state[1][0].nu.layers.ffw_norm", sdy.sharding = #sdy.sharding<@mesh, [{}, {"fsdp"}]>}, tensor<62x5376x21504xbf16> {jax.result_info = "result[0].opt_state[1][0].nu.layers.gate", sdy.sharding = #sdy.sharding<@mesh, [{}, {"fsdp"}, {"tensor"}]>}, tensor<62x5376x21504xbf16> {jax.result_info = "result[0].opt_state[1][0].nu.layers.up", sdy.sharding = #sdy.sharding<@mesh, [{}, {"fsdp"}, {"tensor"}]>}, tensor<62x21504x5376xbf16> {jax.result_info = "result[0].opt_state[1][0].nu.layers.down", sdy.sharding = #sdy.sharding<@mesh, [{}, {"tensor"}, {"fsdp"}]>}, tensor<62x5376xbf16> {jax.result_info = "result[0].opt_state[1][0].nu.layers.post_ffw_norm", sdy.sharding = #sdy.sharding<@mesh, [{}, {"fsdp"}]>}, tensor<5376xbf16> {jax.result_info = "result[0].opt_state[1][0].nu.final_norm", sdy.sharding = #sdy.sharding<@mesh, [{"fsdp"}]>}, tensor<i32> {jax.result_info = "result[0].step", sdy.sharding = #sdy.sharding<@mesh, []>}, tensor<f32> {jax.result_info = "result[1]['dropped']"}, tensor<f32> {jax.result_info = "result[1]['grad_norm']"}, tensor<f32> {jax.result_info = "result[1]['loss']"}, tensor<f32> {jax.result_info = "result[1]['tokens']"}) {
    %c = stablehlo.constant dense<[false, false, false, false, false, true, false, false, false, false, false, true, false, false, false, false, false, true, false, false, false, false, false, true, false, false, false, false, false, true, false, false, false, false, false, true, false, false, false, false, false, true, false, false, false, false, false, true, false, false, false, false, false, true, false, false, false, false, false, true, false, false]> : tensor<62xi1>
    %c_0 = stablehlo.constant dense<[false, false, false, false, false, true, false, false, false, false, false, true, false, false, false, false, false, true, false, false, false, false, false, true, false, false, false, false, false, true, false, false, false, false, false, true, false, false, false, false, false, true, false, false, false, false, false, true, false, false, false, false, false, true, false, false, false, false, false, true, false, false]> : tensor<62xi1>
    %0 = stablehlo.reshape %arg47 : (tensor<8x2048xi32>) -> tensor<4x2x2048xi32>
    %1 = stablehlo.reshape %arg48 : (tensor<8x2048xi32>) -> tensor<4x2x2048xi32>
    %2 = stablehlo.reshape %arg49 : (tensor<8x2048xi32>) -> tensor<4x2x2048xi32>
    %3 = stablehlo.reshape %arg50 : (tensor<8x2048xi32>) -> tensor<4x2x2048xi32>
    %cst = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %4 = stablehlo.broadcast_in_dim %cst, dims = [] : (tensor<f32>) -> tensor<262208x5376xf32>
    %cst_1 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %5 = stablehlo.broadcast_in_dim %cst_1, dims = [] : (tensor<f32>) -> tensor<62x5376xf32>
    %cst_2 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %6 = stablehlo.broadcast_in_dim %cst_2, dims = [] : (tensor<f32>) -> tensor<62x32x5376x128xf32>
    %cst_3 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %7 = stablehlo.broadcast_in_dim %cst_3, dims = [] : (tensor<f32>) -> tensor<62x16x5376x128xf32>
    %cst_4 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %8 = stablehlo.broadcast_in_dim %cst_4, dims = [] : (tensor<f32>) -> tensor<62x16x5376x128xf32>
    %cst_5 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %9 = stablehlo.broadcast_in_dim %cst_5, dims = [] : (tensor<f32>) -> tensor<62x32x128x5376xf32>
    %cst_6 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %10 = stablehlo.broadcast_in_dim %cst_6, dims = [] : (tensor<f32>) -> tensor<62x128xf32>
    %cst_7 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %11 = stablehlo.broadcast_in_dim %cst_7, dims = [] : (tensor<f32>) -> tensor<62x128xf32>
    %cst_8 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %12 = stablehlo.broadcast_in_dim %cst_8, dims = [] : (tensor<f32>) -> tensor<62x5376xf32>
    %cst_9 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %13 = stablehlo.broadcast_in_dim %cst_9, dims = [] : (tensor<f32>) -> tensor<62x5376xf32>
    %cst_10 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %14 = stablehlo.broadcast_in_dim %cst_10, dims = [] : (tensor<f32>) -> tensor<62x5376x21504xf32>
    %cst_11 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %15 = stablehlo.broadcast_in_dim %cst_11, dims = [] : (tensor<f32>) -> tensor<62x5376x21504xf32>
    %cst_12 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %16 = stablehlo.broadcast_in_dim %cst_12, dims = [] : (tensor<f32>) -> tensor<62x21504x5376xf32>
    %cst_13 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %17 = stablehlo.broadcast_in_dim %cst_13, dims = [] : (tensor<f32>) -> tensor<62x5376xf32>
    %cst_14 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %18 = stablehlo.broadcast_in_dim %cst_14, dims = [] : (tensor<f32>) -> tensor<5376xf32>
    %cst_15 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %cst_16 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %cst_17 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %c_18 = stablehlo.constant dense<0> : tensor<i32>
    %19:40 = stablehlo.while(%iterArg = %0, %iterArg_212 = %1, %iterArg_213 = %2, %iterArg_214 = %3, %iterArg_215 = %arg0, %iterArg_216 = %c, %iterArg_217 = %arg1, %iterArg_218 = %arg2, %iterArg_219 = %arg3, %iterArg_220 = %arg4, %iterArg_221 = %arg5, %iterArg_222 = %arg6, %iterArg_223 = %arg7, %iterArg_224 = %arg8, %iterArg_225 = %arg9, %iterArg_226 = %arg10, %iterArg_227 = %arg11, %iterArg_228 = %arg12, %iterArg_229 = %arg13, %iterArg_230 = %arg14, %iterArg_231 = %c_0, %iterArg_232 = %c_18, %iterArg_233 = %4, %iterArg_234 = %5, %iterArg_235 = %6, %iterArg_236 = %7, %iterArg_237 = %8, %iterArg_238 = %9, %iterArg_239 = %10, %iterArg_240 = %11, %iterArg_241 = %12, %iterArg_242 = %13, %iterArg_243 = %14, %iterArg_244 = %15, %iterArg_245 = %16, %iterArg_246 = %17, %iterArg_247 = %18, %iterArg_248 = %cst_15, %iterArg_249 = %cst_16, %iterArg_250 = %cst_17) : tensor<4x2x2048xi32>, tensor<4x2x2048xi32>, tensor<4x2x2048xi32>, tensor<4x2x2048xi32>, tensor<262208x5376xbf16>, tensor<62xi1>, tensor<62x5376xbf16>, tensor<62x32x5376x128xbf16>, tensor<62x16x5376x128xbf16>, tensor<62x16x5376x128xbf16>, tensor<62x32x128x5376xbf16>, tensor<62x128xbf16>, tensor<62x128xbf16>, tensor<62x5376xbf16>, tensor<62x5376xbf16>, tensor<62x5376x21504xbf16>, tensor<62x5376x21504xbf16>, tensor<62x21504x5376xbf16>, tensor<62x5376xbf16>, tensor<5376xbf16>, tensor<62xi1>, tensor<i32>, tensor<262208x5376xf32>, tensor<62x5376xf32>, tensor<62x32x5376x128xf32>, tensor<62x16x5376x128xf32>, tensor<62x16x5376x128xf32>, tensor<62x32x128x5376xf32>, tensor<62x128xf32>, tensor<62x128xf32>, tensor<62x5376xf32>, tensor<62x5376xf32>, tensor<62x5376x21504xf32>, tensor<62x5376x21504xf32>, tensor<62x21504x5376xf32>, tensor<62x5376xf32>, tensor<5376xf32>, tensor<f32>, tensor<f32>, tensor<f32>
    cond {
      %c_251 = stablehlo.constant dense<4> : tensor<i32>
      %772 = stablehlo.compare LT, %iterArg_232, %c_251, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
      stablehlo.return %772 : tensor<i1>
    } do {
      %772 = func.call @dynamic_index_in_dim(%iterArg, %iterArg_232) : (tensor<4x2x2048xi32>, tensor<i32>) -> tensor<2x2048xi32>
      %773 = func.call @dynamic_index_in_dim(%iterArg_212, %iterArg_232) : (tensor<4x2x2048xi32>, tensor<i32>) -> tensor<2x2048xi32>
      %774 = func.call @dynamic_index_in_dim(%iterArg_213, %iterArg_232) : (tensor<4x2x2048xi32>, tensor<i32>) -> tensor<2x2048xi32>
      %775 = func.call @dynamic_index_in_dim(%iterArg_214, %iterArg_232) : (tensor<4x2x2048xi32>, tensor<i32>) -> tensor<2x2048xi32>
      %776:18 = func.call @closed_call(%iterArg_215, %iterArg_216, %iterArg_217, %iterArg_218, %iterArg_219, %iterArg_220, %iterArg_221, %iterArg_222, %iterArg_223, %iterArg_224, %iterArg_225, %iterArg_226, %iterArg_227, %iterArg_228, %iterArg_229, %iterArg_230, %iterArg_231, %iterArg_233, %iterArg_234, %iterArg_235, %iterArg_236, %iterArg_237, %iterArg_238, %iterArg_239, %iterArg_240, %iterArg_241, %iterArg_242, %iterArg_243, %iterArg_244, %iterArg_245, %iterArg_246, %iterArg_247, %iterArg_248, %iterArg_249, %iterArg_250, %772, %773, %774, %775) : (tensor<262208x5376xbf16>, tensor<62xi1>, tensor<62x5376xbf16>, tensor<62x32x5376x128xbf16>, tensor<62x16x5376x128xbf16>, tensor<62x16x5376x128xbf16>, tensor<62x32x128x5376xbf16>, tensor<62x128xbf16>, tensor<62x128xbf16>, tensor<62x5376xbf16>, tensor<62x5376xbf16>, tensor<62x5376x21504xbf16>, tensor<62x5376x21504xbf16>, tensor<62x21504x5376xbf16>, tensor<62x5376xbf16>, tensor<5376xbf16>, tensor<62xi1>, tensor<262208x5376xf32>, tensor<62x5376xf32>, tensor<62x32x5376x128xf32>, tensor<62x16x5376x128xf32>, tensor<62x16x5376x128xf32>, tensor<62x32x128x5376xf32>, tensor<62x128xf32>, tensor<62x128xf32>, tensor<62x5376xf32>, tensor<62x5376xf32>, tensor<62x5376x21504xf32>, tensor<62x5376x21504xf32>, tensor<62x21504x5376xf32>, tensor<62x5376xf32>, tensor<5376xf32>, tensor<f32>, tensor<f32>, tensor<f32>, tensor<2x2048xi32>, tensor<2x2048xi32>, tensor<2x2048xi32>, tensor<2x2048xi32>) -> (tensor<262208x5376xf32>, tensor<62x5376xf32>, tensor<62x32x5376x128xf32>, tensor<62x16x5376x128xf32>, tensor<62x16x5376x128xf32>, tensor<62x32x128x5376xf32>, tensor<62x128xf32>, tensor<62x128xf32>, tensor<62x5376xf32>, tensor<62x5376xf32>, tensor<62x5376x21504xf32>, tensor<62x5376x21504xf32>, tensor<62x21504x5376xf32>, tensor<62x5376xf32>, tensor<5376xf32>, tensor<f32>, tensor<f32>, tensor<f32>)
      %c_251 = stablehlo.constant dense<1> : tensor<i32>
      %777 = stablehlo.add %iterArg_232, %c_251 : tensor<i32>
      stablehlo.return %iterArg, %iterArg_212, %iterArg_213, %iterArg_214, %iterArg_215, %iterArg_216, %iterArg_217, %iterArg_218, %iterArg_219, %iterArg_220, %iterArg_221, %iterArg_222, %iterArg_223, %iterArg_224, %iterArg_225, %iterArg_226, %iterArg_227, %iterArg_228, %iterArg_229, %iterArg_230, %iterArg_231, %777, %776#0, %776#1, %776#2, %776#3, %776#4, %776#5, %776#6, %776#7, %776#8, %776#9, %776#10, %776#11, %776#12, %776#13, %776#14, %776#15, %776#16, %776#17 : tensor<4x2x2048xi32>, tensor<4x2x2048xi32>, tensor<4x2x2048xi32>, tensor<4x2x2048xi32>, tensor<262208x5376xbf16>, tensor<62xi1>, tensor<62x5376xbf16>, tensor<62x32x5376x128xbf16>, tensor<62x16x5376x128xbf16>, tensor<62x16x5376x128xbf16>, tensor<62x32x128x5376xbf16>, tensor<62x128xbf16>, tensor<62x128xbf16>, tensor<62x5376xbf16>, tensor<62x5376xbf16>, tensor<62x5376x21504xbf16>, tensor<62x5376x21504xbf16>, tensor<62x21504x5376xbf16>, tensor<62x5376xbf16>, tensor<5376xbf16>, tensor<62xi1>, tensor<i32>, tensor<262208x5376xf32>, tensor<62x5376xf32>, tensor<62x32x5376x128xf32>, tensor<62x16x5376x128xf32>, tensor<62x16x5376x128xf32>, tensor<62x32x128x5376xf32>, tensor<62x128xf32>, tensor<62x128xf32>, tensor<62x5376xf32>, tensor<62x5376xf32>, tensor<62x5376x21504xf32>, tensor<62x5376x21504xf32>, tensor<62x21504x5376xf32>, tensor<62x5376xf32>, tensor<5376xf32>, tensor<f32>, tensor<f32>, tensor<f32>
    }
    %cst_19 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %20 = stablehlo.maximum %19#38, %cst_19 : tensor<f32>
    %cst_20 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %21 = stablehlo.divide %cst_20, %20 : tensor<f32>
    %22 = stablehlo.broadcast_in_dim %21, dims = [] : (tensor<f32>) -> tensor<262208x5376xf32>
    %23 = stablehlo.multiply %19#22, %22 : tensor<262208x5376xf32>
    %24 = stablehlo.broadcast_in_dim %21, dims = [] : (tensor<f32>) -> tensor<62x5376xf32>
    %25 = stablehlo.multiply %19#23, %24 : tensor<62x5376xf32>
    %26 = stablehlo.broadcast_in_dim %21, dims = [] : (tensor<f32>) -> tensor<62x32x5376x128xf32>
    %27 = stablehlo.multiply %19#24, %26 : tensor<62x32x5376x128xf32>
    %28 = stablehlo.broadcast_in_dim %21, dims = [] : (tensor<f32>) -> tensor<62x16x5376x128xf32>
    %29 = stablehlo.multiply %19#25, %28 : tensor<62x16x5376x128xf32>
    %30 = stablehlo.broadcast_in_dim %21, dims = [] : (tensor<f32>) -> tensor<62x16x5376x128xf32>
    %31 = stablehlo.multiply %19#26, %30 : tensor<62x16x5376x128xf32>
    %32 = stablehlo.broadcast_in_dim %21, dims = [] : (tensor<f32>) -> tensor<62x32x128x5376xf32>
    %33 = stablehlo.multiply %19#27, %32 : tensor<62x32x128x5376xf32>
    %34 = stablehlo.broadcast_in_dim %21, dims = [] : (tensor<f32>) -> tensor<62x128xf32>
    %35 = stablehlo.multiply %19#28, %34 : tensor<62x128xf32>
    %36 = stablehlo.broadcast_in_dim %21, dims = [] : (tensor<f32>) -> tensor<62x128xf32>
    %37 = stablehlo.multiply %19#29, %36 : tensor<62x128xf32>
    %38 = stablehlo.broadcast_in_dim %21, dims = [] : (tensor<f32>) -> tensor<62x5376xf32>
    %39 = stablehlo.multiply %19#30, %38 : tensor<62x5376xf32>
    %40 = stablehlo.broadcast_in_dim %21, dims = [] : (tensor<f32>) -> tensor<62x5376xf32>
    %41 = stablehlo.multiply %19#31, %40 : tensor<62x5376xf32>
    %42 = stablehlo.broadcast_in_dim %21, dims = [] : (tensor<f32>) -> tensor<62x5376x21504xf32>
    %43 = stablehlo.multiply %19#32, %42 : tensor<62x5376x21504xf32>
    %44 = stablehlo.broadcast_in_dim %21, dims = [] : (tensor<f32>) -> tensor<62x5376x21504xf32>
    %45 = stablehlo.multiply %19#33, %44 : tensor<62x5376x21504xf32>
    %46 = stablehlo.broadcast_in_dim %21, dims = [] : (tensor<f32>) -> tensor<62x21504x5376xf32>
    %47 = stablehlo.multiply %19#34, %46 : tensor<62x21504x5376xf32>
    %48 = stablehlo.broadcast_in_dim %21, dims = [] : (tensor<f32>) -> tensor<62x5376xf32>
    %49 = stablehlo.multiply %19#35, %48 : tensor<62x5376xf32>
    %50 = stablehlo.broadcast_in_dim %21, dims = [] : (tensor<f32>) -> tensor<5376xf32>
    %51 = stablehlo.multiply %19#36, %50 : tensor<5376xf32>
    %52 = stablehlo.multiply %19#37, %21 : tensor<f32>
    %53 = stablehlo.subtract %19#39, %19#38 : tensor<f32>
    %54 = chlo.square %23 : tensor<262208x5376xf32> -> tensor<262208x5376xf32>
    %cst_21 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %55 = stablehlo.broadcast_in_dim %cst_21, dims = [] : (tensor<f32>) -> tensor<262208x5376xf32>
    %56 = chlo.square %55 : tensor<262208x5376xf32> -> tensor<262208x5376xf32>
    %57 = stablehlo.add %54, %56 : tensor<262208x5376xf32>
    %58 = chlo.square %25 : tensor<62x5376xf32> -> tensor<62x5376xf32>
    %cst_22 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %59 = stablehlo.broadcast_in_dim %cst_22, dims = [] : (tensor<f32>) -> tensor<62x5376xf32>
    %60 = chlo.square %59 : tensor<62x5376xf32> -> tensor<62x5376xf32>
    %61 = stablehlo.add %58, %60 : tensor<62x5376xf32>
    %62 = chlo.square %27 : tensor<62x32x5376x128xf32> -> tensor<62x32x5376x128xf32>
    %cst_23 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %63 = stablehlo.broadcast_in_dim %cst_23, dims = [] : (tensor<f32>) -> tensor<62x32x5376x128xf32>
    %64 = chlo.square %63 : tensor<62x32x5376x128xf32> -> tensor<62x32x5376x128xf32>
    %65 = stablehlo.add %62, %64 : tensor<62x32x5376x128xf32>
    %66 = chlo.square %29 : tensor<62x16x5376x128xf32> -> tensor<62x16x5376x128xf32>
    %cst_24 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %67 = stablehlo.broadcast_in_dim %cst_24, dims = [] : (tensor<f32>) -> tensor<62x16x5376x128xf32>
    %68 = chlo.square %67 : tensor<62x16x5376x128xf32> -> tensor<62x16x5376x128xf32>
    %69 = stablehlo.add %66, %68 : tensor<62x16x5376x128xf32>
    %70 = chlo.square %31 : tensor<62x16x5376x128xf32> -> tensor<62x16x5376x128xf32>
    %cst_25 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %71 = stablehlo.broadcast_in_dim %cst_25, dims = [] : (tensor<f32>) -> tensor<62x16x5376x128xf32>
    %72 = chlo.square %71 : tensor<62x16x5376x128xf32> -> tensor<62x16x5376x128xf32>
    %73 = stablehlo.add %70, %72 : tensor<62x16x5376x128xf32>
    %74 = chlo.square %33 : tensor<62x32x128x5376xf32> -> tensor<62x32x128x5376xf32>
    %cst_26 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %75 = stablehlo.broadcast_in_dim %cst_26, dims = [] : (tensor<f32>) -> tensor<62x32x128x5376xf32>
    %76 = chlo.square %75 : tensor<62x32x128x5376xf32> -> tensor<62x32x128x5376xf32>
    %77 = stablehlo.add %74, %76 : tensor<62x32x128x5376xf32>
    %78 = chlo.square %35 : tensor<62x128xf32> -> tensor<62x128xf32>
    %cst_27 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %79 = stablehlo.broadcast_in_dim %cst_27, dims = [] : (tensor<f32>) -> tensor<62x128xf32>
    %80 = chlo.square %79 : tensor<62x128xf32> -> tensor<62x128xf32>
    %81 = stablehlo.add %78, %80 : tensor<62x128xf32>
    %82 = chlo.square %37 : tensor<62x128xf32> -> tensor<62x128xf32>
    %cst_28 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %83 = stablehlo.broadcast_in_dim %cst_28, dims = [] : (tensor<f32>) -> tensor<62x128xf32>
    %84 = chlo.square %83 : tensor<62x128xf32> -> tensor<62x128xf32>
    %85 = stablehlo.add %82, %84 : tensor<62x128xf32>
    %86 = chlo.square %39 : tensor<62x5376xf32> -> tensor<62x5376xf32>
    %cst_29 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %87 = stablehlo.broadcast_in_dim %cst_29, dims = [] : (tensor<f32>) -> tensor<62x5376xf32>
    %88 = chlo.square %87 : tensor<62x5376xf32> -> tensor<62x5376xf32>
    %89 = stablehlo.add %86, %88 : tensor<62x5376xf32>
    %90 = chlo.square %41 : tensor<62x5376xf32> -> tensor<62x5376xf32>
    %cst_30 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %91 = stablehlo.broadcast_in_dim %cst_30, dims = [] : (tensor<f32>) -> tensor<62x5376xf32>
    %92 = chlo.square %91 : tensor<62x5376xf32> -> tensor<62x5376xf32>
    %93 = stablehlo.add %90, %92 : tensor<62x5376xf32>
    %94 = chlo.square %43 : tensor<62x5376x21504xf32> -> tensor<62x5376x21504xf32>
    %cst_31 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %95 = stablehlo.broadcast_in_dim %cst_31, dims = [] : (tensor<f32>) -> tensor<62x5376x21504xf32>
    %96 = chlo.square %95 : tensor<62x5376x21504xf32> -> tensor<62x5376x21504xf32>
    %97 = stablehlo.add %94, %96 : tensor<62x5376x21504xf32>
    %98 = chlo.square %45 : tensor<62x5376x21504xf32> -> tensor<62x5376x21504xf32>
    %cst_32 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %99 = stablehlo.broadcast_in_dim %cst_32, dims = [] : (tensor<f32>) -> tensor<62x5376x21504xf32>
    %100 = chlo.square %99 : tensor<62x5376x21504xf32> -> tensor<62x5376x21504xf32>
    %101 = stablehlo.add %98, %100 : tensor<62x5376x21504xf32>
    %102 = chlo.square %47 : tensor<62x21504x5376xf32> -> tensor<62x21504x5376xf32>
    %cst_33 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %103 = stablehlo.broadcast_in_dim %cst_33, dims = [] : (tensor<f32>) -> tensor<62x21504x5376xf32>
    %104 = chlo.square %103 : tensor<62x21504x5376xf32> -> tensor<62x21504x5376xf32>
    %105 = stablehlo.add %102, %104 : tensor<62x21504x5376xf32>
    %106 = chlo.square %49 : tensor<62x5376xf32> -> tensor<62x5376xf32>
    %cst_34 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %107 = stablehlo.broadcast_in_dim %cst_34, dims = [] : (tensor<f32>) -> tensor<62x5376xf32>
    %108 = chlo.square %107 : tensor<62x5376xf32> -> tensor<62x5376xf32>
    %109 = stablehlo.add %106, %108 : tensor<62x5376xf32>
    %110 = chlo.square %51 : tensor<5376xf32> -> tensor<5376xf32>
    %cst_35 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %111 = stablehlo.broadcast_in_dim %cst_35, dims = [] : (tensor<f32>) -> tensor<5376xf32>
    %112 = chlo.square %111 : tensor<5376xf32> -> tensor<5376xf32>
    %113 = stablehlo.add %110, %112 : tensor<5376xf32>
    %cst_36 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %114 = stablehlo.reduce(%57 init: %cst_36) applies stablehlo.add across dimensions = [0, 1] : (tensor<262208x5376xf32>, tensor<f32>) -> tensor<f32>
    %cst_37 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %115 = stablehlo.reduce(%61 init: %cst_37) applies stablehlo.add across dimensions = [0, 1] : (tensor<62x5376xf32>, tensor<f32>) -> tensor<f32>
    %cst_38 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %116 = stablehlo.reduce(%65 init: %cst_38) applies stablehlo.add across dimensions = [0, 1, 2, 3] : (tensor<62x32x5376x128xf32>, tensor<f32>) -> tensor<f32>
    %cst_39 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %117 = stablehlo.reduce(%69 init: %cst_39) applies stablehlo.add across dimensions = [0, 1, 2, 3] : (tensor<62x16x5376x128xf32>, tensor<f32>) -> tensor<f32>
    %cst_40 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %118 = stablehlo.reduce(%73 init: %cst_40) applies stablehlo.add across dimensions = [0, 1, 2, 3] : (tensor<62x16x5376x128xf32>, tensor<f32>) -> tensor<f32>
    %cst_41 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %119 = stablehlo.reduce(%77 init: %cst_41) applies stablehlo.add across dimensions = [0, 1, 2, 3] : (tensor<62x32x128x5376xf32>, tensor<f32>) -> tensor<f32>
    %cst_42 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %120 = stablehlo.reduce(%81 init: %cst_42) applies stablehlo.add across dimensions = [0, 1] : (tensor<62x128xf32>, tensor<f32>) -> tensor<f32>
    %cst_43 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %121 = stablehlo.reduce(%85 init: %cst_43) applies stablehlo.add across dimensions = [0, 1] : (tensor<62x128xf32>, tensor<f32>) -> tensor<f32>
    %cst_44 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %122 = stablehlo.reduce(%89 init: %cst_44) applies stablehlo.add across dimensions = [0, 1] : (tensor<62x5376xf32>, tensor<f32>) -> tensor<f32>
    %cst_45 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %123 = stablehlo.reduce(%93 init: %cst_45) applies stablehlo.add across dimensions = [0, 1] : (tensor<62x5376xf32>, tensor<f32>) -> tensor<f32>
    %cst_46 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %124 = stablehlo.reduce(%97 init: %cst_46) applies stablehlo.add across dimensions = [0, 1, 2] : (tensor<62x5376x21504xf32>, tensor<f32>) -> tensor<f32>
    %cst_47 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %125 = stablehlo.reduce(%101 init: %cst_47) applies stablehlo.add across dimensions = [0, 1, 2] : (tensor<62x5376x21504xf32>, tensor<f32>) -> tensor<f32>
    %cst_48 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %126 = stablehlo.reduce(%105 init: %cst_48) applies stablehlo.add across dimensions = [0, 1, 2] : (tensor<62x21504x5376xf32>, tensor<f32>) -> tensor<f32>
    %cst_49 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %127 = stablehlo.reduce(%109 init: %cst_49) applies stablehlo.add across dimensions = [0, 1] : (tensor<62x5376xf32>, tensor<f32>) -> tensor<f32>
    %cst_50 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %128 = stablehlo.reduce(%113 init: %cst_50) applies stablehlo.add across dimensions = [0] : (tensor<5376xf32>, tensor<f32>) -> tensor<f32>
    %cst_51 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %129 = stablehlo.add %cst_51, %114 : tensor<f32>
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
    %145 = chlo.square %23 : tensor<262208x5376xf32> -> tensor<262208x5376xf32>
    %cst_52 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %146 = stablehlo.broadcast_in_dim %cst_52, dims = [] : (tensor<f32>) -> tensor<262208x5376xf32>
    %147 = chlo.square %146 : tensor<262208x5376xf32> -> tensor<262208x5376xf32>
    %148 = stablehlo.add %145, %147 : tensor<262208x5376xf32>
    %149 = chlo.square %25 : tensor<62x5376xf32> -> tensor<62x5376xf32>
    %cst_53 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %150 = stablehlo.broadcast_in_dim %cst_53, dims = [] : (tensor<f32>) -> tensor<62x5376xf32>
    %151 = chlo.square %150 : tensor<62x5376xf32> -> tensor<62x5376xf32>
    %152 = stablehlo.add %149, %151 : tensor<62x5376xf32>
    %153 = chlo.square %27 : tensor<62x32x5376x128xf32> -> tensor<62x32x5376x128xf32>
    %cst_54 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %154 = stablehlo.broadcast_in_dim %cst_54, dims = [] : (tensor<f32>) -> tensor<62x32x5376x128xf32>
    %155 = chlo.square %154 : tensor<62x32x5376x128xf32> -> tensor<62x32x5376x128xf32>
    %156 = stablehlo.add %153, %155 : tensor<62x32x5376x128xf32>
    %157 = chlo.square %29 : tensor<62x16x5376x128xf32> -> tensor<62x16x5376x128xf32>
    %cst_55 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %158 = stablehlo.broadcast_in_dim %cst_55, dims = [] : (tensor<f32>) -> tensor<62x16x5376x128xf32>
    %159 = chlo.square %158 : tensor<62x16x5376x128xf32> -> tensor<62x16x5376x128xf32>
    %160 = stablehlo.add %157, %159 : tensor<62x16x5376x128xf32>
    %161 = chlo.square %31 : tensor<62x16x5376x128xf32> -> tensor<62x16x5376x128xf32>
    %cst_56 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %162 = stablehlo.broadcast_in_dim %cst_56, dims = [] : (tensor<f32>) -> tensor<62x16x5376x128xf32>
    %163 = chlo.square %162 : tensor<62x16x5376x128xf32> -> tensor<62x16x5376x128xf32>
    %164 = stablehlo.add %161, %163 : tensor<62x16x5376x128xf32>
    %165 = chlo.square %33 : tensor<62x32x128x5376xf32> -> tensor<62x32x128x5376xf32>
    %cst_57 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %166 = stablehlo.broadcast_in_dim %cst_57, dims = [] : (tensor<f32>) -> tensor<62x32x128x5376xf32>
    %167 = chlo.square %166 : tensor<62x32x128x5376xf32> -> tensor<62x32x128x5376xf32>
    %168 = stablehlo.add %165, %167 : tensor<62x32x128x5376xf32>
    %169 = chlo.square %35 : tensor<62x128xf32> -> tensor<62x128xf32>
    %cst_58 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %170 = stablehlo.broadcast_in_dim %cst_58, dims = [] : (tensor<f32>) -> tensor<62x128xf32>
    %171 = chlo.square %170 : tensor<62x128xf32> -> tensor<62x128xf32>
    %172 = stablehlo.add %169, %171 : tensor<62x128xf32>
    %173 = chlo.square %37 : tensor<62x128xf32> -> tensor<62x128xf32>
    %cst_59 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %174 = stablehlo.broadcast_in_dim %cst_59, dims = [] : (tensor<f32>) -> tensor<62x128xf32>
    %175 = chlo.square %174 : tensor<62x128xf32> -> tensor<62x128xf32>
    %176 = stablehlo.add %173, %175 : tensor<62x128xf32>
    %177 = chlo.square %39 : tensor<62x5376xf32> -> tensor<62x5376xf32>
    %cst_60 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %178 = stablehlo.broadcast_in_dim %cst_60, dims = [] : (tensor<f32>) -> tensor<62x5376xf32>
    %179 = chlo.square %178 : tensor<62x5376xf32> -> tensor<62x5376xf32>
    %180 = stablehlo.add %177, %179 : tensor<62x5376xf32>
    %181 = chlo.square %41 : tensor<62x5376xf32> -> tensor<62x5376xf32>
    %cst_61 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %182 = stablehlo.broadcast_in_dim %cst_61, dims = [] : (tensor<f32>) -> tensor<62x5376xf32>
    %183 = chlo.square %182 : tensor<62x5376xf32> -> tensor<62x5376xf32>
    %184 = stablehlo.add %181, %183 : tensor<62x5376xf32>
    %185 = chlo.square %43 : tensor<62x5376x21504xf32> -> tensor<62x5376x21504xf32>
    %cst_62 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %186 = stablehlo.broadcast_in_dim %cst_62, dims = [] : (tensor<f32>) -> tensor<62x5376x21504xf32>
    %187 = chlo.square %186 : tensor<62x5376x21504xf32> -> tensor<62x5376x21504xf32>
    %188 = stablehlo.add %185, %187 : tensor<62x5376x21504xf32>
    %189 = chlo.square %45 : tensor<62x5376x21504xf32> -> tensor<62x5376x21504xf32>
    %cst_63 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %190 = stablehlo.broadcast_in_dim %cst_63, dims = [] : (tensor<f32>) -> tensor<62x5376x21504xf32>
    %191 = chlo.square %190 : tensor<62x5376x21504xf32> -> tensor<62x5376x21504xf32>
    %192 = stablehlo.add %189, %191 : tensor<62x5376x21504xf32>
    %193 = chlo.square %47 : tensor<62x21504x5376xf32> -> tensor<62x21504x5376xf32>
    %cst_64 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %194 = stablehlo.broadcast_in_dim %cst_64, dims = [] : (tensor<f32>) -> tensor<62x21504x5376xf32>
    %195 = chlo.square %194 : tensor<62x21504x5376xf32> -> tensor<62x21504x5376xf32>
    %196 = stablehlo.add %193, %195 : tensor<62x21504x5376xf32>
    %197 = chlo.square %49 : tensor<62x5376xf32> -> tensor<62x5376xf32>
    %cst_65 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %198 = stablehlo.broadcast_in_dim %cst_65, dims = [] : (tensor<f32>) -> tensor<62x5376xf32>
    %199 = chlo.square %198 : tensor<62x5376xf32> -> tensor<62x5376xf32>
    %200 = stablehlo.add %197, %199 : tensor<62x5376xf32>
    %201 = chlo.square %51 : tensor<5376xf32> -> tensor<5376xf32>
    %cst_66 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %202 = stablehlo.broadcast_in_dim %cst_66, dims = [] : (tensor<f32>) -> tensor<5376xf32>
    %203 = chlo.square %202 : tensor<5376xf32> -> tensor<5376xf32>
    %204 = stablehlo.add %201, %203 : tensor<5376xf32>
    %cst_67 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %205 = stablehlo.reduce(%148 init: %cst_67) applies stablehlo.add across dimensions = [0, 1] : (tensor<262208x5376xf32>, tensor<f32>) -> tensor<f32>
    %cst_68 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %206 = stablehlo.reduce(%152 init: %cst_68) applies stablehlo.add across dimensions = [0, 1] : (tensor<62x5376xf32>, tensor<f32>) -> tensor<f32>
    %cst_69 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %207 = stablehlo.reduce(%156 init: %cst_69) applies stablehlo.add across dimensions = [0, 1, 2, 3] : (tensor<62x32x5376x128xf32>, tensor<f32>) -> tensor<f32>
    %cst_70 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %208 = stablehlo.reduce(%160 init: %cst_70) applies stablehlo.add across dimensions = [0, 1, 2, 3] : (tensor<62x16x5376x128xf32>, tensor<f32>) -> tensor<f32>
    %cst_71 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %209 = stablehlo.reduce(%164 init: %cst_71) applies stablehlo.add across dimensions = [0, 1, 2, 3] : (tensor<62x16x5376x128xf32>, tensor<f32>) -> tensor<f32>
    %cst_72 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %210 = stablehlo.reduce(%168 init: %cst_72) applies stablehlo.add across dimensions = [0, 1, 2, 3] : (tensor<62x32x128x5376xf32>, tensor<f32>) -> tensor<f32>
    %cst_73 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %211 = stablehlo.reduce(%172 init: %cst_73) applies stablehlo.add across dimensions = [0, 1] : (tensor<62x128xf32>, tensor<f32>) -> tensor<f32>
    %cst_74 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %212 = stablehlo.reduce(%176 init: %cst_74) applies stablehlo.add across dimensions = [0, 1] : (tensor<62x128xf32>, tensor<f32>) -> tensor<f32>
    %cst_75 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %213 = stablehlo.reduce(%180 init: %cst_75) applies stablehlo.add across dimensions = [0, 1] : (tensor<62x5376xf32>, tensor<f32>) -> tensor<f32>
    %cst_76 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %214 = stablehlo.reduce(%184 init: %cst_76) applies stablehlo.add across dimensions = [0, 1] : (tensor<62x5376xf32>, tensor<f32>) -> tensor<f32>
    %cst_77 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %215 = stablehlo.reduce(%188 init: %cst_77) applies stablehlo.add across dimensions = [0, 1, 2] : (tensor<62x5376x21504xf32>, tensor<f32>) -> tensor<f32>
    %cst_78 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %216 = stablehlo.reduce(%192 init: %cst_78) applies stablehlo.add across dimensions = [0, 1, 2] : (tensor<62x5376x21504xf32>, tensor<f32>) -> tensor<f32>
    %cst_79 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %217 = stablehlo.reduce(%196 init: %cst_79) applies stablehlo.add across dimensions = [0, 1, 2] : (tensor<62x21504x5376xf32>, tensor<f32>) -> tensor<f32>
    %cst_80 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %218 = stablehlo.reduce(%200 init: %cst_80) applies stablehlo.add across dimensions = [0, 1] : (tensor<62x5376xf32>, tensor<f32>) -> tensor<f32>
    %cst_81 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %219 = stablehlo.reduce(%204 init: %cst_81) applies stablehlo.add across dimensions = [0] : (tensor<5376xf32>, tensor<f32>) -> tensor<f32>
    %cst_82 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %220 = stablehlo.add %cst_82, %205 : tensor<f32>
    %221 = stablehlo.add %220, %206 : tensor<f32>
    %222 = stablehlo.add %221, %207 : tensor<f32>
    %223 = stablehlo.add %222, %208 : tensor<f32>
    %224 = stablehlo.add %223, %209 : tensor<f32>
    %225 = stablehlo.add %224, %210 : tensor<f32>
    %226 = stablehlo.add %225, %211 : tensor<f32>
    %227 = stablehlo.add %226, %212 : tensor<f32>
    %228 = stablehlo.add %227, %213 : tensor<f32>
    %229 = stablehlo.add %228, %214 : tensor<f32>
    %230 = stablehlo.add %229, %215 : tensor<f32>
    %231 = stablehlo.add %230, %216 : tensor<f32>
    %232 = stablehlo.add %231, %217 : tensor<f32>
    %233 = stablehlo.add %232, %218 : tensor<f32>
    %234 = stablehlo.add %233, %219 : tensor<f32>
    %235 = stablehlo.sqrt %234 : tensor<f32>
    %cst_83 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %236 = stablehlo.compare LT, %235, %cst_83, FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
    %237 = stablehlo.broadcast_in_dim %235, dims = [] : (tensor<f32>) -> tensor<262208x5376xf32>
    %238 = stablehlo.divide %23, %237 : tensor<262208x5376xf32>
    %cst_84 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %239 = stablehlo.broadcast_in_dim %cst_84, dims = [] : (tensor<f32>) -> tensor<262208x5376xf32>
    %240 = stablehlo.multiply %238, %239 : tensor<262208x5376xf32>
    %241 = stablehlo.select %236, %23, %240 : tensor<i1>, tensor<262208x5376xf32>
    %242 = stablehlo.broadcast_in_dim %235, dims = [] : (tensor<f32>) -> tensor<62x5376xf32>
    %243 = stablehlo.divide %25, %242 : tensor<62x5376xf32>
    %cst_85 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %244 = stablehlo.broadcast_in_dim %cst_85, dims = [] : (tensor<f32>) -> tensor<62x5376xf32>
    %245 = stablehlo.multiply %243, %244 : tensor<62x5376xf32>
    %246 = stablehlo.select %236, %25, %245 : tensor<i1>, tensor<62x5376xf32>
    %247 = stablehlo.broadcast_in_dim %235, dims = [] : (tensor<f32>) -> tensor<62x32x5376x128xf32>
    %248 = stablehlo.divide %27, %247 : tensor<62x32x5376x128xf32>
    %cst_86 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %249 = stablehlo.broadcast_in_dim %cst_86, dims = [] : (tensor<f32>) -> tensor<62x32x5376x128xf32>
    %250 = stablehlo.multiply %248, %249 : tensor<62x32x5376x128xf32>
    %251 = stablehlo.select %236, %27, %250 : tensor<i1>, tensor<62x32x5376x128xf32>
    %252 = stablehlo.broadcast_in_dim %235, dims = [] : (tensor<f32>) -> tensor<62x16x5376x128xf32>
    %253 = stablehlo.divide %29, %252 : tensor<62x16x5376x128xf32>
    %cst_87 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %254 = stablehlo.broadcast_in_dim %cst_87, dims = [] : (tensor<f32>) -> tensor<62x16x5376x128xf32>
    %255 = stablehlo.multiply %253, %254 : tensor<62x16x5376x128xf32>
    %256 = stablehlo.select %236, %29, %255 : tensor<i1>, tensor<62x16x5376x128xf32>
    %257 = stablehlo.broadcast_in_dim %235, dims = [] : (tensor<f32>) -> tensor<62x16x5376x128xf32>
    %258 = stablehlo.divide %31, %257 : tensor<62x16x5376x128xf32>
    %cst_88 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %259 = stablehlo.broadcast_in_dim %cst_88, dims = [] : (tensor<f32>) -> tensor<62x16x5376x128xf32>
    %260 = stablehlo.multiply %258, %259 : tensor<62x16x5376x128xf32>
    %261 = stablehlo.select %236, %31, %260 : tensor<i1>, tensor<62x16x5376x128xf32>
    %262 = stablehlo.broadcast_in_dim %235, dims = [] : (tensor<f32>) -> tensor<62x32x128x5376xf32>
    %263 = stablehlo.divide %33, %262 : tensor<62x32x128x5376xf32>
    %cst_89 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %264 = stablehlo.broadcast_in_dim %cst_89, dims = [] : (tensor<f32>) -> tensor<62x32x128x5376xf32>
    %265 = stablehlo.multiply %263, %264 : tensor<62x32x128x5376xf32>
    %266 = stablehlo.select %236, %33, %265 : tensor<i1>, tensor<62x32x128x5376xf32>
    %267 = stablehlo.broadcast_in_dim %235, dims = [] : (tensor<f32>) -> tensor<62x128xf32>
    %268 = stablehlo.divide %35, %267 : tensor<62x128xf32>
    %cst_90 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %269 = stablehlo.broadcast_in_dim %cst_90, dims = [] : (tensor<f32>) -> tensor<62x128xf32>
    %270 = stablehlo.multiply %268, %269 : tensor<62x128xf32>
    %271 = stablehlo.select %236, %35, %270 : tensor<i1>, tensor<62x128xf32>
    %272 = stablehlo.broadcast_in_dim %235, dims = [] : (tensor<f32>) -> tensor<62x128xf32>
    %273 = stablehlo.divide %37, %272 : tensor<62x128xf32>
    %cst_91 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %274 = stablehlo.broadcast_in_dim %cst_91, dims = [] : (tensor<f32>) -> tensor<62x128xf32>
    %275 = stablehlo.multiply %273, %274 : tensor<62x128xf32>
    %276 = stablehlo.select %236, %37, %275 : tensor<i1>, tensor<62x128xf32>
    %277 = stablehlo.broadcast_in_dim %235, dims = [] : (tensor<f32>) -> tensor<62x5376xf32>
    %278 = stablehlo.divide %39, %277 : tensor<62x5376xf32>
    %cst_92 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %279 = stablehlo.broadcast_in_dim %cst_92, dims = [] : (tensor<f32>) -> tensor<62x5376xf32>
    %280 = stablehlo.multiply %278, %279 : tensor<62x5376xf32>
    %281 = stablehlo.select %236, %39, %280 : tensor<i1>, tensor<62x5376xf32>
    %282 = stablehlo.broadcast_in_dim %235, dims = [] : (tensor<f32>) -> tensor<62x5376xf32>
    %283 = stablehlo.divide %41, %282 : tensor<62x5376xf32>
    %cst_93 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %284 = stablehlo.broadcast_in_dim %cst_93, dims = [] : (tensor<f32>) -> tensor<62x5376xf32>
    %285 = stablehlo.multiply %283, %284 : tensor<62x5376xf32>
    %286 = stablehlo.select %236, %41, %285 : tensor<i1>, tensor<62x5376xf32>
    %287 = stablehlo.broadcast_in_dim %235, dims = [] : (tensor<f32>) -> tensor<62x5376x21504xf32>
    %288 = stablehlo.divide %43, %287 : tensor<62x5376x21504xf32>
    %cst_94 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %289 = stablehlo.broadcast_in_dim %cst_94, dims = [] : (tensor<f32>) -> tensor<62x5376x21504xf32>
    %290 = stablehlo.multiply %288, %289 : tensor<62x5376x21504xf32>
    %291 = stablehlo.select %236, %43, %290 : tensor<i1>, tensor<62x5376x21504xf32>
    %292 = stablehlo.broadcast_in_dim %235, dims = [] : (tensor<f32>) -> tensor<62x5376x21504xf32>
    %293 = stablehlo.divide %45, %292 : tensor<62x5376x21504xf32>
    %cst_95 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %294 = stablehlo.broadcast_in_dim %cst_95, dims = [] : (tensor<f32>) -> tensor<62x5376x21504xf32>
    %295 = stablehlo.multiply %293, %294 : tensor<62x5376x21504xf32>
    %296 = stablehlo.select %236, %45, %295 : tensor<i1>, tensor<62x5376x21504xf32>
    %297 = stablehlo.broadcast_in_dim %235, dims = [] : (tensor<f32>) -> tensor<62x21504x5376xf32>
    %298 = stablehlo.divide %47, %297 : tensor<62x21504x5376xf32>
    %cst_96 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %299 = stablehlo.broadcast_in_dim %cst_96, dims = [] : (tensor<f32>) -> tensor<62x21504x5376xf32>
    %300 = stablehlo.multiply %298, %299 : tensor<62x21504x5376xf32>
    %301 = stablehlo.select %236, %47, %300 : tensor<i1>, tensor<62x21504x5376xf32>
    %302 = stablehlo.broadcast_in_dim %235, dims = [] : (tensor<f32>) -> tensor<62x5376xf32>
    %303 = stablehlo.divide %49, %302 : tensor<62x5376xf32>
    %cst_97 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %304 = stablehlo.broadcast_in_dim %cst_97, dims = [] : (tensor<f32>) -> tensor<62x5376xf32>
    %305 = stablehlo.multiply %303, %304 : tensor<62x5376xf32>
    %306 = stablehlo.select %236, %49, %305 : tensor<i1>, tensor<62x5376xf32>
    %307 = stablehlo.broadcast_in_dim %235, dims = [] : (tensor<f32>) -> tensor<5376xf32>
    %308 = stablehlo.divide %51, %307 : tensor<5376xf32>
    %cst_98 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %309 = stablehlo.broadcast_in_dim %cst_98, dims = [] : (tensor<f32>) -> tensor<5376xf32>
    %310 = stablehlo.multiply %308, %309 : tensor<5376xf32>
    %311 = stablehlo.select %236, %51, %310 : tensor<i1>, tensor<5376xf32>
    %cst_99 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %312 = stablehlo.broadcast_in_dim %cst_99, dims = [] : (tensor<f32>) -> tensor<262208x5376xf32>
    %313 = stablehlo.multiply %312, %241 : tensor<262208x5376xf32>
    %cst_100 = stablehlo.constant dense<8.984370e-01> : tensor<bf16>
    %314 = stablehlo.broadcast_in_dim %cst_100, dims = [] : (tensor<bf16>) -> tensor<262208x5376xbf16>
    %315 = stablehlo.multiply %314, %arg16 : tensor<262208x5376xbf16>
    %316 = stablehlo.convert %315 : (tensor<262208x5376xbf16>) -> tensor<262208x5376xf32>
    %317 = stablehlo.add %313, %316 : tensor<262208x5376xf32>
    %cst_101 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %318 = stablehlo.broadcast_in_dim %cst_101, dims = [] : (tensor<f32>) -> tensor<62x5376xf32>
    %319 = stablehlo.multiply %318, %246 : tensor<62x5376xf32>
    %cst_102 = stablehlo.constant dense<8.984370e-01> : tensor<bf16>
    %320 = stablehlo.broadcast_in_dim %cst_102, dims = [] : (tensor<bf16>) -> tensor<62x5376xbf16>
    %321 = stablehlo.multiply %320, %arg17 : tensor<62x5376xbf16>
    %322 = stablehlo.convert %321 : (tensor<62x5376xbf16>) -> tensor<62x5376xf32>
    %323 = stablehlo.add %319, %322 : tensor<62x5376xf32>
    %cst_103 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %324 = stablehlo.broadcast_in_dim %cst_103, dims = [] : (tensor<f32>) -> tensor<62x32x5376x128xf32>
    %325 = stablehlo.multiply %324, %251 : tensor<62x32x5376x128xf32>
    %cst_104 = stablehlo.constant dense<8.984370e-01> : tensor<bf16>
    %326 = stablehlo.broadcast_in_dim %cst_104, dims = [] : (tensor<bf16>) -> tensor<62x32x5376x128xbf16>
    %327 = stablehlo.multiply %326, %arg18 : tensor<62x32x5376x128xbf16>
    %328 = stablehlo.convert %327 : (tensor<62x32x5376x128xbf16>) -> tensor<62x32x5376x128xf32>
    %329 = stablehlo.add %325, %328 : tensor<62x32x5376x128xf32>
    %cst_105 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %330 = stablehlo.broadcast_in_dim %cst_105, dims = [] : (tensor<f32>) -> tensor<62x16x5376x128xf32>
    %331 = stablehlo.multiply %330, %256 : tensor<62x16x5376x128xf32>
    %cst_106 = stablehlo.constant dense<8.984370e-01> : tensor<bf16>
    %332 = stablehlo.broadcast_in_dim %cst_106, dims = [] : (tensor<bf16>) -> tensor<62x16x5376x128xbf16>
    %333 = stablehlo.multiply %332, %arg19 : tensor<62x16x5376x128xbf16>
    %334 = stablehlo.convert %333 : (tensor<62x16x5376x128xbf16>) -> tensor<62x16x5376x128xf32>
    %335 = stablehlo.add %331, %334 : tensor<62x16x5376x128xf32>
    %cst_107 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %336 = stablehlo.broadcast_in_dim %cst_107, dims = [] : (tensor<f32>) -> tensor<62x16x5376x128xf32>
    %337 = stablehlo.multiply %336, %261 : tensor<62x16x5376x128xf32>
    %cst_108 = stablehlo.constant dense<8.984370e-01> : tensor<bf16>
    %338 = stablehlo.broadcast_in_dim %cst_108, dims = [] : (tensor<bf16>) -> tensor<62x16x5376x128xbf16>
    %339 = stablehlo.multiply %338, %arg20 : tensor<62x16x5376x128xbf16>
    %340 = stablehlo.convert %339 : (tensor<62x16x5376x128xbf16>) -> tensor<62x16x5376x128xf32>
    %341 = stablehlo.add %337, %340 : tensor<62x16x5376x128xf32>
    %cst_109 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %342 = stablehlo.broadcast_in_dim %cst_109, dims = [] : (tensor<f32>) -> tensor<62x32x128x5376xf32>
    %343 = stablehlo.multiply %342, %266 : tensor<62x32x128x5376xf32>
    %cst_110 = stablehlo.constant dense<8.984370e-01> : tensor<bf16>
    %344 = stablehlo.broadcast_in_dim %cst_110, dims = [] : (tensor<bf16>) -> tensor<62x32x128x5376xbf16>
    %345 = stablehlo.multiply %344, %arg21 : tensor<62x32x128x5376xbf16>
    %346 = stablehlo.convert %345 : (tensor<62x32x128x5376xbf16>) -> tensor<62x32x128x5376xf32>
    %347 = stablehlo.add %343, %346 : tensor<62x32x128x5376xf32>
    %cst_111 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %348 = stablehlo.broadcast_in_dim %cst_111, dims = [] : (tensor<f32>) -> tensor<62x128xf32>
    %349 = stablehlo.multiply %348, %271 : tensor<62x128xf32>
    %cst_112 = stablehlo.constant dense<8.984370e-01> : tensor<bf16>
    %350 = stablehlo.broadcast_in_dim %cst_112, dims = [] : (tensor<bf16>) -> tensor<62x128xbf16>
    %351 = stablehlo.multiply %350, %arg22 : tensor<62x128xbf16>
    %352 = stablehlo.convert %351 : (tensor<62x128xbf16>) -> tensor<62x128xf32>
    %353 = stablehlo.add %349, %352 : tensor<62x128xf32>
    %cst_113 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %354 = stablehlo.broadcast_in_dim %cst_113, dims = [] : (tensor<f32>) -> tensor<62x128xf32>
    %355 = stablehlo.multiply %354, %276 : tensor<62x128xf32>
    %cst_114 = stablehlo.constant dense<8.984370e-01> : tensor<bf16>
    %356 = stablehlo.broadcast_in_dim %cst_114, dims = [] : (tensor<bf16>) -> tensor<62x128xbf16>
    %357 = stablehlo.multiply %356, %arg23 : tensor<62x128xbf16>
    %358 = stablehlo.convert %357 : (tensor<62x128xbf16>) -> tensor<62x128xf32>
    %359 = stablehlo.add %355, %358 : tensor<62x128xf32>
    %cst_115 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %360 = stablehlo.broadcast_in_dim %cst_115, dims = [] : (tensor<f32>) -> tensor<62x5376xf32>
    %361 = stablehlo.multiply %360, %281 : tensor<62x5376xf32>
    %cst_116 = stablehlo.constant dense<8.984370e-01> : tensor<bf16>
    %362 = stablehlo.broadcast_in_dim %cst_116, dims = [] : (tensor<bf16>) -> tensor<62x5376xbf16>
    %363 = stablehlo.multiply %362, %arg24 : tensor<62x5376xbf16>
    %364 = stablehlo.convert %363 : (tensor<62x5376xbf16>) -> tensor<62x5376xf32>
    %365 = stablehlo.add %361, %364 : tensor<62x5376xf32>
    %cst_117 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %366 = stablehlo.broadcast_in_dim %cst_117, dims = [] : (tensor<f32>) -> tensor<62x5376xf32>
    %367 = stablehlo.multiply %366, %286 : tensor<62x5376xf32>
    %cst_118 = stablehlo.constant dense<8.984370e-01> : tensor<bf16>
    %368 = stablehlo.broadcast_in_dim %cst_118, dims = [] : (tensor<bf16>) -> tensor<62x5376xbf16>
    %369 = stablehlo.multiply %368, %arg25 : tensor<62x5376xbf16>
    %370 = stablehlo.convert %369 : (tensor<62x5376xbf16>) -> tensor<62x5376xf32>
    %371 = stablehlo.add %367, %370 : tensor<62x5376xf32>
    %cst_119 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %372 = stablehlo.broadcast_in_dim %cst_119, dims = [] : (tensor<f32>) -> tensor<62x5376x21504xf32>
    %373 = stablehlo.multiply %372, %291 : tensor<62x5376x21504xf32>
    %cst_120 = stablehlo.constant dense<8.984370e-01> : tensor<bf16>
    %374 = stablehlo.broadcast_in_dim %cst_120, dims = [] : (tensor<bf16>) -> tensor<62x5376x21504xbf16>
    %375 = stablehlo.multiply %374, %arg26 : tensor<62x5376x21504xbf16>
    %376 = stablehlo.convert %375 : (tensor<62x5376x21504xbf16>) -> tensor<62x5376x21504xf32>
    %377 = stablehlo.add %373, %376 : tensor<62x5376x21504xf32>
    %cst_121 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %378 = stablehlo.broadcast_in_dim %cst_121, dims = [] : (tensor<f32>) -> tensor<62x5376x21504xf32>
    %379 = stablehlo.multiply %378, %296 : tensor<62x5376x21504xf32>
    %cst_122 = stablehlo.constant dense<8.984370e-01> : tensor<bf16>
    %380 = stablehlo.broadcast_in_dim %cst_122, dims = [] : (tensor<bf16>) -> tensor<62x5376x21504xbf16>
    %381 = stablehlo.multiply %380, %arg27 : tensor<62x5376x21504xbf16>
    %382 = stablehlo.convert %381 : (tensor<62x5376x21504xbf16>) -> tensor<62x5376x21504xf32>
    %383 = stablehlo.add %379, %382 : tensor<62x5376x21504xf32>
    %cst_123 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %384 = stablehlo.broadcast_in_dim %cst_123, dims = [] : (tensor<f32>) -> tensor<62x21504x5376xf32>
    %385 = stablehlo.multiply %384, %301 : tensor<62x21504x5376xf32>
    %cst_124 = stablehlo.constant dense<8.984370e-01> : tensor<bf16>
    %386 = stablehlo.broadcast_in_dim %cst_124, dims = [] : (tensor<bf16>) -> tensor<62x21504x5376xbf16>
    %387 = stablehlo.multiply %386, %arg28 : tensor<62x21504x5376xbf16>
    %388 = stablehlo.convert %387 : (tensor<62x21504x5376xbf16>) -> tensor<62x21504x5376xf32>
    %389 = stablehlo.add %385, %388 : tensor<62x21504x5376xf32>
    %cst_125 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %390 = stablehlo.broadcast_in_dim %cst_125, dims = [] : (tensor<f32>) -> tensor<62x5376xf32>
    %391 = stablehlo.multiply %390, %306 : tensor<62x5376xf32>
    %cst_126 = stablehlo.constant dense<8.984370e-01> : tensor<bf16>
    %392 = stablehlo.broadcast_in_dim %cst_126, dims = [] : (tensor<bf16>) -> tensor<62x5376xbf16>
    %393 = stablehlo.multiply %392, %arg29 : tensor<62x5376xbf16>
    %394 = stablehlo.convert %393 : (tensor<62x5376xbf16>) -> tensor<62x5376xf32>
    %395 = stablehlo.add %391, %394 : tensor<62x5376xf32>
    %cst_127 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %396 = stablehlo.broadcast_in_dim %cst_127, dims = [] : (tensor<f32>) -> tensor<5376xf32>
    %397 = stablehlo.multiply %396, %311 : tensor<5376xf32>
    %cst_128 = stablehlo.constant dense<8.984370e-01> : tensor<bf16>
    %398 = stablehlo.broadcast_in_dim %cst_128, dims = [] : (tensor<bf16>) -> tensor<5376xbf16>
    %399 = stablehlo.multiply %398, %arg30 : tensor<5376xbf16>
    %400 = stablehlo.convert %399 : (tensor<5376xbf16>) -> tensor<5376xf32>
    %401 = stablehlo.add %397, %400 : tensor<5376xf32>
    %402 = stablehlo.multiply %241, %241 : tensor<262208x5376xf32>
    %cst_129 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %403 = stablehlo.broadcast_in_dim %cst_129, dims = [] : (tensor<f32>) -> tensor<262208x5376xf32>
    %404 = stablehlo.multiply %403, %402 : tensor<262208x5376xf32>
    %cst_130 = stablehlo.constant dense<1.000000e+00> : tensor<bf16>
    %405 = stablehlo.broadcast_in_dim %cst_130, dims = [] : (tensor<bf16>) -> tensor<262208x5376xbf16>
    %406 = stablehlo.multiply %405, %arg31 : tensor<262208x5376xbf16>
    %407 = stablehlo.convert %406 : (tensor<262208x5376xbf16>) -> tensor<262208x5376xf32>
    %408 = stablehlo.add %404, %407 : tensor<262208x5376xf32>
    %409 = stablehlo.multiply %246, %246 : tensor<62x5376xf32>
    %cst_131 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %410 = stablehlo.broadcast_in_dim %cst_131, dims = [] : (tensor<f32>) -> tensor<62x5376xf32>
    %411 = stablehlo.multiply %410, %409 : tensor<62x5376xf32>
    %cst_132 = stablehlo.constant dense<1.000000e+00> : tensor<bf16>
    %412 = stablehlo.broadcast_in_dim %cst_132, dims = [] : (tensor<bf16>) -> tensor<62x5376xbf16>
    %413 = stablehlo.multiply %412, %arg32 : tensor<62x5376xbf16>
    %414 = stablehlo.convert %413 : (tensor<62x5376xbf16>) -> tensor<62x5376xf32>
    %415 = stablehlo.add %411, %414 : tensor<62x5376xf32>
    %416 = stablehlo.multiply %251, %251 : tensor<62x32x5376x128xf32>
    %cst_133 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %417 = stablehlo.broadcast_in_dim %cst_133, dims = [] : (tensor<f32>) -> tensor<62x32x5376x128xf32>
    %418 = stablehlo.multiply %417, %416 : tensor<62x32x5376x128xf32>
    %cst_134 = stablehlo.constant dense<1.000000e+00> : tensor<bf16>
    %419 = stablehlo.broadcast_in_dim %cst_134, dims = [] : (tensor<bf16>) -> tensor<62x32x5376x128xbf16>
    %420 = stablehlo.multiply %419, %arg33 : tensor<62x32x5376x128xbf16>
    %421 = stablehlo.convert %420 : (tensor<62x32x5376x128xbf16>) -> tensor<62x32x5376x128xf32>
    %422 = stablehlo.add %418, %421 : tensor<62x32x5376x128xf32>
    %423 = stablehlo.multiply %256, %256 : tensor<62x16x5376x128xf32>
    %cst_135 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %424 = stablehlo.broadcast_in_dim %cst_135, dims = [] : (tensor<f32>) -> tensor<62x16x5376x128xf32>
    %425 = stablehlo.multiply %424, %423 : tensor<62x16x5376x128xf32>
    %cst_136 = stablehlo.constant dense<1.000000e+00> : tensor<bf16>
    %426 = stablehlo.broadcast_in_dim %cst_136, dims = [] : (tensor<bf16>) -> tensor<62x16x5376x128xbf16>
    %427 = stablehlo.multiply %426, %arg34 : tensor<62x16x5376x128xbf16>
    %428 = stablehlo.convert %427 : (tensor<62x16x5376x128xbf16>) -> tensor<62x16x5376x128xf32>
    %429 = stablehlo.add %425, %428 : tensor<62x16x5376x128xf32>
    %430 = stablehlo.multiply %261, %261 : tensor<62x16x5376x128xf32>
    %cst_137 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %431 = stablehlo.broadcast_in_dim %cst_137, dims = [] : (tensor<f32>) -> tensor<62x16x5376x128xf32>
    %432 = stablehlo.multiply %431, %430 : tensor<62x16x5376x128xf32>
    %cst_138 = stablehlo.constant dense<1.000000e+00> : tensor<bf16>
    %433 = stablehlo.broadcast_in_dim %cst_138, dims = [] : (tensor<bf16>) -> tensor<62x16x5376x128xbf16>
    %434 = stablehlo.multiply %433, %arg35 : tensor<62x16x5376x128xbf16>
    %435 = stablehlo.convert %434 : (tensor<62x16x5376x128xbf16>) -> tensor<62x16x5376x128xf32>
    %436 = stablehlo.add %432, %435 : tensor<62x16x5376x128xf32>
    %437 = stablehlo.multiply %266, %266 : tensor<62x32x128x5376xf32>
    %cst_139 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %438 = stablehlo.broadcast_in_dim %cst_139, dims = [] : (tensor<f32>) -> tensor<62x32x128x5376xf32>
    %439 = stablehlo.multiply %438, %437 : tensor<62x32x128x5376xf32>
    %cst_140 = stablehlo.constant dense<1.000000e+00> : tensor<bf16>
    %440 = stablehlo.broadcast_in_dim %cst_140, dims = [] : (tensor<bf16>) -> tensor<62x32x128x5376xbf16>
    %441 = stablehlo.multiply %440, %arg36 : tensor<62x32x128x5376xbf16>
    %442 = stablehlo.convert %441 : (tensor<62x32x128x5376xbf16>) -> tensor<62x32x128x5376xf32>
    %443 = stablehlo.add %439, %442 : tensor<62x32x128x5376xf32>
    %444 = stablehlo.multiply %271, %271 : tensor<62x128xf32>
    %cst_141 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %445 = stablehlo.broadcast_in_dim %cst_141, dims = [] : (tensor<f32>) -> tensor<62x128xf32>
    %446 = stablehlo.multiply %445, %444 : tensor<62x128xf32>
    %cst_142 = stablehlo.constant dense<1.000000e+00> : tensor<bf16>
    %447 = stablehlo.broadcast_in_dim %cst_142, dims = [] : (tensor<bf16>) -> tensor<62x128xbf16>
    %448 = stablehlo.multiply %447, %arg37 : tensor<62x128xbf16>
    %449 = stablehlo.convert %448 : (tensor<62x128xbf16>) -> tensor<62x128xf32>
    %450 = stablehlo.add %446, %449 : tensor<62x128xf32>
    %451 = stablehlo.multiply %276, %276 : tensor<62x128xf32>
    %cst_143 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %452 = stablehlo.broadcast_in_dim %cst_143, dims = [] : (tensor<f32>) -> tensor<62x128xf32>
    %453 = stablehlo.multiply %452, %451 : tensor<62x128xf32>
    %cst_144 = stablehlo.constant dense<1.000000e+00> : tensor<bf16>
    %454 = stablehlo.broadcast_in_dim %cst_144, dims = [] : (tensor<bf16>) -> tensor<62x128xbf16>
    %455 = stablehlo.multiply %454, %arg38 : tensor<62x128xbf16>
    %456 = stablehlo.convert %455 : (tensor<62x128xbf16>) -> tensor<62x128xf32>
    %457 = stablehlo.add %453, %456 : tensor<62x128xf32>
    %458 = stablehlo.multiply %281, %281 : tensor<62x5376xf32>
    %cst_145 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %459 = stablehlo.broadcast_in_dim %cst_145, dims = [] : (tensor<f32>) -> tensor<62x5376xf32>
    %460 = stablehlo.multiply %459, %458 : tensor<62x5376xf32>
    %cst_146 = stablehlo.constant dense<1.000000e+00> : tensor<bf16>
    %461 = stablehlo.broadcast_in_dim %cst_146, dims = [] : (tensor<bf16>) -> tensor<62x5376xbf16>
    %462 = stablehlo.multiply %461, %arg39 : tensor<62x5376xbf16>
    %463 = stablehlo.convert %462 : (tensor<62x5376xbf16>) -> tensor<62x5376xf32>
    %464 = stablehlo.add %460, %463 : tensor<62x5376xf32>
    %465 = stablehlo.multiply %286, %286 : tensor<62x5376xf32>
    %cst_147 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %466 = stablehlo.broadcast_in_dim %cst_147, dims = [] : (tensor<f32>) -> tensor<62x5376xf32>
    %467 = stablehlo.multiply %466, %465 : tensor<62x5376xf32>
    %cst_148 = stablehlo.constant dense<1.000000e+00> : tensor<bf16>
    %468 = stablehlo.broadcast_in_dim %cst_148, dims = [] : (tensor<bf16>) -> tensor<62x5376xbf16>
    %469 = stablehlo.multiply %468, %arg40 : tensor<62x5376xbf16>
    %470 = stablehlo.convert %469 : (tensor<62x5376xbf16>) -> tensor<62x5376xf32>
    %471 = stablehlo.add %467, %470 : tensor<62x5376xf32>
    %472 = stablehlo.multiply %291, %291 : tensor<62x5376x21504xf32>
    %cst_149 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %473 = stablehlo.broadcast_in_dim %cst_149, dims = [] : (tensor<f32>) -> tensor<62x5376x21504xf32>
    %474 = stablehlo.multiply %473, %472 : tensor<62x5376x21504xf32>
    %cst_150 = stablehlo.constant dense<1.000000e+00> : tensor<bf16>
    %475 = stablehlo.broadcast_in_dim %cst_150, dims = [] : (tensor<bf16>) -> tensor<62x5376x21504xbf16>
    %476 = stablehlo.multiply %475, %arg41 : tensor<62x5376x21504xbf16>
    %477 = stablehlo.convert %476 : (tensor<62x5376x21504xbf16>) -> tensor<62x5376x21504xf32>
    %478 = stablehlo.add %474, %477 : tensor<62x5376x21504xf32>
    %479 = stablehlo.multiply %296, %296 : tensor<62x5376x21504xf32>
    %cst_151 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %480 = stablehlo.broadcast_in_dim %cst_151, dims = [] : (tensor<f32>) -> tensor<62x5376x21504xf32>
    %481 = stablehlo.multiply %480, %479 : tensor<62x5376x21504xf32>
    %cst_152 = stablehlo.constant dense<1.000000e+00> : tensor<bf16>
    %482 = stablehlo.broadcast_in_dim %cst_152, dims = [] : (tensor<bf16>) -> tensor<62x5376x21504xbf16>
    %483 = stablehlo.multiply %482, %arg42 : tensor<62x5376x21504xbf16>
    %484 = stablehlo.convert %483 : (tensor<62x5376x21504xbf16>) -> tensor<62x5376x21504xf32>
    %485 = stablehlo.add %481, %484 : tensor<62x5376x21504xf32>
    %486 = stablehlo.multiply %301, %301 : tensor<62x21504x5376xf32>
    %cst_153 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %487 = stablehlo.broadcast_in_dim %cst_153, dims = [] : (tensor<f32>) -> tensor<62x21504x5376xf32>
    %488 = stablehlo.multiply %487, %486 : tensor<62x21504x5376xf32>
    %cst_154 = stablehlo.constant dense<1.000000e+00> : tensor<bf16>
    %489 = stablehlo.broadcast_in_dim %cst_154, dims = [] : (tensor<bf16>) -> tensor<62x21504x5376xbf16>
    %490 = stablehlo.multiply %489, %arg43 : tensor<62x21504x5376xbf16>
    %491 = stablehlo.convert %490 : (tensor<62x21504x5376xbf16>) -> tensor<62x21504x5376xf32>
    %492 = stablehlo.add %488, %491 : tensor<62x21504x5376xf32>
    %493 = stablehlo.multiply %306, %306 : tensor<62x5376xf32>
    %cst_155 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %494 = stablehlo.broadcast_in_dim %cst_155, dims = [] : (tensor<f32>) -> tensor<62x5376xf32>
    %495 = stablehlo.multiply %494, %493 : tensor<62x5376xf32>
    %cst_156 = stablehlo.constant dense<1.000000e+00> : tensor<bf16>
    %496 = stablehlo.broadcast_in_dim %cst_156, dims = [] : (tensor<bf16>) -> tensor<62x5376xbf16>
    %497 = stablehlo.multiply %496, %arg44 : tensor<62x5376xbf16>
    %498 = stablehlo.convert %497 : (tensor<62x5376xbf16>) -> tensor<62x5376xf32>
    %499 = stablehlo.add %495, %498 : tensor<62x5376xf32>
    %500 = stablehlo.multiply %311, %311 : tensor<5376xf32>
    %cst_157 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %501 = stablehlo.broadcast_in_dim %cst_157, dims = [] : (tensor<f32>) -> tensor<5376xf32>
    %502 = stablehlo.multiply %501, %500 : tensor<5376xf32>
    %cst_158 = stablehlo.constant dense<1.000000e+00> : tensor<bf16>
    %503 = stablehlo.broadcast_in_dim %cst_158, dims = [] : (tensor<bf16>) -> tensor<5376xbf16>
    %504 = stablehlo.multiply %503, %arg45 : tensor<5376xbf16>
    %505 = stablehlo.convert %504 : (tensor<5376xbf16>) -> tensor<5376xf32>
    %506 = stablehlo.add %502, %505 : tensor<5376xf32>
    %c_159 = stablehlo.constant dense<2147483647> : tensor<i32>
    %507 = stablehlo.compare LT, %arg15, %c_159, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %c_160 = stablehlo.constant dense<1> : tensor<i32>
    %508 = stablehlo.add %arg15, %c_160 : tensor<i32>
    %c_161 = stablehlo.constant dense<2147483647> : tensor<i32>
    %509 = call @_where_30(%507, %508, %c_161) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %cst_162 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %510 = stablehlo.convert %509 : (tensor<i32>) -> tensor<f32>
    %511 = stablehlo.power %cst_162, %510 : tensor<f32>
    %cst_163 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %512 = stablehlo.subtract %cst_163, %511 : tensor<f32>
    %513 = stablehlo.broadcast_in_dim %512, dims = [] : (tensor<f32>) -> tensor<262208x5376xf32>
    %514 = stablehlo.divide %317, %513 : tensor<262208x5376xf32>
    %515 = stablehlo.broadcast_in_dim %512, dims = [] : (tensor<f32>) -> tensor<62x5376xf32>
    %516 = stablehlo.divide %323, %515 : tensor<62x5376xf32>
    %517 = stablehlo.broadcast_in_dim %512, dims = [] : (tensor<f32>) -> tensor<62x32x5376x128xf32>
    %518 = stablehlo.divide %329, %517 : tensor<62x32x5376x128xf32>
    %519 = stablehlo.broadcast_in_dim %512, dims = [] : (tensor<f32>) -> tensor<62x16x5376x128xf32>
    %520 = stablehlo.divide %335, %519 : tensor<62x16x5376x128xf32>
    %521 = stablehlo.broadcast_in_dim %512, dims = [] : (tensor<f32>) -> tensor<62x16x5376x128xf32>
    %522 = stablehlo.divide %341, %521 : tensor<62x16x5376x128xf32>
    %523 = stablehlo.broadcast_in_dim %512, dims = [] : (tensor<f32>) -> tensor<62x32x128x5376xf32>
    %524 = stablehlo.divide %347, %523 : tensor<62x32x128x5376xf32>
    %525 = stablehlo.broadcast_in_dim %512, dims = [] : (tensor<f32>) -> tensor<62x128xf32>
    %526 = stablehlo.divide %353, %525 : tensor<62x128xf32>
    %527 = stablehlo.broadcast_in_dim %512, dims = [] : (tensor<f32>) -> tensor<62x128xf32>
    %528 = stablehlo.divide %359, %527 : tensor<62x128xf32>
    %529 = stablehlo.broadcast_in_dim %512, dims = [] : (tensor<f32>) -> tensor<62x5376xf32>
    %530 = stablehlo.divide %365, %529 : tensor<62x5376xf32>
    %531 = stablehlo.broadcast_in_dim %512, dims = [] : (tensor<f32>) -> tensor<62x5376xf32>
    %532 = stablehlo.divide %371, %531 : tensor<62x5376xf32>
    %533 = stablehlo.broadcast_in_dim %512, dims = [] : (tensor<f32>) -> tensor<62x5376x21504xf32>
    %534 = stablehlo.divide %377, %533 : tensor<62x5376x21504xf32>
    %535 = stablehlo.broadcast_in_dim %512, dims = [] : (tensor<f32>) -> tensor<62x5376x21504xf32>
    %536 = stablehlo.divide %383, %535 : tensor<62x5376x21504xf32>
    %537 = stablehlo.broadcast_in_dim %512, dims = [] : (tensor<f32>) -> tensor<62x21504x5376xf32>
    %538 = stablehlo.divide %389, %537 : tensor<62x21504x5376xf32>
    %539 = stablehlo.broadcast_in_dim %512, dims = [] : (tensor<f32>) -> tensor<62x5376xf32>
    %540 = stablehlo.divide %395, %539 : tensor<62x5376xf32>
    %541 = stablehlo.broadcast_in_dim %512, dims = [] : (tensor<f32>) -> tensor<5376xf32>
    %542 = stablehlo.divide %401, %541 : tensor<5376xf32>
    %cst_164 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %543 = stablehlo.convert %509 : (tensor<i32>) -> tensor<f32>
    %544 = stablehlo.power %cst_164, %543 : tensor<f32>
    %cst_165 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %545 = stablehlo.subtract %cst_165, %544 : tensor<f32>
    %546 = stablehlo.broadcast_in_dim %545, dims = [] : (tensor<f32>) -> tensor<262208x5376xf32>
    %547 = stablehlo.divide %408, %546 : tensor<262208x5376xf32>
    %548 = stablehlo.broadcast_in_dim %545, dims = [] : (tensor<f32>) -> tensor<62x5376xf32>
    %549 = stablehlo.divide %415, %548 : tensor<62x5376xf32>
    %550 = stablehlo.broadcast_in_dim %545, dims = [] : (tensor<f32>) -> tensor<62x32x5376x128xf32>
    %551 = stablehlo.divide %422, %550 : tensor<62x32x5376x128xf32>
    %552 = stablehlo.broadcast_in_dim %545, dims = [] : (tensor<f32>) -> tensor<62x16x5376x128xf32>
    %553 = stablehlo.divide %429, %552 : tensor<62x16x5376x128xf32>
    %554 = stablehlo.broadcast_in_dim %545, dims = [] : (tensor<f32>) -> tensor<62x16x5376x128xf32>
    %555 = stablehlo.divide %436, %554 : tensor<62x16x5376x128xf32>
    %556 = stablehlo.broadcast_in_dim %545, dims = [] : (tensor<f32>) -> tensor<62x32x128x5376xf32>
    %557 = stablehlo.divide %443, %556 : tensor<62x32x128x5376xf32>
    %558 = stablehlo.broadcast_in_dim %545, dims = [] : (tensor<f32>) -> tensor<62x128xf32>
    %559 = stablehlo.divide %450, %558 : tensor<62x128xf32>
    %560 = stablehlo.broadcast_in_dim %545, dims = [] : (tensor<f32>) -> tensor<62x128xf32>
    %561 = stablehlo.divide %457, %560 : tensor<62x128xf32>
    %562 = stablehlo.broadcast_in_dim %545, dims = [] : (tensor<f32>) -> tensor<62x5376xf32>
    %563 = stablehlo.divide %464, %562 : tensor<62x5376xf32>
    %564 = stablehlo.broadcast_in_dim %545, dims = [] : (tensor<f32>) -> tensor<62x5376xf32>
    %565 = stablehlo.divide %471, %564 : tensor<62x5376xf32>
    %566 = stablehlo.broadcast_in_dim %545, dims = [] : (tensor<f32>) -> tensor<62x5376x21504xf32>
    %567 = stablehlo.divide %478, %566 : tensor<62x5376x21504xf32>
    %568 = stablehlo.broadcast_in_dim %545, dims = [] : (tensor<f32>) -> tensor<62x5376x21504xf32>
    %569 = stablehlo.divide %485, %568 : tensor<62x5376x21504xf32>
    %570 = stablehlo.broadcast_in_dim %545, dims = [] : (tensor<f32>) -> tensor<62x21504x5376xf32>
    %571 = stablehlo.divide %492, %570 : tensor<62x21504x5376xf32>
    %572 = stablehlo.broadcast_in_dim %545, dims = [] : (tensor<f32>) -> tensor<62x5376xf32>
    %573 = stablehlo.divide %499, %572 : tensor<62x5376xf32>
    %574 = stablehlo.broadcast_in_dim %545, dims = [] : (tensor<f32>) -> tensor<5376xf32>
    %575 = stablehlo.divide %506, %574 : tensor<5376xf32>
    %cst_166 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %576 = stablehlo.broadcast_in_dim %cst_166, dims = [] : (tensor<f32>) -> tensor<262208x5376xf32>
    %577 = stablehlo.add %547, %576 : tensor<262208x5376xf32>
    %578 = stablehlo.sqrt %577 : tensor<262208x5376xf32>
    %cst_167 = stablehlo.constant dense<9.99999993E-9> : tensor<f32>
    %579 = stablehlo.broadcast_in_dim %cst_167, dims = [] : (tensor<f32>) -> tensor<262208x5376xf32>
    %580 = stablehlo.add %578, %579 : tensor<262208x5376xf32>
    %581 = stablehlo.divide %514, %580 : tensor<262208x5376xf32>
    %cst_168 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %582 = stablehlo.broadcast_in_dim %cst_168, dims = [] : (tensor<f32>) -> tensor<62x5376xf32>
    %583 = stablehlo.add %549, %582 : tensor<62x5376xf32>
    %584 = stablehlo.sqrt %583 : tensor<62x5376xf32>
    %cst_169 = stablehlo.constant dense<9.99999993E-9> : tensor<f32>
    %585 = stablehlo.broadcast_in_dim %cst_169, dims = [] : (tensor<f32>) -> tensor<62x5376xf32>
    %586 = stablehlo.add %584, %585 : tensor<62x5376xf32>
    %587 = stablehlo.divide %516, %586 : tensor<62x5376xf32>
    %cst_170 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %588 = stablehlo.broadcast_in_dim %cst_170, dims = [] : (tensor<f32>) -> tensor<62x32x5376x128xf32>
    %589 = stablehlo.add %551, %588 : tensor<62x32x5376x128xf32>
    %590 = stablehlo.sqrt %589 : tensor<62x32x5376x128xf32>
    %cst_171 = stablehlo.constant dense<9.99999993E-9> : tensor<f32>
    %591 = stablehlo.broadcast_in_dim %cst_171, dims = [] : (tensor<f32>) -> tensor<62x32x5376x128xf32>
    %592 = stablehlo.add %590, %591 : tensor<62x32x5376x128xf32>
    %593 = stablehlo.divide %518, %592 : tensor<62x32x5376x128xf32>
    %cst_172 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %594 = stablehlo.broadcast_in_dim %cst_172, dims = [] : (tensor<f32>) -> tensor<62x16x5376x128xf32>
    %595 = stablehlo.add %553, %594 : tensor<62x16x5376x128xf32>
    %596 = stablehlo.sqrt %595 : tensor<62x16x5376x128xf32>
    %cst_173 = stablehlo.constant dense<9.99999993E-9> : tensor<f32>
    %597 = stablehlo.broadcast_in_dim %cst_173, dims = [] : (tensor<f32>) -> tensor<62x16x5376x128xf32>
    %598 = stablehlo.add %596, %597 : tensor<62x16x5376x128xf32>
    %599 = stablehlo.divide %520, %598 : tensor<62x16x5376x128xf32>
    %cst_174 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %600 = stablehlo.broadcast_in_dim %cst_174, dims = [] : (tensor<f32>) -> tensor<62x16x5376x128xf32>
    %601 = stablehlo.add %555, %600 : tensor<62x16x5376x128xf32>
    %602 = stablehlo.sqrt %601 : tensor<62x16x5376x128xf32>
    %cst_175 = stablehlo.constant dense<9.99999993E-9> : tensor<f32>
    %603 = stablehlo.broadcast_in_dim %cst_175, dims = [] : (tensor<f32>) -> tensor<62x16x5376x128xf32>
    %604 = stablehlo.add %602, %603 : tensor<62x16x5376x128xf32>
    %605 = stablehlo.divide %522, %604 : tensor<62x16x5376x128xf32>
    %cst_176 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %606 = stablehlo.broadcast_in_dim %cst_176, dims = [] : (tensor<f32>) -> tensor<62x32x128x5376xf32>
    %607 = stablehlo.add %557, %606 : tensor<62x32x128x5376xf32>
    %608 = stablehlo.sqrt %607 : tensor<62x32x128x5376xf32>
    %cst_177 = stablehlo.constant dense<9.99999993E-9> : tensor<f32>
    %609 = stablehlo.broadcast_in_dim %cst_177, dims = [] : (tensor<f32>) -> tensor<62x32x128x5376xf32>
    %610 = stablehlo.add %608, %609 : tensor<62x32x128x5376xf32>
    %611 = stablehlo.divide %524, %610 : tensor<62x32x128x5376xf32>
    %cst_178 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %612 = stablehlo.broadcast_in_dim %cst_178, dims = [] : (tensor<f32>) -> tensor<62x128xf32>
    %613 = stablehlo.add %559, %612 : tensor<62x128xf32>
    %614 = stablehlo.sqrt %613 : tensor<62x128xf32>
    %cst_179 = stablehlo.constant dense<9.99999993E-9> : tensor<f32>
    %615 = stablehlo.broadcast_in_dim %cst_179, dims = [] : (tensor<f32>) -> tensor<62x128xf32>
    %616 = stablehlo.add %614, %615 : tensor<62x128xf32>
    %617 = stablehlo.divide %526, %616 : tensor<62x128xf32>
    %cst_180 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %618 = stablehlo.broadcast_in_dim %cst_180, dims = [] : (tensor<f32>) -> tensor<62x128xf32>
    %619 = stablehlo.add %561, %618 : tensor<62x128xf32>
    %620 = stablehlo.sqrt %619 : tensor<62x128xf32>
    %cst_181 = stablehlo.constant dense<9.99999993E-9> : tensor<f32>
    %621 = stablehlo.broadcast_in_dim %cst_181, dims = [] : (tensor<f32>) -> tensor<62x128xf32>
    %622 = stablehlo.add %620, %621 : tensor<62x128xf32>
    %623 = stablehlo.divide %528, %622 : tensor<62x128xf32>
    %cst_182 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %624 = stablehlo.broadcast_in_dim %cst_182, dims = [] : (tensor<f32>) -> tensor<62x5376xf32>
    %625 = stablehlo.add %563, %624 : tensor<62x5376xf32>
    %626 = stablehlo.sqrt %625 : tensor<62x5376xf32>
    %cst_183 = stablehlo.constant dense<9.99999993E-9> : tensor<f32>
    %627 = stablehlo.broadcast_in_dim %cst_183, dims = [] : (tensor<f32>) -> tensor<62x5376xf32>
    %628 = stablehlo.add %626, %627 : tensor<62x5376xf32>
    %629 = stablehlo.divide %530, %628 : tensor<62x5376xf32>
    %cst_184 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %630 = stablehlo.broadcast_in_dim %cst_184, dims = [] : (tensor<f32>) -> tensor<62x5376xf32>
    %631 = stablehlo.add %565, %630 : tensor<62x5376xf32>
    %632 = stablehlo.sqrt %631 : tensor<62x5376xf32>
    %cst_185 = stablehlo.constant dense<9.99999993E-9> : tensor<f32>
    %633 = stablehlo.broadcast_in_dim %cst_185, dims = [] : (tensor<f32>) -> tensor<62x5376xf32>
    %634 = stablehlo.add %632, %633 : tensor<62x5376xf32>
    %635 = stablehlo.divide %532, %634 : tensor<62x5376xf32>
    %cst_186 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %636 = stablehlo.broadcast_in_dim %cst_186, dims = [] : (tensor<f32>) -> tensor<62x5376x21504xf32>
    %637 = stablehlo.add %567, %636 : tensor<62x5376x21504xf32>
    %638 = stablehlo.sqrt %637 : tensor<62x5376x21504xf32>
    %cst_187 = stablehlo.constant dense<9.99999993E-9> : tensor<f32>
    %639 = stablehlo.broadcast_in_dim %cst_187, dims = [] : (tensor<f32>) -> tensor<62x5376x21504xf32>
    %640 = stablehlo.add %638, %639 : tensor<62x5376x21504xf32>
    %641 = stablehlo.divide %534, %640 : tensor<62x5376x21504xf32>
    %cst_188 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %642 = stablehlo.broadcast_in_dim %cst_188, dims = [] : (tensor<f32>) -> tensor<62x5376x21504xf32>
    %643 = stablehlo.add %569, %642 : tensor<62x5376x21504xf32>
    %644 = stablehlo.sqrt %643 : tensor<62x5376x21504xf32>
    %cst_189 = stablehlo.constant dense<9.99999993E-9> : tensor<f32>
    %645 = stablehlo.broadcast_in_dim %cst_189, dims = [] : (tensor<f32>) -> tensor<62x5376x21504xf32>
    %646 = stablehlo.add %644, %645 : tensor<62x5376x21504xf32>
    %647 = stablehlo.divide %536, %646 : tensor<62x5376x21504xf32>
    %cst_190 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %648 = stablehlo.broadcast_in_dim %cst_190, dims = [] : (tensor<f32>) -> tensor<62x21504x5376xf32>
    %649 = stablehlo.add %571, %648 : tensor<62x21504x5376xf32>
    %650 = stablehlo.sqrt %649 : tensor<62x21504x5376xf32>
    %cst_191 = stablehlo.constant dense<9.99999993E-9> : tensor<f32>
    %651 = stablehlo.broadcast_in_dim %cst_191, dims = [] : (tensor<f32>) -> tensor<62x21504x5376xf32>
    %652 = stablehlo.add %650, %651 : tensor<62x21504x5376xf32>
    %653 = stablehlo.divide %538, %652 : tensor<62x21504x5376xf32>
    %cst_192 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %654 = stablehlo.broadcast_in_dim %cst_192, dims = [] : (tensor<f32>) -> tensor<62x5376xf32>
    %655 = stablehlo.add %573, %654 : tensor<62x5376xf32>
    %656 = stablehlo.sqrt %655 : tensor<62x5376xf32>
    %cst_193 = stablehlo.constant dense<9.99999993E-9> : tensor<f32>
    %657 = stablehlo.broadcast_in_dim %cst_193, dims = [] : (tensor<f32>) -> tensor<62x5376xf32>
    %658 = stablehlo.add %656, %657 : tensor<62x5376xf32>
    %659 = stablehlo.divide %540, %658 : tensor<62x5376xf32>
    %cst_194 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %660 = stablehlo.broadcast_in_dim %cst_194, dims = [] : (tensor<f32>) -> tensor<5376xf32>
    %661 = stablehlo.add %575, %660 : tensor<5376xf32>
    %662 = stablehlo.sqrt %661 : tensor<5376xf32>
    %cst_195 = stablehlo.constant dense<9.99999993E-9> : tensor<f32>
    %663 = stablehlo.broadcast_in_dim %cst_195, dims = [] : (tensor<f32>) -> tensor<5376xf32>
    %664 = stablehlo.add %662, %663 : tensor<5376xf32>
    %665 = stablehlo.divide %542, %664 : tensor<5376xf32>
    %666 = stablehlo.convert %408 : (tensor<262208x5376xf32>) -> tensor<262208x5376xbf16>
    %667 = stablehlo.convert %415 : (tensor<62x5376xf32>) -> tensor<62x5376xbf16>
    %668 = stablehlo.convert %422 : (tensor<62x32x5376x128xf32>) -> tensor<62x32x5376x128xbf16>
    %669 = stablehlo.convert %429 : (tensor<62x16x5376x128xf32>) -> tensor<62x16x5376x128xbf16>
    %670 = stablehlo.convert %436 : (tensor<62x16x5376x128xf32>) -> tensor<62x16x5376x128xbf16>
    %671 = stablehlo.convert %443 : (tensor<62x32x128x5376xf32>) -> tensor<62x32x128x5376xbf16>
    %672 = stablehlo.convert %450 : (tensor<62x128xf32>) -> tensor<62x128xbf16>
    %673 = stablehlo.convert %457 : (tensor<62x128xf32>) -> tensor<62x128xbf16>
    %674 = stablehlo.convert %464 : (tensor<62x5376xf32>) -> tensor<62x5376xbf16>
    %675 = stablehlo.convert %471 : (tensor<62x5376xf32>) -> tensor<62x5376xbf16>
    %676 = stablehlo.convert %478 : (tensor<62x5376x21504xf32>) -> tensor<62x5376x21504xbf16>
    %677 = stablehlo.convert %485 : (tensor<62x5376x21504xf32>) -> tensor<62x5376x21504xbf16>
    %678 = stablehlo.convert %492 : (tensor<62x21504x5376xf32>) -> tensor<62x21504x5376xbf16>
    %679 = stablehlo.convert %499 : (tensor<62x5376xf32>) -> tensor<62x5376xbf16>
    %680 = stablehlo.convert %506 : (tensor<5376xf32>) -> tensor<5376xbf16>
    %cst_196 = stablehlo.constant dense<-9.99999974E-6> : tensor<f32>
    %681 = stablehlo.broadcast_in_dim %cst_196, dims = [] : (tensor<f32>) -> tensor<262208x5376xf32>
    %682 = stablehlo.multiply %681, %581 : tensor<262208x5376xf32>
    %cst_197 = stablehlo.constant dense<-9.99999974E-6> : tensor<f32>
    %683 = stablehlo.broadcast_in_dim %cst_197, dims = [] : (tensor<f32>) -> tensor<62x5376xf32>
    %684 = stablehlo.multiply %683, %587 : tensor<62x5376xf32>
    %cst_198 = stablehlo.constant dense<-9.99999974E-6> : tensor<f32>
    %685 = stablehlo.broadcast_in_dim %cst_198, dims = [] : (tensor<f32>) -> tensor<62x32x5376x128xf32>
    %686 = stablehlo.multiply %685, %593 : tensor<62x32x5376x128xf32>
    %cst_199 = stablehlo.constant dense<-9.99999974E-6> : tensor<f32>
    %687 = stablehlo.broadcast_in_dim %cst_199, dims = [] : (tensor<f32>) -> tensor<62x16x5376x128xf32>
    %688 = stablehlo.multiply %687, %599 : tensor<62x16x5376x128xf32>
    %cst_200 = stablehlo.constant dense<-9.99999974E-6> : tensor<f32>
    %689 = stablehlo.broadcast_in_dim %cst_200, dims = [] : (tensor<f32>) -> tensor<62x16x5376x128xf32>
    %690 = stablehlo.multiply %689, %605 : tensor<62x16x5376x128xf32>
    %cst_201 = stablehlo.constant dense<-9.99999974E-6> : tensor<f32>
    %691 = stablehlo.broadcast_in_dim %cst_201, dims = [] : (tensor<f32>) -> tensor<62x32x128x5376xf32>
    %692 = stablehlo.multiply %691, %611 : tensor<62x32x128x5376xf32>
    %cst_202 = stablehlo.constant dense<-9.99999974E-6> : tensor<f32>
    %693 = stablehlo.broadcast_in_dim %cst_202, dims = [] : (tensor<f32>) -> tensor<62x128xf32>
    %694 = stablehlo.multiply %693, %617 : tensor<62x128xf32>
    %cst_203 = stablehlo.constant dense<-9.99999974E-6> : tensor<f32>
    %695 = stablehlo.broadcast_in_dim %cst_203, dims = [] : (tensor<f32>) -> tensor<62x128xf32>
    %696 = stablehlo.multiply %695, %623 : tensor<62x128xf32>
    %cst_204 = stablehlo.constant dense<-9.99999974E-6> : tensor<f32>
    %697 = stablehlo.broadcast_in_dim %cst_204, dims = [] : (tensor<f32>) -> tensor<62x5376xf32>
    %698 = stablehlo.multiply %697, %629 : tensor<62x5376xf32>
    %cst_205 = stablehlo.constant dense<-9.99999974E-6> : tensor<f32>
    %699 = stablehlo.broadcast_in_dim %cst_205, dims = [] : (tensor<f32>) -> tensor<62x5376xf32>
    %700 = stablehlo.multiply %699, %635 : tensor<62x5376xf32>
    %cst_206 = stablehlo.constant dense<-9.99999974E-6> : tensor<f32>
    %701 = stablehlo.broadcast_in_dim %cst_206, dims = [] : (tensor<f32>) -> tensor<62x5376x21504xf32>
    %702 = stablehlo.multiply %701, %641 : tensor<62x5376x21504xf32>
    %cst_207 = stablehlo.constant dense<-9.99999974E-6> : tensor<f32>
    %703 = stablehlo.broadcast_in_dim %cst_207, dims = [] : (tensor<f32>) -> tensor<62x5376x21504xf32>
    %704 = stablehlo.multiply %703, %647 : tensor<62x5376x21504xf32>
    %cst_208 = stablehlo.constant dense<-9.99999974E-6> : tensor<f32>
    %705 = stablehlo.broadcast_in_dim %cst_208, dims = [] : (tensor<f32>) -> tensor<62x21504x5376xf32>
    %706 = stablehlo.multiply %705, %653 : tensor<62x21504x5376xf32>
    %cst_209 = stablehlo.constant dense<-9.99999974E-6> : tensor<f32>
    %707 = stablehlo.broadcast_in_dim %cst_209, dims = [] : (tensor<f32>) -> tensor<62x5376xf32>
    %708 = stablehlo.multiply %707, %659 : tensor<62x5376xf32>
    %cst_210 = stablehlo.constant dense<-9.99999974E-6> : tensor<f32>
    %709 = stablehlo.broadcast_in_dim %cst_210, dims = [] : (tensor<f32>) -> tensor<5376xf32>
    %710 = stablehlo.multiply %709, %665 : tensor<5376xf32>
    %711 = stablehlo.convert %317 : (tensor<262208x5376xf32>) -> tensor<262208x5376xbf16>
    %712 = stablehlo.convert %323 : (tensor<62x5376xf32>) -> tensor<62x5376xbf16>
    %713 = stablehlo.convert %329 : (tensor<62x32x5376x128xf32>) -> tensor<62x32x5376x128xbf16>
    %714 = stablehlo.convert %335 : (tensor<62x16x5376x128xf32>) -> tensor<62x16x5376x128xbf16>
    %715 = stablehlo.convert %341 : (tensor<62x16x5376x128xf32>) -> tensor<62x16x5376x128xbf16>
    %716 = stablehlo.convert %347 : (tensor<62x32x128x5376xf32>) -> tensor<62x32x128x5376xbf16>
    %717 = stablehlo.convert %353 : (tensor<62x128xf32>) -> tensor<62x128xbf16>
    %718 = stablehlo.convert %359 : (tensor<62x128xf32>) -> tensor<62x128xbf16>
    %719 = stablehlo.convert %365 : (tensor<62x5376xf32>) -> tensor<62x5376xbf16>
    %720 = stablehlo.convert %371 : (tensor<62x5376xf32>) -> tensor<62x5376xbf16>
    %721 = stablehlo.convert %377 : (tensor<62x5376x21504xf32>) -> tensor<62x5376x21504xbf16>
    %722 = stablehlo.convert %383 : (tensor<62x5376x21504xf32>) -> tensor<62x5376x21504xbf16>
    %723 = stablehlo.convert %389 : (tensor<62x21504x5376xf32>) -> tensor<62x21504x5376xbf16>
    %724 = stablehlo.convert %395 : (tensor<62x5376xf32>) -> tensor<62x5376xbf16>
    %725 = stablehlo.convert %401 : (tensor<5376xf32>) -> tensor<5376xbf16>
    %726 = stablehlo.convert %arg0 : (tensor<262208x5376xbf16>) -> tensor<262208x5376xf32>
    %727 = stablehlo.add %726, %682 : tensor<262208x5376xf32>
    %728 = stablehlo.convert %727 : (tensor<262208x5376xf32>) -> tensor<262208x5376xbf16>
    %729 = stablehlo.convert %arg1 : (tensor<62x5376xbf16>) -> tensor<62x5376xf32>
    %730 = stablehlo.add %729, %684 : tensor<62x5376xf32>
    %731 = stablehlo.convert %730 : (tensor<62x5376xf32>) -> tensor<62x5376xbf16>
    %732 = stablehlo.convert %arg2 : (tensor<62x32x5376x128xbf16>) -> tensor<62x32x5376x128xf32>
    %733 = stablehlo.add %732, %686 : tensor<62x32x5376x128xf32>
    %734 = stablehlo.convert %733 : (tensor<62x32x5376x128xf32>) -> tensor<62x32x5376x128xbf16>
    %735 = stablehlo.convert %arg3 : (tensor<62x16x5376x128xbf16>) -> tensor<62x16x5376x128xf32>
    %736 = stablehlo.add %735, %688 : tensor<62x16x5376x128xf32>
    %737 = stablehlo.convert %736 : (tensor<62x16x5376x128xf32>) -> tensor<62x16x5376x128xbf16>
    %738 = stablehlo.convert %arg4 : (tensor<62x16x5376x128xbf16>) -> tensor<62x16x5376x128xf32>
    %739 = stablehlo.add %738, %690 : tensor<62x16x5376x128xf32>
    %740 = stablehlo.convert %739 : (tensor<62x16x5376x128xf32>) -> tensor<62x16x5376x128xbf16>
    %741 = stablehlo.convert %arg5 : (tensor<62x32x128x5376xbf16>) -> tensor<62x32x128x5376xf32>
    %742 = stablehlo.add %741, %692 : tensor<62x32x128x5376xf32>
    %743 = stablehlo.convert %742 : (tensor<62x32x128x5376xf32>) -> tensor<62x32x128x5376xbf16>
    %744 = stablehlo.convert %arg6 : (tensor<62x128xbf16>) -> tensor<62x128xf32>
    %745 = stablehlo.add %744, %694 : tensor<62x128xf32>
    %746 = stablehlo.convert %745 : (tensor<62x128xf32>) -> tensor<62x128xbf16>
    %747 = stablehlo.convert %arg7 : (tensor<62x128xbf16>) -> tensor<62x128xf32>
    %748 = stablehlo.add %747, %696 : tensor<62x128xf32>
    %749 = stablehlo.convert %748 : (tensor<62x128xf32>) -> tensor<62x128xbf16>
    %750 = stablehlo.convert %arg8 : (tensor<62x5376xbf16>) -> tensor<62x5376xf32>
    %751 = stablehlo.add %750, %698 : tensor<62x5376xf32>
    %752 = stablehlo.convert %751 : (tensor<62x5376xf32>) -> tensor<62x5376xbf16>
    %753 = stablehlo.convert %arg9 : (tensor<62x5376xbf16>) -> tensor<62x5376xf32>
    %754 = stablehlo.add %753, %700 : tensor<62x5376xf32>
    %755 = stablehlo.convert %754 : (tensor<62x5376xf32>) -> tensor<62x5376xbf16>
    %756 = stablehlo.convert %arg10 : (tensor<62x5376x21504xbf16>) -> tensor<62x5376x21504xf32>
    %757 = stablehlo.add %756, %702 : tensor<62x5376x21504xf32>
    %758 = stablehlo.convert %757 : (tensor<62x5376x21504xf32>) -> tensor<62x5376x21504xbf16>
    %759 = stablehlo.convert %arg11 : (tensor<62x5376x21504xbf16>) -> tensor<62x5376x21504xf32>
    %760 = stablehlo.add %759, %704 : tensor<62x5376x21504xf32>
    %761 = stablehlo.convert %760 : (tensor<62x5376x21504xf32>) -> tensor<62x5376x21504xbf16>
    %762 = stablehlo.convert %arg12 : (tensor<62x21504x5376xbf16>) -> tensor<62x21504x5376xf32>
    %763 = stablehlo.add %762, %706 : tensor<62x21504x5376xf32>
    %764 = stablehlo.convert %763 : (tensor<62x21504x5376xf32>) -> tensor<62x21504x5376xbf16>
    %765 = stablehlo.convert %arg13 : (tensor<62x5376xbf16>) -> tensor<62x5376xf32>
    %766 = stablehlo.add %765, %708 : tensor<62x5376xf32>
    %767 = stablehlo.convert %766 : (tensor<62x5376xf32>) -> tensor<62x5376xbf16>
    %768 = stablehlo.convert %arg14 : (tensor<5376xbf16>) -> tensor<5376xf32>
    %769 = stablehlo.add %768, %710 : tensor<5376xf32>
    %770 = stablehlo.convert %769 : (tensor<5376xf32>) -> tensor<5376xbf16>
    %c_211 = stablehlo.constant dense<1> : tensor<i32>
    %771 = stablehlo.add %arg46, %c_211 : tensor<i32>
    return %728, %731, %734, %737, %740, %743, %746, %749, %752, %755, %758, %761, %764, %767, %770, %509, %711, %712, %713, %714, %715, %716, %717, %718, %719, %720, %721, %722, %723, %724, %725, %666, %667, %668, %669, %670, %671, %672, %673, %674, %675, %676, %677, %678, %679, %680, %771, %53, %144, %52, %19#38 : tensor<262208x5376xbf16>, tensor<62x5376xbf16>, tensor<62x32x5376x128xbf16>, tensor<62x16x5376x128xbf16>, tensor<62x16x5376x128xbf16>, tensor<62x32x128x5376xbf16>, tensor<62x128xbf16>, tensor<62x128xbf16>, tensor<62x5376xbf16>, tensor<62x5376xbf16>, tensor<62x5376x21504xbf16>, tensor<62x5376x21504xbf16>, tensor<62x21504x5376xbf16>, tensor<62x5376xbf16>, tensor<5376xbf16>, tensor<i32>, tensor<262208x5376xbf16>, tensor<62x5376xbf16>, tensor<62x32x5376x128xbf16>, tensor<62x16x5376x128xbf16>, tensor<62x16x5376x128xbf16>, tensor<62x32x128x5376xbf16>, tensor<62x128xbf16>, tensor<62x128xbf16>, tensor<62x5376xbf16>, tensor<62x5376xbf16>, tensor<62x5376x21504xbf16>, tensor<62x5376x21504xbf16>, tensor<62x21504x5376xbf16>, tensor<62x5376xbf16>, tensor<5376xbf16>, tensor<262208x5376xbf16>, tensor<62x5376xbf16>, tensor<62x32x5376x128xbf16>, tensor<62x16x5376x128xbf16>, tensor<62x16x5376x128xbf16>, tensor<62x32x128x5376xbf16>, tensor<62x128xbf16>, tensor<62x128xbf16>, tensor<62x5376xbf16>, tensor<62x5376xbf16>, tensor<62x5376x21504xbf16>, tensor<62x5376x21504xbf16>, tensor<62x21504x5376xbf16>, tensor<62x5376xbf16>, tensor<5376xbf16>, tensor<i32>, tensor<f32>, tensor<f32>, tensor<f32>, tensor<f32>
  }
  func.func private @dynamic_index_in_dim(%arg0: tensor<4x2x2048xi32>, %arg1: tensor<i32>) -> tensor<2x2048xi32> {
    %c = stablehlo.constant dense<0> : tensor<i32>
    %c_0 = stablehlo.constant dense<0> : tensor<i32>
    %0 = stablehlo.dynamic_slice %arg0, %arg1, %c, %c_0, sizes = [1, 2, 2048] : (tensor<4x2x2048xi32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x2048xi32>
    %1 = stablehlo.reshape %0 : (tensor<1x2x2048xi32>) -> tensor<2x2048xi32>
    return %1 : tensor<2x2048xi32>
  }
  func.func private @closed_call(%arg0: tensor<262208x5376xbf16>, %arg1: tensor<62xi1>, %arg2: tensor<62x5376xbf16>, %arg3: tensor<62x32x5376x128xbf16>, %arg4: tensor<62x16x5376x128xbf16>, %arg5: tensor<62x16x5376x128xbf16>, %arg6: tensor<62x32x128x5376xbf16>, %arg7: tensor<62x128xbf16>, %arg8: tensor<62x128xbf16>, %arg9: tensor<62x5376xbf16>, %arg10: tensor<62x5376xbf16>, %arg11: tensor<62x5376x21504xbf16>, %arg12: tensor<62x5376x21504xbf16>, %arg13: tensor<62x21504x5376xbf16>, %arg14: tensor<62x5376xbf16>, %arg15: tensor<5376xbf16>, %arg16: tensor<62xi1>, %arg17: tensor<262208x5376xf32>, %arg18: tensor<62x5376xf32>, %arg19: tensor<62x32x5376x128xf32>, %arg20: tensor<62x16x5376x128xf32>, %arg21: tensor<62x16x5376x128xf32>, %arg22: tensor<62x32x128x5376xf32>, %arg23: tensor<62x128xf32>, %arg24: tensor<62x128xf32>, %arg25: tensor<62x5376xf32>, %arg26: tensor<62x5376xf32>, %arg27: tensor<62x5376x21504xf32>, %arg28: tensor<62x5376x21504xf32>, %arg29: tensor<62x21504x5376xf32>, %arg30: tensor<62x5376xf32>, %arg31: tensor<5376xf32>, %arg32: tensor<f32>, %arg33: tensor<f32>, %arg34: tensor<f32>, %arg35: tensor<2x2048xi32>, %arg36: tensor<2x2048xi32>, %arg37: tensor<2x2048xi32>, %arg38: tensor<2x2048xi32>) -> (tensor<262208x5376xf32>, tensor<62x5376xf32>, tensor<62x32x5376x128xf32>, tensor<62x16x5376x128xf32>, tensor<62x16x5376x128xf32>, tensor<62x32x128x5376xf32>, tensor<62x128xf32>, tensor<62x128xf32>, tensor<62x5376xf32>, tensor<62x5376xf32>, tensor<62x5376x21504xf32>, tensor<62x5376x21504xf32>, tensor<62x21504x5376xf32>, tensor<62x5376xf32>, tensor<5376xf32>, tensor<f32>, tensor<f32>, tensor<f32>) {
    %0:2 = call @_take(%arg0, %arg35) : (tensor<262208x5376xbf16>, tensor<2x2048xi32>) -> (tensor<2x2048x5376xbf16>, tensor<2x2048x1xi32>)
    %cst = stablehlo.constant dense<7.350000e+01> : tensor<bf16>
    %1 = stablehlo.broadcast_in_dim %cst, dims = [] : (tensor<bf16>) -> tensor<2x2048x5376xbf16>
    %2 = stablehlo.multiply %0#0, %1 : tensor<2x2048x5376xbf16>
    %cst_0 = stablehlo.constant dense<0.000000e+00> : tensor<bf16>
    %3 = stablehlo.broadcast_in_dim %cst_0, dims = [] : (tensor<bf16>) -> tensor<62x2x2048x5376xbf16>
    %c = stablehlo.constant dense<0> : tensor<i32>
    %4:19 = stablehlo.while(%iterArg = %arg2, %iterArg_19 = %arg3, %iterArg_20 = %arg4, %iterArg_21 = %arg5, %iterArg_22 = %arg6, %iterArg_23 = %arg7, %iterArg_24 = %arg8, %iterArg_25 = %arg9, %iterArg_26 = %arg10, %iterArg_27 = %arg11, %iterArg_28 = %arg12, %iterArg_29 = %arg13, %iterArg_30 = %arg14, %iterArg_31 = %arg1, %iterArg_32 = %arg38, %iterArg_33 = %arg37, %iterArg_34 = %c, %iterArg_35 = %2, %iterArg_36 = %3) : tensor<62x5376xbf16>, tensor<62x32x5376x128xbf16>, tensor<62x16x5376x128xbf16>, tensor<62x16x5376x128xbf16>, tensor<62x32x128x5376xbf16>, tensor<62x128xbf16>, tensor<62x128xbf16>, tensor<62x5376xbf16>, tensor<62x5376xbf16>, tensor<62x5376x21504xbf16>, tensor<62x5376x21504xbf16>, tensor<62x21504x5376xbf16>, tensor<62x5376xbf16>, tensor<62xi1>, tensor<2x2048xi32>, tensor<2x2048xi32>, tensor<i32>, tensor<2x2048x5376xbf16>, tensor<62x2x2048x5376xbf16>
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
    %5 = stablehlo.slice %arg36 [0:2, 1:2048] : (tensor<2x2048xi32>) -> tensor<2x2047xi32>
    %6 = stablehlo.convert %5 : (tensor<2x2047xi32>) -> tensor<2x2047xf32>
    %7 = stablehlo.slice %arg37 [0:2, 1:2048] : (tensor<2x2048xi32>) -> tensor<2x2047xi32>
    %8 = stablehlo.slice %arg37 [0:2, 0:2047] : (tensor<2x2048xi32>) -> tensor<2x2047xi32>
    %9 = stablehlo.compare EQ, %7, %8, SIGNED : (tensor<2x2047xi32>, tensor<2x2047xi32>) -> tensor<2x2047xi1>
    %10 = stablehlo.convert %9 : (tensor<2x2047xi1>) -> tensor<2x2047xf32>
    %11 = stablehlo.multiply %6, %10 : tensor<2x2047xf32>
    %12 = stablehlo.slice %arg35 [0:2, 1:2048] : (tensor<2x2048xi32>) -> tensor<2x2047xi32>
    %13 = stablehlo.slice %4#17 [0:2, 0:2047, 0:5376] : (tensor<2x2048x5376xbf16>) -> tensor<2x2047x5376xbf16>
    %cst_1 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %14 = stablehlo.reduce(%11 init: %cst_1) applies stablehlo.add across dimensions = [0, 1] : (tensor<2x2047xf32>, tensor<f32>) -> tensor<f32>
    %c_2 = stablehlo.constant dense<0> : tensor<i32>
    %15 = call @_pad(%13, %c_2) : (tensor<2x2047x5376xbf16>, tensor<i32>) -> tensor<2x2048x5376xbf16>
    %16 = stablehlo.reshape %15 : (tensor<2x2048x5376xbf16>) -> tensor<2x4x512x5376xbf16>
    %17 = stablehlo.transpose %16, dims = [1, 0, 2, 3] : (tensor<2x4x512x5376xbf16>) -> tensor<4x2x512x5376xbf16>
    %c_3 = stablehlo.constant dense<0> : tensor<i32>
    %18 = call @_pad_11(%12, %c_3) : (tensor<2x2047xi32>, tensor<i32>) -> tensor<2x2048xi32>
    %19 = stablehlo.reshape %18 : (tensor<2x2048xi32>) -> tensor<2x4x512xi32>
    %20 = stablehlo.transpose %19, dims = [1, 0, 2] : (tensor<2x4x512xi32>) -> tensor<4x2x512xi32>
    %c_4 = stablehlo.constant dense<0> : tensor<i32>
    %21 = call @_pad_12(%11, %c_4) : (tensor<2x2047xf32>, tensor<i32>) -> tensor<2x2048xf32>
    %22 = stablehlo.reshape %21 : (tensor<2x2048xf32>) -> tensor<2x4x512xf32>
    %23 = stablehlo.transpose %22, dims = [1, 0, 2] : (tensor<2x4x512xf32>) -> tensor<4x2x512xf32>
    %24 = stablehlo.convert %arg15 : (tensor<5376xbf16>) -> tensor<5376xf32>
    %cst_5 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %25 = stablehlo.broadcast_in_dim %cst_5, dims = [] : (tensor<f32>) -> tensor<5376xf32>
    %26 = stablehlo.add %25, %24 : tensor<5376xf32>
    %27 = stablehlo.broadcast_in_dim %26, dims = [2] : (tensor<5376xf32>) -> tensor<1x1x5376xf32>
    %28 = stablehlo.slice %arg0 [0:262144, 0:5376] : (tensor<262208x5376xbf16>) -> tensor<262144x5376xbf16>
    %cst_6 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %29 = stablehlo.broadcast_in_dim %cst_6, dims = [] : (tensor<f32>) -> tensor<2x512xf32>
    %cst_7 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %30 = stablehlo.broadcast_in_dim %cst_7, dims = [] : (tensor<f32>) -> tensor<4xf32>
    %c_8 = stablehlo.constant dense<0> : tensor<i32>
    %31:8 = stablehlo.while(%iterArg = %17, %iterArg_19 = %20, %iterArg_20 = %23, %iterArg_21 = %27, %iterArg_22 = %28, %iterArg_23 = %29, %iterArg_24 = %c_8, %iterArg_25 = %30) : tensor<4x2x512x5376xbf16>, tensor<4x2x512xi32>, tensor<4x2x512xf32>, tensor<1x1x5376xf32>, tensor<262144x5376xbf16>, tensor<2x512xf32>, tensor<i32>, tensor<4xf32>
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
    %38:10 = stablehlo.while(%iterArg = %34, %iterArg_19 = %17, %iterArg_20 = %20, %iterArg_21 = %23, %iterArg_22 = %arg15, %iterArg_23 = %arg0, %iterArg_24 = %c_15, %iterArg_25 = %35, %iterArg_26 = %36, %iterArg_27 = %37) : tensor<4xf32>, tensor<4x2x512x5376xbf16>, tensor<4x2x512xi32>, tensor<4x2x512xf32>, tensor<5376xbf16>, tensor<262208x5376xbf16>, tensor<i32>, tensor<5376xbf16>, tensor<262208x5376xbf16>, tensor<4x2x512x5376xbf16>
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
    %44:33 = stablehlo.while(%iterArg = %arg2, %iterArg_19 = %arg3, %iterArg_20 = %arg4, %iterArg_21 = %arg5, %iterArg_22 = %arg6, %iterArg_23 = %arg7, %iterArg_24 = %arg8, %iterArg_25 = %arg9, %iterArg_26 = %arg10, %iterArg_27 = %arg11, %iterArg_28 = %arg12, %iterArg_29 = %arg13, %iterArg_30 = %arg14, %iterArg_31 = %arg16, %iterArg_32 = %43, %iterArg_33 = %4#18, %iterArg_34 = %arg38, %iterArg_35 = %arg37, %iterArg_36 = %c_17, %iterArg_37 = %42, %iterArg_38 = %arg18, %iterArg_39 = %arg19, %iterArg_40 = %arg20, %iterArg_41 = %arg21, %iterArg_42 = %arg22, %iterArg_43 = %arg23, %iterArg_44 = %arg24, %iterArg_45 = %arg25, %iterArg_46 = %arg26, %iterArg_47 = %arg27, %iterArg_48 = %arg28, %iterArg_49 = %arg29, %iterArg_50 = %arg30) : tensor<62x5376xbf16>, tensor<62x32x5376x128xbf16>, tensor<62x16x5376x128xbf16>, tensor<62x16x5376x128xbf16>, tensor<62x32x128x5376xbf16>, tensor<62x128xbf16>, tensor<62x128xbf16>, tensor<62x5376xbf16>, tensor<62x5376xbf16>, tensor<62x5376x21504xbf16>, tensor<62x5376x21504xbf16>, tensor<62x21504x5376xbf16>, tensor<62x5376xbf16>, tensor<62xi1>, tensor<62xi32>, tensor<62x2x2048x5376xbf16>, tensor<2x2048xi32>, tensor<2x2048xi32>, tensor<i32>, tensor<2x2048x5376xbf16>, tensor<62x5376xf32>, tensor<62x32x5376x128xf32>, tensor<62x16x5376x128xf32>, tensor<62x16x5376x128xf32>, tensor<62x32x128x5376xf32>, tensor<62x128xf32>, tensor<62x128xf32>, tensor<62x5376xf32>, tensor<62x5376xf32>, tensor<62x5376x21504xf32>, tensor<62x5376x21504xf32>, tensor<62x21504x5376xf32>, tensor<62x5376xf32>
    cond {
      %c_51 = stablehlo.constant dense<62> : tensor<i32>
      %59 = stablehlo.compare LT, %iterArg_36, %c_51, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
      stablehlo.return %59 : tensor<i1>
    } do {
      %c_51 = stablehlo.constant dense<62> : tensor<i32>
      %59 = stablehlo.subtract %c_51, %iterArg_36 : tensor<i32>
      %c_52 = stablehlo.constant dense<1> : tensor<i32>
      %60 = stablehlo.subtract %59, %c_52 : tensor<i32>
      %61 = func.call @dynamic_index_in_dim_0(%iterArg, %60) : (tensor<62x5376xbf16>, tensor<i32>) -> tensor<5376xbf16>
      %62 = func.call @dynamic_index_in_dim_1(%iterArg_19, %60) : (tensor<62x32x5376x128xbf16>, tensor<i32>) -> tensor<32x5376x128xbf16>
      %63 = func.call @dynamic_index_in_dim_2(%iterArg_20, %60) : (tensor<62x16x5376x128xbf16>, tensor<i32>) -> tensor<16x5376x128xbf16>
      %64 = func.call @dynamic_index_in_dim_2(%iterArg_21, %60) : (tensor<62x16x5376x128xbf16>, tensor<i32>) -> tensor<16x5376x128xbf16>
      %65 = func.call @dynamic_index_in_dim_3(%iterArg_22, %60) : (tensor<62x32x128x5376xbf16>, tensor<i32>) -> tensor<32x128x5376xbf16>
      %66 = func.call @dynamic_index_in_dim_4(%iterArg_23, %60) : (tensor<62x128xbf16>, tensor<i32>) -> tensor<128xbf16>
      %67 = func.call @dynamic_index_in_dim_4(%iterArg_24, %60) : (tensor<62x128xbf16>, tensor<i32>) -> tensor<128xbf16>
      %68 = func.call @dynamic_index_in_dim_0(%iterArg_25, %60) : (tensor<62x5376xbf16>, tensor<i32>) -> tensor<5376xbf16>
      %69 = func.call @dynamic_index_in_dim_0(%iterArg_26, %60) : (tensor<62x5376xbf16>, tensor<i32>) -> tensor<5376xbf16>
      %70 = func.call @dynamic_index_in_dim_5(%iterArg_27, %60) : (tensor<62x5376x21504xbf16>, tensor<i32>) -> tensor<5376x21504xbf16>
      %71 = func.call @dynamic_index_in_dim_5(%iterArg_28, %60) : (tensor<62x5376x21504xbf16>, tensor<i32>) -> tensor<5376x21504xbf16>
      %72 = func.call @dynamic_index_in_dim_6(%iterArg_29, %60) : (tensor<62x21504x5376xbf16>, tensor<i32>) -> tensor<21504x5376xbf16>
      %73 = func.call @dynamic_index_in_dim_0(%iterArg_30, %60) : (tensor<62x5376xbf16>, tensor<i32>) -> tensor<5376xbf16>
      %74 = func.call @dynamic_index_in_dim_7(%iterArg_31, %60) : (tensor<62xi1>, tensor<i32>) -> tensor<i1>
      %75 = func.call @dynamic_index_in_dim_24(%iterArg_32, %60) : (tensor<62xi32>, tensor<i32>) -> tensor<i32>
      %76 = func.call @dynamic_index_in_dim_25(%iterArg_33, %60) : (tensor<62x2x2048x5376xbf16>, tensor<i32>) -> tensor<2x2048x5376xbf16>
      %77:14 = func.call @closed_call_26(%iterArg_34, %iterArg_35, %iterArg_37, %iterArg_38, %iterArg_39, %iterArg_40, %iterArg_41, %iterArg_42, %iterArg_43, %iterArg_44, %iterArg_45, %iterArg_46, %iterArg_47, %iterArg_48, %iterArg_49, %iterArg_50, %61, %62, %63, %64, %65, %66, %67, %68, %69, %70, %71, %72, %73, %74, %75, %76) : (tensor<2x2048xi32>, tensor<2x2048xi32>, tensor<2x2048x5376xbf16>, tensor<62x5376xf32>, tensor<62x32x5376x128xf32>, tensor<62x16x5376x128xf32>, tensor<62x16x5376x128xf32>, tensor<62x32x128x5376xf32>, tensor<62x128xf32>, tensor<62x128xf32>, tensor<62x5376xf32>, tensor<62x5376xf32>, tensor<62x5376x21504xf32>, tensor<62x5376x21504xf32>, tensor<62x21504x5376xf32>, tensor<62x5376xf32>, tensor<5376xbf16>, tensor<32x5376x128xbf16>, tensor<16x5376x128xbf16>, tensor<16x5376x128xbf16>, tensor<32x128x5376xbf16>, tensor<128xbf16>, tensor<128xbf16>, tensor<5376xbf16>, tensor<5376xbf16>, tensor<5376x21504xbf16>, tensor<5376x21504xbf16>, tensor<21504x5376xbf16>, tensor<5376xbf16>, tensor<i1>, tensor<i32>, tensor<2x2048x5376xbf16>) -> (tensor<2x2048x5376xbf16>, tensor<62x5376xf32>, tensor<62x32x5376x128xf32>, tensor<62x16x5376x128xf32>, tensor<62x16x5376x128xf32>, tensor<62x32x128x5376xf32>, tensor<62x128xf32>, tensor<62x128xf32>, tensor<62x5376xf32>, tensor<62x5376xf32>, tensor<62x5376x21504xf32>, tensor<62x5376x21504xf32>, tensor<62x21504x5376xf32>, tensor<62x5376xf32>)
      %c_53 = stablehlo.constant dense<1> : tensor<i32>
      %78 = stablehlo.add %iterArg_36, %c_53 : tensor<i32>
      stablehlo.return %iterArg, %iterArg_19, %iterArg_20, %iterArg_21, %iterArg_22, %iterArg_23, %iterArg_24, %iterArg_25, %iterArg_26, %iterArg_27, %iterArg_28, %iterArg_29, %iterArg_30, %iterArg_31, %iterArg_32, %iterArg_33, %iterArg_34, %iterArg_35, %78, %77#0, %77#1, %77#2, %77#3, %77#4, %77#5, %77#6, %77#7, %77#8, %77#9, %77#10, %77#11, %77#12, %77#13 : tensor<62x5376xbf16>, tensor<62x32x5376x128xbf16>, tensor<62x16x5376x128xbf16>, tensor<62x16x5376x128xbf16>, tensor<62x32x128x5376xbf16>, tensor<62x128xbf16>, tensor<62x128xbf16>, tensor<62x5376xbf16>, tensor<62x5376xbf16>, tensor<62x5376x21504xbf16>, tensor<62x5376x21504xbf16>, tensor<62x21504x5376xbf16>, tensor<62x5376xbf16>, tensor<62xi1>, tensor<62xi32>, tensor<62x2x2048x5376xbf16>, tensor<2x2048xi32>, tensor<2x2048xi32>, tensor<i32>, tensor<2x2048x5376xbf16>, tensor<62x5376xf32>, tensor<62x32x5376x128xf32>, tensor<62x16x5376x128xf32>, tensor<62x16x5376x128xf32>, tensor<62x32x128x5376xf32>, tensor<62x128xf32>, tensor<62x128xf32>, tensor<62x5376xf32>, tensor<62x5376xf32>, tensor<62x5376x21504xf32>, tensor<62x5376x21504xf32>, tensor<62x21504x5376xf32>, tensor<62x5376xf32>
    }
    %cst_18 = stablehlo.constant dense<7.350000e+01> : tensor<bf16>
    %45 = stablehlo.broadcast_in_dim %cst_18, dims = [] : (tensor<bf16>) -> tensor<2x2048x5376xbf16>
    %46 = stablehlo.multiply %44#19, %45 : tensor<2x2048x5376xbf16>
    %47 = call @_take_29(%0#1, %46) : (tensor<2x2048x1xi32>, tensor<2x2048x5376xbf16>) -> tensor<262208x5376xbf16>
    %48 = stablehlo.add %38#8, %47 : tensor<262208x5376xbf16>
    %49 = stablehlo.convert %48 : (tensor<262208x5376xbf16>) -> tensor<262208x5376xf32>
    %50 = stablehlo.add %arg17, %49 : tensor<262208x5376xf32>
    %51 = stablehlo.convert %38#7 : (tensor<5376xbf16>) -> tensor<5376xf32>
    %52 = stablehlo.add %arg31, %51 : tensor<5376xf32>
    %53 = stablehlo.convert %arg32 : tensor<f32>
    %54 = stablehlo.add %53, %32 : tensor<f32>
    %55 = stablehlo.convert %arg33 : tensor<f32>
    %56 = stablehlo.add %55, %33 : tensor<f32>
    %57 = stablehlo.convert %arg34 : tensor<f32>
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
    %31 = stablehlo.subtract %17, %30 : tensor<2x512xf32>
    %32 = stablehlo.multiply %31, %arg5 : tensor<2x512xf32>
    %cst_5 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %33 = stablehlo.reduce(%32 init: %cst_5) applies stablehlo.add across dimensions = [0, 1] : (tensor<2x512xf32>, tensor<f32>) -> tensor<f32>
    %34 = stablehlo.negate %33 : tensor<f32>
    return %34 : tensor<f32>
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
    %40 = stablehlo.negate %0#5 : tensor<f32>
    %41 = stablehlo.broadcast_in_dim %40, dims = [] : (tensor<f32>) -> tensor<2x512xf32>
    %42 = stablehlo.multiply %41, %0#4 : tensor<2x512xf32>
    %43 = stablehlo.negate %42 : tensor<2x512xf32>
    %44 = stablehlo.divide %43, %37 : tensor<2x512xf32>
    %cst_9 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %45 = stablehlo.broadcast_in_dim %cst_9, dims = [] : (tensor<f32>) -> tensor<2x512xf32>
    %46 = stablehlo.select %39, %45, %44 : tensor<2x512xi1>, tensor<2x512xf32>
    %47 = stablehlo.select %39, %44, %45 : tensor<2x512xi1>, tensor<2x512xf32>
    %48 = stablehlo.negate %46 : tensor<2x512xf32>
    %49 = stablehlo.add %47, %48 : tensor<2x512xf32>
    %50 = stablehlo.broadcast_in_dim %49, dims = [0, 1] : (tensor<2x512xf32>) -> tensor<2x512x262144xf32>
    %51 = stablehlo.multiply %50, %35 : tensor<2x512x262144xf32>
    %52 = stablehlo.broadcast_in_dim %42, dims = [0, 1] : (tensor<2x512xf32>) -> tensor<2x512x1xf32>
    %53 = call @take_along_axis_21(%25, %52) : (tensor<2x512x1x1xi32>, tensor<2x512x1xf32>) -> tensor<2x512x262144xf32>
    %54 = stablehlo.add %51, %53 : tensor<2x512x262144xf32>
    %55 = stablehlo.dot_general %54, %21, contracting_dims = [0, 1] x [0, 1], precision = [DEFAULT, DEFAULT] : (tensor<2x512x262144xf32>, tensor<2x512x5376xbf16>) -> tensor<262144x5376xf32>
    %56 = stablehlo.convert %55 : (tensor<262144x5376xf32>) -> tensor<262144x5376xbf16>
    %57 = stablehlo.dot_general %54, %22, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<2x512x262144xf32>, tensor<262144x5376xbf16>) -> tensor<2x512x5376xf32>
    %58 = stablehlo.convert %57 : (tensor<2x512x5376xf32>) -> tensor<2x512x5376xbf16>
    %cst_10 = stablehlo.constant dense<0.000000e+00> : tensor<bf16>
    %59 = stablehlo.pad %56, %cst_10, low = [0, 0], high = [64, 0], interior = [0, 0] : (tensor<262144x5376xbf16>, tensor<bf16>) -> tensor<262208x5376xbf16>
    %60 = stablehlo.convert %58 : (tensor<2x512x5376xbf16>) -> tensor<2x512x5376xf32>
    %61 = stablehlo.multiply %14, %60 : tensor<2x512x5376xf32>
    %cst_11 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %62 = stablehlo.reduce(%61 init: %cst_11) applies stablehlo.add across dimensions = [0, 1] : (tensor<2x512x5376xf32>, tensor<f32>) -> tensor<5376xf32>
    %63 = stablehlo.reshape %62 : (tensor<5376xf32>) -> tensor<1x1x5376xf32>
    %64 = stablehlo.broadcast_in_dim %18, dims = [0, 1, 2] : (tensor<1x1x5376xf32>) -> tensor<2x512x5376xf32>
    %65 = stablehlo.multiply %60, %64 : tensor<2x512x5376xf32>
    %cst_12 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %66 = stablehlo.reduce(%63 init: %cst_12) applies stablehlo.add across dimensions = [0, 1] : (tensor<1x1x5376xf32>, tensor<f32>) -> tensor<5376xf32>
    %67 = stablehlo.convert %66 : (tensor<5376xf32>) -> tensor<5376xbf16>
    %68 = stablehlo.multiply %1, %65 : tensor<2x512x5376xf32>
    %cst_13 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %69 = stablehlo.reduce(%68 init: %cst_13) applies stablehlo.add across dimensions = [2] : (tensor<2x512x5376xf32>, tensor<f32>) -> tensor<2x512xf32>
    %70 = stablehlo.reshape %69 : (tensor<2x512xf32>) -> tensor<2x512x1xf32>
    %71 = stablehlo.broadcast_in_dim %9, dims = [0, 1, 2] : (tensor<2x512x1xf32>) -> tensor<2x512x5376xf32>
    %72 = stablehlo.multiply %65, %71 : tensor<2x512x5376xf32>
    %73 = stablehlo.multiply %70, %12 : tensor<2x512x1xf32>
    %cst_14 = stablehlo.constant dense<5.376000e+03> : tensor<f32>
    %74 = stablehlo.broadcast_in_dim %cst_14, dims = [] : (tensor<f32>) -> tensor<2x512x1xf32>
    %75 = stablehlo.divide %73, %74 : tensor<2x512x1xf32>
    %cst_15 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %76 = stablehlo.reduce(%75 init: %cst_15) applies stablehlo.add across dimensions = [2] : (tensor<2x512x1xf32>, tensor<f32>) -> tensor<2x512xf32>
    %77 = stablehlo.broadcast_in_dim %76, dims = [0, 1] : (tensor<2x512xf32>) -> tensor<2x512x5376xf32>
    %78 = stablehlo.multiply %1, %77 : tensor<2x512x5376xf32>
    %79 = stablehlo.add %72, %78 : tensor<2x512x5376xf32>
    %80 = stablehlo.multiply %77, %1 : tensor<2x512x5376xf32>
    %81 = stablehlo.add %79, %80 : tensor<2x512x5376xf32>
    %82 = stablehlo.convert %81 : (tensor<2x512x5376xf32>) -> tensor<2x512x5376xbf16>
    %83 = stablehlo.add %arg2, %67 : tensor<5376xbf16>
    %84 = stablehlo.add %arg3, %59 : tensor<262208x5376xbf16>
    return %83, %84, %82 : tensor<5376xbf16>, tensor<262208x5376xbf16>, tensor<2x512x5376xbf16>
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
  func.func private @closed_call_26(%arg0: tensor<2x2048xi32>, %arg1: tensor<2x2048xi32>, %arg2: tensor<2x2048x5376xbf16>, %arg3: tensor<62x5376xf32>, %arg4: tensor<62x32x5376x128xf32>, %arg5: tensor<62x16x5376x128xf32>, %arg6: tensor<62x16x5376x128xf32>, %arg7: tensor<62x32x128x5376xf32>, %arg8: tensor<62x128xf32>, %arg9: tensor<62x128xf32>, %arg10: tensor<62x5376xf32>, %arg11: tensor<62x5376xf32>, %arg12: tensor<62x5376x21504xf32>, %arg13: tensor<62x5376x21504xf32>, %arg14: tensor<62x21504x5376xf32>, %arg15: tensor<62x5376xf32>, %arg16: tensor<5376xbf16>, %arg17: tensor<32x5376x128xbf16>, %arg18: tensor<16x5376x128xbf16>, %arg19: tensor<16x5376x128xbf16>, %arg20: tensor<32x128x5376xbf16>, %arg21: tensor<128xbf16>, %arg22: tensor<128xbf16>, %arg23: tensor<5376xbf16>, %arg24: tensor<5376xbf16>, %arg25: tensor<5376x21504xbf16>, %arg26: tensor<5376x21504xbf16>, %arg27: tensor<21504x5376xbf16>, %arg28: tensor<5376xbf16>, %arg29: tensor<i1>, %arg30: tensor<i32>, %arg31: tensor<2x2048x5376xbf16>) -> (tensor<2x2048x5376xbf16>, tensor<62x5376xf32>, tensor<62x32x5376x128xf32>, tensor<62x16x5376x128xf32>, tensor<62x16x5376x128xf32>, tensor<62x32x128x5376xf32>, tensor<62x128xf32>, tensor<62x128xf32>, tensor<62x5376xf32>, tensor<62x5376xf32>, tensor<62x5376x21504xf32>, tensor<62x5376x21504xf32>, tensor<62x21504x5376xf32>, tensor<62x5376xf32>) {
    %0 = stablehlo.convert %arg31 : (tensor<2x2048x5376xbf16>) -> tensor<2x2048x5376xf32>
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
    %9 = stablehlo.divide %8, %7 : tensor<2x2048x1xf32>
    %cst_2 = stablehlo.constant dense<-5.000000e-01> : tensor<f32>
    %10 = stablehlo.broadcast_in_dim %cst_2, dims = [] : (tensor<f32>) -> tensor<2x2048x1xf32>
    %11 = stablehlo.multiply %10, %9 : tensor<2x2048x1xf32>
    %12 = stablehlo.broadcast_in_dim %8, dims = [0, 1, 2] : (tensor<2x2048x1xf32>) -> tensor<2x2048x5376xf32>
    %13 = stablehlo.multiply %0, %12 : tensor<2x2048x5376xf32>
    %14 = stablehlo.convert %arg16 : (tensor<5376xbf16>) -> tensor<5376xf32>
    %cst_3 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %15 = stablehlo.broadcast_in_dim %cst_3, dims = [] : (tensor<f32>) -> tensor<5376xf32>
    %16 = stablehlo.add %15, %14 : tensor<5376xf32>
    %17 = stablehlo.broadcast_in_dim %16, dims = [2] : (tensor<5376xf32>) -> tensor<1x1x5376xf32>
    %18 = stablehlo.broadcast_in_dim %17, dims = [0, 1, 2] : (tensor<1x1x5376xf32>) -> tensor<2x2048x5376xf32>
    %19 = stablehlo.multiply %13, %18 : tensor<2x2048x5376xf32>
    %20 = stablehlo.convert %19 : (tensor<2x2048x5376xf32>) -> tensor<2x2048x5376xbf16>
    %21 = stablehlo.dot_general %20, %arg17, contracting_dims = [2] x [1], precision = [DEFAULT, DEFAULT] : (tensor<2x2048x5376xbf16>, tensor<32x5376x128xbf16>) -> tensor<2x2048x32x128xbf16>
    %22 = stablehlo.dot_general %20, %arg18, contracting_dims = [2] x [1], precision = [DEFAULT, DEFAULT] : (tensor<2x2048x5376xbf16>, tensor<16x5376x128xbf16>) -> tensor<2x2048x16x128xbf16>
    %23 = stablehlo.dot_general %20, %arg19, contracting_dims = [2] x [1], precision = [DEFAULT, DEFAULT] : (tensor<2x2048x5376xbf16>, tensor<16x5376x128xbf16>) -> tensor<2x2048x16x128xbf16>
    %24 = stablehlo.convert %21 : (tensor<2x2048x32x128xbf16>) -> tensor<2x2048x32x128xf32>
    %25 = stablehlo.multiply %24, %24 : tensor<2x2048x32x128xf32>
    %cst_4 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %26 = stablehlo.reduce(%25 init: %cst_4) applies stablehlo.add across dimensions = [3] : (tensor<2x2048x32x128xf32>, tensor<f32>) -> tensor<2x2048x32xf32>
    %27 = stablehlo.broadcast_in_dim %26, dims = [0, 1, 2] : (tensor<2x2048x32xf32>) -> tensor<2x2048x32x1xf32>
    %cst_5 = stablehlo.constant dense<1.280000e+02> : tensor<f32>
    %28 = stablehlo.broadcast_in_dim %cst_5, dims = [] : (tensor<f32>) -> tensor<2x2048x32x1xf32>
    %29 = stablehlo.divide %27, %28 : tensor<2x2048x32x1xf32>
    %cst_6 = stablehlo.constant dense<9.99999997E-7> : tensor<f32>
    %30 = stablehlo.broadcast_in_dim %cst_6, dims = [] : (tensor<f32>) -> tensor<2x2048x32x1xf32>
    %31 = stablehlo.add %29, %30 : tensor<2x2048x32x1xf32>
    %32 = stablehlo.rsqrt %31 : tensor<2x2048x32x1xf32>
    %33 = stablehlo.divide %32, %31 : tensor<2x2048x32x1xf32>
    %cst_7 = stablehlo.constant dense<-5.000000e-01> : tensor<f32>
    %34 = stablehlo.broadcast_in_dim %cst_7, dims = [] : (tensor<f32>) -> tensor<2x2048x32x1xf32>
    %35 = stablehlo.multiply %34, %33 : tensor<2x2048x32x1xf32>
    %36 = stablehlo.broadcast_in_dim %32, dims = [0, 1, 2, 3] : (tensor<2x2048x32x1xf32>) -> tensor<2x2048x32x128xf32>
    %37 = stablehlo.multiply %24, %36 : tensor<2x2048x32x128xf32>
    %38 = stablehlo.convert %arg21 : (tensor<128xbf16>) -> tensor<128xf32>
    %cst_8 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %39 = stablehlo.broadcast_in_dim %cst_8, dims = [] : (tensor<f32>) -> tensor<128xf32>
    %40 = stablehlo.add %39, %38 : tensor<128xf32>
    %41 = stablehlo.broadcast_in_dim %40, dims = [3] : (tensor<128xf32>) -> tensor<1x1x1x128xf32>
    %42 = stablehlo.broadcast_in_dim %41, dims = [0, 1, 2, 3] : (tensor<1x1x1x128xf32>) -> tensor<2x2048x32x128xf32>
    %43 = stablehlo.multiply %37, %42 : tensor<2x2048x32x128xf32>
    %44 = stablehlo.convert %43 : (tensor<2x2048x32x128xf32>) -> tensor<2x2048x32x128xbf16>
    %45 = stablehlo.convert %22 : (tensor<2x2048x16x128xbf16>) -> tensor<2x2048x16x128xf32>
    %46 = stablehlo.multiply %45, %45 : tensor<2x2048x16x128xf32>
    %cst_9 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %47 = stablehlo.reduce(%46 init: %cst_9) applies stablehlo.add across dimensions = [3] : (tensor<2x2048x16x128xf32>, tensor<f32>) -> tensor<2x2048x16xf32>
    %48 = stablehlo.broadcast_in_dim %47, dims = [0, 1, 2] : (tensor<2x2048x16xf32>) -> tensor<2x2048x16x1xf32>
    %cst_10 = stablehlo.constant dense<1.280000e+02> : tensor<f32>
    %49 = stablehlo.broadcast_in_dim %cst_10, dims = [] : (tensor<f32>) -> tensor<2x2048x16x1xf32>
    %50 = stablehlo.divide %48, %49 : tensor<2x2048x16x1xf32>
    %cst_11 = stablehlo.constant dense<9.99999997E-7> : tensor<f32>
    %51 = stablehlo.broadcast_in_dim %cst_11, dims = [] : (tensor<f32>) -> tensor<2x2048x16x1xf32>
    %52 = stablehlo.add %50, %51 : tensor<2x2048x16x1xf32>
    %53 = stablehlo.rsqrt %52 : tensor<2x2048x16x1xf32>
    %54 = stablehlo.divide %53, %52 : tensor<2x2048x16x1xf32>
    %cst_12 = stablehlo.constant dense<-5.000000e-01> : tensor<f32>
    %55 = stablehlo.broadcast_in_dim %cst_12, dims = [] : (tensor<f32>) -> tensor<2x2048x16x1xf32>
    %56 = stablehlo.multiply %55, %54 : tensor<2x2048x16x1xf32>
    %57 = stablehlo.broadcast_in_dim %53, dims = [0, 1, 2, 3] : (tensor<2x2048x16x1xf32>) -> tensor<2x2048x16x128xf32>
    %58 = stablehlo.multiply %45, %57 : tensor<2x2048x16x128xf32>
    %59 = stablehlo.convert %arg22 : (tensor<128xbf16>) -> tensor<128xf32>
    %cst_13 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %60 = stablehlo.broadcast_in_dim %cst_13, dims = [] : (tensor<f32>) -> tensor<128xf32>
    %61 = stablehlo.add %60, %59 : tensor<128xf32>
    %62 = stablehlo.broadcast_in_dim %61, dims = [3] : (tensor<128xf32>) -> tensor<1x1x1x128xf32>
    %63 = stablehlo.broadcast_in_dim %62, dims = [0, 1, 2, 3] : (tensor<1x1x1x128xf32>) -> tensor<2x2048x16x128xf32>
    %64 = stablehlo.multiply %58, %63 : tensor<2x2048x16x128xf32>
    %65 = stablehlo.convert %64 : (tensor<2x2048x16x128xf32>) -> tensor<2x2048x16x128xbf16>
    %66 = stablehlo.iota dim = 0 : tensor<64xf32>
    %cst_14 = stablehlo.constant dense<2.000000e+00> : tensor<f32>
    %67 = stablehlo.broadcast_in_dim %cst_14, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %68 = stablehlo.multiply %67, %66 : tensor<64xf32>
    %cst_15 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %69 = stablehlo.broadcast_in_dim %cst_15, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %70 = stablehlo.add %69, %68 : tensor<64xf32>
    %cst_16 = stablehlo.constant dense<1.280000e+02> : tensor<f32>
    %71 = stablehlo.broadcast_in_dim %cst_16, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %72 = stablehlo.divide %70, %71 : tensor<64xf32>
    %cst_17 = stablehlo.constant dense<1.000000e+04> : tensor<f32>
    %73 = stablehlo.broadcast_in_dim %cst_17, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %74 = stablehlo.power %73, %72 : tensor<64xf32>
    %cst_18 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %75 = stablehlo.broadcast_in_dim %cst_18, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %76 = stablehlo.divide %75, %74 : tensor<64xf32>
    %cst_19 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %77 = stablehlo.broadcast_in_dim %cst_19, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %78 = stablehlo.divide %76, %77 : tensor<64xf32>
    %79 = stablehlo.iota dim = 0 : tensor<64xf32>
    %cst_20 = stablehlo.constant dense<2.000000e+00> : tensor<f32>
    %80 = stablehlo.broadcast_in_dim %cst_20, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %81 = stablehlo.multiply %80, %79 : tensor<64xf32>
    %cst_21 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %82 = stablehlo.broadcast_in_dim %cst_21, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %83 = stablehlo.add %82, %81 : tensor<64xf32>
    %cst_22 = stablehlo.constant dense<1.280000e+02> : tensor<f32>
    %84 = stablehlo.broadcast_in_dim %cst_22, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %85 = stablehlo.divide %83, %84 : tensor<64xf32>
    %cst_23 = stablehlo.constant dense<1.000000e+06> : tensor<f32>
    %86 = stablehlo.broadcast_in_dim %cst_23, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %87 = stablehlo.power %86, %85 : tensor<64xf32>
    %cst_24 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %88 = stablehlo.broadcast_in_dim %cst_24, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %89 = stablehlo.divide %88, %87 : tensor<64xf32>
    %cst_25 = stablehlo.constant dense<8.000000e+00> : tensor<f32>
    %90 = stablehlo.broadcast_in_dim %cst_25, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %91 = stablehlo.divide %89, %90 : tensor<64xf32>
    %92 = call @_where_9(%arg29, %91, %78) : (tensor<i1>, tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %93 = stablehlo.convert %arg0 : (tensor<2x2048xi32>) -> tensor<2x2048xf32>
    %94 = stablehlo.broadcast_in_dim %93, dims = [0, 1] : (tensor<2x2048xf32>) -> tensor<2x2048x1xf32>
    %95 = stablehlo.broadcast_in_dim %92, dims = [2] : (tensor<64xf32>) -> tensor<1x1x64xf32>
    %96 = stablehlo.broadcast_in_dim %94, dims = [0, 1, 2] : (tensor<2x2048x1xf32>) -> tensor<2x2048x64xf32>
    %97 = stablehlo.broadcast_in_dim %95, dims = [0, 1, 2] : (tensor<1x1x64xf32>) -> tensor<2x2048x64xf32>
    %98 = stablehlo.multiply %96, %97 : tensor<2x2048x64xf32>
    %99 = stablehlo.sine %98 : tensor<2x2048x64xf32>
    %100 = stablehlo.broadcast_in_dim %99, dims = [0, 1, 3] : (tensor<2x2048x64xf32>) -> tensor<2x2048x1x64xf32>
    %101 = stablehlo.cosine %98 : tensor<2x2048x64xf32>
    %102 = stablehlo.broadcast_in_dim %101, dims = [0, 1, 3] : (tensor<2x2048x64xf32>) -> tensor<2x2048x1x64xf32>
    %103 = stablehlo.convert %44 : (tensor<2x2048x32x128xbf16>) -> tensor<2x2048x32x128xf32>
    %104 = stablehlo.slice %103 [0:2, 0:2048, 0:32, 0:64] : (tensor<2x2048x32x128xf32>) -> tensor<2x2048x32x64xf32>
    %105 = stablehlo.slice %103 [0:2, 0:2048, 0:32, 64:128] : (tensor<2x2048x32x128xf32>) -> tensor<2x2048x32x64xf32>
    %106 = stablehlo.broadcast_in_dim %102, dims = [0, 1, 2, 3] : (tensor<2x2048x1x64xf32>) -> tensor<2x2048x32x64xf32>
    %107 = stablehlo.multiply %104, %106 : tensor<2x2048x32x64xf32>
    %108 = stablehlo.broadcast_in_dim %100, dims = [0, 1, 2, 3] : (tensor<2x2048x1x64xf32>) -> tensor<2x2048x32x64xf32>
    %109 = stablehlo.multiply %105, %108 : tensor<2x2048x32x64xf32>
    %110 = stablehlo.subtract %107, %109 : tensor<2x2048x32x64xf32>
    %111 = stablehlo.broadcast_in_dim %102, dims = [0, 1, 2, 3] : (tensor<2x2048x1x64xf32>) -> tensor<2x2048x32x64xf32>
    %112 = stablehlo.multiply %105, %111 : tensor<2x2048x32x64xf32>
    %113 = stablehlo.broadcast_in_dim %100, dims = [0, 1, 2, 3] : (tensor<2x2048x1x64xf32>) -> tensor<2x2048x32x64xf32>
    %114 = stablehlo.multiply %104, %113 : tensor<2x2048x32x64xf32>
    %115 = stablehlo.add %112, %114 : tensor<2x2048x32x64xf32>
    %116 = stablehlo.concatenate %110, %115, dim = 3 : (tensor<2x2048x32x64xf32>, tensor<2x2048x32x64xf32>) -> tensor<2x2048x32x128xf32>
    %117 = stablehlo.convert %116 : (tensor<2x2048x32x128xf32>) -> tensor<2x2048x32x128xbf16>
    %118 = stablehlo.convert %arg0 : (tensor<2x2048xi32>) -> tensor<2x2048xf32>
    %119 = stablehlo.broadcast_in_dim %118, dims = [0, 1] : (tensor<2x2048xf32>) -> tensor<2x2048x1xf32>
    %120 = stablehlo.broadcast_in_dim %92, dims = [2] : (tensor<64xf32>) -> tensor<1x1x64xf32>
    %121 = stablehlo.broadcast_in_dim %119, dims = [0, 1, 2] : (tensor<2x2048x1xf32>) -> tensor<2x2048x64xf32>
    %122 = stablehlo.broadcast_in_dim %120, dims = [0, 1, 2] : (tensor<1x1x64xf32>) -> tensor<2x2048x64xf32>
    %123 = stablehlo.multiply %121, %122 : tensor<2x2048x64xf32>
    %124 = stablehlo.sine %123 : tensor<2x2048x64xf32>
    %125 = stablehlo.broadcast_in_dim %124, dims = [0, 1, 3] : (tensor<2x2048x64xf32>) -> tensor<2x2048x1x64xf32>
    %126 = stablehlo.cosine %123 : tensor<2x2048x64xf32>
    %127 = stablehlo.broadcast_in_dim %126, dims = [0, 1, 3] : (tensor<2x2048x64xf32>) -> tensor<2x2048x1x64xf32>
    %128 = stablehlo.convert %65 : (tensor<2x2048x16x128xbf16>) -> tensor<2x2048x16x128xf32>
    %129 = stablehlo.slice %128 [0:2, 0:2048, 0:16, 0:64] : (tensor<2x2048x16x128xf32>) -> tensor<2x2048x16x64xf32>
    %130 = stablehlo.slice %128 [0:2, 0:2048, 0:16, 64:128] : (tensor<2x2048x16x128xf32>) -> tensor<2x2048x16x64xf32>
    %131 = stablehlo.broadcast_in_dim %127, dims = [0, 1, 2, 3] : (tensor<2x2048x1x64xf32>) -> tensor<2x2048x16x64xf32>
    %132 = stablehlo.multiply %129, %131 : tensor<2x2048x16x64xf32>
    %133 = stablehlo.broadcast_in_dim %125, dims = [0, 1, 2, 3] : (tensor<2x2048x1x64xf32>) -> tensor<2x2048x16x64xf32>
    %134 = stablehlo.multiply %130, %133 : tensor<2x2048x16x64xf32>
    %135 = stablehlo.subtract %132, %134 : tensor<2x2048x16x64xf32>
    %136 = stablehlo.broadcast_in_dim %127, dims = [0, 1, 2, 3] : (tensor<2x2048x1x64xf32>) -> tensor<2x2048x16x64xf32>
    %137 = stablehlo.multiply %130, %136 : tensor<2x2048x16x64xf32>
    %138 = stablehlo.broadcast_in_dim %125, dims = [0, 1, 2, 3] : (tensor<2x2048x1x64xf32>) -> tensor<2x2048x16x64xf32>
    %139 = stablehlo.multiply %129, %138 : tensor<2x2048x16x64xf32>
    %140 = stablehlo.add %137, %139 : tensor<2x2048x16x64xf32>
    %141 = stablehlo.concatenate %135, %140, dim = 3 : (tensor<2x2048x16x64xf32>, tensor<2x2048x16x64xf32>) -> tensor<2x2048x16x128xf32>
    %142 = stablehlo.convert %141 : (tensor<2x2048x16x128xf32>) -> tensor<2x2048x16x128xbf16>
    %143 = stablehlo.convert %arg29 : (tensor<i1>) -> tensor<i32>
    %144:9 = "stablehlo.case"(%143) ({
      %524 = stablehlo.iota dim = 0 : tensor<2048xi32>
      %525 = stablehlo.broadcast_in_dim %524, dims = [1] : (tensor<2048xi32>) -> tensor<2x2048xi32>
      %526 = stablehlo.broadcast_in_dim %525, dims = [0, 1] : (tensor<2x2048xi32>) -> tensor<2x2048x1xi32>
      %527 = stablehlo.broadcast_in_dim %525, dims = [0, 2] : (tensor<2x2048xi32>) -> tensor<2x1x2048xi32>
      %528 = stablehlo.broadcast_in_dim %527, dims = [0, 1, 2] : (tensor<2x1x2048xi32>) -> tensor<2x2048x2048xi32>
      %529 = stablehlo.broadcast_in_dim %526, dims = [0, 1, 2] : (tensor<2x2048x1xi32>) -> tensor<2x2048x2048xi32>
      %530 = stablehlo.compare LE, %528, %529, SIGNED : (tensor<2x2048x2048xi32>, tensor<2x2048x2048xi32>) -> tensor<2x2048x2048xi1>
      %c_105 = stablehlo.constant dense<0> : tensor<i32>
      %531 = stablehlo.broadcast_in_dim %c_105, dims = [] : (tensor<i32>) -> tensor<2x1x2048xi32>
      %532 = stablehlo.compare GE, %527, %531, SIGNED : (tensor<2x1x2048xi32>, tensor<2x1x2048xi32>) -> tensor<2x1x2048xi1>
      %533 = stablehlo.broadcast_in_dim %532, dims = [0, 1, 2] : (tensor<2x1x2048xi1>) -> tensor<2x2048x2048xi1>
      %534 = stablehlo.and %530, %533 : tensor<2x2048x2048xi1>
      %535 = stablehlo.broadcast_in_dim %526, dims = [0, 1, 2] : (tensor<2x2048x1xi32>) -> tensor<2x2048x2048xi32>
      %536 = stablehlo.broadcast_in_dim %527, dims = [0, 1, 2] : (tensor<2x1x2048xi32>) -> tensor<2x2048x2048xi32>
      %537 = stablehlo.subtract %535, %536 : tensor<2x2048x2048xi32>
      %c_106 = stablehlo.constant dense<1024> : tensor<i32>
      %538 = stablehlo.broadcast_in_dim %c_106, dims = [] : (tensor<i32>) -> tensor<2x2048x2048xi32>
      %539 = stablehlo.compare LT, %537, %538, SIGNED : (tensor<2x2048x2048xi32>, tensor<2x2048x2048xi32>) -> tensor<2x2048x2048xi1>
      %540 = stablehlo.and %534, %539 : tensor<2x2048x2048xi1>
      %541 = stablehlo.broadcast_in_dim %arg1, dims = [0, 1] : (tensor<2x2048xi32>) -> tensor<2x2048x1xi32>
      %542 = stablehlo.broadcast_in_dim %arg1, dims = [0, 2] : (tensor<2x2048xi32>) -> tensor<2x1x2048xi32>
      %543 = stablehlo.broadcast_in_dim %541, dims = [0, 1, 2] : (tensor<2x2048x1xi32>) -> tensor<2x2048x2048xi32>
      %544 = stablehlo.broadcast_in_dim %542, dims = [0, 1, 2] : (tensor<2x1x2048xi32>) -> tensor<2x2048x2048xi32>
      %545 = stablehlo.compare EQ, %543, %544, SIGNED : (tensor<2x2048x2048xi32>, tensor<2x2048x2048xi32>) -> tensor<2x2048x2048xi1>
      %546 = stablehlo.and %540, %545 : tensor<2x2048x2048xi1>
      %547 = stablehlo.reshape %117 : (tensor<2x2048x32x128xbf16>) -> tensor<2x2048x16x2x128xbf16>
      %548 = stablehlo.dot_general %142, %547, batching_dims = [0, 2] x [0, 2], contracting_dims = [3] x [4], precision = [DEFAULT, DEFAULT] : (tensor<2x2048x16x128xbf16>, tensor<2x2048x16x2x128xbf16>) -> tensor<2x16x2048x2048x2xf32>
      %549 = stablehlo.transpose %548, dims = [0, 1, 4, 3, 2] : (tensor<2x16x2048x2048x2xf32>) -> tensor<2x16x2x2048x2048xf32>
      %cst_107 = stablehlo.constant dense<0.0771516785> : tensor<f32>
      %550 = stablehlo.broadcast_in_dim %cst_107, dims = [] : (tensor<f32>) -> tensor<2x16x2x2048x2048xf32>
      %551 = stablehlo.multiply %549, %550 : tensor<2x16x2x2048x2048xf32>
      %552 = stablehlo.broadcast_in_dim %546, dims = [0, 3, 4] : (tensor<2x2048x2048xi1>) -> tensor<2x1x1x2048x2048xi1>
      %cst_108 = stablehlo.constant dense<-2.38197633E+38> : tensor<f32>
      %553:2 = func.call @_where_27(%552, %551, %cst_108) : (tensor<2x1x1x2048x2048xi1>, tensor<2x16x2x2048x2048xf32>, tensor<f32>) -> (tensor<2x16x2x2048x2048xf32>, tensor<2x16x2x2048x2048xi1>)
      %cst_109 = stablehlo.constant dense<0xFF800000> : tensor<f32>
      %554 = stablehlo.reduce(%553#0 init: %cst_109) applies stablehlo.maximum across dimensions = [4] : (tensor<2x16x2x2048x2048xf32>, tensor<f32>) -> tensor<2x16x2x2048xf32>
      %cst_110 = stablehlo.constant dense<0xFF800000> : tensor<f32>
      %555 = stablehlo.broadcast_in_dim %cst_110, dims = [] : (tensor<f32>) -> tensor<2x16x2x2048xf32>
      %556 = stablehlo.maximum %555, %554 : tensor<2x16x2x2048xf32>
      %557 = stablehlo.broadcast_in_dim %556, dims = [0, 1, 2, 3] : (tensor<2x16x2x2048xf32>) -> tensor<2x16x2x2048x1xf32>
      %558 = stablehlo.broadcast_in_dim %557, dims = [0, 1, 2, 3, 4] : (tensor<2x16x2x2048x1xf32>) -> tensor<2x16x2x2048x2048xf32>
      %559 = stablehlo.subtract %553#0, %558 : tensor<2x16x2x2048x2048xf32>
      %560 = stablehlo.exponential %559 : tensor<2x16x2x2048x2048xf32>
      %cst_111 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
      %561 = stablehlo.reduce(%560 init: %cst_111) applies stablehlo.add across dimensions = [4] : (tensor<2x16x2x2048x2048xf32>, tensor<f32>) -> tensor<2x16x2x2048xf32>
      %562 = stablehlo.broadcast_in_dim %561, dims = [0, 1, 2, 3] : (tensor<2x16x2x2048xf32>) -> tensor<2x16x2x2048x1xf32>
      %563 = stablehlo.broadcast_in_dim %562, dims = [0, 1, 2, 3, 4] : (tensor<2x16x2x2048x1xf32>) -> tensor<2x16x2x2048x2048xf32>
      %564 = stablehlo.divide %560, %563 : tensor<2x16x2x2048x2048xf32>
      %565 = stablehlo.multiply %562, %562 : tensor<2x16x2x2048x1xf32>
      %cst_112 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
      %566 = stablehlo.broadcast_in_dim %cst_112, dims = [] : (tensor<f32>) -> tensor<2x16x2x2048x1xf32>
      %567 = stablehlo.divide %566, %565 : tensor<2x16x2x2048x1xf32>
      %568 = stablehlo.convert %564 : (tensor<2x16x2x2048x2048xf32>) -> tensor<2x16x2x2048x2048xbf16>
      %569 = stablehlo.dot_general %23, %568, batching_dims = [0, 2] x [0, 1], contracting_dims = [1] x [4], precision = [DEFAULT, DEFAULT] : (tensor<2x2048x16x128xbf16>, tensor<2x16x2x2048x2048xbf16>) -> tensor<2x16x128x2x2048xbf16>
      %570 = stablehlo.transpose %569, dims = [0, 4, 1, 3, 2] : (tensor<2x16x128x2x2048xbf16>) -> tensor<2x2048x16x2x128xbf16>
      %571 = stablehlo.reshape %570 : (tensor<2x2048x16x2x128xbf16>) -> tensor<2x2048x32x128xbf16>
      stablehlo.return %571, %547, %142, %553#1, %560, %562, %567, %568, %23 : tensor<2x2048x32x128xbf16>, tensor<2x2048x16x2x128xbf16>, tensor<2x2048x16x128xbf16>, tensor<2x16x2x2048x2048xi1>, tensor<2x16x2x2048x2048xf32>, tensor<2x16x2x2048x1xf32>, tensor<2x16x2x2048x1xf32>, tensor<2x16x2x2048x2048xbf16>, tensor<2x2048x16x128xbf16>
    }, {
      %524 = stablehlo.iota dim = 0 : tensor<2048xi32>
      %525 = stablehlo.broadcast_in_dim %524, dims = [1] : (tensor<2048xi32>) -> tensor<2x2048xi32>
      %526 = stablehlo.broadcast_in_dim %525, dims = [0, 1] : (tensor<2x2048xi32>) -> tensor<2x2048x1xi32>
      %527 = stablehlo.broadcast_in_dim %525, dims = [0, 2] : (tensor<2x2048xi32>) -> tensor<2x1x2048xi32>
      %528 = stablehlo.broadcast_in_dim %527, dims = [0, 1, 2] : (tensor<2x1x2048xi32>) -> tensor<2x2048x2048xi32>
      %529 = stablehlo.broadcast_in_dim %526, dims = [0, 1, 2] : (tensor<2x2048x1xi32>) -> tensor<2x2048x2048xi32>
      %530 = stablehlo.compare LE, %528, %529, SIGNED : (tensor<2x2048x2048xi32>, tensor<2x2048x2048xi32>) -> tensor<2x2048x2048xi1>
      %c_105 = stablehlo.constant dense<0> : tensor<i32>
      %531 = stablehlo.broadcast_in_dim %c_105, dims = [] : (tensor<i32>) -> tensor<2x1x2048xi32>
      %532 = stablehlo.compare GE, %527, %531, SIGNED : (tensor<2x1x2048xi32>, tensor<2x1x2048xi32>) -> tensor<2x1x2048xi1>
      %533 = stablehlo.broadcast_in_dim %532, dims = [0, 1, 2] : (tensor<2x1x2048xi1>) -> tensor<2x2048x2048xi1>
      %534 = stablehlo.and %530, %533 : tensor<2x2048x2048xi1>
      %535 = stablehlo.broadcast_in_dim %arg1, dims = [0, 1] : (tensor<2x2048xi32>) -> tensor<2x2048x1xi32>
      %536 = stablehlo.broadcast_in_dim %arg1, dims = [0, 2] : (tensor<2x2048xi32>) -> tensor<2x1x2048xi32>
      %537 = stablehlo.broadcast_in_dim %535, dims = [0, 1, 2] : (tensor<2x2048x1xi32>) -> tensor<2x2048x2048xi32>
      %538 = stablehlo.broadcast_in_dim %536, dims = [0, 1, 2] : (tensor<2x1x2048xi32>) -> tensor<2x2048x2048xi32>
      %539 = stablehlo.compare EQ, %537, %538, SIGNED : (tensor<2x2048x2048xi32>, tensor<2x2048x2048xi32>) -> tensor<2x2048x2048xi1>
      %540 = stablehlo.and %534, %539 : tensor<2x2048x2048xi1>
      %541 = stablehlo.reshape %117 : (tensor<2x2048x32x128xbf16>) -> tensor<2x2048x16x2x128xbf16>
      %542 = stablehlo.dot_general %142, %541, batching_dims = [0, 2] x [0, 2], contracting_dims = [3] x [4], precision = [DEFAULT, DEFAULT] : (tensor<2x2048x16x128xbf16>, tensor<2x2048x16x2x128xbf16>) -> tensor<2x16x2048x2048x2xf32>
      %543 = stablehlo.transpose %542, dims = [0, 1, 4, 3, 2] : (tensor<2x16x2048x2048x2xf32>) -> tensor<2x16x2x2048x2048xf32>
      %cst_106 = stablehlo.constant dense<0.0771516785> : tensor<f32>
      %544 = stablehlo.broadcast_in_dim %cst_106, dims = [] : (tensor<f32>) -> tensor<2x16x2x2048x2048xf32>
      %545 = stablehlo.multiply %543, %544 : tensor<2x16x2x2048x2048xf32>
      %546 = stablehlo.broadcast_in_dim %540, dims = [0, 3, 4] : (tensor<2x2048x2048xi1>) -> tensor<2x1x1x2048x2048xi1>
      %cst_107 = stablehlo.constant dense<-2.38197633E+38> : tensor<f32>
      %547:2 = func.call @_where_27(%546, %545, %cst_107) : (tensor<2x1x1x2048x2048xi1>, tensor<2x16x2x2048x2048xf32>, tensor<f32>) -> (tensor<2x16x2x2048x2048xf32>, tensor<2x16x2x2048x2048xi1>)
      %cst_108 = stablehlo.constant dense<0xFF800000> : tensor<f32>
      %548 = stablehlo.reduce(%547#0 init: %cst_108) applies stablehlo.maximum across dimensions = [4] : (tensor<2x16x2x2048x2048xf32>, tensor<f32>) -> tensor<2x16x2x2048xf32>
      %cst_109 = stablehlo.constant dense<0xFF800000> : tensor<f32>
      %549 = stablehlo.broadcast_in_dim %cst_109, dims = [] : (tensor<f32>) -> tensor<2x16x2x2048xf32>
      %550 = stablehlo.maximum %549, %548 : tensor<2x16x2x2048xf32>
      %551 = stablehlo.broadcast_in_dim %550, dims = [0, 1, 2, 3] : (tensor<2x16x2x2048xf32>) -> tensor<2x16x2x2048x1xf32>
      %552 = stablehlo.broadcast_in_dim %551, dims = [0, 1, 2, 3, 4] : (tensor<2x16x2x2048x1xf32>) -> tensor<2x16x2x2048x2048xf32>
      %553 = stablehlo.subtract %547#0, %552 : tensor<2x16x2x2048x2048xf32>
      %554 = stablehlo.exponential %553 : tensor<2x16x2x2048x2048xf32>
      %cst_110 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
      %555 = stablehlo.reduce(%554 init: %cst_110) applies stablehlo.add across dimensions = [4] : (tensor<2x16x2x2048x2048xf32>, tensor<f32>) -> tensor<2x16x2x2048xf32>
      %556 = stablehlo.broadcast_in_dim %555, dims = [0, 1, 2, 3] : (tensor<2x16x2x2048xf32>) -> tensor<2x16x2x2048x1xf32>
      %557 = stablehlo.broadcast_in_dim %556, dims = [0, 1, 2, 3, 4] : (tensor<2x16x2x2048x1xf32>) -> tensor<2x16x2x2048x2048xf32>
      %558 = stablehlo.divide %554, %557 : tensor<2x16x2x2048x2048xf32>
      %559 = stablehlo.multiply %556, %556 : tensor<2x16x2x2048x1xf32>
      %cst_111 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
      %560 = stablehlo.broadcast_in_dim %cst_111, dims = [] : (tensor<f32>) -> tensor<2x16x2x2048x1xf32>
      %561 = stablehlo.divide %560, %559 : tensor<2x16x2x2048x1xf32>
      %562 = stablehlo.convert %558 : (tensor<2x16x2x2048x2048xf32>) -> tensor<2x16x2x2048x2048xbf16>
      %563 = stablehlo.dot_general %23, %562, batching_dims = [0, 2] x [0, 1], contracting_dims = [1] x [4], precision = [DEFAULT, DEFAULT] : (tensor<2x2048x16x128xbf16>, tensor<2x16x2x2048x2048xbf16>) -> tensor<2x16x128x2x2048xbf16>
      %564 = stablehlo.transpose %563, dims = [0, 4, 1, 3, 2] : (tensor<2x16x128x2x2048xbf16>) -> tensor<2x2048x16x2x128xbf16>
      %565 = stablehlo.reshape %564 : (tensor<2x2048x16x2x128xbf16>) -> tensor<2x2048x32x128xbf16>
      stablehlo.return %565, %541, %142, %547#1, %554, %556, %561, %562, %23 : tensor<2x2048x32x128xbf16>, tensor<2x2048x16x2x128xbf16>, tensor<2x2048x16x128xbf16>, tensor<2x16x2x2048x2048xi1>, tensor<2x16x2x2048x2048xf32>, tensor<2x16x2x2048x1xf32>, tensor<2x16x2x2048x1xf32>, tensor<2x16x2x2048x2048xbf16>, tensor<2x2048x16x128xbf16>
    }) : (tensor<i32>) -> (tensor<2x2048x32x128xbf16>, tensor<2x2048x16x2x128xbf16>, tensor<2x2048x16x128xbf16>, tensor<2x16x2x2048x2048xi1>, tensor<2x16x2x2048x2048xf32>, tensor<2x16x2x2048x1xf32>, tensor<2x16x2x2048x1xf32>, tensor<2x16x2x2048x2048xbf16>, tensor<2x2048x16x128xbf16>)
    %145 = stablehlo.reshape %144#0 : (tensor<2x2048x32x128xbf16>) -> tensor<2x2048x4096xbf16>
    %146 = stablehlo.reshape %arg20 : (tensor<32x128x5376xbf16>) -> tensor<4096x5376xbf16>
    %147 = stablehlo.dot_general %145, %146, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<2x2048x4096xbf16>, tensor<4096x5376xbf16>) -> tensor<2x2048x5376xbf16>
    %148 = stablehlo.convert %147 : (tensor<2x2048x5376xbf16>) -> tensor<2x2048x5376xf32>
    %149 = stablehlo.multiply %148, %148 : tensor<2x2048x5376xf32>
    %cst_26 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %150 = stablehlo.reduce(%149 init: %cst_26) applies stablehlo.add across dimensions = [2] : (tensor<2x2048x5376xf32>, tensor<f32>) -> tensor<2x2048xf32>
    %151 = stablehlo.broadcast_in_dim %150, dims = [0, 1] : (tensor<2x2048xf32>) -> tensor<2x2048x1xf32>
    %cst_27 = stablehlo.constant dense<5.376000e+03> : tensor<f32>
    %152 = stablehlo.broadcast_in_dim %cst_27, dims = [] : (tensor<f32>) -> tensor<2x2048x1xf32>
    %153 = stablehlo.divide %151, %152 : tensor<2x2048x1xf32>
    %cst_28 = stablehlo.constant dense<9.99999997E-7> : tensor<f32>
    %154 = stablehlo.broadcast_in_dim %cst_28, dims = [] : (tensor<f32>) -> tensor<2x2048x1xf32>
    %155 = stablehlo.add %153, %154 : tensor<2x2048x1xf32>
    %156 = stablehlo.rsqrt %155 : tensor<2x2048x1xf32>
    %157 = stablehlo.divide %156, %155 : tensor<2x2048x1xf32>
    %cst_29 = stablehlo.constant dense<-5.000000e-01> : tensor<f32>
    %158 = stablehlo.broadcast_in_dim %cst_29, dims = [] : (tensor<f32>) -> tensor<2x2048x1xf32>
    %159 = stablehlo.multiply %158, %157 : tensor<2x2048x1xf32>
    %160 = stablehlo.broadcast_in_dim %156, dims = [0, 1, 2] : (tensor<2x2048x1xf32>) -> tensor<2x2048x5376xf32>
    %161 = stablehlo.multiply %148, %160 : tensor<2x2048x5376xf32>
    %162 = stablehlo.convert %arg23 : (tensor<5376xbf16>) -> tensor<5376xf32>
    %cst_30 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %163 = stablehlo.broadcast_in_dim %cst_30, dims = [] : (tensor<f32>) -> tensor<5376xf32>
    %164 = stablehlo.add %163, %162 : tensor<5376xf32>
    %165 = stablehlo.broadcast_in_dim %164, dims = [2] : (tensor<5376xf32>) -> tensor<1x1x5376xf32>
    %166 = stablehlo.broadcast_in_dim %165, dims = [0, 1, 2] : (tensor<1x1x5376xf32>) -> tensor<2x2048x5376xf32>
    %167 = stablehlo.multiply %161, %166 : tensor<2x2048x5376xf32>
    %168 = stablehlo.convert %167 : (tensor<2x2048x5376xf32>) -> tensor<2x2048x5376xbf16>
    %169 = stablehlo.add %arg31, %168 : tensor<2x2048x5376xbf16>
    %170 = stablehlo.convert %169 : (tensor<2x2048x5376xbf16>) -> tensor<2x2048x5376xf32>
    %171 = stablehlo.multiply %170, %170 : tensor<2x2048x5376xf32>
    %cst_31 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %172 = stablehlo.reduce(%171 init: %cst_31) applies stablehlo.add across dimensions = [2] : (tensor<2x2048x5376xf32>, tensor<f32>) -> tensor<2x2048xf32>
    %173 = stablehlo.broadcast_in_dim %172, dims = [0, 1] : (tensor<2x2048xf32>) -> tensor<2x2048x1xf32>
    %cst_32 = stablehlo.constant dense<5.376000e+03> : tensor<f32>
    %174 = stablehlo.broadcast_in_dim %cst_32, dims = [] : (tensor<f32>) -> tensor<2x2048x1xf32>
    %175 = stablehlo.divide %173, %174 : tensor<2x2048x1xf32>
    %cst_33 = stablehlo.constant dense<9.99999997E-7> : tensor<f32>
    %176 = stablehlo.broadcast_in_dim %cst_33, dims = [] : (tensor<f32>) -> tensor<2x2048x1xf32>
    %177 = stablehlo.add %175, %176 : tensor<2x2048x1xf32>
    %178 = stablehlo.rsqrt %177 : tensor<2x2048x1xf32>
    %179 = stablehlo.divide %178, %177 : tensor<2x2048x1xf32>
    %cst_34 = stablehlo.constant dense<-5.000000e-01> : tensor<f32>
    %180 = stablehlo.broadcast_in_dim %cst_34, dims = [] : (tensor<f32>) -> tensor<2x2048x1xf32>
    %181 = stablehlo.multiply %180, %179 : tensor<2x2048x1xf32>
    %182 = stablehlo.broadcast_in_dim %178, dims = [0, 1, 2] : (tensor<2x2048x1xf32>) -> tensor<2x2048x5376xf32>
    %183 = stablehlo.multiply %170, %182 : tensor<2x2048x5376xf32>
    %184 = stablehlo.convert %arg24 : (tensor<5376xbf16>) -> tensor<5376xf32>
    %cst_35 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %185 = stablehlo.broadcast_in_dim %cst_35, dims = [] : (tensor<f32>) -> tensor<5376xf32>
    %186 = stablehlo.add %185, %184 : tensor<5376xf32>
    %187 = stablehlo.broadcast_in_dim %186, dims = [2] : (tensor<5376xf32>) -> tensor<1x1x5376xf32>
    %188 = stablehlo.broadcast_in_dim %187, dims = [0, 1, 2] : (tensor<1x1x5376xf32>) -> tensor<2x2048x5376xf32>
    %189 = stablehlo.multiply %183, %188 : tensor<2x2048x5376xf32>
    %190 = stablehlo.convert %189 : (tensor<2x2048x5376xf32>) -> tensor<2x2048x5376xbf16>
    %191 = stablehlo.dot_general %190, %arg25, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<2x2048x5376xbf16>, tensor<5376x21504xbf16>) -> tensor<2x2048x21504xbf16>
    %192 = stablehlo.multiply %191, %191 : tensor<2x2048x21504xbf16>
    %193 = stablehlo.multiply %192, %191 : tensor<2x2048x21504xbf16>
    %194 = stablehlo.multiply %191, %191 : tensor<2x2048x21504xbf16>
    %cst_36 = stablehlo.constant dense<3.000000e+00> : tensor<bf16>
    %195 = stablehlo.broadcast_in_dim %cst_36, dims = [] : (tensor<bf16>) -> tensor<2x2048x21504xbf16>
    %196 = stablehlo.multiply %195, %194 : tensor<2x2048x21504xbf16>
    %cst_37 = stablehlo.constant dense<4.467770e-02> : tensor<bf16>
    %197 = stablehlo.broadcast_in_dim %cst_37, dims = [] : (tensor<bf16>) -> tensor<2x2048x21504xbf16>
    %198 = stablehlo.multiply %197, %193 : tensor<2x2048x21504xbf16>
    %199 = stablehlo.add %191, %198 : tensor<2x2048x21504xbf16>
    %cst_38 = stablehlo.constant dense<7.968750e-01> : tensor<bf16>
    %200 = stablehlo.broadcast_in_dim %cst_38, dims = [] : (tensor<bf16>) -> tensor<2x2048x21504xbf16>
    %201 = stablehlo.multiply %200, %199 : tensor<2x2048x21504xbf16>
    %202 = stablehlo.tanh %201 : tensor<2x2048x21504xbf16>
    %cst_39 = stablehlo.constant dense<1.000000e+00> : tensor<bf16>
    %203 = stablehlo.broadcast_in_dim %cst_39, dims = [] : (tensor<bf16>) -> tensor<2x2048x21504xbf16>
    %204 = stablehlo.subtract %203, %202 : tensor<2x2048x21504xbf16>
    %cst_40 = stablehlo.constant dense<1.000000e+00> : tensor<bf16>
    %205 = stablehlo.broadcast_in_dim %cst_40, dims = [] : (tensor<bf16>) -> tensor<2x2048x21504xbf16>
    %206 = stablehlo.add %205, %202 : tensor<2x2048x21504xbf16>
    %cst_41 = stablehlo.constant dense<5.000000e-01> : tensor<bf16>
    %207 = stablehlo.broadcast_in_dim %cst_41, dims = [] : (tensor<bf16>) -> tensor<2x2048x21504xbf16>
    %208 = stablehlo.multiply %207, %206 : tensor<2x2048x21504xbf16>
    %209 = stablehlo.multiply %191, %208 : tensor<2x2048x21504xbf16>
    %210 = stablehlo.dot_general %190, %arg26, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<2x2048x5376xbf16>, tensor<5376x21504xbf16>) -> tensor<2x2048x21504xbf16>
    %211 = stablehlo.multiply %209, %210 : tensor<2x2048x21504xbf16>
    %212 = stablehlo.dot_general %211, %arg27, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<2x2048x21504xbf16>, tensor<21504x5376xbf16>) -> tensor<2x2048x5376xbf16>
    %213 = stablehlo.convert %212 : (tensor<2x2048x5376xbf16>) -> tensor<2x2048x5376xf32>
    %214 = stablehlo.multiply %213, %213 : tensor<2x2048x5376xf32>
    %cst_42 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %215 = stablehlo.reduce(%214 init: %cst_42) applies stablehlo.add across dimensions = [2] : (tensor<2x2048x5376xf32>, tensor<f32>) -> tensor<2x2048xf32>
    %216 = stablehlo.broadcast_in_dim %215, dims = [0, 1] : (tensor<2x2048xf32>) -> tensor<2x2048x1xf32>
    %cst_43 = stablehlo.constant dense<5.376000e+03> : tensor<f32>
    %217 = stablehlo.broadcast_in_dim %cst_43, dims = [] : (tensor<f32>) -> tensor<2x2048x1xf32>
    %218 = stablehlo.divide %216, %217 : tensor<2x2048x1xf32>
    %cst_44 = stablehlo.constant dense<9.99999997E-7> : tensor<f32>
    %219 = stablehlo.broadcast_in_dim %cst_44, dims = [] : (tensor<f32>) -> tensor<2x2048x1xf32>
    %220 = stablehlo.add %218, %219 : tensor<2x2048x1xf32>
    %221 = stablehlo.rsqrt %220 : tensor<2x2048x1xf32>
    %222 = stablehlo.divide %221, %220 : tensor<2x2048x1xf32>
    %cst_45 = stablehlo.constant dense<-5.000000e-01> : tensor<f32>
    %223 = stablehlo.broadcast_in_dim %cst_45, dims = [] : (tensor<f32>) -> tensor<2x2048x1xf32>
    %224 = stablehlo.multiply %223, %222 : tensor<2x2048x1xf32>
    %225 = stablehlo.broadcast_in_dim %221, dims = [0, 1, 2] : (tensor<2x2048x1xf32>) -> tensor<2x2048x5376xf32>
    %226 = stablehlo.multiply %213, %225 : tensor<2x2048x5376xf32>
    %227 = stablehlo.convert %arg28 : (tensor<5376xbf16>) -> tensor<5376xf32>
    %cst_46 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %228 = stablehlo.broadcast_in_dim %cst_46, dims = [] : (tensor<f32>) -> tensor<5376xf32>
    %229 = stablehlo.add %228, %227 : tensor<5376xf32>
    %230 = stablehlo.broadcast_in_dim %229, dims = [2] : (tensor<5376xf32>) -> tensor<1x1x5376xf32>
    %231 = stablehlo.convert %arg2 : (tensor<2x2048x5376xbf16>) -> tensor<2x2048x5376xf32>
    %232 = stablehlo.multiply %226, %231 : tensor<2x2048x5376xf32>
    %cst_47 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %233 = stablehlo.reduce(%232 init: %cst_47) applies stablehlo.add across dimensions = [0, 1] : (tensor<2x2048x5376xf32>, tensor<f32>) -> tensor<5376xf32>
    %234 = stablehlo.reshape %233 : (tensor<5376xf32>) -> tensor<1x1x5376xf32>
    %235 = stablehlo.broadcast_in_dim %230, dims = [0, 1, 2] : (tensor<1x1x5376xf32>) -> tensor<2x2048x5376xf32>
    %236 = stablehlo.multiply %231, %235 : tensor<2x2048x5376xf32>
    %cst_48 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %237 = stablehlo.reduce(%234 init: %cst_48) applies stablehlo.add across dimensions = [0, 1] : (tensor<1x1x5376xf32>, tensor<f32>) -> tensor<5376xf32>
    %238 = stablehlo.convert %237 : (tensor<5376xf32>) -> tensor<5376xbf16>
    %239 = stablehlo.multiply %213, %236 : tensor<2x2048x5376xf32>
    %cst_49 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %240 = stablehlo.reduce(%239 init: %cst_49) applies stablehlo.add across dimensions = [2] : (tensor<2x2048x5376xf32>, tensor<f32>) -> tensor<2x2048xf32>
    %241 = stablehlo.reshape %240 : (tensor<2x2048xf32>) -> tensor<2x2048x1xf32>
    %242 = stablehlo.broadcast_in_dim %221, dims = [0, 1, 2] : (tensor<2x2048x1xf32>) -> tensor<2x2048x5376xf32>
    %243 = stablehlo.multiply %236, %242 : tensor<2x2048x5376xf32>
    %244 = stablehlo.multiply %241, %224 : tensor<2x2048x1xf32>
    %cst_50 = stablehlo.constant dense<5.376000e+03> : tensor<f32>
    %245 = stablehlo.broadcast_in_dim %cst_50, dims = [] : (tensor<f32>) -> tensor<2x2048x1xf32>
    %246 = stablehlo.divide %244, %245 : tensor<2x2048x1xf32>
    %cst_51 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %247 = stablehlo.reduce(%246 init: %cst_51) applies stablehlo.add across dimensions = [2] : (tensor<2x2048x1xf32>, tensor<f32>) -> tensor<2x2048xf32>
    %248 = stablehlo.broadcast_in_dim %247, dims = [0, 1] : (tensor<2x2048xf32>) -> tensor<2x2048x5376xf32>
    %249 = stablehlo.multiply %213, %248 : tensor<2x2048x5376xf32>
    %250 = stablehlo.add %243, %249 : tensor<2x2048x5376xf32>
    %251 = stablehlo.multiply %248, %213 : tensor<2x2048x5376xf32>
    %252 = stablehlo.add %250, %251 : tensor<2x2048x5376xf32>
    %253 = stablehlo.convert %252 : (tensor<2x2048x5376xf32>) -> tensor<2x2048x5376xbf16>
    %254 = stablehlo.dot_general %253, %211, contracting_dims = [0, 1] x [0, 1], precision = [DEFAULT, DEFAULT] : (tensor<2x2048x5376xbf16>, tensor<2x2048x21504xbf16>) -> tensor<5376x21504xbf16>
    %255 = stablehlo.transpose %254, dims = [1, 0] : (tensor<5376x21504xbf16>) -> tensor<21504x5376xbf16>
    %256 = stablehlo.dot_general %253, %arg27, contracting_dims = [2] x [1], precision = [DEFAULT, DEFAULT] : (tensor<2x2048x5376xbf16>, tensor<21504x5376xbf16>) -> tensor<2x2048x21504xbf16>
    %257 = stablehlo.multiply %209, %256 : tensor<2x2048x21504xbf16>
    %258 = stablehlo.multiply %256, %210 : tensor<2x2048x21504xbf16>
    %259 = stablehlo.dot_general %257, %190, contracting_dims = [0, 1] x [0, 1], precision = [DEFAULT, DEFAULT] : (tensor<2x2048x21504xbf16>, tensor<2x2048x5376xbf16>) -> tensor<21504x5376xbf16>
    %260 = stablehlo.transpose %259, dims = [1, 0] : (tensor<21504x5376xbf16>) -> tensor<5376x21504xbf16>
    %261 = stablehlo.dot_general %257, %arg26, contracting_dims = [2] x [1], precision = [DEFAULT, DEFAULT] : (tensor<2x2048x21504xbf16>, tensor<5376x21504xbf16>) -> tensor<2x2048x5376xbf16>
    %262 = stablehlo.multiply %191, %258 : tensor<2x2048x21504xbf16>
    %263 = stablehlo.multiply %258, %208 : tensor<2x2048x21504xbf16>
    %cst_52 = stablehlo.constant dense<5.000000e-01> : tensor<bf16>
    %264 = stablehlo.broadcast_in_dim %cst_52, dims = [] : (tensor<bf16>) -> tensor<2x2048x21504xbf16>
    %265 = stablehlo.multiply %264, %262 : tensor<2x2048x21504xbf16>
    %266 = stablehlo.multiply %265, %204 : tensor<2x2048x21504xbf16>
    %267 = stablehlo.multiply %266, %202 : tensor<2x2048x21504xbf16>
    %268 = stablehlo.add %266, %267 : tensor<2x2048x21504xbf16>
    %cst_53 = stablehlo.constant dense<7.968750e-01> : tensor<bf16>
    %269 = stablehlo.broadcast_in_dim %cst_53, dims = [] : (tensor<bf16>) -> tensor<2x2048x21504xbf16>
    %270 = stablehlo.multiply %269, %268 : tensor<2x2048x21504xbf16>
    %271 = stablehlo.add %263, %270 : tensor<2x2048x21504xbf16>
    %cst_54 = stablehlo.constant dense<4.467770e-02> : tensor<bf16>
    %272 = stablehlo.broadcast_in_dim %cst_54, dims = [] : (tensor<bf16>) -> tensor<2x2048x21504xbf16>
    %273 = stablehlo.multiply %272, %270 : tensor<2x2048x21504xbf16>
    %274 = stablehlo.multiply %273, %196 : tensor<2x2048x21504xbf16>
    %275 = stablehlo.add %271, %274 : tensor<2x2048x21504xbf16>
    %276 = stablehlo.dot_general %275, %190, contracting_dims = [0, 1] x [0, 1], precision = [DEFAULT, DEFAULT] : (tensor<2x2048x21504xbf16>, tensor<2x2048x5376xbf16>) -> tensor<21504x5376xbf16>
    %277 = stablehlo.transpose %276, dims = [1, 0] : (tensor<21504x5376xbf16>) -> tensor<5376x21504xbf16>
    %278 = stablehlo.dot_general %275, %arg25, contracting_dims = [2] x [1], precision = [DEFAULT, DEFAULT] : (tensor<2x2048x21504xbf16>, tensor<5376x21504xbf16>) -> tensor<2x2048x5376xbf16>
    %279 = stablehlo.add %261, %278 : tensor<2x2048x5376xbf16>
    %280 = stablehlo.convert %279 : (tensor<2x2048x5376xbf16>) -> tensor<2x2048x5376xf32>
    %281 = stablehlo.multiply %183, %280 : tensor<2x2048x5376xf32>
    %cst_55 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %282 = stablehlo.reduce(%281 init: %cst_55) applies stablehlo.add across dimensions = [0, 1] : (tensor<2x2048x5376xf32>, tensor<f32>) -> tensor<5376xf32>
    %283 = stablehlo.reshape %282 : (tensor<5376xf32>) -> tensor<1x1x5376xf32>
    %284 = stablehlo.broadcast_in_dim %187, dims = [0, 1, 2] : (tensor<1x1x5376xf32>) -> tensor<2x2048x5376xf32>
    %285 = stablehlo.multiply %280, %284 : tensor<2x2048x5376xf32>
    %cst_56 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %286 = stablehlo.reduce(%283 init: %cst_56) applies stablehlo.add across dimensions = [0, 1] : (tensor<1x1x5376xf32>, tensor<f32>) -> tensor<5376xf32>
    %287 = stablehlo.convert %286 : (tensor<5376xf32>) -> tensor<5376xbf16>
    %288 = stablehlo.multiply %170, %285 : tensor<2x2048x5376xf32>
    %cst_57 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %289 = stablehlo.reduce(%288 init: %cst_57) applies stablehlo.add across dimensions = [2] : (tensor<2x2048x5376xf32>, tensor<f32>) -> tensor<2x2048xf32>
    %290 = stablehlo.reshape %289 : (tensor<2x2048xf32>) -> tensor<2x2048x1xf32>
    %291 = stablehlo.broadcast_in_dim %178, dims = [0, 1, 2] : (tensor<2x2048x1xf32>) -> tensor<2x2048x5376xf32>
    %292 = stablehlo.multiply %285, %291 : tensor<2x2048x5376xf32>
    %293 = stablehlo.multiply %290, %181 : tensor<2x2048x1xf32>
    %cst_58 = stablehlo.constant dense<5.376000e+03> : tensor<f32>
    %294 = stablehlo.broadcast_in_dim %cst_58, dims = [] : (tensor<f32>) -> tensor<2x2048x1xf32>
    %295 = stablehlo.divide %293, %294 : tensor<2x2048x1xf32>
    %cst_59 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %296 = stablehlo.reduce(%295 init: %cst_59) applies stablehlo.add across dimensions = [2] : (tensor<2x2048x1xf32>, tensor<f32>) -> tensor<2x2048xf32>
    %297 = stablehlo.broadcast_in_dim %296, dims = [0, 1] : (tensor<2x2048xf32>) -> tensor<2x2048x5376xf32>
    %298 = stablehlo.multiply %170, %297 : tensor<2x2048x5376xf32>
    %299 = stablehlo.add %292, %298 : tensor<2x2048x5376xf32>
    %300 = stablehlo.multiply %297, %170 : tensor<2x2048x5376xf32>
    %301 = stablehlo.add %299, %300 : tensor<2x2048x5376xf32>
    %302 = stablehlo.convert %301 : (tensor<2x2048x5376xf32>) -> tensor<2x2048x5376xbf16>
    %303 = stablehlo.add %arg2, %302 : tensor<2x2048x5376xbf16>
    %304 = stablehlo.convert %303 : (tensor<2x2048x5376xbf16>) -> tensor<2x2048x5376xf32>
    %305 = stablehlo.multiply %161, %304 : tensor<2x2048x5376xf32>
    %cst_60 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %306 = stablehlo.reduce(%305 init: %cst_60) applies stablehlo.add across dimensions = [0, 1] : (tensor<2x2048x5376xf32>, tensor<f32>) -> tensor<5376xf32>
    %307 = stablehlo.reshape %306 : (tensor<5376xf32>) -> tensor<1x1x5376xf32>
    %308 = stablehlo.broadcast_in_dim %165, dims = [0, 1, 2] : (tensor<1x1x5376xf32>) -> tensor<2x2048x5376xf32>
    %309 = stablehlo.multiply %304, %308 : tensor<2x2048x5376xf32>
    %cst_61 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %310 = stablehlo.reduce(%307 init: %cst_61) applies stablehlo.add across dimensions = [0, 1] : (tensor<1x1x5376xf32>, tensor<f32>) -> tensor<5376xf32>
    %311 = stablehlo.convert %310 : (tensor<5376xf32>) -> tensor<5376xbf16>
    %312 = stablehlo.multiply %148, %309 : tensor<2x2048x5376xf32>
    %cst_62 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %313 = stablehlo.reduce(%312 init: %cst_62) applies stablehlo.add across dimensions = [2] : (tensor<2x2048x5376xf32>, tensor<f32>) -> tensor<2x2048xf32>
    %314 = stablehlo.reshape %313 : (tensor<2x2048xf32>) -> tensor<2x2048x1xf32>
    %315 = stablehlo.broadcast_in_dim %156, dims = [0, 1, 2] : (tensor<2x2048x1xf32>) -> tensor<2x2048x5376xf32>
    %316 = stablehlo.multiply %309, %315 : tensor<2x2048x5376xf32>
    %317 = stablehlo.multiply %314, %159 : tensor<2x2048x1xf32>
    %cst_63 = stablehlo.constant dense<5.376000e+03> : tensor<f32>
    %318 = stablehlo.broadcast_in_dim %cst_63, dims = [] : (tensor<f32>) -> tensor<2x2048x1xf32>
    %319 = stablehlo.divide %317, %318 : tensor<2x2048x1xf32>
    %cst_64 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %320 = stablehlo.reduce(%319 init: %cst_64) applies stablehlo.add across dimensions = [2] : (tensor<2x2048x1xf32>, tensor<f32>) -> tensor<2x2048xf32>
    %321 = stablehlo.broadcast_in_dim %320, dims = [0, 1] : (tensor<2x2048xf32>) -> tensor<2x2048x5376xf32>
    %322 = stablehlo.multiply %148, %321 : tensor<2x2048x5376xf32>
    %323 = stablehlo.add %316, %322 : tensor<2x2048x5376xf32>
    %324 = stablehlo.multiply %321, %148 : tensor<2x2048x5376xf32>
    %325 = stablehlo.add %323, %324 : tensor<2x2048x5376xf32>
    %326 = stablehlo.convert %325 : (tensor<2x2048x5376xf32>) -> tensor<2x2048x5376xbf16>
    %327 = stablehlo.dot_general %326, %145, contracting_dims = [0, 1] x [0, 1], precision = [DEFAULT, DEFAULT] : (tensor<2x2048x5376xbf16>, tensor<2x2048x4096xbf16>) -> tensor<5376x4096xbf16>
    %328 = stablehlo.transpose %327, dims = [1, 0] : (tensor<5376x4096xbf16>) -> tensor<4096x5376xbf16>
    %329 = stablehlo.dot_general %326, %146, contracting_dims = [2] x [1], precision = [DEFAULT, DEFAULT] : (tensor<2x2048x5376xbf16>, tensor<4096x5376xbf16>) -> tensor<2x2048x4096xbf16>
    %330 = stablehlo.reshape %328 : (tensor<4096x5376xbf16>) -> tensor<32x128x5376xbf16>
    %331 = stablehlo.reshape %329 : (tensor<2x2048x4096xbf16>) -> tensor<2x2048x32x128xbf16>
    %332:3 = "stablehlo.case"(%143) ({
      %524 = stablehlo.reshape %331 : (tensor<2x2048x32x128xbf16>) -> tensor<2x2048x16x2x128xbf16>
      %525 = stablehlo.transpose %524, dims = [0, 2, 4, 3, 1] : (tensor<2x2048x16x2x128xbf16>) -> tensor<2x16x128x2x2048xbf16>
      %526 = stablehlo.dot_general %525, %144#8, batching_dims = [0, 1] x [0, 2], contracting_dims = [2] x [3], precision = [DEFAULT, DEFAULT] : (tensor<2x16x128x2x2048xbf16>, tensor<2x2048x16x128xbf16>) -> tensor<2x16x2x2048x2048xbf16>
      %527 = stablehlo.dot_general %525, %144#7, batching_dims = [0, 1] x [0, 1], contracting_dims = [3, 4] x [2, 3], precision = [DEFAULT, DEFAULT] : (tensor<2x16x128x2x2048xbf16>, tensor<2x16x2x2048x2048xbf16>) -> tensor<2x16x128x2048xbf16>
      %528 = stablehlo.transpose %527, dims = [0, 3, 1, 2] : (tensor<2x16x128x2048xbf16>) -> tensor<2x2048x16x128xbf16>
      %529 = stablehlo.convert %526 : (tensor<2x16x2x2048x2048xbf16>) -> tensor<2x16x2x2048x2048xf32>
      %530 = stablehlo.broadcast_in_dim %144#6, dims = [0, 1, 2, 3, 4] : (tensor<2x16x2x2048x1xf32>) -> tensor<2x16x2x2048x2048xf32>
      %531 = stablehlo.multiply %529, %530 : tensor<2x16x2x2048x2048xf32>
      %532 = stablehlo.multiply %531, %144#4 : tensor<2x16x2x2048x2048xf32>
      %cst_105 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
      %533 = stablehlo.reduce(%532 init: %cst_105) applies stablehlo.add across dimensions = [4] : (tensor<2x16x2x2048x2048xf32>, tensor<f32>) -> tensor<2x16x2x2048xf32>
      %534 = stablehlo.reshape %533 : (tensor<2x16x2x2048xf32>) -> tensor<2x16x2x2048x1xf32>
      %535 = stablehlo.negate %534 : tensor<2x16x2x2048x1xf32>
      %536 = stablehlo.broadcast_in_dim %144#5, dims = [0, 1, 2, 3, 4] : (tensor<2x16x2x2048x1xf32>) -> tensor<2x16x2x2048x2048xf32>
      %537 = stablehlo.divide %529, %536 : tensor<2x16x2x2048x2048xf32>
      %cst_106 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
      %538 = stablehlo.reduce(%535 init: %cst_106) applies stablehlo.add across dimensions = [4] : (tensor<2x16x2x2048x1xf32>, tensor<f32>) -> tensor<2x16x2x2048xf32>
      %539 = stablehlo.broadcast_in_dim %538, dims = [0, 1, 2, 3] : (tensor<2x16x2x2048xf32>) -> tensor<2x16x2x2048x2048xf32>
      %540 = stablehlo.add %537, %539 : tensor<2x16x2x2048x2048xf32>
      %541 = stablehlo.multiply %540, %144#4 : tensor<2x16x2x2048x2048xf32>
      %542 = func.call @_where_28(%144#3, %541) : (tensor<2x16x2x2048x2048xi1>, tensor<2x16x2x2048x2048xf32>) -> tensor<2x16x2x2048x2048xf32>
      %cst_107 = stablehlo.constant dense<0.0771516785> : tensor<f32>
      %543 = stablehlo.broadcast_in_dim %cst_107, dims = [] : (tensor<f32>) -> tensor<2x16x2x2048x2048xf32>
      %544 = stablehlo.multiply %542, %543 : tensor<2x16x2x2048x2048xf32>
      %545 = stablehlo.transpose %544, dims = [0, 1, 4, 3, 2] : (tensor<2x16x2x2048x2048xf32>) -> tensor<2x16x2048x2048x2xf32>
      %546 = stablehlo.dot_general %545, %144#2, batching_dims = [0, 1] x [0, 2], contracting_dims = [2] x [1], precision = [DEFAULT, DEFAULT] : (tensor<2x16x2048x2048x2xf32>, tensor<2x2048x16x128xbf16>) -> tensor<2x16x2048x2x128xf32>
      %547 = stablehlo.transpose %546, dims = [0, 2, 1, 3, 4] : (tensor<2x16x2048x2x128xf32>) -> tensor<2x2048x16x2x128xf32>
      %548 = stablehlo.convert %547 : (tensor<2x2048x16x2x128xf32>) -> tensor<2x2048x16x2x128xbf16>
      %549 = stablehlo.dot_general %545, %144#1, batching_dims = [0, 1] x [0, 2], contracting_dims = [3, 4] x [1, 3], precision = [DEFAULT, DEFAULT] : (tensor<2x16x2048x2048x2xf32>, tensor<2x2048x16x2x128xbf16>) -> tensor<2x16x2048x128xf32>
      %550 = stablehlo.transpose %549, dims = [0, 2, 1, 3] : (tensor<2x16x2048x128xf32>) -> tensor<2x2048x16x128xf32>
      %551 = stablehlo.convert %550 : (tensor<2x2048x16x128xf32>) -> tensor<2x2048x16x128xbf16>
      %552 = stablehlo.reshape %548 : (tensor<2x2048x16x2x128xbf16>) -> tensor<2x2048x32x128xbf16>
      stablehlo.return %552, %551, %528 : tensor<2x2048x32x128xbf16>, tensor<2x2048x16x128xbf16>, tensor<2x2048x16x128xbf16>
    }, {
      %524 = stablehlo.reshape %331 : (tensor<2x2048x32x128xbf16>) -> tensor<2x2048x16x2x128xbf16>
      %525 = stablehlo.transpose %524, dims = [0, 2, 4, 3, 1] : (tensor<2x2048x16x2x128xbf16>) -> tensor<2x16x128x2x2048xbf16>
      %526 = stablehlo.dot_general %525, %144#8, batching_dims = [0, 1] x [0, 2], contracting_dims = [2] x [3], precision = [DEFAULT, DEFAULT] : (tensor<2x16x128x2x2048xbf16>, tensor<2x2048x16x128xbf16>) -> tensor<2x16x2x2048x2048xbf16>
      %527 = stablehlo.dot_general %525, %144#7, batching_dims = [0, 1] x [0, 1], contracting_dims = [3, 4] x [2, 3], precision = [DEFAULT, DEFAULT] : (tensor<2x16x128x2x2048xbf16>, tensor<2x16x2x2048x2048xbf16>) -> tensor<2x16x128x2048xbf16>
      %528 = stablehlo.transpose %527, dims = [0, 3, 1, 2] : (tensor<2x16x128x2048xbf16>) -> tensor<2x2048x16x128xbf16>
      %529 = stablehlo.convert %526 : (tensor<2x16x2x2048x2048xbf16>) -> tensor<2x16x2x2048x2048xf32>
      %530 = stablehlo.broadcast_in_dim %144#6, dims = [0, 1, 2, 3, 4] : (tensor<2x16x2x2048x1xf32>) -> tensor<2x16x2x2048x2048xf32>
      %531 = stablehlo.multiply %529, %530 : tensor<2x16x2x2048x2048xf32>
      %532 = stablehlo.multiply %531, %144#4 : tensor<2x16x2x2048x2048xf32>
      %cst_105 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
      %533 = stablehlo.reduce(%532 init: %cst_105) applies stablehlo.add across dimensions = [4] : (tensor<2x16x2x2048x2048xf32>, tensor<f32>) -> tensor<2x16x2x2048xf32>
      %534 = stablehlo.reshape %533 : (tensor<2x16x2x2048xf32>) -> tensor<2x16x2x2048x1xf32>
      %535 = stablehlo.negate %534 : tensor<2x16x2x2048x1xf32>
      %536 = stablehlo.broadcast_in_dim %144#5, dims = [0, 1, 2, 3, 4] : (tensor<2x16x2x2048x1xf32>) -> tensor<2x16x2x2048x2048xf32>
      %537 = stablehlo.divide %529, %536 : tensor<2x16x2x2048x2048xf32>
      %cst_106 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
      %538 = stablehlo.reduce(%535 init: %cst_106) applies stablehlo.add across dimensions = [4] : (tensor<2x16x2x2048x1xf32>, tensor<f32>) -> tensor<2x16x2x2048xf32>
      %539 = stablehlo.broadcast_in_dim %538, dims = [0, 1, 2, 3] : (tensor<2x16x2x2048xf32>) -> tensor<2x16x2x2048x2048xf32>
      %540 = stablehlo.add %537, %539 : tensor<2x16x2x2048x2048xf32>
      %541 = stablehlo.multiply %540, %144#4 : tensor<2x16x2x2048x2048xf32>
      %542 = func.call @_where_28(%144#3, %541) : (tensor<2x16x2x2048x2048xi1>, tensor<2x16x2x2048x2048xf32>) -> tensor<2x16x2x2048x2048xf32>
      %cst_107 = stablehlo.constant dense<0.0771516785> : tensor<f32>
      %543 = stablehlo.broadcast_in_dim %cst_107, dims = [] : (tensor<f32>) -> tensor<2x16x2x2048x2048xf32>
      %544 = stablehlo.multiply %542, %543 : tensor<2x16x2x2048x2048xf32>
      %545 = stablehlo.transpose %544, dims = [0, 1, 4, 3, 2] : (tensor<2x16x2x2048x2048xf32>) -> tensor<2x16x2048x2048x2xf32>
      %546 = stablehlo.dot_general %545, %144#2, batching_dims = [0, 1] x [0, 2], contracting_dims = [2] x [1], precision = [DEFAULT, DEFAULT] : (tensor<2x16x2048x2048x2xf32>, tensor<2x2048x16x128xbf16>) -> tensor<2x16x2048x2x128xf32>
      %547 = stablehlo.transpose %546, dims = [0, 2, 1, 3, 4] : (tensor<2x16x2048x2x128xf32>) -> tensor<2x2048x16x2x128xf32>
      %548 = stablehlo.convert %547 : (tensor<2x2048x16x2x128xf32>) -> tensor<2x2048x16x2x128xbf16>
      %549 = stablehlo.dot_general %545, %144#1, batching_dims = [0, 1] x [0, 2], contracting_dims = [3, 4] x [1, 3], precision = [DEFAULT, DEFAULT] : (tensor<2x16x2048x2048x2xf32>, tensor<2x2048x16x2x128xbf16>) -> tensor<2x16x2048x128xf32>
      %550 = stablehlo.transpose %549, dims = [0, 2, 1, 3] : (tensor<2x16x2048x128xf32>) -> tensor<2x2048x16x128xf32>
      %551 = stablehlo.convert %550 : (tensor<2x2048x16x128xf32>) -> tensor<2x2048x16x128xbf16>
      %552 = stablehlo.reshape %548 : (tensor<2x2048x16x2x128xbf16>) -> tensor<2x2048x32x128xbf16>
      stablehlo.return %552, %551, %528 : tensor<2x2048x32x128xbf16>, tensor<2x2048x16x128xbf16>, tensor<2x2048x16x128xbf16>
    }) : (tensor<i32>) -> (tensor<2x2048x32x128xbf16>, tensor<2x2048x16x128xbf16>, tensor<2x2048x16x128xbf16>)
    %333 = stablehlo.convert %332#1 : (tensor<2x2048x16x128xbf16>) -> tensor<2x2048x16x128xf32>
    %334 = stablehlo.slice %333 [0:2, 0:2048, 0:16, 0:64] : (tensor<2x2048x16x128xf32>) -> tensor<2x2048x16x64xf32>
    %335 = stablehlo.slice %333 [0:2, 0:2048, 0:16, 64:128] : (tensor<2x2048x16x128xf32>) -> tensor<2x2048x16x64xf32>
    %336 = stablehlo.broadcast_in_dim %125, dims = [0, 1, 2, 3] : (tensor<2x2048x1x64xf32>) -> tensor<2x2048x16x64xf32>
    %337 = stablehlo.multiply %335, %336 : tensor<2x2048x16x64xf32>
    %338 = stablehlo.broadcast_in_dim %127, dims = [0, 1, 2, 3] : (tensor<2x2048x1x64xf32>) -> tensor<2x2048x16x64xf32>
    %339 = stablehlo.multiply %335, %338 : tensor<2x2048x16x64xf32>
    %340 = stablehlo.negate %334 : tensor<2x2048x16x64xf32>
    %341 = stablehlo.broadcast_in_dim %125, dims = [0, 1, 2, 3] : (tensor<2x2048x1x64xf32>) -> tensor<2x2048x16x64xf32>
    %342 = stablehlo.multiply %340, %341 : tensor<2x2048x16x64xf32>
    %343 = stablehlo.add %339, %342 : tensor<2x2048x16x64xf32>
    %344 = stablehlo.broadcast_in_dim %127, dims = [0, 1, 2, 3] : (tensor<2x2048x1x64xf32>) -> tensor<2x2048x16x64xf32>
    %345 = stablehlo.multiply %334, %344 : tensor<2x2048x16x64xf32>
    %346 = stablehlo.add %337, %345 : tensor<2x2048x16x64xf32>
    %347 = stablehlo.concatenate %346, %343, dim = 3 : (tensor<2x2048x16x64xf32>, tensor<2x2048x16x64xf32>) -> tensor<2x2048x16x128xf32>
    %348 = stablehlo.convert %347 : (tensor<2x2048x16x128xf32>) -> tensor<2x2048x16x128xbf16>
    %349 = stablehlo.convert %332#0 : (tensor<2x2048x32x128xbf16>) -> tensor<2x2048x32x128xf32>
    %350 = stablehlo.slice %349 [0:2, 0:2048, 0:32, 0:64] : (tensor<2x2048x32x128xf32>) -> tensor<2x2048x32x64xf32>
    %351 = stablehlo.slice %349 [0:2, 0:2048, 0:32, 64:128] : (tensor<2x2048x32x128xf32>) -> tensor<2x2048x32x64xf32>
    %352 = stablehlo.broadcast_in_dim %100, dims = [0, 1, 2, 3] : (tensor<2x2048x1x64xf32>) -> tensor<2x2048x32x64xf32>
    %353 = stablehlo.multiply %351, %352 : tensor<2x2048x32x64xf32>
    %354 = stablehlo.broadcast_in_dim %102, dims = [0, 1, 2, 3] : (tensor<2x2048x1x64xf32>) -> tensor<2x2048x32x64xf32>
    %355 = stablehlo.multiply %351, %354 : tensor<2x2048x32x64xf32>
    %356 = stablehlo.negate %350 : tensor<2x2048x32x64xf32>
    %357 = stablehlo.broadcast_in_dim %100, dims = [0, 1, 2, 3] : (tensor<2x2048x1x64xf32>) -> tensor<2x2048x32x64xf32>
    %358 = stablehlo.multiply %356, %357 : tensor<2x2048x32x64xf32>
    %359 = stablehlo.add %355, %358 : tensor<2x2048x32x64xf32>
    %360 = stablehlo.broadcast_in_dim %102, dims = [0, 1, 2, 3] : (tensor<2x2048x1x64xf32>) -> tensor<2x2048x32x64xf32>
    %361 = stablehlo.multiply %350, %360 : tensor<2x2048x32x64xf32>
    %362 = stablehlo.add %353, %361 : tensor<2x2048x32x64xf32>
    %363 = stablehlo.concatenate %362, %359, dim = 3 : (tensor<2x2048x32x64xf32>, tensor<2x2048x32x64xf32>) -> tensor<2x2048x32x128xf32>
    %364 = stablehlo.convert %363 : (tensor<2x2048x32x128xf32>) -> tensor<2x2048x32x128xbf16>
    %365 = stablehlo.convert %348 : (tensor<2x2048x16x128xbf16>) -> tensor<2x2048x16x128xf32>
    %366 = stablehlo.multiply %58, %365 : tensor<2x2048x16x128xf32>
    %cst_65 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %367 = stablehlo.reduce(%366 init: %cst_65) applies stablehlo.add across dimensions = [0, 1, 2] : (tensor<2x2048x16x128xf32>, tensor<f32>) -> tensor<128xf32>
    %368 = stablehlo.reshape %367 : (tensor<128xf32>) -> tensor<1x1x1x128xf32>
    %369 = stablehlo.broadcast_in_dim %62, dims = [0, 1, 2, 3] : (tensor<1x1x1x128xf32>) -> tensor<2x2048x16x128xf32>
    %370 = stablehlo.multiply %365, %369 : tensor<2x2048x16x128xf32>
    %cst_66 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %371 = stablehlo.reduce(%368 init: %cst_66) applies stablehlo.add across dimensions = [0, 1, 2] : (tensor<1x1x1x128xf32>, tensor<f32>) -> tensor<128xf32>
    %372 = stablehlo.convert %371 : (tensor<128xf32>) -> tensor<128xbf16>
    %373 = stablehlo.multiply %45, %370 : tensor<2x2048x16x128xf32>
    %cst_67 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %374 = stablehlo.reduce(%373 init: %cst_67) applies stablehlo.add across dimensions = [3] : (tensor<2x2048x16x128xf32>, tensor<f32>) -> tensor<2x2048x16xf32>
    %375 = stablehlo.reshape %374 : (tensor<2x2048x16xf32>) -> tensor<2x2048x16x1xf32>
    %376 = stablehlo.broadcast_in_dim %53, dims = [0, 1, 2, 3] : (tensor<2x2048x16x1xf32>) -> tensor<2x2048x16x128xf32>
    %377 = stablehlo.multiply %370, %376 : tensor<2x2048x16x128xf32>
    %378 = stablehlo.multiply %375, %56 : tensor<2x2048x16x1xf32>
    %cst_68 = stablehlo.constant dense<1.280000e+02> : tensor<f32>
    %379 = stablehlo.broadcast_in_dim %cst_68, dims = [] : (tensor<f32>) -> tensor<2x2048x16x1xf32>
    %380 = stablehlo.divide %378, %379 : tensor<2x2048x16x1xf32>
    %cst_69 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %381 = stablehlo.reduce(%380 init: %cst_69) applies stablehlo.add across dimensions = [3] : (tensor<2x2048x16x1xf32>, tensor<f32>) -> tensor<2x2048x16xf32>
    %382 = stablehlo.broadcast_in_dim %381, dims = [0, 1, 2] : (tensor<2x2048x16xf32>) -> tensor<2x2048x16x128xf32>
    %383 = stablehlo.multiply %45, %382 : tensor<2x2048x16x128xf32>
    %384 = stablehlo.add %377, %383 : tensor<2x2048x16x128xf32>
    %385 = stablehlo.multiply %382, %45 : tensor<2x2048x16x128xf32>
    %386 = stablehlo.add %384, %385 : tensor<2x2048x16x128xf32>
    %387 = stablehlo.convert %386 : (tensor<2x2048x16x128xf32>) -> tensor<2x2048x16x128xbf16>
    %388 = stablehlo.convert %364 : (tensor<2x2048x32x128xbf16>) -> tensor<2x2048x32x128xf32>
    %389 = stablehlo.multiply %37, %388 : tensor<2x2048x32x128xf32>
    %cst_70 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %390 = stablehlo.reduce(%389 init: %cst_70) applies stablehlo.add across dimensions = [0, 1, 2] : (tensor<2x2048x32x128xf32>, tensor<f32>) -> tensor<128xf32>
    %391 = stablehlo.reshape %390 : (tensor<128xf32>) -> tensor<1x1x1x128xf32>
    %392 = stablehlo.broadcast_in_dim %41, dims = [0, 1, 2, 3] : (tensor<1x1x1x128xf32>) -> tensor<2x2048x32x128xf32>
    %393 = stablehlo.multiply %388, %392 : tensor<2x2048x32x128xf32>
    %cst_71 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %394 = stablehlo.reduce(%391 init: %cst_71) applies stablehlo.add across dimensions = [0, 1, 2] : (tensor<1x1x1x128xf32>, tensor<f32>) -> tensor<128xf32>
    %395 = stablehlo.convert %394 : (tensor<128xf32>) -> tensor<128xbf16>
    %396 = stablehlo.multiply %24, %393 : tensor<2x2048x32x128xf32>
    %cst_72 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %397 = stablehlo.reduce(%396 init: %cst_72) applies stablehlo.add across dimensions = [3] : (tensor<2x2048x32x128xf32>, tensor<f32>) -> tensor<2x2048x32xf32>
    %398 = stablehlo.reshape %397 : (tensor<2x2048x32xf32>) -> tensor<2x2048x32x1xf32>
    %399 = stablehlo.broadcast_in_dim %32, dims = [0, 1, 2, 3] : (tensor<2x2048x32x1xf32>) -> tensor<2x2048x32x128xf32>
    %400 = stablehlo.multiply %393, %399 : tensor<2x2048x32x128xf32>
    %401 = stablehlo.multiply %398, %35 : tensor<2x2048x32x1xf32>
    %cst_73 = stablehlo.constant dense<1.280000e+02> : tensor<f32>
    %402 = stablehlo.broadcast_in_dim %cst_73, dims = [] : (tensor<f32>) -> tensor<2x2048x32x1xf32>
    %403 = stablehlo.divide %401, %402 : tensor<2x2048x32x1xf32>
    %cst_74 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %404 = stablehlo.reduce(%403 init: %cst_74) applies stablehlo.add across dimensions = [3] : (tensor<2x2048x32x1xf32>, tensor<f32>) -> tensor<2x2048x32xf32>
    %405 = stablehlo.broadcast_in_dim %404, dims = [0, 1, 2] : (tensor<2x2048x32xf32>) -> tensor<2x2048x32x128xf32>
    %406 = stablehlo.multiply %24, %405 : tensor<2x2048x32x128xf32>
    %407 = stablehlo.add %400, %406 : tensor<2x2048x32x128xf32>
    %408 = stablehlo.multiply %405, %24 : tensor<2x2048x32x128xf32>
    %409 = stablehlo.add %407, %408 : tensor<2x2048x32x128xf32>
    %410 = stablehlo.convert %409 : (tensor<2x2048x32x128xf32>) -> tensor<2x2048x32x128xbf16>
    %411 = stablehlo.dot_general %332#2, %20, contracting_dims = [0, 1] x [0, 1], precision = [DEFAULT, DEFAULT] : (tensor<2x2048x16x128xbf16>, tensor<2x2048x5376xbf16>) -> tensor<16x128x5376xbf16>
    %412 = stablehlo.transpose %411, dims = [0, 2, 1] : (tensor<16x128x5376xbf16>) -> tensor<16x5376x128xbf16>
    %413 = stablehlo.dot_general %332#2, %arg19, contracting_dims = [2, 3] x [0, 2], precision = [DEFAULT, DEFAULT] : (tensor<2x2048x16x128xbf16>, tensor<16x5376x128xbf16>) -> tensor<2x2048x5376xbf16>
    %414 = stablehlo.dot_general %387, %20, contracting_dims = [0, 1] x [0, 1], precision = [DEFAULT, DEFAULT] : (tensor<2x2048x16x128xbf16>, tensor<2x2048x5376xbf16>) -> tensor<16x128x5376xbf16>
    %415 = stablehlo.transpose %414, dims = [0, 2, 1] : (tensor<16x128x5376xbf16>) -> tensor<16x5376x128xbf16>
    %416 = stablehlo.dot_general %387, %arg18, contracting_dims = [2, 3] x [0, 2], precision = [DEFAULT, DEFAULT] : (tensor<2x2048x16x128xbf16>, tensor<16x5376x128xbf16>) -> tensor<2x2048x5376xbf16>
    %417 = stablehlo.add %413, %416 : tensor<2x2048x5376xbf16>
    %418 = stablehlo.dot_general %410, %20, contracting_dims = [0, 1] x [0, 1], precision = [DEFAULT, DEFAULT] : (tensor<2x2048x32x128xbf16>, tensor<2x2048x5376xbf16>) -> tensor<32x128x5376xbf16>
    %419 = stablehlo.transpose %418, dims = [0, 2, 1] : (tensor<32x128x5376xbf16>) -> tensor<32x5376x128xbf16>
    %420 = stablehlo.dot_general %410, %arg17, contracting_dims = [2, 3] x [0, 2], precision = [DEFAULT, DEFAULT] : (tensor<2x2048x32x128xbf16>, tensor<32x5376x128xbf16>) -> tensor<2x2048x5376xbf16>
    %421 = stablehlo.add %417, %420 : tensor<2x2048x5376xbf16>
    %422 = stablehlo.convert %421 : (tensor<2x2048x5376xbf16>) -> tensor<2x2048x5376xf32>
    %423 = stablehlo.multiply %13, %422 : tensor<2x2048x5376xf32>
    %cst_75 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %424 = stablehlo.reduce(%423 init: %cst_75) applies stablehlo.add across dimensions = [0, 1] : (tensor<2x2048x5376xf32>, tensor<f32>) -> tensor<5376xf32>
    %425 = stablehlo.reshape %424 : (tensor<5376xf32>) -> tensor<1x1x5376xf32>
    %426 = stablehlo.broadcast_in_dim %17, dims = [0, 1, 2] : (tensor<1x1x5376xf32>) -> tensor<2x2048x5376xf32>
    %427 = stablehlo.multiply %422, %426 : tensor<2x2048x5376xf32>
    %cst_76 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %428 = stablehlo.reduce(%425 init: %cst_76) applies stablehlo.add across dimensions = [0, 1] : (tensor<1x1x5376xf32>, tensor<f32>) -> tensor<5376xf32>
    %429 = stablehlo.convert %428 : (tensor<5376xf32>) -> tensor<5376xbf16>
    %430 = stablehlo.multiply %0, %427 : tensor<2x2048x5376xf32>
    %cst_77 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %431 = stablehlo.reduce(%430 init: %cst_77) applies stablehlo.add across dimensions = [2] : (tensor<2x2048x5376xf32>, tensor<f32>) -> tensor<2x2048xf32>
    %432 = stablehlo.reshape %431 : (tensor<2x2048xf32>) -> tensor<2x2048x1xf32>
    %433 = stablehlo.broadcast_in_dim %8, dims = [0, 1, 2] : (tensor<2x2048x1xf32>) -> tensor<2x2048x5376xf32>
    %434 = stablehlo.multiply %427, %433 : tensor<2x2048x5376xf32>
    %435 = stablehlo.multiply %432, %11 : tensor<2x2048x1xf32>
    %cst_78 = stablehlo.constant dense<5.376000e+03> : tensor<f32>
    %436 = stablehlo.broadcast_in_dim %cst_78, dims = [] : (tensor<f32>) -> tensor<2x2048x1xf32>
    %437 = stablehlo.divide %435, %436 : tensor<2x2048x1xf32>
    %cst_79 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %438 = stablehlo.reduce(%437 init: %cst_79) applies stablehlo.add across dimensions = [2] : (tensor<2x2048x1xf32>, tensor<f32>) -> tensor<2x2048xf32>
    %439 = stablehlo.broadcast_in_dim %438, dims = [0, 1] : (tensor<2x2048xf32>) -> tensor<2x2048x5376xf32>
    %440 = stablehlo.multiply %0, %439 : tensor<2x2048x5376xf32>
    %441 = stablehlo.add %434, %440 : tensor<2x2048x5376xf32>
    %442 = stablehlo.multiply %439, %0 : tensor<2x2048x5376xf32>
    %443 = stablehlo.add %441, %442 : tensor<2x2048x5376xf32>
    %444 = stablehlo.convert %443 : (tensor<2x2048x5376xf32>) -> tensor<2x2048x5376xbf16>
    %445 = stablehlo.add %303, %444 : tensor<2x2048x5376xbf16>
    %446 = stablehlo.convert %429 : (tensor<5376xbf16>) -> tensor<5376xf32>
    %c = stablehlo.constant dense<0> : tensor<i32>
    %447 = stablehlo.compare LT, %arg30, %c, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %c_80 = stablehlo.constant dense<62> : tensor<i32>
    %448 = stablehlo.add %arg30, %c_80 : tensor<i32>
    %449 = stablehlo.select %447, %448, %arg30 : tensor<i1>, tensor<i32>
    %450 = stablehlo.broadcast_in_dim %449, dims = [] : (tensor<i32>) -> tensor<1xi32>
    %451 = "stablehlo.scatter"(%arg3, %450, %446) <{indices_are_sorted = true, scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [0], inserted_window_dims = [0], scatter_dims_to_operand_dims = [0]>, unique_indices = true}> ({
    ^bb0(%arg32: tensor<f32>, %arg33: tensor<f32>):
      %524 = stablehlo.add %arg32, %arg33 : tensor<f32>
      stablehlo.return %524 : tensor<f32>
    }) : (tensor<62x5376xf32>, tensor<1xi32>, tensor<5376xf32>) -> tensor<62x5376xf32>
    %452 = stablehlo.convert %419 : (tensor<32x5376x128xbf16>) -> tensor<32x5376x128xf32>
    %c_81 = stablehlo.constant dense<0> : tensor<i32>
    %453 = stablehlo.compare LT, %arg30, %c_81, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %c_82 = stablehlo.constant dense<62> : tensor<i32>
    %454 = stablehlo.add %arg30, %c_82 : tensor<i32>
    %455 = stablehlo.select %453, %454, %arg30 : tensor<i1>, tensor<i32>
    %456 = stablehlo.broadcast_in_dim %455, dims = [] : (tensor<i32>) -> tensor<1xi32>
    %457 = "stablehlo.scatter"(%arg4, %456, %452) <{indices_are_sorted = true, scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [0, 1, 2], inserted_window_dims = [0], scatter_dims_to_operand_dims = [0]>, unique_indices = true}> ({
    ^bb0(%arg32: tensor<f32>, %arg33: tensor<f32>):
      %524 = stablehlo.add %arg32, %arg33 : tensor<f32>
      stablehlo.return %524 : tensor<f32>
    }) : (tensor<62x32x5376x128xf32>, tensor<1xi32>, tensor<32x5376x128xf32>) -> tensor<62x32x5376x128xf32>
    %458 = stablehlo.convert %415 : (tensor<16x5376x128xbf16>) -> tensor<16x5376x128xf32>
    %c_83 = stablehlo.constant dense<0> : tensor<i32>
    %459 = stablehlo.compare LT, %arg30, %c_83, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %c_84 = stablehlo.constant dense<62> : tensor<i32>
    %460 = stablehlo.add %arg30, %c_84 : tensor<i32>
    %461 = stablehlo.select %459, %460, %arg30 : tensor<i1>, tensor<i32>
    %462 = stablehlo.broadcast_in_dim %461, dims = [] : (tensor<i32>) -> tensor<1xi32>
    %463 = "stablehlo.scatter"(%arg5, %462, %458) <{indices_are_sorted = true, scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [0, 1, 2], inserted_window_dims = [0], scatter_dims_to_operand_dims = [0]>, unique_indices = true}> ({
    ^bb0(%arg32: tensor<f32>, %arg33: tensor<f32>):
      %524 = stablehlo.add %arg32, %arg33 : tensor<f32>
      stablehlo.return %524 : tensor<f32>
    }) : (tensor<62x16x5376x128xf32>, tensor<1xi32>, tensor<16x5376x128xf32>) -> tensor<62x16x5376x128xf32>
    %464 = stablehlo.convert %412 : (tensor<16x5376x128xbf16>) -> tensor<16x5376x128xf32>
    %c_85 = stablehlo.constant dense<0> : tensor<i32>
    %465 = stablehlo.compare LT, %arg30, %c_85, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %c_86 = stablehlo.constant dense<62> : tensor<i32>
    %466 = stablehlo.add %arg30, %c_86 : tensor<i32>
    %467 = stablehlo.select %465, %466, %arg30 : tensor<i1>, tensor<i32>
    %468 = stablehlo.broadcast_in_dim %467, dims = [] : (tensor<i32>) -> tensor<1xi32>
    %469 = "stablehlo.scatter"(%arg6, %468, %464) <{indices_are_sorted = true, scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [0, 1, 2], inserted_window_dims = [0], scatter_dims_to_operand_dims = [0]>, unique_indices = true}> ({
    ^bb0(%arg32: tensor<f32>, %arg33: tensor<f32>):
      %524 = stablehlo.add %arg32, %arg33 : tensor<f32>
      stablehlo.return %524 : tensor<f32>
    }) : (tensor<62x16x5376x128xf32>, tensor<1xi32>, tensor<16x5376x128xf32>) -> tensor<62x16x5376x128xf32>
    %470 = stablehlo.convert %330 : (tensor<32x128x5376xbf16>) -> tensor<32x128x5376xf32>
    %c_87 = stablehlo.constant dense<0> : tensor<i32>
    %471 = stablehlo.compare LT, %arg30, %c_87, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %c_88 = stablehlo.constant dense<62> : tensor<i32>
    %472 = stablehlo.add %arg30, %c_88 : tensor<i32>
    %473 = stablehlo.select %471, %472, %arg30 : tensor<i1>, tensor<i32>
    %474 = stablehlo.broadcast_in_dim %473, dims = [] : (tensor<i32>) -> tensor<1xi32>
    %475 = "stablehlo.scatter"(%arg7, %474, %470) <{indices_are_sorted = true, scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [0, 1, 2], inserted_window_dims = [0], scatter_dims_to_operand_dims = [0]>, unique_indices = true}> ({
    ^bb0(%arg32: tensor<f32>, %arg33: tensor<f32>):
      %524 = stablehlo.add %arg32, %arg33 : tensor<f32>
      stablehlo.return %524 : tensor<f32>
    }) : (tensor<62x32x128x5376xf32>, tensor<1xi32>, tensor<32x128x5376xf32>) -> tensor<62x32x128x5376xf32>
    %476 = stablehlo.convert %395 : (tensor<128xbf16>) -> tensor<128xf32>
    %c_89 = stablehlo.constant dense<0> : tensor<i32>
    %477 = stablehlo.compare LT, %arg30, %c_89, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %c_90 = stablehlo.constant dense<62> : tensor<i32>
    %478 = stablehlo.add %arg30, %c_90 : tensor<i32>
    %479 = stablehlo.select %477, %478, %arg30 : tensor<i1>, tensor<i32>
    %480 = stablehlo.broadcast_in_dim %479, dims = [] : (tensor<i32>) -> tensor<1xi32>
    %481 = "stablehlo.scatter"(%arg8, %480, %476) <{indices_are_sorted = true, scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [0], inserted_window_dims = [0], scatter_dims_to_operand_dims = [0]>, unique_indices = true}> ({
    ^bb0(%arg32: tensor<f32>, %arg33: tensor<f32>):
      %524 = stablehlo.add %arg32, %arg33 : tensor<f32>
      stablehlo.return %524 : tensor<f32>
    }) : (tensor<62x128xf32>, tensor<1xi32>, tensor<128xf32>) -> tensor<62x128xf32>
    %482 = stablehlo.convert %372 : (tensor<128xbf16>) -> tensor<128xf32>
    %c_91 = stablehlo.constant dense<0> : tensor<i32>
    %483 = stablehlo.compare LT, %arg30, %c_91, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %c_92 = stablehlo.constant dense<62> : tensor<i32>
    %484 = stablehlo.add %arg30, %c_92 : tensor<i32>
    %485 = stablehlo.select %483, %484, %arg30 : tensor<i1>, tensor<i32>
    %486 = stablehlo.broadcast_in_dim %485, dims = [] : (tensor<i32>) -> tensor<1xi32>
    %487 = "stablehlo.scatter"(%arg9, %486, %482) <{indices_are_sorted = true, scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [0], inserted_window_dims = [0], scatter_dims_to_operand_dims = [0]>, unique_indices = true}> ({
    ^bb0(%arg32: tensor<f32>, %arg33: tensor<f32>):
      %524 = stablehlo.add %arg32, %arg33 : tensor<f32>
      stablehlo.return %524 : tensor<f32>
    }) : (tensor<62x128xf32>, tensor<1xi32>, tensor<128xf32>) -> tensor<62x128xf32>
    %488 = stablehlo.convert %311 : (tensor<5376xbf16>) -> tensor<5376xf32>
    %c_93 = stablehlo.constant dense<0> : tensor<i32>
    %489 = stablehlo.compare LT, %arg30, %c_93, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %c_94 = stablehlo.constant dense<62> : tensor<i32>
    %490 = stablehlo.add %arg30, %c_94 : tensor<i32>
    %491 = stablehlo.select %489, %490, %arg30 : tensor<i1>, tensor<i32>
    %492 = stablehlo.broadcast_in_dim %491, dims = [] : (tensor<i32>) -> tensor<1xi32>
    %493 = "stablehlo.scatter"(%arg10, %492, %488) <{indices_are_sorted = true, scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [0], inserted_window_dims = [0], scatter_dims_to_operand_dims = [0]>, unique_indices = true}> ({
    ^bb0(%arg32: tensor<f32>, %arg33: tensor<f32>):
      %524 = stablehlo.add %arg32, %arg33 : tensor<f32>
      stablehlo.return %524 : tensor<f32>
    }) : (tensor<62x5376xf32>, tensor<1xi32>, tensor<5376xf32>) -> tensor<62x5376xf32>
    %494 = stablehlo.convert %287 : (tensor<5376xbf16>) -> tensor<5376xf32>
    %c_95 = stablehlo.constant dense<0> : tensor<i32>
    %495 = stablehlo.compare LT, %arg30, %c_95, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %c_96 = stablehlo.constant dense<62> : tensor<i32>
    %496 = stablehlo.add %arg30, %c_96 : tensor<i32>
    %497 = stablehlo.select %495, %496, %arg30 : tensor<i1>, tensor<i32>
    %498 = stablehlo.broadcast_in_dim %497, dims = [] : (tensor<i32>) -> tensor<1xi32>
    %499 = "stablehlo.scatter"(%arg11, %498, %494) <{indices_are_sorted = true, scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [0], inserted_window_dims = [0], scatter_dims_to_operand_dims = [0]>, unique_indices = true}> ({
    ^bb0(%arg32: tensor<f32>, %arg33: tensor<f32>):
      %524 = stablehlo.add %arg32, %arg33 : tensor<f32>
      stablehlo.return %524 : tensor<f32>
    }) : (tensor<62x5376xf32>, tensor<1xi32>, tensor<5376xf32>) -> tensor<62x5376xf32>
    %500 = stablehlo.convert %277 : (tensor<5376x21504xbf16>) -> tensor<5376x21504xf32>
    %c_97 = stablehlo.constant dense<0> : tensor<i32>
    %501 = stablehlo.compare LT, %arg30, %c_97, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %c_98 = stablehlo.constant dense<62> : tensor<i32>
    %502 = stablehlo.add %arg30, %c_98 : tensor<i32>
    %503 = stablehlo.select %501, %502, %arg30 : tensor<i1>, tensor<i32>
    %504 = stablehlo.broadcast_in_dim %503, dims = [] : (tensor<i32>) -> tensor<1xi32>
    %505 = "stablehlo.scatter"(%arg12, %504, %500) <{indices_are_sorted = true, scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [0, 1], inserted_window_dims = [0], scatter_dims_to_operand_dims = [0]>, unique_indices = true}> ({
    ^bb0(%arg32: tensor<f32>, %arg33: tensor<f32>):
      %524 = stablehlo.add %arg32, %arg33 : tensor<f32>
      stablehlo.return %524 : tensor<f32>
    }) : (tensor<62x5376x21504xf32>, tensor<1xi32>, tensor<5376x21504xf32>) -> tensor<62x5376x21504xf32>
    %506 = stablehlo.convert %260 : (tensor<5376x21504xbf16>) -> tensor<5376x21504xf32>
    %c_99 = stablehlo.constant dense<0> : tensor<i32>
    %507 = stablehlo.compare LT, %arg30, %c_99, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %c_100 = stablehlo.constant dense<62> : tensor<i32>
    %508 = stablehlo.add %arg30, %c_100 : tensor<i32>
    %509 = stablehlo.select %507, %508, %arg30 : tensor<i1>, tensor<i32>
    %510 = stablehlo.broadcast_in_dim %509, dims = [] : (tensor<i32>) -> tensor<1xi32>
    %511 = "stablehlo.scatter"(%arg13, %510, %506) <{indices_are_sorted = true, scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [0, 1], inserted_window_dims = [0], scatter_dims_to_operand_dims = [0]>, unique_indices = true}> ({
    ^bb0(%arg32: tensor<f32>, %arg33: tensor<f32>):
      %524 = stablehlo.add %arg32, %arg33 : tensor<f32>
      stablehlo.return %524 : tensor<f32>
    }) : (tensor<62x5376x21504xf32>, tensor<1xi32>, tensor<5376x21504xf32>) -> tensor<62x5376x21504xf32>
    %512 = stablehlo.convert %255 : (tensor<21504x5376xbf16>) -> tensor<21504x5376xf32>
    %c_101 = stablehlo.constant dense<0> : tensor<i32>
    %513 = stablehlo.compare LT, %arg30, %c_101, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %c_102 = stablehlo.constant dense<62> : tensor<i32>
    %514 = stablehlo.add %arg30, %c_102 : tensor<i32>
    %515 = stablehlo.select %513, %514, %arg30 : tensor<i1>, tensor<i32>
    %516 = stablehlo.broadcast_in_dim %515, dims = [] : (tensor<i32>) -> tensor<1xi32>
    %517 = "stablehlo.scatter"(%arg14, %516, %512) <{indices_are_sorted = true, scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [0, 1], inserted_window_dims = [0], scatter_dims_to_operand_dims = [0]>, unique_indices = true}> ({
    ^bb0(%arg32: tensor<f32>, %arg33: tensor<f32>):
      %524 = stablehlo.add %arg32, %arg33 : tensor<f32>
      stablehlo.return %524 : tensor<f32>
    }) : (tensor<62x21504x5376xf32>, tensor<1xi32>, tensor<21504x5376xf32>) -> tensor<62x21504x5376xf32>
    %518 = stablehlo.convert %238 : (tensor<5376xbf16>) -> tensor<5376xf32>
    %c_103 = stablehlo.constant dense<0> : tensor<i32>
    %519 = stablehlo.compare LT, %arg30, %c_103, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %c_104 = stablehlo.constant dense<62> : tensor<i32>
    %520 = stablehlo.add %arg30, %c_104 : tensor<i32>
    %521 = stablehlo.select %519, %520, %arg30 : tensor<i1>, tensor<i32>
    %522 = stablehlo.broadcast_in_dim %521, dims = [] : (tensor<i32>) -> tensor<1xi32>
    %523 = "stablehlo.scatter"(%arg15, %522, %518) <{indices_are_sorted = true, scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [0], inserted_window_dims = [0], scatter_dims_to_operand_dims = [0]>, unique_indices = true}> ({
    ^bb0(%arg32: tensor<f32>, %arg33: tensor<f32>):
      %524 = stablehlo.add %arg32, %arg33 : tensor<f32>
      stablehlo.return %524 : tensor<f32>
    }) : (tensor<62x5376xf32>, tensor<1xi32>, tensor<5376xf32>) -> tensor<62x5376xf32>
    return %445, %451, %457, %463, %469, %475, %481, %487, %493, %499, %505, %511, %517, %523 : tensor<2x2048x5376xbf16>, tensor<62x5376xf32>, tensor<62x32x5376x128xf32>, tensor<62x16x5376x128xf32>, tensor<62x16x5376x128xf32>, tensor<62x32x128x5376xf32>, tensor<62x128xf32>, tensor<62x128xf32>, tensor<62x5376xf32>, tensor<62x5376xf32>, tensor<62x5376x21504xf32>, tensor<62x5376x21504xf32>, tensor<62x21504x5376xf32>, tensor<62x5376xf32>
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
