"""Command line: python -m cable {assess,clauses,diagram,questions}.

Expected user errors (bad JSON, invalid facts) exit with status 2 and ONE line
on stderr, never a traceback, so scripts and people can act on the message.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Optional, Sequence

from .case import BOOL_FIELDS, FIELDS, Case, CaseError, allowed_text
from .diagram import mermaid
from .document import ATTRIBUTION
from .explain import assess, render_text
from .questions import open_questions
from .rules import CLAUSES

_FIELDS_HELP = "\n".join(
    f"  {name}: {allowed_text(name)}" + (" (or null = not given)" if name not in BOOL_FIELDS else "")
    for name in FIELDS
)

CASE_HELP = f"""\
Case facts are a JSON object with these fields:
{_FIELDS_HELP}
Missing booleans (or null) default to false; a missing nationality or group
means "not given": a case with no group matches no group-based view (1 to 3),
and a case with no nationality is treated as within the cable's scope (with a
caveat). Nationality "unsure" means the person's nationality is unclear (mixed
parentage, Korean descent with Chinese papers): also within the scope, with its
own caveat. Unknown fields or invalid values exit with status 2.

Source: {ATTRIBUTION}
"""


class UsageError(Exception):
    """A one-line problem with the user's input."""


def _read_json(arg: Optional[str], what: str, default=None):
    text = sys.stdin.read() if arg in (None, "-") else arg
    if not text.strip():
        if default is not None:
            return default
        raise UsageError(f"{what}: no JSON given (pass it as an argument or on stdin)")
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise UsageError(
            f"{what}: not valid JSON: {exc.msg} at line {exc.lineno}, column {exc.colno}"
        ) from None
    except RecursionError:
        raise UsageError(f"{what}: not valid JSON here: nested too deeply") from None


def _cmd_assess(args) -> int:
    data = _read_json(args.case, "case")
    determination = assess(Case.from_dict(data))
    if args.text:
        print(render_text(determination))
    else:
        print(json.dumps(determination.to_dict(), indent=2, ensure_ascii=False))
    return 0


def _cmd_clauses(args) -> int:
    if args.json:
        items = [{"id": c.id, "number": c.number, "label": c.label, "text": c.text} for c in CLAUSES]
        print(json.dumps(items, indent=2, ensure_ascii=False))
    else:
        for c in CLAUSES:
            print(f"{c.id}: {c.text}")
    return 0


def _cmd_diagram(args) -> int:
    print(mermaid(), end="")
    return 0


def _cmd_questions(args) -> int:
    # With no argument, read stdin unless it is a terminal; empty input means {}.
    known = {} if args.known is None and sys.stdin.isatty() else _read_json(args.known, "known", {})
    print(json.dumps(open_questions(known)))
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m cable",
        description="Apply the Chinese Foreign Ministry cable of 20 April 1950 "
        "('On the Repatriation of Korean Nationals in China') to a case.",
        epilog=CASE_HELP,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    sub.required = True

    p = sub.add_parser("assess", help="assess a case given as JSON", epilog=CASE_HELP,
                       formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("case", nargs="?", help="case facts as a JSON object (default: read stdin)")
    p.add_argument("--text", action="store_true", help="print a readable rendering instead of JSON")
    p.set_defaults(func=_cmd_assess)

    p = sub.add_parser("clauses", help="print the cable's clauses verbatim")
    p.add_argument("--json", action="store_true", help="print as JSON")
    p.set_defaults(func=_cmd_clauses)

    p = sub.add_parser("diagram", help="print a Mermaid flowchart of the decision logic")
    p.set_defaults(func=_cmd_diagram)

    p = sub.add_parser("questions", help="list the open questions given known facts (JSON)",
                       epilog=CASE_HELP, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("known", nargs="?", help="known facts as a JSON object (default: {} or stdin)")
    p.set_defaults(func=_cmd_questions)
    return parser


def main(argv: Optional[Sequence[str]] = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return args.func(args)
    except (UsageError, CaseError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except BrokenPipeError:  # e.g. piped into `head`
        return 0
    except KeyboardInterrupt:
        return 130
    except Exception as exc:  # last resort: still one line, never a traceback
        print(f"error: unexpected {type(exc).__name__}: {exc}".splitlines()[0], file=sys.stderr)
        return 1
