"""The partners registry as a page: the referral network, filtered by kind, town, what a partner
provides and whether it is active, with a search over names, towns, contacts and notes; per
partner, how many referrals, missing-person inquiries and hotline referrals name it.

Everyone who reads cases sees it; adding and editing go through PartnerDialog (roles that write
cases); making a partner inactive or active again is for an administrator. The list refreshes from
the one change notification (a "partner" written anywhere), never by another page calling it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHeaderView, QTableWidgetItem, QWidget

from astra_desktop.core.partners import (
    Partner,
    PartnerFilter,
    PartnerKind,
    PartnerService,
    PartnerUse,
)
from astra_desktop.errors import AstraError
from astra_desktop.gui import i18n, style
from astra_desktop.gui.change_hub import refresh_on
from astra_desktop.gui.dialogs import Messages
from astra_desktop.gui.forms.ui_partners_page import Ui_PartnersPage
from astra_desktop.gui.loading import Loader, say
from astra_desktop.gui.partners.dialog import PartnerDialog, kinds, services
from astra_desktop.gui.tasks import TaskRunner
from astra_desktop.gui.widgets import ValueCombo
from astra_desktop.services import partners
from astra_desktop.services.session import Session

ID_ROLE = Qt.ItemDataRole.UserRole
# columns (ui/partners_page.ui): name, kind, town, provides, contact, status, and the counts
USES = (6, 7, 8)  # the count columns


_Found = tuple[list[str], list[Partner], dict[str, PartnerUse]]  # towns, partners, their uses


class PartnersPage(QWidget):
    """Layout in ui/partners_page.ui; the column widths follow the headings, set here."""

    def __init__(
        self, session: Session, parent: QWidget | None = None, runner: TaskRunner | None = None
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.shown: list[Partner] = []
        self.uses: dict[str, PartnerUse] = {}
        # Read on the runner's worker when there is one (the counts go over every referral, call
        # and inquiry that names a partner); at once without.
        self.loader = Loader(self, runner)
        self._select_next: str | None = None  # the partner to choose once the list has come
        self._keep: str | None = None  # ... else the one chosen when it was asked for
        self.ui = ui = Ui_PartnersPage()
        ui.setupUi(self)
        self.search = ui.search
        self.kind: ValueCombo[PartnerKind | None] = ui.kind
        self.kind.add(self.tr("Every kind"), None)
        for member in PartnerKind:
            self.kind.add(kinds()[member.value], member)
        self.city: ValueCombo[str] = ui.city
        self.offers: ValueCombo[PartnerService | None] = ui.offers
        self.offers.add(self.tr("Providing anything"), None)
        for service in PartnerService:
            self.offers.add(services()[service.value], service)
        self.state: ValueCombo[bool | None] = ui.state
        self.state.add(self.tr("Active partners"), True)
        self.state.add(self.tr("Inactive partners"), False)
        self.state.add(self.tr("Active and inactive"), None)
        self.table = ui.table
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column, width in ((1, 200), (2, 120), (3, 200), (4, 200), (5, 80)):
            self.table.setColumnWidth(column, width)
        for column in USES:  # as wide as the heading: the counts are short
            self.table.setColumnWidth(column, max(60, header.sectionSizeHint(column)))
        self.count, self.message = ui.count, ui.message
        self.add_button, self.edit_button = ui.add_button, ui.edit_button
        self.deactivate_button, self.reactivate_button = ui.deactivate_button, ui.reactivate_button
        self.add_button.clicked.connect(lambda: self.add_partner())
        self.edit_button.clicked.connect(lambda: self.open_partner())
        self.deactivate_button.clicked.connect(lambda: self.set_active(False))
        self.reactivate_button.clicked.connect(lambda: self.set_active(True))
        self.add_button.setEnabled(partners.may_edit(session))
        self.admin = partners.may_change_activity(session)
        if not self.admin:
            self.message.setText(self.tr("Only an administrator makes a partner inactive or "
                                         "active again."))  # fmt: skip
        self.search.textChanged.connect(lambda _t: self.reload())
        for combo in (self.kind, self.city, self.offers, self.state):
            combo.currentIndexChanged.connect(lambda _i: self.reload())
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.table.doubleClicked.connect(lambda _i: self.open_partner())
        self._filling = False
        self.loader.busy_changed.connect(self._show_busy)
        self.reload()
        # the counts follow the records that name a partner, wherever they are written
        refresh_on(self, session, ("partner", "referral", "call", "missing-inquiry"), self.reload)

    # --- the list ---------------------------------------------------------------------------------
    def wanted(self) -> PartnerFilter:
        return PartnerFilter(
            kind=self.kind.value(), city=self.city.value() if self.city.count() else "",
            active=self.state.value(), offers=self.offers.value(), text=self.search.text(),
        )  # fmt: skip

    @property
    def loading(self) -> bool:
        """The list is being read (tests/gui/_loaded.py waits for this to end)."""
        return self.loader.busy

    def reload(self, select: str | None = None) -> None:
        """The list again from the vault, keeping the filters and the chosen partner (or choosing
        `select` once the list has come)."""
        if self._filling:
            return  # the town list being filled: not a choice of the person's
        if select is not None:
            self._select_next = select
        if not self.loading:  # (while it is, the rows shown are the older list's)
            chosen = self.selected()
            self._keep = chosen.id if chosen is not None else None
        session, wanted, alphabet = self.session, self.wanted(), i18n.alphabet()

        def fetch() -> _Found:
            towns = partners.cities(session)
            return towns, partners.find(session, wanted, alphabet), partners.usage(session)

        self.loader.load(fetch, self._show, self._failed)

    def _show(self, found: _Found) -> None:
        towns, self.shown, self.uses = found
        chosen = self._select_next or self._keep
        self._select_next = None
        self._filling = True
        try:
            self._fill_cities(towns)
            self.table.setRowCount(len(self.shown))
            for row, p in enumerate(self.shown):
                self._fill_row(row, p)
            style.tone(self.count, None)
            self.count.setText(self.tr("%n partner(s)", "", len(self.shown)))
            if chosen is not None:
                self.select(chosen)
        finally:
            self._filling = False
        self._selection_changed()

    def _show_busy(self, busy: bool) -> None:
        """While the list is read: it and the buttons acting on its partners are greyed out
        (adding one still works), and the line under it says so."""
        self.table.setEnabled(not busy)
        if busy:
            say(self.count, self.tr("Loading the partners…"))
        self._selection_changed()

    def _failed(self, exc: BaseException) -> None:
        """The list could not be read: said where its count goes; the filters stay usable."""
        self._select_next = None
        say(self.count, None, self.tr("The partners could not be read: {0}").format(exc))

    def _fill_cities(self, towns: list[str]) -> None:
        current = self.city.value() if self.city.count() else ""
        self.city.blockSignals(True)
        try:
            self.city.clear()
            self.city.add(self.tr("Every town"), "")
            for town in towns:
                self.city.add(town, town)
            if not self.city.set_value(current) and current:  # a town no partner is in any more
                self.city.add(current, current)
                self.city.set_value(current)
        finally:
            self.city.blockSignals(False)

    def _fill_row(self, row: int, p: Partner) -> None:
        names = services()
        contact = " · ".join(v for v in (p.contact_person, p.phone, p.email) if v)
        texts: tuple[str, ...] = (
            p.name, kinds().get(p.kind.value, p.kind.value),
            ", ".join(v for v in (p.city, p.country) if v),
            ", ".join(names.get(s.value, s.value) for s in p.services), contact,
            self.tr("Active") if p.active else self.tr("Inactive"),
        )  # fmt: skip
        use = self.uses.get(p.id, PartnerUse())
        texts += tuple(str(n) for n in (use.referrals, use.inquiries, use.hotline))
        for column, text in enumerate(texts):
            item = QTableWidgetItem(text)
            item.setToolTip(text)
            if column in USES:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if not p.active:
                item.setForeground(style.colour("muted"))
            self.table.setItem(row, column, item)
        first = self.table.item(row, 0)
        if first is not None:
            first.setData(ID_ROLE, p.id)

    def selected(self) -> Partner | None:
        """The partner chosen; None while the list is read (nothing acts on a stale row)."""
        if self.loading:
            return None
        rows = self.table.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self.shown):
            return None
        return self.shown[rows[0].row()]

    def select(self, partner_id: str) -> bool:
        for row, p in enumerate(self.shown):
            if p.id == partner_id:
                self.table.selectRow(row)
                return True
        return False

    def _selection_changed(self) -> None:
        chosen = self.selected()
        self.edit_button.setEnabled(chosen is not None)
        self.deactivate_button.setEnabled(self.admin and chosen is not None and chosen.active)
        self.reactivate_button.setEnabled(self.admin and chosen is not None and not chosen.active)

    # --- actions ----------------------------------------------------------------------------------
    def add_partner(self) -> PartnerDialog:
        dialog = PartnerDialog(self.session, None, self)
        dialog.saved.connect(self._saved)
        dialog.open()
        return dialog

    def open_partner(self) -> PartnerDialog | None:
        chosen = self.selected()
        if chosen is None:
            return None
        dialog = PartnerDialog(self.session, chosen.id, self)
        dialog.saved.connect(self._saved)
        dialog.open()
        return dialog

    def _saved(self, partner_id: str) -> None:
        self.reload(select=partner_id)

    def set_active(self, active: bool) -> bool:
        chosen = self.selected()
        if chosen is None:
            return False
        if not active and not Messages.ask(
            self,
            self.tr("Make the partner inactive?"),
            self.tr("{0} will no longer be offered for new referrals. Records that already name "
                    "it keep it, and it can be made active again.").format(chosen.name),
            self.tr("Make inactive"),
            self.tr("Cancel"),
        ):  # fmt: skip
            return False
        try:
            partners.set_active(self.session, chosen.id, active)
        except AstraError as exc:
            Messages.error(self, self.tr("Partners"), str(exc))
            return False
        self.reload(select=chosen.id)
        return True
