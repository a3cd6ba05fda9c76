"""Words a reader's vocabulary never uses, related to the words it does: built once from WordNet.

Students write "captive", "complimentary", "specialists"; the knowledge base says "prisoner",
"gratis", "experts".  At BUILD time, `related_words` reads WordNet 3.0's database files (Debian's
wordnet-base: /usr/share/wordnet, or $WORDNET_DIR) and, for every word of a given vocabulary,
collects the words WordNet relates to it, each with a weight below an exact match:

* synonyms in the same synset (0.7), words of a similar adjective synset (0.6), derivationally
  related forms (0.6), and words whose first sense's direct hypernym is the vocabulary word's
  synset (0.5: "specialist" is a kind of "expert");
* only the vocabulary word's first senses (SENSES, by WordNet's sense frequency order) and only
  where that synset is also among the related word's own first senses, so rare senses stay out
  ("broke" is not "break dance"; "fund" is not "investment company");
* single words only, and never a word of the vocabulary itself (an exact match always wins).

Irregular forms from WordNet's exception lists ("caught" -> "catch") are kept for every word the
table reaches.  The result is plain data (JSON), stored with the reader; at RUN time only
`Related` is used, which needs neither WordNet nor NLTK.  Pure Python: no Rasa.
"""
from __future__ import annotations

import json
import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

WORDNET_DIR = Path(os.environ.get("WORDNET_DIR", "/usr/share/wordnet"))
POS_FILES = {"n": "noun", "v": "verb", "a": "adj", "r": "adv"}
SENSES = {"n": 2, "v": 2, "a": 2, "r": 1}       # first senses of the vocabulary word
OWN_SENSES = 2                                   # ... and of the related word
WEIGHTS = {"synonym": 0.7, "similar": 0.6, "derived": 0.6, "kind_of": 0.5}


class WordNetMissing(RuntimeError):
    pass


@dataclass
class _Synset:
    words: tuple[str, ...]
    pointers: tuple[tuple[str, str, str, str], ...]   # (symbol, offset, pos, source/target)


class WordNet:
    """The few parts of WordNet 3.0's database files this module needs."""

    def __init__(self, directory: Path = WORDNET_DIR):
        self.dir = Path(directory)
        if not (self.dir / "index.noun").exists():
            raise WordNetMissing(f"WordNet 3.0 not found in {self.dir} (install Debian's "
                                 f"wordnet-base, or set WORDNET_DIR)")
        self.index: dict[str, dict[str, list[str]]] = {}     # pos -> lemma -> offsets
        self.data: dict[tuple[str, str], _Synset] = {}
        self.exceptions: dict[str, set[str]] = {}            # form -> lemmas
        for pos, name in POS_FILES.items():
            self.index[pos] = self._read_index(self.dir / f"index.{name}")
            self._read_data(pos, self.dir / f"data.{name}")
            for line in (self.dir / f"{name}.exc").read_text(encoding="latin-1").splitlines():
                form, *lemmas = line.split()
                self.exceptions.setdefault(form, set()).update(lemmas)

    @staticmethod
    def _read_index(path: Path) -> dict[str, list[str]]:
        out = {}
        for line in path.read_text(encoding="latin-1").splitlines():
            if line.startswith(" "):
                continue
            f = line.split()
            n_synsets, n_ptrs = int(f[2]), int(f[3])
            out[f[0]] = f[6 + n_ptrs:6 + n_ptrs + n_synsets]
        return out

    def _read_data(self, pos: str, path: Path) -> None:
        for line in path.read_text(encoding="latin-1").splitlines():
            if line.startswith(" "):
                continue
            f = line.split(" | ")[0].split()
            n_words = int(f[3], 16)
            words = tuple(f[4 + 2 * i].lower() for i in range(n_words))
            i = 4 + 2 * n_words
            n_ptrs = int(f[i])
            ptrs = tuple((f[i + 1 + 4 * k], f[i + 2 + 4 * k], f[i + 3 + 4 * k], f[i + 4 + 4 * k])
                         for k in range(n_ptrs))
            # adjective satellites ("s") live in data.adj with pos "a" in pointers
            self.data[(pos, f[0])] = _Synset(tuple(w.split("(")[0] for w in words), ptrs)

    def synset(self, pos: str, offset: str) -> _Synset | None:
        return self.data.get(("a" if pos == "s" else pos, offset))

    def senses(self, word: str, pos: str) -> list[str]:
        return self.index[pos].get(word, [])


def related_words(vocabulary: Iterable[str], wordnet: WordNet,
                  exclude: Callable[[str], bool] = lambda w: False) -> dict[str, dict[str, float]]:
    """{unknown word: {vocabulary word: weight}} for the words WordNet relates to ``vocabulary``.
    ``exclude(word)`` drops words the reader should never expand to or from (stopwords)."""
    vocab = {w.lower() for w in vocabulary if w.isalpha() and len(w) > 2 and not exclude(w.lower())}
    table: dict[str, dict[str, float]] = {}

    def add(word: str, target: str, relation: str, pos: str, offset: str) -> None:
        if ("_" in word or "-" in word or not word.isalpha() or word in vocab or exclude(word)
                or offset not in wordnet.senses(word, pos)[:OWN_SENSES]):
            return
        best = table.setdefault(word, {})
        best[target] = max(best.get(target, 0.0), WEIGHTS[relation])

    for target in sorted(vocab):
        for pos in POS_FILES:
            for offset in wordnet.senses(target, pos)[:SENSES[pos]]:
                syn = wordnet.synset(pos, offset)
                if syn is None:
                    continue
                for w in syn.words:
                    add(w, target, "synonym", pos, offset)
                for symbol, off2, pos2, _ in syn.pointers:
                    pos2 = "a" if pos2 == "s" else pos2
                    other = wordnet.synset(pos2, off2)
                    if other is None:
                        continue
                    if symbol == "&":
                        for w in other.words:
                            add(w, target, "similar", pos2, off2)
                    elif symbol == "+":
                        for w in other.words:
                            add(w, target, "derived", pos2, off2)
                    elif symbol == "~" and pos == "n":   # a kind of the target (nouns only)
                        for w in other.words:
                            if wordnet.senses(w, pos2)[:1] == [off2]:
                                add(w, target, "kind_of", pos2, off2)
    base = {w: dict(t) for w, t in table.items()}      # before inflected forms are added
    for form, lemmas in sorted(wordnet.exceptions.items()):
        if form in vocab or "_" in form or exclude(form):
            continue
        for lemma in sorted(lemmas):
            found = {lemma: 1.0} if lemma in vocab else base.get(lemma, {})  # 1.0: the same word
            slot = table.setdefault(form, {}) if found else {}
            for target, weight in found.items():
                slot[target] = max(slot.get(target, 0.0), weight)
    return {w: dict(sorted(t.items())) for w, t in sorted(table.items()) if t}


def _plural(word: str) -> str:
    if word.endswith(("s", "x", "z", "ch", "sh")):
        return word + "es"
    if word.endswith("y") and word[-2:-1] not in "aeiou":
        return word[:-1] + "ies"
    return word + "s"


def word_forms(wordnet: WordNet) -> set[str]:
    """Every single-word lemma of WordNet with its regular and irregular inflections."""
    out = set()
    for pos, index in wordnet.index.items():
        for lemma in index:
            if not lemma.isalpha():
                continue
            out.add(lemma)
            if pos in ("n", "v"):
                out.add(_plural(lemma))
            if pos == "v":
                stem = lemma[:-1] if lemma.endswith("e") and not lemma.endswith("ee") else lemma
                stem_y = lemma[:-1] + "i" if lemma.endswith("y") and lemma[-2:-1] not in "aeiou" else stem
                out.update((stem_y + "ed", stem + "ing"))
            if pos == "a" and not lemma.endswith("ly"):
                out.add((lemma[:-1] + "i" if lemma.endswith("y") else lemma) + "ly")
    out.update(f for f in wordnet.exceptions if f.isalpha())
    return out


def write_table(table: dict[str, dict[str, float]], path: Path, note: str, **extra: object) -> None:
    """``extra``: more tables stored beside ``related`` (the knowledge base's spelling tables)."""
    path.write_text(json.dumps({"note": note, "related": table, **extra}, indent=0, sort_keys=True)
                    + "\n", encoding="utf-8")


class Related:
    """The stored table at run time: ``related(word)`` -> {vocabulary word: weight}."""

    def __init__(self, table: dict[str, dict[str, float]] | None = None) -> None:
        self.table = table or {}

    @classmethod
    def load(cls, path: Path) -> Related:
        if not path.exists():          # a clone that never built it: exact matching only
            return cls()
        return cls(json.loads(path.read_text(encoding="utf-8")).get("related", {}))

    def __call__(self, word: str) -> dict[str, float]:
        return self.table.get(word, {})

    def __len__(self) -> int:
        return len(self.table)
