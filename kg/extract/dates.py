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
# "Опубликовано:", "Дата публикации", "Write:", "Updated:": a word or two, and a colon for any other
_DATE_PREFIX = (
    r"(?:(?:опубликовано|обновлено|дата публикации|дата|размещено)\s*:?\s*"
    r"|[A-Za-zА-ЯЁа-яё]+(?:\s+[A-Za-zА-ЯЁа-яё]+)?\s*:\s*)?"
)
_TEXT_DATE = re.compile(
    r"(?<!\d)(\d{1,2})(?:\s*[–—-]\s*\d{1,2})?\s+"
    + _MONTH_GEN
    + r"(?:,?\s+(\d{4})(?!\d)(?:\s*(?:года|г\.))?)?",
    re.I,
)
_RELATIVE = {"сегодня": 0, "завтра": 1, "вчера": -1, "послезавтра": 2, "накануне": -1}
# A year or a month without a day dates a recalled event, not the news of the day.
_YEAR_ONLY = re.compile(
    r"\b(?:в|во|с|осенью|весной|летом|зимой|конце|начале|середине)\s+(?:\w+\s+)?(\d{4})\s*(?:году|года|г\.)"
    r"|\b(?:в|во)\s+"
    + _MONTH_LOC
    + r"(?:\s+(\d{4})\s+года|\s+прошлого\s+года|\s+текущего\s+года|\s+этого\s+года)?"
    r"|\b(?:в\s+)?(?:прошлом|позапрошлом)\s+году\b|\bпрошлого\s+года\b"
    r"|\bв\s+(?:конце|начале|середине)\s+" + _MONTH_GEN + r"(?!\s+\d)",  # "в конце января": a month
    re.I,
)


def _month(word: str) -> int:
    word = word.lower()
    for stem, n in MONTHS.items():
        if word.startswith(stem) and (stem != "ма" or word in ("мая", "мае", "май")):
            return n
    for stem, n in _UK_MONTHS.items():
        if word.startswith(stem):
            return n
    raise ValueError(word)


_EN_MONTHS = {
    m: i + 1
    for i, m in enumerate(
        (
            "january",
            "february",
            "march",
            "april",
            "may",
            "june",
            "july",
            "august",
            "september",
            "october",
            "november",
            "december",
        )
    )
}
_CLOCK = r"\d{1,2}:\d{2}(?::\d{2})?"
_SEP = r"\s*(?:[,|/•·]|\s[-–—]\s)?\s*"
_BULLET = r"[\s•·*|]*"
_WEEKDAY = (
    r"(?:(?:понедельник|вторник|среда|четверг|пятница|суббота|воскресенье|"
    r"mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?\s*,?\s*)?"
)
# a month's name in any case: "мая" in a sentence, "Май 12, 2021" or "26 Октябрь 2025" in outlets' stamps
# Ukrainian outlets' stamps in Russian pages: "12:59, 9 вересня 2013 р."
_UK_MONTHS = {
    "січ": 1, "лют": 2, "берез": 3, "квіт": 4, "трав": 5, "черв": 6,
    "лип": 7, "серп": 8, "верес": 9, "жовт": 10, "листопад": 11, "груд": 12,
}  # fmt: skip
_MONTH_ANY = (
    r"(?:январ|феврал|март|апрел|ма[йяе]|июн|июл|август|сентябр|октябр|ноябр|декабр|"
    + "|".join(_UK_MONTHS)
    + r")[а-яёіїє]*"
)
_YEAR_WORD = r"(?:\s*(?:г\.|года|г|р\.)(?![а-яё]))?"
# the date itself, in the forms outlets print: "19 января 2023", "06 октября, 2025", "19.09.2022",
# "2021-04-08", "April 8, 2021", "8 April 2021"
_STAMP_DATE = (
    r"(?P<d1>\d{1,2})\s+(?P<mon1>"
    + _MONTH_ANY
    + r"),?\s+(?P<y1>\d{4})"
    + _YEAR_WORD
    + r"|(?P<d2>\d{1,2})[./](?P<m2>\d{1,2})[./](?P<y2>\d{4})"
    + r"|(?P<y3>\d{4})[-/.](?P<m3>\d{1,2})[-/.](?P<d3>\d{1,2})(?!\d)"
    + r"|(?P<mn4>[A-Za-zА-Яа-яЁё]{3,9})\.?\s+(?P<d4>\d{1,2}),?\s+(?P<y4>\d{4})"
    + r"|(?P<d5>\d{1,2})\s+(?P<mn5>[A-Za-z]{3,9})\.?,?\s+(?P<y5>\d{4})"
)
_STAMP = re.compile(
    r"^"
    + _BULLET
    + r"(?:[-–—]\s+)?"  # "- 26 мая 2025 15:35": a stamp set as an item of the page's list
    + _DATE_PREFIX
    + _WEEKDAY
    + r"(?:(?P<clock_before>"
    + _CLOCK
    + r")"
    + _SEP
    + r")?"
    + r"(?:"
    + _STAMP_DATE
    + r")"
    + r"(?:"
    + _SEP
    + r"(?:в\s+)?(?P<clock_after>"
    + _CLOCK
    + r"))?"
    + _BULLET,
    re.I,
)


def _stamp_date(m: re.Match) -> dt.date | None:
    g = m.groupdict()
    try:
        if g["d1"]:
            return dt.date(int(g["y1"]), _month(g["mon1"]), int(g["d1"]))
        if g["d2"]:
            return dt.date(int(g["y2"]), int(g["m2"]), int(g["d2"]))
        if g["d3"]:
            return dt.date(int(g["y3"]), int(g["m3"]), int(g["d3"]))
        month, day, year = (g["mn4"], g["d4"], g["y4"]) if g["d4"] else (g["mn5"], g["d5"], g["y5"])
        number = next(
            (n for name, n in _EN_MONTHS.items() if name.startswith(month.lower()) and len(month) >= 3), None
        )
        if number is None and re.fullmatch(_MONTH_ANY, month, re.I):
            number = _month(month)  # "Май 12, 2021"
        return dt.date(int(year), number, int(day)) if number else None
    except ValueError:
        return None


def opening_date(line: str) -> tuple[dt.date, int] | None:
    """A full date that opens a line, whatever follows it, and how many characters it takes."""
    m = _STAMP.match(line)
    date = _stamp_date(m) if m is not None else None
    return (date, m.end()) if date is not None and m is not None else None


def date_stamp(line: str) -> tuple[dt.date, int] | None:
    """A publication stamp that opens a line, and how many characters it takes.

    Outlets print the date of an item in many shapes ("19 января 2023, 15:33 Outlet", "21:09 / 27.01.2021",
    "• 06 октября, 2025", "April 8, 2021 12:21", "19.09.2022 | 17:10Сегодня ..."). A date that opens a
    sentence ("12 марта 2025 года в Астане прошли ...") is no stamp: a stamp stands alone on its line, has a
    clock time or a separator beside it, or is followed only by a few capitalized words (the outlet's name)."""
    m = _STAMP.match(line)
    if m is None:
        return None
    date = _stamp_date(m)
    if date is None:
        return None
    rest = line[m.end() :]
    words = rest.split()
    if words and m.group("clock_after") and re.search(r"(?i)\bв\s+" + _CLOCK + r"\W*$", line[: m.end()]):
        return None  # "12 марта 2025 года в 10:00 начнётся ...": the time of an event, told in a sentence
    clocked = bool(m.group("clock_before") or m.group("clock_after"))
    separated = bool(re.search(r"[|/•·]\s*$", line[: m.end()]))
    outlet = len(words) <= 3 and all(
        w[:1].isupper() or not w[:1].isalpha() or re.match(r"[A-Za-z]", w) for w in words
    )
    if not words or clocked or separated or outlet:
        return date, m.end()
    return None


_RUBRIC_AND_PLACE = re.compile(
    r"^(?=[^\n]*?[|,])(?:[^|\n]{1,40}\|\s*)?(?:[А-ЯЁA-Z][\w-]+(?:\s+[А-ЯЁA-Z][\w-]+)?,\s*)?"
)


def parse_date_line(line: str) -> dt.date | None:
    """A line that is a date stamp and nothing else worth reading (a time, an outlet's name)."""
    if len(line) > 80:
        return None
    stamp = date_stamp(line)
    place = _RUBRIC_AND_PLACE.match(line)
    if stamp is None and place and place.end():
        line = line[place.end() :]  # "Политика | Николаев, 4 Октября, 2019": a rubric and a place before it
        stamp = date_stamp(line)
    if stamp is None:
        return None
    date, end = stamp
    rest = line[end:].split()
    if len(rest) <= 3 and all(
        w[:1].isupper() or not w[:1].isalpha() or re.match(r"[A-Za-z]", w) for w in rest
    ):
        return date
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


def relative_date(text: str, reference: dt.date | None, ahead: bool = False) -> dt.date | None:
    """ "сегодня", "завтра", "в понедельник" resolved against the publication date; a weekday is the
    last one before it, or with ``ahead`` (an announced event: "в воскресенье встретится") the next."""
    if reference is None:
        return None
    low = text.lower()
    for word, delta in _RELATIVE.items():
        if re.search(r"\b" + word + r"\b", low):
            return reference + dt.timedelta(days=delta)
    m = re.search(r"\bв(?:о)?\s+(" + "|".join(WEEKDAYS) + r")\b", low)
    if m:
        wd = WEEKDAYS[m.group(1)]
        if ahead:
            return reference + dt.timedelta(days=(wd - reference.weekday()) % 7)
        back = (reference.weekday() - wd) % 7
        return reference - dt.timedelta(days=back)
    return None


def names_a_day(text: str) -> bool:
    """ "сегодня", "завтра", "в пятницу", "в этот день": a day the text states, even where no date line resolves
    it."""
    low = text.lower()
    return bool(
        re.search(r"\b(?:сегодня|завтра|послезавтра)\b", low)
        # "6 октября ... В этот день состоится встреча": the day named before
        or re.search(r"\bв\s+(?:этот|тот)(?:\s+же)?\s+день\b", low)
        # "во вторник", "на вторник запланирована встреча"
        or re.search(r"\b(?:в|во|на)\s+(?:" + "|".join(WEEKDAYS) + r")\b", low)
    )


def states_a_day(text: str) -> bool:
    """A date ("18 апреля", with or without a year) or a day word: what an announced event needs to count."""
    return bool(find_dates(text)) or names_a_day(text)


def has_vague_past(text: str, reference: dt.date | None = None) -> bool:
    """A year or a month with no day ("в 2023 году", "в мае", "в прошлом году"); a year after ``reference``'s
    ("наблюдать за выборами в 2010 году" in a text of December 2009) lies ahead and dates nothing past."""
    return any(not (reference and _year_of(m.group(0)) > reference.year) for m in _YEAR_ONLY.finditer(text))


def _year_of(words: str) -> int:
    """The year a phrase names, 0 for none ("в прошлом году", "в мае")."""
    year = re.search(r"\d{4}", words)
    return int(year.group(0)) if year else 0


def years_before(text: str, reference: dt.date | None) -> bool:
    """The text names a year earlier than the reference year ("в 2023 году", "в декабре 2022 года")."""
    if reference is None:
        return False
    return any(int(y) < reference.year for y in re.findall(r"\b(19\d\d|20\d\d)\s*(?:году|года|г\.)", text))
