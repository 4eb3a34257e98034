"""Deviceless TPU compiles: prove a workload fits and see what XLA will do, on a CPU machine.

    python -m gemma3.aot --size 27b --topology v5e-8 --workload decode --batch 8 --context 32768
    python -m gemma3.aot --size 27b --topology v6e-8 --workload prefill --seq 32768 --attn pallas
    python -m gemma3.aot --size 27b --topology v5p-8 --workload sft-lora --batch 8 --seq 2048
    python -m gemma3.aot --size 27b --topology v5p-8 --workload sft --batch 1 --state-dtype bfloat16
    python -m gemma3.aot --table              # the README performance table (markdown)
    python -m gemma3.aot --update-snapshots   # recompile gemma3/aot/snapshots.json (--workload sft: that row only)

With `libtpu` installed, `jax.experimental.topologies` describes a TPU slice without owning
one; the real step function is lowered against abstract, sharded arguments (no allocation)
and compiled for it. We print per-device memory against the chip's HBM (exit status 1 when
it does not fit), the roofline floor from the model's own flops and bytes (XLA's
`cost_analysis` counts a scan body once), and the collectives, large all-gathers and large
copies of the compiled HLO, each weighted by how often it runs (`gemma3.hlo`).
Workloads (prefill, decode, sft, sft-lora, grpo) live in `gemma3.aot.workloads.WORKLOADS`;
`--layouts auto` lets XLA pick the argument layouts, to show what the default ones cost.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import os
import pathlib
import re
import sys
import time

import jax

from gemma3 import hlo
from gemma3.aot.common import Workload
from gemma3.aot.workloads import WORKLOADS
from gemma3.config import get_config
from gemma3.sharding import make_mesh

GiB = 1 << 30
SNAPSHOTS = pathlib.Path(__file__).with_name("snapshots.json")


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


# -- the README table and the snapshots --

TABLE_TOPOLOGIES = ("v5e-8", "v6e-8", "v5p-8")
TABLE_ROWS = (
    ("prefill", {"seq": 8192, "attn": "xla"}),
    ("prefill", {"seq": 8192, "attn": "pallas"}),
    ("prefill", {"seq": 32768, "attn": "xla"}),
    ("prefill", {"seq": 32768, "attn": "pallas"}),
    *(("decode", {"batch": b, "context": c}) for c in (8192, 32768) for b in (1, 8, 32)),
)
# (topology, workload, options): every workload at small but realistic settings, each on a slice it fits.
# 27B full fine-tuning needs v5p-8 (bf16 weights + gradients + Adam moments: 8-12 bytes per parameter).
# The training compiles are the slow ones (1-2.5 min each on 2 cores: libtpu's backend code generation).
SNAPSHOT_ROWS = (
    ("v5e-8", "decode", {"batch": 8, "context": 32768}),
    ("v5e-8", "prefill", {"seq": 2048}),
    ("v5e-8", "sft-lora", {"batch": 8, "seq": 2048, "remat": "offload"}),  # notebook 04's step
    ("v5p-8", "sft", {"batch": 8, "seq": 2048, "accum_steps": 4, "state_dtype": "bfloat16"}),
    ("v5e-8", "grpo", {"batch": 8, "seq": 1024, "lora_rank": 16}),
)
SNAPSHOT_TOLERANCE = 0.05  # relative, on bytes and flops; collective counts must match exactly


def _shape(options: dict) -> str:
    return " ".join(f"{k}={v}" for k, v in options.items())


def table(size: str = "27b", topologies=TABLE_TOPOLOGIES, rows=TABLE_ROWS, log=sys.stderr) -> str:
    """Markdown: per-device memory, fit, roofline floor and collectives for each workload and topology."""
    out = [
        f"| {size} | topology | HBM per chip (usable) | arguments | temporaries | total | fits | floor (ms) | tokens/s "
        "| all-reduces / step | all-gathers / step |",
        "|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    for workload, options in rows:
        for topology in topologies:
            try:
                job, compiled, _ = compile_workload(size, topology, workload, **options)
                r = analyze(job, compiled, topology_devices(topology)[1])
            except Exception as error:  # a row that cannot compile says why instead of killing the table
                oom = out_of_memory(error)
                why = f"**no**: needs {oom[0] / GiB:.2f} of {oom[1] / GiB:.2f} GiB" if oom else f"error: {error!s:.80}"
                out.append(f"| {workload} {_shape(options)} | {topology} | | | | | {why} | | | | |")
                print(out[-1], file=log, flush=True)
                continue
            m, c = r["memory"], r["collectives"]
            out.append(
                f"| {workload} {_shape(options)} | {topology} | {r['hbm'] / GiB:.0f} ({r['hbm_usable'] / GiB:.2f}) GiB "
                f"| {m['argument'] / GiB:.2f} "
                f"| {m['temp'] / GiB:.2f} | {m['total'] / GiB:.2f} | {'yes' if r['fits'] else '**no**'} "
                f"| {r['floor']['seconds'] * 1e3:.1f} | {r['tokens'] / r['floor']['seconds']:,.0f} "
                f"| {c.get('all-reduce', {}).get('count', 0)} | {c.get('all-gather', {}).get('count', 0)} |"
            )
            print(out[-1], file=log, flush=True)
    return "\n".join(out)


def snapshot_key(size: str, topology: str, workload: str, options: dict) -> str:
    return f"{size} {topology} {workload} {_shape(options)}"


def snapshot_entry(result: dict) -> dict:
    """The numbers a code change should not silently move: memory, XLA's cost estimate, collectives."""
    return {
        "memory": result["memory"],
        "xla_cost": result["xla_cost"],
        "collectives": result["collectives"],
        "large": len(result["large"]),
    }


def snapshot(size: str = "27b", rows=SNAPSHOT_ROWS, log=sys.stderr) -> dict:
    """`{snapshot_key: snapshot_entry}` for each `(topology, workload, options)` row, compiled now."""
    snaps = {}
    for topology, workload, options in rows:
        job, compiled, seconds = compile_workload(size, topology, workload, **options)
        key = snapshot_key(size, topology, workload, options)
        snaps[key] = snapshot_entry(analyze(job, compiled, topology_devices(topology)[1]))
        print(f"{key}: compiled in {seconds:.0f} s", file=log, flush=True)
    return snaps


def update_snapshots(size: str = "27b", workload: str | None = None) -> dict:
    """Recompile the snapshot rows (only `workload`'s when given) into the JSON; rows no longer listed are dropped."""
    current = json.loads(SNAPSHOTS.read_text()) if SNAPSHOTS.exists() else {}
    keys = {snapshot_key(size, t, w, o) for t, w, o in SNAPSHOT_ROWS}
    rows = [row for row in SNAPSHOT_ROWS if workload in (None, row[1])]
    snaps = {k: v for k, v in current.items() if k in keys} | snapshot(size, rows)
    SNAPSHOTS.write_text(json.dumps(snaps, indent=1, sort_keys=True) + "\n")
    return snaps


def _flatten(tree: dict, prefix: str = "") -> dict:
    flat = {}
    for k, v in tree.items():
        if isinstance(v, dict):
            flat.update(_flatten(v, f"{prefix}{k}."))
        else:
            flat[f"{prefix}{k}"] = v
    return flat


def snapshot_drift(expected: dict, found: dict, tolerance: float = SNAPSHOT_TOLERANCE) -> list[str]:
    """Lines describing every number that moved: counts exactly, bytes and flops beyond `tolerance`."""
    want, got = _flatten(expected), _flatten(found)
    drift = []
    for key in sorted(set(want) | set(got)):
        a, b = want.get(key), got.get(key)
        if a is None or b is None:
            drift.append(f"{key}: expected {a}, found {b}")
        elif key.endswith("count") or key.endswith("large"):
            if a != b:
                drift.append(f"{key}: expected {a}, found {b}")
        elif abs(b - a) > tolerance * max(abs(a), 1):
            drift.append(f"{key}: expected {a:,.0f}, found {b:,.0f} ({(b - a) / max(abs(a), 1):+.1%})")
    return drift


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(prog="python -m gemma3.aot", description=__doc__.split("\n\n")[0])
    parser.add_argument("--size", default="27b")
    parser.add_argument("--topology", default=None, help=f"one of {', '.join(TOPOLOGIES)} or e.g. v5e:2x4 (v5e-8)")
    parser.add_argument("--workload", default=None, help=f"one of {', '.join(WORKLOADS)} (decode)")
    parser.add_argument("--batch", type=int, default=None)
    parser.add_argument("--seq", type=int, default=None, help="prompt / training sequence length")
    parser.add_argument("--context", type=int, default=None, help="decode: KV cache length")
    parser.add_argument("--attn", choices=("xla", "pallas"), default=None)
    parser.add_argument("--images", type=int, default=None, help="prefill-image: images per prompt (1)")
    parser.add_argument("--lora-rank", type=int, default=None, help="sft, sft-lora, grpo: LoRA rank (0: full)")
    parser.add_argument(
        "--state-dtype", choices=("float32", "bfloat16"), default=None, help="sft, sft-lora: Adam moments (float32)"
    )
    parser.add_argument("--accum-steps", type=int, default=None, help="sft, sft-lora: micro-batches per step (1)")
    parser.add_argument(
        "--remat", choices=("full", "offload"), default=None, help="sft, sft-lora: layer inputs kept on device or host"
    )
    parser.add_argument("--weights", choices=("bfloat16", "int8"), default=None, help="decode, prefill: weights")
    parser.add_argument("--cache-dtype", choices=("bfloat16", "int8"), default=None, help="decode, prefill: KV cache")
    parser.add_argument("--data", type=int, default=1, help="mesh data axis (the rest goes to tensor)")
    parser.add_argument("--fsdp", type=int, default=1, help="mesh fsdp axis (training)")
    parser.add_argument("--layouts", choices=("default", "auto"), default="default", help="argument layouts")
    parser.add_argument("--json", action="store_true", help="print the analysis as JSON")
    parser.add_argument("--table", action="store_true", help="print the README performance table")
    parser.add_argument("--update-snapshots", action="store_true", help=f"rewrite {SNAPSHOTS.name}")
    args = parser.parse_args(argv)
    if "JAX_PLATFORMS" not in os.environ:
        jax.config.update("jax_platforms", "cpu")  # the host compiles; never grab a local TPU
    if args.table:  # --workload, --attn and --topology narrow it down
        rows = [
            (w, o)
            for w, o in TABLE_ROWS
            if args.workload in (None, w) and args.attn in (None, o.get("attn", args.attn))
        ]
        print(table(args.size, (args.topology,) if args.topology else TABLE_TOPOLOGIES, rows))
        return 0
    if args.update_snapshots:  # --workload narrows it down
        update_snapshots(args.size, args.workload)
        print(f"wrote {SNAPSHOTS}")
        return 0
    args.topology = args.topology or "v5e-8"
    args.workload = args.workload or "decode"
    options = {
        k: getattr(args, k)
        for k in ("batch", "seq", "context", "attn", "lora_rank", "state_dtype", "accum_steps", "images", "remat")
        + ("weights", "cache_dtype")
        if getattr(args, k) is not None
    }
    try:
        name, chip, _ = topology_devices(args.topology)
        job, compiled, seconds = compile_workload(
            args.size, args.topology, args.workload, data=args.data, fsdp=args.fsdp, layouts=args.layouts, **options
        )
    except ValueError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    except Exception as error:
        oom = out_of_memory(error)
        if oom is None:
            raise
        print(f"DOES NOT FIT: XLA needs {oom[0] / GiB:.2f} GiB per device, {oom[1] / GiB:.2f} GiB available ({error})")
        return 1
    result = analyze(job, compiled, chip)
    title = (
        f"gemma3 {args.size} {args.workload} {job.describe} on {args.topology} ({name}, {job.mesh.size} chips), "
        f"{args.layouts} layouts"
    )
    print(json.dumps(result, indent=1) if args.json else format_report(title, job, result, chip, seconds))
    return 0 if result["fits"] else 1
