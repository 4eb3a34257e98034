"""The mesh every notebook and the CLI get from one call (`gemma3.mesh`, `gemma3.setup`), and the
sharded inference path it sets: on 8 simulated devices, equal to one device."""

import dataclasses

import jax
import jax.numpy as jnp
import numpy as np
import pytest

import gemma3
from gemma3.config import SIZES, get_config
from gemma3.kv_cache import init_cache
from gemma3.mesh import auto_mesh, auto_shape, choose_mesh, describe_mesh, init_distributed, mesh_of, parse_mesh_spec
from gemma3.params import init_params
from gemma3.sharding import INFERENCE, param_shardings, resolve_rules

TINY = dataclasses.replace(
    get_config("270m"), num_layers=4, embed_dim=64, mlp_dim=128, num_heads=4, num_kv_heads=1, head_dim=16,
    vocab_size=512, sliding_window=8, global_every=2,
)  # fmt: skip


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("chips", [1, 4, 8])
def test_every_size_gets_a_mesh_on_1_4_and_8_chips(size, chips):
    config = get_config(size)
    mesh = auto_mesh(config, jax.devices()[:chips])
    if chips == 1:
        assert mesh is None
        return
    shape = dict(mesh.shape)
    assert shape["data"] * shape["fsdp"] * shape["tensor"] == chips
    assert config.num_heads % shape["tensor"] == 0, "the tensor axis divides the query heads; data takes the rest"
    param_shardings(config, mesh)  # every weight divides its mesh axes (raises otherwise)
    rules = resolve_rules(INFERENCE, config, mesh)
    if config.num_kv_heads % shape["tensor"]:
        assert rules["kv_heads"] is None and "kv_heads replicated" in rules.notes[0]
    else:
        assert rules["kv_heads"] == "tensor" and not rules.notes


def test_auto_shape_puts_the_rest_on_data():
    assert auto_shape(get_config("270m"), 8) == {"data": 2, "tensor": 4}  # 4 query heads
    assert auto_shape(get_config("27b"), 8) == {"data": 1, "tensor": 8}
    assert auto_shape(None, 6) == {"data": 1, "tensor": 6}


def test_training_rules_put_the_rest_on_fsdp():
    """Under the training rules the spare devices shard the weights and Adam moments (no replicas)."""
    from gemma3.sharding import INFERENCE, TRAINING

    assert (INFERENCE.spare_axis, TRAINING.spare_axis) == ("data", "fsdp")
    assert auto_shape(get_config("270m"), 8, spare=TRAINING.spare_axis) == {"fsdp": 2, "tensor": 4}
    mesh = choose_mesh("auto", TINY, spare="fsdp")
    assert dict(mesh.shape) == {"data": 1, "fsdp": 2, "tensor": 4}
    shardings = param_shardings(TINY, mesh, TRAINING)
    assert "fsdp" in jax.tree.leaves(tuple(shardings.layers.q.spec))  # each device: a quarter of an eighth
    with pytest.raises(ValueError, match="spare must be 'data' or 'fsdp'"):
        auto_shape(TINY, 8, spare="tensor")


def test_choose_mesh_reads_the_argument_then_the_environment(monkeypatch):
    assert choose_mesh("none") is None
    assert dict(choose_mesh("data=2,tensor=4").shape) == {"data": 2, "fsdp": 1, "tensor": 4}
    assert dict(choose_mesh("auto", TINY).shape) == {"data": 2, "fsdp": 1, "tensor": 4}
    monkeypatch.setenv("GEMMA3_MESH", "fsdp=2,tensor=4")
    assert dict(choose_mesh(None).shape) == {"data": 1, "fsdp": 2, "tensor": 4}
    monkeypatch.delenv("GEMMA3_MESH")
    assert choose_mesh(None).devices.size == 8  # auto
    for bad in ("data=2,,tensor=4", "model=8", "data=2,data=4", "tensor=x"):
        with pytest.raises(ValueError, match="expected 'auto', 'none'"):
            parse_mesh_spec(bad)
    with pytest.raises(ValueError, match="8 are available"):
        choose_mesh("data=2,tensor=2")
    assert "tensor=4" in describe_mesh(choose_mesh("data=2,tensor=4")) and "one cpu device" in describe_mesh(None)


def test_to_one_device_copies_even_what_is_already_there():
    """The single-device reference may be donated to a step: the original must survive."""
    from gemma3.mesh import to_one_device

    x = jnp.ones(3)  # already on device 0
    jax.jit(lambda a: a + 1, donate_argnums=0)(to_one_device(x))
    assert not x.is_deleted()


def test_init_distributed_is_a_no_op_on_one_host(monkeypatch):
    monkeypatch.delenv("TPU_WORKER_HOSTNAMES", raising=False)
    monkeypatch.delenv("JAX_COORDINATOR_ADDRESS", raising=False)
    assert init_distributed() is False and init_distributed() is False
    assert gemma3.is_main_process()


@pytest.fixture(scope="module")
def tiny_sharded():
    params = jax.tree.map(lambda x: x * 4.0, init_params(TINY, jax.random.PRNGKey(0), jnp.float32))
    mesh = choose_mesh("auto", TINY)
    sharded = jax.device_put(params, param_shardings(TINY, mesh))
    return params, sharded, mesh


def test_generate_on_a_mesh_equals_one_device(tiny_sharded):
    params, sharded, mesh = tiny_sharded
    assert mesh_of(sharded) is mesh and mesh_of(params) is None
    prompts = [[2, 17, 30, 5, 9, 11, 40, 3, 7, 1 + 8], [2, 99]]  # the first runs past the window of 8
    want = gemma3.generate(params, TINY, prompts, 12, stop_tokens=())
    assert gemma3.generate(sharded, TINY, prompts, 12, stop_tokens=()) == want
    streamed = list(gemma3.generate_stream(sharded, TINY, prompts, 12, stop_tokens=(), chunk_size=5))
    assert [sum((chunk[i] for chunk in streamed), []) for i in range(2)] == want
    sampled = dict(temperature=1.0, top_k=16, seed=3, stop_tokens=())
    on_mesh = gemma3.generate(sharded, TINY, prompts, 12, **sampled)
    assert on_mesh == gemma3.generate(params, TINY, prompts, 12, **sampled)


def test_prefill_and_decode_build_their_cache_on_the_mesh(tiny_sharded):
    params, sharded, mesh = tiny_sharded
    tokens = jnp.array([[2, 17, 30, 5, 9, 11], [2, 99, 4, 8, 1, 3]], jnp.int32)
    results = []
    for p in (params, sharded):
        logits, cache = gemma3.prefill(p, TINY, tokens, init_cache(TINY, 2, 16, jnp.float32))
        step, cache = gemma3.decode_step(p, TINY, jnp.argmax(logits, -1), cache)
        results.append((logits, step, cache))
    (logits, step, _), (logits_m, step_m, cache_m) = results
    np.testing.assert_allclose(logits_m, logits, rtol=1e-5, atol=1e-5)
    np.testing.assert_allclose(step_m, step, rtol=1e-5, atol=1e-5)
    assert cache_m.global_k.sharding.mesh.devices.size == 8
    assert "data" in str(cache_m.global_k.sharding.spec), "the cache's batch axis is split over data"


def test_chat_cache_reuse_and_int8_on_a_mesh_equal_one_device(tiny_sharded):
    """`generate(..., return_cache=True)`, then `cache=` (the chunked `extend`), and int8 weights and
    cache: the placement reaches them too, the cache stays on the mesh, the tokens equal one device's."""
    params, sharded, mesh = tiny_sharded
    first, second = [[2, 17, 30, 5, 9, 11, 40, 3, 7], [2, 99]], [[4, 8, 15, 16, 23, 42, 6], [5, 6]]
    runs = []
    for p in (params, sharded):
        out, cache = gemma3.generate(p, TINY, first, 6, stop_tokens=(), return_cache=True)
        more, cache = gemma3.generate(p, TINY, second, 6, stop_tokens=(), cache=cache, return_cache=True)
        runs.append((out, more, cache))
    assert runs[0][:2] == runs[1][:2]
    assert runs[1][2].global_k.sharding.mesh.devices.size == 8
    int8 = [gemma3.generate(gemma3.quantize(p), TINY, first, 6, stop_tokens=(), cache_dtype=jnp.int8)
            for p in (params, sharded)]  # fmt: skip
    assert int8[0] == int8[1]


@pytest.mark.slow
def test_setup_loads_the_real_270m_onto_the_mesh_it_prints(capsys, monkeypatch):
    monkeypatch.setenv("GEMMA3_MESH", "data=4,tensor=2")
    config, params, tokenizer, mesh, path = gemma3.setup(dtype=jnp.float32)
    out = capsys.readouterr().out
    assert dict(mesh.shape) == {"data": 4, "fsdp": 1, "tensor": 2} and "data=4 x fsdp=1 x tensor=2" in out
    assert "kv_heads replicated" in out and "270m" in out
    assert params.layers.q.sharding.mesh is mesh and path == gemma3.default_checkpoint()
    ids = [tokenizer.encode("The capital of France is")]
    single = jax.device_put(params, jax.devices()[0])
    assert gemma3.generate(params, config, ids, 6) == gemma3.generate(single, config, ids, 6)


def test_sft_and_grpo_steps_place_host_batches_on_the_params_mesh():
    """The training steps take sharded weights and a host batch: rows go over "data", results equal one device."""
    from sft_fixtures import copy_tree, prompt_and_padding_batch, tiny_config, tiny_params

    from gemma3.sharding import shard_batch
    from gemma3.training import grpo, sft

    config = tiny_config()
    params = tiny_params(config)
    mesh = choose_mesh("data=2,fsdp=2,tensor=2")
    sharded = jax.device_put(params, param_shardings(config, mesh, "training"))
    batch = prompt_and_padding_batch(rows=4)
    placed = shard_batch(batch, sharded, config)
    assert placed.tokens.sharding.spec[0] == ("data", "fsdp") and shard_batch(batch, params, config) is batch

    trainer = sft.make_train_step(config, sft.adamw(1e-3))
    _, want = trainer.step(trainer.init(copy_tree(params)), None, batch)
    _, got = trainer.step(trainer.init(copy_tree(sharded)), None, batch)
    np.testing.assert_allclose(got["loss"], want["loss"], rtol=1e-6)
    np.testing.assert_allclose(got["grad_norm"], want["grad_norm"], rtol=1e-5)

    settings = grpo.GRPOConfig(group_size=2, max_new_tokens=4, temperature=1.0, beta=0.0)
    rollouts = grpo.collate([[2, 11, 12], [2, 13]], [[20, 21], [22, 23, 24, 25]], jnp.array([1.0, -1.0]), settings,
                            stop_token=1)  # fmt: skip
    step = grpo.make_grpo_step(config, sft.adamw(1e-3), settings)
    results = []
    for p in (params, sharded):
        results.append(step.step(step.init(copy_tree(p)), None, rollouts)[1])
    np.testing.assert_allclose(results[1]["grad_norm"], results[0]["grad_norm"], rtol=1e-5)
