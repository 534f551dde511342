"""How the window gives way on a small screen: a sidebar that narrows to icons (and stays so), a row of
actions that folds into More with every action still reachable, and cut table cells that show their whole
text on hover."""
from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QHelpEvent, QPalette
from PySide6.QtWidgets import QApplication, QPushButton, QTableWidget, QTableWidgetItem, QToolTip

from talentdesk.views.screens import SCREENS
from talentdesk.views.widgets.elided import ElidedCells, cell_tooltip
from talentdesk.views.widgets.overflow import OverflowRow


def test_the_sidebar_narrows_to_icons_with_ctrl_b_and_stays_narrow_next_time(qtbot, make_window):
    window = make_window()
    wide = window.sidebar.width()
    qtbot.keyClick(window, Qt.Key_B, Qt.ControlModifier)
    assert window.sidebar.width() < wide / 2
    assert [window.sidebar.item(row).text() for row in range(window.sidebar.count())] == [""] * len(SCREENS)
    assert "Bench" in window.sidebar.item(1).toolTip()  # the name is still there on hover
    window.close()

    again = make_window()
    assert again.action_sidebar.isChecked() and again.sidebar.width() < wide / 2
    qtbot.keyClick(again, Qt.Key_B, Qt.ControlModifier)
    assert again.sidebar.width() == wide and again.sidebar.item(1).text() == "Bench"


def test_the_selected_sidebar_icon_takes_the_highlighted_text_colour(make_window):
    window = make_window()
    item = window.sidebar.currentItem()
    image = item.icon().pixmap(22, 22, mode=item.icon().Mode.Selected).toImage()
    strokes = [image.pixelColor(x, y) for x in range(image.width()) for y in range(image.height())
               if image.pixelColor(x, y).alpha() > 200]
    wanted = QApplication.palette().color(QPalette.HighlightedText)
    assert strokes and all(abs(c.lightness() - wanted.lightness()) < 30 for c in strokes)


def test_a_narrow_row_folds_its_last_actions_into_more_and_they_still_work(qtbot):
    row = OverflowRow()
    qtbot.addWidget(row)
    clicked = []
    buttons = [QPushButton(f"Action number {n}") for n in range(6)]
    for n, button in enumerate(buttons):
        button.clicked.connect(lambda _=False, n=n: clicked.append(n))
        row.add(button)
    buttons[2].setEnabled(False)
    row.resize(row.sizeHint())
    row.show()
    assert all(b.isVisible() for b in buttons) and not row.more.isVisible()

    row.resize(row.sizeHint().width() // 2, row.height())
    qtbot.wait(10)
    shown = [b for b in buttons if b.isVisible()]
    assert row.more.isVisible() and shown == buttons[:len(shown)] and 0 < len(shown) < 6
    assert all(b.geometry().right() < row.more.geometry().left() for b in shown)  # nothing drawn over More
    row._fill_menu()
    folded = row.more.menu().actions()
    assert [a.text() for a in folded] == [b.text() for b in buttons[len(shown):]]
    folded[-1].trigger()
    assert clicked == [5]
    if len(shown) <= 2:
        assert not next(a for a in folded if a.text() == "Action number 2").isEnabled()

    buttons[5].hide()  # the screen hides one of its actions: it stays hidden when the row widens again
    row.resize(row.sizeHint().width() * 2, row.height())
    qtbot.wait(10)
    assert not row.more.isVisible() and not buttons[5].isVisible() and buttons[4].isVisible()


def test_a_cut_table_cell_shows_its_whole_text_on_hover(qtbot):
    table = QTableWidget(1, 2)
    qtbot.addWidget(table)
    long_text = "Ongoing backend maintenance and on-call support for the payments service"
    table.setItem(0, 0, QTableWidgetItem(long_text))
    table.setItem(0, 1, QTableWidgetItem("Short"))
    table.setColumnWidth(0, 80)
    table.setColumnWidth(1, 200)
    table.show()
    cut, whole = table.model().index(0, 0), table.model().index(0, 1)
    assert cell_tooltip(table, cut) == long_text
    assert cell_tooltip(table, whole) == ""  # nothing cut, no tooltip to get in the way

    rule = ElidedCells()
    centre = table.visualRect(cut).center()
    event = QHelpEvent(QEvent.ToolTip, centre, table.viewport().mapToGlobal(centre))
    assert rule.eventFilter(table.viewport(), event)
    assert QToolTip.text() == long_text
    QToolTip.hideText()
    assert not rule.eventFilter(table.viewport(), QHelpEvent(QEvent.ToolTip, QPoint(5000, 5000), QPoint()))


def test_bench_columns_give_way_by_priority_keeping_name_status_and_last_worked_in_sight(qtbot, make_window,
                                                                                          data_dir):
    from talentdesk.services import demo
    from talentdesk.services.bench import COLUMNS

    demo.generate(data_dir, "small")
    window = make_window()
    window.show_view("bench")
    qtbot.waitUntil(lambda: window.screens["bench"].table.isVisible())
    table = window.screens["bench"].table
    header = table.horizontalHeader()
    def in_sight(key: str) -> bool:
        column = COLUMNS.index(key)
        return not header.isSectionHidden(column) and (
            header.sectionViewportPosition(column) + header.sectionSize(column) <= table.viewport().width())

    for size in ((760, 520), (1024, 640), (1280, 720), (1920, 1080)):
        window.resize(*size)
        # The columns are fitted after the resize is laid out: wait for it, not a fixed time (a busy machine).
        qtbot.waitUntil(lambda: all(in_sight(key) for key in ("name", "status", "last_worked")), timeout=5000)
        qtbot.wait(30)
        shown = [key for column, key in enumerate(COLUMNS) if not header.isSectionHidden(column)]
        if size == (760, 520):
            assert "overlap" not in shown and "local_time" not in shown  # the least needed went first
    assert len(shown) == len(COLUMNS)  # on a big screen every column is back


def test_the_week_bar_words_read_at_4_5_to_1_or_better_on_its_fill_and_beside_it(qtbot):
    from PySide6.QtGui import QColor

    from talentdesk.views.widgets.contrast import WeekBar, contrast_ratio, readable_on

    bar = WeekBar()
    qtbot.addWidget(bar)
    for over in (False, True):
        bar.set_over(over)
        fill = bar.fill()
        assert contrast_ratio(readable_on(fill), fill) >= 4.5, fill.name()
    assert readable_on(QColor("#ffff66")).name() == "#000000" and readable_on(QColor("#202040")).name() == "#ffffff"


def test_the_chart_counts_axis_has_whole_evenly_spaced_ticks():
    from talentdesk.views.timeline.chart import count_ticks

    for most in range(1, 300):
        top, ticks = count_ticks(most)
        step = top // (ticks - 1)
        assert top >= most and top % (ticks - 1) == 0 and 2 <= ticks <= 6, most
        assert step in (1, 2, 5, 10, 20, 25, 50, 100), most
        assert top - most < step, most  # no empty tick above the tallest bar
    assert count_ticks(14) == (15, 4)  # 0, 5, 10, 15 (was 0, 3, 7, 11, 14)


def test_the_monthly_chart_names_months_short_when_they_fit_and_by_letter_when_not(qtbot):
    """Qt Charts cuts a category label to its bar's width: 24 months in a narrow chart read "D…", "M…".
    The chart gives narrow names ("D", "M") there instead, and short ones ("Dec") when they fit."""
    from PySide6.QtCore import QLocale

    from talentdesk.services.timeline import MonthScore
    from talentdesk.views.timeline.chart import TrendChart

    months = [MonthScore(f"{2025 + (m - 1) // 12}-{(m - 1) % 12 + 1:02d}", 4.0, 3) for m in range(1, 25)]
    chart = TrendChart()
    qtbot.addWidget(chart)
    chart.resize(1400, 300)
    chart.show()
    chart.show_months(months, "Everyone")
    qtbot.waitUntil(lambda: chart.chart().plotArea().width() > 0)
    short = [QLocale().standaloneMonthName(m, QLocale.ShortFormat) for m in (1, 2, 3)]
    qtbot.waitUntil(lambda: [c.replace("\u200b", "") for c in chart._month_axis.categories()[:3]] == short)

    chart.resize(700, 300)
    narrow = [QLocale().standaloneMonthName(m, QLocale.NarrowFormat) for m in (1, 2, 3)]
    qtbot.waitUntil(lambda: [c.replace("\u200b", "") for c in chart._month_axis.categories()[:3]] == narrow)
    assert len(set(chart._month_axis.categories())) == 24, "each month stays its own category"


def test_a_short_chart_gives_the_legend_and_the_middle_ticks_to_its_plot_and_a_tall_one_gets_them_back(qtbot):
    from PySide6.QtCore import Qt as QtNames

    from talentdesk.services.timeline import MonthScore
    from talentdesk.views.timeline.chart import SHORT_CHART, TrendChart

    chart = TrendChart()
    qtbot.addWidget(chart)
    chart.resize(900, SHORT_CHART + 80)
    chart.show()
    chart.show_months([MonthScore("2026-01", 4.0, 3), MonthScore("2026-02", 3.5, 7)], "Everyone")

    def ticks():
        return [axis.tickCount() for axis in chart.chart().axes(QtNames.Vertical)]

    assert chart.chart().legend().isVisible() and ticks() == [6, 5]  # 0–5 and 0–8 by 2
    chart.resize(900, SHORT_CHART - 60)
    qtbot.waitUntil(lambda: not chart.chart().legend().isVisible())
    assert ticks() == [2, 2]
    chart.resize(900, SHORT_CHART + 80)
    qtbot.waitUntil(lambda: chart.chart().legend().isVisible())
    assert ticks() == [6, 5]
