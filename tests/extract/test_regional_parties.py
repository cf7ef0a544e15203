"""Regional heads sign for their regions and cities (kg/extract/parties.py), on sentences written here."""

from tests.extract.test_frames import extract


def _parties(article):
    return [sorted((p.country, p.name) for p in d.parties) for m in article.meetings for d in m.documents]


def test_a_governor_and_an_oblast_executive_committee_chairman_sign_for_their_regions(extractor):
    a = extract(
        extractor,
        "3 июня 2024 года в Могилеве встретились смоленский губернатор Василий Анохин и председатель "
        "Могилевского облисполкома Анатолий Исаченко. Программу сотрудничества на 2024-2026 годы "
        "подписали Василий Анохин и Анатолий Исаченко.",
    )
    assert _parties(a) == [[("BY", "Могилевская область"), ("RU", "Смоленская область")]]


def test_akim_and_governor_named_with_their_regions_after_the_title(extractor):
    a = extract(
        extractor,
        "12 сентября 2023 года аким Павлодарской области Асаин Байханов и губернатор Омской области "
        "Виталий Хоценко подписали дорожную карту на 2023-2025 годы.",
    )
    assert _parties(a) == [[("KZ", "Павлодарская область"), ("RU", "Омская область")]]


def test_mayors_sign_for_their_cities(extractor):
    a = extract(
        extractor,
        "20 марта 2024 года мэр Еревана Тигран Авинян и мэр Тбилиси Каха Каладзе подписали меморандум "
        "о побратимстве.",
    )
    assert _parties(a) == [[("AM", "Ереван"), ("GE", "Тбилиси")]]


def test_bodies_that_sign_as_the_subject_are_the_parties(extractor):
    a = extract(
        extractor,
        "Ташкент, 5 мая 2025 года. Министр здравоохранения Узбекистана Амрилло Иноятов провел переговоры с "
        "министром здравоохранения Турции Кемалем Мемишоглу. По итогам встречи Министерство здравоохранения "
        "Узбекистана (Минздрав) и Министерство здравоохранения Турции подписали меморандум о сотрудничестве.",
    )
    (parties,) = _parties(a)
    assert [country for country, _ in parties] == ["TR", "UZ"]
    assert all(name.startswith("Министерство здравоохранения ") for _, name in parties)


def test_one_plural_body_named_before_two_states_is_one_body_of_each(extractor):
    a = extract(
        extractor,
        "Астана, 12 марта 2025 года. Министр юстиции Казахстана Азамат Ескараев встретился с министром "
        "юстиции Кыргызстана Аяз Баетовым. Министерства юстиции Казахстана и Кыргызстана подписали соглашение "
        "о сотрудничестве в правовой сфере.",
    )
    (parties,) = _parties(a)
    assert [country for country, _ in parties] == ["KG", "KZ"]
    assert all(name.startswith("Министерство юстиции ") for _, name in parties)


def test_a_title_ends_before_a_relative_clause_and_the_other_side_co_signs(extractor):
    a = extract(
        extractor,
        "Бишкек, 3 мая 2006 года. Министры иностранных дел Кыргызстана Аликбек Джекшенкулов и Китая Ли "
        "Чжаосин в ходе встречи подписали Программу сотрудничества на 2006 год, в которой обозначены "
        "мероприятия.",
    )
    (document,) = [d for m in a.meetings for d in m.documents]
    assert document.title == "программа сотрудничества на 2006 год"
    assert sorted(p.country for p in document.parties) == ["CN", "KG"]


def test_the_partner_a_document_was_signed_with_is_not_its_title(extractor):
    a = extract(
        extractor,
        "Варшава, 3 мая 2024 года. Президент Казахстана Касым-Жомарт Токаев провел переговоры с президентом "
        "Польши Анджеем Дудой. Токаев подписал меморандум о сотрудничестве с премьер-министром Польши "
        "Дональдом Туском.",
    )
    titles = [d.title for m in a.meetings for d in m.documents]
    assert titles and all("премьер" not in t for t in titles)
