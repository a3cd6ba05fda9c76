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

pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
}
trap cleanup EXIT
trap 'exit 130' INT TERM

wait_for() {  # url, name, pid, log: poll until the server answers or its process dies
  for _ in $(seq 1 480); do
    if curl -fs -o /dev/null "$1"; then return 0; fi
    kill -0 "$3" 2>/dev/null || { echo "error: the $2 exited; see $4" >&2; exit 1; }
    sleep 0.25
  done
  echo "error: the $2 did not start within 120 s; see $4" >&2; exit 1
}

scripts/run.sh serve &
pids+=($!)
wait_for "http://$RASA_HOST:$RASA_PORT/" "Rasa server" "${pids[0]}" "$LOG_DIR/rasa-server.log"

$PY -m web --host "$WEB_HOST" --port "$WEB_PORT" --rasa-url "http://$RASA_HOST:$RASA_PORT" \
  >"$LOG_DIR/web-server.log" 2>&1 &
pids+=($!)
wait_for "http://$WEB_HOST:$WEB_PORT/" "web server" "$!" "$LOG_DIR/web-server.log"
echo
echo "The web page: http://$WEB_HOST:$WEB_PORT/  (Ctrl-C stops all three servers)"
wait -n "${pids[@]}"
