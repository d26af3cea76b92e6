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


def _web_imports(path: Path) -> set[str]:
    """The jaganetral.web modules ``path`` imports, at the top or inside a function."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    out: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module:
            if node.module == "jaganetral.web":
                out.update(a.name for a in node.names)
            elif node.module.startswith("jaganetral.web."):
                out.add(node.module.split(".")[2])
        elif isinstance(node, ast.Import):
            out.update(a.name.split(".")[2] for a in node.names if a.name.startswith("jaganetral.web."))
    return out


def test_the_web_modules_import_each_other_without_a_circle() -> None:
    """app → pages/api → deps: the request context lives in web/deps.py, so no module of the web
    layer reaches back to one that imports it (function-level imports counted too)."""
    graph = {p.stem: _web_imports(p) - {p.stem} for p in (PKG / "web").glob("*.py")}
    assert not any("app" in deps for deps in graph.values())  # nothing imports the app
    assert graph["deps"] <= {"i18n"}  # the context depends on no route module

    def reach(start: str) -> set[str]:
        seen: set[str] = set()
        todo = [start]
        while todo:
            for nxt in graph.get(todo.pop(), set()):
                if nxt not in seen:
                    seen.add(nxt)
                    todo.append(nxt)
        return seen

    circles = sorted(m for m in graph if m in reach(m))
    assert circles == [], f"import circle through {circles}"
