"""The teacher's class report: one self-contained HTML file with an embedded chart.

Figures come straight from the stored rows (see `stats`, which the tests check); the
HTML only lays them out. Everything a student typed is escaped. The chart is drawn with
matplotlib's Agg backend (no display needed) and embedded as a PNG data URI.
"""

from __future__ import annotations

import base64
import datetime as dt
import html
import io
from collections import Counter, defaultdict
from typing import Optional

import cable

from . import analysis
from .store import TeachingStore

VERDICTS = ("right", "partly right", "wrong")
CHART_LABELS = {"out_of_scope": "Out of scope", "conflict": "Conflict (views 1 and 4)", "repatriate": "Repatriate (view 4)",
                "retain": "Keep (view 1)", "approve_return": "Approved to leave (view 2)",
                "return_on_request": "Sent back on request (view 3)", "no_provision": "No provision"}


def _verdict(a) -> str:
    return "right" if a.correct else "partly right" if a.outcome_correct else "wrong"


def stats(store: TeachingStore, class_code: str) -> dict:
    """Every figure in the report, as plain data."""
    attempts = store.class_attempts(class_code)
    answers = store.class_analysis(class_code)
    ratings = store.class_ratings(class_code)
    students = store.students(class_code)
    per_student = []
    for sid in students:
        mine = [a for a in attempts if a.conversation_id == sid]
        steps = {a.step_id: a.verdict for a in answers if a.conversation_id == sid}
        per_student.append({"id": sid, "answered": len(mine), "right": sum(a.correct for a in mine),
                            "steps": len(steps), "full": sum(v in ("complete", "argued") for v in steps.values())})
    by_outcome = {o: Counter() for o in cable.OUTCOMES}
    for a in attempts:
        by_outcome[a.expected_outcome][_verdict(a)] += 1
    final = {}
    for a in answers:
        final[(a.conversation_id, a.step_id)] = a
    step_verdicts = defaultdict(Counter)
    for (_, step_id), a in final.items():
        step_verdicts[step_id][a.verdict] += 1
    wrong = [a for a in attempts if not a.outcome_correct]
    return {
        "class_code": class_code,
        "students": per_student,
        "attempts": len(attempts),
        "right": sum(a.correct for a in attempts),
        "analysis_answers": len(answers),
        "by_outcome": {o: dict(c) for o, c in by_outcome.items() if c},
        "misapplied": dict(Counter(v for a in attempts for v in (a.misapplied or [])).most_common()),
        "missed": dict(Counter(v for a in attempts for v in (a.missed or [])).most_common()),
        "wrong_predictions": Counter((a.expected_outcome, a.predicted_outcome) for a in wrong).most_common(),
        "readings": Counter((a.scenario_id, a.reading) for a in attempts if a.reading).most_common(),
        "steps": {k: dict(v) for k, v in step_verdicts.items()},
        "misconceptions": Counter(m for a in answers for m in (a.misconceptions or [])).most_common(),
        "unhelpful": [r for r in ratings if not r.helpful],
        "helpful": sum(r.helpful for r in ratings),
    }


def chart_png(by_outcome: dict) -> Optional[bytes]:
    """Stacked bars of right / partly right / wrong per outcome; None when there is nothing to draw."""
    if not by_outcome:
        return None
    import matplotlib

    matplotlib.use("Agg")
    from matplotlib import pyplot as plt

    outcomes = [o for o in cable.OUTCOMES if o in by_outcome]
    labels = [CHART_LABELS[o] for o in outcomes]
    fig, ax = plt.subplots(figsize=(8, 3.8), dpi=100)
    bottom = [0] * len(outcomes)
    for verdict, colour in zip(VERDICTS, ("#3a7d44", "#e0a526", "#b8433a")):
        values = [by_outcome[o].get(verdict, 0) for o in outcomes]
        ax.barh(labels, values, left=bottom, color=colour, label=verdict)
        bottom = [b + v for b, v in zip(bottom, values)]
    ax.invert_yaxis()
    ax.set_xlabel("quiz answers")
    ax.set_title("Quiz answers by the cable's outcome")
    ax.legend(loc="lower right", fontsize=8)
    ax.xaxis.get_major_locator().set_params(integer=True)
    fig.tight_layout()
    buf = io.BytesIO()
    fig.savefig(buf, format="png")
    plt.close(fig)
    return buf.getvalue()


def _table(headers, rows) -> str:
    head = "".join(f"<th>{html.escape(str(h))}</th>" for h in headers)
    body = "".join("<tr>" + "".join(f"<td>{html.escape(str(c))}</td>" for c in r) + "</tr>" for r in rows)
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def _label(outcome: Optional[str]) -> str:
    return cable.OUTCOME_LABELS.get(outcome, "no clear prediction") if outcome else "no clear prediction"


STYLE = ("body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#222}"
         "table{border-collapse:collapse;margin:.5rem 0 1.5rem}td,th{border:1px solid #ccc;padding:.3rem .6rem;"
         "text-align:left;vertical-align:top}th{background:#f3f3f3}.note{color:#555}img{max-width:100%}")


def render(s: dict, now: Optional[dt.datetime] = None) -> str:
    now = now or dt.datetime.now(dt.timezone.utc)
    code = html.escape(s["class_code"])
    parts = [f"<!doctype html><html lang='en'><head><meta charset='utf-8'><title>Class {code}: the 1950 cable"
             f"</title><style>{STYLE}</style></head><body>",
             f"<h1>Class {code}: the 1950 repatriation cable</h1>",
             f"<p class='note'>Generated {now:%Y-%m-%d %H:%M} UTC. Students are shown by conversation id; "
             f"no names are stored.</p>"]
    n = len(s["students"])
    if not s["attempts"] and not s["analysis_answers"]:
        parts.append(f"<p><strong>No data yet:</strong> {n} student(s) gave this class code, but there are no quiz "
                     f"attempts or analysis answers to report.</p></body></html>")
        return "".join(parts)
    pct = f"{100 * s['right'] / s['attempts']:.0f}%" if s["attempts"] else "n/a"
    parts.append(f"<p><strong>{n}</strong> student(s); <strong>{s['attempts']}</strong> quiz answers, "
                 f"<strong>{s['right']}</strong> right ({pct}); <strong>{s['analysis_answers']}</strong> analysis "
                 f"answers.</p>")
    parts.append("<h2>Scores</h2>" + _table(
        ["Student", "Quiz answers", "Right", "Score", "Analysis steps answered", "In full"],
        [(st["id"][:12], st["answered"], st["right"],
          f"{100 * st['right'] / st['answered']:.0f}%" if st["answered"] else "-", st["steps"], st["full"])
         for st in s["students"]]))
    png = chart_png(s["by_outcome"])
    if png:
        data = base64.b64encode(png).decode()
        parts.append(f"<h2>Outcomes</h2><img alt='Quiz answers by outcome: right, partly right, wrong' "
                     f"src='data:image/png;base64,{data}'>")
        parts.append(_table(["The cable's outcome"] + list(VERDICTS),
                            [(_label(o), *(c.get(v, 0) for v in VERDICTS)) for o, c in s["by_outcome"].items()]))
    views = sorted(set(s["misapplied"]) | set(s["missed"]))
    parts.append("<h2>Clauses most often misapplied</h2>")
    if views:
        rows = sorted(((f"View {v}", s["misapplied"].get(v, 0), s["missed"].get(v, 0), cable.view(v).text)
                       for v in views), key=lambda r: -(r[1] + r[2]))
        parts.append(_table(["Clause", "Named where it does not apply", "Not named where it decides", "Text"], rows))
    else:
        parts.append("<p>None: every clause named was one that applies.</p>")
    parts.append("<h2>Common wrong predictions</h2>")
    if s["wrong_predictions"]:
        parts.append(_table(["The cable's answer", "Students predicted", "Times"],
                            [(_label(e), _label(p), n) for (e, p), n in s["wrong_predictions"][:10]]))
    else:
        parts.append("<p>No wrong outcomes.</p>")
    if s["readings"]:
        parts.append("<h2>Readings argued in ambiguity cases</h2>" + _table(
            ["Scenario", "Reading", "Times"], [(sid, r, n) for (sid, r), n in s["readings"]]))
    if s["steps"]:
        names = {st.id: f"{st.habit}: {st.question}" for st in analysis.steps()}
        verdicts = sorted({v for c in s["steps"].values() for v in c})
        parts.append("<h2>Source analysis</h2>" + _table(
            ["Step"] + verdicts, [(names.get(k, k), *(c.get(v, 0) for v in verdicts)) for k, c in
                                  sorted(s["steps"].items(), key=lambda kv: list(names).index(kv[0])
                                         if kv[0] in names else 99)]))
        if s["misconceptions"]:
            parts.append("<h3>Misconceptions met</h3>" + _table(["Correction given (start)", "Times"],
                                                               s["misconceptions"]))
    parts.append(f"<h2>Answers rated unhelpful</h2><p class='note'>{s['helpful']} answer(s) were rated helpful.</p>")
    if s["unhelpful"]:
        parts.append(_table(["When (UTC)", "Kind", "About", "The answer rated"],
                            [(f"{r.created_at:%Y-%m-%d %H:%M}", r.kind, r.ref or "", r.answer_text[:400])
                             for r in s["unhelpful"]]))
    else:
        parts.append("<p>None.</p>")
    parts.append("</body></html>")
    return "".join(parts)
