"""What a release says about itself: which Python distributions it ships, their licences, an SBOM,
checksums, and a manifest of the bundle to compare two builds with.

Used by packaging/build.py; no Qt, no PyInstaller import (the manifest reads PyInstaller's archives
only when it is asked for bytecode).
"""
from __future__ import annotations

import hashlib
import importlib.metadata as metadata
import json
import os
import re
import subprocess
import sys
import sysconfig
from pathlib import Path

LICENCES_FILE = "LICENCES.txt"   # in talentdesk.resources: Help → About → Licences reads it
SHIPPED_FILE = "shipped-distributions.json"   # build/: the names the spec found, for the SBOM
RULE = "=" * 78


def canonical(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


# --- The distributions a bundle ships ---------------------------------------------------------------------

def shipped_distributions(sources: list[str], exclude: set[str] = frozenset()) -> list[metadata.Distribution]:
    """The installed distributions that own any of the files PyInstaller put in the bundle.

    `sources` are the source paths of the frozen modules, binaries and data files; a file that no
    distribution lists (the standard library, a system library) counts for none. Sorted by name.
    """
    owner: dict[str, metadata.Distribution] = {}
    for dist in metadata.distributions():
        name = canonical(dist.metadata["Name"] or "")
        if not name or name in {canonical(e) for e in exclude}:
            continue
        for file in dist.files or []:
            owner.setdefault(os.path.normpath(file.locate()), dist)
    found = {}
    for source in sources:
        dist = owner.get(os.path.normpath(source)) or owner.get(os.path.realpath(source))
        if dist is not None:
            found[canonical(dist.metadata["Name"])] = dist
    return [found[key] for key in sorted(found)]


# --- Licences -----------------------------------------------------------------------------------------

def licence_files(dist: metadata.Distribution) -> list[tuple[str, str]]:
    """(name, text) of every licence file a distribution's metadata carries (PEP 639 or older layouts)."""
    named = {f"licenses/{name}" for name in dist.metadata.get_all("License-File") or []}
    named |= set(dist.metadata.get_all("License-File") or [])
    texts = []
    for file in sorted(dist.files or [], key=str):
        inside = str(file).split(".dist-info/", 1)[-1] if ".dist-info/" in str(file) else None
        if inside is None:
            continue
        if inside in named or re.match(r"(licenses/|LICEN[CS]E|COPYING|NOTICE)", inside, re.IGNORECASE):
            path = Path(file.locate())
            if path.is_file():
                texts.append((inside.removeprefix("licenses/"), path.read_text(encoding="utf-8", errors="replace")))
    return texts


def licence_expression(dist: metadata.Distribution) -> str:
    meta = dist.metadata
    expression = meta.get("License-Expression") or meta.get("License") or ""
    if not expression or len(expression) > 60:  # some put a sentence or the whole text in License:
        classifiers = [c.split(" :: ")[-1] for c in meta.get_all("Classifier") or [] if c.startswith("License ::")]
        expression = ", ".join(classifiers) or expression[:200]
    return expression or "see the licence text below"


def python_licence() -> str:
    """The licence of the Python interpreter the bundle carries (libpython and the standard library)."""
    for candidate in (Path(sysconfig.get_path("stdlib")) / "LICENSE.txt", Path(sys.base_prefix) / "LICENSE.txt",
                      Path(sys.base_prefix) / "LICENSE"):
        if candidate.is_file():
            return candidate.read_text(encoding="utf-8", errors="replace")
    raise FileNotFoundError("the Python interpreter's LICENSE.txt was not found beside its standard library")


QT_NOTICE = """\
TalentDesk uses Qt and Qt for Python (PySide6, shiboken6) under the GNU Lesser
General Public License version 3 (LGPL-3.0-only). Their libraries are shipped
unmodified as separate shared libraries in the program folder (_internal/PySide6
and _internal/shiboken6), so you may replace them with a compatible build of
your own. The source code of Qt is at https://download.qt.io and that of Qt for
Python at https://code.qt.io/cgit/pyside/pyside-setup.git. The texts of the
LGPL-3.0 and of the GPL-3.0 it builds on follow."""


def standalone_licence(copyright_file: Path, name: str) -> str:
    """The text of a `License: NAME` paragraph of a Debian copyright file (the program's own licence is
    written there once)."""
    match = re.search(rf"^License: {re.escape(name)}\n((?: .*\n?)+)", copyright_file.read_text(encoding="utf-8"), re.M)
    if match is None:
        raise ValueError(f"{copyright_file} has no standalone License: {name} paragraph")
    return "\n".join("" if line.strip() == "." else line[1:] for line in match.group(1).rstrip("\n").splitlines())


def collect_licences(dists: list[metadata.Distribution], fonts: Path, lgpl: Path, gpl: Path, app: str,
                     app_licence: str) -> str:
    """One text with the licence of every component of the bundle: the program, Qt, the fonts, Python
    and every Python distribution it ships (from that distribution's own metadata; PyInstaller's
    bootloader comes in as the pyinstaller distribution)."""
    sections = [(app, "MIT", [("LICENSE", app_licence)])]
    sections.append(("Qt and Qt for Python", "LGPL-3.0-only",
                     [("NOTICE", QT_NOTICE), ("LGPL-3.0", lgpl.read_text(encoding="utf-8")),
                      ("GPL-3.0", gpl.read_text(encoding="utf-8"))]))
    font_texts = [(p.name, p.read_text(encoding="utf-8", errors="replace"))
                  for p in sorted(fonts.iterdir()) if p.suffix == ".txt"]
    sections.append(("Fonts (resources/fonts)", "OFL-1.1, Apache-2.0", font_texts))
    sections.append((f"Python {sys.version.split()[0]}", "PSF-2.0", [("LICENSE", python_licence())]))
    for dist in dists:
        sections.append((f"{dist.metadata['Name']} {dist.version}", licence_expression(dist), licence_files(dist)))
    out = [f"Licences of the components of {app}", ""]
    out += [f"  {title}: {expression}" for title, expression, _ in sections]
    for title, expression, texts in sections:
        out += ["", RULE, f"{title}  ({expression})", RULE]
        for name, text in texts:
            out += ["", f"--- {name} ---", "", text.rstrip()]
        if not texts:
            out += ["", "(no licence file in its metadata; the licence is the one named above)"]
    return "\n".join(out) + "\n"


# --- SBOM ---------------------------------------------------------------------------------------------

def sbom_command(python: str | Path, pyproject: Path, out: Path) -> list[str]:
    """cyclonedx-py over the interpreter's installed environment, with the project as the root component."""
    return [str(python), "-m", "cyclonedx_py", "environment", "--pyproject", str(pyproject), "--mc-type",
            "application", "--output-reproducible", "--of", "JSON", "-o", str(out), str(python)]


def restrict_sbom(sbom: dict, shipped: list[str]) -> dict:
    """Keep only the components the bundle ships (the build environment also holds PyInstaller, pytest, …).

    Raises ValueError when a shipped distribution is missing from the SBOM: then the SBOM would lie.
    """
    keep = {canonical(name) for name in shipped}
    components = [c for c in sbom.get("components", []) if canonical(c.get("name", "")) in keep]
    missing = keep - {canonical(c["name"]) for c in components}
    if missing:
        raise ValueError("not in the environment's SBOM: " + ", ".join(sorted(missing)))
    refs = {c["bom-ref"] for c in components} | {sbom["metadata"]["component"]["bom-ref"]}
    dependencies = [dict(d, dependsOn=[r for r in d.get("dependsOn", []) if r in refs])
                    for d in sbom.get("dependencies", []) if d["ref"] in refs]
    return dict(sbom, components=components, dependencies=dependencies)


def write_sbom(python: str | Path, pyproject: Path, shipped: list[str], out: Path, env: dict) -> Path:
    raw = out.with_suffix(".environment.json")
    subprocess.run(sbom_command(python, pyproject, raw), check=True, env=env)
    sbom = restrict_sbom(json.loads(raw.read_text(encoding="utf-8")), shipped)
    raw.unlink()
    out.write_text(json.dumps(sbom, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    return out


# --- Checksums and manifests --------------------------------------------------------------------------

def sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def write_checksums(files: list[Path], out: Path) -> Path:
    """SHA256SUMS in the format `sha256sum --check` reads (files named relative to out's folder)."""
    lines = [f"{sha256(f)}  {f.relative_to(out.parent).as_posix()}" for f in sorted(files)]
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return out


def bytecode_of(archive_path: Path) -> dict[str, str]:
    """module name -> sha256 of its code object, for every module in a PyInstaller PYZ inside the file."""
    from PyInstaller.archive.readers import CArchiveReader

    found = {}
    reader = CArchiveReader(str(archive_path))
    for name, entry in reader.toc.items():
        typecode = entry[-1]
        if typecode == "z":  # the PYZ: one zlib archive of all pure modules
            pyz = reader.open_embedded_archive(name)
            for module in sorted(pyz.toc):
                code = pyz.extract(module, raw=True)
                found[module] = hashlib.sha256(code or b"").hexdigest()
        elif typecode in ("s", "m", "M"):  # scripts and the bootstrap modules carried beside the PYZ
            found[f"{name} ({typecode})"] = hashlib.sha256(reader.extract(name)).hexdigest()
    return found


def manifest(bundle: Path, executable: Path | None = None) -> dict:
    """The bundle's file list with a sha256 per file (symlinks by target), and the bytecode per module."""
    files = {}
    for path in sorted(bundle.rglob("*")):
        relative = path.relative_to(bundle).as_posix()
        if path.is_symlink():
            files[relative] = "-> " + str(path.readlink())
        elif path.is_file():
            files[relative] = sha256(path)
    result = {"files": files, "bytecode": {}}
    if executable is not None and executable.is_file():
        result["bytecode"] = bytecode_of(executable)
    return result


def compare_manifests(first: dict, second: dict) -> list[str]:
    """What differs between two builds' manifests, one line per difference (empty: the same)."""
    differences = []
    for kind, label in (("files", "file"), ("bytecode", "module")):
        a, b = first.get(kind, {}), second.get(kind, {})
        for name in sorted(a.keys() - b.keys()):
            differences.append(f"{label} only in the first build: {name}")
        for name in sorted(b.keys() - a.keys()):
            differences.append(f"{label} only in the second build: {name}")
        for name in sorted(a.keys() & b.keys()):
            if a[name] != b[name]:
                differences.append(f"{label} differs: {name}")
    return differences
