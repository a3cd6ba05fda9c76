"""The facts of one case, with strict validation.

The fields are the facts declared in facts.py, in their order; the names are a contract
shared by the dialogue, the CLI and the tests.
Validation errors are a single line naming the field and the allowed values,
because the CLI prints them as-is and the dialogue may show them to a user.
"""

from __future__ import annotations

import dataclasses
import itertools
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Iterator, Mapping, Optional

from .facts import FACTS

FIELDS = tuple(f.name for f in FACTS)
# Concrete values only; None ("not given") is also accepted for the choice fields and is
# handled by the rules, not enumerated here.
FIELD_VALUES = {f.name: f.values for f in FACTS}
# ... and every value a case may hold: the concrete ones and a choice's unsure answer
# ("unsure" nationality), which the rules treat like not given, with a caveat.
ACCEPTED_VALUES = {f.name: f.accepted for f in FACTS}
CHOICE_FIELDS = tuple(f.name for f in FACTS if f.kind == "choice")
BOOL_FIELDS = tuple(f.name for f in FACTS if f.kind == "yes-no")


class CaseError(ValueError):
    """Invalid case facts; str(error) is one line naming the field and allowed values."""

    def __init__(self, message: str, field: Optional[str] = None):
        super().__init__(message)
        self.field = field


def _show(value: Any) -> str:
    # Keep the message on one line and short even for odd JSON values.
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


def allowed_text(field: str) -> str:
    """The allowed values of a field as the error messages spell them."""
    if field in BOOL_FIELDS:
        return "true, false"
    return ", ".join(ACCEPTED_VALUES[field])


def check_value(field: str, value: Any) -> None:
    """Raise CaseError unless `value` is allowed for `field` (None allowed for choices)."""
    if field not in FIELD_VALUES:
        raise CaseError(f"{field}: unknown field; allowed fields are {', '.join(FIELDS)}", field)
    if field in BOOL_FIELDS:
        # `type is bool` because 0/1 (and "yes") must not pass as booleans.
        ok = type(value) is bool
    else:
        ok = value is None or (isinstance(value, str) and value in ACCEPTED_VALUES[field])
    if not ok:
        raise CaseError(f"{field}: {_show(value)} is not one of {allowed_text(field)}", field)


def _fact_fields(cls: type) -> type:
    """Give the class one field per declared fact, in order, with the fact's default."""
    cls.__annotations__ = {f.name: "Optional[str]" if f.kind == "choice" else "bool" for f in FACTS}
    for f in FACTS:
        setattr(cls, f.name, f.default)
    return cls


@dataclass(frozen=True)
@_fact_fields
class Case:
    """Facts about one person, in the terms of the cable: one field per fact of facts.py.

    nationality: "korean", "japanese", "other", "unsure" (unclear: mixed parentage,
        papers of another country) or None (not given); unsure and not given are treated
        as within the cable's scope, each with a caveat.
    group: "technical_personnel", "prisoner_of_war", "ordinary_national", or
        None (not given; then no group-based view, 1 to 3, can apply).
    The remaining fields are booleans; see FIELDS for the order.
    """

    if TYPE_CHECKING:  # the fields are made from the declaration, which type checkers cannot see
        def __init__(self, **facts: Any) -> None: ...

        def __getattr__(self, name: str) -> Any: ...

    def __post_init__(self) -> None:
        for name in FIELDS:
            check_value(name, getattr(self, name))

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> "Case":
        """Build a Case from a (JSON) mapping.

        Missing boolean fields (or null) default to False; missing nationality or
        group default to None ("not given"). An unknown field, a wrong type or an
        invalid value raises CaseError with a one-line message such as
        "nationality: 'french' is not one of korean, japanese, other, unsure".
        """
        if not isinstance(data, Mapping):
            raise CaseError(
                f"case: expected an object mapping field names to values, got {type(data).__name__}"
            )
        values = {}
        for name, value in data.items():
            if name not in FIELD_VALUES:
                raise CaseError(
                    f"{name}: unknown field; allowed fields are {', '.join(FIELDS)}", str(name)
                )
            if value is None and name in BOOL_FIELDS:
                continue  # null means "not given", i.e. the default False
            values[name] = value
        return cls(**values)

    @classmethod
    def from_values(cls, values: tuple) -> "Case":
        """Build a Case from a tuple of values in FIELDS order."""
        return cls(**dict(zip(FIELDS, values)))

    def to_dict(self) -> dict:
        """All fields, in FIELDS order, JSON-ready."""
        return {name: getattr(self, name) for name in FIELDS}

    def values(self) -> tuple:
        """Field values in FIELDS order (a compact, hashable key)."""
        return tuple(getattr(self, name) for name in FIELDS)

    def replace(self, **changes: Any) -> "Case":
        """A copy with some fields changed (validated like the constructor)."""
        for name in changes:
            if name not in FIELD_VALUES:
                raise CaseError(
                    f"{name}: unknown field; allowed fields are {', '.join(FIELDS)}", name
                )
        return dataclasses.replace(self, **changes)


def validate_known(known: Optional[Mapping[str, Any]]) -> dict:
    """Validate partial facts (None = not yet known); return only the known ones."""
    if known is None:
        return {}
    if not isinstance(known, Mapping):
        raise CaseError(
            f"known: expected an object mapping field names to values, got {type(known).__name__}"
        )
    result = {}
    for name, value in known.items():
        if value is None:
            if name not in FIELD_VALUES:
                check_value(name, value)  # raises the unknown-field message
            continue
        check_value(name, value)
        result[name] = value
    return result


def all_cases(with_unsure: bool = False) -> Iterator[Case]:
    """Every combination of concrete field values (3 * 3 * 2**8 = 2304 cases); with_unsure:
    also every case with an unsure answer ("unsure" nationality: 4 * 3 * 2**8 = 3072)."""
    domains = ACCEPTED_VALUES if with_unsure else FIELD_VALUES
    for values in itertools.product(*(domains[name] for name in FIELDS)):
        yield Case.from_values(values)
