"""Content validation: each kind of bad content names the file and the entry."""
from __future__ import annotations

import textwrap

import pytest

from knowledge.loader import ContentError, load_content

GOOD_ENTRY = """\
  - id: {id}
    answer: An answer.
    evidence: cable text
    source: src_cable
    questions:
      - A question?
"""


def write(dir_, name, body):
    path = dir_ / name
    path.write_text(textwrap.dedent(body), encoding="utf-8")
    return path


def topic_file(dir_, name, entries, topic="glossary"):
    return write(dir_, name, f"topic: {topic}\nentries:\n{entries}")


def expect_error(content_dir, *fragments):
    with pytest.raises(ContentError) as info:
        load_content(content_dir)
    message = str(info.value)
    for fragment in fragments:
        assert fragment in message, message
    assert "\n" not in message
    return info.value


def test_fixture_content_loads(fixture_content):
    content = load_content(fixture_content)
    assert len(content.entries) == 11
    assert [t.id for t in content.topics][:2] == ["document", "clauses"]
    gap = next(e for e in content.entries if e.id == "doc_sender_name_gap")
    assert gap.gap and gap.answer.startswith("The sources here do not say")
    nie = next(e for e in content.entries if e.id == "rel_1949_nie")
    assert nie.date == "1949-12-29"      # quoted string parsed too
    assert next(e for e in content.entries if e.id == "doc_date").facts == ("doc_date",)
    assert len(content.hash) == 64


def test_content_error_is_value_error():
    assert issubclass(ContentError, ValueError)


def test_missing_source(fixture_content):
    topic_file(fixture_content, "glossary.yml", """\
  - id: gloss_x
    answer: An answer.
    evidence: cable text
    questions: [Why]
""")
    err = expect_error(fixture_content, "glossary.yml", "gloss_x", "missing 'source'")
    assert err.entry == "gloss_x" and err.file.endswith("glossary.yml")


def test_unknown_source_id(fixture_content):
    topic_file(fixture_content, "glossary.yml",
               GOOD_ENTRY.format(id="gloss_x").replace("src_cable", "src_nowhere"))
    expect_error(fixture_content, "glossary.yml", "gloss_x", "unknown source id",
                 "src_nowhere")


def test_unknown_topic(fixture_content):
    topic_file(fixture_content, "glossary.yml", GOOD_ENTRY.format(id="gloss_x"),
               topic="astrology")
    expect_error(fixture_content, "glossary.yml", "unknown topic", "astrology")


def test_unknown_evidence_type(fixture_content):
    topic_file(fixture_content, "glossary.yml",
               GOOD_ENTRY.format(id="gloss_x").replace("cable text", "hearsay"))
    expect_error(fixture_content, "glossary.yml", "gloss_x", "unknown evidence type",
                 "hearsay")


def test_duplicate_id_names_both_files(fixture_content):
    topic_file(fixture_content, "glossary.yml", GOOD_ENTRY.format(id="doc_date"))
    expect_error(fixture_content, "glossary.yml", "document.yml", "doc_date",
                 "duplicate id")


def test_duplicate_id_in_one_file(fixture_content):
    topic_file(fixture_content, "glossary.yml",
               GOOD_ENTRY.format(id="gloss_x") + GOOD_ENTRY.format(id="gloss_x"))
    expect_error(fixture_content, "glossary.yml", "gloss_x", "duplicate id",
                 "same file")


def test_missing_answer(fixture_content):
    topic_file(fixture_content, "glossary.yml", """\
  - id: gloss_x
    evidence: cable text
    source: src_cable
    questions: [Why]
""")
    expect_error(fixture_content, "glossary.yml", "gloss_x", "missing 'answer'")


def test_blank_answer(fixture_content):
    topic_file(fixture_content, "glossary.yml",
               GOOD_ENTRY.format(id="gloss_x").replace("An answer.", "'   '"))
    expect_error(fixture_content, "glossary.yml", "gloss_x", "'answer' is empty")


def test_missing_questions(fixture_content):
    topic_file(fixture_content, "glossary.yml", """\
  - id: gloss_x
    answer: An answer.
    evidence: cable text
    source: src_cable
""")
    expect_error(fixture_content, "glossary.yml", "gloss_x", "missing 'questions'")


def test_empty_questions_list(fixture_content):
    topic_file(fixture_content, "glossary.yml",
               GOOD_ENTRY.format(id="gloss_x").replace("questions:\n      - A question?",
                                                       "questions: []"))
    expect_error(fixture_content, "glossary.yml", "gloss_x", "missing 'questions'")


def test_malformed_yaml_gives_line_number(fixture_content):
    write(fixture_content, "glossary.yml", """\
topic: glossary
entries:
  - id: gloss_x
    answer: "unterminated
    evidence: cable text
""")
    expect_error(fixture_content, "glossary.yml", "malformed YAML", "line ")


def test_malformed_yaml_bad_indentation_line(fixture_content):
    write(fixture_content, "glossary.yml", """\
topic: glossary
entries:
  - id: gloss_x
    answer: fine
   evidence: cable text
""")
    err = expect_error(fixture_content, "glossary.yml", "malformed YAML")
    assert "line 5" in str(err) or "line 4" in str(err)


def test_questions_wrong_type(fixture_content):
    topic_file(fixture_content, "glossary.yml",
               GOOD_ENTRY.format(id="gloss_x").replace("questions:\n      - A question?",
                                                       "questions: Just one string?"))
    expect_error(fixture_content, "glossary.yml", "gloss_x", "'questions' must be a list")


def test_question_item_wrong_type(fixture_content):
    topic_file(fixture_content, "glossary.yml",
               GOOD_ENTRY.format(id="gloss_x").replace("- A question?", "- {a: b}"))
    expect_error(fixture_content, "glossary.yml", "gloss_x", "'questions' item 1")


def test_answer_wrong_type(fixture_content):
    topic_file(fixture_content, "glossary.yml",
               GOOD_ENTRY.format(id="gloss_x").replace("An answer.", "[a, b]"))
    expect_error(fixture_content, "glossary.yml", "gloss_x", "'answer' must be a string")


def test_facts_wrong_type(fixture_content):
    topic_file(fixture_content, "glossary.yml",
               GOOD_ENTRY.format(id="gloss_x") + "    facts: doc_date\n")
    expect_error(fixture_content, "glossary.yml", "gloss_x", "'facts' must be a list")


def test_gap_wrong_type(fixture_content):
    topic_file(fixture_content, "glossary.yml",
               GOOD_ENTRY.format(id="gloss_x") + "    gap: maybe\n")
    expect_error(fixture_content, "glossary.yml", "gloss_x", "'gap' must be true or false")


def test_gap_answer_must_say_sources_do_not_say(fixture_content):
    topic_file(fixture_content, "glossary.yml",
               GOOD_ENTRY.format(id="gloss_x") + "    gap: true\n")
    expect_error(fixture_content, "glossary.yml", "gloss_x", "gap entry")


def test_bad_date(fixture_content):
    topic_file(fixture_content, "glossary.yml",
               GOOD_ENTRY.format(id="gloss_x") + "    date: April 1950\n")
    expect_error(fixture_content, "glossary.yml", "gloss_x", "'date' must be an ISO date")


def test_impossible_date(fixture_content):
    topic_file(fixture_content, "glossary.yml",
               GOOD_ENTRY.format(id="gloss_x") + "    date: '1950-02-30'\n")
    expect_error(fixture_content, "glossary.yml", "gloss_x", "'date' must be an ISO date")


@pytest.mark.parametrize("raw, expected", [("1949", "1949"), ("'1949'", "1949"),
                                           ("'1949-05'", "1949-05"),
                                           ("1950-04-20", "1950-04-20")])
def test_reduced_precision_dates_accepted(fixture_content, raw, expected):
    topic_file(fixture_content, "glossary.yml",
               GOOD_ENTRY.format(id="gloss_x") + f"    date: {raw}\n")
    entry = next(e for e in load_content(fixture_content).entries if e.id == "gloss_x")
    assert entry.date == expected


def test_unknown_field(fixture_content):
    topic_file(fixture_content, "glossary.yml",
               GOOD_ENTRY.format(id="gloss_x") + "    question: typo of questions\n")
    expect_error(fixture_content, "glossary.yml", "gloss_x", "unknown field", "question")


def test_missing_id_names_entry_index(fixture_content):
    topic_file(fixture_content, "glossary.yml",
               GOOD_ENTRY.format(id="gloss_ok") + GOOD_ENTRY.format(id="''"))
    expect_error(fixture_content, "glossary.yml", "entry #2", "'id'")


def test_id_not_snake_case(fixture_content):
    topic_file(fixture_content, "glossary.yml", GOOD_ENTRY.format(id="Gloss-X"))
    expect_error(fixture_content, "glossary.yml", "Gloss-X", "snake_case")


def test_entry_not_a_mapping(fixture_content):
    write(fixture_content, "glossary.yml", "topic: glossary\nentries:\n  - just text\n")
    expect_error(fixture_content, "glossary.yml", "entry #1", "must be a mapping")


def test_topic_file_not_a_mapping(fixture_content):
    write(fixture_content, "glossary.yml", "- a\n- b\n")
    expect_error(fixture_content, "glossary.yml", "must be a mapping")


def test_entries_missing(fixture_content):
    write(fixture_content, "glossary.yml", "topic: glossary\n")
    expect_error(fixture_content, "glossary.yml", "'entries'")


def test_missing_registry_file(fixture_content):
    (fixture_content / "sources.yml").unlink()
    expect_error(fixture_content, "sources.yml", "file not found")


def test_source_registry_entry_missing_title(fixture_content):
    write(fixture_content, "sources.yml", "sources:\n  - id: src_cable\n    url: x\n")
    expect_error(fixture_content, "sources.yml", "src_cable", "missing 'title'")


def test_duplicate_topic_in_registry(fixture_content):
    write(fixture_content, "topics.yml",
          "- {id: glossary, label: A}\n- {id: glossary, label: B}\n")
    expect_error(fixture_content, "topics.yml", "glossary", "duplicate topic id")


def test_missing_content_dir(tmp_path):
    expect_error(tmp_path / "nope", "content directory not found")


def test_real_content_is_valid():
    """knowledge/content/ itself must load: bad content fails here, not in production."""
    content = load_content()
    assert content.entries and content.topics and content.sources
    topics = {e.topic for e in content.entries}
    assert topics <= {t.id for t in content.topics}
