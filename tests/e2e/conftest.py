"""Fixtures for end-to-end tests: the real servers, started once per session."""

import uuid

import pytest

from tests.e2e.harness import MODEL, running_servers


@pytest.fixture(scope="session")
def servers(tmp_path_factory):
    if not MODEL.exists():
        pytest.fail(f"{MODEL} is missing: run `make train` (make test does it for you)")
    with running_servers(tmp_path_factory.mktemp("e2e")) as bot:
        from teaching.store import TeachingStore

        TeachingStore(bot.database_url).create_class("HIST7")   # the class the scripted conversations join
        yield bot


@pytest.fixture
def bot(servers):
    return servers


@pytest.fixture
def sender():
    return "test-" + uuid.uuid4().hex[:12]
