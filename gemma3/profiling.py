"""`gemma3.profile(logdir)`: capture a `jax.profiler` trace around a block of a notebook or script.

    with gemma3.profile("/tmp/profile"):
        logits, cache = gemma3.decode_step(params, config, tokens, cache)
        jax.block_until_ready(logits)

View it with TensorBoard's profile plugin or XProf (`tpu_setup/profile.sh view` starts one on
the TPU VM and prints the SSH tunnel). Works on CPU too (a host-only trace).
"""

from __future__ import annotations

import contextlib
import os
import pathlib
import time

import jax


@contextlib.contextmanager
def profile(logdir: str | os.PathLike, *, create_perfetto_link: bool = False, verbose: bool = True):
    """Trace everything JAX runs inside the block into `logdir` (a TensorBoard / XProf log folder).

    Block on the results inside the block (`jax.block_until_ready`), or the asynchronous device
    work may finish after the trace stops. Yields the folder; the trace lands in
    `logdir/plugins/profile/<run>/`. Only one trace can run at a time per process.
    """
    logdir = pathlib.Path(logdir).expanduser()
    logdir.mkdir(parents=True, exist_ok=True)
    start = time.perf_counter()
    jax.profiler.start_trace(str(logdir), create_perfetto_link=create_perfetto_link)
    try:
        yield logdir
    finally:
        jax.profiler.stop_trace()
        if verbose:
            print(
                f"profile: {time.perf_counter() - start:.2f} s traced into {logdir}; view with "
                f"`tensorboard --logdir {logdir}` (or `xprof --logdir {logdir}`) and open the Profile tab"
            )


def trace_files(logdir: str | os.PathLike) -> list[pathlib.Path]:
    """The trace files a `profile` block wrote (`*.xplane.pb`), newest last."""
    files = pathlib.Path(logdir).expanduser().glob("plugins/profile/*/*.xplane.pb")
    return sorted(files, key=lambda p: p.stat().st_mtime)
