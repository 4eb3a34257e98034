"""LoRA: identical logits at init, the merge math, only adapters train, 27B adapter count."""

import jax
import jax.numpy as jnp
import numpy as np
import pytest
from sft_fixtures import copy_tree, prompt_and_padding_batch, tiny_config, tiny_params

from gemma3 import forward, get_config, lora, sft


def test_at_init_the_adapted_model_is_the_base_model():
    config = tiny_config()
    base = tiny_params(config)
    lcfg = lora.LoRAConfig(rank=4)
    adapters = lora.init_adapters(config, lcfg, jax.random.key(1))
    tokens = prompt_and_padding_batch().tokens
    np.testing.assert_array_equal(
        forward(lora.apply(base, adapters, lcfg), config, tokens), forward(base, config, tokens)
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
    one_layer = jax.tree.map(lambda x: x[1], lora.apply(base, adapters, lcfg).layers)  # as the scan slices it
    np.testing.assert_allclose(one_layer.o, merged.layers.o[1], rtol=1e-6)


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
