"""The import preview: what the file holds, the names to settle, a dry run, then the import itself."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...app.context import AppContext
from ...app.errors import user_message
from ...interchange import csv_import, rates, upwork, vcard
from ...interchange.report import ImportReport
from ...services import talents

CHANGES = ("talent", "contact_channel", "profile_link", "skill", "talent_skill", "contract", "payment")
CREATE = -1


def plain(text: str) -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.PlainText)
    label.setWordWrap(True)
    return label


class ImportDialog(QDialog):
    """Base: a form on top, the dry-run report below, Import enabled once the preview is clean."""

    title = "Import"
    changes: tuple[str, ...] = CHANGES  # the tables an import may write, for the change bus

    def __init__(self, ctx: AppContext, path: Path, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx, self.path = ctx, Path(path)
        self.result_report: ImportReport | None = None
        self.setWindowTitle(self.tr(self.title))
        self.resize(760, 560)
        layout = QVBoxLayout(self)
        self.file_label = plain(self.tr("File: {name}").format(name=self.path.name))
        layout.addWidget(self.file_label)
        self.body = QVBoxLayout()
        layout.addLayout(self.body)
        self.status = plain("")
        self.status.setObjectName("previewStatus")
        layout.addWidget(self.status)
        self.report_view = QPlainTextEdit()
        self.report_view.setAccessibleName(self.tr("What the import found"))
        self.report_view.setReadOnly(True)
        self.report_view.setPlaceholderText(self.tr("The preview of what will be imported appears here."))
        layout.addWidget(self.report_view, 1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.Cancel)
        self.preview_button = self.buttons.addButton(self.tr("&Preview"), QDialogButtonBox.ActionRole)
        self.preview_button.setToolTip(self.tr("Read the file and show what would change, without changing anything"))
        self.import_button = self.buttons.addButton(self.tr("&Import"), QDialogButtonBox.AcceptRole)
        self.import_button.setEnabled(False)
        self.preview_button.clicked.connect(self.preview)
        self.import_button.clicked.connect(self.run_import)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    # Subclasses: the call for a dry run or the real import.
    def call(self, dry_run: bool):
        raise NotImplementedError

    def settings_changed(self) -> None:
        self.import_button.setEnabled(False)

    def preview(self) -> None:
        fn, args, kwargs = self.call(True)
        self.status.setText(self.tr("Reading the file…"))
        self.preview_button.setEnabled(False)
        self.ctx.runner.read(fn, *args, **kwargs, on_done=self._previewed, on_error=self._failed,
                             progress=self.tr("Reading {name}…").format(name=self.path.name))

    def _previewed(self, report: ImportReport) -> None:
        self.preview_button.setEnabled(True)
        self.report_view.setPlainText("\n".join(report.lines(limit=500)))
        self.status.setText(self.tr("Preview: {summary}. Nothing has been changed yet.").format(
            summary=report.summary()))
        self.import_button.setEnabled(True)
        self.import_button.setDefault(True)

    def _failed(self, exc: BaseException) -> None:
        self.preview_button.setEnabled(True)
        self.import_button.setEnabled(False)
        self.status.setText(self.tr("Cannot import: {message}").format(message=user_message(exc)))
        self.status.setStyleSheet("color: #c0392b;")
        self.on_failed(exc)

    def on_failed(self, exc: BaseException) -> None:
        """Subclasses may offer a way out (e.g. settle unmatched names)."""

    def run_import(self) -> None:
        fn, args, kwargs = self.call(False)
        self.import_button.setEnabled(False)
        self.preview_button.setEnabled(False)
        self.ctx.runner.write(fn, *args, **kwargs, changes=self.changes, on_done=self._imported, on_error=self._failed,
                              action=self.tr("Import {name}").format(name=self.path.name), progress=self.tr("Importing {name}…").format(name=self.path.name))

    def _imported(self, report: ImportReport) -> None:
        self.result_report = report
        self.report_view.setPlainText("\n".join(report.lines(limit=500)))
        self.status.setStyleSheet("")
        self.status.setText(self.tr("Done: {summary}.").format(summary=report.summary()))
        self.buttons.clear()
        close = self.buttons.addButton(QDialogButtonBox.Close)
        close.clicked.connect(self.accept)


class UpworkImportDialog(ImportDialog):
    """Marketplace transaction history: the names that are not exact matches are settled in a table."""

    title = "Import a marketplace transaction history"

    def __init__(self, ctx: AppContext, path: Path, parent: QWidget | None = None):
        super().__init__(ctx, path, parent)
        self.plan: upwork.Plan | None = None
        self.people: list[tuple[int, str]] = []
        box = QGroupBox(self.tr("People in the file"))
        inner = QVBoxLayout(box)
        self.names_hint = plain(self.tr("Names that match someone on the bench exactly are used as they are."))
        inner.addWidget(self.names_hint)
        self.names = QTableWidget(0, 2)
        self.names.setHorizontalHeaderLabels([self.tr("Name in the file"), self.tr("On the bench")])
        self.names.horizontalHeader().setSectionResizeMode(0, QHeaderView.Stretch)
        self.names.horizontalHeader().setSectionResizeMode(1, QHeaderView.Stretch)
        self.names.verticalHeader().setVisible(False)
        self.names.setEditTriggers(QTableWidget.NoEditTriggers)
        inner.addWidget(self.names)
        self.talent_row = QWidget()
        form = QFormLayout(self.talent_row)
        form.setContentsMargins(0, 0, 0, 0)
        self.talent_combo = QComboBox()
        self.talent_combo.setToolTip(self.tr("A weekly summary does not name the person: choose who these contracts are with"))
        form.addRow(self.tr("Contracts are with:"), self.talent_combo)
        self.talent_row.setVisible(False)
        inner.addWidget(self.talent_row)
        self.body.addWidget(box)
        self.status.setText(self.tr("Reading the file…"))
        ctx.runner.read(self._load, str(self.path), on_done=self._loaded, on_error=self._failed)

    @staticmethod
    def _load(path: str):
        return upwork.plan(Path(path)), talents.names()

    def _loaded(self, loaded) -> None:
        self.plan, self.people = loaded
        matches = self.plan.matches
        unsettled = sorted(set(matches.close) | set(matches.missing), key=str.casefold)
        self.names.setRowCount(len(unsettled))
        for row, name in enumerate(unsettled):
            self.names.setItem(row, 0, QTableWidgetItem(name))
            combo = QComboBox()
            combo.addItem(self.tr("Add as a new person"), CREATE)
            for talent_id, talent_name in self.people:
                combo.addItem(talent_name, talent_id)
            if name in matches.close:
                combo.setCurrentIndex(combo.findData(matches.close[name][0]))
                combo.setToolTip(self.tr("A close match: check it is the same person"))
            combo.currentIndexChanged.connect(self.settings_changed)
            self.names.setCellWidget(row, 1, combo)
        parsed = self.plan.parsed
        rows = self.tr("%Ln row(s) ({layout})", "", len(parsed.rows)).format(layout=parsed.layout)
        self.names_hint.setText(self.tr(
            "{rows}; {exact}, {close}, {missing}. Choose who each name is:").format(
            rows=rows, exact=self.tr("%Ln name(s) match exactly", "", len(matches.exact)),
            close=self.tr("%Ln closely", "", len(matches.close)),
            missing=self.tr("%Ln are new", "", len(matches.missing))) if unsettled else self.tr(
            "{rows}; every name matches someone on the bench.").format(rows=rows))
        if self.plan.unknown_contracts:
            self.talent_row.setVisible(True)
            for talent_id, talent_name in self.people:
                self.talent_combo.addItem(talent_name, talent_id)
            if not self.people:
                self.talent_combo.addItem(self.tr("(add someone to the bench first)"), None)
        self.status.setText(self.tr("Check the names, then preview."))
        self.preview()

    def mapping(self) -> dict[str, int | None]:
        out = {}
        for row in range(self.names.rowCount()):
            value = self.names.cellWidget(row, 1).currentData()
            out[self.names.item(row, 0).text()] = None if value == CREATE else value
        return out

    def call(self, dry_run: bool):
        talent = self.talent_combo.currentData() if self.talent_row.isVisible() else None
        return upwork.import_file, (self.path,), {"mapping": self.mapping(), "talent": talent, "dry_run": dry_run}


class VCardImportDialog(ImportDialog):
    title = "Import contacts (vCard)"

    def __init__(self, ctx: AppContext, path: Path, parent: QWidget | None = None):
        super().__init__(ctx, path, parent)
        self.body.addWidget(plain(self.tr(
            "People are matched by their vCard UID, then by e-mail: a match is updated, never duplicated.")))
        self.preview()

    def call(self, dry_run: bool):
        return vcard.import_file, (self.path,), {"dry_run": dry_run}


class RatesImportDialog(ImportDialog):
    """Exchange rates from a file the user downloaded: the ECB's daily or historical CSV (or its ZIP), or
    date,currency,rate."""

    title = "Import exchange rates"
    changes = ("exchange_rate",)

    def __init__(self, ctx: AppContext, path: Path, parent: QWidget | None = None):
        super().__init__(ctx, path, parent)
        self.body.addWidget(plain(self.tr(
            "Rates are read as the European Central Bank publishes them: how many units of each currency one "
            "euro bought that day. A rate already kept for a currency and day is replaced when the file says "
            "otherwise. A file with a bad cell is refused whole, naming its line.")))
        self.preview()

    def call(self, dry_run: bool):
        return rates.import_file, (self.path,), {"dry_run": dry_run}


FIELD_LABELS = {
    "name": "Name", "headline": "Headline", "location": "Location", "timezone": "Time zone",
    "languages": "Languages", "email": "E-mail", "phone": "Phone", "chat": "Chat handle", "url": "Web address",
    "skills": "Skills", "notes": "Notes", "talent": "Person", "date": "Date", "amount": "Amount",
    "currency": "Currency", "kind": "Kind", "contract": "Contract", "description": "Description",
    "reference": "Reference", "hours": "Hours",
}
ENCODINGS = (("", "Detect"), ("utf-8", "UTF-8"), ("utf-16", "UTF-16"), ("cp1252", "Windows-1252"))
DELIMITERS = (("", "Detect"), (",", ", comma"), (";", "; semicolon"), ("\t", "Tab"), ("|", "| bar"))
# The locale a file's amounts and dates are written in (read with Babel, strictly: an ambiguous cell is an error).
LOCALES = (("", "Not given: 1,234.56; ISO or unambiguous dates"), ("en_US", "English (US): 1,234.56 and 3/14/2026"),
           ("en_GB", "English (UK): 1,234.56 and 14/03/2026"), ("en_CA", "English (Canada): 1,234.56 and 2026-03-14"),
           ("de_DE", "German: 1.234,56 and 14.03.2026"), ("de_CH", "Swiss German: 1'234.56 and 14.03.2026"),
           ("fr_FR", "French: 1 234,56 and 14/03/2026"), ("es_MX", "Spanish (Mexico): 1,234.56 and 14/03/2026"),
           ("ja_JP", "Japanese: 1,234 and 2026/03/14"))


class CsvImportDialog(ImportDialog):
    """Generic CSV: the first rows of the file and a column for each field."""

    def __init__(self, ctx: AppContext, what: str, path: Path, parent: QWidget | None = None):
        self.what = what
        self.title = "Import talents from CSV" if what == "talents" else "Import payments from CSV"
        super().__init__(ctx, path, parent)
        self.table: object | None = None
        options = QFormLayout()
        self.encoding = QComboBox()
        for value, text in ENCODINGS:
            self.encoding.addItem(self.tr(text), value)
        self.delimiter = QComboBox()
        for value, text in DELIMITERS:
            self.delimiter.addItem(self.tr(text), value)
        self.locale = QComboBox()
        for value, text in LOCALES:
            self.locale.addItem(self.tr(text), value)
        options.addRow(self.tr("Encoding:"), self.encoding)
        options.addRow(self.tr("Delimiter:"), self.delimiter)
        options.addRow(self.tr("Numbers and dates:"), self.locale)
        self.create_missing = QCheckBox(self.tr("Add people who are not on the bench"))
        if what == "payments":
            options.addRow("", self.create_missing)
        self.body.addLayout(options)
        self.rows = QTableWidget(0, 0)
        self.rows.setEditTriggers(QTableWidget.NoEditTriggers)
        self.rows.setMinimumHeight(150)
        self.rows.horizontalHeader().setStretchLastSection(True)
        self.rows.setMaximumHeight(190)
        self.body.addWidget(plain(self.tr("The first rows of the file:")))
        self.body.addWidget(self.rows)
        self.fields_box = QGroupBox(self.tr("Which column holds what"))
        self.fields_form = QGridLayout(self.fields_box)
        self.fields_form.setColumnStretch(1, 1)
        self.fields_form.setColumnStretch(3, 1)
        self.body.addWidget(self.fields_box)
        self.field_combos: dict[str, QComboBox] = {}
        for combo in (self.encoding, self.delimiter):
            combo.currentIndexChanged.connect(self.reload)
        self.locale.currentIndexChanged.connect(self.settings_changed)
        self.create_missing.toggled.connect(self.settings_changed)
        self.reload()

    def options(self) -> csv_import.Options:
        mapping = {f: c.currentData() for f, c in self.field_combos.items() if c.currentData()}
        return csv_import.Options(mapping=mapping, encoding=self.encoding.currentData() or None,
                                  delimiter=self.delimiter.currentData() or None,
                                  locale=self.locale.currentData() or None,
                                  create_missing=self.create_missing.isChecked())

    def reload(self) -> None:
        self.settings_changed()
        options = self.options()
        self.ctx.runner.read(self._read, str(self.path), self.what, options.encoding, options.delimiter,
                             on_done=self._shown, on_error=self._failed)

    @staticmethod
    def _read(path: str, what: str, encoding, delimiter):
        from ...interchange import csv_in

        table = csv_in.read_table(Path(path), encoding=encoding, delimiter=delimiter)
        return table, csv_import.guess_columns(table, what)

    def _shown(self, loaded) -> None:
        table, guessed = loaded
        self.table = table
        preview = table.preview(5)
        width = len(table.header)
        self.rows.setColumnCount(width)
        self.rows.setRowCount(len(preview))
        self.rows.setHorizontalHeaderLabels(table.header)
        for r, cells in enumerate(preview):
            for c in range(width):
                self.rows.setItem(r, c, QTableWidgetItem(cells[c] if c < len(cells) else ""))
        while self.fields_form.count():
            widget = self.fields_form.takeAt(0).widget()
            if widget is not None:
                widget.deleteLater()
        self.field_combos = {}
        required = csv_import.REQUIRED[self.what]
        for position, field_name in enumerate(csv_import.FIELDS[self.what]):
            combo = QComboBox()
            combo.addItem(self.tr("(not in the file)"), "")
            for index, header in enumerate(table.header):
                combo.addItem(header or self.tr("column {n}").format(n=index + 1), str(index + 1))
            if field_name in guessed:
                combo.setCurrentIndex(guessed[field_name] + 1)
            combo.currentIndexChanged.connect(self.settings_changed)
            text = self.tr(FIELD_LABELS.get(field_name, field_name))
            label = QLabel(self.tr("{field} (required):").format(field=text) if field_name in required
                           else self.tr("{field}:").format(field=text))
            label.setBuddy(combo)
            row, column = divmod(position, 2)
            self.fields_form.addWidget(label, row, column * 2)
            self.fields_form.addWidget(combo, row, column * 2 + 1)
            self.field_combos[field_name] = combo
        note = "; ".join(table.notes)
        self.status.setStyleSheet("")
        self.status.setText(self.tr("Read as {encoding}, delimiter {delimiter}. {note}").format(
            encoding=table.encoding, delimiter=repr(table.delimiter), note=note))

    def call(self, dry_run: bool):
        return csv_import.import_file, (self.what, self.path, self.options()), {"dry_run": dry_run}
