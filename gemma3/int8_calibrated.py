"""Calibrated int8 rounding (GPTQ): `gemma3.quantize`'s format, the roundings chosen against calibration text.

    quantized = calibrated_quantize(params, config, calibration)   # calibration: token id lists
    logits = gemma3.forward(quantized, config, tokens)              # the same `Int8Weight` tree

`gemma3.quantize` rounds every weight to its nearest int8 step (`max |w| / 127` per output
channel). Each rounding error is then at most half a step, but the errors of one output
channel add up along its inputs. GPTQ (Frantar et al., 2022, arXiv:2210.17323) keeps the
format, symmetric int8 per output channel with the same float scales, and picks the roundings
in order, input by input, pushing each one's error onto the inputs not yet rounded, weighted
by how the layer's inputs co-vary on calibration text (`H = X^T X`, per projection and layer).
What it minimizes is the error of the layer's outputs `||X W - X Q s||`, not of the weights.

The inputs come from the float model on `calibration` (no layer sees another's rounding). The
tied embedding stays float by default (`embed=False`): its rows are the model's vocabulary,
most of which calibration text never reads, and as the unembedding it sees only the final
hidden states. `embed=True` rounds it as the unembedding's output channels (per row) the same way.
Calibrate on text other than what you evaluate on (`gemma3.bench int8` does), and on plenty
of it: `H` is `[2048, 2048]` for the down projection, so a few thousand tokens estimate it
poorly and GPTQ fits their noise. Measured on the 270M against float32 over `bench int8`'s
9,233 tokens (top-1 agreement, mean KL): 4,096 calibration tokens, damping 1%: 97.56%, 0.0032;
12,288 tokens: 97.69%, 0.0026 (damping 5%: 97.67%, 0.0023); 36,864 tokens, damping 5%: 97.96%,
0.0023; 80,384 tokens (`calibration_windows`' 157 windows: the 72 before and the source of nine more
stdlib modules), damping 5%: 98.17%, 0.0021 (the default). Tried and not kept (no gain over the
corpus): AWQ-style per-channel rescaling before rounding (norms and v / up output channels absorbing
the scales, exact in float); calibrating each layer on the already-rounded earlier layers' outputs;
damping 2% (97.82%) or 10% (97.96%) at 36,864 tokens; per output channel the scale among 0.95-1.05 x
`max |w| / 127` whose GPTQ roundings leave the smallest `e^T H e` (1-6% less output error, 97.78-97.95%
agreement); and refitting each channel's scale by least squares after GPTQ (0.2% less error, 98.20%).
"""

from __future__ import annotations

import dataclasses
import functools
import threading

import jax
import jax.numpy as jnp
import numpy as np
from jaxtyping import Array, Float

from gemma3.config import Config
from gemma3.int8 import CONTRACTED, Int8Weight, quantize_weight
from gemma3.params import Params
from gemma3.training.lora import Adapted


@jax.tree_util.register_dataclass
@dataclasses.dataclass(frozen=True)
class _Probe(Adapted):
    """A float weight that `layers.project` multiplies as usual and whose input it reports (an `Adapted`
    with no side path): `add_side_path` sends `x` to the host, where `record` sums `x^T x` under `key`."""

    key: tuple = dataclasses.field(default=(), metadata=dict(static=True))
    record: object = dataclasses.field(default=None, metadata=dict(static=True))

    def reshape(self, *shape: int) -> _Probe:
        return dataclasses.replace(self, weight=self.weight.reshape(*shape))

    def add_side_path(self, subscripts: str, x: jax.Array, frozen: jax.Array) -> jax.Array:
        jax.debug.callback(functools.partial(self.record, self.key), x)
        return frozen


# the projections whose input is recorded: k and v read the same normed input as q, up the same as gate
_RECORDED = ("q", "o", "gate", "down")
_SHARES = {"k": "q", "v": "q", "up": "gate"}


def input_moments(params: Params, config: Config, sequences: list[list[int]]) -> dict:
    """`x^T x` summed over every token of `sequences` on the host (each sequence's in float32, their sum in
    float64): for each projection kind `[L, in, in]` (its contracted axes flattened; q, k and v share one
    array, gate and up another), and under "embed" the final hidden states' `[D, D]`."""
    from gemma3.kv_cache import unstack_layers
    from gemma3.layers import rms_norm
    from gemma3.model import hidden_states

    sums, lock = {}, threading.Lock()

    def record(key, x):  # one window's products in float32, summed over windows in float64
        x = np.asarray(x, np.float32).reshape(-1, x.shape[-1])
        with lock:
            sums[key] = sums.get(key, 0.0) + (x.T @ x).astype(np.float64)

    flat = unstack_layers(params)
    layers = tuple(
        dataclasses.replace(layer, **{k: _Probe(getattr(layer, k), None, None, 1.0, (k, i), record) for k in _RECORDED})
        for i, layer in enumerate(flat.layers)
    )
    probed = dataclasses.replace(flat, layers=layers)

    @jax.jit
    def run(probed, tokens):
        x = rms_norm(hidden_states(probed, config, tokens), probed.final_norm, config.rms_eps)
        jax.debug.callback(functools.partial(record, ("embed", 0)), x)
        return x[0, 0, 0]

    for tokens in sequences:
        if len(tokens) == 0:
            raise ValueError("calibration: every sequence needs at least one token")
        jax.block_until_ready(run(probed, jnp.asarray([tokens], jnp.int32)))
    jax.effects_barrier()
    moments = {k: np.stack([sums[(k, i)] for i in range(config.num_layers)]) for k in _RECORDED}
    moments.update({k: moments[shared] for k, shared in _SHARES.items()})  # the same arrays, not copies
    moments["embed"] = sums[("embed", 0)]
    return moments


DAMP = 0.05  # x H's mean diagonal, added to its diagonal (the paper's 1% lets GPTQ fit the noise of a small H estimate)


def gptq(w: Float[Array, "i o"], h: np.ndarray, scale: Float[Array, " o"], damp: float = DAMP) -> jax.Array:
    """int8 values `q [i, o]` for `w ≈ q * scale` that keep `x @ w` close where `x^T x = h`: inputs in order
    of decreasing `h`'s diagonal, each rounded, its error spread over the later ones (`h`'s inverse Cholesky
    factor, computed in float64 on the host). A leading axis on all three: one matrix per layer."""
    h = np.asarray(h, np.float64)
    orders, factors, deads = [], [], []
    for hl in h.reshape(-1, *h.shape[-2:]):
        dead = np.diag(hl) == 0  # an input that calibration never drives: its weights round plainly
        hl = hl + np.diag(dead.astype(np.float64))
        order = np.argsort(-np.diag(hl), kind="stable")
        hl = hl[order][:, order]
        hl = hl + damp * np.mean(np.diag(hl)) * np.eye(len(hl))
        factors.append(np.linalg.cholesky(np.linalg.inv(hl)).T)  # upper: row i carries input i's error onward
        orders.append(order), deads.append(dead[order])
    args = [np.stack(a).reshape(*h.shape[:-2], *a[0].shape) for a in (orders, factors, deads)]
    run = jax.vmap(_round_in_order) if h.ndim == 3 else _round_in_order
    return run(w, jnp.asarray(args[0]), jnp.asarray(args[1], jnp.float32), jnp.asarray(args[2]), scale)


_BLOCK = 32  # inputs rounded one at a time within a block; a block's errors reach the later inputs in one matmul


@jax.jit
def _round_in_order(w, order, u, dead, scale):
    """GPTQ's loop with lazy batch updates (the paper's section 4, step 2): inside a block of `_BLOCK`
    inputs each rounding's error updates only the block's later rows; the block's errors then update all
    later rows at once (`u[block, later]^T @ errors`). The same sums as row-by-row, grouped into a matmul."""
    (n, o), b = w.shape, _BLOCK
    m = -(-n // b) * b  # padded to whole blocks: zero weights, identity factor, nothing to carry
    w = jnp.pad(w.astype(jnp.float32)[order], ((0, m - n), (0, 0)))
    u = jnp.pad(u, ((0, m - n), (0, m - n))) + jnp.diag((jnp.arange(m) >= n).astype(u.dtype))
    dead = jnp.pad(dead, (0, m - n), constant_values=True)
    scale = scale.astype(jnp.float32)

    def one(i, carry):  # one input of the block: round it, carry its error to the block's later inputs
        w_blk, u_blk, dead_blk, q_blk, err_blk = carry
        qi = jnp.clip(jnp.round(w_blk[i] / scale), -127, 127)
        err = jnp.where(dead_blk[i], 0.0, (w_blk[i] - qi * scale) / u_blk[i, i])
        later = jnp.where(jnp.arange(b) > i, u_blk[i], 0.0)
        w_blk = w_blk - later[:, None] * err[None, :]
        return w_blk, u_blk, dead_blk, q_blk.at[i].set(qi), err_blk.at[i].set(err)

    def block(k, carry):
        w, q = carry
        start = k * b
        w_blk = jax.lax.dynamic_slice_in_dim(w, start, b)
        u_blk = jax.lax.dynamic_slice(u, (start, start), (b, b))
        dead_blk = jax.lax.dynamic_slice_in_dim(dead, start, b)
        zeros = jnp.zeros((b, o), jnp.float32)
        *_, q_blk, err_blk = jax.lax.fori_loop(0, b, one, (w_blk, u_blk, dead_blk, zeros, zeros))
        rows = jnp.where(jnp.arange(m) >= start + b, jax.lax.dynamic_slice_in_dim(u, start, b), 0.0)  # [b, m]
        w = w - jnp.einsum("bm,bo->mo", rows, err_blk, precision=jax.lax.Precision.HIGHEST)
        return w, jax.lax.dynamic_update_slice_in_dim(q, q_blk, start, 0)

    _, q = jax.lax.fori_loop(0, m // b, block, (w, jnp.zeros_like(w)))
    return q[:n][jnp.argsort(order)].astype(jnp.int8)


def _calibrate(w: jax.Array, axes: tuple[int, ...], h: np.ndarray, damp: float) -> Int8Weight:
    """`w` (leading L axis, or none for the embedding) rounded by `gptq`; the scales are `quantize_weight`'s."""
    scales = quantize_weight(w, axes).scale
    lead = 1 if h.ndim == 3 else 0  # a stack of layers
    outputs = [a for a in range(lead, w.ndim) if a not in axes]
    perm = list(range(lead)) + list(axes) + outputs
    moved = jnp.transpose(w, perm)
    inner = int(np.prod([w.shape[a] for a in axes]))
    matrix = moved.reshape(*moved.shape[:lead], inner, -1)
    scale = jnp.transpose(scales, perm).reshape(*moved.shape[:lead], -1)
    q = gptq(matrix, h, scale, damp)
    return Int8Weight(jnp.transpose(q.reshape(moved.shape), np.argsort(perm)), scales)


def calibrated_quantize(
    params: Params,
    config: Config,
    calibration: list[list[int]],
    *,
    embed: bool = False,
    damp: float = DAMP,
    moments: dict | None = None,
) -> Params:
    """`gemma3.quantize(params, embed=embed)`'s tree and scales, the int8 values rounded by GPTQ against
    the float model's inputs to each projection on `calibration` (token id lists: tens of thousands of tokens
    estimate the moments well, a few thousand already help; see the module docstring). `moments`: what
    `input_moments(params, config, calibration)` returned, to round again (another `damp`) without recomputing."""
    if isinstance(params.layers, tuple):
        raise ValueError("calibrated_quantize: pass the stacked params (before unstack_layers)")
    if isinstance(params.layers.q, Int8Weight):
        raise ValueError("calibrated_quantize: params are already quantized")
    if not calibration:
        raise ValueError("calibration: expected token id lists (a few thousand tokens of text), got none")
    if moments is None:
        moments = input_moments(params, config, calibration)
    weights = {k: _calibrate(getattr(params.layers, k), CONTRACTED[k], moments[k], damp) for k in CONTRACTED}
    table = params.embed
    if embed:  # the unembedding's inputs are the final hidden states; its rows past the vocabulary round plainly
        text = _calibrate(table[: config.vocab_size], (1,), moments["embed"], damp)
        rest = quantize_weight(table[config.vocab_size :], (1,))
        table = Int8Weight(jnp.concatenate([text.values, rest.values]), jnp.concatenate([text.scale, rest.scale]))
    return dataclasses.replace(params, embed=table, layers=dataclasses.replace(params.layers, **weights))
