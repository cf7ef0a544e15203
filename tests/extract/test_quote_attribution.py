"""Sentences written for the test.

Who speaks a quotation: "Н. Патрушев: «...»" (an initial's point ends no clause of the introduction); "«...»,
– цитирует Эрдогана пресс-служба" (the one a press office cites); "«...», – обратился к Токаеву Мустафа
Мадбули" (the addressee of a preposition is not the speaker, and a lone surname in an oblique case before
a whole name is a name of its own).
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
    ],
)
def test_the_speaker_of_a_quotation(extractor, text, speaker):
    assert speakers(extractor, text) == [speaker]
