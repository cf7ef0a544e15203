"""A possessive pronoun of a meeting ("состоялась его встреча с X") stands for whom the text is about, the subject
told last, not for a partner named in passing in the sentence before (texts written for these tests)."""

import pytest

from tests.extract.test_frames import meetings


@pytest.mark.parametrize(
    "text, pair",
    [
        (
            "Президент Казахстана Касым-Жомарт Токаев прибыл с визитом в Венгрию. Вечером он вместе с "
            "премьер-министром страны Виктором Орбаном посетил оперу. Утром гостя встретили у дворца, после чего "
            "состоялась его встреча с президентом Венгрии Тамашем Шуйоком.",
            {"Касым-Жомарт Токаев", "Тамаш Шуйок"},
        ),
        (
            "Министр иностранных дел Армении Арарат Мирзоян прибыл в Рим. В аэропорту он поблагодарил посла "
            "Армении в Италии Владимира Карапетяна за подготовку визита. Затем прошла его встреча с министром иностранных дел Италии "
            "Антонио Таяни.",
            {"Арарат Мирзоян", "Антонио Таяни"},
        ),
        (
            "Премьер-министр Узбекистана Абдулла Арипов начал рабочую поездку в Сеул. На вокзале он побеседовал с "
            "генеральным консулом Узбекистана Акмалом Ходжаевым. Во второй половине дня состоялась его встреча с "
            "премьер-министром Кореи Хан Дак Су.",
            {"Абдулла Арипов", "Хан Дак Су"},
        ),
    ],
)
def test_the_possessive_is_the_subject_told_last(extractor, text, pair):
    article = extractor.extract("Заголовок\n\n" + text, "t")
    assert frozenset(pair) in {people for _kind, people in meetings(article)}
