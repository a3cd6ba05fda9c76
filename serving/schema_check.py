"""Plain-Python checks for the small JSON schemas in Rasa's action-response format.

`jsonschema` walks a schema keyword by keyword for every value, about 0.2 ms per action-server
reply; the branches of Rasa's response schema use five keywords only. `compile_check` turns a
schema written with those (type, const, required, properties, items) into a function with
jsonschema's verdict, and returns None for anything else, so the caller keeps jsonschema there.
"""

from collections.abc import Callable
from typing import Any

Check = Callable[[Any], bool]

_TYPES: dict[str, Check] = {
    "object": lambda value: isinstance(value, dict),
    "array": lambda value: isinstance(value, list),
    "string": lambda value: isinstance(value, str),
    "null": lambda value: value is None,
    # JSON Schema's numbers are not booleans, though Python's bool is an int
    "number": lambda value: isinstance(value, (int, float)) and not isinstance(value, bool),
}
_KEYWORDS = {"type", "const", "required", "properties", "items"}


def compile_check(schema: Any) -> Check | None:
    """jsonschema's `is_valid` for `schema`, or None when the schema uses more than this knows."""
    if not isinstance(schema, dict) or set(schema) - _KEYWORDS:
        return None
    checks: list[Check] = []
    if "type" in schema:
        names = schema["type"] if isinstance(schema["type"], list) else [schema["type"]]
        if not all(isinstance(name, str) and name in _TYPES for name in names):
            return None
        kinds = [_TYPES[name] for name in names]
        checks.append(lambda value: any(kind(value) for kind in kinds))
    if "const" in schema:
        if not isinstance(schema["const"], str):
            return None
        const = schema["const"]
        checks.append(lambda value: isinstance(value, str) and value == const)
    if "required" in schema:
        required = schema["required"]
        if not isinstance(required, list) or not all(isinstance(name, str) for name in required):
            return None
        checks.append(lambda value: not isinstance(value, dict) or all(name in value for name in required))
    if "properties" in schema:
        compiled = {name: compile_check(sub) for name, sub in schema["properties"].items()}
        properties = {name: check for name, check in compiled.items() if check is not None}
        if len(properties) != len(compiled):
            return None
        checks.append(lambda value: not isinstance(value, dict) or all(
            properties[name](item) for name, item in value.items() if name in properties))
    if "items" in schema:
        each = compile_check(schema["items"])
        if each is None:
            return None
        checks.append(lambda value: not isinstance(value, list) or all(each(item) for item in value))
    return lambda value: all(check(value) for check in checks)
