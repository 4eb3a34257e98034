"""Calibrated int8 rounding (GPTQ, `gemma3.int8_calibrated`): `quantize`'s format and scales, smaller output error."""

import dataclasses

import jax
import jax.numpy as jnp
import numpy as np
import pytest

import gemma3
from gemma3.int8 import CONTRACTED, Int8Weight
from gemma3.int8_calibrated import calibrated_quantize, gptq, input_moments

TINY = dataclasses.replace(
    gemma3.get_config("270m"), num_layers=2, embed_dim=64, num_heads=4, num_kv_heads=2, head_dim=16,
    mlp_dim=128, sliding_window=8, query_pre_attn_scalar=16, vocab_size=512, embed_rows=512,
)  # fmt: skip


def test_gptq_keeps_exact_weights_and_beats_nearest_rounding_on_correlated_inputs():
    rng = np.random.default_rng(0)
    x = rng.normal(size=(2000, 48)) @ rng.normal(size=(48, 48)) * np.exp(rng.normal(size=48))
    w = rng.normal(size=(48, 16))
    scale = np.abs(w).max(0) / 127
    h = x.T @ x
    nearest = np.clip(np.round(w / scale), -127, 127)
    q = np.asarray(gptq(jnp.asarray(w, jnp.float32), h, jnp.asarray(scale, jnp.float32)), np.float64)
    assert np.abs(q).max() <= 127
    error = np.linalg.norm(x @ (q * scale) - x @ w)
    assert error < 0.8 * np.linalg.norm(x @ (nearest * scale) - x @ w)
    exact = gptq(jnp.asarray(nearest * scale, jnp.float32), h, jnp.asarray(scale, jnp.float32))
    np.testing.assert_array_equal(np.asarray(exact), nearest)  # nothing to round: the values themselves


def test_calibrated_quantize_keeps_quantize_format_and_lowers_each_projections_output_error():
    params = gemma3.init_params(TINY, jax.random.key(0), jnp.float32)
    rng = np.random.default_rng(1)
    calibration = [list(rng.integers(0, TINY.vocab_size, 32)) for _ in range(4)]
    plain = gemma3.quantize(params, embed=False)
    calibrated = calibrated_quantize(params, TINY, calibration)
    assert jax.tree.structure(calibrated) == jax.tree.structure(plain) and not isinstance(calibrated.embed, Int8Weight)
    moments = input_moments(params, TINY, calibration)
    assert moments["q"].shape == (2, 64, 64) and moments["down"].shape == (2, 128, 128)
    for name, axes in CONTRACTED.items():
        w, p, c = getattr(params.layers, name), getattr(plain.layers, name), getattr(calibrated.layers, name)
        np.testing.assert_array_equal(c.scale, p.scale)
        errors = []
        for q in (p, c):  # trace(delta^T H delta): the squared output error on the calibration tokens
            delta = np.asarray(w - q.dequantize(), np.float64)
            outputs = [a for a in range(1, w.ndim) if a not in axes]
            delta = np.transpose(delta, [0, *axes, *outputs]).reshape(w.shape[0], moments[name].shape[1], -1)
            errors.append(np.einsum("lio,lij,ljo->", delta, moments[name], delta))
        assert errors[1] < errors[0], (name, errors)
    other = [list(rng.integers(0, TINY.vocab_size, 32)) for _ in range(4)]  # moments of other text, passed in
    given = calibrated_quantize(params, TINY, calibration, moments=input_moments(params, TINY, other))
    np.testing.assert_array_equal(given.layers.down.values, calibrated_quantize(params, TINY, other).layers.down.values)
    assert (given.layers.down.values != calibrated.layers.down.values).any()  # used as given, not recomputed
    with_embed = calibrated_quantize(params, TINY, calibration, embed=True)
    assert isinstance(with_embed.embed, Int8Weight) and with_embed.embed.shape == params.embed.shape
    with pytest.raises(ValueError, match="already quantized"):
        calibrated_quantize(plain, TINY, calibration)
