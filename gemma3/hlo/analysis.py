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
_INSTRUCTION = re.compile(r"^\s*(ROOT\s+)?%?([\w.\-]+) = (.*?) ([a-z][\w\-]*)\((.*)$")
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
    root: bool = False

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
                root, name, type_, opcode, rest = match.groups()
                computations[current].append(Instruction(name, opcode, type_, rest, root is not None))
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
            branches = _BRANCHES.search(inst.rest)
            if branches:
                subs = [visit(b.strip().lstrip("%")) for b in branches.group(1).split(",")]
                merge(max(subs, key=lambda s: sum(b for _, b in s[0].values())), 1)
            factor = 1
            if inst.opcode == "while":
                factor = trip_counts.setdefault((name, inst.name), _trip_count(inst, computations))
            for role, callee in _CALLED.findall(inst.rest):
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


# -- normalized text: what a diff between two compiles should show --

_DROPPED = ("metadata", "backend_config", "channel_id", "statistics")  # provenance, tuning notes, unique ids
_NUMBERED = re.compile(r"\d+|clone|sunk\d*")  # name segments a recompile renumbers
_REFERENCE = re.compile(r"%([\w.\-]+)")
_SIGNATURE = re.compile(r"([\w.\-]+): ")
_CALL_ROLES = {
    "calls": "", "to_apply": ".apply", "body": ".body", "condition": ".cond",
    "true_computation": ".true", "false_computation": ".false",
}  # fmt: skip
_CALL_LISTS = {"branch_computations": ".branch", "called_computations": ".called"}
_PARAMETER = re.compile(r"\bparameter\((\d+)\)")


def _attribute_end(line: str, start: int) -> int:
    """Index just past the attribute value starting at `start`: balanced braces, quoted strings, or a bare word."""
    depth, quoted, i = 0, False, start
    while i < len(line):
        c = line[i]
        if quoted:
            quoted = c != '"' or line[i - 1] == "\\"
        elif c == '"':
            quoted = True
        elif c in "{(":
            depth += 1
        elif c in "})":
            depth -= 1
        elif c == "," and depth == 0:
            return i
        if depth < 0:
            return i
        i += 1
    return i


def _drop_attributes(line: str, keep_op_name: bool) -> str:
    for key in _DROPPED:
        start = line.find(f", {key}=")
        while start >= 0:
            end = _attribute_end(line, start + len(key) + 3)
            value = line[start + len(key) + 3 : end]
            kept = ""
            trip = _TRIP.search(value)
            if key == "backend_config" and trip:  # the loop's trip count is the plan, not a note
                kept = f', backend_config={{"known_trip_count":{{"n":"{trip.group(1)}"}}}}'
            elif key == "metadata" and keep_op_name and _OP_NAME.search(value):
                kept = f", metadata={{{_OP_NAME.search(value).group(0)}}}"  # names the argument: params.layers.q
            line = line[:start] + kept + line[end:]
            start = line.find(f", {key}=", start + len(kept))
    return line


def _base(name: str) -> str:
    """`fusion.1234` -> `fusion`, `constant.5.clone..sunk2` -> `constant`: what a recompile renumbers goes."""
    return ".".join(p for p in name.split(".") if p and not _NUMBERED.fullmatch(p)) or name


def _split_computations(text: str) -> tuple[str, list[tuple[str, list[str]]]]:
    """`(HloModule line, [(header, instruction lines)])`, in print order; the stack-frame tables are left out."""
    module, computations, current = "", [], None
    for line in text.splitlines():
        if line.startswith("HloModule"):
            module = line
        elif current is None and line.rstrip().endswith("{") and _HEADER.match(line) and not line.startswith(" "):
            current = (line, [])
        elif current is not None and line.startswith("}"):
            computations.append(current)
            current = None
        elif current is not None and line.strip():
            current[1].append(line)
    if not any(header.startswith("ENTRY") for header, _ in computations):
        raise ValueError("no ENTRY computation found: pass the text of compiled.as_text()")
    return module, computations


def normalize(text: str) -> str:
    """Optimized HLO text with only what the compiler decided: a diff of two of these is a real change.

    Dropped: metadata (op names, source lines, stack frames) but the entry parameters' op names,
    backend_config (libtpu's cost notes, estimated cycles) but a loop's known trip count, channel
    ids and the file/stack tables. Renamed: each instruction to its name without numeric suffixes
    (`fusion.1234` -> `fusion`), numbered in order of definition within its computation when the
    name repeats (`fusion`, `fusion.1`, ...), parameters as `param_<number>`; each computation by
    where it is called from (`main.while.body`, `main.while.body.fusion.3`), ENTRY as `main`.
    Layouts, shapes, shardings, fusion kinds and every instruction are kept.
    """
    module, computations = _split_computations(text)
    renamed: dict[str, dict[str, str]] = {}
    for header, lines in computations:
        seen: dict[str, int] = {}
        names = renamed.setdefault(_HEADER.match(header).group(2), {})
        for line in lines:
            match = _INSTRUCTION.match(line)
            if not match:
                continue
            parameter = _PARAMETER.search(line[match.start(4) :])
            base = f"param_{parameter.group(1)}" if match.group(4) == "parameter" and parameter else _base(match[2])
            count = seen[base] = seen.get(base, -1) + 1
            names[match.group(2)] = base if count == 0 else f"{base}.{count}"
    by_name = {_HEADER.match(h).group(2): lines for h, lines in computations}
    entry = next(_HEADER.match(h).group(2) for h, _ in computations if h.startswith("ENTRY"))
    titles = {entry: "main"}

    def name_callees(computation: str) -> None:
        for line in by_name[computation]:
            match = _INSTRUCTION.match(line)
            if not match:
                continue
            prefix = f"{titles[computation]}.{renamed[computation][match.group(2)]}"
            callees = [(c, prefix + _CALL_ROLES[role]) for role, c in re.findall(r"\b(\w+)=%([\w.\-]+)", line)
                       if role in _CALL_ROLES]  # fmt: skip
            for role, listed in re.findall(r"\b(\w+)=\{([^}]*)\}", line):
                if role in _CALL_LISTS:
                    names = [n.strip().lstrip("%") for n in listed.split(",") if n.strip()]
                    callees += [(c, f"{prefix}{_CALL_LISTS[role]}{i}") for i, c in enumerate(names)]
            for callee, title in callees:
                if callee in by_name and callee not in titles:
                    titles[callee] = title
                    name_callees(callee)

    name_callees(entry)
    for i, name in enumerate(n for n in by_name if n not in titles):
        titles[name] = f"unreached.{i}"
    out = [module, ""]
    for header, lines in computations:
        name = _HEADER.match(header).group(2)
        names = renamed[name]

        def rename(match, names=names):
            return "%" + names.get(match.group(1), titles.get(match.group(1), match.group(1)))

        signature, _, result = header.partition(" -> ")
        params = signature.split(" (", 1)[1]
        params = _SIGNATURE.sub(lambda m, names=names: names.get(m.group(1), m.group(1)) + ": ", params)
        signature = ("ENTRY " if header.startswith("ENTRY") else "") + f"%{titles[name]} ({params}"
        out.append(f"{signature} -> {result}".rstrip())
        is_entry = header.startswith("ENTRY")
        for line in lines:
            match = _INSTRUCTION.match(line)
            keep = is_entry and match is not None and match.group(4) == "parameter"
            out.append(_REFERENCE.sub(rename, _drop_attributes(line, keep)).rstrip())
        out += ["}", ""]
    return "\n".join(out)


def normalize_stablehlo(text: str) -> str:
    """`lowered.as_text()` without locations (`loc(...)`, `#loc` lines) or trailing blanks."""
    lines = [re.sub(r"\s*loc\((?:[^()]|\([^()]*\))*\)", "", line).rstrip() for line in text.splitlines()]
    return "\n".join(line for line in lines if not line.startswith("#loc")) + "\n"


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
            return _REFERENCE.findall(inst.rest[:i])
    return _REFERENCE.findall(inst.rest)


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
        for m in [_PARAMETER.search("parameter(" + i.rest)]
        if m
    }


def _sliced_reads(param: str, fused: list[Instruction], computations) -> int | None:
    """Bytes read of a fusion parameter used only through slices (in nested fusions too), else None."""
    total = 0
    for user in (i for i in fused if param in _operands(i)):
        if user.opcode in _SLICES and _operands(user)[:1] == [param]:
            total += user.bytes
            continue
        callee = dict(_CALLED.findall(user.rest)).get("calls") if user.opcode == "fusion" else None
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
            calls = dict(_CALLED.findall(inst.rest))
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
            branches = _BRANCHES.search(inst.rest)
            callees += [(b.strip().lstrip("%"), 1) for b in branches.group(1).split(",")] if branches else []
            if inst.opcode == "while" and "body" in calls:
                callees.append((calls["body"], _trip_count(inst, computations)))
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
