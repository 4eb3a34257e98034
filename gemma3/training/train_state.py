"""What SFT and GRPO share: AdamW and its schedule, the `TrainState` a step updates, how it starts and how
an update lands on it, and the check that a run stayed finite (`NonFiniteLoss`, `is_finite`)."""

from __future__ import annotations

import dataclasses
from typing import Any

import jax
import jax.numpy as jnp
import optax


def cosine_schedule(peak_lr: float, total_steps: int, warmup_steps: int = 0, final_fraction: float = 0.1):
    """Linear warmup from 0 to `peak_lr`, then cosine decay to `final_fraction * peak_lr`."""
    return optax.warmup_cosine_decay_schedule(
        init_value=0.0, peak_value=peak_lr, warmup_steps=warmup_steps,
        decay_steps=max(total_steps, warmup_steps + 1), end_value=peak_lr * final_fraction,
    )  # fmt: skip


def _decay_mask(params):
    """Weight decay on matrices, not on norm weights (any leaf whose path names a norm)."""
    return jax.tree_util.tree_map_with_path(lambda path, _: "norm" not in jax.tree_util.keystr(path), params)


def adamw(
    learning_rate: float | optax.Schedule,
    *,
    weight_decay: float = 0.0,
    clip_norm: float | None = 1.0,
    b1: float = 0.9,
    b2: float = 0.999,
    eps: float = 1e-8,
) -> optax.GradientTransformation:
    """Global-norm gradient clipping, then AdamW (decoupled weight decay, not on norms)."""
    adam = optax.adamw(learning_rate, b1=b1, b2=b2, eps=eps, weight_decay=weight_decay, mask=_decay_mask)
    return optax.chain(optax.clip_by_global_norm(clip_norm), adam) if clip_norm else adam


@jax.tree_util.register_dataclass
@dataclasses.dataclass
class TrainState:
    """What a step updates, in SFT and GRPO (`gemma3.training.grpo.make_grpo_step`): the trained leaves (`Params`, or
    LoRA `Adapters`), the optimizer state (`init_state`), the steps taken (GRPO: GRPO steps, each `mu` updates)."""

    params: Any
    opt_state: Any
    step: jax.Array  # int32 scalar: steps taken


def init_state(optimizer: optax.GradientTransformation, trainable, state_dtype=jnp.float32) -> TrainState:
    """Step 0: the optimizer state built in `state_dtype` (float32; `jnp.bfloat16` halves it) whatever the
    parameter dtype, so bf16 weights still get float32 Adam moments."""
    opt_state = optimizer.init(jax.tree.map(lambda p: jnp.asarray(p, state_dtype), trainable))
    return TrainState(trainable, opt_state, jnp.zeros((), jnp.int32))


def apply_gradients(optimizer: optax.GradientTransformation, state: TrainState, grads, steps: int = 1) -> TrainState:
    """One optimizer update: applied in float32 and rounded to each parameter's dtype; the step advanced by `steps`."""
    updates, opt_state = optimizer.update(grads, state.opt_state, state.params)
    # keep every state leaf's dtype (bf16 moments stay bf16), so the donated buffers are reused
    opt_state = jax.tree.map(lambda new, old: new.astype(old.dtype), opt_state, state.opt_state)
    params = jax.tree.map(lambda p, u: (p.astype(jnp.float32) + u).astype(p.dtype), state.params, updates)
    return TrainState(params, opt_state, state.step + steps)


class NonFiniteLoss(FloatingPointError):
    """The loss (or the state after an update) became NaN or inf; the message names the step and the
    last good checkpoint. `gemma3.training.grpo.train` also sets `last_good`, the last finite state in memory."""


def is_finite(tree) -> bool:
    """Whether every floating-point leaf of `tree` is free of NaN and inf (one scalar sync)."""
    leaves = [x for x in jax.tree.leaves(tree) if jnp.issubdtype(jnp.result_type(x), jnp.inexact)]
    checks = [jnp.all(jnp.isfinite(x)) for x in leaves]
    return bool(jnp.all(jnp.stack(checks))) if checks else True
