"""tpu_setup/ as a user reads it: every repo path it names exists, and it walks to every notebook.

A reference is checked when it is written relative to this repository (not on a worker's disk):
- a path under one of the repo's top-level folders, `notebooks/05_grpo.py`, `gemma3/aot/__init__.py`,
  `tpu_setup/install.sh`, or a glob such as `notebooks/*.py` (must match something);
  `~/gemma3/...` (the project as install.sh copies it to a worker) counts as the repo;
- a bare script name, `create_vm.sh`, which must be in tpu_setup/;
- a bare notebook name, `05_grpo.py`, which must be in notebooks/;
- a module run with `python -m gemma3...`.
Not references: absolute and home paths on the workers (`/mnt/data/...`, `~/logs/...`, `$HOME/...`),
URLs, Hugging Face ids (`google/gemma-3-27b-it`), gcloud resource paths (`projects/p1/zones/...`).
"""

import pathlib
import re

import pytest

ROOT = pathlib.Path(__file__).resolve().parent.parent
SETUP = ROOT / "tpu_setup"
NOTEBOOKS = sorted(ROOT.glob("notebooks/[0-9][0-9]_*.py"))

# no path character (or URL, variable, home, resource-path character) right before a reference
START = r"(?<![\w./~$@{}:-])"
PATH_CHARS = r"[\w.*/-]"
NOT_REPO = {"__pycache__", "build", "dist"}
WORKER_REPO = re.compile(r"~/(?:gemma3|\$REMOTE_DIR|\$\{REMOTE_DIR\})/")  # install.sh's copy on a worker


def repo_folders() -> list[str]:
    """Top-level folders of the repo a document can name: not caches, venvs or VCS state."""
    return sorted(
        p.name
        for p in ROOT.iterdir()
        if p.is_dir()
        and p.name not in NOT_REPO
        and not p.name.endswith(".egg-info")
        and (not p.name.startswith(".") or p.name in (".ci", ".github"))
    )


def references(text: str) -> list[tuple[str, pathlib.Path | None, str]]:
    """`(reference, path it must be, kind)` for each repo reference in `text`; kind glob/path/module."""
    text = WORKER_REPO.sub(" ", text)
    folders = "|".join(map(re.escape, repo_folders()))
    found = []
    for match in re.finditer(rf"{START}((?:{folders})/{PATH_CHARS}*)", text):
        ref = match.group(1).rstrip(".,:;")
        found.append((ref, ROOT / ref, "glob" if "*" in ref else "path"))
    for match in re.finditer(rf"{START}([\w-]+\.sh)\b", text):
        found.append((match.group(1), SETUP / match.group(1), "path"))
    for match in re.finditer(rf"{START}(\d\d_\w+\.(?:py|ipynb))\b", text):
        found.append((match.group(1), ROOT / "notebooks" / match.group(1), "path"))
    for match in re.finditer(r"python -m (gemma3(?:\.\w+)*)", text):
        found.append((match.group(1), None, "module"))
    return found


def module_exists(name: str) -> bool:
    base = ROOT.joinpath(*name.split("."))
    if name == "gemma3":
        return (base / "__main__.py").is_file()
    return base.with_suffix(".py").is_file() or (base / "__init__.py").is_file()


def missing(text: str) -> list[str]:
    """The references in `text` that name nothing in this repo, sorted, each once."""
    out = set()
    for ref, path, kind in references(text):
        if kind == "glob":
            ok = any(ROOT.glob(ref))
        elif kind == "module":
            ok = module_exists(ref)
        else:
            ok = path.exists()
        if not ok:
            out.add(ref)
    return sorted(out)


def tpu_sections(readme: str) -> str:
    """The top-level README's `## ...TPU...` sections (each up to the next `## ` heading)."""
    sections = re.split(r"^(?=## )", readme, flags=re.M)
    chosen = [s for s in sections if s.startswith("## ") and "TPU" in s.splitlines()[0]]
    assert chosen, "README.md has no '## ' section whose heading names TPU (the TPU VM walk-through)"
    return "\n".join(chosen)


DOCUMENTS = [*sorted(SETUP.glob("*.sh")), SETUP / "README.md", ROOT / "README.md"]


@pytest.mark.parametrize("document", DOCUMENTS, ids=lambda p: str(p.relative_to(ROOT)))
def test_every_named_repo_path_exists(document):
    text = document.read_text()
    if document == ROOT / "README.md":
        text = tpu_sections(text)
    assert not missing(text), f"{document.relative_to(ROOT)} names paths that do not exist: {missing(text)}"


def test_the_reference_finder_catches_stale_names_and_ignores_worker_paths():
    text = """
    tpu_setup/run_notebook.sh --notebook notebooks/03_generate.py --checkpoint /mnt/data/gemma-3-27b-it
    profile.sh capture --script ~/gemma3/notebooks/05_sft.py; see `create_vm.sh`, bogus_vm.sh and 07_missing.ipynb.
    python -m gemma3.aot ... python -m gemma3.nonexistent ... python -m gemma3 generate "..."
    Compare notebooks/*.py and gemma3/*.nothing.
    Not references: ~/logs/01_forward_pass.host.log $HOME/logs/x.log https://astral.sh/uv/install.sh
    google/gemma-3-27b-it https://github.com/you/gemma3.git projects/p1/zones/z/disks/d ~/models/gemma-3-27b-it
    "$(dirname "${BASH_SOURCE[0]}")/common.sh" ${DATA_DIR}/notebooks/x.py
    """
    refs = {ref for ref, _, _ in references(text)}
    assert {"tpu_setup/run_notebook.sh", "create_vm.sh", "profile.sh", "gemma3.aot", "gemma3"} <= refs
    assert not any("gemma-3" in ref or "install.sh" == ref or "common.sh" == ref for ref in refs), refs
    assert missing(text) == sorted(
        ["notebooks/03_generate.py", "notebooks/05_sft.py", "bogus_vm.sh", "07_missing.ipynb", "gemma3.nonexistent",
         "gemma3/*.nothing"]
    )  # fmt: skip


def test_readme_walks_to_every_notebook():
    """tpu_setup/README.md gives the script command and the JupyterLab file of each notebook found."""
    readme = (SETUP / "README.md").read_text()
    assert NOTEBOOKS, "no notebooks/NN_*.py found"
    for notebook in NOTEBOOKS:
        command = rf"tpu_setup/run_notebook.sh [^\n]*--notebook notebooks/{re.escape(notebook.name)}\n"
        assert re.search(command, readme), f"tpu_setup/README.md lacks a run_notebook.sh command for {notebook.name}"
        assert f"notebooks/{notebook.stem}.ipynb" in readme, (
            f"tpu_setup/README.md lacks JupyterLab's {notebook.stem}.ipynb"
        )
