"""Which checkpoint and dtype to use when the caller does not say: one rule for notebooks and the CLI.

Order: an explicit argument, then the `GEMMA3_CHECKPOINT` environment variable, then the
backend: on a TPU the 27B checkpoint where `tpu_setup/` downloads it
(`GEMMA3_TPU_CHECKPOINT`, default `/mnt/data/gemma-3-27b-it`), elsewhere the embedded
real Gemma 3 270M (`gemma3.default_checkpoint()`).
"""

from __future__ import annotations

import os
import pathlib

import jax
import jax.numpy as jnp

TPU_CHECKPOINT = "/mnt/data/gemma-3-27b-it"


def resolve_checkpoint(checkpoint: str | os.PathLike | None = None) -> pathlib.Path:
    """The checkpoint path to load: argument, then $GEMMA3_CHECKPOINT, then by backend."""
    choice = checkpoint or os.environ.get("GEMMA3_CHECKPOINT")
    if choice:
        return pathlib.Path(choice).expanduser()
    if jax.default_backend() == "tpu":
        path = pathlib.Path(os.environ.get("GEMMA3_TPU_CHECKPOINT", TPU_CHECKPOINT))
        if not path.exists():
            raise FileNotFoundError(
                f"on TPU the default checkpoint is {path}, which does not exist: download it with "
                "tpu_setup/download_model.sh or set GEMMA3_CHECKPOINT to a checkpoint folder"
            )
        return path
    from gemma3.embedded import default_checkpoint

    return default_checkpoint()


def default_dtype():
    """bfloat16 on accelerators; float32 on CPU, where XLA's bf16 matmuls are many times slower."""
    return jnp.float32 if jax.default_backend() == "cpu" else jnp.bfloat16
