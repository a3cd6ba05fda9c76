"""The classroom: the quiz and the guided analysis as forms, and the student's session (class
code, ratings, summary). The exercises themselves live in the `teaching` package."""
