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
    from serving import fixes, speedups

    speedups.import_skops_first()  # before anything imports TensorFlow
    from serving import guards

    fixes.install(fixes.ALWAYS)
    if argv[:1] != ["train"]:
        fixes.install(fixes.SERVING)
        speedups.freeze_what_start_up_loaded()
    guards.install(secrets=[token or "", _value(argv, "--jwt-secret") or ""])
    from rasa.__main__ import main as rasa_main

    sys.argv = ["rasa"] + argv
    rasa_main()


if __name__ == "__main__":
    main()
