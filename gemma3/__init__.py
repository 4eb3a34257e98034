"""Gemma 3 in pure JAX: from the first matmul to reinforcement learning, CPU to TPU pod.

One level of names covers a user's day: set up a model (`setup`, or `load` and `load_tokenizer`),
run it (`forward`, `generate` and its sampling options, the KV cache, `extend`, `quantize`), place
it (`choose_mesh`) and train it (`make_train_step`, `LoRAConfig`, `GRPOConfig`). Each concept's
module is the next level (`gemma3.kv_cache`, `gemma3.training.sft`, `gemma3.training.lora`, ...), and
every public name of a module (no leading underscore) is its API. The names below are imported
lazily, so `import gemma3` stays fast and a module's optional heavy dependencies load only when used.
"""

from __future__ import annotations

import importlib
import pathlib

_EXPORTS = {
    # config and parameters
    "Config": "gemma3.config",
    "VisionConfig": "gemma3.config",
    "SIZES": "gemma3.config",
    "get_config": "gemma3.config",
    "Params": "gemma3.params",
    "abstract_params": "gemma3.params",
    "init_params": "gemma3.params",
    "param_count": "gemma3.params",
    # checkpoints and tokenizer
    "setup": "gemma3.resolve",
    "Model": "gemma3.resolve",
    "resolve_checkpoint": "gemma3.resolve",
    "default_dtype": "gemma3.resolve",
    "default_checkpoint": "gemma3.checkpoints.embedded",
    "load": "gemma3.checkpoints.loading",
    "load_tokenizer": "gemma3.checkpoints.tokenizer",
    "Tokenizer": "gemma3.checkpoints.tokenizer",
    "STOP_TOKENS": "gemma3.special_tokens",
    # the forward pass, KV-cache inference and sampling
    "forward": "gemma3.model",
    "generate": "gemma3.sampling",
    "generate_stream": "gemma3.sampling",
    "sample_logits": "gemma3.sampler",
    "init_cache": "gemma3.kv_layout",
    "cache_bytes": "gemma3.kv_layout",
    "prefill": "gemma3.kv_cache",
    "decode_step": "gemma3.kv_cache",
    "Cache": "gemma3.kv_layout",
    "extend": "gemma3.chunked_prefill",
    "quantize": "gemma3.int8",
    "calibrated_quantize": "gemma3.int8_calibrated",
    "flash_attention": "gemma3.flash.forward",
    # scale: one call gives the mesh ("auto", "none", "data=2,tensor=4" or a Mesh)
    "choose_mesh": "gemma3.mesh",
    "make_mesh": "gemma3.mesh",
    "describe_mesh": "gemma3.mesh",
    "init_distributed": "gemma3.mesh",
    "is_main_process": "gemma3.mesh",
    "profile": "gemma3.profiling",
    # training entry points (the rest of each lives in gemma3.training.sft, gemma3.training.lora, gemma3.training.grpo)
    "make_train_step": "gemma3.training.sft",
    "LoRAConfig": "gemma3.training.lora",
    "GRPOConfig": "gemma3.training.grpo",
}

# the package's top-level modules and subpackages, reachable as attributes (`gemma3.kv_cache.prefill`,
# `gemma3.training`) without an explicit import; a subpackage's modules are imported from it
# (`from gemma3.training import sft`)
_HERE = pathlib.Path(__file__).parent
_MODULES = frozenset(
    [p.stem for p in _HERE.glob("*.py") if not p.stem.startswith("__")]
    + [p.parent.name for p in _HERE.glob("*/__init__.py")]
)

__all__ = sorted(_EXPORTS)


def __getattr__(name: str):
    if name in _EXPORTS:
        value = getattr(importlib.import_module(_EXPORTS[name]), name)
        globals()[name] = value
        return value
    if name in _MODULES:
        return importlib.import_module(f"gemma3.{name}")
    raise AttributeError(f"module 'gemma3' has no attribute {name!r}")


def __dir__():
    return sorted(set(globals()) | set(_EXPORTS))
