"""`python -m bench.eval` (`make eval`): the question sets through `knowledge ask` and the chat, and
the case descriptions through the chat; prints a table and writes bench/eval-results.md.

    python -m bench.eval              # everything (starts the servers on free ports)
    python -m bench.eval --no-chat    # `knowledge ask` only, in seconds

Failures of the project's own sets are listed in the report; the shared validation sets' messages
are not (they go to var/reports/eval-shared-failures.md, not committed): read them as categories.
"""
from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from collections import Counter, defaultdict
from pathlib import Path

from bench.eval import scoring, sets

OUT = sets.ROOT / "bench" / "eval-results.md"
SHARED_FAILURES = sets.ROOT / "var" / "reports" / "eval-shared-failures.md"


def _kb(tmp: Path):
    from knowledge import KnowledgeBase
    return KnowledgeBase.open(f"sqlite:///{tmp / 'kb.db'}")


def _entry_ids(answer) -> set:
    ids = {answer.entry_id} | {p.get("entry_id") for p in getattr(answer, "parts", None) or []}
    return {i for i in ids if i}


def run_ask(kb, questions):
    """(outcomes, seconds per question, answers)."""
    outcomes, times, answers = [], [], []
    for q in questions:
        t0 = time.perf_counter()
        a = kb.ask(q.text)
        times.append(time.perf_counter() - t0)
        answers.append(a)
        outcomes.append(scoring.classify(q, answered=a.answered, text=a.answer,
                                         entry_ids=_entry_ids(a)))
    return outcomes, times, answers


def run_chat(bot, kb, questions):
    from bench.eval import chat
    replies = chat.ask_all(bot, [q.text for q in questions])

    def answer_of(entry_id):
        e = kb.get(entry_id)
        return e.answer if e else None
    return [scoring.classify(q, answered=False, text=r, answer_of=answer_of, chat=True)
            for q, r in zip(questions, replies, strict=True)], replies


def _row(name, via, outcomes) -> str:
    c = Counter(outcomes)
    return (f"| {name} | {via} | {len(outcomes)} | {c[scoring.RIGHT]} ({c[scoring.RIGHT] / max(len(outcomes), 1):.0%}) "
            f"| {c[scoring.DECLINED]} | {c[scoring.WRONG]} | {c[scoring.FALSE_ANSWER]} |")


def _failures(questions, outcomes, answers, via) -> list[str]:
    lines = []
    for q, o, a in zip(questions, outcomes, answers, strict=True):
        if o == scoring.RIGHT:
            continue
        got = a if isinstance(a, str) else (", ".join(sorted(_entry_ids(a))) or "-") + \
            f" ({getattr(a, 'reason', None) or ('answered' if a.answered else 'declined')})"
        want = (" + ".join("|".join(sorted(p)) for p in q.parts)
                or " + ".join("|".join(k) for k in q.keywords) or "decline")
        lines.append(f"| {via} | {o} | {q.text} | {want} | {str(got)[:160].replace(chr(10), ' ')} |")
    return lines


def main(argv=None) -> int:
    p = argparse.ArgumentParser(prog="python -m bench.eval", description=__doc__.splitlines()[0])
    p.add_argument("--no-chat", action="store_true", help="only `knowledge ask`, no servers")
    p.add_argument("--out", type=Path, default=OUT)
    args = p.parse_args(argv)
    command = "python -m bench.eval" + (" --no-chat" if args.no_chat else "")
    started = time.time()
    table = ["| set | through | questions | right | wrongly declined | wrong answer | unanswerable answered |",
             "|---|---|---|---|---|---|---|"]
    notes, own_failures, shared_failures, registers = [], [], [], []
    all_times = []
    loaded = []
    with tempfile.TemporaryDirectory(prefix="eval-kb-") as tmp:
        kb = _kb(Path(tmp))
        for name, path, kind in sets.QUESTION_SETS:
            questions = sets.read_questions(path, kind)
            if questions is None:
                notes.append(f"- {name}: skipped, {path} is absent.")
                continue
            outcomes, times, answers = run_ask(kb, questions)
            all_times += times
            table.append(_row(name, "`knowledge ask`", outcomes))
            loaded.append((name, kind, questions))
            if path in sets.HELD_OUT:
                notes.append(f"- {name}: held out, failures not listed.")
            else:
                (shared_failures if kind == "shared" else own_failures).extend(
                    _failures(questions, outcomes, answers, "ask"))
            if kind == "shared":
                by = defaultdict(Counter)
                for q, o in zip(questions, outcomes, strict=True):
                    by[q.register][o] += 1
                registers += [f"| {r} | {c[scoring.RIGHT]}/{sum(c.values())} |"
                              for r, c in sorted(by.items())]
        chat_rows, case_rows = [], []
        held_out = {name for name, path, _ in sets.QUESTION_SETS if path in sets.HELD_OUT}
        if not args.no_chat:
            from bench.eval import chat
            with chat.servers() as bot:
                for name, kind, questions in loaded:
                    outcomes, replies = run_chat(bot, kb, questions)
                    chat_rows.append(_row(name, "chat", outcomes))
                    if name not in held_out:
                        (shared_failures if kind == "shared" else own_failures).extend(
                            _failures(questions, outcomes, replies, "chat"))
                for name, path in sets.CASE_SETS:
                    descriptions = sets.read_descriptions(path)
                    if descriptions is None:
                        notes.append(f"- {name}: skipped, {path} is absent.")
                        continue
                    runs = chat.run_cases(bot, descriptions)
                    stated = sum(len(r.stated) for r in runs)
                    taken = sum(len(r.taken) for r in runs)
                    case_rows.append(
                        f"| {name} | {len(runs)} | {sum(r.started for r in runs)} | "
                        f"{sum(r.assessed for r in runs)} | {sum(r.understood for r in runs)} | "
                        f"{taken}/{stated} ({taken / max(stated, 1):.0%}) | "
                        f"{sum(bool(r.asked_again) for r in runs)} | {sum(len(r.beyond) for r in runs)} |")
        kb.close()
    table += chat_rows
    p50 = statistics.median(all_times) * 1000 if all_times else 0.0
    p95 = sorted(all_times)[int(0.95 * (len(all_times) - 1))] * 1000 if all_times else 0.0
    lines = ["# Understanding students: `make eval`", "",
             f"Command: `{command}` (`make eval`), {time.strftime('%Y-%m-%d')}, "
             f"{time.time() - started:.0f} s.", "",
             "Right = the reply gives every expected part (own sets: the expected entries; shared set: "
             "every keyword). Wrongly declined = an answerable question declined. Wrong answer = "
             "answered, but not with what was expected. Unanswerable answered = a question the "
             "sources cannot answer, answered. The chat figures come from the REST channel of the "
             "real servers, one new conversation per question.", "", *table, ""]
    if registers:
        lines += ["Shared student set through `knowledge ask`, right by register:", "",
                  "| register | right |", "|---|---|", *registers, ""]
    if case_rows:
        lines += ["## Case descriptions through the chat", "",
                  "Started = the first reply is the case form at work. Assessed = an outcome was "
                  "reached (the harness answers whatever the form still asks). Understood = assessed "
                  "with every stated fact taken from the first message and none asked again. Facts beyond "
                  "the stated = facts the first message filled that its writer did not list: some are fair "
                  "inferences, some are another person's facts; read the development sets' cases to tell.", "",
                  "| set | descriptions | started | assessed | understood | facts taken / stated "
                  "| a stated fact asked again | facts beyond the stated |", "|---|---|---|---|---|---|---|---|",
                  *case_rows, ""]
    lines += [f"`knowledge ask` in process after loading: p50 {p50:.2f} ms, p95 {p95:.2f} ms "
              f"over {len(all_times)} questions.", ""]
    if notes:
        lines += ["Notes:", "", *notes, ""]
    lines += ["## Failures of the project's own sets", "",
              "| through | outcome | question | expected | got |", "|---|---|---|---|---|",
              *own_failures, ""]
    args.out.write_text("\n".join(lines), encoding="utf-8")
    SHARED_FAILURES.parent.mkdir(parents=True, exist_ok=True)
    SHARED_FAILURES.write_text("\n".join(["# Shared-set failures (not committed)", "",
                                          "| through | outcome | question | expected | got |",
                                          "|---|---|---|---|---|", *shared_failures, ""]),
                               encoding="utf-8")
    print("\n".join(lines[:lines.index("## Failures of the project's own sets")]))
    print(f"report: {args.out}; shared-set failures: {SHARED_FAILURES}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
