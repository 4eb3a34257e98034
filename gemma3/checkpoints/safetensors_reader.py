"""The safetensors format, read with numpy: where each tensor of a checkpoint lies, and one tensor at a time.

A file is an 8-byte little-endian header length, a JSON header `{name: {dtype, shape,
data_offsets}}` and the tensors' bytes. numpy cannot decode bfloat16 through `safetensors`' numpy
backend, so we parse the documented header ourselves and view the bytes with `ml_dtypes.bfloat16`.
`tensor_index` lists every tensor of a folder (from `model.safetensors.index.json` when sharded),
checking each header before anything is read; `_read_tensor` reads one tensor from its byte range.
"""

from __future__ import annotations

import dataclasses
import json
import pathlib
import struct

import ml_dtypes
import numpy as np

_DTYPES = {
    "F64": np.dtype("<f8"),
    "F32": np.dtype("<f4"),
    "F16": np.dtype("<f2"),
    "BF16": np.dtype(ml_dtypes.bfloat16),
}


@dataclasses.dataclass(frozen=True)
class _Entry:
    """Where one tensor lies: its file, dtype, shape and absolute byte offset."""

    file: pathlib.Path
    dtype: str
    shape: tuple[int, ...]
    offset: int


def _read_header(file: pathlib.Path) -> dict[str, _Entry]:
    """Parse a safetensors header: 8-byte little-endian length, then JSON `{name: {dtype, shape, data_offsets}}`.

    A truncated or corrupt file raises a ValueError naming it (the header, and that every tensor's
    bytes lie inside the file, are checked before anything is read).
    """
    size = file.stat().st_size
    bad = f"{file}: not a valid safetensors file ({size} bytes)"
    with open(file, "rb") as f:
        first = f.read(8)
        if len(first) < 8:
            raise ValueError(f"{bad}: shorter than its 8-byte header length; download it again")
        (length,) = struct.unpack("<Q", first)
        if length > size - 8:
            raise ValueError(f"{bad}: its header claims {length} bytes; the file is truncated or not safetensors")
        try:
            header = json.loads(f.read(length))
        except (UnicodeDecodeError, json.JSONDecodeError) as error:
            raise ValueError(f"{bad}: its header is not JSON ({error}); download it again") from None
    if not isinstance(header, dict):
        raise ValueError(f"{bad}: its header is not a JSON object")
    header.pop("__metadata__", None)
    entries = {}
    for name, info in header.items():
        try:
            begin, end = (int(x) for x in info["data_offsets"])
            entry = _Entry(file, info["dtype"], tuple(int(d) for d in info["shape"]), 8 + length + begin)
        except (TypeError, ValueError, KeyError) as error:
            raise ValueError(f"{bad}: tensor {name!r} has a malformed header entry {info!r} ({error})") from None
        if not 0 <= begin <= end or 8 + length + end > size:
            raise ValueError(
                f"{bad}: tensor {name!r} needs bytes {begin}..{end} after the header, past the end of the file; "
                "the file is truncated: download it again"
            )
        entries[name] = entry
    return entries


def _read_tensor(name: str, entry: _Entry) -> np.ndarray:
    if entry.dtype not in _DTYPES:
        raise ValueError(f"tensor {name} in {entry.file.name} has dtype {entry.dtype}; supported: {', '.join(_DTYPES)}")
    count = int(np.prod(entry.shape, dtype=np.int64))
    array = np.fromfile(entry.file, dtype=_DTYPES[entry.dtype], count=count, offset=entry.offset)
    if array.size != count:
        raise ValueError(f"{entry.file}: tensor {name} is truncated: {array.size} of {count} values")
    return array.reshape(entry.shape)


def tensor_index(folder: pathlib.Path) -> dict[str, _Entry]:
    """Every tensor of a checkpoint folder, from the shard index when there is one, else from all files."""
    index_files = sorted(folder.glob("*.safetensors.index.json"))
    if index_files:
        weight_map = json.loads(index_files[0].read_text())["weight_map"]
        files = sorted(set(weight_map.values()))
        missing = [name for name in files if not (folder / name).is_file()]
        if missing:
            raise FileNotFoundError(
                f"{index_files[0].name} in {folder} names {len(missing)} missing shard(s): {', '.join(missing)}; "
                "download every file of the checkpoint"
            )
    else:
        files = sorted(p.name for p in folder.glob("*.safetensors"))
        if not files:
            others = sorted(p.name for p in folder.iterdir() if p.suffix in (".bin", ".pt", ".pth", ".gguf"))
            hint = f" (found {', '.join(others)}: convert them to safetensors)" if others else ""
            raise FileNotFoundError(f"no *.safetensors weights in {folder}{hint}")
    entries = {}
    for name in files:
        entries.update(_read_header(folder / name))
    return entries
