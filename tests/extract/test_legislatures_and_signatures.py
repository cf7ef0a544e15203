"""Heads of regional legislatures are officials; two hosts who meet two counterparts hold one meeting; a
document sealed "подписями X и Y" is their signing; a name form with no vowel is no name (roles.tsv,
kg/extract/counterparts.py, events.py, morph.py), on sentences written here."""

from tests.extract.test_frames import extract, meetings, posts_of


def test_heads_of_regional_and_foreign_local_legislatures_are_officials(extractor):
    a = extract(
        extractor,
        "Соглашение подписали глава Законодательного Собрания Забайкальского края Игорь Лиханов и председатель "
        "Хурала Восточного аймака Монголии Ганхуягийн Цолмон.",
    )
    assert posts_of(a)["Игорь Лиханов"] == {("other_official", "RU")}
    assert posts_of(a)["Ганхуягийн Цолмон"] == {("other_official", "MN")}


def test_a_national_speaker_stays_a_speaker(extractor):
    a = extract(extractor, "Председатель Сената Казахстана Маулен Ашимбаев встретился с послом Китая.")
    assert posts_of(a)["Маулен Ашимбаев"] == {("parliament_speaker", "KZ")}


def test_two_hosts_who_meet_two_counterparts_hold_one_meeting(extractor):
    a = extract(
        extractor,
        "Губернатор Псковской области Михаил Ведерников и председатель областной думы Александр Котов "
        "встретились с председателем Витебского облисполкома Александром Субботиным и председателем "
        "областного Совета депутатов Владимиром Терентьевым.",
    )
    assert meetings(a) == [
        (
            "talks",
            frozenset({"Михаил Ведерников", "Александр Котов", "Александр Субботин", "Владимир Терентьев"}),
        )
    ]


def test_one_host_meets_two_officials_of_one_state_one_after_the_other(extractor):
    a = extract(
        extractor,
        "Министр иностранных дел Армении Арарат Мирзоян провел переговоры с премьер-министром Грузии Ираклием "
        "Кобахидзе и министром иностранных дел Грузии Макой Бочоришвили.",
    )
    assert len(meetings(a)) == 2


def test_a_document_sealed_with_the_signatures_of_two_officials_is_their_signing(extractor):
    a = extract(
        extractor,
        "Визит завершился скреплением меморандума подписями губернатора Омской области Виталия Хоценко и акима "
        "Павлодарской области Асаина Байханова.",
    )
    assert meetings(a) == [("talks", frozenset({"Виталий Хоценко", "Асаин Байханов"}))]


def test_a_three_part_korean_name_after_a_genitive_title_keeps_its_last_syllable(extractor):
    a = extract(
        extractor,
        "Состоялась встреча губернатора Приморья Олега Кожемяко и главы провинции Кёнсан-Пукто Кон Ен Хва.",
    )
    assert "кон ен хва" in {m.person for m in a.mentions}
