"""Test set-up: CPU only, 8 simulated devices for sharding tests, float32 matmuls at full precision.

Session fixtures for the real Gemma 3 270M (the embedded default checkpoint), loaded once per
test run however many test files use it: ours (`real_270m`, `real_tokenizer`) and transformers'
reading of the same GGUF (`hf_270m`, `hf_270m_tokenizer`), the oracle.
"""

import importlib.util
import os

os.environ["JAX_PLATFORMS"] = "cpu"
# The simulated devices are threads of one process. On a busy 2-core machine one of them can reach
# a collective long after the others, and XLA's CPU client aborts the process after 40 s of waiting
# (seen in a sharded fine-tune under load): give them ten minutes. Notebooks run by nbmake inherit this.
_FLAGS = {
    "--xla_force_host_platform_device_count": "8",
    "--xla_cpu_collective_call_warn_stuck_timeout_seconds": "120",
    "--xla_cpu_collective_call_terminate_timeout_seconds": "600",
    # Compile time, not run time, dominates this suite on CPU (643 s of XLA compiles in 848 s of
    # tests/test_sft.py, test_grpo.py and test_mesh.py). XLA:CPU's older fusion emitters at LLVM -O1
    # compile faster (331 s of 525 s); run time stays close to the default's (the matmuls are library
    # calls; element-wise loops ~1.3x slower). -O0 compiles faster still (163 s of 357 s) but runs
    # element-wise code ~20x slower: int8 dequantization and notebook 02 crawled.
    "--xla_cpu_use_fusion_emitters": "false",
    "--xla_backend_optimization_level": "1",
}
# XLA's CPU client runs each simulated device's part of a sharded computation on a thread of one pool
# of max(cores, devices) threads, and a participant waiting in a collective holds its thread. With 8
# devices on 2 cores that is 8 threads: one held by other work leaves a collective short of a thread
# for good (notebook 04's sharded fine-tune hung so: 3 of 4 devices at an all-reduce). The pool's
# size is read from $NPROC: 16 threads leave room for a second computation in flight.
os.environ.setdefault("NPROC", "16")
os.environ["XLA_FLAGS"] = " ".join(
    [os.environ.get("XLA_FLAGS", "")]
    + [f"{k}={v}" for k, v in _FLAGS.items() if k not in os.environ.get("XLA_FLAGS", "")]
).strip()

import time  # noqa: E402

import jax  # noqa: E402
import pytest  # noqa: E402

jax.config.update("jax_default_matmul_precision", "highest")


@pytest.fixture(scope="session")
def real_270m():
    """`(config, params)` of the real 270M from `gemma3.load(default_checkpoint())`, params in float32."""
    import jax.numpy as jnp

    import gemma3

    start = time.perf_counter()
    config, params = gemma3.load(gemma3.default_checkpoint(), dtype=jnp.float32, progress=False)
    print(f"\nreal 270M GGUF, float32 on CPU: gemma3.load {time.perf_counter() - start:.1f} s")
    return config, params


@pytest.fixture(scope="session")
def real_tokenizer():
    """Our tokenizer of the real 270M, rebuilt from the GGUF's vocabulary."""
    import gemma3

    start = time.perf_counter()
    tokenizer = gemma3.load_tokenizer(gemma3.default_checkpoint())
    print(f"\nload_tokenizer(GGUF, 262,144 pieces): {time.perf_counter() - start:.2f} s")
    return tokenizer


@pytest.fixture(scope="session")
def hf_270m(tmp_path_factory):
    """transformers' float32 `AutoModelForCausalLM` read from the same GGUF, in eval mode (the oracle).

    Reading the GGUF takes transformers 30-45 s (it dequantizes in numpy). Under pytest-xdist the first
    process to need the model reads it and pickles it whole (`torch.save`) into this run's temporary
    folder (shared by the processes of one run, a new one every run); the other unpickles that copy
    in a second: the very model transformers read, once per run. (`save_pretrained` refuses a model
    read from GGUF.)
    """
    import torch
    from filelock import FileLock
    from transformers import AutoModelForCausalLM

    import gemma3

    path = gemma3.default_checkpoint()
    start = time.perf_counter()

    def from_gguf():
        return AutoModelForCausalLM.from_pretrained(path.parent, gguf_file=path.name, dtype=torch.float32)

    if "PYTEST_XDIST_WORKER" not in os.environ:  # one process: nothing to share
        model, how = from_gguf(), "GGUF"
    else:
        shared = tmp_path_factory.getbasetemp().parent / "hf_270m.pt"  # this run's, shared by its processes
        with FileLock(f"{shared}.lock"):
            if shared.exists():
                model, how = torch.load(shared, weights_only=False), "another process's copy"
            else:
                model, how = from_gguf(), "GGUF"
                torch.save(model, f"{shared}.partial")  # renamed whole: a crash mid-write leaves no half copy
                os.replace(f"{shared}.partial", shared)
    print(f"\nreal 270M, float32 on CPU: transformers from {how} {time.perf_counter() - start:.1f} s")
    return model.eval()


@pytest.fixture(scope="session")
def hf_270m_tokenizer():
    """transformers' `AutoTokenizer` read from the same GGUF (the tokenizer oracle)."""
    from transformers import AutoTokenizer

    import gemma3

    path = gemma3.default_checkpoint()
    return AutoTokenizer.from_pretrained(path.parent, gguf_file=path.name)


@pytest.fixture(scope="session")
def compiled_27b():
    """`get(topology, workload, options) -> (workload, analysis)`: a 27B row compiled on first use, then kept
    for the whole run (tests/test_aot.py's snapshot rows and the notebooks' 27B steps share compiles).
    `get.texts(topology, workload, options)`: a snapshot row's normalized HLO and StableHLO from that
    same compile (`gemma3.hlo.diff.texts`), which tests/test_aot.py checks against `gemma3/hlo/dumps/`.

    The training rows take 1-2.5 minutes each on 2 cores (libtpu's code generation), inference seconds.
    """
    from gemma3 import aot
    from gemma3.hlo import diff as hlo_diff

    cache, texts = {}, {}

    def get(topology, workload, options):
        key = aot.snapshot_key("27b", topology, workload, options)
        if key not in cache:
            job, lowered, compiled = hlo_diff.compile_row(topology, workload, options)
            cache[key] = (job, aot.analyze(job, compiled, aot.topology_devices(topology)[1]))
            if (topology, workload, options) in aot.SNAPSHOT_ROWS:  # the dumps of the rows we snapshot
                texts[key] = hlo_diff.texts(lowered, compiled)
        return cache[key]

    def get_texts(topology, workload, options):
        get(topology, workload, options)
        return texts[aot.snapshot_key("27b", topology, workload, options)]

    get.texts = get_texts
    return get


# With pytest-xdist (`-n 2` in pyproject.toml) the tests run in two processes, one per core. A work unit
# is a test file, except for two that must stay whole in one process: the notebooks, one after another
# (a kernel holds ~10 GB at its peak, and 05 reads what 04 saved), and the two files of 27B compiles,
# which share the `compiled_27b` fixture (a second process would compile the same rows again, minutes
# each). Units go out in collection order, so these two long ones start first. (xdist's own
# `xdist_group` mark cannot do this under pytest 9.2: it renames `item._nodeid`, which pytest no
# longer reads.)
UNITS = {"notebooks/": "notebooks", "tests/test_aot.py": "compiled_27b", "tests/test_notebook_27b.py": "compiled_27b"}

if importlib.util.find_spec("xdist") is not None:

    def pytest_xdist_make_scheduler(config, log):
        from xdist.scheduler import LoadScopeScheduling

        class Units(LoadScopeScheduling):
            def _split_scope(self, nodeid):
                unit = next((u for prefix, u in UNITS.items() if nodeid.startswith(prefix)), None)
                return unit or super()._split_scope(nodeid)

        config.option.loadscopereorder = False  # collection order: notebooks, then tests/ by file name
        return Units(config, log)
