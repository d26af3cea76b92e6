"""Cases: the watchdog's workflow from finding to recommendation (rules.md §5), people and access."""
