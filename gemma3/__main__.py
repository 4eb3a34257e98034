"""The `gemma3` command: generate text or chat with a Gemma 3 checkpoint (default: the embedded 270M).

    python -m gemma3 generate "The capital of France is" --max-new-tokens 32
    python -m gemma3 generate "Write a haiku about JAX" --chat --temperature 1.0 --top-k 64 --top-p 0.95
    python -m gemma3 chat [--checkpoint PATH]
    python -m gemma3 generate --image cat.png "Describe this image." --chat --checkpoint gemma-3-4b-it/
    python -m gemma3 info        # versions, platform, devices, mesh, checkpoint: paste it into a bug report

`--checkpoint` takes a `.gguf` file or a Hugging Face folder (default: `$GEMMA3_CHECKPOINT`, else
the 27B checkpoint on a TPU VM, else the embedded 270M). Weights load in float32 on CPU
(XLA's CPU bf16 matmuls are ~15x slower) and bfloat16 on accelerators, unless `--dtype` says
otherwise. Text streams out as it is generated (`gemma3.generate_stream`). The chat command
keeps the conversation in Gemma's chat format and its KV cache: each turn appends only its
own tokens to the cache (`gemma3.extend`), so a long chat does not get slower per turn.
`generate --image` (repeatable) needs a checkpoint with a vision tower (4b, 12b, 27b from a
multimodal Hugging Face folder); the images go where the prompt writes `<start_of_image>`, else before
the text (`gemma3.images.image_prompt`).
"""

from __future__ import annotations

import argparse
import math
import sys
import time
from collections.abc import Callable

import jax
import jax.numpy as jnp

from gemma3.mesh import describe_mesh


def _print(text: str) -> None:
    if jax.process_index() == 0:  # on a multi-host slice every worker generates; one prints
        sys.stdout.write(text)
        sys.stdout.flush()  # stream: show each piece now, not at the next newline


def _load(checkpoint: str | None, dtype: str | None, mesh: str | None = None):
    """Config, params (on every local chip: `mesh` "auto" by default), tokenizer and mesh; see `gemma3.setup`."""
    import gemma3

    model = gemma3.setup(checkpoint, mesh=mesh, dtype=jnp.dtype(dtype) if dtype else None,
                         progress=sys.stderr.isatty(), verbose=False)  # fmt: skip
    from gemma3.kv_cache import decode_layout

    params = decode_layout(model.params)  # on one CPU device unstacked once here, not inside every streamed chunk
    return model.config, params, model.tokenizer, model.mesh


def dry_run(size: str, topology: str, prompt_tokens: int, max_new_tokens: int, mesh: str | None, write=print) -> bool:
    """Compile the CLI's prefill and decode for `size` on a TPU `topology` without a TPU; print per-chip
    memory and whether each fits; True when both fit.

    The shapes are the ones `generate` would use: the prompt and `max_new_tokens` rounded up to
    their length buckets, batch 1, the cache holding both; the mesh is what `--mesh` would pick on
    that slice ("auto": tensor parallel over as many chips as the heads allow).
    """
    from gemma3 import aot
    from gemma3.config import get_config
    from gemma3.mesh import auto_shape, parse_mesh_spec
    from gemma3.sampling import _bucket

    name, chip, devices = aot.topology_devices(topology)
    config = get_config(size)
    choice = (mesh or "auto").strip().lower()
    if choice == "auto":
        shape = auto_shape(config, len(devices))
    elif choice in ("none", "off", "1"):
        raise ValueError(f"--mesh {mesh} with --dry-run: {topology} has {len(devices)} chips; use auto or sizes")
    else:
        shape = parse_mesh_spec(choice)
    T, S = _bucket(prompt_tokens), _bucket(prompt_tokens) + _bucket(max_new_tokens)
    fits = True
    for workload, options in (("prefill", {"seq": T, "context": S}), ("decode", {"context": S})):
        job, compiled, seconds = aot.compile_workload(
            size, topology, workload, data=shape.get("data", 1), fsdp=shape.get("fsdp", 1), **options
        )
        memory = aot.analyze(job, compiled, chip)
        used = memory["memory"]
        write(
            f"{size} {workload} ({job.describe}) on {topology}, mesh {dict(job.mesh.shape)}: "
            f"{used['argument'] / aot.GiB:.2f} GiB arguments + {used['temp'] / aot.GiB:.2f} GiB temporaries = "
            f"{used['total'] / aot.GiB:.2f} GiB per chip of {chip.hbm_usable / aot.GiB:.2f} usable: "
            f"{'fits' if memory['fits'] else 'DOES NOT FIT'} (compiled in {seconds:.1f} s)"
        )
        fits = fits and memory["fits"]
    return fits


def image_prompt_and_pixels(config, tokenizer, prompt: str, image_paths: list[str], use_chat: bool):
    """Token ids of a prompt with images (each `<start_of_image>` expanded) and their pixel values."""
    from gemma3.images import START_OF_IMAGE, image_prompt, preprocess

    if config.vision is None:
        raise ValueError(
            f"--image: this checkpoint ({config.name}) has no vision tower, it reads text only; pass a 4b, 12b or 27b "
            "multimodal Hugging Face folder with --checkpoint"
        )
    if START_OF_IMAGE not in prompt:
        prompt = START_OF_IMAGE * len(image_paths) + prompt  # the expansion adds the blank lines around each image
    if prompt.count(START_OF_IMAGE) != len(image_paths):
        count = prompt.count(START_OF_IMAGE)
        raise ValueError(f"the prompt writes {START_OF_IMAGE} {count} times for {len(image_paths)} --image files")
    if use_chat:
        text = tokenizer.format_chat([{"role": "user", "content": prompt}])
        return image_prompt(tokenizer, text, config, add_bos=False), preprocess(image_paths, config)
    return image_prompt(tokenizer, prompt, config), preprocess(image_paths, config)


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
    from gemma3.checkpoints.tokenizer import format_chat

    messages: list[dict] = []
    history: list[int] = []  # every token of the conversation, as the model read or wrote it
    state: dict = {}  # the KV cache of `history`: each turn appends its own tokens only
    while True:
        try:
            text = read("you> ").strip()
        except EOFError:
            write("\n")
            return messages
        except UnicodeDecodeError:  # stdin that cannot be reconfigured (see main): skip the line, keep the chat
            write("[that input was not valid UTF-8; please type it again]\n")
            continue
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
    parser.add_argument(
        "--mesh",
        help="auto (default: every local chip, or $GEMMA3_MESH), none (one device), or sizes such as data=2,tensor=4",
    )


def info(quiet_platforms: str | None = None) -> int:
    """`python -m gemma3 info`: print versions, platform, devices, mesh and checkpoint (`gemma3.info.report`)."""
    from gemma3.info import report

    print(report(quiet_platforms))
    return 0


def _parser() -> argparse.ArgumentParser:
    from gemma3.info import package_version

    parser = argparse.ArgumentParser(prog="gemma3", description="Gemma 3 in pure JAX: generate text or chat.")
    parser.add_argument("--version", action="version", version=f"gemma3 {package_version()}")
    commands = parser.add_subparsers(dest="command", required=True)
    generate = commands.add_parser("generate", help="continue a prompt (or answer it with --chat)")
    generate.add_argument("prompt")
    generate.add_argument("--chat", action="store_true", help="wrap the prompt as one user turn of the chat format")
    generate.add_argument(
        "--image", action="append", default=[], help="an image file for a checkpoint with a vision tower (repeatable)"
    )
    _sampling_args(generate, 64, 0.0, None, None)
    generate.add_argument(
        "--dry-run", action="store_true", help="compile prefill and decode for --size on --topology, without a TPU"
    )
    generate.add_argument("--size", default="27b", help="--dry-run: the model size (270m, 1b, 4b, 12b, 27b)")
    generate.add_argument("--topology", default="v5e-8", help="--dry-run: the TPU slice, e.g. v5e-8, v6e-8, v5p-8")
    talk = commands.add_parser("chat", help="interactive chat in the Gemma chat format, streamed")
    _sampling_args(talk, 512, 1.0, 64, 0.95)  # Gemma's recommended sampling
    commands.add_parser("info", help="versions, platform, devices, mesh and default checkpoint, for a bug report")
    return parser


def _check_args(args) -> str | None:
    """What is wrong with the numeric arguments, if anything: checked before the model loads."""
    if args.max_new_tokens < 1:
        return f"--max-new-tokens must be >= 1, got {args.max_new_tokens}"
    if not math.isfinite(args.temperature) or args.temperature < 0:
        return f"--temperature must be a finite number >= 0 (0 is greedy), got {args.temperature}"
    if args.top_k is not None and args.top_k < 1:
        return f"--top-k must be >= 1, got {args.top_k}"
    if args.top_p is not None and not 0 < args.top_p <= 1:
        return f"--top-p must be in (0, 1], got {args.top_p}"
    if args.seed < 0:
        return f"--seed must be >= 0, got {args.seed}"
    return None


def _dry_run_main(args) -> int:
    import os

    if "JAX_PLATFORMS" not in os.environ:
        jax.config.update("jax_platforms", "cpu")  # the host compiles; never grab a local TPU
    from gemma3.checkpoints.embedded import default_checkpoint
    from gemma3.checkpoints.tokenizer import load_tokenizer

    tokenizer = load_tokenizer(default_checkpoint())  # every Gemma 3 size shares this vocabulary
    if args.chat:
        prompt = tokenizer.encode_chat([{"role": "user", "content": args.prompt}])
    else:
        prompt = tokenizer.encode(args.prompt)
    fits = dry_run(args.size, args.topology, len(prompt), args.max_new_tokens, args.mesh)
    return 0 if fits else 1


def main(argv: list[str] | None = None) -> int:
    from gemma3.backend import quiet_start

    args = _parser().parse_args(argv)
    quiet = quiet_start()  # no libtpu warnings on a machine without a TPU (gemma3.backend)
    if args.command == "info":
        return info(quiet)
    problem = _check_args(args)
    if problem:
        print(f"gemma3: error: {problem}", file=sys.stderr)
        return 2
    if args.command == "chat" and hasattr(sys.stdin, "reconfigure"):
        sys.stdin.reconfigure(errors="replace")  # invalid UTF-8 becomes U+FFFD instead of ending the chat
    sampling = dict(
        max_new_tokens=args.max_new_tokens, temperature=args.temperature, top_k=args.top_k, top_p=args.top_p,
        seed=args.seed,
    )  # fmt: skip
    try:
        if args.command == "generate" and args.dry_run:
            return _dry_run_main(args)
        start = time.perf_counter()
        config, params, tokenizer, mesh = _load(args.checkpoint, args.dtype, args.mesh)
        where = jax.default_backend() if mesh is None else f"{jax.default_backend()}, {describe_mesh(mesh)}"
        print(f"[{config.name} loaded in {time.perf_counter() - start:.1f} s on {where}]", file=sys.stderr)
        if args.command == "generate":
            if args.image:
                prompt, images = image_prompt_and_pixels(config, tokenizer, args.prompt, args.image, args.chat)
                sampling["images"] = images
            elif args.chat:
                prompt = tokenizer.encode_chat([{"role": "user", "content": args.prompt}])
            else:
                prompt = tokenizer.encode(args.prompt)
            start = time.perf_counter()
            tokens = stream_text(params, config, tokenizer, prompt, _print, **sampling)
            seconds = time.perf_counter() - start
            print(f"\n[{len(tokens)} tokens in {seconds:.1f} s, compile included]", file=sys.stderr)
        else:
            if jax.process_count() > 1:
                raise ValueError("chat reads one terminal: run it on a single-host slice (generate works on any)")
            print("[chat: /exit or end of input (Ctrl-D) to stop]", file=sys.stderr)
            chat(params, config, tokenizer, **sampling)
    except (ValueError, TypeError, FileNotFoundError) as error:
        print(f"gemma3: error: {error}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:  # Ctrl-C: stop quietly, with the shell's status for SIGINT
        print("\n[interrupted]", file=sys.stderr)
        return 130
    return 0


if __name__ == "__main__":
    sys.exit(main())
