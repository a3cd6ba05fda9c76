"""Remembering the readings of recurring messages ("yes", "no", "skip", a button's text).

A reading depends on the text, what the assistant asked and the NLU's entities alone, so it can be
kept and handed out again. The entities (a list of dicts) are not hashable: `EntitiesKey` keys them by
their JSON and carries the list itself, for the reader to use when the reading is made.
"""

from __future__ import annotations

import json
from typing import Any


class EntitiesKey:
    """The NLU's entities as part of a cache key (equal when their JSON is)."""

    __slots__ = ("value", "key")

    def __init__(self, value: list[dict[str, Any]] | None) -> None:
        self.value = value
        self.key = json.dumps(value, sort_keys=True, default=repr)

    def __hash__(self) -> int:
        return hash(self.key)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, EntitiesKey) and self.key == other.key
