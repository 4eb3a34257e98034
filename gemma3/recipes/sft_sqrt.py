"""The SFT recipe that teaches Gemma 3 to answer integer-square-root questions as `<answer>K</answer>`.

Notebook 04 runs it step by step; this module runs it whole and saves the weights in a form
`gemma3.load` (and so the GRPO demo) starts from:

    python -m gemma3.recipes.sft_sqrt --out sft_270m                 # full fine-tune of the embedded 270M
    python -m gemma3.recipes.sft_sqrt --out sft_270m --lora-rank 8   # LoRA, merged before saving
    python -m gemma3.recipes.grpo_demo --weights sft_270m

The data are `gemma3.recipes.sqrt_task` training numbers (never a held-out one), the question text
`sqrt_task.question(n)` and the answer `sqrt_task.target_answer(n)`, in the Gemma chat format
with the loss on the answer and its `<end_of_turn>` only (`gemma3.training.sft_data`).
"""

from __future__ import annotations

import argparse
import dataclasses
import pathlib
import random
import time

import jax
import jax.numpy as jnp

from gemma3.config import Config
from gemma3.params import Params
from gemma3.recipes import sqrt_task
from gemma3.training import lora as lora_lib
from gemma3.training import sft, sft_data


@dataclasses.dataclass(frozen=True)
class Recipe:
    """The knobs of the run; the defaults fit the 270M on a CPU in a few minutes."""

    steps: int = 30
    batch_size: int = 8  # examples per step
    digits: tuple[int, int] = (1, 4)  # digits of N in the training questions
    learning_rate: float = 5e-5  # full fine-tune; LoRA wants ~20x more
    warmup_steps: int = 3
    lora_rank: int = 0  # 0: full fine-tune
    seed: int = 0

    @property
    def lora(self) -> lora_lib.LoRAConfig | None:
        return lora_lib.LoRAConfig(rank=self.lora_rank, alpha=2.0 * self.lora_rank) if self.lora_rank else None


def batches(tokenizer, recipe: Recipe):
    """One batch per step from fresh training numbers (seeded), two examples packed per row.

    The shape is the same every step (rows of twice the longest possible example), so the
    step compiles once.
    """

    seq_len = 2 * len(_longest_example(tokenizer, recipe).tokens)
    rng = random.Random(recipe.seed)
    for _ in range(recipe.steps):
        numbers = sqrt_task.sample_numbers(rng, recipe.batch_size, recipe.digits, "train")
        yield sft_data.pack(
            [_example(tokenizer, n) for n in numbers], seq_len=seq_len, rows=(recipe.batch_size + 1) // 2
        )


def max_targets(tokenizer, recipe: Recipe) -> int:
    """The most target tokens a batch can hold: `batch_size` times the longest answer's (the step computes
    logits for that many positions only; `sft.fit` stops with a clear error if a batch ever has more)."""
    return recipe.batch_size * int(sum(_longest_example(tokenizer, recipe).loss_mask))


def _example(tokenizer, n: int) -> sft_data.Example:
    return sft_data.chat_example(tokenizer, sqrt_task.question(n), sqrt_task.target_answer(n))


def _longest_example(tokenizer, recipe: Recipe) -> sft_data.Example:
    """The largest N's example: digits are one token each, so its question and its answer are the longest."""
    return _example(tokenizer, 10 ** recipe.digits[1] - 1)


def finetune(params: Params, config: Config, tokenizer, recipe: Recipe = Recipe(), *, on_step=None):
    """Run the recipe. Returns `(params, history)`: LoRA adapters merged; `params` is donated
    for a full fine-tune (use the returned ones)."""
    optimizer = sft.adamw(sft.cosine_schedule(recipe.learning_rate, recipe.steps, recipe.warmup_steps))
    trainer = sft.make_train_step(config, optimizer, lora=recipe.lora, max_targets=max_targets(tokenizer, recipe))
    if recipe.lora is None:
        trainable, frozen = params, None
    else:
        trainable, frozen = lora_lib.init_adapters(config, recipe.lora, jax.random.key(recipe.seed)), params
    state, history = sft.fit(trainer, trainer.init(trainable), frozen, batches(tokenizer, recipe), on_step=on_step)
    if recipe.lora is None:
        return state.params, history
    return lora_lib.merge(params, state.params, recipe.lora), history


def evaluate(params: Params, config: Config, tokenizer, numbers, *, max_new_tokens: int = 16) -> dict:
    """Greedy completions for `numbers`: accuracy, share well formatted, and the texts."""
    from gemma3.sampling import generate

    prompts = [sft_data.prompt_tokens(tokenizer, sqrt_task.question(n)) for n in numbers]
    texts = [tokenizer.decode(c) for c in generate(params, config, prompts, max_new_tokens)]
    scores = [sqrt_task.score(t, n) for t, n in zip(texts, numbers, strict=True)]
    return {
        "accuracy": sum(s.correct for s in scores) / len(scores),
        "formatted": sum(s.formatted for s in scores) / len(scores),
        "texts": texts,
    }


def main(argv=None) -> dict:
    """Fine-tune, report held-out accuracy before and after, export to `--out`."""
    from gemma3.checkpoints.loading import load
    from gemma3.checkpoints.tokenizer import load_tokenizer
    from gemma3.checkpoints.train_checkpoint import export_hf
    from gemma3.resolve import resolve_checkpoint

    parser = argparse.ArgumentParser(prog="python -m gemma3.recipes.sft_sqrt", description=main.__doc__)
    parser.add_argument("--out", required=True, help="folder for the Hugging Face safetensors checkpoint")
    parser.add_argument("--checkpoint", default=None, help="base checkpoint (default: the embedded 270M)")
    parser.add_argument("--steps", type=int, default=Recipe.steps)
    parser.add_argument("--batch-size", type=int, default=Recipe.batch_size)
    parser.add_argument("--lr", type=float, default=None, help="default 5e-5 (full) or 1e-3 (LoRA)")
    parser.add_argument("--lora-rank", type=int, default=0)
    parser.add_argument("--digits", type=int, nargs=2, default=Recipe.digits)
    parser.add_argument("--held-out", type=int, default=64, help="held-out numbers for the accuracy")
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)

    lr = args.lr or (1e-3 if args.lora_rank else Recipe.learning_rate)
    recipe = Recipe(steps=args.steps, batch_size=args.batch_size, digits=tuple(args.digits), learning_rate=lr,
                    lora_rank=args.lora_rank, seed=args.seed)  # fmt: skip
    path = resolve_checkpoint(args.checkpoint)
    tokenizer = load_tokenizer(path)
    config, params = load(path, dtype=jnp.float32, progress=False)
    held_out = sqrt_task.sample_numbers(args.seed + 1, args.held_out, recipe.digits, "held_out")
    before = evaluate(params, config, tokenizer, held_out)
    print(f"held-out before: accuracy {before['accuracy']:.3f}, formatted {before['formatted']:.3f}")
    start = time.perf_counter()

    def log(step, metrics):
        print(f"step {step:3d}  loss {metrics['loss']:.4f}  ({time.perf_counter() - start:.0f}s)", flush=True)

    params, history = finetune(params, config, tokenizer, recipe, on_step=log)
    after = evaluate(params, config, tokenizer, held_out)
    print(f"held-out after:  accuracy {after['accuracy']:.3f}, formatted {after['formatted']:.3f}")
    out = export_hf(params, config, pathlib.Path(args.out), dtype=jnp.float32)
    print(f"saved to {out}: gemma3.load({str(out)!r}) or python -m gemma3.recipes.grpo_demo --weights {out}")
    return {"before": before, "after": after, "history": history, "path": str(out)}


if __name__ == "__main__":
    main()
