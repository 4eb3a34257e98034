"""Sampling and generation: top-k / top-p keep exactly the right tokens, greedy, seeds, stop tokens, streaming,
bad inputs, and greedy generation of the real 270M against transformers' `generate`."""

import dataclasses

import jax
import jax.numpy as jnp
import numpy as np
import pytest

import gemma3
from gemma3.sampling import generate, generate_stream, sample_logits, top_k_mask, top_p_mask

forward = jax.jit(gemma3.forward)
TINY = dataclasses.replace(
    gemma3.get_config("270m"), num_layers=7, embed_dim=64, num_heads=4, num_kv_heads=2, head_dim=16,
    mlp_dim=128, sliding_window=8, query_pre_attn_scalar=16, vocab_size=512, embed_rows=512, max_context=256,
)  # fmt: skip
PROMPTS = [[2, 5, 7], [2, *range(10, 30)], [2, 9]]


@pytest.fixture(scope="module")
def tiny_params():
    return gemma3.init_params(TINY, jax.random.key(0), jnp.float32)


@pytest.fixture(scope="module")
def flat_params(tiny_params):
    """A small embedding flattens the random model's logits (otherwise it repeats its last token)."""
    return dataclasses.replace(tiny_params, embed=tiny_params.embed * 0.05)


def _logits(seed=0, shape=(4, 50)):
    return jax.random.normal(jax.random.key(seed), shape) * 3


def test_top_k_keeps_exactly_the_k_largest():
    logits = _logits()
    for k in (1, 7, 50):
        kept = np.isfinite(np.asarray(top_k_mask(logits, k)))
        want = np.zeros_like(kept)
        np.put_along_axis(want, np.argsort(-np.asarray(logits), axis=-1)[:, :k], True, axis=-1)
        np.testing.assert_array_equal(kept, want, err_msg=f"k={k}")


def test_top_p_keeps_the_smallest_set_reaching_p():
    logits = _logits(1)
    for p in (0.05, 0.5, 0.9):
        kept = np.isfinite(np.asarray(top_p_mask(logits, p)))
        for row, mask in zip(np.asarray(logits, np.float64), kept, strict=True):
            probs = np.exp(row - row.max()) / np.exp(row - row.max()).sum()
            order = np.argsort(-probs)
            mass_before = np.cumsum(probs[order]) - probs[order]
            want = np.zeros_like(mask)
            want[order[mass_before < p]] = True  # the most likely tokens until their mass reaches p
            np.testing.assert_array_equal(mask, want, err_msg=f"p={p}")
            assert probs[mask].sum() >= min(p, 1.0) - 1e-6


def test_temperature_zero_is_argmax():
    logits = _logits(2)
    tokens = sample_logits(logits, jax.random.key(0), temperature=0.0, top_k=3, top_p=0.5)
    np.testing.assert_array_equal(tokens, np.argmax(logits, axis=-1))


def test_draws_stay_inside_the_kept_set_and_cover_it():
    logits = jnp.tile(jnp.array([[2.0, 1.9, 1.8, 1.7, 0.5, 0.1, -1.0, -3.0]]), (2000, 1))
    for kwargs, allowed in (
        (dict(top_k=3), {0, 1, 2}),
        (dict(top_p=0.5), {0, 1, 2}),  # mass before token 2 is ~0.46 < 0.5, before token 3 ~0.66
        (dict(top_k=2, top_p=0.99), {0, 1}),
    ):
        drawn = set(np.asarray(sample_logits(logits, jax.random.key(3), temperature=1.0, **kwargs)).tolist())
        assert drawn == allowed, kwargs


def test_greedy_generate_equals_argmax_of_forward(tiny_params):
    new = 24  # prompts of 3, 21 and 2 tokens: every sequence runs well past the window of 8
    got = generate(tiny_params, TINY, PROMPTS, new, stop_tokens=())
    for prompt, tokens in zip(PROMPTS, got, strict=True):
        sequence = list(prompt)
        for _ in range(new):  # right-padded to one width: causal attention ignores the padding, one compile
            padded = jnp.asarray([sequence + [0] * (48 - len(sequence))])
            sequence.append(int(jnp.argmax(forward(tiny_params, TINY, padded)[0, len(sequence) - 1])))
        assert tokens == sequence[len(prompt) :]


def test_seeds_reproduce_and_differ_and_streaming_matches(flat_params):
    kwargs = dict(temperature=1.0, top_k=40, top_p=0.95, stop_tokens=())
    first = generate(flat_params, TINY, PROMPTS, 20, seed=3, **kwargs)
    assert first == generate(flat_params, TINY, PROMPTS, 20, seed=3, **kwargs)
    assert first != generate(flat_params, TINY, PROMPTS, 20, seed=4, **kwargs)
    chunks = list(generate_stream(flat_params, TINY, PROMPTS, 20, seed=3, chunk_size=6, **kwargs))
    assert len(chunks) == 1 + -(-19 // 6)  # the first token alone, then chunks of up to 6
    assert [sum(parts, []) for parts in zip(*chunks, strict=True)] == first


def test_samples_per_prompt_equals_repeating_each_prompt(flat_params):
    """One prefill per prompt, its cache copied G times: the same tokens as passing the prompt G times."""
    kwargs = dict(temperature=1.0, top_k=40, seed=7, stop_tokens=())
    shared = generate(flat_params, TINY, PROMPTS, 12, samples_per_prompt=3, **kwargs)
    assert shared == generate(flat_params, TINY, [p for p in PROMPTS for _ in range(3)], 12, **kwargs)
    assert len(shared) == 9 and shared[0] != shared[1]  # the rows of one prompt draw independently
    with pytest.raises(ValueError, match="samples_per_prompt must be an int >= 1"):
        generate(flat_params, TINY, PROMPTS, 4, samples_per_prompt=0)


def test_stop_tokens_end_each_sequence_before_the_stop(flat_params):
    kwargs = dict(temperature=1.0, seed=5)
    free = generate(flat_params, TINY, PROMPTS, 20, stop_tokens=(), **kwargs)
    stop = free[1][4]
    assert len(set(free[1])) > 5, free[1]
    stopped = generate(flat_params, TINY, PROMPTS, 20, stop_tokens=[stop], **kwargs)
    for row, full in zip(stopped, free, strict=True):
        want = full[: full.index(stop)] if stop in full else full
        assert row == want
    streamed = list(generate_stream(flat_params, TINY, PROMPTS, 20, stop_tokens=(stop,), chunk_size=4, **kwargs))
    assert [sum(parts, []) for parts in zip(*streamed, strict=True)] == stopped


def test_bad_inputs_say_what_to_do(tiny_params):
    with pytest.raises(ValueError, match="prompt 1 is empty"):
        generate(tiny_params, TINY, [[2, 3], []], 4)
    with pytest.raises(ValueError, match="non-empty list"):
        generate(tiny_params, TINY, [], 4)
    with pytest.raises(ValueError, match="exceeds the model's context"):
        generate(tiny_params, TINY, [[2] * 250], 10)
    with pytest.raises(TypeError, match="stop_tokens must be a sequence"):
        generate(tiny_params, TINY, [[2, 3]], 4, stop_tokens="<eos>")
    with pytest.raises(TypeError, match="int token ids"):
        generate(tiny_params, TINY, [[2, 3]], 4, stop_tokens=[1.5])
    with pytest.raises(ValueError, match="top_p must be in"):
        generate(tiny_params, TINY, [[2, 3]], 4, temperature=1.0, top_p=0.0)
    with pytest.raises(ValueError, match=r"prompts\[0\]\[1\] = 512 is not a token id: expected ids in \[0, 512\)"):
        generate(tiny_params, TINY, [[2, 512]], 4)
    with pytest.raises(ValueError, match="max_new_tokens must be an int >= 1"):
        generate(tiny_params, TINY, [[2, 3]], 0)


@pytest.mark.slow
@pytest.mark.oracle
def test_real_270m_greedy_equals_transformers_generate(real_270m, hf_270m, real_tokenizer):
    import torch

    config, params = real_270m
    texts = ["The capital of France is", "def fibonacci(n):\n    if n < 2:", "Ein kleines Beispiel: 12345 + 678 ="]
    prompts = [real_tokenizer.encode(t) for t in texts]
    prompts.append([2] + (prompts[1][1:] * 60)[:520])  # longer than the 512-token window
    new = 32
    got = generate(params, config, prompts, new)
    stops = {1, 106}
    width = max(map(len, prompts))  # one batched call, left-padded: transformers' own way to batch generate
    ids = torch.tensor([[0] * (width - len(p)) + p for p in prompts])
    mask = torch.tensor([[0] * (width - len(p)) + [1] * len(p) for p in prompts])
    with torch.no_grad():
        out = hf_270m.generate(
            ids, attention_mask=mask, max_new_tokens=new, do_sample=False, eos_token_id=sorted(stops), pad_token_id=0
        )
    for prompt, tokens, row in zip(prompts, got, out[:, width:].tolist(), strict=True):
        want = []
        for t in row:
            if t in stops:
                break
            want.append(t)
        assert tokens == want, f"prompt of {len(prompt)} tokens"
    assert max(len(t) for t in got) == new
