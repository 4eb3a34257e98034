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
One compile and its report live in `gemma3.aot.compile_report`; this module holds the README table,
the snapshots (`SNAPSHOT_ROWS`, `snapshots.json`) and the command line.
"""

from __future__ import annotations

import argparse
import json
import os
import pathlib
import sys

import jax

from gemma3.aot.common import Workload  # noqa: F401  (re-exported: the record lives in gemma3.aot.common)
from gemma3.aot.compile_report import (  # noqa: F401  (re-exported: gemma3.aot.CHIPS, Chip as before)
    CHIPS,
    TOPOLOGIES,
    Chip,
    GiB,
    analyze,
    compile_workload,
    format_report,
    out_of_memory,
    topology_devices,
)
from gemma3.aot.workloads import WORKLOADS

SNAPSHOTS = pathlib.Path(__file__).with_name("snapshots.json")


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
