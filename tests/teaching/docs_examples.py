"""The examples in docs/teaching.md, produced by running the code (test_docs.py keeps the page equal to them).

    .venv/bin/python -m tests.teaching.docs_examples   # prints the blocks to paste after a change
"""

import re
import tempfile

TIME = re.compile(r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d")


def misconception() -> str:
    from teaching import analysis

    state = {**analysis.new_state(), "step": 2}
    text = "1950, it was during the korean war"
    _, message, _ = analysis.answer(state, text)
    return f"> {text}\n{message}"


def corroboration() -> str:
    from teaching import analysis

    state = {**analysis.new_state(), "step": [s.id for s in analysis.steps()].index("corroboration_military")}
    question = analysis.question_text(state)
    text = ("both are about koreans going home, but the CMC one moves whole units of soldiers and ours is about "
            "civilians, because the army dealt with its own men")
    _, message, _ = analysis.answer(state, text)
    return f"{question}\n> {text}\n{message}"


def report_excerpt() -> str:
    import cable
    from tests.teaching.records import attempt
    from teaching import report
    from teaching.store import TeachingStore

    with tempfile.TemporaryDirectory() as tmp:
        store = TeachingStore(f"sqlite:///{tmp}/docs.db")
        store.create_class("HIST7")
        for who in ("student-a", "student-b"):
            store.set_class(who, "HIST7")
        case = cable.Case("korean", "ordinary_national", requests_return=True, pending_case=True)
        attempt(store, "student-a", cable.Case("japanese", "technical_personnel"), "they keep him", "HIST7", 1)
        store.add_event("student-b", "HIST7", "quiz", "question 1", "hint")
        attempt(store, "student-b", case, "he cant leave because hes being sued", "HIST7", 1)
        store.add_analysis("student-b", "HIST7", {"step": "context_when", "habit": "contextualisation", "attempt": 1,
                                                  "verdict": "try again", "misconceptions": ["during_korean_war"]},
                           "1950, it was during the korean war")
        store.add_analysis("student-b", "HIST7", {"step": "context_when", "habit": "contextualisation", "attempt": 2,
                                                  "verdict": "complete"}, "just after the PRC was founded in 1949")
        csv_text = TIME.sub("2025-03-14 10:00:00", report.to_csv(report.answer_rows(store, "HIST7")))
        figures = report.stats(store, "HIST7")
    lines = ["answers.csv:", csv_text.rstrip(), "", "Each student's work (student-b):"]
    for w in figures["students"][1]["work"]:
        lines.append(f"- {w['question']}: first \"{w['first']}\"" + (f", final \"{w['final']}\"" if w["final"] else "")
                     + f"; {w['result']}; hints {w['hints']}" + (f"; corrected: {'; '.join(w['corrected'])}"
                                                                 if w["corrected"] else ""))
    lines.append("Misconceptions corrected: " + "; ".join(f"{m} ({n})" for m, n in figures["misconceptions"]))
    return "\n".join(lines)


BLOCKS = {"misconception": misconception, "corroboration": corroboration, "report": report_excerpt}

if __name__ == "__main__":
    for name, make in BLOCKS.items():
        print(f"<!-- example: {name} -->\n```text\n{make()}\n```\n")
