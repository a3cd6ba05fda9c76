"""bench.interleaved: the in-process A/B used for bench/PROFILING.md, section 9."""

import subprocess
import sys

import pytest

from bench import interleaved, load
from bench.procs import ROOT

MODEL = ROOT / "models" / "cable.tar.gz"


@pytest.mark.parametrize("name, said", [("nodot", "no patch named"), ("speedups.no_such_fix", "no patch named")])
def test_a_fix_that_does_not_exist_is_named_in_the_error(name, said):
    with pytest.raises(SystemExit, match=said) as raised:
        interleaved.fix_function(name)
    assert name in str(raised.value)


def test_both_sides_run_the_launchers_other_fixes_less_those_left_out():
    from serving import patches
    under_test, left_out = "history.apply_events_incrementally", "parsing.check_domain_emptiness_once"
    both = interleaved.both_sides([under_test], [left_out])
    speed = [p.name for p in patches.PATCHES if p.kind == patches.SPEED]
    assert both == [name for name in speed if name not in (under_test, left_out)]
    assert "speedups.freeze_what_start_up_loaded" in both and "guards.redact_logs" not in both
    with pytest.raises(SystemExit, match="--without takes the launcher's fixes.*speedups.not_in_the_launcher"):
        interleaved.both_sides([], ["speedups.not_in_the_launcher"])


def test_the_switch_flips_between_rasas_methods_and_the_fixes():
    from rasa.shared.core.domain import Domain
    stock_is_empty = Domain.__dict__["is_empty"]

    def fix():
        Domain.is_empty = lambda self: False
        Domain.bench_added_by_fix = True
        Domain.bench_stock_none = 1

    Domain.bench_stock_none = None      # an attribute whose stock value is None is put back, not deleted
    switch = interleaved.Switch([fix])
    try:
        fixed_is_empty = Domain.__dict__["is_empty"]
        assert fixed_is_empty is not stock_is_empty
        switch.use(False)
        assert Domain.__dict__["is_empty"] is stock_is_empty and not hasattr(Domain, "bench_added_by_fix")
        assert Domain.bench_stock_none is None
        switch.use(True)
        assert Domain.__dict__["is_empty"] is fixed_is_empty and Domain.bench_added_by_fix is True
    finally:
        switch.use(False)
        del Domain.bench_stock_none
    assert Domain.empty().is_empty() is True


def test_fixes_that_change_nothing_are_refused():
    with pytest.raises(SystemExit, match="changed nothing"):
        interleaved.Switch([lambda: None])


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "bench.interleaved", *args], cwd=ROOT, capture_output=True,
                          text=True, timeout=600)


def test_too_few_conversations_or_no_model_is_a_clear_error(tmp_path):
    short = run("--fix", "parsing.check_domain_emptiness_once", "--conversations", "5")
    assert short.returncode == 2 and "at least 12" in short.stderr
    missing = run("--fix", "parsing.check_domain_emptiness_once", "--model", str(tmp_path / "none.tar.gz"))
    assert missing.returncode == 2 and "no model at" in missing.stderr


@pytest.mark.skipif(not MODEL.exists(), reason="needs a trained model (make train)")
def test_both_sides_play_every_turn_type_and_are_reported():
    done = run("--fix", "parsing.check_domain_emptiness_once", "--conversations", "14")
    assert done.returncode == 0, done.stderr[-2000:]
    rows = [line.split() for line in done.stdout.splitlines() if line.split()[-4:-3] in (["stock"], ["fixed"])]
    sides = {(" ".join(row[:-4]), row[-4]) for row in rows}
    assert sides == {(kind, side) for kind in load.KINDS + [load.OPENING] for side in ("stock", "fixed")}
    assert all(float(value) > 0 for row in rows for value in row[-3:])
    assert "Unclosed" not in done.stderr
