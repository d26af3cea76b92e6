"""News: read articles, classify them and extract ASN-neutrality incidents (see docs/news.md)."""
