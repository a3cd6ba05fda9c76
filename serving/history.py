"""Per-prediction costs that grow with the conversation (bench/PROFILING.md, section 9).

Rasa re-reads a tracker's whole history several times per turn: `applied_events` (reverted and
superseded events left out) for every prediction, session check and tracker copy, and RulePolicy
re-parses each rule's JSON key for every rule it tests against every past state. The assessment
turn, at the end of the longest form, paid most. Each fix gives exactly the stock result.
"""

import itertools
import json
import operator
from collections import OrderedDict
from typing import Any, Dict, FrozenSet, List, Optional, Set, Tuple

# Conversations whose applied events are remembered; the cached tracker store keeps 200.
APPLIED_EVENTS_MEMORY = 256
# A tracker's own memory of its applied events: (events deque, events seen, the last of them,
# loop names, applied events, how many of the first applied events are unchanged since the
# policies' featurisation last read them: serving.long_conversations). Copies inherit it.
APPLIED_MEMO = "_serving_applied"


def fold_applied_events(tracker: Any, events: Any, loop_names: FrozenSet[str], applied: List[Any]) -> None:
    """The body of Rasa's `DialogueStateTracker.applied_events`, continued from `applied`."""
    from rasa.shared.core.events import (ActionExecuted, ActionReverted, Restarted, SessionStarted,
                                         UserUttered, UserUtteranceReverted)

    for event in events:
        if isinstance(event, (Restarted, SessionStarted)):
            applied.clear()
        elif isinstance(event, ActionReverted):
            tracker._undo_till_previous(ActionExecuted, applied)
        elif isinstance(event, UserUtteranceReverted):
            tracker._undo_till_previous(UserUttered, applied)
            tracker._undo_till_previous(ActionExecuted, applied)
        elif (isinstance(event, ActionExecuted) and event.action_name in loop_names
              and not tracker._first_loop_execution_or_unhappy_path(event.action_name, applied)):
            tracker._undo_till_previous_loop_execution(event.action_name, applied)
        else:
            applied.append(event)


def apply_events_incrementally(memory: int = APPLIED_EVENTS_MEMORY) -> None:
    """`applied_events` folds over the events left to right, its only other input being the names
    of the loops that appear anywhere in them. So for events that extend ones seen before (the
    same objects, in order) and name no new loop, continuing from the earlier result gives the
    stock result. Each tracker remembers its own result (its events deque only ever grows at the
    end, so the new events are those past the ones seen: nothing to compare), and copies made from
    its state inherit it; other trackers of a turn share their first event, which keys a memory
    of its own. Anything else (a shorter history, a new loop) is computed in full, as Rasa does."""
    from rasa.shared.core.events import ActiveLoop
    from rasa.shared.core.trackers import DialogueStateTracker

    remembered: "OrderedDict[int, Tuple[tuple, FrozenSet[str], List[Any]]]" = OrderedDict()

    def continue_own(self: DialogueStateTracker) -> Optional[List[Any]]:
        # The tracker's own memory: its events deque only ever grows at the end (Rasa appends,
        # never removes), so the events after those seen are the new ones: no prefix to compare.
        events = self.events
        own = self.__dict__.get(APPLIED_MEMO)
        if own is None or own[0] is not events or events.maxlen is not None or own[1] > len(events) \
                or (own[1] and events[own[1] - 1] is not own[2]):
            return None
        _, seen, _, loop_names, before, unchanged = own
        new = list(itertools.islice(reversed(events), len(events) - seen))[::-1]
        if any(isinstance(e, ActiveLoop) and e.name and e.name not in loop_names for e in new):
            return None
        applied = list(before)
        fold_applied_events(self, new, loop_names, applied)
        # The fold only removes and appends distinct events, keeping their order: past the first
        # removal no position holds the same event as before, so the common prefix ends where
        # the last position (from the end) that differs is.
        common = min(len(before), len(applied))
        while common and before[common - 1] is not applied[common - 1]:
            common -= 1
        self.__dict__[APPLIED_MEMO] = (events, len(events), events[-1], loop_names, applied, min(unchanged, common))
        return list(applied)

    def applied_events(self: DialogueStateTracker) -> List[Any]:
        if not self.events:
            return []
        own = continue_own(self)
        if own is not None:
            return own
        events = tuple(self.events)
        key = id(events[0])     # alive while remembered: the entry holds the events
        entry = remembered.get(key)
        if entry is not None:
            seen, loop_names, applied = entry
            if len(seen) <= len(events) and all(map(operator.is_, seen, events)):
                new = events[len(seen):]
                if all(not isinstance(e, ActiveLoop) or not e.name or e.name in loop_names for e in new):
                    applied = list(applied)
                    fold_applied_events(self, new, loop_names, applied)
                    remembered[key] = (events, loop_names, applied)
                    remembered.move_to_end(key)
                    remember_own(self, loop_names, applied)
                    return list(applied)
        loop_names = frozenset(e.name for e in events if isinstance(e, ActiveLoop) and e.name)
        applied = []
        fold_applied_events(self, events, loop_names, applied)
        remembered[key] = (events, loop_names, applied)
        remembered.move_to_end(key)
        while len(remembered) > memory:
            remembered.popitem(last=False)
        remember_own(self, loop_names, applied)
        return list(applied)

    def remember_own(self: DialogueStateTracker, loop_names: FrozenSet[str], applied: List[Any]) -> None:
        if self.events.maxlen is None:
            self.__dict__[APPLIED_MEMO] = (self.events, len(self.events), self.events[-1], loop_names, applied, 0)

    DialogueStateTracker.applied_events = applied_events


def match_rules_from_parsed_keys() -> None:
    """RulePolicy keeps each rule as a JSON string and, for every rule tested against every past
    state, took a cached parse, reversed it into a new list and turned JSON lists back into tuples
    (about 500 rule tests per prediction). Reversed and converted once per rule, then the same
    tests, on fewer rules: one whose latest step follows another action than the conversation's
    latest cannot match (the stock test would say no)."""
    from rasa.core.policies.rule_policy import PREVIOUS_ACTION, SHOULD_NOT_BE_SET, RulePolicy
    from rasa.shared.nlu.constants import ACTION_NAME

    parsed: Dict[str, List[Dict[str, Dict[str, Any]]]] = {}

    def reversed_rule_states(rule_key: str) -> List[Dict[str, Dict[str, Any]]]:
        states = parsed.get(rule_key)
        if states is None:
            states = parsed[rule_key] = [
                {kind: {name: tuple(value) if isinstance(value, list) else value
                        for name, value in sub_state.items()} for kind, sub_state in state.items()}
                for state in reversed(json.loads(rule_key))]
        return states

    def does_rule_match_state(rule_state: Dict, conversation_state: Dict) -> bool:
        # RulePolicy._does_rule_match_state, with the list-to-tuple conversion already done.
        for state_type, rule_sub_state in rule_state.items():
            conversation_sub_state = conversation_state.get(state_type, {})
            for key, value_from_rules in rule_sub_state.items():
                value_from_conversation = conversation_sub_state.get(key)
                if (value_from_rules and value_from_rules != SHOULD_NOT_BE_SET
                        and value_from_conversation != value_from_rules) or (
                        value_from_rules == SHOULD_NOT_BE_SET and value_from_conversation
                        and value_from_conversation != SHOULD_NOT_BE_SET):
                    return False
        return True

    def _is_rule_applicable(self: RulePolicy, rule_key: str, turn_index: int, conversation_state: Dict) -> bool:
        reversed_states = reversed_rule_states(rule_key)
        if turn_index >= len(reversed_states):
            return True
        current_previous_action = conversation_state.get(PREVIOUS_ACTION)
        rule_previous_action = reversed_states[turn_index].get(PREVIOUS_ACTION)
        if not rule_previous_action and not current_previous_action:
            return True
        if not rule_previous_action or not current_previous_action:
            return False
        return does_rule_match_state(reversed_states[turn_index], conversation_state)

    # Rules whose latest state names a previous action can only apply after that action: the first
    # (latest-state) filter tests just those and the rules that name none, then the stock filters run.
    indexes: Dict[int, Tuple[Dict, int, Set[str], Dict[str, Set[str]]]] = {}

    def rules_by_previous_action(lookup: Dict[str, str]) -> Tuple[Set[str], Dict[str, Set[str]]]:
        index = indexes.get(id(lookup))
        if index is None or index[0] is not lookup or index[1] != len(lookup):
            unnamed: Set[str] = set()
            named: Dict[str, Set[str]] = {}
            for rule_key in lookup:
                states = reversed_rule_states(rule_key)
                previous = (states[0].get(PREVIOUS_ACTION) if states else None) or {}
                name = previous.get(ACTION_NAME)
                if name and name != SHOULD_NOT_BE_SET:
                    named.setdefault(name, set()).add(rule_key)
                else:
                    unnamed.add(rule_key)
            index = indexes[id(lookup)] = (lookup, len(lookup), unnamed, named)
        return index[2], index[3]

    def _get_possible_keys(self: RulePolicy, lookup: Dict[str, str], states: List[Dict]) -> Set[str]:
        possible_keys = set(lookup.keys())
        if states:
            unnamed, named = rules_by_previous_action(lookup)
            latest_previous = (states[-1].get(PREVIOUS_ACTION) or {}).get(ACTION_NAME)
            possible_keys = unnamed | named.get(latest_previous, set())
        # A rule applies to every state further back than its own length: once past the longest
        # rule still possible (or none is left), the rest of a long history changes nothing.
        longest = max((len(reversed_rule_states(key)) for key in possible_keys), default=0)
        for i, state in enumerate(reversed(states)):
            if i >= longest:
                break
            possible_keys = {key for key in possible_keys if _is_rule_applicable(self, key, i, state)}
        return possible_keys

    RulePolicy._is_rule_applicable = _is_rule_applicable
    RulePolicy._get_possible_keys = _get_possible_keys

