"""The repository's copy of the primary source is the archive page the project was built from."""

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
COPY = ROOT / "cable" / "source" / "cable-1950-04-20.txt"
SHARED = ROOT.parent / "shared" / "source" / "cable-1950-04-20.txt"


def test_the_copy_carries_the_citation_and_the_rights_note():
    text = COPY.read_text(encoding="utf-8")
    assert "PRC FMA 118-00080-10, 78-79." in text
    assert "Cable from Chinese Foreign Ministry, 'On the Repatriation of Korean Nationals in China'" in text
    assert "welcomes reuse of Digital Archive materials for research and educational purposes" in text


@pytest.mark.skipif(not SHARED.is_file(), reason="../shared/source is not beside the project (only CI lays it there)")
def test_the_copy_is_byte_for_byte_the_shared_source():
    assert COPY.read_bytes() == SHARED.read_bytes()
