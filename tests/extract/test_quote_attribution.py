"""Sentences written for the test.

Who speaks a quotation: "Н. Патрушев: «...»" (an initial's point ends no clause of the introduction); "«...»,
– цитирует Эрдогана пресс-служба" (the one a press office cites); "«...», – обратился к Токаеву Мустафа
Мадбули" (the addressee of a preposition is not the speaker, and a lone surname in an oblique case before
a whole name is a name of its own); «..., – заявил Коэн. – ...» (an attribution between two dashes inside the
quotation); a quotation of its own after "По словам X, ..." (X speaks on); "– сообщили в пресс-службе. –" inside a
quotation is nobody's.
"""

import pytest

from tests.extract.test_frames import extract


def speakers(extractor, text):
    return [q.speaker for q in extract(extractor, text).quotes]


@pytest.mark.parametrize(
    "text, speaker",
    [
        (
            "Секретарь Совбеза Николай Патрушев встретился с Лауреано Ортегой Мурильо в Манагуа. Лауреано Ортега "
            "Мурильо отметил важность визита.\n\nН. Патрушев: «Развитие дружеских связей с партнерами остается "
            "приоритетом».",
            "николай патрушев",
        ),
        (
            "Президент Турции Реджеп Тайип Эрдоган провел переговоры с премьером Грузии Иракли Гарибашвили в "
            'Анкаре. Иракли Гарибашвили заявил, что ждет гостя весной.\n\n"Я готов принять ваше приглашение", - '
            "цитирует Эрдогана пресс-служба правительства Грузии.",
            "реджеп тайип эрдоган",
        ),
        (
            "Президент Казахстана Касым-Жомарт Токаев встретился с премьером Египта Мустафой Мадбули в Астане."
            "\n\n«Надеюсь, вы посетите Каир», – обратился к Токаеву Мустафа Мадбули на брифинге.",
            "мустафа мадбули",
        ),
        (
            "Министр иностранных дел Израиля Эли Коэн встретился с президентом Туркменистана в Ашхабаде.\n\n«Мы "
            "говорили об укреплении связей, – заявил Коэн. – Туркменистан является важным партнером».",
            "эли коэн",
        ),
        (
            "Министр иностранных дел Грузии Илья Дарчиашвили провел переговоры с главой МИД Армении Араратом "
            "Мирзояном.\n\nПо словам Дарчиашвили, стороны обсудили вопросы транзита.\n\n«Конечно, мы также "
            "говорили о границе и о торговле»",
            "илья дарчиашвили",
        ),
    ],
)
def test_the_speaker_of_a_quotation(extractor, text, speaker):
    assert speakers(extractor, text) == [speaker]


def test_a_press_office_between_dashes_is_nobodys_speech(extractor):
    text = (
        'Президент Кении Уильям Руто встретится с премьером Индии в Дели.\n\n"В ходе беседы планируется обсуждение '
        'торговли, – сообщили в пресс-службе президента Кении. – Основное внимание будет уделено энергетике".'
    )
    assert speakers(extractor, text) == []


@pytest.mark.parametrize(
    "text, name",
    [
        ("«Мы готовы к переговорам», – заявил журналистам Такахаси.", "Такахаси"),
        ("«Сотрудничество между странами растёт», – сказал в среду Накасонэ.", "Накасонэ"),
    ],
)
def test_the_one_word_after_a_quotations_speech_verb_is_a_person(extractor, text, name):
    article = extract(extractor, text)
    assert [p.name for p in article.persons.values()] == [name]
    assert speakers(extractor, text) == [name.lower()]


def test_a_lowercase_word_after_a_speech_verb_is_nobody(extractor):
    assert extract(extractor, "«Мы готовы к переговорам», – заявил журналистам посол.").persons == {}
