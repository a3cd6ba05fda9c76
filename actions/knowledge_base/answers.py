"""Actions that answer from the knowledge base, always with the source (wording: actions.presenters).

Each uses all the knowledge base says: one sourced answer per part of a multi-part question; for a
decline, which kind of "no" it is: "Did you mean ...?" with the closest entries as buttons when the
question was not understood, "the sources do not say" and what they do say nearby when it was. A
message that reads both as a case and as a question is asked about, with buttons (the fallback);
small talk and questions about the lesson get their own reply (the off-topic action).
"""

import logging
import threading

from rasa_sdk import Action, Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions import presenters
from actions.classroom.session import rating_buttons  # 👍/👎 under answers in the web widget
from actions.tracker import CLARIFIES, DomainDict, Events, latest_text, parsed
from knowledge import KnowledgeBase
from knowledge.answers import NOT_IN_SOURCES, NOT_UNDERSTOOD
from teaching import misconceptions
from understanding.reading import read

logger = logging.getLogger(__name__)
_kb: KnowledgeBase | None = None
_kb_lock = threading.Lock()
# What a judgement ("was this fair?") can be weighed with: who could leave, who was kept, how binding it was.
JUDGEMENT_ENTRIES = ("doc_summary", "interp_technical_leave", "interp_advisory_guidance")


def knowledge_base() -> KnowledgeBase:
    """Opened on first use (not at import), then shared by every request."""
    global _kb
    with _kb_lock:
        if _kb is None:
            _kb = KnowledgeBase.open()
    return _kb


def _asks(tracker: Tracker, text: str) -> bool:
    """A question ("is the archive still open?") is answered; a claim is corrected."""
    summary = parsed(tracker, "reading")
    return (summary.get("kind") if summary else read(text).kind) == "question"


def _evaluative(tracker: Tracker, text: str) -> bool:
    summary = parsed(tracker, "reading")
    return bool(summary.get("evaluative")) if summary else read(text).evaluative


def reply_from_sources(dispatcher: CollectingDispatcher, tracker: Tracker, decline: str) -> str | None:
    """Answer the latest message from the knowledge base: every part with its source; when it cannot,
    say which kind of "no" it is (a judgement, not in the sources, not understood) and end with
    `decline` when there is nothing better to say. Returns the entry that answered, if any."""
    text = latest_text(tracker)
    kb = knowledge_base()
    answer = kb.ask(text) if text else None
    correction = misconceptions.corrected(text) if text and not _asks(tracker, text) else None
    if correction:      # "i thought china joined the war in june": a claim the sources correct
        dispatcher.utter_message(text=correction)
        return answer.entry_id if answer is not None and answer.answered else None
    if answer is not None and answer.answered:
        dispatcher.utter_message(text=presenters.answer_message(answer), buttons=rating_buttons(tracker) or [])
        return answer.entry_id
    if answer is None:
        dispatcher.utter_message(text=decline)
        return None
    if _evaluative(tracker, text):
        questions = [entry.questions[0] for e in JUDGEMENT_ENTRIES if (entry := kb.get(e))]
        message, buttons = presenters.judgement_message(questions)
        dispatcher.utter_message(text=message, buttons=buttons)
    elif answer.entry_id or any(p.get("entry_id") for p in answer.parts):   # a "sources do not say" entry
        dispatcher.utter_message(text=presenters.answer_message(answer))
    elif answer.reason == NOT_IN_SOURCES and answer.nearby and decline != presenters.NOT_UNDERSTOOD:
        # (a message the classifier could not read at all is not "understood" because ask found a neighbour)
        near = answer.nearby[0]
        dispatcher.utter_message(text=presenters.nearby_message(answer, near, kb.source_of(near["entry_id"])))
    elif answer.reason == NOT_UNDERSTOOD and answer.did_you_mean:
        message, buttons = presenters.did_you_mean([d["question"] for d in answer.did_you_mean])
        if decline == presenters.NOT_UNDERSTOOD:
            message = decline + "\n" + message.split("\n", 1)[1]
        dispatcher.utter_message(text=message, buttons=buttons)
    elif decline == presenters.NOT_UNDERSTOOD or (
            answer.reason == NOT_UNDERSTOOD and answer.score < kb.off_topic_floor):
        dispatcher.utter_message(text=decline)
    else:   # understood, or nearly: the sources do not say
        dispatcher.utter_message(text=presenters.NO_ANSWER + "\n" + presenters.suggestions_text(answer.suggestions))
    return None


class ActionAnswerQuestion(Action):
    def name(self) -> str:
        return "action_answer_question"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> Events:
        entry = reply_from_sources(dispatcher, tracker, presenters.aside_message("off_topic", _mid_task(tracker)))
        return [SlotSet("last_kb_entry", entry)]


def _mid_task(tracker: Tracker) -> bool:
    return bool((tracker.active_loop or {}).get("name"))


class ActionTellMeMore(Action):
    def name(self) -> str:
        return "action_tell_me_more"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> Events:
        entry_id = tracker.get_slot("last_kb_entry")
        kb = knowledge_base()
        entry = kb.get(entry_id) if entry_id else None
        if entry is None:
            dispatcher.utter_message(
                text="Tell you more about what? Ask me a question about the document first.\n"
                     + presenters.suggestions_text(kb.suggestions(3)))
            return []
        text = presenters.more_message(entry, kb.source_of(entry_id), kb.suggestions(2, exclude=[entry_id]))
        dispatcher.utter_message(text=text, buttons=rating_buttons(tracker) or [])
        return []


class ActionListRelatedDocuments(Action):
    def name(self) -> str:
        return "action_list_related_documents"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> Events:
        kb = knowledge_base()
        lines = ["Documents related to the cable, by date:"]
        for doc in kb.related_documents():
            lines.append(f"- {doc.date}: {presenters.safe(doc.answer)}")
        lines.append('Ask about any of them for its source, or say "tell me more".')
        dispatcher.utter_message(text="\n".join(lines))
        return []


class ActionHandleFallback(Action):
    """Low confidence: a case or a question, asked with buttons; maybe a question about the document;
    otherwise, say what I can do."""

    def name(self) -> str:
        return "action_handle_fallback"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> Events:
        text = latest_text(tracker)
        if parsed(tracker, "routing").get("alternatives") and not text.startswith("/"):
            message, buttons = presenters.clarify_reading()
            dispatcher.utter_message(text=message, buttons=buttons, **{CLARIFIES: text})
            return []
        entry = reply_from_sources(dispatcher, tracker, presenters.NOT_UNDERSTOOD)
        return [SlotSet("last_kb_entry", entry)] if entry else []


class ActionReplyAside(Action):
    """Off topic: small talk and questions about the lesson get a reply of their own (never taken as an
    answer); anything else the classifier called off topic is tried on the sources first."""

    def name(self) -> str:
        return "action_reply_aside"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> Events:
        text = latest_text(tracker)
        kind = parsed(tracker, "reading").get("kind") or read(text).kind
        if kind in ("off_topic", "meta"):
            dispatcher.utter_message(text=presenters.aside_message(kind, _mid_task(tracker)))
            return []
        entry = reply_from_sources(dispatcher, tracker, presenters.aside_message("off_topic", _mid_task(tracker)))
        return [SlotSet("last_kb_entry", entry)] if entry else []
