"""Question answering over the knowledge base: the ``KnowledgeBase`` API.

Retrieval is two-stage, in memory (the content is read from the store once):
  1. a BM25 index over the entries' phrasings, answers, keywords and details
     returns candidates matching ANY query term, best first (the candidates the
     ranking is fitted on: fit.py);
  2. the candidates are re-scored by the learned ranking, giving a confidence
     in [0, 1] (scoring.py).
Below THRESHOLD the question is declined: a wrong answer is worse than "the
sources here do not say", which always comes with questions we CAN answer.
Questions about the assistant, the clock or weather now, or today's
office-holders are declined before retrieval (scope.py).
The entries, their term sets and the spelling vocabulary are loaded once, so
``ask`` costs no database query, only a little arithmetic.
"""
from __future__ import annotations

import copy
import threading
from collections import OrderedDict
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session

from understanding.acts import asks
from understanding.split import contrasted_claims, question_core, split_questions
from understanding.text import normalize

from . import loader, parts, ranking, related, scope, store
from .answers import NO_ANSWER, NOT_IN_SOURCES, NOT_UNDERSTOOD, Answer, Hit
from .catalogue import Catalogue
from .db import make_engine
from .features import NAMES as FEATURES
from .models import KbEntry, KbQuestion, KbSource, KbTopic
from .scoring import Doc, Query, Scored, Scorer
from .stem import stem
from .text import term, words

UNDERSTOOD_COVERAGE = 0.6   # the known words of a declined question match an entry this well
THRESHOLD = 0.3         # below: decline (set on the dev set: no unanswerable answered)
GAP_THRESHOLD = 0.18    # a "sources do not say" entry is a decline anyway: risk is low
CANDIDATES = 25
# A later part borrowing the first part's subject is answered by another entry about it this
# nearly as sure as an answer must be (make eval: the development sets' two-part questions)
SECOND_PART_SHARE = 0.5
NEAR_FLOOR = 0.15       # declined question: candidates above this lead the suggestions
OFF_TOPIC_FLOOR = 0.1   # not understood and nothing scores this: off topic (hand-set scale)
PART_COVERAGE = 0.6     # an entry covering less of a part's known words does not answer that part
# Two entries for one message joined by "and" (_two_entries): the first answers, the second is
# nearly as sure (this share of the threshold), and each covers this share of the question's
# known words that the other does not.
SECOND_SHARE, SECOND_GAIN = 0.85, 0.15
# ... or the second names what the question names and the first does not ("Shtykov and Kovalev"):
# the name already costs it (scoring.MISSING_NAME_FACTOR), so it need only be this likely
NAMED_FLOOR = 0.2
_SOLE_FOCUS = FEATURES.index("sole_focus")
# the words that, alone, ask something of the document itself ("sender?", "date?")
_DOCUMENT_ROLES = frozenset(stem(w) for w in ("sender", "recipient", "date", "place", "title"))
ROLE_LEAD = 10      # ... answered when this many times as likely as the runner-up
ANSWER_MEMORY = 512     # answers remembered by ask(), the least recently asked dropped first
ANSWER_MEMORY_CHARS = 200   # ... of questions this short (the ones asked again)


class KnowledgeBase(Catalogue):
    """Read-side API.  Holds the engine and an in-memory view of the entries."""

    def __init__(self, engine: Engine, content_dir: Path | None = None,
                 build: bool = True):
        self.engine = engine
        if build:
            store.build_if_needed(engine, content_dir)
        self._load()

    @classmethod
    def open(cls, url: str | None = None, content_dir: Path | None = None,
             **engine_kwargs: Any) -> KnowledgeBase:
        """Open (building or refreshing the database if needed)."""
        return cls(make_engine(url, **engine_kwargs), content_dir)

    def close(self) -> None:
        self.engine.dispose()

    # -- loading -----------------------------------------------------------

    def _load(self) -> None:
        with Session(self.engine, future=True) as session:
            self._topics = [loader.Topic(r.id, r.label, r.description) for r in
                            session.execute(select(KbTopic).order_by(KbTopic.position))
                            .scalars()]
            self._sources = {r.id: loader.Source(r.id, r.title, r.url) for r in
                             session.execute(select(KbSource)).scalars()}
            phrasings: dict[str, list[str]] = {}
            for eid, q in session.execute(
                    select(KbQuestion.entry_id, KbQuestion.text)
                    .order_by(KbQuestion.entry_id, KbQuestion.position)):
                phrasings.setdefault(eid, []).append(q)
            rows = session.execute(select(KbEntry).order_by(KbEntry.position)).scalars()
            entries = [loader.Entry(
                id=r.id, topic=r.topic_id, answer=r.answer, evidence=r.evidence,
                source=r.source_id, questions=tuple(phrasings.get(r.id, ())),
                detail=r.detail, facts=tuple(r.facts.split()), date=r.date,
                gap=bool(r.gap), file=r.file) for r in rows]
        model = ranking.Model.load()
        self._answers: OrderedDict[str, Answer] = OrderedDict()    # ask(): text -> answer
        self._answers_lock = threading.Lock()
        self._last_ranked: tuple[Query, tuple[str, int], list[Scored]] | None = None
        self._scorer = Scorer(entries, {e.id: store.entry_fields(e) for e in entries},
                              related.load_terms(), model, store.FIELD_WEIGHTS,
                              *related.load_spelling())
        self._docs = self._scorer.docs
        # the learned ranking's thresholds (ranking.json), or the hand-set ones without it
        self.threshold = model.threshold if model else THRESHOLD
        self.gap_threshold = model.gap_threshold if model else GAP_THRESHOLD
        self.near_floor = model.near if model else NEAR_FLOOR
        # the learned confidence has its own scale: below what is worth suggesting is off topic
        self.off_topic_floor = model.near if model else OFF_TOPIC_FLOOR

    # -- retrieval ---------------------------------------------------------

    def _rank(self, question: str, limit: int, extra: Iterable[str] = ()) -> list[Scored]:
        return self._rank_query(self._scorer.query(question or "", extra), limit,
                                normalize(question or ""))

    def _rank_query(self, q: Query, limit: int, question: str = "") -> list[Scored]:
        known = sorted({a for _, alts in q.values() for a in alts})
        if not known:
            return []
        # a question naming two things is ranked again for the second (_named_other): Scorer.query
        # gives the same Query for the same text, so the last ranking of it is reused
        last = self._last_ranked
        if last is not None and last[0] is q and last[1] == (question, limit):
            return list(last[2])
        cands = self._scorer.candidates(q, max(limit, CANDIDATES))
        ranked = self._scorer.rank(q, cands, limit, question)
        self._last_ranked = (q, (question, limit), ranked)
        return list(ranked)

    # -- public API --------------------------------------------------------

    def ask(self, question: str) -> Answer:
        """Best answer, or a decline (answered=False) with suggestions.  Chat-speak is written
        out first; a message asking several things gets an answer per part (``parts``).

        The answer depends on the written-out text alone (the content does not change while the
        knowledge base is open), so the latest ANSWER_MEMORY short ones are remembered: students ask
        the suggested questions and press the same buttons.  Each caller gets its own copy."""
        text = normalize(question or "")
        if len(text) > ANSWER_MEMORY_CHARS:
            return self._ask_text(text)
        with self._answers_lock:
            answer = self._answers.get(text)
            if answer is not None:
                self._answers.move_to_end(text)
        if answer is None:
            answer = self._ask_text(text)
            with self._answers_lock:
                self._answers[text] = answer
                if len(self._answers) > ANSWER_MEMORY:
                    self._answers.popitem(last=False)
        return copy.deepcopy(answer)

    def _ask_text(self, text: str) -> Answer:
        answer = self._ask_whole(text)
        if answer.answered and not answer.parts:
            return self._with_named(text, answer)
        if answer.answered or answer.parts:
            return answer
        # "what does gratis mean though, never seen that word before": the question alone
        core = question_core(text, asks)
        alone = self._ask_one(core) if core else None
        if alone is not None and alone.answered:
            return alone
        # "my teacher said it was a law but i think it was just advice": each claim on its own,
        # the second borrowing the first's subject ("... but i read some of them rioted")
        claims = contrasted_claims(text)
        if not claims:
            return answer
        settled = [a for a in map(self._ask_one, claims, parts.borrowed(self._scorer, claims)) if a.answered]
        return max(settled, key=lambda a: a.score) if settled else answer     # the surer one

    def _ask_whole(self, text: str) -> Answer:
        pieces = [p for p in split_questions(text) if self._scorer.query(p)]
        if len(pieces) > 1:
            answers = self._ask_parts(pieces)
            if not any(a.answered for a in answers):
                whole = self._ask_one(text)
                if whole.answered:
                    return whole
            return self._joined(pieces, answers)
        q, ranked = self._ranked(text)
        whole = self._answer(text, q, ranked)
        pieces = parts.conjoined(text)
        if pieces:
            answers = self._ask_parts(pieces)
            if self._adds_a_part(whole, pieces, answers):
                return self._joined(pieces, answers)
        pair = self._two_entries(text, q, ranked)
        if pair:
            return parts.combine([text, text], [self._entry_answer(r) for r in pair], Answer)
        return whole

    def _with_named(self, text: str, answer: Answer) -> Answer:
        """A question naming two things ("the telegrams of Shtykov and Kovalev") whose answer
        mentions only one: with the likeliest other entry that mentions the other."""
        more = self._named_other(text, {answer.entry_id}) if answer.entry_id else None
        return parts.combine([text, text], [answer, more], Answer) if more else answer

    def _named_other(self, text: str, given: set[str]) -> Answer | None:
        """The likeliest entry, other than ``given``, whose answer states a name or number of
        ``text`` that the answers of the given entries do not; None when they state them all."""
        if scope.out_of_scope(text) or not any(
                w.isdigit() or term(w) in self._scorer.names for w in words(text)):
            return None     # no name or number in it: nothing the answers could leave out (cheap test first)
        q = self._scorer.query(text)
        names = {a for _, alts in q.values() for a, f in alts.items()
                 if f >= 0.8 and (a in self._scorer.names or a.isdigit())}
        # what an answer says is its answer, not the longer explanation behind it
        missing = names.difference(*(self._docs[e].fields["answer"] for e in given))
        if not missing:
            return None
        more = next((r for r in self._rank_query(q, CANDIDATES, text)
                     if r.doc.entry.id not in given and not r.doc.entry.gap
                     and r.confidence >= NAMED_FLOOR and missing & r.doc.fields["answer"]), None)
        return self._entry_answer(more) if more else None

    def _two_entries(self, text: str, q: Query, ranked: list[Scored]) -> list[Scored]:
        """A message joined by "and" or asking twice whose two best entries each answer a part
        the other does not ("when did the war start and end"): both, when each is nearly as
        sure as an answer must be."""
        if len(ranked) < 2 or not parts.JOINED_RE.search(text) or scope.out_of_scope(text):
            return []
        first, second = ranked[0], ranked[1]
        if (first.confidence < self.threshold or first.doc.entry.gap
                or second.confidence < self.threshold * SECOND_SHARE):
            return []
        if min(self._scorer.gain(q, first.doc, second.doc),
               self._scorer.gain(q, second.doc, first.doc)) < SECOND_GAIN:
            return []
        return [first, second]

    def _ask_parts(self, pieces: list[str]) -> list[Answer]:
        """One answer per part; a part that the entry of an earlier part does not cover is
        answered by another entry (a student asking twice wants two things)."""
        answers: list[Answer] = []
        taken: set[str] = set()
        for p, extra in zip(pieces, parts.borrowed(self._scorer, pieces), strict=True):
            answer = self._ask_one(p, extra, taken)
            if answer.entry_id in taken:
                # "... like what happened in 1869 and 1910": a part naming what the earlier
                # entries never mention asks for another one
                answer = self._named_other(p, taken) or answer
            if not answer.answered and extra and taken:
                # another entry about the subject only when the first part was answered: after
                # "the sources do not say", a guess at the rest would be a guess
                nearby = self._next_about(p, extra, taken) if all(a.answered for a in answers) else None
                answer = nearby or self._more_of(p, extra, taken) or answer
            answers.append(answer)
            if answer.entry_id:
                taken.add(answer.entry_id)
        return answers

    def _next_about(self, part: str, extra: list[str], taken: set[str]) -> Answer | None:
        """A later part about the first part's subject ("... and how many of them are there"):
        the likeliest other entry about it, when it is likely enough to be offered (the second
        thing asked of one subject is rarely what the first entry says again)."""
        q, ranked = self._ranked(part, extra)
        rest = self._without(ranked, taken)
        best = rest[0] if rest else None
        if best is None or best.confidence < SECOND_PART_SHARE * self.threshold or best.doc.entry.gap:
            return None
        return self._entry_answer(best)

    def _more_of(self, part: str, extra: list[str], taken: set[str]) -> Answer | None:
        """A later part about an earlier part's subject ("... and what pushed them over the
        border") whose likeliest entry is the one already given: its longer explanation."""
        _, ranked = self._ranked(part, extra)
        best = ranked[0] if ranked else None
        if (best is None or best.doc.entry.id not in taken or best.confidence < self.near_floor
                or not best.doc.entry.detail or best.doc.entry.gap):
            return None
        more = self._entry_answer(best)
        more.answer, more.detail = best.doc.entry.detail, None
        return more

    def _adds_a_part(self, whole: Answer, pieces: list[str], answers: list[Answer]) -> bool:
        """Keep the parts of a message joined by "and" when they find different entries and
        either each part is answered on its own ("doc id and archive ref") or one part asks for
        something the whole message's answer does not cover."""
        found = [a.entry_id for a in answers if a.answered or a.entry_id]
        if len(found) < len(answers) or len(set(found)) < len(found):
            return False
        if not whole.entry_id or all(a.answered for a in answers):
            return all(a.answered for a in answers)
        doc = self._docs[whole.entry_id]
        return any(a.entry_id != whole.entry_id and self._scorer.known_coverage(
            self._scorer.query(p), doc) < PART_COVERAGE for p, a in zip(pieces, answers, strict=True))

    @staticmethod
    def _joined(pieces: list[str], answers: list[Answer]) -> Answer:
        if len({(a.entry_id, a.answer) for a in answers if a.answered}) <= 1 and all(
                a.answered for a in answers):
            return answers[0]
        return parts.combine(pieces, answers, Answer)

    def _ask_one(self, question: str, extra: Iterable[str] = (),
                 taken: Iterable[str] = ()) -> Answer:
        q, ranked = self._ranked(question, extra)
        if taken and ranked:
            # the entries of earlier parts are given already: the chances of the others given
            # that it is none of those; an earlier part's entry again only if none is likely
            rest = self._without(ranked, taken)
            if rest and (rest[0].confidence >= self._needed(rest[0])
                         or ranked[0].doc.entry.id not in taken):
                ranked = rest
        return self._answer(question, q, ranked)

    def _needed(self, s: Scored) -> float:
        return self.gap_threshold if s.doc.entry.gap else self.threshold

    def _ranked(self, question: str, extra: Iterable[str] = ()) -> tuple[Query, list[Scored]]:
        if scope.out_of_scope(question):
            return {}, []      # shared words would still match something: decline unranked
        q = self._scorer.query(question, extra)
        return q, self._rank_query(q, CANDIDATES, question)

    def _answer(self, question: str, q: Query, ranked: list[Scored]) -> Answer:
        if scope.out_of_scope(question):
            return Answer(answered=False, answer=NO_ANSWER, reason=NOT_IN_SOURCES,
                          suggestions=self.suggestions(3))
        best = ranked[0] if ranked else None
        near = [r.doc for r in ranked if r.confidence >= self.near_floor]
        if best is None or best.confidence < self._needed(best) and not self._names_one_entry(q, ranked):
            return self._decline(question, q, best, near)
        return self._beyond_the_entry(question, best, near) or self._entry_answer(best, near)

    def _beyond_the_entry(self, question: str, best: Scored, near: list[Doc]) -> Answer | None:
        """An entry matching a question it cannot answer: a count for a date it never names, or, being the
        cable's own text (a rule), what became of people later."""
        e = best.doc.entry
        year = None if e.gap else scope.count_at_another_date(question, e)
        if not (year or (not e.gap and e.topic == "clauses" and scope.asks_what_followed(question))):
            return None
        why = f" They give no figure for {year}." if year else " The cable gives guidance, not what became of anyone."
        return Answer(answered=False, score=best.confidence, reason=NOT_IN_SOURCES,
                      answer=f"{NO_ANSWER}{why} What they do say nearby: {e.answer}",
                      nearby=[{"entry_id": e.id, "answer": e.answer}], suggestions=self.suggestions(3, near=near))

    def _names_one_entry(self, q: Query, ranked: list[Scored]) -> bool:
        """A one-word question ("sender?", "when?") whose word exactly one candidate is about,
        when the ranking finds it likely, or the word asks a role of the document ("sender",
        "recipient", "date") and that entry is far ahead of the rest: nothing else could be
        meant, however many entries use the word."""
        best = ranked[0]
        if len(q) != 1 or not best.features or best.features[_SOLE_FOCUS] != 1.0 or best.doc.entry.gap:
            return False
        runner_up = ranked[1].confidence if len(ranked) > 1 else 0.0
        return best.confidence >= self.near_floor or (
            next(iter(q)) in _DOCUMENT_ROLES and best.confidence >= ROLE_LEAD * runner_up)

    def _entry_answer(self, best: Scored, near: Iterable[Doc] = ()) -> Answer:
        e = best.doc.entry
        source = self.source_of(e.id)
        return Answer(
            answered=not e.gap, answer=e.answer, entry_id=e.id, detail=e.detail,
            evidence=e.evidence, score=best.confidence, topic=e.topic, date=e.date,
            sources=[source] if source else [], reason=NOT_IN_SOURCES if e.gap else None,
            # a gap is a kind of "no": offer what can be answered nearby
            suggestions=self.suggestions(3, exclude=[e.id], near=list(near)[1:]) if e.gap else [])

    def _without(self, ranked: list[Scored], taken: Iterable[str]) -> list[Scored]:
        """The ranking without the entries already given."""
        return [r for r in ranked if r.doc.entry.id not in taken]

    def _decline(self, question: str, q: Query, best: Scored | None, near: list[Doc]) -> Answer:
        """Not understood, or understood and not in the sources: the question's known words
        match an entry well, and the words no entry uses are what it asks for ("was Zhou Enlai
        married": Zhou is known, "married" is not)."""
        score = best.confidence if best else 0.0
        suggestions = self.suggestions(3, near=near)
        unknown = any(not alts for _, alts in q.values())
        if best is not None and unknown and \
                self._scorer.known_coverage(q, best.doc) >= UNDERSTOOD_COVERAGE:
            e = best.doc.entry
            nearby = [{"entry_id": e.id, "answer": e.answer}]
            return Answer(answered=False, answer=f"{NO_ANSWER} What they do say nearby: {e.answer}",
                          score=score, reason=NOT_IN_SOURCES, nearby=nearby,
                          suggestions=suggestions)
        did_you_mean = [{"entry_id": d.entry.id,
                         "question": self._scorer.best_phrasing(question, d)}
                        for d in near[:3] if not d.entry.gap]
        return Answer(answered=False, answer=NO_ANSWER, score=score, reason=NOT_UNDERSTOOD,
                      did_you_mean=did_you_mean, suggestions=suggestions)

    def search(self, term: str, limit: int = 5) -> list[Hit]:
        """Entries matching ``term`` (any words), best first, no threshold.
        ``score`` is the confidence ``ask`` would have for that entry (``ask``
        also declines outright what scope.py finds out of scope)."""
        hits = []
        for r in self._rank(term or "", max(int(limit), 0)):
            e = r.doc.entry
            hits.append(Hit(entry_id=e.id, topic=e.topic, answer=e.answer,
                            score=r.confidence, question=self._scorer.best_phrasing(term, r.doc),
                            gap=e.gap, evidence=e.evidence, date=e.date))
        return hits
