"""In a sentence that goes on telling a meeting, the city where one of the guests serves ("генконсул в
Екатеринбурге") is not where the meeting is; the state an envoy serves in still is (sentences written for the
test)."""

from tests.extract.test_frames import extract


def test_the_city_a_guest_serves_in_does_not_place_the_meeting(extractor):
    a = extract(
        extractor,
        "Губернатор Омской области Виталий Хоценко встретился с послом Киргизии в России Айбеком Молдогазиевым. "
        "С послом приехали советник посольства и генконсул в Екатеринбурге.",
    )
    assert [m.city for m in a.meetings] == [None]


def test_after_the_meeting_in_a_city_is_no_envoys_post(extractor):
    a = extract(
        extractor,
        "Губернатор Хабаровского края Дмитрий Демешин встретился с послом Вьетнама Данг Минь Хоем. После "
        "встречи в Хабаровске стороны обсудили торговлю.",
    )
    assert [m.city for m in a.meetings] == ["Хабаровск"]
