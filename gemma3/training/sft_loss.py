"""SFT's loss: the masked next-token NLL, chunked so the float32 logits never exist whole, and its gradient.

The loss is the mean negative log-likelihood of the target tokens: token t (t >= 1) is predicted
from tokens < t and counts when `loss_mask[:, t] == 1` (and t - 1 is in the same packed
segment). Over gradient-accumulation micro-batches it is the mean over all target tokens of
the whole batch (sums and counts are accumulated, not per-micro-batch means).

The logits are never materialized as one float32 `[B, T, V]` array (at 27B and T = 2048 that is
2 GiB per sequence): the sequence is cut into chunks of `chunk_size` positions, each chunk's
float32 logits, log-sum-exp and target logit are computed under `jax.checkpoint`, and the
backward pass recomputes them chunk by chunk. When the embedding and final norm are frozen
(LoRA), each chunk's gradient with respect to the hidden state is formed in the forward pass
instead, so the logits are computed twice, not three times (`chunked_nll`'s `frozen_head`).

`accumulate_gradients` is the gradient of the summed NLL with the layer scan differentiated by hand,
so gradient accumulation adds each layer's gradient in place (`gemma3.training.sft.make_train_step`).
"""

from __future__ import annotations

import functools

import jax
import jax.numpy as jnp
from jax.custom_derivatives import SymbolicZero
from jaxtyping import Array, Float, Int

from gemma3.config import Config
from gemma3.layers import embed_tokens
from gemma3.logprobs import split_chunks, target_logprobs
from gemma3.model import block, hidden_states
from gemma3.params import Params
from gemma3.runner import scan_layers
from gemma3.training.sft_data import Batch


def _targets(tokens, loss_mask, segment_ids):
    """Targets of positions 0..T-2 (the next token) and their 0/1 float32 weights."""
    weights = loss_mask[:, 1:].astype(jnp.float32)
    if segment_ids is not None:
        weights = weights * (segment_ids[:, 1:] == segment_ids[:, :-1])
    return tokens[:, 1:], weights


def chunked_nll(
    params: Params,
    config: Config,
    x: Float[Array, "B T D"],
    targets: Int[Array, "B T"],
    weights: Float[Array, "B T"],
    chunk_size: int = 512,
    frozen_head: bool = False,
) -> Float[Array, ""]:
    """Sum over positions of `weights * (logsumexp(logits) - logits[target])`, chunk by chunk.

    `x` is the residual stream before the final norm; each chunk goes through
    `gemma3.model.unembed` (final norm, tied embedding, float32 logits).

    `frozen_head` (LoRA: the embedding and final norm are not trained): each chunk's gradient
    with respect to x is formed in the forward pass beside its loss and kept (`[B, T, D]`, the
    size of x, which the recomputing form keeps instead), so the backward only scales it: the
    logits are computed twice (forward and `dx`), not three times. At V = 262,144 the logits are
    most of a small model's step. Differentiating the embedding or final norm through it is an error.
    """
    size = min(chunk_size, x.shape[1])

    def split(a):  # [B, T, ...] -> [chunks, B, size, ...], zero-padded (weight 0)
        return split_chunks(a, size)

    if frozen_head:
        return _frozen_head_nll(params.embed, params.final_norm, config, split(x), split(targets), split(weights))

    @jax.checkpoint
    def chunk_nll(chunk):
        return _chunk_nll(params.embed, params.final_norm, config, *chunk)

    return jnp.sum(jax.lax.map(chunk_nll, (split(x), split(targets), split(weights))))


def _chunk_nll(embed, final_norm, config, x_c, t_c, w_c):
    """One chunk's summed, weighted NLL: `[B, size, D]` in, its `[B, size, V]` float32 logits inside."""
    head = Params(embed=embed, layers=None, final_norm=final_norm)
    return -jnp.sum(target_logprobs(head, config, x_c, t_c) * w_c)


@functools.partial(jax.custom_vjp, nondiff_argnums=(2,))
def _frozen_head_nll(embed, final_norm, config, x, targets, weights):
    """`chunked_nll(frozen_head=True)` on chunks `[chunks, B, size, ...]`: the gradient of x made in the forward."""
    return jnp.sum(jax.lax.map(lambda chunk: _chunk_nll(embed, final_norm, config, *chunk), (x, targets, weights)))


def _frozen_head_fwd(embed, final_norm, config, x, targets, weights):
    if embed.perturbed or final_norm.perturbed:
        raise ValueError(
            "chunked_nll(frozen_head=True) gives no gradient to the embedding or final norm, but one of them is "
            "being differentiated; pass frozen_head=False when they are trained"
        )

    def chunk(chunk):
        return jax.value_and_grad(_chunk_nll, argnums=3)(embed.value, final_norm.value, config, *chunk)

    nll, dx = jax.lax.map(chunk, (x.value, targets.value, weights.value))
    return jnp.sum(nll), dx


def _frozen_head_bwd(config, dx, g):
    return None, None, None if isinstance(g, SymbolicZero) else (g * dx).astype(dx.dtype), None, None


_frozen_head_nll.defvjp(_frozen_head_fwd, _frozen_head_bwd, symbolic_zeros=True)


def _select(x, targets, weights, max_targets: int):
    """Gather the (at most `max_targets`) weighted positions into one row: `[1, M, ...]`."""
    flat_w = weights.reshape(-1)
    (index,) = jnp.nonzero(flat_w > 0, size=max_targets, fill_value=0)
    used = jnp.arange(max_targets) < jnp.sum(flat_w > 0)
    x = x.reshape(-1, x.shape[-1])[index]
    return x[None], targets.reshape(-1)[index][None], jnp.where(used, flat_w[index], 0.0)[None]


def nll_sum_and_count(
    params: Params,
    config: Config,
    tokens: Int[Array, "B T"],
    loss_mask: Int[Array, "B T"],
    *,
    segment_ids: Int[Array, "B T"] | None = None,
    positions: Int[Array, "B T"] | None = None,
    attn_impl: str | None = None,
    remat: bool = False,
    chunk_size: int = 512,
    max_targets: int | None = None,
    frozen_head: bool = False,
) -> tuple[Float[Array, ""], Float[Array, ""], Float[Array, ""]]:
    """Summed NLL of the target tokens, how many were used, and how many the batch has.

    `max_targets` (optional, static): compute logits only at up to that many target positions
    (gathered with a fixed-size `jnp.nonzero`) instead of at all B x T. A big saving when prompts
    dominate (chat SFT); targets beyond the bound are left out, visible as used < total.
    `frozen_head`: the embedding and final norm are not trained (LoRA), see `chunked_nll`.
    """
    x = hidden_states(params, config, tokens, positions=positions, segment_ids=segment_ids,
                      attn_impl=attn_impl, remat=remat)  # fmt: skip
    return _nll_from_hidden(params, config, x, tokens, loss_mask, segment_ids, chunk_size, max_targets, frozen_head)


def _nll_from_hidden(params, config, x, tokens, loss_mask, segment_ids, chunk_size, max_targets, frozen_head=False):
    """`nll_sum_and_count` from the residual stream after the last block, `[B, T, D]`."""
    targets, weights = _targets(tokens, loss_mask, segment_ids)
    x = x[:, :-1]
    total = jnp.sum(weights)
    if max_targets is not None:
        x, targets, weights = _select(x, targets, weights, max_targets)
    return chunked_nll(params, config, x, targets, weights, chunk_size, frozen_head), jnp.sum(weights), total


def accumulate_gradients(
    acc: Params,
    params: Params,
    config: Config,
    micro: Batch,
    *,
    attn_impl: str | None = None,
    chunk_size: int = 512,
    max_targets: int | None = None,
) -> tuple[Params, Float[Array, ""], Float[Array, ""], Float[Array, ""]]:
    """`acc` (float32) plus this micro-batch's gradient of the summed NLL; also `nll_sum_and_count`'s three.

    The same numbers as `acc + jax.grad(...)` with `remat=True`, but each layer's weight gradient
    is added into `acc` inside the backward layer scan as soon as it exists. Autodiff of the layer
    scan would first stack all L of them, a parameter-dtype gradient the size of the model held
    next to the float32 accumulator (27B on v5p-8: 12.8 GiB per chip). So the layer scan is
    differentiated by hand here: a forward scan keeping each layer's input (what `remat` keeps),
    then a reverse scan that recomputes the block, takes its vjp and adds `dW` in place. Both are
    `gemma3.runner.scan_layers` over the same `gemma3.model.block` as the forward pass.
    """
    tokens = jnp.asarray(micro.tokens, jnp.int32)
    positions = micro.positions
    if positions is None:
        positions = jnp.broadcast_to(jnp.arange(tokens.shape[1], dtype=jnp.int32), tokens.shape)
    segment_ids = jnp.zeros_like(tokens) if micro.segment_ids is None else micro.segment_ids
    impl = attn_impl or config.attn_impl

    def layer_out(layer, x, is_global):
        return block(layer, config, x, positions, segment_ids, is_global, impl)

    x, embed_vjp = jax.vjp(lambda embed: embed_tokens(embed, tokens), params.embed)
    keep_input = lambda x, layer, is_global, _: (layer_out(layer, x, is_global), x)  # noqa: E731
    x, inputs = scan_layers(keep_input, x, params.layers, config)

    def head(embed, final_norm, x):
        p = Params(embed=embed, layers=params.layers, final_norm=final_norm)
        nll, count, total = _nll_from_hidden(p, config, x, tokens, micro.loss_mask, micro.segment_ids,
                                             chunk_size, max_targets)  # fmt: skip
        return nll, (count, total)

    nll, head_vjp, (count, total) = jax.vjp(head, params.embed, params.final_norm, x, has_aux=True)
    d_embed, d_final_norm, dx = head_vjp(jnp.ones_like(nll))

    def backward(carry, layer, is_global, scanned):
        dx, acc_layers = carry
        i, x = scanned
        _, layer_vjp = jax.vjp(lambda layer, x: layer_out(layer, x, is_global), layer, x)
        d_layer, dx = layer_vjp(dx)
        acc_layers = jax.tree.map(lambda a, g: a.at[i].add(g.astype(jnp.float32)), acc_layers, d_layer)
        return (dx, acc_layers), None

    scanned = (jnp.arange(config.num_layers), inputs)
    (dx, acc_layers), _ = scan_layers(backward, (dx, acc.layers), params.layers, config, xs=scanned, reverse=True)
    (d_embed_input,) = embed_vjp(dx)
    acc = Params(
        embed=acc.embed + (d_embed + d_embed_input).astype(jnp.float32),
        layers=acc_layers,
        final_norm=acc.final_norm + d_final_norm.astype(jnp.float32),
    )
    return acc, nll, count, total


def loss(
    params: Params,
    config: Config,
    tokens: Int[Array, "B T"],
    loss_mask: Int[Array, "B T"],
    *,
    segment_ids: Int[Array, "B T"] | None = None,
    positions: Int[Array, "B T"] | None = None,
    attn_impl: str | None = None,
    remat: bool = False,
    chunk_size: int = 512,
    max_targets: int | None = None,
) -> Float[Array, ""]:
    """Mean next-token NLL over the target tokens (0 when there are none). See the module docstring."""
    nll, count, _ = nll_sum_and_count(params, config, tokens, loss_mask, segment_ids=segment_ids,
                                      positions=positions, attn_impl=attn_impl, remat=remat,
                                      chunk_size=chunk_size, max_targets=max_targets)  # fmt: skip
    return nll / jnp.maximum(count, 1.0)
