"""Message rewrites for words the case lexicons do not hold: a note's shorthand ("kor engineer",
"no rev past", "ct case") and the romanised Korean, Japanese and Chinese words students mix into
English ("gajok is fine", "no don (money)", "fayuan case"), written out in plain English.

Spliced into text.INPUT_REWRITES (message only: the word lists' patterns never go through these),
in order; a gloss that repeats its word ("family (family)") is dropped by a later rewrite there.
"""

from __future__ import annotations

_PEOPLE = r"(?:soldier|man|woman|guy|girl|prisoner|person|worker|engineer|doctor|nurse|farmer|pow)s?\b"
SHORTHAND = [
    # Scots and pidgin: "wants tae go hame", "he's no got a word o Chinese", "he no wan go back"
    (r"(?<!-)\btae\b(?!-)", "to"), (r"\bhame\b", "home"), (r"\b(?:is|'s) no (got|wanting)\b", r" is not \1"),
    (r"\bno wan(?:t|na)? go\b", "does not want to go"), (r"\ba word o\b", "a word of"),
    (r"\bnae\b", "no"), (r"\bcannae\b", "cannot"), (r"\bdinnae\b", "does not"), (r"\bwi the\b", "with the"),
    (r"\bpolis\b", "police"), (r"\b(?:his|her|their) ma and da\b", "his parents"), (r"\bare no well\b", "are not well"),
    (r"\bhoose\b", "house"), (r"\baw\b", "all"),
    # Jamaican patois: "him cyaan mek a living no more", "him waan go home", "nuh court case"
    (r"(?:^|(?<=[.,;!] )|(?<=\band )|(?<=\bbut ))him (?=cyaan|cyan|waan|nuh|deh|a\b|is\b)", "he "), (r"\bcyaan\b|\bcyan\b", "can't"),
    (r"\bmek\b", "make"), (r"\bwaan\b", "wants to"), (r"\bhe nuh\b", "he doesn't"), (r"\bnuh\b", "no"),
    (r"\bting\b", "thing"), (r"\bno more\b", "anymore"), (r"\binna\b", "in"), (r"\bmash up\b", "broke"),
    # Nigerian English: "no wahala with the police"
    (r"\bwahala\b", "trouble"), (r"\babeg\b", "please"), (r"\blass\b", "woman"), (r"\bmine's an?\b", "my person is a"),
    # ... and its verbs: "the work no dey pay well", "e no fit pay rent", "he wan go back"
    (r"\bno dey\b", "does not"), (r"\bno fit\b", "cannot"), (r"\bwan (?=go\b|return\b|comot\b)", "wants to "), (r"\bcomot\b", "leave"),
    (r"(?:^|(?<=[.,;!] ))e (?=cannot|does not|dey|wan|wants|fit|get|no)\b", "he "),
    # chat-speak "n" for "and": "broke n sick", "mum n dad"
    (r"(?<=[a-z]) n (?=[a-z])", " and "),
    # "cause" for "because" before a reason's subject: "doesn't want to go back cause he thinks ..."
    (r"(?<!\bthe )(?<!\ba )(?<!\bno )(?<!\bgood )(?<!\bthat )(?<!\bthis )(?<!\bhis )(?<!\bher )(?<!\btheir )(?<!\bour )"
     r"\bcause (?=(?:he|she|they|it|there|his|her|their|of|the|i|we|you|japan|korea|china|nobody|no one|everyone)\b)",
     "because "),
    # a country for its people: "japan soldier", "korea woman"
    (r"\bjapan\s+(?=" + _PEOPLE + r")", "japanese "), (r"\bkorea\s+(?=" + _PEOPLE + r")", "korean "),
    # "the man is Korea nationality", "has japan nationality"
    (r"\b(?:is|has|of)\s+korea\s+(?=nationality\b|citizen(?:ship)?\b)", "is korean "),
    (r"\b(?:is|has|of)\s+japan\s+(?=nationality\b|citizen(?:ship)?\b)", "is japanese "),
    # figures and signs for words: "0 interest", "no $ probs", "ct case", "rev work"
    (r"\b0 (interest|problems?|money|cases?|trouble|issues?|desire|plans?|wish)\b", r"no \1"),
    (r"(?:(?<=\s)|^)\$(?=\s|$)", "money"),
    (r"(?:(?<=\s)|^)\$\$+(?=[\s-]|$)", "money"),
    # shorthand: "wants repat", "nat'l: unknown", "no lang probs", "no rev past"
    (r"\brepat\b", "repatriation"),
    (r"\bnat'?l\b", "nationality"),
    (r"\blang probs\b", "language problems"),
    (r"\bct (case|cases)\b", r"court \1"),
    (r"\brev(?:\.|olutionary)? (work|past|history|background|activit(?:y|ies)|stuff|record)\b", r"revolutionary \1"),
    # chat fillers say nothing: "doesn't want to go back tbh", "broke lol wants to go home" (a run-on's break)
    (r"(?:^|(?<=[.,;:!?]))\s*(?:tbh|ngl|lol+|lmao|lmfao|smh|haha+|imo|imho|istg|bruh)\b\s*,?", " "),
    (r"\s+(?:tbh|ngl|lol+|lmao|lmfao|smh|haha+|imo|imho|istg|bruh)\b(?=\s*(?:$|[.,;:!?]))", ""),
    (r"\s+(?:tbh|ngl|lol+|lmao|lmfao|smh|haha+|imo|imho|istg|bruh)\s+(?=[a-z])", ", "),
    (r"\b(get|got|understand|follow|beat|hit|send|sent|pay|paid|help|miss|misses) 'em\b"
     r"|\b(get|understand|follow|beat) em\b", r"\1\2 them"),
    # "hasn't asked to leave or anything": a trailing vagueness adds nothing
    (r",?\s+or\s+(?:anything|something|whatever)(?:\s+like\s+that)?\b", ""),
    # second-language English without "to" or "is": "he want go back Vietnam", "she poor"
    (r"\b(want|wants|wanted) (?=go\b|return\b|come\b|leave\b)", r"\1 to "),
    (r"\b(he|she) (?=(?:very |so |too |really )?(?:poor|broke)(?:\s*(?:$|[.,;!?])|\s+(?:and|but|now|too)\b))", r"\1 is "),
    (r"\b(go|goes|going|went|return|returns|returning|come|comes|move|moves) (back )?(?=(?:korea|japan|vietnam|russia"
     r"|mongolia|taiwan|the philippines|thailand|india|germany|america)\b)", r"\1 \2to "),
    (r"\b(?:rly|rlly|realy)\b", "really"), (r"\bnothin\b'?", "nothing"), (r"\bsumthin\b'?", "something"),
    # a double negative is one: "ain't got no money", "don't have no job" ("ain't broke" is "isn't broke")
    (r"\b(?:ain't|don't|doesn't) (?:got|have) no\b", "has no"), (r"\bdidn't have no\b", "had no"),
    (r"\b(?:ain't|don't|doesn't) (?:got|have) (?=jobless\b)", "is "),  # "no job" is "jobless" by now
    (r"\bain't (?=got\b|been\b)", "hasn't "), (r"\bain't\b", "isn't"),
    # a kin word's "'s" typed without its apostrophe: "his wifes been sick", "her dads ill"
    (r"\b(wife|husband|mom|mum|dad|mother|father|son|daughter|brother|sister|family|fam|kid|grandma|grandpa)s been\b",
     r"\1 has been"),
    (r"\b(wife|husband|mom|mum|dad|mother|father|family|fam|grandma|grandpa)s "
     r"(?=(?:really |very |so |super )?(?:sick|ill|dead|broke|starving|struggling|alone|dying|poor|fine|ok|okay"
     r"|doing|not|still|always)\b)", r"\1 is "),
    # typed fast: "makes like nothing" (filler "like" before an amount); "no fights no court" (a list with no commas)
    (r"\b(makes?|making|made|earns?|earning|earned|gets?|getting|got|brings? in) like (?=(?:nothing|zero|nada|zilch"
     r"|next to nothing|no money|pennies|peanuts)\b)", r"\1 "),
    (r"(?<![\w'])(no (?!one\b|longer\b|more\b|matter\b|doubt\b|idea\b)[a-z]+(?: (?:case|cases|stuff|record|problems?"
     r"|issues?|trouble))?) (?=no (?!one\b|longer\b|more\b|matter\b)[a-z])", r"\1, "),
    # a run-on's new clause after "nothing" or "no ...": "makes nothing can't even pay rent", "has no money wants to go
    # home" (the negation is the object's, not the next verb's)
    (r"\b(makes?|making|made|earns?|earning|earned|gets?|got|has|have|had|with) ((?:[a-z]+ ){0,2}?(?:nothing|zero|nada"
     r"|zilch)(?: left| at all)?|no (?:[a-z]+ )?[a-z]+) (?=(?:can't|cannot|couldn't|doesn't|didn't|won't|barely|hardly"
     r"|asked|asks|keeps|begs?|begged|would)\b|(?:wants?|wanted|needs?|hopes?) to\b)", r"\1 \2, "),
    # "get" for "understand": "the classes are in chinese which he doesn't get", "can't get a word of the lessons"
    (r"\b(which|that|what) (he|she|they) (doesn't|does not|don't|can't|cannot|didn't|never|barely|hardly|can barely"
     r"|can hardly) (?:really |even )?get\b(?! (?:paid|along|by|home|back|out|enough|money|food|work|any money))",
     r"\1 \2 \3 understand"),
    (r"\b(doesn't|does not|don't|do not|can't|cannot|didn't|did not|never|barely|hardly) (?:really |even )?get "
     r"(?=(?:a (?:single )?word|one word|any of it|a thing (?:of|in|they)|(?:it|them|'?em) at all"
     r"|what (?:they|the|his|her)"
     r"|(?:nothing|anything|a thing) (?:in|at|from|of) (?:the )?(?:lessons?|classes|class|lectures?|sessions?)"
     r"|(?:the|his|her|their) (?:political )?(?:lessons?|classes|class|lectures?|study|sessions?|language|instructors?"
     r"|teachers?)|chinese|mandarin)\b)", r"\1 understand "),
    # a nationality said to be a mess is unclear: "his nationality is a total mess", "her citizenship is confusing"
    (r"\b(nationality|citizenship)(?: situation| thing| status)? (?:is|'s) (?:kind of |kinda |such |honestly |just )?"
     r"(?:a |an )?(?:total |complete |real |huge |big |bit of a |whole |absolute )?(?:mess|muddle|confusing|complicated"
     r"|mystery|question mark|toss-?up|gr[ae]y area|unclear af)\b", r"\1 is unclear"),
    # a trade told by its animals: "herds sheep near hailar", "raises pigs" (not a relative's: "his dad herds goats")
    (r"(?<!family )(?<!parents )(?<!father )(?<!dad )(?<!mother )(?<!mom )(?<!mum )(?<!brother )(?<!sister )"
     r"(?<!wife )(?<!husband )(?<!uncle )\b(?:herds|herding|herded|tends|tending|grazes|grazing|minds|minding)"
     r" (?:the |his |her |their |a few |some )?(?:sheep|goats|cattle|cows|horses|yaks|camels|reindeer)\b",
     "works as a herder"),
    (r"(?<!family )(?<!parents )(?<!father )(?<!dad )(?<!mother )(?<!mom )(?<!mum )(?<!brother )(?<!sister )"
     r"(?<!wife )(?<!husband )(?<!uncle )\b(?:raises|raising|breeds|breeding|keeps|keeping) (?:the |a few |some )?"
     r"(?:pigs|hogs|chickens|ducks|cattle|cows|sheep|goats|horses|yaks|silkworms)\b", "works as a livestock farmer"),
    # a word in scare quotes is the word: 'go "home"', 'go "back" to korea'
    (r"[\"\u201c\u201d](home|back|poor|broke|trouble|technical|ordinary|normal)[\"\u201c\u201d]", r"\1"),
    # a word of another language glossed in English is the gloss: "processo (court case)", "juicio (trial)"
    (r"\b[^\W\d_]+\s+\((court\s+case|court|trial|lawsuit|case|police|fight|money|family|home)\)", r"\1"),
    # a note's three-letter nationalities: "kor engineer", "mixed kor/jpn kid"
    (r"(?<![\w'-])kor(?![\w'-])", "korean"),
    (r"(?<![\w'-])jpn(?![\w'-])", "japanese"),
    # a wish told by what it is: "what he really wants is to go home" -> "he really wants to go home"
    (r"\bwhat (he|she|they) ((?:really |truly |most |honestly )?(?:wants?|wanted|wishes|hopes|would like)) "
     r"(?:more than anything |most of all )?(?:is|was) to\b", r"\1 \2 to"),
    # an aside between commas that only says where the news comes from: "his family is, by all accounts, fine"
    (r",\s*(?:by|from)\s+all\s+accounts\s*,|,\s*to\s+all\s+appearances\s*,|,\s*according\s+to\s+(?:his|her|their)\s+letters?\s*,", ""),
]

ROMANISED = [
    # romanised korean, chinese and japanese words for the case's things, said in english:
    # "wants to huiguo", "gajok is fine", "ton eopseo", "did geming work", "speaks zhongwen"
    (r"\b(?:huiguo|hui guo|kikoku|kaeru|kaeritai|gwihwan|gwiguk)\b", "go home"),
    (r"\b(?:(?:his|her|their|the) )?(?:gohyang|furusato|laojia|lao jia)\b", "the hometown"),
    (r"\b(?:gajok|kazoku|jiaren|jia ren)\b", "family"),
    (r"\b(?:eomma|omma|eomeoni|okaasan|muqin)\b", "mother"),
    (r"\b(?:appa|abeoji|otousan|fuqin)\b", "father"),
    (r"\bgeming\b", "revolutionary"),
    (r"\b(?:zhongwen|putonghua|hanyu|chugokugo|junggugeo)\b", "chinese"),
    (r"\b(?:fulu|horyo|poro)\b", "pow"),
    (r"\b(?:ton|don) (?:eopseo|eobseo|opso|upso|eopseoyo)\b|\b(?:mei ?you ?qian|mei ?qian|kane ga nai)\b", "no money"),
    # "she have no don (money)": "don" after a quantity is money, never "don't"
    (r"\b(no|much|little|enough|any|some) don\b(?!')", r"\1 money"),
    (r"\b(?:binbou|binbo|hen qiong|gananhae|gananhan)\b", "poor"),
    (r"\b(?:soseong|sosong|soshou|susong)\b", "lawsuit"),
    # ... and the european words for it: "not in any procès", "no processo", "un juicio", "a Prozess"
    (r"\b(?:procès|processo|proceso|prozess|juicio|gerichtsverfahren|rechtsstreit)\b", "lawsuit"),
    # the court itself: "fayuan case", "no beobwon case", "saiban about the house"
    (r"\b(?:fayuan|fa yuan|beobwon|beopwon|saibansho|saiban)\b", "court"),
    (r"\b(?:ssaum|kenka)\b", "fights"),
    # occupations: "kangofu (nurse)", "korean doctor, uisa"
    (r"\b(?:kangofu|ganhosa|hushi)\b", "nurse"), (r"\b(?:uisa|isha|yisheng)\b", "doctor"),
    # who someone is: "father is choson saram", "mother is nihon" (the country for its people)
    (r"\b(?:choson|chosun|joseon) saram\b", "korean"),
    (r"\b(is|are|was|were) (?:nihon|nippon)\b(?! ?jin)", r"\1 japanese"),
    (r"\b(?:low-?key|high-?key)\b ?", ""),
    # Taglish: "gusto na niyang umuwi sa korea", "ayaw niyang umuwi", "walang kaso sa korte", "never nakipag-away"
    (r"\b(?:gusto|gustong)\s+(?:na\s+)?(?:niyang\s+|nyang\s+|niya\s+|nya\s+|nilang\s+|nila\s+)?(?=umuwi|makauwi|bumalik)", "wants to "),
    (r"\bayaw\s+(?:na\s+)?(?:niyang\s+|nyang\s+|niya\s+|nya\s+|nilang\s+|nila\s+)?(?=umuwi|makauwi|bumalik)", "does not want to "),
    (r"\b(?:umuwi|makauwi|uuwi|bumalik)\b", "go home"), (r"\b(?:walang|wala\s+(?:siyang|syang|silang))\s+pera\b", "no money"),
    (r"\bwalang\s+(?=kaso|demanda|away)", "no "), (r"\b(?:kaso|demanda)\s+sa\s+korte\b", "case in court"), (r"\bkaso\b", "case"),
    (r"\b(?:nakipag-?away|nakikipag-?away|nag-?away|nanakit)\b", "fought"), (r"\bmahirap\b", "poor"),
    # "never makes gulo", "walang gulo", "super hirap talaga"
    (r"\b(?:gulo|kaguluhan)\b", "trouble"), (r"\bbasag-?ulo\b", "brawl"), (r"\b(?:hirap|naghihirap)\b", "hard up"),
    # an amount guessed is an amount, not a doubt: "understands maybe one word in ten" -> "about one word in ten"
    (r"\b(?:maybe|perhaps)\s+(?=(?:one|a|two|three|\d+)\s+(?:word\s+in|words?\s+(?:in|out\s+of)|in\s+(?:ten|\d+)|out\s+of|per\s*cent|percent|%))", "about "),
    # Malay and Singlish: "wants to balik kampung", "pulang kampung"
    (r"\b(?:balik|pulang)\s+(?:kampung|kampong|kampuang|rumah)\b", "go home"),
    # Australian slang for trades: "a fisho working out of Dalian", "wharfie", "truckie", "brickie", "postie"
    (r"\bfishos?\b", "fisherman"), (r"\bwharfies?\b", "dock worker"), (r"\btruckies?\b", "truck driver"),
    (r"\bbrickies?\b", "bricklayer"), (r"\bposties?\b", "postman"), (r"\bmusos?\b", "musician"),
    (r"\bnongmin\b", "farmer"), (r"\bkuli\b", "coolie"), (r"\b(?:sikdang|shikdang|fanguan)\b", "restaurant"),
    # elders by their kin names: "halmeoni choi", "his harabeoji", "obaachan in osaka"
    (r"\b(?:halmeoni|halmoni|halmeony|obaasan|obaachan|obaa-san|obaa-chan)\b", "grandma"),
    (r"\b(?:harabeoji|harabuji|ojiisan|ojiichan|ojii-san|ojii-chan)\b", "grandpa"),
    # Spanish mixed in: "he no entiende nada", "no comprende"
    (r"\b(?:no entiende|no comprende|no entienden|no comprenden)(?: nada)?\b", "understands nothing"),
    # English as a second language says a negative twice: "he cannot understand nothing"
    (r"\b(can't|don't|doesn't|didn't|won't|never) (understand|understands|know|knows|follow|follows|say|says|have|has)"
     r" nothing\b", r"\1 \2 anything"),
    (r"\bno (problems?|trouble|fights?) with nobody\b", r"no \1 with anybody"),
    # a guess at a quantity is no doubt about the fact: "he understands maybe every tenth word"
    (r"\b(understands?|follows?|gets?|catches) (?:maybe|perhaps|possibly) (?=(?:every|one|a|two|three|half)\b)", r"\1 "),
]
