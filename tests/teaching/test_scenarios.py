"""Scenario generation from the rule module: levels, coverage, persona cards."""

import pytest

import cable
from cable.facts import PERSONA_ORDER
from cable.rules import result
from teaching import personas, scenarios as sc


def test_every_outcome_can_be_generated():
    pool = sc.pool()
    for outcome in cable.OUTCOMES:
        assert any(pool[level][outcome] for level in sc.LEVELS), outcome


def test_levels_rise_with_distractors_and_conflicts():
    plain = cable.Case("korean", "ordinary_national", requests_return=True)
    assert sc.level_of(plain) == 1
    noisy = plain.replace(wants_free_travel=True, hardship=True)        # two facts that change nothing
    assert sc.level_of(noisy) == 2
    conflict = cable.Case("japanese", "technical_personnel", hardship=True, disturbs_order=True)
    assert sc.level_of(conflict) >= 2


def test_pool_levels_match_level_of():
    for level, by_outcome in sc.pool().items():
        for outcome, values in by_outcome.items():
            for v in values[:20]:
                case = cable.Case.from_values(v)
                assert sc.level_of(case) == level and result(case)[0] == outcome


def test_prisoner_conditions_only_for_prisoners():
    for by_outcome in sc.pool().values():
        for values in by_outcome.values():
            for v in values:
                case = cable.Case.from_values(v)
                if case.group != "prisoner_of_war":
                    assert not (case.pow_language_barrier or case.pow_early_revolutionary_work
                                or case.pow_family_difficulties)


def test_generation_picks_the_least_asked_outcome():
    rng = sc.rng_for("t")
    seen = {o: 1 for o in cable.OUTCOMES}
    seen["conflict"] = 0
    assert sc.generate(1, seen, set(), rng).expected()[0] == "conflict"   # from the nearest level that has one


def test_the_same_seed_gives_the_same_scenario():
    a = sc.generate(2, {}, set(), sc.rng_for("conversation-1", 1, 3))
    b = sc.generate(2, {}, set(), sc.rng_for("conversation-1", 1, 3))
    assert a == b
    assert sc.Scenario.from_dict(a.to_dict()) == a


@pytest.mark.parametrize("seed", range(40))
def test_persona_states_every_fact_that_matters(seed):
    rng = sc.rng_for("persona", seed)
    s = sc.generate(1 + seed % 3, {}, set(), rng)
    case = s.case
    text = s.persona.text
    assert s.persona.name in text and s.persona.nationality in ("Korean", "Japanese", "Soviet")
    words = personas._words(s.persona.pronoun, personas.HOMELAND[case.nationality])
    for field in sc.load_bearing(case) | {f for f in cable.case.BOOL_FIELDS if getattr(case, f)} | {"requests_return"}:
        variants = personas.fact_sentences(field, getattr(case, field), case.group, case.nationality)
        assert any(v.format(**words) in text for v in variants), (field, text)


def test_every_yes_no_fact_has_persona_sentences_in_the_declared_order():
    assert set(personas.FACT_TEXT) == set(PERSONA_ORDER) == set(cable.case.BOOL_FIELDS)


def test_names_are_never_real_people():
    rng = sc.rng_for("names")
    for nationality in ("korean", "japanese", "other"):
        for pronoun in ("he", "she"):
            for _ in range(300):
                assert personas.make_name(nationality, pronoun, rng) not in personas.REAL_PEOPLE


@pytest.mark.parametrize("seed", range(30))
def test_ambiguity_readings_lead_to_different_outcomes(seed):
    s = sc.ambiguity_scenario(sc.rng_for("amb", seed), set())
    a = s.ambiguity
    assert s.facts[a.field] is None and len(a.readings) == 2
    assert a.readings[0].outcome != a.readings[1].outcome
    for r in a.readings:
        got = result(cable.Case.from_dict({**{k: v for k, v in s.facts.items() if v is not None}, a.field: r.value}))
        assert (got[0], tuple(got[1])) == (r.outcome, r.clauses)
    assert a.term in a.question and evidence_known(a.entry)


def evidence_known(entry_id):
    from teaching import evidence

    return evidence.known(entry_id)
