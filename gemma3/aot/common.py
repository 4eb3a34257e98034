"""What every workload is built from: the `Workload` record, abstract arrays with their shardings
(`jax.ShapeDtypeStruct`: nothing is allocated), and the model's matmul and attention flops (the roofline floor).
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
from gemma3.sharding import Rules, data_sharding, param_shardings, tree_shardings


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


def abstract(tree, shardings):
    return jax.tree.map(lambda x, s: jax.ShapeDtypeStruct(x.shape, x.dtype, sharding=s), tree, shardings)


def shard_bytes(tree) -> int:
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
        return abstract(abstract_params(config), param_shardings(config, mesh, rules))
    if weights != "int8":
        raise ValueError(f"weights must be 'bfloat16' or 'int8', got {weights!r}")
    from gemma3.int8 import quantize, quantized_logical_axes
    from gemma3.params import logical_axes

    tree = jax.eval_shape(quantize, abstract_params(config))
    axes = quantized_logical_axes(logical_axes(config), tree)
    return abstract(tree, tree_shardings(tree, axes, mesh, rules))


def spec(mesh, rules, shape, axes, dtype=jnp.int32):
    return jax.ShapeDtypeStruct(shape, dtype, sharding=data_sharding(mesh, rules, shape, axes))


def shardings_of(tree):
    return jax.tree.map(lambda x: x.sharding, tree)
