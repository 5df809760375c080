"""A 100-page chronology against a bare Platypus build of the same content, in the same run.

Issue 6's target: within 1.3x. The app's figure is `reports.chronology.build`: the same entries
laid out on the shared page (title and case code on every page, "Confidential", the date, "page N
of M" written after the last page, metadata). The floor lays out the very same flowables with a
plain `SimpleDocTemplate.build` — no header, no footer, no page count — so the ratio is what the
page template costs. A second figure (no target) makes the same chronology from a vault through
the service, "case code only": reading the records and taking the name out of every note too.

Run: `python -m bench.chronology` (prints the table; `python -m bench` runs the registered set).
"""

from __future__ import annotations

import io
import random
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta

from reportlab.lib.pagesizes import A4
from reportlab.platypus import SimpleDocTemplate

from astra_desktop.core.court_documents import ChronologyData, ChronologyEntry, Heading, Source
from astra_desktop.core.disclosure import Choices
from astra_desktop.core.enums import Gender, NoteKind
from astra_desktop.core.models import Client, ContactNote
from astra_desktop.reports import chronology, page, templates
from astra_desktop.services import case_records, clients
from astra_desktop.services import court_documents as cdoc
from bench.common import Figure, Options, median, ms, new_vault, open_vault, scratch, timed

TARGET = 1.3
PAGES = 100
TIMES = 7
WHEN = datetime(2026, 3, 11, 14, 5)
WORDS = (
    "razgovor", "o", "smeštaju", "zdravlju", "ročištu", "pratnja", "policija", "tužilaštvo",
    "advokat", "svedočenje", "strah", "pretnje", "dokumenti", "pasoš", "zarada", "dug", "posao",
    "sigurna", "kuća", "psiholog", "lekar", "sud",
)  # fmt: skip


def _text(rng: random.Random) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(rng.randint(8, 60))).capitalize() + "."


def entries(count: int, seed: int = 1) -> tuple[ChronologyEntry, ...]:
    """Notes, hearings and services in a realistic mix, one to a few hours apart."""
    rng = random.Random(seed)
    start, found = datetime(2022, 1, 3, 9, 0), []
    for n in range(count):
        when = start + timedelta(hours=7 * n)
        pick = rng.random()
        if pick < 0.75:
            found.append(ChronologyEntry(when, Source.NOTE, "note",
                                         labels={"kind": ("note_kind", rng.choice(list(NoteKind)).value)},
                                         text=_text(rng)))  # fmt: skip
        elif pick < 0.9:
            found.append(ChronologyEntry(when, Source.HEARING, "hearing",
                                         labels={"kind": ("hearing_kind", "main-hearing"),
                                                 "status": ("status", "postponed")},
                                         values={"court": "Viši sud u Beogradu"}, text=_text(rng)))  # fmt: skip
        else:
            found.append(ChronologyEntry(when, Source.SERVICE, "service-started", timed=False,
                                         labels={"service": ("service", "psychological")},
                                         values={"provider": "Savetovalište"}))  # fmt: skip
    return tuple(found)


def data(count: int) -> ChronologyData:
    heading = Heading("chronology", "AST-2026-0042", "sr-Latn", WHEN, "ASTRA", "", Gender.FEMALE)
    return ChronologyData(heading, entries(count))


def pages_of(pdf: bytes) -> int:
    return pdf.count(b"/Type /Page\n") or pdf.count(b"/Type /Page")


def sized(target_pages: int) -> ChronologyData:
    """Enough entries for `target_pages` pages (counted from a first build)."""
    probe = data(400)
    per_page = 400 / max(1, pages_of(chronology.build(probe)))
    return data(int(per_page * target_pages))


def bare(d: ChronologyData) -> bytes:
    """The same flowables on a plain Platypus document: the floor."""
    t = templates.load("chronology", d.heading.lang)
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=A4, leftMargin=page.MARGIN, rightMargin=page.MARGIN,
                            topMargin=20 * 2.8346, bottomMargin=19 * 2.8346)  # fmt: skip
    doc.build(chronology.story(d, t))
    return buf.getvalue()


def _from_vault(d: ChronologyData) -> tuple[list[float], int]:
    """The same entries as notes in a vault, built through the service with "case code only"."""
    with scratch("chronology") as folder:
        new_vault(folder / "vault")
        with open_vault(folder / "vault") as sess:
            case = clients.register(sess, Client("Nada", "Đorđević"))
            with sess.write():
                for e in d.entries:
                    case_records.add_note(
                        sess, ContactNote(case.id, e.when, f"Nada: {e.text or 'sud'}")
                    )
            clock = lambda: WHEN.replace(tzinfo=UTC)  # noqa: E731
            every = Choices(all_notes=True)  # notes go in only when chosen
            pdf = cdoc.build(sess, "chronology", case.id, "sr-Latn", False, {}, clock, every)
            samples = timed(lambda: cdoc.build(sess, "chronology", case.id, "sr-Latn", False, {},
                                               clock, every), TIMES, warmup=1)  # fmt: skip
    return samples, pages_of(pdf)


def alternating(
    a: Callable[[], object], b: Callable[[], object]
) -> tuple[list[float], list[float]]:
    """Seconds of `a` and of `b`, run turn about, so a busy moment of the machine hits both."""
    a(), b()
    times_a, times_b = [], []
    for _ in range(TIMES):
        for fn, into in ((a, times_a), (b, times_b)):
            start = time.perf_counter()
            fn()
            into.append(time.perf_counter() - start)
    return times_a, times_b


def run(opts: Options) -> list[Figure]:
    d = sized(PAGES)
    app_pdf, floor_pdf = chronology.build(d), bare(d)
    app, floor = alternating(lambda: chronology.build(d), lambda: bare(d))
    ratio = median(app) / median(floor)
    figures = [
        Figure(
            name=f"chronology, {pages_of(app_pdf)} pages (report builder)", unit="ms",
            value=ms(median(app)), floor=ms(median(floor)),
            detail=f"{len(d.entries):,} entries; bare Platypus build {pages_of(floor_pdf)} pages; "
            f"median of {len(app)}",
            target=f"≤ {TARGET}× bare Platypus", ok=ratio <= TARGET,
            extra={"app_s": app, "floor_s": floor},
        ),
    ]  # fmt: skip
    service, pages = _from_vault(d)
    figures.append(
        Figure(
            name=f"chronology, {pages} pages (vault → PDF, case code only)", unit="ms",
            value=ms(median(service)), floor=ms(median(floor)),
            detail="through services/court_documents: read, redact, lay out; no target",
            extra={"service_s": service},
        )
    )  # fmt: skip
    return figures


if __name__ == "__main__":
    from bench.__main__ import print_table

    print_table(run(Options()))
