"""An event noun that frames the clause through a compound preposition the parse splits ("по итогам встречи с X он
заявил", "итогам" heading "встречи"): the clause's subject met X, also when a pronoun tells the subject (texts
written for these tests)."""

import pytest

from tests.extract.test_frames import meetings


@pytest.mark.parametrize(
    "text, pair",
    [
        (
            "Президент Международного комитета Красного Креста Петер Маурер посетит Москву 23-25 ноября. Об этом он "
            "заявил по итогам встречи в Женеве с главой МЧС России Владимиром Пучковым.",
            {"Петер Маурер", "Владимир Пучков"},
        ),
        (
            "Генеральный директор МАГАТЭ Рафаэль Гросси приедет в Астану в декабре. Об этом он сообщил по итогам "
            "встречи в Вене с министром энергетики Казахстана Алмасаджаном Саткалиевым.",
            {"Рафаэль Гросси", "Алмасаджан Саткалиев"},
        ),
    ],
)
def test_the_subject_of_the_framed_clause_met_the_partner(extractor, text, pair):
    article = extractor.extract("25 октября 2016\n\n" + text, "t")
    assert frozenset(pair) in {people for _kind, people in meetings(article)}


def test_a_visit_ahead_in_an_earlier_month_recalls_nothing(extractor):
    """ "приедет в Москву в сентябре" in a text of October is a visit ahead: the talks told next are the news."""
    article = extractor.extract(
        "25 октября 2016\n\nПрезидент Египта Абдель Фаттах ас-Сиси приедет в Москву в сентябре. Об этом сообщил "
        "министр иностранных дел России Сергей Лавров по итогам переговоров с главой МИД Египта Самехом Шукри.",
        "t",
    )
    assert frozenset({"Сергей Лавров", "Самех Шукри"}) in {people for _kind, people in meetings(article)}
