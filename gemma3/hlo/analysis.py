"""What a compiled step will do, weighted by how often each instruction runs: collectives, copies, fusions, flops.

XLA's `cost_analysis()` counts a while (scan) body once, so its numbers say little about a
62-layer scan. Here every instruction is weighted by how often it runs: the body of a while
loop by the loop's trip count (from `known_trip_count`, else from the `i < N` compare in its
condition), a conditional by its costlier branch, a fusion or called computation once per call.

Large copies are `copy` instructions (a relayout or a materialized slice: a whole KV cache copied
per step shows up here); the async `copy-start` pairs that move activations between memory
spaces are left out.

`analyze` counts collectives and large all-gathers and copies (`gemma3.aot`'s report); `profile`
adds fusions by kind, the bytes every top-level instruction moves and the flops of dots and
convolutions (what `python -m gemma3.hlo diff` compares between two compiles).
"""

from __future__ import annotations

import dataclasses
import functools
import re

from gemma3.hlo.parsing import BRANCHES, CALLED, PARAMETER, REFERENCE, TRIP, Instruction, parse

COLLECTIVES = ("all-reduce", "all-gather", "reduce-scatter", "all-to-all", "collective-permute", "collective-broadcast")
COPIES = ("copy",)  # synchronous copies: relayouts and materialized slices (copy-start: memory-space prefetches)


@dataclasses.dataclass
class Event:
    """One kind of operation with how many times it runs per step and the bytes it moves in all."""

    count: int = 0
    bytes: int = 0

    def add(self, count: int, nbytes: int) -> None:
        self.count += count
        self.bytes += nbytes


@dataclasses.dataclass
class HloStats:
    collectives: dict[str, Event]  # kind -> runs per step, bytes per step (per device)
    large: list[tuple[str, str, int, int, str]]  # (opcode, instruction, bytes, runs per step, op_name)
    trip_counts: dict[str, int]  # while instruction -> trip count


def trip_count(instruction: Instruction, computations) -> int:
    match = TRIP.search(instruction.rest)
    if match:
        return int(match.group(1))
    condition = re.search(r"condition=%?([\w.\-]+)", instruction.rest)
    body = computations.get(condition.group(1), []) if condition else []
    constants = [re.search(r"constant\((-?\d+)\)", i.opcode + "(" + i.rest) for i in body if i.opcode == "constant"]
    compares = [i for i in body if i.opcode == "compare" and "direction=LT" in i.rest]
    values = [int(c.group(1)) for c in constants if c]
    return values[0] if compares and len(values) == 1 else 1


def analyze(text: str, large_bytes: int = 64 << 20, large_gather_bytes: int = 1 << 20) -> HloStats:
    """Collectives (kind, runs and bytes per step) and large all-gathers / copies, weighted by trip counts."""
    computations, entry = parse(text)
    trip_counts: dict[tuple[str, str], int] = {}  # (computation, while instruction): normalized names repeat

    @functools.cache
    def visit(name: str) -> tuple[dict[str, tuple[int, int]], tuple[tuple[str, str, int, int, str], ...]]:
        events: dict[str, list[int]] = {}
        large: list[tuple[str, str, int, int, str]] = []

        def merge(sub, factor):
            sub_events, sub_large = sub
            for kind, (count, nbytes) in sub_events.items():
                total = events.setdefault(kind, [0, 0])
                total[0] += count * factor
                total[1] += nbytes * factor
            large.extend((op, inst, b, runs * factor, where) for op, inst, b, runs, where in sub_large)

        for inst in computations.get(name, []):
            kind = inst.opcode.removesuffix("-start")
            if kind in COLLECTIVES and not inst.opcode.endswith("-done"):
                total = events.setdefault(kind, [0, 0])
                total[0] += 1
                total[1] += inst.bytes
                if kind == "all-gather" and inst.bytes >= large_gather_bytes:
                    large.append((kind, inst.name, inst.bytes, 1, inst.op_name))
            if inst.opcode in COPIES and inst.bytes >= large_bytes:
                large.append(("copy", inst.name, inst.bytes, 1, inst.op_name))
            if inst.opcode.endswith("-done"):
                continue
            branches = BRANCHES.search(inst.rest)
            if branches:
                subs = [visit(b.strip().lstrip("%")) for b in branches.group(1).split(",")]
                merge(max(subs, key=lambda s: sum(b for _, b in s[0].values())), 1)
            factor = 1
            if inst.opcode == "while":
                factor = trip_counts.setdefault((name, inst.name), trip_count(inst, computations))
            for role, callee in CALLED.findall(inst.rest):
                if callee in computations and role not in ("condition",):
                    merge(visit(callee), factor if role == "body" else 1)
        return {k: (v[0], v[1]) for k, v in events.items()}, tuple(large)

    events, large = visit(entry)
    repeated = {i for i in {i for _, i in trip_counts} if sum(i == j for _, j in trip_counts) > 1}
    return HloStats(
        collectives={k: Event(*v) for k, v in sorted(events.items())},
        large=sorted(large, key=lambda x: -x[2] * x[3]),
        trip_counts={f"{c}/{i}" if i in repeated else i: n for (c, i), n in trip_counts.items()},
    )


# -- a profile of the step: what to compare between two compiles --

_NO_TRAFFIC = {
    "parameter", "constant", "get-tuple-element", "tuple", "bitcast", "while", "conditional", "call",
    "after-all", "opt-barrier", "partition-id", "replica-id",
}  # fmt: skip
_SLICES = ("dynamic-slice", "slice", "gather")


@dataclasses.dataclass
class Profile:
    """Per step and per device, each instruction weighted by how often it runs (as `analyze`).

    `bytes`: operands read and results written by every top-level instruction (a fusion is one:
    what happens inside it stays on chip), an upper bound on HBM traffic; a fusion reading only
    slices of an operand counts the slices, one updating a buffer in place counts the update.
    `flops`: of dots and convolutions, 2 per multiply-add (a windowed convolution counts its whole window).
    """

    fusions: dict[str, tuple[int, int]]  # kind -> (instructions in the text, runs per step)
    copies: Event  # synchronous copies: runs, bytes written
    bytes: int
    flops: int
    collectives: dict[str, Event]
    instructions: int  # outside fusions, in the text


def _operands(inst: Instruction) -> list[str]:
    depth = 1
    for i, c in enumerate(inst.rest):
        depth += {"(": 1, ")": -1}.get(c, 0)
        if depth == 0:
            return REFERENCE.findall(inst.rest[:i])
    return REFERENCE.findall(inst.rest)


def _elements(shapes) -> int:
    n = 1
    for d in shapes[0][1] if shapes else ():
        n *= d
    return n


def _flops(inst: Instruction, types: dict[str, Instruction]) -> int:
    operands = [types[n] for n in _operands(inst) if n in types]
    if inst.opcode == "dot" and operands:
        dims = re.search(r"lhs_contracting_dims=\{([\d,]*)\}", inst.rest)
        lhs = operands[0].shapes[0][1] if operands[0].shapes else ()
        contracted = 1
        for d in dims.group(1).split(",") if dims and dims.group(1) else ():
            contracted *= lhs[int(d)]
        return 2 * _elements(inst.shapes) * contracted
    labels = re.search(r"dim_labels=\w+_(\w+)->", inst.rest)
    if inst.opcode == "convolution" and labels and len(operands) > 1 and operands[1].shapes:
        kernel = operands[1].shapes[0][1]
        return 2 * _elements(inst.shapes) * _elements(operands[1].shapes) // max(kernel[labels.group(1).index("o")], 1)
    return 0


def _parameters(fused: list[Instruction]) -> dict[int, str]:
    return {
        int(m.group(1)): i.name
        for i in fused
        if i.opcode == "parameter"
        for m in [PARAMETER.search("parameter(" + i.rest)]
        if m
    }


def _sliced_reads(param: str, fused: list[Instruction], computations) -> int | None:
    """Bytes read of a fusion parameter used only through slices (in nested fusions too), else None."""
    total = 0
    for user in (i for i in fused if param in _operands(i)):
        if user.opcode in _SLICES and _operands(user)[:1] == [param]:
            total += user.bytes
            continue
        callee = dict(CALLED.findall(user.rest)).get("calls") if user.opcode == "fusion" else None
        inner = computations.get(callee, []) if callee else []
        nested = [_sliced_reads(_parameters(inner).get(k, ""), inner, computations)
                  for k, n in enumerate(_operands(user)) if n == param]  # fmt: skip
        if not inner or None in nested:
            return None
        total += sum(nested)
    return total or None


def _fusion_bytes(inst: Instruction, fused: list[Instruction], types: dict[str, Instruction], computations) -> int:
    """Bytes a fusion reads and writes: slices of an operand it only slices, the update of a buffer it updates."""
    local = {i.name: i for i in fused}
    root = next((i for i in fused if i.root), fused[-1] if fused else None)
    outputs = [local[n] for n in _operands(root) if n in local] if root and root.opcode == "tuple" else [root]
    written, in_place = 0, set()
    for out in filter(None, outputs):
        if out.opcode == "dynamic-update-slice":
            buffer, update = (_operands(out) + ["", ""])[:2]
            written += local[update].bytes if update in local else 0
            in_place.add(buffer)
        else:
            written += out.bytes
    params = _parameters(fused)
    read = 0
    for index, name in enumerate(_operands(inst)):
        param = params.get(index, "")
        if param in in_place:
            continue
        sliced = _sliced_reads(param, fused, computations) if param else None
        read += sliced if sliced is not None else (types[name].bytes if name in types else 0)
    return read + written


def profile(text: str) -> Profile:
    """Fusions by kind, copies, bytes moved and flops of a compiled step (`compiled.as_text()`, normalized or not)."""
    computations, entry = parse(text)
    fusions: dict[str, list[int]] = {}

    @functools.cache
    def visit(name: str, fused: bool) -> tuple[tuple[str, int], ...]:
        totals: dict[str, int] = {}
        instructions = computations.get(name, [])
        types = {i.name: i for i in instructions}

        def add(key, n):
            totals[key] = totals.get(key, 0) + n

        for inst in instructions:
            add("flops", _flops(inst, types))
            calls = dict(CALLED.findall(inst.rest))
            if not fused:
                add("instructions", 1)
                if inst.opcode == "fusion":
                    kind = re.search(r"kind=(\w+)", inst.rest)
                    add(f"fusion {kind.group(1) if kind else '?'}", 1)
                    add("bytes", _fusion_bytes(inst, computations.get(calls.get("calls", ""), []), types, computations))
                elif inst.opcode in COPIES:
                    add("copies", 1)
                    add("copy bytes", inst.bytes)
                    add("bytes", 2 * inst.bytes)
                elif inst.opcode not in _NO_TRAFFIC and not inst.opcode.endswith("-done"):
                    add("bytes", inst.bytes + sum(types[n].bytes for n in _operands(inst) if n in types))
            callees = [(calls[r], 1) for r in ("calls", "true_computation", "false_computation") if r in calls]
            branches = BRANCHES.search(inst.rest)
            callees += [(b.strip().lstrip("%"), 1) for b in branches.group(1).split(",")] if branches else []
            if inst.opcode == "while" and "body" in calls:
                callees.append((calls["body"], trip_count(inst, computations)))
            for callee, factor in callees:
                for key, n in visit(callee, fused or inst.opcode == "fusion"):
                    add(key, n * factor)
        return tuple(sorted(totals.items()))

    for instructions in computations.values():
        for inst in instructions:
            kind = re.search(r"kind=(\w+)", inst.rest) if inst.opcode == "fusion" else None
            if kind:
                fusions.setdefault(kind.group(1), [0, 0])[0] += 1
    totals = dict(visit(entry, False))
    for key, n in totals.items():
        if key.startswith("fusion "):
            fusions.setdefault(key.removeprefix("fusion "), [0, 0])[1] = n
    return Profile(
        fusions={k: (v[0], v[1]) for k, v in sorted(fusions.items())},
        copies=Event(totals.get("copies", 0), totals.get("copy bytes", 0)),
        bytes=totals.get("bytes", 0),
        flops=totals.get("flops", 0),
        collectives=analyze(text).collectives,
        instructions=totals.get("instructions", 0),
    )
