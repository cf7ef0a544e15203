"""Arguments of a meeting that the parse hung astray or that a word stands for (sentences written for the test):
a subject parsed as a town's apposition, a converb's doer, a preposition hung elsewhere, the head of an
international body named by its title, "политик" for the person just told of, a consul's exequatur, a first
name that is also a city."""

import pytest

from tests.extract.test_frames import extract, meetings


def test_a_name_parsed_as_a_towns_apposition_is_still_the_subject(extractor):
    a = extract(
        extractor,
        "Накануне в городе Дархан Алексей Цыденов провел встречу с министром Монголии, председателем "
        "комитета по развитию Буяагийн Тулгой.",
    )
    assert meetings(a) == [("talks", frozenset({"Алексей Цыденов", "Буяагийн Тулга"}))]


def test_a_name_in_the_instrumental_before_the_verb_is_not_its_subject(extractor):
    a = extract(
        extractor,
        "3 мая с президентом Казахстана Касым-Жомартом Токаевым провел переговоры президент Узбекистана "
        "Шавкат Мирзиёев.",
    )
    assert meetings(a) == [("talks", frozenset({"Касым-Жомарт Токаев", "Шавкат Мирзиёев"}))]


@pytest.mark.parametrize(
    "text",
    [
        "Премьер-министр Вьетнама Нгуен Суан Фук прибыл в Россию. Выступая на деловом форуме, он призвал "
        "к сотрудничеству.",
        "Премьер-министр Вьетнама Нгуен Суан Фук прибыл в Россию. «Мы должны укрепить сотрудничество», – "
        "сказал политик, выступая на Российско-вьетнамском деловом форуме.",
    ],
)
def test_the_converbs_doer_is_the_clauses_subject(extractor, text):
    assert meetings(extract(extractor, text)) == [("forum", frozenset({"Нгуен Суан Фук"}))]


@pytest.mark.parametrize(
    "title, body",
    [
        ("генеральный секретарь ОДКБ", "с главой ОДКБ"),
        ("председатель Африканского союза", "с председателем Африканского союза"),
    ],
)
def test_the_head_of_a_body_told_by_title_is_the_one_named_before(extractor, title, body):
    a = extract(
        extractor,
        f"В Бишкек прибыл {title} Макки Салл. Министр иностранных дел Кыргызстана Руслан Казакбаев "
        f"встретился {body}.",
    )
    assert meetings(a) == [("talks", frozenset({"Руслан Казакбаев", "Макки Салл"}))]


@pytest.mark.parametrize(
    "text, sides",
    [
        (
            "Генеральный консул Монголии Чимид Ганболд передал губернатору Алтайского края Виктору Томенко "
            "консульскую экзекватуру.",
            {"Чимид Ганболд", "Виктор Томенко"},
        ),
        (
            "Министр иностранных дел Армении Арарат Мирзоян вручил экзекватуру генеральному консулу Грузии "
            "Георгию Кипиани.",
            {"Арарат Мирзоян", "Георгий Кипиани"},
        ),
        (
            "Генеральный консул Монголии Азад Баатарцогт получил от губернатора Иркутской области Игоря Кобзева "
            "экзекватуру.",
            {"Азад Баатарцогт", "Игорь Кобзев"},
        ),
    ],
)
def test_handing_over_a_consuls_exequatur_is_a_reception(extractor, text, sides):
    assert meetings(extract(extractor, text)) == [("talks", frozenset(sides))]


def test_a_first_name_that_is_also_a_city_in_the_instrumental_stays_in_the_name(extractor):
    a = extract(
        extractor,
        "3 мая министр обороны Казахстана Руслан Жаксылыков встретился с министром обороны Узбекистана "
        "Кабулом Бердиевым.",
    )
    assert meetings(a) == [("talks", frozenset({"Руслан Жаксылыков", "Кабул Бердиев"}))]


@pytest.mark.parametrize(
    "guest, place, host, partner",
    [
        (
            "Госсекретарь США Энтони Блинкен",
            "Узбекистан. В Ташкенте госсекретарь США",
            "Шавкатом Мирзиёевым",
            "министром иностранных дел Узбекистана Бахтиёром Саидовым",
        ),
        (
            "Канцлер Германии Олаф Шольц",
            "Казахстан. В Астане канцлер Германии",
            "Касым-Жомартом Токаевым",
            "премьер-министром Казахстана Алиханом Смаиловым",
        ),
    ],
)
def test_a_second_verb_after_a_comma_shares_the_first_ones_subject(extractor, guest, place, host, partner):
    a = extract(
        extractor,
        f"{guest} 3 мая 2023 года совершит визит в {place} будет принят президентом {host}, проведёт "
        f"переговоры с {partner}.",
    )
    assert len(meetings(a)) == 2
