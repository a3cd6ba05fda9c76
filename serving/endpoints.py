"""endpoints.yml with another action-server URL and tracker file: tests and benchmarks run the
settings `make serve` runs, never a copy of them that could drift."""

from pathlib import Path

import yaml

ENDPOINTS = Path(__file__).resolve().parent.parent / "endpoints.yml"


def endpoints_yaml(action_url: str, tracker_db: Path | None, endpoints: Path = ENDPOINTS) -> str:
    """`endpoints` with `action_url` for the action server and `tracker_db` as the tracker store's
    SQLite file; `tracker_db=None` drops the tracker store (Rasa's in-memory one, for comparisons)."""
    config = yaml.safe_load(endpoints.read_text())
    config["action_endpoint"] = {**config["action_endpoint"], "url": action_url}
    if tracker_db is None:
        config.pop("tracker_store", None)
    else:
        store = config["tracker_store"] = dict(config["tracker_store"])
        if store.get("dialect") != "sqlite":
            raise ValueError(f"{endpoints}: tracker_store is not SQLite, cannot point it at {tracker_db}")
        store["db"] = str(tracker_db)
    return yaml.safe_dump(config, sort_keys=False)
