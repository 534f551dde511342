"""Export a PDF summary from the window: ask where, write it off the GUI thread, offer to open it.

Screens call ``export_talent_pdf``, ``export_contract_pdf`` or ``export_review_pdf``;
``install(window)`` adds File → "Yearly spend report…" and "Tax year report…".
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox, QWidget

from ...app.context import AppContext

STATE_KEY = "reports/folder"


def tr(text: str, n: int = -1) -> str:
    return QCoreApplication.translate("ExportPdf", text, "", n)


def _reports():
    """The PDF builders, loaded when a PDF is first asked for: with the report data they would cost every
    start a few tenths of a second (the bench and this module are imported before the first paint)."""
    from ... import reports

    return reports


def _file_name(report: str, key) -> str:
    """The file name a report is offered under (on the lane: it reads the person's name, the title, the day)."""
    from ...reports.file_names import default_file_name

    return default_file_name(report, key)


def _folder(ctx: AppContext) -> str:
    saved = ctx.view_state().value(STATE_KEY)
    if saved and Path(str(saved)).is_dir():
        return str(saved)
    return QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())


def ask_path(parent: QWidget | None, ctx: AppContext, title: str, suggested: str) -> Path | None:
    """The save dialog, offering ``suggested`` (reports.file_names) in the last folder used; None when
    cancelled. Remembers the folder for next time."""
    start = str(Path(_folder(ctx)) / suggested)
    chosen, _filter = QFileDialog.getSaveFileName(parent, title, start, tr("PDF documents (*.pdf)"))
    if not chosen:
        return None
    path = Path(chosen)
    if path.suffix.lower() != ".pdf":
        path = path.with_name(path.name + ".pdf")
    state = ctx.view_state()
    state.setValue(STATE_KEY, str(path.parent))
    state.sync()
    return path


def offer_to_open(parent: QWidget | None, written) -> None:
    """``written``: the ``reports.Written`` of the file just saved."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Information)
    box.setWindowTitle(tr("PDF saved"))
    box.setText(tr("Saved {name} (%n page(s)).", written.pages).format(name=written.path.name))
    box.setInformativeText(str(written.path.parent))
    open_button = box.addButton(tr("Open"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(tr("Close"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(open_button)
    box.finished.connect(lambda _result: _open_if(box.clickedButton() is open_button, written.path))
    box.open()
    offer_to_open.last_box = box  # lets tests press a button


def _open_if(wanted: bool, path: Path) -> None:
    if wanted:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def _export(parent, ctx: AppContext, title: str, suggested: str, builder: str, *args) -> int | None:
    path = ask_path(parent, ctx, title, suggested)
    if path is None:
        return None
    return ctx.runner.read(getattr(_reports(), builder), *args, path, progress=tr("Writing {name}…").format(name=path.name),
                           on_done=lambda written: offer_to_open(parent, written))


def _name_then_export(parent, ctx: AppContext, report: str, title: str, builder: str, key) -> None:
    """Name the file off the GUI thread (it reads the person's name, the title, the day), then ask and export
    with ``builder``, the name of the report's function in ``reports``."""
    ctx.runner.read(_file_name, report, key, on_done=lambda name: _export(parent, ctx, title, name, builder, key))


def export_talent_pdf(parent: QWidget | None, ctx: AppContext, talent_id: int) -> None:
    _name_then_export(parent, ctx, "talent", tr("Export the person's dossier"), "talent_dossier", talent_id)


def export_contract_pdf(parent: QWidget | None, ctx: AppContext, contract_id: int) -> None:
    _name_then_export(parent, ctx, "contract", tr("Export the contract summary"), "contract_summary", contract_id)


def export_review_pdf(parent: QWidget | None, ctx: AppContext, session_id: int | None = None) -> None:
    _name_then_export(parent, ctx, "review", tr("Export the review session"), "review_session", session_id)


def export_working_with_me_pdf(parent: QWidget | None, ctx: AppContext, months: int) -> None:
    _name_then_export(parent, ctx, "me", tr("Export working with me"), "working_with_me", months)


def export_plan_pdf(parent: QWidget | None, ctx: AppContext, plan_id: int) -> None:
    _name_then_export(parent, ctx, "plan", tr("Export the plan"), "plan_summary", plan_id)


def export_spend_pdf(parent: QWidget | None, ctx: AppContext) -> None:
    """Ask for the year (the years with payments, newest first), then export."""

    def chosen(years: list[int]) -> None:
        if not years:
            QMessageBox.information(parent, tr("Yearly spend report"),
                                    tr("Nothing has been paid yet. Record payments in a contract's workroom first."))
            return
        year, ok = QInputDialog.getItem(parent, tr("Yearly spend report"), tr("Year:"), [str(y) for y in years], 0, False)
        if ok and year:
            _name_then_export(parent, ctx, "spend", tr("Export the yearly spend"), "yearly_spend", int(year))

    from ...services import report_data

    ctx.runner.read(report_data.spend_years, on_done=chosen)


def export_tax_year_pdf(parent: QWidget | None, ctx: AppContext) -> None:
    """Ask for the tax year (those with payments, newest first; they start on the settings' day), then export."""

    def chosen(years: list[tuple[int, str]]) -> None:
        if not years:
            QMessageBox.information(parent, tr("Tax year report"),
                                    tr("Nothing has been paid yet. Record payments in a contract's workroom first."))
            return
        label, ok = QInputDialog.getItem(parent, tr("Tax year report"), tr("Tax year:"), [y[1] for y in years], 0,
                                         False)
        year = next((y for y, text in years if text == label), None)
        if ok and year is not None:
            _name_then_export(parent, ctx, "tax-year", tr("Export the tax year"), "tax_year_report", year)

    from ...services import tax_year

    ctx.runner.read(tax_year.years, on_done=chosen)


def _add_above_backup(window, action) -> None:
    menu, anchor = getattr(window, "menu_file", None), getattr(window, "menu_backup_anchor", None)
    if menu is not None and anchor is not None:
        menu.removeAction(action)
        menu.insertAction(anchor, action)


def install(window) -> None:
    """File → "Yearly spend report…" and "Tax year report…" (placed above the backup section and Quit)."""
    ctx = window.ctx
    action = ctx.navigator.add_menu_action(
        "file", tr("&Yearly spend report…"), lambda _checked=False: export_spend_pdf(window, ctx), None,
        tr("A PDF of the year's spend per person and per month, by payment kind"))
    _add_above_backup(window, action)
    window.action_spend_report = action
    window.action_tax_year_report = ctx.navigator.add_menu_action(
        "file", tr("Ta&x year report…"), lambda _checked=False: export_tax_year_pdf(window, ctx), None,
        tr("A PDF for your accountant: every payment of a tax year per person, in your home currency"))
    _add_above_backup(window, window.action_tax_year_report)
