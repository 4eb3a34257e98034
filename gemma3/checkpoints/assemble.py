"""The streaming assembler every checkpoint reader shares: one tensor at a time into our pytree.

A reader (Hugging Face safetensors in `gemma3.checkpoints.safetensors_file`, GGUF in
`gemma3.checkpoints.gguf_file`) knows its file format; `assemble_params` knows our pytree. The
reader hands over one tensor at a time, already in our layout; the assembler writes it into its
slot of the stacked, possibly sharded, device arrays in place (a donated
`dynamic_update_slice`), so the host never holds more than one tensor besides the parameters
themselves. `gemma3.load` picks the reader.
"""

from __future__ import annotations

import dataclasses
import functools
from collections.abc import Callable

import jax
import jax.numpy as jnp
import numpy as np
from tqdm.auto import tqdm

from gemma3 import validate
from gemma3.config import Config
from gemma3.params import Layer, Params, VisionLayer, VisionParams, abstract_params

# reader(leaf, layer) -> numpy array in our layout; leaf is "embed", "final_norm" or a Layer
# field such as "q"; layer is the layer index for Layer fields and None otherwise. Checkpoints
# with a vision tower (config.vision) also get "vision.<field>" and "vision.layers.<field>".
TensorReader = Callable[[str, "int | None"], np.ndarray]

LAYER_FIELDS = tuple(f.name for f in dataclasses.fields(Layer))
VISION_LAYER_FIELDS = tuple(f.name for f in dataclasses.fields(VisionLayer))


@functools.partial(jax.jit, donate_argnums=0)
def _write_layer(stacked: jax.Array, layer: jax.Array, value: jax.Array) -> jax.Array:
    return jax.lax.dynamic_update_index_in_dim(stacked, value.astype(stacked.dtype), layer, 0)


def _check_shape(name: str, expected: tuple[int, ...], array: np.ndarray) -> None:
    if tuple(array.shape) != tuple(expected):
        raise ValueError(f"tensor {name}: expected shape {tuple(expected)}, found {tuple(array.shape)}")


def assemble_params(
    config: Config,
    read: TensorReader,
    *,
    dtype=jnp.bfloat16,
    shardings: Params | Callable[[Config], Params] | None = None,
    progress: bool = True,
    description: str = "loading",
) -> Params:
    """Build `Params` leaf by leaf and layer by layer from `read`.

    `shardings`, a `Params` of `jax.sharding.Sharding` (see `gemma3.sharding.param_shardings`)
    or a function of the config returning one, places every tensor straight into its shards
    (`jax.make_array_from_callback`): each host copies to its devices only the slices they
    hold. A reader may return a lazy array (anything with `.shape` and numpy slicing): then
    each host also reads from disk only those slices. By default everything lands on the
    default device.
    """
    dtype = validate.float_dtype(dtype)
    if callable(shardings):
        shardings = shardings(config)
    shapes = abstract_params(config, dtype)
    total = 2 + len(LAYER_FIELDS) * config.num_layers
    if config.vision is not None:
        total += len(jax.tree.leaves(shapes.vision)) + len(VISION_LAYER_FIELDS) * (config.vision.num_layers - 1)

    def sharding_of(path):
        if shardings is None:
            return None
        node = shardings
        for part in path.split("."):
            node = getattr(node, part)
        return node

    with tqdm(total=total, desc=description, unit="tensor", disable=not progress, leave=False) as bar:
        leaves = {}
        for name in ("embed", "final_norm"):
            expected = getattr(shapes, name).shape
            value = read(name, None)
            _check_shape(name, expected, value)
            leaves[name] = _place(value, dtype, sharding_of(name))
            del value
            bar.update()
        layer_leaves = {}
        for field in LAYER_FIELDS:
            spec = getattr(shapes.layers, field)
            sharding = sharding_of(f"layers.{field}")
            stacked = _zeros(spec.shape, jnp.dtype(dtype), sharding)
            for i in range(config.num_layers):
                value = read(field, i)
                _check_shape(f"layers.{i}.{field}", spec.shape[1:], value)
                stacked = _write_layer(stacked, jnp.int32(i), _place(value, dtype, _layer_sharding(sharding)))
                del value
                bar.update()
            layer_leaves[field] = stacked
        vision = None
        if config.vision is not None:
            vision = _assemble_vision(config, shapes.vision, read, dtype, sharding_of, bar)
    layers = Layer(**layer_leaves)
    return Params(embed=leaves["embed"], layers=layers, final_norm=leaves["final_norm"], vision=vision)


def _assemble_vision(config: Config, shapes, read: TensorReader, dtype, sharding_of, bar):
    """The vision tower and projector, read as leaves "vision.patch", ... and "vision.layers.q" per layer."""
    leaves = {}
    for field in dataclasses.fields(VisionParams):
        if field.name == "layers":
            continue
        name = f"vision.{field.name}"
        value = read(name, None)
        _check_shape(name, getattr(shapes, field.name).shape, value)
        leaves[field.name] = _place(value, dtype, sharding_of(name))
        del value
        bar.update()
    layer_leaves = {}
    for field in VISION_LAYER_FIELDS:
        spec, sharding = getattr(shapes.layers, field), sharding_of(f"vision.layers.{field}")
        stacked = _zeros(spec.shape, jnp.dtype(dtype), sharding)
        for i in range(config.vision.num_layers):
            value = read(f"vision.layers.{field}", i)
            _check_shape(f"vision.layers.{i}.{field}", spec.shape[1:], value)
            stacked = _write_layer(stacked, jnp.int32(i), _place(value, dtype, _layer_sharding(sharding)))
            del value
            bar.update()
        layer_leaves[field] = stacked
    return VisionParams(layers=VisionLayer(**layer_leaves), **leaves)


def _place(value: np.ndarray, dtype, sharding) -> jax.Array:
    """One host tensor onto the devices: each addressable shard is sliced, cast and copied on its own."""
    dtype = jnp.dtype(dtype)
    if sharding is None:
        return jnp.asarray(np.asarray(value).astype(dtype))
    return jax.make_array_from_callback(value.shape, sharding, lambda index: np.asarray(value[index]).astype(dtype))


def _zeros(shape, dtype, sharding) -> jax.Array:
    if sharding is None:
        return jnp.zeros(shape, dtype)
    return jax.jit(lambda: jnp.zeros(shape, dtype), out_shardings=sharding)()


def _layer_sharding(stacked_sharding):
    """The sharding of one layer's slice: the stacked one without its leading (layers) axis."""
    if stacked_sharding is None or not isinstance(stacked_sharding, jax.sharding.NamedSharding):
        return stacked_sharding
    spec = tuple(stacked_sharding.spec)[1:]
    return jax.sharding.NamedSharding(stacked_sharding.mesh, jax.sharding.PartitionSpec(*spec))
