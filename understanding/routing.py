"""Where a message goes, by evidence: the reading of the message, not the intent classifier alone.

The classifier is fast and usually right, but it only knows the phrasings it was trained on: a
question that mentions Koreans reads like a case, "were skilled specialists allowed to emigrate"
like a goodbye. `route` keeps the classifier's intent unless the reading contradicts it:

- a question or request goes to the knowledge base (`ask_document`), also in the middle of the case
  form, the quiz or the analysis (the form rejects it, the rules answer it, the form resumes), unless
  it carries the words of the intent the classifier chose ("why?", "what if she were Japanese?");
- small talk and talk about the lesson are `out_of_scope`: replied to, never taken as an answer;
- a statement of case facts about someone is a case (`start_case`, or `inform` inside the case form);
- a question about one person's case that could also be a question about the document is
  `nlu_fallback` with both readings as `alternatives`: the assistant asks which was meant.

Pure: the Rasa side (serving/routing.py) passes the classifier's intent and where the conversation
stands, and applies the result.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass

from . import acts
from .case_facts import FIELDS
from .reading import CONFIRMATION, PREDICTION, SOMEONE, SPECIFIC, Reading, about_many

ASK = "ask_document"
DOCUMENT_INTENTS = (ASK, "tell_me_more", "list_related_documents")
CASE_INTENTS = ("start_case", "inform")
FOLLOW_UPS = ("why", "what_changes", "what_if")
OFF_TOPIC = "out_of_scope"
CHAT_INTENTS = ("greet", "goodbye", "thanks", "help", OFF_TOPIC)
UNSURE = "nlu_fallback"
CASE_FORM, QUIZ_FORM, ANALYSIS_FORM = "case_form", "quiz_form", "analysis_form"
# Intents whose text may be an answer to the case form (actions/case/form.py reads these).
ANSWER_INTENTS = ("inform", "affirm", "deny", "dont_know", "start_case", UNSURE)
MAX_COMMAND_WORDS = 12      # longer, and a message that says "quiz" or "analysis" is not a command
MAX_FACTS_ONLY_WORDS = 4    # "korean", "a farmer": a bare fact may open a case

# The words that carry each intent. A question keeps the classifier's intent only if it has them.
_CUES = {
    "greet": r"^(?:hi|hello|hey|hiya|howdy|heya|sup|greetings|good\s+(?:morning|afternoon|evening|day))\b",
    "goodbye": r"\b(?:bye|goodbye|see\s+(?:you|ya)|cya|good\s*night|gotta\s+go|got\s+to\s+go|have\s+to\s+go|"
               r"i\s+am\s+off|farewell|that\s+is\s+all|later)\b",
    "thanks": r"\b(?:thanks?|thank\s+you|thx|ty|cheers|appreciate)\b",
    "help": r"\bhelp\b|\b(?:can|could)\s+(?:you|u|i)\s+do\b|what\s+(?:can|do|should)\s+i\s+(?:ask|say|type)|"
            r"how\s+(?:does|do)\s+(?:this|it|you)\s+work|how\s+(?:do|can|should)\s+i\s+use|supposed\s+to\s+(?:use|do|"
            r"type)|"
            r"what\s+do\s+i\s+do|what\s+are\s+you|"
            r"who\s+are\s+you|talking\s+to|\b(?:chat)?bot\b|point\s+of\s+this|what\s+is\s+this\s+(?:for|thing|app)|"
            r"instructions|options|commands|menu",
    "affirm": r"^(?:yes|yeah|yep|yup|yea|ya|sure|correct|right|ok|okay|definitely|absolutely|of\s+course|true|"
              r"indeed|exactly|mhm)\b",
    "deny": r"^(?:no|nope|nah|not|never|negative|false|wrong|incorrect)\b",
    "dont_know": r"\b(?:do\s+not\s+know|no\s+idea|not\s+sure|no\s+clue|unsure|dunno|idk)\b",
    # "why?", "why is that", "why does that matter", "why are you asking": about the assistant's own
    # question or conclusion, not "why did china keep the engineers"
    "why": r"^(?:but\s+|so\s+|and\s+)?(?:why|how\s+come)\W*$|^(?:but\s+|so\s+|and\s+)?(?:why|"
    r"how\s+come)\s+(?:\w+\s+){0,2}?"
           r"(?:that|this|so|you|your|the\s+(?:outcome|result|decision|answer)|she|he|her|him)\b|"
           r"\breasoning\b|step\s+by\s+step|explain\s+(?:why|that|this|your)|have\s+to\s+do\s+with|"
           r"how\s+did\s+you\s+(?:reach|get|decide|conclude|work)",
    "what_changes": r"\b(?:change|changes|changed|different|differently|difference|flip|otherwise|would\s+it\s+take|"
                    r"matter(?:s|ed)?\s+most|most\s+important|key\s+fact)\b",
    "what_if": r"^(?:and\s+|but\s+|so\s+|ok\s+)?(?:what\s+if|what\s+about\s+if|suppose|supposing|imagine|"
    r"how\s+about\s+if|"
               r"and\s+if|if\s+(?:she|he|they|the\s+person|instead))\b|would\s+(?:anything|it|that)\s+"
               r"(?:be\s+)?(?:change|different)|\binstead\b",
    "go_back": r"\b(?:go\s+back|back\s+up|undo|previous|last\s+answer|change\s+my)\b",
    "start_over": r"\b(?:start\s+over|start\s+again|restart|reset|new\s+case|from\s+scratch|begin\s+again|"
                  r"another\s+case|clear)\b",
    "stop": r"\b(?:stop|quit|exit|pause|cancel|enough|end\s+(?:this|the|it))\b",
    # a request to look at someone, not every question that says "case" ("a civil case vs a criminal case")
    "start_case": r"\b(?:assess\w*|evaluate|scenario|character|(?:a|another|new)\s+(?:case|person|one)|(?:run|do|try|"
    r"start|"
                  r"make|check|test)\s+(?:a\s+|an\s+|another\s+|one\s+|my\s+)?(?:case|person|one|someone)|"
                  r"case\s+(?:for|on|of|about)"
                  r"\s+(?:a|an|my|this|someone)|i\s+have\s+(?:someone|a\s+person|a\s+case)|"
                  r"run\s+(?:\w+\s+){0,2}through|describ\w*\s+(?:someone|somebody|a\s+person|my|an?)|"
                  r"case\s+(?:please|pls|plz)|(?:next|one\s+more|different|other)\s+(?:case|person|one)|case\s+thing|"
                  r"apply\s+(?:the\s+|this\s+)?cable\s+to|happens?\s+to\s+(?:someone|somebody|a\s+person)|"
                  r"whether\s+(?:someone|somebody|a\s+person))\b",
    "start_quiz": r"\b(?:quiz|test\s+me|predict\w*|exercises?|practi[cs]e)\b",
    "start_analysis": r"\b(?:analy[sz]\w*|walk\s*(?:me\s+)?through|walkthrough|guided|source\s+work|"
    r"like\s+a\s+historian|"
                      r"sourcing|corroborat\w*|close\s+reading|read(?:ing)?\s+(?:the|this|a)\s+(?:primary\s+)?source)\b",
    "resume_analysis": r"\b(?:analy[sz]\w*|walkthrough|resume|continue|carry\s+on|pick\s+up|finish|where\s+(?:we|i)\s+"
                       r"(?:left|stopped))\b",
    "session_summary": r"\b(?:summary|score|progress|results|how\s+am\s+i\s+doing|how\s+did\s+i\s+do|export|report|"
                       r"review|my\s+answers|so\s+far)\b",
    "ask_hint": r"\b(?:hints?|clues?|tips?|stuck)\b",
    "skip_question": r"\b(?:skip|next\s+(?:one|question|step)|pass|move\s+on)\b",
    "give_class_code": r"\b(?:class|code)\b",
    "rate_helpful": r"\b(?:helpful|useful|helped|thumbs|great\s+answer)\b",
    "rate_unhelpful": r"\b(?:unhelpful|useless|not\s+helpful|thumbs)\b",
    "tell_me_more": r"\b(?:more|elaborate|expand|details?|go\s+on|further|longer|else)\b",
    "list_related_documents": r"\b(?:related|other|similar|linked|connected|more|else)\b.*\b(?:documents?|docs|cables|"
                              r"telegrams|sources|records|files|archive)\b|\b(?:documents?|docs|cables|telegrams|"
                              r"sources|"
                              r"records|files)\b.*\b(?:related|similar|linked|connected|like\s+(?:this|it))\b",
}
CUES = {intent: re.compile(pattern, re.I) for intent, pattern in _CUES.items()}


@dataclass(frozen=True)
class Situation:
    """Where the conversation stands when the message arrives."""

    loop: str | None = None          # the active form, if any
    requested: str | None = None     # what that form asked for
    assessed: bool = False              # a determination exists (follow-ups make sense)

    @property
    def expecting(self) -> str | None:
        """What the assistant waits for, in understanding.reading's terms."""
        if self.loop == CASE_FORM and (self.requested in FIELDS or self.requested == CONFIRMATION):
            return self.requested
        if self.loop == QUIZ_FORM:
            return PREDICTION
        return None


@dataclass(frozen=True)
class Route:
    intent: str
    because: str = "classifier"
    alternatives: tuple[str, ...] = ()

    @property
    def changed(self) -> bool:
        return self.because != "classifier"


# The cues' own words, for short messages typed in a hurry ("tell me mor", "go bak", "cancle").
CUE_WORDS = sorted({w for pattern in _CUES.values() for w in re.findall(r"[a-z]{3,}", pattern)})
MAX_TYPO_WORDS = 6
TYPO_CUTOFF = 0.75     # "dose" for "does", "bak" for "back"


_BY_INITIAL: dict[str, list[str]] = {}
for _w in CUE_WORDS:
    _BY_INITIAL.setdefault(_w[0], []).append(_w)


def _cue_word(word: str) -> str:
    """The cue word a typo was meant to be, or the word (candidates share its first letter)."""
    if len(word) < 3 or word in CUE_WORDS:
        return word
    near = [w for w in _BY_INITIAL.get(word[0], ()) if abs(len(w) - len(word)) <= 2]
    return (difflib.get_close_matches(word, near, 1, TYPO_CUTOFF) or [word])[0]


def _typos_fixed(text: str) -> str:
    words = text.lower().split()
    if len(words) > MAX_TYPO_WORDS:
        return text
    return " ".join(_cue_word(re.sub(r"\W+", "", w)) for w in words)


def carries(intent: str | None, reading: Reading) -> bool:
    """The message has the words of `intent` ("why?" for why, "quiz" for start_quiz). A command is
    short: a long question that happens to say "analysis" is not a request to start one."""
    if intent == ASK:
        return True
    cue = CUES.get(intent or "")
    long = len(reading.plain.split()) > MAX_COMMAND_WORDS
    if cue is None or (long and intent not in FOLLOW_UPS + CASE_INTENTS):
        return False
    plain = reading.plain.lower()
    return any(cue.search(t) for t in (plain, reading.text.lower(), acts.plain(plain).lower(), _typos_fixed(plain)))


def case_evidence(reading: Reading) -> int:
    """How plainly the message states a person's case: 0 not at all, 1 a fact or two about nobody in
    particular, 2 facts about someone ("she is Korean", "a Korean doctor", "korean doctor")."""
    facts = reading.facts
    if not facts:
        return 0
    if reading.person and (len(facts) >= 2 or reading.person == SPECIFIC or "group" in facts):
        return 2
    return 1


def _asks_the_assistant(reading: Reading) -> bool:
    """A part that opens like a question asks the assistant; "ko?" or "wants to go home??" doubts a fact."""
    return any(p.kind == "question" and acts.QUESTION_START.match(acts.plain(p.text).lstrip(" -*>\"'("))
               for p in reading.parts)


# "... How should the cable's guidance apply?" after a description: this person's outcome
_ASKS_THE_OUTCOME = re.compile(r"\b(?:appl(?:y|ies|ied)|decided?|outcome|verdict|happens?|happen to|be treated"
                               r"|be handled|be dealt with|what would the cable say|under the cable"
                               # "... doesnt want to leave. is that ok?", "... arrested. now what"
                               r"|now what|what now|what then|(?:is|was|'s) (?:that|this|it) (?:ok|okay|allowed|fine)"
                               r"|(?:relevant|(?:what|whats|what's|what does|what do) (?:the )?"
                               r"(?:cable|document|telegram|rules?|points?) says?)"
                               r"(?:\s+(?:here|then|now|to (?:that|this|him|her)))?(?=\W*$))\b", re.I)


def _asks_this_persons_outcome(reading: Reading) -> bool:
    asking = [p.text for p in reading.parts if p.kind == "question"]
    return bool(asking) and all(_ASKS_THE_OUTCOME.search(t) for t in asking)


def _statement(reading: Reading, intent: str, situation: Situation, case: int) -> Route:
    in_form = situation.loop is not None
    if situation.loop in (QUIZ_FORM, ANALYSIS_FORM):
        return Route(intent)   # an exercise's answer may describe its persona: the exercise reads it
    if case == 2:
        if _asks_the_assistant(reading) and reading.person == SOMEONE and not in_form and \
                "nationality" in reading.facts and not _asks_this_persons_outcome(reading) and \
                not (_WHAT_OF_ONE.match(reading.plain) and sum(p.kind == "question" for p in reading.parts) == 1):
            # (but "what about a japanese engineer who ...? no charges though" describes one)
            # "say an average korean wanted to head home. would they let him go": a case, or the rule?
            return Route(UNSURE, "a case or a question", ("start_case", ASK))
        # "yes, he's being sued" answers a question; "mixed kor/jpn kid, dunno which, starving" with
        # nothing asked is a description with a doubt in it
        if intent in CASE_INTENTS or (intent in ANSWER_INTENTS and (in_form or carries(intent, reading) and not (
                intent == "dont_know" and situation.expecting is None))):
            return Route(intent)
        if intent in FOLLOW_UPS and situation.assessed and carries(intent, reading):
            return Route(intent)
        return Route("inform" if situation.loop == CASE_FORM else "start_case", "case facts")
    if case == 1 and reading.person and not in_form and intent in ANSWER_INTENTS[1:4] + (OFF_TOPIC,) and \
            not carries(intent, reading):
        return Route("start_case", "case facts")   # "russian guy, totally broke" is not a yes
    if in_form:
        return Route(intent)
    if intent in CASE_INTENTS and case == 0 and not carries("start_case", reading):
        # "i thought china joined the war in june": a claim about the history, no fact of anyone's case
        return Route(ASK, "no person's case: a claim")
    if intent in CASE_INTENTS and case == 1 and not reading.person and about_many(reading.plain) and \
            not {"nationality", "group"} & set(reading.facts) and not carries("start_case", reading):
        # "we were told the korean troops were glad to go home but some of them rioted": facts of
        # many people, nobody's in particular: what happened, not a case
        return Route(ASK, "many people's history: a claim")
    nationality_only = set(reading.facts) <= {"nationality"} and not reading.person
    if intent in CASE_INTENTS and case < 2 and not carries("start_case", reading) and (reading.document or (
            nationality_only and (len(reading.plain.split()) > MAX_FACTS_ONLY_WORDS or not reading.facts))):
        # "koreans in peking 1945 unrest", "japan": nobody's case, and nothing a case form could take
        return Route(ASK, "no person's case: about the document")
    if intent in FOLLOW_UPS and not carries(intent, reading):
        return Route(ASK, "not a follow-up")
    if intent in DOCUMENT_INTENTS[1:] and not carries(intent, reading):
        return Route(ASK, "a question")
    if reading.document and intent not in CHAT_INTENTS + ANSWER_INTENTS + CASE_INTENTS and \
            not carries(intent, reading):
        return Route(ASK, "about the document")   # "i bet the americans knew about this cable" starts nothing
    return Route(intent)


# "what would happen to a japanese man who designs bridges?", "what about someone korean who ...": the
# outcome of one imagined person, described in the question itself
_WHAT_OF_ONE = re.compile(r"^\W*(?:\w+\W+){0,2}?(?:(?:what|wat|wht)\s+(?:would\s+|will\s+|could\s+|might\s+)?"
                          r"(?:happens?|become\s+of)\s+(?:to|with)\s+|(?:what|how)\s+about\s+"
                          r"|what\s+(?:would|does|will|do)\s+(?:the\s+)?(?:cable|document|telegram)\s+say\s+(?:about|for|to)\s+)"
                          r"(?:a|an|one|some|someone|somebody|this|my)\b", re.I)
_ONE_SOMEONE = re.compile(r"\b(?:someone|somebody)\b", re.I)


def _question(reading: Reading, intent: str, situation: Situation, case: int) -> Route:
    in_form = situation.loop is not None
    if not in_form and len(reading.facts) >= 2 and "nationality" in reading.facts and \
            _WHAT_OF_ONE.match(reading.plain) and not about_many(_ONE_SOMEONE.sub("", reading.plain.split(" who")[0])):
        return Route("start_case", "the outcome of one person")
    if case == 2 and "nationality" in reading.facts and not in_form:
        if intent in CASE_INTENTS:
            return Route(intent)    # the classifier and the facts agree
        if reading.person == SPECIFIC:
            return Route("start_case", "a question about this person")   # "she's a korean farmer, what happens to her"
        # "can a korean doctor who wants to go home leave?" read as a question: this person's case,
        # or what the cable says about such people?
        return Route(UNSURE, "a case or a question", ("start_case", ASK))
    if intent in DOCUMENT_INTENTS and carries(intent, reading):
        return Route(intent)
    if intent in (OFF_TOPIC, UNSURE):
        return Route(intent)   # their actions ask the knowledge base first
    if intent not in DOCUMENT_INTENTS and carries(intent, reading):
        return Route(intent)
    return Route(ASK, "a question")


def route(reading: Reading, intent: str | None, situation: Situation = Situation()) -> Route:
    """The intent the dialogue should follow (the classifier's unless the evidence says otherwise)."""
    if intent is None or reading.text.startswith("/"):
        return Route(intent or UNSURE)
    if reading.aside:
        if intent in CHAT_INTENTS[:-1] and carries(intent, reading):
            return Route(intent)
        return Route(OFF_TOPIC, "small talk" if reading.kind == "off_topic" else "about the lesson")
    answered = reading.kind == "answer" and situation.expecting is not None
    if reading.kind in ("dont_know", "command") or answered:
        return Route(intent)
    case = case_evidence(reading)
    if reading.kind == "question":
        return _question(reading, intent, situation, case)
    return _statement(reading, intent, situation, case)


def interrupts(reading: Reading, intent: str | None) -> bool:
    """Inside a form: the message is no answer but something the rules answer (a question for the
    knowledge base, small talk, a question about the lesson), after which the form asks again."""
    return intent in DOCUMENT_INTENTS + (OFF_TOPIC,) and (reading.asks or reading.aside)
