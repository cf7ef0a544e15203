"""Parts of a state with no government of their own ("Дальний Восток", "Сибирь") place things in that state and
leave its titles the state's; a head of government told with the state's adjective inside his title; a description
of an envoy is no second post of a person whose own title the text gives (sentences written for the test)."""

from tests.extract.readings import posts
from tests.extract.test_frames import extract


def test_a_minister_for_a_macro_region_is_the_states_minister(extractor):
    a = extract(
        extractor,
        "Министр по развитию Сибири и Дальнего Востока Олег Кравцов провёл переговоры с послом Вьетнама.",
    )
    assert posts(a, "Олег Кравцов") == [("minister", "RU")]


def test_a_meeting_in_a_macro_region_is_held_in_its_state(extractor):
    a = extract(
        extractor,
        "Губернатор Иван Мельников встретился с генеральным консулом Японии Кэнтаро Ито. Встреча состоялась "
        "на Северном Кавказе.",
    )
    assert [m.country for m in a.meetings] == ["RU"]


def test_the_states_adjective_inside_a_head_of_governments_title(extractor):
    a = extract(
        extractor,
        "Переговоры провели председатель казахстанского правительства Ерлан Сарсенов и премьер-министр Беларуси "
        "Сергей Румас.",
    )
    assert posts(a, "Ерлан Сарсенов") == [("head_of_government", "KZ")]


def test_an_envoy_told_without_a_name_is_not_the_titled_host(extractor):
    a = extract(
        extractor,
        "Посол Италии прибыл в Хабаровск. Гостя встретил министр по развитию Дальнего Востока и Арктики Олег "
        "Кравцов.",
    )
    assert [role for role, _ in posts(a, "Олег Кравцов")] == ["minister"]


def test_an_envoy_and_the_host_joined_by_and_serve_two_states(extractor):
    a = extract(
        extractor,
        "Вопросы сотрудничества обсудили генеральный консул Италии в Ростове-на-Дону Марко Росси и мэр краевой "
        "столицы Иван Петров.",
    )
    assert [c for _, c in posts(a, "Иван Петров")] != ["IT"]


def test_a_delegations_list_shares_the_envoys_state(extractor):
    a = extract(
        extractor,
        "В делегацию вошли военный атташе Посольства Франции в Польше Пьер Дюран, директор Института "
        "стратегических исследований Жан Мартен.",
    )
    assert posts(a, "Жан Мартен") == [("other_official", "FR")]
