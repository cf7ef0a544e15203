"""A visit of a delegation "во главе с" its head, told in a passive sentence of what was signed during it, is the
head's visit and a meeting of his (sentences written for the test)."""

from tests.extract.test_frames import extract, meetings


def test_a_signing_during_a_delegations_visit_is_its_heads_meeting(extractor):
    a = extract(
        extractor,
        "В ходе официального визита тюменской делегации во главе с мэром города Максимом Афанасьевым в Казахстан "
        "был подписан меморандум о сотрудничестве с акиматом Астаны.",
    )
    assert meetings(a) == [("talks", frozenset({"Максим Афанасьев"}))]
    visit = a.meetings[0].visit
    assert visit is not None and (visit.kind, visit.host) == ("official_visit", "KZ")


def test_agreements_reached_during_a_visit_told_as_background_are_no_visit(extractor):
    a = extract(
        extractor,
        "Мэр Тюмени Максим Афанасьев рассказал о выполнении договоренностей, достигнутых в ходе визита "
        "тюменской делегации в Казахстан.",
    )
    assert a.visits == []
