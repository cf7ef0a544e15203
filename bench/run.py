"""Benchmarks: extraction speed, and store load / query / export on a synthetic corpus.

    python bench/run.py [--articles 3000]

The synthetic corpus repeats the bundled articles' graphs under fresh article,
meeting and document IRIs (people and countries stay shared, as in real news),
so the store sees many named graphs that overlap the way real ones do.
"""

from __future__ import annotations

import argparse
import io
import sys
import tempfile
import time
from pathlib import Path

from rdflib import Graph, URIRef

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kg.extract import Extractor  # noqa: E402
from kg.mapping import article_to_graph  # noqa: E402
from kg.query import read_query, run  # noqa: E402
from kg.store import open_store  # noqa: E402
from kg.viz import build_network, render_html  # noqa: E402


def timed(label: str, fn, *args):
    t = time.perf_counter()
    out = fn(*args)
    print(f"{label:<48}{time.perf_counter() - t:9.2f} s")
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--articles", type=int, default=3000, help="synthetic articles to load")
    args = ap.parse_args()

    files = sorted((ROOT / "data" / "articles").glob("*.txt"))
    extractor = timed("load models (natasha, gazetteer)", lambda: Extractor().ner and Extractor())
    extractor.extract_file(files[0])
    t = time.perf_counter()
    graphs = [article_to_graph(extractor.extract_file(f)) for f in files]
    per = (time.perf_counter() - t) / len(files)
    print(f"{'extract + map, per article':<48}{per:9.3f} s   ({len(files)} articles)")

    def synthetic(i: int, g: Graph) -> Graph:
        out = Graph()
        def re_iri(term):
            s = str(term)
            if isinstance(term, URIRef) and any(k in s for k in ("/article/", "/meeting/", "/document/", "/quote/",
                                                                  "/visit/", "/holding/")):
                return URIRef(f"{s}-{i}")
            return term
        for s, p, o in g:
            out.add((re_iri(s), p, re_iri(o)))
        return out

    corpus = {}
    for i in range(args.articles):
        g = synthetic(i, graphs[i % len(graphs)])
        name = next(s for s in g.subjects() if "/article/" in str(s))
        corpus[name] = g
    triples = sum(len(g) for g in corpus.values())
    print(f"{'synthetic corpus':<48}{len(corpus):9d} articles, {triples} triples")

    with tempfile.TemporaryDirectory() as tmp:
        store = open_store(Path(tmp) / "store")
        batch = list(corpus.items())
        t = time.perf_counter()
        for k in range(0, len(batch), 500):
            store.replace_graphs(dict(batch[k : k + 500]))
        print(f"{'ingest (Oxigraph, batches of 500)':<48}{time.perf_counter() - t:9.2f} s")
        q = read_query(str(ROOT / "queries" / "who-met-whom.rq"))
        result = timed("who-met-whom over the merged default graph", run, store, q)
        print(f"{'  rows':<48}{len(result.rows):9d}")
        union_q = q.replace("WHERE {", "WHERE { GRAPH ?g {", 1).replace("GROUP BY", "} GROUP BY", 1)
        timed("the same over the union of named graphs", run, store, union_q)
        timed("export TriG", lambda: store.export("trig", io.BytesIO()))
        timed("export Turtle (merged graph)", lambda: store.export("turtle", io.BytesIO()))
        union = timed("load merged graph into rdflib", store.union)
        net = timed("build viz network (default classes)", build_network, union)
        print(f"{'  nodes / edges':<48}{len(net.nodes):9d} / {len(net.edges)}")
        timed("render viz page (layout computed)", render_html, net)
        store.close()


if __name__ == "__main__":
    main()
