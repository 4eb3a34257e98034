"""Benchmarks of the real 270M on this machine, ours against transformers in the same run.

    python -m gemma3.bench decode  [--batch 1 8] [--new-tokens 64] [--repeats 3]
    python -m gemma3.bench prefill [--prompt-tokens 512] [--repeats 3]

Both models read the same GGUF (the embedded 270M), both in float32; runs alternate (ours,
transformers, ours, ...) after one warm-up each (our compile), and the table shows medians.
`decode` times `generate` with the same prompt and the same number of new tokens (stop tokens
off) and adds the floor: the bytes one decode step must read (every weight, the tied
embedding included since the logits need all of it, plus the KV cache) over the best streaming
bandwidth measured here (large float32 matrix-vector products, XLA's and torch's). `prefill`
times the first token of a long prompt (`max_new_tokens=1`). Subcommands register in
`COMMANDS`: add yours there.

    python -m gemma3.bench grpo-step [--group-size 4 8] [--prompts 16 8] [--repeats 3]

`grpo-step` times the two halves of a GRPO step of the real 270M on integer square-root
prompts, each with the group's prompt shared against repeating it G times, alternating: the
rollouts (`generate(samples_per_prompt=G)`: one prefill per prompt, against G prefills) and
the update (log-probs, gradients, Adam; `GRPOConfig.share_prompt`: one row per group, against
one row per rollout).

    python -m gemma3.bench chat [--turns 5] [--history-tokens 2000] [--repeats 5]

`chat` builds a conversation of `--turns` turns (user excerpts of varied text, greedy replies,
each appended to the cache) and times the first token of the next turn two ways, alternating:
appending the turn to the cache (`generate(..., cache=)`) against re-reading the whole
conversation (a fresh prefill); the speed-up is printed last.

    python -m gemma3.bench int8 [--seq 512] [--new-tokens 32] [--json per_sequence.json]

`int8` compares `gemma3.quantize(params)` with the float32 model over a varied corpus (top-1
agreement and mean KL of the next-token distributions, with and without the embedding
quantized, and with the projections' roundings calibrated on other text by GPTQ,
`gemma3.int8_calibrated`), greedy continuations with an int8 KV cache against a float32 one, and CPU decode
speed of int8 against float32 weights in the same run.

    python -m gemma3.bench sft-lora [--batch 4] [--seq 128] [--rank 16] [--repeats 5] [--remat on|off]

`sft-lora` times one LoRA SFT step (`gemma3.training.sft.make_train_step`, float32, remat, AdamW) of the
real 270M with the adapters as a side path (`x @ W + (x @ A) @ B * alpha / r`, the default)
against the reference form that merges `W + A @ B` into every layer (`LoRAConfig(side_path=False)`,
this package's step before), both jitted, alternating, on the same batch; google-tunix's LoRA
step joins when it is installed (it is not a dependency).
"""

from __future__ import annotations

import argparse
from collections.abc import Callable

from gemma3.bench.int8_quality import int8, int8_arguments
from gemma3.bench.sft_lora import sft_lora, sft_lora_arguments
from gemma3.bench.speed import (
    chat,
    chat_arguments,
    decode,
    decode_arguments,
    grpo_step,
    grpo_step_arguments,
    prefill,
    prefill_arguments,
)

__all__ = ["COMMANDS", "main"]  # the texts and comparisons: gemma3.bench.corpus

# name -> (run(args), add_arguments(parser))
COMMANDS: dict[str, tuple[Callable, Callable]] = {
    "decode": (decode, decode_arguments),
    "prefill": (prefill, prefill_arguments),
    "grpo-step": (grpo_step, grpo_step_arguments),
    "chat": (chat, chat_arguments),
    "int8": (int8, int8_arguments),
    "sft-lora": (sft_lora, sft_lora_arguments),
}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m gemma3.bench", description=__doc__.split("\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    for name, (_, add_arguments) in COMMANDS.items():
        add_arguments(commands.add_parser(name))
    args = parser.parse_args(argv)
    COMMANDS[args.command][0](args)
    return 0
