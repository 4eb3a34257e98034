"""GRPO: loss math against hand-computed values, advantages, recomputed log-probs, and learning."""

import dataclasses
import math

import jax
import jax.numpy as jnp
import numpy as np
import optax
import pytest

from gemma3.checkpoints import train_checkpoint as tc
from gemma3.config import get_config
from gemma3.model import forward
from gemma3.params import init_params
from gemma3.training import grpo

TINY = dataclasses.replace(
    get_config("270m"), name="tiny", num_layers=2, embed_dim=32, num_heads=2, num_kv_heads=1, head_dim=16,
    mlp_dim=64, sliding_window=8, query_pre_attn_scalar=16, vocab_size=64, embed_rows=64,
)  # fmt: skip

EPS = dict(eps_low=0.2, eps_high=0.28)

# Two rollouts, three tokens each; ratios exp(logp - old) = [1, 1.5, 0.5] in both rows.
OLD = jnp.log(jnp.array([[0.4, 0.2, 0.6], [0.4, 0.2, 0.6]]))
LOGP = OLD + jnp.log(jnp.array([[1.0, 1.5, 0.5], [1.0, 1.5, 0.5]]))
ADV = jnp.array([1.0, -2.0])
MASK = jnp.array([[1.0, 1.0, 1.0], [1.0, 1.0, 0.0]])
# By hand, -min(r * A, clip(r, 0.8, 1.28) * A):
#   A = +1: r = 1 -> -1;  r = 1.5 -> -1.28 (clipped above);  r = 0.5 -> -0.5 (no clip: it only helps to push up)
#   A = -2: r = 1 ->  2;  r = 1.5 ->  3 (no clip);  r = 0.5 -> 1.6 (clipped below) but masked out
ROWS = [[-1.0, -1.28, -0.5], [2.0, 3.0]]


@pytest.mark.parametrize(
    "mode, expected",
    [
        ("token-mean", (sum(ROWS[0]) + sum(ROWS[1])) / 5),
        ("seq-mean-token-mean", (sum(ROWS[0]) / 3 + sum(ROWS[1]) / 2) / 2),
        ("seq-mean-token-sum-norm", (sum(ROWS[0]) + sum(ROWS[1])) / (2 * 4)),
    ],
)
def test_clipped_loss_each_aggregation(mode, expected):
    config = grpo.GRPOConfig(beta=0.0, aggregation=mode, max_new_tokens=4, **EPS)
    loss, metrics = grpo.policy_loss(LOGP, OLD, None, ADV, MASK, config)
    assert float(loss) == pytest.approx(expected, rel=1e-6)
    assert float(metrics["clip_fraction"]) == pytest.approx(1 / 5)  # only (row 0, r = 1.5); row 1's clip is masked
    assert float(metrics["kl"]) == 0.0


def test_clipped_tokens_carry_no_gradient():
    config = grpo.GRPOConfig(beta=0.0, aggregation="token-mean", **EPS)
    grad = jax.grad(lambda lp: grpo.policy_loss(lp, OLD, None, ADV, MASK, config)[0])(LOGP)
    ratio = np.array([1.0, 1.5, 0.5])
    # d/dlogp of -r * A is -r * A; clipped or masked tokens give 0; token-mean divides by 5
    expected = np.array([-ratio * 1.0, -ratio * -2.0]) / 5
    expected[0, 1] = 0.0  # clipped above with A > 0
    expected[1, 2] = 0.0  # masked
    np.testing.assert_allclose(grad, expected, rtol=1e-6)


def test_on_policy_ratio_is_one_and_gradient_is_policy_gradient():
    config = grpo.GRPOConfig(beta=0.0, aggregation="token-mean", **EPS)
    loss, metrics = grpo.policy_loss(LOGP, None, None, ADV, MASK, config)
    assert float(metrics["ratio_mean"]) == 1.0 and float(metrics["clip_fraction"]) == 0.0
    assert float(loss) == pytest.approx(-(3 * 1.0 + 2 * -2.0) / 5)
    grad = jax.grad(lambda lp: grpo.policy_loss(lp, None, None, ADV, MASK, config)[0])(LOGP)
    np.testing.assert_allclose(grad, -ADV[:, None] * MASK / 5, rtol=1e-6)


def test_k3_kl_values_and_weight():
    logp = jnp.log(jnp.array([[0.5, 0.3]]))
    ref = jnp.log(jnp.array([[0.25, 0.3]]))
    # delta = ref - logp = log(0.5): exp(delta) - delta - 1 = 0.5 + log 2 - 1
    np.testing.assert_allclose(grpo.k3_kl(logp, ref), [[0.5 + math.log(2) - 1, 0.0]], rtol=1e-6, atol=1e-7)
    assert float(jnp.abs(grpo.k3_kl(LOGP, LOGP)).max()) == 0.0  # zero when policy == reference
    config = grpo.GRPOConfig(beta=0.5, aggregation="token-mean", **EPS)
    mask = jnp.ones((1, 2))
    loss, metrics = grpo.policy_loss(logp, None, ref, jnp.zeros(1), mask, config)
    kl_mean = (0.5 + math.log(2) - 1) / 2
    assert float(metrics["kl"]) == pytest.approx(kl_mean, rel=1e-6)
    assert float(loss) == pytest.approx(0.5 * kl_mean, rel=1e-6)  # zero advantage: only the KL term


def test_group_advantages():
    adv = grpo.group_advantages(jnp.array([[1.0, 0.0, 1.0, 0.0], [0.3, 0.3, 0.3, 0.3], [1.0, 0.0, 0.0, 0.0]]))
    np.testing.assert_allclose(adv[0], np.array([1, -1, 1, -1]) * 0.5 / (0.5 + 1e-4), rtol=1e-6)
    assert np.all(np.asarray(adv[1]) == 0.0)  # all-equal rewards: exactly zero, no 0/0
    for value in (0.1, 1.1, 1 / 3):  # float32 means of these are not exactly the value
        for scale in (True, False):
            assert np.all(np.asarray(grpo.group_advantages(jnp.full((2, 8), value), scale_rewards=scale)) == 0.0)
    std = math.sqrt(0.75 * 0.25)
    np.testing.assert_allclose(adv[2], np.array([0.75, -0.25, -0.25, -0.25]) / (std + 1e-4), rtol=1e-6)
    dr = grpo.group_advantages(jnp.array([[1.0, 0.0, 0.0, 0.0]]), scale_rewards=False)  # Dr. GRPO
    np.testing.assert_allclose(dr, [[0.75, -0.25, -0.25, -0.25]], rtol=1e-6)


def test_config_errors():
    with pytest.raises(ValueError, match="aggregation"):
        grpo.GRPOConfig(aggregation="mean")
    with pytest.raises(ValueError, match="group_size"):
        grpo.GRPOConfig(group_size=1)


def test_token_logprobs_match_forward():
    params = init_params(TINY, jax.random.key(0), jnp.float32)
    tokens = jax.random.randint(jax.random.key(1), (3, 11), 0, TINY.vocab_size)
    want = jax.nn.log_softmax(forward(params, TINY, tokens) / 0.7, axis=-1)
    want = jnp.take_along_axis(want[:, :-1], tokens[:, 1:, None], axis=-1)[..., 0]
    logprobs = jax.jit(grpo.token_logprobs, static_argnums=1, static_argnames=("start", "temperature", "chunk"))
    got = logprobs(params, TINY, tokens, temperature=0.7, chunk=4)  # 10 positions: 3 chunks, padded
    np.testing.assert_allclose(got, want, rtol=1e-5, atol=1e-5)
    tail = logprobs(params, TINY, tokens, start=6, temperature=0.7, chunk=4)  # only the last 5 targets
    np.testing.assert_allclose(tail, want[:, 5:], rtol=1e-5, atol=1e-5)


def test_collate_left_pads_prompts_and_puts_back_the_stop_token():
    config = grpo.GRPOConfig(max_new_tokens=3)
    batch = grpo.collate([[2, 5], [2, 5, 6]], [[7], [8, 9, 10]], jnp.array([1.0, -1.0]), config, stop_token=106)
    assert batch.tokens.shape == (2, 16 + 3) and batch.mask.shape == (2, 3)
    np.testing.assert_array_equal(batch.tokens[0, 14:], [2, 5, 7, 106, 0])  # stopped early: stop token trained
    np.testing.assert_array_equal(batch.tokens[1, 13:], [2, 5, 6, 8, 9, 10])  # truncated at max_new_tokens
    np.testing.assert_array_equal(batch.mask, [[1, 1, 0], [1, 1, 1]])
    np.testing.assert_array_equal(batch.positions[0, 13:], [0, 0, 1, 2, 3, 3])  # 0 at each prompt's first token
    np.testing.assert_array_equal(batch.segment_ids[0, 13:], [0, 1, 1, 1, 1, 0])


def test_left_padding_does_not_change_the_log_probs():
    params = init_params(TINY, jax.random.key(0), jnp.float32)
    config = grpo.GRPOConfig(max_new_tokens=4, temperature=1.0)
    prompts, completions = [[2, 11, 12], [2, 13, 14, 15, 16, 17]], [[20, 21], [22, 23, 24, 25]]
    batch = grpo.collate(prompts, completions, jnp.zeros(2), config, stop_token=1)
    got = grpo.batch_logprobs(params, TINY, batch, config)
    for i, (prompt, completion) in enumerate(zip(prompts, completions, strict=True)):
        row = jnp.array([prompt + completion + ([1] if len(completion) < 4 else [])])
        want = grpo.token_logprobs(params, TINY, row, start=len(prompt))[0]
        np.testing.assert_allclose(got[i, : len(want)], want, rtol=1e-5, atol=1e-5)


def test_lora_logprobs_and_gradients_equal_the_merged_form():
    """The log-prob pass runs the adapters as a side path: the same log-probs as the merged weights
    (the reference form, and `sampling_params`' merge), and the same adapter gradients of the loss."""
    from gemma3.training import lora as lora_lib

    base = init_params(TINY, jax.random.key(0), jnp.float32)
    side = lora_lib.LoRAConfig(rank=4, alpha=8.0)
    adapters = lora_lib.init_adapters(TINY, side, jax.random.key(1))
    keys = iter(jax.random.split(jax.random.key(2), len(adapters)))
    adapters = {k: lora_lib.Adapter(a.a, 0.2 * jax.random.normal(next(keys), a.b.shape)) for k, a in adapters.items()}
    merged = dataclasses.replace(side, side_path=False)
    config = grpo.GRPOConfig(max_new_tokens=4, beta=0.0)
    prompts, completions = [[2, 11, 12], [2, 13, 14, 15, 16, 17]], [[20, 21], [22, 23, 24, 25]]
    batch = grpo.collate(prompts, completions, jnp.array([1.0, -1.0]), config, stop_token=1)
    got = grpo.make_logprob_fn(TINY, config, lora=side)(adapters, base, batch)
    np.testing.assert_allclose(got, grpo.make_logprob_fn(TINY, config, lora=merged)(adapters, base, batch), rtol=1e-6)
    sampled = grpo.batch_logprobs(grpo.sampling_params(adapters, base, side), TINY, batch, config)
    np.testing.assert_allclose(got, sampled, rtol=1e-5, atol=1e-6)
    assert float(jnp.abs(got - grpo.batch_logprobs(base, TINY, batch, config)).max()) > 1e-3  # adapters matter

    def grads(lora):
        def loss(adapters):
            logp = grpo.batch_logprobs(lora_lib.apply(base, adapters, lora), TINY, batch, config, remat=True)
            return grpo.policy_loss(logp, None, None, batch.advantages, batch.mask, config)[0]

        return jax.jit(jax.grad(loss))(adapters)

    for got, want in zip(jax.tree.leaves(grads(side)), jax.tree.leaves(grads(merged)), strict=True):
        np.testing.assert_allclose(got, want, rtol=1e-5, atol=1e-5 * float(jnp.abs(want).max()))


def _groups_of_three():
    """Two groups of 3 rollouts; prompts of different lengths, completions short, full and truncated."""
    prompts = [[2, 11, 12]] * 3 + [[2, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25]] * 3
    completions = [[30], [31, 32, 33, 34], [35, 36], [40, 41, 42, 43, 44, 45], [46], []]
    return prompts, completions, jnp.array([1.0, -1.0, 0.5, -0.5, 2.0, 0.0])


def test_collate_shared_prompt_packs_one_row_per_group():
    config = grpo.GRPOConfig(group_size=3, max_new_tokens=4, share_prompt=True)
    prompts, completions, advantages = _groups_of_three()
    batch = grpo.collate(prompts, completions, advantages, config, stop_token=1)
    assert batch.tokens.shape == (2, 16 + 3 * 4) and batch.mask.shape == (6, 4)
    np.testing.assert_array_equal(batch.tokens[0, 13:], [2, 11, 12, 30, 1, 0, 0, 31, 32, 33, 34, 35, 36, 1, 0])
    np.testing.assert_array_equal(batch.segment_ids[0, 13:], [1, 1, 1, 2, 2, 0, 0, 3, 3, 3, 3, 4, 4, 4, 0])
    np.testing.assert_array_equal(batch.positions[0, 13:], [0, 1, 2, 3, 4, 0, 0, 3, 4, 5, 6, 3, 4, 5, 0])
    np.testing.assert_array_equal(batch.mask[:3], [[1, 1, 0, 0], [1, 1, 1, 1], [1, 1, 1, 0]])
    with pytest.raises(ValueError, match="whole groups"):
        grpo.collate(prompts[:5], completions[:5], advantages[:5], config, stop_token=1)
    with pytest.raises(ValueError, match="do not share one prompt"):
        grpo.collate(prompts[2:] + prompts[:2], completions, advantages, config, stop_token=1)


def test_shared_prompt_mask():
    from gemma3.attention import shared_prefix_mask

    segments = jnp.array([[0, 1, 1, 2, 2, 3, 0]])
    positions = jnp.array([[0, 0, 1, 2, 3, 2, 0]])
    got = np.asarray(shared_prefix_mask(segments, positions)[0], int)
    want = [
        [1, 0, 0, 0, 0, 0, 0],  # padding sees padding only (never a real token's output)
        [0, 1, 0, 0, 0, 0, 0],
        [0, 1, 1, 0, 0, 0, 0],
        [0, 1, 1, 1, 0, 0, 0],  # completion 1: the prompt and itself
        [0, 1, 1, 1, 1, 0, 0],
        [0, 1, 1, 0, 0, 1, 0],  # completion 2: the prompt, not completion 1
        [1, 0, 0, 0, 0, 0, 1],
    ]
    np.testing.assert_array_equal(got, want)
    windowed = np.asarray(shared_prefix_mask(segments, positions, sliding_window=2)[0], int)
    assert windowed[5, 2] == 1 and windowed[5, 1] == 0  # by position: 2 - 1 < 2 sees, 2 - 0 does not


@pytest.mark.parametrize("window", [8, 3])  # 3: the packed rows are far longer than the window
def test_shared_prompt_log_probs_and_gradients_match_one_row_per_rollout(window):
    config_ = dataclasses.replace(TINY, sliding_window=window)
    params = init_params(config_, jax.random.key(0), jnp.float32)
    prompts, completions, advantages = _groups_of_three()
    plain = grpo.GRPOConfig(group_size=3, max_new_tokens=4, temperature=0.7, beta=0.0, logprob_chunk=5)
    shared = dataclasses.replace(plain, share_prompt=True)
    batches = [grpo.collate(prompts, completions, advantages, c, stop_token=1) for c in (plain, shared)]
    want, got = (grpo.batch_logprobs(params, config_, b, c) for b, c in zip(batches, (plain, shared), strict=True))
    mask = np.asarray(batches[0].mask, bool)
    np.testing.assert_allclose(np.asarray(got)[mask], np.asarray(want)[mask], rtol=1e-5, atol=1e-5)

    def loss(params, batch, c):
        logp = grpo.batch_logprobs(params, config_, batch, c)
        return grpo.policy_loss(logp, None, None, batch.advantages, batch.mask, c)[0]

    grads = [jax.grad(loss)(params, b, c) for b, c in zip(batches, (plain, shared), strict=True)]
    jax.tree.map(lambda a, b: np.testing.assert_allclose(a, b, rtol=1e-4, atol=1e-6), *grads)
    with pytest.raises(ValueError, match="attn_impl='xla'"):
        grpo.batch_logprobs(params, config_, batches[1], shared, attn_impl="pallas")


TARGET = 7  # the learnable reward: the fraction of completion tokens equal to TARGET


def _target_task(seed):
    rng = np.random.default_rng(seed)

    def prompts(step):
        return [(list(rng.integers(10, 60, 4)), None) for _ in range(4)]

    def reward_fn(item, completion):
        fraction = sum(t == TARGET for t in completion) / 8
        return fraction, fraction > 0.5

    return prompts, reward_fn


def _near_uniform_tiny():
    """Tiny random model with small embeddings, so every token starts with probability about 1/V."""
    params = init_params(TINY, jax.random.key(0), jnp.float32)
    return dataclasses.replace(params, embed=params.embed * 0.1)


@pytest.mark.slow
def test_grpo_learns_a_simple_reward():
    prompts, reward_fn = _target_task(0)
    config = grpo.GRPOConfig(group_size=8, prompts_per_step=4, max_new_tokens=8, beta=0.04, mu=2)
    _, history = grpo.train(
        _near_uniform_tiny(), TINY, config, optax.adam(3e-3), prompts, reward_fn, steps=30, stop_tokens=(1,), log=None
    )
    rewards = [r["reward"] for r in history]
    first, last = np.mean(rewards[:5]), np.mean(rewards[-5:])
    assert first < 0.1, rewards  # about 1/V at the start
    assert last > first + 0.4, rewards  # measured: 0.02 -> 0.89
    assert history[-1]["kl"] > 0.0  # the policy moved away from the reference
    assert max(r["clip_fraction"] for r in history) > 0.0  # mu = 2: the second update clips


@pytest.mark.slow
def test_lora_grpo_trains_only_adapters_and_keeps_the_base_as_reference():
    from gemma3.training import lora as lora_lib

    prompts, reward_fn = _target_task(1)
    lora = lora_lib.LoRAConfig(rank=4, alpha=8.0)
    base = _near_uniform_tiny()
    base_copy = jax.tree.map(np.asarray, base)
    adapters = lora_lib.init_adapters(TINY, lora, jax.random.key(1))
    config = grpo.GRPOConfig(group_size=4, prompts_per_step=2, max_new_tokens=8, beta=0.1)
    adapters, history = grpo.train(
        adapters, TINY, config, optax.adam(1e-2), prompts, reward_fn, steps=4, frozen=base, lora=lora,
        stop_tokens=(1,), log=None,
    )  # fmt: skip
    jax.tree.map(np.testing.assert_array_equal, jax.tree.map(np.asarray, base), base_copy)  # frozen, not donated
    assert any(float(jnp.abs(a.b).max()) > 0 for a in adapters.values())  # B started at zero and moved
    assert history[0]["kl"] == pytest.approx(0.0, abs=1e-6)  # adapters at init: policy == reference
    assert history[-1]["kl"] > 0.0


def test_step_donates_the_train_state_and_keeps_float32_moments_for_bf16_weights():
    """The GRPO step takes SFT's `TrainState`: Adam moments float32 whatever the weights' dtype, donated."""
    config = grpo.GRPOConfig(group_size=2, beta=0.0)
    params = init_params(TINY, jax.random.key(0), jnp.bfloat16)
    step = grpo.make_grpo_step(TINY, optax.adam(1e-3), config)
    state = step.init(params)
    assert {x.dtype for x in jax.tree.leaves(state.opt_state[0].mu)} == {jnp.dtype(jnp.float32)}
    assert jax.tree.map(lambda x: x.dtype, step.abstract_state(params)) == jax.tree.map(lambda x: x.dtype, state)
    batch = grpo.collate([[2, 5], [2, 5]], [[6, 7], [8]], jnp.array([1.0, -1.0]), config, stop_token=1)
    new_state, metrics = step.step(state, None, batch)
    assert params.embed.is_deleted() and state.opt_state[0].mu.embed.is_deleted()  # updated in place, no second copy
    assert not new_state.params.embed.is_deleted() and np.isfinite(float(metrics["loss"]))
    assert new_state.params.embed.dtype == jnp.bfloat16 and new_state.opt_state[0].mu.embed.dtype == jnp.float32
    assert int(new_state.step) == 0  # GRPO steps are counted by `train`, after its `mu` updates


def test_demo_held_out_numbers_are_the_whole_held_out_split():
    from gemma3.recipes import grpo_demo, sqrt_task

    numbers = grpo_demo.held_out_numbers((2, 3))
    assert numbers == [n for n in range(10, 1000) if sqrt_task.is_held_out(n)] and len(numbers) > 50
    assert not set(numbers) & set(sqrt_task.sample_numbers(0, 3000, (2, 3), "train"))
    some = grpo_demo.held_out_numbers((2, 3), 20, seed=1)
    assert len(some) == 20 and set(some) <= set(numbers)


def test_demo_compare_is_a_paired_test():
    from gemma3.recipes import grpo_demo

    before = [True] * 10 + [False] * 90
    after = [True] * 8 + [False] * 2 + [True] * 20 + [False] * 70  # 20 gained, 2 lost
    result = grpo_demo.compare(before, after)
    assert (result["gained"], result["lost"], result["held_out"]) == (20, 2, 100)
    assert result["accuracy_before"] == pytest.approx(0.10) and result["accuracy_after"] == pytest.approx(0.28)
    assert result["stderr_before"] == pytest.approx(math.sqrt(0.1 * 0.9 / 100))
    assert result["mcnemar_z"] == pytest.approx(18 / math.sqrt(22))
    assert result["p_value_two_sided"] < 0.001
    assert grpo_demo.compare(before, before)["mcnemar_z"] == 0.0


def test_demo_sampled_accuracy_is_per_prompt():
    """Every prompt's samples come back as its own row: prompt n answers right on samples j % 4 == 0 only,
    and numbers divisible by 3 never."""
    import re

    from gemma3.recipes import grpo_demo

    class Tokenizer:  # the prompt's ids carry N; an answer's ids carry K
        def encode(self, text):
            return [int(re.search(r"root of (\d+)", text).group(1))]

        def decode(self, ids):
            return f"<answer>{ids[0]}</answer>"

    def sampler(params, config, prompts, max_new_tokens, samples_per_prompt=1, **kwargs):
        rows = [(p[0], j) for p in prompts for j in range(samples_per_prompt)]
        return [[math.isqrt(n) if j % 4 == 0 and n % 3 else 0] for n, j in rows]

    numbers = list(range(10, 31))
    got = grpo_demo.sampled_accuracy(None, None, Tokenizer(), numbers, samples=8, batch_size=24, sampler=sampler)
    np.testing.assert_array_equal(got, [0.0 if n % 3 == 0 else 0.25 for n in numbers])


def _group(rewards):
    return grpo.Group(prompt=[2], completions=[[5]] * len(rewards), rewards=rewards, correct=[r > 0 for r in rewards])


def test_select_groups_prefers_groups_that_disagree_and_keeps_the_batch_size():
    sampled = [_group([1.0, 1.0]), _group([0.0, 1.0]), _group([0.0, 0.0]), _group([0.1, 1.1])]
    plain = grpo.GRPOConfig(group_size=2, prompts_per_step=3)
    assert grpo.select_groups(sampled, plain) == sampled[:3]  # off: the first groups, as sampled
    dynamic = dataclasses.replace(plain, skip_uniform_groups=True)
    assert grpo.select_groups(sampled, dynamic) == [sampled[1], sampled[3], sampled[0]]  # topped up with a uniform one
    assert len(grpo.select_groups(sampled[:3], dataclasses.replace(dynamic, prompts_per_step=3))) == 3


def test_dynamic_sampling_resamples_until_groups_disagree():
    """The sampler answers round 1 with all-equal groups and round 2 with mixed ones: the step trains on round 2."""
    calls, trained = [], []

    def prompts(step):
        calls.append(step)
        return [([3, 4], len(calls))]

    def sampler(params, config, prompts, max_new_tokens, samples_per_prompt=1, **kwargs):
        return [[7] if len(calls) == 1 or i % 2 else [8] for i in range(len(prompts) * samples_per_prompt)]

    def reward_fn(item, completion):
        trained.append(item)
        return float(completion == [7]), completion == [7]

    config = grpo.GRPOConfig(group_size=4, prompts_per_step=1, max_new_tokens=2, beta=0.0, skip_uniform_groups=True)
    _, history = grpo.train(
        init_params(TINY, jax.random.key(0), jnp.float32), TINY, config, optax.adam(1e-3), prompts, reward_fn,
        steps=1, sampler=sampler, stop_tokens=(1,), log=None,
    )  # fmt: skip
    assert calls == [0, 0]  # two sampling rounds in step 0
    assert history[0]["mixed_groups"] == 0.5  # round 1 uniform, round 2 mixed
    assert history[0]["accuracy"] == pytest.approx((4 + 2) / 8)  # every rollout sampled counts
    assert history[0]["grad_norm"] > 0.0  # the mixed group was trained on (a uniform one has zero gradient)
    with pytest.raises(ValueError, match="max_sampling_rounds"):
        grpo.GRPOConfig(max_sampling_rounds=0)


# -- nothing lost: the caller's arrays, checkpoints, resume, non-finite rewards and updates, exceptions


def _random_sampler(params, config, prompts, max_new_tokens, samples_per_prompt=1, seed=0, **kwargs):
    """A sampler that depends only on the seed (the loop derives it from the step): fast and reproducible."""
    rng = np.random.default_rng(seed)
    rows = len(prompts) * samples_per_prompt
    return [rng.integers(3, TINY.vocab_size, rng.integers(1, max_new_tokens + 1)).tolist() for _ in range(rows)]


def _count_sevens(item, completion):
    return float(np.mean(np.asarray(completion) < 20)), False


def _train(params, steps, *, reward_fn=_count_sevens, lr=1e-2, beta=0.0, **kwargs):
    config = grpo.GRPOConfig(group_size=4, prompts_per_step=2, max_new_tokens=6, beta=beta)
    return grpo.train(
        params, TINY, config, optax.adam(lr), lambda step: [([2, 3 + step % 5], step)] * 2, reward_fn,
        steps=steps, sampler=_random_sampler, stop_tokens=(1,), log=None, **kwargs,
    )  # fmt: skip


@pytest.mark.slow
def test_train_keeps_the_callers_params_and_resumes_exactly_from_its_checkpoints(tmp_path):
    params = init_params(TINY, jax.random.key(0), jnp.float32)
    before = jax.tree.map(np.asarray, params)
    straight, history = _train(params, 4, beta=0.1)  # the reference is the caller's params
    jax.tree.map(np.testing.assert_array_equal, jax.tree.map(np.asarray, params), before)  # never donated
    assert [h["step"] for h in history] == [0, 1, 2, 3]

    _train(params, 2, beta=0.1, checkpoint_dir=tmp_path, checkpoint_every=1)  # "the process died" after step 2

    assert [p.name for p in tc.all_checkpoints(tmp_path)] == ["step_00000001", "step_00000002"]
    resumed, history = _train(params, 4, beta=0.1, checkpoint_dir=tmp_path, checkpoint_every=3)
    assert [h["step"] for h in history] == [2, 3]
    jax.tree.map(np.testing.assert_array_equal, resumed, straight)
    assert tc.latest(tmp_path).name == "step_00000004"  # the last step is saved whatever checkpoint_every says


def test_an_exception_in_a_step_leaves_the_last_good_state(tmp_path):
    params = init_params(TINY, jax.random.key(0), jnp.float32)
    calls = []

    def failing_reward(item, completion):
        calls.append(item)
        if item == 2:  # the reward function raises in the third step
            raise RuntimeError("reward server down")
        return _count_sevens(item, completion)

    with pytest.raises(RuntimeError, match="reward server down") as raised:
        _train(params, 4, reward_fn=failing_reward, checkpoint_dir=tmp_path, checkpoint_every=1)
    good = raised.value.last_good
    assert int(good.step) == 2
    assert not any(x.is_deleted() for x in jax.tree.leaves(good))
    on_disk = tc.restore(tc.latest(tmp_path), good)
    assert int(on_disk.step) == 2
    jax.tree.map(np.testing.assert_array_equal, good, on_disk)  # the two steps taken, in memory and on disk


def test_non_finite_rewards_stop_before_the_update():
    params = init_params(TINY, jax.random.key(0), jnp.float32)

    def nan_reward(item, completion):
        return (float("nan") if item == 1 else 1.0 * len(completion)), False

    with pytest.raises(grpo.NonFiniteLoss, match=r"step 1: the reward function returned \[nan") as raised:
        _train(params, 3, reward_fn=nan_reward)
    good = raised.value.last_good
    assert int(good.step) == 1 and sft_is_finite(good)


def test_an_overflowing_update_is_not_applied():
    params = init_params(TINY, jax.random.key(0), jnp.float32)
    with pytest.raises(grpo.NonFiniteLoss, match="step 0: loss .* not finite, so the update was not applied") as raised:
        _train(params, 2, lr=1e39)
    good = raised.value.last_good
    assert int(good.step) == 0
    jax.tree.map(np.testing.assert_array_equal, good.params, params)  # the weights before the update


def sft_is_finite(tree):
    from gemma3.training.sft import is_finite

    return is_finite(tree)
