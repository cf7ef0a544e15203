"""A signing told in the passive ("было подписано соглашение") whose signers the next sentence names ("свои подписи
поставили X и Y") is their meeting, dated and placed by the first sentence (sentences written for the test)."""

from tests.extract.test_frames import extract, meetings


def test_signers_named_in_the_next_sentence_are_the_signings_sides(extractor):
    a = extract(
        extractor,
        "14 мая 2019 года в белорусском городе Жодино было подписано соглашение о побратимстве с российским "
        "городом Тулой. Свои подписи под документом поставили глава администрации Тулы Дмитрий Миляев и "
        "председатель Жодинского горисполкома Михаил Омельянчук.",
    )
    assert meetings(a) == [("talks", frozenset({"Дмитрий Миляев", "Михаил Омельянчук"}))]
    assert (str(a.meetings[0].date), a.meetings[0].city) == ("2019-05-14", "Жодино")


def test_a_signing_with_no_signers_named_next_is_no_meeting(extractor):
    a = extract(
        extractor,
        "14 мая 2019 года в белорусском городе Жодино было подписано соглашение о побратимстве с российским "
        "городом Тулой. Документ рассчитан на пять лет.",
    )
    assert meetings(a) == []
