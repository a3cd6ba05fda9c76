"""serving.patches: the one list of what the project changes in Rasa, and the launcher's use of it."""

import ast
import inspect
import logging
import sys
from pathlib import Path

import pytest

from serving import launcher, patches

ROOT = Path(__file__).resolve().parents[2]


def _namespaces():
    """Every loaded Rasa module and class, and `logging` (the log redaction patches its Formatter)."""
    found = {}
    for name, module in list(sys.modules.items()):
        if module is None or name.split(".")[0] not in ("rasa", "logging"):
            continue
        found[name] = module
        for value in list(vars(module).values()):
            if inspect.isclass(value) and value.__module__ == name:
                found[f"{name}:{value.__qualname__}"] = value
    return found


def _snapshot():
    return {key: dict(vars(owner)) for key, owner in _namespaces().items()}


def _changed(before, after):
    changed = set()
    for key, attributes in after.items():
        old = before.get(key, {})
        for name in set(attributes) | set(old):
            if attributes.get(name) is not old.get(name):
                module, _, owner = key.partition(":")
                changed.add(f"{module}:{owner + '.' if owner else ''}{name}")
    return changed


@pytest.fixture(scope="module", autouse=True)
def rasa_loaded():
    # Import what the patches replace (each patch imports its own targets, but a snapshot taken before
    # the first import would count every newly imported module as a change).
    for patch in patches.PATCHES:
        for target in patch.replaces:
            patches._resolve(target)


@pytest.mark.parametrize("patch", patches.PATCHES, ids=lambda p: p.name)
def test_each_patch_replaces_exactly_what_it_lists_and_undo_puts_rasa_back(patch):
    before = _snapshot()
    with patches.applied(patch.name, secrets=["a-secret-token"]):
        assert _changed(before, _snapshot()) == set(patch.replaces)
    assert _changed(before, _snapshot()) == set()


def test_every_patch_names_why_and_a_test_that_exists():
    for patch in patches.PATCHES:
        assert patch.why and patch.kind in (patches.GUARD, patches.SPEED), patch.name
        path, _, test = patch.proof.partition("::")
        tree = ast.parse((ROOT / path).read_text())
        names = {node.name for node in ast.walk(tree) if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef))}
        assert test in names, f"{patch.name}: no test {patch.proof}"


def test_the_patched_release_is_the_pinned_one():
    pins = [line.strip() for name in ("requirements.in", "requirements.txt")
            for line in (ROOT / name).read_text().splitlines() if line.startswith("rasa==")]
    assert pins == [f"rasa=={patches.RASA_VERSION}"] * 2
    assert patches.installed_rasa_version() == patches.RASA_VERSION


def test_another_rasa_release_is_refused_with_what_to_do():
    with pytest.raises(patches.PatchError) as refused:
        patches.check_rasa_version("3.6.22")
    message = str(refused.value)
    assert "Rasa 3.6.22 is installed" in message and "3.6.21" in message and "SERVING_PATCHES=none" in message


def test_training_gets_only_the_patches_that_are_safe_while_training():
    training = {p.name for p in patches.for_command("train")}
    assert "guards.redact_logs" in training and "speedups.validate_action_results_once" in training
    assert "history.apply_events_incrementally" not in training
    assert {p.name for p in patches.for_command("run")} == {p.name for p in patches.PATCHES}


def test_an_unknown_patch_name_lists_the_real_ones():
    with pytest.raises(patches.PatchError, match="no patch named speedups.nope; the patches are: guards.redact_logs"):
        patches.named(["speedups.nope"])


@pytest.fixture
def rasa_cli(monkeypatch):
    """The launcher up to the moment it hands over to Rasa's CLI, which records its arguments."""
    import rasa.__main__
    calls = []
    monkeypatch.setattr(rasa.__main__, "main", lambda: calls.append(list(sys.argv)))
    monkeypatch.delenv(patches.SWITCH, raising=False)
    yield calls
    patches.undo()


def _launch(monkeypatch, *argv):
    monkeypatch.setattr(sys, "argv", ["serving", *argv])
    launcher.main()


def test_the_launcher_applies_every_patch_then_runs_rasa(rasa_cli, monkeypatch):
    _launch(monkeypatch, "run", "--port", "5005")
    assert rasa_cli == [["rasa", "run", "--port", "5005"]]
    assert all(patches.is_applied(p.name) for p in patches.PATCHES)


def test_the_launcher_refuses_another_rasa_release(rasa_cli, monkeypatch):
    monkeypatch.setattr(patches, "installed_rasa_version", lambda: "3.7.0")
    with pytest.raises(SystemExit, match="error: Rasa 3.7.0 is installed"):
        _launch(monkeypatch, "run")
    assert rasa_cli == [] and not any(patches.is_applied(p.name) for p in patches.PATCHES)


def test_told_to_the_launcher_runs_rasa_unpatched(rasa_cli, monkeypatch, caplog):
    monkeypatch.setenv(patches.SWITCH, "none")
    monkeypatch.setattr(patches, "installed_rasa_version", lambda: "3.7.0")   # not even checked
    before = _snapshot()
    with caplog.at_level(logging.WARNING):
        _launch(monkeypatch, "run")
    assert rasa_cli == [["rasa", "run"]] and _changed(before, _snapshot()) == set()
    assert "without the project's guards and speed fixes" in caplog.text


def test_a_bad_switch_value_is_named(rasa_cli, monkeypatch):
    monkeypatch.setenv(patches.SWITCH, "some")
    with pytest.raises(SystemExit, match="SERVING_PATCHES must be 'all' or 'none' \\(got 'some'\\)"):
        _launch(monkeypatch, "run")


def test_a_generated_token_that_starts_with_a_dash_reaches_rasa(rasa_cli, monkeypatch):
    from rasa.__main__ import create_argument_parser
    monkeypatch.setenv(patches.SWITCH, "none")
    monkeypatch.setenv("RASA_TOKEN", "-0Fc_secret")   # token_urlsafe can start with "-"
    _launch(monkeypatch, "run", "--enable-api")
    args = create_argument_parser().parse_args(rasa_cli[0][1:])
    assert args.auth_token == "-0Fc_secret"
