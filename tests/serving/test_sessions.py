"""serving.sessions: the server chooses web conversation ids and signs them; only its own
signature opens a conversation, and every server from one checkout shares the key."""

import os
import stat
import threading

import pytest

from serving import sessions
from serving.sessions import SessionTokens, load_key


def test_each_new_conversation_gets_a_random_id_and_a_token_that_opens_only_it():
    tokens = SessionTokens(b"k" * 32)
    made = [tokens.new() for _ in range(200)]
    assert len({conversation for conversation, _ in made}) == 200
    for conversation, token in made[:5]:
        assert conversation.startswith("web-") and len(conversation) == 36
        assert tokens.conversation(token) == conversation
    other_id, other_token = made[1]
    first_id, first_token = made[0]
    assert tokens.conversation(first_id + "." + other_token.rpartition(".")[2]) is None   # another's proof
    for forged in (first_id, first_id + ".", first_token[:-1], first_token + "A", "web-" + first_token, None, 7, ""):
        assert tokens.conversation(forged) is None, forged
    assert SessionTokens(b"j" * 32).conversation(first_token) is None     # another server's key


def test_the_key_comes_from_session_secret_or_one_file_shared_by_every_server(tmp_path):
    assert load_key({sessions.KEY_VAR: "s" * 40}, tmp_path / "unused.key") == b"s" * 40
    with pytest.raises(ValueError, match="SESSION_SECRET must have at least 32 characters"):
        load_key({sessions.KEY_VAR: "short"}, tmp_path / "unused.key")
    assert not (tmp_path / "unused.key").exists()
    key_file, keys = tmp_path / "var" / "session.key", []
    starts = [threading.Thread(target=lambda: keys.append(load_key({}, key_file))) for _ in range(8)]
    for thread in starts:
        thread.start()
    for thread in starts:
        thread.join()
    assert len(set(keys)) == 1 and len(keys[0]) == 64      # all eight servers: one key
    assert stat.S_IMODE(os.stat(key_file).st_mode) == 0o600
    assert os.listdir(key_file.parent) == ["session.key"]   # no temporary files left
    key_file.write_text("")
    with pytest.raises(ValueError, match="holds no usable session key"):
        load_key({}, key_file)
