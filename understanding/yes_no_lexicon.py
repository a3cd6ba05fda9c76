"""The words and patterns that state each yes/no case fact, keyed by the fact's name
(cable/facts.py): whether the person asks to go home, has a case pending, and the rest.

Matched like fact_lexicon.py's (the nationality and the group): against text.prepare's form,
regex fragments whose word boundaries the matcher adds. A test holds the keys of BOOL_PATTERNS
equal to the declared yes/no facts. Facts told as events and idioms (event_lexicon.py) go first.
"""

from __future__ import annotations

from .event_lexicon import EVENT_PATTERNS
from .fact_lexicon import NATIONALITY_PLACES

# --- Yes/no facts stated in words -------------------------------------------------------------
# Each field: list of (pattern, polarity, strong). Earlier patterns win where
# matches overlap; polarity None only claims a span (it is evidence of nothing).
# Negation before a match flips its polarity. Only strong patterns are used by
# parse_mentions; weak ones need the question's context.
S, W = True, False
_HOME = r"(?:home|homeland|(?:back\s+)?to\s+(?:" + "|".join(p for ps in NATIONALITY_PLACES.values() for p in ps if p.isascii()) + r"|(?:his|her|their|the)\s+(?:(?:own|dad's|father's|mother's|mum's|mom's|family's|parents')\s+)?(?:country|homeland|motherland|native land|native place|native country|native soil|home|home country|family|families|hometown|home town|village|native village|town|birthplace|people)))"
_DESIRE = r"(?:wants?|wanted|wanting|wanna|interested in|keen on|set on|wish(?:es|ed|ing)?|hop(?:es|ed|ing|e)|longs?|longed|longing|yearns?|yearning|would like|would love|asks?|asked|asking|requests?|requested|requesting|plans?|planned|planning|intends?|intended|intending|eager|desperate|keen|aims?|applied|applies|applying|begs?|begged|begging|demands?|demanded|demanding|insists? on|would prefer|would give anything|would do anything|prefers?|preferred|wishes|dreams? of|dreaming of|decided|chose|chooses|choose|would rather|rather|ready|prepared|determined|trying|tries|tried|pester(?:s|ed|ing)?|nag(?:s|ged|ging)?|badger(?:s|ed|ing)?|lobb(?:y|ies|ied|ying)|petition(?:s|ed|ing)?|(?:perfectly\s+|quite\s+|very\s+)?(?:happy|content|glad)|itching|dying|raring)"
_TRIP_WORDS = r"ticket|tickets|fare|fares|trip|journey|travel|passage|train|train ticket|boat|ship|voyage|crossing|transport|transportation|travel costs?|way home|ride"
_TRIP = "(?:" + _TRIP_WORDS + ")"
_LANG = r"(?:chinese|mandarin|the chinese|the mandarin|the language|the local language|(?:the\s+|his\s+|her\s+|their\s+|any\s+)?(?:[\w-]+\s+)?(?:lessons|training|instructions?|instructors?|classes|lectures|teachers?|officers|guards|cadres|study sessions))"
# Revolutionary organisations; being captured by one is not revolutionary work.
_ORGS = r"eighth route army|8th route army|new fourth army|red army|people's liberation army|pla|chinese communist party|ccp|cpc|japanese communist party|japanese people's emancipation league|japanese people's anti-war league|anti-war league|anti-japanese (?:league|alliance|army|volunteers|guerrillas?|fighters|resistance)|korean volunteer army|northeast anti-japanese united army|guerrillas?|partisans?"
# "his chinese is poor", "her health was poor": a language or health, not money
_NOT_A_LANGUAGE = "".join(f"(?<!{w} )" for w in ("chinese", "mandarin", "english", "japanese", "korean",
                                                 "health", "eyesight", "hearing"))
_FAMILY = r"(?:family|families|folks|fam|dependants|dependents|wife|husband|children|kids|parents|mother|father|mum|mom|dad|son|daughter|child|baby|relatives|brothers?|sisters?|siblings|grandparents|loved ones)"

BOOL_PATTERNS: dict[str, list[tuple[str, bool | None, bool]]] = {  # (pattern, polarity, strong)
    "requests_return": [
        # told as events: "asked to go home in january but withdrew the request", "wanted to go back but changed her mind", "asking for passage home", "never once spoke of returning", "wants to see her village again", "he does want to"
        (r"(?:asked|applied|requested|petitioned|wanted|planned|hoped)\s+(?:[\w']+\s+){0,7}?but\s+(?:then\s+|later\s+)?(?:(?:he|she|they)\s+)?(?:withdrew|withdrawn|retracted|cancell?ed|dropped|took back)\s+(?:the|his|her|their|it)|(?:wanted|planned|hoped|asked)\s+to\s+(?:go|return|leave)\b[^.;]{0,30}?\bbut\s+(?:then\s+|later\s+)?(?:he|she|they)\s+changed\s+(?:his|her|their)\s+mind|(?:withdrew|has withdrawn|retracted|took back)\s+(?:his|her|their|the)\s+(?:request|application|petition)", False, S),
        (r"(?:asks?|asked|asking|begged|begging|requested|requesting|applied|applying)\s+for\s+(?:a\s+)?(?:passage|ticket|berth|place on (?:a|the) (?:ship|boat|train))\s+(?:back\s+)?home", True, S),
        (r"(?:never|not)\s+(?:once\s+|even\s+)?(?:spoken|spoke|talked|talks|speaks|mentioned|mentions)\s+(?:of|about)\s+(?:returning|going home|going back|leaving)", False, S),
        (_DESIRE + r"\s+to\s+see\s+(?:his|her|their|the)\s+(?:home|homeland|hometown|home town|village|native village|country|motherland)\s+again", True, S),
        (r"(?:he|she|they)\s+(?:really\s+)?(?:does|do)\s+want\s+to(?=\s*(?:$|[.;!]))", True, S),
        # the wording of case notes: "has submitted an application for repatriation", "has expressed a desire to
        # return", "does not seek repatriation", "made no application for return", "repatriation has not been requested"
        (r"(?:made|submitted|lodged|filed|entered|put in)\s+no\s+(?:formal\s+|written\s+)?(?:application|request|petition)"
         r"|(?:repatriation|return)\s+(?:hasn't|has never|hadn't|was never|wasn't|isn't|is not being)\s+(?:been\s+)?"
         r"(?:requested|sought|applied for|asked for)", False, S),
        (r"(?:submitted|lodged|filed|made|entered|put in|presented)\s+(?:an?\s+|his\s+|her\s+|their\s+|the\s+)?(?:formal\s+|written\s+)?"
         r"(?:application|request|petition|claim|papers|paperwork)\s+(?:for|to)\s+(?:be\s+)?(?:repatriat\w*|return\w*|go\w*\s+home|leave|depart\w*)"
         r"|(?:repatriation|return)\s+(?:has been|was|is being|had been)\s+(?:requested|sought|applied for|asked for)", True, S),
        (r"(?:expressed|voiced|stated|indicated|conveyed)\s+(?:an?\s+|his\s+|her\s+|their\s+)?(?:strong\s+|clear\s+)?"
         r"(?:desire|wish|intention|willingness|preference)\s+to\s+(?:be\s+)?(?:return|go|leave|repatriat\w*|depart)"
         r"|(?:seeks?|seeking|sought|wants?|wanted|wanting|desires?)\s+(?:his\s+|her\s+|their\s+)?repatriation"
         r"|(?:seeks?|seeking|sought)\s+(?:his\s+|her\s+|their\s+)?(?:return|to\s+(?:return|go\s+home|leave|be\s+repatriated))", True, S),
        # "asked the authorities to let her go"
        (r"(?:asked|asks|asking|begged|begs|petitioned|requested)\s+(?:the\s+)?(?:authorities|officials?|government|police|bureau"
         r"|office|camp|guards|cadres|ministry)\s+to\s+(?:let|allow)\s+(?:him|her|them)\s+(?:to\s+)?(?:go|leave|return)", True, S),
        (r"(?:asked|asks|applied|applies)\s+(?:[\w]+\s+){0,3}?to\s+be\s+allowed\s+to\s+(?:return|go|leave)"
         r"|wants?\s+out\s+and\s+(?:back\s+)?home", True, S),
        (r"(?:yes|yep|yeah),?\s+(?:he\s+|she\s+|they\s+)?(?:wants?|wanna)\s+(?:to\s+)?(?:go|leave|return|home)\b", True, S),
        (r"(?:is|are)\s+staying\s+put|stays?\s+put|not\s+(?:at\s+all\s+)?(?:fussed|bothered)\s+(?:about|with)\s+(?:going|returning|leaving)", False, S),
        (r"would\s+(?:like|love)\s+to\s+(?:head|go|get)\s+back\s+to\s+the\s+(?:states|us|usa|uk|philippines|netherlands|old country)", True, S),
        (r"(?:put|puts|putting)\s+in\s+(?:a\s+request\s+|an\s+application\s+|papers\s+)?(?:for|to)\s+(?:going|go|a return|return|returning|repatriation|leave)", True, S),
        (r"(?:wants?|wanna|hopes?|plans?|intends?)\s+to\s+(?:head|go|get)\s+back\s+to\s+the\s+(?:states|us|usa|uk|philippines|netherlands|old country)", True, S),
        # a note of one word: "japanese. engineer. stays."
        (r"(?:^|(?<=[.,;]\s))(?:stays|staying|staying put|stays put|remains)(?=\s*(?:$|[.,;!]))", False, S),
        # the person's own plea, quoted: "please send me home"; "I'm not leaving"
        (r"(?:please|begs?\s+(?:\w+\s+)?to|begging\s+(?:\w+\s+)?to|begged\s+(?:\w+\s+)?to)\s+(?:send|let)\s+(?:him|her|them)\s+"
         r"(?:go\s+)?(?:back\s+)?(?:home|back)", True, S),
        (r"(?:isn't|is not|not|never|won't|wont)\s+(?:ever\s+)?leaving(?=\s*(?:$|[,.;!]|\s(?:any ?time soon|soon|ever|either)\b))", False, S),
        # refusals: "aint going back", "wouldnt go back even if", "zero interest in going home"
        (r"(?:refuses?|refused|refusing|declines?|declined|declining)\s+to\s+(?:go|return|leave|head|be sent)", False, S),
        (r"never\s+(?:once\s+|even\s+)?(?:asked|requested|applied)\s+to\s+(?:go|leave|return|be sent)", False, S),
        # "hasn't asked yet", "he asked already": in a description, the asking is to go home
        (r"(?:he|she|they)\s+(?:has\s+|have\s+|had\s+)?(?:already\s+)?(?:asked|applied)"
         r"(?:\s+(?:already|before|many times|several times|repeatedly|twice|again))?(?=\s*(?:$|[,.;!]))", True, S),
        (r"(?:hasn't|has not|haven't|have not|hadn't|had not|didn't|did not|never|not)\s+(?:yet\s+|even\s+|ever\s+|once\s+)?"
         r"(?:asked|requested|applied)(?:\s+to)?(?=\s*(?:$|[,.;!]|(?:yet|tho|though|either|anyway)\b))", False, S),
        (r"(?:wants?|wanted|wanna)\s+(?:to\s+go\s+)?home(?=\s*(?:$|[,.;!/]))", True, S),
        (r"(?:ain't|aint|isn't|isnt|not|never|wouldn't|wouldnt|won't|wont)\s+(?:ever\s+|really\s+)?(?:going|go|leaving|leave|returning|return|heading|moving)\s+(?:back|home|anywhere|china|here|to\s+(?:korea|japan))", False, S),
        (r"no way\s+(?:he|she|they|this guy|this woman)(?:'s|s|'re|re| is| are| will| would)?\s+(?:ever\s+)?(?:leaving|going|returning|moving|leave|go|return)", False, S),
        (r"(?:(?:zero|no|little)\s+|not (?:really |at all |the least bit |that )?|never (?:been )?)(?:interest(?:ed)?|keen|desire|wish|plans?|intention|thoughts?)\s+(?:in|to|of|on)\s+(?:going|leaving|returning|moving|heading|go|leave|return)", False, S),
        (_DESIRE + r"(?:\s+[\w']+){0,3}?\s+(?:to\s+)?(?:go(?:ing)?|get(?:ting)?|head(?:ing)?|mov(?:e|ing)|be sent|be taken|be repatriated|be returned|be allowed|sail(?:ing)?|travel(?:ling)?|return(?:ing)?|leav(?:e|ing))(?:\s+(?:back|home|away))?(?=\s*(?:$|[,.;!?]|\s(?:asap|now|right now|for now|at the moment|soon|someday|he|she|they|one day|eventually|though|too|tho|if|and|but|because|so|on|with|for|either|anymore|any more|at all|ever|anywhere|last|this|yesterday|recently|twice|again|actually|really|honestly|lol|tbh|badly|desperately|immediately|right away|straight away|after|when|once|later)\b))", True, S),
        (r"(?:requests?|wants?|asks?|asked|going|goes)\s+(?:to\s+)?(?:go(?:ing)?\s+(?:home|back)|go|leave|home|back|return)\s*[:=]\s*(?:yes|yep|y)\b", True, S),
        (r"(?:requests?|wants?|asks?|asked|going|goes)\s+(?:to\s+)?(?:go(?:ing)?\s+(?:home|back)|go|leave|home|back|return)\s*[:=]\s*(?:no|nope|n|none)\b", False, S),
        (r"wants?\s+out(?:\s+of\s+(?:china|here))?(?=\s*(?:$|[,.;!]))", True, S),
        (r"(?:dead\s+)?set\s+against\s+(?:leaving|going|returning|it)|(?:wants?|want)\s+nothing\s+to\s+do\s+with\s+(?:leaving|going|returning)", False, S),
        (r"wants?\s*:\s*(?:to\s+)?(?:go|get|head|return|be sent|leave)(?:\s+back)?(?:\s+(?:home|to\s+[\w]+))?", True, S),
        (r"(?:asks?|asked|asking|applied|applies|applying|petition\w*|requests?|requested|requesting)\s+(?:for\s+)?(?:permission|approval|leave|a permit|papers)\s+to\s+(?:go|return|leave|head|move|depart)", True, S),
        (r"(?:asks?|asked|asking|wonder\w*|inquired|enquired)\s+(?:[\w']+\s+){0,4}?(?:if|whether)\s+(?:he|she|they|the person)\s+(?:can|could|may|might|is allowed to|would be allowed to)\s+(?:go|return|leave|head|move|be sent)", True, S),
        (r"(?:free|gratis|complimentary)\s+(?:[\w']+\s+){0,2}?(?:ticket|ride|trip|passage|journey|train|fare)\s+(?:back\s+)?(?:home|back|to\s+(?:korea|japan))", True, S),
        (_DESIRE + r"\s+(?:to\s+)?(?:stay|staying|remain|remaining|settle|live|keep living|continue living)(?:\s+(?:in china|here|on))?(?!(?:\s+[\w'-]+){0,5}?\s+in\s+(?:" + "|".join(p for v in ("korean", "japanese") for p in NATIONALITY_PLACES[v] if p.isascii()) + r")\b)", False, S),
        (_DESIRE + r"(?:\s+[\w']+){0,4}?\s+(?:to\s+)?(?:(?:go|get|head|travel|be sent|be taken|be returned|be allowed(?:\s+to\s+go)?|going|sail|move|moving|return|returning|fly|come|escape|flee|run|hurry|rush)\s+(?:back\s+)?" + _HOME + r"|go(?:ing)?\s+back\s+" + _HOME + r"|return(?:ing)?(?:\s+" + _HOME + r")?|(?:be\s+)?repatriat\w*|leave\s+china|go(?:ing)?\s+to\s+(?:korea|japan)|go(?:ing)?\s+back\s+to\s+(?!(?:work|school|sleep|bed|class|the|his|her|their|normal|being|it|that)\b)[a-z]+|let\s+(?:him|her|them)\s+(?:go\s+)?(?:back|home|leave)\b|(?:send|let|take)\s+(?:him|her|them|the kids|the children|(?:his|her|their)\s+(?:family|kids|children|wife|husband))\s+(?:go\s+)?(?:back\s+)?" + _HOME + r")", True, S),
        (r"(?:asks?|asked|asking|applied|applies|applying|petition\w*|requests?|requested|requesting)\s+(?:for\s+)?(?:his\s+|her\s+|their\s+)?(?:repatriation|return|permission to (?:return|leave)|an exit permit)", True, S),
        (r"request(?:s|ed|ing)?\s+(?:to\s+)?(?:return|go home|repatriation|be repatriated)", True, S),
        (r"(?:homesick|misses home|longs for home)", True, W),
        (_DESIRE + r"\s+(?:to\s+)?(?:go|leave|return)(?=\s*(?:$|[,.;!]))", True, W),
        (r"(?:go(?:ing)?\s+(?:back\s+)?home|go(?:ing)?\s+back|returning|return|repatriat\w*|leave china|leaving china|going to (?:korea|japan))", True, W),
        (r"(?:stay(?:s|ing)?|remain(?:s|ing)?)(?:\s+(?:in china|here|on))?|settled here|settled in china", False, W),
        (r"(?:has|have|had|did|hasn't|haven't|hadn't|didn't)\s+(?:already\s+|yet\s+|ever\s+)?(?P<key>asked|requested|applied)(?=\s*(?:$|[,.;!]|(?:yet|tho|though|either|already|anyway)\b))|(?:ask|asks|asked|request|requests|requested|apply|applied)\s+(?:for\s+)?(?:it|that|this|so)", True, W),
    ],
    "pending_case": [
        # told as events: "the case against him ended last month", "nothing is pending anymore", "never stood before a judge"
        (r"(?:case|lawsuit|suit|trial|proceedings)\s+(?:against\s+(?:him|her|them)\s+)?(?:ended|finished|concluded|closed)\b|(?:nothing|no case|no cases)\s+(?:is\s+|are\s+)?(?:pending|open)\s+(?:anymore|any more|any longer|now)|never\s+(?:once\s+)?(?:stood|been|appeared)\s+before\s+(?:a|any)\s+(?:judge|court|magistrate)|(?:dispute|case|lawsuit|suit)\s+(?:in|before)\s+(?:the\s+|a\s+)?court\s*,\s*(?:which\s+was\s+|since\s+)?(?:settled|closed|resolved|dismissed|ended)", False, S),
        # "has a matter before the people's court", "the court is seeing his case", "court has his case"
        (r"(?:matter|case|suit|dispute|proceedings?|claim)\s+(?:[\w']+\s+){0,2}?(?:before|in|with)\s+(?:the\s+|a\s+)?"
         r"(?:people's\s+|district\s+|county\s+|local\s+|city\s+|municipal\s+|civil\s+)?(?:court|courts|tribunal)"
         r"|(?:court|courts|judge|tribunal)\s+(?:is\s+|are\s+)?(?:still\s+)?(?:has|have|hearing|seeing|considering|handling|deciding"
         r"|reviewing|examining|looking at)\s+(?:his|her|their|the)\s+case", True, S),
        (r"(?:judge|court|courts|magistrate)\s+(?:hasn't|has not|haven't|have not|hadn't|had not)\s+(?:yet\s+)?(?:ruled|decided|given (?:a|its) (?:ruling|verdict))", True, S),
        (r"never\s+(?:once\s+)?set\s+foot\s+in\s+(?:a\s+|any\s+)?(?:court|courtroom|courthouse)|no\s+longer\s+has\s+(?:any|a)\s+(?:court\s+)?case", False, S),
        (r"(?:no|nothing)\s+(?:[\w]+\s+)?pending\s+(?:before|in|with|at)\s+(?:any\s+|a\s+|the\s+)?(?:court|courts|courtroom|judge|tribunal)", False, S),
        (r"(?:trial|hearing|court date)\s+(?:(?:is|was|has been)\s+)?(?:coming up|pending|scheduled|set for|next (?:week|month))"
         r"|(?:awaiting|waiting for)\s+(?:(?:a|his|her|the)\s+)?(?:trial|hearing|verdict|judgement|judgment)"
         r"|(?:the|his|her|that|this)\s+case\s+(?:isn't|is not|hasn't been|has not been|wasn't|was not)\s+"
         r"(?:done|finished|over|settled|closed|decided|resolved|sorted)", True, S),
        # "was in a lawsuit but it got settled", "sued last year but the case is closed": over
        (r"(?:lawsuit|case|charges?|suit|sued)\b[^.;]{0,40}?\b(?:but|and)\s+(?:it|they|that|the case|the charges|the suit)\s+"
         r"(?:(?:was|were|is|are|got|has been|have been)\s+(?:settled|resolved|closed|dismissed|dropped|withdrawn|over|thrown out)"
         r"|(?:ended|finished|concluded|wrapped up|closed))", False, S),
        (r"(?:court\s+case|case|lawsuit|suit|trial)\s+(?:[\w']+\s+){0,4}?(?:is|was|has been)\s+(?:now\s+)?(?:finished|over|done|settled|closed|resolved)"
         r"|(?:^|(?<=[.,;:]\s))no\s+(?:court|court\s+case|legal\s+case|case|lawsuit)(?=\s*(?:$|[.,;!]))|no\s+cases?\s+open", False, S),
        (r"(?:court\s+cases?|legal\s+cases?|lawsuits?|legal)\s*:\s*(?:none|no|nope|nothing|n/a)\b", False, S),
        # "his trial hasnt happened yet" is a case still open
        (r"(?:trial|hearing|case|court date)\s+(?:hasn't|hasnt|has not|hadn't|hadnt|isn't|isnt|is not)\s+(?:happened|started|begun|been (?:heard|decided|settled))(?:\s+yet)?", True, S),
        (r"never\s+(?:been\s+)?(?:in|had)\s+(?:any\s+)?(?:trouble|problems?)\s+(?:with|w/)\s+the\s+(?:law|police|courts?)|no\s+(?:legal\s+|court\s+)?cases", False, S),
        (r"(?:court|legal|lawsuit|criminal)\s+(?:stuff|things?|issues?|problems?|troubles?|matters?|business|drama|hassles?)|(?:trouble|problems?|issues?)\s+with\s+the\s+law|(?:in|into)\s+legal\s+trouble", True, S),
        (r"never\s+(?:been\s+)?(?:to|in)\s+court", False, S),
        (r"(?:court\s+cases?|legal\s+cases?|lawsuits?|legal)\s*:\s*(?:none|no|nope|nothing|n/a)\b", False, S),
        (r"(?:court\s+cases?|legal\s+cases?|lawsuits?)\s*:\s*(?:yes|pending|open|one|ongoing)\b", True, S),
        (r"(?:taken|took|takes|take|dragged|drags|hauled|brought|going|summoned|sent|has to go)(?:\s+(?:him|her|them))?\s+to\s+court|owes?\s+(?:[\w']+\s+){0,2}?(?:to\s+)?(?:the\s+)?court|(?:being|been|is|was|got)\s+(?:taken|dragged)\s+to\s+court", True, S),
        (r"(?:case|cases|charges?|lawsuit|suit)(?:\s+against\s+(?:him|her|them))?\s+(?:(?:was|were|is|are|has been|have been|got)\s+(?:\w+\s+)?(?:closed|settled|resolved|dismissed|dropped|withdrawn|finished|over|concluded)|(?:closed|settled|dismissed|dropped|withdrawn)\b)", False, S),
        (r"(?:clean|no)\s+(?:criminal\s+|police\s+|legal\s+)?record", False, S),
        (r"(?:nothing|no case|no cases)\s+(?:is\s+|are\s+)?(?:pending|open|outstanding)", False, S),
        (r"(?:civil|criminal|court|legal|pending|unresolved|open|ongoing|outstanding|active|police|debt)\s+(?:law\s*)?(?:case|cases|matter|matters|proceedings?|charges?|suit|suits|dispute|disputes|investigation)", True, S),
        (r"(?:case|cases|charges?|proceedings?|lawsuit|suit)\s+(?:\w+\s+){0,2}?(?:pending|open|outstanding|unresolved|against\s+(?:him|her|them))", True, S),
        (r"su(?:ing|es|ed)\s+(?:him|her|them)|under\s+(?:criminal\s+|police\s+)?investigation|law\s*suits?|litigation|legal proceedings|prosecut\w+|indict\w*|(?:being|been|was|is|got|getting|were)\s+sued|\bsu(?:ing|es)\s+(?:\w+\s+){0,2}?(?:for|over|in)\b", True, S),
        (r"charged\s+(?:with|for)|(?:has been|have been|had been|been|was|got|is being)\s+charged\b|(?:waiting|waits|awaits|awaiting)\s+(?:for\s+)?(?:his|her|their|a|the)\s+trial|facing\s+(?:criminal\s+)?charges|faces\s+(?:criminal\s+)?charges|on trial|awaiting trial|stand(?:s|ing)? trial|in court|before the court|court date|court hearing|summoned to court|accused of|wanted by the police|under arrest|awaiting sentenc\w*|owes?\s+(?:\w+\s+){0,3}?debts?\s+(?:in|before|to)\s+(?:the\s+)?court", True, S),
        (r"(?:he|she|they|person|man|woman)\s+(?:[\w']+\s+){0,2}?(?:has|have|had|got)\s+(?:(?:a|an|any|no|one|two|several)\s+)?(?:(?:open|pending|ongoing|court)\s+)?(?P<key>case|cases|lawsuit)", True, S),
        (r"(?:has|have|had|got|there(?:'s| is| are| was))\s+(?:(?:a|an|one|some|any|two|several|pending)\s+)?(?:case|cases|charge|charges)", True, W),
        (r"(?:arrested|committed a crime|crime|criminal|trouble with the (?:law|police|authorities)|legal (?:trouble|problems?|issues?)|sued|debt)", True, W),
        (r"(?:it|that|this)\s+(?:was|is|has been|got)\s+(?:settled|resolved|closed|dismissed|dropped)|no\s+(?:case|cases)|innocent|nothing pending|(?:all|everything)\s+(?:is\s+)?(?:settled|resolved|cleared)", False, W),
    ],
    "pow_language_barrier": [
        # "language no problem", "follows the instructors' mandarin perfectly well"
        (r"language\s+(?:is\s+)?(?:no|not a|not an)\s+(?:problem|issue|barrier|obstacle)|(?:can|could|is able to)\s+(?:follow|understand)\s+(?:the\s+)?[\w-]+(?:'s|s')\s+(?:chinese|mandarin)", False, S),
        (r"follows?\s+(?:the\s+)?(?:training|lessons|classes|lectures)\s+(?:fully|completely|perfectly|without\s+(?:any\s+)?trouble)", False, S),
        (r"(?:can't|cannot|couldn't|could not|unable to|struggles? to|struggling to)\s+(?:understand|follow|keep up with|get)\s+(?:[\w'-]+\s+){0,4}?"
         r"(?:because|cos|cuz|coz|since)\s+(?:of\s+)?(?:the\s+)?(?:language|chinese|mandarin)"
         r"|without\s+understanding\s+(?:a\s+(?:single\s+)?word|anything|much)", True, S),
        (r"(?:classes|lessons|study sessions|lectures)\s+are\s+(?:(?:all|completely)\s+)?(?:lost on|wasted on|beyond)\s+(?:him|her|them)"
         r"|(?:classes|lessons|study sessions|lectures|instructions|training)\s+(?:wash(?:es)?|washed|go(?:es)?|went)\s+(?:right\s+)?over\s+(?:him|her|them|(?:his|her|their)\s+head)"
         r"|(?:his|her|their)\s+(?:chinese|mandarin)\s+is\s+(?:hopeless|terrible|awful|non-?existent|rubbish)"
         r"|understood\s+(?:maybe\s+|about\s+|only\s+)?(?:two|three|four|a few)\s+words", True, S),
        (r"follows?\s+(?:them|it|the\s+classes|the\s+lessons)\s+(?:no\s+bother|no\s+problem|fine|easily|without\s+(?:any\s+)?(?:trouble|problems?|difficult(?:y|ies)))", False, S),
        (r"(?:picks?|picked|picking)\s+up\s+(?:the\s+)?(?:lessons|classes|lectures)(?:\s+in\s+(?:chinese|mandarin))?\s+(?:with\s+no\s+trouble|easily|fine|quickly|without\s+(?:any\s+)?trouble)", False, S),
        # "he's fluent now and follows everything", "picked up chinese fast", "worse than anyone's"
        (r"(?:he|she|they)\s+(?:is|are|was|were)\s+(?:now\s+)?fluent|follows?\s+(?:everything|every word|it all|all of it)"
         r"|(?:picked|picks|picking)\s+up\s+(?:chinese|mandarin|the language)|(?:chinese|mandarin)\s+(?:language\s+)?(?:he|she|they)\s+"
         r"(?:understands?|understand|speaks?|speak)\s+(?:no problem|fine|well|ok)", False, S),
        (r"(?:his|her|their)\s+(?:chinese|mandarin)\s+is\s+(?:worse|poorer)\s+than|(?:understands?|follows?|gets?)\s+(?:maybe\s+|only\s+|about\s+)?"
         r"(?:one|1|a)\s+word\s+in\s+(?:ten|10|twenty|a hundred)|(?:classes|lessons|study sessions|lectures)\s+(?:are|is)\s+(?:a\s+)?(?:lost cause|hopeless|gibberish|a blur|double dutch)", True, S),
        (r"follows?\s+(?:the\s+)?(?:(?:chinese|mandarin|political)\s+)?(?:chinese|mandarin|lessons|classes|lectures|study sessions)\s+(?:just\s+)?(?:fine|well|ok|okay|easily)", False, S),
        # the lessons are in a language he cannot follow; a command of Chinese that is limited
        (r"(?:can't|cannot|doesn't|does not|don't|unable to)\s+(?:understand|follow|keep up with)(?:\s+[\w'-]+){0,6}?\s+"
         r"(?:because|since|as|cos|cuz)\s+(?:they are|it is|they're|it's|its)\s+(?:all\s+)?in\s+(?:chinese|mandarin)", True, S),
        (r"(?:it is|it's|its|they are|they're)\s+(?:all\s+)?in\s+(?:chinese|mandarin)(?:\s+[\w']+){0,3}?\s*,?\s+(?:and|but|so)\s+"
         r"(?:he|she|they)\s+(?:can't|cannot|doesn't|does not|don't)\s+(?:understand|follow)", True, S),
        (r"(?:limited|poor|little|weak|no|scant|rudimentary|insufficient|inadequate|imperfect|deficient)\s+(?:command|grasp|knowledge)"
         r"\s+of\s+(?:the\s+)?(?:chinese|mandarin)", True, S),
        # "speaks only japanese", "in study class he understands nothing", "struggled to learn chinese"
        (r"(?:speaks?|speak|knows?|understands?)\s+only\s+(?:korean|japanese|(?:his|her|their)\s+own\s+language)"
         r"|(?:in|at|during)\s+(?:the\s+)?(?:study|political|chinese)?\s*(?:class|classes|lessons?|sessions?|lectures?)\s+(?:he|she|they)\s+"
         r"(?:understands?|understood|follows?|gets?)\s+(?:nothing|almost nothing|very little|little)"
         r"|(?:struggl\w*|fail\w*|unable|hard time)\s+(?:to\s+)?learn(?:ing)?\s+(?:chinese|mandarin|the language)", True, S),
        (r"no\s+(?:trouble|problems?|difficulty|difficulties|issues?)\s+(?:at all\s+)?with\s+(?:the\s+)?(?:language|chinese|mandarin)"
         r"|(?:lessons?|classes|study|studies|training)\s+in\s+(?:chinese|mandarin)\s+with\s+(?:no|little)\s+(?:trouble|difficulty|problem)"
         r"|(?:chinese|mandarin|the language)\s+(?:is|was)\s+no\s+(?:problem|issue|barrier|obstacle)", False, S),
        (r"language\s+(?:problems?|barriers?|issues?|difficult(?:y|ies))\s*:\s*(?:no|none|nope|not really)\b", False, S),
        (r"language\s+(?:problems?|barriers?|issues?|difficult(?:y|ies))\s*:\s*(?:yes|yep)\b", True, S),
        (r"(?:speaks?|understands?)\s+(?:decent|good|fluent|ok|okay|fine|passable|reasonable)\s+(?:chinese|mandarin)|(?:chinese|mandarin|the language)\s+is\s+(?:fine|ok|okay|no problem|not a problem|easy)", False, S),
        (r"(?:can't|cannot)\s+get\s+(?:his|her|their|my)\s+head\s+(?:round|around)\s+(?:the\s+)?(?:chinese|mandarin|language|lessons|classes|lectures|study|instructions|training|political)|(?:can't|cannot)\s+understand\s+(?:anything|a thing|much)\s+(?:in|at|during)\s+(?:the\s+)?(?:study sessions|lessons|classes|training|lectures)", True, S),
        (r"(?:training|lessons|classes|lectures|instructions?)\s+(?:[\w']+\s+){0,5}?(?:because of|due to|bc of|cos of|cuz of|because|cos|bc|since)\s+(?:of\s+)?(?:the\s+)?(?:language|chinese|mandarin|he can't|she can't|they can't)", True, S),
        (r"(?:his|her|their)\s+(?:chinese|mandarin)\s+(?:is|was)\s+(?:(?:very|quite|really|totally|pretty|perfectly|super|completely|actually)\s+)?(?:good|fluent|excellent|fine|perfect|great|decent|ok|okay)", False, S),
        (r"(?:can't|cannot|can not|unable to|doesn't|does not|don't|do not|didn't|did not|not able to|struggles? to|hardly|barely)\s+(?:really\s+|yet\s+|even\s+|properly\s+)?(?:speaks?|understands?|knows?|reads?|writes?|follows?|talks?|communicates?)(?:\s+(?:in|with))?\s+(?:much\s+|any\s+|a word(?:\s+of|\s+in)?\s+|well\s+)?" + _LANG, True, S),
        (r"language\s+(?:(?:is|isn't|was|wasn't|remains|has been|hasn't been|has never been|is never)\s+)?(?:(?:a|an|any|the|his|her|their|big|real|main|major|serious)\s+)*(?P<key>problem|barrier|issue|difficulty|obstacle|challenge|handicap)s?", True, S),
        (r"language\s*(?:is|was|:)\s*(?:fine|ok|okay|no problem|easy)", False, S),
        (r"(?:fine|ok|okay|good|no problem)\s+with\s+(?:chinese|mandarin|the language)", False, S),
        (r"(?:gets?|understands?|follows?|handles?)\s+the\s+(?:language|training|lessons|classes|lectures)\s+(?:fine|ok|okay|well|alright|all right)", False, S),
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
        (r"(?:lessons|class|classes|training|lectures|study sessions|instructions?)\s+(?:are|were|is|was)\s+(?:all\s+|only\s+)?"
         r"in\s+(?:chinese|mandarin)[^.;]{0,40}?(?:(?:can't|cannot|doesn't|does not|unable to)\s+(?:follow|understand|keep up)"
         r"|(?:understands?|understood|follows?|followed|gets?|got)\s+(?:absolutely\s+|almost\s+)?(?:nothing|none of it|not a (?:single\s+)?(?:word|thing))|can't\s+understand\s+anything)", True, S),
        (r"(?:only|just)\s+(?:speaks?|knows?|understands?)\s+(?:korean|japanese)", True, S),
        (r"needs?\s+(?:an?\s+)?(?:interpreter|translator)", True, S),
        (r"language|communicat\w+|interpreter", True, W),
        (r"understands? everything", False, W),
    ],
    "pow_early_revolutionary_work": [
        # "took no part in any revolutionary activity", "there is no record of early revolutionary work"
        (r"(?:took|takes|taken|had|has|played)\s+no\s+(?:part|role|share)\s+in\s+(?:any\s+)?(?:early\s+)?(?:revolution\w*|communist|resistance|underground|party)"
         r"|no\s+(?:record|evidence|history|sign|trace)\s+of\s+(?:any\s+)?(?:early\s+)?(?:revolution\w*|communist|resistance|underground|party)", False, S),
        (r"(?:working|worked|works)\s+(?:with|for|in)\s+(?:the\s+)?(?:underground|clandestine|secret)\s+(?:communists?|party|movement|resistance|cells?)", True, S),
        (r"(?:help|helped|helping|helps|joined|join|served|was\s+in|were\s+in|been\s+in|took\s+part\s+in)\s+the\s+revolution\s+(?:very\s+)?(?:early|from the start|from the beginning|before 1945)"
         r"|(?:switched\s+sides\s+and\s+)?(?:started\s+)?(?:helping|helped)\s+the\s+(?:eighth route army|8th route army|new fourth army|communists|pla|ccp|red army)", True, S),
        (r"never\s+had\s+anything\s+to\s+do\s+with\s+(?:the\s+)?(?:revolution|communists|party)", False, S),
        (r"(?:was|were|been)\s+(?:a\s+)?part\s+of\s+the\s+(?:revolution|revolutionary movement|underground|resistance)", True, S),
        (r"revolutionary\s+(?:past|work|history|activity|stuff|background)\s*:\s*(?:none|no|nothing|nope)", False, S),
        (r"(?:did|done|do|does|took part in|take part in|taken part in|involved in)\s+(?:anything|something)\s+revolutionary", True, S),
        (r"(?:did|done|does)\s+(?:some\s+)?(?:anti-japanese|anti japanese|resistance|underground|communist)\s+(?:resistance\s+)?work", True, S),
        (r"(?:helped|aided|supported|hid|sheltered|fed|smuggled\s+\w+\s+(?:to|for))\s+(?:the\s+)?(?:\w+\s+)?(?:anti-japanese|anti japanese|communist|resistance|korean independence)\s+(?:fighters|guerr?ill?as?|army|forces|partisans|movement|resistance|underground|rebels)", True, S),
        (r"(?<!counter-)(?<!counter)(?:early\s+)?revolution(?:ary)?\s+(?:stuff|things?|work|activities|activity|business)", True, S),
        (r"(?:fought|fighting|fights|fight)\s+(?:against\s+)?(?:the\s+)?(?:communists?|revolution\w*|" + _ORGS + r")", False, S),
        (r"(?:joined|became involved|got involved|took part)\b[^.,;]{0,40}?\b(?:only\s+)?(?:recently|lately|late|only after|after (?:the\s+)?(?:liberation|1949|195\d))\b", False, S),
        (r"(?<!counter-)(?<!counter)revolutionary\s+(?:work|activit(?:y|ies)|struggle|movement|cause|organi[sz]ations?|groups?|veteran|past|background|history|fighter|cadre)", True, S),
        (r"(?:joined|join|joining|took part in|take part in|taking part in|participated in|participate in|participating in|involved in|helped|help|helps|supported|served in|served with|fought (?:with|for|alongside)|fighting (?:with|for|alongside)|worked (?:with|for))\s+(?:the\s+|any\s+)?(?:early\s+)?(?:chinese\s+|japanese\s+|korean\s+)?(?:(?<!counter-)revolution\w*|communists?|chinese communists|communist party|ccp|cpc|red army|eighth route army|8th route army|new fourth army|people's liberation army|pla|anti-japanese (?:league|alliance|war|resistance|struggle)|japanese people's (?:emancipation|anti-war) league|japanese communist party|anti-war league|resistance|guerrillas?|partisans?|liberation|underground)", True, S),
        (r"(?:captured|arrested|held|detained|interned|imprisoned|fought against|fighting against|surrendered to|taken prisoner)\s+by\s+(?:the\s+)?(?:" + _ORGS + r")", None, S),
        (r"(?:member of|with|in|joined|for|part of|belonged to)\s+(?:the\s+)?(?:" + _ORGS + r")", True, S),
        (r"early\s+revolutionary|revolutionary\s+early|veteran\s+of\s+the\s+revolution|(?:communist|revolutionary|party member)\s+since\s+(?:the\s+)?(?:early|19[0-4]\d|the 19[0-4]0s)", True, S),
        (r"(?:was|were|been|joined|served)\s+(?:in|with)\s+(?:the\s+|an?\s+)?(?:[\w-]+\s+){0,2}?(?:communist|anti-japanese|anti japanese|anti-war|resistance|revolutionary)\s+(?:underground|party|cell|movement|guerr?ill?as?|army|fighters|partisans)", True, S),
        (r"(?:ran|carried|printed|distributed|handed out)\s+(?:[\w-]+\s+)?(?:messages|letters|supplies|leaflets|pamphlets)\s+(?:[\w'-]+\s+){0,4}?for\s+(?:the\s+)?(?:[\w-]+\s+)?(?:underground|resistance|guerr?ill?as?|partisans|communists|party)", True, S),
        (r"(?:organi[sz]\w*|led|leading|ran|running|helped organi[sz]e|(?:helped\s+)?found(?:ed)?)\s+(?:an?\s+)?(?:(?:labou?r|general|illegal|underground|secret|peasant|workers')\s+)?(?:strikes?|uprisings?|(?:communist|underground|revolutionary|party)\s+cells?|peasant (?:unions?|associations?)|(?:labou?r|trade|workers')\s+unions?)", True, S),
        (r"apolitical|not political|never political|no political (?:involvement|activit(?:y|ies)|background)", False, S),
        (r"(?<!counter-)(?<!counter)(?:revolution\w*|communists?|resistance|partisans?|guerrillas?|underground|political work|the party|politically active)", True, W),
    ],
    "pow_family_difficulties": [
        (r"(?:sick|ailing|dying|bedridden|starving|destitute)\s+(?:old\s+|elderly\s+)?(?:father|mother|wife|husband|parents|children|kids|son|daughter)", True, S),
        # "fam back home in a bad way", "domestic circumstances prevent him from working at ease"
        (_FAMILY + r"(?:\s+(?:back\s+)?(?:home|at home|in japan|in korea))?\s+(?:(?:is|are|was|were)\s+)?in\s+(?:a\s+)?(?:bad|terrible|awful|sorry|rough|poor)\s+(?:way|state|shape)"
         r"|(?:domestic|family|home)\s+(?:circumstances|situation|troubles|problems|matters|affairs|worries)(?:\s+[\w()']+){0,6}?\s+"
         r"(?:prevents?|prevented|keeps?|kept|stops?|stopped)\s+(?:him|her|them)\s+from\s+(?:working|concentrating|focusing|settling)", True, S),
        (_FAMILY + r"(?:\s+(?:back\s+)?(?:home|at home|in japan|in korea))?\s+(?:is|are)\s+no\s+problem", False, S),
        (r"famil(?:y|ies)(?:\s+(?:at|back)\s+home)?\W+(?:is\s+|are\s+)?(?:a\s+)?(?:total|complete|real|absolute|bit of a)\s+(?:mess|disaster|wreck|nightmare)", True, S),
        (_FAMILY + r"(?:\s+(?:back\s+)?(?:home|at home|in japan|in korea))?\s+(?:is|are|was|were)\s+in\s+(?:real\s+|deep\s+|serious\s+|great\s+|a\s+lot\s+of\s+)?(?:difficulty|difficulties|crisis|a bad way|a mess|distress)", True, S),
        (_FAMILY + r"(?:\s+(?:back\s+)?(?:home|at home|in japan|in korea))?\s+(?:is|are)\s+(?:doing\s+)?(?:just\s+)?(?:fine|well|ok|okay|alright|all right)", False, S),
        (_FAMILY + r"(?:\s+(?:back\s+)?(?:home|at home|in japan|in korea))?\s+(?:is|are|was|were)\s+in\s+(?:real\s+|deep\s+|serious\s+|big\s+|a lot of\s+)?trouble", True, S),
        (r"(?:difficult(?:y|ies)|problems?|troubles?|hardships?)\s+of\s+a\s+(?:familial|family|domestic)\s+nature", True, S),
        (r"famil(?:y|ies)(?:'s|\s+is|\s+are)?\s*(?::\s*)?(?:no\s+(?:issues?|problems?|troubles?|worries)|(?:doing\s+)?fine|ok|okay|all good)(?=\s*(?:$|[,.;!]|\s(?:also|either|too|at all)\b))"
         r"|(?:family|home)\s+(?:situation|life)\s+is\s+(?:about\s+)?as\s+(?:stable|calm|settled|good)\s+as", False, S),
        (_FAMILY + r"\s+(?:has|have|had|is having|are having|was having)\s+(?:(?:so|too|a lot of|lots of|many|serious|big|real|huge|such|so many|sooo+)\s+){0,2}(?:problems|troubles|issues|difficulties|worries|(?:a\s+)?(?:really\s+|very\s+)?(?:hard|tough|difficult|rough)\s+time)", True, S),
        (r"(?:domestic|family|home)\s+(?:circumstances|situation|life|affairs)\s+(?:are|is|were|was)\s+(?:quite\s+|entirely\s+)?(?:untroubled|stable|settled|in order|fine|sound|unremarkable|normal|ordinary)"
         r"|famil(?:y|ies)\s+(?:isn't|is not|aren't|are not)\s+(?:having\s+(?:any\s+)?(?:issues|problems|trouble|difficulties)|(?:a|any)\s+(?:problem|issue|worry))", False, S),
        (r"famil(?:y|ies)\s+situation\s+(?:is|was)\s+(?:(?:totally|completely|perfectly|all|pretty)\s+)?(?:fine|ok|okay|good|alright|stable|normal)", False, S),
        (r"(?:a mess|a wreck)\s+at\s+work|(?:can't|cannot)\s+think\s+(?:about|of)\s+anything\s+else", True, S),
        (r"famil(?:y|ies)\s+(?:issues|problems|difficulties|troubles|worries)\s*:\s*(?:none|no|nope|not really|nothing)", False, S),
        (r"famil(?:y|ies)\s+(?:stuff|things|life|affairs|situation)\s+(?:[\w']+\s+){0,2}?(?:a mess|messy|falling apart|a disaster|bad|terrible|awful|difficult|hard|complicated)|" + _FAMILY + r"\b(?:\s+[\w']+){0,4}?\s+(?:falling apart|a mess|in a mess|broken up|with nobody|with no one|have nobody|has nobody|have no one|has no one|has had nobody|have had nobody|has had no one|have had no one)", True, S),
        (r"(?:nobody|no one|noone)\s+to\s+(?:look after|care for|take care of|feed|support)\s+(?:his|her|their|the)?\s*" + _FAMILY, True, S),
        (r"(?:can't|cannot|can not|unable to|not able to|couldn't)\s+(?:really\s+)?(?:work|concentrate|focus|settle|think)(?:\s+(?:about|on|at|in|down at))?\s+(?:(?:his|her|their|the)\s+)?(?:job|work|labou?r|duties|tasks|chores)", True, S),
        (_FAMILY + r"\b(?:\s+[\w']+){0,4}?\s+(?:lost|losing|lose|loses)\s+(?:their|the|his|her|its|all\s+their)\s+(?:house|home|farm|land|fields|shop|savings|income|harvest|everything)"
         r"|" + _FAMILY + r"\b(?:\s+[\w']+){0,4}?\s+(?:has|have|had)\s+(?:no|nothing|hardly any)\s+(?:money|food|income|one to help|roof|home|house|to eat)", True, S),
        (r"famil(?:y|ies)(?:'s|s)\s+(?:all\s+)?(?:fine|ok|okay|alright|all right|doing fine|doing ok|doing well|safe)", False, S),
        (_FAMILY + r"\b(?:\s+[\w']+){0,4}?\s+(?:is|are|was|were|has\s+(?:always\s+)?been|have\s+(?:always\s+)?been|seems?)\s+(?:all\s+)?(?:fine|well|ok|okay|safe|healthy|good|no problem|doing well|doing fine|doing ok|doing okay|doing alright|doing all right|doing good|getting by|managing|taken care of|alright|all right|provided for)", False, S),
        (_FAMILY + r"\b(?:\s+[\w']+){0,4}?\s+(?:sick|ill|poor|struggling|suffering|starving|dying|in trouble|in need|in difficult(?:y|ies)|in danger|destitute|alone|desperate|in crisis|hungry|homeless|unwell|injured|missing|needs him|needs her|need him|need her"
         r"|(?:can|could)\s+(?:barely|hardly|scarcely)\s+(?:eat|survive|get by|feed themselves|pay))", True, S),
        (r"(?:worried|worries|worry|worrying|anxious|concerned|upset|distressed|preoccupied|troubled|thinks|thinking|obsessed)\s+(?:[\w']+\s+){0,2}?(?:about|for|over|by)\s+(?:(?:his|her|their|the)\s+)?" + _FAMILY, True, S),
        (r"famil(?:y|ies)\s+(?:problems?|issues?|difficult(?:y|ies)|troubles?|matters|worries|concerns|crisis|emergency|reasons|obligations|situation|circumstances|responsibilities|burden|hardship)", True, S),
        (r"miss(?:es|ed|ing)?\s+(?:his|her|their)\s+" + _FAMILY, True, S),
        (r"(?:can't|cannot|can not|unable to|not able to)\s+(?:work|concentrate|focus|settle)\s+(?:at ease|in peace|properly|calmly)|(?:can't|cannot|unable to)\s+(?:work|concentrate|focus)(?:\s+[\w']+){0,3}\s+(?:because of|due to)\s+(?:(?:his|her|their)\s+)?famil", True, S),
        (_FAMILY + r"(?:\s+[\w']+){0,4}?\s+(?:ok|okay|fine|safe|alright)(?=\s*(?:$|[,.;/]|\s+in\b))", False, S),
        (_FAMILY + r"(?:\s+[\w']+){0,4}?\s+(?:has|have)\s+no\s+(?:problems|issues|worries|troubles|difficulties)", False, S),
        (_FAMILY + r"(?:'s|\s+is|\s+are)\s+(?:managing|coping|getting by|doing)\s+(?:just\s+)?(?:fine|ok|okay|well|alright)", False, S),
        (r"(?:can't|cannot|can not|unable to|couldn't)\s+settle\s+(?:down\s+)?to\s+(?:any\s+|his\s+|her\s+)?work", True, S),
        (r"no\s+famil(?:y|ies)|famil(?:y|ies)\s+(?:is|are)\s+(?:here|in china|with him|with her)", False, W),
        (r"famil(?:y|ies)|not at ease|distracted", True, W),
    ],
    "hardship": [
        # told as events and cards: "the bailiffs came", "behind on her rent", "not a fen to his name", "still poor.", "comfortable salary", "tons of money", "finances: comfortable"
        (r"bailiffs?|debt\s+collectors?|behind\s+(?:on|with)\s+(?:(?:his|her|their|the)\s+)?(?:rent|payments|debts)|(?:without|not|no)\s+(?:(?:a|one|a single)\s+)?(?:penny|cent|fen|yuan|dime|sou|kopeck|coin)\s+to\s+(?:his|her|their)\s+name|(?:^|(?<=[.,;:]\s))(?:still|very|so|really|dirt|desperately)\s+poor(?=\s*(?:$|[.,;!]))|(?:no|without)\s+(?:rice|bread|coal)\s+(?:at all|to eat|in the house|for days)|no\s+money\s+for\s+(?:a|the|his|her|their)\s+(?:lawyer|doctor|medicine|food|rent|rice)", True, S),
        (r"(?:comfortable|good|decent|generous|handsome|high)\s+(?:salary|wages?|income|pay)|(?:tons|loads|heaps|lots|plenty)\s+of\s+(?:money|cash)|(?:finances|money)\s*:\s*(?:comfortable|fine|good|ok|okay|healthy|sound)", False, S),
        # administrative: "without means of subsistence", "lacks the means to support himself", "straitened circumstances"
        (r"(?:no|without|lacks?|lacking)\s+(?:any\s+|the\s+)?means\s+(?:of|to)\s+(?:subsistence|subsist|support|living|live|feed|maintain)"
         r"|(?:straitened|reduced|needy|impoverished|dire|desperate|precarious)\s+(?:financial\s+|economic\s+)?circumstances", True, S),
        (r"(?:can't|cannot|can not|couldn't)\s+(?:even\s+)?pay\s+for\s+(?:food|rice|rent|meals?|coal|medicine)"
         r"|money\s+is\s+(?:very\s+|too\s+)?(?:little|not enough)|(?:can't|cannot|can not)\s+live(?=\s*(?:$|[,.;!]))"
         r"|money\s*:\s*(?:zero|none|nothing|0|no|next to none|very little|barely any)\b|poor\s+as\s+a\s+church\s*mouse|money'?s\s+(?:really\s+|very\s+|pretty\s+|so\s+)?(?:tight|short|scarce)", True, S),
        (r"(?:earns?|earning|paid|gets?\s+paid)\s+(?:pretty|quite|really|very|fairly)\s+well", False, S),
        (r"(?:can't|couldn't|cannot|can not)\s+(?:even\s+)?afford\s+(?:coal|heating|fuel|medicine|clothes|shoes|a coat)", True, S),
        (r"(?:at|on|for)\s+a\s+(?:big|high|good|handsome|generous|large|decent)\s+(?:salary|wage|pay)", False, S),
        (r"(?:isn't|is not|wasn't|not)\s+enough\s+to\s+(?:feed|live|eat|survive|get by|support)|on\s+the\s+dole|can't\s+scrape\s+together", True, S),
        (r"(?:plenty|more than enough|enough)\s+for\s+(?:him|her|them)(?=\s*(?:$|[,.;!]))", False, S),
        (r"(?:pockets\s+are\s+empty|empty\s+pockets|(?:unable to|can't|cannot|can not|not able to)\s+support\s+(?:himself|herself|themselves|(?:his|her|their)\s+family))", True, S),
        (r"(?:comfortable|good|decent|steady|healthy)\s+income|plenty\s+(?:of\s+money\s+)?(?:set\s+aside|saved|in the bank)|eats\s+well", False, S),
        (r"(?:barely|hardly|can't|cannot|can not|struggles? to)\s+make\s+(?:the\s+|his\s+|her\s+|their\s+)?rent"
         r"|no\s+money\s+(?:for|to)\s+(?:eat|eating|food|rice|rent|live|living|meals?)", True, S),
        # able to live, and degrees: "can make a living", "never short of a meal", "poorer than anyone"
        (r"(?:can|could)\s+(?:make|earn)\s+(?:a\s+|his\s+|her\s+|their\s+)?(?:living|livelihood)|(?:earning|earns?)\s+enough"
         r"|never\s+short\s+of\s+(?:a\s+meal|meals|money|food|cash)|no\s+worse\s+(?:off\s+)?than\s+(?:anyone|most|others|everyone)(?:'s)?"
         r"|(?:money|financial|cash)\s+situation\s+(?:is|was|seems)\s+(?:\w+\s+)?(?:fine|ok|okay|good|stable|comfortable|sound|healthy)"
         r"|livelihood\s+(?:[\w]+\s+){0,4}?(?:adequate|secure|sufficient|stable|fine)", False, S),
        (r"(?:poorer|hungrier|broker|worse off)\s+than\s+(?:anyone|anybody|most|everyone|everybody|all|the rest)"
         r"|(?:trouble|struggles?|struggling)\s+(?:putting|to put|getting|to get)\s+(?:rice|food|bread|a meal|meals)\s+on\s+the\s+table"
         r"|(?:can't|cannot|can not|couldn't)\s+put\s+(?:rice|food|bread)\s+on\s+the\s+table", True, S),
        (r"(?:absolutely|totally|properly|seriously|pretty|super)\s+loaded(?=\s*(?:$|[,.;!]))|makes?\s+bank|making\s+bank"
         r"|(?:earns?|earning|makes?|making|gets?|getting|on)\s+(?:a\s+)?(?:fair whack|good salary|big salary|good wage|decent wage"
         r"|high salary|lot of money|good money|high wage)|(?:no|not any)\s+(?:problems?|trouble|worries)\s+(?:at all\s+)?with\s+money", False, S),
        (r"(?:mad|proper|well|hella)\s+(?:broke|skint)", True, S),
        (r"nothing to live on|(?:can't|cannot|cant|can not)\s+(?:even\s+)?pay\s+(?:the\s+|his\s+|her\s+)?rent|no income(?:\s+left)?", True, S),
        (r"money\s+(?:isn't|isnt|is not|ain't|aint|was not|wasn't|wasnt)\s+(?:really\s+)?(?:an?\s+)?(?:issue|problem|worry|concern)|money'?s\s+(?:fine|ok|okay|good|alright|no problem|not a problem)|money\s*(?:is|:|-)?\s*(?:fine|ok|okay|good|alright)(?![\w'])|(?:family's|family is|families are|he is|she is|they are|lives?|living)\s+(?:(?:quite|very|pretty|fairly)\s+)?(?:comfortable|comfortably|well[- ]off)(?!\s+(?:with|in|speaking|talking|about|at))|comfortably off|well[- ]off|(?:does|doing|did)\s+(?:just\s+)?(?:fine|ok|okay|well|alright)\s*(?:$|[,.;!]|money|financially)|(?:gets?|getting|got)\s+paid\s+(?:well|decently|good money|a lot)|well[- ]paid|(?:earns?|earning|makes?|making)\s+decent\s+money", False, S),
        # an item of a list: "korean, not broke, never fights", "janitor, dirt poor, ..."
        (r"(?:^|(?<=[,;:./]\s)|(?<=/)|(?<=\band\s))(?:(?:not|never|isnt|isn't|wasnt|wasn't|is|was|really|very|so|pretty|dirt|totally|super|quite|too|that|been)\s+){0,3}(?P<key>broke|poor|destitute|penniless|skint)(?=\s*(?:$|[,;.!/]|\s(?:at all|tho|though|either|anymore|and)\b))", True, S),
        (r"(?:totally|completely|flat|dead|stone|always|so|super|really|pretty|very|dirt|basically|kinda|kind of|constantly|often)\s+broke\b|broke\s+(?:all the time|as hell|af|most of the time)|(?:^|(?<=[,;:.]\s))broke(?=\s*(?:$|[,;.!]))", True, S),
        (_NOT_A_LANGUAGE + r"(?:is|are|was|were|so|super|pretty|really|quite|extremely|a bit|a little|kinda|kind of|dirt|desperately|very|incredibly|seriously)\s+poor(?!\s+(?:at|in|chinese|mandarin|english|health|thing|man|woman|guy|soul|student|teacher|farmer|worker|people))|poor\s+as\s+(?:hell|dirt|anything)", True, S),
        (r"money\s+(?:problems?|issues?|troubles?|worries|struggles?)|short\s+(?:of|on)\s+(?:money|cash|food)|(?:can't|cannot|can not|unable to|couldn't)\s+(?:even\s+)?afford\s+(?:food|rent|rice|bread|meals?|to eat|to live|anything|the rent|basic)", True, S),
        (r"(?:fine|ok|okay|alright|all right|good|comfortable|doing (?:fine|ok|okay|well|alright|all right|good))\s+(?:money[- ]?wise|financially|for money|with money)|(?:money[- ]?wise|financially)\s+(?:he|she|they)\s+(?:is|are)\s+(?:fine|ok|okay|good|alright)", False, S),
        (r"(?:barely|hardly|scarcely|can't|cannot|can not|unable to|not able to|struggl\w+ to|difficult to|hard to)\s+(?:make|making|makes|earn|earning|earns|scrape|scraping|scrapes)\s+(?:a\s+|his\s+|her\s+|their\s+|any\s+)?(?:living|livelihood)", True, S),
        (r"(?:barely|hardly|scarcely)\s+(?:gets? by|getting by|survives?|surviving|scrapes? by|scraping by|makes? ends meet|making ends meet|afford\w*|feeds?|feeding|eats?|eating|has enough|pays? for (?:food|bread|rice|rent|meals?|anything|the basics)|pays? (?:the|his|her|their) rent)", True, S),
        (r"(?:can't|cannot|can not|unable to|not able to|struggl\w+|difficult to|hard to)\s+(?:to\s+)?(?:make ends meet|get by|survive|feed (?:himself|herself|themselves|(?:his|her|their|the)\s+(?:family|kids|children|wife|husband))|pay (?:the |his |her |their )?rent|afford (?:food|rent|to live|to eat|anything))", True, S),
        (r"(?:lost|lose|loses)\s+(?:(?:his|her|their)\s+)?(?:job|work|income|livelihood|home|house|business)", True, S),
        (r"(?:no|without|lacks?)\s+(?:a\s+|any\s+|steady\s+|regular\s+)?(?:job|work|income|money(?!\s+for\b)|savings|means of (?:support|living)|way to (?:live|survive)|place to live|home|food|livelihood|employment)", True, S),
        (_NOT_A_LANGUAGE + r"(?:is|are|was|were|be|been|being|remains?|isn't|wasn't|aren't|weren't)\s+(?:(?:very|extremely|quite|so|really|too|desperately|dirt|that|even|exactly|also|still|now)\s+)?(?P<key>poor|broke|destitute|penniless)(?!\s+(?:at|in)\b(?!\s+all\b))", True, S),
        (r"(?:earning|earns?|making|makes)\s+(?:well|good money|a good living|decent money)", False, S),
        (r"comfortable\s+life|lives?\s+comfortably|(?:^|(?<=[,;:.]\s))(?:comfortable|well off|well-off|doing fine)(?=\s*(?:$|[,;.!/]))|(?:pays?|paid)\s+(?:him|her|them)\s+well", False, S),
        (r"(?:pays?|paying)\s+(?:his|her|their|the)\s+(?:bills|rent)\s+(?:no problem|fine|easily|on time|without trouble)", False, S),
        (r"(?:not|isn't|is not|aren't)\s+(?:exactly\s+)?(?:swimming|rolling)\s+in\s+(?:money|cash|it)|on\s+the\s+breadline|skint|no\s+longer\s+has\s+(?:any\s+)?(?:money|income|work|job)|hard\s+up|lost\s+everything|(?:running|run|ran)\s+out\s+of\s+money|no\s+(?:have|has|got)\s+(?:any\s+)?(?:money|job|work|food)|(?:can't|cannot)\s+make\s+(?:the\s+)?rent|(?:deep\s+|deeply\s+|heavily\s+)?in\s+debt|drowning in debt|doing badly|savings (?:are\s+)?gone|lost (?:all\s+)?(?:his|her|their)\s+savings|(?:hasn't|has not|hasnt|doesn't have|without)\s+(?:got\s+)?a\s+penny|skipping meals|behind on (?:the\s+|his\s+|her\s+)?rent|sleep(?:s|ing)?\s+(?:rough|on the streets?|at the station|in the station)|nowhere near enough", True, S),
        (r"unemployed|jobless|out of work|destitute|penniless|impoverished|poverty|starving|homeless|in dire straits|hand to mouth|hand-to-mouth", True, S),
        (r"struggl\w+\s+(?:to\s+(?:get by|survive|live|cope|make ends meet|eat|feed)|financially|for money|with money|with poverty|to feed)", True, S),
        (r"(?:financial|economic|money|living)\s+(?:difficult(?:y|ies)|hardships?|problems?|troubles?|struggles?)|hardships?", True, S),
        (r"(?:difficult(?:y|ies)|trouble|problems?|hard time|struggling)\s+(?:in\s+)?(?:living|surviving|getting by|making ends meet|making a living|earning a living|finding work|finding a job)", True, S),
        (r"(?:life|living)\s+(?:in china\s+)?(?:is|has been|was|are)\s+(?:very\s+|really\s+|extremely\s+|so\s+)?(?:hard|difficult|tough|miserable)", True, S),
        (r"not enough (?:money|food|to eat|to live on|income)|nothing to eat|goes? hungry|(?:lives?|living|survives?|surviving|depends?|depending|relies|relying)\s+on\s+(?:charity|handouts|begging|alms|relief)|money (?:is|has been|was) (?:tight|short|scarce)|(?:can't|unable to)\s+find\s+(?:a\s+|any\s+)?(?:job|work|employment)", True, S),
        (r"(?:has|have|had|earns?|makes?|got)\s+enough\s+(?:money|food|to eat|to live on|income)", False, S),
        (r"(?:doing|living|getting by|gets? by|got by|managing|coping)\s+(?:just\s+)?(?:fine|well|ok|okay|alright|all right|great|good|fine financially|quite well|comfortably)", False, S),
        (r"(?:has|have|had|got|with)\s+(?:a\s+)?(?:(?:good|steady|stable|decent|well-paid|well paid|secure|regular|proper|nice|permanent)\s+)?(?:job|income|salary|wage|business|livelihood)", False, S),
        (r"(?:well|comfortably|better)\s+off|wealthy|rich|affluent|prosperous|financially (?:stable|secure|fine|ok|okay|independent|comfortable)|well-to-do", False, S),
        (r"(?:makes?|earns?|making|earning)\s+(?:good|enough|decent|plenty of|a lot of)\s+(?:money|income)|(?:makes?|earns?|making|earning) a (?:good|decent|comfortable) living|earns? (?:well|enough)|(?:lives?|living)\s+comfortably|comfortably|(?:gets?|getting)\s+by\s+(?:fine|ok|okay|well|alright)|(?:manages?|managing|coping|copes)\s+(?:fine|well|ok|okay|alright)", False, S),
        (r"(?<!un)employed|works? (?:full[- ]time|as an?)|(?:has|have|got)\s+(?:some\s+|enough\s+|plenty of\s+|a lot of\s+)?money|savings", False, W),
        (r"poor|struggl\w*|broke|hungry|needy|in need|difficult(?:y|ies)|suffering|(?:a\s+)?(?:hard|tough|difficult)\s+(?:time|life|situation)", True, W),
        (r"fine|ok|okay|alright|all right|comfortable", False, W),
    ],
    "disturbs_order": [
        # "bar fights", "the neighbours he punched", "police are sick of him", "doesn't disturb anyone"
        (r"(?:bar|street|tavern|pub|drunken|market)\s+(?:fights?|brawls?)|(?:neighbou?rs|people|men|man|guys?|someone|those)\s+(?:he|she|they)\s+(?:punched|hit|beat up|attacked|stabbed|robbed)|(?:police|cops)\s+(?:are|is)\s+(?:sick|tired)\s+of\s+(?:him|her|them)", True, S),
        (r"(?:doesn't|does not|don't|never|not)\s+(?:disturb|disturbs|bother|bothers)\s+(?:anyone|anybody|a soul|the peace|people|others)", False, S),
        # "has caused no disorder", "not involved in the fight"
        (r"(?<!never )(?<!n't )(?<!not )(?:caused|causes|causing|made|makes)\s+no\s+(?:disorder|trouble|disturbances?|problems|unrest)"
         r"|(?:not|never|wasn't|isn't)\s+(?:involved|mixed up|implicated|taking part)\s+in\s+(?:the|any|a)\s+(?:fight\w*|brawl\w*|riot\w*|trouble|disturbances?)", False, S),
        # "has engaged in conduct detrimental to public order"
        (r"(?:(?:engaged|engages|engaging|engage|involved)\s+in\s+(?:any\s+)?)?conduct\s+(?:[\w-]+\s+){0,2}?(?:detrimental|prejudicial|harmful|injurious|contrary)\s+to\s+(?:the\s+)?(?:public\s+|social\s+|civil\s+)?(?:order|peace|security)", True, S),
        (r"(?:no|never any|without)\s+disturbances?|conduct\s*:\s*(?:exemplary|good|fine|excellent|clean)", False, S),
        (r"never\s+(?:once\s+)?(?:raised\s+(?:his|her|their)\s+voice|broken\s+a\s+rule|been\s+in\s+trouble\s+with\s+anyone)", False, S),
        (r"(?:nobody|no one)(?:'s|\s+has)?\s+(?:ever\s+)?(?:seen|saw)\s+(?:him|her|them)\s+(?:start|pick|get into|cause|make)\s+(?:a\s+|any\s+)?(?:fights?|trouble|scenes?)", False, S),
        (r"(?:make|makes|making|made)\s+(?:a\s+)?fights?|(?:police|cops)\s+(?:catch|catches|caught|arrest|arrests)\s+(?:him|her|them)", True, S),
        # degrees and euphemisms: "slightly rowdy", "the police know him well", "quieter than a mouse"
        (r"(?:police|cops)\s+(?:all\s+)?know\s+(?:him|her|them)(?:\s+(?:well|by name))?|(?:known|well known)\s+to\s+the\s+police"
         r"|(?:rowdy|rowdier|unruly|a menace|a nuisance)|(?:disturbances?|disruptions?|breaches)\s+of\s+(?:the\s+)?(?:public|social|civil)\s+order", True, S),
        (r"quieter\s+than\s+a\s+mouse|(?:never|not)\s+(?:once\s+)?(?:disturbed|bothered|troubled)\s+(?:anyone|anybody|a soul|the peace)", False, S),
        (r"(?:fights?|brawls?|scraps?)\s+(?:a lot|all the time|constantly|regularly|every week|every day|every (?:weekend|night|month))"
         r"|(?:gets?|getting|got|keeps? getting)\s+into\s+(?:scraps|scrapes|punch-?ups|fist ?fights|fights|brawls|rows)", True, S),
        (r"never\s+any\s+bother|quiet\s+as\s+a\s+mouse|(?:no|never any)\s+trouble\s+to\s+anyone", False, S),
        (r"no\s+(?:record|history)\s+of\s+(?:[\w-]+\s+){0,2}?(?:disorderly|disorder|trouble|crime|fights?|fighting|violence|arrests?|offen[cs]es|misconduct)", False, S),
        (r"smash(?:es|ed|ing|in)?\s+up\s+(?:a|the|his|her)\s+(?:bar|shop|pub|restaurant|stall|place|teahouse)", True, S),
        # "never fights", "doesnt cause trouble": the negator counts (it lies before the key word)
        (r"(?:never|not|doesn't|doesnt|does not|don't|dont|won't|wont|hasn't|has not|didn't|did not|rarely|hardly ever|seldom)\s+(?:ever\s+|really\s+|any\s+|(?:been\s+)?in\s+(?:(?:any|a|a single)\s+)?)?(?P<key>fights?|fought|brawls?|riots?|trouble\b|causes? (?:any\s+)?trouble|makes? (?:any\s+)?trouble)\b", True, S),
        (r"(?:keeps?|kept|always|often|constantly|regularly|sometimes)\s+(?:on\s+)?(?:getting\s+(?:into|in)\s+|starting\s+|picking\s+)?(?:fights?|fighting|brawling|brawls|punching|hitting people|drinking and fighting)", True, S),
        (r"(?:been|was|got|gets|is|were)\s+arrested\b", True, S),
        (r"(?:broken|broke|breaks|breaking)\s+(?:any|the)\s+laws?|rows?\s+with\s+(?:the\s+)?(?:police|cops|neighbou?rs)|rowing\s+with", True, S),
        (r"(?:clean|spotless)\s+(?:criminal\s+|police\s+)?record|no\s+criminal\s+record|record\s*[:=]\s*(?:clean|spotless)", False, S),
        (r"no\s+(?:police|cop)\s+(?:trouble|problems?|record)|(?:no|never any|not any)\s+(?:fights|fighting|brawls|brawling|violence)\b|(?:keeps?|kept)\s+(?:his|her|their)\s+nose\s+clean|(?:keeps?|kept|stays?|stayed)\s+out\s+of\s+trouble", False, S),
        (r"(?:gets?|got|getting|get|gotten|been)\s+(?:in|into)\s+(?:a\s+|an\s+|some\s+)?(?:[\w']+\s+){0,3}?(?:fights?|brawls?|scuffles?|punch[- ]ups?|altercations?|punch ups?)|(?:fights?|fighting|brawls?|brawling)\s+with\s+(?:a\s+|the\s+|his\s+|her\s+|their\s+)?(?:cops?|police\w*|neighbou?rs?|coworkers?|co-workers|people|customers?|locals|guards|officers?|others)", True, S),
        (r"(?:punch\w*|hit\w*|beat\w*|smash\w*|broke|breaks?|breaking|attack\w*)\s+(?:up\s+)?(?:people|ppl|someone|somebody|someone's|others|stuff|things|windows?|property|shops?|cars?|a guy|a man)", True, S),
        (r"(?:gets?|getting|got|is|was|always|often|keeps? getting|being)\s+(?:really\s+|so\s+|very\s+)?(?:drunk|wasted|hammered|plastered)|drunk\w*\s+(?:and|&)\s+(?:fighting|violent|smashing|shouting|rowdy)", True, S),
        (r"(?:arrested|picked up|locked up|jailed|hauled in|taken in|fined|punished|warned)\s+(?:[\w']+\s+){0,2}?for\s+(?:fighting|brawling|theft|stealing|assault|rioting|disturb\w*|being drunk|drunkenness|vandalism)|(?:police|cops?)\s+(?:[\w']+\s+){0,3}?(?:picked (?:him|her|them) up|arrested|came|come|called|round|around|hassle|stop|detained|took (?:him|her|them)|caught|after (?:him|her|them))|(?:called|calling|call)\s+the\s+(?:police|cops)|(?:trouble|problems?|issues?|run-ins?)\s+with\s+(?:the\s+)?(?:police|cops|law enforcement)", True, S),
        (r"law[- ]?abiding|well[- ]behaved|behaves?\s+(?:well|himself|herself|themselves)|(?:good|model|exemplary|upstanding)\s+(?:citizen|resident|neighbou?r|behaviou?r|conduct|worker|record)|keeps?\s+to\s+(?:himself|herself|themselves)|peaceful|peaceable|orderly(?!\s+conduct)|respectable|(?:lives?|living)\s+quietly|quiet life", False, S),
        (r"(?:gets?|getting|got|gotten|keeps? getting)\s+(?:[\w']+\s+)?into\s+(?:fights|fighting|brawls|trouble|scuffles|arguments|quarrels)", True, S),
        (r"(?:picks?|picking|picked|starts?|starting|started|provokes?|provoking)\s+(?:[\w']+\s+)?fights|fist ?fights?|brawl\w*|scuffles?", True, S),
        (r"(?:causes?|causing|caused|makes?|making|made|stirs?|stirring|stirred)\s+(?:up\s+)?(?:(?:a lot of|lots of|any|much|some|serious|no)\s+)?(?:trouble|problems|disturbances?|chaos|unrest|havoc|a scene|a disturbance|disorder|a ruckus|ruckus|a commotion|a fuss)|trouble-?\s?makers?", True, S),
        (r"riots?|rioting|rioted|rioters?|disturb\w*\s+(?:the\s+)?(?:peace|order|public order|social order|public|neighbou?r\w*)|(?:breach\w*|breaking|breaks|disrupt\w*|threaten\w*|undermin\w*|affects?|affecting|endanger\w*|harm\w*)\s+(?:the\s+)?(?:social|public|civil)\s+order|(?:public|social)\s+(?:disorder|nuisance|unrest)", True, S),
        (r"drunk and disorderly|disorderly|violent|violence|assault\w*|attack\w*\s+(?:people|others|neighbou?rs)|steals?|stealing|stole|theft|thief|thieves|robber\w*|robs?|shoplift\w*|pickpocket\w*|pilfer\w*|break(?:s|ing)? into|broke into|burgl\w*|black market|smuggl\w*|vandal\w*|looting|harass\w*|incit\w*|sabotag\w*|espionage|spying|counter-?revolutionary|bandit\w*|gambl\w*|opium|gangs?\b|(?:trouble|problems?)\s+with\s+(?:the\s+)?(?:police|neighbou?rs|authorities|the law)", True, S),
        (r"complain\w*\s+(?:about|against)\s+(?:him|her|them)", True, S),
        (r"(?:joined|joins|joining|was in|ran with|runs with|part of)\s+(?:a|an|the)\s+(?:angry\s+|violent\s+|lynch\s+)?(?:mob|riot|rioters|gang)"
         r"|attack\w*\s+(?:a|an|the)\s+(?:[\w-]+\s+)?(?:police station|station|office|shop|store|building|house|post|guard|policeman|officer|cadre)", True, S),
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
BOOL_PATTERNS = {f: EVENT_PATTERNS.get(f, []) + rows for f, rows in BOOL_PATTERNS.items()}
