"""Which devices, in which shape: the mesh every notebook, the CLI and a user's code get from one call.

    mesh = gemma3.mesh.choose_mesh("auto", config)   # all chips of this host or slice, or None on one device
    config, params = gemma3.load(path, mesh="auto")  # the same, from `load`

A mesh has three named axes (see `gemma3.sharding`): "data" (batch), "fsdp" (batch, with the
weights' D split) and "tensor" (heads, MLP width and vocab split). The automatic choice puts as
many devices as the model's shapes allow on "tensor" (one all-reduce per attention and MLP block,
no weight gathers) and the rest on "data": the 270M and 1B have 4 query heads, so on 8 devices
they run tensor=4 x data=2; 4B-27B run tensor=8. Where "tensor" does not divide the kv heads,
`gemma3.sharding.resolve_rules` replicates them and says so.

Multi-host slices (v5e-16 and up): `init_distributed()` first, on every worker, so that
`jax.devices()` lists the chips of all hosts; `is_main_process()` tells the one worker that
prints and plots.
"""

from __future__ import annotations

import math
import os
import re
from collections.abc import Sequence

import jax
import numpy as np
from jax.sharding import Mesh

MESH_AXES = ("data", "fsdp", "tensor")
MESH_ENV = "GEMMA3_MESH"


def make_mesh(
    *, data: int = 1, fsdp: int = 1, tensor: int | None = None, devices: Sequence[jax.Device] | None = None
) -> Mesh:
    """A ("data", "fsdp", "tensor") mesh over `devices` (default: every device of every host).

    `tensor` defaults to whatever `data * fsdp` leaves. On a multi-host slice call
    `init_distributed()` first so `jax.devices()` lists the devices of all hosts; the device
    order follows the physical topology (`mesh_utils.create_device_mesh`), so the tensor axis
    runs over neighbouring chips.
    """
    devices = list(jax.devices() if devices is None else devices)
    for name, size in (("data", data), ("fsdp", fsdp), ("tensor", tensor)):
        if size is not None and (not isinstance(size, (int, np.integer)) or isinstance(size, bool) or size < 1):
            raise ValueError(f"make_mesh: {name} must be an integer >= 1, got {size!r}")
    if tensor is None:
        if len(devices) % (data * fsdp):
            raise ValueError(
                f"data * fsdp = {data * fsdp} does not divide the {len(devices)} devices; "
                "pick data and fsdp whose product divides the device count"
            )
        tensor = len(devices) // (data * fsdp)
    shape = (data, fsdp, tensor)
    if math.prod(shape) != len(devices):
        raise ValueError(
            f"mesh data={data} x fsdp={fsdp} x tensor={tensor} = {math.prod(shape)} devices, "
            f"but {len(devices)} are available; make the product equal the device count"
        )
    try:
        from jax.experimental import mesh_utils

        grid = mesh_utils.create_device_mesh(shape, devices, allow_split_physical_axes=True)
    except (ValueError, NotImplementedError, AssertionError):
        grid = np.asarray(devices, dtype=object).reshape(shape)
    return Mesh(grid, MESH_AXES)


def auto_mesh(config=None, devices: Sequence[jax.Device] | None = None, *, spare: str = "data") -> Mesh | None:
    """All `devices` (default: every device of the slice) as tensor x `spare`, or None for a single device.

    "tensor" takes the largest device count that divides the query heads, the MLP width and the
    vocab of `config` (all devices when no config is given); `spare` ("data", or "fsdp" for
    training: the weights and optimizer state shard over it too) takes the rest.
    """
    devices = list(jax.devices() if devices is None else devices)
    if len(devices) == 1:
        return None
    return make_mesh(**auto_shape(config, len(devices), spare=spare), devices=devices)


def auto_shape(config, device_count: int, *, spare: str = "data") -> dict[str, int]:
    """`{"data": ..., "tensor": ...}` (or `{"fsdp": ...}`) for `device_count` devices: `auto_mesh`'s
    choice, without devices."""
    if spare not in ("data", "fsdp"):
        raise ValueError(f"spare must be 'data' or 'fsdp', got {spare!r}")
    sizes = () if config is None else (config.num_heads, config.mlp_dim, config.vocab_size)
    if getattr(config, "vision", None) is not None:  # the vision tower's heads and MLP shard over "tensor" too
        sizes += (config.vision.num_heads, config.vision.mlp_dim)
    n = device_count
    tensor = max(t for t in range(1, n + 1) if n % t == 0 and all(s % t == 0 for s in sizes))
    return {spare: n // tensor, "tensor": tensor}


_SPEC = re.compile(r"^\s*(data|fsdp|tensor)\s*=\s*(\d+)\s*$")


def parse_mesh_spec(spec: str) -> dict[str, int]:
    """"data=2,tensor=4" -> {"data": 2, "tensor": 4}; a clear error for anything else."""
    sizes: dict[str, int] = {}
    for part in spec.split(","):
        match = _SPEC.match(part)
        if not match or match.group(1) in sizes:
            raise ValueError(
                f"mesh {spec!r}: expected 'auto', 'none' or comma-separated sizes of the axes data, fsdp and "
                "tensor, each once, e.g. 'data=2,tensor=4'"
            )
        sizes[match.group(1)] = int(match.group(2))
    return sizes


def choose_mesh(mesh: Mesh | str | None, config=None, *, spare: str = "data") -> Mesh | None:
    """A mesh from what a caller says: a `Mesh` as is; "auto" (all devices, `auto_mesh`, the
    devices tensor parallelism leaves over on `spare`); "none" (no mesh: one device);
    "data=2,tensor=4" (`make_mesh` with those sizes). None reads `$GEMMA3_MESH`, else "auto":
    notebooks and the CLI pass their parameter through here."""
    if isinstance(mesh, Mesh):
        return mesh
    if mesh is None:
        mesh = os.environ.get(MESH_ENV) or "auto"
    if not isinstance(mesh, str):
        raise TypeError(f"mesh must be a jax.sharding.Mesh, 'auto', 'none' or 'data=2,tensor=4', got {mesh!r}")
    choice = mesh.strip().lower()
    if choice == "auto":
        return auto_mesh(config, spare=spare)
    if choice in ("none", "off", "1"):
        return None
    return make_mesh(**parse_mesh_spec(choice))


def describe_mesh(mesh: Mesh | None) -> str:
    """One line: the axis sizes and the devices, e.g. "data=2 x fsdp=1 x tensor=4 over 8 cpu devices"."""
    if mesh is None:
        device = jax.devices()[0]
        return f"no mesh: one {device.platform} device ({device.device_kind})"
    axes = " x ".join(f"{name}={size}" for name, size in mesh.shape.items())
    device = mesh.devices.flat[0]
    return f"mesh {axes} over {mesh.devices.size} {device.platform} devices ({device.device_kind})"


def mesh_of(tree) -> Mesh | None:
    """The mesh a pytree of arrays lives on (its first leaf's `NamedSharding`), or None."""
    for leaf in jax.tree.leaves(tree):
        sharding = getattr(leaf, "sharding", None)
        if isinstance(sharding, jax.sharding.NamedSharding) and sharding.mesh.devices.size > 1:
            return sharding.mesh
        return None
    return None


def _multi_host_environment() -> bool:
    """Whether this process is one worker of a multi-host slice: Cloud TPU lists every worker of the
    slice in TPU_WORKER_HOSTNAMES; elsewhere JAX_COORDINATOR_ADDRESS names the coordinator."""
    workers = [h for h in os.environ.get("TPU_WORKER_HOSTNAMES", "").split(",") if h.strip() and " " not in h.strip()]
    return len(workers) > 1 or bool(os.environ.get("JAX_COORDINATOR_ADDRESS"))


def init_distributed() -> bool:
    """`jax.distributed.initialize()` on a multi-host slice, before anything touches the devices.

    Idempotent, and a no-op on one host (a TPU VM of one host, a GPU box, a CPU). Returns whether
    this process runs as one of several. Call it on every worker, first thing.
    """
    if jax.distributed.is_initialized():
        return jax.process_count() > 1
    if not _multi_host_environment():
        return False
    jax.distributed.initialize()
    return jax.process_count() > 1


def is_main_process() -> bool:
    """True on the worker that prints, plots and writes files (process 0); always True on one host."""
    return jax.process_index() == 0


def is_rehearsal(mesh: Mesh | None) -> bool:
    """True when `mesh` spans several simulated CPU devices (CI's rehearsal of a TPU host): the model
    also fits one device there, so a notebook checks its sharded results against one device."""
    return mesh is not None and mesh.devices.size > 1 and mesh.devices.flat[0].platform == "cpu"


def to_one_device(tree):
    """A copy of a pytree of (sharded) arrays, whole, on the first device: the single-device reference.
    Always a copy, even of arrays already there, so a step that donates it leaves the originals intact."""
    return jax.device_put(tree, jax.devices()[0], may_alias=False)
