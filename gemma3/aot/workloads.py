"""The workloads `python -m gemma3.aot` compiles: each a small function building a `Workload`.

A workload function takes `(config, mesh, **options)` and returns the step function, its
abstract arguments (`jax.ShapeDtypeStruct` carrying `NamedSharding`s: nothing is allocated),
which arguments are donated, and the model's own count of the flops and HBM bytes one step
needs (the roofline floor). Add one by writing such a function and registering it in
`WORKLOADS`; training workloads use `rules="training"` and the abstract optimizer state their
own step builds (`Trainer.abstract_state`), so its dtypes are the ones a real run holds.

The `Workload` record and the helpers every workload uses live in `gemma3.aot.common`; the
inference workloads in `gemma3.aot.inference`, the training ones in `gemma3.aot.training`.
"""

from __future__ import annotations

from collections.abc import Callable

from gemma3.aot.common import (  # noqa: F401  (re-exported: the record and flop counts live in gemma3.aot.common)
    Workload,
    attention_flops,
    matmul_params,
    sharded_params,
)
from gemma3.aot.inference import decode, forward, prefill, prefill_image
from gemma3.aot.training import REMATS, STATE_DTYPES, grpo, sft, sft_lora  # noqa: F401  (REMATS, STATE_DTYPES re-exported)

WORKLOADS: dict[str, Callable[..., Workload]] = {
    "forward": forward,
    "prefill": prefill,
    "prefill-image": prefill_image,
    "decode": decode,
    "sft": sft,
    "sft-lora": sft_lora,
    "grpo": grpo,
}
