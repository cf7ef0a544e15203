"""Members of a chamber or its committees, senators and deputies "от" a region, and speakers of regional
parliaments hold posts of their state (sentences written for the test)."""

from tests.extract.readings import posts
from tests.extract.test_frames import extract


def test_a_member_of_a_committee_of_the_federation_council(extractor):
    for title in (
        "член Комитета СФ по бюджету",
        "член Совета Федерации",
        "член комитета Госдумы по экологии",
    ):
        a = extract(
            extractor,
            f"Во встрече с послом Японии Акирой Муто принял участие {title} Николай Тихомиров.",
        )
        assert posts(a, "Николай Тихомиров") == [("other_official", "RU")], title


def test_a_senator_or_deputy_from_a_region(extractor):
    a = extract(
        extractor,
        "В заседании приняли участие посол Японии Акира Муто и сенатор от Камчатского края Борис Невзоров.",
    )
    assert posts(a, "Борис Невзоров") == [("other_official", "RU")]
    a = extract(
        extractor, "Депутат от Иссык-Кульской области Иван Петров встретился с послом Японии Акирой Муто."
    )
    assert posts(a, "Иван Петров") == [("other_official", "KG")]


def test_the_speaker_of_a_regional_parliament_is_no_speaker_of_a_state(extractor):
    a = extract(
        extractor,
        "Губернатор Камчатского края Владимир Солодов и спикер краевого парламента Валерий Раенко встретились "
        "с послом Японии Акирой Муто.",
    )
    assert posts(a, "Валерий Раенко") == [("other_official", "RU")]
