"""The release pipeline holds signing certificates: its workflows are audited on every test run.

zizmor (a static auditor for GitHub Actions, installed by the `test` extra) must find nothing; the
rules below hold even where zizmor is not installed.
"""
from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
WORKFLOWS = sorted((ROOT / ".github" / "workflows").glob("*.y*ml"))
USES = re.compile(r"^\s*(?:-\s+)?uses:\s*(\S+)(.*)$", re.M)


def zizmor() -> str | None:
    beside = Path(sys.executable).with_name("zizmor")  # the virtualenv's, when pytest runs from it
    return str(beside) if beside.is_file() else shutil.which("zizmor")


def test_there_are_workflows_to_audit():
    assert WORKFLOWS, "no workflow found: the audit below would pass on nothing"


@pytest.mark.parametrize("workflow", WORKFLOWS, ids=lambda p: p.name)
def test_every_action_is_pinned_to_a_commit_with_its_version_named(workflow):
    uses = USES.findall(workflow.read_text(encoding="utf-8"))
    assert uses
    for reference, comment in uses:
        if reference.startswith("./"):
            continue  # an action of this repository: pinned by the checkout itself
        action, _, ref = reference.partition("@")
        assert re.fullmatch(r"[0-9a-f]{40}", ref), f"{action} is used by a moving reference ({ref!r}), not a commit"
        assert re.fullmatch(r"\s*#\s*v\d+(\.\d+)*\s*", comment), f"{action}@{ref[:8]}… needs its version in a comment"


@pytest.mark.parametrize("workflow", WORKFLOWS, ids=lambda p: p.name)
def test_checkout_keeps_no_credentials_and_the_default_permissions_are_none(workflow):
    text = workflow.read_text(encoding="utf-8")
    checkouts = len(re.findall(r"uses:\s*actions/checkout@", text))
    assert len(re.findall(r"persist-credentials:\s*false", text)) == checkouts
    assert re.search(r"^permissions:\s*\{\}\s*$", text, re.M), "top-level permissions must be {} (each job widens)"


@pytest.mark.parametrize("workflow", WORKFLOWS, ids=lambda p: p.name)
def test_secrets_are_given_to_steps_not_to_whole_jobs(workflow):
    text = workflow.read_text(encoding="utf-8")
    # A job-level env sits at four spaces under the job; a step's at eight or more.
    for match in re.finditer(r"^ {4}env:\n((?: {6,}.*\n)+)", text, re.M):
        assert "secrets." not in match.group(1), f"a job-level env hands secrets to every step:\n{match.group(1)}"


@pytest.mark.skipif(zizmor() is None, reason="zizmor not installed (pip install -e '.[test]')")
def test_zizmor_finds_nothing_in_the_workflows():
    result = subprocess.run([zizmor(), "--offline", "--persona", "pedantic", "--no-progress", *map(str, WORKFLOWS)],
                            capture_output=True, text=True, cwd=ROOT)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "No findings to report" in result.stdout + result.stderr


def test_the_workflow_uploads_the_folder_build_py_releases_into():
    from tests.packaging_helpers import load_build

    build = load_build()
    release = build.LAYOUT.release.relative_to(build.LAYOUT.root).as_posix()
    text = (ROOT / ".github" / "workflows" / "installers.yml").read_text(encoding="utf-8")
    assert f"path: {release}/*" in text
    assert re.search(rf"ls {release}/\*\.dmg", text) and f"Get-Item {release.replace('/', chr(92))}" in text
