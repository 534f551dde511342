"""Numbered schema steps: ``mNNNN_name.py`` modules, each with ``VERSION`` and ``apply(db)``.

Each step and its version bump run in one transaction, after a backup copy of
the file taken with SQLite's backup API. A database written by a newer program
is refused, never touched.
"""
from __future__ import annotations

import importlib
import pkgutil
from dataclasses import dataclass
from types import ModuleType


class SchemaError(Exception):
    """The database cannot be used by this program (newer schema, unknown layout)."""


@dataclass(frozen=True)
class Step:
    version: int
    name: str
    module: ModuleType


def steps() -> list[Step]:
    found = []
    for info in pkgutil.iter_modules(__path__):
        if not info.name.startswith("m"):
            continue
        module = importlib.import_module(f"{__name__}.{info.name}")
        found.append(Step(module.VERSION, info.name, module))
    found.sort(key=lambda s: s.version)
    versions = [s.version for s in found]
    if versions != list(range(1, len(found) + 1)):
        raise RuntimeError(f"migration steps are not numbered 1..n: {versions}")
    return found


def latest_version() -> int:
    return steps()[-1].version
