"""The question and case-description sets, read into one shape.

Two kinds of question set: the project's own (`expected`: an entry id, "a|b" for either, or a
list with one such item per part of a multi-part question) and the shared validation set
(`expected_keywords`, each "a|b" for either; the header's rule).  Both become `Question`s.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared" / "eval"
KB_TESTS = ROOT / "tests" / "knowledge"

# (name, path, kind): kind "own" has entry ids, "shared" has keywords.
QUESTION_SETS = [
    ("development (dev_questions.yml)", KB_TESTS / "dev_questions.yml", "own"),
    ("held-out (holdout_questions.yml)", KB_TESTS / "holdout_questions.yml", "own"),
    ("student development (student_dev_questions.yml)", KB_TESTS / "student_dev_questions.yml", "own"),
    ("student development 2 (student_dev2_questions.yml)", KB_TESTS / "student_dev2_questions.yml", "own"),
    ("student development 3 (student_dev3_questions.yml)", KB_TESTS / "student_dev3_questions.yml", "own"),
    ("student development 4 (student_dev4_questions.yml)", KB_TESTS / "student_dev4_questions.yml", "own"),
    ("student development 5 (student_dev5_questions.yml)", KB_TESTS / "student_dev5_questions.yml", "own"),
    ("student development 6 (student_dev6_questions.yml)", KB_TESTS / "student_dev6_questions.yml", "own"),
    ("student development 7 (student_dev7_questions.yml)", KB_TESTS / "student_dev7_questions.yml", "own"),
    ("student development 8 (student_dev8_questions.yml)", KB_TESTS / "student_dev8_questions.yml", "own"),
    ("student multi-part development (student_multipart_questions.yml)",
     KB_TESTS / "student_multipart_questions.yml", "own"),
    ("student paraphrase development (student_paraphrase_questions.yml)",
     KB_TESTS / "student_paraphrase_questions.yml", "own"),
    ("student held-out (student_holdout_questions.yml)", KB_TESTS / "student_holdout_questions.yml",
     "own"),
    ("student held-out 2 (student_holdout2_questions.yml)", KB_TESTS / "student_holdout2_questions.yml",
     "own"),
    ("student held-out 3 (student_holdout3_questions.yml)", KB_TESTS / "student_holdout3_questions.yml",
     "own"),
    ("student held-out 4 (student_holdout4_questions.yml)", KB_TESTS / "student_holdout4_questions.yml",
     "own"),
    ("student held-out 5 (student_holdout5_questions.yml)", KB_TESTS / "student_holdout5_questions.yml",
     "own"),
    ("near-miss development (near_miss_questions.yml)", KB_TESTS / "near_miss_questions.yml", "own"),
    ("off-topic (off_topic_questions.yml)", KB_TESTS / "off_topic_questions.yml", "own"),
    ("shared student questions (../shared/eval/kb-student-questions.yaml)",
     SHARED / "kb-student-questions.yaml", "shared"),
]
# Held out: scored, never tuned on, so their failures are not listed (only counted).
HELD_OUT = frozenset({KB_TESTS / "holdout_questions.yml", KB_TESTS / "student_holdout_questions.yml",
                      KB_TESTS / "student_holdout2_questions.yml", KB_TESTS / "student_holdout3_questions.yml",
                      KB_TESTS / "student_holdout4_questions.yml", KB_TESTS / "student_holdout5_questions.yml",
                      KB_TESTS / "off_topic_questions.yml"})
CASES = ROOT / "tests" / "understanding"
# The project's case descriptions: (label, file); the development sets are tuned on, the held-out
# ones only measured.
_OWN_CASES = [("own case descriptions", "case_descriptions.yml")] + [
    (f"own case descriptions {n}", f"case_descriptions_dev{n}.yml") for n in range(2, 70)] + [
    (f"own held-out case descriptions {n}", f"case_descriptions_holdout{n}.yml") for n in (2, 3, 4, 5, 6, 7, 8)]
CASE_SETS = [(f"{label} (tests/understanding/{file})", CASES / file) for label, file in _OWN_CASES] + [
    ("shared case descriptions (../shared/eval/case-descriptions.yaml)", SHARED / "case-descriptions.yaml")]


@dataclass
class Question:
    text: str
    answerable: bool
    parts: list[frozenset] = field(default_factory=list)     # own sets: entry ids per part
    keywords: list[tuple[str, ...]] = field(default_factory=list)   # shared set: alternatives
    register: str = ""


@dataclass
class Description:
    text: str
    stated: dict


def _alternatives(item: str) -> frozenset:
    return frozenset(a.strip() for a in str(item).split("|"))


def read_questions(path: Path, kind: str) -> list[Question] | None:
    """The set at ``path`` (None when the file is absent)."""
    if not path.exists():
        return None
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    if kind == "shared":
        return [Question(d["question"], bool(d["answerable"]),
                         keywords=[tuple(k.lower().split("|")) for k in d.get("expected_keywords") or []],
                         register=d.get("register", "")) for d in data]
    out = []
    for item in data.get("answerable") or []:
        exp = item["expected"]
        out.append(Question(item["q"], True, parts=[_alternatives(e) for e in
                                                      (exp if isinstance(exp, list) else [exp])],
                            register=item.get("register", "")))
    for key in ("unanswerable", "off_topic"):
        out += [Question(item["q"], False, register=item.get("register", "")) for item in data.get(key) or []]
    return out


def read_descriptions(path: Path) -> list[Description] | None:
    if not path.exists():
        return None
    return [Description(d["text"], dict(d["stated"]))
            for d in yaml.safe_load(path.read_text(encoding="utf-8"))]
