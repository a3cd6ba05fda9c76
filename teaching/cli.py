"""Command line: python -m teaching {report,summary,check-scenarios,personas,class}.

Expected problems (a bad or unknown class code, an unreadable database, a broken scenario
file) exit with status 2 and one line on stderr, never a traceback.
"""

from __future__ import annotations

import argparse
import datetime as dt
import getpass
import json
import os
import sys
from pathlib import Path
from typing import Optional, Sequence

from sqlalchemy.exc import SQLAlchemyError

from . import persona_table, report, scenario_files, summary
from .classcode import ClassCodeError, normalize_class_code
from .store import VAR_DIR, ClassExistsError, TeachingStore, Unscoped


MAX_CARDS = 10000


class UsageError(Exception):
    """A one-line problem with the user's input."""


def _store(args) -> TeachingStore:
    return TeachingStore(args.database) if args.database else TeachingStore()


def _write(text: str, out: Optional[str], default: Path) -> Path:
    path = Path(out) if out else default
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def _code(value: str) -> str:
    try:
        return normalize_class_code(value)
    except ClassCodeError as e:
        raise UsageError(str(e)) from None


def _day(value: Optional[str], what: str) -> Optional[dt.date]:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise UsageError(f"{what} {value!r} is not a date: use YYYY-MM-DD, for example 2025-03-14") from None


def _teacher_key(args, code: str) -> str:
    key = args.key or os.environ.get("TEACHER_KEY", "")
    if not key and sys.stdin.isatty():
        key = getpass.getpass(f"Teacher key for class {code}: ")
    if not key:
        raise UsageError(f"the report needs the teacher key that `python -m teaching class create {code}` printed: "
                         "pass --key KEY (or set TEACHER_KEY)")
    return key


def _cmd_report(args) -> int:
    code = _code(args.class_code)
    since, until = _day(args.since, "--since"), _day(args.until, "--until")
    if since and until and since > until:
        raise UsageError(f"--since {since} is after --until {until}")
    store = _store(args)
    if not store.class_exists(code):
        created = store.created_classes()
        listed = ", ".join(created) if created else "none yet"
        raise UsageError(f"unknown class code {code!r}: no teacher has created it (created classes: {listed}); "
                         f"create it with: python -m teaching class create {code}")
    if not store.check_key(code, _teacher_key(args, code)):
        raise UsageError(f"wrong teacher key for class {code}")
    figures = report.stats(store, code, since, until)
    if args.csv:
        rows = report.answer_rows(store, code, since, until)
        print(f"wrote {_write(report.to_csv(rows), args.csv, Path(args.csv))}: {len(rows)} answer(s), one per row")
    if args.out or not args.csv:
        path = _write(report.render(figures), args.out, VAR_DIR / "teaching" / f"report-{code}.html")
        empty = "" if figures["attempts"] or figures["analysis_answers"] else " (no quiz attempts or analysis answers yet)"
        print(f"wrote {path}: class {code}, {len(figures['students'])} student(s), {figures['attempts']} quiz answers{empty}")
    return 0


def _cmd_class_create(args) -> int:
    code = _code(args.code)
    try:
        key = _store(args).create_class(code)
    except ClassExistsError as e:
        raise UsageError(str(e)) from None
    print(f"created class {code}\nteacher key: {key}\n"
          f"Students join with \"my class code is {code}\". Keep the key: the report asks for it "
          f"(python -m teaching report --class {code} --key {key}).")
    return 0


def _cmd_summary(args) -> int:
    store = _store(args)
    data = summary.collect(store, args.conversation)
    if not data["attempts"] and not data["steps"]:
        raise UsageError(f"nothing recorded for conversation {args.conversation!r}")
    text = summary.as_markdown(data, args.conversation)
    if args.out:
        print(f"wrote {_write(text, args.out, Path(args.out))}")
    else:
        sys.stdout.write(text)
    return 0


def _cmd_check(args) -> int:
    sets, errors = scenario_files.check_all(Path(args.directory) if args.directory else None)
    for s in sets:
        print(f"ok: {s.path.name}: {len(s.scenarios)} scenarios" + (f" (class {s.class_code})" if s.class_code else ""))
    for e in errors:
        print(f"error: {e}", file=sys.stderr)
    return 2 if errors else 0


def _cmd_personas(args) -> int:
    if not 1 <= args.count <= MAX_CARDS:
        raise UsageError(f"--count must be between 1 and {MAX_CARDS}, not {args.count}")
    cards = persona_table.sample(args.count, args.seed)
    if args.json:
        print(json.dumps(cards, indent=2, ensure_ascii=False))
    else:
        for c in cards:
            print(f"{c['quiz']}.{c['question']} {c['name']}, {c['nationality']}, {c['occupation']} ({c['place']})\n"
                  f"   {c['paragraph']}\n   facts: {c['facts']}; dossier: {', '.join(c['dossier_facts'])}")
    return 0


def _count(value: str) -> int:
    try:
        return int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a whole number") from None


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="python -m teaching", description="Teaching mode: reports, summaries, scenario checks.")
    p.add_argument("--database", help="database URL (default: DATABASE_URL, else var/records.db)")
    sub = p.add_subparsers(dest="command", required=True)
    r = sub.add_parser("report", help="write a class report (self-contained HTML) and, with --csv, every answer")
    r.add_argument("--class", dest="class_code", required=True, help="the class code students gave, e.g. HIST7")
    r.add_argument("--key", help="the teacher key `class create` printed (else TEACHER_KEY, else asked for)")
    r.add_argument("--out", help="HTML file (default var/teaching/report-CODE.html; not written with --csv alone)")
    r.add_argument("--csv", help="also write one row per answer to this CSV file")
    r.add_argument("--since", help="only answers on or after this date (YYYY-MM-DD)")
    r.add_argument("--until", help="only answers on or before this date (YYYY-MM-DD)")
    r.set_defaults(func=_cmd_report)
    cl = sub.add_parser("class", help="class codes: create one and get its teacher key")
    clsub = cl.add_subparsers(dest="class_command", required=True)
    cc = clsub.add_parser("create", help="create a class code; prints the teacher key the report asks for")
    cc.add_argument("code", help="3 to 12 letters, digits or dashes, starting with a letter, e.g. HIST7")
    cc.set_defaults(func=_cmd_class_create)
    s = sub.add_parser("summary", help="one conversation's summary as Markdown")
    s.add_argument("--conversation", required=True, help="the conversation (sender) id")
    s.add_argument("--out", help="output file (default: print it)")
    s.set_defaults(func=_cmd_summary)
    c = sub.add_parser("check-scenarios", help="check teachers' scenario files against the rules")
    c.add_argument("directory", nargs="?", help="folder of *.yml files (default scenarios/)")
    c.set_defaults(func=_cmd_check)
    pe = sub.add_parser("personas", help="print generated persona cards, as quizzes deal them, for review")
    pe.add_argument("--count", type=_count, default=10, help=f"how many cards (1 to {MAX_CARDS})")
    pe.add_argument("--seed", default="1", help="any text; the same seed gives the same cards")
    pe.add_argument("--json", action="store_true", help="JSON: name, nationality, place, occupation, paragraph, facts")
    pe.set_defaults(func=_cmd_personas)
    return p


def main(argv: Optional[Sequence[str]] = None) -> int:
    args = parser().parse_args(argv)
    try:
        return args.func(args)
    except (UsageError, Unscoped) as e:
        print(f"error: {e}", file=sys.stderr)
        return 2
    except SQLAlchemyError as e:
        print(f"error: cannot read the database: {str(e).splitlines()[0]}", file=sys.stderr)
        return 2
