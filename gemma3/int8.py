"""int8 weights (`gemma3.quantize`) and an int8 KV cache: symmetric, per output channel and per token and head.

    params = gemma3.quantize(params)            # every projection, and the tied embedding (embed=True)
    logits = gemma3.forward(params, config, tokens)          # forward, prefill, decode, generate: unchanged
    cache = gemma3.init_cache(config, B, S, dtype=jnp.int8)  # or generate(..., cache_dtype=jnp.int8)

A quantized weight is an `Int8Weight`: int8 `values` of the weight's shape and float `scale`s
of the same rank, size 1 on the axes the matmul contracts, `max |w| / 127` over them, so
`w ≈ values * scale` and, the scale being constant along the contraction,

    einsum(x, w) = einsum(x, values) * scale        (exactly: the scale leaves the sum)

`layers.project` does that: the int8 operand is converted inside the dot (XLA fuses the
convert into the matmul's operand read, so HBM holds and streams one byte per weight), the
scale multiplies the output. The tied embedding is quantized per row (a row is an output
channel of the unembedding and a looked-up vector of the embedding alike).

A quantized cache layer is an `Int8KV`: int8 keys or values `[L, S, K, B, H]` and a scale per
token and head `[L, S, K, B]` (no trailing size-1 axis: a TPU tile would pad it 128-fold).
`gemma3.kv_layout` quantizes on write and dequantizes when it reads a layer.
"""

from __future__ import annotations

import dataclasses

import jax
import jax.numpy as jnp
from jaxtyping import Array, Float, Int8

from gemma3.params import Params

# the matmul weights of a block, and the axes each one contracts (after the leading L axis)
CONTRACTED = {"q": (2,), "k": (2,), "v": (2,), "o": (1, 2), "gate": (1,), "up": (1,), "down": (1,)}


@jax.tree_util.register_dataclass
@dataclasses.dataclass
class Int8Weight:
    """`values * scale`: int8 values, float scales of the same rank (size 1 on the contracted axes)."""

    values: Int8[Array, "..."]
    scale: Float[Array, "..."]

    @property
    def shape(self) -> tuple[int, ...]:
        return self.values.shape

    @property
    def ndim(self) -> int:
        return self.values.ndim

    @property
    def dtype(self):
        """The dtype it computes in (its scales')."""
        return self.scale.dtype

    def __getitem__(self, index) -> Int8Weight:
        """Index the leading (not contracted) axes: a layer, or the embedding's text rows."""
        return Int8Weight(self.values[index], self.scale[index])

    def reshape(self, *shape: int) -> Int8Weight:
        """Merge contracted axes (the output projection's N and H): the scale's output axes must stay last."""
        core = self.scale.shape
        while core and core[0] == 1:
            core = core[1:]
        values = self.values.reshape(*shape)
        if values.shape[values.ndim - len(core) :] != core:
            raise ValueError(f"reshape to {values.shape} must keep the output axes {core} last")
        return Int8Weight(values, self.scale.reshape((1,) * (values.ndim - len(core)) + core))

    def dequantize(self) -> Float[Array, "..."]:
        return (self.values.astype(jnp.float32) * self.scale.astype(jnp.float32)).astype(self.dtype)


@jax.tree_util.register_dataclass
@dataclasses.dataclass
class Int8KV:
    """One kind's cache as int8 `[L, S, K, B, H]` with a scale per token and head `[L, S, K, B]`."""

    values: Int8[Array, "L S K B H"]
    scale: Float[Array, "L S K B"]

    @property
    def shape(self) -> tuple[int, ...]:
        return self.values.shape

    @property
    def dtype(self):
        return self.values.dtype

    def __getitem__(self, index) -> Int8KV:
        return Int8KV(self.values[index], self.scale[index])

    def dequantize(self, dtype=jnp.float32) -> jax.Array:
        return (self.values.astype(jnp.float32) * self.scale.astype(jnp.float32)[..., None]).astype(dtype)


def quantize_array(x: jax.Array, axes: tuple[int, ...], scale_dtype=None) -> tuple[jax.Array, jax.Array]:
    """Symmetric int8 over `axes`: `(values, scale)`, scale = max |x| / 127 (1 where x is all zero), keepdims."""
    scale_dtype = scale_dtype or x.dtype
    x32 = x.astype(jnp.float32)
    scale = jnp.max(jnp.abs(x32), axis=axes, keepdims=True) / 127.0
    scale = jnp.where(scale > 0, scale, 1.0).astype(scale_dtype)
    values = jnp.clip(jnp.round(x32 / scale.astype(jnp.float32)), -127, 127).astype(jnp.int8)
    return values, scale


def quantize_weight(w: jax.Array, axes: tuple[int, ...]) -> Int8Weight:
    return Int8Weight(*quantize_array(w, axes))


def quantize(params: Params, *, embed: bool = True) -> Params:
    """Every projection of every block as `Int8Weight` (per output channel), and the tied embedding per row
    unless `embed=False`; norms stay float. Runs anywhere `params` live (jit it to keep shardings)."""
    if isinstance(params.layers, tuple):
        raise ValueError("quantize the stacked params (before unstack_layers), not the unstacked tuple")
    if isinstance(params.layers.q, Int8Weight):
        raise ValueError("params are already quantized")
    weights = {name: quantize_weight(getattr(params.layers, name), axes) for name, axes in CONTRACTED.items()}
    layers = dataclasses.replace(params.layers, **weights)
    table = quantize_weight(params.embed, (1,)) if embed else params.embed
    return dataclasses.replace(params, embed=table, layers=layers)


def quantized_logical_axes(axes: Params, quantized: Params) -> Params:
    """The logical axes of a quantized tree, from the float tree's (`params.logical_axes`): a scale keeps
    its weight's names except on the contracted axes (size 1: not sharded)."""

    def names(weight_axes, leaf, contracted):
        if not isinstance(leaf, Int8Weight):
            return weight_axes
        scale = tuple(None if i in contracted else a for i, a in enumerate(weight_axes))
        return Int8Weight(weight_axes, scale)

    layers = dataclasses.replace(
        axes.layers,
        **{n: names(getattr(axes.layers, n), getattr(quantized.layers, n), CONTRACTED[n]) for n in CONTRACTED},
    )
    return dataclasses.replace(axes, embed=names(axes.embed, quantized.embed, (1,)), layers=layers)


def weight_bytes(params: Params) -> int:
    """Bytes of every leaf (int8 values and their scales included)."""
    return sum(x.nbytes for x in jax.tree.leaves(params))
