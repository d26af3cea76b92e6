"""YAML data files validated eagerly, with errors that name the file, line and field.

PyYAML's composer keeps the position of every node; we keep a map from each value's path
(``("contests", 0, "candidates", 1, "name")``) to its line so a pydantic validation error can be
reported where the user has to fix it.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, TypeVar

import yaml
from pydantic import BaseModel, ValidationError

from jaganetral.errors import InvalidConfig

PathKey = tuple[str | int, ...]
M = TypeVar("M", bound=BaseModel)


def _walk(node: yaml.Node, path: PathKey, lines: dict[PathKey, int]) -> None:
    lines[path] = node.start_mark.line + 1
    if isinstance(node, yaml.MappingNode):
        for k, v in node.value:
            key = k.value if isinstance(k, yaml.ScalarNode) else str(k.value)
            lines[(*path, key)] = k.start_mark.line + 1
            _walk(v, (*path, key), lines)
    elif isinstance(node, yaml.SequenceNode):
        for i, item in enumerate(node.value):
            _walk(item, (*path, i), lines)


def read_yaml(path: Path) -> tuple[Any, dict[PathKey, int]]:
    """Parse a YAML file; return the data and a path→line map. Syntax errors become InvalidConfig."""
    name = str(path)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise InvalidConfig(f"cannot read file: {exc.strerror}", file=name) from exc
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise InvalidConfig("not UTF-8 text", file=name, line=line) from exc
    try:
        node = yaml.compose(text, Loader=yaml.SafeLoader)
        data = yaml.safe_load(text)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark
        at = mark.line + 1 if mark is not None else None
        raise InvalidConfig(f"YAML syntax error: {exc.problem}", file=name, line=at) from exc
    except yaml.YAMLError as exc:
        raise InvalidConfig(f"YAML error: {exc}", file=name) from exc
    lines: dict[PathKey, int] = {}
    if node is not None:
        _walk(node, (), lines)
    return data, lines


def line_of(lines: dict[PathKey, int], loc: PathKey) -> int | None:
    """The line of the deepest known prefix of ``loc`` (a missing key reports its parent's line)."""
    for n in range(len(loc), -1, -1):
        if loc[:n] in lines:
            return lines[loc[:n]]
    return None


def validate_yaml(path: Path, model: type[M]) -> tuple[M, dict[PathKey, int]]:
    """Read ``path`` and validate it as ``model``; the first error names file, line and field."""
    data, lines = read_yaml(path)
    if data is None:
        raise InvalidConfig("file is empty", file=str(path))
    try:
        return model.model_validate(data), lines
    except ValidationError as exc:
        err = exc.errors()[0]
        loc: PathKey = tuple(err["loc"])
        field = ".".join(str(p) for p in loc) or None
        raise InvalidConfig(err["msg"], file=str(path), line=line_of(lines, loc), field=field) from exc
