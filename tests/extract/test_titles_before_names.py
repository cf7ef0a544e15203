"""Sentences written for the test.

Titles told in one sentence and their holders named in the next ("Министр транспорта Казахстана провел встречу
с министром транспорта Беларуси. Марат Карабаев и Алексей Авраменко обсудили ..."): the names take the titles in
the order told; not when the titles are of one state, nor when the sentence before names someone itself.
"""

import pytest

from kg.extract.titlesbefore import posts_told_before_names
from tests.extract.test_frames import extract, posts_of


def test_two_titles_then_two_names_take_them_in_order(extractor):
    text = (
        "8 октября министр транспорта Казахстана провел рабочую встречу с министром транспорта Республики "
        "Беларусь. Марат Карабаев и Алексей Авраменко обсудили вопросы транзита."
    )
    posts = posts_of(extract(extractor, text))
    assert posts["Марат Карабаев"] == {("minister", "KZ")}
    assert posts["Алексей Авраменко"] == {("minister", "BY")}


@pytest.mark.parametrize(
    "text",
    [
        # titles of one state: which is whose, the order does not say
        "Министр транспорта Казахстана провел совещание с министром энергетики Казахстана. Марат Карабаев и "
        "Алмасадам Саткалиев обсудили тарифы.",
        # the sentence of the titles names someone itself
        "Министр транспорта Казахстана Марат Карабаев провел встречу с министром транспорта Беларуси. Алексей "
        "Авраменко и Марат Карабаев обсудили вопросы транзита.",
    ],
)
def test_titles_are_not_shared_out(extractor, text):
    article = extract(extractor, text)
    for person in article.persons.values():
        person.posts = []
    posts_told_before_names(article)
    assert all(not p.posts for p in article.persons.values())
