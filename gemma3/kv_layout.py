"""The KV cache's layout: the `Cache` pytree, its slots and ring buffers, and how to allocate, size, shard,
copy, grow, read and write it. `prefill` and `decode_step` fill it (`gemma3.kv_cache`).

Layout. Global layers keep every slot up to `max_len`; local (sliding-window) layers keep a
ring buffer of `W = min(sliding_window, max_len)` slots, slot `s` living at `s % W`. At 27b,
32k tokens, that is ~3 GiB instead of 16 GiB per sequence in bf16 (`cache_bytes`).

    local_k, local_v    [L_local, W, K, B, H]
    global_k, global_v  [L_global, S, K, B, H]     S = max_len
    index               []   the next slot to write, shared by the whole batch
    starts              [B]  the slot of each sequence's first token

Slots before heads and batch: a decode step writes one [K, B, H] slab per layer, whole TPU
tiles (B x H); with [B, K, S, H] the TPU compiler re-lays out the whole cache on the way in
and out of every step (checked on a deviceless v5e-8 compile of 27b, batch 8, 32k).

Prompts are stored *left-padded*: every prompt ends at slot T - 1 (T the padded prompt
length), so each decode step writes one common slot with a single `dynamic_update_slice`.
A token's RoPE position is `slot - starts[b]` and padding slots are masked, so results equal
unpadded runs. `prefill` takes ordinary right-padded tokens plus `lengths` and shifts them.
The price of the shared slot: a short prompt beside a long one leaves unused slots.
"""

from __future__ import annotations

import dataclasses

import jax
import jax.numpy as jnp
from jaxtyping import Array, Float, Int

from gemma3.config import Config
from gemma3.int8 import Int8KV, quantize_array
from gemma3.sharding import constrain_tree


@dataclasses.dataclass
class Cache:
    """Keys and values of every layer, preallocated; a pytree (donate it, shard it by `cache_logical_axes`)."""

    local_k: Float[Array, "Ll W K B H"]  # ring buffers of the local layers
    local_v: Float[Array, "Ll W K B H"]
    global_k: Float[Array, "Lg S K B H"]
    global_v: Float[Array, "Lg S K B H"]
    index: Int[Array, ""]  # next slot to write (shared by the batch)
    starts: Int[Array, " B"]  # slot of each sequence's first token
    max_len: int  # static: S, the number of slots

    @property
    def batch_size(self) -> int:
        return self.starts.shape[0]

    @property
    def lengths(self) -> Int[Array, " B"]:
        """Tokens held per sequence (also each sequence's next RoPE position)."""
        return self.index - self.starts


jax.tree_util.register_dataclass(
    Cache, data_fields=["local_k", "local_v", "global_k", "global_v", "index", "starts"], meta_fields=["max_len"]
)


def cache_logical_axes(cache: Cache) -> Cache:
    """Logical axis names per leaf of `cache` (same names as `params.logical_axes`), for `gemma3.sharding`."""
    names = dict(B="batch", S="cache_seq", K="kv_heads", H="head_dim")
    kv = ("layers", *(names[axis] for axis in SLOT_LAYOUT))
    if isinstance(cache.local_k, Int8KV):  # the scales: the same names without H
        kv = Int8KV(kv, ("layers", *(names[axis] for axis in SLOT_LAYOUT if axis != "H")))
    return Cache(kv, kv, kv, kv, (), ("batch",), max_len=cache.max_len)


def ring_size(config: Config, max_len: int) -> int:
    return min(config.sliding_window, max_len)


def init_cache(
    config: Config, batch_size: int, max_len: int, dtype=jnp.bfloat16, scale_dtype=jnp.float32
) -> Cache:
    """An empty cache for `batch_size` sequences of up to `max_len` slots (zeros, index 0).

    `dtype=jnp.int8`: int8 keys and values with a `scale_dtype` scale per token and head (`gemma3.int8.Int8KV`)."""
    if batch_size < 1 or max_len < 1:
        raise ValueError(f"batch_size and max_len must be >= 1, got {batch_size} and {max_len}")
    K, H, W = config.num_kv_heads, config.head_dim, ring_size(config, max_len)
    local = (config.num_local_layers, *_slot_shape(batch_size, W, K, H))
    global_ = (config.num_global_layers, *_slot_shape(batch_size, max_len, K, H))

    def zeros(shape):
        if jnp.dtype(dtype) == jnp.int8:
            return Int8KV(jnp.zeros(shape, jnp.int8), jnp.zeros(shape[:-1], scale_dtype))
        return jnp.zeros(shape, dtype)

    cache = Cache(
        local_k=zeros(local),
        local_v=zeros(local),
        global_k=zeros(global_),
        global_v=zeros(global_),
        index=jnp.zeros((), jnp.int32),
        starts=jnp.zeros((batch_size,), jnp.int32),
        max_len=max_len,
    )
    return constrain_tree(cache, cache_logical_axes(cache))  # sharded under `activation_sharding`


def repeat_batch(cache: Cache, repeats: int) -> Cache:
    """Each sequence `repeats` times in a row (sequence b becomes rows b * repeats ... b * repeats + repeats - 1):
    one prefill of a prompt serves several samples of it."""
    axis = 1 + SLOT_LAYOUT.index("B")  # after the layer axis
    kv = jax.tree.map(
        lambda x: jnp.repeat(x, repeats, axis=axis), (cache.local_k, cache.local_v, cache.global_k, cache.global_v)
    )
    return Cache(*kv, index=cache.index, starts=jnp.repeat(cache.starts, repeats), max_len=cache.max_len)


def cache_bytes(config: Config, batch_size: int, max_len: int, dtype=jnp.bfloat16, *, ring_buffer: bool = True) -> int:
    """Bytes of the K and V caches; `ring_buffer=False` gives every layer `max_len` slots."""
    per_slot = 2 * batch_size * config.num_kv_heads * config.head_dim * jnp.dtype(dtype).itemsize
    if jnp.dtype(dtype) == jnp.int8:  # and a float32 scale per token and head
        per_slot += 2 * batch_size * config.num_kv_heads * 4
    local_slots = ring_size(config, max_len) if ring_buffer else max_len
    return per_slot * (config.num_local_layers * local_slots + config.num_global_layers * max_len)


def grow_cache(config: Config, cache: Cache, max_len: int) -> Cache:
    """The same sequences in a cache of `max_len` >= `cache.max_len` slots (zeros appended; a ring
    smaller than the window has never wrapped, so it grows the same way)."""
    if max_len < cache.max_len:
        raise ValueError(f"max_len must be >= the cache's {cache.max_len}, got {max_len}")
    axis = 1 + SLOT_LAYOUT.index("S")

    def pad(x, size):
        widths = [(0, 0)] * x.ndim
        widths[axis] = (0, size - x.shape[axis])
        return jnp.pad(x, widths)

    ring = ring_size(config, max_len)
    local = jax.tree.map(lambda x: pad(x, ring), (cache.local_k, cache.local_v))
    global_ = jax.tree.map(lambda x: pad(x, max_len), (cache.global_k, cache.global_v))
    return Cache(*local, *global_, index=cache.index, starts=cache.starts, max_len=max_len)


SLOT_LAYOUT = "SKBH"  # each layer's slab is [S, K, B, H]: see the module docstring


def _slot_shape(B, S, K, H):
    return tuple(dict(B=B, S=S, K=K, H=H)[axis] for axis in SLOT_LAYOUT)


def _to_slots(x):
    """[B, T, K, H] -> the cache's per-layer layout."""
    return x.transpose(["BSKH".index(axis) for axis in SLOT_LAYOUT])


def _from_slots(x):
    """The cache's per-layer layout -> [B, S, K, H]."""
    return x.transpose([SLOT_LAYOUT.index(axis) for axis in "BSKH"])


def _quantized(new: jax.Array, scale_dtype) -> tuple[jax.Array, jax.Array]:
    """[B, T, K, H] -> int8 values in slot layout and their per-token, per-head scales [T, K, B]."""
    values, scale = quantize_array(new, (3,), scale_dtype)
    return _to_slots(values), _to_slots(scale)[..., 0]


def _write(cache, layer: jax.Array, offset: jax.Array, new: jax.Array):
    """Write `new` [B, T, K, H] into slots offset.. of `layer` of an [L, S, K, B, H] cache (or `Int8KV`)."""
    start = [layer] + [offset if axis == "S" else 0 for axis in SLOT_LAYOUT]
    if isinstance(cache, Int8KV):
        values, scale = _quantized(new, cache.scale.dtype)
        return Int8KV(
            jax.lax.dynamic_update_slice(cache.values, values[None], start),
            jax.lax.dynamic_update_slice(cache.scale, scale[None], start[:-1]),
        )
    return jax.lax.dynamic_update_slice(cache, _to_slots(new)[None].astype(cache.dtype), start)


def _layer(cache, layer: jax.Array) -> jax.Array:
    """One layer's slab [S, K, B, H] (dequantized to float32 from an `Int8KV`)."""
    return cache[layer].dequantize() if isinstance(cache, Int8KV) else cache[layer]


def _read_slots(cache, layer: jax.Array, slots: jax.Array | None) -> jax.Array:
    """Slots `slots` (all when None) of `layer` of an [L, S, K, B, H] cache, as [B, n, K, H]."""
    slab = _layer(cache, layer)
    return _from_slots(slab if slots is None else jnp.take(slab, slots, axis=SLOT_LAYOUT.index("S")))


def _write_slots(cache, layer: jax.Array, slots: jax.Array, new: jax.Array):
    """Write `new` [B, n, K, H] into the (distinct, possibly wrapping) `slots` [n] of `layer`."""
    assert SLOT_LAYOUT[0] == "S"
    if isinstance(cache, Int8KV):
        values, scale = _quantized(new, cache.scale.dtype)
        return Int8KV(cache.values.at[layer, slots].set(values), cache.scale.at[layer, slots].set(scale))
    return cache.at[layer, slots].set(_to_slots(new).astype(cache.dtype))
