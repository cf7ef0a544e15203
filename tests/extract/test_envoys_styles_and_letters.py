"""Envoys named with their style ("Е.П. Госпожа X") and credentials told as "аккредитационные письма" (sentences
written for the test)."""

from tests.extract.test_frames import extract, meetings
from tests.extract.test_unseen_text_shapes import person_posts


def test_an_honorific_after_the_style_of_excellency_is_no_part_of_the_name(extractor):
    a = extract(
        extractor,
        "Верительные грамоты вручили Е.П. Томас Мюллер, посол Австрии, Е.П. Госпожа Эйлид Морвен Таллох, посол "
        "Ирландии, и Е.П. Ян Новак, посол Чехии.",
    )
    assert {"Эйлид Морвен Таллох", "Томас Мюллер", "Ян Новак"} <= set(person_posts(a))
    assert not any(name.startswith(("Госпож", "Господин")) for name in person_posts(a))


def test_letters_of_accreditation_received_are_a_reception(extractor):
    a = extract(
        extractor,
        "Президент Республики Молдова Майя Санду получила аккредитационные письма от посла Японии Такаси "
        "Катаямы.",
    )
    assert meetings(a) == [("talks", frozenset({"Майя Санду", "Такаси Катаяма"}))]
