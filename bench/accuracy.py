"""Accuracy: held-out NLU test set through `rasa test nlu`, knowledge-base top-1 on the dev set."""

import json
import os
import subprocess
import time
from pathlib import Path

import yaml

from bench.procs import BASE_ENV, BIN, ROOT

DEV_QUESTIONS = ROOT / "tests" / "knowledge" / "dev_questions.yml"


def nlu(model: Path, test_set: Path, out: Path, env: dict[str, str], log: Path) -> dict:
    """Intent accuracy and entity micro-F1 from the reports `rasa test nlu` writes."""
    cmd = [str(BIN / "rasa"), "test", "nlu", "--model", str(model), "--nlu", str(test_set),
           "--out", str(out), "--no-plot"]
    start = time.perf_counter()
    with log.open("w") as f:
        result = subprocess.run(cmd, cwd=out.parent, env={**os.environ, **BASE_ENV, **env},
                                stdout=f, stderr=subprocess.STDOUT)
    seconds = time.perf_counter() - start
    intent_report = out / "intent_report.json"
    if result.returncode != 0 or not intent_report.exists():
        raise RuntimeError(f"rasa test nlu failed ({result.returncode}); log {log}:\n" + log.read_text()[-3000:])
    intents = json.loads(intent_report.read_text())
    entities = {}
    for report in sorted(out.glob("*_report.json")):
        extractor = report.name[: -len("_report.json")]
        if extractor in ("intent", "response_selection"):
            continue
        data = json.loads(report.read_text())
        # labels are entity types only (no_entity is excluded), so micro avg is the entity F1
        avg = data.get("micro avg") or data.get("weighted avg") or {}
        entities[extractor] = {"f1": avg.get("f1-score"), "precision": avg.get("precision"),
                               "recall": avg.get("recall"), "support": avg.get("support")}
    best = max((e["f1"] for e in entities.values() if e["f1"] is not None), default=None)
    return {"intent_accuracy": intents["accuracy"], "messages": intents["weighted avg"]["support"],
            "entity_f1": best, "extractors": entities, "seconds": seconds}


def knowledge_base(url: str, questions: Path = DEV_QUESTIONS) -> dict:
    """Top-1 accuracy of KnowledgeBase.ask on the answerable dev questions (builds the KB at `url`)."""
    from knowledge import KnowledgeBase

    dev = yaml.safe_load(questions.read_text())
    start = time.perf_counter()
    kb = KnowledgeBase.open(url)
    opened = time.perf_counter() - start
    misses, timings, best_right = [], [], 0
    try:
        for item in dev.get("answerable") or []:
            t = time.perf_counter()
            got = kb.ask(item["q"]).entry_id
            timings.append((time.perf_counter() - t) * 1000)
            hits = kb.search(item["q"], 1)      # the best match, even when ask declines
            best = hits[0].entry_id if hits else None
            best_right += best == item["expected"]
            if got != item["expected"]:
                misses.append({"q": item["q"], "expected": item["expected"], "got": got, "best": best})
        declined = 0
        for item in dev.get("unanswerable") or []:
            declined += not kb.ask(item["q"]).answered
    finally:
        kb.close()
    n = len(timings)
    timings.sort()
    # top1: what the user is told (ask answers with the expected entry); best_match: the first
    # search hit is the expected entry, even when ask declines and offers it as a suggestion.
    return {"questions": n, "correct": n - len(misses), "top1": (n - len(misses)) / n if n else 0.0,
            "best_match_correct": best_right, "best_match": best_right / n if n else 0.0,
            "misses": misses, "unanswerable": len(dev.get("unanswerable") or []),
            "unanswerable_declined": declined, "open_s": opened,
            "ask_ms_p50": timings[n // 2] if n else None, "ask_ms_max": timings[-1] if n else None}
