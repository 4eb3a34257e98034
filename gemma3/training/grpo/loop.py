"""GRPO's update step (`make_grpo_step`, the same `TrainState` as SFT's) and its loop (`train`): sample,
score, advantages, `mu` guarded updates, checkpoints; a failed step keeps the last good state."""

from __future__ import annotations

import dataclasses
import time
from collections.abc import Callable, Sequence

import jax
import jax.numpy as jnp
import numpy as np
import optax

from gemma3.config import Config
from gemma3.params import Params
from gemma3.sharding import BatchPlaced
from gemma3.special_tokens import STOP_TOKENS
from gemma3.training.grpo.loss import GRPOConfig, RolloutBatch, batch_logprobs, group_advantages, policy_loss
from gemma3.training.grpo.rollouts import _mixed, collate, sample_groups, sampling_params, select_groups
from gemma3.training.train_state import NonFiniteLoss, TrainState, apply_gradients, init_state


@dataclasses.dataclass(frozen=True)
class GRPOStep:
    """What `make_grpo_step` builds (the same shape as `gemma3.training.sft.Trainer`, the same `TrainState`).

    - `step(state, frozen, batch) -> (state, metrics)`: jitted, `state` (a `gemma3.training.train_state.TrainState`)
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
    update follow SFT's (`gemma3.training.train_state.init_state`, `gemma3.training.train_state.apply_gradients`).
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


def print_metrics(record: dict) -> None:
    print(
        f"step {record['step']:4d}  reward {record['reward']:.3f}  accuracy {record['accuracy']:.3f}  "
        f"mixed {record.get('mixed_groups', float('nan')):.2f}  "
        f"kl {record['kl']:.4f}  clip {record['clip_fraction']:.3f}  length {record['completion_length']:.1f}  "
        f"{record['seconds']:.1f}s",
        flush=True,
    )


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
    - `checkpoint_dir`: a `gemma3.training.train_state.TrainState` (trainable, optimizer state, steps taken) is saved
      atomically every `checkpoint_every` steps and after the last one, and a run given the same
      folder resumes from its latest checkpoint (pass the starting weights again: they are the
      reference). Sampling seeds and `prompts(step)` depend only on the step, so a resumed run
      takes exactly the steps of an uninterrupted one.
    - NaN or inf rewards, or a loss or update that is not finite, stop the run with
      `gemma3.training.train_state.NonFiniteLoss` before the bad update lands.
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
