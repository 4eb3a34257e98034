"""The workloads `python -m gemma3.aot` compiles: each a small function building a `Workload`.

A workload function takes `(config, mesh, **options)` and returns the step function, its
abstract arguments (`jax.ShapeDtypeStruct` carrying `NamedSharding`s: nothing is allocated),
which arguments are donated, and the model's own count of the flops and HBM bytes one step
needs (the roofline floor). Add one by writing such a function and registering it in
`WORKLOADS`; training workloads use `rules="training"` and usually an optimizer state built
with `jax.eval_shape`.
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
    Rules,
    activation_sharding,
    data_sharding,
    param_shardings,
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


def sharded_params(config: Config, mesh: Mesh, rules: Rules):
    return _abstract(abstract_params(config), param_shardings(config, mesh, rules))


def _cache(config: Config, mesh: Mesh, rules: Rules, batch: int, max_len: int):
    from gemma3.kv_cache import cache_logical_axes, init_cache

    cache = jax.eval_shape(lambda: init_cache(config, batch, max_len))
    return _abstract(cache, tree_shardings(cache, cache_logical_axes(cache), mesh, rules))


def _spec(mesh, rules, shape, axes, dtype=jnp.int32):
    return jax.ShapeDtypeStruct(shape, dtype, sharding=data_sharding(mesh, rules, shape, axes))


def _shardings(tree):
    return jax.tree.map(lambda x: x.sharding, tree)


def prefill(config: Config, mesh: Mesh, *, seq: int = 8192, batch: int = 1, attn: str | None = None) -> Workload:
    """`gemma3.prefill`: B prompts of T tokens into an empty cache of T slots; last-token logits out."""
    from gemma3.kv_cache import prefill as prefill_fn

    rules = resolve_rules(INFERENCE, config, mesh)
    params = sharded_params(config, mesh, rules)
    cache = _cache(config, mesh, rules, batch, seq)
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
        describe=f"batch={batch} seq={seq} attn={attn or config.attn_impl}",
        notes=("floor counts weights read and cache written once; activations are extra",),
    )


def decode(config: Config, mesh: Mesh, *, batch: int = 1, context: int = 8192) -> Workload:
    """`gemma3.decode_step`: one token per sequence against a cache of `context` slots, donated."""
    from gemma3.kv_cache import decode_step

    rules = resolve_rules(INFERENCE, config, mesh)
    params = sharded_params(config, mesh, rules)
    cache = _cache(config, mesh, rules, batch, context)
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
        describe=f"batch={batch} context={context}",
        notes=("floor assumes a full cache: every slot of every layer is read",),
    )


WORKLOADS: dict[str, Callable[..., Workload]] = {"prefill": prefill, "decode": decode}
