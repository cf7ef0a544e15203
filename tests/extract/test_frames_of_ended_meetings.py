"""A meeting framed as over ("по завершении встречи с X", "по итогам переговоров") is held, whatever its clause
plans; a clause in the future tense still sets it ahead (sentences written for the test)."""

from tests.extract.readings import participants
from tests.extract.test_frames import extract


def test_plans_made_after_a_meeting_do_not_make_it_future(extractor):
    a = extract(
        extractor,
        "Министр иностранных дел Сербии Марко Джурич по завершении встречи с президентом Ганы Джоном Махамой "
        "заявил, что стороны наметили планы сотрудничества в энергетике.",
    )
    assert participants(a) == [["джон махама", "марко джурич"]]


def test_a_future_clause_keeps_its_frame_ahead(extractor):
    a = extract(
        extractor,
        "Губернатор Омской области Виталий Хоценко посетит Павлодар. По итогам встречи с акимом Павлодарской "
        "области Асаином Байхановым будет подписан меморандум.",
    )
    assert all(m.future for m in a.meetings)
