"""The case part of domain.yml is the facts' declaration (cable/facts.py): a slot per fact, the
form asking for each (its validation action words the questions). When a fact is added, the
failure shows the lines to paste."""

from pathlib import Path

import yaml

import cable
from actions.case.form import CONFIRM, FORM

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


def test_no_ask_action_or_response_for_the_form_so_its_validation_asks_once():
    # Rasa asks with action_ask_<slot> or utter_ask_<slot> when the domain has one: the question
    # would be asked twice, and cost a second action-server call per answer.
    asks = {f"{prefix}_{slot}" for slot in DOMAIN["forms"][FORM]["required_slots"]
            for prefix in ("action_ask", "utter_ask", f"action_ask_{FORM}", f"utter_ask_{FORM}")}
    assert not asks & (set(DOMAIN["actions"]) | set(DOMAIN.get("responses") or {}))


def test_the_choice_facts_are_the_entities():
    assert DOMAIN["entities"] == list(cable.case.CHOICE_FIELDS)
