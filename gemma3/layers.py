"""The small pieces of a Gemma 3 block: RMSNorm, RoPE, the GeGLU MLP, the scaled embedding.

Dtype policy (the whole package follows it): weights and activations in the parameter
dtype (bf16 on TPU, float32 on CPU); RMSNorm statistics, RoPE angles, attention scores and
softmax, and the logits in float32.
"""

from __future__ import annotations

import math

import jax
import jax.numpy as jnp
from jaxtyping import Array, Float, Int

from gemma3.config import Config
from gemma3.int8 import Int8Weight
from gemma3.training.lora import Adapted


def rms_norm(x: Float[Array, "*B D"], weight: Float[Array, " D"], eps: float = 1e-6) -> Float[Array, "*B D"]:
    """`x * rsqrt(mean(x^2) + eps) * (1 + weight)` in float32, cast back to x's dtype."""
    x32 = x.astype(jnp.float32)
    normed = x32 * jax.lax.rsqrt(jnp.mean(x32 * x32, axis=-1, keepdims=True) + eps)
    return (normed * (1.0 + weight.astype(jnp.float32))).astype(x.dtype)


def rope_frequencies(head_dim: int, base: float, scale: float = 1.0) -> Float[Array, " H/2"]:
    """Inverse frequencies of the H/2 rotation planes; linear scaling divides them by `scale`."""
    exponents = jnp.arange(0, head_dim, 2, dtype=jnp.float32) / head_dim
    return 1.0 / (base**exponents) / scale


def apply_rope(
    x: Float[Array, "B T N H"], positions: Int[Array, "B T"], inv_freq: Float[Array, " H/2"]
) -> Float[Array, "B T N H"]:
    """Rotate x by angle `position * inv_freq`, split-halves ("rotate half") convention."""
    angles = positions.astype(jnp.float32)[..., None] * inv_freq  # [B, T, H/2]
    sin = jnp.sin(angles)[:, :, None, :]
    cos = jnp.cos(angles)[:, :, None, :]
    x1, x2 = jnp.split(x.astype(jnp.float32), 2, axis=-1)
    rotated = jnp.concatenate([x1 * cos - x2 * sin, x2 * cos + x1 * sin], axis=-1)
    return rotated.astype(x.dtype)


def layer_inv_freq(config: Config, is_global: jax.Array | bool) -> Float[Array, " H/2"]:
    """RoPE frequencies of a layer: base 10k for local layers, 1M (and linear scaling) for global."""
    local = rope_frequencies(config.head_dim, config.rope_local_base)
    global_ = rope_frequencies(config.head_dim, config.rope_global_base, config.rope_global_scale)
    return jnp.where(is_global, global_, local)


def project(subscripts: str, x: Array, weight, **kwargs) -> Array:
    """A projection, `jnp.einsum(subscripts, x, weight, **kwargs)`, for the three kinds of weight:

    - a float array: the einsum itself.
    - an `Int8Weight` (`gemma3.int8`): the int8 values enter the dot converted to x's dtype (XLA
      fuses the convert into the operand read) and the per-output-channel scale multiplies the
      result, which is exact because the scale does not vary along the contracted axes.
    - an `Adapted` (`gemma3.training.lora`, read from an adapted layer): the frozen projection (itself
      float or `Int8Weight`, through this function) plus its low-rank side path,
      `(x @ A) @ B * alpha / r`.
    """
    if isinstance(weight, Adapted):
        return weight.add_side_path(subscripts, x, project(subscripts, x, weight.weight, **kwargs))
    if not isinstance(weight, Int8Weight):
        return jnp.einsum(subscripts, x, weight, **kwargs)
    out = jnp.einsum(subscripts, x, weight.values.astype(x.dtype), **kwargs)
    operands, out_axes = subscripts.replace(" ", "").split("->")
    w_axes = operands.split(",")[1]
    kept = [a for a in w_axes if a in out_axes]
    scale = jnp.squeeze(weight.scale, axis=tuple(i for i, a in enumerate(w_axes) if a not in out_axes))
    scale = jnp.transpose(scale, sorted(range(len(kept)), key=lambda i: out_axes.index(kept[i])))
    shape = [weight.shape[w_axes.index(a)] if a in kept else 1 for a in out_axes]
    return out * scale.reshape(shape).astype(out.dtype)


def mlp(
    x: Float[Array, "B T D"], gate: Float[Array, "D F"], up: Float[Array, "D F"], down: Float[Array, "F D"]
) -> Float[Array, "B T D"]:
    """GeGLU: `down(gelu_tanh(gate(x)) * up(x))`."""
    hidden = jax.nn.gelu(project("btd,df->btf", x, gate), approximate=True) * project("btd,df->btf", x, up)
    return project("btf,fd->btd", hidden, down)


def embed_tokens(embed: Float[Array, "V D"], tokens: Int[Array, "B T"]) -> Float[Array, "B T D"]:
    """Look up and scale by sqrt(D), the scale first cast to the embedding dtype (as Gemma does)."""
    if isinstance(embed, Int8Weight):  # a row and its scale
        x = (jnp.take(embed.values, tokens, axis=0) * jnp.take(embed.scale, tokens, axis=0)).astype(embed.dtype)
    else:
        x = jnp.take(embed, tokens, axis=0)
    return x * jnp.asarray(math.sqrt(embed.shape[-1]), dtype=x.dtype)
