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
]
# Top-level modules that orchestrate stages (and may import any of them).
ORCHESTRATORS = {"pipeline", "scale", "cli", "commands", "bench", "synth", "__main__", "catalogue"}


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


def test_importing_the_pipeline_reads_no_data_file() -> None:
    """No import-time side effects: catalogue, rules and lexicons load in builders, not on import."""
    import subprocess
    import sys

    code = (
        "import io, builtins\n"
        "opened = []\n"
        "real = io.open\n"
        "def spy(file, *a, **k):\n"
        "    opened.append(str(file))\n"
        "    return real(file, *a, **k)\n"
        "io.open = builtins.open = spy\n"
        "import jaganetral.cli, jaganetral.pipeline, jaganetral.judge.analysis, jaganetral.bench\n"
        "print('\\n'.join(p for p in opened if '/catalogue/' in p))\n"
    )
    res = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert res.stdout.strip() == "", f"read at import time: {res.stdout}"
