"""Last resort: the gathering abroad an official arrived to take part in, when the text tells nothing else held and
goes on past the arrival (sentences written for the test)."""

from tests.extract.test_frames import extract, meetings

ARRIVAL = (
    "Губернатор Новосибирской области Андрей Травников прилетел в Алматы для участия в российско-казахстанском "
    "форуме межрегионального сотрудничества."
)


def test_the_gathering_an_official_arrived_for_is_his_meeting(extractor):
    a = extract(extractor, ARRIVAL + " Делегация представила инвестиционный потенциал региона.")
    assert meetings(a) == [("forum", frozenset({"Андрей Травников"}))]
    assert (a.meetings[0].country, a.meetings[0].city) == ("KZ", "Алматы")


def test_an_arrival_alone_is_no_meeting(extractor):
    assert meetings(extract(extractor, ARRIVAL)) == []


def test_a_domestic_gathering_is_no_meeting(extractor):
    a = extract(
        extractor,
        "Губернатор Новосибирской области Андрей Травников прилетел в Москву для участия в заседании "
        "Госсовета. Делегация представила инвестиционный потенциал региона.",
    )
    assert meetings(a) == []
