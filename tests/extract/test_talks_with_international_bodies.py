"""Talks whose other side is an international organization, named or by its people ("с делегацией ОБСЕ", "с
миссией Всемирного банка"), are a meeting of this corpus whoever met it, even one official of the outlet's own state
(texts written for these tests). Relations with such a body ("обсудили сотрудничество с ОБСЕ"), or a body named
elsewhere in the sentence, make no meeting of one state's officials."""

import pytest

from tests.extract.test_frames import meetings


@pytest.mark.parametrize(
    "text, met",
    [
        (
            "Омск, 5 мая 2024. Губернатор Омской области Виталий Хоценко встретился с делегацией ОБСЕ в "
            "правительстве региона.",
            ["Виталий Хоценко"],
        ),
        (
            "Минск, 12 июня 2023. Министр экономики Беларуси Юрий Чеботарь провел переговоры с миссией Всемирного "
            "банка.",
            ["Юрий Чеботарь"],
        ),
        (
            "Астана, 3 марта 2025. Министр здравоохранения Казахстана Акмарал Альназарова провела встречу с "
            "представителями Всемирной организации здравоохранения.",
            ["Акмарал Альназарова"],
        ),
    ],
)
def test_talks_with_an_international_body_are_a_meeting(extractor, text, met):
    assert [sorted(ps) for _, ps in meetings(extractor.extract(text, "t"))] == [met]


@pytest.mark.parametrize(
    "text",
    [
        "Омск, 5 мая 2024. Губернатор Омской области Виталий Хоценко и министр экономики России Максим Решетников "
        "обсудили сотрудничество с ОБСЕ.",
        "Омск, 5 мая 2024. Губернатор Омской области Виталий Хоценко встретился с депутатами, вернувшимися из "
        "командировки в ОБСЕ.",
    ],
)
def test_relations_with_a_body_or_a_body_named_aside_make_no_meeting(extractor, text):
    assert meetings(extractor.extract(text, "t")) == []
