"""The compiled decode loop behind `gemma3.generate` and `gemma3.generate_stream`.

Prefill the prompts (or append them to a given cache, `gemma3.extend`), sample the first new
token, then a `lax.while_loop` that decodes, samples and stops when every sequence has met a stop
token or the budget: no host round trip per token. The i-th new token is drawn with key
`fold_in(PRNGKey(seed), i)`, so a fixed seed gives the same tokens whatever the chunking.

`_generate` runs the whole loop on a fresh cache; `_generate_onto` runs it onto a cache that
`_plan_cache` chose on the host (a new one, or the caller's grown to fit) and returns that cache
holding only the tokens fed (`_settle`); `generate_stream` calls the jitted pieces (`_start_jit`,
`_advance_jit`, `_start_onto_jit`, `_settle_jit`) one chunk at a time. The host-side checks and
the public entry points are `gemma3.sampling`'s; the sampling rule is `gemma3.sampler`'s.
"""

from __future__ import annotations

import dataclasses
import functools

import jax
import jax.numpy as jnp
import numpy as np

from gemma3 import validate
from gemma3.chunked_prefill import extend_chunks, shift_rows
from gemma3.kv_cache import _decode, _prefill, unstack_layers
from gemma3.kv_layout import Cache, grow_cache, init_cache, repeat_batch
from gemma3.params import Params
from gemma3.sampler import _sample
from gemma3.sharding import constrain, placed


@jax.tree_util.register_dataclass
@dataclasses.dataclass
class _Decoding:
    cache: Cache
    last: jax.Array  # [B] the latest sampled token, fed next
    out: jax.Array  # [B, N] sampled tokens so far
    done: jax.Array  # [B] met a stop token
    step: jax.Array  # [] tokens sampled so far


def _start(params, config, tokens, lengths, cache, key, temperature, top_p, stop, *, rule, attn_impl, out_len,
           repeats=1, placement=None, images=None):  # fmt: skip
    """Prefill, then sample the first new token; `repeats` > 1: each prompt's cache and logits serve that many rows."""
    logits, cache = _prefill(
        params, config, tokens, lengths, cache, attn_impl=attn_impl, placement=placement, images=images
    )
    if repeats > 1:
        logits, cache = jnp.repeat(logits, repeats, axis=0), repeat_batch(cache, repeats)
    B = logits.shape[0]
    empty = jnp.zeros((B,), jnp.int32)
    state = _Decoding(cache, empty, jnp.zeros((B, out_len), jnp.int32), jnp.zeros((B,), bool), jnp.int32(0))
    return _record(state, logits, key, temperature, top_p, stop, rule)


def _record(state: _Decoding, logits, key, temperature, top_p, stop, rule) -> _Decoding:
    """Sample the next token from `logits` and append it (0 for sequences already done)."""
    token = _sample(rule, logits, jax.random.fold_in(key, state.step), temperature, top_p)
    token = jnp.where(state.done, 0, token)
    out = jax.lax.dynamic_update_index_in_dim(state.out, token, state.step, axis=1)
    return _Decoding(state.cache, token, out, state.done | jnp.isin(token, stop), state.step + 1)


def _advance(params, config, state, until, key, temperature, top_p, stop, *, rule, keep_stopped=False,
             placement=None):  # fmt: skip
    """Decode until `until` tokens are sampled or every sequence is done.

    `keep_stopped`: a stopped sequence's later steps leave its cache slots as they were (see `_settle`)."""

    def body(state):
        active = ~state.done if keep_stopped else None
        with placed(placement):
            logits, cache = _decode(params, config, state.last, state.cache, active)
        return _record(dataclasses.replace(state, cache=cache), logits, key, temperature, top_p, stop, rule)

    return jax.lax.while_loop(lambda s: (s.step < until) & ~jnp.all(s.done), body, state)


@functools.partial(
    jax.jit,
    static_argnames=("rule", "attn_impl", "max_len", "out_len", "cache_dtype", "unstack", "repeats", "placement"),
)
def _generate(params, config, tokens, lengths, max_new, key, temperature, top_p, stop, *, rule, attn_impl, max_len,
              out_len, cache_dtype, unstack, repeats=1, placement=None, images=None):  # fmt: skip
    if unstack:
        params = unstack_layers(params)
    with placed(placement):  # on a mesh: the cache and the batch sharded like the weights
        cache = init_cache(config, tokens.shape[0], max_len, cache_dtype)
        tokens = constrain(tokens, ("batch", "seq"))
    state = _start(
        params, config, tokens, lengths, cache, key, temperature, top_p, stop, rule=rule, attn_impl=attn_impl,
        out_len=out_len, repeats=repeats, placement=placement, images=images,
    )  # fmt: skip
    return _advance(params, config, state, max_new, key, temperature, top_p, stop, rule=rule, placement=placement).out


def _settle(state: _Decoding, stop) -> Cache:
    """The cache holding each sequence's prompt and fed tokens only: every sampled token but the last,
    none from its first stop token on. Sequences that stopped early are moved later (`shift_rows`)
    so all end at the shared index again; their skipped slots (`keep_stopped`) fall before their start."""
    fed = state.step - 1  # the last sampled token is never fed
    B, out_len = state.out.shape
    if B == 1:
        return state.cache
    stopped = jnp.isin(state.out, stop) & (jnp.arange(out_len)[None] < state.step)
    first_stop = jnp.where(stopped.any(axis=1), jnp.argmax(stopped, axis=1), out_len)
    return shift_rows(state.cache, fed - jnp.minimum(first_stop, fed))


def _start_onto(params, config, tokens, lengths, cache, key, temperature, top_p, stop, *, rule, attn_impl, out_len,
                fresh, ragged, chunk_size, placement=None, images=None):  # fmt: skip
    """`_start` onto a given cache: `fresh` (empty) is prefilled (with `images`, if any), else the tokens
    are appended (`extend`)."""
    if fresh:
        logits, cache = _prefill(
            params, config, tokens, lengths, cache, attn_impl=attn_impl, placement=placement, images=images
        )
    else:
        logits, cache = extend_chunks(params, config, tokens, lengths, cache, chunk_size, ragged, placement=placement)
    B = tokens.shape[0]
    empty = jnp.zeros((B,), jnp.int32)
    state = _Decoding(cache, empty, jnp.zeros((B, out_len), jnp.int32), jnp.zeros((B,), bool), jnp.int32(0))
    return _record(state, logits, key, temperature, top_p, stop, rule)


_ONTO = ("rule", "attn_impl", "out_len", "fresh", "ragged", "chunk_size")


@functools.partial(jax.jit, static_argnames=(*_ONTO, "unstack", "placement"), donate_argnames="cache")
def _generate_onto(params, config, tokens, lengths, cache, max_new, key, temperature, top_p, stop, *, unstack,
                   **static):  # fmt: skip
    """`_generate` onto a given cache, returning the new tokens and the cache (`_settle`)."""
    if unstack:
        params = unstack_layers(params)
    state = _start_onto(params, config, tokens, lengths, cache, key, temperature, top_p, stop, **static)
    rule, placement = static["rule"], static.get("placement")
    state = _advance(
        params, config, state, max_new, key, temperature, top_p, stop, rule=rule, keep_stopped=True,
        placement=placement,
    )  # fmt: skip
    return state.out, _settle(state, stop)


def _plan_cache(
    params, config, tokens, lengths, cache, max_new_tokens, out_len, cache_dtype, placement=None
) -> tuple[Cache, dict]:
    """On the host: the cache to generate onto (a new one, or `cache` grown to fit) and the static options."""
    B, T = tokens.shape
    fresh = cache is None
    held = 0 if fresh else int(cache.index)
    if not fresh and B != cache.batch_size:
        raise ValueError(f"{B} prompts but the cache holds {cache.batch_size} sequences")
    chunk_size = T if T <= 1024 else 512
    total = T if T <= chunk_size else -(-T // chunk_size) * chunk_size
    needed = held + total + out_len
    if held + int(np.asarray(lengths).max()) + max_new_tokens > config.max_context:
        raise ValueError(
            f"the cache's {held} slots + new tokens + max_new_tokens ({max_new_tokens}) exceed the model's context "
            f"({config.max_context}): start a new conversation or ask for fewer tokens"
        )
    capacity = min(max(256, 1 << (needed - 1).bit_length()), max(needed, config.max_context))
    with placed(placement):
        if fresh:
            cache = init_cache(config, B, capacity, _dtype_of(params, cache_dtype))
        elif needed > cache.max_len:
            cache = grow_cache(config, cache, capacity)
    ragged = bool(np.asarray(lengths).min() != total)
    return cache, dict(fresh=fresh, ragged=ragged, chunk_size=chunk_size)


def _dtype_of(params: Params, cache_dtype):
    """The cache's dtype: `cache_dtype` (a float dtype, or int8: `gemma3.int8.Int8KV`), default the weights'."""
    if cache_dtype is None:
        return params.embed.dtype
    try:
        if jnp.dtype(cache_dtype) == jnp.int8:
            return jnp.dtype(jnp.int8)
    except TypeError:
        pass  # float_dtype names what it expected
    return validate.float_dtype(cache_dtype, "cache_dtype")


_start_jit = jax.jit(_start, static_argnames=("rule", "attn_impl", "out_len", "placement"), donate_argnames="cache")
_advance_jit = jax.jit(_advance, static_argnames=("rule", "keep_stopped", "placement"), donate_argnames="state")
_start_onto_jit = jax.jit(_start_onto, static_argnames=(*_ONTO, "placement"), donate_argnames="cache")
_settle_jit = jax.jit(_settle, donate_argnames="state")
