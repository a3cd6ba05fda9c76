"""Commands: what a message means during a walk-through or a quiz, an answer or a command.

Inside the two exercises every message is read as an answer unless it is plainly a
command. Short exact phrases ("hint", "skip", "stop") always are; the classifier's
intent only counts for short messages it is sure about, so an answer that happens to
sound like "go back" is still read as an answer.
"""

from __future__ import annotations

import re

# Whole-message patterns (after lower-casing and trimming punctuation).
PATTERNS = {
    "unhelpful": r"(?:👎|thumbs down)\s*(?:not helpful)?|(?:that|this|it) (?:was|is)n'?t (?:very )?helpful|"
                 r"(?:that|this|it) (?:was|is) (?:not|un)\s*helpful|not (?:very )?(?:helpful|useful)|unhelpful|useless",
    "helpful": r"(?:👍|thumbs up)\s*(?:helpful)?|(?:that|this|it) (?:was|is) (?:very |really |so )?(?:helpful|useful)|"
               r"(?:very |really )?helpful|useful|that helped|helpful, thanks",
    "hint": r"(?:(?:give|show) me |can i (?:have|get) |i need |i'?d like |may i have )?(?:a |another |one more |some )?"
            r"(?:hint|clue|tip)s?(?: please)?|help me|i'?m stuck|stuck",
    "skip": r"skip(?: (?:this|it|this one|this question|this step|the question))?(?: please)?|"
            r"next(?: question| step| one)?(?: please)?|pass|move on",
    "back": r"(?:go )?back(?: (?:a|one) (?:step|question))?|previous(?: question| step)?|"
            r"go back to the (?:last|previous) (?:question|step)",
    "stop": r"stop(?: (?:the|this) (?:quiz|analysis|walk-?through|lesson|exercise))?(?: for now| please)?|"
            r"pause(?: (?:the|this) (?:quiz|analysis))?|quit|exit|i'?m done|end (?:the|this) (?:quiz|analysis)|"
            r"that'?s enough(?: for now)?|enough(?: for now)?|let me stop|take a break|i need a break",
    "repeat": r"repeat(?: the question| that| please)?|say (?:that|it) again|(?:show|see) (?:me )?(?:the )?(?:card|"
    r"question) again|"
              r"what was the question",
    "text": r"(?:show|see|read|give)(?: me)? (?:the )?(?:text|cable|document|source)(?: again)?",
    "why": r"why\??|why is that|how come|explain(?: that| please)?|why do you ask",
    "help": r"help|how does this work|what do i (?:do|say)|what should i (?:do|say)|i don'?t understand",
    "summary": r"(?:show |give me |what'?s |export |download )?my (?:session )?(?:summary|score|progress|results)|"
               r"how am i doing|export (?:my )?summary",
}
_COMPILED = {name: re.compile(rf"^(?:{p})$") for name, p in PATTERNS.items()}
# The classifier's intents that mean a command (when it is sure and the message is short).
INTENT_COMMANDS = {
    "ask_hint": "hint", "skip_question": "skip", "go_back": "back", "stop": "stop", "goodbye": "goodbye",
    "why": "why", "help": "help", "rate_helpful": "helpful", "rate_unhelpful": "unhelpful",
    "give_class_code": "class_code", "session_summary": "summary", "dont_know": "hint", "thanks": "thanks",
    "greet": "greet",
}
MIN_CONFIDENCE = 0.7
MAX_WORDS = 8


def _clean(text: str) -> str:
    text = (text or "").lower().replace("\u2019", "'").strip()
    return re.sub(r"^[\s.,!?;:]+|[\s.,!?;:]+$", "", re.sub(r"\s+", " ", text))


def by_pattern(text: str) -> str | None:
    """The command a whole message spells out, if any."""
    t = _clean(text)
    if t.startswith("/"):
        return None  # an intent payload: the caller reads its intent
    for name, pattern in _COMPILED.items():
        if pattern.match(t):
            return name
    return None


def by_intent(text: str, intent: str | None, confidence: float) -> str | None:
    """The command the classifier's intent stands for, when it is trustworthy here
    (button payloads such as /rate_helpful arrive with confidence 1)."""
    if intent not in INTENT_COMMANDS:
        return None
    short = len(_clean(text).split()) <= MAX_WORDS
    return INTENT_COMMANDS[intent] if short and confidence >= MIN_CONFIDENCE else None


def wants_export(text: str) -> bool:
    """Whether a request for the summary asks for the Markdown to hand in."""
    text = (text or "").lower()
    return any(w in text for w in ("export", "download", "markdown", "hand in", "save"))


_NEW_QUIZ = re.compile(r"\b(new|another|again|restart|fresh|start over)\b", re.I)
_RESTART = re.compile(r"\b(again|restart|over|from the (start|beginning)|new)\b", re.I)


def wants_new_quiz(text: str) -> bool:
    """"a new quiz", "quiz me again": start over rather than carry on."""
    return bool(_NEW_QUIZ.search(text or ""))


def wants_restart(text: str) -> bool:
    """"restart the analysis", "from the beginning": begin the walk-through again."""
    return bool(_RESTART.search(text or ""))
