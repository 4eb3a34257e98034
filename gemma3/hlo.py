"""What a compiled step will do, read from its optimized HLO text: collectives, copies, loop trip counts.

XLA's `cost_analysis()` counts a while (scan) body once, so its numbers say little about a
62-layer scan. Here every instruction is weighted by how often it runs: the body of a while
loop by the loop's trip count (from `known_trip_count`, else from the `i < N` compare in its
condition), a conditional by its costlier branch, a fusion or called computation once per call.

Large copies are `copy` instructions (a relayout or a materialized slice: a whole KV cache copied
per step shows up here); the async `copy-start` pairs that move activations between memory
spaces are left out. Used by `gemma3.aot`; works on any `compiled.as_text()`.
"""

from __future__ import annotations

import dataclasses
import functools
import re

COLLECTIVES = ("all-reduce", "all-gather", "reduce-scatter", "all-to-all", "collective-permute", "collective-broadcast")
COPIES = ("copy",)  # synchronous copies: relayouts and materialized slices (copy-start: memory-space prefetches)

_DTYPE_BYTES = {
    "pred": 1, "s8": 1, "u8": 1, "s16": 2, "u16": 2, "f16": 2, "bf16": 2, "s32": 4, "u32": 4, "f32": 4,
    "s64": 8, "u64": 8, "f64": 8, "c64": 8, "c128": 16, "s4": 0.5, "u4": 0.5, "f8e4m3fn": 1, "f8e5m2": 1,
}  # fmt: skip
_ARRAY = re.compile(r"\b([a-z]+[0-9]*[a-z0-9]*)\[([0-9,]*)\]")
_INSTRUCTION = re.compile(r"^\s*(?:ROOT\s+)?%?([\w.\-]+) = (.*?) ([a-z][\w\-]*)\((.*)$")
_HEADER = re.compile(r"^(ENTRY\s+)?%?([\w.\-]+) .*\{\s*$")
_CALLED = re.compile(r"\b(calls|to_apply|body|condition|true_computation|false_computation)=%?([\w.\-]+)")
_BRANCHES = re.compile(r"branch_computations=\{([^}]*)\}")
_TRIP = re.compile(r'"known_trip_count":\{"n":"(\d+)"')
_OP_NAME = re.compile(r'op_name="([^"]*)"')


@dataclasses.dataclass(frozen=True)
class Instruction:
    name: str
    opcode: str
    type: str
    rest: str

    @property
    def shapes(self) -> list[tuple[str, tuple[int, ...]]]:
        return [(d, tuple(int(x) for x in dims.split(",") if x)) for d, dims in _ARRAY.findall(self.type)]

    @property
    def bytes(self) -> int:
        """Bytes of the result; for async `-start` ops (a tuple) the largest array in it."""
        sizes = [_nbytes(d, s) for d, s in self.shapes]
        if not sizes:
            return 0
        return int(max(sizes)) if self.opcode.endswith("-start") else int(sum(sizes))

    @property
    def op_name(self) -> str:
        match = _OP_NAME.search(self.rest)
        return match.group(1) if match else ""


def _nbytes(dtype: str, shape: tuple[int, ...]) -> float:
    n = 1
    for d in shape:
        n *= d
    return n * _DTYPE_BYTES.get(dtype, 4)


def parse(text: str) -> tuple[dict[str, list[Instruction]], str]:
    """`({computation name: instructions}, entry name)` from HLO text."""
    computations: dict[str, list[Instruction]] = {}
    entry, current = "", None
    for line in text.splitlines():
        header = _HEADER.match(line)
        if header and not line.startswith(" "):
            current = header.group(2)
            computations[current] = []
            if header.group(1):
                entry = current
            continue
        if line.startswith("}"):
            current = None
            continue
        if current is not None:
            match = _INSTRUCTION.match(line)
            if match:
                name, type_, opcode, rest = match.groups()
                computations[current].append(Instruction(name, opcode, type_, rest))
    if not entry:
        raise ValueError("no ENTRY computation found: pass the text of compiled.as_text()")
    return computations, entry


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


def _trip_count(instruction: Instruction, computations) -> int:
    match = _TRIP.search(instruction.rest)
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
    trip_counts: dict[str, int] = {}

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
            branches = _BRANCHES.search(inst.rest)
            if branches:
                subs = [visit(b.strip().lstrip("%")) for b in branches.group(1).split(",")]
                merge(max(subs, key=lambda s: sum(b for _, b in s[0].values())), 1)
            factor = 1
            if inst.opcode == "while":
                factor = trip_counts.setdefault(inst.name, _trip_count(inst, computations))
            for role, callee in _CALLED.findall(inst.rest):
                if callee in computations and role not in ("condition",):
                    merge(visit(callee), factor if role == "body" else 1)
        return {k: (v[0], v[1]) for k, v in events.items()}, tuple(large)

    events, large = visit(entry)
    return HloStats(
        collectives={k: Event(*v) for k, v in sorted(events.items())},
        large=sorted(large, key=lambda x: -x[2] * x[3]),
        trip_counts=trip_counts,
    )
