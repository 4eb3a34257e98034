"""Fine-tuning data: chat pairs to tokens and a loss mask, one example per row or packed.

An example is the Gemma 3 chat turn pair

    <bos><start_of_turn>user\\n{prompt}<end_of_turn>\\n<start_of_turn>model\\n{answer}<end_of_turn>\\n

with exactly one BOS. The loss mask is 1 on the answer and its `<end_of_turn>` (what the model
must learn to write, including when to stop) and 0 on the prompt, the trailing newline and padding.

The prompt part and the answer are tokenized separately: the model is trained on exactly the
tokens it will see at inference, where the prompt (ending in `model\\n`) is tokenized alone and the
answer is generated token by token after it.

Packing puts several examples in one row of length T. Each example keeps its own segment id
(1, 2, ...; 0 is padding) and positions that restart at 0, so attention never crosses examples
and RoPE sees every example as if it stood alone (`gemma3.model.hidden_states` takes both).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from typing import Protocol

import jax
import numpy as np
from jaxtyping import Array, Int

from gemma3.special_tokens import BOS_ID, END_OF_TURN_ID, START_OF_TURN_ID


class TextEncoder(Protocol):
    def encode(self, text: str, add_bos: bool = ...) -> list[int]: ...


@jax.tree_util.register_dataclass
@dataclasses.dataclass
class Batch:
    """A training batch; every field int32 `[B, T]` (numpy on the host, jax arrays in a step)."""

    tokens: Int[Array, "B T"]
    loss_mask: Int[Array, "B T"]  # 1 where token t is a target (predicted from tokens < t)
    segment_ids: Int[Array, "B T"]  # 1, 2, ... per example in the row; 0 = padding
    positions: Int[Array, "B T"]  # restart at 0 for every example

    def __getitem__(self, rows) -> Batch:
        return jax.tree.map(lambda x: x[rows], self)


@dataclasses.dataclass(frozen=True)
class Example:
    """One tokenized chat pair: `tokens` and the matching 0/1 `loss_mask`, plain lists."""

    tokens: list[int]
    loss_mask: list[int]

    def __len__(self) -> int:
        return len(self.tokens)


def prompt_tokens(tokenizer: TextEncoder, prompt: str, *, system: str | None = None) -> list[int]:
    """`<bos><start_of_turn>user\\n{prompt}<end_of_turn>\\n<start_of_turn>model\\n` as ids.

    Gemma has no system role: system text goes in front of the user text, then a blank line.
    Special tokens are inserted as ids, so this works with any tokenizer that encodes plain text.
    """
    if system:
        prompt = f"{system}\n\n{prompt}"
    return (
        [BOS_ID, START_OF_TURN_ID]
        + tokenizer.encode(f"user\n{prompt}", add_bos=False)
        + [END_OF_TURN_ID]
        + tokenizer.encode("\n", add_bos=False)
        + [START_OF_TURN_ID]
        + tokenizer.encode("model\n", add_bos=False)
    )


def chat_example(tokenizer: TextEncoder, prompt: str, answer: str, *, system: str | None = None) -> Example:
    """Tokens and loss mask of one (prompt, answer) pair: train on the answer and its `<end_of_turn>`."""
    context = prompt_tokens(tokenizer, prompt, system=system)
    target = tokenizer.encode(answer, add_bos=False) + [END_OF_TURN_ID]
    newline = tokenizer.encode("\n", add_bos=False)
    tokens = context + target + newline
    mask = [0] * len(context) + [1] * len(target) + [0] * len(newline)
    return Example(tokens, mask)


def _check_fits(example: Example, seq_len: int) -> None:
    if len(example) > seq_len:
        raise ValueError(
            f"an example has {len(example)} tokens but rows hold seq_len={seq_len}; "
            "raise seq_len or shorten the example (we never cut answers silently)"
        )


def _empty(rows: int, seq_len: int) -> dict[str, np.ndarray]:
    return {name: np.zeros((rows, seq_len), np.int32) for name in ("tokens", "loss_mask", "segment_ids", "positions")}


def _place(arrays: dict[str, np.ndarray], row: int, start: int, example: Example, segment: int) -> None:
    end = start + len(example)
    arrays["tokens"][row, start:end] = example.tokens
    arrays["loss_mask"][row, start:end] = example.loss_mask
    arrays["segment_ids"][row, start:end] = segment
    arrays["positions"][row, start:end] = np.arange(len(example))


def pad_batch(examples: Sequence[Example], seq_len: int) -> Batch:
    """One example per row, right-padded with PAD (segment 0, mask 0) to `seq_len`."""
    arrays = _empty(len(examples), seq_len)
    for row, example in enumerate(examples):
        _check_fits(example, seq_len)
        _place(arrays, row, 0, example, segment=1)
    return Batch(**arrays)


def pack(examples: Sequence[Example], seq_len: int, *, rows: int | None = None) -> Batch:
    """Pack examples into rows of `seq_len` tokens, first fit in the given order.

    Every example lands whole in one row with its own segment id and positions from 0.
    `rows` fixes the number of rows (a static batch shape for `jit`): an error if the
    examples do not fit; by default as many rows as first fit needs.
    """
    free: list[int] = []  # tokens left per row
    placement: list[tuple[int, int, int]] = []  # (row, start, segment) per example
    for example in examples:
        _check_fits(example, seq_len)
        row = next((r for r, left in enumerate(free) if left >= len(example)), None)
        if row is None:
            free.append(seq_len)
            row = len(free) - 1
        start = seq_len - free[row]
        segment = 1 + sum(1 for r, _, _ in placement if r == row)
        placement.append((row, start, segment))
        free[row] -= len(example)
    if rows is not None and len(free) > rows:
        raise ValueError(f"{len(examples)} examples need {len(free)} rows of {seq_len} tokens, but rows={rows}")
    arrays = _empty(rows if rows is not None else len(free), seq_len)
    for example, (row, start, segment) in zip(examples, placement, strict=True):
        _place(arrays, row, start, example, segment)
    return Batch(**arrays)


def show(tokenizer, tokens: Sequence[int], loss_mask: Sequence[int], segment_ids: Sequence[int] | None = None) -> str:
    """A token-by-token table (index, id, piece, mask, segment) for reading a row by eye."""
    lines = [f"{'t':>4} {'id':>7}  {'mask':>4} {'seg':>3}  piece"]
    for t, (token, mask) in enumerate(zip(tokens, loss_mask, strict=True)):
        segment = "" if segment_ids is None else segment_ids[t]
        piece = tokenizer.decode([int(token)])
        if not piece and hasattr(tokenizer, "id_to_piece"):  # control tokens decode to nothing
            piece = tokenizer.id_to_piece(int(token))
        lines.append(f"{t:>4} {int(token):>7}  {int(mask):>4} {segment!s:>3}  {piece!r}")
    return "\n".join(lines)
