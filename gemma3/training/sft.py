"""Supervised fine-tuning: one jitted, donated train step (`make_train_step`) and the loop that runs it (`fit`).

The step minimizes the mean negative log-likelihood of the target tokens over the whole batch,
micro-batches included, computed a chunk of float32 logits at a time (`gemma3.training.sft_loss`).
AdamW, its schedule and the `TrainState` a step updates are shared with GRPO
(`gemma3.training.train_state`). Both modules' names are re-exported here, so `sft.loss`,
`sft.adamw`, `sft.TrainState`, ... reach them as before.

Run on CPU (see notebooks/04_supervised_finetuning.py):

    optimizer = sft.adamw(sft.cosine_schedule(1e-4, total_steps=60, warmup_steps=5))
    trainer = sft.make_train_step(config, optimizer)                       # full fine-tune
    trainer = sft.make_train_step(config, optimizer, lora=LoRAConfig(16))  # LoRA
    state = trainer.init(params)            # or trainer.init(init_adapters(...)) with LoRA
    state, metrics = trainer.step(state, frozen, batch)  # frozen: base params (LoRA) or None
"""

from __future__ import annotations

import dataclasses
import math
from collections.abc import Callable, Iterable

import jax
import jax.numpy as jnp
import optax

from gemma3.config import Config
from gemma3.params import Params
from gemma3.runner import remat_policy
from gemma3.sharding import BatchPlaced
from gemma3.training import lora as lora_lib
from gemma3.training.sft_data import Batch
from gemma3.training.sft_loss import (  # noqa: F401  (re-exported: the loss lives in gemma3.training.sft_loss)
    accumulate_gradients,
    chunked_nll,
    loss,
    nll_sum_and_count,
)
from gemma3.training.train_state import (  # noqa: F401  (re-exported: shared with GRPO in gemma3.training.train_state)
    NonFiniteLoss,
    TrainState,
    adamw,
    apply_gradients,
    cosine_schedule,
    init_state,
    is_finite,
)


@dataclasses.dataclass(frozen=True)
class Trainer:
    """What `make_train_step` builds.

    - `step(state, frozen, batch) -> (state, metrics)`: jitted once, `state` donated.
      `frozen` is the base `Params` with LoRA and `None` for a full fine-tune.
    - `fn`: the same step, pure and un-jitted (for `jax.jit(...).lower(...)` with your shardings).
    - `init(trainable) -> TrainState`; `abstract_state(trainable_shapes) -> TrainState` of
      `ShapeDtypeStruct` (no allocation), for deviceless compiles.
    """

    step: Callable
    fn: Callable
    init: Callable
    abstract_state: Callable
    optimizer: optax.GradientTransformation


def make_train_step(
    config: Config,
    optimizer: optax.GradientTransformation,
    *,
    lora: lora_lib.LoRAConfig | None = None,
    remat: bool | str = True,
    attn_impl: str | None = None,
    accum_steps: int = 1,
    chunk_size: int = 512,
    max_targets: int | None = None,
    state_dtype=jnp.float32,
    state_shardings: TrainState | None = None,
    frozen_shardings: Params | None = None,
    batch_shardings: Batch | None = None,
) -> Trainer:
    """Build the train step: gradients (accumulated over `accum_steps` micro-batches), then AdamW.

    The batch's B rows are split into `accum_steps` micro-batches of B / accum_steps rows, run in
    a `lax.scan` that sums float32 gradients, NLL and target counts (with `accum_steps=1` the
    gradients stay in the parameter dtype: no float32 accumulator the size of the model; a full
    fine-tune with remat adds each layer's gradient straight into it: `accumulate_gradients`).
    Optimizer states are kept in `state_dtype` (float32; `jnp.bfloat16` halves them) whatever the
    parameter dtype; updates are applied in float32 and rounded to the parameter dtype. `remat` recomputes each block in
    the backward pass; `remat="offload"` also keeps each block's input in host memory between the
    passes (`gemma3.runner.remat_policy`: 27B LoRA at batch 8 x 2048 in one pass fits v5e-8 with it;
    a full fine-tune with `accum_steps > 1` keeps them on the device, `accumulate_gradients`).
    `attn_impl` "xla" or "pallas" (`gemma3.flash.forward`). With `lora` the adapters are a side path
    (`gemma3.training.lora`) and the embedding and final norm are frozen, so the logits' gradient is
    formed in the forward pass (`chunked_nll(frozen_head=True)`). Shardings (e.g. from
    `gemma3.sharding`) go to `jax.jit`; by default arrays keep the shardings they arrive with.
    """

    def model_params(trainable, frozen):
        return trainable if lora is None else lora_lib.apply(frozen, trainable, lora)

    def micro_nll(trainable, frozen, micro: Batch):
        nll, count, every = nll_sum_and_count(model_params(trainable, frozen), config, micro.tokens, micro.loss_mask,
                                 segment_ids=micro.segment_ids, positions=micro.positions, attn_impl=attn_impl,
                                 remat=remat, chunk_size=chunk_size, max_targets=max_targets,
                                 frozen_head=lora is not None and lora.side_path)  # fmt: skip
        return nll, (count, every)

    grad_fn = jax.value_and_grad(micro_nll, has_aux=True)
    remat_policy(remat)  # an unknown setting fails here, not at the first step
    per_layer = lora is None and bool(remat)  # full fine-tune: `accumulate_gradients` (LoRA's accumulator is small)

    def gradients(trainable, frozen, batch: Batch):
        B = batch.tokens.shape[0]
        if B % accum_steps:
            raise ValueError(f"batch of {B} rows does not split into accum_steps={accum_steps} micro-batches")
        if accum_steps == 1:  # no float32 accumulator: at 27B that would be a second, fp32 copy of the weights
            (nll_sum, (count, every)), grads = grad_fn(trainable, frozen, batch)
        else:
            micro = jax.tree.map(lambda a: a.reshape(accum_steps, B // accum_steps, *a.shape[1:]), batch)

            def accumulate(carry, mb):
                grads, nll_sum, count, every = carry
                if per_layer:  # each layer's gradient goes straight into the accumulator
                    grads, nll, n, n_all = accumulate_gradients(
                        grads, trainable, config, mb, attn_impl=attn_impl, chunk_size=chunk_size,
                        max_targets=max_targets,
                    )  # fmt: skip
                else:
                    (nll, (n, n_all)), g = grad_fn(trainable, frozen, mb)
                    grads = jax.tree.map(lambda acc, x: acc + x.astype(jnp.float32), grads, g)
                return (grads, nll_sum + nll, count + n, every + n_all), None

            zeros = jax.tree.map(lambda p: jnp.zeros(p.shape, jnp.float32), trainable)
            (grads, nll_sum, count, every), _ = jax.lax.scan(accumulate, (zeros, 0.0, 0.0, 0.0), micro)
        scale = 1.0 / jnp.maximum(count, 1.0)
        # scaled in their own dtype: a float32 copy of bf16 gradients would cost 4 bytes per parameter
        return jax.tree.map(lambda g: g * scale.astype(g.dtype), grads), nll_sum * scale, count, every - count

    def fn(state: TrainState, frozen, batch: Batch):
        grads, mean_nll, count, dropped = gradients(state.params, frozen, batch)
        metrics = {"loss": mean_nll, "grad_norm": optax.tree.norm(grads), "tokens": count, "dropped": dropped}
        return apply_gradients(optimizer, state, grads), metrics

    def init(trainable) -> TrainState:
        return init_state(optimizer, trainable, state_dtype)

    def abstract_state(trainable) -> TrainState:
        return jax.eval_shape(init, trainable)

    shardings = {}
    if state_shardings is not None:
        shardings = dict(in_shardings=(state_shardings, frozen_shardings, batch_shardings),
                         out_shardings=(state_shardings, None))  # fmt: skip
    # host batches are placed over the batch axes of the mesh the weights live on (no-op on one device)
    step = BatchPlaced(jax.jit(fn, donate_argnums=0, **shardings), config,
                       lambda args: args[0].params if args[1] is None else args[1])  # fmt: skip
    return Trainer(step=step, fn=fn, init=init, abstract_state=abstract_state, optimizer=optimizer)


def state_shardings(trainer: Trainer, trainable_shapes, trainable_shardings, replicated) -> TrainState:
    """Shardings of a `TrainState`: optimizer moments follow their parameter, the rest `replicated`."""
    abstract = trainer.abstract_state(trainable_shapes)
    opt = optax.tree_map_params(
        trainer.optimizer, lambda _, sharding: sharding, abstract.opt_state, trainable_shardings,
        transform_non_params=lambda _: replicated,
    )  # fmt: skip
    return TrainState(trainable_shardings, opt, replicated)


def fit(
    trainer: Trainer,
    state: TrainState,
    frozen,
    batches: Iterable[Batch],
    *,
    checkpoint_dir=None,
    checkpoint_every: int = 0,
    on_step: Callable[[int, dict], None] | None = None,
) -> tuple[TrainState, list[dict]]:
    """Run `trainer.step` over `batches`; stop on a NaN/inf loss; save every `checkpoint_every` steps.

    Returns the final state and one dict of float metrics per step. A checkpoint is written only
    after a step with a finite loss whose updated state is finite too (a finite loss can still
    give an update that overflows), so the last one on disk is always good; otherwise the run
    stops with `NonFiniteLoss` naming it.
    """
    from gemma3.checkpoints import train_checkpoint

    history = []
    last_good = train_checkpoint.latest(checkpoint_dir) if checkpoint_dir is not None else None
    newer = last_good is not None and train_checkpoint.read_metadata(last_good)["step"] > int(state.step)
    if newer and checkpoint_every:
        raise ValueError(  # found now, not at the first save after minutes of training
            f"{checkpoint_dir} already holds {last_good.name}, later than this state's step {int(state.step)}: "
            "resume from it (train_checkpoint.restore) or use a fresh checkpoint_dir"
        )
    for batch in batches:
        state, metrics = trainer.step(state, frozen, batch)
        metrics = {name: float(value) for name, value in metrics.items()}
        step = int(state.step)
        if not math.isfinite(metrics["loss"]):
            where = f"last good checkpoint: {last_good}" if last_good else "no checkpoint was saved"
            raise NonFiniteLoss(
                f"loss is {metrics['loss']} at step {step} (grad norm {metrics['grad_norm']}); {where}. "
                "Lower the learning rate or check the batch for empty or corrupt rows, then resume from it."
            )
        if metrics["dropped"]:
            raise ValueError(
                f"step {step}: {metrics['dropped']:.0f} target tokens did not fit max_targets; "
                "raise max_targets in make_train_step (or pass None to compute logits everywhere)"
            )
        history.append({"step": step, **metrics})
        if on_step is not None:
            on_step(step, metrics)
        if checkpoint_dir is not None and checkpoint_every and step % checkpoint_every == 0:
            _check_state(state, step, metrics, last_good)
            last_good = train_checkpoint.save(checkpoint_dir, state)
    if history:
        _check_state(state, history[-1]["step"], history[-1], last_good)
    return state, history


def _check_state(state: TrainState, step: int, metrics: dict, last_good) -> None:
    """Raise `NonFiniteLoss` if the state after `step` holds NaN or inf (a finite loss, then an overflowing update)."""
    if not is_finite(state):
        where = f"last good checkpoint: {last_good}" if last_good else "no checkpoint was saved"
        raise NonFiniteLoss(
            f"the state after step {step} holds NaN or inf (the update overflowed; loss was {metrics['loss']}, "
            f"grad norm {metrics['grad_norm']}), so it was not saved; {where}. Lower the learning rate, then "
            "resume from it."
        )
