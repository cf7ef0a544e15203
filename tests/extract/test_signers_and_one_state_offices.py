"""A signing told as a noun with its signers in the instrumental; an office only one state has names that state
(sentences written for the test)."""

from tests.extract.test_frames import extract


def met(article):
    return [sorted(m.participants) for m in article.meetings]


def states(article, key):
    return {(p.role, p.country) for p in article.persons[key].posts}


def test_the_signers_of_a_signing_told_as_a_noun(extractor):
    a = extract(
        extractor,
        "В Ереване состоялось подписание меморандума министром экономики Армении Геворгом Папояном и "
        "министром экономики Ирана Али Мадани.",
    )
    assert met(a) == [["али мадани", "геворг папоян"]]


def test_a_partner_with_a_preposition_is_no_signer_of_the_noun(extractor):
    a = extract(
        extractor,
        "Министр экономики Армении Геворг Папоян обсудил с министром экономики Ирана Али Мадани подписание "
        "меморандума в следующем году.",
    )
    assert met(a) == [["али мадани", "геворг папоян"]]


def test_a_district_executive_committee_is_belarusian(extractor):
    a = extract(
        extractor,
        "Председатель Лидского райисполкома Сергей Ложечник и глава администрации Собинского района "
        "Владимирской области Александр Разов подписали соглашение о дружбе.",
    )
    assert states(a, "сергей ложечник") == {("regional_head", "BY")}


def test_a_hokimiyat_is_uzbek(extractor):
    a = extract(
        extractor,
        "Хоким Бешарыкского района Хайрулло Бозоров принял делегацию провинции Цзянсу во главе с вице-губернатором "
        "Ма Синьжуем.",
    )
    assert states(a, "хайрулло бозоров") == {("regional_head", "UZ")}
