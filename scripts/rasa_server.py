#!/usr/bin/env python
"""Runs a Rasa command with this project's guards: `rasa_server.py run --enable-api ...`.

Takes exactly the arguments of the `rasa` CLI. Before handing over it installs the
guards of `serving.guards` (no remote model loading, validated webhooks, an apology when
a custom action fails, token-free logs, no telemetry by default). With --enable-api it
insists on a token: either --auth-token/--jwt-secret, or RASA_TOKEN in the environment,
which is passed on inside the process so that the token never shows in `ps`.
"""

import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))  # for `serving`


def _value(argv, flag):
    for i, arg in enumerate(argv):
        if arg == flag and i + 1 < len(argv):
            return argv[i + 1]
        if arg.startswith(flag + "="):
            return arg.split("=", 1)[1]
    return None


def main() -> None:
    # Rasa reports crashes and usage to its own servers unless told not to: a classroom's
    # conversations stay here. Set RASA_TELEMETRY_ENABLED=true to opt in.
    os.environ.setdefault("RASA_TELEMETRY_ENABLED", "false")
    argv = sys.argv[1:]
    token = _value(argv, "--auth-token")
    if "--enable-api" in argv and token is None and _value(argv, "--jwt-secret") is None:
        token = os.environ.get("RASA_TOKEN", "").strip()
        if not token:
            sys.exit("error: refusing to enable the HTTP API without authentication: "
                     "set RASA_TOKEN (or pass --auth-token / --jwt-secret)")
        argv += ["--auth-token", token]
    from serving import history, parsing, speedups

    speedups.import_skops_first()  # before anything imports TensorFlow
    from serving import guards

    speedups.validate_action_results_once()
    speedups.skip_debug_log_copies()
    speedups.reuse_action_server_connections()
    if argv[:1] != ["train"]:   # training runs Rasa's own code; these pay off per message
        speedups.run_graphs_in_order()
        speedups.join_sparse_features_directly()
        speedups.intent_features_directly()
        speedups.copy_slots_directly()
        speedups.featurize_each_history_once()
        history.apply_events_incrementally()
        history.match_rules_from_parsed_keys()
        parsing.check_domain_emptiness_once()
        parsing.keep_intent_weights_column_ready()
        speedups.freeze_what_start_up_loaded()
    guards.install(secrets=[token or "", _value(argv, "--jwt-secret") or ""])
    from rasa.__main__ import main as rasa_main

    sys.argv = ["rasa"] + argv
    rasa_main()


if __name__ == "__main__":
    main()
