from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ARTICLES = ROOT / "data" / "articles"
SEED = ARTICLES / "seed.txt"
FIXTURES = Path(__file__).resolve().parent / "fixtures"
QUERIES = ROOT / "queries"
