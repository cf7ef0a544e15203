"""A ceremony, a reception or an opening that officials of two states attended is their meeting when the text
tells no talks; an announced one, or one with officials of one state, is not. Sentences written for these
tests."""

from tests.extract.readings import participants


def test_officials_of_two_states_at_an_opening_ceremony_met(extractor):
    a = extractor.extract(
        "В Омске открылась выставка белорусских товаров. В церемонии открытия приняли участие губернатор Омской "
        "области Виталий Хоценко и посол Беларуси в России Дмитрий Крутой.",
        "t",
    )
    assert participants(a) == [["виталий хоценко", "дмитрий крутой"]]
    assert a.meetings[0].kind == "talks"


def test_speakers_named_after_a_reception_held_are_its_guests(extractor):
    a = extractor.extract(
        "В посольстве Казахстана в Бишкеке состоялся торжественный прием по случаю Дня Республики. "
        "Обращаясь к гостям, посол Казахстана в Киргизии Рапиль Жошыбаев отметил рост товарооборота. "
        "В ответном слове министр иностранных дел Киргизии Жээнбек Кулубаев поблагодарил казахстанских коллег.",
        "t",
    )
    assert participants(a) == [["жээнбек кулубаев", "рапиль жошыбаев"]]


def test_an_announced_ceremony_is_no_meeting(extractor):
    a = extractor.extract(
        "В церемонии открытия консульства примут участие аким Актюбинской области Асхат Шахаров и посол Китая "
        "в Казахстане Хань Чуньлинь.",
        "t",
    )
    assert a.meetings == []


def test_a_ceremony_of_one_states_officials_is_no_meeting(extractor):
    a = extractor.extract(
        "В Минске прошла церемония открытия нового корпуса больницы. В ней приняли участие премьер-министр "
        "Беларуси Роман Головченко и министр здравоохранения Беларуси Дмитрий Пиневич.",
        "t",
    )
    assert a.meetings == []


def test_an_official_only_recalled_beside_the_ceremony_is_not_its_guest(extractor):
    a = extractor.extract(
        "В Минске прошла церемония открытия нового корпуса больницы. В ней принял участие премьер-министр "
        "Беларуси Роман Головченко. Ранее сообщалось, что Роман Головченко поздравил премьер-министра Казахстана "
        "Олжаса Бектенова с назначением.",
        "t",
    )
    assert a.meetings == []


def test_an_official_at_a_ceremony_held_abroad_with_its_hosts_unnamed_met_them(extractor):
    a = extractor.extract(
        "В городе Хошимин на юге Вьетнама состоялась церемония открытия почетного консульства Казахстана. На "
        "мероприятии присутствовали представители министерства иностранных дел и народного комитета города. "
        "Посол Казахстана во Вьетнаме Серик Жанибеков поблагодарил вьетнамских партнеров.",
        "t",
    )
    assert participants(a) == [["серик жанибеков"]]


def test_an_opening_only_discussed_is_no_meeting(extractor):
    a = extractor.extract(
        "Глава Элисты и руководитель представительства МИД России Евгений Торбин обсудили открытие консульства "
        "Монголии. В обсуждении участвовали представители администрации.",
        "t",
    )
    assert a.meetings == []


def test_attending_an_inauguration_abroad_is_no_meeting(extractor):
    for occasion in (
        "церемонии инаугурации Президента Монголии",
        "траурной церемонии прощания с президентом",
    ):
        a = extractor.extract(
            f"Глава Бурятии Алексей Цыденов принял участие в {occasion} Ухнаагийна Хурэлсуха. Российскую "
            "делегацию возглавил помощник Президента Российской Федерации Игорь Левитин.",
            "t",
        )
        assert a.meetings == [], occasion
