"""Bad inputs are refused at the public boundary, naming the argument (or file) and what was expected.

Each case here used to hang, run silently wrong, or fail deep inside JAX or numpy with a message
that named nothing (issue #13).
"""

import dataclasses
import json
import math
import threading

import jax.numpy as jnp
import numpy as np
import pytest
from sft_fixtures import tiny_config, tiny_params

import gemma3
from gemma3.checkpoints import train_checkpoint as tc
from gemma3.checkpoints.safetensors_file import config_from_hf
from gemma3.kv_cache import decode_step, init_cache, prefill
from gemma3.sampling import generate, generate_stream
from gemma3.sharding import make_mesh, param_shardings

TINY = tiny_config()


@pytest.fixture(scope="module")
def params():
    return tiny_params(TINY)


def _within(seconds: float, fn):
    """`fn()` in a thread; fails if it has not returned (or raised) after `seconds`: a hang is a failure."""
    outcome = {}

    def run():
        try:
            outcome["value"] = fn()
        except BaseException as error:  # re-raised in the test's thread
            outcome["error"] = error

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    thread.join(seconds)
    assert not thread.is_alive(), f"still running after {seconds} s: it hangs"
    if "error" in outcome:
        raise outcome["error"]
    return outcome["value"]


@pytest.mark.parametrize("chunk_size", [0, -3, 2.5])
def test_generate_stream_with_a_bad_chunk_size_raises_instead_of_hanging(params, chunk_size):
    with pytest.raises((ValueError, TypeError), match="chunk_size must be an int >= 1"):
        _within(60, lambda: list(generate_stream(params, TINY, [[2, 5]], 8, chunk_size=chunk_size)))


def test_generate_refuses_a_flat_list_of_token_ids(params):
    with pytest.raises(ValueError, match=r"list of token-id lists.*pass \[ids\]"):
        generate(params, TINY, [2, 5, 7], 4)  # tokenizer.encode(text): one prompt, not three
    with pytest.raises(ValueError, match=r"list of token-id lists"):
        generate(params, TINY, np.array([2, 5, 7]), 4)


@pytest.mark.parametrize(
    "kwargs, message",
    [
        (dict(temperature=float("nan")), "temperature must be a finite number >= 0"),
        (dict(temperature=float("inf")), "temperature must be a finite number >= 0"),
        (dict(max_new_tokens=2.5), r"max_new_tokens must be an int >= 1, got 2.5"),
        (dict(temperature=1.0, top_k=2.5), r"top_k must be an int >= 1, got 2.5"),
        (dict(temperature=1.0, top_p=float("nan")), "top_p must be in"),
        (dict(cache_dtype="bf16"), "cache_dtype must be one of float32, bfloat16, float16"),
    ],
)
def test_generate_refuses_bad_sampling_arguments(params, kwargs, message):
    kwargs = {"max_new_tokens": 4, **kwargs}
    with pytest.raises((ValueError, TypeError), match=message):
        generate(params, TINY, [[2, 5]], **kwargs)
    with pytest.raises((ValueError, TypeError), match=message):
        next(generate_stream(params, TINY, [[2, 5]], **kwargs))


def test_generate_refuses_float_token_ids(params):
    with pytest.raises(TypeError, match=r"prompts\[0\] must hold integer token ids, got dtype float64"):
        generate(params, TINY, [[2, 5.7]], 4)


@pytest.mark.parametrize("bad", [-1, TINY.embed_rows])
def test_forward_prefill_and_decode_name_an_id_outside_the_vocabulary(params, bad):
    tokens = np.array([[2, 5, 7], [2, 9, 11]], np.int32)
    tokens[1, 2] = bad
    expected = rf"tokens\[1, 2\] = {bad} is not a token id: expected ids in \[0, {TINY.embed_rows}\)"
    with pytest.raises(ValueError, match=expected):
        gemma3.forward(params, TINY, tokens)
    with pytest.raises(ValueError, match=expected):
        prefill(params, TINY, tokens, init_cache(TINY, 2, 8, jnp.float32))
    with pytest.raises(ValueError, match=rf"tokens\[1\] = {bad} is not a token id"):
        decode_step(params, TINY, jnp.array([3, bad]), init_cache(TINY, 2, 8, jnp.float32))
    with pytest.raises(TypeError, match="integer token ids"):
        gemma3.forward(params, TINY, tokens.astype(np.float32))


def test_tokenizer_refuses_non_integers_lone_surrogates_and_bad_chat_content(real_tokenizer):
    with pytest.raises(TypeError, match="expected integer token ids, found dtype float64"):
        real_tokenizer.decode([5.7])  # used to decode token 5
    assert real_tokenizer.decode([]) == ""
    with pytest.raises(ValueError, match=r"'\\ud800' at index 3 is a lone surrogate"):
        real_tokenizer.encode("abc\ud800def")
    with pytest.raises(TypeError, match="text must be a str, got bytes"):
        real_tokenizer.encode(b"abc")
    for content in (None, 42, [{"type": "audio"}], [{"type": "text"}], [{"type": "text", "text": 3}]):
        with pytest.raises(ValueError, match="message 0: content must be a string or a list of"):
            real_tokenizer.encode_chat([{"role": "user", "content": content}])
    with pytest.raises(ValueError, match="message 1: expected a dict with 'role' and 'content'"):
        real_tokenizer.encode_chat([{"role": "user", "content": "hi"}, {"content": "hello"}])
    system = {"role": "system", "content": [{"type": "text", "text": "Be brief."}]}
    assert "Be brief." in real_tokenizer.format_chat([system, {"role": "user", "content": "hi"}])


@pytest.mark.parametrize("model_type", ["llama", "gemma2"])
def test_config_json_of_another_model_is_refused(model_type):
    hf = tc.hf_config(TINY)
    assert config_from_hf(hf).num_layers == TINY.num_layers
    with pytest.raises(ValueError, match=f"model_type '{model_type}' is not Gemma 3"):
        config_from_hf({**hf, "model_type": model_type})


def test_config_sizes_must_be_positive():
    with pytest.raises(ValueError, match=r"ints >= 1: \{'sliding_window': 0\}"):
        config_from_hf({**tc.hf_config(TINY), "sliding_window": 0})
    with pytest.raises(ValueError, match="num_layers"):
        dataclasses.replace(TINY, num_layers=0)


def test_truncated_or_random_safetensors_are_named(tmp_path, params):
    folder = tc.export_hf(params, TINY, tmp_path / "ckpt", dtype=jnp.float32)
    weights = folder / "model.safetensors"
    good = weights.read_bytes()
    for name, data in (
        ("truncated", good[: len(good) // 2]),
        ("random bytes", np.random.default_rng(0).integers(0, 256, 4096, dtype=np.uint8).tobytes()),
        ("shorter than 8 bytes", b"abc"),
        ("header not JSON", (16).to_bytes(8, "little") + b"\xff" * 16 + b"\0" * 64),
    ):
        weights.write_bytes(data)
        with pytest.raises(ValueError, match=f"{weights}: not a valid safetensors file") as raised:
            gemma3.load(folder, dtype=jnp.float32, progress=False)
        assert "truncated" in str(raised.value) or "header" in str(raised.value), name


@pytest.mark.parametrize("dtype", ["bf16", "float8", None, "int8", "float64", True])
def test_load_refuses_a_bad_dtype_before_reading(tmp_path, dtype):
    with pytest.raises(ValueError, match=r"dtype must be one of float32, bfloat16, float16 .*got"):
        gemma3.load(tmp_path / "does-not-exist", dtype=dtype)  # the dtype is checked first


def test_make_mesh_and_rules_name_the_bad_argument():
    with pytest.raises(ValueError, match="data must be an integer >= 1, got 0"):
        make_mesh(data=0)
    with pytest.raises(ValueError, match="tensor must be an integer >= 1, got -2"):
        make_mesh(tensor=-2)
    with pytest.raises(ValueError, match=r"rules must be one of \['inference', 'training'\].*'nonsense'"):
        param_shardings(TINY, make_mesh(), rules="nonsense")


def test_config_json_round_trip_still_loads(tmp_path, params):
    folder = tc.export_hf(params, TINY, tmp_path / "ckpt", dtype=jnp.float32)
    config, loaded = gemma3.load(folder, dtype="float32", progress=False)
    assert config.num_layers == TINY.num_layers
    assert math.isclose(float(jnp.abs(loaded.embed - params.embed).max()), 0.0)
    assert json.loads((folder / "config.json").read_text())["model_type"] == "gemma3_text"
