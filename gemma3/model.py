"""The Gemma 3 forward pass: embed, a scan over decoder blocks, final norm, tied unembedding.

The scan (`gemma3.runner`, the one layer loop) compiles one block whatever the depth (62 layers
at 27b); the per-layer kind (local or global) rides along as a scanned flag and picks the RoPE
base and the mask.
"""

from __future__ import annotations

import functools
from typing import Any

import jax
import jax.numpy as jnp
from jaxtyping import Array, Float, Int

from gemma3 import validate
from gemma3.attention import self_attention
from gemma3.config import Config
from gemma3.layers import apply_rope, layer_inv_freq, mlp, project, rms_norm
from gemma3.params import Layer, Params
from gemma3.runner import run_layers
from gemma3.sharding import placed, placement_of
from gemma3.vision import check_images, embed_inputs, image_blocks


def attention_inputs(
    layer: Layer, config: Config, x: Float[Array, "B T D"], positions: Int[Array, "B T"], is_global
) -> tuple[Float[Array, "B T N H"], Float[Array, "B T K H"], Float[Array, "B T K H"]]:
    """Pre-attention norm, q/k/v projections, QK-norm, RoPE (q and k)."""
    h = rms_norm(x, layer.attn_norm, config.rms_eps)
    q = project("btd,ndh->btnh", h, layer.q)
    k = project("btd,kdh->btkh", h, layer.k)
    v = project("btd,kdh->btkh", h, layer.v)
    q = rms_norm(q, layer.q_norm, config.rms_eps)
    k = rms_norm(k, layer.k_norm, config.rms_eps)
    inv_freq = layer_inv_freq(config, is_global)
    return apply_rope(q, positions, inv_freq), apply_rope(k, positions, inv_freq), v


def block_output(
    layer: Layer, config: Config, x: Float[Array, "B T D"], attn: Float[Array, "B T N H"]
) -> Float[Array, "B T D"]:
    """Output projection and the MLP, each inside its sandwich norms and residual."""
    # one contraction over N*H: with two contracted axes XLA (CPU) may transpose the whole weight
    B, T, N, H = attn.shape
    out = project("btf,fd->btd", attn.reshape(B, T, N * H), layer.o.reshape(N * H, -1))
    h = x + rms_norm(out, layer.post_attn_norm, config.rms_eps)
    ffw = mlp(rms_norm(h, layer.ffw_norm, config.rms_eps), layer.gate, layer.up, layer.down)
    return h + rms_norm(ffw, layer.post_ffw_norm, config.rms_eps)


def attention_scale(config: Config) -> float:
    return config.query_pre_attn_scalar**-0.5


def block(
    layer: Layer,
    config: Config,
    x: Float[Array, "B T D"],
    positions: Int[Array, "B T"],
    segment_ids: Int[Array, "B T"],
    is_global,
    attn_impl: str = "xla",
    shared_prefix: bool = False,
    image_blocks: Int[Array, "B T"] | None = None,
) -> Float[Array, "B T D"]:
    """One decoder block over a whole sequence (no cache); `shared_prefix`: see `attention.shared_prefix_mask`,
    `image_blocks`: see `gemma3.vision.image_blocks`."""

    def attend(window):
        return lambda q, k, v: self_attention(
            q, k, v, segment_ids=segment_ids, sliding_window=window, scale=attention_scale(config), impl=attn_impl,
            positions=positions, shared_prefix=shared_prefix, image_blocks=image_blocks,
        )  # fmt: skip

    def attention(q, k, v):
        return jax.lax.cond(is_global, attend(None), attend(config.sliding_window), q, k, v), None

    return block_with_attention(layer, config, x, positions, is_global, attention)[0]


def block_with_attention(layer: Layer, config: Config, x: Float[Array, "B T D"], positions: Int[Array, "B T"],
                         is_global, attention) -> tuple[Float[Array, "B T D"], Any]:  # fmt: skip
    """One decoder block whose attention is `attention(q, k, v) -> (attn, aux)`: `block`'s, or a cache's reads
    and writes (`gemma3.kv_cache`, `aux` the updated keys and values). Returns the block's output and `aux`."""
    q, k, v = attention_inputs(layer, config, x, positions, is_global)
    attn, aux = attention(q, k, v)
    return block_output(layer, config, x, attn), aux


def unembed(params: Params, config: Config, x: Float[Array, "B T D"]) -> Float[Array, "B T V"]:
    """Final norm, then logits against the tied embedding's text rows, in float32."""
    x = rms_norm(x, params.final_norm, config.rms_eps)
    table = params.embed[: config.vocab_size] if config.embed_rows > config.vocab_size else params.embed
    return project("btd,vd->btv", x, table, preferred_element_type=jnp.float32)


def hidden_states(
    params: Params,
    config: Config,
    tokens: Int[Array, "B T"],
    *,
    positions: Int[Array, "B T"] | None = None,
    segment_ids: Int[Array, "B T"] | None = None,
    attn_impl: str | None = None,
    remat=False,
    shared_prefix: bool = False,
    images: Float[Array, "I S S 3"] | None = None,
) -> Float[Array, "B T D"]:
    """The residual stream after the last block (before the final norm). `remat`: see `gemma3.runner.run_layers`.

    `shared_prefix`: each row is a prompt (segment 1) and completions that share it (segments
    2, 3, ...), see `gemma3.attention.shared_prefix_mask`. `images`: see `forward`.
    """
    validate.token_ids(tokens, config.embed_rows)  # an id past the table reads NaN, -1 the last row
    tokens = jnp.asarray(tokens, jnp.int32)
    if tokens.ndim != 2:
        raise ValueError(f"tokens must be int32 [B, T], got shape {tokens.shape}")
    if positions is None:
        positions = jnp.broadcast_to(jnp.arange(tokens.shape[1], dtype=jnp.int32), tokens.shape)
    if segment_ids is None:
        segment_ids = jnp.zeros_like(tokens)
    impl = attn_impl or config.attn_impl
    blocks = None
    if images is not None:
        check_images(params, config, tokens, images)
        blocks = image_blocks(tokens, config.vision.image_token_id)

    def layer_fn(layer, x, is_global, kv, kv_index):
        return block(layer, config, x, positions, segment_ids, is_global, impl, shared_prefix, blocks), kv

    x = embed_inputs(params, config, tokens, images)
    return run_layers(params.layers, config, x, layer_fn, remat=remat)[0]


def forward(
    params: Params,
    config: Config,
    tokens: Int[Array, "B T"],
    *,
    positions: Int[Array, "B T"] | None = None,
    segment_ids: Int[Array, "B T"] | None = None,
    attn_impl: str | None = None,
    images: Float[Array, "I S S 3"] | None = None,
) -> Float[Array, "B T V"]:
    """Logits of every position, float32 `[B, T, V]`: the parallel (prefill-style) pass.

    `positions` (default 0..T-1) drive RoPE; `segment_ids` (default all 0) keep packed or
    padded sequences apart: a token attends only to earlier tokens of its own segment.
    Called with arrays (not inside your own `jit`), it compiles once per shape for the mesh the
    params live on: activations sharded by the inference rules, the Pallas kernel run per device.
    `images` (preprocessed, `gemma3.images.preprocess`; a checkpoint with a vision tower): they
    replace the prompts' soft tokens in reading order, each image's tokens seeing each other
    (`gemma3.vision`); image prompts take the XLA attention.
    """
    validate.token_ids(tokens, config.embed_rows)  # an id past the table reads NaN, -1 the last row
    kwargs = dict(positions=positions, segment_ids=segment_ids, attn_impl=attn_impl, images=images)
    if isinstance(jax.tree.leaves(params)[0], jax.core.Tracer):  # inside a caller's jit: trace inline
        return unembed(params, config, hidden_states(params, config, tokens, **kwargs))
    placement = placement_of(params, config)
    tokens = jnp.asarray(tokens, jnp.int32)
    if images is not None:  # on the host, where the soft tokens can be counted
        check_images(params, config, tokens, images)
    return _forward(params, config, tokens, positions, segment_ids, images, attn_impl=attn_impl, placement=placement)


@functools.partial(jax.jit, static_argnames=("config", "attn_impl", "placement"))
def _forward(params, config, tokens, positions, segment_ids, images, *, attn_impl, placement):
    with placed(placement):
        x = hidden_states(
            params, config, tokens, positions=positions, segment_ids=segment_ids, attn_impl=attn_impl, images=images
        )
        return unembed(params, config, x)
