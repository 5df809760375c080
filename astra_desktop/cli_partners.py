"""`astra-desktop partners …`: the partners registry from the command line (list, add, make
inactive or active again), over services/partners like the window.

Kept apart from cli.py, which only registers it. A partner's contact details are printed only with
--contacts: they are not client data, but they are kept inside the vault for a reason. `list`
ends each line with how many referrals, missing-person inquiries and hotline referrals name the
partner (counts only).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING

from astra_desktop.core.partners import (
    Partner,
    PartnerFilter,
    PartnerKind,
    PartnerService,
    PartnerUse,
)
from astra_desktop.services import partners

if TYPE_CHECKING:
    from astra_desktop.cli import Context

UNLOCK = "line 1: your passphrase (the recovery key with --recovery)"
KINDS = [k.value for k in PartnerKind]
SERVICES = [s.value for s in PartnerService]


def _services(text: str) -> list[PartnerService]:
    """--offers shelter,legal-aid (or the option repeated)."""
    chosen = []
    for part in text.split(","):
        if part.strip():
            try:
                chosen.append(PartnerService(part.strip()))
            except ValueError:
                raise argparse.ArgumentTypeError(
                    f"{part.strip()!r} is not one of: {', '.join(SERVICES)}"
                ) from None
    return chosen


def _line(p: Partner, contacts: bool, use: PartnerUse) -> str:
    fields = [p.id, p.kind.value, p.name, p.city, p.country, ",".join(s.value for s in p.services)]
    if contacts:
        fields += [p.contact_person, p.phone, p.email]
    fields += [f"referrals={use.referrals}", f"inquiries={use.inquiries}",
               f"hotline={use.hotline}"]  # fmt: skip
    if not p.active:
        fields.append("inactive")
    return "\t".join(fields)


def cmd_partners(ctx: Context) -> int:
    a = ctx.args
    with ctx.unlock() as sess:
        if a.partners_action == "list":
            wanted = PartnerFilter(
                kind=PartnerKind(a.kind) if a.kind else None, city=a.city or "",
                active=None if a.all else not a.inactive,
                offers=PartnerService(a.offers) if a.offers else None, text=a.search or "",
            )  # fmt: skip
            found = partners.find(sess, wanted)
            uses = partners.usage(sess)
            for partner in found:
                print(_line(partner, a.contacts, uses.get(partner.id, PartnerUse())))
            if not found:
                print("No partners match.", file=sys.stderr)
        elif a.partners_action == "add":
            offers = [s for group in a.offers for s in group]
            partner = partners.add(sess, Partner(
                a.name, PartnerKind(a.kind), a.city, a.country, a.contact_person, a.phone,
                a.email, offers, a.notes,
            ))  # fmt: skip
            print(f"Added the partner {partner.name} ({partner.kind.value}): {partner.id}")
        else:
            active = a.partners_action == "reactivate"
            partner = partners.set_active(sess, a.id, active)
            state = "active again" if active else "inactive; records that name it keep it"
            print(f"The partner {partner.name} is {state}.")
    return 0


def add_commands(
    add: Callable[[str, Callable[[Context], int], str, str], argparse.ArgumentParser],
) -> None:
    p = add("partners", cmd_partners,
            "The partners registry: organisations and institutions the NGO works with", UNLOCK)  # fmt: skip
    sub = p.add_subparsers(dest="partners_action", required=True, metavar="ACTION")
    ls = sub.add_parser("list", help="list partners (tab-separated: id, kind, name, town, "
                        "country, what they provide, then referrals=N inquiries=N hotline=N: "
                        "the records that name the partner)")  # fmt: skip
    ls.add_argument("--kind", choices=KINDS)
    ls.add_argument("--city", metavar="TOWN", help="in this town, however it is written")
    ls.add_argument("--offers", choices=SERVICES, help="providing this")
    ls.add_argument("--search", metavar="TEXT", help="words in the name, town, contact or notes")
    state = ls.add_mutually_exclusive_group()
    state.add_argument("--inactive", action="store_true", help="only inactive partners")
    state.add_argument("--all", action="store_true", help="active and inactive partners")
    ls.add_argument("--contacts", action="store_true",
                    help="also print the contact person, phone and e-mail")  # fmt: skip
    ad = sub.add_parser("add", help="add a partner (roles that write cases)")
    ad.add_argument("--name", required=True)
    ad.add_argument("--kind", required=True, choices=KINDS)
    ad.add_argument("--city", default="", metavar="TOWN")
    ad.add_argument("--country", default="")
    ad.add_argument("--contact-person", default="", metavar="NAME")
    ad.add_argument("--phone", default="")
    ad.add_argument("--email", default="")
    ad.add_argument("--offers", type=_services, action="append", default=[], metavar="LIST",
                    help="what they provide, comma-separated or repeated: "
                         + ", ".join(SERVICES))  # fmt: skip
    ad.add_argument("--notes", default="")
    for action, text in (
        ("deactivate", "make a partner inactive (administrators)"),
        ("reactivate", "make an inactive partner active again (administrators)"),
    ):
        sp = sub.add_parser(action, help=text)
        sp.add_argument("id", metavar="PARTNER_ID")
