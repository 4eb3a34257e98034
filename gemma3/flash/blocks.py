"""The block set-up that the flash kernels share: which tiles hold visible pairs, and how each is fetched.

`gemma3.flash.forward` (the forward pass) and `gemma3.flash.backward` (its two gradient kernels) walk the
same [T, S] score matrix in [block_q, block_k] tiles. What they share lives here, once: the
`Band` (which kv blocks a query block needs, and the reverse), the static `Spec` of a call, the
float32-accumulating `dot`, and `block_specs`, the `pl.BlockSpec`s of q, k/v, the per-row
statistics and the segment ids, given index maps from a grid step to (query block, kv block).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import NamedTuple

import jax
import jax.numpy as jnp
import numpy as np
from jax.experimental import pallas as pl
from jax.experimental.pallas import tpu as pltpu

MASK_VALUE = -0.7 * float(np.finfo(np.float32).max)  # finite: exp(MASK - MASK) = 1, never NaN
LANES = 128
DEFAULT_BLOCK = 512
VMEM_LIMIT = 64 * 2**20
_NN = (((1,), (0,)), ((), ()))  # a @ b
_NT = (((1,), (1,)), ((), ()))  # a @ b.T


def cdiv(a: int, b: int) -> int:
    return -(-a // b)


def _xp(*xs):
    """numpy for concrete block indices (grid sizes, counting), jax.numpy for traced ones (index maps)."""
    return jnp if any(isinstance(x, jax.Array) for x in xs) else np


def _div(a, b: int):
    """a // b for a >= 0; lax.div when traced: Mosaic's lowering of `//` (via sign) fails in deviceless compiles."""
    return jax.lax.div(a, jnp.int32(b)) if isinstance(a, jax.Array) else a // b


def dot(a, b, transpose_b: bool = False):
    """a @ b (or a @ b.T) accumulated in float32: bf16 at MXU speed, float32 at full precision.

    The precision is explicit so that a global `jax_default_matmul_precision` cannot ask Mosaic
    for float32 passes over bf16 operands, which it rejects.
    """
    precision = jax.lax.Precision.HIGHEST if a.dtype == jnp.float32 else jax.lax.Precision.DEFAULT
    dims = _NT if transpose_b else _NN
    return jax.lax.dot_general(a, b, dims, precision=precision, preferred_element_type=jnp.float32)


@dataclasses.dataclass(frozen=True)
class Band:
    """Which blocks of the [T, S] score matrix hold a visible (query, key) pair.

    Every method works on Python ints, numpy arrays and traced scalars alike: the kernels' index
    maps and `computed_blocks` run the same code. Query t sits at position t + offset.
    """

    block_q: int
    block_k: int
    num_q_blocks: int
    num_k_blocks: int
    offset: int  # S - T of the unpadded lengths
    window: int | None

    def kv_first(self, i):
        """First kv block query block i needs."""
        if self.window is None:
            return 0 * i
        return _div(_xp(i).maximum(i * self.block_q + self.offset - self.window + 1, 0), self.block_k)

    def kv_last(self, i):
        """Last kv block query block i needs: the one holding its last query's own position."""
        return _xp(i).minimum(_div((i + 1) * self.block_q - 1 + self.offset, self.block_k), self.num_k_blocks - 1)

    def q_first(self, j):
        """First query block that sees kv block j: the one holding the query at j's first key."""
        return _div(_xp(j).maximum(j * self.block_k - self.offset, 0), self.block_q)

    def q_last(self, j):
        """Last query block that sees kv block j; -1 when the window ends before the first query."""
        if self.window is None:
            return 0 * j + self.num_q_blocks - 1
        last_query = (j + 1) * self.block_k - 1 + self.window - 1 - self.offset  # may be < 0
        xp = _xp(j)
        last_block = _div(xp.maximum(last_query + self.block_q, 0), self.block_q) - 1  # floor, without a sign
        return xp.minimum(last_block, self.num_q_blocks - 1)

    @property
    def kv_steps(self) -> int:
        """Grid steps per query block in the forward and dq passes: the widest band."""
        i = np.arange(self.num_q_blocks)
        return int(np.max(self.kv_last(i) - self.kv_first(i))) + 1

    @property
    def q_steps(self) -> int:
        """Grid steps per kv block in the dk/dv pass."""
        j = np.arange(self.num_k_blocks)
        return max(int(np.max(self.q_last(j) - self.q_first(j))) + 1, 1)

    def kv_block(self, i, step):
        """The kv block a forward/dq step loads: clamped, so steps past the band re-name the last one."""
        return _xp(i, step).minimum(self.kv_first(i) + step, self.kv_last(i))

    def kv_computes(self, i, step):
        return self.kv_first(i) + step <= self.kv_last(i)

    def q_block(self, j, step):
        """The query block a dk/dv step loads, clamped into [0, num_q_blocks)."""
        xp = _xp(j, step)
        return xp.clip(self.q_first(j) + step, 0, xp.clip(self.q_last(j), 0, self.num_q_blocks - 1))

    def q_computes(self, j, step):
        return self.q_first(j) + step <= self.q_last(j)

    def mask(self, q_block, k_block, q_segment, k_segment, shape, transposed=False):
        """Visible pairs of one tile: causal, window, same segment. Queries on axis 0 (axis 1 if transposed).

        q_segment and k_segment must broadcast to `shape` along their axis.
        """
        q_axis, k_axis = (1, 0) if transposed else (0, 1)
        q_pos = jax.lax.broadcasted_iota(jnp.int32, shape, q_axis) + q_block * self.block_q + self.offset
        k_pos = jax.lax.broadcasted_iota(jnp.int32, shape, k_axis) + k_block * self.block_k
        visible = (k_pos <= q_pos) & (q_segment == k_segment)
        if self.window is not None:
            visible &= q_pos - k_pos < self.window
        return visible


def computed_blocks(band: Band) -> int:
    """How many (query block, kv block) tiles the forward kernel computes, from its own grid logic."""
    i, step = np.meshgrid(np.arange(band.num_q_blocks), np.arange(band.kv_steps), indexing="ij")
    return int(np.sum(band.kv_computes(i, step)))


@dataclasses.dataclass(frozen=True)
class Spec:
    """The static half of a call: the band, the score scale, and Mosaic or interpret mode."""

    band: Band
    head_dim: int  # H, padded to the lanes on TPU
    scale: float
    interpret: bool

    def compiler_params(self, semantics):
        return pltpu.CompilerParams(dimension_semantics=semantics, vmem_limit_bytes=VMEM_LIMIT)


class BlockSpecs(NamedTuple):
    """The `pl.BlockSpec`s of one kernel's operands on a (b, kv head h, x, step) grid."""

    q: pl.BlockSpec  # [bq, G*H] of q, o, do, dq: the G query heads of kv head h
    kv: pl.BlockSpec  # [bk, H] of k, v, dk, dv
    row: pl.BlockSpec  # [G, 1, bq] of the per-query-row statistics (lse, delta)
    q_segment: pl.BlockSpec  # [1, bq]
    k_segment: pl.BlockSpec  # [1, bk]


def block_specs(spec: Spec, G: int, q_map: Callable, k_map: Callable) -> BlockSpecs:
    """BlockSpecs for a grid whose step (x, step) loads query block `q_map(x, step)` and kv block `k_map(x, step)`.

    The forward and dq kernels walk query blocks (`q_map = lambda i, step: i`, `k_map = band.kv_block`);
    the dk/dv kernel walks kv blocks (`q_map = band.q_block`, `k_map = lambda j, step: j`).
    """
    bq, bk, H = spec.band.block_q, spec.band.block_k, spec.head_dim
    return BlockSpecs(
        q=pl.BlockSpec((None, bq, G * H), lambda b, h, x, s: (b, q_map(x, s), h)),
        kv=pl.BlockSpec((None, bk, H), lambda b, h, x, s: (b, k_map(x, s), h)),
        row=pl.BlockSpec((None, None, G, 1, bq), lambda b, h, x, s: (b, h, 0, 0, q_map(x, s))),
        q_segment=pl.BlockSpec((None, 1, bq), lambda b, h, x, s: (b, 0, q_map(x, s))),
        k_segment=pl.BlockSpec((None, 1, bk), lambda b, h, x, s: (b, 0, k_map(x, s))),
    )
