"""The tokenizer: rebuilt from the real 270M GGUF, against transformers' tokenizer of the same file;
special tokens in text, decoding, the chat format, loading from a tokenizer.model, and bad paths."""

from __future__ import annotations

import numpy as np
import pytest
from gguf import GGUFWriter

from gemma3.checkpoints.embedded import default_checkpoint
from gemma3.checkpoints.gguf_reader import read_gguf
from gemma3.checkpoints.tokenizer import format_chat, load_tokenizer
from gemma3.special_tokens import (
    BOS_ID,
    END_OF_IMAGE_ID,
    END_OF_TURN_ID,
    EOS_ID,
    PAD_ID,
    START_OF_IMAGE_ID,
    START_OF_TURN_ID,
    UNK_ID,
)

CORPUS = [
    "",
    " ",
    "Hello world",
    "   leading spaces",
    "trailing spaces   ",
    "a  b   c    d\t \t e",
    "\t\ttabs\tand\n\nnewlines\n\n\n",
    "\r\nwindows line ends\r\n",
    "  \n  \n",
    "\n" * 40,
    "\t" * 35 + "deep",
    " " * 31 + "x",  # runs up to 31 spaces; longer ones: test_long_space_runs
    "def f(x):\n    return x**2 + 1  # comment\n\n\tif x > 0:\n\t\tpass\n",
    'for (int i = 0; i < 10; ++i) { printf("%d\\n", i); }',
    "<b>bold</b> <table><tr><td>1</td></tr></table> [multimodal]",
    "3.14159 2026 1234567890 0x1F 1e-5 -42 1,000,000",
    "Grüße aus München! Die Straße ist schön, äöüß ÄÖÜ.",
    "日本語のテキストと中文文本，还有한국어.",
    "emoji 😀🎉👍🏽 👨‍👩‍👧 🇩🇪",
    "\u00a0non-breaking\u2009thin\u3000ideographic zero\u200bwidth",
    "control \x00\x01\x7f chars, ﬁ ligature, Ｆｕｌｌ width",
    "<start_of_turn>user\nHi<end_of_turn>\n<start_of_turn>model\n",
    "<bos>text<eos> <pad><unk><mask> <start_of_image><end_of_image> <unused0><unused6241>",
    "<start_of_turn<end_of_turn>> <<bos>> <bos",
]
WITH_META_SYMBOL = "▁ a literal ▁ reads as a space"  # SentencePiece and transformers alike: no round trip

# Gemma 3's published chat template (tokenizer_config.json of google/gemma-3-*-it). The 270M GGUF
# carries none, so the oracle renders this one; a file that has one is rendered with its own.
GEMMA3_CHAT_TEMPLATE = """{{ bos_token }}
{%- if messages[0]['role'] == 'system' -%}
    {%- if messages[0]['content'] is string -%}
        {%- set first_user_prefix = messages[0]['content'] + '\n\n' -%}
    {%- else -%}
        {%- set first_user_prefix = messages[0]['content'][0]['text'] + '\n\n' -%}
    {%- endif -%}
    {%- set loop_messages = messages[1:] -%}
{%- else -%}
    {%- set first_user_prefix = "" -%}
    {%- set loop_messages = messages -%}
{%- endif -%}
{%- for message in loop_messages -%}
    {%- if (message['role'] == 'user') != (loop.index0 % 2 == 0) -%}
        {{ raise_exception("Conversation roles must alternate user/assistant/user/assistant/...") }}
    {%- endif -%}
    {%- if (message['role'] == 'assistant') -%}
        {%- set role = "model" -%}
    {%- else -%}
        {%- set role = message['role'] -%}
    {%- endif -%}
    {{ '<start_of_turn>' + role + '\n' + (first_user_prefix if loop.first else "") }}
    {%- if message['content'] is string -%}
        {{ message['content'] | trim }}
    {%- elif message['content'] is iterable -%}
        {%- for item in message['content'] -%}
            {%- if item['type'] == 'image' -%}
                {{ '<start_of_image>' }}
            {%- elif item['type'] == 'text' -%}
                {{ item['text'] | trim }}
            {%- endif -%}
        {%- endfor -%}
    {%- else -%}
        {{ raise_exception("Invalid content type") }}
    {%- endif -%}
    {{ '<end_of_turn>\n' }}
{%- endfor -%}
{%- if add_generation_prompt -%}
    {{'<start_of_turn>model\n'}}
{%- endif -%}
"""

CONVERSATIONS = [
    [
        {"role": "system", "content": "You are terse.  "},
        {"role": "user", "content": "  Hi there!\n"},
        {"role": "assistant", "content": "Hello.\n\n"},
        {"role": "user", "content": "Count: 1 2 3 <b>x</b>, then say <end_of_turn>"},
    ],
    [{"role": "user", "content": "Only one"}],
    [{"role": "user", "content": "Q"}, {"role": "model", "content": "A"}],
    [
        {"role": "system", "content": [{"type": "text", "text": " sys "}]},
        {
            "role": "user",
            "content": [{"type": "text", "text": " look "}, {"type": "image"}, {"type": "text", "text": "ok"}],
        },
    ],
]


@pytest.fixture
def tokenizer(real_tokenizer):
    """Ours, rebuilt from the real 270M GGUF (loaded once per session in conftest.py)."""
    return real_tokenizer


@pytest.fixture
def oracle(hf_270m_tokenizer):
    """transformers' tokenizer of the same GGUF (loaded once per session in conftest.py)."""
    return hf_270m_tokenizer


def test_vocabulary_and_special_ids(tokenizer):
    metadata = read_gguf(default_checkpoint()).metadata
    assert tokenizer.vocab_size == len(metadata["tokenizer.ggml.tokens"]) == 262_144
    assert (tokenizer.bos_id, tokenizer.eos_id) == (metadata["tokenizer.ggml.bos_token_id"], EOS_ID)
    assert (tokenizer.pad_id, tokenizer.unk_id) == (metadata["tokenizer.ggml.padding_token_id"], UNK_ID)
    assert (tokenizer.pad_id, tokenizer.eos_id, tokenizer.bos_id) == (PAD_ID, EOS_ID, BOS_ID)
    assert (tokenizer.start_of_turn_id, tokenizer.end_of_turn_id) == (START_OF_TURN_ID, END_OF_TURN_ID)
    assert (tokenizer.start_of_image_id, tokenizer.end_of_image_id) == (START_OF_IMAGE_ID, END_OF_IMAGE_ID)
    assert tokenizer.stop_tokens == (EOS_ID, END_OF_TURN_ID)
    for token_id in (PAD_ID, EOS_ID, BOS_ID, UNK_ID, START_OF_TURN_ID, END_OF_TURN_ID, START_OF_IMAGE_ID):
        assert tokenizer.id_to_piece(token_id) == metadata["tokenizer.ggml.tokens"][token_id]


def test_special_tokens_in_text_are_single_ids(tokenizer):
    for piece in ["<start_of_turn>", "<end_of_turn>", "<bos>", "<eos>", "<pad>", "<unk>", "<mask>", "<unused17>"]:
        a, b = tokenizer.encode("a", add_bos=False), tokenizer.encode("b", add_bos=False)
        assert tokenizer.encode(f"a{piece}b", add_bos=False) == [*a, tokenizer.piece_to_id(piece), *b]
    for piece in ["<start_of_image>", "<end_of_image>", "<b>", "\n\n"]:  # user-defined: SentencePiece keeps them whole
        assert tokenizer.encode(piece, add_bos=False) == [tokenizer.piece_to_id(piece.replace(" ", "▁"))]
    assert tokenizer.encode("<start_of_turn>user\n")[:3] == [BOS_ID, START_OF_TURN_ID, tokenizer.piece_to_id("user")]
    assert tokenizer.encode("") == [BOS_ID] and tokenizer.encode("", add_bos=False) == []


def test_long_space_runs(tokenizer):
    """The vocabulary holds runs of 2 to 31 spaces as user-defined pieces, matched longest first by
    SentencePiece (and by llama.cpp). transformers' GGUF tokenizer rebuilds them from BPE merges
    and splits runs of 32 or more differently (40 -> 16 + 24); we keep SentencePiece's (31 + 9)."""
    assert tokenizer.encode(" " * 40 + "x", add_bos=False) == [
        tokenizer.piece_to_id("▁" * 31),
        tokenizer.piece_to_id("▁" * 9),
        tokenizer.piece_to_id("x"),
    ]


def test_decode_round_trips(tokenizer):
    for text in CORPUS:
        ids = tokenizer.encode(text)
        assert tokenizer.decode(ids, skip_special_tokens=False) == "<bos>" + text
        if "<" not in text:
            assert tokenizer.decode(ids) == text
    ids = np.asarray(tokenizer.encode("Grüße 😀", add_bos=False), np.int32)
    assert tokenizer.decode(ids) == "Grüße 😀"  # arrays as well as lists
    assert tokenizer.decode([BOS_ID, START_OF_TURN_ID, END_OF_TURN_ID, EOS_ID]) == ""
    with pytest.raises(ValueError, match=r"expected token ids in \[0, 262144\)"):
        tokenizer.decode([5, 262_144])
    with pytest.raises(ValueError, match="expected one sequence of token ids"):
        tokenizer.decode([[5, 6], [7, 8]])


def test_saved_tokenizer_model_loads_from_a_folder(tokenizer, tmp_path):
    path = tokenizer.save(tmp_path / "checkpoint")
    assert path.name == "tokenizer.model"
    for source in (tmp_path / "checkpoint", path):
        reloaded = load_tokenizer(source)
        assert reloaded.vocab_size == tokenizer.vocab_size
        assert reloaded.stop_tokens == tokenizer.stop_tokens
        for text in CORPUS:
            assert reloaded.encode(text) == tokenizer.encode(text)


def test_chat_format(tokenizer):
    messages = [
        {"role": "system", "content": "Be brief."},
        {"role": "user", "content": "Hi"},
        {"role": "assistant", "content": "Hello"},
    ]
    assert format_chat(messages, add_generation_prompt=False) == (
        "<bos><start_of_turn>user\nBe brief.\n\nHi<end_of_turn>\n<start_of_turn>model\nHello<end_of_turn>\n"
    )
    prompt = tokenizer.format_chat(messages[:2])
    assert prompt.endswith("Hi<end_of_turn>\n<start_of_turn>model\n")
    ids = tokenizer.encode_chat(messages[:2])
    assert ids[:2] == [BOS_ID, START_OF_TURN_ID] and ids.count(BOS_ID) == 1
    assert ids[-3:] == [START_OF_TURN_ID, tokenizer.piece_to_id("model"), tokenizer.piece_to_id("\n")]
    with pytest.raises(ValueError, match="expected role 'user'.*found 'assistant'"):
        format_chat([{"role": "assistant", "content": "first"}])
    with pytest.raises(ValueError, match="expected role 'model'.*found 'system'"):
        format_chat([{"role": "user", "content": "a"}, {"role": "system", "content": "late"}])


def test_bad_paths(tmp_path):
    with pytest.raises(FileNotFoundError, match="does not exist"):
        load_tokenizer(tmp_path / "missing")
    (tmp_path / "config.json").write_text("{}")
    with pytest.raises(FileNotFoundError, match="expected .*tokenizer.model.*found \\['config.json'\\]"):
        load_tokenizer(tmp_path)
    with pytest.raises(ValueError, match="expected a .gguf file"):
        load_tokenizer(tmp_path / "config.json")
    (tmp_path / "broken").mkdir()
    (tmp_path / "broken" / "tokenizer.model").write_bytes(b"\xff not a protobuf \x00\x01")
    with pytest.raises(ValueError, match="expected a SentencePiece model"):
        load_tokenizer(tmp_path / "broken")
    writer = GGUFWriter(tmp_path / "no_vocab.gguf", "gemma3")  # a GGUF without a tokenizer
    writer.write_header_to_file()
    writer.write_kv_data_to_file()
    writer.write_ti_data_to_file()
    writer.close()
    with pytest.raises(ValueError, match="expected a SentencePiece vocabulary"):
        load_tokenizer(tmp_path / "no_vocab.gguf")


@pytest.mark.slow
@pytest.mark.oracle
def test_ids_match_transformers(tokenizer, oracle):
    for text in [*CORPUS, WITH_META_SYMBOL]:
        expected = oracle(text)["input_ids"]
        assert tokenizer.encode(text) == expected, text
        assert tokenizer.encode(text, add_bos=False) == oracle(text, add_special_tokens=False)["input_ids"], text
        assert tokenizer.decode(expected) == oracle.decode(expected, skip_special_tokens=True), text
        assert tokenizer.decode(expected, skip_special_tokens=False) == oracle.decode(expected), text


@pytest.mark.slow
@pytest.mark.oracle
def test_chat_matches_transformers(tokenizer, oracle):
    template = oracle.chat_template or GEMMA3_CHAT_TEMPLATE
    for messages in CONVERSATIONS:
        for add_generation_prompt in (True, False):
            kwargs = dict(chat_template=template, add_generation_prompt=add_generation_prompt)
            text = oracle.apply_chat_template(messages, tokenize=False, **kwargs)
            ids = oracle.apply_chat_template(messages, tokenize=True, return_dict=True, **kwargs)["input_ids"]
            assert tokenizer.format_chat(messages, add_generation_prompt) == text
            assert tokenizer.encode_chat(messages, add_generation_prompt) == ids
