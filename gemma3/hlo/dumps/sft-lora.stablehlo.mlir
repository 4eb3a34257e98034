// gemma3 27b v5e-8 sft-lora batch=8 seq=2048 remat=offload: StableHLO from jax, no locations
// row: {"topology": "v5e-8", "workload": "sft-lora", "options": {"batch": 8, "seq": 2048, "remat": "offload"}}
// jax 0.10.2, jaxlib 0.10.2, libtpu 0.0.42.1
// regenerate: python -m gemma3.hlo dump --workload sft-lora; compare: python -m gemma3.hlo diff sft-lora.stablehlo.mlir current
module @jit_fn attributes {mhlo.num_partitions = 8 : i32, mhlo.num_replicas = 1 : i32} {
  sdy.mesh @mesh = <["data"=1, "fsdp"=1, "tensor"=8]> {stablehlo.mesh = {axes = [{name = "data", size = 1 : i64}, {name = "fsdp", size = 1 : i64}, {name = "tensor", size = 8 : i64}]}}
  func.func public @main(%arg0: tensor<62x21504x16xf32> {mhlo.memory_kind = "device", sdy.sharding = #sdy.sharding<@mesh, [{}, {"tensor"}, {}]>, tf.aliasing_output = 0 : i32}, %arg1: tensor<62x16x5376xf32> {mhlo.memory_kind = "device", sdy.sharding = #sdy.sharding<@mesh, [{}, {}, {"fsdp"}]>, tf.aliasing_output = 1 : i32}, %arg2: tensor<62x5376x16xf32> {mhlo.memory_kind = "device", sdy.sharding = #sdy.sharding<@mesh, [{}, {"fsdp"}, {}]>, tf.aliasing_output = 2 : i32}, %arg3: tensor<62x16x21504xf32> {mhlo.memory_kind = "device", sdy.sharding = #sdy.sharding<@mesh, [{}, {}, {"tensor"}]>, tf.aliasing_output = 3 : i32}, %arg4: tensor<62x5376x16xf32> {mhlo.memory_kind = "device", sdy.sharding = #sdy.sharding<@mesh, [{}, {"fsdp"}, {}]>, tf.aliasing_output = 4 : i32}, %arg5: tensor<62x16x16x128xf32> {mhlo.memory_kind = "device", sdy.sharding = #sdy.sharding<@mesh, [{}, {}, {"tensor"}, {}]>, tf.aliasing_output = 5 : i32}, %arg6: tensor<62x32x128x16xf32> {mhlo.memory_kind = "device", sdy.sharding = #sdy.sharding<@mesh, [{}, {"tensor"}, {}, {}]>, tf.aliasing_output = 6 : i32}, %arg7: tensor<62x16x5376xf32> {mhlo.memory_kind = "device", sdy.sharding = #sdy.sharding<@mesh, [{}, {}, {"fsdp"}]>, tf.aliasing_output = 7 : i32}, %arg8: tensor<62x5376x16xf32> {mhlo.memory_kind = "device", sdy.sharding = #sdy.sharding<@mesh, [{}, {"fsdp"}, {}]>, tf.aliasing_output = 8 : i32}, %arg9: tensor<62x16x32x128xf32> {mhlo.memory_kind = "device", sdy.sharding = #sdy.sharding<@mesh, [{}, {}, {"tensor"}, {}]>, tf.aliasing_output = 9 : i32}, %arg10: tensor<62x5376x16xf32> {mhlo.memory_kind = "device", sdy.sharding = #sdy.sharding<@mesh, [{}, {"fsdp"}, {}]>, tf.aliasing_output = 10 : i32}, %arg11: tensor<62x16x21504xf32> {mhlo.memory_kind = "device", sdy.sharding = #sdy.sharding<@mesh, [{}, {}, {"tensor"}]>, tf.aliasing_output = 11 : i32}, %arg12: tensor<62x5376x16xf32> {mhlo.memory_kind = "device", sdy.sharding = #sdy.sharding<@mesh, [{}, {"fsdp"}, {}]>, tf.aliasing_output = 12 : i32}, %arg13: tensor<62x16x16x128xf32> {mhlo.memory_kind = "device", sdy.sharding = #sdy.sharding<@mesh, [{}, {}, {"tensor"}, {}]>, tf.aliasing_output = 13 : i32}, %arg14: tensor<i32> {mhlo.memory_kind = "device", sdy.sharding = #sdy.sharding<@mesh, []>, tf.aliasing_output = 14 : i32}, %arg15: tensor<62x21504x16xf32> {mhlo.memory_kind = "device", sdy.sharding = #sdy.sharding<@mesh, [{}, {"tensor"}, {}]>, tf.aliasing_output = 15 : i32}, %arg16: tensor<62x16x5376xf32> {mhlo.memory_kind = "device", sdy.sharding = #sdy.sharding<@mesh, [{}, {}, {"fsdp"}]>, tf.aliasing_output = 16 : i32}, %arg17: tensor<62x5376x16xf32> {mhlo.memory_kind = "device", sdy.sharding = #sdy.sharding<@mesh, [{}, {"fsdp"}, {}]>, tf.aliasing_output = 17 : i32}, %arg18: tensor<62x16x21504xf32> {mhlo.memory_kind = "device", sdy.sharding = #sdy.sharding<@mesh, [{}, {}, {"tensor"}]>, tf.aliasing_output = 18 : i32}, %arg19: tensor<62x5376x16xf32> {mhlo.memory_kind = "device", sdy.sharding = #sdy.sharding<@mesh, [{}, {"fsdp"}, {}]>, tf.aliasing_output = 19 : i32}, %arg20: tensor<62x16x16x128xf32> {mhlo.memory_kind = "device", sdy.sharding = #sdy.sharding<@mesh, [{}, {}, {"tensor"}, {}]>, tf.aliasing_output = 20 : i32}, %arg21: tensor<62x32x128x16xf32> {mhlo.memory_kind = "device", sdy.sharding = #sdy.sharding<@mesh, [{}, {"tensor"}, {}, {}]>, tf.aliasing_output = 21 : i32}, %arg22: tensor<62x16x5376xf32> {mhlo.memory_kind = "device", sdy.sharding = #sdy.sharding<@mesh, [{}, {}, {"fsdp"}]>, tf.aliasing_output = 22 : i32}, %arg23: tensor<62x5376x16xf32> {mhlo.memory_kind = "device", sdy.sharding = #sdy.sharding<@mesh, [{}, {"fsdp"}, {}]>, tf.aliasing_output = 23 : i32}, %arg24: tensor<62x16x32x128xf32> {mhlo.memory_kind = "device", sdy.sharding = #sdy.sharding<@mesh, [{}, {}, {"tensor"}, {}]>, tf.aliasing_output = 24 : i32}, %arg25: tensor<62x5376x16xf32> {mhlo.memory_kind = "device", sdy.sharding = #sdy.sharding<@mesh, [{}, {"fsdp"}, {}]>, tf.aliasing_output = 25 : i32}, %arg26: tensor<62x16x21504xf32> {mhlo.memory_kind = "device", sdy.sharding = #sdy.sharding<@mesh, [{}, {}, {"tensor"}]>, tf.aliasing_output = 26 : i32}, %arg27: tensor<62x5376x16xf32> {mhlo.memory_kind = "device", sdy.sharding = #sdy.sharding<@mesh, [{}, {"fsdp"}, {}]>, tf.aliasing_output = 27 : i32}, %arg28: tensor<62x16x16x128xf32> {mhlo.memory_kind = "device", sdy.sharding = #sdy.sharding<@mesh, [{}, {}, {"tensor"}, {}]>, tf.aliasing_output = 28 : i32}, %arg29: tensor<62x21504x16xf32> {mhlo.memory_kind = "device", sdy.sharding = #sdy.sharding<@mesh, [{}, {"tensor"}, {}]>, tf.aliasing_output = 29 : i32}, %arg30: tensor<62x16x5376xf32> {mhlo.memory_kind = "device", sdy.sharding = #sdy.sharding<@mesh, [{}, {}, {"fsdp"}]>, tf.aliasing_output = 30 : i32}, %arg31: tensor<62x5376x16xf32> {mhlo.memory_kind = "device", sdy.sharding = #sdy.sharding<@mesh, [{}, {"fsdp"}, {}]>, tf.aliasing_output = 31 : i32}, %arg32: tensor<62x16x21504xf32> {mhlo.memory_kind = "device", sdy.sharding = #sdy.sharding<@mesh, [{}, {}, {"tensor"}]>, tf.aliasing_output = 32 : i32}, %arg33: tensor<62x5376x16xf32> {mhlo.memory_kind = "device", sdy.sharding = #sdy.sharding<@mesh, [{}, {"fsdp"}, {}]>, tf.aliasing_output = 33 : i32}, %arg34: tensor<62x16x16x128xf32> {mhlo.memory_kind = "device", sdy.sharding = #sdy.sharding<@mesh, [{}, {}, {"tensor"}, {}]>, tf.aliasing_output = 34 : i32}, %arg35: tensor<62x32x128x16xf32> {mhlo.memory_kind = "device", sdy.sharding = #sdy.sharding<@mesh, [{}, {"tensor"}, {}, {}]>, tf.aliasing_output = 35 : i32}, %arg36: tensor<62x16x5376xf32> {mhlo.memory_kind = "device", sdy.sharding = #sdy.sharding<@mesh, [{}, {}, {"fsdp"}]>, tf.aliasing_output = 36 : i32}, %arg37: tensor<62x5376x16xf32> {mhlo.memory_kind = "device", sdy.sharding = #sdy.sharding<@mesh, [{}, {"fsdp"}, {}]>, tf.aliasing_output = 37 : i32}, %arg38: tensor<62x16x32x128xf32> {mhlo.memory_kind = "device", sdy.sharding = #sdy.sharding<@mesh, [{}, {}, {"tensor"}, {}]>, tf.aliasing_output = 38 : i32}, %arg39: tensor<62x5376x16xf32> {mhlo.memory_kind = "device", sdy.sharding = #sdy.sharding<@mesh, [{}, {"fsdp"}, {}]>, tf.aliasing_output = 39 : i32}, %arg40: tensor<62x16x21504xf32> {mhlo.memory_kind = "device", sdy.sharding = #sdy.sharding<@mesh, [{}, {}, {"tensor"}]>, tf.aliasing_output = 40 : i32}, %arg41: tensor<62x5376x16xf32> {mhlo.memory_kind = "device", sdy.sharding = #sdy.sharding<@mesh, [{}, {"fsdp"}, {}]>, tf.aliasing_output = 41 : i32}, %arg42: tensor<62x16x16x128xf32> {mhlo.memory_kind = "device", sdy.sharding = #sdy.sharding<@mesh, [{}, {}, {"tensor"}, {}]>, tf.aliasing_output = 42 : i32}, %arg43: tensor<i32> {mhlo.memory_kind = "device", sdy.sharding = #sdy.sharding<@mesh, []>, tf.aliasing_output = 43 : i32}, %arg44: tensor<262208x5376xbf16> {mhlo.memory_kind = "device", sdy.sharding = #sdy.sharding<@mesh, [{"tensor"}, {"fsdp"}]>}, %arg45: tensor<62x5376xbf16> {mhlo.memory_kind = "device", sdy.sharding = #sdy.sharding<@mesh, [{}, {"fsdp"}]>}, %arg46: tensor<62x32x5376x128xbf16> {mhlo.memory_kind = "device", sdy.sharding = #sdy.sharding<@mesh, [{}, {"tensor"}, {"fsdp"}, {}]>}, %arg47: tensor<62x16x5376x128xbf16> {mhlo.memory_kind = "device", sdy.sharding = #sdy.sharding<@mesh, [{}, {"tensor"}, {"fsdp"}, {}]>}, %arg48: tensor<62x16x5376x128xbf16> {mhlo.memory_kind = "device", sdy.sharding = #sdy.sharding<@mesh, [{}, {"tensor"}, {"fsdp"}, {}]>}, %arg49: tensor<62x32x128x5376xbf16> {mhlo.memory_kind = "device", sdy.sharding = #sdy.sharding<@mesh, [{}, {"tensor"}, {}, {"fsdp"}]>}, %arg50: tensor<62x128xbf16> {mhlo.memory_kind = "device", sdy.sharding = #sdy.sharding<@mesh, [{}, {}]>}, %arg51: tensor<62x128xbf16> {mhlo.memory_kind = "device", sdy.sharding = #sdy.sharding<@mesh, [{}, {}]>}, %arg52: tensor<62x5376xbf16> {mhlo.memory_kind = "device", sdy.sharding = #sdy.sharding<@mesh, [{}, {"fsdp"}]>}, %arg53: tensor<62x5376xbf16> {mhlo.memory_kind = "device", sdy.sharding = #sdy.sharding<@mesh, [{}, {"fsdp"}]>}, %arg54: tensor<62x5376x21504xbf16> {mhlo.memory_kind = "device", sdy.sharding = #sdy.sharding<@mesh, [{}, {"fsdp"}, {"tensor"}]>}, %arg55: tensor<62x5376x21504xbf16> {mhlo.memory_kind = "device", sdy.sharding = #sdy.sharding<@mesh, [{}, {"fsdp"}, {"tensor"}]>}, %arg56: tensor<62x21504x5376xbf16> {mhlo.memory_kind = "device", sdy.sharding = #sdy.sharding<@mesh, [{}, {"tensor"}, {"fsdp"}]>}, %arg57: tensor<62x5376xbf16> {mhlo.memory_kind = "device", sdy.sharding = #sdy.sharding<@mesh, [{}, {"fsdp"}]>}, %arg58: tensor<5376xbf16> {mhlo.memory_kind = "device", sdy.sharding = #sdy.sharding<@mesh, [{"fsdp"}]>}, %arg59: tensor<8x2048xi32> {mhlo.memory_kind = "device", sdy.sharding = #sdy.sharding<@mesh, [{"data", "fsdp"}, {}]>}, %arg60: tensor<8x2048xi32> {mhlo.memory_kind = "device", sdy.sharding = #sdy.sharding<@mesh, [{"data", "fsdp"}, {}]>}, %arg61: tensor<8x2048xi32> {mhlo.memory_kind = "device", sdy.sharding = #sdy.sharding<@mesh, [{"data", "fsdp"}, {}]>}, %arg62: tensor<8x2048xi32> {mhlo.memory_kind = "device", sdy.sharding = #sdy.sharding<@mesh, [{"data", "fsdp"}, {}]>}) -> (tensor<62x21504x16xf32> {jax.result_info = "result[0].params['down'].a", mhlo.memory_kind = "device", sdy.sharding = #sdy.sharding<@mesh, [{}, {"tensor"}, {}]>}, tensor<62x16x5376xf32> {jax.result_info = "result[0].params['down'].b", mhlo.memory_kind = "device", sdy.sharding = #sdy.sharding<@mesh, [{}, {}, {"fsdp"}]>}, tensor<62x5376x16xf32> {jax.result_info = "result[0].params['gate'].a", mhlo.memory_kind = "device", sdy.sharding = #sdy.sharding<@mesh, [{}, {"fsdp"}, {}]>}, tensor<62x16x21504xf32> {jax.result_info = "result[0].params['gate'].b", mhlo.memory_kind = "device", sdy.sharding = #sdy.sharding<@mesh, [{}, {}, {"tensor"}]>}, tensor<62x5376x16xf32> {jax.result_info = "result[0].params['k'].a", mhlo.memory_kind = "device", sdy.sharding = #sdy.sharding<@mesh, [{}, {"fsdp"}, {}]>}, tensor<62x16x16x128xf32> {jax.result_info = "result[0].params['k'].b", mhlo.memory_kind = "device", sdy.sharding = #sdy.sharding<@mesh, [{}, {}, {"tensor"}, {}]>}, tensor<62x32x128x16xf32> {jax.result_info = "result[0].params['o'].a", mhlo.memory_kind = "device", sdy.sharding = #sdy.sharding<@mesh, [{}, {"tensor"}, {}, {}]>}, tensor<62x16x5376xf32> {jax.result_info = "result[0].params['o'].b", mhlo.memory_kind = "device", sdy.sharding = #sdy.sharding<@mesh, [{}, {}, {"fsdp"}]>}, tensor<62x5376x16xf32> {jax.result_info = "result[0].params['q'].a", mhlo.memory_kind = "device", sdy.sharding = #sdy.sharding<@mesh, [{}, {"fsdp"}, {}]>}, tensor<62x16x32x128xf32> {jax.result_info = "result[0].params['q'].b", mhlo.memory_kind = "device", sdy.sharding = #sdy.sharding<@mesh, [{}, {}, {"tensor"}, {}]>}, tensor<62x5376x16xf32> {jax.result_info = "result[0].params['up'].a", mhlo.memory_kind = "device", sdy.sharding = #sdy.sharding<@mesh, [{}, {"fsdp"}, {}]>}, tensor<62x16x21504xf32> {jax.result_info = "result[0].params['up'].b", mhlo.memory_kind = "device", sdy.sharding = #sdy.sharding<@mesh, [{}, {}, {"tensor"}]>}, tensor<62x5376x16xf32> {jax.result_info = "result[0].params['v'].a", mhlo.memory_kind = "device", sdy.sharding = #sdy.sharding<@mesh, [{}, {"fsdp"}, {}]>}, tensor<62x16x16x128xf32> {jax.result_info = "result[0].params['v'].b", mhlo.memory_kind = "device", sdy.sharding = #sdy.sharding<@mesh, [{}, {}, {"tensor"}, {}]>}, tensor<i32> {jax.result_info = "result[0].opt_state[1][0].count", mhlo.memory_kind = "device", sdy.sharding = #sdy.sharding<@mesh, []>}, tensor<62x21504x16xf32> {jax.result_info = "result[0].opt_state[1][0].mu['down'].a", mhlo.memory_kind = "device", sdy.sharding = #sdy.sharding<@mesh, [{}, {"tensor"}, {}]>}, tensor<62x16x5376xf32> {jax.result_info = "result[0].opt_state[1][0].mu['down'].b", mhlo.memory_kind = "device", sdy.sharding = #sdy.sharding<@mesh, [{}, {}, {"fsdp"}]>}, tensor<62x5376x16xf32> {jax.result_info = "result[0].opt_state[1][0].mu['gate'].a", mhlo.memory_kind = "device", sdy.sharding = #sdy.sharding<@mesh, [{}, {"fsdp"}, {}]>}, tensor<62x16x21504xf32> {jax.result_info = "result[0].opt_state[1][0].mu['gate'].b", mhlo.memory_kind = "device", sdy.sharding = #sdy.sharding<@mesh, [{}, {}, {"tensor"}]>}, tensor<62x5376x16xf32> {jax.result_info = "result[0].opt_state[1][0].mu['k'].a", mhlo.memory_kind = "device", sdy.sharding = #sdy.sharding<@mesh, [{}, {"fsdp"}, {}]>}, tensor<62x16x16x128xf32> {jax.result_info = "result[0].opt_state[1][0].mu['k'].b", mhlo.memory_kind = "device", sdy.sharding = #sdy.sharding<@mesh, [{}, {}, {"tensor"}, {}]>}, tensor<62x32x128x16xf32> {jax.result_info = "result[0].opt_state[1][0].mu['o'].a", mhlo.memory_kind = "device", sdy.sharding = #sdy.sharding<@mesh, [{}, {"tensor"}, {}, {}]>}, tensor<62x16x5376xf32> {jax.result_info = "result[0].opt_state[1][0].mu['o'].b", mhlo.memory_kind = "device", sdy.sharding = #sdy.sharding<@mesh, [{}, {}, {"fsdp"}]>}, tensor<62x5376x16xf32> {jax.result_info = "result[0].opt_state[1][0].mu['q'].a", mhlo.memory_kind = "device", sdy.sharding = #sdy.sharding<@mesh, [{}, {"fsdp"}, {}]>}, tensor<62x16x32x128xf32> {jax.result_info = "result[0].opt_state[1][0].mu['q'].b", mhlo.memory_kind = "device", sdy.sharding = #sdy.sharding<@mesh, [{}, {}, {"tensor"}, {}]>}, tensor<62x5376x16xf32> {jax.result_info = "result[0].opt_state[1][0].mu['up'].a", mhlo.memory_kind = "device", sdy.sharding = #sdy.sharding<@mesh, [{}, {"fsdp"}, {}]>}, tensor<62x16x21504xf32> {jax.result_info = "result[0].opt_state[1][0].mu['up'].b", mhlo.memory_kind = "device", sdy.sharding = #sdy.sharding<@mesh, [{}, {}, {"tensor"}]>}, tensor<62x5376x16xf32> {jax.result_info = "result[0].opt_state[1][0].mu['v'].a", mhlo.memory_kind = "device", sdy.sharding = #sdy.sharding<@mesh, [{}, {"fsdp"}, {}]>}, tensor<62x16x16x128xf32> {jax.result_info = "result[0].opt_state[1][0].mu['v'].b", mhlo.memory_kind = "device", sdy.sharding = #sdy.sharding<@mesh, [{}, {}, {"tensor"}, {}]>}, tensor<62x21504x16xf32> {jax.result_info = "result[0].opt_state[1][0].nu['down'].a", mhlo.memory_kind = "device", sdy.sharding = #sdy.sharding<@mesh, [{}, {"tensor"}, {}]>}, tensor<62x16x5376xf32> {jax.result_info = "result[0].opt_state[1][0].nu['down'].b", mhlo.memory_kind = "device", sdy.sharding = #sdy.sharding<@mesh, [{}, {}, {"fsdp"}]>}, tensor<62x5376x16xf32> {jax.result_info = "result[0].opt_state[1][0].nu['gate'].a", mhlo.memory_kind = "device", sdy.sharding = #sdy.sharding<@mesh, [{}, {"fsdp"}, {}]>}, tensor<62x16x21504xf32> {jax.result_info = "result[0].opt_state[1][0].nu['gate'].b", mhlo.memory_kind = "device", sdy.sharding = #sdy.sharding<@mesh, [{}, {}, {"tensor"}]>}, tensor<62x5376x16xf32> {jax.result_info = "result[0].opt_state[1][0].nu['k'].a", mhlo.memory_kind = "device", sdy.sharding = #sdy.sharding<@mesh, [{}, {"fsdp"}, {}]>}, tensor<62x16x16x128xf32> {jax.result_info = "result[0].opt_state[1][0].nu['k'].b", mhlo.memory_kind = "device", sdy.sharding = #sdy.sharding<@mesh, [{}, {}, {"tensor"}, {}]>}, tensor<62x32x128x16xf32> {jax.result_info = "result[0].opt_state[1][0].nu['o'].a", mhlo.memory_kind = "device", sdy.sharding = #sdy.sharding<@mesh, [{}, {"tensor"}, {}, {}]>}, tensor<62x16x5376xf32> {jax.result_info = "result[0].opt_state[1][0].nu['o'].b", mhlo.memory_kind = "device", sdy.sharding = #sdy.sharding<@mesh, [{}, {}, {"fsdp"}]>}, tensor<62x5376x16xf32> {jax.result_info = "result[0].opt_state[1][0].nu['q'].a", mhlo.memory_kind = "device", sdy.sharding = #sdy.sharding<@mesh, [{}, {"fsdp"}, {}]>}, tensor<62x16x32x128xf32> {jax.result_info = "result[0].opt_state[1][0].nu['q'].b", mhlo.memory_kind = "device", sdy.sharding = #sdy.sharding<@mesh, [{}, {}, {"tensor"}, {}]>}, tensor<62x5376x16xf32> {jax.result_info = "result[0].opt_state[1][0].nu['up'].a", mhlo.memory_kind = "device", sdy.sharding = #sdy.sharding<@mesh, [{}, {"fsdp"}, {}]>}, tensor<62x16x21504xf32> {jax.result_info = "result[0].opt_state[1][0].nu['up'].b", mhlo.memory_kind = "device", sdy.sharding = #sdy.sharding<@mesh, [{}, {}, {"tensor"}]>}, tensor<62x5376x16xf32> {jax.result_info = "result[0].opt_state[1][0].nu['v'].a", mhlo.memory_kind = "device", sdy.sharding = #sdy.sharding<@mesh, [{}, {"fsdp"}, {}]>}, tensor<62x16x16x128xf32> {jax.result_info = "result[0].opt_state[1][0].nu['v'].b", mhlo.memory_kind = "device", sdy.sharding = #sdy.sharding<@mesh, [{}, {}, {"tensor"}, {}]>}, tensor<i32> {jax.result_info = "result[0].step", mhlo.memory_kind = "device", sdy.sharding = #sdy.sharding<@mesh, []>}, tensor<f32> {jax.result_info = "result[1]['dropped']", mhlo.memory_kind = "device"}, tensor<f32> {jax.result_info = "result[1]['grad_norm']", mhlo.memory_kind = "device"}, tensor<f32> {jax.result_info = "result[1]['loss']", mhlo.memory_kind = "device"}, tensor<f32> {jax.result_info = "result[1]['tokens']", mhlo.memory_kind = "device"}) {
    %c = stablehlo.constant dense<[false, false, false, false, false, true, false, false, false, false, false, true, false, false, false, false, false, true, false, false, false, false, false, true, false, false, false, false, false, true, false, false, false, false, false, true, false, false, false, false, false, true, false, false, false, false, false, true, false, false, false, false, false, true, false, false, false, false, false, true, false, false]> : tensor<62xi1>
    %0 = call @_take(%arg44, %arg59) : (tensor<262208x5376xbf16>, tensor<8x2048xi32>) -> tensor<8x2048x5376xbf16>
    %cst = stablehlo.constant dense<7.350000e+01> : tensor<bf16>
    %1 = stablehlo.broadcast_in_dim %cst, dims = [] : (tensor<bf16>) -> tensor<8x2048x5376xbf16>
    %2 = stablehlo.multiply %0, %1 : tensor<8x2048x5376xbf16>
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
    %29 = stablehlo.convert %arg62 : (tensor<8x2048xi32>) -> tensor<8x2048xf32>
    %30 = stablehlo.broadcast_in_dim %29, dims = [0, 1] : (tensor<8x2048xf32>) -> tensor<8x2048x1xf32>
    %31 = stablehlo.convert %arg62 : (tensor<8x2048xi32>) -> tensor<8x2048xf32>
    %32 = stablehlo.broadcast_in_dim %31, dims = [0, 1] : (tensor<8x2048xf32>) -> tensor<8x2048x1xf32>
    %cst_12 = stablehlo.constant dense<0.000000e+00> : tensor<bf16>
    %33 = stablehlo.broadcast_in_dim %cst_12, dims = [] : (tensor<bf16>) -> tensor<62x8x2048x5376xbf16>
    %c_13 = stablehlo.constant dense<0> : tensor<i32>
    %34:36 = stablehlo.while(%iterArg = %arg45, %iterArg_221 = %arg46, %iterArg_222 = %arg47, %iterArg_223 = %arg48, %iterArg_224 = %arg49, %iterArg_225 = %arg50, %iterArg_226 = %arg51, %iterArg_227 = %arg52, %iterArg_228 = %arg53, %iterArg_229 = %arg54, %iterArg_230 = %arg55, %iterArg_231 = %arg56, %iterArg_232 = %arg57, %iterArg_233 = %arg0, %iterArg_234 = %arg1, %iterArg_235 = %arg2, %iterArg_236 = %arg3, %iterArg_237 = %arg4, %iterArg_238 = %arg5, %iterArg_239 = %arg6, %iterArg_240 = %arg7, %iterArg_241 = %arg8, %iterArg_242 = %arg9, %iterArg_243 = %arg10, %iterArg_244 = %arg11, %iterArg_245 = %arg12, %iterArg_246 = %arg13, %iterArg_247 = %c, %iterArg_248 = %arg61, %iterArg_249 = %30, %iterArg_250 = %15, %iterArg_251 = %28, %iterArg_252 = %32, %iterArg_253 = %c_13, %iterArg_254 = %2, %iterArg_255 = %33) : tensor<62x5376xbf16>, tensor<62x32x5376x128xbf16>, tensor<62x16x5376x128xbf16>, tensor<62x16x5376x128xbf16>, tensor<62x32x128x5376xbf16>, tensor<62x128xbf16>, tensor<62x128xbf16>, tensor<62x5376xbf16>, tensor<62x5376xbf16>, tensor<62x5376x21504xbf16>, tensor<62x5376x21504xbf16>, tensor<62x21504x5376xbf16>, tensor<62x5376xbf16>, tensor<62x21504x16xf32>, tensor<62x16x5376xf32>, tensor<62x5376x16xf32>, tensor<62x16x21504xf32>, tensor<62x5376x16xf32>, tensor<62x16x16x128xf32>, tensor<62x32x128x16xf32>, tensor<62x16x5376xf32>, tensor<62x5376x16xf32>, tensor<62x16x32x128xf32>, tensor<62x5376x16xf32>, tensor<62x16x21504xf32>, tensor<62x5376x16xf32>, tensor<62x16x16x128xf32>, tensor<62xi1>, tensor<8x2048xi32>, tensor<8x2048x1xf32>, tensor<64xf32>, tensor<64xf32>, tensor<8x2048x1xf32>, tensor<i32>, tensor<8x2048x5376xbf16>, tensor<62x8x2048x5376xbf16>
    cond {
      %c_256 = stablehlo.constant dense<62> : tensor<i32>
      %745 = stablehlo.compare LT, %iterArg_253, %c_256, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
      stablehlo.return %745 : tensor<i1>
    } do {
      %745 = func.call @dynamic_index_in_dim(%iterArg, %iterArg_253) : (tensor<62x5376xbf16>, tensor<i32>) -> tensor<5376xbf16>
      %746 = func.call @dynamic_index_in_dim_0(%iterArg_221, %iterArg_253) : (tensor<62x32x5376x128xbf16>, tensor<i32>) -> tensor<32x5376x128xbf16>
      %747 = func.call @dynamic_index_in_dim_1(%iterArg_222, %iterArg_253) : (tensor<62x16x5376x128xbf16>, tensor<i32>) -> tensor<16x5376x128xbf16>
      %748 = func.call @dynamic_index_in_dim_1(%iterArg_223, %iterArg_253) : (tensor<62x16x5376x128xbf16>, tensor<i32>) -> tensor<16x5376x128xbf16>
      %749 = func.call @dynamic_index_in_dim_2(%iterArg_224, %iterArg_253) : (tensor<62x32x128x5376xbf16>, tensor<i32>) -> tensor<32x128x5376xbf16>
      %750 = func.call @dynamic_index_in_dim_3(%iterArg_225, %iterArg_253) : (tensor<62x128xbf16>, tensor<i32>) -> tensor<128xbf16>
      %751 = func.call @dynamic_index_in_dim_3(%iterArg_226, %iterArg_253) : (tensor<62x128xbf16>, tensor<i32>) -> tensor<128xbf16>
      %752 = func.call @dynamic_index_in_dim(%iterArg_227, %iterArg_253) : (tensor<62x5376xbf16>, tensor<i32>) -> tensor<5376xbf16>
      %753 = func.call @dynamic_index_in_dim(%iterArg_228, %iterArg_253) : (tensor<62x5376xbf16>, tensor<i32>) -> tensor<5376xbf16>
      %754 = func.call @dynamic_index_in_dim_4(%iterArg_229, %iterArg_253) : (tensor<62x5376x21504xbf16>, tensor<i32>) -> tensor<5376x21504xbf16>
      %755 = func.call @dynamic_index_in_dim_4(%iterArg_230, %iterArg_253) : (tensor<62x5376x21504xbf16>, tensor<i32>) -> tensor<5376x21504xbf16>
      %756 = func.call @dynamic_index_in_dim_5(%iterArg_231, %iterArg_253) : (tensor<62x21504x5376xbf16>, tensor<i32>) -> tensor<21504x5376xbf16>
      %757 = func.call @dynamic_index_in_dim(%iterArg_232, %iterArg_253) : (tensor<62x5376xbf16>, tensor<i32>) -> tensor<5376xbf16>
      %758 = func.call @dynamic_index_in_dim_6(%iterArg_233, %iterArg_253) : (tensor<62x21504x16xf32>, tensor<i32>) -> tensor<21504x16xf32>
      %759 = func.call @dynamic_index_in_dim_7(%iterArg_234, %iterArg_253) : (tensor<62x16x5376xf32>, tensor<i32>) -> tensor<16x5376xf32>
      %760 = func.call @dynamic_index_in_dim_8(%iterArg_235, %iterArg_253) : (tensor<62x5376x16xf32>, tensor<i32>) -> tensor<5376x16xf32>
      %761 = func.call @dynamic_index_in_dim_9(%iterArg_236, %iterArg_253) : (tensor<62x16x21504xf32>, tensor<i32>) -> tensor<16x21504xf32>
      %762 = func.call @dynamic_index_in_dim_8(%iterArg_237, %iterArg_253) : (tensor<62x5376x16xf32>, tensor<i32>) -> tensor<5376x16xf32>
      %763 = func.call @dynamic_index_in_dim_10(%iterArg_238, %iterArg_253) : (tensor<62x16x16x128xf32>, tensor<i32>) -> tensor<16x16x128xf32>
      %764 = func.call @dynamic_index_in_dim_11(%iterArg_239, %iterArg_253) : (tensor<62x32x128x16xf32>, tensor<i32>) -> tensor<32x128x16xf32>
      %765 = func.call @dynamic_index_in_dim_7(%iterArg_240, %iterArg_253) : (tensor<62x16x5376xf32>, tensor<i32>) -> tensor<16x5376xf32>
      %766 = func.call @dynamic_index_in_dim_8(%iterArg_241, %iterArg_253) : (tensor<62x5376x16xf32>, tensor<i32>) -> tensor<5376x16xf32>
      %767 = func.call @dynamic_index_in_dim_12(%iterArg_242, %iterArg_253) : (tensor<62x16x32x128xf32>, tensor<i32>) -> tensor<16x32x128xf32>
      %768 = func.call @dynamic_index_in_dim_8(%iterArg_243, %iterArg_253) : (tensor<62x5376x16xf32>, tensor<i32>) -> tensor<5376x16xf32>
      %769 = func.call @dynamic_index_in_dim_9(%iterArg_244, %iterArg_253) : (tensor<62x16x21504xf32>, tensor<i32>) -> tensor<16x21504xf32>
      %770 = func.call @dynamic_index_in_dim_8(%iterArg_245, %iterArg_253) : (tensor<62x5376x16xf32>, tensor<i32>) -> tensor<5376x16xf32>
      %771 = func.call @dynamic_index_in_dim_10(%iterArg_246, %iterArg_253) : (tensor<62x16x16x128xf32>, tensor<i32>) -> tensor<16x16x128xf32>
      %772 = func.call @dynamic_index_in_dim_13(%iterArg_247, %iterArg_253) : (tensor<62xi1>, tensor<i32>) -> tensor<i1>
      %773:2 = func.call @closed_call(%iterArg_248, %iterArg_249, %iterArg_250, %iterArg_251, %iterArg_252, %iterArg_254, %745, %746, %747, %748, %749, %750, %751, %752, %753, %754, %755, %756, %757, %758, %759, %760, %761, %762, %763, %764, %765, %766, %767, %768, %769, %770, %771, %772) : (tensor<8x2048xi32>, tensor<8x2048x1xf32>, tensor<64xf32>, tensor<64xf32>, tensor<8x2048x1xf32>, tensor<8x2048x5376xbf16>, tensor<5376xbf16>, tensor<32x5376x128xbf16>, tensor<16x5376x128xbf16>, tensor<16x5376x128xbf16>, tensor<32x128x5376xbf16>, tensor<128xbf16>, tensor<128xbf16>, tensor<5376xbf16>, tensor<5376xbf16>, tensor<5376x21504xbf16>, tensor<5376x21504xbf16>, tensor<21504x5376xbf16>, tensor<5376xbf16>, tensor<21504x16xf32>, tensor<16x5376xf32>, tensor<5376x16xf32>, tensor<16x21504xf32>, tensor<5376x16xf32>, tensor<16x16x128xf32>, tensor<32x128x16xf32>, tensor<16x5376xf32>, tensor<5376x16xf32>, tensor<16x32x128xf32>, tensor<5376x16xf32>, tensor<16x21504xf32>, tensor<5376x16xf32>, tensor<16x16x128xf32>, tensor<i1>) -> (tensor<8x2048x5376xbf16>, tensor<8x2048x5376xbf16>)
      %774 = func.call @dynamic_update_index_in_dim(%iterArg_255, %773#1, %iterArg_253) : (tensor<62x8x2048x5376xbf16>, tensor<8x2048x5376xbf16>, tensor<i32>) -> tensor<62x8x2048x5376xbf16>
      %c_256 = stablehlo.constant dense<1> : tensor<i32>
      %775 = stablehlo.add %iterArg_253, %c_256 : tensor<i32>
      stablehlo.return %iterArg, %iterArg_221, %iterArg_222, %iterArg_223, %iterArg_224, %iterArg_225, %iterArg_226, %iterArg_227, %iterArg_228, %iterArg_229, %iterArg_230, %iterArg_231, %iterArg_232, %iterArg_233, %iterArg_234, %iterArg_235, %iterArg_236, %iterArg_237, %iterArg_238, %iterArg_239, %iterArg_240, %iterArg_241, %iterArg_242, %iterArg_243, %iterArg_244, %iterArg_245, %iterArg_246, %iterArg_247, %iterArg_248, %iterArg_249, %iterArg_250, %iterArg_251, %iterArg_252, %775, %773#0, %774 : tensor<62x5376xbf16>, tensor<62x32x5376x128xbf16>, tensor<62x16x5376x128xbf16>, tensor<62x16x5376x128xbf16>, tensor<62x32x128x5376xbf16>, tensor<62x128xbf16>, tensor<62x128xbf16>, tensor<62x5376xbf16>, tensor<62x5376xbf16>, tensor<62x5376x21504xbf16>, tensor<62x5376x21504xbf16>, tensor<62x21504x5376xbf16>, tensor<62x5376xbf16>, tensor<62x21504x16xf32>, tensor<62x16x5376xf32>, tensor<62x5376x16xf32>, tensor<62x16x21504xf32>, tensor<62x5376x16xf32>, tensor<62x16x16x128xf32>, tensor<62x32x128x16xf32>, tensor<62x16x5376xf32>, tensor<62x5376x16xf32>, tensor<62x16x32x128xf32>, tensor<62x5376x16xf32>, tensor<62x16x21504xf32>, tensor<62x5376x16xf32>, tensor<62x16x16x128xf32>, tensor<62xi1>, tensor<8x2048xi32>, tensor<8x2048x1xf32>, tensor<64xf32>, tensor<64xf32>, tensor<8x2048x1xf32>, tensor<i32>, tensor<8x2048x5376xbf16>, tensor<62x8x2048x5376xbf16>
    }
    %35 = stablehlo.slice %arg60 [0:8, 1:2048] : (tensor<8x2048xi32>) -> tensor<8x2047xi32>
    %36 = stablehlo.convert %35 : (tensor<8x2047xi32>) -> tensor<8x2047xf32>
    %37 = stablehlo.slice %arg61 [0:8, 1:2048] : (tensor<8x2048xi32>) -> tensor<8x2047xi32>
    %38 = stablehlo.slice %arg61 [0:8, 0:2047] : (tensor<8x2048xi32>) -> tensor<8x2047xi32>
    %39 = stablehlo.compare EQ, %37, %38, SIGNED : (tensor<8x2047xi32>, tensor<8x2047xi32>) -> tensor<8x2047xi1>
    %40 = stablehlo.convert %39 : (tensor<8x2047xi1>) -> tensor<8x2047xf32>
    %41 = stablehlo.multiply %36, %40 : tensor<8x2047xf32>
    %42 = stablehlo.slice %arg59 [0:8, 1:2048] : (tensor<8x2048xi32>) -> tensor<8x2047xi32>
    %43 = stablehlo.slice %34#34 [0:8, 0:2047, 0:5376] : (tensor<8x2048x5376xbf16>) -> tensor<8x2047x5376xbf16>
    %cst_14 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %44 = stablehlo.reduce(%41 init: %cst_14) applies stablehlo.add across dimensions = [0, 1] : (tensor<8x2047xf32>, tensor<f32>) -> tensor<f32>
    %c_15 = stablehlo.constant dense<0> : tensor<i32>
    %45 = call @_pad(%43, %c_15) : (tensor<8x2047x5376xbf16>, tensor<i32>) -> tensor<8x2048x5376xbf16>
    %46 = stablehlo.reshape %45 : (tensor<8x2048x5376xbf16>) -> tensor<8x4x512x5376xbf16>
    %47 = stablehlo.transpose %46, dims = [1, 0, 2, 3] : (tensor<8x4x512x5376xbf16>) -> tensor<4x8x512x5376xbf16>
    %c_16 = stablehlo.constant dense<0> : tensor<i32>
    %48 = call @_pad_16(%42, %c_16) : (tensor<8x2047xi32>, tensor<i32>) -> tensor<8x2048xi32>
    %49 = stablehlo.reshape %48 : (tensor<8x2048xi32>) -> tensor<8x4x512xi32>
    %50 = stablehlo.transpose %49, dims = [1, 0, 2] : (tensor<8x4x512xi32>) -> tensor<4x8x512xi32>
    %c_17 = stablehlo.constant dense<0> : tensor<i32>
    %51 = call @_pad_17(%41, %c_17) : (tensor<8x2047xf32>, tensor<i32>) -> tensor<8x2048xf32>
    %52 = stablehlo.reshape %51 : (tensor<8x2048xf32>) -> tensor<8x4x512xf32>
    %53 = stablehlo.transpose %52, dims = [1, 0, 2] : (tensor<8x4x512xf32>) -> tensor<4x8x512xf32>
    %cst_18 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %54 = stablehlo.broadcast_in_dim %cst_18, dims = [] : (tensor<f32>) -> tensor<4xf32>
    %cst_19 = stablehlo.constant dense<0.000000e+00> : tensor<bf16>
    %55 = stablehlo.broadcast_in_dim %cst_19, dims = [] : (tensor<bf16>) -> tensor<4x8x512x5376xbf16>
    %c_20 = stablehlo.constant dense<0> : tensor<i32>
    %56:8 = stablehlo.while(%iterArg = %47, %iterArg_221 = %50, %iterArg_222 = %53, %iterArg_223 = %arg58, %iterArg_224 = %arg44, %iterArg_225 = %c_20, %iterArg_226 = %54, %iterArg_227 = %55) : tensor<4x8x512x5376xbf16>, tensor<4x8x512xi32>, tensor<4x8x512xf32>, tensor<5376xbf16>, tensor<262208x5376xbf16>, tensor<i32>, tensor<4xf32>, tensor<4x8x512x5376xbf16>
    cond {
      %c_228 = stablehlo.constant dense<4> : tensor<i32>
      %745 = stablehlo.compare LT, %iterArg_225, %c_228, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
      stablehlo.return %745 : tensor<i1>
    } do {
      %745 = func.call @dynamic_index_in_dim_18(%iterArg, %iterArg_225) : (tensor<4x8x512x5376xbf16>, tensor<i32>) -> tensor<8x512x5376xbf16>
      %746 = func.call @dynamic_index_in_dim_19(%iterArg_221, %iterArg_225) : (tensor<4x8x512xi32>, tensor<i32>) -> tensor<8x512xi32>
      %747 = func.call @dynamic_index_in_dim_20(%iterArg_222, %iterArg_225) : (tensor<4x8x512xf32>, tensor<i32>) -> tensor<8x512xf32>
      %748:2 = func.call @closed_call_21(%iterArg_223, %iterArg_224, %745, %746, %747) : (tensor<5376xbf16>, tensor<262208x5376xbf16>, tensor<8x512x5376xbf16>, tensor<8x512xi32>, tensor<8x512xf32>) -> (tensor<f32>, tensor<8x512x5376xbf16>)
      %749 = func.call @dynamic_update_index_in_dim_23(%iterArg_226, %748#0, %iterArg_225) : (tensor<4xf32>, tensor<f32>, tensor<i32>) -> tensor<4xf32>
      %750 = func.call @dynamic_update_index_in_dim_24(%iterArg_227, %748#1, %iterArg_225) : (tensor<4x8x512x5376xbf16>, tensor<8x512x5376xbf16>, tensor<i32>) -> tensor<4x8x512x5376xbf16>
      %c_228 = stablehlo.constant dense<1> : tensor<i32>
      %751 = stablehlo.add %iterArg_225, %c_228 : tensor<i32>
      stablehlo.return %iterArg, %iterArg_221, %iterArg_222, %iterArg_223, %iterArg_224, %751, %749, %750 : tensor<4x8x512x5376xbf16>, tensor<4x8x512xi32>, tensor<4x8x512xf32>, tensor<5376xbf16>, tensor<262208x5376xbf16>, tensor<i32>, tensor<4xf32>, tensor<4x8x512x5376xbf16>
    }
    %cst_21 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %57 = stablehlo.reduce(%56#6 init: %cst_21) applies stablehlo.add across dimensions = [0] : (tensor<4xf32>, tensor<f32>) -> tensor<f32>
    %cst_22 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %58 = stablehlo.reduce(%41 init: %cst_22) applies stablehlo.add across dimensions = [0, 1] : (tensor<8x2047xf32>, tensor<f32>) -> tensor<f32>
    %cst_23 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %59 = stablehlo.convert %56#7 : (tensor<4x8x512x5376xbf16>) -> tensor<4x8x512x5376xf32>
    %60 = stablehlo.broadcast_in_dim %cst_23, dims = [] : (tensor<f32>) -> tensor<4x8x512x5376xf32>
    %61 = stablehlo.multiply %60, %59 : tensor<4x8x512x5376xf32>
    %62 = stablehlo.convert %61 : (tensor<4x8x512x5376xf32>) -> tensor<4x8x512x5376xbf16>
    %63 = stablehlo.transpose %62, dims = [1, 0, 2, 3] : (tensor<4x8x512x5376xbf16>) -> tensor<8x4x512x5376xbf16>
    %64 = stablehlo.reshape %63 : (tensor<8x4x512x5376xbf16>) -> tensor<8x2048x5376xbf16>
    %65 = call @_pad_25(%64) : (tensor<8x2048x5376xbf16>) -> tensor<8x2047x5376xbf16>
    %cst_24 = stablehlo.constant dense<0.000000e+00> : tensor<bf16>
    %66 = stablehlo.pad %65, %cst_24, low = [0, 0, 0], high = [0, 1, 0], interior = [0, 0, 0] : (tensor<8x2047x5376xbf16>, tensor<bf16>) -> tensor<8x2048x5376xbf16>
    %cst_25 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %67 = stablehlo.broadcast_in_dim %cst_25, dims = [] : (tensor<f32>) -> tensor<62x21504x16xf32>
    %cst_26 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %68 = stablehlo.broadcast_in_dim %cst_26, dims = [] : (tensor<f32>) -> tensor<62x16x5376xf32>
    %cst_27 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %69 = stablehlo.broadcast_in_dim %cst_27, dims = [] : (tensor<f32>) -> tensor<62x5376x16xf32>
    %cst_28 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %70 = stablehlo.broadcast_in_dim %cst_28, dims = [] : (tensor<f32>) -> tensor<62x16x21504xf32>
    %cst_29 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %71 = stablehlo.broadcast_in_dim %cst_29, dims = [] : (tensor<f32>) -> tensor<62x5376x16xf32>
    %cst_30 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %72 = stablehlo.broadcast_in_dim %cst_30, dims = [] : (tensor<f32>) -> tensor<62x16x16x128xf32>
    %cst_31 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %73 = stablehlo.broadcast_in_dim %cst_31, dims = [] : (tensor<f32>) -> tensor<62x32x128x16xf32>
    %cst_32 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %74 = stablehlo.broadcast_in_dim %cst_32, dims = [] : (tensor<f32>) -> tensor<62x16x5376xf32>
    %cst_33 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %75 = stablehlo.broadcast_in_dim %cst_33, dims = [] : (tensor<f32>) -> tensor<62x5376x16xf32>
    %cst_34 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %76 = stablehlo.broadcast_in_dim %cst_34, dims = [] : (tensor<f32>) -> tensor<62x16x32x128xf32>
    %cst_35 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %77 = stablehlo.broadcast_in_dim %cst_35, dims = [] : (tensor<f32>) -> tensor<62x5376x16xf32>
    %cst_36 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %78 = stablehlo.broadcast_in_dim %cst_36, dims = [] : (tensor<f32>) -> tensor<62x16x21504xf32>
    %cst_37 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %79 = stablehlo.broadcast_in_dim %cst_37, dims = [] : (tensor<f32>) -> tensor<62x5376x16xf32>
    %cst_38 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %80 = stablehlo.broadcast_in_dim %cst_38, dims = [] : (tensor<f32>) -> tensor<62x16x16x128xf32>
    %c_39 = stablehlo.constant dense<0> : tensor<i32>
    %81:47 = stablehlo.while(%iterArg = %34#35, %iterArg_221 = %arg45, %iterArg_222 = %arg46, %iterArg_223 = %arg47, %iterArg_224 = %arg48, %iterArg_225 = %arg49, %iterArg_226 = %arg50, %iterArg_227 = %arg51, %iterArg_228 = %arg52, %iterArg_229 = %arg53, %iterArg_230 = %arg54, %iterArg_231 = %arg55, %iterArg_232 = %arg56, %iterArg_233 = %arg57, %iterArg_234 = %arg0, %iterArg_235 = %arg1, %iterArg_236 = %arg2, %iterArg_237 = %arg3, %iterArg_238 = %arg4, %iterArg_239 = %arg5, %iterArg_240 = %arg6, %iterArg_241 = %arg7, %iterArg_242 = %arg8, %iterArg_243 = %arg9, %iterArg_244 = %arg10, %iterArg_245 = %arg11, %iterArg_246 = %arg12, %iterArg_247 = %arg13, %iterArg_248 = %c, %iterArg_249 = %arg62, %iterArg_250 = %arg61, %iterArg_251 = %c_39, %iterArg_252 = %66, %iterArg_253 = %67, %iterArg_254 = %68, %iterArg_255 = %69, %iterArg_256 = %70, %iterArg_257 = %71, %iterArg_258 = %72, %iterArg_259 = %73, %iterArg_260 = %74, %iterArg_261 = %75, %iterArg_262 = %76, %iterArg_263 = %77, %iterArg_264 = %78, %iterArg_265 = %79, %iterArg_266 = %80) : tensor<62x8x2048x5376xbf16>, tensor<62x5376xbf16>, tensor<62x32x5376x128xbf16>, tensor<62x16x5376x128xbf16>, tensor<62x16x5376x128xbf16>, tensor<62x32x128x5376xbf16>, tensor<62x128xbf16>, tensor<62x128xbf16>, tensor<62x5376xbf16>, tensor<62x5376xbf16>, tensor<62x5376x21504xbf16>, tensor<62x5376x21504xbf16>, tensor<62x21504x5376xbf16>, tensor<62x5376xbf16>, tensor<62x21504x16xf32>, tensor<62x16x5376xf32>, tensor<62x5376x16xf32>, tensor<62x16x21504xf32>, tensor<62x5376x16xf32>, tensor<62x16x16x128xf32>, tensor<62x32x128x16xf32>, tensor<62x16x5376xf32>, tensor<62x5376x16xf32>, tensor<62x16x32x128xf32>, tensor<62x5376x16xf32>, tensor<62x16x21504xf32>, tensor<62x5376x16xf32>, tensor<62x16x16x128xf32>, tensor<62xi1>, tensor<8x2048xi32>, tensor<8x2048xi32>, tensor<i32>, tensor<8x2048x5376xbf16>, tensor<62x21504x16xf32>, tensor<62x16x5376xf32>, tensor<62x5376x16xf32>, tensor<62x16x21504xf32>, tensor<62x5376x16xf32>, tensor<62x16x16x128xf32>, tensor<62x32x128x16xf32>, tensor<62x16x5376xf32>, tensor<62x5376x16xf32>, tensor<62x16x32x128xf32>, tensor<62x5376x16xf32>, tensor<62x16x21504xf32>, tensor<62x5376x16xf32>, tensor<62x16x16x128xf32>
    cond {
      %c_267 = stablehlo.constant dense<62> : tensor<i32>
      %745 = stablehlo.compare LT, %iterArg_251, %c_267, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
      stablehlo.return %745 : tensor<i1>
    } do {
      %c_267 = stablehlo.constant dense<62> : tensor<i32>
      %745 = stablehlo.subtract %c_267, %iterArg_251 : tensor<i32>
      %c_268 = stablehlo.constant dense<1> : tensor<i32>
      %746 = stablehlo.subtract %745, %c_268 : tensor<i32>
      %747 = func.call @dynamic_index_in_dim_26(%iterArg, %746) : (tensor<62x8x2048x5376xbf16>, tensor<i32>) -> tensor<8x2048x5376xbf16>
      %748 = func.call @dynamic_index_in_dim(%iterArg_221, %746) : (tensor<62x5376xbf16>, tensor<i32>) -> tensor<5376xbf16>
      %749 = func.call @dynamic_index_in_dim_0(%iterArg_222, %746) : (tensor<62x32x5376x128xbf16>, tensor<i32>) -> tensor<32x5376x128xbf16>
      %750 = func.call @dynamic_index_in_dim_1(%iterArg_223, %746) : (tensor<62x16x5376x128xbf16>, tensor<i32>) -> tensor<16x5376x128xbf16>
      %751 = func.call @dynamic_index_in_dim_1(%iterArg_224, %746) : (tensor<62x16x5376x128xbf16>, tensor<i32>) -> tensor<16x5376x128xbf16>
      %752 = func.call @dynamic_index_in_dim_2(%iterArg_225, %746) : (tensor<62x32x128x5376xbf16>, tensor<i32>) -> tensor<32x128x5376xbf16>
      %753 = func.call @dynamic_index_in_dim_3(%iterArg_226, %746) : (tensor<62x128xbf16>, tensor<i32>) -> tensor<128xbf16>
      %754 = func.call @dynamic_index_in_dim_3(%iterArg_227, %746) : (tensor<62x128xbf16>, tensor<i32>) -> tensor<128xbf16>
      %755 = func.call @dynamic_index_in_dim(%iterArg_228, %746) : (tensor<62x5376xbf16>, tensor<i32>) -> tensor<5376xbf16>
      %756 = func.call @dynamic_index_in_dim(%iterArg_229, %746) : (tensor<62x5376xbf16>, tensor<i32>) -> tensor<5376xbf16>
      %757 = func.call @dynamic_index_in_dim_4(%iterArg_230, %746) : (tensor<62x5376x21504xbf16>, tensor<i32>) -> tensor<5376x21504xbf16>
      %758 = func.call @dynamic_index_in_dim_4(%iterArg_231, %746) : (tensor<62x5376x21504xbf16>, tensor<i32>) -> tensor<5376x21504xbf16>
      %759 = func.call @dynamic_index_in_dim_5(%iterArg_232, %746) : (tensor<62x21504x5376xbf16>, tensor<i32>) -> tensor<21504x5376xbf16>
      %760 = func.call @dynamic_index_in_dim(%iterArg_233, %746) : (tensor<62x5376xbf16>, tensor<i32>) -> tensor<5376xbf16>
      %761 = func.call @dynamic_index_in_dim_6(%iterArg_234, %746) : (tensor<62x21504x16xf32>, tensor<i32>) -> tensor<21504x16xf32>
      %762 = func.call @dynamic_index_in_dim_7(%iterArg_235, %746) : (tensor<62x16x5376xf32>, tensor<i32>) -> tensor<16x5376xf32>
      %763 = func.call @dynamic_index_in_dim_8(%iterArg_236, %746) : (tensor<62x5376x16xf32>, tensor<i32>) -> tensor<5376x16xf32>
      %764 = func.call @dynamic_index_in_dim_9(%iterArg_237, %746) : (tensor<62x16x21504xf32>, tensor<i32>) -> tensor<16x21504xf32>
      %765 = func.call @dynamic_index_in_dim_8(%iterArg_238, %746) : (tensor<62x5376x16xf32>, tensor<i32>) -> tensor<5376x16xf32>
      %766 = func.call @dynamic_index_in_dim_10(%iterArg_239, %746) : (tensor<62x16x16x128xf32>, tensor<i32>) -> tensor<16x16x128xf32>
      %767 = func.call @dynamic_index_in_dim_11(%iterArg_240, %746) : (tensor<62x32x128x16xf32>, tensor<i32>) -> tensor<32x128x16xf32>
      %768 = func.call @dynamic_index_in_dim_7(%iterArg_241, %746) : (tensor<62x16x5376xf32>, tensor<i32>) -> tensor<16x5376xf32>
      %769 = func.call @dynamic_index_in_dim_8(%iterArg_242, %746) : (tensor<62x5376x16xf32>, tensor<i32>) -> tensor<5376x16xf32>
      %770 = func.call @dynamic_index_in_dim_12(%iterArg_243, %746) : (tensor<62x16x32x128xf32>, tensor<i32>) -> tensor<16x32x128xf32>
      %771 = func.call @dynamic_index_in_dim_8(%iterArg_244, %746) : (tensor<62x5376x16xf32>, tensor<i32>) -> tensor<5376x16xf32>
      %772 = func.call @dynamic_index_in_dim_9(%iterArg_245, %746) : (tensor<62x16x21504xf32>, tensor<i32>) -> tensor<16x21504xf32>
      %773 = func.call @dynamic_index_in_dim_8(%iterArg_246, %746) : (tensor<62x5376x16xf32>, tensor<i32>) -> tensor<5376x16xf32>
      %774 = func.call @dynamic_index_in_dim_10(%iterArg_247, %746) : (tensor<62x16x16x128xf32>, tensor<i32>) -> tensor<16x16x128xf32>
      %775 = func.call @dynamic_index_in_dim_13(%iterArg_248, %746) : (tensor<62xi1>, tensor<i32>) -> tensor<i1>
      %776:15 = func.call @closed_call_27(%iterArg_249, %iterArg_250, %iterArg_252, %747, %748, %749, %750, %751, %752, %753, %754, %755, %756, %757, %758, %759, %760, %761, %762, %763, %764, %765, %766, %767, %768, %769, %770, %771, %772, %773, %774, %775) : (tensor<8x2048xi32>, tensor<8x2048xi32>, tensor<8x2048x5376xbf16>, tensor<8x2048x5376xbf16>, tensor<5376xbf16>, tensor<32x5376x128xbf16>, tensor<16x5376x128xbf16>, tensor<16x5376x128xbf16>, tensor<32x128x5376xbf16>, tensor<128xbf16>, tensor<128xbf16>, tensor<5376xbf16>, tensor<5376xbf16>, tensor<5376x21504xbf16>, tensor<5376x21504xbf16>, tensor<21504x5376xbf16>, tensor<5376xbf16>, tensor<21504x16xf32>, tensor<16x5376xf32>, tensor<5376x16xf32>, tensor<16x21504xf32>, tensor<5376x16xf32>, tensor<16x16x128xf32>, tensor<32x128x16xf32>, tensor<16x5376xf32>, tensor<5376x16xf32>, tensor<16x32x128xf32>, tensor<5376x16xf32>, tensor<16x21504xf32>, tensor<5376x16xf32>, tensor<16x16x128xf32>, tensor<i1>) -> (tensor<8x2048x5376xbf16>, tensor<21504x16xf32>, tensor<16x5376xf32>, tensor<5376x16xf32>, tensor<16x21504xf32>, tensor<5376x16xf32>, tensor<16x16x128xf32>, tensor<32x128x16xf32>, tensor<16x5376xf32>, tensor<5376x16xf32>, tensor<16x32x128xf32>, tensor<5376x16xf32>, tensor<16x21504xf32>, tensor<5376x16xf32>, tensor<16x16x128xf32>)
      %777 = func.call @dynamic_update_index_in_dim_31(%iterArg_253, %776#1, %746) : (tensor<62x21504x16xf32>, tensor<21504x16xf32>, tensor<i32>) -> tensor<62x21504x16xf32>
      %778 = func.call @dynamic_update_index_in_dim_32(%iterArg_254, %776#2, %746) : (tensor<62x16x5376xf32>, tensor<16x5376xf32>, tensor<i32>) -> tensor<62x16x5376xf32>
      %779 = func.call @dynamic_update_index_in_dim_33(%iterArg_255, %776#3, %746) : (tensor<62x5376x16xf32>, tensor<5376x16xf32>, tensor<i32>) -> tensor<62x5376x16xf32>
      %780 = func.call @dynamic_update_index_in_dim_34(%iterArg_256, %776#4, %746) : (tensor<62x16x21504xf32>, tensor<16x21504xf32>, tensor<i32>) -> tensor<62x16x21504xf32>
      %781 = func.call @dynamic_update_index_in_dim_33(%iterArg_257, %776#5, %746) : (tensor<62x5376x16xf32>, tensor<5376x16xf32>, tensor<i32>) -> tensor<62x5376x16xf32>
      %782 = func.call @dynamic_update_index_in_dim_35(%iterArg_258, %776#6, %746) : (tensor<62x16x16x128xf32>, tensor<16x16x128xf32>, tensor<i32>) -> tensor<62x16x16x128xf32>
      %783 = func.call @dynamic_update_index_in_dim_36(%iterArg_259, %776#7, %746) : (tensor<62x32x128x16xf32>, tensor<32x128x16xf32>, tensor<i32>) -> tensor<62x32x128x16xf32>
      %784 = func.call @dynamic_update_index_in_dim_32(%iterArg_260, %776#8, %746) : (tensor<62x16x5376xf32>, tensor<16x5376xf32>, tensor<i32>) -> tensor<62x16x5376xf32>
      %785 = func.call @dynamic_update_index_in_dim_33(%iterArg_261, %776#9, %746) : (tensor<62x5376x16xf32>, tensor<5376x16xf32>, tensor<i32>) -> tensor<62x5376x16xf32>
      %786 = func.call @dynamic_update_index_in_dim_37(%iterArg_262, %776#10, %746) : (tensor<62x16x32x128xf32>, tensor<16x32x128xf32>, tensor<i32>) -> tensor<62x16x32x128xf32>
      %787 = func.call @dynamic_update_index_in_dim_33(%iterArg_263, %776#11, %746) : (tensor<62x5376x16xf32>, tensor<5376x16xf32>, tensor<i32>) -> tensor<62x5376x16xf32>
      %788 = func.call @dynamic_update_index_in_dim_34(%iterArg_264, %776#12, %746) : (tensor<62x16x21504xf32>, tensor<16x21504xf32>, tensor<i32>) -> tensor<62x16x21504xf32>
      %789 = func.call @dynamic_update_index_in_dim_33(%iterArg_265, %776#13, %746) : (tensor<62x5376x16xf32>, tensor<5376x16xf32>, tensor<i32>) -> tensor<62x5376x16xf32>
      %790 = func.call @dynamic_update_index_in_dim_35(%iterArg_266, %776#14, %746) : (tensor<62x16x16x128xf32>, tensor<16x16x128xf32>, tensor<i32>) -> tensor<62x16x16x128xf32>
      %c_269 = stablehlo.constant dense<1> : tensor<i32>
      %791 = stablehlo.add %iterArg_251, %c_269 : tensor<i32>
      stablehlo.return %iterArg, %iterArg_221, %iterArg_222, %iterArg_223, %iterArg_224, %iterArg_225, %iterArg_226, %iterArg_227, %iterArg_228, %iterArg_229, %iterArg_230, %iterArg_231, %iterArg_232, %iterArg_233, %iterArg_234, %iterArg_235, %iterArg_236, %iterArg_237, %iterArg_238, %iterArg_239, %iterArg_240, %iterArg_241, %iterArg_242, %iterArg_243, %iterArg_244, %iterArg_245, %iterArg_246, %iterArg_247, %iterArg_248, %iterArg_249, %iterArg_250, %791, %776#0, %777, %778, %779, %780, %781, %782, %783, %784, %785, %786, %787, %788, %789, %790 : tensor<62x8x2048x5376xbf16>, tensor<62x5376xbf16>, tensor<62x32x5376x128xbf16>, tensor<62x16x5376x128xbf16>, tensor<62x16x5376x128xbf16>, tensor<62x32x128x5376xbf16>, tensor<62x128xbf16>, tensor<62x128xbf16>, tensor<62x5376xbf16>, tensor<62x5376xbf16>, tensor<62x5376x21504xbf16>, tensor<62x5376x21504xbf16>, tensor<62x21504x5376xbf16>, tensor<62x5376xbf16>, tensor<62x21504x16xf32>, tensor<62x16x5376xf32>, tensor<62x5376x16xf32>, tensor<62x16x21504xf32>, tensor<62x5376x16xf32>, tensor<62x16x16x128xf32>, tensor<62x32x128x16xf32>, tensor<62x16x5376xf32>, tensor<62x5376x16xf32>, tensor<62x16x32x128xf32>, tensor<62x5376x16xf32>, tensor<62x16x21504xf32>, tensor<62x5376x16xf32>, tensor<62x16x16x128xf32>, tensor<62xi1>, tensor<8x2048xi32>, tensor<8x2048xi32>, tensor<i32>, tensor<8x2048x5376xbf16>, tensor<62x21504x16xf32>, tensor<62x16x5376xf32>, tensor<62x5376x16xf32>, tensor<62x16x21504xf32>, tensor<62x5376x16xf32>, tensor<62x16x16x128xf32>, tensor<62x32x128x16xf32>, tensor<62x16x5376xf32>, tensor<62x5376x16xf32>, tensor<62x16x32x128xf32>, tensor<62x5376x16xf32>, tensor<62x16x21504xf32>, tensor<62x5376x16xf32>, tensor<62x16x16x128xf32>
    }
    %cst_40 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %82 = stablehlo.maximum %58, %cst_40 : tensor<f32>
    %cst_41 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %83 = stablehlo.divide %cst_41, %82 : tensor<f32>
    %84 = stablehlo.broadcast_in_dim %83, dims = [] : (tensor<f32>) -> tensor<62x21504x16xf32>
    %85 = stablehlo.multiply %81#33, %84 : tensor<62x21504x16xf32>
    %86 = stablehlo.broadcast_in_dim %83, dims = [] : (tensor<f32>) -> tensor<62x16x5376xf32>
    %87 = stablehlo.multiply %81#34, %86 : tensor<62x16x5376xf32>
    %88 = stablehlo.broadcast_in_dim %83, dims = [] : (tensor<f32>) -> tensor<62x5376x16xf32>
    %89 = stablehlo.multiply %81#35, %88 : tensor<62x5376x16xf32>
    %90 = stablehlo.broadcast_in_dim %83, dims = [] : (tensor<f32>) -> tensor<62x16x21504xf32>
    %91 = stablehlo.multiply %81#36, %90 : tensor<62x16x21504xf32>
    %92 = stablehlo.broadcast_in_dim %83, dims = [] : (tensor<f32>) -> tensor<62x5376x16xf32>
    %93 = stablehlo.multiply %81#37, %92 : tensor<62x5376x16xf32>
    %94 = stablehlo.broadcast_in_dim %83, dims = [] : (tensor<f32>) -> tensor<62x16x16x128xf32>
    %95 = stablehlo.multiply %81#38, %94 : tensor<62x16x16x128xf32>
    %96 = stablehlo.broadcast_in_dim %83, dims = [] : (tensor<f32>) -> tensor<62x32x128x16xf32>
    %97 = stablehlo.multiply %81#39, %96 : tensor<62x32x128x16xf32>
    %98 = stablehlo.broadcast_in_dim %83, dims = [] : (tensor<f32>) -> tensor<62x16x5376xf32>
    %99 = stablehlo.multiply %81#40, %98 : tensor<62x16x5376xf32>
    %100 = stablehlo.broadcast_in_dim %83, dims = [] : (tensor<f32>) -> tensor<62x5376x16xf32>
    %101 = stablehlo.multiply %81#41, %100 : tensor<62x5376x16xf32>
    %102 = stablehlo.broadcast_in_dim %83, dims = [] : (tensor<f32>) -> tensor<62x16x32x128xf32>
    %103 = stablehlo.multiply %81#42, %102 : tensor<62x16x32x128xf32>
    %104 = stablehlo.broadcast_in_dim %83, dims = [] : (tensor<f32>) -> tensor<62x5376x16xf32>
    %105 = stablehlo.multiply %81#43, %104 : tensor<62x5376x16xf32>
    %106 = stablehlo.broadcast_in_dim %83, dims = [] : (tensor<f32>) -> tensor<62x16x21504xf32>
    %107 = stablehlo.multiply %81#44, %106 : tensor<62x16x21504xf32>
    %108 = stablehlo.broadcast_in_dim %83, dims = [] : (tensor<f32>) -> tensor<62x5376x16xf32>
    %109 = stablehlo.multiply %81#45, %108 : tensor<62x5376x16xf32>
    %110 = stablehlo.broadcast_in_dim %83, dims = [] : (tensor<f32>) -> tensor<62x16x16x128xf32>
    %111 = stablehlo.multiply %81#46, %110 : tensor<62x16x16x128xf32>
    %112 = stablehlo.multiply %57, %83 : tensor<f32>
    %113 = stablehlo.subtract %44, %58 : tensor<f32>
    %114 = chlo.square %85 : tensor<62x21504x16xf32> -> tensor<62x21504x16xf32>
    %cst_42 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %115 = stablehlo.broadcast_in_dim %cst_42, dims = [] : (tensor<f32>) -> tensor<62x21504x16xf32>
    %116 = chlo.square %115 : tensor<62x21504x16xf32> -> tensor<62x21504x16xf32>
    %117 = stablehlo.add %114, %116 : tensor<62x21504x16xf32>
    %118 = chlo.square %87 : tensor<62x16x5376xf32> -> tensor<62x16x5376xf32>
    %cst_43 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %119 = stablehlo.broadcast_in_dim %cst_43, dims = [] : (tensor<f32>) -> tensor<62x16x5376xf32>
    %120 = chlo.square %119 : tensor<62x16x5376xf32> -> tensor<62x16x5376xf32>
    %121 = stablehlo.add %118, %120 : tensor<62x16x5376xf32>
    %122 = chlo.square %89 : tensor<62x5376x16xf32> -> tensor<62x5376x16xf32>
    %cst_44 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %123 = stablehlo.broadcast_in_dim %cst_44, dims = [] : (tensor<f32>) -> tensor<62x5376x16xf32>
    %124 = chlo.square %123 : tensor<62x5376x16xf32> -> tensor<62x5376x16xf32>
    %125 = stablehlo.add %122, %124 : tensor<62x5376x16xf32>
    %126 = chlo.square %91 : tensor<62x16x21504xf32> -> tensor<62x16x21504xf32>
    %cst_45 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %127 = stablehlo.broadcast_in_dim %cst_45, dims = [] : (tensor<f32>) -> tensor<62x16x21504xf32>
    %128 = chlo.square %127 : tensor<62x16x21504xf32> -> tensor<62x16x21504xf32>
    %129 = stablehlo.add %126, %128 : tensor<62x16x21504xf32>
    %130 = chlo.square %93 : tensor<62x5376x16xf32> -> tensor<62x5376x16xf32>
    %cst_46 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %131 = stablehlo.broadcast_in_dim %cst_46, dims = [] : (tensor<f32>) -> tensor<62x5376x16xf32>
    %132 = chlo.square %131 : tensor<62x5376x16xf32> -> tensor<62x5376x16xf32>
    %133 = stablehlo.add %130, %132 : tensor<62x5376x16xf32>
    %134 = chlo.square %95 : tensor<62x16x16x128xf32> -> tensor<62x16x16x128xf32>
    %cst_47 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %135 = stablehlo.broadcast_in_dim %cst_47, dims = [] : (tensor<f32>) -> tensor<62x16x16x128xf32>
    %136 = chlo.square %135 : tensor<62x16x16x128xf32> -> tensor<62x16x16x128xf32>
    %137 = stablehlo.add %134, %136 : tensor<62x16x16x128xf32>
    %138 = chlo.square %97 : tensor<62x32x128x16xf32> -> tensor<62x32x128x16xf32>
    %cst_48 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %139 = stablehlo.broadcast_in_dim %cst_48, dims = [] : (tensor<f32>) -> tensor<62x32x128x16xf32>
    %140 = chlo.square %139 : tensor<62x32x128x16xf32> -> tensor<62x32x128x16xf32>
    %141 = stablehlo.add %138, %140 : tensor<62x32x128x16xf32>
    %142 = chlo.square %99 : tensor<62x16x5376xf32> -> tensor<62x16x5376xf32>
    %cst_49 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %143 = stablehlo.broadcast_in_dim %cst_49, dims = [] : (tensor<f32>) -> tensor<62x16x5376xf32>
    %144 = chlo.square %143 : tensor<62x16x5376xf32> -> tensor<62x16x5376xf32>
    %145 = stablehlo.add %142, %144 : tensor<62x16x5376xf32>
    %146 = chlo.square %101 : tensor<62x5376x16xf32> -> tensor<62x5376x16xf32>
    %cst_50 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %147 = stablehlo.broadcast_in_dim %cst_50, dims = [] : (tensor<f32>) -> tensor<62x5376x16xf32>
    %148 = chlo.square %147 : tensor<62x5376x16xf32> -> tensor<62x5376x16xf32>
    %149 = stablehlo.add %146, %148 : tensor<62x5376x16xf32>
    %150 = chlo.square %103 : tensor<62x16x32x128xf32> -> tensor<62x16x32x128xf32>
    %cst_51 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %151 = stablehlo.broadcast_in_dim %cst_51, dims = [] : (tensor<f32>) -> tensor<62x16x32x128xf32>
    %152 = chlo.square %151 : tensor<62x16x32x128xf32> -> tensor<62x16x32x128xf32>
    %153 = stablehlo.add %150, %152 : tensor<62x16x32x128xf32>
    %154 = chlo.square %105 : tensor<62x5376x16xf32> -> tensor<62x5376x16xf32>
    %cst_52 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %155 = stablehlo.broadcast_in_dim %cst_52, dims = [] : (tensor<f32>) -> tensor<62x5376x16xf32>
    %156 = chlo.square %155 : tensor<62x5376x16xf32> -> tensor<62x5376x16xf32>
    %157 = stablehlo.add %154, %156 : tensor<62x5376x16xf32>
    %158 = chlo.square %107 : tensor<62x16x21504xf32> -> tensor<62x16x21504xf32>
    %cst_53 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %159 = stablehlo.broadcast_in_dim %cst_53, dims = [] : (tensor<f32>) -> tensor<62x16x21504xf32>
    %160 = chlo.square %159 : tensor<62x16x21504xf32> -> tensor<62x16x21504xf32>
    %161 = stablehlo.add %158, %160 : tensor<62x16x21504xf32>
    %162 = chlo.square %109 : tensor<62x5376x16xf32> -> tensor<62x5376x16xf32>
    %cst_54 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %163 = stablehlo.broadcast_in_dim %cst_54, dims = [] : (tensor<f32>) -> tensor<62x5376x16xf32>
    %164 = chlo.square %163 : tensor<62x5376x16xf32> -> tensor<62x5376x16xf32>
    %165 = stablehlo.add %162, %164 : tensor<62x5376x16xf32>
    %166 = chlo.square %111 : tensor<62x16x16x128xf32> -> tensor<62x16x16x128xf32>
    %cst_55 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %167 = stablehlo.broadcast_in_dim %cst_55, dims = [] : (tensor<f32>) -> tensor<62x16x16x128xf32>
    %168 = chlo.square %167 : tensor<62x16x16x128xf32> -> tensor<62x16x16x128xf32>
    %169 = stablehlo.add %166, %168 : tensor<62x16x16x128xf32>
    %cst_56 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %170 = stablehlo.reduce(%117 init: %cst_56) applies stablehlo.add across dimensions = [0, 1, 2] : (tensor<62x21504x16xf32>, tensor<f32>) -> tensor<f32>
    %cst_57 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %171 = stablehlo.reduce(%121 init: %cst_57) applies stablehlo.add across dimensions = [0, 1, 2] : (tensor<62x16x5376xf32>, tensor<f32>) -> tensor<f32>
    %cst_58 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %172 = stablehlo.reduce(%125 init: %cst_58) applies stablehlo.add across dimensions = [0, 1, 2] : (tensor<62x5376x16xf32>, tensor<f32>) -> tensor<f32>
    %cst_59 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %173 = stablehlo.reduce(%129 init: %cst_59) applies stablehlo.add across dimensions = [0, 1, 2] : (tensor<62x16x21504xf32>, tensor<f32>) -> tensor<f32>
    %cst_60 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %174 = stablehlo.reduce(%133 init: %cst_60) applies stablehlo.add across dimensions = [0, 1, 2] : (tensor<62x5376x16xf32>, tensor<f32>) -> tensor<f32>
    %cst_61 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %175 = stablehlo.reduce(%137 init: %cst_61) applies stablehlo.add across dimensions = [0, 1, 2, 3] : (tensor<62x16x16x128xf32>, tensor<f32>) -> tensor<f32>
    %cst_62 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %176 = stablehlo.reduce(%141 init: %cst_62) applies stablehlo.add across dimensions = [0, 1, 2, 3] : (tensor<62x32x128x16xf32>, tensor<f32>) -> tensor<f32>
    %cst_63 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %177 = stablehlo.reduce(%145 init: %cst_63) applies stablehlo.add across dimensions = [0, 1, 2] : (tensor<62x16x5376xf32>, tensor<f32>) -> tensor<f32>
    %cst_64 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %178 = stablehlo.reduce(%149 init: %cst_64) applies stablehlo.add across dimensions = [0, 1, 2] : (tensor<62x5376x16xf32>, tensor<f32>) -> tensor<f32>
    %cst_65 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %179 = stablehlo.reduce(%153 init: %cst_65) applies stablehlo.add across dimensions = [0, 1, 2, 3] : (tensor<62x16x32x128xf32>, tensor<f32>) -> tensor<f32>
    %cst_66 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %180 = stablehlo.reduce(%157 init: %cst_66) applies stablehlo.add across dimensions = [0, 1, 2] : (tensor<62x5376x16xf32>, tensor<f32>) -> tensor<f32>
    %cst_67 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %181 = stablehlo.reduce(%161 init: %cst_67) applies stablehlo.add across dimensions = [0, 1, 2] : (tensor<62x16x21504xf32>, tensor<f32>) -> tensor<f32>
    %cst_68 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %182 = stablehlo.reduce(%165 init: %cst_68) applies stablehlo.add across dimensions = [0, 1, 2] : (tensor<62x5376x16xf32>, tensor<f32>) -> tensor<f32>
    %cst_69 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %183 = stablehlo.reduce(%169 init: %cst_69) applies stablehlo.add across dimensions = [0, 1, 2, 3] : (tensor<62x16x16x128xf32>, tensor<f32>) -> tensor<f32>
    %cst_70 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %184 = stablehlo.add %cst_70, %170 : tensor<f32>
    %185 = stablehlo.add %184, %171 : tensor<f32>
    %186 = stablehlo.add %185, %172 : tensor<f32>
    %187 = stablehlo.add %186, %173 : tensor<f32>
    %188 = stablehlo.add %187, %174 : tensor<f32>
    %189 = stablehlo.add %188, %175 : tensor<f32>
    %190 = stablehlo.add %189, %176 : tensor<f32>
    %191 = stablehlo.add %190, %177 : tensor<f32>
    %192 = stablehlo.add %191, %178 : tensor<f32>
    %193 = stablehlo.add %192, %179 : tensor<f32>
    %194 = stablehlo.add %193, %180 : tensor<f32>
    %195 = stablehlo.add %194, %181 : tensor<f32>
    %196 = stablehlo.add %195, %182 : tensor<f32>
    %197 = stablehlo.add %196, %183 : tensor<f32>
    %198 = stablehlo.sqrt %197 : tensor<f32>
    %199 = chlo.square %85 : tensor<62x21504x16xf32> -> tensor<62x21504x16xf32>
    %cst_71 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %200 = stablehlo.broadcast_in_dim %cst_71, dims = [] : (tensor<f32>) -> tensor<62x21504x16xf32>
    %201 = chlo.square %200 : tensor<62x21504x16xf32> -> tensor<62x21504x16xf32>
    %202 = stablehlo.add %199, %201 : tensor<62x21504x16xf32>
    %203 = chlo.square %87 : tensor<62x16x5376xf32> -> tensor<62x16x5376xf32>
    %cst_72 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %204 = stablehlo.broadcast_in_dim %cst_72, dims = [] : (tensor<f32>) -> tensor<62x16x5376xf32>
    %205 = chlo.square %204 : tensor<62x16x5376xf32> -> tensor<62x16x5376xf32>
    %206 = stablehlo.add %203, %205 : tensor<62x16x5376xf32>
    %207 = chlo.square %89 : tensor<62x5376x16xf32> -> tensor<62x5376x16xf32>
    %cst_73 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %208 = stablehlo.broadcast_in_dim %cst_73, dims = [] : (tensor<f32>) -> tensor<62x5376x16xf32>
    %209 = chlo.square %208 : tensor<62x5376x16xf32> -> tensor<62x5376x16xf32>
    %210 = stablehlo.add %207, %209 : tensor<62x5376x16xf32>
    %211 = chlo.square %91 : tensor<62x16x21504xf32> -> tensor<62x16x21504xf32>
    %cst_74 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %212 = stablehlo.broadcast_in_dim %cst_74, dims = [] : (tensor<f32>) -> tensor<62x16x21504xf32>
    %213 = chlo.square %212 : tensor<62x16x21504xf32> -> tensor<62x16x21504xf32>
    %214 = stablehlo.add %211, %213 : tensor<62x16x21504xf32>
    %215 = chlo.square %93 : tensor<62x5376x16xf32> -> tensor<62x5376x16xf32>
    %cst_75 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %216 = stablehlo.broadcast_in_dim %cst_75, dims = [] : (tensor<f32>) -> tensor<62x5376x16xf32>
    %217 = chlo.square %216 : tensor<62x5376x16xf32> -> tensor<62x5376x16xf32>
    %218 = stablehlo.add %215, %217 : tensor<62x5376x16xf32>
    %219 = chlo.square %95 : tensor<62x16x16x128xf32> -> tensor<62x16x16x128xf32>
    %cst_76 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %220 = stablehlo.broadcast_in_dim %cst_76, dims = [] : (tensor<f32>) -> tensor<62x16x16x128xf32>
    %221 = chlo.square %220 : tensor<62x16x16x128xf32> -> tensor<62x16x16x128xf32>
    %222 = stablehlo.add %219, %221 : tensor<62x16x16x128xf32>
    %223 = chlo.square %97 : tensor<62x32x128x16xf32> -> tensor<62x32x128x16xf32>
    %cst_77 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %224 = stablehlo.broadcast_in_dim %cst_77, dims = [] : (tensor<f32>) -> tensor<62x32x128x16xf32>
    %225 = chlo.square %224 : tensor<62x32x128x16xf32> -> tensor<62x32x128x16xf32>
    %226 = stablehlo.add %223, %225 : tensor<62x32x128x16xf32>
    %227 = chlo.square %99 : tensor<62x16x5376xf32> -> tensor<62x16x5376xf32>
    %cst_78 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %228 = stablehlo.broadcast_in_dim %cst_78, dims = [] : (tensor<f32>) -> tensor<62x16x5376xf32>
    %229 = chlo.square %228 : tensor<62x16x5376xf32> -> tensor<62x16x5376xf32>
    %230 = stablehlo.add %227, %229 : tensor<62x16x5376xf32>
    %231 = chlo.square %101 : tensor<62x5376x16xf32> -> tensor<62x5376x16xf32>
    %cst_79 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %232 = stablehlo.broadcast_in_dim %cst_79, dims = [] : (tensor<f32>) -> tensor<62x5376x16xf32>
    %233 = chlo.square %232 : tensor<62x5376x16xf32> -> tensor<62x5376x16xf32>
    %234 = stablehlo.add %231, %233 : tensor<62x5376x16xf32>
    %235 = chlo.square %103 : tensor<62x16x32x128xf32> -> tensor<62x16x32x128xf32>
    %cst_80 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %236 = stablehlo.broadcast_in_dim %cst_80, dims = [] : (tensor<f32>) -> tensor<62x16x32x128xf32>
    %237 = chlo.square %236 : tensor<62x16x32x128xf32> -> tensor<62x16x32x128xf32>
    %238 = stablehlo.add %235, %237 : tensor<62x16x32x128xf32>
    %239 = chlo.square %105 : tensor<62x5376x16xf32> -> tensor<62x5376x16xf32>
    %cst_81 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %240 = stablehlo.broadcast_in_dim %cst_81, dims = [] : (tensor<f32>) -> tensor<62x5376x16xf32>
    %241 = chlo.square %240 : tensor<62x5376x16xf32> -> tensor<62x5376x16xf32>
    %242 = stablehlo.add %239, %241 : tensor<62x5376x16xf32>
    %243 = chlo.square %107 : tensor<62x16x21504xf32> -> tensor<62x16x21504xf32>
    %cst_82 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %244 = stablehlo.broadcast_in_dim %cst_82, dims = [] : (tensor<f32>) -> tensor<62x16x21504xf32>
    %245 = chlo.square %244 : tensor<62x16x21504xf32> -> tensor<62x16x21504xf32>
    %246 = stablehlo.add %243, %245 : tensor<62x16x21504xf32>
    %247 = chlo.square %109 : tensor<62x5376x16xf32> -> tensor<62x5376x16xf32>
    %cst_83 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %248 = stablehlo.broadcast_in_dim %cst_83, dims = [] : (tensor<f32>) -> tensor<62x5376x16xf32>
    %249 = chlo.square %248 : tensor<62x5376x16xf32> -> tensor<62x5376x16xf32>
    %250 = stablehlo.add %247, %249 : tensor<62x5376x16xf32>
    %251 = chlo.square %111 : tensor<62x16x16x128xf32> -> tensor<62x16x16x128xf32>
    %cst_84 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %252 = stablehlo.broadcast_in_dim %cst_84, dims = [] : (tensor<f32>) -> tensor<62x16x16x128xf32>
    %253 = chlo.square %252 : tensor<62x16x16x128xf32> -> tensor<62x16x16x128xf32>
    %254 = stablehlo.add %251, %253 : tensor<62x16x16x128xf32>
    %cst_85 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %255 = stablehlo.reduce(%202 init: %cst_85) applies stablehlo.add across dimensions = [0, 1, 2] : (tensor<62x21504x16xf32>, tensor<f32>) -> tensor<f32>
    %cst_86 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %256 = stablehlo.reduce(%206 init: %cst_86) applies stablehlo.add across dimensions = [0, 1, 2] : (tensor<62x16x5376xf32>, tensor<f32>) -> tensor<f32>
    %cst_87 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %257 = stablehlo.reduce(%210 init: %cst_87) applies stablehlo.add across dimensions = [0, 1, 2] : (tensor<62x5376x16xf32>, tensor<f32>) -> tensor<f32>
    %cst_88 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %258 = stablehlo.reduce(%214 init: %cst_88) applies stablehlo.add across dimensions = [0, 1, 2] : (tensor<62x16x21504xf32>, tensor<f32>) -> tensor<f32>
    %cst_89 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %259 = stablehlo.reduce(%218 init: %cst_89) applies stablehlo.add across dimensions = [0, 1, 2] : (tensor<62x5376x16xf32>, tensor<f32>) -> tensor<f32>
    %cst_90 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %260 = stablehlo.reduce(%222 init: %cst_90) applies stablehlo.add across dimensions = [0, 1, 2, 3] : (tensor<62x16x16x128xf32>, tensor<f32>) -> tensor<f32>
    %cst_91 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %261 = stablehlo.reduce(%226 init: %cst_91) applies stablehlo.add across dimensions = [0, 1, 2, 3] : (tensor<62x32x128x16xf32>, tensor<f32>) -> tensor<f32>
    %cst_92 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %262 = stablehlo.reduce(%230 init: %cst_92) applies stablehlo.add across dimensions = [0, 1, 2] : (tensor<62x16x5376xf32>, tensor<f32>) -> tensor<f32>
    %cst_93 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %263 = stablehlo.reduce(%234 init: %cst_93) applies stablehlo.add across dimensions = [0, 1, 2] : (tensor<62x5376x16xf32>, tensor<f32>) -> tensor<f32>
    %cst_94 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %264 = stablehlo.reduce(%238 init: %cst_94) applies stablehlo.add across dimensions = [0, 1, 2, 3] : (tensor<62x16x32x128xf32>, tensor<f32>) -> tensor<f32>
    %cst_95 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %265 = stablehlo.reduce(%242 init: %cst_95) applies stablehlo.add across dimensions = [0, 1, 2] : (tensor<62x5376x16xf32>, tensor<f32>) -> tensor<f32>
    %cst_96 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %266 = stablehlo.reduce(%246 init: %cst_96) applies stablehlo.add across dimensions = [0, 1, 2] : (tensor<62x16x21504xf32>, tensor<f32>) -> tensor<f32>
    %cst_97 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %267 = stablehlo.reduce(%250 init: %cst_97) applies stablehlo.add across dimensions = [0, 1, 2] : (tensor<62x5376x16xf32>, tensor<f32>) -> tensor<f32>
    %cst_98 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %268 = stablehlo.reduce(%254 init: %cst_98) applies stablehlo.add across dimensions = [0, 1, 2, 3] : (tensor<62x16x16x128xf32>, tensor<f32>) -> tensor<f32>
    %cst_99 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %269 = stablehlo.add %cst_99, %255 : tensor<f32>
    %270 = stablehlo.add %269, %256 : tensor<f32>
    %271 = stablehlo.add %270, %257 : tensor<f32>
    %272 = stablehlo.add %271, %258 : tensor<f32>
    %273 = stablehlo.add %272, %259 : tensor<f32>
    %274 = stablehlo.add %273, %260 : tensor<f32>
    %275 = stablehlo.add %274, %261 : tensor<f32>
    %276 = stablehlo.add %275, %262 : tensor<f32>
    %277 = stablehlo.add %276, %263 : tensor<f32>
    %278 = stablehlo.add %277, %264 : tensor<f32>
    %279 = stablehlo.add %278, %265 : tensor<f32>
    %280 = stablehlo.add %279, %266 : tensor<f32>
    %281 = stablehlo.add %280, %267 : tensor<f32>
    %282 = stablehlo.add %281, %268 : tensor<f32>
    %283 = stablehlo.sqrt %282 : tensor<f32>
    %cst_100 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %284 = stablehlo.compare LT, %283, %cst_100, FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
    %285 = stablehlo.broadcast_in_dim %283, dims = [] : (tensor<f32>) -> tensor<62x21504x16xf32>
    %286 = stablehlo.divide %85, %285 : tensor<62x21504x16xf32>
    %cst_101 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %287 = stablehlo.broadcast_in_dim %cst_101, dims = [] : (tensor<f32>) -> tensor<62x21504x16xf32>
    %288 = stablehlo.multiply %286, %287 : tensor<62x21504x16xf32>
    %289 = stablehlo.select %284, %85, %288 : tensor<i1>, tensor<62x21504x16xf32>
    %290 = stablehlo.broadcast_in_dim %283, dims = [] : (tensor<f32>) -> tensor<62x16x5376xf32>
    %291 = stablehlo.divide %87, %290 : tensor<62x16x5376xf32>
    %cst_102 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %292 = stablehlo.broadcast_in_dim %cst_102, dims = [] : (tensor<f32>) -> tensor<62x16x5376xf32>
    %293 = stablehlo.multiply %291, %292 : tensor<62x16x5376xf32>
    %294 = stablehlo.select %284, %87, %293 : tensor<i1>, tensor<62x16x5376xf32>
    %295 = stablehlo.broadcast_in_dim %283, dims = [] : (tensor<f32>) -> tensor<62x5376x16xf32>
    %296 = stablehlo.divide %89, %295 : tensor<62x5376x16xf32>
    %cst_103 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %297 = stablehlo.broadcast_in_dim %cst_103, dims = [] : (tensor<f32>) -> tensor<62x5376x16xf32>
    %298 = stablehlo.multiply %296, %297 : tensor<62x5376x16xf32>
    %299 = stablehlo.select %284, %89, %298 : tensor<i1>, tensor<62x5376x16xf32>
    %300 = stablehlo.broadcast_in_dim %283, dims = [] : (tensor<f32>) -> tensor<62x16x21504xf32>
    %301 = stablehlo.divide %91, %300 : tensor<62x16x21504xf32>
    %cst_104 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %302 = stablehlo.broadcast_in_dim %cst_104, dims = [] : (tensor<f32>) -> tensor<62x16x21504xf32>
    %303 = stablehlo.multiply %301, %302 : tensor<62x16x21504xf32>
    %304 = stablehlo.select %284, %91, %303 : tensor<i1>, tensor<62x16x21504xf32>
    %305 = stablehlo.broadcast_in_dim %283, dims = [] : (tensor<f32>) -> tensor<62x5376x16xf32>
    %306 = stablehlo.divide %93, %305 : tensor<62x5376x16xf32>
    %cst_105 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %307 = stablehlo.broadcast_in_dim %cst_105, dims = [] : (tensor<f32>) -> tensor<62x5376x16xf32>
    %308 = stablehlo.multiply %306, %307 : tensor<62x5376x16xf32>
    %309 = stablehlo.select %284, %93, %308 : tensor<i1>, tensor<62x5376x16xf32>
    %310 = stablehlo.broadcast_in_dim %283, dims = [] : (tensor<f32>) -> tensor<62x16x16x128xf32>
    %311 = stablehlo.divide %95, %310 : tensor<62x16x16x128xf32>
    %cst_106 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %312 = stablehlo.broadcast_in_dim %cst_106, dims = [] : (tensor<f32>) -> tensor<62x16x16x128xf32>
    %313 = stablehlo.multiply %311, %312 : tensor<62x16x16x128xf32>
    %314 = stablehlo.select %284, %95, %313 : tensor<i1>, tensor<62x16x16x128xf32>
    %315 = stablehlo.broadcast_in_dim %283, dims = [] : (tensor<f32>) -> tensor<62x32x128x16xf32>
    %316 = stablehlo.divide %97, %315 : tensor<62x32x128x16xf32>
    %cst_107 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %317 = stablehlo.broadcast_in_dim %cst_107, dims = [] : (tensor<f32>) -> tensor<62x32x128x16xf32>
    %318 = stablehlo.multiply %316, %317 : tensor<62x32x128x16xf32>
    %319 = stablehlo.select %284, %97, %318 : tensor<i1>, tensor<62x32x128x16xf32>
    %320 = stablehlo.broadcast_in_dim %283, dims = [] : (tensor<f32>) -> tensor<62x16x5376xf32>
    %321 = stablehlo.divide %99, %320 : tensor<62x16x5376xf32>
    %cst_108 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %322 = stablehlo.broadcast_in_dim %cst_108, dims = [] : (tensor<f32>) -> tensor<62x16x5376xf32>
    %323 = stablehlo.multiply %321, %322 : tensor<62x16x5376xf32>
    %324 = stablehlo.select %284, %99, %323 : tensor<i1>, tensor<62x16x5376xf32>
    %325 = stablehlo.broadcast_in_dim %283, dims = [] : (tensor<f32>) -> tensor<62x5376x16xf32>
    %326 = stablehlo.divide %101, %325 : tensor<62x5376x16xf32>
    %cst_109 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %327 = stablehlo.broadcast_in_dim %cst_109, dims = [] : (tensor<f32>) -> tensor<62x5376x16xf32>
    %328 = stablehlo.multiply %326, %327 : tensor<62x5376x16xf32>
    %329 = stablehlo.select %284, %101, %328 : tensor<i1>, tensor<62x5376x16xf32>
    %330 = stablehlo.broadcast_in_dim %283, dims = [] : (tensor<f32>) -> tensor<62x16x32x128xf32>
    %331 = stablehlo.divide %103, %330 : tensor<62x16x32x128xf32>
    %cst_110 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %332 = stablehlo.broadcast_in_dim %cst_110, dims = [] : (tensor<f32>) -> tensor<62x16x32x128xf32>
    %333 = stablehlo.multiply %331, %332 : tensor<62x16x32x128xf32>
    %334 = stablehlo.select %284, %103, %333 : tensor<i1>, tensor<62x16x32x128xf32>
    %335 = stablehlo.broadcast_in_dim %283, dims = [] : (tensor<f32>) -> tensor<62x5376x16xf32>
    %336 = stablehlo.divide %105, %335 : tensor<62x5376x16xf32>
    %cst_111 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %337 = stablehlo.broadcast_in_dim %cst_111, dims = [] : (tensor<f32>) -> tensor<62x5376x16xf32>
    %338 = stablehlo.multiply %336, %337 : tensor<62x5376x16xf32>
    %339 = stablehlo.select %284, %105, %338 : tensor<i1>, tensor<62x5376x16xf32>
    %340 = stablehlo.broadcast_in_dim %283, dims = [] : (tensor<f32>) -> tensor<62x16x21504xf32>
    %341 = stablehlo.divide %107, %340 : tensor<62x16x21504xf32>
    %cst_112 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %342 = stablehlo.broadcast_in_dim %cst_112, dims = [] : (tensor<f32>) -> tensor<62x16x21504xf32>
    %343 = stablehlo.multiply %341, %342 : tensor<62x16x21504xf32>
    %344 = stablehlo.select %284, %107, %343 : tensor<i1>, tensor<62x16x21504xf32>
    %345 = stablehlo.broadcast_in_dim %283, dims = [] : (tensor<f32>) -> tensor<62x5376x16xf32>
    %346 = stablehlo.divide %109, %345 : tensor<62x5376x16xf32>
    %cst_113 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %347 = stablehlo.broadcast_in_dim %cst_113, dims = [] : (tensor<f32>) -> tensor<62x5376x16xf32>
    %348 = stablehlo.multiply %346, %347 : tensor<62x5376x16xf32>
    %349 = stablehlo.select %284, %109, %348 : tensor<i1>, tensor<62x5376x16xf32>
    %350 = stablehlo.broadcast_in_dim %283, dims = [] : (tensor<f32>) -> tensor<62x16x16x128xf32>
    %351 = stablehlo.divide %111, %350 : tensor<62x16x16x128xf32>
    %cst_114 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %352 = stablehlo.broadcast_in_dim %cst_114, dims = [] : (tensor<f32>) -> tensor<62x16x16x128xf32>
    %353 = stablehlo.multiply %351, %352 : tensor<62x16x16x128xf32>
    %354 = stablehlo.select %284, %111, %353 : tensor<i1>, tensor<62x16x16x128xf32>
    %cst_115 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %355 = stablehlo.broadcast_in_dim %cst_115, dims = [] : (tensor<f32>) -> tensor<62x21504x16xf32>
    %356 = stablehlo.multiply %355, %289 : tensor<62x21504x16xf32>
    %cst_116 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %357 = stablehlo.broadcast_in_dim %cst_116, dims = [] : (tensor<f32>) -> tensor<62x21504x16xf32>
    %358 = stablehlo.multiply %357, %arg15 : tensor<62x21504x16xf32>
    %359 = stablehlo.add %356, %358 : tensor<62x21504x16xf32>
    %cst_117 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %360 = stablehlo.broadcast_in_dim %cst_117, dims = [] : (tensor<f32>) -> tensor<62x16x5376xf32>
    %361 = stablehlo.multiply %360, %294 : tensor<62x16x5376xf32>
    %cst_118 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %362 = stablehlo.broadcast_in_dim %cst_118, dims = [] : (tensor<f32>) -> tensor<62x16x5376xf32>
    %363 = stablehlo.multiply %362, %arg16 : tensor<62x16x5376xf32>
    %364 = stablehlo.add %361, %363 : tensor<62x16x5376xf32>
    %cst_119 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %365 = stablehlo.broadcast_in_dim %cst_119, dims = [] : (tensor<f32>) -> tensor<62x5376x16xf32>
    %366 = stablehlo.multiply %365, %299 : tensor<62x5376x16xf32>
    %cst_120 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %367 = stablehlo.broadcast_in_dim %cst_120, dims = [] : (tensor<f32>) -> tensor<62x5376x16xf32>
    %368 = stablehlo.multiply %367, %arg17 : tensor<62x5376x16xf32>
    %369 = stablehlo.add %366, %368 : tensor<62x5376x16xf32>
    %cst_121 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %370 = stablehlo.broadcast_in_dim %cst_121, dims = [] : (tensor<f32>) -> tensor<62x16x21504xf32>
    %371 = stablehlo.multiply %370, %304 : tensor<62x16x21504xf32>
    %cst_122 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %372 = stablehlo.broadcast_in_dim %cst_122, dims = [] : (tensor<f32>) -> tensor<62x16x21504xf32>
    %373 = stablehlo.multiply %372, %arg18 : tensor<62x16x21504xf32>
    %374 = stablehlo.add %371, %373 : tensor<62x16x21504xf32>
    %cst_123 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %375 = stablehlo.broadcast_in_dim %cst_123, dims = [] : (tensor<f32>) -> tensor<62x5376x16xf32>
    %376 = stablehlo.multiply %375, %309 : tensor<62x5376x16xf32>
    %cst_124 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %377 = stablehlo.broadcast_in_dim %cst_124, dims = [] : (tensor<f32>) -> tensor<62x5376x16xf32>
    %378 = stablehlo.multiply %377, %arg19 : tensor<62x5376x16xf32>
    %379 = stablehlo.add %376, %378 : tensor<62x5376x16xf32>
    %cst_125 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %380 = stablehlo.broadcast_in_dim %cst_125, dims = [] : (tensor<f32>) -> tensor<62x16x16x128xf32>
    %381 = stablehlo.multiply %380, %314 : tensor<62x16x16x128xf32>
    %cst_126 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %382 = stablehlo.broadcast_in_dim %cst_126, dims = [] : (tensor<f32>) -> tensor<62x16x16x128xf32>
    %383 = stablehlo.multiply %382, %arg20 : tensor<62x16x16x128xf32>
    %384 = stablehlo.add %381, %383 : tensor<62x16x16x128xf32>
    %cst_127 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %385 = stablehlo.broadcast_in_dim %cst_127, dims = [] : (tensor<f32>) -> tensor<62x32x128x16xf32>
    %386 = stablehlo.multiply %385, %319 : tensor<62x32x128x16xf32>
    %cst_128 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %387 = stablehlo.broadcast_in_dim %cst_128, dims = [] : (tensor<f32>) -> tensor<62x32x128x16xf32>
    %388 = stablehlo.multiply %387, %arg21 : tensor<62x32x128x16xf32>
    %389 = stablehlo.add %386, %388 : tensor<62x32x128x16xf32>
    %cst_129 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %390 = stablehlo.broadcast_in_dim %cst_129, dims = [] : (tensor<f32>) -> tensor<62x16x5376xf32>
    %391 = stablehlo.multiply %390, %324 : tensor<62x16x5376xf32>
    %cst_130 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %392 = stablehlo.broadcast_in_dim %cst_130, dims = [] : (tensor<f32>) -> tensor<62x16x5376xf32>
    %393 = stablehlo.multiply %392, %arg22 : tensor<62x16x5376xf32>
    %394 = stablehlo.add %391, %393 : tensor<62x16x5376xf32>
    %cst_131 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %395 = stablehlo.broadcast_in_dim %cst_131, dims = [] : (tensor<f32>) -> tensor<62x5376x16xf32>
    %396 = stablehlo.multiply %395, %329 : tensor<62x5376x16xf32>
    %cst_132 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %397 = stablehlo.broadcast_in_dim %cst_132, dims = [] : (tensor<f32>) -> tensor<62x5376x16xf32>
    %398 = stablehlo.multiply %397, %arg23 : tensor<62x5376x16xf32>
    %399 = stablehlo.add %396, %398 : tensor<62x5376x16xf32>
    %cst_133 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %400 = stablehlo.broadcast_in_dim %cst_133, dims = [] : (tensor<f32>) -> tensor<62x16x32x128xf32>
    %401 = stablehlo.multiply %400, %334 : tensor<62x16x32x128xf32>
    %cst_134 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %402 = stablehlo.broadcast_in_dim %cst_134, dims = [] : (tensor<f32>) -> tensor<62x16x32x128xf32>
    %403 = stablehlo.multiply %402, %arg24 : tensor<62x16x32x128xf32>
    %404 = stablehlo.add %401, %403 : tensor<62x16x32x128xf32>
    %cst_135 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %405 = stablehlo.broadcast_in_dim %cst_135, dims = [] : (tensor<f32>) -> tensor<62x5376x16xf32>
    %406 = stablehlo.multiply %405, %339 : tensor<62x5376x16xf32>
    %cst_136 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %407 = stablehlo.broadcast_in_dim %cst_136, dims = [] : (tensor<f32>) -> tensor<62x5376x16xf32>
    %408 = stablehlo.multiply %407, %arg25 : tensor<62x5376x16xf32>
    %409 = stablehlo.add %406, %408 : tensor<62x5376x16xf32>
    %cst_137 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %410 = stablehlo.broadcast_in_dim %cst_137, dims = [] : (tensor<f32>) -> tensor<62x16x21504xf32>
    %411 = stablehlo.multiply %410, %344 : tensor<62x16x21504xf32>
    %cst_138 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %412 = stablehlo.broadcast_in_dim %cst_138, dims = [] : (tensor<f32>) -> tensor<62x16x21504xf32>
    %413 = stablehlo.multiply %412, %arg26 : tensor<62x16x21504xf32>
    %414 = stablehlo.add %411, %413 : tensor<62x16x21504xf32>
    %cst_139 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %415 = stablehlo.broadcast_in_dim %cst_139, dims = [] : (tensor<f32>) -> tensor<62x5376x16xf32>
    %416 = stablehlo.multiply %415, %349 : tensor<62x5376x16xf32>
    %cst_140 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %417 = stablehlo.broadcast_in_dim %cst_140, dims = [] : (tensor<f32>) -> tensor<62x5376x16xf32>
    %418 = stablehlo.multiply %417, %arg27 : tensor<62x5376x16xf32>
    %419 = stablehlo.add %416, %418 : tensor<62x5376x16xf32>
    %cst_141 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %420 = stablehlo.broadcast_in_dim %cst_141, dims = [] : (tensor<f32>) -> tensor<62x16x16x128xf32>
    %421 = stablehlo.multiply %420, %354 : tensor<62x16x16x128xf32>
    %cst_142 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %422 = stablehlo.broadcast_in_dim %cst_142, dims = [] : (tensor<f32>) -> tensor<62x16x16x128xf32>
    %423 = stablehlo.multiply %422, %arg28 : tensor<62x16x16x128xf32>
    %424 = stablehlo.add %421, %423 : tensor<62x16x16x128xf32>
    %425 = stablehlo.multiply %289, %289 : tensor<62x21504x16xf32>
    %cst_143 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %426 = stablehlo.broadcast_in_dim %cst_143, dims = [] : (tensor<f32>) -> tensor<62x21504x16xf32>
    %427 = stablehlo.multiply %426, %425 : tensor<62x21504x16xf32>
    %cst_144 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %428 = stablehlo.broadcast_in_dim %cst_144, dims = [] : (tensor<f32>) -> tensor<62x21504x16xf32>
    %429 = stablehlo.multiply %428, %arg29 : tensor<62x21504x16xf32>
    %430 = stablehlo.add %427, %429 : tensor<62x21504x16xf32>
    %431 = stablehlo.multiply %294, %294 : tensor<62x16x5376xf32>
    %cst_145 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %432 = stablehlo.broadcast_in_dim %cst_145, dims = [] : (tensor<f32>) -> tensor<62x16x5376xf32>
    %433 = stablehlo.multiply %432, %431 : tensor<62x16x5376xf32>
    %cst_146 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %434 = stablehlo.broadcast_in_dim %cst_146, dims = [] : (tensor<f32>) -> tensor<62x16x5376xf32>
    %435 = stablehlo.multiply %434, %arg30 : tensor<62x16x5376xf32>
    %436 = stablehlo.add %433, %435 : tensor<62x16x5376xf32>
    %437 = stablehlo.multiply %299, %299 : tensor<62x5376x16xf32>
    %cst_147 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %438 = stablehlo.broadcast_in_dim %cst_147, dims = [] : (tensor<f32>) -> tensor<62x5376x16xf32>
    %439 = stablehlo.multiply %438, %437 : tensor<62x5376x16xf32>
    %cst_148 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %440 = stablehlo.broadcast_in_dim %cst_148, dims = [] : (tensor<f32>) -> tensor<62x5376x16xf32>
    %441 = stablehlo.multiply %440, %arg31 : tensor<62x5376x16xf32>
    %442 = stablehlo.add %439, %441 : tensor<62x5376x16xf32>
    %443 = stablehlo.multiply %304, %304 : tensor<62x16x21504xf32>
    %cst_149 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %444 = stablehlo.broadcast_in_dim %cst_149, dims = [] : (tensor<f32>) -> tensor<62x16x21504xf32>
    %445 = stablehlo.multiply %444, %443 : tensor<62x16x21504xf32>
    %cst_150 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %446 = stablehlo.broadcast_in_dim %cst_150, dims = [] : (tensor<f32>) -> tensor<62x16x21504xf32>
    %447 = stablehlo.multiply %446, %arg32 : tensor<62x16x21504xf32>
    %448 = stablehlo.add %445, %447 : tensor<62x16x21504xf32>
    %449 = stablehlo.multiply %309, %309 : tensor<62x5376x16xf32>
    %cst_151 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %450 = stablehlo.broadcast_in_dim %cst_151, dims = [] : (tensor<f32>) -> tensor<62x5376x16xf32>
    %451 = stablehlo.multiply %450, %449 : tensor<62x5376x16xf32>
    %cst_152 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %452 = stablehlo.broadcast_in_dim %cst_152, dims = [] : (tensor<f32>) -> tensor<62x5376x16xf32>
    %453 = stablehlo.multiply %452, %arg33 : tensor<62x5376x16xf32>
    %454 = stablehlo.add %451, %453 : tensor<62x5376x16xf32>
    %455 = stablehlo.multiply %314, %314 : tensor<62x16x16x128xf32>
    %cst_153 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %456 = stablehlo.broadcast_in_dim %cst_153, dims = [] : (tensor<f32>) -> tensor<62x16x16x128xf32>
    %457 = stablehlo.multiply %456, %455 : tensor<62x16x16x128xf32>
    %cst_154 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %458 = stablehlo.broadcast_in_dim %cst_154, dims = [] : (tensor<f32>) -> tensor<62x16x16x128xf32>
    %459 = stablehlo.multiply %458, %arg34 : tensor<62x16x16x128xf32>
    %460 = stablehlo.add %457, %459 : tensor<62x16x16x128xf32>
    %461 = stablehlo.multiply %319, %319 : tensor<62x32x128x16xf32>
    %cst_155 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %462 = stablehlo.broadcast_in_dim %cst_155, dims = [] : (tensor<f32>) -> tensor<62x32x128x16xf32>
    %463 = stablehlo.multiply %462, %461 : tensor<62x32x128x16xf32>
    %cst_156 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %464 = stablehlo.broadcast_in_dim %cst_156, dims = [] : (tensor<f32>) -> tensor<62x32x128x16xf32>
    %465 = stablehlo.multiply %464, %arg35 : tensor<62x32x128x16xf32>
    %466 = stablehlo.add %463, %465 : tensor<62x32x128x16xf32>
    %467 = stablehlo.multiply %324, %324 : tensor<62x16x5376xf32>
    %cst_157 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %468 = stablehlo.broadcast_in_dim %cst_157, dims = [] : (tensor<f32>) -> tensor<62x16x5376xf32>
    %469 = stablehlo.multiply %468, %467 : tensor<62x16x5376xf32>
    %cst_158 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %470 = stablehlo.broadcast_in_dim %cst_158, dims = [] : (tensor<f32>) -> tensor<62x16x5376xf32>
    %471 = stablehlo.multiply %470, %arg36 : tensor<62x16x5376xf32>
    %472 = stablehlo.add %469, %471 : tensor<62x16x5376xf32>
    %473 = stablehlo.multiply %329, %329 : tensor<62x5376x16xf32>
    %cst_159 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %474 = stablehlo.broadcast_in_dim %cst_159, dims = [] : (tensor<f32>) -> tensor<62x5376x16xf32>
    %475 = stablehlo.multiply %474, %473 : tensor<62x5376x16xf32>
    %cst_160 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %476 = stablehlo.broadcast_in_dim %cst_160, dims = [] : (tensor<f32>) -> tensor<62x5376x16xf32>
    %477 = stablehlo.multiply %476, %arg37 : tensor<62x5376x16xf32>
    %478 = stablehlo.add %475, %477 : tensor<62x5376x16xf32>
    %479 = stablehlo.multiply %334, %334 : tensor<62x16x32x128xf32>
    %cst_161 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %480 = stablehlo.broadcast_in_dim %cst_161, dims = [] : (tensor<f32>) -> tensor<62x16x32x128xf32>
    %481 = stablehlo.multiply %480, %479 : tensor<62x16x32x128xf32>
    %cst_162 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %482 = stablehlo.broadcast_in_dim %cst_162, dims = [] : (tensor<f32>) -> tensor<62x16x32x128xf32>
    %483 = stablehlo.multiply %482, %arg38 : tensor<62x16x32x128xf32>
    %484 = stablehlo.add %481, %483 : tensor<62x16x32x128xf32>
    %485 = stablehlo.multiply %339, %339 : tensor<62x5376x16xf32>
    %cst_163 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %486 = stablehlo.broadcast_in_dim %cst_163, dims = [] : (tensor<f32>) -> tensor<62x5376x16xf32>
    %487 = stablehlo.multiply %486, %485 : tensor<62x5376x16xf32>
    %cst_164 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %488 = stablehlo.broadcast_in_dim %cst_164, dims = [] : (tensor<f32>) -> tensor<62x5376x16xf32>
    %489 = stablehlo.multiply %488, %arg39 : tensor<62x5376x16xf32>
    %490 = stablehlo.add %487, %489 : tensor<62x5376x16xf32>
    %491 = stablehlo.multiply %344, %344 : tensor<62x16x21504xf32>
    %cst_165 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %492 = stablehlo.broadcast_in_dim %cst_165, dims = [] : (tensor<f32>) -> tensor<62x16x21504xf32>
    %493 = stablehlo.multiply %492, %491 : tensor<62x16x21504xf32>
    %cst_166 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %494 = stablehlo.broadcast_in_dim %cst_166, dims = [] : (tensor<f32>) -> tensor<62x16x21504xf32>
    %495 = stablehlo.multiply %494, %arg40 : tensor<62x16x21504xf32>
    %496 = stablehlo.add %493, %495 : tensor<62x16x21504xf32>
    %497 = stablehlo.multiply %349, %349 : tensor<62x5376x16xf32>
    %cst_167 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %498 = stablehlo.broadcast_in_dim %cst_167, dims = [] : (tensor<f32>) -> tensor<62x5376x16xf32>
    %499 = stablehlo.multiply %498, %497 : tensor<62x5376x16xf32>
    %cst_168 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %500 = stablehlo.broadcast_in_dim %cst_168, dims = [] : (tensor<f32>) -> tensor<62x5376x16xf32>
    %501 = stablehlo.multiply %500, %arg41 : tensor<62x5376x16xf32>
    %502 = stablehlo.add %499, %501 : tensor<62x5376x16xf32>
    %503 = stablehlo.multiply %354, %354 : tensor<62x16x16x128xf32>
    %cst_169 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %504 = stablehlo.broadcast_in_dim %cst_169, dims = [] : (tensor<f32>) -> tensor<62x16x16x128xf32>
    %505 = stablehlo.multiply %504, %503 : tensor<62x16x16x128xf32>
    %cst_170 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %506 = stablehlo.broadcast_in_dim %cst_170, dims = [] : (tensor<f32>) -> tensor<62x16x16x128xf32>
    %507 = stablehlo.multiply %506, %arg42 : tensor<62x16x16x128xf32>
    %508 = stablehlo.add %505, %507 : tensor<62x16x16x128xf32>
    %c_171 = stablehlo.constant dense<2147483647> : tensor<i32>
    %509 = stablehlo.compare LT, %arg14, %c_171, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %c_172 = stablehlo.constant dense<1> : tensor<i32>
    %510 = stablehlo.add %arg14, %c_172 : tensor<i32>
    %c_173 = stablehlo.constant dense<2147483647> : tensor<i32>
    %511 = call @_where_38(%509, %510, %c_173) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %cst_174 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %512 = stablehlo.convert %511 : (tensor<i32>) -> tensor<f32>
    %513 = stablehlo.power %cst_174, %512 : tensor<f32>
    %cst_175 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %514 = stablehlo.subtract %cst_175, %513 : tensor<f32>
    %515 = stablehlo.broadcast_in_dim %514, dims = [] : (tensor<f32>) -> tensor<62x21504x16xf32>
    %516 = stablehlo.divide %359, %515 : tensor<62x21504x16xf32>
    %517 = stablehlo.broadcast_in_dim %514, dims = [] : (tensor<f32>) -> tensor<62x16x5376xf32>
    %518 = stablehlo.divide %364, %517 : tensor<62x16x5376xf32>
    %519 = stablehlo.broadcast_in_dim %514, dims = [] : (tensor<f32>) -> tensor<62x5376x16xf32>
    %520 = stablehlo.divide %369, %519 : tensor<62x5376x16xf32>
    %521 = stablehlo.broadcast_in_dim %514, dims = [] : (tensor<f32>) -> tensor<62x16x21504xf32>
    %522 = stablehlo.divide %374, %521 : tensor<62x16x21504xf32>
    %523 = stablehlo.broadcast_in_dim %514, dims = [] : (tensor<f32>) -> tensor<62x5376x16xf32>
    %524 = stablehlo.divide %379, %523 : tensor<62x5376x16xf32>
    %525 = stablehlo.broadcast_in_dim %514, dims = [] : (tensor<f32>) -> tensor<62x16x16x128xf32>
    %526 = stablehlo.divide %384, %525 : tensor<62x16x16x128xf32>
    %527 = stablehlo.broadcast_in_dim %514, dims = [] : (tensor<f32>) -> tensor<62x32x128x16xf32>
    %528 = stablehlo.divide %389, %527 : tensor<62x32x128x16xf32>
    %529 = stablehlo.broadcast_in_dim %514, dims = [] : (tensor<f32>) -> tensor<62x16x5376xf32>
    %530 = stablehlo.divide %394, %529 : tensor<62x16x5376xf32>
    %531 = stablehlo.broadcast_in_dim %514, dims = [] : (tensor<f32>) -> tensor<62x5376x16xf32>
    %532 = stablehlo.divide %399, %531 : tensor<62x5376x16xf32>
    %533 = stablehlo.broadcast_in_dim %514, dims = [] : (tensor<f32>) -> tensor<62x16x32x128xf32>
    %534 = stablehlo.divide %404, %533 : tensor<62x16x32x128xf32>
    %535 = stablehlo.broadcast_in_dim %514, dims = [] : (tensor<f32>) -> tensor<62x5376x16xf32>
    %536 = stablehlo.divide %409, %535 : tensor<62x5376x16xf32>
    %537 = stablehlo.broadcast_in_dim %514, dims = [] : (tensor<f32>) -> tensor<62x16x21504xf32>
    %538 = stablehlo.divide %414, %537 : tensor<62x16x21504xf32>
    %539 = stablehlo.broadcast_in_dim %514, dims = [] : (tensor<f32>) -> tensor<62x5376x16xf32>
    %540 = stablehlo.divide %419, %539 : tensor<62x5376x16xf32>
    %541 = stablehlo.broadcast_in_dim %514, dims = [] : (tensor<f32>) -> tensor<62x16x16x128xf32>
    %542 = stablehlo.divide %424, %541 : tensor<62x16x16x128xf32>
    %cst_176 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %543 = stablehlo.convert %511 : (tensor<i32>) -> tensor<f32>
    %544 = stablehlo.power %cst_176, %543 : tensor<f32>
    %cst_177 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %545 = stablehlo.subtract %cst_177, %544 : tensor<f32>
    %546 = stablehlo.broadcast_in_dim %545, dims = [] : (tensor<f32>) -> tensor<62x21504x16xf32>
    %547 = stablehlo.divide %430, %546 : tensor<62x21504x16xf32>
    %548 = stablehlo.broadcast_in_dim %545, dims = [] : (tensor<f32>) -> tensor<62x16x5376xf32>
    %549 = stablehlo.divide %436, %548 : tensor<62x16x5376xf32>
    %550 = stablehlo.broadcast_in_dim %545, dims = [] : (tensor<f32>) -> tensor<62x5376x16xf32>
    %551 = stablehlo.divide %442, %550 : tensor<62x5376x16xf32>
    %552 = stablehlo.broadcast_in_dim %545, dims = [] : (tensor<f32>) -> tensor<62x16x21504xf32>
    %553 = stablehlo.divide %448, %552 : tensor<62x16x21504xf32>
    %554 = stablehlo.broadcast_in_dim %545, dims = [] : (tensor<f32>) -> tensor<62x5376x16xf32>
    %555 = stablehlo.divide %454, %554 : tensor<62x5376x16xf32>
    %556 = stablehlo.broadcast_in_dim %545, dims = [] : (tensor<f32>) -> tensor<62x16x16x128xf32>
    %557 = stablehlo.divide %460, %556 : tensor<62x16x16x128xf32>
    %558 = stablehlo.broadcast_in_dim %545, dims = [] : (tensor<f32>) -> tensor<62x32x128x16xf32>
    %559 = stablehlo.divide %466, %558 : tensor<62x32x128x16xf32>
    %560 = stablehlo.broadcast_in_dim %545, dims = [] : (tensor<f32>) -> tensor<62x16x5376xf32>
    %561 = stablehlo.divide %472, %560 : tensor<62x16x5376xf32>
    %562 = stablehlo.broadcast_in_dim %545, dims = [] : (tensor<f32>) -> tensor<62x5376x16xf32>
    %563 = stablehlo.divide %478, %562 : tensor<62x5376x16xf32>
    %564 = stablehlo.broadcast_in_dim %545, dims = [] : (tensor<f32>) -> tensor<62x16x32x128xf32>
    %565 = stablehlo.divide %484, %564 : tensor<62x16x32x128xf32>
    %566 = stablehlo.broadcast_in_dim %545, dims = [] : (tensor<f32>) -> tensor<62x5376x16xf32>
    %567 = stablehlo.divide %490, %566 : tensor<62x5376x16xf32>
    %568 = stablehlo.broadcast_in_dim %545, dims = [] : (tensor<f32>) -> tensor<62x16x21504xf32>
    %569 = stablehlo.divide %496, %568 : tensor<62x16x21504xf32>
    %570 = stablehlo.broadcast_in_dim %545, dims = [] : (tensor<f32>) -> tensor<62x5376x16xf32>
    %571 = stablehlo.divide %502, %570 : tensor<62x5376x16xf32>
    %572 = stablehlo.broadcast_in_dim %545, dims = [] : (tensor<f32>) -> tensor<62x16x16x128xf32>
    %573 = stablehlo.divide %508, %572 : tensor<62x16x16x128xf32>
    %cst_178 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %574 = stablehlo.broadcast_in_dim %cst_178, dims = [] : (tensor<f32>) -> tensor<62x21504x16xf32>
    %575 = stablehlo.add %547, %574 : tensor<62x21504x16xf32>
    %576 = stablehlo.sqrt %575 : tensor<62x21504x16xf32>
    %cst_179 = stablehlo.constant dense<9.99999993E-9> : tensor<f32>
    %577 = stablehlo.broadcast_in_dim %cst_179, dims = [] : (tensor<f32>) -> tensor<62x21504x16xf32>
    %578 = stablehlo.add %576, %577 : tensor<62x21504x16xf32>
    %579 = stablehlo.divide %516, %578 : tensor<62x21504x16xf32>
    %cst_180 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %580 = stablehlo.broadcast_in_dim %cst_180, dims = [] : (tensor<f32>) -> tensor<62x16x5376xf32>
    %581 = stablehlo.add %549, %580 : tensor<62x16x5376xf32>
    %582 = stablehlo.sqrt %581 : tensor<62x16x5376xf32>
    %cst_181 = stablehlo.constant dense<9.99999993E-9> : tensor<f32>
    %583 = stablehlo.broadcast_in_dim %cst_181, dims = [] : (tensor<f32>) -> tensor<62x16x5376xf32>
    %584 = stablehlo.add %582, %583 : tensor<62x16x5376xf32>
    %585 = stablehlo.divide %518, %584 : tensor<62x16x5376xf32>
    %cst_182 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %586 = stablehlo.broadcast_in_dim %cst_182, dims = [] : (tensor<f32>) -> tensor<62x5376x16xf32>
    %587 = stablehlo.add %551, %586 : tensor<62x5376x16xf32>
    %588 = stablehlo.sqrt %587 : tensor<62x5376x16xf32>
    %cst_183 = stablehlo.constant dense<9.99999993E-9> : tensor<f32>
    %589 = stablehlo.broadcast_in_dim %cst_183, dims = [] : (tensor<f32>) -> tensor<62x5376x16xf32>
    %590 = stablehlo.add %588, %589 : tensor<62x5376x16xf32>
    %591 = stablehlo.divide %520, %590 : tensor<62x5376x16xf32>
    %cst_184 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %592 = stablehlo.broadcast_in_dim %cst_184, dims = [] : (tensor<f32>) -> tensor<62x16x21504xf32>
    %593 = stablehlo.add %553, %592 : tensor<62x16x21504xf32>
    %594 = stablehlo.sqrt %593 : tensor<62x16x21504xf32>
    %cst_185 = stablehlo.constant dense<9.99999993E-9> : tensor<f32>
    %595 = stablehlo.broadcast_in_dim %cst_185, dims = [] : (tensor<f32>) -> tensor<62x16x21504xf32>
    %596 = stablehlo.add %594, %595 : tensor<62x16x21504xf32>
    %597 = stablehlo.divide %522, %596 : tensor<62x16x21504xf32>
    %cst_186 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %598 = stablehlo.broadcast_in_dim %cst_186, dims = [] : (tensor<f32>) -> tensor<62x5376x16xf32>
    %599 = stablehlo.add %555, %598 : tensor<62x5376x16xf32>
    %600 = stablehlo.sqrt %599 : tensor<62x5376x16xf32>
    %cst_187 = stablehlo.constant dense<9.99999993E-9> : tensor<f32>
    %601 = stablehlo.broadcast_in_dim %cst_187, dims = [] : (tensor<f32>) -> tensor<62x5376x16xf32>
    %602 = stablehlo.add %600, %601 : tensor<62x5376x16xf32>
    %603 = stablehlo.divide %524, %602 : tensor<62x5376x16xf32>
    %cst_188 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %604 = stablehlo.broadcast_in_dim %cst_188, dims = [] : (tensor<f32>) -> tensor<62x16x16x128xf32>
    %605 = stablehlo.add %557, %604 : tensor<62x16x16x128xf32>
    %606 = stablehlo.sqrt %605 : tensor<62x16x16x128xf32>
    %cst_189 = stablehlo.constant dense<9.99999993E-9> : tensor<f32>
    %607 = stablehlo.broadcast_in_dim %cst_189, dims = [] : (tensor<f32>) -> tensor<62x16x16x128xf32>
    %608 = stablehlo.add %606, %607 : tensor<62x16x16x128xf32>
    %609 = stablehlo.divide %526, %608 : tensor<62x16x16x128xf32>
    %cst_190 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %610 = stablehlo.broadcast_in_dim %cst_190, dims = [] : (tensor<f32>) -> tensor<62x32x128x16xf32>
    %611 = stablehlo.add %559, %610 : tensor<62x32x128x16xf32>
    %612 = stablehlo.sqrt %611 : tensor<62x32x128x16xf32>
    %cst_191 = stablehlo.constant dense<9.99999993E-9> : tensor<f32>
    %613 = stablehlo.broadcast_in_dim %cst_191, dims = [] : (tensor<f32>) -> tensor<62x32x128x16xf32>
    %614 = stablehlo.add %612, %613 : tensor<62x32x128x16xf32>
    %615 = stablehlo.divide %528, %614 : tensor<62x32x128x16xf32>
    %cst_192 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %616 = stablehlo.broadcast_in_dim %cst_192, dims = [] : (tensor<f32>) -> tensor<62x16x5376xf32>
    %617 = stablehlo.add %561, %616 : tensor<62x16x5376xf32>
    %618 = stablehlo.sqrt %617 : tensor<62x16x5376xf32>
    %cst_193 = stablehlo.constant dense<9.99999993E-9> : tensor<f32>
    %619 = stablehlo.broadcast_in_dim %cst_193, dims = [] : (tensor<f32>) -> tensor<62x16x5376xf32>
    %620 = stablehlo.add %618, %619 : tensor<62x16x5376xf32>
    %621 = stablehlo.divide %530, %620 : tensor<62x16x5376xf32>
    %cst_194 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %622 = stablehlo.broadcast_in_dim %cst_194, dims = [] : (tensor<f32>) -> tensor<62x5376x16xf32>
    %623 = stablehlo.add %563, %622 : tensor<62x5376x16xf32>
    %624 = stablehlo.sqrt %623 : tensor<62x5376x16xf32>
    %cst_195 = stablehlo.constant dense<9.99999993E-9> : tensor<f32>
    %625 = stablehlo.broadcast_in_dim %cst_195, dims = [] : (tensor<f32>) -> tensor<62x5376x16xf32>
    %626 = stablehlo.add %624, %625 : tensor<62x5376x16xf32>
    %627 = stablehlo.divide %532, %626 : tensor<62x5376x16xf32>
    %cst_196 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %628 = stablehlo.broadcast_in_dim %cst_196, dims = [] : (tensor<f32>) -> tensor<62x16x32x128xf32>
    %629 = stablehlo.add %565, %628 : tensor<62x16x32x128xf32>
    %630 = stablehlo.sqrt %629 : tensor<62x16x32x128xf32>
    %cst_197 = stablehlo.constant dense<9.99999993E-9> : tensor<f32>
    %631 = stablehlo.broadcast_in_dim %cst_197, dims = [] : (tensor<f32>) -> tensor<62x16x32x128xf32>
    %632 = stablehlo.add %630, %631 : tensor<62x16x32x128xf32>
    %633 = stablehlo.divide %534, %632 : tensor<62x16x32x128xf32>
    %cst_198 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %634 = stablehlo.broadcast_in_dim %cst_198, dims = [] : (tensor<f32>) -> tensor<62x5376x16xf32>
    %635 = stablehlo.add %567, %634 : tensor<62x5376x16xf32>
    %636 = stablehlo.sqrt %635 : tensor<62x5376x16xf32>
    %cst_199 = stablehlo.constant dense<9.99999993E-9> : tensor<f32>
    %637 = stablehlo.broadcast_in_dim %cst_199, dims = [] : (tensor<f32>) -> tensor<62x5376x16xf32>
    %638 = stablehlo.add %636, %637 : tensor<62x5376x16xf32>
    %639 = stablehlo.divide %536, %638 : tensor<62x5376x16xf32>
    %cst_200 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %640 = stablehlo.broadcast_in_dim %cst_200, dims = [] : (tensor<f32>) -> tensor<62x16x21504xf32>
    %641 = stablehlo.add %569, %640 : tensor<62x16x21504xf32>
    %642 = stablehlo.sqrt %641 : tensor<62x16x21504xf32>
    %cst_201 = stablehlo.constant dense<9.99999993E-9> : tensor<f32>
    %643 = stablehlo.broadcast_in_dim %cst_201, dims = [] : (tensor<f32>) -> tensor<62x16x21504xf32>
    %644 = stablehlo.add %642, %643 : tensor<62x16x21504xf32>
    %645 = stablehlo.divide %538, %644 : tensor<62x16x21504xf32>
    %cst_202 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %646 = stablehlo.broadcast_in_dim %cst_202, dims = [] : (tensor<f32>) -> tensor<62x5376x16xf32>
    %647 = stablehlo.add %571, %646 : tensor<62x5376x16xf32>
    %648 = stablehlo.sqrt %647 : tensor<62x5376x16xf32>
    %cst_203 = stablehlo.constant dense<9.99999993E-9> : tensor<f32>
    %649 = stablehlo.broadcast_in_dim %cst_203, dims = [] : (tensor<f32>) -> tensor<62x5376x16xf32>
    %650 = stablehlo.add %648, %649 : tensor<62x5376x16xf32>
    %651 = stablehlo.divide %540, %650 : tensor<62x5376x16xf32>
    %cst_204 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %652 = stablehlo.broadcast_in_dim %cst_204, dims = [] : (tensor<f32>) -> tensor<62x16x16x128xf32>
    %653 = stablehlo.add %573, %652 : tensor<62x16x16x128xf32>
    %654 = stablehlo.sqrt %653 : tensor<62x16x16x128xf32>
    %cst_205 = stablehlo.constant dense<9.99999993E-9> : tensor<f32>
    %655 = stablehlo.broadcast_in_dim %cst_205, dims = [] : (tensor<f32>) -> tensor<62x16x16x128xf32>
    %656 = stablehlo.add %654, %655 : tensor<62x16x16x128xf32>
    %657 = stablehlo.divide %542, %656 : tensor<62x16x16x128xf32>
    %cst_206 = stablehlo.constant dense<-9.99999974E-6> : tensor<f32>
    %658 = stablehlo.broadcast_in_dim %cst_206, dims = [] : (tensor<f32>) -> tensor<62x21504x16xf32>
    %659 = stablehlo.multiply %658, %579 : tensor<62x21504x16xf32>
    %cst_207 = stablehlo.constant dense<-9.99999974E-6> : tensor<f32>
    %660 = stablehlo.broadcast_in_dim %cst_207, dims = [] : (tensor<f32>) -> tensor<62x16x5376xf32>
    %661 = stablehlo.multiply %660, %585 : tensor<62x16x5376xf32>
    %cst_208 = stablehlo.constant dense<-9.99999974E-6> : tensor<f32>
    %662 = stablehlo.broadcast_in_dim %cst_208, dims = [] : (tensor<f32>) -> tensor<62x5376x16xf32>
    %663 = stablehlo.multiply %662, %591 : tensor<62x5376x16xf32>
    %cst_209 = stablehlo.constant dense<-9.99999974E-6> : tensor<f32>
    %664 = stablehlo.broadcast_in_dim %cst_209, dims = [] : (tensor<f32>) -> tensor<62x16x21504xf32>
    %665 = stablehlo.multiply %664, %597 : tensor<62x16x21504xf32>
    %cst_210 = stablehlo.constant dense<-9.99999974E-6> : tensor<f32>
    %666 = stablehlo.broadcast_in_dim %cst_210, dims = [] : (tensor<f32>) -> tensor<62x5376x16xf32>
    %667 = stablehlo.multiply %666, %603 : tensor<62x5376x16xf32>
    %cst_211 = stablehlo.constant dense<-9.99999974E-6> : tensor<f32>
    %668 = stablehlo.broadcast_in_dim %cst_211, dims = [] : (tensor<f32>) -> tensor<62x16x16x128xf32>
    %669 = stablehlo.multiply %668, %609 : tensor<62x16x16x128xf32>
    %cst_212 = stablehlo.constant dense<-9.99999974E-6> : tensor<f32>
    %670 = stablehlo.broadcast_in_dim %cst_212, dims = [] : (tensor<f32>) -> tensor<62x32x128x16xf32>
    %671 = stablehlo.multiply %670, %615 : tensor<62x32x128x16xf32>
    %cst_213 = stablehlo.constant dense<-9.99999974E-6> : tensor<f32>
    %672 = stablehlo.broadcast_in_dim %cst_213, dims = [] : (tensor<f32>) -> tensor<62x16x5376xf32>
    %673 = stablehlo.multiply %672, %621 : tensor<62x16x5376xf32>
    %cst_214 = stablehlo.constant dense<-9.99999974E-6> : tensor<f32>
    %674 = stablehlo.broadcast_in_dim %cst_214, dims = [] : (tensor<f32>) -> tensor<62x5376x16xf32>
    %675 = stablehlo.multiply %674, %627 : tensor<62x5376x16xf32>
    %cst_215 = stablehlo.constant dense<-9.99999974E-6> : tensor<f32>
    %676 = stablehlo.broadcast_in_dim %cst_215, dims = [] : (tensor<f32>) -> tensor<62x16x32x128xf32>
    %677 = stablehlo.multiply %676, %633 : tensor<62x16x32x128xf32>
    %cst_216 = stablehlo.constant dense<-9.99999974E-6> : tensor<f32>
    %678 = stablehlo.broadcast_in_dim %cst_216, dims = [] : (tensor<f32>) -> tensor<62x5376x16xf32>
    %679 = stablehlo.multiply %678, %639 : tensor<62x5376x16xf32>
    %cst_217 = stablehlo.constant dense<-9.99999974E-6> : tensor<f32>
    %680 = stablehlo.broadcast_in_dim %cst_217, dims = [] : (tensor<f32>) -> tensor<62x16x21504xf32>
    %681 = stablehlo.multiply %680, %645 : tensor<62x16x21504xf32>
    %cst_218 = stablehlo.constant dense<-9.99999974E-6> : tensor<f32>
    %682 = stablehlo.broadcast_in_dim %cst_218, dims = [] : (tensor<f32>) -> tensor<62x5376x16xf32>
    %683 = stablehlo.multiply %682, %651 : tensor<62x5376x16xf32>
    %cst_219 = stablehlo.constant dense<-9.99999974E-6> : tensor<f32>
    %684 = stablehlo.broadcast_in_dim %cst_219, dims = [] : (tensor<f32>) -> tensor<62x16x16x128xf32>
    %685 = stablehlo.multiply %684, %657 : tensor<62x16x16x128xf32>
    %686 = stablehlo.add %arg0, %659 : tensor<62x21504x16xf32>
    %687 = stablehlo.add %arg1, %661 : tensor<62x16x5376xf32>
    %688 = stablehlo.add %arg2, %663 : tensor<62x5376x16xf32>
    %689 = stablehlo.add %arg3, %665 : tensor<62x16x21504xf32>
    %690 = stablehlo.add %arg4, %667 : tensor<62x5376x16xf32>
    %691 = stablehlo.add %arg5, %669 : tensor<62x16x16x128xf32>
    %692 = stablehlo.add %arg6, %671 : tensor<62x32x128x16xf32>
    %693 = stablehlo.add %arg7, %673 : tensor<62x16x5376xf32>
    %694 = stablehlo.add %arg8, %675 : tensor<62x5376x16xf32>
    %695 = stablehlo.add %arg9, %677 : tensor<62x16x32x128xf32>
    %696 = stablehlo.add %arg10, %679 : tensor<62x5376x16xf32>
    %697 = stablehlo.add %arg11, %681 : tensor<62x16x21504xf32>
    %698 = stablehlo.add %arg12, %683 : tensor<62x5376x16xf32>
    %699 = stablehlo.add %arg13, %685 : tensor<62x16x16x128xf32>
    %c_220 = stablehlo.constant dense<1> : tensor<i32>
    %700 = stablehlo.add %arg43, %c_220 : tensor<i32>
    %701 = stablehlo.custom_call @annotate_device_placement(%686) {backend_config = "", has_side_effect = true, mhlo.frontend_attributes = {_xla_buffer_placement = "device"}} : (tensor<62x21504x16xf32>) -> tensor<62x21504x16xf32>
    %702 = stablehlo.custom_call @annotate_device_placement(%687) {backend_config = "", has_side_effect = true, mhlo.frontend_attributes = {_xla_buffer_placement = "device"}} : (tensor<62x16x5376xf32>) -> tensor<62x16x5376xf32>
    %703 = stablehlo.custom_call @annotate_device_placement(%688) {backend_config = "", has_side_effect = true, mhlo.frontend_attributes = {_xla_buffer_placement = "device"}} : (tensor<62x5376x16xf32>) -> tensor<62x5376x16xf32>
    %704 = stablehlo.custom_call @annotate_device_placement(%689) {backend_config = "", has_side_effect = true, mhlo.frontend_attributes = {_xla_buffer_placement = "device"}} : (tensor<62x16x21504xf32>) -> tensor<62x16x21504xf32>
    %705 = stablehlo.custom_call @annotate_device_placement(%690) {backend_config = "", has_side_effect = true, mhlo.frontend_attributes = {_xla_buffer_placement = "device"}} : (tensor<62x5376x16xf32>) -> tensor<62x5376x16xf32>
    %706 = stablehlo.custom_call @annotate_device_placement(%691) {backend_config = "", has_side_effect = true, mhlo.frontend_attributes = {_xla_buffer_placement = "device"}} : (tensor<62x16x16x128xf32>) -> tensor<62x16x16x128xf32>
    %707 = stablehlo.custom_call @annotate_device_placement(%692) {backend_config = "", has_side_effect = true, mhlo.frontend_attributes = {_xla_buffer_placement = "device"}} : (tensor<62x32x128x16xf32>) -> tensor<62x32x128x16xf32>
    %708 = stablehlo.custom_call @annotate_device_placement(%693) {backend_config = "", has_side_effect = true, mhlo.frontend_attributes = {_xla_buffer_placement = "device"}} : (tensor<62x16x5376xf32>) -> tensor<62x16x5376xf32>
    %709 = stablehlo.custom_call @annotate_device_placement(%694) {backend_config = "", has_side_effect = true, mhlo.frontend_attributes = {_xla_buffer_placement = "device"}} : (tensor<62x5376x16xf32>) -> tensor<62x5376x16xf32>
    %710 = stablehlo.custom_call @annotate_device_placement(%695) {backend_config = "", has_side_effect = true, mhlo.frontend_attributes = {_xla_buffer_placement = "device"}} : (tensor<62x16x32x128xf32>) -> tensor<62x16x32x128xf32>
    %711 = stablehlo.custom_call @annotate_device_placement(%696) {backend_config = "", has_side_effect = true, mhlo.frontend_attributes = {_xla_buffer_placement = "device"}} : (tensor<62x5376x16xf32>) -> tensor<62x5376x16xf32>
    %712 = stablehlo.custom_call @annotate_device_placement(%697) {backend_config = "", has_side_effect = true, mhlo.frontend_attributes = {_xla_buffer_placement = "device"}} : (tensor<62x16x21504xf32>) -> tensor<62x16x21504xf32>
    %713 = stablehlo.custom_call @annotate_device_placement(%698) {backend_config = "", has_side_effect = true, mhlo.frontend_attributes = {_xla_buffer_placement = "device"}} : (tensor<62x5376x16xf32>) -> tensor<62x5376x16xf32>
    %714 = stablehlo.custom_call @annotate_device_placement(%699) {backend_config = "", has_side_effect = true, mhlo.frontend_attributes = {_xla_buffer_placement = "device"}} : (tensor<62x16x16x128xf32>) -> tensor<62x16x16x128xf32>
    %715 = stablehlo.custom_call @annotate_device_placement(%511) {backend_config = "", has_side_effect = true, mhlo.frontend_attributes = {_xla_buffer_placement = "device"}} : (tensor<i32>) -> tensor<i32>
    %716 = stablehlo.custom_call @annotate_device_placement(%359) {backend_config = "", has_side_effect = true, mhlo.frontend_attributes = {_xla_buffer_placement = "device"}} : (tensor<62x21504x16xf32>) -> tensor<62x21504x16xf32>
    %717 = stablehlo.custom_call @annotate_device_placement(%364) {backend_config = "", has_side_effect = true, mhlo.frontend_attributes = {_xla_buffer_placement = "device"}} : (tensor<62x16x5376xf32>) -> tensor<62x16x5376xf32>
    %718 = stablehlo.custom_call @annotate_device_placement(%369) {backend_config = "", has_side_effect = true, mhlo.frontend_attributes = {_xla_buffer_placement = "device"}} : (tensor<62x5376x16xf32>) -> tensor<62x5376x16xf32>
    %719 = stablehlo.custom_call @annotate_device_placement(%374) {backend_config = "", has_side_effect = true, mhlo.frontend_attributes = {_xla_buffer_placement = "device"}} : (tensor<62x16x21504xf32>) -> tensor<62x16x21504xf32>
    %720 = stablehlo.custom_call @annotate_device_placement(%379) {backend_config = "", has_side_effect = true, mhlo.frontend_attributes = {_xla_buffer_placement = "device"}} : (tensor<62x5376x16xf32>) -> tensor<62x5376x16xf32>
    %721 = stablehlo.custom_call @annotate_device_placement(%384) {backend_config = "", has_side_effect = true, mhlo.frontend_attributes = {_xla_buffer_placement = "device"}} : (tensor<62x16x16x128xf32>) -> tensor<62x16x16x128xf32>
    %722 = stablehlo.custom_call @annotate_device_placement(%389) {backend_config = "", has_side_effect = true, mhlo.frontend_attributes = {_xla_buffer_placement = "device"}} : (tensor<62x32x128x16xf32>) -> tensor<62x32x128x16xf32>
    %723 = stablehlo.custom_call @annotate_device_placement(%394) {backend_config = "", has_side_effect = true, mhlo.frontend_attributes = {_xla_buffer_placement = "device"}} : (tensor<62x16x5376xf32>) -> tensor<62x16x5376xf32>
    %724 = stablehlo.custom_call @annotate_device_placement(%399) {backend_config = "", has_side_effect = true, mhlo.frontend_attributes = {_xla_buffer_placement = "device"}} : (tensor<62x5376x16xf32>) -> tensor<62x5376x16xf32>
    %725 = stablehlo.custom_call @annotate_device_placement(%404) {backend_config = "", has_side_effect = true, mhlo.frontend_attributes = {_xla_buffer_placement = "device"}} : (tensor<62x16x32x128xf32>) -> tensor<62x16x32x128xf32>
    %726 = stablehlo.custom_call @annotate_device_placement(%409) {backend_config = "", has_side_effect = true, mhlo.frontend_attributes = {_xla_buffer_placement = "device"}} : (tensor<62x5376x16xf32>) -> tensor<62x5376x16xf32>
    %727 = stablehlo.custom_call @annotate_device_placement(%414) {backend_config = "", has_side_effect = true, mhlo.frontend_attributes = {_xla_buffer_placement = "device"}} : (tensor<62x16x21504xf32>) -> tensor<62x16x21504xf32>
    %728 = stablehlo.custom_call @annotate_device_placement(%419) {backend_config = "", has_side_effect = true, mhlo.frontend_attributes = {_xla_buffer_placement = "device"}} : (tensor<62x5376x16xf32>) -> tensor<62x5376x16xf32>
    %729 = stablehlo.custom_call @annotate_device_placement(%424) {backend_config = "", has_side_effect = true, mhlo.frontend_attributes = {_xla_buffer_placement = "device"}} : (tensor<62x16x16x128xf32>) -> tensor<62x16x16x128xf32>
    %730 = stablehlo.custom_call @annotate_device_placement(%430) {backend_config = "", has_side_effect = true, mhlo.frontend_attributes = {_xla_buffer_placement = "device"}} : (tensor<62x21504x16xf32>) -> tensor<62x21504x16xf32>
    %731 = stablehlo.custom_call @annotate_device_placement(%436) {backend_config = "", has_side_effect = true, mhlo.frontend_attributes = {_xla_buffer_placement = "device"}} : (tensor<62x16x5376xf32>) -> tensor<62x16x5376xf32>
    %732 = stablehlo.custom_call @annotate_device_placement(%442) {backend_config = "", has_side_effect = true, mhlo.frontend_attributes = {_xla_buffer_placement = "device"}} : (tensor<62x5376x16xf32>) -> tensor<62x5376x16xf32>
    %733 = stablehlo.custom_call @annotate_device_placement(%448) {backend_config = "", has_side_effect = true, mhlo.frontend_attributes = {_xla_buffer_placement = "device"}} : (tensor<62x16x21504xf32>) -> tensor<62x16x21504xf32>
    %734 = stablehlo.custom_call @annotate_device_placement(%454) {backend_config = "", has_side_effect = true, mhlo.frontend_attributes = {_xla_buffer_placement = "device"}} : (tensor<62x5376x16xf32>) -> tensor<62x5376x16xf32>
    %735 = stablehlo.custom_call @annotate_device_placement(%460) {backend_config = "", has_side_effect = true, mhlo.frontend_attributes = {_xla_buffer_placement = "device"}} : (tensor<62x16x16x128xf32>) -> tensor<62x16x16x128xf32>
    %736 = stablehlo.custom_call @annotate_device_placement(%466) {backend_config = "", has_side_effect = true, mhlo.frontend_attributes = {_xla_buffer_placement = "device"}} : (tensor<62x32x128x16xf32>) -> tensor<62x32x128x16xf32>
    %737 = stablehlo.custom_call @annotate_device_placement(%472) {backend_config = "", has_side_effect = true, mhlo.frontend_attributes = {_xla_buffer_placement = "device"}} : (tensor<62x16x5376xf32>) -> tensor<62x16x5376xf32>
    %738 = stablehlo.custom_call @annotate_device_placement(%478) {backend_config = "", has_side_effect = true, mhlo.frontend_attributes = {_xla_buffer_placement = "device"}} : (tensor<62x5376x16xf32>) -> tensor<62x5376x16xf32>
    %739 = stablehlo.custom_call @annotate_device_placement(%484) {backend_config = "", has_side_effect = true, mhlo.frontend_attributes = {_xla_buffer_placement = "device"}} : (tensor<62x16x32x128xf32>) -> tensor<62x16x32x128xf32>
    %740 = stablehlo.custom_call @annotate_device_placement(%490) {backend_config = "", has_side_effect = true, mhlo.frontend_attributes = {_xla_buffer_placement = "device"}} : (tensor<62x5376x16xf32>) -> tensor<62x5376x16xf32>
    %741 = stablehlo.custom_call @annotate_device_placement(%496) {backend_config = "", has_side_effect = true, mhlo.frontend_attributes = {_xla_buffer_placement = "device"}} : (tensor<62x16x21504xf32>) -> tensor<62x16x21504xf32>
    %742 = stablehlo.custom_call @annotate_device_placement(%502) {backend_config = "", has_side_effect = true, mhlo.frontend_attributes = {_xla_buffer_placement = "device"}} : (tensor<62x5376x16xf32>) -> tensor<62x5376x16xf32>
    %743 = stablehlo.custom_call @annotate_device_placement(%508) {backend_config = "", has_side_effect = true, mhlo.frontend_attributes = {_xla_buffer_placement = "device"}} : (tensor<62x16x16x128xf32>) -> tensor<62x16x16x128xf32>
    %744 = stablehlo.custom_call @annotate_device_placement(%700) {backend_config = "", has_side_effect = true, mhlo.frontend_attributes = {_xla_buffer_placement = "device"}} : (tensor<i32>) -> tensor<i32>
    return %701, %702, %703, %704, %705, %706, %707, %708, %709, %710, %711, %712, %713, %714, %715, %716, %717, %718, %719, %720, %721, %722, %723, %724, %725, %726, %727, %728, %729, %730, %731, %732, %733, %734, %735, %736, %737, %738, %739, %740, %741, %742, %743, %744, %113, %198, %112, %58 : tensor<62x21504x16xf32>, tensor<62x16x5376xf32>, tensor<62x5376x16xf32>, tensor<62x16x21504xf32>, tensor<62x5376x16xf32>, tensor<62x16x16x128xf32>, tensor<62x32x128x16xf32>, tensor<62x16x5376xf32>, tensor<62x5376x16xf32>, tensor<62x16x32x128xf32>, tensor<62x5376x16xf32>, tensor<62x16x21504xf32>, tensor<62x5376x16xf32>, tensor<62x16x16x128xf32>, tensor<i32>, tensor<62x21504x16xf32>, tensor<62x16x5376xf32>, tensor<62x5376x16xf32>, tensor<62x16x21504xf32>, tensor<62x5376x16xf32>, tensor<62x16x16x128xf32>, tensor<62x32x128x16xf32>, tensor<62x16x5376xf32>, tensor<62x5376x16xf32>, tensor<62x16x32x128xf32>, tensor<62x5376x16xf32>, tensor<62x16x21504xf32>, tensor<62x5376x16xf32>, tensor<62x16x16x128xf32>, tensor<62x21504x16xf32>, tensor<62x16x5376xf32>, tensor<62x5376x16xf32>, tensor<62x16x21504xf32>, tensor<62x5376x16xf32>, tensor<62x16x16x128xf32>, tensor<62x32x128x16xf32>, tensor<62x16x5376xf32>, tensor<62x5376x16xf32>, tensor<62x16x32x128xf32>, tensor<62x5376x16xf32>, tensor<62x16x21504xf32>, tensor<62x5376x16xf32>, tensor<62x16x16x128xf32>, tensor<i32>, tensor<f32>, tensor<f32>, tensor<f32>, tensor<f32>
  }
  func.func private @_take(%arg0: tensor<262208x5376xbf16>, %arg1: tensor<8x2048xi32>) -> tensor<8x2048x5376xbf16> {
    %c = stablehlo.constant dense<0> : tensor<i32>
    %0 = stablehlo.broadcast_in_dim %c, dims = [] : (tensor<i32>) -> tensor<8x2048xi32>
    %1 = stablehlo.compare LT, %arg1, %0, SIGNED : (tensor<8x2048xi32>, tensor<8x2048xi32>) -> tensor<8x2048xi1>
    %c_0 = stablehlo.constant dense<262208> : tensor<i32>
    %2 = stablehlo.broadcast_in_dim %c_0, dims = [] : (tensor<i32>) -> tensor<8x2048xi32>
    %3 = stablehlo.add %arg1, %2 : tensor<8x2048xi32>
    %4 = call @_where(%1, %3, %arg1) : (tensor<8x2048xi1>, tensor<8x2048xi32>, tensor<8x2048xi32>) -> tensor<8x2048xi32>
    %5 = stablehlo.broadcast_in_dim %4, dims = [0, 1] : (tensor<8x2048xi32>) -> tensor<8x2048x1xi32>
    %c_1 = stablehlo.constant dense<262207> : tensor<1xi32>
    %c_2 = stablehlo.constant dense<0> : tensor<i32>
    %6 = stablehlo.broadcast_in_dim %c_2, dims = [] : (tensor<i32>) -> tensor<8x2048x1xi32>
    %7 = stablehlo.compare GE, %5, %6, SIGNED : (tensor<8x2048x1xi32>, tensor<8x2048x1xi32>) -> tensor<8x2048x1xi1>
    %8 = stablehlo.broadcast_in_dim %c_1, dims = [2] : (tensor<1xi32>) -> tensor<1x1x1xi32>
    %9 = stablehlo.broadcast_in_dim %8, dims = [0, 1, 2] : (tensor<1x1x1xi32>) -> tensor<8x2048x1xi32>
    %10 = stablehlo.compare LE, %5, %9, SIGNED : (tensor<8x2048x1xi32>, tensor<8x2048x1xi32>) -> tensor<8x2048x1xi1>
    %11 = stablehlo.and %7, %10 : tensor<8x2048x1xi1>
    %c_3 = stablehlo.constant dense<true> : tensor<i1>
    %12 = stablehlo.reduce(%11 init: %c_3) applies stablehlo.and across dimensions = [2] : (tensor<8x2048x1xi1>, tensor<i1>) -> tensor<8x2048xi1>
    %13 = "stablehlo.gather"(%arg0, %5) <{dimension_numbers = #stablehlo.gather<offset_dims = [2], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 2>, indices_are_sorted = false, slice_sizes = array<i64: 1, 5376>}> : (tensor<262208x5376xbf16>, tensor<8x2048x1xi32>) -> tensor<8x2048x5376xbf16>
    %14 = stablehlo.broadcast_in_dim %12, dims = [0, 1] : (tensor<8x2048xi1>) -> tensor<8x2048x5376xi1>
    %cst = stablehlo.constant dense<0x7FC0> : tensor<bf16>
    %15 = stablehlo.broadcast_in_dim %cst, dims = [] : (tensor<bf16>) -> tensor<8x2048x5376xbf16>
    %16 = stablehlo.select %14, %13, %15 : tensor<8x2048x5376xi1>, tensor<8x2048x5376xbf16>
    return %16 : tensor<8x2048x5376xbf16>
  }
  func.func private @_where(%arg0: tensor<8x2048xi1>, %arg1: tensor<8x2048xi32>, %arg2: tensor<8x2048xi32>) -> tensor<8x2048xi32> {
    %0 = stablehlo.select %arg0, %arg1, %arg2 : tensor<8x2048xi1>, tensor<8x2048xi32>
    return %0 : tensor<8x2048xi32>
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
  func.func private @closed_call(%arg0: tensor<8x2048xi32>, %arg1: tensor<8x2048x1xf32>, %arg2: tensor<64xf32>, %arg3: tensor<64xf32>, %arg4: tensor<8x2048x1xf32>, %arg5: tensor<8x2048x5376xbf16>, %arg6: tensor<5376xbf16>, %arg7: tensor<32x5376x128xbf16>, %arg8: tensor<16x5376x128xbf16>, %arg9: tensor<16x5376x128xbf16>, %arg10: tensor<32x128x5376xbf16>, %arg11: tensor<128xbf16>, %arg12: tensor<128xbf16>, %arg13: tensor<5376xbf16>, %arg14: tensor<5376xbf16>, %arg15: tensor<5376x21504xbf16>, %arg16: tensor<5376x21504xbf16>, %arg17: tensor<21504x5376xbf16>, %arg18: tensor<5376xbf16>, %arg19: tensor<21504x16xf32>, %arg20: tensor<16x5376xf32>, %arg21: tensor<5376x16xf32>, %arg22: tensor<16x21504xf32>, %arg23: tensor<5376x16xf32>, %arg24: tensor<16x16x128xf32>, %arg25: tensor<32x128x16xf32>, %arg26: tensor<16x5376xf32>, %arg27: tensor<5376x16xf32>, %arg28: tensor<16x32x128xf32>, %arg29: tensor<5376x16xf32>, %arg30: tensor<16x21504xf32>, %arg31: tensor<5376x16xf32>, %arg32: tensor<16x16x128xf32>, %arg33: tensor<i1>) -> (tensor<8x2048x5376xbf16>, tensor<8x2048x5376xbf16>) {
    %0 = stablehlo.custom_call @annotate_device_placement(%arg5) {backend_config = "", has_side_effect = true, mhlo.frontend_attributes = {_xla_buffer_placement = "pinned_host"}} : (tensor<8x2048x5376xbf16>) -> tensor<8x2048x5376xbf16>
    %1 = stablehlo.convert %arg5 : (tensor<8x2048x5376xbf16>) -> tensor<8x2048x5376xf32>
    %2 = stablehlo.multiply %1, %1 : tensor<8x2048x5376xf32>
    %cst = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %3 = stablehlo.reduce(%2 init: %cst) applies stablehlo.add across dimensions = [2] : (tensor<8x2048x5376xf32>, tensor<f32>) -> tensor<8x2048xf32>
    %4 = stablehlo.broadcast_in_dim %3, dims = [0, 1] : (tensor<8x2048xf32>) -> tensor<8x2048x1xf32>
    %cst_0 = stablehlo.constant dense<5.376000e+03> : tensor<f32>
    %5 = stablehlo.broadcast_in_dim %cst_0, dims = [] : (tensor<f32>) -> tensor<8x2048x1xf32>
    %6 = stablehlo.divide %4, %5 : tensor<8x2048x1xf32>
    %cst_1 = stablehlo.constant dense<9.99999997E-7> : tensor<f32>
    %7 = stablehlo.broadcast_in_dim %cst_1, dims = [] : (tensor<f32>) -> tensor<8x2048x1xf32>
    %8 = stablehlo.add %6, %7 : tensor<8x2048x1xf32>
    %9 = stablehlo.rsqrt %8 : tensor<8x2048x1xf32>
    %10 = stablehlo.broadcast_in_dim %9, dims = [0, 1, 2] : (tensor<8x2048x1xf32>) -> tensor<8x2048x5376xf32>
    %11 = stablehlo.multiply %1, %10 : tensor<8x2048x5376xf32>
    %12 = stablehlo.convert %arg6 : (tensor<5376xbf16>) -> tensor<5376xf32>
    %cst_2 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %13 = stablehlo.broadcast_in_dim %cst_2, dims = [] : (tensor<f32>) -> tensor<5376xf32>
    %14 = stablehlo.add %13, %12 : tensor<5376xf32>
    %15 = stablehlo.broadcast_in_dim %14, dims = [2] : (tensor<5376xf32>) -> tensor<1x1x5376xf32>
    %16 = stablehlo.broadcast_in_dim %15, dims = [0, 1, 2] : (tensor<1x1x5376xf32>) -> tensor<8x2048x5376xf32>
    %17 = stablehlo.multiply %11, %16 : tensor<8x2048x5376xf32>
    %18 = stablehlo.convert %17 : (tensor<8x2048x5376xf32>) -> tensor<8x2048x5376xbf16>
    %19 = stablehlo.dot_general %18, %arg7, contracting_dims = [2] x [1], precision = [DEFAULT, DEFAULT] : (tensor<8x2048x5376xbf16>, tensor<32x5376x128xbf16>) -> tensor<8x2048x32x128xbf16>
    %20 = stablehlo.convert %arg27 : (tensor<5376x16xf32>) -> tensor<5376x16xbf16>
    %21 = stablehlo.dot_general %18, %20, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<8x2048x5376xbf16>, tensor<5376x16xbf16>) -> tensor<8x2048x16xbf16>
    %cst_3 = stablehlo.constant dense<2.000000e+00> : tensor<bf16>
    %22 = stablehlo.broadcast_in_dim %cst_3, dims = [] : (tensor<bf16>) -> tensor<8x2048x16xbf16>
    %23 = stablehlo.multiply %21, %22 : tensor<8x2048x16xbf16>
    %24 = stablehlo.convert %arg28 : (tensor<16x32x128xf32>) -> tensor<16x32x128xbf16>
    %25 = stablehlo.dot_general %23, %24, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<8x2048x16xbf16>, tensor<16x32x128xbf16>) -> tensor<8x2048x32x128xbf16>
    %26 = stablehlo.add %19, %25 : tensor<8x2048x32x128xbf16>
    %27 = stablehlo.dot_general %18, %arg8, contracting_dims = [2] x [1], precision = [DEFAULT, DEFAULT] : (tensor<8x2048x5376xbf16>, tensor<16x5376x128xbf16>) -> tensor<8x2048x16x128xbf16>
    %28 = stablehlo.convert %arg23 : (tensor<5376x16xf32>) -> tensor<5376x16xbf16>
    %29 = stablehlo.dot_general %18, %28, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<8x2048x5376xbf16>, tensor<5376x16xbf16>) -> tensor<8x2048x16xbf16>
    %cst_4 = stablehlo.constant dense<2.000000e+00> : tensor<bf16>
    %30 = stablehlo.broadcast_in_dim %cst_4, dims = [] : (tensor<bf16>) -> tensor<8x2048x16xbf16>
    %31 = stablehlo.multiply %29, %30 : tensor<8x2048x16xbf16>
    %32 = stablehlo.convert %arg24 : (tensor<16x16x128xf32>) -> tensor<16x16x128xbf16>
    %33 = stablehlo.dot_general %31, %32, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<8x2048x16xbf16>, tensor<16x16x128xbf16>) -> tensor<8x2048x16x128xbf16>
    %34 = stablehlo.add %27, %33 : tensor<8x2048x16x128xbf16>
    %35 = stablehlo.dot_general %18, %arg9, contracting_dims = [2] x [1], precision = [DEFAULT, DEFAULT] : (tensor<8x2048x5376xbf16>, tensor<16x5376x128xbf16>) -> tensor<8x2048x16x128xbf16>
    %36 = stablehlo.convert %arg31 : (tensor<5376x16xf32>) -> tensor<5376x16xbf16>
    %37 = stablehlo.dot_general %18, %36, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<8x2048x5376xbf16>, tensor<5376x16xbf16>) -> tensor<8x2048x16xbf16>
    %cst_5 = stablehlo.constant dense<2.000000e+00> : tensor<bf16>
    %38 = stablehlo.broadcast_in_dim %cst_5, dims = [] : (tensor<bf16>) -> tensor<8x2048x16xbf16>
    %39 = stablehlo.multiply %37, %38 : tensor<8x2048x16xbf16>
    %40 = stablehlo.convert %arg32 : (tensor<16x16x128xf32>) -> tensor<16x16x128xbf16>
    %41 = stablehlo.dot_general %39, %40, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<8x2048x16xbf16>, tensor<16x16x128xbf16>) -> tensor<8x2048x16x128xbf16>
    %42 = stablehlo.add %35, %41 : tensor<8x2048x16x128xbf16>
    %43 = stablehlo.convert %26 : (tensor<8x2048x32x128xbf16>) -> tensor<8x2048x32x128xf32>
    %44 = stablehlo.multiply %43, %43 : tensor<8x2048x32x128xf32>
    %cst_6 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %45 = stablehlo.reduce(%44 init: %cst_6) applies stablehlo.add across dimensions = [3] : (tensor<8x2048x32x128xf32>, tensor<f32>) -> tensor<8x2048x32xf32>
    %46 = stablehlo.broadcast_in_dim %45, dims = [0, 1, 2] : (tensor<8x2048x32xf32>) -> tensor<8x2048x32x1xf32>
    %cst_7 = stablehlo.constant dense<1.280000e+02> : tensor<f32>
    %47 = stablehlo.broadcast_in_dim %cst_7, dims = [] : (tensor<f32>) -> tensor<8x2048x32x1xf32>
    %48 = stablehlo.divide %46, %47 : tensor<8x2048x32x1xf32>
    %cst_8 = stablehlo.constant dense<9.99999997E-7> : tensor<f32>
    %49 = stablehlo.broadcast_in_dim %cst_8, dims = [] : (tensor<f32>) -> tensor<8x2048x32x1xf32>
    %50 = stablehlo.add %48, %49 : tensor<8x2048x32x1xf32>
    %51 = stablehlo.rsqrt %50 : tensor<8x2048x32x1xf32>
    %52 = stablehlo.broadcast_in_dim %51, dims = [0, 1, 2, 3] : (tensor<8x2048x32x1xf32>) -> tensor<8x2048x32x128xf32>
    %53 = stablehlo.multiply %43, %52 : tensor<8x2048x32x128xf32>
    %54 = stablehlo.convert %arg11 : (tensor<128xbf16>) -> tensor<128xf32>
    %cst_9 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %55 = stablehlo.broadcast_in_dim %cst_9, dims = [] : (tensor<f32>) -> tensor<128xf32>
    %56 = stablehlo.add %55, %54 : tensor<128xf32>
    %57 = stablehlo.broadcast_in_dim %56, dims = [3] : (tensor<128xf32>) -> tensor<1x1x1x128xf32>
    %58 = stablehlo.broadcast_in_dim %57, dims = [0, 1, 2, 3] : (tensor<1x1x1x128xf32>) -> tensor<8x2048x32x128xf32>
    %59 = stablehlo.multiply %53, %58 : tensor<8x2048x32x128xf32>
    %60 = stablehlo.convert %59 : (tensor<8x2048x32x128xf32>) -> tensor<8x2048x32x128xbf16>
    %61 = stablehlo.convert %34 : (tensor<8x2048x16x128xbf16>) -> tensor<8x2048x16x128xf32>
    %62 = stablehlo.multiply %61, %61 : tensor<8x2048x16x128xf32>
    %cst_10 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %63 = stablehlo.reduce(%62 init: %cst_10) applies stablehlo.add across dimensions = [3] : (tensor<8x2048x16x128xf32>, tensor<f32>) -> tensor<8x2048x16xf32>
    %64 = stablehlo.broadcast_in_dim %63, dims = [0, 1, 2] : (tensor<8x2048x16xf32>) -> tensor<8x2048x16x1xf32>
    %cst_11 = stablehlo.constant dense<1.280000e+02> : tensor<f32>
    %65 = stablehlo.broadcast_in_dim %cst_11, dims = [] : (tensor<f32>) -> tensor<8x2048x16x1xf32>
    %66 = stablehlo.divide %64, %65 : tensor<8x2048x16x1xf32>
    %cst_12 = stablehlo.constant dense<9.99999997E-7> : tensor<f32>
    %67 = stablehlo.broadcast_in_dim %cst_12, dims = [] : (tensor<f32>) -> tensor<8x2048x16x1xf32>
    %68 = stablehlo.add %66, %67 : tensor<8x2048x16x1xf32>
    %69 = stablehlo.rsqrt %68 : tensor<8x2048x16x1xf32>
    %70 = stablehlo.broadcast_in_dim %69, dims = [0, 1, 2, 3] : (tensor<8x2048x16x1xf32>) -> tensor<8x2048x16x128xf32>
    %71 = stablehlo.multiply %61, %70 : tensor<8x2048x16x128xf32>
    %72 = stablehlo.convert %arg12 : (tensor<128xbf16>) -> tensor<128xf32>
    %cst_13 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %73 = stablehlo.broadcast_in_dim %cst_13, dims = [] : (tensor<f32>) -> tensor<128xf32>
    %74 = stablehlo.add %73, %72 : tensor<128xf32>
    %75 = stablehlo.broadcast_in_dim %74, dims = [3] : (tensor<128xf32>) -> tensor<1x1x1x128xf32>
    %76 = stablehlo.broadcast_in_dim %75, dims = [0, 1, 2, 3] : (tensor<1x1x1x128xf32>) -> tensor<8x2048x16x128xf32>
    %77 = stablehlo.multiply %71, %76 : tensor<8x2048x16x128xf32>
    %78 = stablehlo.convert %77 : (tensor<8x2048x16x128xf32>) -> tensor<8x2048x16x128xbf16>
    %79 = call @_where_14(%arg33, %arg2, %arg3) : (tensor<i1>, tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %80 = stablehlo.broadcast_in_dim %79, dims = [2] : (tensor<64xf32>) -> tensor<1x1x64xf32>
    %81 = stablehlo.broadcast_in_dim %arg1, dims = [0, 1, 2] : (tensor<8x2048x1xf32>) -> tensor<8x2048x64xf32>
    %82 = stablehlo.broadcast_in_dim %80, dims = [0, 1, 2] : (tensor<1x1x64xf32>) -> tensor<8x2048x64xf32>
    %83 = stablehlo.multiply %81, %82 : tensor<8x2048x64xf32>
    %84 = stablehlo.sine %83 : tensor<8x2048x64xf32>
    %85 = stablehlo.broadcast_in_dim %84, dims = [0, 1, 3] : (tensor<8x2048x64xf32>) -> tensor<8x2048x1x64xf32>
    %86 = stablehlo.cosine %83 : tensor<8x2048x64xf32>
    %87 = stablehlo.broadcast_in_dim %86, dims = [0, 1, 3] : (tensor<8x2048x64xf32>) -> tensor<8x2048x1x64xf32>
    %88 = stablehlo.convert %60 : (tensor<8x2048x32x128xbf16>) -> tensor<8x2048x32x128xf32>
    %89 = stablehlo.slice %88 [0:8, 0:2048, 0:32, 0:64] : (tensor<8x2048x32x128xf32>) -> tensor<8x2048x32x64xf32>
    %90 = stablehlo.slice %88 [0:8, 0:2048, 0:32, 64:128] : (tensor<8x2048x32x128xf32>) -> tensor<8x2048x32x64xf32>
    %91 = stablehlo.broadcast_in_dim %87, dims = [0, 1, 2, 3] : (tensor<8x2048x1x64xf32>) -> tensor<8x2048x32x64xf32>
    %92 = stablehlo.multiply %89, %91 : tensor<8x2048x32x64xf32>
    %93 = stablehlo.broadcast_in_dim %85, dims = [0, 1, 2, 3] : (tensor<8x2048x1x64xf32>) -> tensor<8x2048x32x64xf32>
    %94 = stablehlo.multiply %90, %93 : tensor<8x2048x32x64xf32>
    %95 = stablehlo.subtract %92, %94 : tensor<8x2048x32x64xf32>
    %96 = stablehlo.broadcast_in_dim %87, dims = [0, 1, 2, 3] : (tensor<8x2048x1x64xf32>) -> tensor<8x2048x32x64xf32>
    %97 = stablehlo.multiply %90, %96 : tensor<8x2048x32x64xf32>
    %98 = stablehlo.broadcast_in_dim %85, dims = [0, 1, 2, 3] : (tensor<8x2048x1x64xf32>) -> tensor<8x2048x32x64xf32>
    %99 = stablehlo.multiply %89, %98 : tensor<8x2048x32x64xf32>
    %100 = stablehlo.add %97, %99 : tensor<8x2048x32x64xf32>
    %101 = stablehlo.concatenate %95, %100, dim = 3 : (tensor<8x2048x32x64xf32>, tensor<8x2048x32x64xf32>) -> tensor<8x2048x32x128xf32>
    %102 = stablehlo.convert %101 : (tensor<8x2048x32x128xf32>) -> tensor<8x2048x32x128xbf16>
    %103 = stablehlo.broadcast_in_dim %79, dims = [2] : (tensor<64xf32>) -> tensor<1x1x64xf32>
    %104 = stablehlo.broadcast_in_dim %arg4, dims = [0, 1, 2] : (tensor<8x2048x1xf32>) -> tensor<8x2048x64xf32>
    %105 = stablehlo.broadcast_in_dim %103, dims = [0, 1, 2] : (tensor<1x1x64xf32>) -> tensor<8x2048x64xf32>
    %106 = stablehlo.multiply %104, %105 : tensor<8x2048x64xf32>
    %107 = stablehlo.sine %106 : tensor<8x2048x64xf32>
    %108 = stablehlo.broadcast_in_dim %107, dims = [0, 1, 3] : (tensor<8x2048x64xf32>) -> tensor<8x2048x1x64xf32>
    %109 = stablehlo.cosine %106 : tensor<8x2048x64xf32>
    %110 = stablehlo.broadcast_in_dim %109, dims = [0, 1, 3] : (tensor<8x2048x64xf32>) -> tensor<8x2048x1x64xf32>
    %111 = stablehlo.convert %78 : (tensor<8x2048x16x128xbf16>) -> tensor<8x2048x16x128xf32>
    %112 = stablehlo.slice %111 [0:8, 0:2048, 0:16, 0:64] : (tensor<8x2048x16x128xf32>) -> tensor<8x2048x16x64xf32>
    %113 = stablehlo.slice %111 [0:8, 0:2048, 0:16, 64:128] : (tensor<8x2048x16x128xf32>) -> tensor<8x2048x16x64xf32>
    %114 = stablehlo.broadcast_in_dim %110, dims = [0, 1, 2, 3] : (tensor<8x2048x1x64xf32>) -> tensor<8x2048x16x64xf32>
    %115 = stablehlo.multiply %112, %114 : tensor<8x2048x16x64xf32>
    %116 = stablehlo.broadcast_in_dim %108, dims = [0, 1, 2, 3] : (tensor<8x2048x1x64xf32>) -> tensor<8x2048x16x64xf32>
    %117 = stablehlo.multiply %113, %116 : tensor<8x2048x16x64xf32>
    %118 = stablehlo.subtract %115, %117 : tensor<8x2048x16x64xf32>
    %119 = stablehlo.broadcast_in_dim %110, dims = [0, 1, 2, 3] : (tensor<8x2048x1x64xf32>) -> tensor<8x2048x16x64xf32>
    %120 = stablehlo.multiply %113, %119 : tensor<8x2048x16x64xf32>
    %121 = stablehlo.broadcast_in_dim %108, dims = [0, 1, 2, 3] : (tensor<8x2048x1x64xf32>) -> tensor<8x2048x16x64xf32>
    %122 = stablehlo.multiply %112, %121 : tensor<8x2048x16x64xf32>
    %123 = stablehlo.add %120, %122 : tensor<8x2048x16x64xf32>
    %124 = stablehlo.concatenate %118, %123, dim = 3 : (tensor<8x2048x16x64xf32>, tensor<8x2048x16x64xf32>) -> tensor<8x2048x16x128xf32>
    %125 = stablehlo.convert %124 : (tensor<8x2048x16x128xf32>) -> tensor<8x2048x16x128xbf16>
    %126 = stablehlo.convert %arg33 : (tensor<i1>) -> tensor<i32>
    %127 = "stablehlo.case"(%126) ({
      %233 = stablehlo.iota dim = 0 : tensor<2048xi32>
      %234 = stablehlo.broadcast_in_dim %233, dims = [1] : (tensor<2048xi32>) -> tensor<8x2048xi32>
      %235 = stablehlo.broadcast_in_dim %234, dims = [0, 1] : (tensor<8x2048xi32>) -> tensor<8x2048x1xi32>
      %236 = stablehlo.broadcast_in_dim %234, dims = [0, 2] : (tensor<8x2048xi32>) -> tensor<8x1x2048xi32>
      %237 = stablehlo.broadcast_in_dim %236, dims = [0, 1, 2] : (tensor<8x1x2048xi32>) -> tensor<8x2048x2048xi32>
      %238 = stablehlo.broadcast_in_dim %235, dims = [0, 1, 2] : (tensor<8x2048x1xi32>) -> tensor<8x2048x2048xi32>
      %239 = stablehlo.compare LE, %237, %238, SIGNED : (tensor<8x2048x2048xi32>, tensor<8x2048x2048xi32>) -> tensor<8x2048x2048xi1>
      %c = stablehlo.constant dense<0> : tensor<i32>
      %240 = stablehlo.broadcast_in_dim %c, dims = [] : (tensor<i32>) -> tensor<8x1x2048xi32>
      %241 = stablehlo.compare GE, %236, %240, SIGNED : (tensor<8x1x2048xi32>, tensor<8x1x2048xi32>) -> tensor<8x1x2048xi1>
      %242 = stablehlo.broadcast_in_dim %241, dims = [0, 1, 2] : (tensor<8x1x2048xi1>) -> tensor<8x2048x2048xi1>
      %243 = stablehlo.and %239, %242 : tensor<8x2048x2048xi1>
      %244 = stablehlo.broadcast_in_dim %235, dims = [0, 1, 2] : (tensor<8x2048x1xi32>) -> tensor<8x2048x2048xi32>
      %245 = stablehlo.broadcast_in_dim %236, dims = [0, 1, 2] : (tensor<8x1x2048xi32>) -> tensor<8x2048x2048xi32>
      %246 = stablehlo.subtract %244, %245 : tensor<8x2048x2048xi32>
      %c_34 = stablehlo.constant dense<1024> : tensor<i32>
      %247 = stablehlo.broadcast_in_dim %c_34, dims = [] : (tensor<i32>) -> tensor<8x2048x2048xi32>
      %248 = stablehlo.compare LT, %246, %247, SIGNED : (tensor<8x2048x2048xi32>, tensor<8x2048x2048xi32>) -> tensor<8x2048x2048xi1>
      %249 = stablehlo.and %243, %248 : tensor<8x2048x2048xi1>
      %250 = stablehlo.broadcast_in_dim %arg0, dims = [0, 1] : (tensor<8x2048xi32>) -> tensor<8x2048x1xi32>
      %251 = stablehlo.broadcast_in_dim %arg0, dims = [0, 2] : (tensor<8x2048xi32>) -> tensor<8x1x2048xi32>
      %252 = stablehlo.broadcast_in_dim %250, dims = [0, 1, 2] : (tensor<8x2048x1xi32>) -> tensor<8x2048x2048xi32>
      %253 = stablehlo.broadcast_in_dim %251, dims = [0, 1, 2] : (tensor<8x1x2048xi32>) -> tensor<8x2048x2048xi32>
      %254 = stablehlo.compare EQ, %252, %253, SIGNED : (tensor<8x2048x2048xi32>, tensor<8x2048x2048xi32>) -> tensor<8x2048x2048xi1>
      %255 = stablehlo.and %249, %254 : tensor<8x2048x2048xi1>
      %256 = stablehlo.reshape %102 : (tensor<8x2048x32x128xbf16>) -> tensor<8x2048x16x2x128xbf16>
      %257 = stablehlo.dot_general %125, %256, batching_dims = [0, 2] x [0, 2], contracting_dims = [3] x [4], precision = [DEFAULT, DEFAULT] : (tensor<8x2048x16x128xbf16>, tensor<8x2048x16x2x128xbf16>) -> tensor<8x16x2048x2048x2xf32>
      %258 = stablehlo.transpose %257, dims = [0, 1, 4, 3, 2] : (tensor<8x16x2048x2048x2xf32>) -> tensor<8x16x2x2048x2048xf32>
      %cst_35 = stablehlo.constant dense<0.0771516785> : tensor<f32>
      %259 = stablehlo.broadcast_in_dim %cst_35, dims = [] : (tensor<f32>) -> tensor<8x16x2x2048x2048xf32>
      %260 = stablehlo.multiply %258, %259 : tensor<8x16x2x2048x2048xf32>
      %261 = stablehlo.broadcast_in_dim %255, dims = [0, 3, 4] : (tensor<8x2048x2048xi1>) -> tensor<8x1x1x2048x2048xi1>
      %cst_36 = stablehlo.constant dense<-2.38197633E+38> : tensor<f32>
      %262 = func.call @_where_15(%261, %260, %cst_36) : (tensor<8x1x1x2048x2048xi1>, tensor<8x16x2x2048x2048xf32>, tensor<f32>) -> tensor<8x16x2x2048x2048xf32>
      %cst_37 = stablehlo.constant dense<0xFF800000> : tensor<f32>
      %263 = stablehlo.reduce(%262 init: %cst_37) applies stablehlo.maximum across dimensions = [4] : (tensor<8x16x2x2048x2048xf32>, tensor<f32>) -> tensor<8x16x2x2048xf32>
      %cst_38 = stablehlo.constant dense<0xFF800000> : tensor<f32>
      %264 = stablehlo.broadcast_in_dim %cst_38, dims = [] : (tensor<f32>) -> tensor<8x16x2x2048xf32>
      %265 = stablehlo.maximum %264, %263 : tensor<8x16x2x2048xf32>
      %266 = stablehlo.broadcast_in_dim %265, dims = [0, 1, 2, 3] : (tensor<8x16x2x2048xf32>) -> tensor<8x16x2x2048x1xf32>
      %267 = stablehlo.broadcast_in_dim %266, dims = [0, 1, 2, 3, 4] : (tensor<8x16x2x2048x1xf32>) -> tensor<8x16x2x2048x2048xf32>
      %268 = stablehlo.subtract %262, %267 : tensor<8x16x2x2048x2048xf32>
      %269 = stablehlo.exponential %268 : tensor<8x16x2x2048x2048xf32>
      %cst_39 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
      %270 = stablehlo.reduce(%269 init: %cst_39) applies stablehlo.add across dimensions = [4] : (tensor<8x16x2x2048x2048xf32>, tensor<f32>) -> tensor<8x16x2x2048xf32>
      %271 = stablehlo.broadcast_in_dim %270, dims = [0, 1, 2, 3] : (tensor<8x16x2x2048xf32>) -> tensor<8x16x2x2048x1xf32>
      %272 = stablehlo.broadcast_in_dim %271, dims = [0, 1, 2, 3, 4] : (tensor<8x16x2x2048x1xf32>) -> tensor<8x16x2x2048x2048xf32>
      %273 = stablehlo.divide %269, %272 : tensor<8x16x2x2048x2048xf32>
      %274 = stablehlo.convert %273 : (tensor<8x16x2x2048x2048xf32>) -> tensor<8x16x2x2048x2048xbf16>
      %275 = stablehlo.dot_general %42, %274, batching_dims = [0, 2] x [0, 1], contracting_dims = [1] x [4], precision = [DEFAULT, DEFAULT] : (tensor<8x2048x16x128xbf16>, tensor<8x16x2x2048x2048xbf16>) -> tensor<8x16x128x2x2048xbf16>
      %276 = stablehlo.transpose %275, dims = [0, 4, 1, 3, 2] : (tensor<8x16x128x2x2048xbf16>) -> tensor<8x2048x16x2x128xbf16>
      %277 = stablehlo.reshape %276 : (tensor<8x2048x16x2x128xbf16>) -> tensor<8x2048x32x128xbf16>
      stablehlo.return %277 : tensor<8x2048x32x128xbf16>
    }, {
      %233 = stablehlo.iota dim = 0 : tensor<2048xi32>
      %234 = stablehlo.broadcast_in_dim %233, dims = [1] : (tensor<2048xi32>) -> tensor<8x2048xi32>
      %235 = stablehlo.broadcast_in_dim %234, dims = [0, 1] : (tensor<8x2048xi32>) -> tensor<8x2048x1xi32>
      %236 = stablehlo.broadcast_in_dim %234, dims = [0, 2] : (tensor<8x2048xi32>) -> tensor<8x1x2048xi32>
      %237 = stablehlo.broadcast_in_dim %236, dims = [0, 1, 2] : (tensor<8x1x2048xi32>) -> tensor<8x2048x2048xi32>
      %238 = stablehlo.broadcast_in_dim %235, dims = [0, 1, 2] : (tensor<8x2048x1xi32>) -> tensor<8x2048x2048xi32>
      %239 = stablehlo.compare LE, %237, %238, SIGNED : (tensor<8x2048x2048xi32>, tensor<8x2048x2048xi32>) -> tensor<8x2048x2048xi1>
      %c = stablehlo.constant dense<0> : tensor<i32>
      %240 = stablehlo.broadcast_in_dim %c, dims = [] : (tensor<i32>) -> tensor<8x1x2048xi32>
      %241 = stablehlo.compare GE, %236, %240, SIGNED : (tensor<8x1x2048xi32>, tensor<8x1x2048xi32>) -> tensor<8x1x2048xi1>
      %242 = stablehlo.broadcast_in_dim %241, dims = [0, 1, 2] : (tensor<8x1x2048xi1>) -> tensor<8x2048x2048xi1>
      %243 = stablehlo.and %239, %242 : tensor<8x2048x2048xi1>
      %244 = stablehlo.broadcast_in_dim %arg0, dims = [0, 1] : (tensor<8x2048xi32>) -> tensor<8x2048x1xi32>
      %245 = stablehlo.broadcast_in_dim %arg0, dims = [0, 2] : (tensor<8x2048xi32>) -> tensor<8x1x2048xi32>
      %246 = stablehlo.broadcast_in_dim %244, dims = [0, 1, 2] : (tensor<8x2048x1xi32>) -> tensor<8x2048x2048xi32>
      %247 = stablehlo.broadcast_in_dim %245, dims = [0, 1, 2] : (tensor<8x1x2048xi32>) -> tensor<8x2048x2048xi32>
      %248 = stablehlo.compare EQ, %246, %247, SIGNED : (tensor<8x2048x2048xi32>, tensor<8x2048x2048xi32>) -> tensor<8x2048x2048xi1>
      %249 = stablehlo.and %243, %248 : tensor<8x2048x2048xi1>
      %250 = stablehlo.reshape %102 : (tensor<8x2048x32x128xbf16>) -> tensor<8x2048x16x2x128xbf16>
      %251 = stablehlo.dot_general %125, %250, batching_dims = [0, 2] x [0, 2], contracting_dims = [3] x [4], precision = [DEFAULT, DEFAULT] : (tensor<8x2048x16x128xbf16>, tensor<8x2048x16x2x128xbf16>) -> tensor<8x16x2048x2048x2xf32>
      %252 = stablehlo.transpose %251, dims = [0, 1, 4, 3, 2] : (tensor<8x16x2048x2048x2xf32>) -> tensor<8x16x2x2048x2048xf32>
      %cst_34 = stablehlo.constant dense<0.0771516785> : tensor<f32>
      %253 = stablehlo.broadcast_in_dim %cst_34, dims = [] : (tensor<f32>) -> tensor<8x16x2x2048x2048xf32>
      %254 = stablehlo.multiply %252, %253 : tensor<8x16x2x2048x2048xf32>
      %255 = stablehlo.broadcast_in_dim %249, dims = [0, 3, 4] : (tensor<8x2048x2048xi1>) -> tensor<8x1x1x2048x2048xi1>
      %cst_35 = stablehlo.constant dense<-2.38197633E+38> : tensor<f32>
      %256 = func.call @_where_15(%255, %254, %cst_35) : (tensor<8x1x1x2048x2048xi1>, tensor<8x16x2x2048x2048xf32>, tensor<f32>) -> tensor<8x16x2x2048x2048xf32>
      %cst_36 = stablehlo.constant dense<0xFF800000> : tensor<f32>
      %257 = stablehlo.reduce(%256 init: %cst_36) applies stablehlo.maximum across dimensions = [4] : (tensor<8x16x2x2048x2048xf32>, tensor<f32>) -> tensor<8x16x2x2048xf32>
      %cst_37 = stablehlo.constant dense<0xFF800000> : tensor<f32>
      %258 = stablehlo.broadcast_in_dim %cst_37, dims = [] : (tensor<f32>) -> tensor<8x16x2x2048xf32>
      %259 = stablehlo.maximum %258, %257 : tensor<8x16x2x2048xf32>
      %260 = stablehlo.broadcast_in_dim %259, dims = [0, 1, 2, 3] : (tensor<8x16x2x2048xf32>) -> tensor<8x16x2x2048x1xf32>
      %261 = stablehlo.broadcast_in_dim %260, dims = [0, 1, 2, 3, 4] : (tensor<8x16x2x2048x1xf32>) -> tensor<8x16x2x2048x2048xf32>
      %262 = stablehlo.subtract %256, %261 : tensor<8x16x2x2048x2048xf32>
      %263 = stablehlo.exponential %262 : tensor<8x16x2x2048x2048xf32>
      %cst_38 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
      %264 = stablehlo.reduce(%263 init: %cst_38) applies stablehlo.add across dimensions = [4] : (tensor<8x16x2x2048x2048xf32>, tensor<f32>) -> tensor<8x16x2x2048xf32>
      %265 = stablehlo.broadcast_in_dim %264, dims = [0, 1, 2, 3] : (tensor<8x16x2x2048xf32>) -> tensor<8x16x2x2048x1xf32>
      %266 = stablehlo.broadcast_in_dim %265, dims = [0, 1, 2, 3, 4] : (tensor<8x16x2x2048x1xf32>) -> tensor<8x16x2x2048x2048xf32>
      %267 = stablehlo.divide %263, %266 : tensor<8x16x2x2048x2048xf32>
      %268 = stablehlo.convert %267 : (tensor<8x16x2x2048x2048xf32>) -> tensor<8x16x2x2048x2048xbf16>
      %269 = stablehlo.dot_general %42, %268, batching_dims = [0, 2] x [0, 1], contracting_dims = [1] x [4], precision = [DEFAULT, DEFAULT] : (tensor<8x2048x16x128xbf16>, tensor<8x16x2x2048x2048xbf16>) -> tensor<8x16x128x2x2048xbf16>
      %270 = stablehlo.transpose %269, dims = [0, 4, 1, 3, 2] : (tensor<8x16x128x2x2048xbf16>) -> tensor<8x2048x16x2x128xbf16>
      %271 = stablehlo.reshape %270 : (tensor<8x2048x16x2x128xbf16>) -> tensor<8x2048x32x128xbf16>
      stablehlo.return %271 : tensor<8x2048x32x128xbf16>
    }) : (tensor<i32>) -> tensor<8x2048x32x128xbf16>
    %128 = stablehlo.reshape %127 : (tensor<8x2048x32x128xbf16>) -> tensor<8x2048x4096xbf16>
    %129 = stablehlo.reshape %arg10 : (tensor<32x128x5376xbf16>) -> tensor<4096x5376xbf16>
    %130 = stablehlo.reshape %arg25 : (tensor<32x128x16xf32>) -> tensor<4096x16xf32>
    %131 = stablehlo.dot_general %128, %129, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<8x2048x4096xbf16>, tensor<4096x5376xbf16>) -> tensor<8x2048x5376xbf16>
    %132 = stablehlo.convert %130 : (tensor<4096x16xf32>) -> tensor<4096x16xbf16>
    %133 = stablehlo.dot_general %128, %132, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<8x2048x4096xbf16>, tensor<4096x16xbf16>) -> tensor<8x2048x16xbf16>
    %cst_14 = stablehlo.constant dense<2.000000e+00> : tensor<bf16>
    %134 = stablehlo.broadcast_in_dim %cst_14, dims = [] : (tensor<bf16>) -> tensor<8x2048x16xbf16>
    %135 = stablehlo.multiply %133, %134 : tensor<8x2048x16xbf16>
    %136 = stablehlo.convert %arg26 : (tensor<16x5376xf32>) -> tensor<16x5376xbf16>
    %137 = stablehlo.dot_general %135, %136, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<8x2048x16xbf16>, tensor<16x5376xbf16>) -> tensor<8x2048x5376xbf16>
    %138 = stablehlo.add %131, %137 : tensor<8x2048x5376xbf16>
    %139 = stablehlo.convert %138 : (tensor<8x2048x5376xbf16>) -> tensor<8x2048x5376xf32>
    %140 = stablehlo.multiply %139, %139 : tensor<8x2048x5376xf32>
    %cst_15 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %141 = stablehlo.reduce(%140 init: %cst_15) applies stablehlo.add across dimensions = [2] : (tensor<8x2048x5376xf32>, tensor<f32>) -> tensor<8x2048xf32>
    %142 = stablehlo.broadcast_in_dim %141, dims = [0, 1] : (tensor<8x2048xf32>) -> tensor<8x2048x1xf32>
    %cst_16 = stablehlo.constant dense<5.376000e+03> : tensor<f32>
    %143 = stablehlo.broadcast_in_dim %cst_16, dims = [] : (tensor<f32>) -> tensor<8x2048x1xf32>
    %144 = stablehlo.divide %142, %143 : tensor<8x2048x1xf32>
    %cst_17 = stablehlo.constant dense<9.99999997E-7> : tensor<f32>
    %145 = stablehlo.broadcast_in_dim %cst_17, dims = [] : (tensor<f32>) -> tensor<8x2048x1xf32>
    %146 = stablehlo.add %144, %145 : tensor<8x2048x1xf32>
    %147 = stablehlo.rsqrt %146 : tensor<8x2048x1xf32>
    %148 = stablehlo.broadcast_in_dim %147, dims = [0, 1, 2] : (tensor<8x2048x1xf32>) -> tensor<8x2048x5376xf32>
    %149 = stablehlo.multiply %139, %148 : tensor<8x2048x5376xf32>
    %150 = stablehlo.convert %arg13 : (tensor<5376xbf16>) -> tensor<5376xf32>
    %cst_18 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %151 = stablehlo.broadcast_in_dim %cst_18, dims = [] : (tensor<f32>) -> tensor<5376xf32>
    %152 = stablehlo.add %151, %150 : tensor<5376xf32>
    %153 = stablehlo.broadcast_in_dim %152, dims = [2] : (tensor<5376xf32>) -> tensor<1x1x5376xf32>
    %154 = stablehlo.broadcast_in_dim %153, dims = [0, 1, 2] : (tensor<1x1x5376xf32>) -> tensor<8x2048x5376xf32>
    %155 = stablehlo.multiply %149, %154 : tensor<8x2048x5376xf32>
    %156 = stablehlo.convert %155 : (tensor<8x2048x5376xf32>) -> tensor<8x2048x5376xbf16>
    %157 = stablehlo.add %arg5, %156 : tensor<8x2048x5376xbf16>
    %158 = stablehlo.convert %157 : (tensor<8x2048x5376xbf16>) -> tensor<8x2048x5376xf32>
    %159 = stablehlo.multiply %158, %158 : tensor<8x2048x5376xf32>
    %cst_19 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %160 = stablehlo.reduce(%159 init: %cst_19) applies stablehlo.add across dimensions = [2] : (tensor<8x2048x5376xf32>, tensor<f32>) -> tensor<8x2048xf32>
    %161 = stablehlo.broadcast_in_dim %160, dims = [0, 1] : (tensor<8x2048xf32>) -> tensor<8x2048x1xf32>
    %cst_20 = stablehlo.constant dense<5.376000e+03> : tensor<f32>
    %162 = stablehlo.broadcast_in_dim %cst_20, dims = [] : (tensor<f32>) -> tensor<8x2048x1xf32>
    %163 = stablehlo.divide %161, %162 : tensor<8x2048x1xf32>
    %cst_21 = stablehlo.constant dense<9.99999997E-7> : tensor<f32>
    %164 = stablehlo.broadcast_in_dim %cst_21, dims = [] : (tensor<f32>) -> tensor<8x2048x1xf32>
    %165 = stablehlo.add %163, %164 : tensor<8x2048x1xf32>
    %166 = stablehlo.rsqrt %165 : tensor<8x2048x1xf32>
    %167 = stablehlo.broadcast_in_dim %166, dims = [0, 1, 2] : (tensor<8x2048x1xf32>) -> tensor<8x2048x5376xf32>
    %168 = stablehlo.multiply %158, %167 : tensor<8x2048x5376xf32>
    %169 = stablehlo.convert %arg14 : (tensor<5376xbf16>) -> tensor<5376xf32>
    %cst_22 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %170 = stablehlo.broadcast_in_dim %cst_22, dims = [] : (tensor<f32>) -> tensor<5376xf32>
    %171 = stablehlo.add %170, %169 : tensor<5376xf32>
    %172 = stablehlo.broadcast_in_dim %171, dims = [2] : (tensor<5376xf32>) -> tensor<1x1x5376xf32>
    %173 = stablehlo.broadcast_in_dim %172, dims = [0, 1, 2] : (tensor<1x1x5376xf32>) -> tensor<8x2048x5376xf32>
    %174 = stablehlo.multiply %168, %173 : tensor<8x2048x5376xf32>
    %175 = stablehlo.convert %174 : (tensor<8x2048x5376xf32>) -> tensor<8x2048x5376xbf16>
    %176 = stablehlo.dot_general %175, %arg15, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<8x2048x5376xbf16>, tensor<5376x21504xbf16>) -> tensor<8x2048x21504xbf16>
    %177 = stablehlo.convert %arg21 : (tensor<5376x16xf32>) -> tensor<5376x16xbf16>
    %178 = stablehlo.dot_general %175, %177, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<8x2048x5376xbf16>, tensor<5376x16xbf16>) -> tensor<8x2048x16xbf16>
    %cst_23 = stablehlo.constant dense<2.000000e+00> : tensor<bf16>
    %179 = stablehlo.broadcast_in_dim %cst_23, dims = [] : (tensor<bf16>) -> tensor<8x2048x16xbf16>
    %180 = stablehlo.multiply %178, %179 : tensor<8x2048x16xbf16>
    %181 = stablehlo.convert %arg22 : (tensor<16x21504xf32>) -> tensor<16x21504xbf16>
    %182 = stablehlo.dot_general %180, %181, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<8x2048x16xbf16>, tensor<16x21504xbf16>) -> tensor<8x2048x21504xbf16>
    %183 = stablehlo.add %176, %182 : tensor<8x2048x21504xbf16>
    %184 = stablehlo.multiply %183, %183 : tensor<8x2048x21504xbf16>
    %185 = stablehlo.multiply %184, %183 : tensor<8x2048x21504xbf16>
    %cst_24 = stablehlo.constant dense<4.467770e-02> : tensor<bf16>
    %186 = stablehlo.broadcast_in_dim %cst_24, dims = [] : (tensor<bf16>) -> tensor<8x2048x21504xbf16>
    %187 = stablehlo.multiply %186, %185 : tensor<8x2048x21504xbf16>
    %188 = stablehlo.add %183, %187 : tensor<8x2048x21504xbf16>
    %cst_25 = stablehlo.constant dense<7.968750e-01> : tensor<bf16>
    %189 = stablehlo.broadcast_in_dim %cst_25, dims = [] : (tensor<bf16>) -> tensor<8x2048x21504xbf16>
    %190 = stablehlo.multiply %189, %188 : tensor<8x2048x21504xbf16>
    %191 = stablehlo.tanh %190 : tensor<8x2048x21504xbf16>
    %cst_26 = stablehlo.constant dense<1.000000e+00> : tensor<bf16>
    %192 = stablehlo.broadcast_in_dim %cst_26, dims = [] : (tensor<bf16>) -> tensor<8x2048x21504xbf16>
    %193 = stablehlo.add %192, %191 : tensor<8x2048x21504xbf16>
    %cst_27 = stablehlo.constant dense<5.000000e-01> : tensor<bf16>
    %194 = stablehlo.broadcast_in_dim %cst_27, dims = [] : (tensor<bf16>) -> tensor<8x2048x21504xbf16>
    %195 = stablehlo.multiply %194, %193 : tensor<8x2048x21504xbf16>
    %196 = stablehlo.multiply %183, %195 : tensor<8x2048x21504xbf16>
    %197 = stablehlo.dot_general %175, %arg16, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<8x2048x5376xbf16>, tensor<5376x21504xbf16>) -> tensor<8x2048x21504xbf16>
    %198 = stablehlo.convert %arg29 : (tensor<5376x16xf32>) -> tensor<5376x16xbf16>
    %199 = stablehlo.dot_general %175, %198, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<8x2048x5376xbf16>, tensor<5376x16xbf16>) -> tensor<8x2048x16xbf16>
    %cst_28 = stablehlo.constant dense<2.000000e+00> : tensor<bf16>
    %200 = stablehlo.broadcast_in_dim %cst_28, dims = [] : (tensor<bf16>) -> tensor<8x2048x16xbf16>
    %201 = stablehlo.multiply %199, %200 : tensor<8x2048x16xbf16>
    %202 = stablehlo.convert %arg30 : (tensor<16x21504xf32>) -> tensor<16x21504xbf16>
    %203 = stablehlo.dot_general %201, %202, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<8x2048x16xbf16>, tensor<16x21504xbf16>) -> tensor<8x2048x21504xbf16>
    %204 = stablehlo.add %197, %203 : tensor<8x2048x21504xbf16>
    %205 = stablehlo.multiply %196, %204 : tensor<8x2048x21504xbf16>
    %206 = stablehlo.dot_general %205, %arg17, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<8x2048x21504xbf16>, tensor<21504x5376xbf16>) -> tensor<8x2048x5376xbf16>
    %207 = stablehlo.convert %arg19 : (tensor<21504x16xf32>) -> tensor<21504x16xbf16>
    %208 = stablehlo.dot_general %205, %207, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<8x2048x21504xbf16>, tensor<21504x16xbf16>) -> tensor<8x2048x16xbf16>
    %cst_29 = stablehlo.constant dense<2.000000e+00> : tensor<bf16>
    %209 = stablehlo.broadcast_in_dim %cst_29, dims = [] : (tensor<bf16>) -> tensor<8x2048x16xbf16>
    %210 = stablehlo.multiply %208, %209 : tensor<8x2048x16xbf16>
    %211 = stablehlo.convert %arg20 : (tensor<16x5376xf32>) -> tensor<16x5376xbf16>
    %212 = stablehlo.dot_general %210, %211, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<8x2048x16xbf16>, tensor<16x5376xbf16>) -> tensor<8x2048x5376xbf16>
    %213 = stablehlo.add %206, %212 : tensor<8x2048x5376xbf16>
    %214 = stablehlo.convert %213 : (tensor<8x2048x5376xbf16>) -> tensor<8x2048x5376xf32>
    %215 = stablehlo.multiply %214, %214 : tensor<8x2048x5376xf32>
    %cst_30 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %216 = stablehlo.reduce(%215 init: %cst_30) applies stablehlo.add across dimensions = [2] : (tensor<8x2048x5376xf32>, tensor<f32>) -> tensor<8x2048xf32>
    %217 = stablehlo.broadcast_in_dim %216, dims = [0, 1] : (tensor<8x2048xf32>) -> tensor<8x2048x1xf32>
    %cst_31 = stablehlo.constant dense<5.376000e+03> : tensor<f32>
    %218 = stablehlo.broadcast_in_dim %cst_31, dims = [] : (tensor<f32>) -> tensor<8x2048x1xf32>
    %219 = stablehlo.divide %217, %218 : tensor<8x2048x1xf32>
    %cst_32 = stablehlo.constant dense<9.99999997E-7> : tensor<f32>
    %220 = stablehlo.broadcast_in_dim %cst_32, dims = [] : (tensor<f32>) -> tensor<8x2048x1xf32>
    %221 = stablehlo.add %219, %220 : tensor<8x2048x1xf32>
    %222 = stablehlo.rsqrt %221 : tensor<8x2048x1xf32>
    %223 = stablehlo.broadcast_in_dim %222, dims = [0, 1, 2] : (tensor<8x2048x1xf32>) -> tensor<8x2048x5376xf32>
    %224 = stablehlo.multiply %214, %223 : tensor<8x2048x5376xf32>
    %225 = stablehlo.convert %arg18 : (tensor<5376xbf16>) -> tensor<5376xf32>
    %cst_33 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %226 = stablehlo.broadcast_in_dim %cst_33, dims = [] : (tensor<f32>) -> tensor<5376xf32>
    %227 = stablehlo.add %226, %225 : tensor<5376xf32>
    %228 = stablehlo.broadcast_in_dim %227, dims = [2] : (tensor<5376xf32>) -> tensor<1x1x5376xf32>
    %229 = stablehlo.broadcast_in_dim %228, dims = [0, 1, 2] : (tensor<1x1x5376xf32>) -> tensor<8x2048x5376xf32>
    %230 = stablehlo.multiply %224, %229 : tensor<8x2048x5376xf32>
    %231 = stablehlo.convert %230 : (tensor<8x2048x5376xf32>) -> tensor<8x2048x5376xbf16>
    %232 = stablehlo.add %157, %231 : tensor<8x2048x5376xbf16>
    return %232, %0 : tensor<8x2048x5376xbf16>, tensor<8x2048x5376xbf16>
  }
  func.func private @_where_14(%arg0: tensor<i1>, %arg1: tensor<64xf32>, %arg2: tensor<64xf32>) -> tensor<64xf32> {
    %0 = stablehlo.select %arg0, %arg2, %arg1 : tensor<i1>, tensor<64xf32>
    return %0 : tensor<64xf32>
  }
  func.func private @_where_15(%arg0: tensor<8x1x1x2048x2048xi1>, %arg1: tensor<8x16x2x2048x2048xf32>, %arg2: tensor<f32>) -> tensor<8x16x2x2048x2048xf32> {
    %0 = stablehlo.convert %arg2 : tensor<f32>
    %1 = stablehlo.broadcast_in_dim %arg0, dims = [0, 1, 2, 3, 4] : (tensor<8x1x1x2048x2048xi1>) -> tensor<8x16x2x2048x2048xi1>
    %2 = stablehlo.broadcast_in_dim %0, dims = [] : (tensor<f32>) -> tensor<8x16x2x2048x2048xf32>
    %3 = stablehlo.select %1, %arg1, %2 : tensor<8x16x2x2048x2048xi1>, tensor<8x16x2x2048x2048xf32>
    return %3 : tensor<8x16x2x2048x2048xf32>
  }
  func.func private @dynamic_update_index_in_dim(%arg0: tensor<62x8x2048x5376xbf16>, %arg1: tensor<8x2048x5376xbf16>, %arg2: tensor<i32>) -> tensor<62x8x2048x5376xbf16> {
    %0 = stablehlo.broadcast_in_dim %arg1, dims = [1, 2, 3] : (tensor<8x2048x5376xbf16>) -> tensor<1x8x2048x5376xbf16>
    %c = stablehlo.constant dense<0> : tensor<i32>
    %c_0 = stablehlo.constant dense<0> : tensor<i32>
    %c_1 = stablehlo.constant dense<0> : tensor<i32>
    %1 = stablehlo.dynamic_update_slice %arg0, %0, %arg2, %c, %c_0, %c_1 : (tensor<62x8x2048x5376xbf16>, tensor<1x8x2048x5376xbf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<62x8x2048x5376xbf16>
    return %1 : tensor<62x8x2048x5376xbf16>
  }
  func.func private @_pad(%arg0: tensor<8x2047x5376xbf16>, %arg1: tensor<i32>) -> tensor<8x2048x5376xbf16> {
    %0 = stablehlo.convert %arg1 : (tensor<i32>) -> tensor<bf16>
    %1 = stablehlo.pad %arg0, %0, low = [0, 0, 0], high = [0, 1, 0], interior = [0, 0, 0] : (tensor<8x2047x5376xbf16>, tensor<bf16>) -> tensor<8x2048x5376xbf16>
    return %1 : tensor<8x2048x5376xbf16>
  }
  func.func private @_pad_16(%arg0: tensor<8x2047xi32>, %arg1: tensor<i32>) -> tensor<8x2048xi32> {
    %0 = stablehlo.convert %arg1 : tensor<i32>
    %1 = stablehlo.pad %arg0, %0, low = [0, 0], high = [0, 1], interior = [0, 0] : (tensor<8x2047xi32>, tensor<i32>) -> tensor<8x2048xi32>
    return %1 : tensor<8x2048xi32>
  }
  func.func private @_pad_17(%arg0: tensor<8x2047xf32>, %arg1: tensor<i32>) -> tensor<8x2048xf32> {
    %0 = stablehlo.convert %arg1 : (tensor<i32>) -> tensor<f32>
    %1 = stablehlo.pad %arg0, %0, low = [0, 0], high = [0, 1], interior = [0, 0] : (tensor<8x2047xf32>, tensor<f32>) -> tensor<8x2048xf32>
    return %1 : tensor<8x2048xf32>
  }
  func.func private @dynamic_index_in_dim_18(%arg0: tensor<4x8x512x5376xbf16>, %arg1: tensor<i32>) -> tensor<8x512x5376xbf16> {
    %c = stablehlo.constant dense<0> : tensor<i32>
    %c_0 = stablehlo.constant dense<0> : tensor<i32>
    %c_1 = stablehlo.constant dense<0> : tensor<i32>
    %0 = stablehlo.dynamic_slice %arg0, %arg1, %c, %c_0, %c_1, sizes = [1, 8, 512, 5376] : (tensor<4x8x512x5376xbf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x8x512x5376xbf16>
    %1 = stablehlo.reshape %0 : (tensor<1x8x512x5376xbf16>) -> tensor<8x512x5376xbf16>
    return %1 : tensor<8x512x5376xbf16>
  }
  func.func private @dynamic_index_in_dim_19(%arg0: tensor<4x8x512xi32>, %arg1: tensor<i32>) -> tensor<8x512xi32> {
    %c = stablehlo.constant dense<0> : tensor<i32>
    %c_0 = stablehlo.constant dense<0> : tensor<i32>
    %0 = stablehlo.dynamic_slice %arg0, %arg1, %c, %c_0, sizes = [1, 8, 512] : (tensor<4x8x512xi32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x8x512xi32>
    %1 = stablehlo.reshape %0 : (tensor<1x8x512xi32>) -> tensor<8x512xi32>
    return %1 : tensor<8x512xi32>
  }
  func.func private @dynamic_index_in_dim_20(%arg0: tensor<4x8x512xf32>, %arg1: tensor<i32>) -> tensor<8x512xf32> {
    %c = stablehlo.constant dense<0> : tensor<i32>
    %c_0 = stablehlo.constant dense<0> : tensor<i32>
    %0 = stablehlo.dynamic_slice %arg0, %arg1, %c, %c_0, sizes = [1, 8, 512] : (tensor<4x8x512xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x8x512xf32>
    %1 = stablehlo.reshape %0 : (tensor<1x8x512xf32>) -> tensor<8x512xf32>
    return %1 : tensor<8x512xf32>
  }
  func.func private @closed_call_21(%arg0: tensor<5376xbf16>, %arg1: tensor<262208x5376xbf16>, %arg2: tensor<8x512x5376xbf16>, %arg3: tensor<8x512xi32>, %arg4: tensor<8x512xf32>) -> (tensor<f32>, tensor<8x512x5376xbf16>) {
    %0 = stablehlo.convert %arg2 : (tensor<8x512x5376xbf16>) -> tensor<8x512x5376xf32>
    %1 = stablehlo.multiply %0, %0 : tensor<8x512x5376xf32>
    %cst = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %2 = stablehlo.reduce(%1 init: %cst) applies stablehlo.add across dimensions = [2] : (tensor<8x512x5376xf32>, tensor<f32>) -> tensor<8x512xf32>
    %3 = stablehlo.broadcast_in_dim %2, dims = [0, 1] : (tensor<8x512xf32>) -> tensor<8x512x1xf32>
    %cst_0 = stablehlo.constant dense<5.376000e+03> : tensor<f32>
    %4 = stablehlo.broadcast_in_dim %cst_0, dims = [] : (tensor<f32>) -> tensor<8x512x1xf32>
    %5 = stablehlo.divide %3, %4 : tensor<8x512x1xf32>
    %cst_1 = stablehlo.constant dense<9.99999997E-7> : tensor<f32>
    %6 = stablehlo.broadcast_in_dim %cst_1, dims = [] : (tensor<f32>) -> tensor<8x512x1xf32>
    %7 = stablehlo.add %5, %6 : tensor<8x512x1xf32>
    %8 = stablehlo.rsqrt %7 : tensor<8x512x1xf32>
    %9 = stablehlo.divide %8, %7 : tensor<8x512x1xf32>
    %cst_2 = stablehlo.constant dense<-5.000000e-01> : tensor<f32>
    %10 = stablehlo.broadcast_in_dim %cst_2, dims = [] : (tensor<f32>) -> tensor<8x512x1xf32>
    %11 = stablehlo.multiply %10, %9 : tensor<8x512x1xf32>
    %12 = stablehlo.broadcast_in_dim %8, dims = [0, 1, 2] : (tensor<8x512x1xf32>) -> tensor<8x512x5376xf32>
    %13 = stablehlo.multiply %0, %12 : tensor<8x512x5376xf32>
    %14 = stablehlo.convert %arg0 : (tensor<5376xbf16>) -> tensor<5376xf32>
    %cst_3 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %15 = stablehlo.broadcast_in_dim %cst_3, dims = [] : (tensor<f32>) -> tensor<5376xf32>
    %16 = stablehlo.add %15, %14 : tensor<5376xf32>
    %17 = stablehlo.broadcast_in_dim %16, dims = [2] : (tensor<5376xf32>) -> tensor<1x1x5376xf32>
    %18 = stablehlo.broadcast_in_dim %17, dims = [0, 1, 2] : (tensor<1x1x5376xf32>) -> tensor<8x512x5376xf32>
    %19 = stablehlo.multiply %13, %18 : tensor<8x512x5376xf32>
    %20 = stablehlo.convert %19 : (tensor<8x512x5376xf32>) -> tensor<8x512x5376xbf16>
    %21 = stablehlo.slice %arg1 [0:262144, 0:5376] : (tensor<262208x5376xbf16>) -> tensor<262144x5376xbf16>
    %22 = stablehlo.dot_general %20, %21, contracting_dims = [2] x [1], precision = [DEFAULT, DEFAULT] : (tensor<8x512x5376xbf16>, tensor<262144x5376xbf16>) -> tensor<8x512x262144xf32>
    %23 = stablehlo.broadcast_in_dim %arg3, dims = [0, 1] : (tensor<8x512xi32>) -> tensor<8x512x1xi32>
    %24:2 = call @take_along_axis(%22, %23) : (tensor<8x512x262144xf32>, tensor<8x512x1xi32>) -> (tensor<8x512x1xf32>, tensor<8x512x1x1xi32>)
    %25 = stablehlo.reshape %24#0 : (tensor<8x512x1xf32>) -> tensor<8x512xf32>
    %cst_4 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %26 = stablehlo.reduce(%22 init: %cst_4) applies stablehlo.maximum across dimensions = [2] : (tensor<8x512x262144xf32>, tensor<f32>) -> tensor<8x512xf32>
    %cst_5 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %27 = stablehlo.broadcast_in_dim %cst_5, dims = [] : (tensor<f32>) -> tensor<8x512xf32>
    %28 = stablehlo.maximum %27, %26 : tensor<8x512xf32>
    %29 = stablehlo.is_finite %28 : (tensor<8x512xf32>) -> tensor<8x512xi1>
    %cst_6 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %30 = stablehlo.broadcast_in_dim %cst_6, dims = [] : (tensor<f32>) -> tensor<8x512xf32>
    %31 = stablehlo.select %29, %28, %30 : tensor<8x512xi1>, tensor<8x512xf32>
    %32 = stablehlo.broadcast_in_dim %31, dims = [0, 1] : (tensor<8x512xf32>) -> tensor<8x512x1xf32>
    %33 = stablehlo.broadcast_in_dim %32, dims = [0, 1, 2] : (tensor<8x512x1xf32>) -> tensor<8x512x262144xf32>
    %34 = stablehlo.subtract %22, %33 : tensor<8x512x262144xf32>
    %35 = stablehlo.exponential %34 : tensor<8x512x262144xf32>
    %cst_7 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %36 = stablehlo.reduce(%35 init: %cst_7) applies stablehlo.add across dimensions = [2] : (tensor<8x512x262144xf32>, tensor<f32>) -> tensor<8x512xf32>
    %37 = stablehlo.abs %36 : tensor<8x512xf32>
    %cst_8 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %38 = stablehlo.broadcast_in_dim %cst_8, dims = [] : (tensor<f32>) -> tensor<8x512xf32>
    %39 = stablehlo.compare GE, %36, %38, FLOAT : (tensor<8x512xf32>, tensor<8x512xf32>) -> tensor<8x512xi1>
    %40 = stablehlo.log %37 : tensor<8x512xf32>
    %41 = stablehlo.add %40, %31 : tensor<8x512xf32>
    %42 = stablehlo.subtract %25, %41 : tensor<8x512xf32>
    %43 = stablehlo.multiply %42, %arg4 : tensor<8x512xf32>
    %cst_9 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %44 = stablehlo.reduce(%43 init: %cst_9) applies stablehlo.add across dimensions = [0, 1] : (tensor<8x512xf32>, tensor<f32>) -> tensor<f32>
    %45 = stablehlo.negate %44 : tensor<f32>
    %cst_10 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %46 = stablehlo.negate %cst_10 : tensor<f32>
    %47 = stablehlo.broadcast_in_dim %46, dims = [] : (tensor<f32>) -> tensor<8x512xf32>
    %48 = stablehlo.multiply %47, %arg4 : tensor<8x512xf32>
    %49 = stablehlo.negate %48 : tensor<8x512xf32>
    %50 = stablehlo.divide %49, %37 : tensor<8x512xf32>
    %cst_11 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %51 = stablehlo.broadcast_in_dim %cst_11, dims = [] : (tensor<f32>) -> tensor<8x512xf32>
    %52 = stablehlo.select %39, %51, %50 : tensor<8x512xi1>, tensor<8x512xf32>
    %53 = stablehlo.select %39, %50, %51 : tensor<8x512xi1>, tensor<8x512xf32>
    %54 = stablehlo.negate %52 : tensor<8x512xf32>
    %55 = stablehlo.add %53, %54 : tensor<8x512xf32>
    %56 = stablehlo.broadcast_in_dim %55, dims = [0, 1] : (tensor<8x512xf32>) -> tensor<8x512x262144xf32>
    %57 = stablehlo.multiply %56, %35 : tensor<8x512x262144xf32>
    %58 = stablehlo.broadcast_in_dim %48, dims = [0, 1] : (tensor<8x512xf32>) -> tensor<8x512x1xf32>
    %59 = call @take_along_axis_22(%24#1, %58) : (tensor<8x512x1x1xi32>, tensor<8x512x1xf32>) -> tensor<8x512x262144xf32>
    %60 = stablehlo.add %57, %59 : tensor<8x512x262144xf32>
    %61 = stablehlo.dot_general %60, %21, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<8x512x262144xf32>, tensor<262144x5376xbf16>) -> tensor<8x512x5376xf32>
    %62 = stablehlo.convert %61 : (tensor<8x512x5376xf32>) -> tensor<8x512x5376xbf16>
    %63 = stablehlo.convert %62 : (tensor<8x512x5376xbf16>) -> tensor<8x512x5376xf32>
    %64 = stablehlo.broadcast_in_dim %17, dims = [0, 1, 2] : (tensor<1x1x5376xf32>) -> tensor<8x512x5376xf32>
    %65 = stablehlo.multiply %63, %64 : tensor<8x512x5376xf32>
    %66 = stablehlo.multiply %0, %65 : tensor<8x512x5376xf32>
    %cst_12 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %67 = stablehlo.reduce(%66 init: %cst_12) applies stablehlo.add across dimensions = [2] : (tensor<8x512x5376xf32>, tensor<f32>) -> tensor<8x512xf32>
    %68 = stablehlo.reshape %67 : (tensor<8x512xf32>) -> tensor<8x512x1xf32>
    %69 = stablehlo.broadcast_in_dim %8, dims = [0, 1, 2] : (tensor<8x512x1xf32>) -> tensor<8x512x5376xf32>
    %70 = stablehlo.multiply %65, %69 : tensor<8x512x5376xf32>
    %71 = stablehlo.multiply %68, %11 : tensor<8x512x1xf32>
    %cst_13 = stablehlo.constant dense<5.376000e+03> : tensor<f32>
    %72 = stablehlo.broadcast_in_dim %cst_13, dims = [] : (tensor<f32>) -> tensor<8x512x1xf32>
    %73 = stablehlo.divide %71, %72 : tensor<8x512x1xf32>
    %cst_14 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %74 = stablehlo.reduce(%73 init: %cst_14) applies stablehlo.add across dimensions = [2] : (tensor<8x512x1xf32>, tensor<f32>) -> tensor<8x512xf32>
    %75 = stablehlo.broadcast_in_dim %74, dims = [0, 1] : (tensor<8x512xf32>) -> tensor<8x512x5376xf32>
    %76 = stablehlo.multiply %0, %75 : tensor<8x512x5376xf32>
    %77 = stablehlo.add %70, %76 : tensor<8x512x5376xf32>
    %78 = stablehlo.multiply %75, %0 : tensor<8x512x5376xf32>
    %79 = stablehlo.add %77, %78 : tensor<8x512x5376xf32>
    %80 = stablehlo.convert %79 : (tensor<8x512x5376xf32>) -> tensor<8x512x5376xbf16>
    return %45, %80 : tensor<f32>, tensor<8x512x5376xbf16>
  }
  func.func private @take_along_axis(%arg0: tensor<8x512x262144xf32>, %arg1: tensor<8x512x1xi32>) -> (tensor<8x512x1xf32>, tensor<8x512x1x1xi32>) {
    %c = stablehlo.constant dense<0> : tensor<i32>
    %0 = stablehlo.broadcast_in_dim %c, dims = [] : (tensor<i32>) -> tensor<8x512x1xi32>
    %1 = stablehlo.compare LT, %arg1, %0, SIGNED : (tensor<8x512x1xi32>, tensor<8x512x1xi32>) -> tensor<8x512x1xi1>
    %c_0 = stablehlo.constant dense<262144> : tensor<i32>
    %2 = stablehlo.broadcast_in_dim %c_0, dims = [] : (tensor<i32>) -> tensor<8x512x1xi32>
    %3 = stablehlo.add %arg1, %2 : tensor<8x512x1xi32>
    %4 = stablehlo.select %1, %3, %arg1 : tensor<8x512x1xi1>, tensor<8x512x1xi32>
    %5 = stablehlo.reshape %4 : (tensor<8x512x1xi32>) -> tensor<8x512x1x1xi32>
    %c_1 = stablehlo.constant dense<262143> : tensor<1xi32>
    %c_2 = stablehlo.constant dense<0> : tensor<i32>
    %6 = stablehlo.broadcast_in_dim %c_2, dims = [] : (tensor<i32>) -> tensor<8x512x1x1xi32>
    %7 = stablehlo.compare GE, %5, %6, SIGNED : (tensor<8x512x1x1xi32>, tensor<8x512x1x1xi32>) -> tensor<8x512x1x1xi1>
    %8 = stablehlo.broadcast_in_dim %c_1, dims = [3] : (tensor<1xi32>) -> tensor<1x1x1x1xi32>
    %9 = stablehlo.broadcast_in_dim %8, dims = [0, 1, 2, 3] : (tensor<1x1x1x1xi32>) -> tensor<8x512x1x1xi32>
    %10 = stablehlo.compare LE, %5, %9, SIGNED : (tensor<8x512x1x1xi32>, tensor<8x512x1x1xi32>) -> tensor<8x512x1x1xi1>
    %11 = stablehlo.and %7, %10 : tensor<8x512x1x1xi1>
    %c_3 = stablehlo.constant dense<true> : tensor<i1>
    %12 = stablehlo.reduce(%11 init: %c_3) applies stablehlo.and across dimensions = [3] : (tensor<8x512x1x1xi1>, tensor<i1>) -> tensor<8x512x1xi1>
    %13 = "stablehlo.gather"(%arg0, %5) <{dimension_numbers = #stablehlo.gather<collapsed_slice_dims = [2], operand_batching_dims = [0, 1], start_indices_batching_dims = [0, 1], start_index_map = [2], index_vector_dim = 3>, indices_are_sorted = false, slice_sizes = array<i64: 1, 1, 1>}> : (tensor<8x512x262144xf32>, tensor<8x512x1x1xi32>) -> tensor<8x512x1xf32>
    %cst = stablehlo.constant dense<0x7FC00000> : tensor<f32>
    %14 = stablehlo.broadcast_in_dim %cst, dims = [] : (tensor<f32>) -> tensor<8x512x1xf32>
    %15 = stablehlo.select %12, %13, %14 : tensor<8x512x1xi1>, tensor<8x512x1xf32>
    return %15, %5 : tensor<8x512x1xf32>, tensor<8x512x1x1xi32>
  }
  func.func private @take_along_axis_22(%arg0: tensor<8x512x1x1xi32>, %arg1: tensor<8x512x1xf32>) -> tensor<8x512x262144xf32> {
    %cst = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %0 = stablehlo.broadcast_in_dim %cst, dims = [] : (tensor<f32>) -> tensor<8x512x262144xf32>
    %1 = "stablehlo.scatter"(%0, %arg0, %arg1) <{indices_are_sorted = false, scatter_dimension_numbers = #stablehlo.scatter<inserted_window_dims = [2], input_batching_dims = [0, 1], scatter_indices_batching_dims = [0, 1], scatter_dims_to_operand_dims = [2], index_vector_dim = 3>, unique_indices = false}> ({
    ^bb0(%arg2: tensor<f32>, %arg3: tensor<f32>):
      %2 = stablehlo.add %arg2, %arg3 : tensor<f32>
      stablehlo.return %2 : tensor<f32>
    }) : (tensor<8x512x262144xf32>, tensor<8x512x1x1xi32>, tensor<8x512x1xf32>) -> tensor<8x512x262144xf32>
    return %1 : tensor<8x512x262144xf32>
  }
  func.func private @dynamic_update_index_in_dim_23(%arg0: tensor<4xf32>, %arg1: tensor<f32>, %arg2: tensor<i32>) -> tensor<4xf32> {
    %0 = stablehlo.broadcast_in_dim %arg1, dims = [] : (tensor<f32>) -> tensor<1xf32>
    %1 = stablehlo.dynamic_update_slice %arg0, %0, %arg2 : (tensor<4xf32>, tensor<1xf32>, tensor<i32>) -> tensor<4xf32>
    return %1 : tensor<4xf32>
  }
  func.func private @dynamic_update_index_in_dim_24(%arg0: tensor<4x8x512x5376xbf16>, %arg1: tensor<8x512x5376xbf16>, %arg2: tensor<i32>) -> tensor<4x8x512x5376xbf16> {
    %0 = stablehlo.broadcast_in_dim %arg1, dims = [1, 2, 3] : (tensor<8x512x5376xbf16>) -> tensor<1x8x512x5376xbf16>
    %c = stablehlo.constant dense<0> : tensor<i32>
    %c_0 = stablehlo.constant dense<0> : tensor<i32>
    %c_1 = stablehlo.constant dense<0> : tensor<i32>
    %1 = stablehlo.dynamic_update_slice %arg0, %0, %arg2, %c, %c_0, %c_1 : (tensor<4x8x512x5376xbf16>, tensor<1x8x512x5376xbf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<4x8x512x5376xbf16>
    return %1 : tensor<4x8x512x5376xbf16>
  }
  func.func private @_pad_25(%arg0: tensor<8x2048x5376xbf16>) -> tensor<8x2047x5376xbf16> {
    %cst = stablehlo.constant dense<0.000000e+00> : tensor<bf16>
    %0 = stablehlo.pad %arg0, %cst, low = [0, 0, 0], high = [0, -1, 0], interior = [0, 0, 0] : (tensor<8x2048x5376xbf16>, tensor<bf16>) -> tensor<8x2047x5376xbf16>
    %1 = stablehlo.slice %0 [0:8, 0:2047, 0:5376] : (tensor<8x2047x5376xbf16>) -> tensor<8x2047x5376xbf16>
    return %1 : tensor<8x2047x5376xbf16>
  }
  func.func private @dynamic_index_in_dim_26(%arg0: tensor<62x8x2048x5376xbf16>, %arg1: tensor<i32>) -> tensor<8x2048x5376xbf16> {
    %c = stablehlo.constant dense<0> : tensor<i32>
    %c_0 = stablehlo.constant dense<0> : tensor<i32>
    %c_1 = stablehlo.constant dense<0> : tensor<i32>
    %0 = stablehlo.dynamic_slice %arg0, %arg1, %c, %c_0, %c_1, sizes = [1, 8, 2048, 5376] : (tensor<62x8x2048x5376xbf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x8x2048x5376xbf16>
    %1 = stablehlo.reshape %0 : (tensor<1x8x2048x5376xbf16>) -> tensor<8x2048x5376xbf16>
    return %1 : tensor<8x2048x5376xbf16>
  }
  func.func private @closed_call_27(%arg0: tensor<8x2048xi32>, %arg1: tensor<8x2048xi32>, %arg2: tensor<8x2048x5376xbf16>, %arg3: tensor<8x2048x5376xbf16>, %arg4: tensor<5376xbf16>, %arg5: tensor<32x5376x128xbf16>, %arg6: tensor<16x5376x128xbf16>, %arg7: tensor<16x5376x128xbf16>, %arg8: tensor<32x128x5376xbf16>, %arg9: tensor<128xbf16>, %arg10: tensor<128xbf16>, %arg11: tensor<5376xbf16>, %arg12: tensor<5376xbf16>, %arg13: tensor<5376x21504xbf16>, %arg14: tensor<5376x21504xbf16>, %arg15: tensor<21504x5376xbf16>, %arg16: tensor<5376xbf16>, %arg17: tensor<21504x16xf32>, %arg18: tensor<16x5376xf32>, %arg19: tensor<5376x16xf32>, %arg20: tensor<16x21504xf32>, %arg21: tensor<5376x16xf32>, %arg22: tensor<16x16x128xf32>, %arg23: tensor<32x128x16xf32>, %arg24: tensor<16x5376xf32>, %arg25: tensor<5376x16xf32>, %arg26: tensor<16x32x128xf32>, %arg27: tensor<5376x16xf32>, %arg28: tensor<16x21504xf32>, %arg29: tensor<5376x16xf32>, %arg30: tensor<16x16x128xf32>, %arg31: tensor<i1>) -> (tensor<8x2048x5376xbf16>, tensor<21504x16xf32>, tensor<16x5376xf32>, tensor<5376x16xf32>, tensor<16x21504xf32>, tensor<5376x16xf32>, tensor<16x16x128xf32>, tensor<32x128x16xf32>, tensor<16x5376xf32>, tensor<5376x16xf32>, tensor<16x32x128xf32>, tensor<5376x16xf32>, tensor<16x21504xf32>, tensor<5376x16xf32>, tensor<16x16x128xf32>) {
    %0:32 = stablehlo.optimization_barrier %arg3, %arg0, %arg1, %arg4, %arg5, %arg6, %arg7, %arg8, %arg9, %arg10, %arg11, %arg12, %arg13, %arg14, %arg15, %arg16, %arg17, %arg18, %arg19, %arg20, %arg21, %arg22, %arg23, %arg24, %arg25, %arg26, %arg27, %arg28, %arg29, %arg30, %arg31, %arg2 : tensor<8x2048x5376xbf16>, tensor<8x2048xi32>, tensor<8x2048xi32>, tensor<5376xbf16>, tensor<32x5376x128xbf16>, tensor<16x5376x128xbf16>, tensor<16x5376x128xbf16>, tensor<32x128x5376xbf16>, tensor<128xbf16>, tensor<128xbf16>, tensor<5376xbf16>, tensor<5376xbf16>, tensor<5376x21504xbf16>, tensor<5376x21504xbf16>, tensor<21504x5376xbf16>, tensor<5376xbf16>, tensor<21504x16xf32>, tensor<16x5376xf32>, tensor<5376x16xf32>, tensor<16x21504xf32>, tensor<5376x16xf32>, tensor<16x16x128xf32>, tensor<32x128x16xf32>, tensor<16x5376xf32>, tensor<5376x16xf32>, tensor<16x32x128xf32>, tensor<5376x16xf32>, tensor<16x21504xf32>, tensor<5376x16xf32>, tensor<16x16x128xf32>, tensor<i1>, tensor<8x2048x5376xbf16>
    %1 = stablehlo.custom_call @annotate_device_placement(%0#0) {backend_config = "", has_side_effect = true, mhlo.frontend_attributes = {_xla_buffer_placement = "device"}} : (tensor<8x2048x5376xbf16>) -> tensor<8x2048x5376xbf16>
    %2 = stablehlo.convert %1 : (tensor<8x2048x5376xbf16>) -> tensor<8x2048x5376xf32>
    %3 = stablehlo.multiply %2, %2 : tensor<8x2048x5376xf32>
    %cst = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %4 = stablehlo.reduce(%3 init: %cst) applies stablehlo.add across dimensions = [2] : (tensor<8x2048x5376xf32>, tensor<f32>) -> tensor<8x2048xf32>
    %5 = stablehlo.broadcast_in_dim %4, dims = [0, 1] : (tensor<8x2048xf32>) -> tensor<8x2048x1xf32>
    %cst_0 = stablehlo.constant dense<5.376000e+03> : tensor<f32>
    %6 = stablehlo.broadcast_in_dim %cst_0, dims = [] : (tensor<f32>) -> tensor<8x2048x1xf32>
    %7 = stablehlo.divide %5, %6 : tensor<8x2048x1xf32>
    %cst_1 = stablehlo.constant dense<9.99999997E-7> : tensor<f32>
    %8 = stablehlo.broadcast_in_dim %cst_1, dims = [] : (tensor<f32>) -> tensor<8x2048x1xf32>
    %9 = stablehlo.add %7, %8 : tensor<8x2048x1xf32>
    %10 = stablehlo.rsqrt %9 : tensor<8x2048x1xf32>
    %11 = stablehlo.divide %10, %9 : tensor<8x2048x1xf32>
    %cst_2 = stablehlo.constant dense<-5.000000e-01> : tensor<f32>
    %12 = stablehlo.broadcast_in_dim %cst_2, dims = [] : (tensor<f32>) -> tensor<8x2048x1xf32>
    %13 = stablehlo.multiply %12, %11 : tensor<8x2048x1xf32>
    %14 = stablehlo.broadcast_in_dim %10, dims = [0, 1, 2] : (tensor<8x2048x1xf32>) -> tensor<8x2048x5376xf32>
    %15 = stablehlo.multiply %2, %14 : tensor<8x2048x5376xf32>
    %16 = stablehlo.convert %0#3 : (tensor<5376xbf16>) -> tensor<5376xf32>
    %cst_3 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %17 = stablehlo.broadcast_in_dim %cst_3, dims = [] : (tensor<f32>) -> tensor<5376xf32>
    %18 = stablehlo.add %17, %16 : tensor<5376xf32>
    %19 = stablehlo.broadcast_in_dim %18, dims = [2] : (tensor<5376xf32>) -> tensor<1x1x5376xf32>
    %20 = stablehlo.broadcast_in_dim %19, dims = [0, 1, 2] : (tensor<1x1x5376xf32>) -> tensor<8x2048x5376xf32>
    %21 = stablehlo.multiply %15, %20 : tensor<8x2048x5376xf32>
    %22 = stablehlo.convert %21 : (tensor<8x2048x5376xf32>) -> tensor<8x2048x5376xbf16>
    %23 = stablehlo.dot_general %22, %0#4, contracting_dims = [2] x [1], precision = [DEFAULT, DEFAULT] : (tensor<8x2048x5376xbf16>, tensor<32x5376x128xbf16>) -> tensor<8x2048x32x128xbf16>
    %24 = stablehlo.convert %0#24 : (tensor<5376x16xf32>) -> tensor<5376x16xbf16>
    %25 = stablehlo.dot_general %22, %24, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<8x2048x5376xbf16>, tensor<5376x16xbf16>) -> tensor<8x2048x16xbf16>
    %cst_4 = stablehlo.constant dense<2.000000e+00> : tensor<bf16>
    %26 = stablehlo.broadcast_in_dim %cst_4, dims = [] : (tensor<bf16>) -> tensor<8x2048x16xbf16>
    %27 = stablehlo.multiply %25, %26 : tensor<8x2048x16xbf16>
    %28 = stablehlo.convert %0#25 : (tensor<16x32x128xf32>) -> tensor<16x32x128xbf16>
    %29 = stablehlo.dot_general %27, %28, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<8x2048x16xbf16>, tensor<16x32x128xbf16>) -> tensor<8x2048x32x128xbf16>
    %30 = stablehlo.add %23, %29 : tensor<8x2048x32x128xbf16>
    %31 = stablehlo.dot_general %22, %0#5, contracting_dims = [2] x [1], precision = [DEFAULT, DEFAULT] : (tensor<8x2048x5376xbf16>, tensor<16x5376x128xbf16>) -> tensor<8x2048x16x128xbf16>
    %32 = stablehlo.convert %0#20 : (tensor<5376x16xf32>) -> tensor<5376x16xbf16>
    %33 = stablehlo.dot_general %22, %32, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<8x2048x5376xbf16>, tensor<5376x16xbf16>) -> tensor<8x2048x16xbf16>
    %cst_5 = stablehlo.constant dense<2.000000e+00> : tensor<bf16>
    %34 = stablehlo.broadcast_in_dim %cst_5, dims = [] : (tensor<bf16>) -> tensor<8x2048x16xbf16>
    %35 = stablehlo.multiply %33, %34 : tensor<8x2048x16xbf16>
    %36 = stablehlo.convert %0#21 : (tensor<16x16x128xf32>) -> tensor<16x16x128xbf16>
    %37 = stablehlo.dot_general %35, %36, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<8x2048x16xbf16>, tensor<16x16x128xbf16>) -> tensor<8x2048x16x128xbf16>
    %38 = stablehlo.add %31, %37 : tensor<8x2048x16x128xbf16>
    %39 = stablehlo.dot_general %22, %0#6, contracting_dims = [2] x [1], precision = [DEFAULT, DEFAULT] : (tensor<8x2048x5376xbf16>, tensor<16x5376x128xbf16>) -> tensor<8x2048x16x128xbf16>
    %40 = stablehlo.convert %0#28 : (tensor<5376x16xf32>) -> tensor<5376x16xbf16>
    %41 = stablehlo.dot_general %22, %40, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<8x2048x5376xbf16>, tensor<5376x16xbf16>) -> tensor<8x2048x16xbf16>
    %cst_6 = stablehlo.constant dense<2.000000e+00> : tensor<bf16>
    %42 = stablehlo.broadcast_in_dim %cst_6, dims = [] : (tensor<bf16>) -> tensor<8x2048x16xbf16>
    %43 = stablehlo.multiply %41, %42 : tensor<8x2048x16xbf16>
    %44 = stablehlo.convert %0#29 : (tensor<16x16x128xf32>) -> tensor<16x16x128xbf16>
    %45 = stablehlo.dot_general %43, %44, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<8x2048x16xbf16>, tensor<16x16x128xbf16>) -> tensor<8x2048x16x128xbf16>
    %46 = stablehlo.add %39, %45 : tensor<8x2048x16x128xbf16>
    %47 = stablehlo.convert %30 : (tensor<8x2048x32x128xbf16>) -> tensor<8x2048x32x128xf32>
    %48 = stablehlo.multiply %47, %47 : tensor<8x2048x32x128xf32>
    %cst_7 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %49 = stablehlo.reduce(%48 init: %cst_7) applies stablehlo.add across dimensions = [3] : (tensor<8x2048x32x128xf32>, tensor<f32>) -> tensor<8x2048x32xf32>
    %50 = stablehlo.broadcast_in_dim %49, dims = [0, 1, 2] : (tensor<8x2048x32xf32>) -> tensor<8x2048x32x1xf32>
    %cst_8 = stablehlo.constant dense<1.280000e+02> : tensor<f32>
    %51 = stablehlo.broadcast_in_dim %cst_8, dims = [] : (tensor<f32>) -> tensor<8x2048x32x1xf32>
    %52 = stablehlo.divide %50, %51 : tensor<8x2048x32x1xf32>
    %cst_9 = stablehlo.constant dense<9.99999997E-7> : tensor<f32>
    %53 = stablehlo.broadcast_in_dim %cst_9, dims = [] : (tensor<f32>) -> tensor<8x2048x32x1xf32>
    %54 = stablehlo.add %52, %53 : tensor<8x2048x32x1xf32>
    %55 = stablehlo.rsqrt %54 : tensor<8x2048x32x1xf32>
    %56 = stablehlo.divide %55, %54 : tensor<8x2048x32x1xf32>
    %cst_10 = stablehlo.constant dense<-5.000000e-01> : tensor<f32>
    %57 = stablehlo.broadcast_in_dim %cst_10, dims = [] : (tensor<f32>) -> tensor<8x2048x32x1xf32>
    %58 = stablehlo.multiply %57, %56 : tensor<8x2048x32x1xf32>
    %59 = stablehlo.broadcast_in_dim %55, dims = [0, 1, 2, 3] : (tensor<8x2048x32x1xf32>) -> tensor<8x2048x32x128xf32>
    %60 = stablehlo.multiply %47, %59 : tensor<8x2048x32x128xf32>
    %61 = stablehlo.convert %0#8 : (tensor<128xbf16>) -> tensor<128xf32>
    %cst_11 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %62 = stablehlo.broadcast_in_dim %cst_11, dims = [] : (tensor<f32>) -> tensor<128xf32>
    %63 = stablehlo.add %62, %61 : tensor<128xf32>
    %64 = stablehlo.broadcast_in_dim %63, dims = [3] : (tensor<128xf32>) -> tensor<1x1x1x128xf32>
    %65 = stablehlo.broadcast_in_dim %64, dims = [0, 1, 2, 3] : (tensor<1x1x1x128xf32>) -> tensor<8x2048x32x128xf32>
    %66 = stablehlo.multiply %60, %65 : tensor<8x2048x32x128xf32>
    %67 = stablehlo.convert %66 : (tensor<8x2048x32x128xf32>) -> tensor<8x2048x32x128xbf16>
    %68 = stablehlo.convert %38 : (tensor<8x2048x16x128xbf16>) -> tensor<8x2048x16x128xf32>
    %69 = stablehlo.multiply %68, %68 : tensor<8x2048x16x128xf32>
    %cst_12 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %70 = stablehlo.reduce(%69 init: %cst_12) applies stablehlo.add across dimensions = [3] : (tensor<8x2048x16x128xf32>, tensor<f32>) -> tensor<8x2048x16xf32>
    %71 = stablehlo.broadcast_in_dim %70, dims = [0, 1, 2] : (tensor<8x2048x16xf32>) -> tensor<8x2048x16x1xf32>
    %cst_13 = stablehlo.constant dense<1.280000e+02> : tensor<f32>
    %72 = stablehlo.broadcast_in_dim %cst_13, dims = [] : (tensor<f32>) -> tensor<8x2048x16x1xf32>
    %73 = stablehlo.divide %71, %72 : tensor<8x2048x16x1xf32>
    %cst_14 = stablehlo.constant dense<9.99999997E-7> : tensor<f32>
    %74 = stablehlo.broadcast_in_dim %cst_14, dims = [] : (tensor<f32>) -> tensor<8x2048x16x1xf32>
    %75 = stablehlo.add %73, %74 : tensor<8x2048x16x1xf32>
    %76 = stablehlo.rsqrt %75 : tensor<8x2048x16x1xf32>
    %77 = stablehlo.divide %76, %75 : tensor<8x2048x16x1xf32>
    %cst_15 = stablehlo.constant dense<-5.000000e-01> : tensor<f32>
    %78 = stablehlo.broadcast_in_dim %cst_15, dims = [] : (tensor<f32>) -> tensor<8x2048x16x1xf32>
    %79 = stablehlo.multiply %78, %77 : tensor<8x2048x16x1xf32>
    %80 = stablehlo.broadcast_in_dim %76, dims = [0, 1, 2, 3] : (tensor<8x2048x16x1xf32>) -> tensor<8x2048x16x128xf32>
    %81 = stablehlo.multiply %68, %80 : tensor<8x2048x16x128xf32>
    %82 = stablehlo.convert %0#9 : (tensor<128xbf16>) -> tensor<128xf32>
    %cst_16 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %83 = stablehlo.broadcast_in_dim %cst_16, dims = [] : (tensor<f32>) -> tensor<128xf32>
    %84 = stablehlo.add %83, %82 : tensor<128xf32>
    %85 = stablehlo.broadcast_in_dim %84, dims = [3] : (tensor<128xf32>) -> tensor<1x1x1x128xf32>
    %86 = stablehlo.broadcast_in_dim %85, dims = [0, 1, 2, 3] : (tensor<1x1x1x128xf32>) -> tensor<8x2048x16x128xf32>
    %87 = stablehlo.multiply %81, %86 : tensor<8x2048x16x128xf32>
    %88 = stablehlo.convert %87 : (tensor<8x2048x16x128xf32>) -> tensor<8x2048x16x128xbf16>
    %89 = stablehlo.iota dim = 0 : tensor<64xf32>
    %cst_17 = stablehlo.constant dense<2.000000e+00> : tensor<f32>
    %90 = stablehlo.broadcast_in_dim %cst_17, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %91 = stablehlo.multiply %90, %89 : tensor<64xf32>
    %cst_18 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %92 = stablehlo.broadcast_in_dim %cst_18, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %93 = stablehlo.add %92, %91 : tensor<64xf32>
    %cst_19 = stablehlo.constant dense<1.280000e+02> : tensor<f32>
    %94 = stablehlo.broadcast_in_dim %cst_19, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %95 = stablehlo.divide %93, %94 : tensor<64xf32>
    %cst_20 = stablehlo.constant dense<1.000000e+04> : tensor<f32>
    %96 = stablehlo.broadcast_in_dim %cst_20, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %97 = stablehlo.power %96, %95 : tensor<64xf32>
    %cst_21 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %98 = stablehlo.broadcast_in_dim %cst_21, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %99 = stablehlo.divide %98, %97 : tensor<64xf32>
    %cst_22 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %100 = stablehlo.broadcast_in_dim %cst_22, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %101 = stablehlo.divide %99, %100 : tensor<64xf32>
    %102 = stablehlo.iota dim = 0 : tensor<64xf32>
    %cst_23 = stablehlo.constant dense<2.000000e+00> : tensor<f32>
    %103 = stablehlo.broadcast_in_dim %cst_23, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %104 = stablehlo.multiply %103, %102 : tensor<64xf32>
    %cst_24 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %105 = stablehlo.broadcast_in_dim %cst_24, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %106 = stablehlo.add %105, %104 : tensor<64xf32>
    %cst_25 = stablehlo.constant dense<1.280000e+02> : tensor<f32>
    %107 = stablehlo.broadcast_in_dim %cst_25, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %108 = stablehlo.divide %106, %107 : tensor<64xf32>
    %cst_26 = stablehlo.constant dense<1.000000e+06> : tensor<f32>
    %109 = stablehlo.broadcast_in_dim %cst_26, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %110 = stablehlo.power %109, %108 : tensor<64xf32>
    %cst_27 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %111 = stablehlo.broadcast_in_dim %cst_27, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %112 = stablehlo.divide %111, %110 : tensor<64xf32>
    %cst_28 = stablehlo.constant dense<8.000000e+00> : tensor<f32>
    %113 = stablehlo.broadcast_in_dim %cst_28, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %114 = stablehlo.divide %112, %113 : tensor<64xf32>
    %115 = call @_where_28(%0#30, %114, %101) : (tensor<i1>, tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %116 = stablehlo.convert %0#1 : (tensor<8x2048xi32>) -> tensor<8x2048xf32>
    %117 = stablehlo.broadcast_in_dim %116, dims = [0, 1] : (tensor<8x2048xf32>) -> tensor<8x2048x1xf32>
    %118 = stablehlo.broadcast_in_dim %115, dims = [2] : (tensor<64xf32>) -> tensor<1x1x64xf32>
    %119 = stablehlo.broadcast_in_dim %117, dims = [0, 1, 2] : (tensor<8x2048x1xf32>) -> tensor<8x2048x64xf32>
    %120 = stablehlo.broadcast_in_dim %118, dims = [0, 1, 2] : (tensor<1x1x64xf32>) -> tensor<8x2048x64xf32>
    %121 = stablehlo.multiply %119, %120 : tensor<8x2048x64xf32>
    %122 = stablehlo.sine %121 : tensor<8x2048x64xf32>
    %123 = stablehlo.broadcast_in_dim %122, dims = [0, 1, 3] : (tensor<8x2048x64xf32>) -> tensor<8x2048x1x64xf32>
    %124 = stablehlo.cosine %121 : tensor<8x2048x64xf32>
    %125 = stablehlo.broadcast_in_dim %124, dims = [0, 1, 3] : (tensor<8x2048x64xf32>) -> tensor<8x2048x1x64xf32>
    %126 = stablehlo.convert %67 : (tensor<8x2048x32x128xbf16>) -> tensor<8x2048x32x128xf32>
    %127 = stablehlo.slice %126 [0:8, 0:2048, 0:32, 0:64] : (tensor<8x2048x32x128xf32>) -> tensor<8x2048x32x64xf32>
    %128 = stablehlo.slice %126 [0:8, 0:2048, 0:32, 64:128] : (tensor<8x2048x32x128xf32>) -> tensor<8x2048x32x64xf32>
    %129 = stablehlo.broadcast_in_dim %125, dims = [0, 1, 2, 3] : (tensor<8x2048x1x64xf32>) -> tensor<8x2048x32x64xf32>
    %130 = stablehlo.multiply %127, %129 : tensor<8x2048x32x64xf32>
    %131 = stablehlo.broadcast_in_dim %123, dims = [0, 1, 2, 3] : (tensor<8x2048x1x64xf32>) -> tensor<8x2048x32x64xf32>
    %132 = stablehlo.multiply %128, %131 : tensor<8x2048x32x64xf32>
    %133 = stablehlo.subtract %130, %132 : tensor<8x2048x32x64xf32>
    %134 = stablehlo.broadcast_in_dim %125, dims = [0, 1, 2, 3] : (tensor<8x2048x1x64xf32>) -> tensor<8x2048x32x64xf32>
    %135 = stablehlo.multiply %128, %134 : tensor<8x2048x32x64xf32>
    %136 = stablehlo.broadcast_in_dim %123, dims = [0, 1, 2, 3] : (tensor<8x2048x1x64xf32>) -> tensor<8x2048x32x64xf32>
    %137 = stablehlo.multiply %127, %136 : tensor<8x2048x32x64xf32>
    %138 = stablehlo.add %135, %137 : tensor<8x2048x32x64xf32>
    %139 = stablehlo.concatenate %133, %138, dim = 3 : (tensor<8x2048x32x64xf32>, tensor<8x2048x32x64xf32>) -> tensor<8x2048x32x128xf32>
    %140 = stablehlo.convert %139 : (tensor<8x2048x32x128xf32>) -> tensor<8x2048x32x128xbf16>
    %141 = stablehlo.convert %0#1 : (tensor<8x2048xi32>) -> tensor<8x2048xf32>
    %142 = stablehlo.broadcast_in_dim %141, dims = [0, 1] : (tensor<8x2048xf32>) -> tensor<8x2048x1xf32>
    %143 = stablehlo.broadcast_in_dim %115, dims = [2] : (tensor<64xf32>) -> tensor<1x1x64xf32>
    %144 = stablehlo.broadcast_in_dim %142, dims = [0, 1, 2] : (tensor<8x2048x1xf32>) -> tensor<8x2048x64xf32>
    %145 = stablehlo.broadcast_in_dim %143, dims = [0, 1, 2] : (tensor<1x1x64xf32>) -> tensor<8x2048x64xf32>
    %146 = stablehlo.multiply %144, %145 : tensor<8x2048x64xf32>
    %147 = stablehlo.sine %146 : tensor<8x2048x64xf32>
    %148 = stablehlo.broadcast_in_dim %147, dims = [0, 1, 3] : (tensor<8x2048x64xf32>) -> tensor<8x2048x1x64xf32>
    %149 = stablehlo.cosine %146 : tensor<8x2048x64xf32>
    %150 = stablehlo.broadcast_in_dim %149, dims = [0, 1, 3] : (tensor<8x2048x64xf32>) -> tensor<8x2048x1x64xf32>
    %151 = stablehlo.convert %88 : (tensor<8x2048x16x128xbf16>) -> tensor<8x2048x16x128xf32>
    %152 = stablehlo.slice %151 [0:8, 0:2048, 0:16, 0:64] : (tensor<8x2048x16x128xf32>) -> tensor<8x2048x16x64xf32>
    %153 = stablehlo.slice %151 [0:8, 0:2048, 0:16, 64:128] : (tensor<8x2048x16x128xf32>) -> tensor<8x2048x16x64xf32>
    %154 = stablehlo.broadcast_in_dim %150, dims = [0, 1, 2, 3] : (tensor<8x2048x1x64xf32>) -> tensor<8x2048x16x64xf32>
    %155 = stablehlo.multiply %152, %154 : tensor<8x2048x16x64xf32>
    %156 = stablehlo.broadcast_in_dim %148, dims = [0, 1, 2, 3] : (tensor<8x2048x1x64xf32>) -> tensor<8x2048x16x64xf32>
    %157 = stablehlo.multiply %153, %156 : tensor<8x2048x16x64xf32>
    %158 = stablehlo.subtract %155, %157 : tensor<8x2048x16x64xf32>
    %159 = stablehlo.broadcast_in_dim %150, dims = [0, 1, 2, 3] : (tensor<8x2048x1x64xf32>) -> tensor<8x2048x16x64xf32>
    %160 = stablehlo.multiply %153, %159 : tensor<8x2048x16x64xf32>
    %161 = stablehlo.broadcast_in_dim %148, dims = [0, 1, 2, 3] : (tensor<8x2048x1x64xf32>) -> tensor<8x2048x16x64xf32>
    %162 = stablehlo.multiply %152, %161 : tensor<8x2048x16x64xf32>
    %163 = stablehlo.add %160, %162 : tensor<8x2048x16x64xf32>
    %164 = stablehlo.concatenate %158, %163, dim = 3 : (tensor<8x2048x16x64xf32>, tensor<8x2048x16x64xf32>) -> tensor<8x2048x16x128xf32>
    %165 = stablehlo.convert %164 : (tensor<8x2048x16x128xf32>) -> tensor<8x2048x16x128xbf16>
    %166 = stablehlo.convert %0#30 : (tensor<i1>) -> tensor<i32>
    %167:9 = "stablehlo.case"(%166) ({
      %529 = stablehlo.iota dim = 0 : tensor<2048xi32>
      %530 = stablehlo.broadcast_in_dim %529, dims = [1] : (tensor<2048xi32>) -> tensor<8x2048xi32>
      %531 = stablehlo.broadcast_in_dim %530, dims = [0, 1] : (tensor<8x2048xi32>) -> tensor<8x2048x1xi32>
      %532 = stablehlo.broadcast_in_dim %530, dims = [0, 2] : (tensor<8x2048xi32>) -> tensor<8x1x2048xi32>
      %533 = stablehlo.broadcast_in_dim %532, dims = [0, 1, 2] : (tensor<8x1x2048xi32>) -> tensor<8x2048x2048xi32>
      %534 = stablehlo.broadcast_in_dim %531, dims = [0, 1, 2] : (tensor<8x2048x1xi32>) -> tensor<8x2048x2048xi32>
      %535 = stablehlo.compare LE, %533, %534, SIGNED : (tensor<8x2048x2048xi32>, tensor<8x2048x2048xi32>) -> tensor<8x2048x2048xi1>
      %c = stablehlo.constant dense<0> : tensor<i32>
      %536 = stablehlo.broadcast_in_dim %c, dims = [] : (tensor<i32>) -> tensor<8x1x2048xi32>
      %537 = stablehlo.compare GE, %532, %536, SIGNED : (tensor<8x1x2048xi32>, tensor<8x1x2048xi32>) -> tensor<8x1x2048xi1>
      %538 = stablehlo.broadcast_in_dim %537, dims = [0, 1, 2] : (tensor<8x1x2048xi1>) -> tensor<8x2048x2048xi1>
      %539 = stablehlo.and %535, %538 : tensor<8x2048x2048xi1>
      %540 = stablehlo.broadcast_in_dim %531, dims = [0, 1, 2] : (tensor<8x2048x1xi32>) -> tensor<8x2048x2048xi32>
      %541 = stablehlo.broadcast_in_dim %532, dims = [0, 1, 2] : (tensor<8x1x2048xi32>) -> tensor<8x2048x2048xi32>
      %542 = stablehlo.subtract %540, %541 : tensor<8x2048x2048xi32>
      %c_82 = stablehlo.constant dense<1024> : tensor<i32>
      %543 = stablehlo.broadcast_in_dim %c_82, dims = [] : (tensor<i32>) -> tensor<8x2048x2048xi32>
      %544 = stablehlo.compare LT, %542, %543, SIGNED : (tensor<8x2048x2048xi32>, tensor<8x2048x2048xi32>) -> tensor<8x2048x2048xi1>
      %545 = stablehlo.and %539, %544 : tensor<8x2048x2048xi1>
      %546 = stablehlo.broadcast_in_dim %0#2, dims = [0, 1] : (tensor<8x2048xi32>) -> tensor<8x2048x1xi32>
      %547 = stablehlo.broadcast_in_dim %0#2, dims = [0, 2] : (tensor<8x2048xi32>) -> tensor<8x1x2048xi32>
      %548 = stablehlo.broadcast_in_dim %546, dims = [0, 1, 2] : (tensor<8x2048x1xi32>) -> tensor<8x2048x2048xi32>
      %549 = stablehlo.broadcast_in_dim %547, dims = [0, 1, 2] : (tensor<8x1x2048xi32>) -> tensor<8x2048x2048xi32>
      %550 = stablehlo.compare EQ, %548, %549, SIGNED : (tensor<8x2048x2048xi32>, tensor<8x2048x2048xi32>) -> tensor<8x2048x2048xi1>
      %551 = stablehlo.and %545, %550 : tensor<8x2048x2048xi1>
      %552 = stablehlo.reshape %140 : (tensor<8x2048x32x128xbf16>) -> tensor<8x2048x16x2x128xbf16>
      %553 = stablehlo.dot_general %165, %552, batching_dims = [0, 2] x [0, 2], contracting_dims = [3] x [4], precision = [DEFAULT, DEFAULT] : (tensor<8x2048x16x128xbf16>, tensor<8x2048x16x2x128xbf16>) -> tensor<8x16x2048x2048x2xf32>
      %554 = stablehlo.transpose %553, dims = [0, 1, 4, 3, 2] : (tensor<8x16x2048x2048x2xf32>) -> tensor<8x16x2x2048x2048xf32>
      %cst_83 = stablehlo.constant dense<0.0771516785> : tensor<f32>
      %555 = stablehlo.broadcast_in_dim %cst_83, dims = [] : (tensor<f32>) -> tensor<8x16x2x2048x2048xf32>
      %556 = stablehlo.multiply %554, %555 : tensor<8x16x2x2048x2048xf32>
      %557 = stablehlo.broadcast_in_dim %551, dims = [0, 3, 4] : (tensor<8x2048x2048xi1>) -> tensor<8x1x1x2048x2048xi1>
      %cst_84 = stablehlo.constant dense<-2.38197633E+38> : tensor<f32>
      %558:2 = func.call @_where_29(%557, %556, %cst_84) : (tensor<8x1x1x2048x2048xi1>, tensor<8x16x2x2048x2048xf32>, tensor<f32>) -> (tensor<8x16x2x2048x2048xf32>, tensor<8x16x2x2048x2048xi1>)
      %cst_85 = stablehlo.constant dense<0xFF800000> : tensor<f32>
      %559 = stablehlo.reduce(%558#0 init: %cst_85) applies stablehlo.maximum across dimensions = [4] : (tensor<8x16x2x2048x2048xf32>, tensor<f32>) -> tensor<8x16x2x2048xf32>
      %cst_86 = stablehlo.constant dense<0xFF800000> : tensor<f32>
      %560 = stablehlo.broadcast_in_dim %cst_86, dims = [] : (tensor<f32>) -> tensor<8x16x2x2048xf32>
      %561 = stablehlo.maximum %560, %559 : tensor<8x16x2x2048xf32>
      %562 = stablehlo.broadcast_in_dim %561, dims = [0, 1, 2, 3] : (tensor<8x16x2x2048xf32>) -> tensor<8x16x2x2048x1xf32>
      %563 = stablehlo.broadcast_in_dim %562, dims = [0, 1, 2, 3, 4] : (tensor<8x16x2x2048x1xf32>) -> tensor<8x16x2x2048x2048xf32>
      %564 = stablehlo.subtract %558#0, %563 : tensor<8x16x2x2048x2048xf32>
      %565 = stablehlo.exponential %564 : tensor<8x16x2x2048x2048xf32>
      %cst_87 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
      %566 = stablehlo.reduce(%565 init: %cst_87) applies stablehlo.add across dimensions = [4] : (tensor<8x16x2x2048x2048xf32>, tensor<f32>) -> tensor<8x16x2x2048xf32>
      %567 = stablehlo.broadcast_in_dim %566, dims = [0, 1, 2, 3] : (tensor<8x16x2x2048xf32>) -> tensor<8x16x2x2048x1xf32>
      %568 = stablehlo.broadcast_in_dim %567, dims = [0, 1, 2, 3, 4] : (tensor<8x16x2x2048x1xf32>) -> tensor<8x16x2x2048x2048xf32>
      %569 = stablehlo.divide %565, %568 : tensor<8x16x2x2048x2048xf32>
      %570 = stablehlo.multiply %567, %567 : tensor<8x16x2x2048x1xf32>
      %cst_88 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
      %571 = stablehlo.broadcast_in_dim %cst_88, dims = [] : (tensor<f32>) -> tensor<8x16x2x2048x1xf32>
      %572 = stablehlo.divide %571, %570 : tensor<8x16x2x2048x1xf32>
      %573 = stablehlo.convert %569 : (tensor<8x16x2x2048x2048xf32>) -> tensor<8x16x2x2048x2048xbf16>
      %574 = stablehlo.dot_general %46, %573, batching_dims = [0, 2] x [0, 1], contracting_dims = [1] x [4], precision = [DEFAULT, DEFAULT] : (tensor<8x2048x16x128xbf16>, tensor<8x16x2x2048x2048xbf16>) -> tensor<8x16x128x2x2048xbf16>
      %575 = stablehlo.transpose %574, dims = [0, 4, 1, 3, 2] : (tensor<8x16x128x2x2048xbf16>) -> tensor<8x2048x16x2x128xbf16>
      %576 = stablehlo.reshape %575 : (tensor<8x2048x16x2x128xbf16>) -> tensor<8x2048x32x128xbf16>
      stablehlo.return %576, %573, %46, %552, %165, %558#1, %565, %567, %572 : tensor<8x2048x32x128xbf16>, tensor<8x16x2x2048x2048xbf16>, tensor<8x2048x16x128xbf16>, tensor<8x2048x16x2x128xbf16>, tensor<8x2048x16x128xbf16>, tensor<8x16x2x2048x2048xi1>, tensor<8x16x2x2048x2048xf32>, tensor<8x16x2x2048x1xf32>, tensor<8x16x2x2048x1xf32>
    }, {
      %529 = stablehlo.iota dim = 0 : tensor<2048xi32>
      %530 = stablehlo.broadcast_in_dim %529, dims = [1] : (tensor<2048xi32>) -> tensor<8x2048xi32>
      %531 = stablehlo.broadcast_in_dim %530, dims = [0, 1] : (tensor<8x2048xi32>) -> tensor<8x2048x1xi32>
      %532 = stablehlo.broadcast_in_dim %530, dims = [0, 2] : (tensor<8x2048xi32>) -> tensor<8x1x2048xi32>
      %533 = stablehlo.broadcast_in_dim %532, dims = [0, 1, 2] : (tensor<8x1x2048xi32>) -> tensor<8x2048x2048xi32>
      %534 = stablehlo.broadcast_in_dim %531, dims = [0, 1, 2] : (tensor<8x2048x1xi32>) -> tensor<8x2048x2048xi32>
      %535 = stablehlo.compare LE, %533, %534, SIGNED : (tensor<8x2048x2048xi32>, tensor<8x2048x2048xi32>) -> tensor<8x2048x2048xi1>
      %c = stablehlo.constant dense<0> : tensor<i32>
      %536 = stablehlo.broadcast_in_dim %c, dims = [] : (tensor<i32>) -> tensor<8x1x2048xi32>
      %537 = stablehlo.compare GE, %532, %536, SIGNED : (tensor<8x1x2048xi32>, tensor<8x1x2048xi32>) -> tensor<8x1x2048xi1>
      %538 = stablehlo.broadcast_in_dim %537, dims = [0, 1, 2] : (tensor<8x1x2048xi1>) -> tensor<8x2048x2048xi1>
      %539 = stablehlo.and %535, %538 : tensor<8x2048x2048xi1>
      %540 = stablehlo.broadcast_in_dim %0#2, dims = [0, 1] : (tensor<8x2048xi32>) -> tensor<8x2048x1xi32>
      %541 = stablehlo.broadcast_in_dim %0#2, dims = [0, 2] : (tensor<8x2048xi32>) -> tensor<8x1x2048xi32>
      %542 = stablehlo.broadcast_in_dim %540, dims = [0, 1, 2] : (tensor<8x2048x1xi32>) -> tensor<8x2048x2048xi32>
      %543 = stablehlo.broadcast_in_dim %541, dims = [0, 1, 2] : (tensor<8x1x2048xi32>) -> tensor<8x2048x2048xi32>
      %544 = stablehlo.compare EQ, %542, %543, SIGNED : (tensor<8x2048x2048xi32>, tensor<8x2048x2048xi32>) -> tensor<8x2048x2048xi1>
      %545 = stablehlo.and %539, %544 : tensor<8x2048x2048xi1>
      %546 = stablehlo.reshape %140 : (tensor<8x2048x32x128xbf16>) -> tensor<8x2048x16x2x128xbf16>
      %547 = stablehlo.dot_general %165, %546, batching_dims = [0, 2] x [0, 2], contracting_dims = [3] x [4], precision = [DEFAULT, DEFAULT] : (tensor<8x2048x16x128xbf16>, tensor<8x2048x16x2x128xbf16>) -> tensor<8x16x2048x2048x2xf32>
      %548 = stablehlo.transpose %547, dims = [0, 1, 4, 3, 2] : (tensor<8x16x2048x2048x2xf32>) -> tensor<8x16x2x2048x2048xf32>
      %cst_82 = stablehlo.constant dense<0.0771516785> : tensor<f32>
      %549 = stablehlo.broadcast_in_dim %cst_82, dims = [] : (tensor<f32>) -> tensor<8x16x2x2048x2048xf32>
      %550 = stablehlo.multiply %548, %549 : tensor<8x16x2x2048x2048xf32>
      %551 = stablehlo.broadcast_in_dim %545, dims = [0, 3, 4] : (tensor<8x2048x2048xi1>) -> tensor<8x1x1x2048x2048xi1>
      %cst_83 = stablehlo.constant dense<-2.38197633E+38> : tensor<f32>
      %552:2 = func.call @_where_29(%551, %550, %cst_83) : (tensor<8x1x1x2048x2048xi1>, tensor<8x16x2x2048x2048xf32>, tensor<f32>) -> (tensor<8x16x2x2048x2048xf32>, tensor<8x16x2x2048x2048xi1>)
      %cst_84 = stablehlo.constant dense<0xFF800000> : tensor<f32>
      %553 = stablehlo.reduce(%552#0 init: %cst_84) applies stablehlo.maximum across dimensions = [4] : (tensor<8x16x2x2048x2048xf32>, tensor<f32>) -> tensor<8x16x2x2048xf32>
      %cst_85 = stablehlo.constant dense<0xFF800000> : tensor<f32>
      %554 = stablehlo.broadcast_in_dim %cst_85, dims = [] : (tensor<f32>) -> tensor<8x16x2x2048xf32>
      %555 = stablehlo.maximum %554, %553 : tensor<8x16x2x2048xf32>
      %556 = stablehlo.broadcast_in_dim %555, dims = [0, 1, 2, 3] : (tensor<8x16x2x2048xf32>) -> tensor<8x16x2x2048x1xf32>
      %557 = stablehlo.broadcast_in_dim %556, dims = [0, 1, 2, 3, 4] : (tensor<8x16x2x2048x1xf32>) -> tensor<8x16x2x2048x2048xf32>
      %558 = stablehlo.subtract %552#0, %557 : tensor<8x16x2x2048x2048xf32>
      %559 = stablehlo.exponential %558 : tensor<8x16x2x2048x2048xf32>
      %cst_86 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
      %560 = stablehlo.reduce(%559 init: %cst_86) applies stablehlo.add across dimensions = [4] : (tensor<8x16x2x2048x2048xf32>, tensor<f32>) -> tensor<8x16x2x2048xf32>
      %561 = stablehlo.broadcast_in_dim %560, dims = [0, 1, 2, 3] : (tensor<8x16x2x2048xf32>) -> tensor<8x16x2x2048x1xf32>
      %562 = stablehlo.broadcast_in_dim %561, dims = [0, 1, 2, 3, 4] : (tensor<8x16x2x2048x1xf32>) -> tensor<8x16x2x2048x2048xf32>
      %563 = stablehlo.divide %559, %562 : tensor<8x16x2x2048x2048xf32>
      %564 = stablehlo.multiply %561, %561 : tensor<8x16x2x2048x1xf32>
      %cst_87 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
      %565 = stablehlo.broadcast_in_dim %cst_87, dims = [] : (tensor<f32>) -> tensor<8x16x2x2048x1xf32>
      %566 = stablehlo.divide %565, %564 : tensor<8x16x2x2048x1xf32>
      %567 = stablehlo.convert %563 : (tensor<8x16x2x2048x2048xf32>) -> tensor<8x16x2x2048x2048xbf16>
      %568 = stablehlo.dot_general %46, %567, batching_dims = [0, 2] x [0, 1], contracting_dims = [1] x [4], precision = [DEFAULT, DEFAULT] : (tensor<8x2048x16x128xbf16>, tensor<8x16x2x2048x2048xbf16>) -> tensor<8x16x128x2x2048xbf16>
      %569 = stablehlo.transpose %568, dims = [0, 4, 1, 3, 2] : (tensor<8x16x128x2x2048xbf16>) -> tensor<8x2048x16x2x128xbf16>
      %570 = stablehlo.reshape %569 : (tensor<8x2048x16x2x128xbf16>) -> tensor<8x2048x32x128xbf16>
      stablehlo.return %570, %567, %46, %546, %165, %552#1, %559, %561, %566 : tensor<8x2048x32x128xbf16>, tensor<8x16x2x2048x2048xbf16>, tensor<8x2048x16x128xbf16>, tensor<8x2048x16x2x128xbf16>, tensor<8x2048x16x128xbf16>, tensor<8x16x2x2048x2048xi1>, tensor<8x16x2x2048x2048xf32>, tensor<8x16x2x2048x1xf32>, tensor<8x16x2x2048x1xf32>
    }) : (tensor<i32>) -> (tensor<8x2048x32x128xbf16>, tensor<8x16x2x2048x2048xbf16>, tensor<8x2048x16x128xbf16>, tensor<8x2048x16x2x128xbf16>, tensor<8x2048x16x128xbf16>, tensor<8x16x2x2048x2048xi1>, tensor<8x16x2x2048x2048xf32>, tensor<8x16x2x2048x1xf32>, tensor<8x16x2x2048x1xf32>)
    %168 = stablehlo.reshape %167#0 : (tensor<8x2048x32x128xbf16>) -> tensor<8x2048x4096xbf16>
    %169 = stablehlo.reshape %0#7 : (tensor<32x128x5376xbf16>) -> tensor<4096x5376xbf16>
    %170 = stablehlo.reshape %0#22 : (tensor<32x128x16xf32>) -> tensor<4096x16xf32>
    %171 = stablehlo.dot_general %168, %169, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<8x2048x4096xbf16>, tensor<4096x5376xbf16>) -> tensor<8x2048x5376xbf16>
    %172 = stablehlo.convert %170 : (tensor<4096x16xf32>) -> tensor<4096x16xbf16>
    %173 = stablehlo.dot_general %168, %172, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<8x2048x4096xbf16>, tensor<4096x16xbf16>) -> tensor<8x2048x16xbf16>
    %cst_29 = stablehlo.constant dense<2.000000e+00> : tensor<bf16>
    %174 = stablehlo.broadcast_in_dim %cst_29, dims = [] : (tensor<bf16>) -> tensor<8x2048x16xbf16>
    %175 = stablehlo.multiply %173, %174 : tensor<8x2048x16xbf16>
    %176 = stablehlo.convert %0#23 : (tensor<16x5376xf32>) -> tensor<16x5376xbf16>
    %177 = stablehlo.dot_general %175, %176, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<8x2048x16xbf16>, tensor<16x5376xbf16>) -> tensor<8x2048x5376xbf16>
    %178 = stablehlo.add %171, %177 : tensor<8x2048x5376xbf16>
    %179 = stablehlo.convert %178 : (tensor<8x2048x5376xbf16>) -> tensor<8x2048x5376xf32>
    %180 = stablehlo.multiply %179, %179 : tensor<8x2048x5376xf32>
    %cst_30 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %181 = stablehlo.reduce(%180 init: %cst_30) applies stablehlo.add across dimensions = [2] : (tensor<8x2048x5376xf32>, tensor<f32>) -> tensor<8x2048xf32>
    %182 = stablehlo.broadcast_in_dim %181, dims = [0, 1] : (tensor<8x2048xf32>) -> tensor<8x2048x1xf32>
    %cst_31 = stablehlo.constant dense<5.376000e+03> : tensor<f32>
    %183 = stablehlo.broadcast_in_dim %cst_31, dims = [] : (tensor<f32>) -> tensor<8x2048x1xf32>
    %184 = stablehlo.divide %182, %183 : tensor<8x2048x1xf32>
    %cst_32 = stablehlo.constant dense<9.99999997E-7> : tensor<f32>
    %185 = stablehlo.broadcast_in_dim %cst_32, dims = [] : (tensor<f32>) -> tensor<8x2048x1xf32>
    %186 = stablehlo.add %184, %185 : tensor<8x2048x1xf32>
    %187 = stablehlo.rsqrt %186 : tensor<8x2048x1xf32>
    %188 = stablehlo.divide %187, %186 : tensor<8x2048x1xf32>
    %cst_33 = stablehlo.constant dense<-5.000000e-01> : tensor<f32>
    %189 = stablehlo.broadcast_in_dim %cst_33, dims = [] : (tensor<f32>) -> tensor<8x2048x1xf32>
    %190 = stablehlo.multiply %189, %188 : tensor<8x2048x1xf32>
    %191 = stablehlo.broadcast_in_dim %187, dims = [0, 1, 2] : (tensor<8x2048x1xf32>) -> tensor<8x2048x5376xf32>
    %192 = stablehlo.multiply %179, %191 : tensor<8x2048x5376xf32>
    %193 = stablehlo.convert %0#10 : (tensor<5376xbf16>) -> tensor<5376xf32>
    %cst_34 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %194 = stablehlo.broadcast_in_dim %cst_34, dims = [] : (tensor<f32>) -> tensor<5376xf32>
    %195 = stablehlo.add %194, %193 : tensor<5376xf32>
    %196 = stablehlo.broadcast_in_dim %195, dims = [2] : (tensor<5376xf32>) -> tensor<1x1x5376xf32>
    %197 = stablehlo.broadcast_in_dim %196, dims = [0, 1, 2] : (tensor<1x1x5376xf32>) -> tensor<8x2048x5376xf32>
    %198 = stablehlo.multiply %192, %197 : tensor<8x2048x5376xf32>
    %199 = stablehlo.convert %198 : (tensor<8x2048x5376xf32>) -> tensor<8x2048x5376xbf16>
    %200 = stablehlo.add %1, %199 : tensor<8x2048x5376xbf16>
    %201 = stablehlo.convert %200 : (tensor<8x2048x5376xbf16>) -> tensor<8x2048x5376xf32>
    %202 = stablehlo.multiply %201, %201 : tensor<8x2048x5376xf32>
    %cst_35 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %203 = stablehlo.reduce(%202 init: %cst_35) applies stablehlo.add across dimensions = [2] : (tensor<8x2048x5376xf32>, tensor<f32>) -> tensor<8x2048xf32>
    %204 = stablehlo.broadcast_in_dim %203, dims = [0, 1] : (tensor<8x2048xf32>) -> tensor<8x2048x1xf32>
    %cst_36 = stablehlo.constant dense<5.376000e+03> : tensor<f32>
    %205 = stablehlo.broadcast_in_dim %cst_36, dims = [] : (tensor<f32>) -> tensor<8x2048x1xf32>
    %206 = stablehlo.divide %204, %205 : tensor<8x2048x1xf32>
    %cst_37 = stablehlo.constant dense<9.99999997E-7> : tensor<f32>
    %207 = stablehlo.broadcast_in_dim %cst_37, dims = [] : (tensor<f32>) -> tensor<8x2048x1xf32>
    %208 = stablehlo.add %206, %207 : tensor<8x2048x1xf32>
    %209 = stablehlo.rsqrt %208 : tensor<8x2048x1xf32>
    %210 = stablehlo.divide %209, %208 : tensor<8x2048x1xf32>
    %cst_38 = stablehlo.constant dense<-5.000000e-01> : tensor<f32>
    %211 = stablehlo.broadcast_in_dim %cst_38, dims = [] : (tensor<f32>) -> tensor<8x2048x1xf32>
    %212 = stablehlo.multiply %211, %210 : tensor<8x2048x1xf32>
    %213 = stablehlo.broadcast_in_dim %209, dims = [0, 1, 2] : (tensor<8x2048x1xf32>) -> tensor<8x2048x5376xf32>
    %214 = stablehlo.multiply %201, %213 : tensor<8x2048x5376xf32>
    %215 = stablehlo.convert %0#11 : (tensor<5376xbf16>) -> tensor<5376xf32>
    %cst_39 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %216 = stablehlo.broadcast_in_dim %cst_39, dims = [] : (tensor<f32>) -> tensor<5376xf32>
    %217 = stablehlo.add %216, %215 : tensor<5376xf32>
    %218 = stablehlo.broadcast_in_dim %217, dims = [2] : (tensor<5376xf32>) -> tensor<1x1x5376xf32>
    %219 = stablehlo.broadcast_in_dim %218, dims = [0, 1, 2] : (tensor<1x1x5376xf32>) -> tensor<8x2048x5376xf32>
    %220 = stablehlo.multiply %214, %219 : tensor<8x2048x5376xf32>
    %221 = stablehlo.convert %220 : (tensor<8x2048x5376xf32>) -> tensor<8x2048x5376xbf16>
    %222 = stablehlo.dot_general %221, %0#12, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<8x2048x5376xbf16>, tensor<5376x21504xbf16>) -> tensor<8x2048x21504xbf16>
    %223 = stablehlo.convert %0#18 : (tensor<5376x16xf32>) -> tensor<5376x16xbf16>
    %224 = stablehlo.dot_general %221, %223, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<8x2048x5376xbf16>, tensor<5376x16xbf16>) -> tensor<8x2048x16xbf16>
    %cst_40 = stablehlo.constant dense<2.000000e+00> : tensor<bf16>
    %225 = stablehlo.broadcast_in_dim %cst_40, dims = [] : (tensor<bf16>) -> tensor<8x2048x16xbf16>
    %226 = stablehlo.multiply %224, %225 : tensor<8x2048x16xbf16>
    %227 = stablehlo.convert %0#19 : (tensor<16x21504xf32>) -> tensor<16x21504xbf16>
    %228 = stablehlo.dot_general %226, %227, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<8x2048x16xbf16>, tensor<16x21504xbf16>) -> tensor<8x2048x21504xbf16>
    %229 = stablehlo.add %222, %228 : tensor<8x2048x21504xbf16>
    %230 = stablehlo.multiply %229, %229 : tensor<8x2048x21504xbf16>
    %231 = stablehlo.multiply %230, %229 : tensor<8x2048x21504xbf16>
    %232 = stablehlo.multiply %229, %229 : tensor<8x2048x21504xbf16>
    %cst_41 = stablehlo.constant dense<3.000000e+00> : tensor<bf16>
    %233 = stablehlo.broadcast_in_dim %cst_41, dims = [] : (tensor<bf16>) -> tensor<8x2048x21504xbf16>
    %234 = stablehlo.multiply %233, %232 : tensor<8x2048x21504xbf16>
    %cst_42 = stablehlo.constant dense<4.467770e-02> : tensor<bf16>
    %235 = stablehlo.broadcast_in_dim %cst_42, dims = [] : (tensor<bf16>) -> tensor<8x2048x21504xbf16>
    %236 = stablehlo.multiply %235, %231 : tensor<8x2048x21504xbf16>
    %237 = stablehlo.add %229, %236 : tensor<8x2048x21504xbf16>
    %cst_43 = stablehlo.constant dense<7.968750e-01> : tensor<bf16>
    %238 = stablehlo.broadcast_in_dim %cst_43, dims = [] : (tensor<bf16>) -> tensor<8x2048x21504xbf16>
    %239 = stablehlo.multiply %238, %237 : tensor<8x2048x21504xbf16>
    %240 = stablehlo.tanh %239 : tensor<8x2048x21504xbf16>
    %cst_44 = stablehlo.constant dense<1.000000e+00> : tensor<bf16>
    %241 = stablehlo.broadcast_in_dim %cst_44, dims = [] : (tensor<bf16>) -> tensor<8x2048x21504xbf16>
    %242 = stablehlo.subtract %241, %240 : tensor<8x2048x21504xbf16>
    %cst_45 = stablehlo.constant dense<1.000000e+00> : tensor<bf16>
    %243 = stablehlo.broadcast_in_dim %cst_45, dims = [] : (tensor<bf16>) -> tensor<8x2048x21504xbf16>
    %244 = stablehlo.add %243, %240 : tensor<8x2048x21504xbf16>
    %cst_46 = stablehlo.constant dense<5.000000e-01> : tensor<bf16>
    %245 = stablehlo.broadcast_in_dim %cst_46, dims = [] : (tensor<bf16>) -> tensor<8x2048x21504xbf16>
    %246 = stablehlo.multiply %245, %244 : tensor<8x2048x21504xbf16>
    %247 = stablehlo.multiply %229, %246 : tensor<8x2048x21504xbf16>
    %248 = stablehlo.dot_general %221, %0#13, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<8x2048x5376xbf16>, tensor<5376x21504xbf16>) -> tensor<8x2048x21504xbf16>
    %249 = stablehlo.convert %0#26 : (tensor<5376x16xf32>) -> tensor<5376x16xbf16>
    %250 = stablehlo.dot_general %221, %249, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<8x2048x5376xbf16>, tensor<5376x16xbf16>) -> tensor<8x2048x16xbf16>
    %cst_47 = stablehlo.constant dense<2.000000e+00> : tensor<bf16>
    %251 = stablehlo.broadcast_in_dim %cst_47, dims = [] : (tensor<bf16>) -> tensor<8x2048x16xbf16>
    %252 = stablehlo.multiply %250, %251 : tensor<8x2048x16xbf16>
    %253 = stablehlo.convert %0#27 : (tensor<16x21504xf32>) -> tensor<16x21504xbf16>
    %254 = stablehlo.dot_general %252, %253, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<8x2048x16xbf16>, tensor<16x21504xbf16>) -> tensor<8x2048x21504xbf16>
    %255 = stablehlo.add %248, %254 : tensor<8x2048x21504xbf16>
    %256 = stablehlo.multiply %247, %255 : tensor<8x2048x21504xbf16>
    %257 = stablehlo.dot_general %256, %0#14, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<8x2048x21504xbf16>, tensor<21504x5376xbf16>) -> tensor<8x2048x5376xbf16>
    %258 = stablehlo.convert %0#16 : (tensor<21504x16xf32>) -> tensor<21504x16xbf16>
    %259 = stablehlo.dot_general %256, %258, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<8x2048x21504xbf16>, tensor<21504x16xbf16>) -> tensor<8x2048x16xbf16>
    %cst_48 = stablehlo.constant dense<2.000000e+00> : tensor<bf16>
    %260 = stablehlo.broadcast_in_dim %cst_48, dims = [] : (tensor<bf16>) -> tensor<8x2048x16xbf16>
    %261 = stablehlo.multiply %259, %260 : tensor<8x2048x16xbf16>
    %262 = stablehlo.convert %0#17 : (tensor<16x5376xf32>) -> tensor<16x5376xbf16>
    %263 = stablehlo.dot_general %261, %262, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<8x2048x16xbf16>, tensor<16x5376xbf16>) -> tensor<8x2048x5376xbf16>
    %264 = stablehlo.add %257, %263 : tensor<8x2048x5376xbf16>
    %265 = stablehlo.convert %264 : (tensor<8x2048x5376xbf16>) -> tensor<8x2048x5376xf32>
    %266 = stablehlo.multiply %265, %265 : tensor<8x2048x5376xf32>
    %cst_49 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %267 = stablehlo.reduce(%266 init: %cst_49) applies stablehlo.add across dimensions = [2] : (tensor<8x2048x5376xf32>, tensor<f32>) -> tensor<8x2048xf32>
    %268 = stablehlo.broadcast_in_dim %267, dims = [0, 1] : (tensor<8x2048xf32>) -> tensor<8x2048x1xf32>
    %cst_50 = stablehlo.constant dense<5.376000e+03> : tensor<f32>
    %269 = stablehlo.broadcast_in_dim %cst_50, dims = [] : (tensor<f32>) -> tensor<8x2048x1xf32>
    %270 = stablehlo.divide %268, %269 : tensor<8x2048x1xf32>
    %cst_51 = stablehlo.constant dense<9.99999997E-7> : tensor<f32>
    %271 = stablehlo.broadcast_in_dim %cst_51, dims = [] : (tensor<f32>) -> tensor<8x2048x1xf32>
    %272 = stablehlo.add %270, %271 : tensor<8x2048x1xf32>
    %273 = stablehlo.rsqrt %272 : tensor<8x2048x1xf32>
    %274 = stablehlo.divide %273, %272 : tensor<8x2048x1xf32>
    %cst_52 = stablehlo.constant dense<-5.000000e-01> : tensor<f32>
    %275 = stablehlo.broadcast_in_dim %cst_52, dims = [] : (tensor<f32>) -> tensor<8x2048x1xf32>
    %276 = stablehlo.multiply %275, %274 : tensor<8x2048x1xf32>
    %277 = stablehlo.convert %0#15 : (tensor<5376xbf16>) -> tensor<5376xf32>
    %cst_53 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %278 = stablehlo.broadcast_in_dim %cst_53, dims = [] : (tensor<f32>) -> tensor<5376xf32>
    %279 = stablehlo.add %278, %277 : tensor<5376xf32>
    %280 = stablehlo.broadcast_in_dim %279, dims = [2] : (tensor<5376xf32>) -> tensor<1x1x5376xf32>
    %281 = stablehlo.convert %0#31 : (tensor<8x2048x5376xbf16>) -> tensor<8x2048x5376xf32>
    %282 = stablehlo.broadcast_in_dim %280, dims = [0, 1, 2] : (tensor<1x1x5376xf32>) -> tensor<8x2048x5376xf32>
    %283 = stablehlo.multiply %281, %282 : tensor<8x2048x5376xf32>
    %284 = stablehlo.multiply %265, %283 : tensor<8x2048x5376xf32>
    %cst_54 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %285 = stablehlo.reduce(%284 init: %cst_54) applies stablehlo.add across dimensions = [2] : (tensor<8x2048x5376xf32>, tensor<f32>) -> tensor<8x2048xf32>
    %286 = stablehlo.reshape %285 : (tensor<8x2048xf32>) -> tensor<8x2048x1xf32>
    %287 = stablehlo.broadcast_in_dim %273, dims = [0, 1, 2] : (tensor<8x2048x1xf32>) -> tensor<8x2048x5376xf32>
    %288 = stablehlo.multiply %283, %287 : tensor<8x2048x5376xf32>
    %289 = stablehlo.multiply %286, %276 : tensor<8x2048x1xf32>
    %cst_55 = stablehlo.constant dense<5.376000e+03> : tensor<f32>
    %290 = stablehlo.broadcast_in_dim %cst_55, dims = [] : (tensor<f32>) -> tensor<8x2048x1xf32>
    %291 = stablehlo.divide %289, %290 : tensor<8x2048x1xf32>
    %cst_56 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %292 = stablehlo.reduce(%291 init: %cst_56) applies stablehlo.add across dimensions = [2] : (tensor<8x2048x1xf32>, tensor<f32>) -> tensor<8x2048xf32>
    %293 = stablehlo.broadcast_in_dim %292, dims = [0, 1] : (tensor<8x2048xf32>) -> tensor<8x2048x5376xf32>
    %294 = stablehlo.multiply %265, %293 : tensor<8x2048x5376xf32>
    %295 = stablehlo.add %288, %294 : tensor<8x2048x5376xf32>
    %296 = stablehlo.multiply %293, %265 : tensor<8x2048x5376xf32>
    %297 = stablehlo.add %295, %296 : tensor<8x2048x5376xf32>
    %298 = stablehlo.convert %297 : (tensor<8x2048x5376xf32>) -> tensor<8x2048x5376xbf16>
    %299 = stablehlo.dot_general %298, %261, contracting_dims = [0, 1] x [0, 1], precision = [DEFAULT, DEFAULT] : (tensor<8x2048x5376xbf16>, tensor<8x2048x16xbf16>) -> tensor<5376x16xbf16>
    %300 = stablehlo.transpose %299, dims = [1, 0] : (tensor<5376x16xbf16>) -> tensor<16x5376xbf16>
    %301 = stablehlo.dot_general %298, %262, contracting_dims = [2] x [1], precision = [DEFAULT, DEFAULT] : (tensor<8x2048x5376xbf16>, tensor<16x5376xbf16>) -> tensor<8x2048x16xbf16>
    %302 = stablehlo.convert %300 : (tensor<16x5376xbf16>) -> tensor<16x5376xf32>
    %cst_57 = stablehlo.constant dense<2.000000e+00> : tensor<bf16>
    %303 = stablehlo.broadcast_in_dim %cst_57, dims = [] : (tensor<bf16>) -> tensor<8x2048x16xbf16>
    %304 = stablehlo.multiply %301, %303 : tensor<8x2048x16xbf16>
    %305 = stablehlo.dot_general %304, %256, contracting_dims = [0, 1] x [0, 1], precision = [DEFAULT, DEFAULT] : (tensor<8x2048x16xbf16>, tensor<8x2048x21504xbf16>) -> tensor<16x21504xbf16>
    %306 = stablehlo.transpose %305, dims = [1, 0] : (tensor<16x21504xbf16>) -> tensor<21504x16xbf16>
    %307 = stablehlo.dot_general %304, %258, contracting_dims = [2] x [1], precision = [DEFAULT, DEFAULT] : (tensor<8x2048x16xbf16>, tensor<21504x16xbf16>) -> tensor<8x2048x21504xbf16>
    %308 = stablehlo.convert %306 : (tensor<21504x16xbf16>) -> tensor<21504x16xf32>
    %309 = stablehlo.dot_general %298, %0#14, contracting_dims = [2] x [1], precision = [DEFAULT, DEFAULT] : (tensor<8x2048x5376xbf16>, tensor<21504x5376xbf16>) -> tensor<8x2048x21504xbf16>
    %310 = stablehlo.add %307, %309 : tensor<8x2048x21504xbf16>
    %311 = stablehlo.multiply %247, %310 : tensor<8x2048x21504xbf16>
    %312 = stablehlo.multiply %310, %255 : tensor<8x2048x21504xbf16>
    %313 = stablehlo.dot_general %311, %252, contracting_dims = [0, 1] x [0, 1], precision = [DEFAULT, DEFAULT] : (tensor<8x2048x21504xbf16>, tensor<8x2048x16xbf16>) -> tensor<21504x16xbf16>
    %314 = stablehlo.transpose %313, dims = [1, 0] : (tensor<21504x16xbf16>) -> tensor<16x21504xbf16>
    %315 = stablehlo.dot_general %311, %253, contracting_dims = [2] x [1], precision = [DEFAULT, DEFAULT] : (tensor<8x2048x21504xbf16>, tensor<16x21504xbf16>) -> tensor<8x2048x16xbf16>
    %316 = stablehlo.convert %314 : (tensor<16x21504xbf16>) -> tensor<16x21504xf32>
    %cst_58 = stablehlo.constant dense<2.000000e+00> : tensor<bf16>
    %317 = stablehlo.broadcast_in_dim %cst_58, dims = [] : (tensor<bf16>) -> tensor<8x2048x16xbf16>
    %318 = stablehlo.multiply %315, %317 : tensor<8x2048x16xbf16>
    %319 = stablehlo.dot_general %318, %221, contracting_dims = [0, 1] x [0, 1], precision = [DEFAULT, DEFAULT] : (tensor<8x2048x16xbf16>, tensor<8x2048x5376xbf16>) -> tensor<16x5376xbf16>
    %320 = stablehlo.transpose %319, dims = [1, 0] : (tensor<16x5376xbf16>) -> tensor<5376x16xbf16>
    %321 = stablehlo.dot_general %318, %249, contracting_dims = [2] x [1], precision = [DEFAULT, DEFAULT] : (tensor<8x2048x16xbf16>, tensor<5376x16xbf16>) -> tensor<8x2048x5376xbf16>
    %322 = stablehlo.convert %320 : (tensor<5376x16xbf16>) -> tensor<5376x16xf32>
    %323 = stablehlo.dot_general %311, %0#13, contracting_dims = [2] x [1], precision = [DEFAULT, DEFAULT] : (tensor<8x2048x21504xbf16>, tensor<5376x21504xbf16>) -> tensor<8x2048x5376xbf16>
    %324 = stablehlo.add %321, %323 : tensor<8x2048x5376xbf16>
    %325 = stablehlo.multiply %229, %312 : tensor<8x2048x21504xbf16>
    %326 = stablehlo.multiply %312, %246 : tensor<8x2048x21504xbf16>
    %cst_59 = stablehlo.constant dense<5.000000e-01> : tensor<bf16>
    %327 = stablehlo.broadcast_in_dim %cst_59, dims = [] : (tensor<bf16>) -> tensor<8x2048x21504xbf16>
    %328 = stablehlo.multiply %327, %325 : tensor<8x2048x21504xbf16>
    %329 = stablehlo.multiply %328, %242 : tensor<8x2048x21504xbf16>
    %330 = stablehlo.multiply %329, %240 : tensor<8x2048x21504xbf16>
    %331 = stablehlo.add %329, %330 : tensor<8x2048x21504xbf16>
    %cst_60 = stablehlo.constant dense<7.968750e-01> : tensor<bf16>
    %332 = stablehlo.broadcast_in_dim %cst_60, dims = [] : (tensor<bf16>) -> tensor<8x2048x21504xbf16>
    %333 = stablehlo.multiply %332, %331 : tensor<8x2048x21504xbf16>
    %334 = stablehlo.add %326, %333 : tensor<8x2048x21504xbf16>
    %cst_61 = stablehlo.constant dense<4.467770e-02> : tensor<bf16>
    %335 = stablehlo.broadcast_in_dim %cst_61, dims = [] : (tensor<bf16>) -> tensor<8x2048x21504xbf16>
    %336 = stablehlo.multiply %335, %333 : tensor<8x2048x21504xbf16>
    %337 = stablehlo.multiply %336, %234 : tensor<8x2048x21504xbf16>
    %338 = stablehlo.add %334, %337 : tensor<8x2048x21504xbf16>
    %339 = stablehlo.dot_general %338, %226, contracting_dims = [0, 1] x [0, 1], precision = [DEFAULT, DEFAULT] : (tensor<8x2048x21504xbf16>, tensor<8x2048x16xbf16>) -> tensor<21504x16xbf16>
    %340 = stablehlo.transpose %339, dims = [1, 0] : (tensor<21504x16xbf16>) -> tensor<16x21504xbf16>
    %341 = stablehlo.dot_general %338, %227, contracting_dims = [2] x [1], precision = [DEFAULT, DEFAULT] : (tensor<8x2048x21504xbf16>, tensor<16x21504xbf16>) -> tensor<8x2048x16xbf16>
    %342 = stablehlo.convert %340 : (tensor<16x21504xbf16>) -> tensor<16x21504xf32>
    %cst_62 = stablehlo.constant dense<2.000000e+00> : tensor<bf16>
    %343 = stablehlo.broadcast_in_dim %cst_62, dims = [] : (tensor<bf16>) -> tensor<8x2048x16xbf16>
    %344 = stablehlo.multiply %341, %343 : tensor<8x2048x16xbf16>
    %345 = stablehlo.dot_general %344, %221, contracting_dims = [0, 1] x [0, 1], precision = [DEFAULT, DEFAULT] : (tensor<8x2048x16xbf16>, tensor<8x2048x5376xbf16>) -> tensor<16x5376xbf16>
    %346 = stablehlo.transpose %345, dims = [1, 0] : (tensor<16x5376xbf16>) -> tensor<5376x16xbf16>
    %347 = stablehlo.dot_general %344, %223, contracting_dims = [2] x [1], precision = [DEFAULT, DEFAULT] : (tensor<8x2048x16xbf16>, tensor<5376x16xbf16>) -> tensor<8x2048x5376xbf16>
    %348 = stablehlo.add %324, %347 : tensor<8x2048x5376xbf16>
    %349 = stablehlo.convert %346 : (tensor<5376x16xbf16>) -> tensor<5376x16xf32>
    %350 = stablehlo.dot_general %338, %0#12, contracting_dims = [2] x [1], precision = [DEFAULT, DEFAULT] : (tensor<8x2048x21504xbf16>, tensor<5376x21504xbf16>) -> tensor<8x2048x5376xbf16>
    %351 = stablehlo.add %348, %350 : tensor<8x2048x5376xbf16>
    %352 = stablehlo.convert %351 : (tensor<8x2048x5376xbf16>) -> tensor<8x2048x5376xf32>
    %353 = stablehlo.broadcast_in_dim %218, dims = [0, 1, 2] : (tensor<1x1x5376xf32>) -> tensor<8x2048x5376xf32>
    %354 = stablehlo.multiply %352, %353 : tensor<8x2048x5376xf32>
    %355 = stablehlo.multiply %201, %354 : tensor<8x2048x5376xf32>
    %cst_63 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %356 = stablehlo.reduce(%355 init: %cst_63) applies stablehlo.add across dimensions = [2] : (tensor<8x2048x5376xf32>, tensor<f32>) -> tensor<8x2048xf32>
    %357 = stablehlo.reshape %356 : (tensor<8x2048xf32>) -> tensor<8x2048x1xf32>
    %358 = stablehlo.broadcast_in_dim %209, dims = [0, 1, 2] : (tensor<8x2048x1xf32>) -> tensor<8x2048x5376xf32>
    %359 = stablehlo.multiply %354, %358 : tensor<8x2048x5376xf32>
    %360 = stablehlo.multiply %357, %212 : tensor<8x2048x1xf32>
    %cst_64 = stablehlo.constant dense<5.376000e+03> : tensor<f32>
    %361 = stablehlo.broadcast_in_dim %cst_64, dims = [] : (tensor<f32>) -> tensor<8x2048x1xf32>
    %362 = stablehlo.divide %360, %361 : tensor<8x2048x1xf32>
    %cst_65 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %363 = stablehlo.reduce(%362 init: %cst_65) applies stablehlo.add across dimensions = [2] : (tensor<8x2048x1xf32>, tensor<f32>) -> tensor<8x2048xf32>
    %364 = stablehlo.broadcast_in_dim %363, dims = [0, 1] : (tensor<8x2048xf32>) -> tensor<8x2048x5376xf32>
    %365 = stablehlo.multiply %201, %364 : tensor<8x2048x5376xf32>
    %366 = stablehlo.add %359, %365 : tensor<8x2048x5376xf32>
    %367 = stablehlo.multiply %364, %201 : tensor<8x2048x5376xf32>
    %368 = stablehlo.add %366, %367 : tensor<8x2048x5376xf32>
    %369 = stablehlo.convert %368 : (tensor<8x2048x5376xf32>) -> tensor<8x2048x5376xbf16>
    %370 = stablehlo.add %0#31, %369 : tensor<8x2048x5376xbf16>
    %371 = stablehlo.convert %370 : (tensor<8x2048x5376xbf16>) -> tensor<8x2048x5376xf32>
    %372 = stablehlo.broadcast_in_dim %196, dims = [0, 1, 2] : (tensor<1x1x5376xf32>) -> tensor<8x2048x5376xf32>
    %373 = stablehlo.multiply %371, %372 : tensor<8x2048x5376xf32>
    %374 = stablehlo.multiply %179, %373 : tensor<8x2048x5376xf32>
    %cst_66 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %375 = stablehlo.reduce(%374 init: %cst_66) applies stablehlo.add across dimensions = [2] : (tensor<8x2048x5376xf32>, tensor<f32>) -> tensor<8x2048xf32>
    %376 = stablehlo.reshape %375 : (tensor<8x2048xf32>) -> tensor<8x2048x1xf32>
    %377 = stablehlo.broadcast_in_dim %187, dims = [0, 1, 2] : (tensor<8x2048x1xf32>) -> tensor<8x2048x5376xf32>
    %378 = stablehlo.multiply %373, %377 : tensor<8x2048x5376xf32>
    %379 = stablehlo.multiply %376, %190 : tensor<8x2048x1xf32>
    %cst_67 = stablehlo.constant dense<5.376000e+03> : tensor<f32>
    %380 = stablehlo.broadcast_in_dim %cst_67, dims = [] : (tensor<f32>) -> tensor<8x2048x1xf32>
    %381 = stablehlo.divide %379, %380 : tensor<8x2048x1xf32>
    %cst_68 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %382 = stablehlo.reduce(%381 init: %cst_68) applies stablehlo.add across dimensions = [2] : (tensor<8x2048x1xf32>, tensor<f32>) -> tensor<8x2048xf32>
    %383 = stablehlo.broadcast_in_dim %382, dims = [0, 1] : (tensor<8x2048xf32>) -> tensor<8x2048x5376xf32>
    %384 = stablehlo.multiply %179, %383 : tensor<8x2048x5376xf32>
    %385 = stablehlo.add %378, %384 : tensor<8x2048x5376xf32>
    %386 = stablehlo.multiply %383, %179 : tensor<8x2048x5376xf32>
    %387 = stablehlo.add %385, %386 : tensor<8x2048x5376xf32>
    %388 = stablehlo.convert %387 : (tensor<8x2048x5376xf32>) -> tensor<8x2048x5376xbf16>
    %389 = stablehlo.dot_general %388, %175, contracting_dims = [0, 1] x [0, 1], precision = [DEFAULT, DEFAULT] : (tensor<8x2048x5376xbf16>, tensor<8x2048x16xbf16>) -> tensor<5376x16xbf16>
    %390 = stablehlo.transpose %389, dims = [1, 0] : (tensor<5376x16xbf16>) -> tensor<16x5376xbf16>
    %391 = stablehlo.dot_general %388, %176, contracting_dims = [2] x [1], precision = [DEFAULT, DEFAULT] : (tensor<8x2048x5376xbf16>, tensor<16x5376xbf16>) -> tensor<8x2048x16xbf16>
    %392 = stablehlo.convert %390 : (tensor<16x5376xbf16>) -> tensor<16x5376xf32>
    %cst_69 = stablehlo.constant dense<2.000000e+00> : tensor<bf16>
    %393 = stablehlo.broadcast_in_dim %cst_69, dims = [] : (tensor<bf16>) -> tensor<8x2048x16xbf16>
    %394 = stablehlo.multiply %391, %393 : tensor<8x2048x16xbf16>
    %395 = stablehlo.dot_general %394, %168, contracting_dims = [0, 1] x [0, 1], precision = [DEFAULT, DEFAULT] : (tensor<8x2048x16xbf16>, tensor<8x2048x4096xbf16>) -> tensor<16x4096xbf16>
    %396 = stablehlo.transpose %395, dims = [1, 0] : (tensor<16x4096xbf16>) -> tensor<4096x16xbf16>
    %397 = stablehlo.dot_general %394, %172, contracting_dims = [2] x [1], precision = [DEFAULT, DEFAULT] : (tensor<8x2048x16xbf16>, tensor<4096x16xbf16>) -> tensor<8x2048x4096xbf16>
    %398 = stablehlo.convert %396 : (tensor<4096x16xbf16>) -> tensor<4096x16xf32>
    %399 = stablehlo.dot_general %388, %169, contracting_dims = [2] x [1], precision = [DEFAULT, DEFAULT] : (tensor<8x2048x5376xbf16>, tensor<4096x5376xbf16>) -> tensor<8x2048x4096xbf16>
    %400 = stablehlo.add %397, %399 : tensor<8x2048x4096xbf16>
    %401 = stablehlo.reshape %398 : (tensor<4096x16xf32>) -> tensor<32x128x16xf32>
    %402 = stablehlo.reshape %400 : (tensor<8x2048x4096xbf16>) -> tensor<8x2048x32x128xbf16>
    %403:3 = "stablehlo.case"(%166) ({
      %529 = stablehlo.reshape %402 : (tensor<8x2048x32x128xbf16>) -> tensor<8x2048x16x2x128xbf16>
      %530 = stablehlo.transpose %529, dims = [0, 2, 4, 3, 1] : (tensor<8x2048x16x2x128xbf16>) -> tensor<8x16x128x2x2048xbf16>
      %531 = stablehlo.dot_general %530, %167#2, batching_dims = [0, 1] x [0, 2], contracting_dims = [2] x [3], precision = [DEFAULT, DEFAULT] : (tensor<8x16x128x2x2048xbf16>, tensor<8x2048x16x128xbf16>) -> tensor<8x16x2x2048x2048xbf16>
      %532 = stablehlo.dot_general %530, %167#1, batching_dims = [0, 1] x [0, 1], contracting_dims = [3, 4] x [2, 3], precision = [DEFAULT, DEFAULT] : (tensor<8x16x128x2x2048xbf16>, tensor<8x16x2x2048x2048xbf16>) -> tensor<8x16x128x2048xbf16>
      %533 = stablehlo.transpose %532, dims = [0, 3, 1, 2] : (tensor<8x16x128x2048xbf16>) -> tensor<8x2048x16x128xbf16>
      %534 = stablehlo.convert %531 : (tensor<8x16x2x2048x2048xbf16>) -> tensor<8x16x2x2048x2048xf32>
      %535 = stablehlo.broadcast_in_dim %167#8, dims = [0, 1, 2, 3, 4] : (tensor<8x16x2x2048x1xf32>) -> tensor<8x16x2x2048x2048xf32>
      %536 = stablehlo.multiply %534, %535 : tensor<8x16x2x2048x2048xf32>
      %537 = stablehlo.multiply %536, %167#6 : tensor<8x16x2x2048x2048xf32>
      %cst_82 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
      %538 = stablehlo.reduce(%537 init: %cst_82) applies stablehlo.add across dimensions = [4] : (tensor<8x16x2x2048x2048xf32>, tensor<f32>) -> tensor<8x16x2x2048xf32>
      %539 = stablehlo.reshape %538 : (tensor<8x16x2x2048xf32>) -> tensor<8x16x2x2048x1xf32>
      %540 = stablehlo.negate %539 : tensor<8x16x2x2048x1xf32>
      %541 = stablehlo.broadcast_in_dim %167#7, dims = [0, 1, 2, 3, 4] : (tensor<8x16x2x2048x1xf32>) -> tensor<8x16x2x2048x2048xf32>
      %542 = stablehlo.divide %534, %541 : tensor<8x16x2x2048x2048xf32>
      %cst_83 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
      %543 = stablehlo.reduce(%540 init: %cst_83) applies stablehlo.add across dimensions = [4] : (tensor<8x16x2x2048x1xf32>, tensor<f32>) -> tensor<8x16x2x2048xf32>
      %544 = stablehlo.broadcast_in_dim %543, dims = [0, 1, 2, 3] : (tensor<8x16x2x2048xf32>) -> tensor<8x16x2x2048x2048xf32>
      %545 = stablehlo.add %542, %544 : tensor<8x16x2x2048x2048xf32>
      %546 = stablehlo.multiply %545, %167#6 : tensor<8x16x2x2048x2048xf32>
      %547 = func.call @_where_30(%167#5, %546) : (tensor<8x16x2x2048x2048xi1>, tensor<8x16x2x2048x2048xf32>) -> tensor<8x16x2x2048x2048xf32>
      %cst_84 = stablehlo.constant dense<0.0771516785> : tensor<f32>
      %548 = stablehlo.broadcast_in_dim %cst_84, dims = [] : (tensor<f32>) -> tensor<8x16x2x2048x2048xf32>
      %549 = stablehlo.multiply %547, %548 : tensor<8x16x2x2048x2048xf32>
      %550 = stablehlo.transpose %549, dims = [0, 1, 4, 3, 2] : (tensor<8x16x2x2048x2048xf32>) -> tensor<8x16x2048x2048x2xf32>
      %551 = stablehlo.dot_general %550, %167#4, batching_dims = [0, 1] x [0, 2], contracting_dims = [2] x [1], precision = [DEFAULT, DEFAULT] : (tensor<8x16x2048x2048x2xf32>, tensor<8x2048x16x128xbf16>) -> tensor<8x16x2048x2x128xf32>
      %552 = stablehlo.transpose %551, dims = [0, 2, 1, 3, 4] : (tensor<8x16x2048x2x128xf32>) -> tensor<8x2048x16x2x128xf32>
      %553 = stablehlo.convert %552 : (tensor<8x2048x16x2x128xf32>) -> tensor<8x2048x16x2x128xbf16>
      %554 = stablehlo.dot_general %550, %167#3, batching_dims = [0, 1] x [0, 2], contracting_dims = [3, 4] x [1, 3], precision = [DEFAULT, DEFAULT] : (tensor<8x16x2048x2048x2xf32>, tensor<8x2048x16x2x128xbf16>) -> tensor<8x16x2048x128xf32>
      %555 = stablehlo.transpose %554, dims = [0, 2, 1, 3] : (tensor<8x16x2048x128xf32>) -> tensor<8x2048x16x128xf32>
      %556 = stablehlo.convert %555 : (tensor<8x2048x16x128xf32>) -> tensor<8x2048x16x128xbf16>
      %557 = stablehlo.reshape %553 : (tensor<8x2048x16x2x128xbf16>) -> tensor<8x2048x32x128xbf16>
      stablehlo.return %557, %556, %533 : tensor<8x2048x32x128xbf16>, tensor<8x2048x16x128xbf16>, tensor<8x2048x16x128xbf16>
    }, {
      %529 = stablehlo.reshape %402 : (tensor<8x2048x32x128xbf16>) -> tensor<8x2048x16x2x128xbf16>
      %530 = stablehlo.transpose %529, dims = [0, 2, 4, 3, 1] : (tensor<8x2048x16x2x128xbf16>) -> tensor<8x16x128x2x2048xbf16>
      %531 = stablehlo.dot_general %530, %167#2, batching_dims = [0, 1] x [0, 2], contracting_dims = [2] x [3], precision = [DEFAULT, DEFAULT] : (tensor<8x16x128x2x2048xbf16>, tensor<8x2048x16x128xbf16>) -> tensor<8x16x2x2048x2048xbf16>
      %532 = stablehlo.dot_general %530, %167#1, batching_dims = [0, 1] x [0, 1], contracting_dims = [3, 4] x [2, 3], precision = [DEFAULT, DEFAULT] : (tensor<8x16x128x2x2048xbf16>, tensor<8x16x2x2048x2048xbf16>) -> tensor<8x16x128x2048xbf16>
      %533 = stablehlo.transpose %532, dims = [0, 3, 1, 2] : (tensor<8x16x128x2048xbf16>) -> tensor<8x2048x16x128xbf16>
      %534 = stablehlo.convert %531 : (tensor<8x16x2x2048x2048xbf16>) -> tensor<8x16x2x2048x2048xf32>
      %535 = stablehlo.broadcast_in_dim %167#8, dims = [0, 1, 2, 3, 4] : (tensor<8x16x2x2048x1xf32>) -> tensor<8x16x2x2048x2048xf32>
      %536 = stablehlo.multiply %534, %535 : tensor<8x16x2x2048x2048xf32>
      %537 = stablehlo.multiply %536, %167#6 : tensor<8x16x2x2048x2048xf32>
      %cst_82 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
      %538 = stablehlo.reduce(%537 init: %cst_82) applies stablehlo.add across dimensions = [4] : (tensor<8x16x2x2048x2048xf32>, tensor<f32>) -> tensor<8x16x2x2048xf32>
      %539 = stablehlo.reshape %538 : (tensor<8x16x2x2048xf32>) -> tensor<8x16x2x2048x1xf32>
      %540 = stablehlo.negate %539 : tensor<8x16x2x2048x1xf32>
      %541 = stablehlo.broadcast_in_dim %167#7, dims = [0, 1, 2, 3, 4] : (tensor<8x16x2x2048x1xf32>) -> tensor<8x16x2x2048x2048xf32>
      %542 = stablehlo.divide %534, %541 : tensor<8x16x2x2048x2048xf32>
      %cst_83 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
      %543 = stablehlo.reduce(%540 init: %cst_83) applies stablehlo.add across dimensions = [4] : (tensor<8x16x2x2048x1xf32>, tensor<f32>) -> tensor<8x16x2x2048xf32>
      %544 = stablehlo.broadcast_in_dim %543, dims = [0, 1, 2, 3] : (tensor<8x16x2x2048xf32>) -> tensor<8x16x2x2048x2048xf32>
      %545 = stablehlo.add %542, %544 : tensor<8x16x2x2048x2048xf32>
      %546 = stablehlo.multiply %545, %167#6 : tensor<8x16x2x2048x2048xf32>
      %547 = func.call @_where_30(%167#5, %546) : (tensor<8x16x2x2048x2048xi1>, tensor<8x16x2x2048x2048xf32>) -> tensor<8x16x2x2048x2048xf32>
      %cst_84 = stablehlo.constant dense<0.0771516785> : tensor<f32>
      %548 = stablehlo.broadcast_in_dim %cst_84, dims = [] : (tensor<f32>) -> tensor<8x16x2x2048x2048xf32>
      %549 = stablehlo.multiply %547, %548 : tensor<8x16x2x2048x2048xf32>
      %550 = stablehlo.transpose %549, dims = [0, 1, 4, 3, 2] : (tensor<8x16x2x2048x2048xf32>) -> tensor<8x16x2048x2048x2xf32>
      %551 = stablehlo.dot_general %550, %167#4, batching_dims = [0, 1] x [0, 2], contracting_dims = [2] x [1], precision = [DEFAULT, DEFAULT] : (tensor<8x16x2048x2048x2xf32>, tensor<8x2048x16x128xbf16>) -> tensor<8x16x2048x2x128xf32>
      %552 = stablehlo.transpose %551, dims = [0, 2, 1, 3, 4] : (tensor<8x16x2048x2x128xf32>) -> tensor<8x2048x16x2x128xf32>
      %553 = stablehlo.convert %552 : (tensor<8x2048x16x2x128xf32>) -> tensor<8x2048x16x2x128xbf16>
      %554 = stablehlo.dot_general %550, %167#3, batching_dims = [0, 1] x [0, 2], contracting_dims = [3, 4] x [1, 3], precision = [DEFAULT, DEFAULT] : (tensor<8x16x2048x2048x2xf32>, tensor<8x2048x16x2x128xbf16>) -> tensor<8x16x2048x128xf32>
      %555 = stablehlo.transpose %554, dims = [0, 2, 1, 3] : (tensor<8x16x2048x128xf32>) -> tensor<8x2048x16x128xf32>
      %556 = stablehlo.convert %555 : (tensor<8x2048x16x128xf32>) -> tensor<8x2048x16x128xbf16>
      %557 = stablehlo.reshape %553 : (tensor<8x2048x16x2x128xbf16>) -> tensor<8x2048x32x128xbf16>
      stablehlo.return %557, %556, %533 : tensor<8x2048x32x128xbf16>, tensor<8x2048x16x128xbf16>, tensor<8x2048x16x128xbf16>
    }) : (tensor<i32>) -> (tensor<8x2048x32x128xbf16>, tensor<8x2048x16x128xbf16>, tensor<8x2048x16x128xbf16>)
    %404 = stablehlo.convert %403#1 : (tensor<8x2048x16x128xbf16>) -> tensor<8x2048x16x128xf32>
    %405 = stablehlo.slice %404 [0:8, 0:2048, 0:16, 0:64] : (tensor<8x2048x16x128xf32>) -> tensor<8x2048x16x64xf32>
    %406 = stablehlo.slice %404 [0:8, 0:2048, 0:16, 64:128] : (tensor<8x2048x16x128xf32>) -> tensor<8x2048x16x64xf32>
    %407 = stablehlo.broadcast_in_dim %148, dims = [0, 1, 2, 3] : (tensor<8x2048x1x64xf32>) -> tensor<8x2048x16x64xf32>
    %408 = stablehlo.multiply %406, %407 : tensor<8x2048x16x64xf32>
    %409 = stablehlo.broadcast_in_dim %150, dims = [0, 1, 2, 3] : (tensor<8x2048x1x64xf32>) -> tensor<8x2048x16x64xf32>
    %410 = stablehlo.multiply %406, %409 : tensor<8x2048x16x64xf32>
    %411 = stablehlo.negate %405 : tensor<8x2048x16x64xf32>
    %412 = stablehlo.broadcast_in_dim %148, dims = [0, 1, 2, 3] : (tensor<8x2048x1x64xf32>) -> tensor<8x2048x16x64xf32>
    %413 = stablehlo.multiply %411, %412 : tensor<8x2048x16x64xf32>
    %414 = stablehlo.add %410, %413 : tensor<8x2048x16x64xf32>
    %415 = stablehlo.broadcast_in_dim %150, dims = [0, 1, 2, 3] : (tensor<8x2048x1x64xf32>) -> tensor<8x2048x16x64xf32>
    %416 = stablehlo.multiply %405, %415 : tensor<8x2048x16x64xf32>
    %417 = stablehlo.add %408, %416 : tensor<8x2048x16x64xf32>
    %418 = stablehlo.concatenate %417, %414, dim = 3 : (tensor<8x2048x16x64xf32>, tensor<8x2048x16x64xf32>) -> tensor<8x2048x16x128xf32>
    %419 = stablehlo.convert %418 : (tensor<8x2048x16x128xf32>) -> tensor<8x2048x16x128xbf16>
    %420 = stablehlo.convert %403#0 : (tensor<8x2048x32x128xbf16>) -> tensor<8x2048x32x128xf32>
    %421 = stablehlo.slice %420 [0:8, 0:2048, 0:32, 0:64] : (tensor<8x2048x32x128xf32>) -> tensor<8x2048x32x64xf32>
    %422 = stablehlo.slice %420 [0:8, 0:2048, 0:32, 64:128] : (tensor<8x2048x32x128xf32>) -> tensor<8x2048x32x64xf32>
    %423 = stablehlo.broadcast_in_dim %123, dims = [0, 1, 2, 3] : (tensor<8x2048x1x64xf32>) -> tensor<8x2048x32x64xf32>
    %424 = stablehlo.multiply %422, %423 : tensor<8x2048x32x64xf32>
    %425 = stablehlo.broadcast_in_dim %125, dims = [0, 1, 2, 3] : (tensor<8x2048x1x64xf32>) -> tensor<8x2048x32x64xf32>
    %426 = stablehlo.multiply %422, %425 : tensor<8x2048x32x64xf32>
    %427 = stablehlo.negate %421 : tensor<8x2048x32x64xf32>
    %428 = stablehlo.broadcast_in_dim %123, dims = [0, 1, 2, 3] : (tensor<8x2048x1x64xf32>) -> tensor<8x2048x32x64xf32>
    %429 = stablehlo.multiply %427, %428 : tensor<8x2048x32x64xf32>
    %430 = stablehlo.add %426, %429 : tensor<8x2048x32x64xf32>
    %431 = stablehlo.broadcast_in_dim %125, dims = [0, 1, 2, 3] : (tensor<8x2048x1x64xf32>) -> tensor<8x2048x32x64xf32>
    %432 = stablehlo.multiply %421, %431 : tensor<8x2048x32x64xf32>
    %433 = stablehlo.add %424, %432 : tensor<8x2048x32x64xf32>
    %434 = stablehlo.concatenate %433, %430, dim = 3 : (tensor<8x2048x32x64xf32>, tensor<8x2048x32x64xf32>) -> tensor<8x2048x32x128xf32>
    %435 = stablehlo.convert %434 : (tensor<8x2048x32x128xf32>) -> tensor<8x2048x32x128xbf16>
    %436 = stablehlo.convert %419 : (tensor<8x2048x16x128xbf16>) -> tensor<8x2048x16x128xf32>
    %437 = stablehlo.broadcast_in_dim %85, dims = [0, 1, 2, 3] : (tensor<1x1x1x128xf32>) -> tensor<8x2048x16x128xf32>
    %438 = stablehlo.multiply %436, %437 : tensor<8x2048x16x128xf32>
    %439 = stablehlo.multiply %68, %438 : tensor<8x2048x16x128xf32>
    %cst_70 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %440 = stablehlo.reduce(%439 init: %cst_70) applies stablehlo.add across dimensions = [3] : (tensor<8x2048x16x128xf32>, tensor<f32>) -> tensor<8x2048x16xf32>
    %441 = stablehlo.reshape %440 : (tensor<8x2048x16xf32>) -> tensor<8x2048x16x1xf32>
    %442 = stablehlo.broadcast_in_dim %76, dims = [0, 1, 2, 3] : (tensor<8x2048x16x1xf32>) -> tensor<8x2048x16x128xf32>
    %443 = stablehlo.multiply %438, %442 : tensor<8x2048x16x128xf32>
    %444 = stablehlo.multiply %441, %79 : tensor<8x2048x16x1xf32>
    %cst_71 = stablehlo.constant dense<1.280000e+02> : tensor<f32>
    %445 = stablehlo.broadcast_in_dim %cst_71, dims = [] : (tensor<f32>) -> tensor<8x2048x16x1xf32>
    %446 = stablehlo.divide %444, %445 : tensor<8x2048x16x1xf32>
    %cst_72 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %447 = stablehlo.reduce(%446 init: %cst_72) applies stablehlo.add across dimensions = [3] : (tensor<8x2048x16x1xf32>, tensor<f32>) -> tensor<8x2048x16xf32>
    %448 = stablehlo.broadcast_in_dim %447, dims = [0, 1, 2] : (tensor<8x2048x16xf32>) -> tensor<8x2048x16x128xf32>
    %449 = stablehlo.multiply %68, %448 : tensor<8x2048x16x128xf32>
    %450 = stablehlo.add %443, %449 : tensor<8x2048x16x128xf32>
    %451 = stablehlo.multiply %448, %68 : tensor<8x2048x16x128xf32>
    %452 = stablehlo.add %450, %451 : tensor<8x2048x16x128xf32>
    %453 = stablehlo.convert %452 : (tensor<8x2048x16x128xf32>) -> tensor<8x2048x16x128xbf16>
    %454 = stablehlo.convert %435 : (tensor<8x2048x32x128xbf16>) -> tensor<8x2048x32x128xf32>
    %455 = stablehlo.broadcast_in_dim %64, dims = [0, 1, 2, 3] : (tensor<1x1x1x128xf32>) -> tensor<8x2048x32x128xf32>
    %456 = stablehlo.multiply %454, %455 : tensor<8x2048x32x128xf32>
    %457 = stablehlo.multiply %47, %456 : tensor<8x2048x32x128xf32>
    %cst_73 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %458 = stablehlo.reduce(%457 init: %cst_73) applies stablehlo.add across dimensions = [3] : (tensor<8x2048x32x128xf32>, tensor<f32>) -> tensor<8x2048x32xf32>
    %459 = stablehlo.reshape %458 : (tensor<8x2048x32xf32>) -> tensor<8x2048x32x1xf32>
    %460 = stablehlo.broadcast_in_dim %55, dims = [0, 1, 2, 3] : (tensor<8x2048x32x1xf32>) -> tensor<8x2048x32x128xf32>
    %461 = stablehlo.multiply %456, %460 : tensor<8x2048x32x128xf32>
    %462 = stablehlo.multiply %459, %58 : tensor<8x2048x32x1xf32>
    %cst_74 = stablehlo.constant dense<1.280000e+02> : tensor<f32>
    %463 = stablehlo.broadcast_in_dim %cst_74, dims = [] : (tensor<f32>) -> tensor<8x2048x32x1xf32>
    %464 = stablehlo.divide %462, %463 : tensor<8x2048x32x1xf32>
    %cst_75 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %465 = stablehlo.reduce(%464 init: %cst_75) applies stablehlo.add across dimensions = [3] : (tensor<8x2048x32x1xf32>, tensor<f32>) -> tensor<8x2048x32xf32>
    %466 = stablehlo.broadcast_in_dim %465, dims = [0, 1, 2] : (tensor<8x2048x32xf32>) -> tensor<8x2048x32x128xf32>
    %467 = stablehlo.multiply %47, %466 : tensor<8x2048x32x128xf32>
    %468 = stablehlo.add %461, %467 : tensor<8x2048x32x128xf32>
    %469 = stablehlo.multiply %466, %47 : tensor<8x2048x32x128xf32>
    %470 = stablehlo.add %468, %469 : tensor<8x2048x32x128xf32>
    %471 = stablehlo.convert %470 : (tensor<8x2048x32x128xf32>) -> tensor<8x2048x32x128xbf16>
    %472 = stablehlo.dot_general %403#2, %43, contracting_dims = [0, 1] x [0, 1], precision = [DEFAULT, DEFAULT] : (tensor<8x2048x16x128xbf16>, tensor<8x2048x16xbf16>) -> tensor<16x128x16xbf16>
    %473 = stablehlo.transpose %472, dims = [2, 0, 1] : (tensor<16x128x16xbf16>) -> tensor<16x16x128xbf16>
    %474 = stablehlo.dot_general %403#2, %44, contracting_dims = [2, 3] x [1, 2], precision = [DEFAULT, DEFAULT] : (tensor<8x2048x16x128xbf16>, tensor<16x16x128xbf16>) -> tensor<8x2048x16xbf16>
    %475 = stablehlo.convert %473 : (tensor<16x16x128xbf16>) -> tensor<16x16x128xf32>
    %cst_76 = stablehlo.constant dense<2.000000e+00> : tensor<bf16>
    %476 = stablehlo.broadcast_in_dim %cst_76, dims = [] : (tensor<bf16>) -> tensor<8x2048x16xbf16>
    %477 = stablehlo.multiply %474, %476 : tensor<8x2048x16xbf16>
    %478 = stablehlo.dot_general %477, %22, contracting_dims = [0, 1] x [0, 1], precision = [DEFAULT, DEFAULT] : (tensor<8x2048x16xbf16>, tensor<8x2048x5376xbf16>) -> tensor<16x5376xbf16>
    %479 = stablehlo.transpose %478, dims = [1, 0] : (tensor<16x5376xbf16>) -> tensor<5376x16xbf16>
    %480 = stablehlo.dot_general %477, %40, contracting_dims = [2] x [1], precision = [DEFAULT, DEFAULT] : (tensor<8x2048x16xbf16>, tensor<5376x16xbf16>) -> tensor<8x2048x5376xbf16>
    %481 = stablehlo.convert %479 : (tensor<5376x16xbf16>) -> tensor<5376x16xf32>
    %482 = stablehlo.dot_general %403#2, %0#6, contracting_dims = [2, 3] x [0, 2], precision = [DEFAULT, DEFAULT] : (tensor<8x2048x16x128xbf16>, tensor<16x5376x128xbf16>) -> tensor<8x2048x5376xbf16>
    %483 = stablehlo.add %480, %482 : tensor<8x2048x5376xbf16>
    %484 = stablehlo.dot_general %453, %35, contracting_dims = [0, 1] x [0, 1], precision = [DEFAULT, DEFAULT] : (tensor<8x2048x16x128xbf16>, tensor<8x2048x16xbf16>) -> tensor<16x128x16xbf16>
    %485 = stablehlo.transpose %484, dims = [2, 0, 1] : (tensor<16x128x16xbf16>) -> tensor<16x16x128xbf16>
    %486 = stablehlo.dot_general %453, %36, contracting_dims = [2, 3] x [1, 2], precision = [DEFAULT, DEFAULT] : (tensor<8x2048x16x128xbf16>, tensor<16x16x128xbf16>) -> tensor<8x2048x16xbf16>
    %487 = stablehlo.convert %485 : (tensor<16x16x128xbf16>) -> tensor<16x16x128xf32>
    %cst_77 = stablehlo.constant dense<2.000000e+00> : tensor<bf16>
    %488 = stablehlo.broadcast_in_dim %cst_77, dims = [] : (tensor<bf16>) -> tensor<8x2048x16xbf16>
    %489 = stablehlo.multiply %486, %488 : tensor<8x2048x16xbf16>
    %490 = stablehlo.dot_general %489, %22, contracting_dims = [0, 1] x [0, 1], precision = [DEFAULT, DEFAULT] : (tensor<8x2048x16xbf16>, tensor<8x2048x5376xbf16>) -> tensor<16x5376xbf16>
    %491 = stablehlo.transpose %490, dims = [1, 0] : (tensor<16x5376xbf16>) -> tensor<5376x16xbf16>
    %492 = stablehlo.dot_general %489, %32, contracting_dims = [2] x [1], precision = [DEFAULT, DEFAULT] : (tensor<8x2048x16xbf16>, tensor<5376x16xbf16>) -> tensor<8x2048x5376xbf16>
    %493 = stablehlo.add %483, %492 : tensor<8x2048x5376xbf16>
    %494 = stablehlo.convert %491 : (tensor<5376x16xbf16>) -> tensor<5376x16xf32>
    %495 = stablehlo.dot_general %453, %0#5, contracting_dims = [2, 3] x [0, 2], precision = [DEFAULT, DEFAULT] : (tensor<8x2048x16x128xbf16>, tensor<16x5376x128xbf16>) -> tensor<8x2048x5376xbf16>
    %496 = stablehlo.add %493, %495 : tensor<8x2048x5376xbf16>
    %497 = stablehlo.dot_general %471, %27, contracting_dims = [0, 1] x [0, 1], precision = [DEFAULT, DEFAULT] : (tensor<8x2048x32x128xbf16>, tensor<8x2048x16xbf16>) -> tensor<32x128x16xbf16>
    %498 = stablehlo.transpose %497, dims = [2, 0, 1] : (tensor<32x128x16xbf16>) -> tensor<16x32x128xbf16>
    %499 = stablehlo.dot_general %471, %28, contracting_dims = [2, 3] x [1, 2], precision = [DEFAULT, DEFAULT] : (tensor<8x2048x32x128xbf16>, tensor<16x32x128xbf16>) -> tensor<8x2048x16xbf16>
    %500 = stablehlo.convert %498 : (tensor<16x32x128xbf16>) -> tensor<16x32x128xf32>
    %cst_78 = stablehlo.constant dense<2.000000e+00> : tensor<bf16>
    %501 = stablehlo.broadcast_in_dim %cst_78, dims = [] : (tensor<bf16>) -> tensor<8x2048x16xbf16>
    %502 = stablehlo.multiply %499, %501 : tensor<8x2048x16xbf16>
    %503 = stablehlo.dot_general %502, %22, contracting_dims = [0, 1] x [0, 1], precision = [DEFAULT, DEFAULT] : (tensor<8x2048x16xbf16>, tensor<8x2048x5376xbf16>) -> tensor<16x5376xbf16>
    %504 = stablehlo.transpose %503, dims = [1, 0] : (tensor<16x5376xbf16>) -> tensor<5376x16xbf16>
    %505 = stablehlo.dot_general %502, %24, contracting_dims = [2] x [1], precision = [DEFAULT, DEFAULT] : (tensor<8x2048x16xbf16>, tensor<5376x16xbf16>) -> tensor<8x2048x5376xbf16>
    %506 = stablehlo.add %496, %505 : tensor<8x2048x5376xbf16>
    %507 = stablehlo.convert %504 : (tensor<5376x16xbf16>) -> tensor<5376x16xf32>
    %508 = stablehlo.dot_general %471, %0#4, contracting_dims = [2, 3] x [0, 2], precision = [DEFAULT, DEFAULT] : (tensor<8x2048x32x128xbf16>, tensor<32x5376x128xbf16>) -> tensor<8x2048x5376xbf16>
    %509 = stablehlo.add %506, %508 : tensor<8x2048x5376xbf16>
    %510 = stablehlo.convert %509 : (tensor<8x2048x5376xbf16>) -> tensor<8x2048x5376xf32>
    %511 = stablehlo.broadcast_in_dim %19, dims = [0, 1, 2] : (tensor<1x1x5376xf32>) -> tensor<8x2048x5376xf32>
    %512 = stablehlo.multiply %510, %511 : tensor<8x2048x5376xf32>
    %513 = stablehlo.multiply %2, %512 : tensor<8x2048x5376xf32>
    %cst_79 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %514 = stablehlo.reduce(%513 init: %cst_79) applies stablehlo.add across dimensions = [2] : (tensor<8x2048x5376xf32>, tensor<f32>) -> tensor<8x2048xf32>
    %515 = stablehlo.reshape %514 : (tensor<8x2048xf32>) -> tensor<8x2048x1xf32>
    %516 = stablehlo.broadcast_in_dim %10, dims = [0, 1, 2] : (tensor<8x2048x1xf32>) -> tensor<8x2048x5376xf32>
    %517 = stablehlo.multiply %512, %516 : tensor<8x2048x5376xf32>
    %518 = stablehlo.multiply %515, %13 : tensor<8x2048x1xf32>
    %cst_80 = stablehlo.constant dense<5.376000e+03> : tensor<f32>
    %519 = stablehlo.broadcast_in_dim %cst_80, dims = [] : (tensor<f32>) -> tensor<8x2048x1xf32>
    %520 = stablehlo.divide %518, %519 : tensor<8x2048x1xf32>
    %cst_81 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %521 = stablehlo.reduce(%520 init: %cst_81) applies stablehlo.add across dimensions = [2] : (tensor<8x2048x1xf32>, tensor<f32>) -> tensor<8x2048xf32>
    %522 = stablehlo.broadcast_in_dim %521, dims = [0, 1] : (tensor<8x2048xf32>) -> tensor<8x2048x5376xf32>
    %523 = stablehlo.multiply %2, %522 : tensor<8x2048x5376xf32>
    %524 = stablehlo.add %517, %523 : tensor<8x2048x5376xf32>
    %525 = stablehlo.multiply %522, %2 : tensor<8x2048x5376xf32>
    %526 = stablehlo.add %524, %525 : tensor<8x2048x5376xf32>
    %527 = stablehlo.convert %526 : (tensor<8x2048x5376xf32>) -> tensor<8x2048x5376xbf16>
    %528 = stablehlo.add %370, %527 : tensor<8x2048x5376xbf16>
    return %528, %308, %302, %349, %342, %494, %487, %401, %392, %507, %500, %322, %316, %481, %475 : tensor<8x2048x5376xbf16>, tensor<21504x16xf32>, tensor<16x5376xf32>, tensor<5376x16xf32>, tensor<16x21504xf32>, tensor<5376x16xf32>, tensor<16x16x128xf32>, tensor<32x128x16xf32>, tensor<16x5376xf32>, tensor<5376x16xf32>, tensor<16x32x128xf32>, tensor<5376x16xf32>, tensor<16x21504xf32>, tensor<5376x16xf32>, tensor<16x16x128xf32>
  }
  func.func private @_where_28(%arg0: tensor<i1>, %arg1: tensor<64xf32>, %arg2: tensor<64xf32>) -> tensor<64xf32> {
    %0 = stablehlo.select %arg0, %arg1, %arg2 : tensor<i1>, tensor<64xf32>
    return %0 : tensor<64xf32>
  }
  func.func private @_where_29(%arg0: tensor<8x1x1x2048x2048xi1>, %arg1: tensor<8x16x2x2048x2048xf32>, %arg2: tensor<f32>) -> (tensor<8x16x2x2048x2048xf32>, tensor<8x16x2x2048x2048xi1>) {
    %0 = stablehlo.convert %arg2 : tensor<f32>
    %1 = stablehlo.broadcast_in_dim %arg0, dims = [0, 1, 2, 3, 4] : (tensor<8x1x1x2048x2048xi1>) -> tensor<8x16x2x2048x2048xi1>
    %2 = stablehlo.broadcast_in_dim %0, dims = [] : (tensor<f32>) -> tensor<8x16x2x2048x2048xf32>
    %3 = stablehlo.select %1, %arg1, %2 : tensor<8x16x2x2048x2048xi1>, tensor<8x16x2x2048x2048xf32>
    return %3, %1 : tensor<8x16x2x2048x2048xf32>, tensor<8x16x2x2048x2048xi1>
  }
  func.func private @_where_30(%arg0: tensor<8x16x2x2048x2048xi1>, %arg1: tensor<8x16x2x2048x2048xf32>) -> tensor<8x16x2x2048x2048xf32> {
    %cst = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %0 = stablehlo.broadcast_in_dim %cst, dims = [] : (tensor<f32>) -> tensor<8x16x2x2048x2048xf32>
    %1 = stablehlo.select %arg0, %arg1, %0 : tensor<8x16x2x2048x2048xi1>, tensor<8x16x2x2048x2048xf32>
    return %1 : tensor<8x16x2x2048x2048xf32>
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
