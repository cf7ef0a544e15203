"""The members a delegation's relative clause lists ("делегация, в состав которой вошли X и Y") are its visitors,
whom "гостей" then stands for; a verb conjoined to another ("не только побывали ..., но и встретились с ...") has
its subject; a plural "они" after one name in its own sentence is the group told before; a full stop glued after a
closing quote ends a sentence; a preposition the parser hung on a noun before it governs the noun after it
(sentences written for the test)."""

from kg.extract.model import Article, Token
from kg.extract.segment import segment
from kg.extract.syntax import _prepositions_before_their_nouns
from tests.extract.test_frames import extract, meetings


def test_the_members_of_a_delegation_are_the_guests_welcomed(extractor):
    a = extract(
        extractor,
        "Минск посетила казахстанская делегация, в состав которой вошли министр торговли Казахстана Арман Шаккалиев "
        "и министр сельского хозяйства Казахстана Айдарбек Сапаров.\n"
        "Председатель Минского горисполкома Владимир Кухарев приветствовал уважаемых гостей.",
    )
    assert ("talks", frozenset({"Владимир Кухарев", "Арман Шаккалиев", "Айдарбек Сапаров"})) in meetings(a)


def test_a_group_told_before_met_by_a_conjoined_verb(extractor):
    a = extract(
        extractor,
        "Делегация города Гродно, в составе которой были заместитель мэра Игорь Попов и секретарь горсовета Анна "
        "Юркевич, находилась с визитом в городе-побратиме Бяла-Подляска.\n"
        "Они приняли участие в празднике города «Дни Бялы 2019».По словам Игоря Попова, они не только побывали на "
        "праздничных мероприятиях, но и встретились с вновь избранным мэром города Михалом Литвинюком.",
    )
    assert ("talks", frozenset({"Игорь Попов", "Анна Юркевич", "Михал Литвинюк"})) in meetings(a)


def test_a_full_stop_glued_after_a_closing_quote_ends_the_sentence():
    article = Article(
        id="t", text="Они были на празднике «Дни города 2019».По словам мэра, всё прошло хорошо."
    )
    segment(article)
    assert [s.text for s in article.sentences] == [
        "Они были на празднике «Дни города 2019».",
        "По словам мэра, всё прошло хорошо.",
    ]


def test_a_preposition_governs_the_noun_after_it():
    words = [("на", "ADP", 1, "case"), ("мероприятиях", "NOUN", -1, "root"), ("с", "ADP", 1, "case")]
    words += [("вновь", "ADV", 4, "advmod"), ("избранным", "VERB", 5, "acl"), ("мэром", "NOUN", 1, "nmod")]
    tokens = [Token(i, 0, 0, w, w, pos, {}, head, rel) for i, (w, pos, head, rel) in enumerate(words)]
    heads = [t.head for t in _prepositions_before_their_nouns(tokens)]
    assert heads == [1, -1, 5, 4, 5, 1]


def test_who_went_to_a_place_did_what_its_where_clause_tells(extractor):
    a = extract(
        extractor,
        "Министр экономики Армении Гевонд Папоян 3 мая посетил Тбилиси, где провел заседание межправительственной "
        "комиссии, а затем встретился с премьер-министром Грузии Ираклием Кобахидзе.",
    )
    assert any(kind == "session" and "Гевонд Папоян" in people for kind, people in meetings(a))
    assert ("talks", frozenset({"Гевонд Папоян", "Ираклий Кобахидзе"})) in meetings(a)
