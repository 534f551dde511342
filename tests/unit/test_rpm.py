"""The .rpm for Fedora and openSUSE: built by build.py's own functions from a small stand-in bundle and
read back with `rpm -qip` / `rpm -qlp`, as a user's rpm would see it. (.ci/run checks the real one.)"""
from __future__ import annotations

import platform
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.packaging_helpers import ROOT, load_build

APP_ID = "org.talentdesk.TalentDesk"
SHIPPED = "/lib/x86_64-linux-gnu/libselinux.so.1"
pytestmark = [
    pytest.mark.skipif(not all(Path(p).is_file() for p in (SHIPPED, "/bin/ls", "/bin/bzip2")),
                       reason="a Debian x86-64 system"),
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux packages"),
    pytest.mark.skipif(shutil.which("rpmbuild") is None, reason="rpm not installed (apt-get install rpm)"),
]


@pytest.fixture
def built(tmp_path):
    build = load_build()
    (tmp_path / "packaging").symlink_to(ROOT / "packaging")
    shutil.copy2(ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    layout = build.Layout(tmp_path)
    for size, name in (("scalable", f"{APP_ID}.svg"), ("48x48", f"{APP_ID}.png")):
        icon = layout.icons / "hicolor" / size / "apps" / name
        icon.parent.mkdir(parents=True)
        shutil.copy2(ROOT / "resources" / "icons" / "talentdesk.svg", icon)
    bundle = tmp_path / "dist" / "talentdesk"
    (bundle / "_internal").mkdir(parents=True)
    # Real ELF files: a program linking libselinux and libc, and libselinux itself carried in the bundle
    # (as the bundle carries Qt), which links libpcre2-8 that the bundle does not carry.
    shutil.copy2("/bin/ls", bundle / "talentdesk")
    shutil.copy2("/bin/bzip2", bundle / "_internal" / "bzip2")   # links libbz2.so.1.0, a Debian-only soname
    shutil.copy2(SHIPPED, bundle / "_internal" / "libselinux.so.1")
    layout.release.mkdir(parents=True)
    return build, layout, build.build_rpm(layout, bundle)


def rpm(*args):
    return subprocess.run(["rpm", *args], capture_output=True, text=True, check=True).stdout


def test_the_rpm_says_what_it_is(built):
    build, layout, out = built
    version = build.project(layout)["version"]
    assert out.name == f"talentdesk-{version}-1.{platform.machine()}.rpm"
    info = rpm("-qip", str(out))
    assert "Name        : talentdesk" in info and f"Version     : {version}" in info
    assert "TalentDesk keeps the relationships" in info and "License     : MIT AND LGPL-3.0-only" in info


def test_the_rpm_installs_the_program_its_desktop_entry_metainfo_and_icons(built):
    _, _, out = built
    files = rpm("-qlp", str(out)).splitlines()
    for wanted in ("/opt/talentdesk/talentdesk", "/usr/bin/talentdesk", f"/usr/share/applications/{APP_ID}.desktop",
                   f"/usr/share/metainfo/{APP_ID}.metainfo.xml", f"/usr/share/icons/hicolor/scalable/apps/{APP_ID}.svg",
                   f"/usr/share/icons/hicolor/48x48/apps/{APP_ID}.png", "/usr/share/doc/talentdesk/copyright"):
        assert wanted in files
    assert not [f for f in files if f.startswith("/usr/lib/.build-id")], "no build-id links outside /opt"
    assert "/usr/share/doc/talentdesk/copyright" in rpm("-qLp", str(out)).splitlines()  # marked as the licence
    link = rpm("-qp", "--queryformat", "[%{FILENAMES} -> %{FILELINKTOS}\n]", str(out))
    assert "/usr/bin/talentdesk -> ../../opt/talentdesk/talentdesk" in link


def test_the_rpm_requires_the_libraries_the_bundle_links_to_and_provides_none_of_its_own(built):
    _, _, out = built
    requires = rpm("-qp", "--requires", str(out)).splitlines()
    bits = "(64bit)" if platform.architecture()[0] == "64bit" else ""
    assert f"libpcre2-8.so.0(){bits}" in requires   # needed by a shipped library, not shipped itself
    assert any(r.startswith("libc.so.6(GLIBC_2.") for r in requires)
    assert not [r for r in requires if "libselinux" in r], "a library the bundle carries is required"
    assert not [r for r in requires if "libbz2" in r], "Fedora and openSUSE have no libbz2.so.1.0: carry it"
    assert "/opt/talentdesk/_internal/libbz2.so.1.0" in rpm("-qlp", str(out)).splitlines()
    provides = rpm("-qp", "--provides", str(out)).splitlines()
    assert [p for p in provides if ".so" in p] == [], "the bundle's private libraries are offered to the system"
