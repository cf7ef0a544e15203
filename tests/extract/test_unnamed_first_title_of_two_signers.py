"""Two titles joined by "и" before one name ("Министр иностранных дел Армении и министр экономики Ирана X
подписали протокол"): the first title's holder is the one the text names elsewhere with that post, and the two
signers of a sitting's protocol are at the sitting (sentences written for the test)."""

from tests.extract.test_frames import extract, meetings


def test_the_unnamed_first_signer_is_the_holder_named_later(extractor):
    a = extract(
        extractor,
        "В Ереване прошло заседание армяно-иранской межправительственной комиссии\n\n"
        "Сегодня в Ереване прошло заседание армяно-иранской межправительственной комиссии. В итоге подписаны 3 "
        "документа. Министр иностранных дел Армении и министр экономики Ирана Сейед Фатеми подписали протокол. Как "
        "отметил Арарат Мирзоян, документ станет дорожной картой. Арарат Мирзоян, министр иностранных дел Армении: "
        '"Торговля растет".',
    )
    assert ("session", frozenset({"Арарат Мирзоян", "Сейед Фатеми"})) in meetings(a)
