"""Per-turn costs that grew with the length of the conversation (issue 17, bench/PROFILING.md §10).

A lesson runs to hundreds of turns in one conversation, and Rasa re-read the whole history
several times per turn: every custom action posted every event to the action server, every
action ran on a copy of the tracker rebuilt by replaying every event, and each form validation
replayed them all once more. Each fix here does work proportional to the turn, not to the
conversation, and gives exactly Rasa's result (tests/serving/test_long_conversations.py).

A tracker's state (slots, latest message and action, active loop, follow-up action, pause) is
by Rasa's own rule "re-creatable by processing all the events" (trackers.py), and Rasa only
ever changes it by applying events as they are appended; so a copy can be made from that state
instead of by replaying the events.
"""

import dataclasses
import itertools
from collections import deque
from collections.abc import Reversible
from typing import Any

from serving.history import State

# How far back a copy looks for the events that set the latest message and bot utterance;
# further back (a conversation without either for that long) it replays, as Rasa does.
LATEST_EVENT_SEARCH = 500


def recent_events(events: Reversible[Any]) -> list[Any]:
    """The events from the second-latest user message on (all of them if there are fewer than two).

    What the actions read of the history (tests/serving/test_long_conversations.py runs every
    action on both): whether another action already answered the latest message (back to the
    latest user message), the bot's reply before it for a rating (back to the one before), the
    slot candidates at the end, and the latest input channel.
    """
    from rasa.shared.core.events import UserUttered

    tail: list[Any] = []
    users = 0
    for event in reversed(events):      # a deque: reversed() starts at the end
        tail.append(event)
        if isinstance(event, UserUttered):
            users += 1
            if users == 2:
                break
    tail.reverse()
    return tail


def send_actions_recent_events() -> None:
    """Rasa posts the whole tracker, every event of the conversation as JSON, with each custom
    action call (RasaHQ/rasa#6334): 4,000 events by turn 500, and serialising, sending and
    parsing them took most of both servers' time. The actions read only the recent events
    (`recent_events`); slots, latest message, active loop and the rest are sent as before."""
    import rasa
    from rasa.core.actions.action import RemoteAction
    from rasa.shared.core.trackers import EventVerbosity

    def _action_call_format(self: RemoteAction, tracker: Any, domain: Any) -> dict[str, Any]:
        tracker_state = tracker.current_state(EventVerbosity.NONE)
        tracker_state["events"] = [event.as_dict() for event in recent_events(tracker.events)]
        result = {"next_action": self._name, "sender_id": tracker.sender_id, "tracker": tracker_state,
                  "version": rasa.__version__}
        if not self._is_selective_domain_enabled() or domain.does_custom_action_explicitly_need_domain(self.name()):
            result["domain"] = domain.as_dict()
        return result

    RemoteAction._action_call_format = _action_call_format


def _latest(events: Any, event_types: tuple[type, ...]) -> Any:
    """The latest event of one of `event_types`, None if there is none, `...` if there is none
    within LATEST_EVENT_SEARCH events."""
    for seen, event in enumerate(reversed(events)):
        if seen >= LATEST_EVENT_SEARCH:
            return ...
        if isinstance(event, event_types):
            return event
    return None


def copy_from_state(tracker: Any) -> Any | None:
    """What `tracker.copy()` gives, made from the tracker's state; None where that is not certain
    (a subclass, a bounded event history, a revert since the latest message: replay instead).

    The copy shares the events and slot values, as a replay does (but for a list slot set to a
    single value, which Rasa wraps in a new list on every replay: the copy's list is equal, and
    nothing changes a slot's value in place); its latest message and bot utterance are the latest
    such events, or new empty ones after a restart or session start."""
    import copy

    from rasa.shared.constants import DEFAULT_SENDER_ID
    from rasa.shared.core.events import (
        ActionReverted,
        BotUttered,
        Restarted,
        SessionStarted,
        UserUtteranceReverted,
        UserUttered,
    )
    from rasa.shared.core.trackers import DialogueStateTracker

    if type(tracker) is not DialogueStateTracker or tracker._max_event_history is not None \
            or type(tracker.slots) is not dict:
        return None
    resets = (Restarted, SessionStarted)
    reverts = (ActionReverted, UserUtteranceReverted)
    latest_user = _latest(tracker.events, (UserUttered,) + resets + reverts)
    latest_bot = _latest(tracker.events, (BotUttered,) + resets + reverts)
    if latest_user is ... or latest_bot is ... or isinstance(latest_user, reverts) or isinstance(latest_bot, reverts):
        return None
    if isinstance(latest_user, UserUttered):
        if tracker.latest_message is not latest_user:
            return None
        latest_message = latest_user
    else:       # the empty message of the tracker's start or latest reset, as a replay makes it
        latest_message = UserUttered.empty()
        latest_message.use_text_for_featurization = tracker.latest_message.use_text_for_featurization
    if isinstance(latest_bot, BotUttered):
        if tracker.latest_bot_utterance is not latest_bot:
            return None
        latest_bot_utterance = latest_bot
    else:
        latest_bot_utterance = BotUttered.empty()

    # Ignored below: after the type() check above, mypy takes Rasa's untyped class for type[Any].
    duplicate = DialogueStateTracker.__new__(DialogueStateTracker)  # type: ignore[call-overload]
    duplicate._max_event_history = None
    duplicate.events = tracker._create_events(tracker.events)     # a new deque of the same events
    duplicate.sender_id = tracker.sender_id or DEFAULT_SENDER_ID
    duplicate.slots = {name: copy.copy(slot) for name, slot in tracker.slots.items()}
    duplicate.sender_source = None
    duplicate.is_rule_tracker = tracker.is_rule_tracker
    duplicate._paused = tracker._paused
    duplicate.followup_action = tracker.followup_action
    duplicate.latest_action = dict(tracker.latest_action) if tracker.latest_action is not None else None
    duplicate.latest_message = latest_message
    duplicate.latest_bot_utterance = latest_bot_utterance
    duplicate.active_loop = dataclasses.replace(tracker.active_loop) if tracker.active_loop is not None else None
    duplicate.model_id = None
    duplicate.assistant_id = None
    _inherit_memories(tracker, duplicate)
    return duplicate


def copy_trackers_from_their_state() -> None:
    """Rasa copies the tracker for every action it runs (and the form once more when it starts)
    by replaying every event of the conversation into a new one. The copy made from the
    tracker's state (`copy_from_state`) is the same tracker."""
    from rasa.shared.core.trackers import DialogueStateTracker

    stock = DialogueStateTracker.copy

    def copy(self: DialogueStateTracker) -> DialogueStateTracker:
        index_after_latest_restart(self)    # remembered, and inherited: forms ask the copies
        duplicate = copy_from_state(self)
        return duplicate if duplicate is not None else stock(self)

    DialogueStateTracker.copy = copy


MEMO = "_serving_scanned"     # tracker attribute: (events deque, events scanned, index after the latest restart)


def index_after_latest_restart(tracker: Any) -> int:
    """`tracker.idx_after_latest_restart()`, scanning only the events appended since the last call
    (Rasa only ever appends to a tracker's events; another deque or a shorter one is rescanned)."""
    from rasa.shared.core.events import Restarted

    events = tracker.events
    memo = tracker.__dict__.get(MEMO)
    if memo is None or memo[0] is not events or memo[1] > len(events) or events.maxlen is not None:
        memo = (events, 0, 0)
    _, scanned, after_restart = memo
    for index in range(len(events) - 1, scanned - 1, -1):
        if isinstance(events[index], Restarted):
            after_restart = index + 1
            break
    tracker.__dict__[MEMO] = (events, len(events), after_restart)
    return after_restart


def _inherit_memories(source: Any, duplicate: Any) -> None:
    """A copy has the same events in a new deque: what the source remembers of them holds for it."""
    from serving.history import APPLIED_MEMO

    for name in (MEMO, APPLIED_MEMO):
        memo = source.__dict__.get(name)
        if memo is not None and memo[0] is source.events:
            duplicate.__dict__[name] = (duplicate.events, *memo[1:])


def _same_slots(tracker_slots: dict[str, Any], domain_slots: list[Any]) -> bool:
    """Whether the tracker's slots are the domain's (names, kinds and settings; values aside)."""
    if list(tracker_slots) != [slot.name for slot in domain_slots]:
        return False
    state = ("_value", "_has_been_set")
    for slot in domain_slots:
        mine = tracker_slots[slot.name]
        if type(mine) is not type(slot) or {k: v for k, v in vars(mine).items() if k not in state} != \
                {k: v for k, v in vars(slot).items() if k not in state}:
            return False
    return True


def form_trackers_from_copies() -> None:
    """Before each form validation Rasa builds a tracker from every event since the latest
    restart plus the slot candidates (`FormAction._temporary_tracker`), replaying them all.
    Without a restart in the history, and with the domain's slots, that is a copy of the current
    tracker (`copy_from_state`) with the same events appended."""
    from rasa.core.actions.forms import FormAction
    from rasa.shared.core.constants import REQUESTED_SLOT
    from rasa.shared.core.events import ActionExecuted, SlotSet

    stock = FormAction._temporary_tracker

    def _temporary_tracker(self: FormAction, current_tracker: Any, additional_events: list[Any],
                           domain: Any) -> Any:
        duplicate = None
        if index_after_latest_restart(current_tracker) == 0 and _same_slots(current_tracker.slots, domain.slots):
            duplicate = copy_from_state(current_tracker)
        if duplicate is None:
            return stock(self, current_tracker, additional_events, domain)
        duplicate.sender_id = current_tracker.sender_id
        duplicate.is_rule_tracker = False
        for event in [SlotSet(REQUESTED_SLOT, self.get_slot_to_fill(current_tracker)),
                      ActionExecuted(self.name()), *additional_events]:
            duplicate.update(event, domain)
        return duplicate

    FormAction._temporary_tracker = _temporary_tracker


def format_states_only_for_debug_logs() -> None:
    """RulePolicy formats the whole history's states as text on every prediction, only to pass it
    to a debug log call (a string as long as the conversation, built twice per prediction). With
    debug logging off that text is never shown: it is built only when it would be."""
    import logging

    from rasa.core.policies.policy import Policy
    from rasa.core.policies.rule_policy import RulePolicy

    stock = Policy.format_tracker_states

    def format_tracker_states(states: list[State]) -> str:
        if logging.getLogger(RulePolicy.__module__).isEnabledFor(logging.DEBUG):   # structlog's filter
            return stock(states)
        return "(states not formatted: debug logging is off)"

    RulePolicy.format_tracker_states = staticmethod(format_tracker_states)


STATES_MEMO = "_serving_states"     # tracker attribute: (domain, [(applied index, prior tracker, state)])
KEPT_CHECKPOINTS = 48               # prior trackers kept: a form's undo reaches back a turn or two


def window_states(domain: Any, tracker: Any, window: int) -> list[State] | None:
    """`domain.states_for_tracker_history(tracker)[-window:]` (every slot, every turn: what
    RulePolicy reads), continued from the prior trackers this tracker remembers. None where that
    cannot be done exactly (the caller then asks Rasa).

    Rasa replays the applied events from the first and takes a state before each action. The
    applied events of a tracker change only at the end (serving.history tells how far they are
    unchanged), so the prior trackers before that point are still right: the replay continues
    from the latest of them, and the states before the window are never computed."""
    from rasa.shared.core.events import ActionExecuted

    from serving.history import APPLIED_MEMO

    applied = tracker.applied_events()
    own = tracker.__dict__.get(APPLIED_MEMO)
    if own is None or own[0] is not tracker.events or len(own[4]) != len(applied):
        return None
    unchanged = own[5]
    memo = tracker.__dict__.get(STATES_MEMO)
    checkpoints = [c for c in memo[1] if c[0] < unchanged] if memo is not None and memo[0] is domain else []
    if checkpoints:
        start, prior, _ = checkpoints.pop()     # taken again below, as the replay passes it
        replay = copy_from_state(prior)
        if replay is None:
            return None
    else:
        start, replay = 0, tracker.init_copy()
    actions = [i for i in range(start, len(applied)) if isinstance(applied[i], ActionExecuted)]
    wanted = set(actions[-KEPT_CHECKPOINTS:])
    for index in range(start, len(applied)):
        event = applied[index]
        if index in wanted:
            _keep_the_tail(replay)
            prior = copy_from_state(replay)
            if prior is None:
                return None
            checkpoints.append((index, prior, domain._clean_state(domain.get_active_state(replay))))
        replay.update(event)
    checkpoints = checkpoints[-KEPT_CHECKPOINTS:]
    tracker.__dict__[STATES_MEMO] = (domain, checkpoints)
    tracker.__dict__[APPLIED_MEMO] = own[:5] + (len(applied),)
    final = domain._clean_state(domain.get_active_state(replay))
    states = [state for _, _, state in checkpoints] + [final]
    return [{kind: dict(sub_state) for kind, sub_state in state.items()} for state in states[-window:]]


def _keep_the_tail(replay: Any) -> None:
    """Drops a replayed tracker's older events: each prior tracker copies the events it holds, so
    copying all of them grew with the history. States never read the events, and copy_from_state
    looks back at most LATEST_EVENT_SEARCH of them (one more tells "not found within" from "none at
    all"); dropping only past twice that keeps the cost amortised."""
    tail = LATEST_EVENT_SEARCH + 1
    if len(replay.events) > 2 * tail:
        replay.events = deque(itertools.islice(replay.events, len(replay.events) - tail, None))


def longest_rule(policy: Any) -> int:
    """The number of states in RulePolicy's longest rule (loop unhappy paths included)."""
    import json

    from rasa.core.policies.rule_policy import RULES, RULES_FOR_LOOP_UNHAPPY_PATH

    lookups = [policy.lookup.get(RULES, {}), policy.lookup.get(RULES_FOR_LOOP_UNHAPPY_PATH, {})]
    key = tuple((id(lookup), len(lookup)) for lookup in lookups)
    cached = policy.__dict__.get("_serving_longest_rule")
    if cached is None or cached[0] != key:
        cached = (key, max((len(json.loads(rule)) for lookup in lookups for rule in lookup), default=1))
        policy.__dict__["_serving_longest_rule"] = cached
    return max(cached[1], 1)


def featurize_only_what_rules_read() -> None:
    """RulePolicy featurised the whole history (a state for every action since the session began)
    twice per prediction, yet a rule only ever compares its own length of latest states: a rule
    matches any state further back than its length (`RulePolicy._is_rule_applicable`). Its
    prediction states are now the last states up to its longest rule, continued from the
    previous prediction's (`window_states`): the same latest states as Rasa's, so the same rules
    match. With debug logging on (which prints all the states), Rasa's own method runs."""
    import logging

    from rasa.core.featurizers.tracker_featurizers import MaxHistoryTrackerFeaturizer
    from rasa.core.policies.policy import SupportedData
    from rasa.core.policies.rule_policy import RulePolicy
    from rasa.shared.core.trackers import DialogueStateTracker

    stock = RulePolicy._prediction_states

    def _prediction_states(self: RulePolicy, tracker: Any, domain: Any, use_text_for_last_user_input: bool = False,
                           rule_only_data: dict[str, Any] | None = None) -> list[State]:
        featurizer = self.featurizer
        states = None
        if type(featurizer) is MaxHistoryTrackerFeaturizer and featurizer.max_history is None \
                and type(tracker) is DialogueStateTracker and tracker._max_event_history is None \
                and self.supported_data() != SupportedData.ML_DATA \
                and not logging.getLogger(RulePolicy.__module__).isEnabledFor(logging.DEBUG):
            states = window_states(domain, tracker, longest_rule(self))
        if states is None:
            return stock(self, tracker, domain, use_text_for_last_user_input, rule_only_data)
        featurizer._choose_last_user_input([states], use_text_for_last_user_input)
        return states

    RulePolicy._prediction_states = _prediction_states


def count_actions_from_the_end() -> None:
    """Before every prediction Rasa counts the actions since the latest user turn by copying every
    event of the conversation into a reversed list; walking the deque from its end gives the same
    count and stops at the latest listen."""
    from rasa.core.processor import MessageProcessor
    from rasa.shared.core.constants import ACTION_LISTEN_NAME, ACTION_SESSION_START_NAME
    from rasa.shared.core.events import ActionExecuted

    def is_action_limit_reached(self: MessageProcessor, tracker: Any, should_predict_another_action: bool) -> bool:
        predicted = 0
        for event in reversed(tracker.events):
            if isinstance(event, ActionExecuted):
                if event.action_name in (ACTION_LISTEN_NAME, ACTION_SESSION_START_NAME):
                    break
                predicted += 1
        return predicted >= self.max_number_of_predictions and should_predict_another_action

    MessageProcessor.is_action_limit_reached = is_action_limit_reached
