"""A surname told in the instrumental ("Андреем Садовым") and alone in the nominative ("Садовый") is an adjective's:
the name takes the nominative the text writes. Sentences written for these tests."""

from kg.extract.morph import surname_forms


def test_an_instrumental_in_ym_may_be_an_adjectives():
    assert {"Садов", "Садовый"} <= surname_forms("Садовым")
    assert "Горький" in surname_forms("Горьким")


def test_the_name_takes_the_nominative_written_alone(extractor):
    a = extractor.extract(
        "Посол Литвы встретился с мэром Харькова Игорем Тереховым и вице-мэром Петром Луговым. Луговой "
        "подчеркнул, что город открыт к сотрудничеству.",
        "t",
    )
    assert "Петр Луговой" in [p.name for p in a.persons.values()]
