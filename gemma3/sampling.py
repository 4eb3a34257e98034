"""Sampling and generation on top of the KV cache: the whole decode loop in one compiled function.

`generate` pads the prompts into a bucket (16, 32, ..., 256 tokens, then multiples of 256, so a
new prompt length rarely compiles anew), prefills, then runs a `lax.while_loop` that decodes, samples and
stops when every sequence has met a stop token or `max_new_tokens`. No host round trip per
token. Sampling: temperature 0 is greedy (argmax); otherwise logits / temperature, then
top-k, then top-p (nucleus), then a categorical draw with key `fold_in(PRNGKey(seed), i)` for
the i-th new token: a fixed seed reproduces, whatever the chunking.

`generate_stream` runs the same loop in chunks of `chunk_size` tokens per compiled call and
yields each chunk as it arrives (one host round trip per chunk, no host callbacks), which the
chat command prints as it goes. Same seed, same tokens as `generate`.
"""

from __future__ import annotations

import dataclasses
import functools
import math
import numbers
from collections.abc import Generator, Sequence

import jax
import jax.numpy as jnp
import numpy as np
from jaxtyping import Array, Float, Int

from gemma3 import validate
from gemma3.chunked_prefill import extend_chunks, shift_rows
from gemma3.config import Config
from gemma3.kv_cache import _decode, _prefill, _unstacks, decode_layout, unstack_layers
from gemma3.kv_layout import SLOT_LAYOUT, Cache, init_cache, repeat_batch, ring_size
from gemma3.params import Params
from gemma3.sharding import constrain, placed, placement_of
from gemma3.special_tokens import STOP_TOKENS
from gemma3.vision import check_images

_NEG_INF = -jnp.inf


def top_k_mask(logits: Float[Array, "*B V"], k: int) -> Float[Array, "*B V"]:
    """Keep the k largest logits of each row, -inf elsewhere (ties at the k-th value are kept)."""
    kth = jax.lax.top_k(logits, k)[0][..., -1:]
    return jnp.where(logits >= kth, logits, _NEG_INF)


def top_p_mask(logits: Float[Array, "*B V"], p: float | jax.Array) -> Float[Array, "*B V"]:
    """Keep the smallest set of most probable tokens whose probability reaches `p`, -inf elsewhere.

    A token is kept when the probability of the tokens strictly more likely than it is < p,
    so the most likely token is always kept. Sorts the whole row: O(V log V).
    """
    logits = logits.astype(jnp.float32)
    ordered = jnp.sort(logits, axis=-1)[..., ::-1]
    probs = jax.nn.softmax(ordered, axis=-1)
    before = jnp.cumsum(probs, axis=-1) - probs
    threshold = jnp.min(jnp.where(before < p, ordered, jnp.inf), axis=-1, keepdims=True)
    return jnp.where(logits >= threshold, logits, _NEG_INF)


@dataclasses.dataclass(frozen=True)
class Sampler:
    """The static part of a sampling rule (temperature and top_p values stay dynamic)."""

    greedy: bool = True
    top_k: int | None = None
    top_p: bool = False  # whether a top-p cut applies


def sample_logits(
    logits: Float[Array, "B V"],
    key: jax.Array,
    *,
    temperature: float | jax.Array = 0.0,
    top_k: int | None = None,
    top_p: float | jax.Array | None = None,
) -> Int[Array, " B"]:
    """Next token ids from float logits: greedy when `temperature` is 0, else tempered top-k / top-p draws."""
    greedy = isinstance(temperature, (int, float)) and temperature == 0
    rule = Sampler(greedy=greedy, top_k=top_k, top_p=top_p is not None)
    return _sample(rule, logits, key, temperature, 1.0 if top_p is None else top_p)


def _sample(rule: Sampler, logits, key, temperature, top_p):
    if rule.greedy:
        return jnp.argmax(logits, axis=-1).astype(jnp.int32)
    logits = logits.astype(jnp.float32) / temperature
    if rule.top_k is not None:  # sample among the k best only: cheaper than masking all of V
        values, ids = jax.lax.top_k(logits, rule.top_k)
        if rule.top_p:
            values = top_p_mask(values, top_p)
        choice = jax.random.categorical(key, values, axis=-1)
        return jnp.take_along_axis(ids, choice[:, None], axis=-1)[:, 0].astype(jnp.int32)
    if rule.top_p:
        logits = top_p_mask(logits, top_p)
    return jax.random.categorical(key, logits, axis=-1).astype(jnp.int32)


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


def _bucket(n: int, smallest: int = 16, step: int = 256) -> int:
    """Round a length up: powers of two from `smallest` to `step`, then multiples of `step`."""
    if n > step:
        return -(-n // step) * step
    return max(smallest, 1 << (n - 1).bit_length())


def _stop_array(stop_tokens) -> jax.Array:
    if stop_tokens is None:
        stop_tokens = ()
    elif isinstance(stop_tokens, (int, np.integer)) and not isinstance(stop_tokens, bool):
        stop_tokens = (stop_tokens,)
    if isinstance(stop_tokens, (str, bytes)) or not isinstance(stop_tokens, (Sequence, np.ndarray)):
        raise TypeError(
            f"stop_tokens must be a sequence of token ids (e.g. (1, 106)), got {type(stop_tokens).__name__}"
        )
    ids = list(stop_tokens)
    if not all(isinstance(t, (int, np.integer)) and not isinstance(t, bool) for t in ids):
        raise TypeError(f"stop_tokens must hold int token ids, got {ids!r}")
    return jnp.asarray(ids or [-1], jnp.int32)  # -1 never appears: no stop tokens


def _prepare(params, config, prompts, max_new_tokens, temperature, top_k, top_p, images=None):
    """Validate on the host, pad prompts right into a length bucket; returns tokens, lengths, the rule."""
    if isinstance(prompts, (str, bytes)) or not len(prompts):
        raise ValueError("prompts must be a non-empty list of token-id lists (tokenize text first)")
    if np.ndim(prompts[0]) == 0:  # generate(params, config, tokenizer.encode(text), n): one generation per token
        raise ValueError(
            f"prompts must be a list of token-id lists, got a flat sequence of {type(prompts[0]).__name__} "
            "(one prompt?): pass [ids], e.g. generate(params, config, [tokenizer.encode(text)], n)"
        )
    rows = [np.asarray(p).reshape(-1) for p in prompts]
    if min(len(r) for r in rows) == 0:
        raise ValueError(f"prompt {[len(r) for r in rows].index(0)} is empty: every prompt needs >= 1 token (BOS)")
    soft = config.vision.image_token_id if images is not None and config.vision is not None else -1
    for i, row in enumerate(rows):  # with images, their soft tokens are ids too (an extra embedding row)
        validate.token_ids(np.where(row == soft, 0, row), config.vocab_size, f"prompts[{i}]")
    validate.count(max_new_tokens, "max_new_tokens")
    longest = max(len(r) for r in rows)
    if longest + max_new_tokens > config.max_context:
        raise ValueError(
            f"longest prompt ({longest}) + max_new_tokens ({max_new_tokens}) exceeds the model's context "
            f"({config.max_context}): shorten the prompt or ask for fewer tokens"
        )
    if not isinstance(temperature, numbers.Real) or not math.isfinite(temperature) or temperature < 0:
        raise ValueError(f"temperature must be a finite number >= 0 (0 is greedy), got {temperature!r}")
    if top_k is not None and not 1 <= validate.count(top_k, "top_k") <= config.vocab_size:
        raise ValueError(f"top_k must be in [1, {config.vocab_size}] or None, got {top_k}")
    if top_p is not None and not (isinstance(top_p, numbers.Real) and 0 < top_p <= 1):
        raise ValueError(f"top_p must be in (0, 1] or None, got {top_p}")
    T = _bucket(longest)
    tokens = np.zeros((len(rows), T), np.int32)
    for i, r in enumerate(rows):
        tokens[i, : len(r)] = r
    lengths = np.array([len(r) for r in rows], np.int32)
    if images is not None:
        check_images(params, config, tokens, images)
    rule = Sampler(greedy=temperature == 0, top_k=None if temperature == 0 else top_k, top_p=top_p is not None)
    return jnp.asarray(tokens), jnp.asarray(lengths), rule


def _check_onto(cache, images) -> None:
    if cache is not None and images is not None:
        raise ValueError(
            "images= cannot be combined with cache=: images enter at prefill only; pass them with the "
            "conversation's first turn (return_cache=True) and continue without them"
        )


def _cut(row: Sequence[int], stop: set[int]) -> list[int]:
    out = []
    for t in row:
        if t in stop:
            break
        out.append(int(t))
    return out


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


def generate(
    params: Params,
    config: Config,
    prompts: Sequence[Sequence[int]],
    max_new_tokens: int,
    *,
    temperature: float = 0.0,
    top_k: int | None = None,
    top_p: float | None = None,
    seed: int = 0,
    stop_tokens: Sequence[int] | None = STOP_TOKENS,
    cache_dtype=None,
    attn_impl: str | None = None,
    samples_per_prompt: int = 1,
    cache: Cache | None = None,
    return_cache: bool = False,
    images=None,
) -> list[list[int]] | tuple[list[list[int]], Cache]:
    """New tokens for each prompt (token-id lists of any lengths), ending before the first stop token.

    The cache (dtype `cache_dtype`, default the weights') is sized to the prompt bucket plus
    the `max_new_tokens` bucket and lives inside the compiled function. On one CPU device the
    layers run unstacked (see `gemma3.kv_cache.decode_layout`).

    `samples_per_prompt` = G > 1 (GRPO's groups): G continuations of each prompt, rows
    `i * G ... i * G + G - 1` for prompt i, from one prefill of it (its cache copied G times):
    the same tokens as passing each prompt G times, for a G-th of the prefill.

    `return_cache=True` returns `(tokens, cache)`: the cache holds each prompt and its new tokens
    but the last one sampled (so a stop token is not in it; `cache.lengths` says how many it holds).
    `cache=` continues from such a cache: `prompts` are then the tokens to append to each
    sequence (`gemma3.extend`: a chat turn costs its own tokens, not the conversation's); the
    cache is donated, and grown (to a power of two) when the new tokens do not fit.

    `images` `[I, S, S, 3]` (`gemma3.images.preprocess`): the prompts' image soft tokens, in
    reading order (`gemma3.images.image_prompt` builds such prompts); they enter at prefill only
    (so not with `cache=`: start the conversation with them, `return_cache=True`).
    """
    validate.count(samples_per_prompt, "samples_per_prompt")
    stop = _stop_array(stop_tokens)
    _check_onto(cache, images)
    images = None if images is None else jnp.asarray(images)
    tokens, lengths, rule = _prepare(params, config, prompts, max_new_tokens, temperature, top_k, top_p, images)
    out_len = _bucket(max_new_tokens)
    if cache is not None or return_cache:
        if samples_per_prompt != 1:
            raise ValueError("samples_per_prompt > 1 cannot be combined with cache= or return_cache=True")
        placement = placement_of(params, config)
        cache, static = _plan_cache(
            params, config, tokens, lengths, cache, max_new_tokens, out_len, cache_dtype, placement
        )
        out, cache = _generate_onto(
            params, config, tokens, lengths, cache, jnp.int32(max_new_tokens), jax.random.PRNGKey(seed),
            jnp.float32(max(temperature, 1e-6)), jnp.float32(top_p or 1.0), stop, rule=rule, attn_impl=attn_impl,
            out_len=out_len, unstack=_unstacks(params), placement=placement, images=images, **static,
        )  # fmt: skip
        stops = set(np.asarray(stop).tolist())
        return [_cut(row[:max_new_tokens], stops) for row in np.asarray(out)], cache
    out = _generate(
        params, config, tokens, lengths, jnp.int32(max_new_tokens), jax.random.PRNGKey(seed),
        jnp.float32(max(temperature, 1e-6)), jnp.float32(top_p or 1.0), stop,
        rule=rule, attn_impl=attn_impl, max_len=tokens.shape[1] + out_len, out_len=out_len,
        cache_dtype=_dtype_of(params, cache_dtype), unstack=_unstacks(params),
        repeats=int(samples_per_prompt), placement=placement_of(params, config), images=images,
    )  # fmt: skip
    stops = set(np.asarray(stop).tolist())
    return [_cut(row[:max_new_tokens], stops) for row in np.asarray(out)]


_start_jit = jax.jit(_start, static_argnames=("rule", "attn_impl", "out_len", "placement"), donate_argnames="cache")
_advance_jit = jax.jit(_advance, static_argnames=("rule", "keep_stopped", "placement"), donate_argnames="state")
_start_onto_jit = jax.jit(_start_onto, static_argnames=(*_ONTO, "placement"), donate_argnames="cache")
_settle_jit = jax.jit(_settle, donate_argnames="state")


def generate_stream(
    params: Params,
    config: Config,
    prompts: Sequence[Sequence[int]],
    max_new_tokens: int,
    *,
    temperature: float = 0.0,
    top_k: int | None = None,
    top_p: float | None = None,
    seed: int = 0,
    stop_tokens: Sequence[int] | None = STOP_TOKENS,
    chunk_size: int = 8,
    cache_dtype=None,
    attn_impl: str | None = None,
    cache: Cache | None = None,
    return_cache: bool = False,
    images=None,
) -> Generator[list[list[int]], None, Cache | None]:
    """Like `generate`, but yields the new tokens of every sequence as they come, in chunks.

    The first yield holds the first token (right after prefill); each later one up to
    `chunk_size` more per sequence (fewer, or none, for a sequence that has stopped). The
    concatenated chunks equal `generate`'s result for the same arguments (`images` too). `cache`
    and `return_cache` as in `generate`; the cache is the generator's return value (`cache = yield from ...`).
    """
    validate.count(chunk_size, "chunk_size")
    stop = _stop_array(stop_tokens)
    _check_onto(cache, images)
    images = None if images is None else jnp.asarray(images)
    tokens, lengths, rule = _prepare(params, config, prompts, max_new_tokens, temperature, top_k, top_p, images)
    params = decode_layout(params)
    out_len = _bucket(max_new_tokens)
    key, temp, p = jax.random.PRNGKey(seed), jnp.float32(max(temperature, 1e-6)), jnp.float32(top_p or 1.0)
    placement = placement_of(params, config)  # on a mesh: the cache and batch sharded like the weights
    onto = cache is not None or return_cache
    if onto:
        cache, static = _plan_cache(
            params, config, tokens, lengths, cache, max_new_tokens, out_len, cache_dtype, placement
        )
        state = _start_onto_jit(
            params, config, tokens, lengths, cache, key, temp, p, stop, rule=rule, attn_impl=attn_impl,
            out_len=out_len, placement=placement, images=images, **static,
        )  # fmt: skip
    else:
        with placed(placement):
            cache = init_cache(config, tokens.shape[0], tokens.shape[1] + out_len, _dtype_of(params, cache_dtype))
        state = _start_jit(
            params, config, tokens, lengths, cache, key, temp, p, stop, rule=rule, attn_impl=attn_impl,
            out_len=out_len, placement=placement, images=images,
        )  # fmt: skip
    stops, finished, sent = set(np.asarray(stop).tolist()), [False] * tokens.shape[0], 0
    while True:
        out, step = np.asarray(state.out), int(state.step)
        chunk = []
        for i, row in enumerate(out[:, sent:step]):
            new = [] if finished[i] else _cut(row, stops)
            finished[i] = finished[i] or len(new) < len(row)
            chunk.append(new)
        yield chunk
        sent = step
        if step >= max_new_tokens or all(finished):
            return _settle_jit(state, stop) if onto else None
        until = jnp.int32(min(step + chunk_size, max_new_tokens))
        state = _advance_jit(
            params, config, state, until, key, temp, p, stop, rule=rule, keep_stopped=onto, placement=placement
        )
