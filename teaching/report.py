"""The teacher's class report: one self-contained HTML file with an embedded chart, and a CSV export.

Figures and labels come from report_data (`stats`, which the tests check); the HTML only lays them
out. Everything a student typed is escaped in HTML and guarded in CSV (a cell that starts like a
spreadsheet formula is prefixed with an apostrophe). The chart is drawn with matplotlib's Agg
backend (no display needed) and embedded as a PNG data URI.
"""

from __future__ import annotations

import base64
import csv
import datetime as dt
import html
import io
from typing import Optional

import cable

from . import rubric
from .report_data import answer_rows, stats, step_label  # noqa: F401 - stats is the report's public figures

VERDICTS = rubric.VERDICTS
CSV_COLUMNS = ("class", "conversation", "time", "activity", "question", "student_words", "verdict", "score")
CHART_LABELS = {"out_of_scope": "Out of scope", "conflict": "Conflict (views 1 and 4)", "repatriate": "Repatriate (view 4)",
                "retain": "Keep (view 1)", "approve_return": "Approved to leave (view 2)",
                "return_on_request": "Sent back on request (view 3)", "no_provision": "No provision"}


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


def _date(value) -> str:
    return f"{value:%d %B %Y}".lstrip("0") if value else ""


def _period(s: dict) -> str:
    if s["since"] or s["until"]:
        asked = f"Answers from {_date(s['since']) or 'the start'} to {_date(s['until']) or 'today'}"
    else:
        asked = "All answers"
    if s["first"]:
        return f"{asked}: the first was given on {_date(s['first'])}, the last on {_date(s['last'])} (UTC)."
    return f"{asked}: none in this period."


def _student(st: dict) -> str:
    rows = [(w["activity"], w["question"], w["first"], w["final"] or "(same as first)" if w["first"] else "",
             w["result"] or ("skipped" if w["skipped"] else ""), w["hints"], "yes" if w["skipped"] else "",
             "; ".join(w["corrected"])) for w in st["work"]]
    head = (f"<h3>Student {html.escape(st['id'])}</h3><p>Quiz: {rubric.points(st['points'])} points from "
            f"{st['answered']} answers ({st['right']} right, {st['partly']} partly right); analysis: {st['full']} of "
            f"{st['steps']} steps answered in full; {st['hints']} hint(s), {st['skips']} skip(s).</p>")
    if not rows:
        return head + "<p>No answers yet.</p>"
    return head + _table(["Activity", "Question", "First words", "Final words", "Result", "Hints", "Skipped",
                          "Misconceptions corrected"], rows)


def render(s: dict, now: Optional[dt.datetime] = None) -> str:
    now = now or dt.datetime.now(dt.timezone.utc)
    code = html.escape(s["class_code"])
    parts = [f"<!doctype html><html lang='en'><head><meta charset='utf-8'><title>Class {code}: the 1950 cable"
             f"</title><style>{STYLE}</style></head><body>",
             f"<h1>Class {code}: the 1950 repatriation cable</h1>",
             f"<p class='note'>{html.escape(_period(s))} Generated {now:%Y-%m-%d %H:%M} UTC. Students are shown by "
             f"conversation id; no names are stored.</p>"]
    n = len(s["students"])
    if not s["attempts"] and not s["analysis_answers"]:
        parts.append(f"<p><strong>No data yet:</strong> {n} student(s) gave this class code, but there are no quiz "
                     f"attempts or analysis answers to report.</p></body></html>")
        return "".join(parts)
    pct = f"{100 * s['right'] / s['attempts']:.0f}%" if s["attempts"] else "n/a"
    parts.append(f"<p><strong>{n}</strong> student(s); <strong>{s['attempts']}</strong> quiz answers, "
                 f"<strong>{s['right']}</strong> right ({pct}), {rubric.points(s['points'])} points with partly right "
                 f"answers at half a point; <strong>{s['analysis_answers']}</strong> analysis answers.</p>")
    parts.append(f"<p class='note'>{html.escape(rubric.EXPLAINED)}</p>")
    parts.append("<h2>Scores</h2>" + _table(
        ["Student", "Quiz answers", "Right", "Partly right", "Points", "Analysis steps answered", "In full",
         "Hints", "Skips"],
        [(st["id"], st["answered"], st["right"], st["partly"], rubric.points(st["points"]), st["steps"], st["full"],
          st["hints"], st["skips"]) for st in s["students"]]))
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
        parts.append("<h2>Readings argued in open questions</h2>" + _table(
            ["Question", "The student's reading: the person ...", "Times"],
            [(q, r, n) for (q, r), n in s["readings"]]))
    if s["steps"]:
        verdicts = sorted({v for c in s["steps"].values() for v in c})
        parts.append("<h2>Source analysis</h2>" + _table(
            ["Step"] + verdicts, [(step_label(k), *(c.get(v, 0) for v in verdicts)) for k, c in
                                  sorted(s["steps"].items(), key=lambda kv: step_label(kv[0]))]))
    if s["misconceptions"]:
        parts.append("<h2>Misconceptions corrected</h2>" + _table(["Misconception", "Times"], s["misconceptions"]))
    parts.append("<h2>Each student's work</h2><p class='note'>Their own words: the first answer and, if they tried "
                 "again, the final one.</p>" + "".join(_student(st) for st in s["students"]))
    unhelpful = len(s["unhelpful"])
    parts.append(f"<h2>Ratings</h2><p>{s['helpful']} answer(s) rated helpful; {unhelpful} rated not helpful.</p>")
    if s["unhelpful"]:
        parts.append("<h3>Answers rated not helpful</h3>" + _table(
            ["When (UTC)", "Kind", "About", "The answer rated"],
            [(f"{r.created_at:%Y-%m-%d %H:%M}", r.kind, r.ref or "", r.answer_text) for r in s["unhelpful"]]))
    parts.append("</body></html>")
    return "".join(parts)


def _cell(value) -> str:
    text = str(value)
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def to_csv(rows: list) -> str:
    """One row per answer with CSV_COLUMNS; formula-like cells are made inert."""
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=CSV_COLUMNS, lineterminator="\n")
    writer.writeheader()
    for row in rows:
        writer.writerow({k: _cell(row[k]) for k in CSV_COLUMNS})
    return out.getvalue()
