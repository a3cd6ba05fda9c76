"""Records tests/stories/conversations.yml from the scripted conversations.

Runs every scenario of tests/e2e/scenarios.py against the real servers, exports each
conversation as a Rasa story (GET /conversations/<id>/story) and keeps the events
that matter for `rasa test`: intents with their text, actions, the form's loop, and
the case slots. Review the diff before committing: it is the expected dialogue.

    .venv/bin/python -m tests.e2e.record_stories
"""

import re
import tempfile
import uuid
from pathlib import Path

import requests
import yaml

import cable
from tests.e2e.harness import ROOT, running_servers
from tests.e2e.scenarios import SCENARIOS

KEPT_SLOTS = set(cable.FIELDS) | {"requested_slot", "case_confirmed", "outcome", "applicable_clauses"}
OUT = ROOT / "tests" / "stories" / "conversations.yml"


def simplify(steps: list) -> list:
    """Drop bookkeeping slots and merge consecutive slot_was_set steps."""
    result = []
    for step in steps:
        if "slot_was_set" in step:
            kept = [s for s in step["slot_was_set"]
                    if next(iter(s)) in KEPT_SLOTS
                    and (next(iter(s.values())) is not None or "requested_slot" in s)]
            if not kept:
                continue
            if result and "slot_was_set" in result[-1]:
                result[-1]["slot_was_set"] += [s for s in kept if s not in result[-1]["slot_was_set"]]
            else:
                result.append({"slot_was_set": kept})
        else:
            result.append(step)
    return result


def main() -> None:
    stories = []
    with running_servers(Path(tempfile.mkdtemp())) as bot:
        for scenario in SCENARIOS:
            sender = "record-" + uuid.uuid4().hex[:8]
            for message, _ in scenario.turns:
                bot.send(sender, message)
            exported = requests.get(f"{bot.url}/conversations/{sender}/story",
                                    params={"token": bot.token}, timeout=30).text
            parsed_story = yaml.safe_load(exported)
            if "stories" not in parsed_story:
                raise SystemExit(f"{scenario.name}: {exported[:2000]}")
            steps = parsed_story["stories"][0]["steps"]
            stories.append({"story": scenario.name, "steps": simplify(steps)})
            print(f"recorded: {scenario.name}")
    text = yaml.safe_dump({"version": "3.1", "stories": stories}, sort_keys=False, allow_unicode=True, width=100)
    header = "# Recorded by tests/e2e/record_stories.py from tests/e2e/scenarios.py; reviewed by hand.\n"
    OUT.write_text(header + re.sub(r"^version: '3.1'", 'version: "3.1"', text))
    print(f"wrote {len(stories)} stories to {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
