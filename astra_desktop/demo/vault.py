"""Filling a vault with demo records, and making a throwaway demo vault (`--demo`).

Everything goes through the same services as real work (roles, validation, search index, audit
trail), so a demo vault behaves exactly like a real one. The same seed gives the same records
(ids and timestamps aside), so a slow screen or a bug seen with demo data can be reproduced.
Appointments, trials, calls and searches are dated back from the day the demo is made (hearings
ahead for the agenda, this year's figures for the statistics), so those repeat on the same day.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from pathlib import Path

from astra_desktop.demo.clients import MARK, one_client
from astra_desktop.demo.court import fill_court
from astra_desktop.demo.hotline import fill_hotline
from astra_desktop.demo.partners import fill_partners
from astra_desktop.demo.risk import fill_risk
from astra_desktop.errors import AstraError
from astra_desktop.services.session import Session
from astra_desktop.storage import cases as cases_db

BATCH = 2000  # clients per transaction: keeps the WAL and the page cache bounded
COURT_SAMPLE_PER_BATCH = 150
PROGRESS_EVERY = 100

NOT_A_DEMO_VAULT = (
    "This vault holds cases that are not demo data. Demo data goes only into a vault of its own: "
    "create one in another folder (--home DIR init) and add the demo data there."
)

Progress = Callable[[int, int], bool | None]  # (clients done, total) -> False to stop


def fill(session: Session, clients: int, seed: int = 1, progress: Progress | None = None) -> int:
    """Add `clients` fictional clients with their cases; return how many cases were made.

    Refuses a vault holding real cases: fictional records must never mix into a real caseload.
    Commits every BATCH clients, so memory and the WAL stay bounded and a stopped run keeps what it
    made (progress returning False stops it, at a client boundary). The same seed on the same vault
    makes the same records.
    """
    if real_cases(session):
        raise AstraError(NOT_A_DEMO_VAULT)
    fill_partners(session)
    rng = random.Random(seed)
    risk_rng = random.Random(
        seed * 7919 + 1
    )  # its own stream: adding risk data left names unchanged
    hotline_rng = random.Random(seed * 7919 + 2)  # its own stream too
    made = cases = 0
    keep_going = True
    while made < clients and keep_going:
        with session.write():
            batch: list[str] = []
            for _ in range(min(BATCH, clients - made)):
                batch += one_client(session, rng)
                made += 1
                if progress is not None and (made % PROGRESS_EVERY == 0 or made == clients):
                    keep_going = progress(made, clients) is not False
                    if not keep_going:
                        break
            cases += len(batch)
            fill_risk(session, risk_rng, batch)
            # Appointments and proceedings for a sample: enough to fill the agenda and the court
            # views, without making a 10,000-client demo take minutes.
            court_cases = risk_rng.sample(batch, min(len(batch), COURT_SAMPLE_PER_BATCH))
            fill_court(session, risk_rng, sorted(court_cases))
            fill_hotline(session, hotline_rng, batch)
    return cases


def real_cases(session: Session) -> int:
    """Cases `fill` did not make (their recruitment text lacks the demo mark): real work, or an import."""
    return cases_db.count_unmarked(session.db, MARK)


def create_demo_vault(
    folder: Path, user: str, passphrase: str, clients: int, progress: Progress | None = None
) -> None:
    """A new vault of plainly fictional records (`--demo`): this process then holds no real data,
    so SQLCipher's memory wiping is skipped (10x faster bulk writes) and the floor KDF is used."""
    from astra_desktop.services import session as vault_session
    from astra_desktop.storage import kdf

    vault_session.fictional_data_only()
    sess, _recovery = vault_session.create_vault(
        folder, user, passphrase, organisation="Demo", kdf_params=kdf.FLOOR
    )
    with sess:
        fill(sess, clients=clients, seed=1, progress=progress)
