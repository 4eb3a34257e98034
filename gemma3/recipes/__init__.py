"""Recipes beside the library: the integer-square-root task (`sqrt_task`), its SFT recipe
(`python -m gemma3.recipes.sft_sqrt`) and the GRPO demo (`python -m gemma3.recipes.grpo_demo`).
They use the library; the library never imports them (tests/test_imports.py).
"""
