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
# # 05 · GRPO: reinforcement learning on integer square roots
#
# **What this teaches.** Group relative policy optimization (DeepSeekMath, arXiv:2402.03300) on a
# task with a reward we can check exactly: "what is the integer square root of N?". The task and
# its reward (exact integer arithmetic, robust parsing), sampling a *group* of completions for
# one prompt and turning their rewards into advantages, the loss term by term (importance ratio,
# clipping on both sides, drawn, the k3 KL to a frozen reference, masking, aggregation), each
# piece built by hand and then checked against `gemma3.training.grpo`, one whole GRPO step by hand (loss,
# gradient, update) checked against the package's step, then a short GRPO run with reward, KL and
# accuracy curves, and the 27B settings for a TPU host.
#
# **Reading time** about 40 minutes; running it, about 3 minutes on the project's busy 2-core CPU
# machine. **Assumed:** Python
# and numpy, gradient descent and a cross-entropy loss, notebook 02 (sampling) and notebook 04
# (a training step); no reinforcement learning beyond "a reward scores an answer".
#
# **The outputs you see** were made on a CPU (one device) with the embedded Gemma 3 270M, by
# `bash .ci/execute_notebooks notebooks/05_grpo.py`; timings are that machine's.
#
# **Where it runs.** On a CPU: the real Gemma 3 270M, fine-tuned by notebook 04 to answer as
# `<answer>K</answer>` (its saved weights, or a quick fine-tune here), a few minutes in all.
# The run here is short: it shows the mechanics, not a significant gain (for that:
# `python -m gemma3.recipes.grpo_demo`). On a TPU VM the last section runs 27B with LoRA.
#
# **One chip, a TPU host, a slice.** The `MESH` parameter (or `$GEMMA3_MESH`) decides where
# the weights go: "auto" (the default) spreads them over every chip of this host or slice
# (`gemma3.setup` prints the mesh it picked), "none" keeps one device, "data=2,tensor=4" names
# the sizes. On a laptop or a single chip nothing changes. On a TPU host (v5e-8, v6e-8, v5p-8)
# open it in JupyterLab (`tpu_setup/jupyter.sh`). On a multi-host slice (v5e-16 and up) run it
# as a script on every worker, `tpu_setup/run_notebook.sh --notebook notebooks/05_grpo.py`:
# `gemma3.setup` joins the workers (`jax.distributed.initialize()`) and only process 0 prints.
# Under the training rules the chips that tensor parallelism leaves over form the "fsdp" axis:
# each holds a shard of the weights and of the Adam moments, not a replica.
#
# **Shape key.** B rollouts (prompts x group) · G group size · P prompt width · C completion
# width · T = P + C · D model width · V vocab · L layers. `logp_BC` is `[B, C]`.

# %% tags=["parameters"]
CHECKPOINT = None  # None: $GEMMA3_CHECKPOINT, else 27B on TPU, else the embedded 270M
MESH = None  # None: $GEMMA3_MESH, else "auto" (every chip); "none": one device; or e.g. "data=2,tensor=4"
SFT_WEIGHTS = None  # None: $GEMMA3_SFT_WEIGHTS, else notebook 04's temporary folder, else a quick SFT here
STEPS = 3  # GRPO steps of the short run
GROUP = 4  # completions per prompt in the short run
PROMPTS = 2  # prompts per step in the short run
HELD_OUT = 16  # held-out prompts for the accuracy before/after

# %%
import dataclasses
import json
import math
import os
import pathlib
import tempfile

import jax
import jax.numpy as jnp
import matplotlib.pyplot as plt
import numpy as np
import optax

import gemma3
from gemma3.recipes import grpo_demo, sqrt_task
from gemma3.training import grpo, lora

on_tpu = jax.default_backend() == "tpu"
path = gemma3.resolve_checkpoint(CHECKPOINT)
sft_weights = SFT_WEIGHTS or os.environ.get("GEMMA3_SFT_WEIGHTS")
notebook_04 = pathlib.Path(tempfile.gettempdir()) / "gemma3_sft_270m"
if sft_weights is None and not on_tpu and (notebook_04 / "config.json").exists():
    sft_weights = notebook_04
# every chip, under the training rules; the tokenizer is the base checkpoint's
config, params, tokenizer, mesh, _ = gemma3.setup(sft_weights or path, tokenizer=path, mesh=MESH, rules="training")
if sft_weights is None and not on_tpu:  # no saved SFT weights: a few steps of notebook 04's recipe
    params = grpo_demo.quick_sft(params, config, tokenizer, steps=16, digits=(1, 4))
print(f"backend {jax.default_backend()} · model {config.name} · weights from {sft_weights or path}")

# %% [markdown]
# ## 1 · The task and its reward
# A prompt asks for the integer square root of N, the largest K with K*K <= N. The reward is 1
# for the right K plus 0.1 for a well-formed `<answer>K</answer>`; anything malformed scores 0
# and never raises. `math.isqrt` is exact for any N: the float square root is not. A float64
# carries 53 bits, so once N = K² - 1 passes 2^52, `sqrt(N)` is closer to K than to the next
# float below it and rounds up to K: `int(math.sqrt(N))` answers K instead of K - 1. The first
# such N has 16 digits (the cell below finds it).

# %%
print(sqrt_task.chat_prompt(1234))
ks = range(2**26 - 100_000, 2**26 + 100_000)
wrong = [k for k in ks if int(math.sqrt(k * k - 1)) != k - 1]  # N = k^2 - 1 has isqrt k - 1
assert wrong[0] == 2**26 + 1  # right for every k up to 2^26 in the range, wrong from 2^26 + 1
huge = wrong[0] ** 2 - 1
print(
    f"first wrong float sqrt near 2^52: N = {huge} ({len(str(huge))} digits), "
    f"int(sqrt) = {int(math.sqrt(huge))}, isqrt = {math.isqrt(huge)}"
)
cases = [
    ("<answer>35</answer>", 1234),
    ("<answer>36</answer>", 1234),
    ("I think 35", 1234),
    ("<answer>35</answer><answer>36</answer>", 1234),
    ("<answer>thirty-five</answer>", 1234),
    (f"<answer>{math.isqrt(huge)}</answer>", huge),
    (f"<answer>{int(math.sqrt(huge))}</answer>", huge),
]
for text, n in cases:
    s = sqrt_task.score(text, n)
    print(f"N={n:<18} {text[:40]:<42} reward {s.reward:.1f}  correct {s.correct}")

# %% [markdown]
# Difficulty is the number of digits of N. A hash of N puts every integer in exactly one split,
# so no training draw, whatever its seed, can be a held-out number.

# %%
train_numbers = sqrt_task.sample_numbers(0, 2000, (1, 4), "train")
held_out = sqrt_task.sample_numbers(1, HELD_OUT, (1, 4), "held_out")
assert not set(train_numbers) & set(held_out)
print(f"{len(set(train_numbers))} distinct training numbers, {len(held_out)} held out, overlap 0: {held_out[:8]}")

# %% [markdown]
# ## 2 · A group and its advantages
# GRPO has no value network. For each prompt it samples a group of G completions and judges each
# against its siblings: `A_i = (r_i - mean(r)) / (std(r) + eps)`. A group whose rewards are all
# equal teaches nothing (A = 0): the prompt was too easy or too hard for now. We sample groups for
# six small training numbers in one batched call and show the one whose rewards spread the most.

# %%
G = 8
candidates = sqrt_task.sample_numbers(3, 6, (1, 3), "train")
prompts = [tokenizer.encode(sqrt_task.chat_prompt(n)) for n in candidates]
sampled = gemma3.generate(params, config, [p for p in prompts for _ in range(G)], 16, temperature=1.0, seed=0)
all_rewards = np.array(
    [sqrt_task.reward(tokenizer.decode(c), n) for c, n in zip(sampled, np.repeat(candidates, G), strict=True)]
)
pick = int(np.argmax(all_rewards.reshape(-1, G).std(axis=1)))
n, prompt, completions = candidates[pick], prompts[pick], sampled[pick * G : (pick + 1) * G]
texts = [tokenizer.decode(c) for c in completions]
rewards = all_rewards[pick * G : (pick + 1) * G].astype(np.float32)
spread = rewards.max() > rewards.min()  # equal rewards: exactly 0, not float noise / eps
by_hand = (rewards - rewards.mean()) / (rewards.std() + 1e-4) if spread else np.zeros_like(rewards)
advantages = grpo.group_advantages(rewards[None])[0]
np.testing.assert_allclose(advantages, by_hand, rtol=1e-5, atol=1e-5)
print(
    f"rewards per group: {all_rewards.reshape(-1, G).mean(axis=1).round(2)}; showing N = {n}, isqrt = {math.isqrt(n)}"
)
for text, r, a in zip(texts, rewards, advantages, strict=True):
    print(f"  {text!r:<32} reward {r:.1f}  advantage {a:+.2f}")

# %% [markdown]
# ## 3 · The loss, term by term
# The group becomes one batch: prompts left-padded to a common width P, so every completion
# starts at column P and only the C completion columns need logits. The sampler drops the stop
# token; `collate` puts `<end_of_turn>` back (`tokenizer.end_of_turn_id`) so the policy learns
# to stop. Log-probs are
# recomputed in float32 at the sampling temperature (chunked over positions: one `[B, chunk, V]`
# block at a time).

# %%
batch = grpo.collate(
    [prompt] * G, completions, advantages, grpo.GRPOConfig(group_size=G), stop_token=tokenizer.end_of_turn_id
)
logp_BC = grpo.batch_logprobs(params, config, batch, grpo.GRPOConfig(temperature=1.0))
print(f"tokens {batch.tokens.shape} (B, T) · mask {batch.mask.shape} (B, C) · logp {logp_BC.shape}")
if gemma3.mesh.is_rehearsal(mesh):  # CI's 8 simulated devices: the sharded log-probs equal one device's
    single = grpo.batch_logprobs(gemma3.mesh.to_one_device(params), config, batch, grpo.GRPOConfig(temperature=1.0))
    np.testing.assert_allclose(logp_BC * batch.mask, single * batch.mask, rtol=1e-4, atol=1e-4)
    print(f"rehearsal: log-probs on {gemma3.mesh.describe_mesh(mesh)} equal one device's")
print("completion tokens per rollout:", np.asarray(batch.mask.sum(1)).astype(int))

# %% [markdown]
# The G completions repeat one prompt G times, and the prompt is most of each row (30 of about
# 40 tokens here). `share_prompt=True` packs a group into one row instead: the prompt once,
# then its completions one after another, each restarting its positions at the prompt's end and
# attending to the prompt and to itself only (`attention.shared_prefix_mask`, drawn below). The
# prompt's forward and backward then run once per group, not G times; the log-probs are the
# same. On the 2-core CPU that makes the demo's update about 2x faster
# (`python -m gemma3.bench grpo-step`; XLA attention only).

# %%
from gemma3.attention import shared_prefix_mask

shared = grpo.GRPOConfig(group_size=G, share_prompt=True)
packed = grpo.collate([prompt] * G, completions, advantages, shared, stop_token=tokenizer.end_of_turn_id)
logp_shared = grpo.batch_logprobs(params, config, packed, shared)
np.testing.assert_allclose(logp_shared * batch.mask, logp_BC * batch.mask, rtol=1e-4, atol=1e-4)
print(f"one row per rollout {batch.tokens.shape} -> one row per group {packed.tokens.shape}; same log-probs")
start = int(np.argmax(np.asarray(packed.segment_ids[0]) > 0))  # skip the left padding
seen = np.asarray(shared_prefix_mask(packed.segment_ids, packed.positions)[0])[start:, start:]
fig, ax = plt.subplots(figsize=(5, 5))
ax.imshow(seen, cmap="Greys", interpolation="nearest")
ax.set(title="who sees whom in a shared-prompt row", xlabel="key slot", ylabel="query slot")
plt.show()

# %% [markdown]
# With `mu` updates per batch the policy drifts from the one that sampled: the importance ratio
# `exp(logp - old_logp)` corrects for it, and clipping to `[1 - eps_low, 1 + eps_high]` stops
# a token's probability from moving too far in one batch (only in the direction the advantage
# pushes). We fake a drifted policy to show both sides of the clip. Then the k3 KL to the
# reference, `exp(ref - logp) - (ref - logp) - 1`, is >= 0 and exactly 0 when they agree.

# %%
cfg = grpo.GRPOConfig(eps_low=0.2, eps_high=0.28, beta=0.04, aggregation="seq-mean-token-mean")
drift = 0.4 * jax.random.normal(jax.random.key(0), logp_BC.shape)
old_logp, new_logp, ref_logp = logp_BC, logp_BC + drift, logp_BC  # reference: the starting weights
mask, adv = batch.mask, batch.advantages[:, None]
ratio = jnp.exp(new_logp - old_logp)
pg = -jnp.minimum(ratio * adv, jnp.clip(ratio, 1 - cfg.eps_low, 1 + cfg.eps_high) * adv)
kl = jnp.exp(ref_logp - new_logp) - (ref_logp - new_logp) - 1
per_token = pg + cfg.beta * kl
loss_by_hand = ((per_token * mask).sum(1) / mask.sum(1)).mean()  # mean over tokens, then over rollouts
loss, metrics = grpo.policy_loss(new_logp, old_logp, ref_logp, batch.advantages, mask, cfg)
np.testing.assert_allclose(loss, loss_by_hand, rtol=1e-5)
print(f"loss {float(loss):.4f} (by hand {float(loss_by_hand):.4f}) · KL {float(metrics['kl']):.4f} · "
      f"clipped tokens {float(metrics['clip_fraction']):.2%}")  # fmt: skip
print(f"k3 KL when policy == reference: {float(jnp.abs(grpo.k3_kl(logp_BC, logp_BC)).max())}")
for mode in grpo.AGGREGATIONS:  # the paper, DAPO, Dr. GRPO
    value, _ = grpo.policy_loss(new_logp, old_logp, ref_logp, batch.advantages, mask, grpo.GRPOConfig(aggregation=mode))
    print(f"  aggregation {mode:<26} loss {float(value):+.4f}")

# %% [markdown]
# What the clip does, drawn: the per-token objective `min(ratio * A, clip(ratio) * A)` (the loss
# is its negative) against the ratio, for a positive and a negative advantage. With A > 0 it
# stops rising past `1 + eps_high`: no reward for pushing a good token's probability further in
# this batch. With A < 0 it stops falling below `1 - eps_low`. A flat stretch has zero gradient,
# which is what "clipped tokens" counts. Each curve is checked against `grpo.policy_loss` fed
# log-ratios directly (one token per rollout, beta 0).

# %%
ratios = np.linspace(0.5, 1.6, 221, dtype=np.float32)
no_kl = grpo.GRPOConfig(eps_low=0.2, eps_high=0.28, beta=0.0, aggregation="token-mean")
fig, ax = plt.subplots(figsize=(6, 3.5))
for A, colour in ((1.0, "C2"), (-1.0, "C3")):
    objective = np.minimum(ratios * A, np.clip(ratios, 1 - no_kl.eps_low, 1 + no_kl.eps_high) * A)
    for r, o in zip(ratios[::20], objective[::20], strict=True):  # the package's loss, one ratio at a time
        package, _ = grpo.policy_loss(jnp.log(jnp.array([[r]])), jnp.zeros((1, 1)), None, jnp.array([A]),
                                      jnp.ones((1, 1)), no_kl)  # fmt: skip
        np.testing.assert_allclose(-float(package), o, rtol=1e-5)
    ax.plot(ratios, objective, color=colour, label=f"A = {A:+.0f}")
for edge in (1 - no_kl.eps_low, 1 + no_kl.eps_high):
    ax.axvline(edge, color="grey", ls=":")
ax.set(xlabel="ratio = p_new / p_old of a sampled token", ylabel="objective (maximized)",
       title="clipped GRPO objective per token")  # fmt: skip
ax.legend()
plt.show()

# %% [markdown]
# **Exercise 1.** With A = +1 and a ratio of 1.5, what is the gradient of the objective with
# respect to the ratio? And with A = -1 at the same ratio? Predict both (a pair of numbers), run.

# %%
prediction = None  # e.g. (1.0, 1.0)


def check(prediction, actual, what):
    """The exercises' check: your prediction against what the code computed."""
    if prediction is None:
        print(f"{what}: {actual!r}  (set `prediction` before you run it, then compare)")
    else:
        print(f"{what}: you said {prediction!r}, it is {actual!r}: {'right' if prediction == actual else 'not quite'}")


def objective(ratio, A):
    return jnp.minimum(ratio * A, jnp.clip(ratio, 1 - no_kl.eps_low, 1 + no_kl.eps_high) * A)


check(prediction, tuple(float(jax.grad(objective)(1.5, A)) for A in (1.0, -1.0)), "d objective / d ratio at 1.5")

# %% [markdown]
# ## 4 · One GRPO step by hand
# Everything a step does, written out on the group above: the rollouts (`completions`, sampled
# in section 2), their rewards and advantages (section 2, by hand), the log-probs (one forward
# pass, a log-softmax at the sampling temperature, the sampled tokens picked), the loss (on
# policy, mu = 1: the ratio is `exp(logp - stop_gradient(logp))`, 1 in value, whose gradient is
# the policy gradient; the k3 KL to the starting weights), its gradient with `jax.grad`, and an
# update (plain gradient descent here, to keep the update one line; notebook 04 writes AdamW).
# Then the package's step, `grpo.make_grpo_step`, on the same batch with `optax.sgd`: the same
# loss, the same new weights. The loss's *value* is about 0 here (on policy the clipped term is
# `-A` per token, and a group's advantages average to 0; the KL is 0 at the reference), but its
# gradient is not: it raises the log-probs of tokens with A > 0 and lowers the others.

# %%
hand = grpo.GRPOConfig(group_size=G, temperature=1.0, beta=0.04, mu=1)
C = batch.mask.shape[1]
P = batch.tokens.shape[1] - C  # the completions start at column P


def logprobs_by_hand(params):
    logits_BTV = gemma3.forward(params, config, batch.tokens, positions=batch.positions, segment_ids=batch.segment_ids)
    logp_BCV = jax.nn.log_softmax(logits_BTV[:, P - 1 : -1] / hand.temperature)  # column t predicts token t + 1
    return jnp.take_along_axis(logp_BCV, batch.tokens[:, P:, None], axis=-1)[..., 0]


ref_BC = logprobs_by_hand(params)  # the reference: the weights before the step (a full fine-tune)


def loss_by_hand(params):
    logp_BC = logprobs_by_hand(params)
    ratio_BC = jnp.exp(logp_BC - jax.lax.stop_gradient(logp_BC))
    adv_B1 = batch.advantages[:, None]
    pg_BC = -jnp.minimum(ratio_BC * adv_B1, jnp.clip(ratio_BC, 1 - hand.eps_low, 1 + hand.eps_high) * adv_B1)
    kl_BC = jnp.exp(ref_BC - logp_BC) - (ref_BC - logp_BC) - 1
    per_token = (pg_BC + hand.beta * kl_BC) * batch.mask
    return (per_token.sum(1) / batch.mask.sum(1)).mean()  # mean over each completion's tokens, then rollouts


learning_rate = 1e-3
loss_hand, grads = jax.jit(jax.value_and_grad(loss_by_hand))(params)
updated_hand = jax.tree.map(lambda w, g: w - learning_rate * g, params, grads)

step = grpo.make_grpo_step(config, optax.sgd(learning_rate), hand)
copy = jax.tree.map(jnp.copy, params)  # the step donates (overwrites) the weights it is given
state, metrics = step.step(step.init(copy), None, dataclasses.replace(batch, ref_logp=ref_BC))
updated_package = state.params
np.testing.assert_allclose(metrics["loss"], loss_hand, rtol=1e-4, atol=1e-6)


def largest_difference(a, b):
    return max(float(jnp.abs(x - y).max()) for x, y in zip(jax.tree.leaves(a), jax.tree.leaves(b), strict=True))


moved, apart = largest_difference(updated_hand, params), largest_difference(updated_hand, updated_package)
assert apart < 1e-2 * moved, (apart, moved)
print(f"loss by hand {float(loss_hand):+.5f}, package {float(metrics['loss']):+.5f}; "
      f"grad norm {float(optax.tree.norm(grads)):.3f} (package {float(metrics['grad_norm']):.3f})")  # fmt: skip
print(f"largest weight change {moved:.2e}; the two updates differ by at most {apart:.1e}")
del grads, updated_hand, updated_package, copy

# %% [markdown]
# **Exercise 2.** A group of four where three completions are right and well formed (reward
# 1.1) and one is wrong but well formed (0.1). Predict the wrong one's advantage to two decimals.

# %%
prediction = None  # a number
check(prediction, round(float(grpo.group_advantages(np.array([[1.1, 1.1, 1.1, 0.1]]))[0, 3]), 2),
      "advantage of the lone wrong completion")  # fmt: skip

# %% [markdown]
# **Exercise 3.** Back to the drifted policy of section 3: widen the upper clip, `eps_high`
# from 0.28 to 0.56. Do more or fewer tokens get clipped? Predict "more" or "fewer", run.

# %%
prediction = None  # "more" or "fewer"
fractions = [float(grpo.policy_loss(new_logp, old_logp, ref_logp, batch.advantages, mask,
                                    dataclasses.replace(cfg, eps_high=e))[1]["clip_fraction"]) for e in (0.28, 0.56)]  # fmt: skip
assert fractions[1] != fractions[0]
check(
    prediction,
    "fewer" if fractions[1] < fractions[0] else "more",
    f"clipped share {fractions[0]:.1%} -> {fractions[1]:.1%}",
)

# %% [markdown]
# ## 5 · A short GRPO run on the CPU
# Each step: sample G completions for each of the step's prompts with the KV-cache sampler, score
# them, compute advantages, take `mu` AdamW steps on the batch (the weights and optimizer state
# donated: updated in place). With LoRA the reference is the base model with adapters off; here
# we fine-tune fully, so the reference is one frozen copy of the starting weights.
#
# A group whose completions all score the same has advantage 0: it teaches nothing and its
# backward pass is wasted compute. `skip_uniform_groups=True` (DAPO's dynamic sampling) samples
# up to `max_sampling_rounds` rounds of prompts and trains on groups that disagree; the curve
# `mixed_groups` is the share of sampled groups that did.

# %%
run = grpo.GRPOConfig(group_size=GROUP, prompts_per_step=PROMPTS, max_new_tokens=16, beta=0.04, mu=2,
                      skip_uniform_groups=True, share_prompt=True)  # fmt: skip
before, _ = grpo_demo.evaluate_sqrt(params, config, tokenizer, held_out)
params, history = grpo.train(
    params, config, run, optax.adam(5e-6), grpo_demo.sqrt_prompts(tokenizer, run, (1, 4)),
    grpo_demo.sqrt_reward(tokenizer),
    steps=STEPS,
)  # fmt: skip
after, samples = grpo_demo.evaluate_sqrt(params, config, tokenizer, held_out)
stderr = math.sqrt(max(before * (1 - before), after * (1 - after), 0.25 / len(held_out)) / len(held_out))
print(f"held-out accuracy {before:.3f} -> {after:.3f} on {len(held_out)} prompts (std error ~{stderr:.2f})")
print("samples:", samples[:4])

# %%
fig = grpo_demo.plot_history(history, keys=("reward", "accuracy", "mixed_groups", "kl", "clip_fraction"))
plt.show()

# %% [markdown]
# A few steps move the KL off zero and show the loop working. Whether GRPO beats the noise of
# the held-out set is what the ~30-minute demo measures, `python -m gemma3.recipes.grpo_demo`
# (`gemma3.recipes.grpo_demo`: N of 2-3 digits, where the SFT-ed model is right about 60% of the time, so
# groups disagree; G = 4 for 16 prompts a step, about 86 steps in 30 minutes with the prompt
# shared). It does: on all 104 held-out N, greedy accuracy 0.635 -> 0.712 (9 gained, 1 lost,
# McNemar p = 0.011) and sampled accuracy 0.493 -> 0.680 (+0.187 ± 0.027, p = 3e-12). Its saved
# results, per held-out N (perfect squares in grey: the misses sit next to them):

# %%
figures = [pathlib.Path("figures"), pathlib.Path(gemma3.__file__).resolve().parents[1] / "notebooks" / "figures"]
found = [f / "grpo_demo.json" for f in figures if (f / "grpo_demo.json").exists()]
if not found:
    raise FileNotFoundError(f"no grpo_demo.json in {[str(f) for f in figures]}: run python -m gemma3.recipes.grpo_demo")
demo = json.loads(found[0].read_text())
print(grpo_demo.summary_line(demo))
per_prompt = demo["per_prompt"]
fig = grpo_demo.plot_held_out(per_prompt["n"], per_prompt["sampled_before"], per_prompt["sampled_after"],
                              title=f"the demo's {demo['grpo_steps']} GRPO steps, held-out N")  # fmt: skip
plt.show()

# %% [markdown]
# ## 6 · 27B on a TPU host
# The same code runs 27B with LoRA: the reference model is the base with adapters off (no second
# copy of 54 GB), the step recomputes each block in the backward pass (`remat`), and the
# adapters and their Adam states are the only things updated (donated). Memory per parameter:
# bf16 base 2 bytes, no gradients or optimizer state for it; adapters 16 bytes (fp32 weights,
# gradients, Adam m and v). The settings below (`gemma3.aot.notebook_27b.SETTINGS["05_grpo"]`: 8
# rollouts, one group of 8 completions of one prompt, up to 512 prompt + 512 completion tokens, LoRA rank 16) are compiled
# for v5e-8 and v6e-8 from a CPU machine by a test, the rollouts' decoding and the update both,
# on the mesh `gemma3.setup` picks (tensor parallel over the 8 chips); the per-chip memory:
#
#     python -m gemma3.aot.notebook_27b --topology v5e-8
#     python -m gemma3.aot --size 27b --topology v5e-8 --workload grpo --lora-rank 16 --batch 8 --seq 1024

# %%
c27 = gemma3.get_config("27b")
from gemma3.aot import notebook_27b

tpu_run = notebook_27b.SETTINGS["05_grpo"]  # compiled for v5e-8 and v6e-8 by a test: it fits
r16 = lora.LoRAConfig(rank=tpu_run["lora_rank"], alpha=2.0 * tpu_run["lora_rank"])
settings_27b = grpo.GRPOConfig(group_size=tpu_run["group_size"], prompts_per_step=tpu_run["prompts_per_step"],
                               max_new_tokens=tpu_run["new_tokens"], temperature=1.0, mu=2, beta=0.04,
                               aggregation="token-mean", logprob_chunk=128)  # fmt: skip
B = settings_27b.group_size * settings_27b.prompts_per_step
print(f"27B GRPO: B = {B} rollouts of up to {tpu_run['new_tokens']} new tokens, mu = 2, LoRA r = {r16.rank} "
      f"({lora.adapter_count(c27, r16) / 1e6:.0f}M adapter parameters)")  # fmt: skip
print(f"  frozen bf16 base {gemma3.param_count(c27) * 2 / 1e9:.0f} GB, {gemma3.param_count(c27) * 2 / 8e9:.1f} GB per chip on 8; "
      f"adapters + Adam {lora.adapter_count(c27, r16) * 16 / 1e9:.1f} GB")  # fmt: skip
# the per-chip memory of exactly this update (B rollouts, prompt + completion), from the committed
# deviceless v5e-8 compile (`python -m gemma3.aot --update-snapshots`): the count and the figure agree
snapshot = f"27b v5e-8 grpo batch={B} seq={tpu_run['prompt_tokens'] + tpu_run['new_tokens']} lora_rank={r16.rank}"
compiled = json.loads(gemma3.aot.SNAPSHOTS.read_text())[snapshot]["memory"]
print(f"  the update of these {B} rollouts on v5e-8: {compiled['total'] / 2**30:.2f} GiB per chip "
      f"({compiled['argument'] / 2**30:.2f} arguments + {compiled['temp'] / 2**30:.2f} temporaries) of 15.75")

# %%
if on_tpu:  # 27B LoRA GRPO on the host's chips: a few steps on the integer-square-root task
    adapters = lora.init_adapters(config, r16, jax.random.key(0))
    adapters, history_27b = grpo.train(
        adapters, config, settings_27b, optax.adamw(1e-5), grpo_demo.sqrt_prompts(tokenizer, settings_27b, (4, 8)),
        grpo_demo.sqrt_reward(tokenizer), steps=3, frozen=params, lora=r16, remat=True,
    )  # fmt: skip
else:
    print(f"no TPU here ({jax.default_backend()}): this cell needs a TPU VM and the 27B checkpoint")
