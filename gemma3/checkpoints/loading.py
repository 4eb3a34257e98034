"""`gemma3.load`: one entry point for every checkpoint kind.

The path decides the reader: a `.gguf` file goes to `gemma3.checkpoints.gguf_file`, a Hugging Face
folder to `gemma3.checkpoints.safetensors_file`; both stream their tensors through
`gemma3.checkpoints.assemble.assemble_params`.
"""

from __future__ import annotations

import functools
import os
import pathlib

import jax
import jax.numpy as jnp

from gemma3 import validate
from gemma3.checkpoints.gguf_file import load_gguf
from gemma3.checkpoints.safetensors_file import load_hf
from gemma3.config import Config
from gemma3.params import Params


def _chosen_mesh_shardings(config: Config, *, spec: str, rules) -> Params | None:
    """Param shardings on the mesh `spec` names for this config ("auto", "none", "data=2,tensor=4"), printed."""
    from gemma3.mesh import choose_mesh, describe_mesh, is_main_process
    from gemma3.sharding import param_shardings

    mesh = choose_mesh(spec, config)
    if is_main_process():
        print(f"[gemma3] {describe_mesh(mesh)}", flush=True)
    return None if mesh is None else param_shardings(config, mesh, rules)


def load(
    path: str | os.PathLike,
    *,
    dtype=jnp.bfloat16,
    mesh: jax.sharding.Mesh | str | None = None,
    rules="inference",
    shardings: Params | None = None,
    progress: bool = True,
):
    """Load a Gemma 3 checkpoint: `(Config, Params)`.

    `path` is a Hugging Face folder (`config.json` and `*.safetensors`, text-only or
    multimodal, sharded or not) or a `.gguf` file (e.g. `gemma3.default_checkpoint()`).
    With `mesh`, every tensor goes straight into its shards under `rules` ("inference",
    "training" or a `gemma3.sharding.Rules`); `shardings` overrides them. `mesh` is a `Mesh`
    (`gemma3.make_mesh`), "auto" (all devices, the shape chosen for this model and printed; no
    mesh on one device), "none", or sizes such as "data=2,tensor=4" (see `gemma3.mesh`).
    """
    dtype = validate.float_dtype(dtype)  # before the path and the weights: a typo costs nothing
    path = pathlib.Path(path).expanduser()
    if isinstance(mesh, str) and shardings is None:
        shardings = functools.partial(_chosen_mesh_shardings, spec=mesh, rules=rules)
    elif mesh is not None and shardings is None:
        from gemma3.sharding import param_shardings

        shardings = functools.partial(param_shardings, mesh=mesh, rules=rules)
    if not path.exists():
        raise FileNotFoundError(f"checkpoint not found: {path} (expected a Hugging Face folder or a .gguf file)")
    if path.is_file():
        if path.suffix.lower() != ".gguf":
            raise ValueError(
                f"{path} is a file but not a .gguf file; pass a .gguf file or a Hugging Face checkpoint folder"
            )
        return load_gguf(path, dtype=dtype, shardings=shardings, progress=progress)
    return load_hf(path, dtype=dtype, shardings=shardings, progress=progress)
