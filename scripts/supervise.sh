# Sourced by run.sh and web.sh: children started with `pids+=($!)` are stopped on exit or
# Ctrl-C, and wait_for polls a server until it answers or its process dies.
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
}
trap cleanup EXIT
trap 'exit 130' INT TERM

wait_for() {  # url, name, pid, log [, seconds]
  local tries=$(( ${5:-60} * 4 ))
  for _ in $(seq 1 "$tries"); do
    if curl -fs -o /dev/null "$1"; then return 0; fi
    kill -0 "$3" 2>/dev/null || { echo "error: the $2 exited; see $4" >&2; exit 1; }
    sleep 0.25
  done
  echo "error: the $2 did not start within ${5:-60} s; see $4" >&2; exit 1
}
