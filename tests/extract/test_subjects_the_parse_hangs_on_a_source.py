"""A meeting verb with no subject of its own in the parse, right after a name in the nominative ("Как сообщил X, Э.
Рахмонов обсудил с Y ...", where the parse makes the name a conjunct of the source's): the name is its subject
(texts written for these tests)."""

import pytest

from tests.extract.test_frames import meetings


@pytest.mark.parametrize(
    "text, pair",
    [
        (
            "Как сообщил из Каира пресс-секретарь главы государства Абдуфаттох Шарипов, Э. Рахмонов обсудил с "
            "премьер-министром Египта Ахмедом Назифом вопросы сотрудничества.",
            {"Э. Рахмонов", "Ахмед Назиф"},
        ),
        (
            "Как сообщила пресс-секретарь министра Мария Захарова, С. Лавров обсудил с министром иностранных дел "
            "Турции Хаканом Фиданом ситуацию в Сирии.",
            {"С. Лавров", "Хакан Фидан"},
        ),
    ],
)
def test_the_name_before_the_verb_is_its_subject(extractor, text, pair):
    article = extractor.extract("7 февраля 2007\n\n" + text, "t")
    found = {frozenset(n.split()[-1] for n in people) for _kind, people in meetings(article)}
    assert frozenset(n.split()[-1] for n in pair) in found
