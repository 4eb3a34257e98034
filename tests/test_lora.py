"""LoRA: identical logits at init, the merge math, the side path equals the merged form (losses,
gradients, no full-size weight gradient), only adapters train, 27B adapter count."""

import dataclasses

import jax
import jax.extend
import jax.numpy as jnp
import numpy as np
import pytest
from sft_fixtures import copy_tree, prompt_and_padding_batch, tiny_config, tiny_params

from gemma3 import forward, get_config, layers
from gemma3.training import lora, sft


def test_at_init_the_adapted_model_is_the_base_model():
    config = tiny_config()
    base = tiny_params(config)
    lcfg = lora.LoRAConfig(rank=4)
    adapters = lora.init_adapters(config, lcfg, jax.random.key(1))
    tokens = prompt_and_padding_batch().tokens
    np.testing.assert_allclose(  # B = 0: the side path adds exact zeros; the extra ops move XLA's fusions
        forward(lora.apply(base, adapters, lcfg), config, tokens), forward(base, config, tokens), rtol=1e-6, atol=1e-5
    )
    assert lora.apply(base, None, lcfg) is base  # adapters off: the base itself, no copy
    assert all(float(jnp.abs(a.a).max()) > 0 and float(jnp.abs(a.b).max()) == 0 for a in adapters.values())


def test_merged_weight_is_w_plus_scaled_a_b():
    config = tiny_config()
    base = tiny_params(config)
    lcfg = lora.LoRAConfig(rank=3, alpha=6.0, targets=("q", "o", "down"))
    adapters = lora.init_adapters(config, lcfg, jax.random.key(2))
    adapters = {k: lora.Adapter(a.a, jax.random.normal(jax.random.key(3), a.b.shape)) for k, a in adapters.items()}
    merged = lora.merge(base, adapters, lcfg)
    q, o, down = adapters["q"], adapters["o"], adapters["down"]
    np.testing.assert_allclose(merged.layers.q, base.layers.q + 2.0 * jnp.einsum("ldr,lrnh->lndh", q.a, q.b), rtol=1e-6)
    np.testing.assert_allclose(merged.layers.o, base.layers.o + 2.0 * jnp.einsum("lnhr,lrd->lnhd", o.a, o.b), rtol=1e-6)
    np.testing.assert_allclose(merged.layers.down, base.layers.down + 2.0 * down.a @ down.b, rtol=1e-6)
    np.testing.assert_array_equal(merged.layers.k, base.layers.k)  # not a target
    reference = dataclasses.replace(lcfg, side_path=False)
    one_layer = jax.tree.map(lambda x: x[1], lora.apply(base, adapters, reference).layers)  # as the scan slices it
    np.testing.assert_allclose(one_layer.o, merged.layers.o[1], rtol=1e-6)
    side = jax.tree.map(lambda x: x[1], lora.apply(base, adapters, lcfg).layers).o  # the frozen W, A, B
    assert isinstance(side, lora.Adapted) and side.weight is not None
    np.testing.assert_array_equal(side.weight, base.layers.o[1])
    h = jax.random.normal(jax.random.key(4), (2, 5, config.num_heads * config.head_dim))
    flat = side.reshape(config.num_heads * config.head_dim, -1)  # as the model reads o
    np.testing.assert_allclose(
        layers.project("btf,fd->btd", h, flat), h @ merged.layers.o[1].reshape(flat.weight.shape), rtol=1e-5, atol=1e-4
    )  # fmt: skip


def _adapted_pair(config, rank=4, seed=2):
    """Adapters with nonzero A and B, and the side-path and merged LoRA configs."""
    lcfg = lora.LoRAConfig(rank=rank, alpha=2.0 * rank)
    adapters = lora.init_adapters(config, lcfg, jax.random.key(seed))
    keys = iter(jax.random.split(jax.random.key(seed + 1), len(adapters)))
    adapters = {k: lora.Adapter(a.a, 0.1 * jax.random.normal(next(keys), a.b.shape)) for k, a in adapters.items()}
    return adapters, lcfg, dataclasses.replace(lcfg, side_path=False)


def test_side_path_losses_and_gradients_equal_the_merged_form():
    """float32, remat as in training: the same loss, dL/dA and dL/dB as merging W + scale A @ B per layer.

    And `remat="offload"` (each block's input waits in host memory for the backward) gives the side
    path's numbers; the train step passes it down."""
    config = tiny_config()
    base = tiny_params(config)
    batch = prompt_and_padding_batch()
    adapters, side, merged = _adapted_pair(config)

    def loss(adapters, lcfg, remat=True):
        return sft.loss(lora.apply(base, adapters, lcfg), config, batch.tokens, batch.loss_mask,
                        segment_ids=batch.segment_ids, positions=batch.positions, remat=remat)  # fmt: skip

    grad = jax.jit(jax.value_and_grad(loss), static_argnums=(1, 2))
    (loss_side, g_side), (loss_merged, g_merged) = grad(adapters, side), grad(adapters, merged)
    np.testing.assert_allclose(loss_side, loss_merged, rtol=1e-6)
    assert float(loss_side) != pytest.approx(float(loss(None, side)), rel=1e-3)  # the adapters matter
    for name in side.targets:
        for part in ("a", "b"):
            got, want = getattr(g_side[name], part), getattr(g_merged[name], part)
            assert float(jnp.abs(want).max()) > 0, (name, part)
            np.testing.assert_allclose(got, want, rtol=1e-5, atol=1e-6 * float(jnp.abs(want).max()), err_msg=name)

    loss_offload, g_offload = grad(adapters, side, "offload")
    np.testing.assert_allclose(loss_offload, loss_side, rtol=1e-6)
    jax.tree.map(lambda a, b: np.testing.assert_allclose(a, b, rtol=1e-6, atol=1e-8), g_offload, g_side)
    for remat in (True, "offload"):  # traced only, not compiled
        trainer = sft.make_train_step(config, sft.adamw(1e-2), lora=side, remat=remat)
        traced = str(jax.make_jaxpr(trainer.fn)(trainer.init(adapters), base, batch))
        assert ("MemorySpace.Host" in traced) == (remat == "offload"), remat


def _dot_shapes(jaxpr) -> set[tuple[int, ...]]:
    """Output shapes of every dot_general in a jaxpr, sub-jaxprs (scan, remat, cond) included."""
    shapes = {tuple(e.outvars[0].aval.shape) for e in jaxpr.eqns if e.primitive.name == "dot_general"}
    for sub in jax.extend.core.subjaxprs(jaxpr):
        shapes |= _dot_shapes(sub)
    return shapes


def test_side_path_forms_no_full_size_weight_gradient():
    """The merged form's backward has dot products shaped like W (its dW); the side path's has none."""
    config = tiny_config()
    base = tiny_params(config)
    batch = prompt_and_padding_batch()
    adapters, side, merged = _adapted_pair(config)
    D, F, NH = config.embed_dim, config.mlp_dim, config.num_heads * config.head_dim
    weight_shapes = {(D, F), (F, D), (NH, D)}  # gate and up, down, o as the model reads it

    def dots(lcfg):
        def loss(adapters):
            return sft.loss(lora.apply(base, adapters, lcfg), config, batch.tokens, batch.loss_mask, remat=True)

        return _dot_shapes(jax.make_jaxpr(jax.grad(loss))(adapters).jaxpr)

    assert weight_shapes <= dots(merged)
    assert not weight_shapes & dots(side), dots(side)


def test_training_changes_only_the_adapters_and_merge_matches():
    config = tiny_config()
    base = tiny_params(config)
    base_before = copy_tree(base)
    batch = prompt_and_padding_batch()
    lcfg = lora.LoRAConfig(rank=4, alpha=8.0)
    trainer = sft.make_train_step(config, sft.adamw(1e-2), lora=lcfg)
    state = trainer.init(lora.init_adapters(config, lcfg, jax.random.key(1)))
    a_before = copy_tree({k: v.a for k, v in state.params.items()})
    losses = []
    for _ in range(4):
        state, metrics = trainer.step(state, base, batch)
        losses.append(float(metrics["loss"]))
    assert losses[-1] < losses[0]
    for before, after in zip(jax.tree.leaves(base_before), jax.tree.leaves(base), strict=True):
        np.testing.assert_array_equal(before, after)  # the frozen base: untouched and not donated
    assert sorted(state.params) == sorted(lcfg.targets)
    for name, adapter in state.params.items():
        assert float(jnp.abs(adapter.b).max()) > 0, name
        assert float(jnp.abs(adapter.a - a_before[name]).max()) > 0, name
    tokens = batch.tokens
    np.testing.assert_allclose(
        forward(lora.merge(base, state.params, lcfg), config, tokens),
        forward(lora.apply(base, state.params, lcfg), config, tokens),
        rtol=1e-5, atol=1e-5,
    )  # fmt: skip


def test_adapter_count_at_27b_matches_the_docstring():
    c = get_config("27b")
    r = 16
    per_layer = r * (
        (c.embed_dim + c.num_heads * c.head_dim) * 2  # q and o
        + (c.embed_dim + c.num_kv_heads * c.head_dim) * 2  # k and v
        + (c.embed_dim + c.mlp_dim) * 3  # gate, up, down
    )
    count = lora.adapter_count(c, lora.LoRAConfig(rank=r))
    assert count == c.num_layers * per_layer
    assert f"{count / 1e6:.1f}M" in lora.__doc__
    assert f"{count * 16 / 1e9:.1f} GB" in lora.__doc__


def test_bad_lora_config_is_a_clear_error():
    with pytest.raises(ValueError, match="unknown LoRA targets"):
        lora.LoRAConfig(targets=("q", "lm_head"))
    config = tiny_config()
    with pytest.raises(ValueError, match="lack targets"):
        lora.apply(tiny_params(config), {}, lora.LoRAConfig())
