"""Test helper (not tests): one record of every kind, each free-text field holding a given text.

Used by the no-plaintext tests in-process and by tests/_writer.py in a process that gets killed.
"""

from __future__ import annotations

import io
from collections.abc import Mapping
from datetime import date, datetime, timedelta

from astra_desktop.core.enums import ReferralDirection, ServiceKind
from astra_desktop.core.models import (
    Case,
    Client,
    Consent,
    ContactNote,
    Referral,
    ServiceRecord,
)
from astra_desktop.services import case_records, clients, documents
from astra_desktop.services.session import Session

# Every free-text field a person can type into, by record type.
FIELDS = (
    "client.given_name",
    "client.family_name",
    "client.alias",
    "client.contact",
    "client.safe_contact_instructions",
    "client.children",
    "client.guardian",
    "case.recruitment",
    "case.places_of_exploitation",
    "case.identified_by",
    "case.referral_source",
    "note.body",
    "service.provider",
    "service.notes",
    "referral.organisation",
    "referral.reason",
    "consent.scope",
    "document.filename",
    "document.description",
    "document.content",
)


def document_bytes(text: str) -> bytes:
    """A document holding the text as UTF-8 and as UTF-16 (as a word processor might)."""
    return b"%PDF-1.4\n" + text.encode("utf-8") + b"\n" + text.encode("utf-16-le") + b"\n"


def fill_every_field(session: Session, text: Mapping[str, str]) -> dict[str, str]:
    """Register a client and case, add a note, service, referral, consent and document, each
    field set to text[field]; return the new records' ids by record type."""
    t = text
    client = Client(
        given_name=t["client.given_name"],
        family_name=t["client.family_name"],
        aliases=[t["client.alias"]],
        contact=t["client.contact"],
        safe_contact_instructions=t["client.safe_contact_instructions"],
        children=t["client.children"],
        guardian=t["client.guardian"],
    )
    case = Case(
        client_id=client.id,
        recruitment=t["case.recruitment"],
        places_of_exploitation=t["case.places_of_exploitation"],
        identified_by=t["case.identified_by"],
        referral_source=t["case.referral_source"],
    )
    clients.register(session, client, case)
    when = datetime.now() - timedelta(minutes=5)
    note = case_records.add_note(session, ContactNote(case.id, when, t["note.body"]))
    service = case_records.add_entry(
        session,
        ServiceRecord(
            case.id,
            ServiceKind.MEDICAL,
            date.today(),
            provider=t["service.provider"],
            notes=t["service.notes"],
        ),
    )
    referral = case_records.add_entry(
        session,
        Referral(
            case.id,
            ReferralDirection.OUT,
            t["referral.organisation"],
            date.today(),
            reason=t["referral.reason"],
        ),
    )
    consent = case_records.record_consent(
        session, Consent(client.id, date.today(), t["consent.scope"])
    )
    content = document_bytes(t["document.content"])
    doc = documents.import_stream(
        session,
        case.id,
        t["document.filename"] + ".pdf",
        io.BytesIO(content).read,
        len(content),
        "application/pdf",
        t["document.description"],
    )
    return {
        "client": client.id,
        "case": case.id,
        "note": note.id,
        "service": service.id,
        "referral": referral.id,
        "consent": consent.id,
        "document": doc.id,
    }


def read_every_field(session: Session, ids: Mapping[str, str]) -> dict[str, str]:
    """The fields written by fill_every_field, read back through the services (as views are)."""
    client = clients.get_client(session, ids["client"])
    case = clients.get_case(session, ids["case"])
    (note,) = [n for n in case_records.notes(session, case.id) if n.id == ids["note"]]
    (service,) = case_records.entries(session, ServiceRecord, case.id)
    (referral,) = case_records.entries(session, Referral, case.id)
    (consent,) = case_records.consents(session, client.id)
    (doc,) = [d for d in documents.documents(session, case.id) if d.id == ids["document"]]
    content = documents.read_bytes(session, doc.id)
    return {
        "client.given_name": client.given_name,
        "client.family_name": client.family_name,
        "client.alias": client.aliases[0],
        "client.contact": client.contact,
        "client.safe_contact_instructions": client.safe_contact_instructions,
        "client.children": client.children,
        "client.guardian": client.guardian,
        "case.recruitment": case.recruitment,
        "case.places_of_exploitation": case.places_of_exploitation,
        "case.identified_by": case.identified_by,
        "case.referral_source": case.referral_source,
        "note.body": note.body,
        "service.provider": service.provider,
        "service.notes": service.notes,
        "referral.organisation": referral.organisation,
        "referral.reason": referral.reason,
        "consent.scope": consent.scope,
        "document.filename": doc.filename.removesuffix(".pdf"),
        "document.description": doc.description,
        "document.content": content.split(b"\n")[1].decode("utf-8"),
    }
