"""An envoy's title told without a name stands for the one untitled person the text names within two
sentences after it; not the owner of a residence (sentences written for the test)."""

from tests.extract.readings import posts
from tests.extract.test_frames import extract


def test_a_new_consul_named_two_sentences_later(extractor):
    a = extract(
        extractor,
        "Новый генеральный консул Монголии в Иркутске получил сегодня от губернатора Иркутской области Игоря "
        "Кобзева экзекватуру.\n\nГубернатор выразил надежду на развитие связей. В свою очередь, Азад Баатарцогт "
        "отметил, что сотрудничество с областью важно для Монголии.",
    )
    assert [c for _, c in posts(a, "Азад Баатарцогт")] == ["MN"]
    assert [sorted(m.participants) for m in a.meetings] == [["азад баатарцогт", "игорь кобзев"]]


def test_the_owner_of_a_residence_is_not_the_next_named(extractor):
    a = extract(
        extractor,
        "Министр иностранных дел России Сергей Лавров выступил в резиденции российского посла в Париже. "
        "На прямой связи из Вашингтона - политолог Николай Злобин.",
    )
    assert posts(a, "Николай Злобин") == []
