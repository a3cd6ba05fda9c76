"""The shared rewrites (understanding/text.py REWRITES) run over the word lists' patterns as well as
over messages, so that both are written alike. A rewrite that touched a pattern's brackets or
alternations would silently change what it matches (one once stripped "(?:one|1|a)" out of a
pattern); message-only rewrites go in INPUT_REWRITES instead."""

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

# Imports text.py alone, records every fragment the word lists hand to `rewrite`, then imports the
# whole package; prints the fragments whose regular-expression syntax the rewrite changed.
_RECORD = r'''
import collections, importlib.util, json, re, sys, types
spec = importlib.util.find_spec("understanding")
package = types.ModuleType("understanding")
package.__path__, package.__spec__ = list(spec.submodule_search_locations), spec
sys.modules["understanding"] = package
import understanding.text as text
seen, real = set(), text.rewrite
def recording(fragment):
    seen.add(fragment)
    return real(fragment)
text.rewrite = recording
exec(compile(open(spec.origin).read(), spec.origin, "exec"), package.__dict__)
import understanding.case_choices, understanding.commands, understanding.predictions, understanding.reading
syntax = re.compile(r"[()\[\]|?*+{}\\^$]")
changed = [f for f in seen if collections.Counter(syntax.findall(f)) != collections.Counter(syntax.findall(real(f)))]
print(json.dumps({"fragments": len(seen), "changed": changed}))
'''


def test_the_shared_rewrites_keep_every_word_list_pattern_whole():
    run = subprocess.run([sys.executable, "-c", _RECORD], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr[-2000:]
    found = json.loads(run.stdout.strip().splitlines()[-1])
    assert found["fragments"] > 1000     # the word lists were really read
    assert found["changed"] == []
