#!/usr/bin/env bash
# Runs the web page: the action server and the Rasa server (through `run.sh serve`), then the
# static server for web/. Prints the URL; Ctrl-C stops all three.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=.venv/bin/python
: "${WEB_PORT:=8080}" "${WEB_HOST:=127.0.0.1}" "${RASA_PORT:=5005}" "${RASA_HOST:=127.0.0.1}"
export WEB_PORT WEB_HOST RASA_PORT RASA_HOST
# The page's origin is the only one the Rasa server accepts (socket.io and CORS), unless set.
export CORS_ORIGINS=${CORS_ORIGINS:-"http://$WEB_HOST:$WEB_PORT http://localhost:$WEB_PORT"}
LOG_DIR=${LOG_DIR:-var/logs}
export LOG_DIR
mkdir -p "$LOG_DIR"

source scripts/supervise.sh

scripts/run.sh serve &
pids+=($!)
wait_for "http://$RASA_HOST:$RASA_PORT/" "Rasa server" "${pids[0]}" "$LOG_DIR/rasa-server-$RASA_PORT.log" 120

# Appended, and named by port, as run.sh names the others.
WEB_LOG=$LOG_DIR/web-server-$WEB_PORT.log
echo "--- $(date -u '+%Y-%m-%d %H:%M:%S') UTC: web server started by scripts/web.sh (pid $$)" >>"$WEB_LOG"
$PY -m web --host "$WEB_HOST" --port "$WEB_PORT" --rasa-url "http://$RASA_HOST:$RASA_PORT" >>"$WEB_LOG" 2>&1 &
pids+=($!)
wait_for "http://$WEB_HOST:$WEB_PORT/" "web server" "$!" "$WEB_LOG" 120
echo
echo "The web page: http://$WEB_HOST:$WEB_PORT/  (Ctrl-C stops all three servers)"
wait -n "${pids[@]}"
