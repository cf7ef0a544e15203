"""Extraction pipeline: article text -> the filled ``Article`` document object.

    source (text or HTML) -> typography (repairs that keep offsets) -> layout/segment -> syntax -> places (acronyms the text defines, districts it places) -> persons
        -> posts (titlelists) -> publisher -> countries -> officials -> titles told before their names (titlesbefore)
        -> meetings (mainevent: events (signings, jointacts), visits, scene, counterparts, the sides told before, the side that answers (replies)
           (sidestold) -> countries settled -> event coreference (eventcoref); read again, relaxed, when none was
           kept; last, a visit's or two delegations' meeting (delegations), or a signing of two states' bodies (bodysignings)) -> documents/parties -> topics -> quotes (and a transcript's turns: transcripts)

Heavy models (natasha morphology, syntax and NER; the gazetteer's compiled
forms) are loaded once by ``Extractor`` and shared by every article it reads.
"""

from __future__ import annotations

from pathlib import Path

from kg.errors import InputError
from kg.extract import countries
from kg.extract.acronyms import text_defined_bodies
from kg.extract.districts import text_placed_districts
from kg.extract.documents import extract_documents
from kg.extract.entities import find_persons, places_outside_names
from kg.extract.gazetteer import Gazetteer, default_gazetteer
from kg.extract.mainevent import read_meetings
from kg.extract.model import Article
from kg.extract.officials import name_officials, posts_from_descriptions, posts_of_untitled_officials
from kg.extract.posts import extract_posts
from kg.extract.publisher import (
    DEFAULT_PUBLISHER_COUNTRY,
    infer_from_mentions,
    infer_from_regions,
    infer_from_sources,
    infer_publisher_country,
)
from kg.extract.quotes import bind_speaker_titles, bind_speakers, extract_quotes
from kg.extract.scene import date_undated_meetings
from kg.extract.segment import segment
from kg.extract.source import ARTICLE_SUFFIXES, Source, read_source
from kg.extract.syntax import NlpModels, parse
from kg.extract.titlelists import share_colon_titles, share_titles
from kg.extract.titlesbefore import posts_told_before_names, subject_title_named_next
from kg.extract.topics import extract_topics
from kg.extract.typography import repair

__all__ = ["ARTICLE_SUFFIXES", "Article", "Extractor", "article_id_for"]


def article_id_for(path: Path) -> str:
    """The file name's slug plus a short hash of the text (kg/identity.py): distinct texts never collide."""
    from kg.identity import article_id_for_file

    return article_id_for_file(path)


class Extractor:
    """The pipeline with its models: build one and reuse it for every article (models load on first use)."""

    def __init__(self, gazetteer: Gazetteer | None = None, models: NlpModels | None = None) -> None:
        self.gazetteer = gazetteer or default_gazetteer()
        self._models = models

    @property
    def models(self) -> NlpModels:
        if self._models is None:
            self._models = NlpModels()
        return self._models

    def extract_file(
        self, path: Path, publisher_country: str | None = None, article_id: str | None = None
    ) -> Article:
        path = Path(path)
        return self.extract(
            read_source(path), article_id or article_id_for(path), publisher_country, source=str(path)
        )

    def extract(
        self,
        text: str | Source,
        article_id: str,
        publisher_country: str | None = None,
        source: str | None = None,
    ) -> Article:
        if publisher_country is not None:
            publisher_country = publisher_country.upper()
            if publisher_country not in self.gazetteer.countries:
                raise InputError(f"unknown publisher country code '{publisher_country}'")
        src = text if isinstance(text, Source) else Source(text)
        article = Article(
            id=article_id,
            text=repair(src.text),
            layout=src.layout,
            title=repair(src.title) if src.title else src.title,
            published=src.published,
            byline=src.author,
        )
        try:
            segment(article)
        except InputError as e:
            raise InputError(f"{source}: {str(e).split(': ', 1)[-1]}" if source else str(e)) from None
        text = article.text
        parse(article, self.models)
        article.places = self.gazetteer.find(text)
        article.places = sorted(article.places + text_defined_bodies(article), key=lambda m: m.start)
        article.places = sorted(article.places + text_placed_districts(article), key=lambda m: m.start)
        find_persons(article, self.models)
        article.places = places_outside_names(article)
        extract_posts(article, self.gazetteer)
        share_titles(article)
        share_colon_titles(article)
        article.publisher_country_given = publisher_country is not None
        article.publisher_country = (
            publisher_country
            or infer_publisher_country(article)
            or infer_from_sources(article, self.gazetteer)
            or infer_from_mentions(article)
            or infer_from_regions(article)
            or DEFAULT_PUBLISHER_COUNTRY
        )
        countries.resolve(article)
        name_officials(article)
        posts_from_descriptions(article)
        posts_of_untitled_officials(article)
        posts_told_before_names(article)
        subject_title_named_next(article)
        bind_speaker_titles(article)
        bind_speakers(article)
        read_meetings(article, self.gazetteer)
        date_undated_meetings(article)
        extract_documents(article, self.gazetteer)
        extract_topics(article)
        extract_quotes(article)
        for quote in article.quotes:
            for i, meeting in enumerate(article.meetings):
                if quote.sentence in meeting.sentences:
                    quote.meeting = i
        return article
