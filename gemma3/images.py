"""Images in: read a file, resize, rescale and normalize as Gemma 3's published processor does; image prompts.

`preprocess` follows the published `preprocessor_config.json` of the 4b-27b checkpoints
(transformers' `Gemma3ImageProcessor`): convert to RGB, resize to `image_size` x `image_size`
(896) with PIL's bilinear filter (`resample: 2`; PIL antialiases when shrinking), rescale by
1/255, normalize with mean 0.5 and std 0.5 per channel, so pixels land in [-1, 1]. The aspect
ratio is not kept, as in the reference. Pan-and-scan (extra crops of wide or tall images) is off
by default in the reference and not implemented here.

Reading and resizing use Pillow: the reference processor resizes with Pillow itself, so using
it gives the same pixels (a numpy re-implementation of Pillow's antialiased bilinear filter would
only approximate them), it reads every common format, and it is a small, long-maintained
library already installed with matplotlib. Everything after the resize is numpy.

`image_prompt` expands each `<start_of_image>` of a text into the sequence the model was trained
on: `\\n\\n<start_of_image>` + 256 soft tokens + `<end_of_image>\\n\\n` (transformers'
`Gemma3Processor.full_image_sequence`).
"""

from __future__ import annotations

import os
import pathlib

import numpy as np
from jaxtyping import Float

from gemma3.config import Config, VisionConfig

IMAGE_MEAN = IMAGE_STD = (0.5, 0.5, 0.5)  # the published processor's (transformers' IMAGENET_STANDARD_*)
START_OF_IMAGE = "<start_of_image>"


def load_image(path: str | os.PathLike) -> np.ndarray:
    """An image file as uint8 RGB `[height, width, 3]` (any format Pillow reads; alpha and palettes dropped)."""
    from PIL import Image

    path = pathlib.Path(path).expanduser()
    if not path.is_file():
        raise FileNotFoundError(f"image not found: {path}")
    with Image.open(path) as image:
        return np.asarray(image.convert("RGB"))


def _vision_of(config: Config | VisionConfig) -> VisionConfig:
    vision = config.vision if isinstance(config, Config) else config
    if vision is None:
        raise ValueError(
            f"this checkpoint ({config.name}) has no vision tower: it takes no images (270m and 1b are text only; "
            "load a 4b, 12b or 27b multimodal Hugging Face folder)"
        )
    return vision


def _as_uint8_rgb(image) -> np.ndarray:
    if isinstance(image, (str, os.PathLike)):
        return load_image(image)
    array = np.asarray(image)
    if array.ndim == 2:
        array = np.repeat(array[..., None], 3, axis=-1)
    if array.ndim != 3 or array.shape[-1] not in (3, 4):
        raise ValueError(f"an image must be [height, width, 3] (RGB, channels last) or a file path, got {array.shape}")
    array = array[..., :3]
    if array.dtype != np.uint8:
        if array.min() < 0 or array.max() > 1:
            raise ValueError(
                f"a float image must hold values in [0, 1] (or pass uint8 0-255), got [{array.min()}, {array.max()}]"
            )
        array = np.round(array * 255).astype(np.uint8)
    return array


def preprocess(images, config: Config | VisionConfig) -> Float[np.ndarray, "I S S 3"]:
    """Pixel values for the vision tower, float32 `[I, S, S, 3]`, from files, paths or arrays (one or a list).

    An array is `[height, width, 3]` uint8 (0-255) or float in [0, 1]; grayscale `[height, width]`
    is repeated to RGB. `config` is the model's (or its `VisionConfig`).
    """
    from PIL import Image

    size = _vision_of(config).image_size
    if isinstance(images, (str, os.PathLike)) or (isinstance(images, np.ndarray) and images.ndim in (2, 3)):
        images = [images]
    out = []
    for image in images:
        resized = Image.fromarray(_as_uint8_rgb(image)).resize((size, size), resample=Image.Resampling.BILINEAR)
        pixels = np.asarray(resized, np.float32) * np.float32(1 / 255)
        out.append((pixels - np.float32(IMAGE_MEAN)) / np.float32(IMAGE_STD))
    return np.stack(out).astype(np.float32)


def image_prompt(tokenizer, text: str, config: Config | VisionConfig, add_bos: bool = True) -> list[int]:
    """Token ids of `text`, each `<start_of_image>` in it expanded to the image's full token sequence.

    `text` may be a chat prompt (`tokenizer.format_chat` writes `<start_of_image>` for an image
    part). The soft tokens are not pieces of the tokenizer, so the text is encoded around them,
    as transformers' tokenizer does around its added `<image_soft_token>`.
    """
    vision = _vision_of(config)
    pieces = text.split(START_OF_IMAGE)
    ids = tokenizer.encode(pieces[0] + ("\n\n" + START_OF_IMAGE if len(pieces) > 1 else ""), add_bos=add_bos)
    for i, piece in enumerate(pieces[1:], start=1):
        ids += [vision.image_token_id] * vision.tokens_per_image
        follow = "\n\n" + START_OF_IMAGE if i < len(pieces) - 1 else ""
        ids += tokenizer.encode("<end_of_image>\n\n" + piece + follow, add_bos=False)
    return ids
