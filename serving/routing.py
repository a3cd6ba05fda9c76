"""The understanding step inside the Rasa server: an NLU component that routes by evidence.

Named in config.yml after the intent classifier (`serving.routing.EvidenceRouter`). For every
message it reads the text once with `understanding.reading` (knowing what the assistant is waiting
for: the tracker says which form is active and what it asked) and lets `understanding.routing`
correct the classifier's intent from that evidence. The corrected intent leads the ranking; the
classifier's guess and the reason stay in the parse data under "routing", and the reading's digest
under "reading", so the actions see what the server understood.

A plug-in, not a patch: Rasa's recipe registers it like its own components (a graph component that
is not trained), so it does not appear in serving/patches.py. Button payloads ("/intent") are left to
Rasa. It costs a few regular expressions per message: no model, no database; a message read before
in the same situation ("yes", "no", "hello", a button's text) is not read again (`reading_of`).
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.nlu.classifiers.classifier import IntentClassifier
from rasa.shared.core.trackers import DialogueStateTracker
from rasa.shared.nlu.constants import (
    ENTITIES,
    INTENT,
    INTENT_NAME_KEY,
    INTENT_RANKING_KEY,
    PREDICTED_CONFIDENCE_KEY,
    TEXT,
)
from rasa.shared.nlu.training_data.message import Message

from understanding.reading import Reading, read
from understanding.remember import EntitiesKey
from understanding.routing import Situation, route

# The confidence of an intent chosen by evidence (the classifier's, if it was higher).
EVIDENCE_CONFIDENCE = 0.9
# Readings remembered by (text, what the assistant expects, entities): a reading depends on nothing
# else, and many messages recur ("yes", "no", "skip", the suggested questions, buttons' texts). Only
# short ones: those are the ones that recur, and the memory stays small (a few MB at most).
READINGS_REMEMBERED = 2048
REMEMBERED_CHARS = 200


@lru_cache(maxsize=READINGS_REMEMBERED)
def _reading(text: str, expecting: str | None, entities: EntitiesKey) -> Reading:
    return read(text, expecting=expecting, entities=entities.value)


def reading_of(text: str, expecting: str | None, entities: list[dict[str, Any]] | None) -> Reading:
    """`understanding.reading.read(text, expecting, entities)`, remembered. The reading is shared by
    every message it was remembered for: it is only read, never changed."""
    if len(text) > REMEMBERED_CHARS:
        return read(text, expecting=expecting, entities=entities)
    return _reading(text, expecting, EntitiesKey(entities))


def situation_of(tracker: DialogueStateTracker | None) -> Situation:
    if tracker is None:
        return Situation()
    return Situation(loop=tracker.active_loop_name, requested=tracker.get_slot("requested_slot"),
                     assessed=tracker.get_slot("outcome") is not None)


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER, is_trainable=False)
class EvidenceRouter(GraphComponent, IntentClassifier):
    """Corrects the classifier's intent from what the message plainly says (understanding.routing)."""

    @classmethod
    def required_components(cls) -> list[type]:
        return [IntentClassifier]

    @classmethod
    def create(cls, config: dict[str, Any], model_storage: ModelStorage, resource: Resource,
               execution_context: ExecutionContext) -> EvidenceRouter:
        return cls()

    def process(self, messages: list[Message], tracker: DialogueStateTracker) -> list[Message]:
        situation = situation_of(tracker)
        for message in messages:
            self._route(message, situation)
        return messages

    @staticmethod
    def _route(message: Message, situation: Situation) -> None:
        text = message.get(TEXT) or ""
        intent = message.get(INTENT) or {}
        name = intent.get(INTENT_NAME_KEY)
        if not text or text.startswith("/") or name is None:
            return
        # Plain strings: the classifier gives numpy strings, which Rasa's story export cannot write.
        intent = {**intent, INTENT_NAME_KEY: str(name)}
        message.set(INTENT, intent, add_to_output=True)
        message.set(INTENT_RANKING_KEY, [{**r, INTENT_NAME_KEY: str(r.get(INTENT_NAME_KEY))}
                                         for r in message.get(INTENT_RANKING_KEY) or []], add_to_output=True)
        reading = reading_of(text, situation.expecting, message.get(ENTITIES))
        chosen = route(reading, str(name), situation)
        message.set("reading", reading.summary(), add_to_output=True)
        if not chosen.changed:
            return
        ranking = [r for r in message.get(INTENT_RANKING_KEY) or [] if r.get(INTENT_NAME_KEY) != chosen.intent]
        before = next((r.get(PREDICTED_CONFIDENCE_KEY, 0.0) for r in message.get(INTENT_RANKING_KEY) or []
                       if r.get(INTENT_NAME_KEY) == chosen.intent), 0.0)
        new = {INTENT_NAME_KEY: chosen.intent, PREDICTED_CONFIDENCE_KEY: max(before, EVIDENCE_CONFIDENCE)}
        message.set(INTENT, new, add_to_output=True)
        message.set(INTENT_RANKING_KEY, [new] + ranking, add_to_output=True)
        classifier = {INTENT_NAME_KEY: str(name),
            PREDICTED_CONFIDENCE_KEY: float(intent.get(PREDICTED_CONFIDENCE_KEY) or 0)}
        message.set("routing", {"classifier": classifier, "because": chosen.because,   # plain types: stories export
                                "alternatives": list(chosen.alternatives)}, add_to_output=True)
