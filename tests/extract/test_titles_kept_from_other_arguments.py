"""A title is its name's only when nothing else stands between them, titles of more areas than one, heads of
bodies and cities under other words, and a side's member joined to the meeting told (sentences written for
the test)."""

from tests.extract.test_frames import extract, meetings, posts_of


def test_the_verbs_object_between_a_title_and_a_name_keeps_them_apart(extractor):
    a = extract(
        extractor, "Министр иностранных дел Эстонии передал президенту Финляндии послание Алара Кариса."
    )
    assert ("head_of_state", "FI") not in posts_of(a).get("Алар Карис", set())
    a = extract(extractor, "Посол Вьетнама вручил премьер-министру Монголии приглашение То Лама.")
    assert ("head_of_government", "MN") not in posts_of(a).get("То Лам", set())


def test_complements_and_ranks_between_stay_in_the_title(extractor):
    a = extract(
        extractor,
        "Председатель комитета сената по делам обороны, безопасности и торговле Пьер Дюран встретился с послом "
        "по особым поручениям МИД Японии Кэндзи Ито.",
    )
    assert ("ambassador", "JP") in posts_of(a)["Кэндзи Ито"]
    a = extract(
        extractor,
        "Президент Монголии Ухнаагийн Хурэлсух принял посла Турецкой Республики в Монголии г-на Ахмета Демирока.",
    )
    assert ("ambassador", "TR") in posts_of(a)["Ахмет Демирок"]


def test_a_name_that_opens_its_own_clause_does_not_take_the_title_before_the_comma(extractor):
    a = extract(
        extractor,
        "Вспомнив о беседе с Премьер-министром Грузии на форуме в Давосе в прошлом году, Ян Липавский "
        "отметил важность транзита.",
    )
    assert ("head_of_government", "GE") not in posts_of(a).get("Ян Липавский", set())


def test_a_minister_of_foreign_affairs_and_more_areas_is_the_foreign_minister(extractor):
    a = extract(
        extractor,
        "Президент Сербии Александр Вучич принял министра иностранных, европейских дел и торговли Ирландии "
        "Саймона Харриса.",
    )
    assert ("foreign_minister", "IE") in posts_of(a)["Саймон Харрис"]
    a = extract(
        extractor,
        "Министр иностранных и европейских дел Словакии Юрай Бланар встретился с Виктором Орбаном.",
    )
    assert ("foreign_minister", "SK") in posts_of(a)["Юрай Бланар"]


def test_the_acting_chair_of_a_body_heads_it(extractor):
    a = extract(
        extractor, "Президент Армении Ваагн Хачатурян принял действующего председателя ОБСЕ Элину Валтонен."
    )
    assert ("head_of_international_organization", None) in posts_of(a)["Элина Валтонен"]


def test_the_chair_of_a_city_or_a_province_heads_it(extractor):
    a = extract(
        extractor,
        "Губернатор Новосибирской области Андрей Травников встретился с председателем Хатлонской области "
        "Таджикистана Давлаталием Саидом.",
    )
    assert ("regional_head", "TJ") in {
        post for name, posts in posts_of(a).items() if "Саид" in name for post in posts
    }
    a = extract(
        extractor, "Мэр Казани Ильсур Метшин принял председателя города Худжанда Раджаббоя Ахмадзоду."
    )
    assert any(role == "regional_head" for role, _ in posts_of(a)["Раджаббой Ахмадзода"])


def test_a_sides_member_who_took_part_joins_the_meeting_told(extractor):
    a = extract(
        extractor,
        "Президент Казахстана Касым-Жомарт Токаев принял в Акорде министра иностранных дел Катара Мухаммеда "
        "Аль Тани. Во встрече с казахстанской стороны принял участие министр иностранных дел Ермек "
        "Кошербаев.\n",
    )
    assert meetings(a) == [
        ("talks", frozenset({"Касым-Жомарт Токаев", "Мухаммед Аль Тани", "Ермек Кошербаев"}))
    ]
    a = extract(
        extractor,
        "Премьер-министр Армении Никол Пашинян встретился с президентом Ирана Масудом Пезешкианом. В переговорах "
        "со стороны гостей участвовал министр иностранных дел Аббас Аракчи.\n",
    )
    assert len(a.meetings) == 1
    assert "Аббас Аракчи" in {a.persons[k].name for k in a.meetings[0].participants}


def test_the_partners_title_after_s_is_not_the_subjects(extractor):
    a = extract(
        extractor,
        "Губернатор Амурской области Василий Орлов принял генерального консула Китая. В беседе с консулом Василий "
        "Орлов рассказал о проектах.\n",
    )
    assert all(role != "other_official" for role, _ in posts_of(a)["Василий Орлов"])
    # a foreign name may stand undeclined after "с министром": still the minister's
    a = extract(extractor, "Посол Казахстана встретился с Министром обороны Монголии Батлут Дамба.")
    assert ("minister", "MN") in posts_of(a)["Батлут Дамба"]


def test_the_jewish_autonomous_region_is_russias(extractor):
    a = extract(
        extractor,
        "Сегодня в правительстве Еврейской автономной области губернатор Мария Костюк принял консула.",
    )
    assert ("regional_head", "RU") in posts_of(a)["Мария Костюк"]


def test_one_more_at_the_meeting_told_on_it_or_as_one_of_its_participants(extractor):
    a = extract(
        extractor,
        "Министр иностранных дел Армении Арарат Мирзоян встретился в Тбилиси с министром иностранных дел Грузии "
        "Макой Бочоришвили. На встрече также принял участие посол Армении в Грузии Ашот Смбатян.\n",
    )
    assert len(a.meetings) == 1 and "Ашот Смбатян" in {a.persons[k].name for k in a.meetings[0].participants}
    a = extract(
        extractor,
        "Раис Татарстана Рустам Минниханов встретился с мэром Анкары Мансуром Явашем. Одним из участников встречи "
        "стал мэр Казани Ильсур Метшин.\n",
    )
    assert len(a.meetings) == 1 and "Ильсур Метшин" in {a.persons[k].name for k in a.meetings[0].participants}


def test_a_subject_told_by_title_and_named_in_the_next_sentence(extractor):
    a = extract(
        extractor,
        "Глава Бурятии провел встречу с губернатором аймака Сэлэнгэ Монголии господином Батжаргалом Ганболдом. "
        "Алексей Цыденов отметил, что регионы сотрудничают с 2004 года.\n",
    )
    assert ("regional_head", "RU") in posts_of(a)["Алексей Цыденов"]
    assert any("Алексей Цыденов" in people for _, people in meetings(a))
