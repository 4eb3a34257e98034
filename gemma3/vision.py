"""Gemma 3 sees: the SigLIP vision tower, the multimodal projector, and images merged into the prompt.

The 4b, 12b and 27b checkpoints carry SigLIP So400m/14 as Gemma 3 uses it (transformers'
`SiglipVisionModel` and `Gemma3MultiModalProjector`; the numbers in `gemma3.config.VisionConfig`):

    pixels [I, 896, 896, 3] -> 14 x 14 patches [I, P=4096, 588] -> @ patch + bias + positions [I, P, C=1152]
    -> 27 pre-LN blocks (LayerNorm with bias, bidirectional multi-head attention with biases,
       GELU-tanh MLP with biases) -> LayerNorm                                  features [I, P, C]
    -> 4 x 4 average pool of the 64 x 64 grid [I, 256, C] -> RMSNorm `mm_soft_emb_norm`
    -> @ projection [C, D]                                                    soft tokens [I, 256, D]

Vision key (beside the package's): I images, P patches per image, C vision width, E vision MLP
width; N and H are the tower's own heads (16) and head dim (72) inside its blocks.

In the prompt, each image is `\\n\\n<start_of_image>` + 256 soft tokens (id 262144, one of the 64
extra embedding rows) + `<end_of_image>\\n\\n` (`gemma3.images.image_prompt`). The soft tokens'
embeddings are replaced, in order, by the projected features (not scaled by sqrt(D): only token
embeddings are), and attention is causal except that the tokens of one image see each other
both ways (`image_blocks`, one more case of `gemma3.attention.attention_mask`). Images enter at
prefill only; decoding and the KV cache are unchanged.

27b with images on TPU slices, compiled deviceless (`python -m gemma3.aot --workload
prefill-image --topology v5e-8 --images 4`; batch 1, a 2,048-token prompt, bf16, XLA attention,
tensor parallel over 8 chips; XLA's per-chip memory; nothing ran on a TPU):

    slice   images  arguments  temporaries  total of usable   floor (compute bound)
    v5e-8   1       6.48 GiB   0.50 GiB     6.99 of 15.75     71.1 ms
    v5e-8   4       6.50 GiB   0.51 GiB     7.00 of 15.75     81.5 ms
    v6e-8   1       6.48 GiB   0.53 GiB     7.01 of 31.25     15.3 ms
    v6e-8   4       6.50 GiB   0.54 GiB     7.04 of 31.25     17.5 ms

Beside the text-only 2k prefill (6.36 GiB of arguments, 0.50 GiB of temporaries on v5e-8) the
tower adds 0.12 GiB of weights per chip and 54 all-reduces (2 per SigLIP block, 179 in all);
each image adds 5.46 TFLOP (`tower_flops`), about 100 text tokens' worth.

The patch embedding is a matmul over flattened patches (a stride-14 convolution with a 14 x 14
kernel is exactly that); there is no CLS token, and the position embeddings are learned, one per
patch (no interpolation: images are resized to 896 first).
"""

from __future__ import annotations

import jax
import jax.numpy as jnp
from jaxtyping import Array, Float, Int

from gemma3.attention import attention_reference
from gemma3.config import Config, VisionConfig
from gemma3.layers import embed_tokens, rms_norm
from gemma3.params import VisionLayer, VisionParams


def layer_norm(
    x: Float[Array, "*B C"], scale: Float[Array, " C"], bias: Float[Array, " C"], eps: float
) -> Float[Array, "*B C"]:
    """LayerNorm with bias, statistics in float32, cast back to x's dtype."""
    x32 = x.astype(jnp.float32)
    mean = jnp.mean(x32, axis=-1, keepdims=True)
    var = jnp.mean(jnp.square(x32 - mean), axis=-1, keepdims=True)
    normed = (x32 - mean) * jax.lax.rsqrt(var + eps)
    return (normed * scale.astype(jnp.float32) + bias.astype(jnp.float32)).astype(x.dtype)


def patchify(images: Float[Array, "I S S 3"], patch_size: int) -> Float[Array, "I P p*p*3"]:
    """Cut images into non-overlapping patches, row-major over the grid, each flattened (row, column, channel)."""
    I, S, _, channels = images.shape
    g = S // patch_size
    x = images.reshape(I, g, patch_size, g, patch_size, channels).transpose(0, 1, 3, 2, 4, 5)
    return x.reshape(I, g * g, patch_size * patch_size * channels)


def encoder_layer(layer: VisionLayer, vc: VisionConfig, x: Float[Array, "I P C"]) -> Float[Array, "I P C"]:
    """One SigLIP block: x + attn(LN(x)), then x + MLP(LN(x)); every patch sees every patch."""
    h = layer_norm(x, layer.ln1_scale, layer.ln1_bias, vc.layer_norm_eps)
    q = jnp.einsum("ipc,nch->ipnh", h, layer.q) + layer.q_bias
    k = jnp.einsum("ipc,nch->ipnh", h, layer.k) + layer.k_bias
    v = jnp.einsum("ipc,nch->ipnh", h, layer.v) + layer.v_bias
    everywhere = jnp.ones((x.shape[0], 1, 1), bool)  # broadcast over [I, P, P]: bidirectional, no padding
    attn = attention_reference(q, k, v, everywhere, vc.head_dim**-0.5)
    x = x + jnp.einsum("ipnh,nhc->ipc", attn, layer.o) + layer.o_bias
    h = layer_norm(x, layer.ln2_scale, layer.ln2_bias, vc.layer_norm_eps)
    h = jax.nn.gelu(h @ layer.fc1 + layer.fc1_bias, approximate=True)
    return x + h @ layer.fc2 + layer.fc2_bias


def encode_images(
    vision: VisionParams, config: Config, images: Float[Array, "I S S 3"]
) -> Float[Array, "I P C"]:
    """SigLIP's last hidden state (after `post_layernorm`) for preprocessed images (`gemma3.images.preprocess`)."""
    vc = config.vision
    x = patchify(images.astype(vision.patch.dtype), vc.patch_size) @ vision.patch + vision.patch_bias
    x = x + vision.positions

    def step(x, layer):
        return encoder_layer(layer, vc, x), None

    x, _ = jax.lax.scan(step, x, vision.layers)
    return layer_norm(x, vision.final_scale, vision.final_bias, vc.layer_norm_eps)


def pool(features: Float[Array, "I P C"], vc: VisionConfig) -> Float[Array, "I T C"]:
    """Average over `pool` x `pool` windows of the patch grid (64 x 64 -> 16 x 16 at 896 px), row-major out."""
    I, _, C = features.shape
    t, k = vc.tokens_per_side, vc.pool
    grid = features.astype(jnp.float32).reshape(I, t, k, t, k, C)
    return grid.mean(axis=(2, 4)).reshape(I, t * t, C).astype(features.dtype)


def project(vision: VisionParams, config: Config, features: Float[Array, "I P C"]) -> Float[Array, "I T D"]:
    """The multimodal projector: pool, RMSNorm (`mm_soft_emb_norm`), then the projection to width D."""
    pooled = pool(features, config.vision)
    return rms_norm(pooled, vision.mm_norm, config.vision.layer_norm_eps) @ vision.mm_proj


def embed_images(vision: VisionParams, config: Config, images: Float[Array, "I S S 3"]) -> Float[Array, "I T D"]:
    """Images to the soft tokens that replace their placeholders in the prompt."""
    return project(vision, config, encode_images(vision, config, images))


def tower_flops(config: Config) -> float:
    """Flops of one image through the tower and projector, from the declared sizes (2 per multiply-add).

    At 896 px with So400m/14 beside the 27b: 5.46 TFLOP, about 100 text tokens of the 27b's
    54 GFLOP each (2 x 27.0B parameters); the 4,096 x 4,096 attention is 7% of the tower's.
    """
    vc = config.vision
    P, C, E, L = vc.num_patches, vc.width, vc.mlp_dim, vc.num_layers
    per_patch = 2 * (vc.patch_size**2 * 3 * C + L * (4 * C * C + 2 * C * E))
    attention = L * 4 * P * P * C  # scores and weighted values, every patch against every patch
    projector = 2 * vc.tokens_per_image * C * config.embed_dim
    return float(P * per_patch + attention + projector)


def image_blocks(tokens: Int[Array, "B T"], image_token_id: int) -> Int[Array, "B T"]:
    """Which image each token belongs to: 0, 1, ... along each row for each run of soft tokens, -1 for text.

    Tokens with the same id >= 0 attend to each other both ways (transformers'
    `get_block_sequence_ids_for_mask`): a run of consecutive soft tokens is one image.
    """
    is_image = tokens == image_token_id
    before = jnp.pad(is_image, ((0, 0), (1, 0)))[:, :-1]
    starts = is_image & ~before
    return jnp.where(is_image, jnp.cumsum(starts, axis=1, dtype=jnp.int32) - 1, -1)


def check_images(params, config: Config, tokens, images) -> None:
    """Refuse images the model cannot take, on the host, with a message naming what is wrong."""
    if config.vision is None or getattr(params, "vision", None) is None:
        raise ValueError(
            f"images were given but this checkpoint ({config.name}) has no vision tower: it is a text-only "
            "Gemma 3 (270m and 1b are; 4b, 12b and 27b from a multimodal Hugging Face folder see images)"
        )
    vc = config.vision
    expected = (vc.image_size, vc.image_size, 3)
    if images.ndim != 4 or tuple(images.shape[1:]) != expected:
        raise ValueError(
            f"images must be [I, {vc.image_size}, {vc.image_size}, 3] (preprocessed, channels last: "
            f"gemma3.images.preprocess), got shape {tuple(images.shape)}"
        )
    if not isinstance(tokens, jax.core.Tracer):
        count = int(jnp.sum(jnp.asarray(tokens) == vc.image_token_id))
        if count != images.shape[0] * vc.tokens_per_image:
            raise ValueError(
                f"the prompts hold {count} image soft tokens (id {vc.image_token_id}) but {images.shape[0]} images "
                f"need {images.shape[0] * vc.tokens_per_image} ({vc.tokens_per_image} each): build prompts with "
                "gemma3.images.image_prompt"
            )


def embed_inputs(
    params, config: Config, tokens: Int[Array, "B T"], images: Float[Array, "I S S 3"] | None = None
) -> Float[Array, "B T D"]:
    """Token embeddings (scaled by sqrt(D)), the soft tokens replaced in order by the images' projected features.

    Images are numbered across the batch in reading order: row 0's images first.
    """
    if images is None:
        return embed_tokens(params.embed, tokens)
    is_image = tokens == config.vision.image_token_id
    x = embed_tokens(params.embed, jnp.where(is_image, 0, tokens))  # the soft token's own row is never used
    features = embed_images(params.vision, config, images).astype(x.dtype)
    flat = features.reshape(-1, features.shape[-1])
    ordinal = jnp.cumsum(is_image.reshape(-1)).reshape(tokens.shape) - 1
    soft = jnp.take(flat, jnp.clip(ordinal, 0, flat.shape[0] - 1), axis=0)
    return jnp.where(is_image[..., None], soft, x)
