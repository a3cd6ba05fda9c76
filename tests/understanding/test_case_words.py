"""The case reader's WordNet table (understanding/case_words.json): occupations by group, and the
real words a typo check must leave alone. Built once; servers and tests without WordNet read the file."""

from __future__ import annotations

import json

import pytest

from understanding import case_words
from understanding.case_facts import parse_mentions, respell
from understanding.lexical import WORDNET_DIR, WordNet
from understanding.text import prepare

TABLE = case_words.load()
HAS_WORDNET = (WORDNET_DIR / "index.noun").exists()


@pytest.mark.skipif(not HAS_WORDNET, reason="WordNet 3.0 is not installed (Debian: wordnet-base)")
def test_the_stored_table_is_current():
    built = case_words.build(WordNet())
    stored = json.loads(case_words.TABLE_FILE.read_text(encoding="utf-8"))
    assert built == stored, "understanding/case_words.json is out of date: run `make wordnet`"


@pytest.mark.skipif(not HAS_WORDNET, reason="WordNet 3.0 is not installed (Debian: wordnet-base)")
def test_every_anchor_is_a_kind_of_person_in_wordnet():
    wordnet = WordNet()
    people = {"00007846", "00007347"}  # person; causal agent (where WordNet puts operators of machines)
    for offset in case_words.ANCHORS:
        synset = wordnet.synset("n", offset)
        assert synset is not None, offset
        seen, stack = set(), [offset]
        while stack and not people & seen:
            node = stack.pop()
            seen.add(node)
            stack += [o for sym, o, pos, _ in wordnet.synset("n", node).pointers if sym in ("@", "@i")]
        assert people & seen, f"{offset} ({synset.words[0]}) is not a person"


@pytest.mark.parametrize("word, group", [
    ("seismologist", "technical_personnel"), ("physicist", "technical_personnel"),
    ("obstetrician", "technical_personnel"), ("radiographer", "technical_personnel"),
    ("bacteriologist", "technical_personnel"), ("oncologist", "technical_personnel"),
    ("glassblower", "ordinary_national"), ("plumber", "ordinary_national"), ("bricklayer", "ordinary_national"),
    ("florist", "ordinary_national"), ("milkman", "ordinary_national"), ("glazier", "ordinary_national"),
])
def test_occupations_are_grouped_from_wordnet(word, group):
    assert TABLE["occupations"][word] == group


@pytest.mark.parametrize("word", ["soldier", "woman", "guy", "prisoner", "wife", "friend", "veteran",
                                  "resident", "lovely", "customer", "neighbour", "citizen", "volunteer"])
def test_people_who_are_no_occupation_state_no_group(word):
    assert word not in TABLE["occupations"]


@pytest.mark.parametrize("text, group", [
    ("a korean seismologist who wants to go home", "technical_personnel"),
    ("japanese glassblower, has asked to go back", "ordinary_national"),
    ("the person i made up is a korean plumber in dalian", "ordinary_national"),
])
def test_an_occupation_the_hand_lexicon_lacks_states_the_group(text, group):
    assert parse_mentions(text)["group"] == group


@pytest.mark.parametrize("text", [
    "a korean woman, the plumber she hired is suing her",
    "a japanese man who was sued by his florist",
    "a korean man whose wife is an obstetrician",
])
def test_someone_elses_occupation_is_not_the_persons(text):
    assert "group" not in parse_mentions(text)


@pytest.mark.parametrize("typo, word", [
    ("korrean", "korean"), ("japenese", "japanese"), ("enginer", "engineer"), ("chemest", "chemist"),
    ("strugling", "struggling"), ("prisner", "prisoner"), ("techician", "technician"), ("docter", "doctor"),
    ("mechanik", "mechanic"), ("revolutinary", "revolutionary"),
])
def test_typos_of_the_lexicons_words_are_corrected(typo, word):
    fixed, fixes = respell(prepare(f"he is a {typo}"))
    assert fixed == f"he is a {word}" and fixes == [(typo, word)]


@pytest.mark.parametrize("word", ["prisons", "chemistry", "engines", "market", "korea", "kenji", "harbin",
                                  "struggle", "settled", "poorly", "japan", "captures", "doctors"])
def test_real_words_and_names_are_never_corrected(word):
    assert respell(prepare(f"he is a {word}")) == (f"he is a {word}", [])
