"""Teaching mode for the 1950 repatriation cable: guided source analysis and graded exercises.

Pure Python (no Rasa imports); the bot's actions in actions/classroom/ are thin adapters, and
students' free text (predictions, readings, commands) is read by the `understanding` package.

    analysis      the walk-through of the four habits of historical reading (analysis.yml, analysis_steps)
    misconceptions  what students get wrong about the cable, recognised and corrected (misconceptions.yml)
    evidence      citations: claims, their basis and the knowledge-base entries that say them
    scenarios     quiz scenarios generated from the rule module, with difficulty levels
    personas, persona_table  fictional persona cards, drawn only from settings that fit April 1950
    grading, rubric  grading against cable.assess with one rubric, with the flipping fact
    quiz          the ten-question quiz as a state machine
    turns         messages in an exercise that are not answers ("I don't know", asides)
    scenario_files  teachers' YAML scenario sets, checked against the rules
    store         SQLAlchemy records of attempts, answers, hints, skips, ratings and class codes
    summary, report, report_data  the student's summary and the teacher's class report and CSV
    docs/teaching.md describes it all.
"""
