"""gemma3.backend: the automatic attention path by platform, TPU/GPU detection, and a quiet CLI on a CPU machine."""

import os
import re
import subprocess
import sys

import pytest

from gemma3.backend import attention_impl, gpu_visible, libtpu_installed, quiet_platforms, tpu_visible


def test_pallas_is_chosen_on_tpu_only():
    assert attention_impl("tpu") == "pallas"
    for platform in ("gpu", "cuda", "rocm", "cpu", "METAL"):
        assert attention_impl(platform) == "xla"


def test_quiet_platforms_only_when_nothing_is_set_and_no_accelerator_is_visible():
    bare = {"PATH": "/usr/bin", "TPU_LIBRARY_PATH": "/x/libtpu.so", "TPU_SKIP_MDS_QUERY": "1"}  # what `import jax` sets
    assert quiet_platforms(bare, libtpu=True, tpu=False, gpu=False) == "cpu"
    assert quiet_platforms(bare, libtpu=False, tpu=False, gpu=False) is None  # no libtpu: nothing to quieten
    assert quiet_platforms(bare, libtpu=True, tpu=True, gpu=False) is None  # a TPU VM
    assert quiet_platforms(bare, libtpu=True, tpu=False, gpu=True) is None  # a GPU machine
    for name, value in (("JAX_PLATFORMS", ""), ("JAX_PLATFORMS", "tpu"), ("TPU_ACCELERATOR_TYPE", "v5litepod-8"),
                        ("TPU_WORKER_HOSTNAMES", "10.0.0.2"), ("JAX_FORCE_TPU_INIT", "1")):  # fmt: skip
        assert quiet_platforms({**bare, name: value}, libtpu=True, tpu=False, gpu=False) is None, name


def _fake_pci(root, devices):
    for i, (vendor, device) in enumerate(devices):
        folder = root / f"0000:00:0{i}.0"
        folder.mkdir(parents=True)
        (folder / "vendor").write_text(vendor + "\n")
        (folder / "device").write_text(device + "\n")
    return str(root)


def test_tpu_visible_reads_pci_vendors_and_accel_files(tmp_path):
    dev = tmp_path / "dev"
    dev.mkdir()
    cpu_vm = _fake_pci(tmp_path / "cpu", [("0x1af4", "0x1000"), ("0x1ae0", "0x0042")])  # virtio, gVNIC
    assert not tpu_visible(cpu_vm, str(dev))
    assert tpu_visible(_fake_pci(tmp_path / "v5e", [("0x1ae0", "0x0063")]), str(dev))
    assert tpu_visible(_fake_pci(tmp_path / "new", [("0x1ae0", "0x7777")]), str(dev))  # unknown Google device
    (dev / "accel0").touch()
    assert tpu_visible(cpu_vm, str(dev))
    assert gpu_visible((str(dev / "accel0"),)) and not gpu_visible((str(dev / "nvidia0"),))


@pytest.mark.slow
def test_generate_prints_only_the_load_line_the_text_and_the_timing():
    """With libtpu installed and no JAX_PLATFORMS, a CPU machine shows none of libtpu's warnings."""
    if tpu_visible() or gpu_visible():
        pytest.skip("this machine has a TPU or a GPU: the quiet start applies to CPU machines")
    assert libtpu_installed(), "the test extras install libtpu: without it this test proves nothing"
    env = {k: v for k, v in os.environ.items() if k != "JAX_PLATFORMS" and not k.startswith("TPU_")}
    env.pop("XLA_FLAGS", None)
    result = subprocess.run(
        [sys.executable, "-m", "gemma3", "generate", "The capital of France is", "--max-new-tokens", "4"],
        capture_output=True, text=True, timeout=600, env=env,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip()
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 2, result.stderr
    assert re.fullmatch(r"\[270m loaded in [\d.]+ s on cpu\]", lines[0]), result.stderr
    assert re.fullmatch(r"\[4 tokens in [\d.]+ s, compile included\]", lines[1]), result.stderr
