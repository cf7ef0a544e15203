"""A subject description ("политик", "министр") in a sentence that names the meeting's partner before it stands
for the one the text was telling of, not for that partner ("Выступая на встрече с X, политик отметил": the
politician met X). Texts written for these tests; the last, a pronoun, read right before and guards the same."""

import pytest

from tests.extract.test_frames import meetings


@pytest.mark.parametrize("subject", ["политик", "министр", "он"])
def test_the_subject_beside_a_partner_is_the_one_told_before(extractor, subject):
    a = extractor.extract(
        "Министр иностранных дел Армении Арарат Мирзоян заявил о важности диалога. Выступая на встрече с министром "
        f"иностранных дел Грузии Илией Дарчиашвили, {subject} отметил важность транзита.",
        "t",
    )
    assert [sorted(ps) for _, ps in meetings(a)] == [["Арарат Мирзоян", "Илия Дарчиашвили"]]


def test_a_partner_whose_name_the_parse_lost_still_is_no_subject(extractor):
    a = extractor.extract(
        "Спикер Государственной думы Вячеслав Володин заявил о туризме. Выступая на встрече с председателем "
        "Национального собрания Социалистической Республики Вьетнам Выонг Динь Хюэ, политик отметил, что туризм "
        "важен.",
        "t",
    )
    assert [sorted(ps) for _, ps in meetings(a)] == [["Выонг Динь Хюэ", "Вячеслав Володин"]]
