"""Start-up and per-turn fixes for costs Rasa 3.6 pays for nothing (measured in bench/PROFILING.md)."""

import copy
import logging
from collections.abc import Callable
from typing import Any

from serving.history import State
from serving.schema_check import compile_check


def import_skops_first() -> None:
    """skops scans every loaded module when imported; after TensorFlow that is ~3,700 of them.

    Importing it before Rasa pulls in TensorFlow cut the server's start-up from 28-31 s to 8-12 s.
    """
    import skops.io  # noqa: F401 - imported for the scan to happen now, while few modules are loaded


def response_checker(schema: dict[str, Any], validator_class: Any) -> Callable[[Any], bool]:
    """A quick yes to "is this reply valid against Rasa's action-response schema?".

    The schema lets each event match exactly one of 23 `oneOf` branches, told apart by the event
    name, so jsonschema tries all 23 for every event. Picking the branch by name gives the same
    verdict: the named branch matching means no other can. Each part is checked in plain Python
    where it can be (`schema_check`). It only ever says yes when the full
    schema would; on no, the caller asks the full validator, which also finds the error.
    """
    def checker(part: dict[str, Any]) -> Callable[[Any], bool]:
        return compile_check(part) or validator_class(part).is_valid

    item = schema["properties"]["events"]["items"]
    branches = {branch["properties"]["event"]["const"]: checker(branch) for branch in item["oneOf"]}
    if len(branches) != len(item["oneOf"]):
        return lambda reply: False   # names no longer tell branches apart: always ask the full validator
    event_fields = checker({key: value for key, value in item.items() if key != "oneOf"})
    without_events = checker({**schema, "properties": {
        key: value for key, value in schema["properties"].items() if key != "events"}})

    def is_valid(reply: Any) -> bool:
        if not isinstance(reply, dict) or not without_events(reply):
            return False
        events = reply.get("events", [])
        if not isinstance(events, list):
            return False
        for event in events:
            name = event.get("event") if isinstance(event, dict) else None
            branch = branches.get(name) if isinstance(name, str) else None
            if branch is None or not event_fields(event) or not branch(event):
                return False
        return True

    return is_valid


def validate_action_results_once() -> None:
    """Check action-server replies with validators built once (RasaHQ/rasa#11717).

    Rasa calls `jsonschema.validate`, which re-checks its constant schema against the meta-schema on
    every custom action: ~60% of the server's CPU per turn. Same schema, same errors, built once,
    and a valid reply checked branch by branch (`response_checker`).
    """
    from jsonschema import exceptions, validators
    from rasa.core.actions.action import DOCS_BASE_URL, RemoteAction

    schema = RemoteAction.action_response_format_spec()
    validator_class = validators.validator_for(schema)
    validator_class.check_schema(schema)
    validator = validator_class(schema)
    quickly_valid = response_checker(schema, validator_class)

    def _validate_action_result(self: Any, result: Any) -> bool:
        if quickly_valid(result):
            return True
        error = exceptions.best_match(validator.iter_errors(result))
        if error is not None:
            error.message += (
                ". Failed to validate Action server response from API, make sure your response from the "
                f"Action endpoint is valid. For more information about the format visit {DOCS_BASE_URL}"
                "/custom-actions")
            raise error
        return True

    RemoteAction._validate_action_result = _validate_action_result


class _DeepcopyOnlyForDebugLogs:
    """Stands in for the `copy` module where Rasa uses it only to snapshot values for debug logs:
    it copied every event list, slot dict and parse result on each turn even with debug off."""

    @staticmethod
    def deepcopy(value: Any, memo: Any = None) -> Any:
        if logging.getLogger("rasa").isEnabledFor(logging.DEBUG):
            return copy.deepcopy(value, memo)
        return value


DEBUG_COPY_MODULES = ("rasa.core.processor", "rasa.core.actions.forms", "rasa.core.policies.rule_policy")


def skip_debug_log_copies() -> None:
    """In these modules every `copy.deepcopy` is an argument of a `structlogger.debug` call."""
    import importlib

    for name in DEBUG_COPY_MODULES:
        module: Any = importlib.import_module(name)   # a Rasa module: its `copy` is replaced
        module.copy = _DeepcopyOnlyForDebugLogs


def copy_slots_directly() -> None:
    """Every new tracker copies each of the domain's slots with `copy.copy`, and Rasa builds one per
    prediction and per action (about 3% of the server's CPU). For a Slot, whose state is its
    `__dict__`, `copy.copy` is exactly: a new object of the same class with the same `__dict__`."""
    from rasa.shared.core.slots import Slot

    def __copy__(self: Slot) -> Slot:
        duplicate = self.__class__.__new__(self.__class__)
        duplicate.__dict__.update(self.__dict__)
        return duplicate

    Slot.__copy__ = __copy__


def resolve_event_types_once() -> None:
    """Each event read from JSON (every event of an action server's reply, a stored conversation)
    finds its class with `Event.resolve_by_type`, which lists every Event subclass again (30 classes,
    recursively, each tested with `inspect.isabstract`): about 3% of the server's CPU per turn. That
    list changes only when a subclass is defined, so the classes by type name are kept and made again
    after each new definition (counted by `Event.__init_subclass__`); names it does not know go to
    Rasa's method (its default, its `topic` exception, its error)."""
    from rasa.shared.core.events import Event
    from rasa.shared.utils.common import all_subclasses

    stock = Event.resolve_by_type
    defined = [0]                     # Event subclasses defined since the patch
    kept: dict[int, dict[str, Any]] = {}

    def __init_subclass__(cls: type, /, **kwargs: Any) -> None:
        defined[0] += 1
        super(Event, cls).__init_subclass__(**kwargs)   # object's: Event has none

    def resolve_by_type(type_name: str, default: Any = None) -> Any:
        by_name = kept.get(defined[0])
        if by_name is None:
            by_name = {}
            for cls in all_subclasses(Event):     # Rasa's order: the first class of a name wins
                by_name.setdefault(cls.type_name, cls)
            kept.clear()
            kept[defined[0]] = by_name
        found = by_name.get(type_name)
        return found if found is not None else stock(type_name, default)

    Event.__init_subclass__ = classmethod(__init_subclass__)
    Event.resolve_by_type = staticmethod(resolve_by_type)


def fast_json_dumps(value: Any) -> str:
    """JSON for the action server's request (the whole tracker, each call): ujson, already a Rasa
    dependency, is several times faster; what it refuses (integers beyond 64 bits, odd types) goes
    to `json`."""
    import json

    import ujson
    try:
        return ujson.dumps(value, escape_forward_slashes=False)
    except (OverflowError, TypeError, ValueError):
        return json.dumps(value)


class _KeptOpen:
    """`async with` over a shared session without closing it at the end."""

    def __init__(self, session: Any) -> None:
        self._session = session

    async def __aenter__(self) -> Any:
        return self._session

    async def __aexit__(self, *exc_info: Any) -> None:
        return None


def reuse_action_server_connections(keepalive_s: float = 2.0) -> None:
    """Rasa opens a new HTTP session, so a new TCP connection, for every action-server call, and
    encodes the request with the standard `json`.

    One session per endpoint (and event loop) keeps connections alive between calls. They are
    dropped after `keepalive_s` idle, well before the action server's Sanic closes them (5 s),
    so a request never goes out on a connection the server is closing.
    """
    import asyncio

    import aiohttp
    from rasa.utils import endpoints

    def session(self: endpoints.EndpointConfig) -> _KeptOpen:
        loop = asyncio.get_running_loop()
        kept = self.__dict__.get("_kept_session")
        if kept is None or kept[0] is not loop or kept[1].closed:
            auth = aiohttp.BasicAuth(self.basic_auth["username"], self.basic_auth["password"]) \
                if self.basic_auth else None
            kept = (loop, aiohttp.ClientSession(
                headers=self.headers, auth=auth, json_serialize=fast_json_dumps,
                timeout=aiohttp.ClientTimeout(total=endpoints.DEFAULT_REQUEST_TIMEOUT),
                connector=aiohttp.TCPConnector(keepalive_timeout=keepalive_s)))
            self.__dict__["_kept_session"] = kept
        return _KeptOpen(kept[1])

    endpoints.EndpointConfig.session = session


def run_graphs_in_order() -> None:
    """Run the model's graph with a plain loop instead of dask.

    Each message runs the NLU graph and each prediction the policy graph; dask's synchronous
    scheduler re-plans the same small graph every time (about a tenth of the server's CPU per
    turn). Any topological order gives the same results; this one is computed once per set of
    targets. An input the graph does not provide is passed on as its name, as dask does.
    """
    from rasa.engine.exceptions import GraphRunError
    from rasa.engine.runner.dask import DaskGraphRunner

    def run(self: DaskGraphRunner, inputs: Any = None, targets: Any = None) -> dict[str, Any]:
        run_targets = list(targets) if targets else list(self._graph_schema.target_names)
        plans = self.__dict__.setdefault("_plans", {})
        plan = plans.get(tuple(run_targets))
        if plan is None:
            plan = plans[tuple(run_targets)] = _execution_order(
                self._graph_schema.minimal_graph_schema(run_targets))
        results: dict[str, Any] = {}
        for name, value in (inputs or {}).items():
            if isinstance(value, str) and value in plan.nodes:
                raise GraphRunError(f"Input value '{value}' clashes with a node name. Make sure that none "
                                    "of the input names passed to the `run` method are the same as node "
                                    "names in the graph schema.")
            results[name] = (name, value)
        try:
            for node_name, needs in plan.steps:
                results[node_name] = self._instantiated_nodes[node_name](
                    *(results.get(need, need) for need in needs))
        except RuntimeError as e:
            raise GraphRunError("Error running runner.") from e
        return dict(results[target] for target in run_targets)

    DaskGraphRunner.run = run


class _Plan:
    def __init__(self, nodes: dict[str, Any], steps: list[tuple[str, tuple[str, ...]]]) -> None:
        self.nodes, self.steps = nodes, steps


def _execution_order(schema: Any) -> _Plan:
    """Nodes after everything they need (depth-first), with the names of what they need."""
    ordered: list[tuple[str, tuple[str, ...]]] = []  # (node, the nodes it needs)
    placed: set[str] = set()

    def place(name: str, path: tuple[str, ...]) -> None:
        if name in placed or name not in schema.nodes:
            return
        if name in path:
            raise ValueError(f"the model graph has a cycle through '{name}'")
        for need in schema.nodes[name].needs.values():
            place(need, path + (name,))
        placed.add(name)
        ordered.append((name, tuple(schema.nodes[name].needs.values())))

    for node_name in schema.nodes:
        place(node_name, ())
    return _Plan(dict(schema.nodes), ordered)


def join_sparse_features_directly() -> None:
    """Rasa joins the featurizers' sparse matrices with scipy's general `hstack` (block-matrix
    machinery) several times per message: about 8% of the server's CPU per turn. Two matrices
    with the same rows side by side are their coordinates concatenated, with the right one's
    columns shifted: the same COO matrix (values, dtype, shape) at a fraction of the cost."""
    import numpy as np
    import scipy.sparse
    from rasa.shared.nlu.training_data.features import Features

    stock = Features._combine_sparse_features

    def _combine_sparse_features(self: Features, additional_features: Features) -> None:
        left, right = self.features, additional_features.features
        if left.shape[0] != right.shape[0]:
            return stock(self, additional_features)    # Rasa's own error message
        self.features = side_by_side(left.tocoo(), right.tocoo(), np, scipy.sparse)
        self._cached_fingerprint = None

    Features._combine_sparse_features = _combine_sparse_features


def intent_features_directly() -> None:
    """The intent classifier re-stacks each message's sentence features with an empty dense block
    (`hstack` with a 1x0 matrix, then `vstack`); without dense features that is the sparse row itself."""
    from rasa.nlu.classifiers.logistic_regression_classifier import LogisticRegressionClassifier
    from rasa.shared.nlu.constants import TEXT
    from scipy.sparse import csr_matrix, vstack

    stock = LogisticRegressionClassifier._create_X

    def _create_X(self: LogisticRegressionClassifier, messages: list[Any]) -> Any:
        rows = []
        for message in messages:
            sparse_features = message.get_sparse_features(attribute=TEXT)[1]
            if sparse_features is None or message.get_dense_features(attribute=TEXT)[1] is not None:
                return stock(self, messages)
            rows.append(csr_matrix(sparse_features.features))
        return vstack(rows) if rows else stock(self, messages)

    LogisticRegressionClassifier._create_X = _create_X


def featurize_each_history_once() -> None:
    """RulePolicy featurises the whole history twice after every user message (once reading the text,
    once the intent), replaying the tracker from its first event each time.

    The states depend only on the tracker's events and the arguments, so the second call gets a copy
    of the first one's states. One entry suffices: the two calls come back to back. States are
    dicts of dicts of strings and tuples, and callers only delete keys of the inner dicts, so copying
    two levels gives each caller states of its own.
    """
    import weakref

    from rasa.core.featurizers.tracker_featurizers import TrackerFeaturizer

    stock = TrackerFeaturizer._create_states
    last: dict[str, Any] = {"key": None, "tracker": lambda: None, "states": None}

    def _create_states(tracker: Any, domain: Any, omit_unset_slots: bool = False,
                       ignore_rule_only_turns: bool = False, rule_only_data: Any = None) -> list[State]:
        events = tracker.events
        key = (id(tracker), len(events), id(events[-1]) if events else None, id(domain), omit_unset_slots,
               ignore_rule_only_turns,
               tuple((k, id(v)) for k, v in sorted(rule_only_data.items())) if rule_only_data else None)
        if last["key"] == key and last["tracker"]() is tracker:
            return _two_levels(last["states"])
        states = stock(tracker, domain, omit_unset_slots, ignore_rule_only_turns, rule_only_data)
        last.update(key=key, tracker=weakref.ref(tracker), states=_two_levels(states))
        return states

    TrackerFeaturizer._create_states = staticmethod(_create_states)


def _two_levels(states: list[State]) -> list[State]:
    return [{name: dict(sub_state) for name, sub_state in state.items()} for state in states]


def side_by_side(left: Any, right: Any, np: Any, sparse: Any) -> Any:
    """`scipy.sparse.hstack([left, right])` for two COO matrices with the same number of rows."""
    data = np.concatenate([left.data, right.data])
    rows = np.concatenate([left.row, right.row])
    cols = np.concatenate([left.col, right.col + left.shape[1]])
    return sparse.coo_matrix((data, (rows, cols)), shape=(left.shape[0], left.shape[1] + right.shape[1]))


def freeze_what_start_up_loaded() -> None:
    """Python's cyclic garbage collector re-scans the ~500,000 objects that TensorFlow, Rasa and the
    model leave behind at start-up whenever it collects its oldest generation. They live as long as
    the server: once the model is loaded, `gc.freeze()` moves them out of the collector's sight, so
    collections walk only what conversations create (a few percent more messages/s; bench/PROFILING.md)."""
    import gc

    import rasa.core.run

    load = rasa.core.run.load_agent_on_start

    async def load_agent_on_start(*args: Any, **kwargs: Any) -> Any:
        agent = await load(*args, **kwargs)
        gc.collect()
        gc.freeze()
        logging.getLogger(__name__).info(f"Model loaded; {gc.get_freeze_count():,} start-up objects frozen "
                                         "out of the garbage collector's scans.")
        return agent

    rasa.core.run.load_agent_on_start = load_agent_on_start
