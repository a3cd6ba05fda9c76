"""The set-up a fresh machine relies on: finding an interpreter, an idempotent install."""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FIND = ROOT / "scripts" / "find-python.sh"


def run_finder(tmp_path, extra_env=None, path_dirs=()):
    bindir = tmp_path / "bin"
    bindir.mkdir(exist_ok=True)
    (bindir / "cat").symlink_to("/bin/cat") if not (bindir / "cat").exists() else None
    env = {"PATH": os.pathsep.join([str(bindir), *map(str, path_dirs)]), "HOME": str(tmp_path),
           "PYENV_ROOT": str(tmp_path / "no-pyenv"), **(extra_env or {})}
    return subprocess.run(["/bin/bash", str(FIND)], env=env, capture_output=True, text=True)


def test_without_a_suitable_python_it_says_which_versions_and_how_to_get_one(tmp_path):
    bindir = tmp_path / "bin"
    bindir.mkdir()
    fake = bindir / "python3"  # a Python that is too new
    fake.write_text("#!/bin/sh\nexit 1\n")
    fake.chmod(0o755)
    result = run_finder(tmp_path)
    assert result.returncode == 1
    assert "no Python 3.10 found" in result.stderr
    assert "pyenv install 3.10" in result.stderr
    assert result.stdout == ""


def test_it_finds_the_interpreter_it_is_given(tmp_path):
    result = run_finder(tmp_path, {"PYTHON": sys.executable})
    assert result.returncode == 0
    assert Path(result.stdout.strip()).exists()
    version = subprocess.run([result.stdout.strip(), "-c", "import sys; print(sys.version_info[:2])"],
                             capture_output=True, text=True).stdout
    assert version.strip() == "(3, 10)"


def test_install_is_up_to_date_after_installing():
    # `make -q` exits 0 only if nothing would be rebuilt: a second install does no work.
    result = subprocess.run(["make", "-q", "install"], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_every_dependency_is_pinned_exactly():
    lines = [line.strip() for line in (ROOT / "requirements.txt").read_text().splitlines()]
    requirements = [line for line in lines if line and not line.startswith("#")]
    unpinned = [line for line in requirements if "==" not in line]
    assert requirements and not unpinned, unpinned
    assert "python-socketio==5.9.0" in requirements  # newer ones never deliver bot messages to the widget
