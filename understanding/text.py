"""Cleaning and normalising a message before anything reads it: the one place for each form.

    sanitize()   what every layer may keep or show: control characters out, whitespace
                 collapsed, length capped
    normalize()  chat-speak and contractions written out in plain words ("wat r ppl" ->
                 "what are people", "didnt" -> "did not"), negation kept explicit, tone
                 fillers dropped, case and punctuation kept: retrieval and the act reader
    fold()       lower-cased, curly apostrophes straightened, spaces collapsed: the quiz and
                 the analysis match their patterns against it
    prepare()    the case-fact reader's matching form (never shown): folded, NFKC, quotes
                 straightened, contractions spelt one way ("doesnt" -> "doesn't")

Typos of content words are not fixed here: which word was meant depends on the reader's
vocabulary (knowledge.spelling does it against the knowledge base's words).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache

from . import flags
from .shorthand import ROMANISED, SHORTHAND

MAX_LEN = 2000
Span = tuple[int, int]  # (start, end) offsets into a message

# Curly quotes and odd hyphens to plain ones.
CHAR_MAP = {"’": "'", "‘": "'", "`": "'", "´": "'", "“": '"', "”": '"', "‐": "-", "‑": "-", "‒": "-"}
# Contractions expanded and "n't" spelt one way, so patterns need one form only.
REWRITES = [
    (r"\b(can) ?not\b", r"\1't"),
    (r"\b(do|does|did|is|are|was|were|has|have|had|would|could|should|must|need) not\b", r"\1n't"),
    (r"\bwill not\b", "won't"),
    (r"\b(can|don|doesn|didn|isn|wasn|aren|weren|won|wouldn|couldn|shouldn|hasn|haven|hadn|ain)t\b", r"\1't"),
    (r"\b(i)'m\b", r"\1 am"),
    (r"\b(\w+)'d\b", r"\1 would"),
    (r"\b(\w+)'ll\b", r"\1 will"),
    (r"\b(\w+)'re\b", r"\1 are"),
    (r"\b(\w+)'ve\b", r"\1 have"),
    (r"\b(he|she|it|there|that|who|what|here)'s\b", r"\1 is"),
    # the same without the apostrophe, as students type them (none of these is an English word)
    (r"\b(he|she|there|what|who|that|where|how)s\b", r"\1 is"),
    (r"\b(?:wat|wut|wht)\b", "what"),
    (r"\bim\b", "i am"),
    (r"\b(they|you)re\b", r"\1 are"),  # ("were" is a word of its own)
    (r"\b(i|they|we|you)ve\b", r"\1 have"),
    (r"\b(?:dosent|doesent|dosnt|doesnot|dsnt)\b", "doesn't"),
    (r"&", " and "),
    # double negatives said as one positive: "isn't without family troubles", "it's not like he
    # can't follow the lessons"
    (r"\b(is|are|was|were)n't without\b", r"\1 with"),
    (r"\bnot without\b", "with"),
    (r"\b(has|have|had|did|does|do|was|is)n't never\b", r"\1 never"),
    # ... but a "not" apart from its verb is logic, not emphasis: "he's not never been in a fight" (he has)
    (r"\b(is|was|has|have) not never\b", r"\1"),
    (r"\b(family|money|language|health|legal|police) probs\b", r"\1 problems"),
    # negatives said other ways: "hasn't yet asked" ("yet" is no "but" here), "not that he would",
    # "has not any case", "never in his life has he", "not party to any case"
    (r"(\bnot|n't|\bnever) yet\b", r"\1"),
    (r"\bnot that (he|she|they) (would|will|does|did|is|was|has|could|can)\b", r"\1 \2 not"),
    (r"\b(has|have|had)n't (any|a|an)\b", r"\1 no"),
    (r"\bnever in (?:his|her|their) (?:life|lives)\b", "never"),
    (r"\bparty to\b", "involved in"),
    # no job is a kind of person, not a negation of whatever comes next
    (r"\b(?:(?:with|w/|of) )?(?:no (?:fixed |real |proper |steady |regular )?(?:job|work|occupation|employment)"
     r"|without (?:a |any )?(?:fixed |regular |steady |gainful )?(?:job|work|employment|occupation)|out of work"
     r"|hasn't (?:got )?(?:a |any )?job"
     r"|(?:doesn't|does not|don't|didn't|hasn't) have (?:a |any )?(?:job|work))\b", "jobless"),
    # English as a second language: "he is wanting go back his country"
    (r"\b(want|wants|wanting|wanted) go\b", r"\1 to go"),
    (r"\bgo back (his|her|their) (country|home|homeland|village)\b", r"go back to \1 \2"),
    (r"\b(go|goes|going|went|return|returns|returning) back (korea|japan)\b", r"\1 back to \2"),
    # "of comfortable means" is money, not a meaning
    (r"\bof (?:comfortable|ample|considerable|independent|substantial|good|adequate|sufficient|sound"
     r"|reasonable) means\b", "well off"),
    (r"\bof (?:modest|limited|humble|slender|small|little|no) means\b", "with little money"),
    # a question the writer answers at once: "does he want to go home? nope" / "is he poor? yes"
    (r"\b(does|is|has|did) (he|she) ([a-z' ]{2,40}?)\? (?:no|nope|nah|not really|never)\b", r"\2 \1n't \3"),
    (r"\b(does|is|has|did) (he|she) ([a-z' ]{2,40}?)\? (?:yes|yep|yeah|yup|definitely|totally"
     r"|absolutely)\b", r"\2 \1 \3"),
    (r"\b(does|is|has|did) (he|she) ([a-z' ]{2,40}?)\? i (think|believe|guess) so\b,?(?: yes\b)?", r"i \4 \2 \1 \3"),
    # "any court case? none", "ever been in fights? never": the answer says whether it holds
    (r"\bany ([a-z' ]{2,40}?)\? (?:none|no|nope|nah|never|not really)\b", r"no \1"),
    (r"\bever ([a-z' ]{2,40}?)\? (?:no|nope|nah|never|not really)\b", r"never \1"),
    (r"\b(?:any|ever) ([a-z' ]{2,40}?)\? (?:yes|yep|yeah|once|plenty)\b", r"\1"),
    # "his family? fine", "family at home? hardly a problem, they're doing well": said of the topic asked
    (r"\bhardly (?:a|any) (problem|issue|worry)\b", r"no \1"),
    (r"\b((?:family|money|language|legal|court) (?:problems?|issues?|troubles?|worries))\?+\s+"
     r"(?:no|nah|nope|none|not really)\b",
     r"no \1"),
    (r"\b((?:family|money|language|chinese|health)(?: [a-z]+){0,2})\?+\s+(?:(?:they|it|he|she)(?: is| are)? )?"
     r"(fine|ok|okay|good|great|all good|no problem|doing (?:fine|well|ok|okay))\b", r"\1 is \2"),
    (r"\b((?:family|money|language|revolutionary|early revolutionary|legal|court|cases?|lawsuits?)"
     r"(?: [a-z]+){0,2})\?+\s+"
     r"(none|no|nope|nah|yes|yep|never|not really)\b", r"\1: \2"),
    # "used to want to go back but no longer does": what no longer holds
    (r"\bused to (want|be|have|wish|hope)\b([^.;]{0,60}?),? but (?:(?:he|she|they) )?"
     r"(?:not any ?more|no longer(?: does| do| is| are| has)?)\b", r"not \1\2"),
    (r"\b(?:it isn't|it's not|its not|it is not) (?:like|that|as if) (he|she|they|[a-z]+) "
     r"(can|does|do|is|are|did|has|have|would|could|was|were)n?'t\b", r"\1 \2"),
    # negated negatives: "not that she doesn't want to", "nobody would say he can't", "there is no
    # way he is not asking", "nobody would call her poor", "it is not like he never fights"
    (r"\bnot that (he|she|they) (can|does|do|is|are|did|has|have|would|could|was|were)(?:n't| not)\b", r"\1 \2"),
    (r"\b(?:nobody|no one|no-one) (?:would|could|can|will) (?:ever )?(?:say|claim|argue|pretend)(?: that)? "
     r"(he|she|they) (can|does|do|is|are|did|has|have|would|could|was|were)(?:n't| not)\b", r"\1 \2"),
    (r"\b(?:nobody|no one|no-one) (?:would|could|can|will) (?:ever )?(?:say|claim|argue|pretend)(?: that)? "
     r"(he|she|they) (?:can't|cannot)\b", r"\1 can"),
    (r"\bthere is no way (he|she|they) (is|are|was|were|has|have|does|do|will|would|can)(?:n't| not)\b", r"\1 \2"),
    (r"\b(?:nobody|no one|no-one) (?:would|could|can|will) (?:ever )?(?:call|describe"
     r"|consider) him(?: as)?\b", "he is not"),
    (r"\b(?:nobody|no one|no-one) (?:would|could|can|will) (?:ever )?(?:call|describe"
     r"|consider) her(?: as)?\b", "she is not"),
    (r"\b(?:nor is it|it is not|it isn't|it's not) (?:untrue|false) that\b", ""),
    (r"\b(?:it isn't|it's not|its not|it is not) (?:like|that|as if) (he|she|they) never\b", r"\1"),
    (r"\bnot (?:the slightest|the least|one|a single|even a little) bit\b", "not"),
    # "at first he didn't want to go home, but now he does": what he does now, said in full
    (r"\b(?:didn't|did not|doesn't|does not|wasn't|was not) (want to [a-z ]{2,40}?"
     r"|[a-z]+ to [a-z ]{2,40}?),? but now (he|she|they) "
     r"(?:does|do|is|are|will|would)\b", r"didn't \1, but now \2 \1"),
    # English as a second language: "he is korea people", "japan man"
    (r"\bkorea (?:people|person)\b", "korean"),
    (r"\bkorea (man|woman|guy|girl|boy|lady)\b", r"korean \1"),
    (r"\bjapan (?:people|person)\b", "japanese"),
    (r"\bjapan (man|woman|guy|girl|boy|lady)\b", r"japanese \1"),
    (r"\b(osaka|tokyo|kyoto|hokkaido|nagasaki|hiroshima|kobe|seoul|busan|pusan|pyongyang|incheon"
     r"|wonsan)-born\b", r"born in \1"),
    # "not a day he doesn't go hungry": every day
    (r"\bnot a (day|week) (?:goes by )?(?:that |when )?(he|she|they) (?:doesn't|don't|does not"
     r"|do not) go hungry\b", r"\2 goes hungry every \1"),
    # "an ordinary korean national": the group's name around the nationality
    (r"\b(ordinary|regular|normal|average|common) (korean|japanese|chinese|russian|mongolian) "
     r"(national|citizen|person|resident|civilian)\b", r"\2 \1 \3"),
    # a spaced dash between clauses is a comma ("there's no way he's not asking - he's filed twice")
    (r"(?<=[a-z]) [-\u2013\u2014]+ (?=(?:he|she|they|it|and|but|so|his|her|their|there|that|which|who)\b)", ", "),
]

_QUOTES = str.maketrans(CHAR_MAP)
_REWRITES = tuple((re.compile(p), r) for p, r in REWRITES)
_CTRL_SPACE = re.compile(r"[\t\n\r\v\f\u0085\u2028\u2029]")  # line breaks and tabs become spaces
_CTRL_DROP = re.compile(r"[\x00-\x1f\x7f-\x9f\u200b\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff\ud800-\udfff]")
_SPACES = re.compile(r"\s+")


def sanitize(text: object) -> str:
    """Strip control characters and collapse whitespace; cap length at 2000 chars."""
    if not isinstance(text, str):
        text = "" if text is None else str(text)
    text = text[: MAX_LEN * 8]  # bound the work on huge inputs before any regex runs
    text = _CTRL_DROP.sub("", _CTRL_SPACE.sub(" ", text))
    text = unicodedata.normalize("NFC", _SPACES.sub(" ", text)).strip()
    return text[:MAX_LEN].rstrip()


@lru_cache(maxsize=8192)   # a message's sentences and parts are prepared several times per turn
def rewrite(text: str) -> str:
    """Expand contractions (applied to input and to word lists alike)."""
    for pattern, repl in _REWRITES:
        text = pattern.sub(repl, text)
    return text


_LINE_END = re.compile(r"(?<![.!?,;:\s])[ \t]*(?:\r?\n)+\s*")
_BULLET = re.compile(r"(?m)^[ \t]*(?:[-*\u2022\u00b7+>]+|\d{1,2}[.)])[ \t]+")
# A line introducing a list ends a sentence ("Takahashi:\n* language problem? no" is no label and value)
_LIST_INTRO = re.compile(r"[ \t]*:[ \t]*(?:\r?\n)+(?=[ \t]*(?:[-*\u2022\u00b7+>]+|\d{1,2}[.)])[ \t]+)")
# Emoji and pictographs end a clause as students use them ("his papers say both 🤷 he's a doctor")
_EMOJI = re.compile(r"[ \t]*[\u2600-\u27bf\U0001f000-\U0001faff\ufe0f\u200d]+[ \t]*")
# Numbered answers on one line: "1) Korean 2) teacher 3) yes wants to go"
_INLINE_NUMBER = re.compile(r"(?<=\S)[ \t]+\d{1,2}\)[ \t]+")


def lines_as_sentences(text: str) -> str:
    """Each line of a pasted form or list as a sentence of its own (sanitize joins lines),
    without its bullet or number, and so each numbered answer on one line; emoji between words
    end a clause, and a flag is its country's name."""
    return _laid_out(flags.named(text)) if isinstance(text, str) else text   # callers may pass None


def _laid_out(text: str) -> str:
    text = _EMOJI.sub(lambda m: ". " if m.start() and m.end() < len(text) else m.group(), text)
    return _LINE_END.sub(". ", _BULLET.sub("", _INLINE_NUMBER.sub(". ", _LIST_INTRO.sub(". ", text))))


# Quotation marks, not apostrophes: "told them 'please send me home.'" (input only: the word
# lists' patterns keep theirs)
_QUOTE_MARK = re.compile(r"(?<![\w'])'(?!(?:em|cause|cos|coz|til|till|bout|round|n)\b)(?=[a-z])"
                         r"|(?<=[a-z.,!?])'(?=[\s,.;!?]|$)(?<!s')")


# Scare quotes mock the praise they hold: "she's 'totally' fine", "he is 'rich'", "a 'peaceful' man" say
# the opposite (a quoted intensifier goes, the rest is negated); a quoted name or title stays
_INTENSIFIERS = ("totally", "completely", "perfectly", "absolutely", "really", "very", "so", "super", "definitely")
_SCARE_QUOTED = re.compile(
    r"\b(?P<be>is|are|was|were|'s)\s+(?P<det>(?:an?|so|just)\s+)?['\"](?P<word>" + "|".join(_INTENSIFIERS)
    + r"|fine|ok|okay|rich|wealthy|well off|comfortable|peaceful|calm|quiet|happy|content|innocent|harmless"
    r"|law-abiding|honest|a saint|saint|an angel|angel|a model citizen|model citizen|doing fine|doing well)['\"]"
    r"(?=[\s,.;:!?)]|$)")


def _unquoted(m: re.Match[str]) -> str:
    word = "" if m["word"] in _INTENSIFIERS else m["word"]
    det = m["det"] if m["det"] and m["det"].strip() in ("a", "an") else ""
    return f"{m['be']} not {det}{word}".rstrip()


# Rewrites of a message only (the word lists' patterns have brackets, figures and "$" of their own)
INPUT_REWRITES = [
    # dictated or typed by ear: "he has know court case", "their is no trouble", "he dose not"
    (r"\bknow (court|trouble|money|problems?|cases?|job|work|issues?|interest|plans?|family|fights?"
     r"|record)\b", r"no \1"),
    (r"\btheir (is|was|are|were)\b", r"there \1"),
    (r"\b(likes? it|stay|stays|staying|living|lives|live) their\b", r"\1 there"),
    (r"\bdose(n't| not)\b", r"does\1"),
    (r"\b(works?|working|worked) (?:of|like) (?:an? )?(?=[a-z]{3,}\b)", r"\1 as a "),  # "she work of cook"
    *SHORTHAND,
    # "2" for "to" after a verb that takes one: "wants 2 stay", "asked 2 leave"
    (r"\b(wants?|wanted|wanting|going|got|has|have|had|needs?|needed|hopes?|hoped|plans?|planned|tries|tried|trying"
     r"|asks?|asked|allowed|refuses?|refused|likes?|would like|would love|wishes|wished|decided|begs?|begged)"
     r" 2 (?=[a-z])", r"\1 to "),
    # "poor af", "broke af": an intensifier after the word
    (r"\b([a-z]+) af\b(?![-'])", r"very \1"),
    # "his wife wants to go home but he doesn't": what he doesn't (or does) do is said before
    (r"(\bwants? to (?:go|return|leave|head)\b[^.;]*?\bbut (?:he|she)(?: himself| herself)?(?: absolutely| definitely"
     r"| really| certainly| totally| just)?) (doesn't|does not|does)(?=\s*(?:[.;,!]|$))", r"\1 \2 want to go home"),
    # "never been in a fight or any trouble": "or any" goes on with the negation
    (r"((?:\bnever|\bnot|\bno|n't)\b[^.;:!?]{1,40}?)\bor any\b", r"\1nor any"),
    (r"\blang (barrier|problems?|issues?|in (?:the )?classes)\b", r"language \1"),
    # a list's letters and numerals: "(a) has asked ... (b) is not party to ..."
    (r"(?:^|(?<=[\s;:,.]))\((?:[ivx]{1,4}|[a-h])\)\s*", ""),
    # a date or a count in brackets says when, not what: "applied twice (jan and feb 1950) to go"
    # ... not "(japanese pow, 27)"
    (r"\s*\((?=[^()]{0,40}\d)(?![^()]{0,40}\b(?:korean|japanese|pow|prisoner)\b)[^()]{1,60}\)", ""),
    # "could you please assess the following person: a korean laundress ..."
    (r"\b(?:could|would|can|will) you (?:please |kindly |pls )?(?:assess|evaluate|check|look at|judge)"
     r"(?: the following(?: person| case)?| this (?:person|case|one))?\s*[:,-]?\s*", ""),
    *ROMANISED,
    # a dismissive echo: "what court? I've never had anything to do with one" says there is none
    (r"(?:^|(?<=[.!?:]\s))\"?what (court|court case|case|lawsuit|trouble|money|fights?)\?(?=\s+[a-z])",
     r"no \1."),
    # "she's like broke", "wishes: to stay", a gloss that repeats its word: "lawsuit (lawsuit)"
    (r"\b(is|was|are|were) like (?=(?:so |super |totally |really )?(?:broke|poor|skint|rich|loaded)\b)", r"\1 "),
    (r"\b(wish(?:es)?|wants?|plans?|hopes?)\s*:\s*(?=to )", r"\1 "),
    (r"\b([a-z]+) \(\1\)", r"\1"),
    # a title's full stop ends no sentence: "old mr. han was korean or japanese"
    (r"\b(mr|mrs|ms)\.(?=\s+[a-z])", r"\1"),
    # irony: "a saint, if you ignore the fights" says the fights are real and the praise is not
    (r"(?<![\w'])(?:(?!\b(?:and|but)\b)[^,.;:!?])*,?\s*\b(?:(?:if|unless) you (?:ignore|overlook|discount"
     r"|don't count|forget(?: about)?|leave out|set aside|look past)|unless you count)\b\s*", " "),
]
_INPUT_REWRITES = tuple((re.compile(p), r) for p, r in INPUT_REWRITES)


@lru_cache(maxsize=8192)
def prepare(text: str) -> str:
    """Lower-cased, normalised text for matching (never shown to anyone)."""
    text = lines_as_sentences(text)   # each line of a form is a statement
    text = unicodedata.normalize("NFKC", sanitize(text)).lower().translate(_QUOTES)
    text = _QUOTE_MARK.sub("", _SCARE_QUOTED.sub(_unquoted, text))
    text = rewrite(text)
    for pattern, repl in _INPUT_REWRITES:
        text = pattern.sub(repl, text)
    return _SPACES.sub(" ", text).strip()


def as_written(word: str, original: str) -> str:
    """The student's own words that the rewrites made ``word`` ("out of work" for "jobless"), to
    quote back; ``word`` when it was written as such or no rewrite made it."""
    low = sanitize(original).lower()
    if re.search(rf"\b{re.escape(word)}\b", low):
        return word
    for text in (low, rewrite(low)):
        for pattern, repl in (*_REWRITES, *_INPUT_REWRITES):
            found = pattern.search(text) if repl == word else None
            if found:
                return found.group().strip()
    return word


def fold(text: str) -> str:
    """Lower-cased, curly apostrophes straightened, whitespace collapsed (the quiz and the analysis)."""
    text = (text or "").lower().replace("\u2019", "'").replace("\u2018", "'")
    return re.sub(r"\s+", " ", text).strip()


# --- Chat-speak written out (normalize) ----------------------------------------------------

# One token -> its plain words.  Only spellings that are not also ordinary words.
CHAT_SPEAK: dict[str, str] = {
    "u": "you", "ya": "you", "ur": "your", "r": "are", "y": "why", "n": "and",
    "w": "with", "w/": "with", "w/o": "without", "b4": "before", "b/c": "because",
    "bc": "because", "cuz": "because", "coz": "because", "cos": "because", "bcs": "because",
    "abt": "about", "ppl": "people", "wat": "what", "wut": "what", "wht": "what",
    "wen": "when", "tho": "though", "thru": "through", "pls": "please", "plz": "please",
    "thx": "thanks", "ty": "thanks", "govt": "government", "yr": "year", "yrs": "years",
    "msg": "message", "smth": "something", "sth": "something", "info": "information",
    "rn": "right now", "asap": "as soon as possible", "nvm": "never mind",
    "esp": "especially", "prob": "probably", "ppl's": "people's", "bout": "about",
    "ima": "i am going to", "imma": "i am going to", "gonna": "going to", "wanna": "want to",
    "gotta": "got to", "kinda": "kind of", "sorta": "sort of", "dunno": "do not know",
    "idk": "i do not know", "idc": "i do not care", "lemme": "let me", "gimme": "give me",
    "becuz": "because", "k": "ok", "wot": "what", "hw": "how", "pt": "point", "pts": "points",
    "diff": "difference", "shud": "should", "cud": "could", "wud": "would", "hv": "have",
    "dat": "that", "teh": "the", "b/w": "between", "approx": "approximately", "gov": "government",
    "convo": "conversation", "ok'd": "approved", "okd": "approved", "bcoz": "because",
    "ref": "reference", "refs": "references", "pg": "page", "pgs": "pages", "dept": "department",
    "uni": "university", "intl": "international", "tryna": "trying to", "finna": "going to",
    "whats": "what is", "whos": "who is", "wheres": "where is", "hows": "how is",
    "thats": "that is", "theres": "there is", "hes": "he is", "shes": "she is",
    "im": "i am", "ive": "i have", "youre": "you are", "theyre": "they are",
}
# Negated auxiliaries, with or without the apostrophe ("wont" and "cant" are words too, but
# in a student's message they are the negation).
_NEGATED = {
    "dont": "do", "doesnt": "does", "dosent": "does", "doesent": "does", "didnt": "did",
    "isnt": "is", "wasnt": "was", "werent": "were", "arent": "are", "cant": "can",
    "couldnt": "could", "wouldnt": "would", "shouldnt": "should", "wont": "will",
    "havent": "have", "hasnt": "has", "hadnt": "had", "aint": "is", "mustnt": "must",
    "neednt": "need", "cannot": "can",
}
# "even" only stresses ("who was it even for"); "really" and "just" stay: they hedge.
FILLER = frozenset("lol lmao lmfao rofl ngl tbh fr omg omfg bruh yo ugh hmm um umm uh even".split())
_TOKEN_RE = re.compile(r"[A-Za-z0-9]+(?:['\u2019/][A-Za-z0-9]+)*/?")
_REPEAT_RE = re.compile(r"([a-z])\1{2,}", re.IGNORECASE)


def _rewrite(token: str) -> str:
    low = token.lower().replace("\u2019", "'")
    bare = low.replace("'", "")
    if low in CHAT_SPEAK:
        return CHAT_SPEAK[low]
    if bare in _NEGATED:
        return f"{_NEGATED[bare]} not"
    if low.endswith("n't") and low[:-3] in {v for v in _NEGATED.values()} | {"ca", "wo"}:
        stem = {"ca": "can", "wo": "will"}.get(low[:-3], low[:-3])
        return f"{stem} not"
    if bare in FILLER:
        return ""
    if bare in CHAT_SPEAK and "'" in low:       # "what's", "who's", "i'm"
        return CHAT_SPEAK[bare]
    return token


def squash_repeats(text: str) -> str:
    """"soooo" -> "so", "pleeease" -> "please" (no English word has a letter three times)."""
    return _REPEAT_RE.sub(r"\1", text)


# "2" for "to" and "too" ("asked 2 take them back", "japanese ppl 2?"), never after a word that
# numbers things ("view 2", "point 2 and 3") or is itself a number word
_TWO_RE = re.compile(r"\b([a-z']+)(\s+)2\b(?=(\s+[a-z]+|\s*[?!.,]|\s*$))", re.IGNORECASE)
_NUMBERS_THINGS = frozenset("""view views point points pt pts clause clauses part parts number no nr
section item paragraph para page pg p chapter step question q article division divisions army
and or of to than between about around only just the top under over grade year class level
""".split())
_TO_BEFORE = frozenset("""the a an go get take be leave return come see know do stay china korea japan
him her them me us it work live pay ask use find read send bring keep move head shanghai beijing
his their this that""".split())


def _two(m: re.Match[str]) -> str:
    word, space, after = m.group(1), m.group(2), (m.group(3) or "").strip().lower()
    if word.lower() in _NUMBERS_THINGS:
        return m.group(0)
    if after and after[0].isalpha():
        return f"{word}{space}to" if after in _TO_BEFORE else m.group(0)
    return f"{word}{space}too"


def normalize(text: str) -> str:
    """The message with chat-speak and contractions written out; punctuation and the case of
    other words kept, so names stay recognisable."""
    text = _TWO_RE.sub(_two, squash_repeats(text or ""))
    out = _TOKEN_RE.sub(lambda m: _rewrite(m.group()), text)
    return re.sub(r"[ \t]{2,}", " ", out).strip()


# In a description (not in a one-word answer, where "y" and "n" are yes and no), chat-speak too
_SPELT_OUT = {k: v for k, v in {**CHAT_SPEAK, "em": "them", "'em": "them", "hed": "he would",
                                 "theyd": "they would", "nvr": "never", "fam": "family"}.items() if k not in {"y", "k"}}
_SPELT_OUT_RE = re.compile(r"(?<![\w'/.])(?:"
                           + "|".join(re.escape(k) for k in sorted(_SPELT_OUT, key=len, reverse=True))
                           + r")(?![\w'/]|\.\w)")


@lru_cache(maxsize=8192)
def spell_out(prepared: str) -> str:
    """A prepared description with its chat-speak written out ("the lessons r all in chinese n he
    cant follow em" -> "... are all in chinese and he can't follow them")."""
    return rewrite(_SPELT_OUT_RE.sub(lambda m: _SPELT_OUT[m.group()], prepared))


def blank(text: str, spans: Iterable[Span]) -> str:
    """Spaces over the spans, so offsets into the text stay valid."""
    for s, e in spans:
        text = text[:s] + " " * (e - s) + text[e:]
    return text
