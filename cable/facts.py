"""Every case fact, declared once: its values, its question, its wording and its place in lists.

A fact here is what the cable's views test about a person ("is the person technical
personnel?", "does the person ask to return?"). Everything else derives from this list:
the Case fields and their validation (case.py), the questions and why they are asked
(questions.py), the wording of explanations and flips (explain.py), the chat's summaries,
buttons and example answers (actions/presenters.py), the parser's fields
(understanding/case_facts.py), the persona cards and the quiz's flips (teaching/), and the
case part of domain.yml (a test holds it equal). Which clauses read a fact is not declared:
it comes from the rules that test it (rules.clauses_reading).

To add a fact: declare it here, test it in the rule that reads it (rules.py), and teach the
assistant to understand it (data/, understanding/fact_lexicon.py and yes_no_lexicon.py); the tests then name the
domain.yml lines to add.

Wording is pronoun-neutral ("the person").
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

YES_NO_VALUES: tuple[bool, ...] = (False, True)
YES_NO_BUTTONS = ("Yes", "No", "Not sure")
UNSURE_BUTTON = "Not sure"
# A statement's subject, left out when facts are listed ("Korean; prisoner of war; asks to return home").
_SUBJECTS = ("the person is an ", "the person is a ", "the person is ", "the person ")


@dataclass(frozen=True)
class Fact:
    """One fact about the person.

    says: the fact stated, per value ("the person is Korean"); would_be: the same as a
    counterfactual ("the person were Korean"), for "If ..., the outcome would change".
    values: the concrete values; a yes-no fact's are False and True. A choice fact may also
    be not given (None); a yes-no fact not given counts as False.
    unsure: a choice's answer "unclear" (nationality: mixed parentage, papers of another
    country, "not sure"): an answer, not a concrete value; the rules treat it like not given,
    with its own caveat, and flips never change a fact to it.
    """

    name: str
    label: str  # the fact itself, named in a few words ("pending case")
    question: str
    why: str  # why the question is asked: the clause that needs it, in plain words
    example: str  # an example answer, offered after an answer that could not be read
    says: Mapping[Any, str]
    would_be: Mapping[Any, str]
    values: tuple[Any, ...] = YES_NO_VALUES
    choice_buttons: tuple[str, ...] = field(default=())  # one per value, in order (choice facts)
    unsure: str | None = None

    @property
    def accepted(self) -> tuple[Any, ...]:
        """Every value a case may hold: the concrete values and the unsure answer."""
        return self.values + ((self.unsure,) if self.unsure else ())

    @property
    def kind(self) -> str:
        return "yes-no" if self.values == YES_NO_VALUES else "choice"

    @property
    def default(self) -> bool | None:
        """The value of a fact nobody gave: None ("not given") for a choice, False for yes-no."""
        return False if self.kind == "yes-no" else None

    @property
    def buttons(self) -> tuple[str, ...]:
        return self.choice_buttons + (UNSURE_BUTTON,) if self.unsure else self.choice_buttons or YES_NO_BUTTONS

    def statement(self, value: Any) -> str:
        """The fact stated about the person; for a choice not given, that it was not given."""
        if value is None and self.kind == "choice":
            return f"the person's {self.label} was not given"
        return self.says[value]

    def short(self, value: Any) -> str:
        """The statement without its subject, for lists: "Korean", "asks to return home"."""
        if value is None:
            return f"{self.label} not given"
        if value == self.unsure:
            return f"{self.label} unclear"
        text = self.says[value]
        subjects = _SUBJECTS if self.kind == "choice" else _SUBJECTS[-1:]
        return next((text[len(s):] for s in subjects if text.startswith(s)), text)


FACTS = (
    Fact(
        "nationality",
        label="nationality",
        question="Is the person Korean, Japanese, or another nationality?",
        why="The cable covers only Japanese and Korean nationals; for anyone else none of its views applies.",
        example="Korean",
        values=("korean", "japanese", "other"),
        choice_buttons=("Korean", "Japanese", "Another nationality"),
        unsure="unsure",
        says={
            "korean": "the person is Korean",
            "japanese": "the person is Japanese",
            "other": "the person is neither Japanese nor Korean",
            "unsure": "the person's nationality is unclear",
        },
        would_be={
            "korean": "the person were Korean",
            "japanese": "the person were Japanese",
            "other": "the person were of another nationality",
        },
    ),
    Fact(
        "group",
        label="group",
        question="Is the person technical personnel, a prisoner of war, or an ordinary national?",
        why="Views 1, 2 and 3 each cover one group: technical personnel (view 1), "
        "ordinary nationals (view 2) and prisoners of war (view 3).",
        example="A prisoner of war",
        values=("technical_personnel", "prisoner_of_war", "ordinary_national"),
        choice_buttons=("Technical personnel", "Prisoner of war", "Ordinary national"),
        says={
            "technical_personnel": "the person is technical personnel",
            "prisoner_of_war": "the person is a prisoner of war",
            "ordinary_national": "the person is an ordinary national",
        },
        would_be={
            "technical_personnel": "the person were technical personnel",
            "prisoner_of_war": "the person were a prisoner of war",
            "ordinary_national": "the person were an ordinary national",
        },
    ),
    Fact(
        "requests_return",
        label="request to return",
        question="Does the person ask to go home?",
        why="View 2 approves ordinary nationals who request to return, and view 3 sends "
        "prisoners of war back only if they so request.",
        example="Yes, the person has asked to return home.",
        says={True: "the person asks to return home", False: "the person does not ask to return home"},
        would_be={True: "the person asked to return home", False: "the person did not ask to return home"},
    ),
    Fact(
        "pending_case",
        label="pending case",
        question="Does the person have an unresolved civil or criminal case in China?",
        why="View 2 only covers people with no pending civil or criminal case.",
        example="No, there is no open case.",
        says={
            True: "the person has a pending civil or criminal case",
            False: "the person has no pending civil or criminal case",
        },
        would_be={
            True: "the person had a pending civil or criminal case",
            False: "the person had no pending civil or criminal case",
        },
    ),
    Fact(
        "pow_language_barrier",
        label="language difficulty in training",
        question="Does the person have difficulty in training because of language?",
        why="View 3 covers prisoners of war who face difficulty in training due to language barriers.",
        example="Yes, the person cannot follow training in Chinese.",
        says={
            True: "the person has difficulty in training because of language",
            False: "the person has no difficulty in training because of language",
        },
        would_be={
            True: "the person had difficulty in training because of language",
            False: "the person had no difficulty in training because of language",
        },
    ),
    Fact(
        "pow_early_revolutionary_work",
        label="early revolutionary work",
        question="Did the person take part in early revolutionary work?",
        why="View 3 covers prisoners of war who participated in early revolutionary work.",
        example="No, the person did not.",
        says={
            True: "the person took part in early revolutionary work",
            False: "the person did not take part in early revolutionary work",
        },
        would_be={
            True: "the person had taken part in early revolutionary work",
            False: "the person had not taken part in early revolutionary work",
        },
    ),
    Fact(
        "pow_family_difficulties",
        label="family issues",
        question="Do family issues keep the person from working at ease?",
        why="View 3 covers prisoners of war who cannot work at ease due to family issues.",
        example="Yes, the person's family is back home and needs support.",
        says={
            True: "family issues keep the person from working at ease",
            False: "family issues do not keep the person from working at ease",
        },
        would_be={
            True: "family issues kept the person from working at ease",
            False: "family issues did not keep the person from working at ease",
        },
    ),
    Fact(
        "hardship",
        label="difficulty living in China",
        question="Does the person have difficulty living in China?",
        why="View 4 covers people who have difficulty living in China and also affect social order.",
        example="Yes, the person has no work or housing.",
        says={True: "the person has difficulty living in China", False: "the person has no difficulty living in China"},
        would_be={True: "the person had difficulty living in China",
        False: "the person had no difficulty living in China"},
    ),
    Fact(
        "disturbs_order",
        label="effect on social order",
        question="Does the person affect social order?",
        why="View 4 covers people who affect social order and also have difficulty living in China.",
        example="No, the person causes no trouble.",
        says={True: "the person affects social order", False: "the person does not affect social order"},
        would_be={True: "the person affected social order", False: "the person did not affect social order"},
    ),
    Fact(
        "wants_free_travel",
        label="request for a free trip home",
        question="Does the person ask for a free trip home?",
        why="The cable closes by noting that the Railway Ministry has no regulation for gratis trips home.",
        example="Yes, the person cannot pay the fare.",
        says={True: "the person asks for a free trip home", False: "the person does not ask for a free trip home"},
        would_be={True: "the person asked for a free trip home", False: "the person did not ask for a free trip home"},
    ),
)

FACT: dict[str, Fact] = {f.name: f for f in FACTS}

# Persona cards state the yes-no facts in this order: a prisoner of war's view-3 conditions
# first, so the card reads as one story (teaching/personas.py).
PERSONA_ORDER = ("pow_language_barrier", "pow_early_revolutionary_work", "pow_family_difficulties",
                 "requests_return", "pending_case", "hardship", "disturbs_order", "wants_free_travel")
# When several single changes would flip a quiz answer, the feedback names the first in this
# order: the changes a student most easily pictures come first (teaching/grading.py).
FLIP_ORDER = ("requests_return", "pending_case", "hardship", "disturbs_order", "pow_language_barrier",
              "pow_early_revolutionary_work", "pow_family_difficulties", "group", "nationality",
              "wants_free_travel")
