"""A plural body shared by two states ("между министерствами иностранных дел X и Y") is one body of each
(kg/extract/parties.py), on sentences written here."""

from tests.extract.test_frames import extract
from tests.extract.test_regional_parties import _parties


def test_a_plural_ministry_before_two_short_state_names_is_one_ministry_of_each(extractor):
    a = extract(
        extractor,
        "Министр иностранных дел Узбекистана Бахтиёр Саидов провел переговоры с министром иностранных дел "
        "Китая Ван И. По итогам подписана программа сотрудничества между министерствами иностранных дел "
        "Узбекистана и Китая на 2025-2027 годы.",
    )
    assert _parties(a) == [
        [
            ("CN", "Министерство иностранных дел Китайской Народной Республики"),
            ("UZ", "Министерство иностранных дел Республики Узбекистан"),
        ]
    ]


def test_a_plural_ministry_before_official_state_names(extractor):
    a = extract(
        extractor,
        "Министр обороны Казахстана Руслан Жаксылыков встретился с министром обороны Туркменистана Бегенчем "
        "Гундогдыевым. Стороны подписали план сотрудничества между министерствами обороны Туркменистана и "
        "Республики Казахстан на 2025 год.",
    )
    assert _parties(a) == [
        [("KZ", "Министерство обороны Республики Казахстан"), ("TM", "Министерство обороны Туркменистана")]
    ]


def test_two_bodies_each_named_in_full_are_kept_as_written(extractor):
    a = extract(
        extractor,
        "Министр юстиции Армении Србуи Галстян провела переговоры с министром юстиции Грузии Анри Окуджавой. "
        "Подписан меморандум между Министерством юстиции Республики Армения и Министерством юстиции Грузии.",
    )
    assert _parties(a) == [
        [("AM", "Министерство юстиции Республики Армения"), ("GE", "Министерство юстиции Грузии")]
    ]


def test_two_states_that_sign_hold_one_of_the_plural_bodies_each(extractor):
    a = extract(
        extractor,
        "Министр обороны Казахстана Даурен Косанов провел переговоры с министром обороны Кыргызстана Русланом "
        "Мукамбетовым в Астане.\nКазахстан и Кыргызстан подписали план сотрудничества между министерствами "
        "обороны на 2026 год.",
    )
    assert _parties(a) == [
        [
            ("KG", "Министерство обороны Кыргызской Республики"),
            ("KZ", "Министерство обороны Республики Казахстан"),
        ]
    ]


def test_a_plural_body_with_no_state_and_no_signing_states_names_no_parties(extractor):
    a = extract(
        extractor,
        "Министр обороны Казахстана Даурен Косанов провел переговоры с министром обороны Кыргызстана Русланом "
        "Мукамбетовым в Астане. Был подписан план сотрудничества между министерствами обороны на 2026 год.",
    )
    assert all("обороны" not in name for parties in _parties(a) for _, name in parties)


def test_a_document_told_again_with_its_parties_takes_them(extractor):
    a = extract(
        extractor,
        "Министр юстиции Армении Србуи Галстян провела переговоры с министром юстиции Грузии Анри Окуджавой. "
        "По итогам подписан меморандум о сотрудничестве в сфере юстиции. Меморандум о сотрудничестве в сфере "
        "юстиции подписан между Министерством юстиции Республики Армения и Министерством юстиции Грузии.",
    )
    assert _parties(a) == [
        [("AM", "Министерство юстиции Республики Армения"), ("GE", "Министерство юстиции Грузии")]
    ]


def test_a_mistyped_word_of_a_body_is_read_as_the_word_it_mistypes(extractor):
    a = extract(
        extractor,
        "Министр иностранных дел Узбекистана Бахтиёр Саидов провел переговоры с министром иностранных дел "
        "Китая Ван И. Подписана программа сотрудничества между министерствами инсотранных дел Узбекистана "
        "и Китая.",
    )
    assert _parties(a) == [
        [
            ("CN", "Министерство иностранных дел Китайской Народной Республики"),
            ("UZ", "Министерство иностранных дел Республики Узбекистан"),
        ]
    ]


def test_mending_keeps_known_words_names_and_ambiguous_slips():
    from kg.extract.wordtypos import mend_typos, mended_word

    assert mended_word("здравохранения") == "здравоохранения"
    assert mended_word("обороны") == "обороны"
    assert mend_typos("Министерство внутрених дел Кыргызской Республики") == (
        "Министерство внутренних дел Кыргызской Республики"
    )
    assert mend_typos("Агентство Казинформ") == "Агентство Казинформ"  # capitalised: a name, kept
