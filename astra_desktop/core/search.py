"""What a search finds: one case, with how it was found."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class SearchHit:
    case_id: str
    case_code: str
    client_id: str
    client_name: str
    in_notes: bool  # found in its contact notes only
