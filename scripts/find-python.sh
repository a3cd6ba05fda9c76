#!/usr/bin/env bash
# Prints the path of a Python 3.8-3.10 interpreter (Rasa 3.6 installs on no other),
# looking on PATH first and then in pyenv's versions. Exits 1 with advice if none.
set -u
ok() { "$1" -c 'import sys; sys.exit(0 if (3, 8) <= sys.version_info[:2] <= (3, 10) else 1)' >/dev/null 2>&1; }
candidates=()
[ -n "${PYTHON:-}" ] && candidates+=("$PYTHON")
for v in 3.10 3.9 3.8; do
  p=$(command -v "python$v" 2>/dev/null) && candidates+=("$p")
done
root=$(pyenv root 2>/dev/null || echo "${PYENV_ROOT:-$HOME/.pyenv}")
for v in 3.10 3.9 3.8; do
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
cat >&2 <<'MSG'
error: no Python 3.8, 3.9 or 3.10 found (Rasa 3.6.21 installs on no other version).
Install one, for example:
  pyenv install 3.10.13                     # with pyenv
  apt-get install python3.10 python3.10-venv  # where your distribution packages it
or point at one: make install PYTHON=/path/to/python3.10
MSG
exit 1
