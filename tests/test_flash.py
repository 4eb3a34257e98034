"""Pallas flash attention: interpret mode against plain softmax attention, block skipping, the model, TPU compiles."""

from __future__ import annotations

import dataclasses

import jax
import jax.numpy as jnp
import numpy as np
import pytest

from gemma3 import flash_attention, forward, get_config, init_params
from gemma3.attention import attention_mask, attention_reference
from gemma3.flash.blocks import Band, computed_blocks


def reference(q, k, v, *, sliding_window=None, segment_ids=None, scale=None):
    """Plain softmax attention; queries are the last T of the S key positions, as in the kernel."""
    B, T, _, H = q.shape
    S = k.shape[1]
    q_index = jnp.broadcast_to(jnp.arange(S - T, S), (B, T))
    k_index = jnp.broadcast_to(jnp.arange(S), (B, S))
    q_segment = None if segment_ids is None else segment_ids[:, S - T :]
    mask = attention_mask(q_index, k_index, q_segment, segment_ids, sliding_window)
    return attention_reference(q, k, v, mask, H**-0.5 if scale is None else scale)


def inputs(B, T, S, N, K, H, *, segments, dtype=jnp.float32, seed=0):
    keys = jax.random.split(jax.random.key(seed), 5)
    q = jax.random.normal(keys[0], (B, T, N, H), dtype)
    k = jax.random.normal(keys[1], (B, S, K, H), dtype)
    v = jax.random.normal(keys[2], (B, S, K, H), dtype)
    do = jax.random.normal(keys[3], (B, T, N, H), dtype)
    segment_ids = jnp.sort(jax.random.randint(keys[4], (B, S), 0, 3), axis=1) if segments else None
    return q, k, v, do, segment_ids


def relative_error(x, y):
    """Largest deviation over the largest reference value (at least 1: dq is exactly 0 with window 1)."""
    x, y = np.asarray(x, np.float32), np.asarray(y, np.float32)
    return float(np.max(np.abs(x - y)) / max(np.max(np.abs(y)), 1.0))


def outputs_and_grads(attend, q, k, v, do):
    out, vjp = jax.vjp(attend, q, k, v)
    return (out, *vjp(do))


# (B, T, S, N, K, H, window, block_q, block_k, segments): GQA 1, 2, 8; H 128, 256; windows 1, < block,
# > T, None; T != S; several segments; batch > 1; lengths that are not multiples of the blocks (padding).
CASES = {
    "gqa1-h128-window1-batch2": (2, 128, 128, 2, 2, 128, 1, 32, 32, True),
    "gqa2-h256-window<block": (1, 128, 128, 4, 2, 256, 20, 64, 64, True),
    "gqa8-h128-window>T-padded": (1, 72, 72, 8, 1, 128, 1000, 32, 32, True),
    "gqa2-h128-full-T<S-batch2": (2, 64, 160, 4, 2, 128, None, 32, 64, True),
    "gqa8-h256-window-T<S": (1, 32, 96, 8, 1, 256, 40, 32, 32, False),
}


@pytest.mark.parametrize("case", CASES.values(), ids=CASES.keys())
def test_float32_outputs_and_gradients_match_plain_attention(case):
    B, T, S, N, K, H, window, block_q, block_k, segments = case
    q, k, v, do, segment_ids = inputs(B, T, S, N, K, H, segments=segments)
    kernel = outputs_and_grads(
        lambda q, k, v: flash_attention(
            q, k, v, sliding_window=window, segment_ids=segment_ids, block_q=block_q, block_k=block_k
        ),
        q, k, v, do,
    )  # fmt: skip
    plain = outputs_and_grads(
        lambda q, k, v: reference(q, k, v, sliding_window=window, segment_ids=segment_ids), q, k, v, do
    )
    assert kernel[0].shape == q.shape and kernel[0].dtype == q.dtype
    assert relative_error(kernel[0], plain[0]) < 1e-5
    for name, got, want in zip(("dq", "dk", "dv"), kernel[1:], plain[1:], strict=True):
        assert got.shape == want.shape and got.dtype == want.dtype
        assert relative_error(got, want) < 1e-4, name


def test_bfloat16_is_as_close_to_float32_truth_as_the_xla_path():
    """bf16 inputs: output and gradients within 2% of float32 math, and no worse than 2x the XLA path's error."""
    q, k, v, do, segment_ids = inputs(2, 128, 128, 4, 2, 128, segments=True, dtype=jnp.bfloat16)
    kw = dict(sliding_window=48, segment_ids=segment_ids)
    kernel = outputs_and_grads(lambda *a: flash_attention(*a, **kw, block_q=32, block_k=64), q, k, v, do)
    xla = outputs_and_grads(lambda *a: reference(*a, **kw), q, k, v, do)
    f32 = [x.astype(jnp.float32) for x in (q, k, v, do)]
    truth = outputs_and_grads(lambda *a: reference(*a, **kw), *f32)
    for got, bf16_xla, want in zip(kernel, xla, truth, strict=True):
        assert got.dtype == jnp.bfloat16
        assert relative_error(got, want) < 2e-2
        assert relative_error(got, want) <= 2 * relative_error(bf16_xla, want) + 1e-3


def test_blocks_outside_the_band_are_never_computed():
    """Keys that no query sees (T < S, window) are NaN: were any of their blocks computed, NaN would spread."""
    B, T, S, N, K, H, window, block = 1, 64, 256, 4, 2, 128, 48, 32
    q, k, v, do, _ = inputs(B, T, S, N, K, H, segments=False)
    band = Band(block, block, T // block, S // block, S - T, window)
    unseen = int(band.kv_first(0)) * block  # every key before this lies in a skipped block
    assert unseen == 128
    k, v = (x.at[:, :unseen].set(jnp.nan) for x in (k, v))
    out, dq, dk, dv = outputs_and_grads(
        lambda *a: flash_attention(*a, sliding_window=window, block_q=block, block_k=block), q, k, v, do
    )
    assert np.isfinite(np.asarray(out)).all() and np.isfinite(np.asarray(dq)).all()
    assert (np.asarray(dk[:, :unseen]) == 0).all() and (np.asarray(dv[:, :unseen]) == 0).all()
    clean = [x.at[:, :unseen].set(0.0) for x in (k, v)]
    assert relative_error(out, reference(q, *clean, sliding_window=window)) < 1e-5


def block_visibility(T, S, window, block_q, block_k):
    """[T / block_q, S / block_k] bool: does the tile hold a visible pair? From the dense mask, by row blocks."""
    rows = []
    for start in range(0, T, block_q):
        q_index = jnp.arange(start, start + block_q)[None] + S - T
        mask = attention_mask(q_index, jnp.arange(S)[None], sliding_window=window)[0]
        rows.append(np.asarray(mask).reshape(block_q, S // block_k, block_k).any(axis=(0, 2)))
    return np.stack(rows)


@pytest.mark.parametrize(
    "T, S, window, block", [(32768, 32768, 1024, 512), (4096, 8192, 700, 256), (2048, 2048, None, 512)]
)
def test_computed_blocks_equal_the_band(T, S, window, block):
    band = Band(block, block, T // block, S // block, S - T, window)
    visible = block_visibility(T, S, window, block, block)
    assert computed_blocks(band) == visible.sum()
    if (T, window) == (32768, 1024):
        assert visible.sum() == 189 and band.kv_steps == 3  # of 64 x 64 = 4,096 tiles
    # forward / dq grid, in execution order: each computed tile is a visible one, and the kv block
    # the index map names changes (Pallas fetches) only at computed steps.
    i, step = np.meshgrid(np.arange(band.num_q_blocks), np.arange(band.kv_steps), indexing="ij")
    j, computes = band.kv_block(i, step).ravel(), band.kv_computes(i, step).ravel()
    assert (visible[i.ravel()[computes], j[computes]]).all()
    fetches = np.concatenate([[True], j[1:] != j[:-1]])
    assert not (fetches & ~computes).any()
    # dk/dv grid: the same tiles, walked per kv block.
    j, step = np.meshgrid(np.arange(band.num_k_blocks), np.arange(band.q_steps), indexing="ij")
    i, computes = band.q_block(j, step).ravel(), band.q_computes(j, step).ravel()
    assert computes.sum() == visible.sum() and (visible[i[computes], j.ravel()[computes]]).all()
    fetches = i[1:] != i[:-1]  # step 0 always fetches (the pipeline's prologue), whether it computes or not
    assert not (fetches & ~computes[1:]).any()


def test_errors_name_the_fix():
    q, k, v, _, _ = inputs(1, 64, 64, 4, 2, 128, segments=False)
    with pytest.raises(ValueError, match="multiple of 128"):
        flash_attention(q, k, v, block_q=64, interpret=False)
    with pytest.raises(ValueError, match="N a multiple of K"):
        flash_attention(q[:, :, :3], k, v)
    with pytest.raises(ValueError, match="sliding_window"):
        flash_attention(q, k, v, sliding_window=0)


def tiny_config():
    """6 layers (5 local, 1 global), GQA 2, window 8 < T."""
    return dataclasses.replace(
        get_config("270m"), num_layers=6, embed_dim=64, num_heads=4, num_kv_heads=2, head_dim=32, mlp_dim=128,
        sliding_window=8, query_pre_attn_scalar=24, vocab_size=128, embed_rows=128,
    )  # fmt: skip


def test_model_forward_and_gradients_match_xla_path():
    """Inside lax.cond (local/global) inside lax.scan (layers), under jax.grad, with packed segments."""
    config = tiny_config()
    params = init_params(config, jax.random.key(0), jnp.float32)
    tokens = jax.random.randint(jax.random.key(1), (2, 24), 0, config.vocab_size)
    segment_ids = jnp.array([[0] * 10 + [1] * 14, [0] * 24])

    def loss(params, impl):
        logits = forward(params, config, tokens, segment_ids=segment_ids, attn_impl=impl)
        return jnp.mean(jax.nn.logsumexp(logits, axis=-1)), logits

    (_, pallas), pallas_grads = jax.jit(jax.value_and_grad(loss, has_aux=True), static_argnums=1)(params, "pallas")
    (_, xla), xla_grads = jax.jit(jax.value_and_grad(loss, has_aux=True), static_argnums=1)(params, "xla")
    assert relative_error(pallas, xla) < 1e-5
    for got, want in zip(jax.tree.leaves(pallas_grads), jax.tree.leaves(xla_grads), strict=True):
        assert relative_error(got, want) < 1e-4
    by_config = forward(params, dataclasses.replace(config, attn_impl="pallas"), tokens, segment_ids=segment_ids)
    assert relative_error(by_config, xla) < 1e-5


@pytest.mark.slow
def test_real_270m_logits_match_xla_path(real_270m):
    config, params = real_270m  # float32, loaded once per session (conftest.py)
    tokens = jnp.array([[2, 818, 5279, 529, 7001, 563, 496, 1414, 529, 506, 4668, 236761]])
    xla = jax.jit(forward, static_argnames="attn_impl")(params, config, tokens, attn_impl="xla")
    pallas = jax.jit(forward, static_argnames="attn_impl")(params, config, tokens, attn_impl="pallas")
    assert relative_error(pallas, xla) < 1e-4
    assert (np.argmax(pallas, -1) == np.argmax(xla, -1)).all()


@pytest.mark.slow
@pytest.mark.tpu_compile
@pytest.mark.parametrize("chip", ["v5e", "v6e"])
@pytest.mark.parametrize("seq_len", [8192, 32768])
def test_compiles_for_tpu_at_27b_heads_forward_and_backward(chip, seq_len):
    from gemma3.flash.tpu import compile_attention

    window = 1024 if seq_len == 8192 else None  # a local layer at 8k, a global one at 32k
    compiled = compile_attention(chip, seq_len, sliding_window=window, backward=True)
    hlo = compiled.as_text()
    for kernel in ("flash_forward", "flash_dq", "flash_dkv"):
        assert kernel in hlo  # Mosaic custom calls, forward and both backward kernels
    assert "tpu_custom_call" in hlo
    assert compiled.memory_analysis().temp_size_in_bytes <= 2 * attention_io_bytes(seq_len)


def attention_io_bytes(seq_len, N=32, K=16, H=128):
    """Bytes of q, k, v and the output at 27b heads in bf16: a linear budget for the kernel's temporaries."""
    return seq_len * (2 * N + 2 * K) * H * 2


@pytest.mark.slow
@pytest.mark.tpu_compile
def test_temporary_memory_linear_for_kernel_quadratic_for_xla():
    """Kernel: below its own inputs and outputs (layout copies); XLA: above the [N, T, T] bf16 probabilities."""
    from gemma3.flash.tpu import format_memory_table, memory_table

    rows = memory_table("v5e", (8192, 32768))
    print(format_memory_table(rows, "v5e, 27b heads, forward"))
    for row in rows:
        assert row["pallas"] <= attention_io_bytes(row["T"])
        assert row["xla"] >= 32 * row["T"] ** 2 * 2
    assert rows[0]["xla_fits"] and not rows[1]["xla_fits"]  # 16 GiB of HBM: 8k fits, 32k does not
