"""A one-letter Latin word between Russian ones is the Russian preposition it looks like ("обсудил c послом"
typed with a Latin "c"); the repair keeps every offset (texts written for these tests)."""

from kg.extract.typography import repair
from tests.extract.test_frames import meetings


def test_a_latin_c_between_russian_words_is_the_preposition(extractor):
    text = "Губернатор Омской области Виталий Хоценко обсудил c послом Индии Винаем Кумаром торговлю."
    assert "c" in text  # the Latin letter
    assert [sorted(ps) for _, ps in meetings(extractor.extract(text, "t"))] == [
        ["Винай Кумар", "Виталий Хоценко"]
    ]


def test_the_repair_keeps_offsets_and_leaves_latin_words_alone():
    text = "ужина c Президентом, встреча o сотрудничестве, компания Apple и план B."
    fixed = repair(text)
    assert len(fixed) == len(text)
    assert "ужина с Президентом" in fixed and "встреча о сотрудничестве" in fixed
    assert "Apple" in fixed and fixed.endswith("план B.")
