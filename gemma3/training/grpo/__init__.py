"""GRPO, moved into a package whose modules are split in the next commit."""

from gemma3.training.grpo.loop import *  # noqa: F403
from gemma3.training.grpo.loop import _collate_shared, _guarded_step, _mixed  # noqa: F401
