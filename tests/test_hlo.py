"""`gemma3.hlo.normalize`, `profile` and the dump diff (`gemma3.hlo.diff`) on small hand-written HLO text."""

import re

from gemma3 import hlo
from gemma3.hlo import diff as hlo_diff

# A 4-layer scan: each step slices its layer's weight out of the stack, multiplies (a dot in a
# fusion), all-reduces and writes one row of a cache in place. Names, ids and metadata as XLA
# prints them; ENTRY's parameters carry the argument names.
STEP = """HloModule jit_step, is_scheduled=true, num_partitions=8

FileNames
1 "/home/someone/gemma3/model.py"

StackFrames
1 {file_location_id=1 parent_frame_id=1}

%add.clone (x.3: f32[], y.1: f32[]) -> f32[] {
  %x.3 = f32[] parameter(0)
  %y.1 = f32[] parameter(1)
  ROOT %add.3 = f32[] add(%x.3, %y.1)
}

%fused_computation.17 (param_0.5: f32[4,64,64], param_1.9: s32[], param_2.2: f32[2,64]) -> f32[2,64] {
  %param_0.5 = f32[4,64,64]{2,1,0} parameter(0)
  %param_1.9 = s32[] parameter(1)
  %constant.12 = s32[] constant(0)
  %dynamic-slice.4 = f32[1,64,64]{2,1,0} dynamic-slice(%param_0.5, %param_1.9, %constant.12, %constant.12), dynamic_slice_sizes={1,64,64}
  %bitcast.8 = f32[64,64]{1,0} bitcast(%dynamic-slice.4)
  %param_2.2 = f32[2,64]{1,0} parameter(2)
  ROOT %dot.3 = f32[2,64]{1,0} dot(%param_2.2, %bitcast.8), lhs_contracting_dims={1}, rhs_contracting_dims={0}, metadata={op_name="jit(step)/while/body/dot_general" stack_frame_id=5}
}

%fused_computation.18 (param_0.7: f32[4,2,64], param_1.3: f32[2,64], param_2.4: s32[]) -> f32[4,2,64] {
  %param_0.7 = f32[4,2,64]{2,1,0} parameter(0)
  %param_1.3 = f32[2,64]{1,0} parameter(1)
  %bitcast.9 = f32[1,2,64]{2,1,0} bitcast(%param_1.3)
  %param_2.4 = s32[] parameter(2)
  %constant.13 = s32[] constant(0)
  ROOT %dynamic-update-slice.2 = f32[4,2,64]{2,1,0} dynamic-update-slice(%param_0.7, %bitcast.9, %param_2.4, %constant.13, %constant.13)
}

%region_0.41 (param.11: (s32[], f32[2,64], f32[4,64,64], f32[4,2,64])) -> (s32[], f32[2,64], f32[4,64,64], f32[4,2,64]) {
  %param.11 = (s32[], f32[2,64]{1,0}, f32[4,64,64]{2,1,0}, f32[4,2,64]{2,1,0}) parameter(0)
  %get-tuple-element.55 = s32[] get-tuple-element(%param.11), index=0
  %get-tuple-element.56 = f32[2,64]{1,0} get-tuple-element(%param.11), index=1
  %get-tuple-element.57 = f32[4,64,64]{2,1,0} get-tuple-element(%param.11), index=2
  %get-tuple-element.58 = f32[4,2,64]{2,1,0} get-tuple-element(%param.11), index=3
  %fusion.301 = f32[2,64]{1,0} fusion(%get-tuple-element.57, %get-tuple-element.55, %get-tuple-element.56), kind=kOutput, calls=%fused_computation.17, metadata={op_name="jit(step)/while/body/dot_general" stack_frame_id=5}, backend_config={"flag_configs":[],"estimated_cycles":"6932"}
  %all-reduce.7 = f32[2,64]{1,0} all-reduce(%fusion.301), channel_id=3, replica_groups={{0,1,2,3,4,5,6,7}}, to_apply=%add.clone
  %fusion.302 = f32[4,2,64]{2,1,0} fusion(%get-tuple-element.58, %all-reduce.7, %get-tuple-element.55), kind=kLoop, calls=%fused_computation.18
  %constant.20 = s32[] constant(1)
  %add.21 = s32[] add(%get-tuple-element.55, %constant.20)
  ROOT %tuple.9 = (s32[], f32[2,64]{1,0}, f32[4,64,64]{2,1,0}, f32[4,2,64]{2,1,0}) tuple(%add.21, %all-reduce.7, %get-tuple-element.57, %fusion.302)
}

%region_1.42 (param.12: (s32[], f32[2,64], f32[4,64,64], f32[4,2,64])) -> pred[] {
  %param.12 = (s32[], f32[2,64]{1,0}, f32[4,64,64]{2,1,0}, f32[4,2,64]{2,1,0}) parameter(0)
  %get-tuple-element.60 = s32[] get-tuple-element(%param.12), index=0
  %constant.21 = s32[] constant(4)
  ROOT %lt.2 = pred[] compare(%get-tuple-element.60, %constant.21), direction=LT
}

ENTRY %main.38_spmd (param.8: f32[2,64], param.9: f32[4,64,64], param.10: f32[4,2,64]) -> f32[4,2,64] {
  %param.8 = f32[2,64]{1,0} parameter(0), sharding={replicated}, metadata={op_name="x"}
  %param.9 = f32[4,64,64]{2,1,0} parameter(1), sharding={replicated}, metadata={op_name="params.layers.w"}
  %param.10 = f32[4,2,64]{2,1,0} parameter(2), sharding={replicated}, metadata={op_name="cache"}
  %constant.1 = s32[] constant(0)
  %copy.5 = f32[2,64]{0,1} copy(%param.8), metadata={op_name="jit(step)/transpose" stack_frame_id=1}
  %tuple.3 = (s32[], f32[2,64]{1,0}, f32[4,64,64]{2,1,0}, f32[4,2,64]{2,1,0}) tuple(%constant.1, %copy.5, %param.9, %param.10)
  %while.96 = (s32[], f32[2,64]{1,0}, f32[4,64,64]{2,1,0}, f32[4,2,64]{2,1,0}) while(%tuple.3), condition=%region_1.42, body=%region_0.41, backend_config={"known_trip_count":{"n":"4"},"flag_configs":[]}
  ROOT %get-tuple-element.70 = f32[4,2,64]{2,1,0} get-tuple-element(%while.96), index=3
}
"""  # noqa: E501


def _renumbered(text: str) -> str:
    """The same program as another compile prints it: every numeric suffix and id shifted, other metadata."""
    text = re.sub(r"([\w\-]+)\.(\d+)\b", lambda m: f"{m.group(1)}.{int(m.group(2)) + 1000}", text)
    return text.replace("stack_frame_id=5", "stack_frame_id=77").replace("model.py", "layers.py")


def test_normalize_keeps_the_plan_and_drops_what_differs_between_compiles():
    text = hlo.normalize(STEP)
    assert text == hlo.normalize(_renumbered(STEP)), "ids, suffixes and metadata must not reach the dump"
    assert hlo.normalize(text) == text
    for gone in ("stack_frame_id", "model.py", "FileNames", "estimated_cycles", "channel_id", "region_0", ".41"):
        assert gone not in text, gone
    assert 'backend_config={"known_trip_count":{"n":"4"}}' in text  # the plan's trip count stays
    assert 'parameter(1), sharding={replicated}, metadata={op_name="params.layers.w"}' in text
    assert "calls=%main.while.body.fusion.1" in text and "to_apply=%main.while.body.all-reduce.apply" in text
    assert "%main.while.body.fusion.1 (param_0: f32[4,2,64], param_1: f32[2,64], param_2: s32[])" in text
    assert "%copy = f32[2,64]{0,1} copy(%param_0)" in text, "layouts are kept: a relayout is a change"
    assert "condition=%main.while.cond, body=%main.while.body" in text
    # the analysis reads a normalized dump as it reads the compiler's text
    assert hlo.analyze(text).collectives == hlo.analyze(STEP).collectives
    assert hlo.profile(text) == hlo.profile(STEP)


def test_normalize_stablehlo_drops_locations():
    text = '%0 = stablehlo.add %a, %b : tensor<2xf32> loc(#loc3)\n#loc3 = loc("model.py":12:4)\n'
    assert hlo.normalize_stablehlo(text) == "%0 = stablehlo.add %a, %b : tensor<2xf32>\n"


def test_profile_weights_by_the_trip_count_and_counts_what_moves():
    p = hlo.profile(STEP)
    assert p.fusions == {"kLoop": (1, 4), "kOutput": (1, 4)}  # one of each in the text, 4 runs each
    assert p.collectives == {"all-reduce": hlo.Event(4, 4 * 2 * 64 * 4)}
    assert p.copies == hlo.Event(1, 2 * 64 * 4)
    assert p.flops == 4 * 2 * 2 * 64 * 64
    row, layer = 2 * 64 * 4, 64 * 64 * 4
    # per layer: the dot fusion reads its layer's slice (not the stack), the index and the row, and
    # writes a row; the cache update reads the row and the index and writes the row in place (not
    # the cache); the all-reduce reads and writes a row; the counter's add reads 2 int32s, writes 1
    dot, update, reduce, count = layer + 4 + row + row, row + 4 + row, 2 * row, 3 * 4
    assert p.bytes == 2 * row + 4 * (dot + update + reduce + count), p.bytes  # the copy, then 4 layers


def _with_relayout_and_second_all_reduce(text: str) -> str:
    extra = (
        "  %copy.900 = f32[2,64]{0,1} copy(%all-reduce.7)\n"
        "  %all-reduce.901 = f32[2,64]{0,1} all-reduce(%copy.900), channel_id=9, replica_groups={{0,1,2,3,4,5,6,7}}, "
        "to_apply=%add.clone\n"
    )
    anchor = "  %fusion.302 = "
    return text.replace(anchor, extra + anchor)


def test_summary_names_the_added_relayout_and_all_reduce():
    summary, moved = hlo_diff.summarize(STEP, _with_relayout_and_second_all_reduce(STEP))
    assert moved == {"any", "collectives", "copies", "bytes"}, moved
    assert "all-reduce: 4 -> 8 runs per step" in summary
    assert "copies: 1 -> 5 runs per step" in summary
    assert "loop body main.while.body (runs 4 -> 4 per step): 11 -> 13 instructions" in summary
    assert "+%copy = f32[2,64]{0,1} copy(%all-reduce)" in summary
    assert "~ main.while.body" in summary
    assert hlo_diff.summarize(STEP, _renumbered(STEP)) == ("", set()), "a recompile that renames nothing changes"


def test_check_rewrites_a_drifted_dump_and_ignores_its_header(tmp_path):
    row = ("v5e-8", "decode", {"batch": 8})
    found = {"hlo": hlo.normalize(STEP), "stablehlo": "module @jit_step {\n}\n"}
    assert "no committed dump" in hlo_diff.check(row, found, tmp_path)
    paths = hlo_diff.dump_paths("decode", tmp_path)
    assert paths["hlo"].read_text().startswith("// gemma3 27b v5e-8 decode batch=8")
    assert hlo_diff.check(row, found, tmp_path) == ""
    paths["hlo"].write_text(paths["hlo"].read_text().replace("jax ", "jax 0.0.1 was "))  # header only
    assert hlo_diff.check(row, found, tmp_path) == ""
    changed = {**found, "hlo": hlo.normalize(_with_relayout_and_second_all_reduce(STEP))}
    report = hlo_diff.check(row, changed, tmp_path)
    assert "decode.hlo changed" in report and "all-reduce: 4 -> 8" in report
    assert hlo_diff.body(paths["hlo"].read_text()) == hlo_diff.body(changed["hlo"]), "the dump is rewritten"


def test_diff_command_exit_status_is_what_bisect_reads(tmp_path, capsys):
    a, b = tmp_path / "a.hlo", tmp_path / "b.hlo"
    a.write_text(hlo.normalize(STEP))
    b.write_text(hlo.normalize(_with_relayout_and_second_all_reduce(STEP)))
    assert hlo_diff.main(["diff", str(a), str(a)]) == 0
    assert "no change" in capsys.readouterr().out
    assert hlo_diff.main(["diff", str(a), str(b)]) == 1
    assert "all-reduce: 4 -> 8" in capsys.readouterr().out
    assert hlo_diff.main(["diff", str(a), str(b), "--fail-on", "flops"]) == 0
    assert hlo_diff.main(["diff", str(a), str(b), "--fail-on", "flops,copies"]) == 1
    assert hlo_diff.main(["diff", str(a), "current"]) == 2
    assert "no '// row:' header" in capsys.readouterr().err
    assert hlo_diff.main(["diff", str(tmp_path / "missing.hlo"), str(a)]) == 2
    assert hlo_diff.main(["diff", str(a), str(b), "--fail-on", "latency"]) == 2


def test_the_committed_dumps_are_one_per_snapshot_row_and_normalized():
    """Each snapshot row has its two dumps, headed by that row, already normalized; no dump of a dropped row."""
    from gemma3 import aot

    assert {p.name for p in hlo_diff.DUMPS.iterdir()} == {
        path.name for row in aot.SNAPSHOT_ROWS for path in hlo_diff.dump_paths(row[1]).values()
    }
    for row in aot.SNAPSHOT_ROWS:
        paths = hlo_diff.dump_paths(row[1])
        for path in paths.values():
            assert hlo_diff._row(path.read_text(), str(path)) == row, path
        text = hlo_diff.body(paths["hlo"].read_text())
        assert text.startswith("HloModule") and hlo.normalize(text) == text, paths["hlo"]
        assert hlo_diff.body(paths["stablehlo"].read_text()).startswith("module @"), paths["stablehlo"]
