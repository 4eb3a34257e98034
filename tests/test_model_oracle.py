"""The forward pass against transformers (the oracle), parameter counts, and compile time against depth.

Every parity case writes a tiny random `Gemma3ForCausalLM` to disk in one of the three layouts,
loads it with `gemma3.load`, and compares float32 logits with transformers on the same tokens.
"""

import dataclasses
import time

import jax
import jax.numpy as jnp
import numpy as np
import pytest
from helpers_hf import hf_logits, hf_text_config, make_tiny_hf_checkpoint, published_config_json
from oracle import torch, transformers

import gemma3
from gemma3.checkpoints.safetensors_file import config_from_hf

LINEAR_X8 = {"rope_type": "linear", "factor": 8.0}

# Tiny configs: window 8 against sequences of 20; head_dim 32 != hidden 48 / heads; scalar 24 != head_dim.
CASES = {
    "gqa1-text": dict(layout="text", num_attention_heads=2, num_key_value_heads=2),
    "gqa2-published-rope-x8": dict(layout="multimodal", num_key_value_heads=2, rope_scaling=LINEAR_X8),
    "gqa4-new-rope-x8-thetas": dict(
        layout="multimodal_new",
        num_key_value_heads=1,
        num_hidden_layers=5,
        sliding_window_pattern=3,
        head_dim=16,
        query_pre_attn_scalar=40,
        rope_scaling=LINEAR_X8,
        rope_theta=50_000.0,
        rope_local_base_freq=2_000.0,
    ),
    "gqa2-text-no-scaling-scalar-eq-head-dim": dict(layout="text", query_pre_attn_scalar=32, sliding_window=5),
}


def _relative_error(ours, theirs) -> float:
    return float(np.abs(np.asarray(ours) - theirs).max() / np.abs(theirs).max())


@pytest.fixture(scope="module")
def tokens():
    return np.random.default_rng(0).integers(0, 512, size=(3, 20))  # B = 3, T = 20 > window


@pytest.mark.slow
@pytest.mark.oracle
@pytest.mark.parametrize("case", CASES)
def test_logits_match_transformers(tmp_path, tokens, case):
    overrides = dict(CASES[case])
    path, model = make_tiny_hf_checkpoint(tmp_path, overrides.pop("layout"), **overrides)
    config, params = gemma3.load(path, dtype=jnp.float32, progress=False)
    assert config.num_kv_heads == model.config.num_key_value_heads
    assert config.global_layers == tuple(t == "full_attention" for t in model.config.layer_types)
    ours = gemma3.forward(params, config, tokens)
    theirs = hf_logits(model, tokens)
    assert ours.dtype == jnp.float32 and ours.shape == theirs.shape
    error = _relative_error(ours, theirs)
    print(f"{case}: relative max error {error:.2e}")
    assert error < 1e-4


@pytest.mark.slow
@pytest.mark.oracle
def test_packed_row_equals_separate_sequences(tmp_path):
    """Two sequences packed in one row (positions restart, segment ids differ) give each one's own logits."""
    path, model = make_tiny_hf_checkpoint(tmp_path, "text", rope_scaling=LINEAR_X8)
    config, params = gemma3.load(path, dtype=jnp.float32, progress=False)
    rng = np.random.default_rng(1)
    first, second = rng.integers(0, 512, size=13), rng.integers(0, 512, size=9)
    packed = np.concatenate([first, second])[None]
    positions = np.concatenate([np.arange(13), np.arange(9)])[None]
    segments = np.array([[0] * 13 + [1] * 9])
    logits = np.asarray(gemma3.forward(params, config, packed, positions=positions, segment_ids=segments))
    # Apart: one batch, the shorter sequence padded at its end (causal, so padding changes nothing before it).
    apart = np.stack([first, np.pad(second, (0, 4))])
    ours_apart = np.asarray(gemma3.forward(params, config, apart))
    theirs_apart = hf_logits(model, apart)
    for part, row, length in ((logits[:, :13], 0, 13), (logits[:, 13:], 1, 9)):
        assert _relative_error(part, ours_apart[row : row + 1, :length]) < 1e-5
        assert _relative_error(part, theirs_apart[row : row + 1, :length]) < 1e-4


@pytest.mark.slow
@pytest.mark.oracle
def test_extra_image_token_rows_do_not_change_text_logits(tmp_path):
    """A multimodal-sized embedding (262208 rows): logits keep the tokenizer's 262144, equal to HF's first ones."""
    path, model = make_tiny_hf_checkpoint(
        tmp_path,
        "multimodal",
        vocab_size=262_208,
        hidden_size=16,
        intermediate_size=32,
        num_hidden_layers=2,
        head_dim=8,
    )
    config, params = gemma3.load(path, dtype=jnp.float32, progress=False)
    assert (config.vocab_size, config.embed_rows, params.embed.shape[0]) == (262_144, 262_208, 262_208)
    tokens = np.array([[2, 105, 262_143, 7, 262_100]])
    ours = gemma3.forward(params, config, tokens)
    theirs = hf_logits(model, tokens)
    assert ours.shape == (1, 5, 262_144)
    assert _relative_error(ours, theirs[..., :262_144]) < 1e-4


def hf_config(hf_json: dict) -> "transformers.Gemma3Config":
    return transformers.Gemma3Config(**{k: v for k, v in hf_json.items() if k != "architectures"})


@pytest.mark.oracle
@pytest.mark.parametrize("size", gemma3.SIZES)
def test_parameter_counts_match_transformers(size):
    """Counted from abstract shapes (no allocation) and, for the oracle, from HF's model on the meta device."""
    hf_json = published_config_json(size)
    config = config_from_hf(hf_json)
    with torch.device("meta"):
        hf_model = transformers.Gemma3ForCausalLM(hf_text_config(hf_json))
        hf_full = None if config.vision is None else transformers.Gemma3ForConditionalGeneration(hf_config(hf_json))
    hf_count = sum(p.numel() for p in hf_model.parameters())  # tied: the embedding counted once
    shapes = jax.eval_shape(lambda: gemma3.abstract_params(config))
    ours = sum(x.size for x in jax.tree.leaves(dataclasses.replace(shapes, vision=None)))
    assert ours == hf_count == gemma3.param_count(config, include_extra_embed_rows=True)
    if hf_full is not None:  # with the SigLIP tower and the projector
        assert sum(x.size for x in jax.tree.leaves(shapes)) == sum(p.numel() for p in hf_full.parameters())
    published = {"270m": 268e6, "1b": 1.0e9, "4b": 3.88e9, "12b": 11.8e9, "27b": 27.0e9}[size]
    print(f"{size}: {ours:,} parameters ({gemma3.param_count(config):,} with the text vocabulary only)")
    assert abs(gemma3.param_count(config) - published) / published < 0.01


def _lower_and_compile_seconds(config) -> tuple[float, float]:
    jax.clear_caches()
    tokens = jax.ShapeDtypeStruct((1, 8), jnp.int32)
    start = time.perf_counter()
    lowered = jax.jit(gemma3.forward).lower(gemma3.abstract_params(config), config, tokens)
    lowered_at = time.perf_counter()
    lowered.compile()
    return lowered_at - start, time.perf_counter() - lowered_at


@pytest.mark.slow
def test_27b_lowering_time_does_not_grow_with_depth(capsys):
    """The scan compiles one block: 62 layers lower and compile about as fast as 2 (CPU, abstract params)."""
    config = gemma3.get_config("27b")
    _lower_and_compile_seconds(dataclasses.replace(config, num_layers=1))  # warm up tracing machinery
    shallow = _lower_and_compile_seconds(dataclasses.replace(config, num_layers=2))
    deep = _lower_and_compile_seconds(config)
    with capsys.disabled():  # into the test log, not captured
        print(
            f"\n27b forward on CPU, B=1 T=8: 62 layers lower {deep[0]:.2f} s, compile {deep[1]:.2f} s; "
            f"2 layers lower {shallow[0]:.2f} s, compile {shallow[1]:.2f} s"
        )
    assert deep[0] < 60
    assert deep[0] < 3 * shallow[0] + 1.0
    assert deep[1] < 3 * shallow[1] + 2.0
