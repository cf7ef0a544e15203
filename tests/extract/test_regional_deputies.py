"""A region's deputy head with no state in the title ("вице-губернатор X") is of the state of the regions the
text is about, not of the guests the sentence names (sentences written for the test)."""

from tests.extract.readings import posts
from tests.extract.test_frames import extract


def test_a_vice_governor_is_of_the_regions_state_not_the_guests(extractor):
    a = extract(
        extractor,
        "В администрации Алтайского края прошла встреча с делегацией из Монголии. Вице-губернатор Борис Белов "
        "рассказал монгольским гостям о развитии туризма в Белокурихе.",
    )
    assert posts(a, "Борис Белов") == [("other_official", "RU")]


def test_a_deputy_head_of_a_regions_government(extractor):
    a = extract(
        extractor,
        "В Томской области прошла встреча с послом Вьетнама Данг Минь Хоем. Заместитель председателя "
        "правительства области Андрей Антонов рассказал вьетнамской стороне о вузах Томска.",
    )
    assert posts(a, "Андрей Антонов") == [("other_official", "RU")]
