"""The inference workloads: `forward`, `prefill` (with images: `prefill_image`) and `decode`, on
`rules="inference"`, the KV cache donated where the step updates it."""

from __future__ import annotations

import dataclasses

import jax
import jax.numpy as jnp
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
from gemma3.sharding import INFERENCE, Rules, activation_sharding, data_sharding, resolve_rules


def _cache(config: Config, mesh: Mesh, rules: Rules, batch: int, max_len: int, dtype: str = "bfloat16"):
    from gemma3.kv_cache import cache_logical_axes, init_cache

    if dtype not in ("bfloat16", "int8"):
        raise ValueError(f"cache_dtype must be 'bfloat16' or 'int8', got {dtype!r}")
    cache = jax.eval_shape(lambda: init_cache(config, batch, max_len, jnp.dtype(dtype)))
    # as at run time (`constrain`): a dim its mesh axes do not divide (batch 1 over data 2) stays whole
    axes = jax.tree.leaves(cache_logical_axes(cache), is_leaf=lambda x: isinstance(x, tuple))
    leaves, treedef = jax.tree.flatten(cache)
    shardings = [data_sharding(mesh, rules, x.shape, a) for x, a in zip(leaves, axes, strict=True)]
    return abstract(cache, jax.tree.unflatten(treedef, shardings))


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
    tokens = spec(mesh, rules, (batch, seq), ("batch", "seq"))
    logits = spec(mesh, rules, (batch, config.vocab_size), ("batch", "vocab"), jnp.float32)

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
        in_shardings=shardings_of(args),
        out_shardings=(logits.sharding, shardings_of(cache)),
        donate=(2,),
        mesh=mesh,
        rules=rules,
        flops=flops,
        bytes_per_device=shard_bytes(params) + shard_bytes(cache),  # read the weights, write the cache
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
    tokens = spec(mesh, rules, (batch, seq), ("batch", "seq"))
    logits = spec(mesh, rules, (batch, seq, config.vocab_size), ("batch", "seq", "vocab"), jnp.float32)

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
        in_shardings=shardings_of(args),
        out_shardings=logits.sharding,
        donate=(),
        mesh=mesh,
        rules=rules,
        flops=flops,
        bytes_per_device=shard_bytes(params),
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
    pixels = spec(mesh, base.rules, (batch * images, vc.image_size, vc.image_size, 3), ("batch", None, None, None),
                   jnp.bfloat16)  # fmt: skip

    def step(params, tokens, pixels, cache):
        with activation_sharding(mesh, base.rules):
            return prefill_fn(params, config, tokens, cache, attn_impl="xla", images=pixels)

    args = (params, tokens, pixels, cache)
    return dataclasses.replace(
        base,
        step=step,
        args=args,
        in_shardings=shardings_of(args),
        donate=(3,),
        flops=base.flops + batch * images * tower_flops(config),
        bytes_per_device=base.bytes_per_device + shard_bytes(pixels),
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
    tokens = spec(mesh, rules, (batch,), ("batch",))
    logits = spec(mesh, rules, (batch, config.vocab_size), ("batch", "vocab"), jnp.float32)

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
        in_shardings=shardings_of(args),
        out_shardings=(logits.sharding, shardings_of(cache)),
        donate=(2,),
        mesh=mesh,
        rules=rules,
        flops=flops,
        bytes_per_device=shard_bytes(params) + shard_bytes(cache),  # every weight and cache slot, once
        tokens=batch,
        describe=f"batch={batch} context={context}" + _dtypes(weights, cache_dtype),
        notes=("floor assumes a full cache: every slot of every layer is read",),
    )
