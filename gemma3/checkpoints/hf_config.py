"""Hugging Face `config.json` to `Config`: text-only (`gemma3_text`) or multimodal (`gemma3`), old or new keys.

The language model's settings (`text_config` unnested when multimodal), with transformers'
defaults for the keys the published multimodal files omit; RoPE from `rope_theta` and
`rope_scaling` or the newer `rope_parameters`; the global-layer period checked against
`layer_types`; the SigLIP tower's settings (`vision_config`) as a `VisionConfig`. Settings gemma3
does not implement (softcapping, bidirectional attention, attention bias, ...) are refused by name.
The weights are read by `gemma3.checkpoints.safetensors_file`.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from gemma3.config import SIZES, Config, VisionConfig, get_config, global_every_of
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
