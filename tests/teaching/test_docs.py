"""docs/teaching.md shows real output: each example block equals what the code produces now."""

import re
from pathlib import Path

import pytest

from tests.teaching.docs_examples import BLOCKS

PAGE = Path(__file__).resolve().parents[2] / "docs" / "teaching.md"


@pytest.mark.parametrize("name", sorted(BLOCKS))
def test_the_page_shows_what_the_code_produces(name):
    found = dict(re.findall(r"<!-- example: (\w+) -->\n```text\n(.*?)\n```", PAGE.read_text(encoding="utf-8"), re.S))
    assert found.get(name) == BLOCKS[name](), f"regenerate with: .venv/bin/python tests/teaching/docs_examples.py"


def test_the_page_lists_every_misconception():
    from teaching import misconceptions

    text = PAGE.read_text(encoding="utf-8")
    for m in misconceptions.all_misconceptions():
        assert f"`{m.id}`" in text, m.id
