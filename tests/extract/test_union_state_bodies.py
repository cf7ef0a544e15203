"""The Union State's parliamentary assembly is an international body: its chairman heads it, whatever other post
the officials gazetteer lists for him (sentences written for the test)."""

import pytest

from tests.extract.test_frames import extract
from tests.extract.test_unseen_text_shapes import person_posts


@pytest.mark.parametrize(
    "body",
    ["Парламентского Собрания Союза Беларуси и России", "Парламентского собрания Союзного государства"],
)
def test_the_chairman_of_the_union_states_assembly_heads_an_international_body(extractor, body):
    a = extract(extractor, f"Председатель {body} Вячеслав Володин прибыл в Витебск.")
    assert person_posts(a)["Вячеслав Володин"] == {("head_of_international_organization", None)}
