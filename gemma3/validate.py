"""Checks at the public boundary: cheap, on the host, before anything compiles or runs.

Each raises with the argument's name, what was expected and what was found, so a bad input
stops at the call that received it instead of hanging, running silently wrong, or failing
deep inside JAX. Inside `jit` (tracers) the token check is skipped: it needs the values.
"""

from __future__ import annotations

import numbers

import jax
import jax.numpy as jnp
import numpy as np

# the dtypes weights, activations and caches may take; float64 is off in JAX by default
FLOAT_DTYPES = ("float32", "bfloat16", "float16")


def count(value, name: str, *, minimum: int = 1) -> int:
    """`value` as an int >= `minimum`; floats (even 3.0), bools and strings are refused."""
    if isinstance(value, bool) or not isinstance(value, numbers.Integral):
        raise TypeError(f"{name} must be an int >= {minimum}, got {value!r} ({type(value).__name__})")
    if value < minimum:
        raise ValueError(f"{name} must be an int >= {minimum}, got {value}")
    return int(value)


def token_ids(tokens, upper: int, name: str = "tokens") -> None:
    """Raise unless every id of `tokens` (any shape) is an integer in [0, `upper`), naming the first bad one."""
    if isinstance(tokens, jax.core.Tracer) or (isinstance(tokens, jax.Array) and not tokens.is_fully_addressable):
        return  # inside jit, or spread over the hosts of a slice: each host sees only its part
    array = np.asarray(tokens)
    if array.size == 0:
        return
    if not np.issubdtype(array.dtype, np.integer):
        raise TypeError(f"{name} must hold integer token ids, got dtype {array.dtype} (e.g. {array.flat[0]!r})")
    bad = (array < 0) | (array >= upper)
    if bad.any():
        where = tuple(int(i) for i in np.argwhere(bad)[0])
        index = f"[{', '.join(map(str, where))}]" if where else ""
        raise ValueError(
            f"{name}{index} = {int(array[where])} is not a token id: expected ids in [0, {upper}) "
            f"({int(bad.sum())} out of range); tokenize with the model's tokenizer"
        )


def float_dtype(dtype, name: str = "dtype") -> jnp.dtype:
    """`dtype` as a `jnp.dtype`, one of `FLOAT_DTYPES` (names like "bfloat16" or dtypes like `jnp.bfloat16`)."""
    try:
        resolved = None if dtype is None or isinstance(dtype, bool) else jnp.dtype(dtype)
    except TypeError:
        resolved = None
    if resolved is None or resolved.name not in FLOAT_DTYPES:
        raise ValueError(f"{name} must be one of {', '.join(FLOAT_DTYPES)} (a name or a jnp dtype), got {dtype!r}")
    return resolved
