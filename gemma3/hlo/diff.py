"""Committed HLO dumps of the 27B snapshot steps, and what changed between two compiles.

    python -m gemma3.hlo diff gemma3/hlo/dumps/decode.hlo current   # recompile decode now, compare
    python -m gemma3.hlo diff old/sft.hlo new/sft.hlo                # two dumps
    python -m gemma3.hlo diff decode current --fail-on copies        # exit 1 only if the copies moved
    python -m gemma3.hlo dump [--workload decode]                    # rewrite gemma3/hlo/dumps/

For each row of `gemma3.aot.SNAPSHOT_ROWS` (decode, prefill, sft-lora, grpo, full sft) the folder
holds the optimized HLO that libtpu compiles for the 27B step on its slice (`<workload>.hlo`,
`gemma3.hlo.normalize`: a diff shows only what the compiler decided) and the StableHLO our code
lowers to (`<workload>.stablehlo.mlir`, no locations). Each opens with `//` lines naming the row,
the jax and libtpu versions and XLA's memory report; they are not compared. `diff` prints a short
summary (fusions by kind, collectives, copies, bytes moved, flops, then a per-instruction diff of
each loop body that changed) and exits 1 when something changed, 0 when not: `git bisect run` reads that.
"""

from __future__ import annotations

import argparse
import difflib
import importlib.metadata
import json
import pathlib
import re
import sys
from collections import Counter

from gemma3 import hlo
from gemma3.hlo.analysis import trip_count
from gemma3.hlo.parsing import CALLED, HEADER

DUMPS = pathlib.Path(__file__).with_name("dumps")
KINDS = {"hlo": ".hlo", "stablehlo": ".stablehlo.mlir"}
FAIL_ON = ("any", "fusions", "collectives", "copies", "bytes", "flops")


def dump_paths(workload: str, folder: pathlib.Path = DUMPS) -> dict[str, pathlib.Path]:
    return {kind: folder / f"{workload}{suffix}" for kind, suffix in KINDS.items()}


def lower_row(topology: str, workload: str, options: dict, size: str = "27b"):
    """`(Workload, lowered)`: the step `gemma3.aot.compile_workload` compiles (default layouts), lowered."""
    import jax

    from gemma3 import aot
    from gemma3.aot.workloads import WORKLOADS
    from gemma3.config import get_config
    from gemma3.sharding import make_mesh

    if workload not in WORKLOADS:
        raise ValueError(f"unknown workload {workload!r}; known: {', '.join(WORKLOADS)}")
    job = WORKLOADS[workload](get_config(size), make_mesh(devices=aot.topology_devices(topology)[2]), **options)
    step = jax.jit(job.step, in_shardings=job.in_shardings, out_shardings=job.out_shardings, donate_argnums=job.donate)
    with jax.default_matmul_precision("default"):  # what a TPU run uses, whatever the caller set (tests: "highest")
        return job, step.lower(*job.args)


def compile_row(topology: str, workload: str, options: dict, size: str = "27b"):
    """`(Workload, lowered, compiled)`: one compile gives the analysis and both dumps."""
    job, lowered = lower_row(topology, workload, options, size)
    return job, lowered, lowered.compile()


def texts(lowered, compiled) -> dict[str, str]:
    """The normalized dumps of one compile: `{"hlo": ..., "stablehlo": ...}` (no header)."""
    return {"hlo": hlo.normalize(compiled.as_text()), "stablehlo": hlo.normalize_stablehlo(lowered.as_text())}


def _versions() -> str:
    found = []
    for package in ("jax", "jaxlib", "libtpu"):
        try:
            found.append(f"{package} {importlib.metadata.version(package)}")
        except importlib.metadata.PackageNotFoundError:
            found.append(f"{package} absent")
    return ", ".join(found)


def header(row: tuple, kind: str, memory: dict | None = None) -> str:
    topology, workload, options = row
    what = "optimized HLO from libtpu, gemma3.hlo.normalize" if kind == "hlo" else "StableHLO from jax, no locations"
    lines = [
        f"// gemma3 27b {topology} {workload} {' '.join(f'{k}={v}' for k, v in options.items())}: {what}",
        "// row: " + json.dumps({"topology": topology, "workload": workload, "options": options}),
        f"// {_versions()}",
        f"// regenerate: python -m gemma3.hlo dump --workload {workload}; "
        f"compare: python -m gemma3.hlo diff {workload}{KINDS[kind]} current",
    ]
    if memory:
        lines.append("// memory per device (bytes): " + ", ".join(f"{k} {v:,}" for k, v in memory.items()))
    return "\n".join(lines) + "\n"


def body(text: str) -> str:
    """A dump without its `//` header: what is compared."""
    return "\n".join(line for line in text.splitlines() if not line.startswith("//")).strip() + "\n"


def _row(text: str, where: str) -> tuple:
    found = re.search(r"^// row: (.*)$", text, re.M)
    if not found:
        raise ValueError(f"{where} has no '// row:' header line: only a dump written by `python -m gemma3.hlo dump` "
                         "says which workload to recompile")  # fmt: skip
    row = json.loads(found.group(1))
    return row["topology"], row["workload"], row["options"]


# -- the summary --


def _change(label: str, a: float, b: float, unit: str = "", scale: float = 1.0) -> str | None:
    if a == b:
        return None
    fmt = (lambda x: f"{x / scale:,.2f}{unit}") if scale != 1.0 else (lambda x: f"{x:,}{unit}")
    relative = f" ({(b - a) / a:+.1%})" if a else ""
    return f"  {label}: {fmt(a)} -> {fmt(b)}{relative}"


def _size(n: float) -> str:
    for unit, scale in (("GB", 1e9), ("MB", 1e6), ("kB", 1e3)):
        if abs(n) >= scale:
            return f"{n / scale:,.2f} {unit}"
    return f"{n:,.0f} B"


def _anonymous(line: str) -> str:
    """An instruction line without the ordinals of its names, so an insertion does not rename what follows."""
    return re.sub(r"%[\w.\-]+", lambda m: re.sub(r"\.\d+(?=\.|$)", "", m.group(0)), line.strip())


def _loops(text: str) -> dict[str, tuple[int, list[str]]]:
    """`{loop body: (runs per step, instruction lines)}` for every while body of the module."""
    computations, entry = hlo.parse(text)
    runs: dict[str, int] = {entry: 1}
    bodies: dict[str, int] = {}
    for name in _top_down(computations, entry):
        for inst in computations[name]:
            called = dict(CALLED.findall(inst.rest))
            if inst.opcode == "while" and "body" in called:
                count = runs.get(name, 1) * trip_count(inst, computations)
                runs[called["body"]] = bodies[called["body"]] = count
            elif "calls" in called and inst.opcode != "fusion":
                runs[called["calls"]] = runs.get(name, 1)
    lines = _computation_lines(text)
    return {name: (count, lines.get(name, [])) for name, count in bodies.items()}


def _top_down(computations, entry) -> list[str]:
    order, seen = [], set()

    def visit(name):
        if name in seen or name not in computations:
            return
        seen.add(name)
        order.append(name)
        for inst in computations[name]:
            for _, callee in CALLED.findall(inst.rest):
                visit(callee)

    visit(entry)
    return order


def _computation_lines(text: str) -> dict[str, list[str]]:
    out, current = {}, None
    for line in text.splitlines():
        header = HEADER.match(line)
        if header and not line.startswith(" "):
            current = header.group(2)
            out[current] = []
        elif line.startswith("}"):
            current = None
        elif current is not None and line.strip():
            out[current].append(_anonymous(line))
    return out


def _changed(a: hlo.Profile, b: hlo.Profile) -> set[str]:
    parts = {
        "fusions": a.fusions != b.fusions,
        "collectives": a.collectives != b.collectives,
        "copies": a.copies != b.copies,
        "bytes": a.bytes != b.bytes,
        "flops": a.flops != b.flops,
    }
    return {k for k, v in parts.items() if v}


def summarize_hlo(a: str, b: str, max_lines: int = 40) -> tuple[str, set[str]]:
    """What changed from optimized HLO `a` to `b` (normalized or not): `(summary, parts that moved)`."""
    a, b = hlo.normalize(body(a)), hlo.normalize(body(b))
    pa, pb = hlo.profile(a), hlo.profile(b)
    lines = [_change("instructions run outside fusions", pa.instructions, pb.instructions)]
    for kind in sorted(set(pa.fusions) | set(pb.fusions)):
        (sa, ra), (sb, rb) = pa.fusions.get(kind, (0, 0)), pb.fusions.get(kind, (0, 0))
        if (sa, ra) != (sb, rb):
            lines.append(f"  fusions {kind}: {sa} -> {sb} in the text, {ra:,} -> {rb:,} runs per step")
    for kind in sorted(set(pa.collectives) | set(pb.collectives)):
        ea, eb = pa.collectives.get(kind, hlo.Event()), pb.collectives.get(kind, hlo.Event())
        if ea != eb:
            lines.append(f"  {kind}: {ea.count} -> {eb.count} runs per step, "
                         f"{_size(ea.bytes)} -> {_size(eb.bytes)}")  # fmt: skip
    if pa.copies != pb.copies:
        lines.append(f"  copies: {pa.copies.count} -> {pb.copies.count} runs per step, "
                     f"{_size(pa.copies.bytes)} -> {_size(pb.copies.bytes)}")  # fmt: skip
    lines.append(_change("bytes moved per step", pa.bytes, pb.bytes, " GB", 1e9))
    lines.append(_change("matmul flops per step", pa.flops, pb.flops, " GFLOP", 1e9))
    # computations by name and body without ordinals: a renumbered one is not a change
    la, lb = (Counter((_anonymous("%" + n)[1:], tuple(v)) for n, v in _computation_lines(t).items()) for t in (a, b))
    gone, new = {n for n, _ in la - lb}, {n for n, _ in lb - la}
    changed, added, removed = sorted(gone & new), sorted(new - gone), sorted(gone - new)
    if changed or added or removed:
        lines.append(f"  computations: {len(changed)} changed, {len(added)} added, {len(removed)} removed"
                     + "".join(f"\n    {s} {n}" for s, names in (("~", changed), ("+", added), ("-", removed))
                               for n in names[:8]))  # fmt: skip
    loops_a, loops_b = _loops(a), _loops(b)
    for name in sorted(
        set(loops_a) | set(loops_b), key=lambda n: -max(loops_a.get(n, (0,))[0], loops_b.get(n, (0,))[0])
    ):
        (runs_a, body_a), (runs_b, body_b) = loops_a.get(name, (0, [])), loops_b.get(name, (0, []))
        if body_a == body_b and runs_a == runs_b:
            continue
        diff = [d for d in difflib.unified_diff(body_a, body_b, lineterm="", n=1)][2:]
        lines.append(f"  loop body {name} (runs {runs_a} -> {runs_b} per step): {len(body_a)} -> {len(body_b)} "
                     "instructions" + "".join(f"\n    {d[:240]}" for d in diff[:max_lines]))  # fmt: skip
        if len(diff) > max_lines:
            lines.append(f"    ... {len(diff) - max_lines} more diff lines")
    lines = [line for line in lines if line]
    if body(a) != body(b) and not lines:
        lines.append("  the text differs outside what the profile counts (attributes or constants); see git diff")
    return "\n".join(lines), _changed(pa, pb) | ({"any"} if body(a) != body(b) else set())


def summarize_stablehlo(a: str, b: str, max_lines: int = 40) -> tuple[str, set[str]]:
    """Op counts that moved and the first lines of a unified diff between two StableHLO texts."""
    count = lambda text: {op: len(re.findall(rf"\b{re.escape(op)}\b", text))  # noqa: E731
                          for op in set(re.findall(r"\bstablehlo\.[a-z_]+", text))}  # fmt: skip
    ca, cb = count(body(a)), count(body(b))
    lines = [_change(op, ca.get(op, 0), cb.get(op, 0)) for op in sorted(set(ca) | set(cb))]
    diff = [d for d in difflib.unified_diff(body(a).splitlines(), body(b).splitlines(), lineterm="", n=1)][2:]
    lines += [f"    {d[:240]}" for d in diff[:max_lines]]
    lines += [f"    ... {len(diff) - max_lines} more diff lines"] if len(diff) > max_lines else []
    return "\n".join(line for line in lines if line), {"any"} if diff else set()


def summarize(a: str, b: str, max_lines: int = 40) -> tuple[str, set[str]]:
    """`summarize_hlo` or `summarize_stablehlo`, by what `a` holds."""
    if body(a).startswith("HloModule"):
        return summarize_hlo(a, b, max_lines)
    return summarize_stablehlo(a, b, max_lines)


# -- the dumps and the test that guards them --


def check(row: tuple, found: dict[str, str], folder: pathlib.Path = DUMPS, memory: dict | None = None) -> str:
    """Compare a row's fresh dumps (`texts(...)`) with the committed ones; rewrite those that drifted.

    Returns the summary of what changed ('' when nothing did). Only the `//` header may differ
    without counting: a new jax version alone does not rewrite a dump.
    """
    report = []
    for kind, path in dump_paths(row[1], folder).items():
        old = path.read_text() if path.exists() else ""
        if body(old) == body(found[kind]):
            continue
        summary = summarize(old, found[kind])[0] if old else "  (no committed dump)"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(header(row, kind, memory if kind == "hlo" else None) + found[kind])
        report.append(f"{path.name} changed (rewritten; review with `git diff {path}`):\n{summary}")
    return "\n".join(report)


def dump(rows=None, folder: pathlib.Path = DUMPS, log=sys.stderr) -> None:
    """Compile each snapshot row once and write both of its dumps (all rows by default)."""
    from gemma3 import aot

    for row in rows or aot.SNAPSHOT_ROWS:
        job, lowered, compiled = compile_row(*row)
        memory = aot.analyze(job, compiled, aot.topology_devices(row[0])[1])["memory"]
        for kind, text in texts(lowered, compiled).items():
            path = dump_paths(row[1], folder)[kind]
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(header(row, kind, memory if kind == "hlo" else None) + text)
            print(f"wrote {path} ({path.stat().st_size / 1e3:,.0f} kB)", file=log, flush=True)


def _resolve(name: str) -> pathlib.Path:
    path = pathlib.Path(name)
    if not path.exists() and (DUMPS / name).exists():
        path = DUMPS / name
    if not path.exists() and dump_paths(name)["hlo"].exists():
        path = dump_paths(name)["hlo"]
    if not path.exists():
        raise ValueError(f"no dump {name!r}: pass a file, a workload with a dump in {DUMPS} "
                         f"({', '.join(sorted(p.name for p in DUMPS.glob('*.hlo')))}), or 'current'")  # fmt: skip
    return path


def _current(reference: str, where: str) -> str:
    """The reference dump's row compiled now (StableHLO: only lowered), normalized like it."""
    row = _row(reference, where)
    if body(reference).startswith("HloModule"):
        _, lowered, compiled = compile_row(*row)
        return hlo.normalize(compiled.as_text())
    return hlo.normalize_stablehlo(lower_row(*row)[1].as_text())


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(prog="python -m gemma3.hlo", description=__doc__.split("\n\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    diff = commands.add_parser("diff", help="what changed from dump A to dump B (or 'current': recompile A's row)")
    diff.add_argument("a", help="a dump file, or a workload (its committed .hlo)")
    diff.add_argument("b", help="a dump file, a workload, or 'current'")
    diff.add_argument("--fail-on", default="any", help=f"exit 1 only when these moved: {','.join(FAIL_ON)} (any)")
    diff.add_argument("--lines", type=int, default=40, help="diff lines shown per loop body (40)")
    write = commands.add_parser("dump", help=f"compile the snapshot rows and rewrite {DUMPS}")
    write.add_argument("--workload", action="append", help="only this workload's row (repeatable)")
    write.add_argument("--out", type=pathlib.Path, default=DUMPS, help="folder (gemma3/hlo/dumps)")
    args = parser.parse_args(argv)
    import jax

    jax.config.update("jax_platforms", "cpu")  # the host compiles; never grab a local TPU
    try:
        if args.command == "dump":
            from gemma3 import aot

            rows = [r for r in aot.SNAPSHOT_ROWS if not args.workload or r[1] in args.workload]
            if not rows:
                raise ValueError(f"no snapshot row for {args.workload}; rows: {[r[1] for r in aot.SNAPSHOT_ROWS]}")
            dump(rows, args.out)
            return 0
        fail_on = set(args.fail_on.split(","))
        if not fail_on <= set(FAIL_ON):
            raise ValueError(f"--fail-on takes {', '.join(FAIL_ON)}, got {args.fail_on!r}")
        path_a = _resolve(args.a)
        text_a = path_a.read_text()
        text_b = _current(text_a, str(path_a)) if args.b == "current" else _resolve(args.b).read_text()
    except ValueError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    summary, moved = summarize(text_a, text_b, args.lines)
    print(f"{path_a} -> {args.b}:\n{summary or '  no change'}")
    return 1 if moved & fail_on else 0
