"""What the benchmarks share: the two models side by side, alternating timed runs, the machine's description."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable

import jax
import jax.numpy as jnp

TEXT = "The history of the Roman Empire spans many centuries, and historians have long debated"


def models():
    import torch
    from transformers import AutoModelForCausalLM

    import gemma3
    from gemma3.kv_cache import unstack_layers

    path = gemma3.default_checkpoint()
    config, params = gemma3.load(path, dtype=jnp.float32, progress=False)
    params = unstack_layers(params) if jax.default_backend() == "cpu" else params
    theirs = AutoModelForCausalLM.from_pretrained(path.parent, gguf_file=path.name, dtype=torch.float32).eval()
    return config, params, theirs, gemma3.load_tokenizer(path)


def alternate(ours: Callable[[], object], theirs: Callable[[], object], repeats: int) -> tuple[float, float]:
    """Median seconds of each, run alternately after one warm-up each."""
    ours(), theirs()
    times = {ours: [], theirs: []}
    for _ in range(repeats):
        for fn in (ours, theirs):
            start = time.perf_counter()
            fn()
            times[fn].append(time.perf_counter() - start)
    return statistics.median(times[ours]), statistics.median(times[theirs])


def hf_generate(model, prompts: list[list[int]], new_tokens: int):
    import torch

    ids = torch.tensor(prompts)
    with torch.no_grad():
        out = model.generate(ids, max_new_tokens=new_tokens, min_new_tokens=new_tokens, do_sample=False)
    assert out.shape[1] == ids.shape[1] + new_tokens
    return out


def load_average(averages: tuple[float, float, float]) -> str:
    return ", ".join(f"{x:.1f}" for x in averages)


def machine() -> str:
    import os
    import pathlib

    cpuinfo = pathlib.Path("/proc/cpuinfo")
    names = [
        line.split(":", 1)[1].strip() for line in cpuinfo.read_text().splitlines() if line.startswith("model name")
    ]
    cpu = names[0] if names else "unknown CPU"
    return f"{cpu}, {os.cpu_count()} cores, JAX {jax.__version__} ({jax.default_backend()})"
