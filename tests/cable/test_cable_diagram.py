"""The Mermaid diagram is generated from the rule data."""

from cable import OUTCOMES, RULES, mermaid
from cable.rules import PRECEDENCE


def test_diagram_mentions_every_view_and_outcome():
    text = mermaid()
    assert text.startswith("flowchart TD\n")
    for n in (1, 2, 3, 4):
        assert f"View {n}" in text
    for outcome in OUTCOMES:
        assert f"{outcome}[[" in text  # a node per outcome
        assert f"--> {outcome}" in text  # and an edge into it


def test_diagram_follows_rule_data():
    text = mermaid()
    for rule in RULES:
        for condition in rule.all_of + rule.any_of:
            assert condition.field in text
    for _views, outcome in PRECEDENCE:
        assert outcome in text
    assert "wants_free_travel" in text and "Railway" in text


def test_labels_are_quoted_safely():
    for line in mermaid().splitlines()[1:]:
        assert line.count('"') % 2 == 0, line
