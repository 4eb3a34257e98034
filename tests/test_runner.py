"""The one layer loop: its three schedules run the same layers, in order, each with its kind and its cache slot."""

import dataclasses

import jax
import jax.numpy as jnp
import numpy as np
import pytest

from gemma3.config import get_config
from gemma3.runner import run_layers, scan_layers

# two groups of (local, local, global), then a tail of two local layers
CONFIG = dataclasses.replace(get_config("270m"), num_layers=8, global_every=3)
STACKED = {"w": jnp.arange(1.0, 9.0)}
UNSTACKED = tuple({"w": w} for w in STACKED["w"])


def layer_fn(layer, x, is_global, kv, kv_index):
    """Order-sensitive arithmetic; writes its output into its kind's slot `kv_index`."""
    x = 0.5 * x + layer["w"] + jnp.where(is_global, 100.0, 0.0)
    if kv is not None:
        kv = kv.at[kv_index].set(x)
    return x, kv


def expected():
    x, local, global_ = jnp.float32(1.0), [], []
    for i in range(CONFIG.num_layers):
        x = 0.5 * x + STACKED["w"][i] + (100.0 if CONFIG.is_global_layer(i) else 0.0)
        (global_ if CONFIG.is_global_layer(i) else local).append(x)
    return x, np.array(local), np.array(global_)


@pytest.mark.parametrize("layers", [STACKED, UNSTACKED], ids=["stacked", "unstacked"])
def test_every_schedule_runs_the_layers_in_order_with_their_kind_and_cache_slot(layers):
    want, want_local, want_global = expected()
    assert len(want_local) == CONFIG.num_local_layers == 6 and len(want_global) == CONFIG.num_global_layers == 2
    x, caches = jax.jit(lambda x: run_layers(layers, CONFIG, x, layer_fn))(jnp.float32(1.0))
    assert caches is None
    np.testing.assert_allclose(x, want, rtol=1e-6)
    empty = (jnp.zeros(CONFIG.num_local_layers), jnp.zeros(CONFIG.num_global_layers))
    x, (local, global_) = jax.jit(lambda x, c: run_layers(layers, CONFIG, x, layer_fn, c))(jnp.float32(1.0), empty)
    np.testing.assert_allclose(x, want, rtol=1e-6)
    np.testing.assert_allclose(local, want_local, rtol=1e-6)
    np.testing.assert_allclose(global_, want_global, rtol=1e-6)


@pytest.mark.parametrize("layers", [STACKED, UNSTACKED], ids=["stacked", "unstacked"])
def test_remat_recomputes_without_changing_the_gradient(layers):
    def loss(layers, remat):
        return run_layers(layers, CONFIG, jnp.float32(1.0), layer_fn, remat=remat)[0] ** 2

    plain, remat = (jax.grad(loss)(layers, r) for r in (False, True))
    jax.tree.map(lambda a, b: np.testing.assert_allclose(a, b, rtol=1e-6), plain, remat)
    traced = {r: str(jax.make_jaxpr(lambda p, r=r: loss(p, r))(layers)) for r in (False, True)}
    assert "remat" in traced[True] and "remat" not in traced[False]  # the blocks run under `jax.checkpoint`


@pytest.mark.parametrize("layers", [STACKED, UNSTACKED], ids=["stacked", "unstacked"])
def test_offload_remat_moves_each_block_input_to_the_host_without_changing_the_gradient(layers):
    def nonlinear(layer, x, is_global, kv, kv_index):  # its backward needs the block's input
        return jnp.sin(x) * layer["w"] + jnp.where(is_global, 1.0, 0.0), kv

    def loss(layers, remat):
        return run_layers(layers, CONFIG, jnp.float32(1.0), nonlinear, remat=remat)[0] ** 2

    full, offload = (jax.jit(jax.grad(loss), static_argnums=1)(layers, r) for r in (True, "offload"))
    jax.tree.map(lambda a, b: np.testing.assert_allclose(a, b, rtol=1e-6), full, offload)
    traced = {r: str(jax.make_jaxpr(jax.grad(lambda p, r=r: loss(p, r)))(layers)) for r in (True, "offload")}
    assert "MemorySpace.Host" in traced["offload"] and "MemorySpace.Host" not in traced[True]
    with pytest.raises(ValueError, match="remat must be one of"):
        run_layers(layers, CONFIG, jnp.float32(1.0), nonlinear, remat="host")


def test_scan_layers_runs_backwards_with_scanned_inputs():
    def step(carry, layer, is_global, x):
        return carry * 10 + layer["w"] + x + jnp.where(is_global, 0.5, 0.0), carry

    xs = jnp.arange(CONFIG.num_layers, dtype=jnp.float32) * 0.01
    carry, ys = scan_layers(step, jnp.float32(0.0), STACKED, CONFIG, xs=xs, reverse=True)
    want = 0.0
    for i in reversed(range(CONFIG.num_layers)):
        want = want * 10 + float(STACKED["w"][i]) + float(xs[i]) + (0.5 if CONFIG.is_global_layer(i) else 0.0)
    np.testing.assert_allclose(carry, want, rtol=1e-6)
    assert ys.shape == (CONFIG.num_layers,)
