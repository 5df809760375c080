"""A Cyrillic court document in one script: what people typed in Serbian Latin (notes, outcomes,
articles "čl. 388 st. 1", defendants' initials, a Serbian name) changes to Cyrillic when the
document is made, after "case code only" took out what it takes out. Pure Python.

What stays as written: codes and case numbers with digits, file names and hashes, foreign words,
brand names and foreign acronyms (core/translit.py), and a person's name any word of which is
foreign (a court matches it to the passport: Nguyễn Văn Thành, Ștefan Popescu).
"""

from __future__ import annotations

import dataclasses
from enum import Enum
from typing import Any, TypeVar

from astra_desktop.core.translit import name_to_cyrillic, to_cyrillic

T = TypeVar("T")

# Fields (and keys of a chronology entry's values) that hold a person's name.
NAME_FIELDS = frozenset({"client_name", "party", "label", "defendant"})
# Fields that hold keys, codes, ids or what must match a file byte for byte; and the risk
# summary's level keys and plan (its texts are made in the document's script when gathered).
KEEP_FIELDS = frozenset(
    {"case_code", "kind", "lang", "event", "labels", "filename", "sha256", "mime", "id",
     "case_id", "client_id", "proceeding_id", "level", "computed", "history", "actions"}
)  # fmt: skip


def in_script(value: T, lang: str) -> T:
    """`value` (a document's data) with its typed text in the document's script."""
    if lang != "sr-Cyrl":
        return value
    result: T = _walk(value, "")
    return result


def _walk(value: Any, name: str) -> Any:
    if isinstance(value, Enum):
        return value
    if isinstance(value, str):
        return name_to_cyrillic(value) if name in NAME_FIELDS else to_cyrillic(value)
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        changes = {
            f.name: _walk(getattr(value, f.name), f.name)
            for f in dataclasses.fields(value)
            if f.name not in KEEP_FIELDS and f.init
        }
        return dataclasses.replace(value, **changes)
    if isinstance(value, list):
        return [_walk(v, name) for v in value]
    if isinstance(value, tuple):
        return tuple(_walk(v, name) for v in value)
    if isinstance(value, dict):
        return {k: v if k in KEEP_FIELDS else _walk(v, str(k)) for k, v in value.items()}
    return value
