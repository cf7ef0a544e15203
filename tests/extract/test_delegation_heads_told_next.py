"""A delegation's visit whose head the next sentence tells ("Возглавлял делегацию ... X", "Делегацию возглавила X")
is X's visit, and meetings "в рамках визита" with unnamed hosts abroad are X's, international by the visit's host
(texts written for these tests; an outlet of the delegation's state)."""

import pytest

from tests.extract.test_frames import meetings


@pytest.mark.parametrize(
    "text, name",
    [
        (
            "С 17 по 20 ноября состоялся официальный визит делегации Брестской области в Турецкую Республику. "
            "Возглавлял делегацию председатель Брестского облисполкома Юрий Шулейко. В рамках визита состоялся "
            "ряд рабочих встреч с губернатором и руководством провинции.",
            "Юрий Шулейко",
        ),
        (
            "С 17 по 20 ноября состоялся рабочий визит делегации Павлодарской области в Монголию. Делегацию "
            "возглавил аким области Асаин Байханов. В рамках визита состоялся ряд встреч с губернатором аймака.",
            "Асаин Байханов",
        ),
    ],
)
def test_the_heads_meetings_abroad(extractor, text, name):
    article = extractor.extract("21 ноября 2021\n\n" + text, "t", "BY" if "Брест" in text else "KZ")
    assert frozenset({name}) in {people for _kind, people in meetings(article)}
