"""The workloads `python -m gemma3.aot` compiles: each a small function building a `Workload`.

A workload function takes `(config, mesh, **options)` and returns the step function, its
abstract arguments (`jax.ShapeDtypeStruct` carrying `NamedSharding`s: nothing is allocated),
which arguments are donated, and the model's own count of the flops and HBM bytes one step
needs (the roofline floor). Add one by writing such a function and registering it in
`WORKLOADS`; training workloads use `rules="training"` and the abstract optimizer state their
own step builds (`Trainer.abstract_state`), so its dtypes are the ones a real run holds.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

import jax
import jax.numpy as jnp
import numpy as np
from jax.sharding import Mesh

from gemma3.config import Config
from gemma3.params import abstract_params
from gemma3.sharding import (
    INFERENCE,
    TRAINING,
    Rules,
    activation_sharding,
    data_sharding,
    param_shardings,
    replicated,
    resolve_rules,
    tree_shardings,
)


@dataclasses.dataclass
class Workload:
    step: Callable
    args: tuple  # abstract arguments, each leaf a ShapeDtypeStruct with a sharding
    in_shardings: tuple
    out_shardings: object
    donate: tuple[int, ...]
    mesh: Mesh
    rules: Rules
    flops: float  # the model's flops per step, all devices together
    bytes_per_device: float  # HBM bytes a device must read or write per step, at least
    tokens: int  # tokens processed per step (for tokens/s)
    describe: str
    notes: tuple[str, ...] = ()


def _abstract(tree, shardings):
    return jax.tree.map(lambda x, s: jax.ShapeDtypeStruct(x.shape, x.dtype, sharding=s), tree, shardings)


def _shard_bytes(tree) -> int:
    """Bytes one device holds of a tree of sharded abstract arrays."""
    return sum(
        int(np.prod(x.sharding.shard_shape(x.shape))) * jnp.dtype(x.dtype).itemsize for x in jax.tree.leaves(tree)
    )


def matmul_params(config: Config) -> tuple[int, int]:
    """Weights each token multiplies by: `(in the L blocks, in the unembedding)`."""
    D, N, K, H, F = config.embed_dim, config.num_heads, config.num_kv_heads, config.head_dim, config.mlp_dim
    return config.num_layers * (2 * D * N * H + 2 * D * K * H + 3 * D * F), config.vocab_size * D


def attention_flops(config: Config, queries: int, keys_global: float, keys_local: float) -> float:
    """QK^T and PV flops of one sequence: 4 N H per (query, key) pair, summed over the layers."""
    per_pair = 4 * config.num_heads * config.head_dim
    return per_pair * queries * (config.num_global_layers * keys_global + config.num_local_layers * keys_local)


def sharded_params(config: Config, mesh: Mesh, rules: Rules, weights: str = "bfloat16"):
    """Abstract bf16 params with their shardings; `weights="int8"`: as `gemma3.quantize` makes them."""
    if weights == "bfloat16":
        return _abstract(abstract_params(config), param_shardings(config, mesh, rules))
    if weights != "int8":
        raise ValueError(f"weights must be 'bfloat16' or 'int8', got {weights!r}")
    from gemma3.int8 import quantize, quantized_logical_axes
    from gemma3.params import logical_axes

    tree = jax.eval_shape(quantize, abstract_params(config))
    axes = quantized_logical_axes(logical_axes(config), tree)
    return _abstract(tree, tree_shardings(tree, axes, mesh, rules))


def _cache(config: Config, mesh: Mesh, rules: Rules, batch: int, max_len: int, dtype: str = "bfloat16"):
    from gemma3.kv_cache import cache_logical_axes, init_cache

    if dtype not in ("bfloat16", "int8"):
        raise ValueError(f"cache_dtype must be 'bfloat16' or 'int8', got {dtype!r}")
    cache = jax.eval_shape(lambda: init_cache(config, batch, max_len, jnp.dtype(dtype)))
    # as at run time (`constrain`): a dim its mesh axes do not divide (batch 1 over data 2) stays whole
    axes = jax.tree.leaves(cache_logical_axes(cache), is_leaf=lambda x: isinstance(x, tuple))
    leaves, treedef = jax.tree.flatten(cache)
    shardings = [data_sharding(mesh, rules, x.shape, a) for x, a in zip(leaves, axes, strict=True)]
    return _abstract(cache, jax.tree.unflatten(treedef, shardings))


def _spec(mesh, rules, shape, axes, dtype=jnp.int32):
    return jax.ShapeDtypeStruct(shape, dtype, sharding=data_sharding(mesh, rules, shape, axes))


def _shardings(tree):
    return jax.tree.map(lambda x: x.sharding, tree)


def prefill(
    config: Config, mesh: Mesh, *, seq: int = 8192, batch: int = 1, attn: str | None = None, context: int | None = None,
    weights: str = "bfloat16", cache_dtype: str = "bfloat16",
) -> Workload:  # fmt: skip
    """`gemma3.prefill`: B prompts of T tokens into an empty cache of `context` slots (default T); last-token
    logits out. `weights`, `cache_dtype`: see `decode`."""
    from gemma3.kv_cache import prefill as prefill_fn

    rules = resolve_rules(INFERENCE, config, mesh)
    params = sharded_params(config, mesh, rules, weights)
    cache = _cache(config, mesh, rules, batch, max(seq, context or seq), cache_dtype)
    tokens = _spec(mesh, rules, (batch, seq), ("batch", "seq"))
    logits = _spec(mesh, rules, (batch, config.vocab_size), ("batch", "vocab"), jnp.float32)

    def step(params, tokens, cache):
        with activation_sharding(mesh, rules):
            return prefill_fn(params, config, tokens, cache, attn_impl=attn)

    layers, unembed = matmul_params(config)
    W = min(config.sliding_window, seq)
    causal_local = W * seq - W * (W - 1) / 2  # query t sees min(t + 1, W) keys
    flops = batch * (2 * layers * seq + 2 * unembed + attention_flops(config, 1, seq * (seq + 1) / 2, causal_local))
    args = (params, tokens, cache)
    return Workload(
        step=step,
        args=args,
        in_shardings=_shardings(args),
        out_shardings=(logits.sharding, _shardings(cache)),
        donate=(2,),
        mesh=mesh,
        rules=rules,
        flops=flops,
        bytes_per_device=_shard_bytes(params) + _shard_bytes(cache),  # read the weights, write the cache
        tokens=batch * seq,
        describe=f"batch={batch} seq={seq} attn={attn or config.attn_impl}" + _dtypes(weights, cache_dtype),
        notes=("floor counts weights read and cache written once; activations are extra",),
    )


def _dtypes(weights: str, cache_dtype: str) -> str:
    return (f" weights={weights}" if weights != "bfloat16" else "") + (
        f" cache={cache_dtype}" if cache_dtype != "bfloat16" else ""
    )


def forward(config: Config, mesh: Mesh, *, seq: int = 16, batch: int = 1, attn: str | None = None) -> Workload:
    """`gemma3.forward`: the parallel pass over B sequences of T tokens, logits of every position out."""
    from gemma3.model import forward as forward_fn

    rules = resolve_rules(INFERENCE, config, mesh)
    params = sharded_params(config, mesh, rules)
    tokens = _spec(mesh, rules, (batch, seq), ("batch", "seq"))
    logits = _spec(mesh, rules, (batch, seq, config.vocab_size), ("batch", "seq", "vocab"), jnp.float32)

    def step(params, tokens):
        with activation_sharding(mesh, rules):
            return forward_fn(params, config, tokens, attn_impl=attn)

    layers, unembed = matmul_params(config)
    W = min(config.sliding_window, seq)
    causal_local = W * seq - W * (W - 1) / 2
    flops = batch * (2 * (layers + unembed) * seq + attention_flops(config, 1, seq * (seq + 1) / 2, causal_local))
    args = (params, tokens)
    return Workload(
        step=step,
        args=args,
        in_shardings=_shardings(args),
        out_shardings=logits.sharding,
        donate=(),
        mesh=mesh,
        rules=rules,
        flops=flops,
        bytes_per_device=_shard_bytes(params),
        tokens=batch * seq,
        describe=f"batch={batch} seq={seq} attn={attn or config.attn_impl}",
        notes=("floor counts the weights read once; activations and logits are extra",),
    )


def prefill_image(
    config: Config, mesh: Mesh, *, seq: int = 2048, batch: int = 1, images: int = 1, attn: str | None = None
) -> Workload:
    """`gemma3.prefill` with images: B prompts of T tokens, each holding `images` images of 256 soft tokens.

    The SigLIP tower (So400m/14 at 896 px unless the config has its own) runs inside the step;
    image prompts take the XLA attention (`gemma3.attention.self_attention`), whatever `attn` says.
    """
    from gemma3.config import VisionConfig
    from gemma3.kv_cache import prefill as prefill_fn
    from gemma3.vision import tower_flops

    config = config if config.vision is not None else dataclasses.replace(config, vision=VisionConfig())
    vc = config.vision
    if images * (vc.tokens_per_image + 2) > seq:
        raise ValueError(f"{images} images of {vc.tokens_per_image} soft tokens do not fit prompts of {seq} tokens")
    base = prefill(config, mesh, seq=seq, batch=batch, attn="xla")
    params, tokens, cache = base.args
    pixels = _spec(mesh, base.rules, (batch * images, vc.image_size, vc.image_size, 3), ("batch", None, None, None),
                   jnp.bfloat16)  # fmt: skip

    def step(params, tokens, pixels, cache):
        with activation_sharding(mesh, base.rules):
            return prefill_fn(params, config, tokens, cache, attn_impl="xla", images=pixels)

    args = (params, tokens, pixels, cache)
    return dataclasses.replace(
        base,
        step=step,
        args=args,
        in_shardings=_shardings(args),
        donate=(3,),
        flops=base.flops + batch * images * tower_flops(config),
        bytes_per_device=base.bytes_per_device + _shard_bytes(pixels),
        describe=f"batch={batch} seq={seq} images={images} per prompt attn=xla",
        notes=base.notes + ("the vision tower runs at prefill: its weights are read once, with the model's",),
    )


def decode(
    config: Config, mesh: Mesh, *, batch: int = 1, context: int = 8192, weights: str = "bfloat16",
    cache_dtype: str = "bfloat16",
) -> Workload:  # fmt: skip
    """`gemma3.decode_step`: one token per sequence against a cache of `context` slots, donated.

    `weights="int8"` (`gemma3.quantize`), `cache_dtype="int8"` (`init_cache(dtype=jnp.int8)`)."""
    from gemma3.kv_cache import decode_step

    rules = resolve_rules(INFERENCE, config, mesh)
    params = sharded_params(config, mesh, rules, weights)
    cache = _cache(config, mesh, rules, batch, context, cache_dtype)
    tokens = _spec(mesh, rules, (batch,), ("batch",))
    logits = _spec(mesh, rules, (batch, config.vocab_size), ("batch", "vocab"), jnp.float32)

    def step(params, tokens, cache):
        with activation_sharding(mesh, rules):
            return decode_step(params, config, tokens, cache, check_bounds=False)

    layers, unembed = matmul_params(config)
    W = min(config.sliding_window, context)
    flops = batch * (2 * (layers + unembed) + attention_flops(config, 1, context, W))
    args = (params, tokens, cache)
    return Workload(
        step=step,
        args=args,
        in_shardings=_shardings(args),
        out_shardings=(logits.sharding, _shardings(cache)),
        donate=(2,),
        mesh=mesh,
        rules=rules,
        flops=flops,
        bytes_per_device=_shard_bytes(params) + _shard_bytes(cache),  # every weight and cache slot, once
        tokens=batch,
        describe=f"batch={batch} context={context}" + _dtypes(weights, cache_dtype),
        notes=("floor assumes a full cache: every slot of every layer is read",),
    )


# -- training: FSDP + tensor parallel ("training" rules), optimizer state sharded like its parameter --


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

    shardings = sft_lib.state_shardings(trainer, trainable, _shardings(trainable), replicated(mesh))
    return _abstract(trainer.abstract_state(trainable), shardings)


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
        in_shardings=_shardings(args),
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
    ints = _spec(mesh, rules, (batch, seq), ("batch", "seq"))
    data = Batch(tokens=ints, loss_mask=ints, segment_ids=ints, positions=ints)
    args = (state, frozen, data)
    # weights read three times per micro-batch; with accumulation a float32 accumulator read and written per micro-batch
    accumulator = 2 * 4 * sum(int(np.prod(x.sharding.shard_shape(x.shape))) for x in jax.tree.leaves(trainable))
    traffic = accum_steps * (3 * _shard_bytes(params) + (accumulator if accum_steps > 1 else 0))
    return _training_workload(
        config, mesh, rules, trainer.fn, args, (_shardings(state), None), (0,), batch, seq,
        bytes_per_device=traffic + 2 * _shard_bytes(state),
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
    rollouts = jax.tree.map(lambda x: _spec(mesh, rules, x.shape, axes[x.ndim], x.dtype), shapes)
    args = (state, frozen, rollouts)
    return _training_workload(
        config, mesh, rules, step.fn, args, (_shardings(state), None), (0,), batch, seq,
        bytes_per_device=3 * _shard_bytes(params) + 2 * _shard_bytes(state),
        describe=(f" lora_rank={lora_rank}" if lora else "") + f" attn={attn or config.attn_impl}",
        floor="weights read three times (forward, remat, backward)", lora=lora,
    )  # fmt: skip


WORKLOADS: dict[str, Callable[..., Workload]] = {
    "forward": forward,
    "prefill": prefill,
    "prefill-image": prefill_image,
    "decode": decode,
    "sft": sft,
    "sft-lora": sft_lora,
    "grpo": grpo,
}
