"""Build the TalentDesk installer for the platform this runs on.

    python packaging/build.py                 # Linux: .deb   Windows: setup .exe   macOS: .dmg
    python packaging/build.py --bundle-only   # just the PyInstaller folder in dist/talentdesk

Steps: stage the project (a plain, non-editable install in build/stage), render the icons from
resources/icons/talentdesk.svg, run PyInstaller over packaging/talentdesk.spec, refuse the bundle when a
Qt library could not be found, then wrap the folder in the platform's installer. Prints the sizes.
Needs the `packaging` extra: pip install -e ".[packaging]".
"""
from __future__ import annotations

import argparse
import datetime
import os
import platform
import re
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"
BUILD = ROOT / "build"
STAGE = BUILD / "stage"
ICONS = BUILD / "icons"
DIST = ROOT / "dist"
APP_ID = "org.talentdesk.TalentDesk"
DISPLAY_NAME = "TalentDesk"
ICON_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)

# Debian packages needed at run time beyond the libraries the bundle links to: fontconfig's
# configuration and a font (Qt draws its text with fontconfig), the X keyboard data.
DEBIAN_EXTRA_DEPENDS = ["fontconfig-config", "fonts-dejavu-core | fonts-freefont-ttf | fonts-liberation2"]
DEBIAN_RECOMMENDS = ["xkb-data", "libx11-data", "libgl1-mesa-dri"]


class BuildError(Exception):
    pass


def project() -> dict:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]


def run(cmd: list, **kwargs) -> subprocess.CompletedProcess:
    kwargs.setdefault("check", True)
    return subprocess.run([str(part) for part in cmd], **kwargs)


def human(size: int) -> str:
    return f"{size / 1_000_000:.1f} MB"


def tree_size(folder: Path) -> int:
    return sum(p.lstat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


# --- Stage and icons ------------------------------------------------------------------------------------

def stage() -> None:
    """Install the project (no dependencies) into build/stage, as a user's pip would lay it out."""
    shutil.rmtree(STAGE, ignore_errors=True)
    run([sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--no-compile", "--target", STAGE, ROOT])
    if not (STAGE / "talentdesk" / "resources" / "icons" / "talentdesk.svg").is_file():
        raise BuildError("the staged install has no talentdesk/resources: check pyproject's package-data")


def render_icons() -> None:
    """PNG sizes for the hicolor theme, rendered by Qt's SVG renderer; .ico and .icns with Pillow."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication([])  # noqa: F841 - keeps Qt's font/paint setup alive
    svg = ROOT / "resources" / "icons" / "talentdesk.svg"
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise BuildError(f"cannot render {svg}")
    shutil.rmtree(ICONS, ignore_errors=True)
    pngs = {}
    for size in (*ICON_SIZES, 1024):
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        out = ICONS / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        if size not in ICON_SIZES:  # 1024 px is not a hicolor size: only the source of the .icns
            out = ICONS / "talentdesk-1024.png"
        out.parent.mkdir(parents=True, exist_ok=True)
        if not image.save(str(out)):
            raise BuildError(f"could not write {out}")
        pngs[size] = out
    scalable = ICONS / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg"
    scalable.parent.mkdir(parents=True)
    shutil.copy2(svg, scalable)
    if sys.platform in ("win32", "darwin"):
        try:
            from PIL import Image
        except ImportError as exc:
            raise BuildError('Pillow is needed for the .ico/.icns: pip install -e ".[packaging]"') from exc
        with Image.open(pngs[256]) as image:
            image.save(ICONS / "talentdesk.ico", sizes=[(s, s) for s in (16, 24, 32, 48, 64, 128, 256)])
        # Pillow writes every icns size from the largest image (1024 px covers 512@2x).
        with Image.open(pngs[1024]) as image:
            image.save(ICONS / "talentdesk.icns")


# --- PyInstaller ----------------------------------------------------------------------------------------

MISSING = re.compile(r"Library not found: could not resolve '([^']+)', dependency of '([^']+)'")


def pyinstaller(system_libs: bool) -> Path:
    env = dict(os.environ, TALENTDESK_SYSTEM_LIBS="1" if system_libs else "0")
    log = BUILD / "pyinstaller.log"
    log.parent.mkdir(parents=True, exist_ok=True)
    with log.open("w", encoding="utf-8") as out:
        result = run([sys.executable, "-m", "PyInstaller", PACKAGING / "talentdesk.spec", "--noconfirm", "--clean",
                      "--log-level", "WARN", "--workpath", BUILD / "pyinstaller", "--distpath", DIST],
                     cwd=ROOT, env=env, stdout=out, stderr=subprocess.STDOUT, check=False)
    text = log.read_text(encoding="utf-8", errors="replace")
    if result.returncode:
        print(text[-4000:], file=sys.stderr)
        raise BuildError(f"PyInstaller failed (log: {log})")
    bundle = DIST / project()["name"]
    check_missing_libraries(text, bundle)
    return bundle


def check_missing_libraries(log_text: str, bundle: Path) -> None:
    """Fail when PyInstaller could not find a library that a Qt library or plugin in the bundle needs.

    A bundle built without, say, libxcb-icccm4 starts offscreen but not on a real display. Warnings about
    plugins the spec trims away afterwards do not count: only binaries that ended up in the bundle.
    """
    shipped = {p.name for p in bundle.rglob("*") if p.is_file()}
    fatal, other = [], []
    for missing, referrer in MISSING.findall(log_text):
        name = Path(referrer.replace("\\", "/")).name
        if name not in shipped:
            continue
        qt = any(mark in referrer for mark in ("PySide6", "shiboken6", "Qt6", "Qt/")) or "Qt" in missing
        (fatal if qt else other).append(f"{missing} (needed by {name})")
    for line in sorted(set(other)):
        print(f"warning: library not found: {line}")
    if fatal:
        raise BuildError("Qt libraries not found; install them and build again:\n  " + "\n  ".join(sorted(set(fatal))))


# --- Linux: .deb ----------------------------------------------------------------------------------------

def elf_files(folder: Path) -> list[Path]:
    found = []
    for path in folder.rglob("*"):
        if path.is_file() and not path.is_symlink():
            with path.open("rb") as handle:
                if handle.read(4) == b"\x7fELF":
                    found.append(path)
    return found


def system_libraries() -> dict[str, str]:
    """soname -> path, from the dynamic linker's cache (this machine's architecture only)."""
    arch = {"x86_64": "x86-64", "aarch64": "AArch64"}.get(platform.machine(), platform.machine())
    libs = {}
    for line in run(["ldconfig", "-p"], capture_output=True, text=True).stdout.splitlines()[1:]:
        match = re.match(r"\s*(\S+) \(([^)]*)\) => (\S+)", line)
        if match and (arch in match.group(2) or "," not in match.group(2)):
            libs.setdefault(match.group(1), match.group(3))
    return libs


def needed_libraries(files: list[Path]) -> tuple[set[str], str]:
    """The sonames the files link to, and the newest glibc symbol version they use (one readelf run)."""
    output = run(["readelf", "-dVW", *files], capture_output=True, text=True, check=False).stdout
    needed = set(re.findall(r"\(NEEDED\)\s+Shared library: \[([^\]]+)\]", output))
    versions = {tuple(int(part) for part in found.split(".")) for found in re.findall(r"Name: GLIBC_([0-9.]+)", output)}
    return needed, ".".join(map(str, max(versions, default=(2, 17))))


def owning_packages(paths: list[str]) -> dict[str, str]:
    """path -> the package that installed it (one dpkg-query run; merged /usr spelt either way)."""
    spellings = {}
    for path in paths:
        for spelling in (path, str(Path(path).resolve()), "/usr" + path, path.removeprefix("/usr")):
            spellings.setdefault(spelling, path)
    result = run(["dpkg-query", "-S", *spellings], capture_output=True, text=True, check=False)
    owners = {}
    for line in result.stdout.splitlines():
        package, _, found = line.partition(": ")
        if found.strip() in spellings:
            owners.setdefault(spellings[found.strip()], package.split(",")[0].split(":")[0].strip())
    return owners


def shlibs_dependency(package: str, soname: str) -> str:
    """The dependency the package's shlibs file declares for the soname (else the bare name)."""
    match = re.match(r"(.+?)(?:-([0-9.]+))?\.so(?:\.([0-9.]+))?$", soname)
    info = Path("/var/lib/dpkg/info")
    arch = run(["dpkg", "--print-architecture"], capture_output=True, text=True).stdout.strip()
    for shlibs in (info / f"{package}.shlibs", info / f"{package}:{arch}.shlibs"):
        if match and shlibs.is_file():
            library, version = match.group(1), match.group(2) or match.group(3) or ""
            for line in shlibs.read_text().splitlines():
                fields = line.split(None, 2)
                if len(fields) == 3 and fields[0] == library and fields[1] == version:
                    return fields[2].strip()
    return package


def derive_depends(bundle: Path) -> tuple[list[str], list[str]]:
    """Depends for the .deb: the packages owning every library the bundle links to but does not carry.

    Returns (depends, problems): a library found neither in the bundle nor on this machine is a problem.
    """
    files = elf_files(bundle)
    shipped = {p.name for p in bundle.rglob("*")}
    needed, glibc = needed_libraries(files)
    system = system_libraries()
    missing = sorted(needed - shipped)
    owners = owning_packages([system[soname] for soname in missing if soname in system])
    depends, problems = {}, []
    for soname in missing:
        path = system.get(soname)
        package = owners.get(path) if path else None
        if path is None:
            problems.append(soname)
        elif package is None:
            problems.append(f"{soname} ({path} belongs to no package)")
        elif package == "libc6":
            depends["libc6"] = f"libc6 (>= {glibc})"
        else:
            depends.setdefault(package, shlibs_dependency(package, soname))
    return sorted(depends.values()) + DEBIAN_EXTRA_DEPENDS, problems


def validate_linux_metadata(share: Path) -> None:
    """desktop-file-validate and appstreamcli over what the package installs (skipped if not installed)."""
    checks = [("desktop-file-validate", share / "applications" / f"{APP_ID}.desktop"),
              ("appstreamcli", "validate", "--no-net", share / "metainfo" / f"{APP_ID}.metainfo.xml")]
    for tool, *args in checks:
        if shutil.which(tool) is None:
            print(f"warning: {tool} is not installed; not validated: {args[-1].name}")
            continue
        result = run([tool, *args], capture_output=True, text=True, check=False)
        if result.returncode or (tool == "desktop-file-validate" and result.stdout.strip()):
            raise BuildError(f"{args[-1].name} does not validate:\n{result.stdout}{result.stderr}")
        print(f"validated: {args[-1].name}")


def build_deb(bundle: Path) -> Path:
    info = project()
    name, version = info["name"], info["version"]
    arch = run(["dpkg", "--print-architecture"], capture_output=True, text=True).stdout.strip()
    depends, problems = derive_depends(bundle)
    if problems:
        raise BuildError("libraries the bundle needs are missing on this machine: " + ", ".join(problems))

    root = BUILD / "deb"
    shutil.rmtree(root, ignore_errors=True)
    shutil.copytree(bundle, root / "opt" / name, symlinks=True)
    (root / "usr" / "bin").mkdir(parents=True)
    (root / "usr" / "bin" / name).symlink_to(f"../../opt/{name}/{name}")
    linux = PACKAGING / "linux"
    share = root / "usr" / "share"
    for source, target in ((linux / f"{APP_ID}.desktop", share / "applications" / f"{APP_ID}.desktop"),
                           (linux / f"{APP_ID}.metainfo.xml", share / "metainfo" / f"{APP_ID}.metainfo.xml"),
                           (linux / "copyright", share / "doc" / name / "copyright")):
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(source, target)
    shutil.copytree(ICONS / "hicolor", share / "icons" / "hicolor")

    control = (linux / "control.in").read_text(encoding="utf-8").format(
        name=name, version=version, arch=arch, installed_size=(tree_size(root) + 1023) // 1024,
        depends=", ".join(depends), recommends=", ".join(DEBIAN_RECOMMENDS), description=info["description"])
    (root / "DEBIAN").mkdir()
    (root / "DEBIAN" / "control").write_text(control, encoding="utf-8")
    for path in root.rglob("*"):  # a predictable tree whatever the umask: dirs 755, files 644, programs 755
        if path.is_symlink():
            continue
        executable = path.is_dir() or os.access(path, os.X_OK)
        path.chmod(0o755 if executable else 0o644)

    validate_linux_metadata(share)
    out = DIST / f"{name}_{version}_{arch}.deb"
    out.unlink(missing_ok=True)
    run(["dpkg-deb", "--root-owner-group", "-Zxz", "--build", root, out], stdout=subprocess.DEVNULL)
    print("Depends:", ", ".join(depends))
    return out


# --- Windows: Inno Setup --------------------------------------------------------------------------------

def build_windows(bundle: Path) -> Path:
    info = project()
    iscc = shutil.which("iscc") or r"C:\Program Files (x86)\Inno Setup 6\ISCC.exe"
    if not Path(iscc).exists() and not shutil.which("iscc"):
        raise BuildError("Inno Setup 6 is needed (choco install innosetup)")
    run([iscc, "/Q", f"/DAppVersion={info['version']}", f"/DSourceDir={bundle}", f"/DOutputDir={DIST}",
         f"/DIconFile={ICONS / 'talentdesk.ico'}", PACKAGING / "windows" / "talentdesk.iss"])
    return DIST / f"{DISPLAY_NAME}-{info['version']}-windows-x64-setup.exe"


# --- macOS: .app and .dmg -------------------------------------------------------------------------------

def build_macos() -> Path:
    info = project()
    app = DIST / f"{DISPLAY_NAME}.app"
    identity = os.environ.get("MACOS_CODESIGN_IDENTITY", "")
    if identity:
        run(["codesign", "--force", "--deep", "--timestamp", "--options", "runtime",
             "--entitlements", PACKAGING / "macos" / "entitlements.plist", "--sign", identity, app])
        run(["codesign", "--verify", "--deep", "--strict", app])
    arch = platform.machine()  # arm64 or x86_64: one .dmg per architecture
    folder = BUILD / "dmg"
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    run(["ditto", app, folder / app.name])
    (folder / "Applications").symlink_to("/Applications")
    out = DIST / f"{DISPLAY_NAME}-{info['version']}-macos-{arch}.dmg"
    out.unlink(missing_ok=True)
    run(["hdiutil", "create", "-volname", DISPLAY_NAME, "-srcfolder", folder, "-fs", "HFS+",
         "-format", "UDZO", "-ov", out])
    if identity:
        run(["codesign", "--timestamp", "--sign", identity, out])
    notary = [os.environ.get(key, "") for key in ("APPLE_ID", "APPLE_TEAM_ID", "APPLE_APP_PASSWORD")]
    if identity and all(notary):
        run(["xcrun", "notarytool", "submit", out, "--apple-id", notary[0], "--team-id", notary[1],
             "--password", notary[2], "--wait"])
        run(["xcrun", "stapler", "staple", out])
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Build the TalentDesk installer for this platform.")
    parser.add_argument("--bundle-only", action="store_true", help="stop after the PyInstaller folder")
    args = parser.parse_args(argv)
    started = datetime.datetime.now()
    try:
        info = project()
        print(f"Building {DISPLAY_NAME} {info['version']} for {sys.platform} ({platform.machine()})")
        stage()
        render_icons()
        linux_deb = sys.platform.startswith("linux") and not args.bundle_only
        bundle = pyinstaller(system_libs=linux_deb)
        print(f"bundle:    {bundle.relative_to(ROOT)}  {human(tree_size(bundle))} installed")
        if args.bundle_only:
            return 0
        if sys.platform.startswith("linux"):
            installer = build_deb(bundle)
        elif sys.platform == "win32":
            installer = build_windows(bundle)
        elif sys.platform == "darwin":
            installer = build_macos()
        else:
            raise BuildError(f"no installer for {sys.platform}")
        print(f"installer: {installer.relative_to(ROOT)}  {human(installer.stat().st_size)}")
    except BuildError as exc:
        print(f"build.py: {exc}", file=sys.stderr)
        return 1
    except subprocess.CalledProcessError as exc:
        print(f"build.py: {' '.join(map(str, exc.cmd))} failed with exit code {exc.returncode}", file=sys.stderr)
        return 1
    print(f"done in {(datetime.datetime.now() - started).seconds} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
