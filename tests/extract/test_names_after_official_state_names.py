"""A name after a state's official name in the nominative ("Республики Союз Мьянма") takes the case of its
title, not the state name's (sentences written for the test)."""

from tests.extract.readings import names
from tests.extract.test_frames import extract


def test_a_name_after_a_states_official_name_under_an_oblique_title(extractor):
    a = extract(
        extractor,
        "Состоялась встреча губернатора Иркутской области Игоря Кобзева и премьер-министра Республики Союз "
        "Мьянма Мин Аун Хлайна.",
    )
    assert "Мин Аун Хлайн" in names(a)


def test_a_nominative_title_keeps_the_name_as_written(extractor):
    a = extract(
        extractor,
        "Посол Республики Корея Ли До Хун сказал, что встреча с губернатором Иркутской области Игорем Кобзевым "
        "была полезной.",
    )
    assert "Ли До Хун" in names(a)
