"""The package's modules, read as source: each name is bound once at module level.

A rule's pattern given a name another pattern in the same module already has is
silently replaced by whichever comes later, so the earlier rule stops firing with no
error; this test names such a clash.
"""

from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

import pytest

import provenance

MODULES = sorted(Path(provenance.__file__).parent.glob("*.py"))


def bound_at_top(source: str) -> Counter[str]:
    """How often each name is assigned or defined at a module's top level."""
    names: Counter[str] = Counter()
    for node in ast.parse(source).body:
        if isinstance(node, ast.Assign):
            names.update(t.id for t in node.targets if isinstance(t, ast.Name))
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names[node.target.id] += 1
        elif isinstance(node, (ast.FunctionDef, ast.ClassDef)):
            names[node.name] += 1
    return names


def test_a_clash_is_found() -> None:
    assert bound_at_top("A = 1\ndef f(): pass\nA = 2\n")["A"] == 2


@pytest.mark.parametrize("module", MODULES, ids=lambda path: path.stem)
def test_each_module_level_name_is_bound_once(module: Path) -> None:
    counts = bound_at_top(module.read_text(encoding="utf-8"))
    assert [name for name, count in counts.items() if count > 1] == []
