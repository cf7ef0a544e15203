"""Extraction pipeline: article text -> the filled ``Article`` document object.

    segment -> places -> persons -> posts -> (publisher) -> meetings/visits
            -> documents -> topics -> quotes

Heavy models (natasha NER, the gazetteer's compiled forms) are loaded once by
``Extractor`` and shared by every article it reads.
"""

from __future__ import annotations

from pathlib import Path

from ..errors import InputError
from .documents import extract_documents
from .entities import NerModel, find_persons
from .gazetteer import Gazetteer, default_gazetteer
from .meetings import extract_meetings
from .model import Article
from .posts import extract_posts
from .publisher import DEFAULT_PUBLISHER_COUNTRY, infer_publisher_country
from .quotes import bind_speaker_titles, extract_quotes
from .segment import read_article_text, segment
from .topics import extract_topics

__all__ = ["Article", "Extractor", "article_id_for"]


def article_id_for(path: Path) -> str:
    """The file name's slug plus a short hash of the text (kg/identity.py): distinct texts never collide."""
    from ..identity import article_id_for_file

    return article_id_for_file(path)


class Extractor:
    def __init__(self, gazetteer: Gazetteer | None = None, ner: NerModel | None = None) -> None:
        self.gazetteer = gazetteer or default_gazetteer()
        self._ner = ner

    @property
    def ner(self) -> NerModel:
        if self._ner is None:
            self._ner = NerModel()
        return self._ner

    def extract_file(self, path: Path, publisher_country: str | None = None, article_id: str | None = None) -> Article:
        path = Path(path)
        if not path.exists():
            raise InputError(f"{path}: no such file")
        if path.is_dir():
            raise InputError(f"{path}: is a folder, not an article file")
        try:
            raw = path.read_bytes()
        except OSError as e:
            raise InputError(f"{path}: cannot read ({e.strerror})") from None
        text = read_article_text(raw, str(path))
        return self.extract(text, article_id or article_id_for(path), publisher_country, source=str(path))

    def extract(self, text: str, article_id: str, publisher_country: str | None = None, source: str | None = None) -> Article:
        if publisher_country is not None:
            publisher_country = publisher_country.upper()
            if publisher_country not in self.gazetteer.countries:
                raise InputError(f"unknown publisher country code '{publisher_country}'")
        article = Article(id=article_id, text=text)
        try:
            segment(article)
        except InputError as e:
            raise InputError(f"{source}: {str(e).split(': ', 1)[-1]}" if source else str(e)) from None
        article.places = self.gazetteer.find(text)
        article.publisher_country = publisher_country or DEFAULT_PUBLISHER_COUNTRY
        article.publisher_country_given = publisher_country is not None
        find_persons(article, self.ner)
        extract_posts(article, self.gazetteer)
        if publisher_country is None:
            inferred = infer_publisher_country(article)
            if inferred and inferred != article.publisher_country:
                article.publisher_country = inferred
                extract_posts(article, self.gazetteer)
        bind_speaker_titles(article)
        extract_meetings(article, self.gazetteer)
        extract_documents(article, self.gazetteer)
        extract_topics(article)
        extract_quotes(article)
        for quote in article.quotes:
            for i, meeting in enumerate(article.meetings):
                if quote.sentence in meeting.sentences:
                    quote.meeting = i
        return article
