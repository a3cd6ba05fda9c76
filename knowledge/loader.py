"""Load and validate the knowledge-base content (``knowledge/content/*.yml``).

Bad content must stop the build, so every problem raises ``ContentError``
naming the file, the entry (id, or index when the id itself is bad) and what
is wrong.  The output is plain dataclasses: nothing here knows about the DB.
"""
from __future__ import annotations

import datetime as _dt
import hashlib
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

CONTENT_DIR = Path(__file__).resolve().parent / "content"
TOPICS_FILE = "topics.yml"
SOURCES_FILE = "sources.yml"
EVIDENCE_TYPES = ("cable text", "archive metadata", "scholarship", "interpretation")
GAP_PREFIX = "The sources here do not say"

_ID_RE = re.compile(r"^[a-z][a-z0-9]*(?:_[a-z0-9]+)*$")
_ENTRY_FIELDS = {"id", "answer", "detail", "evidence", "source", "facts",
                 "questions", "date", "gap"}


class ContentError(ValueError):
    """A content file is invalid.  ``str()`` is one line naming file and entry."""

    def __init__(self, file: Any, message: str, entry: str | None = None):
        self.file = str(file)
        self.entry = entry
        self.problem = message
        where = self.file if entry is None else f"{self.file}: entry {entry}"
        super().__init__(f"{where}: {message}")


@dataclass(frozen=True)
class Source:
    id: str
    title: str
    url: str


@dataclass(frozen=True)
class Topic:
    id: str
    label: str
    description: str


@dataclass(frozen=True)
class Entry:
    id: str
    topic: str
    answer: str
    evidence: str
    source: str
    questions: tuple[str, ...]
    detail: str | None = None
    facts: tuple[str, ...] = ()
    date: str | None = None       # ISO: YYYY-MM-DD, YYYY-MM or YYYY
    gap: bool = False
    file: str = ""


@dataclass
class Content:
    topics: list[Topic]
    sources: list[Source]
    entries: list[Entry]
    hash: str = ""
    files: list[str] = field(default_factory=list)

    def source(self, source_id: str) -> Source:
        return next(s for s in self.sources if s.id == source_id)


# -- YAML ------------------------------------------------------------------

def _read_yaml(path: Path) -> Any:
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise ContentError(path, f"not valid UTF-8 ({exc.reason})") from None
    except OSError as exc:
        raise ContentError(path, f"cannot read file ({exc.strerror})") from None
    try:
        return yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        line = f" at line {mark.line + 1}, column {mark.column + 1}" if mark else ""
        raise ContentError(path, f"malformed YAML{line}: {problem}") from None


def _type_name(value: Any) -> str:
    return {dict: "a mapping", list: "a list", str: "a string", bool: "a boolean",
            int: "a number", float: "a number", type(None): "empty"}.get(
                type(value), type(value).__name__)


def _text(value: Any, name: str, file: Path, entry: str | None) -> str:
    """A non-blank string field that must be there."""
    if value is None:
        raise ContentError(file, f"missing '{name}'", entry)
    text = _optional_text(value, name, file, entry)
    if text is None:
        raise ContentError(file, f"'{name}' is empty", entry)
    return text


def _optional_text(value: Any, name: str, file: Path, entry: str | None) -> str | None:
    """A non-blank string field, or None when it is absent or blank."""
    if value is None:
        return None
    if not isinstance(value, str):
        raise ContentError(file, f"'{name}' must be a string, not {_type_name(value)}", entry)
    return value.strip() or None


def _string_list(value: Any, name: str, file: Path, entry: str) -> tuple[str, ...]:
    if not isinstance(value, list):
        raise ContentError(file, f"'{name}' must be a list, not {_type_name(value)}", entry)
    out = []
    for i, item in enumerate(value):
        if not isinstance(item, str) or not item.strip():
            raise ContentError(
                file, f"'{name}' item {i + 1} must be a non-empty string, not "
                f"{_type_name(item)}", entry)
        out.append(item.strip())
    return tuple(out)


def _mapping_list(data: Any, file: Path, key: str | None = None) -> list[dict[str, Any]]:
    if key is not None:
        if not isinstance(data, dict):
            raise ContentError(file, f"must be a mapping with '{key}', not {_type_name(data)}")
        data = data.get(key)
    if not isinstance(data, list) or not data:
        what = f"'{key}'" if key else "file"
        raise ContentError(file, f"{what} must be a non-empty list, not {_type_name(data)}")
    for i, item in enumerate(data):
        if not isinstance(item, dict):
            raise ContentError(file, f"must be a mapping, not {_type_name(item)}",
                               f"#{i + 1}")
    return data


# -- registries --------------------------------------------------------------

def _load_topics(path: Path) -> list[Topic]:
    raw = _read_yaml(path)
    if isinstance(raw, dict) and "topics" in raw:   # tolerate {topics: [...]}
        raw = raw["topics"]
    topics: dict[str, Topic] = {}
    for i, item in enumerate(_mapping_list(raw, path)):
        label = f"#{i + 1}" if not isinstance(item.get("id"), str) else item["id"]
        tid = _text(item.get("id"), "id", path, label)
        if tid in topics:
            raise ContentError(path, "duplicate topic id", tid)
        topics[tid] = Topic(tid, _text(item.get("label"), "label", path, tid),
                            _optional_text(item.get("description"), "description", path, tid) or "")
    return list(topics.values())


def _load_sources(path: Path) -> list[Source]:
    raw = _read_yaml(path)
    if isinstance(raw, dict) and "sources" in raw:
        raw = raw["sources"]
    sources: dict[str, Source] = {}
    for i, item in enumerate(_mapping_list(raw, path)):
        label = f"#{i + 1}" if not isinstance(item.get("id"), str) else item["id"]
        sid = _text(item.get("id"), "id", path, label)
        if sid in sources:
            raise ContentError(path, "duplicate source id", sid)
        sources[sid] = Source(sid, _text(item.get("title"), "title", path, sid),
                              _optional_text(item.get("url"), "url", path, sid) or "")
    return list(sources.values())


# -- entries -----------------------------------------------------------------

_DATE_RE = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?)?$")


def _parse_date(value: Any, file: Path, entry: str) -> str | None:
    """ISO 8601 calendar date, possibly of reduced precision: YYYY[-MM[-DD]].

    Some archive documents are dated only by year, so the date is kept as its
    ISO string (which also sorts correctly) rather than a ``datetime.date``.
    """
    if value is None:
        return None
    if isinstance(value, _dt.datetime):
        return value.date().isoformat()
    if isinstance(value, _dt.date):          # YAML already parsed a full date
        return value.isoformat()
    text = str(value).strip()
    if isinstance(value, (str, int)) and not isinstance(value, bool) and _DATE_RE.match(text):
        parts = [int(p) for p in text.split("-")]
        try:
            _dt.date(parts[0], parts[1] if len(parts) > 1 else 1,
                     parts[2] if len(parts) > 2 else 1)
            return text
        except ValueError:
            pass
    raise ContentError(file, f"'date' must be an ISO date (YYYY-MM-DD, YYYY-MM or "
                       f"YYYY), not {value!r}", entry)


def _load_entry(item: dict[str, Any], index: int, topic: str, file: Path,
                source_ids: set[str]) -> Entry:
    raw_id = item.get("id")
    label = raw_id if isinstance(raw_id, str) and raw_id.strip() else f"#{index + 1}"
    eid = _text(raw_id, "id", file, label)
    if not _ID_RE.match(eid):
        raise ContentError(file, f"id {eid!r} is not snake_case", label)
    unknown = sorted(set(item) - _ENTRY_FIELDS, key=str)
    if unknown:
        raise ContentError(file, f"unknown field(s) {', '.join(map(str, unknown))} "
                           f"(allowed: {', '.join(sorted(_ENTRY_FIELDS))})", eid)
    answer = _text(item.get("answer"), "answer", file, eid)
    if "questions" not in item or item["questions"] in (None, []):
        raise ContentError(file, "missing 'questions' (need at least one phrasing)", eid)
    questions = _string_list(item["questions"], "questions", file, eid)
    evidence = _text(item.get("evidence"), "evidence", file, eid)
    if evidence not in EVIDENCE_TYPES:
        raise ContentError(file, f"unknown evidence type {evidence!r} (allowed: "
                           f"{', '.join(EVIDENCE_TYPES)})", eid)
    source = _text(item.get("source"), "source", file, eid)
    if source not in source_ids:
        raise ContentError(file, f"unknown source id {source!r} (not in {SOURCES_FILE})", eid)
    facts = item.get("facts")
    facts = () if facts is None else _string_list(facts, "facts", file, eid)
    gap = item.get("gap", False)
    if not isinstance(gap, bool):
        raise ContentError(file, f"'gap' must be true or false, not {gap!r}", eid)
    if gap and not answer.startswith(GAP_PREFIX):
        raise ContentError(file, f"a gap entry's answer must start {GAP_PREFIX!r}", eid)
    return Entry(id=eid, topic=topic, answer=answer, evidence=evidence, source=source,
                 questions=questions, detail=_optional_text(item.get("detail"), "detail", file, eid),
                 facts=facts, date=_parse_date(item.get("date"), file, eid), gap=gap,
                 file=file.name)


def _load_topic_file(path: Path, topic_ids: set[str], source_ids: set[str]) -> list[Entry]:
    raw = _read_yaml(path)
    if not isinstance(raw, dict):
        raise ContentError(path, f"must be a mapping with 'topic' and 'entries', "
                           f"not {_type_name(raw)}")
    topic = _text(raw.get("topic"), "topic", path, None)
    if topic not in topic_ids:
        raise ContentError(path, f"unknown topic {topic!r} (not in {TOPICS_FILE})")
    extra = sorted(set(raw) - {"topic", "entries"}, key=str)
    if extra:
        raise ContentError(path, f"unknown top-level key(s) {', '.join(map(str, extra))}")
    items = _mapping_list(raw, path, "entries")
    return [_load_entry(item, i, topic, path, source_ids) for i, item in enumerate(items)]


def content_files(content_dir: Path | None = None) -> list[Path]:
    d = Path(content_dir) if content_dir else CONTENT_DIR
    return sorted(p for p in d.glob("*.yml") if p.is_file())


def content_hash(content_dir: Path | None = None, extra: Iterable[bytes] = ()) -> str:
    """SHA-256 over file names and bytes (plus ``extra``): cheap change detection."""
    h = hashlib.sha256()
    for p in content_files(content_dir):
        h.update(p.name.encode() + b"\0" + p.read_bytes() + b"\0")
    for chunk in extra:
        h.update(chunk)
    return h.hexdigest()


def load_content(content_dir: Path | None = None) -> Content:
    """Load and validate everything under ``content_dir`` (default: knowledge/content)."""
    d = Path(content_dir) if content_dir else CONTENT_DIR
    if not d.is_dir():
        raise ContentError(d, "content directory not found")
    for name in (TOPICS_FILE, SOURCES_FILE):
        if not (d / name).is_file():
            raise ContentError(d / name, "file not found")
    topics = _load_topics(d / TOPICS_FILE)
    sources = _load_sources(d / SOURCES_FILE)
    topic_ids, source_ids = {t.id for t in topics}, {s.id for s in sources}
    entries: list[Entry] = []
    seen: dict[str, Path] = {}
    files = content_files(d)
    for path in files:
        if path.name in (TOPICS_FILE, SOURCES_FILE):
            continue
        for entry in _load_topic_file(path, topic_ids, source_ids):
            if entry.id in seen:
                first = seen[entry.id]
                where = "earlier in the same file" if first == path else f"also in {first}"
                raise ContentError(path, f"duplicate id ({where})", entry.id)
            seen[entry.id] = path
            entries.append(entry)
    if not entries:
        raise ContentError(d, "no entries found (expected <topic>.yml files)")
    return Content(topics=topics, sources=sources, entries=entries,
                   hash=content_hash(d), files=[p.name for p in files])
