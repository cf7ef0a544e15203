"""Sentences written for the test.

A name's own endings against the context's case evidence: a word in "-ой" or "-аем" is an oblique form that no
nominative or genitive reading may keep as written, even when the title the parse hangs the name on stands in
another case; indeclinable names in "-у"/"-ю" and adjectival surnames ("Толстой") stay nominative.

The other side told apart from the trigger: an unnamed colleague of a state is the one person of that state
the text gives the same post; two states' officials who face the press together met; "лидеры России и Армении" are
each state's head of state, or its head of government where the text names no head of state of it; officials of
two other states met together are met one by one unless the sentence tells three or more sides or they are heads;
officials of two states who open or approve something together met, wherever the parse hung the second.
"""

from collections import Counter

import pytest

from kg.extract.morph import normalize_name
from tests.extract.test_frames import extract, meetings


def names(article):
    return {p.name for p in article.persons.values()}


@pytest.mark.parametrize(
    "sentence, name",
    [
        # the name after a genitive complement ("... Монголии") is the instrumental of the title before it
        (
            "Эти вопросы обсуждались на встрече министра экономики Армении Вахана Керобяна с вице-министром "
            "торговли Монголии Сарангэрэл Батболдовой.",
            "Сарангэрэл Батболдова",
        ),
        (
            "Министр провел переговоры с представителем президента страны Рикардо Ортегой Мендесом.",
            "Рикардо Ортега Мендес",
        ),
        (
            "Губернатор беседовал с новыми послами Китая и Турции Ван Ли и Мехмет Каан Орбаем.",
            "Мехмет Каан Орбай",
        ),
    ],
)
def test_an_oblique_ending_outweighs_a_title_in_another_case(extractor, sentence, name):
    assert name in names(extract(extractor, sentence))


@pytest.mark.parametrize(
    "tokens, first, last",
    [
        (["Надирой", "Сулеймановой"], "Надира", "Сулейманова"),
        (["Бекболотом", "Уметалиевым"], "Бекболот", "Уметалиев"),
        (["Сергей", "Шойгу"], "Сергей", "Шойгу"),
        (["Алексей", "Толстой"], "Алексей", "Толстой"),  # an adjectival surname in "-ой" is a nominative
        (["Льву", "Толстому"], "Лев", "Толстой"),
        (["Ивану", "Сидорину"], "Иван", "Сидорин"),  # "-ину" is a Russian-type surname's dative
    ],
)
def test_a_name_out_of_context_reads_from_its_endings(tokens, first, last):
    parts = normalize_name(tokens)
    assert (parts.first, parts.last) == (first, last)


def test_an_indeclinable_name_in_u_stays_as_written(extractor):
    a = extract(extractor, "Мэр Казани встретился с генеральным консулом КНР в Казани Ли Фанцю.")
    assert "Ли Фанцю" in names(a)


# ---------------------------------------------------------------- the other side told apart from the trigger


def test_an_unnamed_colleague_is_the_one_holder_of_the_same_post_named_later(extractor):
    a = extract(
        extractor,
        "Министр сельского хозяйства России Оксана Лут встретилась со своей сербской коллегой.\n"
        "Стороны обсудили поставки зерна и удобрений, сообщает пресс-служба.\n"
        "Министр сельского хозяйства Сербии Драган Гламочич прибыл в Москву впервые.",
    )
    assert meetings(a) == [("talks", frozenset({"Оксана Лут", "Драган Гламочич"}))]


def test_an_unnamed_colleague_takes_nobody_of_another_post_or_two_holders(extractor):
    other_post = extract(
        extractor,
        "Министр финансов Казахстана Мадина Абылкасымова встретилась с турецким коллегой.\n"
        "Ранее посол Турции Исмаил Алпер Джошкун посетил Астану.",
    )
    assert meetings(other_post) == [("talks", frozenset({"Мадина Абылкасымова"}))]
    two = extract(
        extractor,
        "Министр энергетики Армении Давид Худатян встретился с иранским коллегой.\n"
        "Министр энергетики Ирана Аббас Алиабади и министр нефти Ирана Мохсен Пакнежад выступили на форуме.",
    )
    assert frozenset({"Давид Худатян"}) in {p for _k, p in meetings(two)}


@pytest.mark.parametrize(
    "sentence, pair",
    [
        (
            "Об этом на совместной пресс-конференции с министром иностранных дел Казахстана Муратом Нуртлеу "
            "заявил министр иностранных дел Венгрии Петер Сийярто.",
            {"Мурат Нуртлеу", "Петер Сийярто"},
        ),
        (
            "Президент Польши Анджей Дуда и президент Литвы Гитанас Науседа провели совместный брифинг в Вильнюсе.",
            {"Анджей Дуда", "Гитанас Науседа"},
        ),
    ],
)
def test_a_joint_press_conference_of_two_states_officials_is_their_meeting(extractor, sentence, pair):
    assert ("talks", frozenset(pair)) in meetings(extract(extractor, sentence))


def test_a_press_conference_of_one_official_is_no_meeting(extractor):
    a = extract(
        extractor, "Министр иностранных дел Армении Арарат Мирзоян провел пресс-конференцию в Ереване."
    )
    assert meetings(a) == []


def test_leaders_of_two_states_are_each_states_head_of_state_or_else_its_premier(extractor):
    a = extract(
        extractor,
        "Премьер-министр Армении Никол Пашинян прибыл в Москву. Переговоры лидеров России и Армении прошли в "
        "Кремле. Владимир Путин отметил рост товарооборота.",
    )
    assert meetings(a) == [("talks", frozenset({"Никол Пашинян", "Владимир Путин"}))]


def test_a_states_leader_is_its_president_when_the_text_names_both(extractor):
    a = extract(
        extractor,
        "Президент Казахстана Касым-Жомарт Токаев и премьер-министр Казахстана Олжас Бектенов прибыли в Баку. "
        "Переговоры глав Азербайджана и Казахстана прошли во дворце. Ильхам Алиев, президент Азербайджана, "
        "приветствовал гостя.",
    )
    people = {p for _kind, p in meetings(a)}
    assert any({"Касым-Жомарт Токаев", "Ильхам Алиев"} <= p for p in people)
    assert not any("Олжас Бектенов" in p for p in people)


def test_officials_of_two_other_states_met_together_are_met_one_by_one(extractor):
    a = extract(
        extractor,
        "Министр иностранных дел Туркменистана Рашид Мередов провел переговоры с министром иностранных дел "
        "Таджикистана Сироджиддином Мухриддином и министром иностранных дел Грузии Макой Бочоришвили.",
    )
    assert Counter(meetings(a)) == Counter(
        [
            ("talks", frozenset({"Рашид Мередов", "Сироджиддин Мухриддин"})),
            ("talks", frozenset({"Рашид Мередов", "Мака Бочоришвили"})),
        ]
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "Министр иностранных дел Туркменистана Рашид Мередов провел трехсторонние переговоры с министром "
        "иностранных дел Таджикистана Сироджиддином Мухриддином и министром иностранных дел Грузии Макой Бочоришвили.",
        "Состоялась встреча министра иностранных дел Туркменистана Рашида Мередова с министром иностранных дел "
        "Таджикистана Сироджиддином Мухриддином и министром иностранных дел Грузии Макой Бочоришвили.",
    ],
)
def test_a_meeting_told_as_of_three_sides_stays_one(extractor, sentence):
    assert len(meetings(extract(extractor, sentence))) == 1


@pytest.mark.parametrize(
    "sentence, pair",
    [
        (
            "Министр культуры Казахстана Аида Балаева и замминистра культуры Китая Ли Цюнь открыли на базе "
            "университета Центр изучения Казахстана.",
            {"Аида Балаева", "Ли Цюнь"},
        ),
        (
            "Министр обороны Армении Сурен Папикян и министр обороны Греции Никос Дендиас утвердили план "
            "военного сотрудничества на 2025 год.",
            {"Сурен Папикян", "Никос Дендиас"},
        ),
    ],
)
def test_two_states_officials_who_open_or_approve_something_together_met(extractor, sentence, pair):
    assert ("talks", frozenset(pair)) in meetings(extract(extractor, sentence))


def test_one_official_who_approves_a_plan_met_nobody(extractor):
    a = extract(extractor, "Министр обороны Армении Сурен Папикян утвердил план учений на 2025 год.")
    assert meetings(a) == []
