"""`jaganetral news …` commands."""

from __future__ import annotations

from jaganetral.commands.common import sub_app

app = sub_app("news", "news")
