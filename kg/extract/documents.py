"""Stage 5: documents signed or adopted at a meeting: type, title, period, parties."""

from __future__ import annotations

import re

from .gazetteer import Gazetteer
from .model import Article, DocumentFact, Meeting, OrgRef, Span
from .phrases import genitive_of, phrase_to_nominative

# finite verbs and short participles report a signing; "подписанная в декабре" describes an old document
_SIGNING = re.compile(
    r"(?i)\b(?:подписал[аи]?|подписан[аоы]?|подпишут|заключил[аи]?|заключен[аоы]?|приняли\s+(?=[а-яё]*\s*[А-ЯЁа-яё]*\s*(?:програм|план|деклар|заявлен|дорожн|протокол|соглашен|меморандум))|"
    r"принят[аоы]?|утвердил[аи]?|утвержден[аоы]?|парафировал[аи]?|парафирован[аоы]?|скрепил[аи]?)\b"
)
_TYPES: list[tuple[str, str]] = [
    ("roadmap", r"дорожн\w+\s+карт\w*"),
    ("joint_statement", r"совместн\w+\s+(?:заявлени\w*|коммюнике)"),
    ("memorandum", r"меморандум\w*"),
    ("agreement", r"соглашени\w*"),
    ("protocol", r"протокол\w*"),
    ("program", r"программ\w+|дорожн\w+"),
    ("plan", r"план(?:а|ом|е|ы)?(?![\w-])"),
    ("declaration", r"деклараци\w+"),
    ("contract", r"контракт\w*"),
    ("treaty", r"договор(?:а|ом|е|у)?(?![\w-])"),
]
_TYPE_RX = re.compile(r"(?i)(?<![\w-])(" + "|".join(f"(?P<{code}>{rx})" for code, rx in _TYPES) + r")")
# what may follow a document noun and belong to its title
_COMPLEMENT = re.compile(
    r"^\s*(?:«|о\b|об\b|по\b|на\b|до\b|между\b|в\s+(?:сфере|области)\b|"
    r"(?-i:[а-яё]+(?:ого|его|ых|их|ой|ей|ий|ия|ов|ев|ства|ества|ения|ания|ости|ации)\b))", re.I)
_TITLE_STOP = re.compile(
    r"(?i),\s+а\s+также\b|;|\s+и\s+(?=(?:[а-яё]+\s+){0,2}(?:" + "|".join(rx for _, rx in _TYPES) + r"))|"
    r",\s+(?:котор|подписанн|принят|утвержденн|предусматрива|направленн)\w*|\s+в\s+присутствии\b|\s+в\s+рамках\b|"
    r"\s+на\s+общую\s+сумму\b|(?<!\bгг)(?<!\bг)\.\s|\.$|\s[–—]\s"
)
_PERIOD = re.compile(r"(?i)\bна\s+(\d{4})\s*[–—-]\s*(\d{4})\s*(?:годы|гг\.?|год)|\bна\s+(\d{4})\s+год\b|\bдо\s+(\d{4})\s+год")
_BETWEEN = re.compile(r"(?i)\s+между\s+(.+)$")
# the second party starts after "и" with a capital or an adjective before a capital
_PARTY_SPLIT = re.compile(r"\s+и\s+(?=(?:[а-яё]+(?:ым|им|ой|ей|ыми|ими)\s+){0,3}[А-ЯЁ])")
_ADJ_BEFORE = re.compile(r"(?:([А-ЯЁа-яё]+(?:ую|ая|ое|ый|ий|ой|ые|ие|ого|ой|ых|их))\s+)$")


def extract_documents(article: Article, gaz: Gazetteer) -> None:
    """Attach to each meeting the documents its sentences report as signed."""
    for meeting in article.meetings:
        meeting.documents = []
        for index in sorted(set(meeting.sentences)):
            s = article.sentences[index]
            previous = article.sentences[index - 1] if index else None
            signing = _SIGNING.search(s.text) or (
                previous is not None and previous.paragraph == s.paragraph and _SIGNING.search(previous.text)
                and re.match(r"(?i)\s*(?:в\s+том\s+числе|в\s+частности|среди\s+них|это)", s.text)
            )
            if not signing or s.in_quote:
                continue
            for doc in _documents_in(article, gaz, s.start, s.stop, index, meeting):
                if not any(d.title.lower() == doc.title.lower() for d in meeting.documents):
                    meeting.documents.append(doc)


def _documents_in(article: Article, gaz: Gazetteer, start: int, stop: int, sentence: int, meeting: Meeting):
    text = article.text[start:stop]
    bodies = [(p.start, p.stop) for p in article.places_in(start, stop) if p.kind == "body"]
    covered = 0  # "план мероприятий по реализации соглашения о ...": a document named inside a title is not signed
    for m in _TYPE_RX.finditer(text):
        code = next(c for c, _ in _TYPES if m.group(c))
        if m.start() < covered:
            continue
        if any(a <= start + m.start() < b for a, b in bodies):
            continue  # "Организация Договора о коллективной безопасности" is a body, not a signed treaty
        if code == "program" and m.group(0).lower().startswith("дорожн"):
            continue
        rest = text[m.end() :]
        if re.match(r"(?i)\s*на\s+(?:общую\s+)?сумму", rest):
            continue  # "соглашения на сумму свыше 2 млрд долларов": deals counted, not documents named
        named = _ADJ_BEFORE.search(text[: m.start()])
        named = bool(named) and named.group(1)[0].isupper() and not _SIGNING.match(named.group(1))
        if not _COMPLEMENT.match(rest) and not (m.start() > 0 and text[m.start() - 1] == "«") and not named \
                and code != "joint_statement":
            continue  # "подписали протокол, который ..." names no document; "Габалинскую декларацию" does
        stop_m = _TITLE_STOP.search(rest)
        end = m.end() + (stop_m.start() if stop_m else len(rest))
        begin = m.start()
        adj = _ADJ_BEFORE.search(text[: m.start()])
        if adj and adj.group(1)[0].isupper() and not _SIGNING.match(adj.group(1)):
            begin = adj.start(1)  # "Астанинскую декларацию ..."
        raw = text[begin:end].strip(" ,")
        parties: list[OrgRef] = []
        between = _BETWEEN.search(raw)
        if between:
            pair = between.group(1)
            period_in = _PERIOD.search(pair)
            tail = pair[period_in.start() :] if period_in else ""
            pair = pair[: period_in.start()].rstrip() if period_in else pair
            split = _PARTY_SPLIT.search(pair)
            if split:
                left, right = pair[: split.start()], pair[split.end() :]
                subject = re.search(r"\s+(?:о|об|по|в\s+сфере|в\s+области|на|до)\s", right)
                if subject:  # "Соглашение между X и Y о ...": the subject follows the parties
                    tail = right[subject.start() :] + tail
                    right = right[: subject.start()]
                parties = [p for p in (_party(article, gaz, left, start), _party(article, gaz, right, start)) if p]
            if not tail.strip():
                raw = raw[: between.start()]  # "протокол ... между Министерством X и Министерством Y"
        title = phrase_to_nominative(" ".join(raw.split()))
        title = title[:1].lower() + title[1:]
        period = _PERIOD.search(raw)
        p_start = p_end = None
        if period:
            if period.group(1):
                p_start, p_end = int(period.group(1)), int(period.group(2))
            elif period.group(3):
                p_start = p_end = int(period.group(3))
            else:
                p_end = int(period.group(4))
        if not parties:
            parties = _state_parties(article, gaz, meeting)
        covered = end
        yield DocumentFact(code, title, p_start, p_end, parties, sentence, Span(start + begin, start + end))


def _state_parties(article: Article, gaz: Gazetteer, meeting: Meeting) -> list[OrgRef]:
    """Documents signed by heads of state bind their states."""
    posts = [[p for p in article.persons[k].posts] for k in meeting.participants]
    if not posts or not all(any(p.role == "head_of_state" for p in ps) for ps in posts):
        return []
    out: list[OrgRef] = []
    for ps in posts:
        iso = next(p.country for p in ps if p.role == "head_of_state")
        if iso and not any(o.country == iso for o in out):
            out.append(OrgRef(gaz.countries[iso].official, iso, "state"))
    return out


def _party(article: Article, gaz: Gazetteer, phrase: str, offset: int) -> OrgRef | None:
    """An organization named in the instrumental after "между", as its full nominative name."""
    phrase = phrase.strip(" ,.;")
    pos = article.text.find(phrase, offset)
    matches = article.places_in(pos, pos + len(phrase)) if pos >= 0 else []
    iso = None
    trailing_country = None
    for m in matches:
        if m.kind in ("country", "adjective", "region", "body") and m.iso:
            iso = iso or m.iso
            if m.kind == "country" and m.stop == pos + len(phrase):
                trailing_country = m
    words = phrase.split()
    if words and re.match(r"(?i)столичн", words[0]):
        iso = iso or article.publisher_country
        capital = gaz.countries[iso].capital if iso else None
        noun = phrase_to_nominative(" ".join(words[1:]))
        if capital and re.match(r"(?i)акимат|мэри|хокимият|администраци", noun):
            genitive = genitive_of(capital)
            return OrgRef(f"{noun[:1].upper()}{noun[1:]} города {genitive}", iso, "city")
    if iso is None:
        for city, c_iso in gaz.city_country.items():
            stem = city.lower()[:-1] if city.lower().endswith(("а", "я", "ь")) else city.lower()
            if len(stem) >= 4 and re.search(r"(?i)\b" + re.escape(stem), phrase):
                iso = c_iso
                break
    name_part = phrase
    country_adj = next((m for m in matches if m.kind == "adjective" and m.start == pos), None)
    if country_adj is not None:
        name_part = phrase[m.stop - pos :].strip() if (m := country_adj) else phrase
    if trailing_country is not None:
        name_part = phrase[: trailing_country.start - pos].strip()
    name = phrase_to_nominative(name_part)
    name = name[:1].upper() + name[1:]
    kind = "other"
    if re.search(r"(?i)городск\w+\s+исполнительн|горисполком|акимат|мэри[яи]|хокимият|муниципальн|администраци\w+\s+город", name):
        kind = "city"
    if re.match(r"(?i)провинци|штат\b|округ|кра[йя]\b|префектур|автономн", name):
        kind = "region"  # "провинция Цзянсу": a region the gazetteer need not know
    if any(m.kind == "region" for m in matches):
        kind = "region"
        name = re.sub(r"\s+(?:Республики|Российской|Кыргызской)\s.*$", "", name)
    elif re.match(r"(?i)министерств|ведомств|агентств|комитет|служб|правительств|кабинет|совет министров", name) and iso \
            and (trailing_country or country_adj):
        name = f"{name} {gaz.countries[iso].official_genitive}"
        kind = "ministry"
    return OrgRef(name, iso, kind) if name else None
