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
# # 06 · Gemma 3 sees: the SigLIP vision tower and image tokens
#
# **What this teaches.** How Gemma 3 4B, 12B and 27B read an image: the image is resized to
# 896 x 896 and cut into 14 x 14 patches (a 64 x 64 grid); SigLIP's encoder (27 pre-LN transformer
# blocks, every patch seeing every patch) turns the patches into features; the projector averages
# 4 x 4 neighbourhoods down to 256 tokens, normalizes them and projects them to the language
# model's width; those 256 *soft tokens* take the place of placeholders in the prompt, where
# the tokens of one image see each other both ways while the text stays causal. Each piece is
# built by hand, checked against `gemma3`, and imported from then on.
#
# **The outputs you see** were made on a CPU (one device) by `bash .ci/execute_notebooks
# notebooks/06_vision.py`: the tiny random vision model beside the embedded 270M's tokenizer
# (running it takes about 2 minutes).
#
# **Reading time** about 30 minutes, 45 with the exercises. **Assumes** notebook 01 (the text
# model, its masks) and what a convolution and a transformer block are.
#
# **Where it runs.** No real vision checkpoint fits this CPU machine (the smallest, 4B, is
# 8.6 GB in bfloat16), so on a CPU the model cells run a *tiny random* vision model: the shapes
# and the checks are real, its words are noise. On a TPU VM (`tpu_setup/README.md`) the last
# cells load the 27B checkpoint onto every chip (`MESH`, as in the other notebooks: "auto"
# by default) and describe a real photograph.
#
# **One chip, a TPU host, a slice.** As in the other notebooks: on a laptop or a single chip
# nothing changes; on a TPU host (v5e-8, v6e-8, v5p-8) open it in JupyterLab
# (`tpu_setup/jupyter.sh`); on a multi-host slice run it as a script on every worker,
# `tpu_setup/run_notebook.sh --notebook notebooks/06_vision.py` (`gemma3.setup` joins the
# workers and only process 0 prints). CI runs it on 8 simulated CPU devices and checks the
# sharded tiny model against one device.
#
# **Shape key.** B batch · T query length · S key length · D model width · N heads · H head dim ·
# V vocab · L layers. Vision: I images · P patches per image · C vision width · E vision MLP width.
# Arrays are named with their shapes: `x_IPC` is `[I, P, C]`.

# %% tags=["parameters"]
CHECKPOINT = None  # None: $GEMMA3_CHECKPOINT, else 27B on TPU, else the embedded 270M (text only)
MESH = None  # the real checkpoint's mesh: None: $GEMMA3_MESH, else "auto" (every chip); "none": one device
IMAGE = None  # an image file; None: Grace Hopper's portrait, shipped with matplotlib

# %%
import dataclasses
import json

import jax
import jax.numpy as jnp
import matplotlib.pyplot as plt
import numpy as np
from matplotlib import cbook

import gemma3
from gemma3.attention import attention_mask
from gemma3.config import VisionConfig
from gemma3.images import image_prompt, load_image, preprocess
from gemma3.layers import embed_tokens, rms_norm
from gemma3.model import block, unembed
from gemma3.vision import encode_images, encoder_layer, image_blocks, layer_norm, patchify, pool, project, tower_flops

print("backend:", jax.default_backend(), "| devices:", len(jax.devices()))

# %% [markdown]
# ## 1 · An image becomes pixels, then patches
# The published processor resizes to 896 x 896 with a bilinear filter (the aspect ratio is not
# kept), divides by 255 and normalizes with mean 0.5 and std 0.5: pixels land in [-1, 1].
# `gemma3.images.preprocess` does exactly that (checked against transformers' processor in
# `tests/test_vision.py`).

# %%
image_path = IMAGE or cbook.get_sample_data("grace_hopper.jpg", asfileobj=False)
photo = load_image(image_path)
full = VisionConfig()  # SigLIP So400m/14 as Gemma 3 uses it: the 4B, 12B and 27B all carry it
pixels_ISS3 = preprocess(photo, full)
print("photo", photo.shape, photo.dtype, "-> pixels", pixels_ISS3.shape, pixels_ISS3.dtype,
      f"in [{pixels_ISS3.min():.2f}, {pixels_ISS3.max():.2f}]")
print(f"{full.image_size} px / {full.patch_size} px patches = {full.patches_per_side} x {full.patches_per_side}"
      f" = {full.num_patches} patches of {full.patch_size}*{full.patch_size}*3 = {full.patch_size**2 * 3} numbers")

# %% [markdown]
# A patch is a 14 x 14 x 3 block of pixels flattened to a vector of 588 numbers, row by row
# across the grid. Below: the image, and its top-left 8 x 8 patches pulled apart.

# %%
patches_IPX = patchify(jnp.asarray(pixels_ISS3), full.patch_size)
by_hand = pixels_ISS3[0, 14 * 3 : 14 * 4, 14 * 5 : 14 * 6].reshape(-1)  # grid row 3, column 5
np.testing.assert_array_equal(patches_IPX[0, 3 * 64 + 5], by_hand)
fig, axes = plt.subplots(1, 2, figsize=(9, 4.2))
axes[0].imshow((pixels_ISS3[0] + 1) / 2)
axes[0].add_patch(plt.Rectangle((0, 0), 8 * 14, 8 * 14, fill=False, color="red"))
axes[0].set(title="896 x 896 input (red: 8 x 8 patches)")
corner = np.ones((8 * 16, 8 * 16, 3))  # 14-pixel patches with a 2-pixel gutter
for r in range(8):
    for c in range(8):
        corner[r * 16 : r * 16 + 14, c * 16 : c * 16 + 14] = (np.asarray(patches_IPX[0, r * 64 + c]).reshape(14, 14, 3) + 1) / 2
axes[1].imshow(corner)
axes[1].set(title="the top-left 8 x 8 patches")
for ax in axes:
    ax.axis("off")
plt.show()

# %% [markdown]
# ## 2 · A tiny random vision model for this CPU
# The same architecture at toy sizes: images of 112 px (an 8 x 8 patch grid pooled 2 x 2 to 16
# soft tokens), a 2-block SigLIP of width C = 64, and a 6-layer language model of width D = 64
# with the real vocabulary plus the 64 extra rows of the multimodal checkpoints (the soft token is
# id 262144, one of them). Norm weights are randomized so that every scale and bias matters.

# %%
vision = VisionConfig(image_size=112, patch_size=14, num_layers=2, width=64, mlp_dim=128, num_heads=4,
                      tokens_per_image=16)
tiny = dataclasses.replace(
    gemma3.get_config("270m"), name="tiny-vision", num_layers=6, embed_dim=64, num_heads=4, num_kv_heads=2,
    head_dim=32, mlp_dim=128, sliding_window=32, embed_rows=262_208, vision=vision,
)
params = gemma3.init_params(tiny, jax.random.key(0), jnp.float32)
v = params.vision
noisy = {name: getattr(v.layers, name) + 0.2 * jax.random.normal(jax.random.key(i), getattr(v.layers, name).shape)
         for i, name in enumerate(["ln1_scale", "ln1_bias", "ln2_scale", "ln2_bias", "q_bias", "o_bias", "fc1_bias"])}
v = dataclasses.replace(v, layers=dataclasses.replace(v.layers, **noisy),
                        mm_norm=0.3 * jax.random.normal(jax.random.key(9), (64,)))
params = dataclasses.replace(params, vision=v)
print(jax.tree.map(lambda x: x.shape, params.vision))

# %% [markdown]
# ## 3 · Patch embedding: a convolution that is a matmul
# SigLIP embeds patches with a 14 x 14 convolution of stride 14: kernel and stride equal, the
# windows never overlap, so it is one matmul of the flattened patches with a `[588, C]` matrix.
# Then a learned position embedding per patch (no CLS token, no interpolation).

# %%
pixels_tiny = jnp.asarray(preprocess(photo, vision))  # [1, 112, 112, 3]
kernel = v.patch.reshape(14, 14, 3, 64)  # rows ordered (row, column, channel): HWIO
conv = jax.lax.conv_general_dilated(pixels_tiny, kernel, (14, 14), "VALID", dimension_numbers=("NHWC", "HWIO", "NHWC"))
x_IPC = patchify(pixels_tiny, 14) @ v.patch + v.patch_bias
np.testing.assert_allclose(x_IPC, conv.reshape(1, 64, 64) + v.patch_bias, rtol=1e-5, atol=1e-5)
x_IPC = x_IPC + v.positions
print("embedded patches", x_IPC.shape)

# %% [markdown]
# ## 4 · One SigLIP block by hand
# Pre-LN, like Gemma's text blocks, but with the older pieces: LayerNorm (mean and variance, a
# scale and a bias; Gemma's RMSNorm has neither mean nor bias), multi-head attention whose
# projections carry biases and where *every patch sees every patch* (no mask), and a plain
# two-layer MLP with GELU (tanh approximation), also with biases.

# %%
def layer_norm_by_hand(x, scale, bias, eps=1e-6):
    x = np.asarray(x, np.float64)
    mean, var = x.mean(-1, keepdims=True), x.var(-1, keepdims=True)
    return (x - mean) / np.sqrt(var + eps) * np.asarray(scale) + np.asarray(bias)


def siglip_block_by_hand(layer, x):
    x = np.asarray(x, np.float64)
    lw = jax.tree.map(lambda w: np.asarray(w, np.float64), layer)
    h = layer_norm_by_hand(x, lw.ln1_scale, lw.ln1_bias)
    q, k, vv = (np.einsum("ipc,nch->inph", h, w) + b[:, None] for w, b in
                ((lw.q, lw.q_bias), (lw.k, lw.k_bias), (lw.v, lw.v_bias)))
    scores = q @ k.transpose(0, 1, 3, 2) / np.sqrt(q.shape[-1])  # [I, N, P, P]: no mask
    probs = np.exp(scores - scores.max(-1, keepdims=True))
    probs /= probs.sum(-1, keepdims=True)
    x = x + np.einsum("inph,nhc->ipc", probs @ vv, lw.o) + lw.o_bias
    h = layer_norm_by_hand(x, lw.ln2_scale, lw.ln2_bias) @ lw.fc1 + lw.fc1_bias
    h = 0.5 * h * (1 + np.tanh(np.sqrt(2 / np.pi) * (h + 0.044715 * h**3)))  # GELU, tanh form
    return x + h @ lw.fc2 + lw.fc2_bias


layer0 = jax.tree.map(lambda w: w[0], v.layers)
np.testing.assert_allclose(encoder_layer(layer0, vision, x_IPC), siglip_block_by_hand(layer0, x_IPC), rtol=1e-4, atol=1e-4)
print("one SigLIP block matches gemma3.vision.encoder_layer")

# %% [markdown]
# The tower is those blocks in a `lax.scan` (27 at full size), then a final LayerNorm:
# `gemma3.vision.encode_images`.

# %%
x = x_IPC
for i in range(vision.num_layers):
    x = encoder_layer(jax.tree.map(lambda w, i=i: w[i], v.layers), vision, x)
features_IPC = encode_images(v, tiny, pixels_tiny)
np.testing.assert_allclose(features_IPC, layer_norm(x, v.final_scale, v.final_bias, 1e-6), rtol=1e-5, atol=1e-5)
print("features", features_IPC.shape)

# %% [markdown]
# ## 5 · Pooling: 4,096 patches become 256 tokens
# The projector lays the features back on their grid and averages each `pool x pool` window:
# at full size 64 x 64 -> 16 x 16 (4 x 4 windows), so an image costs the language model 256
# tokens instead of 4,096. Shown on the photo itself, treating each patch's mean color as its
# "feature": the same `gemma3.vision.pool` at full size.

# %%
colors_IP3 = patches_IPX.reshape(1, 4096, 14 * 14, 3).mean(axis=2)  # a patch's mean color
pooled = pool(colors_IP3, full)
by_hand = np.asarray(colors_IP3).reshape(64, 64, 3).reshape(16, 4, 16, 4, 3).mean(axis=(1, 3))
np.testing.assert_allclose(pooled[0].reshape(16, 16, 3), by_hand, rtol=1e-5, atol=1e-6)
fig, axes = plt.subplots(1, 2, figsize=(8, 4))
axes[0].imshow((np.asarray(colors_IP3[0]).reshape(64, 64, 3) + 1) / 2)
axes[0].set(title="64 x 64 patches (mean colors)")
axes[1].imshow((np.asarray(pooled[0]).reshape(16, 16, 3) + 1) / 2)
axes[1].set(title="4 x 4 average pool: 16 x 16 tokens")
for ax in axes:
    ax.axis("off")
plt.show()

# %% [markdown]
# ## 6 · Projection to the language model
# Pooled features go through an RMSNorm (`mm_soft_emb_norm`, Gemma's `(1 + w)` kind) and one
# matrix `[C, D]`: these are the soft tokens. They are *not* scaled by √D like token embeddings.

# %%
pooled_ITC = np.asarray(features_IPC).reshape(1, 4, 2, 4, 2, 64).mean(axis=(2, 4)).reshape(1, 16, 64)
soft_by_hand = rms_norm(jnp.asarray(pooled_ITC), v.mm_norm) @ v.mm_proj
soft_ITD = project(v, tiny, features_IPC)
np.testing.assert_allclose(soft_ITD, soft_by_hand, rtol=1e-5, atol=1e-5)
print("soft tokens", soft_ITD.shape, "(I, tokens per image, D)")

# %% [markdown]
# ## 7 · The prompt and its mask
# Each `<start_of_image>` in the text becomes `\n\n<start_of_image>` + the soft tokens +
# `<end_of_image>\n\n` (`gemma3.images.image_prompt`). In attention, text stays causal, but the
# tokens of one image see each other both ways: an image is not read left to right. It is one
# more case of the package's mask (`attention_mask(..., q_block=, k_block=)`, block ids from
# `gemma3.vision.image_blocks`), not a second attention; local layers also keep their window.

# %%
tokenizer = gemma3.load_tokenizer(gemma3.default_checkpoint())
ids = image_prompt(tokenizer, "<start_of_image>or<start_of_image>?", vision)
tokens_BT = jnp.array([ids])
blocks_BT = image_blocks(tokens_BT, vision.image_token_id)
print(len(ids), "tokens:", [tokenizer.decode([t], skip_special_tokens=False) if t < 262_144 else "▣" for t in ids[:8]], "...")
index_BT = jnp.arange(len(ids))[None]
fig, axes = plt.subplots(1, 2, figsize=(10, 4.8))
for ax, window in zip(axes, (None, 12), strict=True):
    mask = attention_mask(index_BT, index_BT, sliding_window=window, q_block=blocks_BT, k_block=blocks_BT)
    ax.imshow(mask[0], cmap="Blues")
    ax.set(title="global layer" if window is None else f"local layer, W = {window}",
           xlabel="key position", ylabel="query position")
plt.show()

# %% [markdown]
# ## 8 · The package's multimodal forward
# `gemma3.forward(params, config, tokens, images=pixels)`: embed the text (scaled by √D),
# replace the soft tokens' rows by the projected images in reading order, run the blocks with
# the image mask (image prompts take the XLA attention: the Pallas kernel's block skipping
# assumes causality), unembed. By hand from the pieces above:

# %%
two_images = jnp.asarray(preprocess([photo, photo[:, ::-1]], vision))  # the photo and its mirror image
is_soft = tokens_BT == vision.image_token_id
x = embed_tokens(params.embed, jnp.where(is_soft, 0, tokens_BT))
x = x.at[is_soft].set(project(v, tiny, encode_images(v, tiny, two_images)).reshape(-1, 64))
positions, segments = index_BT, jnp.zeros_like(tokens_BT)
for i in range(tiny.num_layers):
    layer = jax.tree.map(lambda w, i=i: w[i], params.layers)
    x = block(layer, tiny, x, positions, segments, tiny.is_global_layer(i), image_blocks=blocks_BT)
logits_BTV = gemma3.forward(params, tiny, tokens_BT, images=two_images)
np.testing.assert_allclose(logits_BTV, unembed(params, tiny, x), rtol=1e-4, atol=1e-4)
print("forward with images matches the pieces:", logits_BTV.shape)

# %% [markdown]
# Generation takes the images at prefill only; decoding and the KV cache are unchanged (the
# images' keys and values sit in the cache like any token's). The first greedy token is the
# forward pass's argmax; a random model's words are noise, but they depend on the pixels:

# %%
new = gemma3.generate(params, tiny, [ids], 6, images=two_images, stop_tokens=())[0]
assert new[0] == int(jnp.argmax(logits_BTV[0, -1]))
print("6 greedy tokens:", new, repr(tokenizer.decode(new)))
swapped = gemma3.forward(params, tiny, tokens_BT, images=two_images[::-1])
print("swapping the two images moves the last token's logits by up to",
      f"{float(jnp.abs(swapped[0, -1] - logits_BTV[0, -1]).max()):.3f}")

# %% [markdown]
# On a mesh the tiny model is sharded as `gemma3.setup` shards a real one (the vision tower's
# heads and MLP over "tensor" too). In CI's 8 simulated devices, the rehearsal of a TPU host,
# the sharded forward and generation must equal the single-device ones above.

# %%
mesh = gemma3.mesh.choose_mesh(MESH, tiny)
if gemma3.mesh.is_rehearsal(mesh):
    sharded = jax.device_put(params, gemma3.sharding.param_shardings(tiny, mesh))
    on_mesh = gemma3.forward(sharded, tiny, tokens_BT, images=two_images)
    np.testing.assert_allclose(on_mesh, logits_BTV, rtol=1e-4, atol=1e-4)
    assert gemma3.generate(sharded, tiny, [ids], 6, images=two_images, stop_tokens=())[0] == new
    print(f"rehearsal: {gemma3.mesh.describe_mesh(mesh)} gives the same logits and tokens as one device")

# %% [markdown]
# **Exercise 1.** An image costs the language model 256 soft tokens at 896 pixels. How many would
# it cost without the 4 x 4 pooling? And how many patches does this notebook's tiny 112-pixel
# model cut its image into? Predict both, run.

# %%
prediction = None  # (tokens without pooling at 896 px, patches of the tiny model)


def check(prediction, actual, what):
    """The exercises' check: your prediction against what the code computed."""
    if prediction is None:
        print(f"{what}: {actual!r}  (set `prediction` before you run it, then compare)")
    else:
        print(f"{what}: you said {prediction!r}, it is {actual!r}: {'right' if prediction == actual else 'not quite'}")


check(prediction, ((full.image_size // full.patch_size) ** 2, int(patchify(pixels_tiny, vision.patch_size).shape[1])),
      "tokens unpooled, tiny model's patches")  # fmt: skip

# %% [markdown]
# **Exercise 2.** On a global layer, how many keys does the *first* soft token of the first image
# in section 7's prompt see, and how many would it see if images were read left to right like text?
# Predict both (count the tokens before the image and in it), run: the package's mask answers.

# %%
prediction = None  # (keys seen, keys seen if causal)
first = int(np.argmax(np.asarray(blocks_BT[0]) >= 0))  # the first soft token (text is -1, images 0, 1, ...)
global_mask = attention_mask(index_BT, index_BT, q_block=blocks_BT, k_block=blocks_BT)[0]
check(prediction, (int(global_mask[first].sum()), first + 1), "keys seen by the first soft token")

# %% [markdown]
# ## 9 · What the tower costs at 27B
# From the declared shapes: SigLIP So400m/14 and the projector are 423M parameters (1.6% of the
# 27B), but the tower runs on 4,096 patches per image, so an image costs about as many flops as
# 100 text tokens of the 27B language model (`gemma3.vision.tower_flops`); its 256 soft tokens
# then cost what 256 text tokens do.

# %%
c27 = dataclasses.replace(gemma3.get_config("27b"), vision=full)
shapes = gemma3.abstract_params(c27)
tower = sum(x.size for x in jax.tree.leaves(shapes.vision))
lm_per_token = 2 * gemma3.param_count(c27)
print(f"vision tower + projector: {tower / 1e6:.0f}M parameters beside {gemma3.param_count(c27) / 1e9:.1f}B")
print(f"one image through the tower: {tower_flops(c27) / 1e12:.2f} TFLOP = "
      f"{tower_flops(c27) / lm_per_token:.0f} text tokens of the 27B ({lm_per_token / 1e9:.0f} GFLOP each)")

# %% [markdown]
# ## 10 · A real checkpoint (TPU VM)
# With a multimodal checkpoint (27B on a TPU VM, or `CHECKPOINT` / `$GEMMA3_CHECKPOINT` naming
# a 4B-27B Hugging Face folder), the same calls describe the photo. The embedded 270M that a CPU
# defaults to has no vision tower, and `gemma3` says so rather than guess.

# %%
path = gemma3.resolve_checkpoint(CHECKPOINT)
multimodal = path.is_dir() and "vision_config" in json.loads((path / "config.json").read_text())
print(path, "| vision tower:", multimodal)
if multimodal:
    config, weights, tokenizer, mesh, path = gemma3.setup(path, mesh=MESH)  # every chip: see gemma3.mesh
    chat = tokenizer.format_chat([{"role": "user", "content": [
        {"type": "image"}, {"type": "text", "text": "Describe this image in two sentences."}]}])
    prompt = image_prompt(tokenizer, chat, config, add_bos=False)
    from gemma3.aot import notebook_27b

    tpu_run = notebook_27b.SETTINGS["06_vision"]  # compiled for v5e-8 and v6e-8 by a test: it fits
    assert len(prompt) <= tpu_run["prompt_tokens"]
    answer = gemma3.generate(weights, config, [prompt], tpu_run["new_tokens"], images=preprocess(photo, config),
                             stop_tokens=tokenizer.stop_tokens)
    print(tokenizer.decode(answer[0]))
else:
    print("no vision tower in this checkpoint: run on a TPU VM (27B) or set CHECKPOINT to a 4B-27B folder")
