"""The Windows and macOS branches of packaging/build.py, checked on any machine.

Each platform's commands are planned by a pure function; these tests read the plans with the platform
faked: the command lines for PyInstaller, Inno Setup, signtool, hdiutil, codesign and notarytool, the
files each needs (and that an earlier step or the repository provides), and the files they must make.
"""
from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

from tests.packaging_helpers import ROOT, load_build

VERSION = "1.2.3"
build = load_build()
LAYOUT = build.Layout(Path("/src/talentdesk"))
REPO = build.Layout(ROOT)   # for the files the plans read from the repository itself


def argv_of(steps, tool):
    found = [s for s in steps if s.tool == tool or (s.argv[0] == "xcrun" and s.argv[1] == tool)]
    assert found, f"no {tool} step in {[s.shown() for s in steps]}"
    return found


# --- PyInstaller ----------------------------------------------------------------------------------------

@pytest.mark.parametrize("system, executable", [
    ("linux", "dist/talentdesk/talentdesk"),
    ("win32", "dist/talentdesk/talentdesk.exe"),
    ("darwin", "dist/TalentDesk.app/Contents/MacOS/talentdesk"),
])
def test_pyinstaller_runs_the_spec_reproducibly_and_must_make_the_program_and_its_licences(system, executable):
    current = build.pyinstaller_step(LAYOUT, system, "/py/python", "talentdesk", system_libs=False,
                                     env={"PYTHONHASHSEED": "0", "SOURCE_DATE_EPOCH": "1700000000"})
    assert current.argv[:4] == ("/py/python", "-m", "PyInstaller", "/src/talentdesk/packaging/talentdesk.spec")
    assert "--clean" in current.argv and "--noconfirm" in current.argv
    assert current.argv[current.argv.index("--distpath") + 1] == "/src/talentdesk/dist"
    assert LAYOUT.root / executable in current.makes
    assert current.env["PYTHONHASHSEED"] == "0" and current.env["SOURCE_DATE_EPOCH"] == "1700000000"
    assert current.env["TALENTDESK_SYSTEM_LIBS"] == "0"
    # The spec writes the licences it bundles and the shipped distributions' names (for the SBOM).
    assert LAYOUT.build / "licences" / "LICENCES.txt" in current.makes
    assert LAYOUT.build / "shipped-distributions.json" in current.makes
    icons = {"win32": "talentdesk.ico", "darwin": "talentdesk.icns"}.get(system)
    if icons:
        assert LAYOUT.icons / icons in current.needs
    if system == "darwin":
        assert LAYOUT.dist / "TalentDesk.app" / "Contents" / "Info.plist" in current.makes


def test_the_spec_names_what_the_plans_expect():
    """The spec's EXE/BUNDLE names are the ones bundle_executable looks for."""
    spec = (ROOT / "packaging" / "talentdesk.spec").read_text()
    assert re.search(r'name=f"\{DISPLAY_NAME\}\.app"', spec) and 'DISPLAY_NAME = "TalentDesk"' in spec
    assert "name=NAME," in spec and build.DISPLAY_NAME == "TalentDesk"


# --- Windows --------------------------------------------------------------------------------------------

def test_windows_runs_iscc_with_the_defines_the_iss_reads_and_makes_the_named_setup():
    steps, setup = build.windows_steps(REPO, VERSION, "talentdesk", r"C:\Inno\ISCC.exe", "signtool.exe", env={})
    assert [s.tool for s in steps] == ["ISCC.exe"], "no signing without a certificate"
    iscc = steps[0]
    defines = dict(arg[2:].split("=", 1) for arg in iscc.argv if arg.startswith("/D"))
    assert defines == {"AppVersion": VERSION, "SourceDir": str(REPO.dist / "talentdesk"),
                       "OutputDir": str(REPO.release), "IconFile": str(REPO.icons / "talentdesk.ico")}
    iss_path = REPO.packaging / "windows" / "talentdesk.iss"
    assert iscc.argv[-1] == str(iss_path) and iss_path in iscc.needs
    assert REPO.dist / "talentdesk" / "talentdesk.exe" in iscc.needs
    assert setup == REPO.release / f"TalentDesk-{VERSION}-windows-x64-setup.exe" and setup in iscc.makes
    # The .iss must use every define it is given, and name its output the way build.py expects.
    iss = iss_path.read_text(encoding="utf-8")
    for name in defines:
        assert "{#" + name + "}" in iss, f"talentdesk.iss ignores /D{name}"
    base = re.search(r"^OutputBaseFilename=(.+)$", iss, re.M).group(1).replace("{#AppVersion}", VERSION)
    assert f"{base}.exe" == setup.name


def test_windows_signs_and_verifies_the_setup_when_a_certificate_is_given_without_printing_the_password():
    env = {"WINDOWS_CERTIFICATE_FILE": r"C:\t\cert.pfx", "WINDOWS_CERTIFICATE_PASSWORD": "s3cret"}
    steps, setup = build.windows_steps(LAYOUT, VERSION, "talentdesk", "ISCC.exe", "signtool.exe", env=env)
    sign, verify = argv_of(steps, "signtool.exe")
    assert sign.argv[:2] == ("signtool.exe", "sign") and sign.argv[-1] == str(setup)
    assert sign.argv[sign.argv.index("/f") + 1] == r"C:\t\cert.pfx"
    assert sign.argv[sign.argv.index("/fd") + 1] == "sha256" and "/tr" in sign.argv
    assert Path(r"C:\t\cert.pfx") in sign.needs
    assert "s3cret" in sign.argv and "s3cret" not in sign.shown()
    assert verify.argv == ("signtool.exe", "verify", "/pa", str(setup))
    assert [s.tool for s in steps].index("ISCC.exe") == 0, "sign after the setup exists"


# --- macOS ----------------------------------------------------------------------------------------------

def test_macos_unsigned_makes_a_dmg_with_the_app_and_an_applications_link():
    steps, dmg = build.macos_steps(REPO, VERSION, "arm64", env={})
    assert dmg == REPO.release / f"TalentDesk-{VERSION}-macos-arm64.dmg"
    assert not [s for s in steps if s.tool in ("codesign", "xcrun")], "nothing signed without an identity"
    app, folder = REPO.dist / "TalentDesk.app", REPO.build / "dmg"
    (ditto,) = argv_of(steps, "ditto")
    assert ditto.argv == ("ditto", str(app), str(folder / "TalentDesk.app")) and app in ditto.needs
    (link,) = argv_of(steps, "ln")
    assert link.argv == ("ln", "-s", "/Applications", str(folder / "Applications"))
    (hdiutil,) = argv_of(steps, "hdiutil")
    assert hdiutil.argv[:2] == ("hdiutil", "create") and hdiutil.argv[-1] == str(dmg) and dmg in hdiutil.makes
    assert hdiutil.argv[hdiutil.argv.index("-srcfolder") + 1] == str(folder)
    assert hdiutil.argv[hdiutil.argv.index("-format") + 1] == "UDZO"
    order = [s.tool for s in steps]
    assert order.index("rm") < order.index("mkdir") < order.index("ditto") < order.index("hdiutil")


def test_macos_signs_the_app_with_the_hardened_runtime_then_the_dmg():
    steps, dmg = build.macos_steps(REPO, VERSION, "x86_64", env={"MACOS_CODESIGN_IDENTITY": "Developer ID Application: X"})
    sign_app, verify, sign_dmg = argv_of(steps, "codesign")
    app = REPO.dist / "TalentDesk.app"
    entitlements = REPO.packaging / "macos" / "entitlements.plist"
    assert sign_app.argv[-1] == str(app) and "--options" in sign_app.argv and "runtime" in sign_app.argv
    assert sign_app.argv[sign_app.argv.index("--entitlements") + 1] == str(entitlements)
    assert entitlements in sign_app.needs and entitlements.is_file()
    assert sign_app.argv[sign_app.argv.index("--sign") + 1] == "Developer ID Application: X"
    assert verify.argv == ("codesign", "--verify", "--deep", "--strict", str(app))
    assert sign_dmg.argv[-1] == str(dmg)
    order = list(steps)
    assert order.index(sign_app) < order.index(argv_of(steps, "ditto")[0]), "sign the .app before copying it"
    assert order.index(argv_of(steps, "hdiutil")[0]) < order.index(sign_dmg)
    assert not argv_of_maybe(steps, "notarytool"), "no notarisation without the Apple credentials"


def argv_of_maybe(steps, tool):
    return [s for s in steps if tool in s.argv[:2]]


def test_macos_notarises_and_staples_only_with_every_apple_credential():
    env = {"MACOS_CODESIGN_IDENTITY": "Developer ID Application: X", "APPLE_ID": "me@example.org",
           "APPLE_TEAM_ID": "TEAM123", "APPLE_APP_PASSWORD": "pw-secret"}
    steps, dmg = build.macos_steps(LAYOUT, VERSION, "arm64", env=env)
    (submit,) = argv_of(steps, "notarytool")
    assert submit.argv[:4] == ("xcrun", "notarytool", "submit", str(dmg)) and "--wait" in submit.argv
    assert submit.argv[submit.argv.index("--team-id") + 1] == "TEAM123"
    assert "pw-secret" not in submit.shown()
    (staple,) = argv_of(steps, "stapler")
    assert staple.argv == ("xcrun", "stapler", "staple", str(dmg))
    assert list(steps).index(submit) < list(steps).index(staple)
    for missing in ("APPLE_ID", "APPLE_TEAM_ID", "APPLE_APP_PASSWORD"):
        partial = {k: v for k, v in env.items() if k != missing}
        assert not argv_of_maybe(build.macos_steps(LAYOUT, VERSION, "arm64", env=partial)[0], "notarytool")


# --- The runner -----------------------------------------------------------------------------------------

def test_the_runner_refuses_a_step_whose_input_is_missing(tmp_path):
    planned = build.step(sys.executable, "-c", "pass", needs=[tmp_path / "bundle" / "talentdesk.exe"])
    with pytest.raises(build.BuildError, match="talentdesk.exe"):
        build.execute([planned])


def test_the_runner_fails_a_step_that_does_not_make_its_file(tmp_path):
    made, promised = tmp_path / "made.txt", tmp_path / "setup.exe"
    code = f"open({str(made)!r}, 'w').write('x')"
    build.execute([build.step(sys.executable, "-c", code, makes=[made])])
    assert made.read_text() == "x"
    with pytest.raises(build.BuildError, match="did not make .*setup.exe"):
        build.execute([build.step(sys.executable, "-c", "pass", makes=[promised])])


def test_release_files_are_named_per_platform():
    assert build.platform_tag("linux", "x86_64") == "linux-x86_64"
    assert build.platform_tag("win32", "AMD64") == "windows-x64"
    assert build.platform_tag("darwin", "arm64") == "macos-arm64"
