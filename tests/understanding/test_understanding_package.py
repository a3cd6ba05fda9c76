"""understanding/ stays pure and general: no Rasa, and nothing about any particular exercise or document."""

import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "understanding"
GENERAL = ("negation", "acts", "quoting")   # readers with no words of the cable or the exercises in them


def test_no_rasa_imports():
    modules = sorted(p.stem for p in PACKAGE.glob("*.py") if p.stem != "__init__")
    code = ("import sys\n" + "".join(f"import understanding.{m}\n" for m in modules)
            + "bad = sorted(m for m in sys.modules if m.split('.')[0] in ('rasa', 'rasa_sdk', 'actions', 'teaching'))\n"
            + "assert not bad, bad\n")
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr[-2000:]


def test_modules_stay_small():
    for path in PACKAGE.glob("*.py"):
        assert len(path.read_text().splitlines()) <= 400, path.name


def test_no_words_of_the_cable_or_the_exercises():
    for name in GENERAL:
        text = (PACKAGE / f"{name}.py").read_text().lower()
        found = re.findall(r"cable|korea|japan|repatriat|ministry|\bview\s*\d|persona|analysis step", text)
        assert not found, (name, found)
