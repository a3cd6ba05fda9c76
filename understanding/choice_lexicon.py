"""The choice facts (nationality, group) in more students' words: a trade told by its workplace or its
work ("works at a sawmill", "did day labour", "farming rented land", "has run a trading company",
"opened a clinic", "running the pumps" at a mine, "breeding soybeans" at an experiment station), the
people a person trains ("trains young Chinese drivers": not the person's trade), a prisoner's trade
before capture ("Japanese POW, former pilot"), a workplace named by its country ("trained at a
Japanese aircraft plant": not the person's nationality) and a nationality told as mixed ("dad is
Japanese and mum is Korean", "so it's mixed", "considers herself both").

fact_lexicon.py adds these rows to its own lists of the same names (without the _MORE); they read
like them: regex fragments on the matching form of a message (text.prepare), DEMONYM in
NATIONALITY_MIXED_MORE filled in with the demonyms.
"""

from __future__ import annotations

# A place's country, in the words a workplace is named by ("a japanese aircraft plant", "a soviet-run mine")
_NATION = (r"(?:korean|japanese|chinese|manchukuo|manchurian|russian|soviet|american|british|english|german|french"
           r"|dutch|belgian|italian)")
# Other people, named by their relation to the person
_KIN = (r"(?:wife|husband|mother|father|mum|mom|dad|parents|son|daughter|brother|sister|uncle|aunt|cousin|grandfather"
        r"|grandmother|grandpa|grandma|boyfriend|girlfriend|fianc[eé]e?|partner|in-laws|father-in-law|mother-in-law)")
# A word between a verb and its object that is no preposition ("runs a small trading company", not
# "runs the pumps at a mine")
_WORD = r"(?:(?!(?:at|in|on|of|for|with|from|to|by|near|and)\s)[\w'-]+\s+)"

GROUP_PHRASES_MORE: dict[str, list[str]] = {
    "technical_personnel": [
        # machinery in the person's charge: "running the pumps at the mine", "operates the boilers"
        r"(?:runs?|running|ran|operates?|operating|operated|mans?|manning|manned|minds?|minding|in\s+charge\s+of)"
        r"\s+(?:the|its|their)\s+(?:[\w'-]+\s+)?(?:pumps|pumping\s+(?:station|gear|engines?)|boiler\s+room|boilers?"
        r"|generators?|dynamos?|turbines?|compressors?|winding\s+(?:engine|gear)|power\s+(?:plant|station|house)"
        r"|powerhouse|switchboard|blast\s+furnaces?)\b",
        # a medical practice of one's own: "opened a clinic in Yanji", "has run the dispensary at a hospital"
        r"(?:runs?|running|ran|opened|opens|opening|(?:set|sets|setting)\s+up|started|founded|manages?|managed|managing"
        r"|heads?|headed|has|had|owns?|owned|in\s+charge\s+of)\s+(?:a|an|the|his|her|their)\s+(?:own\s+)?"
        + _WORD + r"{0,2}?(?:clinic|dispensary|infirmary|medical\s+practice|dental\s+(?:practice|clinic|surgery)"
        r"|maternity\s+(?:clinic|home)|health\s+(?:station|centre|center))s?\b"
        r"(?!\s+(?:visits?|appointments?|bills?|fees|stays?|cleaner|kitchen|laundry))",
        r"(?:runs?|running|ran|opened|opens|(?:set|sets|setting)\s+up|founded|manages?|managed|managing|heads?|headed)"
        r"\s+(?:a|an|the|his|her|their)\s+(?:own\s+)?" + _WORD + r"{0,2}?hospitals?\b",
        # research: "went to the experiment station at Gongzhuling", "breeding new soybean strains"
        r"(?:(?<=at\s)|(?<=in\s)|(?<=to\s)|(?<=for\s)|(?<=joined\s))(?:an?|the|its|their)\s+" + _WORD
        + r"{0,2}?(?:experiment(?:al)?|research|testing|breeding|seed)\s+(?:station|institute|laboratory|lab|centre"
        r"|center|bureau|farm)s?\b",
        r"(?:breeds?|breeding|bred)\s+(?:new\s+|better\s+|hardier\s+|high-yield(?:ing)?\s+)?(?:[\w-]+\s+)?"
        r"(?:strains|varieties|cultivars|hybrids|soybeans?|soya\s*beans?|wheat|rice|sorghum|millet|cotton|seeds?)\b"
        r"|(?:develops?|developing|developed)\s+(?:new\s+|better\s+|hardier\s+)?(?:[\w-]+\s+)?(?:strains|varieties|cultivars"
        r"|hybrids)\b",
    ],
    "ordinary_national": [
        # workplaces the trade rows lack: "works at a sawmill", "labours in a quarry", "a job at the shipyard"
        r"(?:works?|working|worked|job|jobs|labou?rs?|labou?red|labou?ring|employed|toils?|toiling)\s+(?:at|in|on|for)"
        r"\s+(?:a|an|the|some|one|his|her|their)\s+" + _WORD + r"{0,2}?(?:sawmill|lumber\s*yard|lumber\s+camp"
        r"|timber\s*yard|timber\s+camp|logging\s+camp|brickyard|brick\s+kiln|kiln|quarry|quarries|shipyard|dockyard"
        r"|boatyard|cannery|foundry|steelworks|ironworks|refinery|slaughterhouse|abattoir|plantation|orchard|fishery"
        r"|salt\s*works|salt\s+pans|coal\s*yard|rail\s*yard|freight\s+yard|goods\s+yard|depot|wharf|quay|stables?"
        r"|printing\s+(?:house|press|shop)|print\s+shop|distillery|bottling\s+plant)s?\b",
        # day labour: "did day labour", "lives on casual work", "seasonal jobs at the docks"
        r"day[- ]?labou?r(?:ing)?\b|(?:casual|seasonal|migrant|itinerant|unskilled|menial)\s+(?:labou?r|work|jobs)\b",
        # a firm of one's own: "has run a trading company in Tianjin", "owns a small transport firm"
        r"(?:runs?|running|ran|owns?|owning|owned|has|had|opened|started|founded|manages?|managing|managed)"
        r"\s+(?:a|an|the|his|her|their|one|this)\s+(?:own\s+)?" + _WORD + r"{0,3}?(?:company|firm|trading\s+house"
        r"|import(?:-export)?\s+business|export\s+business|agency|warehouse|factory|sawmill|brickworks|brickyard"
        r"|printing\s+(?:house|press|shop)|transport\s+business)s?\b",
        # land farmed with no article: "farming rented land near Mudanjiang", "tills leased fields", "tenant farming"
        r"(?:farms?|farmed|farming|tills?|tilled|tilling|ploughs?|ploughed|ploughing|plows?|plowing|works?|worked|working"
        r"|cultivates?|cultivated|cultivating)\s+(?:(?:a\s+)?(?:little|small|bit\s+of|some|poor|rented|leased|borrowed"
        r"|marginal|hilly|rocky|reclaimed|collective|communal|someone\s+else's|other\s+people's|a\s+landlord's"
        r"|the\s+landlord's|his\s+own|her\s+own|their\s+own|his\s+family's|her\s+family's)\s+){1,2}(?:land|fields|farmland"
        r"|plots?|paddies|acres)\b|tenant\s+farm(?:ing|s)?\b|share-?cropping\b",
    ],
}
GROUP_BLANK_MORE = [
    # a relative's trade told as work: "her husband opened a clinic", "his father ran a trading company" (up to
    # the person's own clause: "... and she is a nurse there")
    r"(?:his|her|their|whose)\s+(?:(?:older|younger|elder|little|big|late|old)\s+)?" + _KIN
    + r"(?:\s+(?:back\s+)?in\s+[\w'-]+)?\s+(?:(?:also|still|now|once|used\s+to|has|had|have)\s+){0,2}"
    r"(?:runs?|ran|run|owns?|owned|opened|manages?|managed|works?|worked|farms?|farmed|sells?|sold|keeps?|kept"
    r"|operates?|operated|breeds?|bred)\b"
    r"(?:(?!\s(?:and|but)\s+(?:she|he|they)\b)[^.;!?,]){0,60}",
    # the people the person trains or oversees are others: "trains young chinese drivers", "supervises twenty coolies"
    r"(?:trains|training|supervises|supervising|supervised|instructs|instructing|oversees|overseeing|oversaw|employs"
    r"|employing|hires|hiring|treats|treating)\s+(?!(?:as|at|in|for|to|with|under|on|by|from|of|and|out)\b)"
    r"(?:(?:the|a|an|some|his|her|their|its|young|new|local|junior|apprentice|trainee|student|fellow|other|many|\d+"
    r"|two|three|four|five|six|ten|twenty|dozens\s+of|hundreds\s+of|chinese|korean|japanese|russian|soviet|sick"
    r"|wounded|injured)\s+){0,3}[\w'-]+",
    # a prisoner's trade before capture: "japanese pow, former pilot", "former miner, now a pow"
    r"(?:(?<=pow, )|(?<=pow )|(?<=pow; )|(?<=pow \()|(?<=war, )|(?<=war \()|(?<=pow - )|(?<=war - ))(?:an?\s+)?"
    r"(?:former\s+|ex-\s?|ex\s+|one-?time\s+)[\w'-]+",
    r"(?:former\s+|ex-\s?|ex\s+)[\w'-]+(?=\s*,?\s+(?:and\s+)?(?:now\s+)?(?:an?\s+)?(?:pow|prisoner\s+of\s+war|captive)\b)",
    # the reader addressed, not the person: "hello teacher", "thank you doctor"
    r"(?:hello|hi|hey|dear|good\s+(?:morning|afternoon|evening)|thanks|thank\s+you|sorry|excuse\s+me)[\s,]+"
    r"(?:mr\.?\s+|mrs\.?\s+|ms\.?\s+|miss\s+)?(?:teacher|doctor|professor)\b",
    # "civilian" describing a thing, not the person: "a nurse in a civilian hospital"
    r"civilian\s+(?:hospitals?|clothes|dress|life|jobs?|work|government|population|authorities|side|areas?)",
]
NATIONALITY_BLANK_MORE = [
    # a workplace or institution named by its country: "trained at a japanese aircraft plant", "lost the farm
    # to a japanese land company", "works for a soviet-run mine"
    r"(?:at|in|for|from|by|to|with|into|of|near|under)\s+(?:an?|the|one|some|their|his|her)\s+(?:(?:big|small|large"
    r"|little|old|former|huge|private)\s+)?" + _NATION + r"(?:-run|-owned)?\s+(?:[\w-]+\s+)?(?:plant|works|mill|mines?"
    r"|shipyard|company|firm|hospital|bank|base|airfield|office|trading\s+house|concern|enterprise|corporation"
    r"|plantation|institute|laboratory|lab|garrison|barracks|legation|railway|newspaper|restaurant|shop|store|school"
    r"|factory|canteen|inn|hotel|clinic)s?\b",
    # machines and goods named by their country: "knows the old japanese engines inside out" (not "a japanese
    # locomotive mechanic")
    r"(?:an?|the|some|old|their|his|her|those|these)\s+(?:old\s+|new\s+)?" + _NATION
    + r"\s+(?:engines?|machines?|machinery|locomotives?|trains?|equipment|tools|guns|rifles|cars|trucks|books|novels"
    r"|food|dishes|cooking|cuisine|goods|products|songs|films|movies)\b"
    r"(?=\s*(?:$|[.,;:!?)])|\s+(?:in|at|on|of|for|and|inside|from|with|that|which|well|better|too)\b)",
]
NATIONALITY_MIXED_MORE = [
    # the parents with their verbs: "his dad is japanese and his mum is korean"
    r"(?:mother|father|mom|mum|dad|papa|mama)\s+(?:is|was)\s+korean\s*[,;/&]?\s*(?:and\s+)?(?:(?:his|her|their)\s+)?"
    r"(?:mother|father|mom|mum|dad|papa|mama)\s+(?:is\s+|was\s+)?japanese"
    r"|(?:mother|father|mom|mum|dad|papa|mama)\s+(?:is|was)\s+japanese\s*[,;/&]?\s*(?:and\s+)?(?:(?:his|her|their)\s+)?"
    r"(?:mother|father|mom|mum|dad|papa|mama)\s+(?:is\s+|was\s+)?korean",
    # "so it's mixed", "she is kind of mixed"
    r"(?:it|he|she|they)\s+(?:is|are)\s+(?:kind\s+of\s+|sort\s+of\s+|kinda\s+|basically\s+|really\s+)?mixed"
    r"(?=\s*(?:$|[,.;!?)]|\s+(?:then|really|honestly|tbh|i\s+guess)\b))",
    # "a mixed korean/chinese family", "considers herself both"
    r"mixed\s+\(?\s*DEMONYM\s*(?:/|&|\+|-)\s*DEMONYM",
    r"(?:considers?|sees?|thinks\s+of|calls?|identifies)\s+(?:himself|herself|themselves)\s+(?:as\s+)?(?:both|half\s+and\s+half"
    r"|a\s+bit\s+of\s+both)\b",
]
