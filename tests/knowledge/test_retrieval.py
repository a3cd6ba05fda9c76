"""Retrieval quality on two question sets, against the REAL content.

``dev_questions.yml`` (answerable: [{q, expected}], unanswerable: [{q}]) is
written independently of the retrieval code; scoring and content are tuned on
it.  ``holdout_questions.yml`` has the same format, was written before the
issue #8 tuning and is never tuned on: it shows whether the tuning generalises,
so its floors sit a little below what it measured.  ``off_topic_questions.yml``
(off_topic: [{q}]) holds present-day, chit-chat and other-subject questions and bare
words, written before the tuning that declines them: at most one may be answered.
Measured:

* top-1 accuracy - the best match for an answerable question (what ``ask``
  answers, or offers first when it declines) is the expected entry; a gap
  entry counts when it is the expected id.
* false answers - unanswerable questions with ``answered=True``.
* answered correctly - ``ask`` is confident enough to answer AND right (the
  number issue #8 judges: at least 90%).

Markdown reports with every miss go to var/reports/kb_retrieval*.md
(gitignored).
"""
from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from knowledge.search import KnowledgeBase

HERE = Path(__file__).resolve().parent
DEV_SET = HERE / "dev_questions.yml"
HOLDOUT_SET = HERE / "holdout_questions.yml"
OFF_TOPIC_SET = HERE / "off_topic_questions.yml"
REPORT = HERE.parent.parent / "var" / "reports" / "kb_retrieval.md"
HOLDOUT_REPORT = REPORT.with_name("kb_retrieval_holdout.md")
# Gates at what the dev set measures (156/162 top-1, 151/162 answered right),
# so losing one question fails.
MIN_TOP1 = 0.96
MIN_ANSWERED = 0.93
MAX_FALSE_ANSWERS = 0
# Held-out measured 57/62 top-1, 55/62 answered right, 1/15 falsely answered.
HOLDOUT_MIN_TOP1 = 0.88
HOLDOUT_MIN_ANSWERED = 0.85
HOLDOUT_MAX_FALSE_ANSWERS = 1
# Off-topic measured 1/42 answered (the population of South Korea today, answered
# with the 2021 figure for ethnic Koreans in China); 13/42 before the decline cues.
MAX_OFF_TOPIC_ANSWERED = 1


def evaluate(kb: KnowledgeBase, dev: dict) -> dict:
    known = {e.id for e in kb.entries()}
    rows, false_answers = [], []
    answerable = dev.get("answerable") or []
    for item in answerable:
        hits = kb.search(item["q"], 1)
        rows.append((item, hits[0].entry_id if hits else None, kb.ask(item["q"])))
    unanswerable = dev.get("unanswerable") or []
    for item in unanswerable:
        answer = kb.ask(item["q"])
        if answer.answered:
            false_answers.append((item, answer))
    n = len(answerable) or 1
    top1 = sum(1 for item, top, _ in rows if top == item["expected"])
    answered = sum(1 for item, _, ans in rows if ans.entry_id == item["expected"])
    return {"answerable": len(answerable), "top1": top1, "top1_rate": top1 / n,
            "answered": answered, "answered_rate": answered / n,
            "unanswerable": len(unanswerable), "false_answers": false_answers,
            "rows": rows, "unknown_labels": [i for i, _, _ in rows
                                             if i["expected"] not in known]}


def write_report(r: dict, path: Path = REPORT, name: str = "the development set",
                 gates: tuple = (MIN_TOP1, MIN_ANSWERED, MAX_FALSE_ANSWERS)) -> None:
    min_top1, min_answered, max_false = gates
    lines = [f"# Knowledge-base retrieval on {name}", "",
             f"- top-1 accuracy (best match): {r['top1']}/{r['answerable']} = "
             f"{r['top1_rate']:.1%} (pass mark {min_top1:.0%})",
             f"- answered correctly (confident and right): {r['answered']}/"
             f"{r['answerable']} = {r['answered_rate']:.1%} (floor {min_answered:.0%})",
             f"- unanswerable answered: {len(r['false_answers'])}/{r['unanswerable']} "
             f"(at most {max_false})", ""]
    if r["unknown_labels"]:
        lines += ["## Expected ids not in the content", ""]
        lines += [f"- `{i['expected']}` for: {i['q']}" for i in r["unknown_labels"]]
        lines.append("")
    lines += ["## Wrong best match", "", "| question | expected | best match | confidence |",
              "|---|---|---|---|"]
    lines += [f"| {i['q']} | {i['expected']} | {top} | {a.score:.3f} |"
              for i, top, a in r["rows"] if top != i["expected"]]
    lines += ["", "## Right best match, but declined (offered as a suggestion)", "",
              "| question | expected | confidence |", "|---|---|---|"]
    lines += [f"| {i['q']} | {i['expected']} | {a.score:.3f} |"
              for i, top, a in r["rows"] if top == i["expected"] and a.entry_id != top]
    lines += ["", "## Unanswerable but answered", "", "| question | got | confidence |",
              "|---|---|---|"]
    lines += [f"| {i['q']} | {a.entry_id} | {a.score:.3f} |" for i, a in r["false_answers"]]
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def _question_set(path: Path) -> dict:
    if not path.exists():
        pytest.skip(f"{path.name} not written yet")
    return yaml.safe_load(path.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def dev_set():
    return _question_set(DEV_SET)


@pytest.fixture(scope="module")
def holdout_set():
    return _question_set(HOLDOUT_SET)


def _check(r: dict, report: Path, gates: tuple, label: str, capsys) -> None:
    min_top1, min_answered, max_false = gates
    with capsys.disabled():
        print(f"\n[kb retrieval, {label}] top-1 {r['top1']}/{r['answerable']} = "
              f"{r['top1_rate']:.1%}; answered correctly {r['answered']}/{r['answerable']} = "
              f"{r['answered_rate']:.1%}; unanswerable answered "
              f"{len(r['false_answers'])}/{r['unanswerable']} (report: {report})")
    assert r["answerable"] >= 1 and r["unanswerable"] >= 1
    assert not r["unknown_labels"], r["unknown_labels"]
    assert r["top1_rate"] >= min_top1, f"top-1 {r['top1_rate']:.1%}; see {report}"
    assert len(r["false_answers"]) <= max_false, [i["q"] for i, _ in r["false_answers"]]
    assert r["answered_rate"] >= min_answered, f"answered {r['answered_rate']:.1%}; see {report}"


def test_dev_set_retrieval(real_kb, dev_set, capsys):
    r = evaluate(real_kb, dev_set)
    write_report(r)
    _check(r, REPORT, (MIN_TOP1, MIN_ANSWERED, MAX_FALSE_ANSWERS), "dev", capsys)


def test_holdout_set_retrieval(real_kb, holdout_set, capsys):
    gates = (HOLDOUT_MIN_TOP1, HOLDOUT_MIN_ANSWERED, HOLDOUT_MAX_FALSE_ANSWERS)
    r = evaluate(real_kb, holdout_set)
    write_report(r, HOLDOUT_REPORT, "the held-out set", gates)
    _check(r, HOLDOUT_REPORT, gates, "held-out", capsys)


def test_off_topic_questions_are_declined(real_kb):
    """The time, the weather, the assistant itself, office-holders now, other
    subjects and bare words: a student must not get a document answer."""
    questions = [i["q"] for i in _question_set(OFF_TOPIC_SET)["off_topic"]]
    answered = [(q, a.entry_id, a.score) for q in questions for a in [real_kb.ask(q)]
                if a.answered]
    assert len(questions) >= 40
    assert len(answered) <= MAX_OFF_TOPIC_ANSWERED, answered


@pytest.mark.parametrize("path", [DEV_SET, HOLDOUT_SET], ids=lambda p: p.stem)
def test_question_sets_do_not_copy_content_phrasings(real_kb, path):
    """A question set that repeats the content's own phrasings measures nothing."""
    phrasings = {q.strip().lower() for e in real_kb.entries() for q in e.questions}
    questions = _question_set(path)
    copied = [i["q"] for part in ("answerable", "unanswerable")
              for i in questions.get(part) or [] if i["q"].strip().lower() in phrasings]
    assert not copied, copied


def test_every_content_phrasing_finds_its_own_entry(real_kb):
    """Sanity: the stored phrasings themselves must retrieve their entries."""
    wrong = []
    for entry in real_kb.entries():
        for q in entry.questions:
            if real_kb.ask(q).entry_id != entry.id:
                wrong.append((q, entry.id, real_kb.ask(q).entry_id))
    assert len(wrong) <= 0.05 * sum(len(e.questions) for e in real_kb.entries()), wrong
