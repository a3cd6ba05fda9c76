"""Yes/no case facts told as events, idioms and a note's shorthand rather than named: "the rice jar
is empty" (hardship), "a seat on the next train to Sinuiju" (asks to go home), "the summons came"
(a case), "ex-guerrilla" (early revolutionary work).

Rows as in yes_no_lexicon.BOOL_PATTERNS, which puts them first in each fact's list (these name a
particular event, so they outrank the general words they overlap).
"""

from __future__ import annotations

from .everyday_lexicon import EVERYDAY_FIRST, EVERYDAY_PATTERNS
from .formal_lexicon import FIRST_PATTERNS, FORMAL_PATTERNS
from .life_lexicon import LIFE_PATTERNS
from .more_words_lexicon import MORE_PATTERNS
from .people_lexicon import PEOPLE_PATTERNS
from .plain_lexicon import HOMEWARD as _HOMEWARD
from .plain_lexicon import PLAIN_PATTERNS
from .situation_lexicon import PEOPLE_HURT, SITUATION_FIRST, SITUATION_PATTERNS
from .story_lexicon import STORY_PATTERNS
from .street_lexicon import STREET_PATTERNS
from .talk_lexicon import TALK_PATTERNS
from .world_lexicon import WORLD_PATTERNS

S = True

# Korea or Japan, by country or by place: where a journey home ends
_VEHICLE = r"(?:train|ship|boat|steamer|ferry|transport|truck|convoy|plane)"
_KIN = (r"(?:family|wife|husband|children|kids|parents|mother|father|son|daughter|brothers?|sisters?"
        r"|relatives|folks)")
# Wanting and asking, in the few forms a journey home follows ("wants to ... go back to his mum")
_WANT = (r"(?:wants?|wanted|wanting|wanna|hopes?|hoped|hoping|longs?|longing|wish(?:es|ed)?|asks?|asked|asking|begs?|begged"
         r"|requests?|requested|plans?|planned|planning|intends?|itching|desperate|eager|yearns?|applied|applies|would\s+(?:like|love))")

EVENT_PATTERNS: dict[str, list[tuple[str, bool | None, bool]]] = {
    "requests_return": [
        (r"insists?\s+(?:he|she|they)\s+(?:will|'ll|is\s+going\s+to)\s+stay", False, S),
        # slang and idiom: "itching to get back", "wouldn't leave for all the tea in China"
        (r"itching\s+to\s+(?:get|go)\s+(?:back|home)|(?:is|are)\s+wanting\s+to\s+(?:go|get)\s+(?:back|home)", True, S),
        (r"wouldn't\s+leave\s+for\s+all\s+the\s+tea|(?:not|isn't)\s+trying\s+to\s+(?:go|get)\s+(?:back|home)", False, S),
        (r"(?:hasn't|hasnt|has\s+not)\s+asked\s+to\s+(?:go|be\s+sent)\s+(?:back|home)\s+yet", False, S),
        # queues and papers: "queuing every day at the office for an exit permit", "applied for repatriation",
        # "asked for papers to go home", "stands in line at the consulate"; refusals: "said no ... a place on the list"
        (r"(?:queu(?:e|es|ed|ing)|(?:stands?|stood|standing|waits?|waited|waiting)\s+in\s+line)\s+(?:every\s+day\s+)?(?:at|outside)\s+(?:the\s+)?(?:[\w'-]+\s+){0,2}?(?:office|consulate|embassy|bureau)"
         r"|applied\s+(?:[\w'-]+\s+){0,5}?for\s+(?:repatriation|an?\s+exit|exit|papers\s+to\s+(?:go|leave))|asked\s+for\s+(?:papers|permission|a\s+permit)\s+to\s+(?:go|leave|return)"
         # exit papers asked after: "keeps asking about an exit permit", "inquired about an exit visa"
         r"|(?:ask\w*|inquir\w*|enquir\w*|request\w*|petition\w*)\s+(?:about|for|after)\s+(?:an?\s+|the\s+|his\s+|her\s+|their\s+)?exit\s+(?:permit|visa|papers|pass)"
         r"|(?:would|'d)\s+go\s+home\s+(?:to\s+[a-z]+\s+)?tomorrow|(?:ask|asks|asked)\s+to\s+the\s+authorities\s+for\s+(?:going|to\s+go)", True, S),
        (r"said\s+no\s+(?:\w+\s+){0,2}?when\s+(?:officials|they|the\s+authorities)\s+offered|zero\s+interest\s+in\s+(?:moving|going)\s+back"
         r"|(?:doesn't|does\s+not)\s+want\s+to\s+leave\s+(?:her|his)\s+(?:new\s+)?(?:children|kids|family|husband|wife)|it\s+(?:is\s+not|isn't|isnt|'s\s+not)\s+true\s+that\s+(?:she|he)\s+wants?\s+to\s+(?:go|leave|return)", False, S),
        # "the last thing she wants is to leave China"
        (r"the\s+last\s+thing\s+(?:he|she|they)\s+(?:wants?|would\s+want)\s+is\s+to\s+(?:leave|go|return)", False, S),
        # "he says no to leaving", "said no to going back"
        (r"(?:says?|said|saying)\s+no\s+to\s+(?:leaving|going\s+(?:home|back)|returning|repatriation|being\s+sent\s+(?:home|back))", False, S),
        # a name on the list home, or a place on it turned down: "put his name down to go home"
        (r"(?:put|puts|putting|got|get|had|has)\s+(?:his|her|their)\s+names?\s+(?:down\s+)?(?:on\s+the\s+(?:[\w-]+\s+)?list\s+)?"
         r"(?:to\s+(?:go|be\s+sent)\s+(?:home|back)|for\s+(?:the\s+)?(?:repatriation|next\s+train|next\s+ship|next\s+boat))"
         # the list home: "put her name on the repatriation list", "her name is on the list for a ship home"
         r"|(?:(?:put|puts|putting|got|gets|had|has)\s+(?:his|her|their)\s+)?names?\s+(?:down\s+|is\s+|was\s+)?(?:on|for)\s+(?:the\s+|a\s+)?(?:(?:repatriation|return|evacuation|exit)\s+list\b|(?:[\w-]+\s+)?list\s+for\s+"
         r"(?:the\s+|a\s+)?(?:next\s+)?(?:repatriation|" + _VEHICLE + r"\s+(?:home|back)))"
         # "registered for the return trip", "signed up for the repatriation ship"
         r"|(?:register(?:s|ed|ing)?|sign(?:s|ed|ing)?\s+up|enrol(?:l|s|ls|led|ling)?)\s+for\s+(?:the\s+|a\s+)?(?:next\s+)?(?:return|repatriation)\b"
         # a written request: "filed an application to go home", "handed in a petition to be sent back"
         r"|(?:filed|files|filing|submitted|submits|lodged|put\s+in|puts\s+in|made|handed\s+in|sent|wrote|written)\s+(?:an?|the|his|her|their)\s+"
         r"(?:written\s+|formal\s+)?(?:application|petition|request|appeal)\s+(?:[\w'-]+\s+){0,6}?(?:to\s+(?:go|return|be\s+sent|head)\s+"
         r"(?:back|home)|for\s+(?:repatriation|(?:his|her|their)\s+return))", True, S),
        (r"(?:turned|turns|turning)\s+down\s+(?:his|her|their|a)\s+(?:place|seat|spot|ticket)\s+(?:on|for)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?"
         r"(?:list|train|ship|transport)|unpacked\s+(?:his|her|their)\s+(?:suitcases?|bags|trunks?)\s+for\s+good", False, S),
        # a place on a journey home: "a seat on the next train to Sinuiju", "be put on a ship for
        # Maizuru", "queued for a ticket to Pusan"
        (r"(?:seats?|places?|berths?|passage|tickets?|put|name)\s+(?:(?:on|in|aboard)\s+(?:the\s+|a\s+)?(?:[\w-]+\s+){0,2}?" + _VEHICLE
         + r"\s+(?:back\s+)?(?:home\b|(?:to|for|bound for)\s+" + _HOMEWARD + r")|(?:back\s+)?(?:to|for|bound for)\s+" + _HOMEWARD + ")", True, S),
        # staying for life: "she'll be buried in Shanghai", "tells everyone she'll grow old here"
        (r"(?:will|would)\s+(?:be\s+buried|grow\s+old|die|live\s+out\s+(?:his|her|their)\s+days)\s+(?:here|in\s+china|in\s+(?!"
         + _HOMEWARD + r"\b)[a-z]+)", False, S),
        # "I'm staying" (quoted, read as "he is staying"), "he means to stay in China for good"
        (r"(?:he|she|they)\s+(?:is|are)\s+staying(?=\s*(?:$|[,.;!]|\s+(?:here|put|in china|for good|on)\b|\s+in\s+(?!"
         + _HOMEWARD + r"\b)[a-z]+))"
         r"|(?:he|she|they)\s+(?:fully\s+)?means?\s+to\s+(?:stay|remain|settle)", False, S),
        # others asked to carry the person home: "keeps asking them to ship him home", "begged the guards to send her back"
        (r"(?:ask\w*|beg\w*|want\w*|plead\w*|petition\w*|pester\w*|nag\w*|urg\w*)\s+(?:[\w']+\s+){0,3}?to\s+(?:ship|send|fly|bring"
         r"|take|transport|get|put)\s+(?:him|her|them)\s+(?:(?:back\s+)?home|back)\b", True, S),
        # a wish with its urgency: "wants out of china as soon as possible", "wants to go back right away"
        (r"(?:wants?|wanted|wanna|wish(?:es|ed)?|hop(?:es|ed)|longs?|longed|desperate|eager|itching|dying)\s+(?:to\s+)?"
         r"(?:(?:go|get|head|return|leave|be\s+sent|move)(?:\s+(?:back|home|out)){0,2}|out)(?:\s+of\s+(?:china|here|this\s+country))?"
         r"(?=\s+(?:as\s+soon\s+as\s+(?:possible|(?:he|she|they)\s+can)|right\s+away|immediately|quickly|at\s+once|straight\s+away"
         r"|badly|desperately|very\s+much|so\s+much|more\s+than\s+anything)\b)", True, S),
        # the request named by "it" after the going home: "... whether she can go back home, she is asking for it"
        (r"(?:(?<=home, )|(?<=back, )|(?<=home; )|(?<=home\. )|(?<=back\. )|(?<=home and )|(?<=back and )|(?<=japan, )"
         r"|(?<=korea, )|(?<=japan\. )|(?<=korea\. ))(?:he|she|they)\s+(?:(?:is|are|has\s+been|have\s+been|keeps?|kept|has|have)"
         r"(?:n't|\s+not|\s+never)?\s+)?(?P<key>asking|begging|pleading|pushing|asked|begged|pleaded|applied)\s+for\s+(?:it|that|this)\b", True, S),
        # home told by who waits there or by a country named with "the": "go back to his mom in Pyongyang",
        # "asked to join his family", "wants to return to the USSR"
        (_WANT + r"\s+(?:to\s+)?(?:go|get|head|return|move|be\s+sent)\s+(?:back\s+)?(?:home\s+)?to\s+(?:his|her|their)\s+(?:old\s+|elderly\s+"
         r"|sick\s+|aged\s+|widowed\s+)?(?:mom|mum|mother|ma|dad|father|parents|folks|wife|husband|kids|children|family|people|grandparents?"
         r"|grandmother|grandfather|relatives|sons?|daughters?|fianc[eé]{1,2}|bride)\b"
         r"|" + _WANT + r"\s+(?:to\s+)?(?:join|rejoin|reunite\s+with|be\s+reunited\s+with|follow)\s+(?:his|her|their)\s+(?:family|wife|husband"
         r"|kids|children|parents|mother|father|mom|mum|dad|folks|relatives)\b"
         r"|" + _WANT + r"\s+(?:to\s+)?(?:go|get|head|return|move)\s+(?:back\s+)?(?:home\s+)?to\s+the\s+(?:ussr|soviet\s+union|united\s+states"
         r"|states|usa|us|uk|united\s+kingdom|philippines|netherlands|old\s+country|motherland|homeland|fatherland|mother\s+country)\b", True, S),
        # a wish told with what comes first: "wants to pack it in and go back to Japan", "hopes to sell up and head home"
        (_WANT + r"\s+to\s+[a-z']+(?:\s+[a-z']+){0,4}?\s+and\s+(?:then\s+)?(?:go|head|get|sail|return|move)\s+(?:back\s+)?(?:home|to\s+"
         + _HOMEWARD + r")\b", True, S),
        # asked an office for leave: "asked the city office for permission to go back", "applied to the bureau for repatriation"
        (r"(?:asks?|asked|asking|applied|applies|applying|petition(?:s|ed|ing)?|requests?|requested|begs?|begged)\s+(?:to\s+)?(?:the\s+|his\s+|her\s+"
         r"|their\s+)?(?:[\w'-]+\s+){0,2}?(?:office|authorities|officials?|bureau|police|government|consulate|embassy|camp|commandant"
         r"|commander|cadres?|ministry|committee|administration)\s+for\s+(?:(?:permission|approval|leave|a\s+permit|an?\s+(?:exit\s+)?"
         r"(?:permit|visa)|papers)\s+to\s+(?:go|return|leave|head|be\s+repatriated|depart)|(?:his\s+|her\s+|their\s+)?(?:repatriation"
         r"|return|an\s+exit\s+permit|exit\s+papers))", True, S),
        # content to stay: "he's fine staying", "okay with remaining in China"
        (r"(?:fine|ok|okay|alright|all\s+right)\s+(?:with\s+)?(?:staying|to\s+stay|remaining|to\s+remain)(?:\s+(?:on|put|here|there|in\s+china))?", False, S),
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
         r"|(?:under|beneath)\s+(?:a|the)\s+(?:[\w']+\s+)?(?:bridge|platform|stairs|stairway|viaduct|overpass|arches|pier|eaves|cart|trees?)\b"
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
        # pay judged: "pay is decent", "his salary is fine", "wages are not bad"
        (r"(?:salary|salaries|wages?|pay|income|earnings)\s+(?:is|are|was|were)\s+(?:(?:very|quite|pretty|really|fairly|more\s+than)\s+)?"
         r"(?:decent|good|fine|ok|okay|alright|all\s+right|fair|reasonable|generous|high|great|enough|adequate|sufficient|not\s+bad)\b", False, S),
        # debts, a wage too small to live on, money run out, work that pays nothing, meals gone without
        (r"(?:a\s+lot\s+of|so\s+many|too\s+many|heavy|crushing|massive|serious)\s+debts?|up\s+to\s+(?:his|her|their)\s+(?:ears|neck)\s+in\s+debt"
         r"|(?:can't|cannot|can\s+not|couldn't|could\s+not|unable\s+to)\s+live\s+(?:on|off|with|from)\s+(?:his|her|their|the|that|this|such\s+a)\s+"
         r"(?:small\s+|low\s+|tiny\s+)?(?:salary|wages?|pay|income|earnings|pension)|out\s+of\s+(?:money|cash|funds|savings|food|rice)\b", True, S),
        (r"(?:pays?|paid|earns?|earned|earning|makes?|making|brings?\s+in)\s+(?:(?:almost|next\s+to|practically|basically|virtually|close\s+to)\s+"
         r"nothing|a\s+pittance|peanuts|(?:almost|barely|hardly)\s+anything)|(?:earns?|earned|earning|brings?\s+in)\s+nothing\b", True, S),
        (r"(?:can|could)\s+(?:easily\s+)?live\s+(?:on|off)\s+(?:his|her|their|the|that|this)\s+(?:salary|wages?|pay|income|earnings|pension)", False, S),
        (r"(?:some|many|most)\s+(?:days|weeks|nights)\s+(?:she|he|they)\s+(?:doesn't|does\s+not|don't|do\s+not|can't|cannot)\s+eat"
         r"|go(?:es|ing|ne)?\s+(?:for\s+)?(?:days|weeks)\s+without\s+(?:food|eating|a\s+meal)", True, S),
        # pay, business and money told as fine: "her pay is actually decent", "business is ok", "money's not an issue",
        # "richest guy on his street" (but "not the richest" says nothing)
        (r"(?:not|isn't|never|far\s+from)\s+(?:exactly\s+|quite\s+)?(?:the\s+)?(?:richest|wealthiest)", None, S),
        (r"(?:pay|salary|wages?|income|earnings)\s+(?:is|are|was|were|'s)\s+(?:actually\s+|pretty\s+|quite\s+|really\s+|very\s+|fairly\s+"
         r"|reasonably\s+|more\s+than\s+)?(?:decent|good|fine|ok|okay|alright|all\s+right|high|generous|excellent|great|solid|reasonable"
         r"|not\s+bad|enough)\b|(?:business|trade|sales)(?:\s+(?:at|in|of)\s+(?:the|his|her|their)\s+[\w-]+)?\s+(?:is|are|has\s+been)\s+(?:going\s+|doing\s+)?(?:pretty\s+|quite\s+|really\s+)?"
         r"(?:ok|okay|fine|alright|all\s+right|decent|steady|brisk|not\s+bad|thriving)\b|money(?:'s|\s+is|\s+was)\s+(?:not|no|never)\s+"
         r"(?:really\s+)?(?:an?\s+)?(?:real\s+|big\s+)?(?:issue|problem|worry|concern|object)\b|(?:the\s+)?(?:richest|wealthiest|best[- ]off)"
         r"\s+(?:guy|man|woman|person|family|merchant|trader|one|korean|japanese)\b", False, S),
        # nothing earned, pay withheld, meals counted: "earns almost nothing", "can't earn a cent", "they pay very little",
        # "hasn't been paid in 4 months", "living on borrowed money", "eating one time per day", "salary very low"
        (r"(?:earns?|earning|earned|makes?|making)\s+(?:almost|next\s+to|practically|virtually|basically|close\s+to)\s+nothing"
         r"|(?:earns?|earning|paid|pays?|paying)\s+(?:(?:him|her|them)\s+)?(?:a\s+pittance|peanuts)"
         r"|(?:can't|cannot|can\s+not|couldn't|unable\s+to)\s+(?:earn|make)\s+(?:a\s+(?:cent|penny|dime|bean|living|thing)|anything|any\s+money"
         r"|money|a\s+single\s+\w+)|(?:pay|pays|paid|paying)\s+(?:(?:him|her|them)\s+)?(?:very|so|too)\s+little(?!\s+(?:attention|heed|mind|notice))", True, S),
        (r"(?:hasn't|hasnt|has\s+not|haven't|have\s+not|wasn't|not)\s+been\s+paid\s+(?:in|for)\s+(?:\w+\s+)?(?:months?|weeks?|ages|a\s+(?:month|year|while))"
         r"|(?:can't|cannot|can\s+not|couldn't|unable\s+to|stopped|isn't|is\s+not)\s+(?:pay|paying)\s+(?:(?:the\s+|its\s+)?(?:staff|workers"
         r"|employees)\s+)?(?:salaries|wages|(?:his|her|their)\s+(?:salary|wages))|(?:lives?|living|surviv\w*|getting\s+by|gets\s+by)\s+on\s+"
         r"(?:borrowed\s+money|loans|credit|debts?|what\s+(?:he|she|they)\s+(?:borrows?|can\s+borrow))|(?:eats?|eating|ate)\s+(?:only\s+|just\s+)?"
         r"(?:once|one\s+time|1\s+time)\s+(?:a|per|each|every)\s+day|(?:one|1|a\s+single)\s+meal\s+(?:a|per|each|every)\s+day"
         r"|(?:family|parents)\s+(?:can't|cannot|can\s+not|no\s+longer|stopped|couldn't)\s+send(?:ing)?\s+(?:(?:him|her|them)\s+)?(?:any\s+)?money", True, S),
        (r"(?:salary|wages?|pay|income)\s+(?:very|too|so|really|extremely)\s+(?:small|low|tiny|little|bad|poor)"
         r"|(?:can't|cannot|can\s+not|couldn't)\s+(?:live|survive|get\s+by)\s+(?:with|on)\s+(?:it|that|this|so\s+little|(?:his|her|their|the)\s+"
         r"(?:salary|wages?|pay|income))|(?:can't|cannot|can\s+not|couldn't|unable\s+to)\s+(?:even\s+)?(?:pay|afford|cover)\s+(?:for\s+)?"
         r"(?:the\s+|his\s+|her\s+|their\s+|a\s+)?(?:room|rent|food|bills|lodgings?|board|landlord|rice|coal|heating"
         r"|school\s+fees|bed|meals?)\b"
         r"|(?:is|are|'s)\s+(?:really|very|so|badly|seriously|desperately)\s+struggling(?=\s*(?:$|[,.;!]))", True, S),
    ],
    "pending_case": [
        # a case still to finish: "can't leave until the case is finished", "the judge set the next hearing for May"
        (r"(?:until|till|before|pending)\s+(?:the|his|her|their|that)\s+(?:court\s+|legal\s+)?(?:case|lawsuit|suit|trial|hearing|proceedings?)"
         r"\s+(?:is|are|has\s+been|gets?)\s+(?:finished|over|decided|settled|closed|done|resolved|concluded|ended)"
         r"|(?:set|scheduled|fixed)\s+(?:the\s+|a\s+)?(?:next\s+|new\s+)?(?:hearing|trial)\s+for|(?:next|another)\s+hearing\s+(?:is\s+)?"
         r"(?:set|scheduled|fixed|due|in|on)\b", True, S),
        # "no case is going on against him in court" (before the rows that would read "case ... going on" alone)
        (r"no\s+(?:court\s+|legal\s+)?(?:case|cases|lawsuit|trial)\s+(?:is\s+|are\s+)?(?:going\s+on|running|ongoing|happening)(?:\s+against\s+"
         r"(?:him|her|them))?(?:\s+(?:in|at|before)\s+(?:the\s+|any\s+)?court)?", False, S),
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
        # a case still running: "that case is still going", "the lawsuit is dragging on", "waiting for court", "now charged"
        (r"(?:case|lawsuit|suit|trial|hearing|proceedings)\s+(?:is|are)(?:n't|\s+not)?\s+(?:still\s+)?(?P<key>going\s+on|going(?!\s+anywhere)|running|dragging\s+on"
         r"|dragging|continuing|in\s+progress|under\s?way)\b", True, S),
        (r"(?:waiting|waits|awaits|awaiting)\s+(?:for\s+)?(?:(?:his|her|their|a|the)\s+)?"
         r"(?:court|court\s+date|hearing|verdict|sentence|sentencing|judgement|judgment|ruling|day\s+in\s+court)\b"
         r"|(?:now|just|recently|already|formally|officially)\s+charged\b", True, S),
        # an item of a list: "nothing illegal, no trial, nothing"
        (r"(?:^|(?<=[.,;:]\s))no\s+(?:trials?|charges|lawsuits|court\s+dates?|hearings?|proceedings)(?=\s*(?:$|[.,;!]))", False, S),
        # a charge not yet judged, a divorce going through the courts
        (r"(?:charges?|case|cases|trial|lawsuit|suit|matter|hearing)\s+(?:hasn't|hasnt|has\s+not|haven't|have\s+not|isn't|is\s+not)\s+(?:yet\s+)?"
         r"(?:been\s+)?(?:judged|heard|tried|decided|ruled\s+on|settled|resolved|concluded|dealt\s+with|sorted)(?:\s+yet)?|(?:is|are)\s+(?:still\s+)?"
         r"(?:going|working|dragging\s+on|winding|making\s+(?:its|their)\s+way)\s+through\s+(?:the\s+)?courts?|divorce\s+(?:case|proceedings?|suit|hearing|trial)", True, S),
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
        (r"(?:punched|punches|punching|slapped|beat\s+up|beats\s+up|stabbed|knifed|slashed|kicked|clubbed|hit)\s+(?:the|a|his|her|some|an|another)\s+"
         + PEOPLE_HURT +
         r"|(?:smash|trash|wreck)(?:ed|es|s|ing)?\s+(?:up\s+)?(?:the|a|his|her|some)\s+(?:[\w']+\s+)?(?:windows?|shop|stall|bar|office|canteen"
         r"|cafeteria|mess\s+hall|dining\s+hall|kitchen|restaurant|teahouse|club|store|warehouse|furniture|machines|machinery|tables|chairs)"
         r"|(?:threw|throws|throwing)\s+(?:rocks|stones|bricks|bottles)\s+at"
         # damage done on purpose: "rammed a co-op boat", "set fire to the foreman's cart"
         r"|(?:rammed|rams|ramming|torched|vandali[sz]ed|set\s+fire\s+to)\s+(?:the|a|an|his|her|their|some|another)\s+"
         r"(?:[\w'-]+\s+){0,2}?(?:boats?|ships?|carts?|trucks?|cars?|stalls?|shops?|houses?|barns?|machines?|equipment|offices?)\b"
         r"|(?:started|starts|starting|picked|picks)\s+(?:a|the)\s+(?:fight|brawl|riot)"
         r"|(?:hurt|hurts)\s+(?:anyone|anybody|someone|people)", True, S),
        # "the police hauled him out of a tavern", "no lawsuits, no police, nothing"
        (r"(?:police|cops|guards|militia)\s+(?:[\w']+\s+){0,2}?(?:hauled|dragged|threw|carried)\s+(?:him|her|them)\s+(?:out|off|away)", True, S),
        (r"(?:^|(?<=[,.;:]\s))no\s+police(?=\s*(?:$|[,.;!]))", False, S),
        # theft in slang: "got caught nicking bikes", "pinched a wallet", "swiped rice from a stall"
        (r"(?:nick(?:s|ed|ing)?|pinch(?:es|ed|ing)?|swip(?:e|es|ed|ing)|filch(?:es|ed|ing)?|snatch(?:es|ed|ing)?|nab(?:s|bed|bing)?)\s+"
         r"(?:(?:a|an|the|some|his|her|their)\s+)?(?:[\w'-]+\s+)?(?:bikes?|bicycles?|wallets?|purses?|money|cash|food|rice|chickens?|coal"
         r"|goods|things|stuff|watch(?:es)?|clothes|tools|vegetables|fruit|cigarettes)\b", True, S),
        # crime denied outright: "nothing illegal", "never did anything illegal", "hasn't done anything criminal"
        (r"nothing\s+(?:illegal|criminal|unlawful|dodgy|shady|crooked)", False, S),
        (r"(?:did|done|does|do|doing)\s+(?:anything|something)\s+(?:illegal|criminal|unlawful|dodgy|shady|crooked)|(?:did|done|does|do)\s+anything\s+wrong", True, S),
        # an item of a list: "no court cases, no trouble, not poor"
        (r"(?:^|(?<=[,.;:]\s))no\s+(?:trouble|troubles|fights|fighting|violence)(?=\s*(?:$|[,.;!]))", False, S),
        # "never had trouble with anyone", "never even jaywalked", "wouldn't hurt a fly"
        (r"(?:never|not|no|hasn't|has\s+not|haven't|doesn't|does\s+not|didn't)\s+(?:ever\s+|once\s+|really\s+)?(?:had\s+|has\s+|have\s+|got\s+|gets\s+"
         r"|been\s+in\s+|caused\s+|made\s+)?(?:any\s+)?(?:trouble|problems?|run-ins?)\s+with\s+(?:anyone|anybody|any\s+one|a\s+soul|people|others"
         r"|(?:the\s+|his\s+|her\s+)?neighbou?rs)|(?:never|not)\s+(?:even\s+|once\s+|ever\s+|so\s+much\s+as\s+){0,2}(?:jaywalked|jay-walked|littered"
         r"|got\s+a\s+(?:parking\s+|speeding\s+)?ticket)|(?:wouldn't|would\s+not|couldn't|could\s+not)\s+(?:even\s+)?hurt\s+a\s+fly|squeaky[- ]clean"
         r"|goody[- ]two[- ]shoes", False, S),
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
        # a child sick, the land about to go, no one to work it or pay: "his kid in Korea is very sick",
        # "about to lose the family rice field", "no one at home who can pay for medicine"
        (r"(?:his|her|their)\s+(?:little\s+|youngest\s+|eldest\s+|only\s+|baby\s+|old\s+)?(?:kid|baby|child|grandma|granny|grandpa|mama|papa"
         r"|little\s+one)\b(?:\s+[\w']+){0,4}?\s+(?:is|are|was|has\s+been|got|fell)\s+(?:very\s+|really\s+|so\s+|seriously\s+|gravely\s+|badly\s+)?"
         r"(?:sick|ill|unwell|dying|starving|hungry|in\s+hospital)|(?:about\s+to|going\s+to|will|may|might|could|set\s+to|at\s+risk\s+of"
         r"|in\s+danger\s+of)\s+(?:lose|losing)\s+(?:the|their|his|her)\s+(?:family\s+)?(?:rice\s+)?(?:house|home|farm|land|fields?|paddy"
         r"|paddies|shop|business)|(?:no\s+one|nobody|noone)\s+(?:left\s+)?(?:at\s+home\s+|back\s+home\s+)?(?:to|who\s+(?:can|could))\s+"
         r"(?:(?:work|farm|till|plough|plow|tend|harvest|run)\s+(?:it|the\s+(?:land|farm|fields?|paddy|shop))|(?:pay\s+for|afford|buy)\s+"
         r"(?:the\s+|his\s+|her\s+)?(?:medicine|doctor|food|school|rent|treatment|operation))", True, S),
        # home falling apart without him: "his mom can't run the fishing boat alone", "the farm is falling apart without him",
        # "his wife wrote that she is sick", "his parents in japan are old and sick and nobody is looking after them"
        (r"(?:can't|cannot|can\s+not|couldn't|could\s+not|unable\s+to|struggl\w+\s+to)\s+(?:run|manage|work|keep|look\s+after|handle)\s+"
         r"(?:the\s+|their\s+|his\s+|her\s+)?(?:[\w-]+\s+)?(?:farm|shop|boat|business|fields|land|household|house|stall|family|home)\s+"
         r"(?:alone|by\s+(?:herself|himself|themselves)|on\s+(?:her|his|their)\s+own|without\s+(?:him|her))"
         r"|(?:farm|shop|business|house|household|home|fields|boat|family)\s+(?:is|are|was)\s+(?:falling\s+apart|going\s+under|in\s+ruins"
         r"|collapsing|failing)\s+without\s+(?:him|her)", True, S),
        (r"(?:wrote|writes?|letters?\s+says?|told\s+(?:him|her))\s+(?:that\s+)?(?:she|he|they)\s+(?:is|are|was|were|has\s+been|have\s+been|fell|got)\s+"
         r"(?:(?:very|seriously|gravely|badly|so|really)\s+)?(?:sick|ill|unwell|dying|starving|hungry|struggling|in\s+hospital|bedridden)"
         r"|(?:nobody|no\s+one|noone)\s+(?:is\s+)?(?:looking\s+after|looks\s+after|caring\s+for|cares\s+for|taking\s+care\s+of|takes\s+care\s+of"
         r"|supporting|feeding|helping)\s+(?:them|her|him|the\s+(?:family|kids|children))\b", True, S),
        (r"(?:his|her|their)\s+(?:[\w-]+\s+)?(?:parents|mother|father|mom|mum|dad|wife|husband|family|children|kids|grandparents|folks)\s+"
         r"(?:(?:back\s+)?(?:home|in\s+[a-z]+)\s+)?(?:is|are|was|were)\s+(?:(?:both|all|now|getting)\s+)?(?:old|elderly|frail|aged|weak)"
         r"\s+and\s+(?:sick|ill|frail|poor|alone|helpless|infirm|weak|struggling|unwell)", True, S),
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
        # a share of words, noise, none of it: "understanding maybe one word in ten", "basically noise to him", "zero chinese"
        (r"(?:understand(?:s|ing)?|understood|follow(?:s|ing)?|catch(?:es|ing)?|gets?|getting)\s+(?:maybe\s+|only\s+|about\s+|perhaps\s+"
         r"|barely\s+|just\s+|roughly\s+)?(?:(?:one|1|a)\s+word\s+in\s+(?:\d+|ten|twenty|fifty|five|a\s+hundred)|every\s+(?:tenth|twentieth|fifth|other)\s+word)|(?:classes|lessons"
         r"|sessions|lectures|study|talks|speeches|meetings|instructions?)\s+(?:in\s+(?:the\s+)?[\w-]+\s+)?(?:are|is|were|was|sound)\s+"
         r"(?:basically\s+|just\s+|all\s+|only\s+|pure\s+|mostly\s+|like\s+)?(?:noise|gibberish|meaningless|double\s+dutch|greek|a\s+mystery)"
         r"\s+(?:to|for)\s+(?:him|her|them)|(?:zero|not\s+a\s+(?:word|lick|scrap)\s+of)\s+(?:chinese|mandarin)\b", True, S),
        # the lessons' words barely caught: "he barely gets a word of it", "can't make out a word of what they say"
        (r"(?:barely|hardly|scarcely)\s+(?:gets?|understands?|follows?|catch(?:es)?|picks?\s+up|makes?\s+out)\s+(?:a\s+(?:single\s+)?word|one\s+word)"
         r"|(?:doesn't|does\s+not|don't|can't|cannot|couldn't|never)\s+(?:even\s+)?(?:get|understand|follow|catch|pick\s+up|make\s+out)\s+"
         r"(?:a\s+(?:single\s+)?word|one\s+word)\s+of\s+(?:it|them|what)\b", True, S),
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
        # the work told by its tools: "writing anti-war leaflets", "helping them write leaflets in Korean", "shouting surrender appeals"
        (r"(?:writ(?:e|es|ing|ten)|wrote|print(?:s|ed|ing)?|distribut\w+|hand(?:s|ed|ing)?\s+out|drafted|drafting|translat\w+)\s+(?:(?:anti-war"
         r"|anti-japanese|anti-fascist|communist|revolutionary|propaganda|surrender|secret)\s+)?(?:leaflets|pamphlets|flyers|handbills)\b"
         r"(?!\s+for\s+the\s+(?:japanese|imperial|kwantung|kmt|nationalists?|kuomintang))|surrender\s+appeals|(?:shout\w*|broadcast\w*|call\w*"
         r"|urg\w*)\s+(?:[\w-]+\s+){0,3}?(?:troops|soldiers|comrades|unit|men)\s+to\s+(?:surrender|lay\s+down|desert|defect)", True, S),
        # "was never one of those guys who helped the communists", "never did anything political"
        (r"(?:was\s+never|never\s+was|wasn't|was\s+not)\s+(?:one\s+of\s+)?(?:those|the)\s+(?:guys|men|people|ones|soldiers|prisoners|pows)\s+"
         r"(?:who|that)\s+(?:helped|worked\s+(?:with|for)|joined|fought\s+(?:with|for)|sided\s+with|went\s+over\s+to)\b[^.;]{0,60}|(?:never|not"
         r"|didn't|hasn't|wasn't)\s+(?:ever\s+|once\s+)?(?:did|do|done|doing|involved\s+in|part\s+of)\s+anything\s+(?:political|revolutionary"
         r"|communist|for\s+the\s+(?:communists|party|revolution|resistance|cause))", False, S),
    ],
}
# The rows in students' everyday words come after the events' own, in this order (an earlier row
# takes its span first): plain words (plain_lexicon.py), a story's (story_lexicon.py), talk's and
# notes' (talk_lexicon.py), for women, elders and children (people_lexicon.py), the street's and the
# shop's (street_lexicon.py), more students' (more_words_lexicon.py), a formal write-up's
# (formal_lexicon.py), whose whole phrases go first of all, the world's Englishes' (world_lexicon.py), yet more
# everyday words (everyday_lexicon.py), whose whole phrases go first too, a life story's (life_lexicon.py)
# and situations' (situation_lexicon.py).
for _table in (PLAIN_PATTERNS, STORY_PATTERNS, TALK_PATTERNS, PEOPLE_PATTERNS, STREET_PATTERNS, MORE_PATTERNS,
               FORMAL_PATTERNS, WORLD_PATTERNS, EVERYDAY_PATTERNS, LIFE_PATTERNS, SITUATION_PATTERNS):
    for _field, _rows in _table.items():
        EVENT_PATTERNS.setdefault(_field, []).extend(_rows)
for _first in (FIRST_PATTERNS, EVERYDAY_FIRST, SITUATION_FIRST):
    for _field, _rows in _first.items():
        EVENT_PATTERNS[_field] = _rows + EVENT_PATTERNS.get(_field, [])
