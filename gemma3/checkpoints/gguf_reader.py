"""The header of a GGUF file (llama.cpp's format): metadata and the tensor directory, nothing else.

`read_gguf` parses the header of a GGUF v2/v3 file (little-endian) through a memory map: every
key-value pair of metadata, and where each tensor lies; the tensor data stays on disk. Our own
few lines rather than `gguf.GGUFReader`, which spends ~8 s (up to 30 s on a busy machine)
indexing the 262k vocabulary strings of a Gemma file; this takes ~0.3 s. Both the checkpoint
loader (`gemma3.checkpoints.gguf_file`) and the tokenizer (`gemma3.checkpoints.tokenizer`) read GGUF files through it.
"""

from __future__ import annotations

import dataclasses
import mmap
import os
import pathlib
import struct

import numpy as np

GGUF_MAGIC = b"GGUF"

# GGUF value types (gguf.GGUFValueType): fixed-width scalars by struct format; 8 string, 9 array.
_SCALARS = {0: "<B", 1: "<b", 2: "<H", 3: "<h", 4: "<I", 5: "<i", 6: "<f", 7: "<?", 10: "<Q", 11: "<q", 12: "<d"}
_STRING, _ARRAY = 8, 9


@dataclasses.dataclass(frozen=True)
class GGUFTensor:
    """Where one tensor lies in the file; `shape` in numpy order (ggml's dims reversed: [out, in])."""

    name: str
    shape: tuple[int, ...]
    kind: str  # the GGML type's name: "Q4_K", "F32", ...
    offset: int  # absolute byte offset of its data


@dataclasses.dataclass(frozen=True)
class GGUFFile:
    path: pathlib.Path
    metadata: dict  # key -> int | float | bool | str | list[str] | np.ndarray
    tensors: dict[str, GGUFTensor]


def _string(buf, offset: int) -> tuple[str, int]:
    (length,) = struct.unpack_from("<Q", buf, offset)
    return bytes(buf[offset + 8 : offset + 8 + length]).decode("utf-8"), offset + 8 + length


def _value(buf, offset: int, kind: int):
    if kind == _STRING:
        return _string(buf, offset)
    if kind == _ARRAY:
        item_kind, count = struct.unpack_from("<IQ", buf, offset)
        offset += 12
        if item_kind in _SCALARS:  # fixed width: the whole array at once
            dtype = np.dtype(_SCALARS[item_kind])
            return np.frombuffer(buf, dtype, count, offset).copy(), offset + count * dtype.itemsize
        items = []
        for _ in range(count):
            item, offset = _value(buf, offset, item_kind)
            items.append(item)
        return items, offset
    if kind not in _SCALARS:
        raise ValueError(f"unknown GGUF metadata value type {kind}: the file is damaged or of a newer GGUF version")
    (value,) = struct.unpack_from(_SCALARS[kind], buf, offset)
    return value, offset + struct.calcsize(_SCALARS[kind])


def _parse_header(buf) -> tuple[dict, list[tuple[str, tuple[int, ...], int, int]], int]:
    """Metadata, the tensor directory (name, numpy shape, type, offset from the data start), end offset."""
    tensor_count, kv_count = struct.unpack_from("<QQ", buf, 8)
    offset, metadata, infos = 24, {}, []
    for _ in range(kv_count):
        key, offset = _string(buf, offset)
        (kind,) = struct.unpack_from("<I", buf, offset)
        metadata[key], offset = _value(buf, offset + 4, kind)
    for _ in range(tensor_count):
        name, offset = _string(buf, offset)
        (ndim,) = struct.unpack_from("<I", buf, offset)
        dims = struct.unpack_from(f"<{ndim}Q", buf, offset + 4)
        kind, relative = struct.unpack_from("<IQ", buf, offset + 4 + 8 * ndim)
        offset += 4 + 8 * ndim + 12
        infos.append((name, tuple(reversed(dims)), kind, relative))
    return metadata, infos, offset


def read_gguf(path: str | os.PathLike) -> GGUFFile:
    """Parse a GGUF file's header (GGUF v2/v3, little-endian): metadata and the tensor directory.

    Arrays of numbers come back as numpy arrays, arrays of strings as lists; the tensors are
    read later, one at a time (`gemma3.checkpoints.gguf_file.dequantize_tensor`).
    """
    from gguf.constants import GGML_QUANT_SIZES, GGMLQuantizationType

    path = pathlib.Path(path).expanduser()
    if not path.is_file():
        raise FileNotFoundError(f"GGUF file not found: {path}")
    with path.open("rb") as f:
        head = f.read(8)
        if head[:4] != GGUF_MAGIC:
            raise ValueError(
                f"{path} is not a GGUF file: it starts with {head[:4]!r}, expected {GGUF_MAGIC!r}; "
                "pass a .gguf file written by llama.cpp or a Hugging Face checkpoint folder"
            )
        (version,) = struct.unpack_from("<I", head.ljust(8, b"\0"), 4)
        if version not in (2, 3):
            raise ValueError(f"{path}: GGUF version {version}; this reader handles versions 2 and 3 (little-endian)")
        try:
            with mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ) as buf:
                metadata, infos, end = _parse_header(buf)
        except (struct.error, UnicodeDecodeError, ValueError) as error:
            raise ValueError(f"{path}: the GGUF header is truncated or damaged ({error}); download it again") from error
    alignment = int(metadata.get("general.alignment", 32))
    data_start = -(-end // alignment) * alignment
    size = path.stat().st_size
    tensors = {}
    for name, shape, kind, relative in infos:
        tensor = GGUFTensor(name, shape, _kind_name(kind), data_start + relative)
        if kind in GGML_QUANT_SIZES:  # unknown types fail later, when (and if) the tensor is read
            block, block_bytes = GGML_QUANT_SIZES[GGMLQuantizationType(kind)]
            if tensor.offset + int(np.prod(shape)) // block * block_bytes > size:
                raise ValueError(f"{path} is truncated: tensor {name} ends past the end of the file ({size} bytes)")
        tensors[name] = tensor
    return GGUFFile(path, metadata, tensors)


def _kind_name(kind: int) -> str:
    from gguf.constants import GGMLQuantizationType

    try:
        return GGMLQuantizationType(kind).name
    except ValueError:
        return f"unknown type {kind}"
