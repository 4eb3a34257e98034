"""GRPO: group relative policy optimization (Shao et al. 2024, DeepSeekMath, arXiv:2402.03300).

For each prompt the policy samples a group of completions; each completion's advantage is its
reward relative to its group (no value network). The policy then takes `mu` clipped
policy-gradient steps on that batch, with a k3 KL penalty to a frozen reference model.

    ratio_t   = exp(logp_t - old_logp_t)                      per completion token t
    pg_t      = -min(ratio_t * A, clip(ratio_t, 1 - eps_low, 1 + eps_high) * A)
    kl_t      = exp(ref_t - logp_t) - (ref_t - logp_t) - 1    (k3: unbiased, always >= 0)
    loss      = aggregate(pg_t + beta * kl_t over completion tokens)

Where we depart from the paper, and why:
- Asymmetric clipping (`eps_high` > `eps_low`, "clip-higher", DAPO arXiv:2503.14476) keeps
  rare good tokens growing; set them equal for the paper's symmetric clip.
- Aggregation is selectable: "seq-mean-token-mean" (the paper: mean over each completion's
  tokens, then over completions), "token-mean" (DAPO: every token weighs the same), and
  "seq-mean-token-sum-norm" (Dr. GRPO arXiv:2503.20783: sums divided by a constant,
  `max_new_tokens`, so long wrong answers are not favoured by a per-length division).
- `scale_rewards=False` drops the division by the group std (Dr. GRPO); together with
  "seq-mean-token-sum-norm" it is Dr. GRPO. The std is the population std (ddof 0).
- Log-probs are recomputed in float32 from the token ids with the sampling temperature
  applied (the sampler's own numbers come from a different, cached computation and dtype);
  a top-k cut at sampling time is not applied to them (as in TRL).
- `skip_uniform_groups` (DAPO's "dynamic sampling"): a group whose completions all score the
  same has zero advantage, so its policy-gradient term is exactly zero and training on it only
  costs compute (and adds its KL term). With the option on, `train` samples up to
  `max_sampling_rounds` rounds of prompts and keeps `prompts_per_step` groups that disagree; the
  batch shape never changes (a short round is topped up with uniform groups, advantage 0).
- A group's G completions share one prompt, and both passes use that: the sampler prefills
  each prompt once and copies its cache to the G rows (`generate(samples_per_prompt=G)`), and
  with `share_prompt` the update packs a group into one row, the prompt once and the
  completions after it (`attention.shared_prefix_mask`), so the prompt's forward and backward
  run once per group. The log-probs and gradients are those of one row per rollout.
- No value model, no entropy bonus, no reward model: the reward is a checked answer.

The integer-square-root demo (the SFT-ed 270M on CPU) is a recipe beside the library, `gemma3.recipes.grpo_demo`:

    python -m gemma3.recipes.grpo_demo --weights SFT_DIR --steps 30

Shapes: B rollouts (prompts x group), P prompt width, C completion width (`max_new_tokens`),
T = P + C, V vocab.
"""

from __future__ import annotations

import dataclasses
import time
from collections.abc import Callable, Sequence
from typing import Literal

import jax
import jax.numpy as jnp
import numpy as np
import optax
from jaxtyping import Array, Float, Int

from gemma3.config import Config
from gemma3.logprobs import picked_logprobs
from gemma3.model import hidden_states
from gemma3.params import Params
from gemma3.sharding import BatchPlaced
from gemma3.special_tokens import STOP_TOKENS
from gemma3.training.sft import NonFiniteLoss, TrainState, apply_gradients, init_state

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


@dataclasses.dataclass(frozen=True)
class GRPOStep:
    """What `make_grpo_step` builds (the same shape as `gemma3.training.sft.Trainer`, the same `TrainState`).

    - `step(state, frozen, batch) -> (state, metrics)`: jitted, `state` (a `gemma3.training.sft.TrainState`)
      donated. `state.step` counts GRPO steps, which `train` advances after its `mu` updates, so an
      update leaves it as it is.
    - `fn`: the same step, pure and un-jitted, for `jax.jit(fn, in_shardings=...).lower(...)`.
    - `init(trainable) -> TrainState` (Adam moments in `state_dtype`, float32, as SFT's);
      `abstract_state(trainable_shapes)`: its `ShapeDtypeStruct`s without allocating (deviceless
      compiles, `python -m gemma3.aot`).
    """

    step: Callable
    fn: Callable
    init: Callable
    abstract_state: Callable
    optimizer: optax.GradientTransformation


def make_grpo_step(
    config: Config,
    optimizer: optax.GradientTransformation,
    grpo: GRPOConfig,
    *,
    lora=None,
    remat: bool = False,
    attn_impl: str | None = None,
    state_dtype=jnp.float32,
) -> GRPOStep:
    """The GRPO update on one rollout batch: recompute log-probs, `policy_loss`, gradients, optimizer.

    Full fine-tuning: `state.params` is the `Params`, `frozen` is None. LoRA (`lora` a
    `gemma3.training.lora.LoRAConfig`): `state.params` is the adapters and `frozen` the base `Params`, which
    is also the reference model (adapters off), so no second copy of the weights exists.
    Donating the state lets XLA update it in place: a step never holds old and new weights at
    once. `remat` recomputes each block in the backward pass (27B). The optimizer state and the
    update follow SFT's (`gemma3.training.sft.init_state`, `gemma3.training.sft.apply_gradients`).
    """
    materialize = _materializer(lora)

    def loss_fn(trainable, frozen, batch: RolloutBatch):
        params = materialize(trainable, frozen)
        logp = batch_logprobs(params, config, batch, grpo, remat=remat, attn_impl=attn_impl)
        return policy_loss(logp, batch.old_logp, batch.ref_logp, batch.advantages, batch.mask, grpo)

    def fn(state: TrainState, frozen, batch: RolloutBatch):
        (_, metrics), grads = jax.value_and_grad(loss_fn, has_aux=True)(state.params, frozen, batch)
        return apply_gradients(optimizer, state, grads, steps=0), {**metrics, "grad_norm": optax.tree.norm(grads)}

    def init(trainable) -> TrainState:
        return init_state(optimizer, trainable, state_dtype)

    return GRPOStep(
        # host batches are placed over the batch axes of the mesh the weights live on (no-op on one device)
        step=BatchPlaced(jax.jit(fn, donate_argnums=0), config, _placement_source),
        fn=fn,
        init=init,
        abstract_state=lambda trainable_shapes: jax.eval_shape(init, trainable_shapes),
        optimizer=optimizer,
    )


def _placement_source(args):
    """The arrays whose mesh a host batch is placed on: the base weights with LoRA, else the trained ones."""
    state, frozen = args[0], args[1]
    return state.params if frozen is None else frozen


def abstract_batch(grpo: GRPOConfig, batch_size: int, prompt_len: int) -> RolloutBatch:
    """`ShapeDtypeStruct`s of a rollout batch: B = `batch_size` rows, T = prompt_len + max_new_tokens."""
    B, T, C = batch_size, prompt_len + grpo.max_new_tokens, grpo.max_new_tokens
    if grpo.share_prompt:
        B, T = B // grpo.group_size, prompt_len + grpo.group_size * C
    ints, logp = jax.ShapeDtypeStruct((B, T), jnp.int32), jax.ShapeDtypeStruct((batch_size, C), jnp.float32)
    return RolloutBatch(
        tokens=ints,
        positions=ints,
        segment_ids=ints,
        mask=logp,
        advantages=jax.ShapeDtypeStruct((batch_size,), jnp.float32),
        old_logp=logp if grpo.mu > 1 else None,
        ref_logp=logp if grpo.beta else None,
    )


def make_logprob_fn(config: Config, grpo: GRPOConfig, *, lora=None):
    """A jitted `logprobs(trainable, frozen, batch) -> [B, C]`, no gradients: old and reference log-probs."""
    materialize = _materializer(lora)

    @jax.jit
    def logprobs(trainable, frozen, batch: RolloutBatch):
        return batch_logprobs(materialize(trainable, frozen), config, batch, grpo)

    return logprobs


def _materializer(lora):
    """`(trainable, frozen) -> Params`: the trainable params themselves, or the base with adapters applied."""
    if lora is None:
        return lambda trainable, frozen: trainable
    from gemma3.training import lora as lora_lib

    return lambda adapters, base: lora_lib.apply(base, adapters, lora)


# ---------------------------------------------------------------------------------------------
# Rollouts and the loop


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


def print_metrics(record: dict) -> None:
    print(
        f"step {record['step']:4d}  reward {record['reward']:.3f}  accuracy {record['accuracy']:.3f}  "
        f"mixed {record.get('mixed_groups', float('nan')):.2f}  "
        f"kl {record['kl']:.4f}  clip {record['clip_fraction']:.3f}  length {record['completion_length']:.1f}  "
        f"{record['seconds']:.1f}s",
        flush=True,
    )


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


PromptSource = Callable[[int], Sequence[tuple[Sequence[int], object]]]  # step -> [(prompt ids, task item)]
RewardFn = Callable[[object, Sequence[int]], tuple[float, bool]]  # (task item, completion ids) -> (reward, correct)


def _guarded_step(step_fn):
    """`step_fn` that keeps its input state when the loss or the updated state is not finite.

    Returns `(state, metrics, ok)`; with `ok` False the returned state is the input one, so a NaN
    never replaces the last finite weights although both are donated.
    """

    def guarded(state, frozen, batch):
        new_state, metrics = step_fn(state, frozen, batch)
        leaves = [x for x in jax.tree.leaves(new_state) if jnp.issubdtype(x.dtype, jnp.inexact)]
        ok = jnp.isfinite(metrics["loss"]) & jnp.all(jnp.stack([jnp.all(jnp.isfinite(x)) for x in leaves]))
        return jax.tree.map(lambda new, old: jnp.where(ok, new, old), new_state, state), metrics, ok

    return jax.jit(guarded, donate_argnums=0)


def train(
    trainable,
    config: Config,
    grpo: GRPOConfig,
    optimizer: optax.GradientTransformation,
    prompts: PromptSource,
    reward_fn: RewardFn,
    *,
    steps: int,
    frozen: Params | None = None,
    lora=None,
    minutes: float | None = None,
    seed: int = 0,
    stop_tokens: tuple[int, ...] = STOP_TOKENS,
    sampler: Callable | None = None,
    log: Callable[[dict], None] | None = print_metrics,
    remat: bool = False,
    checkpoint_dir=None,
    checkpoint_every: int = 0,
):
    """Run GRPO for `steps` steps (or until `minutes` pass); returns `(trainable, history)`.

    Each step: sample `group_size` completions for each of `prompts_per_step` prompts with the
    KV-cache sampler (`prompts(step)` is called once per sampling round), score them, compute
    group advantages, then take `mu` optimizer steps on that batch. The reference is the starting
    weights: with LoRA the base (`frozen`, adapters off); for a full fine-tune the caller's
    `trainable` itself. Training updates a copy: the caller's arrays are never donated.
    `history` holds one dict per step: reward, accuracy (of every rollout sampled that step),
    mixed_groups (the share of groups whose rewards differ), kl, clip_fraction, completion_length, ...
    `remat` recomputes each block in the update's backward pass (27B: see `gemma3.aot.notebook_27b`).

    Nothing is lost:
    - `checkpoint_dir`: a `gemma3.training.sft.TrainState` (trainable, optimizer state, steps taken) is saved
      atomically every `checkpoint_every` steps and after the last one, and a run given the same
      folder resumes from its latest checkpoint (pass the starting weights again: they are the
      reference). Sampling seeds and `prompts(step)` depend only on the step, so a resumed run
      takes exactly the steps of an uninterrupted one.
    - NaN or inf rewards, or a loss or update that is not finite, stop the run with
      `gemma3.training.sft.NonFiniteLoss` before the bad update lands.
    - Any exception raised during a step (the reward function's, NonFiniteLoss, KeyboardInterrupt)
      carries `error.last_good`: the `TrainState` after the last complete step, finite (with
      `mu` > 1, a failure at an inner update keeps the inner updates before it, step not counted).
    """
    from gemma3.checkpoints import train_checkpoint

    if sampler is None:
        from gemma3.sampling import generate as sampler
    if isinstance(checkpoint_every, bool) or not isinstance(checkpoint_every, int) or checkpoint_every < 0:
        raise ValueError(
            f"checkpoint_every must be an int >= 0 (0: only after the last step), got {checkpoint_every!r}"
        )
    grpo_step = make_grpo_step(config, optimizer, grpo, lora=lora, remat=remat)
    # host batches are placed over the batch axes of the mesh the weights live on (as `make_grpo_step`'s)
    step_fn = BatchPlaced(_guarded_step(grpo_step.fn), config, _placement_source)
    logprobs = make_logprob_fn(config, grpo, lora=lora)
    reference = None if grpo.beta == 0 or lora is not None else trainable  # never donated: the caller's arrays
    state = grpo_step.init(jax.tree.map(jnp.copy, trainable))
    resumed = train_checkpoint.latest(checkpoint_dir) if checkpoint_dir is not None else None
    if resumed is not None:
        placements = jax.tree.map(lambda x: x.sharding, state)
        state = train_checkpoint.restore(resumed, state, shardings=placements)
    history, start, saved = [], time.perf_counter(), int(state.step)
    live = {"state": state}  # the latest valid arrays: a step donates the ones before
    for step in range(int(state.step), steps):
        if minutes is not None and time.perf_counter() - start > 60 * minutes:
            break
        try:
            record = _train_step(live, step, config, grpo, prompts, reward_fn, step_fn, logprobs, reference,
                                 frozen, lora, sampler, seed, stop_tokens)  # fmt: skip
        except BaseException as error:
            error.last_good = live["state"]
            error.add_note(
                f"gemma3.training.grpo.train: error.last_good holds the state after step {int(live['state'].step)}"
            )
            raise
        history.append(record)
        if log is not None:
            log(record)
        if checkpoint_dir is not None and checkpoint_every and (step + 1) % checkpoint_every == 0:
            saved = int(train_checkpoint.save(checkpoint_dir, live["state"]).name[len("step_") :])
    state = live["state"]
    if checkpoint_dir is not None and int(state.step) != saved:  # the last step (or where `minutes` stopped)
        train_checkpoint.save(checkpoint_dir, state)
    return state.params, history


def _train_step(live, step, config, grpo, prompts, reward_fn, step_fn, logprobs, reference, frozen, lora, sampler,
                seed, stop_tokens) -> dict:  # fmt: skip
    """One GRPO step from `live["state"]` (a `TrainState`), which it replaces after every update; the record."""
    t0 = time.perf_counter()
    state = live["state"]
    trainable = state.params
    policy = sampling_params(trainable, frozen, lora)
    groups, sampled = [], []
    for round_ in range(grpo.max_sampling_rounds if grpo.skip_uniform_groups else 1):
        seed_ = (seed * 1_000_003 + step) * 16 + round_
        sampled += sample_groups(policy, config, grpo, prompts(step), reward_fn, sampler, seed_, stop_tokens)
        groups = select_groups(sampled, grpo)
        if not grpo.skip_uniform_groups or all(_mixed(g) for g in groups):
            break
    group = [g.prompt for g in groups for _ in range(grpo.group_size)]
    completions = [c for g in groups for c in g.completions]
    rewards = np.array([g.rewards for g in groups], np.float32)
    if not np.isfinite(rewards).all():
        bad = [r for g in sampled for r in g.rewards if not np.isfinite(r)]
        raise NonFiniteLoss(
            f"step {step}: the reward function returned {bad[:4]} ({len(bad)} non-finite rewards); "
            "no update was made. Make the reward finite for every completion."
        )
    advantages = group_advantages(rewards, scale_rewards=grpo.scale_rewards, eps=grpo.adv_eps).reshape(-1)
    rollout = collate(group, completions, advantages, grpo, stop_tokens[-1])
    rollout = dataclasses.replace(
        rollout,
        old_logp=logprobs(trainable, frozen, rollout) if grpo.mu > 1 else None,
        ref_logp=None if grpo.beta == 0 else logprobs(reference, frozen, rollout),
    )
    inner = []
    for _ in range(grpo.mu):
        state, metrics, ok = step_fn(state, frozen, rollout)
        live["state"] = state  # the input was donated
        if not bool(ok):  # `step_fn` passed back the state before this update
            raise NonFiniteLoss(
                f"step {step}: loss {float(metrics['loss'])}, grad norm {float(metrics['grad_norm'])}: the loss or "
                "the updated weights are not finite, so the update was not applied. Lower the learning rate."
            )
        inner.append(jax.device_get(metrics))
    record = {
        "step": step,
        "reward": float(np.mean([g.rewards for g in sampled])),  # every sampled rollout, kept or not
        "accuracy": float(np.mean([g.correct for g in sampled])),
        "mixed_groups": float(np.mean([_mixed(g) for g in sampled])),
        "completion_length": float(rollout.mask.sum(1).mean()),
        "kl": float(inner[0]["kl"]),  # the policy that sampled, against the reference
        "clip_fraction": float(np.mean([m["clip_fraction"] for m in inner])),
        "loss": float(np.mean([m["loss"] for m in inner])),
        "grad_norm": float(inner[-1]["grad_norm"]),
        "seconds": time.perf_counter() - t0,
    }
    live["state"] = dataclasses.replace(state, step=state.step + 1)
    return record

