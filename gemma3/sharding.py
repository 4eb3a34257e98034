"""Sharding: one mesh, one rules object per workload, shardings derived from logical axis names.

Every weight declares its logical axes once (`gemma3.params.logical_axes`: "layers", "vocab",
"embed", "heads", "kv_heads", "head_dim", "mlp"); activations and the KV cache add "batch",
"seq" and "cache_seq". A `Rules` object maps each logical name to mesh axes, and everything
else (parameter, cache and activation shardings) is derived from it. No `PartitionSpec`
literals live anywhere else in the package.

The mesh has three named axes:
- "data": batch parallelism; every device of a data group holds the same weights.
- "fsdp": batch parallelism with the weights' D dimension split across it, gathered per layer.
- "tensor": model parallelism; query heads, kv heads, the MLP width F and the vocab V split.

Inference shards heads and MLP over "tensor" (`q[N_tensor, D, H]`, `gate[D, F_tensor]`,
`o[N_tensor, H, D]`, `down[F_tensor, D]`): each layer needs one all-reduce after the output
projection and one after the MLP, and never gathers a weight (Scaling-Book subscripts). Training
adds FSDP (`gate[D_fsdp, F_tensor]`, batch over data and fsdp).

Inside the model, XLA's sharding propagation does the rest: `constrain` (a no-op unless a
workload activates rules with `activation_sharding`) is the one hook for pinning an activation,
and `shard_attention` runs the Pallas attention kernel per device under `shard_map`.
"""

from __future__ import annotations

import contextlib
import contextvars
import dataclasses
import math
from collections.abc import Callable, Sequence
from typing import Any

import jax
from jax.sharding import Mesh, NamedSharding, PartitionSpec

from gemma3.config import Config
from gemma3.mesh import MESH_AXES, make_mesh  # noqa: F401  (re-exported: the mesh lives in gemma3.mesh)
from gemma3.params import Params, abstract_params, logical_axes

MeshAxes = str | tuple[str, ...] | None


@dataclasses.dataclass(frozen=True)
class Rules:
    """Logical axis name -> mesh axes (a name, a tuple of names, or None for replicated).

    `notes` records why a rule was relaxed for a given config and mesh (see `resolve_rules`).
    """

    name: str
    mapping: tuple[tuple[str, MeshAxes], ...]
    notes: tuple[str, ...] = ()

    def __getitem__(self, logical: str | None) -> MeshAxes:
        if logical is None:
            return None
        return dict(self.mapping).get(logical)

    @property
    def spare_axis(self) -> str:
        """The mesh axis `gemma3.mesh.auto_mesh` gives the devices tensor parallelism leaves over:
        "fsdp" where these rules shard the weights over it (training: each device then holds a shard
        of the weights and optimizer state, not a replica), else "data"."""
        embed = self["embed"]
        return "fsdp" if embed == "fsdp" or (isinstance(embed, tuple) and "fsdp" in embed) else "data"

    def replace(self, logical: str, mesh_axes: MeshAxes, note: str) -> Rules:
        mapping = tuple((k, mesh_axes if k == logical else v) for k, v in self.mapping)
        return dataclasses.replace(self, mapping=mapping, notes=self.notes + (note,))

    def spec(self, axes: Sequence[str | None]) -> PartitionSpec:
        """The `PartitionSpec` of an array whose dims carry these logical names."""
        return PartitionSpec(*(self[a] for a in axes))


INFERENCE = Rules(
    "inference",
    (
        ("batch", "data"),
        ("seq", None),
        ("cache_seq", None),
        ("layers", None),
        ("vocab", "tensor"),
        ("embed", None),
        ("heads", "tensor"),
        ("kv_heads", "tensor"),
        ("head_dim", None),
        ("mlp", "tensor"),
    ),
)

TRAINING = Rules(
    "training",
    (
        ("batch", ("data", "fsdp")),
        ("seq", None),
        ("cache_seq", None),
        ("layers", None),
        ("vocab", "tensor"),
        ("embed", "fsdp"),
        ("heads", "tensor"),
        ("kv_heads", "tensor"),
        ("head_dim", None),
        ("mlp", "tensor"),
    ),
)

RULES = {"inference": INFERENCE, "training": TRAINING}


def named_rules(rules: Rules | str) -> Rules:
    """`rules` itself, or the `RULES` entry it names ("inference", "training")."""
    if isinstance(rules, Rules):
        return rules
    if not isinstance(rules, str) or rules not in RULES:
        raise ValueError(f"rules must be one of {sorted(RULES)} or a gemma3.sharding.Rules, got {rules!r}")
    return RULES[rules]

def replicated(mesh: Mesh) -> NamedSharding:
    """Every device holds the whole array (scalars, step counters)."""
    return NamedSharding(mesh, PartitionSpec())


def axis_size(mesh: Mesh, mesh_axes: MeshAxes) -> int:
    if mesh_axes is None:
        return 1
    names = (mesh_axes,) if isinstance(mesh_axes, str) else mesh_axes
    return math.prod(mesh.shape[n] for n in names)


def resolve_rules(rules: Rules, config: Config, mesh: Mesh) -> Rules:
    """`rules` adapted to a config and mesh: kv heads are replicated when the tensor axis does not divide them.

    Grouped-query attention leaves few kv heads (270m and 1b have one): sharding them over a
    tensor axis larger than K is impossible, so each device keeps all K heads (and the KV
    cache is replicated over "tensor"); the reason is kept in `rules.notes`.
    """
    K = config.num_kv_heads
    size = axis_size(mesh, rules["kv_heads"])
    if K % size:
        rules = rules.replace(
            "kv_heads",
            None,
            f"kv_heads replicated: {K} kv heads do not divide over mesh axis {rules['kv_heads']!r} of size {size} "
            "(every device keeps all kv heads and their cache)",
        )
    return rules


def _path_name(path) -> str:
    return ".".join(str(getattr(p, "name", getattr(p, "key", p))) for p in path)


def _check_divisible(name: str, shape: tuple[int, ...], axes: Sequence[str | None], rules: Rules, mesh: Mesh) -> None:
    for dim, (size, logical) in enumerate(zip(shape, axes, strict=True)):
        mesh_axes = rules[logical]
        parts = axis_size(mesh, mesh_axes)
        if size % parts:
            raise ValueError(
                f"{name}: dimension {dim} (logical axis {logical!r}, size {size}) does not divide over mesh "
                f"axis {mesh_axes!r} of size {parts} (mesh {dict(mesh.shape)}, rules {rules.name!r}); "
                f"choose a mesh whose {mesh_axes!r} size divides {size}, e.g. make_mesh(tensor=...) smaller"
            )


def named_sharding(
    mesh: Mesh, rules: Rules, axes: Sequence[str | None], shape: tuple[int, ...] | None = None, name: str = "array"
) -> NamedSharding:
    """The `NamedSharding` of an array with these logical axes; checks divisibility when `shape` is given."""
    if shape is not None:
        if len(shape) != len(axes):
            raise ValueError(f"{name}: {len(axes)} logical axes {tuple(axes)} for a {len(shape)}-d shape {shape}")
        _check_divisible(name, shape, axes, rules, mesh)
    return NamedSharding(mesh, rules.spec(axes))


def param_shardings(config: Config, mesh: Mesh, rules: Rules | str = "inference") -> Params:
    """A `Params` of `NamedSharding`s, one per leaf, from the declared logical axes.

    A dimension that does not divide its mesh axis raises a ValueError naming the leaf, the
    dimension, the logical axis and the mesh axis (kv heads are replicated instead, see
    `resolve_rules`).
    """
    rules = resolve_rules(named_rules(rules), config, mesh)
    shapes = abstract_params(config)
    axes = logical_axes(config)
    flat_axes, treedef = jax.tree.flatten(axes, is_leaf=lambda x: isinstance(x, tuple))
    flat_shapes = jax.tree.leaves(shapes)
    names = [_path_name(p) for p, _ in jax.tree_util.tree_flatten_with_path(shapes)[0]]
    return jax.tree.unflatten(
        treedef,
        [named_sharding(mesh, rules, a, s.shape, n) for a, s, n in zip(flat_axes, flat_shapes, names, strict=True)],
    )


def tree_shardings(tree: Any, tree_axes: Any, mesh: Mesh, rules: Rules) -> Any:
    """Shardings for any pytree of arrays (a KV cache, a batch) given a matching tree of logical axes.

    `tree_axes` has the structure of `tree` with a tuple of logical names in place of each array.
    """
    flat_axes = jax.tree.leaves(tree_axes, is_leaf=lambda x: isinstance(x, tuple))
    flat, treedef = jax.tree_util.tree_flatten_with_path(tree)
    if len(flat_axes) != len(flat):
        raise ValueError(f"{len(flat)} arrays but {len(flat_axes)} logical-axes tuples; give one tuple per array")
    return jax.tree.unflatten(
        treedef,
        [
            named_sharding(mesh, rules, a, tuple(x.shape), _path_name(p))
            for (p, x), a in zip(flat, flat_axes, strict=True)
        ],
    )


# -- activation constraints: one hook the model may call; a no-op unless a workload activates rules --

_ACTIVE: contextvars.ContextVar[tuple[Mesh, Rules] | None] = contextvars.ContextVar("gemma3_rules", default=None)


@contextlib.contextmanager
def activation_sharding(mesh: Mesh, rules: Rules):
    """Inside this block (while tracing), `constrain` pins activations to `rules` on `mesh`.

    Trace inside it: `jit` caches by argument shapes and shardings, not by this context.
    """
    token = _ACTIVE.set((mesh, rules))
    try:
        yield
    finally:
        _ACTIVE.reset(token)


def target_platform() -> str:
    """The platform traced code is compiled for: the active mesh's ("tpu" for a deviceless TPU
    compile from a CPU host), else JAX's default backend."""
    active = _ACTIVE.get()
    return active[0].devices.flat[0].platform if active is not None else jax.default_backend()


def constrain(x: jax.Array, axes: Sequence[str | None]) -> jax.Array:
    """`with_sharding_constraint` by logical names when `activation_sharding` is active, else `x` unchanged."""
    active = _ACTIVE.get()
    if active is None:
        return x
    return jax.lax.with_sharding_constraint(x, data_sharding(*active, x.shape, axes))


def constrain_tree(tree: Any, tree_axes: Any) -> Any:
    """`constrain` every array of a pytree (a KV cache, a batch) by a matching tree of logical-axes tuples."""
    if _ACTIVE.get() is None:
        return tree
    flat_axes = jax.tree.leaves(tree_axes, is_leaf=lambda x: isinstance(x, tuple))
    flat, treedef = jax.tree.flatten(tree)
    return jax.tree.unflatten(treedef, [constrain(x, a) for x, a in zip(flat, flat_axes, strict=True)])


Placement = tuple[Mesh, Rules] | None  # what `activation_sharding` activates; None: nothing


def placement_of(params: Params, config: Config, rules: Rules | str = "inference") -> Placement:
    """Where traced code runs: the active `activation_sharding`, else the mesh `params` live on
    (rules resolved for `config`), else None (one device).

    The public entry points (`generate`, `prefill`, `decode_step`) pass it to their jitted
    functions as a static argument, which trace inside `placed(placement)`: the caches and
    batches they build are then sharded like the weights they meet, and jit keeps one trace per
    placement (a trace made for 8 devices is never reused for one).
    """
    active = _ACTIVE.get()
    if active is not None:
        return active
    from gemma3.mesh import mesh_of

    mesh = mesh_of(params)
    if mesh is None:
        return None
    return mesh, resolve_rules(named_rules(rules), config, mesh)


@contextlib.contextmanager
def placed(placement: Placement):
    """`activation_sharding(*placement)`, or nothing for None."""
    if placement is None:
        yield
        return
    with activation_sharding(*placement):
        yield


def shard_batch(batch: Any, params: Any, config: Config, rules: Rules | str = "training") -> Any:
    """`batch` (a pytree of host or device arrays, batch axis first) placed over the batch axes of the
    mesh `params` live on (`data`, and `fsdp` under the training rules); unchanged on one device."""
    placement = placement_of(params, config, rules)
    if placement is None:
        return batch
    mesh, rules = placement

    def place(x):
        x = jax.numpy.asarray(x)
        return jax.device_put(x, data_sharding(mesh, rules, x.shape, ("batch",) + (None,) * (x.ndim - 1)))

    return jax.tree.map(place, batch)


class BatchPlaced:
    """A jitted step `f(*args)` whose last argument, the batch, is first `shard_batch`-ed onto the mesh of
    the parameters at `params_at(args)`: callers hand over host batches, every device gets its rows.
    Anything else (`lower`, `_cache_size`) is the jitted function's."""

    def __init__(self, jitted: Callable, config: Config, params_at: Callable[[tuple], Any]):
        self.jitted, self.config, self.params_at = jitted, config, params_at

    def __call__(self, *args):
        *rest, batch = args
        return self.jitted(*rest, shard_batch(batch, self.params_at(args), self.config))

    def __getattr__(self, name):
        return getattr(self.jitted, name)


def data_sharding(mesh: Mesh, rules: Rules, shape: tuple[int, ...], axes: Sequence[str | None]) -> NamedSharding:
    """The sharding of an activation or input (tokens, logits): a dim its mesh axes do not divide
    (a batch of 1 over a data axis of 2) stays whole instead of failing, unlike weights."""
    spec = [rules[a] if n % axis_size(mesh, rules[a]) == 0 else None for n, a in zip(shape, axes, strict=True)]
    return NamedSharding(mesh, PartitionSpec(*spec))


def shard_attention(attend: Callable, q: jax.Array, k: jax.Array, v: jax.Array, segment_ids: jax.Array) -> jax.Array:
    """Run `attend(q, k, v, segment_ids, interpret)`, a per-device kernel, on each device's rows and heads.

    A Pallas call is opaque to XLA's partitioner: on a mesh its inputs would be gathered and every
    device would compute every head. Under `activation_sharding` the kernel runs inside
    `shard_map`, batch over the batch axes and heads over the tensor axis (kv heads sharded like
    the query heads, or a single kv head kept whole), in Mosaic when the mesh is made of TPUs,
    deviceless ones included (`interpret=None` otherwise: the kernel decides by the backend).
    """
    active = _ACTIVE.get()
    if active is None:
        return attend(q, k, v, segment_ids, None)
    mesh, rules = active
    q_spec = data_sharding(mesh, rules, q.shape, ("batch", "seq", "heads", "head_dim")).spec
    k_spec = data_sharding(mesh, rules, k.shape, ("batch", "seq", "kv_heads", "head_dim")).spec
    if q_spec[2] is not None and k_spec[2] != q_spec[2] and k.shape[2] != 1:
        raise ValueError(
            f"per-device attention needs the {k.shape[2]} kv heads sharded like the {q.shape[2]} query heads over "
            f"{q_spec[2]!r} (size {axis_size(mesh, q_spec[2])}), or a single kv head; use attn_impl='xla' or a "
            "tensor axis that divides the kv heads"
        )
    segment_spec = PartitionSpec(q_spec[0], None)
    on_tpu = mesh.devices.flat[0].platform == "tpu"

    def local(q, k, v, segment_ids):
        return attend(q, k, v, segment_ids, False if on_tpu else None)

    return jax.shard_map(
        local, mesh=mesh, in_specs=(q_spec, k_spec, k_spec, segment_spec), out_specs=q_spec, check_vma=False
    )(q, k, v, segment_ids)
