"""Two builds of the Linux bundle from the same sources give the same files and the same bytecode.

Slow (two full PyInstaller runs, several minutes each): run with `pytest -m slow tests/release`.
The cheap checks of the manifest itself are in tests/unit/test_release.py.
"""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys

import pytest

from tests.packaging_helpers import ROOT, load_release

pytestmark = pytest.mark.slow


def source_tree(target):
    """The project's files as a fresh clone would have them, plus uncommitted changes (no build output)."""
    listed = subprocess.run(["git", "ls-files", "-co", "--exclude-standard", "-z"], cwd=ROOT, capture_output=True,
                            check=True).stdout.decode().split("\0")
    for name in filter(None, listed):
        source = ROOT / name
        if source.is_file():
            (target / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target / name)
    return target


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the Linux bundle")
def test_two_builds_of_the_same_sources_have_the_same_files_and_bytecode(tmp_path):
    pytest.importorskip("PyInstaller")
    tree = source_tree(tmp_path / "src")
    manifests = []
    for attempt in (1, 2):
        out = tmp_path / f"manifest-{attempt}.json"
        result = subprocess.run([sys.executable, "packaging/build.py", "--bundle-only", "--manifest", str(out)],
                                cwd=tree, capture_output=True, text=True,
                                env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))
        assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
        manifests.append(json.loads(out.read_text()))
    first, second = manifests
    assert len(first["files"]) > 100 and len(first["bytecode"]) > 300   # a real bundle was compared
    assert "_internal/talentdesk/resources/LICENCES.txt" in first["files"]
    assert load_release().compare_manifests(first, second) == []
