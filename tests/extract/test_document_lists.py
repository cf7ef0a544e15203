"""A list of documents after a signing sentence that ends in a colon, also when that sentence goes on another
signing ("В частности подписаны следующие документы:") (sentences written for the test)."""

from tests.extract.test_frames import extract


def test_the_documents_listed_after_a_continuing_colon_sentence(extractor):
    a = extract(
        extractor,
        "12 мая в Ташкенте президент Узбекистана Шавкат Мирзиёев и президент Азербайджана Ильхам Алиев провели "
        "переговоры, по итогам которых подписан ряд документов.\n\nВ частности подписаны следующие документы:\n\n"
        "Соглашение о сотрудничестве в области энергетики между Правительством Республики Узбекистан и "
        "Правительством Азербайджанской Республики;\n\nМеморандум о сотрудничестве в сфере туризма;\n\n"
        "Программа культурного обмена на 2025–2027 годы.",
    )
    assert a.meetings and len(a.meetings[0].documents) == 3
    assert {d.type for d in a.meetings[0].documents} == {"agreement", "memorandum", "program"}
