"""Counterparts listed together are no sides of each other; a Latin page label glued to the first word; a name
after a long title; a quotation opened and closed only by its attribution; a document's years glued to "гг"; talks
of a visit told by the visitor's title; a signing recalled in a participle
(sentences written for the test)."""

from tests.extract.readings import names, participants
from tests.extract.test_frames import extract


def test_counterparts_listed_in_one_sentence_are_each_met_by_the_visitor(extractor):
    article = extract(
        extractor,
        "Губернатор Омской области Виталий Хоценко 12 мая прибыл с визитом в Беларусь.\n\n"
        "В ходе визита состоялись встречи с премьер-министром Беларуси Романом Головченко, министром экономики "
        "Беларуси Юрием Чеботарем и послом России в Беларуси Борисом Грызловым.",
    )
    met = participants(article)
    assert ["виталий хоценко", "роман головченко"] in met
    assert ["виталий хоценко", "юрий чеботарь"] in met
    assert not any("борис грызлов" in m and len(m) == 2 and "виталий хоценко" not in m for m in met)


def test_a_latin_label_glued_to_the_first_word_is_no_part_of_it(extractor):
    article = extract(
        extractor,
        "photoВ Петрозаводске глава Карелии Артур Парфенчиков встретился с послом Финляндии Антти Хелантеря.",
    )
    assert [(m.city, m.country) for m in article.meetings] == [("Петрозаводск", "RU")]


def test_a_name_after_a_long_title_is_found(extractor):
    article = extract(
        extractor,
        "Губернатор Мурманской области Андрей Чибис встретился с генеральным директором Агентства "
        "государственного управления этой финской территории Элли Аалтонен.",
    )
    assert "Элли Аалтонен" in names(article)
    assert participants(article) == [["андрей чибис", "элли аалтонен"]]


def test_a_lowercase_phrase_after_a_title_with_a_preposition_is_not_a_title_complement(extractor):
    article = extract(
        extractor,
        "Губернатор Мурманской области Андрей Чибис рассказал о встрече с директором завода в городе Кола "
        "Северной Финляндии.",
    )
    assert "Кола Северной" not in " ".join(names(article))


def test_a_quotation_left_open_ends_at_its_attribution(extractor):
    article = extract(
        extractor,
        "Губернатор Калининградской области Николай Цуканов вручил награду генеральному консулу Польши Мареку "
        "Голковскому.\n\n"
        '"Я рад, что сегодня у меня есть возможность наградить людей, усилия которых способствовали развитию '
        "связей, - заявил губернатор Николай Цуканов. На церемонии также присутствовала спикер областной Думы "
        "Марина Оргеева.",
    )
    assert [q.speaker for q in article.quotes] == ["николай цуканов"]
    assert not any(s.in_quote for s in article.sentences)
    assert participants(article) == [["марек голковский", "марина оргеева", "николай цуканов"]]


def test_a_delegation_abroad_meeting_its_own_ambassador_there_meets_its_own(extractor):
    article = extract(
        extractor,
        "Делегация Ставропольского края во главе с губернатором Владимиром Владимировым на встрече с чрезвычайным "
        "и полномочным послом Российской Федерации в Республике Беларусь Борисом Грызловым в Минске.",
    )
    assert participants(article) == []


def test_an_ambassador_met_at_home_still_meets_for_the_state_he_serves_in(extractor):
    article = extract(
        extractor,
        "Мэр Владивостока Константин Шестаков встретился с послом России в Японии Николаем Ножиным.",
    )
    assert participants(article) == [["константин шестаков", "николай ножин"]]


def test_a_state_named_in_speech_is_no_side_of_the_sitting_where_it_is_said(extractor):
    article = extract(
        extractor,
        "«Мы рассчитываем, что торговля с Японией будет расти и дальше», — сказал Шавкат Мирзиёев на заседании "
        "Ташкентского клуба, прошедшего 10 октября в столице.",
    )
    assert participants(article) == []


def test_one_official_at_a_sitting_at_home_is_no_meeting(extractor):
    article = extract(
        extractor,
        "«Более 300 японских компаний работают в Узбекистане. Мы хотим, чтобы сотрудничество продолжалось», — "
        "сказал Шавкат Мирзиёев на третьем заседании Ташкентского клуба, прошедшего 10 октября в столице.",
    )
    assert participants(article) == []


def test_one_official_at_a_sitting_held_abroad_is_still_a_meeting(extractor):
    article = extract(
        extractor,
        "Председатель Государственной Думы России Вячеслав Володин выступил на заседании Национальной ассамблеи "
        "в Манагуа.",
    )
    assert participants(article) == [["вячеслав володин"]]


def test_a_documents_years_written_after_its_parties_are_its_period(extractor):
    article = extract(
        extractor,
        "Глава Ингушетии Махмуд-Али Калиматов встретился с премьер-министром Армении Николом Пашиняном. Подписан "
        "План мероприятий по развитию сотрудничества между Республикой Ингушетия и Республикой Армения "
        "2024-2026гг..",
    )
    (doc,) = [d for m in article.meetings for d in m.documents]
    assert (doc.period_start, doc.period_end) == (2024, 2026)
    assert "между Республикой Ингушетия и Республикой Армения" in doc.title
    assert sorted(p.country for p in doc.parties) == ["AM", "RU"]


def test_years_of_another_thing_after_in_are_no_period(extractor):
    article = extract(
        extractor,
        "Глава Ингушетии Махмуд-Али Калиматов встретился с премьер-министром Армении Николом Пашиняном. Подписан "
        "план мероприятий по развитию сотрудничества, который будет выполнен в 2024-2026 гг. в обеих республиках.",
    )
    (doc,) = [d for m in article.meetings for d in m.documents]
    assert (doc.period_start, doc.period_end) == (None, None)


def test_one_told_to_be_present_at_an_announced_meeting_takes_part(extractor):
    article = extract(
        extractor,
        "2 апреля в Смольном дворце состоится беседа губернатора Санкт-Петербурга Александра Беглова с акимом "
        "Алматы Ерболатом Досаевым. На встрече также будет присутствовать посол Казахстана в России Даурен Абаев.",
    )
    assert participants(article) == [["александр беглов", "даурен абаев", "ерболат досаев"]]


def test_a_signing_recalled_in_a_participle_does_not_recall_the_talks(extractor):
    article = extract(
        extractor,
        "16 июля начался государственный визит президента Туркменистана Гурбанкулы Бердымухаммедова в Китай. "
        "Главной темой на переговорах туркменского президента и председателя КНР Ху Цзиньтао стал газопровод, "
        "запуск которого, согласно ранее подписанному соглашению, намечен на 2009 год.",
    )
    assert participants(article) == [["гурбанкулы бердымухаммедов", "ху цзиньтао"]]


def test_talks_of_a_dated_visit_told_by_the_visitors_title_are_announced(extractor):
    article = extract(
        extractor,
        "Бердымухаммедов поедет в Китай\n\n3 июля 2007\n\n16-18 июля состоится первый государственный визит "
        "президента Туркменистана Гурбанкулы Бердымухаммедова в Китай. Главный акцент на переговорах туркменского "
        "президента и председателя КНР Ху Цзиньтао будет касаться строительства газопровода.",
    )
    assert participants(article) == [["гурбанкулы бердымухаммедов", "ху цзиньтао"]]


def test_a_summit_the_meeting_was_held_within_is_its_frame(extractor):
    article = extract(
        extractor,
        "Президент Польши Анджей Дуда и президент Литвы Гитанас Науседа обсудили безопасность региона. В ходе "
        "встречи, которая состоялась в рамках саммита глав государств Центральной Европы, президенты обсудили "
        "энергетику.",
    )
    assert [(m.kind, sorted(m.participants)) for m in article.meetings] == [
        ("talks", ["анджей дуда", "гитанас науседа"])
    ]


def test_a_summit_someone_left_for_is_not_told_held(extractor):
    article = extract(
        extractor,
        "Президент Польши Анджей Дуда в четверг отбыл в Румынию на саммит глав государств Центральной Европы.",
    )
    assert article.meetings == []
