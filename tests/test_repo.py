"""Repository hygiene: the lint is clean, the paired notebooks have not drifted, the top level is as promised."""

import json
import pathlib
import shutil
import subprocess
import sys

ROOT = pathlib.Path(__file__).resolve().parents[1]
BIN = pathlib.Path(sys.executable).parent


def test_top_level_holds_only_the_six_entries():
    tracked = subprocess.run(["git", "ls-files"], capture_output=True, text=True, cwd=ROOT, check=True).stdout
    visible = {line.split("/")[0] for line in tracked.splitlines() if not line.startswith(".")}
    assert visible == {"gemma3", "notebooks", "tests", "tpu_setup", "pyproject.toml", "README.md"}


def test_ruff_is_clean():
    result = subprocess.run([BIN / "ruff", "check", "--no-cache", str(ROOT)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def _cells(notebook: pathlib.Path):
    return [(c["cell_type"], "".join(c["source"])) for c in json.loads(notebook.read_text())["cells"]]


def test_every_notebook_source_has_an_ipynb_twin_in_sync(tmp_path):
    """The inputs only (cell types and sources): the twins are committed executed
    (`bash .ci/execute_notebooks`), and their outputs may lag behind a source edit."""
    sources = sorted((ROOT / "notebooks").glob("*.py"))
    assert sources, "no notebooks/*.py found"
    for source in sources:
        twin = source.with_suffix(".ipynb")
        assert twin.exists(), f"{twin.name} is missing: run jupytext --update --to ipynb {source}"
        shutil.copy(source, tmp_path / source.name)
        shutil.copy(twin, tmp_path / twin.name)
        subprocess.run([BIN / "jupytext", "--quiet", "--update", "--to", "ipynb", str(tmp_path / source.name)],
                       check=True, cwd=tmp_path)
        assert _cells(tmp_path / twin.name) == _cells(twin), (
            f"{twin.name} has drifted from {source.name}: run jupytext --update --to ipynb notebooks/{source.name}"
        )


def test_committed_outputs_show_no_error():
    """A reader sees the committed outputs without running anything: none may be a traceback."""
    for twin in sorted((ROOT / "notebooks").glob("*.ipynb")):
        for index, cell in enumerate(json.loads(twin.read_text())["cells"]):
            errors = [o for o in cell.get("outputs", []) if o.get("output_type") == "error"]
            assert not errors, (
                f"{twin.name}, cell {index}, was committed with an error output ({errors[0].get('ename')}): "
                f"fix the notebook, then run bash .ci/execute_notebooks notebooks/{twin.with_suffix('.py').name}"
            )
