"""The package's import graph, read from the source (no import runs): no cycles, and no recipe in the library.

Every `import` counts wherever it stands: at the top of a module, inside a function (a lazy import
still ties the two modules together), under `if TYPE_CHECKING:`. The one exception is a
module's `if __name__ == "__main__":` block: it runs only when the module is a script
(`python -m gemma3.hlo diff`), as `__main__`, another module object, so it cannot close a cycle.
A cycle is a bug (STYLE.md, 13): move the shared piece into a module both can import.
`gemma3/__init__.py` names its public modules as strings and imports them on first use; those
are not edges (it imports nothing itself).
"""

import ast
import pathlib
import re

PACKAGE = pathlib.Path(__file__).resolve().parent.parent / "gemma3"

# the recipes and demos (every module of `gemma3.recipes`): they use the library, the library never uses them
RECIPES_PACKAGE = "gemma3.recipes"
KNOWN_RECIPES = {"gemma3.recipes.sqrt_task", "gemma3.recipes.sft_sqrt", "gemma3.recipes.grpo_demo"}
# command-line tools that measure a recipe's workload (`python -m gemma3.bench grpo-step` times
# GRPO on the square-root prompts): consumers of the library like the notebooks, so they may import
# recipes. Only the module that does: bench/speed.py (grpo-step); the rest of gemma3.bench may not.
TOOLS_USING_RECIPES = {"gemma3.bench.speed"}


def module_name(path: pathlib.Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imported_modules(path: pathlib.Path, modules: set[str]) -> set[str]:
    """The package's modules that `path` imports anywhere in its source."""
    name = module_name(path)
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found = set()
    tree = ast.parse(path.read_text(), filename=str(path))
    tree.body = [stmt for stmt in tree.body if not _is_main_block(stmt)]
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            targets = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.rsplit(".", node.level - 1)[0] if node.level > 1 else package
                base = f"{anchor}.{base}" if base else anchor
            # `from gemma3.training import lora` names a module; `from gemma3.training.lora import apply` a name in one
            submodules = {f"{base}.{alias.name}" for alias in node.names} & modules
            targets = sorted(submodules) or [base]
        else:
            continue
        for target in targets:
            while target and target not in modules:  # `import gemma3.training.lora.x` -> `gemma3.training.lora`
                target = target.rpartition(".")[0]
            if target and target != name:
                found.add(target)
    return found


def _is_main_block(stmt: ast.stmt) -> bool:
    """`if __name__ == "__main__":` at the top level of a module."""
    test = getattr(stmt, "test", None) if isinstance(stmt, ast.If) else None
    return (isinstance(test, ast.Compare) and isinstance(test.left, ast.Name) and test.left.id == "__name__"
            and len(test.comparators) == 1 and getattr(test.comparators[0], "value", None) == "__main__")  # fmt: skip


def import_graph() -> dict[str, set[str]]:
    paths = sorted(PACKAGE.rglob("*.py"))
    modules = {module_name(p) for p in paths}
    return {module_name(p): imported_modules(p, modules) for p in paths}


def find_cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """One cycle (as a path that returns to its start) per strongly connected group of modules (Tarjan)."""
    index, low, stack, on_stack, groups = {}, {}, [], set(), []

    def visit(v):
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in sorted(graph.get(v, ())):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            group = set()
            while True:
                w = stack.pop()
                on_stack.discard(w)
                group.add(w)
                if w == v:
                    break
            if len(group) > 1:
                groups.append(group)

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return [_cycle_in(group, graph) for group in groups]


def _cycle_in(group: set[str], graph: dict[str, set[str]]) -> list[str]:
    """A shortest path from the group's first module back to itself, within the group (breadth first)."""
    start = min(group)
    paths = {start: [start]}
    frontier = [start]
    while frontier:
        following = []
        for v in frontier:
            for w in sorted(graph[v] & group):
                if w == start:
                    return paths[v] + [start]
                if w not in paths:
                    paths[w] = paths[v] + [w]
                    following.append(w)
        frontier = following
    raise AssertionError(f"{sorted(group)} is not a cycle")


def test_the_graph_reads_every_kind_of_import(tmp_path, monkeypatch):
    """The reader sees top-level, in-function, relative and `from gemma3 import module` imports."""
    package = tmp_path / "gemma3"
    package.mkdir()
    (package / "__init__.py").write_text("")
    (package / "a.py").write_text("from gemma3.b import thing\n")
    (package / "b.py").write_text("def f():\n    from . import c\n")
    (package / "c.py").write_text("from gemma3 import a\n")
    (package / "d.py").write_text("import gemma3.c\n")
    (package / "sub").mkdir()  # a subpackage: its modules, and relative imports that climb out of it
    (package / "sub" / "__init__.py").write_text("from gemma3.sub.e import thing\n")
    (package / "sub" / "e.py").write_text("from ..d import thing\nfrom . import f\n")
    (package / "sub" / "f.py").write_text("from gemma3.sub import e\n")
    monkeypatch.setattr(__import__(__name__), "PACKAGE", package)
    graph = import_graph()
    assert graph["gemma3.a"] == {"gemma3.b"} and graph["gemma3.b"] == {"gemma3.c"}
    assert graph["gemma3.c"] == {"gemma3.a"} and graph["gemma3.d"] == {"gemma3.c"}
    assert graph["gemma3.sub"] == {"gemma3.sub.e"} and graph["gemma3.sub.e"] == {"gemma3.d", "gemma3.sub.f"}
    assert graph["gemma3.sub.f"] == {"gemma3.sub.e"}
    assert find_cycles(graph) == [
        ["gemma3.a", "gemma3.b", "gemma3.c", "gemma3.a"],
        ["gemma3.sub.e", "gemma3.sub.f", "gemma3.sub.e"],
    ]


def test_no_import_cycles():
    graph = import_graph()
    assert len(graph) > 30, f"read only {sorted(graph)} under {PACKAGE}"
    subpackages = {path.parent.name for path in PACKAGE.glob("*/__init__.py")}
    assert {module.split(".")[1] for module in graph if module.count(".") == 2} == subpackages, "subpackages unread"
    cycles = find_cycles(graph)
    assert not cycles, "import cycles (move the shared piece into a module both import):\n" + "\n".join(
        " -> ".join(cycle) for cycle in cycles
    )


def test_the_library_never_imports_a_recipe():
    graph = import_graph()
    recipes = {module for module in graph if module == RECIPES_PACKAGE or module.startswith(RECIPES_PACKAGE + ".")}
    assert KNOWN_RECIPES <= recipes, f"recipes {sorted(KNOWN_RECIPES - recipes)} not found: update KNOWN_RECIPES"
    offenders = {
        f"{module} imports {sorted(graph[module] & recipes)}"
        for module in set(graph) - recipes - TOOLS_USING_RECIPES
        if graph[module] & recipes
    }
    assert not offenders, f"the library must not import its recipes and demos: {sorted(offenders)}"


NOTEBOOKS = PACKAGE.parent / "notebooks"


def defined_names(module: str) -> set[str]:
    """The public names a module defines itself: top-level functions, classes and assignments."""
    path = PACKAGE.parent / module.replace(".", "/")
    path = path / "__init__.py" if path.is_dir() else path.with_suffix(".py")
    names = set()
    for node in ast.parse(path.read_text()).body:
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            names.add(node.name)
        elif isinstance(node, ast.Assign):
            names.update(target.id for target in node.targets if isinstance(target, ast.Name))
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names.add(node.target.id)
    return {name for name in names if not name.startswith("_")}


def notebook_uses(path: pathlib.Path) -> list[tuple[int, str]]:
    """Every `gemma3...` name a notebook reaches: `from gemma3.x import y` gives "gemma3.x.y", an
    attribute chain `gemma3.x.y(...)` gives "gemma3.x.y", `import gemma3.x` gives "gemma3.x"."""
    uses = []
    tree = ast.parse(path.read_text(), filename=str(path))
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and (node.module or "").split(".")[0] == "gemma3":
            uses += [(node.lineno, f"{node.module}.{alias.name}") for alias in node.names]
        elif isinstance(node, ast.Import):
            uses += [(node.lineno, alias.name) for alias in node.names if alias.name.split(".")[0] == "gemma3"]
        elif isinstance(node, ast.Attribute):
            chain, inner = [node.attr], node.value
            while isinstance(inner, ast.Attribute):
                chain.append(inner.attr)
                inner = inner.value
            if isinstance(inner, ast.Name) and inner.id == "gemma3":
                uses.append((node.lineno, ".".join(["gemma3", *reversed(chain)])))
    return uses


def test_notebooks_import_only_public_names():
    """Notebooks reach the package only through its public API, which reads as two levels:

    - `gemma3.NAME` where NAME is in `gemma3.__all__` (the one level a user needs) or is one of
      the package's modules or subpackages (`gemma3.mesh`, `gemma3.training`, ...);
    - `gemma3.MODULE.NAME` (or `from gemma3.MODULE import NAME`; MODULE may be a subpackage's module,
      `gemma3.training.sft`) where MODULE defines NAME itself and NAME has no leading underscore: a
      module's public functions, classes and constants are its documented API, imported from their
      one home, never through a module that re-imports them.
    """
    import gemma3

    modules = set(import_graph())
    top_level = set(gemma3.__all__) | {module.split(".")[1] for module in modules if module != "gemma3"}
    problems = []
    for path in sorted(NOTEBOOKS.glob("*.py")):
        for line, use in notebook_uses(path):
            parts = use.split(".")
            if len(parts) >= 2 and parts[1].startswith("__"):  # the module's own `__file__`, `__version__`
                continue
            if len(parts) >= 2 and parts[1] not in top_level:
                problems.append(f"{path.name}:{line}: {use}: not in gemma3.__all__ and not a module of gemma3")
                continue
            # the deepest module the use names (`gemma3.training.sft`), then the name it reaches in it
            depth = max(i for i in range(1, len(parts) + 1) if ".".join(parts[:i]) in modules)
            module = ".".join(parts[:depth])
            if module != "gemma3" and depth < len(parts) and parts[depth] not in defined_names(module):
                problems.append(f"{path.name}:{line}: {use}: {module} does not define a public {parts[depth]}")
    assert len(list(NOTEBOOKS.glob("*.py"))) >= 6
    assert not problems, "notebooks use names outside the public API:\n" + "\n".join(problems)


TESTS = PACKAGE.parent / "tests"
# what a test touches when it needs the oracle (transformers and torch: tests/oracle.py, tests/helpers_hf.py,
# conftest's hf_270m fixtures) or libtpu (deviceless TPU compiles: jax's topologies, gemma3.aot's
# topology_devices and compile_workload, conftest's compiled_27b, gemma3.flash.tpu)
ORACLE_NAMES = {"torch", "transformers", "safetensors_torch", "helpers_hf", "hf_270m", "hf_270m_tokenizer"}
LIBTPU_NAMES = {
    "topologies",
    "get_topology_desc",
    "topology_devices",
    "compile_workload",
    "compiled_27b",
    "gemma3.flash.tpu",
}
# tests that name a trigger but stop before it needs the library (checked by running them without libtpu)
NEEDS_NEITHER = {"test_aot.py::test_unknown_topology_and_workload_list_the_known_ones"}  # refused before libtpu loads


def _names_in(node: ast.AST) -> set[str]:
    """Names, attributes, imported modules and names, arguments and string constants a node mentions."""
    names = set()
    for sub in ast.walk(node):
        if isinstance(sub, ast.Name):
            names.add(sub.id)
        elif isinstance(sub, ast.Attribute):
            names.add(sub.attr)
        elif isinstance(sub, ast.arg):
            names.add(sub.arg)
        elif isinstance(sub, ast.alias):
            names.update(sub.name.split(".") + [sub.asname or sub.name])
        elif isinstance(sub, ast.ImportFrom) and sub.module:
            names.update(sub.module.split(".") + [sub.module])
        elif isinstance(sub, ast.Constant) and isinstance(sub.value, str):
            names.add(sub.value)
    return names


def _marks(node: ast.AST) -> set[str]:
    """`pytest.mark.X` names in a decorator list or a `pytestmark = ...` value."""
    attributes = (sub for sub in ast.walk(node) if isinstance(sub, ast.Attribute))
    return {sub.attr for sub in attributes if isinstance(sub.value, ast.Attribute) and sub.value.attr == "mark"}


def unmarked_tests(path: pathlib.Path, triggers: set[str], mark: str) -> list[str]:
    """Tests in `path` that reach a trigger (directly, or through a module-level helper that does) without `mark`."""
    tree = ast.parse(path.read_text(), filename=str(path))
    functions = {node.name: node for node in tree.body if isinstance(node, ast.FunctionDef)}
    module_marks = set().union(*(_marks(node) for node in tree.body if isinstance(node, ast.Assign)
                                 and any(getattr(t, "id", "") == "pytestmark" for t in node.targets)))  # fmt: skip
    mentions = {name: _names_in(node) for name, node in functions.items()}
    reaching = set(triggers)
    while True:  # helpers that call helpers that reach a trigger
        more = {name for name, names in mentions.items() if names & reaching} - reaching
        if not more:
            break
        reaching |= more
    return [
        f"{path.name}::{name}"
        for name, node in functions.items()
        if name.startswith("test_") and mentions[name] & reaching and mark not in _marks(node) | module_marks
    ]


def test_tests_that_need_the_oracle_or_libtpu_are_marked():
    """`pytest -m "not oracle and not tpu_compile"` runs on a machine with neither; the marked tests run in CI."""
    problems = []
    for path in sorted(set(TESTS.glob("test_*.py")) - {pathlib.Path(__file__).resolve()}):  # not the trigger list
        problems += [f"{test} (needs transformers/torch): mark it oracle" for test in
                     unmarked_tests(path, ORACLE_NAMES, "oracle") if test not in NEEDS_NEITHER]  # fmt: skip
        problems += [f"{test} (compiles for a TPU topology): mark it tpu_compile" for test in
                     unmarked_tests(path, LIBTPU_NAMES, "tpu_compile") if test not in NEEDS_NEITHER]  # fmt: skip
    assert not problems, "\n".join(problems)


def test_tests_collect_without_the_oracle_and_libtpu():
    """With torch, transformers and libtpu unimportable, every test module still imports (tests/oracle.py)."""
    import subprocess
    import sys

    blocked = ["torch", "transformers", "accelerate", "safetensors.torch", "libtpu"]
    script = (
        f"import sys; sys.modules.update(dict.fromkeys({blocked!r})); import pytest; "
        f"sys.exit(pytest.main(['--collect-only', '-q', '-p', 'no:nbmake', '-p', 'no:cacheprovider', "
        f"'-o', 'addopts=', {str(TESTS)!r}]))"
    )
    run = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, cwd=TESTS.parent, timeout=300)
    assert run.returncode == 0, f"collection without the oracle and libtpu failed:\n{run.stdout[-3000:]}{run.stderr}"
    summary = run.stdout.strip().splitlines()[-1]
    assert re.fullmatch(r"\d+ tests collected in [\d.]+s", summary), run.stdout[-2000:]
