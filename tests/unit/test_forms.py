"""The generated forms in talentdesk/forms must match the Designer files in ui/."""
from __future__ import annotations

import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def load_compiler():
    spec = importlib.util.spec_from_file_location("compile_forms", ROOT / "packaging" / "compile_forms.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_every_form_has_a_generated_module():
    forms = {p.stem for p in (ROOT / "ui").glob("*.ui")}
    generated = {p.stem.removeprefix("ui_") for p in (ROOT / "talentdesk" / "forms").glob("ui_*.py")}
    assert forms and forms == generated


def test_generated_forms_are_not_stale():
    assert load_compiler().stale_forms() == [], "run: python packaging/compile_forms.py"


def test_compiled_translations_are_not_stale():
    i18n = ROOT / "resources" / "i18n"
    assert sorted(p.stem for p in i18n.glob("*.qm")) == sorted(p.stem for p in i18n.glob("*.ts"))
    assert load_compiler().stale_translations() == [], "run: python packaging/compile_forms.py"
