"""Build the TalentDesk installers for the platform this runs on, with what a release says about itself.

    python packaging/build.py                 # Linux: .deb and .rpm   Windows: setup .exe   macOS: .dmg
    python packaging/build.py --bundle-only   # just the PyInstaller folder in dist/talentdesk
    python packaging/build.py --bundle-only --manifest m.json   # and its manifest (reproducibility check)

Steps: stage the project (a plain, non-editable install in build/stage), render the icons from
resources/icons/talentdesk.svg, run PyInstaller over packaging/talentdesk.spec (with a fixed hash seed
and SOURCE_DATE_EPOCH, so two builds of one commit agree; the spec also collects the licences of what
it bundles into one file inside the bundle), refuse the bundle when a Qt library could not be found,
wrap the folder in the platform's installers, then write a CycloneDX SBOM of the shipped Python
distributions and SHA256SUMS. What is released lands in dist/release. Prints the sizes.

Each platform's external commands are planned by a pure function (pyinstaller_step, windows_steps,
macos_steps, deb_step, rpm_step) returning Steps: the command line, the files it needs and the files it
must make. `execute` runs them, so the Windows and macOS plans are unit-tested on any machine.
Needs the `packaging` extra: pip install -e ".[packaging]".
"""
from __future__ import annotations

import argparse
import datetime
import json
import os
import platform
import re
import shutil
import subprocess
import sys
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import release  # noqa: E402 - packaging/release.py, beside this file

ROOT = Path(__file__).resolve().parent.parent
APP_ID = "org.talentdesk.TalentDesk"
DISPLAY_NAME = "TalentDesk"
ICON_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)
TIMESTAMP_URL = "http://timestamp.digicert.com"   # RFC 3161 timestamps for Windows signatures

# Debian packages needed at run time beyond the libraries the bundle links to: fontconfig's
# configuration and a font (Qt draws its text with fontconfig), the X keyboard data.
DEBIAN_EXTRA_DEPENDS = ["fontconfig-config", "fonts-dejavu-core | fonts-freefont-ttf | fonts-liberation2"]
DEBIAN_RECOMMENDS = ["xkb-data", "libx11-data", "libgl1-mesa-dri"]
# The same for Fedora and openSUSE: their font packages provide font(<family>) capabilities.
RPM_RECOMMENDS = ["font(dejavusans)", "xkeyboard-config", "mesa-dri-drivers"]
# Libraries the bundle links to by a soname only Debian and Ubuntu use (Fedora and openSUSE name
# bzip2's library libbz2.so.1): the .rpm carries them in the bundle instead of requiring them.
RPM_CARRIED = ["libbz2.so.1.0"]


class BuildError(Exception):
    pass


@dataclass(frozen=True)
class Layout:
    """Where a build reads and writes; tests point it at a temporary folder."""

    root: Path

    @property
    def packaging(self) -> Path:
        return self.root / "packaging"

    @property
    def build(self) -> Path:
        return self.root / "build"

    @property
    def stage(self) -> Path:
        return self.build / "stage"

    @property
    def icons(self) -> Path:
        return self.build / "icons"

    @property
    def dist(self) -> Path:
        return self.root / "dist"

    @property
    def release(self) -> Path:
        """What a release attaches: installers, SBOM, SHA256SUMS (and nothing else)."""
        return self.dist / "release"


LAYOUT = Layout(ROOT)


@dataclass(frozen=True)
class Step:
    """One external command: what it runs, the files it needs and the files it must leave behind."""

    argv: tuple[str, ...]
    needs: tuple[Path, ...] = ()
    makes: tuple[Path, ...] = ()
    env: dict = field(default_factory=dict)   # added to the environment
    secrets: tuple[str, ...] = ()             # values never printed
    log: Path | None = None                   # output to this file instead of the terminal

    @property
    def tool(self) -> str:
        if len(self.argv) > 2 and self.argv[1] == "-m":
            return self.argv[2]
        return re.split(r"[\\/]", self.argv[0])[-1]   # a Windows path reads the same on any machine

    def shown(self) -> str:
        text = " ".join(self.argv)
        for secret in self.secrets:
            if secret:
                text = text.replace(secret, "***")
        return text


def step(*argv, needs=(), makes=(), env=None, secrets=(), log=None) -> Step:
    return Step(tuple(str(part) for part in argv), tuple(map(Path, needs)), tuple(map(Path, makes)),
                dict(env or {}), tuple(secrets), log)


def execute(steps: list[Step]) -> None:
    """Run the steps in order; a needed file missing before, or a promised file missing after, fails."""
    for current in steps:
        missing = [str(p) for p in current.needs if not p.exists()]
        if missing:
            raise BuildError(f"{current.tool} needs {', '.join(missing)}, which is missing")
        print("+", current.shown())
        env = dict(os.environ, **current.env) if current.env else None
        if current.log is None:
            run(current.argv, env=env)
        else:
            current.log.parent.mkdir(parents=True, exist_ok=True)
            with current.log.open("w", encoding="utf-8") as out:
                result = run(current.argv, env=env, stdout=out, stderr=subprocess.STDOUT, check=False)
            if result.returncode:
                print(current.log.read_text(encoding="utf-8", errors="replace")[-4000:], file=sys.stderr)
                raise BuildError(f"{current.tool} failed (log: {current.log})")
        missing = [str(p) for p in current.makes if not p.exists()]
        if missing:
            raise BuildError(f"{current.tool} did not make {', '.join(missing)}")


def project(layout: Layout = LAYOUT) -> dict:
    return tomllib.loads((layout.root / "pyproject.toml").read_text(encoding="utf-8"))["project"]


def run(cmd, **kwargs) -> subprocess.CompletedProcess:
    kwargs.setdefault("check", True)
    return subprocess.run([str(part) for part in cmd], **kwargs)


def human(size: int) -> str:
    return f"{size / 1_000_000:.1f} MB"


def tree_size(folder: Path) -> int:
    return sum(p.lstat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def source_date_epoch(layout: Layout = LAYOUT) -> str:
    """SOURCE_DATE_EPOCH: given, else the time of the commit being built, else pyproject's mtime."""
    if os.environ.get("SOURCE_DATE_EPOCH"):
        return os.environ["SOURCE_DATE_EPOCH"]
    result = subprocess.run(["git", "-C", str(layout.root), "log", "-1", "--format=%ct"],
                            capture_output=True, text=True, check=False)
    if result.returncode == 0 and result.stdout.strip().isdigit():
        return result.stdout.strip()
    return str(int((layout.root / "pyproject.toml").stat().st_mtime))


def reproducible_env(layout: Layout = LAYOUT) -> dict:
    """A fixed hash seed (set and dict order in PyInstaller's tables and in marshalled code depend on it)
    and one timestamp for every date a tool would otherwise take from the clock."""
    return {"PYTHONHASHSEED": "0", "SOURCE_DATE_EPOCH": source_date_epoch(layout)}


def platform_tag(system: str, machine: str) -> str:
    """linux-x86_64, windows-x64, macos-arm64: the part of a file name that says where it runs."""
    if system == "win32":
        return "windows-x64"
    if system == "darwin":
        return f"macos-{machine}"
    return f"linux-{machine}"


# --- Stage and icons ------------------------------------------------------------------------------------

def stage(layout: Layout = LAYOUT) -> None:
    """Install the project (no dependencies) into build/stage, as a user's pip would lay it out."""
    shutil.rmtree(layout.stage, ignore_errors=True)
    run([sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--no-compile", "--target", layout.stage,
         layout.root], env=dict(os.environ, **reproducible_env(layout)))
    if not (layout.stage / "talentdesk" / "resources" / "icons" / "talentdesk.svg").is_file():
        raise BuildError("the staged install has no talentdesk/resources: check pyproject's package-data")


def render_icons(layout: Layout = LAYOUT) -> None:
    """PNG sizes for the hicolor theme, rendered by Qt's SVG renderer; .ico and .icns with Pillow."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication([])  # noqa: F841 - keeps Qt's font/paint setup alive
    svg = layout.root / "resources" / "icons" / "talentdesk.svg"
    icons = layout.icons
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise BuildError(f"cannot render {svg}")
    shutil.rmtree(icons, ignore_errors=True)
    pngs = {}
    for size in (*ICON_SIZES, 1024):
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        out = icons / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        if size not in ICON_SIZES:  # 1024 px is not a hicolor size: only the source of the .icns
            out = icons / "talentdesk-1024.png"
        out.parent.mkdir(parents=True, exist_ok=True)
        if not image.save(str(out)):
            raise BuildError(f"could not write {out}")
        pngs[size] = out
    scalable = icons / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg"
    scalable.parent.mkdir(parents=True)
    shutil.copy2(svg, scalable)
    if sys.platform in ("win32", "darwin"):
        try:
            from PIL import Image
        except ImportError as exc:
            raise BuildError('Pillow is needed for the .ico/.icns: pip install -e ".[packaging]"') from exc
        with Image.open(pngs[256]) as image:
            image.save(icons / "talentdesk.ico", sizes=[(s, s) for s in (16, 24, 32, 48, 64, 128, 256)])
        # Pillow writes every icns size from the largest image (1024 px covers 512@2x).
        with Image.open(pngs[1024]) as image:
            image.save(icons / "talentdesk.icns")


# --- PyInstaller ----------------------------------------------------------------------------------------

MISSING = re.compile(r"Library not found: could not resolve '([^']+)', dependency of '([^']+)'")


def bundle_folder(layout: Layout, name: str) -> Path:
    return layout.dist / name


def bundle_executable(layout: Layout, system: str, name: str) -> Path:
    """The program PyInstaller makes: what each installer wraps."""
    if system == "win32":
        return bundle_folder(layout, name) / f"{name}.exe"
    if system == "darwin":
        return layout.dist / f"{DISPLAY_NAME}.app" / "Contents" / "MacOS" / name
    return bundle_folder(layout, name) / name


def pyinstaller_step(layout: Layout, system: str, python: str, name: str, system_libs: bool, env: dict) -> Step:
    needs = [layout.packaging / "talentdesk.spec", layout.stage / "talentdesk" / "__init__.py",
             layout.icons / "hicolor", layout.packaging / "licences" / "LGPL-3.0.txt"]
    needs += {"win32": [layout.icons / "talentdesk.ico"], "darwin": [layout.icons / "talentdesk.icns"]}.get(system, [])
    # The spec writes the licences file it puts in the bundle and the shipped distributions' names.
    makes = [bundle_executable(layout, system, name), layout.build / "licences" / release.LICENCES_FILE,
             layout.build / release.SHIPPED_FILE]
    if system == "darwin":
        makes.append(layout.dist / f"{DISPLAY_NAME}.app" / "Contents" / "Info.plist")
    return step(python, "-m", "PyInstaller", layout.packaging / "talentdesk.spec", "--noconfirm", "--clean",
                "--log-level", "WARN", "--workpath", layout.build / "pyinstaller", "--distpath", layout.dist,
                needs=needs, makes=makes, log=layout.build / "pyinstaller.log",
                env=dict(env, TALENTDESK_SYSTEM_LIBS="1" if system_libs else "0"))


def pyinstaller(layout: Layout, system_libs: bool) -> Path:
    name = project(layout)["name"]
    current = pyinstaller_step(layout, sys.platform, sys.executable, name, system_libs, reproducible_env(layout))
    execute([current])
    bundle = bundle_folder(layout, name)
    check_missing_libraries(current.log.read_text(encoding="utf-8", errors="replace"), bundle)
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


def install_tree(layout: Layout, bundle: Path, root: Path, name: str) -> Path:
    """The files a Linux package installs, laid out under root: the same tree for the .deb and the .rpm."""
    shutil.rmtree(root, ignore_errors=True)
    shutil.copytree(bundle, root / "opt" / name, symlinks=True)
    (root / "usr" / "bin").mkdir(parents=True)
    (root / "usr" / "bin" / name).symlink_to(f"../../opt/{name}/{name}")
    linux = layout.packaging / "linux"
    share = root / "usr" / "share"
    for source, target in ((linux / f"{APP_ID}.desktop", share / "applications" / f"{APP_ID}.desktop"),
                           (linux / f"{APP_ID}.metainfo.xml", share / "metainfo" / f"{APP_ID}.metainfo.xml"),
                           (linux / "copyright", share / "doc" / name / "copyright")):
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(source, target)
    shutil.copytree(layout.icons / "hicolor", share / "icons" / "hicolor")
    for path in sorted(root.rglob("*")):  # a predictable tree whatever the umask: dirs 755, files 644, programs 755
        if path.is_symlink():
            continue
        executable = path.is_dir() or os.access(path, os.X_OK)
        path.chmod(0o755 if executable else 0o644)
    validate_linux_metadata(share)
    return root


def deb_step(root: Path, out: Path) -> Step:
    return step("dpkg-deb", "--root-owner-group", "-Zxz", "--build", root, out,
                needs=[root / "DEBIAN" / "control"], makes=[out])


def build_deb(layout: Layout, bundle: Path) -> Path:
    info = project(layout)
    name, version = info["name"], info["version"]
    arch = run(["dpkg", "--print-architecture"], capture_output=True, text=True).stdout.strip()
    depends, problems = derive_depends(bundle)
    if problems:
        raise BuildError("libraries the bundle needs are missing on this machine: " + ", ".join(problems))
    root = install_tree(layout, bundle, layout.build / "deb", name)
    control = (layout.packaging / "linux" / "control.in").read_text(encoding="utf-8").format(
        name=name, version=version, arch=arch, installed_size=(tree_size(root) + 1023) // 1024,
        depends=", ".join(depends), recommends=", ".join(DEBIAN_RECOMMENDS), description=info["description"])
    (root / "DEBIAN").mkdir()
    (root / "DEBIAN").chmod(0o755)   # whatever the umask: dpkg-deb refuses a control folder others cannot read
    (root / "DEBIAN" / "control").write_text(control, encoding="utf-8")
    (root / "DEBIAN" / "control").chmod(0o644)
    out = layout.release / f"{name}_{version}_{arch}.deb"
    out.unlink(missing_ok=True)
    execute([deb_step(root, out)])
    print("Depends:", ", ".join(depends))
    return out


# --- Linux: .rpm (Fedora, openSUSE) from the same bundle ------------------------------------------------

def rpm_requires(bundle: Path) -> list[str]:
    """Requires for the .rpm: every library the bundle links to but does not carry, by soname.

    The names of the libraries' packages differ between Fedora and openSUSE; the sonames (what rpm's own
    dependency generator writes) are the same on both, so the package manager finds the package.
    """
    needed, glibc = needed_libraries(elf_files(bundle))
    shipped = {p.name for p in bundle.rglob("*")}
    bits = "(64bit)" if platform.architecture()[0] == "64bit" else ""
    requires = [f"{soname}(){bits}" for soname in sorted(needed - shipped) if soname != "libc.so.6"]
    return [f"libc.so.6(GLIBC_{glibc}){bits}", *requires]


def long_description(layout: Layout) -> str:
    """The package's long description, written once in control.in (Debian's folded form, unfolded)."""
    control = (layout.packaging / "linux" / "control.in").read_text(encoding="utf-8")
    folded = control.split("\nDescription:", 1)[1].splitlines()[1:]
    return "\n".join("" if line.strip() == "." else line.strip() for line in folded if line.startswith(" ")).strip()


def rpm_spec(info: dict, tree: Path, requires: list[str], recommends: list[str], description: str) -> str:
    name = info["name"]
    lines = [f"{tag}: {value}" for tag, value in (
        ("Name", name), ("Version", info["version"]), ("Release", "1"), ("Summary", info["description"]),
        ("License", "MIT AND LGPL-3.0-only AND OFL-1.1 AND Apache-2.0 AND PSF-2.0 AND BSD-3-Clause AND BSD-2-Clause"),
        ("URL", "https://talentdesk.org"),
        # The bundle's own libraries are private: nothing outside may be offered them, and Requires
        # are the sonames build.py derived (rpm's generator would also list the bundled ones).
        ("AutoReqProv", "no"))]
    lines += [f"Requires: {item}" for item in requires] + [f"Recommends: {item}" for item in recommends]
    lines += [
        "", "%global debug_package %{nil}",
        "%global __os_install_post %{nil}",      # already stripped; no bytecompile or rpath checks of the bundle
        "%global _build_id_links none",
        "%define use_source_date_epoch_as_buildtime 1",
        "%define clamp_mtime_to_source_date_epoch 1",
        "%define _buildhost localhost",
        "%define _binary_payload w6.xzdio",     # xz like the .deb (rpm's default here is gzip: +40 %)
        "", "%description",
        description,
        "", "%install", "mkdir -p %{buildroot}", f"cp -a {tree}/. %{{buildroot}}/",
        "", "%files", f"/opt/{name}", f"/usr/bin/{name}",
        f"/usr/share/applications/{APP_ID}.desktop", f"/usr/share/metainfo/{APP_ID}.metainfo.xml",
        f"/usr/share/icons/hicolor/*/apps/{APP_ID}.*", f"%dir /usr/share/doc/{name}",
        f"%license /usr/share/doc/{name}/copyright", ""]
    return "\n".join(lines)


def rpm_step(layout: Layout, spec: Path, out: Path, arch: str, env: dict) -> Step:
    top = layout.build / "rpmbuild"
    return step("rpmbuild", "-bb", "--quiet", "--target", arch,
                "--define", f"_topdir {top}", "--define", f"_rpmdir {out.parent}",
                "--define", "_build_name_fmt %{NAME}-%{VERSION}-%{RELEASE}.%{ARCH}.rpm", spec,
                needs=[spec], makes=[out], env=env)


def build_rpm(layout: Layout, bundle: Path) -> Path:
    info = project(layout)
    name, version = info["name"], info["version"]
    if shutil.which("rpmbuild") is None:
        raise BuildError("rpmbuild is needed for the .rpm (Debian/Ubuntu: apt-get install rpm)")
    tree = install_tree(layout, bundle, layout.build / "rpm-root", name)
    program = tree / "opt" / name
    needed, _ = needed_libraries(elf_files(program))
    system = system_libraries()
    for soname in sorted(needed & set(RPM_CARRIED)):
        if soname not in system:
            raise BuildError(f"{soname} is needed but not on this machine")
        shutil.copy2(system[soname], program / "_internal" / soname)
        (program / "_internal" / soname).chmod(0o644)
    arch = platform.machine()
    spec = layout.build / f"{name}.spec"
    spec.write_text(rpm_spec(info, tree, rpm_requires(program), RPM_RECOMMENDS, long_description(layout)),
                    encoding="utf-8")
    out = layout.release / f"{name}-{version}-1.{arch}.rpm"
    out.unlink(missing_ok=True)
    execute([rpm_step(layout, spec, out, arch, reproducible_env(layout))])
    return out


# --- Windows: Inno Setup (and signtool) -----------------------------------------------------------------

def windows_steps(layout: Layout, version: str, name: str, iscc: str, signtool: str, env: dict) -> tuple[list[Step], Path]:
    """ISCC over packaging/windows/talentdesk.iss; signtool sign and verify when a certificate file is given
    (WINDOWS_CERTIFICATE_FILE, a .pfx, with WINDOWS_CERTIFICATE_PASSWORD)."""
    setup = layout.release / f"{DISPLAY_NAME}-{version}-windows-x64-setup.exe"
    bundle, icon, iss = bundle_folder(layout, name), layout.icons / "talentdesk.ico", layout.packaging / "windows" / "talentdesk.iss"
    steps = [step(iscc, "/Q", f"/DAppVersion={version}", f"/DSourceDir={bundle}", f"/DOutputDir={layout.release}",
                  f"/DIconFile={icon}", iss, needs=[iss, bundle / f"{name}.exe", icon], makes=[setup])]
    certificate, password = env.get("WINDOWS_CERTIFICATE_FILE", ""), env.get("WINDOWS_CERTIFICATE_PASSWORD", "")
    if certificate:
        steps.append(step(signtool, "sign", "/f", certificate, "/p", password, "/fd", "sha256", "/tr", TIMESTAMP_URL,
                          "/td", "sha256", setup, needs=[certificate, setup], secrets=[password]))
        steps.append(step(signtool, "verify", "/pa", setup, needs=[setup]))
    return steps, setup


def find_signtool() -> str:
    kits = sorted(Path(r"C:\Program Files (x86)\Windows Kits\10\bin").glob(r"*\x64\signtool.exe"))
    return str(kits[-1]) if kits else "signtool"


def build_windows(layout: Layout) -> Path:
    info = project(layout)
    iscc = shutil.which("iscc") or r"C:\Program Files (x86)\Inno Setup 6\ISCC.exe"
    if not Path(iscc).exists():
        raise BuildError("Inno Setup 6 is needed (choco install innosetup)")
    steps, setup = windows_steps(layout, info["version"], info["name"], iscc, find_signtool(), dict(os.environ))
    execute(steps)
    return setup


# --- macOS: .app and .dmg -------------------------------------------------------------------------------

def macos_steps(layout: Layout, version: str, arch: str, env: dict) -> tuple[list[Step], Path]:
    """Sign the .app (when MACOS_CODESIGN_IDENTITY is set), make the .dmg with an Applications link, sign
    it, and notarise and staple it when APPLE_ID, APPLE_TEAM_ID and APPLE_APP_PASSWORD are set too."""
    app = layout.dist / f"{DISPLAY_NAME}.app"
    entitlements = layout.packaging / "macos" / "entitlements.plist"
    folder = layout.build / "dmg"
    dmg = layout.release / f"{DISPLAY_NAME}-{version}-macos-{arch}.dmg"
    identity = env.get("MACOS_CODESIGN_IDENTITY", "")
    apple_id, team, password = (env.get(key, "") for key in ("APPLE_ID", "APPLE_TEAM_ID", "APPLE_APP_PASSWORD"))
    steps = []
    if identity:
        steps += [step("codesign", "--force", "--deep", "--timestamp", "--options", "runtime", "--entitlements",
                       entitlements, "--sign", identity, app, needs=[app, entitlements]),
                  step("codesign", "--verify", "--deep", "--strict", app, needs=[app])]
    steps += [step("rm", "-rf", folder), step("mkdir", "-p", folder),
              step("ditto", app, folder / app.name, needs=[app], makes=[folder / app.name / "Contents" / "Info.plist"]),
              step("ln", "-s", "/Applications", folder / "Applications", needs=[folder]),
              step("hdiutil", "create", "-volname", DISPLAY_NAME, "-srcfolder", folder, "-fs", "HFS+",
                   "-format", "UDZO", "-ov", dmg, needs=[folder / app.name], makes=[dmg])]
    if identity:
        steps.append(step("codesign", "--timestamp", "--sign", identity, dmg, needs=[dmg]))
    if identity and apple_id and team and password:
        steps += [step("xcrun", "notarytool", "submit", dmg, "--apple-id", apple_id, "--team-id", team,
                       "--password", password, "--wait", needs=[dmg], secrets=[password]),
                  step("xcrun", "stapler", "staple", dmg, needs=[dmg])]
    return steps, dmg


def build_macos(layout: Layout) -> Path:
    steps, dmg = macos_steps(layout, project(layout)["version"], platform.machine(), dict(os.environ))
    execute(steps)
    return dmg


# --- What is released beside the installers -------------------------------------------------------------

def write_sbom(layout: Layout, system: str) -> Path:
    info = project(layout)
    shipped = json.loads((layout.build / release.SHIPPED_FILE).read_text(encoding="utf-8"))
    out = layout.release / f"{info['name']}-{info['version']}-{platform_tag(system, platform.machine())}.cdx.json"
    try:
        return release.write_sbom(sys.executable, layout.root / "pyproject.toml", shipped, out,
                                  dict(os.environ, **reproducible_env(layout)))
    except ValueError as exc:
        raise BuildError(f"the SBOM is incomplete: {exc}") from exc


def write_checksums(layout: Layout) -> Path:
    files = [p for p in layout.release.iterdir() if p.is_file() and p.name != "SHA256SUMS"]
    return release.write_checksums(files, layout.release / "SHA256SUMS")


def installers(layout: Layout, bundle: Path) -> list[Path]:
    if sys.platform.startswith("linux"):
        return [build_deb(layout, bundle), build_rpm(layout, bundle)]
    if sys.platform == "win32":
        return [build_windows(layout)]
    if sys.platform == "darwin":
        return [build_macos(layout)]
    raise BuildError(f"no installer for {sys.platform}")


def main(argv: list[str] | None = None, layout: Layout = LAYOUT) -> int:
    parser = argparse.ArgumentParser(description="Build the TalentDesk installers for this platform.")
    parser.add_argument("--bundle-only", action="store_true", help="stop after the PyInstaller folder")
    parser.add_argument("--manifest", type=Path, help="write the bundle's manifest (files and bytecode) here")
    args = parser.parse_args(argv)
    started = datetime.datetime.now()
    try:
        info = project(layout)
        print(f"Building {DISPLAY_NAME} {info['version']} for {sys.platform} ({platform.machine()})")
        stage(layout)
        render_icons(layout)
        bundle = pyinstaller(layout, system_libs=sys.platform.startswith("linux") and not args.bundle_only)
        print(f"bundle:    {bundle.relative_to(layout.root)}  {human(tree_size(bundle))} installed")
        if args.manifest:
            executable = bundle_executable(layout, sys.platform, info["name"])
            args.manifest.write_text(json.dumps(release.manifest(bundle, executable), indent=1, sort_keys=True),
                                     encoding="utf-8")
            print(f"manifest:  {args.manifest}")
        if args.bundle_only:
            return 0
        shutil.rmtree(layout.release, ignore_errors=True)
        layout.release.mkdir(parents=True)
        for installer in installers(layout, bundle):
            print(f"installer: {installer.relative_to(layout.root)}  {human(installer.stat().st_size)}")
        print(f"SBOM:      {write_sbom(layout, sys.platform).relative_to(layout.root)}")
        print(f"checksums: {write_checksums(layout).relative_to(layout.root)}")
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
