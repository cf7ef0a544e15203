"""A state of affairs somewhere ("обстановку в Казахстане") is what a meeting discussed, not where it was
held; a headline that says so is then the call its body reports (sentences written for the test)."""

from tests.extract.test_frames import extract


def test_the_place_of_a_matter_discussed_is_no_meeting_place(extractor):
    for matter in ("обстановку в Казахстане", "ситуацию на Украине и в Молдавии", "положение в Сирии"):
        a = extract(
            extractor,
            f"Министр иностранных дел Армении Арарат Мирзоян обсудил с министром иностранных дел Ирана "
            f"Аббасом Аракчи {matter}.",
        )
        assert [(m.country, m.city) for m in a.meetings] == [(None, None)], matter


def test_a_meeting_place_after_the_matter_is_still_the_place(extractor):
    a = extract(
        extractor,
        "Министр иностранных дел Армении Арарат Мирзоян обсудил обстановку в регионе с министром иностранных "
        "дел Ирана Аббасом Аракчи в Тегеране.",
    )
    assert [(m.country, m.city) for m in a.meetings] == [("IR", "Тегеран")]


def test_a_headline_on_a_matter_abroad_is_the_call_the_body_reports(extractor):
    a = extract(
        extractor,
        "Алиев обсудил с Эрдоганом обстановку в Сирии\n\n"
        "Президент Азербайджана Ильхам Алиев и президент Турции Реджеп Тайип Эрдоган во вторник побеседовали "
        "по телефону. Лидер Турции подробно проинформировал коллегу об обстановке.\n\n"
        "Ильхам Алиев заявил в разговоре с Реджепом Тайипом Эрдоганом, что обстановка в Сирии остается сложной.",
    )
    assert [(m.kind, sorted(m.participants)) for m in a.meetings] == [
        ("phone_call", ["ильхам алиев", "реджеп тайип эрдоган"])
    ]
