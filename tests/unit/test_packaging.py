"""The installer sources agree with the project: id, version, validity; the build refuses missing Qt libraries."""
from __future__ import annotations

import shutil
import subprocess
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from tests.packaging_helpers import ROOT, load_build

LINUX = ROOT / "packaging" / "linux"
APP_ID = "org.talentdesk.TalentDesk"


def test_metainfo_names_the_desktop_entry_and_lists_this_version():
    version = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["version"]
    root = ET.parse(LINUX / f"{APP_ID}.metainfo.xml").getroot()
    assert root.findtext("id") == APP_ID
    assert root.findtext("launchable") == f"{APP_ID}.desktop"
    assert version in [r.get("version") for r in root.iter("release")], "add a <release> for the new version"
    desktop = (LINUX / f"{APP_ID}.desktop").read_text()
    assert f"Icon={APP_ID}\n" in desktop and "Exec=talentdesk\n" in desktop


def test_the_program_says_the_version_the_project_releases():
    import talentdesk

    # Written in the package (reading the installed metadata cost a start a tenth of a second): kept equal here.
    assert talentdesk.__version__ == tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["version"]


@pytest.mark.skipif(shutil.which("desktop-file-validate") is None, reason="desktop-file-utils not installed")
def test_desktop_entry_validates():
    result = subprocess.run(["desktop-file-validate", str(LINUX / f"{APP_ID}.desktop")], capture_output=True, text=True)
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout


@pytest.mark.skipif(shutil.which("appstreamcli") is None, reason="appstream not installed")
def test_metainfo_validates():
    result = subprocess.run(["appstreamcli", "validate", "--no-net", str(LINUX / f"{APP_ID}.metainfo.xml")],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_build_fails_when_a_shipped_qt_plugin_misses_a_library(tmp_path):
    build = load_build()
    (tmp_path / "_internal").mkdir()
    (tmp_path / "_internal" / "libqxcb.so").write_bytes(b"")
    log = ("123 WARNING: Library not found: could not resolve 'libxcb-icccm.so.4', dependency of "
           "'/site-packages/PySide6/Qt/plugins/platforms/libqxcb.so'.\n")
    with pytest.raises(build.BuildError, match="libxcb-icccm.so.4"):
        build.check_missing_libraries(log, tmp_path)


def test_build_ignores_missing_libraries_of_trimmed_plugins(tmp_path):
    build = load_build()
    log = ("123 WARNING: Library not found: could not resolve 'libgtk-3.so.0', dependency of "
           "'/site-packages/PySide6/Qt/plugins/platformthemes/libqgtk3.so'.\n")
    build.check_missing_libraries(log, tmp_path)  # libqgtk3.so is not in the bundle: no error


def test_every_package_folder_is_listed_in_pyproject():


    root = Path(__file__).resolve().parents[2]
    config = tomllib.loads((root / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]
    listed = set(config["packages"])
    found = {".".join(p.parent.relative_to(root).parts) for p in (root / "talentdesk").rglob("__init__.py")}
    found.add("talentdesk.resources")
    assert found == listed
