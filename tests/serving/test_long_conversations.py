"""The fixes for long conversations (serving/long_conversations.py) give exactly what Rasa gives:
the same tracker copies at every step of growing histories, the same prediction states, the same
predictions in real conversations, and the same answer from every action when it is sent only the
recent events."""

import asyncio
import dataclasses
import json
import logging
import os
import random
import uuid
from pathlib import Path

import pytest

from serving import action_server, history, long_conversations, patches

ROOT = Path(__file__).resolve().parents[2]
MODEL = ROOT / "models" / "cable.tar.gz"
COPY = "rasa.shared.core.trackers:DialogueStateTracker.copy"
TEMPORARY = "rasa.core.actions.forms:FormAction._temporary_tracker"
CALL_FORMAT = "rasa.core.actions.action:RemoteAction._action_call_format"




@pytest.fixture(scope="module")
def domain():
    from rasa.shared.core.domain import Domain
    return Domain.load(str(ROOT / "domain.yml"))


def random_events(rng: random.Random, domain, length: int) -> list:
    """Events of every kind a tracker's state depends on, in random order: messages (with how
    they were featurised), bot replies, actions, slots of every kind, loops starting, interrupted
    and rejected, follow-ups, pauses, resets, reverts, restarts and session starts."""
    from rasa.shared.core.events import (
        ActionExecuted,
        ActionExecutionRejected,
        ActionReverted,
        ActiveLoop,
        AllSlotsReset,
        BotUttered,
        ConversationPaused,
        ConversationResumed,
        DefinePrevUserUtteredFeaturization,
        FollowupAction,
        LoopInterrupted,
        Restarted,
        SessionStarted,
        SlotSet,
        UserUtteranceReverted,
        UserUttered,
    )
    slots = [slot.name for slot in domain.slots]
    values = [None, True, False, "korean", 3.0, {"n": 2, "done": False}, ["a", "b"]]
    forms = ["case_form", "quiz_form", "analysis_form"]
    makers = [
        (8, lambda: UserUttered(rng.choice(["hi", "no", "who sent it?"]),
                                {"name": rng.choice(["greet", "deny", "ask_document"]), "confidence": 0.9},
                                [{"entity": "nationality", "value": "korean"}] if rng.random() < 0.3 else [])),
        (10, lambda: ActionExecuted("action_listen")),
        (10, lambda: ActionExecuted(rng.choice(forms + ["utter_greet", "action_assess_case"]),
                                    hide_rule_turn=rng.random() < 0.2)),
        (5, lambda: BotUttered(rng.choice(["Hello", "Which nationality?"]), {"buttons": []})),
        (8, lambda: SlotSet(rng.choice(slots), rng.choice(values))),
        (3, lambda: ActiveLoop(rng.choice(forms + [None]))),
        (1, lambda: ActionExecutionRejected(rng.choice(forms))),
        (1, lambda: LoopInterrupted(rng.random() < 0.5)),
        (1, lambda: FollowupAction("action_listen")),
        (0.5, lambda: ConversationPaused()), (0.5, lambda: ConversationResumed()),
        (0.5, lambda: AllSlotsReset()), (0.7, lambda: ActionReverted()), (0.7, lambda: UserUtteranceReverted()),
        (0.3, lambda: Restarted()), (0.3, lambda: SessionStarted()),
    ]
    weights, kinds = zip(*makers, strict=True)
    events = []
    for _ in range(length):
        events.append(rng.choices(kinds, weights)[0]())
        # As the processor logs it: how the message was featurised, before the next action.
        if isinstance(events[-1], UserUttered) and rng.random() < 0.7:
            events.append(DefinePrevUserUtteredFeaturization(rng.random() < 0.3))
    return events


def described(tracker, fresh_tail: int = 0) -> dict:
    """Everything a tracker is, with events and slot values by identity (a replay shares them);
    the last `fresh_tail` events, made anew on each side, by content."""
    from rasa.shared.core.slots import ListSlot
    events = list(tracker.events)
    kept = len(events) - fresh_tail

    def message(value):
        if value is None:
            return None
        if any(value is e for e in events):
            return ("event", id(value))
        return ("new", value.as_dict().get("text"), getattr(value, "use_text_for_featurization", None))

    return {
        "events": [id(e) for e in events[:kept]] + [
            {k: v for k, v in e.as_dict().items() if k != "timestamp"} for e in events[kept:]],
        "attributes": sorted(name for name in vars(tracker) if not name.startswith("_serving")),
        # A list slot set to a single value wraps it in a list made anew on every replay: equal, not the same.
        "slots": {name: (type(slot), slot.value if isinstance(slot, ListSlot) else id(slot.value),
                         {k: v for k, v in vars(slot).items() if k != "_value"})
                  for name, slot in tracker.slots.items()},
        "latest_message": message(tracker.latest_message),
        "latest_bot_utterance": message(tracker.latest_bot_utterance),
        "active_loop": dataclasses.asdict(tracker.active_loop) if tracker.active_loop else None,
        **{name: getattr(tracker, name) for name in (
            "sender_id", "sender_source", "is_rule_tracker", "_paused", "followup_action", "latest_action",
            "model_id", "assistant_id", "_max_event_history")},
    }


@pytest.mark.parametrize("seed", range(40))
def test_a_copy_from_the_state_is_rasas_copy_at_every_step_of_a_growing_conversation(patched, domain, seed):
    from rasa.shared.core.trackers import DialogueStateTracker
    stock_copy = patched[COPY]
    long_conversations.copy_trackers_from_their_state()
    rng = random.Random(seed)
    tracker = DialogueStateTracker(f"growing-{seed}", domain.slots)
    tracker.model_id = "a-model"            # the processor sets these; a copy has neither
    made = 0
    for event in random_events(rng, domain, rng.randint(20, 150)):
        tracker.update(event)
        ours = long_conversations.copy_from_state(tracker)
        expected = stock_copy(tracker)
        if ours is None:        # right after a revert: the fix replays, as Rasa does
            assert tracker.copy().__dict__.keys() - {"_serving_scanned"} == expected.__dict__.keys()
            continue
        made += 1
        assert described(ours) == described(expected)
        # the copy is a tracker of its own: the same events applied to both copies agree again
        for later in random_events(rng, domain, 3):
            ours.update(later)
            expected.update(later)
        assert described(ours) == described(expected)
        assert described(tracker, 0)["events"] != described(ours)["events"] or not ours.events
    assert made > 10


@pytest.mark.parametrize("seed", range(20))
def test_the_action_limit_is_rasas_at_every_step_of_a_growing_conversation(patched, domain, seed):
    from rasa.core.processor import MessageProcessor
    from rasa.shared.core.events import ActionExecuted
    from rasa.shared.core.trackers import DialogueStateTracker
    stock = patched["rasa.core.processor:MessageProcessor.is_action_limit_reached"]
    long_conversations.count_actions_from_the_end()
    rng = random.Random(seed)
    processor = MessageProcessor.__new__(MessageProcessor)     # only its limit is read
    tracker = DialogueStateTracker(f"limit-{seed}", domain.slots)
    reached = set()
    for event in random_events(rng, domain, rng.randint(50, 200)):
        tracker.update(event)
        if rng.random() < 0.1:
            tracker.update(ActionExecuted("action_session_start"))
        for limit in (1, 2, 3, 10):
            processor.max_number_of_predictions = limit
            for another in (True, False):
                expected = stock(processor, tracker, another)
                assert processor.is_action_limit_reached(tracker, another) is expected
                reached.add(expected)
    assert reached == {True, False}


@pytest.mark.parametrize("seed", range(20))
def test_a_forms_temporary_tracker_is_rasas_at_every_step(patched, domain, seed):
    from rasa.core.actions.forms import FormAction
    from rasa.shared.core.events import SlotSet
    from rasa.shared.core.trackers import DialogueStateTracker
    stock = patched[TEMPORARY]
    long_conversations.form_trackers_from_copies()
    form = FormAction("case_form", None)
    rng = random.Random(seed)
    tracker = DialogueStateTracker(f"form-{seed}", domain.slots)
    for event in random_events(rng, domain, rng.randint(20, 120)):
        tracker.update(event)
        candidates = [SlotSet(rng.choice(["nationality", "group"]), rng.choice(["korean", "farmer", None]))]
        expected = stock(form, tracker, candidates, domain)
        ours = form._temporary_tracker(tracker, candidates, domain)
        assert described(ours, fresh_tail=3) == described(expected, fresh_tail=3)


@pytest.mark.parametrize("seed", range(30))
def test_the_window_of_states_is_the_end_of_rasas_states_at_every_step(patched, domain, seed):
    # One tracker grows, so each call continues from the last one's prior trackers, through
    # loops undone, reverts, restarts and session starts.
    from rasa.shared.core.trackers import DialogueStateTracker
    history.apply_events_incrementally()
    rng = random.Random(seed)
    tracker = DialogueStateTracker(f"states-{seed}", domain.slots)
    for event in random_events(rng, domain, rng.randint(30, 200)):
        tracker.update(event)
        window = rng.choice([1, 2, 5, 9])
        got = long_conversations.window_states(domain, tracker, window)
        expected = domain.states_for_tracker_history(tracker)[-window:]
        assert got == expected


@pytest.mark.parametrize("seed", range(20))
def test_the_window_of_states_is_rasas_when_the_replay_keeps_only_the_latest_events(patched, domain, seed,
                                                                                    monkeypatch):
    # A short search makes the replayed trackers drop their older events within these histories.
    from rasa.shared.core.trackers import DialogueStateTracker
    monkeypatch.setattr(long_conversations, "LATEST_EVENT_SEARCH", 12)
    history.apply_events_incrementally()
    rng = random.Random(seed)
    tracker = DialogueStateTracker(f"tail-{seed}", domain.slots)
    computed = 0
    for event in random_events(rng, domain, rng.randint(150, 300)):
        tracker.update(event)
        window = rng.choice([1, 2, 5, 9])
        got = long_conversations.window_states(domain, tracker, window)
        if got is not None:     # None: no user message within the search, and Rasa's method runs
            computed += 1
            assert got == domain.states_for_tracker_history(tracker)[-window:]
    priors = [prior for _, prior, _ in tracker.__dict__[long_conversations.STATES_MEMO][1]]
    assert computed > 10 and max((len(prior.events) for prior in priors), default=0) <= 2 * 13


@pytest.mark.parametrize("debug", [False, True])
def test_rule_states_are_formatted_exactly_when_debug_logs_show_them(patched, debug):
    from rasa.core.policies.policy import Policy
    from rasa.core.policies.rule_policy import RulePolicy
    states = [{"user": {"intent": "greet"}, "prev_action": {"action_name": "action_listen"}}]
    logger = logging.getLogger(RulePolicy.__module__)
    level = logger.level
    long_conversations.format_states_only_for_debug_logs()
    try:
        logger.setLevel(logging.DEBUG if debug else logging.INFO)
        text = RulePolicy.format_tracker_states(states)
    finally:
        logger.setLevel(level)
    assert (text == Policy.format_tracker_states(states)) is debug
    assert "greet" in Policy.format_tracker_states(states)     # other policies format as before


# --- a real conversation: the lesson and every scripted scenario, in-process -------------------------

@pytest.fixture(scope="module")
def played(tmp_path_factory):
    """Plays one round of the lesson and every end-to-end scenario through the model with all the
    launcher's patches and the real action server, and records each action call (the whole
    tracker Rasa would send and what is sent) and each RulePolicy prediction with and without
    the bounded featurisation."""
    if not MODEL.exists():
        pytest.skip("no trained model: run `make train` (make test does)")

    from bench import lesson, procs
    from knowledge import KnowledgeBase
    from tests.e2e.scenarios import SCENARIOS

    scratch = tmp_path_factory.mktemp("played")
    database = f"sqlite:///{scratch / 'app.db'}"
    KnowledgeBase.open(database)      # builds the knowledge base the answers come from
    with patches.restored() as stock:   # Rasa's own methods, before the launcher's patches
        pass
    launcher = [p for p in patches.for_command("run") if p.kind == patches.SPEED]
    patches.apply(launcher)
    from rasa.core.actions.action import RemoteAction
    from rasa.core.policies.policy import Policy
    from rasa.core.policies.rule_policy import RulePolicy
    calls, predictions = [], []
    sending, predicting = RemoteAction._action_call_format, RulePolicy.predict_action_probabilities

    def recording(self, tracker, domain):
        sent = sending(self, tracker, domain)
        calls.append((stock[CALL_FORMAT](self, tracker, domain), sent))
        return sent

    def comparing(self, tracker, domain, *args, **kwargs):
        got = predicting(self, tracker, domain, *args, **kwargs)
        bounded = RulePolicy._prediction_states
        RulePolicy._prediction_states = Policy._prediction_states     # Rasa's: RulePolicy inherits it
        try:
            expected = predicting(self, tracker, domain, *args, **kwargs)
        finally:
            RulePolicy._prediction_states = bounded
        predictions.append(tuple((p.probabilities, [e.as_dict() for e in p.events], p.policy_name,
                                  p.is_end_to_end_prediction, p.is_no_user_prediction, p.action_metadata)
                                 for p in (got, expected)))
        return got

    async def play(action_url: str) -> None:
        from rasa.core.agent import load_agent
        from rasa.core.utils import AvailableEndpoints

        from serving.endpoints import endpoints_yaml
        endpoints = scratch / "endpoints.yml"
        endpoints.write_text(endpoints_yaml(f"{action_url}/webhook", scratch / "tracker.db"))
        # This in-process Rasa reads endpoints.yml's ${ACTION_TOKEN}: the one the action server was given.
        os.environ[action_server.TOKEN_VAR] = procs.BASE_ENV[action_server.TOKEN_VAR]
        agent = await load_agent(model_path=str(MODEL), endpoints=AvailableEndpoints.read_endpoints(str(endpoints)))
        scripts = [[turn.text for turn in lesson.LESSON]] + [[text for text, _ in s.turns] for s in SCENARIOS] + [
            # the two actions no scenario reaches: a prisoner of war's family question, and a fallback
            ["a Korean prisoner of war", "yes he wants to go home", "no", "no", "no", "no", "no", "yes"],
            ["qwxz vbnm plkj", "hello", "zzzz"]]
        for script in scripts:
            sender = f"played-{uuid.uuid4().hex[:8]}"
            for text in script:
                await agent.handle_text(text, sender_id=sender)
        kept = agent.action_endpoint.__dict__.get("_kept_session")
        if kept:
            await kept[1].close()

    action = procs.start_action_server({"DATABASE_URL": database}, scratch / "action.log")
    RemoteAction._action_call_format, RulePolicy.predict_action_probabilities = recording, comparing
    try:
        asyncio.run(play(action.url))
    finally:
        RemoteAction._action_call_format, RulePolicy.predict_action_probabilities = sending, predicting
        patches.undo([p.name for p in launcher])
        action.stop()
    os.environ.setdefault("DATABASE_URL", database)
    return {"calls": calls, "predictions": predictions, "database": database}


def test_rule_policy_predicts_as_rasa_does_at_every_step_of_a_long_conversation(played):
    assert len(played["predictions"]) > 300
    for got, expected in played["predictions"]:
        assert got == expected


def test_the_recent_events_are_the_end_of_what_rasa_sends_and_the_rest_is_unchanged(played):
    for full, sent in played["calls"]:
        events = full["tracker"]["events"]
        assert sent["tracker"]["events"] == events[len(events) - len(sent["tracker"]["events"]):]
        assert {**sent, "tracker": {**sent["tracker"], "events": None}} == \
            {**full, "tracker": {**full["tracker"], "events": None}}
        users = [e for e in sent["tracker"]["events"] if e["event"] == "user"]
        assert len(users) == min(2, sum(e["event"] == "user" for e in events))
        if len(users) == 2:
            assert sent["tracker"]["events"][0]["event"] == "user"
        else:
            assert sent["tracker"]["events"] == events


def test_every_action_answers_the_recent_events_as_it_answers_the_whole_history(played, monkeypatch):
    import yaml
    from rasa_sdk.executor import ActionExecutor

    monkeypatch.setenv("DATABASE_URL", played["database"])
    executor = ActionExecutor()
    executor.register_package("actions")
    custom = {name for name in yaml.safe_load((ROOT / "domain.yml").read_text())["actions"]}
    called = {full["next_action"] for full, _ in played["calls"]}
    assert custom - called == set(), "the played conversations never call these actions"

    async def answer(call):
        return await executor.run(json.loads(json.dumps(call)))

    for full, sent in played["calls"]:
        with_recent = asyncio.run(answer(sent))
        with_all = asyncio.run(answer(full))
        assert with_recent == with_all, full["next_action"]
