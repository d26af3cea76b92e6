"""Stage 3 — attribution of accounts to ASN (registry) or government institutions."""
