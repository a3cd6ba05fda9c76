"""Words that carry meaning in any reply: yes, no, don't know, hedges, negation, questions.

Everything here is matched against the matching form of a message (text.prepare:
lower-cased, straight apostrophes, contractions expanded: "she's" -> "she is"; the word
lists get the same treatment). Patterns are regex fragments; word boundaries are added
by the matcher. Plain data, so the rules can be read and extended without touching the
matching code. Words about one case fact are in fact_lexicon.py.
"""

from __future__ import annotations

# --- Yes / no / don't know ----------------------------------------------------------------

# Interjections are answers on their own even when a statement follows ("yes he does").
YES_INTERJECTIONS = [
    "yes", "yeah", "yea", "yep", "yup", "ya", "yah", "yess+", "y", "aye", "uh-huh", "uh huh",
    "mhm+", "yes indeed", "yes sir", "oui", "si", "ja", "是", "是的", "对", "对的", "はい", "네", "예",
    "👍", "✅", "✔️", "✔",
]
# Adverbs only count as an answer when nothing follows ("definitely." but not
# "definitely doesn't want to go"), where they merely intensify the statement.
YES_ADVERBS = [
    "sure", "of course", "ofc", "correct", "that's correct", "that is correct", "right",
    "that's right", "that is right", "true", "that's true", "definitely", "absolutely",
    "certainly", "indeed", "exactly", "affirmative", "for sure", "totally", "i do", "it does",
    "looks good", "looks right", "all correct", "all good", "perfect", "exactly right", "yes that's right",
    "it is", "he does", "she does", "they do", "he is", "she is", "they are", "he has",
    "she has", "they have", "he did", "she did", "they did", "he can", "she can", "does", "is",
    "more than anything", "very much so",
]
# Uncertain yeses: the value is set and flagged as hedged.
HEDGED_YES = [
    "i think so", "i believe so", "i guess so", "i suppose so", "i reckon so", "i'd say so",
    "i would say so", "i think yes", "i'd say yes", "probably", "probably yes", "probably so",
    "likely", "most likely", "very likely", "quite likely", "maybe", "maybe yes", "perhaps",
    "possibly", "seems so", "it seems so", "apparently", "presumably", "kind of", "kinda",
    "sort of", "somewhat", "a bit", "a little", "more or less", "i hope so", "yes probably",
    "yeah probably", "yes i think so", "yeah i think so", "think so", "guess so",
]
# Like YES_INTERJECTIONS; "no" itself must be followed by punctuation or a pronoun (AFTER_NO).
NO_INTERJECTIONS = ["no", "nope", "nah", "nay", "n", "naw", "non", "nein", "不", "不是", "没有", "いいえ", "아니요", "아니", "👎", "❌"]
# Like YES_ADVERBS: a no only when nothing follows in the clause.
NO_ADVERBS = [
    "not really", "no way", "never", "not at all", "not yet", "not any more", "not anymore", "no longer", "negative", "false", "none", "nothing",
    "not", "of course not", "definitely not", "absolutely not", "certainly not", "surely not",
    "not in the least", "no chance", "no sir", "not a chance", "not true", "that's not true",
    "wrong", "incorrect", "not that i know", "he doesn't", "she doesn't", "they don't",
    "he does not", "she does not", "he isn't", "she isn't", "he is not", "she is not",
    "he hasn't", "she hasn't", "he didn't", "she didn't", "it doesn't", "it isn't",
]
# Uncertain noes.
HEDGED_NO = [
    "i don't think so", "i do not think so", "don't think so", "i don't believe so",
    "i do not believe so", "i think not", "i guess not", "i suppose not", "i doubt it",
    "doubt it", "i doubt that", "probably not", "maybe not", "perhaps not", "possibly not",
    "likely not", "most likely not", "not likely", "unlikely", "very unlikely", "not that i know of",
    "not as far as i know", "not that i'm aware of", "not that i am aware of", "i hope not",
    "i'd say no", "i would say no", "probably no", "not really sure but no", "i don't think",
]
# "Don't know" answers: the value is assumed False and flagged as assumed.
UNKNOWN = [
    r"(?:i|we)\s+(?:really\s+|honestly\s+)?(?:do\s*n[o']?t|dont|do not|don't)\s+know",
    r"(?:really\s+|honestly\s+)?(?:don't|dont|do not)\s+know", r"dunno", r"idk", r"no idea",
    r"no clue", r"not sure", r"unsure", r"not certain", r"uncertain", r"unknown", r"not known",
    r"(?:can't|cannot|can not)\s+(?:say|tell)", r"hard to (?:say|tell)", r"who knows(?=\s*(?:$|[.,;:!?)])|\s+(?:if|whether|what|maybe|really|honestly|tbh|lol)\b)",  # not "the one who knows the engines"
    r"how (?:would|should|could) i know",
    r"nobody knows", r"no one knows", r"no information", r"not clear", r"unclear",
    r"i have no (?:idea|clue)", r"haven't a clue", r"no way to know", r"不知道", r"わからない", r"모르",
]
# Words that make a value uncertain without changing it ("she probably wants to go").
HEDGE_WORDS = [
    "probably", "maybe", "perhaps", "possibly", "likely", "unlikely", "i think", "i believe",
    "i guess", "i suppose", "i imagine(?=\\s+(?:he|she|they|that|so)\\b|\\s*$)", "i assume", "i reckon", "i'd say", "might", "may be", "could be",
    "seems", "seem", "apparently", "presumably", "kind of", "kinda", "sort of", "somewhat",
    "not sure", "unsure", "not certain", "as far as i know", "afaik", "i heard", "supposedly",
    "don't think", "do not think", "doubt", "i hope", "i'm not sure", "not 100%",
    "as far as i can tell", "pretty sure", "i'm pretty sure", "i am pretty sure", "i think so",
]
# "no" is an answer only before these (or punctuation); "no job" is a statement.
AFTER_NO = ["he", "she", "they", "it", "i", "we", "that", "this", "there", "not", "never", "nothing", "none", "sir", "nope", "no"]
# Fillers skipped before looking for a leading yes/no.
FILLERS = ["um+", "uh+", "er+", "erm", "hmm+", "well", "oh", "ah", "okay so", "ok so", "so", "actually", "honestly", "i mean"]

# --- Negation, hypotheticals, questions -----------------------------------------------------

# Negators that reach a few words ahead ("doesn't really want to go home"); any
# word ending in "n't" counts too (input is normalised to that spelling).
NEGATORS = [
    "not", "never", "neither", "nor", "hardly", "barely", "scarcely", "rarely", "seldom",
    "nobody", "refuses", "refused", "refusing", "declines", "declined", "unwilling", "reluctant",
]
# Words a negator reaches across to the statement it negates ("doesn't really want to").
NEGATION_BRIDGE = [
    "really", "actually", "even", "ever", "at", "all", "quite", "particularly", "yet", "currently",
    "honestly", "truly", "seem", "seems", "to", "be", "been", "being", "have", "has", "had", "do", "does",
    "did", "is", "are", "was", "were", "want", "wants", "wish", "wishes", "plan", "plans", "intend",
    "intends", "he", "she", "they", "it", "that", "so", "too", "much", "very", "any", "anymore", "longer",
    "necessarily", "exactly", "having", "joined", "done", "officially", "legally", "the", "a", "an", "in", "china", "think",
    "believe", "need", "needs", "take", "takes", "took", "taken", "part", "get", "gets", "got", "involved",
    "said", "says", "say", "mentioned", "talked", "spoken", "anything", "about", "expressed", "shown",
    "ever", "once", "made", "asking", "asks", "asked", "requesting", "wanting", "for",
    "mixed", "up",  # "never been mixed up in any court case"
    "facing", "faces", "face",  # "isn't facing any court case"
    # "not an ordinary worker": the adjective stands between the negator and the noun
    "ordinary", "regular", "normal", "common", "simple", "average", "typical", "real",
]
# Determiner negators only bind the next word or two ("no pending case", "no longer").
DET_NEGATORS = ["no", "without", "none", "nothing", "zero"]
# A clause with these is hypothetical or unsure; its statements are not facts.
HYPOTHETICAL = ["if", "whether", "unless", "suppose", "supposing", "assuming", "assume", "in case", "hypothetically",
                # "the person I imagine is ...": a relative clause; "I imagine he is poor" is a hedge
                "(?<!\\bi )(?<!\\bwe )imagine", "what if"]
# Talk about the cable itself ("view 2 mentions criminal cases") is not about the person.
MENTION_META = ["cable", "view \\d", "views", "clause", "the ministry(?!\\s+(?:just\\s+)?(?:gave|gives|pays|paid|sent|moved|promoted|hired|employs|employed|fired|housed))", "the rules?", "the document", "according to", "definition", "defined", "counts? as",
                # "means" of a definition, not the means to live ("without means of subsistence")
                "means?(?!\\s+(?:nothing|little|zilch)\\s+to\\b)(?!\\s+(?:of|to)\\s+(?:subsistence|subsist|support|living|live|feed|maintain|survival|livelihood"
                "|stay|remain|settle|return|go|leave))",  # "he means to stay": an intention
                "meaning", "regulations?"]
# Undecided clauses state nothing ("maybe he has a case"); a clause that leans one way
# ("I think", "probably", "as far as I know") states its fact, read back as unsure (HEDGE_WORDS).
MENTION_UNCERTAIN = HYPOTHETICAL + MENTION_META + [
    "maybe", "perhaps", "possibly", "might", "not sure", "unsure", "no idea",
    # (not knowing a language is no doubt: "he don't know chinese")
    "don't know(?!\\s+(?:chinese|mandarin|any\\s+chinese|the\\s+language|a\\s+word))",
    "do not know(?!\\s+(?:chinese|mandarin|any\\s+chinese|the\\s+language|a\\s+word))", "dunno", "not certain", "could be", "may be", "wonder",
]
# A guess at a choice ("maybe a japanese pow?") leans one way; for a yes/no fact it decides nothing.
LEANING_GUESSES = ["maybe", "perhaps", "possibly", "could be", "may be"]
# "asked if he can go home" asks; its "if" is no hypothetical.
INDIRECT_QUESTION = (r"(?:ask|asks|asked|asking|wonders?|wondered|wondering|inquired|enquired|request\w*)\s+(?:[\w']+\s+){0,4}?(?:if|whether)"
                     r"|if\s+(?:at\s+all\s+)?(?:possible|(?:it\s+)?(?:is|was)\s+possible|(?:they|he|she)\s+(?:can|could|would)(?:\s+let\s+(?:him|her|them))?(?=\s*(?:$|[,.;!])))")
# Conjunctions that end a clause for negation purposes ("no money but wants to go home").
CLAUSE_WORDS = ["but", "and", "although", "though", "however", "whereas", "while", "yet", "because", "except"]
# A sentence opening like this is a question even without "?"; questions state no facts.
QUESTION_STARTS = [
    "what", "why", "how", "who", "whom", "whose", "which", "where", "what's", "why's", "how's",
    "who's", "where's",
]
QUESTION_AUX = ["do", "does", "did", "is", "are", "was", "were", "can", "could", "would", "should", "will", "may", "shall", "am", "must"]
QUESTION_SUBJECTS = ["you", "i", "we", "it", "that", "this", "there", "the", "he", "she", "they", "these", "those"]
