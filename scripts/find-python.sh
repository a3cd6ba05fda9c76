#!/usr/bin/env bash
# Prints the path of a Python interpreter, looking on PATH first and then in pyenv's versions.
#   scripts/find-python.sh          a Python 3.10 (Rasa 3.6.21 needs 3.8-3.10; the pins in requirements.txt need 3.10)
#   scripts/find-python.sh 3.12     a Python 3.12 (the pure packages also run on 3.12 and 3.13)
# Exits 1 with advice if none is found.
set -u
want=${1:-}
if [ -n "$want" ]; then
  versions=("$want")
  ok() { "$1" -c "import sys; sys.exit(0 if '%d.%d' % sys.version_info[:2] == '$want' else 1)" >/dev/null 2>&1; }
else
  versions=(3.10)
  ok() { "$1" -c 'import sys; sys.exit(0 if sys.version_info[:2] == (3, 10) else 1)' >/dev/null 2>&1; }
fi
candidates=()
[ -n "${PYTHON:-}" ] && [ -z "$want" ] && candidates+=("$PYTHON")
for v in "${versions[@]}"; do
  p=$(command -v "python$v" 2>/dev/null) && candidates+=("$p")
done
root=$(pyenv root 2>/dev/null || echo "${PYENV_ROOT:-$HOME/.pyenv}")
for v in "${versions[@]}"; do
  for p in "$root"/versions/"$v".*/bin/python; do [ -x "$p" ] && candidates+=("$p"); done
done
for p in python3 python; do
  q=$(command -v "$p" 2>/dev/null) && candidates+=("$q")
done
for p in "${candidates[@]}"; do
  if ok "$p"; then
    # Resolve pyenv shims to the real interpreter so the venv does not depend on them.
    "$p" -c 'import sys; print(sys.executable)'
    exit 0
  fi
done
if [ -n "$want" ]; then
  echo "error: no Python $want found (on PATH as python$want, or under $root/versions). Install it, for example: pyenv install $want" >&2
  exit 1
fi
cat >&2 <<'MSG'
error: no Python 3.10 found (Rasa 3.6.21 installs on 3.8-3.10, and the pinned dependencies need 3.10).
Install it, for example:
  pyenv install 3.10.13                     # with pyenv
  apt-get install python3.10 python3.10-venv  # where your distribution packages it
or point at one: make install PYTHON=/path/to/python3.10
MSG
exit 1
