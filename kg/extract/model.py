"""The document object every pipeline stage reads and fills in (cf. natasha's ``Doc``).

Outside types (natasha spans, pymorphy parses) never appear here: each stage
adapts them at its boundary.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Span:
    start: int
    stop: int


@dataclass
class Token:
    """A word of a sentence with its morphology and its place in the dependency tree."""

    index: int  # position in the sentence
    start: int  # character offsets in the article text
    stop: int
    text: str
    lemma: str  # lower case, ё as е
    pos: str  # Universal POS tag
    feats: dict[str, str]
    head: int  # index of the head in the sentence, -1 for the root
    rel: str  # Universal Dependencies relation


@dataclass
class Sentence:
    index: int
    paragraph: int
    start: int  # character offsets in the article text
    stop: int
    text: str
    in_quote: bool = False  # the whole sentence is direct speech
    tokens: list[Token] = field(default_factory=list)


@dataclass
class Mention:
    """A stretch of text that names or describes a person."""

    start: int
    stop: int
    text: str
    sentence: int
    person: str | None = None  # key of the resolved Person
    descriptor: bool = False  # "российский премьер" rather than a name


@dataclass
class OrgRef:
    """An organization as a document party or the organization of a post."""

    name: str  # nominative, full official name
    country: str | None  # ISO code, None for an international organization
    kind: str  # state, government, ministry, parliament, region, city, international, other


@dataclass
class PostFact:
    role: str
    country: str | None  # None until settled; stays None for an international organization
    organization: OrgRef | None
    sentence: int
    evidence: Span
    shared: bool = False  # a title shared by several countries' officials that does not say whose is whose
    group: tuple[str, ...] = ()  # the holders of a shared title, in text order


@dataclass
class Person:
    key: str  # normalized "first last"
    name: str  # "First Last", nominative
    first: str
    last: str
    middle: str = ""  # non-patronymic middle names ("Тайип")
    patronymic: str = ""
    gender: str | None = None
    mentions: list[Mention] = field(default_factory=list)
    posts: list[PostFact] = field(default_factory=list)
    official: str = ""  # the listed official a surname alone stands for ("Путин"); the name stays the text's

    @property
    def states(self) -> set[str]:
        """The states of the posts the person holds (those whose state is known)."""
        return {p.country for p in self.posts if p.country}


@dataclass
class Visit:
    kind: str
    visitor: str  # person key
    host: str | None  # ISO code
    sentence: int


@dataclass
class DocumentFact:
    type: str
    title: str
    period_start: int | None
    period_end: int | None
    parties: list[OrgRef]
    sentence: int
    evidence: Span


@dataclass
class Meeting:
    kind: str
    sentence: int  # the sentence that introduced it
    participants: list[str] = field(default_factory=list)
    date: dt.date | None = None
    month_day: tuple[int, int] | None = None  # "12 ноября" in a text that gives no year
    country: str | None = None
    city: str | None = None
    visit: Visit | None = None
    topics: set[str] = field(default_factory=set)
    documents: list[DocumentFact] = field(default_factory=list)
    sentences: list[int] = field(default_factory=list)  # every sentence read for it
    words: set[str] = field(default_factory=set)  # the lemmas it was told with ("переговоры", "встреча")
    future: bool = False
    held: bool = False  # told with a verb in the past ("встретился"): not the same as one announced
    sides: list[str] = field(default_factory=list)  # countries the text names as the meeting's sides
    opened_with: list[str] = field(default_factory=list)  # the people of the trigger that opened it
    multilateral: bool = (
        False  # a sitting of an international body (СНГ, ЕАЭС, ...): one named participant is enough
    )
    counterpart_state: str | None = None  # the state of a counterpart told by title only ("президент Ирана")


@dataclass
class Quote:
    speaker: str  # person key
    text: str
    sentence: int
    evidence: Span
    meeting: int | None = None  # index into Article.meetings


@dataclass(frozen=True)
class EventNote:
    """An event a sentence reports that the meeting reader set aside, and why (``kg extract --explain``)."""

    sentence: int
    trigger: str  # the trigger word as the text writes it (a meeting dropped whole: its lemma)
    kind: str
    reasons: tuple[str, ...]
    reading: str = "strict"  # "relaxed": the second reading of an article the first found no meeting in


# why an event opened no meeting when the reason is its sides alone: the event itself was told as held
UNREAD_SIDES = "opened no meeting (told in passing, or two sides not named)"
NO_ONE_NAMED = "no one named"
ONE_SIDE_ONLY = "one side only"
NOT_INTERNATIONAL = "not shown to be international"
MAYBE_INTERVIEW = "a conversation told only as such, which may be an interview"  # not for want of sides alone
FOR_WANT_OF_SIDES = frozenset([UNREAD_SIDES, NO_ONE_NAMED, ONE_SIDE_ONLY, NOT_INTERNATIONAL])


@dataclass
class Article:
    id: str
    text: str
    title: str = ""
    layout: str = ""  # "site" (the header of GOLD.md), "plain" (any other text) or "page" (a saved web page)
    rubric: str = ""
    counter: int | None = None
    byline: str | None = None
    dateline: str = ""  # the place of a dateline ("БИШКЕК, 9 фев — Sputnik."), when one opens a paragraph
    # the day a dateline gives the paragraph it opens ("Улан-Батор, 12 августа 2025 года – Состоялась встреча ..."),
    # by the paragraph's index, as the dateline writes it (day and month, the year when it has one)
    dateline_days: dict[int, tuple[int | None, int, int]] = field(default_factory=dict)
    published: dt.date | None = None
    hashtags: list[str] = field(default_factory=list)
    body: Span = Span(0, 0)
    paragraphs: list[Span] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)
    headlines: set[int] = field(default_factory=set)  # the sentences above the body (segment)
    publisher_country: str | None = None
    publisher_country_given: bool = False
    reference_date: dt.date | None = None
    news_day: dt.date | None = None  # the first day named when no date has a year (scene.news_day)
    persons: dict[str, Person] = field(default_factory=dict)
    mentions: list[Mention] = field(default_factory=list)
    meetings: list[Meeting] = field(default_factory=list)
    visits: list[Visit] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    speakers: list[tuple[Span, str]] = field(default_factory=list)  # who speaks each stretch of direct speech
    places: list = field(default_factory=list)  # gazetteer matches over the whole text, by position
    recalled: set[int] = field(default_factory=set)  # sentences that tell past events, not the news
    set_aside: list[EventNote] = field(default_factory=list)  # events read and not taken as meetings
    second_reading: bool = False  # the first reading found no meeting and the relaxed one read the text again

    def places_in(self, start: int, stop: int) -> list:
        return [m for m in self.places if start <= m.start and m.stop <= stop]

    def mentions_in(self, sentence: int) -> list[Mention]:
        return [m for m in self.mentions if m.sentence == sentence and m.person]

    def opening_sentences(self) -> set[int]:
        """The sentences that sum up the article: its headline, or with none its first paragraph."""
        return self.headlines or {s.index for s in self.sentences if s.paragraph == 0}
