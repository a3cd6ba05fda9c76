"""Teaching mode for the 1950 repatriation cable: guided source analysis and graded exercises.

Pure Python (no Rasa imports); the bot's actions in actions/classroom/ are thin adapters, and
students' free text (predictions, readings, commands) is read by the `understanding` package.

    analysis      the walk-through of the four habits of historical reading (analysis.yml)
    scenarios     quiz scenarios generated from the rule module, with difficulty levels
    personas      fictional persona cards
    grading       grading against cable.assess, with the flipping fact
    quiz          the ten-question quiz as a state machine
    scenario_files  teachers' YAML scenario sets, checked against the rules
    store         SQLAlchemy records of attempts, answers and ratings
    summary, report  the student's summary and the teacher's class report
"""
