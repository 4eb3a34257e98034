"""Parameter pytrees: each weight declared once, everything else derived from the declaration.

A `Weight` names a parameter's shape, logical axes and initializer. From the tree of
declarations come the abstract shapes (`abstract_params`, no allocation), random
initialization (`init_params`) and the logical axes that `gemma3.sharding` maps to a mesh.

Layers are stacked along a leading L axis so the forward pass scans over them and compiles
one layer, whatever the depth. Norm weights are stored as Hugging Face stores them: `w`,
zero-initialized, applied as `(1 + w)`.
"""

from __future__ import annotations

import dataclasses
import math
from collections.abc import Callable

import jax
import jax.numpy as jnp

from gemma3.config import Config


@jax.tree_util.register_dataclass
@dataclasses.dataclass
class Layer:
    """One decoder block's weights; in `Params.layers` every leaf has a leading L axis."""

    attn_norm: jax.Array  # [D]      input_layernorm
    q: jax.Array  # [N, D, H]  heads first: see `declare`
    k: jax.Array  # [K, D, H]
    v: jax.Array  # [K, D, H]
    o: jax.Array  # [N, H, D]
    q_norm: jax.Array  # [H]
    k_norm: jax.Array  # [H]
    post_attn_norm: jax.Array  # [D]
    ffw_norm: jax.Array  # [D]      pre_feedforward_layernorm
    gate: jax.Array  # [D, F]
    up: jax.Array  # [D, F]
    down: jax.Array  # [F, D]
    post_ffw_norm: jax.Array  # [D]


@jax.tree_util.register_dataclass
@dataclasses.dataclass
class Params:
    embed: jax.Array  # [V_rows, D], tied: also the unembedding
    layers: Layer  # every leaf [L, ...]
    final_norm: jax.Array  # [D]
    vision: VisionParams | None = None  # the SigLIP tower and projector (`gemma3.vision`); None: text only


@dataclasses.dataclass(frozen=True)
class Weight:
    """A parameter's declaration: shape, logical axis names (one per dim), initializer."""

    shape: tuple[int, ...]
    axes: tuple[str | None, ...]
    init: Callable[[jax.Array, tuple[int, ...], jnp.dtype], jax.Array]


def _zeros(key, shape, dtype):
    return jnp.zeros(shape, dtype)


def _normal(fan_in: int):
    def init(key, shape, dtype):
        return (jax.random.normal(key, shape, jnp.float32) / math.sqrt(fan_in)).astype(dtype)

    return init


def declare(config: Config) -> Params:
    """The tree of `Weight` declarations for a config."""
    L, D, N, K, H, F = (
        config.num_layers, config.embed_dim, config.num_heads, config.num_kv_heads,
        config.head_dim, config.mlp_dim,
    )
    norm_D = Weight((L, D), ("layers", "embed"), _zeros)
    norm_H = Weight((L, H), ("layers", None), _zeros)
    # q, k, v keep heads before D ([N, D, H], a [D, H] matrix per head, as the TPU compiler
    # wants them): declared [D, N, H], XLA copied all three stacks into that layout on every
    # decode step (650 MiB of temporaries per chip at 27b, v5e-8, batch 8; `python -m gemma3.aot`)
    layer = Layer(
        attn_norm=norm_D,
        q=Weight((L, N, D, H), ("layers", "heads", "embed", "head_dim"), _normal(D)),
        k=Weight((L, K, D, H), ("layers", "kv_heads", "embed", "head_dim"), _normal(D)),
        v=Weight((L, K, D, H), ("layers", "kv_heads", "embed", "head_dim"), _normal(D)),
        o=Weight((L, N, H, D), ("layers", "heads", "head_dim", "embed"), _normal(N * H)),
        q_norm=norm_H,
        k_norm=norm_H,
        post_attn_norm=norm_D,
        ffw_norm=norm_D,
        gate=Weight((L, D, F), ("layers", "embed", "mlp"), _normal(D)),
        up=Weight((L, D, F), ("layers", "embed", "mlp"), _normal(D)),
        down=Weight((L, F, D), ("layers", "mlp", "embed"), _normal(F)),
        post_ffw_norm=norm_D,
    )
    vision = None
    if config.vision is not None:
        vision = declare_vision(config)
    return Params(
        embed=Weight((config.embed_rows, D), ("vocab", "embed"), _normal(1)),
        layers=layer,
        final_norm=Weight((D,), ("embed",), _zeros),
        vision=vision,
    )


# the SigLIP tower and projector (`gemma3.vision` runs them)


@jax.tree_util.register_dataclass
@dataclasses.dataclass
class VisionLayer:
    """One SigLIP encoder block; in `VisionParams.layers` every leaf has a leading L axis."""

    ln1_scale: jax.Array  # [C]   layer_norm1
    ln1_bias: jax.Array  # [C]
    q: jax.Array  # [N, C, H]
    q_bias: jax.Array  # [N, H]
    k: jax.Array  # [N, C, H]
    k_bias: jax.Array  # [N, H]
    v: jax.Array  # [N, C, H]
    v_bias: jax.Array  # [N, H]
    o: jax.Array  # [N, H, C]  out_proj
    o_bias: jax.Array  # [C]
    ln2_scale: jax.Array  # [C]   layer_norm2
    ln2_bias: jax.Array  # [C]
    fc1: jax.Array  # [C, E]
    fc1_bias: jax.Array  # [E]
    fc2: jax.Array  # [E, C]
    fc2_bias: jax.Array  # [C]


@jax.tree_util.register_dataclass
@dataclasses.dataclass
class VisionParams:
    patch: jax.Array  # [p*p*3, C]  the patch convolution as a matmul; rows ordered (row, column, channel)
    patch_bias: jax.Array  # [C]
    positions: jax.Array  # [P, C]  learned, one per patch
    layers: VisionLayer  # every leaf [L, ...]
    final_scale: jax.Array  # [C]  post_layernorm
    final_bias: jax.Array  # [C]
    mm_norm: jax.Array  # [C]  mm_soft_emb_norm, an RMSNorm applied as (1 + w)
    mm_proj: jax.Array  # [C, D]  mm_input_projection_weight


def _ones(key, shape, dtype):
    return jnp.ones(shape, dtype)


def declare_vision(config: Config) -> VisionParams:
    """The `Weight` declarations of the tower and projector (`declare` calls it).

    Logical axes: the tower's heads and MLP shard like the language model's ("heads", "mlp");
    its width C is "vision_embed", which no rule maps (replicated: 1152 is small).
    """
    vc = config.vision
    L, C, E, N, H, D = vc.num_layers, vc.width, vc.mlp_dim, vc.num_heads, vc.head_dim, config.embed_dim
    width = Weight((L, C), ("layers", "vision_embed"), _zeros)
    scale = Weight((L, C), ("layers", "vision_embed"), _ones)
    heads_in = Weight((L, N, C, H), ("layers", "heads", "vision_embed", "head_dim"), _normal(C))
    heads_bias = Weight((L, N, H), ("layers", "heads", "head_dim"), _zeros)
    layer = VisionLayer(
        ln1_scale=scale, ln1_bias=width,
        q=heads_in, q_bias=heads_bias, k=heads_in, k_bias=heads_bias, v=heads_in, v_bias=heads_bias,
        o=Weight((L, N, H, C), ("layers", "heads", "head_dim", "vision_embed"), _normal(C)), o_bias=width,
        ln2_scale=scale, ln2_bias=width,
        fc1=Weight((L, C, E), ("layers", "vision_embed", "mlp"), _normal(C)),
        fc1_bias=Weight((L, E), ("layers", "mlp"), _zeros),
        fc2=Weight((L, E, C), ("layers", "mlp", "vision_embed"), _normal(E)), fc2_bias=width,
    )  # fmt: skip
    patch_in = vc.patch_size**2 * 3
    return VisionParams(
        patch=Weight((patch_in, C), (None, "vision_embed"), _normal(patch_in)),
        patch_bias=Weight((C,), ("vision_embed",), _zeros),
        positions=Weight((vc.num_patches, C), (None, "vision_embed"), _normal(C)),
        layers=layer,
        final_scale=Weight((C,), ("vision_embed",), _ones),
        final_bias=Weight((C,), ("vision_embed",), _zeros),
        mm_norm=Weight((C,), ("vision_embed",), _zeros),
        mm_proj=Weight((C, D), ("vision_embed", "embed"), _normal(C)),
    )


def _is_weight(x) -> bool:
    return isinstance(x, Weight)


def abstract_params(config: Config, dtype=jnp.bfloat16) -> Params:
    """`jax.ShapeDtypeStruct` leaves: the model's shapes without allocating anything."""
    return jax.tree.map(lambda w: jax.ShapeDtypeStruct(w.shape, dtype), declare(config), is_leaf=_is_weight)


def logical_axes(config: Config) -> Params:
    """A tuple of logical axis names per leaf, for `gemma3.sharding`."""
    return jax.tree.map(lambda w: w.axes, declare(config), is_leaf=_is_weight)


def init_params(config: Config, key: jax.Array, dtype=jnp.bfloat16) -> Params:
    """Random weights (scaled normal projections, zero norms) for tests and from-scratch runs."""
    decls, treedef = jax.tree.flatten(declare(config), is_leaf=_is_weight)
    keys = jax.random.split(key, len(decls))
    return jax.tree.unflatten(treedef, [w.init(k, w.shape, dtype) for w, k in zip(decls, keys, strict=True)])


def param_count(config: Config, include_extra_embed_rows: bool = False) -> int:
    """Parameters of the language model, computed from the declared shapes (no allocation)."""
    rows = config.embed_rows if include_extra_embed_rows else config.vocab_size
    params = abstract_params(dataclasses.replace(config, embed_rows=rows, vision=None))
    return sum(x.size for x in jax.tree.leaves(params))
