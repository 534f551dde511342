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
    """The program's modules and its Designer forms: lupdate does not read the strings of the modules
    generated from the forms (uic writes them as u"…"), so it reads the forms themselves."""
    modules = sorted(p for p in (ROOT / "talentdesk").rglob("*.py") if "__pycache__" not in p.parts)
    return modules + sorted((ROOT / "ui").glob("*.ui"))


def catalogue(language: str, folder: Path = I18N_DIR) -> Path:
    return folder / f"talentdesk_{language}.ts"


def _counts(text: str) -> bool:
    return "%n" in text or "%Ln" in text


def _key(context: ET.Element, message: ET.Element) -> tuple[str, str, str]:
    return context.findtext("name") or "", message.findtext("source") or "", message.findtext("comment") or ""


def _plural_translations(ts: Path) -> dict[tuple[str, str, str], list[str]]:
    """The plural forms already written for the texts with a count, before lupdate sees them."""
    kept = {}
    if ts.is_file():
        for context in ET.parse(ts).getroot().iter("context"):
            for message in context.iter("message"):
                forms = message.findall("translation/numerusform")
                finished = message.find("translation").get("type") != "unfinished" if forms else False
                if message.get("numerus") == "yes" and finished and all((f.text or "").strip() for f in forms):
                    kept[_key(context, message)] = [f.text or "" for f in forms]
    return kept


def _as_plural(ts: Path, kept: dict[tuple[str, str, str], list[str]]) -> None:
    """Every text with a count gets plural forms.

    lupdate marks a message as one with plural forms only when it sees the count in the call; the PDFs'
    tr(text, n) and the services' counted templates pass it on from elsewhere, and lupdate would drop the
    forms written for them. So they are made plural here, keeping the forms written before; a text that had
    a single translation keeps it in every form, marked unfinished until its forms are written.
    """
    tree = ET.parse(ts)
    changed = False
    for context in tree.getroot().iter("context"):
        for message in context.iter("message"):
            if message.get("numerus") == "yes" or not _counts(message.findtext("source") or ""):
                continue
            translation = message.find("translation")
            if translation is None:
                translation = ET.SubElement(message, "translation")
            single, translation.text = translation.text or "", None
            forms = kept.get(_key(context, message))
            message.set("numerus", "yes")
            if forms:
                translation.attrib.pop("type", None)
            else:
                translation.set("type", "unfinished")
            for text in forms or [single, single]:
                ET.SubElement(translation, "numerusform").text = text
            changed = True
    if changed:
        ET.indent(tree, space="    ")
        tree.write(ts, encoding="utf-8", xml_declaration=True)


def data_texts() -> list[tuple[str, str]]:
    """(context, text) of the texts the services keep as data and the screens translate by value: the review
    rules (title, description, reasons, facts, thresholds), the review actions, the classification check.

    They are read from the tables themselves rather than marked one by one, so that a rule added later is
    in the catalogues without anyone remembering to mark it."""
    sys.path.insert(0, str(ROOT))
    from talentdesk.services import classification, review_rules, review_session

    texts = []
    for rule in review_rules.RULES:
        texts += [rule.title, rule.description, *rule.templates.values(), *(label for _key, label in rule.facts)]
        texts += [t for threshold in rule.thresholds for t in (threshold.label, threshold.unit)]
    texts += review_session.ACTIONS.values()
    found = [("review_rules", t) for t in texts]
    found += [("classification", t) for t in (classification.DISCLAIMER,
                                              *(t for s in classification.SIGNALS for t in (s.reason, s.advice)))]
    return [(context, text) for context, text in dict.fromkeys(found) if text.strip()]


def _data_module(folder: Path) -> Path:
    """The data texts as a module lupdate reads (QT_TRANSLATE_NOOP calls), written in a scratch folder."""
    module = folder / "data_texts.py"
    lines = [f"QT_TRANSLATE_NOOP({context!r}, {text!r})" for context, text in data_texts()]
    module.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return module


def update(folder: Path = I18N_DIR) -> None:
    scratch = Path(tempfile.mkdtemp())
    files = [str(p) for p in source_files()] + [str(_data_module(scratch))]
    for language in LANGUAGES:
        ts = catalogue(language, folder)
        kept = _plural_translations(ts)
        subprocess.run([*pyside_tool("lupdate"), "-silent", "-no-obsolete", "-locations", "none",
                        "-source-language", "en_US", "-target-language", language,
                        *files, "-ts", str(ts)],
                       check=True, capture_output=True, text=True)
        _as_plural(ts, kept)
    shutil.rmtree(scratch, ignore_errors=True)


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
