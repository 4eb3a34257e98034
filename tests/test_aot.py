"""Deviceless TPU compiles (`python -m gemma3.aot`): HLO accounting, errors, 27B on v5e-8 against the snapshots."""

import dataclasses
import json
import re

import jax
import jax.numpy as jnp
import pytest
from jax.sharding import NamedSharding, PartitionSpec

from gemma3 import aot, hlo
from gemma3.aot.common import matmul_params, shard_bytes
from gemma3.config import get_config
from gemma3.hlo import diff as hlo_diff
from gemma3.params import abstract_params
from gemma3.sharding import make_mesh


def test_hlo_collectives_are_weighted_by_trip_counts():
    """A psum inside a 5-step scan nested in a 3-step scan runs 15 times: the HLO text says it once."""
    mesh = make_mesh(tensor=8)
    w_sharding = NamedSharding(mesh, PartitionSpec("tensor", None))

    def step(x, w):
        def inner(x, _):
            return jnp.tanh(x @ w), None  # contracting over the sharded dim: an all-reduce per step

        def outer(x, _):
            return jax.lax.scan(inner, x, None, length=5)[0], None

        return jax.lax.scan(outer, x, None, length=3)[0]

    x = jax.ShapeDtypeStruct((4, 64), jnp.float32, sharding=NamedSharding(mesh, PartitionSpec(None, "tensor")))
    w = jax.ShapeDtypeStruct((64, 64), jnp.float32, sharding=w_sharding)
    text = jax.jit(step, out_shardings=x.sharding).lower(x, w).compile().as_text()
    stats = hlo.analyze(text)
    assert sorted(stats.trip_counts.values()) == [3, 5], stats.trip_counts
    reduces = stats.collectives["all-reduce"]
    assert reduces.count == 15, stats.collectives
    assert reduces.bytes == 15 * 4 * 64 * 4


def test_matmul_params_match_the_declared_weights():
    config = get_config("27b")
    layers, unembed = matmul_params(config)
    shapes = abstract_params(config).layers
    declared = sum(getattr(shapes, f).size for f in ("q", "k", "v", "o", "gate", "up", "down"))
    assert layers == declared
    assert unembed == config.vocab_size * config.embed_dim


def test_unknown_topology_and_workload_list_the_known_ones(capsys):
    with pytest.raises(ValueError, match="known: v5e-1.*v6e-8.*v5p-8"):
        aot.topology_devices("v4-8")
    with pytest.raises(ValueError, match="known: forward, prefill, .*decode"):
        aot.compile_workload("27b", "v5e-8", "pretrain")
    assert aot.main(["--topology", "tpu9-8"]) == 2
    assert "unknown topology" in capsys.readouterr().err


def test_snapshot_drift_names_every_moved_number():
    base = {"k": {"memory": {"temp": 1000}, "collectives": {"all-reduce": {"count": 125, "bytes": 10}}, "large": 0}}
    same = json.loads(json.dumps(base))
    same["k"]["memory"]["temp"] = 1040  # within 5%
    assert aot.snapshot_drift(base, same) == []
    moved = json.loads(json.dumps(base))
    moved["k"]["memory"]["temp"] = 2000
    moved["k"]["collectives"]["all-reduce"]["count"] = 126
    drift = aot.snapshot_drift(base, moved)
    assert any("k.memory.temp" in d and "+100.0%" in d for d in drift), drift
    assert any("all-reduce.count: expected 125, found 126" in d for d in drift), drift


@pytest.mark.tpu_compile
def test_divisibility_error_from_a_topology():
    small = dataclasses.replace(get_config("270m"), num_layers=2)  # 4 query heads on 8 chips
    from gemma3.aot.workloads import WORKLOADS

    _, _, devices = aot.topology_devices("v5e-8")
    with pytest.raises(ValueError, match="layers.q: dimension 1 .*'heads', size 4.*'tensor' of size 8"):
        WORKLOADS["decode"](small, make_mesh(devices=devices), batch=1, context=128)


@pytest.mark.slow
@pytest.mark.tpu_compile
def test_27b_decode_fits_v5e8_without_weight_gathers(compiled_27b):
    job, result = compiled_27b("v5e-8", "decode", {"batch": 8, "context": 32768})
    config = get_config("27b")
    assert result["fits"], result["memory"]
    assert result["memory"]["temp"] < 0.10 * result["memory"]["argument"], result["memory"]
    assert result["memory"]["alias"] > 0.9 * result["memory"]["output"], "the donated cache must be updated in place"
    assert "all-gather" not in result["collectives"], result["collectives"]
    assert not [x for x in result["large"] if x["op"] == "all-gather"]
    # tensor parallelism: one all-reduce after attention and one after the MLP per layer, plus the embedding
    assert result["collectives"]["all-reduce"]["count"] == 2 * config.num_layers + 1, result["collectives"]
    assert result["floor"]["memory"] > result["floor"]["compute"], "batch-8 decode is memory bound"


@pytest.mark.slow
@pytest.mark.tpu_compile
def test_27b_training_steps_fit_and_update_their_state_in_place(compiled_27b):
    """sft-lora and grpo (LoRA) on v5e-8, full sft on v5p-8: each fits usable HBM, its donated state aliased."""
    rows = [row for row in aot.SNAPSHOT_ROWS if row[1] in ("sft", "sft-lora", "grpo")]
    assert sorted(row[1] for row in rows) == ["grpo", "sft", "sft-lora"], aot.SNAPSHOT_ROWS
    for row in rows:
        key, (job, result) = aot.snapshot_key("27b", *row), compiled_27b(*row)
        assert job.rules.name == "training", key
        assert result["fits"] and result["memory"]["total"] <= result["hbm_usable"], (key, result["memory"])
        donated = sum(shard_bytes(job.args[i]) for i in job.donate)
        assert result["memory"]["alias"] >= 0.99 * donated, (key, result["memory"], donated)


@pytest.mark.slow
@pytest.mark.tpu_compile
def test_27b_offload_keeps_the_layer_inputs_in_host_memory(compiled_27b):
    """`remat="offload"` (the sft-lora row): the stack of layer inputs, `[L, B, T, D]` bf16, lives only in
    host memory (`S(5)` in its layout), so the device never holds it (from the snapshot row's compile)."""
    row = next(row for row in aot.SNAPSHOT_ROWS if row[2].get("remat") == "offload")
    config, options = get_config("27b"), row[2]
    shape = f"bf16[{config.num_layers},{options['batch']},{options['seq']},{config.embed_dim}]"
    layouts = set(re.findall(re.escape(shape) + r"\{[^}]*\}", compiled_27b.texts(*row)["hlo"]))
    assert layouts and all(layout.endswith("S(5)}") for layout in layouts), layouts


@pytest.mark.slow
@pytest.mark.tpu_compile
def test_27b_snapshots_have_not_drifted(compiled_27b):
    """The snapshot numbers and the HLO dumps (`gemma3/hlo/dumps/`) of every row, from the same compiles.

    A dump that drifted is rewritten in place (`git diff gemma3/hlo/dumps` shows it; commit it if
    intended), and the failure says what moved: fusions, collectives, copies, bytes, flops, loop bodies.
    """
    expected = json.loads(aot.SNAPSHOTS.read_text())
    found = {aot.snapshot_key("27b", *row): aot.snapshot_entry(compiled_27b(*row)[1]) for row in aot.SNAPSHOT_ROWS}
    drift = aot.snapshot_drift(expected, found)
    dumps = [hlo_diff.check(row, compiled_27b.texts(*row), memory=compiled_27b(*row)[1]["memory"])
             for row in aot.SNAPSHOT_ROWS]  # fmt: skip
    dumps = [d for d in dumps if d]
    message = []
    if drift:
        message += [f"XLA's plan moved beyond {aot.SNAPSHOT_TOLERANCE:.0%} (collective counts exactly):"]
        message += [f"  {d}" for d in drift]
        message += ["If the change is intended, run `python -m gemma3.aot --update-snapshots` and commit the JSON."]
    if dumps:
        message += [*dumps, "If intended, commit the rewritten dumps (`python -m gemma3.hlo dump` also writes them)."]
    assert not message, "\n".join(message)


@pytest.mark.slow
@pytest.mark.tpu_compile
@pytest.mark.parametrize(
    "workload,options",
    [("sft-lora", {}), ("sft", {"accum_steps": 2, "state_dtype": "bfloat16"}), ("grpo", {"lora_rank": 0})],
)
def test_training_workloads_compile_with_fsdp(workload, options):
    """A tiny model's training steps compile for v5e-8 on a fsdp=2 x tensor=4 mesh, state updated in place."""
    from gemma3.aot.workloads import WORKLOADS

    _, chip, devices = aot.topology_devices("v5e-8")
    job = WORKLOADS[workload](TINY, make_mesh(fsdp=2, devices=devices), batch=4, seq=256, **options)
    assert job.rules.name == "training" and job.args[0] is not None
    compiled = jax.jit(
        job.step, in_shardings=job.in_shardings, out_shardings=job.out_shardings, donate_argnums=job.donate
    )
    result = aot.analyze(job, compiled.lower(*job.args).compile(), chip)
    assert result["fits"]
    assert result["memory"]["alias"] > 0, "the train state must be donated"
    assert result["collectives"]["all-gather"]["count"] > 0, "FSDP gathers each layer's weights"


TINY = dataclasses.replace(
    get_config("270m"), num_layers=2, vocab_size=1024, embed_rows=1024, embed_dim=256, mlp_dim=512, head_dim=64
)


@pytest.mark.tpu_compile
@pytest.mark.parametrize("lora_rank", [0, 4])
def test_sft_workload_holds_the_adam_state_dtype_it_asks_for(lora_rank):
    """The abstract train state is the trainer's own: float32 Adam moments by default, bf16 on request."""
    from gemma3.aot.workloads import WORKLOADS

    mesh = make_mesh(fsdp=2, devices=aot.topology_devices("v5e-8")[2])
    for state_dtype, want in (("float32", jnp.float32), ("bfloat16", jnp.bfloat16)):
        job = WORKLOADS["sft"](TINY, mesh, batch=4, seq=256, lora_rank=lora_rank, state_dtype=state_dtype)
        state = job.args[0]
        params = jax.tree.leaves(state.params)
        moments = [x for x in jax.tree.leaves(state.opt_state) if x.ndim > 0]
        assert len(moments) == 2 * len(params), "AdamW keeps two moments per trained leaf"
        assert {x.dtype for x in moments} == {jnp.dtype(want)}, (state_dtype, {x.dtype for x in moments})
        # each moment sharded like its parameter (params leaves repeat once for mu, once for nu)
        assert [x.sharding for x in moments] == [x.sharding for x in params] * 2
        assert f"adam_state={state_dtype}" in job.describe


@pytest.mark.tpu_compile
def test_lora_flops_skip_the_frozen_weight_gradient_and_bad_options_say_why(capsys):
    """LoRA's adapters are a side path: its frozen weights get no `dW`; the adapters get all 8 passes."""
    from gemma3.aot.workloads import WORKLOADS
    from gemma3.training import lora

    mesh = make_mesh(fsdp=2, devices=aot.topology_devices("v5e-8")[2])
    full = WORKLOADS["sft"](TINY, mesh, batch=4, seq=256)
    adapted = WORKLOADS["sft-lora"](TINY, mesh, batch=4, seq=256)
    layers, unembed = matmul_params(TINY)
    assert full.flops > 8 * (layers + unembed) * full.tokens  # 8 passes over the weights, plus attention
    adapter_flops = 8 * lora.adapter_count(TINY, lora.LoRAConfig(rank=16)) * full.tokens
    # no dW over the layers; the frozen embedding's logits: 2 passes (forward, dx formed beside it), not 4
    assert full.flops - adapted.flops == pytest.approx((2 * layers + 4 * unembed) * full.tokens - adapter_flops)
    with pytest.raises(ValueError, match="accum_steps=3"):
        WORKLOADS["sft"](TINY, mesh, batch=4, seq=256, accum_steps=3)
    with pytest.raises(ValueError, match="float32, bfloat16"):
        WORKLOADS["sft"](TINY, mesh, batch=4, seq=256, state_dtype="float16")
    assert aot.main(["--topology", "v5e-8", "--workload", "sft", "--batch", "3", "--accum-steps", "2"]) == 2
    assert "accum_steps=2" in capsys.readouterr().err


def test_out_of_memory_is_read_from_xla_error():
    message = (
        "RESOURCE_EXHAUSTED: Ran out of memory on HBM, the total memory required for HLO temporaries (19.07G) "
        "exceeds available HBM (15.75G)."
    )
    need, have = aot.out_of_memory(RuntimeError(message))
    assert need == int(19.07 * 2**30) and have == int(15.75 * 2**30)
    assert have == aot.CHIPS["v5e"].hbm_usable < aot.CHIPS["v5e"].hbm_bytes, "fits is judged on the usable HBM"
    assert aot.out_of_memory(RuntimeError("INTERNAL: something else")) is None
