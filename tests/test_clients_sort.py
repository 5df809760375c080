"""The case list sorted by client name in Serbian alphabet order, Latin and Cyrillic, on a real vault.

The vault keeps two keys per client (clients.sort_name: abeceda, clients.sort_name_cyrl: azbuka);
`CaseQuery.alphabet` picks the one the person reads. Schema 9 fills both for rows saved earlier.
"""

from __future__ import annotations

import random
import shutil
from pathlib import Path

import pytest

from astra_desktop.core import collation
from astra_desktop.core.models import Client
from astra_desktop.core.translit import to_cyrillic
from astra_desktop.services import clients
from astra_desktop.services import session as vs
from astra_desktop.services.clients import CaseQuery, SortColumn
from astra_desktop.storage import migrate

# One family name per letter, in abeceda order: a b c č ć d dž đ e f g h i j k l lj m n nj o p r s š
# t u v z ž (with pairs inside a letter: Lukić before Ljubić, Nikolić before Njegić).
ABECEDA = [
    "Anić", "Babić", "Cvijić", "Čavić", "Ćosić", "Denić", "Dragić", "Džinić", "Đurić", "Erić",
    "Filipović", "Gavrilović", "Hadžić", "Ilić", "Jović", "Kesić", "Lazić", "Lukić", "Ljubić",
    "Marić", "Nešić", "Nikolić", "Njegić", "Obradović", "Perić", "Ristić", "Savić", "Stanić",
    "Šapić", "Todorović", "Urošević", "Vasić", "Zorić", "Živić",
]  # fmt: skip
# The same names in azbuka order: а б в г д ђ е ж з и ј к л љ м н њ о п р с т ћ у ф х ц ч џ ш.
AZBUKA = [
    "Анић", "Бабић", "Васић", "Гавриловић", "Денић", "Драгић", "Ђурић", "Ерић", "Живић",
    "Зорић", "Илић", "Јовић", "Кесић", "Лазић", "Лукић", "Љубић", "Марић", "Нешић", "Николић",
    "Његић", "Обрадовић", "Перић", "Ристић", "Савић", "Станић", "Тодоровић", "Ћосић",
    "Урошевић", "Филиповић", "Хаџић", "Цвијић", "Чавић", "Џинић", "Шапић",
]  # fmt: skip


def _register_shuffled(session: vs.Session, families: list[str], seed: int = 9) -> None:
    shuffled = families[:]
    random.Random(seed).shuffle(shuffled)
    for family in shuffled:
        clients.register(session, Client(given_name="Ana", family_name=family))


def _families(session: vs.Session, alphabet: collation.Order, descending: bool = False) -> list:
    query = CaseQuery(statuses=(), sort=SortColumn.CLIENT, descending=descending, alphabet=alphabet)
    return [row.client_name.split(" ", 1)[1] for row in clients.list_cases(session, query, 1000)]


def test_the_two_lists_hold_the_same_names() -> None:
    assert sorted(to_cyrillic(n) for n in ABECEDA) == sorted(AZBUKA)


def test_latin_names_in_abeceda_and_azbuka_order(session: vs.Session) -> None:
    _register_shuffled(session, ABECEDA)
    assert _families(session, "latin") == ABECEDA
    assert _families(session, "latin", descending=True) == ABECEDA[::-1]
    assert [to_cyrillic(n) for n in _families(session, "cyrillic")] == AZBUKA


def test_cyrillic_names_in_azbuka_and_abeceda_order(session: vs.Session) -> None:
    _register_shuffled(session, AZBUKA)
    assert _families(session, "cyrillic") == AZBUKA
    assert _families(session, "latin") == [to_cyrillic(n) for n in ABECEDA]


def test_names_in_both_scripts_sort_together(session: vs.Session) -> None:
    # half typed in Latin, half in Cyrillic: each name sorts by its letters, not by its script
    mixed = [n if i % 2 else to_cyrillic(n) for i, n in enumerate(ABECEDA)]
    _register_shuffled(session, mixed)
    assert [to_cyrillic(n) for n in _families(session, "latin")] == [
        to_cyrillic(n) for n in ABECEDA
    ]
    assert [to_cyrillic(n) for n in _families(session, "cyrillic")] == AZBUKA


@pytest.mark.parametrize(
    ("before", "after", "alphabet"),
    [
        ("Cvijić", "Čavić", "latin"),  # č after c
        ("Čavić", "Ćosić", "latin"),  # ć after č
        ("Dragić", "Džinić", "latin"),  # dž after d
        ("Džinić", "Đurić", "latin"),  # đ after dž
        ("Lukić", "Ljubić", "latin"),  # lj after l
        ("Nikolić", "Njegić", "latin"),  # nj after n
        ("Stanić", "Šapić", "latin"),  # š after s
        ("Zorić", "Živić", "latin"),  # ž after z
        ("Ćosić", "Cvijić", "cyrillic"),  # ћ before ц
        ("Đurić", "Živić", "cyrillic"),  # ђ before ж
        ("Čavić", "Džinić", "cyrillic"),  # ч before џ
        ("Džinić", "Šapić", "cyrillic"),  # џ before ш
    ],
)
def test_pairs(session: vs.Session, before: str, after: str, alphabet: collation.Order) -> None:
    _register_shuffled(session, [after, before])
    assert _families(session, alphabet) == [before, after]


def test_renaming_a_client_moves_them_in_both_orders(session: vs.Session) -> None:
    _register_shuffled(session, ["Babić", "Vasić", "Perić"])
    case = next(c for c in clients.list_cases(session, CaseQuery(statuses=())) if "Perić" in
                c.client_name)  # fmt: skip
    client = clients.get_client(session, case.client_id)
    client.family_name = "Ćosić"
    clients.update_client(session, client)
    assert _families(session, "latin") == ["Babić", "Ćosić", "Vasić"]
    assert _families(session, "cyrillic") == ["Babić", "Vasić", "Ćosić"]  # б в … ћ
    row = session.db.execute(
        "SELECT sort_name, sort_name_cyrl FROM clients WHERE id = ?", (client.id,)
    ).fetchone()
    assert tuple(row) == (
        collation.sort_key("Ćosić Ana", "latin"),
        collation.sort_key("Ćosić Ana", "cyrillic"),
    )


def test_cyrillic_order_uses_its_index(session: vs.Session) -> None:
    plan = session.db.execute(
        "EXPLAIN QUERY PLAN SELECT id FROM clients ORDER BY sort_name_cyrl"
    ).fetchall()
    assert any("clients_sort_cyrl" in str(step[-1]) for step in plan), plan


def test_upgrade_fills_both_keys_for_existing_rows(tmp_path: Path) -> None:
    from tests.fixtures.make_vault_fixture import ADMIN, PASSPHRASE

    fixture = Path(__file__).parent / "fixtures" / "vault-schema-7"
    folder = tmp_path / "vault"
    shutil.copytree(fixture, folder)
    with vs.unlock(folder, ADMIN, PASSPHRASE) as sess:
        assert migrate.current_version(sess.db) == migrate.latest_version()
        keys = sess.db.execute(
            "SELECT family_name, given_name, sort_name, sort_name_cyrl FROM clients"
        ).fetchall()
        assert keys and all(
            (latin, cyrillic)
            == (
                collation.sort_key(f"{family} {given}", "latin"),
                collation.sort_key(f"{family} {given}", "cyrillic"),
            )
            for family, given, latin, cyrillic in keys
        )
