"""The type check: mypy over store/, services/, interchange/ and reports/, as pyproject.toml configures it."""
from __future__ import annotations

import hashlib
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def cache_dir() -> Path:
    """mypy's incremental cache, outside the source tree (the suite runs on a read-only checkout too)."""
    key = hashlib.sha256(f"{ROOT}|{sys.version}".encode()).hexdigest()[:16]
    return Path(tempfile.gettempdir()) / f"talentdesk-mypy-{key}"


def test_mypy_finds_nothing():
    if subprocess.run([sys.executable, "-m", "mypy", "--version"], capture_output=True).returncode != 0:
        pytest.fail("mypy is not installed: pip install -e '.[test]'")
    # The packages and the mode come from [tool.mypy] in pyproject.toml, read from the project's root.
    result = subprocess.run([sys.executable, "-m", "mypy", "--cache-dir", str(cache_dir())],
                            cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
