"""Articles in any layout: the site header, plain paragraphs, noisy excerpts, saved web pages."""

import datetime as dt

import pytest

from kg.errors import InputError
from kg.extract.model import Article
from kg.extract.segment import segment
from kg.extract.source import read_source
from tests.paths import FIXTURES

HTML = FIXTURES / "html" / "visit.html"


def body_text(article: Article) -> str:
    return "\n".join(article.text[p.start : p.stop] for p in article.paragraphs)


def test_a_plain_paragraph_is_an_article():
    a = segment(Article("p", "Министр иностранных дел Казахстана встретился с послом Японии в Астане."))
    assert a.layout == "plain"
    assert [s.text for s in a.sentences] == [
        "Министр иностранных дел Казахстана встретился с послом Японии в Астане."
    ]


def test_every_paragraph_counts_the_headline_included():
    text = "Путин и Жапаров обсудили торговлю\n\nПрезидент России провел телефонный разговор.\n\nСтороны обсудили торговлю."
    a = segment(Article("p", text))
    assert a.title == "Путин и Жапаров обсудили торговлю"
    assert len(a.paragraphs) == 3
    assert body_text(a).startswith("Путин и Жапаров")


def test_page_furniture_is_dropped_and_text_kept():
    text = "\n".join(
        [
            "Меню",
            "  • $ 86.62 +0.05",
            "Новости Казахстана Новости мира Интервью Спорт Культура",
            "Переговоры в Ташкенте",
            "Фото: пресс-служба МИД",
            "Министры иностранных дел обсудили транзит грузов.",
            "ПОДЕЛИТЬСЯ",
            "Читайте нас в",
            "Постоянный адрес новости: example.kz/ru/news/2025/03/13/peregovory-v-tashkente-ministry-obsudili-tranzit",
            "Все новости",
            "242",
        ]
    )
    a = segment(Article("n", text))
    assert body_text(a).splitlines() == [
        "Переговоры в Ташкенте",
        "Министры иностранных дел обсудили транзит грузов.",
    ]


def test_a_repeated_paragraph_is_read_once():
    para = "Аким области встретился с губернатором провинции и обсудил торговые связи двух регионов."
    a = segment(
        Article("r", f"Заголовок новости о встрече\n\n{para}\n\nПОДЕЛИТЬСЯ\n\n{para}\n\nВторой абзац текста.")
    )
    assert body_text(a).count(para) == 1


@pytest.mark.parametrize(
    "line, date",
    [
        (" date 2025-11-11 Касымалиев: Россия – надежный партнер", dt.date(2025, 11, 11)),
        ("18.06.2025, 13:21", dt.date(2025, 6, 18)),
        ("17 мая 2022 | 22:02", dt.date(2022, 5, 17)),
        ("Опубликовано 13 марта 2025 в 11:35", dt.date(2025, 3, 13)),
        ("16 сентября 2016 года", dt.date(2016, 9, 16)),
    ],
)
def test_date_lines_anywhere_date_the_article(line, date):
    text = f"{line}\nВ Бишкеке состоялись переговоры министров иностранных дел двух стран.\n"
    if not line.startswith(" date"):
        text = (
            "В Бишкеке состоялись переговоры министров иностранных дел двух стран.\n" + line
        )  # a date at the end
    a = segment(Article("d", text))
    assert a.published == date
    assert "переговоры министров" in body_text(a)
    assert not any(c.isdigit() for c in body_text(a).replace("2025-11-11", "")) or "Касымалиев" in body_text(
        a
    )


@pytest.mark.parametrize(
    "dateline, place",
    [
        ("БИШКЕК, 9 фев — Sputnik. ", "БИШКЕК"),
        ("Астрахань. 28 ноября. ИНТЕРФАКС-ЮГ - ", "Астрахань"),
        ("МОСКВА, 5 марта. /ТАСС/. ", "МОСКВА"),
    ],
)
def test_a_dateline_is_cut_off_its_paragraph(dateline, place):
    sentence = "В среду постоянный представитель провела встречу с Генеральным секретарем."
    a = segment(Article("dl", dateline + sentence))
    assert a.dateline == place
    assert a.sentences[0].text == sentence


def test_bylines_and_photo_captions_are_not_text():
    text = "Абдрахман ЕНСЕГЕН\nВ Кызылорде аким области принял делегацию.\nВладимир Путин и Садыр Жапаров (Фото: Алексей Никольский / ТАСС)\nФото Александра Кочерещенко."
    a = segment(Article("b", text))
    assert a.byline == "Абдрахман ЕНСЕГЕН"
    assert body_text(a) == "В Кызылорде аким области принял делегацию."


def test_the_site_layout_is_still_read_from_its_header():
    text = "Заголовок\n\nПравительство\n12\nАнвар Ахметов\n12.03.2025\nТекст новости о встрече.\n#тег"
    a = segment(Article("s", text))
    assert (a.layout, a.rubric, a.counter, a.byline, a.published) == (
        "site",
        "Правительство",
        12,
        "Анвар Ахметов",
        dt.date(2025, 3, 12),
    )
    assert body_text(a) == "Текст новости о встрече." and a.hashtags == ["тег"]


def test_only_furniture_is_refused():
    with pytest.raises(InputError, match="no body"):
        segment(Article("x", "Меню\nПОДЕЛИТЬСЯ\n$ 518.97  607.3  6.64\n"))


def test_a_saved_web_page_gives_text_title_date_and_author():
    source = read_source(HTML)
    assert source.layout == "page"
    assert source.title == "Премьер-министры Казахстана и Армении провели переговоры"
    assert source.published == dt.date(2026, 3, 5)
    assert source.author == "Айгерим Сатпаева"
    for noise in ("Главная", "USD 505", "Читайте также", "Курс тенге", "Все права защищены"):
        assert noise not in source.text
    a = segment(Article("h", source.text, layout=source.layout, title=source.title))
    assert (
        body_text(a).count("Премьер-министры Казахстана и Армении провели переговоры") == 0
    )  # the title, not text
    assert body_text(a).startswith("Премьер-министр Республики Казахстан Олжас Бектенов")


def test_a_web_page_is_extracted_like_an_article(extractor):
    a = extractor.extract_file(HTML)
    assert (a.published, a.byline) == (dt.date(2026, 3, 5), "Айгерим Сатпаева")
    [meeting] = a.meetings
    assert {a.persons[k].name for k in meeting.participants} == {"Олжас Бектенов", "Никол Пашинян"}
    assert (meeting.kind, meeting.date, meeting.city) == ("talks", dt.date(2026, 3, 5), "Астана")
    assert (meeting.visit.kind, meeting.visit.host) == ("official_visit", "KZ")
    assert [(d.type, d.period_start, d.period_end) for d in meeting.documents] == [("roadmap", 2026, 2028)]
    assert {a.persons[q.speaker].name for q in a.quotes} == {"Никол Пашинян"}


@pytest.mark.parametrize(
    "html, message",
    [
        (b"<html><body><nav>Menu</nav></body></html>", "no article text"),
        (b"", "empty file"),
    ],
)
def test_web_pages_without_an_article_are_refused(tmp_path, html, message):
    page = tmp_path / "empty.html"
    page.write_bytes(html)
    with pytest.raises(InputError, match=message):
        read_source(page)


@pytest.mark.parametrize("month", ["Февраль", "февраля", "Фев"])
def test_a_date_stamp_set_one_word_per_line_dates_the_article(month):
    text = (
        f"Поделиться\n\nОпубликовано\n\n28\n{month}\n2023\n\nПрезидент Узбекистана провел переговоры с "
        "президентом Казахстана. Стороны обсудили торговлю и транспорт."
    )
    a = segment(Article("p", text))
    assert a.published == (dt.date(2023, 2, 28) if month != "Фев" else None)
    assert "2023" not in body_text(a)
