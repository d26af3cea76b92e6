"""Input formats → canonical activities. One module per format; see :mod:`.base` and :mod:`.registry`."""
