"""The understanding step inside the Rasa server (serving/routing.py): a graph component after the
classifier that corrects the intent from evidence, knowing where the conversation stands."""

from pathlib import Path

import numpy as np
import yaml
from rasa.shared.core.events import ActiveLoop, SlotSet
from rasa.shared.core.trackers import DialogueStateTracker
from rasa.shared.nlu.training_data.message import Message

from serving.routing import EvidenceRouter

ROOT = Path(__file__).resolve().parents[2]


def message(text, intent, confidence=0.8):
    ranking = [{"name": np.str_(intent), "confidence": confidence}, {"name": np.str_("ask_document"),
        "confidence": 0.1}]
    return Message(data={"text": text, "intent": {"name": np.str_(intent), "confidence": confidence},
                         "intent_ranking": ranking, "entities": []})


def routed(text, intent, tracker=None):
    msg = message(text, intent)
    EvidenceRouter().process([msg], tracker or DialogueStateTracker.from_events("t", []))
    return msg


def in_case_form(requested):
    return DialogueStateTracker.from_events("t", [ActiveLoop("case_form"), SlotSet("requested_slot", requested)])


def test_a_question_the_classifier_sent_elsewhere_reaches_the_knowledge_base():
    msg = routed("who wrote this thing", "help")
    assert msg.get("intent")["name"] == "ask_document"
    assert msg.get("intent_ranking")[0]["name"] == "ask_document"
    assert msg.get("routing")["classifier"]["name"] == "help" and msg.get("routing")["because"] == "a question"
    assert msg.get("reading")["kind"] == "question"
    assert {"intent", "intent_ranking", "routing", "reading"} <= set(msg.as_dict(only_output_properties=True))


def test_the_tracker_says_what_the_form_asked():
    # "korean?" answers the nationality question; outside the form it would be a question
    assert routed("korean?", "inform", in_case_form("nationality")).get("intent")["name"] == "inform"
    assert routed("whats the capital of france", "inform", in_case_form("nationality")).get("intent")["name"] \
        == "ask_document"


def test_intent_names_are_plain_strings_and_payloads_are_left_alone():
    msg = routed("a Korean shopkeeper wants to go home", "start_case")
    assert type(msg.get("intent")["name"]) is str and msg.get("routing") is None
    assert all(type(r["name"]) is str for r in msg.get("intent_ranking"))
    payload = routed("/start_case", "start_case")
    assert payload.get("reading") is None


def test_the_component_runs_after_the_classifier_and_its_fallback():
    names = [c["name"] for c in yaml.safe_load((ROOT / "config.yml").read_text())["pipeline"]]
    assert names[-2:] == ["FallbackClassifier", "serving.routing.EvidenceRouter"]


def test_a_message_read_before_in_the_same_situation_is_not_read_again(monkeypatch):
    import serving.routing as routing
    from understanding.reading import read
    first = routed("who wrote this thing?", "help")
    calls = []
    monkeypatch.setattr(routing, "read", lambda *a, **k: calls.append(a) or read(*a, **k))
    again = routed("who wrote this thing?", "help")
    assert calls == [] and again.as_dict(only_output_properties=True) == first.as_dict(only_output_properties=True)
    # another situation (the form asked for a nationality), other entities: read anew, as read() reads it
    in_form = routed("who wrote this thing?", "help", in_case_form("nationality"))
    assert len(calls) == 1 and in_form.get("reading") == read("who wrote this thing?", expecting="nationality",
                                                               entities=[]).summary()
    entities = [{"entity": "nationality", "value": "korean", "start": 0, "end": 6}]
    assert routing.reading_of("korean farmer", None, entities) == read("korean farmer", entities=entities)
    assert routing.reading_of("korean farmer", None, []) == read("korean farmer", entities=[])
    long = "who wrote this thing? " * 20     # long messages rarely recur: read each time, not kept
    before = len(calls)
    assert routed(long, "help").get("reading") == routed(long, "help").get("reading")
    assert len(calls) == before + 2
