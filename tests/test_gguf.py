"""GGUF: the embedded 270M checkpoint, Config from metadata, weights in our layout, errors, and the
real Gemma 3 270M against transformers' reading of the same file."""

from __future__ import annotations

import dataclasses

import jax
import jax.numpy as jnp
import numpy as np
import pytest
from gguf import GGMLQuantizationType, GGUFWriter, RopeScalingType
from gguf.quants import quantize

from gemma3 import gguf_file
from gemma3.config import SIZES, get_config
from gemma3.loading import load
from gemma3.model import forward
from gemma3.params import Params, init_params

Q = GGMLQuantizationType

# head_dim 256: transformers' GGUF reader leaves query_pre_attn_scalar at its default, 256, which is
# llama.cpp's rule (H) only when H = 256; a sliding window of 4 and a global layer at index 5.
TINY = dataclasses.replace(
    get_config("270m"), name="gguf:tiny", num_layers=6, embed_dim=64, num_heads=4, num_kv_heads=2,
    mlp_dim=128, sliding_window=4, vocab_size=128, embed_rows=128, max_context=256,
)  # fmt: skip

# llama.cpp tensor suffix of each of our layer leaves (the converter's names).
LLAMA_CPP_NAMES = dict(
    attn_norm="attn_norm", q="attn_q", k="attn_k", v="attn_v", o="attn_output", q_norm="attn_q_norm",
    k_norm="attn_k_norm", post_attn_norm="post_attention_norm", ffw_norm="ffn_norm", gate="ffn_gate",
    up="ffn_up", down="ffn_down", post_ffw_norm="post_ffw_norm",
)  # fmt: skip
NORMS = ("attn_norm", "q_norm", "k_norm", "post_attn_norm", "ffw_norm", "post_ffw_norm")


def random_params(config, seed=0) -> Params:
    """Random weights with random norm weights (zero-initialized ones would hide a wrong +-1)."""
    params = jax.tree.map(np.asarray, init_params(config, jax.random.key(seed), jnp.float32))
    rng = np.random.default_rng(seed)
    for name in NORMS:
        value = getattr(params.layers, name)
        setattr(params.layers, name, rng.normal(0, 0.5, value.shape).astype(np.float32))
    params.final_norm = rng.normal(0, 0.5, params.final_norm.shape).astype(np.float32)
    return params


def llama_cpp_tensors(params: Params, config) -> dict[str, np.ndarray]:
    """Our weights as llama.cpp's converter writes them: norms as 1 + w, matrices [out, in]."""
    D, N, K, H = config.embed_dim, config.num_heads, config.num_kv_heads, config.head_dim
    out = {"token_embd.weight": params.embed, "output_norm.weight": params.final_norm + 1}
    to_theirs = dict(
        q=lambda w: w.reshape(D, N * H).T, k=lambda w: w.reshape(D, K * H).T, v=lambda w: w.reshape(D, K * H).T,
        o=lambda w: w.reshape(N * H, D).T, gate=lambda w: w.T, up=lambda w: w.T, down=lambda w: w.T,
    )  # fmt: skip
    for i in range(config.num_layers):
        for ours, theirs in LLAMA_CPP_NAMES.items():
            w = getattr(params.layers, ours)[i]
            out[f"blk.{i}.{theirs}.weight"] = w + 1 if ours in NORMS else to_theirs[ours](w)
    return out


def write_gguf(path, config, tensors: dict[str, np.ndarray], *, arch="gemma3", types=None, rope_scale=None):
    """A GGUF file with the metadata llama.cpp's convert_hf_to_gguf.py writes for Gemma 3.

    `types` maps a tensor-name substring to a GGML type (F32 otherwise)."""
    writer = GGUFWriter(path, arch)
    writer.add_name("tiny test model")
    writer.add_context_length(config.max_context)
    writer.add_embedding_length(config.embed_dim)
    writer.add_block_count(config.num_layers)
    writer.add_feed_forward_length(config.mlp_dim)
    writer.add_head_count(config.num_heads)
    writer.add_layer_norm_rms_eps(config.rms_eps)
    writer.add_key_length(config.head_dim)
    writer.add_value_length(config.head_dim)
    writer.add_rope_freq_base(config.rope_global_base)
    writer.add_sliding_window(config.sliding_window)
    writer.add_head_count_kv(config.num_kv_heads)
    if rope_scale is not None:
        writer.add_rope_scaling_type(RopeScalingType.LINEAR)
        writer.add_rope_scaling_factor(rope_scale)
    V = config.vocab_size
    writer.add_tokenizer_model("llama")
    writer.add_token_list(["<pad>", "<eos>", "<bos>", "<unk>"] + [f"piece{i}" for i in range(4, V)])
    writer.add_token_scores([-1000.0] * 4 + [-float(i) for i in range(4, V)])
    writer.add_token_types([3, 3, 3, 2] + [1] * (V - 4))
    writer.add_bos_token_id(2)
    writer.add_eos_token_id(1)
    writer.add_unk_token_id(3)
    writer.add_pad_token_id(0)
    for name, value in tensors.items():
        if value.dtype == np.int32:  # an integer tensor (I32), for the unsupported-type test
            writer.add_tensor(name, value)
            continue
        kind = next((t for key, t in (types or {}).items() if key in name), Q.F32)
        value = np.ascontiguousarray(value, np.float32)
        if kind in (Q.F32, Q.F16):
            writer.add_tensor(name, value.astype(np.float16 if kind == Q.F16 else np.float32))
        else:
            writer.add_tensor(name, quantize(value, kind), raw_dtype=kind)
    writer.write_header_to_file()
    writer.write_kv_data_to_file()
    writer.write_tensors_to_file()
    writer.close()
    return path


@pytest.fixture(scope="module")
def tiny():
    params = random_params(TINY)
    return params, llama_cpp_tensors(params, TINY)


# ---------------------------------------------------------------------------------------------
# Config and weights from tiny GGUF files


def test_tiny_gguf_loads_our_exact_weights_and_config(tmp_path, tiny):
    params, tensors = tiny
    path = write_gguf(tmp_path / "tiny.gguf", TINY, tensors)
    config, loaded = load(path, dtype=jnp.float32, progress=False)
    assert config == dataclasses.replace(TINY, name="gguf:tiny test model")
    for (key, got), want in zip(jax.tree_util.tree_leaves_with_path(loaded), jax.tree.leaves(params), strict=True):
        # norms went through float32 (1 + w) - 1 like llama.cpp's file: a rounding of the +1, no more
        np.testing.assert_allclose(np.asarray(got), want, rtol=0, atol=2e-7, err_msg=jax.tree_util.keystr(key))


def test_bf16_load_casts_after_dequantizing(tmp_path, tiny):
    params, tensors = tiny
    path = write_gguf(tmp_path / "tiny.gguf", TINY, tensors)
    _, loaded = load(path, dtype=jnp.bfloat16, progress=False)
    assert {x.dtype for x in jax.tree.leaves(loaded)} == {jnp.dtype(jnp.bfloat16)}
    np.testing.assert_array_equal(np.asarray(loaded.layers.q), params.layers.q.astype(jnp.bfloat16))


@pytest.mark.parametrize("size", SIZES)
def test_config_from_llama_cpp_metadata_matches_the_preset(tmp_path, size):
    """What convert_hf_to_gguf.py writes for each size gives our preset back: query_pre_attn_scalar
    (not stored: 168 = D / N at 27b, H elsewhere), linear x8 RoPE for 4b+, the local RoPE base."""
    preset = dataclasses.replace(get_config(size), vocab_size=16, embed_rows=16)  # llama.cpp trims to the vocab
    embed = np.zeros((16, preset.embed_dim), np.float32)
    scale = preset.rope_global_scale if preset.rope_global_scale != 1 else None
    path = write_gguf(tmp_path / f"{size}.gguf", preset, {"token_embd.weight": embed}, rope_scale=scale)
    assert gguf_file.config_from_gguf(gguf_file.open_gguf(path), path) == preset


@pytest.mark.slow
@pytest.mark.oracle
def test_tiny_gguf_mixed_quant_types_match_transformers(tmp_path, tiny):
    """transformers reads the same file (its own GGUF integration undoes llama.cpp's conventions):
    every quantized type we can write, random norms, a sequence 3x longer than the window, batch 2."""
    import torch
    from transformers import AutoModelForCausalLM

    _, tensors = tiny
    types = {"token_embd": Q.Q8_0, "attn_q.": Q.Q5_0, "attn_k.": Q.F16, "attn_v": Q.Q4_0, "attn_output": Q.Q5_1}
    types.update({"ffn_gate": Q.Q4_1, "ffn_up": Q.BF16, "ffn_down": Q.Q8_0})
    path = write_gguf(tmp_path / "tiny.gguf", TINY, tensors, types=types)
    config, params = load(path, dtype=jnp.float32, progress=False)
    model = AutoModelForCausalLM.from_pretrained(tmp_path, gguf_file=path.name, dtype=torch.float32).eval()
    tokens = np.random.default_rng(1).integers(0, TINY.vocab_size, (2, 3 * TINY.sliding_window), dtype=np.int32)
    with torch.no_grad():
        want = model(torch.from_numpy(tokens).long()).logits.numpy()
    got = np.asarray(forward(params, config, jnp.asarray(tokens)))
    assert np.abs(got - want).max() / np.abs(want).max() < 1e-4
    np.testing.assert_array_equal(got.argmax(-1), want.argmax(-1))


# ---------------------------------------------------------------------------------------------
# Errors


def test_a_file_that_is_not_gguf(tmp_path):
    path = tmp_path / "model.gguf"
    path.write_bytes(b"PK\x03\x04 this is a zip file, not a gguf")
    with pytest.raises(ValueError, match=r"not a GGUF file: it starts with b'PK\\x03\\x04', expected b'GGUF'"):
        load(path)


def test_unsupported_architecture(tmp_path, tiny):
    path = write_gguf(tmp_path / "llama.gguf", TINY, {"token_embd.weight": tiny[1]["token_embd.weight"]}, arch="llama")
    with pytest.raises(ValueError, match="unsupported GGUF architecture 'llama'.*'gemma3'"):
        load(path)


def test_unsupported_quant_type(tmp_path, tiny):
    tensors = dict(tiny[1])
    tensors["blk.0.attn_norm.weight"] = tensors["blk.0.attn_norm.weight"].astype(np.int32)  # GGUFWriter: I32
    path = write_gguf(tmp_path / "int.gguf", TINY, tensors)
    with pytest.raises(ValueError, match=r"blk\.0\.attn_norm\.weight has type I32.*supported types: F32, F16, BF16"):
        load(path, progress=False)


def test_wrong_shape_names_the_tensor_and_both_shapes(tmp_path, tiny):
    tensors = dict(tiny[1])
    tensors["blk.3.attn_q.weight"] = tensors["blk.3.attn_q.weight"][:, :32]
    path = write_gguf(tmp_path / "bad.gguf", TINY, tensors)
    with pytest.raises(
        ValueError, match=r"tensor blk\.3\.attn_q\.weight: expected shape \(1024, 64\).*found \(1024, 32\)"
    ):
        load(path, progress=False)


def test_missing_tensor_is_named(tmp_path, tiny):
    tensors = {k: v for k, v in tiny[1].items() if k != "blk.2.ffn_down.weight"}
    path = write_gguf(tmp_path / "short.gguf", TINY, tensors)
    with pytest.raises(ValueError, match=r"tensor blk\.2\.ffn_down\.weight is missing"):
        load(path, progress=False)
