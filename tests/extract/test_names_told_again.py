"""A surname alone, or a full name written again, where the tagger skipped it; a clause of what one says tells
the sayer's act; a state's adjective on the line before is not a title's (sentences written for the test)."""

from tests.extract.test_frames import extract


def mentions(article):
    return [(m.text, m.person) for m in article.mentions]


def met(article):
    return [sorted(m.participants) for m in article.meetings]


def test_a_surname_alone_at_a_sentences_start_is_the_person_named_before(extractor):
    a = extract(
        extractor,
        "Министр иностранных дел Литвы Габриэлюс Ландсбергис прибыл в Киев. Ландсбергис на своей странице "
        "отметил, что поддержка Украины важна.",
    )
    assert ("Ландсбергис", "габриэлюс ландсбергис") in mentions(a)


def test_a_capitalised_common_word_is_no_namesakes_surname(extractor):
    a = extract(
        extractor,
        "Посол Иван Белый прибыл в Вашингтон. Белый дом сообщил о встрече.",
    )
    assert [text for text, _ in mentions(a)] == ["Иван Белый"]


def test_a_full_name_written_again_is_a_mention(extractor):
    a = extract(
        extractor,
        "Губернатор Сун Фатан прибыл на Камчатку. Делегацию возглавляет председатель собрания народных "
        "представителей провинции Хэйлундзян Сун Фатан, сообщает пресс-служба.",
    )
    assert [text for text, person in mentions(a) if person == "сун фатан"] == ["Сун Фатан", "Сун Фатан"]


def test_a_said_clause_without_its_own_subject_is_the_sayers_meeting(extractor):
    a = extract(
        extractor,
        "В Киев прибыл министр иностранных дел Литвы Габриэлюс Ландсбергис. О визите сообщил глава МИД "
        "Украины Дмитрий Кулеба. Ландсбергис отметил, что с украинским министром обменялся мнениями о "
        "поддержке.",
    )
    assert met(a) == [["габриэлюс ландсбергис", "дмитрий кулеба"]]


def test_a_said_clause_of_another_number_keeps_the_sayer_out(extractor):
    a = extract(
        extractor,
        "Министр иностранных дел Армении Арарат Мирзоян сообщил, что встретились министр экономики Ирана "
        "Али Мадани и министр экономики Армении Геворг Папоян.",
    )
    assert met(a) == [["али мадани", "геворг папоян"]]


def test_a_states_adjective_ending_the_headline_is_not_the_next_lines_title(extractor):
    a = extract(
        extractor,
        "На Камчатке побывал посол датский\n\nГубернатор Владимир Солодов встретился с Послом Королевства "
        "Дания в России Карстеном Сёндергордом. Встреча прошла в правительстве Камчатского края.",
    )
    solodov = a.persons["владимир солодов"]
    assert "DK" not in {p.country for p in solodov.posts}


def test_a_listed_officials_surname_opening_the_text_is_a_person(extractor):
    a = extract(extractor, "Токаев встретился с президентом Узбекистана Шавкатом Мирзиёевым в Самарканде.")
    assert met(a) == [["токаев", "шавкат мирзиеев"]]


def test_a_three_part_name_told_again_by_its_last_two_parts(extractor):
    for again in ("Сиссоко Эмбало", "Сиссоку Эмбало"):
        a = extract(
            extractor,
            "Президент России Владимир Путин провёл встречу с президентом Гвинеи-Бисау Умару Сиссоку Эмбало. "
            f"Путин и {again} прослушали государственные гимны.",
        )
        assert sorted(p.name for p in a.persons.values()) == ["Владимир Путин", "Умару Сиссоку Эмбало"], again
