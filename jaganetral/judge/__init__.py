"""Stage 4 — judgement against the rule catalogue (rules are data in ``catalogue/rules``)."""
