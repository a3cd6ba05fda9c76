"""Turn a user's free-text message into case-field values.

Pure standard library (no Rasa imports) so it can be tested and reused alone.
parse_answer reads a reply to one question; parse_mentions picks explicit facts
out of any message; describe gives summary phrases; sanitize cleans input.
Word lists and regex tables live in parsing_lexicon.py.
"""

from __future__ import annotations

import bisect
import difflib
import re
import unicodedata
from dataclasses import dataclass

from . import parsing_lexicon as lex

CHOICES = {
    "nationality": ("korean", "japanese", "other"),
    "group": ("technical_personnel", "prisoner_of_war", "ordinary_national"),
}
BOOL_FIELDS = tuple(lex.BOOL_PATTERNS)
FIELDS = tuple(CHOICES) + BOOL_FIELDS
MAX_LEN = 2000


@dataclass(frozen=True)
class Parsed:
    value: object  # str for nationality/group, bool otherwise; None if not understood
    assumed: bool = False  # "don't know" read as False
    hedged: bool = False  # "probably", "I think so", "maybe not"


# --- Compiled tables (built once at import: these run on every turn) -----------------------

_QUOTES = str.maketrans(lex.CHAR_MAP)
_REWRITES = tuple((re.compile(p), r) for p, r in lex.REWRITES)


def _rewrite(text: str) -> str:
    """Expand contractions (applied to input and to word lists alike)."""
    for pattern, repl in _REWRITES:
        text = pattern.sub(repl, text)
    return text


def _alt(fragments) -> str:
    return "|".join(sorted({_rewrite(f) for f in fragments}, key=len, reverse=True))  # "of course not" first


def _words(fragments) -> re.Pattern:
    return re.compile(r"(?<![\w'])(?:" + _alt(fragments) + r")(?![\w'])")


_END = r"\s*(?:[.!,;:]+\s*)*$"  # a lead word that is the whole clause
_AFTER_NO = r"(?=\s*(?:$|[,.!;:-])|\s+(?:" + _alt(lex.AFTER_NO) + r")(?![\w']))"  # not "no job"
_LEADS = (  # (pattern, polarity, hedged); first match wins; used with match(), so anchored
    (re.compile(r"(?:" + _alt(lex.HEDGED_NO) + r")" + _END), False, True),
    (re.compile(r"(?:" + _alt(lex.NO_ADVERBS) + r")" + _END), False, False),
    (re.compile(r"(?:" + _alt(lex.HEDGED_YES) + r")" + _END), True, True),
    (re.compile(r"(?:" + _alt(lex.YES_ADVERBS) + r")" + _END), True, False),
    (re.compile(r"(?:" + _alt(lex.YES_INTERJECTIONS) + r")(?![\w'])"), True, False),
    (re.compile(r"(?:" + _alt(lex.NO_INTERJECTIONS) + r")(?![\w'])" + _AFTER_NO), False, False),
)
_AUX_ANSWER = re.compile(
    r"^(?:he|she|they|it|i|we|the person|that person)\s+(?:does|do|did|is|are|was|were|has|have|had|can|could|will|would)"
    r"(n't)?(\s+not)?(?:\s+(?:indeed|really|though|too|yes))?" + _END
)
_YES_AND_NO = re.compile(r"^(?:yes|yeah)\s*(?:and|or|,|/)\s*no\b|\byes and no\b|\byes or no\b")
_FILLERS = re.compile(r"^(?:(?:" + _alt(lex.FILLERS) + r")(?![\w'])[\s,.]*)+")
_UNKNOWN = _words(lex.UNKNOWN)
_HEDGE = _words(lex.HEDGE_WORDS)
_HYPOTHETICAL = _words(lex.HYPOTHETICAL)
_UNCERTAIN = _words(lex.MENTION_UNCERTAIN)
_NEGATORS = frozenset(lex.NEGATORS)
_DET_NEGATORS = frozenset(lex.DET_NEGATORS)
_NEGATION_BRIDGE = frozenset(lex.NEGATION_BRIDGE)
_TOKEN = re.compile(r"[\w']+")
_BOUNDARY = re.compile(r"[,;:.!?()\[\]\"–—]|\s-\s|(?<![\w'])(?:" + _alt(lex.CLAUSE_WORDS) + r")(?![\w'])")
_SENTENCE_SPLIT = re.compile(r"(?<=[.!?。！？])\s+")
_QUESTION_START = re.compile(
    r"^(?:(?:" + _alt(lex.QUESTION_STARTS) + r")(?![\w'])|(?:" + _alt(lex.QUESTION_AUX) + r")\s+(?:"
    + _alt(lex.QUESTION_SUBJECTS) + r")(?![\w']))"
)


class _Terms:
    """Lexicon terms found by word n-gram lookup (a regex alternation of hundreds
    of words is far slower). CJK terms, written without spaces, use a small regex."""

    TOKEN = re.compile(r"[\w']+(?:\.[\w']+)*\.?")  # keeps "p.o.w." in one piece

    def __init__(self, pairs):
        self.table = {_rewrite(t): info for t, info in pairs}
        self.starts = {t.split()[0]: len(t.split()) for t in sorted(self.table, key=lambda t: len(t.split()))}
        cjk = sorted((re.escape(t) for t in self.table if any(ord(c) >= 0x2E80 for c in t)), key=len, reverse=True)
        self.cjk = re.compile("|".join(cjk)) if cjk else None

    def lookup(self, key: str):
        """The term for key, allowing a final full stop, possessive or plural."""
        key = key if key in self.table else key.rstrip(".")
        cuts = (key, key[:-2] if key.endswith("'s") else "", key[:-1] if key.endswith("s") else "", key[:-2] if key.endswith("es") else "")
        return next((cut for cut in cuts if cut in self.table), None)

    def find(self, text: str):
        """(term, start, end) for each term, longest phrase first, left to right."""
        toks = [m.span() for m in self.TOKEN.finditer(text)]
        i = 0
        while i < len(toks):
            longest = self.starts.get(text[toks[i][0] : toks[i][1]], 1)  # phrases starting with this word
            for n in range(min(longest, len(toks) - i), 0, -1):
                span = toks[i : i + n]
                if any(text[a[1] : b[0]] != " " for a, b in zip(span, span[1:])):
                    continue  # only words separated by a plain space form a phrase
                term = self.lookup(text[span[0][0] : span[-1][1]])
                if term:
                    yield term, span[0][0], span[-1][1]
                    i += n
                    break
            else:
                i += 1
        if self.cjk:
            for m in self.cjk.finditer(text):
                yield m.group(), m.start(), m.end()


_NAT = _Terms(  # (value, tier): 1 demonym, 2 place after "from", 3 bare place, 4 "neither", 5 China (only after "from")
    [(t, (v, 1)) for v, ts in lex.NATIONALITY_DEMONYMS.items() for t in ts]
    + [(t, (v, 3)) for v, ts in lex.NATIONALITY_PLACES.items() for t in ts]
    + [(t, (v, 5)) for v, ts in lex.NATIONALITY_ORIGIN_ONLY.items() for t in ts]
    + [(t, ("other", 4)) for t in lex.NATIONALITY_RESIDUAL]
)
_ORIGIN = re.compile(lex.ORIGIN_WORDS + r"\s*:?\s+(?:the\s+)?$")
_NAT_AMBIGUOUS = _words(lex.NATIONALITY_AMBIGUOUS)
_NAT_BLANK = _words(lex.NATIONALITY_BLANK)
_NAT_FUZZY = {False: (lex.FUZZY_NATIONALITY, 0.82, 4), True: (["korean", "japanese"], 0.82, 6)}  # by mention

_GROUP = _Terms(
    [(t, (v, k == "strong")) for v, kinds in lex.GROUP_TERMS.items() for k, ts in kinds.items() for t in ts]
)
_POW_SOLDIER = _words(lex.POW_SOLDIER)
_GROUP_BLANK = _words(lex.GROUP_BLANK)
_GROUP_FUZZY = sorted({t for t, (_, strong) in _GROUP.table.items() if strong and t.isalpha() and len(t) >= 6})

_BOOL = {f: [(_words([p]), pol, strong) for p, pol, strong in rows] for f, rows in lex.BOOL_PATTERNS.items()}

# --- Cleaning ------------------------------------------------------------------------------

_CTRL_SPACE = re.compile(r"[\t\n\r\v\f\u0085\u2028\u2029]")  # line breaks and tabs become spaces
_CTRL_DROP = re.compile(r"[\x00-\x1f\x7f-\x9f\u200b\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff\ud800-\udfff]")
_SPACES = re.compile(r"\s+")


def sanitize(text: str) -> str:
    """Strip control characters and collapse whitespace; cap length at 2000 chars."""
    if not isinstance(text, str):
        text = "" if text is None else str(text)
    text = text[: MAX_LEN * 8]  # bound the work on huge inputs before any regex runs
    text = _CTRL_DROP.sub("", _CTRL_SPACE.sub(" ", text))
    text = unicodedata.normalize("NFC", _SPACES.sub(" ", text)).strip()
    return text[:MAX_LEN].rstrip()


def _prep(text: str) -> str:
    """Lower-cased, normalised text for matching (never shown to anyone)."""
    text = _rewrite(unicodedata.normalize("NFKC", sanitize(text)).lower().translate(_QUOTES))
    return _SPACES.sub(" ", text).strip()


def _statements(text: str, strict: bool) -> tuple[str, bool]:
    """Drop question sentences. strict: also drop "...?" statements (mentions);
    otherwise keep them and report the doubt (an answer like "Korean?")."""
    kept, doubtful = [], False
    for sentence in _SENTENCE_SPLIT.split(text):
        sentence = sentence.strip()
        asks = sentence.endswith(("?", "？"))
        if not sentence or (_QUESTION_START.match(sentence) or asks and strict) and not _UNKNOWN.match(sentence):
            continue  # ("who knows?" is an answer)
        doubtful = doubtful or asks
        kept.append(sentence.rstrip("?？ ") + ("." if asks else ""))
    return " ".join(kept), doubtful


def _blank(text: str, spans) -> str:
    for s, e in spans:  # same length, so offsets stay valid
        text = text[:s] + " " * (e - s) + text[e:]
    return text


# --- Context of a match: clause, negation, hypotheticals ----------------------------------


class _Ctx:
    def __init__(self, text: str):
        self.text = text
        marks = [(m.start(), m.end()) for m in _BOUNDARY.finditer(text)]
        self.ends = [e for _, e in marks]
        self.starts = [s for s, _ in marks]

    def before(self, pos: int) -> str:
        """Text from the start of the clause up to pos (at most 200 chars: bounds the work)."""
        i = bisect.bisect_right(self.ends, pos) - 1
        return self.text[max(self.ends[i] if i >= 0 else 0, pos - 200) : pos]

    def clause(self, start: int, end: int) -> str:
        j = bisect.bisect_left(self.starts, end)
        stop = self.starts[j] if j < len(self.starts) else len(self.text)
        return self.before(start) + self.text[start : min(stop, end + 200)]

    def negated(self, start: int, key: int | None = None) -> bool:
        """A negator shortly before start, or between start and the key word."""
        head = _TOKEN.findall(self.before(start))
        inner = _TOKEN.findall(self.text[start:key]) if key else []
        near = head[-4:] + inner
        return (
            _negator_binds(head[-4:]) or _negator_binds(inner, whole=True)
            or any(t in _DET_NEGATORS for t in (head + inner)[-2:])
            or "no way" in " ".join(near)
        )

    def skip(self, start: int, end: int, mention: bool) -> bool:
        """Hypothetical ("if he has a case") or, in mentions, unsure clauses are not facts."""
        if mention:
            return bool(_UNCERTAIN.search(self.clause(start, end)))
        return bool(_HYPOTHETICAL.search(self.before(start)))


def _is_negator(token: str) -> bool:
    return token in _NEGATORS or token.endswith("n't")


def _negator_binds(tokens: list, whole: bool = False) -> bool:
    """A negator reaches the match only across adverbs and auxiliaries: in "a POW who
    can't speak Chinese wants to go home" the "can't" belongs to "speak", not to "wants"."""
    if whole:
        return any(_is_negator(t) for t in tokens)
    for token in reversed(tokens):
        if _is_negator(token):
            return True
        if token not in _NEGATION_BRIDGE:
            return False
    return False


# --- Yes/no fields -------------------------------------------------------------------------


def _bool_votes(field: str, ctx: _Ctx, mention: bool) -> set:
    """Polarities stated for a field; strong patterns outrank weak ones."""
    taken, strong, weak = [], set(), set()
    for pattern, polarity, is_strong in _BOOL[field]:
        if mention and not is_strong:
            continue
        for m in pattern.finditer(ctx.text):
            s, e = m.span()
            if s == e or any(s < te and ts < e for ts, te in taken):
                continue
            taken.append((s, e))
            if polarity is None or ctx.skip(s, e, mention):
                continue
            key = m.start("key") if "key" in pattern.groupindex else None  # "he doesn't have a case"
            (strong if is_strong else weak).add(polarity != ctx.negated(s, key))
    return strong or weak


_CLAUSE = re.compile(r"[^,;.!?\s][^,;.!?]*")


def _leads(text: str) -> tuple[set, bool, list]:
    """Yes/no words answering the question: a whole clause ("probably."), or an
    interjection opening the message ("yes she can..."). Returns their spans too."""
    polarities, hedged, spans, first = set(), False, [], True
    for m in _CLAUSE.finditer(text):
        start, body = m.start(), m.group().rstrip()
        filler = _FILLERS.match(body)
        pos = filler.end() if filler else 0
        for pattern, polarity, hedge in _LEADS if pos < len(body) else ():
            lead = pattern.match(body, pos)
            if lead and (first or lead.end() == len(body)):
                polarities.add(polarity)
                hedged, pos = hedged or hedge, lead.end()
                break
        aux = _AUX_ANSWER.match(body[pos:].strip())
        if aux:
            polarities.add(not (aux.group(1) or aux.group(2)))
            pos = len(body)
        if pos:
            spans.append((start, start + pos))
        first = first and pos == (filler.end() if filler else 0) == len(body)
    return polarities, hedged, spans


def _parse_bool(field: str, text: str, doubtful: bool) -> Parsed:
    if _YES_AND_NO.search(text):
        return Parsed(None)
    unknown = [m.span() for m in _UNKNOWN.finditer(text)]
    hedged = doubtful or bool(_HEDGE.search(text))
    text = _blank(text, unknown)
    leads, lead_hedged, lead_spans = _leads(text)
    votes = _bool_votes(field, _Ctx(_blank(text, lead_spans)), mention=False)
    if len(leads) > 1 or len(votes) > 1 or (leads and votes and leads != votes):
        return Parsed(None)  # contradictory ("yes, she doesn't want to")
    if votes or leads:
        return Parsed((votes or leads).pop(), hedged=hedged or lead_hedged or bool(unknown))
    if unknown:
        return Parsed(False, assumed=True)
    return Parsed(None)


# --- Nationality and group -----------------------------------------------------------------


def _hits(terms: _Terms, ctx: _Ctx, mention: bool):
    """(alive, info, start) per lexicon term; negated or hypothetical terms are not
    alive but still count as seen, so they block guessing from entities."""
    for term, start, end in terms.find(ctx.text):
        yield not (ctx.negated(start) or ctx.skip(start, end, mention)), terms.table[term], start


def _fuzzy(ctx: _Ctx, targets, cutoff: float, min_len: int, forms: bool = False):
    """Close spellings of target words. forms: skip other forms of a word, which
    are not typos ("prison"/"prisoner", "settled"/"settler", "chemistry"/"chemist")."""
    for m in _TOKEN.finditer(ctx.text):
        word = m.group()
        if len(word) >= min_len and word.isascii() and word.isalpha() and not ctx.negated(m.start()):
            for close in difflib.get_close_matches(word, targets, n=1, cutoff=cutoff):
                stem = word.rstrip("s")
                a, b = sorted((stem, close), key=len)
                if not (forms and (b.startswith(a) or b.endswith(a) or stem[:-1] == close[:-1])):
                    yield close


def _short(text: str) -> bool:
    return len(_TOKEN.findall(text)) <= 8  # typo matching only on short answers: long ones hold other words


def _entity(entities, field: str):
    """The one valid value the NLU extracted for field, if exactly one."""
    found = set()
    for ent in entities if isinstance(entities, (list, tuple)) else ():
        if isinstance(ent, dict) and ent.get("entity") == field:
            value = str(ent.get("value", "")).strip().lower()
            if value in CHOICES[field]:
                found.add(value)
    return found.pop() if len(found) == 1 else None


def _pick(values) -> object:
    values = set(values)
    return values.pop() if len(values) == 1 else None


def _nationality(text: str, mention: bool):
    """(value, saw_any): value None when absent or ambiguous."""
    blanks = [m.span() for m in _NAT_BLANK.finditer(text)]
    ctx = _Ctx(_blank(text, blanks))
    tiers, negated, saw = {}, set(), bool(blanks)
    for alive, (value, tier), start in _hits(_NAT, ctx, mention):
        saw = True
        if tier in (3, 5) and _ORIGIN.search(ctx.text[max(0, start - 40) : start]):
            tier = 2  # "from Pyongyang" is as good as a demonym
        if not alive:
            negated.add(value)
        elif not (tier == 5 or (mention and tier >= 3)):
            tiers.setdefault(tier, set()).add(value)
    if not mention and {"korean", "japanese"} <= negated:
        tiers.setdefault(4, set()).add("other")  # "not Korean or Japanese"
    if not mention and _NAT_AMBIGUOUS.search(ctx.text):
        return None, True  # "both", "half Korean"
    if not (tiers or saw) and (mention or _short(text)):  # typos: "koraen", "japanes"
        found = {_NAT.table[t][0] for t in _fuzzy(ctx, *_NAT_FUZZY[mention])}
        tiers = {9: found} if found else {}
    return (_pick(tiers[min(tiers)]) if tiers else None), bool(tiers or saw)


def _group(text: str, mention: bool):
    blanks = [m.span() for m in _GROUP_BLANK.finditer(text)]
    ctx = _Ctx(_blank(text, blanks))
    strong, weak, saw = set(), set(), bool(blanks)
    for alive, (value, is_strong), _start in _hits(_GROUP, ctx, mention):
        saw = True
        if alive and (is_strong or not mention):
            (strong if is_strong else weak).add(value)
    for m in _POW_SOLDIER.finditer(ctx.text):
        if not ctx.negated(m.start()) and not ctx.skip(m.start(), m.end(), mention):
            strong.add("prisoner_of_war")
    if not (strong or weak or saw or mention) and _short(text):
        weak = {_GROUP.table[t][0] for t in _fuzzy(ctx, _GROUP_FUZZY, 0.85, 5, forms=True)}  # "enginer"
    return _pick(strong or weak), bool(strong or weak or saw)


_CHOICE_PARSERS = {"nationality": _nationality, "group": _group}


def _parse_choice(field: str, text: str, doubtful: bool, entities) -> Parsed:
    value, saw = _CHOICE_PARSERS[field](text, mention=False)
    if value is None and not saw:
        value = _entity(entities, field)
    return Parsed(value, hedged=value is not None and (doubtful or bool(_HEDGE.search(text))))


# --- Public API ----------------------------------------------------------------------------


def parse_answer(field: str, text: str, entities: list[dict] | None = None) -> Parsed:
    """Interpret `text` as the answer to the question about `field`."""
    if field not in FIELDS:
        return Parsed(None)
    clean, doubtful = _statements(_prep(text), strict=False)
    if not clean:
        return Parsed(None)
    if field in CHOICES:
        return _parse_choice(field, clean, doubtful, entities)
    return _parse_bool(field, clean, doubtful)


def parse_mentions(text: str, entities: list[dict] | None = None, exclude: str | None = None) -> dict[str, object]:
    """Facts stated explicitly (opening message, corrections). Questions,
    hypotheticals, unsure clauses and weak cues report nothing."""
    clean, _ = _statements(_prep(text), strict=True)
    if not clean:
        return {}
    found = {}
    for field, parser in _CHOICE_PARSERS.items():
        value, saw = parser(clean, mention=True)
        if value is None and not saw and "?" not in str(text):
            value = _entity(entities, field)  # a word the NLU knows and we do not
        if value is not None:
            found[field] = value
    ctx = _Ctx(clean)
    for field in BOOL_FIELDS:
        votes = _bool_votes(field, ctx, mention=True)
        if len(votes) == 1:
            found[field] = votes.pop()
    found.pop(exclude, None)
    return {f: found[f] for f in FIELDS if f in found}


def describe(field: str, value: object) -> str:
    """Short plain phrase for summaries, e.g. ('group', 'prisoner_of_war') -> 'prisoner of war'."""
    phrases = lex.DESCRIPTIONS.get(field, {})
    known = value is None or isinstance(value, bool) or (isinstance(value, str) and field in CHOICES)
    if known and value in phrases:  # 1 and 0 are not taken for True and False
        return phrases[value]
    return f"{field.replace('_', ' ')}: {value}"
