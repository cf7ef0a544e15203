"""A noun in "-ла" that the dictionary knows only as a noun ("член хурала", "командир штурвала") is no past verb
that would end a title; chairs of a parliament's standing committee and of a legislature's chambers are officials
(sentences written for the test)."""

import pytest

from kg.extract.gazetteer import find_roles
from tests.extract.test_frames import extract
from tests.extract.test_unseen_text_shapes import person_posts


def test_a_member_of_a_hural_holds_his_title(extractor):
    a = extract(extractor, "Член Великого государственного хурала Монголии Баяр Мунхжаргал посетил Иркутск.")
    assert person_posts(a)["Баяр Мунхжаргал"] == {("other_official", "MN")}


@pytest.mark.parametrize(
    "title",
    [
        "председатель постоянного комитета по обороне",
        "председатели палат законодательного собрания",
        "член хурала",
        "член кнессета",
    ],
)
def test_officials_titles(title):
    assert [r.role for r in find_roles(title)][:1] == ["other_official"]
