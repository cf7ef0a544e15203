"""The guests a host meets are all who came; a title does not reach across another name; a substantivised
participle heads a title (kg/extract/arguments.py, entities.py, morph.py), on sentences written here."""

from tests.extract.test_frames import extract, meetings


def test_the_guests_a_host_met_are_the_visitor_and_who_came_with_him(extractor):
    a = extract(
        extractor,
        "В Казань с визитом прибыл министр иностранных дел Ирана Аббас Аракчи в сопровождении посла Ирана "
        "в России Казема Джалали. Гостей встретил президент Татарстана Рустам Минниханов.",
    )
    assert ("talks", frozenset({"Аббас Аракчи", "Казем Джалали", "Рустам Минниханов"})) in meetings(a)


def test_guests_of_a_delegation_led_by_one_person(extractor):
    a = extract(
        extractor,
        "Вчера в Минск прибыла делегация Вьетнама во главе с вице-премьером Чан Хонг Ха. Гостей в аэропорту "
        "встретил первый вице-премьер Беларуси Николай Снопков.",
    )
    assert ("talks", frozenset({"Чан Хонг Ха", "Николай Снопков"})) in meetings(a)


def test_guests_with_no_visit_told_are_no_one(extractor):
    a = extract(extractor, "Гостей встретил президент Татарстана Рустам Минниханов.")
    assert all(len(people) < 2 for _, people in meetings(a))


def test_a_title_before_an_earlier_name_gives_no_case_to_the_next_name(extractor):
    a = extract(
        extractor,
        "В Казань прибыл министр иностранных дел Ирана Аббас Аракчи в сопровождении посла Ирана в России "
        "Казема Джалали.",
    )
    assert sorted(m.person for m in a.mentions) == ["аббас аракчи", "казем джалали"]


def test_a_charge_d_affaires_title_tells_the_nominative(extractor):
    a = extract(extractor, "Слово взял временный поверенный в делах Индии Хамфрей Гейсеб.")
    assert [m.person for m in a.mentions] == ["хамфрей гейсеб"]
