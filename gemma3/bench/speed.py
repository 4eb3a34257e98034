"""Speed against transformers in the same run: `decode`, `prefill`, `grpo-step` and `chat` (`gemma3.bench`)."""

from __future__ import annotations

import argparse
import statistics
import time

import jax
import jax.numpy as jnp
import numpy as np

from gemma3.bench.common import TEXT, alternate, hf_generate, machine, models
from gemma3.bench.corpus import varied_texts


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

    config, params, theirs, tokenizer = models()
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
            return hf_generate(theirs, prompts, args.new_tokens)

        mine, other = alternate(ours, hf, args.repeats)
        step_bytes = weights + cache_bytes(config, batch, len(prompt) + args.new_tokens, jnp.float32)
        floor = best / step_bytes * batch  # tokens/s if every step only streamed its bytes once
        rows.append((batch, batch * args.new_tokens / mine, batch * args.new_tokens / other, floor))
    print(f"\n## decode: real 270M, float32, prompt {len(prompt)} tokens, {args.new_tokens} new tokens")
    print(f"machine: {machine()}; medians of {args.repeats} alternating runs")
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

    config, params, theirs, tokenizer = models()
    prompt = (tokenizer.encode(TEXT) * (args.prompt_tokens // 8 + 1))[: args.prompt_tokens]
    rows = []
    for batch in args.batch:
        prompts = [prompt] * batch

        def ours(prompts=prompts):
            return generate(params, config, prompts, 1, stop_tokens=())

        def hf(prompts=prompts):
            return hf_generate(theirs, prompts, 1)

        rows.append((batch, *alternate(ours, hf, args.repeats)))
    print(f"\n## prefill: time to first token, real 270M, float32, prompt {len(prompt)} tokens")
    print(f"machine: {machine()}; medians of {args.repeats} alternating runs\n")
    print("| batch | ours ms | transformers ms | transformers / ours | ours prompt tok/s |")
    print("|---|---|---|---|---|")
    for batch, mine, other in rows:
        speed = batch * len(prompt) / mine
        print(f"| {batch} | {mine * 1e3:.0f} | {other * 1e3:.0f} | {other / mine:.2f}x | {speed:.0f} |")


def grpo_step(args) -> None:
    import dataclasses

    import optax

    import gemma3
    from gemma3.recipes import sqrt_task
    from gemma3.sampling import generate
    from gemma3.special_tokens import END_OF_TURN_ID
    from gemma3.training import grpo

    path = gemma3.default_checkpoint()
    config, params = gemma3.load(path, dtype=jnp.float32, progress=False)
    tokenizer = gemma3.load_tokenizer(path)
    optimizer = optax.adam(1e-6)
    print(f"\n## grpo-step: rollouts and update of a GRPO step, real 270M (float32), integer square roots, "
          f"{args.new_tokens} new tokens")  # fmt: skip
    print(f"machine: {machine()}; medians of {args.repeats} alternating runs\n")
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

        repeated_s, shared_s = alternate(repeated, shared, args.repeats)
        print(f"| {group_size} x {prompts_per_step} | {len(prompts)} | rollouts | {repeated_s:.2f} | {shared_s:.2f} | "
              f"{repeated_s / shared_s:.2f}x |")  # fmt: skip
        completions = [tokenizer.encode(f"<answer>{n % 32}</answer>", add_bos=False) for n in range(len(prompts))]
        advantages = np.tile(np.linspace(-1, 1, group_size), prompts_per_step)
        plain = grpo.GRPOConfig(group_size=group_size, prompts_per_step=prompts_per_step,
                                max_new_tokens=args.new_tokens, beta=0.0)  # fmt: skip
        steps = {}
        for name, settings in (("plain", plain), ("shared", dataclasses.replace(plain, share_prompt=True))):
            batch = grpo.collate(prompts, completions, advantages, settings, stop_token=END_OF_TURN_ID)
            grpo_step = grpo.make_grpo_step(config, optimizer, settings)
            state = {"state": grpo_step.init(jax.tree.map(jnp.copy, params))}

            def run(step=grpo_step.step, batch=batch, state=state):
                state["state"], metrics = step(state["state"], None, batch)
                return jax.block_until_ready(metrics["loss"])

            steps[name] = run
        plain_s, shared_s = alternate(steps["plain"], steps["shared"], args.repeats)
        print(f"| {group_size} x {prompts_per_step} | {len(prompts)} | update | {plain_s:.2f} | {shared_s:.2f} | "
              f"{plain_s / shared_s:.2f}x |")  # fmt: skip


def chat(args) -> None:
    import gemma3
    from gemma3.checkpoints.tokenizer import format_chat
    from gemma3.kv_cache import unstack_layers
    from gemma3.sampling import generate

    path = gemma3.default_checkpoint()
    config, params = gemma3.load(path, dtype=jnp.float32, progress=False)
    params = unstack_layers(params) if jax.default_backend() == "cpu" else params
    tokenizer = gemma3.load_tokenizer(path)
    words = " ".join(varied_texts()).split()
    per_turn = args.history_tokens // args.turns
    messages, history, cache = [], [], None
    for turn in range(args.turns + 1):  # the history's turns, then the timed one
        closed = format_chat(messages, add_generation_prompt=False) if messages else ""
        excerpt = " ".join(words[turn * per_turn // 2 : (turn + 1) * per_turn // 2])  # ~2 tokens per word here
        last = "Thanks! Now sum up our chat in a line."  # the timed turn: short, as most chat turns are
        ask = f"Explain this text briefly:\n{excerpt}" if turn < args.turns else last
        messages.append({"role": "user", "content": ask})
        history += tokenizer.encode(("<end_of_turn>\n" if history else "") + format_chat(messages)[len(closed) :],
                                    add_bos=False)  # fmt: skip
        if turn == args.turns:
            break
        held = int(cache.lengths[0]) if cache is not None else 0
        reply, cache = generate(params, config, [history[held:]], args.reply_tokens, cache=cache, return_cache=True)
        history += reply[0]
        messages.append({"role": "model", "content": tokenizer.decode(reply[0])})
    held = int(cache.lengths[0])
    firsts = {}

    def reuse():
        copy = jax.tree.map(jnp.copy, cache)  # generate donates the cache it continues from
        jax.block_until_ready(copy)
        start = time.perf_counter()
        firsts["reuse"] = generate(params, config, [history[held:]], 1, cache=copy, return_cache=True)[0][0]
        return time.perf_counter() - start

    def reprefill():
        start = time.perf_counter()
        firsts["re-prefill"] = generate(params, config, [history], 1)[0]
        return time.perf_counter() - start

    reuse(), reprefill()  # compile both
    times = {reuse: [], reprefill: []}
    for _ in range(args.repeats):
        for fn in (reuse, reprefill):
            times[fn].append(fn())
    mine, full = statistics.median(times[reuse]), statistics.median(times[reprefill])
    print(f"\n## chat: time to first token of turn {args.turns + 1}, real 270M, float32")
    print(f"machine: {machine()}; medians of {args.repeats} alternating runs")
    print(f"history: {held} tokens in the cache after {args.turns} turns (replies of up to {args.reply_tokens} "
          f"tokens); turn {args.turns + 1} adds {len(history) - held} tokens; same first token: "
          f"{'yes' if firsts['reuse'] == firsts['re-prefill'] else 'NO'}\n")  # fmt: skip
    print("| path | tokens read | time to first token ms |")
    print("|---|---|---|")
    print(f"| reuse the cache (`generate(..., cache=)`) | {len(history) - held} | {mine * 1e3:.0f} |")
    print(f"| re-prefill the conversation | {len(history)} | {full * 1e3:.0f} |")
    print(f"\nspeed-up: {full / mine:.1f}x")


def decode_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--batch", type=int, nargs="+", default=[1, 8])
    parser.add_argument("--new-tokens", type=int, default=64)
    parser.add_argument("--repeats", type=int, default=3)


def prefill_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--batch", type=int, nargs="+", default=[1])
    parser.add_argument("--prompt-tokens", type=int, default=512)
    parser.add_argument("--repeats", type=int, default=3)


def grpo_step_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--group-size", type=int, nargs="+", default=[4, 8])
    parser.add_argument("--prompts", type=int, nargs="+", default=[16, 8], help="prompts per step, one per group size")
    parser.add_argument("--new-tokens", type=int, default=12)
    parser.add_argument("--repeats", type=int, default=3)


def chat_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--turns", type=int, default=5, help="turns of history before the timed one")
    parser.add_argument("--history-tokens", type=int, default=2000, help="about this many tokens of history")
    parser.add_argument("--reply-tokens", type=int, default=48)
    parser.add_argument("--repeats", type=int, default=5)
