"""Stage 4c: event coreference over the meetings the reader opened, once posts have their countries.

The reader (``meetings``) opens a meeting for each event it reads, in text order. This
stage looks at them together and decides what each one is:

* **Sides.** The states a meeting's opening sentence names as its parties: bodies of two
  states ("заседание коллегий МИД Беларуси и России"), states as genitives or adjectives
  ("делегации Китая", "с белорусским коллегой"), but not the places it is held in ("в
  Китае", "из Пекина").
* **One named side.** A meeting whose other side is only a state, a body, a pronoun or a
  delegation keeps the one person it names; one whose other side is a title of another state
  ("глава Казахстана") takes the one person the article names who holds that post. A meeting that names nobody takes the
  officials that the sentences right after it name ("Максим Рыженков, министр
  иностранных дел:" under the news of a joint sitting).
* **One event, one meeting.** A headline or a caption that tells the body's call or talks
  in other words ("X обсудил с Y ...") is the same meeting: a meeting typed only by a
  discussion verb joins the call, video call or talks of the same people on a compatible date;
  talks placed nowhere beside a call of the same people are that call.
* **Who was there.** A person the text says stays away ("не может присутствовать") is no
  participant; the one told standing in for him ("заменил") is.
"""

from __future__ import annotations

import re

from kg.extract.model import Article, Meeting, Sentence
from kg.extract.officials import described_posts, officials
from kg.extract.scene import speech_of
from kg.keys import normalize_key

_LOCATIVE = re.compile(r"(?i)(?:^|\s)(?:в|во|на|из|по|через|до|г\.)\s*$")
_BETWEEN = re.compile(r"(?i)\bмежду\s+(?:[А-ЯЁа-яё-]+\s+){0,3}?(?:[А-ЯЁа-яё-]+\s+и\s+)?$")
# a body or a delegation after "с", whose region or city the words after it name
_PARTNER_BEFORE = re.compile(
    r"(?i)\bсо?\s+(?:делегаци|руководств|представител|правительств|администраци|власт)\w*\s+(?:[а-яё-]+\s+){0,2}$"
)
_TYPED_BY_NOUN = {"talks", "phone_call", "video_call"}
# the lemmas a meeting may be told with that say nothing of its form
_UNTYPED_WORDS = {"", "обсудить", "обсуждать", "рассмотреть", "обменяться", "подписать", "встретить"}
_FOLLOWING_PARAGRAPHS = 2


def resolve_events(article: Article) -> None:
    """Sides of every meeting, people for meetings that name nobody, and one meeting per event."""
    for meeting in article.meetings:
        for iso in opening_sides(article, meeting):
            if iso not in meeting.sides:
                meeting.sides.append(iso)
    for meeting in article.meetings:
        if not meeting.participants:
            _take_following_officials(article, meeting)
        elif len(meeting.participants) == 1:
            _take_described_side(article, meeting)
        if len(meeting.participants) == 1:
            _side_of_a_visiting_delegation(article, meeting)
    article.meetings = _without_headline_summaries(article, article.meetings)
    article.meetings = merge_same_events(article.meetings)
    article.meetings = _merge_formats(article, article.meetings)
    article.meetings = [m for m in article.meetings if _without_the_absent(article, m)]
    for meeting in article.meetings:
        if meeting.kind == "talks" and len(_states_of_heads(article, meeting)) > 2:
            meeting.kind = "summit"  # GOLD: a meeting of heads of more than two states is a summit


# "X не может присутствовать в Ялте", "не примет участия", "не смог приехать": who stays away
_ABSENT = re.compile(
    r"(?i)^[^.;!?]{0,20}?\bне\s+(?:(?:может|сможет|смог\w*|будет|удалось)\s+)?(?:присутствовать|приехать|"
    r"прибыть|участвовать|принять\s+участие|примет\s+участи\w*|принял\w*\s+участи\w*|приехал\w*|прибыл\w*)"
)


def _without_the_absent(article: Article, meeting: Meeting) -> bool:
    """Drop from the meeting the people told absent, add who stands in for them; False when no one is left."""
    absent = [p for p in meeting.participants if _told_absent(article, p)]
    if not absent:
        return True
    meeting.participants = [p for p in meeting.participants if p not in absent]
    meeting.participants += [p for p in _stand_ins(article, absent) if p not in meeting.participants]
    return bool(meeting.participants)


def _told_absent(article: Article, person: str) -> bool:
    """ "Ввиду кризиса Виктор Янукович не может присутствовать в Ялте": a person the text says stays away is no
    participant, whoever stands in for him."""
    return any(
        m.person == person and _ABSENT.search(article.text[m.stop : m.stop + 80]) for m in article.mentions
    )


_STANDS_IN = re.compile(r"(?i)\bзаменил\w*|\bзаменя\w+|\bвместо\b|\bзамеща\w+")


def _stand_ins(article: Article, absent: list[str]) -> list[str]:
    """ "... Янукович не может присутствовать в Ялте. ... Украинского премьера заменил вице-премьер X": who stands
    in for a person told absent, in the sentences right after."""
    found: list[str] = []
    for person in absent:
        told = [m.sentence for m in article.mentions if m.person == person]
        for s in article.sentences[min(told) : min(told) + 3] if told else []:
            if _STANDS_IN.search(s.text):
                found += [m.person for m in article.mentions_in(s.index) if m.person not in absent]
    return list(dict.fromkeys(found))


def _take_described_side(article: Article, meeting: Meeting) -> None:
    """ "Далее глава Казахстана встретился с президентом Эрдоганом": a meeting that names one official
    and gives its other side as a title of another state takes the one person of the article who holds
    that post by the text."""
    named = article.persons[meeting.participants[0]]
    own = {post.country for post in named.posts if post.country}
    s = article.sentences[meeting.sentence]
    # "встречи с премьер-министром Беларуси X, ... и послом России Y": counterparts the sentence lists one by one
    # are each met by the same one (the one all its other meetings share), not each other's other side
    siblings = [
        set(m.participants) for m in article.meetings if m is not meeting and m.sentence == meeting.sentence
    ]
    listed = set().union(*siblings) - set.intersection(*siblings) if len(siblings) > 1 else set()
    if len(siblings) == 1 and len(siblings[0]) > 1:
        # "X принял участие в форуме, встретился с министром Y": Y is the partner of the other meeting the sentence
        # tells, not the forum's other side (a meeting of its one named side may still be the other half of this)
        listed = siblings[0] - set(meeting.participants)
    for role, country, span in described_posts(article, s):
        if country in own or _plural(s, span.start):
            continue  # "принял грамоты от послов России, Китая": a plural title is no one person
        holders = [
            key
            for key, person in article.persons.items()
            if key not in meeting.participants
            and key not in listed
            and any(post.role == role and post.country == country for post in person.posts)
        ]
        if len(holders) == 1:
            meeting.participants.append(holders[0])
            return


# "Камчатку посетила китайская делегация", "в область прибыла делегация из Китая": a foreign delegation arrives
_DELEGATION_ARRIVES = re.compile(
    r"(?i)\b(?:посетил\w*|прибыл\w*|приехал\w*|находится|побывал\w*|визит\w*)\b[^.;!?]{0,60}?\bделегаци\w*"
    r"|\bделегаци\w*[^.;!?]{0,80}?\b(?:посетил\w*|прибыл\w*|приехал\w*|находится|побывал\w*)\b"
)


_DELEGATION = re.compile(r"(?i)\bделегаци\w*")


def _side_of_a_visiting_delegation(article: Article, meeting: Meeting) -> None:
    """ "Камчатку посетила китайская делегация. Глава региона провел встречу с мэром провинции ...": a meeting
    that names one official, right after the text tells a delegation of another state arriving, has that
    state for its other side."""
    named = article.persons[meeting.participants[0]]
    own = {post.country for post in named.posts if post.country}
    if not own or set(meeting.sides) - own:
        return
    for s in article.sentences[max(0, meeting.sentence - 2) : meeting.sentence + 1]:
        if s.in_quote:
            continue
        told = _DELEGATION_ARRIVES.search(s.text)
        # "делегация из соседнего региона России проведет ...": a delegation whose state its own words tell
        windows = [(told.start(), told.end() + 40)] if told is not None else []
        windows += [(max(0, m.start() - 25), m.end() + 60) for m in _DELEGATION.finditer(s.text)]
        for start, stop in windows:
            around = {
                p.iso
                for p in article.places_in(s.start + start, min(s.stop, s.start + stop))
                if p.kind in ("adjective", "country")
                and p.iso
                and p.iso not in own
                and not re.search(r"(?i)\b(?:в|во|на)\s+$", article.text[max(s.start, p.start - 4) : p.start])
            }
            if len(around) == 1:
                meeting.sides.append(around.pop())
                return


def _plural(s: Sentence, start: int) -> bool:
    token = next((t for t in s.tokens if t.start >= start), None)
    return token is not None and token.feats.get("Number") == "Plur"


_FORMAT = re.compile(r"(?i)\bв\s+(?:узком|расширенном|широком|ограниченном)\s+(?:составе|формате)\b")
_HEADS = ("head_of_state", "head_of_government")


def _states_of_heads(article: Article, meeting: Meeting) -> set[str]:
    return {
        post.country
        for key in meeting.participants
        for post in article.persons[key].posts
        if post.role in _HEADS and post.country
    }


def _merge_formats(article: Article, meetings: list[Meeting]) -> list[Meeting]:
    """ "Во встрече в узком составе участвовали ... К переговорам в расширенном формате присоединились ...":
    the narrow and the extended format of the same talks are one meeting (GOLD)."""
    kept: list[Meeting] = []
    for meeting in meetings:
        told_as_format = _FORMAT.search(article.sentences[meeting.sentence].text)
        target = next(
            (
                k
                for k in kept
                if told_as_format
                # the other told as a format too, or as the talks whose people this one's are among ("Путин и
                # Рахмон провели переговоры ... На заседании в расширенном составе Путин отметил ...")
                and (
                    _FORMAT.search(article.sentences[k.sentence].text)
                    or bool(meeting.participants)
                    and set(meeting.participants) <= set(k.participants)
                )
                and k.kind in ("talks", "summit", "session")
                and meeting.kind in ("talks", "summit", "session")
                and not (k.date and meeting.date and k.date != meeting.date)
            ),
            None,
        )
        if target is None:
            kept.append(meeting)
        else:
            _absorb(target, meeting)
    return kept


def opening_sides(article: Article, meeting: Meeting) -> list[str]:
    """States the opening sentence names as parties (not as the place of the meeting)."""
    s = article.sentences[meeting.sentence]
    titles = [p.evidence for person in article.persons.values() for p in person.posts]
    speech = speech_of(article, s)
    sides: list[str] = []
    for place in article.places_in(s.start, s.stop):
        # "с амурским губернатором": a region's adjective before its unnamed head is that head's state
        head_of_region = place.kind == "region" and " " not in place.text.strip()
        # "между Омской областью и Павлодарской областью": regions of two states told as the parties
        between = place.kind == "region" and _BETWEEN.search(
            article.text[max(s.start, place.start - 80) : place.start]
        )
        # "встретился с делегацией провинции Хэйлунцзян", "с руководством города Бишкек": the partner's region
        partner = place.kind in ("region", "city") and _PARTNER_BEFORE.search(
            article.text[max(s.start, place.start - 60) : place.start]
        )
        if (
            place.kind not in ("country", "adjective", "body")
            and not head_of_region
            and not between
            and not partner
        ) or not place.iso:
            continue
        if _LOCATIVE.search(article.text[max(s.start, place.start - 12) : place.start]):
            continue  # "в Китае", "из Пекина": where, not who
        if any(a <= place.start < b for a, b in speech):
            continue  # "«Мы хотим, чтобы сотрудничество с США продолжалось», — сказал X": what is said, not a side
        if any(t.start <= place.start < t.stop for t in titles):
            continue  # "Президент Казахстана X": the participant's own country, counted with the person
        if place.iso not in sides:
            sides.append(place.iso)
    return sides


def _take_following_officials(article: Article, meeting: Meeting) -> None:
    """ "В Москве прошло заседание коллегий МИД ... / Максим Рыженков, министр иностранных дел: ...": the
    officials of the first sentence after the opening that names any, within two paragraphs and before
    the next meeting."""
    opening = article.sentences[meeting.sentence]
    others = {i for m in article.meetings if m is not meeting for i in m.sentences}
    for s in article.sentences[meeting.sentence :]:
        if s.paragraph - opening.paragraph > _FOLLOWING_PARAGRAPHS or s.index in others:
            break  # another meeting is told from here on
        if s.in_quote:
            continue  # "«... Как подчеркивает президент X, ...»": whom a speaker cites is not at the meeting
        # "X отметил, что в мае состоялось заседание ...": a recall in the clause reported, its teller the news
        reported = re.search(r",\s+что\b", s.text) if s.index in article.recalled else None
        if s.index in article.recalled and reported is None:
            continue
        officials = [
            m.person
            for m in article.mentions_in(s.index)
            if (article.persons[m.person].posts or _known_official(article.persons[m.person].name))
            and m.person not in meeting.participants
            and (reported is None or m.start < s.start + reported.start())
        ]  # "Главы двух государств договорились встретиться ... Путин и Лукашенко обсудят ..."
        if officials:
            meeting.participants += list(dict.fromkeys(officials))
            if s.index not in meeting.sentences:
                meeting.sentences.append(s.index)
            for person in officials:
                for post in article.persons[person].posts:
                    if post.country and post.country not in meeting.sides:
                        meeting.sides.append(post.country)
            return


def _without_headline_summaries(article: Article, meetings: list[Meeting]) -> list[Meeting]:
    """A headline or lead that tells several meetings as one ("Санду, Гросу и Речан встретились с премьером и
    председателем Сената Румынии") where the body tells each of them: its people are all among those of two or
    more meetings of the body, none of which has them all (that one is the same event)."""
    kept: list[Meeting] = []
    headlines = article.opening_sentences()
    for meeting in meetings:
        people = set(meeting.participants)
        body = [
            m
            for m in meetings
            if m is not meeting
            and people & set(m.participants)
            and m.sentence not in headlines
            and not (meeting.date and m.date and meeting.date != m.date)
        ]
        covered = set().union(*(m.participants for m in body)) if body else set()
        summary = (
            meeting.sentence in headlines
            and meeting.kind == "talks"
            and len(body) >= 2
            and people <= covered
            and not any(people <= set(m.participants) for m in body)
        )
        if summary:
            for m in body:
                m.topics |= meeting.topics
        else:
            kept.append(meeting)
    return kept


def _known_official(name: str) -> bool:
    return normalize_key(name) in officials()


def _untyped(meeting: Meeting) -> bool:
    return meeting.kind == "talks" and meeting.words <= _UNTYPED_WORDS


def _same_event(a: Meeting, b: Meeting) -> bool:
    if not a.participants or not b.participants:
        return False
    if a.counterpart_state and b.counterpart_state and a.counterpart_state != b.counterpart_state:
        return False  # "с президентами Ирана, Алжира и ЮАР": one meeting per counterpart state
    if a.date and b.date and a.date != b.date:
        return False
    people_a, people_b = set(a.participants), set(b.participants)
    if not (people_a <= people_b or people_b <= people_a):
        return False
    # "состоялось заседание ... в режиме видеоконференции" / "В работе заседания приняли участие ...":
    # the same noun tells the same event; a discussion verb tells the call or the talks it stands beside
    told_alike = bool((a.words & b.words) - _UNTYPED_WORDS)
    return (
        told_alike
        or _untyped(a)
        and b.kind in _TYPED_BY_NOUN
        or _untyped(b)
        and a.kind in _TYPED_BY_NOUN
        or _talks_of_a_call(a, b)
        or _talks_of_a_call(b, a)
    )


def _talks_of_a_call(talks: Meeting, call: Meeting) -> bool:
    """ "X провел переговоры ... В среду X провел телефонный разговор с Y": talks placed nowhere, beside a call of
    the same people, are the call ("телефонные переговоры" is what Russian calls one)."""
    return (
        talks.kind == "talks"
        and call.kind in ("phone_call", "video_call")
        and not (talks.country or talks.city or talks.visit)
        and set(talks.participants) == set(call.participants)
    )


def merge_same_events(meetings: list[Meeting]) -> list[Meeting]:
    """Fold each meeting typed only by a discussion verb into the typed meeting of the same people."""
    kept: list[Meeting] = []
    for meeting in meetings:
        target = next((k for k in kept if _same_event(k, meeting)), None)
        if target is None:
            kept.append(meeting)
            continue
        if _untyped(target) and not _untyped(meeting) or _talks_of_a_call(target, meeting):
            kept[kept.index(target)] = meeting  # the call or the talks told later names the event
            meeting, target = target, meeting
        _absorb(target, meeting)
    return kept


def _absorb(target: Meeting, other: Meeting) -> None:
    target.participants += [p for p in other.participants if p not in target.participants]
    target.sentences += [i for i in other.sentences if i not in target.sentences]
    target.words |= other.words
    target.topics |= other.topics
    target.documents += other.documents
    target.sides += [c for c in other.sides if c not in target.sides]
    target.date = target.date or other.date
    # "встреча министров 10 стран" over "встречи с коллегами из Индонезии, Кореи ...": the summary takes the first
    # counterpart's state, so that the next counterpart's meeting stays one of its own
    target.counterpart_state = target.counterpart_state or other.counterpart_state
    if target.kind not in ("phone_call", "video_call"):
        target.country = target.country or other.country
        target.city = target.city or other.city
        target.visit = target.visit or other.visit
