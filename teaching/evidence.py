"""Citations from the knowledge base, read from its YAML content (no database needed).

Teaching feedback quotes a knowledge-base entry's short answer with its evidence type and
source, exactly as the question-answering actions do, so a student sees one citation style.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import Optional

from knowledge import load_content


@dataclass(frozen=True)
class Citation:
    entry_id: str
    answer: str
    evidence: str
    title: str
    url: str


@functools.lru_cache(maxsize=1)
def _index() -> dict:
    content = load_content()
    sources = {s.id: s for s in content.sources}
    return {e.id: (e, sources.get(e.source)) for e in content.entries}


def known(entry_id: str) -> bool:
    return entry_id in _index()


def citation(entry_id: str) -> Optional[Citation]:
    found = _index().get(entry_id)
    if found is None:
        return None
    entry, source = found
    return Citation(entry.id, entry.answer, entry.evidence, source.title if source else "", source.url if source else "")


def link(title: str, url: str) -> str:
    """A markdown link for http(s) URLs only (the web widget renders links unchecked)."""
    title = re.sub(r"[\[\]<>`]", "", title)
    if re.match(r"^https?://[^\s()<>]+$", url or ""):
        return f"[{title}]({url})"
    return f"{title} ({url})" if url else title


def cite(entry_id: str, with_answer: bool = True) -> str:
    """'<answer> (Evidence: interpretation. Source: [title](url))', or '' for an unknown entry."""
    c = citation(entry_id)
    if c is None:
        return ""
    source = f"Evidence: {c.evidence}. Source: {link(c.title, c.url)}"
    return f"{c.answer} ({source})" if with_answer else source


# --- Claims: a sentence of teaching feedback and the entries that say it ----------------------

# What a claim rests on, and the knowledge-base evidence types that can carry it: "cable text" only
# for what the cable says, "interpretation" for readings. "sources" compares documents of several
# kinds (never a reading); "method" is advice on how historians work, which needs no source.
BASIS_EVIDENCE = {
    "cable": ("cable text",),
    "archive": ("archive metadata",),
    "history": ("scholarship", "archive metadata"),
    "sources": ("cable text", "archive metadata", "scholarship"),
    "reading": ("interpretation",),
    "method": (),
}


@dataclass(frozen=True)
class Claim:
    text: str
    basis: str
    cites: tuple = ()


def claim(data) -> Claim:
    """A Claim from content: {text, basis, cites}, or {entry: id} for an entry's own answer."""
    if isinstance(data, Claim):
        return data
    if "entry" in data:
        c = citation(data["entry"])
        if c is None:
            raise KeyError(f"unknown knowledge-base entry {data['entry']!r}")
        basis = next(b for b, types in BASIS_EVIDENCE.items() if c.evidence in types)
        return Claim(c.answer, "reading" if c.evidence == "interpretation" else basis, (c.entry_id,))
    return Claim(" ".join(str(data["text"]).split()), data["basis"], tuple(data.get("cites") or ()))


def claims(items) -> tuple:
    return tuple(claim(i) for i in items or ())


def misfits(c: Claim) -> list:
    """Problems with a claim's citations: unknown entries, or an evidence type its basis cannot use."""
    if c.basis not in BASIS_EVIDENCE:
        return [f"unknown basis {c.basis!r}"]
    problems = [] if c.cites or c.basis == "method" else ["no entry cited"]
    for entry_id in c.cites:
        found = citation(entry_id)
        if found is None:
            problems.append(f"unknown entry {entry_id!r}")
        elif found.evidence not in BASIS_EVIDENCE[c.basis]:
            problems.append(f"{entry_id} is {found.evidence}, not fit for a {c.basis} claim")
    return problems


class Sources:
    """Numbers the entries cited in one reply: claims get "(source 1, 2)", the reply ends with the list."""

    def __init__(self):
        self.order: list = []

    def mark(self, entries) -> str:
        numbers = []
        for e in entries:
            if e not in self.order:
                self.order.append(e)
            numbers.append(self.order.index(e) + 1)
        if not numbers:
            return ""
        return f" (source {numbers[0]})" if len(numbers) == 1 else \
            " (sources " + ", ".join(map(str, numbers)) + ")"

    def say(self, c: Claim) -> str:
        text, mark = c.text, self.mark(c.cites)
        if mark and text[-1:] in ".!":
            return text[:-1] + mark + text[-1]
        return text + mark   # after a question mark: "Who is the sender? (source 1)"

    def lines(self) -> list:
        """'Sources:' and one line per source document, naming each entry with its evidence type:
        '(1) cable text, entry clause_view_1; (2) ... Source: [title](url)'."""
        if not self.order:
            return []
        by_source: dict = {}
        for n, entry_id in enumerate(self.order, 1):
            c = citation(entry_id)
            by_source.setdefault((c.title, c.url), []).append(f"({n}) {c.evidence}, entry {entry_id}")
        return ["Sources:"] + [f"{'; '.join(items)}. Source: {link(title, url)}"
                               for (title, url), items in by_source.items()]
