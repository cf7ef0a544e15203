import datetime as dt

import pytest

from kg.errors import InputError
from kg.extract.dates import parse_date_line
from kg.extract.model import Article
from kg.extract.segment import read_article_text, segment
from tests.paths import ARTICLES, SEED


def test_seed_layout():
    a = segment(Article("seed", read_article_text(SEED.read_bytes(), "seed.txt")))
    assert a.title == "Имеется потенциал в развитии транспортных коридоров"
    assert a.rubric == "Правительство"
    assert a.counter == 3
    assert a.byline == "Анвар Ахметов"
    assert a.published is None
    assert a.hashtags == ["сотрудничество", "Правительство", "Бектенов", "Беларусь"]
    body = a.text[a.body.start : a.body.stop]
    assert body.startswith("Глава Правительства Казахстана")
    assert "фото с cайта" not in " ".join(a.text[p.start : p.stop] for p in a.paragraphs)
    assert len(a.paragraphs) == 7
    assert all(a.text[s.start : s.stop] == s.text for s in a.sentences)


def test_dated_article_without_byline():
    a = segment(Article("dev05", (ARTICLES / "dev05.txt").read_text(encoding="utf-8")))
    assert a.byline is None
    assert a.counter == 1208
    assert a.published == dt.date(2026, 2, 16)


@pytest.mark.parametrize(
    "line, date",
    [
        ("12 марта 2025", dt.date(2025, 3, 12)),
        ("12.03.2025", dt.date(2025, 3, 12)),
        ("12 марта 2025, 14:30", dt.date(2025, 3, 12)),
        ("2 февраля 2026, 17:15", dt.date(2026, 2, 2)),
        ("Правительство", None),
    ],
)
def test_date_lines(line, date):
    assert parse_date_line(line) == date


def test_direct_speech_sentences_are_marked():
    a = segment(Article("seed", SEED.read_text(encoding="utf-8")))
    quoted = [s.text for s in a.sentences if s.in_quote]
    assert any(s.startswith("– Благодаря политической воле") for s in quoted)


@pytest.mark.parametrize(
    "raw, message",
    [
        (b"", "empty file"),
        (b"   \n\n", "empty file"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file"),
        ("Заголовок\n\nТекст".encode("cp1251"), "not UTF-8"),
    ],
)
def test_unreadable_input(raw, message):
    with pytest.raises(InputError, match=message):
        read_article_text(raw, "bad.txt")


def test_header_only_article_is_refused():
    with pytest.raises(InputError, match="no body"):
        segment(Article("x", "Заголовок\n\nПравительство\n3\nАнвар Ахметов\n12.03.2025\n"))


def test_a_hyphenated_name_after_a_dateline_is_no_agency():
    a = Article(
        id="t", text="Астана, 12 мая 2024 года. Президент Казахстана Касым-Жомарт Токаев принял делегацию."
    )
    segment(a)
    assert a.dateline == "Астана"
    assert [s.text for s in a.sentences] == ["Президент Казахстана Касым-Жомарт Токаев принял делегацию."]


def test_a_dateline_with_a_year_dates_the_article():
    a = Article(id="t", text="Минск, 3 марта 2023 года. Министры обсудили торговлю и транспорт.\n")
    segment(a)
    assert a.published == dt.date(2023, 3, 3)
    b = Article(id="t", text="БИШКЕК, 9 фев — Sputnik. Министры обсудили торговлю и транспорт.\n")
    segment(b)
    assert b.dateline == "БИШКЕК" and b.published is None
