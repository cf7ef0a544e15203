"""Members listed after "В состав X делегации входят / вошли ..." hold their titles in the delegation's state, as after
"В составе X делегации –" (texts written for these tests; the outlet of another state)."""

import pytest

from tests.extract.test_frames import posts_of


@pytest.mark.parametrize(
    "text, name, post",
    [
        (
            "В состав армянской делегации входят руководитель аппарата парламента Гегам Гарибджанян и министр "
            "энергетики Армен Мовсисян.",
            "Армен Мовсисян",
            ("minister", "AM"),
        ),
        (
            "В состав казахстанской делегации вошли министр торговли Серик Жумангарин и посол Ерлан Карин.",
            "Серик Жумангарин",
            ("minister", "KZ"),
        ),
    ],
)
def test_the_delegations_state(extractor, text, name, post):
    article = extractor.extract("Заголовок\n\n" + text, "t", "UA")
    assert post in posts_of(article)[name]
