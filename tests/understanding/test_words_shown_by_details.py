"""The everyday words of development set 38 (facts shown by a story's details, across many trades), taught
as categories: each with a sentence written for these tests and, where it has one, its negated form.
Sentences are not taken from the set."""

from __future__ import annotations

import pytest

from understanding.case_facts import read_mentions


@pytest.mark.parametrize("text, facts", [
    # a place in the queue, on the list, on the boat home
    ("she stood in line at the city bureau every morning", {"requests_return": True}),
    ("she has never stood in line at the city bureau", {"requests_return": False}),
    ("he registered for the return voyage to Pusan", {"requests_return": True}),
    ("he hasn't registered for the return voyage", {"requests_return": False}),
    ("her name is on the repatriation list", {"requests_return": True}),
    ("she never put her name on the repatriation list", {"requests_return": False}),
    ("he put his name down for the next boat to Korea", {"requests_return": True}),
    ("he writes to the bureau asking for a berth on a steamer back to Japan", {"requests_return": True}),
    # exit papers asked after, a written request to go home
    ("he keeps inquiring about an exit visa", {"requests_return": True}),
    ("he has never asked about an exit permit", {"requests_return": False}),
    ("she handed in a petition to be sent home", {"requests_return": True}),
    ("she never handed in a petition to go back", {"requests_return": False}),
    ("he petitioned to go back to his wife", {"requests_return": True}),
    # belongings sold or bartered for food
    ("he bartered his good boots for millet", {"hardship": True}),
    ("she sold her bicycle so she could buy flour", {"hardship": True}),
    ("he has not sold his watch to buy rice", {"hardship": False}),
    ("she pawned everything she had", {"hardship": True}),
    ("she sold her winter quilts last month", {"hardship": True}),
    ("she has not pawned her bedding", {"hardship": False}),
    ("he has been selling his blood", {"hardship": True}),
    # meals gone without, charity food, a bed under the stairs
    ("she skips lunch most days", {"hardship": True}),
    ("he never skips a meal", {"hardship": False}),
    ("she skips dinner so that her daughter has enough", {"hardship": True}),
    ("the whole family goes to bed hungry", {"hardship": True}),
    ("he lives on one bowl of porridge a day", {"hardship": True}),
    ("she eats at the temple soup kitchen", {"hardship": True}),
    ("she sleeps beneath the stairway at the station", {"hardship": True}),
    # short of nothing, comfortable, a good harvest
    ("she is short of food", {"hardship": True}),
    ("he is not short of money", {"hardship": False}),
    ("they had a bumper harvest", {"hardship": False}),
    ("she lives quite comfortably", {"hardship": False}),
    ("she is unemployed since the mill shut, but she lives comfortably", {"hardship": False}),
    # a court yet to decide, a claim brought, a next hearing
    ("the court still hasn't decided", {"pending_case": True}),
    ("the claim is still pending before the district court", {"pending_case": True}),
    ("a neighbour brought a complaint against her", {"pending_case": True}),
    ("nobody has filed any claim against her", {"pending_case": False}),
    ("no judge has ever heard a case against her", {"pending_case": False}),
    ("he can't move until his trial is over", {"pending_case": True}),
    ("the court set the next hearing for June", {"pending_case": True}),
    # harm done: a knife, a fire, a boat rammed
    ("he knifed a stranger outside the market", {"disturbs_order": True}),
    ("he never kicked a neighbour", {"disturbs_order": False}),
    ("she set fire to the landlord's barn", {"disturbs_order": True}),
    ("he never rammed another boat", {"disturbs_order": False}),
    # lessons beyond the prisoner
    ("the political lectures are simply beyond him", {"pow_language_barrier": True}),
    ("the lectures are not beyond him", {"pow_language_barrier": False}),
    # trades told by their work
    ("she irons uniforms for the barracks", {"group": "ordinary_national"}),
    ("he cuts hair at the railway station", {"group": "ordinary_national"}),
    ("he makes dumplings at the night market", {"group": "ordinary_national"}),
    ("he fixes engines for the bus company", {"group": "technical_personnel"}),
    ("she is a lathe operator at the tractor plant", {"group": "technical_personnel"}),
    ("he repairs telephones for the railway", {"group": "technical_personnel"}),
    ("he fixes radios near a dance hall on Central Street", {"group": "technical_personnel"}),
    # a doubt with an aside between it and its object
    ("It is unclear whether Mi-ja (who also uses the name Michiko) is Korean or Japanese.", {"nationality": "unsure"}),
])
def test_details(text: str, facts: dict[str, object]) -> None:
    read = read_mentions(text).facts
    for field, value in facts.items():
        assert read.get(field) == value, (text, read)
