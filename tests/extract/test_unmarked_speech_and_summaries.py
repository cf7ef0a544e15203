"""Speech that only its closing ", – сказал X." marks, masculine names in a hushing consonant, and headlines
that tell several meetings as one (sentences written for the test)."""

from kg.extract.morph import normalize_name
from kg.extract.speech import speech_spans
from tests.extract.test_frames import extract


def speakers(article):
    return sorted(article.persons[q.speaker].name for q in article.quotes)


def met(article):
    return sorted(sorted(article.persons[k].name for k in m.participants) for m in article.meetings)


def test_a_paragraph_closed_by_a_dash_and_a_speech_verb_is_the_speakers(extractor):
    a = extract(
        extractor,
        "Губернатор Курской области Роман Старовойт побывал в Минске.\n\n"
        "Провели хорошие переговоры с белорусскими коллегами. Уверен, этот визит даст новые контракты, – "
        "написал Роман Старовойт.",
    )
    assert speakers(a) == ["Роман Старовойт"]


def test_the_speaker_may_follow_with_an_initial_and_a_hyphen_for_a_dash(extractor):
    a = extract(
        extractor,
        "Министр иностранных дел России Сергей Лавров прибыл в Ереван.\n\n"
        "Сроки визита пока согласуются, - ответил С. Лавров на вопрос журналистов.",
    )
    assert speakers(a) == ["Сергей Лавров"]


def test_unmarked_speech_covers_the_paragraph_up_to_its_attribution():
    paragraph = "Мы обсудили поставки зерна. Договорились встретиться осенью, – сказал министр."
    assert speech_spans(paragraph) == [(0, paragraph.index(", –"))]


def test_a_paragraph_that_goes_on_after_the_attribution_is_no_speech():
    paragraph = "Стороны обсудили поставки зерна, – сообщила пресс-служба. Затем делегация посетила завод."
    assert speech_spans(paragraph) == []


def test_a_paragraph_with_quotation_marks_keeps_them_as_the_speech():
    paragraph = "«Мы обсудили поставки зерна с коллегами из Минска», – сказал министр."
    assert speech_spans(paragraph) == [(1, paragraph.index("»"))]


def test_a_mans_name_in_a_hushing_consonant_is_read_in_the_instrumental():
    assert normalize_name(["Хулуси", "Кылычем"], None, {"nomn": 1.0, "ablt": 2.0}).last == "Кылыч"
    assert normalize_name(["Мехмет", "Гюмюшем"], None, {"ablt": 2.0}).last == "Гюмюш"


def test_a_womans_name_stays_where_no_instrumental_ends_so():
    assert normalize_name(["Мерьем", "Озтюрк"], None, {"nomn": 2.0}).first == "Мерьем"


def test_a_headline_that_tells_the_bodys_meetings_as_one_is_not_another_meeting(extractor):
    a = extract(
        extractor,
        "Токаев и Бектенов встретились с премьер-министром Сербии\n\n"
        "Премьер-министр Сербии Милош Вучевич прибыл с визитом в Казахстан. Он провел встречу с Президентом "
        "Казахстана Касым-Жомартом Токаевым.\n\n"
        "Затем Милош Вучевич провел переговоры с Премьер-министром Казахстана Олжасом Бектеновым.",
    )
    assert met(a) == [
        ["Касым-Жомарт Токаев", "Милош Вучевич"],
        ["Милош Вучевич", "Олжас Бектенов"],
    ]


def test_a_headline_meeting_the_body_does_not_cover_stays(extractor):
    a = extract(
        extractor,
        "Лидеры Казахстана, Узбекистана и Киргизии встретились в Ташкенте\n\n"
        "Президент Казахстана Касым-Жомарт Токаев, Президент Узбекистана Шавкат Мирзиёев и Президент "
        "Киргизии Садыр Жапаров провели встречу в Ташкенте.\n\n"
        "Затем Касым-Жомарт Токаев провел переговоры с Шавкатом Мирзиёевым.",
    )
    assert ["Касым-Жомарт Токаев", "Садыр Жапаров", "Шавкат Мирзиёев"] in met(a)


def test_a_mongolian_name_in_the_instrumental_keeps_its_e_letter():
    assert normalize_name(["Бухчулуун", "Пурэвдоржэм"], None, {"ablt": 2.0}).last == "Пурэвдорж"
    assert normalize_name(["Гомбожав", "Занданшатар"], None, {"nomn": 2.0}).last == "Занданшатар"
