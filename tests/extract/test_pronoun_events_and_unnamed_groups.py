"""An event told by a pronoun object of a verb of conducting, after the sentence that named the event; a plural
pronoun after a group that names no one stands for that group. Sentences written for these tests."""

import pytest


def meetings(article):
    return [(m.kind, sorted(article.persons[k].name for k in m.participants)) for m in article.meetings]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "Целью поездки было участие в заседании межправительственной комиссии. Ее провели вице-премьер "
            "России Алексей Оверчук и вице-премьер Армении Мгер Григорян.",
            "session",
        ),
        (
            "В Минске прошли переговоры. Их вели министр иностранных дел Беларуси Максим Рыженков и министр "
            "иностранных дел Китая Ван И.",
            "talks",
        ),
        (
            "Во вторник в Баку состоялось заседание совместной комиссии. Его провели министр экономики "
            "Азербайджана Микаил Джаббаров и министр торговли Турции Омер Болат.",
            "session",
        ),
    ],
)
def test_the_pronoun_object_of_a_conducting_verb_stands_for_the_event_before(extractor, text, kind):
    a = extractor.extract(text, "t")
    assert [m.kind for m in a.meetings] == [kind]
    assert len(a.meetings[0].participants) == 2


def test_a_pronoun_of_another_gender_does_not_stand_for_the_event(extractor):
    # "его" cannot stand for "встреча" (feminine): the object is the document, not the meeting
    a = extractor.extract(
        "В Ташкенте прошла встреча делегаций. Его подписали министр юстиции Узбекистана Акбар Ташкулов и "
        "министр юстиции Казахстана Азамат Ескараев.",
        "t",
    )
    assert all(m.kind != "talks" or len(m.participants) < 2 or m.sentence != 1 for m in a.meetings)


def test_they_after_an_unnamed_group_are_not_the_official_named_earlier(extractor):
    a = extractor.extract(
        "Глава Татарстана Рустам Минниханов прибыл в Анкару. Он отметил, что в эти дни в Анкаре работают "
        "представители деловых кругов республики, которые заинтересованы в сотрудничестве. Сегодня они "
        "участвовали в бизнес-форуме.",
        "t",
    )
    assert not [m for m in a.meetings if "рустам минниханов" in m.participants and m.kind == "forum"]
