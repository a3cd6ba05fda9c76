"""How the cable's answers read in a chat: plain text with light markdown.

Pure functions (no rasa imports) so that the shell, the web widget and tests see
exactly the same words. Anything that can carry user or knowledge-base text goes
through `safe()`: the web widget renders markdown links without checking their URLs.
"""

import re
from typing import Iterable, List, Mapping, Optional

import cable
from actions.parsing import describe

# Markdown that could become a link, an image or raw HTML in the widget.
_MARKUP = re.compile(r"[\[\]<>`]")
_SCHEME = re.compile(r"(?i)\b(javascript|data|vbscript|file)\s*:")


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


def known_facts(slots: Mapping[str, object]) -> dict:
    """The case fields that have a value, in the rule module's order."""
    return {f: slots.get(f) for f in cable.FIELDS if slots.get(f) is not None}


def summary_line(facts: Mapping[str, object], assumed: Iterable[str] = ()) -> str:
    """One line naming every collected fact, e.g. 'Korean; ordinary national; asks to go home'."""
    assumed = set(assumed or ())
    parts = []
    for field, value in facts.items():
        phrase = describe(field, value)
        parts.append(f"{phrase} (assumed)" if field in assumed else phrase)
    return "; ".join(parts) if parts else "nothing yet"


def quote_clause(view: int) -> str:
    return f'View {view}: "{cable.view(view).text}"'


def determination_messages(det: "cable.Determination") -> List[str]:
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
                    changes: Mapping[str, object]) -> List[str]:
    head = f"If the person were different in one respect ({change_sentence(changes)}):"
    if (after.outcome, after.clauses) == (before.outcome, before.clauses):
        return [f"{head} the outcome stays the same: {after.outcome_label}."]
    body = [f"{head} the outcome would change from {before.outcome_label} to {after.outcome_label}."]
    body += [f'View {q["view"]}: "{q["text"]}"' for q in after.quotes]
    return ["\n".join(body), f"Why: {after.explanation}",
            "(Your case itself is unchanged; say \"new case\" to start another.)"]


def question_text(field: str) -> str:
    return cable.QUESTIONS[field]["ask"]


def why_question_text(field: str) -> str:
    info = cable.QUESTIONS[field]
    quotes = []
    for cid in info["clause_ids"]:
        c = cable.clause(cid)
        label = f"View {c.number}" if c.number else c.label
        quotes.append(f'{label}: "{c.text}"')
    return f"I ask because {info['why']}\n" + "\n".join(quotes)


def hint_text(field: str, misses: int) -> str:
    example = cable.QUESTIONS[field]["hint"]
    return f"Sorry, I didn't understand that as an answer. You could say, for example: \"{example}\""


def optional(value: Optional[str]) -> str:
    return value or ""
