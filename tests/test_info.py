"""`python -m gemma3 info` and `--version`: versions, platform, devices, mesh, checkpoint; nothing assembled."""

import os
import subprocess
import sys

import jax
import pytest

from gemma3.__main__ import main
from gemma3.info import checkpoint_line, cli_mesh_axes, package_version, report


def test_info_names_versions_platform_devices_mesh_and_checkpoint(capsys):
    assert main(["info"]) == 0
    out = capsys.readouterr().out
    rows = dict(line.split(maxsplit=1) for line in out.splitlines() if line.strip())
    assert rows["gemma3"].startswith(package_version())
    assert f"jax {jax.__version__}" in out and "jaxlib " in out and "libtpu " in out
    assert rows["platform"].startswith("cpu")  # conftest: JAX_PLATFORMS=cpu
    assert rows["devices"].startswith(f"{jax.device_count()} x cpu")
    assert rows["mesh"].startswith(f"data 1 x fsdp 1 x tensor {jax.device_count()}")
    assert rows["dtype"].startswith("float32")
    assert rows["checkpoint"].startswith("embedded 270M at ")


def test_mesh_puts_every_device_on_the_tensor_axis():
    assert cli_mesh_axes(jax.devices()) == {"data": 1, "fsdp": 1, "tensor": jax.device_count()}
    assert cli_mesh_axes([object()] * 4)["tensor"] == 4


def test_checkpoint_line_does_not_assemble(tmp_path, monkeypatch):
    monkeypatch.delenv("GEMMA3_CHECKPOINT", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    line = checkpoint_line("cpu")
    assert "not yet assembled" in line and str(tmp_path / "gemma3") in line
    assert not (tmp_path / "gemma3").exists()
    monkeypatch.setenv("GEMMA3_TPU_CHECKPOINT", str(tmp_path / "27b"))
    assert checkpoint_line("tpu") == f"27B at {tmp_path / '27b'} (missing: tpu_setup/download_model.sh downloads it)"
    monkeypatch.setenv("GEMMA3_CHECKPOINT", str(tmp_path / "mine.gguf"))
    assert "from $GEMMA3_CHECKPOINT; does not exist" in checkpoint_line("cpu")


def test_report_says_when_gemma3_chose_the_cpu():
    assert "set by gemma3: no TPU or GPU visible" in report("cpu")


@pytest.mark.slow
def test_version_and_info_commands_in_a_subprocess():
    env = {**os.environ, "JAX_PLATFORMS": "cpu"}
    version = subprocess.run([sys.executable, "-m", "gemma3", "--version"], capture_output=True, text=True, env=env)
    assert version.returncode == 0 and version.stdout == f"gemma3 {package_version()}\n"
    info = subprocess.run([sys.executable, "-m", "gemma3", "info"], capture_output=True, text=True, env=env)
    assert info.returncode == 0 and info.stderr == "", info.stderr
    assert "platform   cpu" in info.stdout and "checkpoint " in info.stdout
