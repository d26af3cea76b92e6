"""The tree tells the pipeline: a stage imports only ``model`` and the stages before it."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PKG = Path(__file__).resolve().parents[1] / "jaganetral"
# The flow, in order. Infrastructure every stage may use comes first.
ORDER = [
    "errors",
    "settings",
    "model",
    "store",
    "sources",
    "screen",
    "attribute",
    "judge",
    "evidence",
    "cases",
    "news",
    "reports",
    "web",
    "scale",
]
# Top-level modules that orchestrate stages (and may import any of them).
ORCHESTRATORS = {"pipeline", "cli", "bench", "synth", "__main__", "catalogue"}


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    out: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("jaganetral."):
            out.add(node.module.split(".")[1])
        elif isinstance(node, ast.Import):
            out.update(a.name.split(".")[1] for a in node.names if a.name.startswith("jaganetral."))
    return out


def _stage_of(path: Path) -> str:
    rel = path.relative_to(PKG)
    return rel.parts[0].removesuffix(".py")


MODULES = sorted(
    p for p in PKG.rglob("*.py") if _stage_of(p) not in ORCHESTRATORS and _stage_of(p) != "__init__"
)


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(PKG)))
def test_stage_depends_only_on_earlier_stages(path: Path) -> None:
    stage = _stage_of(path)
    assert stage in ORDER, f"{stage} is not placed in the pipeline order"
    allowed = set(ORDER[: ORDER.index(stage) + 1])
    bad = {m for m in _imports(path) if m not in allowed and m not in {"__init__"}}
    assert not bad, f"{path.relative_to(PKG)} ({stage}) imports later stages: {sorted(bad)}"


def test_no_import_time_side_effects_in_catalogue_loading() -> None:
    # Importing the judge must not read the rule files (they load in builders).
    import importlib
    import sys

    for name in [m for m in sys.modules if m.startswith("jaganetral.judge")]:
        del sys.modules[name]
    mod = importlib.import_module("jaganetral.judge.catalogue")
    assert not hasattr(mod, "RULES")
