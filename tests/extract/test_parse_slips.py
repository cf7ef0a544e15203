"""Arguments the dependency parser hung in the wrong place (sentences written for the test)."""

from kg.extract.events import sentence_events
from tests.extract.test_frames import extract, meetings


def test_a_partner_hung_on_the_topic_is_the_verbs(extractor):
    a = extract(
        extractor,
        "Президент Казахстана Касым-Жомарт Токаев обсудил в пятницу вопросы транзита грузов с премьер-министром "
        "Пакистана Шахбазом Шарифом.",
    )
    assert meetings(a) == [("talks", frozenset({"Касым-Жомарт Токаев", "Шахбаз Шариф"}))]


def test_a_partner_inside_another_event_is_not_the_verbs(extractor):
    a = extract(
        extractor,
        "Министр иностранных дел Армении Арарат Мирзоян обсудил итоги встречи с министром иностранных дел "
        "Грузии Макой Бочоришвили.",
    )
    verb = next(e for e in sentence_events(a, a.sentences[0]) if e.trigger.lemma == "обсудить")
    assert verb.participants == ["арарат мирзоян"]


def test_credentials_with_a_stray_object_before_the_verb(extractor):
    a = extract(
        extractor,
        "15.02.2023 г.15 февраля 2023 года Посол Республики Узбекистан в Японии Мукимов Б.А. вручил копии "
        "верительных грамот директору Департамента протокола МИД Японии Кэндзи Сато.",
    )
    assert meetings(a) == [("talks", frozenset({"Б. Мукимов", "Кэндзи Сато"}))]
