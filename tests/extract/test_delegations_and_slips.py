"""A state's delegation met takes its members named after; a state's name with a slip of the keyboard is the
state; two titles joined by a hyphen are one rank; a plural title after a verb is its object; a given name in
"-ей" may be a nominative (kg/extract/sidestold.py, gazetteer.py, posts.py, morph.py), on sentences written here."""

from tests.extract.test_frames import extract, meetings, posts_of


def test_the_members_of_a_state_delegation_named_after_the_reception_took_part(extractor):
    a = extract(
        extractor,
        "В Новосибирске побывала делегация иностранного посольства.\n\n"
        "Губернатор Новосибирской области Андрей Травников принял делегацию посольства Республики Узбекистан, "
        "с которой обсудил подготовку к форуму. Сейчас идет активная подготовка площадок к форуму.\n\n"
        "«Важно, чтобы форум прошел успешно. Узбекистан – важный партнер», – поприветствовал дипломатов "
        "Республики Узбекистан Травников.\n\n"
        "Советник-посланник посольства Узбекистана в России Ботир Юсупов отметил, что раньше на форуме "
        "решались проблемы приграничья.",
    )
    assert meetings(a) == [("talks", frozenset({"Андрей Травников", "Ботир Юсупов"}))]


def test_a_state_name_with_a_slip_of_the_keyboard_is_the_state(extractor):
    a = extract(
        extractor, "Советник посольства Казахстана в Росии Нуржан Каджиакбаров отметил важность форума."
    )
    assert [m.person for m in a.mentions] == ["нуржан каджиакбаров"]


def test_a_given_name_a_slip_from_a_state_stays_a_name(extractor):
    a = extract(extractor, "Президент ЮАР Сирил Рамафоса провел переговоры с президентом Египта.")
    assert "сирил рамафоса" in {m.person for m in a.mentions}


def test_two_titles_joined_by_a_hyphen_are_the_rank_the_second_names(extractor):
    a = extract(
        extractor,
        "Губернатор встретился с советником-посланником посольства Казахстана в России Нуржаном Каджиакбаровым.",
    )
    assert posts_of(a)["Нуржан Каджиакбаров"] == {("other_official", "KZ")}


def test_a_plural_title_after_a_verb_is_its_object_not_the_next_names_post(extractor):
    a = extract(
        extractor, "«Казахстан – важный партнер», – поприветствовал дипломатов Республики Казахстан Бурков."
    )
    assert posts_of(a)["Бурков"] == set()


def test_a_plural_title_of_two_names_gives_each_a_post(extractor):
    a = extract(
        extractor,
        "Губернатор принял послов Казахстана и Узбекистана Ерлана Кудайбергена и Ботиржона Асадова.",
    )
    assert posts_of(a)["Ерлан Кудайберген"] == {("ambassador", "KZ")}


def test_a_foreign_given_name_in_ey_is_read_in_the_nominative(extractor):
    a = extract(extractor, "Слово взял временный поверенный в делах Индии Джеффрей Гейсеб.")
    assert [m.person for m in a.mentions] == ["джеффрей гейсеб"]
