"""Yes/no case facts in the words students use for women, elders and children and the lives around them:
an old man who "wants to die in Japan", a girl who "keeps asking how to get back to her grandma", a
widow "facing a financial crunch" who cannot "meet daily expenses", a maid "for a rich family" (the
family's money is not hers), a father "paralysed" back home, a boy who "would go home in a heartbeat".

Rows as in yes_no_lexicon.BOOL_PATTERNS (pattern, polarity, strong); event_lexicon.py puts them after
the talk rows, before the general words. Negation is found by the matcher, before each match.
"""

from __future__ import annotations

from .plain_lexicon import HOMEWARD as _HOMEWARD
from .plain_lexicon import THERE as _THERE  # where a relative lives: one definition

S = True

_WISH = (r"(?:wants?|wanted|wanting|wanna|hopes?|hoped|hoping|longs?|longing|wish(?:es|ed|ing)?|would\s+(?:like|love)|plans?"
         r"|planning|intends?|asks?|asked|asking|begs?|begged|begging|requests?|requested|desperate|eager|keen|dreams?\s+of)")
_KIN = (r"(?:(?:old|elderly|little|younger|older|baby|sick|widowed|aged)\s+)?(?:mom|mum|mother|father|dad|wife|husband|parents"
        r"|sisters?|brothers?|family|kids|children|sons?|daughters?|grandmother|grandfather|grandma|grandpa|granny|folks|relatives)")
_OTHERS_MONEY = (r"(?:family|families|household|house|man|woman|lady|merchant|landlord|landlady|couple|people|widow|businessman"
                 r"|official|employer|master|mistress|boss|relatives?|uncle|aunt|cousin)")

PEOPLE_PATTERNS: dict[str, list[tuple[str, bool | None, bool]]] = {
    "requests_return": [
        # last days at home: "just wants to die in Japan", "hopes to be buried in her home village", "to see Korea again before he dies"
        (_WISH + r"\s+(?:to\s+)?(?:go\s+(?:back\s+)?(?:and\s+)?)?(?:die|be\s+buried|end\s+(?:his|her|their)\s+days|grow\s+old"
         r"|spend\s+(?:his|her|their)\s+(?:last|final|remaining|old)\s+(?:days|years|age))\s+(?:back\s+)?(?:at\s+home|in\s+" + _HOMEWARD
         + r"|in\s+(?:his|her|their)\s+(?:own\s+)?(?:home\s*town|home\s+village|native\s+village|village|homeland|own\s+country|country))\b"
         r"|" + _WISH + r"\s+to\s+see\s+(?:" + _HOMEWARD + r"|home|(?:his|her|their)\s+(?:home|homeland|village|hometown))\s+(?:again\s+|once\s+more\s+)?"
         r"before\s+(?:he|she|they)\s+(?:dies|die|passes|pass)", True, S),
        # asking the way home: "keeps asking the grown-ups how to get back to her", "asks everyone how he can go home"
        (r"(?:asks?|asked|asking)\s+(?:[\w'-]+\s+){0,3}?(?:how|when)\s+(?:to|(?:he|she|they)\s+(?:can|could|might|will))\s+"
         r"(?:get|go|return|head)\s+(?:back\s+)?(?:home|to\s+(?:her|him|them|" + _HOMEWARD + r"|(?:his|her|their)\s+" + _KIN + r"))\b", True, S),
        # eager at once: "he'd go back to Japan in a heartbeat", "would leave like a shot", "would jump at the chance to go home"
        (r"(?:would|'d)\s+(?:go|head|get|leave|return|be\s+on\s+the\s+(?:next|first)\s+(?:train|boat|ship))(?:\s+(?:back|home)){0,2}"
         r"(?:\s+to\s+[a-z]+)?\s+(?:in\s+a\s+heartbeat|like\s+a\s+shot|without\s+(?:a\s+)?(?:second\s+)?thought|at\s+the\s+drop\s+of\s+a\s+hat"
         r"|tomorrow|tonight|first\s+chance)"
         r"|(?:jump|jumps|jumped|leap|leaps)\s+at\s+(?:the|any)\s+chance\s+(?:to|of)\s+(?:go|going|get|getting|return|returning|head|heading)"
         r"\s+(?:back|home)", True, S),
        # the wish with a word between: "he'd really like to go home", "would very much like to return to Korea"
        (r"(?:would|wouldn't|'d)(?:\s+not)?\s+(?:really|very\s+much|so\s+much|dearly|truly|just|honestly|much\s+rather)\s+(?P<key>like|love|prefer)\s+to\s+"
         r"(?:go|get|head|return|be\s+sent|move)\s+(?:back\s+)?(?:home|to\s+" + _HOMEWARD + r")\b", True, S),
        # a place of birth for home: "wishing to go back to her native place", "to return to his ancestral village"
        (_WISH + r"\s+(?:to\s+)?(?:go|return|get|head|be\s+sent|move)\s+(?:back\s+)?(?:home\s+)?to\s+(?:his|her|their)\s+(?:own\s+)?"
         r"(?:native\s+(?:place|land|soil|country|town|province|region)|home\s+(?:place|province|region|district)"
         r"|ancestral\s+(?:home|village|land|place)|birthplace|place\s+of\s+birth)\b", True, S),
    ],
    "hardship": [
        # another's money is not the person's: "maid for a rich family", "works in a wealthy merchant's house"
        (r"(?:for|with|in|at|by)\s+(?:a|an|the|some|one)\s+(?:very\s+)?(?:rich|wealthy|well-off|well\s+off|well-to-do|affluent"
         r"|prosperous|posh|moneyed)\s+(?:[\w'-]+\s+)?" + _OTHERS_MONEY + r"(?:'s)?", None, S),
        # understatement says nothing: "not exactly rich, but ...", "not what you'd call wealthy", "not rich either"
        (r"(?:not|isn't|is\s+not|never|wasn't)\s+(?:exactly|quite|what\s+you\s+would\s+call|what\s+you'd\s+call)\s+(?:rich|wealthy|well\s+off"
         r"|well-off|loaded)|(?:not|isn't|is\s+not|wasn't)\s+(?:really\s+|very\s+|that\s+|particularly\s+)?(?:rich|wealthy|loaded)(?!\s+at\s+all)", None, S),
        # "facing lot of financial crunch", "not able to meet daily expenses", "can't make both ends meet"
        (r"(?:financial|money|cash|economic)\s+(?:crunch|crisis|strain|distress|stress|constraints?|woes|worries|straits)"
         r"|(?:not\s+able\s+to|unable\s+to|can't|cannot|can\s+not|couldn't|could\s+not|struggl\w+\s+to)\s+(?:meet|manage|cover|bear)\s+"
         r"(?:(?:the|her|his|their|daily|day-to-day|household|basic|monthly|living|everyday)\s+){0,2}(?:expenses|needs|costs|bills)"
         r"|(?:can't|cannot|can\s+not|couldn't|unable\s+to|not\s+able\s+to)\s+make\s+both\s+ends\s+meet", True, S),
    ],
    "pending_case": [
        # never once before a court: "never went to court", "never been in a fight or in a court in her life"
        (r"(?:never|not\s+once)\s+(?:once\s+|ever\s+|even\s+)?(?:went|gone|go|goes|been|stood|appeared|was)\s+(?:[\w']+\s+){0,5}?"
         r"(?:to|in|into|before)\s+(?:a\s+|any\s+|the\s+)?(?:court|courts|courtroom|courthouse|tribunal)\b", False, S),
        # "the trial's not happened yet", "the case's still going"
        (r"(?:trial|hearing|case|lawsuit|suit|court\s+date)'s\s+(?:still\s+)?(?:not|yet\s+to)\s+(?:happened|happen|started|start|begun|finished"
         r"|over|done|closed|settled|decided|been\s+(?:heard|decided|settled))|(?:trial|case|lawsuit|suit)'s\s+still\s+(?:going|pending|open"
         r"|ongoing|on|running)", True, S),
    ],
    "disturbs_order": [
        # an accusation is no disturbance stated: "someone accused him of stealing dynamite", "suspected of theft"
        (r"(?:accused|accuses|accusing|suspected|suspects|suspecting|blamed|blames|blaming)\s+(?:him\s+|her\s+|them\s+)?(?:of|for)\s+"
         r"(?:[\w'-]+\s+)?(?:stealing|theft|robbing|robbery|smuggling|assault\w*|attacking|fighting|rioting|looting|sabotage|black\s+market\w*)", None, S),
        # "he's never stolen anything"
        (r"stolen\s+(?:anything|something|a\s+thing|from)", True, S),
        # fights in slang: "got into a blue with a cop", "had a barney with the landlord", "a stoush with his neighbour"
        (r"(?:got|gets|get|getting|been|was|had|has|have|having)\s+(?:in\s+|into\s+)?(?:a|an|another|some)\s+(?:[\w']+\s+)?(?:blue|barney|dust-?up"
         r"|set-?to|rumble|ruck|bust-?up|tussle|scrap|fisticuffs|donnybrook|ding-?dong|ruckus|fracas|scuffle|stoush|biff|punch-?on"
         r"|argy-?bargy|scrum)\s+with\b", True, S),
        # violence by hired men: "hired thugs to break up a workers' meeting", "sent goons to beat the strikers"
        (r"(?:hired|hires|hiring|sent|sends|paid|pays|used|uses)\s+(?:some\s+|a\s+gang\s+of\s+|a\s+few\s+)?(?:thugs|goons|heavies|gangsters"
         r"|toughs|hoodlums|hooligans|bullies|roughnecks|enforcers)|(?:break|broke|breaking|breaks)\s+up\s+(?:a|an|the|their)\s+"
         r"(?:[\w'-]+\s+)?(?:meeting|strike|protest|demonstration|rally|picket|union\s+meeting)", True, S),
        # an item of a list, with its afterword: "no trouble otherwise", "no trouble at all"
        (r"(?:^|(?<=[,.;:]\s))no\s+(?:trouble|troubles|fights|fighting|violence)\s+(?:otherwise|at\s+all|whatsoever|of\s+any\s+kind"
         r"|ever|either)\b", False, S),
    ],
    "pow_language_barrier": [
        # his own language only: "only really speaks Korean", "can only speak Japanese", "knows nothing but Korean"
        (r"(?:only|just)\s+(?:really|properly|ever|actually)\s+(?:speaks?|knows?|understands?|talks?)\s+(?:korean|japanese)"
         r"|(?:can|could)\s+only\s+(?:really\s+)?(?:speak|understand|follow)\s+(?:korean|japanese)"
         r"|(?:speaks?|knows?|understands?)\s+nothing\s+but\s+(?:korean|japanese)", True, S),
        # "doesn't get the chinese-language classes at all", "can't follow the mandarin-language lectures"
        (r"(?:can't|cannot|can\s+not|couldn't|doesn't|does\s+not|don't|didn't|unable\s+to)\s+(?:really\s+)?(?:get|follow|understand)\s+"
         r"(?:the\s+|any\s+of\s+the\s+)?(?:chinese|mandarin)[- ]language\s+(?:class|classes|lessons?|lectures?|study|sessions?|courses?"
         r"|meetings?|teaching)", True, S),
        # sitting through it lost: "he just sits there lost", "sits through the lessons clueless"
        (r"(?:sits?|sitting|sat)\s+(?:there|through\s+(?:them|it|the\s+[\w-]+(?:\s+[\w-]+)?))\s+(?:completely\s+|totally\s+|utterly\s+)?"
         r"(?:lost|clueless|baffled|bewildered|confused|blank)\b", True, S),
    ],
    "pow_early_revolutionary_work": [
        # "never took part in any political activity", "was never involved in politics", "did not participate in early revolutionary work"
        (r"(?:never|not|didn't|did\s+not|hasn't|has\s+not|wasn't|was\s+not)\s+(?:ever\s+|once\s+|really\s+)?(?:(?:took|taken|take)\s+part"
         r"|participate[ds]?|involved|active|engaged)\s+in\s+(?:any\s+)?(?:(?:early|earlier|prior|previous|past)\s+)?(?:politics|(?:political|revolutionary|communist|underground|resistance|anti-japanese"
         r"|anti-war)\s+(?:activit(?:y|ies)|movements?|work|groups?|organi[sz]ations?|struggle|stuff))", False, S),
    ],
    "pow_family_difficulties": [
        # kin hurt or disabled: "his father back home is paralysed", "his mother in Osaka went blind"
        (r"(?:his|her|their)\s+" + _KIN + r"\s+" + _THERE + r"(?:is|are|was|were|isn't|aren't|wasn't|weren't|has\s+been|have\s+been|got|went|became|is\s+now)\s+"
         r"(?:not\s+|now\s+)?(?P<key>paraly[sz]ed|crippled|disabled|blind|lame|an\s+invalid|handicapped|badly\s+(?:hurt|injured|wounded)|injured"
         r"|wounded)", True, S),
        # the work left undone: "the family can't manage the harvest", "his wife can't manage the farm"
        (r"(?:family|wife|mother|mum|mom|father|dad|parents|folks|brothers?|sisters?)\s+(?:can't|cannot|can\s+not|couldn't|could\s+not"
         r"|is\s+unable\s+to|are\s+unable\s+to)\s+(?:manage|handle|bring\s+in|get\s+in|do|work)\s+(?:the\s+|their\s+|his\s+)?(?:harvest"
         r"|farm|fields|land|planting|paddy|paddies|crops?)\b", True, S),
    ],
}


def _merged(rows: list[tuple[str, bool | None, bool]]) -> list[tuple[str, bool | None, bool]]:
    """Neighbouring rows of one polarity as one alternation (one scan of the message, not several);
    a row with a "key" group stays alone (its key must belong to every match)."""
    out: list[tuple[str, bool | None, bool]] = []
    for pattern, polarity, strong in rows:
        last = out[-1] if out else None
        if last and last[1:] == (polarity, strong) and "(?P<key>" not in pattern + last[0]:
            out[-1] = (f"{last[0]}|(?:{pattern})", polarity, strong)
        else:
            out.append((f"(?:{pattern})", polarity, strong))
    return out


PEOPLE_PATTERNS = {field: _merged(rows) for field, rows in PEOPLE_PATTERNS.items()}
