"""Stage 3, the organization of a post: the body a title names ("Министерство иностранных дел Казахстана",
"Совет Европы"), the region a regional head heads, or the ministry a minister's title spells; settled to a full
official name, in the nominative, with its state, once the post's country is known.
"""

from __future__ import annotations

import re

from kg.extract.bodyheads import full_head
from kg.extract.gazetteer import Gazetteer
from kg.extract.model import Article, OrgRef, PostFact, Span
from kg.extract.phrases import phrase_to_nominative
from kg.extract.wordtypos import mend_typos


def organization_of(
    article: Article, gaz: Gazetteer, post: PostFact, body, complement: str, span: Span
) -> OrgRef | None:
    """The organization a post belongs to; None until the country is settled, when it is derived."""
    if body is not None and (body.country is None or body.kind in ("parliament", "government")):
        if body.country is None and post.role not in ("head_of_international_organization", "other_official"):
            return None  # "Генеральный секретарь ООН" heads it; "Посол ... при ООН" is a state's post
        return OrgRef(body.name, body.country, "international" if body.country is None else body.kind)
    for match in article.places_in(span.start, span.stop):
        if match.kind == "region" and post.role in ("regional_head", "other_official"):
            return OrgRef(match.value.name, match.iso, "region")
    if post.role == "head_of_international_organization":
        named = _BODY_NAMED.match(complement)
        national = any(m.kind in ("country", "adjective") for m in article.places_in(span.start, span.stop))
        if named and len(named.group(1).split()) >= 2 and not national:
            # "генеральным секретарем Совета Европы" of a body the gazetteer does not know
            return OrgRef(phrase_to_nominative(named.group(1)), None, "international")
        bodies = {m.value.name for m in article.places if m.kind == "body" and m.value.country is None}
        if _BODY_WORD.match(complement) and len(bodies) == 1:
            # "генсек организации", "генеральным секретарем Альянса": the one international body the text names
            return OrgRef(bodies.pop(), None, "international")
    if post.role in ("minister", "deputy_minister"):
        kept = []  # "министр торговли и интеграции" -> "Министерство торговли и интеграции"
        for w in complement.split():
            if not re.match(r"^[а-яё,]+$", w) or w in ("в", "на"):
                break
            kept.append(w)
        if kept:
            return OrgRef(
                "Министерство " + " ".join(kept).rstrip(","), None, "ministry"
            )  # the state is added later
    return None


# the name of a body after its head's title: capitalised, with its lower-case words ("Совета Европы",
# "Международной организации труда")
_BODY_NAMED = re.compile(
    r"\s*((?:[А-ЯЁ][а-яё-]+|[А-ЯЁ]{2,})(?:\s+(?:[А-ЯЁ][а-яё-]+|[а-яё]{2,}|[А-ЯЁ]{2,})){0,6})\s*$"
)


_BODY_WORD = re.compile(r"(?i)\s*(?:организаци|альянс|содружеств|союз|блок|объединени)\w*\s*$")


_BARE_HEAD = re.compile(r"^(?:Министерство|Ведомство|Агентство|Комитет|Служба)$")


def _canonical_state(name: str, org: OrgRef, gaz: Gazetteer) -> tuple[str, str | None]:
    """ "Министерство иностранных дел РК" -> "... Республики Казахстан": the body's own state, at the end
    of its name, in the official form posts use, so that one body has one name."""
    tail = next(
        (m for m in gaz.find(name) if m.kind == "country" and m.stop == len(name) and m.start > 0), None
    )
    if tail is None or org.country not in (None, tail.iso):
        return name, org.country
    return f"{name[: tail.start].rstrip()} {gaz.countries[tail.iso].official_genitive}", tail.iso


def checked_organization(org: OrgRef | None, gaz: Gazetteer) -> OrgRef | None:
    """A named body as one name: single spaces, its head noun in the nominative, short ministry names in
    full, its state in the official form; None for a garbled phrase ("Министерства  Республики
    Таджикистан": a head noun and a state, nothing saying which body), so that the post's organization by
    role and country stands instead."""
    if org is None:
        return None
    words = full_head(mend_typos(org.name).split())  # the head as the store keys bodies (body_heads.tsv)
    name, country = _canonical_state(" ".join(words), org, gaz)
    org = OrgRef(org.name, country, org.kind)
    state = gaz.countries[org.country].official_genitive if org.country in gaz.countries else None
    while state and name.endswith(f" {state} {state}"):
        name = name[: -len(state) - 1]  # "Министерство Республики Казахстан Республики Казахстан"
    if state and name.endswith(" " + state) and _BARE_HEAD.match(name[: -len(state) - 1]):
        return None
    return OrgRef(name, org.country, org.kind) if name != org.name else org


def post_organization(post: PostFact, gaz: Gazetteer) -> OrgRef | None:
    """The organization a settled post is held in: the named body, or the state's government or state."""
    org = checked_organization(post.organization, gaz)
    if org is not None and org.kind == "ministry" and org.country is None:
        if post.country is None:
            return None
        return OrgRef(f"{org.name} {gaz.countries[post.country].official_genitive}", post.country, "ministry")
    if org is not None:
        return org
    if post.country is None:
        return None
    country = gaz.countries[post.country]
    if post.role in ("head_of_government", "deputy_head_of_government", "minister", "deputy_minister"):
        return OrgRef(f"Правительство {country.official_genitive}", post.country, "government")
    if post.role == "foreign_minister":
        return OrgRef(f"Министерство иностранных дел {country.official_genitive}", post.country, "ministry")
    if post.role == "parliament_speaker":
        return OrgRef(f"Парламент {country.official_genitive}", post.country, "parliament")
    return OrgRef(country.official, post.country, "state")
