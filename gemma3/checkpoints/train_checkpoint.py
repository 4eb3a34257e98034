"""Training checkpoints (save, restore, resume) and export to Hugging Face safetensors.

A checkpoint is a folder `step_00000042/` holding one `.npy` file per array leaf of the
`TrainState` (parameters or LoRA adapters, optimizer state, step) and `tree.json` (each leaf's
path, shape and dtype, the step, your metadata). It is written as `step_00000042.tmp-<pid>/`
and renamed when complete: a save interrupted at any point leaves the previous checkpoints
untouched, and `latest()` only ever sees complete ones. An old checkpoint is renamed to
`.old-<pid>` before it is deleted, so a kill during the deletion never leaves a torn `step_*`
folder; the `.tmp-`/`.old-` leftovers of dead processes are removed by the next `save`. A
folder holding later steps than the one being saved (another run's) is refused, not pruned.
Leaves are written one at a time, so the host holds one array at a time. bfloat16 is stored as
its raw 16 bits (uint16) and named in `tree.json`, because `.npy` has no bfloat16.

Single process only: every array must be fully addressable (one host, any number of chips).

`export_hf` writes merged weights with Hugging Face's names (text-only `Gemma3ForCausalLM`
layout plus `config.json`), so `gemma3.load(path)` and `transformers` both read them back.
"""

from __future__ import annotations

import json
import os
import pathlib
import re
import shutil

import jax
import jax.numpy as jnp
import ml_dtypes
import numpy as np

from gemma3.config import Config
from gemma3.params import Params
from gemma3.special_tokens import STOP_TOKENS

_PREFIX = "step_"
_COMPLETE = re.compile(r"step_\d+")
_LEFTOVER = re.compile(r"step_\d+\.(?:tmp|old)-(\d+)")  # the pid of the process that wrote it


def _leaf_name(path) -> str:
    return jax.tree_util.keystr(path)


def _host(array) -> np.ndarray:
    return np.asarray(jax.device_get(array))


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # alive, another user's
        return True
    return True


def _remove_leftovers(directory: pathlib.Path) -> None:
    """Delete the `.tmp-<pid>` / `.old-<pid>` folders of saves that died midway: in a process that is
    gone, or earlier in this one (a process saves one checkpoint at a time)."""
    for path in directory.iterdir():
        match = _LEFTOVER.fullmatch(path.name)
        if match and (int(match[1]) == os.getpid() or not _pid_alive(int(match[1]))):
            shutil.rmtree(path, ignore_errors=True)


def _delete(checkpoint: pathlib.Path) -> None:
    """Rename first (atomic), then delete: a kill midway leaves an `.old-` folder, never a torn `step_*`."""
    old = checkpoint.with_name(f"{checkpoint.name}.old-{os.getpid()}")
    checkpoint.rename(old)
    shutil.rmtree(old)


def _write_file(path: pathlib.Path, write) -> None:
    with open(path, "wb") as f:
        write(f)
        f.flush()
        os.fsync(f.fileno())


def save(directory: str | os.PathLike, state, *, step: int | None = None, metadata: dict | None = None, keep: int = 2):
    """Atomically save a pytree (e.g. a `TrainState`) as `directory/step_XXXXXXXX`; keep the last `keep` (0: all).

    Refuses (ValueError, nothing written) a `directory` that already holds later steps: they belong
    to another run, and pruning "the oldest" would delete the checkpoint just written.
    """
    directory = pathlib.Path(directory)
    if isinstance(keep, bool) or not isinstance(keep, int) or keep < 0:
        raise ValueError(f"keep must be an int >= 0 (how many checkpoints to keep; 0 keeps all), got {keep!r}")
    step = int(step if step is not None else state.step)
    if step < 0:
        raise ValueError(f"step must be >= 0, got {step}")
    directory.mkdir(parents=True, exist_ok=True)
    later = [p.name for p in all_checkpoints(directory) if _step_of(p) > step]
    if later:
        raise ValueError(
            f"{directory} already holds later checkpoints {later} than step {step}: they are another run's. "
            "Save into a fresh folder, or resume from the latest one (train_checkpoint.latest), or delete them."
        )
    _remove_leftovers(directory)
    final = directory / f"{_PREFIX}{step:08d}"
    tmp = directory / f"{final.name}.tmp-{os.getpid()}"
    shutil.rmtree(tmp, ignore_errors=True)
    tmp.mkdir()
    leaves = []
    for i, (path, leaf) in enumerate(jax.tree_util.tree_flatten_with_path(state)[0]):
        array = _host(leaf)
        dtype = str(array.dtype)
        if array.dtype == ml_dtypes.bfloat16:
            array = array.view(np.uint16)
        file = f"{i:05d}.npy"
        _write_file(tmp / file, lambda f, array=array: np.save(f, array))
        leaves.append({"path": _leaf_name(path), "file": file, "shape": list(array.shape), "dtype": dtype})
    manifest = {"step": step, "leaves": leaves, "metadata": metadata or {}}
    _write_file(tmp / "tree.json", lambda f: f.write(json.dumps(manifest, indent=1).encode()))
    if final.exists():  # re-saving the same step: move the old one aside first, then drop it
        old = directory / f"{final.name}.old-{os.getpid()}"
        final.rename(old)
        tmp.rename(final)
        shutil.rmtree(old)
    else:
        tmp.rename(final)
    for stale in all_checkpoints(directory)[:-keep] if keep else []:
        _delete(stale)
    return final


def _step_of(path: pathlib.Path) -> int:
    return int(path.name[len(_PREFIX) :])


def all_checkpoints(directory: str | os.PathLike) -> list[pathlib.Path]:
    """Complete checkpoints in `directory`, oldest first (temporary and half-deleted folders are ignored)."""
    directory = pathlib.Path(directory)
    if not directory.exists():
        return []
    found = [p for p in directory.iterdir() if _COMPLETE.fullmatch(p.name) and (p / "tree.json").is_file()]
    return sorted(found, key=_step_of)


def latest(directory: str | os.PathLike) -> pathlib.Path | None:
    """The newest complete checkpoint in `directory`, or None."""
    found = all_checkpoints(directory)
    return found[-1] if found else None


def restore(path: str | os.PathLike, like, *, shardings=None):
    """Read a checkpoint into the structure of `like` (real arrays or `ShapeDtypeStruct`s).

    Leaves are matched by path and their shapes and dtypes checked (a bfloat16 leaf is not read
    into a float32 `like`: cast after restoring if that is what you mean). `shardings` (a pytree
    like `like`) places each array; by default arrays land on the default device.
    """
    path = pathlib.Path(path)
    if not (path / "tree.json").is_file():
        raise FileNotFoundError(f"{path} is not a complete checkpoint (no tree.json); use train_checkpoint.latest()")
    manifest = json.loads((path / "tree.json").read_text())
    stored = {leaf["path"]: leaf for leaf in manifest["leaves"]}
    flat, treedef = jax.tree_util.tree_flatten_with_path(like)
    placements = treedef.flatten_up_to(shardings) if shardings is not None else [None] * len(flat)
    leaves = []
    for (key, expected), sharding in zip(flat, placements, strict=True):
        name = _leaf_name(key)
        if name not in stored:
            raise KeyError(f"checkpoint {path} has no leaf {name}; it holds {sorted(stored)[:8]}...")
        entry = stored[name]
        expected_dtype = getattr(expected, "dtype", None)
        if expected_dtype is not None and np.dtype(expected_dtype) != np.dtype(entry["dtype"]):
            raise ValueError(
                f"leaf {name}: expected dtype {np.dtype(expected_dtype)}, checkpoint {path.name} has {entry['dtype']}; "
                "pass a `like` of the stored dtypes and cast afterwards"
            )
        array = np.load(path / entry["file"])
        if entry["dtype"] == "bfloat16":
            array = array.view(ml_dtypes.bfloat16)
        if tuple(array.shape) != tuple(np.shape(expected)):
            raise ValueError(f"leaf {name}: expected shape {tuple(np.shape(expected))}, checkpoint has {array.shape}")
        leaves.append(jax.device_put(array, sharding) if sharding is not None else jnp.asarray(array))
    return jax.tree.unflatten(treedef, leaves)


def read_metadata(path: str | os.PathLike) -> dict:
    """The step and metadata stored with a checkpoint."""
    manifest = json.loads((pathlib.Path(path) / "tree.json").read_text())
    return {"step": manifest["step"], **manifest["metadata"]}


# Our layer field -> the Hugging Face tensor name under `model.layers.{i}.`
HF_LAYER_NAMES = {
    "attn_norm": "input_layernorm.weight",
    "q": "self_attn.q_proj.weight",
    "k": "self_attn.k_proj.weight",
    "v": "self_attn.v_proj.weight",
    "o": "self_attn.o_proj.weight",
    "q_norm": "self_attn.q_norm.weight",
    "k_norm": "self_attn.k_norm.weight",
    "post_attn_norm": "post_attention_layernorm.weight",
    "ffw_norm": "pre_feedforward_layernorm.weight",
    "gate": "mlp.gate_proj.weight",
    "up": "mlp.up_proj.weight",
    "down": "mlp.down_proj.weight",
    "post_ffw_norm": "post_feedforward_layernorm.weight",
}


def to_hf_layout(field: str, weight: np.ndarray) -> np.ndarray:
    """One layer's weight from our layout to Hugging Face's (`[out, in]` projections)."""
    if field in ("q", "k", "v"):  # [N, D, H] -> [N*H, D]
        return weight.transpose(0, 2, 1).reshape(-1, weight.shape[1])
    if field == "o":  # [N, H, D] -> [D, N*H]
        return weight.reshape(-1, weight.shape[-1]).T
    if field in ("gate", "up", "down"):  # [D, F] -> [F, D], [F, D] -> [D, F]
        return weight.T
    return weight


def hf_tensors(params: Params, config: Config, dtype=jnp.bfloat16):
    """Yield `(hf_name, numpy array)` one tensor at a time, in the text-only layout."""
    np_dtype = jnp.dtype(dtype)
    yield "model.embed_tokens.weight", _host(params.embed.astype(dtype))
    for field, hf_name in HF_LAYER_NAMES.items():
        stacked = getattr(params.layers, field)
        for i in range(config.num_layers):
            weight = _host(stacked[i].astype(dtype))
            yield f"model.layers.{i}.{hf_name}", np.ascontiguousarray(to_hf_layout(field, weight)).astype(np_dtype)
    yield "model.norm.weight", _host(params.final_norm.astype(dtype))


def hf_config(config: Config, dtype=jnp.bfloat16) -> dict:
    """A `config.json` for `Gemma3ForCausalLM` (model_type gemma3_text) describing `config`."""
    rope_global = {"rope_type": "default", "rope_theta": config.rope_global_base}
    if config.rope_global_scale != 1.0:
        rope_global = {"rope_type": "linear", "factor": config.rope_global_scale, "rope_theta": config.rope_global_base}
    return {
        "architectures": ["Gemma3ForCausalLM"],
        "model_type": "gemma3_text",
        "vocab_size": config.embed_rows,
        "hidden_size": config.embed_dim,
        "intermediate_size": config.mlp_dim,
        "num_hidden_layers": config.num_layers,
        "num_attention_heads": config.num_heads,
        "num_key_value_heads": config.num_kv_heads,
        "head_dim": config.head_dim,
        "query_pre_attn_scalar": config.query_pre_attn_scalar,
        "sliding_window": config.sliding_window,
        "layer_types": ["full_attention" if g else "sliding_attention" for g in config.global_layers],
        "rope_parameters": {
            "sliding_attention": {"rope_type": "default", "rope_theta": config.rope_local_base},
            "full_attention": rope_global,
        },  # fmt: skip
        "rope_theta": config.rope_global_base,
        "rope_local_base_freq": config.rope_local_base,
        "rope_scaling": None
        if config.rope_global_scale == 1.0
        else {"rope_type": "linear", "factor": config.rope_global_scale},  # noqa: E501
        "max_position_embeddings": config.max_context,
        "rms_norm_eps": config.rms_eps,
        "hidden_activation": "gelu_pytorch_tanh",
        "final_logit_softcapping": None,
        "attn_logit_softcapping": None,
        "tie_word_embeddings": True,
        "pad_token_id": 0,
        "eos_token_id": list(STOP_TOKENS),
        "bos_token_id": 2,
        "torch_dtype": jnp.dtype(dtype).name,
    }


def export_hf(
    params: Params,
    config: Config,
    path: str | os.PathLike,
    *,
    dtype=jnp.bfloat16,
    max_shard_bytes: int = 4 << 30,
) -> pathlib.Path:
    """Write `params` (merge LoRA first: `gemma3.training.lora.merge`) as a Hugging Face checkpoint folder.

    Shards of at most `max_shard_bytes` (`model-0000i-of-0000n.safetensors` and an index) or
    one `model.safetensors`; the folder is written under a temporary name and renamed.
    """
    from safetensors.numpy import save_file

    path = pathlib.Path(path)
    tmp = path.with_name(f"{path.name}.tmp-{os.getpid()}")
    shutil.rmtree(tmp, ignore_errors=True)
    tmp.mkdir(parents=True)
    written: list[list[str]] = []  # tensor names per shard file, in order
    current: dict[str, np.ndarray] = {}

    def flush():
        save_file(current, str(tmp / f"shard-{len(written):05d}.safetensors"), metadata={"format": "pt"})
        written.append(list(current))
        current.clear()

    for name, array in hf_tensors(params, config, dtype):
        if current and sum(a.nbytes for a in current.values()) + array.nbytes > max_shard_bytes:
            flush()
        current[name] = array
    flush()
    weight_map = {}
    for i, names in enumerate(written):
        file = "model.safetensors" if len(written) == 1 else f"model-{i + 1:05d}-of-{len(written):05d}.safetensors"
        (tmp / f"shard-{i:05d}.safetensors").rename(tmp / file)
        weight_map.update(dict.fromkeys(names, file))
    if len(written) > 1:
        total = sum((tmp / f).stat().st_size for f in set(weight_map.values()))
        index = {"metadata": {"total_size": total}, "weight_map": weight_map}
        (tmp / "model.safetensors.index.json").write_text(json.dumps(index, indent=1))
    (tmp / "config.json").write_text(json.dumps(hf_config(config, dtype), indent=1))
    if path.exists():
        shutil.rmtree(path)
    tmp.rename(path)
    return path
