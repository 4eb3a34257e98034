"""The texts the quality benchmarks read (a varied corpus, other text to calibrate on) and the comparison of
two models' next-token distributions over them (top-1 agreement, mean KL)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import jax
import jax.numpy as jnp

if TYPE_CHECKING:
    from gemma3.params import Params


def compare_logits(config, reference: Params, candidate: Params, sequences: list[list[int]]) -> list[dict[str, float]]:
    """Next-token distributions of `candidate` against `reference` at every position of each sequence:
    per sequence the top-1 agreement, the mean KL(reference || candidate) in nats, and the token count."""
    return compare_many(config, reference, {"candidate": candidate}, sequences)["candidate"]


def compare_many(
    config, reference: Params, candidates: dict[str, Params], sequences: list[list[int]]
) -> dict[str, list[dict[str, float]]]:
    """`compare_logits` for each of `candidates`, the reference's logits computed once per sequence.

    Every sequence is right-padded to the longest one, so each model compiles once whatever the
    lengths (the forward is causal: padding after a position does not change its logits); the
    statistics count each sequence's own positions only.
    """
    from gemma3.model import forward

    run = jax.jit(forward, static_argnames="config")
    width = max(map(len, sequences))
    rows = {name: [] for name in candidates}
    for tokens in sequences:
        batch = jnp.asarray([list(tokens) + [0] * (width - len(tokens))], jnp.int32)
        want = run(reference, config, batch)[0]
        for name, candidate in candidates.items():
            agree, kl = _agreement_and_kl(want, run(candidate, config, batch)[0], len(tokens))
            rows[name].append(dict(tokens=len(tokens), agreement=float(agree), kl=float(kl)))
    return rows


@jax.jit
def _agreement_and_kl(want_TV: jax.Array, got_TV: jax.Array, length: jax.Array) -> tuple[jax.Array, jax.Array]:
    """Top-1 agreement and mean KL(want || got) over the first `length` positions (the rest is padding)."""
    log_p, log_q = jax.nn.log_softmax(want_TV), jax.nn.log_softmax(got_TV)
    kl_T = jnp.sum(jnp.exp(log_p) * (log_p - log_q), axis=-1)
    agree_T = jnp.argmax(want_TV, -1) == jnp.argmax(got_TV, -1)
    mask_T = jnp.arange(want_TV.shape[0]) < length
    return jnp.sum(agree_T * mask_T) / length, jnp.sum(kl_T * mask_T) / length


def varied_texts() -> list[str]:
    """Varied text that every Python install carries: stdlib prose (docstrings), code, a license."""
    import argparse as argparse_module
    import collections
    import inspect
    import json
    import pathlib
    import textwrap

    texts = [argparse_module.__doc__, json.__doc__, collections.__doc__, inspect.getsource(textwrap.dedent)]
    texts += [inspect.getsource(collections.Counter.most_common), inspect.getsource(textwrap.TextWrapper)]
    texts += [
        "Grüße aus München! Die Straße ist schön, und der Biergarten am Fluss ist im Sommer immer voll.",
        "La Révolution française a profondément transformé la société, l'État et l'Église en quelques années.",
        "日本語のテキストと中文文本，还有한국어. 東京は日本の首都であり、世界最大の都市圏の一つです。",
        "3.14159 2026 1234567890 0x1F 1e-5 -42 1,000,000; SELECT name, count(*) FROM users GROUP BY name;",
    ]
    license_file = pathlib.Path(inspect.getfile(json)).parents[1] / "LICENSE.txt"
    if license_file.exists():
        texts.append(license_file.read_text()[:12000])
    return [t for t in texts if t and t.strip()]


def calibration_texts() -> list[str]:
    """Text to calibrate int8 rounding on (`gemma3.int8_calibrated`), none of it in `varied_texts`: other stdlib
    docstrings and code, a line each of Spanish, Russian, Italian, Japanese with Chinese, and Python, then the
    docstrings of about 40 other stdlib modules and the source of 15 (about 80,000 tokens in all)."""
    import contextlib
    import dataclasses
    import email
    import functools
    import http.client
    import importlib
    import inspect
    import logging
    import pathlib
    import shutil
    import string
    import subprocess
    import unittest

    texts = [logging.__doc__, subprocess.__doc__, unittest.__doc__, email.__doc__, http.client.__doc__]
    texts += [dataclasses.__doc__, inspect.getsource(string.Template), inspect.getsource(functools.lru_cache)]
    texts += [inspect.getsource(shutil.copyfileobj), inspect.getsource(pathlib.PurePath.relative_to)]
    texts += [
        inspect.getsource(functools.partial),
        "El río Guadalquivir atraviesa Sevilla y Córdoba; en verano el calor es intenso y las calles se vacían.",
        "Москва — столица России, крупнейший по численности населения город страны.",
        "Il Rinascimento italiano ha prodotto artisti come Leonardo, Michelangelo e Raffaello.",
        "東京タワーは1958年に完成した電波塔です。北京是中国的首都，有三千多年的历史。",
        "x = [i ** 2 for i in range(10)]; print(sum(x) / len(x), 0.5e-3, 0xFF, 2**31 - 1)",
    ]
    # more of the same kinds (the first 4,096 tokens above are what earlier runs calibrated on): the longer
    # docstrings of other stdlib modules, then the source of a few small ones
    for name in _CALIBRATION_MODULES:
        try:
            module = importlib.import_module(name)
        except ImportError:  # a Python built without it (sqlite3, say)
            continue
        texts.append(module.__doc__ or "")
    for name in ("heapq", "bisect", "fnmatch", "shlex", "sched", "getopt"):
        with contextlib.suppress(ImportError, OSError, TypeError):
            texts.append(inspect.getsource(importlib.import_module(name)))
    # the first 36,864 tokens above (72 windows of 512) are what earlier runs calibrated on; then the source of nine
    # larger modules: 157 windows, 80,384 tokens (98.17% agreement over `bench int8`'s corpus against 97.96%)
    for name in _CALIBRATION_SOURCES:
        with contextlib.suppress(ImportError, OSError, TypeError):
            texts.append(inspect.getsource(importlib.import_module(name)))
    return [t for t in texts if t and t.strip()]


_CALIBRATION_MODULES = (
    "re difflib heapq doctest pdb timeit statistics configparser http.cookies hashlib pickle socket csv sqlite3 random "
    "ast pprint cmd tempfile uuid sched copy tokenize getopt urllib.parse http.server typing string fnmatch smtplib "
    "ftplib optparse trace plistlib xml.dom.minidom platform operator locale"
).split()


_CALIBRATION_SOURCES = "fractions calendar contextlib weakref base64 queue glob graphlib numbers".split()


def calibration_windows(tokenizer, length: int = 512, count: int | None = None) -> list[list[int]]:
    """`calibration_texts` as one token stream cut into windows of `length` (one compile; the rest dropped)."""
    stream = [i for text in calibration_texts() for i in tokenizer.encode(text)]
    windows = [stream[i : i + length] for i in range(0, len(stream) - length + 1, length)]
    return windows[:count]
