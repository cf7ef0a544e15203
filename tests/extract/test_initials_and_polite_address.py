"""A person named by the surname alone takes the one initial another mention writes; a capitalised "Вас" of polite
address after "У" is no East Asian name. Sentences written for these tests."""

from tests.extract.readings import names


def test_a_surname_alone_takes_the_initial_written_elsewhere(extractor):
    a = extractor.extract(
        "Премьер-министр Грузии Кобахидзе провел встречу с послом Азербайджана Ахундовым. На встрече "
        "Ф.Ахундов передал приглашение.",
        "t",
    )
    assert "Ф. Ахундов" in names(a)
    assert "Ахундов" not in names(a)


def test_two_initials_leave_the_surname_alone(extractor):
    a = extractor.extract(
        "Министр Петров встретился с послом Ахундовым. Ф.Ахундов и Р.Ахундов передали приглашение.",
        "t",
    )
    assert "Ф. Ахундов" not in names(a) or "Р. Ахундов" in names(a)


def test_polite_address_is_no_name(extractor):
    a = extractor.extract(
        "Президент Казахстана Касым-Жомарт Токаев заявил: «У Вас уже большие успехи в казахском языке, и это "
        "хороший знак».",
        "t",
    )
    assert not any(n.startswith("У ") for n in names(a))
