"""Messages inside an exercise that are not answers: "I don't know", asides about the lesson, small talk.

None of these is judged or recorded as an answer (understanding.acts tells them apart); the exercise
replies and asks its question again. `on_topic` is the exercise's own test of whether a message says
anything it looks for, so "lol the ministry sent it" is still an answer.
"""

from __future__ import annotations

from typing import Callable, Optional, Tuple

from understanding import acts

REPLIES = {
    "dont_know": "That's fine: not knowing yet is where reading starts. Here is a hint.",
    "meta": ("That's a question about the lesson rather than the cable, so I can't answer it: what goes on a test "
             "is up to your teacher. I'm a program that helps you read the cable; your answers are saved for your "
             "own summary (and your teacher's report, if you gave a class code)."),
    "off_topic": "Let's keep to the cable for now; that one isn't something I can help with here.",
}


def aside(text: str, on_topic: Callable[[str], bool]) -> Optional[Tuple[str, str]]:
    """(kind, reply) for a message that is not an answer, else None."""
    act = acts.read(text, on_topic=on_topic)
    if act.kind in REPLIES:
        return act.kind, REPLIES[act.kind]
    return None
