"""A meeting that names one official, told right after the text tells a delegation of another state by its own
words ("делегация из соседнего региона России проведет ..."), has that state for its other side, whatever verb
brings the delegation (texts written for these tests)."""

import pytest

from tests.extract.test_frames import meetings


@pytest.mark.parametrize(
    "text, name, outlet",
    [
        (
            "В рамках гастрольного проекта делегация из соседнего приграничного региона России проведет в "
            "Усть-Каменогорске ряд концертов. После встречи с акимом области Нурымбетом Сактагановым члены "
            "делегации продолжили работу.",
            "Нурымбет Сактаганов",
            "KZ",
        ),
        (
            "Торговая делегация Вьетнама открыла выставку в Гродно. Участники делегации провели встречу с "
            "председателем облисполкома Юрием Караевым.",
            "Юрий Караев",
            "BY",
        ),
    ],
)
def test_the_delegations_state_is_the_other_side(extractor, text, name, outlet):
    article = extractor.extract("21 апреля 2025\n\n" + text, "t", outlet)  # an outlet of the official's state
    assert frozenset({name}) in {people for _kind, people in meetings(article)}
