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

This module holds the two entry points and their checks on the host (prompts padded into a
bucket, stop tokens, sampling options). The compiled loop they call is `gemma3.decode_loop`, the
sampling rule `gemma3.sampler` (`sample_logits`, `top_k_mask` and `top_p_mask` are importable
from here too).
"""

from __future__ import annotations

import math
import numbers
from collections.abc import Generator, Sequence

import jax
import jax.numpy as jnp
import numpy as np

from gemma3 import validate
from gemma3.config import Config
from gemma3.decode_loop import (
    _advance_jit,
    _dtype_of,
    _generate,
    _generate_onto,
    _plan_cache,
    _settle_jit,
    _start_jit,
    _start_onto_jit,
)
from gemma3.kv_cache import _unstacks, decode_layout
from gemma3.kv_layout import Cache, init_cache
from gemma3.params import Params
from gemma3.sampler import Sampler
from gemma3.sampler import sample_logits as sample_logits  # re-exported: callers import them from here
from gemma3.sampler import top_k_mask as top_k_mask
from gemma3.sampler import top_p_mask as top_p_mask
from gemma3.sharding import placed, placement_of
from gemma3.special_tokens import STOP_TOKENS
from gemma3.vision import check_images


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
