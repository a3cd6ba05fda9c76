"""Yes/no case facts in the words of the street and the shop: a business that "has died" or is "losing
money", a man "scraping by" or "living on the street"; a "punch-up" or "robbing a warehouse", "no arrests",
a theft only "accused of"; "nothing against him in court"; a demand "to be sent home", a wish one "would
quite like"; a prisoner whose "chinese is pretty good", who "never was a communist", whose family is "in
terrible shape".

Rows as in yes_no_lexicon.BOOL_PATTERNS (pattern, polarity, strong); event_lexicon.py puts them after the
talk rows, before the general words. Negation is found by the matcher, before each match (or before `key`).
"""

from __future__ import annotations

S = True

_KIN = (r"(?:family|families|folks|parents|wife|husband|children|kids|mother|father|mum|mom|dad|relatives"
        r"|brothers?|sisters?|sons?|daughters?|grandparents)")
_LEFT = r"(?:underground|resistance|revolutionary|political|communist|partisan|guerr?ill?a|anti-japanese|anti-war|party|leftist)"
_CRIMES = (r"(?:robbing|stealing|theft|robbery|burglary|burgling|looting|mugging|assault|assaulting|fighting|brawling|rioting"
           r"|smuggling|vandalism|pickpocketing|shoplifting|stabbing|breaking\s+into)")

STREET_PATTERNS: dict[str, list[tuple[str, bool | None, bool]]] = {
    "hardship": [
        # a trade gone: "business has basically died", "the stall went under", "a shop that is losing money every month"
        (r"(?:business|trade|shop|stall|store|restaurant|sales|custom|teahouse|workshop|bakery|laundry|cafe|inn|firm)\s+(?:has\s+|had\s+)?(?:basically\s+"
         r"|pretty\s+much\s+|almost\s+|nearly\s+|all\s+but\s+|completely\s+|totally\s+|just\s+)?(?:died|dried\s+up|collapsed"
         r"|gone\s+under|went\s+under|gone\s+bust|went\s+bust|is\s+dead|is\s+dying|is\s+failing|folded)\b"
         r"|(?:losing|loses|lost)\s+money\s+(?:every|each|all\s+the\s+time|hand\s+over\s+fist)", True, S),
        (r"(?:is|are|was|were|been|keeps?)(?:n't|\s+not)?\s+(?P<key>losing)\s+money\b", True, S),
        # "he's scraping by", "scrapes a living"; "lives on the street", "steals food to survive"
        (r"(?:barely\s+|just\s+|only\s+)?(?:scraping|scrapes|scraped|scrape)\s+(?:by|a\s+living)\b(?!\s+(?:fine|ok|okay|alright|all\s+right"
         r"|well|comfortably|nicely))|(?:lives?|living|lived)\s+(?:rough\s+)?(?:on|in)\s+the\s+streets?\b|street\s+(?:kid|child|urchin|orphan)s?\b"
         r"|(?:steals?|stealing|stole|begs?|begging|begged)\s+(?:food\s+|rice\s+|scraps\s+|bread\s+)?(?:just\s+)?to\s+(?:survive|eat|stay\s+alive"
         r"|get\s+by|feed\s+(?:himself|herself|themselves))", True, S),
        # a trade going well, said with a shrug: "business is honestly pretty good"; "he's not struggling"
        (r"(?:business|trade|sales|money)\s+is\s+(?:honestly\s+|actually\s+|genuinely\s+|frankly\s+|really\s+)?(?:pretty\s+|quite\s+|very\s+"
         r"|really\s+|fairly\s+)?(?:good|great|booming|thriving|brisk|strong)\b", False, S),
        # "the work doesn't pay well", "the job pays decently"
        (r"(?:work|job|jobs|trade|business|stall|shop|farm)\s+(?:(?:at|in|on)\s+(?:the\s+|a\s+)?[\w'-]+\s+)?(?:(?:does|do)(?:n't|\s+not)\s+|never\s+)?(?:really\s+)?(?P<key>pays?)\s+"
         r"(?:(?:very|really|quite|pretty)\s+)?(?:well|enough|decently|a\s+lot|good\s+money)\b", False, S),
        # typed fast: "barely makes any money", "makes hardly any cash", "makes like zero" ("makes nothing of it" is no pay)
        (r"(?:barely|hardly|scarcely)\s+(?:makes?|making|made|earns?|earning|earned|brings?\s+in|gets?\s+paid|gets?)\s+(?:any|enough|much)\s+"
         r"(?:money|cash|pay|income|wages?|dough)\b|(?:makes?|making|earns?|earning|gets?\s+paid)\s+(?:barely|hardly|scarcely)\s+(?:any|enough)"
         r"\s+(?:money|cash|pay|dough)\b|(?:makes?|making|earns?|earning|gets?\s+paid)\s+(?:basically\s+|like\s+|practically\s+)?(?:zero|nada"
         r"|zilch|squat|jack)\b|(?:gets?|getting|got|is|was|being)\s+paid\s+(?:basically\s+|like\s+|practically\s+)?nothing\b", True, S),
        # "broke" after a note's noun, before its next clause: "fisherman in qingdao broke wants to go home"
        (r"(?<!\bhe )(?<!\bshe )(?<!\bthey )(?<!\bit )(?<!\bwho )(?<!\bthat )(?<!\bwhich )(?<!\bwar )(?<!\bfight )(?<!\bboth )(?<!\ball )"
         r"(?<!\bare )(?<!\bwere )(?<!\bcar )(?<!\bcart )(?<!\btruck )(?<!\bbike )(?<!\bboat )(?<!\bengine )(?<!\bmachine )"
         r"(?<!\bleg )(?<!\barm )(?<!\bback )(?<!\bnet )(?<!\bnets )(?<!\btools )(?<!\bloom )(?<![\w'])broke"
         r"(?=\s+(?:and\s+)?(?:wants?|needs?|can't|cannot|has\s+no|with\s+no|rn|right\s+now|hungry|asf)\b)", True, S),
        # money told first, then "so she's fine": "her parents send her money so shes fine", "paid ok so he's good"
        (r"(?:money|cash|paid|pay|wages?|salary|income|allowance|savings)\b[^.;!?]{0,40}?\bso\s+(?:he|she|they)\s+(?:is|are|'s|'re)"
         r"(?:n't|\s+not)?\s+(?:doing\s+)?(?:totally\s+|perfectly\s+|pretty\s+|really\s+|just\s+)?(?P<key>fine|ok|okay|alright|all\s+right"
         r"|good|comfortable|set|covered)\b", False, S),
        # "he's not struggling" (a bare "struggling" is only a cue); "she is struggling financially"
        (r"(?<!like )(?<!if )(?<!whether )(?:he|she|they)\s+(?:is|are|was|were)(?:n't|\s+not)\s+(?:really\s+|at\s+all\s+)?struggling"
         r"(?=\s*(?:$|[,.;!]|\s+(?:at\s+all|financially|for\s+money|money-?wise)\b))", False, S),
        (r"(?<!like )(?<!if )(?<!whether )(?:he|she|they)\s+(?:is|are|was|were)\s+(?:really\s+)?struggling\s+(?:financially|for\s+money"
         r"|money-?wise)\b", True, S),
    ],
    "pending_case": [
        # "nothing against him in court", "nothing pending in the courts"
        (r"nothing\s+(?:pending\s+|open\s+|left\s+)?(?:against\s+(?:him|her|them)\s+)?(?:in|before|at)\s+(?:the\s+|any\s+)?courts?\b", False, S),
    ],
    "disturbs_order": [
        # an accusation is no crime: "accused her of stealing medicine", "framed for a theft"
        (r"(?:accus(?:ed|es|ing)|fram(?:ed|ing)|suspect(?:ed|s)?)\s+(?:(?:him|her|them)\s+)?(?:of|for)\s+(?:[\w'-]+\s+){0,3}?[\w'-]+", None, S),
        # an item of a list: "no lawsuits, no arrests, a quiet man"
        (r"(?:^|(?<=[,;:/.]\s))(?:no\s+(?:arrests?|arrest\s+record|police\s+record|run-ins?\s+with\s+the\s+police)\b"
         r"|(?:never|not\s+once)\s+(?:been\s+)?arrested\b)", False, S),
        # "arrested for robbing a warehouse", "copped a fine for a punch-up", "a punch-up outside a pub"
        (r"(?:arrested|caught|jailed|charged|convicted|locked\s+up|nicked|fined|(?:copped|got|given|paid)\s+a\s+fine)\s+for\s+"
         r"(?:(?:a|an|the)\s+)?(?:[\w'-]+\s+)?(?:" + _CRIMES + r"|punch-?ups?|fights?|brawls?|scuffles?|riots?|break-?ins?)"
         r"|(?:robbing|robs)\s+(?:a|an|the|some)\s+[\w'-]+|punch-?ups?|punch\s+ups?|fist-fights?|dust-?ups?", True, S),
        # "beat the other guy up", "never beat anyone up" (not "got beat up": that is done to him)
        (r"(?<!\bgot )(?<!\bget )(?<!\bgets )(?<!\bwas )(?<!\bwere )(?<!\bbeen )(?<!\bbeing )(?:beat|beats|beating|beaten)\s+(?:him|them"
         r"|anyone|anybody|someone|somebody|people|(?:the|a|an|some|another|his|this|that|two|three)\s+(?:[\w'-]+\s+)?(?:guys?|m[ae]n|dudes?"
         r"|kids?|workers?|neighbou?rs?|boss|cops?|policem[ae]n|locals?|soldiers?|guards?|person|blokes?|fellas?|fellows?|other|one"
         r"|foreman|co-?workers?))\s+up\b", True, S),
        # a quarrel that came to blows: "got into a feud with another barber and stabbed him"
        (r"(?:fight|feud|quarrel|argument|row|dispute|squabble|fell\s+out|argued|quarrell?ed)\s+with\s+(?:[\w'-]+\s+){1,3}?and\s+(?:then\s+)?"
         r"(?:stabbed|knifed|slashed|punched|hit|beat|attacked|assaulted|shot|clubbed|kicked|injured|wounded|hurt)\s+(?:him|her|them)\b", True, S),
    ],
    "requests_return": [
        # "keeps demanding to be sent home", "insisted on going back"
        (r"(?:demand|demands|demanded|demanding|insist|insists|insisted|insisting)\s+(?:to|on)\s+(?:be(?:ing)?\s+(?:sent|shipped|taken"
         r"|repatriated)|go(?:ing)?|return(?:ing)?|head(?:ing)?|get(?:ting)?)\s+(?:back|home)\b"
         r"|(?:demand|demands|demanded|demanding|insists?|insisted|insisting)\s+(?:on\s+)?(?:his\s+|her\s+|their\s+)?repatriation", True, S),
        # indifference is no request: "isn't bothered about going home", "doesn't care if she goes back or not"
        (r"(?:doesn't|does\s+not|don't|isn't|is\s+not|couldn't|could\s+not)\s+(?:really\s+|even\s+)?(?:care|bothered|fussed|pressed)\s+"
         r"(?:about|whether|if)\s+(?:he\s+|she\s+|they\s+)?(?:going|goes|go|gets?\s+to\s+go|returning|returns|return)\s+(?:back|home)\b", False, S),
        # "would quite like to go home", "would really love to go back" ("wouldn't really like to")
        (r"(?:would|'d)(?:n't|\s+not)?\s+(?:quite|really|very\s+much|dearly|much|so|truly|just|rather|actually)\s+(?P<key>like|love)\s+to\s+"
         r"(?:go|get|head|return|move|be\s+sent|travel)\s+(?:back|home)\b", True, S),
    ],
    "pow_language_barrier": [
        # "his chinese is actually pretty good", "her mandarin isn't good"
        (r"(?:his|her|their)\s+(?:chinese|mandarin)\s+(?:is|was)(?:n't|\s+not)?\s+(?:actually\s+|really\s+|quite\s+|pretty\s+|very\s+"
         r"|rather\s+|fairly\s+|reasonably\s+|honestly\s+){0,2}(?P<key>good|fine|fluent|decent|excellent|great|solid|strong|passable|okay|ok)\b", False, S),
        # a run-on after the words not understood: "doesn't understand a word so he's falling behind", "... a word lol"
        (r"(?:can't|cannot|couldn't|doesn't|does\s+not|don't|didn't)\s+(?:understand|follow|catch)\s+(?:a\s+(?:single\s+)?word|one\s+word"
         r"|anything)(?=\s+(?:so|because|since|bc|lol|tbh|ngl|smh|honestly|literally|at\s+all|anyway|haha|lmao)\b)", True, S),
        # "the lessons aren't a problem for him"
        (r"(?:lessons|classes|lectures|sessions|study|language|chinese|mandarin)\s+(?:are|is|were|was)(?:n't|\s+not|\s+never)\s+"
         r"(?:really\s+)?(?:a|an|any)\s+(?:real\s+|big\s+)?(?:problem|issue|obstacle|difficulty|struggle)\b", False, S),
    ],
    "pow_early_revolutionary_work": [
        # "didn't do any underground or resistance work"
        (_LEFT + r"\s+(?:or|and|/)\s+" + _LEFT + r"\s+(?:work|activit(?:y|ies)|stuff|things?)\b", True, S),
        # "never was a communist or anything before", "he was a party activist"
        (r"(?:(?:he|she)\s+(?:never\s+|not\s+)?(?:was|had\s+been|has\s+been)|(?:^|(?<=[.,;:]\s))(?:never|not)\s+(?:once\s+)?was)(?:n't|\s+not|\s+never)?\s+"
         r"(?:ever\s+)?(?:an?\s+)?(?:[\w-]+\s+)?(?P<key>communist|revolutionary|leftist|marxist|partisan|guerr?ill?a|resistance\s+fighter"
         r"|activist)s?\b(?!\s+(?:army|troops|soldiers?|forces|side|camp|captors?|guards?|prisoners?|territory|area|zone|regime|china))", True, S),
        # "did political stuff for the communists"; "never did any political work" (the camp's study is no such work)
        (r"(?:did|done|doing)\s+(?:some\s+|lots\s+of\s+|a\s+lot\s+of\s+)?political\s+(?:stuff|work|things|activit(?:y|ies))\s+for\s+"
         r"the\s+(?:communists?|party|reds?|8th\s+route|eighth\s+route|resistance|underground|red\s+army)", True, S),
        (r"(?:never|didn't|did\s+not|hasn't|has\s+not)\s+(?:ever\s+)?(?:did|do|done|doing)\s+(?:any\s+)?political\s+(?:stuff|work|things"
         r"|activit(?:y|ies))", False, S),
    ],
    "pow_family_difficulties": [
        # "his family in pyongyang is in terrible shape", "his parents are in a bad way"
        (r"(?:his|her|their)\s+(?:[\w'-]+\s+)?" + _KIN + r"\b(?:\s+(?:back\s+|at\s+)?(?:home|in\s+[\w'-]+))?\s+(?:is|are|was|were)(?:n't|\s+not)?\s+(?:now\s+|all\s+)?"
         r"in\s+(?:a\s+)?(?P<key>terrible|bad|awful|dire|desperate|poor|rough|sorry|sad|wretched|horrible|real\s+bad)\s+(?:shape|way|state"
         r"|straits|condition|situation)", True, S),
    ],
}
