"""The filled ``Article`` as RDF under the contract's terms (one article -> one graph)."""

from __future__ import annotations

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import PROV, RDF, RDFS, SKOS, XSD

from kg.extract.gazetteer import Gazetteer, default_gazetteer
from kg.extract.model import Article, Meeting, OrgRef
from kg.extract.postorgs import post_organization
from kg.rdf.ontology import (
    DIP,
    IGR,
    SCHEMA,
    VOC,
    article_iri,
    city_iri,
    country_iri,
    digest,
    document_class,
    kind_iri,
    normalize_key,
    organization_iri,
    person_iri,
    post_iri,
    role_iri,
    russian_label,
    slug,
    topic_iri,
)
from kg.rdf.rdfio import new_graph

_CONCEPT_CLASS = {"roles": DIP.Role, "topics": DIP.Topic, "meeting-kinds": DIP.MeetingKind}
_ORG_CLASS = {"government": DIP.Government, "state": DIP.State}


class _Builder:
    def __init__(self, article: Article, gaz: Gazetteer) -> None:
        self.a = article
        self.gaz = gaz
        self.g = new_graph()
        self.article = article_iri(article.id)

    def ru(self, text: str) -> Literal:
        return Literal(text, lang="ru")

    def concept(self, iri: URIRef, code: str, scheme: str) -> URIRef:
        self.g.add((iri, RDF.type, SKOS.Concept))
        self.g.add((iri, RDF.type, _CONCEPT_CLASS[scheme]))
        self.g.add((iri, SKOS.notation, Literal(code)))
        self.g.add((iri, SKOS.inScheme, VOC[f"scheme/{scheme}"]))
        return iri

    def country(self, iso: str | None) -> URIRef | None:
        if not iso:
            return None
        iri = country_iri(iso)
        c = self.gaz.countries.get(iso)
        self.g.add((iri, RDF.type, DIP.Country))
        self.g.add((iri, DIP.isoCode, Literal(iso)))
        if c:
            self.g.add((iri, RDFS.label, self.ru(c.name)))
        return iri

    def city(self, name: str | None) -> URIRef | None:
        if not name:
            return None
        iri = city_iri(name)
        self.g.add((iri, RDF.type, DIP.City))
        self.g.add((iri, RDFS.label, self.ru(name)))
        iso = self.gaz.city_country.get(name)
        if iso:
            self.g.add((iri, DIP.country, self.country(iso)))
        return iri

    def organization(self, org: OrgRef) -> URIRef:
        iri = organization_iri(org.name)
        self.g.add((iri, RDF.type, DIP.Organization))
        if org.kind in _ORG_CLASS:
            self.g.add((iri, RDF.type, _ORG_CLASS[org.kind]))
        self.g.add((iri, RDFS.label, self.ru(org.name)))
        if org.country:
            self.g.add((iri, DIP.country, self.country(org.country)))
        return iri

    def sentence(self, index: int) -> URIRef:
        s = self.a.sentences[index]
        iri = URIRef(f"{self.article}#s{index}")
        self.g.add((iri, RDF.type, DIP.Sentence))
        self.g.add((iri, DIP.text, self.ru(s.text)))
        self.g.add((iri, DIP.startOffset, Literal(s.start)))
        self.g.add((iri, DIP.endOffset, Literal(s.stop)))
        self.g.add((iri, DIP.inArticle, self.article))
        return iri

    def derived(self, iri: URIRef, sentence: int | None) -> None:
        self.g.add((iri, PROV.wasDerivedFrom, self.article))
        if sentence is not None and sentence >= 0:
            self.g.add((iri, DIP.evidence, self.sentence(sentence)))

    # ------------------------------------------------------------ parts

    def build(self) -> Graph:
        a, g = self.a, self.g
        g.add((self.article, RDF.type, DIP.Article))
        label = a.title or (a.sentences[0].text if a.sentences else a.id)
        g.add((self.article, RDFS.label, self.ru(label if len(label) <= 160 else label[:159] + "…")))
        g.add((self.article, DIP.identifier, Literal(a.id)))
        if a.rubric:
            g.add((self.article, DIP.rubric, self.ru(a.rubric)))
        if a.published:
            g.add((self.article, DIP.published, Literal(a.published.isoformat(), datatype=XSD.date)))
        for tag in a.hashtags:
            g.add((self.article, SCHEMA.keywords, Literal(tag)))
        if a.publisher_country:
            g.add((self.article, DIP.publisherCountry, self.country(a.publisher_country)))
        if a.byline:
            author = person_iri(a.byline)
            g.add((author, RDF.type, DIP.Person))
            g.add((author, RDFS.label, self.ru(a.byline)))
            g.add((self.article, DIP.author, author))
        for person in a.persons.values():
            self.person(person)
        meeting_iris = [self.meeting(m) for m in a.meetings]
        for quote in a.quotes:
            iri = IGR[f"quote/{digest(a.id + '|' + quote.text)}"]
            g.add((iri, RDF.type, DIP.Quote))
            g.add((iri, DIP.speaker, person_iri(a.persons[quote.speaker].name)))
            g.add((iri, DIP.text, self.ru(quote.text)))
            if quote.meeting is not None:
                g.add((iri, DIP.saidAt, meeting_iris[quote.meeting]))
            self.derived(iri, quote.sentence)
        return g

    def person(self, person) -> None:
        g = self.g
        iri = person_iri(person.name)
        g.add((iri, RDF.type, DIP.Person))
        g.add((iri, RDFS.label, self.ru(person.name)))
        if person.first:
            g.add((iri, DIP.firstName, self.ru(person.first)))
        if person.last:
            g.add((iri, DIP.lastName, self.ru(person.last)))
        if person.patronymic:
            g.add((iri, DIP.patronymic, self.ru(person.patronymic)))
        for post in person.posts:
            org = post_organization(post, self.gaz)
            if org is None:
                continue
            org_iri = self.organization(org)
            p_iri = post_iri(post.role, org_iri)
            g.add((p_iri, RDF.type, DIP.Post))
            g.add((p_iri, DIP.role, self.concept(role_iri(post.role), post.role, "roles")))
            g.add((p_iri, DIP.postIn, org_iri))
            g.add((p_iri, RDFS.label, self.ru(f"{russian_label(post.role)} — {org.name}")))
            g.add((iri, DIP.holdsPost, p_iri))
            holding = IGR[f"holding/{digest(str(iri) + str(p_iri) + self.a.id)}"]
            g.add((holding, RDF.type, DIP.PostHolding))
            g.add((holding, DIP.holder, iri))
            g.add((holding, DIP.heldPost, p_iri))
            if self.a.published:
                g.add((holding, DIP.statedOn, Literal(self.a.published.isoformat(), datatype=XSD.date)))
            self.derived(holding, post.sentence)

    def meeting(self, m: Meeting) -> URIRef:
        g, a = self.g, self.a
        people = sorted(normalize_key(a.persons[k].name) for k in m.participants)
        scope = m.date.isoformat() if m.date else slug(a.id)
        # meetings of the same people told one per counterpart state keep apart by that state
        who = "|".join(people) + (f"|{m.counterpart_state}" if m.counterpart_state else "")
        iri = IGR[f"meeting/{scope}-{m.kind}-{digest(who, 10)}"]
        g.add((iri, RDF.type, DIP.Meeting))
        g.add((iri, DIP.kind, self.concept(kind_iri(m.kind), m.kind, "meeting-kinds")))
        names = ", ".join(a.persons[k].name for k in m.participants)
        g.add(
            (
                iri,
                RDFS.label,
                self.ru(f"{russian_label(m.kind)}: {names}" + (f" ({m.date.isoformat()})" if m.date else "")),
            )
        )
        if m.date:
            g.add((iri, DIP.date, Literal(m.date.isoformat(), datatype=XSD.date)))
        elif m.month_day:
            g.add(
                (
                    iri,
                    DIP.monthDay,
                    Literal(f"--{m.month_day[0]:02d}-{m.month_day[1]:02d}", datatype=XSD.gMonthDay),
                )
            )
        if m.country:
            g.add((iri, DIP.heldIn, self.country(m.country)))
        if m.city:
            g.add((iri, DIP.city, self.city(m.city)))
        for key in m.participants:
            g.add((iri, DIP.participant, person_iri(a.persons[key].name)))
        for topic in sorted(m.topics):
            g.add((iri, DIP.topic, self.concept(topic_iri(topic), topic, "topics")))
        if m.visit:
            v = m.visit
            visitor = person_iri(a.persons[v.visitor].name)
            v_iri = IGR[f"visit/{slug(a.persons[v.visitor].name)}-{v.host or 'xx'}-{scope}"]
            g.add((v_iri, RDF.type, DIP.Visit))
            g.add((v_iri, DIP.kind, self.concept(kind_iri(v.kind), v.kind, "meeting-kinds")))
            g.add((v_iri, DIP.visitor, visitor))
            g.add((v_iri, RDFS.label, self.ru(f"{russian_label(v.kind)}: {a.persons[v.visitor].name}")))
            if v.host:
                g.add((v_iri, DIP.hostCountry, self.country(v.host)))
            if m.date:
                g.add((v_iri, DIP.date, Literal(m.date.isoformat(), datatype=XSD.date)))
            g.add((iri, DIP.partOf, v_iri))
            self.derived(v_iri, v.sentence)
        for doc in m.documents:
            d_iri = IGR[f"document/{digest(normalize_key(doc.title) + '|' + str(iri))}"]
            g.add((d_iri, RDF.type, DIP.Document))
            g.add((d_iri, RDF.type, document_class(doc.type)))
            g.add((d_iri, RDFS.label, self.ru(doc.title)))
            if doc.period_start:
                g.add((d_iri, DIP.periodStart, Literal(str(doc.period_start), datatype=XSD.gYear)))
            if doc.period_end:
                g.add((d_iri, DIP.periodEnd, Literal(str(doc.period_end), datatype=XSD.gYear)))
            for party in doc.parties:
                g.add((d_iri, DIP.party, self.organization(party)))
            g.add((iri, DIP.produced, d_iri))
            self.derived(d_iri, doc.sentence)
        self.derived(iri, m.sentence)
        return iri


def article_to_graph(article: Article, gaz: Gazetteer | None = None) -> Graph:
    return _Builder(article, gaz or default_gazetteer()).build()
