"""Start-up and per-turn fixes for costs Rasa 3.6 pays for nothing (measured in bench/PROFILING.md)."""


def import_skops_first() -> None:
    """skops scans every loaded module when imported; after TensorFlow that is ~3,700 of them.

    Importing it before Rasa pulls in TensorFlow cut the server's start-up from 28-31 s to 8-12 s.
    """
    import skops.io  # noqa: F401


def validate_action_results_once() -> None:
    """Check action-server replies with a validator built once (RasaHQ/rasa#11717).

    Rasa calls `jsonschema.validate`, which re-checks its constant schema against the meta-schema on
    every custom action: ~60% of the server's CPU per turn. Same schema, same errors, built once.
    """
    from jsonschema import exceptions, validators
    from rasa.core.actions.action import DOCS_BASE_URL, RemoteAction

    schema = RemoteAction.action_response_format_spec()
    validator_class = validators.validator_for(schema)
    validator_class.check_schema(schema)
    validator = validator_class(schema)

    def _validate_action_result(self, result) -> bool:
        error = exceptions.best_match(validator.iter_errors(result))
        if error is not None:
            error.message += (
                ". Failed to validate Action server response from API, make sure your response from the "
                f"Action endpoint is valid. For more information about the format visit {DOCS_BASE_URL}"
                "/custom-actions")
            raise error
        return True

    RemoteAction._validate_action_result = _validate_action_result
