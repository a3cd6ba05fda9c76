"""endpoints.yml sets `enable_selective_domain: true`, so the action server receives an empty
domain for every action not marked `send_domain: true` in domain.yml. This checks that no action
reads it; the scripted conversations (tests/e2e) run with the same setting."""

import ast
import inspect
import textwrap

import yaml
from rasa_sdk import Action
from rasa_sdk.executor import ActionExecutor

from serving.endpoints import ENDPOINTS


def _registered_actions():
    executor = ActionExecutor()
    executor.register_package("actions")
    return executor.actions


def _reads_domain(action_class) -> bool:
    run = action_class.run
    tree = ast.parse(textwrap.dedent(inspect.getsource(run)))
    function = tree.body[0]
    parameter = function.args.args[3].arg     # run(self, dispatcher, tracker, domain)
    return any(isinstance(node, ast.Name) and node.id == parameter for node in ast.walk(function))


def test_selective_domain_is_what_the_servers_run_with():
    assert yaml.safe_load(ENDPOINTS.read_text())["action_endpoint"]["enable_selective_domain"] is True


def test_every_action_is_registered_and_none_reads_the_domain():
    actions = _registered_actions()
    assert "validate_case_form" in actions and "action_assess_case" in actions
    readers = sorted(name for name, run in actions.items()
                     if _reads_domain(type(run.__self__)) and isinstance(run.__self__, Action))
    assert readers == [], f"these actions read the domain, which is not sent to them: {readers}"


def test_the_check_notices_an_action_that_reads_the_domain():
    class Reader(Action):
        def name(self):
            return "action_reader"

        async def run(self, dispatcher, tracker, domain):
            return [] if domain.get("slots") else []

    assert _reads_domain(Reader)
