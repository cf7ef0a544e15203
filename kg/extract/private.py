"""People the text describes by a private role: the head of a company, a clergyman, a scholar or an artist.

"встреча главы Хатлонской области с руководителем компании Ван Тянзу", "беседа с настоятелем храма протоиереем
Николаем Флоринским": such a person is no state's official, so a meeting with him alone is not one between
officials of two states, whatever country his company or church is in.
"""

from __future__ import annotations

import re

from kg.extract.model import Article

# the words right before the name: a private role, with up to three words of its own between
_PRIVATE_ROLE = re.compile(
    r"(?i)(?:"
    # the head of a company: "руководителем компании", "генеральным директором корпорации «X»"
    r"(?:руководител|глав|директор|гендиректор|основател|владел|президент|председател\w+\s+правлени)\w*\s+"
    r"(?:[а-яё-]+\s+){0,2}(?:компани|корпораци|холдинг|фирм|концерн|групп\w*\s+компаний|завод|фабрик)\w*"
    # a clergyman, a scholar, a businessman, an artist
    r"|настоятел\w*|протоиере\w*|священни\w*|иере\w*|митрополит\w*|архиепископ\w*|епископ\w*|муфти\w*|имам\w*"
    r"|профессор\w*|академик\w*|бизнесмен\w*|предпринимател\w*|инвестор\w*|меценат\w*"
    r"|художни\w*|писател\w*|поэт\w*|артист\w*|актер\w*|актрис\w*|певи\w*|спортсмен\w*|тренер\w*"
    r")(?:\s+[«\"][^»\"]{1,60}[»\"])?(?:\s+[а-яё-]+){0,3}\s+$"
)


def private_person(article: Article, key: str) -> bool:
    """Some mention of the person stands right after a private role (the caller asks only of people with no
    post)."""
    return any(
        _PRIVATE_ROLE.search(article.text[max(article.sentences[m.sentence].start, m.start - 90) : m.start])
        for m in article.mentions
        if m.person == key
    )
