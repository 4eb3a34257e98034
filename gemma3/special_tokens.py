"""Gemma 3's special token ids, the one place they are written down.

The `gemma3.checkpoints.tokenizer.Tokenizer` looks its ids up by piece (`<bos>`, `<end_of_turn>`, ...) and finds
these; the chat data (`gemma3.training.sft_data`), generation's default stop set (`gemma3.sampling`), GRPO,
the Hugging Face export and the vision config use them without a tokenizer at hand.
"""

PAD_ID, EOS_ID, BOS_ID, UNK_ID = 0, 1, 2, 3
START_OF_TURN_ID, END_OF_TURN_ID = 105, 106  # <start_of_turn>, <end_of_turn>
START_OF_IMAGE_ID, END_OF_IMAGE_ID = 255_999, 256_000  # <start_of_image>, <end_of_image>
IMAGE_TOKEN_ID = 262_144  # an image's soft token: the first of the 64 embedding rows past the text vocabulary
STOP_TOKENS = (EOS_ID, END_OF_TURN_ID)  # instruction-tuned models end a turn with either
