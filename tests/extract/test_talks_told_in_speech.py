"""Talks a speaker tells in the first person inside the speech, and a quotation opened twice (texts written for
the test)."""

from tests.extract.test_frames import extract, meetings


def test_talks_told_in_the_first_person_inside_speech_are_the_speakers(extractor):
    a = extract(
        extractor,
        "Премьер-министр Армении Никол Пашинян сделал заявление для прессы в Ереване.\n«Мы подробно обсудили с "
        "президентом Ирана вопросы регионального мира и снятия блокады. Армения высоко ценит позицию Ирана», - "
        "заявил Никол Пашинян.\n",
    )
    assert meetings(a) == [("talks", frozenset({"Никол Пашинян"}))]


def test_a_quotation_whose_closing_mark_repeats_the_opening_one_is_still_speech(extractor):
    a = extract(
        extractor,
        "Президент Сербии выступил перед журналистами. “Мы обсудили с премьер-министром Венгрии вопросы энергетики "
        "и транзита газа через наши страны“, – сказал Александр Вучич.\n",
    )
    assert [q.speaker for q in a.quotes] == ["александр вучич"]
