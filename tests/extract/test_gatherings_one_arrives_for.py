"""A gathering one arrives "для участия в" is why one came, not a gathering reported held, wherever the parser hung
it; the airport welcome of the arrival is the meeting told (sentences written for the test)."""

from tests.extract.test_frames import extract, meetings


def test_the_welcome_not_the_summit_one_came_for(extractor):
    a = extract(
        extractor,
        "Президент Туркменистана Сердар Бердымухамедов прибыл в Бишкек для участия в VII консультативной встрече "
        "глав государств Центральной Азии. В аэропорту его встретил премьер-министр Киргизии Адылбек Касымалиев.",
    )
    assert meetings(a) == [("talks", frozenset({"Сердар Бердымухамедов", "Адылбек Касымалиев"}))]
