"""Chunked prefill onto a cache that already holds tokens: a chat turn costs its own tokens.

`prefill` fills an empty cache; `extend` appends new tokens to a cache that `prefill`,
`decode_step`, `generate(..., return_cache=True)` or an earlier `extend` left, in chunks of
`chunk_size` tokens. Each chunk attends to what the cache holds and causally to itself:

    global layers  queries [index, index + T) against every slot of the cache (after the write)
    local layers   queries against the ring as it was before the chunk (W slots) plus the
                   chunk itself (T slots), so no query loses a key the chunk overwrites;
                   the window is measured on slots, which equal positions up to `starts[b]`

The cache keeps its invariant (see `gemma3.kv_layout`): every sequence ends at slot index - 1,
positions are `slot - starts[b]`. New tokens of different lengths are therefore left-padded
within a chunk, and a sequence with p padding slots in a chunk is first moved p slots later
(`shift_rows`: its global slots and its ring rolled by p, `starts[b] += p`) so that its
cached tokens fill the padding slots and its new tokens end with everyone else's. The move
copies the cache once per ragged chunk; chunks whose sequences all have the same length
(a batch of one: chat) skip it. The padding slots' queries are computed and thrown away.

Equal, token for token, to a fresh prefill of the whole sequence (`tests/test_chunked_prefill.py`,
across the window and the ring's wrap, mixed lengths).
"""

from __future__ import annotations

import functools

import jax
import jax.numpy as jnp
import numpy as np
from jaxtyping import Array, Float, Int

from gemma3 import validate
from gemma3.attention import attention_mask, attention_reference
from gemma3.config import Config
from gemma3.kv_cache import _run_layers
from gemma3.kv_layout import SLOT_LAYOUT, Cache, _read_slots, _write, _write_slots, cache_logical_axes
from gemma3.layers import embed_tokens
from gemma3.model import attention_scale, unembed
from gemma3.params import Params
from gemma3.sharding import constrain_tree, placed, placement_of


def shift_rows(cache: Cache, shift: Int[Array, " B"]) -> Cache:
    """Sequence b's slots moved `shift[b]` later (its start too): its global slots and its ring rolled by `shift[b]`.

    Slots that fall off the end come back before the new start, where they are masked."""
    s_axis, b_axis = 1 + SLOT_LAYOUT.index("S"), 1 + SLOT_LAYOUT.index("B")
    row_s_axis = s_axis if s_axis < b_axis else s_axis - 1

    def roll(x):
        return jax.vmap(lambda row, d: jnp.roll(row, d, axis=row_s_axis), in_axes=(b_axis, 0), out_axes=b_axis)(
            x, shift
        )

    kv = jax.tree.map(roll, (cache.local_k, cache.local_v, cache.global_k, cache.global_v))
    return Cache(*kv, index=cache.index, starts=cache.starts + shift.astype(jnp.int32), max_len=cache.max_len)


@functools.partial(jax.jit, static_argnames=("ragged", "placement"), donate_argnames="cache")
def _extend(params, config, tokens, padding, cache, ragged=True, placement=None):
    """One chunk: `tokens` [B, T] left-padded by `padding` [B]; returns the hidden states [B, T, D] and the cache.
    `placement`: see `gemma3.sharding.placement_of` (the cache kept sharded like the weights)."""
    with placed(placement):
        cache = constrain_tree(cache, cache_logical_axes(cache))
        return _extend_layers(params, config, tokens, padding, cache, ragged)


def _extend_layers(params, config, tokens, padding, cache, ragged):
    B, T = tokens.shape
    if ragged:
        cache = shift_rows(cache, padding)
    index, starts = cache.index, cache.starts
    chunk = jnp.arange(T, dtype=jnp.int32)
    slots = index + chunk  # [T] the chunk's slots, shared by the batch
    new = chunk[None] >= padding[:, None]  # [B, T] a new token (not padding)
    positions = jnp.maximum(slots[None] - starts[:, None], 0)
    query = jnp.broadcast_to(slots, (B, T))
    W = cache.local_k.shape[1 + SLOT_LAYOUT.index("S")]
    scale = attention_scale(config)

    def merge(fresh, old):  # padding slots keep what the (shifted) cache holds there
        return jnp.where(new[:, :, None, None], fresh, old.astype(fresh.dtype))

    def attend(q, keys, values, key_slots, window):
        key_slots = jnp.where(key_slots[None] >= starts[:, None], key_slots[None], -1)  # before a start: empty
        mask = attention_mask(query, key_slots, sliding_window=window)
        return attention_reference(q, keys.astype(q.dtype), values.astype(q.dtype), mask, scale)

    def local_fn(q, k, v, kv, i):
        cache_k, cache_v = kv
        ring = slots % W
        k, v = merge(k, _read_slots(cache_k, i, ring)), merge(v, _read_slots(cache_v, i, ring))
        last = index - 1
        held = last - (last - jnp.arange(W, dtype=jnp.int32)) % W  # the slot each ring entry holds before the chunk
        keys = jnp.concatenate([_read_slots(cache_k, i, None).astype(q.dtype), k.astype(q.dtype)], axis=1)
        values = jnp.concatenate([_read_slots(cache_v, i, None).astype(q.dtype), v.astype(q.dtype)], axis=1)
        attn = attend(q, keys, values, jnp.concatenate([held, slots]), config.sliding_window)
        n = min(T, W)  # only the chunk's last W slots stay in the ring
        kept = ring[T - n :]
        return attn, (_write_slots(cache_k, i, kept, k[:, T - n :]), _write_slots(cache_v, i, kept, v[:, T - n :]))

    def global_fn(q, k, v, kv, i):
        cache_k, cache_v = kv
        window = jnp.arange(T, dtype=jnp.int32) + index
        k, v = merge(k, _read_slots(cache_k, i, window)), merge(v, _read_slots(cache_v, i, window))
        cache_k, cache_v = _write(cache_k, i, index, k), _write(cache_v, i, index, v)
        keys, values = _read_slots(cache_k, i, None), _read_slots(cache_v, i, None)
        return attend(q, keys, values, jnp.arange(cache.max_len, dtype=jnp.int32), None), (cache_k, cache_v)

    x = embed_tokens(params.embed, tokens)
    x, caches = _run_layers(params, config, x, cache, positions, local_fn, global_fn)
    return x, Cache(*caches, index=index + T, starts=starts, max_len=cache.max_len)


def extend_chunks(
    params, config, tokens, lengths, cache, chunk_size: int, ragged: bool, all_logits: bool = False, placement=None
):
    """`tokens` [B, T] right-padded with `lengths` appended in chunks (traceable; T, chunk_size, ragged static).

    Returns the logits of each sequence's last new token [B, V] (or of every new token, [B, T, V],
    right-padded, zeros at padding) and the cache. `ragged`: whether the lengths may differ."""
    B, T = tokens.shape
    chunks = -(-T // chunk_size)
    total = chunks * chunk_size if chunks > 1 else T
    pad = total - lengths  # left padding of the whole block
    columns = jnp.arange(total, dtype=jnp.int32)
    left = jnp.take_along_axis(tokens, jnp.clip(columns[None] - pad[:, None], 0, T - 1), axis=1)
    size = total // chunks
    hidden = []
    for c in range(chunks):
        padding = jnp.clip(pad - c * size, 0, size).astype(jnp.int32)
        chunk = left[:, c * size : (c + 1) * size]
        x, cache = _extend(params, config, chunk, padding, cache, ragged=ragged, placement=placement)
        hidden.append(x if all_logits else x[:, -1:])
    if not all_logits:
        return unembed(params, config, hidden[-1])[:, 0], cache
    logits = unembed(params, config, jnp.concatenate(hidden, axis=1))
    back = jnp.take_along_axis(logits, (jnp.arange(T)[None] + pad[:, None])[..., None], axis=1)  # right-padded
    return jnp.where((jnp.arange(T)[None] < lengths[:, None])[..., None], back, 0.0), cache


def extend(
    params: Params,
    config: Config,
    tokens: Int[Array, "B T"],
    cache: Cache,
    *,
    lengths: Int[Array, " B"] | None = None,
    chunk_size: int = 512,
    all_logits: bool = False,
) -> tuple[Float[Array, "B V"] | Float[Array, "B T V"], Cache]:
    """Append right-padded `tokens[b, :lengths[b]]` to the sequences a cache holds, `chunk_size` at a time.

    Returns the float32 logits of each sequence's last new token `[B, V]` (every new token's,
    `[B, T, V]`, zeros at padding, with `all_logits=True`) and the cache, now holding T more
    slots (T rounded up to a multiple of `chunk_size` when it has several chunks). The cache
    is donated: use the returned one. On an empty cache, equals `prefill`.
    """
    validate.token_ids(tokens, config.embed_rows)
    tokens = jnp.asarray(tokens, jnp.int32)
    if tokens.ndim != 2 or tokens.shape[1] == 0:
        raise ValueError(f"tokens must be int32 [B, T] with T >= 1, got shape {tokens.shape}")
    B, T = tokens.shape
    if B != cache.batch_size:
        raise ValueError(f"{B} rows of tokens but the cache holds {cache.batch_size} sequences")
    if chunk_size < 1:
        raise ValueError(f"chunk_size must be >= 1, got {chunk_size}")
    total = -(-T // chunk_size) * chunk_size if T > chunk_size else T
    if int(cache.index) + total > cache.max_len:
        raise ValueError(
            f"the cache holds {int(cache.index)} of {cache.max_len} slots: {total} more do not fit; "
            "start from a cache with a larger max_len (gemma3.kv_layout.grow_cache)"
        )
    lengths = jnp.full((B,), T, jnp.int32) if lengths is None else jnp.asarray(lengths, jnp.int32)
    host = np.asarray(lengths)
    if host.shape != (B,) or host.min() < 1 or host.max() > T:
        raise ValueError(f"lengths must be {B} values in [1, {T}], got {host.tolist()}")
    ragged = bool(host.min() != total)
    placement = placement_of(params, config)
    return extend_chunks(params, config, tokens, lengths, cache, chunk_size, ragged, all_logits, placement)
