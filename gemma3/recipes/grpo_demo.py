"""The GRPO demo: the SFT-ed Gemma 3 270M on integer square roots, GRPO on a CPU, held-out accuracy before and after.

    python -m gemma3.recipes.grpo_demo --out notebooks/figures

(about 41 minutes on 2 cores). Steps:

1. A quick SFT (`gemma3.recipes.sft_sqrt`'s recipe: 80 steps of 16 on 2-3 digit N, lr 1e-4, about 5
   minutes) teaches the answer format `<answer>K</answer>` and a rough sense of the answer;
   `--weights DIR` starts from saved SFT weights instead (notebook 04, `python -m gemma3.recipes.sft_sqrt`).
2. Held-out accuracy (`sqrt_task`'s hash split: never a training number), two ways: greedy
   (one verdict per prompt) and sampled (`--samples` completions per prompt at the training
   temperature: the quantity GRPO maximizes, and much less noisy).
3. GRPO (`gemma3.training.grpo.train`) on training numbers: `--steps` steps, the learning rate
   cosine-decayed to 0 over them, `--minutes` (30) as a cap; dynamic sampling on (groups whose
   completions all score the same are replaced, see `GRPOConfig.skip_uniform_groups`).
4. Both accuracies again, with the paired tests (McNemar for greedy verdicts; a paired t over
   prompts for the sampled accuracy), a reward curve, a per-N plot of the held-out accuracy and
   a JSON of every number.

The curriculum matters more than any GRPO knob: a group whose G completions all score the
same has zero advantage and teaches nothing. On 1-4 digit N a short SFT gets ~2% right and
nearly every group is all-wrong; on N of 2-3 digits (answers 3..31; the held-out split has 104
of them, all used) the quick SFT gets 63.5% greedy and about 50% sampled; every greedy error is
off by one (its boundaries between K and K + 1 sit a few N off), and about half the groups
disagree. The reward is `sqrt_task.score` unchanged (1 for the right K, 0.1 for the format); no
shaping.

Then throughput decides. GRPO moves each boundary only where it trains near it, so the run
must visit many N: 16 prompts a step, G = 4, and as many steps as 30 minutes allow. Sharing
each group's prompt (one prefill per prompt in the sampler, one row per group in the update:
`GRPOConfig.share_prompt`) halves the cost of a step; about 85 steps then fit, and held-out
accuracy rises well beyond its noise (README, GRPO section; notebooks/figures/grpo_demo*).
"""

from __future__ import annotations

import argparse
import json
import math
import pathlib
import random
import time
from collections.abc import Sequence

import numpy as np
import optax

from gemma3.recipes import sqrt_task
from gemma3.training import grpo
from gemma3.training.grpo import GRPOConfig, PromptSource, RewardFn


def sqrt_prompts(tokenizer, config: GRPOConfig, digits, seed: int = 0) -> PromptSource:
    """Each step, `prompts_per_step` training numbers as chat-prompt ids, with N as the task item."""
    rng = random.Random(seed)

    def prompts(step):
        numbers = sqrt_task.sample_numbers(rng, config.prompts_per_step, digits, "train")
        return [(tokenizer.encode(sqrt_task.chat_prompt(n)), n) for n in numbers]

    return prompts


def sqrt_reward(tokenizer) -> RewardFn:
    """`sqrt_task.score` of the decoded completion: `(reward, correct)`."""

    def reward_fn(n, completion):
        score = sqrt_task.score(tokenizer.decode(completion), n)
        return score.reward, score.correct

    return reward_fn


def held_out_numbers(digits, count: int | None = None, seed: int = 0) -> list[int]:
    """Held-out N with `digits` digits (an int or a (min, max) pair): all of them when `count` is None
    or larger than the split, else `count` of them drawn uniformly (seeded). Sorted."""
    lo, hi = (digits, digits) if isinstance(digits, int) else digits
    if hi > 6:
        raise ValueError(
            f"held_out_numbers enumerates N: use at most 6 digits, got {digits!r} (or sqrt_task.sample_numbers)"
        )
    numbers = [n for n in range(10 ** (lo - 1), 10**hi) if sqrt_task.is_held_out(n)]
    if count is not None and count < len(numbers):
        numbers = random.Random(seed).sample(numbers, count)
    return sorted(numbers)


def evaluate_sqrt(params, config, tokenizer, numbers, *, max_new_tokens=16, batch_size=64, sampler=None):
    """Greedy accuracy on `numbers` and the completions' texts."""
    if sampler is None:
        from gemma3.sampling import generate as sampler
    texts = []
    for i in range(0, len(numbers), batch_size):
        prompts = [tokenizer.encode(sqrt_task.chat_prompt(n)) for n in numbers[i : i + batch_size]]
        texts += [tokenizer.decode(c) for c in sampler(params, config, prompts, max_new_tokens, temperature=0.0)]
    return sqrt_task.accuracy(texts, numbers), texts


def sampled_accuracy(
    params,
    config,
    tokenizer,
    numbers,
    *,
    samples: int,
    temperature: float = 1.0,
    max_new_tokens: int = 16,
    batch_size: int = 128,
    seed: int = 0,
    sampler=None,
) -> np.ndarray:
    """Per prompt, the fraction of `samples` completions at `temperature` that are right: `[len(numbers)]`.

    This is the quantity GRPO maximizes (the policy's expected accuracy when it samples), and
    averaging several samples per prompt makes it far less noisy than one greedy verdict.
    """
    if sampler is None:
        from gemma3.sampling import generate as sampler
    per_call = max(batch_size // samples, 1)  # prompts per sampler call, each prefilled once for its samples
    correct = []
    for i in range(0, len(numbers), per_call):
        chunk = numbers[i : i + per_call]
        prompts = [tokenizer.encode(sqrt_task.chat_prompt(n)) for n in chunk]
        completions = sampler(params, config, prompts, max_new_tokens, temperature=temperature, seed=seed + i,
                              samples_per_prompt=samples)  # fmt: skip
        items = [n for n in chunk for _ in range(samples)]
        correct += [sqrt_task.score(tokenizer.decode(c), n).correct for c, n in zip(completions, items, strict=True)]
    return np.asarray(correct, np.float64).reshape(len(numbers), samples).mean(axis=1)


def compare_sampled(before: Sequence[float], after: Sequence[float]) -> dict:
    """Mean per-prompt sampled accuracy before and after, and the paired t statistic of the change
    (prompts are the unit: the samples of one prompt are not independent of each other)."""
    before, after = np.asarray(before, np.float64), np.asarray(after, np.float64)
    diff = after - before
    se = diff.std(ddof=1) / math.sqrt(len(diff)) if len(diff) > 1 else 0.0
    t = diff.mean() / se if se > 0 else 0.0
    return {
        "sampled_before": float(before.mean()),
        "sampled_after": float(after.mean()),
        "sampled_gain": float(diff.mean()),
        "sampled_gain_stderr": se,
        "sampled_t": t,
        "sampled_p_two_sided": math.erfc(abs(t) / math.sqrt(2)),  # normal approximation (n ~ 100 prompts)
    }


def compare(before: Sequence[bool], after: Sequence[bool]) -> dict:
    """Accuracy before and after on the same n prompts, their binomial standard errors, and the
    paired test: `gained` prompts went wrong -> right, `lost` right -> wrong; McNemar's
    z = (gained - lost) / sqrt(gained + lost) (normal approximation; |z| > 1.96 is p < 0.05)."""
    before, after = np.asarray(before, bool), np.asarray(after, bool)
    n = len(before)
    p0, p1 = before.mean(), after.mean()
    gained, lost = int((~before & after).sum()), int((before & ~after).sum())
    z = (gained - lost) / math.sqrt(gained + lost) if gained + lost else 0.0
    diff_se = math.sqrt(max(gained + lost - (gained - lost) ** 2 / n, 0.0)) / n  # paired SE of p1 - p0
    return {
        "held_out": n,
        "accuracy_before": float(p0),
        "accuracy_after": float(p1),
        "stderr_before": math.sqrt(p0 * (1 - p0) / n),
        "stderr_after": math.sqrt(p1 * (1 - p1) / n),
        "gain": float(p1 - p0),
        "gain_stderr_paired": diff_se,
        "gained": gained,
        "lost": lost,
        "mcnemar_z": z,
        "p_value_two_sided": math.erfc(abs(z) / math.sqrt(2)),
    }


def quick_sft(params, config, tokenizer, *, steps: int, digits, batch_size: int = 8, lr: float = 5e-5, seed: int = 0):
    """`gemma3.recipes.sft_sqrt`'s recipe for `steps` steps: a stand-in for notebook 04's weights (`--weights`)."""
    from gemma3.recipes import sft_sqrt

    recipe = sft_sqrt.Recipe(steps=steps, batch_size=batch_size, digits=tuple(digits), learning_rate=lr,
                             warmup_steps=5, seed=seed)  # fmt: skip
    start = time.perf_counter()
    params, history = sft_sqrt.finetune(params, config, tokenizer, recipe)
    print(f"quick SFT: {steps} steps of {batch_size}, loss {history[0]['loss']:.3f} -> {history[-1]['loss']:.3f} "
          f"({time.perf_counter() - start:.0f}s)", flush=True)  # fmt: skip
    return params


def plot_history(
    history: Sequence[dict],
    path=None,
    keys=("reward", "accuracy", "mixed_groups", "kl"),
    title: str | None = None,
):
    """One small panel per metric against the step (raw, and a running mean); saved to `path`."""
    plt = _pyplot(path)
    fig, axes = plt.subplots(1, len(keys), figsize=(3.2 * len(keys), 2.8))
    steps = [r["step"] for r in history]
    for ax, key in zip(np.atleast_1d(axes), keys, strict=True):
        values = np.array([r.get(key, np.nan) for r in history], np.float64)
        ax.plot(steps, values, alpha=0.4)
        window = min(len(values), 10)
        if window > 1:  # a centered running mean: per-step values swing with the step's prompts
            ax.plot(
                steps[window // 2 : len(values) - (window - 1) // 2],
                np.convolve(values, np.ones(window) / window, "valid"),
            )
        ax.set_title(key)
        ax.set_xlabel("step")
    if title:
        fig.suptitle(title, fontsize=9)
    return _finish(fig, path)


def plot_held_out(numbers: Sequence[int], before: Sequence[float], after: Sequence[float], path=None, title=None):
    """Sampled accuracy of every held-out N before and after, against N (perfect squares marked:
    the boundaries where the answer steps from K to K + 1)."""
    fig, ax = _pyplot(path).subplots(figsize=(12, 3))
    ax.plot(numbers, before, "o-", ms=3, lw=0.8, alpha=0.6, label=f"before (mean {np.mean(before):.3f})")
    ax.plot(numbers, after, "o-", ms=3, lw=0.8, alpha=0.8, label=f"after (mean {np.mean(after):.3f})")
    for k in range(math.isqrt(min(numbers)) + 1, math.isqrt(max(numbers)) + 1):
        ax.axvline(k * k, color="grey", lw=0.4, alpha=0.5)
    ax.set(xlabel="held-out N (grey: perfect squares)", ylabel="p(correct), sampled", ylim=(-0.02, 1.02))
    ax.legend(loc="lower left", fontsize=8)
    if title:
        ax.set_title(title, fontsize=9)
    return _finish(fig, path)


def _pyplot(path):
    """matplotlib's pyplot; headless (Agg) when the figure goes to a file."""
    import matplotlib

    if path is not None:
        matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    return plt


def _finish(fig, path):
    fig.tight_layout()
    if path is not None:
        fig.savefig(path, dpi=100)
    return fig


def summary_line(result: dict) -> str:
    """Held-out accuracy before -> after with standard errors, n, and the paired tests (greedy; sampled if present)."""
    line = (
        f"held-out greedy accuracy {result['accuracy_before']:.3f} ± {result['stderr_before']:.3f} -> "
        f"{result['accuracy_after']:.3f} ± {result['stderr_after']:.3f} (n = {result['held_out']}); "
        f"{result['gained']} gained, {result['lost']} lost, McNemar z = {result['mcnemar_z']:.2f}, "
        f"p = {result['p_value_two_sided']:.2g}"
    )
    if "sampled_before" in result:
        line += (
            f"\nsampled accuracy {result['sampled_before']:.3f} -> {result['sampled_after']:.3f} "
            f"(gain {result['sampled_gain']:+.3f} ± {result['sampled_gain_stderr']:.3f} paired over prompts, "
            f"t = {result['sampled_t']:.2f}, p = {result['sampled_p_two_sided']:.2g})"
        )
    return line


def parse_args(argv=None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m gemma3.recipes.grpo_demo", description=__doc__.split("\n")[0])
    parser.add_argument("--minutes", type=float, default=30.0, help="GRPO time cap (SFT and evaluation not counted)")
    parser.add_argument("--steps", type=int, default=90, help="GRPO steps (the learning rate decays to 0 over them)")
    parser.add_argument("--checkpoint", default=None, help="base checkpoint (default: the embedded 270M)")
    parser.add_argument("--weights", default=None, help="SFT-ed weights to start from (a checkpoint gemma3.load reads)")
    parser.add_argument("--sft-steps", type=int, default=80, help="quick SFT steps when --weights is not given")
    parser.add_argument("--sft-batch", type=int, default=16)
    parser.add_argument("--sft-lr", type=float, default=1e-4)
    parser.add_argument("--digits", type=int, nargs=2, default=(2, 3), help="digits of N: min max (SFT and GRPO)")
    parser.add_argument("--held-out", type=int, default=None, help="held-out prompts (default: all of those digits)")
    parser.add_argument("--group-size", type=int, default=4)
    parser.add_argument("--prompts-per-step", type=int, default=16)
    parser.add_argument("--max-new-tokens", type=int, default=10)
    parser.add_argument("--temperature", type=float, default=1.0)
    parser.add_argument("--lr", type=float, default=6e-6, help="peak Adam learning rate (cosine decay over --steps)")
    parser.add_argument("--constant-lr", action="store_true", help="no decay")
    parser.add_argument(
        "--keep-uniform-groups",
        action="store_true",
        help="also train on groups whose rewards are all equal (off: DAPO's dynamic sampling)",
    )
    parser.add_argument("--samples", type=int, default=32, help="samples per held-out prompt for the sampled accuracy")
    parser.add_argument("--beta", type=float, default=0.04)
    parser.add_argument("--mu", type=int, default=1)
    parser.add_argument(
        "--share-prompt",
        action=argparse.BooleanOptionalAction,
        default=True,
        help="one row per group, its prompt once (GRPOConfig.share_prompt; about 2x faster steps here)",
    )
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--out", default="grpo_demo", help="folder for grpo_demo.json and grpo_demo.png")
    return parser.parse_args(argv)


def demo(argv=None) -> dict:
    """SFT-ed 270M on CPU: held-out accuracy, GRPO for `--minutes`, held-out accuracy again, a reward curve."""
    from gemma3.checkpoints.loading import load
    from gemma3.checkpoints.tokenizer import load_tokenizer
    from gemma3.resolve import default_dtype, resolve_checkpoint

    args = parse_args(argv)
    wall = time.perf_counter()
    path = resolve_checkpoint(args.checkpoint)
    tokenizer = load_tokenizer(path)
    config, params = load(args.weights or path, dtype=default_dtype(), progress=False)
    digits = tuple(args.digits)
    if args.weights is None and args.sft_steps:
        params = quick_sft(params, config, tokenizer, steps=args.sft_steps, digits=digits, batch_size=args.sft_batch,
                           lr=args.sft_lr, seed=args.seed)  # fmt: skip
    held_out = held_out_numbers(digits, args.held_out, args.seed + 1)
    settings = GRPOConfig(group_size=args.group_size, prompts_per_step=args.prompts_per_step,
                          max_new_tokens=args.max_new_tokens, temperature=args.temperature, beta=args.beta,
                          mu=args.mu, skip_uniform_groups=not args.keep_uniform_groups,
                          share_prompt=args.share_prompt)  # fmt: skip

    def verdicts(params):
        start = time.perf_counter()
        accuracy, texts = evaluate_sqrt(params, config, tokenizer, held_out, max_new_tokens=settings.max_new_tokens)
        sampled = sampled_accuracy(params, config, tokenizer, held_out, samples=args.samples,
                                   temperature=settings.temperature, max_new_tokens=settings.max_new_tokens,
                                   seed=args.seed + 7)  # fmt: skip
        print(f"held-out accuracy {accuracy:.3f} greedy, {sampled.mean():.3f} sampled ({args.samples} per prompt) "
              f"on {len(held_out)} prompts ({time.perf_counter() - start:.0f}s); "
              f"e.g. {list(zip(held_out, texts, strict=True))[:4]}", flush=True)  # fmt: skip
        return [sqrt_task.score(t, n).correct for t, n in zip(texts, held_out, strict=True)], texts, sampled

    before, texts_before, sampled_before = verdicts(params)
    lr = args.lr if args.constant_lr else optax.cosine_decay_schedule(args.lr, args.steps)
    params, history = grpo.train(
        params, config, settings, optax.adam(lr), sqrt_prompts(tokenizer, settings, digits, args.seed),
        sqrt_reward(tokenizer), steps=args.steps, minutes=args.minutes, seed=args.seed,
    )  # fmt: skip
    after, texts_after, sampled_after = verdicts(params)
    result = {**compare(before, after), **compare_sampled(sampled_before, sampled_after)}
    print(summary_line(result), flush=True)
    out = pathlib.Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    shown = range(0, len(held_out), max(len(held_out) // 16, 1))
    examples = [{"n": held_out[i], "before": texts_before[i], "after": texts_after[i]} for i in shown]
    per_prompt = {"n": held_out, "greedy_before": before, "greedy_after": after,
                  "sampled_before": sampled_before.tolist(), "sampled_after": sampled_after.tolist()}  # fmt: skip
    summary = {**result, "grpo_steps": len(history), "wall_seconds": time.perf_counter() - wall, "args": vars(args),
               "examples": examples, "history": history, "per_prompt": per_prompt}  # fmt: skip
    (out / "grpo_demo.json").write_text(json.dumps(summary, indent=1))
    plot_history(history, out / "grpo_demo.png", title=summary_line(summary))
    title = f"{len(held_out)} held-out N, {args.samples} samples each at T = {args.temperature}"
    plot_held_out(held_out, sampled_before, sampled_after, out / "grpo_demo_held_out.png", title=title)
    print(f"wrote {out / 'grpo_demo.json'}, {out / 'grpo_demo.png'} and {out / 'grpo_demo_held_out.png'}", flush=True)
    return summary


def main(argv=None):
    demo(argv)


if __name__ == "__main__":
    main()
