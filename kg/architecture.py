"""The layering of the ``kg`` package, checked over its source with ``ast``.

The packages follow the data's way, from text to answers; each may import the
shared base modules and the packages before it, never one after it::

    base      kg.errors, kg.resources, kg.outputs, kg.keys, kg.identity
    extract   text → Article
    rdf       Article → RDF
    store     where graphs live
    ingest    files → store
    query     SPARQL, safely
    network   the actor network
    web       pages and the endpoint
    evaluate  scoring the extractor against gold
    cli       the ``kg`` command

``import_violations`` reports every import that climbs a layer and every import
cycle between modules (imports inside functions count: a cycle that only a lazy
import hides is still a cycle of design).
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

LAYERS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("base", ("kg", "kg.errors", "kg.resources", "kg.outputs", "kg.keys", "kg.identity", "kg.architecture")),
    ("extract", ("kg.extract",)),
    ("rdf", ("kg.rdf",)),
    ("store", ("kg.store",)),
    ("ingest", ("kg.ingest",)),
    ("query", ("kg.query",)),
    ("network", ("kg.network",)),
    ("web", ("kg.web",)),
    ("evaluate", ("kg.evaluate",)),
    ("cli", ("kg.cli",)),
)


def module_names(root: Path, package: str = "kg") -> dict[str, Path]:
    """Every module of ``package`` under ``root`` (the folder holding the package) by dotted name."""
    names = {}
    for path in sorted((root / package).rglob("*.py")):
        parts = list(path.relative_to(root).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        names[".".join(parts)] = path
    return names


def _imports(module: str, path: Path, known: set[str]) -> Iterator[str]:
    is_package = path.name == "__init__.py"
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if isinstance(node, ast.Import):
            targets = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = module.split(".")
                anchor = anchor[: len(anchor) - node.level + (1 if is_package else 0)]
                base = ".".join(anchor + ([base] if base else []))
            # "from pkg import sub" imports the submodule when there is one
            targets = [f"{base}.{a.name}" if f"{base}.{a.name}" in known else base for a in node.names]
        else:
            continue
        for target in targets:
            while target and target not in known:
                target = target.rpartition(".")[0]
            if target and target != module:
                yield target


def import_graph(root: Path, package: str = "kg") -> dict[str, set[str]]:
    modules = module_names(root, package)
    known = set(modules)
    return {name: set(_imports(name, path, known)) for name, path in modules.items()}


def layer_of(module: str) -> int:
    best, index = -1, -1
    for i, (_, prefixes) in enumerate(LAYERS):
        for prefix in prefixes:
            if (module == prefix or module.startswith(prefix + ".")) and len(prefix) > best:
                best, index = len(prefix), i
    if index < 0:
        raise ValueError(f"module {module} belongs to no layer of kg/architecture.py")
    return index


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components of more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in graph.get(v, ()):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return found


def import_violations(root: Path, package: str = "kg") -> list[str]:
    """One line per import that climbs a layer and per import cycle; empty when the layout holds."""
    graph = import_graph(root, package)
    problems = []
    for module, targets in sorted(graph.items()):
        for target in sorted(targets):
            if layer_of(target) > layer_of(module):
                problems.append(
                    f"{module} ({LAYERS[layer_of(module)][0]}) imports {target} "
                    f"({LAYERS[layer_of(target)][0]}), a layer above it"
                )
    problems += [f"import cycle: {' -> '.join(c)}" for c in _cycles(graph)]
    return problems
