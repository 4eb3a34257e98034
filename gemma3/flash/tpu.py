"""Flash attention compiled for TPU chips without one: Mosaic lowering and HBM use, deviceless.

libtpu compiles for a TPU topology named by a string (`jax.experimental.topologies`) on any
machine: `jax.jit(...).lower(...).compile()` runs XLA:TPU and Mosaic end to end, and
`memory_analysis()` reports the temporary HBM the program needs. We compile attention at the 27b
shapes (N=32 query heads, K=16 kv heads, H=128, bf16, batch 1) on one chip of a v5e or v6e slice,
with the Pallas kernel and with the XLA reference, forward or forward + backward. Past the
chip's HBM XLA refuses to compile; the size it asks for is read from its error message.

Run `python -m gemma3.flash.tpu [v5e|v6e]` (a CPU machine with libtpu) to print the table.
"""

from __future__ import annotations

import functools
import os
import re
import sys

os.environ.setdefault("ALLOW_MULTIPLE_LIBTPU_LOAD", "1")  # deviceless compiles in parallel processes

import jax  # noqa: E402
import jax.numpy as jnp  # noqa: E402
from jax.experimental import topologies  # noqa: E402
from jax.sharding import SingleDeviceSharding  # noqa: E402

from gemma3.attention import self_attention  # noqa: E402
from gemma3.flash.forward import flash_attention  # noqa: E402

TOPOLOGIES = {"v5e": "v5e:2x4", "v6e": "v6e:2x4"}
HEADS_27B = (32, 16, 128)  # N, K, H
LENGTHS = (4096, 8192, 16384, 32768, 65536, 131072)
_UNITS = {"": 1, "K": 2**10, "M": 2**20, "G": 2**30, "T": 2**40}


@functools.cache
def tpu_device(chip: str) -> jax.Device:
    """Chip 0 of a deviceless v5e or v6e slice."""
    if chip not in TOPOLOGIES:
        raise ValueError(f"chip must be one of {sorted(TOPOLOGIES)}, got {chip!r}")
    return topologies.get_topology_desc(platform="tpu", topology_name=TOPOLOGIES[chip]).devices[0]


def _attention(impl: str, sliding_window: int | None, scale: float):
    def attend(q, k, v, segment_ids):
        if impl == "pallas":
            return flash_attention(
                q, k, v, sliding_window=sliding_window, segment_ids=segment_ids, scale=scale, interpret=False
            )
        return self_attention(q, k, v, segment_ids=segment_ids, sliding_window=sliding_window, scale=scale)

    return attend


def compile_attention(
    chip: str,
    seq_len: int,
    *,
    impl: str = "pallas",
    sliding_window: int | None = None,
    backward: bool = False,
    heads: tuple[int, int, int] = HEADS_27B,
    batch: int = 1,
    dtype=jnp.bfloat16,
):
    """The compiled TPU executable of causal attention over q [B, T, N, H], k/v [B, T, K, H].

    `backward=True` compiles the loss `sum(out)` with its gradients in q, k and v (training).
    Raises XLA's RESOURCE_EXHAUSTED error when the program does not fit the chip's HBM.
    """
    N, K, H = heads
    sharding = SingleDeviceSharding(tpu_device(chip))
    q = jax.ShapeDtypeStruct((batch, seq_len, N, H), dtype, sharding=sharding)
    kv = jax.ShapeDtypeStruct((batch, seq_len, K, H), dtype, sharding=sharding)
    segments = jax.ShapeDtypeStruct((batch, seq_len), jnp.int32, sharding=sharding)
    fn = _attention(impl, sliding_window, H**-0.5)
    if backward:
        attend = fn
        fn = jax.value_and_grad(lambda *args: jnp.sum(attend(*args).astype(jnp.float32)), (0, 1, 2))
    return jax.jit(fn, in_shardings=sharding, out_shardings=sharding).lower(q, kv, kv, segments).compile()


def temp_bytes(chip: str, seq_len: int, **kwargs) -> tuple[int, bool]:
    """(temporary HBM bytes, whether it fits the chip) of `compile_attention(chip, seq_len, **kwargs)`."""
    try:
        return compile_attention(chip, seq_len, **kwargs).memory_analysis().temp_size_in_bytes, True
    except jax.errors.JaxRuntimeError as error:
        found = re.search(r"HLO temporaries \(([\d.]+)([KMGT]?)\)", str(error))
        if "RESOURCE_EXHAUSTED" not in str(error) or found is None:
            raise
        return int(float(found.group(1)) * _UNITS[found.group(2)]), False


def memory_table(chip: str = "v5e", lengths=LENGTHS, *, backward: bool = False, sliding_window=None) -> list[dict]:
    """Temporary HBM of the kernel and of the XLA reference at 27b attention shapes, one row per T.

    Each row: `T`, `pallas` and `xla` bytes, and `xla_fits` (False: XLA's own estimate of a
    program too big for the chip).
    """
    rows = []
    for seq_len in lengths:
        kwargs = dict(backward=backward, sliding_window=sliding_window)
        pallas, _ = temp_bytes(chip, seq_len, impl="pallas", **kwargs)
        xla, xla_fits = temp_bytes(chip, seq_len, impl="xla", **kwargs)
        rows.append(dict(T=seq_len, pallas=pallas, xla=xla, xla_fits=xla_fits))
    return rows


def format_memory_table(rows: list[dict], title: str = "") -> str:
    """A Markdown table of `memory_table` rows in MiB; '> HBM' marks XLA programs that do not fit."""
    lines = [title] if title else []
    lines += ["| T | Pallas kernel (MiB) | XLA reference (MiB) |", "|---:|---:|---:|"]
    for row in rows:
        xla = f"{row['xla'] / 2**20:,.0f}" + ("" if row["xla_fits"] else " (> HBM)")
        lines.append(f"| {row['T']:,} | {row['pallas'] / 2**20:,.0f} | {xla} |")
    return "\n".join(lines)


if __name__ == "__main__":
    chip = sys.argv[1] if len(sys.argv) > 1 else "v5e"
    for backward in (False, True):
        title = f"{chip}, 27b heads (N=32, K=16, H=128), bf16, batch 1, {'forward+backward' if backward else 'forward'}"
        print(format_memory_table(memory_table(chip, backward=backward), title), end="\n\n")
