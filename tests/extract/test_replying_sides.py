"""The side that answers ("В свою очередь Y поблагодарил ...") is the other side of a meeting told with one named
participant (sentences written for the test)."""

from tests.extract.test_frames import extract, meetings


def test_the_answering_official_of_another_state_joins_the_meeting(extractor):
    a = extract(
        extractor,
        "Премьер-министр Олжас Бектенов на переговорах. Фото: МИД Казахстана\n"
        "Выступая на переговорах, Премьер-министр Лувсаннамсрайн Оюун-Эрдэнэ поздравил Казахстан с успешным "
        "председательством в ШОС. В то же время он выразил уверенность в том, что Казахстан продолжит реформы.\n"
        "В свою очередь Премьер-министр Олжас Бектенов поблагодарил Премьер-министра Оюун-Эрдэнэ за письмо с "
        "выражением сочувствия в связи с наводнениями в Казахстане.",
    )
    assert meetings(a) == [("talks", frozenset({"Лувсаннамсрайн Оюун-Эрдэнэ", "Олжас Бектенов"}))]


def test_an_answer_of_the_same_state_is_no_other_side(extractor):
    a = extract(
        extractor,
        "Выступая на переговорах, премьер-министр Монголии Лувсаннамсрайн Оюун-Эрдэнэ отметил рост торговли. "
        "В свою очередь министр иностранных дел Монголии Батмунхийн Баттсэцэг рассказала о планах.",
    )
    assert all(len(m.participants) == 1 for m in a.meetings)


def test_an_answer_far_after_the_meeting_is_no_side_of_it(extractor):
    a = extract(
        extractor,
        "Выступая на переговорах, премьер-министр Монголии Лувсаннамсрайн Оюун-Эрдэнэ отметил рост торговли. "
        "Он пригласил делегацию посетить Улан-Батор. Стороны обсудили транспорт. Говорилось и об энергетике. "
        "Отдельно затронули туризм. В свою очередь премьер-министр Казахстана Олжас Бектенов рассказал о планах.",
    )
    assert all(len(m.participants) == 1 for m in a.meetings)
