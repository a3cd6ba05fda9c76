"""bench.eval.chat: how a case description is scored through the chat (on a scripted bot)."""

from bench.eval import chat
from bench.eval.sets import Description


class ScriptedBot:
    """The form as the harness sees it: slots after the first message, then one slot per answer."""

    def __init__(self, after_first: dict, then_asks: list[str]):
        self.slots_now, self.asks, self.sent = dict(after_first), list(then_asks), []

    def send(self, sender, text):
        self.sent.append(text)
        if len(self.sent) > 1:
            self.slots_now[self.slots_now.pop("requested_slot")] = "answered"
        self.slots_now["requested_slot"] = self.asks.pop(0) if self.asks else None
        if self.slots_now["requested_slot"] is None:
            self.slots_now["outcome"] = "approve_return"

    def tracker(self, sender):
        return {"slots": self.slots_now, "active_loop": {"name": "case_form"}}

    def slots(self, sender):
        return self.slots_now


def test_a_case_counts_stated_facts_taken_asked_again_and_read_beyond_the_stated():
    stated = {"nationality": "korean", "group": "ordinary_national", "requests_return": True}
    bot = ScriptedBot({"nationality": "korean", "group": "ordinary_national", "hardship": True},
                      ["requests_return", "pending_case", "case_confirmed"])
    run = chat.run_case(bot, Description("a korean cook, wants to go home", stated))
    assert run.started and run.assessed
    assert run.taken == ["nationality", "group"]
    assert run.asked_again == ["requests_return"]
    assert run.beyond == ["hardship"]
    assert not run.understood
    assert bot.sent[1:] == ["yes", "no", "yes"]     # the stated value, a neutral no, then confirm
