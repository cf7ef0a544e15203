"""Whose post is it? The country of every post whose title does not name it.

Evidence, strongest first:

1. the person's other titles in the article;
2. the side the text puts them on: "с казахстанской стороны – аким Атырау ...",
   "делегацию Российской Федерации во главе с ...", "нашу делегацию возглавил ..., а грузинскую – ...",
   "со своим армянским коллегой ...";
3. "Глава государства", "президент страны", "глава нашего государства": the outlet's own;
4. a description elsewhere that can only mean them ("российский лидер");
5. after the meetings are known, the sides of their meetings (``settle``): the one country of
   the meeting's sides that nobody else holds;
6. the only country of the sentence, when nobody else is named in it;
7. the outlet's country -- unless another person already holds that single-holder post for it,
   or the title was shared by the leaders of several countries;
8. last, for a regional head, the one state of the regions and cities the whole text names (``homeregion``).
"""

from __future__ import annotations

import re

from kg.extract import coref
from kg.extract.gazetteer import ENVOY_TITLE, find_roles
from kg.extract.homeregion import state_of_the_regions
from kg.extract.ministries import state_of_the_ministry
from kg.extract.model import Article, Meeting, Person, PostFact, Span
from kg.extract.officials import listed_for_the_text
from kg.extract.syntax import ancestors, children, preposition, token_at
from kg.extract.titlespans import title_breaks
from kg.extract.titlestates import posted_in

# "с казахстанской стороны", "Со стороны Израиля", "со стороны Российской Федерации"
_SIDE = re.compile(
    r"(?i)\bс\s+([а-яё]+[сц]кой)\s+сторон[ыу]\b|\bсо\s+стороны\s+(?:(?-i:[А-ЯЁ])[а-яё-]*\s*){1,3}"
)
_DELEGATION_LED = re.compile(r"(?i)\bделегаци\w+\s+(?P<country>(?:\w+\s+){0,3}?)во\s+главе\s+с")
_DELEGATION_HEAD = re.compile(
    r"(?i)\b(?P<adj>наш\w*|[а-яё]+[сц]к(?:ую|ая|ой))\s+(?:(?:делегаци|сторон)\w+\s+(?:(?:на|в|во)\s+\w+\s+)?)?"
    r"(?:возглавил\w*|возглавля\w*|представлял\w*|представля\w*|–|—|-(?=\s))"
)
_COLLEAGUE = re.compile(
    r"(?i)\b(?:его|ее|её|своим|своего|своему|своей|с\s+своим)?\s*(?P<adj>[а-яё]+[сц]к\w+)\s+коллег\w*"
)
_OWN_TITLE = re.compile(
    r"(?i)\b(?:глав\w+\s+(?:наш\w+\s+)?государства|президент\w*\s+(?:наш\w+\s+)?страны|"
    r"глав\w+\s+нашего\s+государства|наш\w+\s+президент\w*|президент\w*\s+нашей\s+страны)\b"
)
_LEADERS = ("head_of_state", "head_of_government")
# posts one person holds for a country at a time
SINGLE_HOLDER = ("head_of_state", "head_of_government", "foreign_minister", "parliament_speaker")


def resolve(article: Article) -> None:
    """Fill the countries the text itself tells (evidence 1-4), then give unnamed titles to the one
    person they can stand for."""
    _fill(article)
    bind_descriptions(article)
    _fill(article)


def _fill(article: Article) -> None:
    for person in article.persons.values():
        for post in person.posts:
            if post.country is None and post.role != "head_of_international_organization":
                post.country = (
                    _own_titles(person, post)
                    or _listed_official(article, person, post)
                    or _side(article, person, post)
                    or _outlet_title(article, post)
                    or _republic_told(article, post)
                    or _coordinated(article, post)
                    or _described(article, person, post)
                    or state_of_the_ministry(article, post)
                )
        _dedupe(person)


def settle(article: Article, meetings: list[Meeting]) -> None:
    """Fill what is still open from the meetings' sides, the sentence, and last the outlet (evidence 5-7)."""
    for person in article.persons.values():
        for post in person.posts:
            if post.country is not None or post.role == "head_of_international_organization":
                continue
            # "Губернатор обсудил ..." with no name after the title: the sentence's state is more often the guests'
            # than his, so only the meeting's free side or the outlet tell it
            bare = (
                post.role == "regional_head"
                and _BARE_REGIONAL.match(article.text[post.evidence.start : post.evidence.stop].strip())
                and not any(0 <= m.start - post.evidence.stop <= 3 for m in person.mentions)
            )
            # "вице-губернатор X", "заместитель председателя правительства области Y": a region's deputy is of the
            # state of the regions the text is about, whatever guests the sentence names
            deputy = post.role == "other_official" and bool(
                _REGIONAL_DEPUTY.search(article.text[post.evidence.start : post.evidence.stop])
            )
            post.country = (
                _listed_official(article, person, post)
                or _named_pair(article, person, post)
                or (state_of_the_regions(article, post) if deputy else None)
                or _meeting_side(article, person, post, meetings)
                or (None if bare else _lone_sentence_country(article, post))
                or _outlet_fallback(article, person, post)
                or (state_of_the_regions(article, post) if post.role == "regional_head" else None)
            )
        _dedupe(person)


def _dedupe(person: Person) -> None:
    seen, unique = set(), []
    for post in person.posts:
        if (post.role, post.country) not in seen:
            seen.add((post.role, post.country))
            unique.append(post)
    # "российский министр Сергей Лавров" after "министр иностранных дел Сергей Лавров": the same post, told
    # in general
    person.posts = [
        p
        for p in unique
        if not (p.role == "minister" and p.organization is None and ("foreign_minister", p.country) in seen)
    ]


def _own_titles(person: Person, post: PostFact) -> str | None:
    same_role = [p.country for p in person.posts if p.country and p.role == post.role]
    known = [p.country for p in person.posts if p.country and p.role != "head_of_international_organization"]
    return (same_role or known or [None])[0]


def _listed_official(article: Article, person: Person, post: PostFact) -> str | None:
    """The officials gazetteer's one state for the person in that post that year: "Я приглашаю президента
    Касым-Жомарта Токаева" in the Qatari emir's words is Kazakhstan's president, not Qatar's."""
    held = {o.country for o in listed_for_the_text(article, person) if o.role == post.role}
    return held.pop() if len(held) == 1 else None


def _side(article: Article, person: Person, post: PostFact) -> str | None:
    """The side a sentence puts the person on, by an adjective or a country before them."""
    sentence = article.sentences[post.sentence]
    mention = next((m for m in person.mentions if m.sentence == post.sentence), None)
    if mention is None:
        return None
    before = article.text[sentence.start : mention.start]
    for rx in (_SIDE, _COLLEAGUE):
        found = list(rx.finditer(before))
        if found and not _other_person_between(article, sentence.start + found[-1].end(), mention.start):
            return _country_of_words(
                article, sentence.start + found[-1].start(), sentence.start + found[-1].end()
            )
    led = list(_DELEGATION_LED.finditer(before))
    if led and not _other_person_between(article, sentence.start + led[-1].end(), mention.start):
        return _country_of_words(article, sentence.start + led[-1].start(), sentence.start + led[-1].end())
    head = list(_DELEGATION_HEAD.finditer(before))
    if head and not _other_person_between(article, sentence.start + head[-1].end(), mention.start):
        adj = head[-1].group("adj")
        if adj.lower().startswith("наш"):
            return article.publisher_country
        return _country_of_words(article, sentence.start + head[-1].start(), sentence.start + head[-1].end())
    return None


def _coordinated(article: Article, post: PostFact) -> str | None:
    """ "с вице-премьером Азербайджана X и министром экономики Y": a title joined by "и" to the one before
    shares its country, when it names none of its own."""
    before = [m for m in article.mentions if m.sentence == post.sentence and m.stop <= post.evidence.start]
    if (
        post.shared
        or not before
        or article.text[before[-1].stop : post.evidence.start].strip() not in ("и", ",")
    ):
        return None
    previous = article.persons[before[-1].person]
    own_envoy = ENVOY_TITLE.search(article.text[post.evidence.start : post.evidence.stop]) is not None
    # a list ("посол X, первый заместитель министра Y") names one delegation; "и" may join its two sides
    joined = article.text[before[-1].stop : post.evidence.start].strip() == "и"
    return next(
        (
            p.country
            for p in previous.posts
            if p.sentence == post.sentence
            and p.country
            # "генеральный консул Греции в Новороссийске X и мэр краевой столицы Y": an envoy and the official
            # who receives him serve two states
            and (
                not joined
                or (ENVOY_TITLE.search(article.text[p.evidence.start : p.evidence.stop]) is not None)
                == own_envoy
            )
        ),
        None,
    )


def _other_person_between(article: Article, start: int, stop: int) -> bool:
    return any(start <= m.start < stop for m in article.mentions)


def _country_of_words(article: Article, start: int, stop: int) -> str | None:
    return next(
        (m.iso for m in article.places_in(start, stop) if m.kind in ("adjective", "country") and m.iso), None
    )


def unnamed_colleagues(article: Article, sentence: int) -> list[str]:
    """ "встретился со своим вьетнамским коллегой.": the states of the colleagues a sentence tells without a
    name right after them."""
    s = article.sentences[sentence]
    out = []
    for found in _COLLEAGUE.finditer(s.text):
        start, stop = s.start + found.start(), s.start + found.end()
        if any(stop <= m.start <= stop + 3 for m in article.mentions if m.sentence == sentence):
            continue  # "с армянским коллегой Аленом Симоняном": the colleague is named
        country = _country_of_words(article, start, stop)
        if country:
            out.append(country)
    return out


def _outlet_title(article: Article, post: PostFact) -> str | None:
    """ "Глава государства", "президент страны": the outlet's own head of state -- but "страны" after a state the
    sentence names ("посол ... в Индонезии встретился с вице-президентом страны", "прибыл в Турцию по приглашению
    президента страны") is that state."""
    title = article.text[post.evidence.start : post.evidence.stop]
    if not _OWN_TITLE.search(title):
        return None
    if re.search(r"(?i)\bстраны\b", title) and not re.search(r"(?i)\bнаш\w*", title):
        sentence = article.sentences[post.sentence]
        # "В Манагуа секретарь Совбеза России X встретился с представителем президента страны": not the state
        # of another's title ("посол Узбекистана в Индонезии": Indonesia still counts)
        titles = [
            (p.evidence, p.country)
            for other in article.persons.values()
            for p in other.posts
            if p is not post
        ]
        named = [
            m
            for m in article.places_in(sentence.start, post.evidence.start)
            if m.kind in ("country", "city")
            and m.iso
            and not any(t.start <= m.start < t.stop and c == m.iso for t, c in titles)
        ]
        if named:
            return named[-1].iso
        if post.sentence > 0:
            # "Ирак не будет чинить препятствий ... Об этом заявил президент страны": the one state the sentence
            # before names
            before = article.sentences[post.sentence - 1]
            states = {
                m.iso
                for m in article.places_in(before.start, before.stop)
                if m.kind == "country" and m.iso and not any(t.start <= m.start < t.stop for t, _ in titles)
            }
            if len(states) == 1:
                return states.pop()
    return article.publisher_country


# the state word closes the title and no "нашей" owns it ("министр нашей страны" is the outlet's own)
_BARE_STATE_WORD = re.compile(
    r"(?i)(?<!\bнашей)(?<!\bнашего)\s(?:[а-яё]+(?:ой|ого)\s+)?(?:республики|государства|королевства|страны)"
    r"(?:\s+в[о]?\s+[А-ЯЁ][а-яё-]+)?\s*$"  # "генконсул азиатской республики в Екатеринбурге"
)


def _republic_told(article: Article, post: PostFact) -> str | None:
    """ "советником премьер-министра республики X" in a report about Uzbekistan: the one state the sentence
    names outside titles, else the one the headline names."""
    title = article.text[post.evidence.start : post.evidence.stop]
    if not _BARE_STATE_WORD.search(title) or _OWN_TITLE.search(title):
        return None
    if re.search(r"(?i)\bглав\w*\s+республики\s*$", title):
        return None  # "пресс-секретарь главы республики": a head of a republic within a state (Татарстан, Дагестан)
    titles = [
        p.evidence for other in article.persons.values() for p in other.posts if p is not post and p.country
    ]
    sentence = article.sentences[post.sentence]
    for start, stop in [(sentence.start, sentence.stop)] + [
        (article.sentences[i].start, article.sentences[i].stop) for i in sorted(article.headlines)
    ]:
        states = {
            m.iso
            for m in article.places_in(start, stop)
            if m.kind in ("country", "adjective")
            and m.iso
            and not any(t.start <= m.start < t.stop for t in titles)
            and not post.evidence.start <= m.start < post.evidence.stop
        }
        if len(states) == 1:
            return states.pop()
        if states:
            return None
    return None


def _described(article: Article, person: Person, post: PostFact) -> str | None:
    """ "российский лидер" elsewhere in the text that can only mean this person."""
    for s in article.sentences:
        for a, b in coref.descriptor_spans(article.text, s.start, s.stop):
            if any(m.start < b and a < m.stop for m in article.mentions):
                continue
            desc = coref.describe(article, a, b)
            if desc is None or desc.country is None or desc.role != post.role:
                continue
            holders = [
                p
                for p in article.persons.values()
                if any(x.role == desc.role and x.country in (None, desc.country) for x in p.posts)
            ]
            taken = [
                p for p in holders if any(x.role == desc.role and x.country == desc.country for x in p.posts)
            ]
            if holders == [person] and not taken:
                return desc.country
    return None


def _named_pair(article: Article, person: Person, post: PostFact) -> str | None:
    """ "Узбекистан и Азербайджан связывают ... Президенты двух стран Шавкат Мирзиёев и Ильхам Алиев": the
    countries the text has just named, in order, to the holders of "двух стран", in order."""
    if not post.group or person.key not in post.group:
        return None
    titles = [p.evidence for other in article.persons.values() for p in other.posts]
    for index in range(post.sentence, max(-1, post.sentence - 3), -1):
        s = article.sentences[index]
        named: list[str] = []
        for m in article.places_in(s.start, s.stop):
            if (
                m.kind in ("country", "adjective")
                and m.iso
                and m.iso not in named
                and not any(t.start <= m.start < t.stop for t in titles)
            ):
                named.append(m.iso)
        if len(named) == len(post.group):
            return named[post.group.index(person.key)]
    return None


def _meeting_side(article: Article, person: Person, post: PostFact, meetings: list[Meeting]) -> str | None:
    """In a meeting between the sides X and Y, the one whose country is open is on the side nobody holds; in a
    meeting of a visit, the one who is no visitor is the host's ("Президента X, прибывшего в Тегеран, в аэропорту
    встретил министр энергетики Y")."""
    for meeting in meetings:
        if person.key not in meeting.participants:
            continue
        host = _visit_host_side(article, person, meeting)
        if host is not None:
            return host
        if not meeting.sides:
            continue
        held = {
            p.country
            for key in meeting.participants
            if key != person.key
            for p in article.persons[key].posts
            if p.country
        }
        if not held and len(meeting.sides) < 2:
            continue  # "X провёл встречу с белорусской делегацией": the one side told is the other one
        if not held:
            held = _partner_sides(article, meeting)  # "X поговорил с руководством Брестского облисполкома"
        free = [c for c in meeting.sides if c not in held]
        if len(free) == 1:
            return free[0]
    return None


_WITH_PARTNER = re.compile(r"(?i)\bс[о]?\s+(?:[а-яё-]+\s+){0,4}$")


def _partner_sides(article: Article, meeting: Meeting) -> set[str]:
    """The sides the opening sentence gives as the "с" partner ("с руководством Брестского облисполкома
    Республики Беларусь"): the other side's, when only one of the sides is told so."""
    s = article.sentences[meeting.sentence]
    partners = {
        m.iso
        for m in article.places_in(s.start, s.stop)
        if m.iso in meeting.sides and _WITH_PARTNER.search(article.text[max(s.start, m.start - 60) : m.start])
    }
    return partners if len(partners) == 1 else set()


def _visit_host_side(article: Article, person: Person, meeting: Meeting) -> str | None:
    """The host state of the meeting's visit, for a participant who is not the visitor, when every other
    participant is of the visitor's state."""
    visit = meeting.visit or next(
        (v for v in article.visits if v.visitor in meeting.participants and v.host == meeting.country), None
    )  # "Президента X, который прибыл в Тегеран, встретил ...": the visit told in the meeting's own sentence
    if (
        visit is None
        or visit.host is None
        or visit.visitor == person.key
        or visit.visitor not in article.persons
    ):
        return None
    theirs = {p.country for p in article.persons[visit.visitor].posts if p.country}
    if not theirs or visit.host in theirs:
        return None
    others = [
        {p.country for p in article.persons[key].posts if p.country}
        for key in meeting.participants
        if key != person.key
    ]
    return visit.host if all(held and held <= theirs for held in others) else None


# a region visited: "Костанайскую область посетил ...", "прибыл в Костанайскую область"
_VISITED = re.compile(r"(?i)\s+(?:посетил|посетила|посетили|посетит|посетят)\b")
_VISITED_BEFORE = re.compile(
    r"(?i)\b(?:посетил\w*|посетит|посетят|прибыл\w*|прилетел\w*|приехал\w*)\s+(?:[а-яё]+\s+){0,2}(?:в|во)?\s*$"
)


def _lone_sentence_country(article: Article, post: PostFact) -> str | None:
    """ "Тогда Армения участвовала ..., ее представлял вице-премьер Мгер Григорян": the one country of the
    sentence, when nobody else is named and the country is not where someone goes or is."""
    sentence = article.sentences[post.sentence]
    if len({m.person for m in article.mentions_in(post.sentence)}) > 1:
        return None
    if post.role == "regional_head":
        # "динамика оборота Беларуси и Липецкой области" beside a governor: his region's state, not the partner's;
        # "Костанайскую область посетил губернатор X": the region he visits is not his
        regions = {
            m.iso
            for m in article.places_in(sentence.start, sentence.stop)
            if m.kind == "region"
            and m.iso
            and not _VISITED.match(article.text, m.stop)
            and not _VISITED_BEFORE.search(article.text[max(sentence.start, m.start - 30) : m.start])
        }
        if len(regions) == 1:
            return regions.pop()
        # "Губернатор X предложил Председателю КНР ...": a region's head is of a region's state; a state the
        # sentence names beside him is more often his partner's
        return None
    isos = set()
    for m in article.places_in(sentence.start, sentence.stop):
        if m.kind in ("country", "adjective") and m.iso:
            if re.search(r"(?i)\b(?:в|во|из|на)\s+$", article.text[max(0, m.start - 4) : m.start]):
                return None
            if (
                _WITH.search(article.text[max(0, m.start - 40) : m.start])  # also "с Киргизской Республикой"
                and not re.match(r"\s+сторон", article.text[m.stop : m.stop + 8])
            ):
                continue  # "сотрудничество с Республикой Беларусь": the partner's state, not the official's
            before = article.text[max(sentence.start, m.start - 40) : m.start]
            named_after = any(0 <= x.start - m.stop <= 60 for x in article.mentions_in(post.sentence))
            titled = any(r.stop >= len(before.rstrip()) for r in find_roles(before))
            partner = m.stop <= post.evidence.start and _WITH.search(
                article.text[max(0, post.evidence.start - 5) : post.evidence.start]
            )
            if titled and (not named_after or partner):
                # "встретился с послом Египта.": an unnamed official's title, not this post's state; "Генеральный
                # консул Великобритании намерена встретиться с заместителем губернатора X": another's title
                continue
            if m.kind == "adjective" and _adjective_of_unnamed_title(article, m.stop, post.sentence):
                continue  # "Сирийский дипломат встретился с донским губернатором X": the unnamed one's state
            if (
                m.kind == "adjective"
                and post.evidence.start < m.start
                and _COUNTERPARTS.match(article.text, m.stop)
                and _WITH.search(before)
            ):
                continue  # "X провел встречу с белорусскими коллегами": the other side's state, not X's
            isos.add(m.iso)
    return isos.pop() if len(isos) == 1 else None


_COUNTERPARTS = re.compile(r"\s+(?:коллег|партн[её]р|делегаци|сторон|гост)", re.IGNORECASE)
# "с" or "со" right before, or with one word between ("с белорусскими коллегами")
_WITH = re.compile(r"(?i)\b(?:с|со)\s+(?:[а-яё]+\s+)?$")


def _adjective_of_unnamed_title(article: Article, stop: int, sentence: int) -> bool:
    """A state's adjective whose own noun is a title no name follows ("Сирийский дипломат встретился")."""
    after = article.text[stop : stop + 40]
    lead = len(after) - len(after.lstrip())
    role = next((r for r in find_roles(after.lstrip()) if r.start == 0), None)
    if role is None:
        return False
    end = stop + lead + role.stop
    nouns = [t for t in token_at(article.sentences[sentence], stop + lead, end) if t.pos == "NOUN"]
    if not nouns or nouns[0].feats.get("Number") != "Sing":
        return False  # "российские сенаторы (возглавляет X)": a group, which may hold the one named
    return not any(0 <= x.start - end <= 2 for x in article.mentions_in(sentence))


def _outlet_fallback(article: Article, person: Person, post: PostFact) -> str | None:
    """The outlet's country names its own officials without a country -- but not a second head of state."""
    country = article.publisher_country
    if country is None or post.shared:
        return None
    if posted_in(article, post.evidence) == (country, "country"):
        return None  # "Посол страны в РФ" in a Russian outlet: an envoy serves in a state not his own
    if post.role in SINGLE_HOLDER and any(
        other is not person and any(p.role == post.role and p.country == country for p in other.posts)
        for other in article.persons.values()
    ):
        return None
    return country


_OFFICE_NOUNS = frozenset(
    [
        "администрация",
        "аппарат",
        "служба",
        "пресс-служба",
        "канцелярия",
        "резиденция",
        "пост",
        "должность",
        "указ",
        "поручение",
        "приказ",
        "послание",
        "обращение",
        "сайт",
        "офис",
        "управление",
        "секретариат",
        "охрана",
        "самолет",
        "кортеж",
        "кресло",
        "полномочие",
    ]
)
_BARE_HEAD = re.compile(r"(?:Президент\w*|Глав\w+ государства)$")
# "бывший премьер Италии", "покойный король", "первый президент Индонезии": a post held in the past, by someone
# the text may not name at all -- no one named in the text holds it now ("первый вице-премьер" is a post today).
# Wider than posts' own rule for named titles: "тогдашний президент X", "прежний посол Y" keep the post the text
# gives them (the gold's convention), while such a title naming nobody is no one's now
_PAST_HOLDER = re.compile(r"(?i)(?:\bбывш\w+|\bэкс-|\bпокойн\w+|\bтогдашн\w+|\bпрежн\w+|\bпредыдущ\w+)\s*$")
_FOUNDING = re.compile(r"(?i)\bперв\w+\s+президент\w*$")


def _held_in_the_past(text: str, start: int, stop: int) -> bool:
    return bool(
        _PAST_HOLDER.search(text[max(0, start - 16) : start])
        or _FOUNDING.search(text[max(0, start - 10) : stop])
    )


def descriptions(article: Article) -> list[tuple[int, Span, str, str | None, bool]]:
    """Titles that name nobody: "Президент принял ...", "пожелал Эмиру Катара", "глава нашего государства"
    -- (sentence, span, role, country, whether the title is plural)."""
    from kg.extract.posts import regional_role
    from kg.extract.titlestates import title_countries

    taken = [p.evidence for person in article.persons.values() for p in person.posts]
    out = []
    for s in article.sentences:
        if s.in_quote:
            continue
        for role in find_roles(s.text):
            start = s.start + role.start
            nouns = [t for t in token_at(s, start, s.start + role.stop) if t.pos in ("NOUN", "PROPN")]
            if not nouns:
                continue  # "дипломатическую миссию": an adjective, not a title
            if nouns[0].head >= 0 and s.tokens[nouns[0].head].lemma in _OFFICE_NOUNS:
                continue  # "администрация президента", "на пост канцлера": an office, not a person
            if any(t.start <= start < t.stop for t in taken) or any(
                m.start <= start < m.stop for m in article.mentions
            ):
                continue
            if _held_in_the_past(article.text, start, s.start + role.stop):
                continue
            rest = article.text[start : s.stop]
            breaks = [b for b in title_breaks(rest[role.stop - role.start :])]
            stop = (
                start
                + (role.stop - role.start)
                + (breaks[0].start() if breaks else len(rest) - (role.stop - role.start))
            )
            stop = min(stop, start + 80)
            if any(start <= m.start < stop + 3 for m in article.mentions if m.sentence == s.index):
                continue  # a title before a name
            span = Span(start, stop)
            if _name_unread_after(article, span):
                continue  # "премьера Госсовета КНР Ли Цяна": a title before a name the name reader missed
            countries = title_countries(article, span)
            if len(countries) > 1 or role.role == "head_of_international_organization":
                continue
            country = countries[0][0] if countries else None
            local = bool(countries) and countries[0][1] in ("region", "city", "city_adjective")
            phrase = article.text[start:stop].strip()
            if country is None and (
                _BARE_HEAD.match(phrase) or re.search(r"(?i)наш\w+\s+государства", phrase)
            ):
                country = article.publisher_country  # the outlet's own head of state
            if country is not None:
                held = (
                    regional_role(role.role, country) if local else role.role
                )  # "Премьер-министр Дагестана"
                out.append((s.index, span, held, country, nouns[0].feats.get("Number") == "Plur"))
            elif role.role == "regional_head" and _BARE_REGIONAL.match(phrase):
                # "Губернатор обсудил ...", "Глава региона провел ...": a region's head whose state the text leaves
                # to the meetings and the outlet (``settle``)
                out.append((s.index, span, role.role, None, nouns[0].feats.get("Number") == "Plur"))
    return out


_REGIONAL_DEPUTY = re.compile(
    r"(?i)\b(?:вице-губернатор|(?:заместител\w+|зам\.?)\s+губернатор|вице-мэр|(?:заместител\w+|зам\.?)\s+мэр)\w*"
    r"|\b(?:правительства|администрации|думы|собрания)\s+(?:области|края|региона)\b"
)
_BARE_REGIONAL = re.compile(
    r"(?i)(?:губернатор\w*|мэр\w*|глав\w+\s+(?:региона|области|края|города|республики))\s*$"
)
_TWO_CAPITALS_AT_END = re.compile(r"(?:^|\s)[А-ЯЁ][а-яё]+\s+[А-ЯЁ][а-яё]+\s*$")


def _name_unread_after(article: Article, span: Span) -> bool:
    """The title ends in two capitalised words that are no place or body: a person's name."""
    m = _TWO_CAPITALS_AT_END.search(article.text[span.start : span.stop])
    if m is None:
        return False
    start = span.start + m.start()
    return not any(p.start < span.stop and start < p.stop for p in article.places)


def bind_descriptions(article: Article) -> None:
    """Give a description's post to the one person it can stand for: a person without a post of that role,
    not placed in another country, named in the same or a neighbouring paragraph. Repeated while it helps,
    since each binding removes a candidate for the next ("президента Казахстана с Эмиром Катара")."""
    pending = descriptions(article)
    foreign = _visitors(article)
    changed = True
    while changed and pending:
        changed = False
        for item in list(pending):
            index, span, role, country, plural = item
            if _held_by_someone_named(article, span, role, country):
                pending.remove(item)  # someone named holds it: the description means them
                continue
            unsettled = [
                p
                for person in article.persons.values()
                for p in person.posts
                if p.role == role and p.country is None
            ]
            if len(unsettled) == 1 and not plural:
                # "Министр обороны Андрей Белоусов ... — подчеркнул глава Минобороны России": the post is held,
                # the description tells its state ("губернаторы трех аймаков Монголии" are others, a group)
                unsettled[0].country = country
                pending.remove(item)
                changed = True
                continue
            named_here = {m.person for m in article.mentions if m.sentence == index}
            told = _pronoun_subjects_person(article, index, span)
            if told is not None and not plural:
                # "X – посол России в Китае. Ранее он был первым заместителем министра": the pronoun's person
                article.persons[told].posts.append(PostFact(role, country, None, index, span))
                pending.remove(item)
                changed = True
                continue
            candidates = [
                p
                for p in article.persons.values()
                if p.key not in named_here  # a person named beside a description is someone else
                and not any(x.role == role for x in p.posts)
                # a title too vague to tell a post ("президент и ректор университета") is no second post of
                # someone whose post the text already gives
                and not (role == "other_official" and p.posts)
                # a head of state or government heads no region ("хоким области")
                and not (role == "regional_head" and any(x.role in _LEADERS for x in p.posts))
                and all(x.country in (None, country) for x in p.posts)
                and country not in foreign.get(p.key, ())
                and not _official_elsewhere(article, p, country)
                # an ambassador holds that one post abroad: "Губернатор области" is the other person named
                and not any(x.role == "ambassador" for x in p.posts)
                # nor is anyone whose own title the text gives an envoy ("послом Израиля ... министр по развитию
                # Дальнего Востока Алексей Чекунков")
                and not (role == "ambassador" and p.posts)
                # a head of state or government is no minister told without a name ("с министром иностранных дел
                # Египта ... договоренностей президентов X и Y")
                and not (role not in _LEADERS and any(x.role in _LEADERS for x in p.posts))
                and any(abs(m.sentence - index) <= 3 for m in p.mentions)
            ]
            if len(candidates) == 1 and not plural:  # "с руководителями провинции": a group is no one's post
                candidates[0].posts.append(PostFact(role, country, None, index, span))
                pending.remove(item)
                changed = True


def _pronoun_subjects_person(article: Article, index: int, span: Span) -> str | None:
    """The person a pronoun subject before the description stands for, in a sentence that names no one."""
    from kg.extract.arguments import antecedent

    if article.mentions_in(index):
        return None
    s = article.sentences[index]
    pronoun = next(
        (t for t in s.tokens if t.rel == "nsubj" and t.lemma in ("он", "она") and t.stop <= span.start), None
    )
    found = antecedent(article, pronoun) if pronoun is not None else []
    return found[0] if len(found) == 1 else None


def _held_by_someone_named(article: Article, span: Span, role: str, country: str | None) -> bool:
    """A named person holds the described post: its role, or, for a state's "дипломат", any envoy's title of that
    state ("Турецкий дипломат заявил" after "Генеральный консул Турции X")."""
    diplomat = re.search(r"(?i)дипломат", article.text[span.start : span.stop]) is not None
    return any(
        p.role == role
        and (p.country == country or country is None)
        or diplomat
        and p.country == country
        and ENVOY_TITLE.search(article.text[p.evidence.start : p.evidence.stop]) is not None
        for person in article.persons.values()
        for p in person.posts
    )


def _official_elsewhere(article: Article, person: Person, country: str) -> bool:
    """A well-known official of other states only (the officials gazetteer) does not stand for a description of
    this one: "Путин ... первый президент Индонезии"."""
    listed = {o.country for o in listed_for_the_text(article, person)}
    return bool(listed) and country not in listed


def _visitors(article: Article) -> dict[str, set[str]]:
    """Who the text says travels to which country ("перенести сроки своего официального визита в Казахстан"):
    a visitor is no official of the country visited, whether the visit happens or not."""
    from kg.extract.arguments import persons_of

    out: dict[str, set[str]] = {}
    for s in article.sentences:
        for t in s.tokens:
            if t.lemma not in ("визит", "поездка"):
                continue
            hosts = [
                m.iso
                for c in children(s.tokens, t, "nmod")
                if preposition(s.tokens, c) in ("в", "во")
                for m in article.places_in(c.start, c.stop)
                if m.kind == "country" and m.iso
            ]
            if not hosts:
                continue
            people = [
                p
                for c in children(s.tokens, t, "nmod")
                if c.feats.get("Case") == "Gen"
                for p in persons_of(article, s, c)
            ]
            verb = next(
                (
                    a
                    for a in ancestors(s.tokens, t)
                    if a.pos in ("VERB", "AUX") and children(s.tokens, a, "nsubj")
                ),
                None,
            )  # "своего визита": the clause's subject
            if not people and verb is not None:
                people = [p for x in children(s.tokens, verb, "nsubj") for p in persons_of(article, s, x)]
            for key in people:
                out.setdefault(key, set()).update(hosts)
    return out
