"""Fixtures shared by the tests of the launcher's patches."""

import pytest

from serving import patches


@pytest.fixture
def patched():
    """Rasa's own methods by target (serving.patches), put back after the test."""
    with patches.restored() as stock:
        yield stock
