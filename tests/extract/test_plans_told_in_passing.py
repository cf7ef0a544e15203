"""Talks told in passing ("во время переговоров") in a sentence about what is still to come are held only with a
stated day (sentences written for the test)."""

from tests.extract.test_frames import extract


def met(article):
    return [sorted(m.participants) for m in article.meetings]


def test_talks_in_passing_without_a_day_are_not_held(extractor):
    a = extract(
        extractor,
        "Президенты Казахстана и Узбекистана Касым-Жомарт Токаев и Шавкат Мирзиёев во время переговоров в "
        "Ташкенте сначала поговорят наедине, затем последует обед, сообщил пресс-секретарь Руслан "
        "Желдибай.",
    )
    assert met(a) == []


def test_talks_in_passing_with_their_day_are_held(extractor):
    a = extract(
        extractor,
        "Президенты Казахстана и Узбекистана Касым-Жомарт Токаев и Шавкат Мирзиёев во время переговоров в "
        "Ташкенте 12 марта 2025 года сначала поговорят наедине, сообщил пресс-секретарь Руслан Желдибай.",
    )
    assert any({"касым-жомарт токаев", "шавкат мирзиеев"} <= set(p) for p in met(a))
