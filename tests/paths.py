from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ARTICLES = ROOT / "data" / "articles"
SEED = ARTICLES / "seed.txt"
FIXTURES = Path(__file__).resolve().parent / "fixtures"
QUERIES = ROOT / "queries"

# article ids are the file name's slug plus a short hash of the text (kg/identity.py)
SEED_ID = "seed-b8cf5f7e"
SEED_IRI = "https://w3id.org/igkg/id/article/" + SEED_ID
