"""The sampling rule: next token ids from logits. Temperature 0 is greedy (argmax); otherwise
logits / temperature, then top-k, then top-p (nucleus), then a categorical draw.

`Sampler` is the rule's static part, compiled into the decode loop (`gemma3.decode_loop`);
`sample_logits` applies a rule to one batch of logits; `top_k_mask` and `top_p_mask` are the two cuts.
"""

from __future__ import annotations

import dataclasses

import jax
import jax.numpy as jnp
from jaxtyping import Array, Float, Int

_NEG_INF = -jnp.inf


def top_k_mask(logits: Float[Array, "*B V"], k: int) -> Float[Array, "*B V"]:
    """Keep the k largest logits of each row, -inf elsewhere (ties at the k-th value are kept)."""
    kth = jax.lax.top_k(logits, k)[0][..., -1:]
    return jnp.where(logits >= kth, logits, _NEG_INF)


def top_p_mask(logits: Float[Array, "*B V"], p: float | jax.Array) -> Float[Array, "*B V"]:
    """Keep the smallest set of most probable tokens whose probability reaches `p`, -inf elsewhere.

    A token is kept when the probability of the tokens strictly more likely than it is < p,
    so the most likely token is always kept. Sorts the whole row: O(V log V).
    """
    logits = logits.astype(jnp.float32)
    ordered = jnp.sort(logits, axis=-1)[..., ::-1]
    probs = jax.nn.softmax(ordered, axis=-1)
    before = jnp.cumsum(probs, axis=-1) - probs
    threshold = jnp.min(jnp.where(before < p, ordered, jnp.inf), axis=-1, keepdims=True)
    return jnp.where(logits >= threshold, logits, _NEG_INF)


@dataclasses.dataclass(frozen=True)
class Sampler:
    """The static part of a sampling rule (temperature and top_p values stay dynamic)."""

    greedy: bool = True
    top_k: int | None = None
    top_p: bool = False  # whether a top-p cut applies


def sample_logits(
    logits: Float[Array, "B V"],
    key: jax.Array,
    *,
    temperature: float | jax.Array = 0.0,
    top_k: int | None = None,
    top_p: float | jax.Array | None = None,
) -> Int[Array, " B"]:
    """Next token ids from float logits: greedy when `temperature` is 0, else tempered top-k / top-p draws."""
    greedy = isinstance(temperature, (int, float)) and temperature == 0
    rule = Sampler(greedy=greedy, top_k=top_k, top_p=top_p is not None)
    return _sample(rule, logits, key, temperature, 1.0 if top_p is None else top_p)


def _sample(rule: Sampler, logits, key, temperature, top_p):
    if rule.greedy:
        return jnp.argmax(logits, axis=-1).astype(jnp.int32)
    logits = logits.astype(jnp.float32) / temperature
    if rule.top_k is not None:  # sample among the k best only: cheaper than masking all of V
        values, ids = jax.lax.top_k(logits, rule.top_k)
        if rule.top_p:
            values = top_p_mask(values, top_p)
        choice = jax.random.categorical(key, values, axis=-1)
        return jnp.take_along_axis(ids, choice[:, None], axis=-1)[:, 0].astype(jnp.int32)
    if rule.top_p:
        logits = top_p_mask(logits, top_p)
    return jax.random.categorical(key, logits, axis=-1).astype(jnp.int32)
