"""Which checkpoint and dtype to use when the caller does not say: one rule for notebooks and the CLI.

Order: an explicit argument, then the `GEMMA3_CHECKPOINT` environment variable, then the
backend: on a TPU the 27B checkpoint where `tpu_setup/` downloads it
(`GEMMA3_TPU_CHECKPOINT`, default `/mnt/data/gemma-3-27b-it`), elsewhere the embedded
real Gemma 3 270M (`gemma3.default_checkpoint()`).
"""

from __future__ import annotations

import os
import pathlib
from typing import TYPE_CHECKING, NamedTuple

import jax
import jax.numpy as jnp
from jax.sharding import Mesh

if TYPE_CHECKING:
    from gemma3.checkpoints.tokenizer import Tokenizer
    from gemma3.config import Config
    from gemma3.params import Params

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
    from gemma3.checkpoints.embedded import default_checkpoint

    return default_checkpoint()


def default_dtype():
    """bfloat16 on accelerators; float32 on CPU, where XLA's bf16 matmuls are many times slower."""
    return jnp.float32 if jax.default_backend() == "cpu" else jnp.bfloat16


class Model(NamedTuple):
    """What `setup` returns: unpack it as `config, params, tokenizer, mesh, path = gemma3.setup()`."""

    config: Config
    params: Params
    tokenizer: Tokenizer
    mesh: Mesh | None  # None: one device
    path: pathlib.Path


def setup(
    checkpoint: str | os.PathLike | None = None,
    *,
    mesh: Mesh | str | None = None,
    rules: str = "inference",
    dtype=None,
    progress: bool = False,
    verbose: bool = True,
    tokenizer: str | os.PathLike | None = None,
) -> Model:
    """The one call a notebook, the CLI or your own code makes to get a model onto every chip.

    On a multi-host slice it first joins the other workers (`gemma3.mesh.init_distributed`) and
    silences the standard output of all but process 0, so a notebook prints (and shows) once.
    Then: the checkpoint (`resolve_checkpoint`), the dtype (`default_dtype` unless given), the
    mesh (`mesh`, else `$GEMMA3_MESH`, else "auto": all devices, shaped for this model; see
    `gemma3.mesh.choose_mesh`), the weights loaded straight into their shards under `rules`
    ("inference" for generation, "training" for SFT and GRPO), and the tokenizer. With
    `verbose`, process 0 prints the mesh (and why kv heads are replicated, when they are) and a
    summary line. On one device this is `gemma3.load` without a mesh. `tokenizer` names where
    the tokenizer lives when the checkpoint has none (fine-tuned weights saved without it).
    """
    from gemma3.checkpoints.loading import load
    from gemma3.checkpoints.tokenizer import load_tokenizer
    from gemma3.mesh import MESH_ENV, choose_mesh, describe_mesh, init_distributed, is_main_process
    from gemma3.params import param_count
    from gemma3.sharding import named_rules, param_shardings, resolve_rules

    if init_distributed() and not is_main_process():
        import sys

        sys.stdout = open(os.devnull, "w")  # one worker prints: the others' cells run silent (stderr stays)
    path = resolve_checkpoint(checkpoint)
    chosen = {}

    spare = named_rules(rules).spare_axis  # training: "fsdp", so the weights and Adam moments are not replicated

    def shardings(config):
        spec = mesh if mesh is not None else os.environ.get(MESH_ENV) or "auto"
        chosen["mesh"] = found = choose_mesh(spec, config, spare=spare)
        return None if found is None else param_shardings(config, found, rules)

    config, params = load(path, dtype=default_dtype() if dtype is None else dtype, shardings=shardings,
                          progress=progress)  # fmt: skip
    tokenizer = load_tokenizer(path if tokenizer is None else tokenizer)
    found = chosen["mesh"]
    if verbose and is_main_process():
        notes = () if found is None else resolve_rules(named_rules(rules), config, found).notes
        print(f"[gemma3] {describe_mesh(found)}" + "".join(f"; {note}" for note in notes))
        print(
            f"[gemma3] {config.name} ({param_count(config) / 1e9:.2f}B parameters, {params.embed.dtype}) from "
            f"{path.name} · backend {jax.default_backend()} · {jax.device_count()} devices on "
            f"{jax.process_count()} host(s)",
            flush=True,
        )
    return Model(config, params, tokenizer, found, path)
