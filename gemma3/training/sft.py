"""Supervised fine-tuning: the masked next-token loss, AdamW, and one jitted, donated train step.

The loss is the mean negative log-likelihood of the target tokens: token t (t >= 1) is predicted
from tokens < t and counts when `loss_mask[:, t] == 1` (and t - 1 is in the same packed
segment). Over gradient-accumulation micro-batches it is the mean over all target tokens of
the whole batch (sums and counts are accumulated, not per-micro-batch means).

The logits are never materialized as one float32 `[B, T, V]` array (at 27B and T = 2048 that is
2 GiB per sequence): the sequence is cut into chunks of `chunk_size` positions, each chunk's
float32 logits, log-sum-exp and target logit are computed under `jax.checkpoint`, and the
backward pass recomputes them chunk by chunk. When the embedding and final norm are frozen
(LoRA), each chunk's gradient with respect to the hidden state is formed in the forward pass
instead, so the logits are computed twice, not three times (`chunked_nll`'s `frozen_head`).

Run on CPU (see notebooks/04_supervised_finetuning.py):

    optimizer = sft.adamw(sft.cosine_schedule(1e-4, total_steps=60, warmup_steps=5))
    trainer = sft.make_train_step(config, optimizer)                       # full fine-tune
    trainer = sft.make_train_step(config, optimizer, lora=LoRAConfig(16))  # LoRA
    state = trainer.init(params)            # or trainer.init(init_adapters(...)) with LoRA
    state, metrics = trainer.step(state, frozen, batch)  # frozen: base params (LoRA) or None
"""

from __future__ import annotations

import dataclasses
import functools
import math
from collections.abc import Callable, Iterable
from typing import Any

import jax
import jax.numpy as jnp
import optax
from jax.custom_derivatives import SymbolicZero
from jaxtyping import Array, Float, Int

from gemma3.config import Config
from gemma3.layers import embed_tokens
from gemma3.logprobs import split_chunks, target_logprobs
from gemma3.model import block, hidden_states
from gemma3.params import Params
from gemma3.runner import remat_policy, scan_layers
from gemma3.sharding import BatchPlaced
from gemma3.training import lora as lora_lib
from gemma3.training.sft_data import Batch


def _targets(tokens, loss_mask, segment_ids):
    """Targets of positions 0..T-2 (the next token) and their 0/1 float32 weights."""
    weights = loss_mask[:, 1:].astype(jnp.float32)
    if segment_ids is not None:
        weights = weights * (segment_ids[:, 1:] == segment_ids[:, :-1])
    return tokens[:, 1:], weights


def chunked_nll(
    params: Params,
    config: Config,
    x: Float[Array, "B T D"],
    targets: Int[Array, "B T"],
    weights: Float[Array, "B T"],
    chunk_size: int = 512,
    frozen_head: bool = False,
) -> Float[Array, ""]:
    """Sum over positions of `weights * (logsumexp(logits) - logits[target])`, chunk by chunk.

    `x` is the residual stream before the final norm; each chunk goes through
    `gemma3.model.unembed` (final norm, tied embedding, float32 logits).

    `frozen_head` (LoRA: the embedding and final norm are not trained): each chunk's gradient
    with respect to x is formed in the forward pass beside its loss and kept (`[B, T, D]`, the
    size of x, which the recomputing form keeps instead), so the backward only scales it: the
    logits are computed twice (forward and `dx`), not three times. At V = 262,144 the logits are
    most of a small model's step. Differentiating the embedding or final norm through it is an error.
    """
    size = min(chunk_size, x.shape[1])

    def split(a):  # [B, T, ...] -> [chunks, B, size, ...], zero-padded (weight 0)
        return split_chunks(a, size)

    if frozen_head:
        return _frozen_head_nll(params.embed, params.final_norm, config, split(x), split(targets), split(weights))

    @jax.checkpoint
    def chunk_nll(chunk):
        return _chunk_nll(params.embed, params.final_norm, config, *chunk)

    return jnp.sum(jax.lax.map(chunk_nll, (split(x), split(targets), split(weights))))


def _chunk_nll(embed, final_norm, config, x_c, t_c, w_c):
    """One chunk's summed, weighted NLL: `[B, size, D]` in, its `[B, size, V]` float32 logits inside."""
    head = Params(embed=embed, layers=None, final_norm=final_norm)
    return -jnp.sum(target_logprobs(head, config, x_c, t_c) * w_c)


@functools.partial(jax.custom_vjp, nondiff_argnums=(2,))
def _frozen_head_nll(embed, final_norm, config, x, targets, weights):
    """`chunked_nll(frozen_head=True)` on chunks `[chunks, B, size, ...]`: the gradient of x made in the forward."""
    return jnp.sum(jax.lax.map(lambda chunk: _chunk_nll(embed, final_norm, config, *chunk), (x, targets, weights)))


def _frozen_head_fwd(embed, final_norm, config, x, targets, weights):
    if embed.perturbed or final_norm.perturbed:
        raise ValueError(
            "chunked_nll(frozen_head=True) gives no gradient to the embedding or final norm, but one of them is "
            "being differentiated; pass frozen_head=False when they are trained"
        )

    def chunk(chunk):
        return jax.value_and_grad(_chunk_nll, argnums=3)(embed.value, final_norm.value, config, *chunk)

    nll, dx = jax.lax.map(chunk, (x.value, targets.value, weights.value))
    return jnp.sum(nll), dx


def _frozen_head_bwd(config, dx, g):
    return None, None, None if isinstance(g, SymbolicZero) else (g * dx).astype(dx.dtype), None, None


_frozen_head_nll.defvjp(_frozen_head_fwd, _frozen_head_bwd, symbolic_zeros=True)


def _select(x, targets, weights, max_targets: int):
    """Gather the (at most `max_targets`) weighted positions into one row: `[1, M, ...]`."""
    flat_w = weights.reshape(-1)
    (index,) = jnp.nonzero(flat_w > 0, size=max_targets, fill_value=0)
    used = jnp.arange(max_targets) < jnp.sum(flat_w > 0)
    x = x.reshape(-1, x.shape[-1])[index]
    return x[None], targets.reshape(-1)[index][None], jnp.where(used, flat_w[index], 0.0)[None]


def nll_sum_and_count(
    params: Params,
    config: Config,
    tokens: Int[Array, "B T"],
    loss_mask: Int[Array, "B T"],
    *,
    segment_ids: Int[Array, "B T"] | None = None,
    positions: Int[Array, "B T"] | None = None,
    attn_impl: str | None = None,
    remat: bool = False,
    chunk_size: int = 512,
    max_targets: int | None = None,
    frozen_head: bool = False,
) -> tuple[Float[Array, ""], Float[Array, ""], Float[Array, ""]]:
    """Summed NLL of the target tokens, how many were used, and how many the batch has.

    `max_targets` (optional, static): compute logits only at up to that many target positions
    (gathered with a fixed-size `jnp.nonzero`) instead of at all B x T. A big saving when prompts
    dominate (chat SFT); targets beyond the bound are left out, visible as used < total.
    `frozen_head`: the embedding and final norm are not trained (LoRA), see `chunked_nll`.
    """
    x = hidden_states(params, config, tokens, positions=positions, segment_ids=segment_ids,
                      attn_impl=attn_impl, remat=remat)  # fmt: skip
    return _nll_from_hidden(params, config, x, tokens, loss_mask, segment_ids, chunk_size, max_targets, frozen_head)


def _nll_from_hidden(params, config, x, tokens, loss_mask, segment_ids, chunk_size, max_targets, frozen_head=False):
    """`nll_sum_and_count` from the residual stream after the last block, `[B, T, D]`."""
    targets, weights = _targets(tokens, loss_mask, segment_ids)
    x = x[:, :-1]
    total = jnp.sum(weights)
    if max_targets is not None:
        x, targets, weights = _select(x, targets, weights, max_targets)
    return chunked_nll(params, config, x, targets, weights, chunk_size, frozen_head), jnp.sum(weights), total


def accumulate_gradients(
    acc: Params,
    params: Params,
    config: Config,
    micro: Batch,
    *,
    attn_impl: str | None = None,
    chunk_size: int = 512,
    max_targets: int | None = None,
) -> tuple[Params, Float[Array, ""], Float[Array, ""], Float[Array, ""]]:
    """`acc` (float32) plus this micro-batch's gradient of the summed NLL; also `nll_sum_and_count`'s three.

    The same numbers as `acc + jax.grad(...)` with `remat=True`, but each layer's weight gradient
    is added into `acc` inside the backward layer scan as soon as it exists. Autodiff of the layer
    scan would first stack all L of them, a parameter-dtype gradient the size of the model held
    next to the float32 accumulator (27B on v5p-8: 12.8 GiB per chip). So the layer scan is
    differentiated by hand here: a forward scan keeping each layer's input (what `remat` keeps),
    then a reverse scan that recomputes the block, takes its vjp and adds `dW` in place. Both are
    `gemma3.runner.scan_layers` over the same `gemma3.model.block` as the forward pass.
    """
    tokens = jnp.asarray(micro.tokens, jnp.int32)
    positions = micro.positions
    if positions is None:
        positions = jnp.broadcast_to(jnp.arange(tokens.shape[1], dtype=jnp.int32), tokens.shape)
    segment_ids = jnp.zeros_like(tokens) if micro.segment_ids is None else micro.segment_ids
    impl = attn_impl or config.attn_impl

    def layer_out(layer, x, is_global):
        return block(layer, config, x, positions, segment_ids, is_global, impl)

    x, embed_vjp = jax.vjp(lambda embed: embed_tokens(embed, tokens), params.embed)
    keep_input = lambda x, layer, is_global, _: (layer_out(layer, x, is_global), x)  # noqa: E731
    x, inputs = scan_layers(keep_input, x, params.layers, config)

    def head(embed, final_norm, x):
        p = Params(embed=embed, layers=params.layers, final_norm=final_norm)
        nll, count, total = _nll_from_hidden(p, config, x, tokens, micro.loss_mask, micro.segment_ids,
                                             chunk_size, max_targets)  # fmt: skip
        return nll, (count, total)

    nll, head_vjp, (count, total) = jax.vjp(head, params.embed, params.final_norm, x, has_aux=True)
    d_embed, d_final_norm, dx = head_vjp(jnp.ones_like(nll))

    def backward(carry, layer, is_global, scanned):
        dx, acc_layers = carry
        i, x = scanned
        _, layer_vjp = jax.vjp(lambda layer, x: layer_out(layer, x, is_global), layer, x)
        d_layer, dx = layer_vjp(dx)
        acc_layers = jax.tree.map(lambda a, g: a.at[i].add(g.astype(jnp.float32)), acc_layers, d_layer)
        return (dx, acc_layers), None

    scanned = (jnp.arange(config.num_layers), inputs)
    (dx, acc_layers), _ = scan_layers(backward, (dx, acc.layers), params.layers, config, xs=scanned, reverse=True)
    (d_embed_input,) = embed_vjp(dx)
    acc = Params(
        embed=acc.embed + (d_embed + d_embed_input).astype(jnp.float32),
        layers=acc_layers,
        final_norm=acc.final_norm + d_final_norm.astype(jnp.float32),
    )
    return acc, nll, count, total


def loss(
    params: Params,
    config: Config,
    tokens: Int[Array, "B T"],
    loss_mask: Int[Array, "B T"],
    *,
    segment_ids: Int[Array, "B T"] | None = None,
    positions: Int[Array, "B T"] | None = None,
    attn_impl: str | None = None,
    remat: bool = False,
    chunk_size: int = 512,
    max_targets: int | None = None,
) -> Float[Array, ""]:
    """Mean next-token NLL over the target tokens (0 when there are none). See the module docstring."""
    nll, count, _ = nll_sum_and_count(params, config, tokens, loss_mask, segment_ids=segment_ids,
                                      positions=positions, attn_impl=attn_impl, remat=remat,
                                      chunk_size=chunk_size, max_targets=max_targets)  # fmt: skip
    return nll / jnp.maximum(count, 1.0)


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


class NonFiniteLoss(FloatingPointError):
    """The loss (or the state after an update) became NaN or inf; the message names the step and the
    last good checkpoint. `gemma3.training.grpo.train` also sets `last_good`, the last finite state in memory."""


def is_finite(tree) -> bool:
    """Whether every floating-point leaf of `tree` is free of NaN and inf (one scalar sync)."""
    leaves = [x for x in jax.tree.leaves(tree) if jnp.issubdtype(jnp.result_type(x), jnp.inexact)]
    checks = [jnp.all(jnp.isfinite(x)) for x in leaves]
    return bool(jnp.all(jnp.stack(checks))) if checks else True


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
