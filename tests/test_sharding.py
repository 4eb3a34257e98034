"""Sharding on 8 simulated CPU devices: meshes, rules, divisibility errors, sharded loading, sharded forward."""

import dataclasses

import jax
import jax.numpy as jnp
import numpy as np
import pytest
from jax.sharding import NamedSharding, PartitionSpec

from gemma3.checkpoints.assemble import LAYER_FIELDS, assemble_params
from gemma3.config import get_config
from gemma3.model import forward
from gemma3.params import init_params
from gemma3.sharding import (
    INFERENCE,
    TRAINING,
    activation_sharding,
    constrain,
    make_mesh,
    param_shardings,
    resolve_rules,
)

TINY = dataclasses.replace(
    get_config("270m"),
    name="tiny",
    num_layers=3,
    embed_dim=64,
    num_heads=4,
    num_kv_heads=2,
    head_dim=16,
    mlp_dim=128,
    sliding_window=4,
    vocab_size=512,
    embed_rows=512,
)


def test_eight_simulated_devices():
    assert jax.device_count() == 8, "tests/conftest.py must set --xla_force_host_platform_device_count=8"


def test_make_mesh_shapes_and_errors():
    assert dict(make_mesh().shape) == {"data": 1, "fsdp": 1, "tensor": 8}
    assert dict(make_mesh(data=2).shape) == {"data": 2, "fsdp": 1, "tensor": 4}
    assert dict(make_mesh(fsdp=4, tensor=2).shape) == {"data": 1, "fsdp": 4, "tensor": 2}
    with pytest.raises(ValueError, match="does not divide the 8 devices"):
        make_mesh(data=3)
    with pytest.raises(ValueError, match="make the product equal"):
        make_mesh(data=2, tensor=2)


def test_inference_and_training_specs():
    mesh = make_mesh(data=2, tensor=4)
    inference = param_shardings(TINY, mesh, "inference")
    assert inference.layers.q.spec == PartitionSpec(None, "tensor", None, None)
    assert inference.layers.o.spec == PartitionSpec(None, "tensor", None, None)
    assert inference.layers.gate.spec == PartitionSpec(None, None, "tensor")
    assert inference.layers.down.spec == PartitionSpec(None, "tensor", None)
    assert inference.embed.spec == PartitionSpec("tensor", None)
    assert inference.layers.attn_norm.spec == PartitionSpec(None, None)
    training = param_shardings(TINY, make_mesh(fsdp=4, tensor=2), "training")
    assert training.layers.gate.spec == PartitionSpec(None, "fsdp", "tensor")
    assert training.layers.o.spec == PartitionSpec(None, "tensor", None, "fsdp")
    assert training.embed.spec == PartitionSpec("tensor", "fsdp")
    assert TRAINING["batch"] == ("data", "fsdp")


def test_divisibility_error_names_leaf_axis_and_dimension():
    with pytest.raises(ValueError) as info:
        param_shardings(TINY, make_mesh(tensor=8), "inference")  # 4 query heads over 8 devices
    message = str(info.value)
    for expected in ("layers.q", "dimension 1", "'heads'", "size 4", "'tensor'", "size 8"):
        assert expected in message, message


def test_kv_heads_replicated_with_a_reason():
    mesh = make_mesh(data=2, tensor=4)  # 2 kv heads, tensor axis of 4
    rules = resolve_rules(INFERENCE, TINY, mesh)
    assert rules["kv_heads"] is None
    assert any("kv_heads replicated" in note and "2 kv heads" in note for note in rules.notes)
    shardings = param_shardings(TINY, mesh)
    assert shardings.layers.k.spec == PartitionSpec(None, None, None, None)
    two = make_mesh(data=4, tensor=2)
    assert resolve_rules(INFERENCE, TINY, two)["kv_heads"] == "tensor"
    assert param_shardings(TINY, two).layers.k.spec == PartitionSpec(None, "tensor", None, None)


def _reader(params):
    def read(leaf, layer):
        if layer is None:
            return np.asarray(getattr(params, leaf))
        return np.asarray(getattr(params.layers, leaf)[layer])

    return read


@pytest.mark.parametrize(
    "rules,mesh_kwargs", [("inference", {"data": 4, "tensor": 2}), ("training", {"fsdp": 4, "tensor": 2})]
)
def test_sharded_loading_equals_unsharded(rules, mesh_kwargs):
    params = init_params(TINY, jax.random.key(0), jnp.float32)
    read = _reader(params)
    plain = assemble_params(TINY, read, dtype=jnp.float32, progress=False)
    mesh = make_mesh(**mesh_kwargs)
    expected = param_shardings(TINY, mesh, rules)
    sharded = assemble_params(
        TINY, read, dtype=jnp.float32, shardings=lambda config: param_shardings(config, mesh, rules), progress=False
    )
    for a, b, want in zip(jax.tree.leaves(plain), jax.tree.leaves(sharded), jax.tree.leaves(expected), strict=True):
        np.testing.assert_array_equal(np.asarray(a), np.asarray(b))
        assert isinstance(b.sharding, NamedSharding)
        assert b.sharding.is_equivalent_to(want, b.ndim), (b.sharding, want)
        assert b.addressable_shards[0].data.shape == want.shard_shape(b.shape)
    assert sharded.layers.q.addressable_shards[0].data.shape[1] == TINY.num_heads // 2
    assert len(LAYER_FIELDS) == len(jax.tree.leaves(sharded.layers))


def test_sharded_forward_matches_single_device():
    params = init_params(TINY, jax.random.key(1), jnp.float32)
    tokens = jax.random.randint(jax.random.key(2), (4, 8), 0, TINY.vocab_size)
    expected = forward(params, TINY, tokens)
    mesh = make_mesh(data=4, tensor=2)
    sharded = jax.device_put(params, param_shardings(TINY, mesh))
    rules = resolve_rules(INFERENCE, TINY, mesh)

    @jax.jit
    def run(params, tokens):
        with activation_sharding(mesh, rules):
            return forward(params, TINY, tokens)

    got = run(sharded, tokens)
    np.testing.assert_allclose(np.asarray(got), np.asarray(expected), rtol=2e-5, atol=2e-5)


def test_constrain_is_a_noop_without_rules_and_pins_with_them():
    x = jnp.ones((4, 8, 64))
    assert constrain(x, ("batch", "seq", "embed")) is x
    mesh = make_mesh(data=4, tensor=2)

    @jax.jit
    def pinned(x):
        with activation_sharding(mesh, INFERENCE):
            return constrain(x * 2, ("batch", "seq", "mlp"))

    out = pinned(x)
    assert out.sharding.is_equivalent_to(NamedSharding(mesh, PartitionSpec("data", None, "tensor")), 3)


@pytest.mark.oracle
@pytest.mark.parametrize(
    "rules,mesh_kwargs", [("inference", {"data": 4, "tensor": 2}), ("training", {"fsdp": 4, "tensor": 2})]
)
def test_load_real_tiny_checkpoint_with_a_mesh(tmp_path, rules, mesh_kwargs):
    """gemma3.load(path, mesh=...) on a sharded multimodal-layout safetensors checkpoint equals the plain load."""
    from helpers_hf import make_tiny_hf_checkpoint

    from gemma3.checkpoints.loading import load

    path, _ = make_tiny_hf_checkpoint(tmp_path, "multimodal")
    config, plain = load(path, dtype=jnp.float32, progress=False)
    mesh = make_mesh(**mesh_kwargs)
    config_sharded, sharded = load(path, dtype=jnp.float32, mesh=mesh, rules=rules, progress=False)
    assert config_sharded == config
    expected = param_shardings(config, mesh, rules)
    for a, b, want in zip(jax.tree.leaves(plain), jax.tree.leaves(sharded), jax.tree.leaves(expected), strict=True):
        np.testing.assert_array_equal(np.asarray(a), np.asarray(b))
        assert b.sharding.is_equivalent_to(want, b.ndim), (b.sharding, want)


class _LazyTensor:
    """A tensor read slice by slice, recording which slices were asked for (as a memory-mapped file would be)."""

    def __init__(self, value, log):
        self.value, self.log, self.shape = value, log, value.shape

    def __getitem__(self, index):
        self.log.append(index)
        return self.value[index]


def test_lazy_reader_is_read_only_in_shards():
    params = init_params(TINY, jax.random.key(3), jnp.float32)
    read_full = _reader(params)
    requests = {}

    def read(leaf, layer):
        return _LazyTensor(read_full(leaf, layer), requests.setdefault((leaf, layer), []))

    mesh = make_mesh(data=4, tensor=2)
    sharded = assemble_params(TINY, read, dtype=jnp.float32, shardings=param_shardings(TINY, mesh), progress=False)
    np.testing.assert_array_equal(np.asarray(sharded.layers.gate), np.asarray(params.layers.gate))
    gate = requests[("gate", 0)]  # [D, F] split in two along F: every request is one half
    assert gate and all(np.asarray(read_full("gate", 0)[i]).shape == (64, 64) for i in gate), gate


def test_pallas_attention_runs_per_device_on_a_mesh():
    """attn_impl='pallas' under activation_sharding: shard_map over batch and heads, same logits as one device."""
    params = init_params(TINY, jax.random.key(4), jnp.float32)
    tokens = jax.random.randint(jax.random.key(5), (4, 16), 0, TINY.vocab_size)
    expected = forward(params, TINY, tokens)
    mesh = make_mesh(data=2, tensor=2, devices=jax.devices()[:4])
    rules = resolve_rules(INFERENCE, TINY, mesh)

    @jax.jit
    def run(params, tokens):
        with activation_sharding(mesh, rules):
            return forward(params, TINY, tokens, attn_impl="pallas")

    assert run.lower(params, tokens).as_text().count("sdy.manual_computation") == 2  # global and local branches
    got = run(jax.device_put(params, param_shardings(TINY, mesh)), tokens)
    np.testing.assert_allclose(np.asarray(got), np.asarray(expected), rtol=1e-4, atol=1e-4)
