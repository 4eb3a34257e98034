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
# clipping on both sides, the k3 KL to a frozen reference, masking, aggregation), each piece
# built by hand and then checked against `gemma3.grpo`, then a short GRPO run with reward, KL and
# accuracy curves, and the 27B settings for a TPU host.
#
# **Where it runs.** On a CPU: the real Gemma 3 270M, fine-tuned by notebook 04 to answer as
# `<answer>K</answer>` (its saved weights, or a quick fine-tune here), a few minutes in all.
# The run here is short: it shows the mechanics, not a significant gain (for that:
# `python -m gemma3.grpo_demo`). On a TPU VM the last section runs 27B with LoRA.
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
STEPS = 4  # GRPO steps of the short run
GROUP = 4  # completions per prompt in the short run
PROMPTS = 2  # prompts per step in the short run
HELD_OUT = 16  # held-out prompts for the accuracy before/after

# %%
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
from gemma3 import grpo, grpo_demo, lora, sqrt_task

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
# and never raises. `math.isqrt` is exact for any N: the float square root is not, already at
# 35 digits.

# %%
print(sqrt_task.chat_prompt(1234))
huge = (10**17 + 3) ** 2 - 1
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
    print(f"N={n:<36} {text[:40]:<42} reward {s.reward:.1f}  correct {s.correct}")

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
# token; `collate` puts `<end_of_turn>` back so the policy learns to stop. Log-probs are
# recomputed in float32 at the sampling temperature (chunked over positions: one `[B, chunk, V]`
# block at a time).

# %%
batch = grpo.collate([prompt] * G, completions, advantages, grpo.GRPOConfig(group_size=G), stop_token=106)
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
packed = grpo.collate([prompt] * G, completions, advantages, shared, stop_token=106)
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
# ## 4 · A short GRPO run on the CPU
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
# the held-out set is what the ~30-minute demo measures, `python -m gemma3.grpo_demo`
# (`gemma3.grpo_demo`: N of 2-3 digits, where the SFT-ed model is right about 60% of the time, so
# groups disagree; G = 4 for 16 prompts a step, about 86 steps in 30 minutes with the prompt
# shared). It does: on all 104 held-out N, greedy accuracy 0.635 -> 0.712 (9 gained, 1 lost,
# McNemar p = 0.011) and sampled accuracy 0.493 -> 0.680 (+0.187 ± 0.027, p = 3e-12). Its saved
# results, per held-out N (perfect squares in grey: the misses sit next to them):

# %%
figures = [pathlib.Path("figures"), pathlib.Path(gemma3.__file__).resolve().parents[1] / "notebooks" / "figures"]
found = [f / "grpo_demo.json" for f in figures if (f / "grpo_demo.json").exists()]
if not found:
    raise FileNotFoundError(f"no grpo_demo.json in {[str(f) for f in figures]}: run python -m gemma3.grpo_demo")
demo = json.loads(found[0].read_text())
print(grpo_demo.summary_line(demo))
per_prompt = demo["per_prompt"]
fig = grpo_demo.plot_held_out(per_prompt["n"], per_prompt["sampled_before"], per_prompt["sampled_after"],
                              title=f"the demo's {demo['grpo_steps']} GRPO steps, held-out N")  # fmt: skip
plt.show()

# %% [markdown]
# ## 5 · 27B on a TPU host
# The same code runs 27B with LoRA: the reference model is the base with adapters off (no second
# copy of 54 GB), the step recomputes each block in the backward pass (`remat`), and the
# adapters and their Adam states are the only things updated (donated). Memory per parameter:
# bf16 base 2 bytes, no gradients or optimizer state for it; adapters 16 bytes (fp32 weights,
# gradients, Adam m and v). The settings below (`gemma3.notebook_27b.SETTINGS["05_grpo"]`: 8
# rollouts of one prompt, up to 512 prompt + 512 completion tokens, LoRA rank 16) are compiled
# for v5e-8 and v6e-8 from a CPU machine by a test, the rollouts' decoding and the update both,
# on the mesh `gemma3.setup` picks (tensor parallel over the 8 chips); the per-chip memory:
#
#     python -m gemma3.notebook_27b --topology v5e-8
#     python -m gemma3.aot --size 27b --topology v5e-8 --workload grpo --lora-rank 16 --batch 8 --seq 1024

# %%
c27 = gemma3.get_config("27b")
tpu_run = gemma3.notebook_27b.SETTINGS["05_grpo"]  # compiled for v5e-8 and v6e-8 by a test: it fits
r16 = lora.LoRAConfig(rank=tpu_run["lora_rank"], alpha=2.0 * tpu_run["lora_rank"])
settings_27b = grpo.GRPOConfig(group_size=tpu_run["group_size"], prompts_per_step=tpu_run["prompts_per_step"],
                               max_new_tokens=tpu_run["new_tokens"], temperature=1.0, mu=2, beta=0.04,
                               aggregation="token-mean", logprob_chunk=128)  # fmt: skip
B = settings_27b.group_size * settings_27b.prompts_per_step
print(f"27B GRPO: B = {B} rollouts of up to {tpu_run['new_tokens']} new tokens, mu = 2, LoRA r = {r16.rank} "
      f"({lora.adapter_count(c27, r16) / 1e6:.0f}M adapter parameters)")  # fmt: skip
print(f"  frozen bf16 base {gemma3.param_count(c27) * 2 / 1e9:.0f} GB, {gemma3.param_count(c27) * 2 / 8e9:.1f} GB per chip on 8; "
      f"adapters + Adam {lora.adapter_count(c27, r16) * 16 / 1e9:.1f} GB")  # fmt: skip

# %%
if on_tpu:  # 27B LoRA GRPO on the host's chips: a few steps on the integer-square-root task
    adapters = lora.init_adapters(config, r16, jax.random.key(0))
    adapters, history_27b = grpo.train(
        adapters, config, settings_27b, optax.adamw(1e-5), grpo_demo.sqrt_prompts(tokenizer, settings_27b, (4, 8)),
        grpo_demo.sqrt_reward(tokenizer), steps=3, frozen=params, lora=r16, remat=True,
    )  # fmt: skip
else:
    print(f"no TPU here ({jax.default_backend()}): this cell needs a TPU VM and the 27B checkpoint")
