"""Compile the Designer forms in ui/ into talentdesk/forms/ (run after editing a .ui file).

    python packaging/compile_forms.py          # write the generated modules
    python packaging/compile_forms.py --check  # exit 1 when a generated module is stale

The output is committed so the program never compiles forms at run time.
"""
from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
UI_DIR = ROOT / "ui"
FORMS_DIR = ROOT / "talentdesk" / "forms"
HEADER = "# Generated from ui/{name} by packaging/compile_forms.py. Do not edit; edit the .ui file.\n"


def uic_command() -> list[str]:
    # The tool installed beside this Python first: a virtual environment's bin/ is often not on PATH
    # (packaging/dev.sh runs .venv/bin/python directly), and "-m PySide6.scripts.pyside_tool" cannot find
    # its own wrapper script when run that way.
    beside = Path(sys.executable).with_name("pyside6-uic" + (".exe" if sys.platform == "win32" else ""))
    found = str(beside) if beside.exists() else shutil.which("pyside6-uic")
    if found:
        return [found]
    return [sys.executable, "-m", "PySide6.scripts.pyside_tool", "uic"]


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
        stale = stale_forms()
        for name in stale:
            print(f"stale: talentdesk/forms/{name} (run python packaging/compile_forms.py)")
        return 1 if stale else 0
    for path in compile_all(FORMS_DIR):
        print(f"wrote {path.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
