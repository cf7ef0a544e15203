from __future__ import annotations

import shutil

import pytest

from tests.paths import ARTICLES, SEED


@pytest.fixture(scope="session")
def extractor():
    from kg.extract import Extractor

    return Extractor()


@pytest.fixture(scope="session")
def seed_article(extractor):
    return extractor.extract_file(SEED)


@pytest.fixture(scope="session")
def seed_graph(seed_article):
    from kg.rdf.mapping import article_to_graph

    return article_to_graph(seed_article)


def build_store(path, sources, extractor):
    from kg.ingest.runner import ingest
    from kg.store import open_store

    store = open_store(path)
    ingest(sources, store, extractor)
    store.close()
    return path


@pytest.fixture(scope="session")
def seed_store_dir(tmp_path_factory, extractor):
    """An Oxigraph store holding the seed only (built once, copied by tests that write)."""
    return build_store(tmp_path_factory.mktemp("seed") / "store", [SEED], extractor)


@pytest.fixture
def seed_store(seed_store_dir, tmp_path):
    from kg.store import open_store

    path = tmp_path / "store"
    shutil.copytree(seed_store_dir, path)
    store = open_store(path)
    yield store
    store.close()


@pytest.fixture(scope="session")
def corpus_store_dir(tmp_path_factory, extractor):
    """An Oxigraph store holding every bundled article."""
    return build_store(tmp_path_factory.mktemp("corpus") / "store", [ARTICLES], extractor)


@pytest.fixture
def runner():
    from click.testing import CliRunner

    return CliRunner()


@pytest.fixture
def store_dir(seed_store_dir, tmp_path):
    """A copy of the seed store that a test may change."""
    path = tmp_path / "store"
    shutil.copytree(seed_store_dir, path)
    return path


@pytest.fixture
def half_store(tmp_path, extractor):
    """A store of about half the bundled articles (its summary built by that first ingest)."""
    from kg.ingest.runner import ingest
    from kg.store import open_store

    texts = sorted(ARTICLES.glob("*.txt"))
    folder = tmp_path / "articles"
    folder.mkdir()
    for p in texts[: len(texts) // 2]:
        shutil.copy(p, folder / p.name)
    store = open_store(tmp_path / "store")
    ingest([folder], store, extractor, progress=False)
    yield store, folder, texts[len(texts) // 2 :]
    store.close()
