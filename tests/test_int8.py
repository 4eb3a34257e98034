"""int8 weights and KV cache: the int8 matmul equals the dequantized weight's, the cached paths accept both."""

import dataclasses

import jax
import jax.numpy as jnp
import numpy as np
import pytest

import gemma3
from gemma3.int8 import Int8KV, Int8Weight, quantize_array
from gemma3.kv_cache import cache_bytes, decode_step, init_cache, prefill
from gemma3.layers import project
from gemma3.training import lora

TINY = dataclasses.replace(
    gemma3.get_config("270m"), num_layers=7, embed_dim=64, num_heads=4, num_kv_heads=2, head_dim=16,
    mlp_dim=128, sliding_window=8, query_pre_attn_scalar=16, vocab_size=512, embed_rows=512,
)  # fmt: skip


# the real 270M against float32 on the first 256 tokens of each `bench.varied_texts` (1,738 tokens), measured:
# `quantize` (int8 projections and embedding) 94.71%, KL 0.0071; `calibrated_quantize` (GPTQ roundings on
# `bench.calibration_windows`, 3,072 tokens, damping 5%, float embedding) 98.22%, KL 0.0014 (97.93%, KL 0.0016 at
# damping 1%). Floors just under those.
FLOORS = {"quantize": (0.935, 0.009), "calibrated": (0.979, 0.0016)}


@pytest.fixture(scope="module")
def tiny_params():
    return gemma3.init_params(TINY, jax.random.key(0), jnp.float32)


def _dequantized(params):
    return jax.tree.map(
        lambda w: w.dequantize() if isinstance(w, Int8Weight) else w,
        params,
        is_leaf=lambda w: isinstance(w, Int8Weight),
    )


def test_quantize_array_is_symmetric_per_channel_and_round_trips_within_half_a_step():
    x = jax.random.normal(jax.random.key(1), (3, 5, 7)) * jnp.arange(1, 8)
    values, scale = quantize_array(x, (1,))
    assert values.dtype == jnp.int8 and scale.shape == (3, 1, 7)
    np.testing.assert_array_equal(np.abs(np.asarray(values)).max(axis=1), 127)  # each channel uses the full range
    assert np.all(np.abs(np.asarray(values * scale - x)) <= np.asarray(scale) / 2 + 1e-7)


def test_int8_projection_equals_the_dequantized_weight():
    x = jax.random.normal(jax.random.key(2), (2, 3, 8, 4))
    w = jax.random.normal(jax.random.key(3), (8, 4, 6))
    q = Int8Weight(*quantize_array(w, (0, 1)))
    want = jnp.einsum("btnh,nhd->btd", x, q.dequantize())
    np.testing.assert_allclose(project("btnh,nhd->btd", x, q), want, rtol=1e-5, atol=1e-5)
    x3 = x.reshape(2, 3, 32)
    np.testing.assert_allclose(project("btf,fd->btd", x3, q.reshape(32, 6)), want, rtol=1e-5, atol=1e-5)
    spec = "btd,ndh->btnh"  # the output channels interleave with the batch axes
    wq = jax.random.normal(jax.random.key(4), (5, 32, 7))
    q2 = Int8Weight(*quantize_array(wq, (1,)))
    np.testing.assert_allclose(project(spec, x3, q2), jnp.einsum(spec, x3, q2.dequantize()), rtol=1e-5, atol=1e-5)


def test_lora_on_int8_weights_equals_lora_on_the_dequantized_weights(tiny_params):
    """`layers.project` on an `Adapted` whose frozen weight is an `Int8Weight`: the int8 matmul plus the
    side path, equal to the side path beside the dequantized weight; the merged form dequantizes."""
    quantized = gemma3.quantize(tiny_params, embed=False)
    lcfg = lora.LoRAConfig(rank=3, alpha=6.0)
    adapters = lora.init_adapters(TINY, lcfg, jax.random.key(7))
    keys = iter(jax.random.split(jax.random.key(8), len(adapters)))
    adapters = {k: lora.Adapter(a.a, 0.1 * jax.random.normal(next(keys), a.b.shape)) for k, a in adapters.items()}
    adapted = lora.apply(quantized, adapters, lcfg)
    assert isinstance(adapted.layers.q, lora.Adapted) and isinstance(adapted.layers.q.weight, Int8Weight)
    tokens = jax.random.randint(jax.random.key(9), (2, 12), 0, TINY.vocab_size)
    want = gemma3.forward(lora.apply(_dequantized(quantized), adapters, lcfg), TINY, tokens)
    got = gemma3.forward(adapted, TINY, tokens)
    scale = float(jnp.abs(want).max())
    np.testing.assert_allclose(got, want, rtol=1e-4, atol=1e-4 * scale)
    no_lora = gemma3.forward(quantized, TINY, tokens)
    assert float(jnp.abs(got - no_lora).max()) > 1e-2 * scale  # the side path is there
    merged = gemma3.forward(lora.merge(quantized, adapters, lcfg), TINY, tokens)
    np.testing.assert_allclose(merged, want, rtol=1e-4, atol=1e-4 * scale)


def test_quantized_model_equals_its_dequantized_weights_in_forward_prefill_and_decode(tiny_params):
    quantized = gemma3.quantize(tiny_params)
    assert isinstance(quantized.layers.q, Int8Weight) and isinstance(quantized.embed, Int8Weight)
    tokens = jax.random.randint(jax.random.key(5), (2, 20), 0, TINY.vocab_size)
    want = gemma3.forward(_dequantized(quantized), TINY, tokens)
    got = gemma3.forward(quantized, TINY, tokens)
    np.testing.assert_allclose(got, want, rtol=1e-4, atol=1e-4 * float(jnp.abs(want).max()))
    # the float model is close (the quantization error), and greedy next tokens mostly agree
    float_logits = gemma3.forward(tiny_params, TINY, tokens)
    assert float((got.argmax(-1) == float_logits.argmax(-1)).mean()) > 0.8
    cache = init_cache(TINY, 2, 24, jnp.float32)
    logits, cache = prefill(quantized, TINY, tokens[:, :12], cache)
    np.testing.assert_allclose(logits, got[:, 11], rtol=1e-4, atol=1e-4 * float(jnp.abs(want).max()))
    for t in range(12, 20):  # past the window of 8
        logits, cache = decode_step(quantized, TINY, tokens[:, t], cache)
        np.testing.assert_allclose(logits, got[:, t], rtol=1e-4, atol=1e-4 * float(jnp.abs(want).max()))
    assert gemma3.generate(quantized, TINY, [[1, 2, 3]], 4, stop_tokens=()) == gemma3.generate(
        _dequantized(quantized), TINY, [[1, 2, 3]], 4, stop_tokens=()
    )


def test_int8_cache_prefill_decode_and_extend_stay_close_to_the_float_cache(tiny_params):
    tokens = jax.random.randint(jax.random.key(6), (2, 30), 0, TINY.vocab_size)
    want = gemma3.forward(tiny_params, TINY, tokens)
    cache = init_cache(TINY, 2, 32, jnp.int8)
    assert isinstance(cache.local_k, Int8KV) and cache.local_k.scale.shape == cache.local_k.shape[:-1]
    logits, cache = prefill(tiny_params, TINY, tokens[:, :10], cache)
    errors = [float(jnp.abs(logits - want[:, 9]).max())]
    for t in range(10, 20):  # past the window: the int8 rings wrap
        logits, cache = decode_step(tiny_params, TINY, tokens[:, t], cache)
        errors.append(float(jnp.abs(logits - want[:, t]).max()))
    logits, cache = gemma3.extend(tiny_params, TINY, tokens[:, 20:30], cache, chunk_size=4)
    errors.append(float(jnp.abs(logits - want[:, 29]).max()))
    scale = float(jnp.abs(want).max())
    assert max(errors) < 0.05 * scale, errors  # int8 rounding: about 1/254 of each vector's largest entry
    assert max(errors) > 0  # and it is really int8
    assert cache_bytes(TINY, 2, 32, jnp.int8) == sum(x.nbytes for x in jax.tree.leaves(cache)) - 4 - 8


def test_compare_many_pads_without_changing_any_sequences_statistics(tiny_params):
    """Sequences of several lengths share one compile (right-padded); each keeps its unpadded statistics."""
    from gemma3.bench.corpus import compare_many

    quantized = gemma3.quantize(tiny_params)
    tokens = jax.random.randint(jax.random.key(4), (3, 16), 0, TINY.vocab_size).tolist()
    sequences = [tokens[0][:5], tokens[1], tokens[2][:9]]
    rows = compare_many(TINY, tiny_params, {"int8": quantized}, sequences)["int8"]
    for seq, row in zip(sequences, rows, strict=True):
        want = gemma3.forward(tiny_params, TINY, jnp.asarray([seq]))[0]
        got = gemma3.forward(quantized, TINY, jnp.asarray([seq]))[0]
        log_p, log_q = jax.nn.log_softmax(want), jax.nn.log_softmax(got)
        kl = float(jnp.mean(jnp.sum(jnp.exp(log_p) * (log_p - log_q), axis=-1)))
        agreement = float(jnp.mean(jnp.argmax(want, -1) == jnp.argmax(got, -1)))
        assert row["tokens"] == len(seq)
        assert row["agreement"] == pytest.approx(agreement) and row["kl"] == pytest.approx(kl, rel=1e-4, abs=1e-7)
    assert 0 < max(row["kl"] for row in rows)  # int8 really differs


@pytest.mark.slow
def test_int8_270m_agrees_with_float32_on_varied_text(real_270m, real_tokenizer):
    """`quantize` and `calibrated_quantize` (float embedding) against float32, the reference run once."""
    from gemma3.bench.corpus import calibration_windows, compare_many, varied_texts
    from gemma3.int8_calibrated import calibrated_quantize

    config, params = real_270m
    sequences = [real_tokenizer.encode(text)[:256] for text in varied_texts()]
    candidates = {
        "quantize": gemma3.quantize(params),
        "calibrated": calibrated_quantize(params, config, calibration_windows(real_tokenizer, count=6)),  # 3,072 tokens
    }
    for name, rows in compare_many(config, params, candidates, sequences).items():
        tokens = sum(r["tokens"] for r in rows)
        agreement = sum(r["agreement"] * r["tokens"] for r in rows) / tokens
        kl = sum(r["kl"] * r["tokens"] for r in rows) / tokens
        print(f"\n{name} vs float32, {tokens} tokens: top-1 agreement {agreement:.2%}, mean KL {kl:.4f}")
        assert tokens > 1500  # 1,738 with this Python's texts
        floor, ceiling = FLOORS[name]
        assert agreement > floor and kl < ceiling, (name, agreement, kl)
