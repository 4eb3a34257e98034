"""Shared tiny models and batches for the SFT, LoRA and train-checkpoint tests."""

from __future__ import annotations

import dataclasses

import jax
import jax.numpy as jnp
import numpy as np

from gemma3 import get_config, init_params
from gemma3.params import Params
from gemma3.training.sft_data import Batch

VOCAB = 128


def tiny_config(**changes):
    """4 layers (local, global, local, global), GQA 2, H != D / N, scalar != H, window < T."""
    base = dict(
        num_layers=4, global_every=2, embed_dim=64, num_heads=4, num_kv_heads=2, head_dim=32, mlp_dim=128,
        sliding_window=4, query_pre_attn_scalar=24, vocab_size=VOCAB, embed_rows=VOCAB, max_context=256,
    )  # fmt: skip
    return dataclasses.replace(get_config("270m"), **{**base, **changes})


def tiny_params(config, seed=0, dtype=jnp.float32) -> Params:
    """Random weights with random norm weights too, so `(1 + w)` is exercised."""
    params = init_params(config, jax.random.key(seed), dtype)
    keys = iter(jax.random.split(jax.random.key(seed + 1), 16))

    def randomize(path, leaf):
        if "norm" in jax.tree_util.keystr(path):
            return (0.3 * jax.random.normal(next(keys), leaf.shape)).astype(dtype)
        return leaf * 0.5 if "embed" in jax.tree_util.keystr(path) else leaf

    return jax.tree_util.tree_map_with_path(randomize, params)


def prompt_and_padding_batch(seed=0, rows=3, seq_len=14) -> Batch:
    """Rows of different lengths (right padding) with a prompt of different length masked out."""
    rng = np.random.default_rng(seed)
    tokens = np.zeros((rows, seq_len), np.int32)
    mask = np.zeros_like(tokens)
    segments = np.zeros_like(tokens)
    for r in range(rows):
        length = seq_len - 3 * r
        prompt = 3 + 2 * r
        tokens[r, :length] = rng.integers(3, VOCAB, length)
        tokens[r, 0] = 2
        mask[r, prompt:length] = 1
        segments[r, :length] = 1
    positions = np.broadcast_to(np.arange(seq_len, dtype=np.int32), tokens.shape).copy()
    return Batch(tokens, mask, segments, positions)


def copy_tree(tree):
    return jax.tree.map(lambda x: jnp.array(x, copy=True), tree)
