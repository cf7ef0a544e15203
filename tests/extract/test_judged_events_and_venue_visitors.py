"""An event noun an adjective judges ("форум был плодотворным") refers to the event told before; the people a
relative clause of the venue names ("выставка, которую посетили X и Y") are its visitors, not the meeting's.
Sentences written for these tests."""

from tests.extract.readings import meetings


def test_a_judged_forum_is_the_meeting_told_before(extractor):
    a = extractor.extract(
        "Венгрия хочет видеть регион стабильным, заявил министр иностранных дел Венгрии Петер Сийярто в ходе визита "
        "в Узбекистан, где он принял участие во встрече министров «Центральная Азия – Венгрия». По словам Сийярто, "
        "форум был плодотворным.",
        "t",
    )
    assert len(a.meetings) == 1


def test_visitors_of_the_venue_are_not_at_the_meeting(extractor):
    a = extractor.extract(
        "Глава Татарстана Рустам Минниханов и наследный принц Катара Тамим Аль Тани провели встречу в рамках "
        "выставки Иннопром, которую посетили министр промышленности России Антон Алиханов и вице-премьер Денис "
        "Мантуров.",
        "t",
    )
    assert meetings(a) == [("talks", ["рустам минниханов", "тамим аль тани"])]
