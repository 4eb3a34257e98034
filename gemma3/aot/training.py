"""The training workloads: `sft` (`sft_lora`) and `grpo`, one optimizer step each.

FSDP + tensor parallel (`rules="training"`), the optimizer state sharded like its parameter and
built by the step's own trainer (`Trainer.abstract_state`), so its dtypes are the ones a real run holds.
"""

from __future__ import annotations

import jax
import jax.numpy as jnp
import numpy as np
from jax.sharding import Mesh

from gemma3.aot.common import (
    Workload,
    abstract,
    attention_flops,
    matmul_params,
    shard_bytes,
    sharded_params,
    shardings_of,
    spec,
)
from gemma3.config import Config
from gemma3.sharding import TRAINING, Rules, data_sharding, replicated, resolve_rules


def _training_flops(config: Config, tokens: int, seq: int, lora=None, head_passes: int = 3) -> float:
    """Flops of a training step with remat: passes over the weights, each 2 flops per weight per token.

    A full fine-tune makes 8: forward, the forward again (remat), and the backward's `dx` and `dW`.
    LoRA makes 6 over the layers: its frozen weights are only read (`gemma3.training.lora`: the adapters are
    a side path), so the backward forms `dx` and no `dW`; the adapters themselves get all 8. Its
    frozen tied embedding (the logits) gets `head_passes`: 3 (forward, chunk recomputed, `dx`), or
    2 in SFT, whose chunks form `dx` in the forward (`gemma3.training.sft_loss.chunked_nll`, `frozen_head`).
    Attention (no weights) counts 4 forwards either way: forward, remat, a backward of twice its cost.
    """
    layers, unembed = matmul_params(config)
    W = min(config.sliding_window, seq)
    attention = attention_flops(config, seq, (seq + 1) / 2, W - W * (W - 1) / (2 * seq)) * tokens / seq
    if lora is None:
        return 4 * (2 * (layers + unembed) * tokens + attention)
    from gemma3.training import lora as lora_lib

    adapters = lora_lib.adapter_count(config, lora)
    return (3 * layers + head_passes * unembed) * 2 * tokens + 4 * (2 * adapters * tokens + attention)


def _train_state(trainer, trainable, mesh: Mesh):
    """The `TrainState` (SFT's and GRPO's) as the trainer builds it (`trainer.abstract_state`: Adam moments in
    its `state_dtype`, float32 by default), moments sharded like their parameter, scalars replicated."""
    from gemma3.training import sft as sft_lib

    shardings = sft_lib.state_shardings(trainer, trainable, shardings_of(trainable), replicated(mesh))
    return abstract(trainer.abstract_state(trainable), shardings)


STATE_DTYPES = {"float32": jnp.float32, "bfloat16": jnp.bfloat16}
REMATS = {"full": True, "offload": "offload"}  # `sft(remat=...)` -> `make_train_step(remat=...)`


def _adapters(config: Config, mesh: Mesh, rules: Rules, rank: int):
    """LoRA adapters (float32), each dim sharded like the base weight's dim it mirrors; the rank whole."""
    from gemma3.params import logical_axes
    from gemma3.training import lora as lora_lib

    lora = lora_lib.LoRAConfig(rank=rank)
    shapes = lora_lib.abstract_adapters(config, lora)
    axes = logical_axes(config).layers
    tree = {}
    for name, adapter in shapes.items():
        a_axes, b_axes = lora_lib.split_axes(name, getattr(axes, name))
        tree[name] = lora_lib.Adapter(
            jax.ShapeDtypeStruct(
                adapter.a.shape, adapter.a.dtype, sharding=data_sharding(mesh, rules, adapter.a.shape, a_axes)
            ),
            jax.ShapeDtypeStruct(
                adapter.b.shape, adapter.b.dtype, sharding=data_sharding(mesh, rules, adapter.b.shape, b_axes)
            ),
        )
    return lora, tree


def _training_setup(config: Config, mesh: Mesh, lora_rank: int):
    """`(rules, params, lora, trainable, frozen)`: what a training step updates and what it only reads.

    Full fine-tune (`lora_rank` 0): the sharded params are trained, nothing is frozen. LoRA: the
    adapters are trained and the base params are frozen (and, in GRPO, the reference model).
    """
    rules = resolve_rules(TRAINING, config, mesh)
    params = sharded_params(config, mesh, rules)
    if not lora_rank:
        return rules, params, None, params, None
    lora, adapters = _adapters(config, mesh, rules, lora_rank)
    return rules, params, lora, adapters, params


def _training_workload(
    config, mesh, rules, step, args, out_shardings, donate, batch, seq, *, bytes_per_device, describe, floor, lora,
    head_passes=3,
) -> Workload:
    """The `Workload` of a training step on B sequences of T tokens (flops: `_training_flops`)."""
    return Workload(
        step=step,
        args=args,
        in_shardings=shardings_of(args),
        out_shardings=out_shardings,
        donate=donate,
        mesh=mesh,
        rules=rules,
        flops=_training_flops(config, batch * seq, seq, lora, head_passes),
        bytes_per_device=bytes_per_device,
        tokens=batch * seq,
        describe=f"batch={batch} seq={seq}{describe}",
        notes=(f"floor: {floor}, the train state read and written once",),
    )


def sft(
    config: Config,
    mesh: Mesh,
    *,
    batch: int = 8,
    seq: int = 2048,
    lora_rank: int = 0,
    attn: str | None = None,
    accum_steps: int = 1,
    state_dtype: str = "float32",
    remat: str = "full",
) -> Workload:
    """`gemma3.training.sft.make_train_step(...).fn`: one AdamW step on B sequences of T tokens, remat, state donated.

    `accum_steps` splits the B rows into that many micro-batches (float32 gradient accumulator);
    `state_dtype` "float32" (default) or "bfloat16" is the dtype of the Adam moments. `remat` "full"
    (default: `remat=True`) or "offload" (each layer's input kept in host memory, `gemma3.runner.remat_policy`).

    27B full SFT, T = 2048, per device (bytes per parameter: bf16 weights 2 + bf16 gradients 2 +
    Adam m, v 8 in float32 or 4 in bf16, over the chips, plus activations): float32 states fit
    v5p-8 (81.0 GiB of 95.74 usable at B = 1, 91.2 at B = 4; B = 4 with accum_steps=4 needs 95.75,
    104.5 before `gemma3.training.sft_loss.accumulate_gradients`) but not v6e-8 (39.9 of 31.25); bf16 states fit
    v6e-8 at B = 1 (28.9 GiB of 31.25, B = 2 needs 32.0) and v5p-8 at B = 8 with accum_steps=4 (74.6).
    """
    from gemma3.training import sft as sft_lib
    from gemma3.training.sft_data import Batch

    if state_dtype not in STATE_DTYPES:
        raise ValueError(f"state_dtype must be one of {', '.join(STATE_DTYPES)}, got {state_dtype!r}")
    if accum_steps < 1 or batch % accum_steps:
        raise ValueError(
            f"batch={batch} does not split into accum_steps={accum_steps} micro-batches; "
            "pick a batch that is a multiple of accum_steps"
        )
    if remat not in REMATS:
        raise ValueError(f"remat must be one of {', '.join(REMATS)}, got {remat!r}")
    rules, params, lora, trainable, frozen = _training_setup(config, mesh, lora_rank)
    optimizer = sft_lib.adamw(1e-5)
    trainer = sft_lib.make_train_step(
        config,
        optimizer,
        lora=lora,
        remat=REMATS[remat],
        attn_impl=attn,
        accum_steps=accum_steps,
        state_dtype=STATE_DTYPES[state_dtype],
    )
    state = _train_state(trainer, trainable, mesh)
    ints = spec(mesh, rules, (batch, seq), ("batch", "seq"))
    data = Batch(tokens=ints, loss_mask=ints, segment_ids=ints, positions=ints)
    args = (state, frozen, data)
    # weights read three times per micro-batch; with accumulation a float32 accumulator read and written per micro-batch
    accumulator = 2 * 4 * sum(int(np.prod(x.sharding.shard_shape(x.shape))) for x in jax.tree.leaves(trainable))
    traffic = accum_steps * (3 * shard_bytes(params) + (accumulator if accum_steps > 1 else 0))
    return _training_workload(
        config, mesh, rules, trainer.fn, args, (shardings_of(state), None), (0,), batch, seq,
        bytes_per_device=traffic + 2 * shard_bytes(state),
        describe=(f" accum_steps={accum_steps}" if accum_steps > 1 else "")
        + (f" lora_rank={lora_rank}" if lora else "")
        + f" adam_state={state_dtype} attn={attn or config.attn_impl}"
        + (f" remat={remat}" if remat != "full" else ""),
        floor="weights read three times per micro-batch (forward, remat, backward)", lora=lora, head_passes=2,
    )  # fmt: skip


def sft_lora(config: Config, mesh: Mesh, *, lora_rank: int = 16, **options) -> Workload:
    return sft(config, mesh, lora_rank=lora_rank, **options)


def grpo(
    config: Config, mesh: Mesh, *, batch: int = 32, seq: int = 1024, lora_rank: int = 0, attn: str | None = None
) -> Workload:
    """`gemma3.training.grpo.make_grpo_step(...).fn`: one policy update on B rollouts of T tokens (half prompt)."""
    from gemma3.training import grpo as grpo_lib
    from gemma3.training.train_state import adamw

    rules, params, lora, trainable, frozen = _training_setup(config, mesh, lora_rank)
    optimizer = adamw(1e-6)
    settings = grpo_lib.GRPOConfig(max_new_tokens=seq // 2)
    step = grpo_lib.make_grpo_step(config, optimizer, settings, lora=lora, remat=True, attn_impl=attn)
    state = _train_state(step, trainable, mesh)
    shapes = grpo_lib.abstract_batch(settings, batch, seq - seq // 2)
    axes = {2: ("batch", "seq"), 1: ("batch",)}
    rollouts = jax.tree.map(lambda x: spec(mesh, rules, x.shape, axes[x.ndim], x.dtype), shapes)
    args = (state, frozen, rollouts)
    return _training_workload(
        config, mesh, rules, step.fn, args, (shardings_of(state), None), (0,), batch, seq,
        bytes_per_device=3 * shard_bytes(params) + 2 * shard_bytes(state),
        describe=(f" lora_rank={lora_rank}" if lora else "") + f" attn={attn or config.attn_impl}",
        floor="weights read three times (forward, remat, backward)", lora=lora,
    )  # fmt: skip
