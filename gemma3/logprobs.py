"""Log-probabilities of target tokens from the residual stream, a chunk of positions at a time.

SFT's loss (`gemma3.training.sft_loss.chunked_nll`) and GRPO's policy log-probs (`gemma3.training.grpo.token_logprobs`)
both need `log softmax(logits)[target]` at many positions, and neither can afford the float32
logits `[B, T, V]` at once (at 27B, V = 262,144: 1 GiB per 1,000 positions of one sequence). Both
cut the positions into chunks (`split_chunks`), compute one chunk's logits, log-sum-exp and target
logit inside (`target_logprobs`), and recompute them in the backward pass. Memory: O(B * chunk * V).
"""

from __future__ import annotations

import jax
import jax.numpy as jnp
from jaxtyping import Array, Float, Int

from gemma3.config import Config
from gemma3.model import unembed
from gemma3.params import Params


def split_chunks(a: jax.Array, size: int) -> jax.Array:
    """`[B, T, ...]` -> `[chunks, B, size, ...]`, T zero-padded up to a multiple of `size`."""
    B, T = a.shape[:2]
    pad = -T % size
    if pad:
        a = jnp.pad(a, ((0, 0), (0, pad)) + ((0, 0),) * (a.ndim - 2))
    return jnp.swapaxes(a.reshape(B, (T + pad) // size, size, *a.shape[2:]), 0, 1)


def target_logprobs(
    params: Params, config: Config, x: Float[Array, "B C D"], targets: Int[Array, "B C"], temperature: float = 1.0
) -> Float[Array, "B C"]:
    """`log softmax(unembed(x) / temperature)[targets]` in float32, the `[B, C, V]` logits inside.

    Only `params.embed` and `params.final_norm` are read (`gemma3.model.unembed`).
    """
    logits = unembed(params, config, x)
    if temperature != 1.0:
        logits = logits / temperature
    picked = jnp.take_along_axis(logits, targets[..., None], axis=-1)[..., 0]
    return picked - jax.nn.logsumexp(logits, axis=-1)


def picked_logprobs(
    params: Params,
    config: Config,
    x: Float[Array, "B C D"],
    targets: Int[Array, "B C"],
    temperature: float = 1.0,
    chunk: int = 64,
) -> Float[Array, "B C"]:
    """`target_logprobs`, float32, `chunk` positions of logits at a time, recomputed in the backward pass."""
    B, C = targets.shape
    chunk = min(chunk, C)

    @jax.checkpoint
    def chunk_logprobs(x_chunk, target_chunk):
        return target_logprobs(params, config, x_chunk, target_chunk, temperature)

    out = jax.lax.map(lambda xs: chunk_logprobs(*xs), (split_chunks(x, chunk), split_chunks(targets, chunk)))
    return out.swapaxes(0, 1).reshape(B, -1)[:, :C]
