"""GRPO's rollouts: sample a group of completions per prompt, score them, keep the step's groups,
and collate them into a `RolloutBatch` (prompts left-padded so every completion starts at one column)."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

import jax.numpy as jnp
import numpy as np
from jaxtyping import Array, Float

from gemma3.params import Params
from gemma3.training.grpo.loss import GRPOConfig, RolloutBatch


def collate(
    prompts: Sequence[Sequence[int]],
    completions: Sequence[Sequence[int]],
    advantages: Float[Array, " B"],
    grpo: GRPOConfig,
    stop_token: int,
) -> RolloutBatch:
    """Left-pad the prompts to a common width P (rounded up to 16 so steps reuse one compile),
    append the completions, right-pad them to C = `max_new_tokens`.

    The sampler returns completions without their stop token; one shorter than
    `max_new_tokens` stopped, so `stop_token` is put back: the policy must learn to stop.
    """
    if grpo.share_prompt:
        return _collate_shared(prompts, completions, advantages, grpo, stop_token)
    P, C = -(-max(len(p) for p in prompts) // 16) * 16, grpo.max_new_tokens
    B = len(prompts)
    tokens, segment_ids = np.zeros((B, P + C), np.int32), np.zeros((B, P + C), np.int32)
    mask = np.zeros((B, C), np.float32)
    for i, (prompt, completion) in enumerate(zip(prompts, completions, strict=True)):
        completion = _with_stop(completion, C, stop_token)
        tokens[i, P - len(prompt) : P + len(completion)] = list(prompt) + completion
        segment_ids[i, P - len(prompt) : P + len(completion)] = 1
        mask[i, : len(completion)] = 1.0
    positions = np.maximum(np.cumsum(segment_ids, axis=1) - 1, 0).astype(np.int32)
    arrays = (tokens, positions, segment_ids, mask)
    return RolloutBatch(*map(jnp.asarray, arrays), jnp.asarray(advantages, jnp.float32), None, None)


def _with_stop(completion: Sequence[int], width: int, stop_token: int) -> list[int]:
    completion = list(completion)[:width]
    return completion + ([stop_token] if len(completion) < width else [])


def _collate_shared(prompts, completions, advantages, grpo: GRPOConfig, stop_token: int) -> RolloutBatch:
    """`collate` with `share_prompt`: one row per group, `[pad, prompt, completion 1, ..., completion G]`.

    Segment ids: 1 on the prompt, 2 + g on completion g, 0 on padding; every completion's
    positions continue from the prompt's end (see `attention.shared_prefix_mask`).
    """
    G, C = grpo.group_size, grpo.max_new_tokens
    if len(prompts) % G:
        raise ValueError(f"share_prompt: {len(prompts)} rollouts are not whole groups of {G}")
    R, P = len(prompts) // G, -(-max(len(p) for p in prompts) // 16) * 16
    tokens, positions, segment_ids = (np.zeros((R, P + G * C), np.int32) for _ in range(3))
    mask = np.zeros((R * G, C), np.float32)
    for r in range(R):
        prompt = list(prompts[r * G])
        if any(list(prompts[r * G + g]) != prompt for g in range(G)):
            raise ValueError(f"share_prompt: the {G} rollouts of group {r} do not share one prompt")
        tokens[r, P - len(prompt) : P] = prompt
        positions[r, P - len(prompt) : P] = np.arange(len(prompt))
        segment_ids[r, P - len(prompt) : P] = 1
        for g in range(G):
            completion = _with_stop(completions[r * G + g], C, stop_token)
            at = P + g * C
            tokens[r, at : at + len(completion)] = completion
            positions[r, at : at + len(completion)] = len(prompt) + np.arange(len(completion))
            segment_ids[r, at : at + len(completion)] = 2 + g
            mask[r * G + g, : len(completion)] = 1.0
    arrays = (tokens, positions, segment_ids, mask)
    return RolloutBatch(*map(jnp.asarray, arrays), jnp.asarray(advantages, jnp.float32), None, None)


@dataclasses.dataclass(frozen=True)
class Group:
    """One prompt's `group_size` completions and their scores."""

    prompt: Sequence[int]
    completions: list[list[int]]
    rewards: list[float]
    correct: list[bool]


def _mixed(group: Group) -> bool:
    return max(group.rewards) != min(group.rewards)


def sampling_params(trainable, frozen, lora) -> Params:
    """Plain `Params` for the sampler: the trained weights, or the base with the adapters merged in."""
    if lora is None:
        return trainable
    from gemma3.training import lora as lora_lib

    return lora_lib.merge(frozen, trainable, lora)


def sample_groups(policy, config, grpo: GRPOConfig, batch, reward_fn, sampler, seed: int, stop_tokens) -> list[Group]:
    """`group_size` completions for each `(prompt ids, task item)` of `batch`, scored by `reward_fn`.

    `sampler` is called like `gemma3.sampling.generate` with `samples_per_prompt=group_size`:
    each prompt is prefilled once and its cache serves the whole group.
    """
    completions = sampler(policy, config, [prompt for prompt, _ in batch], grpo.max_new_tokens,
                          temperature=grpo.temperature, top_k=grpo.top_k, seed=seed, stop_tokens=stop_tokens,
                          samples_per_prompt=grpo.group_size)  # fmt: skip
    groups = []
    for i, (prompt, item) in enumerate(batch):
        mine = [list(c) for c in completions[i * grpo.group_size : (i + 1) * grpo.group_size]]
        scores = [reward_fn(item, c) for c in mine]
        groups.append(Group(prompt, mine, [float(r) for r, _ in scores], [bool(c) for _, c in scores]))
    return groups


def select_groups(sampled: Sequence[Group], grpo: GRPOConfig) -> list[Group]:
    """The step's `prompts_per_step` groups: the first ones sampled, or with `skip_uniform_groups`
    the groups that disagree first, topped up with uniform ones (zero advantage) to a fixed batch."""
    if not grpo.skip_uniform_groups:
        return list(sampled[: grpo.prompts_per_step])
    mixed = [g for g in sampled if _mixed(g)]
    uniform = [g for g in sampled if not _mixed(g)]
    return (mixed + uniform)[: grpo.prompts_per_step]
