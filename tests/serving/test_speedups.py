"""The launcher's per-turn fixes must change nothing but the time: the same verdicts on action
replies, the same NLU and dialogue predictions, the same requests to the action server."""

import ast
import datetime
import gc
import inspect
import json
import logging
import math
from pathlib import Path

import jsonschema
import numpy as np
import pytest
import scipy.sparse

from serving import patches, speedups

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def remote_action():
    from rasa.core.actions.action import RemoteAction
    with patches.applied("speedups.validate_action_results_once"):
        yield RemoteAction("action_test", None)


def test_a_valid_reply_passes(remote_action):
    reply = {"events": [{"event": "slot", "name": "outcome", "value": "retain"}],
             "responses": [{"text": "hello"}]}
    assert remote_action._validate_action_result(reply) is True


@pytest.mark.parametrize("reply", [{"events": "not a list"}, {"events": [{"no_event_key": 1}]},
                                   {"responses": "text"}, {"events": [{"event": 5}]},
                                   {"events": [{"event": "slot", "name": 3}]},
                                   {"events": [{"event": "no_such_event"}]}])
def test_an_invalid_reply_is_refused_with_rasas_message(remote_action, reply):
    with pytest.raises(jsonschema.ValidationError, match="Failed to validate Action server response"):
        remote_action._validate_action_result(reply)


def _every_kind_of_event():
    """One real event of each type Rasa can receive from an action server, as it is sent."""
    from rasa.shared.core import events as ev
    samples = [
        ev.UserUttered("hi", {"name": "greet", "confidence": 1.0}, [], {"text": "hi"}), ev.ActionExecuted("utter_x"),
        ev.SlotSet("outcome", "retain"), ev.EntitiesAdded([{"entity": "group", "value": "pow"}]),
        ev.DefinePrevUserUtteredFeaturization(False), ev.ReminderCancelled(name="r"),
        ev.ReminderScheduled("greet", datetime.datetime(2030, 1, 1)), ev.ActionExecutionRejected("a"),
        ev.LoopInterrupted(True), ev.ActiveLoop("case_form"), ev.AllSlotsReset(), ev.ConversationResumed(),
        ev.ConversationPaused(), ev.FollowupAction("action_listen"), ev.StoryExported(), ev.Restarted(),
        ev.UserUtteranceReverted(), ev.ActionReverted(), ev.BotUttered("hello", {"buttons": []}),
        ev.SessionStarted(), ev.AgentUttered("x"),
    ]
    return [event.as_dict() for event in samples]


def test_the_quick_check_agrees_with_the_full_schema_on_every_event_type():
    from jsonschema import validators
    from rasa.core.actions.action import RemoteAction
    schema = RemoteAction.action_response_format_spec()
    cls = validators.validator_for(schema)
    full, quick = cls(schema), speedups.response_checker(schema, cls)
    valid = [{"events": [event], "responses": [{"text": "x"}]} for event in _every_kind_of_event()]
    assert len(valid) >= 20
    for reply in valid:
        assert full.is_valid(reply) and quick(reply), reply
    broken = []
    for reply in valid:
        event = reply["events"][0]
        for key in list(event):
            for bad in (None, 5, "x", [1], {"a": 1}, True):
                broken.append({"events": [{**event, key: bad}]})
            broken.append({"events": [{k: v for k, v in event.items() if k != key}]})
    for reply in broken + [{"events": None}, [], "x", {"responses": [1]}, {"events": [[]]}]:
        # Never a yes that the schema would refuse.
        assert not quick(reply) or full.is_valid(reply), reply


def test_debug_log_snapshots_are_skipped_only_when_debug_is_off():
    import rasa.core.processor as processor
    value = {"slots": [1, 2]}
    rasa_logger = logging.getLogger("rasa")
    level = rasa_logger.level
    with patches.applied("speedups.skip_debug_log_copies"):
        rasa_logger.setLevel(logging.INFO)
        assert processor.copy.deepcopy(value) is value
        rasa_logger.setLevel(logging.DEBUG)
        copied = processor.copy.deepcopy(value)
        assert copied == value and copied is not value
        rasa_logger.setLevel(level)


@pytest.mark.parametrize("module_name", speedups.DEBUG_COPY_MODULES)
def test_those_modules_deepcopy_only_inside_debug_log_calls(module_name):
    """If a Rasa upgrade copied something for real in these modules, skipping it would be a bug."""
    import importlib
    tree = ast.parse(inspect.getsource(importlib.import_module(module_name)))
    in_debug_calls = set()
    for node in ast.walk(tree):
        if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "debug"
                and isinstance(node.func.value, ast.Name) and node.func.value.id == "structlogger"):
            in_debug_calls.update(id(inner) for inner in ast.walk(node))
    uses = [node for node in ast.walk(tree)
            if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and node.value.id == "copy"]
    assert uses, "no copy.* use left: the speed-up is unnecessary"
    assert all(node.attr == "deepcopy" and id(node) in in_debug_calls for node in uses)


@pytest.mark.parametrize("seed", range(40))
def test_sparse_features_side_by_side_equal_scipys_hstack(seed):
    rng = np.random.default_rng(seed)
    rows = int(rng.integers(1, 8))
    left = scipy.sparse.random(rows, int(rng.integers(1, 60)), density=0.2, format="coo", random_state=seed,
                               dtype=[np.float64, np.float32, np.int64][seed % 3])
    right = scipy.sparse.random(rows, int(rng.integers(1, 60)), density=0.2, format="coo", random_state=seed + 99)
    stock, ours = scipy.sparse.hstack([left, right]), speedups.side_by_side(left, right, np, scipy.sparse)
    assert (ours.format, ours.shape, ours.dtype) == (stock.format, stock.shape, stock.dtype)
    assert (ours.toarray() == stock.toarray()).all()


def test_fast_json_is_the_same_json():
    event = {"event": "user", "text": "née à Séoul / 北京 \"x\"", "timestamp": 1.7e9 + 0.123456,
             "parse_data": {"intent": {"confidence": 0.1 + 0.2}}, "n": None, "b": True}
    payload = {"tracker": {"events": [event]},
               "next_action": "action_assess_case", "version": "3.6.21"}
    assert json.loads(speedups.fast_json_dumps(payload)) == payload
    assert math.isnan(json.loads(speedups.fast_json_dumps({"x": float("nan")}))["x"])   # as `json` writes it
    assert json.loads(speedups.fast_json_dumps({"big": 10 ** 30})) == {"big": 10 ** 30}   # beyond ujson: `json`


async def test_action_calls_share_one_connection():
    from aiohttp import web
    from aiohttp.test_utils import TestServer
    from rasa.utils.endpoints import EndpointConfig
    peers = []

    async def webhook(request):
        peers.append(request.transport.get_extra_info("peername"))
        return web.json_response({"events": [], "responses": [], "echo": await request.json()})

    app = web.Application()
    app.router.add_post("/webhook", webhook)
    server = TestServer(app, host="127.0.0.1")
    await server.start_server()
    endpoint = EndpointConfig(f"http://127.0.0.1:{server.port}/webhook")
    try:
        with patches.applied("speedups.reuse_action_server_connections"):
            replies = [await endpoint.request(json={"i": i}, method="post") for i in range(3)]
        assert [r["echo"] for r in replies] == [{"i": 0}, {"i": 1}, {"i": 2}]
        assert len(set(peers)) == 1, "each call opened its own connection"
    finally:
        await endpoint.__dict__["_kept_session"][1].close()
        await server.close()


MODEL = ROOT / "models" / "cable.tar.gz"
MESSAGES = ["hello", "a Korean shopkeeper wants to go home", "she can barely make a living", "he's from Pyongyang",
            "no", "yes", "who sent this cable?", "what does gratis mean?", "quiz me", "asdfgh qwerty"]


@pytest.fixture(scope="module")
def agent():
    if not MODEL.exists():
        pytest.skip("no trained model: run `make train` (make test does)")
    from rasa.core.agent import Agent
    return Agent.load(str(MODEL))


async def _parse_and_predict(agent):
    from rasa.shared.core.events import ActionExecuted, UserUttered
    from rasa.shared.core.trackers import DialogueStateTracker
    results = []
    for text in MESSAGES:
        parsed = await agent.parse_message(text)
        tracker = DialogueStateTracker.from_events("speedups", [
            ActionExecuted("action_listen"), UserUttered(text, parsed["intent"], parsed["entities"], parsed)],
            agent.domain.slots)
        prediction = agent.processor._predict_next_with_tracker(tracker)
        results.append((parsed, prediction.policy_name, list(prediction.probabilities)))
    return results


async def test_the_model_gives_the_same_parses_and_predictions_with_the_per_message_fixes(agent):
    from rasa.engine.runner.dask import DaskGraphRunner
    expected = await _parse_and_predict(agent)
    stock_run = DaskGraphRunner.run
    with patches.applied("speedups.run_graphs_in_order", "speedups.join_sparse_features_directly",
                         "speedups.intent_features_directly", "speedups.copy_slots_directly",
                         "speedups.featurize_each_history_once"):
        assert DaskGraphRunner.run is not stock_run
        assert await _parse_and_predict(agent) == expected
    assert DaskGraphRunner.run is stock_run
    assert {parsed["intent"]["name"] for parsed, _, _ in expected} >= {"greet", "start_case", "affirm"}


def test_a_history_featurised_again_is_the_same_and_cannot_be_changed_through_the_other_copy(agent):
    from rasa.core.featurizers.tracker_featurizers import MaxHistoryTrackerFeaturizer
    from rasa.shared.core.events import ActionExecuted, SlotSet, UserUttered
    from rasa.shared.core.trackers import DialogueStateTracker
    events = [ActionExecuted("action_listen"), UserUttered("he is korean", {"name": "inform", "confidence": 1.0},
                                                           [{"entity": "nationality", "value": "korean"}]),
              ActionExecuted("case_form"), SlotSet("nationality", "korean"), ActionExecuted("action_listen"),
              UserUttered("yes", {"name": "affirm", "confidence": 1.0})]
    tracker = DialogueStateTracker.from_events("memo", events, agent.domain.slots)
    featurizer = MaxHistoryTrackerFeaturizer()
    expected = [featurizer.prediction_states([tracker], agent.domain, use_text)[0] for use_text in (True, False)]
    with patches.applied("speedups.featurize_each_history_once"):
        for _ in range(2):   # the second round is served from the remembered states
            got = [featurizer.prediction_states([tracker], agent.domain, use_text)[0] for use_text in (True, False)]
            assert got == expected
        tracker.update(ActionExecuted("case_form"))       # a new event: computed afresh
        assert len(featurizer.prediction_states([tracker], agent.domain, False)[0]) == len(expected[1]) + 1


def test_a_directly_copied_slot_is_what_copy_copy_gives(agent):
    import copy
    stock = [copy.copy(slot) for slot in agent.domain.slots]
    with patches.applied("speedups.copy_slots_directly"):
        ours = [copy.copy(slot) for slot in agent.domain.slots]
    assert len(ours) > 20
    for original, a, b in zip(agent.domain.slots, stock, ours, strict=True):
        assert type(a) is type(b) is type(original) and a.__dict__ == b.__dict__ and b is not original
        assert not hasattr(original, "__slots__") or not original.__slots__


def test_event_types_resolve_to_rasas_classes_also_after_a_new_event_class():
    from rasa.shared.core.events import Event, SlotSet
    from rasa.shared.utils.common import all_subclasses

    names = sorted({cls.type_name for cls in all_subclasses(Event)}) + ["no_such_event", "topic"]

    def resolved():
        out = {}
        for name in names:
            for default in (None, SlotSet):
                try:
                    out[name, default] = Event.resolve_by_type(name, default)
                except ValueError as e:
                    out[name, default] = str(e)
        return out

    stock = resolved()
    assert stock["slot", None] is SlotSet and stock["no_such_event", None] == "Unknown event name 'no_such_event'."
    with patches.applied("speedups.resolve_event_types_once"):
        assert resolved() == stock
        assert resolved() == stock     # from what was kept

        class LaterEvent(Event):       # defined after the classes were kept: found as Rasa finds it
            type_name = "later_event"

            def __eq__(self, other):
                return type(other) is type(self)

            def __hash__(self):
                return 0

            def as_story_string(self):
                return None

        assert Event.resolve_by_type("later_event") is LaterEvent
        assert {key: Event.resolve_by_type(*key) for key in stock if key[0] != "no_such_event"} == \
            {key: value for key, value in stock.items() if key[0] != "no_such_event"}
    assert Event.resolve_by_type("later_event") is LaterEvent     # Rasa's method, put back
    del LaterEvent      # other tests list the event classes: this one goes
    gc.collect()
    assert "later_event" not in {cls.type_name for cls in all_subclasses(Event)}


def test_the_ordered_runner_places_each_node_after_what_it_needs():
    from rasa.engine.graph import GraphSchema, SchemaNode

    def node(needs):
        return SchemaNode(needs=needs, uses=object, fn="f", constructor_name="c", config={})

    schema = GraphSchema({"c": node({"x": "b", "y": "a"}), "b": node({"x": "a"}), "a": node({"m": "__message__"})})
    plan = speedups._execution_order(schema)
    assert [name for name, _ in plan.steps] == ["a", "b", "c"]
    assert dict(plan.steps)["c"] == ("b", "a")
    with pytest.raises(ValueError, match="cycle"):
        speedups._execution_order(GraphSchema({"a": node({"x": "b"}), "b": node({"x": "a"})}))


async def test_once_the_model_is_loaded_start_up_objects_are_out_of_the_collectors_way(monkeypatch):
    import gc

    import rasa.core.run
    loaded = []

    async def load_agent_on_start(model_path, endpoints, remote_storage, app, loop):
        loaded.append(model_path)
        return "the agent"

    monkeypatch.setattr(rasa.core.run, "load_agent_on_start", load_agent_on_start)
    assert gc.get_freeze_count() == 0
    with patches.applied("speedups.freeze_what_start_up_loaded"):
        assert await rasa.core.run.load_agent_on_start("model.tar.gz", None, None, None, None) == "the agent"
        try:
            assert loaded == ["model.tar.gz"] and gc.get_freeze_count() > 10_000
        finally:
            gc.unfreeze()


def test_the_plain_python_check_gives_jsonschemas_verdict_on_each_part_of_the_response_schema():
    from jsonschema import validators
    from rasa.core.actions.action import RemoteAction

    from serving.schema_check import compile_check
    schema = RemoteAction.action_response_format_spec()
    item = schema["properties"]["events"]["items"]
    parts = [schema, {k: v for k, v in item.items() if k != "oneOf"}, *item["oneOf"]]
    parts[0] = {**schema, "properties": {k: v for k, v in schema["properties"].items() if k != "events"}}
    values = [None, True, 0, 1.5, "slot", "bot", [], [{}], [1], {}, {"event": "slot"},
              {"event": "slot", "name": "n", "value": None}, {"event": "slot", "name": 5, "value": 1},
              {"event": "bot", "timestamp": True}, {"event": "bot", "timestamp": 1.0, "metadata": None},
              {"event": "bot", "metadata": []}, {"responses": [{"text": "x"}]}, {"responses": [1]},
              {"responses": {}}, {"event": 3}]
    compiled = {"reply": compile_check(parts[0]), "any event": compile_check(parts[1]),
                **{part["properties"]["event"]["const"]: compile_check(part) for part in parts[2:]}}
    # the parts every action reply goes through are checked in plain Python
    everyday = ("reply", "any event", "slot", "bot", "followup", "action_execution_rejected")
    assert all(compiled[name] for name in everyday)
    for part in parts:
        check = compile_check(part)
        if check is None:
            continue
        full = validators.validator_for(schema)(part)
        for value in values:
            assert check(value) == full.is_valid(value), (part, value)
    assert compile_check({"type": "integer"}) is None and compile_check({"minLength": 1}) is None
