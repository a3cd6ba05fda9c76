"""Teachers' scenario sets: YAML files in scenarios/, checked against the rule module.

Every error names the file and the line, so a teacher can find a typo, and a rule change
that makes a file's expected answer wrong fails `make test` instead of misleading a class.
See scenarios/README.md for the format.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, NoReturn

import yaml

import cable
from cable.case import BOOL_FIELDS

from . import personas, scenarios
from .classcode import ClassCodeError, normalize_class_code

logger = logging.getLogger(__name__)
SCENARIO_DIR = Path(__file__).resolve().parent.parent / "scenarios"
TOP_KEYS = {"title", "class", "scenarios"}
SCENARIO_KEYS = {"id", "name", "occupation", "persona", "facts", "expected", "level", "ambiguity"}
AMBIGUITY_KEYS = {"field", "term", "question", "readings"}
READING_KEYS = {"value", "label", "expected"}
_ID = re.compile(r"^[a-z0-9][a-z0-9-]{0,60}$")


class ScenarioFileError(ValueError):
    """str() is one line: 'scenarios/x.yml, line 12: what is wrong'."""

    def __init__(self, path: Path, line: int | None, message: str):
        self.path, self.line, self.problem = path, line, message
        where = _show(path) + (f", line {line}" if line else "")
        super().__init__(f"{where}: {message}")


def _show(path: Path) -> str:
    try:
        return str(Path(path).resolve().relative_to(SCENARIO_DIR.parent))
    except ValueError:
        return str(path)


class _Loader(yaml.SafeLoader):
    """Records the line of every mapping and of each of its keys."""


def _construct_mapping(loader: _Loader, node: yaml.MappingNode) -> _Lines:
    loader.flatten_mapping(node)
    data = _Lines()
    for key_node, value_node in node.value:
        key = loader.construct_object(key_node, deep=True)
        data[key] = loader.construct_object(value_node, deep=True)
        data.lines[key] = key_node.start_mark.line + 1
    data.line = node.start_mark.line + 1
    return data


class _Lines(dict[Any, Any]):
    """A YAML mapping as loaded (any values), with the line of each key."""

    line = 0

    def __init__(self, *args: Any) -> None:
        super().__init__(*args)
        self.lines: dict[Any, int] = {}

    def at(self, key: object) -> int:
        return self.lines.get(key, self.line)


_Loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)


@dataclass(frozen=True)
class ScenarioSet:
    path: Path
    title: str
    class_code: str | None
    scenarios: tuple[scenarios.Scenario, ...]


def _fail(path: Path, node: object, key: object, message: str) -> NoReturn:
    line = node.at(key) if isinstance(node, _Lines) and key is not None else getattr(node, "line", None)
    raise ScenarioFileError(path, line, message)


def _mapping(path: Path, value: object, parent: object, key: object, what: str) -> _Lines:
    if not isinstance(value, _Lines):
        _fail(path, parent, key, f"{what} must be a mapping (key: value lines)")
    return value


def _keys(path: Path, node: _Lines, allowed: set[str], what: str) -> None:
    for key in node:
        if key not in allowed:
            _fail(path, node, key, f"unknown key {key!r} in {what}; allowed: {', '.join(sorted(allowed))}")


def _text(path: Path, node: _Lines, key: str, what: str, required: bool = True) -> str:
    value = node.get(key)
    if value is None or (isinstance(value, str) and not value.strip()):
        if required:
            _fail(path, node, key if key in node else None, f"{what}: missing '{key}'")
        return ""
    if not isinstance(value, (str, int, float)):
        _fail(path, node, key, f"{what}: '{key}' must be text")
    return " ".join(str(value).split())


def _expected(path: Path, node: _Lines, key: str, what: str) -> tuple[str, tuple[int, ...]]:
    exp = _mapping(path, node.get(key), node, key, f"{what}: '{key}'")
    _keys(path, exp, {"outcome", "clauses"}, f"{what}: '{key}'")
    outcome = exp.get("outcome")
    if outcome not in cable.OUTCOMES:
        _fail(path, exp, "outcome", f"{what}: outcome {outcome!r} is not one of {', '.join(cable.OUTCOMES)}")
    clauses = exp.get("clauses")
    if not isinstance(clauses, list) or any(type(c) is not int or not 1 <= c <= 4 for c in clauses):
        _fail(path, exp, "clauses" if "clauses" in exp else None,
              f"{what}: clauses must be a list of view numbers 1 to 4, e.g. [2], or [] for none")
    return outcome, tuple(sorted(clauses))


def _check_rules(path: Path, node: _Lines, key: str, what: str, facts: dict[str, Any],
                 expected: tuple[str, tuple[int, ...]]) -> None:
    got = cable.rules.result(cable.Case.from_dict(facts))
    if (got[0], tuple(got[1])) != expected:
        def show(r: tuple[str, Sequence[int]]) -> str:
            return f"{r[0]} (clauses {list(r[1])})"
        _fail(path, node, key, f"{what}: expected {show(expected)}, but the rules give {show(got)}")


def _facts(path: Path, node: _Lines, what: str, drop: str | None = None) -> dict[str, Any]:
    facts = _mapping(path, node.get("facts"), node, "facts", f"{what}: 'facts'")
    clean = {k: v for k, v in facts.items()}
    try:
        cable.Case.from_dict(clean)
    except cable.CaseError as e:
        _fail(path, facts, e.field if e.field in facts else None, f"{what}: {e}")
    if drop and drop in clean:
        _fail(path, facts, drop, f"{what}: '{drop}' is the ambiguous field, so leave it out of facts")
    return clean


def _ambiguity(path: Path, sc: _Lines, what: str, facts: dict[str, Any]) -> scenarios.Ambiguity:
    amb = _mapping(path, sc.get("ambiguity"), sc, "ambiguity", f"{what}: 'ambiguity'")
    _keys(path, amb, AMBIGUITY_KEYS, f"{what}: 'ambiguity'")
    field = amb.get("field")
    if field not in ("group",) + BOOL_FIELDS:
        _fail(path, amb, "field", f"{what}: ambiguity field {field!r} must be group or one of {', '.join(BOOL_FIELDS)}")
    if field in facts:
        _fail(path, amb, "field", f"{what}: '{field}' is the ambiguous field, so leave it out of facts")
    readings = amb.get("readings")
    if not isinstance(readings, list) or len(readings) != 2:
        _fail(path, amb, "readings", f"{what}: an ambiguity needs exactly two readings")
    # keyed by the reading's value: a group name, or True/False
    words: Mapping[Any, tuple[str, ...]] = scenarios.TECHNICAL_WORDS if field == "group" else scenarios.ORDER_WORDS
    out = []
    for r in readings:
        r = _mapping(path, r, amb, "readings", f"{what}: each reading")
        _keys(path, r, READING_KEYS, f"{what}: a reading")
        value = r.get("value")
        try:
            cable.case.check_value(field, value)
        except cable.CaseError as e:
            _fail(path, r, "value", f"{what}: reading {e}")
        expected = _expected(path, r, "expected", f"{what}, reading {value!r}")
        _check_rules(path, r, "expected", f"{what}, reading {value!r}", {**facts, field: value}, expected)
        out.append(scenarios.Reading(value, _text(path, r, "label", f"{what}: reading"), expected[0], expected[1],
                                     tuple(words.get(value, ()))))
    if out[0].outcome == out[1].outcome:
        _fail(path, amb, "readings", f"{what}: both readings give {out[0].outcome}, so the term is not ambiguous here")
    return scenarios.Ambiguity(field, _text(path, amb, "term", what), _text(path, amb, "question", what), tuple(out),
                               "gl_technical_personnel" if field == "group" else "gl_social_order")


def _scenario(path: Path, item: object, index: int, seen: dict[str, str], title: str) -> scenarios.Scenario:
    sc = _mapping(path, item, None, None, f"scenario {index}")
    sid = sc.get("id")
    what = f"scenario {sid!r}" if sid else f"scenario {index}"
    if not isinstance(sid, str) or not _ID.match(sid):
        _fail(path, sc, "id" if "id" in sc else None, f"{what}: 'id' must be lower-case letters, digits and dashes")
    if sid in seen:
        _fail(path, sc, "id", f"{what}: duplicate id (first used in {seen[sid]})")
    _keys(path, sc, SCENARIO_KEYS, what)
    name, text = _text(path, sc, "name", what), _text(path, sc, "persona", what)
    occupation = _text(path, sc, "occupation", what, required=False)
    level = sc.get("level", 2)
    if level not in scenarios.LEVELS:
        _fail(path, sc, "level", f"{what}: level must be 1, 2 or 3")
    amb_field = sc["ambiguity"].get("field") if isinstance(sc.get("ambiguity"), dict) else None
    facts = _facts(path, sc, what, drop=amb_field)
    if "ambiguity" in sc:
        if "expected" in sc:
            _fail(path, sc, "expected", f"{what}: an ambiguity scenario gives 'expected' under each reading instead")
        amb = _ambiguity(path, sc, what, facts)
        facts = {**facts, amb.field: None}
    else:
        amb = None
        _check_rules(path, sc, "expected", what, facts, _expected(path, sc, "expected", what))
    # The teacher's paragraph names the actual nationality; the card only says which kind it is.
    nationality = {"korean": "Korean", "japanese": "Japanese", "other": "another nationality"}.get(
        facts.get("nationality") or "", "nationality not given")
    occupation = occupation or (facts.get("group") or "").replace("_", " ")
    persona = personas.Persona(name, nationality, occupation, "they", text)
    full = {f: facts.get(f, None if f in ("nationality", "group") else False) for f in cable.FIELDS}
    return scenarios.Scenario(f"teacher:{path.name}:{sid}", f"teacher:{path.name}", int(level), full, persona, amb,
                              title, ("ambiguity",) if amb else ())


def load_file(path: Path, seen: dict[str, str] | None = None) -> ScenarioSet:
    """Load and check one file; raises ScenarioFileError naming the file and line."""
    path = Path(path)
    seen = {} if seen is None else seen
    try:
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=_Loader)  # noqa: S506 - a SafeLoader subclass
    except yaml.YAMLError as e:
        mark = getattr(e, "problem_mark", None)
        raise ScenarioFileError(path, mark.line + 1 if mark else None,
                                f"malformed YAML: {getattr(e, 'problem', None) or e}") from None
    except (OSError, UnicodeDecodeError) as e:
        raise ScenarioFileError(path, None, f"cannot read the file ({e})") from None
    if not isinstance(data, _Lines):
        raise ScenarioFileError(path, 1, "the file must be a mapping with 'title' and 'scenarios'")
    _keys(path, data, TOP_KEYS, "the file")
    title = _text(path, data, "title", "the file")
    code = data.get("class")
    if code is not None:
        try:
            code = normalize_class_code(str(code))
        except ClassCodeError as e:
            _fail(path, data, "class", str(e))
    items = data.get("scenarios")
    if not isinstance(items, list) or not items:
        _fail(path, data, "scenarios" if "scenarios" in data else None, "'scenarios' must be a non-empty list")
    loaded = []
    for i, sc in enumerate(items, 1):
        s = _scenario(path, sc, i, seen, title)
        seen[sc["id"]] = _show(path)
        loaded.append(s)
    return ScenarioSet(path, title, code, tuple(loaded))


def files(directory: Path | None = None) -> list[Path]:
    return sorted(Path(directory or SCENARIO_DIR).glob("*.yml"))


# The latest check of each directory, with the files it read: (name, size, modification time, inode).
_checked: dict[Path, tuple[tuple[tuple[str, int, int, int], ...], tuple[ScenarioSet, ...], tuple[str, ...]]] = {}


def _stamps(paths: list[Path]) -> tuple[tuple[str, int, int, int], ...] | None:
    try:
        return tuple((str(p), (st := p.stat()).st_size, st.st_mtime_ns, st.st_ino) for p in paths)
    except OSError:
        return None     # a file went away while listing: check again next time


def check_all(directory: Path | None = None) -> tuple[list[ScenarioSet], list[str]]:
    """Every set that loads, and one error line per file that does not. A quiz asks on every answer
    (about 10 ms of YAML per file): the result is kept until a file is added, removed or changed."""
    folder = Path(directory or SCENARIO_DIR)
    paths = files(folder)
    stamps = _stamps(paths)
    kept = _checked.get(folder)
    if stamps is not None and kept is not None and kept[0] == stamps:
        return list(kept[1]), list(kept[2])
    sets: list[ScenarioSet] = []
    errors: list[str] = []
    seen: dict[str, str] = {}  # scenario id -> the file that first used it
    for path in paths:
        try:
            sets.append(load_file(path, seen))
        except ScenarioFileError as e:
            errors.append(str(e))
    if stamps is not None and stamps == _stamps(paths):     # unchanged while it was read
        _checked[folder] = (stamps, tuple(sets), tuple(errors))
    return sets, errors


def for_class(class_code: str | None, directory: Path | None = None) -> list[scenarios.Scenario]:
    """Scenarios for a quiz: the class's own sets first, then the shared ones (no class)."""
    sets, errors = check_all(directory)
    for error in errors:  # the quiz goes on without a broken file; `make test` names it
        logger.warning("scenario file skipped: %s", error)
    mine = [s for st in sets if class_code and st.class_code == class_code for s in st.scenarios]
    shared = [s for st in sets if st.class_code is None for s in st.scenarios]
    return mine + shared
