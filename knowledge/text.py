"""Text analysis shared by the index (store.py) and the queries (search.py).

The same pipeline runs on content and on user questions, so the index holds
already-normalised terms and both SQLite FTS5 and PostgreSQL see identical
tokens:  words -> (typo correction, queries only) -> multi-word aliases ->
one-word synonyms -> stopwords dropped -> Porter stem.

Every term that leaves here matches ``[a-z0-9]+``; that is what makes it safe
to put into an FTS5 or tsquery expression (see search.py).
"""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from functools import lru_cache

from understanding.variants import american

from .stem import stem

_WORD_RE = re.compile(r"[a-z0-9]+")
_ORDINAL_RE = re.compile(r"^(\d+)(?:st|nd|rd|th)$")
# "Shanghai's" -> "shanghai", "don't" -> "dont" (a stopword), "what's" -> "whats"
_APOSTROPHE_RE = re.compile(r"'s\b|(?<=[a-z])'(?=[a-z])")

# Function words and chat filler, and the words of a student's situation ("my teacher said",
# "for my essay", "im confused"): they frame a question, never name its topic.  Question words
# that change the meaning of a question here (who / when / where / why / how) are kept.
STOPWORDS = frozenset("""
a about above again against all am an and any anyone anything are as at be
because been being below between both but by can could did do does doing
done down during each etc ever few for from further had has have having he her
here hers herself him himself his i if in into is it its itself just me might mine
more most much must my myself no nor not now of off on once only or our ours
out over own please same shall she should so some something such than that the their
theirs them then there these they this those through thus to too under until up upon
us very was we were what whatever which while whom will with would yet you your yours
yourself ok okay hi hey hello thanks thank pls plz u ur ya yeah yes lol also really
actually exactly basically bit little quick quickly tell know knew known knows knowing explain
let lets like want wanna gonna need give show find wondering wonder
curious question questions answer info information help
get got one ones thing things stuff way lot lots anybody somebody someone someone's
im ive youre theyre thats theres whats whos wheres whens hows whys dont doesnt
didnt isnt wasnt werent arent cant couldnt shouldnt wouldnt hasnt havent hadnt
s t d ll re ve m even onto enough themselves themself getting anyway anyways
everyone everybody everything everywhere somewhere anywhere nothing nobody none
either neither whether though although however therefore hence whose whoever
whenever wherever almost quite rather via per within without across along among
around behind beside besides beyond toward towards unto whereas whilst already still
teacher teachers essay essays homework assignment exam exams textbook lesson confused confusing
confuse weird weirdly strange odd reckon guess heard apparently nah nope yep yup naw
dis dat dem
""".split())

# Multi-word aliases, applied to the word sequence (longest first).  They fold
# casual or abbreviated wording onto the words the content uses.
PHRASES: dict[tuple[str, ...], tuple[str, ...]] = {
    ("who", "wrote"): ("who", "sender"), ("who", "sent"): ("who", "sender"),
    ("who", "issued"): ("who", "sender"), ("who", "authored"): ("who", "sender"),
    ("who", "is", "it", "from"): ("who", "sender"),
    ("who", "was", "it", "from"): ("who", "sender"),
    ("who", "was", "it", "for"): ("who", "recipient"), ("who", "is", "it", "for"): ("who", "recipient"),
    ("who", "was", "this", "for"): ("who", "recipient"), ("for", "whom"): ("recipient",),
    ("who", "received"): ("who", "recipient"),
    ("who", "got"): ("who", "recipient"), ("sent", "to"): ("recipient",),
    ("addressed", "to"): ("recipient",), ("how", "many"): ("count",),
    ("stand", "for"): ("definition",), ("stands", "for"): ("definition",),
    ("counts", "as"): ("definition",), ("count", "as"): ("definition",),
    ("what", "date"): ("date",), ("what", "day"): ("date",), ("what", "year"): ("date",),
    ("which", "day"): ("date",), ("which", "year"): ("date",), ("what", "month"): ("date",),
    ("which", "month"): ("date",),
    ("free", "of", "charge"): ("gratis",), ("at", "no", "cost"): ("gratis",),
    ("for", "free"): ("gratis",), ("no", "charge"): ("gratis",),
    ("prisoner", "of", "war"): ("prisoner",), ("prisoners", "of", "war"): ("prisoner",),
    ("north", "korea"): ("dprk",), ("north", "korean"): ("dprk",),
    ("north", "koreans"): ("dprk",), ("south", "korea"): ("rok",),
    ("south", "korean"): ("rok",), ("1950", "war"): ("korean", "war"),
    ("war", "in", "korea"): ("korean", "war"), ("korea", "war"): ("korean", "war"),
    ("soviet", "union"): ("ussr",), ("united", "nations"): ("un",),
    ("united", "states"): ("usa",), ("people", "s", "republic"): ("prc",),
    ("peoples", "republic"): ("prc",), ("people", "republic"): ("prc",),
    ("ministry", "of", "foreign", "affairs"): ("foreign", "ministry"),
    ("foreign", "affairs", "ministry"): ("foreign", "ministry"), ("north", "east"): ("northeast",),
    ("kim", "il", "sung"): ("kim", "ilsung"), ("kim", "il", "song"): ("kim", "ilsung"),
    ("zhou", "en", "lai"): ("zhou", "enlai"), ("chou", "en", "lai"): ("zhou", "enlai"),
    ("mao", "tse", "tung"): ("mao", "zedong"), ("mao", "tsetung"): ("mao", "zedong"),
    ("sum", "up"): ("summary",), ("key", "points"): ("summary",),
    ("main", "points"): ("summary",), ("in", "short"): ("summary",),
    ("tl", "dr"): ("summary",), ("in", "a", "nutshell"): ("summary",),
    ("home", "country"): ("homeland",), ("go", "home"): ("return", "homeland"),
    ("going", "home"): ("return", "homeland"), ("went", "home"): ("return", "homeland"),
    ("sent", "home"): ("return", "homeland"), ("send", "home"): ("return", "homeland"),
    ("sent", "back"): ("return",), ("send", "back"): ("return",),
    ("go", "back"): ("return",), ("went", "back"): ("return",),
    ("going", "back"): ("return",), ("goes", "back"): ("return",), ("gone", "back"): ("return",),
    ("come", "back"): ("return",), ("came", "back"): ("return",), ("coming", "back"): ("return",),
    ("get", "back"): ("return",), ("got", "back"): ("return",), ("move", "back"): ("return",),
    ("moved", "back"): ("return",), ("head", "back"): ("return",), ("headed", "back"): ("return",),
    ("heading", "back"): ("return",), ("head", "home"): ("return", "homeland"),
    ("headed", "home"): ("return", "homeland"), ("heading", "home"): ("return", "homeland"),
    ("back", "home"): ("homeland",),
    ("read", "me"): ("quote",), ("read", "out"): ("quote",), ("word", "for", "word"): ("quote",),
    ("exact", "words"): ("quote",), ("exact", "wording"): ("quote",),
    ("broke", "out"): ("start",), ("break", "out"): ("start",), ("set", "up"): ("founded",),
    ("in", "charge"): ("head",), ("came", "after"): ("succeed",),
    ("come", "after"): ("succeed",), ("took", "over"): ("succeed",),
    ("come", "up"): ("mention",), ("comes", "up"): ("mention",),
    ("brought", "up"): ("mention",), ("talk", "about"): ("mention",),
    ("talks", "about"): ("mention",), ("paid", "for"): ("fund",), ("what", "else"): ("other",),
    ("right", "now"): ("currently",), ("these", "days"): ("nowadays",),
    # "back then", "at the time": the time the question is already about, not a word of it
    ("back", "then"): (), ("at", "the", "time"): (), ("back", "in", "the", "day"): (),
    ("any", "more"): ("currently",), ("anymore",): ("currently",),
    # "kind of winging it" hedges; "what kind of document" asks the type
    # what a student read or was told frames a claim; it is not its topic ("my teacher told us
    # the cable forced everyone home but i read ...")
    ("told", "us"): (), ("told", "me"): (), ("i", "read", "that"): (), ("but", "i", "read"): (),
    ("read", "online"): (), ("read", "somewhere"): (), ("someone", "said"): (), ("friend", "says"): (),
    ("friend", "said"): (), ("teacher", "says"): (), ("teacher", "said"): (),
    ("kind", "of"): (), ("sort", "of"): (), ("what", "kind", "of"): ("what", "kind"),
    ("which", "kind", "of"): ("which", "kind"), ("what", "sort", "of"): ("what", "kind"),
    ("which", "sort", "of"): ("which", "kind"), ("wat", "kind", "of"): ("what", "kind"),
    ("wat", "sort", "of"): ("what", "kind"),
    # everyday words for joining the war, expelling, signing, causing trouble
    ("jump", "in"): ("join",), ("jumped", "in"): ("join",), ("jumps", "in"): ("join",),
    ("join", "in"): ("join",), ("joined", "in"): ("join",), ("step", "in"): ("join",),
    ("stepped", "in"): ("join",), ("get", "involved"): ("join",), ("got", "involved"): ("join",),
    ("kick", "out"): ("deport",), ("kicked", "out"): ("deport",), ("kicks", "out"): ("deport",),
    ("kicking", "out"): ("deport",), ("throw", "out"): ("deport",), ("threw", "out"): ("deport",),
    ("thrown", "out"): ("deport",), ("boot", "out"): ("deport",), ("booted", "out"): ("deport",),
    ("get", "rid", "of"): ("deport",), ("got", "rid", "of"): ("deport",),
    ("getting", "rid", "of"): ("deport",),
    ("put", "their", "name"): ("sign",), ("put", "his", "name"): ("sign",),
    ("put", "a", "name"): ("sign",), ("signed", "off"): ("sign",), ("sign", "off"): ("sign",),
    ("trouble", "makers"): ("disturb",), ("trouble", "maker"): ("disturb",),
    ("cause", "trouble"): ("disturb",), ("causing", "trouble"): ("disturb",),
    ("caused", "trouble"): ("disturb",), ("make", "trouble"): ("disturb",),
    ("making", "trouble"): ("disturb",),
    ("kick", "off"): ("start",), ("kicked", "off"): ("start",), ("brake", "out"): ("start",),
    ("kick", "up", "a", "fuss"): ("protest",), ("kicked", "up", "a", "fuss"): ("protest",),
    ("kicking", "up", "a", "fuss"): ("protest",), ("made", "a", "fuss"): ("protest",),
    ("make", "a", "fuss"): ("protest",),
    ("chiang", "kai", "shek"): ("nationalist",), ("chiang", "kaishek"): ("nationalist",),
    # "trouble at home": family issues (view 3), not the homeland
    ("trouble", "at", "home"): ("family", "issues"), ("troubles", "at", "home"): ("family", "issues"),
    ("problems", "at", "home"): ("family", "issues"), ("problem", "at", "home"): ("family", "issues"),
    ("issues", "at", "home"): ("family", "issues"),
}
# "sent bak", "go bak": a misspelt back is still back
for _verb in ("sent", "send", "go", "went", "going", "come", "came", "get", "got", "move", "moved"):
    PHRASES[(_verb, "bak")] = PHRASES[(_verb, "back")]
# "point 4", "view four", "the fourth clause", "first point": the cable's views
_NUMBERS = {"one": "1", "first": "1", "two": "2", "second": "2", "three": "3",
            "third": "3", "four": "4", "fourth": "4"}
for _noun in ("point", "view", "clause", "paragraph", "item", "section"):
    for _word, _digit in _NUMBERS.items():
        PHRASES[(_noun, _word)] = PHRASES[(_word, _noun)] = ("view", _digit)
# "prisners of war": a misspelt prisoner is still one prisoner, not a prisoner and a war
for _typo in ("prisners", "prisner", "prisnors", "prisonrs", "prisioners", "prisonors", "pows"):
    PHRASES[(_typo, "of", "war")] = ("prisoner",)
_MAX_PHRASE = max(len(k) for k in PHRASES)

# One-word synonyms, abbreviations and chat spellings -> the word the content
# uses: {target: "words folded onto it"}.
_GROUPS = {
    # the document
    "cable": "telegram telegrams telegraph wire cablegram dispatch despatch memo message msg",
    "document": "doc docs text paper record documnet documant docment documnt",
    "sender": "sent send sends sending wrote written writer author authored authorship "
              "issued issuer originator",
    "recipient": "addressee recipients receiver received addressed",
    "kind": "type types sort",
    "quote": "quoted quotation quotes verbatim wording",
    "view": "point points clause clauses",
    "introduction": "intro introductory preamble",
    "succeed": "succeeded successor successors replaced replacement",
    "mention": "mentions mentioned mentioning",
    "last": "end ends ending ended final finally conclude concludes conclusion finish",
    "enforce": "enforced enforcement enforcing follow followed obey obeyed comply "
               "complied implement implemented implementation",
    "better": "nicer kinder gentler",
    "other": "else another similar",
    # time, place, reason
    "date": "when dated dates wen month months",
    "chronology": "timeline",
    "place": "where location located",
    "reason": "why y purpose motive motivation goal aim intent intention accomplish "
              "achieve objective",
    "guidance": "instruction instructions directive directives guideline guidelines "
                "advice",
    "request": "beg begged begging plead pleaded pleading requested requesting",
    "online": "site website websites webpage web internet",
    "shrink": "drop dropped decline declined decrease decreased reduce reduced "
              "reduction",
    "dissolved": "abolish abolished dissolve disbanded scrapped",
    "railway": "railways raleway railwey railroad railroads rail rails train trains",
    "ministry": "ministery minstry minestry ministy",
    "minister": "minster minsiter ministr",
    "foreign": "forein foriegn forien foregin",
    "happened": "hapend hapened happend hapens",
    "deport": "expel expelled expels expelling expulsion",
    "foundation": "charity charities",
    "soon": "asap",
    "protest": "fuss",
    "training": "lessons schooling",
    "recall": "remember remembered remembers",
    "disturb": "disrupt disrupts disrupted disrupting disturbance disturbing troublemaker "
               "troublemakers troublemaking",
    "role": "position job post",
    "part": "paragraph paragraphs section sections passage passages portion",
    "binding": "strict strictly mandatory compulsory obligatory enforceable",
    "commercial": "sell selling sold sale sales commercially profit",
    "lead": "push pushed pushing drove cause caused causes",
    "annexation": "annexed annex colonisation colonization occupation takeover",
    "reuse": "reprint reprints republish reproduce reproduction",
    "start": "began begin begins beginning started starts outbreak",
    "founded": "founding found establish established establishment created creation "
               "proclaimed",
    "head": "ran run running led leader leaders headed chief director",
    "fund": "funded funder funders funding sponsor sponsors sponsored sponsorship "
            "financed financing",
    # people and states
    "prisoner": "pow pows captive captives prisners prisner prisnors prisonrs prisioners "
                "prisonors prisonor",
    "northeast": "manchuria manchurian",     # Northeast China, as the content calls it
    "dprk": "nk dprks pyongyang",
    "rok": "seoul",
    "korean": "koreans korea korian korians koreen",
    "china": "chinese",
    "beijing": "peking peiping",
    "ussr": "soviet soviets russia russian russians moscow kremlin",
    "japan": "japanese tokyo japenese japanes japaneese japanse japense",
    "usa": "america american americans",
    "nationalist": "nationalists kuomintang kmt guomindang",
    "mao": "chairman zedong",
    "zhou": "premier enlai",
    "kim": "ilsung",
    "army": "pla soldiers soldier troops military armies fighter fighters",
    # "the 4th field army" is the Fourth Field Army ("18th" is already "18")
    "4": "fourth",
    "nationals": "citizens citizen residents expats emigrants migrants immigrants "
                 "nationality minority ethnic",
    "technician": "technicians technical tech techs techy engineer engineers expert experts "
                  "specialist specialists skilled techie techies techincians tecnicians "
                  "technitians techincal tecnical engeneers enginers",
    "personnel": "staff personel personell",
    # actions and terms
    "gratis": "free freely costless gratus gratiss",
    "expense": "cost costs pay paid paying money fee fees charge",
    "repatriation": "repatriate repatriated repatriating return returned returning "
                    "returns homeland",
    "archive": "archived archives stored",
    "declassification": "declassified",
    "summary": "summarise summarize overview gist tldr summery sumary",
    "definition": "mean means meaning define defined definitions term terms glossary",
    "war": "conflict fighting",
    "reliability": "reliable trustworthy accurate",
    "authenticity": "authentic genuine fake forgery",
    "translation": "translated translate translator translators",
    # month abbreviations
    "january": "jan", "february": "feb", "march": "mar", "april": "apr", "june": "jun",
    "july": "jul", "august": "aug", "september": "sep sept", "october": "oct",
    "november": "nov", "december": "dec",
    # chat spellings
    "what": "wat wut waht", "you": "u ya", "your": "ur", "about": "abt abut abowt abuot",
    "because": "bc cuz coz", "before": "b4", "does": "dose",
    "also": "aswell", "now": "rn", "really": "tbh ngl btw",
}
SYNONYMS: dict[str, str] = {w: target for target, group in _GROUPS.items()
                            for w in group.split()}
# two-digit years ("between 53 and 58"): the period here is 1940-1969
SYNONYMS.update({str(n): f"19{n}" for n in range(40, 70)})


# Words students wrap around a question ("for my essay my teacher asked...").
# Query-side only, and only when the index does not know the word: a filler
# word tells nothing about the topic, so it must not count against a match.
FILLER = frozenset("""
student students teacher teachers professor prof tutor class classes classmate
classmates course lecture lesson lessons school university college homework
assignment assignments exam exams quiz essay essays project projects analysis analyse
analyze analysing analyzing identify identifying understand understanding understood
confused confusing confusion unclear simple simply simpler plain plainly overall
general generally basically mainly mostly roughly approximately exactly precisely
specifically seem seems seemed apparently supposedly bother bothered friend friends
mate buddy guys guy trying try tried attempt keep keeps seeing saw see look looking
looked figure figured guess maybe perhaps probably possibly sure surely certain
certainly clearly anyway anyways honestly literally totally pretty super kinda sorta
footnote footnotes lay outline hmm hmmm um uh oh ah wow cool nice great awesome
interesting weird strange stuck lost struggling wonder wondered curious main
""".split())


# Light verbs: they carry little of a question's topic ("what happened to",
# "when did it come out"), so they count as little as the commonest words.
GENERIC = frozenset("""
happen happens happened happening come comes came coming go goes went gone going
take takes took taken taking put puts make makes made making get gets getting
give gives gave given giving do does did doing have has had use used using
""".split())


# Words that move a question to another time, so an entry must share them to
# answer it - like a year ("did it LATER change", "how many TODAY").
TIME_SHIFT = frozenset("""
later afterwards afterward subsequently eventually today nowadays currently
""".split())


def words(text: str) -> list[str]:
    """Lower-case ASCII words; accents folded, apostrophes and punctuation split,
    ordinal suffixes dropped ("18th" -> "18")."""
    folded = unicodedata.normalize("NFKD", text or "").encode("ascii", "ignore").decode()
    folded = _APOSTROPHE_RE.sub("", folded.replace("\u2019", "'").lower())
    return [_ORDINAL_RE.sub(r"\1", w) for w in _WORD_RE.findall(folded)]


def apply_phrases(tokens: list[str]) -> list[str]:
    out: list[str] = []
    i = 0
    while i < len(tokens):
        for n in range(min(_MAX_PHRASE, len(tokens) - i), 1, -1):
            repl = PHRASES.get(tuple(tokens[i:i + n]))
            if repl is not None:
                out.extend(repl)
                i += n
                break
        else:
            repl = PHRASES.get((tokens[i],))
            out.extend(repl if repl else (tokens[i],))
            i += 1
    return out


@lru_cache(maxsize=50000)
def term(word: str) -> str | None:
    """One word -> its index term, or None when it is a stopword."""
    word = american(SYNONYMS.get(word, word))
    if word in STOPWORDS:
        return None
    return stem(word)


def analyze(text: str, correct: Callable[[str], str] | None = None) -> list[str]:
    """Text -> index terms (in order, repeats kept).  ``correct`` fixes typos."""
    tokens = words(text)
    if correct is not None:
        tokens = [correct(t) for t in tokens]
    terms = []
    for tok in apply_phrases(tokens):
        t = term(tok)
        if t is not None:
            terms.append(t)
    return terms


def known_words() -> set[str]:
    """Words the pipeline knows even if no content uses them (for typo targets)."""
    out = set(SYNONYMS)
    for key in PHRASES:
        out.update(key)
    return out - STOPWORDS
