"""A title ends where "о" opens what its holder speaks of ("Генконсул Турции в Одессе о предстоящем визите X"),
but not inside a treaty's name ("Организации Договора о коллективной безопасности"); a country's "дипломат" told
after its consul is that consul (sentences written for the test)."""

from tests.extract.readings import posts
from tests.extract.test_frames import extract


def test_about_ends_the_title_before_a_name(extractor):
    a = extract(
        extractor,
        "Посол Италии в Минске о предстоящем визите Серджо Маттареллы в Беларусь\n\nПосол Италии в Беларуси "
        "Стефано Бьянки рассказал о планах.",
    )
    assert posts(a, "Серджо Маттарелла") != [("ambassador", "IT")]


def test_a_treaty_in_a_bodys_name_keeps_its_about(extractor):
    a = extract(
        extractor,
        "Президент Армении принял генерального секретаря Организации Договора о коллективной безопасности "
        "Имангали Тасмагамбетова.",
    )
    assert [r for r, _ in posts(a, "Имангали Тасмагамбетов")] == ["head_of_international_organization"]


def test_a_diplomat_told_after_the_consul_is_the_consul(extractor):
    a = extract(
        extractor,
        "Генконсул Польши в Бресте о предстоящем визите Яна Новака в Беларусь\n\nВ интервью газете Генеральный "
        "консул Республики Польша в Бресте г-н Ян Ковальский ответил на вопрос о визите Яна Новака в "
        "Беларусь.\n\nПольский дипломат заявил: визит состоится в мае.",
    )
    assert posts(a, "Ян Новак") == []


def test_the_presidium_of_an_academy_is_no_state(extractor):
    a = extract(
        extractor,
        "Посол Китая встретился с председателем президиума Национальной академии наук Армении Ашотом Сагяном.",
    )
    assert "head_of_state" not in [r for r, _ in posts(a, "Ашот Сагян")]
