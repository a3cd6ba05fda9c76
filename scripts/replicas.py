#!/usr/bin/env python
"""`make replicas N=2 [M=2]`: N Rasa replicas and M action servers, scale-out profile.

Rasa replica i listens on RASA_PORT+i (5005, 5006, ...) and calls action server i % M on
ACTION_PORT+i%M (5055, ...). All share PostgreSQL (DATABASE_URL) and Redis (REDIS_URL).
For tests and demonstration: in production put them behind deploy/nginx.conf.
Ctrl-C stops everything; so does any process exiting.
"""

import argparse
import os
import secrets
import signal
import sys
import time
from pathlib import Path

from serving.cluster import Cluster, ServerFailed
from serving.scale_env import ScaleConfigError, check_reachable, scale_env


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--replicas", "-n", type=int, default=2)
    parser.add_argument("--actions", "-m", type=int, default=None, help="default: as many as replicas")
    args = parser.parse_args()
    # Ctrl-C and `kill` stop everything, even when started with SIGINT ignored (a background job).
    signal.signal(signal.SIGINT, signal.default_int_handler)
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
    try:
        check_reachable(scale_env())
    except ScaleConfigError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    token = os.environ.get("RASA_TOKEN", "").strip()
    if not token:
        token = secrets.token_urlsafe(24)
        print(f"RASA_TOKEN was not set; generated one for this run: {token}")
    cors = os.environ.get("CORS_ORIGINS", "").split() or [
        f"http://127.0.0.1:{os.environ.get('WEB_PORT', '8080')}",
        f"http://localhost:{os.environ.get('WEB_PORT', '8080')}"]
    cluster = Cluster(args.replicas, args.actions, int(os.environ.get("RASA_PORT", 5005)),
                      int(os.environ.get("ACTION_PORT", 5055)), os.environ.get("RASA_HOST", "127.0.0.1"),
                      token=token, log_dir=Path(os.environ.get("LOG_DIR", "var/logs")).resolve(), cors=cors)
    try:
        cluster.start()
        for i in range(cluster.n):
            print(f"Rasa replica {i}:  {cluster.rasa_url(i)}  -> action server {i % cluster.m}")
        for j in range(cluster.m):
            print(f"Action server {j}: {cluster.action_url(j)}")
        print(f"Logs in {cluster.log_dir}/. Press Ctrl-C to stop all.")
        while all(p.poll() is None for p in cluster.processes()):
            time.sleep(1)
        print("error: a server exited; stopping the others (see the logs)", file=sys.stderr)
        return 1
    except ServerFailed as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    finally:
        cluster.stop()


if __name__ == "__main__":
    sys.exit(main())
