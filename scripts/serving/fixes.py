"""The launcher's speed fixes by name, in the order `scripts/rasa_server.py` installs them.

One list, so that `bench.interleaved` turns on and off exactly what the server runs with.
Each name is `MODULE.FUNCTION` of this package; the modules are imported only when installed
(after `speedups.import_skops_first`, which must come before TensorFlow)."""

import importlib
from typing import Callable, List

ALWAYS = ["speedups.validate_action_results_once", "speedups.skip_debug_log_copies",
          "speedups.reuse_action_server_connections"]

# Training runs Rasa's own code; these pay off per message.
SERVING = ["speedups.run_graphs_in_order", "speedups.join_sparse_features_directly",
           "speedups.intent_features_directly", "speedups.copy_slots_directly",
           "speedups.featurize_each_history_once", "history.apply_events_incrementally",
           "history.match_rules_from_parsed_keys", "parsing.check_domain_emptiness_once",
           "parsing.keep_intent_weights_column_ready"]


class UnknownFix(ValueError):
    pass


def function(name: str) -> Callable[[], None]:
    """`history.apply_events_incrementally` -> that function of this package."""
    module, _, attribute = name.rpartition(".")
    if not module:
        raise UnknownFix(f"a fix is named MODULE.FUNCTION of scripts/serving, got {name!r}")
    try:
        return getattr(importlib.import_module(f"serving.{module}"), attribute)
    except (ImportError, AttributeError) as e:
        raise UnknownFix(f"no fix {name!r} in scripts/serving ({e})") from None


def install(names: List[str]) -> None:
    for name in names:
        function(name)()
