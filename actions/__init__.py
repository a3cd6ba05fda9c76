"""Thin rasa-sdk adapters, by job: each action reads the tracker, asks the pure packages, and replies.

    tracker     reading the tracker: latest text, intent and confidence, fresh turn, case facts
    presenters  every wording the actions send
    case/            the case form, the determination and its follow-ups, stored assessments
    knowledge_base/  answers from the knowledge base
    classroom/       the quiz, the guided analysis, and the student's session (class code, ratings, summary)

The logic lives in `cable` (the rules), `understanding` (reading free text), `knowledge`
(the knowledge base) and `teaching` (the exercises). rasa_sdk imports every module here,
subpackages included, and registers each Action subclass it finds. Its walk imports a
subpackage by its bare name first, so no subpackage may share a name with a top-level
package ("knowledge", "teaching"): that would import the top-level one instead.
"""
