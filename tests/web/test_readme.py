"""The README's web page section: its Mermaid diagram is the rule module's, and its screenshot exists."""

import re

import cable
from tests.e2e.harness import ROOT

README = ROOT / "README.md"


def section(text: str, title: str) -> str:
    start = text.index(f"\n## {title}\n")
    end = text.find("\n## ", start + 1)
    return text[start:end if end != -1 else None]


def test_the_readme_diagram_is_the_rule_modules():
    blocks = re.findall(r"```mermaid\n(.*?)```", README.read_text(), flags=re.S)
    assert blocks, "README.md has no ```mermaid block"
    assert blocks == [cable.mermaid()], "README.md's diagram is stale: paste `python -m cable diagram`"


def test_the_web_page_section_comes_after_what_it_looks_like_and_shows_the_screenshot():
    text = README.read_text()
    titles = re.findall(r"^## (.+)$", text, flags=re.M)
    assert titles[titles.index("What it looks like") + 1] == "The web page"
    web = section(text, "The web page")
    assert "make web" in web
    assert "docs/web-conversation.png" in web
    assert (ROOT / "docs" / "web-conversation.png").is_file()
