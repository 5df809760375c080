"""The referral network of a demo vault: the partners an anti-trafficking NGO in Serbia works with.

Real kinds of institution under plausible generic names (the state Centre for the Protection of
Victims of Trafficking, a centre for social work, the police, the prosecutor's office and court of
the same city, IOM…); contacts are plainly fictional: duty roles instead of people, phone numbers
of the 000 series, e-mail at example.org (reserved for examples), and "[DEMO]" in the notes.
Through the same service as real work; adding them again to a vault that has them adds nothing.
Demo referrals, hotline referrals and missing-person inquiries point to these partners by id
(`registry_ids`); a few name a foreign organisation that is not in the registry, as real work does.
"""

from __future__ import annotations

import weakref

from astra_desktop.core.partners import Partner, PartnerFilter, PartnerKind, PartnerService
from astra_desktop.services import partners
from astra_desktop.services.session import Session

# Per open session: the registry's partners by name (a demo fill names them thousands of times).
_IDS: weakref.WeakKeyDictionary[Session, dict[str, str]] = weakref.WeakKeyDictionary()

MARK = "[DEMO]"
SERBIA = "Srbija"
K, S = PartnerKind, PartnerService


def _p(
    name: str, kind: PartnerKind, city: str, services: tuple[PartnerService, ...],
    contact: str, number: int, mailbox: str, note: str, country: str = SERBIA,
) -> Partner:  # fmt: skip
    return Partner(
        name, kind, city, country, contact_person=contact, phone=f"+381 11 000 {number:04d}",
        email=f"{mailbox}@example.org", services=list(services), notes=f"{MARK} {note}",
    )  # fmt: skip


def demo_partners() -> list[Partner]:
    """Fresh records each call (ids differ): the typical referral network, Belgrade-centred."""
    return [
        _p("Centar za zaštitu žrtava trgovine ljudima", K.SOCIAL_WELFARE, "Beograd",
           (S.SHELTER, S.PSYCHOLOGICAL, S.DOCUMENTS, S.REPATRIATION), "Služba za koordinaciju",
           101, "koordinacija", "Identifikacija žrtava; prihvatilište za urgentni smeštaj."),
        _p("Gradski centar za socijalni rad u Beogradu", K.SOCIAL_WELFARE, "Beograd",
           (S.FINANCIAL, S.DOCUMENTS, S.PSYCHOLOGICAL), "Dežurni socijalni radnik", 102,
           "gcsr.dezurstvo", "Starateljstvo za maloletne; jednokratna novčana pomoć."),
        _p("Centar za socijalni rad Novi Sad", K.SOCIAL_WELFARE, "Novi Sad",
           (S.FINANCIAL, S.DOCUMENTS), "Dežurni socijalni radnik", 103, "csr.novisad",
           "Nadležan za klijentkinje sa prebivalištem u Novom Sadu."),
        _p("Sigurna kuća za žene i decu", K.SHELTER, "Beograd",
           (S.SHELTER, S.PSYCHOLOGICAL), "Dežurna služba", 104, "sigurnakuca",
           "Adresa se ne upisuje; prijem preko centra za socijalni rad."),
        _p("Policijska uprava za grad Beograd", K.POLICE, "Beograd", (), "Dežurna služba",
           105, "pu.beograd", "Prijava nestanka i krivičnog dela."),
        _p("Više javno tužilaštvo u Beogradu", K.PROSECUTOR, "Beograd", (), "Pisarnica", 106,
           "vjt.beograd", "Predmeti trgovine ljudima (čl. 388 KZ)."),
        _p("Viši sud u Beogradu", K.COURT, "Beograd", (),
           "Služba za pomoć i podršku svedocima i oštećenima", 107, "vs.podrska", "Prijem oštećenih i svedoka pre ročišta."),
        _p("Klinički centar Srbije", K.HEALTH, "Beograd", (S.MEDICAL,), "Socijalna služba", 108,
           "kcs.socijalna", "Pregledi i lečenje bez zdravstvene knjižice uz uput."),
        _p("Međunarodna organizacija za migracije (IOM), misija u Srbiji", K.INTERNATIONAL,
           "Beograd", (S.REPATRIATION, S.DOCUMENTS, S.FINANCIAL), "Program za zaštitu migranata",
           109, "iom.srbija", "Dobrovoljni povratak i reintegracija stranih državljana."),
        _p("UNHCR, predstavništvo u Srbiji", K.INTERNATIONAL, "Beograd",
           (S.LEGAL_AID, S.DOCUMENTS), "Služba zaštite", 110, "unhcr.srbija",
           "Tražioci azila i izbeglice."),
        _p("Centar za besplatnu pravnu pomoć", K.LEGAL_AID, "Beograd", (S.LEGAL_AID,),
           "Koordinatorka pravne pomoći", 111, "pravnapomoc",
           "Besplatna pravna pomoć žrtvama trgovine ljudima."),
        _p("Nacionalna služba za zapošljavanje, filijala Beograd", K.EMPLOYMENT, "Beograd",
           (S.EDUCATION_EMPLOYMENT,), "Savetnik za zapošljavanje", 112, "nsz.beograd",
           "Obuke i programi zapošljavanja teže zapošljivih lica."),
        _p("Ambasada Ukrajine u Beogradu, konzularno odeljenje", K.EMBASSY, "Beograd",
           (S.DOCUMENTS, S.REPATRIATION), "Konzularno odeljenje", 113, "konzulat.ua",
           "Putne isprave i povratak državljana Ukrajine."),
        _p("Udruženje za podršku ženama", K.NGO, "Niš", (S.PSYCHOLOGICAL, S.EDUCATION_EMPLOYMENT),
           "Koordinatorka programa", 114, "podrska.nis", "Partnerska organizacija na jugu Srbije."),
    ]  # fmt: skip


def fill_partners(session: Session) -> int:
    """Add the demo partners the vault does not have yet (by name and town); how many were added."""
    held = {(p.name, p.city) for p in partners.find(session, PartnerFilter(active=None))}
    added = 0
    for partner in demo_partners():
        if (partner.name, partner.city) not in held:
            partners.add(session, partner)
            added += 1
    return added


def registry_ids(session: Session) -> dict[str, str]:
    """The registry's partners by name (active or not), read once per session."""
    found = _IDS.get(session)
    if found is None:
        found = {p.name: p.id for p in partners.find(session, PartnerFilter(active=None))}
        _IDS[session] = found
    return found


def target(session: Session, name: str) -> tuple[str | None, str]:
    """(partner_id, name) for a demo record naming `name`: its registry id when it is in the
    registry, else None and the name as free text."""
    return registry_ids(session).get(name), name
