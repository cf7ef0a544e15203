"""A signer who holds no office signs for no side. Sentences written for these tests."""


def meetings(article):
    return [sorted(article.persons[k].name for k in m.participants) for m in article.meetings]


def test_a_rector_signing_with_a_foreign_university_is_no_meeting(extractor):
    a = extractor.extract(
        "Ректор Казанского университета Ленар Сафин подписал соглашение о сотрудничестве с университетом Сан-Паулу.",
        "t",
    )
    assert meetings(a) == []


def test_an_official_signing_with_a_foreign_ministry_is_a_meeting_of_one_side(extractor):
    a = extractor.extract(
        "Министр науки Казахстана Саясат Нурбек подписал соглашение о сотрудничестве с министерством образования "
        "Бразилии.",
        "t",
    )
    assert meetings(a) == [["Саясат Нурбек"]]
