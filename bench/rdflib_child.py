"""The rdflib side of the query benchmark, in a process of its own (a query over the cap is killed with it).

    python bench/rdflib_child.py DUMP.nq CAP_SECONDS QUERY_FILE...

Loads the dump into rdflib's Memory store (a Dataset whose default graph is the
union, as igkg's own memory backend), then prints one JSON line per query:
{"query": name, "seconds": s, "rows": n} or {"query": name, "timeout": cap}.
"""

from __future__ import annotations

import json
import os
import sys
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main() -> None:
    from rdflib import Dataset

    from kg.rdf.rdfio import sparql_prefixes

    dump, cap, files = sys.argv[1], float(sys.argv[2]), sys.argv[3:]
    t = time.perf_counter()
    ds = Dataset(store="Memory", default_union=True)
    ds.parse(dump, format="nquads")
    print(json.dumps({"loaded": time.perf_counter() - t}), flush=True)
    for f in files:
        name = Path(f).stem
        timer = threading.Timer(
            cap, lambda n=name: (print(json.dumps({"query": n, "timeout": cap}), flush=True), os._exit(3))
        )
        timer.start()
        t = time.perf_counter()
        rows = len(list(ds.query(sparql_prefixes() + Path(f).read_text(encoding="utf-8"))))
        timer.cancel()
        print(json.dumps({"query": name, "seconds": time.perf_counter() - t, "rows": rows}), flush=True)


if __name__ == "__main__":
    main()
