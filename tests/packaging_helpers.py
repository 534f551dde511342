"""packaging/build.py and packaging/release.py loaded for tests (packaging/ is not a Python package:
its name would shadow the `packaging` library)."""
from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGING = ROOT / "packaging"


def _load(name: str, filename: str):
    if name in sys.modules:
        return sys.modules[name]
    if str(PACKAGING) not in sys.path:
        sys.path.insert(0, str(PACKAGING))  # build.py imports release.py beside it
    spec = importlib.util.spec_from_file_location(name, PACKAGING / filename)
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # dataclasses look their module up while the class is made
    spec.loader.exec_module(module)
    return module


def load_build():
    return _load("talentdesk_packaging_build", "build.py")


def load_release():
    load_build()
    return sys.modules["release"]
