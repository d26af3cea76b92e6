"""Stage 2 — screening: normalise informal Indonesian and find campaign content about candidates."""
