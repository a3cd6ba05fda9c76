"""DATABASE_URL handling."""
from __future__ import annotations

import pytest

from knowledge import db
from knowledge.db import DatabaseURLError, database_url, make_engine


def test_default_url_is_var_knowledge_db(monkeypatch):
    monkeypatch.delenv("DATABASE_URL", raising=False)
    assert database_url() == f"sqlite:///{db.PROJECT_ROOT / 'var' / 'knowledge.db'}"


def test_env_var_wins(monkeypatch, tmp_path):
    monkeypatch.setenv("DATABASE_URL", f"sqlite:///{tmp_path}/x.db")
    assert database_url() == f"sqlite:///{tmp_path}/x.db"
    engine = make_engine()
    assert engine.url.database == f"{tmp_path}/x.db"


def test_sqlite_parent_directory_is_created(tmp_path):
    make_engine(f"sqlite:///{tmp_path}/deep/er/kb.db").dispose()
    assert (tmp_path / "deep" / "er").is_dir()


@pytest.mark.parametrize("bad", ["not a url", "://nothing", "mysql://root@localhost/x",
                                 "oracle://u:p@h/db"])
def test_bad_env_url_names_the_variable(monkeypatch, bad):
    monkeypatch.setenv("DATABASE_URL", bad)
    with pytest.raises(DatabaseURLError) as info:
        make_engine()
    assert "DATABASE_URL" in str(info.value)
    assert isinstance(info.value, ValueError)


def test_postgres_alias_accepted():
    engine = make_engine("postgres://user@localhost/db")
    assert engine.dialect.name == "postgresql"
