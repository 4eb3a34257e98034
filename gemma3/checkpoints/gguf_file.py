"""GGUF checkpoints (llama.cpp's file format): config, weights and vocabulary of a Gemma 3 `.gguf` file.

`load_gguf` (what `gemma3.load` calls for a `.gguf` path) builds a `Config` from the file's
metadata and streams the dequantized tensors, one at a time, into our `Params`. The header is
parsed by `gemma3.checkpoints.gguf_reader.read_gguf`; the embedded default model, a real Gemma 3 270M GGUF,
comes from `gemma3.checkpoints.embedded.default_checkpoint`.

llama.cpp's converter (`convert_hf_to_gguf.py`, `Gemma3Model`) changes the Hugging Face
weights in ways we undo here:
- every RMSNorm weight is stored as `1 + w` (we keep `w`, applied as `1 + w`): subtract 1;
- matrices are stored `[out, in]` (as Hugging Face does): transpose into our `[in, out]`;
- the embedding is cut to the tokenizer's rows (262,144, also for the multimodal sizes);
- `query_pre_attn_scalar` is not stored: llama.cpp derives it from the size (D / N for the
  62-layer 27b, H otherwise), and so do we; the local RoPE base (10,000) and the 5:1
  local/global pattern are llama.cpp constants unless the file says otherwise.
Dequantization (Q4_K, Q6_K, Q5_0, Q8_0, ...) is `gguf.quants.dequantize`, in float32.
`read_gguf_vocab` returns the tokenizer's pieces, scores and types.
"""

from __future__ import annotations

import os

import jax.numpy as jnp
import numpy as np

from gemma3.checkpoints.assemble import assemble_params
from gemma3.checkpoints.gguf_reader import GGUFFile, GGUFTensor, read_gguf
from gemma3.config import _PRESETS, Config, global_every_of
from gemma3.params import Params

ARCHITECTURE = "gemma3"
LLAMA_CPP_GLOBAL_EVERY = 6  # llama.cpp: set_swa_pattern(6) for gemma3
LLAMA_CPP_LOCAL_ROPE_BASE = 10_000.0  # llama.cpp: rope_freq_base_train_swa for gemma3

# The tensor types we dequantize: floats, llama.cpp's legacy and k-quants (all Q*_K_M/S/L files).
SUPPORTED_TYPES = (
    "F32", "F16", "BF16", "Q4_0", "Q4_1", "Q5_0", "Q5_1", "Q8_0", "Q2_K", "Q3_K", "Q4_K", "Q5_K", "Q6_K",
)  # fmt: skip


# ---------------------------------------------------------------------------------------------
# Config and vocabulary from the metadata
# ---------------------------------------------------------------------------------------------


def _architecture(gguf: GGUFFile) -> str:
    arch = gguf.metadata.get("general.architecture")
    if arch != ARCHITECTURE:
        raise ValueError(
            f"unsupported GGUF architecture {arch!r} in {gguf.path}: gemma3 reads Gemma 3 language models "
            f"(general.architecture = {ARCHITECTURE!r}); convert the Gemma 3 checkpoint with llama.cpp's "
            "convert_hf_to_gguf.py or load its Hugging Face folder instead"
        )
    return arch


def _float32_value(x) -> float:
    """GGUF stores floats as float32: 1e-6 reads back 9.99999997e-07; keep the shortest float32 repr."""
    return float(str(np.float32(x)))


def _global_every(pattern, num_layers: int) -> int:
    """llama.cpp's `sliding_window_pattern`: absent (6 for gemma3), a period, or one flag per layer."""
    if pattern is None:
        return LLAMA_CPP_GLOBAL_EVERY
    if np.ndim(pattern) == 0:
        return int(pattern)
    if len(pattern) != num_layers:
        raise ValueError(f"GGUF sliding_window_pattern has {len(pattern)} flags for {num_layers} layers")
    # the flags mark sliding-window layers
    return global_every_of([not sliding for sliding in pattern], f"GGUF sliding_window_pattern {list(pattern)}")


_REQUIRED = object()


def _meta(gguf: GGUFFile, key: str, default=_REQUIRED):
    """The value of `gemma3.<key>`; a clear error when a required key is missing."""
    value = gguf.metadata.get(f"{ARCHITECTURE}.{key}", default)
    if value is _REQUIRED:
        raise ValueError(f"{gguf.path}: GGUF metadata key {ARCHITECTURE}.{key} is missing; the file is incomplete")
    return value


def config_from_gguf(gguf: GGUFFile) -> Config:
    """A `Config` from the `gemma3.*` metadata; named after the preset it matches (else `gguf:<name>`)."""
    _architecture(gguf)
    L, D = int(_meta(gguf, "block_count")), int(_meta(gguf, "embedding_length"))
    F, N = int(_meta(gguf, "feed_forward_length")), int(_meta(gguf, "attention.head_count"))
    K = int(_meta(gguf, "attention.head_count_kv", N))
    H = int(_meta(gguf, "attention.key_length", D // N))
    max_context = int(_meta(gguf, "context_length", 32_768))
    window = int(_meta(gguf, "attention.sliding_window", 0))  # llama.cpp: absent or 0 means no local layers
    scaling = _meta(gguf, "rope.scaling.type", "none")
    if scaling not in ("none", "linear"):
        raise ValueError(f"{gguf.path}: unsupported RoPE scaling {scaling!r}; Gemma 3 uses 'linear' (or none)")
    if "token_embd.weight" not in gguf.tensors:
        raise ValueError(f"{gguf.path}: tensor token_embd.weight is missing; the file is incomplete")
    embed_rows = gguf.tensors["token_embd.weight"].shape[0]
    vocab_size = min(len(gguf.metadata.get("tokenizer.ggml.tokens", ())) or embed_rows, embed_rows)

    fields = dict(
        num_layers=L,
        embed_dim=D,
        num_heads=N,
        num_kv_heads=K,
        head_dim=H,
        mlp_dim=F,
        sliding_window=window if window > 0 else max_context,
        query_pre_attn_scalar=float(D // N if L == 62 else H),  # llama.cpp: the 27b (62 layers) scales by D / N
        vocab_size=vocab_size,
        embed_rows=embed_rows,
        global_every=_global_every(_meta(gguf, "attention.sliding_window_pattern", None), L) if window > 0 else 1,
        rope_local_base=_float32_value(_meta(gguf, "rope.freq_base_swa", LLAMA_CPP_LOCAL_ROPE_BASE)),
        rope_global_base=_float32_value(_meta(gguf, "rope.freq_base", 1_000_000.0)),
        rope_global_scale=_float32_value(_meta(gguf, "rope.scaling.factor", 1.0)) if scaling == "linear" else 1.0,
        rms_eps=_float32_value(_meta(gguf, "attention.layer_norm_rms_epsilon", 1e-6)),
        max_context=max_context,
    )
    shape_keys = ("num_layers", "embed_dim", "num_heads", "num_kv_heads", "head_dim", "mlp_dim")
    name = next(
        (key for key, preset in _PRESETS.items() if all(getattr(preset, k) == fields[k] for k in shape_keys)),
        f"gguf:{gguf.metadata.get('general.name', gguf.path.stem)}",
    )
    return Config(name=name, **fields)


def read_gguf_vocab(path: str | os.PathLike) -> dict:
    """The tokenizer stored in a GGUF file, for `gemma3.checkpoints.tokenizer`.

    Returns `tokens` (list[str], V pieces), `scores` (float32 [V]), `token_type` (int32 [V]:
    1 normal, 2 unknown, 3 control, 4 user-defined, 6 byte), `model` (llama.cpp's tokenizer
    kind, "llama" = SentencePiece), the special ids `bos_id`, `eos_id`, `unk_id`, `pad_id`
    (None when absent) and the flags `add_bos`, `add_eos`, `add_space_prefix`.
    """
    meta = read_gguf(path).metadata
    if "tokenizer.ggml.tokens" not in meta:
        raise ValueError(f"{path} carries no tokenizer (tokenizer.ggml.tokens is missing)")
    tokens = list(meta["tokenizer.ggml.tokens"])

    def token_id(name):
        value = meta.get(f"tokenizer.ggml.{name}_token_id")
        return None if value is None else int(value)

    return {
        "model": meta.get("tokenizer.ggml.model", "llama"),
        "tokens": tokens,
        "scores": np.asarray(meta.get("tokenizer.ggml.scores", np.zeros(len(tokens))), np.float32),
        "token_type": np.asarray(meta.get("tokenizer.ggml.token_type", np.ones(len(tokens))), np.int32),
        "bos_id": token_id("bos"),
        "eos_id": token_id("eos"),
        "unk_id": token_id("unknown"),
        "pad_id": token_id("padding"),
        "add_bos": bool(meta.get("tokenizer.ggml.add_bos_token", True)),
        "add_eos": bool(meta.get("tokenizer.ggml.add_eos_token", False)),
        "add_space_prefix": bool(meta.get("tokenizer.ggml.add_space_prefix", False)),
    }


# ---------------------------------------------------------------------------------------------
# Tensors: dequantize, undo llama.cpp's conventions, hand over in our layout
# ---------------------------------------------------------------------------------------------

_NORMS = {  # our leaf -> llama.cpp tensor (stored as 1 + w)
    "attn_norm": "attn_norm",
    "q_norm": "attn_q_norm",
    "k_norm": "attn_k_norm",
    "post_attn_norm": "post_attention_norm",
    "ffw_norm": "ffn_norm",
    "post_ffw_norm": "post_ffw_norm",
}
_MATRICES = {  # our leaf -> llama.cpp tensor, stored [out, in]
    "q": "attn_q",
    "k": "attn_k",
    "v": "attn_v",
    "o": "attn_output",
    "gate": "ffn_gate",
    "up": "ffn_up",
    "down": "ffn_down",
}


def _gguf_layout(config: Config) -> dict[str, tuple[str, tuple[int, ...]]]:
    """Our leaf -> (llama.cpp tensor suffix, its shape as numpy reads it: [out, in] for matrices)."""
    D, N, K, H, F = config.embed_dim, config.num_heads, config.num_kv_heads, config.head_dim, config.mlp_dim
    layout = {ours: (theirs, (H if ours in ("q_norm", "k_norm") else D,)) for ours, theirs in _NORMS.items()}
    shapes = {"q": (N * H, D), "k": (K * H, D), "v": (K * H, D), "o": (D, N * H)}
    shapes.update(gate=(F, D), up=(F, D), down=(D, F))
    layout.update({ours: (_MATRICES[ours], shape) for ours, shape in shapes.items()})
    return layout


def dequantize_tensor(gguf: GGUFFile, tensor: GGUFTensor) -> np.ndarray:
    """One tensor as a float32 array of `tensor.shape`, read from disk and dequantized."""
    from gguf.constants import GGML_QUANT_SIZES, GGMLQuantizationType
    from gguf.quants import dequantize

    if tensor.kind not in SUPPORTED_TYPES:
        raise ValueError(
            f"{gguf.path}: tensor {tensor.name} has type {tensor.kind}, which gemma3 cannot dequantize; "
            f"supported types: {', '.join(SUPPORTED_TYPES)}. Requantize with llama.cpp "
            "(llama-quantize ... Q4_K_M or Q8_0) or load the Hugging Face checkpoint"
        )
    kind = GGMLQuantizationType[tensor.kind]
    block_size, block_bytes = GGML_QUANT_SIZES[kind]
    *rows, row = tensor.shape
    byte_shape = (*rows, row // block_size * block_bytes)  # what gguf.quants.dequantize expects
    raw = np.memmap(gguf.path, np.uint8, "r", offset=tensor.offset, shape=byte_shape)
    return np.asarray(dequantize(raw, kind), dtype=np.float32).reshape(tensor.shape)


def _checked(gguf: GGUFFile, name: str, expected: tuple[int, ...]) -> np.ndarray:
    if name not in gguf.tensors:
        raise ValueError(f"{gguf.path}: tensor {name} is missing; the GGUF file is incomplete or not a Gemma 3 model")
    found = gguf.tensors[name].shape
    if found != tuple(expected):
        raise ValueError(
            f"{gguf.path}: tensor {name}: expected shape {tuple(expected)} (from the file's gemma3.* metadata), "
            f"found {found}; the file's metadata and tensors disagree"
        )
    return dequantize_tensor(gguf, gguf.tensors[name])


def _tensor_reader(gguf: GGUFFile, config: Config):
    """The `read(leaf, layer)` that `assemble_params` calls: one dequantized tensor in our layout."""
    layout = _gguf_layout(config)
    D, N, K, H = config.embed_dim, config.num_heads, config.num_kv_heads, config.head_dim

    def read(leaf: str, layer: int | None) -> np.ndarray:
        if leaf == "embed":
            return _checked(gguf, "token_embd.weight", (config.embed_rows, D))
        if leaf == "final_norm":
            return _checked(gguf, "output_norm.weight", (D,)) - 1.0
        suffix, shape = layout[leaf]
        value = _checked(gguf, f"blk.{layer}.{suffix}.weight", shape)
        if leaf in _NORMS:
            return value - 1.0
        if leaf in ("q", "k", "v"):  # [heads*H, D] -> [heads, D, H]
            return value.reshape(N if leaf == "q" else K, H, D).transpose(0, 2, 1)
        if leaf == "o":
            return value.T.reshape(N, H, D)
        return value.T  # gate, up: [F, D] -> [D, F]; down: [D, F] -> [F, D]

    return read


def load_gguf(
    path: str | os.PathLike, *, dtype=jnp.bfloat16, shardings: Params | None = None, progress: bool = True
) -> tuple[Config, Params]:
    """Load a Gemma 3 GGUF file: `(Config, Params)` with weights dequantized, then cast to `dtype`.

    Streams one tensor at a time (memory-mapped), so the host holds at most the parameters
    plus one float32 tensor. `shardings` as in `gemma3.checkpoints.assemble.assemble_params`.
    """
    gguf = read_gguf(path)
    config = config_from_gguf(gguf)
    if "output.weight" in gguf.tensors:
        raise ValueError(f"{gguf.path}: has an untied output.weight; Gemma 3 ties the unembedding to token_embd")
    params = assemble_params(
        config,
        _tensor_reader(gguf, config),
        dtype=dtype,
        shardings=shardings,
        progress=progress,
        description=f"loading {gguf.path.name}",
    )
    return config, params
