"""`python -m gemma3 info` and `--version`: versions, platform, devices, mesh, checkpoint; nothing assembled."""

import os
import subprocess
import sys

import jax
import pytest

from gemma3.__main__ import main
from gemma3.config import get_config
from gemma3.info import checkpoint_line, cli_mesh, package_version, report
from gemma3.mesh import choose_mesh, describe_mesh


def test_info_names_versions_platform_devices_mesh_and_checkpoint(capsys):
    assert main(["info"]) == 0
    out = capsys.readouterr().out
    rows = dict(line.split(maxsplit=1) for line in out.splitlines() if line.strip())
    assert rows["gemma3"].startswith(package_version())
    assert f"jax {jax.__version__}" in out and "jaxlib " in out and "libtpu " in out
    assert rows["platform"].startswith("cpu")  # conftest: JAX_PLATFORMS=cpu
    assert rows["devices"].startswith(f"{jax.device_count()} x cpu")
    assert rows["mesh"] == cli_mesh(get_config("270m"))
    assert rows["dtype"].startswith("float32")
    assert rows["checkpoint"].startswith("embedded 270M at ")


def test_mesh_is_the_command_lines_choice(monkeypatch):
    monkeypatch.delenv("GEMMA3_MESH", raising=False)
    config = get_config("270m")  # 4 query heads: on 8 devices auto picks tensor=4 x data=2
    assert cli_mesh(config) == f"{describe_mesh(choose_mesh('auto', config))} (--mesh auto, shaped for the 270m)"
    assert "tensor=4" in cli_mesh(config) and "data=2" in cli_mesh(config)
    monkeypatch.setenv("GEMMA3_MESH", "none")
    assert cli_mesh(config).startswith("no mesh: one cpu device")
    monkeypatch.setenv("GEMMA3_MESH", "data=3")
    assert cli_mesh(config).startswith("--mesh data=3 fails here: ")


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
