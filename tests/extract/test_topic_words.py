"""Topic words read by lemma: a phrase's words are not read again on their own; "гуманитарный" alone is no
culture (the annotators' choice, 38 texts to 4). Sentences written for the test."""

from kg.extract.topics import topics_of_lemmas


def test_crops_are_agriculture_not_culture():
    assert topics_of_lemmas(["селекция", "сельскохозяйственный", "культура"]) == {"agriculture"}
    assert topics_of_lemmas(["урожай", "зерновой", "культура"]) == {"agriculture"}


def test_culture_on_its_own_is_culture():
    assert topics_of_lemmas(["сотрудничество", "в", "область", "культура"]) == {"culture"}
    assert topics_of_lemmas(["культурно-гуманитарный", "связь"]) == {"culture"}


def test_humanitarian_ties_alone_are_no_topic():
    assert topics_of_lemmas(["развитие", "гуманитарный", "связь"]) == set()


def test_a_phrase_takes_its_words_from_single_word_topics():
    assert topics_of_lemmas(["электронный", "торговля"]) == {"digital"}


def test_oil_gas_and_hydrogen_are_energy():
    assert topics_of_lemmas(["добыча", "нефть", "и", "газ"]) == {"energy"}
    assert topics_of_lemmas(["водородный", "проект"]) == {"energy"}


def test_a_ceasefire_and_territorial_integrity_are_security():
    assert topics_of_lemmas(["прекращение", "огонь"]) == {"security"}
    assert topics_of_lemmas(["уважение", "территориальный", "целостность"]) == {"security"}
    assert topics_of_lemmas(["борьба", "с", "наркотрафик"]) == {"security"}


def test_vaccines_and_hospitals_are_healthcare_but_a_pandemic_told_in_passing_is_not():
    assert topics_of_lemmas(["производство", "вакцина"]) == {"healthcare"}
    assert topics_of_lemmas(["строительство", "больница"]) == {"healthcare"}
    assert topics_of_lemmas(["несмотря", "на", "пандемия"]) == set()


def test_building_is_construction_only_as_an_item_of_a_list_of_areas():
    from kg.extract.topics import topics_in

    assert topics_in("партнёрство в энергетике, строительстве и логистике") == {
        "energy",
        "construction",
        "logistics",
    }
    assert topics_in("вложения в строительство, аграрный сектор") == {"construction", "agriculture"}
    assert topics_in("связи в области туризма и строительства") == {"tourism", "construction"}
    assert topics_in("подрядчик начал строительство моста через реку") == set()
    assert topics_in("строительство школы и детского сада") == set()


def test_crime_corruption_land_reclamation_and_fisheries():
    from kg.extract.topics import topics_in

    assert topics_in("совместная борьба с организованной преступностью") == {"security"}
    assert topics_in("меры против коррупции") == {"security"}
    assert topics_in("проекты по мелиорации земель") == {"agriculture"}
    assert topics_in("квоты на рыболовство в Баренцевом море") == {"agriculture"}
    assert topics_in("технологии водосбережения") == {"water"}
