"""What a compiled step will do, read from its optimized HLO text: collectives, copies, loop trip counts.

- `parsing`: the text read into computations of `Instruction`s (`parse`).
- `analysis`: each instruction weighted by how often it runs (a while body by its trip count):
  collectives and large copies (`analyze`), fusions, bytes moved and flops (`profile`).
- `normalized`: the text with only what the compiler decided (`normalize`, `normalize_stablehlo`).
- `diff`: the committed dumps of the 27B steps and `python -m gemma3.hlo diff`.

Used by `gemma3.aot`; works on any `compiled.as_text()`. The names below are the package's API.
"""

from gemma3.hlo.analysis import COLLECTIVES, COPIES, Event, HloStats, Profile, analyze, profile
from gemma3.hlo.normalized import normalize, normalize_stablehlo
from gemma3.hlo.parsing import Instruction, parse

__all__ = [
    "analyze",
    "COLLECTIVES",
    "COPIES",
    "Event",
    "HloStats",
    "Instruction",
    "normalize",
    "normalize_stablehlo",
    "parse",
    "profile",
    "Profile",
]
