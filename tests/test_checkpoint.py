"""Hugging Face checkpoints: config.json parsing (against transformers' own reading) and safetensors loading."""

import dataclasses
import json
import warnings

import jax
import jax.numpy as jnp
import numpy as np
import pytest
from helpers_hf import (
    LAYOUTS,
    hf_text_config,
    make_tiny_hf_checkpoint,
    published_config_json,
    tiny_text_config,
)
from oracle import safetensors_torch, torch

import gemma3
from gemma3.checkpoints.safetensors_file import config_from_hf, load_hf
from gemma3.config import VisionConfig
from gemma3.params import Layer

pytestmark = pytest.mark.oracle

LINEAR_X8 = {"rope_type": "linear", "factor": 8.0}


# ----------------------------------------------------------------------------- config.json


@pytest.mark.parametrize("size", gemma3.SIZES)
def test_published_config_json_gives_the_preset(size):
    """The language model is the preset's; the multimodal sizes add SigLIP So400m/14 at 896 px (the defaults)."""
    config = config_from_hf(published_config_json(size))
    assert dataclasses.replace(config, vision=None) == gemma3.get_config(size)
    assert config.vision == (None if size in ("270m", "1b") else VisionConfig())


@pytest.mark.parametrize("size", gemma3.SIZES)
def test_config_matches_transformers_reading_of_published_json(size):
    """Our defaults for omitted keys are transformers' defaults: compare with its parsed config."""
    hf_json = published_config_json(size)
    ours, theirs = config_from_hf(hf_json), hf_text_config(hf_json)
    full, local = theirs.rope_parameters["full_attention"], theirs.rope_parameters["sliding_attention"]
    assert (ours.embed_dim, ours.mlp_dim, ours.num_layers) == (
        theirs.hidden_size,
        theirs.intermediate_size,
        theirs.num_hidden_layers,
    )
    assert (ours.num_heads, ours.num_kv_heads, ours.head_dim) == (
        theirs.num_attention_heads,
        theirs.num_key_value_heads,
        theirs.head_dim,
    )
    assert ours.query_pre_attn_scalar == theirs.query_pre_attn_scalar
    assert ours.sliding_window == theirs.sliding_window
    assert ours.embed_rows == theirs.vocab_size and ours.vocab_size == min(theirs.vocab_size, 262_144)
    assert ours.rms_eps == theirs.rms_norm_eps and ours.max_context == theirs.max_position_embeddings
    assert (ours.rope_global_base, ours.rope_local_base) == (full["rope_theta"], local["rope_theta"])
    assert ours.rope_global_scale == (full["factor"] if full["rope_type"] == "linear" else 1.0)
    assert [("full_attention" if g else "sliding_attention") for g in ours.global_layers] == theirs.layer_types


def test_new_and_old_config_keys_agree():
    """transformers 5 writes rope_parameters and layer_types; the published files use the old keys."""
    hf = tiny_text_config(rope_scaling=LINEAR_X8, rope_theta=500_000.0, rope_local_base_freq=20_000.0)
    new = hf.to_dict()
    assert "rope_parameters" in new and "layer_types" in new
    old = {k: v for k, v in new.items() if k not in ("rope_parameters", "layer_types", "_sliding_window_pattern")}
    old |= {
        "rope_scaling": LINEAR_X8,
        "rope_theta": 500_000.0,
        "rope_local_base_freq": 20_000.0,
        "sliding_window_pattern": 2,
    }
    config = config_from_hf(new)
    assert config == config_from_hf(old)
    assert (config.rope_global_base, config.rope_local_base, config.rope_global_scale) == (500_000.0, 20_000.0, 8.0)
    assert config.global_every == 2 and config.name == "custom"
    nested = config_from_hf({"model_type": "gemma3", "text_config": new, "vision_config": {}})
    assert nested == config


def test_layer_types_all_local_or_all_global():
    local = tiny_text_config(num_hidden_layers=3, sliding_window_pattern=6).to_dict()
    assert config_from_hf(local).global_layers == (False, False, False)
    dense = tiny_text_config(num_hidden_layers=3, layer_types=["full_attention"] * 3).to_dict()
    assert config_from_hf(dense).global_layers == (True, True, True)


def test_non_periodic_layer_types_are_refused():
    hf = tiny_text_config().to_dict()
    hf["layer_types"] = ["sliding_attention", "full_attention", "full_attention", "sliding_attention"]
    with pytest.raises(ValueError, match="not periodic"):
        config_from_hf(hf)


@pytest.mark.parametrize(
    "change, message",
    [
        ({"rope_scaling": {"rope_type": "yarn", "factor": 8.0}}, "unsupported RoPE"),
        ({"final_logit_softcapping": 30.0}, "final_logit_softcapping"),
        ({"use_bidirectional_attention": True}, "bidirectional"),
    ],
)
def test_unsupported_config_is_refused(change, message):
    hf = {k: v for k, v in tiny_text_config().to_dict().items() if k != "rope_parameters"} | change
    with pytest.raises(ValueError, match=message):
        config_from_hf(hf)


# ----------------------------------------------------------------------------- loading


def _ours_from_torch(model) -> gemma3.Params:
    """The torch model's weights rearranged into our layout, independently of the loader."""
    c = model.config
    N, K, H, D = c.num_attention_heads, c.num_key_value_heads, c.head_dim, c.hidden_size
    sd = {k: v.numpy() for k, v in model.state_dict().items()}

    def stack(fn):
        return np.stack([fn(f"model.layers.{i}.", i) for i in range(c.num_hidden_layers)])

    def get(name):
        return lambda p, i: sd[p + name]

    layers = Layer(
        attn_norm=stack(get("input_layernorm.weight")),
        q=stack(lambda p, i: np.einsum("nhd->ndh", sd[p + "self_attn.q_proj.weight"].reshape(N, H, D))),
        k=stack(lambda p, i: np.einsum("khd->kdh", sd[p + "self_attn.k_proj.weight"].reshape(K, H, D))),
        v=stack(lambda p, i: np.einsum("khd->kdh", sd[p + "self_attn.v_proj.weight"].reshape(K, H, D))),
        o=stack(lambda p, i: np.einsum("dnh->nhd", sd[p + "self_attn.o_proj.weight"].reshape(D, N, H))),
        q_norm=stack(get("self_attn.q_norm.weight")),
        k_norm=stack(get("self_attn.k_norm.weight")),
        post_attn_norm=stack(get("post_attention_layernorm.weight")),
        ffw_norm=stack(get("pre_feedforward_layernorm.weight")),
        gate=stack(lambda p, i: sd[p + "mlp.gate_proj.weight"].T),
        up=stack(lambda p, i: sd[p + "mlp.up_proj.weight"].T),
        down=stack(lambda p, i: sd[p + "mlp.down_proj.weight"].T),
        post_ffw_norm=stack(get("post_feedforward_layernorm.weight")),
    )
    return gemma3.Params(embed=sd["model.embed_tokens.weight"], layers=layers, final_norm=sd["model.norm.weight"])


def _assert_params_equal(got: gemma3.Params, want: gemma3.Params):
    for (path, a), b in zip(jax.tree_util.tree_flatten_with_path(got)[0], jax.tree.leaves(want), strict=True):
        np.testing.assert_array_equal(np.asarray(a, np.float32), np.asarray(b, np.float32), err_msg=str(path))


@pytest.mark.parametrize("layout", LAYOUTS)
def test_every_layout_loads_the_exact_weights(tmp_path, layout):
    path, model = make_tiny_hf_checkpoint(tmp_path, layout, rope_scaling=LINEAR_X8)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        config, params = gemma3.load(path, dtype=jnp.float32, progress=False)
    assert not [w for w in caught if "does not use" in str(w.message)]  # the vision tower is loaded now
    assert dataclasses.replace(config, vision=None) == config_from_hf(model.config.to_dict())
    assert (config.vision is None) == (layout == "text") and (params.vision is None) == (layout == "text")
    assert config.global_every == 2 and config.rope_global_scale == 8.0 and config.query_pre_attn_scalar == 24
    assert all(x.dtype == jnp.float32 for x in jax.tree.leaves(params))
    _assert_params_equal(dataclasses.replace(params, vision=None), _ours_from_torch(model))


def test_bfloat16_checkpoint_is_read_bit_exact(tmp_path):
    path, model = make_tiny_hf_checkpoint(tmp_path, "multimodal", dtype=torch.bfloat16)
    assert "BF16" in (path / "model-00001-of-00002.safetensors").read_bytes()[:4096].decode("latin1")
    _, params32 = load_hf(path, dtype=jnp.float32, progress=False)
    _assert_params_equal(dataclasses.replace(params32, vision=None), _ours_from_torch(model))
    _, params16 = load_hf(path, dtype=jnp.bfloat16, progress=False)
    assert params16.layers.q.dtype == jnp.bfloat16 and params16.vision.layers.q.dtype == jnp.bfloat16
    _assert_params_equal(dataclasses.replace(params16, vision=None), _ours_from_torch(model))


def test_sharded_load_places_each_tensor_in_its_shards(tmp_path):
    from gemma3.sharding import make_mesh, param_shardings

    path, model = make_tiny_hf_checkpoint(tmp_path, "text")
    mesh = make_mesh(data=4, tensor=2)
    config, params = gemma3.load(path, dtype=jnp.float32, mesh=mesh, progress=False)
    expected = param_shardings(config, mesh, "inference")
    for leaf, want in zip(jax.tree.leaves(params), jax.tree.leaves(expected), strict=True):
        assert leaf.sharding.is_equivalent_to(want, leaf.ndim)
    _assert_params_equal(params, _ours_from_torch(model))


# ----------------------------------------------------------------------------- errors


def test_missing_path(tmp_path):
    with pytest.raises(FileNotFoundError, match="not found"):
        gemma3.load(tmp_path / "nowhere")
    with pytest.raises(FileNotFoundError, match="not found"):
        load_hf(tmp_path / "nowhere")


def test_folder_without_config_json(tmp_path):
    path, _ = make_tiny_hf_checkpoint(tmp_path, "text")
    (path / "config.json").unlink()
    with pytest.raises(FileNotFoundError, match="no config.json"):
        gemma3.load(path)


def test_folder_without_weights(tmp_path):
    (tmp_path / "config.json").write_text(json.dumps(published_config_json("270m")))
    (tmp_path / "pytorch_model.bin").write_bytes(b"")
    with pytest.raises(FileNotFoundError, match=r"no \*\.safetensors weights.*pytorch_model\.bin"):
        gemma3.load(tmp_path)


def test_missing_shard_named_in_the_index(tmp_path):
    path, _ = make_tiny_hf_checkpoint(tmp_path, "multimodal", num_shards=3)
    (path / "model-00002-of-00003.safetensors").unlink()
    with pytest.raises(FileNotFoundError, match="missing shard.*model-00002-of-00003.safetensors"):
        gemma3.load(path)


def _rewrite(path, change):
    """Apply `change(tensors)` to a single-file checkpoint."""
    from safetensors.torch import load_file

    tensors = load_file(path / "model.safetensors")
    change(tensors)
    safetensors_torch.save_file(tensors, path / "model.safetensors", metadata={"format": "pt"})


def test_wrong_shape_names_the_tensor_and_both_shapes(tmp_path):
    path, _ = make_tiny_hf_checkpoint(tmp_path, "text")
    _rewrite(path, lambda t: t.update({"model.layers.2.mlp.up_proj.weight": torch.zeros(95, 48)}))
    with pytest.raises(ValueError, match=r"model\.layers\.2\.mlp\.up_proj\.weight.*\(96, 48\).*\(95, 48\)"):
        gemma3.load(path)


def test_missing_tensor_is_named(tmp_path):
    path, _ = make_tiny_hf_checkpoint(tmp_path, "text")
    _rewrite(path, lambda t: t.pop("model.layers.3.self_attn.k_norm.weight"))
    with pytest.raises(ValueError, match=r"model\.layers\.3\.self_attn\.k_norm\.weight is missing"):
        gemma3.load(path)


def test_more_layers_than_config_json_says(tmp_path):
    path, _ = make_tiny_hf_checkpoint(tmp_path, "text")
    hf = json.loads((path / "config.json").read_text())
    hf |= {"num_hidden_layers": 3, "layer_types": hf["layer_types"][:3]}
    (path / "config.json").write_text(json.dumps(hf))
    with pytest.raises(ValueError, match=r"unexpected language-model tensor.*model\.layers\.3\."):
        gemma3.load(path)


def test_not_a_gemma_checkpoint(tmp_path):
    (tmp_path / "config.json").write_text(json.dumps(published_config_json("270m")))
    safetensors_torch.save_file({"transformer.wte.weight": torch.zeros(4, 4)}, tmp_path / "model.safetensors")
    with pytest.raises(ValueError, match="no Gemma 3 embedding tensor.*transformer.wte.weight"):
        gemma3.load(tmp_path)


def test_a_file_that_is_not_gguf(tmp_path):
    (tmp_path / "model.safetensors").write_bytes(b"")
    with pytest.raises(ValueError, match="not a .gguf"):
        gemma3.load(tmp_path / "model.safetensors")


def test_config_rows_feed_embed_rows():
    """HF vocab_size counts embedding rows: the logits keep min(262144, rows) of them."""
    hf = published_config_json("4b")
    config = config_from_hf(hf)
    assert (config.vocab_size, config.embed_rows) == (262_144, 262_208)
    tiny = config_from_hf(tiny_text_config().to_dict())
    assert (tiny.vocab_size, tiny.embed_rows) == (512, 512)
