"""A line that opens with a person's name and a colon and goes on with a verb in the past with no subject of its own
is that person's deed ("Ольга Любимова: Встретилась с ..."), as a post in a channel is; with a subject of its own
the line is news the speaker reports (texts written for these tests)."""

import pytest

from tests.extract.test_frames import meetings


@pytest.mark.parametrize(
    "text, pair",
    [
        (
            "Ольга Любимова: Встретилась с министром культуры, спорта и туризма Вьетнама Нгуен Ван Хунгом.",
            {"Ольга Любимова", "Нгуен Ван Хунг"},
        ),
        (
            "Марат Хуснуллин: Также сегодня провел рабочую встречу с Председателем Национального совета Высшего "
            "Собрания Республики Таджикистан Рустамом Эмомали.",
            {"Марат Хуснуллин", "Рустам Эмомали"},
        ),
        (
            "Алексей Оверчук: Вчера в Ереване обсудили с вице-премьером Армении Мгером Григоряном работу комиссии.",
            {"Алексей Оверчук", "Мгер Григорян"},
        ),
    ],
)
def test_the_speakers_own_deed(extractor, text, pair):
    article = extractor.extract("5 мая 2024\n\n" + text, "t")
    assert frozenset(pair) in {people for _kind, people in meetings(article)}
