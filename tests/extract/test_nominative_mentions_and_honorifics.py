"""A name written once in the nominative labels its person; Malaysian titles of honour are no part of a name; the
instrumental in "-ём"; a reception of a guest named on a second title. Sentences written for these tests."""


def names(article):
    return sorted(p.name for p in article.persons.values())


def meetings(article):
    return sorted(sorted(article.persons[k].name for k in m.participants) for m in article.meetings)


def test_the_mention_in_the_nominative_gives_the_surname(extractor):
    a = extractor.extract(
        "Прибытие Ярослава Мирча в Бишкек подтвердили в МИД. Ярослав Мирча встретился с министром иностранных дел "
        "Кыргызстана Жээнбеком Кулубаевым.",
        "t",
    )
    assert "Ярослав Мирча" in names(a)


def test_a_patronymic_or_an_instrumental_after_the_first_name_is_no_surname(extractor):
    a = extractor.extract(
        "Губернатор Марат Сейтказиев Рахметович встретился с консулом Кувейта Абдулвахаб Аль-Кандари. Встреча "
        "губернатора Марата Сейтказиева с Абдулвахаб Аль-Кандарием прошла в Актау.",
        "t",
    )
    assert not any(n.endswith("Рахметович") or n.endswith("Кандарием") for n in names(a))


def test_malaysian_titles_of_honour_are_no_part_of_the_name(extractor):
    a = extractor.extract(
        "Министр иностранных дел Малайзии Дато Шри Мохамад Хасан встретился с послом Узбекистана Фаррухом "
        "Турсуновым. В переговорах участвовал заместитель министра Датук Лим Хуи Ин.",
        "t",
    )
    assert "Мохамад Хасан" in names(a)
    assert not any(n.startswith(("Дато", "Шри", "Датук")) for n in names(a))


def test_a_georgian_dato_is_a_first_name(extractor):
    a = extractor.extract(
        "Посол Грузии Дато Кикнадзе встретился с мэром Вильнюса Валдасом Бенкунскасом.", "t"
    )
    assert "Дато Кикнадзе" in names(a)


def test_an_instrumental_in_yo_keeps_the_soft_sign(extractor):
    a = extractor.extract(
        "Мэр Гусева Александр Китаев встретился с бургомистром Гданьска Каролём Ковальчуком.", "t"
    )
    assert "Кароль Ковальчук" in names(a)


def test_a_guest_named_on_a_second_title_is_received(extractor):
    a = extractor.extract(
        "Аким области Нурлыбек Налибаев принял постоянного координатора ООН в Казахстане, главу представительства "
        "ООН по вопросам развития в Центральной Азии Майкла Гренфелла.",
        "t",
    )
    assert meetings(a) == [["Майкл Гренфелл", "Нурлыбек Налибаев"]]


def test_a_towns_name_right_after_a_title_is_a_first_name(extractor):
    a = extractor.extract(
        "Аким Туркестанской области Дархан Сатыбалды принял посла Чехии Петра Кубичека.", "t"
    )
    assert "Дархан Сатыбалды" in names(a)


def test_a_town_after_a_title_in_the_genitive_is_its_complement(extractor):
    a = extractor.extract("Мэр Дархана Батбаяр Жаргалсайхан принял посла Казахстана Гульжан Караган.", "t")
    assert not any(n.startswith("Дархан") for n in names(a))


def test_the_last_letter_of_an_abbreviation_is_no_initial(extractor):
    a = extractor.extract("Об этом сообщили в МИД. Кулубаев встретился с послом Японии Такаси Ямадой.", "t")
    assert "Кулубаев" in names(a)
    a = extractor.extract(
        "Об этом сообщили в МИД. Ж. Кулубаев встретился с послом Японии Такаси Ямадой.", "t"
    )
    assert "Ж. Кулубаев" in names(a)


def test_a_first_name_the_text_never_declines_tells_no_case(extractor):
    a = extractor.extract(
        "Посол Туркменистана Нуры Голлиев встретился с губернатором Игорем Бабушкиным. Визит Нуры Голлиева "
        "продлится два дня. Нуры Голлиев посетит порт.",
        "t",
    )
    assert "Нуры Голлиев" in names(a)


def test_a_surname_before_its_initials_after_a_department_is_a_name(extractor):
    a = extractor.extract(
        "На встрече присутствовали директор Правового департамента Семенов К.Л. и председатель Высшего судебного "
        "совета Армении Вардазарян Р.Э.",
        "t",
    )
    assert "К. Семенов" in names(a)


def test_a_province_named_after_its_noun_is_no_part_of_the_name(extractor):
    a = extractor.extract("Вице-губернатор провинции Ляонин Ли Ваньцай встретился с послом Казахстана.", "t")
    assert "Ли Ваньцай" in names(a)
