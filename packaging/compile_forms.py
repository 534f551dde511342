"""Compile the Designer forms in ui/ into talentdesk/forms/ (run after editing a .ui file), and the
translation sources resources/i18n/*.ts into the .qm catalogues Qt loads (after editing a .ts file).

    python packaging/compile_forms.py          # write the generated modules and catalogues
    python packaging/compile_forms.py --check  # exit 1 when one of them is stale

The output is committed so the program never compiles forms or catalogues at run time.
"""
from __future__ import annotations

import argparse
import copy
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
UI_DIR = ROOT / "ui"
FORMS_DIR = ROOT / "talentdesk" / "forms"
I18N_DIR = ROOT / "resources" / "i18n"
HEADER = "# Generated from ui/{name} by packaging/compile_forms.py. Do not edit; edit the .ui file.\n"


def pyside_tool(tool: str) -> list[str]:
    """A tool (uic, lrelease) of the PySide6 that this interpreter imports, never one found elsewhere on PATH.

    A ``pyside6-uic`` of another installation may be a different Qt version (its output differs), and
    ``python -m PySide6.scripts.pyside_tool uic`` is broken in PySide6 6.11.3, so take the entry script
    beside the interpreter (a venv's bin/ or Scripts\\), else the binary shipped inside the package.
    """
    beside = Path(sys.executable).parent
    for name in (f"pyside6-{tool}", f"pyside6-{tool}.exe"):
        if (beside / name).is_file():
            return [str(beside / name)]
    import PySide6

    package = Path(PySide6.__file__).parent
    for candidate in (package / tool, package / f"{tool}.exe", package / "Qt" / "libexec" / tool):
        if candidate.is_file():
            return [str(candidate)]
    raise SystemExit(f"no {tool} found beside {sys.executable} or in {package}; reinstall PySide6-Essentials")


def uic_command() -> list[str]:
    return pyside_tool("uic")


def lrelease_command() -> list[str]:
    return pyside_tool("lrelease")


# app/translation.py (ANY_CONTEXT there: tests/gui/test_language.py fails when the two differ) asks a message
# that misses its context again in this one (PySide passes the run-time class as the context, not the class
# where the call is written).
ANY_CONTEXT = "@any"


def with_any_context(source: Path, target: Path) -> Path:
    """A copy of a language's .ts with every translated message also in ANY_CONTEXT (first one wins when
    two contexts translate the same text differently; their own contexts keep theirs)."""
    tree = ET.parse(source)
    root = tree.getroot()
    anywhere = ET.SubElement(root, "context")
    ET.SubElement(anywhere, "name").text = ANY_CONTEXT
    seen = set()
    for context in list(root.findall("context"))[:-1]:
        for message in context.findall("message"):
            translation = message.find("translation")
            key = (message.findtext("source"), message.findtext("comment"), message.get("numerus"))
            if translation is None or translation.get("type") == "unfinished" or key in seen:
                continue
            seen.add(key)
            anywhere.append(copy.deepcopy(message))
    tree.write(target, encoding="utf-8", xml_declaration=True)
    return target


def compile_translations(out_dir: Path) -> list[Path]:
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    with tempfile.TemporaryDirectory() as tmp:
        for source in sorted(I18N_DIR.glob("*.ts")):
            target = out_dir / f"{source.stem}.qm"
            if source.stem != "talentdesk_en":  # the English catalogue is one context already
                source = with_any_context(source, Path(tmp) / source.name)
            subprocess.run([*lrelease_command(), "-silent", str(source), "-qm", str(target)],
                           check=True, capture_output=True, text=True)
            written.append(target)
    return written


def stale_translations() -> list[str]:
    with tempfile.TemporaryDirectory() as tmp:
        return [path.name for path in compile_translations(Path(tmp))
                if not (I18N_DIR / path.name).is_file() or (I18N_DIR / path.name).read_bytes() != path.read_bytes()]


def compile_one(ui_file: Path, out_dir: Path) -> Path:
    target = out_dir / f"ui_{ui_file.stem}.py"
    raw = subprocess.run(
        [*uic_command(), "-g", "python", str(ui_file)],
        check=True, capture_output=True, text=True,
    ).stdout
    # uic's own banner names the Qt version; drop it so the output depends only on the form.
    body = "\n".join(line for line in raw.splitlines() if not line.startswith("##")).lstrip("\n")
    target.write_text(HEADER.format(name=ui_file.name) + body + "\n", encoding="utf-8")
    return target


def compile_all(out_dir: Path) -> list[Path]:
    out_dir.mkdir(parents=True, exist_ok=True)
    init = out_dir / "__init__.py"
    if not init.exists():
        init.write_text('"""Modules generated from ui/*.ui by packaging/compile_forms.py."""\n', encoding="utf-8")
    return [compile_one(ui, out_dir) for ui in sorted(UI_DIR.glob("*.ui"))]


def stale_forms() -> list[str]:
    with tempfile.TemporaryDirectory() as tmp:
        fresh = compile_all(Path(tmp))
        stale = []
        for path in fresh:
            committed = FORMS_DIR / path.name
            if not committed.exists() or committed.read_text(encoding="utf-8") != path.read_text(encoding="utf-8"):
                stale.append(path.name)
        return stale


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--check", action="store_true", help="only report stale generated forms")
    args = parser.parse_args()
    if args.check:
        stale = [f"talentdesk/forms/{name}" for name in stale_forms()]
        stale += [f"resources/i18n/{name}" for name in stale_translations()]
        for name in stale:
            print(f"stale: {name} (run python packaging/compile_forms.py)")
        return 1 if stale else 0
    for path in compile_all(FORMS_DIR) + compile_translations(I18N_DIR):
        print(f"wrote {path.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
