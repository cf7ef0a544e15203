"""A body named after someone names no one who acts; regional titles by their short forms; a document between
three parties or more; a noun the dictionary lacks heads its phrase; a plural title is no one's post
(sentences written for the test)."""

from kg.extract.phrases import phrase_to_nominative
from tests.extract.test_frames import extract


def people(article):
    return sorted(article.persons)


def posts(article):
    return {key: sorted((p.role, p.country) for p in person.posts) for key, person in article.persons.items()}


def test_whom_a_university_is_named_after_is_no_person_of_the_news(extractor):
    a = extract(
        extractor,
        "Ректор университета имени Марата Оспанова Иван Петров встретился с послом Китая Ли Хуэем в "
        "музее им. С.Д.Асфендиярова.",
    )
    assert people(a) == ["иван петров", "ли хуэй"]


def test_on_behalf_of_still_names_a_person(extractor):
    a = extract(
        extractor,
        "От имени Ильхама Алиева министр иностранных дел Азербайджана Джейхун Байрамов передал приглашение.",
    )
    assert "ильхам алиев" in people(a)


def test_short_forms_of_regional_titles(extractor):
    a = extract(
        extractor,
        "Делегацию Ставропольского края в Ташкенте возглавил замгубернатора края Илья Дроздов. Об этом "
        "сообщил глава Ставропольского края Владимир Владимиров. Глава провинции Ганьсу Жэнь Чжэньхэ "
        "прислал поздравление.",
    )
    roles = {key: [r for r, _ in found] for key, found in posts(a).items()}
    assert roles["илья дроздов"] == ["other_official"]
    assert roles["владимир владимиров"] == ["regional_head"]
    assert roles["жэнь чжэньхэ"] == ["regional_head"]


def test_a_document_between_three_parties(extractor):
    a = extract(
        extractor,
        "В рамках форума состоялось подписание Меморандума между Правительством Омской области, акиматом "
        "Павлодарской области Республики Казахстан и акционерным обществом «Казахтелеком» о сотрудничестве "
        "в сфере связи. Документ подписали губернатор Омской области Виталий Хоценко и аким Павлодарской "
        "области Асаин Байханов.",
    )
    parties = [(p.country, p.name) for m in a.meetings for d in m.documents for p in d.parties]
    assert parties[:2] == [("RU", "Правительство Омской области"), ("KZ", "Акимат Павлодарской области")]
    assert parties[2][1] == "Акционерное общество «Казахтелеком»"


def test_a_noun_the_dictionary_lacks_heads_its_phrase():
    assert phrase_to_nominative("акиматом Павлодарской области") == "акимат Павлодарской области"
    assert phrase_to_nominative("хокимиятом Самаркандской области") == "хокимият Самаркандской области"
    assert phrase_to_nominative("Минским городским исполнительным комитетом") == (
        "Минский городской исполнительный комитет"
    )


def test_a_plural_title_is_no_named_persons_post(extractor):
    a = extract(
        extractor,
        "Делегация Самарской области во главе с губернатором Константином Титовым прибыла в провинцию "
        "Хэнань. В состав делегации вошел председатель Самарской губернской Думы Виктор Сазонов. "
        "Планируются встречи с руководителями провинции Хэнань.",
    )
    assert ("regional_head", "CN") not in posts(a)["виктор сазонов"]


def test_a_town_the_text_introduces_is_no_person_in_another_case(extractor):
    a = extract(
        extractor,
        "Ярославль встретил делегацию из китайского города Цзюцзян. Делегацию возглавил мэр Народного "
        "правительства Цзюцзяна господин Цзян Вэньдин.",
    )
    assert people(a) == ["цзян вэньдин"]


def test_a_church_or_a_street_named_after_someone_names_no_one_who_acts(extractor):
    a = extract(
        extractor,
        "Министр иностранных дел Армении Арарат Мирзоян побывал в армянской церкви 18-го века Сурб Хач, а "
        "затем прошел по улице Мясникяна и по проспекту Саят-Новы.",
    )
    assert people(a) == ["арарат мирзоян"]


def test_a_chief_commissioner_and_an_ombudsman_are_officials(extractor):
    a = extract(
        extractor,
        "Главный уполномоченный по делам диаспоры Армении Заре Синанян посетил консульство. Уполномоченный "
        "по правам человека в Казахстане Артур Ластаев встретился с послом Франции Сильви Пантц.",
    )
    roles = {key: [r for r, _ in found] for key, found in posts(a).items()}
    assert roles["заре синанян"] == ["other_official"]
    assert roles["артур ластаев"] == ["other_official"]
