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
Calibrate on text other than what you evaluate on (`gemma3.bench int8` does).
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


# the projections that read their own input; the others share it: q/k/v read the attention's normed input,
# gate/up the MLP's (one moment each, recorded once)
_RECORDED = ("q", "o", "gate", "down")
_SHARES = {"k": "q", "v": "q", "up": "gate"}


def input_moments(params: Params, config: Config, sequences: list[list[int]]) -> dict:
    """`x^T x` summed over every token of `sequences`, float64 on the host: for each projection kind
    `[L, in, in]` (its contracted axes flattened), and under "embed" the final hidden states' `[D, D]`."""
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
    moments.update({k: moments[shared] for k, shared in _SHARES.items()})
    moments["embed"] = sums[("embed", 0)]
    return moments


def gptq(w: Float[Array, "i o"], h: np.ndarray, scale: Float[Array, " o"], damp: float = 0.01) -> jax.Array:
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


def _as_matrix(w: jax.Array, axes: tuple[int, ...]) -> jax.Array:
    """A stacked weight `[L, ...]` as `[L, inputs, outputs]` (its contracted axes first, flattened)."""
    perm = [0, *axes, *(a for a in range(1, w.ndim) if a not in axes)]
    moved = jnp.transpose(w, perm)
    return moved.reshape(w.shape[0], int(np.prod([w.shape[a] for a in axes])), -1)


def _from_matrix(m: jax.Array, like: jax.Array, axes: tuple[int, ...]) -> jax.Array:
    perm = [0, *axes, *(a for a in range(1, like.ndim) if a not in axes)]
    return jnp.transpose(m.reshape([like.shape[a] for a in perm]), np.argsort(perm))


@jax.jit
def _rounding_error(w, s, h):
    """Per layer: the output error of nearest rounding of `w * s` (rows scaled, inputs divided by `s`),
    `tr(D^T H D)` with `D = W - Q(W s) / s`. w `[L, i, o]`, s `[L, i]`, h `[L, i, i]`."""
    ws = w * s[..., None]
    step = jnp.max(jnp.abs(ws), axis=1, keepdims=True) / 127.0
    step = jnp.where(step > 0, step, 1.0)
    d = w - jnp.clip(jnp.round(ws / step), -127, 127) * step / s[..., None]
    return jnp.sum(d * jnp.matmul(h, d, precision=jax.lax.Precision.HIGHEST), axis=(1, 2))


@jax.jit
def _output_energy(w, h):
    return jnp.sum(w * jnp.matmul(h, w, precision=jax.lax.Precision.HIGHEST), axis=(1, 2))


ALPHAS = tuple(i / 10 for i in range(7))  # 0 to 0.6: on the 270M every layer chose 0.1 to 0.5 of 0 to 1


def _search_scales(weights: list[jax.Array], h: np.ndarray, alphas=ALPHAS) -> np.ndarray:
    """AWQ's search (Lin et al., 2023, arXiv:2306.00978): per layer, input scales `s = rms(x)^alpha` for the
    alpha in `alphas` whose nearest rounding of the weights sharing these inputs (rows times s) gives the
    smallest summed relative output error on the moments `h`; alpha = 0 (s = 1) is plain rounding."""
    h = np.asarray(h, np.float64)
    rms = np.sqrt(np.maximum(np.diagonal(h, axis1=-2, axis2=-1), 0))
    rms = np.where(rms > 0, rms, np.max(rms, axis=-1, keepdims=True) + (np.max(rms) == 0))
    log_rms = np.log(rms) - np.mean(np.log(rms), axis=-1, keepdims=True)
    h32 = jnp.asarray(h / np.maximum(np.mean(np.diagonal(h, axis1=-2, axis2=-1), -1), 1e-30)[:, None, None],
                      jnp.float32)  # fmt: skip
    errors, energies = [], [np.asarray(_output_energy(w, h32), np.float64) for w in weights]
    for alpha in alphas:
        s = jnp.asarray(np.exp(alpha * log_rms), jnp.float32)
        errors.append(sum(np.asarray(_rounding_error(w, s, h32), np.float64) / e for w, e in zip(weights, energies)))
    best = np.argmin(np.stack(errors), axis=0)  # [L]
    return np.exp(np.asarray(alphas)[best][:, None] * log_rms), np.asarray(alphas)[best]


def rescale(params: Params, config: Config, moments: dict, alphas=ALPHAS, groups=("attn", "ffw", "o", "down")) -> tuple[Params, dict, dict]:
    """The same function in float, each projection's inputs scaled per channel (`_search_scales`) so that
    rounding costs less: the pre-attention and pre-MLP norms divide by s where q/k/v's and gate/up's input
    rows multiply by it (the norms' `1 + w` takes 1/s); v's output channel divides and o's matching inputs
    multiply (attention is linear in v); up's output channel divides and down's input multiplies (the MLP's
    hidden unit is linear in up's). Returns the rescaled params, the moments of the rescaled inputs and the
    alphas chosen per layer."""
    layers, mats = params.layers, {k: _as_matrix(getattr(params.layers, k), CONTRACTED[k]) for k in CONTRACTED}
    scales, chosen = {}, {}
    scales["attn"], chosen["attn"] = _search_scales([mats["q"], mats["k"], mats["v"]], moments["q"], alphas)
    scales["ffw"], chosen["ffw"] = _search_scales([mats["gate"], mats["up"]], moments["gate"], alphas)
    # o's inputs are (query head, head dim); v's output channels (kv head, head dim): one s per kv head's
    # channel, shared by the query heads that read that kv head. Search over the o moments' grouped diagonal.
    N, K, H = config.num_heads, config.num_kv_heads, config.head_dim
    ho = np.asarray(moments["o"], np.float64)
    s_o, chosen["o"] = _search_scales_grouped(mats["o"], ho, N, K, H, alphas)
    scales["o"] = s_o
    scales["down"], chosen["down"] = _search_scales([mats["down"]], moments["down"], alphas)
    for g in ("attn", "ffw", "o", "down"):
        if g not in groups:
            scales[g] = np.ones_like(scales[g])
    s_o = scales["o"]
    f32 = jnp.float32
    s_attn, s_ffw = jnp.asarray(scales["attn"], f32), jnp.asarray(scales["ffw"], f32)
    s_v = jnp.asarray(s_o.reshape(-1, K, N // K, H)[:, :, 0, :].reshape(-1, K * H), f32)  # [L, K*H]
    s_down = jnp.asarray(scales["down"], f32)
    dtype = layers.attn_norm.dtype

    def rows(k, s):  # input rows times s
        m = mats[k] * s[..., None].astype(mats[k].dtype)
        return _from_matrix(m, getattr(layers, k), CONTRACTED[k])

    new = {k: rows(k, s_attn) for k in ("q", "k")}
    new["gate"] = rows("gate", s_ffw)
    v = mats["v"] * s_attn[..., None]
    new["v"] = _from_matrix(v / s_v[:, None, :], layers.v, CONTRACTED["v"])
    new["o"] = rows("o", jnp.asarray(s_o, f32))
    up = mats["up"] * s_ffw[..., None]
    new["up"] = _from_matrix(up / s_down[:, None, :], layers.up, CONTRACTED["up"])
    new["down"] = rows("down", s_down)
    new = {k: w.astype(getattr(layers, k).dtype) for k, w in new.items()}
    attn_norm = ((1.0 + layers.attn_norm.astype(f32)) / s_attn - 1.0).astype(dtype)
    ffw_norm = ((1.0 + layers.ffw_norm.astype(f32)) / s_ffw - 1.0).astype(dtype)
    layers = dataclasses.replace(layers, attn_norm=attn_norm, ffw_norm=ffw_norm, **new)

    def divided(h, s):
        s = np.asarray(s, np.float64)
        return np.asarray(h, np.float64) / s[:, :, None] / s[:, None, :]

    rescaled = dict(moments)
    for k, s in (("q", scales["attn"]), ("gate", scales["ffw"]), ("o", s_o), ("down", scales["down"])):
        rescaled[k] = divided(moments[k], s)
    for k, shared in (("k", "q"), ("v", "q"), ("up", "gate")):
        rescaled[k] = rescaled[shared]
    return dataclasses.replace(params, layers=layers), rescaled, chosen


def _search_scales_grouped(w, h, N, K, H, alphas):
    """`_search_scales` for o's inputs `(query head, head dim)`, s shared by the query heads of one kv head."""
    d = np.maximum(np.diagonal(h, axis1=-2, axis2=-1), 0).reshape(-1, K, N // K, H).sum(2)  # [L, K, H]
    rms = np.sqrt(d)
    rms = np.where(rms > 0, rms, np.max(rms, axis=(-2, -1), keepdims=True) + (np.max(rms) == 0))
    log_rms = np.log(rms) - np.mean(np.log(rms), axis=(-2, -1), keepdims=True)
    h32 = jnp.asarray(h / np.maximum(np.mean(np.diagonal(h, axis1=-2, axis2=-1), -1), 1e-30)[:, None, None],
                      jnp.float32)  # fmt: skip
    errors, candidates = [], []
    for alpha in alphas:
        s = np.broadcast_to(np.exp(alpha * log_rms)[:, :, None, :], (h.shape[0], K, N // K, H)).reshape(h.shape[0], -1)
        candidates.append(s)
        errors.append(np.asarray(_rounding_error(w, jnp.asarray(s, jnp.float32), h32), np.float64))
    best = np.argmin(np.stack(errors), axis=0)
    return np.stack([candidates[b][i] for i, b in enumerate(best)]), np.asarray(alphas)[best]


def _sequential(params: Params, config: Config, calibration, damp, awq) -> dict:
    """Each layer calibrated on the inputs of the model whose earlier layers are already rounded (GPTQ's
    practice): the calibration windows' hidden states carried layer by layer through the rounded blocks."""
    from gemma3.layers import embed_tokens
    from gemma3.model import block

    sums, lock = {}, threading.Lock()

    def record(key, x):
        x = np.asarray(x, np.float32).reshape(-1, x.shape[-1])
        with lock:
            sums[key] = sums.get(key, 0.0) + (x.T @ x).astype(np.float64)

    @functools.partial(jax.jit, static_argnames="is_global")
    def run(layer, x, is_global):
        positions = jnp.arange(x.shape[1], dtype=jnp.int32)[None]
        return block(layer, config, x, positions, jnp.zeros_like(positions), is_global)

    xs = [embed_tokens(params.embed, jnp.asarray([t], jnp.int32)) for t in calibration]
    stacked = params.layers
    out, norms = {k: [] for k in CONTRACTED}, {"attn_norm": [], "ffw_norm": []}
    for i, is_global in enumerate(config.global_layers):
        layer = jax.tree.map(lambda w, i=i: w[i], stacked)
        sums.clear()
        probed = dataclasses.replace(
            layer, **{k: _Probe(getattr(layer, k), None, None, 1.0, (k, 0), record) for k in _RECORDED}
        )
        for x in xs:
            jax.block_until_ready(run(probed, x, is_global))
        jax.effects_barrier()
        moments = {k: sums[(k, 0)][None] for k in _RECORDED}
        moments.update({k: moments[shared] for k, shared in _SHARES.items()})
        one = dataclasses.replace(params, layers=jax.tree.map(lambda w: w[None], layer))
        if awq:
            one, moments, _ = rescale(one, config, moments, **({} if awq is True else awq))
        weights = {k: _calibrate(getattr(one.layers, k), CONTRACTED[k], moments[k], damp) for k in CONTRACTED}
        rounded = dataclasses.replace(one.layers, **weights)
        for k in CONTRACTED:
            out[k].append(weights[k])
        for k in norms:
            norms[k].append(getattr(one.layers, k)[0])
        rounded = jax.tree.map(lambda w: w[0], rounded)
        xs = [run(rounded, x, is_global) for x in xs]
    weights = {k: Int8Weight(jnp.concatenate([w.values for w in v]), jnp.concatenate([w.scale for w in v]))
               for k, v in out.items()}  # fmt: skip
    return dict(weights, **{k: jnp.stack(v) for k, v in norms.items()})


def calibrated_quantize(
    params: Params, config: Config, calibration: list[list[int]], *, embed: bool = False, damp: float = 0.01,
    awq: bool = True, moments: dict | None = None, sequential: bool = False,
) -> Params:
    """`gemma3.quantize(params, embed=embed)`'s tree and scales, the int8 values rounded by GPTQ against
    the float model's inputs to each projection on `calibration` (token id lists, a few thousand tokens)."""
    if isinstance(params.layers, tuple):
        raise ValueError("calibrated_quantize: pass the stacked params (before unstack_layers)")
    if isinstance(params.layers.q, Int8Weight):
        raise ValueError("calibrated_quantize: params are already quantized")
    if not calibration:
        raise ValueError("calibration: expected token id lists (a few thousand tokens of text), got none")
    if sequential:
        layers = dataclasses.replace(params.layers, **_sequential(params, config, calibration, damp, awq))
        return dataclasses.replace(params, layers=layers)
    moments = input_moments(params, config, calibration) if moments is None else moments
    if awq:
        params, moments, _ = rescale(params, config, moments, **({} if awq is True else awq))
    weights = {k: _calibrate(getattr(params.layers, k), CONTRACTED[k], moments[k], damp) for k in CONTRACTED}
    table = params.embed
    if embed:  # the unembedding's inputs are the final hidden states; its rows past the vocabulary round plainly
        text = _calibrate(table[: config.vocab_size], (1,), moments["embed"], damp)
        rest = quantize_weight(table[config.vocab_size :], (1,))
        table = Int8Weight(jnp.concatenate([text.values, rest.values]), jnp.concatenate([text.scale, rest.scale]))
    return dataclasses.replace(params, embed=table, layers=dataclasses.replace(params.layers, **weights))
