"""Tiny random Hugging Face Gemma 3 checkpoints, in every layout `gemma3.load` reads, for oracle tests.

`make_tiny_hf_checkpoint(tmp_path, layout=..., **config_overrides)` returns the folder and the
`Gemma3ForCausalLM` (float32, eval mode) holding exactly the saved weights, so a test can compare
`gemma3.forward` with transformers. Layouts:

- "text": `Gemma3ForCausalLM.save_pretrained` (names `model.layers.*`, new config.json keys).
- "multimodal": as Google published the 4b-27b checkpoints: `language_model.model.*` beside vision
  tensors, sharded with `model.safetensors.index.json`, config.json with a nested `text_config`
  that omits every key left at transformers' default and uses the old `rope_scaling`,
  `rope_theta`, `rope_local_base_freq`, `sliding_window_pattern` keys.
- "multimodal_new": a real `Gemma3ForConditionalGeneration` (tiny SigLIP tower) holding the same
  language model, its tensors under their module names (`model.language_model.*`, as transformers
  4.5x wrote them), sharded, with the config.json this transformers version writes (new keys).

The norm weights are randomized (HF initializes them to zero) so `(1 + w)` is exercised.
"""

from __future__ import annotations

import json
import pathlib
from typing import TYPE_CHECKING

import numpy as np
from oracle import safetensors_torch, torch, transformers

if TYPE_CHECKING:  # annotations only: transformers is imported on first use (tests/oracle.py)
    from transformers import Gemma3ForCausalLM, Gemma3ForConditionalGeneration, Gemma3TextConfig

LAYOUTS = ("text", "multimodal", "multimodal_new")

TINY = dict(
    vocab_size=512,
    hidden_size=48,
    intermediate_size=96,
    num_hidden_layers=4,
    num_attention_heads=4,
    num_key_value_heads=2,
    head_dim=32,  # != hidden_size / heads = 12
    query_pre_attn_scalar=24,  # != head_dim
    sliding_window=8,
    sliding_window_pattern=2,  # layers 1 and 3 global
    max_position_embeddings=256,
    initializer_range=0.05,
)

TINY_VISION = dict(
    model_type="siglip_vision_model",
    hidden_size=16,
    intermediate_size=32,
    num_hidden_layers=1,
    num_attention_heads=2,
    image_size=28,
    patch_size=14,
    vision_use_head=False,  # as published: Gemma 3 takes SigLIP's patch features, not its pooled head
)

# The `vision_config` of Google's published 4b, 12b and 27b config.json files, as published.
PUBLISHED_VISION_CONFIG = dict(
    hidden_size=1152, image_size=896, intermediate_size=4304, model_type="siglip_vision_model",
    num_attention_heads=16, num_hidden_layers=27, patch_size=14, vision_use_head=False,
)  # fmt: skip

# The `text_config` of Google's published config.json files (text-only sizes: the whole file's
# model keys), copied as published: keys at transformers' defaults are omitted.
PUBLISHED_TEXT_CONFIGS = {
    "270m": dict(
        model_type="gemma3_text", hidden_size=640, intermediate_size=2048, num_hidden_layers=18,
        num_attention_heads=4, num_key_value_heads=1, head_dim=256, sliding_window=512, vocab_size=262_144,
        max_position_embeddings=32_768, query_pre_attn_scalar=256, rope_theta=1_000_000.0,
        rope_local_base_freq=10_000.0, rope_scaling=None, _sliding_window_pattern=6,
    ),
    "1b": dict(
        model_type="gemma3_text", hidden_size=1152, intermediate_size=6912, num_hidden_layers=26,
        num_attention_heads=4, num_key_value_heads=1, head_dim=256, sliding_window=512, vocab_size=262_144,
        max_position_embeddings=32_768, query_pre_attn_scalar=256, rope_theta=1_000_000.0,
        rope_local_base_freq=10_000.0, rope_scaling=None, sliding_window_pattern=6,
    ),
    "4b": dict(
        model_type="gemma3_text", hidden_size=2560, intermediate_size=10240, num_hidden_layers=34,
        rope_scaling={"factor": 8.0, "rope_type": "linear"}, sliding_window=1024,
    ),
    "12b": dict(
        model_type="gemma3_text", hidden_size=3840, intermediate_size=15360, num_attention_heads=16,
        num_hidden_layers=48, num_key_value_heads=8, rope_scaling={"factor": 8.0, "rope_type": "linear"},
        sliding_window=1024,
    ),
    "27b": dict(
        model_type="gemma3_text", head_dim=128, hidden_size=5376, intermediate_size=21504, num_attention_heads=32,
        num_hidden_layers=62, num_key_value_heads=16, query_pre_attn_scalar=168,
        rope_scaling={"factor": 8.0, "rope_type": "linear"}, sliding_window=1024,
    ),
}  # fmt: skip


def published_config_json(size: str) -> dict:
    """A config.json as published for `size`: text-only files flat, multimodal ones nested."""
    text = dict(PUBLISHED_TEXT_CONFIGS[size])
    if size in ("270m", "1b"):
        return {"architectures": ["Gemma3ForCausalLM"], **text}
    return {
        "architectures": ["Gemma3ForConditionalGeneration"],
        "model_type": "gemma3",
        "boi_token_index": 255_999,
        "eoi_token_index": 256_000,
        "image_token_index": 262_144,
        "mm_tokens_per_image": 256,
        "text_config": text,
        "vision_config": dict(PUBLISHED_VISION_CONFIG),
    }


def hf_text_config(hf_json: dict) -> Gemma3TextConfig:
    """How transformers reads a config.json dict: the text model's config, defaults filled in."""
    if hf_json.get("model_type") == "gemma3":
        return transformers.Gemma3Config(**{k: v for k, v in hf_json.items() if k != "architectures"}).text_config
    kwargs = {k: v for k, v in hf_json.items() if k not in ("architectures", "model_type")}
    return transformers.Gemma3TextConfig(**kwargs)


def tiny_text_config(**overrides) -> Gemma3TextConfig:
    return transformers.Gemma3TextConfig(**{**TINY, **overrides})


def _randomized_model(config: Gemma3TextConfig, seed: int, dtype: torch.dtype) -> Gemma3ForCausalLM:
    torch.manual_seed(seed)
    model = transformers.Gemma3ForCausalLM(config).eval()
    with torch.no_grad():
        for name, param in model.named_parameters():
            if name.endswith("norm.weight"):
                torch.nn.init.normal_(param, mean=0.0, std=0.5)
            param.copy_(param.to(dtype).to(torch.float32))  # the saved values, exactly
    return model


def _published_text_config(config: Gemma3TextConfig) -> dict:
    """`config` written with the old keys, omitting every value at transformers' default."""
    rope = config.rope_parameters
    full, local = dict(rope["full_attention"]), dict(rope["sliding_attention"])
    global_every = config.layer_types.index("full_attention") + 1 if "full_attention" in config.layer_types else 6
    old = {
        key: getattr(config, key)
        for key in (
            "vocab_size", "hidden_size", "intermediate_size", "num_hidden_layers", "num_attention_heads",
            "num_key_value_heads", "head_dim", "query_pre_attn_scalar", "sliding_window", "rms_norm_eps",
            "max_position_embeddings",
        )
    }  # fmt: skip
    old |= {
        "sliding_window_pattern": global_every,
        "rope_theta": full.pop("rope_theta"),
        "rope_local_base_freq": local.pop("rope_theta"),
    }
    defaults = transformers.Gemma3TextConfig()
    default_values = {**{k: getattr(defaults, k, None) for k in old}, "sliding_window_pattern": 6}
    default_values |= {"rope_theta": defaults.default_theta["global"], "rope_local_base_freq": 10_000.0}
    text = {"model_type": "gemma3_text"} | {k: v for k, v in old.items() if v != default_values[k]}
    if full.get("rope_type", "default") != "default":
        text["rope_scaling"] = full
    return text


def _write_shards(folder: pathlib.Path, tensors: dict[str, torch.Tensor], num_shards: int) -> None:
    names = list(tensors)
    chunks = np.array_split(np.arange(len(names)), num_shards)
    weight_map = {}
    for i, chunk in enumerate(chunks):
        file = f"model-{i + 1:05d}-of-{num_shards:05d}.safetensors"
        shard = {names[j]: tensors[names[j]].contiguous() for j in chunk}
        safetensors_torch.save_file(shard, folder / file, metadata={"format": "pt"})
        weight_map |= dict.fromkeys(shard, file)
    total = sum(t.numel() * t.element_size() for t in tensors.values())
    index = {"metadata": {"total_size": total}, "weight_map": weight_map}
    (folder / "model.safetensors.index.json").write_text(json.dumps(index, indent=2))


def multimodal_model(
    model: Gemma3ForCausalLM, *, vision: dict = TINY_VISION, seed: int = 0, dtype: torch.dtype | None = None,
    **config_overrides,
) -> Gemma3ForConditionalGeneration:
    """A float32 `Gemma3ForConditionalGeneration` holding `model` as its language model and a random SigLIP tower.

    Every vision and projector weight is randomized (HF zero-initializes the projection and sets
    LayerNorms to 1), then rounded through `dtype` so the model holds the values a save writes.
    `config_overrides` go to `Gemma3Config` (mm_tokens_per_image, image_token_index, ...).
    `dtype` None is float32.
    """
    dtype = torch.float32 if dtype is None else dtype
    config = transformers.Gemma3Config(
        text_config=model.config.to_dict(), vision_config=vision, **{"mm_tokens_per_image": 4, **config_overrides}
    )
    torch.manual_seed(seed + 1)
    full = transformers.Gemma3ForConditionalGeneration(config).eval()
    full.model.language_model.load_state_dict(model.model.state_dict())
    with torch.no_grad():
        for name, param in full.named_parameters():
            if "language_model" in name:
                continue
            if "layer_norm" in name or "layernorm" in name:
                base = 1.0 if name.endswith("weight") else 0.0
                torch.nn.init.normal_(param, mean=base, std=0.2)
            elif name.endswith("mm_soft_emb_norm.weight"):
                torch.nn.init.normal_(param, mean=0.0, std=0.5)
            else:
                torch.nn.init.normal_(param, mean=0.0, std=0.3 / param.shape[-1] ** 0.5 if param.ndim > 1 else 0.1)
            param.copy_(param.to(dtype).to(torch.float32))
    return full


def _save_published(full: Gemma3ForConditionalGeneration, folder: pathlib.Path, dtype, num_shards: int) -> None:
    """Google's published layout: `language_model.model.*`, `vision_tower.vision_model.*`, `multi_modal_projector.*`."""
    folder.mkdir(parents=True, exist_ok=True)
    renames = (
        ("model.language_model.", "language_model.model."),
        ("model.vision_tower.", "vision_tower.vision_model."),
        ("model.", ""),
    )
    tensors = {}
    for name, value in full.state_dict().items():
        if name == "lm_head.weight":
            continue
        for old, new in renames:
            if name.startswith(old):
                name = new + name.removeprefix(old)
                break
        tensors[name] = value.to(dtype)
    _write_shards(folder, tensors, num_shards)
    config_json = published_config_json("4b") | {
        "text_config": _published_text_config(full.config.text_config),
        "vision_config": {k: v for k, v in full.config.vision_config.to_dict().items() if k in TINY_VISION},
        "mm_tokens_per_image": full.config.mm_tokens_per_image,
        "boi_token_index": full.config.boi_token_index,
        "eoi_token_index": full.config.eoi_token_index,
        "image_token_index": full.config.image_token_index,
        "torch_dtype": str(dtype).removeprefix("torch."),
        "transformers_version": "4.50.0.dev0",
    }
    (folder / "config.json").write_text(json.dumps(config_json, indent=2))


def _save_multimodal_new(full: Gemma3ForConditionalGeneration, folder: pathlib.Path, dtype, num_shards: int):
    # save_pretrained of transformers 5 writes the published names back; transformers 4.5x wrote the
    # module names (model.language_model.*, model.vision_tower.vision_model.*), which is what we reproduce
    # here from the real module tree (in transformers 5 the SigLIP tower has no `vision_model` level).
    folder.mkdir(parents=True, exist_ok=True)
    tensors = {
        k.replace("model.vision_tower.", "model.vision_tower.vision_model."): v.to(dtype)
        for k, v in full.state_dict().items()
        if k != "lm_head.weight"  # tied
    }
    _write_shards(folder, tensors, num_shards)
    full.config.save_pretrained(folder)


def make_tiny_hf_checkpoint(
    tmp_path: pathlib.Path,
    layout: str = "text",
    *,
    seed: int = 0,
    dtype: torch.dtype | None = None,
    num_shards: int = 2,
    **config_overrides,
) -> tuple[pathlib.Path, Gemma3ForCausalLM]:
    """Write a tiny random Gemma 3 checkpoint; return its folder and the float32 torch model it holds.

    `config_overrides` go to `Gemma3TextConfig` on top of `TINY` (e.g. `num_key_value_heads=1`,
    `rope_scaling={"rope_type": "linear", "factor": 8.0}`). `dtype` is the saved dtype; the
    returned model holds the saved values in float32; None is float32.
    """
    dtype = torch.float32 if dtype is None else dtype
    if layout not in LAYOUTS:
        raise ValueError(f"layout must be one of {LAYOUTS}, got {layout!r}")
    model = _randomized_model(tiny_text_config(**config_overrides), seed, dtype)
    folder = pathlib.Path(tmp_path) / f"tiny-{layout}-{seed}"
    if layout == "text":
        model.to(dtype).save_pretrained(folder)
        model.to(torch.float32)
    else:
        full = multimodal_model(model, seed=seed, dtype=dtype)
        (_save_published if layout == "multimodal" else _save_multimodal_new)(full, folder, dtype, num_shards)
    return folder, model


# A tower whose 4 x 4 patch grid pools 2 x 2 to 4 soft tokens, and image-token ids inside the tiny vocabulary.
TINY_VISION_POOLED = {**TINY_VISION, "image_size": 56, "num_attention_heads": 2}
TINY_IMAGE_TOKENS = dict(boi_token_index=498, eoi_token_index=499, image_token_index=500)


def make_tiny_vision_checkpoint(
    tmp_path: pathlib.Path,
    layout: str = "multimodal",
    *,
    seed: int = 0,
    vision: dict = TINY_VISION_POOLED,
    mm_tokens_per_image: int = 4,
    num_shards: int = 2,
    image_tokens: dict = TINY_IMAGE_TOKENS,
    **text_overrides,
) -> tuple[pathlib.Path, Gemma3ForConditionalGeneration]:
    """A tiny random `Gemma3ForConditionalGeneration` saved in a multimodal layout; its folder and the float32 model.

    `image_tokens` {} keeps Gemma 3's ids (soft token 262144: needs `vocab_size=262_208`)."""
    if layout not in ("multimodal", "multimodal_new"):
        raise ValueError(f"layout must be 'multimodal' or 'multimodal_new', got {layout!r}")
    text = _randomized_model(tiny_text_config(**text_overrides), seed, torch.float32)
    full = multimodal_model(
        text, vision=vision, seed=seed, mm_tokens_per_image=mm_tokens_per_image, **image_tokens
    )
    folder = pathlib.Path(tmp_path) / f"tiny-vision-{layout}-{seed}"
    (_save_published if layout == "multimodal" else _save_multimodal_new)(full, folder, torch.float32, num_shards)
    return folder, full


def hf_logits(model: Gemma3ForCausalLM, tokens) -> np.ndarray:
    """float32 logits `[B, T, V]` from transformers."""
    with torch.no_grad():
        return model(torch.as_tensor(np.asarray(tokens), dtype=torch.long)).logits.float().numpy()
