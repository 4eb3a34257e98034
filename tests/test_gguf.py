"""GGUF: Config from metadata, weights in our layout, errors, the header reader, and the real
Gemma 3 270M against transformers' reading of the same file."""

from __future__ import annotations

import dataclasses

import jax
import jax.numpy as jnp
import numpy as np
import pytest
from gguf import GGMLQuantizationType, GGUFWriter, RopeScalingType
from gguf.quants import dequantize, quantize

from gemma3.checkpoints import embedded, gguf_file
from gemma3.checkpoints.loading import load
from gemma3.config import SIZES, get_config
from gemma3.model import forward
from gemma3.params import Params, abstract_params

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
    """Random float32 weights, the norms included (zero-initialized norms would hide a wrong +-1)."""
    rng = np.random.default_rng(seed)
    D, N, H, F = config.embed_dim, config.num_heads, config.head_dim, config.mlp_dim
    fan_in = dict(q=D, k=D, v=D, o=N * H, gate=D, up=D, down=F, embed=1)

    def leaf(path, x):
        std = fan_in[path[-1].name] ** -0.5 if path[-1].name in fan_in else 0.5  # norms: 0.5
        return rng.normal(0, std, x.shape).astype(np.float32)

    return jax.tree_util.tree_map_with_path(leaf, abstract_params(config, jnp.float32))


def llama_cpp_tensors(params: Params, config) -> dict[str, np.ndarray]:
    """Our weights as llama.cpp's converter writes them: norms as 1 + w, matrices [out, in]."""
    D, N, K, H = config.embed_dim, config.num_heads, config.num_kv_heads, config.head_dim
    out = {"token_embd.weight": params.embed, "output_norm.weight": params.final_norm + 1}
    to_theirs = dict(
        q=lambda w: np.einsum("ndh->nhd", w).reshape(N * H, D), k=lambda w: np.einsum("kdh->khd", w).reshape(K * H, D),
        v=lambda w: np.einsum("kdh->khd", w).reshape(K * H, D),
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


def test_tiny_gguf_loads_straight_into_shards(tmp_path, tiny):
    from gemma3.sharding import make_mesh

    params, tensors = tiny
    path = write_gguf(tmp_path / "tiny.gguf", TINY, tensors)
    mesh = make_mesh(tensor=2, fsdp=4)  # the 8 simulated CPU devices of conftest.py
    _, loaded = load(path, dtype=jnp.float32, mesh=mesh, progress=False)
    assert loaded.layers.q.sharding.mesh == mesh and len(loaded.layers.q.sharding.device_set) == 8
    np.testing.assert_array_equal(np.asarray(loaded.layers.q), params.layers.q)


@pytest.mark.parametrize("size", SIZES)
def test_config_from_llama_cpp_metadata_matches_the_preset(tmp_path, size):
    """What convert_hf_to_gguf.py writes for each size gives our preset back: query_pre_attn_scalar
    (not stored: 168 = D / N at 27b, H elsewhere), linear x8 RoPE for 4b+, the local RoPE base."""
    preset = dataclasses.replace(get_config(size), vocab_size=16, embed_rows=16)  # llama.cpp trims to the vocab
    embed = np.zeros((16, preset.embed_dim), np.float32)
    scale = preset.rope_global_scale if preset.rope_global_scale != 1 else None
    path = write_gguf(tmp_path / f"{size}.gguf", preset, {"token_embd.weight": embed}, rope_scale=scale)
    assert gguf_file.config_from_gguf(gguf_file.read_gguf(path)) == preset


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


@pytest.mark.parametrize("keep", [64, -100], ids=["header", "tensor data"])
def test_a_truncated_gguf_file(tmp_path, tiny, keep):
    path = write_gguf(tmp_path / "tiny.gguf", TINY, tiny[1])
    data = path.read_bytes()
    path.write_bytes(data[:keep])
    with pytest.raises(ValueError, match="truncated"):
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


def test_header_reader_agrees_with_gguf_reader(tmp_path, tiny):
    """Our header parser against the gguf package's GGUFReader: every metadata value, every tensor."""
    from gguf import GGUFReader

    path = write_gguf(tmp_path / "tiny.gguf", TINY, tiny[1], types={"attn_q.": Q.Q8_0, "ffn_up": Q.BF16})
    ours, theirs = gguf_file.read_gguf(path), GGUFReader(path)
    for key, field in theirs.fields.items():
        if not key.startswith("GGUF."):
            want, got = field.contents(), ours.metadata[key]
            assert (got.tolist() if isinstance(got, np.ndarray) else got) == pytest.approx(want), key
    assert set(ours.tensors) == {t.name for t in theirs.tensors}
    for t in theirs.tensors:
        mine = ours.tensors[t.name]
        assert (mine.shape, mine.kind, mine.offset) == (
            tuple(int(n) for n in t.shape[::-1]),
            t.tensor_type.name,
            t.data_offset,
        )
        np.testing.assert_array_equal(gguf_file.dequantize_tensor(ours, mine), dequantize(t.data, t.tensor_type))


def test_read_gguf_vocab(tmp_path, tiny):
    from gguf import GGUFReader

    path = write_gguf(tmp_path / "tiny.gguf", TINY, tiny[1])
    vocab, fields = gguf_file.read_gguf_vocab(path), GGUFReader(path).fields
    assert vocab["tokens"] == fields["tokenizer.ggml.tokens"].contents()
    np.testing.assert_array_equal(vocab["scores"], fields["tokenizer.ggml.scores"].contents())
    np.testing.assert_array_equal(vocab["token_type"], fields["tokenizer.ggml.token_type"].contents())
    assert vocab["scores"].dtype == np.float32 and vocab["token_type"].dtype == np.int32
    assert (vocab["bos_id"], vocab["eos_id"], vocab["unk_id"], vocab["pad_id"]) == (2, 1, 3, 0)
    assert vocab["model"] == "llama"


# ---------------------------------------------------------------------------------------------
# The real Gemma 3 270M against transformers' reading of the same GGUF

# Inputs as token ids (transformers' tokenizer of this GGUF encoded them; the tokenizer has its
# own tests): "The capital of France is", "def fibonacci(n):\n    if n < 2:",
# "Ein kleines Beispiel: 12345 + 678 =".
PROMPTS = [
    [2, 818, 5279, 529, 7001, 563],
    [2, 2063, 10779, 78113, 236769, 236749, 1473, 107, 140, 584, 538, 655, 236743, 236778, 236787],
    [2, 29882, 196529, 50578, 236787, 236743, 236770, 236778, 236800, 236812, 236810, 900, 236743, 236825, 236832,
     236828, 578],
]  # fmt: skip
# Longer than the 512-token window: the code prompt repeated (confident, copy-like predictions).
LONG_PROMPT = [2] + (PROMPTS[1][1:] * 40)[:539]


def _logits_pair(real_270m, hf_270m, tokens: np.ndarray):
    """Our logits and transformers' for the same tokens; the models come from conftest.py's session fixtures."""
    import torch

    config, params = real_270m
    with torch.no_grad():
        want = hf_270m(torch.from_numpy(tokens).long()).logits.numpy()
    return np.asarray(forward(params, config, jnp.asarray(tokens, jnp.int32))), want


def _assert_parity(got, want, what):
    error = np.abs(got - want).max() / np.abs(want).max()
    assert error < 1e-3, f"{what}: relative max error {error:.2e}"
    np.testing.assert_array_equal(got.argmax(-1), want.argmax(-1), err_msg=what)


@pytest.mark.slow
def test_real_270m_config_is_the_preset(real_270m):
    assert real_270m[0] == get_config("270m")


@pytest.mark.slow
@pytest.mark.oracle
def test_real_270m_logits_match_transformers(real_270m, hf_270m):
    width = max(map(len, PROMPTS))
    tokens = np.array([p + [0] * (width - len(p)) for p in PROMPTS], np.int32)  # right padding: causal, harmless
    got, want = _logits_pair(real_270m, hf_270m, tokens)
    for i, prompt in enumerate(PROMPTS):
        _assert_parity(got[i, : len(prompt)], want[i, : len(prompt)], f"prompt {i}")


@pytest.mark.slow
@pytest.mark.oracle
def test_real_270m_logits_match_transformers_beyond_the_window(real_270m, hf_270m):
    assert len(LONG_PROMPT) > real_270m[0].sliding_window
    got, want = _logits_pair(real_270m, hf_270m, np.array([LONG_PROMPT], np.int32))
    _assert_parity(got, want, f"{len(LONG_PROMPT)} tokens")


@pytest.mark.slow
def test_real_270m_vocabulary():
    vocab = gguf_file.read_gguf_vocab(embedded.default_checkpoint())
    assert len(vocab["tokens"]) == len(vocab["scores"]) == len(vocab["token_type"]) == get_config("270m").vocab_size
    assert (vocab["pad_id"], vocab["eos_id"], vocab["bos_id"], vocab["unk_id"]) == (0, 1, 2, 3)
    assert [vocab["tokens"][i] for i in (0, 1, 2, 3, 105, 106)] == [
        "<pad>", "<eos>", "<bos>", "<unk>", "<start_of_turn>", "<end_of_turn>",
    ]  # fmt: skip
    types, counts = np.unique(vocab["token_type"], return_counts=True)
    assert dict(zip(types.tolist(), counts.tolist(), strict=True)) == {1: 255_474, 3: 6_249, 4: 165, 6: 256}
