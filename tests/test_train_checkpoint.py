"""Train checkpoints: exact round trip, resume, atomic saves; export to Hugging Face and back."""

import jax
import jax.numpy as jnp
import numpy as np
import pytest
from sft_fixtures import copy_tree, prompt_and_padding_batch, tiny_config, tiny_params

from gemma3 import forward, load
from gemma3.checkpoints import train_checkpoint as tc
from gemma3.training import lora, sft


def _assert_trees_equal(a, b):
    assert jax.tree.structure(a) == jax.tree.structure(b)
    for x, y in zip(jax.tree.leaves(a), jax.tree.leaves(b), strict=True):
        assert x.dtype == y.dtype
        np.testing.assert_array_equal(np.asarray(x.astype(jnp.float32)), np.asarray(y.astype(jnp.float32)))


def test_save_restore_is_exact_with_bf16_params_and_float32_adam(tmp_path):
    config = tiny_config()
    trainer = sft.make_train_step(config, sft.adamw(1e-3))
    state = trainer.init(tiny_params(config, dtype=jnp.bfloat16))
    state.opt_state = jax.tree.map(lambda x: x + 0.5 if x.dtype == jnp.float32 else x, state.opt_state)
    path = tc.save(tmp_path, state, step=7, metadata={"note": "hi"})
    assert path.name == "step_00000007" and tc.latest(tmp_path) == path
    assert tc.read_metadata(path) == {"step": 7, "note": "hi"}
    restored = tc.restore(path, jax.eval_shape(lambda: state))
    _assert_trees_equal(restored, state)


def test_resume_gives_the_same_next_loss(tmp_path):
    config = tiny_config()
    params = tiny_params(config)
    batches = [prompt_and_padding_batch(seed=s) for s in range(3)]
    trainer = sft.make_train_step(config, sft.adamw(sft.cosine_schedule(1e-2, 10, 2)))
    state, straight = sft.fit(trainer, trainer.init(copy_tree(params)), None, batches)

    state, _ = sft.fit(trainer, trainer.init(copy_tree(params)), None, batches[:2], checkpoint_dir=tmp_path,
                       checkpoint_every=2)  # fmt: skip
    del state  # "the process died"
    abstract = trainer.abstract_state(jax.eval_shape(lambda: params))
    resumed = tc.restore(tc.latest(tmp_path), abstract)
    assert int(resumed.step) == 2
    _, after = sft.fit(trainer, resumed, None, batches[2:])
    assert after[0]["step"] == 3
    assert after[0]["loss"] == straight[2]["loss"]


def test_an_interrupted_save_keeps_the_last_good_checkpoint(tmp_path, monkeypatch):
    state = {"w": jnp.arange(6.0), "step": jnp.int32(1)}
    good = tc.save(tmp_path, state, step=1)
    calls = []

    def dying_save(file, array):
        calls.append(1)
        if len(calls) == 2:
            raise KeyboardInterrupt("killed mid-save")
        return np.lib.format.write_array(file, np.asanyarray(array))

    monkeypatch.setattr(np, "save", dying_save)
    with pytest.raises(KeyboardInterrupt):
        tc.save(tmp_path, {"w": jnp.zeros(6), "step": jnp.int32(2)}, step=2)
    monkeypatch.undo()
    assert tc.latest(tmp_path) == good
    assert any(".tmp-" in p.name for p in tmp_path.iterdir())  # the partial folder is never mistaken for one
    np.testing.assert_array_equal(tc.restore(good, state)["w"], np.arange(6.0))
    for step in (2, 3, 4):
        tc.save(tmp_path, state, step=step, keep=2)
    assert [p.name for p in tc.all_checkpoints(tmp_path)] == ["step_00000003", "step_00000004"]


@pytest.mark.slow
@pytest.mark.oracle
def test_export_merged_lora_reloads_in_gemma3_and_transformers(tmp_path):
    import torch
    import transformers

    config = tiny_config(rope_global_scale=8.0)
    base = tiny_params(config)
    lcfg = lora.LoRAConfig(rank=4)
    adapters = lora.init_adapters(config, lcfg, jax.random.key(1))
    adapters = {
        k: lora.Adapter(a.a, 0.05 * jax.random.normal(jax.random.key(2), a.b.shape)) for k, a in adapters.items()
    }
    merged = lora.merge(base, adapters, lcfg)
    tokens = prompt_and_padding_batch().tokens
    expected = np.asarray(forward(lora.apply(base, adapters, lcfg), config, tokens))

    for name, shard_bytes in (("one", 4 << 30), ("sharded", 40_000)):
        path = tc.export_hf(merged, config, tmp_path / name, dtype=jnp.float32, max_shard_bytes=shard_bytes)
        assert (path / "model.safetensors.index.json").exists() == (name == "sharded")
        loaded_config, loaded = load(path, dtype=jnp.float32, progress=False)
        _assert_trees_equal(loaded, merged)
        np.testing.assert_allclose(forward(loaded, loaded_config, tokens), expected, rtol=1e-5, atol=1e-5)
        model = transformers.AutoModelForCausalLM.from_pretrained(path, dtype=torch.float32)
        with torch.no_grad():
            hf_logits = model(torch.tensor(tokens, dtype=torch.long)).logits.numpy()
        assert np.max(np.abs(hf_logits - expected)) / np.max(np.abs(expected)) < 1e-4


def test_a_folder_with_later_steps_is_refused_and_nothing_is_deleted(tmp_path):
    state = {"w": jnp.arange(3.0)}
    for step in (5, 6):
        tc.save(tmp_path, state, step=step)
    with pytest.raises(ValueError, match=r"later checkpoints \['step_00000005', 'step_00000006'\] than step 1"):
        tc.save(tmp_path, state, step=1)  # a run restarted from scratch in the same folder
    assert [p.name for p in tc.all_checkpoints(tmp_path)] == ["step_00000005", "step_00000006"]
    assert [p.name for p in tmp_path.iterdir() if not p.name.startswith("step_0000000")] == []


@pytest.mark.parametrize("keep", [-1, 1.5, True])
def test_keep_must_be_a_count(tmp_path, keep):
    tc.save(tmp_path, {"w": jnp.zeros(2)}, step=1)
    with pytest.raises(ValueError, match="keep must be an int >= 0"):
        tc.save(tmp_path, {"w": jnp.zeros(2)}, step=2, keep=keep)
    assert [p.name for p in tc.all_checkpoints(tmp_path)] == ["step_00000001"]


def test_keep_zero_keeps_every_checkpoint(tmp_path):
    for step in range(1, 5):
        tc.save(tmp_path, {"w": jnp.zeros(2)}, step=step, keep=0)
    assert len(tc.all_checkpoints(tmp_path)) == 4


def test_a_kill_while_pruning_leaves_no_torn_checkpoint_and_leftovers_are_cleaned(tmp_path, monkeypatch):
    import pathlib
    import shutil

    state = {"a": jnp.arange(4.0), "b": jnp.ones(3)}
    for step in (1, 2):
        tc.save(tmp_path, state, step=step)
    real_rmtree = shutil.rmtree

    def killed_rmtree(path, *args, **kwargs):  # dies after deleting one file of the old checkpoint
        if ".old-" not in str(path):
            return real_rmtree(path, *args, **kwargs)
        sorted(pathlib.Path(path).iterdir())[0].unlink()
        raise KeyboardInterrupt("kill -9 while pruning")

    monkeypatch.setattr(shutil, "rmtree", killed_rmtree)
    with pytest.raises(KeyboardInterrupt):
        tc.save(tmp_path, state, step=3)
    monkeypatch.setattr(shutil, "rmtree", real_rmtree)
    listed = tc.all_checkpoints(tmp_path)
    assert [p.name for p in listed] == ["step_00000002", "step_00000003"]  # the half-deleted step 1 is not listed
    for path in listed:
        tc.restore(path, state)
    # leftovers of dead processes (a pid that cannot exist) are removed by the next save
    for name in ("step_00000004.tmp-999999999", "step_00000001.old-999999999"):
        (tmp_path / name).mkdir()
        (tmp_path / name / "00000.npy").write_bytes(b"x" * 100)
    tc.save(tmp_path, state, step=4)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["step_00000003", "step_00000004"]


def test_restore_refuses_a_different_dtype(tmp_path):
    path = tc.save(tmp_path, {"w": jnp.ones(3, jnp.bfloat16)}, step=1)
    with pytest.raises(ValueError, match=r"\['w'\]: expected dtype float32, checkpoint step_00000001 has bfloat16"):
        tc.restore(path, {"w": jax.ShapeDtypeStruct((3,), jnp.float32)})
    assert tc.restore(path, {"w": jax.ShapeDtypeStruct((3,), jnp.bfloat16)})["w"].dtype == jnp.bfloat16
