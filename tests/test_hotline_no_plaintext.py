"""Nothing typed into a call or a missing-person search reaches the disk readable, nor the logs."""

from __future__ import annotations

import logging
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from astra_desktop.core.hotline import Call, CallTopic
from astra_desktop.core.missing import ActionKind, MissingSearch, SearchAction, SearchStatus
from astra_desktop.services import hotline, missing
from astra_desktop.services import session as vs
from tests.conftest import ADMIN, ADMIN_PASS
from tests.test_no_plaintext import assert_plain_sqlite_cannot_read, field_texts, leaks

FIELDS = ("call.note", "call.contact", "call.referral", "search.person", "search.details",
          "search.place", "search.reporter", "search.reach", "action.text", "status.reason")  # fmt: skip


def test_hotline_markers_never_reach_disk_or_logs(
    vault_folder: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
    capfd: pytest.CaptureFixture[str],
) -> None:
    import tests.test_no_plaintext as np

    monkeypatch.setattr(np, "FIELDS", FIELDS)
    texts = field_texts()
    caplog.set_level(logging.DEBUG)
    clock = lambda: datetime(2026, 2, 2, 9, 0, tzinfo=UTC)  # noqa: E731
    with vs.unlock(vault_folder, ADMIN, ADMIN_PASS) as sess:
        call = hotline.log_call(
            sess,
            Call(datetime(2026, 2, 2, 9, 30), CallTopic.MISSING_PERSON, note=texts["call.note"],
                 caller_contact=texts["call.contact"], referral=texts["call.referral"]),
            clock,
        )  # fmt: skip
        search = missing.open_search(
            sess,
            MissingSearch(texts["search.person"], date(2026, 2, 2), call_id=call.id,
                          person_details=texts["search.details"],
                          last_seen_place=texts["search.place"], reporter=texts["search.reporter"],
                          reporter_contact=texts["search.reach"]),
            clock=clock,
        )  # fmt: skip
        missing.add_action(
            sess, SearchAction(search.id, ActionKind.EMBASSY, description=texts["action.text"],
                               done_on=date(2026, 2, 2)), clock,
        )  # fmt: skip
        missing.change_status(sess, search.id, SearchStatus.PAUSED, texts["status.reason"], clock)
        assert hotline.get(sess, call.id).note == texts["call.note"]
        assert missing.get(sess, search.id).person == texts["search.person"]
    out, err = capfd.readouterr()
    logs = {"log records": caplog.text.encode(), "stdout": out.encode(), "stderr": err.encode()}
    assert leaks(tmp_path, texts, logs) == []
    assert_plain_sqlite_cannot_read(vault_folder / "vault.db")
