"""Labels speak the language they are tagged with: a @ru label of a post, meeting or visit is Russian."""

import re

from rdflib.namespace import RDFS

from kg.rdf.mapping import article_to_graph
from kg.rdf.ontology import russian_label

TEXT = (
    "12 мая министр иностранных дел Польши Радослав Сикорский, находящийся в Литве с официальным визитом, "
    "провел переговоры с президентом Литвы Гитанасом Науседой."
)


def test_russian_labels_of_posts_meetings_and_visits_are_russian(extractor):
    g = article_to_graph(extractor.extract(TEXT, "t"))
    labels = [str(o) for o in g.objects(None, RDFS.label) if getattr(o, "language", None) == "ru"]
    assert any(label.startswith("переговоры: ") for label in labels), labels
    assert any(label.startswith("официальный визит: ") for label in labels), labels
    assert any(label.startswith("глава государства — ") for label in labels), labels
    english = re.compile(r"\b(?:talks|head of state|foreign minister|official visit|phone call)\b")
    assert not [label for label in labels if english.search(label)]


def test_every_code_has_a_russian_label():
    for code in ("head_of_state", "foreign_minister", "talks", "phone_call", "summit", "state_visit"):
        label = russian_label(code)
        assert label and re.search("[а-я]", label), code
