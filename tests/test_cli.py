"""The `gemma3` command line: generate in a subprocess, the chat loop in process, errors."""

import os
import subprocess
import sys

import pytest

from gemma3.__main__ import chat, main
from gemma3.kv_cache import unstack_layers
from gemma3.sampling import generate


@pytest.mark.slow
def test_generate_command_prints_the_greedy_continuation(real_270m, real_tokenizer):
    prompt = "The capital of France is"
    result = subprocess.run(
        [sys.executable, "-m", "gemma3", "generate", prompt, "--max-new-tokens", "6"],
        capture_output=True, text=True, timeout=600, env={**os.environ, "JAX_PLATFORMS": "cpu"},
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    config, params = real_270m
    want = real_tokenizer.decode(generate(params, config, [real_tokenizer.encode(prompt)], 6)[0])
    assert want.strip() and result.stdout == want
    assert "6 tokens in" in result.stderr


@pytest.mark.slow
def test_chat_turns_use_the_chat_format_and_stream(real_270m, real_tokenizer):
    config, params = real_270m
    lines, shown = iter(["", "Hello!"]), []

    def read(prompt):
        shown.append(prompt)
        return next(lines)  # then StopIteration -> EOFError below

    def read_until_eof(prompt):
        try:
            return read(prompt)
        except StopIteration:
            raise EOFError from None

    sampling = dict(max_new_tokens=8, temperature=0.0)
    messages = chat(unstack_layers(params), config, real_tokenizer, read=read_until_eof, write=shown.append, **sampling)
    assert [m["role"] for m in messages] == ["user", "model"]
    prompt = real_tokenizer.encode_chat([{"role": "user", "content": "Hello!"}])
    assert prompt[:2] == [2, 105]  # <bos><start_of_turn>
    want = real_tokenizer.decode(generate(params, config, [prompt], 8)[0])
    assert messages[1]["content"] == want
    start = shown.index("gemma> ")
    streamed = shown[start + 1 : shown.index("you> ", start)]
    assert streamed[-1] == "\n" and "".join(streamed[:-1]) == want


@pytest.mark.slow
def test_chat_appends_each_turn_to_its_cache(real_270m, real_tokenizer):
    config, params = real_270m
    lines = iter(["Hello!", "Name a color."])

    def read(prompt):
        try:
            return next(lines)
        except StopIteration:
            raise EOFError from None

    messages = chat(unstack_layers(params), config, real_tokenizer, read=read, write=lambda text: None,
                    max_new_tokens=8, temperature=0.0)  # fmt: skip
    first = real_tokenizer.encode_chat(messages[:1])
    reply = generate(params, config, [first], 8)[0]
    assert messages[1]["content"] == real_tokenizer.decode(reply)
    turn = "<end_of_turn>\n<start_of_turn>user\nName a color.<end_of_turn>\n<start_of_turn>model\n"
    history = first + reply + real_tokenizer.encode(turn, add_bos=False)
    # the second turn read only its own tokens onto the cache: the same reply as re-reading everything
    assert messages[3]["content"] == real_tokenizer.decode(generate(params, config, [history], 8)[0])


def test_errors_exit_with_a_message(tmp_path, capsys):
    assert main(["generate", "hi", "--checkpoint", str(tmp_path / "missing.gguf")]) == 2
    assert "checkpoint not found" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        main(["generate"])  # argparse: the prompt is required
