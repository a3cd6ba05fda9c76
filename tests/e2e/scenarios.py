"""Scripted conversations: each a list of (user message, words the reply must contain).

Used by the end-to-end suite (against the running servers) and by
`tests/e2e/record_stories.py`, which turns them into Rasa test stories.
"""

from dataclasses import dataclass, field

import cable

V = {n: cable.view(n).text for n in range(1, 5)}
RAILWAY = cable.clause("railway").text


# The shortest complete case (view 2), reused where a scenario needs a determination first.
APPROVED_SHOPKEEPER = [
    ("a Korean shopkeeper wants to go home", ["civil or criminal case"]),
    ("no", ["difficulty living"]),
    ("no", ["free trip"]),
    ("no", ["So far:"]),
    ("yes", ["Approved to leave"]),
]


@dataclass
class Scenario:
    name: str
    turns: list[tuple[str, list[str]]]
    outcome: str | None = None
    clauses: list[int] | None = None
    slots: dict = field(default_factory=dict)   # other slot values expected at the end


SCENARIOS = [
    Scenario("approve return (view 2), facts in the opening message", [
        ("A Korean shopkeeper wants to go home", ["Noted: Korean; ordinary national", "civil or criminal case"]),
        ("no", ["difficulty living"]),
        ("no, she's doing fine", ["free trip"]),
        ("nope", ["So far: Korean; ordinary national"]),
        ("yes", ["Approved to leave", V[2]]),
    ], "approve_return", [2]),
    Scenario("retain technical personnel (view 1)", [
        ("I'd like to assess a case", ["Korean, Japanese, or another nationality"]),
        ("he's from Tokyo", ["technical personnel, a prisoner of war, or an ordinary national"]),
        ("he's a railway engineer", ["difficulty living"]),
        ("not really", ["So far: Japanese; technical personnel"]),
        ("yes", ["Strive to reform and keep", V[1]]),
    ], "retain", [1]),
    Scenario("conflict between view 1 and view 4", [
        ("a Japanese chemist", ["difficulty living"]),
        ("he can barely make a living", ["affect social order"]),
        ("yes, he keeps getting into fights", ["So far:"]),
        ("yes", ["Conflict", V[1], V[4], "no precedence"]),
    ], "conflict", [1, 4]),
    Scenario("repatriate under view 4", [
        ("assess someone for me", ["nationality"]),
        ("Korean", ["technical personnel"]),
        ("a farmer", ["ask to go home"]),
        ("no, she would rather stay in China", ["difficulty living"]),
        ("she can barely make a living", ["affect social order"]),
        ("she causes trouble", ["free trip"]),
        ("she can't afford the train fare", ["So far:"]),
        ("yes", ["Repatriate", V[4], RAILWAY]),
    ], "repatriate", [4]),
    Scenario("prisoner of war sent back on request (view 3)", [
        ("a Japanese POW who can't speak Chinese wants to go home", ["Noted: Japanese; prisoner of war",
                                                                      "difficulty living"]),
        ("no", ["free trip"]),
        ("no", ["So far:"]),
        ("yes", ["Sent back on request", V[3]]),
    ], "return_on_request", [3]),
    Scenario("no provision: a pending case blocks view 2", [
        ("a Korean merchant wants to go home", ["civil or criminal case"]),
        ("yes, he's being sued", ["difficulty living"]),
        ("no", ["So far:"]),
        ("yes", ["No provision", "view 2 requires no pending civil or criminal case"]),
    ], "no_provision", []),
    Scenario("another nationality is outside the cable", [
        ("new case", ["nationality"]),
        ("she's Russian", ["So far: neither Japanese nor Korean"]),
        ("yes", ["Outside the cable's scope"]),
    ], "out_of_scope", []),
    Scenario("why do you ask, then the form resumes", [
        ("a Korean shopkeeper wants to go home", ["civil or criminal case"]),
        ("why do you ask?", ["I ask because", V[2], "civil or criminal case in China?"]),
        ("no", ["difficulty living"]),
        ("no", ["free trip"]),
        ("no", ["So far:"]),
        ("yes", ["Approved to leave", V[2]]),
    ], "approve_return", [2]),
    Scenario("a correction mid-form changes an earlier answer", [
        ("a Korean shopkeeper wants to go home", ["civil or criminal case"]),
        ("actually she is Japanese", ["Changed: Japanese (was: Korean)", "civil or criminal case"]),
        ("no", ["difficulty living"]),
        ("no", ["free trip"]),
        ("no", ["So far: Japanese"]),
        ("yes", ["Approved to leave"]),
    ], "approve_return", [2], {"nationality": "japanese"}),
    Scenario("a question about the document mid-form, then the form resumes", [
        ("a Korean farmer wants to go home", ["civil or criminal case"]),
        ("who sent this cable?", ["Foreign Ministry", "Source:", "civil or criminal case in China?"]),
        ("no", ["difficulty living"]),
        ("no", ["free trip"]),
        ("no", ["So far:"]),
        ("yes", ["Approved to leave"]),
    ], "approve_return", [2]),
    Scenario("off-topic mid-form, then the form resumes", [
        ("a Japanese engineer", ["difficulty living"]),
        ("who won the world cup?", ["outside what I can help with", "difficulty living"]),
        ("no", ["So far:"]),
        ("yes", ["Strive to reform and keep"]),
    ], "retain", [1]),
    Scenario("go back undoes the last answer", [
        ("I want to check a case", ["nationality"]),
        ("Korean", ["technical personnel"]),
        ("a prisoner of war", ["ask to go home"]),
        ("go back", ["redo that answer", "technical personnel, a prisoner of war"]),
        ("a shopkeeper", ["ask to go home"]),
        ("yes", ["civil or criminal case"]),
        ("no", ["difficulty living"]),
        ("no", ["free trip"]),
        ("no", ["So far: Korean; ordinary national"]),
        ("yes", ["Approved to leave"]),
    ], "approve_return", [2]),
    Scenario("start over forgets the case", [
        ("a Japanese engineer wants to go home", ["difficulty living"]),
        ("start over", ["Starting over", "nationality"]),
        ("Korean", ["technical personnel"]),
        ("ordinary national", ["ask to go home"]),
        ("yes", ["civil or criminal case"]),
        ("no", ["difficulty living"]),
        ("no", ["free trip"]),
        ("no", ["So far: Korean; ordinary national"]),
        ("yes", ["Approved to leave"]),
    ], "approve_return", [2]),
    Scenario("stop ends the case without a determination", [
        ("a Korean chemist", ["difficulty living"]),
        ("stop", ["stopped this case"]),
    ], None, None),
    Scenario("an unreadable answer gets a hint, then buttons", [
        ("new case", ["nationality"]),
        ("blue bicycles", ["didn't understand", "for example", "nationality"]),
        ("purple sky", ["didn't understand", "Korean", "Japanese", "Another nationality"]),
        ("Japanese", ["technical personnel"]),
    ], None, None, {"nationality": "japanese"}),
    Scenario("follow-ups after a determination", [
        *APPROVED_SHOPKEEPER,
        ("why?", ["Step by step", "View 2"]),
        ("what would change it?", ["single changes", "pending civil or criminal case"]),
        ("what if she had a criminal case?", ["No provision"]),
    ], "approve_return", [2]),
    Scenario("the read-back lets one fact be fixed", [
        ("a Korean shopkeeper wants to go home", ["civil or criminal case"]),
        ("no", ["difficulty living"]),
        ("no", ["free trip"]),
        ("no", ["So far:"]),
        ("no", ["Which fact should I change?"]),
        ("she has a criminal case", ["Changed", "So far:"]),
        ("yes", ["No provision"]),
    ], "no_provision", [], {"pending_case": True}),
    Scenario("a second no at the read-back shows what stands, and a button assesses it", [
        ("a Korean shopkeeper wants to go home", ["civil or criminal case"]),
        ("no", ["difficulty living"]),
        ("no", ["free trip"]),
        ("no", ["So far:"]),
        ("no", ["Which fact should I change?"]),
        ("no", ["What I have now: Korean", "Nothing, assess it", "Start a new case"]),
        ("yes", ["Approved to leave"]),
    ], "approve_return", [2]),
    Scenario("don't know is assumed no and marked in the read-back", [
        ("a Korean shopkeeper wants to go home", ["civil or criminal case"]),
        ("I don't know", ["assume not", "difficulty living"]),
        ("no", ["free trip"]),
        ("no", ["(assumed)"]),
        ("yes", ["Approved to leave"]),
    ], "approve_return", [2]),
    Scenario("greeting, help and off-topic say what the assistant does", [
        ("hello", ["study assistant", "not legal advice", "A Korean chemist wants to go home"]),
        ("what can you do?", ["assess a fictional person"]),
        ("what's the weather like today?", ["outside what I can help with"]),
        ("bye", ["Goodbye"]),
    ]),
    Scenario("knowledge questions, tell me more and related documents", [
        ("what does gratis mean?", ["free", "Source:"]),
        ("tell me more", ["Evidence:"]),
        ("related documents", ["1950-01-11"]),
        ("how many people were repatriated under this cable?", ["The sources here do not say"]),
    ]),
    Scenario("a cold question about people", [
        ("who was the foreign minister in 1950?", ["Zhou Enlai", "Source:"]),
    ]),
    Scenario("tell me more and help in the middle of the form", [
        ("a Korean farmer wants to go home", ["civil or criminal case"]),
        ("what does gratis mean?", ["free", "civil or criminal case in China?"]),
        ("tell me more", ["Evidence:", "civil or criminal case in China?"]),
        ("help", ["We're in the middle of a case", "civil or criminal case in China?"]),
        ("no", ["difficulty living"]),
    ], None, None, {"pending_case": False}),
    Scenario("greetings and thanks mid-form resume the question", [
        ("a Japanese technician", ["difficulty living"]),
        ("hello", ["Let's carry on", "difficulty living"]),
        ("thanks", ["Let's carry on", "difficulty living"]),
        ("no", ["So far:"]),
    ], None, None, {"hardship": False}),
    Scenario("follow-ups asked too early wait for the case", [
        ("a Korean shopkeeper wants to go home", ["civil or criminal case"]),
        ("what would change the outcome?", ["finish this case first", "civil or criminal case"]),
        ("no", ["difficulty living"]),
    ], None, None, {"pending_case": False}),
    Scenario("goodbye mid-form ends the case politely", [
        ("a Korean chemist", ["difficulty living"]),
        ("bye", ["Goodbye"]),
    ]),
    Scenario("prisoner of war with early revolutionary work who also disturbs order", [
        ("a Korean prisoner of war", ["ask to go home"]),
        ("yes he wants to go home", ["training because of language"]),
        ("no", ["early revolutionary work"]),
        ("yes, he fought with the revolution early on", ["difficulty living"]),
        ("yes, he is struggling to get by", ["social order"]),
        ("yes, he causes trouble", ["free trip"]),
        ("no", ["So far:"]),
        ("yes", ["Repatriate", V[3], V[4]]),
    ], "repatriate", [3, 4]),
    Scenario("a prisoner of war who does not ask to return has no provision", [
        ("a Japanese POW", ["ask to go home"]),
        ("no, he wants to stay", ["difficulty living"]),
        ("no", ["So far:"]),
        ("yes", ["No provision"]),
    ], "no_provision", []),
    Scenario("a new case replaces the previous one", [
        *APPROVED_SHOPKEEPER,
        ("new case: a Japanese engineer", ["difficulty living"]),
        ("no", ["So far: Japanese; technical personnel"]),
        ("yes", ["Strive to reform and keep"]),
    ], "retain", [1]),
    Scenario("what if another nationality", [
        *APPROVED_SHOPKEEPER,
        ("suppose she were Russian", ["Outside the cable's scope"]),
    ], "approve_return", [2]),
    Scenario("stop with nothing in progress", [
        ("stop", ["nothing in progress"]),
    ]),
    Scenario("a correction after the determination is read back and reassessed", [
        *APPROVED_SHOPKEEPER,
        ("actually she has a criminal case", ["So far:"]),
        ("yes", ["No provision"]),
    ], "no_provision", [], {"pending_case": True}),
    Scenario("a knowledge question the sources cannot answer", [
        ("what was the name of the Shanghai official who wrote the letter?", ["The sources here do not say"]),
    ]),
]

# --- Teaching mode (questions are seeded by the conversation id, so only the shape is checked) ---
SCENARIOS += [
    Scenario("guided analysis: ask first, hint, confirm, a document question, pause and resume", [
        ("let's analyse the document", ["four habits", "Step 1 of 10, sourcing.", "Who wrote this document"]),
        ("hint", ["Hint:"]),
        ("Mao wrote it", ["No person is named", "Source:", "Back to step 1 of 10"]),
        ("the foreign ministry, to the shanghai office", ["Yes, that's the full picture",
        "China's Foreign Ministry sent it", "Step 2 of 10"]),
        ("what does gratis mean?", ["free", "Back to step 2 of 10"]),
        ("stop", ["Paused at step 2 of 10"]),
        ("resume the analysis", ["Welcome back", "Step 2 of 10, sourcing."]),
        ("skip", ["Skipped", "Step 3 of 10, contextualisation."]),
        ("go back", ["back to the previous step", "Step 2 of 10"]),
    ]),
    Scenario("a historians' puzzle is argued, not settled", [
        ("let's analyse the document", ["Step 1 of 10"]),
        ("skip", ["Step 2 of 10", "only Koreans"]),
        ("hmm", ["Take a side first"]),
        ("the editors chose it; the text is about japanese too", ["You argued that", "For the reading that",
                                                                  "Our sources do not settle this", "Step 3 of 10"]),
    ]),
    Scenario("quiz: class code, predictions, why, hint, skip, pause and resume", [
        ("my class code is HIST7", ["class HIST7"]),
        ("quiz me", ["Question 1 of 10 (level 1)", "Persona card:", "Predict the outcome"]),
        ("hint", ["Hint:"]),
        ("approved to leave under view 2", ["Score:", "Question 2 of 10"]),
        ("why?", ["About the last question", "So:"]),
        ("skip", ["Skipped. The cable's answer was", "Question 3 of 10"]),
        ("no provision", ["Score:", "Question 4 of 10", "an ambiguity case"]),
        ("stop the quiz", ["Quiz paused at question 4 of 10"]),
        ("quiz me", ["Welcome back to your quiz", "Question 4 of 10"]),
    ], None, None, {"class_code": "HIST7"}),
    Scenario("a bad class code, ratings and the session summary", [
        ("my class code is $$", ["not a valid class code", "HIST7"]),
        ("what does gratis mean?", ["free", "Source:", "Helpful", "Not helpful"]),
        ("not helpful", ["didn't help"]),
        ("that was helpful", ["Only my answers can be rated"]),    # the last reply was the thanks, not an answer
        ("who sent this cable?", ["Foreign Ministry", "Helpful"]),
        ("that was helpful", ["this answer helped"]),
        ("my summary", ["Your session so far", "not started"]),
        ("export my summary", ["# Session summary", "## Quiz"]),
    ], None, None, {"class_code": None}),
    Scenario("switching from a case to the quiz and on to the analysis", [
        ("a Korean shopkeeper wants to go home", ["civil or criminal case"]),
        ("quiz me", ["Question 1 of 10"]),
        ("let's analyse the document", ["Step 1 of 10"]),
        ("hint", ["Hint:"]),
    ]),
    Scenario("hint and skip with nothing open, and a hint in a case", [
        ("hint", ["no question open"]),
        ("skip", ["no question open"]),
        ("a Korean shopkeeper wants to go home", ["civil or criminal case"]),
        ("give me a hint", ["For example", "civil or criminal case in China?"]),
        ("no", ["difficulty living"]),
    ], None, None, {"pending_case": False}),
]
