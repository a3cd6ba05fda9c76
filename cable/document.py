"""The primary source: its metadata, and the shape of a clause.

Every string marked "verbatim" is copied character for character from the
Wilson Center Digital Archive page (kept in shared/source/cable-1950-04-20.txt);
the tests check each one against that file, so never "tidy" them here. The
clauses themselves are quoted in rules.py, each right above the code that
encodes it.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from typing import Any

# --- Metadata -----------------------------------------------------------------

# Verbatim page title (the archive uses single quotes around the cable's name).
TITLE = "Cable from Chinese Foreign Ministry, 'On the Repatriation of Korean Nationals in China'"
SHORT_TITLE = "On the Repatriation of Korean Nationals in China"
DATE = datetime.date(1950, 4, 20)
DATE_ISO = DATE.isoformat()
ISSUER = "Foreign Ministry of the People's Republic of China"
RECIPIENT = "Shanghai Foreign Affairs office"

# The letter the cable answers ("the letter you have sent on April 7 serial code 2301").
LETTER = {
    "date": "1950-04-07",
    "serial_code": "2301",
    "sender": RECIPIENT,
    "subject": "the management of Japanese and Korean nationals",
}

ARCHIVE_CITATION = "PRC FMA 118-00080-10, 78-79"
WILSON_CENTER_ID = 114906
URL = "https://digitalarchive.wilsoncenter.org/document/114906"
FUNDER = "MacArthur Foundation"
# Verbatim funding line (the page has no final full stop).
FUNDING_NOTE = "This document was made possible with support from MacArthur Foundation"

# Verbatim rights and reuse statement.
RIGHTS = (
    "The History and Public Policy Program welcomes reuse of Digital Archive "
    "materials for research and educational purposes. Some documents may be "
    "subject to copyright, which is retained by the rights holders in accordance "
    "with US and international copyright laws. When possible, rights holders "
    "have been contacted for permission to reproduce their materials."
)
# Verbatim too; the address itself was obscured on the captured page, which is
# why it reads "[email\u00a0protected]" (with a no-break space).
RIGHTS_ENQUIRY = (
    "To enquire about this document's rights status or request permission for "
    "commercial use, please contact the History and Public Policy Program at "
    "[email\u00a0protected]."
)

# Verbatim archive introductory note (the sentence before the cable's text).
ARCHIVE_NOTE = (
    "The Foreign Ministry replied to a letter from the Shanghai Foreign Affairs "
    "office regarding the involuntary repatriation [North] Korean nationals "
    "within [China]."
)
# Verbatim archive summary line.
SUMMARY = (
    "The Chinese Foreign Ministry reports on procedures for repatriating Koreans "
    "and Japanese living in China."
)

# Full citation line for display.
ATTRIBUTION = (
    f"{TITLE}, 20 April 1950. {ARCHIVE_CITATION}. Wilson Center Digital Archive, "
    f"document {WILSON_CENTER_ID}, {URL}. {FUNDING_NOTE}."
)


# --- Clauses ------------------------------------------------------------------


@dataclass(frozen=True)
class Clause:
    """One verbatim passage of the cable; `number` is the cable's own view number.

    The clauses are quoted in rules.py (cable.CLAUSES collects them there)."""

    id: str
    number: int | None
    label: str
    text: str


def metadata() -> dict[str, Any]:
    """All document metadata as a JSON-ready dict."""
    return {
        "title": TITLE,
        "short_title": SHORT_TITLE,
        "date": DATE_ISO,
        "issuer": ISSUER,
        "recipient": RECIPIENT,
        "letter": dict(LETTER),
        "archive_citation": ARCHIVE_CITATION,
        "wilson_center_id": WILSON_CENTER_ID,
        "url": URL,
        "funder": FUNDER,
        "funding_note": FUNDING_NOTE,
        "rights": RIGHTS,
        "rights_enquiry": RIGHTS_ENQUIRY,
        "archive_note": ARCHIVE_NOTE,
        "summary": SUMMARY,
        "attribution": ATTRIBUTION,
    }
