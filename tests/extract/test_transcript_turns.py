"""Turns of a transcript and a headline in the form "X: ..." are the speaker's direct speech; a lone "X: ..." line
further down is a linked article's headline; an attribution a line break cuts ends with the name on the next line
(texts written for the test)."""

from tests.extract.test_frames import extract


def speakers(article):
    return sorted({article.persons[q.speaker].name for q in article.quotes})


def test_each_turn_of_a_transcript_is_its_speakers_speech(extractor):
    a = extract(
        extractor,
        "Премьер-министр России Михаил Мишустин провел переговоры с премьер-министром Венгрии Виктором Орбаном.\n\n"
        "В.Орбан (как переведено): Благодарю за приглашение. Рад снова быть в Москве.\n\n"
        "М.Мишустин: Спасибо. Торговля между нашими странами растет.",
    )
    assert speakers(a) == ["Виктор Орбан", "Михаил Мишустин"]
    orban = next(q for q in a.quotes if a.persons[q.speaker].name == "Виктор Орбан")
    assert orban.text.startswith("Благодарю за приглашение")


def test_a_headline_in_the_form_of_a_turn_is_speech(extractor):
    a = extract(
        extractor,
        "Игорь Кобзев: Поставки в Монголию выросли вдвое\n\n"
        "Губернатор Иркутской области Игорь Кобзев встретился с послом Монголии Доржханд Шагдаржав.",
    )
    assert speakers(a) == ["Игорь Кобзев"]


def test_a_lone_turn_further_down_is_a_linked_headline(extractor):
    a = extract(
        extractor,
        "Губернатор Иркутской области Игорь Кобзев встретился с послом Монголии Доржханд Шагдаржав.\n\n"
        "Выбор редакции\n\n"
        "Игорь Кобзев: Поставки в Монголию выросли вдвое",
    )
    assert speakers(a) == []


def test_an_attribution_broken_by_a_line_ends_with_the_name_on_the_next_line(extractor):
    a = extract(
        extractor,
        "Губернатор Мурманской области Андрей Чибис встретился с губернатором Финнмарка Рунаром Шостадом.\n"
        "«Север продолжает оставаться территорией мира и доверия», – подчеркнул\n"
        "Андрей Чибис.\n"
        "По итогам встречи стороны договорились о совместных мероприятиях.",
    )
    assert speakers(a) == ["Андрей Чибис"]
