"""Reading an article file: plain text, or a saved web page whose main text trafilatura finds.

A web page becomes the text "title, blank line, paragraphs" with its title,
date and author taken from the page's metadata, so that every later stage
reads pages and text files alike.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from kg.errors import InputError
from kg.extract.segment import read_article_text

HTML_SUFFIXES = (".html", ".htm")
TEXT_SUFFIXES = (".txt",)
ARTICLE_SUFFIXES = TEXT_SUFFIXES + HTML_SUFFIXES


@dataclass
class Source:
    text: str
    layout: str = ""  # "page" for a web page; "" lets segmentation decide
    title: str = ""
    published: dt.date | None = None
    author: str | None = None
    url: str | None = None


def read_source(path: Path) -> Source:
    path = Path(path)
    if not path.exists():
        raise InputError(f"{path}: no such file")
    if path.is_dir():
        raise InputError(f"{path}: is a folder, not an article file")
    try:
        raw = path.read_bytes()
    except OSError as e:
        raise InputError(f"{path}: cannot read ({e.strerror})") from None
    if path.suffix.lower() in HTML_SUFFIXES:
        return read_html(raw, str(path))
    return Source(read_article_text(raw, str(path)))


def read_html(raw: bytes, source: str) -> Source:
    """A saved web page -> its main text, title, date and author (trafilatura)."""
    import trafilatura

    html = read_article_text(raw, source)
    try:
        doc = trafilatura.bare_extraction(
            html,
            with_metadata=True,
            include_comments=False,
            include_tables=False,
            favor_precision=True,
            deduplicate=True,
            date_extraction_params={"original_date": True, "extensive_search": False},
        )
    except Exception as e:  # noqa: BLE001 - lxml and trafilatura raise many kinds of errors on broken markup
        raise InputError(f"{source}: cannot read the web page ({type(e).__name__})") from None
    if doc is None or not any(
        len(line.split()) >= 5 for line in (getattr(doc, "text", None) or "").splitlines()
    ):
        raise InputError(f"{source}: no article text found in the web page")
    title = " ".join((doc.title or "").split())
    body = "\n".join(line.strip() for line in doc.text.splitlines() if line.strip())
    text = f"{title}\n\n{body}\n" if title else body + "\n"
    return Source(
        text,
        layout="page",
        title=title,
        published=_date(doc.date),
        author=_author(doc.author),
        url=doc.url or None,
    )


def _date(value: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None


def _author(value: str | None) -> str | None:
    """The first author, when it looks like a person's name (sites put agencies and e-mails there too)."""
    if not value:
        return None
    first = value.split(";")[0].split(",")[0].strip()
    return first if 2 <= len(first.split()) <= 3 and all(w[:1].isupper() for w in first.split()) else None
