"""Dates: the date line of the header, dates in running text, and past-time markers."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

MONTHS = {
    "январ": 1,
    "феврал": 2,
    "март": 3,
    "апрел": 4,
    "ма": 5,
    "июн": 6,
    "июл": 7,
    "август": 8,
    "сентябр": 9,
    "октябр": 10,
    "ноябр": 11,
    "декабр": 12,
}
_MONTH_GEN = r"(января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря)"
_MONTH_LOC = r"(январе|феврале|марте|апреле|мае|июне|июле|августе|сентябре|октябре|ноябре|декабре)"
WEEKDAYS = {
    "понедельник": 0,
    "вторник": 1,
    "среду": 2,
    "среда": 2,
    "четверг": 3,
    "пятницу": 4,
    "пятница": 4,
    "субботу": 5,
    "суббота": 5,
    "воскресенье": 6,
}

# a line that is only a date, maybe with a time, a weekday or "Опубликовано": the header's or the footer's date
_DATE_PREFIX = r"(?:(?:опубликовано|обновлено|дата публикации|дата|размещено)\s*:?\s*)?"
_TIME = r"(?:\s*(?:,|\||в|-|–|—)?\s*\d{1,2}:\d{2}(?::\d{2})?)?"
_DATE_LINE = re.compile(
    r"^\s*"
    + _DATE_PREFIX
    + r"(\d{1,2})\s+"
    + _MONTH_GEN
    + r"\s+(\d{4})(?:\s*(?:г\.|года|г))?"
    + _TIME
    + r"\s*$",
    re.I,
)
_DATE_LINE_NUM = re.compile(
    r"^\s*" + _DATE_PREFIX + r"(\d{1,2})[./](\d{1,2})[./](\d{4})" + _TIME + r"\s*$", re.I
)
_DATE_LINE_ISO = re.compile(r"^\s*" + _DATE_PREFIX + r"(\d{4})-(\d{2})-(\d{2})" + _TIME + r"\s*$", re.I)
_TEXT_DATE = re.compile(
    r"(?<!\d)(\d{1,2})(?:\s*[–—-]\s*\d{1,2})?\s+" + _MONTH_GEN + r"(?:\s+(\d{4})(?:\s*(?:года|г\.))?)?", re.I
)
_RELATIVE = {"сегодня": 0, "завтра": 1, "вчера": -1, "послезавтра": 2, "накануне": -1}
# A year or a month without a day dates a recalled event, not the news of the day.
_YEAR_ONLY = re.compile(
    r"\b(?:в|во|с|осенью|весной|летом|зимой|конце|начале|середине)\s+(?:\w+\s+)?(\d{4})\s*(?:году|года|г\.)"
    r"|\b(?:в|во)\s+"
    + _MONTH_LOC
    + r"(?:\s+(\d{4})\s+года|\s+прошлого\s+года|\s+текущего\s+года|\s+этого\s+года)?"
    r"|\b(?:в\s+)?(?:прошлом|позапрошлом)\s+году\b|\bпрошлого\s+года\b",
    re.I,
)


def _month(word: str) -> int:
    word = word.lower()
    for stem, n in MONTHS.items():
        if word.startswith(stem) and (stem != "ма" or word in ("мая", "мае", "май")):
            return n
    raise ValueError(word)


def parse_date_line(line: str) -> dt.date | None:
    if len(line) > 80:
        return None
    m = _DATE_LINE.match(line)
    try:
        if m:
            return dt.date(int(m.group(3)), _month(m.group(2)), int(m.group(1)))
        m = _DATE_LINE_NUM.match(line)
        if m:
            return dt.date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
        m = _DATE_LINE_ISO.match(line)
        if m:
            return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None
    return None


@dataclass
class TextDate:
    start: int
    stop: int
    day: int
    month: int
    year: int | None


def find_dates(text: str) -> list[TextDate]:
    out = []
    for m in _TEXT_DATE.finditer(text):
        # "на 2026–2028 годы" and "до 2030 года" are periods; only a day and a month make a date
        out.append(
            TextDate(
                m.start(),
                m.end(),
                int(m.group(1)),
                _month(m.group(2)),
                int(m.group(3)) if m.group(3) else None,
            )
        )
    return out


def resolve(td: TextDate, reference: dt.date | None) -> dt.date | None:
    """A date in running text, its missing year taken from the reference date."""
    year = td.year or (reference.year if reference else None)
    if year is None:
        return None
    try:
        date = dt.date(year, td.month, td.day)
    except ValueError:
        return None
    if td.year is None and reference and (date - reference).days > 200:
        date = date.replace(year=year - 1)  # "28 декабря" read in January
    return date


def relative_date(text: str, reference: dt.date | None) -> dt.date | None:
    """ "сегодня", "завтра", "в понедельник" resolved against the publication date."""
    if reference is None:
        return None
    low = text.lower()
    for word, delta in _RELATIVE.items():
        if re.search(r"\b" + word + r"\b", low):
            return reference + dt.timedelta(days=delta)
    m = re.search(r"\bв(?:о)?\s+(" + "|".join(WEEKDAYS) + r")\b", low)
    if m:
        wd = WEEKDAYS[m.group(1)]
        back = (reference.weekday() - wd) % 7
        return reference - dt.timedelta(days=back)
    return None


def has_vague_past(text: str) -> bool:
    return bool(_YEAR_ONLY.search(text))


def years_before(text: str, reference: dt.date | None) -> bool:
    """The text names a year earlier than the reference year ("в 2023 году", "в декабре 2022 года")."""
    if reference is None:
        return False
    return any(int(y) < reference.year for y in re.findall(r"\b(19\d\d|20\d\d)\s*(?:году|года|г\.)", text))
