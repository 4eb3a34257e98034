"""KV-cache inference: a preallocated cache, `prefill` for a batch of prompts, then `decode_step`.

The cache itself (its ring buffers for the local layers, slots before heads and batch, left-padded
prompts, `init_cache` and `cache_bytes`) lives in `gemma3.kv_layout`; `Cache`, `init_cache`,
`cache_bytes` and `cache_logical_axes` are importable from here too. This module fills the cache and
reads it: prefill, one decode step, the attention a decode step runs, and the weights' layout for
decoding (`decode_layout`).

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
from gemma3.kv_layout import (
    SLOT_LAYOUT,
    Cache,
    _from_slots,
    _layer,
    _read_slots,
    _write,
    cache_logical_axes,
)
from gemma3.kv_layout import cache_bytes as cache_bytes  # re-exported: callers import them from here
from gemma3.kv_layout import init_cache as init_cache
from gemma3.layers import embed_tokens
from gemma3.mesh import mesh_of
from gemma3.model import attention_scale, block_with_attention, unembed
from gemma3.params import Params
from gemma3.runner import run_layers
from gemma3.sharding import constrain_tree, placed, placement_of, target_platform
from gemma3.vision import check_images, embed_inputs, image_blocks


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
