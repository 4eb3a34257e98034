"""Gemma 3 model configurations: one frozen dataclass, one preset per published size.

Dimension key used throughout the package (einsum subscripts, docstrings, notebooks):
B batch, T query length, S key length, D model width, F MLP width, N query heads,
K kv heads, G query heads per kv head (N // K), H head dim, V vocab, L layers, W window.
"""

from __future__ import annotations

import dataclasses
import numbers
from collections.abc import Sequence
from typing import Literal

import jax

from gemma3.special_tokens import END_OF_IMAGE_ID, IMAGE_TOKEN_ID, START_OF_IMAGE_ID

AttnImpl = Literal["xla", "pallas"]


@jax.tree_util.register_static
@dataclasses.dataclass(frozen=True)
class VisionConfig:
    """The SigLIP vision tower and projector of the multimodal sizes (4b, 12b, 27b); defaults are theirs.

    Images of `image_size`^2 pixels cut into patches of `patch_size`^2 (896 / 14: a 64 x 64 grid,
    P = 4,096 patches), encoded by `num_layers` pre-LN transformer blocks of width C, then pooled
    to `tokens_per_image` soft tokens and projected to the language model's width D.
    """

    image_size: int = 896
    patch_size: int = 14
    num_layers: int = 27
    width: int = 1152  # C
    mlp_dim: int = 4304
    num_heads: int = 16  # head dim C / heads = 72
    tokens_per_image: int = 256  # a 16 x 16 grid after 4 x 4 average pooling
    layer_norm_eps: float = 1e-6
    image_token_id: int = IMAGE_TOKEN_ID  # the soft token: one of the 64 extra embedding rows
    start_of_image_id: int = START_OF_IMAGE_ID
    end_of_image_id: int = END_OF_IMAGE_ID

    def __post_init__(self):
        side = int(round(self.tokens_per_image**0.5))
        if self.image_size % self.patch_size or side * side != self.tokens_per_image:
            raise ValueError(
                f"vision: image_size ({self.image_size}) must be a multiple of patch_size ({self.patch_size}) "
                f"and tokens_per_image ({self.tokens_per_image}) a square"
            )
        if self.patches_per_side % side or self.width % self.num_heads:
            raise ValueError(
                f"vision: the {self.patches_per_side}-patch side must pool evenly to {side} tokens and width "
                f"({self.width}) divide into num_heads ({self.num_heads})"
            )

    @property
    def patches_per_side(self) -> int:
        return self.image_size // self.patch_size

    @property
    def num_patches(self) -> int:  # P
        return self.patches_per_side**2

    @property
    def tokens_per_side(self) -> int:
        return int(round(self.tokens_per_image**0.5))

    @property
    def pool(self) -> int:
        """The side of the average-pooling window (4 for 64 x 64 patches to 16 x 16 tokens)."""
        return self.patches_per_side // self.tokens_per_side

    @property
    def head_dim(self) -> int:
        return self.width // self.num_heads


@jax.tree_util.register_static
@dataclasses.dataclass(frozen=True)
class Config:
    """Every number that shapes a Gemma 3 language model.

    Frozen and registered static: pass it to jitted functions like any argument;
    changing a field compiles a new function.
    """

    name: str
    num_layers: int  # L
    embed_dim: int  # D
    num_heads: int  # N
    num_kv_heads: int  # K; grouped-query attention shares each kv head among N // K query heads
    head_dim: int  # H; not always D // N (27b: 5376 / 32 = 168, but H = 128)
    mlp_dim: int  # F
    sliding_window: int  # W; local layers see the last W tokens (the query included)
    query_pre_attn_scalar: float  # scores are scaled by its -1/2 power (27b: 168, not H)
    vocab_size: int = 262_144  # V: the tokenizer's pieces, the width of the logits
    embed_rows: int = 262_144  # multimodal checkpoints carry 64 more rows (image tokens)
    global_every: int = 6  # layer i is global when (i + 1) % global_every == 0
    rope_local_base: float = 10_000.0
    rope_global_base: float = 1_000_000.0
    rope_global_scale: float = 1.0  # linear RoPE scaling of global layers: positions / scale
    rms_eps: float = 1e-6
    max_context: int = 32_768
    attn_impl: AttnImpl = "xla"  # "pallas" selects gemma3.flash_attention
    vision: VisionConfig | None = None  # the SigLIP tower of a multimodal checkpoint (see gemma3.vision)

    def __post_init__(self):
        sizes = ("num_layers", "embed_dim", "num_heads", "num_kv_heads", "head_dim", "mlp_dim", "sliding_window",
                 "vocab_size", "embed_rows", "global_every", "max_context")  # fmt: skip
        values = {name: getattr(self, name) for name in sizes}
        bad = {name: v for name, v in values.items() if not (isinstance(v, numbers.Integral) and v >= 1)}
        if bad:
            raise ValueError(f"Config {self.name!r}: these must be ints >= 1: {bad}")
        if self.num_heads % self.num_kv_heads:
            raise ValueError(
                f"num_heads ({self.num_heads}) must be a multiple of num_kv_heads ({self.num_kv_heads})"
            )
        if self.embed_rows < self.vocab_size:
            raise ValueError(f"embed_rows ({self.embed_rows}) < vocab_size ({self.vocab_size})")
        if self.attn_impl not in ("xla", "pallas"):
            raise ValueError(f"attn_impl must be 'xla' or 'pallas', got {self.attn_impl!r}")

    @property
    def queries_per_kv_head(self) -> int:  # G
        return self.num_heads // self.num_kv_heads

    def is_global_layer(self, layer: int) -> bool:
        return (layer + 1) % self.global_every == 0

    @property
    def global_layers(self) -> tuple[bool, ...]:
        """One flag per layer: True for global (full) attention, False for sliding window."""
        return tuple(self.is_global_layer(i) for i in range(self.num_layers))

    @property
    def num_global_layers(self) -> int:
        return sum(self.global_layers)

    @property
    def num_local_layers(self) -> int:
        return self.num_layers - self.num_global_layers


def global_every_of(is_global: Sequence[bool], source: str) -> int:
    """The `Config.global_every` of a per-layer pattern (True: global attention), checked periodic.

    Gemma 3 puts one global layer after every `global_every - 1` sliding-window ones, layer i global
    when `(i + 1) % global_every == 0`; no global layer at all gives `len(is_global) + 1`. `source`
    names where the pattern came from, for the error.
    """
    flags = [bool(flag) for flag in is_global]
    every = flags.index(True) + 1 if any(flags) else len(flags) + 1
    if flags != [(i + 1) % every == 0 for i in range(len(flags))]:
        raise ValueError(
            f"{source}: global layers at {[i for i, flag in enumerate(flags) if flag]} are not periodic; "
            "gemma3.Config supports only one global layer every N layers, `(i + 1) % global_every == 0`"
        )
    return every


_PRESETS = {
    "270m": Config(
        name="270m", num_layers=18, embed_dim=640, num_heads=4, num_kv_heads=1, head_dim=256,
        mlp_dim=2048, sliding_window=512, query_pre_attn_scalar=256,
    ),
    "1b": Config(
        name="1b", num_layers=26, embed_dim=1152, num_heads=4, num_kv_heads=1, head_dim=256,
        mlp_dim=6912, sliding_window=512, query_pre_attn_scalar=256,
    ),
    "4b": Config(
        name="4b", num_layers=34, embed_dim=2560, num_heads=8, num_kv_heads=4, head_dim=256,
        mlp_dim=10240, sliding_window=1024, query_pre_attn_scalar=256, embed_rows=262_208,
        rope_global_scale=8.0, max_context=131_072,
    ),
    "12b": Config(
        name="12b", num_layers=48, embed_dim=3840, num_heads=16, num_kv_heads=8, head_dim=256,
        mlp_dim=15360, sliding_window=1024, query_pre_attn_scalar=256, embed_rows=262_208,
        rope_global_scale=8.0, max_context=131_072,
    ),
    "27b": Config(
        name="27b", num_layers=62, embed_dim=5376, num_heads=32, num_kv_heads=16, head_dim=128,
        mlp_dim=21504, sliding_window=1024, query_pre_attn_scalar=168, embed_rows=262_208,
        rope_global_scale=8.0, max_context=131_072,
    ),
}

SIZES = tuple(_PRESETS)


def get_config(name: str) -> Config:
    """The preset for a published size: "270m", "1b", "4b", "12b" or "27b"."""
    key = str(name).lower().removeprefix("gemma-3-").removeprefix("gemma3-")
    if key not in _PRESETS:
        raise ValueError(f"unknown Gemma 3 size {name!r}; known sizes: {', '.join(SIZES)}")
    return _PRESETS[key]
