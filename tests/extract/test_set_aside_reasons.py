"""Every event the meeting reader sets aside is recorded with why (texts written for these tests), and
``kg extract --explain`` prints the account: the meetings kept, then the events set aside."""

import io

import pytest

from kg.cli.write import main
from kg.extract.explain import account
from kg.ingest.extraction import explain_files
from tests.cliresult import fails, ok
from tests.paths import SEED


def _reasons(article) -> dict[str, tuple[str, ...]]:
    """Each set-aside trigger of the reading the article kept, with its reasons."""
    notes = [n for n in article.set_aside if n.reading == ("relaxed" if article.second_reading else "strict")]
    return {n.trigger.lower(): n.reasons for n in notes}


@pytest.mark.parametrize(
    "text, trigger, reason",
    [
        (
            "12 мая 2024\n\nРанее министр иностранных дел Армении Арарат Мирзоян провел переговоры с министром "
            "иностранных дел Греции Никосом Дендиасом.",
            "переговоры",
            "recall word «Ранее»",
        ),
        (
            "12 мая 2024\n\nНапомним, в марте 2023 года президент Узбекистана Шавкат Мирзиёев встречался с "
            "президентом Франции Эмманюэлем Макроном в Париже.",
            "встречался",
            "dated before the news",
        ),
        (
            "12 мая 2024\n\nМинистр обороны Казахстана Руслан Жаксылыков не встретился с министром обороны Турции "
            "Яшаром Гюлером из-за непогоды.",
            "встретился",
            "negated, refused or cancelled",
        ),
        (
            "12 мая 2024\n\nКак ожидается, премьер-министр Кыргызстана Адылбек Касымалиев встретится с "
            "премьер-министром Таджикистана Кохиром Расулзодой.",
            "встретится",
            "announced without a day",
        ),
        (
            "12 мая 2024\n\nВ Доме правительства состоялось заседание правительства Беларуси под председательством "
            "премьер-министра Романа Головченко.",
            "заседание",
            "a sitting of one state's body",
        ),
    ],
)
def test_a_set_aside_event_keeps_its_reason(extractor, text, trigger, reason):
    article = extractor.extract(text, "t")
    assert not article.meetings
    assert reason in _reasons(article)[trigger]


def test_a_meeting_kept_is_not_set_aside(extractor):
    article = extractor.extract(
        "12 мая 2024\n\nСегодня в Баку президент Азербайджана Ильхам Алиев провел переговоры с президентом "
        "Казахстана Касым-Жомартом Токаевым. Ранее министры иностранных дел двух стран Джейхун Байрамов и Мурат "
        "Нуртлеу встречались в Астане.",
        "t",
    )
    assert len(article.meetings) == 1
    reasons = _reasons(article)
    assert "переговоры" not in reasons
    assert "recall word «Ранее»" in reasons["встречались"]


def test_the_account_lists_meetings_then_the_set_aside(extractor):
    article = extractor.extract(
        "12 мая 2024\n\nСегодня в Баку президент Азербайджана Ильхам Алиев провел переговоры с президентом "
        "Казахстана Касым-Жомартом Токаевым. Ранее министры иностранных дел двух стран Джейхун Байрамов и Мурат "
        "Нуртлеу встречались в Астане.",
        "t",
    )
    text = account(article)
    lines = text.splitlines()
    assert lines[0] == "meetings (1):"
    assert lines[1].startswith("  1. talks, 2024-05-12, Баку, AZ: ") and "Ильхам Алиев" in lines[1]
    assert lines[2] == "set aside (1):"
    assert lines[3].startswith("  s2 «встречались» (talks): recall word «Ранее» | Ранее министры")


def test_explain_files_and_the_command(extractor, runner, tmp_path):
    out = io.StringIO()
    report = explain_files([SEED], out, extractor=extractor)
    assert report.written == [str(SEED)]
    assert out.getvalue().startswith(f"# {SEED}\nmeetings (1):\n  1. talks, ")
    r = ok(runner.invoke(main, ["extract", str(SEED), "--explain"]))
    assert r.stdout == out.getvalue()
    missing = tmp_path / "nope.txt"
    fails(runner.invoke(main, ["extract", str(missing), "--explain"]), f"{missing}: no such file")


def test_an_event_that_opened_nothing_is_listed_too(extractor):
    article = extractor.extract(
        "12 мая 2024\n\nВ Ташкенте состоялась встреча. Стороны обсудили торговлю.", "t"
    )
    assert not article.meetings
    assert _reasons(article)["встреча"] == ("no one named",)


def test_the_account_of_a_second_reading_says_so(extractor):
    article = extractor.extract("12 мая 2024\n\nПо итогам переговоров стороны подписали меморандум.", "t")
    lines = account(article).splitlines()
    assert lines[:2] == ["meetings (0):", "set aside (2) in the second reading (the first kept no meeting):"]
    assert lines[2].startswith(
        "  s1 «переговоров» (talks): opened no meeting (told in passing, or two sides not named) | По"
    )
