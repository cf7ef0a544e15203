"""A meeting of one state's officials held in another state ("сегодня в Лондоне состоялось заседание рабочей группы"
told by an Azerbaijani deputy to an Azerbaijani outlet) is no domestic sitting; one held at home is, and so is one
with the state's own envoy there (texts written for these tests)."""

from tests.extract.test_frames import meetings


def test_a_sitting_abroad_is_kept(extractor):
    article = extractor.extract(
        "27 января 2026\n\nСегодня в Лондоне состоялось заседание рабочей группы по связям с парламентом. Заседание "
        "открыл депутат Милли Меджлиса Азербайджана Фариз Исмаилзаде.",
        "t",
        "AZ",
    )
    assert [people for _kind, people in meetings(article)] == [frozenset({"Фариз Исмаилзаде"})]


def test_a_sitting_at_home_is_not(extractor):  # a guard: read right before the change too
    article = extractor.extract(
        "27 января 2026\n\nСегодня в Баку состоялось заседание рабочей группы по связям с парламентом. Заседание "
        "открыл депутат Милли Меджлиса Азербайджана Фариз Исмаилзаде.",
        "t",
        "AZ",
    )
    assert meetings(article) == []
