"""What the knowledge base holds, entry by entry: topics, entries, their sources, and questions it
can answer to suggest.  The base of ``KnowledgeBase`` (search.py), which loads these and answers."""
from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from . import loader
from .scoring import Doc


class Catalogue:
    """The entries as loaded (KnowledgeBase._load fills these)."""

    _topics: list[loader.Topic]
    _sources: dict[str, loader.Source]
    _docs: dict[str, Doc]

    def topics(self) -> list[loader.Topic]:
        return list(self._topics)

    def topic_counts(self) -> dict[str, int]:
        return dict(Counter(d.entry.topic for d in self._docs.values()))

    def get(self, entry_id: str) -> loader.Entry | None:
        doc = self._docs.get(entry_id)
        return doc.entry if doc else None

    def source(self, source_id: str) -> loader.Source | None:
        return self._sources.get(source_id)

    def source_of(self, entry_id: str) -> dict[str, str] | None:
        """The source of an entry as {id, title, url, evidence} (as in Answer)."""
        entry = self.get(entry_id)
        src = self._sources.get(entry.source) if entry else None
        if entry is None or src is None:
            return None
        return {"id": src.id, "title": src.title, "url": src.url, "evidence": entry.evidence}

    def entries(self) -> list[loader.Entry]:
        return [d.entry for d in self._docs.values()]

    def related_documents(self) -> list[loader.Entry]:
        """Dated entries of topic related_documents, oldest first."""
        docs = [d.entry for d in self._docs.values()
                if d.entry.topic == "related_documents" and d.entry.date]
        return sorted(docs, key=lambda e: (e.date, e.id))

    def suggestions(self, n: int = 3, exclude: Iterable[str] = (),
                    near: list[Doc] | None = None) -> list[str]:
        """``n`` questions the KB can answer, one per topic where possible.

        ``exclude`` holds entry ids not to suggest.  ``near`` (ranked
        candidates of a declined question) puts related entries first.
        """
        skip = set(exclude)
        pool = [d.entry for d in (near or [])] + [d.entry for d in self._docs.values()]
        order = {t.id: i for i, t in enumerate(self._topics)}
        picked: list[loader.Entry] = []
        for diverse in (True, False):           # one per topic first, then fill
            for e in pool:
                if len(picked) >= n:
                    break
                if e.gap or e.id in skip or not e.questions:
                    continue
                if diverse and any(p.topic == e.topic for p in picked):
                    continue
                skip.add(e.id)
                picked.append(e)
        if not near:
            picked.sort(key=lambda e: order.get(e.topic, 0))
        return [e.questions[0] for e in picked]
