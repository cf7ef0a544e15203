"""A page that lost the space after a full stop ("администрации.Делегация", "регионов.«В ближайшее"): the
sentences are still two; a place a speaker names in a quotation does not place the meeting (sentences written
for the test); a gathering named by its city's adjective places what happens on its sidelines."""

from tests.extract.test_frames import extract


def test_a_full_stop_glued_to_the_next_sentence_still_ends_a_sentence(extractor):
    a = extract(
        extractor,
        "Губернатор Курской области Александр Хинштейн посетил Витебскую область.В тот же день состоялась встреча "
        "губернатора с председателем Витебского облисполкома Александром Субботиным.",
    )
    assert [s.text for s in a.sentences][-1].startswith("В тот же день")
    assert a.meetings and a.meetings[0].country == "BY"


def test_a_city_named_in_a_quotation_after_a_glued_stop_is_not_the_meetings_place(extractor):
    a = extract(
        extractor,
        "Губернатор Курской области Александр Хинштейн посетил Витебскую область. В тот же день состоялась "
        "встреча губернатора с председателем Витебского облисполкома Александром Субботиным. Руководители "
        "обсудили вопросы сотрудничества.«В ближайшее время будет сдан дом, который строят в Курске "
        "витебские строители», – сказал Александр Хинштейн.",
    )
    assert a.meetings and (a.meetings[0].country, a.meetings[0].city) != ("RU", "Курск")


def test_an_abbreviation_is_no_sentence_end(extractor):
    a = extract(extractor, "Встреча прошла в г.Минске в здании Совета Министров.")
    assert len(a.sentences) == 1


def test_a_gathering_named_by_its_city_places_the_meeting_on_its_sidelines(extractor):
    a = extract(
        extractor,
        "Президент Татарстана Рустам Минниханов на полях Ташкентского международного инвестиционного форума "
        "провел встречу с послом Египта в Узбекистане Ахмедом Саидом.",
    )
    assert a.meetings and (a.meetings[0].country, a.meetings[0].city) == ("UZ", "Ташкент")
