"""Stage 3: posts. The title phrase before a name ("Глава Правительства Казахстана
Олжас Бектенов") or in apposition after it ("Александр Турчин, Премьер-министр
Республики Беларусь,") gives the role; the country comes from the phrase, from the
person's other titles in the article, or from the publisher.
"""

from __future__ import annotations

import re

from .gazetteer import Gazetteer, find_roles
from .model import Article, Mention, OrgRef, PostFact, Span
from .morph import parses

# A past-tense verb or a preposition that opens a complement ends the title on its left.
TITLE_BREAK = re.compile(
    r"(?i)(?:\b(?!посол\b|генерал\b|капитал\b|потенциал\b|канал\b|материал\b)[а-яё]{2,}[аеиоуыяюё]л(?:а|и|о|ся|ась|ись)?\b"
    r"|\bпрош(?:ла|ли|ло|ел)\b|\b(?:с|со|от|для|к|ко|по словам|у)\s|[.;:!?()«»]|\s[–—]\s(?-i:(?=[а-яё])))"
)
# a government title of a region or a city is a regional post
_REGIONAL = {"head_of_government": "regional_head", "deputy_head_of_government": "other_official",
             "minister": "other_official", "deputy_minister": "other_official", "head_of_state": "regional_head"}
_OUR_COUNTRY = re.compile(r"(?i)\bнаш(?:ей|а|у|его|им|ем)\s+(?:стран\w*|государств\w*|республик\w*)")
_CAPITAL_ADJ = re.compile(r"(?i)\bстоличн\w+")
_APPOSITION = re.compile(r"^\s*(?:,|\s[–—])\s*(?:занима\w+ (?:пост|должность)\s+)?")


def extract_posts(article: Article, gaz: Gazetteer) -> None:
    for person in article.persons.values():
        person.posts = []
    by_sentence: dict[int, list[Mention]] = {}
    for m in article.mentions:
        by_sentence.setdefault(m.sentence, []).append(m)
    for sentence_index, mentions in by_sentence.items():
        sentence = article.sentences[sentence_index]
        previous_posts: list[PostFact] = []
        previous_plural = False
        for i, mention in enumerate(mentions):
            person = article.persons[mention.person]
            left_start = mentions[i - 1].stop if i else sentence.start
            posts, plural = _left_title(article, gaz, left_start, mention.start, sentence_index)
            if not posts:
                right_stop = mentions[i + 1].start if i + 1 < len(mentions) else sentence.stop
                following = _left_title(article, gaz, mention.stop, mentions[i + 1].start, sentence_index)[0] \
                    if i + 1 < len(mentions) else []
                if following and following[0].evidence.start - mention.stop <= 3:
                    right_stop = mention.stop  # "Токаев, Президент Кыргызской Республики Садыр Жапаров"
                posts = _right_title(article, gaz, mention.stop, right_stop, sentence_index)
            if not posts and previous_plural and article.text[left_start : mention.start].strip() in ("и", ","):
                posts = list(previous_posts)  # "заместителями Премьер-министра РУз Жамшидом Ходжаевым и Журабеком ..."
            for post in posts:
                if not any(p.role == post.role and p.country == post.country for p in person.posts):
                    person.posts.append(post)
            previous_posts, previous_plural = posts, plural
    _settle_countries(article)


def _left_title(article: Article, gaz: Gazetteer, start: int, stop: int, sentence: int) -> tuple[list[PostFact], bool]:
    window = article.text[start:stop]
    breaks = list(TITLE_BREAK.finditer(window))
    offset = start
    if breaks:
        offset = start + breaks[-1].end()
        window = article.text[offset:stop]
    roles = find_roles(window)
    if not roles:
        return [], False
    first = roles[0]
    # titles joined by a dash are combined posts; other role words are dependents ("пресс-секретаря Президента")
    chain = [first] + [r for r in roles[1:] if re.search(r"[–—]\s*$", window[: r.start])]
    head_word = window[first.start : first.stop].split()[0]
    plural = any(p.tag.number == "plur" for p in parses(head_word.lower())[:1])
    title_span = Span(offset + first.start, stop)
    return [_post(article, gaz, r.role, title_span, sentence, offset + r.stop) for r in chain], plural


def _right_title(article: Article, gaz: Gazetteer, start: int, stop: int, sentence: int) -> list[PostFact]:
    window = article.text[start:stop]
    m = _APPOSITION.match(window)
    if not m or m.end() == 0:
        return []
    rest = window[m.end() :]
    roles = find_roles(rest)
    if not roles or roles[0].start > 25:
        return []
    first = roles[0]
    head = rest[first.start : first.stop].split()[0]
    if all(p.tag.number == "plur" for p in parses(head.lower())[:2]):
        return []  # "По словам Ашимбаева, сенаторы готовы ...": a plural is no apposition
    # the apposition ends at the next comma that is followed by a participle or a verb
    end = re.search(r",\s+(?=[а-яё]+(?:ший|щий|вший|ющий|вшийся|л|ла|ли)\b)|[.;]", rest)
    limit = start + m.end() + (end.start() if end else len(rest))
    chain = [first] + [r for r in roles[1:] if r.start < limit - start - m.end() and re.search(r"[–—]\s*$", rest[: r.start])]
    title_span = Span(start + m.end() + first.start, limit)
    return [_post(article, gaz, r.role, title_span, sentence, start + m.end() + r.stop) for r in chain]


def _post(article: Article, gaz: Gazetteer, role: str, span: Span, sentence: int, role_end: int) -> PostFact:
    text = article.text[span.start : span.stop]
    country, body, local = None, None, False
    for match in article.places_in(span.start, span.stop):
        if match.kind == "body" and match.value.country is None:
            body = match.value
            break
        if match.kind in ("country", "adjective", "region", "body", "city", "city_adjective"):
            country = match.iso
            local = match.kind in ("region", "city", "city_adjective")
            if match.kind == "body":
                body = match.value
            break
    if local and role in _REGIONAL:
        role = _REGIONAL[role]  # "Премьер-министр Республики Татарстан" heads a region, not a state
    if country is None and body is None and _OUR_COUNTRY.search(text):
        country = article.publisher_country
    if role == "head_of_international_organization" and body is None:
        country = None
    post = PostFact(role=role, country=country, organization=None, sentence=sentence, evidence=span)
    post.organization = _organization(article, gaz, post, body, article.text[role_end : span.stop], span)
    return post


def _organization(article: Article, gaz: Gazetteer, post: PostFact, body, complement: str, span: Span) -> OrgRef | None:
    """The organization a post belongs to; None until the country is settled, when it is derived."""
    if body is not None and (body.country is None or body.kind in ("parliament", "government")):
        return OrgRef(body.name, body.country, "international" if body.country is None else body.kind)
    for match in article.places_in(span.start, span.stop):
        if match.kind == "region" and post.role in ("regional_head", "other_official"):
            return OrgRef(match.value.name, match.iso, "region")
    if post.role in ("minister", "deputy_minister") and post.country:
        kept = []  # "министр торговли и интеграции" -> "Министерство торговли и интеграции"
        for w in complement.split():
            if not re.match(r"^[а-яё,]+$", w) or w in ("в", "на"):
                break
            kept.append(w)
        if kept:
            name = "Министерство " + " ".join(kept).rstrip(",")
            return OrgRef(name + " " + gaz.countries[post.country].official_genitive, post.country, "ministry")
    return None


def _settle_countries(article: Article) -> None:
    """Fill unknown countries: the person's other titles, a lone country in the sentence, the publisher."""
    for person in article.persons.values():
        for post in person.posts:
            if post.country is not None or post.role == "head_of_international_organization":
                continue
            same_role = [p.country for p in person.posts if p.country and p.role == post.role]
            known = [p.country for p in person.posts if p.country]
            if same_role:
                post.country = same_role[0]
            elif known:
                post.country = known[0]
            else:
                post.country = _lone_sentence_country(article, post) or article.publisher_country
        # one post per (role, country)
        seen, unique = set(), []
        for post in person.posts:
            if (post.role, post.country) not in seen:
                seen.add((post.role, post.country))
                unique.append(post)
        person.posts = unique


def _lone_sentence_country(article: Article, post: PostFact) -> str | None:
    """"Тогда Армения участвовала ..., ее представлял вице-премьер Мгер Григорян": the one country of the
    sentence, when nobody else is named and the country is not where someone goes or is."""
    sentence = article.sentences[post.sentence]
    if len({m.person for m in article.mentions_in(post.sentence)}) > 1:
        return None
    if re.search(r"(?i)глав\w+\s+государства", article.text[post.evidence.start : post.evidence.stop]):
        return None  # "Глава государства" without a country is the outlet's own
    isos = set()
    for m in article.places_in(sentence.start, sentence.stop):
        if m.kind in ("country", "adjective") and m.iso:
            if re.search(r"(?i)\b(?:в|во|из|на)\s+$", article.text[max(0, m.start - 4) : m.start]):
                return None
            isos.add(m.iso)
    return isos.pop() if len(isos) == 1 else None


def post_organization(post: PostFact, gaz: Gazetteer) -> OrgRef | None:
    """The organization a settled post is held in: the named body, or the state's government or state."""
    if post.organization is not None:
        return post.organization
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
