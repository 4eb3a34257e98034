"""Each notebook's 27B settings, in one place (`gemma3.aot.notebook_27b`): read by the notebook, and the
steps they drive compiled without a TPU for v5e-8 and v6e-8, where they must fit."""

import pathlib

import pytest

from gemma3.aot import notebook_27b

NOTEBOOKS = pathlib.Path(__file__).parent.parent / "notebooks"


def test_every_notebook_has_settings_and_the_tpu_cells_read_them():
    names = sorted(p.stem for p in NOTEBOOKS.glob("[0-9][0-9]_*.py"))
    assert sorted(notebook_27b.SETTINGS) == names
    for name in ("02_kv_cache_inference", "04_supervised_finetuning", "05_grpo", "06_vision"):  # 27B-only cells
        text = (NOTEBOOKS / f"{name}.py").read_text()
        per_slice = any(key[0] == name for key in notebook_27b.PER_SLICE)
        read = (
            f'notebook_27b.settings("{name}", notebook_27b.this_slice())'
            if per_slice
            else f'notebook_27b.SETTINGS["{name}"]'
        )
        assert read in text, name
    for name in names:
        assert all(notebook_27b.steps(name, t) for t in notebook_27b.TOPOLOGIES), name


class Device:
    def __init__(self, kind, platform="tpu"):
        self.device_kind, self.platform = kind, platform


def test_this_slice_names_the_tpu_chips_and_only_them():
    assert notebook_27b.this_slice([Device("TPU v5 lite")] * 8) == "v5e-8"
    assert notebook_27b.this_slice([Device("TPU v6 lite")] * 8) == "v6e-8"
    assert notebook_27b.this_slice([Device("TPU v5")] * 4) == "v5p-4"
    assert notebook_27b.this_slice([Device("cpu", "cpu")] * 8) is None
    assert notebook_27b.this_slice([Device("TPU v99")] * 8) is None
    assert notebook_27b.this_slice() is None  # these tests run on CPU devices


def test_v6e8_keeps_notebook_04s_layer_inputs_on_the_device_and_v5e8_offloads_them():
    """The settings differ by slice where it pays: v6e-8 trains notebook 04 with `remat=True` (no host
    round trips), v5e-8 with `remat="offload"`; a slice without an entry gets `SETTINGS`."""
    v5e, v6e = (notebook_27b.settings("04_supervised_finetuning", t) for t in ("v5e-8", "v6e-8"))
    assert v5e == notebook_27b.SETTINGS["04_supervised_finetuning"] and v5e["remat"] == "offload"
    assert v6e == {**v5e, "remat": True}
    assert notebook_27b.steps("04_supervised_finetuning", "v6e-8") == [("sft-lora", {"batch": 8, "seq": 2048})]
    assert notebook_27b.steps("04_supervised_finetuning", "v5e-8")[0][1]["remat"] == "offload"


def test_table_lists_every_step_on_every_slice():
    fake = {"memory": {"argument": 2**30, "temp": 2**29, "total": 1.5 * 2**30}, "hbm_usable": 15.75 * 2**30}
    text = notebook_27b.table(("v5e-8", "v6e-8"), compile_row=lambda t, w, o: {**fake, "fits": t == "v6e-8"})
    rows = [line for line in text.splitlines()[2:]]
    assert len(rows) == sum(len(notebook_27b.steps(n, t)) for n in notebook_27b.SETTINGS for t in ("v5e-8", "v6e-8"))
    assert "| 04_supervised_finetuning | sft-lora batch=8 seq=2048 remat=offload | v5e-8 |" in text
    assert rows[0].endswith("| **no** |") and rows[1].endswith("| yes |")


@pytest.mark.slow
@pytest.mark.tpu_compile
@pytest.mark.parametrize("topology", notebook_27b.TOPOLOGIES)
@pytest.mark.parametrize("notebook", sorted(notebook_27b.SETTINGS))
def test_notebook_27b_steps_fit(notebook, topology, compiled_27b):
    for workload, options in notebook_27b.steps(notebook, topology):
        job, result = compiled_27b(topology, workload, options)
        assert dict(job.mesh.shape)["tensor"] == 8, "the mesh gemma3.setup picks for 27B on one host"
        assert result["fits"], (notebook, workload, options, topology, result["memory"])
