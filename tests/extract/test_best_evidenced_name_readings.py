"""A name told first where nothing shows its case (a headline: "эмиссар Ким Чен Ына") and again after a title that
does ("лидера КНДР Ким Чен Ына") is one person, labelled with the reading the title gives (texts written for these
tests; the second and third, read right before, guard the same)."""

import pytest


@pytest.mark.parametrize(
    "text, name",
    [
        (
            "Россию посетит эмиссар Ким Чен Ына\n\nРоссию посетит спецпосланник лидера КНДР Ким Чен Ына Цой Рен "
            "Хэ. 17 ноября он прибудет в Москву.",
            "Ким Чен Ын",
        ),
        (
            "Послание Мин Аун Хлайна\n\nПослание председателя Госсовета Мьянмы Мин Аун Хлайна передано "
            "президенту Беларуси.",
            "Мин Аун Хлайн",
        ),
        (
            "Визит Си Цзиньпина\n\nПрограмма визита председателя КНР Си Цзиньпина в Казахстан опубликована.",
            "Си Цзиньпин",
        ),
    ],
)
def test_the_title_told_reading_labels_the_person(extractor, text, name):
    a = extractor.extract(text, "t")
    assert name in [p.name for p in a.persons.values()]
    assert len([p for p in a.persons.values() if p.name.split()[0] == name.split()[0]]) == 1
