"""Runs a Rasa command with this project's patches: `python -m serving run --enable-api ...`.

Takes exactly the arguments of the `rasa` CLI. Before handing over it checks the Rasa release and
applies `serving.patches` (guards: no remote model loading, validated webhooks, an apology when a
custom action fails, token-free logs; and the speed fixes). With --enable-api it insists on a
token: either --auth-token/--jwt-secret, or RASA_TOKEN in the environment, which is passed on
inside the process so that the token never shows in `ps`. SERVING_PATCHES=none runs Rasa as it is.
"""

import logging
import os
import sys
from typing import List, Optional

from serving import patches


def _value(argv: List[str], flag: str) -> Optional[str]:
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
    switch = os.environ.get(patches.SWITCH, "all").strip().lower() or "all"
    if switch not in ("all", "none"):
        sys.exit(f"error: {patches.SWITCH} must be 'all' or 'none' (got {switch!r})")
    if switch == "all":
        try:
            patches.check_rasa_version()
        except patches.PatchError as exc:
            sys.exit(f"error: {exc}")
        from serving import speedups

        speedups.import_skops_first()  # before anything imports TensorFlow
        patches.apply(patches.for_command(argv[0] if argv else ""),
                      secrets=[token or "", _value(argv, "--jwt-secret") or "", os.environ.get("ACTION_TOKEN", "")])
    else:
        logging.getLogger(__name__).warning(
            "%s=none: running Rasa without the project's guards and speed fixes", patches.SWITCH)
    from rasa.__main__ import main as rasa_main

    sys.argv = ["rasa"] + argv
    rasa_main()
