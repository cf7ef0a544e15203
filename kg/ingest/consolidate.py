"""Which meeting reports across articles are one event: pure functions over mentions.

Each article graph names its meetings by what that article alone says
(``meeting/<article>-talks-…`` when it gives no date). This module groups those reports
across the whole store into events and picks each event's node. The result depends only on
the set of mentions, never on the order in which articles arrived, so a store is the same
whatever the order of ingest (``resolve.py`` applies it; persons are ``persons.py``'s).

Reports of one event have the same participants (after person resolution), calls stay calls,
and their dates agree within a day; a report that gives a day and a month but no year matches
on them; a report with no date at all joins the one event of the same participants it can
mean (of its own kind when there are several), and stays apart when there are several (or
when it names one participant only); a dated report that names one participant joins the one
event of that day that has that person among others. Two reports in one article are never
merged: the extractor already kept them apart.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

_CALL_FAMILY = {"phone_call": "phone", "video_call": "video"}
_MANY_SIDED = {"summit", "session", "forum"}
_DAY_SLACK = 1  # outlets in other time zones, or writing the next morning, date one event a day apart
_PUBLISHED_WITHIN = 7  # an undated report published within a week of a dated event can be about it


@dataclass(frozen=True)
class MeetingMention:
    graph: str
    node: str
    kind: str
    participants: frozenset[str]  # resolved person nodes
    date: dt.date | None = None
    month_day: tuple[int, int] | None = None  # "12 ноября" with no year
    published: dt.date | None = None  # the publication date of its article
    article_days: frozenset[tuple[int, int]] = frozenset()  # days of the article's other meetings
    city: str | None = None  # where the report says it was held

    @property
    def family(self) -> str:
        return _CALL_FAMILY.get(self.kind, "in person")

    @property
    def day(self) -> tuple[int, int] | None:
        return (self.date.month, self.date.day) if self.date else self.month_day


def day_gap(a: MeetingMention, b: MeetingMention) -> int | None:
    """Days between two reports' dates; None when either lacks a day."""
    if a.date and b.date:
        return abs((a.date - b.date).days)
    if a.day and b.day:
        gap = _circular_gap(a.day, b.day)
        return None if gap > 365 else gap
    return None


def _same_people(a: MeetingMention, b: MeetingMention) -> bool:
    """The same participants; or, for two sittings of many sides (summit, session, forum), at least
    two in common and half of the smaller list. One more person is not enough: a trilateral
    meeting and a bilateral one on its sidelines are two events."""
    small, large = sorted((a.participants, b.participants), key=len)
    if small == large:
        return True
    dated = all(x.day or x.published for x in (a, b))  # a partial list needs a day to go by
    if a.kind in _MANY_SIDED and b.kind in _MANY_SIDED and dated:
        common = len(small & large)
        return common >= 2 and 2 * common >= len(small)
    return False


def _same_place(a: MeetingMention, b: MeetingMention) -> bool:
    """Two reports that name different cities tell two meetings (Dushanbe on the first day, Khujand on the next)."""
    return a.city is None or b.city is None or a.city == b.city


def _published_after(report: MeetingMention, dated: MeetingMention, within: int = _PUBLISHED_WITHIN) -> bool:
    """An undated report published on the day of a dated one or within ``within`` days after it."""
    if report.published is None or dated.day is None:
        return False
    when = dated.date
    if when is None:
        try:
            when = dt.date(report.published.year, *dated.day)
        except ValueError:
            return False
        if when > report.published:
            when = when.replace(year=when.year - 1)  # "31 декабря" in a January article
    return 0 <= (report.published - when).days <= within


class _Clusters:
    """Union of mentions under the rule that a cluster holds one report per article and one day."""

    def __init__(self, mentions: list[MeetingMention]) -> None:
        self.of = {m: i for i, m in enumerate(mentions)}
        self.members: dict[int, list[MeetingMention]] = {i: [m] for i, m in enumerate(mentions)}

    def find(self, m: MeetingMention) -> int:
        return self.of[m]

    def can_join(self, a: int, b: int) -> bool:
        if a == b:
            return False
        left, right = self.members[a], self.members[b]
        if {m.graph for m in left} & {m.graph for m in right}:
            return False
        return all(
            _same_people(x, y)
            and _same_place(x, y)
            and (day_gap(x, y) is None or day_gap(x, y) <= _DAY_SLACK)
            for x in left
            for y in right
        )

    def join(self, into: int, other: int) -> None:
        for m in self.members.pop(other):
            self.of[m] = into
            self.members[into].append(m)


def _candidate_pairs(group: list[MeetingMention]) -> set[tuple[int, int]]:
    """Pairs that share a participant and a day (or a day either side): all that can link by day."""
    buckets: dict[tuple[str, int], list[int]] = defaultdict(list)
    for i, m in enumerate(group):
        if m.day is None:
            continue
        try:
            doy = dt.date(2001, *m.day).timetuple().tm_yday
        except ValueError:
            continue
        for p in m.participants:
            buckets[(p, doy)].append(i)
    pairs = set()
    for (p, doy), members in buckets.items():
        near = members + [j for d in ((doy - 2) % 365 + 1, doy % 365 + 1) for j in buckets.get((p, d), [])]
        for i in members:
            for j in near:
                if i < j:
                    pairs.add((i, j))
                elif j < i:
                    pairs.add((j, i))
    return pairs


def cluster_meetings(mentions: Iterable[MeetingMention]) -> dict[tuple[str, str], str]:
    """(graph, node) -> the node of the event it reports."""
    ordered = sorted(set(mentions), key=lambda m: (m.node, m.graph))
    by_family: dict[str, list[MeetingMention]] = defaultdict(list)
    for m in ordered:
        by_family[m.family].append(m)
    out: dict[tuple[str, str], str] = {}
    for group in by_family.values():
        clusters = _Clusters(group)
        _link_by_day(group, clusters)
        _link_undated(group, clusters)
        _link_partial(clusters)
        for members in clusters.members.values():
            node = min(members, key=lambda m: (m.date is None, m.node)).node
            for m in members:
                out[(m.graph, m.node)] = node
    return out


def _link_by_day(group: list[MeetingMention], clusters: _Clusters) -> None:
    """Reports with a day: closest pairs first, so that which pair links never depends on order."""
    edges = []
    for i, j in _candidate_pairs(group):
        a, b = group[i], group[j]
        gap = 0 if a.node == b.node else day_gap(a, b)
        if gap is not None and gap <= _DAY_SLACK and _same_people(a, b) and _same_place(a, b):
            edges.append((gap, a.date is None or b.date is None, i, j))
    for _, _, i, j in sorted(edges):
        ca, cb = clusters.find(group[i]), clusters.find(group[j])
        if clusters.can_join(ca, cb):
            clusters.join(min(ca, cb), max(ca, cb))


def _link_undated(group: list[MeetingMention], clusters: _Clusters) -> None:
    """A report with no day joins the one event of the same people it can mean."""
    by_person: dict[str, set[int]] = defaultdict(set)
    for m in group:
        if m.day is not None:
            for p in m.participants:
                by_person[p].add(clusters.find(m))
    pending = []
    # a report that names one participant says too little to be matched without a day: one official
    # meets many people ("Мирзиёев провел встречу с главой Евросовета": the other side not named)
    for m in (m for m in group if m.day is None and len(m.participants) >= 2):
        own = clusters.find(m)
        near = sorted(set().union(*(by_person.get(p, set()) for p in m.participants)))
        same = [c for c in near if any(_same_people(m, d) for d in clusters.members[c])]
        fits = [c for c in same if clusters.can_join(own, c) and _when_fits(m, clusters.members[c])]
        if len(fits) > 1:  # several events of those people that week: the one of the report's kind, if one is
            fits = [c for c in fits if any(d.kind == m.kind for d in clusters.members[c])] or fits
        if len(fits) == 1:
            clusters.join(fits[0], own)
        elif not fits:
            pending.append(m)  # no dated event it can be: it may still be one with other undated reports
    # undated reports of people with no dated event: one event per set of people, when nothing tells them apart
    by_people: dict[frozenset[str], list[MeetingMention]] = defaultdict(list)
    for m in pending:
        by_people[m.participants].append(m)
    for reports in by_people.values():
        for i, a in enumerate(reports):
            for b in reports[i + 1 :]:
                ca, cb = clusters.find(a), clusters.find(b)
                if _pub_close(a, b) and _days_close(a, b) and clusters.can_join(ca, cb):
                    clusters.join(min(ca, cb), max(ca, cb))


def _when_fits(report: MeetingMention, event: list[MeetingMention]) -> bool:
    """An undated report fits a dated event published within a week after it; with no publication
    date, near a day its article gives another meeting ("в тот же визит"), or anywhere when it gives none."""
    if report.published is not None:
        return any(_published_after(report, d) for d in event)
    if not report.article_days:
        return any(d.kind == report.kind for d in event)  # nothing dates it: at least the same kind
    return any(
        _circular_gap(day, d.day) <= _PUBLISHED_WITHIN for d in event if d.day for day in report.article_days
    )


def _circular_gap(a: tuple[int, int], b: tuple[int, int]) -> int:
    try:
        gap = abs((dt.date(2001, *a) - dt.date(2001, *b)).days)
    except ValueError:
        return 366
    return min(gap, 365 - gap)


def _pub_close(a: MeetingMention, b: MeetingMention) -> bool:
    if a.published is None or b.published is None:
        return True
    return abs((a.published - b.published).days) <= _PUBLISHED_WITHIN


def _days_close(a: MeetingMention, b: MeetingMention) -> bool:
    """Two undated reports whose articles both date their other meetings ("в тот же день, 24 июля") are of one
    event only if those days are within a week: calls of the same two presidents in July and in August are two."""
    if not a.article_days or not b.article_days:
        return True
    return any(_circular_gap(x, y) <= _PUBLISHED_WITHIN for x in a.article_days for y in b.article_days)


def _link_partial(clusters: _Clusters) -> None:
    """A dated report that names one participant only ("Ван И провел встречу Стратегического диалога",
    the host unnamed) joins the one event of that day whose reports name that person and others. Two
    named are a list, not a gap: a bilateral meeting on the sidelines of a trilateral one stays apart."""
    reports_of: dict[str, list[MeetingMention]] = defaultdict(list)
    for reports in clusters.members.values():
        for m in reports:
            for p in m.participants:
                reports_of[p].append(m)
    for own in sorted(clusters.members):
        reports = clusters.members.get(own, [])
        people = reports[0].participants if reports else frozenset()
        if (
            len(people) != 1
            or any(m.participants != people for m in reports)
            or not any(m.day for m in reports)
        ):
            continue
        near = sorted({clusters.find(d) for d in reports_of[next(iter(people))]} - {own})
        fits = [c for c in near if _contains(reports, clusters.members[c])]
        if len(fits) == 1:
            clusters.join(fits[0], own)


# how far apart two reports' days may lie and still bear on one another's event (see ``related``): an undated
# report joins an event dated up to a week before its publication, and that event's reports lie a day apart
_NEAR_PUBLISHED = _PUBLISHED_WITHIN + 2 * _DAY_SLACK
_NEAR_UNDATED = 2 * _NEAR_PUBLISHED


def related(a: MeetingMention, b: MeetingMention) -> bool:
    """Whether ``cluster_meetings`` can let one of two reports bear on the other's event: join it, be joined
    by it, or make a choice of it ambiguous. A superset of every interaction of the linking steps, so that
    the events of a set of reports closed under it are the same clustered alone as with the whole store
    (``kg/ingest/incremental.py`` reads only such a set; tested on random reports). Every step needs a
    participant in common; reports with days link within a day (same people, or one side of the other's);
    an undated report links through the same people, or as the other sides of a dated one-sided report,
    and when it has a publication date only near it."""
    if a.family != b.family or a == b or not a.participants & b.participants:
        return False
    if a.day and b.day:
        gap = 0 if a.node == b.node else day_gap(a, b)
        return gap is not None and gap <= _DAY_SLACK and (_same_people(a, b) or _one_side_of(a, b))
    if a.day is None and b.day is None:
        if a.published and b.published and not _near_days(a.published, b.published, _NEAR_UNDATED):
            return False
        return max(len(a.participants), len(b.participants)) >= 2 and _same_people(a, b)
    undated, dated = (a, b) if a.day is None else (b, a)
    near = undated.published is None or _near_published(dated, undated.published)
    if len(undated.participants) >= 2 and _same_people(undated, dated) and near:
        return True
    return undated.published is not None and near and _one_side_of(dated, undated)


def maybe_related(a: MeetingMention, b: MeetingMention) -> bool:
    """``related`` by family and days alone (the participants not yet compared): what a reader of the store
    can filter before it reads a report's other fields."""
    if a.family != b.family:
        return False
    if a.day and b.day:
        gap = day_gap(a, b)
        return a.node == b.node or (gap is not None and gap <= _DAY_SLACK) or _circular_gap(a.day, b.day) <= 1
    if a.published is None or b.published is None:
        return True
    if a.day is None and b.day is None:
        return _near_days(a.published, b.published, _NEAR_UNDATED)
    dated, undated = (a, b) if a.day else (b, a)
    return _near_published(dated, undated.published)


def _near_days(a: dt.date, b: dt.date, limit: int) -> bool:
    """Within ``limit`` days, or so by day of the year (a day given without its year is matched so)."""
    return abs((a - b).days) <= limit or _circular_gap(_md(a), _md(b)) <= limit


def _near_published(dated: MeetingMention, published: dt.date) -> bool:
    if dated.date is not None and _near_days(dated.date, published, _NEAR_PUBLISHED):
        return True
    return _circular_gap(dated.day, _md(published)) <= _NEAR_PUBLISHED


def _one_side_of(a: MeetingMention, b: MeetingMention) -> bool:
    small, large = sorted((a.participants, b.participants), key=len)
    return len(small) == 1 and small < large


def _md(day: dt.date) -> tuple[int, int]:
    return day.month, day.day


def _contains(reports: list[MeetingMention], event: list[MeetingMention]) -> bool:
    """Every report of the event names the reports' people and more, on their day, in their place, with
    a kind in common, and in other articles."""
    people = reports[0].participants
    return (
        all(people < d.participants and _same_place(m, d) for m in reports for d in event)
        and bool({m.kind for m in reports} & {d.kind for d in event})
        and not {m.graph for m in reports} & {d.graph for d in event}
        and _same_day(reports, event)
    )


def _same_day(reports: list[MeetingMention], event: list[MeetingMention]) -> bool:
    """Some report of the event is on a report's day (or published that day or the next), and none is
    on another day."""
    gaps = [day_gap(m, d) for m in reports for d in event]
    if any(gap is not None and gap > _DAY_SLACK for gap in gaps):
        return False
    return any(gap is not None for gap in gaps) or any(
        _published_after(d, m, within=_DAY_SLACK) for m in reports for d in event if d.day is None
    )
