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
are read one at a time from their byte range in the file (`gemma3.checkpoints.safetensors_reader`),
reshaped into our layout (q `[N, D, H]`, k and v `[K, D, H]`, o `[N, H, D]`, gate and up `[D, F]`,
down `[F, D]`; the vision tower's in `gemma3.vision`) and handed to
`gemma3.checkpoints.assemble.assemble_params`, so the host holds at most one tensor at a time.
`config.json` becomes a `Config` in `gemma3.checkpoints.hf_config` (`config_from_hf`, importable from here too).
"""

from __future__ import annotations

import json
import os
import pathlib
import warnings
from collections.abc import Callable

import jax.numpy as jnp
import numpy as np

from gemma3.checkpoints.assemble import assemble_params
from gemma3.checkpoints.hf_config import config_from_hf
from gemma3.checkpoints.safetensors_reader import _Entry, _read_tensor, tensor_index
from gemma3.config import Config
from gemma3.params import Params


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
