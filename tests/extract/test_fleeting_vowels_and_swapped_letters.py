"""A surname that loses the vowel of its last syllable when declined ("Локтем" -> "Локоть", "Козлом" -> "Козёл"),
and a first name with two letters swapped beside its right spelling ("Алексанрд" / "Александр") (names and
sentences written for the test)."""

from kg.extract.morph import normalize_name
from tests.extract.readings import names
from tests.extract.test_frames import extract


def test_a_fleeting_vowel_comes_back_in_the_nominative():
    assert normalize_name(["Анатолием", "Локтем"]).last == "Локоть"
    assert normalize_name(["Ивана", "Козла"]).last.replace("ё", "е") == "Козел"
    assert normalize_name(["Андреем", "Шорцем"]).last == "Шорец"  # the older "-ец" rule still holds
    assert normalize_name(["Олегом", "Котом"]).last == "Кот"  # no vowel to bring back


def test_two_swapped_letters_are_the_known_names_typo(extractor):
    a = extract(
        extractor,
        "В канале губернатора Тверской области Алексанрда Соколова появились кадры. Глава региона встретил в "
        "аэропорту президента Сербии. Губернатор Тверской области Александр Соколов приветствовал гостя.",
    )
    assert "Александр Соколов" in names(a) and "Алексанрд Соколов" not in names(a)
