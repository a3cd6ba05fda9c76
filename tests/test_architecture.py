"""docs/architecture.md's picture of the packages is the code's: its arrows are exactly the imports.

The imports between top-level packages are read with `ast` from every .py file outside tests/ (an
import inside a function counts too); `rasa` and `rasa_sdk` are the external nodes the picture
shows. A new import the picture lacks, or an arrow no import has, fails with the edge named.
"""

import ast
import re
from collections.abc import Iterable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PAGE = ROOT / "docs" / "architecture.md"
MARKER = "<!-- package-imports"
EXTERNAL = ("rasa", "rasa_sdk")
# Pure Python: runs on 3.12/3.13 too (make test-core), so it must never reach Rasa.
PURE_SUBGRAPH = "pure"

Edge = tuple[str, str]


def top_level_packages(root: Path = ROOT) -> set[str]:
    return {p.parent.name for p in root.glob("*/__init__.py") if p.parent.name != "tests"}


def imported_names(source: str) -> Iterable[str]:
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            yield node.module


def import_edges(root: Path = ROOT) -> set[Edge]:
    packages = top_level_packages(root)
    nodes = packages | set(EXTERNAL)
    edges = set()
    for package in packages:
        for path in (root / package).rglob("*.py"):
            for name in imported_names(path.read_text(encoding="utf-8")):
                target = name.split(".")[0]
                if target != package and target in nodes:
                    edges.add((package, target))
    return edges


def package_diagram(text: str) -> str:
    start = text.index(MARKER)
    block = re.search(r"```mermaid\n(.*?)```", text[start:], flags=re.S)
    assert block, f"no ```mermaid block after {MARKER}"
    return block.group(1)


def diagram_edges(diagram: str) -> set[Edge]:
    edges = set()
    for line in diagram.splitlines():
        if "-->" not in line:
            continue
        match = re.fullmatch(r"\s*(\w+)\s*-->\s*(\w+)\s*", line)
        assert match, f"an arrow of the package picture must read 'a --> b', not {line.strip()!r}"
        edges.add((match.group(1), match.group(2)))
    return edges


def diagram_subgraphs(diagram: str) -> dict[str, set[str]]:
    groups, current = {}, None
    for line in diagram.splitlines():
        words = line.split()
        if words[:1] == ["subgraph"]:
            current = re.match(r"\w+", words[1]).group(0)
            groups[current] = set()
        elif words == ["end"]:
            current = None
        elif current and len(words) == 1:
            groups[current].add(words[0])
    return groups


def differences(drawn: set[Edge], imported: set[Edge]) -> str:
    lines = [f"missing from the picture (an import has it): {a} --> {b}" for a, b in sorted(imported - drawn)]
    lines += [f"in the picture but no import has it: {a} --> {b}" for a, b in sorted(drawn - imported)]
    return "\n".join(lines)


def test_the_package_picture_has_exactly_the_imports_of_the_code():
    drawn, imported = diagram_edges(package_diagram(PAGE.read_text(encoding="utf-8"))), import_edges()
    assert drawn == imported, "docs/architecture.md's package picture differs from the code:\n" + \
        differences(drawn, imported)


def test_every_package_is_in_the_picture():
    diagram = package_diagram(PAGE.read_text(encoding="utf-8"))
    drawn_nodes = {n for group in diagram_subgraphs(diagram).values() for n in group}
    assert drawn_nodes == top_level_packages(), "place every top-level package in the picture's subgraphs"


def test_the_pure_packages_reach_no_rasa_even_indirectly():
    diagram = package_diagram(PAGE.read_text(encoding="utf-8"))
    edges, pure = diagram_edges(diagram), diagram_subgraphs(diagram)[PURE_SUBGRAPH]
    reach = {n: {b for a, b in edges if a == n} for n in pure}
    changed = True
    while changed:
        changed = False
        for targets in reach.values():
            more = set().union(*(reach.get(t, {t}) for t in targets)) - targets
            if more:
                targets |= more
                changed = True
    assert {n: sorted(t & set(EXTERNAL)) for n, t in reach.items() if t & set(EXTERNAL)} == {}
    assert {n: sorted(t - pure) for n, t in reach.items() if t - pure} == {}, \
        "a pure package imports one that needs Rasa"


# The check itself, on a made-up project: it must see an import the picture lacks, and an arrow
# no import has.

def make_project(root: Path, files: dict[str, str]) -> Path:
    for name, source in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(source)
    return root


def test_an_import_the_picture_lacks_is_named(tmp_path):
    project = make_project(tmp_path, {"cable/__init__.py": "", "web/__init__.py": "",
                                      "web/data.py": "def f():\n    from cable.rules import x\n",
                                      "tests/test_web.py": "import web\n"})
    assert import_edges(project) == {("web", "cable")}
    message = differences(diagram_edges("flowchart TD\n"), import_edges(project))
    assert message == "missing from the picture (an import has it): web --> cable"


def test_an_arrow_no_import_has_is_named(tmp_path):
    project = make_project(tmp_path, {"cable/__init__.py": "import json\n", "web/__init__.py": "from . import data\n"})
    drawn = diagram_edges("flowchart TD\n    web --> cable\n")
    assert import_edges(project) == set()
    assert differences(drawn, import_edges(project)) == "in the picture but no import has it: web --> cable"
