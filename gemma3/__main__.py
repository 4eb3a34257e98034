"""The `gemma3` command: generate text or chat with a Gemma 3 checkpoint (default: the embedded 270M).

    python -m gemma3 generate "The capital of France is" --max-new-tokens 32
    python -m gemma3 generate "Write a haiku about JAX" --chat --temperature 1.0 --top-k 64 --top-p 0.95
    python -m gemma3 chat [--checkpoint PATH]

`--checkpoint` takes a `.gguf` file or a Hugging Face folder (default: `$GEMMA3_CHECKPOINT`, else
the 27B checkpoint on a TPU VM, else the embedded 270M). Weights load in float32 on CPU
(XLA's CPU bf16 matmuls are ~15x slower) and bfloat16 on accelerators, unless `--dtype` says
otherwise. Text streams out as it is generated (`gemma3.generate_stream`). The chat command
keeps the conversation in Gemma's chat format and its KV cache: each turn appends only its
own tokens to the cache (`gemma3.extend`), so a long chat does not get slower per turn.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable

import jax
import jax.numpy as jnp


def _print(text: str) -> None:
    sys.stdout.write(text)
    sys.stdout.flush()  # stream: show each piece now, not at the next newline


def _load(checkpoint: str | None, dtype: str | None):
    import gemma3

    path = gemma3.resolve_checkpoint(checkpoint)  # argument, $GEMMA3_CHECKPOINT, 27B on TPU, else the 270M
    dtype = jnp.dtype(dtype) if dtype else gemma3.default_dtype()
    config, params = gemma3.load(path, dtype=dtype, progress=sys.stderr.isatty())
    if jax.default_backend() == "cpu":
        from gemma3.kv_cache import unstack_layers

        params = unstack_layers(params)  # once here, not inside every streamed chunk
    return config, params, gemma3.load_tokenizer(path)


def stream_text(
    params, config, tokenizer, prompt_ids: list[int], write: Callable[[str], object], *, state=None, **sampling
) -> list[int]:
    """Generate after `prompt_ids`, writing the decoded text as it comes; returns the new token ids.

    `state` (a dict): continue from `state["cache"]` when present (`prompt_ids` are then the tokens
    to append) and leave the new cache there."""
    from gemma3.sampling import generate_stream

    tokens: list[int] = []
    shown = ""
    cached = {} if state is None else dict(cache=state.pop("cache", None), return_cache=True)
    stream = generate_stream(params, config, [prompt_ids], **cached, **sampling)
    while True:
        try:
            chunk = next(stream)
        except StopIteration as end:
            if state is not None:
                state["cache"] = end.value
            break
        tokens += chunk[0]
        text = tokenizer.decode(tokens)
        if len(text) > len(shown) and not text.endswith("\ufffd"):  # wait for a split UTF-8 character
            write(text[len(shown) :])
            shown = text
    if len(tokenizer.decode(tokens)) > len(shown):
        write(tokenizer.decode(tokens)[len(shown) :])
    return tokens


def chat(
    params,
    config,
    tokenizer,
    *,
    read: Callable[[str], str] = input,
    write: Callable[[str], object] = _print,
    **sampling,
) -> list[dict]:
    """Interactive turns until end of input or `/exit`; returns the conversation (list of messages)."""
    from gemma3.tokenizer import format_chat

    messages: list[dict] = []
    history: list[int] = []  # every token of the conversation, as the model read or wrote it
    state: dict = {}  # the KV cache of `history`: each turn appends its own tokens only
    while True:
        try:
            text = read("you> ").strip()
        except EOFError:
            write("\n")
            return messages
        if text in ("/exit", "/quit"):
            return messages
        if not text:
            continue
        closed = format_chat(messages, add_generation_prompt=False) if messages else ""
        messages.append({"role": "user", "content": text})
        turn = format_chat(messages)[len(closed) :]  # the new user turn and the model's cue
        history += tokenizer.encode(("<end_of_turn>\n" if history else "") + turn, add_bos=False)
        held = int(state["cache"].lengths[0]) if state else 0
        write("gemma> ")
        reply = stream_text(params, config, tokenizer, history[held:], write, state=state, **sampling)
        write("\n")
        history += reply
        messages.append({"role": "model", "content": tokenizer.decode(reply)})


def _sampling_args(parser: argparse.ArgumentParser, max_new: int, temperature: float, top_k, top_p) -> None:
    parser.add_argument(
        "--checkpoint",
        help="a .gguf file or a Hugging Face folder (default: $GEMMA3_CHECKPOINT, 27B on TPU, else the embedded 270M)",
    )
    parser.add_argument("--max-new-tokens", type=int, default=max_new)
    parser.add_argument("--temperature", type=float, default=temperature, help="0 is greedy")
    parser.add_argument("--top-k", type=int, default=top_k)
    parser.add_argument("--top-p", type=float, default=top_p)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--dtype", choices=("float32", "bfloat16"), help="default: float32 on CPU, else bfloat16")


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="gemma3", description="Gemma 3 in pure JAX: generate text or chat.")
    commands = parser.add_subparsers(dest="command", required=True)
    generate = commands.add_parser("generate", help="continue a prompt (or answer it with --chat)")
    generate.add_argument("prompt")
    generate.add_argument("--chat", action="store_true", help="wrap the prompt as one user turn of the chat format")
    _sampling_args(generate, 64, 0.0, None, None)
    talk = commands.add_parser("chat", help="interactive chat in the Gemma chat format, streamed")
    _sampling_args(talk, 512, 1.0, 64, 0.95)  # Gemma's recommended sampling
    return parser


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    sampling = dict(
        max_new_tokens=args.max_new_tokens, temperature=args.temperature, top_k=args.top_k, top_p=args.top_p,
        seed=args.seed,
    )  # fmt: skip
    try:
        start = time.perf_counter()
        config, params, tokenizer = _load(args.checkpoint, args.dtype)
        print(
            f"[{config.name} loaded in {time.perf_counter() - start:.1f} s on {jax.default_backend()}]", file=sys.stderr
        )
        if args.command == "generate":
            if args.chat:
                prompt = tokenizer.encode_chat([{"role": "user", "content": args.prompt}])
            else:
                prompt = tokenizer.encode(args.prompt)
            start = time.perf_counter()
            tokens = stream_text(params, config, tokenizer, prompt, _print, **sampling)
            seconds = time.perf_counter() - start
            print(f"\n[{len(tokens)} tokens in {seconds:.1f} s, compile included]", file=sys.stderr)
        else:
            print("[chat: /exit or end of input (Ctrl-D) to stop]", file=sys.stderr)
            chat(params, config, tokenizer, **sampling)
    except (ValueError, TypeError, FileNotFoundError) as error:
        print(f"gemma3: error: {error}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
