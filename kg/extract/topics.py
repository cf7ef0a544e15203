"""Stage 6: topics of a meeting, from the closed list of GOLD.md, by keyword stems."""

from __future__ import annotations

import re

from .model import Article

_LEXICON: dict[str, str] = {
    "trade": r"торгов\w*|торгово-\w+|товарооборот\w*|экспорт\w*|импорт\w*|взаимн\w+\s+торговл\w*|поставк\w+\s+(?:\w+\s+)?продукци\w*",
    "investment": r"инвестиц\w*|инвестор\w*|инвестиционн\w*|капитал(?:ом|а)?\b|капиталовложени\w*",
    "industry": r"промышлен\w*|индустри\w*|машиностро\w*|станкостро\w*|автомобилестро\w*|судостро\w*|авиастро\w*|"
                r"сельхозмашиностро\w*|нефтехими\w*|углехими\w*|металлург\w*|промкооперац\w*|верф\w*|микроэлектрон\w*",
    "agriculture": r"сельск\w+\s+хозяйств\w*|сельскохозяйственн\w*|агропромышлен\w*|\bАПК\b|аграрн\w*|агро\w+|"
                   r"семеновод\w*|продовольств\w*|животновод\w*|растениевод\w*",
    "digital": r"цифров\w*|цифровизац\w*|\bIT\b|информационн\w+\s+технолог\w*|кибер\w*|электронн\w+\s+(?:торговл|правительств)\w*",
    "ai": r"\bИИ\b|искусственн\w+\s+интеллект\w*",
    "transport": r"транспорт\w*|транспортно-\w+|железнодорожн\w*|автомобильн\w+\s+(?:перевоз|сообщени|дорог)\w*|"
                 r"авиасообщени\w*|авиарейс\w*|транзит\w*",
    "logistics": r"логистик\w*|логистическ\w*|грузоперевоз\w*|перевоз(?:к|ок)\w*|транспортно-логистическ\w*",
    "healthcare": r"здравоохранени\w*|медицин\w*|фармацевт\w*|фармацевтическ\w*",
    "tourism": r"туризм\w*|туристическ\w*|турист\w*",
    "energy": r"энергетик\w*|\w+-энергетическ\w*|\bГЭС\b|энергетическ\w*|электроэнерг\w*|атомн\w*|\bАЭС\b|нефтегаз\w*|газопровод\w*|"
              r"нефтепровод\w*|возобновляем\w+\s+источник\w*|гидроэнерг\w*|энергоресурс\w*",
    "education": r"образовани\w*|образовательн\w*|университет\w*|\bвуз\w*|студент\w*|подготовк\w+\s+кадров",
    "science": r"наук\w*|научн\w*|научно-\w+|агронаук\w*",
    "culture": r"культур\w*|культурно-\w+|гуманитарн\w*",
    "interregional": r"межрегиональн\w*|приграничн\w+\s+сотрудничеств\w*|связ\w+\s+(?:двух\s+)?регионов|"
                     r"между\s+регионами|побратим\w*|породненн\w*|связ\w+\s+(?:двух\s+)?городов|между\s+городами|городов-побратимов",
    "finance": r"финанс\w*|банковск\w*|налогов\w*|валютн\w*|платежн\w*",
    "customs": r"таможен\w*",
    "water": r"водн\w+\s+ресурс\w*|водно-\w+|водохозяйствен\w*|водопользовани\w*|трансграничн\w+\s+рек\w*|ирригац\w*",
    "ecology": r"эколог\w*|опустынивани\w*|климат\w*|окружающей\s+среды|природоохранн\w*",
    "security": r"безопасност\w*|терроризм\w*|экстремизм\w*|правоохранительн\w*",
    "defense": r"оборон\w*|военн\w*|военно-\w+",
    "migration": r"миграц\w*|мигрант\w*|миграционн\w*",
    "sport": r"спорт\w*",
    "space": r"космос\w*|космическ\w*",
    "mining": r"горнодобыва\w*|горно-металлург\w*|недропользовани\w*|полезн\w+\s+ископаем\w*|редкоземельн\w*|"
              r"критическ\w+\s+(?:минерал|сырь)\w*",
    "construction": r"строительн\w+\s+(?:отрасл|сфер|индустри|комплекс)\w*|в\s+(?:сфере|области)\s+строительства|"
                    r"жилищн\w+\s+строительств\w*",
    "labor": r"трудов\w+\s+(?:отношени|ресурс)\w*|занятост\w*|рынк\w+\s+труда",
    "media": r"медийн\w*|медиа\w*|\bСМИ\b|средств\w+\s+массовой\s+информации|информационн\w+\s+сотрудничеств\w*",
}
_COMPILED = {code: re.compile(r"(?<![\w-])(?:" + rx + r")", re.IGNORECASE if code not in ("ai",) else 0)
             for code, rx in _LEXICON.items()}
# A title or body name before a name or country ("министром инвестиций, промышленности и
# торговли Республики Узбекистан") names areas without discussing them.
_TITLE = re.compile(
    r"\b(?:[Мм]инистерств|[Мм]инистр|[Вв]ице-министр|[Кк]омитет|[Вв]едомств|[Аа]гентств)\w*"
    r"(?:\s+(?:[а-яё-]+,?))*?(?=\s+(?:[А-ЯЁ]|и\s+[Мм]инистерств))"
)


def topics_in(text: str) -> set[str]:
    text = _TITLE.sub(" ", text)
    return {code for code, rx in _COMPILED.items() if rx.search(text)}


def extract_topics(article: Article) -> None:
    for meeting in article.meetings:
        found: set[str] = set()
        for index in sorted(set(meeting.sentences)):
            found |= topics_in(article.sentences[index].text)
        for doc in meeting.documents:
            found |= topics_in(doc.title)
            local = {p.country for p in doc.parties if p.kind in ("region", "city")}
            if len(local) >= 2:
                found.add("interregional")  # an agreement between regions or cities of two countries
        meeting.topics = found
