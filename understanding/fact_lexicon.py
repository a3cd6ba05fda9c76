"""The words and patterns that state each case fact, keyed by the fact's name (cable/facts.py).

Matched against the matching form of a message (text.prepare: lower-cased, straight
apostrophes, contractions expanded). Patterns are regex fragments; word boundaries are
added by the matcher. A test holds the keys of BOOL_PATTERNS and of the choice parsers
equal to the declared facts. Words common to every reply (yes, no, negation) are in lexicon.py.
"""

from __future__ import annotations

# --- Nationality ------------------------------------------------------------------------------

# Demonyms count anywhere. Places rank below them, and in mentions count only
# after "from" (a Japanese engineer "in Korea" is still Japanese). Chinese places
# are left out on purpose: everyone in these cases lives in China.
NATIONALITY_DEMONYMS = {
    "korean": ["korean", "koreans", "north korean", "south korean", "chosenjin", "joseon", "chosun", "조선인", "한국인", "朝鲜人", "朝鮮人", "韓国人"],
    "japanese": ["japanese", "jp", "jpn", "nihonjin", "nipponjin", "日本人"],
    "other": [
        "russian", "soviet", "american", "us citizen", "french", "british", "english", "scottish",
        "irish", "welsh", "german", "mongolian", "mongol", "vietnamese", "chinese", "taiwanese",
        "indian", "filipino", "thai", "burmese", "italian", "dutch", "polish", "canadian",
        "australian", "spanish", "portuguese", "czech", "hungarian", "austrian", "swiss",
        "swedish", "norwegian", "danish", "finnish", "turkish", "iranian", "persian",
        "indonesian", "malay", "malayan", "malaysian", "belgian", "greek", "romanian",
        "bulgarian", "yugoslav", "ukrainian", "georgian", "kazakh", "uzbek", "mexican",
        "brazilian", "argentine", "chilean", "egyptian", "pakistani", "cambodian", "laotian",
        "tibetan", "manchu", "uyghur", "uighur", "jewish", "stateless", "han chinese",
    ],
}
# Places (and old names: Keijo, Chosen) that imply the nationality.
NATIONALITY_PLACES = {
    "korean": [
        "korea", "north korea", "south korea", "chosen", "choson", "joseon", "chosŏn", "dprk",
        "pyongyang", "p'yongyang", "seoul", "keijo", "busan", "pusan", "wonsan", "hamhung",
        "hamheung", "kaesong", "gaeseong", "incheon", "inchon", "chemulpo", "daegu", "taegu",
        "gwangju", "kwangju", "sinuiju", "chongjin", "haeju", "jeju", "cheju", "nampo",
        "hungnam", "daejeon", "taejon", "ulsan", "suwon", "mokpo", "gunsan", "kunsan",
        "한국", "조선", "朝鲜", "韩国", "朝鮮", "韓国",
    ],
    "japanese": [
        "japan", "nippon", "nihon", "tokyo", "osaka", "kyoto", "hokkaido", "nagasaki",
        "hiroshima", "yokohama", "kobe", "nagoya", "sapporo", "fukuoka", "sendai", "kyushu",
        "honshu", "shikoku", "okinawa", "niigata", "kagoshima", "kumamoto", "okayama", "nara",
        "kanazawa", "hakodate", "shizuoka", "yamaguchi", "aomori", "日本", "東京", "东京",
    ],
    "other": [
        "russia", "soviet union", "ussr", "moscow", "leningrad", "vladivostok", "america",
        "united states", "usa", "new york", "washington", "france", "paris", "britain",
        "england", "london", "germany", "berlin", "mongolia", "ulaanbaatar", "ulan bator",
        "vietnam", "hanoi", "saigon", "india", "philippines", "manila", "thailand", "burma",
        "italy", "netherlands", "poland", "canada", "australia", "spain", "taiwan",
    ],
}
# "From China" is a statement of origin, unlike a bare mention of China.
NATIONALITY_ORIGIN_ONLY = {"other": ["china", "beijing", "peking", "shanghai"]}
# Words that introduce a place of origin.
# ("born in" is left out: many Koreans were born in Japan.)
# Where someone was born or grew up (weighed like "from", unless the parents' nationality is given:
# "his parents were Korean but he was born in Japan" leaves it open).
BIRTH_WORDS = r"(?:born in|born and raised in|grew up in|raised in)"
ORIGIN_WORDS = r"(?:from|born in|born and raised in|grew up in|raised in|native of|hails from|citizen of|national of|comes? from|came from|native to|nationality is|nationality)"
# Typos are matched against these only: short or common place names ("Seoul"/"soul",
# "Paris"/"pairs") would turn ordinary words into nationalities.
FUZZY_NATIONALITY = ["korean", "korea", "japanese", "japan", "pyongyang", "tokyo", "chinese", "russian", "american", "mongolian"]
# Answer-only replies meaning "not Korean or Japanese".
NATIONALITY_RESIDUAL = [
    "neither", "none", "none of those", "none of them", "other", "others", "something else",
    "someone else", "another", "another nationality", "another country", "different",
    "a different nationality", "a different country", "elsewhere", "somewhere else",
    "foreign", "foreigner", "not korean or japanese", "neither korean nor japanese",
]
# A mix of nationalities is not a single answer: the nationality is unclear ("unsure").
NATIONALITY_AMBIGUOUS = [r"both", r"dual", r"mixed", r"half", r"half-\w+"]
# In a description, only these say the person's nationality is mixed or unclear (DEMONYM is
# filled in with the demonyms); "both his parents" says nothing of the kind.
NATIONALITY_MIXED = [
    r"half[- ]DEMONYM", r"DEMONYM[- ](?:DEMONYM)", r"either\s+(?:an?\s+)?DEMONYM\s+or\s+(?:an?\s+)?DEMONYM",
    r"DEMONYM\s*\??\s*,?\s*or\s+(?:maybe|perhaps|possibly|prob(?:ably)?)\s+(?:an?\s+)?DEMONYM",
    r"one\s+(?:parent|side)\s+(?:is\s+)?DEMONYM\s*,?\s*(?:and\s+)?(?:the\s+)?(?:other|one)(?:\s+(?:parent|side))?\s+(?:is\s+)?DEMONYM",
    r"mixed\s+(?:race|heritage|parentage|background|blood|family|nationality|ethnicity|descent)",
    r"(?:dual|two)\s+(?:nationality|nationalities|citizenships?|passports)",
]
# Words that say it is not known ("not sure", "idk"): near a nationality, they make it unclear.
NATIONALITY_UNKNOWN = [
    r"not\s+(?:\w+\s+)?sure", r"unsure", r"(?:i\s+)?(?:don't|do not|dont|doesn't|does not|didn't|did not)\s+(?:really\s+|honestly\s+|even\s+)?know", r"(?:nobody|no one|noone)(?:\s*,[^,.]{0,30},)?\s+(?:(?:is|was|seems)\s+(?:really\s+)?(?:sure|certain)|(?:really\s+)?knows?)", r"idk", r"dunno",
    r"no idea", r"not\s+(?:\w+\s+)?certain", r"uncertain", r"unclear", r"unknown", r"hard to (?:say|tell)",
    r"who knows", r"complicated", r"confusing", r"(?:counts?|count|pass(?:es)?|qualif(?:y|ies))\s+as",
]
# What a person's nationality is asked about: a demonym, or the word itself.
NATIONALITY_SUBJECT = [r"nationality", r"nationalities", r"citizenship", r"passport", r"papers", r"what (?:he|she|they) (?:is|are)",
                       r"background", r"heritage", r"origins?", r"ethnicity", r"what (?:he|she|they) counts? as", r"where (?:he|she|they) (?:is|are|comes?) from"]
# Parents' nationality, and papers of a country: together they leave the person's unclear.
PARENT_WORDS = r"(?:mother|mom|mum|mam|father|dad|papa|mama|parents?|grandparents?|grandfather|grandmother)"
PAPERS = r"(?:papers|passport|citizenship|nationality|documents|registration|id card|hukou)"
# Spans where a demonym does not describe the person (languages, wars, third parties).
_NAT = r"(?:korean|koreans|japanese|chinese|russian|russians|soviet|soviets|american|americans|english|mandarin|french|german|germans|british|mongolian|vietnamese)"
NATIONALITY_BLANK = [
    r"(?:picked up|picks up|pick up|picking up|mastered|masters|speak|speaks|spoke|speaking|spoken|understand|understands|understood|read|reads|write|writes|wrote|learn|learns|learned|learnt|learning|study|studies|studied|studying|teach|teaches|taught|teaching|teachers? of|lessons? in|classes in|degree in|fluent in|knows?|knew|translat\w*|interpret\w*|in)\s+(?:(?:good|fluent|broken|some|little|no|much|any|basic|poor|only|the|a|bit|of|word|words|enough|very|perfect|native|simple)\s+){0,3}" + _NAT,
    _NAT + r"\s+(?:war|army|armies|military|navy|forces|troops|occupation|occupiers|invasion|invaders|empire|imperial|surrender|government|authorities|court|courts|police|language|people's|peninsula|border|company(?!\s+[\w-]+(?:er|or|ist|ian|man|woman|hand)s?\b)|factory(?!\s+[\w-]+(?:er|or|ist|ian|man|woman|hand)s?\b)|embassy|consulate|wife|husband|spouse|family|friends?|boss|employer|employers|owners?|communist party|party|side|lessons?|class|classes|food|culture|name|law|laws|colonial|colony|rule|comrades|volunteers?|courses?|textbooks?|newspapers?|well|fluently|poorly)\b",
    r"(?:sino|russo|anti|pro|un)-?" + _NAT,
    _NAT + r"-(?:occupied|controlled|run|ruled|held|speaking|style|made)",
    r"(?:by|against|for|with|under|among|alongside|fought|fighting|fight|joined|helped|served|serving|worked for|like|than)\s+the\s+" + _NAT,
    r"the\s+" + _NAT + r"\s+(?:surrendered|invaded|occupied|attacked|bombed|captured|arrested|left|came|took|ruled|colonised|colonized|lost|won|were|had|did|kept|keep|hired|employed|retained|held|needed|need|wanted|want|made|let|forced|sent|put|asked|told|caught|trained|paid|gave|give|won't|wont|will|would)",
    r"(?:korean|japanese|chinese)\s+(?:nationals|people|citizens|residents|pows|prisoners|communities|community|in general)",
    r"(?:wife|husband|spouse|mother|father|mom|mum|mam|dad|papa|mama|parents|children|son|daughter|brother|sister|friends?|boss|neighbou?rs?|family|relatives|grandfather|grandmother|grandparents|uncle|aunt|cousin|in-laws)\s+(?:is|are|was|were)\s+(?:also\s+|both\s+)?(?:an?\s+)?" + _NAT,
    r"ethnic(?:ally)?\s+" + _NAT + r"|" + _NAT + r"\s+(?:descent|origin|heritage|background|blood|ancestry|roots|parents|mother|father|mom|mum|dad)",
    r"married\s+(?:to\s+)?(?:an?\s+)?" + _NAT,
    r"(?:with|at|of)\s+(?:(?:the|his|her|their|written|spoken)\s+)?(?:chinese|mandarin)(?!\s+(?:people|person|man|woman|guy|girl|boy|friends?|neighbou?rs?|wife|husband|family|papers|passport|citizenship|nationality|authorities|officials?|police|army|communists?|soldiers?|parents?))",
    r"(?:english|mandarin|chinese|russian)\s+(?:teachers?|tutors?|lessons?|literature|majors?|degree|translators?|interpreters?)",
    # "his chinese is fine", "her japanese isnt great": a language someone has, not their nationality
    r"(?:his|her|their|my)\s+" + _NAT + r"(?=\s+(?:is|was|isn't|isnt|wasn't|wasnt|ain't|aint|has|had|sucks|needs|got|gets|skills|level)\b)",
]

# --- Group ------------------------------------------------------------------------------------

# Medical professionals count as technical personnel (our reading of 技术人员:
# trained specialists China wanted to keep). Teachers, clerks, craftsmen without a
# technical speciality and professionals such as lawyers count as ordinary nationals.
GROUP_TERMS = {
    "technical_personnel": {
        "strong": [
            "technical personnel", "technical staff", "technical expert", "technical specialist",
            "technical worker", "technical cadre", "skilled worker", "skilled technician",
            "skilled specialist", "engineer", "railway engineer", "mining engineer",
            "civil engineer", "technician", "technologist", "chemist", "scientist", "physicist",
            "biologist", "geologist", "metallurgist", "mineralogist", "agronomist",
            "mathematician", "researcher", "research scientist", "architect", "surveyor",
            "pharmacist", "doctor", "physician", "surgeon", "medical doctor", "dentist", "nurse",
            "medic", "veterinarian", "mechanic", "machinist", "electrician",
            "radio operator", "radio technician", "telegraphist", "telegraph operator", "engr", "draftsman", "draughtsman",
            "specialist", "expert", "toolmaker", "welder", "pilot", "ship's engineer",
            "locomotive driver", "engine driver", "statistician", "hydrologist", "meteorologist",
            "chemical engineer", "electrical engineer", "mechanical engineer", "specialists",
        ],
        "weak": ["technical", "skilled", "tech", "engineering", "expertise"],
    },
    "prisoner_of_war": {
        "strong": [
            "prisoner of war", "prisoners of war", "pow", "p.o.w.", "p.o.w", "pows",
            "war prisoner", "prisoner", "captured", "taken prisoner", "taken captive",
            "captive", "held captive", "in a pow camp", "pow camp", "prison camp",
            "internment camp", "interned soldier", "captured soldier", "detained soldier",
            # caught by an army: "got caught by the 8th route army in 45"
            "caught by the pla", "caught by the 8th route army", "caught by the eighth route army",
            "caught by the communists", "caught by the red army", "caught by the chinese army",
            "caught by the chinese", "caught in battle", "caught in the fighting",
            "held by the pla", "held by the communists", "held by the chinese", "seized by pla troops",
            "seized by the pla", "in a labour camp", "in a labor camp", "still in a camp", "still held in a camp",
        ],
        "weak": ["surrendered", "camp", "interned", "internee", "in custody since the war"],
    },
    "ordinary_national": {
        "strong": [
            "ordinary national", "ordinary person", "ordinary citizen", "ordinary civilian",
            "ordinary resident", "regular person", "normal person", "average person",
            "common person", "ordinary people", "civilian", "shopkeeper", "shop keeper",
            "shop owner", "shop assistant", "farmer", "peasant", "student", "medical student",
            "engineering student", "schoolboy", "schoolgirl", "pupil", "housewife", "homemaker",
            "merchant", "trader", "businessman", "businesswoman", "labourer", "laborer",
            "worker", "factory worker", "office worker", "dock worker", "farm worker",
            "manual worker", "coolie", "teacher", "schoolteacher", "clerk", "fisherman",
            "fishermen", "fisher", "cook", "chef", "tailor", "seamstress", "barber",
            "hairdresser", "baker", "butcher", "vendor", "street vendor", "peddler", "pedlar",
            "hawker", "salesman", "saleswoman", "waiter", "waitress", "servant", "maid", "nanny",
            "housekeeper", "carpenter", "miner", "coal miner", "driver", "rickshaw puller",
            "porter", "sailor", "boatman", "monk", "nun", "priest", "missionary", "artist",
            "musician", "writer", "journalist", "actor", "actress", "secretary", "accountant",
            "lawyer", "innkeeper", "restaurant owner", "weaver", "potter", "shoemaker",
            "cobbler", "laundryman", "washerwoman", "retiree", "pensioner", "child", "kid",
            "orphan", "widow", "refugee", "unemployed", "jobless",
            "craftsman", "artisan", "translator", "interpreter", "herder", "herdsman", "shepherd",
            "nomad", "cleaner", "cleaners", "janitor", "caretaker", "coal heaver",
        ],
        "weak": [
            "ordinary", "normal", "regular", "common", "average", "nobody special",
            "just a person", "none", "none of those", "none of them", "neither",
            "something else", "other", "nothing special", "studies", "studying", "teaches",
            "teaching", "farming", "fishing", "works in a shop", "retired", "housework", "at home",
            "resident", "settler", "factory", "farm", "shop", "store", "market", "restaurant",
        ],
    },
}
# The groups' own names: a reading from these is stated, not inferred (an occupation is read
# back before assessing: "you said she is a mechanic, so I take her as technical personnel").
GROUP_NAMES = [
    "technical personnel", "technical staff", "technical expert", "technical specialist",
    "technical worker", "technical cadre", "prisoner of war", "prisoners of war", "pow", "p.o.w.",
    "p.o.w", "pows", "war prisoner", "ordinary national", "ordinary person", "ordinary citizen",
    "ordinary civilian", "ordinary resident", "regular person", "normal person", "average person",
    "common person", "ordinary people", "civilian",
]
# Occupations stated as what a person does ("runs a noodle stall", "sells socks at the market").
GROUP_PHRASES = {
    "ordinary_national": [
        r"(?:runs?|running|ran|owns?|owning|owned|has|had|keeps?|kept|opened|manages?|managing|operates?|started)\s+(?:a|an|the|his|her|their|this|one)\s+(?:[\w'-]+\s+){0,3}?(?:shop|stall|stand|store|restaurant|business|laundry|bakery|inn|teahouse|tea house|cafe|bar|noodle house|market stall|cart|farm|workshop|kiosk|boarding house|grocery|pharmacy store|barbershop)s?",
        r"(?:sells?|selling|sold|peddles?|peddling|hawks?|hawking)\s+(?:[\w'-]+\s+){1,3}?(?:at|in|on|from|outside|near|by)\s+(?:a|an|the|his|her|their)?\s*(?:[\w'-]+\s+)?(?:market|markets|street|streets|station|stall|stand|corner|shop|square|night market|harbou?r|port|docks?)",
        r"(?:works?|working|worked|job)\s+(?:at|in|on|for)\s+(?:a|an|the|some)\s+(?:[\w'-]+\s+){0,2}?(?:factory|mill|farm|shop|store|market|docks?|restaurant|bakery|laundry|mine|port|warehouse|brewery|kitchen|canteen|hotel|inn|tannery|brickworks|construction site|rice paddy|paddy)",
        r"(?:works?|working|worked)\s+(?:the|on the)\s+(?:land|fields|docks)|(?:farms?|farming|grows?|growing)\s+(?:rice|wheat|corn|maize|vegetables|millet|soybeans?|cabbages?|potatoes|the land)",
        r"(?:hauls?|hauling|hauled|carries|carrying|loads?|loading|unloads?|unloading|shovels?|shovelling|heaves?)\s+(?:coal|bricks|cargo|sacks|goods|freight|crates|rice|timber|logs)\b",
        r"(?:drives?|driving|pulls?|pulling)\s+(?:a|an|the)\s+(?:[\w'-]+\s+)?(?:cart|rickshaw|ricksha|taxi|truck|bus|carriage|wagon)",
        r"(?:bakes?|baking|cooks?|cooking|sews?|sewing|cleans?|cleaning|washes|fishes|fishing|sells?\s+\w+)\s+(?:[\w'-]+\s+){0,2}?for\s+a\s+living",
    ],
    "technical_personnel": [
        r"designs?\s+(?:bridges|machines|engines|buildings|dams|ships|railways|factories)",
        r"(?:fix(?:es|ing)?|repairs?|repairing|maintains?|maintaining|services?|servicing)\s+(?:the\s+)?(?:[\w'-]+\s+)?(?:trucks|engines|cars|machines|machinery|radios|locomotives|generators|turbines|motors|equipment)",
    ],
}
# Soldiers count as prisoners of war only when held ("former soldier held since the war").
POW_SOLDIER = [
    r"soldiers?\b(?:[\s,]+[\w']+){0,6}?[\s,]+(?:held|detained|interned|imprisoned|captured|kept|in custody|in a camp|in camp|in captivity|since the war|caught\s+(?:in\s+)?(?:19\d\d|by))",
    r"(?:captured|detained|interned|imprisoned|held)\s+(?:[\w']+\s+){0,2}soldiers?",
]
# Spans where an occupation word is not the person's job.
GROUP_BLANK = [
    r"(?:see|saw|seen|seeing|visit|visits|visited|visiting|need|needs|needed|call|called|went to|go to|goes to|going to|to the|by a|by the|from a|from the|become|becomes|becoming|his|her|their|my|your|our)\s+(?:(?:a|an|the|own)\s+)?(?:doctor|doctors|nurse|nurses|physician|surgeon|dentist|teacher|teachers|lawyer|lawyers|boss|employer|mechanic|pharmacist|expert|experts|specialist|specialists|interpreter|interpreters|translator|translators)",
    r"(?:not|no|never)\s+(?:an?\s+)?(?:expert|specialist)\s+(?:on|in|at)\b",
    r"(?:family|wife|husband|mother|father|son|daughter|brother|sister|parents|children|grandfather|grandmother|grandparents|uncle|aunt|cousin|friend|neighbou?r|boss)\s+(?:is|are|was|were)\s+(?:an?\s+)?(?:[\w']+\s+)?[\w']+",
]

# --- Yes/no facts stated in words -------------------------------------------------------------
# Each field: list of (pattern, polarity, strong). Earlier patterns win where
# matches overlap; polarity None only claims a span (it is evidence of nothing).
# Negation before a match flips its polarity. Only strong patterns are used by
# parse_mentions; weak ones need the question's context.
S, W = True, False

_HOME = r"(?:home|homeland|(?:back\s+)?to\s+(?:" + "|".join(p for ps in NATIONALITY_PLACES.values() for p in ps if p.isascii()) + r"|(?:his|her|their|the)\s+(?:own\s+)?(?:country|homeland|motherland|native land|home|home country|family|families|hometown|home town|village|native village|town|birthplace|people)))"
_DESIRE = r"(?:wants?|wanted|wanting|wanna|interested in|keen on|set on|wish(?:es|ed|ing)?|hop(?:es|ed|ing|e)|longs?|longed|longing|yearns?|yearning|would like|would love|asks?|asked|asking|requests?|requested|requesting|plans?|planned|planning|intends?|intended|intending|eager|desperate|keen|aims?|applied|applies|applying|begs?|begged|begging|demands?|demanded|insists? on|would prefer|prefers?|preferred|wishes|dreams? of|dreaming of|decided|chose|chooses|choose|would rather|rather|ready|prepared|determined|trying|tries|tried)"
_TRIP_WORDS = r"ticket|tickets|fare|fares|trip|journey|travel|passage|train|train ticket|boat|ship|voyage|crossing|transport|transportation|travel costs?|way home|ride"
_TRIP = "(?:" + _TRIP_WORDS + ")"
_LANG = r"(?:chinese|mandarin|the language|the local language|(?:the\s+|his\s+|her\s+|their\s+|any\s+)?(?:[\w-]+\s+)?(?:lessons|training|instructions?|instructors?|classes|lectures|teachers?|officers|guards|cadres|study sessions))"
# Revolutionary organisations; being captured by one is not revolutionary work.
_ORGS = r"eighth route army|8th route army|new fourth army|red army|people's liberation army|pla|chinese communist party|ccp|cpc|japanese communist party|japanese people's emancipation league|japanese people's anti-war league|anti-war league|anti-japanese (?:league|alliance|army|volunteers|guerrillas?|fighters|resistance)|korean volunteer army|northeast anti-japanese united army|guerrillas?|partisans?"
# "his chinese is poor", "her health was poor": a language or health, not money
_NOT_A_LANGUAGE = "".join(f"(?<!{w} )" for w in ("chinese", "mandarin", "english", "japanese", "korean",
                                                 "health", "eyesight", "hearing"))
_FAMILY = r"(?:family|families|wife|husband|children|kids|parents|mother|father|son|daughter|child|baby|relatives|brother|sister|loved ones)"

BOOL_PATTERNS: dict[str, list[tuple[str, bool | None, bool]]] = {  # (pattern, polarity, strong)
    "requests_return": [
        # refusals: "aint going back", "wouldnt go back even if", "zero interest in going home"
        (r"(?:refuses?|refused|refusing|declines?|declined|declining)\s+to\s+(?:go|return|leave|head|be sent)", False, S),
        (r"never\s+(?:once\s+|even\s+)?(?:asked|requested|applied)\s+to\s+(?:go|leave|return|be sent)", False, S),
        (r"(?:wants?|wanted|wanna)\s+(?:to\s+go\s+)?home(?=\s*(?:$|[,.;!/]))", True, S),
        (r"(?:ain't|aint|isn't|isnt|not|never|wouldn't|wouldnt|won't|wont)\s+(?:ever\s+|really\s+)?(?:going|go|leaving|leave|returning|return|heading|moving)\s+(?:back|home|anywhere|to\s+(?:korea|japan))", False, S),
        (r"no way\s+(?:he|she|they|this guy|this woman)(?:'s|s|'re|re| is| are| will| would)?\s+(?:ever\s+)?(?:leaving|going|returning|moving|leave|go|return)", False, S),
        (r"(?:(?:zero|no|little)\s+|not (?:really |at all |the least bit |that )?|never (?:been )?)(?:interest(?:ed)?|keen|desire|wish|plans?|intention)\s+(?:in|to|of|on)\s+(?:going|leaving|returning|moving|heading|go|leave|return)", False, S),
        (_DESIRE + r"(?:\s+[\w']+){0,3}?\s+(?:to\s+)?(?:go(?:ing)?|get(?:ting)?|head(?:ing)?|mov(?:e|ing)|be sent|be taken|be repatriated|sail(?:ing)?|travel(?:ling)?|return(?:ing)?|leav(?:e|ing))(?:\s+(?:back|home|away))?(?=\s*(?:$|[,.;!?]|\s(?:asap|now|soon|someday|one day|eventually|though|too|tho|if|and|but|because|so|on|with|for|either|anymore|any more|at all|ever)\b))", True, S),
        (r"wants?\s*:\s*(?:to\s+)?(?:go|get|head|return|be sent|leave)(?:\s+back)?(?:\s+(?:home|to\s+[\w]+))?", True, S),
        (r"(?:asks?|asked|asking|applied|applies|applying|petition\w*|requests?|requested|requesting)\s+(?:for\s+)?(?:permission|approval|leave|a permit|papers)\s+to\s+(?:go|return|leave|head|move)", True, S),
        (r"(?:asks?|asked|asking|wonder\w*|inquired|enquired)\s+(?:[\w']+\s+){0,4}?(?:if|whether)\s+(?:he|she|they|the person)\s+(?:can|could|may|might|is allowed to|would be allowed to)\s+(?:go|return|leave|head|move|be sent)", True, S),
        (r"(?:free|gratis|complimentary)\s+(?:[\w']+\s+){0,2}?(?:ticket|ride|trip|passage|journey|train|fare)\s+(?:back\s+)?(?:home|back|to\s+(?:korea|japan))", True, S),
        (_DESIRE + r"\s+(?:to\s+)?(?:stay|remain|settle|live|keep living|continue living)(?:\s+(?:in china|here|on))?", False, S),
        (_DESIRE + r"(?:\s+[\w']+){0,4}?\s+(?:to\s+)?(?:(?:go|get|head|travel|be sent|be taken|going|sail|move|moving|return|returning|fly|come)\s+(?:back\s+)?" + _HOME + r"|go(?:ing)?\s+back\s+" + _HOME + r"|return(?:ing)?(?:\s+" + _HOME + r")?|(?:be\s+)?repatriat\w*|leave\s+china|go(?:ing)?\s+to\s+(?:korea|japan)|(?:send|let|take)\s+(?:him|her|them)\s+(?:go\s+)?(?:back\s+)?" + _HOME + r")", True, S),
        (r"(?:asks?|asked|asking|applied|applies|applying|petition\w*|requests?|requested|requesting)\s+(?:for\s+)?(?:his\s+|her\s+|their\s+)?(?:repatriation|return|permission to (?:return|leave)|an exit permit)", True, S),
        (r"request(?:s|ed|ing)?\s+(?:to\s+)?(?:return|go home|repatriation|be repatriated)", True, S),
        (r"(?:homesick|misses home|longs for home)", True, W),
        (_DESIRE + r"\s+(?:to\s+)?(?:go|leave|return)(?=\s*(?:$|[,.;!]))", True, W),
        (r"(?:go(?:ing)?\s+(?:back\s+)?home|go(?:ing)?\s+back|returning|return|repatriat\w*|leave china|leaving china|going to (?:korea|japan))", True, W),
        (r"(?:stay(?:s|ing)?|remain(?:s|ing)?)(?:\s+(?:in china|here|on))?|settled here|settled in china", False, W),
        (r"(?:has|have|had|did|hasn't|haven't|hadn't|didn't)\s+(?:already\s+|yet\s+|ever\s+)?(?P<key>asked|requested|applied)(?=\s*(?:$|[,.;!]))|(?:ask|asks|asked|request|requests|requested|apply|applied)\s+(?:for\s+)?(?:it|that|this|so)", True, W),
    ],
    "pending_case": [
        # "his trial hasnt happened yet" is a case still open
        (r"(?:trial|hearing|case|court date)\s+(?:hasn't|hasnt|has not|hadn't|hadnt|isn't|isnt|is not)\s+(?:happened|started|begun|been (?:heard|decided|settled))(?:\s+yet)?", True, S),
        (r"never\s+(?:been\s+)?(?:in|had)\s+(?:any\s+)?(?:trouble|problems?)\s+(?:with|w/)\s+the\s+(?:law|police|courts?)|no\s+(?:legal\s+|court\s+)?cases", False, S),
        (r"(?:court|legal|lawsuit|criminal)\s+(?:stuff|things?|issues?|problems?|troubles?|matters?|business|drama|hassles?)|(?:trouble|problems?|issues?)\s+with\s+the\s+law|(?:in|into)\s+legal\s+trouble", True, S),
        (r"(?:taken|dragged|hauled|brought|going|summoned|sent|has to go)\s+to\s+court|owes?\s+(?:[\w']+\s+){0,2}?(?:to\s+)?(?:the\s+)?court|(?:being|been|is|was|got)\s+(?:taken|dragged)\s+to\s+court", True, S),
        (r"(?:case|cases|charges?|lawsuit|suit)\s+(?:was|were|is|are|has been|have been|got)\s+(?:closed|settled|resolved|dismissed|dropped|withdrawn|finished|over|concluded)", False, S),
        (r"(?:clean|no)\s+(?:criminal\s+|police\s+|legal\s+)?record", False, S),
        (r"(?:nothing|no case|no cases)\s+(?:is\s+|are\s+)?(?:pending|open|outstanding)", False, S),
        (r"(?:civil|criminal|court|legal|pending|unresolved|open|ongoing|outstanding|active|police|debt)\s+(?:law\s*)?(?:case|cases|matter|matters|proceedings?|charges?|suit|suits|dispute|disputes|investigation)", True, S),
        (r"(?:case|cases|charges?|proceedings?|lawsuit|suit)\s+(?:\w+\s+){0,2}?(?:pending|open|outstanding|unresolved|against\s+(?:him|her|them))", True, S),
        (r"su(?:ing|es|ed)\s+(?:him|her|them)|under\s+(?:criminal\s+|police\s+)?investigation|law\s*suits?|litigation|legal proceedings|prosecut\w+|indict\w*|(?:being|been|was|is|got|getting|were)\s+sued|\bsu(?:ing|es)\s+(?:\w+\s+)?(?:for|over|in)\b", True, S),
        (r"charged\s+(?:with|for)|facing\s+(?:criminal\s+)?charges|faces\s+(?:criminal\s+)?charges|on trial|awaiting trial|stand(?:s|ing)? trial|in court|before the court|court date|court hearing|summoned to court|accused of|wanted by the police|under arrest|awaiting sentenc\w*|owes?\s+(?:\w+\s+){0,3}?debts?\s+(?:in|before|to)\s+(?:the\s+)?court", True, S),
        (r"(?:he|she|they|person|man|woman)\s+(?:[\w']+\s+){0,2}?(?:has|have|had|got)\s+(?:(?:a|an|any|no|one|two|several)\s+)?(?:(?:open|pending|ongoing|court)\s+)?(?P<key>case|cases|lawsuit)", True, S),
        (r"(?:has|have|had|got|there(?:'s| is| are| was))\s+(?:(?:a|an|one|some|any|two|several|pending)\s+)?(?:case|cases|charge|charges)", True, W),
        (r"(?:arrested|committed a crime|crime|criminal|trouble with the (?:law|police|authorities)|legal (?:trouble|problems?|issues?)|sued|debt)", True, W),
        (r"(?:it|that|this)\s+(?:was|is|has been|got)\s+(?:settled|resolved|closed|dismissed|dropped)|no\s+(?:case|cases)|innocent|nothing pending|(?:all|everything)\s+(?:is\s+)?(?:settled|resolved|cleared)", False, W),
    ],
    "pow_language_barrier": [
        (r"(?:training|lessons|classes|lectures|instructions?)\s+(?:[\w']+\s+){0,5}?(?:because of|due to|bc of|cos of|cuz of|because|cos|bc|since)\s+(?:of\s+)?(?:the\s+)?(?:language|chinese|mandarin|he can't|she can't|they can't)", True, S),
        (r"(?:his|her|their)\s+(?:chinese|mandarin)\s+(?:is|was)\s+(?:(?:very|quite|really|totally|pretty|perfectly|super|completely|actually)\s+)?(?:good|fluent|excellent|fine|perfect|great|decent|ok|okay)", False, S),
        (r"(?:can't|cannot|can not|unable to|doesn't|does not|don't|do not|didn't|did not|not able to|struggles? to|hardly|barely)\s+(?:really\s+|yet\s+|even\s+|properly\s+)?(?:speaks?|understands?|reads?|writes?|follows?|talks?|communicates?)(?:\s+(?:in|with))?\s+(?:much\s+|any\s+|a word of\s+|well\s+)?" + _LANG, True, S),
        (r"language\s+(?:(?:is|isn't|was|wasn't|remains|has been|hasn't been|has never been|is never)\s+)?(?:(?:a|an|any|the|his|her|their|big|real|main|major|serious)\s+)*(?P<key>problem|barrier|issue|difficulty|obstacle|challenge|handicap)s?", True, S),
        (r"language\s+(?:is|was)\s+(?:fine|ok|okay|no problem|easy)", False, S),
        (r"(?:language|linguistic)\s+(?:problems?|barriers?|issues?|difficult(?:y|ies)|troubles?)", True, S),
        (r"(?:trouble|difficult(?:y|ies)|problems?|struggl\w*|hard time|issues?)\s+(?:with|in|understanding|learning|speaking)\s+(?:the\s+)?(?:language|chinese|mandarin)", True, S),
        (r"(?:speaks?|knows?|understands?)\s+(?:little|no|hardly any|barely any|very little|only a little|only a few words of|a few words of|poor|broken|limited|basic|almost no)\s+(?:chinese|mandarin)", True, S),
        (r"(?:poor|broken|limited|bad|weak|basic|no)\s+(?:chinese|mandarin)", True, S),
        (r"(?:speaks?|understands?)\s+(?:chinese|mandarin)\s+(?:poorly|badly|haltingly|with difficulty|(?:only\s+)?a\s+little)", True, S),
        (r"(?:his|her|their)\s+(?:chinese|mandarin)\s+(?:is|was|remains)\s+(?:(?:very|quite|rather|still|too)\s+)?(?:poor|bad|weak|limited|basic|broken|not good)", True, S),
        (r"(?:his|her|their)\s+(?:chinese|mandarin)\s+(?:is|was)\s+(?:(?:very|quite|really)\s+)?(?:good|fluent|excellent|fine|perfect)", False, S),
        (r"(?:fluent|good|excellent|perfect|native|fine)\s+(?:in\s+)?(?:chinese|mandarin)", False, S),
        (r"(?:speaks?|understands?|knows?|reads?|learned|learnt|mastered)\s+(?:chinese|mandarin|the language)(?!\s+(?:people|person|food|culture|friends?|customs|history|medicine|characters?|officials?))(?:\s+(?:well|fluently|fine|perfectly))?", False, S),
        (r"(?:can|could|is able to|manages? to|has no trouble)\s+(?:follow(?:ing)?|understand(?:ing)?)\s+" + _LANG, False, S),
        (r"needs?\s+(?:an?\s+)?(?:interpreter|translator)", True, S),
        (r"language|communicat\w+|interpreter", True, W),
        (r"understands? everything", False, W),
    ],
    "pow_early_revolutionary_work": [
        (r"(?:helped|aided|supported|hid|sheltered|fed|smuggled\s+\w+\s+(?:to|for))\s+(?:the\s+)?(?:\w+\s+)?(?:anti-japanese|anti japanese|communist|resistance|korean independence)\s+(?:fighters|guerr?ill?as?|army|forces|partisans|movement|resistance|underground|rebels)", True, S),
        (r"(?<!counter-)(?<!counter)(?:early\s+)?revolution(?:ary)?\s+(?:stuff|things|work|activities|activity|business)", True, S),
        (r"(?:fought|fighting|fights|fight)\s+(?:against\s+)?(?:the\s+)?(?:communists?|revolution\w*|" + _ORGS + r")", False, S),
        (r"(?:joined|became involved|got involved|took part)\b[^.,;]{0,40}?\b(?:only\s+)?(?:recently|lately|late|only after|after (?:the\s+)?(?:liberation|1949|195\d))\b", False, S),
        (r"(?<!counter-)(?<!counter)revolutionary\s+(?:work|activit(?:y|ies)|struggle|movement|cause|organi[sz]ations?|groups?|veteran|past|background|history|fighter|cadre)", True, S),
        (r"(?:joined|join|joining|took part in|take part in|taking part in|participated in|participate in|participating in|involved in|helped|supported|served in|served with|fought (?:with|for|alongside)|fighting (?:with|for|alongside)|worked (?:with|for))\s+(?:the\s+)?(?:early\s+)?(?:chinese\s+|japanese\s+|korean\s+)?(?:(?<!counter-)revolution\w*|communists?|chinese communists|communist party|ccp|cpc|red army|eighth route army|8th route army|new fourth army|people's liberation army|pla|anti-japanese (?:league|alliance|war|resistance|struggle)|japanese people's (?:emancipation|anti-war) league|japanese communist party|anti-war league|resistance|guerrillas?|partisans?|liberation|underground)", True, S),
        (r"(?:captured|arrested|held|detained|interned|imprisoned|fought against|fighting against|surrendered to|taken prisoner)\s+by\s+(?:the\s+)?(?:" + _ORGS + r")", None, S),
        (r"(?:member of|with|in|joined|for|part of|belonged to)\s+(?:the\s+)?(?:" + _ORGS + r")", True, S),
        (r"early\s+revolutionary|revolutionary\s+early|veteran\s+of\s+the\s+revolution|(?:communist|revolutionary|party member)\s+since\s+(?:the\s+)?(?:early|19[0-4]\d|the 19[0-4]0s)", True, S),
        (r"apolitical|not political|never political|no political (?:involvement|activit(?:y|ies)|background)", False, S),
        (r"(?<!counter-)(?<!counter)(?:revolution\w*|communists?|resistance|partisans?|guerrillas?|underground|political work|the party|politically active)", True, W),
    ],
    "pow_family_difficulties": [
        (r"famil(?:y|ies)\s+(?:stuff|things|life|affairs|situation)\s+(?:[\w']+\s+){0,2}?(?:a mess|messy|falling apart|a disaster|bad|terrible|awful|difficult|hard|complicated)|" + _FAMILY + r"\b(?:\s+[\w']+){0,4}?\s+(?:falling apart|a mess|in a mess|broken up|with nobody|with no one|have nobody|has nobody|have no one|has no one)", True, S),
        (r"(?:nobody|no one|noone)\s+to\s+(?:look after|care for|take care of|feed|support)\s+(?:his|her|their|the)?\s*" + _FAMILY, True, S),
        (r"(?:can't|cannot|can not|unable to|not able to|couldn't)\s+(?:really\s+)?(?:work|concentrate|focus|settle|think)(?:\s+(?:about|on|at|in|down at))?\s+(?:(?:his|her|their|the)\s+)?(?:job|work)", True, S),
        (r"famil(?:y|ies)(?:'s|s)\s+(?:fine|ok|okay|alright|all right|doing fine|doing ok|doing well|safe)", False, S),
        (_FAMILY + r"\b(?:\s+[\w']+){0,4}?\s+(?:is|are|was|were|has been|have been|seems?)\s+(?:fine|well|ok|okay|safe|healthy|good|doing well|doing fine|doing ok|doing okay|doing alright|doing all right|doing good|getting by|managing|taken care of|alright|all right|provided for)", False, S),
        (_FAMILY + r"\b(?:\s+[\w']+){0,4}?\s+(?:sick|ill|poor|struggling|suffering|starving|dying|in trouble|in need|in difficult(?:y|ies)|in danger|destitute|alone|desperate|in crisis|hungry|homeless|unwell|injured|missing|needs him|needs her|need him|need her)", True, S),
        (r"(?:worried|worries|worry|worrying|anxious|concerned|upset|distressed|preoccupied|troubled|thinks|thinking|obsessed)\s+(?:[\w']+\s+){0,2}?(?:about|for|over|by)\s+(?:(?:his|her|their|the)\s+)?" + _FAMILY, True, S),
        (r"famil(?:y|ies)\s+(?:problems?|issues?|difficult(?:y|ies)|troubles?|matters|worries|concerns|crisis|emergency|reasons|obligations|situation|circumstances|responsibilities|burden|hardship)", True, S),
        (r"miss(?:es|ed|ing)?\s+(?:his|her|their)\s+" + _FAMILY, True, S),
        (r"(?:can't|cannot|can not|unable to|not able to)\s+(?:work|concentrate|focus|settle)\s+(?:at ease|in peace|properly|calmly)|(?:can't|cannot|unable to)\s+(?:work|concentrate|focus)(?:\s+[\w']+){0,3}\s+(?:because of|due to)\s+(?:(?:his|her|their)\s+)?famil", True, S),
        (r"no\s+famil(?:y|ies)|famil(?:y|ies)\s+(?:is|are)\s+(?:here|in china|with him|with her)", False, W),
        (r"famil(?:y|ies)|not at ease|distracted", True, W),
    ],
    "hardship": [
        (r"nothing to live on|(?:can't|cannot|cant|can not)\s+(?:even\s+)?pay\s+(?:the\s+|his\s+|her\s+)?rent|no income(?:\s+left)?", True, S),
        (r"money\s+(?:isn't|isnt|is not|ain't|aint|was not|wasn't|wasnt)\s+(?:really\s+)?(?:an?\s+)?(?:issue|problem|worry|concern)|money'?s\s+(?:fine|ok|okay|good|alright|no problem|not a problem)|money\s*(?:is|:)\s*(?:fine|ok|okay|good|alright)|(?:gets?|getting|got)\s+paid\s+(?:well|decently|good money|a lot)|well[- ]paid|(?:earns?|earning|makes?|making)\s+decent\s+money", False, S),
        # an item of a list: "korean, not broke, never fights", "janitor, dirt poor, ..."
        (r"(?:^|(?<=[,;:./]\s)|(?<=/)|(?<=\band\s))(?:(?:not|never|isnt|isn't|wasnt|wasn't|is|was|really|very|so|pretty|dirt|totally|super|quite|too|that|been)\s+){0,3}(?P<key>broke|poor|destitute|penniless|skint)(?=\s*(?:$|[,;.!/]|\s(?:at all|tho|though|either|anymore|and)\b))", True, S),
        (r"(?:totally|completely|flat|dead|stone|always|so|super|really|pretty|very|dirt|basically|kinda|kind of|constantly|often)\s+broke\b|broke\s+(?:all the time|as hell|af|most of the time)|(?:^|(?<=[,;:.]\s))broke(?=\s*(?:$|[,;.!]))", True, S),
        (_NOT_A_LANGUAGE + r"(?:is|are|was|were|so|super|pretty|really|quite|extremely|a bit|a little|kinda|kind of|dirt|desperately|very|incredibly|seriously)\s+poor(?!\s+(?:at|in|chinese|mandarin|english|health|thing|man|woman|guy|soul|student|teacher|farmer|worker|people))|poor\s+as\s+(?:hell|dirt|anything)", True, S),
        (r"money\s+(?:problems?|issues?|troubles?|worries|struggles?)|short\s+(?:of|on)\s+(?:money|cash|food)|(?:can't|cannot|can not|unable to|couldn't)\s+(?:even\s+)?afford\s+(?:food|rent|rice|bread|meals?|to eat|to live|anything|the rent|basic)", True, S),
        (r"(?:fine|ok|okay|alright|all right|good|comfortable|doing (?:fine|ok|okay|well|alright|all right|good))\s+(?:money[- ]?wise|financially|for money|with money)|(?:money[- ]?wise|financially)\s+(?:he|she|they)\s+(?:is|are)\s+(?:fine|ok|okay|good|alright)", False, S),
        (r"(?:barely|hardly|scarcely|can't|cannot|can not|unable to|not able to|struggl\w+ to|difficult to|hard to)\s+(?:make|making|makes|earn|earning|earns|scrape|scraping|scrapes)\s+(?:a\s+|his\s+|her\s+|their\s+|any\s+)?(?:living|livelihood)", True, S),
        (r"(?:barely|hardly|scarcely)\s+(?:gets? by|getting by|survives?|surviving|scrapes? by|scraping by|makes? ends meet|making ends meet|afford\w*|feeds?|feeding|eats?|eating|has enough)", True, S),
        (r"(?:can't|cannot|can not|unable to|not able to|struggl\w+|difficult to|hard to)\s+(?:to\s+)?(?:make ends meet|get by|survive|feed (?:himself|herself|themselves|his family|her family|the family|the kids)|pay (?:the |his |her |their )?rent|afford (?:food|rent|to live|to eat|anything))", True, S),
        (r"(?:lost|lose|loses)\s+(?:(?:his|her|their)\s+)?(?:job|work|income|livelihood|home|house|business)", True, S),
        (r"(?:no|without|lacks?)\s+(?:a\s+|any\s+|steady\s+|regular\s+)?(?:job|work|income|money(?!\s+for\b)|savings|means of (?:support|living)|way to (?:live|survive)|place to live|home|food|livelihood|employment)", True, S),
        (_NOT_A_LANGUAGE + r"(?:is|are|was|were|being|remains?|isn't|wasn't|aren't|weren't)\s+(?:(?:very|extremely|quite|so|really|too|desperately|dirt|that|even|exactly)\s+)?(?P<key>poor|broke|destitute|penniless)(?!\s+(?:at|in)\b)", True, S),
        (r"unemployed|jobless|out of work|destitute|penniless|impoverished|poverty|starving|homeless|in dire straits|hand to mouth|hand-to-mouth", True, S),
        (r"struggl\w+\s+(?:to\s+(?:get by|survive|live|cope|make ends meet)|financially|with money|with poverty|to feed)", True, S),
        (r"(?:financial|economic|money|living)\s+(?:difficult(?:y|ies)|hardships?|problems?|troubles?|struggles?)|hardships?", True, S),
        (r"(?:difficult(?:y|ies)|trouble|problems?|hard time|struggling)\s+(?:in\s+)?(?:living|surviving|getting by|making ends meet|making a living|earning a living|finding work|finding a job)", True, S),
        (r"(?:life|living)\s+(?:in china\s+)?(?:is|has been|was|are)\s+(?:very\s+|really\s+|extremely\s+|so\s+)?(?:hard|difficult|tough|miserable)", True, S),
        (r"not enough (?:money|food|to eat|to live on|income)|nothing to eat|goes? hungry|(?:lives?|living|survives?|surviving|depends?|depending|relies|relying)\s+on\s+(?:charity|handouts|begging|alms|relief)|money is (?:tight|short|scarce)|(?:can't|unable to)\s+find\s+(?:a\s+|any\s+)?(?:job|work|employment)", True, S),
        (r"(?:has|have|had|earns?|makes?|got)\s+enough\s+(?:money|food|to eat|to live on|income)", False, S),
        (r"(?:doing|living|getting by|managing|coping)\s+(?:just\s+)?(?:fine|well|ok|okay|alright|all right|great|good|fine financially|quite well|comfortably)", False, S),
        (r"(?:has|have|had|got|with)\s+(?:a\s+)?(?:(?:good|steady|stable|decent|well-paid|well paid|secure|regular|proper|nice|permanent)\s+)?(?:job|income|salary|wage|business|livelihood)", False, S),
        (r"(?:well|comfortably|better)\s+off|wealthy|rich|affluent|prosperous|financially (?:stable|secure|fine|ok|okay|independent|comfortable)|well-to-do", False, S),
        (r"(?:makes?|earns?|making|earning)\s+(?:good|enough|decent|plenty of|a lot of)\s+(?:money|income)|(?:makes?|earns?|making|earning) a (?:good|decent|comfortable) living|earns? (?:well|enough)|(?:lives?|living)\s+comfortably|comfortably|(?:gets?|getting)\s+by\s+(?:fine|ok|okay|well|alright)|(?:manages?|managing|coping|copes)\s+(?:fine|well|ok|okay|alright)", False, S),
        (r"(?<!un)employed|works? (?:full[- ]time|as an?)|(?:has|have|got)\s+(?:some\s+|enough\s+|plenty of\s+|a lot of\s+)?money|savings", False, W),
        (r"poor|struggl\w*|broke|hungry|needy|in need|difficult(?:y|ies)|suffering|(?:a\s+)?(?:hard|tough|difficult)\s+(?:time|life|situation)", True, W),
        (r"fine|ok|okay|alright|all right|comfortable", False, W),
    ],
    "disturbs_order": [
        (r"smash(?:es|ed|ing|in)?\s+up\s+(?:a|the|his|her)\s+(?:bar|shop|pub|restaurant|stall|place|teahouse)", True, S),
        # "never fights", "doesnt cause trouble": the negator counts (it lies before the key word)
        (r"(?:never|not|doesn't|doesnt|does not|don't|dont|won't|wont|rarely|hardly ever|seldom)\s+(?:ever\s+|really\s+|any\s+|(?:been\s+)?in\s+any\s+)?(?P<key>fights?|brawls?|riots?|trouble\b|causes? (?:any\s+)?trouble|makes? (?:any\s+)?trouble)\b", True, S),
        (r"(?:keeps?|kept|always|often|constantly|regularly|sometimes)\s+(?:on\s+)?(?:getting\s+(?:into|in)\s+|starting\s+|picking\s+)?(?:fights?|fighting|brawling|brawls|punching|hitting people|drinking and fighting)", True, S),
        (r"(?:gets?|got|getting|get|gotten|been)\s+(?:in|into)\s+(?:a\s+|an\s+|some\s+)?(?:[\w']+\s+)?(?:fights?|brawls?|scuffles?|punch[- ]ups?|altercations?|punch ups?)|(?:fights?|fighting|brawls?|brawling)\s+with\s+(?:a\s+|the\s+|his\s+|her\s+|their\s+)?(?:cops?|police\w*|neighbou?rs?|coworkers?|co-workers|people|customers?|locals|guards|officers?|others)", True, S),
        (r"(?:punch\w*|hit\w*|beat\w*|smash\w*|broke|breaks?|breaking|attack\w*)\s+(?:up\s+)?(?:people|ppl|someone|somebody|someone's|others|stuff|things|windows?|property|shops?|cars?|a guy|a man)", True, S),
        (r"(?:gets?|getting|got|is|was|always|often|keeps? getting|being)\s+(?:really\s+|so\s+|very\s+)?(?:drunk|wasted|hammered|plastered)|drunk\w*\s+(?:and|&)\s+(?:fighting|violent|smashing|shouting|rowdy)", True, S),
        (r"(?:arrested|picked up|locked up|jailed|hauled in|taken in)\s+(?:[\w']+\s+){0,2}?for\s+(?:fighting|brawling|theft|stealing|assault|rioting|disturb\w*|being drunk|drunkenness|vandalism)|(?:police|cops?)\s+(?:[\w']+\s+){0,3}?(?:picked (?:him|her|them) up|arrested|came|come|called|round|around|hassle|stop|detained|took (?:him|her|them)|caught|after (?:him|her|them))|(?:called|calling|call)\s+the\s+(?:police|cops)|(?:trouble|problems?|issues?|run-ins?)\s+with\s+(?:the\s+)?(?:police|cops|law enforcement)", True, S),
        (r"law[- ]?abiding|well[- ]behaved|behaves?\s+(?:well|himself|herself|themselves)|(?:good|model|exemplary|upstanding)\s+(?:citizen|resident|neighbou?r|behaviou?r|conduct|worker|record)|keeps?\s+to\s+(?:himself|herself|themselves)|peaceful|peaceable|orderly(?!\s+conduct)|respectable|(?:lives?|living)\s+quietly|quiet life", False, S),
        (r"(?:gets?|getting|got|gotten|keeps? getting)\s+(?:[\w']+\s+)?into\s+(?:fights|fighting|brawls|trouble|scuffles|arguments|quarrels)", True, S),
        (r"(?:picks?|picking|picked|starts?|starting|started|provokes?|provoking)\s+(?:[\w']+\s+)?fights|fist ?fights?|brawl\w*|scuffles?", True, S),
        (r"(?:causes?|causing|caused|makes?|making|made|stirs?|stirring|stirred)\s+(?:up\s+)?(?:(?:a lot of|lots of|any|much|some|serious|no)\s+)?(?:trouble|problems|disturbances?|chaos|unrest|havoc|a scene|a disturbance|disorder)|trouble-?\s?makers?", True, S),
        (r"riots?|rioting|rioted|rioters?|disturb\w*\s+(?:the\s+)?(?:peace|order|public order|social order|public|neighbou?r\w*)|(?:breach\w*|breaking|breaks|disrupt\w*|threaten\w*|undermin\w*|affects?|affecting|endanger\w*|harm\w*)\s+(?:the\s+)?(?:social|public|civil)\s+order|(?:public|social)\s+(?:disorder|nuisance|unrest)", True, S),
        (r"drunk and disorderly|disorderly|violent|violence|assault\w*|attack\w*\s+(?:people|others|neighbou?rs)|steals?|stealing|stole|theft|thief|thieves|robber\w*|robs?|black market|smuggl\w*|vandal\w*|looting|harass\w*|incit\w*|sabotag\w*|espionage|spying|counter-?revolutionary|bandit\w*|gambl\w*|opium|gangs?\b|(?:trouble|problems?)\s+with\s+(?:the\s+)?(?:police|neighbou?rs|authorities|the law)", True, S),
        (r"complain\w*\s+(?:about|against)\s+(?:him|her|them)", True, S),
        (r"(?:no|never any|not any|without)\s+(?:[\w']+\s+)?(?:trouble|problems|incidents|complaints|disturbances?)", False, W),
        (r"quiet|calm|gentle|harmless|polite|friendly|nice|decent|honest|good person|well liked", False, W),
        (r"fights?|fighting|trouble|drunk\w*|noisy|aggressive|dangerous|troublesome|agitat\w*|problems", True, W),
    ],
    "wants_free_travel": [
        (r"(?:no|not enough|without|lacks?)\s+(?:the\s+)?(?:cash|money|funds)\s+(?:for|to pay for|to buy|to cover)\s+(?:the\s+|a\s+|his\s+|her\s+)?(?:" + _TRIP_WORDS + r")[^.;]{0,30}?\b(?:wants?|asks?|asking|hopes?)\s+(?:for\s+)?(?:it|one|a ticket|the ticket)?\s*(?:free|for free|gratis)", True, S),
        (r"(?:" + _TRIP_WORDS + r"|travel\w*|trip home|ride home)\s+(?:[\w']+\s+){0,3}?(?:to\s+be|can be|could be|would be|be)\s+(?:free|gratis|paid for)|(?:railway|railways|railway ministry|ministry|state|government|authorities|china|chinese side)\s+(?:to\s+|should\s+|will\s+|would\s+|would let\s+(?:him|her|them)\s+)?(?:pay|cover|ride|travel|go)\s+(?:for\s+)?(?:(?:the|his|her|their)\s+)?(?:" + _TRIP_WORDS + r"|journey|trip|it|free|for free)", True, S),
        (r"(?:he|she|they)\s+(?:can|could|will|is able to|are able to)\s+(?:easily\s+)?(?:pay|afford it|afford that|cover it)(?=\s*(?:$|[,.;!]))", False, S),
        (r"pay(?:s|ing)?\s+(?:for\s+)?(?:his|her|their)\s+own\s+(?:way|fare|ticket|tickets|passage|trip|travel|journey)|(?:pay|pays|paying)\s+(?:for\s+(?:it|the\s+\w+)\s+)?(?:himself|herself|themselves)|own\s+(?:expense|cost|money)", False, S),
        (r"(?:can't|cannot|can not|unable to|not able to|couldn't|could not|too poor to|no money to|doesn't have (?:the\s+)?money to|does not have (?:the\s+)?money to)\s+(?:afford|pay for|pay|buy)\s+(?:the\s+|his\s+|her\s+|their\s+|a\s+|any\s+)?(?:own\s+)?" + _TRIP, True, S),
        (r"(?:no|not enough|without|lacks?)\s+(?:the\s+)?money\s+(?:for|to pay for|to buy|to cover)\s+(?:the\s+|a\s+|his\s+|her\s+)?" + _TRIP, True, S),
        (r"(?:free|gratis|complimentary)\s+(?:of\s+charge\s+)?(?:return\s+)?" + _TRIP + r"|at (?:the\s+)?(?:state|government|public|state's|government's)(?:'s)?\s+expense|(?:paid for|covered) by the (?:state|government|authorities)|(?:state|government|authorities)\s+(?:to\s+|should\s+|will\s+|would\s+)?(?:pay|cover)", True, S),
        (r"(?:" + _TRIP_WORDS + r"|travel\w*|go|goes|going|ride|return\w*|home|repatriat\w*|sent back|taken back)\s+(?:[\w']+\s+){0,4}?(?:for free|free of charge|gratis|for nothing|at no (?:cost|charge)|without paying)", True, S),
        (r"(?:asks?|asking|asked|wants?|wanted|requests?|requesting|hopes?|needs?|needing)\s+(?:for\s+)?(?:help|assistance|support|a subsidy|money)\s+(?:with|for|paying(?:\s+for)?|to pay(?:\s+for)?)\s+(?:the\s+|his\s+|her\s+|their\s+)?" + _TRIP, True, S),
        (r"(?:can|could|will|would|is able to|able to)\s+(?:easily\s+)?(?:afford|pay for|pay|buy)\s+(?:the\s+|his\s+|her\s+|their\s+|a\s+)?(?:own\s+)?(?:" + _TRIP_WORDS + r"|it|that)", False, S),
        (r"(?:has|have|got|had)\s+(?:enough\s+|the\s+)?money\s+(?:for|to pay for|to buy)\s+(?:the\s+|a\s+)?" + _TRIP, False, S),
        (r"(?:pay|pays|paying|cover|covers|covering|afford|buy|buys)\s+(?:for\s+)?(?:(?:the|his|her|their|it|its)\s+)?(?:(?:own|whole)\s+)?(?:" + _TRIP_WORDS + r"|costs?|expenses?)?\s*(?:himself|herself|themselves|on (?:his|her|their) own)", False, S),
        (r"(?:can't|cannot|can not|unable to|couldn't)\s+(?:afford|pay)(?:\s+(?:it|that|for it))?", True, W),
        (r"free of charge|for free|for nothing|at no (?:cost|charge)|without paying|gratis|free|subsidi[sz]ed|subsidy|no money|too expensive", True, W),
        (r"(?:can|will|could)\s+(?:afford|pay)(?:\s+(?:it|that|for it))?|will pay|paying|pays|cover (?:the\s+)?costs?|has (?:the\s+)?money", False, W),
    ],
}
