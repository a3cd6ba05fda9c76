"""Every change this project makes to Rasa, in one list.

Rasa has no switches for the guards or the speed fixes, so the launcher replaces attributes of
Rasa's modules and classes at start-up. Each `Patch` names what it replaces, why, the test that
proves it (a speed fix gives exactly Rasa's result; a guard adds what it says), and `undo()`
puts back what `apply()` found. The patches were written against one Rasa release: the launcher
refuses any other (`check_rasa_version`), and `SERVING_PATCHES=none` runs Rasa unpatched.
"""

from __future__ import annotations

import importlib
import logging
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from serving import action_failures, guards, history, long_conversations, parsing, speedups

logger = logging.getLogger(__name__)

# The release every patch below was written and tested against (requirements.in pins it too;
# tests/serving/test_patches.py holds the two equal).
RASA_VERSION = "3.6.21"
SWITCH = "SERVING_PATCHES"      # "all" (default) or "none"

GUARD, SPEED = "guard", "speed"
# When a patch is applied: "always" also while training; "serving" only when answering messages.
ALWAYS, SERVING = "always", "serving"


class PatchError(RuntimeError):
    """A patch cannot be applied: another Rasa release, or a target that moved."""


@dataclass(frozen=True)
class Patch:
    name: str                       # MODULE.FUNCTION of this package, e.g. history.apply_events_incrementally
    function: Callable[..., None]
    replaces: tuple[str, ...]       # "module:Attribute.path" for each attribute the function replaces
    why: str
    proof: str                      # the test that shows it, as a pytest node id
    kind: str = SPEED
    stage: str = SERVING
    takes: tuple[str, ...] = ()     # keyword arguments apply() passes on (e.g. the secrets to redact)


_TESTS = "tests/serving"
PATCHES: tuple[Patch, ...] = (
    # --- guards: what the server must do that Rasa 3.6 does not ------------------------------------
    Patch("guards.redact_logs", guards.redact_logs, ("logging:Formatter.format",),
          "the API token and ?token= are blanked in every log line",
          "tests/hostile/test_hostile_units.py::test_redaction_hides_a_known_secret_anywhere",
          GUARD, ALWAYS, takes=("secrets",)),
    Patch("guards.validate_http_input", guards.validate_http_input, ("rasa.core.run:configure_app",),
          "the API token checked before any body check; NaN/Infinity and malformed bodies get a clear 400/413, "
          "REST only application/json (415); PUT /model only takes a local file (CVE-2024-49375)",
          "tests/hostile/test_hostile_rest.py::test_malformed_input_gets_a_clear_error", GUARD, ALWAYS),
    Patch("guards.refuse_remote_models", guards.refuse_remote_models, ("rasa.core.agent:load_agent",),
          "no code path may fetch a model over the network (CVE-2024-49375)",
          "tests/hostile/test_hostile_http.py::test_remote_model_loading_is_refused", GUARD, ALWAYS),
    Patch("guards.validate_socket_input", guards.validate_socket_input,
          ("rasa.core.channels.socketio:SocketIOInput.blueprint",),
          "malformed socket.io messages get a clear bot message instead of a traceback",
          "tests/hostile/test_hostile_socketio.py::test_malformed_message_gets_a_clear_reply", GUARD, ALWAYS),
    Patch("action_failures.apologise_for_failed_actions", action_failures.apologise_for_failed_actions,
          ("rasa.core.actions.action:RemoteAction.run",),
          "a failed custom action says 'please try again' instead of nothing (RasaHQ/rasa#5588)",
          "tests/scale/test_scale_recovery.py::test_action_server_restart_mid_form_over_rest", GUARD, ALWAYS),
    Patch("guards.refuse_in_memory_fallback", guards.refuse_in_memory_fallback,
          ("rasa.core.tracker_store:_load_from_module_name_in_endpoint_config",),
          "an unloadable tracker store stops the server instead of silently losing every conversation",
          f"{_TESTS}/test_store_config.py::test_an_unloadable_store_class_stops_the_server", GUARD, ALWAYS),
    # --- speed: costs Rasa pays for nothing; each gives exactly Rasa's result -------------------------
    Patch("speedups.validate_action_results_once", speedups.validate_action_results_once,
          ("rasa.core.actions.action:RemoteAction._validate_action_result",),
          "the action-response schema was re-checked against its meta-schema on every action (RasaHQ/rasa#11717)",
          f"{_TESTS}/test_speedups.py::test_the_quick_check_agrees_with_the_full_schema_on_every_event_type",
          stage=ALWAYS),
    Patch("speedups.skip_debug_log_copies", speedups.skip_debug_log_copies,
          tuple(f"{module}:copy" for module in speedups.DEBUG_COPY_MODULES),
          "deep copies made only for debug logs that are off",
          f"{_TESTS}/test_speedups.py::test_those_modules_deepcopy_only_inside_debug_log_calls",
          stage=ALWAYS),
    Patch("speedups.reuse_action_server_connections", speedups.reuse_action_server_connections,
          ("rasa.utils.endpoints:EndpointConfig.session",),
          "a new TCP connection and the slow json encoder for every action-server call",
          f"{_TESTS}/test_speedups.py::test_action_calls_share_one_connection",
          stage=ALWAYS),
    Patch("speedups.run_graphs_in_order", speedups.run_graphs_in_order,
          ("rasa.engine.runner.dask:DaskGraphRunner.run",),
          "dask re-planned the same ten-node graph on every message",
          f"{_TESTS}/test_speedups.py::test_the_model_gives_the_same_parses_and_predictions_with_the_per_message_fixes"),
    Patch("speedups.join_sparse_features_directly", speedups.join_sparse_features_directly,
          ("rasa.shared.nlu.training_data.features:Features._combine_sparse_features",),
          "scipy's block-matrix hstack for two matrices side by side",
          f"{_TESTS}/test_speedups.py::test_sparse_features_side_by_side_equal_scipys_hstack"),
    Patch("speedups.intent_features_directly", speedups.intent_features_directly,
          ("rasa.nlu.classifiers.logistic_regression_classifier:LogisticRegressionClassifier._create_X",),
          "the sparse row stacked with an empty dense block on every message",
          f"{_TESTS}/test_speedups.py::test_the_model_gives_the_same_parses_and_predictions_with_the_per_message_fixes"),
    Patch("speedups.copy_slots_directly", speedups.copy_slots_directly,
          ("rasa.shared.core.slots:Slot.__copy__",),
          "copy.copy's generic path for every slot of every tracker copy",
          f"{_TESTS}/test_speedups.py::test_a_directly_copied_slot_is_what_copy_copy_gives"),
    Patch("speedups.resolve_event_types_once", speedups.resolve_event_types_once,
          ("rasa.shared.core.events:Event.resolve_by_type", "rasa.shared.core.events:Event.__init_subclass__"),
          "every event read from JSON listed all 30 Event classes again to find its own",
          f"{_TESTS}/test_speedups.py::test_event_types_resolve_to_rasas_classes_also_after_a_new_event_class"),
    Patch("speedups.featurize_each_history_once", speedups.featurize_each_history_once,
          ("rasa.core.featurizers.tracker_featurizers:TrackerFeaturizer._create_states",),
          "RulePolicy featurised the same history twice per prediction",
          f"{_TESTS}/test_speedups.py::test_the_model_gives_the_same_parses_and_predictions_with_the_per_message_fixes"),
    Patch("history.apply_events_incrementally", history.apply_events_incrementally,
          ("rasa.shared.core.trackers:DialogueStateTracker.applied_events",),
          "the history was replayed from its first event for every prediction and tracker copy",
          f"{_TESTS}/test_history_speedups.py::test_applied_events_are_rasas_at_every_step_of_a_growing_conversation"),
    Patch("history.match_rules_from_parsed_keys", history.match_rules_from_parsed_keys,
          ("rasa.core.policies.rule_policy:RulePolicy._is_rule_applicable",
           "rasa.core.policies.rule_policy:RulePolicy._get_possible_keys"),
          "every rule's JSON key re-parsed for every rule test",
          f"{_TESTS}/test_history_speedups.py::test_the_rules_that_match_are_rasas_for_every_kind_of_state"),
    Patch("parsing.check_domain_emptiness_once", parsing.check_domain_emptiness_once,
          ("rasa.shared.core.domain:Domain.is_empty",),
          "the whole domain rebuilt as a dict to ask whether it is empty, on every message",
          f"{_TESTS}/test_history_speedups.py::test_a_domain_is_told_empty_or_not_as_rasa_tells_it_and_asked_only_once"),
    Patch("parsing.keep_intent_weights_column_ready", parsing.keep_intent_weights_column_ready,
          ("rasa.nlu.classifiers.logistic_regression_classifier:LogisticRegressionClassifier.process",),
          "scipy copied the transposed intent weights on every message",
          f"{_TESTS}/test_history_speedups.py::test_column_ready_intent_weights_give_the_same_parses_to_the_last_digit"),
    # --- speed: costs that grew with the length of the conversation (issue 17) ------------------------
    Patch("long_conversations.send_actions_recent_events", long_conversations.send_actions_recent_events,
          ("rasa.core.actions.action:RemoteAction._action_call_format",),
          "every custom action call posted every event of the conversation (RasaHQ/rasa#6334); "
          "the actions read only those since the second-latest user message",
          f"{_TESTS}/test_long_conversations.py::test_every_action_answers_the_recent_events_as_it_answers_the_whole_history"),
    Patch("long_conversations.copy_trackers_from_their_state", long_conversations.copy_trackers_from_their_state,
          ("rasa.shared.core.trackers:DialogueStateTracker.copy",),
          "each action ran on a copy of the tracker rebuilt by replaying every event",
          f"{_TESTS}/test_long_conversations.py::test_a_copy_from_the_state_is_rasas_copy_at_every_step_of_a_growing_conversation"),
    Patch("long_conversations.form_trackers_from_copies", long_conversations.form_trackers_from_copies,
          ("rasa.core.actions.forms:FormAction._temporary_tracker",),
          "each form validation replayed every event since the latest restart into a new tracker",
          f"{_TESTS}/test_long_conversations.py::test_a_forms_temporary_tracker_is_rasas_at_every_step"),
    Patch("long_conversations.featurize_only_what_rules_read", long_conversations.featurize_only_what_rules_read,
          ("rasa.core.policies.rule_policy:RulePolicy._prediction_states",),
          "RulePolicy featurised every turn since the session began, twice per prediction; its rules "
          "read only their own length of latest states",
          f"{_TESTS}/test_long_conversations.py::test_rule_policy_predicts_as_rasa_does_at_every_step_of_a_long_conversation"),
    Patch("long_conversations.format_states_only_for_debug_logs",
          long_conversations.format_states_only_for_debug_logs,
          ("rasa.core.policies.rule_policy:RulePolicy.format_tracker_states",),
          "RulePolicy formatted the whole history as text twice per prediction for a debug log that is off",
          f"{_TESTS}/test_long_conversations.py::test_rule_states_are_formatted_exactly_when_debug_logs_show_them"),
    Patch("long_conversations.count_actions_from_the_end", long_conversations.count_actions_from_the_end,
          ("rasa.core.processor:MessageProcessor.is_action_limit_reached",),
          "before every prediction Rasa copied every event of the conversation into a reversed list",
          f"{_TESTS}/test_long_conversations.py::test_the_action_limit_is_rasas_at_every_step_of_a_growing_conversation"),
    Patch("speedups.freeze_what_start_up_loaded", speedups.freeze_what_start_up_loaded,
          ("rasa.core.run:load_agent_on_start",),
          "the garbage collector re-scanned the ~500,000 objects start-up leaves behind",
          f"{_TESTS}/test_speedups.py::test_once_the_model_is_loaded_start_up_objects_are_out_of_the_collectors_way"),
)
BY_NAME: dict[str, Patch] = {patch.name: patch for patch in PATCHES}


def named(names: Sequence[str]) -> list[Patch]:
    unknown = [name for name in names if name not in BY_NAME]
    if unknown:
        raise PatchError(f"no patch named {', '.join(unknown)}; the patches are: {', '.join(BY_NAME)}")
    return [BY_NAME[name] for name in names]


def for_command(command: str) -> list[Patch]:
    """The patches the launcher applies for a `rasa` sub-command (train runs Rasa's own code)."""
    return [p for p in PATCHES if p.stage == ALWAYS or command != "train"]


def installed_rasa_version() -> str | None:
    from importlib.metadata import PackageNotFoundError, version  # no Rasa import: TensorFlow stays out
    try:
        return version("rasa")
    except PackageNotFoundError:
        return None


def check_rasa_version(found: str | None = None) -> None:
    found = installed_rasa_version() if found is None else found
    if found != RASA_VERSION:
        raise PatchError(
            f"Rasa {found or '(not installed)'} is installed, but the project's patches of Rasa "
            f"(serving/patches.py) were written and tested for Rasa {RASA_VERSION}. Install the pinned "
            f"release (make install), or set {SWITCH}=none to run Rasa without them (no guards, no speed fixes).")


# --- apply and undo -----------------------------------------------------------------------------

_ABSENT = object()


def _resolve(target: str) -> tuple[Any, str]:
    """"pkg.module:Class.attr" -> (Class, "attr"); "pkg.module:attr" -> (module, "attr")."""
    module_name, _, path = target.partition(":")
    owner: Any = importlib.import_module(module_name)
    *parents, attribute = path.split(".")
    for parent in parents:
        owner = getattr(owner, parent)
    return owner, attribute


@dataclass
class _Applied:
    patch: Patch
    originals: list[tuple[Any, str, Any]] = field(default_factory=list)


_applied: list[_Applied] = []


def is_applied(name: str) -> bool:
    return any(entry.patch.name == name for entry in _applied)


def apply(patches: Sequence[Patch], **context: Any) -> None:
    """Apply each patch not yet applied; a patch that leaves a listed target unchanged is an error
    (the list would no longer say what the server runs)."""
    for patch in patches:
        if is_applied(patch.name):
            continue
        targets = [_resolve(target) for target in patch.replaces]
        originals = [(owner, name, vars(owner).get(name, _ABSENT)) for owner, name in targets]
        patch.function(**{key: context[key] for key in patch.takes if key in context})
        unchanged = [t for t, (owner, name, old) in zip(patch.replaces, originals, strict=True)
                     if vars(owner).get(name, _ABSENT) is old]
        _applied.append(_Applied(patch, originals))
        if unchanged:
            undo([patch.name])
            raise PatchError(f"patch {patch.name} did not replace {', '.join(unchanged)}")
        logger.debug("applied %s", patch.name)


def undo(names: Sequence[str] | None = None) -> None:
    """Put back what apply() found, latest first (all applied patches when `names` is None)."""
    for entry in reversed(list(_applied)):
        if names is not None and entry.patch.name not in names:
            continue
        for owner, name, original in reversed(entry.originals):
            if original is _ABSENT:
                if name in vars(owner):
                    delattr(owner, name)
            else:
                setattr(owner, name, original)
        _applied.remove(entry)


@contextmanager
def applied(*names: str, **context: Any) -> Iterator[list[Patch]]:
    """The named patches for the duration of a block (tests, benchmarks), then Rasa's own code."""
    patches = [p for p in named(names) if not is_applied(p.name)]
    apply(patches, **context)
    try:
        yield patches
    finally:
        undo([p.name for p in patches])


@contextmanager
def restored(*names: str) -> Iterator[dict[str, Any]]:
    """Rasa's own attributes for every target of the named patches (all when none are named), and
    those attributes put back at the end of the block, whatever the block replaced. For tests that
    call a patch's function directly (with arguments of their own) and compare it with Rasa's."""
    chosen = named(names) if names else list(PATCHES)
    targets = {target: _resolve(target) for patch in chosen for target in patch.replaces}
    originals = {target: vars(owner).get(name, _ABSENT) for target, (owner, name) in targets.items()}
    try:
        yield {target: value for target, value in originals.items() if value is not _ABSENT}
    finally:
        for target, (owner, name) in targets.items():
            if originals[target] is _ABSENT:
                if name in vars(owner):
                    delattr(owner, name)
            else:
                setattr(owner, name, originals[target])
