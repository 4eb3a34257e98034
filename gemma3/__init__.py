"""Gemma 3 in pure JAX: from the first matmul to reinforcement learning, CPU to TPU pod.

The public names below are imported lazily, so `import gemma3` stays fast and a module's
optional heavy dependencies load only when you use it.
"""

from __future__ import annotations

import importlib

_EXPORTS = {
    # config and parameters
    "Config": "gemma3.config",
    "SIZES": "gemma3.config",
    "get_config": "gemma3.config",
    "VisionConfig": "gemma3.config",
    "Params": "gemma3.params",
    "Layer": "gemma3.params",
    "abstract_params": "gemma3.params",
    "init_params": "gemma3.params",
    "logical_axes": "gemma3.params",
    "param_count": "gemma3.params",
    # the forward pass
    "forward": "gemma3.model",
    # checkpoints and tokenizer
    "load": "gemma3.loading",
    "default_checkpoint": "gemma3.embedded",
    "resolve_checkpoint": "gemma3.resolve",
    "default_dtype": "gemma3.resolve",
    "setup": "gemma3.resolve",
    "Model": "gemma3.resolve",
    "load_tokenizer": "gemma3.tokenizer",
    "Tokenizer": "gemma3.tokenizer",
    # KV-cache inference and sampling
    "init_cache": "gemma3.kv_cache",
    "cache_bytes": "gemma3.kv_cache",
    "prefill": "gemma3.kv_cache",
    "decode_step": "gemma3.kv_cache",
    "Cache": "gemma3.kv_cache",
    "unstack_layers": "gemma3.kv_cache",
    "generate": "gemma3.sampling",
    "sample_logits": "gemma3.sampling",
    "generate_stream": "gemma3.sampling",
    "extend": "gemma3.chunked_prefill",
    "quantize": "gemma3.int8",
    # Pallas flash attention
    "flash_attention": "gemma3.flash",
    # training
    "make_train_step": "gemma3.sft",
    # scale
    "make_mesh": "gemma3.mesh",
    "auto_mesh": "gemma3.mesh",
    "init_distributed": "gemma3.mesh",
    "is_main_process": "gemma3.mesh",
    "profile": "gemma3.profiling",
}

# submodules reachable as attributes (`gemma3.sft.loss`) without an explicit import
_SUBMODULES = (
    "sft", "sft_data", "lora", "train_checkpoint", "grpo", "sqrt_task", "sharding", "mesh", "notebook_27b", "aot",
    "bench", "vision", "images",
)  # fmt: skip

__all__ = sorted(_EXPORTS)


def __getattr__(name: str):
    if name in _EXPORTS:
        value = getattr(importlib.import_module(_EXPORTS[name]), name)
        globals()[name] = value
        return value
    if name in _SUBMODULES:
        return importlib.import_module(f"gemma3.{name}")
    raise AttributeError(f"module 'gemma3' has no attribute {name!r}")


def __dir__():
    return sorted(set(globals()) | set(_EXPORTS))
