"""SFT: masked loss against transformers, chunking, packing, data, the train step, NaN stop, the real 270M."""

import jax
import jax.numpy as jnp
import numpy as np
import optax
import pytest
from sft_fixtures import copy_tree, prompt_and_padding_batch, tiny_config, tiny_params

from gemma3 import forward
from gemma3.checkpoints import train_checkpoint as tc
from gemma3.special_tokens import END_OF_TURN_ID
from gemma3.training import sft
from gemma3.training.sft_data import Batch, chat_example, pack, pad_batch


def reference_loss(params, config, batch: Batch):
    """Per-row forward on the full float32 logits, no chunking, no packing."""
    logits = forward(params, config, batch.tokens, segment_ids=batch.segment_ids, positions=batch.positions)
    logp = jax.nn.log_softmax(logits, axis=-1)[:, :-1]
    nll = -jnp.take_along_axis(logp, jnp.asarray(batch.tokens)[:, 1:, None], axis=-1)[..., 0]
    weights = batch.loss_mask[:, 1:]
    return jnp.sum(nll * weights) / jnp.sum(weights)


@pytest.mark.slow
@pytest.mark.oracle
def test_loss_and_gradients_match_transformers(tmp_path):
    import torch
    import transformers

    config = tiny_config(rope_global_scale=8.0)
    params = tiny_params(config)
    batch = prompt_and_padding_batch()
    tc.export_hf(params, config, tmp_path / "hf", dtype=jnp.float32)
    model = transformers.AutoModelForCausalLM.from_pretrained(
        tmp_path / "hf", dtype=torch.float32, attn_implementation="eager"
    )
    labels = np.where(batch.loss_mask == 1, batch.tokens, -100)
    out = model(
        input_ids=torch.tensor(batch.tokens, dtype=torch.long),
        attention_mask=torch.tensor(batch.segment_ids > 0, dtype=torch.long),
        labels=torch.tensor(labels, dtype=torch.long),
    )
    out.loss.backward()
    hf_grads = {name: p.grad.numpy() for name, p in model.named_parameters()}

    loss, grads = jax.value_and_grad(sft.loss)(
        params, config, batch.tokens, batch.loss_mask, segment_ids=batch.segment_ids, chunk_size=5
    )
    assert abs(float(loss) - out.loss.item()) / out.loss.item() < 1e-5

    ours = dict(tc.hf_tensors(grads, config, dtype=jnp.float32))
    hf_norm = np.sqrt(sum(np.sum(g.astype(np.float64) ** 2) for g in hf_grads.values()))
    our_norm = np.sqrt(sum(np.sum(g.astype(np.float64) ** 2) for g in ours.values()))
    assert abs(our_norm - hf_norm) / hf_norm < 1e-4
    for name in [
        "model.embed_tokens.weight",
        "model.layers.0.self_attn.q_proj.weight",
        "model.layers.1.self_attn.o_proj.weight",
        "model.layers.2.mlp.down_proj.weight",
        "model.layers.3.post_feedforward_layernorm.weight",
        "model.norm.weight",
    ]:
        err = np.max(np.abs(ours[name] - hf_grads[name])) / np.max(np.abs(hf_grads[name]))
        assert err < 1e-4, (name, err)


def test_chunked_loss_equals_full_logits():
    config = tiny_config()
    params = tiny_params(config)
    batch = prompt_and_padding_batch()
    expected = reference_loss(params, config, batch)
    targets = int(batch.loss_mask[:, 1:].sum())
    for chunk_size, max_targets in ((1, None), (5, None), (4, targets + 2)):  # 1 per chunk; a padded last chunk
        loss = sft.loss(params, config, batch.tokens, batch.loss_mask, segment_ids=batch.segment_ids,
                        chunk_size=chunk_size, max_targets=max_targets)  # fmt: skip
        np.testing.assert_allclose(loss, expected, rtol=1e-6)
    _, used, total = sft.nll_sum_and_count(params, config, batch.tokens, batch.loss_mask,
                                           segment_ids=batch.segment_ids, max_targets=targets - 3)  # fmt: skip
    assert (int(used), int(total)) == (targets - 3, targets)


def test_frozen_head_nll_has_the_same_value_and_gradient_and_refuses_a_trained_head():
    """`chunked_nll(frozen_head=True)` (LoRA's) forms dx in the forward: same loss, same dx, any cotangent."""
    from gemma3.params import Params

    config = tiny_config()
    params = tiny_params(config)
    x = jax.random.normal(jax.random.key(0), (2, 11, config.embed_dim))
    targets = jax.random.randint(jax.random.key(1), (2, 11), 0, config.vocab_size)
    weights = (jax.random.uniform(jax.random.key(2), (2, 11)) > 0.3).astype(jnp.float32)

    def nll(x, frozen_head, params=params):  # 11 positions in chunks of 4: a padded last chunk
        return sft.chunked_nll(params, config, x, targets, weights, chunk_size=4, frozen_head=frozen_head)

    want, want_dx = jax.value_and_grad(lambda x: 2.5 * nll(x, False))(x)
    got, got_dx = jax.jit(jax.value_and_grad(lambda x: 2.5 * nll(x, True)))(x)
    np.testing.assert_allclose(got, want, rtol=1e-6)
    np.testing.assert_allclose(nll(x, True), want / 2.5, rtol=1e-6)  # not differentiated: the plain sum
    assert float(jnp.abs(want_dx).max()) > 0
    np.testing.assert_allclose(got_dx, want_dx, rtol=1e-5, atol=1e-6 * float(jnp.abs(want_dx).max()))
    with pytest.raises(ValueError, match="frozen_head=False"):
        jax.grad(lambda embed: nll(x, True, Params(embed, params.layers, params.final_norm)))(params.embed)


def test_packed_loss_equals_unpacked():
    """Packing is invisible to the loss: segments never see each other, positions restart."""
    config = tiny_config()
    params = tiny_params(config)
    rng = np.random.default_rng(1)
    examples = []
    for length, prompt in [(7, 3), (5, 2), (9, 4), (4, 1)]:
        tokens = [2] + list(rng.integers(3, 128, length - 1))
        examples.append(_example(tokens, [0] * prompt + [1] * (length - prompt)))
    packed = pack(examples, seq_len=16)
    assert packed.tokens.shape == (2, 16)
    np.testing.assert_array_equal(np.unique(packed.segment_ids[0]), [1, 2, 3])  # first fit: 7 + 5 + 4
    padded = pad_batch(examples, seq_len=16)
    packed_loss = sft.loss(params, config, packed.tokens, packed.loss_mask, segment_ids=packed.segment_ids,
                           positions=packed.positions)  # fmt: skip
    np.testing.assert_allclose(packed_loss, reference_loss(params, config, padded), rtol=1e-5)


def _example(tokens, mask):
    from gemma3.training.sft_data import Example

    return Example([int(t) for t in tokens], mask)


class CharTokenizer:
    """Bytes offset past the special ids: enough to check the template and the mask."""

    def encode(self, text, add_bos=True):
        return ([2] if add_bos else []) + [300 + b for b in text.encode()]

    def decode(self, ids):
        return bytes(i - 300 for i in ids if i >= 300).decode()


def test_chat_example_masks_the_prompt_and_trains_on_answer_and_end_of_turn():
    tok = CharTokenizer()
    example = chat_example(tok, "what is 2+2?", "<answer>4</answer>")
    assert example.tokens.count(2) == 1 and example.tokens[0] == 2
    assert example.tokens[:2] == [2, 105]
    trained = [t for t, m in zip(example.tokens, example.loss_mask, strict=True) if m]
    assert trained[-1] == END_OF_TURN_ID
    assert tok.decode(trained[:-1]) == "<answer>4</answer>"
    context = example.tokens[: example.loss_mask.index(1)]
    assert tok.decode(context) == "user\nwhat is 2+2?\nmodel\n"
    assert context[-len("model\n") - 1] == 105
    assert example.loss_mask[-1] == 0  # the newline after <end_of_turn>


def test_chat_example_matches_the_reference_tokenizer_on_the_full_text(real_tokenizer):
    tok = real_tokenizer  # the real 270M's, loaded once per session (conftest.py)
    prompt, answer = "What is the integer square root of 1234?", "<answer>35</answer>"
    example = chat_example(tok, prompt, answer)
    text = f"<start_of_turn>user\n{prompt}<end_of_turn>\n<start_of_turn>model\n{answer}<end_of_turn>\n"
    assert example.tokens == tok.encode(text, add_bos=True)
    trained = [t for t, m in zip(example.tokens, example.loss_mask, strict=True) if m]
    assert trained == tok.encode(answer, add_bos=False) + [END_OF_TURN_ID]


def test_pack_rejects_what_does_not_fit():
    ex = _example([2, 5, 6, 7], [0, 1, 1, 1])
    with pytest.raises(ValueError, match="seq_len=3"):
        pack([ex], seq_len=3)
    with pytest.raises(ValueError, match="rows=1"):
        pack([ex, ex, ex], seq_len=8, rows=1)


def test_accumulation_equals_one_big_batch():
    """Token-weighted: micro-batches with different target counts still give the full-batch mean."""
    config = tiny_config()
    params = tiny_params(config)
    batch = prompt_and_padding_batch(rows=4)
    results = []
    for accum in (1, 2):
        trainer = sft.make_train_step(config, optax.sgd(1.0), accum_steps=accum)  # update = -gradient
        state, metrics = trainer.step(trainer.init(copy_tree(params)), None, batch)
        results.append((metrics, jax.tree.map(jnp.subtract, params, state.params)))
    (full, grads_full), (accumulated, grads_accumulated) = results
    np.testing.assert_allclose(full["loss"], reference_loss(params, config, batch), rtol=1e-6)
    np.testing.assert_allclose(accumulated["loss"], full["loss"], rtol=1e-6)
    np.testing.assert_allclose(accumulated["grad_norm"], full["grad_norm"], rtol=1e-5)
    for a, b in zip(jax.tree.leaves(grads_accumulated), jax.tree.leaves(grads_full), strict=True):
        np.testing.assert_allclose(a, b, atol=1e-5 * float(jnp.max(jnp.abs(b))))


@pytest.mark.parametrize("max_targets", [None, 12])  # 12 of the 17 targets: some left out
def test_per_layer_accumulation_equals_autodiff(max_targets):
    """`accumulate_gradients` (the hand-differentiated layer scan) = acc + jax.grad of the remat loss."""
    config = tiny_config()
    params = tiny_params(config)
    batch = prompt_and_padding_batch(rows=2)
    acc = jax.tree.map(lambda p: jnp.full(p.shape, 0.25, jnp.float32), params)
    options = dict(chunk_size=8, max_targets=max_targets)
    batch = jax.tree.map(jnp.asarray, batch)
    step = jax.jit(lambda a, p, b: sft.accumulate_gradients(a, p, config, b, **options))
    got, nll, count, total = step(acc, params, batch)

    def summed_nll(p, b):
        nll, count, total = sft.nll_sum_and_count(p, config, b.tokens, b.loss_mask, segment_ids=b.segment_ids,
                                                  positions=b.positions, remat=True, **options)  # fmt: skip
        return nll, (count, total)

    (want_nll, (want_count, want_total)), grads = jax.jit(jax.value_and_grad(summed_nll, has_aux=True))(params, batch)
    np.testing.assert_allclose(nll, want_nll, rtol=1e-6)
    assert (float(count), float(total)) == (float(want_count), float(want_total))
    for name, a, g in zip(("embed", "layers", "final_norm"), (got.embed, got.layers, got.final_norm),
                          (grads.embed, grads.layers, grads.final_norm), strict=True):  # fmt: skip
        for x, y in zip(jax.tree.leaves(a), jax.tree.leaves(g), strict=True):
            # float32 sums in another order: ~1e-6 apart at most (entries of 0.25 + y are ~0.01-0.7)
            np.testing.assert_allclose(x, 0.25 + y, rtol=1e-5, atol=4e-6, err_msg=name)


def test_train_step_learns_and_keeps_dtypes():
    config = tiny_config()
    params = tiny_params(config, dtype=jnp.bfloat16)
    batch = prompt_and_padding_batch()
    trainer = sft.make_train_step(config, sft.adamw(sft.cosine_schedule(3e-3, 30, 3)))
    state = trainer.init(params)
    assert all(x.dtype == jnp.float32 for x in jax.tree.leaves(state.opt_state) if x.ndim > 0)
    losses = []
    for _ in range(12):
        state, metrics = trainer.step(state, None, batch)
        losses.append(float(metrics["loss"]))
    assert trainer.step._cache_size() == 1  # compiled once
    assert all(x.dtype == jnp.bfloat16 for x in jax.tree.leaves(state.params))
    assert int(state.step) == 12
    assert losses[-1] < 0.5 * losses[0], losses

    bf16_trainer = sft.make_train_step(config, sft.adamw(1e-3), state_dtype=jnp.bfloat16)  # the 27B memory option
    bf16_state, metrics = bf16_trainer.step(bf16_trainer.init(state.params), None, batch)
    assert all(x.dtype == jnp.bfloat16 for x in jax.tree.leaves(bf16_state.opt_state) if x.ndim > 0)
    assert np.isfinite(float(metrics["loss"]))


def test_nan_loss_stops_naming_the_step_and_keeps_the_last_good_checkpoint(tmp_path):
    config = tiny_config()
    params = tiny_params(config)
    batch = prompt_and_padding_batch()
    trainer = sft.make_train_step(config, sft.adamw(1e-3))
    state, history = sft.fit(trainer, trainer.init(params), None, [batch, batch], checkpoint_dir=tmp_path,
                             checkpoint_every=1)  # fmt: skip
    assert [h["step"] for h in history] == [1, 2]
    good = tc.latest(tmp_path)
    state.params.final_norm = jnp.full_like(state.params.final_norm, jnp.nan)
    with pytest.raises(sft.NonFiniteLoss, match=r"at step 3.*step_00000002"):
        sft.fit(trainer, state, None, [batch], checkpoint_dir=tmp_path, checkpoint_every=1)
    assert tc.latest(tmp_path) == good
    restored = tc.restore(good, trainer.abstract_state(jax.eval_shape(lambda: params)))
    assert np.isfinite(np.asarray(restored.params.final_norm)).all()


def test_an_update_that_overflows_is_never_saved_as_good(tmp_path):
    """lr 1e39: the first loss is finite, the update is not. The checkpoint written before it must stay the last."""
    config = tiny_config()
    batch = prompt_and_padding_batch()
    trainer = sft.make_train_step(config, sft.adamw(1e-3))
    state, _ = sft.fit(trainer, trainer.init(tiny_params(config)), None, [batch], checkpoint_dir=tmp_path,
                       checkpoint_every=1)  # fmt: skip
    good = tc.latest(tmp_path)
    huge = sft.make_train_step(config, sft.adamw(1e39, clip_norm=None))
    state = sft.TrainState(state.params, huge.init(state.params).opt_state, state.step)
    with pytest.raises(sft.NonFiniteLoss, match=r"after step 2 holds NaN or inf.*step_00000001"):
        sft.fit(huge, state, None, [batch], checkpoint_dir=tmp_path, checkpoint_every=1)
    assert tc.all_checkpoints(tmp_path) == [good]
    restored = tc.restore(good, trainer.abstract_state(jax.eval_shape(lambda: tiny_params(config))))
    assert sft.is_finite(restored)
    with pytest.raises(sft.NonFiniteLoss, match=r"after step 1 holds NaN or inf.*no checkpoint was saved"):
        sft.fit(huge, huge.init(tiny_params(config)), None, [batch])  # no checkpoints: the returned state is checked
    with pytest.raises(ValueError, match="already holds step_00000001, later than this state's step 0"):
        sft.fit(trainer, trainer.init(tiny_params(config)), None, [batch], checkpoint_dir=tmp_path, checkpoint_every=1)


@pytest.mark.slow
def test_real_270m_loss_goes_down_with_lora(real_270m, real_tokenizer):
    """The real Gemma 3 270M learns the `<answer>K</answer>` format on CPU: LoRA, a few short steps."""
    from gemma3.recipes import sqrt_task
    from gemma3.training import lora

    config, params = real_270m  # float32, loaded once per session (conftest.py); the base stays frozen
    tok = real_tokenizer
    numbers = sqrt_task.sample_numbers(0, 4, (2, 3))
    examples = [chat_example(tok, sqrt_task.question(n), sqrt_task.target_answer(n)) for n in numbers]
    batch = pack(examples, seq_len=2 * max(len(e) for e in examples))
    lcfg = lora.LoRAConfig(rank=8, alpha=16.0)
    optimizer = sft.adamw(sft.cosine_schedule(1e-3, 8, 1))
    trainer = sft.make_train_step(config, optimizer, lora=lcfg, max_targets=48)
    state = trainer.init(lora.init_adapters(config, lcfg, jax.random.key(0)))
    _, history = sft.fit(trainer, state, params, [batch] * 8)
    losses = [h["loss"] for h in history]
    print("270M LoRA losses:", [round(x, 3) for x in losses])
    assert losses[-1] < 0.5 * losses[0], losses


def test_sharded_step_on_a_mesh_equals_the_unsharded_step():
    """FSDP x tensor parallel on 8 simulated devices: same loss and update as on one device."""
    from gemma3 import sharding

    config = tiny_config()
    params = tiny_params(config)
    batch = prompt_and_padding_batch(rows=4)
    optimizer = sft.adamw(1e-3)
    plain = sft.make_train_step(config, optimizer)
    expected_state, expected = plain.step(plain.init(copy_tree(params)), None, batch)

    mesh = sharding.make_mesh(data=2, fsdp=2, tensor=2)
    rules = sharding.resolve_rules(sharding.TRAINING, config, mesh)
    param_shardings = sharding.param_shardings(config, mesh, rules)
    replicated = jax.sharding.NamedSharding(mesh, jax.sharding.PartitionSpec())
    shapes = jax.eval_shape(lambda: params)
    state_shardings = sft.state_shardings(plain, shapes, param_shardings, replicated)
    rows = sharding.data_sharding(mesh, rules, batch.tokens.shape, ("batch", "seq"))
    batch_shardings = Batch(rows, rows, rows, rows)
    trainer = sft.make_train_step(config, optimizer, state_shardings=state_shardings, batch_shardings=batch_shardings)
    state = jax.device_put(trainer.init(copy_tree(params)), state_shardings)
    state, metrics = trainer.step(state, None, jax.device_put(batch, batch_shardings))
    assert state.params.layers.q.sharding == param_shardings.layers.q
    assert state.opt_state[1][0].mu.layers.up.sharding == param_shardings.layers.up  # Adam m follows its weight
    np.testing.assert_allclose(metrics["loss"], expected["loss"], rtol=1e-6)
    np.testing.assert_allclose(metrics["grad_norm"], expected["grad_norm"], rtol=1e-5)
    for a, b in zip(jax.tree.leaves(state.params), jax.tree.leaves(expected_state.params), strict=True):
        np.testing.assert_allclose(a, b, atol=1e-4)  # Adam's first step is +-lr (1e-3): a near-zero gradient may flip


@pytest.mark.slow
def test_pallas_attention_gives_the_same_loss_and_gradients():
    config = tiny_config()
    params = tiny_params(config)
    batch = prompt_and_padding_batch(rows=2, seq_len=16)

    def loss_and_grads(impl):
        def f(p):
            return sft.loss(p, config, batch.tokens, batch.loss_mask, segment_ids=batch.segment_ids, attn_impl=impl,
                            remat=True)  # fmt: skip

        return jax.jit(jax.value_and_grad(f))(params)

    (loss_xla, grads_xla), (loss_pallas, grads_pallas) = loss_and_grads("xla"), loss_and_grads("pallas")
    np.testing.assert_allclose(loss_pallas, loss_xla, rtol=1e-6)
    for a, b in zip(jax.tree.leaves(grads_pallas), jax.tree.leaves(grads_xla), strict=True):
        np.testing.assert_allclose(a, b, atol=1e-5)


def test_sqrt_recipe_batches_have_one_shape_and_fit_max_targets():
    from gemma3 import default_checkpoint, load_tokenizer
    from gemma3.recipes import sft_sqrt

    tok = load_tokenizer(default_checkpoint())
    recipe = sft_sqrt.Recipe(steps=6, batch_size=5, digits=(1, 6))
    batches = list(sft_sqrt.batches(tok, recipe))
    assert len({b.tokens.shape for b in batches}) == 1 and batches[0].tokens.shape[0] == 3
    for b in batches:
        assert int(b.loss_mask.sum()) <= sft_sqrt.max_targets(tok, recipe)
        assert sorted(np.unique(b.segment_ids).tolist())[-1] <= 2
    # the bound is tight: a batch of only the largest N (the longest answer) reaches it exactly
    from gemma3.recipes import sqrt_task
    from gemma3.training import sft_data

    largest = 10 ** recipe.digits[1] - 1
    example = sft_data.chat_example(tok, sqrt_task.question(largest), sqrt_task.target_answer(largest))
    rows, seq_len = batches[0].tokens.shape
    full = sft_data.pack([example] * recipe.batch_size, seq_len=seq_len, rows=rows)
    assert int(full.loss_mask.sum()) == sft_sqrt.max_targets(tok, recipe)
