"""Config presets, declared parameters, and the small layers, checked against literal values."""

import dataclasses
import math

import jax
import jax.numpy as jnp
import numpy as np
import pytest

import gemma3
from gemma3.attention import attention_mask, attention_reference
from gemma3.layers import apply_rope, embed_tokens, rms_norm, rope_frequencies

# (D, L, N, K, H, F, W, query_pre_attn_scalar, local, global) from ../shared/GEMMA3.md
TABLE = {
    "270m": (640, 18, 4, 1, 256, 2048, 512, 256, 15, 3),
    "1b": (1152, 26, 4, 1, 256, 6912, 512, 256, 22, 4),
    "4b": (2560, 34, 8, 4, 256, 10240, 1024, 256, 29, 5),
    "12b": (3840, 48, 16, 8, 256, 15360, 1024, 256, 40, 8),
    "27b": (5376, 62, 32, 16, 128, 21504, 1024, 168, 52, 10),
}


@pytest.mark.parametrize("size", list(TABLE))
def test_presets_match_the_published_table(size):
    c = gemma3.get_config(size)
    got = (c.embed_dim, c.num_layers, c.num_heads, c.num_kv_heads, c.head_dim, c.mlp_dim, c.sliding_window,
           c.query_pre_attn_scalar, c.num_local_layers, c.num_global_layers)
    assert got == TABLE[size]
    assert c.rope_global_scale == (1.0 if size in ("270m", "1b") else 8.0)
    assert c.embed_rows == (262_144 if size in ("270m", "1b") else 262_208)


def test_unknown_size_lists_the_known_ones():
    with pytest.raises(ValueError, match="270m, 1b, 4b, 12b, 27b"):
        gemma3.get_config("7b")


def test_layer_pattern_is_five_local_then_one_global():
    assert gemma3.get_config("270m").global_layers[:12] == (False,) * 5 + (True,) + (False,) * 5 + (True,)


def test_27b_weights_from_eval_shape():
    params = jax.eval_shape(lambda: gemma3.init_params(gemma3.get_config("27b"), jax.random.key(0)))
    in_layers = sum(x.size for x in jax.tree.leaves(params.layers))
    assert 25.5e9 < in_layers < 25.7e9
    assert params.layers.q.shape == (62, 32, 5376, 128)
    assert params.embed.shape == (262_208, 5376)


def test_sliding_window_mask_literal():
    index = jnp.arange(5)[None]
    got = attention_mask(index, index, sliding_window=2)[0].astype(int)
    expected = [
        [1, 0, 0, 0, 0],
        [1, 1, 0, 0, 0],
        [0, 1, 1, 0, 0],
        [0, 0, 1, 1, 0],
        [0, 0, 0, 1, 1],
    ]
    np.testing.assert_array_equal(got, expected)


def test_segment_mask_literal_and_empty_slots():
    index = jnp.array([[0, 1, 2, 3]])
    segments = jnp.array([[1, 1, 2, 2]])
    got = attention_mask(index, index, segments, segments)[0].astype(int)
    np.testing.assert_array_equal(got, [[1, 0, 0, 0], [1, 1, 0, 0], [0, 0, 1, 0], [0, 0, 1, 1]])
    keys = jnp.array([[-1, 0, 1]])  # slot 0 is empty
    np.testing.assert_array_equal(attention_mask(jnp.array([[1]]), keys)[0].astype(int), [[0, 1, 1]])


def test_rms_norm_uses_one_plus_weight_in_float32():
    x = jnp.array([[1.0, 2.0, 3.0, 4.0]], jnp.bfloat16)
    w = jnp.array([0.5, 0.0, -0.5, 1.0])
    x32 = np.array([1.0, 2.0, 3.0, 4.0])
    expected = x32 / np.sqrt(np.mean(x32**2) + 1e-6) * (1 + np.array([0.5, 0.0, -0.5, 1.0]))
    got = rms_norm(x, w)
    assert got.dtype == jnp.bfloat16
    np.testing.assert_allclose(np.asarray(got, np.float32)[0], expected, rtol=1e-2)


def test_embedding_scale_is_cast_to_the_dtype_first():
    table = jnp.ones((4, 3072), jnp.bfloat16)
    scaled = embed_tokens(table, jnp.array([[1]]))
    assert float(scaled[0, 0, 0]) == 55.5  # bf16(sqrt(3072)) = 55.5, not 55.43


def test_rope_depends_only_on_relative_position():
    inv_freq = rope_frequencies(8, 10_000.0)
    q, k = jax.random.normal(jax.random.key(0), (2, 1, 1, 1, 8))

    def score(pq, pk):
        rq = apply_rope(q, jnp.array([[pq]]), inv_freq)
        rk = apply_rope(k, jnp.array([[pk]]), inv_freq)
        return float(jnp.sum(rq * rk))

    assert math.isclose(score(7, 3), score(104, 100), rel_tol=1e-4)
    assert not math.isclose(score(7, 3), score(7, 5), rel_tol=1e-3)


def test_linear_rope_scaling_divides_frequencies():
    np.testing.assert_allclose(rope_frequencies(16, 1e6, 8.0) * 8.0, rope_frequencies(16, 1e6), rtol=1e-6)


def test_grouped_query_attention_equals_repeated_kv():
    B, T, N, K, H = 2, 6, 4, 2, 8
    q, k, v = (jax.random.normal(jax.random.key(i), (B, T, n, H)) for i, n in enumerate((N, K, K)))
    index = jnp.broadcast_to(jnp.arange(T), (B, T))
    mask = attention_mask(index, index)
    got = attention_reference(q, k, v, mask, 0.3)
    kr, vr = jnp.repeat(k, N // K, axis=2), jnp.repeat(v, N // K, axis=2)
    scores = jnp.einsum("bqnh,bknh->bnqk", q, kr) * 0.3
    scores = jnp.where(mask[:, None], scores, -jnp.inf)
    expected = jnp.einsum("bnqk,bknh->bqnh", jax.nn.softmax(scores, -1), vr)
    np.testing.assert_allclose(got, expected, rtol=1e-5, atol=1e-6)


def test_forward_shapes_and_packed_segments_are_independent():
    config = dataclasses.replace(gemma3.get_config("270m"), num_layers=2, vocab_size=64, embed_rows=64,
                                 embed_dim=32, num_heads=2, num_kv_heads=1, head_dim=16, mlp_dim=64,
                                 sliding_window=3)
    params = gemma3.init_params(config, jax.random.key(1), jnp.float32)
    a, b = jnp.array([[5, 6, 7, 8, 9]]), jnp.array([[10, 11, 12]])
    packed = jnp.concatenate([a, b], axis=1)
    logits = gemma3.forward(params, config, packed, positions=jnp.array([[0, 1, 2, 3, 4, 0, 1, 2]]),
                            segment_ids=jnp.array([[0] * 5 + [1] * 3]))
    assert logits.shape == (1, 8, 64) and logits.dtype == jnp.float32
    np.testing.assert_allclose(logits[:, :5], gemma3.forward(params, config, a), rtol=1e-5, atol=1e-5)
    np.testing.assert_allclose(logits[:, 5:], gemma3.forward(params, config, b), rtol=1e-5, atol=1e-5)


def test_every_public_name_resolves():
    for name in gemma3.__all__:
        assert getattr(gemma3, name) is not None, name


def test_global_every_of_reads_a_periodic_pattern_and_refuses_others():
    """The one reading of a per-layer pattern that hf_config.py (layer_types) and gguf_file.py share."""
    from gemma3.config import global_every_of

    assert global_every_of([False, False, True, False, False, True], "test") == 3
    assert global_every_of([False, False, True, False], "test") == 3  # a partial last period
    assert global_every_of([False] * 4, "test") == 5  # no global layer
    assert global_every_of([True, True], "test") == 1
    with pytest.raises(ValueError, match=r"layer_types \[x\]: global layers at \[1, 2\] are not periodic"):
        global_every_of([False, True, True], "layer_types [x]")
