"""Every sovereign state is in the gazetteer, in its cases, and no common word reads as one (phrases
written for the test)."""

import pytest

from kg.extract.gazetteer import default_gazetteer
from tests.extract.test_frames import extract, meetings, posts


def _countries(text):
    return [(m.iso, text[m.start : m.stop]) for m in default_gazetteer().find(text) if m.kind == "country"]


@pytest.mark.parametrize(
    "text, iso, form",
    [
        ("посол Сомали вручил", "SO", "Сомали"),
        ("делегация Республики Бенин прибыла", "BJ", "Республики Бенин"),
        ("визит в Гвинею-Бисау", "GW", "Гвинею-Бисау"),
        ("президентом Гватемалы", "GT", "Гватемалы"),
        ("в Доминиканской Республике", "DO", "Доминиканской Республике"),
        ("премьер-министр Ямайки", "JM", "Ямайки"),
        ("с Королевством Лесото", "LS", "Королевством Лесото"),
        ("министр иностранных дел Мадагаскара", "MG", "Мадагаскара"),
        ("в Папуа-Новой Гвинее", "PG", "Папуа-Новой Гвинее"),
        ("президент Того прибыл", "TG", "Того"),
    ],
)
def test_a_state_is_found_in_its_cases(text, iso, form):
    assert (iso, form) in _countries(text)


@pytest.mark.parametrize(
    "text",
    [
        "Самое главное, что переговоры прошли.",
        "Того же мнения придерживается министр.",
        "Он сказал то же самое.",
    ],
)
def test_a_common_word_is_no_state(text):
    assert _countries(text) == []


def test_a_minister_of_a_state_newly_known_meets_his_colleague(extractor):
    a = extract(
        extractor,
        "12 марта 2024 года в Баку состоялась встреча министра сельского хозяйства Азербайджана Меджнуна "
        "Мамедова с министром сельского хозяйства и ирригации Сомали Мохамедом Абди Хайиром.",
    )
    assert ("Мохамед Абди Хайир", "minister", "SO") in posts(a)
    assert meetings(a) == [("talks", frozenset({"Меджнун Мамедов", "Мохамед Абди Хайир"}))]
