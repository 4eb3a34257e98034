"""Which accelerator this machine has, and what follows: the attention path, and a quiet start on a CPU.

Attention: our Pallas flash kernel (`gemma3.flash.forward`) is written for the TPU (Mosaic: VMEM
blocks, 128-lane tiles). On a GPU or a CPU it would run only in interpret mode, slowly, so
whatever picks attention automatically uses `attention_impl(platform)`: "pallas" on a TPU,
the plain XLA attention (`gemma3.attention`) everywhere else. `Config.attn_impl` itself
stays "xla" unless you set it.

A quiet start: with libtpu installed (the test extras install it for the deviceless TPU
compiles), JAX's automatic backend choice loads libtpu even on a machine without a TPU, and
libtpu prints three lines of warnings (no accelerator type, no host bounds, no worker
hostnames) before JAX falls back to the CPU. The command line calls `quiet_start()` first: when
the user has set no JAX_PLATFORMS and no TPU_* variable, and the machine shows no TPU and no
GPU (`tpu_visible`, `gpu_visible`), it sets JAX's platforms to "cpu", the backend JAX would have
ended on anyway. A TPU VM, a GPU machine, and anyone who sets JAX_PLATFORMS are left alone.
"""

from __future__ import annotations

import glob
import importlib.util
import os
import pathlib
from collections.abc import Mapping

_GOOGLE_PCI_VENDOR = "0x1ae0"
_NOT_A_TPU = {"0x0042", "0x001f"}  # Google's gVNIC network card and NVMe disk controller on GCE VMs
_GPU_DEVICE_FILES = ("/dev/nvidia0", "/dev/nvidiactl", "/dev/dxg", "/dev/kfd")  # NVIDIA, WSL2, AMD ROCm
_SET_ON_IMPORT = {"TPU_LIBRARY_PATH", "TPU_SKIP_MDS_QUERY"}  # `import jax` sets these on any machine with libtpu


def attention_impl(platform: str) -> str:
    """The attention path to pick automatically on `platform` ("tpu", "gpu", "cuda", "rocm", "cpu").

    "pallas" on a TPU, where the kernel compiles to Mosaic; "xla" elsewhere (a GPU runs XLA's
    fused attention; the kernel would run there only in interpret mode)."""
    return "pallas" if platform == "tpu" else "xla"


def tpu_visible(pci_root: str = "/sys/bus/pci/devices", dev_root: str = "/dev") -> bool:
    """Whether this machine may have a TPU: a `/dev/accel*` device file (TPU v2-v4), or a PCI device
    of Google's vendor id (JAX's own check) other than a GCE network card or disk controller.

    Errs towards yes: a Google device we do not know (a new TPU) counts as one."""
    if glob.glob(os.path.join(dev_root, "accel*")):
        return True
    for vendor in glob.glob(os.path.join(pci_root, "*", "vendor")):
        try:
            if pathlib.Path(vendor).read_text().strip() != _GOOGLE_PCI_VENDOR:
                continue
            device = pathlib.Path(vendor).with_name("device").read_text().strip()
        except OSError:
            return True  # unreadable: assume it may be one and leave JAX's choice alone
        if device not in _NOT_A_TPU:
            return True
    return False


def gpu_visible(device_files: tuple[str, ...] = _GPU_DEVICE_FILES) -> bool:
    """Whether an NVIDIA (or AMD) GPU device file is present, as JAX checks before trying CUDA."""
    return any(os.path.exists(path) for path in device_files)


def libtpu_installed() -> bool:
    return importlib.util.find_spec("libtpu") is not None


def quiet_platforms(environ: Mapping[str, str], *, libtpu: bool, tpu: bool, gpu: bool) -> str | None:
    """The JAX platforms to set so that libtpu does not probe a machine without a TPU, or None to leave JAX's choice.

    "cpu" only when libtpu is installed, no TPU and no GPU is visible, and `environ` sets neither
    JAX_PLATFORMS (even empty) nor a TPU_* or JAX_FORCE_TPU_INIT variable (someone configuring a TPU;
    the two that `import jax` sets itself do not count)."""
    configured = "JAX_PLATFORMS" in environ or "JAX_FORCE_TPU_INIT" in environ
    configured = configured or any(name.startswith("TPU_") and name not in _SET_ON_IMPORT for name in environ)
    if configured or not libtpu or tpu or gpu:
        return None
    return "cpu"


def quiet_start() -> str | None:
    """Apply `quiet_platforms` to this process (before JAX picks its backend); returns what it set, or None."""
    import jax

    platforms = quiet_platforms(os.environ, libtpu=libtpu_installed(), tpu=tpu_visible(), gpu=gpu_visible())
    if platforms is not None and jax.config.jax_platforms is None:
        jax.config.update("jax_platforms", platforms)
        return platforms
    return None
