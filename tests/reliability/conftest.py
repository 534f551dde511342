"""Prints the reliability record at the end of any run that included these tests."""
from __future__ import annotations

from tests.reliability import report


def pytest_terminal_summary(terminalreporter):
    if report.recorded():
        terminalreporter.write_sep("=", "reliability record")
        terminalreporter.write_line(report.table())
