"""A two-part city whose second part is an adjective may keep its first part in the nominative
("Петропавловск-Камчатского городского округа"), and a party named by it is of that city's state, not of a city
whose name is its first part (sentences written for the test)."""

from kg.extract.gazetteer import Gazetteer
from tests.extract.test_frames import extract


def test_the_first_part_may_stay_nominative():
    found = [
        (m.text, m.iso) for m in Gazetteer().find("делегация Петропавловск-Камчатского городского округа")
    ]
    assert found == [("Петропавловск-Камчатского", "RU")]


def test_komsomolsk_on_amur_declines():
    found = [(m.text, m.iso) for m in Gazetteer().find("мэр Комсомольска-на-Амуре")]
    assert found == [("Комсомольска-на-Амуре", "RU")]


def test_a_party_named_by_a_hyphenated_city_is_of_its_state(extractor):
    a = extract(
        extractor,
        "Глава Бобруйска Иван Козлов и глава Петропавловска-Камчатского Олег Смирнов подписали соглашение о "
        "сотрудничестве между Бобруйским городским исполнительным комитетом и Петропавловск-Камчатским "
        "городским округом.",
    )
    parties = [(p.name, p.country) for m in a.meetings for d in m.documents for p in d.parties]
    assert ("Петропавловск-Камчатский городской округ", "RU") in parties
