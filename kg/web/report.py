"""The dossier of a pair as one self-contained, printable page (``kg report KZ BY -o FILE.html``).

No script and no request to any host: the CSP allows inline styles only, the chart is inline SVG
(kg/web/chart.py), and every string from the store goes through ``html.escape``. Russian first, as
in the graph page, with English headings for readers who do not read Russian.
"""

from __future__ import annotations

import html
from datetime import datetime, timezone
from importlib import resources
from pathlib import Path

from kg.network.dossier import Dossier, MeetingItem, Participant
from kg.web.chart import DOCUMENT_COLOUR, MEETING_COLOUR, month_chart

CSP = "default-src 'none'; style-src 'unsafe-inline'"


def esc(value: object) -> str:
    return html.escape(str(value), quote=True)


def _css() -> str:
    return resources.files("kg.web").joinpath("static", "report.css").read_text(encoding="utf-8")


def _person(p: Participant, sides: bool = True) -> str:
    codes = "".join(f'<span class="side">{esc(c)}</span>' for c in p.sides) if sides else ""
    posts = "; ".join(p.posts[:3]) + (" …" if len(p.posts) > 3 else "")
    return f"{esc(p.name)}{codes}" + (f'<div class="post">{esc(posts)}</div>' if posts else "")


def _figures(d: Dossier) -> str:
    dated = sum(m for m, _ in d.months.values())
    docs = len(d.documents)
    cells = [
        (len(d.meetings), "встреч / meetings"),
        (dated, "с датой, на графике / dated, charted"),
        (docs, "документов / documents"),
        (len(d.people), "участников / officials"),
    ]
    return '<div class="figures">' + "".join(f"<div><b>{n}</b>{esc(t)}</div>" for n, t in cells) + "</div>"


def _chart(d: Dossier) -> str:
    first = d.period.since[:7] if d.period.since else None
    last = d.period.until[:7] if d.period.until else None
    svg = month_chart(d.months, first if d.months or last else None, last if d.months or first else None)
    if not svg:
        return '<p class="empty">Нет датированных встреч в этот период / no dated meeting in the period.</p>'
    key = (
        f'<div class="key"><span style="background:{MEETING_COLOUR}"></span>встречи / meetings'
        f'<span style="background:{DOCUMENT_COLOUR}"></span>документы / documents</div>'
    )
    return svg + key


def _topics(d: Dossier) -> str:
    if not d.topics:
        return '<p class="empty">Темы не названы / no topics.</p>'
    years = sorted({y for counts in d.topics.values() for y in counts if y})
    head = "".join(f'<th class="n">{esc(y)}</th>' for y in years)
    rows = []
    for topic, counts in d.topics.items():
        cells = "".join(f'<td class="n">{counts.get(y, "") or ""}</td>' for y in years)
        rows.append(f'<tr><td>{esc(topic)}</td>{cells}<td class="n">{sum(counts.values())}</td></tr>')
    return (
        f'<div class="scroll"><table class="topics"><thead><tr><th>тема / topic</th>{head}'
        f'<th class="n">всего / total</th></tr></thead><tbody>{"".join(rows)}</tbody></table></div>'
    )


def _people(d: Dossier) -> str:
    if not d.people:
        return '<p class="empty">—</p>'
    rows = "".join(f'<tr><td>{_person(p)}</td><td class="n">{p.meetings}</td></tr>' for p in d.people[:30])
    more = f'<p class="lead">… ещё {len(d.people) - 30} / more</p>' if len(d.people) > 30 else ""
    return (
        '<table class="people"><thead><tr><th>кто / who</th><th class="n">встреч / meetings</th></tr></thead>'
        f"<tbody>{rows}</tbody></table>{more}"
    )


def _meeting_row(m: MeetingItem) -> str:
    people = "".join(f"<li>{_person(p)}</li>" for p in m.participants)
    sources = "".join(
        f'<li>{esc(s.title or s.identifier)} <span class="src">{esc(s.published)} · {esc(s.identifier)}</span></li>'
        for s in m.sources
    )
    docs = "".join(f"<li>{esc(t)}</li>" for t in m.documents)
    return (
        f'<tr class="meeting"><td class="date">{esc(m.date or "без даты / undated")}</td><td>{esc(m.kind)}</td>'
        f'<td><ul class="plain">{people}</ul></td><td>{esc(m.place)}</td><td>{esc(", ".join(m.topics))}'
        + (f'<div class="post">подписано / signed:</div><ul class="plain">{docs}</ul>' if docs else "")
        + f'</td><td><ul class="plain">{sources}</ul></td></tr>'
    )


def _meetings(d: Dossier) -> str:
    if not d.meetings:
        return '<p class="empty">Встреч нет / no meeting.</p>'
    head = "".join(
        f"<th>{t}</th>"
        for t in (
            "дата / date",
            "вид / kind",
            "участники / participants",
            "место / place",
            "темы / topics",
            "источники / sources",
        )
    )
    rows = "".join(_meeting_row(m) for m in d.meetings)
    return f'<table class="meetings"><thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table>'


def _documents(d: Dossier) -> str:
    if not d.documents:
        return '<p class="empty">Документов нет / no document.</p>'
    rows = "".join(
        f'<tr class="document"><td class="date">{esc(x.date)}</td><td>{esc(x.kind)}</td><td>{esc(x.title)}</td>'
        f'<td><ul class="plain">{"".join(f"<li>{esc(p)}</li>" for p in x.parties)}</ul></td>'
        f"<td>{esc(x.period)}</td></tr>"
        for x in d.documents
    )
    head = "<th>дата / date</th><th>вид / type</th><th>название / title</th><th>стороны / parties</th>"
    return (
        f'<table class="documents"><thead><tr>{head}<th>период / period</th></tr></thead>'
        f"<tbody>{rows}</tbody></table>"
    )


def render_report(d: Dossier, command: str = "") -> str:
    """The page of a dossier; ``command`` (the ``kg report`` line that made it) goes in the footer."""
    title = f"{d.a.label} — {d.b.label}"
    counted = "сводного графа / the summary graph" if d.counted_from == "summary" else "статей / the articles"
    undated = f", из них без даты / undated: {d.undated}" if d.undated else ""
    stamp = datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    body = [
        f"<h1>{esc(title)}</h1>",
        f'<p class="lead">{esc(d.a.code)} — {esc(d.b.code)} · период / period: {esc(d.period.describe())}{esc(undated)}</p>',
        _figures(d),
        "<h2>Встречи и документы по месяцам / per month</h2>",
        _chart(d),
        f'<p class="lead">Счёт по месяцам взят из {esc(counted)}; встреча считается в месяце своей первой даты.</p>',
        "<h2>Темы по годам / topics over time</h2>",
        _topics(d),
        "<h2>Кто ведёт отношения / who carries the relation</h2>",
        _people(d),
        f"<h2>Встречи / meetings ({len(d.meetings)})</h2>",
        _meetings(d),
        f"<h2>Подписанные документы / documents signed ({len(d.documents)})</h2>",
        _documents(d),
        f"<footer>igkg · {esc(stamp)}" + (f" · <code>{esc(command)}</code>" if command else "") + "</footer>",
    ]
    return (
        '<!DOCTYPE html>\n<html lang="ru">\n<head>\n<meta charset="utf-8">\n'
        f'<meta http-equiv="Content-Security-Policy" content="{CSP}">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{esc(title)} — досье / dossier</title>\n<style>{_css()}</style>\n</head>\n<body>\n"
        + "\n".join(body)
        + "\n</body>\n</html>\n"
    )


def write_report(d: Dossier, out: Path, command: str = "", store: str | None = None) -> None:
    from kg.outputs import write_atomically

    page = render_report(d, command).encode("utf-8")
    write_atomically(out, lambda fh: fh.write(page), store)
