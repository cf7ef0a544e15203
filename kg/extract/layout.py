"""What each line of a scraped text is: header, content, or page furniture.

Articles come in two shapes. The site layout of the dev corpus (title, blank,
rubric, optional counter, byline and date line, body, hashtags) is recognised
by its header. Anything else -- excerpts cut out of news pages, plain
paragraphs, pasted text -- is read line by line: every line that is not page
furniture (menus, currency rates, share buttons, counters, photo credits, URLs,
repeated paragraphs) is a paragraph, the headline included; date lines anywhere
give the publication date; a dateline ("БИШКЕК, 9 фев — Sputnik.") is cut off
the paragraph it opens.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kg.extract.dates import parse_date_line

_PHOTO = re.compile(
    r"(?i)^\s*(?:фото|photo|источник фото|фотограф|иллюстративное фото)\b|\(\s*фото\s*:|[.|]\s*фото\s*:|"
    r"\bфото\s*[:©]|^\s*©|[.!?]\s*фото(?:графии)?\s*$|\bфото\s+(?:с\s+сайта|из\s+открытых|пресс-служб)"
)
_COUNTER = re.compile(r"^\s*\d[\d\s]*$")
_BYLINE = re.compile(
    r"^(?:[A-ZА-ЯЁ][a-zа-яё]+|[A-ZА-ЯЁ]{2,})(?:-[A-ZА-ЯЁ][a-zа-яё]+)?"
    r"(?: (?:[A-ZА-ЯЁ][a-zа-яё.]+|[A-ZА-ЯЁ]{2,})(?:-[A-ZА-ЯЁ][a-zа-яё]+)?){1,2}$"
)
_HASHTAGS = re.compile(r"^\s*(#[\w-]+\s*)+$")
_MACHINE_DATE = re.compile(r"^\s*date\s+(\d{4})-(\d{2})-(\d{2})\b\s*")
_URL = re.compile(r"(?i)https?://|www\.|\b[\w-]+\.(?:ru|kz|kg|uz|by|com|org|net|info|media|tj|am|az)/")
_URL_TEXT = re.compile(
    r"(?i)(?:https?://|www\.)\S+|\b[\w-]+\.(?:ru|kz|kg|uz|by|com|org|net|info|media|tj|am|az)/\S*"
)
_SENTENCE_END = re.compile(r"[.!?…»\"”)]\s*$")
# "БИШКЕК, 9 фев — Sputnik.", "Астрахань. 28 ноября. ИНТЕРФАКС-ЮГ -", "МОСКВА, 5 марта. /ТАСС/."
_MONTH_WORD = r"(?:январ|феврал|фев|март|мар|апрел|апр|ма[яй]|июн|июл|август|авг|сентябр|сен|октябр|окт|ноябр|ноя|декабр|дек)[а-я]*\.?"
DATELINE = re.compile(
    r"^(?P<place>[А-ЯЁA-Z][А-ЯЁA-Zа-яёa-z-]+(?:[ -][А-ЯЁA-Z][А-ЯЁA-Zа-яёa-z-]+)?)\s*[,.]\s*"
    r"(?P<day>\d{1,2})\s+(?P<month>"
    + _MONTH_WORD
    + r")(?:\s+(?P<year>\d{4})(?:\s*г(?:ода|\.)?)?)?\s*[,.]?\s*"
    r"(?:[—–-]\s*)?(?:/?\s*(?P<agency>[A-ZА-ЯЁ][\w.-]*(?:[ -][A-ZА-ЯЁ][\w.-]*){0,2})\s*/?\s*)?"
    # the mark that ends a dateline stands before a space: "Касым-Жомарт" is no agency and a dash
    r"(?:[.—–-]\s*)*[.—–-](?=\s)\s*"
)
_FURNITURE_WORDS = re.compile(
    r"(?i)^(?:меню|поделиться|теги|читайте(?: также| нас)?\b.*|все новости|загрузить ещ[её]|опрос|результаты опросов|"
    r"актуальные сюжеты|материал дополняется|новости партнеров|реклама|комментарии|подписывайтесь\b.*|"
    r"главное|последние новости|популярное|смотрите также|по теме|версия для печати|печать|следите за новостями\b.*)\s*[.:]?$"
)


@dataclass
class Line:
    start: int
    stop: int
    text: str  # stripped


def lines_of(text: str) -> list[Line]:
    """Non-blank lines with offsets of their stripped text."""
    out, pos = [], 0
    for raw in text.split("\n"):
        stripped = raw.strip()
        if stripped:
            lead = len(raw) - len(raw.lstrip())
            out.append(Line(pos + lead, pos + lead + len(stripped), stripped))
        pos += len(raw) + 1
    return out


def blank_between(text: str, a: Line, b: Line) -> bool:
    return "\n\n" in re.sub(r"[ \t\r]+", "", text[a.stop : b.start])


def has_site_layout(text: str, lines: list[Line]) -> bool:
    """Title, blank line, then a rubric: a short line without sentence punctuation or a date."""
    if len(lines) < 2 or not blank_between(text, lines[0], lines[1]):
        return False
    title, rubric = lines[0].text, lines[1].text
    return (
        len(rubric.split()) <= 4
        and not _SENTENCE_END.search(rubric)
        and parse_date_line(rubric) is None
        and rubric[:1].isupper()
        and not _COUNTER.match(rubric)
        and not _MACHINE_DATE.match(title)
        and not re.search(r"[.;]\s*$", title)
    )


def is_photo_credit(line: str) -> bool:
    return bool(_PHOTO.search(line)) and len(line) < 300


_JOURNALIST = re.compile(
    r"(?i)\s*[,–—-]?\s*(?:шеф-редактор|главный редактор|редактор|корреспондент|обозреватель|"
    r"журналист|автор|фотограф|фото)\s*$"
)


def is_byline(line: str) -> bool:
    """A line that is only a person's name, maybe with a newsroom job ("Арман Коржумбаев Шеф-редактор")."""
    line = _JOURNALIST.sub("", line)
    if not _BYLINE.match(line) or parse_date_line(line) is not None:
        return False
    return not any(_common_word(w) for w in line.split())


def _common_word(word: str) -> bool:
    """A dictionary word that is no name ("Новости", "Казахстана"): the line is a menu or a rubric."""
    from kg.extract.morph import parses

    found = parses(word.lower())
    known = [p for p in found if p.is_known]
    if not known:
        return False
    names = [p for p in known if {"Name", "Surn", "Patr"} & set(p.tag.grammemes)]
    return not names or (known[0].tag.POS != "NOUN" or "Geox" in known[0].tag)


# a heading over a list of other articles: what follows is no part of this one ("Related posts", "Похожие
# новости"); "Читайте также" is left out, as sites put it inside a text too
_OTHER_ARTICLES = re.compile(
    r"(?i)^\s*(?:related posts|related news|похожие (?:новости|публикации|статьи|материалы)|другие новости|"
    r"(?:новости|материалы|ещ[её]) по теме|последние новости|лента новостей|(?:самые )?популярные публикации|"
    r"сейчас читают)\s*:?\s*$"
)


def heads_other_articles(line: str) -> bool:
    return bool(_OTHER_ARTICLES.match(line))


# "Читайте также:" alone on its line, over the links of other articles, each a bulleted headline with no stop
_READ_ALSO = re.compile(r"(?i)^\s*(?:читайте|смотрите)\s+также\s*:?\s*$")
_LINKED_HEADLINE = re.compile(r"^\s*[-–—•*·]\s+\S.*[^.;:!?…»\s]\s*$")


def heads_links(line: str) -> bool:
    return bool(_READ_ALSO.match(line))


def is_linked_headline(line: str) -> bool:
    return bool(_LINKED_HEADLINE.match(line))


def is_hashtags(line: str) -> bool:
    return bool(_HASHTAGS.match(line))


def is_counter(line: str) -> bool:
    return bool(_COUNTER.match(line))


def machine_date(line: str) -> tuple[int, int, int, int] | None:
    """ " date 2025-11-11 ..." -> (year, month, day, length of the prefix)."""
    m = _MACHINE_DATE.match(line)
    return (int(m.group(1)), int(m.group(2)), int(m.group(3)), m.end()) if m else None


def is_furniture(line: str) -> bool:
    """Menus, currency rates, share buttons, counters, URLs: a page's furniture, not its text."""
    words = re.findall(r"[A-Za-zА-ЯЁа-яё]+", _URL_TEXT.sub(" ", line))
    if not words:
        return True  # "$ 518.97  607.3  6.64", "• •"
    if _FURNITURE_WORDS.match(line) or (_URL.search(line) and len(words) <= 12):
        return True
    if sum(c.isdigit() for c in line) > sum(c.isalpha() for c in line):
        return True  # rates and counters
    if re.match(r"\s*[-–—•*·]\s+\S", line) and re.search(r"\s[→›]\s*$", line):
        return True  # "- Эдуарду Маркину вручили премию →": a link to another article
    if re.match(r"\s*[-–—•*·]\s+\S", line) and re.search(r"[;.]\s*$", line):
        return False  # "- Республики Армения – Гевондян Армен Вачикович;": an item of a list the text runs
    lower = [w for w in words if w[0].islower() and len(w) >= 3 and re.match(r"[а-яё]", w)]
    linked = any(
        w in ("в", "во", "на", "с", "со", "из", "к", "о", "и") for w in words[1:-1]
    )  # "Переговоры в Ташкенте"
    if not lower and not linked:
        return len(words) <= 12 and not is_byline(line)  # "Новости Казахстана Интервью Спорт", "ПОДЕЛИТЬСЯ"
    if _SENTENCE_END.search(line) or ":" in line or re.search(r"[;,]\s*$", line):
        return (
            False  # "- Посла Канады Аннику Гуле, с резиденцией в Бухаресте;": an item of a list in the text
        )
    if len(lower) >= 4:
        return False  # "7 сентября Президент ... Ильхам Алиев принял верительные грамоты ...": a sentence's words
    if len(words) >= 4 and any(_tells_something(w) for w in words if len(w) >= 3):
        return False  # "Глава МИД Грузии посетит Армению": a headline full of names still has its verb
    if linked and lower and len(words) >= 6:
        # "Государственный визит в Узбекистан Президента Республики Казахстан Нурсултана Назарбаева": a headline of
        # titles and names is still a phrase, with a common noun and a preposition a menu has not
        return False
    capitalised = sum(w[0].isupper() for w in words) / len(words)
    # "Все новости", "Март 2025" (but "Переговоры в Ташкенте" names something); "Новости Казахстана Новости
    # мира Интервью Спорт": a menu
    short = len(words) <= 3 and not any(w[0].isupper() for w in words[1:])
    return short or (len(words) >= 4 and capitalised >= 0.6)


def _tells_something(word: str) -> bool:
    """A finite verb in the indicative: a menu's or a button's verbs are imperatives ("Читайте нас")."""
    from kg.extract.morph import parses

    found = parses(word.lower())
    return bool(found) and found[0].tag.POS == "VERB" and "impr" not in found[0].tag


def dateline(paragraph: str) -> tuple[int, str]:
    """Length and place of a dateline opening the paragraph, or (0, "")."""
    m = DATELINE.match(paragraph)
    # the rest must go on as a sentence of its own
    if not m or len(paragraph) - m.end() < 20:
        return 0, ""
    return m.end(), m.group("place")


# a word in lower case running straight into a capitalised one: a converter dropped the line break between a
# headline and the text ("... о проведении видеоконференцииДмитрий Кулеба, министр ...")
_GLUED_WORDS = re.compile(r"(?<![^\W\d_])[а-яё]{3,}(?=[А-ЯЁ][а-яё]{2,})")


def glue_points(text: str) -> list[int]:
    """Offsets where two words run together with no space or line break between them."""
    return [m.end() for m in _GLUED_WORDS.finditer(text)]


def normalized(text: str) -> str:
    return re.sub(r"\W+", " ", text.lower().replace("ё", "е")).strip()
