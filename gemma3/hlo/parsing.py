"""HLO text read into computations of `Instruction`s (name, opcode, result type and bytes, op name).

The patterns here (an instruction, a computation header, the computations an instruction calls,
a loop's known trip count, a reference to another instruction) are the grammar the analyses
(`gemma3.hlo.analysis`) and the normalized text (`gemma3.hlo.normalized`) read.
"""

from __future__ import annotations

import dataclasses
import re

_DTYPE_BYTES = {
    "pred": 1, "s8": 1, "u8": 1, "s16": 2, "u16": 2, "f16": 2, "bf16": 2, "s32": 4, "u32": 4, "f32": 4,
    "s64": 8, "u64": 8, "f64": 8, "c64": 8, "c128": 16, "s4": 0.5, "u4": 0.5, "f8e4m3fn": 1, "f8e5m2": 1,
}  # fmt: skip
_ARRAY = re.compile(r"\b([a-z]+[0-9]*[a-z0-9]*)\[([0-9,]*)\]")
INSTRUCTION = re.compile(r"^\s*(ROOT\s+)?%?([\w.\-]+) = (.*?) ([a-z][\w\-]*)\((.*)$")
HEADER = re.compile(r"^(ENTRY\s+)?%?([\w.\-]+) .*\{\s*$")
CALLED = re.compile(r"\b(calls|to_apply|body|condition|true_computation|false_computation)=%?([\w.\-]+)")
BRANCHES = re.compile(r"branch_computations=\{([^}]*)\}")
TRIP = re.compile(r'"known_trip_count":\{"n":"(\d+)"')
OP_NAME = re.compile(r'op_name="([^"]*)"')
REFERENCE = re.compile(r"%([\w.\-]+)")
PARAMETER = re.compile(r"\bparameter\((\d+)\)")


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
        match = OP_NAME.search(self.rest)
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
        header = HEADER.match(line)
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
            match = INSTRUCTION.match(line)
            if match:
                root, name, type_, opcode, rest = match.groups()
                computations[current].append(Instruction(name, opcode, type_, rest, root is not None))
    if not entry:
        raise ValueError("no ENTRY computation found: pass the text of compiled.as_text()")
    return computations, entry
