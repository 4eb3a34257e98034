"""Reading weights and tokenizers: `loading.load` picks the reader (Hugging Face safetensors in
`safetensors_file` over `safetensors_reader`, its `config.json` in `hf_config`; GGUF in `gguf_file`
over `gguf_reader`), `assemble` streams tensors onto the devices, `embedded` holds the default 270M,
`tokenizer` the SentencePiece tokenizer, and `train_checkpoint` the atomic training checkpoints and
the Hugging Face export.
"""
