"""Normalized HLO text: only what the compiler decided, so a diff between two compiles shows a real change.

`normalize` for optimized HLO (`compiled.as_text()`), `normalize_stablehlo` for what our code
lowers to (`lowered.as_text()`); the committed dumps (`gemma3.hlo.diff`) are stored in these forms.
"""

from __future__ import annotations

import re

from gemma3.hlo.parsing import HEADER, INSTRUCTION, OP_NAME, PARAMETER, REFERENCE, TRIP

_DROPPED = ("metadata", "backend_config", "channel_id", "statistics")  # provenance, tuning notes, unique ids
_NUMBERED = re.compile(r"\d+|clone|sunk\d*")  # name segments a recompile renumbers
_SIGNATURE = re.compile(r"([\w.\-]+): ")
_CALL_ROLES = {
    "calls": "", "to_apply": ".apply", "body": ".body", "condition": ".cond",
    "true_computation": ".true", "false_computation": ".false",
}  # fmt: skip
_CALL_LISTS = {"branch_computations": ".branch", "called_computations": ".called"}


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
            trip = TRIP.search(value)
            if key == "backend_config" and trip:  # the loop's trip count is the plan, not a note
                kept = f', backend_config={{"known_trip_count":{{"n":"{trip.group(1)}"}}}}'
            elif key == "metadata" and keep_op_name and OP_NAME.search(value):
                kept = f", metadata={{{OP_NAME.search(value).group(0)}}}"  # names the argument: params.layers.q
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
        elif current is None and line.rstrip().endswith("{") and HEADER.match(line) and not line.startswith(" "):
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
        names = renamed.setdefault(HEADER.match(header).group(2), {})
        for line in lines:
            match = INSTRUCTION.match(line)
            if not match:
                continue
            parameter = PARAMETER.search(line[match.start(4) :])
            base = f"param_{parameter.group(1)}" if match.group(4) == "parameter" and parameter else _base(match[2])
            count = seen[base] = seen.get(base, -1) + 1
            names[match.group(2)] = base if count == 0 else f"{base}.{count}"
    by_name = {HEADER.match(h).group(2): lines for h, lines in computations}
    entry = next(HEADER.match(h).group(2) for h, _ in computations if h.startswith("ENTRY"))
    titles = {entry: "main"}

    def name_callees(computation: str) -> None:
        for line in by_name[computation]:
            match = INSTRUCTION.match(line)
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
        name = HEADER.match(header).group(2)
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
            match = INSTRUCTION.match(line)
            keep = is_entry and match is not None and match.group(4) == "parameter"
            out.append(REFERENCE.sub(rename, _drop_attributes(line, keep)).rstrip())
        out += ["}", ""]
    return "\n".join(out)


def normalize_stablehlo(text: str) -> str:
    """`lowered.as_text()` without locations (`loc(...)`, `#loc` lines) or trailing blanks."""
    lines = [re.sub(r"\s*loc\((?:[^()]|\([^()]*\))*\)", "", line).rstrip() for line in text.splitlines()]
    return "\n".join(line for line in lines if not line.startswith("#loc")) + "\n"
