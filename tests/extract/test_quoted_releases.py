"""A quotation a body released ("«...», – сообщили в посольстве") is read as the text's own report; a person's speech
is not. Sentences written for these tests."""


def meetings(article):
    return [sorted(article.persons[k].name for k in m.participants) for m in article.meetings]


def test_a_meeting_told_in_an_embassys_quoted_release_is_read(extractor):
    a = extractor.extract(
        "Делегация Мангистауской области посетила Астрахань. «Состоялась встреча заместителя акима области Асхата "
        "Бекенова с губернатором Астраханской области Игорем Бабушкиным. Стороны обсудили торговлю», – сообщили в "
        "Генеральном консульстве Казахстана в Астрахани.",
        "t",
    )
    assert ["Асхат Бекенов", "Игорь Бабушкин"] in meetings(a)


def test_a_meeting_told_in_a_persons_speech_is_not_read(extractor):
    a = extractor.extract(
        "Посол Казахстана Даурен Абаев выступил перед студентами. «Вчера состоялась встреча министра Асхата "
        "Бекенова с губернатором Игорем Бабушкиным. Это важный шаг», – сказал посол.",
        "t",
    )
    assert ["Асхат Бекенов", "Игорь Бабушкин"] not in meetings(a)
