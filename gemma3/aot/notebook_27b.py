"""The 27B settings each notebook runs on a TPU host, in one place: the notebooks read them, and a test
compiles, without a TPU, the steps they call with them and asserts they fit each slice.

    python -m gemma3.aot.notebook_27b            # the README table: notebook x slice -> per-chip GiB, fits
    python -m gemma3.aot.notebook_27b --topology v5e-8

Each notebook's TPU cells run these shapes on the mesh `gemma3.setup` picks for 27B on one host
(tensor parallel over its 8 chips). `steps(notebook)` lists the `gemma3.aot.workloads` that
compile the same functions at the same shapes: `forward` for the parallel pass of 01 and 03,
prefill and decode for `generate` (02, the rollouts of 05, the image prompt of 06), the LoRA train
step of 04 and the GRPO step of 05.
"""

from __future__ import annotations

import argparse
import sys

from gemma3.sampling import _bucket

TOPOLOGIES = ("v5e-8", "v6e-8")  # the single-host slices the notebooks are written for

# notebook -> its 27B settings (the notebook reads `SETTINGS[name]`, or `settings(name, this_slice())`)
SETTINGS = {
    "01_forward_pass": {"tokens": 16},  # the greedy-by-recompute cell's longest sequence
    "02_kv_cache_inference": {"batch": 8, "prompt_tokens": 16, "new_tokens": 128},  # batched decoding
    "03_flash_attention_pallas": {"tokens": 16, "attn": "pallas"},  # the model wired to the kernel
    # one pass of 8 x 2048: the layer inputs wait in host memory (`remat="offload"`; on the device they
    # need 19.9 GiB per v5e chip, or 4 micro-batches); v6e-8 keeps them on the device (`PER_SLICE`)
    "04_supervised_finetuning": {"batch": 8, "seq": 2048, "lora_rank": 16, "remat": "offload"},
    "05_grpo": {"group_size": 8, "prompts_per_step": 1, "prompt_tokens": 512, "new_tokens": 512, "lora_rank": 16},
    "06_vision": {"images": 1, "prompt_tokens": 512, "new_tokens": 64},  # one photo (256 soft tokens) described
}

# (notebook, slice) -> what differs there. A v6e chip (32 GiB) holds notebook 04's layer inputs on the
# device (22.6 GiB per chip with `remat=True`), so its step skips the 10.9 GB per chip of host round
# trips that a v5e chip (16 GiB) needs.
PER_SLICE = {("04_supervised_finetuning", "v6e-8"): {"remat": True}}

# `device_kind` of a TPU chip -> the name of its generation in slice names ("v5e-8")
_CHIP_NAMES = {"TPU v5 lite": "v5e", "TPU v5e": "v5e", "TPU v6 lite": "v6e", "TPU v6e": "v6e", "TPU v5": "v5p",
               "TPU v5p": "v5p", "TPU v4": "v4"}  # fmt: skip


def settings(notebook: str, topology: str | None = None) -> dict:
    """A notebook's 27B settings on `topology` ("v6e-8"; None or any other slice: `SETTINGS[notebook]`)."""
    return {**SETTINGS[notebook], **PER_SLICE.get((notebook, topology), {})}


def this_slice(devices=None) -> str | None:
    """The slice these devices make, e.g. "v5e-8" (all of `jax.devices()` by default: every host's chips),
    or None off a TPU or for a chip this table does not name."""
    import jax

    devices = jax.devices() if devices is None else devices
    kinds = {d.device_kind for d in devices if d.platform == "tpu"}
    if len(kinds) != 1 or len(devices) != sum(d.platform == "tpu" for d in devices):
        return None
    chip = _CHIP_NAMES.get(kinds.pop())
    return f"{chip}-{len(devices)}" if chip else None


def steps(notebook: str, topology: str | None = None) -> list[tuple[str, dict]]:
    """`[(workload, options)]`: what `python -m gemma3.aot` compiles to check a notebook's 27B cells on
    `topology` (its `settings`)."""
    s = settings(notebook, topology)
    if notebook == "01_forward_pass":
        return [("forward", {"seq": s["tokens"]})]
    if notebook == "03_flash_attention_pallas":
        return [("forward", {"seq": s["tokens"], "attn": s["attn"]})]
    if notebook == "02_kv_cache_inference":
        prompt, context = _bucket(s["prompt_tokens"]), _bucket(s["prompt_tokens"]) + _bucket(s["new_tokens"])
        return [
            ("prefill", {"batch": s["batch"], "seq": prompt, "context": context}),
            ("decode", {"batch": s["batch"], "context": context}),
        ]
    if notebook == "04_supervised_finetuning":
        options = {"batch": s["batch"], "seq": s["seq"]}  # rank 16 and remat=True ("full"): the workload's defaults
        options |= {} if s["remat"] is True else {"remat": s["remat"]}
        return [("sft-lora", options if s["lora_rank"] == 16 else {**options, "lora_rank": s["lora_rank"]})]
    if notebook == "05_grpo":
        rollouts, seq = s["group_size"] * s["prompts_per_step"], s["prompt_tokens"] + s["new_tokens"]
        return [
            ("decode", {"batch": rollouts, "context": seq}),  # the rollouts' decoding, prompt + completion
            ("grpo", {"batch": rollouts, "seq": seq, "lora_rank": s["lora_rank"]}),
        ]
    if notebook == "06_vision":
        prompt = _bucket(s["prompt_tokens"])
        return [
            ("prefill-image", {"seq": prompt, "images": s["images"]}),
            ("decode", {"batch": 1, "context": prompt + _bucket(s["new_tokens"])}),
        ]
    raise KeyError(notebook)


def table(topologies=TOPOLOGIES, compile_row=None, log=sys.stderr) -> str:
    """The markdown table: one row per (notebook, step, slice), per-chip memory from the compile."""
    from gemma3 import aot

    compile_row = compile_row or (lambda t, w, o: aot.analyze(*_compile(t, w, o)))
    lines = [
        "| notebook | step (27b) | slice | arguments GiB | temporaries GiB | total GiB / chip | usable GiB | fits |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for notebook in SETTINGS:
        for topology in topologies:
            for workload, options in steps(notebook, topology):
                print(f"compiling {notebook} {workload} {options} for {topology}", file=log, flush=True)
                r = compile_row(topology, workload, options)
                m = r["memory"]
                lines.append(
                    f"| {notebook} | {workload} {_shape(options)} | {topology} | {m['argument'] / aot.GiB:.2f} "
                    f"| {m['temp'] / aot.GiB:.2f} | {m['total'] / aot.GiB:.2f} | {r['hbm_usable'] / aot.GiB:.2f} "
                    f"| {'yes' if r['fits'] else '**no**'} |"
                )
    return "\n".join(lines)


def _shape(options: dict) -> str:
    return " ".join(f"{k}={v}" for k, v in options.items())


def _compile(topology: str, workload: str, options: dict):
    from gemma3 import aot

    job, compiled, _ = aot.compile_workload("27b", topology, workload, **options)
    return job, compiled, aot.topology_devices(topology)[1]


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(prog="python -m gemma3.aot.notebook_27b", description=__doc__.split("\n\n")[0])
    parser.add_argument("--topology", action="append", help=f"default: {', '.join(TOPOLOGIES)}")
    args = parser.parse_args(argv)
    import os

    import jax

    if "JAX_PLATFORMS" not in os.environ:
        jax.config.update("jax_platforms", "cpu")  # the host compiles; never grab a local TPU
    print(table(tuple(args.topology or TOPOLOGIES)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
