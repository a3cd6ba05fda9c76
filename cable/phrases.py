"""Wording tables for explanations: outcomes and caveats (each fact's wording is in facts.py).

Kept apart from explain.py so the logic there stays short and the wording can
be reviewed (and translated) in one place. Pronoun-neutral: "the person".
"""

# Short outcome names used after a colon in flip summaries.
OUTCOME_SHORT = {
    "out_of_scope": "outside the cable's scope",
    "conflict": "a conflict between views 1 and 4",
    "repatriate": "repatriation (view 4)",
    "retain": "keep the person (view 1)",
    "approve_return": "approved to leave (view 2)",
    "return_on_request": "sent back on request (view 3)",
    "no_provision": "no provision",
}

# Every caveat, keyed so tests and callers can refer to them stably.
CAVEATS = {
    "advisory": 'The cable is advisory, not a binding rule: the Ministry says it "does not have '
    'overall regulations" and proposes views "Based on our experience dealing with past cases".',
    "out_of_scope": "The cable concerns only Japanese and Korean nationals; it gives no guidance "
    "for people of other nationalities.",
    "nationality_missing": "Nationality was not given; the case is treated as within the cable's "
    "scope, which covers Japanese and Korean nationals.",
    "nationality_unsure": "The person's nationality is unclear: the cable concerns Japanese and Korean "
    "nationals but does not say who counts as one (mixed parentage, Korean descent with Chinese "
    "papers), so the case is treated as within its scope.",
    "japanese_title": "The cable's title names only Korean nationals, but its text concerns "
    "Japanese and Korean nationals alike.",
    "group_missing": "The person's group was not given, so views 1 to 3, which each cover one "
    "group, cannot apply.",
    "technical_leaving": 'Interpretation: view 1 states an aim, to "strive to reform and keep them", '
    "not a stated ban on leaving; the cable does not say what happens when technical personnel "
    "ask to return.",
    "view4_combined": 'Interpretation: view 4 ("Those with difficulty living [in China] and affect '
    'our social order") is read as one combined condition: the person must both have difficulty '
    "living in China and affect social order.",
    "conflict": "The cable gives no precedence between view 1 (keep technical personnel) and "
    "view 4 (repatriate as soon as possible), so it does not settle this case.",
    "pow_no_request": 'View 3 sends prisoners of war back only "if they so request"; the cable '
    "says nothing about prisoners of war who do not ask to return.",
    "ordinary_no_request": "View 2 covers ordinary nationals who ask to return; the cable says "
    "nothing about those who do not.",
    "without_cases": 'Interpretation: "without civil or criminal cases" in view 2 is read as having '
    "no unresolved civil or criminal case in China.",
    "pending_not_in_view": "Interpretation: only view 2 mentions civil or criminal cases, so the "
    "pending case is not treated as blocking the view that applies here.",
    "involuntary": 'View 4 has no "if they so request" condition, so it applies whether or not '
    'the person asks to return (the archive note speaks of "involuntary repatriation").',
    "railway_korean": "The railway remark is worded for Korean nationals; the cable does not say "
    "whether it also covers Japanese nationals.",
}
