""" "моего коллеги X" with no state of its own: X holds the speaker's post in the one other state the sentence names
(sentences written for the test)."""

from tests.extract.test_frames import extract
from tests.extract.test_unseen_text_shapes import person_posts


def test_my_colleague_holds_my_post_in_the_other_state_named(extractor):
    a = extract(
        extractor,
        "Министр иностранных дел Армении Арарат Мирзоян посетит Грузию. «Я буду в Грузии по приглашению моего "
        "коллеги Макара Ботчоришвили», – отметил министр.",
    )
    assert person_posts(a)["Макар Ботчоришвили"] == {("foreign_minister", "GE")}


def test_my_colleague_in_a_sentence_of_two_other_states_gets_no_post(extractor):
    a = extract(
        extractor,
        "Министр иностранных дел Армении Арарат Мирзоян посетит Грузию и Иран. «Я встречусь с моим коллегой "
        "Макаром Ботчоришвили в Грузии, а затем отправлюсь в Иран», – отметил министр.",
    )
    assert person_posts(a)["Макар Ботчоришвили"] == set()
