"""understanding/ stays pure Python: every part of the assistant, and the web page, can read text with it."""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "understanding"


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
