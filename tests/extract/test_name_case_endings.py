"""A name's own endings against the context's case evidence (sentences written for the test): a word in
"-ой" or "-аем" is an oblique form that no nominative or genitive reading may keep as written, even when
the title the parse hangs the name on stands in another case; indeclinable names in "-у"/"-ю" and
adjectival surnames ("Толстой") stay nominative.
"""

import pytest

from kg.extract.morph import normalize_name
from tests.extract.test_frames import extract


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
