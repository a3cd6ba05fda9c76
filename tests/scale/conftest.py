"""The scale-out suite (`make test-scale`): Rasa replicas on PostgreSQL and Redis.

It runs only when named on the command line (tests/scale), never inside `make test`, and it
FAILS without TEST_POSTGRES_URL / TEST_REDIS_URL: a proof that skipped proves nothing.
Each session gets a fresh PostgreSQL database and a Redis key prefix of its own, and drops
both afterwards.
"""

import os
import secrets
from pathlib import Path

import pytest

from tests.scale.scale_support import free_block

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]

REPORT = pytest.StashKey[dict]()


def _requested(config) -> bool:
    for arg in config.args:
        try:
            target = (Path(config.invocation_params.dir) / arg.split("::")[0]).resolve()
        except OSError:
            continue
        if target == HERE or HERE in target.parents:
            return True
    return False


def pytest_ignore_collect(collection_path, config):
    # Minutes of work and two services: only `make test-scale` (pytest tests/scale) runs it.
    if (collection_path == HERE or HERE in collection_path.parents) and not _requested(config):
        return True
    return None


def pytest_terminal_summary(terminalreporter, config):
    for name, line in config.stash.get(REPORT, {}).items():
        terminalreporter.write_line(f"{name}: {line}")


@pytest.fixture(scope="session")
def latency_report(request):
    """What the load test measured, printed at the end of the run (never asserted)."""
    return request.config.stash.setdefault(REPORT, {})


@pytest.fixture(scope="session")
def service_urls():
    missing = [v for v in ("TEST_POSTGRES_URL", "TEST_REDIS_URL") if not os.environ.get(v)]
    if missing:
        pytest.fail(f"{' and '.join(missing)} not set: the scale-out suite needs PostgreSQL and Redis "
                    "(.ci/run sets TEST_POSTGRES_URL=postgresql://postgres@127.0.0.1:5432/test and "
                    "TEST_REDIS_URL=redis://127.0.0.1:6379/0)", pytrace=False)
    return os.environ["TEST_POSTGRES_URL"], os.environ["TEST_REDIS_URL"]


@pytest.fixture(scope="session")
def scale_db(service_urls):
    """A fresh PostgreSQL database for this session: tracker, knowledge base and records."""
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    admin_url = make_url(service_urls[0])
    name = f"cable_scale_{secrets.token_hex(5)}"
    admin = create_engine(admin_url, isolation_level="AUTOCOMMIT", future=True)
    try:
        with admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
    except Exception as exc:  # noqa: BLE001 - a clear failure, not a skip
        pytest.fail(f"cannot create a test database through TEST_POSTGRES_URL: {exc}", pytrace=False)
    yield admin_url.set(database=name).render_as_string(hide_password=False)
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


@pytest.fixture(scope="session")
def redis_prefix(service_urls):
    """A key prefix of this session's own; its keys are deleted afterwards."""
    import redis

    prefix = f"scale{secrets.token_hex(5)}"
    client = redis.Redis.from_url(service_urls[1])
    try:
        client.ping()
    except Exception as exc:  # noqa: BLE001 - a clear failure, not a skip (as above)
        pytest.fail(f"cannot reach Redis at TEST_REDIS_URL: {exc}", pytrace=False)
    yield prefix
    for key in client.scan_iter(f"{prefix}:*"):
        client.delete(key)
    client.close()


@pytest.fixture(scope="session")
def cluster(scale_db, redis_prefix, service_urls, tmp_path_factory):
    """Two Rasa replicas and two action servers, as `make replicas N=2` starts them."""
    from serving.cluster import Cluster

    environ = {**os.environ, "DATABASE_URL": scale_db, "REDIS_URL": service_urls[1],
               "REDIS_KEY_PREFIX": redis_prefix}
    c = Cluster(replicas=2, actions=2, rasa_port=free_block(2), action_port=free_block(2),
                token="scale-" + secrets.token_hex(16), environ=environ,
                log_dir=tmp_path_factory.mktemp("scale-logs"))
    try:
        c.start()
        yield c
    finally:
        c.stop()


@pytest.fixture
def live(cluster):
    """The cluster with every process running (a previous test may have killed one)."""
    for j, proc in enumerate(cluster.actions):
        if proc is None or proc.poll() is not None:
            cluster.start_action(j)
    for i, proc in enumerate(cluster.rasa):
        if proc is None or proc.poll() is not None:
            cluster.start_replica(i)
    return cluster


@pytest.fixture
def records(scale_db):
    """Counts rows of case_assessments per conversation."""
    from sqlalchemy import create_engine, text

    engine = create_engine(scale_db, future=True)

    def count(conversation_id: str) -> int:
        with engine.connect() as conn:
            return conn.execute(text("select count(*) from case_assessments where conversation_id = :c"),
                                {"c": conversation_id}).scalar_one()
    yield count
    engine.dispose()
