"""What the teacher's report shows, as plain data: figures, readable labels, each student's own work.

Rows come from the store (filtered to a date range when one is given); nothing is cut short, and
every stored key (a scenario id, a step id, a misconception id, a reading) is turned into words
here, so the HTML and the CSV only lay the data out.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from typing import Optional

import cable
from cable.facts import FACT

from . import analysis_steps, misconceptions, rubric
from .store import TeachingStore

ANALYSIS_SCORES = {"complete": 1.0, "argued": 1.0, "partial": 0.5, "argued without evidence": 0.5,
                   "missed": 0.0, "no position": 0.0}
READINGS = {"technical_personnel": "counts as technical personnel", "ordinary_national": "is an ordinary national",
            "prisoner_of_war": "is a prisoner of war",
            "True": "what the person did affects social order", "False": "what the person did does not affect social order"}


def quiz_verdict(a) -> str:
    return rubric.verdict(a.outcome_correct, a.clause_correct)


def _when(row) -> dt.datetime:
    t = row.created_at
    return t if t.tzinfo else t.replace(tzinfo=dt.timezone.utc)


def in_range(rows, since: Optional[dt.date], until: Optional[dt.date]) -> list:
    return [r for r in rows if (since is None or _when(r).date() >= since) and (until is None or _when(r).date() <= until)]


def _facts_of(key: str) -> dict:
    facts = {}
    for part in key.split(",") if key else []:
        name, _, value = part.partition("=")
        facts[name] = {"True": True, "False": False, "None": None}.get(value, value)
    return facts


def describe_facts(facts: dict) -> str:
    """'Korean; ordinary national; asks to return home; has a pending civil or criminal case'."""
    said = []
    for field in cable.FIELDS:
        value = facts.get(field)
        if field in ("nationality", "group"):
            if value:
                said.append(FACT[field].short(value).replace("neither Japanese nor Korean", "another nationality"))
        elif value:
            said.append(FACT[field].short(True))
    return "; ".join(said)


def scenario_label(scenario_id: str, stored_label: Optional[str] = None) -> str:
    """A readable name for a quiz question, from the label stored with it or else from its id."""
    if stored_label:
        return stored_label
    kind, _, rest = scenario_id.partition(":")
    if kind == "gen":
        return describe_facts(_facts_of(rest))
    if kind == "amb":
        field, _, key = rest.partition(":")
        term = "technical personnel" if field == "group" else "affect our social order"
        return f'open question ("{term}"): ' + describe_facts(_facts_of(key))
    if kind == "teacher":
        name, _, sid = rest.partition(":")
        return f"teacher's set {name}, scenario {sid}"
    return scenario_id


def reading_label(value: Optional[str]) -> str:
    return READINGS.get(str(value), str(value)) if value is not None else ""


def step_label(step_id: str) -> str:
    steps = analysis_steps.steps()
    for n, s in enumerate(steps, 1):
        if s.id == step_id:
            return f"Step {n} of {len(steps)} ({s.habit}): {s.title}"
    return step_id


def student_work(attempts, answers, events) -> list:
    """One row per question a student met: first and final words, result, hints, skips, corrections."""
    rows = []
    by_step = defaultdict(list)
    for a in answers:
        by_step[a.step_id].append(a)
    ev = defaultdict(list)
    for e in events:
        ev[(e.activity, e.question)].append(e)
    order = {s.id: i for i, s in enumerate(analysis_steps.steps())}
    steps = sorted(set(by_step) | {q for (act, q) in ev if act == "analysis"}, key=lambda k: order.get(k, 99))
    for step_id in steps:
        mine, extra = by_step.get(step_id, []), ev.get(("analysis", step_id), [])
        rows.append({
            "activity": "analysis", "question": step_label(step_id),
            "first": mine[0].answer_text if mine else "", "final": mine[-1].answer_text if len(mine) > 1 else "",
            "result": mine[-1].verdict if mine else "", "hints": sum(e.kind == "hint" for e in extra),
            "skipped": any(e.kind == "skip" for e in extra),
            "corrected": sorted({misconceptions.label(m) for a in mine for m in (a.misconceptions or [])})})
    numbers = sorted({a.question_no for a in attempts} | {int(q.split()[-1]) for (act, q) in ev if act == "quiz"})
    for n in numbers:
        graded = [a for a in attempts if a.question_no == n]
        extra = ev.get(("quiz", f"question {n}"), [])
        unclear = [e.detail for e in extra if e.kind == "unclear"]
        label = next((e.question_label for e in extra if e.question_label), None)
        label = scenario_label(graded[-1].scenario_id, graded[-1].question_label) if graded else (label or "")
        words = unclear + [a.answer_text for a in graded]
        corrected = {m for a in graded for m in (a.misconceptions or [])}
        corrected |= {e.detail for e in extra if e.kind == "misconception"}
        rows.append({
            "activity": "quiz", "question": f"Question {n}: {label}", "first": words[0] if words else "",
            "final": words[-1] if len(words) > 1 else "", "result": quiz_verdict(graded[-1]) if graded else "",
            "hints": sum(e.kind == "hint" for e in extra), "skipped": any(e.kind == "skip" for e in extra),
            "corrected": sorted(misconceptions.label(m) for m in corrected)})
    return rows


def stats(store: TeachingStore, class_code: str, since: Optional[dt.date] = None,
          until: Optional[dt.date] = None) -> dict:
    """Every figure in the report, as plain data."""
    attempts = in_range(store.class_attempts(class_code), since, until)
    answers = in_range(store.class_analysis(class_code), since, until)
    ratings = in_range(store.class_ratings(class_code), since, until)
    events = in_range(store.class_events(class_code), since, until)
    per_student = []
    for sid in store.students(class_code):
        mine = [a for a in attempts if a.conversation_id == sid]
        steps = {a.step_id: a.verdict for a in answers if a.conversation_id == sid}
        my_events = [e for e in events if e.conversation_id == sid]
        per_student.append({
            "id": sid, "answered": len(mine), "right": sum(a.correct for a in mine),
            "partly": sum(quiz_verdict(a) == rubric.PARTLY for a in mine),
            "points": sum(rubric.SCORES[quiz_verdict(a)] for a in mine),
            "steps": len(steps), "full": sum(v in ("complete", "argued") for v in steps.values()),
            "hints": sum(e.kind == "hint" for e in my_events), "skips": sum(e.kind == "skip" for e in my_events),
            "work": student_work(mine, [a for a in answers if a.conversation_id == sid], my_events)})
    by_outcome = {o: Counter() for o in cable.OUTCOMES}
    for a in attempts:
        by_outcome[a.expected_outcome][quiz_verdict(a)] += 1
    final = {}
    for a in answers:
        final[(a.conversation_id, a.step_id)] = a
    step_verdicts = defaultdict(Counter)
    for (_, step_id), a in final.items():
        step_verdicts[step_id][a.verdict] += 1
    wrong = [a for a in attempts if not a.outcome_correct]
    met = Counter(m for a in answers for m in (a.misconceptions or []))
    met.update(m for a in attempts for m in (a.misconceptions or []))
    dates = [_when(r) for r in attempts + answers + ratings + events]
    return {
        "class_code": class_code,
        "since": since, "until": until,
        "first": min(dates) if dates else None, "last": max(dates) if dates else None,
        "students": per_student,
        "attempts": len(attempts),
        "right": sum(a.correct for a in attempts),
        "points": sum(rubric.SCORES[quiz_verdict(a)] for a in attempts),
        "analysis_answers": len(answers),
        "by_outcome": {o: dict(c) for o, c in by_outcome.items() if c},
        "misapplied": dict(Counter(v for a in attempts for v in (a.misapplied or [])).most_common()),
        "missed": dict(Counter(v for a in attempts for v in (a.missed or [])).most_common()),
        "wrong_predictions": Counter((a.expected_outcome, a.predicted_outcome) for a in wrong).most_common(),
        "readings": Counter((scenario_label(a.scenario_id, a.question_label), reading_label(a.reading))
                            for a in attempts if a.reading).most_common(),
        "steps": {k: dict(v) for k, v in step_verdicts.items()},
        "misconceptions": [(misconceptions.label(m), n) for m, n in met.most_common()],
        "unhelpful": [r for r in ratings if not r.helpful],
        "helpful": sum(r.helpful for r in ratings),
    }


def answer_rows(store: TeachingStore, class_code: str, since: Optional[dt.date] = None,
                until: Optional[dt.date] = None) -> list:
    """One row per answer, for the CSV: class, conversation, time, activity, question, words, verdict, score."""
    rows = []
    for a in in_range(store.class_analysis(class_code), since, until):
        score = ANALYSIS_SCORES.get(a.verdict)
        rows.append((_when(a), {"class": class_code, "conversation": a.conversation_id,
                                "time": f"{_when(a):%Y-%m-%d %H:%M:%S}", "activity": "analysis",
                                "question": step_label(a.step_id), "student_words": a.answer_text,
                                "verdict": a.verdict, "score": "" if score is None else rubric.points(score)}))
    for a in in_range(store.class_attempts(class_code), since, until):
        v = quiz_verdict(a)
        rows.append((_when(a), {"class": class_code, "conversation": a.conversation_id,
                                "time": f"{_when(a):%Y-%m-%d %H:%M:%S}", "activity": "quiz",
                                "question": f"Question {a.question_no}: {scenario_label(a.scenario_id, a.question_label)}",
                                "student_words": a.answer_text, "verdict": v, "score": rubric.points(rubric.SCORES[v])}))
    return [r for _, r in sorted(rows, key=lambda pair: pair[0])]
