"""KV-cache inference: a preallocated cache, `prefill` for a batch of prompts, then `decode_step`.

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

Layers run as a scan over groups (5 local layers by an inner scan, then 1 global), so compile
time does not grow with depth and each kind writes only its own cache, in place (the cache is
donated): `gemma3.runner`. On one CPU device, pass `decode_layout(params)` (as `generate` does) to avoid
XLA's per-layer weight copies.

Past `max_len`, a jitted `decode_step` returns NaN logits, and keeps returning them: the
index stops at `max_len` and the overflowing token overwrites the last slot (documented
in-jit behaviour; keeping the old values would cost a copy of the whole cache on CPU). The
public `decode_step` checks the bound on the host first and raises; `gemma3.generate`
checks from the known lengths before it starts.
"""

from __future__ import annotations

import dataclasses
import functools

import jax
import jax.numpy as jnp
import numpy as np
from jaxtyping import Array, Bool, Float, Int

from gemma3 import validate
from gemma3.attention import _MASKED, attention_mask, attention_reference, self_attention
from gemma3.config import Config
from gemma3.int8 import Int8KV, quantize_array
from gemma3.layers import embed_tokens
from gemma3.mesh import mesh_of
from gemma3.model import attention_scale, block_with_attention, unembed
from gemma3.params import Params
from gemma3.runner import run_layers
from gemma3.sharding import constrain_tree, placed, placement_of, target_platform
from gemma3.vision import check_images, embed_inputs, image_blocks


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


def _reduce_decode_attention() -> bool:
    """Whether decode uses `decode_attention` (off CPU) or the reference dot (CPU); tests may override.

    Decided by the platform compiled for (`target_platform`), so a deviceless TPU compile from a CPU
    host (`python -m gemma3.aot`) builds the step a TPU runs."""
    return target_platform() != "cpu"


def decode_attention(
    q: Float[Array, "B 1 N H"],
    keys: Float[Array, "S K B H"],
    values: Float[Array, "S K B H"],
    mask: Bool[Array, "B S"],
    scale: float,
) -> Float[Array, "B 1 N H"]:
    """One query per sequence against a cache slab in its own `[S, K, B, H]` layout.

    `attention_reference` for T = 1, written as multiply-and-reduce instead of a dot: the
    reductions read the slab where it lies, while a dot wants its batch axes (B, K) outermost
    and makes the TPU compiler copy each layer's slab first (at 27b, 32k, batch 8: 256 MiB
    per global layer and step). Used off CPU; XLA:CPU materializes the products instead, so
    on CPU decode uses `attention_reference`. Scores and softmax in float32.
    """
    B, _, N, H = q.shape
    K = keys.shape[1]
    q_KBGH = q.reshape(B, K, N // K, H).transpose(1, 0, 2, 3).astype(jnp.float32)
    scores_SKBG = jnp.sum(keys[:, :, :, None, :].astype(jnp.float32) * q_KBGH, axis=-1) * scale
    scores_SKBG = jnp.where(mask.T[:, None, :, None], scores_SKBG, _MASKED)
    probs_SKBG = jax.nn.softmax(scores_SKBG, axis=0)
    out_KBGH = jnp.sum(probs_SKBG[..., None] * values[:, :, :, None, :].astype(jnp.float32), axis=0)
    return out_KBGH.transpose(1, 0, 2, 3).reshape(B, 1, N, H).astype(q.dtype)


def unstack_layers(params: Params) -> Params:
    """`params` with `layers` as a tuple of per-layer `Layer`s instead of one stacked `Layer`.

    For the CPU: XLA's CPU backend copies each layer's weights out of the stacked arrays
    before every matmul of a scanned loop (more than half of a 270M decode step). Unstacked,
    `gemma3.runner.run_layers` loops over layers in Python, so compile time grows with depth: use
    it for small models on CPU (`gemma3.generate` does it inside its compiled function on CPU).
    """
    if isinstance(params.layers, tuple):
        return params
    count = jax.tree.leaves(params.layers)[0].shape[0]
    layers = tuple(jax.tree.map(lambda w, i=i: w[i], params.layers) for i in range(count))
    return dataclasses.replace(params, layers=layers)


def decode_layout(params: Params) -> Params:
    """`params` in the layout cached decoding runs best in here: unstacked on one CPU device, else as they are.

    Unstacked layers run faster on one CPU (`unstack_layers`) but compile one copy of the block
    per layer. On a mesh, a TPU's or CI's simulated CPU devices, the layers stay stacked: the
    scan is the program a TPU runs, and it compiles one block instead of L (on 8 simulated
    devices a 270M `generate` compiled in 3.4 s scanned against 11.1 s unstacked, and ran 10
    tokens in 1.5 s against 0.9 s). `generate` and `generate_stream` apply the same rule inside.
    """
    return unstack_layers(params) if _unstacks(params) else params


def _unstacks(params: Params) -> bool:
    """Whether cached decoding should unstack `params`' layers: on one CPU device only (`decode_layout`)."""
    return jax.default_backend() == "cpu" and mesh_of(params) is None


def _run_layers(params: Params, config: Config, x, cache: Cache, positions, local_fn, global_fn):
    """All blocks in order (`gemma3.runner.run_layers`); `local_fn` / `global_fn` attend and write the cache.

    `fn(q, k, v, (cache_k, cache_v), index) -> (attn, (cache_k, cache_v))`, index being the
    layer's place in its kind's cache; each kind writes only its own cache."""

    def layer_fn(layer, x, is_global, kv, kv_index):
        fn = global_fn if is_global else local_fn
        return block_with_attention(layer, config, x, positions, is_global, lambda q, k, v: fn(q, k, v, kv, kv_index))

    caches = ((cache.local_k, cache.local_v), (cache.global_k, cache.global_v))
    x, (local_kv, global_kv) = run_layers(params.layers, config, x, layer_fn, caches)
    return x, (*local_kv, *global_kv)


def _ring(kv: jax.Array, ring: int) -> jax.Array:
    """The ring buffer's contents after writing slots 0..T-1 of `kv` [B, T, K, H]: slot s at s % ring."""
    T = kv.shape[1]
    if T <= ring:
        return kv
    return jnp.roll(kv[:, T - ring :], (T - ring) % ring, axis=1)


@functools.partial(jax.jit, static_argnames=("all_logits", "attn_impl", "placement"), donate_argnames="cache")
def _prefill(params, config, tokens, lengths, cache, all_logits=False, attn_impl=None, placement=None, images=None):
    with placed(placement):  # a mesh's placement: the cache written sharded, kv heads over "tensor"
        cache = constrain_tree(cache, cache_logical_axes(cache))
        return _prefill_layers(params, config, tokens, lengths, cache, all_logits, attn_impl, images)


def _prefill_layers(params, config, tokens, lengths, cache, all_logits, attn_impl, images=None):
    B, T = tokens.shape
    slots = jnp.arange(T, dtype=jnp.int32)
    starts = (T - lengths).astype(jnp.int32)
    left = jnp.take_along_axis(tokens, (slots[None] - starts[:, None]) % T, axis=1)  # right- to left-padded
    positions = jnp.maximum(slots[None] - starts[:, None], 0)
    segments = (slots[None] >= starts[:, None]).astype(jnp.int32)  # padding 0, prompt 1
    impl = attn_impl or config.attn_impl
    W = cache.local_k.shape[1 + SLOT_LAYOUT.index("S")]
    zero = jnp.zeros((), jnp.int32)
    blocks = None if images is None else image_blocks(left, config.vision.image_token_id)

    def attend(q, k, v, window):
        return self_attention(
            q, k, v, segment_ids=segments, sliding_window=window, scale=attention_scale(config), impl=impl,
            image_blocks=blocks,
        )  # fmt: skip

    def local_fn(q, k, v, kv, i):
        cache_k, cache_v = kv
        kv = _write(cache_k, i, zero, _ring(k, W)), _write(cache_v, i, zero, _ring(v, W))
        return attend(q, k, v, config.sliding_window), kv

    def global_fn(q, k, v, kv, i):
        cache_k, cache_v = kv
        return attend(q, k, v, None), (_write(cache_k, i, zero, k), _write(cache_v, i, zero, v))

    x = embed_inputs(params, config, left, images)
    x, caches = _run_layers(params, config, x, cache, positions, local_fn, global_fn)
    cache = Cache(*caches, index=jnp.asarray(T, jnp.int32), starts=starts, max_len=cache.max_len)
    if not all_logits:
        return unembed(params, config, x[:, -1:])[:, 0], cache
    logits = unembed(params, config, x)
    back = jnp.take_along_axis(logits, ((slots[None] + starts[:, None]) % T)[..., None], axis=1)  # to right-padded
    return jnp.where((slots[None] < lengths[:, None])[..., None], back, 0.0), cache


def prefill(
    params: Params,
    config: Config,
    tokens: Int[Array, "B T"],
    cache: Cache,
    *,
    lengths: Int[Array, " B"] | None = None,
    all_logits: bool = False,
    attn_impl: str | None = None,
    images: Float[Array, "I S S 3"] | None = None,
) -> tuple[Float[Array, "B V"] | Float[Array, "B T V"], Cache]:
    """Fill an empty (or reused) cache from right-padded prompts `tokens[b, :lengths[b]]`.

    Returns the float32 logits of each prompt's last token `[B, V]` (or of every prompt token,
    `[B, T, V]`, zeros at padding, with `all_logits=True`) and the cache, now holding T slots.
    Attention runs in parallel over the prompt (`attn_impl` "xla" or "pallas"). The cache
    passed in is donated: use the returned one. `images`: see `gemma3.forward`; they enter
    here only (decoding reads their keys and values from the cache like any token's).
    """
    validate.token_ids(tokens, config.embed_rows)
    tokens = jnp.asarray(tokens, jnp.int32)
    if tokens.ndim != 2 or tokens.shape[1] == 0:
        raise ValueError(f"tokens must be int32 [B, T] with T >= 1, got shape {tokens.shape}")
    B, T = tokens.shape
    if B != cache.batch_size:
        raise ValueError(f"{B} prompts but the cache holds {cache.batch_size} sequences: init_cache(config, {B}, ...)")
    if T > cache.max_len:
        raise ValueError(f"prompts of {T} tokens do not fit a cache of max_len {cache.max_len}: use a larger max_len")
    lengths = jnp.full((B,), T, jnp.int32) if lengths is None else jnp.asarray(lengths, jnp.int32)
    if lengths.shape != (B,):
        raise ValueError(f"lengths must have shape ({B},), got {lengths.shape}")
    if not isinstance(lengths, jax.core.Tracer):
        host = np.asarray(lengths)
        if host.min() < 1 or host.max() > T:
            raise ValueError(f"every length must be in [1, {T}] (empty prompts are not allowed), got {host.tolist()}")
    if images is not None:
        check_images(params, config, tokens, images)
    placement = placement_of(params, config)
    return _prefill(params, config, tokens, lengths, cache, all_logits=all_logits, attn_impl=attn_impl,
                    placement=placement, images=images)  # fmt: skip


def _decode(params: Params, config: Config, tokens, cache: Cache, active=None):
    """`active` [B] (optional): rows where False keep their slot's old contents (a stopped sequence keeps its ring)."""
    slot = cache.index
    in_range = slot < cache.max_len
    write_slot = jnp.minimum(slot, cache.max_len - 1)  # past max_len: overwrites the last slot, NaN logits
    W = cache.local_k.shape[1 + SLOT_LAYOUT.index("S")]
    positions = (slot - cache.starts)[:, None]
    query = jnp.broadcast_to(slot, positions.shape)
    scale = attention_scale(config)

    def attend(q, keys, values, key_slots, window):
        key_slots = jnp.where(key_slots[None] >= cache.starts[:, None], key_slots[None], -1)  # padding: empty
        mask = attention_mask(query, key_slots, sliding_window=window)
        if _reduce_decode_attention():
            return decode_attention(q, keys, values, mask[:, 0], scale)
        keys, values = (_from_slots(x).astype(q.dtype) for x in (keys, values))  # XLA:CPU fuses these into dots
        return attention_reference(q, keys, values, mask, scale)

    def update(kv, i, offset, k, v):
        if active is not None:
            keep = ~active[:, None, None, None]
            k = jnp.where(keep, _read_slots(kv[0], i, offset[None]).astype(k.dtype), k)
            v = jnp.where(keep, _read_slots(kv[1], i, offset[None]).astype(v.dtype), v)
        return _write(kv[0], i, offset, k), _write(kv[1], i, offset, v)

    def local_fn(q, k, v, kv, i):
        cache_k, cache_v = update(kv, i, write_slot % W, k, v)
        ring_slots = jnp.arange(W, dtype=jnp.int32)
        held = slot - (slot - ring_slots) % W  # the latest slot <= the query's that maps to each ring slot
        return attend(q, _layer(cache_k, i), _layer(cache_v, i), held, config.sliding_window), (cache_k, cache_v)

    def global_fn(q, k, v, kv, i):
        cache_k, cache_v = update(kv, i, write_slot, k, v)
        key_slots = jnp.arange(cache.max_len, dtype=jnp.int32)
        return attend(q, _layer(cache_k, i), _layer(cache_v, i), key_slots, None), (cache_k, cache_v)

    x = embed_tokens(params.embed, tokens[:, None])
    x, caches = _run_layers(params, config, x, cache, positions, local_fn, global_fn)
    logits = jnp.where(in_range, unembed(params, config, x)[:, 0], jnp.nan)
    index = slot + in_range.astype(jnp.int32)
    return logits, Cache(*caches, index=index, starts=cache.starts, max_len=cache.max_len)


@functools.partial(jax.jit, static_argnames="placement", donate_argnames="cache")
def _decode_jit(params, config, tokens, cache, placement=None):
    with placed(placement):
        return _decode(params, config, tokens, cache)


def decode_step(
    params: Params, config: Config, tokens: Int[Array, " B"], cache: Cache, *, check_bounds: bool = True
) -> tuple[Float[Array, "B V"], Cache]:
    """Feed one token per sequence; returns the float32 logits of the next one `[B, V]` and the cache.

    Works past the sliding window (local layers' rings wrap) up to `cache.max_len` slots. The
    cache is donated. `check_bounds` reads the cache's index on the host (one scalar sync) and
    raises past `max_len`; inside jit (or with `check_bounds=False`) a full cache gives NaN logits
    from then on.
    """
    validate.token_ids(tokens, config.embed_rows)
    tokens = jnp.asarray(tokens, jnp.int32)
    if tokens.shape != (cache.batch_size,):
        raise ValueError(f"tokens must be int32 [B] with B = {cache.batch_size} (the cache's), got {tokens.shape}")
    if check_bounds and not isinstance(cache.index, jax.core.Tracer):
        if int(cache.index) >= cache.max_len:
            raise ValueError(
                f"the cache is full ({cache.max_len} slots used): decode_step would go past max_len; "
                "start from a cache with a larger max_len"
            )
    return _decode_jit(params, config, tokens, cache, placement=placement_of(params, config))
