"""The verbatim clauses and metadata, checked against the primary source file."""

import dataclasses
import inspect
import re
from pathlib import Path

import pytest

import cable
from cable import CLAUSES, clause, document, view
from cable.rules import PASSAGES, RULES


def test_clause_ids_in_order():
    assert [c.id for c in CLAUSES] == ["preamble", "view_1", "view_2", "view_3", "view_4", "railway"]
    assert [c.number for c in CLAUSES] == [None, 1, 2, 3, 4, None]


@pytest.mark.parametrize("c", CLAUSES, ids=lambda c: c.id)
def test_clause_text_is_verbatim_in_source(c, source_text):
    assert c.text in source_text, f"{c.id} is not verbatim in the source file"
    assert c.text == c.text.strip() and c.label


def test_views_exclude_the_number_prefix(source_text):
    for n in range(1, 5):
        assert f"{n}. {view(n).text}" in source_text
        assert not view(n).text.startswith(f"{n}.")


def test_preamble_and_railway_boundaries(source_text):
    pre = clause("preamble").text
    assert pre.startswith("Regarding the letter you have sent") and pre.endswith("we propose the following views:")
    assert "\u201c" + pre in source_text  # the opening curly quote belongs to the page, not the clause
    rail = clause("railway").text
    assert rail.endswith("does not have such regulations.") and "\u201d" not in rail
    assert rail + "\u201d" in source_text


def test_view_4_keeps_square_brackets():
    assert "[in China]" in view(4).text


def test_clauses_are_frozen():
    with pytest.raises(dataclasses.FrozenInstanceError):
        CLAUSES[0].text = "changed"


def test_clause_and_view_helpers():
    assert clause("view_2") is view(2)
    with pytest.raises(KeyError, match="valid ids"):
        clause("view_9")
    with pytest.raises(KeyError):
        view(5)


@pytest.mark.parametrize("name", ["TITLE", "ARCHIVE_NOTE", "SUMMARY", "RIGHTS", "RIGHTS_ENQUIRY", "FUNDING_NOTE"])
def test_metadata_strings_are_verbatim(name, source_text):
    assert getattr(document, name) in source_text


def test_metadata_values(source_text):
    meta = document.metadata()
    assert meta["date"] == "1950-04-20"
    assert meta["issuer"] == "Foreign Ministry of the People's Republic of China"
    assert meta["recipient"] == "Shanghai Foreign Affairs office"
    assert meta["letter"]["serial_code"] == "2301" and meta["letter"]["date"] == "1950-04-07"
    assert meta["archive_citation"] == "PRC FMA 118-00080-10, 78-79"
    assert meta["archive_citation"] + "." in source_text
    assert meta["wilson_center_id"] == 114906
    assert meta["url"] == "https://digitalarchive.wilsoncenter.org/document/114906"
    assert meta["funder"] == "MacArthur Foundation"
    assert meta["archive_note"].startswith("The Foreign Ministry replied to a letter")
    assert meta["summary"].startswith("The Chinese Foreign Ministry reports on procedures")
    for part in ("PRC FMA 118-00080-10, 78-79", "114906", document.URL, "MacArthur Foundation", "1950"):
        assert part in document.ATTRIBUTION


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.clause_id)
def test_rule_sits_under_its_verbatim_clause(rule):
    # Literate style: the docstring is the clause, and the rule's code follows right below it.
    assert inspect.getdoc(rule) == clause(rule.clause_id).text
    assert rule.reference == document.URL
    assert inspect.getsource(rule).startswith(f'class {rule.clause_id}(Rule):\n    """')


def test_clauses_are_the_passages_in_the_cables_order():
    assert CLAUSES == tuple(p.clause for p in PASSAGES)
    assert [p.clause_id for p in PASSAGES] == [c.id for c in CLAUSES]
    assert [r.view for r in RULES] == [1, 2, 3, 4]


@pytest.mark.parametrize("c", CLAUSES, ids=lambda c: c.id)
def test_each_clause_is_quoted_once_in_the_package(c):
    sources = [re.sub(r"\s+", " ", p.read_text()) for p in Path(cable.__file__).parent.glob("*.py")]
    assert sum(s.count(c.text) for s in sources) == 1, f"{c.id} is quoted more than once (or not at all)"
