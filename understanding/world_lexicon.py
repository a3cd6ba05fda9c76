"""Yes/no case facts in the words of the world's Englishes: Singapore's sentence-final particles ("don't
want to be sent back one", "money also ok", "his Chinese damn good"), the American South's ("fixin' to
get on home", "cain't understand a lick of it"), Ireland's ("begging to be let home", "can't make head
nor tail of the classes"), and their plain cousins ("got enough to live", "never had any fights").

Rows as in yes_no_lexicon.BOOL_PATTERNS (pattern, polarity, strong), merged by event_lexicon.py after
every other table's rows, before the general words.
Negation is found by the matcher, before each match.
"""

from __future__ import annotations

from .plain_lexicon import HOMEWARD as _HOMEWARD

S = True

_WISH = (r"(?:wants?|wanted|wanting|wanna|hopes?|hoped|hoping|longs?|longing|wish(?:es|ed|ing)?"
         r"|would\s+(?:like|love)|plans?|planning|intends?|asks?|asked|asking|begs?|begged|begging"
         r"|requests?|requested|desperate|eager|keen|dying|itching|(?:fixin|fixing|fixin')\s+to|aims?|aiming)")
# the way home, with the South's "on" ("get on home", "head on back to Japan")
_HOMEWARDS = r"(?:(?:back\s+)?home|back(?:\s+to\s+" + _HOMEWARD + r")?|to\s+" + _HOMEWARD + r")"
# Singapore's and Malaysia's particles that end a clause: "go back one", "want go home lah"
_PARTICLE = r"(?=\s+(?:one|lah|la|leh|lor|ah|meh|mah|hor|sia|liao)\s*(?:$|[,.;!?]))"
# what the lessons are, for an idiom of not understanding them
_LESSONS = (r"(?:[\w'-]+\s+){0,3}?(?:chinese|mandarin|language|lessons?|class(?:es)?|lectures?|study"
            r"|studies|sessions?|training|instructions?|teachers?|instructors?|cadres?|political\s+talks?)\b")
_CANT = r"(?:can't|cain't|caint|cannot|can\s+not|couldn't|could\s+not|unable\s+to|not\s+able\s+to)"
_NOT = _CANT[:-1] + r"|don't|doesn't|didn't|do\s+not|does\s+not|did\s+not|never|hardly|barely)"
_FIGHTS = r"(?:fights?|brawls?|scuffles?|scraps?|punch-?ups?|fist-?fights?)"

WORLD_PATTERNS: dict[str, list[tuple[str, bool | None, bool]]] = {
    "requests_return": [
        # the South's "fixin' to" and "get on home": "he's fixin' to get on home to Japan"
        (_WISH + r"\s+(?:to\s+)?(?:get|go|head|light\s+out|hightail\s+it|make\s+(?:his|her|their)\s+way)"
         r"\s+on\s+" + _HOMEWARDS + r"\b"
         r"|(?:fixin|fixing|fixin')\s+to\s+(?:go|get|head|return|leave|be\s+sent)\s+" + _HOMEWARDS + r"\b", True, S),
        # Ireland's "let home": "begging to be let home", "would love to be let go back to Korea"
        (_WISH + r"\s+(?:to\s+)?be\s+let\s+(?:go\s+)?" + _HOMEWARDS + r"\b", True, S),
        # a particle after the wish: "don't want to be sent back one", "want go home lah"
        (_WISH + r"(?:\s+[\w']+){0,3}?\s+(?:to\s+)?(?:go|be\s+sent|get|head|return|balik)"
         r"(?:\s+(?:back|home|balik))+" + _PARTICLE, True, S),
    ],
    "hardship": [
        # "money also ok", "money still can", "got enough to live" (another's money: the matcher reads whose)
        (r"money\s+(?:also|still|all|is\s+also|sure)\s+(?:ok|okay|can|fine|alright|all\s+right|enough"
         r"|no\s+problem|not\s+a\s+problem|steady|good)\b"
         r"|(?:has|have|had|got|gets|getting)\s+(?:got\s+)?(?:just\s+)?enough\s+(?:money\s+|cash\s+)?to\s+"
         r"(?:live|get\s+by|survive|eat|feed\s+(?:himself|herself|themselves))\b", False, S),
        # money fine in Dublin's, Sydney's and Lagos's words: "grand for money", "on the pig's back",
        # "cashed up", "money wise he ok", "he no dey suffer"
        (r"(?:grand|sorted|set|flush|loaded)\s+(?:for|with)\s+(?:money|cash)|on\s+the\s+pig's\s+back"
         r"|cashed[- ]up|(?:money[- ]?wise|financially)\s+(?:he|she|they)\s+(?:ok|okay|fine|alright|grand"
         r"|can|steady|good)\b|no\s+dey\s+suffer\b", False, S),
        # money short in them: "he no get money" (Nigeria), "battling to make ends meet" (South Africa)
        (r"(?:he|she|e|im|dem|they)\s+no\s+(?:dey\s+|fit\s+)?get\s+(?:money|moni|kobo|food|work|job)\b"
         r"|battl(?:e|es|ed|ing)\s+(?:financially|for\s+money|with\s+money|to\s+(?:make\s+ends\s+meet"
         r"|get\s+by|survive|pay|feed|make\s+a\s+living|put\s+food))", True, S),
        (r"money\s+(?:also|still|all)\s+(?:not\s+enough|cannot\s+make\s+it|no\s+enough|very\s+tight|tight"
         r"|short|finish(?:ed)?)\b", True, S),
    ],
    "disturbs_order": [
        # a trouble's smallest measure: "never caused a bit of trouble", "not the slightest bother"
        (r"(?:caus\w+|made|makes|making|gave|gives|given|giving|stirred|stirs)\s+(?:up\s+)?(?:a\s+(?:bit|lick"
         r"|spot|speck|shred|scrap|ounce|whit|jot|pinch|minute's|moment's)\s+of\s+|(?:the\s+)?(?:least"
         r"|slightest|tiniest|smallest)\s+(?:bit\s+of\s+)?)(?:trouble|bother|disturbance|disorder|mischief"
         r"|problems?)\b", True, S),
        # fights had: "has never had any fights in the camp", "had a few scraps with the guards" ("had a fight
        # with his wife" may be words only: one fight had is a physical one)
        (r"(?:had|has|have|having)\s+(?:any|some|many|several|a\s+few|lots\s+of|a\s+couple\s+of|one\s+or\s+two)"
         r"\s+(?:[\w'-]+\s+)?(?:" + _FIGHTS + r"|run-?ins?\s+with\s+(?:the\s+)?(?:police|law|cops|guards))\b"
         r"|(?:had|has|have|having)\s+an?\s+(?:[\w'-]+\s+)?(?:brawl|scuffle|scrap|punch-?up|fist-?fight)\b"
         r"|(?:had|has|have|having)\s+(?:fights|brawls|scuffles|punch-?ups|fist-?fights)\b", True, S),
    ],
    "pow_language_barrier": [
        # "can't make head nor tail of the political classes", "cain't understand a lick of the Chinese"
        (_CANT + r"\s+(?:even\s+|really\s+)?make\s+(?:head\s+(?:n?or|or|and)\s+tails?|heads\s+or\s+tails"
         r"|sense)\s+(?:out\s+)?of\s+(?:the\s+|them\s+|any\s+of\s+the\s+)?" + _LESSONS
         + r"|" + _NOT + r"\s+(?:even\s+|really\s+)?(?:understands?|follows?|gets?|catch(?:es)?|speaks?"
         r"|knows?|make\s+out|makes\s+out)\s+(?:a\s+(?:lick|jot|blind\s+word|blessed\s+word|stitch"
         r"|blooming\s+word|bleeding\s+word)|one\s+blind\s+word)\s+of\s+(?:the\s+|them\s+)?" + _LESSONS, True, S),
        # without the verb: "his Chinese damn good", "the study sessions no problem for him"
        (r"(?:his|her|their)\s+(?:chinese|mandarin)\s+(?:(?:damn|very|quite|really|super|so|pretty|also"
         r"|plenty)\s+)?(?:good|fluent|can|steady|solid|power|shiok|excellent|not\s+bad|no\s+problem)"
         r"(?=\s*(?:$|[,.;!?]|\s+(?:one|lah|leh|lor|already|also|too|and|but|so)\b))"
         r"|(?:study\s+sessions?|lessons?|classes|lectures|training|political\s+classes|studies)\s+"
         r"(?:(?:is|are|also|all)\s+)?(?:no\s+problem|not\s+a\s+problem|no\s+issue|no\s+trouble"
         r"|no\s+difficulty|easy|a\s+breeze|no\s+sweat)\s+for\s+(?:him|her|them)\b", False, S),
    ],
}
