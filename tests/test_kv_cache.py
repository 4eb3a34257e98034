"""KV-cache inference: prefill + decode equal the full forward pass; the cache's layout, size, bounds, errors."""

import dataclasses

import jax
import jax.numpy as jnp
import numpy as np
import pytest

import gemma3
from gemma3.kv_cache import cache_logical_axes, decode_step, init_cache, prefill, unstack_layers
from gemma3.params import logical_axes

# 7 layers: one group (5 local, 1 global) and a local tail; a window of 8 so decoding wraps the rings.
TINY = dataclasses.replace(
    gemma3.get_config("270m"), num_layers=7, embed_dim=64, num_heads=4, num_kv_heads=2, head_dim=16,
    mlp_dim=128, sliding_window=8, query_pre_attn_scalar=16, vocab_size=512, embed_rows=512,
)  # fmt: skip


@pytest.fixture(scope="module")
def tiny_params():
    return gemma3.init_params(TINY, jax.random.key(0), jnp.float32)


def _relative_error(got, want):
    return float(np.abs(np.asarray(got) - np.asarray(want)).max() / np.abs(np.asarray(want)).max())


@pytest.mark.parametrize("unstacked", [False, True], ids=["scanned", "unstacked"])
def test_prefill_then_decode_equals_forward_at_every_position(tiny_params, unstacked):
    params = unstack_layers(tiny_params) if unstacked else tiny_params
    total, lengths = 44, np.array([5, 12, 1])  # decode runs 32+ tokens past prompts, 4x the window
    tokens = np.asarray(jax.random.randint(jax.random.key(1), (3, total), 0, TINY.vocab_size), np.int32)
    want = np.asarray(gemma3.forward(tiny_params, TINY, jnp.asarray(tokens)))
    prompts = np.where(np.arange(12)[None] < lengths[:, None], tokens[:, :12], 0)  # right-padded
    cache = init_cache(TINY, 3, 48, jnp.float32)
    logits, cache = prefill(params, TINY, prompts, cache, lengths=lengths, all_logits=True)
    for b, n in enumerate(lengths):
        assert _relative_error(logits[b, :n], want[b, :n]) < 1e-4, f"prefill, sequence {b}"
    last, _ = prefill(params, TINY, prompts, init_cache(TINY, 3, 48, jnp.float32), lengths=lengths)
    np.testing.assert_allclose(last, logits[np.arange(3), lengths - 1], rtol=1e-5, atol=1e-5)
    position = lengths.copy()
    while position.max() < total:
        step = np.minimum(position, total - 1)
        logits, cache = decode_step(params, TINY, tokens[np.arange(3), step], cache)
        for b in np.flatnonzero(position < total):
            error = _relative_error(logits[b], want[b, position[b]])
            assert error < 1e-4, f"sequence {b}, position {position[b]}: {error:.1e}"
        position += 1
    np.testing.assert_array_equal(cache.lengths, lengths + total - lengths.max())


def test_ring_buffer_holds_the_last_window_of_positions(tiny_params):
    cache = init_cache(TINY, 1, 32, jnp.float32)
    tokens = jnp.arange(1, 21, dtype=jnp.int32)[None]
    _, cache = prefill(tiny_params, TINY, tokens[:, :3], cache)
    for t in range(3, 20):
        _, cache = decode_step(tiny_params, TINY, tokens[:, t], cache)
    assert int(cache.index) == 20 and cache.local_k.shape[1] == TINY.sliding_window
    # the ring's slot j holds position p with p % W == j among the last W positions: compare with a
    # fresh prefill of positions 12..19 written in order, rolled into place
    fresh = init_cache(TINY, 1, 32, jnp.float32)
    _, fresh = prefill(tiny_params, TINY, tokens, fresh)
    np.testing.assert_allclose(cache.local_k, fresh.local_k, rtol=1e-5, atol=1e-5)
    np.testing.assert_allclose(cache.global_k[:, :20], fresh.global_k[:, :20], rtol=1e-5, atol=1e-5)


def test_cache_bytes_counts_the_allocated_arrays():
    for config, batch, max_len in ((TINY, 3, 100), (gemma3.get_config("27b"), 8, 32_768)):
        shapes = jax.eval_shape(lambda c=config, b=batch, m=max_len: init_cache(c, b, m))
        allocated = sum(
            x.size * x.dtype.itemsize for x in (shapes.local_k, shapes.local_v, shapes.global_k, shapes.global_v)
        )
        assert gemma3.cache_bytes(config, batch, max_len) == allocated
    config = gemma3.get_config("27b")
    full = gemma3.cache_bytes(config, 1, 32_768, ring_buffer=False)
    assert full == 2 * 62 * 32_768 * 16 * 128 * 2  # every layer keeps every token: 15.5 GiB
    assert gemma3.cache_bytes(config, 1, 32_768) < full / 5  # 52 of 62 layers keep 1024 slots


def test_cache_logical_axes_name_every_dimension():
    cache = jax.eval_shape(lambda: init_cache(TINY, 2, 16))
    axes = cache_logical_axes(cache)
    for leaf, names in zip(
        jax.tree.leaves(cache), jax.tree.leaves(axes, is_leaf=lambda x: isinstance(x, tuple)), strict=True
    ):
        assert len(names) == leaf.ndim
    assert axes.global_k[0] == "layers" and "kv_heads" in axes.global_k and "batch" in axes.global_k


def test_decode_is_in_place_on_one_device():
    config = gemma3.get_config("270m")
    params = gemma3.abstract_params(config, jnp.float32)
    cache = jax.eval_shape(lambda: init_cache(config, 8, 2048, jnp.float32))
    tokens = jax.ShapeDtypeStruct((8,), jnp.int32)
    from gemma3.kv_cache import _decode_jit

    memory = _decode_jit.lower(params, config, tokens, cache).compile().memory_analysis()
    sizes = [x.size * x.dtype.itemsize for x in (cache.local_k, cache.local_v, cache.global_k, cache.global_v)]
    assert memory.alias_size_in_bytes >= sum(sizes)  # the donated cache comes back in the same buffers
    # temporaries: one layer's K and V slices (2 x 2048 slots) at most, never a whole array (>= 3 x 2048 slots)
    assert memory.temp_size_in_bytes < min(sizes), f"{memory.temp_size_in_bytes} bytes of temporaries: a cache copy"


def test_decode_past_max_len_raises_and_gives_nan_inside_jit(tiny_params):
    cache = init_cache(TINY, 1, 4, jnp.float32)
    _, cache = prefill(tiny_params, TINY, jnp.ones((1, 4), jnp.int32), cache)
    with pytest.raises(ValueError, match="cache is full"):
        decode_step(tiny_params, TINY, jnp.ones((1,), jnp.int32), cache)
    logits, cache = decode_step(tiny_params, TINY, jnp.ones((1,), jnp.int32), cache, check_bounds=False)
    assert np.isnan(np.asarray(logits)).all() and int(cache.index) == 4


def test_bad_inputs_say_what_to_do(tiny_params):
    cache = init_cache(TINY, 2, 8, jnp.float32)
    with pytest.raises(ValueError, match="3 prompts but the cache holds 2"):
        prefill(tiny_params, TINY, jnp.ones((3, 4), jnp.int32), cache)
    with pytest.raises(ValueError, match="do not fit a cache of max_len 8"):
        prefill(tiny_params, TINY, jnp.ones((2, 9), jnp.int32), cache)
    with pytest.raises(ValueError, match="empty prompts are not allowed"):
        prefill(tiny_params, TINY, jnp.ones((2, 4), jnp.int32), cache, lengths=[0, 4])
    with pytest.raises(ValueError, match="T >= 1"):
        prefill(tiny_params, TINY, jnp.ones((2, 0), jnp.int32), cache)
    with pytest.raises(ValueError, match="B = 2"):
        decode_step(tiny_params, TINY, jnp.ones((3,), jnp.int32), cache)
    with pytest.raises(ValueError, match="must be >= 1"):
        init_cache(TINY, 0, 8)


@pytest.mark.slow
@pytest.mark.tpu_compile
@pytest.mark.parametrize("batch", [8, 1])
def test_27b_decode_on_v5e_8_updates_the_cache_in_place(monkeypatch, batch):
    import os

    os.environ.setdefault("ALLOW_MULTIPLE_LIBTPU_LOAD", "1")
    from jax.experimental import topologies
    from jax.sharding import NamedSharding
    from jax.sharding import PartitionSpec as P

    from gemma3 import kv_cache
    from gemma3.kv_cache import _decode

    monkeypatch.setattr(kv_cache, "_reduce_decode_attention", lambda: True)  # the TPU path, compiled from a CPU host
    topology = topologies.get_topology_desc(platform="tpu", topology_name="v5e:2x4")
    mesh = topologies.make_mesh(topology, (8,), ("model",))
    config = gemma3.get_config("27b")
    rules = {"heads": "model", "kv_heads": "model", "mlp": "model", "vocab": "model"}

    def sharded(shapes, axes):
        def one(shape, names):
            return jax.ShapeDtypeStruct(
                shape.shape, shape.dtype, sharding=NamedSharding(mesh, P(*map(rules.get, names)))
            )

        return jax.tree.map(one, shapes, axes, is_leaf=lambda x: isinstance(x, tuple))

    params = sharded(gemma3.abstract_params(config), logical_axes(config))
    cache = jax.eval_shape(lambda: init_cache(config, batch, 32_768))
    cache = sharded(cache, cache_logical_axes(cache))
    tokens = jax.ShapeDtypeStruct((batch,), jnp.int32, sharding=NamedSharding(mesh, P()))
    step = jax.jit(
        _decode,
        donate_argnames="cache",
        out_shardings=(NamedSharding(mesh, P()), jax.tree.map(lambda x: x.sharding, cache)),
    )
    compiled = step.lower(params, config, tokens, cache).compile()
    memory = compiled.memory_analysis()
    cache_per_device = gemma3.cache_bytes(config, batch, 32_768) / 8
    assert memory.alias_size_in_bytes >= cache_per_device
    # the goal; q, k, v declared [L, D, N, H] were re-laid out on every step (9.7% at batch 8)
    assert memory.temp_size_in_bytes < 0.1 * memory.argument_size_in_bytes
    whole = [f"bf16[{n},{s},2,{batch},128]" for n, s in ((52, 1024), (10, 32_768), (1, 1024), (1, 32_768))]
    stacks = (params.layers.q, params.layers.v)  # a re-layout of the weights: per-device shape, another layout
    whole += [f"bf16[{','.join(map(str, w.sharding.shard_shape(w.shape)))}]" for w in stacks]
    copies = [line for line in compiled.as_text().splitlines() if " copy(" in line and any(w in line for w in whole)]
    assert not copies, copies[:2]


def test_decode_attention_equals_the_reference():
    from gemma3.attention import attention_reference
    from gemma3.kv_cache import decode_attention

    B, S, N, K, H = 3, 11, 4, 2, 8
    q, keys, values = (jax.random.normal(jax.random.key(i), shape) for i, shape in enumerate(
        [(B, 1, N, H), (S, K, B, H), (S, K, B, H)]))  # fmt: skip
    mask = jax.random.bernoulli(jax.random.key(5), 0.7, (B, S)).at[:, 0].set(True)
    want = attention_reference(q, keys.transpose(2, 0, 1, 3), values.transpose(2, 0, 1, 3), mask[:, None], 0.3)
    np.testing.assert_allclose(decode_attention(q, keys, values, mask, 0.3), want, rtol=1e-5, atol=1e-5)


@pytest.mark.tpu_compile
def test_a_deviceless_tpu_compile_traces_the_tpu_decode_path():
    """`python -m gemma3.aot` runs on a CPU host: decode must still pick the TPU's attention, by the mesh."""
    from gemma3 import kv_cache
    from gemma3.aot import topology_devices
    from gemma3.sharding import INFERENCE, activation_sharding, make_mesh, target_platform

    assert target_platform() == "cpu" and not kv_cache._reduce_decode_attention()
    with activation_sharding(make_mesh(), INFERENCE):
        assert not kv_cache._reduce_decode_attention()  # simulated CPU devices: the CPU path
    with activation_sharding(make_mesh(devices=topology_devices("v5e-8")[2]), INFERENCE):
        assert target_platform() == "tpu" and kv_cache._reduce_decode_attention()
