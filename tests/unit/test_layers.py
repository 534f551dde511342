"""The layering of DESIGN.md: the domain never depends on Qt, and imports point down."""
from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "talentdesk"
NO_QT = ("store", "services", "interchange")
# A layer may import the layers listed after it, never the ones before it.
ORDER = ("views", "app", "reports", "interchange", "services", "store")


def imported_modules(path: Path, source: str | None = None) -> set[str]:
    """The modules a file imports; ``source`` stands in for the file's text (the file need not exist)."""
    tree = ast.parse(path.read_text(encoding="utf-8") if source is None else source)
    names: set[str] = set()
    package_parts = path.relative_to(PACKAGE.parent).with_suffix("").parts[:-1]
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package_parts[: len(package_parts) - node.level + 1]
                names.add(".".join(base + ((node.module,) if node.module else ())))
            elif node.module:
                names.add(node.module)
    return names


def python_files(layer: str) -> list[Path]:
    return sorted((PACKAGE / layer).rglob("*.py"))


def test_domain_layers_import_no_qt():
    offenders = [
        f"{path.relative_to(PACKAGE)} imports {name}"
        for layer in NO_QT
        for path in python_files(layer)
        for name in imported_modules(path)
        if name.split(".")[0] in ("PySide6", "shiboken6", "PyQt5", "PyQt6")
    ]
    assert python_files("store") and python_files("services")
    assert offenders == []


def test_imports_point_down_only():
    offenders = []
    for index, layer in enumerate(ORDER):
        higher = ORDER[:index]
        for path in python_files(layer):
            for name in imported_modules(path):
                parts = name.split(".")
                if parts[0] == "talentdesk" and len(parts) > 1 and parts[1] in higher:
                    offenders.append(f"{path.relative_to(PACKAGE)} imports {name}")
    assert offenders == []


def test_the_checker_sees_a_violation():
    # A module that would sit in services/, checked from its text: nothing is written into the source
    # tree, so the suite runs on a read-only checkout.
    sample = PACKAGE / "services" / "_probe_for_test.py"
    names = imported_modules(sample, "from PySide6 import QtCore\nfrom ..views import base\n")
    assert "PySide6" in names and "talentdesk.views" in names


def test_views_take_only_enumerations_from_the_tables():
    """Views never query: from store.models they may import the enumerations, not the models."""
    offenders = []
    for layer in ("views", "app"):
        for path in python_files(layer):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if isinstance(node, ast.ImportFrom) and (node.module or "").endswith("store.models"):
                    offenders += [f"{path.relative_to(PACKAGE)} imports {a.name}" for a in node.names
                                  if not a.name.isupper()]
    assert offenders == []


# interchange/ reads and writes through services; only the backup copies the database file as a whole.
WHOLE_FILE = {"backup.py"}
CURSOR_CALLS = {"execute_sql", "cursor", "executemany", "atomic"}


def table_access(path: Path) -> list[str]:
    """Where a module queries tables itself: a model or the database handle imported, or a cursor used."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom):
            module = node.module or ""
            if module.endswith("store.models"):
                found += [f"imports {a.name} from store.models" for a in node.names if not a.name.isupper()]
            elif module.endswith("store.db") or (module.endswith("store") and any(a.name == "db" for a in node.names)):
                found.append("imports the database handle")
        elif isinstance(node, ast.Import):
            found += [f"imports {a.name}" for a in node.names if a.name.startswith("talentdesk.store")]
        elif isinstance(node, ast.Attribute) and node.attr in CURSOR_CALLS:
            found.append(f"calls .{node.attr}")
    return found


def test_interchange_never_queries_tables():
    """Formats in, formats out: every row comes from, and goes to, a service."""
    offenders = [f"{path.relative_to(PACKAGE)} {what}" for path in python_files("interchange")
                 if path.name not in WHOLE_FILE for what in table_access(path)]
    assert offenders == []


def test_the_table_checker_sees_each_kind_of_query(tmp_path):
    sample = tmp_path / "probe.py"
    sample.write_text("from ..store.models import PAYMENT_KINDS, Talent\nfrom ..store.db import database\n"
                      "database.obj.execute_sql('SELECT 1')\n", encoding="utf-8")
    assert table_access(sample) == ["imports Talent from store.models", "imports the database handle",
                                    "calls .execute_sql"]
