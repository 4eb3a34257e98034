"""Training: SFT (`sft`: loss, AdamW step, `fit`; `sft_data`: chat data and packing), LoRA adapters
as a side path (`lora`) and GRPO (`grpo`). Their entry points are also `gemma3.make_train_step`,
`gemma3.LoRAConfig` and `gemma3.GRPOConfig`.
"""
