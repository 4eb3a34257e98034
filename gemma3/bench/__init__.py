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
import statistics
import sys
import time
from collections.abc import Callable
from typing import TYPE_CHECKING

import jax
import jax.numpy as jnp
import numpy as np

if TYPE_CHECKING:
    from gemma3.params import Params

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
            batch = grpo.collate(prompts, completions, advantages, settings, stop_token=END_OF_TURN_ID)
            grpo_step = grpo.make_grpo_step(config, optimizer, settings)
            state = {"state": grpo_step.init(jax.tree.map(jnp.copy, params))}

            def run(step=grpo_step.step, batch=batch, state=state):
                state["state"], metrics = step(state["state"], None, batch)
                return jax.block_until_ready(metrics["loss"])

            steps[name] = run
        plain_s, shared_s = _alternate(steps["plain"], steps["shared"], args.repeats)
        print(f"| {group_size} x {prompts_per_step} | {len(prompts)} | update | {plain_s:.2f} | {shared_s:.2f} | "
              f"{plain_s / shared_s:.2f}x |")  # fmt: skip


def compare_logits(
    config, reference: Params, candidate: Params, sequences: list[list[int]]
) -> list[dict[str, float]]:
    """Next-token distributions of `candidate` against `reference` at every position of each sequence:
    per sequence the top-1 agreement, the mean KL(reference || candidate) in nats, and the token count."""
    return compare_many(config, reference, {"candidate": candidate}, sequences)["candidate"]


def compare_many(
    config, reference: Params, candidates: dict[str, Params], sequences: list[list[int]]
) -> dict[str, list[dict[str, float]]]:
    """`compare_logits` for each of `candidates`, the reference's logits computed once per sequence.

    Every sequence is right-padded to the longest one, so each model compiles once whatever the
    lengths (the forward is causal: padding after a position does not change its logits); the
    statistics count each sequence's own positions only.
    """
    from gemma3.model import forward

    run = jax.jit(forward, static_argnames="config")
    width = max(map(len, sequences))
    rows = {name: [] for name in candidates}
    for tokens in sequences:
        batch = jnp.asarray([list(tokens) + [0] * (width - len(tokens))], jnp.int32)
        want = run(reference, config, batch)[0]
        for name, candidate in candidates.items():
            agree, kl = _agreement_and_kl(want, run(candidate, config, batch)[0], len(tokens))
            rows[name].append(dict(tokens=len(tokens), agreement=float(agree), kl=float(kl)))
    return rows


@jax.jit
def _agreement_and_kl(want_TV: jax.Array, got_TV: jax.Array, length: jax.Array) -> tuple[jax.Array, jax.Array]:
    """Top-1 agreement and mean KL(want || got) over the first `length` positions (the rest is padding)."""
    log_p, log_q = jax.nn.log_softmax(want_TV), jax.nn.log_softmax(got_TV)
    kl_T = jnp.sum(jnp.exp(log_p) * (log_p - log_q), axis=-1)
    agree_T = jnp.argmax(want_TV, -1) == jnp.argmax(got_TV, -1)
    mask_T = jnp.arange(want_TV.shape[0]) < length
    return jnp.sum(agree_T * mask_T) / length, jnp.sum(kl_T * mask_T) / length


def varied_texts() -> list[str]:
    """Varied text that every Python install carries: stdlib prose (docstrings), code, a license."""
    import argparse as argparse_module
    import collections
    import inspect
    import json
    import pathlib
    import textwrap

    texts = [argparse_module.__doc__, json.__doc__, collections.__doc__, inspect.getsource(textwrap.dedent)]
    texts += [inspect.getsource(collections.Counter.most_common), inspect.getsource(textwrap.TextWrapper)]
    texts += [
        "Grüße aus München! Die Straße ist schön, und der Biergarten am Fluss ist im Sommer immer voll.",
        "La Révolution française a profondément transformé la société, l'État et l'Église en quelques années.",
        "日本語のテキストと中文文本，还有한국어. 東京は日本の首都であり、世界最大の都市圏の一つです。",
        "3.14159 2026 1234567890 0x1F 1e-5 -42 1,000,000; SELECT name, count(*) FROM users GROUP BY name;",
    ]
    license_file = pathlib.Path(inspect.getfile(json)).parents[1] / "LICENSE.txt"
    if license_file.exists():
        texts.append(license_file.read_text()[:12000])
    return [t for t in texts if t and t.strip()]


def calibration_texts() -> list[str]:
    """Text to calibrate int8 rounding on (`gemma3.int8_calibrated`), none of it in `varied_texts`: other stdlib
    docstrings and code, and a line each of Spanish, Russian, Italian, Japanese with Chinese, and Python."""
    import contextlib
    import dataclasses
    import email
    import functools
    import http.client
    import importlib
    import inspect
    import logging
    import pathlib
    import shutil
    import string
    import subprocess
    import unittest

    texts = [logging.__doc__, subprocess.__doc__, unittest.__doc__, email.__doc__, http.client.__doc__]
    texts += [dataclasses.__doc__, inspect.getsource(string.Template), inspect.getsource(functools.lru_cache)]
    texts += [inspect.getsource(shutil.copyfileobj), inspect.getsource(pathlib.PurePath.relative_to)]
    texts += [
        inspect.getsource(functools.partial),
        "El río Guadalquivir atraviesa Sevilla y Córdoba; en verano el calor es intenso y las calles se vacían.",
        "Москва — столица России, крупнейший по численности населения город страны.",
        "Il Rinascimento italiano ha prodotto artisti come Leonardo, Michelangelo e Raffaello.",
        "東京タワーは1958年に完成した電波塔です。北京是中国的首都，有三千多年的历史。",
        "x = [i ** 2 for i in range(10)]; print(sum(x) / len(x), 0.5e-3, 0xFF, 2**31 - 1)",
    ]
    # more of the same kinds (the first 4,096 tokens above are what earlier runs calibrated on): the longer
    # docstrings of other stdlib modules, then the source of a few small ones
    for name in _CALIBRATION_MODULES:
        try:
            module = importlib.import_module(name)
        except ImportError:  # a Python built without it (sqlite3, say)
            continue
        texts.append(module.__doc__ or "")
    for name in ("heapq", "bisect", "fnmatch", "shlex", "sched", "getopt"):
        with contextlib.suppress(ImportError, OSError, TypeError):
            texts.append(inspect.getsource(importlib.import_module(name)))
    return [t for t in texts if t and t.strip()]


_CALIBRATION_MODULES = (
    "re difflib heapq doctest pdb timeit statistics configparser http.cookies hashlib pickle socket csv sqlite3 random "
    "ast pprint cmd tempfile uuid sched copy tokenize getopt urllib.parse http.server typing string fnmatch smtplib "
    "ftplib optparse trace plistlib xml.dom.minidom platform operator locale"
).split()


def calibration_windows(tokenizer, length: int = 512, count: int | None = None) -> list[list[int]]:
    """`calibration_texts` as one token stream cut into windows of `length` (one compile; the rest dropped)."""
    stream = [i for text in calibration_texts() for i in tokenizer.encode(text)]
    windows = [stream[i : i + length] for i in range(0, len(stream) - length + 1, length)]
    return windows[:count]


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
    print(f"machine: {_machine()}; medians of {args.repeats} alternating runs")
    print(f"history: {held} tokens in the cache after {args.turns} turns (replies of up to {args.reply_tokens} "
          f"tokens); turn {args.turns + 1} adds {len(history) - held} tokens; same first token: "
          f"{'yes' if firsts['reuse'] == firsts['re-prefill'] else 'NO'}\n")  # fmt: skip
    print("| path | tokens read | time to first token ms |")
    print("|---|---|---|")
    print(f"| reuse the cache (`generate(..., cache=)`) | {len(history) - held} | {mine * 1e3:.0f} |")
    print(f"| re-prefill the conversation | {len(history)} | {full * 1e3:.0f} |")
    print(f"\nspeed-up: {full / mine:.1f}x")


def int8(args) -> None:
    import gemma3
    from gemma3.int8 import weight_bytes
    from gemma3.int8_calibrated import calibrated_quantize
    from gemma3.kv_cache import cache_bytes, unstack_layers
    from gemma3.sampling import generate

    path = gemma3.default_checkpoint()
    config, params = gemma3.load(path, dtype=jnp.float32, progress=False)
    tokenizer = gemma3.load_tokenizer(path)
    corpus = [tokenizer.encode(text) for text in varied_texts()]
    sequences = [ids[i : i + args.seq] for ids in corpus for i in range(0, len(ids), args.seq) if len(ids) - i > 16]
    variants = {"int8 projections + embedding": gemma3.quantize(params)}
    variants["int8 projections, float embedding"] = gemma3.quantize(params, embed=False)
    calibration = calibration_windows(tokenizer)
    start = time.perf_counter()
    variants["int8 projections calibrated (GPTQ), float embedding"] = calibrated_quantize(params, config, calibration)
    calibrate_s = time.perf_counter() - start
    print("\n## int8: real 270M, int8 weights and KV cache against float32")
    print(f"machine: {_machine()}")
    print(f"corpus: {sum(len(s) for s in sequences)} tokens in {len(sequences)} sequences of <= {args.seq} "
          "(Python's docstrings, code and license; short texts in German, French, Japanese, Chinese)")  # fmt: skip
    print(f"calibration (GPTQ row): {sum(map(len, calibration))} other tokens (`calibration_texts`: other "
          f"docstrings and code, lines in five other languages), {calibrate_s:.0f} s to calibrate\n")  # fmt: skip
    print("| weights | bytes | top-1 agreement | mean KL (nats) | worst sequence agreement |")
    print("|---|---|---|---|---|")
    print(f"| float32 | {weight_bytes(params) / 1e6:.0f} MB | | | |")
    per_sequence = {}
    compared = compare_many(config, params, variants, sequences)
    for name, quantized in variants.items():
        rows = per_sequence[name] = compared[name]
        n = sum(r["tokens"] for r in rows)
        agreement = sum(r["agreement"] * r["tokens"] for r in rows) / n
        kl = sum(r["kl"] * r["tokens"] for r in rows) / n
        worst = min(r["agreement"] for r in rows)
        print(f"| {name} | {weight_bytes(quantized) / 1e6:.0f} MB | {agreement:.2%} | {kl:.4f} | {worst:.1%} |")
    prompts = [tokenizer.encode_chat([{"role": "user", "content": text[:300]}]) for text in varied_texts()]
    stacked = unstack_layers(params) if jax.default_backend() == "cpu" else params
    floats = generate(stacked, config, prompts, args.new_tokens, stop_tokens=())
    int8s = generate(stacked, config, prompts, args.new_tokens, stop_tokens=(), cache_dtype=jnp.int8)
    same = sum(a == b for f, q in zip(floats, int8s, strict=True) for a, b in zip(f, q, strict=True))
    prefix = [next((i for i, (a, b) in enumerate(zip(f, q, strict=True)) if a != b), len(f)) for f, q in
              zip(floats, int8s, strict=True)]  # fmt: skip
    identical = sum(p == args.new_tokens for p in prefix)
    print(f"\nint8 KV cache, greedy, {len(prompts)} chat prompts x {args.new_tokens} new tokens against the float32 "
          f"cache: {same / (len(prompts) * args.new_tokens):.1%} of tokens equal, {identical}"
          f"/{len(prompts)} continuations identical, first difference at token {sorted(prefix)}; cache bytes at "
          f"32k: {cache_bytes(config, 1, 32768, jnp.int8) / 2**20:.0f} MiB int8 vs "
          f"{cache_bytes(config, 1, 32768, jnp.float32) / 2**20:.0f} MiB float32")  # fmt: skip
    quantized = unstack_layers(variants["int8 projections + embedding"]) if jax.default_backend() == "cpu" else None
    prompt = [tokenizer.encode(TEXT)] * args.batch

    def run_float():
        return generate(stacked, config, prompt, args.new_tokens, stop_tokens=())

    def run_int8():
        return generate(quantized, config, prompt, args.new_tokens, stop_tokens=())

    float_s, int8_s = _alternate(run_float, run_int8, args.repeats)
    tokens = args.batch * args.new_tokens
    print(f"\nCPU decode, batch {args.batch}, {args.new_tokens} new tokens, medians of {args.repeats} alternating "
          f"runs: float32 {tokens / float_s:.1f} tok/s, int8 weights {tokens / int8_s:.1f} tok/s "
          f"({float_s / int8_s:.2f}x; XLA:CPU converts the int8 weights to float32 before each dot)")  # fmt: skip
    if args.json:
        import json

        with open(args.json, "w") as out:
            json.dump(per_sequence, out, indent=1)


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
    side_s, merged_s = _alternate(steps["side path"], steps["merged"], args.repeats)
    load_after = os.getloadavg()
    print(f"\n## sft-lora: one LoRA SFT step, real 270M, float32, batch {args.batch} x {args.seq}, rank {args.rank}, "
          f"all 7 projections, AdamW, remat {args.remat} (both steps)")  # fmt: skip
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


def _chat_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--turns", type=int, default=5, help="turns of history before the timed one")
    parser.add_argument("--history-tokens", type=int, default=2000, help="about this many tokens of history")
    parser.add_argument("--reply-tokens", type=int, default=48)
    parser.add_argument("--repeats", type=int, default=5)


def _int8_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--seq", type=int, default=512, help="tokens per sequence of the corpus")
    parser.add_argument("--new-tokens", type=int, default=32)
    parser.add_argument("--batch", type=int, default=1, help="decode speed: batch")
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--json", help="write the per-sequence agreement and KL here")


def _sft_lora_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--batch", type=int, default=4)
    parser.add_argument("--seq", type=int, default=128)
    parser.add_argument("--rank", type=int, default=16)
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument(
        "--remat", choices=("on", "off"), default="on", help="recompute each block in the backward (both steps)"
    )


# name -> (run(args), add_arguments(parser))
COMMANDS: dict[str, tuple[Callable, Callable]] = {
    "decode": (decode, _decode_arguments),
    "prefill": (prefill, _prefill_arguments),
    "grpo-step": (grpo_step, _grpo_step_arguments),
    "chat": (chat, _chat_arguments),
    "int8": (int8, _int8_arguments),
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
