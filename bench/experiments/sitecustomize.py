"""Start-up experiments for the Rasa server, off unless asked for (see bench/PROFILING.md).

Python imports this module at start-up when bench/experiments is on PYTHONPATH, so the Rasa
server can be measured with a proposed change before anyone edits the launcher:

    python -m bench --quick --only ours --rasa-env PYTHONPATH=$PWD/bench/experiments \\
        --rasa-env BENCH_SKOPS_FIRST=1 --rasa-env BENCH_FAST_VALIDATION=1

Each switch is what the launcher (python -m serving) could do; nothing here runs in production.
"""
import os

if os.environ.get("BENCH_SKOPS_FIRST"):
    # skops 0.9 (LogisticRegressionClassifier's loader) scans all of sys.modules once per
    # numpy/scipy ufunc at import; before TensorFlow is imported there are far fewer modules.
    import skops.io  # noqa: F401 - imported for the scan to happen now (above)

if os.environ.get("BENCH_FAST_VALIDATION"):
    # Rasa's jsonschema.validate() re-checks the constant response schema on every custom action.
    from jsonschema import exceptions, validators
    from rasa.core.actions.action import DOCS_BASE_URL, RemoteAction

    _schema = RemoteAction.action_response_format_spec()
    _cls = validators.validator_for(_schema)
    _cls.check_schema(_schema)
    _validator = _cls(_schema)

    def _validate_action_result(self, result):
        error = exceptions.best_match(_validator.iter_errors(result))
        if error is not None:
            error.message += (
                f". Failed to validate Action server response from API, make sure your response "
                f"from the Action endpoint is valid. For more information about the format visit "
                f"{DOCS_BASE_URL}/custom-actions")
            raise error
        return True

    RemoteAction._validate_action_result = _validate_action_result

if os.environ.get("BENCH_SQLITE_WAL"):
    # SQLite in WAL mode with synchronous=NORMAL for every engine (the tracker store's too).
    from sqlalchemy import event
    from sqlalchemy.engine import Engine

    @event.listens_for(Engine, "connect")
    def _pragmas(dbapi_conn, _record):
        if type(dbapi_conn).__module__.startswith("sqlite3"):
            cursor = dbapi_conn.cursor()
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA synchronous=NORMAL")
            cursor.close()
