"""The words and patterns that state each case fact, keyed by the fact's name (cable/facts.py).

Matched against the matching form of a message (text.prepare: lower-cased, straight apostrophes, contractions
expanded). Patterns are regex fragments; word boundaries are added by the matcher. The yes/no facts' patterns
are in yes_no_lexicon.py. A test holds the choice parsers equal to the declared facts. Words common to every
reply (yes, no, negation) are in lexicon.py.
"""

from __future__ import annotations

from .choice_lexicon import GROUP_BLANK_MORE, GROUP_PHRASES_MORE, NATIONALITY_BLANK_MORE, NATIONALITY_MIXED_MORE

# --- Nationality ------------------------------------------------------------------------------

# Demonyms count anywhere. Places rank below them, and in mentions count only
# after "from" (a Japanese engineer "in Korea" is still Japanese). Chinese places
# are left out on purpose: everyone in these cases lives in China.
NATIONALITY_DEMONYMS = {
    "korean": ["korean", "koreans", "kr", "north korean", "south korean", "hanguk saram", "joseon saram", "chosun saram", "chaoxianren", "hangukin", "chosenjin", "joseon", "chosun", "coreen", "coréen", "coreenne", "coréenne", "coreano", "coreana", "koreanisch", "koreaner", "koreanerin", "조선인", "한국인", "朝鲜人", "朝鮮人", "韓国人"],
    "japanese": ["japanese", "jp", "jpn", "jap", "nihonjin", "nipponjin", "japonais", "japonaise", "japones", "japonés", "japonesa", "japanisch", "japaner", "japanerin", "日本人"],
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
        "korea", "north korea", "south korea", "chosen", "choson", "joseon", "chosŏn", "dprk", "pyongyang",
        "p'yongyang", "seoul", "keijo", "busan", "pusan", "wonsan", "hamhung", "hamheung", "kaesong", "gaeseong",
        "incheon", "inchon", "chemulpo", "daegu", "taegu", "gwangju", "kwangju", "sinuiju", "chongjin", "haeju",
        "jeju", "cheju", "nampo", "hungnam", "daejeon", "taejon", "ulsan", "suwon", "mokpo", "gunsan", "kunsan",
        "hoeryong", "kilchu", "gilju", "kanggye", "hyesan", "rajin", "najin", "songjin", "chuncheon", "chunchon",
        "jeonju", "pohang", "masan", "hamgyong", "pyongan", "hwanghae", "gyeongsang", "kyongsang", "jeolla", "cholla",
        "kangwon", "gangwon", "한국", "조선", "朝鲜", "韩国", "朝鮮", "韓国",
    ],
    "japanese": [
        "japan", "nippon", "nihon", "tokyo", "osaka", "kyoto", "hokkaido", "nagasaki", "hiroshima", "yokohama",
        "kobe", "nagoya", "sapporo", "fukuoka", "sendai", "kyushu", "honshu", "shikoku", "okinawa", "niigata",
        "kagoshima", "kumamoto", "okayama", "nara", "kanazawa", "hakodate", "shizuoka", "yamaguchi", "aomori",
        "maizuru", "shimonoseki", "sasebo", "nagano", "kanagawa", "gifu", "wakayama", "hyogo", "kochi", "ehime",
        "kure", "yokosuka", "otaru", "asahikawa", "kushiro", "muroran", "iwate", "miyagi", "saitama", "tochigi",
        "gunma", "ibaraki", "hamamatsu", "himeji", "日本", "東京", "东京",
    ],
    "other": [
        "russia", "soviet union", "ussr", "moscow", "leningrad", "vladivostok", "america", "united states", "usa",
        "new york", "washington", "france", "paris", "britain", "england", "london", "germany", "berlin", "mongolia",
        "ulaanbaatar", "ulan bator", "vietnam", "hanoi", "saigon", "india", "philippines", "manila", "thailand",
        "burma", "outer mongolia", "italy", "netherlands", "poland", "canada", "australia", "spain", "taiwan",
    ],
}
# "From China" is a statement of origin, unlike a bare mention of China.
NATIONALITY_ORIGIN_ONLY = {"other": ["china", "beijing", "peking", "shanghai"]}
# Where someone was born or grew up: weighed like "from", unless the parents' nationality is given ("his
# parents were Korean but he was born in Japan" leaves it open; nationality_doubts.py). Then words of origin.
BIRTH_WORDS = r"(?:born in|born and raised in|grew up in|raised in)"
ORIGIN_WORDS = (r"(?:from|born in|born and raised in|grew up in|raised in|native of|hails from|citizen of|national of|comes? from"
                r"|came from|native to|nationality is|nationality|left|hometown(?:\s+is|\s+of)?|home village(?:\s+is)?)")
# Going back to a place says where someone is from, less surely than "from" (a parent's country)
RETURN_WORDS = (r"(?:(?:go|goes|going|went|be sent|sent|get|head|heading|return|returns|returning)\s+"
                r"(?:back\s+(?:home\s+)?|home\s+)to|back home to|(?:return|returns|returning)\s+to)")
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
    # parents listed with two nationalities: "dad japanese, mum korean", "mother korean and father japanese"
    r"(?:mother|father|mom|mum|dad|papa|mama)\s+korean\s*[,;/&]?\s*(?:and\s+)?(?:(?:his|her|their)\s+)?(?:mother|father|mom|mum|dad|papa|mama)\s+japanese"
    r"|(?:mother|father|mom|mum|dad|papa|mama)\s+japanese\s*[,;/&]?\s*(?:and\s+)?(?:(?:his|her|their)\s+)?(?:mother|father|mom|mum|dad|papa|mama)\s+korean",
    r"DEMONYM\s+and\s+DEMONYM\s+mixed", r"mixed\s+DEMONYM\s+and\s+DEMONYM", r"half[- ]DEMONYM", r"(?<![-/])DEMONYM[- ](?:DEMONYM)(?![-/][a-z])", r"either\s+(?:an?\s+)?DEMONYM\s+or\s+(?:an?\s+)?DEMONYM",
    r"DEMONYM\s*\?*\s*,?\s*or\s+(?:maybe|perhaps|possibly|prob(?:ably)?)\s+(?:an?\s+)?DEMONYM",
    r"one\s+(?:parent|side)\s+(?:is\s+)?DEMONYM\s*,?\s*(?:and\s+)?(?:the\s+)?(?:other|one)(?:\s+(?:parent|side))?\s+(?:is\s+)?DEMONYM",
    r"mixed\s+(?:race|heritage|parentage|background|blood|family|nationality|ethnicity|descent)",
    # "maybe korean? ... so kind of both honestly"
    r"(?:kind\s+of|sort\s+of|kinda|a\s+bit\s+of|bit\s+of|really|basically)\s+both(?=\s*(?:$|[,.;!?)]|\s+(?:honestly|really|tbh|i\s+guess)))",
    r"(?:dual|two)[\s-]+(?:nationality|nationalities|citizenships?|passports)",
    # "maybe korean maybe japanese", "perhaps japanese, perhaps korean"
    r"(?:maybe|perhaps|possibly)\s+(?:an?\s+)?DEMONYM\s*[,/]?\s*(?:or\s+)?(?:maybe|perhaps|possibly)\s+(?:an?\s+)?DEMONYM",
    # "Korean or Japanese, I don't know", "is she Korean by nationality or Chinese?"
    r"(?:^|(?<=[.!?:]\s))(?:an?\s+)?DEMONYM\s+or\s+(?:an?\s+)?DEMONYM(?=\s*[,?.;]|\s+(?:i|we|nobody|no one|not sure|unclear|idk|who knows)\b)",
    r"DEMONYM\s+by\s+(?:nationality|birth|citizenship)\s+or\s+(?:an?\s+)?DEMONYM",
    # "my character is Japanese or Korean lol": the person is one or the other, the writer can't say
    r"(?:he|she|character|person|guy|girl|man|woman|mine)\s+(?:is|was|(?:might|may|could)\s+(?:well\s+|also\s+)?be)\s+(?:either\s+)?(?:an?\s+)?DEMONYM\s+or\s+(?:an?\s+)?DEMONYM"
    r"(?=\s*(?:$|[,.;!]|\s+(?:lol|haha|i|we|nobody|no one|idk)\b))",
    # "says he's Korean but his papers say Japanese", "papers from both"
    r"(?:says?|said|claims?|thinks?)\s+(?:he|she|they)(?:'s|\s+is|\s+are|'re)\s+DEMONYM\s*,?\s+but\s+(?:his|her|their|the)\s+"
    r"(?:papers|passport|documents|registration)\s+(?:say|says|said)\s+DEMONYM",
    r"(?:papers|passports|documents)\s+from\s+both|both\s+(?:papers|passports)",  # or "the documents say different things"
    r"(?:papers|passports?|documents|records|registration|files?|paperwork)\s+(?:say|says|said|show|shows|showed|give|gives|gave|list|lists|listed)\s+(?:(?:two|very|completely|totally)\s+)?(?:different|conflicting|contradictory|opposite|inconsistent)\s+(?:things|nationalities|countries|stories|answers)|(?:papers|documents|records)\s+(?:contradict|disagree|don't\s+agree|do\s+not\s+agree|don't\s+match|do\s+not\s+match)",
    r"(?:papers|passport|documents|registration|records|files?|paperwork)\s+(?:say|says|said|list|lists|listed)\s+(?:(?:him|her)\s+as\s+)?(?:an?\s+)?DEMONYM\s*,?\s+(?:but|while|whereas|yet)\s+(?:he|she|they)\s+(?:says?|said|claims?|claimed|insists?|insisted)\s+(?:(?:he|she|they)(?:'s|\s+is|\s+are|'re|\s+was)\s+)?(?:an?\s+)?DEMONYM",  # "the records say japanese but he says he's korean"
] + NATIONALITY_MIXED_MORE
# Words that say it is not known ("not sure", "idk"): near a nationality, they make it unclear.
NATIONALITY_UNKNOWN = [
    r"(?:not|isn't|wasn't|aren't|weren't|ain't)\s+(?:\w+\s+)?(?:sure|clear)", r"unsure", r"ambiguous", r"(?:i\s+)?(?:don't|do not|dont|doesn't|does not|didn't|did not)\s+(?:really\s+|honestly\s+|even\s+)?know(?!\s+(?:(?:any|much|a\s+word\s+of|enough|the)\s+)?(?:chinese|mandarin|korean|japanese|russian|english|language|it\b))", r"(?:nobody|no one|noone)(?:\s*,[^,.]{0,30},)?\s+(?:(?:is|was|seems)\s+(?:really\s+)?(?:sure|certain)|(?:really\s+)?knows?)", r"idk", r"dunno",
    r"no idea", r"not\s+(?:\w+\s+)?certain", r"uncertain", r"unclear", r"unknown", r"hard to (?:say|tell)",
    r"(?<!one )(?<!guy )(?<!man )(?<!person )who (?:even |really |actually )?knows", r"(?:nobody|no one|noone)\s+(?:[\w']+\s+){0,4}?knew\s+(?:whether|if)", r"complicated", r"some\s+say\s+(?:he|she|they)?\s*(?:is|are|'s)?\s*(?:korean|japanese)",
    r"(?:haven't|have not|hasn't|not)\s+(?:yet\s+)?decided\s+(?:yet\s+)?(?:if|whether)", r"indeterminate",
    # "I can't decide if she is Korean or Japanese", "undecided whether", "torn between korean and japanese"
    r"(?:can't|cannot|can\s+not|couldn't|could\s+not|unable\s+to)\s+(?:really\s+)?decide\s+(?:if|whether|which|between)"
    r"|undecided\s+(?:if|whether|which|between)|torn\s+between", r"half\s+(?:korean|japanese)\s*,?\s+half\s+(?:korean|japanese)",
    r"mixed\s*(?:\(|\s)\s*(?:korean|japanese|kr|jp)\s*(?:/|and|&|-)\s*(?:korean|japanese|kr|jp)", r"(?:could|can)(?:\s*not|n't|'t)\s+be\s+(?:determined|established|confirmed)|undetermined", r"disputed|contested|in\s+dispute",
    r"(?:nobody|no one|noone)\s+(?:can|could)\s+(?:pin\s+down|tell|say|work\s+out|figure\s+out|determine|establish)",
    # "nobody (including him) knows which country he belongs to", "idk which one counts"
    r"(?:nobody|no one|noone|idk|not\s+know)\b[^.;!?]{0,30}?\bwhich\s+(?:country|one|nationality)\b",
    r"(?:can't|cannot|can\s+not|couldn't)\s+tell\s+(?:if|whether)",
    r"(?:can't|cannot|couldn't|don't|do not|never)\s+agree\s+(?:on\s+)?(?:whether|if|which|what)", r"(?:is\s+)?a\s+mess", r"messy", r"murky", r"confusing", r"(?:counts?|count|pass(?:es)?|qualif(?:y|ies))\s+as(?!\s+(?:an?\s+)?(?:early|revolutionary|technical|ordinary|prisoner|pow|hardship|difficult\w*|disturb\w*|work|personnel))",
]
# What a person's nationality is asked about: a demonym, or the word itself.
NATIONALITY_SUBJECT = [r"nationality", r"nationalities", r"citizenship", r"passport", r"papers", r"which\s+country", r"what (?:he|she|they) (?:is|are)", r"which (?:he|she|they|one) (?:is|are|would be|counts? as)",
                       r"background", r"heritage", r"origins?", r"ethnicity", r"what (?:he|she|they) counts? as", r"where (?:he|she|they) (?:is|are|comes?) from"]
# Parents' nationality, and papers of a country: together they leave the person's unclear.
PARENT_WORDS = r"(?:mother|mom|mum|mam|father|dad|papa|mama|parents?|grandparents?|grandfather|grandmother)"
PAPERS = r"(?:papers|passport|citizenship|nationality|documents|registration|id card|hukou)"
# Spans where a demonym does not describe the person (languages, wars, third parties).
# Another person named by their relation, then described between commas: "her brother, a pow, ..."
_OTHERS = (r"(?:wife|husband|spouse|mother|father|mom|mum|dad|parents|son|daughter|brother|sister|friend|boss|neighbou?r"
           r"|uncle|aunt|cousin|landlord|employer|colleague|partner|roommate|cellmate|grandfather|grandmother"
           r"|girlfriend|boyfriend|fianc[eé]e?|lover|stepfather|stepmother|nephew|niece|grandson|granddaughter|co-?worker|workmate|bunkmate)")
_APPOSITION = r"(?:his|her|their|whose|the)\s+(?:(?:older|younger|elder|little|big|best|old)\s+)?" + _OTHERS + r"\s*,\s*(?:(?:an?|the)\s+)?(?:[\w'-]+\s+){0,3}?[\w'-]+\s*(?=,)"
_NAT = r"(?:korean|koreans|japanese|chinese|russian|russians|soviet|soviets|american|americans|english|mandarin|french|german|germans|british|mongolian|vietnamese)"
NATIONALITY_BLANK = [
    # someone else's made-up person: "my friend's character is a japanese spy", "her character is japanese. mine is ..."
    r"(?:friend|classmate|partner|roommate|buddy|mate|brother|sister|teacher)(?:'s|s')\s+(?:[\w-]+\s+)?(?:character|person|one|guy|girl|pow)\s+"
    r"(?:is|was)\s+(?:an?\s+)?(?:[\w-]+\s+)?" + _NAT + r"|(?:her|his|their)\s+character\s+(?:is|was)\s+(?:an?\s+)?(?:[\w-]+\s+)?" + _NAT
    + r"(?=[^.;!?]*[.;!?]\s*(?:but\s+)?(?:mine|my\s+(?:one|character|person|guy|girl))\b)",
    # the writer's own country, said with an apology for their English: "(sorry for my english, i am from germany)"
    r"(?:i\s+am|i'm|im)\s+(?:a\s+student\s+)?from\s+[\w-]+(?=[^.;!?]{0,30}\b(?:my\s+english|sorry))"
    r"|(?:sorry|excuse|pardon)\s+(?:for\s+)?(?:my\s+)?(?:bad\s+|poor\s+)?english[^.;!?]{0,20}?(?:i\s+am|i'm|im)\s+from\s+[\w-]+",
    # someone else named by a role: "the cook in the camp is a korean", "the guard was japanese"
    r"the\s+(?:[\w-]+\s+){0,1}(?:cook|guard|guards|boss|owner|landlord|foreman|officer|doctor|teacher|neighbou?r|interpreter|translator|manager|cadre)"
    r"(?:\s+(?:in|at|of|from|next)\s+(?:the\s+|his\s+|her\s+|their\s+|my\s+)?[\w-]+)?\s+(?:is|was|are|were)\s+(?:also\s+)?(?:an?\s+)?" + _NAT,
    r"(?:picked up|picks up|pick up|picking up|mastered|masters|speak|speaks|spoke|speaking|spoken|understand|understands|understood|understanding|knowing|read|reads|write|writes|wrote|learn|learns|learned|learnt|learning|study|studies|studied|studying|teach|teaches|taught|teaching|teachers? of|lessons? in|classes in|degree in|fluent in|knows?|knew|translat\w*|interpret\w*|in)\s+(?:(?:good|fluent|broken|some|little|no|much|any|basic|poor|only|the|a|bit|of|word|words|enough|very|perfect|native|simple|great|decent|excellent|bad|terrible|okay|ok|passable|halting|real|really)\s+){0,3}" + _NAT + r"(?:\s+(?:and|or|&|but)\s+(?:(?:some|a\s+little|a\s+bit\s+of|little|broken|basic|fluent|no|zero|good|poor)\s+)?" + _NAT + ")?",
    _NAT + r"\s+(?:(?:kwantung|imperial|puppet|expeditionary|occupying|colonial|regular)\s+)?(?:war(?!\s+(?:prisoners?|captives?|pows?|widows?|widowers?|orphans?|brides?|veterans?)\b)|army|armies|military|navy|forces|troops|occupation|occupiers|invasion|invaders|empire|imperial|surrender|government|authorities|court|courts|police|language|people's|peninsula|border|company(?!\s+[\w-]+(?:er|or|ist|ian|man|woman|hand)s?\b)|factory(?!\s+[\w-]+(?:er|or|ist|ian|man|woman|hand)s?\b)|embassy|consulate|wife|husband|spouse|family|friends?|boss|employer|employers|owners?|communist party|party|side|lessons?|class|classes|food|culture|name|law|laws|colonial|colony|rule|comrades|volunteers?|courses?|textbooks?|newspapers?|well|fluently|poorly)\b",
    r"(?:sino|russo|anti|pro|un)[- ]?" + _NAT,  # "the anti japanese underground" too
    _NAT + r"\s+(?:military\s+|army\s+|army-issue\s+)?uniforms?\b",  # "got caught wearing a japanese uniform"
    _NAT + r"-(?:occupied|controlled|run|ruled|held|speaking|style|made|born|owned)",
    r"(?:and|or)\s+(?:a\s+)?(?:bit|little|some|few words)\s+(?:of\s+)?" + _NAT,
    r"(?:by|against|for|with|under|among|alongside|fought|fighting|fight|joined|helped|served|serving|worked for|like|than)\s+the\s+" + _NAT,
    r"the\s+" + _NAT + r"\s+(?:surrendered|invaded|occupied|attacked|bombed|captured|arrested|left|came|took|ruled|colonised|colonized|lost|won|were|had|did|kept|keep|hired|employed|retained|held|needed|need|wanted|want|made|let|forced|sent|put|asked|told|caught|trained|paid|gave|give|won't|wont|will|would"
    r"|drafted|conscripted|recruited|mobili[sz]ed|enlisted|press-ganged|called\s+up|shipped|brought|deported|interned|tortured"
    r"|grabbed|seized|nabbed|rounded|picked|dragged|abducted|kidnapped|executed|killed|shot|beat|jailed|imprisoned)",
    # the languages an interpreter works in: "interpreter for a trading company (korean-chinese-japanese)"
    r"(?:interpreter|translator|interpreting|translating|interprets|translates)\b[^.;!?()]{0,60}?\(\s*" + _NAT + r"(?:\s*(?:[-/,&]|and)\s*" + _NAT + r"){1,3}\s*\)",
    r"(?<!one of the )(?<!one of those )(?<!he is )(?<!she is )(?<!i am )(?:korean|japanese|chinese)\s+(?:nationals|people|citizens|residents|pows|prisoners|communities|community|in general"
    r"|soldiers|troops|units|divisions|fighters|families|refugees|settlers|migrants|immigrants)\b",
    r"(?:wife|husband|spouse|mother|father|mom|mum|mam|dad|papa|mama|parents|children|son|daughter|brother|sister|friends?|boss|neighbou?rs?|family|relatives|grandfather|grandmother|grandparents|uncle|aunt|cousin|in-laws)(?:[- ]in[- ]law)?(?:\s+and\s+(?:his|her|their)\s+[\w-]+(?:[- ]in[- ]law)?)?\s+(?:is|are|was|were)\s+(?:also\s+|both\s+)?(?:an?\s+)?" + _NAT,
    # "his mum was korean and his dad japanese": the verb said once for both parents
    r"(?<=\band )(?:his|her|their)\s+(?:mother|father|mom|mum|dad|parents)\s+" + _NAT + r"(?=\s*(?:$|[,.;!?]))",
    r"ethnic(?:ally)?\s+(?:korean|japanese)|" + _NAT + r"\s+(?:descent|origin|heritage|background|blood|ancestry|roots|parents|mother|father|mom|mum|dad)",
    r"(?:married|engaged|wed)\s+(?:to\s+)?(?:an?\s+)?" + _NAT,
    # "her japanese roommate wants to go home", "his roommate (korean) is poor": a relation's nationality
    r"(?:his|her|their|whose)\s+(?:(?:older|younger|elder|little|big|best|old|new)\s+)?(?:" + _NAT + r"\s+" + _OTHERS
    + r"|" + _OTHERS + r"s?\s*(?:[\w-]+\s*)?\(\s*(?:an?\s+)?" + _NAT + r"\s*\))",
    r"(?:with|at|of)\s+(?:(?:the|his|her|their|written|spoken)\s+)?(?:chinese|mandarin)(?!\s+(?:people|person|man|woman|guy|girl|boy|friends?|neighbou?rs?|wife|husband|family|papers|passport|citizenship|nationality|authorities|officials?|police|army|communists?|soldiers?|parents?))",
    r"(?:english|mandarin|chinese|russian)\s+(?:teachers?|tutors?|lessons?|literature|majors?|degree|translators?|interpreters?)",
    # "his chinese is fine", "her japanese isnt great", "sorry my english.": a language someone has
    r"(?:his|her|their|my)\s+" + _NAT + r"(?=\s+(?:is|was|isn't|isnt|wasn't|wasnt|ain't|aint|has|had|sucks|needs|got|gets|skills|level"
    r"|not|no|very|so|too|bad|poor|broken|weak)\b|\s*(?:[.,;!?)]|$))",
    # peoples named together are no one person: "the cable is about koreans and japanese"
    r"(?<!one of the )(?:koreans|japanese|chinese)\s+(?:and|or|&|\+)\s+(?:the\s+)?(?:koreans|japanese|chinese)(?!\s+(?:parents|descent|blood|mix|mixed))",
    # someone else described in passing: "his neighbour, a japanese engineer, ..."
    _APPOSITION,
] + NATIONALITY_BLANK_MORE

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
            "medic", "veterinarian", "vet", "veterinary surgeon", "veterinary doctor", "animal doctor", "mechanic", "machinist", "electrician",
            "radio operator", "radio technician", "telegraphist", "telegraph operator", "engr", "draftsman", "draughtsman",
            "specialist", "expert", "toolmaker", "welder", "pilot", "ship's engineer",
            "locomotive driver", "engine driver", "statistician", "hydrologist", "meteorologist",
            "chemical engineer", "electrical engineer", "mechanical engineer", "specialists",
            "practises medicine", "practices medicine", "practising medicine", "practicing medicine", "missionary nurse", "missionary doctor", "medical missionary", "mission nurse", "mission doctor", "nursing sister",
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
            "seized by the pla", "in a labour camp", "in a labor camp", "still in a camp", "still held in a camp", "prisoner camp", "prisoners camp", "prisoners' camp", "prisoner-of-war camp", "prisoner of war camp",
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
            # the underworld is no skill the cable means: "gangster type", "runs gambling dens"
            "gangster", "smuggler", "black marketeer", "hostess", "bar hostess", "bar girl", "taxi dancer", "dance hall girl",
            "hustler", "drifter", "beggar", "vagrant", "racketeer",
            "craftsman", "artisan", "translator", "interpreter", "herder", "herdsman", "shepherd",
            "nomad", "watchman", "night watchman", "cleaner", "cleaners", "janitor", "caretaker", "coal heaver",
            "domestic servant", "dock worker", "dockworker", "longshoreman", "stevedore", "rice field", "rice fields",
            "paddy field", "paddy fields", "laobaixing", "gongren", "laundress", "typist",
            "singer", "dancer", "entertainer", "pianist", "trumpeter", "violinist", "guitarist", "drummer", "saxophonist", "bandsman", "band member", "bartender", "barmaid", "stall keeper", "stallholder",
            "dishwasher", "pedicab driver", "odd-job man", "handyman",
            # the stage and the street: "a japanese comedian", "a storyteller in the teahouses"
            "comedian", "stand-up comedian", "storyteller", "magician", "conjurer", "acrobat", "clown",
            "performer", "street performer", "circus performer", "busker", "puppeteer", "opera singer",
            # women's, elders' and children's work: "a farm woman", "wet nurse", "babysitter", "rag picker"
            "farm woman", "farm wife", "farmwife", "farm girl", "farm boy", "wet nurse", "nursemaid", "babysitter",
            "ragpicker", "rag picker", "scavenger", "street sweeper", "herb gatherer", "herb seller", "bootblack",
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
    "technical personnel", "technical staff", "technical expert", "technical specialist", "technical worker", "technical cadre",
    "prisoner of war", "prisoners of war", "pow", "p.o.w.", "p.o.w", "pows", "war prisoner", "ordinary national", "ordinary person",
    "ordinary citizen", "ordinary civilian", "ordinary resident", "regular person", "normal person", "average person", "common person", "ordinary people", "civilian",
]
# Occupations stated as what a person does ("runs a noodle stall", "sells socks at the market").
GROUP_PHRASES = {
    "ordinary_national": [
        r"(?:cleans?|cleaned|cleaning|scrubs?|scrubbing|sweeps?|sweeping)\s+(?:the\s+)?(?:[\w'-]+\s+)?(?:rooms|houses|offices|floors|toilets|streets|stairs|kitchens|dishes)",
        r"(?:mends?|mended|mending|patches|patched|darns?|darned)\s+(?:[\w'-]+\s+)?(?:shoes|boots|clothes|nets|umbrellas|pots|sandals)",
        r"(?:does|doing|did)\s+(?:the\s+)?(?:laundry|washing|cleaning|sewing|mending)\s+for\s+(?:people|others|families|neighbou?rs|money)",
        # "smuggles cigarettes", "works as a coal carrier", "doesn't work, she stays home", "farms with him", "trades horses"
        r"(?:smuggles|smuggling|trades|trading|deals\s+in)\s+(?:[\w'-]+\s+)?(?:cigarettes|opium|goods|horses|cattle|rice|salt|silk|furs|ginseng)"
        r"|(?:coal|water|night[- ]soil)\s+carrier|(?:doesn't|does\s+not|don't)\s+work,?\s+(?:(?:she|he)\s+)?(?:just\s+|only\s+)?stays\s+(?:at\s+)?home"
        r"|\bbeggar\b|(?:farms|farming)\s+(?:with|alongside)\s+(?:him|her|them|his|her)\b|shines\s+shoes|washing\s+clothes\s+for"
        r"|(?:gives|giving|teaches)\s+(?:piano|music|english|violin)\s+lessons|(?:works?|working)\s+on\s+(?:a\s+)?farm",
        r"(?:runs?|running|ran|owns?|owning|owned|has|had|used\s+to\s+have|keeps?|kept|opened|manages?|managing|operates?|started)\s+(?:a|an|the|his|her|their|this|one)\s+(?:[\w'-]+\s+){0,3}?(?:school|shop|stall|stand|store|restaurant|business|laundry|bakery|inn|teahouse|tea house|cafe|bar|noodle house|market stall|cart|farm|workshop|kiosk|boarding house|grocery|pharmacy store|barbershop|gambling den|gambling house|opium den|casino|brothel|pawnshop|pawn shop|dance hall|pool hall|billiard hall|bathhouse|tavern|pub|hotel|guesthouse|guest house|hostel|salon|parlou?r|bookshop|bookstore|canteen|eatery|cinema)s?",
        # what is gathered to sell, a trade told as "doing": "gathers herbs on the hill and sells them",
        # "collects scrap to sell", "doing vegetable vending", "a shoe-shiner"
        r"(?:gathers?|gathering|collects?|collecting|picks?|picking|forages?|foraging|digs?|digging)\s+(?:wild\s+|medicinal\s+)?(?:herbs"
        r"|mushrooms|firewood|kindling|roots|ginseng|berries|scrap(?:\s+metal)?|rags|bottles|waste\s+paper|coal)\b[^.;!?]{0,40}?"
        r"(?:\bsells?\b|\bselling\b|to\s+sell\b|for\s+a\s+living|for\s+money)"
        r"|(?:does|doing|did|do)\s+(?:a\s+|small\s+|some\s+|a\s+small\s+)?business\s+(?:of|in)\s+[a-z]+|(?:does|doing|did|do)\s+(?:some\s+)?(?:[\w'-]+\s+)?(?:vending|hawking|peddling|street\s+selling|petty\s+trad(?:e|ing)|tailoring"
        r"|dressmaking|coolie\s+work|manual\s+work|domestic\s+work|farm\s+work|field\s+work)\b|shoe[- ]?shin(?:er|ers)\b|shoeshine\s+(?:boy|girl|kid|man)",
        r"(?:sells?|selling|sold|peddles?|peddling|hawks?|hawking)\s+(?:[\w'-]+\s+){1,3}?(?:at|in|on|from|outside|near|by)\s+(?:a|an|the|his|her|their)?\s*(?:[\w'-]+\s+)?(?:market|markets|street|streets|station|stall|stand|corner|shop|square|night market|harbou?r|port|docks?)",
        r"(?:works?|working|worked|job)\s+(?:at|in|on|for)\s+(?:a|an|the|some)\s+(?:[\w'-]+\s+){0,2}?(?:factory|mill|farm|shop|store|market|docks?|restaurant|bakery|laundry|mine|port|warehouse|brewery|kitchen|canteen|hotel|inn|tannery|brickworks|construction site|rice paddy|paddy|tea ?house|club|nightclub|bar|noodle house|bathhouse|brothel)",
        r"(?:helps?|helping|helped)\s+(?:out\s+)?(?:at|in|on)\s+(?:a|an|the|his|her|their)\s+(?:[\w'-]+\s+){0,2}?(?:farm|shop|store|stall|restaurant|bakery|laundry|market|fields|inn|teahouse|tea house)",
        # ... and at school now, in a note's list: "Aoki, 17, goes to school in Dairen", "vietnamese and studies at a university"
        r"(?:waits?|waiting|waited)\s+(?:on\s+)?tables|(?:stays?|staying)\s+(?:at\s+)?home\s+(?:with|to look after|looking after)\s+(?:the|his|her|their|\d+|two|three|four|five|six)\s+(?:kids|children|baby|family)|(?:keeps?|keeping)\s+house\b|(?:(?<=, )|(?<=\band )|(?<=\bhe )|(?<=\bshe ))(?:goes\s+to\s+(?:a\s+|the\s+)?(?:middle\s+|high\s+|primary\s+|night\s+)?(?:school|university|college)\b|(?:studies|is\s+enrolled)\s+at\s+(?:a|an|the)\s+(?:[\w'-]+\s+){0,2}?(?:university|college|school|academy|institute)\b|attends\s+(?:a\s+|the\s+)?(?:[\w'-]+\s+)?(?:school|university|college)\b)",
        r"(?:works?|working|worked|labou?rs?|labou?ring|toils?|toiling)\s+in\s+(?:the\s+|his\s+|her\s+|their\s+)?(?:rice\s+|paddy\s+)?(?:fields|paddies)|"
        # an old person of no trade named by nationality: "korean grandma living in beijing", "a japanese old man"
        r"(?<!his )(?<!her )(?<!their )(?<!my )(?<!whose )(?:korean|japanese)\s+(?:grandma|granny|grandpa|granddad|grandad|old\s+(?:man|woman|lady)|elderly\s+(?:man|woman|lady))\b|"
        r"(?:works?|working|worked)\s+(?:the|on the)\s+(?:land|fields|docks)|(?:farms?|farmed|farming|grows?|grew|growing)\s+(?:rice|wheat|corn|maize|vegetables|millet|soybeans?|cabbages?|potatoes|the land)",
        r"(?:hauls?|hauling|hauled|carries|carrying|loads?|loading|unloads?|unloading|shovels?|shovelling|heaves?)\s+(?:coal|bricks|cargo|sacks|goods|freight|crates|rice|timber|logs"
        r"|ships|boats|barges|lorries|trucks|wagons|freight\s+cars|trains)\b",
        # entertainers told by what they do: "sings in a nightclub", "plays piano in a hotel bar"
        r"(?:sings?|singing|sang|dances?|dancing|danced|performs?|performing|(?:plays?|playing)\s+(?:the\s+)?(?:piano|violin|guitar|drums|saxophone|trumpet))"
        r"\s+(?:at|in)\s+(?:a|an|the)\s+(?:[\w'-]+\s+)?(?:nightclub|club|bar|cabaret|dance\s+hall|ballroom|teahouse|tea\s+house|hotel|restaurant|cafe|theatre|theater)|(?:trumpet|piano|violin|guitar|drum|saxophone|sax|bass|cello|flute|clarinet|trombone|accordion|erhu|banjo|fiddle|cornet)\s+player\b|(?:plays?|playing|played)\s+(?:[\w'-]+\s+){0,2}?(?:in|with|for)\s+(?:a|an|the)\s+(?:[\w'-]+\s+)?(?:band|orchestra|ensemble)\b",
        r"(?:takes?|taking|took)\s+in\s+(?:washing|laundry|sewing|mending|lodgers|boarders)",
        r"(?:is|was|works?\s+as|worked\s+as|became)\s+(?:an?\s+)?(?:petty\s+|small-?time\s+|common\s+)?(?:thief|pickpocket|burglar|smuggler|con\s?man|swindler|bandit|robber|gangster|black\s+marketeer)\b",
        r"(?:teaches|teaching|taught)\s+(?:at|in)\s+(?:a|an|the)\s+(?:[\w'-]+\s+){0,2}?(?:school|college|academy)"  # and a pupil's days: "she goes to school in beijing" (not his kids')
        r"|(?:(?<=\bhe )|(?<=\bshe ))(?:still\s+|now\s+|just\s+)?(?:goes|attends|is\s+attending)\s+(?:to\s+)?(?:a\s+|the\s+)?(?:[\w'-]+\s+){0,2}?(?:school|college|university|academy)\b|(?:(?<=\bhe )|(?<=\bshe ))is\s+(?:still\s+)?in\s+(?:primary|middle|high|junior\s+high|secondary|elementary|grade)\s+school\b",
        # "teaches kindergarten", "builds bicycles in a factory"
        r"(?:teaches|teaching|taught)\s+(?:kindergarten|nursery|primary|first\s+grade|little\s+kids|school)"
        r"|(?:builds?|building|makes?|making)\s+(?:[\w'-]+\s+)?(?:bicycles|bikes|furniture|shoes|baskets|carts|toys|barrels)"
        r"\s+(?:at|in|for)\s+(?:a|an|the)\s+(?:[\w'-]+\s+)?(?:factory|workshop|shop|mill)",
        r"(?:drives?|driving|drove|pulls?|pulling|pulled|pedals?|pedalled|pedaled|pedalling|pedaling)\s+(?:a|an|the)\s+(?:[\w'-]+\s+)?(?:cart|rickshaw|ricksha|pedicab|trishaw|taxi|truck|bus|carriage|wagon)",
        # work told by its task: "sews buttons at a factory", "does odd jobs at the wharf", "teaches piano"
        r"(?:sews?|sewing|stitch\w*|packs?|packing|assembles?|assembling)\s+(?:[\w'-]+\s+){0,2}?(?:at|in)\s+(?:a|an|the)\s+(?:[\w'-]+\s+)?(?:factory|workshop|mill|plant)"
        r"|(?:does|doing|did|do)\s+odd\s+jobs|(?:teach|teaches|teaching|taught)\s+(?:piano|music|english|sewing|dance|dancing|singing|calligraphy|children|kids|maths?|mathematics|arithmetic|history|geography|science|literature|reading|writing|art|drawing|japanese|korean|chinese|russian|mandarin|(?:primary|middle|high)\s+school)",
        r"(?:bakes?|baking|cooks?|cooking|sews?|sewing|cleans?|cleaning|washes|fishes|fishing|mends?|mending|weaves?|weaving|carves?|carving|carries|carrying|sells?\s+\w+)\s+(?:[\w'-]+\s+){0,5}?for\s+a\s+living",
        r"(?:bakes?|baking|baked|cooks?|cooking|cooked|makes?|making|brews?|brewing|fries|frying|steams?|steaming|roasts?|roasting)\s+(?:[\w'-]+\s+){0,2}?(?:for|at|in)\s+(?:a|an|the|some)\s+(?:[\w'-]+\s+)?(?:bakery|bakeries|restaurants?|canteen|noodle\s+(?:house|shop)|teahouse|tea\s+house|hotel|inn|cafe|brewery|distillery|diner|eatery|food\s+stall|shop|market)\b",  # "bakes bread for a bakery", "cooks noodles in a restaurant"
        r"(?:mending|repairing|mends|repairs)\s+(?:shoes|boots|clothes|nets|umbrellas|bicycles)",
        r"(?:mill|farm|factory|dock|ranch|deck)\s+hand|(?:job|occupation|work)\s*:\s*(?:none|nothing|no job|unemployed|jobless)\b",
        # an ordinary person, where no trade is named: "ordinary guy, runs a small church"
        r"(?:ordinary|regular|normal|average)\s+(?:guy|man|woman|bloke|fellow|joe|chap|lady)\b",
        # no job now: "lost his job when the factory closed", "she was laid off" (not "his father lost his job")
        r"(?:(?:^|(?<=[,.;:]\s))|(?:he|she)\s+(?:just\s+|recently\s+)?)(?:(?:has|had)\s+)?(?:lost\s+(?:his|her)\s+(?:job|work)(?!\s+as\b)|(?:was|got|been)\s+(?:laid\s+off|sacked|fired))",
        r"(?:behind|pushing|pushes|follows?|following)\s+a\s+plough|(?:ploughs?|ploughing|plows?|plowing)\s+(?:the\s+|his\s+|her\s+|a\s+)?(?:fields?|land)",
        # "sweeps streets", "sells fish in qingdao", "a woman farming outside dalian"
        r"(?:sweeps?|sweeping)\s+(?:the\s+)?streets|(?:sells?|selling|peddles?|peddling|hawks?|hawking)\s+(?!(?:him|her|them|it|out|his|their|off|up)\b)[a-z]{3,}",
        r"(?:farming|fishing|labou?ring|working\s+the\s+land)\s+(?:outside|near|in|around|on|at|by)\b|(?:farms|farmed|fishes|fished)\s+(?:there|here)\b",
        # "engaged in agriculture", "sweeps the floors"
        r"(?:engaged|employed|working|works)\s+in\s+(?:agriculture|farming|trade|commerce|petty trade|fishing|manual labou?r)"
        r"|(?:sweeps?|sweeping|mops?|mopping|scrubs?|scrubbing)\s+(?:the\s+)?(?:floors?|yards?|courtyards?|corridors|halls?)",
        # land worked by its size: "farms a small plot", "tends a vegetable patch", "farms near tonghua"
        r"(?:farms?|farmed|farming|works?|worked|working|tends?|tended|tending|tills?|tilled|tilling|cultivates?|cultivated|cultivating"
        r"|ploughs?|plows?)\s+(?:a|an|the|his|her|their|some|a\s+few)\s+(?:[\w'-]+\s+){0,2}?(?:plot|plots|patch|allotment|smallholding"
        r"|piece\s+of\s+land|acres?|paddy|paddies|vegetable\s+garden|field)\b|farms\s+(?:outside|near|around|by|for\s+a\s+living)\b",
        # the stage: "does shows in shanghai bars", "sings in teahouses", "performs at the night market"
        r"(?:performs?|performing|performed|(?:does|doing|did|puts?\s+on|putting\s+on)\s+(?:comedy\s+|magic\s+|puppet\s+)?(?:shows|acts"
        r"|stand-?up|routines|gigs)|sings?|singing|sang|dances?|dancing|plays?\s+(?:music|the\s+[\w-]+|in\s+a\s+band))\s+"
        r"(?:[\w'-]+\s+){0,2}?(?:in|at|on)\s+(?:the\s+|a\s+|some\s+)?(?:[\w'-]+\s+)?(?:bars|clubs|nightclubs|cabarets|theat(?:er|re)s?"
        r"|teahouses|tea\s+houses|restaurants|night\s+markets?|streets?|squares|variety\s+halls|dance\s+halls)\b",
    ] + GROUP_PHRASES_MORE["ordinary_national"],
    "prisoner_of_war": [
        # "the chinese army take him prisoner" (in any tense)
        r"(?:take|takes|took|taken|taking)\s+(?:him|her|them)\s+(?:as\s+)?(?:a\s+)?(?:prisoner|captive)",
        # "prisoner in China since 1945", "a prisoner of the communists"
        r"prisoners?\s+(?:in|of)\s+(?:china|the\s+chinese|the\s+communists|the\s+pla)\b|captured\s+while\s+fighting",
        # "the PLA captured him outside Changchun"
        r"(?:pla|communists|red army|eighth route army|8th route army|nationalists|kmt|americans|soviets|russians|"
        r"chinese|army|troops|soldiers|volunteers|guerr?illas|partisans|reds)\s+(?:captured|caught|took|seized|grabbed|nabbed|interned)\s+(?:him|her|them)\b",
    ],
    "technical_personnel": [
        r"(?:designs?|designed|designing)\s+(?:the\s+|new\s+)?(?:[\w'-]+\s+)?(?:furnaces?|furnace linings|bridges|machines|machinery|engines|boilers|turbines|circuits|dams)",
        r"(?:does|doing|did|carries out|carrying out|conducts?|conducting)\s+(?:the\s+)?(?:[\w-]+\s+)?(?:surveys|survey work|surveying)",
        r"designs?\s+(?:the\s+)?(?:bridges|machines|engines|buildings|dams|ships|railways|factories|wiring|circuits|machinery|power\s+stations?)",
        r"(?:fix(?:es|ing)?|repairs?|repairing|maintains?|maintaining|services?|servicing)\s+(?:the\s+)?(?:[\w'-]+\s+)?(?:trucks|engines|cars|machines|machinery|radios?|locomotives|generators|turbines|motors|equipment)",
        # "keeps the blast furnace running": the machine is in their charge
        r"(?:keeps?|keeping|kept)\s+(?:the\s+)?(?:[\w'-]+\s+){0,2}?(?:furnaces?|turbines?|engines?|generators?|cranes|machines?|machinery|boilers?|pumps?|dynamos?|transmitters?)\s+(?:running|going|working|on\s+the\s+air)",
    ] + GROUP_PHRASES_MORE["technical_personnel"],
}
# Soldiers count as prisoners of war only when held ("former soldier held since the war").
POW_SOLDIER = [
    r"soldiers?\b(?:[\s,]+[\w']+){0,6}?[\s,]+(?:held|detained|interned|imprisoned|captured|kept|in custody|in a camp|in camp|in captivity|since the war|caught\s+(?:in\s+)?(?:19\d\d|by))",
    r"(?:captured|detained|interned|imprisoned|held)\s+(?:[\w']+\s+){0,2}soldiers?",
]
# Spans where an occupation word is not the person's job.
GROUP_BLANK = [
    r"(?:friend|classmate|partner|roommate|buddy|mate)(?:'s|s')\s+(?:[\w-]+\s+)?(?:character|person|one|guy|girl)\s+(?:is|was)\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}?[\w-]+(?=\s*[.,;!?])",
    # a group of students is no student's job now: "a leftist student group at university"
    r"students?'?\s+(?:group|union|league|movement|circle|society|club|association|protests?|activists?|days|years)",
    r"(?:see|saw|seen|seeing|visit|visits|visited|visiting|need|needs|needed|call|called|went to|go to|goes to|going to|to the|by a|by the|from a|from the|become|becomes|becoming|his|her|their|my|your|our)\s+(?:(?:a|an|the|own)\s+)?(?:doctor|doctors|nurse|nurses|physician|surgeon|dentist|teacher|teachers|lawyer|lawyers|boss|employer|mechanic|pharmacist|expert|experts|specialist|specialists|interpreter|interpreters|translator|translators)",
    r"(?:not|no|never)\s+(?:an?\s+)?(?:expert|specialist)\s+(?:on|in|at)\b",  # and a veteran is no vet: "a war vet", "a vet of the pacific war"
    r"(?:war|army|navy|naval|military|combat|marine|air\s+force|kwantung\s+army)\s+vets?\b|vets?\s+(?:of|from)\s+the\s+(?:[\w'-]+\s+){0,2}?(?:wars?|army|campaign|front)\b|vets?\b(?=[^.;!?]{0,40}?\b(?:captured|pows?|prisoners?|interned|surrendered|demobili[sz]ed)\b)",
    _APPOSITION,
    # a relative told by where they are: "his mum back in korea is a widow", "her father in osaka was a doctor"
    r"(?<=\bhis |\bher )(?:wife|husband|mother|father|mum|mom|dad|son|daughter|brother|sister|parents|grandfather|grandmother|grandma"
    r"|grandpa|uncle|aunt|cousin)\s+(?:back\s+)?(?:home|there|in\s+[a-z][\w'-]+|back\s+home)\s+(?:is|are|was|were)\s+(?:an?\s+|very\s+|so\s+)?[\w'-]+",
    r"(?:family|wife|husband|mother|father|mum|mom|dad|son|daughter|brother|sister|parents|children|grandfather|grandmother|grandparents|uncle|aunt|cousin|friend|neighbou?r|boss)(?:\s+[a-z][\w'-]+){0,4}\s+(?:is|are|was|were)\s+(?:an?\s+)?(?:" + _NAT + r"\s+)?"
    # ... with its second predicate: "her brother was a soldier and is a prisoner somewhere"
    r"(?:(?:[\w']+\s+)?[\w']+\s+and\s+(?:is|are|was|were)\s+(?:now\s+|also\s+)?(?:an?\s+)?[\w']+|(?:[\w']+\s+)?[\w']+)",
    # a job that is over: "until 1947 he worked as an engineer", "was a technician at the mines till 1948",
    # "was a nurse back in the manchukuo days", "was a pow, released in 1949"
    r"(?:until|till|before)\s+(?:19\d\d|the war|liberation)\s*,?\s+(?:he|she|they)\s+(?:was|were|worked as)\s+(?:an?\s+)?(?:[\w'-]+\s+){0,1}?[\w'-]+",
    r"(?:was|were)\s+(?:an?\s+)?(?:[\w'-]+\s+){0,1}?[\w'-]+(?=\s+(?:(?:at|in)\s+(?:the\s+)?[\w'-]+(?:\s+[\w'-]+)?\s+)?"
    r"(?:till|until|back in|in the [\w'-]+ days|before 19\d\d)\b)",
    r"(?:was|were)\s+(?:an?\s+)?(?:pow|prisoner of war)(?=,?\s+(?:but\s+)?(?:was\s+|got\s+)?released\b)",
    # "used to be a POW, released last year", "he was a POW back in 1946 but they released him", "ex-POW, now a cook"
    r"(?:used\s+to\s+be|was|were)\s+(?:an?\s+)?(?:pow|prisoner of war)(?=[^.;!?]{0,40}?\b(?:released|freed|let\s+(?:him\s+|her\s+|them\s+)?go|got\s+out)\b)",
    r"(?:former|ex-?)\s?(?:pow|prisoner of war)(?=[^.;!?]{0,30}?\b(?:released|freed|now\s+(?:a|an|he|she|works?|working)\b))",
    # a job in the forces before capture: "a former navy mechanic captured in 1946", "ex-army cook"
    r"(?:former|ex-?)\s?(?:army|navy|naval|military|air\s+force|imperial\s+army|kwantung\s+army)\s+(?!pow|prisoner|soldier|captive)[\w'-]+",
    # "a farmer accused him", "the doctor took her to court": someone else acting on the person
    r"(?:an?|the)\s+(?:[\w'-]+\s+)?[\w'-]+\s+(?:accused|accuses|sued|sues|is\s+suing|took|takes|reported|reports|hit|attacked|hired|employs|fired)\s+(?:him|her)\b",
    # "the welder's cousin": the occupation is the other person's
    r"the\s+(?:[\w-]+\s+)?[\w-]+'s\s+" + _OTHERS,
    # a relative of the other sex, then their job: "her husband is the problem: he is a dockworker"
    r"her\s+(?:(?:older|younger|elder|little|big|new|old)\s+)?(?:husband|father|dad|brother|son|boyfriend|fianc[eé])\b[^.;!?]{0,40}?[.:;]\s*he"
    r"\s+(?:is|was|works\s+as|worked\s+as)\s+(?:an?\s+)?(?:[\w'-]+\s+)?[\w'-]+",
    r"his\s+(?:(?:older|younger|elder|little|big|new|old)\s+)?(?:wife|mother|mom|mum|sister|daughter|girlfriend|fianc[eé]e)\b[^.;!?]{0,40}?[.:;]\s*she"
    r"\s+(?:is|was|works\s+as|worked\s+as)\s+(?:an?\s+)?(?:[\w'-]+\s+)?[\w'-]+",
] + GROUP_BLANK_MORE
