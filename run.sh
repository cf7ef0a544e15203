#!/usr/bin/env bash
# One-command entry points.
#   ./run.sh main   set up .venv, ingest data/articles into ./kg-store, run the canned queries,
#                   write out/igkg.ttl, out/igkg.jsonld, out/graph.html and out/ontology.html
#   ./run.sh test   set up .venv with the test extras and run the whole test suite
#   ./run.sh lint   set up .venv with the test extras and run ruff (lint and format check)
set -euo pipefail
cd "$(dirname "$0")"
PY=${PYTHON:-python3}

setup() {
  if [ ! -x .venv/bin/python ]; then
    "$PY" -m venv .venv
  fi
  .venv/bin/python -m pip install --quiet --upgrade pip
  .venv/bin/python -m pip install --quiet -e ".[test]"
}

main_job() {
  setup
  export IGKG_STORE="${IGKG_STORE:-kg-store}"
  mkdir -p out/queries
  .venv/bin/kg ingest data/articles/
  for q in queries/*.rq; do
    name=$(basename "$q" .rq)
    .venv/bin/kg query "$q" > "out/queries/$name.txt"
    echo "== $name (out/queries/$name.txt)"
    head -n 8 "out/queries/$name.txt"
  done
  .venv/bin/kg export -f turtle -o out/igkg.ttl
  .venv/bin/kg export -f trig -o out/igkg.trig
  .venv/bin/kg viz -o out/graph.html
  .venv/bin/kg viz --view countries --reports-dir out/reports -o out/countries.html
  .venv/bin/kg export -f jsonld -o out/igkg.jsonld
  .venv/bin/kg docs -o out/ontology.html
  .venv/bin/kg validate
  .venv/bin/kg stats --top 10
}

case "${1:-}" in
  main) main_job ;;
  test) setup; shift; exec .venv/bin/python -m pytest "$@" ;;
  lint) setup; .venv/bin/ruff check . && .venv/bin/ruff format --check . ;;
  *) echo "usage: ./run.sh main | test [pytest args] | lint" >&2; exit 2 ;;
esac
