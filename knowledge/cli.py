"""Command line: ``python -m knowledge {ask,search,topics,build,check}``.

Output is JSON (except build/check, which print one summary line).  Every
expected failure - bad content, bad DATABASE_URL, unreachable database, empty
question - exits 2 with one ``error: ...`` line on stderr, never a traceback.
"""
from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Sequence
from dataclasses import asdict
from pathlib import Path

from sqlalchemy.exc import SQLAlchemyError

from . import loader, store
from .db import DatabaseURLError, describe, make_engine
from .search import KnowledgeBase

EXIT_ERROR = 2


class UsageError(Exception):
    pass


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="python -m knowledge",
                                description="Knowledge base of the 20 April 1950 cable.")
    p.add_argument("--content", type=Path, default=None,
                   help="content directory (default: knowledge/content)")
    p.add_argument("--url", default=None, help="database URL (default: $DATABASE_URL)")
    sub = p.add_subparsers(dest="command", required=True)
    ask = sub.add_parser("ask", help="answer a question (JSON)")
    ask.add_argument("question", nargs="+")
    search = sub.add_parser("search", help="ranked matching entries (JSON)")
    search.add_argument("term", nargs="+")
    search.add_argument("--limit", type=int, default=5)
    sub.add_parser("topics", help="list topics (JSON)")
    build = sub.add_parser("build", help="(re)build the database from content")
    build.add_argument("--if-needed", action="store_true",
                       help="skip when content is unchanged")
    sub.add_parser("check", help="validate content only")
    sub.add_parser("wordnet", help="rebuild the WordNet table of related words (needs WordNet)")
    sub.add_parser("fit", help="fit the learned ranking with cross-validation (writes ranking.json)")
    return p


def _print_json(data: object) -> None:
    print(json.dumps(data, ensure_ascii=False, indent=2))


def _run(args: argparse.Namespace) -> int:
    if args.command == "check":
        content = loader.load_content(args.content)
        print(f"content OK: {len(content.entries)} entries, {len(content.topics)} topics, "
              f"{len(content.sources)} sources in {len(content.files)} files")
        return 0
    if args.command == "wordnet":
        from understanding.lexical import WordNetMissing

        from . import related
        try:
            n = related.write(args.content)
        except WordNetMissing as exc:
            raise UsageError(str(exc)) from None
        print(f"wrote {related.RELATED_FILE}: {n} words related to the content's vocabulary")
        return 0
    if args.command == "fit":
        from . import fit
        data = fit.run(args.content, log=lambda m: print(m, file=sys.stderr))
        _print_json({"weights": data["weights"], "thresholds": data["thresholds"],
                     "cross_validation": data["cross_validation"]})
        return 0
    if args.command == "build":
        engine = make_engine(args.url)
        if args.if_needed and not store.build_if_needed(engine, args.content):
            print(f"knowledge base up to date ({describe(engine)})")
            return 0
        counts = {} if args.if_needed else store.build(engine, args.content)
        counts = counts or {k[6:]: int(v) for k, v in store.read_meta(engine).items()
                            if k.startswith("count_")}
        print("knowledge base built: " + ", ".join(f"{v} {k}" for k, v in counts.items())
              + f" ({describe(engine)})")
        return 0
    text = " ".join(getattr(args, "question", None) or getattr(args, "term", None) or [])
    if args.command in ("ask", "search") and not text.strip():
        raise UsageError(f"empty {'question' if args.command == 'ask' else 'search term'}")
    kb = KnowledgeBase(make_engine(args.url), args.content)
    try:
        if args.command == "ask":
            _print_json(kb.ask(text).to_dict())
        elif args.command == "search":
            _print_json([h.to_dict() for h in kb.search(text, args.limit)])
        else:
            counts = kb.topic_counts()
            _print_json([{**asdict(t), "entries": counts.get(t.id, 0)} for t in kb.topics()])
    finally:
        kb.close()
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        return _run(args)
    except BrokenPipeError:          # output piped into `head`: not an error
        sys.stdout = open(os.devnull, "w")
        return 0
    except (loader.ContentError, DatabaseURLError, UsageError) as exc:
        print(f"error: {exc}", file=sys.stderr)
    except SQLAlchemyError as exc:
        reason = str(getattr(exc, "orig", None) or exc).strip().splitlines()[0]
        print(f"error: database failure (check DATABASE_URL): {reason}", file=sys.stderr)
    except OSError as exc:
        print(f"error: {exc}", file=sys.stderr)
    except Exception as exc:  # noqa: BLE001 - the CLI promises one line, not a traceback
        print(f"error: unexpected {type(exc).__name__}: {exc}", file=sys.stderr)
    return EXIT_ERROR
