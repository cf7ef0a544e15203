"""Direct speech whose verb has no subject but the speaker's own "я" or "мы" tells the speaker's own meeting
(sentences written for the test)."""

from tests.extract.test_frames import extract


def met(article):
    return [sorted(m.participants) for m in article.meetings]


def test_a_quoted_verb_without_a_subject_is_the_speakers(extractor):
    a = extract(
        extractor,
        "Сенатор Анатолий Артамонов пригласил в регион китайского посла. «С господином Чжаном Ханьхуэйем "
        "обсудили вложение китайских инвестиций», – заявил Артамонов.",
    )
    assert met(a) == [["анатолий артамонов", "чжан ханьхуэй"]]


def test_the_speakers_we_introduced_by_a_colon(extractor):
    a = extract(
        extractor,
        "Губернатор Омской области Виталий Хоценко написал в своем канале: «Мы обсудили с послом Индии "
        "Винаем Кумаром поставки зерна и удобрений».",
    )
    assert met(a) == [["винай кумар", "виталий хоценко"]]


def test_a_quoted_sentence_with_its_own_subject_is_not_the_speakers(extractor):
    a = extract(
        extractor,
        "Губернатор Омской области Виталий Хоценко прокомментировал визит. «Министр сельского хозяйства "
        "Иван Петров обсудил с послом Индии Винаем Кумаром поставки зерна», – сказал Хоценко.",
    )
    assert met(a) == [["винай кумар", "иван петров"]]


def test_a_speech_left_unclosed_ends_at_its_own_attribution(extractor):
    a = extract(
        extractor,
        "Президент Татарстана Рустам Минниханов провел встречу с заместителем министра торговли Катара "
        'Султаном аль-Хатером.\n"У меня сложилось отличное впечатление от Татарстана, - заявил в ответ Султан '
        'аль-Хатер. "Мы желаем развивать отношения с Россией", - добавил гость.',
    )
    first = a.quotes[0]
    assert (first.speaker, first.text) == (
        "султан аль-хатер",
        "У меня сложилось отличное впечатление от Татарстана,",
    )
