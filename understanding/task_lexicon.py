"""A trade told by its everyday tasks rather than its name, by trade: "treats sick horses" (a vet), "gives
injections on a ward" (a nurse), "tests the water at the waterworks" (a chemist), "wires houses" (an
electrician), "rows a ferry" (a ferryman), "punches tickets on the trams" (a conductor); and giving
oneself up to an army ("laid down his weapons to the PLA": a prisoner of war).

Written from what each trade does, not from any description set. case_choices.py adds these rows to
its trade phrases; they read like fact_lexicon.GROUP_PHRASES: regex fragments on the matching form of
a message (text.prepare), each a reading of the group that is read back before assessing.
"""

from __future__ import annotations

_SOME = r"(?:[\w'-]+\s+)"        # one word between a verb and its object ("treats sick horses")

TASK_PHRASES: dict[str, list[str]] = {
    "technical_personnel": [
        # machines and sets: "repairs radios for the post office", "a lathe operator"
        r"(?:lathe|milling\s+machine|machine[- ]tool|turbine|boiler|x-?ray|radar)\s+(?:operator|fitter|specialist)s?"
        r"|(?:operates?|operating|runs?|running)\s+(?:a|the)\s+(?:[\w-]+\s+)?"
        r"(?:lathe|milling\s+machine|x-?ray\s+machine|turbine)",
        r"(?:repairs?|repairing|repaired|fixes|fixing|fixed|maintains?|maintaining|maintained|services|servicing"
        r"|installs?|installing)\s+(?:[\w'-]+\s+){0,3}?(?:radios?|radio\s+sets|telephones?"
        r"|telephone\s+(?:lines|exchanges)|switchboards|telegraph\s+\w+|engines|motors|generators|turbines|locomotives"
        r"|boilers|machinery|power\s+lines|wiring|x-?ray\s+machines)\b",
        # medicine and nursing
        r"(?:treats?|treating|treated|examines?|examining|examined|operates\s+on|operating\s+on)\s+" + _SOME
        + r"{0,2}?(?:patients|the\s+sick|the\s+wounded|the\s+injured|sick\s+(?:people|kids|children|workers))\b",
        r"(?:gives?|giving|gave)\s+(?:out\s+)?(?:the\s+)?(?:injections|shots|vaccinations|jabs|anaesthetics?|anesthetics?)\b"
        r"|(?:changes?|changing|changed|dresses?|dressing|dressed|cleans?|cleaning|stitches|stitching|stitched"
        r"|sews?\s+up|sewing\s+up)\s+(?:up\s+)?(?:the\s+)?(?:patients'\s+)?(?:bandages|dressings|wounds)\b"
        r"|(?:delivers?|delivering|delivered)\s+(?:the\s+)?babies\b|(?:sets?|setting)\s+broken\s+(?:bones|legs|arms)\b"
        r"|(?:vaccinates?|vaccinating|inoculates?|inoculating)\b",
        # dentistry, pharmacy, spectacles, x-rays
        r"(?:pulls?|pulling|pulled|extracts?|extracting|extracted|fills?|filling|filled|fixes|fixing|fixed)\s+"
        r"(?:people's\s+|patients'\s+|bad\s+|rotten\s+)?(?:teeth|tooth|cavities)\b"
        r"|(?:makes?|making|made|fits?|fitting|fitted)\s+(?:false\s+teeth|dentures|spectacles|eyeglasses|lenses)\b",
        r"(?:mix(?:es)?|mixing|mixed|prepares?|preparing|prepared|dispenses?|dispensing|dispensed|compounds?"
        r"|compounding|fills?|filling|filled|makes?\s+up|making\s+up)\s+(?:up\s+)?(?:the\s+)?" + _SOME
        + r"?(?:prescriptions|medicines|medications|drugs)\b(?!\s+(?:to\s+sell|for\s+sale))",
        r"(?:takes?|taking|took|does|doing|did|develops?|developing|reads?|reading)\s+(?:the\s+)?x-?rays?\b"
        r"(?:\s+(?:pictures|photographs|photos|images|plates))?",
        # a vet: "treats sick horses and cows", "vaccinates the cattle"
        r"(?:treats?|treating|treated|heals?|healing|healed|doctors|doctoring|cures?|curing)\s+(?:the\s+)?"
        r"(?:sick\s+|injured\s+|lame\s+)?(?:animals|horses|cattle|cows|oxen|livestock|pigs|sheep|mules|dogs)\b",
        # laboratories and testing: "works in a lab", "tests the water", "analyses ore samples"
        r"(?:works?|working|worked|job|shifts?)\s+(?:in|at)\s+(?:a|an|the)\s+" + _SOME + r"{0,2}?(?:lab|laboratory|labs"
        r"|laboratories)\b|(?:does|doing|did|runs?|running|carries\s+out|carrying\s+out|conducts?|conducting)\s+"
        + _SOME + r"?(?:experiments|lab\s+tests|laboratory\s+tests|chemical\s+(?:tests|analyses|analysis))\b",
        r"(?:tests?|testing|tested|analy[sz]es|analy[sz]ing|analy[sz]ed|assays?|assaying)\s+(?:the\s+)?" + _SOME
        + r"?(?:water|soil|ores?|samples|blood|chemicals|metals?|steel|coal|purity)\b",
        # electricity, telegraph and radio
        r"(?:re)?(?:wires?|wiring|wired)\s+(?:up\s+)?(?:the\s+)?" + _SOME + r"?(?:houses|buildings|homes|factories"
        r"|flats|substations|switchboards|generators)\b"
        r"|(?:strings?|stringing|strung|puts?\s+up|putting\s+up|lays?|laying|laid)\s+(?:up\s+)?(?:the\s+)?(?:new\s+)?"
        r"(?:power|telephone|telegraph|electric(?:al)?|high-voltage)\s+(?:lines|cables|wires)\b",
        r"morse(?:\s+code)?\b|(?:sends?|sending|sent|receives?|receiving|received|taps?\s+out|tapping\s+out)\s+"
        r"(?:and\s+(?:sends?|receives?)\s+)?" + _SOME + r"{0,2}?(?:telegrams|telegraph\s+messages|radio\s+messages"
        r"|wireless\s+messages|radio\s+signals)\b",
        # drawing offices and design: "draws plans for the bridges", "a drafting table", "designs machine parts"
        r"(?:draws?|drawing|drew|drafts?|drafting|draughts?|draughting)\s+(?:up\s+)?(?:the\s+)?" + _SOME
        + r"{0,2}?(?:plans|blueprints|technical\s+drawings|diagrams|schematics)\b"
        r"|(?:drafting|drawing)\s+(?:table|board|office)\b"
        r"|(?:works?|working|worked)\s+out\s+(?:the\s+)?(?:loads|stresses|calculations)\b",
        # (also with a second verb: "designs and maintains the pumping machinery")
        r"(?:designs?|designing|designed)(?:\s+and\s+[\w-]+)?\s+(?:the\s+)?(?:new\s+)?" + _SOME
        + r"{0,2}?(?:parts|tools|equipment|systems|pumps|locomotives|ships|aircraft|planes|radios|roads|canals"
        r"|buildings|houses|factories|mines|machinery|layouts|switchgear)\b",
        # machines rebuilt or kept working: "rebuilds truck engines", "fixes the lathes", "overhauls locomotives"
        r"(?:rebuilds?|rebuilding|rebuilt|overhauls?|overhauling|overhauled|fixes|fixing|fixed|repairs?|repairing"
        r"|repaired|maintains?|maintaining|maintained)(?:\s+and\s+[\w-]+)?\s+(?:the\s+)?" + _SOME + r"{0,2}?(?:lathes"
        r"|presses|looms|pumps|cranes"
        r"|tractors|locomotives|trains|machine\s+tools|instruments|truck\s+engines|x-?ray\s+machines?)\b",
        # a technical training behind the work: "studied metallurgy at Tohoku", "trained in geology", "went to
        # veterinary school" (in the past: "studies medicine" is a student, and a job named beside it outranks it)
        r"(?:studied|trained\s+in|training\s+in|did|qualified\s+in|majored\s+in|graduated\s+in|degree\s+in|diploma\s+in)"
        r"\s+(?:[\w-]+\s+)?(?:engineering|chemistry|metall?urgy|geology|mining|agronomy|medicine|pharmacy|physics"
        r"|veterinary\s+(?:medicine|science)|nursing|surgery|dentistry|mineralogy|hydraulics|electronics)\b"
        r"|(?:went\s+to|graduated\s+from|finished|trained\s+at|studied\s+at)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+)?"
        r"(?:engineering|medical|veterinary|nursing|mining|technical|dental|pharmacy|agricultural)\s+"
        r"(?:school|college|academy|institute|university)\b",
        r"(?:welds?|welding|welded)\s+(?:the\s+)?" + _SOME + r"{0,2}?(?:hulls|pipes|boilers|rails|frames"
        r"|girders|tanks|seams)\b",
        # instruments and samples: "checks the pressure gauges", "looks at steel samples under a microscope"
        r"(?:checks?|checking|checked|monitors?|monitoring|calibrates?|calibrating|inspects?|inspecting)\s+(?:the\s+)?"
        + _SOME + r"?(?:pressure\s+gauges|gauges|instruments|dials|samples)\b|\bmicroscopes?\b",
        # surveying: "measures the tunnels", "maps the coal seams", "surveys the land for the new railway"
        r"(?:surveys?|surveying|surveyed|measures?|measuring|measured|maps?|mapping|mapped)\s+(?:out\s+)?(?:the\s+)?"
        + _SOME + r"?(?:tunnels|shafts|seams|mines?|land|terrain|coast(?:line)?|rivers?|railway\s+lines?|rail\s+lines?"
        r"|routes?)\b",
    ],
    "ordinary_national": [
        # "cuts hair", "makes tofu to sell"
        r"(?:washes|washing|washed|irons|ironing|ironed)\s+(?:the\s+)?(?:laundry|clothes|linen|sheets|uniforms)"
        r"|(?:cuts?|cutting|trims?|trimming)\s+(?:people's\s+|men's\s+|women's\s+|customers'\s+)?hair\b",
        r"(?:makes?|making|made)\s+(?:[\w'-]+\s+)?(?:tofu|bean\s*curd|noodles|dumplings|buns|rice\s*cakes|pancakes"
        r"|pickles|kimchi)"
        r"\s+(?:in|at|on|from|outside|near|for\s+(?:a\s+living|sale)|to\s+sell)\b",
        # boats, carts and fares
        r"(?:rows?|rowing|rowed|poles?|poling|poled|paddles?|paddling|steers?|steering|runs?|running|operates?"
        r"|operating|works?\s+on|working\s+on)\s+(?:a|the|his|her|their)\s+" + _SOME
        + r"?(?:ferry|ferries|sampan|sampans|junk|barge|raft|rowing\s+boat|river\s*boat)\b",
        r"(?:punches|punching|punched|clips?|clipping|clipped|collects?|collecting|collected|checks?|checking"
        r"|checked|sells?|selling|sold|tears?|tearing)\s+(?:the\s+)?(?:passengers'\s+)?(?:train\s+|tram\s+|bus\s+"
        r"|railway\s+|ferry\s+)?(?:tickets|fares)\b(?!\s+(?:home|to\s+(?:korea|japan)))",
        # a counter, an attendant
        r"(?:works?|working|worked|stands?|standing|serves?|serving)\s+(?:at\s+|behind\s+)?(?:the|a)\s+" + _SOME
        + r"?counter\b|(?:works?|working|worked|job)\s+as\s+(?:an?\s+)?" + _SOME + r"?attendant\b"
        r"|(?:bath|bathhouse|cloakroom|lift|elevator|toilet|washroom|parking|car\s+park|petrol|ward)\s+attendant\b",
        # animals kept or driven for a living: "looks after camels for a caravan company", "herds goats"
        r"(?:looks?\s+after|looking\s+after|tends?|tending|herds?|herding|minds?|minding|grooms?|grooming|drives?"
        r"|driving|raises?|raising|rears?|rearing)\s+(?:the\s+)?" + _SOME + r"?(?:camels|horses|cattle|cows|goats"
        r"|sheep|pigs|ducks|chickens|geese|mules|donkeys|oxen|yaks|silkworms|bees)\b",
        # hard labour: "shovels coal into the furnaces", "digs ditches", "hacks at coal with a pickaxe", "carries bales"
        r"(?:shovels?|shovell?ing|shovell?ed|hacks?\s+at|hacking\s+at|digs?|digging|dug|lugs?|lugging|carry|carries"
        r"|carrying|carried|breaks?|breaking)\s+(?:up\s+|out\s+)?(?:the\s+)?" + _SOME
        + r"?(?:coal|dirt|earth|sand|gravel|stones?|rocks?|bricks|sacks|bales|crates|cargo|grain|timber|logs|ditches"
        r"|trenches|canals|loads|goods|freight)\b",
        # kitchens and laundries: "chops vegetables and scrubs pots", "kneads dough", "washes other people's laundry"
        r"(?:chops?|chopping|chopped|peels?|peeling|peeled|kneads?|kneading|kneaded|washes|washing|washed|scrubs?"
        r"|scrubbing|scrubbed)\s+(?:the\s+)?" + _SOME + r"{0,2}?(?:vegetables|veg|onions|potatoes|cabbages?|dough"
        r"|bowls|dishes|pots|pans|plates|floors|laundry|clothes|sheets)\b"
        r"|(?:bakes?|baking|baked)\s+(?:the\s+)?" + _SOME + r"?(?:bread|buns|cakes|rolls|loaves|pastries|biscuits)\b",
        # brewing and going down the pit: "brews soy sauce at a small factory", "goes down the coal pit every day"
        r"(?:brews?|brewing|brewed)\s+(?:[\w-]+\s+)?(?:beer|sake|soy\s+sauce|wine|liquor|vinegar|soju|baijiu)\b"
        r"|(?:goes|go|going|went)\s+down\s+(?:the|a|into\s+the)\s+(?:[\w-]+\s+)?(?:pits?|mines?)\b"
        r"(?![^.;]{0,50}?\bto\s+(?:measure|survey|inspect|check|map|plan|test))",
        # fields: "plants and harvests sorghum", "picks tea", "hoes the fields"
        r"(?:plants?|planting|planted|harvests?|harvesting|harvested|hoes?|hoeing|weeds?|weeding|reaps?|reaping"
        r"|threshes|threshing|picks?|picking)\s+(?:and\s+[a-z]+\s+)?(?:the\s+)?" + _SOME + r"?(?:sorghum|millet|rice"
        r"|wheat|corn|maize|beans|soybeans|potatoes|cabbages|vegetables|cotton|tea|crops|fields|paddies)\b",
        # rounds and errands: "delivers coal on a bike", "delivers newspapers and runs errands", "chops firewood"
        r"(?:delivers?|delivering|delivered)\s+(?:the\s+)?" + _SOME
        + r"?(?:coal|newspapers|papers|milk|letters|mail|post|parcels|packages|water|ice|groceries|goods|meals|food)\b"
        r"|(?:runs?|running|ran)\s+errands\b"
        r"|(?:chops?|chopping|chopped|cuts?|cutting|splits?|splitting|gathers?|gathering)\s+(?:fire)?wood\b"
        r"|(?:sells?|selling|sold|hawks?|hawking|peddles?|peddling)\s+(?:[\w'-]+\s+){1,3}?door\s+to\s+door\b",
        # a settler and the railway's unskilled posts: "came with a japanese settler group", "a switchman"
        r"(?:an?|the|as\s+an?)\s+(?:[\w-]+\s+)?(?:settler|colonist|homesteader)\b|settler\s+(?:group|family|families"
        r"|colony|village|party|brigade)\b|(?:switch|signal|points|brake)(?:man|men)\b|shunters?\b|platelayers?\b"
        r"|(?:level\s+)?crossing\s+keepers?\b|carters?\b|draymen\b|drayman\b|(?:cart|mule|ox)\s+drivers?\b",
        # factory handwork and jobs named by their kind: "rolling cigarettes at a factory", "a steady teaching job"
        r"(?:rolls?|rolling|rolled|wraps?|wrapping|wrapped)\s+(?:[\w'-]+\s+)?(?:cigarettes|cigars|tobacco|parcels|noodles"
        r"|dumplings)\b|(?:teaching|office|clerical|cleaning|kitchen|shop|factory|farm|laundry|janitor's)\s+job\b",
        # a child told by age: "he's 9 years old", "a 12-year-old", "aged 7"
        r"(?:\bis|\bwas|'s|(?<=,)|\baged|\bage)\s*(?:only\s+|just\s+|like\s+|about\s+|around\s+)?(?:[1-9]|1[0-3])\s*"
        r"(?:years?\s+old|yrs?\s+old|yo|y/o)\b|\b(?:[1-9]|1[0-3])[- ]year[- ]old\b(?!\s+(?:son|daughter|kid|child"
        r"|boy|girl|brother|sister|sons|daughters|kids|children))",
        # scavenging: "picks through trash for scrap metal"
        r"(?:picks?|picking|digs?|digging|sorts?|sorting|rummages?|rummaging)\s+through\s+(?:the\s+)?(?:[\w'-]+\s+)?"
        r"(?:trash|rubbish|garbage|bins|refuse|scrap|junk|heaps)\b",
    ],
    "prisoner_of_war": [
        # giving oneself up to an army: "gave himself up to the communists", "laid down his weapons to the PLA",
        # "surrendered with his unit" (but not "japan surrendered to the allies")
        r"(?:gave|gives|giving|give)\s+(?:himself|herself|themselves)\s+up\b"
        r"|(?:laid|lays|lay|laying|put|puts|threw|throws)\s+down\s+(?:his|her|their)\s+(?:arms|weapons|rifles?|guns?)\b"
        r"|(?<!japan )(?<!japanese )(?<!they )(?<!army )(?<!armies )(?<!germany )(?<!troops )(?<!forces )(?<!empire )"
        r"surrendered\s+(?:with\s+(?:his|her|their|the\s+rest)|along\s+with|together\s+with|to\s+(?:the\s+)?(?:pla"
        r"|communists|red\s+army|eighth\s+route\s+army|8th\s+route\s+army|chinese|people's\s+liberation\s+army))\b",
        # taken by soldiers: "got picked up by communist troops", "rounded up with the rest of his battalion"
        r"(?:got|was|were|been|being|get)\s+(?:picked\s+up|grabbed|seized|nabbed|rounded\s+up)\s+by\s+(?:the\s+)?"
        r"(?:[\w'-]+\s+){0,2}?(?:troops|soldiers|army|pla|communists|guerr?illas|partisans|forces|reds)\b"
        r"|rounded\s+up\s+(?:along\s+)?with\s+(?:the\s+rest\s+of\s+)?(?:his|her|their)\s+(?:unit|battalion|regiment"
        r"|company|division|platoon|comrades)\b",
    ],
}
