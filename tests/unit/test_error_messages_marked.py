"""Every sentence the services raise for a person reaches the translation: it is written as a template marked
``QT_TRANSLATE_NOOP("errors", …)`` (which pyside6-lupdate finds) with its values named, never an English
f-string; and every field name a ValidationError gives is one of services/fields.py (marked in "fields")."""
from __future__ import annotations

import ast
import datetime as dt
from pathlib import Path

import pytest

import talentdesk
from talentdesk.services import errors
from talentdesk.services.errors import EMPTY, Message, NotFound, Refused, ValidationError, counted
from talentdesk.services.fields import FIELDS

PACKAGE = Path(talentdesk.__file__).parent
ERRORS = {"ValidationError": 1, "Refused": 0, "NotFound": 0, "Ambiguous": 0, "Message": 0}
# Messages that are not the services' own sentence, with the reason.
NOT_OURS = {
    # The store's own sentence (store/cipher.py: no Qt and no services below it) about a missing library.
    ("services/encryption.py", "str(cipher.EncryptionUnavailable())"),
}
# Where a field name reaches a check as a literal: the function and which argument is the field.
FIELD_ARGUMENT = {"text": 1, "name": 1, "search": 1, "email": 1, "url": 1, "timezone": 1, "choice": 2, "integer": 1,
                  "score": 1, "day": 1, "date_order": 2, "check_currency": 1, "to_minor": 2, "check_minor": 1,
                  "ValidationError": 0}


def _sources(*layers: str):
    for layer in layers:
        for path in sorted((PACKAGE / layer).rglob("*.py")):
            yield path.relative_to(PACKAGE).as_posix(), ast.parse(path.read_text(encoding="utf-8"))


def _name(call: ast.Call) -> str | None:
    func = call.func
    return func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else None


def _functions(tree: ast.AST):
    """Each call with the innermost function (or the module) it is written in, to find what a variable holds."""
    innermost = {}
    for scope in [tree, *(n for n in ast.walk(tree) if isinstance(n, ast.FunctionDef | ast.AsyncFunctionDef))]:
        for node in ast.walk(scope):  # ast.walk goes outer to inner: the innermost function is written last
            if isinstance(node, ast.Call):
                innermost[id(node)] = (scope, node)
    return list(innermost.values())


def _module_tables(tree: ast.AST) -> dict[str, list[ast.AST]]:
    """The module's dictionaries by name, with their values (a table of whole sentences, one per kind)."""
    return {target.id: list(node.value.values) for node in getattr(tree, "body", [])
            if isinstance(node, ast.Assign) and isinstance(node.value, ast.Dict)
            for target in node.targets if isinstance(target, ast.Name)}


def _marked(node: ast.AST, scope: ast.AST, seen: frozenset[str] = frozenset(),
            tables: dict[str, list[ast.AST]] | None = None) -> bool:
    """A template marked where it is written, a sentence built from marked ones, or one looked up in a table of
    the module whose every sentence is marked."""
    if isinstance(node, ast.Subscript) and isinstance(node.value, ast.Name) and tables and node.value.id in tables:
        return all(_marked(value, scope, seen) for value in tables[node.value.id])
    if (isinstance(node, ast.Subscript) and isinstance(node.value, ast.Attribute)
            and isinstance(node.value.value, ast.Name) and node.value.value.id == "labels"):
        return True  # a word of services/labels.py, marked there (every table of it is: test_human_words)
    if isinstance(node, ast.Call) and _name(node) == "QT_TRANSLATE_NOOP":
        return (len(node.args) == 2 and all(isinstance(a, ast.Constant) and isinstance(a.value, str) for a in node.args)
                and node.args[0].value == errors.CONTEXT)
    if isinstance(node, ast.Call) and _name(node) in ("Message", "counted"):
        return _marked(node.args[0], scope, seen)
    if isinstance(node, ast.IfExp):
        return _marked(node.body, scope, seen) and _marked(node.orelse, scope, seen)
    if isinstance(node, ast.Name) and node.id in seen:
        return True  # x = Message(x, …): what x held before is checked where it came from
    if isinstance(node, ast.Name):  # a variable: every value given to it in the same function is marked
        values = [a.value for a in ast.walk(scope) if isinstance(a, ast.Assign)
                  and any(isinstance(t, ast.Name) and t.id == node.id for t in a.targets)]
        parameter = isinstance(scope, ast.FunctionDef) and node.id in {
            a.arg for a in scope.args.posonlyargs + scope.args.args + scope.args.kwonlyargs}
        return bool(values) and all(_marked(v, scope, seen | {node.id}) for v in values) or parameter
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id not in ("str",):
        return True  # a function of the services that gives a sentence (its own return is checked as a Message)
    return False


def unmarked_messages() -> list[str]:
    found = []
    for path, tree in _sources("services", "interchange", "views", "app"):
        if path == "services/errors.py":
            continue  # where the messages are defined, not written
        tables = _module_tables(tree)
        for scope, call in _functions(tree):
            name = _name(call)
            if name not in ERRORS or len(call.args) <= ERRORS[name]:
                continue
            message = call.args[ERRORS[name]]
            if (path, ast.unparse(message)) in NOT_OURS or _marked(message, scope, tables=tables):
                continue
            found.append(f"{path}:{call.lineno}: {name}({ast.unparse(message)[:70]})")
    return sorted(set(found))


def test_every_message_of_the_services_is_a_marked_template():
    assert not unmarked_messages(), "messages not marked for translation:\n" + "\n".join(unmarked_messages())


def test_the_check_finds_an_english_sentence():
    """The walk above would see an f-string, a plain string and a formatted string (guards the guard)."""
    sample = ast.parse('def f(x):\n    raise ValidationError("name", f"is {x}.")\n'
                       '    raise Refused("Nothing to do.")\n    raise NotFound("No {x}".format(x=x))\n'
                       '    raise Refused(QT_TRANSLATE_NOOP("errors", "Fine {x}."), x=x)\n')
    calls = sorted(((scope, c) for scope, c in _functions(sample) if _name(c) in ERRORS), key=lambda sc: sc[1].lineno)
    assert [_marked(c.args[ERRORS[_name(c)]], scope) for scope, c in calls] == [False, False, False, True]


def literal_fields() -> dict[str, str]:
    found = {}
    for path, tree in _sources("services", "interchange", "views"):
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call) or _name(node) not in FIELD_ARGUMENT:
                continue
            func = node.func
            if isinstance(func, ast.Attribute) and _name(node) != "ValidationError" and not (
                    isinstance(func.value, ast.Name) and func.value.id in ("v", "validate", "money")):
                continue  # another object's method of the same name
            given = [k.value for k in node.keywords if k.arg == "field"]
            if len(node.args) > FIELD_ARGUMENT[_name(node)]:
                given.append(node.args[FIELD_ARGUMENT[_name(node)]])
            for arg in given:
                if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                    found.setdefault(arg.value, f"{path}:{node.lineno}")
    return found


def test_every_field_a_service_names_is_marked_for_translation():
    fields = literal_fields()
    assert len(fields) > 60  # the walk finds the checks
    missing = sorted(f"{where}: “{field}”" for field, where in fields.items() if field not in FIELDS)
    assert not missing, "add these to services/fields.py:\n" + "\n".join(missing)


def test_a_message_reads_as_before_in_english_and_keeps_its_template():
    exc = ValidationError("granted on", errors.QT_TRANSLATE_NOOP("errors", "is after it was revoked ({revoked})."),
                          revoked=dt.date(2026, 3, 4))
    assert str(exc) == "granted on: is after it was revoked (2026-03-04)."
    assert exc.message == "is after it was revoked (2026-03-04)."
    assert exc.message.template == "is after it was revoked ({revoked})."
    assert exc.message.values == {"revoked": dt.date(2026, 3, 4)}
    assert str(Refused("Nothing to do.")) == "Nothing to do." and Refused("Nothing to do.").message.values == {}
    assert str(NotFound("No {x} here")) == "No {x} here"  # braces without values stay as written
    assert str(Message("{n:,} characters", n=12345)) == "12,345 characters"
    assert counted(1, "%n word(s)") == "1 word" and counted(3, "%n word(s)") == "3 words"
    assert counted(1234, "%Ln character(s)") == "1,234 characters" and counted(2, "%n match(es)") == "2 matches"
    assert str(Message("“{value}” is not a date.", value=EMPTY)) == "“(empty)” is not a date."


@pytest.mark.parametrize("call", [lambda: ValidationError("name", "is required."), lambda: Refused("No."),
                                  lambda: NotFound("Gone.")])
def test_every_service_error_carries_a_message(call):
    assert isinstance(call().message, Message)
