"""The launcher's history and parsing fixes (serving/history.py, parsing.py) must give exactly
what Rasa gives: the same applied events, the same matching rules, the same parses."""

import json
import random
from pathlib import Path

import pytest

from serving import history, parsing

ROOT = Path(__file__).resolve().parents[2]
APPLIED_EVENTS = "rasa.shared.core.trackers:DialogueStateTracker.applied_events"
POSSIBLE_KEYS = "rasa.core.policies.rule_policy:RulePolicy._get_possible_keys"




def random_history(rng: random.Random, length: int) -> list:
    """Events of every kind `applied_events` treats specially, in random order: loops starting,
    running and rejected, reverts, restarts and session starts among ordinary turns."""
    from rasa.shared.core.events import (
        ActionExecuted,
        ActionExecutionRejected,
        ActionReverted,
        ActiveLoop,
        DefinePrevUserUtteredFeaturization,
        Restarted,
        SessionStarted,
        SlotSet,
        UserUtteranceReverted,
        UserUttered,
    )
    makers = [
        lambda: UserUttered("hi", {"name": rng.choice(["greet", "inform", "affirm"]), "confidence": 1.0}),
        lambda: ActionExecuted("action_listen"), lambda: ActionExecuted("action_listen"),
        lambda: ActionExecuted(rng.choice(["case_form", "quiz_form", "utter_greet", "action_assess_case"])),
        lambda: ActiveLoop(rng.choice(["case_form", "quiz_form", None])),
        lambda: SlotSet("nationality", rng.choice(["korean", None])),
        lambda: ActionExecutionRejected(rng.choice(["case_form", "quiz_form"])),
        lambda: DefinePrevUserUtteredFeaturization(False),
        lambda: ActionReverted(), lambda: UserUtteranceReverted(),
        lambda: Restarted(), lambda: SessionStarted(),
    ]
    weights = [6, 5, 5, 8, 3, 3, 1, 1, 1, 1, 0.5, 0.5]
    return [rng.choices(makers, weights)[0]() for _ in range(length)]


@pytest.mark.parametrize("seed", range(60))
def test_applied_events_are_rasas_at_every_step_of_a_growing_conversation(patched, seed):
    from rasa.shared.core.trackers import DialogueStateTracker
    stock = patched[APPLIED_EVENTS]
    history.apply_events_incrementally(memory=4)
    rng = random.Random(seed)
    tracker = DialogueStateTracker("growing", [])
    for event in random_history(rng, rng.randint(5, 80)):
        tracker.update(event)
        assert [id(e) for e in tracker.applied_events()] == [id(e) for e in stock(tracker)]
        if rng.random() < 0.2:     # Rasa's copies share the events; a shorter copy is computed afresh
            back = DialogueStateTracker.from_events("growing", list(tracker.events)[:rng.randint(1,
                len(tracker.events))])
            assert [id(e) for e in back.applied_events()] == [id(e) for e in stock(back)]
            copy = tracker.copy()
            assert [id(e) for e in copy.applied_events()] == [id(e) for e in stock(tracker)]


def test_a_loop_named_for_the_first_time_late_in_a_conversation_is_applied_as_rasa_applies_it(patched):
    # Its name changes how every earlier execution of that action counts, so nothing is carried over.
    from rasa.shared.core.events import ActionExecuted, ActiveLoop, UserUttered
    from rasa.shared.core.trackers import DialogueStateTracker
    stock = patched[APPLIED_EVENTS]
    history.apply_events_incrementally()
    tracker = DialogueStateTracker("late", [])
    for event in [ActionExecuted("action_listen"), UserUttered("x", {"name": "inform"}), ActionExecuted("case_form"),
                  ActionExecuted("action_listen"), UserUttered("y", {"name": "inform"}), ActionExecuted("case_form")]:
        tracker.update(event)
    before = tracker.applied_events()
    tracker.update(ActiveLoop("case_form"))
    after = tracker.applied_events()
    assert [id(e) for e in after] == [id(e) for e in stock(tracker)]
    assert len(after) < len(before) + 1       # the earlier form turns now count as one loop run


@pytest.fixture(scope="module")
def rule_policy():
    model = ROOT / "models" / "cable.tar.gz"
    if not model.exists():
        pytest.skip("no trained model: run `make train` (make test does)")
    from rasa.core.agent import Agent
    from rasa.core.policies.rule_policy import RulePolicy
    agent = Agent.load(str(model))
    components = [node._component for node in agent.processor.graph_runner._instantiated_nodes.values()]
    return next(component for component in components if isinstance(component, RulePolicy))


def conversation_states(policy, rng: random.Random, count: int) -> list:
    """State sequences shaped like conversations: the states of the model's own rules, cut, crossed
    with each other's latest steps and with slots, intents and previous actions swapped around."""
    from rasa.core.policies.rule_policy import RULES, RULES_FOR_LOOP_UNHAPPY_PATH
    rule_states = [[{kind: {k: tuple(v) if isinstance(v, list) else v for k, v in sub.items()}
                     for kind, sub in state.items()} for state in json.loads(key)]
                   for lookup in (RULES, RULES_FOR_LOOP_UNHAPPY_PATH) for key in policy.lookup[lookup]]
    every_step = [step for states in rule_states for step in states]
    sequences = []
    for _ in range(count):
        states = list(rng.choice(rule_states))
        if rng.random() < 0.5:
            states = states[:rng.randint(1, len(states))]
        for _ in range(rng.randint(0, 3)):
            states.insert(0, rng.choice(every_step))
        if rng.random() < 0.5:
            mixed = dict(states[-1])
            donor = rng.choice(every_step)
            kind = rng.choice(list(donor))
            mixed[kind] = donor[kind]
            states[-1] = mixed
        sequences.append([{kind: dict(sub) for kind, sub in state.items()} for state in states])
    return sequences


def test_the_rules_that_match_are_rasas_for_every_kind_of_state(patched, rule_policy):
    from rasa.core.policies.rule_policy import RULES, RULES_FOR_LOOP_UNHAPPY_PATH, RulePolicy
    rng = random.Random(7)
    sequences = conversation_states(rule_policy, rng, 1500)
    lookups = [rule_policy.lookup[RULES], rule_policy.lookup[RULES_FOR_LOOP_UNHAPPY_PATH]]
    expected = [[rule_policy._get_possible_keys(lookup, states) for lookup in lookups] for states in sequences]
    history.match_rules_from_parsed_keys()
    assert RulePolicy._get_possible_keys is not patched[POSSIBLE_KEYS]
    got = [[rule_policy._get_possible_keys(lookup, states) for lookup in lookups] for states in sequences]
    assert got == expected
    assert sum(bool(keys[0]) for keys in expected) > 500, "too few state sequences matched any rule"
    assert rule_policy._get_possible_keys(lookups[0], []) == set(lookups[0])


def test_a_domain_is_told_empty_or_not_as_rasa_tells_it_and_asked_only_once(patched, monkeypatch):
    from rasa.shared.core.domain import Domain
    loaded = Domain.load(str(ROOT / "domain.yml"))
    parsing.check_domain_emptiness_once()
    assert loaded.is_empty() is False and Domain.empty().is_empty() is True
    built = []
    stock_empty = Domain.empty
    monkeypatch.setattr(Domain, "empty", classmethod(lambda cls: built.append(1) or stock_empty.__func__(cls)))
    assert loaded.is_empty() is False
    assert built == []


async def test_column_ready_intent_weights_give_the_same_parses_to_the_last_digit(patched, rule_policy):
    # rule_policy: only for its skip when there is no trained model
    from rasa.core.agent import Agent
    texts = ["hello", "yes", "no", "who sent this cable?", "what does gratis mean?", "she can barely make a living",
             "he's from Pyongyang", "asdf qwerty"]
    stock_agent = Agent.load(str(ROOT / "models" / "cable.tar.gz"))
    expected = [json.dumps(await stock_agent.parse_message(t), sort_keys=True) for t in texts]
    parsing.keep_intent_weights_column_ready()     # before loading: the model's graph binds `process` then
    agent = Agent.load(str(ROOT / "models" / "cable.tar.gz"))
    assert [json.dumps(await agent.parse_message(t), sort_keys=True) for t in texts] == expected
    classifiers = [node._component for node in agent.processor.graph_runner._instantiated_nodes.values()
                   if type(node._component).__name__ == "LogisticRegressionClassifier"]
    assert classifiers and all(c.clf.coef_.flags.f_contiguous for c in classifiers)
