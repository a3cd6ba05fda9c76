"""Fixtures for the action tests."""

import pytest
from rasa_sdk.executor import CollectingDispatcher


@pytest.fixture
def dispatcher():
    return CollectingDispatcher()
