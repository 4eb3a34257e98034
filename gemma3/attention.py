"""Grouped-query attention: the masks and the plain XLA reference.

Causality and the sliding window are decided by *slot indices* (where a token sits in the
sequence or the cache); RoPE uses *positions* (which may restart per packed segment). A query
at index i sees a key at index j when `j <= i`, `i - W < j` on local layers, and both carry
the same segment id. Keys at index < 0 are empty cache slots and never seen. Image prompts
(`gemma3.vision`) add one case: a query also sees the later tokens of its own image (same
`image_blocks` id >= 0), as transformers' Gemma 3 does; the window still applies.
"""

from __future__ import annotations

import jax
import jax.numpy as jnp
from jaxtyping import Array, Bool, Float, Int

_MASKED = -2.3819763e38  # a finite "minus infinity": fully masked rows stay NaN-free


def attention_mask(
    q_index: Int[Array, "B T"],
    k_index: Int[Array, "B S"],
    q_segment: Int[Array, "B T"] | None = None,
    k_segment: Int[Array, "B S"] | None = None,
    sliding_window: int | None = None,
    q_block: Int[Array, "B T"] | None = None,
    k_block: Int[Array, "B S"] | None = None,
) -> Bool[Array, "B T S"]:
    """True where query t may attend to key s; `q_block`/`k_block`: image ids (-1 for text), see `gemma3.vision`."""
    qi, ki = q_index[:, :, None], k_index[:, None, :]
    seen = ki <= qi
    if q_block is not None:
        seen |= (q_block[:, :, None] == k_block[:, None, :]) & (q_block[:, :, None] >= 0)
    mask = seen & (ki >= 0)
    if sliding_window is not None:
        mask &= qi - ki < sliding_window
    if q_segment is not None:
        mask &= q_segment[:, :, None] == k_segment[:, None, :]
    return mask


def shared_prefix_mask(
    segment_ids: Int[Array, "B T"], positions: Int[Array, "B T"], sliding_window: int | None = None
) -> Bool[Array, "B T T"]:
    """The mask of rows that pack one prompt and the completions that share it (GRPO's groups).

    Segment 1 is the prompt; segments 2, 3, ... are completions, each continuing the prompt:
    a completion token sees the prompt and the earlier tokens of its own completion, never
    another completion; 0 is padding, seen by no real token. Causality is by slot; the window
    is by position, because a completion's distance to the prompt is its position difference
    (every completion restarts at the prompt's end), not its slot difference.
    """
    index = jnp.arange(segment_ids.shape[1], dtype=jnp.int32)
    q_seg, k_seg = segment_ids[:, :, None], segment_ids[:, None, :]
    mask = (index[None, None, :] <= index[None, :, None]) & ((q_seg == k_seg) | ((k_seg == 1) & (q_seg > 1)))
    if sliding_window is not None:
        mask &= positions[:, :, None] - positions[:, None, :] < sliding_window
    return mask


def attention_reference(
    q: Float[Array, "B T N H"],
    k: Float[Array, "B S K H"],
    v: Float[Array, "B S K H"],
    mask: Bool[Array, "B T S"],
    scale: float,
) -> Float[Array, "B T N H"]:
    """Softmax attention materializing the [B, N, T, S] scores; query heads grouped per kv head."""
    B, T, N, H = q.shape
    K = k.shape[2]
    q = q.reshape(B, T, K, N // K, H)
    scores = jnp.einsum("btkgh,bskh->bkgts", q, k, preferred_element_type=jnp.float32) * scale
    scores = jnp.where(mask[:, None, None], scores, _MASKED)
    probs = jax.nn.softmax(scores, axis=-1).astype(v.dtype)
    out = jnp.einsum("bkgts,bskh->btkgh", probs, v)
    return out.reshape(B, T, N, H)


def self_attention(
    q: Float[Array, "B T N H"],
    k: Float[Array, "B T K H"],
    v: Float[Array, "B T K H"],
    *,
    segment_ids: Int[Array, "B T"],
    sliding_window: int | None,
    scale: float,
    impl: str = "xla",
    positions: Int[Array, "B T"] | None = None,
    shared_prefix: bool = False,
    image_blocks: Int[Array, "B T"] | None = None,
) -> Float[Array, "B T N H"]:
    """Causal self-attention over a whole sequence, by the XLA reference or the Pallas kernel.

    `shared_prefix`: the rows pack a prompt and completions that share it (`shared_prefix_mask`,
    which needs `positions`); the XLA reference only. `image_blocks` (`gemma3.vision.image_blocks`):
    each image's tokens also see each other; such prompts always take the XLA reference (the
    kernel's block skipping assumes causality), whatever `impl` says.
    """
    if shared_prefix:
        if impl != "xla":
            raise ValueError(f"shared-prefix rows (GRPO's share_prompt) need attn_impl='xla', got {impl!r}")
        if positions is None:
            raise ValueError("shared-prefix rows need positions (the sliding window is measured on them)")
        return attention_reference(q, k, v, shared_prefix_mask(segment_ids, positions, sliding_window), scale)
    if impl == "pallas" and image_blocks is None:
        from gemma3.flash.forward import flash_attention
        from gemma3.sharding import shard_attention

        def attend(q, k, v, segment_ids, interpret):
            return flash_attention(
                q, k, v, sliding_window=sliding_window, segment_ids=segment_ids, scale=scale, interpret=interpret
            )

        return shard_attention(attend, q, k, v, segment_ids)  # per device on a mesh (see gemma3.sharding)
    index = jnp.broadcast_to(jnp.arange(q.shape[1], dtype=jnp.int32), segment_ids.shape)
    mask = attention_mask(index, index, segment_ids, segment_ids, sliding_window, image_blocks, image_blocks)
    return attention_reference(q, k, v, mask, scale)
