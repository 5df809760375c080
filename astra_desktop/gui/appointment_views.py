"""One look for every list of appointments (agenda, my appointments, a case, a day of the month)."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from astra_desktop.gui.appointment_models import AppointmentListModel, Column


def appointment_table(model: AppointmentListModel) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(24)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setSectionResizeMode(Column.PLACE, QHeaderView.ResizeMode.Stretch)
    for column, width in (
        (Column.WHEN, 190),
        (Column.CASE, 120),
        (Column.CLIENT, 170),
        (Column.KIND, 160),
        (Column.STATUS, 140),
    ):
        view.setColumnWidth(column, width)
    return view
