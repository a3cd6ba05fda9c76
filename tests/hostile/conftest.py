"""Hostile and malformed input against the real servers (SQLite profile, the e2e harness).

One pair of servers for the whole directory; each test module checks at the end of its run
that the servers are still up and still complete a scripted case.
"""

import uuid

import pytest

from tests.e2e.harness import MODEL, running_servers


@pytest.fixture(scope="session")
def hostile(tmp_path_factory):
    if not MODEL.exists():
        pytest.fail(f"{MODEL} is missing: run `make train` (make test does it for you)")
    with running_servers(tmp_path_factory.mktemp("hostile")) as bot:
        yield bot


@pytest.fixture
def sender():
    return "hostile-" + uuid.uuid4().hex[:12]

