"""An official style writes every title of a holder with a capital letter ("Президент X, Председатель Y"): a title
after a comma in the first one's case is the same holder's second post, whatever its letter; a name after a comma is
no title. Parliamentary assemblies of international bodies are international bodies (sentences written for the
test)."""

from tests.extract.test_frames import extract
from tests.extract.test_unseen_text_shapes import person_posts


def test_a_capitalised_second_title_is_the_holders_second_post(extractor):
    a = extract(
        extractor,
        "Председатель Сената Республики Казахстан, Председатель Совета Межпарламентской Ассамблеи СНГ Маулен "
        "Ашимбаев провел встречу с послом Египта.",
    )
    posts = person_posts(a)["Маулен Ашимбаев"]
    assert ("parliament_speaker", "KZ") in posts
    assert ("head_of_international_organization", None) in posts


def test_a_capitalised_title_in_the_instrumental_after_a_comma(extractor):
    a = extract(
        extractor,
        "Министр встретился с Председателем Народного собрания Болгарии, Председателем Парламентской ассамблеи "
        "Черноморского экономического сотрудничества Росеном Желязковым.",
    )
    posts = person_posts(a)["Росен Желязков"]
    assert ("head_of_international_organization", None) in posts


def test_a_name_after_a_comma_is_not_a_second_title(extractor):
    a = extract(
        extractor,
        "Делегацию встретил министр иностранных дел Армении, Арарат Мирзоян, и его заместитель.",
    )
    assert person_posts(a)["Арарат Мирзоян"] == {("foreign_minister", "AM")}
