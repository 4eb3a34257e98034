"""Hugging Face safetensors checkpoints: `config.json` to `Config`, tensors streamed into `Params`.

A checkpoint folder holds `config.json` and one or many `*.safetensors` files (listed by
`model.safetensors.index.json` when sharded). Three name layouts exist:

- text-only (270m, 1b, `Gemma3ForCausalLM`):      `model.layers.{i}.self_attn.q_proj.weight`, ...
- multimodal as published (4b, 12b, 27b):         `language_model.model.layers.{i}...`
- multimodal as newer transformers writes it:     `model.language_model.layers.{i}...`

Multimodal checkpoints also carry the SigLIP vision tower and the projector, loaded into
`Params.vision` (`gemma3.vision`): `vision_tower.vision_model.*` and `multi_modal_projector.*`
as published, `model.vision_tower.vision_model.*` and `model.multi_modal_projector.*` in the
newer layout (also without the `vision_model.` level: transformers 5's module names). Tensors
are read one at a time from their byte range in the file (numpy cannot decode bfloat16 through
`safetensors`' numpy backend, so we parse the documented header ourselves and view the bytes
with `ml_dtypes.bfloat16`), reshaped into our layout (q `[N, D, H]`, k and v `[K, D, H]`,
o `[N, H, D]`, gate and up `[D, F]`, down `[F, D]`; the vision tower's in `gemma3.vision`) and
handed to `gemma3.checkpoints.assemble.assemble_params`, so the host holds at most one tensor at a time.
"""

from __future__ import annotations

import dataclasses
import json
import os
import pathlib
import struct
import warnings
from collections.abc import Callable
from typing import Any

import jax.numpy as jnp
import ml_dtypes
import numpy as np

from gemma3.checkpoints.assemble import assemble_params
from gemma3.config import SIZES, Config, VisionConfig, get_config, global_every_of
from gemma3.params import Params
from gemma3.special_tokens import END_OF_IMAGE_ID, IMAGE_TOKEN_ID, START_OF_IMAGE_ID

TEXT_VOCAB = 262_144  # the tokenizer's pieces; multimodal checkpoints add 64 image-token rows

# transformers' `Gemma3TextConfig` defaults: published multimodal config.json files omit these keys.
HF_TEXT_DEFAULTS: dict[str, Any] = {
    "vocab_size": 262_208,
    "hidden_size": 2304,
    "intermediate_size": 9216,
    "num_hidden_layers": 26,
    "num_attention_heads": 8,
    "num_key_value_heads": 4,
    "head_dim": 256,
    "hidden_activation": "gelu_pytorch_tanh",
    "max_position_embeddings": 131_072,
    "rms_norm_eps": 1e-6,
    "rope_theta": 1_000_000.0,
    "rope_local_base_freq": 10_000.0,
    "query_pre_attn_scalar": 256,
    "sliding_window": 4096,
    "sliding_window_pattern": 6,
    "final_logit_softcapping": None,
    "attn_logit_softcapping": None,
    "attention_bias": False,
    "use_bidirectional_attention": False,
    "tie_word_embeddings": True,
}


# transformers' `SiglipVisionConfig` defaults, for keys a vision_config omits (the published files list them all).
HF_VISION_DEFAULTS: dict[str, Any] = {
    "hidden_size": 768,
    "intermediate_size": 3072,
    "num_hidden_layers": 12,
    "num_attention_heads": 12,
    "num_channels": 3,
    "image_size": 224,
    "patch_size": 16,
    "hidden_act": "gelu_pytorch_tanh",
    "layer_norm_eps": 1e-6,
}


def _leaf_specs(config: Config) -> dict[str, tuple[str, tuple[int, ...], Callable[[np.ndarray], np.ndarray]]]:
    """Our leaf -> (HF name after the model prefix, or after `layers.{i}.`; HF shape; HF array -> ours)."""
    D, F, N, K, H = (config.embed_dim, config.mlp_dim, config.num_heads, config.num_kv_heads, config.head_dim)
    same = lambda x: x  # noqa: E731

    def heads_in(count):  # [count*H, D] -> [count, D, H]
        return lambda x: x.reshape(count, H, D).transpose(0, 2, 1)

    return {
        "embed": ("embed_tokens.weight", (config.embed_rows, D), same),
        "final_norm": ("norm.weight", (D,), same),
        "attn_norm": ("input_layernorm.weight", (D,), same),
        "q": ("self_attn.q_proj.weight", (N * H, D), heads_in(N)),
        "k": ("self_attn.k_proj.weight", (K * H, D), heads_in(K)),
        "v": ("self_attn.v_proj.weight", (K * H, D), heads_in(K)),
        "o": ("self_attn.o_proj.weight", (D, N * H), lambda x: x.reshape(D, N, H).transpose(1, 2, 0)),
        "q_norm": ("self_attn.q_norm.weight", (H,), same),
        "k_norm": ("self_attn.k_norm.weight", (H,), same),
        "post_attn_norm": ("post_attention_layernorm.weight", (D,), same),
        "ffw_norm": ("pre_feedforward_layernorm.weight", (D,), same),
        "gate": ("mlp.gate_proj.weight", (F, D), np.transpose),
        "up": ("mlp.up_proj.weight", (F, D), np.transpose),
        "down": ("mlp.down_proj.weight", (D, F), np.transpose),
        "post_ffw_norm": ("post_feedforward_layernorm.weight", (D,), same),
    }


def _vision_specs(config: Config) -> dict[str, tuple[str, str, tuple[int, ...], Callable[[np.ndarray], np.ndarray]]]:
    """Vision leaf -> (part, HF name after the part's prefix or after `encoder.layers.{i}.`, HF shape, HF -> ours).

    part "tower" lies under `vision_tower.vision_model.`, "projector" under `multi_modal_projector.`;
    leaves "vision.layers.*" are per layer.
    """
    vc = config.vision
    C, E, N, H, p, D = vc.width, vc.mlp_dim, vc.num_heads, vc.head_dim, vc.patch_size, config.embed_dim
    same = lambda x: x  # noqa: E731

    def heads_in(x):  # [N*H, C] -> [N, C, H]
        return x.reshape(N, H, C).transpose(0, 2, 1)

    def heads_bias(x):  # [N*H] -> [N, H]
        return x.reshape(N, H)

    layer = {
        "ln1_scale": ("layer_norm1.weight", (C,), same),
        "ln1_bias": ("layer_norm1.bias", (C,), same),
        "q": ("self_attn.q_proj.weight", (C, C), heads_in),
        "q_bias": ("self_attn.q_proj.bias", (C,), heads_bias),
        "k": ("self_attn.k_proj.weight", (C, C), heads_in),
        "k_bias": ("self_attn.k_proj.bias", (C,), heads_bias),
        "v": ("self_attn.v_proj.weight", (C, C), heads_in),
        "v_bias": ("self_attn.v_proj.bias", (C,), heads_bias),
        "o": ("self_attn.out_proj.weight", (C, C), lambda x: x.reshape(C, N, H).transpose(1, 2, 0)),
        "o_bias": ("self_attn.out_proj.bias", (C,), same),
        "ln2_scale": ("layer_norm2.weight", (C,), same),
        "ln2_bias": ("layer_norm2.bias", (C,), same),
        "fc1": ("mlp.fc1.weight", (E, C), np.transpose),
        "fc1_bias": ("mlp.fc1.bias", (E,), same),
        "fc2": ("mlp.fc2.weight", (C, E), np.transpose),
        "fc2_bias": ("mlp.fc2.bias", (C,), same),
    }
    specs = {
        # the stride-p convolution [C, 3, p, p] as a matmul over patches flattened (row, column, channel)
        "vision.patch": (
            "tower", "embeddings.patch_embedding.weight", (C, 3, p, p),
            lambda x: x.transpose(2, 3, 1, 0).reshape(p * p * 3, C),
        ),
        "vision.patch_bias": ("tower", "embeddings.patch_embedding.bias", (C,), same),
        "vision.positions": ("tower", "embeddings.position_embedding.weight", (vc.num_patches, C), same),
        "vision.final_scale": ("tower", "post_layernorm.weight", (C,), same),
        "vision.final_bias": ("tower", "post_layernorm.bias", (C,), same),
        "vision.mm_norm": ("projector", "mm_soft_emb_norm.weight", (C,), same),
        "vision.mm_proj": ("projector", "mm_input_projection_weight", (C, D), same),
    }  # fmt: skip
    return specs | {f"vision.layers.{leaf}": ("tower", name, shape, fn) for leaf, (name, shape, fn) in layer.items()}


# ----------------------------------------------------------------------------- config.json


def text_config_dict(hf: dict) -> dict:
    """The language model's settings with transformers' defaults filled in (`text_config` unnested)."""
    text = hf.get("text_config") if ("text_config" in hf or hf.get("model_type") == "gemma3") else hf
    return {**HF_TEXT_DEFAULTS, **(text or {})}


def _rope(text: dict) -> tuple[float, float, float]:
    """(local base, global base, global linear scale) from old keys or the newer `rope_parameters`."""
    params = text.get("rope_parameters")
    if params and ("full_attention" in params or "sliding_attention" in params):
        full, local = params.get("full_attention") or {}, params.get("sliding_attention") or {}
    else:  # old form: rope_scaling applies to global layers only; rope_parameters may hold one dict
        full = {**(params or {}), **(text.get("rope_scaling") or {})}
        local = {}
    full = {"rope_theta": text["rope_theta"], **full}
    local = {"rope_theta": text["rope_local_base_freq"], **local}
    for kind, rope in (("full_attention", full), ("sliding_attention", local)):
        rope_type = rope.get("rope_type", rope.get("type", "default"))
        if rope_type not in ("default", "linear") or (kind == "sliding_attention" and rope_type != "default"):
            raise ValueError(
                f"unsupported RoPE for {kind} layers: {rope}; Gemma 3 uses 'default' on sliding layers and "
                "'default' or 'linear' on full-attention layers"
            )
    scale = float(full.get("factor", 1.0)) if full.get("rope_type", full.get("type")) == "linear" else 1.0
    return float(local["rope_theta"]), float(full["rope_theta"]), scale


def _global_every(text: dict, num_layers: int) -> int:
    """The period of global layers, checked against `layer_types` when config.json lists them."""
    pattern = int(text.get("_sliding_window_pattern", text["sliding_window_pattern"]))
    layer_types = text.get("layer_types")
    if layer_types is None:
        return pattern
    if len(layer_types) != num_layers:
        raise ValueError(f"config.json: layer_types lists {len(layer_types)} layers, num_hidden_layers is {num_layers}")
    unknown = set(layer_types) - {"full_attention", "sliding_attention"}
    if unknown:
        raise ValueError(f"config.json: unknown layer_types {sorted(unknown)}")
    if "full_attention" not in layer_types and pattern > num_layers:
        return pattern  # no global layer, as the declared period already says
    is_global = [kind == "full_attention" for kind in layer_types]
    return global_every_of(is_global, f"config.json: layer_types {layer_types}")


def _check_supported(text: dict) -> None:
    problems = []
    for key in ("final_logit_softcapping", "attn_logit_softcapping"):
        if text.get(key) is not None:
            problems.append(f"{key}={text[key]} (Gemma 3 has none)")
    if text.get("use_bidirectional_attention"):
        problems.append("use_bidirectional_attention=true (an embedding model, not a causal LM)")
    if text.get("attention_bias"):
        problems.append("attention_bias=true")
    if not text.get("tie_word_embeddings", True):
        problems.append("tie_word_embeddings=false (Gemma 3 ties the unembedding to the embedding)")
    if text["hidden_activation"] not in ("gelu_pytorch_tanh", "gelu_tanh"):
        problems.append(f"hidden_activation={text['hidden_activation']!r} (expected gelu_pytorch_tanh)")
    if problems:
        raise ValueError("config.json describes a model gemma3 does not implement: " + "; ".join(problems))


def _preset_name(config: Config) -> str:
    """The published size this config matches, ignoring vocabulary rows and context; else "custom"."""
    loose = ("name", "vocab_size", "embed_rows", "max_context", "attn_impl", "vision")

    def key(c):
        return tuple(getattr(c, f.name) for f in dataclasses.fields(c) if f.name not in loose)

    return next((size for size in SIZES if key(get_config(size)) == key(config)), "custom")


def config_from_hf(hf: dict) -> Config:
    """A `Config` from a Hugging Face `config.json` dict: text-only or multimodal, old or new keys.

    `vocab_size` in HF counts embedding rows (262208 in the multimodal checkpoints): it becomes
    `Config.embed_rows`, and the logits keep the tokenizer's 262144 (`Config.vocab_size`).
    """
    model_type = hf.get("model_type")
    if model_type is not None and model_type not in ("gemma3", "gemma3_text"):
        raise ValueError(
            f"config.json: model_type {model_type!r} is not Gemma 3 (expected 'gemma3' or 'gemma3_text'); "
            "gemma3 loads Gemma 3 checkpoints only"
        )
    text = text_config_dict(hf)
    _check_supported(text)
    local_base, global_base, global_scale = _rope(text)
    num_layers = int(text["num_hidden_layers"])
    rows = int(text["vocab_size"])
    config = Config(
        name="custom",
        num_layers=num_layers,
        embed_dim=int(text["hidden_size"]),
        num_heads=int(text["num_attention_heads"]),
        num_kv_heads=int(text["num_key_value_heads"]),
        head_dim=int(text["head_dim"]),
        mlp_dim=int(text["intermediate_size"]),
        sliding_window=int(text["sliding_window"]),
        query_pre_attn_scalar=float(text["query_pre_attn_scalar"]),
        vocab_size=min(TEXT_VOCAB, rows),
        embed_rows=rows,
        global_every=_global_every(text, num_layers),
        rope_local_base=local_base,
        rope_global_base=global_base,
        rope_global_scale=global_scale,
        rms_eps=float(text["rms_norm_eps"]),
        max_context=int(text["max_position_embeddings"]),
    )
    return dataclasses.replace(config, name=_preset_name(config), vision=vision_config_from_hf(hf))


def vision_config_from_hf(hf: dict) -> VisionConfig | None:
    """The SigLIP tower's settings of a multimodal config.json (`vision_config`), None for a text-only one."""
    if hf.get("model_type") != "gemma3" or not hf.get("vision_config"):
        return None
    vision = {**HF_VISION_DEFAULTS, **hf["vision_config"]}
    problems = []
    if vision["hidden_act"] not in ("gelu_pytorch_tanh", "gelu_tanh"):
        problems.append(f"vision hidden_act={vision['hidden_act']!r} (expected gelu_pytorch_tanh)")
    if vision["num_channels"] != 3:
        problems.append(f"vision num_channels={vision['num_channels']} (expected 3, RGB)")
    if problems:
        raise ValueError("config.json describes a vision tower gemma3 does not implement: " + "; ".join(problems))

    def token(name, default):  # the published files say `image_token_index`, newer ones may say `image_token_id`
        return int(hf.get(f"{name}_token_index", hf.get(f"{name}_token_id", default)))

    return VisionConfig(
        image_size=int(vision["image_size"]),
        patch_size=int(vision["patch_size"]),
        num_layers=int(vision["num_hidden_layers"]),
        width=int(vision["hidden_size"]),
        mlp_dim=int(vision["intermediate_size"]),
        num_heads=int(vision["num_attention_heads"]),
        tokens_per_image=int(hf.get("mm_tokens_per_image", 256)),
        layer_norm_eps=float(vision["layer_norm_eps"]),
        image_token_id=token("image", IMAGE_TOKEN_ID),
        start_of_image_id=token("boi", START_OF_IMAGE_ID),
        end_of_image_id=token("eoi", END_OF_IMAGE_ID),
    )


# ----------------------------------------------------------------------------- safetensors files

_DTYPES = {
    "F64": np.dtype("<f8"),
    "F32": np.dtype("<f4"),
    "F16": np.dtype("<f2"),
    "BF16": np.dtype(ml_dtypes.bfloat16),
}


@dataclasses.dataclass(frozen=True)
class _Entry:
    """Where one tensor lies: its file, dtype, shape and absolute byte offset."""

    file: pathlib.Path
    dtype: str
    shape: tuple[int, ...]
    offset: int


def _read_header(file: pathlib.Path) -> dict[str, _Entry]:
    """Parse a safetensors header: 8-byte little-endian length, then JSON `{name: {dtype, shape, data_offsets}}`.

    A truncated or corrupt file raises a ValueError naming it (the header, and that every tensor's
    bytes lie inside the file, are checked before anything is read).
    """
    size = file.stat().st_size
    bad = f"{file}: not a valid safetensors file ({size} bytes)"
    with open(file, "rb") as f:
        first = f.read(8)
        if len(first) < 8:
            raise ValueError(f"{bad}: shorter than its 8-byte header length; download it again")
        (length,) = struct.unpack("<Q", first)
        if length > size - 8:
            raise ValueError(f"{bad}: its header claims {length} bytes; the file is truncated or not safetensors")
        try:
            header = json.loads(f.read(length))
        except (UnicodeDecodeError, json.JSONDecodeError) as error:
            raise ValueError(f"{bad}: its header is not JSON ({error}); download it again") from None
    if not isinstance(header, dict):
        raise ValueError(f"{bad}: its header is not a JSON object")
    header.pop("__metadata__", None)
    entries = {}
    for name, info in header.items():
        try:
            begin, end = (int(x) for x in info["data_offsets"])
            entry = _Entry(file, info["dtype"], tuple(int(d) for d in info["shape"]), 8 + length + begin)
        except (TypeError, ValueError, KeyError) as error:
            raise ValueError(f"{bad}: tensor {name!r} has a malformed header entry {info!r} ({error})") from None
        if not 0 <= begin <= end or 8 + length + end > size:
            raise ValueError(
                f"{bad}: tensor {name!r} needs bytes {begin}..{end} after the header, past the end of the file; "
                "the file is truncated: download it again"
            )
        entries[name] = entry
    return entries


def _read_tensor(name: str, entry: _Entry) -> np.ndarray:
    if entry.dtype not in _DTYPES:
        raise ValueError(f"tensor {name} in {entry.file.name} has dtype {entry.dtype}; supported: {', '.join(_DTYPES)}")
    count = int(np.prod(entry.shape, dtype=np.int64))
    array = np.fromfile(entry.file, dtype=_DTYPES[entry.dtype], count=count, offset=entry.offset)
    if array.size != count:
        raise ValueError(f"{entry.file}: tensor {name} is truncated: {array.size} of {count} values")
    return array.reshape(entry.shape)


def tensor_index(folder: pathlib.Path) -> dict[str, _Entry]:
    """Every tensor of a checkpoint folder, from the shard index when there is one, else from all files."""
    index_files = sorted(folder.glob("*.safetensors.index.json"))
    if index_files:
        weight_map = json.loads(index_files[0].read_text())["weight_map"]
        files = sorted(set(weight_map.values()))
        missing = [name for name in files if not (folder / name).is_file()]
        if missing:
            raise FileNotFoundError(
                f"{index_files[0].name} in {folder} names {len(missing)} missing shard(s): {', '.join(missing)}; "
                "download every file of the checkpoint"
            )
    else:
        files = sorted(p.name for p in folder.glob("*.safetensors"))
        if not files:
            others = sorted(p.name for p in folder.iterdir() if p.suffix in (".bin", ".pt", ".pth", ".gguf"))
            hint = f" (found {', '.join(others)}: convert them to safetensors)" if others else ""
            raise FileNotFoundError(f"no *.safetensors weights in {folder}{hint}")
    entries = {}
    for name in files:
        entries.update(_read_header(folder / name))
    return entries


_PREFIXES = ("model.", "language_model.model.", "model.language_model.")


def _language_model_prefix(names) -> str:
    for prefix in _PREFIXES:
        if prefix + "embed_tokens.weight" in names:
            return prefix
    sample = ", ".join(sorted(names)[:5])
    raise ValueError(
        "no Gemma 3 embedding tensor found: expected one of "
        + ", ".join(p + "embed_tokens.weight" for p in _PREFIXES)
        + f"; the checkpoint has {len(names)} tensors such as {sample}"
    )


def _hf_name(prefix: str, leaf: str, layer: int | None, specs) -> str:
    suffix = specs[leaf][0]
    return prefix + suffix if layer is None else f"{prefix}layers.{layer}.{suffix}"


_VISION_PREFIXES = {  # the language model's prefix -> (tower, projector) prefixes of the same layout
    "language_model.model.": ("vision_tower.", "multi_modal_projector."),
    "model.language_model.": ("model.vision_tower.", "model.multi_modal_projector."),
}


def _tower_prefix(base: str, entries) -> str:
    """`vision_tower.vision_model.` as Google and transformers 4.x write it; transformers 5's modules drop a level."""
    nested = base + "vision_model."
    return nested if nested + "embeddings.patch_embedding.weight" in entries else base


def _plan_vision(config: Config, entries: dict[str, _Entry], prefix: str) -> dict[tuple[str, int | None], str]:
    """The HF name of every vision leaf (per layer for "vision.layers.*"), each checked for presence and shape."""
    if config.vision is None:
        return {}
    if prefix not in _VISION_PREFIXES:
        raise ValueError(
            f"config.json has a vision_config but the tensors use the text-only layout ({prefix}...): "
            "a multimodal checkpoint keeps its language model under language_model.model. or model.language_model."
        )
    tower, projector = _VISION_PREFIXES[prefix]
    parts = {"tower": _tower_prefix(tower, entries), "projector": projector}
    names = {}
    for leaf, (part, suffix, shape, _) in _vision_specs(config).items():
        layers = range(config.vision.num_layers) if leaf.startswith("vision.layers.") else (None,)
        for i in layers:
            name = parts[part] + (suffix if i is None else f"encoder.layers.{i}.{suffix}")
            if name not in entries:
                raise ValueError(
                    f"tensor {name} is missing from the checkpoint (needed for {leaf}; config.json describes a "
                    f"vision tower of {config.vision.num_layers} layers); the files do not match config.json"
                )
            if entries[name].shape != shape:
                raise ValueError(
                    f"tensor {name} in {entries[name].file.name}: expected shape {shape} from config.json's "
                    f"vision_config, found {entries[name].shape}; the weights do not match config.json"
                )
            names[(leaf, i)] = name
    return names


def _plan(config: Config, entries: dict[str, _Entry]) -> tuple[str, dict[tuple[str, int | None], str]]:
    """Check every needed tensor exists with its HF shape before reading any; name the ignored ones once."""
    prefix = _language_model_prefix(entries)
    specs = _leaf_specs(config)
    wanted = {("embed", None), ("final_norm", None)} | {
        (leaf, i) for leaf in specs if leaf not in ("embed", "final_norm") for i in range(config.num_layers)
    }
    names = {key: _hf_name(prefix, *key, specs) for key in wanted}
    for (leaf, _), name in sorted(names.items(), key=lambda kv: kv[1]):
        if name not in entries:
            raise ValueError(
                f"tensor {name} is missing from the checkpoint (needed for {leaf}; config.json says "
                f"{config.num_layers} layers); the files do not match config.json or a shard is incomplete"
            )
        expected = specs[leaf][1]
        if entries[name].shape != expected:
            raise ValueError(
                f"tensor {name} in {entries[name].file.name}: expected shape {expected} from config.json, "
                f"found {entries[name].shape}; the weights do not match config.json"
            )
    names |= _plan_vision(config, entries, prefix)
    used = set(names.values())
    unknown = sorted(n for n in entries if n.startswith(prefix) and n not in used)
    if unknown:
        raise ValueError(
            f"{len(unknown)} unexpected language-model tensor(s), e.g. {', '.join(unknown[:5])}: "
            "not a Gemma 3 checkpoint, or config.json lists fewer layers than the files hold"
        )
    ignored = [n for n in entries if not n.startswith(prefix) and n not in used]
    if ignored:
        groups = sorted({".".join(n.split(".")[: 3 if n.startswith("model.") else 2]) for n in ignored})
        warnings.warn(
            f"ignoring {len(ignored)} tensors gemma3 does not use ({', '.join(groups)}): vision tensors "
            "beside a config.json without vision_config, or SigLIP's pooling head (Gemma 3 takes the patches)",
            stacklevel=3,
        )
    return prefix, names


# ----------------------------------------------------------------------------- loading


def load_hf(
    path: str | os.PathLike,
    *,
    dtype=jnp.bfloat16,
    shardings: Params | Callable[[Config], Params] | None = None,
    progress: bool = True,
) -> tuple[Config, Params]:
    """Load a Hugging Face Gemma 3 folder (`config.json` + `*.safetensors`): `(Config, Params)`.

    Streams tensor by tensor into `dtype`, optionally straight into `shardings` (a `Params` of
    shardings, or a function of the config returning one, as `gemma3.load(mesh=...)` passes);
    a multimodal checkpoint's vision tower and projector go to `Params.vision`. Raises before
    reading any weight if a file, a tensor or a shape is wrong.
    """
    folder = pathlib.Path(path).expanduser()
    if not folder.exists():
        raise FileNotFoundError(f"checkpoint not found: {folder}")
    if not folder.is_dir():
        raise NotADirectoryError(f"{folder} is not a folder; a Hugging Face checkpoint is a folder with config.json")
    config_file = folder / "config.json"
    if not config_file.is_file():
        raise FileNotFoundError(
            f"no config.json in {folder}: expected a Hugging Face checkpoint folder (config.json + *.safetensors)"
        )
    config = config_from_hf(json.loads(config_file.read_text()))
    entries = tensor_index(folder)
    _, names = _plan(config, entries)
    specs = {k: v[2] for k, v in _leaf_specs(config).items()}
    if config.vision is not None:
        specs |= {k: v[3] for k, v in _vision_specs(config).items()}

    def read(leaf: str, layer: int | None) -> np.ndarray:
        name = names[(leaf, layer)]
        return np.ascontiguousarray(specs[leaf](_read_tensor(name, entries[name])))

    params = assemble_params(
        config, read, dtype=dtype, shardings=shardings, progress=progress, description=f"loading {folder.name}"
    )
    return config, params
