"""Officials of two other states named in apposition to one plural title are met one by one, and the state a
plural title's holders serve in is none of theirs (kg/extract/meetings.py, posts.py), on sentences written here."""

from tests.extract.test_frames import extract, meetings, posts_of


def test_new_ambassadors_of_two_states_are_met_one_by_one(extractor):
    a = extract(
        extractor,
        "Министр иностранных дел Казахстана Мурат Нуртлеу встретился с новыми послами Индии и Японии Шайлешем "
        "Хандекаром и Такаси Оомуро.",
    )
    assert sorted(meetings(a), key=str) == sorted(
        [
            ("talks", frozenset({"Мурат Нуртлеу", "Шайлеш Хандекар"})),
            ("talks", frozenset({"Мурат Нуртлеу", "Такаси Оомуро"})),
        ],
        key=str,
    )


def test_the_state_plural_title_holders_serve_in_is_nobodys(extractor):
    a = extract(
        extractor,
        "Премьер-министр Грузии Ираклий Кобахидзе встретился с послами Китая и Турции в Грузии Чжоу Цянем и Али "
        "Кааном Орбаем.",
    )
    assert posts_of(a)["Чжоу Цянь"] == {("ambassador", "CN")}
    assert posts_of(a)["Али Каан Орбай"] == {("ambassador", "TR")}


def test_heads_of_two_states_met_together_stay_one_meeting(extractor):
    a = extract(
        extractor,
        "Президент России Владимир Путин встретился с президентами Казахстана и Узбекистана Касым-Жомартом "
        "Токаевым и Шавкатом Мирзиёевым.",
    )
    assert len(meetings(a)) == 1
