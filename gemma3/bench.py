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

    python -m gemma3.bench sft-lora [--batch 4] [--seq 128] [--rank 16] [--repeats 5]

`sft-lora` times one LoRA SFT step (`gemma3.sft.make_train_step`, float32, remat, AdamW) of the
real 270M with the adapters as a side path (`x @ W + (x @ A) @ B * alpha / r`, the default)
against the reference form that merges `W + A @ B` into every layer (`LoRAConfig(side_path=False)`,
this package's step before), both jitted, alternating, on the same batch; google-tunix's LoRA
step joins when it is installed (it is not a dependency).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Callable

import jax
import jax.numpy as jnp
import numpy as np

TEXT = "The history of the Roman Empire spans many centuries, and historians have long debated"


def _models():
    import torch
    from transformers import AutoModelForCausalLM

    import gemma3
    from gemma3.kv_cache import unstack_layers

    path = gemma3.default_checkpoint()
    config, params = gemma3.load(path, dtype=jnp.float32, progress=False)
    params = unstack_layers(params) if jax.default_backend() == "cpu" else params
    theirs = AutoModelForCausalLM.from_pretrained(path.parent, gguf_file=path.name, dtype=torch.float32).eval()
    return config, params, theirs, gemma3.load_tokenizer(path)


def _alternate(ours: Callable[[], object], theirs: Callable[[], object], repeats: int) -> tuple[float, float]:
    """Median seconds of each, run alternately after one warm-up each."""
    ours(), theirs()
    times = {ours: [], theirs: []}
    for _ in range(repeats):
        for fn in (ours, theirs):
            start = time.perf_counter()
            fn()
            times[fn].append(time.perf_counter() - start)
    return statistics.median(times[ours]), statistics.median(times[theirs])


def _hf_generate(model, prompts: list[list[int]], new_tokens: int):
    import torch

    ids = torch.tensor(prompts)
    with torch.no_grad():
        out = model.generate(ids, max_new_tokens=new_tokens, min_new_tokens=new_tokens, do_sample=False)
    assert out.shape[1] == ids.shape[1] + new_tokens
    return out


def stream_bandwidth(embed: jax.Array, repeats: int = 10) -> dict[str, float]:
    """Bytes per second of large float32 matrix-vector products: XLA's (jitted) and torch's."""
    import torch

    table = jnp.asarray(embed, jnp.float32)
    x = jnp.ones((table.shape[1],), jnp.float32)
    matvec = jax.jit(lambda t, x: t @ x)
    t_table, t_x = torch.from_numpy(np.array(table)), torch.ones(table.shape[1])
    probes = {"xla": lambda: matvec(table, x).block_until_ready(), "torch": lambda: torch.mv(t_table, t_x)}
    result = {}
    for name, probe in probes.items():
        probe()
        times = []
        for _ in range(repeats):
            start = time.perf_counter()
            probe()
            times.append(time.perf_counter() - start)
        result[name] = table.nbytes / min(times)
    return result


def decode(args) -> None:
    from gemma3.kv_cache import cache_bytes
    from gemma3.sampling import generate

    config, params, theirs, tokenizer = _models()
    prompt = tokenizer.encode(TEXT)
    bandwidth = stream_bandwidth(params.embed)
    best = max(bandwidth.values())
    weights = sum(x.nbytes for x in jax.tree.leaves(params))
    rows = []
    for batch in args.batch:
        prompts = [prompt] * batch

        def ours(prompts=prompts):
            return generate(params, config, prompts, args.new_tokens, stop_tokens=())

        def hf(prompts=prompts):
            return _hf_generate(theirs, prompts, args.new_tokens)

        mine, other = _alternate(ours, hf, args.repeats)
        step_bytes = weights + cache_bytes(config, batch, len(prompt) + args.new_tokens, jnp.float32)
        floor = best / step_bytes * batch  # tokens/s if every step only streamed its bytes once
        rows.append((batch, batch * args.new_tokens / mine, batch * args.new_tokens / other, floor))
    print(f"\n## decode: real 270M, float32, prompt {len(prompt)} tokens, {args.new_tokens} new tokens")
    print(f"machine: {_machine()}; medians of {args.repeats} alternating runs")
    print(
        f"streaming bandwidth: XLA matvec {bandwidth['xla'] / 1e9:.1f} GB/s, torch {bandwidth['torch'] / 1e9:.1f} GB/s"
    )
    print(f"bytes per decode step: {weights / 1e9:.2f} GB of weights + the cache\n")
    print("| batch | ours tok/s | transformers tok/s | ours / transformers | floor tok/s | ours / floor |")
    print("|---|---|---|---|---|---|")
    for batch, mine, other, floor in rows:
        print(f"| {batch} | {mine:.1f} | {other:.1f} | {mine / other:.2f}x | {floor:.1f} | {mine / floor:.0%} |")


def prefill(args) -> None:
    from gemma3.sampling import generate

    config, params, theirs, tokenizer = _models()
    prompt = (tokenizer.encode(TEXT) * (args.prompt_tokens // 8 + 1))[: args.prompt_tokens]
    rows = []
    for batch in args.batch:
        prompts = [prompt] * batch

        def ours(prompts=prompts):
            return generate(params, config, prompts, 1, stop_tokens=())

        def hf(prompts=prompts):
            return _hf_generate(theirs, prompts, 1)

        rows.append((batch, *_alternate(ours, hf, args.repeats)))
    print(f"\n## prefill: time to first token, real 270M, float32, prompt {len(prompt)} tokens")
    print(f"machine: {_machine()}; medians of {args.repeats} alternating runs\n")
    print("| batch | ours ms | transformers ms | transformers / ours | ours prompt tok/s |")
    print("|---|---|---|---|---|")
    for batch, mine, other in rows:
        speed = batch * len(prompt) / mine
        print(f"| {batch} | {mine * 1e3:.0f} | {other * 1e3:.0f} | {other / mine:.2f}x | {speed:.0f} |")


def grpo_step(args) -> None:
    import dataclasses

    import optax

    import gemma3
    from gemma3 import grpo, sqrt_task
    from gemma3.sampling import generate

    path = gemma3.default_checkpoint()
    config, params = gemma3.load(path, dtype=jnp.float32, progress=False)
    tokenizer = gemma3.load_tokenizer(path)
    optimizer = optax.adam(1e-6)
    print(f"\n## grpo-step: rollouts and update of a GRPO step, real 270M (float32), integer square roots, "
          f"{args.new_tokens} new tokens")  # fmt: skip
    print(f"machine: {_machine()}; medians of {args.repeats} alternating runs\n")
    print("| group size x prompts | rollouts | phase | prompt repeated s | prompt shared s | speed-up |")
    print("|---|---|---|---|---|---|")
    for group_size, prompts_per_step in zip(args.group_size, args.prompts, strict=True):
        numbers = sqrt_task.sample_numbers(0, prompts_per_step, (2, 3))
        unique = [tokenizer.encode(sqrt_task.chat_prompt(n)) for n in numbers]
        prompts = [p for p in unique for _ in range(group_size)]

        kwargs = dict(temperature=1.0, seed=0, stop_tokens=())  # every row samples all new tokens

        def repeated(prompts=prompts, kwargs=kwargs):
            return generate(params, config, prompts, args.new_tokens, **kwargs)

        def shared(unique=unique, group_size=group_size, kwargs=kwargs):
            return generate(params, config, unique, args.new_tokens, samples_per_prompt=group_size, **kwargs)

        repeated_s, shared_s = _alternate(repeated, shared, args.repeats)
        print(f"| {group_size} x {prompts_per_step} | {len(prompts)} | rollouts | {repeated_s:.2f} | {shared_s:.2f} | "
              f"{repeated_s / shared_s:.2f}x |")  # fmt: skip
        completions = [tokenizer.encode(f"<answer>{n % 32}</answer>", add_bos=False) for n in range(len(prompts))]
        advantages = np.tile(np.linspace(-1, 1, group_size), prompts_per_step)
        plain = grpo.GRPOConfig(group_size=group_size, prompts_per_step=prompts_per_step,
                                max_new_tokens=args.new_tokens, beta=0.0)  # fmt: skip
        steps = {}
        for name, settings in (("plain", plain), ("shared", dataclasses.replace(plain, share_prompt=True))):
            batch = grpo.collate(prompts, completions, advantages, settings, stop_token=grpo.END_OF_TURN)
            step = grpo.make_grpo_step(config, optimizer, settings).step
            state = {"params": jax.tree.map(jnp.copy, params)}
            state["opt"] = optimizer.init(state["params"])

            def run(step=step, batch=batch, state=state):
                state["params"], state["opt"], metrics = step(state["params"], state["opt"], None, batch)
                return jax.block_until_ready(metrics["loss"])

            steps[name] = run
        plain_s, shared_s = _alternate(steps["plain"], steps["shared"], args.repeats)
        print(f"| {group_size} x {prompts_per_step} | {len(prompts)} | update | {plain_s:.2f} | {shared_s:.2f} | "
              f"{plain_s / shared_s:.2f}x |")  # fmt: skip


def sft_lora(args) -> None:
    import dataclasses
    import os

    import gemma3
    from gemma3 import lora, sft
    from gemma3.sft_data import Batch

    config, params = gemma3.load(gemma3.default_checkpoint(), dtype=jnp.float32, progress=False)
    rng = np.random.default_rng(0)
    tokens = rng.integers(3, config.vocab_size, (args.batch, args.seq)).astype(np.int32)
    tokens[:, 0] = 2  # <bos>
    ones = np.ones_like(tokens)
    batch = Batch(tokens, ones, ones, np.broadcast_to(np.arange(args.seq, dtype=np.int32), tokens.shape).copy())
    side = lora.LoRAConfig(rank=args.rank, alpha=2.0 * args.rank)
    adapters = lora.init_adapters(config, side, jax.random.key(0))
    optimizer = sft.adamw(1e-4)
    steps, first_loss = {}, {}
    for name, lcfg in (("side path", side), ("merged", dataclasses.replace(side, side_path=False))):
        trainer = sft.make_train_step(config, optimizer, lora=lcfg)
        state = {"state": trainer.init(jax.tree.map(jnp.copy, adapters))}

        def run(trainer=trainer, state=state, name=name):
            state["state"], metrics = trainer.step(state["state"], params, batch)
            first_loss.setdefault(name, float(metrics["loss"]))
            return jax.block_until_ready(metrics["loss"])

        steps[name] = run
    load_before = os.getloadavg()
    side_s, merged_s = _alternate(steps["side path"], steps["merged"], args.repeats)
    load_after = os.getloadavg()
    print(f"\n## sft-lora: one LoRA SFT step, real 270M, float32, batch {args.batch} x {args.seq}, rank {args.rank}, "
          "all 7 projections, AdamW, remat")  # fmt: skip
    print(f"machine: {_machine()}; medians of {args.repeats} alternating runs after one warm-up each")
    print(f"load average (1, 5, 15 min): before {_load(load_before)}, after {_load(load_after)}")
    print(f"first-step loss: side path {first_loss['side path']:.6f}, merged {first_loss['merged']:.6f}")
    from importlib import metadata

    try:
        print(f"google-tunix {metadata.version('google-tunix')} is installed; this bench does not drive it")
    except metadata.PackageNotFoundError:
        print("google-tunix: not installed, not measured")
    print("\n| step | s / step | tokens / s |\n|---|---|---|")
    for name, seconds in (("merged W + A @ B (before)", merged_s), ("side path (now)", side_s)):
        print(f"| {name} | {seconds:.3f} | {args.batch * args.seq / seconds:,.0f} |")
    print(f"\nside path / merged speed-up: {merged_s / side_s:.2f}x")


def _load(averages: tuple[float, float, float]) -> str:
    return ", ".join(f"{x:.1f}" for x in averages)


def _machine() -> str:
    import os
    import pathlib

    cpuinfo = pathlib.Path("/proc/cpuinfo")
    names = [
        line.split(":", 1)[1].strip() for line in cpuinfo.read_text().splitlines() if line.startswith("model name")
    ]
    cpu = names[0] if names else "unknown CPU"
    return f"{cpu}, {os.cpu_count()} cores, JAX {jax.__version__} ({jax.default_backend()})"


def _decode_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--batch", type=int, nargs="+", default=[1, 8])
    parser.add_argument("--new-tokens", type=int, default=64)
    parser.add_argument("--repeats", type=int, default=3)


def _prefill_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--batch", type=int, nargs="+", default=[1])
    parser.add_argument("--prompt-tokens", type=int, default=512)
    parser.add_argument("--repeats", type=int, default=3)


def _grpo_step_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--group-size", type=int, nargs="+", default=[4, 8])
    parser.add_argument("--prompts", type=int, nargs="+", default=[16, 8], help="prompts per step, one per group size")
    parser.add_argument("--new-tokens", type=int, default=12)
    parser.add_argument("--repeats", type=int, default=3)


def _sft_lora_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--batch", type=int, default=4)
    parser.add_argument("--seq", type=int, default=128)
    parser.add_argument("--rank", type=int, default=16)
    parser.add_argument("--repeats", type=int, default=5)


# name -> (run(args), add_arguments(parser))
COMMANDS: dict[str, tuple[Callable, Callable]] = {
    "decode": (decode, _decode_arguments),
    "prefill": (prefill, _prefill_arguments),
    "grpo-step": (grpo_step, _grpo_step_arguments),
    "sft-lora": (sft_lora, _sft_lora_arguments),
}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m gemma3.bench", description=__doc__.split("\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    for name, (_, add_arguments) in COMMANDS.items():
        add_arguments(commands.add_parser(name))
    args = parser.parse_args(argv)
    COMMANDS[args.command][0](args)
    return 0


if __name__ == "__main__":
    sys.exit(main())
