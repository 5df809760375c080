"""Writes a sample of every court document in every language to docs/samples/ (fictional data,
"case code only"), so a lawyer can read what the app makes without installing it. The filings
are signed by a fictional lawyer holding a power of attorney, and name the client as the court
does ("N. Đ."); one more sample shows the request addressed to the public prosecutor.

Only `make samples` (ASTRA_SAMPLES=1) writes them; an ordinary run builds and checks every sample
in tmp_path and leaves the checkout as it was.

The clock and the import times are fixed, so the files only change when the documents do.
"""

from __future__ import annotations

import io
import os
from datetime import UTC, datetime
from pathlib import Path

import pytest
from pypdf import PdfReader

from astra_desktop.services import court_documents as cdoc
from astra_desktop.services import session as vs
from astra_desktop.storage import rows
from tests import _court_case, _filing_cases
from tests.test_court_documents import CLAIM

SAMPLES = Path(__file__).resolve().parent.parent / "docs" / "samples"
FIXED = datetime(2026, 3, 11, 13, 5, tzinfo=UTC)


def test_write_a_sample_of_every_document_in_every_language(
    session: vs.Session, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(rows, "now_utc", lambda: FIXED)
    made = _court_case.make(session, notes=12, designation="N. Đ.")
    _court_case.add_lawyer(session, made)
    target = SAMPLES if os.environ.get("ASTRA_SAMPLES") else tmp_path / "samples"
    target.mkdir(parents=True, exist_ok=True)
    for kind in cdoc.KINDS:
        extra = CLAIM if kind in ("property-claim", "civil-claim") else {}
        for lang in cdoc.LANGS:
            pdf = cdoc.build(session, kind, made.case_id, lang, False, extra, lambda: FIXED)
            path = target / f"{kind}.{lang}.pdf"
            path.write_bytes(pdf)
            assert len(PdfReader(path).pages) >= 1
            assert b"Nada" not in pdf
    pdf = cdoc.build(session, "vulnerable-witness", made.case_id, "sr-Latn", False,
                     {"addressee": "prosecutor"}, lambda: FIXED)  # fmt: skip
    (target / "vulnerable-witness.prosecutor.sr-Latn.pdf").write_bytes(pdf)
    assert b"Nada" not in pdf
    # The other fixture cases a lawyer asked to see: a minor (the juvenile law's protection), a
    # protected witness (the court's pseudonym), a plea agreement with the judgment recorded.
    extras = {
        ("minor", "vulnerable-witness"): {},
        ("minor", "property-claim"): CLAIM,
        ("protected-witness", "vulnerable-witness"): {},
        ("plea-agreement", "chronology"): {},
        ("plea-agreement", "attendance"): {},
        ("plea-agreement", "civil-claim"): CLAIM,
    }
    cases = {name: _filing_cases.make(session, name) for name in {f for f, _ in extras}}
    for (fixture, kind), extra in extras.items():
        pdf = cdoc.build(session, kind, cases[fixture].case_id, "sr-Latn", False, extra,
                         lambda: FIXED)  # fmt: skip
        (target / f"{kind}.{fixture}.sr-Latn.pdf").write_bytes(pdf)
        assert len(PdfReader(io.BytesIO(pdf)).pages) >= 1
    assert len(list(target.glob("*.pdf"))) >= len(cdoc.KINDS) * len(cdoc.LANGS) + 1 + len(extras)
