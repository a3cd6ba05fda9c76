"""Yes/no case facts told as events, idioms and a note's shorthand rather than named: "the rice jar
is empty" (hardship), "a seat on the next train to Sinuiju" (asks to go home), "the summons came"
(a case), "ex-guerrilla" (early revolutionary work).

Rows as in yes_no_lexicon.BOOL_PATTERNS, which puts them first in each fact's list (these name a
particular event, so they outrank the general words they overlap).
"""

from __future__ import annotations

from .fact_lexicon import NATIONALITY_PLACES

S = True

# Korea or Japan, by country or by place: where a journey home ends
_HOMEWARD = "(?:" + "|".join(p for v in ("korean", "japanese") for p in NATIONALITY_PLACES[v] if p.isascii()) + ")"
_VEHICLE = r"(?:train|ship|boat|steamer|ferry|transport|truck|convoy|plane)"
_KIN = (r"(?:family|wife|husband|children|kids|parents|mother|father|son|daughter|brothers?|sisters?"
        r"|relatives|folks)")

EVENT_PATTERNS: dict[str, list[tuple[str, bool | None, bool]]] = {
    "requests_return": [
        # a place on a journey home: "a seat on the next train to Sinuiju", "be put on a ship for
        # Maizuru", "queued for a ticket to Pusan"
        (r"(?:seats?|places?|berths?|passage|tickets?|put|name)\s+(?:on\s+(?:the\s+|a\s+)?(?:[\w-]+\s+){0,2}?" + _VEHICLE
         + r"\s+)?(?:to|for|bound for)\s+" + _HOMEWARD, True, S),
        # staying for life: "she'll be buried in Shanghai", "tells everyone she'll grow old here"
        (r"(?:will|would)\s+(?:be\s+buried|grow\s+old|die|live\s+out\s+(?:his|her|their)\s+days)\s+(?:here|in\s+china|in\s+(?!"
         + _HOMEWARD + r"\b)[a-z]+)", False, S),
        # "I'm staying" (quoted, read as "he is staying"), "he means to stay in China for good"
        (r"(?:he|she|they)\s+(?:is|are)\s+staying(?=\s*(?:$|[,.;!]|\s+(?:here|put|in china|for good|on)\b|\s+in\s+(?!"
         + _HOMEWARD + r"\b)[a-z]+))"
         r"|(?:he|she|they)\s+(?:fully\s+)?means?\s+to\s+(?:stay|remain|settle)", False, S),
    ],
    "hardship": [
        # the larder and the purse: "the rice jar has been empty since tuesday", "her cupboards are full"
        (r"(?:rice\s+(?:jar|bin|bowl|sack)|cupboards?|larder|pantry|purse|wallet|pockets?)\s+(?:has\s+been|have\s+been|is|are|was|were)"
         r"\s+(?:always\s+|often\s+|usually\s+)?(?:empty|bare)|nothing\s+(?:left\s+)?in\s+(?:his|her|their)\s+(?:purse|wallet|pockets?)"
         r"|(?:sold|pawned|pawning|selling)\s+(?:his|her|their)\s+(?:winter\s+|wedding\s+|last\s+)?(?:coat|ring|clothes|furniture|belongings|blankets?)", True, S),
        (r"(?:cupboards?|larder|pantry|purse|wallet|pockets?)\s+(?:is|are|was|were)\s+(?:always\s+|usually\s+)?(?:full|fat|heavy|bulging)"
         r"|(?:salary|wages?|pay)\s+(?:arrives?|comes?|came|is paid)\s+(?:in\s+full\s+)?on\s+time", False, S),
        # a livelihood cut: "they cut my salary again", "can't even buy coal", "the crops failed", "in a bad way money-wise"
        (r"(?:cut|cuts|halved|stopped)\s+(?:his|her|their)\s+(?:salary|wages?|pay|rations)|(?:can't|cannot|couldn't)\s+(?:even\s+)?buy"
         r"\s+(?:coal|rice|food|bread|medicine)|(?:the\s+|his\s+|her\s+|their\s+)crops?\s+(?:failed|have failed|were ruined)"
         r"|(?:in\s+a\s+bad\s+way|badly\s+off|struggling|hard\s+up)\s+(?:money[- ]?wise|financially)", True, S),
        # idiom: "barely got two coins to rub together" (the negator is in the idiom itself)
        (r"(?:barely|hardly|not|never|doesn't|don't)\s+(?:\w+\s+)?(?:two|2)\s+(?:coins|pennies|cents|fen|yuan|sen|pence)\s+to\s+rub\s+together", True, S),
        # money had: "he has much money", "I've got money" (quoted), "not without money" (text.py: "is with money")
        (r"(?:has|have|had|got)\s+(?:got\s+)?(?:much|so\s+much|lots\s+of|a\s+lot\s+of|loads\s+of|plenty\s+of)\s+money"
         r"|(?:has|have)\s+(?:got\s+)?money(?=\s*(?:$|[,.;!]))|(?:is|are|was|were)\s+with\s+(?:money|means|cash|funds)"
         r"|(?:(?:he|she|they)\s+(?:always\s+)?pays?|pays|paid)\s+(?:his|her|their|the)\s+(?:rent|bills)(?=\s*(?:$|[,.;!]))", False, S),
    ],
    "pending_case": [
        # "the summons came on monday", "was served a summons"
        (r"(?:the|a)\s+summons\s+(?:came|arrived|has\s+come|was\s+served)|(?:got|received|was\s+served|been\s+served)\s+(?:with\s+)?(?:a|the)\s+summons", True, S),
    ],
    "disturbs_order": [
        # "the police hauled him out of a tavern", "no lawsuits, no police, nothing"
        (r"(?:police|cops|guards|militia)\s+(?:[\w']+\s+){0,2}?(?:hauled|dragged|threw|carried)\s+(?:him|her|them)\s+(?:out|off|away)", True, S),
        (r"(?:^|(?<=[,.;:]\s))no\s+police(?=\s*(?:$|[,.;!]))", False, S),
    ],
    "pow_family_difficulties": [
        # the family's loss told as news from home: "his wife writes that the house burned down",
        # "his wife has been evicted", "his father's shop has been seized"
        (r"(?:writes?|wrote|letters?\s+(?:from\s+[a-z]+\s+)?says?|says?)\s+(?:that\s+)?(?:the|their|his|her)\s+(?:house|home|farm|shop)"
         r"\s+(?:has\s+|had\s+)?(?:burned|burnt|was\s+(?:burned|burnt|bombed|destroyed|seized)|(?:has\s+|had\s+)?been\s+(?:seized|destroyed|bombed))"
         r"|" + _KIN + r"\s+(?:has|have|had)\s+been\s+(?:evicted|bombed\s+out|burned\s+out|thrown\s+out)"
         r"|(?:father|mother|family|parents|wife|brother)(?:'s|s')\s+(?:shop|farm|land|house|home|fields)\s+(?:has\s+been|had\s+been|was|got)"
         r"\s+(?:seized|confiscated|burned|burnt|destroyed|taken)", True, S),
    ],
    "pow_early_revolutionary_work": [
        # a note's shorthand: "ex-guerrilla 1930s", "former partisan"
        (r"(?:ex-?|former\s+)(?:guerr?ill?as?|partisans?|resistance\s+fighters?|revolutionar(?:y|ies)|underground\s+(?:fighter|member)s?)", True, S),
    ],
}
