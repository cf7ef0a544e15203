"""An event that was cancelled or did not take place is no meeting; patterns that read a capital letter as a
name's start require it even when the rest of the pattern ignores case. Sentences written for these tests."""

import pytest

from kg.extract.scene import sources_of


def meetings(article):
    return [(m.kind, sorted(article.persons[k].name for k in m.participants)) for m in article.meetings]


@pytest.mark.parametrize(
    "text",
    [
        "Министр иностранных дел Армении Арарат Мирзоян отменил встречу с министром иностранных дел Турции "
        "Мевлютом Чавушоглу.",
        "Переговоры президента Франции Эммануэля Макрона и президента Египта Абдель Фаттаха ас-Сиси сорвались "
        "из-за погоды.",
        "Пресс-служба прокомментировала отмену встречи премьер-министра Казахстана Аскара Мамина с министром "
        "Украины Владиславом Криклием.",
        "Несостоявшаяся встреча президента Франции Эммануэля Макрона с президентом Египта Абдель Фаттахом "
        "ас-Сиси.",
        "Встреча президента Франции Эммануэля Макрона с президентом Египта Абдель Фаттахом ас-Сиси была отменена.",
    ],
)
def test_a_cancelled_meeting_is_no_meeting(extractor, text):
    assert meetings(extractor.extract(text, "t")) == []


def test_a_meeting_held_is_still_one(extractor):
    a = extractor.extract(
        "Президент Франции Эммануэль Макрон провел встречу с президентом Египта Абдель Фаттахом ас-Сиси.", "t"
    )
    assert meetings(a) == [("talks", ["Абдель Фаттах ас-Сиси", "Эммануэль Макрон"])]


def test_who_speaks_to_journalists_after_a_meeting_is_no_journalist(extractor):
    a = extractor.extract(
        "«Мы будем расширять торговлю», — заявил журналистам после встречи Э. Ринкевичс.", "t"
    )
    assert sources_of(a, a.sentences[0]) == set()


def test_a_journalist_named_after_the_newsroom_word_is_still_a_source(extractor):
    a = extractor.extract(
        "Президент Латвии Эдгарс Ринкевичс встретился с премьером Эстонии, передает корреспондент "
        "«Балтийских новостей» Иван Петров.",
        "t",
    )
    assert [a.persons[k].name for k in sources_of(a, a.sentences[0])] == ["Иван Петров"]
