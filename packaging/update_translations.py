"""Bring the translation sources resources/i18n/talentdesk_<language>.ts up to date with the code.

    python packaging/update_translations.py          # add new strings (unfinished), drop vanished ones
    python packaging/update_translations.py --check  # exit 1 when a shipped language has an unfinished
                                                     # string or the code has a string the .ts lacks

pyside6-lupdate reads every module of talentdesk/ (the generated forms included) and keeps the
translations already made. After translating, ``python packaging/compile_forms.py`` writes the .qm
catalogues the program loads. The English catalogue (talentdesk_en.ts) is not made here: it holds only
the English plural forms and is kept by hand (app/translation.py).
"""
from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

from compile_forms import I18N_DIR, ROOT, pyside_tool

# The shipped languages, as Qt names them (the file suffix and the .ts's language attribute).
LANGUAGES = ("de", "fr", "es", "pt_BR")


def source_files() -> list[Path]:
    return sorted(p for p in (ROOT / "talentdesk").rglob("*.py") if "__pycache__" not in p.parts)


def catalogue(language: str, folder: Path = I18N_DIR) -> Path:
    return folder / f"talentdesk_{language}.ts"


def update(folder: Path = I18N_DIR) -> None:
    files = [str(p) for p in source_files()]
    for language in LANGUAGES:
        subprocess.run([*pyside_tool("lupdate"), "-silent", "-no-obsolete", "-locations", "none",
                        "-source-language", "en_US", "-target-language", language,
                        *files, "-ts", str(catalogue(language, folder))],
                       check=True, capture_output=True, text=True)


def unfinished(ts: Path) -> list[str]:
    """The source texts of a catalogue that have no finished translation."""
    missing = []
    for message in ET.parse(ts).getroot().iter("message"):
        translation = message.find("translation")
        forms = [] if translation is None else (translation.findall("numerusform") or [translation])
        if (translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete")
                or not all((form.text or "").strip() for form in forms)):
            missing.append(message.findtext("source") or "")
    return missing


def check() -> dict[str, list[str]]:
    """Per language, the strings unfinished once the catalogue is brought up to date with the code."""
    with tempfile.TemporaryDirectory() as tmp:
        for language in LANGUAGES:
            if catalogue(language).is_file():
                shutil.copy(catalogue(language), catalogue(language, Path(tmp)))
        update(Path(tmp))
        return {language: unfinished(catalogue(language, Path(tmp))) for language in LANGUAGES}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--check", action="store_true", help="only report unfinished strings")
    args = parser.parse_args()
    if not args.check:
        update()
    problems = 0
    for language, missing in check().items():
        print(f"{language}: {len(missing)} unfinished")
        problems += len(missing)
        if args.check:
            for text in missing[:20]:
                print(f"    {text!r}")
    return 1 if args.check and problems else 0


if __name__ == "__main__":
    sys.exit(main())
