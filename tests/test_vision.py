"""The SigLIP vision tower, the projector and image prompts, against transformers' Gemma3ForConditionalGeneration."""

import dataclasses

import jax
import jax.numpy as jnp
import numpy as np
import pytest
from helpers_hf import TINY_IMAGE_TOKENS, TINY_VISION_POOLED, make_tiny_hf_checkpoint, make_tiny_vision_checkpoint
from oracle import torch

import gemma3
from gemma3.attention import attention_mask
from gemma3.config import VisionConfig
from gemma3.vision import embed_images, encode_images, image_blocks, project

pytestmark = pytest.mark.oracle

BOI, EOI, SOFT = (TINY_IMAGE_TOKENS[k] for k in ("boi_token_index", "eoi_token_index", "image_token_index"))


def _rel(a, b):
    a, b = np.asarray(a, np.float64), np.asarray(b, np.float64)
    return np.abs(a - b).max() / np.abs(b).max()


def _pixels(count, size, seed=0):
    """Random pixel values in [-1, 1], channels last (ours) and channels first (transformers')."""
    images = np.random.default_rng(seed).uniform(-1, 1, (count, size, size, 3)).astype(np.float32)
    return images, torch.as_tensor(images.transpose(0, 3, 1, 2).copy())


def _two_image_prompt(tokens_per_image):
    image = [BOI, *[SOFT] * tokens_per_image, EOI]
    return [2, 17, 30, 41, *image, 5, 99, 100, 7, *image, 8, 9, 250, 3]


@pytest.fixture(scope="module", params=["multimodal", "multimodal_new"])
def tiny(request, tmp_path_factory):
    """(config, params, transformers model) of a tiny random multimodal Gemma 3 in each checkpoint layout."""
    path, model = make_tiny_vision_checkpoint(tmp_path_factory.mktemp(request.param), request.param)
    config, params = gemma3.load(path, dtype=jnp.float32, progress=False)
    return config, params, model


def test_config_and_shapes(tiny):
    config, params, model = tiny
    assert config.vision == VisionConfig(
        image_size=56, patch_size=14, num_layers=1, width=16, mlp_dim=32, num_heads=2, tokens_per_image=4,
        image_token_id=SOFT, start_of_image_id=BOI, end_of_image_id=EOI,
    )  # fmt: skip
    assert (config.vision.num_patches, config.vision.pool) == (16, 2)
    assert params.vision.patch.shape == (14 * 14 * 3, 16) and params.vision.mm_proj.shape == (16, config.embed_dim)


def test_vision_features_and_projected_tokens_match_transformers(tiny):
    config, params, model = tiny
    images, pixel_values = _pixels(3, config.vision.image_size)
    features = encode_images(params.vision, config, jnp.asarray(images))
    tokens = project(params.vision, config, features)
    with torch.no_grad():
        theirs = model.model.vision_tower(pixel_values=pixel_values).last_hidden_state
        theirs_tokens = model.model.multi_modal_projector(theirs)
    assert features.shape == (3, 16, 16) and tokens.shape == (3, 4, config.embed_dim)
    assert _rel(features, theirs.numpy()) < 1e-4
    assert _rel(tokens, theirs_tokens.numpy()) < 1e-4
    assert _rel(embed_images(params.vision, config, jnp.asarray(images)), theirs_tokens.numpy()) < 1e-4


def _hf_logits(model, prompt, pixel_values):
    ids = torch.as_tensor([prompt])
    with torch.no_grad():
        out = model(input_ids=ids, pixel_values=pixel_values, token_type_ids=(ids == SOFT).long())
    return out.logits.numpy()


def test_two_image_prompt_logits_match_transformers(tiny):
    """Two images with text between them; the prompt (24 tokens) runs past the sliding window of 8."""
    config, params, model = tiny
    prompt = _two_image_prompt(config.vision.tokens_per_image)
    images, pixel_values = _pixels(2, config.vision.image_size, seed=1)
    theirs = _hf_logits(model, prompt, pixel_values)
    ours = gemma3.forward(params, config, jnp.asarray([prompt]), images=jnp.asarray(images))
    assert _rel(ours, theirs) < 1e-4
    # the images matter: other pixels give other logits after the first image
    other = gemma3.forward(params, config, jnp.asarray([prompt]), images=jnp.asarray(images[::-1]))
    assert _rel(other[:, 5:], ours[:, 5:]) > 1e-3


@pytest.mark.slow
def test_image_blocks_longer_than_the_window(tmp_path):
    """16 soft tokens per image, window 8: each image's tokens see their later ones, within the window only."""
    vision = {**TINY_VISION_POOLED, "image_size": 56}
    path, model = make_tiny_vision_checkpoint(tmp_path, "multimodal_new", vision=vision, mm_tokens_per_image=16)
    config, params = gemma3.load(path, dtype=jnp.float32, progress=False)
    assert config.vision.pool == 1 and config.sliding_window == 8
    prompt = _two_image_prompt(16)
    images, pixel_values = _pixels(2, 56, seed=2)
    theirs = _hf_logits(model, prompt, pixel_values)
    assert _rel(gemma3.forward(params, config, jnp.asarray([prompt]), images=jnp.asarray(images)), theirs) < 1e-4


def test_image_mask_as_a_literal_matrix():
    tokens = jnp.array([[2, BOI, SOFT, SOFT, EOI, SOFT, SOFT, 7]])
    blocks = image_blocks(tokens, SOFT)
    np.testing.assert_array_equal(blocks, [[-1, -1, 0, 0, -1, 1, 1, -1]])
    index = jnp.arange(8)[None]
    got = attention_mask(index, index, sliding_window=2, q_block=blocks, k_block=blocks)[0]
    want = np.array([
        [1, 0, 0, 0, 0, 0, 0, 0],
        [1, 1, 0, 0, 0, 0, 0, 0],
        [0, 1, 1, 1, 0, 0, 0, 0],  # image 0 sees its second token ahead
        [0, 0, 1, 1, 0, 0, 0, 0],
        [0, 0, 0, 1, 1, 0, 0, 0],
        [0, 0, 0, 0, 1, 1, 1, 0],  # image 1 likewise, never image 0's tokens out of the window
        [0, 0, 0, 0, 0, 1, 1, 0],
        [0, 0, 0, 0, 0, 0, 1, 1],
    ], bool)  # fmt: skip
    np.testing.assert_array_equal(got, want)


@pytest.mark.slow
def test_prefill_and_decode_equal_the_full_forward(tiny):
    """Images enter at prefill; the cached decode of the text after them equals the full forward pass."""
    config, params, _ = tiny
    prompt = _two_image_prompt(config.vision.tokens_per_image)
    images = jnp.asarray(_pixels(2, config.vision.image_size, seed=3)[0])
    full = gemma3.forward(params, config, jnp.asarray([prompt]), images=images)
    split = len(prompt) - 3
    cache = gemma3.init_cache(config, 1, 32, jnp.float32)
    logits, cache = gemma3.prefill(params, config, jnp.asarray([prompt[:split]]), cache, images=images)
    assert _rel(logits, full[:, split - 1]) < 1e-5
    for t in range(split, len(prompt)):
        logits, cache = gemma3.decode_step(params, config, jnp.asarray([prompt[t]]), cache)
        assert _rel(logits, full[:, t]) < 1e-5


@pytest.mark.slow
def test_greedy_generation_from_an_image_prompt_matches_transformers(tiny):
    config, params, model = tiny
    prompt = _two_image_prompt(config.vision.tokens_per_image)
    images, pixel_values = _pixels(2, config.vision.image_size, seed=4)
    ids = torch.as_tensor([prompt])
    with torch.no_grad():
        theirs = model.generate(
            input_ids=ids, pixel_values=pixel_values, token_type_ids=(ids == SOFT).long(), max_new_tokens=12,
            do_sample=False, eos_token_id=None, pad_token_id=0,
        )[0, len(prompt) :].tolist()  # fmt: skip
    ours = gemma3.generate(params, config, [prompt], 12, stop_tokens=(), images=images)[0]
    assert ours == theirs


def test_image_prompt_keeps_its_cache_for_the_next_turn(tiny):
    """`generate(..., images=, return_cache=True)` prefills the images into the returned cache; the next
    turn (`cache=`, text only) equals re-reading the whole conversation with the images."""
    config, params, _ = tiny
    prompt = _two_image_prompt(config.vision.tokens_per_image)
    images = jnp.asarray(_pixels(2, config.vision.image_size, seed=5)[0])
    first, cache = gemma3.generate(params, config, [prompt], 5, stop_tokens=(), images=images, return_cache=True)
    assert first == gemma3.generate(params, config, [prompt], 5, stop_tokens=(), images=images)
    conversation = prompt + first[0] + [5, 99, 100]
    held = int(cache.lengths[0])
    with pytest.raises(ValueError, match="images= cannot be combined with cache="):
        gemma3.generate(params, config, [conversation[held:]], 5, images=images, cache=cache)
    second, _ = gemma3.generate(params, config, [conversation[held:]], 5, stop_tokens=(), cache=cache)
    assert second == gemma3.generate(params, config, [conversation], 5, stop_tokens=(), images=images)


def test_text_only_checkpoint_refuses_images(tmp_path):
    path, _ = make_tiny_hf_checkpoint(tmp_path, "text")
    config, params = gemma3.load(path, dtype=jnp.float32, progress=False)
    images = jnp.zeros((1, 896, 896, 3))
    with pytest.raises(ValueError, match="has no vision tower"):
        gemma3.forward(params, config, jnp.array([[2, 3]]), images=images)
    with pytest.raises(ValueError, match="has no vision tower"):
        gemma3.generate(params, config, [[2, 3]], 2, images=images)


def test_wrong_image_count_or_shape_is_refused(tiny):
    config, params, _ = tiny
    prompt = jnp.asarray([_two_image_prompt(config.vision.tokens_per_image)])
    one = jnp.zeros((1, 56, 56, 3))
    with pytest.raises(ValueError, match="8 image soft tokens.*1 images need 4"):
        gemma3.forward(params, config, prompt, images=one)
    with pytest.raises(ValueError, match=r"images must be \[I, 56, 56, 3\]"):
        gemma3.forward(params, config, prompt, images=jnp.zeros((2, 3, 56, 56)))


def test_sharded_load_places_the_vision_tower_by_its_logical_axes(tmp_path):
    from gemma3.sharding import make_mesh, param_shardings

    path, _ = make_tiny_vision_checkpoint(tmp_path, "multimodal")
    config, plain = gemma3.load(path, dtype=jnp.float32, progress=False)
    mesh = make_mesh(data=4, tensor=2)
    _, sharded = gemma3.load(path, dtype=jnp.float32, mesh=mesh, progress=False)
    expected = param_shardings(config, mesh, "inference")
    assert expected.vision.layers.q.spec == jax.sharding.PartitionSpec(None, "tensor", None, None)
    for a, b, want in zip(
        jax.tree.leaves(plain.vision), jax.tree.leaves(sharded.vision), jax.tree.leaves(expected.vision), strict=True
    ):
        np.testing.assert_array_equal(np.asarray(a), np.asarray(b))
        assert b.sharding.is_equivalent_to(want, b.ndim)


def test_full_size_vision_shapes():
    """SigLIP So400m/14 at 896 px beside the 27b: shapes only (`jax.eval_shape`), ~417M parameters."""
    config = dataclasses.replace(gemma3.get_config("27b"), vision=VisionConfig())
    shapes = gemma3.abstract_params(config)
    tower = sum(x.size for x in jax.tree.leaves(shapes.vision))
    assert 400e6 < tower < 430e6
    assert shapes.vision.positions.shape == (4096, 1152) and shapes.vision.mm_proj.shape == (1152, 5376)
    assert gemma3.param_count(config) == gemma3.param_count(gemma3.get_config("27b"))  # the language model's, as before
    out = jax.eval_shape(
        lambda p, x: embed_images(p, config, x), shapes.vision, jax.ShapeDtypeStruct((2, 896, 896, 3), jnp.bfloat16)
    )
    assert out.shape == (2, 256, 5376)


# ----------------------------------------------------------------------------- preprocessing and prompts


def test_preprocess_equals_the_published_processor(tmp_path):
    """Resize to 896 (Pillow bilinear), rescale, normalize: as transformers' Gemma3 processor (PIL backend) with
    the published preprocessor_config.json; from an array, a file and a float image alike."""
    from PIL import Image
    from transformers.models.gemma3.image_processing_pil_gemma3 import Gemma3ImageProcessorPil

    from gemma3.images import preprocess

    published = dict(
        do_normalize=True, do_rescale=True, do_resize=True, image_mean=[0.5] * 3, image_std=[0.5] * 3, resample=2,
        rescale_factor=1 / 255, size={"height": 896, "width": 896},
    )  # fmt: skip
    rng = np.random.default_rng(0)
    wide, small = (rng.integers(0, 256, shape, dtype=np.uint8) for shape in ((300, 1200, 3), (50, 70, 3)))
    Image.fromarray(small).save(tmp_path / "small.png")
    theirs = Gemma3ImageProcessorPil(**published)([wide, small], return_tensors="np")["pixel_values"]
    ours = preprocess([wide, tmp_path / "small.png"], VisionConfig())
    assert ours.shape == (2, 896, 896, 3) and ours.dtype == np.float32
    np.testing.assert_allclose(ours, theirs.transpose(0, 2, 3, 1), atol=1e-6)
    np.testing.assert_allclose(preprocess(small / 255.0, VisionConfig())[0], ours[1], atol=1e-6)


def test_image_prompt_expands_each_image(real_tokenizer):
    from gemma3.images import image_prompt

    vision = VisionConfig()
    ids = image_prompt(real_tokenizer, "Compare <start_of_image> with<start_of_image>, please.", vision)
    assert ids.count(vision.image_token_id) == 512
    starts = [i for i, t in enumerate(ids) if t == vision.start_of_image_id]
    assert len(starts) == 2 and ids[0] == real_tokenizer.bos_id
    for s in starts:
        assert ids[s + 1 : s + 257] == [vision.image_token_id] * 256 and ids[s + 257] == vision.end_of_image_id
    text = real_tokenizer.decode([t for t in ids if t != vision.image_token_id], skip_special_tokens=False)
    image = "\n\n<start_of_image><end_of_image>\n\n"
    assert text == f"<bos>Compare {image} with{image}, please."


def test_auto_mesh_divides_the_vision_tower_too():
    from gemma3.mesh import auto_shape

    text = dataclasses.replace(gemma3.get_config("27b"), num_heads=32)
    assert auto_shape(text, 32)["tensor"] == 32  # 32 heads, 21504 MLP, 262144 vocab
    assert auto_shape(dataclasses.replace(text, vision=VisionConfig()), 32)["tensor"] == 16  # SigLIP's 16 heads
