"""Namespaces, the closed vocabularies of the contract, and stable IRI minting.

Instance IRIs are derived from normalized keys (never counters), so the same
person, country, organization or post gets the same IRI from every article.
"""

from __future__ import annotations

from functools import lru_cache

from rdflib import Namespace, URIRef
from rdflib.namespace import OWL, PROV, RDF, RDFS, SKOS, XSD

from kg.keys import digest, normalize_key, slug  # noqa: F401 - re-exported: IRIs are minted from these keys

DIP = Namespace("https://w3id.org/igkg/ontology#")
IGR = Namespace("https://w3id.org/igkg/id/")
VOC = Namespace("https://w3id.org/igkg/vocab/")
ORG = Namespace("http://www.w3.org/ns/org#")
SCHEMA = Namespace("https://schema.org/")
FOAF = Namespace("http://xmlns.com/foaf/0.1/")
LODE = Namespace("http://linkedevents.org/ontology/")
SEM = Namespace("http://semanticweb.cs.vu.nl/2009/11/sem/")
TIME = Namespace("http://www.w3.org/2006/time#")
NIF = Namespace("http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#")

PREFIXES: dict[str, str] = {
    "dip": str(DIP),
    "igr": str(IGR),
    "voc": str(VOC),
    "org": str(ORG),
    "prov": str(PROV),
    "skos": str(SKOS),
    "rdf": str(RDF),
    "rdfs": str(RDFS),
    "owl": str(OWL),
    "xsd": str(XSD),
    "schema": str(SCHEMA),
    "foaf": str(FOAF),
    "time": str(TIME),
    "nif": str(NIF),
}

# code -> (English label, Russian label); the codes are the closed lists of GOLD.md.
ROLES: dict[str, tuple[str, str]] = {
    "head_of_state": ("head of state", "глава государства"),
    "head_of_government": ("head of government", "глава правительства"),
    "deputy_head_of_government": ("deputy head of government", "заместитель главы правительства"),
    "foreign_minister": ("foreign minister", "министр иностранных дел"),
    "minister": ("minister", "министр"),
    "deputy_minister": ("deputy minister", "заместитель министра"),
    "ambassador": ("ambassador", "посол"),
    "parliament_speaker": ("speaker of parliament", "председатель палаты парламента"),
    "regional_head": ("regional head", "глава региона"),
    "head_of_international_organization": (
        "head of an international organization",
        "глава международной организации",
    ),
    "other_official": ("other official", "иное должностное лицо"),
}
MEETING_KINDS: dict[str, tuple[str, str]] = {
    "talks": ("talks", "переговоры"),
    "phone_call": ("phone call", "телефонный разговор"),
    "video_call": ("video call", "видеоконференция"),
    "summit": ("summit", "саммит"),
    "session": ("session", "заседание"),
    "forum": ("forum", "форум"),
}
VISIT_KINDS: dict[str, tuple[str, str]] = {
    "state_visit": ("state visit", "государственный визит"),
    "official_visit": ("official visit", "официальный визит"),
    "working_visit": ("working visit", "рабочий визит"),
    "visit": ("visit", "визит"),
}
TOPICS: dict[str, tuple[str, str]] = {
    "trade": ("trade", "торговля"),
    "investment": ("investment", "инвестиции"),
    "industry": ("industry", "промышленность"),
    "agriculture": ("agriculture", "сельское хозяйство"),
    "digital": ("digital economy", "цифровизация"),
    "ai": ("artificial intelligence", "искусственный интеллект"),
    "transport": ("transport", "транспорт"),
    "logistics": ("logistics", "логистика"),
    "healthcare": ("healthcare", "здравоохранение"),
    "tourism": ("tourism", "туризм"),
    "energy": ("energy", "энергетика"),
    "education": ("education", "образование"),
    "science": ("science", "наука"),
    "culture": ("culture", "культура"),
    "interregional": ("interregional cooperation", "межрегиональное сотрудничество"),
    "finance": ("finance", "финансы"),
    "customs": ("customs", "таможня"),
    "water": ("water resources", "водные ресурсы"),
    "ecology": ("ecology", "экология"),
    "security": ("security", "безопасность"),
    "defense": ("defense", "оборона"),
    "migration": ("migration", "миграция"),
    "sport": ("sport", "спорт"),
    "space": ("space", "космос"),
    "mining": ("mining", "горнодобывающая отрасль"),
    "construction": ("construction", "строительство"),
    "labor": ("labor", "трудовые отношения"),
    "media": ("media", "СМИ"),
}
# code -> (class local name, English label, Russian label)
DOCUMENT_TYPES: dict[str, tuple[str, str, str]] = {
    "roadmap": ("Roadmap", "roadmap", "дорожная карта"),
    "agreement": ("Agreement", "agreement", "соглашение"),
    "memorandum": ("Memorandum", "memorandum", "меморандум"),
    "protocol": ("Protocol", "protocol", "протокол"),
    "program": ("Program", "program", "программа"),
    "plan": ("Plan", "plan", "план"),
    "declaration": ("Declaration", "declaration", "декларация"),
    "joint_statement": ("JointStatement", "joint statement", "совместное заявление"),
    "contract": ("Contract", "contract", "контракт"),
    "treaty": ("Treaty", "treaty", "договор"),
}

SCHEMES = {
    "roles": (ROLES, "role"),
    "meeting-kinds": ({**MEETING_KINDS, **VISIT_KINDS}, "kind"),
    "topics": (TOPICS, "topic"),
}


def role_iri(code: str) -> URIRef:
    return VOC[f"role/{code}"]


def kind_iri(code: str) -> URIRef:
    return VOC[f"kind/{code}"]


def topic_iri(code: str) -> URIRef:
    return VOC[f"topic/{code}"]


def document_class(code: str) -> URIRef:
    return DIP[DOCUMENT_TYPES[code][0]]


def person_iri(name: str) -> URIRef:
    return IGR[f"person/{slug(name)}"]


def country_iri(iso: str) -> URIRef:
    return IGR[f"country/{iso.upper()}"]


def city_iri(name: str) -> URIRef:
    return IGR[f"city/{slug(name)}"]


def organization_iri(name: str) -> URIRef:
    return IGR[f"org/{slug(name)}"]


def post_iri(role: str, organization: URIRef) -> URIRef:
    return IGR[f"post/{role}/{str(organization).rsplit('/', 1)[-1]}"]


def article_iri(article_id: str) -> URIRef:
    return IGR[f"article/{slug(article_id)}"]


def article_iri_for_file(path) -> URIRef:
    """The IRI of the article graph that ingesting the file at ``path`` writes."""
    from kg.identity import article_id_for_file

    return article_iri(article_id_for_file(path))


@lru_cache(maxsize=1)
def _russian_labels() -> dict[str, str]:
    from rdflib import Graph
    from rdflib.namespace import SKOS

    from kg.resources import ontology_file

    g = Graph()
    g.parse(ontology_file("igkg.ttl"), format="turtle")
    return {
        str(code): str(label)
        for concept, code in g.subject_objects(SKOS.notation)
        for label in g.objects(concept, SKOS.prefLabel)
        if getattr(label, "language", None) == "ru"
    }


def russian_label(code: str) -> str:
    """The Russian prefLabel of a role or kind code ("head_of_state" -> "глава государства"), for @ru labels."""
    return _russian_labels().get(code, code.replace("_", " "))
