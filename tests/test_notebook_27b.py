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
        assert f'notebook_27b.SETTINGS["{name}"]' in (NOTEBOOKS / f"{name}.py").read_text(), name
    for name in names:
        assert notebook_27b.steps(name), name


def test_table_lists_every_step_on_every_slice():
    fake = {"memory": {"argument": 2**30, "temp": 2**29, "total": 1.5 * 2**30}, "hbm_usable": 15.75 * 2**30}
    text = notebook_27b.table(("v5e-8", "v6e-8"), compile_row=lambda t, w, o: {**fake, "fits": t == "v6e-8"})
    rows = [line for line in text.splitlines()[2:]]
    assert len(rows) == 2 * sum(len(notebook_27b.steps(n)) for n in notebook_27b.SETTINGS)
    assert "| 04_supervised_finetuning | sft-lora batch=8 seq=2048 remat=offload | v5e-8 |" in text
    assert rows[0].endswith("| **no** |") and rows[1].endswith("| yes |")


@pytest.mark.slow
@pytest.mark.tpu_compile
@pytest.mark.parametrize("topology", notebook_27b.TOPOLOGIES)
@pytest.mark.parametrize("notebook", sorted(notebook_27b.SETTINGS))
def test_notebook_27b_steps_fit(notebook, topology, compiled_27b):
    for workload, options in notebook_27b.steps(notebook):
        job, result = compiled_27b(topology, workload, options)
        assert dict(job.mesh.shape)["tensor"] == 8, "the mesh gemma3.setup picks for 27B on one host"
        assert result["fits"], (notebook, workload, options, topology, result["memory"])
