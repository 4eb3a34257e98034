"""Chunked prefill onto a filled cache (`gemma3.extend`) equals a fresh prefill of the whole sequence."""

import dataclasses

import jax
import jax.numpy as jnp
import numpy as np
import pytest

import gemma3
from gemma3.chunked_prefill import extend
from gemma3.kv_cache import decode_step, init_cache, prefill, unstack_layers

# one group (5 local, 1 global) and a local tail; a window of 8 so chunks cross it and the rings wrap
TINY = dataclasses.replace(
    gemma3.get_config("270m"), num_layers=7, embed_dim=64, num_heads=4, num_kv_heads=2, head_dim=16,
    mlp_dim=128, sliding_window=8, query_pre_attn_scalar=16, vocab_size=512, embed_rows=512,
)  # fmt: skip


@pytest.fixture(scope="module")
def tiny_params():
    return gemma3.init_params(TINY, jax.random.key(0), jnp.float32)


def _tokens(batch, total, seed=1):
    return np.asarray(jax.random.randint(jax.random.key(seed), (batch, total), 0, TINY.vocab_size), np.int32)


def _right_padded(tokens, starts, lengths):
    width = max(int(lengths.max()), 1)
    out = np.zeros((tokens.shape[0], width), np.int32)
    for b, (s, n) in enumerate(zip(starts, lengths, strict=True)):
        out[b, :n] = tokens[b, s : s + n]
    return out


@pytest.mark.parametrize("unstacked", [False, True], ids=["scanned", "unstacked"])
def test_turns_appended_in_chunks_equal_a_fresh_prefill_of_everything(tiny_params, unstacked):
    params = unstack_layers(tiny_params) if unstacked else tiny_params
    tokens = _tokens(3, 60)
    want = np.asarray(gemma3.forward(tiny_params, TINY, jnp.asarray(tokens)))
    # three turns of mixed lengths per sequence: a turn crosses the window (8), the rings wrap many times
    turns = np.array([[5, 13, 1], [9, 2, 20], [3, 17, 6]])
    done = np.zeros(3, np.int64)
    cache = init_cache(TINY, 3, 128, jnp.float32)
    for t, lengths in enumerate(turns):
        chunk = _right_padded(tokens, done, lengths)
        if t == 0:
            logits, cache = prefill(params, TINY, chunk, cache, lengths=lengths, all_logits=True)
        else:
            logits, cache = extend(params, TINY, chunk, cache, lengths=lengths, chunk_size=4, all_logits=True)
        for b in range(3):
            got, expected = np.asarray(logits[b, : lengths[b]]), want[b, done[b] : done[b] + lengths[b]]
            np.testing.assert_allclose(got, expected, rtol=2e-4, atol=2e-4 * np.abs(expected).max())
            np.testing.assert_array_equal(got.argmax(-1), expected.argmax(-1))
        done += lengths
    np.testing.assert_array_equal(cache.lengths, done)
    # decoding goes on from the extended cache as from a fresh one
    step = _tokens(3, 1, seed=2)[:, 0]
    logits, _ = decode_step(params, TINY, step, cache)
    full = np.concatenate([_right_padded(tokens, np.zeros(3, int), done), np.zeros((3, 1), np.int32)], axis=1)
    full[np.arange(3), done] = step
    reference = np.asarray(gemma3.forward(tiny_params, TINY, jnp.asarray(full)))[np.arange(3), done]
    np.testing.assert_allclose(logits, reference, rtol=2e-4, atol=2e-4 * np.abs(reference).max())


def test_extend_of_an_empty_cache_equals_prefill(tiny_params):
    tokens, lengths = _tokens(2, 20), np.array([20, 7])
    chunk = _right_padded(tokens, np.zeros(2, int), lengths)
    want, fresh = prefill(tiny_params, TINY, chunk, init_cache(TINY, 2, 40, jnp.float32), lengths=lengths)
    got, cache = extend(tiny_params, TINY, chunk, init_cache(TINY, 2, 40, jnp.float32), lengths=lengths, chunk_size=6)
    np.testing.assert_allclose(got, want, rtol=1e-4, atol=1e-4)
    assert int(cache.index) == 24 and list(np.asarray(cache.lengths)) == [20, 7]  # 20 rounded up to 4 chunks of 6


def test_extend_refuses_what_does_not_fit(tiny_params):
    cache = init_cache(TINY, 1, 16, jnp.float32)
    _, cache = prefill(tiny_params, TINY, _tokens(1, 10), cache)
    with pytest.raises(ValueError, match="10 of 16 slots"):
        extend(tiny_params, TINY, _tokens(1, 7), cache)
    with pytest.raises(ValueError, match="lengths must be"):
        extend(tiny_params, TINY, _tokens(1, 3), cache, lengths=[0])


@pytest.mark.slow
def test_generate_continues_from_the_cache_it_returns(tiny_params):
    from gemma3.sampling import generate

    tokens = _tokens(2, 300, seed=3)
    prompts = [tokens[0, :5].tolist(), tokens[1, :11].tolist()]
    sampled = dict(temperature=1.0, seed=4)
    # a smaller embedding: the random model's tied unembedding otherwise repeats one token forever
    tiny_params = dataclasses.replace(tiny_params, embed=tiny_params.embed * 0.03)
    free = generate(tiny_params, TINY, prompts, 12, stop_tokens=(), **sampled)
    # a stop token that ends sequence 0 early and not sequence 1
    stop = next(t for i, t in enumerate(free[0]) if i >= 1 and t not in free[0][:i] and t not in free[1])
    first, cache = generate(tiny_params, TINY, prompts, 12, stop_tokens=(stop,), return_cache=True, **sampled)
    assert first == generate(tiny_params, TINY, prompts, 12, stop_tokens=(stop,), **sampled)
    assert 1 <= len(first[0]) < 12 and len(first[1]) == 12
    history = [p + new + [stop] * (len(new) < 12) for p, new in zip(prompts, first, strict=True)]
    # the cache holds everything fed: the prompt and all new tokens but the last sampled
    np.testing.assert_array_equal(cache.lengths, [len(h) - 1 for h in history])
    turns = [tokens[0, 20:27].tolist(), tokens[1, 20:270].tolist()]  # ragged, and past the first 256 slots
    suffixes = [h[int(n) :] + t for h, n, t in zip(history, cache.lengths, turns, strict=True)]
    second, cache = generate(
        tiny_params, TINY, suffixes, 10, stop_tokens=(stop,), cache=cache, return_cache=True, **sampled
    )
    full = [h + t for h, t in zip(history, turns, strict=True)]
    assert second == generate(tiny_params, TINY, full, 10, stop_tokens=(stop,), **sampled)
    assert cache.max_len == 512  # grown from 256
