"""`python -m gemma3.bench sft-lora`: the LoRA step with adapters as a side path against the merged form."""

from __future__ import annotations

import argparse

import jax
import jax.numpy as jnp
import numpy as np

from gemma3.bench.common import alternate, load_average, machine


def sft_lora(args) -> None:
    import dataclasses
    import os

    import gemma3
    from gemma3.training import lora, sft
    from gemma3.training.sft_data import Batch

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
        trainer = sft.make_train_step(config, optimizer, lora=lcfg, remat=args.remat == "on")
        state = {"state": trainer.init(jax.tree.map(jnp.copy, adapters))}

        def run(trainer=trainer, state=state, name=name):
            state["state"], metrics = trainer.step(state["state"], params, batch)
            first_loss.setdefault(name, float(metrics["loss"]))
            return jax.block_until_ready(metrics["loss"])

        steps[name] = run
    load_before = os.getloadavg()
    side_s, merged_s = alternate(steps["side path"], steps["merged"], args.repeats)
    load_after = os.getloadavg()
    print(f"\n## sft-lora: one LoRA SFT step, real 270M, float32, batch {args.batch} x {args.seq}, rank {args.rank}, "
          f"all 7 projections, AdamW, remat {args.remat} (both steps)")  # fmt: skip
    print(f"machine: {machine()}; medians of {args.repeats} alternating runs after one warm-up each")
    print(f"load average (1, 5, 15 min): before {load_average(load_before)}, after {load_average(load_after)}")
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


def sft_lora_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--batch", type=int, default=4)
    parser.add_argument("--seq", type=int, default=128)
    parser.add_argument("--rank", type=int, default=16)
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument(
        "--remat", choices=("on", "off"), default="on", help="recompute each block in the backward (both steps)"
    )
