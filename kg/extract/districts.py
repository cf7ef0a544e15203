"""Stage 2c: districts no list names, placed by the text itself.

"Столинский район подписал договор с Яловенским районом Молдовы ... председатель Яловенского района Олег
Мереакре", "Сергиево-Посадского района Московской области ... глава Сергиево-Посадского района", "Пылваским уездом
(Эстония) ... старейшина Пылваского уезда": a district (район, уезд, волость, округ, повят) told once with its state
or its region after it is in that state wherever the text names it again, so that a title built on it tells the
state. Only a district the gazetteer does not already read, and only one state per district.
"""

from __future__ import annotations

import re

from kg.extract.gazetteer import Match, Region
from kg.extract.model import Article

# an adjective of a proper name and a district noun: "Яловенским районом", "Сергиево-Посадского района"
_DISTRICT = re.compile(
    r"(?<![\w-])(?P<stem>[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?(?:ск|цк))(?:ий|ого|ому|им|ом|ая|ой|ую|ое)\s+"
    r"(?P<noun>район|уезд|волост|округ|повят|райисполком)(?:а|у|ом|е|ь|и|ью|ей)?(?![\w-])"
)
# what may stand between the district and the state it is in: a space, an opening parenthesis
_STATE_AFTER = re.compile(r"\s*\(?\s*$")
_STATE_KINDS = ("country", "region")
_NOMINATIVE_NOUN = {"волост": "волость", "райисполком": "район"}


def text_placed_districts(article: Article) -> list[Match]:
    """Every mention of a district the text once tells the state of, as a region of that state."""
    text = article.text
    found = [m for m in _DISTRICT.finditer(text) if not _read_already(article, m)]
    states: dict[tuple[str, str], set[str]] = {}
    placed_here = set()
    for m in found:
        after = next((p for p in article.places if p.start >= m.end()), None)
        if (
            after
            and after.kind in _STATE_KINDS
            and after.iso
            and _STATE_AFTER.match(text[m.end() : after.start])
        ):
            states.setdefault(_key(m), set()).add(after.iso)
            placed_here.add(m.start())
    out = []
    for m in found:
        isos = states.get(_key(m), set())
        # where the state stands beside it, the text already tells it: only the other mentions need it
        if len(isos) == 1 and m.start() not in placed_here:
            (iso,) = isos
            noun = _NOMINATIVE_NOUN.get(m.group("noun"), m.group("noun"))
            region = Region(f"{m.group('stem')}ий {noun}", iso)
            out.append(Match(m.start(), m.end(), m.group(0), "region", region, iso))
    return out


def _key(m: re.Match) -> tuple[str, str]:
    noun = "район" if m.group("noun") == "райисполком" else m.group("noun")
    return m.group("stem").lower(), noun


def _read_already(article: Article, m: re.Match) -> bool:
    return any(p.start < m.end() and m.start() < p.stop for p in article.places)
