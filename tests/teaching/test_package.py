"""teaching/ stays pure Python: the web page and scripts can use it without Rasa."""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_no_rasa_imports():
    modules = sorted(p.stem for p in (ROOT / "teaching").glob("*.py") if p.stem not in ("__main__",))
    code = ("import sys\n" + "".join(f"import teaching.{m}\n" for m in modules if m != "__init__")
            + "bad = sorted(m for m in sys.modules if m.split('.')[0] in ('rasa', 'rasa_sdk', 'actions'))\n"
            + "assert not bad, bad\n")
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr[-2000:]


def test_modules_stay_small():
    for path in (ROOT / "teaching").glob("*.py"):
        assert len(path.read_text().splitlines()) <= 400, path.name
