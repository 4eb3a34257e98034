"""The GRPO task: integer square roots ("radicating integers").

A prompt asks for the integer square root of N, the largest K with K * K <= N; the model
answers `<answer>K</answer>`. The reward is 1 for the right K plus a small bonus for the
format, computed with exact integer arithmetic (`math.isqrt`), so it stays right for N far
beyond float precision (float `sqrt(10**40 + ...)` is already wrong in the last digits).

Difficulty is the number of digits of N. Training and held-out numbers never overlap: a hash
of N puts every integer in exactly one split, so no training draw can ever be a held-out
prompt, whatever the seed or the number of draws.

The answer parser never raises: anything malformed (no tag, two tags, a non-number, a
number too long to convert) scores 0.
"""

from __future__ import annotations

import dataclasses
import hashlib
import math
import random
import re
from collections.abc import Sequence
from typing import Literal

Split = Literal["train", "held_out"]

HELD_OUT_FRACTION = 0.1  # share of all integers reserved for evaluation (by hash, so fixed forever)
FORMAT_REWARD = 0.1  # bonus for one well-formed <answer>K</answer>: small next to the 1.0 for a right K
MAX_ANSWER_DIGITS = 1000  # longer "answers" are malformed (also keeps int() far from its 4300-digit limit)

_TAG = re.compile(r"<answer>(.*?)</answer>", re.DOTALL)
_NUMBER = re.compile(r"[+]?\d+(?:,\d{3})*")


def is_held_out(n: int) -> bool:
    """True when N belongs to the held-out split (a fixed hash of N, independent of any seed)."""
    digest = hashlib.blake2b(str(int(n)).encode(), digest_size=8).digest()
    return int.from_bytes(digest, "big") / 2**64 < HELD_OUT_FRACTION


def _digit_range(digits: int | tuple[int, int]) -> tuple[int, int]:
    lo, hi = (digits, digits) if isinstance(digits, int) else digits
    if not 1 <= lo <= hi:
        raise ValueError(f"digits must be a positive int or a (min, max) pair with 1 <= min <= max, got {digits!r}")
    return lo, hi


def sample_numbers(
    seed: int | random.Random, count: int, digits: int | tuple[int, int], split: Split = "train"
) -> list[int]:
    """`count` numbers N of the given split with `digits` decimal digits (an int or an inclusive range).

    Training draws are independent (repeats allowed); held-out draws are distinct, so a
    held-out set of n prompts really measures n different numbers.
    """
    if split not in ("train", "held_out"):
        raise ValueError(f"split must be 'train' or 'held_out', got {split!r}")
    rng = seed if isinstance(seed, random.Random) else random.Random(seed)
    lo, hi = _digit_range(digits)
    want_held_out = split == "held_out"
    if want_held_out and count > HELD_OUT_FRACTION * (10**hi - 10 ** (lo - 1)) / 4:
        raise ValueError(
            f"{count} distinct held-out numbers of {lo}..{hi} digits is too many for a {HELD_OUT_FRACTION:.0%} "
            "split; ask for fewer or allow more digits"
        )
    numbers, seen = [], set()
    while len(numbers) < count:
        d = rng.randint(lo, hi)
        n = rng.randrange(10 ** (d - 1), 10**d)
        if is_held_out(n) != want_held_out or (want_held_out and n in seen):
            continue
        seen.add(n)
        numbers.append(n)
    return numbers


def question(n: int) -> str:
    """The user's question about N (the SFT notebook trains on exactly this text)."""
    return f"What is the integer square root of {n}? Answer with <answer>K</answer>."


def chat_prompt(n: int) -> str:
    """The question in the Gemma chat template, ending where the model's turn starts.

    No BOS in the text: the tokenizer adds it as a token (see `gemma3.checkpoints.tokenizer`).
    """
    return f"<start_of_turn>user\n{question(n)}<end_of_turn>\n<start_of_turn>model\n"


def target_answer(n: int) -> str:
    """The ideal completion (before `<end_of_turn>`), for supervised fine-tuning."""
    return f"<answer>{math.isqrt(n)}</answer>"


def parse_answer(text: str) -> int | None:
    """The integer inside the one `<answer>...</answer>` tag of `text`, or None if malformed.

    Accepted: surrounding whitespace, a leading '+', thousands separators ("1,234").
    Malformed: no tag, more than one tag (no hedging), empty, negative, words, decimals,
    more than `MAX_ANSWER_DIGITS` digits. Never raises.
    """
    if not isinstance(text, str):
        return None
    tags = _TAG.findall(text)
    if len(tags) != 1:
        return None
    body = tags[0].strip()
    if not _NUMBER.fullmatch(body):
        return None
    digits = body.lstrip("+").replace(",", "")
    if len(digits) > MAX_ANSWER_DIGITS:
        return None
    return int(digits)


@dataclasses.dataclass(frozen=True)
class Score:
    reward: float
    correct: bool
    formatted: bool


def score(text: str, n: int) -> Score:
    """Reward of one completion for N: 1.0 if the answer is isqrt(N), plus `FORMAT_REWARD` if parsable."""
    answer = parse_answer(text)
    formatted = answer is not None
    correct = formatted and answer == math.isqrt(int(n))
    return Score(reward=float(correct) + FORMAT_REWARD * formatted, correct=correct, formatted=formatted)


def reward(text: str, n: int) -> float:
    return score(text, n).reward


def accuracy(texts: Sequence[str], numbers: Sequence[int]) -> float:
    """Fraction of completions that give the right integer square root."""
    if len(texts) != len(numbers):
        raise ValueError(f"got {len(texts)} completions for {len(numbers)} numbers; pass one completion per number")
    return sum(score(t, n).correct for t, n in zip(texts, numbers, strict=True)) / max(len(numbers), 1)
