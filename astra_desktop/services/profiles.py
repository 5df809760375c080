"""The organisation's letterhead and the lawyers' profiles, kept inside the vault as JSON in the
`settings` table; and the powers of attorney a client gave, kept with each proceeding.

Anyone signed in reads them (documents need them); only an administrator changes the letterhead
and the lawyers; a power of attorney is part of the case (WRITE_CASES on it). Every change is
written into the audit trail, by key or id only.
"""

from __future__ import annotations

import json
from typing import Any

from astra_desktop.core import profiles as pf
from astra_desktop.core.appointments import Clock, local_now
from astra_desktop.core.enums import AuditAction
from astra_desktop.core.roles import Permission
from astra_desktop.errors import NotFound, ValidationError
from astra_desktop.services import proceedings
from astra_desktop.services.session import Session
from astra_desktop.storage import audit, meta
from astra_desktop.storage import settings as settings_db

ORGANISATION_KEY = "profile:organisation"
LAWYERS_KEY = "profile:lawyers"


def _read(session: Session, key: str) -> Any:
    text = settings_db.get(session.db, key)
    if text is None:
        return None
    try:
        return json.loads(text)
    except ValueError:
        return None


def _write(session: Session, key: str, value: object, entity_id: str, action: AuditAction) -> None:
    with session.write() as conn:
        settings_db.put(conn, key, json.dumps(value, ensure_ascii=False, sort_keys=True))
        audit.append(conn, session.actor.user_id, action.value, "setting", entity_id)


# --- the organisation -------------------------------------------------------------------------------
def organisation(session: Session) -> pf.Organisation:
    """The letterhead; its name defaults to the organisation named when the vault was made."""
    raw = _read(session, ORGANISATION_KEY)
    org = pf.organisation_from(raw) if isinstance(raw, dict) else pf.Organisation()
    if not org.name:
        named = meta.organisation(session.db)
        if named:
            org = pf.Organisation(named, org.address, org.city, org.registration_number,
                                  org.tax_number)  # fmt: skip
    return org


def save_organisation(session: Session, org: pf.Organisation) -> pf.Organisation:
    session.require(Permission.MANAGE_USERS)
    org = pf.check_organisation(org)
    _write(session, ORGANISATION_KEY, pf.to_json(org), ORGANISATION_KEY, AuditAction.CHANGE)
    return org


# --- lawyers ----------------------------------------------------------------------------------------
def lawyers(session: Session) -> list[pf.Lawyer]:
    """The lawyers, in the order they were added."""
    raw = _read(session, LAWYERS_KEY)
    if not isinstance(raw, list):
        return []
    return [pf.lawyer_from(x) for x in raw if isinstance(x, dict) and x.get("name")]


def lawyer(session: Session, wanted: str) -> pf.Lawyer:
    """A lawyer by id or name (a unique beginning of the name will do)."""
    return pf.find_lawyer(lawyers(session), wanted)


def save_lawyer(session: Session, lawyer: pf.Lawyer) -> pf.Lawyer:
    """Add the lawyer, or change the one with the same id."""
    session.require(Permission.MANAGE_USERS)
    found = lawyers(session)
    lawyer = pf.check_lawyer(lawyer, found)
    is_new = all(x.id != lawyer.id for x in found)
    kept = [lawyer if x.id == lawyer.id else x for x in found] + ([lawyer] if is_new else [])
    action = AuditAction.CREATE if is_new else AuditAction.CHANGE
    _write(session, LAWYERS_KEY, [pf.to_json(x) for x in kept], f"lawyer:{lawyer.id}", action)
    return lawyer


def remove_lawyer(session: Session, lawyer_id: str) -> None:
    """Take the lawyer off the list; powers of attorney already recorded keep the name."""
    session.require(Permission.MANAGE_USERS)
    found = lawyers(session)
    if all(x.id != lawyer_id for x in found):
        raise NotFound("That lawyer was not found: the list may have changed.")
    kept = [pf.to_json(x) for x in found if x.id != lawyer_id]
    _write(session, LAWYERS_KEY, kept, f"lawyer:{lawyer_id}", AuditAction.DELETE)


# --- powers of attorney -----------------------------------------------------------------------------
def powers(session: Session, proceeding_id: str) -> list[pf.PowerOfAttorney]:
    """The powers of attorney given for the proceeding, oldest first."""
    p = proceedings.get(session, proceeding_id)
    found = []
    for raw in p.powers_of_attorney:
        try:
            found.append(pf.PowerOfAttorney.from_dict(raw))
        except (KeyError, ValueError):
            continue  # an entry this version cannot read is left alone, not shown
    return sorted(found, key=lambda x: x.granted_on)


def add_power(
    session: Session, proceeding_id: str, power: pf.PowerOfAttorney, clock: Clock | None = None
) -> pf.PowerOfAttorney:
    """Record a power of attorney for the proceeding (an audited change of the proceeding)."""
    power = pf.check_power(power, local_now(clock).date())
    known = {x.id: x for x in lawyers(session)}
    if power.lawyer_id not in known:
        raise ValidationError("lawyer", "Choose the lawyer from the list of lawyers.")
    power = pf.PowerOfAttorney(power.lawyer_id, known[power.lawyer_id].name, power.granted_on,
                               power.scope)  # fmt: skip
    p = proceedings.get(session, proceeding_id)
    if power.to_dict() in p.powers_of_attorney:  # recorded already
        return power
    p.powers_of_attorney = [*p.powers_of_attorney, power.to_dict()]
    proceedings.update(session, p)
    return power


def remove_power(session: Session, proceeding_id: str, power: pf.PowerOfAttorney) -> None:
    p = proceedings.get(session, proceeding_id)
    kept = [x for x in p.powers_of_attorney if x != power.to_dict()]
    if len(kept) == len(p.powers_of_attorney):
        raise NotFound("That power of attorney was not found: it may have been removed.")
    p.powers_of_attorney = kept
    proceedings.update(session, p)


def power_for(session: Session, proceeding_id: str, lawyer: pf.Lawyer) -> pf.PowerOfAttorney | None:
    """The latest power of attorney the lawyer holds for the proceeding (by id, else by name)."""
    found = [x for x in powers(session, proceeding_id)
             if x.lawyer_id == lawyer.id or x.lawyer.casefold() == lawyer.name.casefold()]  # fmt: skip
    return found[-1] if found else None
