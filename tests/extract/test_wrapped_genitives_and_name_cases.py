"""A sentence a converter broke between two genitives goes on; a name after a title whose tagged case its endings
cannot have takes the title's cases; a verb whose subject is an event says nothing of the name before it.
Sentences written for these tests."""


def meetings(article):
    return [sorted(m.participants) for m in article.meetings]


def test_a_line_broken_inside_a_genitive_chain_goes_on(extractor):
    a = extractor.extract(
        "Министры обсудили сотрудничество в сфере энергетики.\n"
        "Переговоры министра энергетики\n"
        "Республики Казахстан Алмасадама Саткалиева и министра энергетики Турции Альпарслана Байрактара прошли "
        "в Астане.\n",
        "t",
    )
    assert meetings(a) == [["алмасадам саткалиев", "альпарслан байрактар"]]


def test_a_subheading_with_a_verb_stays_its_own_line(extractor):
    a = extractor.extract(
        "Министры обсудили сотрудничество.\nСтороны подписали протокол министерств\nЭнергетики и транспорта.\n",
        "t",
    )
    assert [s.text for s in a.sentences][-2:] == [
        "Стороны подписали протокол министерств",
        "Энергетики и транспорта.",
    ]


def test_an_east_asian_name_after_a_genitive_title_is_put_in_the_nominative(extractor):
    a = extractor.extract(
        "Встреча Министра промышленности Российской Федерации Антона Алиханова и Министра промышленности и "
        "торговли Социалистической Республики Вьетнам Нгуен Хонг Зиена прошла в Москве.",
        "t",
    )
    assert "Нгуен Хонг Зиен" in [p.name for p in a.persons.values()]
