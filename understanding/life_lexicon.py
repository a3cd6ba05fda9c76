"""Yes/no case facts told in a life story's words: a family at home "bombed out" or that "has nothing",
a prisoner who "understands maybe a tenth of" the lectures or "catches the odd word", a past "in a
communist study group", "jailed for communist activity" or hiding "organisers from the police", a way
home "back across the river" and a plea "send me back".

Rows as in yes_no_lexicon.BOOL_PATTERNS (pattern, polarity, strong); event_lexicon.py puts them after
the other everyday words. Negation is found by the matcher, before each match.
"""

from __future__ import annotations

from .everyday_lexicon import _WISH as _WANT  # the same wishes
from .street_lexicon import _KIN  # the same relatives

S = True

# the people early revolutionary work was done with, and those it hid from
_COMRADES = (r"(?:organi[sz]ers|activists|agitators|revolutionaries|communists|cadres|guerr?ill?as|partisans"
             r"|resistance\s+fighters|underground\s+members|party\s+members|comrades)")
# words before the people hidden, none of them a preposition ("hid from the guerrillas" hid no one)
_SOME = r"(?:(?!(?:from|with|among|behind|in|at|on|by|for|to|under)\s)[\w'-]+\s+)"
_POLICE = r"(?:police|authorities|gendarmes|gendarmerie|kempeitai|military\s+police|secret\s+police)"

LIFE_PATTERNS: dict[str, list[tuple[str, bool | None, bool]]] = {
    "requests_return": [
        # home across the water: "wants to go back across the river", "hopes to get back over the border"
        (_WANT + r"\s+(?:to\s+)?(?:go|get|head|cross|swim|return|move|be\s+sent)\s+back\s+(?:across|over)\s+(?:the\s+)?"
         r"(?:river|border|yalu|tumen|sea|strait|straits|water|mountains)\b", True, S),
        # the person's own plea ("me", or "him" once role play is told in the third person): "send me back
        # please", "please ship me back to korea"
        (r"(?:send|ship|take|get)\s+me\s+back(?=\s*(?:$|[,.;!?]|\s+(?:please|pls|now|soon|home|to|there)\b))"
         r"|(?:please|pls)\s*,?\s+(?:send|ship|take|get)\s+(?:him|her)\s+back\b"
         r"|(?:send|ship|take|get)\s+(?:him|her)\s+back\s+(?:home\s+)?(?:please|pls)\b", True, S),
    ],
    "pow_family_difficulties": [
        # a family bombed or burned out of its home: "his wife got bombed out", "the family was left homeless"
        (_KIN + r"(?:\s+[\w']+){0,3}?\s+(?:got|was|were|has\s+been|have\s+been|had\s+been|is|are)\s+(?:[\w']+\s+)?"
         r"(?:bombed\s+out|burned\s+out|burnt\s+out|made\s+homeless|left\s+homeless|left\s+with\s+nothing)", True, S),
        # with nothing at all: "wife and kids in hiroshima have nothing", "his parents have nothing left"
        (_KIN + r"(?:\s+[\w']+){0,4}?\s+(?:has|have|had)\s+(?:got\s+)?nothing(?=\s*(?:$|[,.;!?]|\s+(?:left"
         r"|to\s+eat|at\s+all|to\s+live\s+on)\b))", True, S),
    ],
    "pow_language_barrier": [
        # a fraction of it: "understands maybe a tenth of it", "follows only a fraction of the lectures"
        (r"(?:understands?|understood|follows?|followed|gets?|got|catches|caught|picks?\s+up|picked\s+up|takes?\s+in"
         r"|took\s+in)\s+(?:(?:maybe|only|about|perhaps|roughly|barely|at\s+most|like|just|less\s+than|not\s+even"
         r"|hardly)\s+){0,2}(?:a|one)\s+(?:tenth|fifth|quarter|third|fraction|twentieth|hundredth|sliver|tiny\s+bit"
         r"|small\s+part)\s+of\b", True, S),
        # "catches only the odd word", "gets bits and pieces", "understands very little of the lectures"
        (r"(?:understands?|understood|follows?|followed|gets?|got|catches|caught|picks?\s+up|picked\s+up)\s+"
         r"(?:(?:only|just|maybe|at\s+best)\s+)?(?:(?:the\s+)?(?:odd|occasional)\s+word|bits\s+and\s+pieces"
         r"|(?:very|so|pretty|precious)\s+little\s+(?:of|in|from)\b)", True, S),
    ],
    "pow_early_revolutionary_work": [
        # a left study circle: "was already in a communist study group", "joined a marxist reading circle"
        (r"(?:was|were|been|joined|joining|member\s+of|part\s+of|active\s+in|belonged\s+to|started|organi[sz]ed|founded|ran"
         r"|led)\s+(?:[\w'-]+\s+){0,2}?(?:a|an|the|his|her)\s+(?:(?:secret|small|illegal|underground)\s+)?(?:communist"
         r"|marxist|marxist-leninist|socialist|leftist|left-wing|revolutionary|anti-japanese|anti-imperialist)\s+"
         r"(?:study|reading|discussion|book)\s+(?:group|circle|club|society|cell)s?", True, S),
        # jailed for it: "was jailed in 1933 for communist activity", "arrested for anti-japanese agitation"
        (r"(?:jailed|imprisoned|arrested|locked\s+up|sentenced|persecuted|tortured|expelled)\s+(?:[\w']+\s+){0,3}?for\s+"
         r"(?:his\s+|her\s+|their\s+)?(?:(?:communist|leftist|left-wing|revolutionary|anti-japanese|anti-war|anti-imperialist"
         r"|underground|union|labou?r)\s+(?:activit(?:y|ies)|agitation|work|organi[sz]ing|views|leaflets|sympathies)"
         r"|political\s+(?:activit(?:y|ies)|agitation|organi[sz]ing))", True, S),
        # hiding the movement's people: "helped hide organisers from the japanese police", "sheltered communists"
        (r"(?:hid|hide|hides|hiding|hidden|shelter(?:s|ed|ing)?|harbou?r(?:s|ed|ing)|conceal(?:s|ed|ing)?)\s+"
         + _SOME + r"{0,2}?" + _COMRADES + r"\b|(?:hid|hide|hides|hiding|hidden|shelter(?:s|ed|ing)?)\s+"
         + _SOME + r"{0,2}?(?:people|men|members|leaders|friends|them)\s+from\s+the\s+(?:japanese\s+|colonial\s+"
         r"|kmt\s+|nationalist\s+)?" + _POLICE, True, S),
    ],
}
