"""The case part of domain.yml is the facts' declaration (cable/facts.py): a slot per fact, the
form asking for each, an ask action each. When a fact is added, the failure shows the lines to paste."""

from pathlib import Path

import yaml

import cable
from actions.case.form import ASK_ACTIONS, CONFIRM, FORM

DOMAIN = yaml.safe_load((Path(__file__).resolve().parents[2] / "domain.yml").read_text())
SLOT_TYPES = {"choice": "text", "yes-no": "bool"}


def expected_slot(fact) -> dict:
    return {"type": SLOT_TYPES[fact.kind], "influence_conversation": False, "mappings": [{"type": "custom"}]}


def test_a_slot_per_fact_named_and_typed_as_declared():
    slots = {name: spec for name, spec in DOMAIN["slots"].items() if name in cable.FIELDS}
    wanted = {fact.name: expected_slot(fact) for fact in cable.FACTS}
    assert slots == wanted, "domain.yml slots should read:\n" + yaml.safe_dump(wanted, sort_keys=False)
    assert list(slots) == list(cable.FIELDS)


def test_the_form_asks_for_every_fact_in_order_then_the_read_back():
    assert DOMAIN["forms"][FORM]["required_slots"] == list(cable.FIELDS) + [CONFIRM]


def test_an_ask_action_per_fact():
    ask_actions = [a for a in DOMAIN["actions"] if a.startswith("action_ask_") and a != f"action_ask_{CONFIRM}"
                   and a[len("action_ask_"):] not in ("analysis_reply", "quiz_reply")]
    assert ask_actions == [f"action_ask_{f}" for f in cable.FIELDS]
    assert [cls().name() for cls in ASK_ACTIONS.values()] == ask_actions


def test_the_choice_facts_are_the_entities():
    assert DOMAIN["entities"] == list(cable.case.CHOICE_FIELDS)
