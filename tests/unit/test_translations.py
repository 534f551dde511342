"""The shipped translations: every translated text keeps what the program fills in or acts on (its
{placeholders}, %n counts, mnemonic &, rich-text tags, the spaces at its ends), and says the domain's
terms with the words of its language's glossary (resources/i18n/glossary/)."""
from __future__ import annotations

import re
import sys
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
I18N = ROOT / "resources" / "i18n"
GLOSSARY = I18N / "glossary"
sys.path.insert(0, str(ROOT / "packaging"))
import update_translations  # noqa: E402 - a script of packaging/, found through the path just set

LANGUAGES = update_translations.LANGUAGES
TERMS: dict[str, str] = tomllib.loads((GLOSSARY / "terms.toml").read_text(encoding="utf-8"))["terms"]


def _finished(language: str) -> list[tuple[str, list[str]]]:
    """(source, [translation or each plural form]) of every finished message of a catalogue."""
    out = []
    for message in ET.parse(update_translations.catalogue(language)).getroot().iter("message"):
        translation = message.find("translation")
        if translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete"):
            continue
        forms = [f.text or "" for f in translation.findall("numerusform")] or [translation.text or ""]
        out.append((message.findtext("source") or "", forms))
    return out


def _placeholders(text: str) -> list[str]:
    return sorted(re.findall(r"\{[a-z_0-9]*\}|%L?n|%\d", text))


def _tags(text: str) -> list[str]:
    return sorted(re.findall(r"</?[a-z]+\d?\b[^>]*>", text))


def _mnemonics(text: str) -> int:
    return len(re.findall(r"&(?!&|[a-z]+;|#)", text.replace("&&", "")))


def _term_pattern(term: str) -> re.Pattern[str]:
    words = r"[\s-]".join(re.escape(part) for part in re.split(r"[\s-]", term))
    return re.compile(r"\b" + words + r"(s|es)?\b", re.IGNORECASE)


def _glossary(language: str) -> dict[str, list[str]]:
    return tomllib.loads((GLOSSARY / f"{language}.toml").read_text(encoding="utf-8"))


def test_every_catalogue_is_a_shipped_language_and_each_has_its_glossary():
    shipped = sorted(p.stem.removeprefix("talentdesk_") for p in I18N.glob("talentdesk_*.ts"))
    assert shipped == sorted([*LANGUAGES, "en"])
    for language in LANGUAGES:
        glossary = _glossary(language)
        assert sorted(glossary) == sorted(TERMS), f"{language}.toml names other terms than terms.toml"
        for term, forms in glossary.items():
            assert forms and all(isinstance(f, str) and f.strip() for f in forms), f"{language}: {term} has no word"


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_translation_keeps_what_the_program_fills_in(language):
    wrong = []
    for source, forms in _finished(language):
        for form in forms:
            if "%n" in source or "%Ln" in source:
                # A plural form may leave the count out ("one" in words), but never invent another value.
                same = set(_placeholders(form)) - {"%n", "%Ln"} == set(_placeholders(source)) - {"%n", "%Ln"}
            else:
                same = _placeholders(form) == _placeholders(source)
            if not same:
                wrong.append((source, form, "placeholders"))
            if _tags(form) != _tags(source):
                wrong.append((source, form, "tags"))
            if min(_mnemonics(source), 1) != min(_mnemonics(form), 1):
                wrong.append((source, form, "mnemonic &"))
            for end, strip in (("leading", str.lstrip), ("trailing", str.rstrip)):
                if (strip(source) != source) != (strip(form) != form):
                    wrong.append((source, form, f"{end} space"))
    assert not wrong, "\n".join(f"{why}: {s!r} → {t!r}" for s, t, why in wrong[:30])


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_translation_says_the_domain_terms_with_the_glossary_words(language):
    glossary = _glossary(language)
    patterns = {term: _term_pattern(term) for term in TERMS}
    wrong = []
    for source, forms in _finished(language):
        for term, pattern in patterns.items():
            if pattern.search(source):
                accepted = [f.casefold() for f in glossary[term]]
                for form in forms:
                    if not any(word in form.casefold() for word in accepted):
                        wrong.append((term, source, form))
    assert not wrong, "\n".join(f"{term!r}: {s!r} → {t!r}" for term, s, t in wrong[:30])


def test_the_checks_catch_a_lost_placeholder_a_tag_and_a_term():
    assert _placeholders("{name} ist %n Tage") != _placeholders("{name} has %n days and {count}")
    assert _tags("<b>fett</b>") != _tags("<b>bold</b> <i>x</i>")
    assert _mnemonics("&Datei") == 1 and _mnemonics("Tom && Jerry") == 0 and _mnemonics("a &amp; b") == 0
    assert _term_pattern("check-in").search("Two check-ins due")
    assert _term_pattern("do not rehire").search("Marked do-not-rehire")
    assert not _term_pattern("bench").search("benchmark")


def test_every_shipped_language_translates_every_text_of_the_program():
    """What ``pyside6-lupdate`` reports once the catalogues are brought up to date with the code: no string
    unfinished in any shipped language (a new text in the code fails this until it is translated)."""
    unfinished = update_translations.check()
    assert {language: texts[:10] for language, texts in unfinished.items() if texts} == {}
