#!/usr/bin/env bash
# Runs the assistant: `run.sh shell` (terminal chat) or `run.sh serve` (HTTP servers).
# Starts the action server first, waits until it answers, and stops it on exit or Ctrl-C.
# PROFILE=default (SQLite, endpoints.yml) or PROFILE=scale (PostgreSQL + Redis from DATABASE_URL
# and REDIS_URL, endpoints-scale.yml). ENDPOINTS and LOG_DIR override the file and var/logs.
# Each server appends to its own log, named by role and port (action-server-5055.log): two runs
# from one checkout on other ports never write to, or truncate, each other's.
set -euo pipefail
cd "$(dirname "$0")/.."
mode=${1:-shell}
PY=.venv/bin/python
: "${RASA_PORT:=5005}" "${ACTION_PORT:=5055}" "${RASA_HOST:=127.0.0.1}" "${ACTION_HOST:=127.0.0.1}"
export RASA_PORT ACTION_PORT RASA_HOST ACTION_HOST
export RASA_TELEMETRY_ENABLED=false TF_CPP_MIN_LOG_LEVEL=2 SQLALCHEMY_SILENCE_UBER_WARNING=1
LOG_DIR=${LOG_DIR:-var/logs}
mkdir -p "$LOG_DIR"
ACTION_LOG=$LOG_DIR/action-server-$ACTION_PORT.log RASA_LOG=$LOG_DIR/rasa-server-$RASA_PORT.log
started() { echo "--- $(date -u '+%Y-%m-%d %H:%M:%S') UTC: $1 started by scripts/run.sh (pid $$)" >>"$2"; }

case "${PROFILE:-default}" in
  default) ENDPOINTS=${ENDPOINTS:-endpoints.yml} ;;
  scale)
    # One line naming the variable when DATABASE_URL or REDIS_URL is missing, malformed or
    # unreachable; otherwise the REDIS_* values endpoints-scale.yml reads.
    exports=$($PY -m serving.scale_env) || exit 2
    eval "$exports"
    # The knowledge base and the records table, created once before any server uses them.
    $PY -m serving.scale_env --prepare >/dev/null || exit 2
    ENDPOINTS=${ENDPOINTS:-endpoints-scale.yml} ;;
  *) echo "error: PROFILE must be default or scale (got '$PROFILE')" >&2; exit 2 ;;
esac

source scripts/supervise.sh

# The secret the Rasa server sends to the action server (endpoints.yml: action_endpoint: token).
# Both read it from the environment, never from the command line, so it stays out of `ps`.
if [ -z "${ACTION_TOKEN:-}" ]; then
  ACTION_TOKEN=$($PY -c 'import secrets; print(secrets.token_urlsafe(24))')
fi
export ACTION_TOKEN
# The launcher admits only calls carrying ACTION_TOKEN and drops every variable actions do not
# need (RASA_TOKEN among them): serving/action_server.py.
started "action server" "$ACTION_LOG"
SANIC_HOST=$ACTION_HOST $PY -m serving.action_server --actions actions --port "$ACTION_PORT" >>"$ACTION_LOG" 2>&1 &
pids+=($!)
wait_for "http://$ACTION_HOST:$ACTION_PORT/health" action-server "$!" "$ACTION_LOG"

case "$mode" in
  shell)
    echo "The 1950 repatriation cable assistant. Say \"hi\", describe a fictional person"
    echo "(\"A Korean chemist wants to go home\"), ask about the document, or say \"quiz me\" or"
    echo "\"let's analyse the document\". /stop quits."
    # `python -m serving` is `rasa` plus this project's patches (serving/patches.py).
    started "Rasa shell" "$LOG_DIR/rasa-shell-$RASA_PORT.log"
    $PY -m serving shell --model models/cable.tar.gz --endpoints "$ENDPOINTS" --port "$RASA_PORT" \
      --quiet 2>>"$LOG_DIR/rasa-shell-$RASA_PORT.log"
    ;;
  serve)
    if [ -z "${RASA_TOKEN:-}" ]; then
      RASA_TOKEN=$($PY -c 'import secrets; print(secrets.token_urlsafe(24))')
      echo "RASA_TOKEN was not set; generated one for this run: $RASA_TOKEN"
    fi
    origins=${CORS_ORIGINS:-http://127.0.0.1:${WEB_PORT:-8080} http://localhost:${WEB_PORT:-8080}}
    export CORS_ORIGINS=$origins  # the socket.io channel's Origin check reads it too (serving/socketio.py)
    # The launcher takes the token from RASA_TOKEN (kept out of `ps`), refuses remote model
    # loading and validates webhook input: serving/guards.py.
    export RASA_TOKEN
    started "Rasa server" "$RASA_LOG"
    $PY -m serving run --model models/cable.tar.gz --endpoints "$ENDPOINTS" --credentials credentials.yml \
      --interface "$RASA_HOST" --port "$RASA_PORT" --enable-api \
      --cors $origins >>"$RASA_LOG" 2>&1 &
    pids+=($!)
    wait_for "http://$RASA_HOST:$RASA_PORT/" rasa-server "$!" "$RASA_LOG"
    echo "Rasa server:   http://$RASA_HOST:$RASA_PORT  (REST: /webhooks/rest/webhook, socket.io, HTTP API with ?token=)"
    echo "Action server: http://$ACTION_HOST:$ACTION_PORT"
    echo "Profile: ${PROFILE:-default} ($ENDPOINTS). Logs: $RASA_LOG, $ACTION_LOG. Press Ctrl-C to stop both."
    wait -n "${pids[@]}"
    ;;
  *) echo "usage: $0 shell|serve" >&2; exit 2 ;;
esac
