"""A leader or an assembly of a people, a community or a diaspora holds no state's post; a state's parliament
and leader still do (sentences written for the test)."""

from tests.extract.readings import posts
from tests.extract.test_frames import extract


def test_a_leader_of_a_people_is_no_head_of_state(extractor):
    a = extract(
        extractor,
        "Министр иностранных дел Турции Хакан Фидан встретился с лидером гагаузского народа Иваном Бургуджи.",
        "MD",
    )
    assert ("head_of_state", "MD") not in posts(a, "Иван Бургуджи")


def test_the_chair_of_a_peoples_assembly_is_no_parliament_speaker(extractor):
    a = extract(
        extractor,
        "Хакан Фидан провел встречу с председателем Меджлиса крымскотатарского народа Рефатом Чубаровым.",
        "UA",
    )
    assert all(role != "parliament_speaker" for role, _ in posts(a, "Рефат Чубаров"))


def test_a_states_parliament_and_leader_keep_their_posts(extractor):
    a = extract(
        extractor,
        "Председатель Милли Меджлиса Азербайджана Сахиба Гафарова встретилась с лидером Туркменистана "
        "Сердаром Бердымухамедовым.",
    )
    assert posts(a, "Сахиба Гафарова") == [("parliament_speaker", "AZ")]
    assert posts(a, "Сердар Бердымухамедов") == [("head_of_state", "TM")]
