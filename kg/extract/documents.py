"""Stage 5: documents signed or adopted at a meeting: type, title, period, parties.

A sentence of a meeting signs documents when a signing lemma governs them
(подписать, скрепить, заключить, парафировать, утвердить, принять a document;
the noun подписание), in any tense or voice and not recalled; a sentence right
after one that goes on with the list ("Ещё один документ – План ...", "В их
числе соглашения ...") signs them too. Every document noun in it (соглашение,
меморандум, дорожная карта, протокол, программа, план, декларация, совместное
заявление, контракт, договор) is a document unless it is named inside another
one's title or inside a body's name; a plural noun with several complements is
one document each ("соглашения в таможенной сфере, в области ..., о создании
..."). The title runs from the noun (and a capitalised adjective before it) to the
first clause that is not part of the name.
"""

from __future__ import annotations

import re
from functools import lru_cache

from kg.extract.arguments import path_below
from kg.extract.events import sentence_events
from kg.extract.gazetteer import Gazetteer
from kg.extract.model import Article, DocumentFact, Meeting, OrgRef, Sentence, Span, Token
from kg.extract.parties import (
    between_parties,
    bodies_of_signing_states,
    governments,
    signatory_parties,
    state_parties,
    subject_parties,
)
from kg.extract.phrases import phrase_to_nominative
from kg.extract.postorgs import checked_organization
from kg.extract.scene import dated_in_past
from kg.extract.segment import list_announcer
from kg.extract.signings import ADOPT_LEMMAS, SIGN_LEMMAS
from kg.extract.status import clause_status
from kg.extract.syntax import children, subtree

_TYPES: dict[str, str] = {
    "соглашение": "agreement",
    "меморандум": "memorandum",
    "протокол": "protocol",
    "программа": "program",
    "план": "plan",
    "декларация": "declaration",
    "контракт": "contract",
    "договор": "treaty",
    "коммюнике": "joint_statement",
    "карта": "roadmap",
    "заявление": "joint_statement",
}
_NEEDS_ADJ = {"карта": "дорожн", "заявление": "совместн"}  # "дорожная карта", "совместное заявление"
_CONTINUATION = re.compile(
    r"(?i)^\s*(?:\d{1,2}[.)]\s|[-–—•]\s|ещ[её]\s+од\w+|в\s+их\s+числе|в\s+том\s+числе|среди\s+них|также|кроме\s+того|"
    r"помимо\s+этого|в\s+частности|это|другой|второй|третий)"
)
_TITLE_STOP = re.compile(
    r"(?i),\s+а\s+также\b|;|,\s+(?:где|когда|чтобы|что|поскольку|так\s+как)\b|,\s+(?:котор|подписанн|принят|утвержденн|предусматрива|направленн|заключенн)\w*|"
    r",\s+(?:в|на|по|с|из|о|об|для|при|согласно)\s+котор\w*|"  # "программа на 2006 год, в которой ..."
    # "меморандум с премьер-министром Польши X", "соглашение с Брестской областью": the partner, not the title
    r"\s+с\s+(?=(?:\w+\s+){0,2}?(?:представител|премьер|президент|министр|посл|глав|делегаци|руководител|губернатор|аким|хоким|мэр|"
    r"председател|коллег|партн[её]р|област|район|провинци|регион|округ|штат|город)\w*)|"
    r"\s+в\s+присутствии\b|\s+в\s+рамках\s+(?=(?:\w+\s+){0,2}(?:визит|форум|саммит|заседани|встреч|переговор|конференц|сесси))|\s+по\s+итогам\b|\s+на\s+общую\s+сумму\b|\s+на\s+сумму\b|"
    r"(?<!\bгг)(?<!\bг)\.\s|\.$|\s[–—]\s|\s+(?:стал|явля|был|будет|позвол|определ|созда[её]т)\w*\b|,\s+(?-i:(?=[А-ЯЁ]))"
)
_SIGNED_BETWEEN = re.compile(
    r"(?i)\b(?:подписан|заключен)\w*\s+между\s+(.+?)(?=\s+(?:подписан|заключен|состоял|был|прошл)\w*|[,.;]|$)"
)
# "на 2023-2025 годы"; also the range alone after the title, as outlets write it ("... Республикой 2023-2025гг.")
_PERIOD = re.compile(
    r"(?i)(?:\bна\s+|(?<!\bв\s)(?<!\bс\s)(?<!\bза\s)(?<!\bво\s)(?<=\s))(\d{4})\s*[–—-]\s*(\d{4})\s*(?:годы|гг\.?|год\b)"
    r"|\bна\s+(\d{4})\s+год\b|\bдо\s+(\d{4})\s+год"
)
_BETWEEN = re.compile(r"(?i)\s+между\s+(.+)$")
# officials in the instrumental: who signed, between them
_PEOPLE_BETWEEN = re.compile(
    r"(?i)(?:[а-яё-]+\s+){0,2}?(?:министром|заместителем|главой|председателем|послом|президентом|"
    r"премьер-министром|губернатором|акимом|хокимом|мэром|руководителем|директором)\b"
)
_BETWEEN_ANYWHERE = re.compile(
    r"(?i)\bмежду\s+(.+?)(?=\s+(?:подписан|заключен|состоял|был|прошл)\w*|[,.;]|$)"
)


def extract_documents(article: Article, gaz: Gazetteer) -> None:
    """Attach to each meeting the documents its sentences report as signed."""
    for meeting in article.meetings:
        meeting.documents = []
    for meeting, index in _signing_sentences(article):
        for doc in _documents_in(article, gaz, article.sentences[index], meeting):
            same = next(
                (
                    d
                    for d in meeting.documents
                    if d.title.lower() == doc.title.lower()
                    and (
                        not d.parties
                        or not doc.parties
                        or {p.name for p in d.parties} == {p.name for p in doc.parties}
                    )
                ),
                None,
            )
            if same is None:
                meeting.documents.append(
                    doc
                )  # two "меморандум о взаимопонимании" of other ministries are two
            elif not same.parties:
                same.parties = doc.parties  # told again with its parties
    for meeting in article.meetings:
        meeting.documents = _one_per_document(article, meeting.documents)


_SUBJECT_STOP = {
    "о",
    "об",
    "в",
    "во",
    "по",
    "на",
    "между",
    "и",
    "с",
    "со",
    "для",
    "до",
    "два",
    "оба",
    "наш",
    "страна",
    "государство",
    "сторона",
    "республика",
}


@lru_cache(maxsize=4096)
def title_subject(title: str) -> frozenset[str]:
    """The content words of a title after its type noun: "договор о государственной границе" ->
    {государственный, граница}."""
    from kg.extract.topics import lemmas_of

    return frozenset(
        w for w in lemmas_of(title)[1:] if w not in _SUBJECT_STOP and w.isalpha() and w not in _TYPES
    )


def _one_per_document(article: Article, docs: list[DocumentFact]) -> list[DocumentFact]:
    """The same document told several times ("подписали соглашение о границе ...", "подписание договора о
    государственной границе"): keep the most specific naming; a headline's naming only when the body has none."""
    headline = {
        s.index
        for s in article.sentences
        if article.layout == "plain"
        and s.paragraph == 0
        and article.title
        and article.text[s.start : s.stop].strip() in article.title
    }
    kept: list[DocumentFact] = []
    for doc in sorted(docs, key=lambda d: (d.sentence in headline, -len(title_subject(d.title)))):
        mine = title_subject(doc.title)
        same = next(
            (
                k
                for k in kept
                if k.sentence != doc.sentence
                and mine
                and (mine <= title_subject(k.title))
                and not (
                    doc.parties and k.parties and {p.name for p in doc.parties} != {p.name for p in k.parties}
                )
            ),
            None,
        )
        if same is None and doc.sentence in headline:
            # "Подписан Меморандум между X и Y" over a body that tells one memorandum: that one, named by its sides
            body = [k for k in kept if k.type == doc.type and k.sentence not in headline]
            same = body[0] if len(body) == 1 else None
        if same is None:
            kept.append(doc)
        elif not same.parties:
            same.parties = doc.parties  # the parties one telling names are the document's
    return sorted(kept, key=lambda d: (d.sentence, d.evidence.start))


def _signing_sentences(article: Article) -> list[tuple[Meeting, int]]:
    """Sentences that sign documents, with the meeting each belongs to: its own, or for a signing told
    before the signatories ("Между X и Y подписан меморандум. ... подписан Z и W."), the meeting that follows."""
    owner = {i: m for m in article.meetings for i in m.sentences}
    out: list[tuple[Meeting, int]] = []
    last_signing, listing = -10, None
    for s in article.sentences:
        if s.in_quote or s.index in article.recalled:
            continue
        near = s.index - last_signing <= 2
        continues = near and (
            bool(_CONTINUATION.match(s.text)) or listing is not None and bool(_LIST_ITEM.match(s.text))
        )
        if not (signs(article, s) or continues):
            continue
        if not continues or s.text.rstrip().endswith(":"):
            # "были подписаны следующие документы:", also when it goes on a signing ("В частности подписаны ...:")
            listing = s.text.rstrip().endswith(":") or None
        last_signing = s.index
        meeting = owner.get(s.index) or _nearest_meeting(article, s.index)
        if meeting is not None and _VISIT_RESULTS.search(s.text) and meeting.visit is not None:
            meeting = next(
                m for m in article.meetings if m.visit is meeting.visit
            )  # the visit's first meeting
        if continues and out:
            meeting = out[-1][0]  # a list goes on where it started
        if meeting is not None:
            out.append((meeting, s.index))
    return out


_LIST_ITEM = re.compile(
    r"(?i)^\s*(?:\d{1,2}[.)]\s*|[-–—•*]\s*)?(?:[а-яё]+\s+){0,2}(?:соглашени|меморандум|протокол|"
    r"программ|план|деклараци|дорожн|договор|контракт|совместн|заявлени)"
)
_VISIT_RESULTS = re.compile(r"(?i)\b(?:по\s+итогам|в\s+ходе|в\s+рамках)\s+(?:\w+\s+)?визита\b")


def _nearest_meeting(article: Article, index: int) -> Meeting | None:
    after = [m for m in article.meetings if 0 < min(m.sentences or [m.sentence]) - index <= 2]
    before = [m for m in article.meetings if max(m.sentences or [m.sentence]) < index]
    return (after or before[-1:] or [None])[0]


def signs(article: Article, s: Sentence) -> bool:
    """A signing lemma that reports a signing now: not "подписанный в декабре договор", not "не подписали",
    not "который стороны подписали в 2022 году", not "ранее подписали"."""
    for t in s.tokens:
        lemma = t.lemma
        if not (
            lemma in SIGN_LEMMAS
            or (lemma in ADOPT_LEMMAS and any(c.lemma in _TYPES for c in children(s.tokens, t)))
            or (lemma == "обмен" and any(c.lemma in ("документ", *_TYPES) for c in children(s.tokens, t)))
        ):
            continue  # "состоялся обмен документами" signs them too
        if (
            t.pos == "VERB"
            and t.feats.get("VerbForm") == "Part"
            and t.rel in ("amod", "acl")
            and not (t.head >= 0 and s.tokens[t.head].lemma == "документ")
        ):
            continue  # a participle describing a document signed before; "среди подписанных документов — X" lists new ones
        status = clause_status(article, s, t)
        if status.negated or status.recalled or status.future:
            continue  # "планируется подписать": not signed yet
        clause = [
            x for x in subtree(s.tokens, t) if not any(a.lemma in _TYPES for a in path_below(s.tokens, x, t))
        ]
        if clause and dated_in_past(article, article.text[clause[0].start : clause[-1].stop]):
            continue  # "который Казахстан и Узбекистан подписали в декабре 2022 года", "В 2023 году ... подписали"
        return True
    return False


def _documents_in(article: Article, gaz: Gazetteer, s: Sentence, meeting: Meeting) -> list[DocumentFact]:
    docs: list[DocumentFact] = []
    covered: list[tuple[int, int]] = []
    bodies = [(p.start, p.stop) for p in article.places_in(s.start, s.stop) if p.kind == "body"]
    for t in s.tokens:
        code = _type(s, t)
        if code is None or any(a <= t.start < b for a, b in covered + bodies):
            continue  # "план мероприятий по реализации соглашения": named inside another title
        if re.match(r"(?i)\s*на\s+(?:общую\s+)?сумму", article.text[t.stop : t.stop + 20]) or _schedule(
            s.tokens, t
        ):
            continue  # "соглашения на сумму свыше 2 млрд долларов": deals counted, not documents named
        spans = _title_spans(article, s, t)
        for begin, end, prefix in spans:
            raw = " ".join(article.text[begin:end].split()).strip(" ,")
            if len(spans) > 1:
                raw = " ".join(
                    f"{t.lemma} {prefix}{raw}".split()
                )  # one of several documents a plural noun lists
            elif not _named(raw, code):
                continue
            docs.append(_document(article, gaz, s, meeting, code, raw, begin, end, t))
            covered.append((begin, end))
    return docs


def _type(s: Sentence, t: Token) -> str | None:
    code = _TYPES.get(t.lemma)
    if code is None or t.pos not in ("NOUN", "PROPN"):
        return None
    need = _NEEDS_ADJ.get(t.lemma)
    if (
        need
        and not any(c.lemma.startswith(need) for c in children(s.tokens, t, "amod"))
        and not re.search(rf"(?i){need}\w*\s+$", s.text[: t.start - s.start])
    ):
        return None
    return code


def _title_spans(article: Article, s: Sentence, t: Token) -> list[tuple[int, int, str]]:
    """Where the titles of the documents ``t`` names stand: one span, or for a plural noun listing several
    complements one span each, with the words the list leaves out ("соглашения в таможенной сфере, в области
    предупреждения ..., исследования космического пространства" -> "... в области исследования ...")."""
    begin = t.start
    adj = [c for c in children(s.tokens, t, "amod") if c.index < t.index]
    if adj and (adj[0].text[:1].isupper() or adj[0].lemma.startswith(("дорожн", "совместн"))):
        begin = adj[0].start  # "Астанинская декларация", "дорожная карта"
    end = _title_end(article, s, t)
    predicate = next(
        (
            x
            for x in s.tokens
            if t.stop <= x.start < end
            and x.pos in ("VERB", "AUX")
            and (x.feats.get("VerbForm") == "Fin" or x.feats.get("Variant") == "Short")
        ),
        None,
    )
    if predicate is not None:
        end = predicate.start  # "меморандум о взаимопонимании, сообщают ...", "меморандум подписан ..."
        while article.text[end - 1] in " ,–—-":
            end -= 1
    if t.feats.get("Number") == "Plur":
        pieces = _enumerated(article.text, t.stop, end)
        if len(pieces) > 1:
            return pieces
    return [(begin, end, "")]


_LIST_SPLIT = re.compile(r",\s+(?:а\s+также\s+|и\s+)?|\s+и\s+(?=(?:в|во|о|об|по|на)\s)|[«»]")
_PREPOSITION = re.compile(r"(?i)^(?:в|во|о|об|по|на|между|для)\s")
_LIST_HEAD = re.compile(r"(?i)^(?:в\s+(?:сфере|области)|по\s+вопросам|в\s+части)\s")


def _enumerated(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    pieces: list[list] = []
    depth, cut = 0, start
    for m in list(_LIST_SPLIT.finditer(text, start, end)) + [None]:
        if m is not None and m.group(0) in "«»":
            depth += 1 if m.group(0) == "«" else -1
            continue
        if m is not None and depth > 0:
            continue
        piece_end = m.start() if m else end
        piece = text[cut:piece_end].strip()
        lead = cut + len(text[cut:piece_end]) - len(text[cut:piece_end].lstrip())
        head = _LIST_HEAD.match(piece)
        if _PREPOSITION.match(piece):
            pieces.append([lead, piece_end, "", head.group(0) if head else None])
        elif pieces and pieces[-1][3]:
            pieces.append([lead, piece_end, pieces[-1][3], pieces[-1][3]])  # the words the list leaves out
        elif pieces:
            pieces[-1][1] = piece_end  # a comma inside one complement ("образования, науки и культуры")
        cut = m.end() if m else end
    return [(a, b, prefix) for a, b, prefix, _ in pieces]


_ANOTHER_DOCUMENT = re.compile(
    r"(?i)(?:\s+и|,)\s+(?=[«\"„]?(?:[а-яё]+\s+){0,2}[«\"„]?(?:соглашени|меморандум|протокол|программ|план\w*\b|деклараци|"
    r"дорожн|договор|контракт|совместн\w+\s+заявлени|ряд\b|други|несколько|ещ[её]))"
)


_TITLE_END = re.compile(
    "(?i)[«»]|"
    + _TITLE_STOP.pattern.removeprefix("(?i)")
    + "|"
    + _ANOTHER_DOCUMENT.pattern.removeprefix("(?i)")
)


def _title_end(article: Article, s: Sentence, t: Token) -> int:
    """The end of a title: the first stop outside quotes, or "и" before another document."""
    text, pos, depth = article.text, t.stop, 0
    for m in _TITLE_END.finditer(text[t.stop : s.stop]):
        if m.group(0) == "«":
            depth += 1
        elif m.group(0) == "»":
            depth = max(0, depth - 1)
        elif depth == 0:
            return t.stop + m.start()
        pos = t.stop + m.end()
    return s.stop if pos <= s.stop else pos


def _schedule(tokens: list[Token], t: Token) -> bool:
    """ "программа визита", "план мероприятий форума": the order of an event, not a signed document."""
    return any(
        c.lemma in ("визит", "пребывание", "форум", "саммит", "встреча", "заседание", "поездка")
        for c in children(tokens, t, "nmod")
    )


def _named(raw: str, code: str) -> bool:
    """A document with a name: a complement after the noun, quotes, or a name-giving adjective
    ("подписали протокол, который ..." names none; "Габалинскую декларацию" and "совместное заявление" do)."""
    words = raw.split()
    return len(words) > 1 or code == "joint_statement" or raw[:1].isupper() and code == "declaration"


def _document(
    article: Article,
    gaz: Gazetteer,
    s: Sentence,
    meeting: Meeting,
    code: str,
    raw: str,
    begin: int,
    end: int,
    noun: Token,
) -> DocumentFact:
    parties: list[OrgRef] = []
    between = _BETWEEN.search(raw)
    if between and _PEOPLE_BETWEEN.match(between.group(1)):
        # "Меморандум ... между министром X Азизом Абдухакимовым и заместителем министра Y ...": the signers,
        # not the document's name
        raw, between = raw[: between.start()], None
    if between:
        pair = between.group(1)
        period_in = _PERIOD.search(pair)
        tail = pair[period_in.start() :] if period_in else ""
        pair = pair[: period_in.start()].rstrip() if period_in else pair
        parties, subject = between_parties(article, gaz, pair, s.start, meeting.sides)
        if not parties:
            parties = bodies_of_signing_states(article, gaz, s, pair)
            subject = "" if parties else subject
        tail = subject + tail
        if (
            parties
            and not tail.strip()
            and not _territories(gaz, pair, parties)
            and not re.search(r"(?i)\b(?:обеих|двух|наших)\s+(?:стран|государств)", pair)
        ):
            # "протокол ... между Министерством X и Министерством Y": the signatories, not the name;
            # a declaration "между Республикой X и Республикой Y" is named by its states, a memorandum "между
            # Омском и Павлодаром" by its cities
            raw = raw[: between.start()]
    title = _singular_nominative(noun, raw)
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
        parties = _implied_parties(article, gaz, s, meeting, noun)
    parties = [p for p in (checked_organization(p, gaz) for p in parties) if p is not None]
    return DocumentFact(
        code, title, p_start, p_end, parties, s.index, Span(begin, end if end > begin else noun.stop)
    )


# what may stand around the places of a pair of territories: "городом Брестом", "городским округом Самара"
_TERRITORY_WORDS = re.compile(r"(?i)\b(?:и|город(?:ом|а|у|е)?|городск\w+\s+округ\w*|областью|краем)\b")


def _territories(gaz: Gazetteer, pair: str, parties: list[OrgRef]) -> bool:
    """The pair "между X и Y" names states, regions or cities themselves, not their bodies."""
    if any(p.kind == "state" for p in parties):
        return True  # "между Россией и ООН"
    rest = pair
    for m in sorted(gaz.find(pair), key=lambda m: -m.start):
        if m.kind in ("country", "region", "city"):
            rest = rest[: m.start] + " " + rest[m.stop :]
    return not _TERRITORY_WORDS.sub(" ", rest).strip(" ,")


def _singular_nominative(noun: Token, raw: str) -> str:
    """ "Декларацию о ..." -> "декларация о ..."; "соглашения в таможенной сфере" -> "соглашение в таможенной сфере";
    the marks of a quoted name go ("«дорожную карту» по ..." -> "дорожная карта по ...")."""
    raw = re.sub(r"\s{2,}", " ", re.sub(r"[«»\"„“”]", "", raw)).strip()
    if raw.lower().startswith(noun.text.lower()):
        title = (
            noun.lemma + raw[len(noun.text) :]
        )  # the noun in the singular nominative, its complement as it is
    else:
        title = phrase_to_nominative(raw)  # "Астанинскую декларацию", "дорожную карту"
    return title[:1].lower() + title[1:]


def _implied_parties(
    article: Article, gaz: Gazetteer, s: Sentence, meeting: Meeting, noun: Token
) -> list[OrgRef]:
    """ "Между администрацией президента и посольством Кореи подписан меморандум", an intergovernmental
    agreement, a declaration of heads of state."""
    announcer = list_announcer(article, s)
    m = (
        _BETWEEN_ANYWHERE.search(article.text, s.start, noun.start)
        or (
            _SIGNED_BETWEEN.search(article.text, noun.stop, s.stop)  # "Меморандум ... подписан между X и Y"
        )
        or (
            announcer is not None
            and _BETWEEN_ANYWHERE.search(announcer.text)
            and _BETWEEN_ANYWHERE.search(article.text, announcer.start, announcer.stop)
        )
    )  # "Между X и Y подписаны: - Соглашение ...; - Протокол ...": every item is theirs
    if m and not any(d.evidence.start <= m.start() < d.evidence.stop for d in meeting.documents):
        found, _ = between_parties(article, gaz, m.group(1), m.start(), meeting.sides)
        if len(found) == 2:
            return found
    subjects = subject_parties(article, gaz, s)
    if subjects:
        return subjects
    text = article.text[max(s.start, noun.start - 40) : noun.stop]
    if re.search(r"(?i)межправительствен", text) and len(meeting.sides) >= 2:
        return governments(gaz, meeting.sides)
    signatories = [p for e in sentence_events(article, s) if e.kind == "signing" for p in e.participants]
    if signatories and re.search(r"(?i)\bмежду\b", s.text):
        return state_parties(article, gaz, signatories)  # the document names its parties, in words not read
    if signatories:
        found = signatory_parties(article, gaz, signatories)  # the bodies the signatories act for
        if not found and len(set(signatories)) == 1 and len(meeting.participants) == 2:
            # "Министры X и Y ... подписали" read with one subject: the other side of the talks co-signs
            found = signatory_parties(article, gaz, meeting.participants)
        return found
    if re.search(r"(?i)\bв\s+присутствии\b|межведомствен", s.text) or _CONTINUATION.match(s.text):
        return []  # signed before the heads of state, by others the text does not name
    if _signed_by_the_sides(s) and len(meeting.participants) == 2:
        # "X встретился с Y. Стороны подписали план": the two of the talks sign, for the bodies they head
        return state_parties(article, gaz, meeting.participants) or signatory_parties(
            article, gaz, meeting.participants
        )
    return state_parties(article, gaz, meeting.participants)


def _signed_by_the_sides(s: Sentence) -> bool:
    return any(
        t.lemma == "сторона" and t.rel == "nsubj" and s.tokens[t.head].lemma == "подписать"
        for t in s.tokens
        if t.head >= 0
    )
