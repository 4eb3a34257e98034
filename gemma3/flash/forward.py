"""Flash attention in Pallas for TPU: causal, sliding window, grouped-query, packed segments.

The XLA reference (`gemma3.attention.attention_reference`) materializes the [B, N, T, S] scores:
memory quadratic in the sequence. This kernel walks the score matrix one [block_q, block_k] tile
at a time with the online softmax (Milakov & Gimelshein 2018; FlashAttention, Dao et al. 2022):
per query row a running max `m` and sum `l` in float32, rescaling the output accumulator when the
max grows. Only the log-sum-exp `m + log l` is saved for the backward pass (FlashAttention-2, Dao
2023), whose kernels live in `gemma3.flash.backward`; the block
set-up both share (the `Band`, `Spec`, `block_specs`) is `gemma3.flash.blocks`.

Layout: the kernels see q as [B, T, N*H] and k, v as [B, S, K*H]: reshapes, not transposes
(on TPU XLA may still copy them into its tiled layout: memory linear in T). A grid step
(b, kv head h, q block, step) loads the [block_q, G*H] columns of the G query heads of kv head
h, so each K/V block is fetched once for its whole group; repeated K/V never exists.

Block skipping (the `Band`): query block i needs only the kv blocks `kv_first(i) .. kv_last(i)`
that the causal band and the window reach. The grid's last axis walks `kv_steps`, the widest band;
the k/v index map clamps each step into the band, so a step past the band names the block already
in VMEM (Pallas fetches nothing) and `pl.when` skips its arithmetic. A 32k sequence with a
1024 window and 512 blocks computes 189 of the 2,080 causal blocks (`computed_blocks`).

Alignment: queries are the last T of the S keys (query t sits at position S - T + t), as in a
chunked prefill; T == S is ordinary self-attention. Shapes: T and S are padded up to the block
sizes (padded keys get segment -2 and padded queries -1, so neither is seen; padded rows are
dropped) and, on TPU, H up to a multiple of 128 lanes. A query row that sees no key outputs 0.
"""

from __future__ import annotations

import functools

import jax
import jax.numpy as jnp
from jax.experimental import pallas as pl
from jax.experimental.pallas import tpu as pltpu
from jaxtyping import Array, Float, Int

from gemma3.flash.backward import backward_call
from gemma3.flash.blocks import DEFAULT_BLOCK, LANES, MASK_VALUE, Band, Spec, block_specs, cdiv, dot


def _forward_kernel(q_ref, k_ref, v_ref, q_seg_ref, k_seg_ref, o_ref, lse_ref, m_ref, l_ref, acc_ref, *, spec):
    """One (b, kv head, q block i, step) tile: q [bq, G*H], k/v [bk, H]; m/l [G, bq, LANES] replicated."""
    band, H, i, step = spec.band, spec.head_dim, pl.program_id(2), pl.program_id(3)
    groups = range(q_ref.shape[1] // H)

    @pl.when(step == 0)
    def _init():
        m_ref[...] = jnp.full(m_ref.shape, MASK_VALUE, jnp.float32)
        l_ref[...] = jnp.zeros(l_ref.shape, jnp.float32)
        acc_ref[...] = jnp.zeros(acc_ref.shape, jnp.float32)

    @pl.when(band.kv_computes(i, step))
    def _compute():
        k, v = k_ref[...], v_ref[...]
        shape = (band.block_q, band.block_k)
        visible = band.mask(i, band.kv_block(i, step), q_seg_ref[0][:, None], k_seg_ref[...], shape)
        for g in groups:
            q = q_ref[:, g * H : (g + 1) * H]
            s = dot(q, k, transpose_b=True) * spec.scale
            s = jnp.where(visible, s, MASK_VALUE)
            m_prev = m_ref[g]
            m_next = jnp.maximum(m_prev, jnp.max(s, axis=1, keepdims=True))
            p = jnp.where(visible, jnp.exp(s - m_next[:, :1]), 0.0)
            alpha = jnp.exp(m_prev - m_next)
            m_ref[g] = m_next
            l_ref[g] = alpha * l_ref[g] + jnp.sum(p, axis=1, keepdims=True)
            acc_ref[g] = acc_ref[g] * alpha[:, :1] + dot(p.astype(v.dtype), v)

    @pl.when(step == band.kv_steps - 1)
    def _finish():
        for g in groups:
            l = l_ref[g][:, :1]
            l = jnp.where(l == 0.0, 1.0, l)  # a row that saw no key: output 0, not NaN
            o_ref[:, g * H : (g + 1) * H] = (acc_ref[g] / l).astype(o_ref.dtype)
            lse_ref[g] = (m_ref[g][:, :1] + jnp.log(l)).reshape(1, band.block_q)


def _forward_call(spec: Spec, q, k, v, q_seg, k_seg):
    """q [B, T, N*H], k/v [B, S, K*H], segments [B, 1, T] and [B, 1, S] -> o like q, lse [B, K, G, 1, T]."""
    (B, T, NH), H, band = q.shape, spec.head_dim, spec.band
    K = k.shape[2] // H
    G = NH // H // K
    bq = band.block_q

    blocks = block_specs(spec, G, lambda i, step: i, band.kv_block)
    return pl.pallas_call(
        functools.partial(_forward_kernel, spec=spec),
        grid=(B, K, band.num_q_blocks, band.kv_steps),
        in_specs=[blocks.q, blocks.kv, blocks.kv, blocks.q_segment, blocks.k_segment],
        out_specs=[blocks.q, blocks.row],
        out_shape=[jax.ShapeDtypeStruct(q.shape, q.dtype), jax.ShapeDtypeStruct((B, K, G, 1, T), jnp.float32)],
        scratch_shapes=[
            pltpu.VMEM((G, bq, LANES), jnp.float32),
            pltpu.VMEM((G, bq, LANES), jnp.float32),
            pltpu.VMEM((G, bq, H), jnp.float32),
        ],
        compiler_params=spec.compiler_params(("parallel", "parallel", "parallel", "arbitrary")),
        interpret=spec.interpret,
        name="flash_forward",
    )(q, k, v, q_seg, k_seg)


@functools.partial(jax.custom_vjp, nondiff_argnums=(0,))
def _flash(spec: Spec, q, k, v, q_seg, k_seg):
    return _forward_call(spec, q, k, v, q_seg, k_seg)[0]


def _flash_fwd(spec: Spec, q, k, v, q_seg, k_seg):
    o, lse = _forward_call(spec, q, k, v, q_seg, k_seg)
    return o, (q, k, v, q_seg, k_seg, o, lse)


def _flash_bwd(spec: Spec, residuals, do):
    q, k, v, q_seg, k_seg, o, lse = residuals
    dq, dk, dv = backward_call(spec, q, k, v, q_seg, k_seg, o, lse, do)
    return dq, dk, dv, None, None


_flash.defvjp(_flash_fwd, _flash_bwd)


def _pad_axis(x, axis: int, size: int, value=0):
    pad = [(0, 0)] * x.ndim
    pad[axis] = (0, size - x.shape[axis])
    return jnp.pad(x, pad, constant_values=value)


def _check_block(name: str, block: int, interpret: bool) -> int:
    if block <= 0 or (not interpret and block % LANES):
        raise ValueError(
            f"{name}={block}: the TPU kernel needs a positive multiple of {LANES} "
            "(it lies along vector lanes); pass another block or leave it None for the default"
        )
    return block


def flash_attention(
    q: Float[Array, "B T N H"],
    k: Float[Array, "B S K H"],
    v: Float[Array, "B S K H"],
    *,
    sliding_window: int | None = None,
    segment_ids: Int[Array, "B S"] | None = None,
    scale: float | None = None,
    block_q: int | None = None,
    block_k: int | None = None,
    interpret: bool | None = None,
) -> Float[Array, "B T N H"]:
    """Causal grouped-query attention, by Pallas kernels that skip every block outside the band.

    A query at position i (the last T of the S key positions) sees keys j with `j <= i`,
    `i - W < j` when `sliding_window=W`, and the same segment id. `segment_ids` [B, S] label the
    keys; the queries' are its last T columns. `scale` defaults to H ** -0.5. Differentiable in
    q, k, v (custom VJP, Pallas backward kernels). `interpret=None` runs Mosaic on TPU and
    interpret mode elsewhere. Blocks default to 512 (or the padded length when shorter); on TPU
    they must be multiples of 128. Output dtype = q's dtype; softmax statistics in float32.
    """
    B, T, N, H = q.shape
    S, K = k.shape[1], k.shape[2]
    if k.shape != (B, S, K, H) or v.shape != k.shape or N % K or T > S:
        raise ValueError(
            f"expected q [B, T, N, H], k and v [B, S, K, H] with N a multiple of K and T <= S; "
            f"got q {q.shape}, k {k.shape}, v {v.shape}"
        )
    if sliding_window is not None and sliding_window < 1:
        raise ValueError(f"sliding_window must be >= 1 or None, got {sliding_window}")
    if segment_ids is not None and segment_ids.shape != (B, S):
        raise ValueError(f"segment_ids must be [B, S] = {(B, S)}, got {segment_ids.shape}")
    interpret = jax.default_backend() != "tpu" if interpret is None else interpret
    granule = 8 if interpret else LANES
    bq = _check_block("block_q", block_q or min(DEFAULT_BLOCK, cdiv(T, granule) * granule), interpret)
    bk = _check_block("block_k", block_k or min(DEFAULT_BLOCK, cdiv(S, granule) * granule), interpret)
    T_pad, S_pad, H_pad = cdiv(T, bq) * bq, cdiv(S, bk) * bk, H if interpret else cdiv(H, LANES) * LANES
    band = Band(bq, bk, T_pad // bq, S_pad // bk, S - T, sliding_window)
    spec = Spec(band, H_pad, float(H**-0.5 if scale is None else scale), bool(interpret))

    segments = jnp.zeros((B, S), jnp.int32) if segment_ids is None else segment_ids.astype(jnp.int32)
    q_seg = _pad_axis(segments[:, None, S - T :], 2, T_pad, -1)
    k_seg = _pad_axis(segments[:, None, :], 2, S_pad, -2)
    q_ = _pad_axis(_pad_axis(q, 1, T_pad), 3, H_pad).reshape(B, T_pad, N * H_pad)
    k_, v_ = (_pad_axis(_pad_axis(x, 1, S_pad), 3, H_pad).reshape(B, S_pad, K * H_pad) for x in (k, v))
    o = _flash(spec, q_, k_, v_, q_seg, k_seg)
    return o.reshape(B, T_pad, N, H_pad)[:, :T, :, :H]
