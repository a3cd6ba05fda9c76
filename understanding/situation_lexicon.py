"""Yes/no case facts told by a situation rather than named: money trouble by how the person lives
("begs outside the station", "eats scraps", "owes the grain shop", "his pay is gone on rent"), going home
by getting ready for it ("saving for the boat fare to Japan", "packing a suitcase to go back"), staying
("he's not leaving", "the last thing he wants"), a case ended by the police or the court ("the police
dropped it", "the court threw the case out"), and trouble by what was done ("arrested for selling stolen
goods", "punched the village head").

Written by kind of situation, not from any description set. Rows as in yes_no_lexicon.BOOL_PATTERNS
(pattern, polarity, strong); event_lexicon.py puts them after the other everyday words. Negation
before a match is found by the matcher.
"""

from __future__ import annotations

from .everyday_lexicon import _WISH
from .plain_lexicon import HOMEWARD
from .street_lexicon import _KIN

S = True

_TRIP = (r"(?:(?:train|boat|ship|steamer|ferry|bus|rail)\s+)?(?:ticket|tickets|fare|fares|trip|journey|passage"
         r"|crossing|voyage|ride)")
_WHERE_HOME = r"(?:home|back(?:\s+home)?)(?:\s+to\s+[\w'-]+)?|to\s+" + HOMEWARD + r"\b"
# The people a fight is had with or a blow given to (event_lexicon.py's "punched the tax collector" too)
PEOPLE_HURT = (r"(?:[\w'-]+\s+)?(?:collector|foreman|man|guy|neighbou?r|customer|policeman|officer|landlord|boss"
               r"|soldier|cadre|worker|clerk|guard|official|inspector|supervisor|manager|colleague|co-?worker|stranger|cop"
               r"|shopkeeper|waiter|driver|teacher|passenger|head|headman|chief|leader|elder|chairman|secretary|owner)")

# Read before every other row: "not rich, but not starving" says nothing of money trouble until the "but"
SITUATION_FIRST: dict[str, list[tuple[str, bool | None, bool]]] = {
    "hardship": [
        (r"(?:not|isn't|is\s+not|wasn't|never)\s+(?:exactly\s+|really\s+)?(?:rich|wealthy|well\s+off|well-off)\s*,?\s*"
         r"(?:but|though|tho)\b", None, S),
    ],
}

SITUATION_PATTERNS: dict[str, list[tuple[str, bool | None, bool]]] = {
    "hardship": [
        # living rough: "begs near the station", "sleeps in doorways", "eats scraps" ("one meal a day", "can't pay
        # for his bed": event_lexicon.py)
        (r"(?:begs?|begging|begged)\s+(?:near|at|outside|by|around|in\s+front\s+of|at\s+the\s+gate\s+of)\b"
         r"|(?:sleeps?|sleeping|slept)\s+(?:rough|outside|in\s+the\s+open|on\s+the\s+streets?|in\s+(?:the\s+|a\s+)?(?:streets?"
         r"|doorways?|gutter|station|railway\s+stations?|stable|barn|shed|cowshed|pigsty)|under\s+(?:a|the)\s+bridge)\b"
         # "a poor korean worker" (not "poor guy": the adjective before a people is money)
         r"|\b(?:a|an)\s+(?:very\s+|really\s+|dirt\s+)?(?:poor|broke|penniless|destitute|impoverished)\s+(?:old\s+|young\s+)?"
         r"(?:korean|japanese|chinese|russian|mongolian)\b"
         r"|(?:eats?|eating|ate|lives?\s+on|living\s+on|survives?\s+on|surviving\s+on)\s+(?:only\s+|mostly\s+)?(?:scraps"
         r"|leftovers|husks|chaff|tree\s+bark|wild\s+grass|weeds|thin\s+gruel|watery\s+gruel)\b", True, S),
        # debts and wages spent: "owes the grain shop", "owes money to half the town", "pay is gone on rent" (a debt
        # alone is no poverty: "owes money and the court is involved")
        (r"(?:owes?|owing)\s+(?:money\s+to\s+|rent\s+to\s+)?(?:the\s+|a\s+|his\s+|her\s+)?(?:[\w-]+\s+)?(?:shop|store"
         r"|shopkeeper|landlord|landlady|moneylender|money\s+lender|grocer|neighbou?rs|everyone|everybody)\b"
         r"|(?:owes?|owing)\s+(?:rent|a\s+fortune|so\s+much)\b|(?:owes?|owing)\s+[\w\s]{0,20}?half\s+the\s+\w+"
         r"|(?:pay|wages?|salary|money|earnings)\s+(?:is|are|was|were)\s+(?:all\s+)?gone\s+(?:on|before|by)\b",
         True, S),
        # "her wages barely buy rice", "his pay hardly covers the rent"
        (r"(?:wages?|pay|salary|income|earnings)\s+(?:barely|hardly|scarcely|don't|doesn't|do\s+not|does\s+not|can't|cannot)"
         r"\s+(?:even\s+)?(?:buys?|covers?|feeds?|pays?\s+for|keeps?)\b", True, S),
        # "can't grow enough to feed himself", "doesn't earn enough to live on"
        (r"(?:can't|cannot|can\s+not|couldn't|unable\s+to|doesn't|does\s+not|don't)\s+(?:even\s+)?(?:grow|earn|make|get|catch"
         r"|harvest)\s+enough\s+(?:[\w]+\s+)?to\s+(?:feed|live|survive|eat|get\s+by|pay)", True, S),
    ],
    "requests_return": [
        # getting ready to go: "saving for the boat fare to Japan", "putting away every fen for a ticket home",
        # "packing a suitcase so he can go back to Osaka"
        (r"(?:saving|saves|saved|putting\s+(?:away|aside)|puts?\s+(?:away|aside)|setting\s+aside|scraping\s+together"
         r"|scrimping)\s+(?:up\s+)?(?:[\w'-]+\s+){0,3}?(?:for|towards?)\s+(?:a|the|his|her|their)\s+(?:[\w-]+\s+)?"
         + _TRIP + r"\s+(?:" + _WHERE_HOME + r")"
         r"|(?:packing|packed|packs)\b[^.;]{0,60}?\b(?:go|get|head|return|sail)\s+(?:back|home)\b", True, S),
        # back to the family (not to one in China): "wants to go back to her sister in Hamhung"
        (_WISH + r"\s+to\s+(?:go|get|head|return)\s+back\s+to\s+(?:his|her|their)\s+(?:old\s+)?" + _KIN
         + r"\b(?![^.;,]{0,25}?\b(?:in|at)\s+(?:china|manchuria|shenyang|harbin|dalian|yanji|mukden|changchun|jilin"
         r"|andong|dandong|tianjin|beijing|peking|shanghai|fushun|anshan|the\s+city|town)\b)", True, S),
        # asked someone to send the person home: "asked the foreign affairs bureau twice to send her home"
        (r"(?:asked|asks|begged|begs|petitioned|wrote\s+to)\s+(?:[\w'-]+\s+){0,5}?(?:twice\s+|again\s+|repeatedly\s+"
         r"|several\s+times\s+|many\s+times\s+)?to\s+(?:send|let|ship|repatriate)\s+(?:him|her|them)\s+(?:go\s+)?"
         r"(?:home|back)\b", True, S),
        # staying: "he's not leaving though", "isn't thinking about leaving", "going back is the last thing he wants"
        (r"(?:isn't|is\s+not|'s\s+not|s\s+not|am\s+not|are\s+not|aren't)\s+(?:going\s+to\s+be\s+)?leaving\b"
         r"(?!\s+(?:his|her|their|him|them|the\s+(?:job|shop|farm|house)))"
         r"|(?:going|to\s+go|returning)\s+(?:back|home)\b[^.;]{0,20}?\bis\s+the\s+last\s+thing\s+(?:he|she|they)"
         # ("the last thing he wants is to go back": event_lexicon.py)
         r"|(?:isn't|is\s+not|isnt|not|never)\s+(?:even\s+|really\s+)?(?:thinking|thought)\s+(?:about|of)\s+(?:leaving|going"
         r"\s+(?:home|back)|returning)\b", False, S),
    ],
    "pending_case": [
        # a case ended: "the police dropped it", "the court threw the case out", "...; it was dismissed last year"
        (r"(?:police|prosecutors?|prosecution|court|judge|magistrate)\s+(?:later\s+|eventually\s+|finally\s+|just\s+)?"
         r"(?:dropped|dismissed|closed|threw\s+out|tossed\s+out)\s+(?:it|the\s+(?:case|charges?|matter|suit|lawsuit))\b"
         r"|(?:it|the\s+case|the\s+suit|the\s+lawsuit)\s+(?:was|got)\s+(?:decided|settled)\s+in\s+(?:his|her|their)\s+favou?r"
         r"|(?:court|judge|magistrate)\s+(?:threw|tossed|kicked)\s+(?:it|the\s+case|the\s+suit|the\s+lawsuit)\s+out\b"
         r"|(?:case|suit|lawsuit|charges?|dispute)\b[^.]{0,60}?;\s*(?:it|that|they)\s+(?:was|were|got)\s+(?:dismissed|dropped"
         r"|thrown\s+out|settled)\b", False, S),
        # a trial still to come: "his trial is supposed to be next week", "the hearing is set for march"
        (r"(?:trial|hearing|court\s+date|case)\b[^.;!?]{0,30}?\b(?:is|'s|was)\s+(?:supposed\s+to\s+be|scheduled|set|due"
         r"|planned|coming\s+up)\b", True, S),
        # "court is not yet decide" (second-language English)
        (r"court\s+(?:isn't|hasn't|is\s+not|has\s+not)\s+(?:yet\s+)?(?:decide|decided|rule|ruled)\b", True, S),
    ],
    "pow_family_difficulties": [
        # "whose family in Japan is having difficulties", "his wife back home is having a hard time"
        (r"(?:family|families|folks|parents|wife|husband|children|kids|mother|father|relatives)\s+(?:[\w'-]+\s+){0,3}?"
         r"(?:is|are|has\s+been|have\s+been)\s+having\s+(?:(?:such|a\s+lot\s+of|real|serious|big)\s+)?(?:difficulties"
         r"|difficulty|a\s+(?:very\s+|really\s+)?(?:hard|rough|tough|terrible|difficult)\s+time|trouble|problems|hard\s+times)\b",
         True, S),
    ],
    "disturbs_order": [
        # what was done: "arrested for selling stolen goods", "he fight with the foreman" ("punched the village head":
        # event_lexicon.py, with these people)
        (r"(?:arrested|caught|charged|jailed|locked\s+up|picked\s+up|fined)\s+for\s+(?:[\w'-]+\s+){0,2}?(?:stolen|stealing"
         r"|theft|thieving|robbery|robbing|burglary|smuggling|fighting|assault|looting|black[- ]market\w*|opium)\b"
         r"|(?<!court )(?<!legal )\b(?:fight|fought|fights|fighting)\s+with\s+(?:the|a|his|her)\s+" + PEOPLE_HURT
         + r"\b", True, S),
    ],
}
