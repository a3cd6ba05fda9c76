"""Re-scoring of full-text candidates, and the confidence behind answer/decline.

The database index finds candidates (any query term); this module decides
which candidate is best and how sure we are, with features that are the same
on SQLite and PostgreSQL:

* coverage - the share of the question's weighted terms the entry contains
  (a phrasing match counts fully, the answer and keywords a little less, the
  long detail text half);
* phrase   - cosine similarity with the closest stored phrasing;
* rank     - the backend's BM25/ts_rank relative to the best candidate.

Term weights are IDF, clipped; names and numbers weigh at least NAME_WEIGHT;
words no entry uses weigh UNKNOWN_WEIGHT, so they pull coverage down.
All constants were set on the development set (tests/knowledge/dev_questions.yml);
the synonyms and stopwords in text.py are general.
"""
from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TypeAlias

from . import features as F
from . import loader, ranking
from .bm25 import BM25
from .spelling import Corrector
from .stem import stem
from .text import FILLER, GENERIC, STOPWORDS, TIME_SHIFT, analyze, apply_phrases, known_words, term, words

FIELD_CREDIT = {"questions": 1.0, "keywords": 0.85, "answer": 0.85, "detail": 0.5}
CORRECTED_WEIGHT = 0.8      # a typo-corrected term is weaker evidence
COMPOUND_MIN = 3            # each half of a run-together word has at least this many letters
EXTRA_WEIGHT = 0.5          # a term borrowed from an earlier part of the message
EXPANSION_MIN_WEIGHT = 1.2  # WordNet expansions only to index words rarer than this
# A definition entry (topic glossary) answers "what does X mean" / "what is X"; asked anything
# else about X ("could someone with a criminal case leave"), the entry about the rule answers.
DEFINITION_ONLY_FACTOR = 0.6
DEFINITION_TOPIC = "glossary"
W_COVERAGE, W_PHRASE, W_RANK = 0.5, 0.3, 0.2
IDF_FLOOR, IDF_CAP = 1.0, 3.0
NAME_WEIGHT = 3.0
NAME_MAX_SHARE = 0.25       # a "name" in more entries than this is background
UNKNOWN_WEIGHT = 4.0
# Evidence against a match multiplies the confidence down (see confidence()).
MISSING_NAME_FACTOR = 0.7
UNKNOWN_WORD_FACTOR = 0.4
DISAGREE_FACTOR = 0.8       # rankings often split between near-synonymous entries
MISSING_WORD_FACTOR = 0.9
FRAGMENT_FACTOR = 0.3       # a bare word ("korea") answered by an entry not about it
QUERY_MEMORY = 64           # questions read recently, kept (Scorer.query)
# Terms that make a question of a word ("who", "when" -> date, "why" -> reason).
QUESTION_TERMS = frozenset(stem(w) for w in "who how date place reason count".split())
# A question as the scorer reads it: per word, (its weight, {index term: factor}) (Scorer.query).
Query: TypeAlias = dict[str, tuple[float, dict[str, float]]]


@dataclass
class Doc:
    """Per-entry term sets, computed once when the knowledge base opens."""
    entry: loader.Entry
    fields: dict[str, frozenset[str]]
    phrasings: list[frozenset[str]]
    terms: frozenset[str]
    credit: dict[str, float] = field(default_factory=dict)    # term -> best field credit
    phrasing_weights: list[float] = field(default_factory=list)
    about: frozenset[str] = frozenset()      # terms of the entry id, a summary of its subject
    phrasing_grams: list[frozenset[str]] = field(default_factory=list)   # character trigrams
    text_grams: frozenset[str] = frozenset()
    has_count: bool = False             # the answer gives a figure ("how many" can be answered)
    has_date: bool = False
    years: frozenset[str] = frozenset()     # the years its answer, detail and date name
    bigrams: frozenset[tuple[str, str]] = frozenset()    # adjacent term pairs of its phrasings, answer and id
    phrasing_terms: dict[str, tuple[int, ...]] = field(default_factory=dict)  # term -> phrasings
    # phrasing_grams (those not empty: (bits, size)) and text_grams as Scorer.gram_bits
    phrasing_bits: list[tuple[int, int]] = field(default_factory=list)
    text_bits: int = 0


@dataclass
class Scored:
    doc: Doc
    score: float            # ranking score
    coverage: float
    phrase: float
    rank: float
    confidence: float = 0.0
    features: list[float] = field(default_factory=list)
    absent: list[str] = field(default_factory=list)    # the query's known words the entry lacks


_WHAT_IS_RE = re.compile(r"^\W*(?:so\W+)?(?:what|who)\W+(?:is|are|was|were|s)\b", re.IGNORECASE)
_CASED_RE = re.compile(r"[A-Za-z][A-Za-z0-9]*")
_NAME_RUN_RE = re.compile(r"\b[A-Z][a-z]+(?:\s+[A-Z][a-z]+)+")
_SENTENCE_END = frozenset(".?!:;\"'(")


def _base_forms(word: str) -> list[str]:
    forms = [word]
    for suffix, repl in (("ies", "y"), ("es", ""), ("s", ""), ("ed", ""), ("ed", "e"),
                         ("ing", ""), ("ing", "e"), ("ly", "")):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            forms.append(word[:-len(suffix)] + repl)
    return forms


def name_terms(prose: Iterable[str], phrasings: Iterable[str] = ()) -> set[str]:
    """Terms of words the content writes as names: capitalised when not
    starting a sentence and (almost) never in lower case in its prose - "Shanghai",
    "Stalin", "Huludao".  Question phrasings count only as capitalised uses: many are
    typed as students type, all in lower case ("kovalev telegram")."""
    upper: Counter[str] = Counter()
    lower: Counter[str] = Counter()
    for text, cased_only in [(t, False) for t in prose] + [(t, True) for t in phrasings]:
        for m in _CASED_RE.finditer(text):
            word, i = m.group(), m.start() - 1
            while i >= 0 and text[i].isspace():
                i -= 1
            initial = i < 0 or text[i] in _SENTENCE_END
            if word[0].isupper() and not initial and not word.isupper():
                upper[word.lower()] += 1
            elif word[0].islower() and not cased_only:
                lower[word] += 1
        # a name of several words folded into one term: "South Korea" -> rok
        for m in _NAME_RUN_RE.finditer(text):
            run = words(m.group())
            upper.update(w for w in apply_phrases(run) if w not in run)
    # compared by term: "Criminals" in a prison's name does not make "criminal" a name
    upper_terms: Counter[str] = Counter()
    lower_terms: Counter[str] = Counter()
    for w, n in upper.items():
        upper_terms[term(w) or ""] += n
    for w, n in lower.items():
        lower_terms[term(w) or ""] += n
    return {t for t, n in upper_terms.items() if t and n >= 2 and lower_terms[t] * 5 <= n}


def weight(t: str, idf: float, name: bool = False) -> float:
    """IDF clipped, so one rare word cannot outweigh the rest and a common
    one still counts; names and numbers are precise constraints."""
    w = min(max(idf, IDF_FLOOR), IDF_CAP)
    return max(w, NAME_WEIGHT) if name or t.isdigit() else w


def confidence(s: Scored, missing_names: int, unknown: float, agree: int,
               missing_words: int, off_focus: bool = False) -> float:
    """How sure we are that ``s`` answers the question, in [0, 1].

    The base is the mean of coverage and phrasing similarity.  Evidence
    against the match multiplies it down: each name or number in the
    question that the entry never mentions (Shanghai's population is not in a
    2021 census entry), each word no entry uses ("weather", "breakfast"), each
    known word the entry lacks (names included), and each of the three rankings
    (coverage, phrasing, backend) that prefers another entry.  A bare word
    ("korea", "shanghai") is a topic, not a question: it matches dozens of
    entries equally well, so only an entry about that very word ("gratis?",
    "FMA?") answers it with confidence (``off_focus`` otherwise).
    """
    base = 0.5 * s.coverage + 0.5 * s.phrase
    conf: float = (base * MISSING_NAME_FACTOR ** missing_names * UNKNOWN_WORD_FACTOR ** unknown
            * DISAGREE_FACTOR ** (3 - agree) * MISSING_WORD_FACTOR ** missing_words
            * (FRAGMENT_FACTOR if off_focus else 1.0))
    return round(min(1.0, max(0.0, conf)), 4)


class Scorer:
    """Term statistics of the whole content, and scoring against them."""

    definition_topic = DEFINITION_TOPIC
    idf_floor = IDF_FLOOR

    def __init__(self, entries: list[loader.Entry], fields: dict[str, dict[str, list[str]]],
                 related: dict[str, dict[str, float]] | None = None,
                 model: ranking.Model | None = None, field_weights: dict[str, float] | None = None,
                 misspelt: Iterable[str] = (), real: Iterable[str] = ()):
        """``model``: the learned ranking (None: the hand-set confidence below).
        ``field_weights``: the index's weight per field (store.FIELD_WEIGHTS).
        ``misspelt``: typos the phrasings use on purpose, corrected like any other;
        ``real``: every real word within a typo's reach (related.Spelling)."""
        self.docs: dict[str, Doc] = {}
        self.model = model
        df: Counter[str] = Counter()
        surface: Counter[str] = Counter()
        for e in entries:
            f = {k: frozenset(" ".join(v).split()) for k, v in fields[e.id].items()}
            doc = Doc(e, f, [frozenset(analyze(q)) for q in e.questions],
                      frozenset().union(*f.values()))
            self.docs[e.id] = doc
            df.update(doc.terms)
            for text in (*e.questions, e.answer, e.detail or "", e.id.replace("_", " ")):
                surface.update(words(text))
        n = max(len(entries), 1)
        self.idf = {t: math.log(1 + n / c) for t, c in df.items()}
        self.df = dict(df)
        prose = [t for e in entries for t in (e.answer, e.detail or "")]
        phrasings = [q for e in entries for q in e.questions]
        self.names = {t for t in name_terms(prose, phrasings) if df[t] <= NAME_MAX_SHARE * n}
        self.names |= {stem(w) for w in TIME_SHIFT}     # constraints like names
        self.names -= {stem(w) for w in FILLER}     # "Project" in a title; "school project"
        self.weights = {t: weight(t, idf, t in self.names) for t, idf in self.idf.items()}
        for t in {stem(w) for w in GENERIC}:       # light verbs count least
            self.weights[t] = IDF_FLOOR
        for doc in self.docs.values():     # precomputed: ask() is on the hot path
            doc.credit = {t: max(c for f, c in FIELD_CREDIT.items() if t in doc.fields[f])
                          for t in doc.terms}
            doc.phrasing_weights = [self._weight_of(p) for p in doc.phrasings]
            doc.about = frozenset(analyze(doc.entry.id.replace("_", " ")))
            e = doc.entry
            doc.phrasing_grams = [F.char_grams(F.content_words(q)) for q in e.questions]
            doc.phrasing_terms = F.phrasing_index(doc.phrasings)
            doc.text_grams = F.char_grams(F.content_words(" ".join(
                (*e.questions, e.answer, e.detail or "", e.id.replace("_", " ")))))
            doc.has_count = F.has_count(e.answer)
            doc.has_date = F.has_date(e.answer, e.date)
            doc.years = F.years(f"{e.answer} {e.detail or ''} {e.date or ''}")
            doc.bigrams = F.bigrams(analyze(t) for t in (*e.questions, e.answer,
                                                          e.id.replace("_", " ")))
        self.gram_bits = F.GramBits(g for d in self.docs.values() for g in (d.text_grams, *d.phrasing_grams))
        for doc in self.docs.values():
            doc.phrasing_bits = [(self.gram_bits(g), len(g)) for g in doc.phrasing_grams if g]
            doc.text_bits = self.gram_bits(doc.text_grams)
        # the words entries are about (their ids' nouns): what "it" or "they" can stand for
        self.subjects = frozenset(t for d in self.docs.values() for t in d.about) - {"gl"}
        # the words the glossary defines, one entry each ("repatriation", "gratis")
        self.defined = frozenset(next(iter(d.about - {"gl"})) for d in self.docs.values()
                                 if d.entry.topic == DEFINITION_TOPIC and len(d.about - {"gl"}) == 1)
        self.bm25 = BM25([(e.id, f, body.split()) for e in entries
                          for f, bodies in fields[e.id].items() for body in bodies if body],
                         field_weights or {f: 1.0 for f in FIELD_CREDIT})
        self.light = {stem(w) for w in GENERIC}
        self.filler = {stem(w) for w in FILLER}
        for w in misspelt:
            surface.pop(w, None)
        real = frozenset(real)
        self.corrector = Corrector(surface, extra=known_words(), weak=STOPWORDS, known=real,
                                   known_complete=bool(real))
        self._related = related or {}
        # ask() reads one text as a whole, as parts and for names: each read once
        self._queries: dict[tuple[str, tuple[str, ...]], Query] = {}

    def query(self, question: str, extra: Iterable[str] = ()) -> Query:
        """Query slot -> (weight, {index term: factor}).  A slot is one word of the question:
        an exact match has factor 1, a typo-corrected one CORRECTED_WEIGHT, a word the index
        lacks but WordNet relates to index words has those words at their relation's weight
        (below 1), so an exact match always counts more.  Filler words the index does not know
        are dropped.  ``extra`` adds terms borrowed from context (an earlier part of the
        message), at EXTRA_WEIGHT.  The dict may be one returned before: callers must not
        change it."""
        extra = tuple(extra)
        known = self._queries.get((question, extra))
        if known is not None:
            return known
        out = self._read(question, extra)
        if len(self._queries) >= QUERY_MEMORY:
            self._queries.clear()
        self._queries[question, extra] = out
        return out

    def _read(self, question: str, extra: tuple[str, ...]) -> Query:
        out: Query = {}
        tokens = words(question)
        fixed_tokens = []
        for tok in tokens:
            t = term(tok)
            if t is None or tok in self.corrector:
                fixed_tokens.append(tok)
                continue
            # a typo of an index word is that word; otherwise WordNet may relate it to one
            fixed = self.corrector(tok)
            known = fixed != tok and term(fixed) in self.idf
            fixed_tokens.append(fixed if known or not self.related(tok) else tok)
        plain = set(analyze(question))
        for tok in apply_phrases(fixed_tokens):
            t = term(tok)
            if t is None or t in out:
                continue
            if t in self.idf:
                out[t] = (self.weights[t], {t: 1.0 if t in plain else CORRECTED_WEIGHT})
                continue
            # an expansion to a word most entries use says nothing about the topic
            alts = {a: f for a, f in self.related(tok).items()
                    if a in self.idf and self.weights[a] > EXPANSION_MIN_WEIGHT}
            if not alts:
                alts = self._compound(tok)
            if alts:
                # the word's own weight is unknown: take its best alternative's
                out[t] = (max(self.weights[a] for a in alts), alts)
            elif t not in self.filler:
                out[t] = (UNKNOWN_WEIGHT, {})
        for t in extra:
            if t in self.idf and t not in out:
                out[t] = (self.weights[t] * EXTRA_WEIGHT, {t: 1.0})
        return out

    def _compound(self, word: str) -> dict[str, float]:
        """Two words run together ("rulebook", "warcrimes", "traintickets"): the index terms of
        both halves, at CORRECTED_WEIGHT, when each half is a word the index has.  The split
        with the longest first half wins ("homeland" is not "home" + "land" when "homeland"
        is known: only unknown words get here)."""
        for cut in range(len(word) - COMPOUND_MIN, COMPOUND_MIN - 1, -1):
            halves = [term(word[:cut]), term(word[cut:])]
            if all(h is not None and h in self.idf for h in halves):
                return {h: CORRECTED_WEIGHT for h in halves if h is not None}
        return {}

    def related(self, word: str) -> dict[str, float]:
        """Index terms WordNet relates to the (unknown) ``word`` or its regular base form
        ("captives", "deported", "bankrolling"), with their weights.  By word, not by stem:
        "hospital" and "hospitable" share a stem and nothing else."""
        for base in _base_forms(word):
            found = self._related.get(base)
            if found:
                return found
        return {}

    def focus(self, q: Query) -> str | None:
        """The one topic word of a question that is only that word ("korea",
        "what is the FMA"), or None.  A question word or a second topic word
        makes it a question in its own right.  Light verbs alone ("what
        happened", "how's it going") have no topic: "" (no entry is about it)."""
        topic = [t for t in q if t not in self.light and t not in QUESTION_TERMS]
        if not topic:       # "when?" asks for the document's date: not a fragment
            return "" if any(t in self.light for t in q) else None
        if len(topic) != 1 or any(t in QUESTION_TERMS for t in q):
            return None
        return topic[0]

    def _weight_of(self, terms: Iterable[str]) -> float:
        return sum(self.weights.get(t, UNKNOWN_WEIGHT) for t in terms)

    def score(self, q: Query, doc: Doc, rank: float) -> Scored:
        # A word none of whose terms the entry (or a phrasing) has adds exactly 0 to a sum of
        # non-negative terms, so only the words it has are summed: the same total, bit for bit.
        total = sum(w for w, _ in q.values())
        credit, doc_terms = doc.credit, doc.terms
        gains: list[float] = []
        absent: list[str] = []
        # per phrasing, what each word it shares adds, in the query's order (the sums below
        # see the same numbers in the same order as a sum over the query's words would)
        shares: dict[int, list[float]] = {}
        index = doc.phrasing_terms
        for t, (w, alts) in q.items():
            if not doc_terms.isdisjoint(alts):
                gains.append(w * max(credit.get(a, 0.0) * f for a, f in alts.items()))
            elif alts:
                absent.append(t)
            best: dict[int, float] = {}     # phrasing -> the best factor of a term it has
            for a, f in alts.items():
                for j in index.get(a, ()):
                    if j not in best or f > best[j]:
                        best[j] = f
            for j, f in best.items():
                shares.setdefault(j, []).append(w * f)
        phrase = 0.0
        weights = doc.phrasing_weights
        for j, parts in shares.items():
            shared = sum(parts)
            if shared:
                phrase = max(phrase, shared / math.sqrt(total * weights[j]))
        coverage, phrase = sum(gains) / total, min(phrase, 1.0)
        return Scored(doc, W_COVERAGE * coverage + W_PHRASE * phrase + W_RANK * rank,
                      coverage, phrase, rank, absent=absent)

    @staticmethod
    def bm25_terms(q: Query) -> dict[str, float]:
        terms: dict[str, float] = {}
        for _, alts in q.values():
            for a, f in alts.items():
                terms[a] = max(terms.get(a, 0.0), f)
        return terms

    def candidates(self, q: Query, limit: int) -> list[tuple[str, float]]:
        """(entry_id, BM25) of the entries matching any term, best first: the candidates both
        at run time (search.py) and when fitting the ranking (fit.py)."""
        found = self.bm25.scores(self.bm25_terms(q))
        return sorted(found.items(), key=lambda kv: (-kv[1], kv[0]))[:limit]

    def rank(self, q: Query, candidates: list[tuple[str, float]],
             limit: int, question: str = "") -> list[Scored]:
        """Re-score backend candidates (entry_id, rank); best first."""
        cands = [(eid, r) for eid, r in candidates if eid in self.docs]
        if not q or not cands:
            return []
        if self.model is not None:
            return self.rank_learned(q, [eid for eid, _ in cands], question)[:limit]
        top = max(r for _, r in cands) or 1.0
        scored = [self.score(q, self.docs[eid], max(r, 0.0) / top) for eid, r in cands]
        scored.sort(key=lambda s: -s.score)     # stable: ties keep backend order
        self.hand_confidences(q, scored, question)
        defines = self.asks_definition(q, question)
        if not defines and scored and scored[0].doc.entry.topic == DEFINITION_TOPIC:
            # the definition loses its lead to the best entry that is not one
            rest = [s for s in scored[1:limit] if s.doc.entry.topic != DEFINITION_TOPIC]
            if rest and rest[0].confidence >= scored[0].confidence:
                scored.remove(rest[0])
                scored.insert(0, rest[0])
        return scored[:limit]

    def hand_confidences(self, q: Query, scored: list[Scored],
                         question: str = "") -> None:
        """Set each candidate's hand-set ``confidence`` (see confidence()); the learned ranking
        takes it as one feature."""
        leaders = [max(scored, key=k).doc for k in
                   (lambda s: s.coverage, lambda s: s.phrase, lambda s: s.rank)]
        unknown = sum(1 for _, alts in q.values() if not alts)
        focus = self.focus(q)
        defines = self.asks_definition(q, question)
        for s in scored:
            absent = s.absent
            # a WordNet expansion this entry does not match is partly an unknown word: the
            # less sure the expansion, the more
            missed = [t for t in absent if t not in q[t][1]]
            doubt = sum(1.0 - max(q[t][1].values()) for t in missed)
            names = sum(1 for t in absent if t in self.names or t.isdigit())
            others = sum(1 for t in absent if self.weights.get(t, 0.0) > IDF_FLOOR)
            s.confidence = confidence(s, names, unknown + doubt, sum(d is s.doc for d in leaders),
                                      others, off_focus=focus is not None
                                      and not self.about(s.doc, focus))
            if s.doc.entry.topic == DEFINITION_TOPIC and not defines:
                s.confidence = round(s.confidence * DEFINITION_ONLY_FACTOR, 4)

    def rank_learned(self, q: Query, cands: list[str],
                     question: str = "") -> list[Scored]:
        """Every candidate with its features and the model's probability, best first.  The
        rank feature is this module's BM25 (the same on every backend), not the backend's."""
        terms = self.bm25_terms(q)
        bm = self.bm25.scores(terms)
        top = max((bm.get(eid, 0.0) for eid in cands), default=0.0) or 1.0
        ceiling = self.bm25.ceiling(terms)
        scored = [self.score(q, self.docs[eid], bm.get(eid, 0.0) / top) for eid in cands]
        self.hand_confidences(q, scored, question)
        ranking.featurise(self, q, scored, question,
                          {eid: bm.get(eid, 0.0) / ceiling for eid in cands})
        if self.model is not None:
            confidences = self.model.confidences([s.features for s in scored])
            for s, p in zip(scored, confidences, strict=True):
                s.confidence = round(p, 4)
            scored.sort(key=lambda s: -s.confidence)    # stable: ties keep backend order
        return scored

    @staticmethod
    def about(doc: Doc, focus: str) -> bool:
        """Is the entry about exactly this one word?  A definition must be of the word itself
        ("war" is not the Cold War)."""
        if doc.entry.topic == DEFINITION_TOPIC:
            return doc.about - {"gl"} == {focus}
        return focus in doc.about

    def asks_definition(self, q: Query, question: str = "") -> bool:
        """"what does X mean", "define X", "X stands for", "what is X", "who were X", or the
        term alone: a question a definition answers."""
        if "definit" in q:
            return True
        # a one-word question that is a term the glossary defines ("repatriation?")
        if len(q) == 1 and next(iter(q)) in self.defined:
            return True
        return bool(_WHAT_IS_RE.match(question))

    def known_coverage(self, q: Query, doc: Doc) -> float:
        """How much of the question's KNOWN words (those some entry uses) ``doc`` covers."""
        known = [(w, alts) for w, alts in q.values() if alts]
        total = sum(w for w, _ in known)
        covered = sum(w * max((doc.credit.get(a, 0.0) * f for a, f in alts.items()), default=0.0)
                      for w, alts in known)
        return covered / total if total else 0.0

    def gain(self, q: Query, doc: Doc, other: Doc) -> float:
        """The share of the question's known words that ``doc`` has and ``other`` lacks."""
        known = [(w, alts) for w, alts in q.values() if alts]
        total = sum(w for w, _ in known)
        only = sum(w for w, alts in known if alts.keys() & doc.terms and not alts.keys() & other.terms)
        return only / total if total else 0.0

    def best_phrasing(self, question: str, doc: Doc) -> str:
        """The entry's phrasing closest to ``question``, to offer as "Did you mean ...?": only a
        written-out one (a capital, a question mark), never one of the chat-speak or misspelt
        phrasings kept for matching ("wat day was it sent")."""
        q = set(analyze(question, correct=self.corrector))
        shown = [i for i, p in enumerate(doc.entry.questions[:len(doc.phrasings)])
                 if p[:1].isupper() and p.rstrip().endswith("?")] or [0]
        best = max(shown, key=lambda i: (len(q & doc.phrasings[i]), -i))
        return doc.entry.questions[best] if doc.entry.questions else ""
