"""Lines a converter broke inside a sentence, and what a sentence told before an event adds to it
(texts written for the test)."""

from kg.extract import layout
from tests.extract.test_frames import extract, meetings


def test_a_sentence_broken_across_lines_is_read_whole(extractor):
    a = extract(
        extractor,
        "Президент принял верительные грамоты посла\n"
        "7 сентября 2023 года Президент Республики Молдова Майя Санду\n"
        "приняла верительные грамоты новоназначенного Чрезвычайного и Полномочного Посла Республики Польша\n"
        "в Молдове Мартина Ковальского.\n",
    )
    assert meetings(a) == [("talks", frozenset({"Майя Санду", "Мартин Ковальский"}))]


def test_a_line_with_a_sentences_words_is_no_menu():
    assert not layout.is_furniture(
        "7 сентября Президент Республики Молдова Майя Санду приняла верительные грамоты Чрезвычайного и "
        "Полномочного Посла Республики Польша"
    )
    assert layout.is_furniture("Новости Политика Экономика Общество Спорт Культура")


def test_a_headline_full_of_names_is_no_menu():
    # most of its words are capitalised, but a menu or a button has no indicative verb
    assert not layout.is_furniture("В Минске прошли переговоры Мирзиёева и Лукашенко")
    assert not layout.is_furniture("Глава МИД Латвии Байба Браже посетит Казахстан")
    assert not layout.is_furniture("Состоялся телефонный разговор Эрдогана с Президентом Египта Ас-Сиси")
    assert layout.is_furniture("Читайте нас в Телеграм Дзен ВКонтакте")
    assert layout.is_furniture("Главное Новости Мира Регионы Экономика Спорт")


def test_a_headline_gives_the_full_names_of_the_sides(extractor):
    a = extract(
        extractor,
        "В Атырау начались переговоры Нурлана Ногаева и Игоря Бабушкина\n\n"
        "Оркестр исполнил гимны двух стран, после чего Ногаев и Бабушкин отправились на переговоры "
        "в узком составе.\n",
    )
    assert meetings(a) == [("talks", frozenset({"Нурлан Ногаев", "Игорь Бабушкин"}))]


def test_who_speaks_before_a_summit_is_not_at_it(extractor):
    a = extract(
        extractor,
        "4 июля 2024 года президент России Владимир Путин принял участие в саммите ШОС в Астане. Накануне "
        "саммита президент Турции Реджеп Тайип Эрдоган пригласил Путина в Турцию.",
    )
    assert meetings(a) == [("summit", frozenset({"Владимир Путин"}))]


def test_a_list_of_other_articles_ends_the_text(extractor):
    a = extract(
        extractor,
        "Министр иностранных дел Казахстана Мурат Нуртлеу 4 марта встретился с послом Японии Такаси Кураи.\n\n"
        "Похожие новости\n\n"
        "Министр экономики Армении Геворг Папоян и посол Ирана Мехди Собхани подписали меморандум\n",
    )
    assert meetings(a) == [("talks", frozenset({"Мурат Нуртлеу", "Такаси Кураи"}))]
    assert "Геворг Папоян" not in {p.name for p in a.persons.values()}
