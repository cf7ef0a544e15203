"""A document "между X и Y" keeps the pair in its title when X and Y are states, regions or cities themselves,
and drops it when they are bodies, the signatories; the partner after "с" is no part of it (sentences
written for the test)."""

from tests.extract.test_frames import extract


def titles(article):
    return [d.title for m in article.meetings for d in m.documents]


def test_a_memorandum_between_two_cities_is_named_by_them(extractor):
    a = extract(
        extractor,
        "Мэр Курска Игорь Куцак и председатель Гомельского горисполкома Владимир Привалов подписали соглашение "
        "о сотрудничестве между Курском и Гомелем.",
    )
    assert titles(a) == ["соглашение о сотрудничестве между Курском и Гомелем"]
    a = extract(
        extractor,
        "Мэр Самары Иван Носков и председатель Брестского горисполкома Александр Рогачук подписали соглашение об "
        "установлении дружественных отношений между городским округом Самара и городом Брестом.",
    )
    assert titles(a) == [
        "соглашение об установлении дружественных отношений между городским округом Самара и городом Брестом"
    ]


def test_a_memorandum_between_two_bodies_is_named_without_them(extractor):
    a = extract(
        extractor,
        "Министры энергетики Казахстана и России Алмасадам Саткалиев и Сергей Цивилев подписали соглашение о "
        "поставках газа между Министерством энергетики Республики Казахстан и Министерством энергетики "
        "Российской Федерации.",
    )
    assert titles(a) == ["соглашение о поставках газа"]
    a = extract(
        extractor,
        "Мэр Астрахани Олег Полумордвинов и аким Атырау Кайрат Уразбаев подписали меморандум о побратимстве "
        "между Астраханью и городами Республики Казахстан.",
    )
    assert titles(a) == ["меморандум о побратимстве"]


def test_the_partner_after_s_is_no_part_of_the_title(extractor):
    for partner in ("с Брестской областью", "с хокимом Хорезмской области", "с китайскими партнерами"):
        a = extract(
            extractor,
            "Губернатор Смоленской области Василий Анохин и посол Беларуси в России Дмитрий Крутой провели "
            f"переговоры. По итогам губернатор подписал протокол о намерениях {partner}.",
        )
        assert titles(a) == ["протокол о намерениях"], partner
