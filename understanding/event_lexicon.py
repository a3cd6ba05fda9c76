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
        (r"insists?\s+(?:he|she|they)\s+(?:will|'ll|is\s+going\s+to)\s+stay", False, S),
        # slang and idiom: "itching to get back", "wouldn't leave for all the tea in China"
        (r"itching\s+to\s+(?:get|go)\s+(?:back|home)|(?:is|are)\s+wanting\s+to\s+(?:go|get)\s+(?:back|home)", True, S),
        (r"wouldn't\s+leave\s+for\s+all\s+the\s+tea|(?:not|isn't)\s+trying\s+to\s+(?:go|get)\s+(?:back|home)", False, S),
        (r"(?:hasn't|hasnt|has\s+not)\s+asked\s+to\s+(?:go|be\s+sent)\s+(?:back|home)\s+yet", False, S),
        # queues and papers: "queuing every day at the office for an exit permit", "applied for repatriation",
        # "asked for papers to go home", "stands in line at the consulate"; refusals: "said no ... a place on the list"
        (r"(?:queu(?:e|es|ed|ing)|stands?\s+in\s+line|waits?\s+in\s+line)\s+(?:every\s+day\s+)?(?:at|outside)\s+(?:the\s+)?(?:[\w'-]+\s+){0,2}?(?:office|consulate|embassy|bureau)"
         r"|applied\s+(?:[\w'-]+\s+){0,5}?for\s+(?:repatriation|an?\s+exit|exit|papers\s+to\s+(?:go|leave))|asked\s+for\s+(?:papers|permission|a\s+permit)\s+to\s+(?:go|leave|return)"
         r"|(?:would|'d)\s+go\s+home\s+(?:to\s+[a-z]+\s+)?tomorrow|(?:ask|asks|asked)\s+to\s+the\s+authorities\s+for\s+(?:going|to\s+go)", True, S),
        (r"said\s+no\s+(?:\w+\s+){0,2}?when\s+(?:officials|they|the\s+authorities)\s+offered|zero\s+interest\s+in\s+(?:moving|going)\s+back"
         r"|(?:doesn't|does\s+not)\s+want\s+to\s+leave\s+(?:her|his)\s+(?:new\s+)?(?:children|kids|family|husband|wife)|it\s+(?:is\s+not|isn't|isnt|'s\s+not)\s+true\s+that\s+(?:she|he)\s+wants?\s+to\s+(?:go|leave|return)", False, S),
        # "the last thing she wants is to leave China"
        (r"the\s+last\s+thing\s+(?:he|she|they)\s+wants?\s+is\s+to\s+(?:leave|go|return)", False, S),
        # "he says no to leaving", "said no to going back"
        (r"(?:says?|said|saying)\s+no\s+to\s+(?:leaving|going\s+(?:home|back)|returning|repatriation|being\s+sent\s+(?:home|back))", False, S),
        # a name on the list home, or a place on it turned down: "put his name down to go home"
        (r"(?:put|puts|putting|got|get|had|has)\s+(?:his|her|their)\s+names?\s+(?:down\s+)?(?:on\s+the\s+(?:[\w-]+\s+)?list\s+)?"
         r"(?:to\s+(?:go|be\s+sent)\s+(?:home|back)|for\s+(?:the\s+)?(?:repatriation|next\s+train|next\s+ship))", True, S),
        (r"(?:turned|turns|turning)\s+down\s+(?:his|her|their|a)\s+(?:place|seat|spot|ticket)\s+(?:on|for)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?"
         r"(?:list|train|ship|transport)|unpacked\s+(?:his|her|their)\s+(?:suitcases?|bags|trunks?)\s+for\s+good", False, S),
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
        (r"(?:makes?|making)\s+very\s+little(?:\s+money)?|(?:like\s+)?zero\s+money(?!\s+(?:troubles?|problems?|issues?|worries))", True, S),
        (r"(?:has|have)\s+enough\s+to\s+(?:live|get\s+by|eat)|(?:^|(?<=[.!;]\s))paid\s+well", False, S),
        (r"struggling\s+(?:for|with)\s+money", True, S),
        (r"\bbrassic|(?:lowkey|pure|proper|well)\s+broke|hand\s+to\s+mouth|penniless|(?:hasn't|hasnt|has\s+not)\s+paid\s+(?:anyone|him|her|them)"
         r"|(?:earns?|earn)\s+very\s+little|cannot\s+survive\s+on\s+it", True, S),
        (r"\bminted\b|(?:no|not)\s+wahala|(?:get|gets|got)\s+plenty\s+(?:of\s+)?money|not\s+suffering|not\s+rich\s+but\s+(?:comfortable|ok|okay|fine|alright)"
         r"|managing\s+(?:his|her)\s+(?:salary|money)\s+well|(?:ok|okay|fine)\s+(?:\w+\s+)?financially", False, S),
        (r"(?:can|could)\s+barely\s+(?:live|survive|eat|get\s+by)", True, S),
        (r"(?:no|not\s+any)\s+problems?\s+(?:with\s+)?money", False, S),
        (r"money\s+is\s+(?:really\s+|very\s+|so\s+|pretty\s+)?tight|pawned\s+(?:her|his|their)\s+\w+|sleeps?\s+under\s+a\s+bridge|earns?\s+pennies"
         r"|(?:owes|owe)\s+(?:[\w'-]+\s+){0,3}?a\s+lot|(?:many|lots\s+of|huge|big)\s+debts|(?:did\s+not|didn't|hasn't|has\s+not)\s+paid?\s+(?:him|her)\s+(?:salary|wages)"
         r"|borrows?\s+(?:money\s+)?from\s+(?:the\s+)?neighbou?rs|harvest\s+(?:failed|was\s+ruined)|(?:they|he|she)\s+(?:are|is)\s+hungry"
         r"|sold\s+(?:her|his|their)\s+jewel(?:le)?ry", True, S),
        (r"(?:not\s+much|small|low|little)\s+but\s+(?:it\s+)?(?:is\s+)?enough|business\s+is\s+(?:good|booming)|doing\s+really\s+well|eats\s+better\s+than"
         r"|pay\s+rise|(?:has|have)\s+savings|savings\s+are\s+(?:big|large|good)|well\s+fed|got\s+rich|pays\s+(?:him|her)\s+(?:alright|well|ok|okay|fine)"
         r"|has\s+everything\s+(?:she|he)\s+needs", False, S),
        # pay too small, a family hungry, a business doing well: "his salary is very small", "small but enough"
        (r"(?:salary|wages?|pay|income)\s+(?:is|was|are)\s+(?:very\s+|too\s+|so\s+|really\s+)?(?:small|low|tiny|little)(?!\s+but\s+enough)"
         r"|(?:family|kids|children)\s+(?:is|are)\s+(?:always\s+|often\s+|very\s+)?(?:hungry|starving)", True, S),
        (r"(?:small|low|little)\s+but\s+enough|far\s+from\s+(?:poor|broke)|(?:makes?|making)\s+enough\s+(?:to\s+live|money|to\s+get\s+by)"
         r"|(?:business|shop|bakery|stall|restaurant|tea\s*house|store|workshop)\s+is\s+(?:going|doing)\s+(?:fine|well|great|ok|okay)"
         r"|(?:don't|doesn't|dont|doesnt|do\s+not|does\s+not)\s+(?:have|has)\s+(?:any\s+)?problems?\s+with\s+(?:the\s+)?money"
         r"|money\s+(?:he's|she's|hes|shes|he\s+is|she\s+is)\s+(?:ok|okay|fine|good|alright)", False, S),
        (r"(?:is|'s|hes|shes|are|was|gets?|getting|got)\s+paid\s+(?:well|decently|nicely|a\s+lot|good\s+money)", False, S),
        # hunger, ruin and a roof lost: "one meal a day", "went bankrupt twice", "sleeps in his cousin's barn"
        (r"(?:one|1|a\s+single)\s+meal\s+a\s+day|eats?\s+(?:only\s+)?once\s+a\s+day|(?:went|gone|go|goes|is|was|been)\s+bankrupt"
         r"|(?:sleeps?|sleeping|slept)\s+(?:rough|(?:in|at)\s+(?:a|the|his|her|their)\s+(?:[\w']+\s+)?(?:barn|storeroom|shed|doorway|temple)"
         r"|on\s+the\s+streets?|in\s+the\s+streets?)|(?:hasn't|hasnt|has\s+not|haven't|havent)\s+had\s+(?:any\s+)?(?:work|a\s+job)\s+(?:in|for)"
         r"|(?:threw|throws|kicked|kicks|turned|put)\s+(?:her|him|them)\s+out\b[^.;!?]{0,30}?(?:couldn't|could\s+not|can't|cannot)\s+pay"
         r"|(?:^|(?<=[.!;]\s))poor\s+(?:ever\s+)?since\b"
         r"|money\s+is\s+a\s+(?:huge|big|real|massive|serious|constant)\s+(?:problem|worry)|(?:wages?|pay|salary)\s+(?:got|was|were|has\s+been)\s+cut", True, S),
        # money to spare: "the best paid in her ward", "bought a second ox", "got a bonus", "saves money every month"
        (r"(?:best|highest|better|well)[- ]paid|(?:bought|buys|buying)\s+(?:a|an|another|his|her|their)\s+(?:second\s+|new\s+|big\s+)?"
         r"(?:car|house|flat|apartment|ox|horse|shop|radio|bicycle|bike)|(?:earns?|earning|makes?|making)\s+(?:a\s+lot|loads|plenty|more\s+than)"
         r"|(?:earns?|earning)\s+(?:alright|all\s+right|ok|okay)|(?:got|gets|given|gave\s+(?:him|her|them))\s+a\s+(?:big\s+)?bonus"
         r"|raised\s+(?:his|her|their)\s+(?:wages?|pay|salary)|(?:saves?|saving|saved)\s+(?:money|up)\s+every", False, S),
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
        (r"ongoing\s+(?:criminal\s+|civil\s+)?(?:trial|case|lawsuit)|waiting\s+for\s+(?:his|her|their|the)\s+(?:[\w-]+\s+)?trial", True, S),
        (r"trial\s+(?:is\s+still\s+going|hasn't\s+happened|has\s+not\s+happened)|(?:police|they)\s+(?:have\s+)?charged\s+(?:him|her)", True, S),
        (r"trial\s+(?:isn't|is\s+not|isnt)\s+over|waiting\s+for\s+the\s+judge|(?:went|go|goes)\s+to\s+(?:the\s+)?court\s+and\s+(?:is|it's)\s+not\s+decided"
         r"|out\s+on\s+bail|(?:the\s+)?case\s+is\s+(?:still\s+)?ongoing|took\s+(?:him|her|them)\s+to\s+court|(?:it's|its)\s+in\s+court\s+and\s+not\s+decided", True, S),
        (r"verdict\s+came|in\s+court\s+(?:he|she)\s+has\s+nothing|no\s+case\s+before\s+any\s+court", False, S),
        # a court process, a tribunal: "a process in the tribunal against him", "no court process"
        (r"(?:court|legal|judicial)\s+process|process\s+(?:in|at|before)\s+(?:the\s+)?(?:court|tribunal)|trial\s+that\s+(?:hasn't|hasnt|has\s+not)"
         r"\s+(?:happened|finished|started|ended)", True, S),
        (r"nothing\s+legal|(?:that|the)\s+case\s+is\s+(?:closed|over|finished|done)", False, S),
        # a case over: "was in a lawsuit with his old employer, settled now", "had a court case but it's over"
        (r"(?:lawsuit|suit|court\s+case|case|trial|dispute)\b[^.;!?]{0,50}?(?:,\s*|\s+but\s+(?:it'?s|it\s+is|it\s+was|that'?s)\s+(?:all\s+)?)"
         r"(?:settled|over|closed|resolved|finished|done|dismissed)(?:\s+now)?\b", False, S),
        # a case still waiting: "the hearing keeps getting postponed"; one ended: "the court threw out the case"
        (r"(?:hearing|trial|verdict|ruling)\s+(?:keeps\s+(?:getting|being)|was|has\s+been|got)\s+(?:postponed|delayed|adjourned|put\s+off)", True, S),
        (r"(?:court|judge)\s+(?:threw|throws|has\s+thrown)\s+out\s+(?:the|his|her|their)\s+case|(?:case|lawsuit|suit)\s+(?:against\s+(?:him|her|them)\s+)?"
         r"(?:was|got|has\s+been)\s+(?:thrown\s+out|dismissed|dropped|settled|closed)", False, S),
        # "the summons came on monday", "was served a summons"
        (r"(?:the|a)\s+summons\s+(?:came|arrived|has\s+come|was\s+served)|(?:got|received|was\s+served|been\s+served)\s+(?:with\s+)?(?:a|the)\s+summons", True, S),
    ],
    "disturbs_order": [
        (r"caused\s+(?:a\s+)?(?:big\s+)?disturbance|beat\s+up\s+(?:a|his|her)\s+(?:coworker|co-worker|colleague|neighbou?r)"
         r"|robbing\s+(?:people|shops|stalls|houses)", True, S),
        (r"(?:drunken\s+)?scrap\s+(?:outside|in|at|with)|smashed\s+(?:a|the|some)\s+(?:[\w']+\s+)?head|fight\s+people|wound(?:ed)?\s+somebody|robbed\s+(?:a|the)\s+", True, S),
        (r"(?:never|not)\s+(?:been\s+)?in\s+strife|no\s+beef\s+with|(?:is\s+)?not\s+fight\s+with\s+anyone", False, S),
        (r"(?:^|(?<=[,;:/.]\s))no\s+(?:crimes?|criminal\s+record)\b", False, S),
        (r"never\s+breaks?\s+(?:the\s+)?(?:rules|law)", False, S),
        # "led a protest", "had a fight with the boss", "drinks and smashes things"
        (r"(?:led|leads|organi[sz]ed|started|joined)\s+(?:a|the)\s+(?:protest|strike|demonstration)|(?:had|has|have)\s+(?:a|another)\s+"
         r"(?:fight|brawl|punch-?up)\s+with|smash(?:es|ed|ing)\s+things|(?:make|makes|making|made)\s+(?:problems?|trouble)\s+with\s+(?:the\s+)?police", True, S),
        (r"(?:was|were|been|got|gets|get)\s+(?:in|into)\s+(?:a|another|some)\s+(?:fight|brawl|scuffle|punch-?up)", True, S),
        # violence told as what was done: "punched the tax collector", "smashed the foreman's window", "threw rocks at the police"
        (r"(?:punched|punches|punching|slapped|beat\s+up|beats\s+up|stabbed|hit)\s+(?:the|a|his|her|some|an)\s+(?:[\w']+\s+)?"
         r"(?:collector|foreman|man|guy|neighbou?r|customer|policeman|officer|landlord|boss|soldier|cadre|worker|clerk|guard)"
         r"|smash(?:ed|es|ing)?\s+(?:up\s+)?(?:the|a|his|her|some)\s+(?:[\w']+\s+)?(?:windows?|shop|stall|bar|office)"
         r"|(?:threw|throws|throwing)\s+(?:rocks|stones|bricks|bottles)\s+at|(?:started|starts|starting|picked|picks)\s+(?:a|the)\s+(?:fight|brawl|riot)"
         r"|(?:hurt|hurts)\s+(?:anyone|anybody|someone|people)", True, S),
        # "the police hauled him out of a tavern", "no lawsuits, no police, nothing"
        (r"(?:police|cops|guards|militia)\s+(?:[\w']+\s+){0,2}?(?:hauled|dragged|threw|carried)\s+(?:him|her|them)\s+(?:out|off|away)", True, S),
        (r"(?:^|(?<=[,.;:]\s))no\s+police(?=\s*(?:$|[,.;!]))", False, S),
    ],
    "pow_family_difficulties": [
        (r"\borphans\b|nobody\s+to\s+look\s+after\s+them|farm\s+failed|they're\s+starving", True, S),
        (r"(?:family|folks)\s+(?:no\s+have|doesn't\s+have|does\s+not\s+have|has\s+no)\s+problems?", False, S),
        (r"doing\s+it\s+tough|lost\s+(?:a|his|her)\s+(?:leg|arm|job)", True, S),
        (r"no\s+problems,\s+everything\s+normal", False, S),
        (r"(?:had|has|have)\s+to\s+(?:leave|quit)\s+school|(?:has|have|got)\s+(?:tb|tuberculosis)|nowhere\s+to\s+live|house\s+burned\s+down", True, S),
        (r"everyone\s+at\s+home\s+is\s+(?:healthy|fine|well|ok|okay)", False, S),
        (r"(?:their|the|his)\s+house\s+(?:burned|burnt|was\s+bombed)\b", True, S),
        (r"(?:can't|cannot|couldn't|can\s+not)\s+feed\s+(?:them|the\s+kids|the\s+children|his\s+kids|his\s+children)", True, S),
        (r"(?:family|folks)\s+(?:at\s+home\s+|back\s+home\s+)?(?:(?:is|are)\s+)?all\s+(?:good|fine|ok|okay|well|healthy)\b", False, S),
        # ruin at home: "the family farm was flooded", "his brothers are begging in the street", "the house got repossessed"
        (r"(?:family|their|his|her|the)\s+(?:farm|house|home|shop|fields)\s+(?:was|got|has\s+been|had\s+been)\s+(?:flooded|repossessed|washed\s+away|burned|burnt|bombed)"
         r"|" + _KIN + r"\s+(?:are|is|were|was)\s+(?:begging|starving|homeless)", True, S),
        # the family's loss told as news from home: "his wife writes that the house burned down",
        # "his wife has been evicted", "his father's shop has been seized"
        (r"(?:writes?|wrote|letters?\s+(?:from\s+[a-z]+\s+)?says?|says?)\s+(?:that\s+)?(?:the|their|his|her)\s+(?:house|home|farm|shop)"
         r"\s+(?:has\s+|had\s+)?(?:burned|burnt|was\s+(?:burned|burnt|bombed|destroyed|seized)|(?:has\s+|had\s+)?been\s+(?:seized|destroyed|bombed))"
         r"|" + _KIN + r"\s+(?:has|have|had)\s+been\s+(?:evicted|bombed\s+out|burned\s+out|thrown\s+out)"
         r"|(?:father|mother|family|parents|wife|brother)(?:'s|s')\s+(?:shop|farm|land|house|home|fields)\s+(?:has\s+been|had\s+been|was|got)"
         r"\s+(?:seized|confiscated|burned|burnt|destroyed|taken|flooded|repossessed|washed\s+away|bombed)", True, S),
    ],
    "pow_language_barrier": [
        (r"understanding\s+(?:zero|nothing)|(?:chinese|mandarin)(?:\s+language)?\s+is\s+impossible\s+for\s+(?:him|her)", True, S),
        (r"\bunderstands?\s+nothing|(?:can't|cannot)\s+understand\s+a\s+(?:single\s+)?word\s+of|go(?:es)?\s+right\s+over\s+(?:his|her)\s+head", True, S),
        (r"(?:not|doesn't|doesnt|don't|dont|can't|cannot)\s+understand\s+(?:nothing|nothin|anything|the\s+(?:study\s+)?(?:class|classes|lessons?|lectures?))"
         r"|(?:can't|cannot|couldn't)\s+keep\s+up\s+in\s+(?:the\s+)?class", True, S),
        (r"(?:understands?|follows?|gets?)\s+the\s+(?:chinese\s+|political\s+|study\s+)?(?:classes|lessons|lectures|sessions)\s+"
         r"(?:fine|well|ok|okay|perfectly|easily|no\s+problem)", False, S),
        # "doesn't understand a single word of chinese", "can't follow a word of the Chinese lectures"
        (r"(?:doesn't|doesnt|does\s+not|can't|cant|cannot|can\s+not|don't|didn't|couldn't)\s+(?:understand|speak|follow|catch)\s+"
         r"(?:a\s+(?:single\s+)?word|one\s+word|a\s+thing)\s+(?:of|in)\s+(?:the\s+)?(?:chinese|mandarin|lessons|lectures|classes)", True, S),
    ],
    "pow_early_revolutionary_work": [
        (r"(?:was|worked|fought|joined\s+up)\s+(?:with|for)\s+the\s+communists|(?:secret|underground)\s+(?:communist\s+)?(?:cell|stuff|work|activities)"
         r"|leftist\s+(?:youth\s+)?(?:group|league|union|organi[sz]ation)", True, S),
        (r"did\s+nothing\s+(?:political|revolutionary)|(?:was\s+)?never\s+(?:part\s+of|involved\s+in|in)\s+any\s+revolutionary", False, S),
        (r"printed\s+(?:anti-japanese|communist|revolutionary|anti-war)\s+(?:flyers|leaflets|pamphlets|posters)|underground\s+communist", True, S),
        (r"did\s+nothing\s+revolutionary", False, S),
        # the work itself: "hid communist organisers in his cellar", "passed information to the Eighth Route Army"
        (r"(?:hid|hiding|hidden|sheltered|sheltering)\s+(?:communist|party|revolutionary|resistance|underground|anti-japanese|anti-war)\s+(?:organi[sz]ers|members|fighters|cadres|agents|pamphlets|leaflets|literature)"
         r"|(?:passed|passing|smuggled|carried)\s+(?:secret\s+)?(?:information|intelligence|messages|leaflets)\s+to\s+the\s+(?:eighth\s+route|new\s+fourth|red|communist|people's)"
         r"|anti-?war\s+league", True, S),
        # a note's shorthand: "ex-guerrilla 1930s", "former partisan"
        (r"(?:ex-?|former\s+)(?:guerr?ill?as?|partisans?|resistance\s+fighters?|revolutionar(?:y|ies)|underground\s+(?:fighter|member)s?)", True, S),
    ],
}
