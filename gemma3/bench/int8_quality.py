"""`python -m gemma3.bench int8`: int8 weights and cache against float32 (quality, bytes, CPU speed)."""

from __future__ import annotations

import argparse
import time

import jax
import jax.numpy as jnp

from gemma3.bench.common import TEXT, alternate, machine
from gemma3.bench.corpus import calibration_windows, compare_many, varied_texts


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
    print(f"machine: {machine()}")
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

    float_s, int8_s = alternate(run_float, run_int8, args.repeats)
    tokens = args.batch * args.new_tokens
    print(f"\nCPU decode, batch {args.batch}, {args.new_tokens} new tokens, medians of {args.repeats} alternating "
          f"runs: float32 {tokens / float_s:.1f} tok/s, int8 weights {tokens / int8_s:.1f} tok/s "
          f"({float_s / int8_s:.2f}x; XLA:CPU converts the int8 weights to float32 before each dot)")  # fmt: skip
    if args.json:
        import json

        with open(args.json, "w") as out:
            json.dump(per_sequence, out, indent=1)


def int8_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--seq", type=int, default=512, help="tokens per sequence of the corpus")
    parser.add_argument("--new-tokens", type=int, default=32)
    parser.add_argument("--batch", type=int, default=1, help="decode speed: batch")
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--json", help="write the per-sequence agreement and KL here")
