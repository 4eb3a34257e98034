"""One workload compiled for a TPU slice without a TPU, and what came out of it.

The chips and slices we know (`CHIPS`, `TOPOLOGIES`, `topology_devices`: libtpu's compile-only
devices), `compile_workload` (the step lowered against abstract, sharded arguments and compiled),
and its report: per-device memory against usable HBM, the roofline floor, and the collectives and
large copies weighted by how often they run (`analyze`, `format_report`); `out_of_memory` reads
XLA's refusal back as numbers.
"""

from __future__ import annotations

import dataclasses
import os
import re
import time

import jax

from gemma3 import hlo
from gemma3.aot.common import Workload
from gemma3.aot.workloads import WORKLOADS
from gemma3.config import get_config
from gemma3.sharding import make_mesh

GiB = 1 << 30


@dataclasses.dataclass(frozen=True)
class Chip:
    name: str
    hbm_bytes: int  # nominal, as sold
    hbm_usable: int  # what libtpu lets a program use ("exceeds available HBM (15.75G)"): "fits" is judged on this
    hbm_bandwidth: float  # bytes / s
    peak_flops: float  # bf16 flop / s


CHIPS = {  # public per-chip figures (docs/GEMMA3.md); usable HBM as libtpu reports it
    "v5e": Chip("TPU v5e", 16 * GiB, int(15.75 * GiB), 819e9, 197e12),
    "v6e": Chip("TPU v6e", 32 * GiB, int(31.25 * GiB), 1640e9, 918e12),
    "v5p": Chip("TPU v5p", 95 * GiB, int(95.74 * GiB), 2765e9, 459e12),
}

TOPOLOGIES = {  # Cloud TPU names -> libtpu topology names (v5p counts TensorCores: 2 per chip)
    "v5e-1": "v5e:1x1", "v5e-4": "v5e:2x2", "v5e-8": "v5e:2x4", "v5e-16": "v5e:4x4", "v5e-32": "v5e:4x8",
    "v5e-64": "v5e:8x8", "v5e-128": "v5e:8x16", "v5e-256": "v5e:16x16",
    "v6e-1": "v6e:1x1", "v6e-4": "v6e:2x2", "v6e-8": "v6e:2x4", "v6e-16": "v6e:4x4", "v6e-32": "v6e:4x8",
    "v6e-64": "v6e:8x8", "v6e-128": "v6e:8x16", "v6e-256": "v6e:16x16",
    "v5p-8": "v5p:2x2x1", "v5p-16": "v5p:2x2x2", "v5p-32": "v5p:2x2x4", "v5p-64": "v5p:2x4x4",
    "v5p-128": "v5p:4x4x4", "v5p-256": "v5p:4x4x8",
}  # fmt: skip


def topology_devices(topology: str) -> tuple[str, Chip, list]:
    """`(libtpu name, chip, compile-only devices)` for "v5e-8" or "v5e:2x4"."""
    name = TOPOLOGIES.get(topology, topology)
    chip = CHIPS.get(name.split(":")[0])
    if chip is None or ":" not in name:
        raise ValueError(
            f"unknown topology {topology!r}; known: {', '.join(TOPOLOGIES)} (or libtpu names such as 'v5e:2x4')"
        )
    from jax.experimental import topologies

    # compile-only: no chip is opened, so this process may share libtpu with one that holds the TPU
    os.environ.setdefault("ALLOW_MULTIPLE_LIBTPU_LOAD", "1")
    return name, chip, list(topologies.get_topology_desc(platform="tpu", topology_name=name).devices)


def compile_workload(
    size: str, topology: str, workload: str, *, data: int = 1, fsdp: int = 1, layouts: str = "default", **options
):
    """Build the workload against the topology's mesh, lower and compile it: `(Workload, compiled, seconds)`.

    `layouts="default"` compiles what `jax.jit` runs today (arguments in their default, row-major
    tiled layouts); `"auto"` lets XLA choose argument and output layouts, which the runtime would
    then have to store the weights and cache in (`compiled.input_formats`).
    """
    if layouts not in ("default", "auto"):
        raise ValueError(f"layouts must be 'default' or 'auto', got {layouts!r}")
    if workload not in WORKLOADS:
        raise ValueError(f"unknown workload {workload!r}; known: {', '.join(WORKLOADS)}")
    _, _, devices = topology_devices(topology)
    mesh = make_mesh(data=data, fsdp=fsdp, devices=devices)
    job = WORKLOADS[workload](get_config(size), mesh, **options)
    start = time.perf_counter()
    ins, outs = job.in_shardings, job.out_shardings
    if layouts == "auto":
        from jax.experimental.layout import Format, Layout

        ins, outs = (jax.tree.map(lambda s: Format(Layout.AUTO, s), tree) for tree in (ins, outs))
    step = jax.jit(job.step, in_shardings=ins, out_shardings=outs, donate_argnums=job.donate)
    compiled = step.lower(*job.args).compile()
    return job, compiled, time.perf_counter() - start


_OOM = re.compile(
    r"memory required for HLO temporaries \(([\d.]+)([KMGT]?)\) exceeds available HBM \(([\d.]+)([KMGT]?)\)"
)
_UNITS = {"": 1, "K": 1 << 10, "M": 1 << 20, "G": 1 << 30, "T": 1 << 40}


def out_of_memory(error: Exception) -> tuple[int, int] | None:
    """`(bytes needed, bytes available)` per device when XLA refused to compile for lack of HBM, else None."""
    found = _OOM.search(str(error))
    if not found:
        return None
    need, unit, have, have_unit = found.groups()
    return int(float(need) * _UNITS[unit]), int(float(have) * _UNITS[have_unit])


def analyze(job: Workload, compiled, chip: Chip) -> dict:
    """Memory per device, the roofline floor, collectives and flagged ops, as one JSON-able dict."""
    memory = compiled.memory_analysis()
    mem = {
        "argument": memory.argument_size_in_bytes,
        "output": memory.output_size_in_bytes,
        "temp": memory.temp_size_in_bytes,
        "alias": memory.alias_size_in_bytes,
    }
    mem["total"] = mem["argument"] + mem["output"] + mem["temp"] - mem["alias"]
    devices = job.mesh.size
    flops = job.flops / devices
    seconds = {"memory": job.bytes_per_device / chip.hbm_bandwidth, "compute": flops / chip.peak_flops}
    stats = hlo.analyze(compiled.as_text())
    cost = compiled.cost_analysis()
    cost = cost[0] if isinstance(cost, list) else cost
    return {
        "memory": mem,
        "host_temp": memory.host_temp_size_in_bytes,  # pinned host memory (`remat="offload"`), not HBM
        "hbm": chip.hbm_bytes,
        "hbm_usable": chip.hbm_usable,
        "fits": mem["total"] <= chip.hbm_usable,
        "floor": {"bytes": job.bytes_per_device, "flops": flops, **seconds, "seconds": max(seconds.values())},
        "tokens": job.tokens,
        "collectives": {k: {"count": v.count, "bytes": v.bytes} for k, v in stats.collectives.items()},
        "large": [{"op": o, "name": n, "bytes": b, "runs": r, "where": w} for o, n, b, r, w in stats.large],
        "trip_counts": stats.trip_counts,
        "xla_cost": {"flops": float(cost.get("flops", 0.0)), "bytes": float(cost.get("bytes accessed", 0.0))},
    }


def _gib(n: float) -> str:
    return f"{n / GiB:.2f} GiB"


def format_report(title: str, job: Workload, result: dict, chip: Chip, seconds: float) -> str:
    mem, floor = result["memory"], result["floor"]
    verdict = "fits" if result["fits"] else "DOES NOT FIT"
    bound = "memory" if floor["memory"] >= floor["compute"] else "compute"
    lines = [
        title,
        f"  mesh {dict(job.mesh.shape)}, rules {job.rules.name!r}; compiled in {seconds:.1f} s",
        *(f"  note: {n}" for n in job.rules.notes + job.notes),
        f"  memory per device: arguments {_gib(mem['argument'])}, outputs {_gib(mem['output'])}, "
        f"temporaries {_gib(mem['temp'])}, aliased {_gib(mem['alias'])}",
        f"  total {_gib(mem['total'])} of {_gib(result['hbm_usable'])} usable HBM "
        f"({_gib(result['hbm'])} nominal, {chip.name}): {verdict}",
        *([f"  host memory per device: temporaries {_gib(result['host_temp'])}"] if result.get("host_temp") else []),
        f"  roofline floor per device: {floor['bytes'] / 1e9:.2f} GB from HBM = {floor['memory'] * 1e3:.2f} ms, "
        f"{floor['flops'] / 1e12:.2f} TFLOP = {floor['compute'] * 1e3:.2f} ms; "
        f"floor {floor['seconds'] * 1e3:.2f} ms ({bound} bound), {result['tokens'] / floor['seconds']:,.0f} tokens/s",
        f"  collectives per step (per device, while bodies times their trip counts {result['trip_counts'] or '{}'}):",
    ]
    lines += [f"    {k}: {v['count']} runs, {v['bytes'] / 1e6:,.1f} MB" for k, v in result["collectives"].items()]
    lines += ["    none"] if not result["collectives"] else []
    lines.append(
        "  large all-gathers and copies inside the step:"
        if result["large"]
        else "  no weight all-gather, no large copy"
    )
    lines += [
        f"    {x['op']} {x['name']}: {x['bytes'] / 1e6:,.1f} MB x {x['runs']} runs  {x['where']}"
        for x in result["large"]
    ]
    return "\n".join(lines)
