"""Questions and case descriptions through the REST chat of the real servers.

The only module that knows how the servers are started: it borrows the end-to-end test harness
(free ports, its own databases, the launcher `make serve` uses), so `make eval` measures exactly
what the end-to-end tests run.  Each question and each description is a new conversation.
"""
from __future__ import annotations

import sys
import tempfile
import uuid
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from bench.eval.sets import ROOT, Description

WORKERS = 4          # concurrent conversations; the machine has two cores
MAX_TURNS = 12       # a case that needs more answers than this never becomes an assessment
CASE_FIELDS = ("nationality", "group", "requests_return", "pending_case", "pow_language_barrier",
               "pow_early_revolutionary_work", "pow_family_difficulties", "hardship",
               "disturbs_order", "wants_free_travel")
_NATIONALITIES = ("korean", "japanese", "other")


def _harness():
    sys.path.insert(0, str(ROOT / "tests" / "e2e"))
    import harness  # tests/e2e/harness.py: the servers the e2e tests run
    return harness


@contextmanager
def servers():
    """The action server and the Rasa server on free ports; yields a harness.Bot."""
    harness = _harness()
    if not harness.MODEL.exists():
        raise SystemExit(f"error: {harness.MODEL} is missing: run `make train` first")
    with tempfile.TemporaryDirectory(prefix="eval-") as tmp:
        with harness.running_servers(Path(tmp)) as bot:
            yield bot


def ask_all(bot, questions: list[str]) -> list[str]:
    """The bot's reply text to each question, each in a new conversation."""
    def one(text: str) -> str:
        return bot.texts(f"eval-{uuid.uuid4().hex[:12]}", text)
    with ThreadPoolExecutor(WORKERS) as pool:
        return list(pool.map(one, questions))


@dataclass
class CaseRun:
    stated: dict
    started: bool = False            # the first reply is the case form at work
    taken: list = field(default_factory=list)       # stated fields with the stated value
    asked_again: list = field(default_factory=list)  # stated fields the form went on to ask
    beyond: list = field(default_factory=list)   # fields the first message filled that it does not state
    assessed: bool = False           # an outcome was reached (answering what was still open)

    @property
    def understood(self) -> bool:
        return self.assessed and len(self.taken) == len(self.stated) and not self.asked_again


def _taken(name: str, value, slots: dict) -> bool:
    got = slots.get(name)
    if name == "nationality" and value == "unsure":
        # "not sure" must be kept as such, not forced to one of the cable's nationalities
        return got is not None and got not in _NATIONALITIES
    return got == value


def _reply_for(slot: str, stated: dict) -> str:
    """A plain answer to the form's question: the stated value, else a neutral one."""
    value = stated.get(slot)
    if slot == "case_confirmed":
        return "yes"
    if slot == "nationality":
        return {"unsure": "not sure", None: "korean"}.get(value, value)
    if slot == "group":
        return (value or "ordinary_national").replace("_", " ")
    return "yes" if value is True else "no"


def run_case(bot, d: Description) -> CaseRun:
    sender = f"eval-case-{uuid.uuid4().hex[:12]}"
    run = CaseRun(d.stated)
    bot.send(sender, d.text)
    tracker = bot.tracker(sender)
    slots = tracker["slots"]
    run.started = bool((tracker.get("active_loop") or {}).get("name")) or slots.get("outcome") is not None
    run.taken = [k for k, v in d.stated.items() if _taken(k, v, slots)]
    run.beyond = [k for k in CASE_FIELDS if slots.get(k) is not None and k not in d.stated]
    for _ in range(MAX_TURNS):
        if slots.get("outcome") is not None:
            run.assessed = True
            break
        requested = slots.get("requested_slot")
        if not requested:
            break
        if requested in d.stated and requested not in run.asked_again:
            run.asked_again.append(requested)
        bot.send(sender, _reply_for(requested, d.stated))
        slots = bot.slots(sender)
    return run


def run_cases(bot, descriptions: list[Description]) -> list[CaseRun]:
    with ThreadPoolExecutor(WORKERS) as pool:
        return list(pool.map(lambda d: run_case(bot, d), descriptions))
