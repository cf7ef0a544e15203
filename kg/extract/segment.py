"""Stage 1: paragraphs, sentences with offsets, and direct speech, whatever the layout.

An article in the site layout of GOLD.md gives its title, rubric, counter,
byline and date from its header; any other text (a news excerpt, a plain
paragraph, a saved web page's main text) is read line by line by ``layout``.
Either way the body's lines pass the same filter: photo credits, page
furniture and repeated paragraphs are dropped, date lines date the article, a
dateline is cut off the paragraph it opens.
"""

from __future__ import annotations

import datetime as dt
import re

from razdel import sentenize

from kg.errors import InputError
from kg.extract import layout
from kg.extract.dates import date_stamp, find_dates, opening_date, parse_date_line
from kg.extract.gazetteer import find_roles
from kg.extract.model import Article, Sentence, Span
from kg.extract.morph import parses
from kg.extract.speech import spoken_parts


def read_article_text(raw: bytes, source: str) -> str:
    """Decode an article file, refusing what is not UTF-8 text."""
    if not raw.strip():
        raise InputError(f"{source}: empty file")
    if b"\x00" in raw[:8192]:
        raise InputError(f"{source}: binary file, not an article")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        raise InputError(f"{source}: not UTF-8 text (byte {e.start})") from None
    return text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")


def segment(article: Article) -> Article:
    text = article.text
    lines = layout.lines_of(text)
    if not lines:
        raise InputError(f"{article.id}: no text")
    lines = _stamp_over_lines(article, lines)
    if article.layout == "page":
        body = lines[1:] if article.title and lines[0].text == article.title else lines
    elif layout.has_site_layout(text, lines):
        article.layout = "site"
        body = _read_header(article, lines)
    else:
        article.layout = "plain"
        body = lines
    paragraphs = _paragraphs(article, body)
    if not paragraphs and article.layout == "site" and len(lines) > 1:
        # a header and nothing under it: read it as plain text instead ("Заголовок.\n\nа\n")
        article.title = article.rubric = ""
        article.counter, article.byline, article.published, article.layout = None, None, None, "plain"
        paragraphs = _paragraphs(article, lines)
    if not paragraphs:
        raise InputError(f"{article.id}: no body text after the header lines")
    article.paragraphs = paragraphs
    article.body = Span(paragraphs[0].start, paragraphs[-1].stop)
    article.sentences = _sentences(text, paragraphs)
    article.headlines = _headlines(text, paragraphs, article.sentences)
    return article


_ENDS_A_SENTENCE = re.compile(r"[.!?…][»\"”)]*(?:\s|$)")


def _headlines(text: str, paragraphs: list[Span], sentences: list[Sentence]) -> set[int]:
    """The sentences above the body: short paragraphs that end no sentence ("Самарский губернатор побывал в
    Китае", a reading-time line), up to the first paragraph that does."""
    out: set[int] = set()
    for s in sentences:
        para = paragraphs[s.paragraph]
        chunk = text[para.start : para.stop].strip()
        if _ENDS_A_SENTENCE.search(chunk) or len(chunk.split()) > 30:
            break
        out.add(s.index)
    return out


def _read_header(article: Article, lines: list[layout.Line]) -> list[layout.Line]:
    """title / rubric / [counter] / [byline] / [date line]; the rest is the body."""
    article.title, article.rubric = lines[0].text, lines[1].text
    i = 2
    if i < len(lines) and layout.is_counter(lines[i].text):
        article.counter = int(re.sub(r"\s", "", lines[i].text)[:18])
        i += 1
    if i < len(lines) and layout.is_byline(lines[i].text):
        article.byline = lines[i].text
        i += 1
    if i < len(lines) and parse_date_line(lines[i].text) is not None:
        article.published = parse_date_line(lines[i].text)
        i += 1
    return lines[i:]


def _stamp_over_lines(article: Article, lines: list[layout.Line]) -> list[layout.Line]:
    """ "28 / Февраль / 2023", one word per line: a page widget's date stamp set over three short lines."""
    for n in range(min(len(lines), 12) - 2):
        three = lines[n : n + 3]
        if all(len(x.text.strip()) <= 10 for x in three):
            date = parse_date_line(" ".join(x.text.strip() for x in three))
            if date is not None:
                article.published = article.published or date
                return lines[:n] + lines[n + 3 :]
    return lines


def _paragraphs(article: Article, lines: list[layout.Line]) -> list[Span]:
    """Content lines as paragraphs; header-like lines anywhere fill the article's fields instead."""
    out: list[Span] = []
    begun = (
        False  # a line of the text that ends a sentence is out: headings and stamps after it are the page's
    )
    seen: list[str] = [layout.normalized(article.title)] if article.layout == "page" and article.title else []
    lines = [
        piece for n, line in enumerate(lines) for piece in (_unglue_stamp(article, line) if n < 3 else [line])
    ]
    lines = _join_wrapped(article.text, lines)
    # under "Читайте также:": the bulleted headlines of other articles, until a line of the text
    links = False
    for n, line in enumerate(lines):
        start, content = line.start, line.text
        links = layout.heads_links(content) or links and layout.is_linked_headline(content)
        if links:
            continue
        if layout.heads_other_articles(content):
            if begun:
                break  # "Related posts", "Похожие новости" after the text: the rest is other articles' headlines
            continue  # the same words over the text, before any sentence of it: a menu item of the page
        stamp = layout.machine_date(content)
        if stamp is not None:
            article.published = article.published or _date(*stamp[:3])
            start, content = start + stamp[3], content[stamp[3] :]
            if not content.strip():
                continue
        glued = _GLUED_RUBRIC.match(content)
        if glued:  # "ПолитикаУлаанбаатар /МОНЦАМЭ/ ...": a rubric run into the first word of the text
            start, content = start + glued.end(), content[glued.end() :]
        date = parse_date_line(content)
        if date is not None:
            article.published = _publication(article.published, begun, date)
            continue
        opening = opening_date(content) if n < 12 else None
        if (
            opening is not None
            and _FURNITURE_AFTER_DATE.match(content, opening[1])
            and layout.is_furniture(content[opening[1] :])
        ):
            # "19 октября 2010 года — версия для печати": the page's date beside a link of the page
            article.published = _publication(article.published, begun, opening[0])
            continue
        stamp = date_stamp(content)
        if stamp is not None:  # "19.09.2022 | 17:10Сегодня в Ташкенте ...": the stamp, then the text
            article.published = article.published or stamp[0]
            start, content = start + stamp[1], content[stamp[1] :]
        elif n < 6 and len(content) <= 120 and (closing := _CLOSING_STAMP.search(content)):
            # "«Аргументы и Факты - Саратов» 15/05/2013": an issue line over the text ends in its date
            day, month, year = (int(g) for g in closing.groups())
            article.published = article.published or _date(year, month, day)
        if n == len(lines) - 1 and layout.is_hashtags(content):
            article.hashtags = [t.lstrip("#") for t in content.split()]
            continue
        if layout.is_photo_credit(content) or layout.is_furniture(content):
            continue
        if article.layout != "site" and layout.is_byline(content):
            article.byline = article.byline or content  # a line that is only a name: a byline or a caption
            continue
        key = layout.normalized(content)
        if any(key == other or (len(key) > 40 and key in other) for other in seen):
            continue  # a repeated headline or paragraph
        seen.append(key)
        cut, place = layout.dateline(content)
        told = [d for d in find_dates(content[:cut]) if d.month and d.day] if cut else []
        if told:
            article.dateline_days[len(out)] = (told[0].year, told[0].month, told[0].day)
        if cut and not article.dateline:
            article.dateline = place
            # "Минск, 3 марта 2023 года. ...": a dateline with a year dates the article
            stated = [d for d in told if d.year]
            if stated and article.published is None:
                article.published = _date(stated[0].year, stated[0].month, stated[0].day)
        if not article.title and article.layout == "plain" and not out and not _ends_sentence(content):
            article.title = content
        stop = line.stop
        tail = _SIGNED_TAIL.search(content) if n == len(lines) - 1 else None
        if tail is not None and layout.is_byline(tail.group(1)):
            # "... продолжит сотрудничать с Россией. Ян Романов": the author's name run on after the last sentence
            article.byline = article.byline or tail.group(1)
            stop = start + tail.start(1)
        out.append(Span(start + cut, stop))
        begun = begun or _ends_sentence(content)
    return out


# a name of two words after the text's last full stop
_SIGNED_TAIL = re.compile(r"[.!?][»\"]?\s+([^\s.]+\s+[^\s.]+)\s*$")


# a separator between a date that opens a line and the page's links after it ("— версия для печати")
_FURNITURE_AFTER_DATE = re.compile(r"\s*[—–|•·,]")


# a numeric date with a time inside a line: a page's stamp run into the headline and the dateline
# ("... посла Евросоюза27.09.2023 11:08АШХАБАД, 27 сентября - ..."); a date in a sentence has no time
_GLUED_STAMP = re.compile(
    r"(?<!\d)(\d{1,2})[./](\d{1,2})[./](\d{4}),?\s*(?:в\s+)?\d{1,2}:\d{2}(?::\d{2})?(?!\d)"
)


# a numeric date that ends a line of the page's header, after the outlet's or the name
# ("... № 20 15/05/2013", "«... - Саратов» 15/05/2013"); not after a lowercase word ("назначена на 03.11.2016")
_CLOSING_STAMP = re.compile(
    r"(?:[»\"')]|\b[A-ZА-ЯЁ][\w-]*|(?<![\d./])\d{1,4})\s+(\d{1,2})[./](\d{1,2})[./](\d{4})\s*$"
)


# a rubric glued to the text's first word: a word of another script, or a capitalised word running straight
# into another capitalised word ("ՔԱՂԱՔԱԿԱՆՈՒԹՅՈՒՆПремьер-министр", "ПолитикаУлаанбаатар")
_GLUED_RUBRIC = re.compile(r"^(?:[\u0530-\u058f\u10a0-\u10ff]+|[А-ЯЁ][а-яё]{3,})(?=[А-ЯЁ][а-яё])")


def _unglue_stamp(article: Article, line: layout.Line) -> list[layout.Line]:
    """A stamp inside one of the first lines dates the article and splits the line where it stands."""
    m = _GLUED_STAMP.search(line.text)
    if m is None or m.start() == 0:
        return [line]
    day, month, year = (int(g) for g in m.groups())
    article.published = article.published or _date(year, month, day)
    before, after = line.text[: m.start()].rstrip(" |•·–—-"), line.text[m.end() :].lstrip(" |•·–—-")
    pieces = []
    if before:
        pieces.append(layout.Line(line.start, line.start + len(before), before))
    if after:
        begin = line.start + line.text.index(after, m.end())
        pieces.append(layout.Line(begin, begin + len(after), after))
    return pieces


def _join_wrapped(text: str, lines: list[layout.Line]) -> list[layout.Line]:
    """Lines a converter broke inside a sentence ("... Ильхам Алиев\nпринял верительные грамоты ..."): a line
    that does not end a sentence, followed with no blank line by one that begins in lower case, goes on."""
    out: list[layout.Line] = []
    for line in lines:
        prev = out[-1] if out else None
        if (
            prev is not None
            and (
                re.match(r"[а-яё]", line.text)
                or _broken_off(prev.text)
                or _title_before_its_name(prev.text, line.text)
                or len(out) >= 2
                and _genitive_chain_goes_on(text, out[-2], prev, line)
            )
            and not _ends_sentence(prev.text)
            and not prev.text.endswith(";")
            and not layout.blank_between(text, prev, line)
        ):
            out[-1] = layout.Line(prev.start, line.stop, text[prev.start : line.stop])
        else:
            out.append(line)
    return out


def _genitive_chain_goes_on(text: str, before: layout.Line, prev: layout.Line, line: layout.Line) -> bool:
    """ "Встреча Министра связи и массовых коммуникаций" / "Российской Федерации Игоря Щёголева ... прошла": in the
    middle of a paragraph (the line before ended a sentence, no blank line), a line that ends in a genitive and
    has no verb, followed by one that opens with a genitive, is one sentence broken by a converter."""
    if not _ends_sentence(before.text) or layout.blank_between(text, before, prev):
        return False
    last, first = re.findall(r"[А-ЯЁа-яё-]+", prev.text)[-1:], re.findall(r"[А-ЯЁа-яё-]+", line.text)[:1]
    return bool(
        last
        and first
        and _can_be_genitive(last[0])
        and _can_be_genitive(first[0])
        and not any(_is_verb(w) for w in prev.text.split())
    )


_NAME_OPENS = re.compile(r"^[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?\s+[А-ЯЁ][а-яё]+")


def _title_before_its_name(prev: str, line: str) -> bool:
    """ "... в ходе рабочей встречи глава региона" / "Марина Ковтун и ...": a line that ends in a title, followed by
    one that opens with a first name and a surname, is a title broken from its holder's name."""
    if not _NAME_OPENS.match(line):
        return False
    tail = prev.rstrip()
    return any(r.stop == len(tail) for r in find_roles(tail.lower()))


def _can_be_genitive(word: str) -> bool:
    return any(p.tag.case == "gent" for p in parses(word.lower()))


def _is_verb(word: str) -> bool:
    found = parses(word.strip('.,;:!?«»"()').lower())
    return bool(found) and found[0].tag.POS in ("VERB", "INFN", "PRTF", "PRTS", "GRND")


def _broken_off(line: str) -> bool:
    """A line no headline or paragraph can end: an open parenthesis or quote, a comma, a preposition or a
    conjunction at its end ("... в Риме (Итальянская" / "Республика) состоялась встреча ...")."""
    return (
        line.count("(") > line.count(")")
        or line.count("«") > line.count("»")
        or bool(re.search(r"(?:,|(?<![\w-])(?:в|во|на|с|со|к|и|а|по|о|об|от|для|при|между|из))\s*$", line))
    )


def _publication(published: dt.date | None, begun: bool, date: dt.date) -> dt.date:
    """A page's stamps above its text: the earliest is the article's ("18.11.2025" of the site's today, then
    "08.11.2022" over the headline); a stamp after the text has begun only fills a missing date."""
    if published is None:
        return date
    return published if begun else min(published, date)


def _ends_sentence(line: str) -> bool:
    return bool(re.search(r"[.!?…:]\s*$", line))  # a line announcing a list is no headline


def _date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _sentences(text: str, paragraphs: list[Span]) -> list[Sentence]:
    sentences: list[Sentence] = []
    for p_index, para in enumerate(paragraphs):
        chunk = text[para.start : para.stop]
        speech = spoken_parts(chunk)
        for s in sentenize(chunk):
            for a, b in _unglued(chunk, s.start, s.stop):
                start, stop = para.start + a, para.start + b
                inside = any(x - 3 <= a and b <= y + 1 for x, y in speech)
                sentences.append(Sentence(len(sentences), p_index, start, stop, text[start:stop], inside))
    return sentences


# "...сообщили в пресс-службе администрации.Делегация Брянщины ...": a page that lost the space after a full stop
# (or after a closing quote: "«Свиштовские лозницы 2016».По словам ...")
_GLUED_STOP = re.compile(r"(?:(?<=[а-яё]{3}[.!?])|(?<=[»”)][.!?]))(?=[«\"„“]?[А-ЯЁ](?:[а-яё]|\s))")


def _unglued(chunk: str, start: int, stop: int) -> list[tuple[int, int]]:
    """A sentence split again where a full stop is glued to the next sentence's first word."""
    cuts = [start] + [start + m.start() for m in _GLUED_STOP.finditer(chunk[start:stop])] + [stop]
    return [(a, b) for a, b in zip(cuts, cuts[1:]) if chunk[a:b].strip()]


# a bulleted or numbered item of a list the text runs in sentences ("- Посла Канады ...;", "2) Протокол ...")
_LIST_ITEM = re.compile(r"^\s*(?:[-–—•*·]|\d{1,2}[.)])\s*")


def list_items_after(article: Article, s: Sentence) -> list[int]:
    """The items of a list a sentence announces with a colon ("приняла верительные грамоты семерых послов:
    - Посла Канады ...; - Посла Индии ..."): the bulleted or numbered sentences right after it."""
    if not s.text.rstrip().endswith(":"):
        return []
    items = []
    for nxt in article.sentences[s.index + 1 :]:
        if not _LIST_ITEM.match(nxt.text):
            break
        items.append(nxt.index)
    return items


def list_announcer(article: Article, s: Sentence) -> Sentence | None:
    """The sentence ending in a colon that a bulleted or numbered item belongs to."""
    if not _LIST_ITEM.match(s.text):
        return None
    for earlier in reversed(article.sentences[: s.index]):
        if earlier.text.rstrip().endswith(":"):
            return earlier
        if not _LIST_ITEM.match(earlier.text):
            return None
    return None
