"""GRPO's objective: the run's knobs (`GRPOConfig`), group advantages, the clipped policy loss with its
k3 KL penalty, and the completion log-probs it is computed from (`RolloutBatch`, one rollout batch)."""

from __future__ import annotations

import dataclasses
from typing import Literal

import jax
import jax.numpy as jnp
import numpy as np
from jaxtyping import Array, Float, Int

from gemma3.config import Config
from gemma3.logprobs import picked_logprobs
from gemma3.model import hidden_states
from gemma3.params import Params

Aggregation = Literal["seq-mean-token-mean", "token-mean", "seq-mean-token-sum-norm"]
AGGREGATIONS = ("seq-mean-token-mean", "token-mean", "seq-mean-token-sum-norm")


@dataclasses.dataclass(frozen=True)
class GRPOConfig:
    """The knobs of a GRPO run; the defaults fit the 270M integer-square-root demo on CPU."""

    group_size: int = 8  # completions per prompt; advantages are relative within a group
    prompts_per_step: int = 4  # so B = prompts_per_step * group_size rollouts per step
    max_new_tokens: int = 16
    temperature: float = 1.0  # sampling temperature, also applied to the recomputed log-probs
    top_k: int | None = None
    mu: int = 1  # policy updates per rollout batch; 1 makes the ratio exactly 1 (pure on-policy)
    eps_low: float = 0.2
    eps_high: float = 0.28
    beta: float = 0.04  # KL weight; 0 skips the reference model entirely
    aggregation: Aggregation = "seq-mean-token-mean"
    scale_rewards: bool = True  # divide by the group std (False: Dr. GRPO)
    adv_eps: float = 1e-4
    logprob_chunk: int = 64  # sequence positions per float32 [B, chunk, V] logits block
    skip_uniform_groups: bool = False  # train only on groups whose rewards differ (DAPO's dynamic sampling)
    max_sampling_rounds: int = 3  # with skip_uniform_groups: sampling rounds to fill a step's batch
    # one row per group, its prompt once and its completions after it (attention.shared_prefix_mask):
    # the prompt's forward and backward run once per group, not G times. XLA attention only.
    share_prompt: bool = False

    def __post_init__(self):
        if self.aggregation not in AGGREGATIONS:
            raise ValueError(f"aggregation must be one of {AGGREGATIONS}, got {self.aggregation!r}")
        if self.group_size < 2:
            raise ValueError(f"group_size must be >= 2 (advantages compare completions), got {self.group_size}")
        if self.max_sampling_rounds < 1:
            raise ValueError(f"max_sampling_rounds must be >= 1, got {self.max_sampling_rounds}")
        if self.mu < 1 or self.temperature <= 0:
            raise ValueError(f"need mu >= 1 and temperature > 0, got mu={self.mu}, temperature={self.temperature}")


def group_advantages(
    rewards: Float[Array, "P G"], *, scale_rewards: bool = True, eps: float = 1e-4
) -> Float[Array, "P G"]:
    """`(r - mean_group) / (std_group + eps)`; equal rewards in a group give exactly 0."""
    rewards = jnp.asarray(rewards, jnp.float32)
    centered = rewards - rewards.mean(axis=-1, keepdims=True)
    # exactly 0 for a group of equal rewards (a float32 mean of eight 0.1s is not exactly 0.1)
    equal = rewards.max(axis=-1, keepdims=True) == rewards.min(axis=-1, keepdims=True)
    centered = jnp.where(equal, 0.0, centered)
    if not scale_rewards:
        return centered
    return centered / (rewards.std(axis=-1, keepdims=True) + eps)


def aggregate(
    per_token: Float[Array, "B T"], mask: Float[Array, "B T"], mode: Aggregation, max_tokens: int | None = None
) -> Float[Array, ""]:
    """Reduce per-token losses over the masked completion tokens (see the module docstring)."""
    per_token = per_token * mask
    if mode == "token-mean":
        return per_token.sum() / jnp.maximum(mask.sum(), 1.0)
    if mode == "seq-mean-token-mean":
        return (per_token.sum(-1) / jnp.maximum(mask.sum(-1), 1.0)).mean()
    if mode == "seq-mean-token-sum-norm":
        if max_tokens is None:
            raise ValueError("seq-mean-token-sum-norm divides by a constant: pass max_tokens (max_new_tokens)")
        return per_token.sum() / (mask.shape[0] * max_tokens)
    raise ValueError(f"aggregation must be one of {AGGREGATIONS}, got {mode!r}")


def k3_kl(logp: Float[Array, "B T"], ref_logp: Float[Array, "B T"]) -> Float[Array, "B T"]:
    """Schulman's k3 estimator of KL(policy || reference) per sampled token; 0 when they agree."""
    delta = ref_logp - logp
    return jnp.exp(delta) - delta - 1.0


def policy_loss(
    logp: Float[Array, "B T"],
    old_logp: Float[Array, "B T"] | None,
    ref_logp: Float[Array, "B T"] | None,
    advantages: Float[Array, " B"],
    mask: Float[Array, "B T"],
    grpo: GRPOConfig,
) -> tuple[Float[Array, ""], dict]:
    """The GRPO objective to minimize and its diagnostics (kl, clip fraction, ratio).

    `old_logp` None means on-policy (mu = 1): the ratio is `exp(logp - stop_gradient(logp))`,
    1 in value with the policy gradient as its gradient. `ref_logp` None skips the KL term.
    """
    mask = mask.astype(jnp.float32)
    old = jax.lax.stop_gradient(logp) if old_logp is None else old_logp
    ratio = jnp.exp(logp - old)
    adv = advantages[:, None]
    clipped_ratio = jnp.clip(ratio, 1.0 - grpo.eps_low, 1.0 + grpo.eps_high)
    per_token = -jnp.minimum(ratio * adv, clipped_ratio * adv)
    kl = jnp.zeros_like(logp) if ref_logp is None else k3_kl(logp, ref_logp)
    if ref_logp is not None and grpo.beta:
        per_token = per_token + grpo.beta * kl
    loss = aggregate(per_token, mask, grpo.aggregation, grpo.max_new_tokens)
    clipped = ((ratio < 1.0 - grpo.eps_low) & (adv < 0)) | ((ratio > 1.0 + grpo.eps_high) & (adv > 0))
    tokens = jnp.maximum(mask.sum(), 1.0)
    metrics = {
        "loss": loss,
        "kl": (kl * mask).sum() / tokens,
        "clip_fraction": (clipped * mask).sum() / tokens,
        "ratio_mean": (ratio * mask).sum() / tokens,
    }
    return loss, metrics


def token_logprobs(
    params: Params,
    config: Config,
    tokens: Int[Array, "B T"],
    *,
    start: int = 1,
    positions: Int[Array, "B T"] | None = None,
    segment_ids: Int[Array, "B T"] | None = None,
    temperature: float = 1.0,
    chunk: int = 64,
    remat: bool = False,
    attn_impl: str | None = None,
) -> Float[Array, "B C"]:
    """`out[:, j] = log p(tokens[:, start + j] | tokens[:, :start + j])` at `temperature`, float32.

    C = T - start. Logits are computed only for those C positions (the completion, in GRPO),
    and chunked over them: one [B, chunk, V] float32 block exists at a time and is recomputed
    in the backward pass, so memory is O(B * chunk * V), not O(B * T * V) (at 27B, V = 262,144:
    1 GiB of float32 logits per 1,000 positions of one sequence).
    """
    B, T = tokens.shape
    if not 1 <= start < T:
        raise ValueError(f"start must be in [1, T) = [1, {T}), got {start}")
    x = hidden_states(params, config, tokens, positions=positions, segment_ids=segment_ids, remat=remat,
                      attn_impl=attn_impl)  # fmt: skip
    # position t predicts token t + 1
    return picked_logprobs(params, config, x[:, start - 1 : -1], tokens[:, start:], temperature, chunk)


def shared_prompt_logprobs(
    params: Params,
    config: Config,
    tokens: Int[Array, "R T"],
    positions: Int[Array, "R T"],
    segment_ids: Int[Array, "R T"],
    group_size: int,
    completion_len: int,
    *,
    temperature: float = 1.0,
    chunk: int = 64,
    remat: bool = False,
) -> Float[Array, "R*G C"]:
    """Completion log-probs of rows that each hold one prompt and its G completions (`share_prompt`).

    A row is `[pad, prompt (P - pad), completion 1 (C), ..., completion G (C)]`, T = P + G * C,
    attended with `gemma3.attention.shared_prefix_mask`: the prompt runs through the model
    once instead of G times, and every completion sees exactly the context it would alone.
    Completion g's token j is predicted by slot P + g * C + j - 1, and its first token by the
    prompt's last slot P - 1. Out: `[R * G, C]`, row r * G + g for completion g of row r.
    """
    R, T = tokens.shape
    G, C = group_size, completion_len
    P = T - G * C
    if P < 1:
        raise ValueError(f"rows of {T} tokens cannot hold a prompt and {G} completions of {C}")
    x = hidden_states(params, config, tokens, positions=positions, segment_ids=segment_ids, remat=remat,
                      shared_prefix=True)  # fmt: skip
    j = np.arange(G * C)  # completion g's token j sits at slot P + g * C + j
    predictors = np.where(j % C == 0, P - 1, P + j - 1)  # a completion's first token: the prompt's last slot
    logp = picked_logprobs(params, config, x[:, predictors], tokens[:, P + j], temperature, chunk)
    return logp.reshape(R * G, C)


@jax.tree_util.register_dataclass
@dataclasses.dataclass
class RolloutBatch:
    """One rollout batch. Prompts are left-padded to a common width P, so every completion starts
    at column P and only the C = T - P completion columns need logits (see `collate`).

    With `share_prompt` a row holds one prompt and its G completions, `[B / G, P + G * C]`
    (`shared_prompt_logprobs`); every per-completion array stays `[B, ...]`."""

    tokens: jax.Array  # [B, T] int32: padding, prompt, completion, padding
    positions: jax.Array  # [B, T] int32: RoPE positions, 0 at each prompt's first token
    segment_ids: jax.Array  # [B, T] int32: 1 on real tokens, 0 on padding (never attended)
    mask: jax.Array  # [B, C] float32, 1 on completion tokens (the stop token included)
    advantages: jax.Array  # [B] float32
    old_logp: jax.Array | None  # [B, C] policy log-probs at sampling time; None when mu = 1
    ref_logp: jax.Array | None  # [B, C] reference log-probs; None when beta = 0


def batch_logprobs(params: Params, config: Config, batch: RolloutBatch, grpo: GRPOConfig, **kwargs):
    """`token_logprobs` of a rollout batch's completion columns: `[B, C]`."""
    if grpo.share_prompt:
        if kwargs.pop("attn_impl", None) not in (None, "xla"):
            raise ValueError("share_prompt needs the XLA attention (attn_impl='xla')")
        return shared_prompt_logprobs(params, config, batch.tokens, batch.positions, batch.segment_ids,
                                      grpo.group_size, batch.mask.shape[1], temperature=grpo.temperature,
                                      chunk=grpo.logprob_chunk, **kwargs)  # fmt: skip
    start = batch.tokens.shape[1] - batch.mask.shape[1]
    return token_logprobs(params, config, batch.tokens, start=start, positions=batch.positions,
                          segment_ids=batch.segment_ids, temperature=grpo.temperature, chunk=grpo.logprob_chunk,
                          **kwargs)  # fmt: skip
