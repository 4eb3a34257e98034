"""The integer-square-root task: exact rewards (huge N too), robust parsing, disjoint splits."""

import math

import pytest

from gemma3.recipes import sqrt_task

HUGE = (10**17 + 3) ** 2 - 1  # isqrt = 10**17 + 2; float sqrt says 10**17 (a 53-bit mantissa)


@pytest.mark.parametrize(
    "text, n, reward, correct",
    [
        ("<answer>4</answer>", 17, 1.1, True),
        ("<answer>4</answer>", 16, 1.1, True),
        ("<answer>4</answer>", 15, 0.1, False),  # isqrt(15) = 3: formatted but wrong
        ("<answer>3</answer>", 15, 1.1, True),
        ("<answer>0</answer>", 0, 1.1, True),
        ("<answer> 12 </answer>", 150, 1.1, True),
        ("<answer>+12</answer>", 150, 1.1, True),
        ("The root is <answer>1,000</answer>.", 1_000_000, 1.1, True),
        ("<answer>12</answer><end_of_turn>", 150, 1.1, True),
        ("12", 150, 0.0, False),  # no tag
        ("<answer>12", 150, 0.0, False),  # unclosed
        ("<answer></answer>", 150, 0.0, False),
        ("<answer>twelve</answer>", 150, 0.0, False),
        ("<answer>12.0</answer>", 150, 0.0, False),
        ("<answer>-12</answer>", 150, 0.0, False),
        ("<answer>1,00</answer>", 100, 0.0, False),  # bad thousands separator
        ("<answer>12</answer><answer>13</answer>", 150, 0.0, False),  # hedging
        ("<answer>" + "9" * 5000 + "</answer>", 150, 0.0, False),  # beyond int()'s digit limit
        ("", 150, 0.0, False),
        (None, 150, 0.0, False),
        (f"<answer>{math.isqrt(HUGE)}</answer>", HUGE, 1.1, True),
        (f"<answer>{math.isqrt(HUGE) + 1}</answer>", HUGE, 0.1, False),
        (f"<answer>{int(math.sqrt(HUGE))}</answer>", HUGE, 0.1, False),  # the float answer is wrong
    ],
)
def test_score_table(text, n, reward, correct):
    got = sqrt_task.score(text, n)
    assert got.reward == pytest.approx(reward)
    assert got.correct is correct


def test_huge_exact_answer():
    for n in (HUGE, 2**200 - 1, 10**300, (10**150 + 7) ** 2 - 1):
        k = math.isqrt(n)
        assert k * k <= n < (k + 1) ** 2
        assert sqrt_task.score(sqrt_task.target_answer(n), n).correct
        assert not sqrt_task.score(f"<answer>{k - 1}</answer>", n).correct


def test_splits_are_disjoint_and_seeded():
    train = sqrt_task.sample_numbers(0, 3000, (2, 4), "train")
    held = sqrt_task.sample_numbers(1, 200, (2, 4), "held_out")
    assert not set(train) & set(held)
    assert all(not sqrt_task.is_held_out(n) for n in train)
    assert all(sqrt_task.is_held_out(n) for n in held)
    assert len(set(held)) == len(held)
    assert all(10 <= n < 10_000 for n in train + held)
    assert sqrt_task.sample_numbers(0, 50, 3) == sqrt_task.sample_numbers(0, 50, 3)
    assert sqrt_task.sample_numbers(0, 50, 3) != sqrt_task.sample_numbers(1, 50, 3)
    assert all(100 <= n < 1000 for n in sqrt_task.sample_numbers(5, 100, 3))
    # the split is a property of N, so other seeds can never leak a held-out number into training
    assert not set(sqrt_task.sample_numbers(7, 3000, (2, 4))) & set(held)


def test_split_errors_are_clear():
    with pytest.raises(ValueError, match="too many"):
        sqrt_task.sample_numbers(0, 100, 2, "held_out")
    with pytest.raises(ValueError, match="digits"):
        sqrt_task.sample_numbers(0, 1, 0)
    with pytest.raises(ValueError, match="split"):
        sqrt_task.sample_numbers(0, 1, 2, "test")


def test_prompt_and_target_text():
    prompt = sqrt_task.chat_prompt(150)
    assert prompt.startswith("<start_of_turn>user\n") and prompt.endswith("<start_of_turn>model\n")
    assert "150" in sqrt_task.question(150)
    assert sqrt_task.target_answer(150) == "<answer>12</answer>"
    assert sqrt_task.accuracy(["<answer>12</answer>", "<answer>11</answer>"], [150, 150]) == 0.5
