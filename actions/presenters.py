"""How the assistant's replies read in a chat: plain text with light markdown.

Every wording the actions send is made here, from the facts' own wording (cable/facts.py)
and the determinations. Pure functions (no rasa imports) so that the shell, the web widget
and tests see exactly the same words. Anything that can carry user or knowledge-base text
goes through `safe()`: the web widget renders markdown links without checking their URLs.
"""

import re
from collections.abc import Iterable, Mapping
from typing import Any

import cable
from knowledge import Answer, Entry

# Markdown that could become a link, an image or raw HTML in the widget.
_MARKUP = re.compile(r"[\[\]<>`]")
_SCHEME = re.compile(r"(?i)\b(javascript|data|vbscript|file)\s*:")


NO_ANSWER = "The sources here do not say."
NOT_UNDERSTOOD = (
    "Sorry, I didn't understand that. I can assess a fictional person's case under the 1950 cable "
    '("A Korean shopkeeper wants to go home"), answer questions about the document ("Who sent this cable?", '
    '"What does gratis mean?"), or explain how I work if you say "help".'
)


def safe(text: str) -> str:
    """Neutralise markup in text that did not come from us."""
    text = _MARKUP.sub(lambda m: {"[": "(", "]": ")", "<": "‹", ">": "›", "`": "'"}[m.group()], text)
    return _SCHEME.sub(lambda m: m.group(1) + " :", text)


def link(title: str, url: str) -> str:
    """A markdown link, but only for http(s) URLs; anything else is shown as text."""
    if re.match(r"^https?://[^\s()<>]+$", url or ""):
        return f"[{safe(title)}]({url})"
    return safe(f"{title} ({url})")


# Words, not emoji: the page uses the system's fonts, and many have no emoji (Debian's Chromium shows boxes).
RATING_BUTTONS = [{"title": "Helpful", "payload": "/rate_helpful"},
                  {"title": "Not helpful", "payload": "/rate_unhelpful"}]


# --- The case: facts, questions, read-back ------------------------------------------------


def describe(field: str, value: object) -> str:
    """A fact in a few words for lists, e.g. ('group', 'prisoner_of_war') -> 'prisoner of war'."""
    fact = cable.FACT.get(field)
    known = value is None or (isinstance(value, bool) if fact and fact.kind == "yes-no" else isinstance(value, str))
    if fact and known and (value is None or value in fact.accepted):  # 1 and 0 are not taken for True and False
        return fact.short(value)
    return f"{field.replace('_', ' ')}: {value}"


def summary_line(facts: Mapping[str, object], assumed: Iterable[str] = ()) -> str:
    """One line naming every collected fact, e.g. 'Korean; ordinary national; asks to return home'."""
    assumed = set(assumed or ())
    parts = []
    for field, value in facts.items():
        phrase = describe(field, value)
        parts.append(f"{phrase} (assumed)" if field in assumed else phrase)
    return "; ".join(parts) if parts else "nothing yet"


def determination_messages(det: "cable.Determination") -> list[str]:
    """The determination as a few chat messages: outcome and quotes, why, caveats, follow-ups."""
    first = [f"Outcome: {det.outcome_label}."]
    first += [f'View {q["view"]}: "{q["text"]}"' for q in det.quotes]
    if not det.quotes:
        first.append("No numbered view of the cable applies.")
    messages = ["\n".join(first), f"Why: {det.explanation}"]
    if det.railway_note:
        messages.append(f"Railway: {det.railway_note}")
    if det.caveats:
        messages.append("Caveats:\n" + "\n".join(f"- {c}" for c in det.caveats))
    messages.append(
        'You can ask "why?" for the step-by-step reasoning, "what would change it?", '
        '"what if she had a criminal case?", or say "new case".'
    )
    return messages


def reasoning_message(det: "cable.Determination") -> str:
    lines = ["Step by step:"]
    for i, step in enumerate(det.reasoning, 1):
        mark = "applies" if step["applies"] else "does not apply"
        lines.append(f"{i}. {step['step']}: {mark}. {step['because']}")
    lines.append(f"So: {det.outcome_label}.")
    return "\n".join(lines)


def flips_message(det: "cable.Determination") -> str:
    if not det.flips:
        return ("No single change of one fact would change this outcome "
                f"({det.outcome_label}).")
    lines = ["Each of these single changes would change the outcome:"]
    lines += [f"- {flip['summary']}" for flip in det.flips]
    return "\n".join(lines)


def change_sentence(changes: Mapping[str, object]) -> str:
    return ", ".join(describe(f, v) for f, v in changes.items())


def what_if_message(before: "cable.Determination", after: "cable.Determination",
                    changes: Mapping[str, object]) -> list[str]:
    head = f"If the person were different in one respect ({change_sentence(changes)}):"
    if (after.outcome, after.clauses) == (before.outcome, before.clauses):
        return [f"{head} the outcome stays the same: {after.outcome_label}."]
    body = [f"{head} the outcome would change from {before.outcome_label} to {after.outcome_label}."]
    body += [f'View {q["view"]}: "{q["text"]}"' for q in after.quotes]
    return ["\n".join(body), f"Why: {after.explanation}",
            "(Your case itself is unchanged; say \"new case\" to start another.)"]


def question_text(field: str, first: bool = False) -> str:
    """The question about a fact; the first question of a case says what is going on."""
    text = cable.FACT[field].question
    return "Let's look at the person's case; I'll only ask what the cable needs. " + text if first else text


def answer_buttons(field: str) -> list[dict[str, str]]:
    return [{"title": b, "payload": b} for b in cable.FACT[field].buttons]


def why_question_text(field: str) -> str:
    info = cable.QUESTIONS[field]
    quotes = []
    for cid in info["clause_ids"]:
        c = cable.clause(cid)
        label = f"View {c.number}" if c.number else c.label
        quotes.append(f'{label}: "{c.text}"')
    return f"I ask because {info['why']}\n" + "\n".join(quotes)


def example_text(field: str) -> str:
    return f"For example: \"{cable.FACT[field].example}\""


def hint_text(field: str, misses: int) -> str:
    example = cable.FACT[field].example
    return f"Sorry, I didn't understand that as an answer. You could say, for example: \"{example}\""


def acknowledgement(facts: Mapping[str, Any], updates: Mapping[str, Any], requested: str | None,
                    assumed: Iterable[str]) -> str | None:
    """What a reply to the form changed, added beyond the question, or assumed."""
    changed = [f for f, v in updates.items() if f in facts and facts[f] != v]
    volunteered = [f for f in updates if f != requested and f not in changed]
    parts = []
    if changed:
        parts.append("Changed: " + "; ".join(
            f"{describe(f, updates[f])} (was: {describe(f, facts[f])})" for f in changed) + ".")
    if volunteered:
        parts.append("Noted: " + "; ".join(describe(f, updates[f]) for f in volunteered) + ".")
    if assumed:
        parts.append("Not sure is fine: I'll assume not for now, and you can change it later.")
    return " ".join(parts) or None


def unsure_line(field: str, value: Any, kind: str, words: str) -> str | None:
    """How one unsure reading was made, said back to the user before assessing."""
    fact = cable.FACT.get(field)
    if fact is None or (fact.kind == "choice" and value not in fact.accepted) or (
            fact.kind == "yes-no" and not isinstance(value, bool)):
        return None
    statement = fact.statement(value)
    said = safe(str(words))[:60]
    if kind == "occupation":
        return f'You said "{said}", so I take it that {statement}.'
    if kind == "negated":
        return f"You said the person is *not* {said}, so I take it that {statement}."
    if kind == "spelling":
        pairs = [p.split(" -> ") for p in str(words).split(", ") if p.count(" -> ") == 1]
        read = ", ".join(f'"{safe(a)[:30]}" as "{safe(b)[:30]}"' for a, b in pairs) or f'"{said}"'
        return f"I read {read}, so I take it that {statement}."
    if kind == "guessed":   # understanding.learned_facts: no rule read it, the learned reader did
        return (f'You did not say it in words I know, but from "{said}" I guess that {statement}.' if said else
                f"You did not say it in words I know, but I guess that {statement}.")
    if kind == "hedged":
        return f'You said "{said}" about it, so I take it that {statement}.' if said != "?" else \
            f"You asked it like a question, so I take it that {statement}."
    return None


def read_back(facts: Mapping[str, Any], assumed: Iterable[str],
              unsure: Mapping[str, Any] | None = None) -> str:
    """The facts before assessing; readings the parser was unsure of are said first, one a line."""
    lines = []
    for field, why in (unsure or {}).items():
        if field in facts and isinstance(why, (list, tuple)) and len(why) == 2:
            line = unsure_line(field, facts[field], *why)
            if line:
                lines.append(line)
    head = "Before I apply the cable, check how I read you:\n" + "\n".join(f"- {line}" for line in lines) + "\n" \
        if lines else ""
    return f"{head}So far: {summary_line(facts, assumed)}. Is that right? Say yes, or tell me what to change."


READ_BACK_BUTTONS = [{"title": "Yes, assess it", "payload": "yes"}]
WHICH_FACT = ('Which fact should I change? Say it in your own words, e.g. "she is Japanese" '
              'or "he has no pending case".')
# Asked again after a second "no" with nothing named: what stands, and the two ways out
NOTHING_TO_CHANGE_BUTTONS = [{"title": "Nothing, assess it", "payload": "yes"},
                             {"title": "Start a new case", "payload": "/start_over"}]


def which_fact(facts: Mapping[str, object], assumed: Iterable[str], misses: int) -> str:
    """The prompt to name the fact to fix; from the second miss on, with what stands now."""
    if misses < 2:
        return WHICH_FACT
    return f"{WHICH_FACT}\nWhat I have now: {summary_line(facts, assumed)}."


# --- Knowledge-base answers ----------------------------------------------------------------


def cite(answer: Answer) -> str:
    sources = ", ".join(link(s["title"], s["url"]) for s in answer.sources)
    return f"Evidence: {answer.evidence}. Source: {sources}"


def suggestions_text(suggestions: list[str]) -> str:
    return "I can answer, for example:\n" + "\n".join(f'- "{safe(s)}"' for s in suggestions)


def more_message(entry: Entry, source: Mapping[str, str] | None, suggestions: list[str]) -> str:
    """The longer explanation of the last answer, with its evidence and source."""
    text = safe(entry.detail) if entry.detail else "That is all the sources here say about it."
    citation = f"\nEvidence: {entry.evidence}."
    if source:
        citation += f" Source: {link(source['title'], source['url'])}"
    return text + citation + "\n" + suggestions_text(suggestions)


def _cite_part(part: Mapping[str, Any]) -> str:
    sources = ", ".join(link(s["title"], s["url"]) for s in part.get("sources") or [])
    return f"Evidence: {part.get('evidence')}. Source: {sources}" if sources else ""


def parts_message(answer: Answer) -> str:
    """A message that asked several things: each part answered with its own source, or said plainly
    why not."""
    blocks = []
    for part in answer.parts:
        question = safe(part["question"])
        if part.get("answered") or part.get("entry_id"):
            blocks.append("\n".join(filter(None, [f'On "{question}": {safe(part["answer"])}', _cite_part(part)])))
        elif part.get("reason") == "not_in_sources":
            blocks.append(f'On "{question}": {safe(part["answer"])}')
        else:
            blocks.append(f'On "{question}": I didn\'t understand this part; try asking it on its own.')
    return "\n\n".join(blocks)


def answer_message(answer: Answer) -> str:
    """The reply for a knowledge-base answer: the answer, its evidence type and its source."""
    if len(answer.parts or []) > 1:
        return parts_message(answer)
    if answer.answered:
        text = f"{safe(answer.answer)}\n{cite(answer)}"
        if answer.detail:
            text += '\n(Say "tell me more" for the longer explanation.)'
        return text
    lines = [safe(answer.answer)]
    if answer.sources:
        lines.append(cite(answer))
    lines.append(suggestions_text(answer.suggestions))
    return "\n".join(lines)


def nearby_message(answer: Answer, nearby: Mapping[str, str], source: Mapping[str, str] | None) -> str:
    """Understood, and not in the sources: say so, and what they do say close by, with its source."""
    text = f"{NO_ANSWER} What they do say nearby: {safe(nearby['answer'])}"
    if source:
        text += f"\nEvidence: {source['evidence']}. Source: {link(source['title'], source['url'])}"
    return text + "\n" + suggestions_text(answer.suggestions)


def did_you_mean(questions: list[str]) -> tuple[str, list[dict[str, str]]]:
    """Not understood: the closest questions the sources answer, as buttons (each sends the question)."""
    lines = ["I'm not sure what you're asking. Did you mean:"] + [f'- "{safe(q)}"' for q in questions]
    return "\n".join(lines), [{"title": safe(q), "payload": safe(q)} for q in questions]


def judgement_message(questions: list[str]) -> tuple[str, list[dict[str, str]]]:
    """"Was this fair?": no source settles a judgement; offer the evidence to weigh it with."""
    text = ("Whether it was fair is a judgement for you to make: the sources record what the Ministry decided "
            "and why, not whether it was right. To weigh it, look at who could leave, who was kept, and on "
            "what grounds:\n" + "\n".join(f'- "{safe(q)}"' for q in questions))
    return text, [{"title": safe(q), "payload": safe(q)} for q in questions]


def clarify_reading() -> tuple[str, list[dict[str, str]]]:
    """A message that reads both as a person's case and as a question about the cable."""
    text = ("Do you want me to assess this person's case under the cable, or to tell you what the cable "
            "says about people like this?")
    return text, [{"title": "Assess this person's case", "payload": "/start_case"},
                  {"title": "What the cable says", "payload": "/ask_document"}]


# --- Asides: small talk and questions about the lesson, never taken as answers -------------

OUTSIDE = ("That's outside what I can help with: I only know about the 1950 Foreign Ministry cable on "
           "repatriating Korean and Japanese nationals. You could describe a fictional person to assess "
           '("A Korean shopkeeper wants to go home"), ask about the document ("Who sent this cable?"), '
           'or say "help".')
OUTSIDE_MID_TASK = "That's outside what I can help with; I only know about the 1950 cable. Let's carry on."
ABOUT_THE_LESSON = ("That's a question about the lesson or about me rather than the cable. I'm a study program for "
                    "one document, the 1950 cable; what goes on a test is up to your teacher. If you gave a class "
                    "code, your quiz and analysis answers go into your teacher's report.")


def aside_message(kind: str, mid_task: bool) -> str:
    """The reply to small talk ("off_topic") or talk about the lesson ("meta")."""
    if kind == "meta":
        return ABOUT_THE_LESSON + (" Let's carry on." if mid_task else "")
    return OUTSIDE_MID_TASK if mid_task else OUTSIDE
