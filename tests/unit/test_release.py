"""What a release says about itself (packaging/release.py): shipped distributions, licences, SBOM,
checksums and the manifest that compares two builds."""
from __future__ import annotations

import importlib.metadata as metadata
import json
import shutil
import subprocess
import sys

import pytest

from tests.packaging_helpers import ROOT, load_release

release = load_release()
FONTS = ROOT / "resources" / "fonts"
LGPL = ROOT / "packaging" / "licences" / "LGPL-3.0.txt"
GPL = ROOT / "packaging" / "licences" / "GPL-3.0.txt"
MIT = release.standalone_licence(ROOT / "packaging" / "linux" / "copyright", "MIT")


def test_shipped_distributions_are_the_owners_of_the_bundled_files():
    import json as stdlib_module

    import peewee
    import platformdirs

    sources = [peewee.__file__, platformdirs.__file__, stdlib_module.__file__, "/nowhere/libfoo.so.1"]
    names = [d.metadata["Name"].lower() for d in release.shipped_distributions(sources)]
    assert names == ["peewee", "platformdirs"]   # the standard library and unknown files count for none
    assert release.shipped_distributions([peewee.__file__], exclude={"peewee"}) == []


def test_licences_hold_qt_fonts_python_and_each_package_from_its_own_metadata():
    dists = [metadata.distribution("peewee"), metadata.distribution("platformdirs")]
    text = release.collect_licences(dists, FONTS, LGPL, GPL, "TalentDesk", MIT)
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in text and "GNU GENERAL PUBLIC LICENSE" in text
    assert "LGPL-3.0-only" in text and "replace" in text   # the notice says the Qt libraries can be replaced
    assert (FONTS / "OFL-NotoSans.txt").read_text(encoding="utf-8").strip()[:200] in text
    assert (FONTS / "LICENSE-DroidSansFallback.txt").read_text(encoding="utf-8").strip()[:200] in text
    assert "PYTHON SOFTWARE FOUNDATION LICENSE" in text
    assert "TalentDesk  (MIT)" in text and "Permission is hereby granted, free of charge" in text
    for dist in dists:
        assert f"{dist.metadata['Name']} {dist.version}" in text
        own = release.licence_files(dist)
        assert own, f"{dist.metadata['Name']} has licence files in its metadata"
        for _, licence in own:
            assert licence.strip() in text


def test_a_shipped_package_with_no_licence_file_is_still_listed_with_its_licence():
    dist = metadata.distribution("shiboken6")   # its wheel names the licence but carries no file
    text = release.collect_licences([dist], FONTS, LGPL, GPL, "TalentDesk", MIT)
    assert f"shiboken6 {dist.version}  (LGPL-3.0-only" in text
    assert "no licence file in its metadata" in text


def fake_sbom():
    def component(name):
        return {"bom-ref": f"{name}==1", "name": name, "version": "1", "type": "library"}

    return {"bomFormat": "CycloneDX", "metadata": {"component": {"bom-ref": "root", "name": "talentdesk"}},
            "components": [component(n) for n in ("PySide6_Essentials", "shiboken6", "pytest", "pluggy")],
            "dependencies": [{"ref": "root", "dependsOn": ["PySide6_Essentials==1"]},
                             {"ref": "PySide6_Essentials==1", "dependsOn": ["shiboken6==1"]},
                             {"ref": "pytest==1", "dependsOn": ["pluggy==1"]},
                             {"ref": "shiboken6==1", "dependsOn": []}]}


def test_the_sbom_keeps_what_is_shipped_and_drops_the_build_tools():
    sbom = release.restrict_sbom(fake_sbom(), ["pyside6-essentials", "Shiboken6"])
    assert [c["name"] for c in sbom["components"]] == ["PySide6_Essentials", "shiboken6"]
    assert {d["ref"] for d in sbom["dependencies"]} == {"root", "PySide6_Essentials==1", "shiboken6==1"}


def test_the_sbom_refuses_to_leave_out_a_shipped_package():
    with pytest.raises(ValueError, match="peewee"):
        release.restrict_sbom(fake_sbom(), ["shiboken6", "peewee"])


@pytest.mark.slow   # about a minute: cyclonedx-py reads every installed distribution (.ci/run builds one too)
def test_the_sbom_is_generated_from_the_installed_environment(tmp_path):
    pytest.importorskip("cyclonedx_py")
    out = tmp_path / "talentdesk.cdx.json"
    release.write_sbom(sys.executable, ROOT / "pyproject.toml", ["peewee", "platformdirs"], out,
                       env={"PATH": "/usr/bin:/bin", "SOURCE_DATE_EPOCH": "1700000000"})
    sbom = json.loads(out.read_text())
    assert sbom["bomFormat"] == "CycloneDX" and sbom["metadata"]["component"]["name"] == "talentdesk"
    versions = {c["name"].lower(): c["version"] for c in sbom["components"]}
    assert versions == {"peewee": metadata.version("peewee"), "platformdirs": metadata.version("platformdirs")}
    assert all(c["purl"].startswith("pkg:pypi/") for c in sbom["components"])


def test_checksums_are_what_sha256sum_checks(tmp_path):
    (tmp_path / "a.deb").write_bytes(b"deb")
    (tmp_path / "b.rpm").write_bytes(b"rpm")
    sums = release.write_checksums([tmp_path / "b.rpm", tmp_path / "a.deb"], tmp_path / "SHA256SUMS")
    lines = sums.read_text().splitlines()
    assert [line.split("  ")[1] for line in lines] == ["a.deb", "b.rpm"]
    if shutil.which("sha256sum"):
        assert subprocess.run(["sha256sum", "--check", "--strict", "SHA256SUMS"], cwd=tmp_path,
                              capture_output=True).returncode == 0
        (tmp_path / "b.rpm").write_bytes(b"changed")
        assert subprocess.run(["sha256sum", "--check", "SHA256SUMS"], cwd=tmp_path, capture_output=True).returncode


def bundle(folder, files):
    for name, content in files.items():
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(content)
    return folder


def test_manifests_of_the_same_bundle_agree_and_any_difference_is_named(tmp_path):
    files = {"talentdesk": b"\x7fELF1", "_internal/libQt6Core.so.6": b"qt", "_internal/base_library.zip": b"zip"}
    first = release.manifest(bundle(tmp_path / "one", files))
    assert release.compare_manifests(first, release.manifest(bundle(tmp_path / "two", files))) == []
    changed = dict(files, **{"_internal/base_library.zip": b"other"})
    changed["_internal/extra.so"] = b"x"
    del changed["_internal/libQt6Core.so.6"]
    differences = release.compare_manifests(first, release.manifest(bundle(tmp_path / "three", changed)))
    assert differences == ["file only in the first build: _internal/libQt6Core.so.6",
                           "file only in the second build: _internal/extra.so",
                           "file differs: _internal/base_library.zip"]


def test_manifests_compare_bytecode_module_by_module():
    first = {"files": {}, "bytecode": {"talentdesk.cli": "aa", "peewee": "bb"}}
    second = {"files": {}, "bytecode": {"talentdesk.cli": "aa", "peewee": "cc", "extra": "dd"}}
    assert release.compare_manifests(first, second) == ["module only in the second build: extra",
                                                        "module differs: peewee"]
