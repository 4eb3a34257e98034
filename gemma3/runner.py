"""The decoder layer loop, written once: every pass over the layers goes through this module.

    run_layers(layers, config, x, layer_fn)            the parallel forward (`gemma3.model`)
    run_layers(layers, config, x, layer_fn, caches)    prefill, decode, extend (`gemma3.kv_cache`)
    scan_layers(fn, carry, layers, config, ...)        any other scan over the stacked layers
                                                       (SFT's hand-differentiated backward)

`layer_fn(layer, x, is_global, kv, kv_index) -> (x, kv)` runs one block: `layer` one layer's
weights, `is_global` its kind (a traced flag in a scan, a Python bool where the kind is known
when tracing), `kv` the per-kind state it reads and writes (a cache's keys and values; None
without caches) and `kv_index` the layer's place among the layers of its kind.

Three schedules, picked by the arguments:
- stacked weights, no caches: one `lax.scan` over the layers, the kind a scanned flag; the
  block is traced once whatever the depth (62 layers at 27b). `remat` wraps the scanned step
  (`remat_policy`: recompute each block in the backward, its input kept on the device or the host).
- stacked weights with `caches = (local, global)`: a scan over groups (`global_every - 1` local
  layers by an inner scan, then one global), then a tail of local layers, so each kind is traced
  with its kind known and writes only its own cache, in place. (One scan with `lax.cond` on the
  kind makes XLA copy both whole caches into the branches every layer.)
- unstacked weights (a tuple of per-layer weights, `gemma3.kv_cache.unstack_layers`): a Python
  loop. XLA:CPU copies each layer's weights out of stacked arrays before every matmul of a
  scanned loop (more than half of a 270M decode step); the price is compile time that grows
  with depth, so it is for small models on CPU.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import jax
import jax.numpy as jnp
from jax.ad_checkpoint import checkpoint_name
from jaxtyping import Array, Bool, Float

from gemma3.config import Config

LayerFn = Callable[[Any, jax.Array, Any, Any, Any], tuple[jax.Array, Any]]

LAYER_INPUT = "layer_input"  # `checkpoint_name` of the residual stream entering each block (`run_layers`)
REMAT = (False, True, "offload")  # the `remat` settings by name; a `jax.checkpoint_policies` policy also works


def remat_policy(remat):
    """The `jax.checkpoint` policy a `remat` setting names (None for `remat=False`: no checkpoint).

    - True: save nothing; the backward recomputes each block from its input, which the layer
      scan keeps on the device (`[L, B, T, D]`: at 27B, B = 8, T = 2048, 10.2 GiB per chip).
    - "offload": the same recomputation, but each block's input (`LAYER_INPUT`) is moved to the
      host's pinned memory as the forward pass leaves the block and fetched back when the
      backward reaches it, so the `[L, B, T, D]` stack lives in host memory, not HBM. The copies
      are asynchronous, beside the layers' compute; they cost host-device bandwidth (2 B T D
      bytes per layer and step, each way). On CPU, host and device memory are the same RAM.
    - a `jax.checkpoint_policies` policy: used as given.
    """
    if remat is False or remat is None:
        return None
    if remat is True:
        return jax.checkpoint_policies.nothing_saveable
    if remat == "offload":
        return jax.checkpoint_policies.save_and_offload_only_these_names(
            names_which_can_be_saved=[], names_which_can_be_offloaded=[LAYER_INPUT],
            offload_src="device", offload_dst="pinned_host",
        )  # fmt: skip
    if isinstance(remat, str) or not callable(remat):
        raise ValueError(f"remat must be one of {REMAT} or a jax.checkpoint_policies policy, got {remat!r}")
    return remat


def layer_kinds(config: Config) -> Bool[Array, " L"]:
    """Each layer's kind as a flag, True for global layers: scanned beside the stacked weights."""
    return jnp.asarray(config.global_layers)


def _checkpointed(fn: Callable, remat, static_argnums: tuple[int, ...] = ()) -> Callable:
    """`fn` under `jax.checkpoint` with the policy `remat` names (`remat_policy`); `fn` itself for `remat=False`."""
    policy = remat_policy(remat)
    if policy is None:
        return fn
    return jax.checkpoint(fn, policy=policy, static_argnums=static_argnums)


def scan_layers(fn: Callable, carry, layers, config: Config, *, xs=None, reverse: bool = False, remat=False):
    """`lax.scan` over the stacked `layers` and their kinds: `fn(carry, layer, is_global, x) -> (carry, y)`.

    `xs` (optional, leading axis L) are scanned beside them; returns `(carry, ys)`. `remat`: see `run_layers`."""

    def step(carry, scanned):
        layer, is_global, x = scanned
        return fn(carry, layer, is_global, x)

    return jax.lax.scan(_checkpointed(step, remat), carry, (layers, layer_kinds(config), xs), reverse=reverse)


def run_layers(
    layers, config: Config, x: Float[Array, "B T D"], layer_fn: LayerFn, caches=None, *, remat=False
) -> tuple[Float[Array, "B T D"], Any]:
    """All blocks in order; returns the residual stream after the last one and the caches (None without).

    `layers`: the stacked weights (leading axis L) or a tuple of per-layer weights. `caches`:
    None, or `(local, global)` pytrees whose leaves lead with the layers of that kind (`Ll`,
    `Lg`); layer_fn gets its layer's kind's pytree and `kv_index`, and returns it updated.
    `remat` (True, "offload", or a `jax.checkpoint_policies` policy, see `remat_policy`): recompute
    each block in the backward. Each block's input is named `LAYER_INPUT` for the policies.
    """
    layer_fn = _named_input(layer_fn)
    if isinstance(layers, tuple):
        return _python_loop(layers, config, x, layer_fn, caches, remat)
    if caches is None:

        def step(x, layer, is_global, _):
            return layer_fn(layer, x, is_global, None, None)[0], None

        x, _ = scan_layers(step, x, layers, config, remat=remat)
        return x, None
    return _grouped_scan(layers, config, x, layer_fn, caches, remat)


def _named_input(layer_fn: LayerFn) -> LayerFn:
    """`layer_fn` with its block input named `LAYER_INPUT` (what `remat="offload"` moves to the host)."""

    def named(layer, x, *rest):
        return layer_fn(layer, checkpoint_name(x, LAYER_INPUT), *rest)

    return named


def _python_loop(layers: tuple, config: Config, x, layer_fn, caches, remat):
    if len(layers) != config.num_layers:
        raise ValueError(f"layers: {len(layers)} per-layer weights for a config of {config.num_layers} layers")
    local, global_ = caches if caches is not None else (None, None)
    fn = _checkpointed(layer_fn, remat, static_argnums=(2,))  # the kind is a Python bool here
    period = config.global_every
    for i, layer in enumerate(layers):
        if config.is_global_layer(i):
            x, global_ = fn(layer, x, True, global_, i // period)
        else:
            x, local = fn(layer, x, False, local, i - (i + 1) // period)
    return x, None if caches is None else (local, global_)


def _grouped_scan(layers, config: Config, x, layer_fn, caches, remat):
    period = config.global_every
    groups, tail = divmod(config.num_layers, period)
    locals_per_group = period - 1
    fn = _checkpointed(layer_fn, remat, static_argnums=(2,))  # the kind is a Python bool here

    def layer_at(index):
        return jax.tree.map(lambda w: jax.lax.dynamic_index_in_dim(w, index, 0, keepdims=False), layers)

    def local_layers(x, kv, first_layer, first_local, count):
        def body(carry, j):
            x, kv = carry
            return fn(layer_at(first_layer + j), x, False, kv, first_local + j), None

        if count == 0:
            return x, kv
        (x, kv), _ = jax.lax.scan(body, (x, kv), jnp.arange(count, dtype=jnp.int32))
        return x, kv

    def group(carry, g):
        x, local, global_ = carry
        x, local = local_layers(x, local, g * period, g * locals_per_group, locals_per_group)
        x, global_ = fn(layer_at(g * period + period - 1), x, True, global_, g)
        return (x, local, global_), None

    local, global_ = caches
    if groups:
        (x, local, global_), _ = jax.lax.scan(group, (x, local, global_), jnp.arange(groups, dtype=jnp.int32))
    x, local = local_layers(x, local, groups * period, groups * locals_per_group, tail)
    return x, (local, global_)
