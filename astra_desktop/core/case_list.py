"""What the case list is asked (a `CaseQuery`) and what its first paint gets back.

Plain values: the GUI builds them, services check permissions, storage/case_list.py turns them
into SQL.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import IntEnum

from astra_desktop.core import collation
from astra_desktop.core.enums import CaseStatus, ExploitationType
from astra_desktop.core.models import CaseRow


class SortColumn(IntEnum):
    CASE_CODE = 0
    CLIENT = 1
    STATUS = 2
    OPENED = 3
    UPDATED = 4
    RISK = 5


@dataclass(frozen=True)
class CaseQuery:
    """What the case list shows: SQL does the filtering, searching and sorting."""

    text: str = ""
    statuses: tuple[CaseStatus, ...] = ()
    assigned_to_me: bool = False
    exploitation: ExploitationType | None = None
    risk_levels: tuple[str, ...] = ()  # "" stands for "not assessed"
    risk_overdue: bool = False
    sort: SortColumn = SortColumn.UPDATED
    descending: bool = True
    # Names in the order of the script the person reads: the GUI sets "cyrillic" in the Cyrillic UI.
    alphabet: collation.Order = "latin"
    extra: dict[str, str] = field(default_factory=dict, compare=False, hash=False)


@dataclass(frozen=True)
class CaseListStart:
    """The beginning of the case list, for its first paint."""

    seqs: list[str]  # the whole list if `complete`, else the first rows' numbers in order
    rows: dict[str, CaseRow]  # the first rows, by case number
    complete: bool
