"""Our Pallas flash attention: the shared block set-up (`blocks`), the forward kernel (`forward`), the
dq and dk/dv kernels (`backward`) and its deviceless TPU compiles (`tpu`).

`flash_attention` (also `gemma3.flash_attention`) is the entry point; it lives in `gemma3.flash.forward`.
"""

from gemma3.flash.forward import flash_attention

__all__ = ["flash_attention"]
