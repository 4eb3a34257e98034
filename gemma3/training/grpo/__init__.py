"""GRPO: group relative policy optimization (Shao et al. 2024, DeepSeekMath, arXiv:2402.03300).

For each prompt the policy samples a group of completions; each completion's advantage is its
reward relative to its group (no value network). The policy then takes `mu` clipped
policy-gradient steps on that batch, with a k3 KL penalty to a frozen reference model.

    ratio_t   = exp(logp_t - old_logp_t)                      per completion token t
    pg_t      = -min(ratio_t * A, clip(ratio_t, 1 - eps_low, 1 + eps_high) * A)
    kl_t      = exp(ref_t - logp_t) - (ref_t - logp_t) - 1    (k3: unbiased, always >= 0)
    loss      = aggregate(pg_t + beta * kl_t over completion tokens)

Where we depart from the paper, and why:
- Asymmetric clipping (`eps_high` > `eps_low`, "clip-higher", DAPO arXiv:2503.14476) keeps
  rare good tokens growing; set them equal for the paper's symmetric clip.
- Aggregation is selectable: "seq-mean-token-mean" (the paper: mean over each completion's
  tokens, then over completions), "token-mean" (DAPO: every token weighs the same), and
  "seq-mean-token-sum-norm" (Dr. GRPO arXiv:2503.20783: sums divided by a constant,
  `max_new_tokens`, so long wrong answers are not favoured by a per-length division).
- `scale_rewards=False` drops the division by the group std (Dr. GRPO); together with
  "seq-mean-token-sum-norm" it is Dr. GRPO. The std is the population std (ddof 0).
- Log-probs are recomputed in float32 from the token ids with the sampling temperature
  applied (the sampler's own numbers come from a different, cached computation and dtype);
  a top-k cut at sampling time is not applied to them (as in TRL).
- `skip_uniform_groups` (DAPO's "dynamic sampling"): a group whose completions all score the
  same has zero advantage, so its policy-gradient term is exactly zero and training on it only
  costs compute (and adds its KL term). With the option on, `train` samples up to
  `max_sampling_rounds` rounds of prompts and keeps `prompts_per_step` groups that disagree; the
  batch shape never changes (a short round is topped up with uniform groups, advantage 0).
- A group's G completions share one prompt, and both passes use that: the sampler prefills
  each prompt once and copies its cache to the G rows (`generate(samples_per_prompt=G)`), and
  with `share_prompt` the update packs a group into one row, the prompt once and the
  completions after it (`attention.shared_prefix_mask`), so the prompt's forward and backward
  run once per group. The log-probs and gradients are those of one row per rollout.
- No value model, no entropy bonus, no reward model: the reward is a checked answer.

The integer-square-root demo (the SFT-ed 270M on CPU) is a recipe beside the library, `gemma3.recipes.grpo_demo`:

    python -m gemma3.recipes.grpo_demo --weights SFT_DIR --steps 30

Its modules: `loss` (`GRPOConfig`, advantages, the clipped objective, completion log-probs),
`rollouts` (sample and score groups, `collate` a `RolloutBatch`) and `loop` (`make_grpo_step`,
`train`); every public name is also here, `gemma3.training.grpo.train` and so on.

Shapes: B rollouts (prompts x group), P prompt width, C completion width (`max_new_tokens`),
T = P + C, V vocab.
"""

from gemma3.training.grpo.loop import (
    GRPOStep,
    PromptSource,
    RewardFn,
    abstract_batch,
    make_grpo_step,
    make_logprob_fn,
    print_metrics,
    train,
)
from gemma3.training.grpo.loss import (
    AGGREGATIONS,
    Aggregation,
    GRPOConfig,
    RolloutBatch,
    aggregate,
    batch_logprobs,
    group_advantages,
    k3_kl,
    policy_loss,
    shared_prompt_logprobs,
    token_logprobs,
)
from gemma3.training.grpo.rollouts import Group, collate, sample_groups, sampling_params, select_groups
from gemma3.training.train_state import NonFiniteLoss, TrainState

__all__ = [
    "abstract_batch",
    "aggregate",
    "Aggregation",
    "AGGREGATIONS",
    "batch_logprobs",
    "collate",
    "Group",
    "group_advantages",
    "GRPOConfig",
    "GRPOStep",
    "k3_kl",
    "make_grpo_step",
    "make_logprob_fn",
    "NonFiniteLoss",
    "policy_loss",
    "print_metrics",
    "PromptSource",
    "RewardFn",
    "RolloutBatch",
    "sample_groups",
    "sampling_params",
    "select_groups",
    "shared_prompt_logprobs",
    "token_logprobs",
    "train",
    "TrainState",
]
