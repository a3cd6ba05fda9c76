"""Actions that answer from the knowledge base, always with the source."""

import logging
import threading
from typing import Dict, List, Optional, Text

from rasa_sdk import Action, Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions import presenters
from actions.case_form import latest_text
from actions.teaching_common import rating_buttons  # 👍/👎 under answers in the web widget
from knowledge import KnowledgeBase

logger = logging.getLogger(__name__)
_kb: Optional[KnowledgeBase] = None
_kb_lock = threading.Lock()
# Below this, a low-confidence message is not treated as a question about the document.
# On the scale of knowledge THRESHOLD 0.3: from 0.45 up, 98% of dev-set answers are right
# and no unanswerable, held-out or off-topic question is answered.
FALLBACK_MIN_SCORE = 0.45


def knowledge_base() -> KnowledgeBase:
    """Opened on first use (not at import), then shared by every request."""
    global _kb
    with _kb_lock:
        if _kb is None:
            _kb = KnowledgeBase.open()
    return _kb


def cite(answer) -> str:
    sources = ", ".join(presenters.link(s["title"], s["url"]) for s in answer.sources)
    return f"Evidence: {answer.evidence}. Source: {sources}"


def suggestions_text(suggestions: List[str]) -> str:
    return "I can answer, for example:\n" + "\n".join(f'- "{presenters.safe(s)}"' for s in suggestions)


def answer_message(answer) -> str:
    """The reply for a knowledge-base answer: the answer, its evidence type and its source."""
    if answer.answered:
        text = f"{presenters.safe(answer.answer)}\n{cite(answer)}"
        if answer.detail:
            text += '\n(Say "tell me more" for the longer explanation.)'
        return text
    lines = [presenters.safe(answer.answer)]
    if answer.sources:
        lines.append(cite(answer))
    lines.append(suggestions_text(answer.suggestions))
    return "\n".join(lines)


class ActionAnswerQuestion(Action):
    def name(self) -> Text:
        return "action_answer_question"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict) -> List[Dict]:
        question = latest_text(tracker)
        answer = knowledge_base().ask(question)
        dispatcher.utter_message(text=answer_message(answer), buttons=rating_buttons(tracker) or [])
        return [SlotSet("last_kb_entry", answer.entry_id if answer.answered else None)]


class ActionTellMeMore(Action):
    def name(self) -> Text:
        return "action_tell_me_more"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict) -> List[Dict]:
        entry_id = tracker.get_slot("last_kb_entry")
        kb = knowledge_base()
        entry = kb.get(entry_id) if entry_id else None
        if entry is None:
            dispatcher.utter_message(
                text="Tell you more about what? Ask me a question about the document first.\n"
                     + suggestions_text(kb.suggestions(3)))
            return []
        source = kb.source_of(entry_id)
        if entry.detail:
            text = presenters.safe(entry.detail)
        else:
            text = "That is all the sources here say about it."
        citation = f"\nEvidence: {entry.evidence}."
        if source:
            citation += f" Source: {presenters.link(source['title'], source['url'])}"
        dispatcher.utter_message(text=text + citation + "\n" + suggestions_text(kb.suggestions(2, exclude=[entry_id])),
                                 buttons=rating_buttons(tracker) or [])
        return []


class ActionListRelatedDocuments(Action):
    def name(self) -> Text:
        return "action_list_related_documents"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict) -> List[Dict]:
        kb = knowledge_base()
        lines = ["Documents related to the cable, by date:"]
        for doc in kb.related_documents():
            lines.append(f"- {doc.date}: {presenters.safe(doc.answer)}")
        lines.append('Ask about any of them for its source, or say "tell me more".')
        dispatcher.utter_message(text="\n".join(lines))
        return []


class ActionHandleFallback(Action):
    """Low confidence: maybe it was a question about the document; otherwise, say what I can do."""

    def name(self) -> Text:
        return "action_handle_fallback"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict) -> List[Dict]:
        text = latest_text(tracker)
        answer = knowledge_base().ask(text) if text else None
        if answer is not None and answer.answered and answer.score >= FALLBACK_MIN_SCORE:
            dispatcher.utter_message(text=answer_message(answer), buttons=rating_buttons(tracker) or [])
            return [SlotSet("last_kb_entry", answer.entry_id)]
        dispatcher.utter_message(text=presenters.NOT_UNDERSTOOD)
        return []
