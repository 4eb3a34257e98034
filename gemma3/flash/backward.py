"""The backward pass of `gemma3.flash.forward.flash_attention`: two Pallas kernels that skip masked blocks.

From the saved log-sum-exp `lse` the probabilities are recomputed tile by tile,
`p = exp(s - lse)`, never stored (FlashAttention-2, Dao 2023, algorithm 2). With
`delta = rowsum(do * o)` (computed once, outside the kernels):

    dv = p^T do      dp = do v^T      ds = p * (dp - delta)      dq = scale ds k      dk = scale ds^T q

- the dq kernel walks, like the forward, query block i over its band of kv blocks;
- the dk/dv kernel walks kv block j over the query blocks that see it (`Band.q_first .. q_last`),
  all G query heads of its group (the q block's G*H columns), so each kv head's gradient is
  summed over its group in VMEM.
  It works on transposed tiles (keys on sublanes, queries on lanes, as jax's splash attention
  does), so every product is a plain or right-transposed matmul.
"""

from __future__ import annotations

import functools

import jax
import jax.numpy as jnp
from jax.experimental import pallas as pl
from jax.experimental.pallas import tpu as pltpu

from gemma3.flash.blocks import Spec, block_specs, dot


def _dq_kernel(q_ref, k_ref, v_ref, do_ref, lse_ref, delta_ref, q_seg_ref, k_seg_ref, dq_ref, acc_ref, *, spec):
    """One (b, kv head, q block i, step) tile: q/do [bq, G*H], k/v [bk, H], lse/delta [G, 1, bq]."""
    band, H, i, step = spec.band, spec.head_dim, pl.program_id(2), pl.program_id(3)

    @pl.when(step == 0)
    def _init():
        acc_ref[...] = jnp.zeros(acc_ref.shape, jnp.float32)

    @pl.when(band.kv_computes(i, step))
    def _compute():
        k, v = k_ref[...], v_ref[...]
        shape = (band.block_q, band.block_k)
        visible = band.mask(i, band.kv_block(i, step), q_seg_ref[0][:, None], k_seg_ref[...], shape)
        for g in range(q_ref.shape[1] // H):
            columns = slice(g * H, (g + 1) * H)
            s = dot(q_ref[:, columns], k, transpose_b=True) * spec.scale
            p = jnp.where(visible, jnp.exp(s - lse_ref[g][0][:, None]), 0.0)
            dp = dot(do_ref[:, columns], v, transpose_b=True)
            ds = p * (dp - delta_ref[g][0][:, None])
            acc_ref[:, columns] += dot(ds.astype(k.dtype), k)

    @pl.when(step == band.kv_steps - 1)
    def _finish():
        dq_ref[...] = (acc_ref[...] * spec.scale).astype(dq_ref.dtype)


def _dkv_kernel(
    q_ref, k_ref, v_ref, do_ref, lse_ref, delta_ref, q_seg_ref, k_seg_ref, dk_ref, dv_ref, dk_acc, dv_acc, *, spec
):
    """One (b, kv head, kv block j, step) tile on transposed scores s^T [bk, bq], summed over the G heads."""
    band, H, j, step = spec.band, spec.head_dim, pl.program_id(2), pl.program_id(3)

    @pl.when(step == 0)
    def _init():
        dk_acc[...] = jnp.zeros(dk_acc.shape, jnp.float32)
        dv_acc[...] = jnp.zeros(dv_acc.shape, jnp.float32)

    @pl.when(band.q_computes(j, step))
    def _compute():
        k, v = k_ref[...], v_ref[...]
        shape = (band.block_k, band.block_q)
        visible = band.mask(band.q_block(j, step), j, q_seg_ref[...], k_seg_ref[0][:, None], shape, transposed=True)
        for g in range(q_ref.shape[1] // H):
            q, do = q_ref[:, g * H : (g + 1) * H], do_ref[:, g * H : (g + 1) * H]
            s = dot(k, q, transpose_b=True) * spec.scale
            p = jnp.where(visible, jnp.exp(s - lse_ref[g]), 0.0)
            dv_acc[...] += dot(p.astype(do.dtype), do)
            dp = dot(v, do, transpose_b=True)
            ds = p * (dp - delta_ref[g])
            dk_acc[...] += dot(ds.astype(q.dtype), q)

    @pl.when(step == band.q_steps - 1)
    def _finish():
        dk_ref[...] = (dk_acc[...] * spec.scale).astype(dk_ref.dtype)
        dv_ref[...] = dv_acc[...].astype(dv_ref.dtype)


def backward_call(spec: Spec, q, k, v, q_seg, k_seg, o, lse, do):
    """Gradients (dq, dk, dv) in the kernel layout: q/o/do [B, T, N*H], k/v [B, S, K*H], lse [B, K, G, 1, T]."""
    (B, T, NH), H, band = q.shape, spec.head_dim, spec.band
    K = k.shape[2] // H
    G = NH // H // K
    bq, bk = band.block_q, band.block_k
    delta = jnp.sum((do.astype(jnp.float32) * o.astype(jnp.float32)).reshape(B, T, K, G, H), axis=-1)
    delta = delta.transpose(0, 2, 3, 1)[:, :, :, None, :]  # [B, K, G, 1, T], like lse
    inputs = (q, k, v, do, lse, delta, q_seg, k_seg)
    semantics = ("parallel", "parallel", "parallel", "arbitrary")

    def specs(q_map, k_map):
        """The eight inputs' BlockSpecs (q, k, v, do, lse, delta, q_seg, k_seg), given the grid's index maps."""
        blocks = block_specs(spec, G, q_map, k_map)
        return [blocks.q, blocks.kv, blocks.kv, blocks.q, blocks.row, blocks.row, blocks.q_segment, blocks.k_segment]

    dq_specs = specs(lambda i, s: i, band.kv_block)
    dq = pl.pallas_call(
        functools.partial(_dq_kernel, spec=spec),
        grid=(B, K, band.num_q_blocks, band.kv_steps),
        in_specs=dq_specs,
        out_specs=dq_specs[0],
        out_shape=jax.ShapeDtypeStruct(q.shape, q.dtype),
        scratch_shapes=[pltpu.VMEM((bq, G * H), jnp.float32)],
        compiler_params=spec.compiler_params(semantics),
        interpret=spec.interpret,
        name="flash_dq",
    )(*inputs)

    dkv_specs = specs(band.q_block, lambda j, s: j)
    dk, dv = pl.pallas_call(
        functools.partial(_dkv_kernel, spec=spec),
        grid=(B, K, band.num_k_blocks, band.q_steps),
        in_specs=dkv_specs,
        out_specs=[dkv_specs[1], dkv_specs[1]],
        out_shape=[jax.ShapeDtypeStruct(k.shape, k.dtype), jax.ShapeDtypeStruct(v.shape, v.dtype)],
        scratch_shapes=[pltpu.VMEM((bk, H), jnp.float32), pltpu.VMEM((bk, H), jnp.float32)],
        compiler_params=spec.compiler_params(semantics),
        interpret=spec.interpret,
        name="flash_dkv",
    )(*inputs)
    return dq, dk, dv
