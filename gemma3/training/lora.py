"""LoRA: low-rank adapters on the attention and MLP projections, the base frozen and shared.

Each adapted projection `W` (the map from its input axes to its output axes: q `[L, N, D, H]`
maps D to (N, H), o `[L, N, H, D]` maps (N, H) to D) gets `A [L, in..., r]` (scaled normal) and
`B [L, r, out...]` (zeros), e.g. q's `A [L, D, r]` and `B [L, r, N, H]`, and the model computes

    y = x @ W + ((x @ A) * alpha / r) @ B        (Hu et al. 2021, arXiv:2106.09685)

so at initialization the adapted model *is* the base model. Only A and B are trained.

Design: a side path beside each frozen projection. `apply(base, adapters, lora)` returns a
`Params` whose `layers` is an `AdaptedLayer`: a view that, when the model reads `layer.q`,
returns an `Adapted` (the frozen W with its A, B and scale). The model's one hook is
`gemma3.layers.project`, its projection einsum: given an `Adapted` it adds the side path. So
`gemma3.model.hidden_states` scans over the view unchanged and LoRA reuses every line of the
model code (XLA attention, the Pallas kernel, sharding, remat, the KV cache).
- compute: W is only read, so the backward forms `dx` through it and no `dW` (a full fine-tune's
  weight gradient, `2 P` flops per token, P = layer parameters): with remat about 3 passes over
  the weights (forward, recomputed forward, `dx`) instead of 4. The side path adds `2 r (in + out)`
  flops per token and projection forward: 0.4% of the layer's at 27B, r = 16.
- memory: nothing weight-sized is formed (no merged layer, no `dW`); the side path keeps one
  `[B, T, r]` activation per projection.
- precision: the side path runs in the activations' dtype (A and B cast to it), like the frozen
  matmul beside it. The adapters and their Adam states stay float32.
- the reference form, `LoRAConfig(side_path=False)`: `W + scale * A @ B` merged per layer when
  read (float32, rounded to W's dtype), as this package did before; its backward forms the full
  `dW_eff = x^T dy` per layer before contracting it with A or B. Tests check the two give the
  same losses and gradients; `python -m gemma3.bench sft-lora` times both.

"Adapters off" (the GRPO reference model) is simply the base `Params`: `apply(base, None, lora)`
returns `base` itself, so no second copy of the model ever exists. `merge` materializes the
adapted weights for export (`gemma3.checkpoints.train_checkpoint.export_hf`) or fast sampling.

Memory at 27B (r = 16 on q, k, v, o, gate, up, down; numbers from `adapter_count`):
- adapters: 113.5M parameters (0.42% of 27B); float32 weights + gradients + Adam m and v:
  16 bytes each = 1.8 GB.
- frozen base in bf16: 54 GB, no gradients, no optimizer state (sharded: 6.8 GB per chip on 8).
- full fine-tune for comparison: 2 (bf16 weights) + 2 (gradients) + 8 (float32 Adam m, v) =
  12 bytes per parameter, 324 GB; with bf16 Adam states 8 bytes, 216 GB.
- activations with remat: the residual stream per layer, `B T D` x 2 bytes x 62 layers = 10.9 GB
  for B = 8, T = 2048 (split over the data/fsdp axis), plus one layer recomputed at a time;
  `remat="offload"` keeps those layer inputs in host memory (`gemma3.runner.remat_policy`).
"""

from __future__ import annotations

import dataclasses
import math

import jax
import jax.numpy as jnp

from gemma3.config import Config
from gemma3.int8 import Int8Weight
from gemma3.params import Layer, Params, abstract_params

# Where each adaptable projection's input axes sit in its stored weight (after the leading L);
# the other axes are its outputs, in stored order. q, k, v are [heads, D, H]: D is their input.
INPUT_AXES = {"q": (1,), "k": (1,), "v": (1,), "o": (0, 1), "gate": (0,), "up": (0,), "down": (0,)}


def split_axes(name: str, weight_axes: tuple) -> tuple[tuple, tuple]:
    """A weight's per-axis items (shape or logical names, with the leading L) -> `(A's, B's)`:
    `(L, in..., rank)` and `(L, rank, out...)` with None in place of the rank."""
    inputs = INPUT_AXES[name]
    rest = weight_axes[1:]
    ins = tuple(x for i, x in enumerate(rest) if i in inputs)
    outs = tuple(x for i, x in enumerate(rest) if i not in inputs)
    return (weight_axes[0], *ins, None), (weight_axes[0], None, *outs)


@jax.tree_util.register_static
@dataclasses.dataclass(frozen=True)
class LoRAConfig:
    """Adapter rank, scale and which projections get one (static under `jit`)."""

    rank: int = 16
    alpha: float = 32.0  # the update is scaled by alpha / rank
    targets: tuple[str, ...] = ("q", "k", "v", "o", "gate", "up", "down")
    # False: the reference form, the LoRA step as this package ran it before: `W + scale * A @ B`
    # merged per layer (its backward forms a full-size weight gradient) and, in SFT, the logits
    # recomputed in the backward; for the equivalence tests and `python -m gemma3.bench sft-lora`
    side_path: bool = True

    def __post_init__(self):
        unknown = set(self.targets) - set(INPUT_AXES)
        if unknown:
            raise ValueError(f"unknown LoRA targets {sorted(unknown)}; choose from {list(INPUT_AXES)}")
        if self.rank < 1:
            raise ValueError(f"LoRA rank must be >= 1, got {self.rank}")

    @property
    def scale(self) -> float:
        return self.alpha / self.rank


@jax.tree_util.register_dataclass
@dataclasses.dataclass
class Adapter:
    """One projection's adapter, stacked over layers: a `[L, in..., r]`, b `[L, r, out...]`."""

    a: jax.Array
    b: jax.Array


Adapters = dict  # target name ("q", ..., "down") -> Adapter


def _shapes(config: Config, lora: LoRAConfig) -> dict[str, tuple[tuple[int, ...], tuple[int, ...]]]:
    layers = abstract_params(config).layers
    shapes = {}
    for name in lora.targets:
        a, b = split_axes(name, getattr(layers, name).shape)
        shapes[name] = ((*a[:-1], lora.rank), (b[0], lora.rank, *b[2:]))
    return shapes


def init_adapters(config: Config, lora: LoRAConfig, key: jax.Array, dtype=jnp.float32) -> Adapters:
    """A ~ normal / sqrt(fan_in), B = 0: the adapted model starts equal to the base."""
    adapters = {}
    for (name, (a_shape, b_shape)), k in zip(
        _shapes(config, lora).items(), jax.random.split(key, len(lora.targets)), strict=True
    ):
        fan_in = math.prod(a_shape[1:-1])
        a = jax.random.normal(k, a_shape, jnp.float32) / math.sqrt(fan_in)
        adapters[name] = Adapter(a=a.astype(dtype), b=jnp.zeros(b_shape, dtype))
    return adapters


def abstract_adapters(config: Config, lora: LoRAConfig, dtype=jnp.float32) -> Adapters:
    """`jax.ShapeDtypeStruct` adapters (no allocation), e.g. for a deviceless compile."""
    return {
        name: Adapter(jax.ShapeDtypeStruct(a, dtype), jax.ShapeDtypeStruct(b, dtype))
        for name, (a, b) in _shapes(config, lora).items()
    }


def adapter_count(config: Config, lora: LoRAConfig) -> int:
    """Trainable adapter parameters."""
    return sum(math.prod(a) + math.prod(b) for a, b in _shapes(config, lora).values())


def delta(adapter: Adapter, name: str, scale: float) -> jax.Array:
    """`scale * A @ B` in float32 (`[..., in..., out...]`), its axes put in the stored weight's order.

    The leading axes `...` are L, or none for one layer as a scan slices it.
    """
    inputs = INPUT_AXES[name]
    a, b = adapter.a.astype(jnp.float32), adapter.b.astype(jnp.float32)
    lead = a.ndim - len(inputs) - 1
    in_shape, out_shape = a.shape[lead:-1], b.shape[lead + 1 :]
    a2 = a.reshape(*a.shape[:lead], math.prod(in_shape), a.shape[-1])
    b2 = b.reshape(*b.shape[:lead], b.shape[lead], math.prod(out_shape))
    update = (scale * (a2 @ b2)).reshape(*a.shape[:lead], *in_shape, *out_shape)
    core = len(in_shape) + len(out_shape)
    order = [*inputs, *(i for i in range(core) if i not in inputs)]  # stored position of each update axis
    return update.transpose(*range(lead), *(lead + order.index(i) for i in range(core)))


def merge_weight(weight: jax.Array, adapter: Adapter, name: str, scale: float) -> jax.Array:
    """`W + scale * A @ B`, summed in float32 and rounded to W's dtype (an int8 W: dequantized, so the
    merged weight is float in its scales' dtype)."""
    if isinstance(weight, Int8Weight):
        weight = weight.dequantize()
    return (weight.astype(jnp.float32) + delta(adapter, name, scale)).astype(weight.dtype)


@jax.tree_util.register_dataclass
@dataclasses.dataclass(frozen=True)
class Adapted:
    """A frozen projection weight and its adapter, as the model reads one from an adapted layer.

    `gemma3.layers.project` computes `x @ W + ((x @ A) * scale) @ B` for it (W a float array or
    an int8 `gemma3.int8.Int8Weight`). W is only read, so autodiff forms no gradient for it.
    """

    weight: jax.Array  # the stored projection (or an Int8Weight), q [N, D, H] ([L, N, D, H] before the scan slices it)
    a: jax.Array  # [in..., r]
    b: jax.Array  # [r, out...]
    scale: float = dataclasses.field(metadata=dict(static=True))

    def reshape(self, *shape: int) -> Adapted:
        """The weight reshaped with its input axes merged (o's `[N, H, D]` to `[N * H, D]`); A follows them."""
        weight = self.weight.reshape(*shape)
        outputs = self.b.shape[1:]
        if weight.shape[weight.ndim - len(outputs) :] != outputs:
            raise ValueError(
                f"an adapted weight may only merge its input axes: {self.weight.shape} -> {weight.shape} "
                f"changes its output axes {outputs}"
            )
        a = self.a.reshape(*weight.shape[: weight.ndim - len(outputs)], self.a.shape[-1])
        return Adapted(weight, a, self.b, self.scale)

    def add_side_path(self, subscripts: str, x: jax.Array, frozen: jax.Array) -> jax.Array:
        """`frozen + einsum(.., einsum(.., x, A) * scale, B)`, the side path in x's dtype, where `frozen`
        is `einsum(subscripts, x, W)` as `gemma3.layers.project` computed it (W float or int8).

        The weight's letters that x shares and the output lacks are its inputs (A's leading axes,
        in the weight's order), the others its outputs (B's trailing axes), e.g. q's "btd,ndh->btnh":
        `x @ A` is "btd,dr->btr", then "btr,rnh->btnh".
        """
        operands, out = subscripts.replace(" ", "").split("->")
        xs, ws = operands.split(",")
        inputs = "".join(c for c in ws if c in xs and c not in out)
        outputs = "".join(c for c in ws if c not in inputs)
        r = next(c for c in "rzyxwvu" if c not in subscripts)
        xa = "".join(c for c in xs if c not in inputs) + r
        low = jnp.einsum(f"{xs},{inputs}{r}->{xa}", x, self.a.astype(x.dtype)) * jnp.asarray(self.scale, x.dtype)
        side = jnp.einsum(f"{xa},{r}{outputs}->{out}", low, self.b.astype(x.dtype))
        return frozen + side.astype(frozen.dtype)


@jax.tree_util.register_pytree_node_class
class AdaptedLayer:
    """A `Layer` view whose adapted fields read as `Adapted` (the side path) or, with
    `LoRAConfig(side_path=False)`, as the merged `W + scale * A @ B`, computed when read.

    Its leaves are the base layer's and the adapters', so `lax.scan` slices it per layer
    like a plain `Layer`; the model code reads it like one (its projections go through
    `gemma3.layers.project`).
    """

    def __init__(self, base: Layer, adapters: Adapters, lora: LoRAConfig):
        self.base, self.adapters, self.lora = base, adapters, lora

    def __getattr__(self, name: str):
        if name in ("base", "adapters", "lora"):  # not yet set (during unpickling or tree rebuild)
            raise AttributeError(name)
        weight = getattr(self.base, name)
        if name not in self.adapters:
            return weight
        adapter = self.adapters[name]
        if self.lora.side_path:
            return Adapted(weight, adapter.a, adapter.b, self.lora.scale)
        return merge_weight(weight, adapter, name, self.lora.scale)

    def tree_flatten(self):
        return (self.base, self.adapters), self.lora

    @classmethod
    def tree_unflatten(cls, lora, children):
        return cls(*children, lora)


def _check_targets(adapters: Adapters, lora: LoRAConfig) -> None:
    missing = set(lora.targets) - set(adapters)
    if missing:
        raise ValueError(
            f"adapters lack targets {sorted(missing)} named in the LoRAConfig; init them with init_adapters"
        )


def apply(base: Params, adapters: Adapters | None, lora: LoRAConfig) -> Params:
    """The adapted model as `Params` (its layers an `AdaptedLayer`). `adapters=None`: the base."""
    if adapters is None:
        return base
    _check_targets(adapters, lora)
    return Params(embed=base.embed, layers=AdaptedLayer(base.layers, adapters, lora), final_norm=base.final_norm)


def merge(base: Params, adapters: Adapters, lora: LoRAConfig) -> Params:
    """Plain `Params` with every adapter folded into its weight (for export or sampling)."""
    _check_targets(adapters, lora)
    merged = {name: merge_weight(getattr(base.layers, name), adapters[name], name, lora.scale) for name in lora.targets}
    return Params(embed=base.embed, layers=dataclasses.replace(base.layers, **merged), final_norm=base.final_norm)
