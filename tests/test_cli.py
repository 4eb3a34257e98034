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
    # conftest's 8 simulated devices: the CLI took the sharded path by default, and its text equals one device's
    assert "mesh data=2 x fsdp=1 x tensor=4 over 8 cpu devices" in result.stderr, result.stderr


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


class _Stdin:
    """A non-tty stdin: a UTF-8 text stream over `data`, or one whose read raises `error` (Ctrl-C)."""

    def __init__(self, data=b"", error=None):
        import io

        self.stream, self.error = io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"), error

    def reconfigure(self, **kwargs):
        self.stream.reconfigure(**kwargs)

    def readline(self, *args):
        if self.error is not None:
            raise self.error
        return self.stream.readline(*args)


class _Tokenizer:
    def encode(self, text, add_bos=True):
        return [2]

    def encode_chat(self, messages):
        return [2]

    def decode(self, ids):
        return "ok"


def _fake_model(monkeypatch, replies):
    """`main` without a model: the load returns stand-ins, and each turn records the conversation so far."""
    import gemma3.__main__ as cli

    fake = (type("Config", (), {"name": "fake"}), None, _Tokenizer(), None)  # config, params, tokenizer, mesh
    monkeypatch.setattr(cli, "_load", lambda *args, **kwargs: fake)

    def stream_text(params, config, tokenizer, prompt_ids, write, **sampling):
        replies.append(prompt_ids)
        write("ok")
        return [7]

    monkeypatch.setattr(cli, "stream_text", stream_text)


def test_chat_survives_invalid_utf8_on_stdin(monkeypatch, capsys):
    turns = []
    _fake_model(monkeypatch, turns)
    monkeypatch.setattr(sys, "stdin", _Stdin(b"hello\n\xff\xfe bad bytes\nstill here\n"))
    assert main(["chat"]) == 0
    assert len(turns) == 3  # the line with invalid bytes became a turn too; the chat went on after it
    assert "Traceback" not in capsys.readouterr().err


@pytest.mark.parametrize("where", ["load", "prompt", "generate"])
def test_ctrl_c_exits_quietly_with_status_130(monkeypatch, capsys, where):
    import gemma3.__main__ as cli

    _fake_model(monkeypatch, [])
    if where == "load":
        monkeypatch.setattr(cli, "_load", lambda *args, **kwargs: (_ for _ in ()).throw(KeyboardInterrupt))
    if where == "generate":
        monkeypatch.setattr(cli, "stream_text", lambda *args, **kwargs: (_ for _ in ()).throw(KeyboardInterrupt))
    monkeypatch.setattr(sys, "stdin", _Stdin(b"hi\n", error=KeyboardInterrupt() if where == "prompt" else None))
    assert main(["chat"] if where == "prompt" else ["generate", "hi"]) == 130
    err = capsys.readouterr().err
    assert "Traceback" not in err and "[interrupted]" in err


@pytest.mark.parametrize(
    "args, message",
    [
        (["--max-new-tokens", "0"], "--max-new-tokens must be >= 1, got 0"),
        (["--temperature", "nan"], "--temperature must be a finite number >= 0"),
        (["--temperature", "-1"], "--temperature must be a finite number >= 0"),
        (["--top-k", "0"], "--top-k must be >= 1"),
        (["--top-p", "1.5"], r"--top-p must be in \(0, 1\]"),
        (["--seed", "-1"], "--seed must be >= 0"),
    ],
)
def test_bad_numbers_are_refused_before_the_model_loads(monkeypatch, capsys, args, message):
    import re

    import gemma3.__main__ as cli

    def no_load(*args, **kwargs):
        raise AssertionError("the model was loaded before the arguments were checked")

    monkeypatch.setattr(cli, "_load", no_load)
    assert main(["generate", "hi", *args]) == 2
    assert re.search(message, capsys.readouterr().err)


@pytest.mark.slow
def test_image_with_the_text_only_270m_says_it_has_no_vision_tower(real_270m, real_tokenizer, tmp_path, monkeypatch,
                                                                     capsys):  # fmt: skip
    from PIL import Image

    import gemma3.__main__ as cli

    Image.new("RGB", (32, 24), (200, 120, 40)).save(tmp_path / "cat.png")  # the loaded model: the embedded 270M
    monkeypatch.setattr(cli, "_load", lambda checkpoint, dtype, mesh=None: (*real_270m, real_tokenizer, None))
    assert main(["generate", "--image", str(tmp_path / "cat.png"), "Describe this image."]) == 2
    assert "this checkpoint (270m) has no vision tower" in capsys.readouterr().err


@pytest.mark.slow
@pytest.mark.oracle
def test_generate_with_an_image_on_a_tiny_vision_checkpoint(real_tokenizer, tmp_path, capsys):
    """`--image` end to end: file -> preprocess -> image prompt -> generate, as the library calls would do it."""
    import jax.numpy as jnp
    import numpy as np
    from helpers_hf import make_tiny_vision_checkpoint
    from PIL import Image

    import gemma3
    from gemma3.images import image_prompt, preprocess

    path, _ = make_tiny_vision_checkpoint(tmp_path, "multimodal", vocab_size=262_208, image_tokens={})
    real_tokenizer.save(path)
    pixels = np.random.default_rng(0).integers(0, 256, (40, 60, 3), dtype=np.uint8)
    Image.fromarray(pixels).save(tmp_path / "cat.png")
    args = ["generate", "--image", str(tmp_path / "cat.png"), "Describe this image.", "--checkpoint", str(path)]
    assert main([*args, "--max-new-tokens", "5", "--dtype", "float32"]) == 0
    out = capsys.readouterr().out
    config, params = gemma3.load(path, dtype=jnp.float32, progress=False)
    prompt = image_prompt(real_tokenizer, "<start_of_image>Describe this image.", config)
    assert prompt.count(262_144) == 4 and prompt[:2] == [2, real_tokenizer.piece_to_id("\n\n")]
    want = generate(params, config, [prompt], 5, images=preprocess(tmp_path / "cat.png", config))[0]
    assert out == real_tokenizer.decode(want)


@pytest.mark.slow
@pytest.mark.tpu_compile
def test_dry_run_compiles_the_clis_prefill_and_decode_for_a_slice(capsys):
    """`generate --dry-run`: no TPU, no weights; libtpu compiles the CLI's two steps for the slice."""
    assert main(["generate", "--dry-run", "--size", "1b", "--topology", "v5e-8", "--max-new-tokens", "40", "Hi"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert [line.split(" (")[0] for line in out] == ["1b prefill", "1b decode"], out
    assert all("'data': 2, 'fsdp': 1, 'tensor': 4" in line and line.count("fits") == 1 for line in out), out
    assert "seq=16" in out[0] and "context=80" in out[1], out  # the prompt and 40 new tokens, bucketed
    assert main(["generate", "--dry-run", "--mesh", "data=3", "Hi"]) == 2  # 3 does not divide 8 chips
