"""The oracle's libraries (torch, transformers, safetensors' torch API), imported on first use.

Test modules name them through these stand-ins instead of importing them at the top, so the test
suite collects where the oracle is not installed (`pip install .[dev]` without `.[oracle]`). A test
that touches one there fails with ModuleNotFoundError: oracle tests fail, never skip, and carry
`@pytest.mark.oracle` (`pytest -m "not oracle"` runs the rest). tests/test_imports.py checks both.
"""

import importlib


class LazyModule:
    """A module imported at its first attribute access (`torch.float32`, `transformers.Gemma3Config`)."""

    def __init__(self, name: str):
        self._name = name

    def __getattr__(self, attribute: str):
        return getattr(importlib.import_module(self._name), attribute)

    def __repr__(self) -> str:
        return f"<lazy module {self._name!r}>"


torch = LazyModule("torch")
transformers = LazyModule("transformers")
safetensors_torch = LazyModule("safetensors.torch")
