"""The README and docs/ say what the code does: short README, links that resolve, the make targets
`make help` lists, paths and modules that exist, and the rule diagram generated from `cable`.

(The package picture in docs/architecture.md is checked against the imports by test_architecture.py;
docs/teaching.md's examples by tests/teaching/test_docs.py.)"""

import re
from pathlib import Path

import pytest

import cable

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "README.md"
DOCS = ROOT / "docs"
PAGES = [README, *sorted(DOCS.glob("*.md"))]
MAX_README_LINES = 200
# What the README must link to in docs/.
DOC_LINKS = ["architecture.md", "teaching.md", "knowledge-base.md", "deployment.md", "performance.md",
             "understanding.md", "rules.md"]
# Made by running things, never committed: a path under them need not exist in a checkout.
GENERATED = {"var", "models", "node_modules", ".venv", "results"}
# A path with one of these endings names a file of the project, wherever its folder is.
SOURCE_SUFFIXES = (".py", ".yml", ".yaml", ".md", ".json", ".sh", ".conf")


def prose(text: str) -> str:
    """The text without its fenced blocks (transcripts and examples quote paths as they were)."""
    return re.sub(r"^```.*?^```", "", text, flags=re.S | re.M)


def section(text: str, title: str) -> str:
    start = text.index(f"\n## {title}\n")
    end = text.find("\n## ", start + 1)
    return text[start:end if end != -1 else None]


def anchors(text: str) -> set:
    """GitHub's heading anchors: lower case, punctuation dropped, spaces as dashes."""
    return {re.sub(r"[^\w\- ]", "", h.strip().lower()).replace(" ", "-")
            for h in re.findall(r"^#+ (.+)$", prose(text), flags=re.M)}


def test_the_readme_is_at_most_200_lines():
    lines = README.read_text(encoding="utf-8").count("\n")
    assert lines <= MAX_README_LINES, f"README.md has {lines} lines; move detail into docs/"


def test_the_readme_links_into_every_page_of_docs():
    linked = set(re.findall(r"\]\(docs/([^)#]+)", README.read_text(encoding="utf-8")))
    assert set(DOC_LINKS) <= linked, f"README.md does not link to docs/{sorted(set(DOC_LINKS) - linked)}"


@pytest.mark.parametrize("page", PAGES, ids=lambda p: str(p.relative_to(ROOT)))
def test_every_relative_link_resolves(page):
    broken = []
    for target in re.findall(r"\]\(([^)\s]+)\)", prose(page.read_text(encoding="utf-8"))):
        if re.match(r"[a-z]+:", target):
            continue
        path, _, anchor = target.partition("#")
        file = (page.parent / path).resolve() if path else page
        if not file.exists():
            broken.append(target)
        elif anchor and file.suffix == ".md" and anchor not in anchors(file.read_text(encoding="utf-8")):
            broken.append(target)
    assert broken == [], f"{page.name}: links that lead nowhere: {broken}"


def module_exists(dotted: str) -> bool:
    """`serving.routing.EvidenceRouter`: a module, or a module and a name defined in it."""
    parts = dotted.split(".")
    for n in range(len(parts), 0, -1):
        base = ROOT.joinpath(*parts[:n])
        module = base.with_suffix(".py") if base.with_suffix(".py").is_file() else base / "__init__.py"
        if module.is_file():
            rest = parts[n:]
            return not rest or re.search(rf"\b{re.escape(rest[0])}\b", module.read_text(encoding="utf-8")) is not None
    return False


@pytest.mark.parametrize("page", PAGES, ids=lambda p: str(p.relative_to(ROOT)))
def test_every_path_and_module_named_exists(page):
    packages = {p.parent.name for p in ROOT.glob("*/__init__.py")}
    top = {p.name for p in ROOT.iterdir()} - GENERATED
    missing = []
    for token in re.findall(r"`([^`\s]+)`", prose(page.read_text(encoding="utf-8"))):
        token = token.rstrip(",.:;")
        if "/" in token and not re.search(r"[*<>$:]", token) and not token.startswith(("/", "..")):
            looks_like_ours = token.split("/")[0] in top or token.endswith(SOURCE_SUFFIXES)
            if looks_like_ours and token.split("/")[0] not in GENERATED and not (ROOT / token).exists():
                missing.append(token)
        elif re.fullmatch(r"[a-z_]+(\.[A-Za-z_]+)+", token) and token.split(".")[0] in packages:
            if not (ROOT / token).exists() and not module_exists(token):
                missing.append(token)
    assert missing == [], f"{page.name} names what does not exist: {missing}"


def make_help_targets() -> list:
    """The targets `make help` lists: the Makefile's lines `name: ... ## what`."""
    return re.findall(r"^([a-z-]+):.*## ", (ROOT / "Makefile").read_text(encoding="utf-8"), flags=re.M)


def test_the_readme_lists_the_make_targets_make_help_lists():
    listed = re.findall(r"^\| `make ([a-z-]+)` \|", section(README.read_text(encoding="utf-8"), "Make targets"),
                        flags=re.M)
    assert listed == make_help_targets(), "README.md's make targets differ from `make help`"


def test_the_readme_opens_with_the_two_commands():
    first_block = re.search(r"```bash\n(.*?)```", README.read_text(encoding="utf-8"), flags=re.S).group(1)
    assert [line.split("#")[0].strip() for line in first_block.splitlines()] == ["make shell", "make test"]


def test_the_web_page_section_comes_after_what_it_looks_like_and_shows_the_screenshot():
    text = README.read_text(encoding="utf-8")
    titles = re.findall(r"^## (.+)$", text, flags=re.M)
    assert titles[titles.index("What it looks like") + 1] == "The web page"
    web = section(text, "The web page")
    assert "make web" in web
    assert "docs/web-conversation.png" in web
    assert (DOCS / "web-conversation.png").is_file()


def test_the_rules_page_diagram_is_the_rule_modules():
    blocks = re.findall(r"```mermaid\n(.*?)```", (DOCS / "rules.md").read_text(encoding="utf-8"), flags=re.S)
    assert blocks == [cable.mermaid()], "docs/rules.md's diagram is stale: paste `python -m cable diagram`"
