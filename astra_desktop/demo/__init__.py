"""Plainly fictional demo records, for trying the app, training and measuring it at scale.

A layer above the services (gui and cli → demo → services): it makes its records through them,
and nothing in services, storage or core may import it, so no real-data path can reach it.
`vault` fills a vault and drives the rest: `clients` (clients, cases and their files), `court`
(appointments, proceedings, monitored trials), `hotline` (calls and missing-person searches),
`partners` (the referral network) and `risk` (assessments and safety plans).
"""

from astra_desktop.demo.clients import MARK, NICKNAMES, ORIGINS
from astra_desktop.demo.vault import create_demo_vault, fill, real_cases

__all__ = [
    "MARK",
    "NICKNAMES",
    "ORIGINS",
    "create_demo_vault",
    "fill",
    "real_cases",
]
