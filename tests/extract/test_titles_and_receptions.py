"""Titles and gatherings that unseen news used (sentences written for the test): "руководитель региона" and a
district's head, a sitting of a forum or a summit, a name with a patronymic after "района", a title that opens
the next clause, a first name with a typo, a reception given in a guest's honour."""

import pytest

from tests.extract.test_frames import extract, meetings
from tests.extract.test_unseen_text_shapes import person_posts


def test_the_head_of_the_region_told_by_title_is_its_head_named_before(extractor):
    a = extract(
        extractor,
        "Глава Дагестана Сергей Меликов прибыл в Баку. В рамках визита руководитель региона принял участие в "
        "деловом форуме.",
    )
    assert meetings(a) == [("forum", frozenset({"Сергей Меликов"}))]


def test_the_head_of_a_municipal_district_is_a_regional_head(extractor):
    a = extract(
        extractor,
        "Глава Сокольского муниципального района Анна Петровна Смирнова провела видеоконференцию с "
        "губернатором провинции Хэйлунцзян Лян Хуэйлином.",
    )
    assert {role for role, _ in person_posts(a)["Анна Смирнова"]} == {"regional_head"}


@pytest.mark.parametrize(
    "gathering, kind",
    [("Российско-Азербайджанского межрегионального форума", "forum"), ("саммита ШОС", "summit")],
)
def test_a_sitting_of_a_forum_or_summit_is_the_gathering(extractor, gathering, kind):
    a = extract(
        extractor,
        f"3 мая президент Узбекистана Шавкат Мирзиёев принял участие в пленарном заседании {gathering}.",
    )
    assert [m.kind for m in a.meetings] == [kind]


def test_a_title_after_a_comma_and_a_preposition_opens_another_clause(extractor):
    a = extract(
        extractor,
        "Аким области Нурлыбек Налибаев принял посла России Алексея Бородавкина. Как отметил Алексей Бородавкин, "
        "на встрече министр экономики Казахстана рассказал о торговле.",
    )
    assert person_posts(a)["Алексей Бородавкин"] == {("ambassador", "RU")}


def test_a_first_name_with_a_typo_is_the_same_person(extractor):
    a = extract(
        extractor,
        "3 мая в Баку прибыл президент Таджикистана Эомали Рахмон. Эмомали Рахмон провел переговоры с "
        "президентом Азербайджана Ильхамом Алиевым. Эмомали Рахмон посетил Аллею почетного захоронения.",
    )
    assert {p.name for p in a.persons.values()} == {"Эмомали Рахмон", "Ильхам Алиев"}


def test_first_names_far_apart_stay_two_people(extractor):
    a = extract(
        extractor,
        "Президент Кыргызстана Садыр Жапаров и председатель кабинета министров Акылбек Жапаров приняли "
        "посла Китая Ду Дэвэня.",
    )
    assert {"Садыр Жапаров", "Акылбек Жапаров"} <= {p.name for p in a.persons.values()}


@pytest.mark.parametrize(
    "text, sides",
    [
        (
            "Вечером 8 августа от имени президента Ильхама Алиева был дан официальный прием в честь "
            "Гурбангулы Бердымухамедова.",
            {"Ильхам Алиев", "Гурбангулы Бердымухамедов"},
        ),
        (
            "Президент Казахстана Касым-Жомарт Токаев дал официальный обед в честь Эмира Катара Тамима бин "
            "Хамада Аль Тани.",
            {"Касым-Жомарт Токаев", "Тамим бин Хамад Аль Тани"},
        ),
    ],
)
def test_a_reception_in_a_guests_honour_is_a_meeting(extractor, text, sides):
    assert meetings(extract(extractor, text)) == [("talks", frozenset(sides))]


def test_a_reception_in_honour_of_a_holiday_is_no_meeting(extractor):
    a = extract(extractor, "Посол Японии Акира Ито дал прием в честь Дня рождения Императора.")
    assert meetings(a) == []


@pytest.mark.parametrize(
    "honour",
    ["был открыт бюст великому поэту Алишеру Навои", "гость почтил память Гейдара Алиева"],
)
def test_a_person_honoured_by_a_monument_is_not_at_the_meeting(extractor, honour):
    a = extract(
        extractor,
        "Президент Узбекистана Шавкат Мирзиёев прибыл в Париж. Накануне в Париже состоялся медицинский форум. "
        f"В тот же день {honour}.",
    )
    assert all("Алишер Навои" not in ps and "Гейдар Алиев" not in ps for _, ps in meetings(a))


def test_a_region_named_like_a_grave_is_no_monument(extractor):
    a = extract(
        extractor,
        "Подписи под документом поставили министр культуры Астраханской области Ольга Прокофьева и начальник "
        "управления культуры Могилевского областного исполнительного комитета Александр Жигун.",
    )
    assert meetings(a) == [("talks", frozenset({"Ольга Прокофьева", "Александр Жигун"}))]


def test_a_surname_with_a_typo_is_the_same_person_under_its_first_spelling(extractor):
    a = extract(
        extractor,
        "Председатель Национального совета провинций Парламента ЮАР Амосса Масондо встретилась с губернатором "
        "Санкт-Петербурга Александром Бегловым. Амосса Масонде поблагодарила губернатора за прием.",
    )
    people = {p.name: {(q.role, q.country) for q in p.posts} for p in a.persons.values()}
    assert people == {
        "Александр Беглов": {("regional_head", "RU")},
        "Амосса Масондо": {("parliament_speaker", "ZA")},
    }


def test_a_husband_and_wife_stay_two_people(extractor):
    a = extract(
        extractor,
        "Президент Азербайджана Ильхам Алиев и первый вице-президент Мехрибан Алиева приняли президента "
        "Турции Реджепа Тайипа Эрдогана и Эмине Эрдоган.",
    )
    assert {"Ильхам Алиев", "Мехрибан Алиева"} <= {p.name for p in a.persons.values()}


def test_a_one_word_title_that_names_one_official_is_that_official(extractor):
    a = extract(
        extractor,
        "Телефонный разговор с Президентом Узбекистана Шавкатом Мирзиёевым. В ходе разговора Президент "
        "Узбекистана пожелал Елбасы скорейшего выздоровления. Елбасы и Шавкат Мирзиёев обсудили график встреч.",
    )
    assert meetings(a) == [("phone_call", frozenset({"Нурсултан Назарбаев", "Шавкат Мирзиёев"}))]


def test_a_title_of_the_region_by_its_common_noun_is_of_the_state_whose_regions_were_named(extractor):
    a = extract(
        extractor,
        "Посол Казахстана Даурен Абаев посетил Алтайский край. «Мы рады гостям из Казахстана», — сказал "
        "вице-губернатор края Александр Лукьянов.",
    )
    assert person_posts(a)["Александр Лукьянов"] == {("other_official", "RU")}


def test_regions_of_two_states_named_before_leave_the_common_noun_unresolved(extractor):
    a = extract(
        extractor,
        "Самарканд и провинция Шэньси укрепляют партнерство. «Мы рады гостям из Китая», — сказал "
        "заместитель хокима области Бахтиёр Рахимов.",
    )
    assert {country for _, country in person_posts(a)["Бахтиёр Рахимов"]} != {"CN"}


def test_the_head_of_a_region_no_one_holds_is_the_person_the_text_tells_of(extractor):
    a = extract(
        extractor,
        "Алексей Цыденов получил орден Дружбы. Алексею Цыденову вручили орден в Улан-Баторе. После Глава "
        "Бурятии провел встречу с мэром Улан-Батора Долгорсурэнгийн Сумьяабазаром.",
    )
    assert person_posts(a)["Алексей Цыденов"] == {("regional_head", "RU")}
    assert ("talks", frozenset({"Алексей Цыденов", "Долгорсурэнгийн Сумьяабазар"})) in meetings(a)


def test_a_hokim_is_uzbekistans_and_a_region_told_by_adjective_and_common_noun_is_known(extractor):
    a = extract(
        extractor,
        "Губернатор Орловского региона Андрей Клычков встретился с хокимом Зоиром Мирзаевым в Орле.",
    )
    posts = person_posts(a)
    assert posts["Андрей Клычков"] == {("regional_head", "RU")}
    assert posts["Зоир Мирзаев"] == {("regional_head", "UZ")}


def test_a_description_stands_for_the_holder_named_before_it_even_at_the_texts_start(extractor):
    a = extract(
        extractor,
        "Президент Азербайджана Ильхам Алиев 7 марта прибыл в Японию. Во время пребывания в Японии "
        "азербайджанский президент встретился с премьер-министром Японии Санаэ Такаити. Это первый визит с "
        "1998 года, когда президент Азербайджана Гейдар Алиев приезжал в Токио.",
    )
    assert ("talks", frozenset({"Ильхам Алиев", "Санаэ Такаити"})) in meetings(a)
