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
