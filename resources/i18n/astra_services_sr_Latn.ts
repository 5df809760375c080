<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sr_Latn_RS">
    <context>
        <name>ServiceMessages</name>
        <message>
            <source>Item {n}</source>
            <extracomment>astra_desktop/core/claims.py</extracomment>
            <translation>Stavka {n}</translation>
        </message>
        <message>
            <source>Cost {n}</source>
            <extracomment>astra_desktop/core/claims.py</extracomment>
            <translation>Trošak {n}</translation>
        </message>
        <message>
            <source>The office file {name} was refused: {why}. Nothing from it was applied. Sync again later; if this stays, tell the administrator.</source>
            <extracomment>astra_desktop/core/team.py</extracomment>
            <translation>Datoteka kancelarije {name} je odbijena: {why}. Ništa iz nje nije primenjeno. Ponovo pokrenite sinhronizaciju kasnije; ako se ovo ponovi, obavestite administratora.</translation>
        </message>
        <message>
            <source>Wrong passphrase entered recently. Wait {seconds} s before the next try (the wait doubles with every wrong passphrase).</source>
            <extracomment>astra_desktop/errors.py</extracomment>
            <translation>Nedavno je uneta pogrešna lozinka. Sačekajte {seconds} s pre sledećeg pokušaja (vreme čekanja se udvostručava posle svake pogrešne lozinke).</translation>
        </message>
        <message>
            <source>Case code {code} is already in use. Choose another or leave it empty.</source>
            <extracomment>astra_desktop/errors.py</extracomment>
            <translation>Šifra slučaja {code} je već u upotrebi. Izaberite drugu ili ostavite polje prazno.</translation>
        </message>
        <message>
            <source>The disk is full: {what} could not be written. Nothing was changed; free some space and try again.</source>
            <extracomment>astra_desktop/errors.py</extracomment>
            <translation>Disk je pun: nije bilo moguće upisati {what}. Ništa nije promenjeno; oslobodite malo prostora i pokušajte ponovo.</translation>
        </message>
        <message>
            <source>Nothing was imported: {problems} (and {more} more)</source>
            <extracomment>astra_desktop/errors.py</extracomment>
            <translation>Ništa nije uvezeno: {problems} (i još {more})</translation>
        </message>
        <message>
            <source>Nothing was imported: {problems}</source>
            <extracomment>astra_desktop/errors.py</extracomment>
            <translation>Ništa nije uvezeno: {problems}</translation>
        </message>
        <message>
            <source>{conflicts} (and {more} more) Choose another time, or save anyway if both really fit.</source>
            <extracomment>astra_desktop/services/appointments.py</extracomment>
            <translation>{conflicts} (i još {more}) Izaberite drugo vreme ili ipak sačuvajte ako se oba termina zaista uklapaju.</translation>
        </message>
        <message>
            <source>{conflicts} Choose another time, or save anyway if both really fit.</source>
            <extracomment>astra_desktop/services/appointments.py</extracomment>
            <translation>{conflicts} Izaberite drugo vreme ili ipak sačuvajte ako se oba termina zaista uklapaju.</translation>
        </message>
        <message>
            <source>{why}; nothing was written and the vault is unchanged.</source>
            <extracomment>astra_desktop/services/backups.py</extracomment>
            <translation>{why}; ništa nije upisano i baza je ostala nepromenjena.</translation>
        </message>
        <message>
            <source>The backup was cancelled</source>
            <extracomment>astra_desktop/services/backups.py</extracomment>
            <translation>Pravljenje rezervne kopije je otkazano</translation>
        </message>
        <message>
            <source>The backup could not be written to {folder}: the drive is full, does not take files this large (USB sticks formatted FAT32 take at most 4 GB per file), or failed. Nothing was written and the vault is unchanged; free some space or choose another drive, then try again.</source>
            <extracomment>astra_desktop/services/backups.py</extracomment>
            <translation>Rezervna kopija nije mogla da se upiše u fasciklu {folder}: disk je pun, ne prima ovako velike fajlove (USB fleš formatiran kao FAT32 prima najviše 4 GB po fajlu) ili je otkazao. Ništa nije upisano i baza je ostala nepromenjena; oslobodite prostor ili izaberite drugi disk, pa pokušajte ponovo.</translation>
        </message>
        <message>
            <source>The copy made for the backup did not check out ({problems}). Nothing was written. Run `astra-desktop check` and tell the administrator.</source>
            <extracomment>astra_desktop/services/backups.py</extracomment>
            <translation>Kopija napravljena za rezervnu kopiju nije prošla proveru ({problems}). Ništa nije upisano. Pokrenite `astra-desktop check` i obavestite administratora.</translation>
        </message>
        <message>
            <source>line {line}: the line cannot be read as CSV ({exc})</source>
            <extracomment>astra_desktop/services/csv_import.py</extracomment>
            <translation>red {line}: red ne može da se pročita kao CSV ({exc})</translation>
        </message>
        <message>
            <source>line {line}: has {values} values but the header names {columns} columns (a missing or extra delimiter?)</source>
            <extracomment>astra_desktop/services/csv_import.py</extracomment>
            <translation>red {line}: ima {values} vrednosti, a zaglavlje navodi {columns} kolona (nedostaje neki znak za razdvajanje ili ih ima previše?)</translation>
        </message>
        <message>
            <source>line {line}: {problem}</source>
            <extracomment>astra_desktop/services/csv_import.py</extracomment>
            <translation>red {line}: {problem}</translation>
        </message>
        <message>
            <source>line {line}: {problem} (column {column})</source>
            <extracomment>astra_desktop/services/csv_import.py</extracomment>
            <translation>red {line}: {problem} (kolona {column})</translation>
        </message>
        <message>
            <source>line {line}: “{code}” is not a case code; they look like AST-2026-0042 (leave the cell empty to get the next free one)</source>
            <extracomment>astra_desktop/services/csv_import.py</extracomment>
            <translation>red {line}: „{code}” nije šifra slučaja; šifre izgledaju kao AST-2026-0042 (ostavite polje prazno da biste dobili sledeću slobodnu)</translation>
        </message>
        <message>
            <source>line {line}: case code {code} is also on line {other}</source>
            <extracomment>astra_desktop/services/csv_import.py</extracomment>
            <translation>red {line}: šifra slučaja {code} nalazi se i u redu {other}</translation>
        </message>
        <message>
            <source>line {line}: case code {code} is already in use in the vault</source>
            <extracomment>astra_desktop/services/csv_import.py</extracomment>
            <translation>red {line}: šifra slučaja {code} je već u upotrebi u bazi</translation>
        </message>
        <message>
            <source>The import was cancelled; nothing was added.</source>
            <extracomment>astra_desktop/services/documents.py</extracomment>
            <translation>Uvoz je otkazan; ništa nije dodato.</translation>
        </message>
        <message>
            <source>vault.keys: {exc}</source>
            <extracomment>astra_desktop/services/integrity.py</extracomment>
            <translation>vault.keys: {exc}</translation>
        </message>
        <message>
            <source>the search index is damaged (it can be rebuilt)</source>
            <extracomment>astra_desktop/services/integrity.py</extracomment>
            <translation>indeks pretrage je oštećen (može se ponovo izgraditi)</translation>
        </message>
        <message>
            <source>{count} page(s) of vault.db fail their authentication check</source>
            <extracomment>astra_desktop/services/integrity.py</extracomment>
            <translation>broj stranica datoteke vault.db koje ne prolaze proveru autentičnosti: {count}</translation>
        </message>
        <message>
            <source>the database structure is damaged: {detail}</source>
            <extracomment>astra_desktop/services/integrity.py</extracomment>
            <translation>struktura baze podataka je oštećena: {detail}</translation>
        </message>
        <message>
            <source>{count} record(s) point to records that do not exist</source>
            <extracomment>astra_desktop/services/integrity.py</extracomment>
            <translation>broj zapisa koji upućuju na nepostojeće zapise: {count}</translation>
        </message>
        <message>
            <source>Parts of vault.db do not match the rest ({detail}): the file has been damaged or pieced together from different copies. Do not work in this vault; restore your most recent backup and tell the administrator.</source>
            <extracomment>astra_desktop/services/integrity.py</extracomment>
            <translation>Delovi fajla vault.db se ne slažu sa ostatkom ({detail}): fajl je oštećen ili sastavljen od različitih kopija. Ne radite u ovoj bazi; vratite najnoviju rezervnu kopiju i obavestite administratora.</translation>
        </message>
        <message>
            <source>tables {names}</source>
            <extracomment>astra_desktop/services/integrity.py</extracomment>
            <translation>tabele {names}</translation>
        </message>
        <message>
            <source>vault.db could not be read to the end ({detail}): it is damaged</source>
            <extracomment>astra_desktop/services/integrity.py</extracomment>
            <translation>datoteka vault.db nije mogla da se pročita do kraja ({detail}): oštećena je</translation>
        </message>
        <message>
            <source>document {doc_id} does not match the fingerprint taken at import</source>
            <extracomment>astra_desktop/services/integrity.py</extracomment>
            <translation>dokument {doc_id} ne odgovara otisku uzetom pri uvozu</translation>
        </message>
        <message>
            <source>The vault key cannot be rotated yet: the keys of {names} are still in the old format. Each of these users must log in once (or an administrator resets their passphrase; for the recovery key, open the vault with it once). Then rotate the vault key.</source>
            <extracomment>astra_desktop/services/rekey.py</extracomment>
            <translation>Ključ baze još ne može da se promeni: ključevi za {names} su još u starom formatu. Svako od njih mora jednom da se prijavi (ili administrator da mu postavi novu lozinku; za ključ za oporavak, jednom otvorite bazu njime). Zatim promenite ključ baze.</translation>
        </message>
        <message>
            <source>the recovery key</source>
            <extracomment>astra_desktop/services/rekey.py</extracomment>
            <translation>ključ za oporavak</translation>
        </message>
        <message>
            <source>The restore was cancelled; nothing was restored or replaced.</source>
            <extracomment>astra_desktop/services/restore.py</extracomment>
            <translation>Vraćanje iz rezervne kopije je otkazano; ništa nije vraćeno ni zamenjeno.</translation>
        </message>
        <message>
            <source>The vault in {folder} is {current}, but this backup is of another vault: {backup}. Nothing was replaced. Check that this is the right backup and the right folder.</source>
            <extracomment>astra_desktop/services/restore.py</extracomment>
            <translation>Šifrovana baza u folderu {folder} je {current}, a ova rezervna kopija je kopija druge baze: {backup}. Ništa nije zamenjeno. Proverite da li su ovo prava rezervna kopija i pravi folder.</translation>
        </message>
        <message>
            <source>its database copy is unreadable ({exc})</source>
            <extracomment>astra_desktop/services/restore.py</extracomment>
            <translation>kopija baze ne može da se pročita ({exc})</translation>
        </message>
        <message>
            <source>The user name or passphrase is not right for the vault in {name}: give an account that existed when the backup was made, or use the recovery key.</source>
            <extracomment>astra_desktop/services/restore.py</extracomment>
            <translation>Korisničko ime ili lozinka ne odgovaraju bazi iz fajla {name}: navedite nalog koji je postojao kada je rezervna kopija napravljena ili upotrebite ključ za oporavak.</translation>
        </message>
        <message>
            <source>a vault (id {id})</source>
            <extracomment>astra_desktop/services/restore.py</extracomment>
            <translation>šifrovana baza (ID {id})</translation>
        </message>
        <message>
            <source>“{organisation}” (id {id}, made {made})</source>
            <extracomment>astra_desktop/services/restore.py</extracomment>
            <translation>„{organisation}“ (ID {id}, napravljena {made})</translation>
        </message>
        <message>
            <source>a vault (id {id}, made {made})</source>
            <extracomment>astra_desktop/services/restore.py</extracomment>
            <translation>šifrovana baza (ID {id}, napravljena {made})</translation>
        </message>
        <message>
            <source>{vault}, backup made {when}</source>
            <extracomment>astra_desktop/services/restore.py</extracomment>
            <translation>{vault}, rezervna kopija napravljena {when}</translation>
        </message>
        <message>
            <source>the restored records differ from the backup's</source>
            <extracomment>astra_desktop/services/restore.py</extracomment>
            <translation>vraćeni zapisi se razlikuju od zapisa u rezervnoj kopiji</translation>
        </message>
        <message>
            <source>vault.db is missing from the vault folder</source>
            <extracomment>astra_desktop/services/session.py</extracomment>
            <translation>vault.db nedostaje u fascikli baze</translation>
        </message>
        <message>
            <source>vault.db is cut short ({size} bytes)</source>
            <extracomment>astra_desktop/services/session.py</extracomment>
            <translation>vault.db je skraćen ({size} bajtova)</translation>
        </message>
        <message>
            <source>The vault file (vault.db) is damaged or is not an ASTRA vault: {detail}. Nothing was changed. Restore the vault from your most recent backup and tell the administrator.</source>
            <extracomment>astra_desktop/services/splice_check.py</extracomment>
            <translation>Fajl baze (vault.db) je oštećen ili nije ASTRA baza: {detail}. Ništa nije promenjeno. Vratite bazu iz najnovije rezervne kopije i obavestite administratora.</translation>
        </message>
        <message>
            <source>this account does not hold the audit key, so the trail cannot be verified</source>
            <extracomment>astra_desktop/storage/audit_keys.py</extracomment>
            <translation>ovaj nalog nema ključ evidencije aktivnosti, pa se evidencija ne može proveriti</translation>
        </message>
        <message>
            <source>the audit key chain has been removed from the vault</source>
            <extracomment>astra_desktop/storage/audit_keys.py</extracomment>
            <translation>lanac ključeva evidencije aktivnosti uklonjen je iz trezora</translation>
        </message>
        <message>
            <source>audit entries before {seq}, where the protected trail starts, were altered</source>
            <extracomment>astra_desktop/storage/audit_keys.py</extracomment>
            <translation>stavke evidencije aktivnosti pre stavke {seq}, od koje počinje zaštićena evidencija, izmenjene su</translation>
        </message>
        <message>
            <source>audit entries from {seq} on do not match the audit key</source>
            <extracomment>astra_desktop/storage/audit_keys.py</extracomment>
            <translation>stavke evidencije aktivnosti od {seq} nadalje ne odgovaraju ključu evidencije</translation>
        </message>
        <message>
            <source>audit entry {seq} has been altered, removed or moved</source>
            <extracomment>astra_desktop/storage/audit_keys.py</extracomment>
            <translation>stavka evidencije aktivnosti {seq} je izmenjena, uklonjena ili premeštena</translation>
        </message>
        <message>
            <source>audit entries {first}–{last} have been removed from the end</source>
            <extracomment>astra_desktop/storage/audit_keys.py</extracomment>
            <translation>stavke evidencije aktivnosti {first}–{last} uklonjene su sa kraja</translation>
        </message>
        <message>
            <source>{name} is not an ASTRA {what} (or it is cut short at its very start). Nothing was used from it. Choose the right file.</source>
            <extracomment>astra_desktop/storage/backup_format.py</extracomment>
            <translation>{name} nije ASTRA fajl ove vrste ({what}) ili je skraćen već na samom početku. Ništa iz njega nije korišćeno. Izaberite odgovarajući fajl.</translation>
        </message>
        <message>
            <source>The {what} {name} is damaged or has been changed ({detail}). Nothing was used from it and nothing was changed. Use another copy, and tell the administrator.</source>
            <extracomment>astra_desktop/storage/backup_format.py</extracomment>
            <translation>Fajl {name} ({what}) je oštećen ili izmenjen ({detail}). Ništa iz njega nije korišćeno i ništa nije promenjeno. Upotrebite drugu kopiju i obavestite administratora.</translation>
        </message>
        <message>
            <source>That passphrase does not open the {what} {name}. Nothing was used from it. Check Caps Lock and the keyboard language, then try again.</source>
            <extracomment>astra_desktop/storage/backup_format.py</extracomment>
            <translation>Ova lozinka ne otvara fajl {name} ({what}). Ništa iz njega nije korišćeno. Proverite Caps Lock i jezik tastature, pa pokušajte ponovo.</translation>
        </message>
        <message>
            <source>That recovery key does not open the {what} {name}. Nothing was used from it. Type the key exactly as printed on the emergency sheet of the vault it was made from.</source>
            <extracomment>astra_desktop/storage/backup_format.py</extracomment>
            <translation>Ovaj ključ za oporavak ne otvara fajl {name} ({what}). Ništa iz njega nije korišćeno. Upišite ključ tačno kako je odštampan na listu za hitne slučajeve baze iz koje je fajl napravljen.</translation>
        </message>
        <message>
            <source>{pages} damaged page(s)</source>
            <extracomment>astra_desktop/storage/database.py</extracomment>
            <translation>broj oštećenih stranica: {pages}</translation>
        </message>
        <message>
            <source>records do not add up in {tables}</source>
            <extracomment>astra_desktop/storage/db_copy.py</extracomment>
            <translation>zapisi se ne slažu u: {tables}</translation>
        </message>
        <message>
            <source>the copy's structure is damaged: {detail}</source>
            <extracomment>astra_desktop/storage/db_copy.py</extracomment>
            <translation>struktura kopije je oštećena: {detail}</translation>
        </message>
        <message>
            <source>its records differ from the vault it was made from</source>
            <extracomment>astra_desktop/storage/db_copy.py</extracomment>
            <translation>zapisi se razlikuju od zapisa u bazi iz koje je napravljena</translation>
        </message>
        <message>
            <source>its audit trail differs from the vault's</source>
            <extracomment>astra_desktop/storage/db_copy.py</extracomment>
            <translation>evidencija aktivnosti se razlikuje od one u bazi</translation>
        </message>
        <message>
            <source>its data format differs from the vault's</source>
            <extracomment>astra_desktop/storage/db_copy.py</extracomment>
            <translation>format podataka se razlikuje od onog u bazi</translation>
        </message>
        <message>
            <source>its record counts differ from the vault's</source>
            <extracomment>astra_desktop/storage/db_copy.py</extracomment>
            <translation>broj zapisa se razlikuje od onog u bazi</translation>
        </message>
        <message>
            <source>{count} page(s) fail their authentication check</source>
            <extracomment>astra_desktop/storage/db_copy.py</extracomment>
            <translation>broj stranica koje ne prolaze proveru autentičnosti: {count}</translation>
        </message>
        <message>
            <source>it could not be read to the end ({exc})</source>
            <extracomment>astra_desktop/storage/db_copy.py</extracomment>
            <translation>nije mogla da se pročita do kraja ({exc})</translation>
        </message>
        <message>
            <source>tables {tables}</source>
            <extracomment>astra_desktop/storage/freshness.py</extracomment>
            <translation>tabele {tables}</translation>
        </message>
        <message>
            <source>audit trail</source>
            <extracomment>astra_desktop/storage/freshness.py</extracomment>
            <translation>evidencija aktivnosti</translation>
        </message>
        <message>
            <source>record totals</source>
            <extracomment>astra_desktop/storage/freshness.py</extracomment>
            <translation>ukupan broj zapisa</translation>
        </message>
        <message>
            <source>The period ends before it starts. Choose an end date on or after the start date.</source>
            <extracomment>astra_desktop/core/annual.py</extracomment>
            <translation>Period se završava pre nego što počinje. Izaberite datum završetka koji nije pre datuma početka.</translation>
        </message>
        <message>
            <source>The appointment ends before it starts. Check the times.</source>
            <extracomment>astra_desktop/core/appointments.py</extracomment>
            <translation>Termin se završava pre nego što počinje. Proverite vreme.</translation>
        </message>
        <message>
            <source>An appointment can last at most one day. Make a recurring one instead.</source>
            <extracomment>astra_desktop/core/appointments.py</extracomment>
            <translation>Termin može da traje najviše jedan dan. Umesto toga napravite termin koji se ponavlja.</translation>
        </message>
        <message>
            <source>The date looks wrong: check the year.</source>
            <extracomment>astra_desktop/core/appointments.py</extracomment>
            <translation>Datum izgleda pogrešno: proverite godinu.</translation>
        </message>
        <message>
            <source>Reminders can be from one minute to 60 days ahead.</source>
            <extracomment>astra_desktop/core/appointments.py</extracomment>
            <translation>Podsetnik može biti od jednog minuta do 60 dana unapred.</translation>
        </message>
        <message>
            <source>Say briefly what happened, or why it was postponed.</source>
            <extracomment>astra_desktop/core/appointments.py</extracomment>
            <translation>Ukratko navedite šta se dogodilo ili zašto je termin odložen.</translation>
        </message>
        <message>
            <source>“{text}” is not a date. Write it as dd.mm.yyyy, e.g. 30.06.2023.</source>
            <extracomment>astra_desktop/core/claims.py</extracomment>
            <translation>„{text}“ nije datum. Upišite ga kao dd.mm.gggg, npr. 30.06.2023.</translation>
        </message>
        <message>
            <source>{where}: the amount must be more than zero. Leave it empty if it is to be specified later.</source>
            <extracomment>astra_desktop/core/claims.py</extracomment>
            <translation>{where}: iznos mora biti veći od nule. Ostavite ga prazno ako će biti opredeljen naknadno.</translation>
        </message>
        <message>
            <source>{where}: interest cannot run from {day:%d.%m.%Y}, a day still to come. Leave the date empty for interest from the day of the judgment.</source>
            <extracomment>astra_desktop/core/claims.py</extracomment>
            <translation>{where}: kamata ne može teći od {day:%d.%m.%Y}, dana koji tek dolazi. Ostavite datum prazan za kamatu od dana presuđenja.</translation>
        </message>
        <message>
            <source>{where}: {day:%d.%m.%Y} is too long ago; check the year.</source>
            <extracomment>astra_desktop/core/claims.py</extracomment>
            <translation>{where}: {day:%d.%m.%Y} je suviše davno; proverite godinu.</translation>
        </message>
        <message>
            <source>Item {n}: choose a head of damage.</source>
            <extracomment>astra_desktop/core/claims.py</extracomment>
            <translation>Stavka {n}: izaberite vrstu štete.</translation>
        </message>
        <message>
            <source>Cost {n}: choose what the cost is for.</source>
            <extracomment>astra_desktop/core/claims.py</extracomment>
            <translation>Trošak {n}: izaberite na šta se trošak odnosi.</translation>
        </message>
        <message>
            <source>a case not assigned to you</source>
            <extracomment>astra_desktop/core/conflicts.py</extracomment>
            <translation>slučaj koji vam nije dodeljen</translation>
        </message>
        <message>
            <source>a worker</source>
            <extracomment>astra_desktop/core/conflicts.py</extracomment>
            <translation>jedan od voditelja/ki slučaja</translation>
        </message>
        <message>
            <source>{name} already has an appointment at {starts:%d.%m.%Y %H:%M}–{ends:%H:%M} ({where}).</source>
            <extracomment>astra_desktop/core/conflicts.py</extracomment>
            <translation>{name} već ima termin {starts:%d.%m.%Y %H:%M}–{ends:%H:%M} ({where}).</translation>
        </message>
        <message>
            <source>The client already has an appointment at {starts:%d.%m.%Y %H:%M}–{ends:%H:%M} ({where}).</source>
            <extracomment>astra_desktop/core/conflicts.py</extracomment>
            <translation>Klijent/kinja već ima termin {starts:%d.%m.%Y %H:%M}–{ends:%H:%M} ({where}).</translation>
        </message>
        <message>
            <source>Give the article of the Criminal Code, e.g. 388.</source>
            <extracomment>astra_desktop/core/court.py</extracomment>
            <translation>Navedite član Krivičnog zakonika, npr. 388.</translation>
        </message>
        <message>
            <source>A re-qualification cannot be dated before the charge it replaces ({day:%d.%m.%Y}).</source>
            <extracomment>astra_desktop/core/court.py</extracomment>
            <translation>Prekvalifikacija ne može imati raniji datum od kvalifikacije koju zamenjuje ({day:%d.%m.%Y}).</translation>
        </message>
        <message>
            <source>There is no document “{kind}”. Choose one of: {kinds}.</source>
            <extracomment>astra_desktop/core/court_documents.py</extracomment>
            <translation>Ne postoji dokument „{kind}”. Izaberite jedan od ovih: {kinds}.</translation>
        </message>
        <message>
            <source>Documents are made in {langs}, not “{lang}”.</source>
            <extracomment>astra_desktop/core/court_documents.py</extracomment>
            <translation>Dokumenti se prave na jezicima {langs}, a ne na „{lang}”.</translation>
        </message>
        <message>
            <source>“{text}” is not an amount. Write it as 1.234,56.</source>
            <extracomment>astra_desktop/core/court_documents.py</extracomment>
            <translation>„{text}” nije iznos. Upišite ga kao 1.234,56.</translation>
        </message>
        <message>
            <source>{text} dinars is more than any claim: check the amount.</source>
            <extracomment>astra_desktop/core/court_documents.py</extracomment>
            <translation>Iznos od {text} dinara je veći od svakog mogućeg zahteva: proverite iznos.</translation>
        </message>
        <message>
            <source>The client already has the status of a particularly vulnerable witness in this proceeding: the request is not needed.</source>
            <extracomment>astra_desktop/core/court_documents.py</extracomment>
            <translation>Status posebno osetljivog svedoka je u ovom postupku već dodeljen: zahtev nije potreban.</translation>
        </message>
        <message>
            <source>The proceeding has ended: a request for the status can no longer be decided in it.</source>
            <extracomment>astra_desktop/core/court_documents.py</extracomment>
            <translation>Postupak je okončan: o zahtevu za dodelu statusa u njemu se više ne može odlučiti.</translation>
        </message>
        <message>
            <source>A plea agreement is recorded in this proceeding: check that the client will still be examined before asking for the status.</source>
            <extracomment>astra_desktop/core/court_documents.py</extracomment>
            <translation>U ovom postupku je evidentiran sporazum o priznanju krivičnog dela: pre podnošenja zahteva proverite da li će klijentkinja/klijent uopšte biti ispitan/a.</translation>
        </message>
        <message>
            <source>The court referred the property claim to civil proceedings: the claim now belongs in a civil suit, not in this proceeding.</source>
            <extracomment>astra_desktop/core/court_documents.py</extracomment>
            <translation>Sud je oštećenog uputio da imovinskopravni zahtev ostvaruje u parnici: zahtev sada pripada tužbi u parničnom postupku, a ne ovom postupku.</translation>
        </message>
        <message>
            <source>The property claim has already been decided in this proceeding.</source>
            <extracomment>astra_desktop/core/court_documents.py</extracomment>
            <translation>O imovinskopravnom zahtevu je u ovom postupku već odlučeno.</translation>
        </message>
        <message>
            <source>The trial at first instance has ended: a property claim is filed in the criminal proceeding before it ends.</source>
            <extracomment>astra_desktop/core/court_documents.py</extracomment>
            <translation>Glavni pretres pred prvostepenim sudom je okončan: imovinskopravni zahtev se u krivičnom postupku podnosi pre njegovog okončanja.</translation>
        </message>
        <message>
            <source>The deadline rules in {source} cannot be read: {exc}.</source>
            <extracomment>astra_desktop/core/deadlines.py</extracomment>
            <translation>Pravila o rokovima iz {source} ne mogu da se pročitaju: {exc}.</translation>
        </message>
        <message>
            <source>Deadline rule “{rule_id}” in {source} is not valid: unknown fact(s) {unknown}. Known facts: {known}.</source>
            <extracomment>astra_desktop/core/deadlines.py</extracomment>
            <translation>Pravilo o roku „{rule_id}” iz {source} nije ispravno: nepoznate činjenice {unknown}. Poznate činjenice: {known}.</translation>
        </message>
        <message>
            <source>Deadline rule “{rule_id}” in {source} is not valid. Known facts: {known}.</source>
            <extracomment>astra_desktop/core/deadlines.py</extracomment>
            <translation>Pravilo o roku „{rule_id}” iz {source} nije ispravno. Poznate činjenice: {known}.</translation>
        </message>
        <message>
            <source>Deadline rule “{rule_id}”: severity must be warning or info.</source>
            <extracomment>astra_desktop/core/deadlines.py</extracomment>
            <translation>Pravilo o roku „{rule_id}”: ozbiljnost mora biti „warning” ili „info”.</translation>
        </message>
        <message>
            <source>The call's date and time lie in the future or look wrong: check them.</source>
            <extracomment>astra_desktop/core/hotline.py</extracomment>
            <translation>Datum i vreme poziva su u budućnosti ili izgledaju pogrešno: proverite ih.</translation>
        </message>
        <message>
            <source>The duration is in minutes, from 0 to {most}.</source>
            <extracomment>astra_desktop/core/hotline.py</extracomment>
            <translation>Trajanje se upisuje u minutima, od 0 do {most}.</translation>
        </message>
        <message>
            <source>The note is longer than {limit} characters. Keep the essentials here; the full story belongs in a case file.</source>
            <extracomment>astra_desktop/core/hotline.py</extracomment>
            <translation>Beleška ima više od {limit} znakova. Ovde zadržite ono najvažnije; cela priča ide u dosije slučaja.</translation>
        </message>
        <message>
            <source>The follow-up cannot be due before the call. Check the date.</source>
            <extracomment>astra_desktop/core/hotline.py</extracomment>
            <translation>Rok za dalje postupanje ne može biti pre poziva. Proverite datum.</translation>
        </message>
        <message>
            <source>This entry is too long: at most {limit} characters.</source>
            <extracomment>astra_desktop/core/hotline.py</extracomment>
            <translation>Unos je predugačak: najviše {limit} znakova.</translation>
        </message>
        <message>
            <source>The age is in years, from 0 to {oldest}.</source>
            <extracomment>astra_desktop/core/hotline.py</extracomment>
            <translation>Starost se unosi u godinama, od 0 do {oldest}.</translation>
        </message>
        <message>
            <source>Choose the age band from the list.</source>
            <extracomment>astra_desktop/core/hotline.py</extracomment>
            <translation>Izaberite starosnu grupu sa liste.</translation>
        </message>
        <message>
            <source>Say who is sought: a name, or a description if the name is not known.</source>
            <extracomment>astra_desktop/core/missing.py</extracomment>
            <translation>Navedite koja se osoba traži: ime ili opis, ako ime nije poznato.</translation>
        </message>
        <message>
            <source>The day last seen lies in the future.</source>
            <extracomment>astra_desktop/core/missing.py</extracomment>
            <translation>Dan kada je osoba poslednji put viđena je u budućnosti.</translation>
        </message>
        <message>
            <source>A search cannot be opened on a future date.</source>
            <extracomment>astra_desktop/core/missing.py</extracomment>
            <translation>Potraga ne može biti otvorena sa budućim datumom.</translation>
        </message>
        <message>
            <source>The day last seen looks wrong: check the year.</source>
            <extracomment>astra_desktop/core/missing.py</extracomment>
            <translation>Dan kada je osoba poslednji put viđena izgleda pogrešno: proverite godinu.</translation>
        </message>
        <message>
            <source>The day of the police report lies in the future.</source>
            <extracomment>astra_desktop/core/missing.py</extracomment>
            <translation>Dan policijske prijave je u budućnosti.</translation>
        </message>
        <message>
            <source>This outcome does not go with the status: choose another.</source>
            <extracomment>astra_desktop/core/missing.py</extracomment>
            <translation>Ovaj ishod ne odgovara statusu: izaberite drugi.</translation>
        </message>
        <message>
            <source>The search already has this status.</source>
            <extracomment>astra_desktop/core/missing.py</extracomment>
            <translation>Potraga već ima ovaj status.</translation>
        </message>
        <message>
            <source>Say why the status changes (for example: found through the embassy).</source>
            <extracomment>astra_desktop/core/missing.py</extracomment>
            <translation>Navedite zašto se status menja (na primer: pronađena preko ambasade).</translation>
        </message>
        <message>
            <source>Choose the partner from the list, or type the organisation's name.</source>
            <extracomment>astra_desktop/core/missing.py</extracomment>
            <translation>Izaberite partnera sa liste ili upišite naziv organizacije.</translation>
        </message>
        <message>
            <source>A partner cannot be asked on a future day.</source>
            <extracomment>astra_desktop/core/missing.py</extracomment>
            <translation>Upit partneru ne može biti poslat u budućnosti.</translation>
        </message>
        <message>
            <source>Give the day the partner answered.</source>
            <extracomment>astra_desktop/core/missing.py</extracomment>
            <translation>Unesite dan kada je partner odgovorio.</translation>
        </message>
        <message>
            <source>Choose what the partner answered.</source>
            <extracomment>astra_desktop/core/missing.py</extracomment>
            <translation>Izaberite šta je partner odgovorio.</translation>
        </message>
        <message>
            <source>The answer's day lies in the future or before the partner was asked.</source>
            <extracomment>astra_desktop/core/missing.py</extracomment>
            <translation>Dan odgovora je u budućnosti ili pre nego što je partneru upućen upit.</translation>
        </message>
        <message>
            <source>Give the day the action was taken, or the day it is due.</source>
            <extracomment>astra_desktop/core/missing.py</extracomment>
            <translation>Navedite dan kada je radnja preduzeta ili rok do kada treba da se preduzme.</translation>
        </message>
        <message>
            <source>An action cannot be done on a future day. Give it a due date instead.</source>
            <extracomment>astra_desktop/core/missing.py</extracomment>
            <translation>Radnja ne može biti preduzeta u budućnosti. Umesto toga joj odredite rok.</translation>
        </message>
        <message>
            <source>Say what was done.</source>
            <extracomment>astra_desktop/core/missing.py</extracomment>
            <translation>Navedite šta je urađeno.</translation>
        </message>
        <message>
            <source>Enter the partner's name (the organisation or institution).</source>
            <extracomment>astra_desktop/core/partners.py</extracomment>
            <translation>Unesite naziv partnera (organizacije ili ustanove).</translation>
        </message>
        <message>
            <source>Choose what kind of organisation or institution the partner is.</source>
            <extracomment>astra_desktop/core/partners.py</extracomment>
            <translation>Izaberite vrstu organizacije ili ustanove.</translation>
        </message>
        <message>
            <source>Choose what the partner provides from the list.</source>
            <extracomment>astra_desktop/core/partners.py</extracomment>
            <translation>Sa spiska izaberite šta partner pruža.</translation>
        </message>
        <message>
            <source>Check the phone number: use digits, spaces and + - / ( ) only, e.g. +381 11 123 4567; separate several numbers with commas.</source>
            <extracomment>astra_desktop/core/partners.py</extracomment>
            <translation>Proverite broj telefona: koristite samo cifre, razmake i + - / ( ), npr. +381 11 123 4567; više brojeva odvojite zarezima.</translation>
        </message>
        <message>
            <source>Check the e-mail address: it should look like name@organisation.rs.</source>
            <extracomment>astra_desktop/core/partners.py</extracomment>
            <translation>Proverite adresu e-pošte: treba da izgleda kao ime@organizacija.rs.</translation>
        </message>
        <message>
            <source>Keep this under {most} characters.</source>
            <extracomment>astra_desktop/core/profiles.py</extracomment>
            <translation>Neka ovo bude kraće od {most} znakova.</translation>
        </message>
        <message>
            <source>The registration number has digits only.</source>
            <extracomment>astra_desktop/core/profiles.py</extracomment>
            <translation>Matični broj sadrži samo cifre.</translation>
        </message>
        <message>
            <source>The tax number (PIB) has digits only.</source>
            <extracomment>astra_desktop/core/profiles.py</extracomment>
            <translation>PIB sadrži samo cifre.</translation>
        </message>
        <message>
            <source>Enter the lawyer's name.</source>
            <extracomment>astra_desktop/core/profiles.py</extracomment>
            <translation>Upišite ime i prezime advokata.</translation>
        </message>
        <message>
            <source>There is already a lawyer named {name}.</source>
            <extracomment>astra_desktop/core/profiles.py</extracomment>
            <translation>Advokat {name} je već upisan.</translation>
        </message>
        <message>
            <source>This date is in the future. Record it once it happened.</source>
            <extracomment>astra_desktop/core/profiles.py</extracomment>
            <translation>Ovaj datum je u budućnosti. Upišite ga kada se događaj odigra.</translation>
        </message>
        <message>
            <source>There is no lawyer “{wanted}” (known: {known}).</source>
            <extracomment>astra_desktop/core/profiles.py</extracomment>
            <translation>Ne postoji advokat „{wanted}“ (upisani: {known}).</translation>
        </message>
        <message>
            <source>Repeat every 1 to 52 days, weeks or months.</source>
            <extracomment>astra_desktop/core/recurrence.py</extracomment>
            <translation>Ponavljanje može biti na svakih 1 do 52 dana, nedelje ili meseca.</translation>
        </message>
        <message>
            <source>Say how many times the appointment repeats, or until when.</source>
            <extracomment>astra_desktop/core/recurrence.py</extracomment>
            <translation>Navedite koliko puta se termin ponavlja ili do kada.</translation>
        </message>
        <message>
            <source>A series can have from 1 to {most} appointments.</source>
            <extracomment>astra_desktop/core/recurrence.py</extracomment>
            <translation>Serija može imati od 1 do {most} termina.</translation>
        </message>
        <message>
            <source>“{text}” is not a repeat rule.</source>
            <extracomment>astra_desktop/core/recurrence.py</extracomment>
            <translation>„{text}” nije pravilo ponavljanja.</translation>
        </message>
        <message>
            <source>This would make more than {most} appointments. Choose an earlier end date.</source>
            <extracomment>astra_desktop/core/recurrence.py</extracomment>
            <translation>Tako bi nastalo više od {most} termina. Izaberite raniji datum završetka.</translation>
        </message>
        <message>
            <source>The risk instrument is not valid: {where}: {problem}.</source>
            <extracomment>astra_desktop/core/risk.py</extracomment>
            <translation>Instrument za procenu rizika nije ispravan: {where}: {problem}.</translation>
        </message>
        <message>
            <source>The risk instrument is not valid: {key}: {exc}.</source>
            <extracomment>astra_desktop/core/risk.py</extracomment>
            <translation>Instrument za procenu rizika nije ispravan: {key}: {exc}.</translation>
        </message>
        <message>
            <source>The risk instrument is not valid: grid row {sev}: unknown level “{key}”.</source>
            <extracomment>astra_desktop/core/risk.py</extracomment>
            <translation>Instrument za procenu rizika nije ispravan: red tabele {sev}: nepoznat nivo „{key}”.</translation>
        </message>
        <message>
            <source>The risk instrument is not valid: reassess_days: {exc}.</source>
            <extracomment>astra_desktop/core/risk.py</extracomment>
            <translation>Instrument za procenu rizika nije ispravan: reassess_days: {exc}.</translation>
        </message>
        <message>
            <source>The risk instrument {name} could not be read: {exc}.</source>
            <extracomment>astra_desktop/core/risk.py</extracomment>
            <translation>Instrument za procenu rizika {name} nije mogao da se pročita: {exc}.</translation>
        </message>
        <message>
            <source>Lowering the risk level below the calculated one needs a written reason. Say why the risk is lower than the answers suggest.</source>
            <extracomment>astra_desktop/core/risk.py</extracomment>
            <translation>Za nivo rizika niži od izračunatog potrebno je pismeno obrazloženje. Navedite zašto je rizik manji nego što odgovori pokazuju.</translation>
        </message>
        <message>
            <source>it is not an ASTRA office file or it is cut short</source>
            <extracomment>astra_desktop/core/team.py</extracomment>
            <translation>to nije datoteka kancelarije programa ASTRA ili je skraćena</translation>
        </message>
        <message>
            <source>it is cut short</source>
            <extracomment>astra_desktop/core/team.py</extracomment>
            <translation>skraćena je</translation>
        </message>
        <message>
            <source>it is cut short or has bytes added</source>
            <extracomment>astra_desktop/core/team.py</extracomment>
            <translation>skraćena je ili su joj dodati bajtovi</translation>
        </message>
        <message>
            <source>it was written by another version of ASTRA Desktop</source>
            <extracomment>astra_desktop/core/team.py</extracomment>
            <translation>napisala ju je druga verzija programa ASTRA Desktop</translation>
        </message>
        <message>
            <source>its header is unreadable</source>
            <extracomment>astra_desktop/core/team.py</extracomment>
            <translation>zaglavlje ne može da se pročita</translation>
        </message>
        <message>
            <source>its signature does not match the device that should have written it (the file is damaged or was altered)</source>
            <extracomment>astra_desktop/core/team.py</extracomment>
            <translation>njen potpis ne odgovara uređaju koji je trebalo da je napiše (datoteka je oštećena ili izmenjena)</translation>
        </message>
        <message>
            <source>it belongs to another team</source>
            <extracomment>astra_desktop/core/team.py</extracomment>
            <translation>pripada drugom timu</translation>
        </message>
        <message>
            <source>it is a copy of another file (replayed or renamed)</source>
            <extracomment>astra_desktop/core/team.py</extracomment>
            <translation>to je kopija druge datoteke (ponovo podmetnuta ili preimenovana)</translation>
        </message>
        <message>
            <source>it does not open with the team key (damaged or altered)</source>
            <extracomment>astra_desktop/core/team.py</extracomment>
            <translation>ne otvara se ključem tima (oštećena je ili izmenjena)</translation>
        </message>
        <message>
            <source>it does not open (damaged or altered)</source>
            <extracomment>astra_desktop/core/team.py</extracomment>
            <translation>ne otvara se (oštećena je ili izmenjena)</translation>
        </message>
        <message>
            <source>its contents are unreadable</source>
            <extracomment>astra_desktop/core/team.py</extracomment>
            <translation>sadržaj ne može da se pročita</translation>
        </message>
        <message>
            <source>“{code}” is not a code. Record an injured party by a code such as OŠ-1 or the initials the court uses, in capitals — never by name.</source>
            <extracomment>astra_desktop/core/trials.py</extracomment>
            <translation>„{code}” nije šifra. Oštećenog upišite šifrom, npr. OŠ-1, ili inicijalima koje sud koristi, velikim slovima — nikada imenom.</translation>
        </message>
        <message>
            <source>Give the court or the court's case number.</source>
            <extracomment>astra_desktop/core/trials.py</extracomment>
            <translation>Upišite sud ili broj predmeta suda.</translation>
        </message>
        <message>
            <source>Give the date of the judgment.</source>
            <extracomment>astra_desktop/core/trials.py</extracomment>
            <translation>Upišite datum presude.</translation>
        </message>
        <message>
            <source>The written judgment cannot be served before it was pronounced.</source>
            <extracomment>astra_desktop/core/trials.py</extracomment>
            <translation>Prepis presude ne može biti dostavljen pre nego što je presuda izrečena.</translation>
        </message>
        <message>
            <source>An amount or a length cannot be negative.</source>
            <extracomment>astra_desktop/core/trials.py</extracomment>
            <translation>Iznos ili trajanje ne može biti negativan broj.</translation>
        </message>
        <message>
            <source>Choose who caused the postponement.</source>
            <extracomment>astra_desktop/core/trials.py</extracomment>
            <translation>Izaberite zbog koga je ročište odloženo.</translation>
        </message>
        <message>
            <source>A number of witnesses cannot be negative.</source>
            <extracomment>astra_desktop/core/trials.py</extracomment>
            <translation>Broj svedoka ne može biti negativan.</translation>
        </message>
        <message>
            <source>More witnesses testified than appeared.</source>
            <extracomment>astra_desktop/core/trials.py</extracomment>
            <translation>Upisano je više svedoka koji su svedočili nego onih koji su došli.</translation>
        </message>
        <message>
            <source>“{text}” is not a valid date. Use dd.mm.yyyy, for example 05.03.2026.</source>
            <extracomment>astra_desktop/core/validation.py</extracomment>
            <translation>„{text}” nije ispravan datum. Upišite ga kao dd.mm.gggg, na primer 05.03.2026.</translation>
        </message>
        <message>
            <source>Enter a name or at least one alias.</source>
            <extracomment>astra_desktop/core/validation.py</extracomment>
            <translation>Upišite ime ili bar jedan nadimak ili drugo ime.</translation>
        </message>
        <message>
            <source>The date of birth is in the future.</source>
            <extracomment>astra_desktop/core/validation.py</extracomment>
            <translation>Datum rođenja je u budućnosti.</translation>
        </message>
        <message>
            <source>The date of birth is before 1900.</source>
            <extracomment>astra_desktop/core/validation.py</extracomment>
            <translation>Datum rođenja je pre 1900. godine.</translation>
        </message>
        <message>
            <source>The estimated age must be between 0 and 120.</source>
            <extracomment>astra_desktop/core/validation.py</extracomment>
            <translation>Procenjena starost mora biti između 0 i 120 godina.</translation>
        </message>
        <message>
            <source>A personal number (JMBG) has 13 digits, for example 1705990715006. Leave the field empty if it is not known.</source>
            <extracomment>astra_desktop/core/validation.py</extracomment>
            <translation>JMBG ima 13 cifara, na primer 1705990715006. Ostavite polje prazno ako nije poznat.</translation>
        </message>
        <message>
            <source>The case cannot be opened on a future date.</source>
            <extracomment>astra_desktop/core/validation.py</extracomment>
            <translation>Slučaj ne može biti otvoren sa budućim datumom.</translation>
        </message>
        <message>
            <source>Say why the case is being closed.</source>
            <extracomment>astra_desktop/core/validation.py</extracomment>
            <translation>Navedite razlog zatvaranja slučaja.</translation>
        </message>
        <message>
            <source>A contact note cannot be dated in the future.</source>
            <extracomment>astra_desktop/core/validation.py</extracomment>
            <translation>Beleška o kontaktu ne može imati budući datum.</translation>
        </message>
        <message>
            <source>This vault holds cases that are not demo data. Demo data goes only into a vault of its own: create one in another folder (--home DIR init) and add the demo data there.</source>
            <extracomment>astra_desktop/demo/vault.py</extracomment>
            <translation>U ovoj bazi ima slučajeva koji nisu demo podaci. Demo podaci idu samo u posebnu bazu: napravite je u drugoj fascikli (`--home DIR init`) i tamo dodajte demo podatke.</translation>
        </message>
        <message>
            <source>The font file {filename} is missing from {folder}. Reinstall ASTRA Desktop.</source>
            <extracomment>astra_desktop/reports/fonts.py</extracomment>
            <translation>Fajl fonta {filename} nedostaje u fascikli {folder}. Ponovo instalirajte ASTRA Desktop.</translation>
        </message>
        <message>
            <source>In the document templates, “{name}” must be text.</source>
            <extracomment>astra_desktop/reports/templates.py</extracomment>
            <translation>U šablonima dokumenata „{name}” mora biti tekst.</translation>
        </message>
        <message>
            <source>The document template {name} is missing from {folder}. Reinstall ASTRA Desktop, or restore the file.</source>
            <extracomment>astra_desktop/reports/templates.py</extracomment>
            <translation>Šablon dokumenta {name} nedostaje u fascikli {folder}. Ponovo instalirajte ASTRA Desktop ili vratite fajl.</translation>
        </message>
        <message>
            <source>The document template {name} cannot be read: {exc}.</source>
            <extracomment>astra_desktop/reports/templates.py</extracomment>
            <translation>Šablon dokumenta {name} ne može da se pročita: {exc}.</translation>
        </message>
        <message>
            <source>The edited template cannot be read: {exc}. Nothing was saved.</source>
            <extracomment>astra_desktop/reports/templates.py</extracomment>
            <translation>Izmenjeni šablon ne može da se pročita: {exc}. Ništa nije sačuvano.</translation>
        </message>
        <message>
            <source>The edited template has no text “{key}” ({more} more missing besides). Keep every key of the shipped text. Nothing was saved.</source>
            <extracomment>astra_desktop/reports/templates.py</extracomment>
            <translation>U izmenjenom šablonu nema teksta „{key}“ (nedostaje još {more}). Zadržite svaki ključ isporučenog teksta. Ništa nije sačuvano.</translation>
        </message>
        <message>
            <source>The edited template has no text “{key}”. Keep every key of the shipped text. Nothing was saved.</source>
            <extracomment>astra_desktop/reports/templates.py</extracomment>
            <translation>U izmenjenom šablonu nema teksta „{key}“. Zadržite svaki ključ isporučenog teksta. Ništa nije sačuvano.</translation>
        </message>
        <message>
            <source>The edited template has a key the documents do not use: “{key}”. Change only the texts, not the keys. Nothing was saved.</source>
            <extracomment>astra_desktop/reports/templates.py</extracomment>
            <translation>Izmenjeni šablon ima ključ koji dokumenti ne koriste: „{key}“. Menjajte samo tekstove, ne ključeve. Ništa nije sačuvano.</translation>
        </message>
        <message>
            <source>In “{key}” a brace {{ or }} is not closed. Write placeholders as {{name}}. Nothing was saved.</source>
            <extracomment>astra_desktop/reports/templates.py</extracomment>
            <translation>U „{key}“ zagrada {{ ili }} nije zatvorena. Polja se pišu kao {{naziv}}. Ništa nije sačuvano.</translation>
        </message>
        <message>
            <source>In “{key}” the placeholder {{{field}}} is not one the app fills (it fills: {filled}). Nothing was saved.</source>
            <extracomment>astra_desktop/reports/templates.py</extracomment>
            <translation>U „{key}“ polje {{{field}}} nije ono koje aplikacija popunjava (popunjava: {filled}). Ništa nije sačuvano.</translation>
        </message>
        <message>
            <source>In “{key}” the placeholder {{{field}}} is missing: keep {filled}. Nothing was saved.</source>
            <extracomment>astra_desktop/reports/templates.py</extracomment>
            <translation>U „{key}“ nedostaje polje {{{field}}}: zadržite {filled}. Ništa nije sačuvano.</translation>
        </message>
        <message>
            <source>The {lang} template of “{name}” has no text “{key}”. Add it to the template file.</source>
            <extracomment>astra_desktop/reports/templates.py</extracomment>
            <translation>Šablon „{name}” na jeziku {lang} nema tekst „{key}”. Dodajte ga u fajl šablona.</translation>
        </message>
        <message>
            <source>The {lang} text “{key}” of “{name}” uses a placeholder the app does not fill ({exc}). Use only the placeholders the original text has.</source>
            <extracomment>astra_desktop/reports/templates.py</extracomment>
            <translation>Tekst „{key}” šablona „{name}” na jeziku {lang} koristi oznaku koju aplikacija ne popunjava ({exc}). Koristite samo oznake koje ima izvorni tekst.</translation>
        </message>
        <message>
            <source>There are no document templates in “{lang}”.</source>
            <extracomment>astra_desktop/reports/templates.py</extracomment>
            <translation>Nema šablona dokumenata na jeziku „{lang}”.</translation>
        </message>
        <message>
            <source>Expected {prompt} on line {line} of standard input, but it ended. See --help for the order of the lines.</source>
            <extracomment>astra_desktop/secret_input.py</extracomment>
            <translation>Na standardnom ulazu se u redu {line} očekivalo sledeće: {prompt}, ali je ulaz završen. Redosled redova je opisan u --help.</translation>
        </message>
        <message>
            <source>The case was not found, or it is not assigned to you.</source>
            <extracomment>astra_desktop/services/access.py</extracomment>
            <translation>Slučaj nije pronađen ili vam nije dodeljen.</translation>
        </message>
        <message>
            <source>The client was not found, or none of their cases is assigned to you.</source>
            <extracomment>astra_desktop/services/access.py</extracomment>
            <translation>Klijent/kinja nije pronađen/a ili vam nijedan njegov/njen slučaj nije dodeljen.</translation>
        </message>
        <message>
            <source>{path} is a folder: give the name of the file to write.</source>
            <extracomment>astra_desktop/services/annual_report.py</extracomment>
            <translation>{path} je fascikla: navedite ime fajla koji treba upisati.</translation>
        </message>
        <message>
            <source>The folder {folder} does not exist. Choose a folder that exists.</source>
            <extracomment>astra_desktop/services/annual_report.py</extracomment>
            <translation>Fascikla {folder} ne postoji. Izaberite postojeću fasciklu.</translation>
        </message>
        <message>
            <source>The report is made in {langs}, not “{lang}”.</source>
            <extracomment>astra_desktop/services/annual_report.py</extracomment>
            <translation>Izveštaj se pravi na jezicima {langs}, a ne na „{lang}”.</translation>
        </message>
        <message>
            <source>The report could not be written to {folder} ({why}). Nothing was written; choose a folder you may write to.</source>
            <extracomment>astra_desktop/services/annual_report.py</extracomment>
            <translation>Izveštaj nije mogao da se upiše u fasciklu {folder} ({why}). Ništa nije upisano; izaberite fasciklu u koju imate pravo upisa.</translation>
        </message>
        <message>
            <source>One of the chosen workers no longer has an account.</source>
            <extracomment>astra_desktop/services/appointments.py</extracomment>
            <translation>Jedan od izabranih zaposlenih više nema nalog.</translation>
        </message>
        <message>
            <source>The audit trail has been altered: {detail}. Someone who held the vault key changed the record of who did what. Nothing was changed now. Keep a copy of the whole vault folder as evidence and tell the organisation's management.</source>
            <extracomment>astra_desktop/services/audit_trail.py</extracomment>
            <translation>Evidencija aktivnosti je naknadno menjana: {detail}. Neko ko je imao ključ trezora izmenio je zapis o tome ko je šta radio. Ovom prilikom ništa nije promenjeno. Sačuvajte kopiju cele fascikle trezora kao dokaz i obavestite rukovodstvo organizacije.</translation>
        </message>
        <message>
            <source>The folder {folder} does not exist. Choose an existing folder.</source>
            <extracomment>astra_desktop/services/backups.py</extracomment>
            <translation>Fascikla {folder} ne postoji. Izaberite postojeću fasciklu.</translation>
        </message>
        <message>
            <source>{name} already exists in {folder}. Choose another name.</source>
            <extracomment>astra_desktop/services/backups.py</extracomment>
            <translation>Fajl {name} već postoji u fascikli {folder}. Izaberite drugo ime.</translation>
        </message>
        <message>
            <source>{name} appeared in {folder} meanwhile. Try again.</source>
            <extracomment>astra_desktop/services/backups.py</extracomment>
            <translation>Fajl {name} se u međuvremenu pojavio u fascikli {folder}. Pokušajte ponovo.</translation>
        </message>
        <message>
            <source>The backup stopped because the vault was locked</source>
            <extracomment>astra_desktop/services/backups.py</extracomment>
            <translation>Pravljenje rezervne kopije je prekinuto jer je baza zaključana</translation>
        </message>
        <message>
            <source>The backup could not be written to {folder} ({why}). Nothing was written and the vault is unchanged; choose a folder you may write to.</source>
            <extracomment>astra_desktop/services/backups.py</extracomment>
            <translation>Rezervna kopija nije mogla da se upiše u fasciklu {folder} ({why}). Ništa nije upisano i baza je ostala nepromenjena; izaberite fasciklu u koju smete da upisujete.</translation>
        </message>
        <message>
            <source>The backup file read back from the drive does not match what was written: the drive may be failing. Nothing was kept; try another drive.</source>
            <extracomment>astra_desktop/services/backups.py</extracomment>
            <translation>Rezervna kopija pročitana sa diska ne odgovara onome što je upisano: disk je možda u kvaru. Ništa nije sačuvano; pokušajte sa drugim diskom.</translation>
        </message>
        <message>
            <source>The note is empty. Write what happened.</source>
            <extracomment>astra_desktop/services/case_records.py</extracomment>
            <translation>Beleška je prazna. Upišite šta se dogodilo.</translation>
        </message>
        <message>
            <source>Say what the client consented to.</source>
            <extracomment>astra_desktop/services/case_records.py</extracomment>
            <translation>Navedite za šta je klijent/kinja dao/la saglasnost.</translation>
        </message>
        <message>
            <source>Consent cannot be withdrawn before it was given.</source>
            <extracomment>astra_desktop/services/case_records.py</extracomment>
            <translation>Saglasnost ne može biti povučena pre nego što je data.</translation>
        </message>
        <message>
            <source>That proceeding does not belong to this case.</source>
            <extracomment>astra_desktop/services/claims.py</extracomment>
            <translation>Taj postupak ne pripada ovom slučaju.</translation>
        </message>
        <message>
            <source>The claim's items must be a list.</source>
            <extracomment>astra_desktop/services/claims.py</extracomment>
            <translation>Stavke imovinskopravnog zahteva moraju biti navedene kao spisak.</translation>
        </message>
        <message>
            <source>Item {n} of the claim must name a kind and an amount.</source>
            <extracomment>astra_desktop/services/claims.py</extracomment>
            <translation>Stavka {n} imovinskopravnog zahteva mora imati vrstu štete i iznos.</translation>
        </message>
        <message>
            <source>Item {n}: “{kind}” is not a head of damage ({known}).</source>
            <extracomment>astra_desktop/services/claims.py</extracomment>
            <translation>Stavka {n}: „{kind}” nije vrsta štete ({known}).</translation>
        </message>
        <message>
            <source>The claim of this case has no amounts yet, so no filing was made (it would print empty totals). Enter the amounts in the case's claim (Court tab, Compensation claim), or give them with --extra, or add --draft for a copy marked as a draft.</source>
            <extracomment>astra_desktop/services/claims.py</extracomment>
            <translation>Odštetni zahtev ovog slučaja još nema iznose, pa podnesak nije napravljen (sadržao bi prazne zbirove). Upišite iznose u odštetni zahtev slučaja (kartica Sud, Odštetni zahtev), ili ih navedite uz --extra, ili dodajte --draft za primerak označen kao nacrt.</translation>
        </message>
        <message>
            <source>A case code looks like AST-2026-0042. Leave it empty to get the next one.</source>
            <extracomment>astra_desktop/services/clients.py</extracomment>
            <translation>Šifra slučaja izgleda ovako: AST-2026-0042. Ostavite polje prazno da dobijete sledeću.</translation>
        </message>
        <message>
            <source>There is no case {code}.</source>
            <extracomment>astra_desktop/services/clients.py</extracomment>
            <translation>Ne postoji slučaj {code}.</translation>
        </message>
        <message>
            <source>“{wanted}” is not an addressee. Choose one of: {known}.</source>
            <extracomment>astra_desktop/services/court_data.py</extracomment>
            <translation>„{wanted}“ nije primalac podneska. Izaberite jedno od: {known}.</translation>
        </message>
        <message>
            <source>Unknown protective measure: {exc}.</source>
            <extracomment>astra_desktop/services/court_data.py</extracomment>
            <translation>Nepoznata mera zaštite: {exc}.</translation>
        </message>
        <message>
            <source>Choose at least one protective measure to ask for.</source>
            <extracomment>astra_desktop/services/court_data.py</extracomment>
            <translation>Izaberite bar jednu meru zaštite koja se predlaže.</translation>
        </message>
        <message>
            <source>“{value}” is not a date. Write it as dd.mm.yyyy.</source>
            <extracomment>astra_desktop/services/court_data.py</extracomment>
            <translation>„{value}” nije datum. Upišite ga kao dd.mm.gggg.</translation>
        </message>
        <message>
            <source>{problems} Nothing was written. Check the proceeding's record, or add --force to make the document anyway.</source>
            <extracomment>astra_desktop/services/court_documents.py</extracomment>
            <translation>{problems} Ništa nije zapisano. Proverite podatke o postupku ili dodajte --force da biste ipak napravili dokument.</translation>
        </message>
        <message>
            <source>{name} could not be read: {error}.</source>
            <extracomment>astra_desktop/services/court_documents.py</extracomment>
            <translation>Fajl {name} ne može da se pročita: {error}.</translation>
        </message>
        <message>
            <source>{name} is not valid JSON: {exc}.</source>
            <extracomment>astra_desktop/services/court_documents.py</extracomment>
            <translation>Fajl {name} nije ispravan JSON: {exc}.</translation>
        </message>
        <message>
            <source>{name} must hold one JSON object, e.g. {{"items": [...]}}.</source>
            <extracomment>astra_desktop/services/court_documents.py</extracomment>
            <translation>Fajl {name} mora da sadrži jedan JSON objekat, npr. {{"items": [...]}}.</translation>
        </message>
        <message>
            <source>{name} is {mb:.0f} MB; a CSV import takes at most {most} MB. Split the file and import the parts one by one.</source>
            <extracomment>astra_desktop/services/csv_import.py</extracomment>
            <translation>Fajl {name} ima {mb:.0f} MB; CSV uvoz prima najviše {most} MB. Podelite fajl i uvezite delove jedan po jedan.</translation>
        </message>
        <message>
            <source>There is no file {path}. Check the name and the folder.</source>
            <extracomment>astra_desktop/services/csv_import.py</extracomment>
            <translation>Ne postoji fajl {path}. Proverite ime i fasciklu.</translation>
        </message>
        <message>
            <source>{path} is a folder, not a CSV file.</source>
            <extracomment>astra_desktop/services/csv_import.py</extracomment>
            <translation>{path} je fascikla, a ne CSV fajl.</translation>
        </message>
        <message>
            <source>{name} is not UTF-8 text (line {line}). Save it again as “CSV UTF-8” (in LibreOffice: character set Unicode (UTF-8)) and import it again.</source>
            <extracomment>astra_desktop/services/csv_import.py</extracomment>
            <translation>Fajl {name} nije tekst u kodiranju UTF-8 (red {line}). Sačuvajte ga ponovo kao „CSV UTF-8” (u programu LibreOffice: skup znakova Unicode (UTF-8)) i ponovo ga uvezite.</translation>
        </message>
        <message>
            <source>{name} is empty: there is nothing to import.</source>
            <extracomment>astra_desktop/services/csv_import.py</extracomment>
            <translation>Fajl {name} je prazan: nema šta da se uveze.</translation>
        </message>
        <message>
            <source>{name} has a header row but no rows to import.</source>
            <extracomment>astra_desktop/services/csv_import.py</extracomment>
            <translation>Fajl {name} ima red sa zaglavljem, ali nema redova za uvoz.</translation>
        </message>
        <message>
            <source>{name} has {rows} rows; one import takes at most {most}. Split the file and import the parts one by one.</source>
            <extracomment>astra_desktop/services/csv_import.py</extracomment>
            <translation>Fajl {name} ima {rows} redova; jedan uvoz prima najviše {most}. Podelite fajl i uvezite delove jedan po jedan.</translation>
        </message>
        <message>
            <source>The column “{column}” appears twice in the header row.</source>
            <extracomment>astra_desktop/services/csv_import.py</extracomment>
            <translation>Kolona „{column}” se dva puta pojavljuje u zaglavlju.</translation>
        </message>
        <message>
            <source>The header row (line 1) must name the columns; missing: {missing}. See “Demo data and CSV import” in the README for the column names.</source>
            <extracomment>astra_desktop/services/csv_import.py</extracomment>
            <translation>Zaglavlje (red 1) mora da navede kolone; nedostaju: {missing}. Nazive kolona potražite u odeljku „Demo data and CSV import” u README-u.</translation>
        </message>
        <message>
            <source>“{text}” is not a whole number.</source>
            <extracomment>astra_desktop/services/csv_import.py</extracomment>
            <translation>„{text}” nije ceo broj.</translation>
        </message>
        <message>
            <source>“{part}” is not a related person; write Name (relation), for example Milica Petrović (mother).</source>
            <extracomment>astra_desktop/services/csv_import.py</extracomment>
            <translation>„{part}” nije povezano lice; napišite Ime (srodstvo), na primer Milica Petrović (majka).</translation>
        </message>
        <message>
            <source>“{part}” names more than one relation.</source>
            <extracomment>astra_desktop/services/csv_import.py</extracomment>
            <translation>„{part}” navodi više od jednog srodstva.</translation>
        </message>
        <message>
            <source>“{text}” is not a known {field}: use {allowed}.</source>
            <extracomment>astra_desktop/services/csv_import.py</extracomment>
            <translation>„{text}” nije poznata vrednost polja {field}: upotrebite {allowed}.</translation>
        </message>
        <message>
            <source>There is no contact note {note_id} in this case.</source>
            <extracomment>astra_desktop/services/disclosure.py</extracomment>
            <translation>U ovom slučaju ne postoji beleška o kontaktu {note_id}.</translation>
        </message>
        <message>
            <source>There is no document {document} in this case.</source>
            <extracomment>astra_desktop/services/disclosure.py</extracomment>
            <translation>U ovom slučaju ne postoji dokument {document}.</translation>
        </message>
        <message>
            <source>{name} is {gb:.1f} GB; the largest file the vault takes is 2 GB. Split or compress it, then import it again.</source>
            <extracomment>astra_desktop/services/documents.py</extracomment>
            <translation>Fajl {name} ima {gb:.1f} GB; najveći fajl koji baza prima je 2 GB. Podelite ga ili kompresujte, pa ga ponovo uvezite.</translation>
        </message>
        <message>
            <source>Document {id} no longer matches the fingerprint taken at import. Restore it from a backup.</source>
            <extracomment>astra_desktop/services/documents.py</extracomment>
            <translation>Dokument {id} više ne odgovara otisku uzetom pri uvozu. Vratite ga iz rezervne kopije.</translation>
        </message>
        <message>
            <source>Say whether the hearing was held, postponed or missed.</source>
            <extracomment>astra_desktop/services/hearings.py</extracomment>
            <translation>Navedite da li je ročište održano, odloženo ili propušteno.</translation>
        </message>
        <message>
            <source>Say why the hearing was postponed.</source>
            <extracomment>astra_desktop/services/hearings.py</extracomment>
            <translation>Navedite zašto je ročište odloženo.</translation>
        </message>
        <message>
            <source>Someone who did not come cannot have testified.</source>
            <extracomment>astra_desktop/services/hearings.py</extracomment>
            <translation>Ko nije došao, nije mogao ni da svedoči.</translation>
        </message>
        <message>
            <source>The next hearing must come after this one.</source>
            <extracomment>astra_desktop/services/hearings.py</extracomment>
            <translation>Sledeće ročište mora biti posle ovog.</translation>
        </message>
        <message>
            <source>A defendant of another proceeding was given.</source>
            <extracomment>astra_desktop/services/hearings.py</extracomment>
            <translation>Naveden je okrivljeni iz drugog postupka.</translation>
        </message>
        <message>
            <source>The hearing and the proceedings belong to different cases.</source>
            <extracomment>astra_desktop/services/hearings.py</extracomment>
            <translation>Ročište i postupak pripadaju različitim slučajevima.</translation>
        </message>
        <message>
            <source>Only a court hearing can be linked to court proceedings.</source>
            <extracomment>astra_desktop/services/hearings.py</extracomment>
            <translation>Sa sudskim postupkom može se povezati samo ročište.</translation>
        </message>
        <message>
            <source>This hearing is already linked to proceedings.</source>
            <extracomment>astra_desktop/services/hearings.py</extracomment>
            <translation>Ovo ročište je već povezano sa postupkom.</translation>
        </message>
        <message>
            <source>No follow-up was asked for on this call, so there is nothing to close.</source>
            <extracomment>astra_desktop/services/hotline.py</extracomment>
            <translation>Za ovaj poziv nije traženo dalje postupanje, pa nema šta da se zatvori.</translation>
        </message>
        <message>
            <source>The call was not found: it may have been deleted.</source>
            <extracomment>astra_desktop/services/hotline.py</extracomment>
            <translation>Poziv nije pronađen: možda je obrisan.</translation>
        </message>
        <message>
            <source>This call already belongs to a case. Open that case to add to it, or log a new call.</source>
            <extracomment>astra_desktop/services/hotline.py</extracomment>
            <translation>Ovaj poziv već pripada slučaju. Otvorite taj slučaj da biste ga dopunili ili evidentirajte novi poziv.</translation>
        </message>
        <message>
            <source>The call this search was opened from no longer exists.</source>
            <extracomment>astra_desktop/services/missing.py</extracomment>
            <translation>Poziv iz kog je ova potraga otvorena više ne postoji.</translation>
        </message>
        <message>
            <source>The search was not found: it may have been deleted.</source>
            <extracomment>astra_desktop/services/missing.py</extracomment>
            <translation>Potraga nije pronađena: možda je obrisana.</translation>
        </message>
        <message>
            <source>The inquiry was not found: it may have been deleted.</source>
            <extracomment>astra_desktop/services/missing.py</extracomment>
            <translation>Upit nije pronađen: možda je obrisan.</translation>
        </message>
        <message>
            <source>This search is already linked to another case.</source>
            <extracomment>astra_desktop/services/missing.py</extracomment>
            <translation>Ova potraga je već povezana sa drugim slučajem.</translation>
        </message>
        <message>
            <source>This search is already linked to a case.</source>
            <extracomment>astra_desktop/services/missing.py</extracomment>
            <translation>Ova potraga je već povezana sa slučajem.</translation>
        </message>
        <message>
            <source>This partner is already in the registry (the same name in the same town). Open that entry instead, or tell the two apart in the name.</source>
            <extracomment>astra_desktop/services/partners.py</extracomment>
            <translation>Ovaj partner je već u registru (isti naziv u istom mestu). Otvorite postojeći unos ili ih razlikujte po nazivu.</translation>
        </message>
        <message>
            <source>This record was changed by someone else after you opened it. Your changes were not saved; reopen the record to see the newer version, then make your change again.</source>
            <extracomment>astra_desktop/services/partners.py</extracomment>
            <translation>Ovaj zapis je neko drugi izmenio nakon što ste ga otvorili. Vaše izmene nisu sačuvane; ponovo otvorite zapis da vidite noviju verziju, pa ponovite izmenu.</translation>
        </message>
        <message>
            <source>The partner chosen is not in this vault's registry (any more). Choose it again from the list, or type the organisation's name.</source>
            <extracomment>astra_desktop/services/partners.py</extracomment>
            <translation>Izabrani partner (više) nije u registru ove šifrovane baze. Izaberite ga ponovo sa liste ili upišite naziv organizacije.</translation>
        </message>
        <message>
            <source>Only an administrator can make a partner inactive or active again. Save your other changes without it, or ask an administrator.</source>
            <extracomment>astra_desktop/services/partners.py</extracomment>
            <translation>Samo administrator može da deaktivira partnera ili da ga ponovo aktivira. Sačuvajte ostale izmene bez toga ili se obratite administratoru.</translation>
        </message>
        <message>
            <source>The passphrase is too short: use at least {least} characters — several unrelated words work well.</source>
            <extracomment>astra_desktop/services/passphrases.py</extracomment>
            <translation>Lozinka je prekratka: upotrebite bar {least} znakova — najbolje je nekoliko nepovezanih reči.</translation>
        </message>
        <message>
            <source>The passphrase is too weak ({hint}). Add more unrelated words.</source>
            <extracomment>astra_desktop/services/passphrases.py</extracomment>
            <translation>Lozinka je preslaba ({hint}). Dodajte još nepovezanih reči.</translation>
        </message>
        <message>
            <source>The proceeding was not found: it may have been deleted.</source>
            <extracomment>astra_desktop/services/proceedings.py</extracomment>
            <translation>Postupak nije pronađen: možda je obrisan.</translation>
        </message>
        <message>
            <source>Choose the verdict before entering its date or sentence.</source>
            <extracomment>astra_desktop/services/proceedings.py</extracomment>
            <translation>Izaberite presudu pre nego što upišete njen datum ili kaznu.</translation>
        </message>
        <message>
            <source>Enter the date of the verdict.</source>
            <extracomment>astra_desktop/services/proceedings.py</extracomment>
            <translation>Upišite datum presude.</translation>
        </message>
        <message>
            <source>The sentence is in months, from 0 to 540.</source>
            <extracomment>astra_desktop/services/proceedings.py</extracomment>
            <translation>Kazna se upisuje u mesecima, od 0 do 540.</translation>
        </message>
        <message>
            <source>An amount cannot be negative.</source>
            <extracomment>astra_desktop/services/proceedings.py</extracomment>
            <translation>Iznos ne može biti negativan.</translation>
        </message>
        <message>
            <source>The plea agreement's date or terms are filled in: tick “A plea agreement was made”, or clear them.</source>
            <extracomment>astra_desktop/services/proceedings.py</extracomment>
            <translation>Upisani su datum ili uslovi sporazuma o priznanju krivičnog dela: označite „Zaključen je sporazum o priznanju krivičnog dela“ ili ih obrišite.</translation>
        </message>
        <message>
            <source>The paragraph and the sentence belong to a conviction: choose that verdict.</source>
            <extracomment>astra_desktop/services/proceedings.py</extracomment>
            <translation>Stav i izrečena kazna upisuju se uz osuđujuću presudu: izaberite tu presudu.</translation>
        </message>
        <message>
            <source>Record the verdict before the appeal against it.</source>
            <extracomment>astra_desktop/services/proceedings.py</extracomment>
            <translation>Upišite presudu pre žalbe na nju.</translation>
        </message>
        <message>
            <source>“No appeal was lodged” cannot go with an appeal: choose one or the other.</source>
            <extracomment>astra_desktop/services/proceedings.py</extracomment>
            <translation>„Žalba nije izjavljena“ ne može ići uz izjavljenu žalbu: izaberite jedno ili drugo.</translation>
        </message>
        <message>
            <source>Enter the defendant's name or initials.</source>
            <extracomment>astra_desktop/services/proceedings.py</extracomment>
            <translation>Upišite ime ili inicijale okrivljenog.</translation>
        </message>
        <message>
            <source>That charge belongs to another proceeding.</source>
            <extracomment>astra_desktop/services/proceedings.py</extracomment>
            <translation>To krivično delo pripada drugom postupku.</translation>
        </message>
        <message>
            <source>This charge was already re-qualified. Re-qualify the current one.</source>
            <extracomment>astra_desktop/services/proceedings.py</extracomment>
            <translation>Ovo krivično delo je već prekvalifikovano. Prekvalifikujte važeću kvalifikaciju.</translation>
        </message>
        <message>
            <source>That lawyer was not found: the list may have changed.</source>
            <extracomment>astra_desktop/services/profiles.py</extracomment>
            <translation>Advokat nije pronađen: spisak se možda promenio.</translation>
        </message>
        <message>
            <source>Choose the lawyer from the list of lawyers.</source>
            <extracomment>astra_desktop/services/profiles.py</extracomment>
            <translation>Izaberite advokata sa spiska advokata.</translation>
        </message>
        <message>
            <source>That power of attorney was not found: it may have been removed.</source>
            <extracomment>astra_desktop/services/profiles.py</extracomment>
            <translation>Punomoćje nije pronađeno: možda je uklonjeno.</translation>
        </message>
        <message>
            <source>The vault key was not rotated: the re-encrypted copy failed its check ({detail}). Nothing was changed.</source>
            <extracomment>astra_desktop/services/rekey.py</extracomment>
            <translation>Ključ baze nije promenjen: ponovo šifrovana kopija nije prošla proveru ({detail}). Ništa nije izmenjeno.</translation>
        </message>
        <message>
            <source>Enter the person's name (or how the client calls them).</source>
            <extracomment>astra_desktop/services/related_persons.py</extracomment>
            <translation>Upišite ime osobe (ili kako je klijent/kinja zove).</translation>
        </message>
        <message>
            <source>Choose how the person is related.</source>
            <extracomment>astra_desktop/services/related_persons.py</extracomment>
            <translation>Izaberite srodstvo ili vezu sa klijentom/kinjom.</translation>
        </message>
        <message>
            <source>A related person cannot move to another client.</source>
            <extracomment>astra_desktop/services/related_persons.py</extracomment>
            <translation>Povezano lice ne može da se premesti kod drugog klijenta.</translation>
        </message>
        <message>
            <source>The related person was not found: they may have been removed.</source>
            <extracomment>astra_desktop/services/related_persons.py</extracomment>
            <translation>Povezano lice nije pronađeno: možda je uklonjeno.</translation>
        </message>
        <message>
            <source>backup</source>
            <extracomment>astra_desktop/services/restore.py</extracomment>
            <translation>rezervna kopija</translation>
        </message>
        <message>
            <source>its recovery lock has been edited</source>
            <extracomment>astra_desktop/services/restore.py</extracomment>
            <translation>zapis ključa za oporavak je izmenjen</translation>
        </message>
        <message>
            <source>its list of contents is unreadable</source>
            <extracomment>astra_desktop/services/restore.py</extracomment>
            <translation>spisak sadržaja ne može da se pročita</translation>
        </message>
        <message>
            <source>it holds more than its list of contents says</source>
            <extracomment>astra_desktop/services/restore.py</extracomment>
            <translation>sadrži više nego što navodi spisak sadržaja</translation>
        </message>
        <message>
            <source>it holds less than its list of contents says</source>
            <extracomment>astra_desktop/services/restore.py</extracomment>
            <translation>sadrži manje nego što navodi spisak sadržaja</translation>
        </message>
        <message>
            <source>its description is unreadable</source>
            <extracomment>astra_desktop/services/restore.py</extracomment>
            <translation>opis ne može da se pročita</translation>
        </message>
        <message>
            <source>its key file is unreadable</source>
            <extracomment>astra_desktop/services/restore.py</extracomment>
            <translation>fajl sa ključevima ne može da se pročita</translation>
        </message>
        <message>
            <source>The vault in the backup has several administrators: say which.</source>
            <extracomment>astra_desktop/services/restore.py</extracomment>
            <translation>Baza u rezervnoj kopiji ima više administratora: navedite kog od njih.</translation>
        </message>
        <message>
            <source>Restoring needs the passphrase of an account in the backup, or the recovery key.</source>
            <extracomment>astra_desktop/services/restore.py</extracomment>
            <translation>Za vraćanje je potrebna lozinka naloga iz rezervne kopije ili ključ za oporavak.</translation>
        </message>
        <message>
            <source>{name} is a backup of another vault than the one this key opens. Restore it with the recovery key or an account of that vault.</source>
            <extracomment>astra_desktop/services/restore.py</extracomment>
            <translation>{name} je rezervna kopija druge baze, a ne one koju otvara ovaj ključ. Vratite je ključem za oporavak ili nalogom te baze.</translation>
        </message>
        <message>
            <source>There is already a vault in {target}. Restore into an empty folder, or choose to replace it (it is then kept aside, still encrypted).</source>
            <extracomment>astra_desktop/services/restore.py</extracomment>
            <translation>U fascikli {target} već postoji baza. Vratite kopiju u praznu fasciklu ili izaberite da postojeću zamenite (ona se tada čuva po strani, i dalje šifrovana).</translation>
        </message>
        <message>
            <source>The vault restored from the backup did not check out ({problems}). Nothing was replaced. Try another backup and tell the administrator.</source>
            <extracomment>astra_desktop/services/restore.py</extracomment>
            <translation>Baza vraćena iz rezervne kopije nije prošla proveru ({problems}). Ništa nije zamenjeno. Pokušajte sa drugom rezervnom kopijom i obavestite administratora.</translation>
        </message>
        <message>
            <source>There is already a vault in {target}; nothing was replaced.</source>
            <extracomment>astra_desktop/services/restore.py</extracomment>
            <translation>U fascikli {target} već postoji baza; ništa nije zamenjeno.</translation>
        </message>
        <message>
            <source>The restored vault could not be moved into {target} ({error}). The current vault is unchanged; the restored one is in {staged}.</source>
            <extracomment>astra_desktop/services/restore.py</extracomment>
            <translation>Vraćena baza nije mogla da se premesti u fasciklu {target} ({error}). Trenutna baza je nepromenjena; vraćena se nalazi u fascikli {staged}.</translation>
        </message>
        <message>
            <source>Version {version} of the risk instrument is not in this vault.</source>
            <extracomment>astra_desktop/services/risk.py</extracomment>
            <translation>Verzija {version} instrumenta za procenu rizika ne postoji u ovoj bazi.</translation>
        </message>
        <message>
            <source>An assessment cannot be dated in the future.</source>
            <extracomment>astra_desktop/services/risk.py</extracomment>
            <translation>Procena ne može imati budući datum.</translation>
        </message>
        <message>
            <source>Unknown items: {items}.</source>
            <extracomment>astra_desktop/services/risk.py</extracomment>
            <translation>Nepoznate stavke: {items}.</translation>
        </message>
        <message>
            <source>No question is answered, so there is no risk level to save. Answer what you know (the red flags first); the rest can stay “unknown”.</source>
            <extracomment>astra_desktop/services/risk.py</extracomment>
            <translation>Ni na jedno pitanje nije odgovoreno, pa nema nivoa rizika koji bi se sačuvao. Odgovorite na ono što znate (prvo na znake visokog rizika); ostalo može ostati „ne zna se“.</translation>
        </message>
        <message>
            <source>Say what is to be done.</source>
            <extracomment>astra_desktop/services/risk.py</extracomment>
            <translation>Navedite šta treba uraditi.</translation>
        </message>
        <message>
            <source>Unknown status “{status}”.</source>
            <extracomment>astra_desktop/services/risk.py</extracomment>
            <translation>Nepoznat status „{status}”.</translation>
        </message>
        <message>
            <source>Unknown event “{kind}”.</source>
            <extracomment>astra_desktop/services/risk.py</extracomment>
            <translation>Nepoznat događaj „{kind}”.</translation>
        </message>
        <message>
            <source>The vault is locked. Unlock it to continue.</source>
            <extracomment>astra_desktop/services/session.py</extracomment>
            <translation>Baza je zaključana. Otključajte je da biste nastavili.</translation>
        </message>
        <message>
            <source>The vault key is being rotated. Try again in a moment.</source>
            <extracomment>astra_desktop/services/session.py</extracomment>
            <translation>Ključ baze se upravo menja. Pokušajte ponovo za trenutak.</translation>
        </message>
        <message>
            <source>Your role ({role}) does not allow this. Ask an administrator if you need it.</source>
            <extracomment>astra_desktop/services/session.py</extracomment>
            <translation>Vaša uloga ({role}) ovo ne dozvoljava. Ako vam je potrebno, obratite se administratoru.</translation>
        </message>
        <message>
            <source>There is already a vault in {folder}. Open it instead.</source>
            <extracomment>astra_desktop/services/session.py</extracomment>
            <translation>U fascikli {folder} već postoji baza. Umesto toga je otvorite.</translation>
        </message>
        <message>
            <source>No vault was found in {folder}. Create one, or choose the folder that holds it.</source>
            <extracomment>astra_desktop/services/session.py</extracomment>
            <translation>U fascikli {folder} nije pronađena baza. Napravite novu ili izaberite fasciklu u kojoj se nalazi.</translation>
        </message>
        <message>
            <source>The user name or passphrase is not right. Check Caps Lock and the keyboard language, then try again.</source>
            <extracomment>astra_desktop/services/session.py</extracomment>
            <translation>Korisničko ime ili lozinka nisu ispravni. Proverite Caps Lock i jezik tastature, pa pokušajte ponovo.</translation>
        </message>
        <message>
            <source>That recovery key is not right. Type it exactly as printed on the emergency sheet.</source>
            <extracomment>astra_desktop/services/session.py</extracomment>
            <translation>Ključ za oporavak nije ispravan. Upišite ga tačno kako je odštampan na listu za hitne slučajeve.</translation>
        </message>
        <message>
            <source>This account has been removed from the vault. Ask the administrator for access.</source>
            <extracomment>astra_desktop/services/session.py</extracomment>
            <translation>Ovaj nalog je uklonjen iz baze. Zatražite pristup od administratora.</translation>
        </message>
        <message>
            <source>The freshness record (vault.anchor) is missing, damaged or edited, so it cannot be confirmed that vault.db is the latest version. Restore your most recent backup, or ask the administrator.</source>
            <extracomment>astra_desktop/services/session.py</extracomment>
            <translation>Zapis o ažurnosti (vault.anchor) nedostaje, oštećen je ili izmenjen, pa ne može da se potvrdi da je vault.db najnovija verzija. Vratite najnoviju rezervnu kopiju ili se obratite administratoru.</translation>
        </message>
        <message>
            <source>Choose a value between {minimum} and {maximum}.</source>
            <extracomment>astra_desktop/services/settings.py</extracomment>
            <translation>Izaberite vrednost između {minimum} i {maximum}.</translation>
        </message>
        <message>
            <source>office change file</source>
            <extracomment>astra_desktop/services/sync.py</extracomment>
            <translation>datoteka izmena kancelarije</translation>
        </message>
        <message>
            <source>Choose the office folder first (sync --folder DIR).</source>
            <extracomment>astra_desktop/services/sync.py</extracomment>
            <translation>Najpre izaberite fasciklu kancelarije (sync --folder DIR).</translation>
        </message>
        <message>
            <source>The office folder {folder} is not there. Connect the drive or choose the folder again; nothing was synced.</source>
            <extracomment>astra_desktop/services/sync.py</extracomment>
            <translation>Fascikla kancelarije {folder} nije dostupna. Priključite disk ili ponovo izaberite fasciklu; ništa nije sinhronizovano.</translation>
        </message>
        <message>
            <source>The office folder {folder} could not be written to ({error}). Nothing was published; free some space or check the drive, then sync again.</source>
            <extracomment>astra_desktop/services/sync.py</extracomment>
            <translation>U fasciklu kancelarije {folder} nije moglo da se upiše ({error}). Ništa nije objavljeno; oslobodite prostor ili proverite disk, pa ponovo pokrenite sinhronizaciju.</translation>
        </message>
        <message>
            <source>Only the laptop that created the team writes snapshots.</source>
            <extracomment>astra_desktop/services/sync.py</extracomment>
            <translation>Samo laptop na kome je tim osnovan zapisuje snimke stanja.</translation>
        </message>
        <message>
            <source>it was written by a removed device</source>
            <extracomment>astra_desktop/services/sync.py</extracomment>
            <translation>napisao ju je uređaj koji je uklonjen iz tima</translation>
        </message>
        <message>
            <source>it is a snapshot not written by the administrator's laptop</source>
            <extracomment>astra_desktop/services/sync.py</extracomment>
            <translation>to je snimak stanja koji nije zapisao administratorov laptop</translation>
        </message>
        <message>
            <source>it changes the team but was not written by an administrator</source>
            <extracomment>astra_desktop/services/sync.py</extracomment>
            <translation>menja sastav tima, a nije je napisao administrator</translation>
        </message>
        <message>
            <source>its records do not fit this vault's</source>
            <extracomment>astra_desktop/services/sync.py</extracomment>
            <translation>njeni zapisi se ne uklapaju u zapise ovog trezora</translation>
        </message>
        <message>
            <source>This vault is not in a team. Create one, or join one with a join file.</source>
            <extracomment>astra_desktop/services/team.py</extracomment>
            <translation>Ovaj trezor nije član tima. Osnujte tim ili se pridružite timu pomoću datoteke za pridruživanje.</translation>
        </message>
        <message>
            <source>Only the laptop that created the team can add or remove devices.</source>
            <extracomment>astra_desktop/services/team.py</extracomment>
            <translation>Samo laptop na kome je tim osnovan može da dodaje ili uklanja uređaje.</translation>
        </message>
        <message>
            <source>This vault is already in a team.</source>
            <extracomment>astra_desktop/services/team.py</extracomment>
            <translation>Ovaj trezor je već član tima.</translation>
        </message>
        <message>
            <source>{name} is not a readable join request. Ask for a new one.</source>
            <extracomment>astra_desktop/services/team.py</extracomment>
            <translation>{name} nije čitljiv zahtev za pridruživanje. Zatražite novi.</translation>
        </message>
        <message>
            <source>The fingerprint does not match the join request ({found}). Nothing was changed; ask the person for a new request.</source>
            <extracomment>astra_desktop/services/team.py</extracomment>
            <translation>Otisak ne odgovara zahtevu za pridruživanje ({found}). Ništa nije promenjeno; zatražite od te osobe novi zahtev.</translation>
        </message>
        <message>
            <source>This device was removed from the team; it needs a new join request.</source>
            <extracomment>astra_desktop/services/team.py</extracomment>
            <translation>Ovaj uređaj je uklonjen iz tima; potreban mu je novi zahtev za pridruživanje.</translation>
        </message>
        <message>
            <source>Make a join request on this laptop first, then import the join file.</source>
            <extracomment>astra_desktop/services/team.py</extracomment>
            <translation>Najpre na ovom laptopu napravite zahtev za pridruživanje, a zatim uvezite datoteku za pridruživanje.</translation>
        </message>
        <message>
            <source>team join file</source>
            <extracomment>astra_desktop/services/team.py</extracomment>
            <translation>datoteka za pridruživanje timu</translation>
        </message>
        <message>
            <source>{name} was made for another laptop's join request. Nothing was changed.</source>
            <extracomment>astra_desktop/services/team.py</extracomment>
            <translation>{name} je napravljena za zahtev za pridruživanje drugog laptopa. Ništa nije promenjeno.</translation>
        </message>
        <message>
            <source>This laptop cannot remove itself from the team.</source>
            <extracomment>astra_desktop/services/team.py</extracomment>
            <translation>Ovaj laptop ne može sam sebe da ukloni iz tima.</translation>
        </message>
        <message>
            <source>That device has already been removed.</source>
            <extracomment>astra_desktop/services/team.py</extracomment>
            <translation>Taj uređaj je već uklonjen.</translation>
        </message>
        <message>
            <source>There is no device {id} in the team (give its id, or its first characters if they are unique).</source>
            <extracomment>astra_desktop/services/team.py</extracomment>
            <translation>U timu nema uređaja {id} (navedite njegov identifikator ili prve znakove identifikatora ako su jedinstveni).</translation>
        </message>
        <message>
            <source>There is no document template “{name}”. Choose one of: {names}.</source>
            <extracomment>astra_desktop/services/templates.py</extracomment>
            <translation>Ne postoji šablon dokumenta „{name}“. Izaberite jedan od: {names}.</translation>
        </message>
        <message>
            <source>Templates are written in {langs} (Cyrillic is made from sr-Latn).</source>
            <extracomment>astra_desktop/services/templates.py</extracomment>
            <translation>Šabloni se pišu na {langs} (ćirilica se pravi iz sr-Latn).</translation>
        </message>
        <message>
            <source>Choose at least one case to hand over.</source>
            <extracomment>astra_desktop/services/transfer.py</extracomment>
            <translation>Izaberite bar jedan slučaj za predaju.</translation>
        </message>
        <message>
            <source>The bundle could not be written to {folder} ({error}). Nothing was exported; free some space or choose another drive.</source>
            <extracomment>astra_desktop/services/transfer.py</extracomment>
            <translation>Paket nije mogao da se upiše u fasciklu {folder} ({error}). Ništa nije izvezeno; oslobodite prostor ili izaberite drugi disk.</translation>
        </message>
        <message>
            <source>{name} already exists. Choose another name.</source>
            <extracomment>astra_desktop/services/transfer.py</extracomment>
            <translation>Fajl {name} već postoji. Izaberite drugo ime.</translation>
        </message>
        <message>
            <source>The export was cancelled; nothing was exported.</source>
            <extracomment>astra_desktop/services/transfer.py</extracomment>
            <translation>Izvoz je otkazan; ništa nije izvezeno.</translation>
        </message>
        <message>
            <source>case-transfer bundle</source>
            <extracomment>astra_desktop/services/transfer.py</extracomment>
            <translation>paket za predaju slučajeva</translation>
        </message>
        <message>
            <source>{name} was made by a different version of ASTRA Desktop (another data format). Update both laptops to the same version, then export again.</source>
            <extracomment>astra_desktop/services/transfer.py</extracomment>
            <translation>Fajl {name} je napravljen u drugoj verziji programa ASTRA Desktop (drugi format podataka). Instalirajte istu verziju na oba laptopa, pa ponovo izvezite.</translation>
        </message>
        <message>
            <source>The bundle deletes records of a case that is in this vault but not assigned to you. Ask an administrator to import it; nothing was imported.</source>
            <extracomment>astra_desktop/services/transfer.py</extracomment>
            <translation>Paket briše zapise slučaja koji postoji u ovoj bazi, ali nije dodeljen vama. Zamolite administratora da ga uveze; ništa nije uvezeno.</translation>
        </message>
        <message>
            <source>The bundle changes a case that is in this vault but not assigned to you. Ask an administrator to import it; nothing was imported.</source>
            <extracomment>astra_desktop/services/transfer.py</extracomment>
            <translation>Paket menja slučaj koji postoji u ovoj bazi, ali nije dodeljen vama. Zamolite administratora da ga uveze; ništa nije uvezeno.</translation>
        </message>
        <message>
            <source>{count} record(s) were changed on both laptops: choose, for each, which version to keep. Nothing was imported.</source>
            <extracomment>astra_desktop/services/transfer.py</extracomment>
            <translation>Broj zapisa izmenjenih na oba laptopa: {count}. Za svaki izaberite koju verziju zadržavate. Ništa nije uvezeno.</translation>
        </message>
        <message>
            <source>The bundle's records do not fit this vault's (a record they belong to is missing here). Nothing was imported; export the whole case again.</source>
            <extracomment>astra_desktop/services/transfer.py</extracomment>
            <translation>Zapisi iz paketa se ne uklapaju u ovu bazu (nedostaje zapis kome pripadaju). Ništa nije uvezeno; ponovo izvezite ceo slučaj.</translation>
        </message>
        <message>
            <source>Enter the defendant's initials or the court's designation.</source>
            <extracomment>astra_desktop/services/trials.py</extracomment>
            <translation>Upišite inicijale okrivljenog ili oznaku koju koristi sud.</translation>
        </message>
        <message>
            <source>That charge belongs to another trial.</source>
            <extracomment>astra_desktop/services/trials.py</extracomment>
            <translation>Ta optužba pripada drugom suđenju.</translation>
        </message>
        <message>
            <source>That injured party is not recorded in this trial.</source>
            <extracomment>astra_desktop/services/trials.py</extracomment>
            <translation>Taj oštećeni nije upisan u ovo suđenje.</translation>
        </message>
        <message>
            <source>A defendant of another trial was given.</source>
            <extracomment>astra_desktop/services/trials.py</extracomment>
            <translation>Naveden je okrivljeni iz drugog suđenja.</translation>
        </message>
        <message>
            <source>Record the injured parties and the defendants.</source>
            <extracomment>astra_desktop/services/trials.py</extracomment>
            <translation>Upišite oštećene i okrivljene.</translation>
        </message>
        <message>
            <source>Say who caused the postponement, or why.</source>
            <extracomment>astra_desktop/services/trials.py</extracomment>
            <translation>Navedite zbog koga je ili zašto je ročište odloženo.</translation>
        </message>
        <message>
            <source>User names are 2–32 letters, digits, dots, dashes or underscores.</source>
            <extracomment>astra_desktop/services/users.py</extracomment>
            <translation>Korisničko ime ima 2–32 znaka: slova, cifre, tačke, crtice ili donje crte.</translation>
        </message>
        <message>
            <source>There is no user called {username}.</source>
            <extracomment>astra_desktop/services/users.py</extracomment>
            <translation>Ne postoji korisnik {username}.</translation>
        </message>
        <message>
            <source>There is already a user called {username}.</source>
            <extracomment>astra_desktop/services/users.py</extracomment>
            <translation>Korisnik {username} već postoji.</translation>
        </message>
        <message>
            <source>You cannot remove your own account. Ask another administrator.</source>
            <extracomment>astra_desktop/services/users.py</extracomment>
            <translation>Ne možete ukloniti sopstveni nalog. Obratite se drugom administratoru.</translation>
        </message>
        <message>
            <source>The last administrator cannot be removed.</source>
            <extracomment>astra_desktop/services/users.py</extracomment>
            <translation>Poslednji administrator ne može biti uklonjen.</translation>
        </message>
        <message>
            <source>The current passphrase is not right; nothing was changed.</source>
            <extracomment>astra_desktop/services/users.py</extracomment>
            <translation>Trenutna lozinka nije ispravna; ništa nije promenjeno.</translation>
        </message>
        <message>
            <source>The word list {path} is missing, so no one-time passphrase can be made. Reinstall ASTRA Desktop.</source>
            <extracomment>astra_desktop/services/word_passphrase.py</extracomment>
            <translation>Spisak reči {path} nedostaje, pa jednokratna lozinka ne može da se napravi. Ponovo instalirajte ASTRA Desktop.</translation>
        </message>
        <message>
            <source>audit entries {first}–{last} are missing</source>
            <extracomment>astra_desktop/storage/audit.py</extracomment>
            <translation>nedostaju stavke evidencije aktivnosti {first}–{last}</translation>
        </message>
        <message>
            <source>audit entry {seq} does not follow the entry before it</source>
            <extracomment>astra_desktop/storage/audit.py</extracomment>
            <translation>stavka evidencije aktivnosti {seq} se ne nadovezuje na prethodnu</translation>
        </message>
        <message>
            <source>audit entry {seq} has been altered</source>
            <extracomment>astra_desktop/storage/audit.py</extracomment>
            <translation>stavka evidencije aktivnosti {seq} je izmenjena</translation>
        </message>
        <message>
            <source>the file ends inside its header</source>
            <extracomment>astra_desktop/storage/backup_format.py</extracomment>
            <translation>fajl se završava usred zaglavlja</translation>
        </message>
        <message>
            <source>its header does not match its checksum</source>
            <extracomment>astra_desktop/storage/backup_format.py</extracomment>
            <translation>zaglavlje ne odgovara kontrolnom zbiru</translation>
        </message>
        <message>
            <source>it was made by a newer version of ASTRA Desktop</source>
            <extracomment>astra_desktop/storage/backup_format.py</extracomment>
            <translation>napravljen je u novijoj verziji programa ASTRA Desktop</translation>
        </message>
        <message>
            <source>its header has been edited</source>
            <extracomment>astra_desktop/storage/backup_format.py</extracomment>
            <translation>zaglavlje je izmenjeno</translation>
        </message>
        <message>
            <source>part {part} of its contents fails its authentication check: the file is cut short, has parts missing, swapped or added, or was altered</source>
            <extracomment>astra_desktop/storage/backup_format.py</extracomment>
            <translation>deo {part} sadržaja ne prolazi proveru autentičnosti: fajl je skraćen, delovi nedostaju, zamenjeni su ili dodati, ili je izmenjen</translation>
        </message>
        <message>
            <source>the claim of case {case_id} cannot be read ({exc})</source>
            <extracomment>astra_desktop/storage/claims.py</extracomment>
            <translation>odštetni zahtev slučaja {case_id} ne može da se pročita ({exc})</translation>
        </message>
        <message>
            <source>the change</source>
            <extracomment>astra_desktop/storage/database.py</extracomment>
            <translation>izmenu</translation>
        </message>
        <message>
            <source>vault.db is older than the last state this computer saved: an earlier copy of the file has been put in its place. Records entered since then are not in it. Do not work in this vault; restore your most recent backup and tell the administrator.</source>
            <extracomment>astra_desktop/storage/freshness.py</extracomment>
            <translation>vault.db je stariji od poslednjeg stanja koje je ovaj računar sačuvao: na njegovo mesto je stavljena ranija kopija fajla. Zapisi uneti od tada nisu u njoj. Ne radite u ovoj bazi; vratite najnoviju rezervnu kopiju i obavestite administratora.</translation>
        </message>
        <message>
            <source>The key file (vault.keys) is damaged or has been edited. The vault cannot be trusted as it is: restore it from a backup and tell the administrator.</source>
            <extracomment>astra_desktop/storage/keyslots.py</extracomment>
            <translation>Fajl sa ključevima (vault.keys) je oštećen ili izmenjen. Baza u ovom stanju nije pouzdana: vratite je iz rezervne kopije i obavestite administratora.</translation>
        </message>
        <message>
            <source>The vault is already open in another ASTRA Desktop window or command. Close it there first, then try again.</source>
            <extracomment>astra_desktop/storage/lock.py</extracomment>
            <translation>Baza je već otvorena u drugom prozoru ili komandi programa ASTRA Desktop. Prvo je tamo zatvorite, pa pokušajte ponovo.</translation>
        </message>
        <message>
            <source>The vault could not be upgraded for this version of ASTRA Desktop (step {number}: {detail}). Nothing was changed and a copy was kept as {backup}. Keep using the previous version and tell the administrator.</source>
            <extracomment>astra_desktop/storage/migrate.py</extracomment>
            <translation>Baza nije mogla da se prilagodi ovoj verziji programa ASTRA Desktop (korak {number}: {detail}). Ništa nije promenjeno, a kopija je sačuvana kao {backup}. Nastavite da koristite prethodnu verziju i obavestite administratora.</translation>
        </message>
        <message>
            <source>The partner was not found in this vault.</source>
            <extracomment>astra_desktop/storage/partners.py</extracomment>
            <translation>Partner nije pronađen u ovoj šifrovanoj bazi.</translation>
        </message>
        <message>
            <source>The record no longer exists: it may have been deleted.</source>
            <extracomment>astra_desktop/storage/rows.py</extracomment>
            <translation>Zapis više ne postoji: možda je obrisan.</translation>
        </message>
        <message>
            <source>The record was not found: it may have been deleted.</source>
            <extracomment>astra_desktop/storage/rows.py</extracomment>
            <translation>Zapis nije pronađen: možda je obrisan.</translation>
        </message>
    </context>
    <context>
        <name>Labels</name>
        <message>
            <source>Active</source>
            <comment>CaseStatus</comment>
            <extracomment>astra_desktop/core/enums.py</extracomment>
            <translation>Aktivan</translation>
        </message>
        <message>
            <source>Follow-up</source>
            <comment>CaseStatus</comment>
            <extracomment>astra_desktop/core/enums.py</extracomment>
            <translation>Praćenje</translation>
        </message>
        <message>
            <source>Closed</source>
            <comment>CaseStatus</comment>
            <extracomment>astra_desktop/core/enums.py</extracomment>
            <translation>Zatvoren</translation>
        </message>
        <message>
            <source>Closed — referred</source>
            <comment>CaseStatus</comment>
            <extracomment>astra_desktop/core/enums.py</extracomment>
            <translation>Zatvoren — upućen dalje</translation>
        </message>
        <message>
            <source>Female</source>
            <comment>Gender</comment>
            <extracomment>astra_desktop/core/enums.py</extracomment>
            <translation>Ženski</translation>
        </message>
        <message>
            <source>Male</source>
            <comment>Gender</comment>
            <extracomment>astra_desktop/core/enums.py</extracomment>
            <translation>Muški</translation>
        </message>
        <message>
            <source>Other</source>
            <comment>Gender</comment>
            <extracomment>astra_desktop/core/enums.py</extracomment>
            <translation>Drugo</translation>
        </message>
        <message>
            <source>Not known</source>
            <comment>Gender</comment>
            <extracomment>astra_desktop/core/enums.py</extracomment>
            <translation>Nije poznato</translation>
        </message>
        <message>
            <source>Presumed victim</source>
            <comment>TraffickingStatus</comment>
            <extracomment>astra_desktop/core/enums.py</extracomment>
            <translation>Pretpostavljena žrtva</translation>
        </message>
        <message>
            <source>Identified victim</source>
            <comment>TraffickingStatus</comment>
            <extracomment>astra_desktop/core/enums.py</extracomment>
            <translation>Identifikovana žrtva</translation>
        </message>
        <message>
            <source>Not yet assessed</source>
            <comment>TraffickingStatus</comment>
            <extracomment>astra_desktop/core/enums.py</extracomment>
            <translation>Još nije procenjeno</translation>
        </message>
        <message>
            <source>Sexual exploitation</source>
            <comment>ExploitationType</comment>
            <extracomment>astra_desktop/core/enums.py</extracomment>
            <translation>Seksualna eksploatacija</translation>
        </message>
        <message>
            <source>Labour exploitation</source>
            <comment>ExploitationType</comment>
            <extracomment>astra_desktop/core/enums.py</extracomment>
            <translation>Radna eksploatacija</translation>
        </message>
        <message>
            <source>Forced begging</source>
            <comment>ExploitationType</comment>
            <extracomment>astra_desktop/core/enums.py</extracomment>
            <translation>Prinudno prosjačenje</translation>
        </message>
        <message>
            <source>Forced criminality</source>
            <comment>ExploitationType</comment>
            <extracomment>astra_desktop/core/enums.py</extracomment>
            <translation>Prinuda na vršenje krivičnih dela</translation>
        </message>
        <message>
            <source>Forced marriage</source>
            <comment>ExploitationType</comment>
            <extracomment>astra_desktop/core/enums.py</extracomment>
            <translation>Prinudni brak</translation>
        </message>
        <message>
            <source>Domestic servitude</source>
            <comment>ExploitationType</comment>
            <extracomment>astra_desktop/core/enums.py</extracomment>
            <translation>Prinudni rad u domaćinstvu</translation>
        </message>
        <message>
            <source>Other</source>
            <comment>ExploitationType</comment>
            <extracomment>astra_desktop/core/enums.py</extracomment>
            <translation>Drugo</translation>
        </message>
        <message>
            <source>Debt bondage</source>
            <comment>MeansOfControl</comment>
            <extracomment>astra_desktop/core/enums.py</extracomment>
            <translation>Dužničko ropstvo</translation>
        </message>
        <message>
            <source>Documents withheld</source>
            <comment>MeansOfControl</comment>
            <extracomment>astra_desktop/core/enums.py</extracomment>
            <translation>Oduzeta dokumenta</translation>
        </message>
        <message>
            <source>Threats to family</source>
            <comment>MeansOfControl</comment>
            <extracomment>astra_desktop/core/enums.py</extracomment>
            <translation>Pretnje porodici</translation>
        </message>
        <message>
            <source>Violence</source>
            <comment>MeansOfControl</comment>
            <extracomment>astra_desktop/core/enums.py</extracomment>
            <translation>Nasilje</translation>
        </message>
        <message>
            <source>Substances</source>
            <comment>MeansOfControl</comment>
            <extracomment>astra_desktop/core/enums.py</extracomment>
            <translation>Psihoaktivne supstance</translation>
        </message>
        <message>
            <source>Restricted movement</source>
            <comment>MeansOfControl</comment>
            <extracomment>astra_desktop/core/enums.py</extracomment>
            <translation>Ograničeno kretanje</translation>
        </message>
        <message>
            <source>Isolation</source>
            <comment>MeansOfControl</comment>
            <extracomment>astra_desktop/core/enums.py</extracomment>
            <translation>Izolacija</translation>
        </message>
        <message>
            <source>Wages withheld</source>
            <comment>MeansOfControl</comment>
            <extracomment>astra_desktop/core/enums.py</extracomment>
            <translation>Uskraćena zarada</translation>
        </message>
        <message>
            <source>Other</source>
            <comment>MeansOfControl</comment>
            <extracomment>astra_desktop/core/enums.py</extracomment>
            <translation>Drugo</translation>
        </message>
        <message>
            <source>Has documents</source>
            <comment>IdDocumentStatus</comment>
            <extracomment>astra_desktop/core/enums.py</extracomment>
            <translation>Ima dokumenta</translation>
        </message>
        <message>
            <source>Withheld by others</source>
            <comment>IdDocumentStatus</comment>
            <extracomment>astra_desktop/core/enums.py</extracomment>
            <translation>Drugi ih zadržavaju</translation>
        </message>
        <message>
            <source>Lost</source>
            <comment>IdDocumentStatus</comment>
            <extracomment>astra_desktop/core/enums.py</extracomment>
            <translation>Izgubljena</translation>
        </message>
        <message>
            <source>Never had documents</source>
            <comment>IdDocumentStatus</comment>
            <extracomment>astra_desktop/core/enums.py</extracomment>
            <translation>Nikada nije imao/la dokumenta</translation>
        </message>
        <message>
            <source>Not known</source>
            <comment>IdDocumentStatus</comment>
            <extracomment>astra_desktop/core/enums.py</extracomment>
            <translation>Nije poznato</translation>
        </message>
        <message>
            <source>Phone call</source>
            <comment>NoteKind</comment>
            <extracomment>astra_desktop/core/enums.py</extracomment>
            <translation>Telefonski poziv</translation>
        </message>
        <message>
            <source>Visit</source>
            <comment>NoteKind</comment>
            <extracomment>astra_desktop/core/enums.py</extracomment>
            <translation>Poseta</translation>
        </message>
        <message>
            <source>Accompaniment</source>
            <comment>NoteKind</comment>
            <extracomment>astra_desktop/core/enums.py</extracomment>
            <translation>Pratnja</translation>
        </message>
        <message>
            <source>SOS hotline</source>
            <comment>NoteKind</comment>
            <extracomment>astra_desktop/core/enums.py</extracomment>
            <translation>SOS linija</translation>
        </message>
        <message>
            <source>Meeting</source>
            <comment>NoteKind</comment>
            <extracomment>astra_desktop/core/enums.py</extracomment>
            <translation>Sastanak</translation>
        </message>
        <message>
            <source>Other</source>
            <comment>NoteKind</comment>
            <extracomment>astra_desktop/core/enums.py</extracomment>
            <translation>Drugo</translation>
        </message>
        <message>
            <source>Medical</source>
            <comment>ServiceKind</comment>
            <extracomment>astra_desktop/core/enums.py</extracomment>
            <translation>Medicinska pomoć</translation>
        </message>
        <message>
            <source>Legal</source>
            <comment>ServiceKind</comment>
            <extracomment>astra_desktop/core/enums.py</extracomment>
            <translation>Pravna pomoć</translation>
        </message>
        <message>
            <source>Psychological</source>
            <comment>ServiceKind</comment>
            <extracomment>astra_desktop/core/enums.py</extracomment>
            <translation>Psihološka podrška</translation>
        </message>
        <message>
            <source>Accommodation</source>
            <comment>ServiceKind</comment>
            <extracomment>astra_desktop/core/enums.py</extracomment>
            <translation>Smeštaj</translation>
        </message>
        <message>
            <source>Financial</source>
            <comment>ServiceKind</comment>
            <extracomment>astra_desktop/core/enums.py</extracomment>
            <translation>Finansijska pomoć</translation>
        </message>
        <message>
            <source>Education / employment</source>
            <comment>ServiceKind</comment>
            <extracomment>astra_desktop/core/enums.py</extracomment>
            <translation>Obrazovanje / zapošljavanje</translation>
        </message>
        <message>
            <source>Family reunification</source>
            <comment>ServiceKind</comment>
            <extracomment>astra_desktop/core/enums.py</extracomment>
            <translation>Spajanje porodice</translation>
        </message>
        <message>
            <source>Other</source>
            <comment>ServiceKind</comment>
            <extracomment>astra_desktop/core/enums.py</extracomment>
            <translation>Drugo</translation>
        </message>
        <message>
            <source>Administrator</source>
            <comment>Role</comment>
            <extracomment>astra_desktop/core/enums.py</extracomment>
            <translation>Administrator</translation>
        </message>
        <message>
            <source>Caseworker</source>
            <comment>Role</comment>
            <extracomment>astra_desktop/core/enums.py</extracomment>
            <translation>Voditelj/ka slučaja</translation>
        </message>
        <message>
            <source>Lawyer</source>
            <comment>Role</comment>
            <extracomment>astra_desktop/core/enums.py</extracomment>
            <translation>Pravnik/ca</translation>
        </message>
        <message>
            <source>Viewer (read only)</source>
            <comment>Role</comment>
            <extracomment>astra_desktop/core/enums.py</extracomment>
            <translation>Samo pregled (bez izmena)</translation>
        </message>
        <message>
            <source>Referred to us</source>
            <comment>ReferralDirection</comment>
            <extracomment>astra_desktop/core/enums.py</extracomment>
            <translation>Upućeno nama</translation>
        </message>
        <message>
            <source>Referred by us</source>
            <comment>ReferralDirection</comment>
            <extracomment>astra_desktop/core/enums.py</extracomment>
            <translation>Mi smo uputili</translation>
        </message>
        <message>
            <source>Mother</source>
            <comment>Relation</comment>
            <extracomment>astra_desktop/core/enums.py</extracomment>
            <translation>Majka</translation>
        </message>
        <message>
            <source>Father</source>
            <comment>Relation</comment>
            <extracomment>astra_desktop/core/enums.py</extracomment>
            <translation>Otac</translation>
        </message>
        <message>
            <source>Brother or sister</source>
            <comment>Relation</comment>
            <extracomment>astra_desktop/core/enums.py</extracomment>
            <translation>Brat ili sestra</translation>
        </message>
        <message>
            <source>Child</source>
            <comment>Relation</comment>
            <extracomment>astra_desktop/core/enums.py</extracomment>
            <translation>Dete</translation>
        </message>
        <message>
            <source>Partner or spouse</source>
            <comment>Relation</comment>
            <extracomment>astra_desktop/core/enums.py</extracomment>
            <translation>Partner/ka ili supružnik</translation>
        </message>
        <message>
            <source>Former partner</source>
            <comment>Relation</comment>
            <extracomment>astra_desktop/core/enums.py</extracomment>
            <translation>Bivši partner/ka</translation>
        </message>
        <message>
            <source>Guardian</source>
            <comment>Relation</comment>
            <extracomment>astra_desktop/core/enums.py</extracomment>
            <translation>Staratelj</translation>
        </message>
        <message>
            <source>Foster parent</source>
            <comment>Relation</comment>
            <extracomment>astra_desktop/core/enums.py</extracomment>
            <translation>Hranitelj/ka</translation>
        </message>
        <message>
            <source>Other relative</source>
            <comment>Relation</comment>
            <extracomment>astra_desktop/core/enums.py</extracomment>
            <translation>Drugi srodnik</translation>
        </message>
        <message>
            <source>Friend</source>
            <comment>Relation</comment>
            <extracomment>astra_desktop/core/enums.py</extracomment>
            <translation>Prijatelj/ica</translation>
        </message>
        <message>
            <source>Employer</source>
            <comment>Relation</comment>
            <extracomment>astra_desktop/core/enums.py</extracomment>
            <translation>Poslodavac</translation>
        </message>
        <message>
            <source>Other</source>
            <comment>Relation</comment>
            <extracomment>astra_desktop/core/enums.py</extracomment>
            <translation>Drugo</translation>
        </message>
        <message>
            <source>Court hearing</source>
            <comment>AppointmentKind</comment>
            <extracomment>astra_desktop/core/appointments.py</extracomment>
            <translation>Ročište</translation>
        </message>
        <message>
            <source>Prosecutor</source>
            <comment>AppointmentKind</comment>
            <extracomment>astra_desktop/core/appointments.py</extracomment>
            <translation>Tužilaštvo</translation>
        </message>
        <message>
            <source>Police</source>
            <comment>AppointmentKind</comment>
            <extracomment>astra_desktop/core/appointments.py</extracomment>
            <translation>Policija</translation>
        </message>
        <message>
            <source>Medical</source>
            <comment>AppointmentKind</comment>
            <extracomment>astra_desktop/core/appointments.py</extracomment>
            <translation>Lekarski pregled</translation>
        </message>
        <message>
            <source>Psychologist</source>
            <comment>AppointmentKind</comment>
            <extracomment>astra_desktop/core/appointments.py</extracomment>
            <translation>Psiholog</translation>
        </message>
        <message>
            <source>Social welfare centre</source>
            <comment>AppointmentKind</comment>
            <extracomment>astra_desktop/core/appointments.py</extracomment>
            <translation>Centar za socijalni rad</translation>
        </message>
        <message>
            <source>Embassy / consulate</source>
            <comment>AppointmentKind</comment>
            <extracomment>astra_desktop/core/appointments.py</extracomment>
            <translation>Ambasada / konzulat</translation>
        </message>
        <message>
            <source>Lawyer</source>
            <comment>AppointmentKind</comment>
            <extracomment>astra_desktop/core/appointments.py</extracomment>
            <translation>Advokat</translation>
        </message>
        <message>
            <source>Home visit</source>
            <comment>AppointmentKind</comment>
            <extracomment>astra_desktop/core/appointments.py</extracomment>
            <translation>Kućna poseta</translation>
        </message>
        <message>
            <source>Other</source>
            <comment>AppointmentKind</comment>
            <extracomment>astra_desktop/core/appointments.py</extracomment>
            <translation>Drugo</translation>
        </message>
        <message>
            <source>Planned</source>
            <comment>AppointmentStatus</comment>
            <extracomment>astra_desktop/core/appointments.py</extracomment>
            <translation>Zakazano</translation>
        </message>
        <message>
            <source>Held</source>
            <comment>AppointmentStatus</comment>
            <extracomment>astra_desktop/core/appointments.py</extracomment>
            <translation>Održano</translation>
        </message>
        <message>
            <source>Missed</source>
            <comment>AppointmentStatus</comment>
            <extracomment>astra_desktop/core/appointments.py</extracomment>
            <translation>Propušteno</translation>
        </message>
        <message>
            <source>Postponed</source>
            <comment>AppointmentStatus</comment>
            <extracomment>astra_desktop/core/appointments.py</extracomment>
            <translation>Odloženo</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <comment>AppointmentStatus</comment>
            <extracomment>astra_desktop/core/appointments.py</extracomment>
            <translation>Otkazano</translation>
        </message>
        <message>
            <source>Preliminary hearing</source>
            <comment>HearingKind</comment>
            <extracomment>astra_desktop/core/court.py</extracomment>
            <translation>Pripremno ročište</translation>
        </message>
        <message>
            <source>Main hearing</source>
            <comment>HearingKind</comment>
            <extracomment>astra_desktop/core/court.py</extracomment>
            <translation>Glavni pretres</translation>
        </message>
        <message>
            <source>Announcement of the verdict</source>
            <comment>HearingKind</comment>
            <extracomment>astra_desktop/core/court.py</extracomment>
            <translation>Objavljivanje presude</translation>
        </message>
        <message>
            <source>Appeal hearing</source>
            <comment>HearingKind</comment>
            <extracomment>astra_desktop/core/court.py</extracomment>
            <translation>Pretres pred drugostepenim sudom</translation>
        </message>
        <message>
            <source>Other hearing</source>
            <comment>HearingKind</comment>
            <extracomment>astra_desktop/core/court.py</extracomment>
            <translation>Drugo ročište</translation>
        </message>
        <message>
            <source>Injured party</source>
            <comment>VictimRole</comment>
            <extracomment>astra_desktop/core/court.py</extracomment>
            <translation>Oštećeni/a</translation>
        </message>
        <message>
            <source>Witness</source>
            <comment>VictimRole</comment>
            <extracomment>astra_desktop/core/court.py</extracomment>
            <translation>Svedok/svedokinja</translation>
        </message>
        <message>
            <source>Subsidiary prosecutor</source>
            <comment>VictimRole</comment>
            <extracomment>astra_desktop/core/court.py</extracomment>
            <translation>Oštećeni/a kao tužilac</translation>
        </message>
        <message>
            <source>Not requested</source>
            <comment>WitnessStatus</comment>
            <extracomment>astra_desktop/core/court.py</extracomment>
            <translation>Nije traženo</translation>
        </message>
        <message>
            <source>Requested, not decided</source>
            <comment>WitnessStatus</comment>
            <extracomment>astra_desktop/core/court.py</extracomment>
            <translation>Traženo, nije odlučeno</translation>
        </message>
        <message>
            <source>Granted</source>
            <comment>WitnessStatus</comment>
            <extracomment>astra_desktop/core/court.py</extracomment>
            <translation>Usvojeno</translation>
        </message>
        <message>
            <source>Refused</source>
            <comment>WitnessStatus</comment>
            <extracomment>astra_desktop/core/court.py</extracomment>
            <translation>Odbijeno</translation>
        </message>
        <message>
            <source>Public prosecutor</source>
            <comment>AppealBy</comment>
            <extracomment>astra_desktop/core/court.py</extracomment>
            <translation>Javni tužilac</translation>
        </message>
        <message>
            <source>Defendant or defence counsel</source>
            <comment>AppealBy</comment>
            <extracomment>astra_desktop/core/court.py</extracomment>
            <translation>Okrivljeni, odnosno branilac</translation>
        </message>
        <message>
            <source>Injured party</source>
            <comment>AppealBy</comment>
            <extracomment>astra_desktop/core/court.py</extracomment>
            <translation>Oštećeni/a</translation>
        </message>
        <message>
            <source>No appeal was lodged</source>
            <comment>AppealBy</comment>
            <extracomment>astra_desktop/core/court.py</extracomment>
            <translation>Žalba nije izjavljena</translation>
        </message>
        <message>
            <source>Investigation (public prosecutor)</source>
            <comment>Stage</comment>
            <extracomment>astra_desktop/core/court.py</extracomment>
            <translation>Istraga (javni tužilac)</translation>
        </message>
        <message>
            <source>Before the court of first instance</source>
            <comment>Stage</comment>
            <extracomment>astra_desktop/core/court.py</extracomment>
            <translation>Pred prvostepenim sudom</translation>
        </message>
        <message>
            <source>On appeal (appellate court)</source>
            <comment>Stage</comment>
            <extracomment>astra_desktop/core/court.py</extracomment>
            <translation>Po žalbi (apelacioni sud)</translation>
        </message>
        <message>
            <source>The public prosecutor</source>
            <comment>Authority</comment>
            <extracomment>astra_desktop/core/court.py</extracomment>
            <translation>Javnom tužilaštvu</translation>
        </message>
        <message>
            <source>The court of first instance</source>
            <comment>Authority</comment>
            <extracomment>astra_desktop/core/court.py</extracomment>
            <translation>Prvostepenom sudu</translation>
        </message>
        <message>
            <source>The appellate court</source>
            <comment>Authority</comment>
            <extracomment>astra_desktop/core/court.py</extracomment>
            <translation>Apelacionom sudu</translation>
        </message>
        <message>
            <source>Questions only through the court</source>
            <comment>ProtectiveMeasure</comment>
            <extracomment>astra_desktop/core/court.py</extracomment>
            <translation>Pitanja samo preko suda</translation>
        </message>
        <message>
            <source>Testimony by video link</source>
            <comment>ProtectiveMeasure</comment>
            <extracomment>astra_desktop/core/court.py</extracomment>
            <translation>Ispitivanje putem video-linka</translation>
        </message>
        <message>
            <source>Separate room</source>
            <comment>ProtectiveMeasure</comment>
            <extracomment>astra_desktop/core/court.py</extracomment>
            <translation>Posebna prostorija</translation>
        </message>
        <message>
            <source>No confrontation with the defendant</source>
            <comment>ProtectiveMeasure</comment>
            <extracomment>astra_desktop/core/court.py</extracomment>
            <translation>Bez suočenja sa okrivljenim</translation>
        </message>
        <message>
            <source>Defendant removed from the courtroom</source>
            <comment>ProtectiveMeasure</comment>
            <extracomment>astra_desktop/core/court.py</extracomment>
            <translation>Okrivljeni udaljen iz sudnice</translation>
        </message>
        <message>
            <source>Public excluded</source>
            <comment>ProtectiveMeasure</comment>
            <extracomment>astra_desktop/core/court.py</extracomment>
            <translation>Javnost isključena</translation>
        </message>
        <message>
            <source>Identity protected</source>
            <comment>ProtectiveMeasure</comment>
            <extracomment>astra_desktop/core/court.py</extracomment>
            <translation>Zaštita identiteta</translation>
        </message>
        <message>
            <source>Support person present</source>
            <comment>ProtectiveMeasure</comment>
            <extracomment>astra_desktop/core/court.py</extracomment>
            <translation>Prisutna osoba od poverenja</translation>
        </message>
        <message>
            <source>Organiser</source>
            <comment>DefendantRole</comment>
            <extracomment>astra_desktop/core/court.py</extracomment>
            <translation>Organizator</translation>
        </message>
        <message>
            <source>Recruiter</source>
            <comment>DefendantRole</comment>
            <extracomment>astra_desktop/core/court.py</extracomment>
            <translation>Vrbovalac</translation>
        </message>
        <message>
            <source>Transporter</source>
            <comment>DefendantRole</comment>
            <extracomment>astra_desktop/core/court.py</extracomment>
            <translation>Prevozilac</translation>
        </message>
        <message>
            <source>Exploiter</source>
            <comment>DefendantRole</comment>
            <extracomment>astra_desktop/core/court.py</extracomment>
            <translation>Eksploatator</translation>
        </message>
        <message>
            <source>Accomplice</source>
            <comment>DefendantRole</comment>
            <extracomment>astra_desktop/core/court.py</extracomment>
            <translation>Saučesnik</translation>
        </message>
        <message>
            <source>Other</source>
            <comment>DefendantRole</comment>
            <extracomment>astra_desktop/core/court.py</extracomment>
            <translation>Drugo</translation>
        </message>
        <message>
            <source>No verdict yet</source>
            <comment>Verdict</comment>
            <extracomment>astra_desktop/core/court.py</extracomment>
            <translation>Još nema presude</translation>
        </message>
        <message>
            <source>Convicted</source>
            <comment>Verdict</comment>
            <extracomment>astra_desktop/core/court.py</extracomment>
            <translation>Osuđujuća presuda</translation>
        </message>
        <message>
            <source>Acquitted</source>
            <comment>Verdict</comment>
            <extracomment>astra_desktop/core/court.py</extracomment>
            <translation>Oslobađajuća presuda</translation>
        </message>
        <message>
            <source>Charges rejected</source>
            <comment>Verdict</comment>
            <extracomment>astra_desktop/core/court.py</extracomment>
            <translation>Optužba odbijena</translation>
        </message>
        <message>
            <source>Proceedings discontinued</source>
            <comment>Verdict</comment>
            <extracomment>astra_desktop/core/court.py</extracomment>
            <translation>Postupak obustavljen</translation>
        </message>
        <message>
            <source>Not decided</source>
            <comment>ClaimDecision</comment>
            <extracomment>astra_desktop/core/court.py</extracomment>
            <translation>Nije odlučeno</translation>
        </message>
        <message>
            <source>Granted in the criminal case</source>
            <comment>ClaimDecision</comment>
            <extracomment>astra_desktop/core/court.py</extracomment>
            <translation>Usvojen u krivičnom postupku</translation>
        </message>
        <message>
            <source>Partly granted in the criminal case</source>
            <comment>ClaimDecision</comment>
            <extracomment>astra_desktop/core/court.py</extracomment>
            <translation>Delimično usvojen u krivičnom postupku</translation>
        </message>
        <message>
            <source>Sent to civil proceedings</source>
            <comment>ClaimDecision</comment>
            <extracomment>astra_desktop/core/court.py</extracomment>
            <translation>Upućen na parnicu</translation>
        </message>
        <message>
            <source>Rejected</source>
            <comment>ClaimDecision</comment>
            <extracomment>astra_desktop/core/court.py</extracomment>
            <translation>Odbijen</translation>
        </message>
        <message>
            <source>The defence</source>
            <comment>PostponedBy</comment>
            <extracomment>astra_desktop/core/court.py</extracomment>
            <translation>Odbrana</translation>
        </message>
        <message>
            <source>The prosecution</source>
            <comment>PostponedBy</comment>
            <extracomment>astra_desktop/core/court.py</extracomment>
            <translation>Tužilaštvo</translation>
        </message>
        <message>
            <source>The court</source>
            <comment>PostponedBy</comment>
            <extracomment>astra_desktop/core/court.py</extracomment>
            <translation>Sud</translation>
        </message>
        <message>
            <source>The injured party</source>
            <comment>PostponedBy</comment>
            <extracomment>astra_desktop/core/court.py</extracomment>
            <translation>Oštećeni</translation>
        </message>
        <message>
            <source>Other (witnesses, experts …)</source>
            <comment>PostponedBy</comment>
            <extracomment>astra_desktop/core/court.py</extracomment>
            <translation>Drugo (svedoci, veštaci …)</translation>
        </message>
        <message>
            <source>The client (victim)</source>
            <comment>Party</comment>
            <extracomment>astra_desktop/core/court.py</extracomment>
            <translation>Klijent/kinja (oštećeni/a)</translation>
        </message>
        <message>
            <source>The client's lawyer</source>
            <comment>Party</comment>
            <extracomment>astra_desktop/core/court.py</extracomment>
            <translation>Punomoćnik klijenta/kinje</translation>
        </message>
        <message>
            <source>Public prosecutor</source>
            <comment>Party</comment>
            <extracomment>astra_desktop/core/court.py</extracomment>
            <translation>Javni tužilac</translation>
        </message>
        <message>
            <source>Defendant</source>
            <comment>Party</comment>
            <extracomment>astra_desktop/core/court.py</extracomment>
            <translation>Okrivljeni</translation>
        </message>
        <message>
            <source>Defence lawyer</source>
            <comment>Party</comment>
            <extracomment>astra_desktop/core/court.py</extracomment>
            <translation>Branilac</translation>
        </message>
        <message>
            <source>Presumed victim</source>
            <comment>CallerType</comment>
            <extracomment>astra_desktop/core/hotline.py</extracomment>
            <translation>Pretpostavljena žrtva</translation>
        </message>
        <message>
            <source>Family member</source>
            <comment>CallerType</comment>
            <extracomment>astra_desktop/core/hotline.py</extracomment>
            <translation>Član porodice</translation>
        </message>
        <message>
            <source>Friend</source>
            <comment>CallerType</comment>
            <extracomment>astra_desktop/core/hotline.py</extracomment>
            <translation>Prijatelj/ica</translation>
        </message>
        <message>
            <source>Professional</source>
            <comment>CallerType</comment>
            <extracomment>astra_desktop/core/hotline.py</extracomment>
            <translation>Stručno lice</translation>
        </message>
        <message>
            <source>Not said</source>
            <comment>CallerType</comment>
            <extracomment>astra_desktop/core/hotline.py</extracomment>
            <translation>Nije rečeno</translation>
        </message>
        <message>
            <source>Phone</source>
            <comment>Channel</comment>
            <extracomment>astra_desktop/core/hotline.py</extracomment>
            <translation>Telefon</translation>
        </message>
        <message>
            <source>SMS</source>
            <comment>Channel</comment>
            <extracomment>astra_desktop/core/hotline.py</extracomment>
            <translation>SMS</translation>
        </message>
        <message>
            <source>E-mail</source>
            <comment>Channel</comment>
            <extracomment>astra_desktop/core/hotline.py</extracomment>
            <translation>Imejl</translation>
        </message>
        <message>
            <source>Social media</source>
            <comment>Channel</comment>
            <extracomment>astra_desktop/core/hotline.py</extracomment>
            <translation>Društvene mreže</translation>
        </message>
        <message>
            <source>Walk-in</source>
            <comment>Channel</comment>
            <extracomment>astra_desktop/core/hotline.py</extracomment>
            <translation>Lični dolazak</translation>
        </message>
        <message>
            <source>Job offer check</source>
            <comment>CallTopic</comment>
            <extracomment>astra_desktop/core/hotline.py</extracomment>
            <translation>Provera ponude za posao</translation>
        </message>
        <message>
            <source>Safe migration advice</source>
            <comment>CallTopic</comment>
            <extracomment>astra_desktop/core/hotline.py</extracomment>
            <translation>Savet o bezbednoj migraciji</translation>
        </message>
        <message>
            <source>Report of exploitation</source>
            <comment>CallTopic</comment>
            <extracomment>astra_desktop/core/hotline.py</extracomment>
            <translation>Prijava eksploatacije</translation>
        </message>
        <message>
            <source>Missing person</source>
            <comment>CallTopic</comment>
            <extracomment>astra_desktop/core/hotline.py</extracomment>
            <translation>Nestala osoba</translation>
        </message>
        <message>
            <source>Request for help</source>
            <comment>CallTopic</comment>
            <extracomment>astra_desktop/core/hotline.py</extracomment>
            <translation>Zahtev za pomoć</translation>
        </message>
        <message>
            <source>Other</source>
            <comment>CallTopic</comment>
            <extracomment>astra_desktop/core/hotline.py</extracomment>
            <translation>Drugo</translation>
        </message>
        <message>
            <source>Not linked</source>
            <comment>CaseLink</comment>
            <extracomment>astra_desktop/core/hotline.py</extracomment>
            <translation>Nije povezano</translation>
        </message>
        <message>
            <source>New client</source>
            <comment>CaseLink</comment>
            <extracomment>astra_desktop/core/hotline.py</extracomment>
            <translation>Novi klijent/kinja</translation>
        </message>
        <message>
            <source>Linked</source>
            <comment>CaseLink</comment>
            <extracomment>astra_desktop/core/hotline.py</extracomment>
            <translation>Povezano</translation>
        </message>
        <message>
            <source>0–13 years</source>
            <comment>AgeBand</comment>
            <extracomment>astra_desktop/core/hotline.py</extracomment>
            <translation>0–13 godina</translation>
        </message>
        <message>
            <source>14–17 years</source>
            <comment>AgeBand</comment>
            <extracomment>astra_desktop/core/hotline.py</extracomment>
            <translation>14–17 godina</translation>
        </message>
        <message>
            <source>18–24 years</source>
            <comment>AgeBand</comment>
            <extracomment>astra_desktop/core/hotline.py</extracomment>
            <translation>18–24 godine</translation>
        </message>
        <message>
            <source>25–34 years</source>
            <comment>AgeBand</comment>
            <extracomment>astra_desktop/core/hotline.py</extracomment>
            <translation>25–34 godine</translation>
        </message>
        <message>
            <source>35–49 years</source>
            <comment>AgeBand</comment>
            <extracomment>astra_desktop/core/hotline.py</extracomment>
            <translation>35–49 godina</translation>
        </message>
        <message>
            <source>50 years or more</source>
            <comment>AgeBand</comment>
            <extracomment>astra_desktop/core/hotline.py</extracomment>
            <translation>50 godina i više</translation>
        </message>
        <message>
            <source>Serbian</source>
            <comment>CallLanguage</comment>
            <extracomment>astra_desktop/core/hotline.py</extracomment>
            <translation>srpski</translation>
        </message>
        <message>
            <source>English</source>
            <comment>CallLanguage</comment>
            <extracomment>astra_desktop/core/hotline.py</extracomment>
            <translation>engleski</translation>
        </message>
        <message>
            <source>Ukrainian</source>
            <comment>CallLanguage</comment>
            <extracomment>astra_desktop/core/hotline.py</extracomment>
            <translation>ukrajinski</translation>
        </message>
        <message>
            <source>Russian</source>
            <comment>CallLanguage</comment>
            <extracomment>astra_desktop/core/hotline.py</extracomment>
            <translation>ruski</translation>
        </message>
        <message>
            <source>Romanian</source>
            <comment>CallLanguage</comment>
            <extracomment>astra_desktop/core/hotline.py</extracomment>
            <translation>rumunski</translation>
        </message>
        <message>
            <source>Bulgarian</source>
            <comment>CallLanguage</comment>
            <extracomment>astra_desktop/core/hotline.py</extracomment>
            <translation>bugarski</translation>
        </message>
        <message>
            <source>Hungarian</source>
            <comment>CallLanguage</comment>
            <extracomment>astra_desktop/core/hotline.py</extracomment>
            <translation>mađarski</translation>
        </message>
        <message>
            <source>Albanian</source>
            <comment>CallLanguage</comment>
            <extracomment>astra_desktop/core/hotline.py</extracomment>
            <translation>albanski</translation>
        </message>
        <message>
            <source>Romani</source>
            <comment>CallLanguage</comment>
            <extracomment>astra_desktop/core/hotline.py</extracomment>
            <translation>romski</translation>
        </message>
        <message>
            <source>Vietnamese</source>
            <comment>CallLanguage</comment>
            <extracomment>astra_desktop/core/hotline.py</extracomment>
            <translation>vijetnamski</translation>
        </message>
        <message>
            <source>Arabic</source>
            <comment>CallLanguage</comment>
            <extracomment>astra_desktop/core/hotline.py</extracomment>
            <translation>arapski</translation>
        </message>
        <message>
            <source>Persian</source>
            <comment>CallLanguage</comment>
            <extracomment>astra_desktop/core/hotline.py</extracomment>
            <translation>persijski</translation>
        </message>
        <message>
            <source>German</source>
            <comment>CallLanguage</comment>
            <extracomment>astra_desktop/core/hotline.py</extracomment>
            <translation>nemački</translation>
        </message>
        <message>
            <source>Another language</source>
            <comment>CallLanguage</comment>
            <extracomment>astra_desktop/core/hotline.py</extracomment>
            <translation>drugi jezik</translation>
        </message>
        <message>
            <source>Searching</source>
            <comment>SearchStatus</comment>
            <extracomment>astra_desktop/core/missing.py</extracomment>
            <translation>Potraga u toku</translation>
        </message>
        <message>
            <source>Paused</source>
            <comment>SearchStatus</comment>
            <extracomment>astra_desktop/core/missing.py</extracomment>
            <translation>Privremeno obustavljena</translation>
        </message>
        <message>
            <source>Found safe</source>
            <comment>SearchStatus</comment>
            <extracomment>astra_desktop/core/missing.py</extracomment>
            <translation>Pronađena, bezbedna</translation>
        </message>
        <message>
            <source>Found in exploitation</source>
            <comment>SearchStatus</comment>
            <extracomment>astra_desktop/core/missing.py</extracomment>
            <translation>Pronađena u eksploataciji</translation>
        </message>
        <message>
            <source>Closed</source>
            <comment>SearchStatus</comment>
            <extracomment>astra_desktop/core/missing.py</extracomment>
            <translation>Zatvorena</translation>
        </message>
        <message>
            <source>Not recorded</source>
            <comment>SearchOutcome</comment>
            <extracomment>astra_desktop/core/missing.py</extracomment>
            <translation>Nije evidentirano</translation>
        </message>
        <message>
            <source>Found alive</source>
            <comment>SearchOutcome</comment>
            <extracomment>astra_desktop/core/missing.py</extracomment>
            <translation>Pronađena živa</translation>
        </message>
        <message>
            <source>Found deceased</source>
            <comment>SearchOutcome</comment>
            <extracomment>astra_desktop/core/missing.py</extracomment>
            <translation>Pronađena preminula</translation>
        </message>
        <message>
            <source>Found, does not want contact</source>
            <comment>SearchOutcome</comment>
            <extracomment>astra_desktop/core/missing.py</extracomment>
            <translation>Pronađena, ne želi kontakt</translation>
        </message>
        <message>
            <source>Still missing</source>
            <comment>SearchOutcome</comment>
            <extracomment>astra_desktop/core/missing.py</extracomment>
            <translation>I dalje nestala</translation>
        </message>
        <message>
            <source>No answer yet</source>
            <comment>InquiryAnswer</comment>
            <extracomment>astra_desktop/core/missing.py</extracomment>
            <translation>Još nema odgovora</translation>
        </message>
        <message>
            <source>No information</source>
            <comment>InquiryAnswer</comment>
            <extracomment>astra_desktop/core/missing.py</extracomment>
            <translation>Nema informacija</translation>
        </message>
        <message>
            <source>Has information</source>
            <comment>InquiryAnswer</comment>
            <extracomment>astra_desktop/core/missing.py</extracomment>
            <translation>Ima informacije</translation>
        </message>
        <message>
            <source>Person found</source>
            <comment>InquiryAnswer</comment>
            <extracomment>astra_desktop/core/missing.py</extracomment>
            <translation>Osoba pronađena</translation>
        </message>
        <message>
            <source>Cannot share information</source>
            <comment>InquiryAnswer</comment>
            <extracomment>astra_desktop/core/missing.py</extracomment>
            <translation>Ne može da podeli informacije</translation>
        </message>
        <message>
            <source>Police report</source>
            <comment>ActionKind</comment>
            <extracomment>astra_desktop/core/missing.py</extracomment>
            <translation>Prijava policiji</translation>
        </message>
        <message>
            <source>Partner organisation</source>
            <comment>ActionKind</comment>
            <extracomment>astra_desktop/core/missing.py</extracomment>
            <translation>Partnerska organizacija</translation>
        </message>
        <message>
            <source>Embassy / consulate</source>
            <comment>ActionKind</comment>
            <extracomment>astra_desktop/core/missing.py</extracomment>
            <translation>Ambasada / konzulat</translation>
        </message>
        <message>
            <source>Social welfare centre</source>
            <comment>ActionKind</comment>
            <extracomment>astra_desktop/core/missing.py</extracomment>
            <translation>Centar za socijalni rad</translation>
        </message>
        <message>
            <source>Contact with the family</source>
            <comment>ActionKind</comment>
            <extracomment>astra_desktop/core/missing.py</extracomment>
            <translation>Kontakt sa porodicom</translation>
        </message>
        <message>
            <source>Public appeal</source>
            <comment>ActionKind</comment>
            <extracomment>astra_desktop/core/missing.py</extracomment>
            <translation>Javni apel</translation>
        </message>
        <message>
            <source>Other</source>
            <comment>ActionKind</comment>
            <extracomment>astra_desktop/core/missing.py</extracomment>
            <translation>Drugo</translation>
        </message>
        <message>
            <source>Non-governmental organisation</source>
            <comment>PartnerKind</comment>
            <extracomment>astra_desktop/core/partners.py</extracomment>
            <translation>Nevladina organizacija (udruženje)</translation>
        </message>
        <message>
            <source>Shelter</source>
            <comment>PartnerKind</comment>
            <extracomment>astra_desktop/core/partners.py</extracomment>
            <translation>Prihvatilište ili sigurna kuća</translation>
        </message>
        <message>
            <source>Centre for social work or social protection</source>
            <comment>PartnerKind</comment>
            <extracomment>astra_desktop/core/partners.py</extracomment>
            <translation>Centar za socijalni rad ili ustanova socijalne zaštite</translation>
        </message>
        <message>
            <source>Police</source>
            <comment>PartnerKind</comment>
            <extracomment>astra_desktop/core/partners.py</extracomment>
            <translation>Policija</translation>
        </message>
        <message>
            <source>Public prosecutor's office</source>
            <comment>PartnerKind</comment>
            <extracomment>astra_desktop/core/partners.py</extracomment>
            <translation>Javno tužilaštvo</translation>
        </message>
        <message>
            <source>Court</source>
            <comment>PartnerKind</comment>
            <extracomment>astra_desktop/core/partners.py</extracomment>
            <translation>Sud</translation>
        </message>
        <message>
            <source>Health institution</source>
            <comment>PartnerKind</comment>
            <extracomment>astra_desktop/core/partners.py</extracomment>
            <translation>Zdravstvena ustanova</translation>
        </message>
        <message>
            <source>Embassy or consulate</source>
            <comment>PartnerKind</comment>
            <extracomment>astra_desktop/core/partners.py</extracomment>
            <translation>Ambasada ili konzulat</translation>
        </message>
        <message>
            <source>International organisation</source>
            <comment>PartnerKind</comment>
            <extracomment>astra_desktop/core/partners.py</extracomment>
            <translation>Međunarodna organizacija</translation>
        </message>
        <message>
            <source>Legal aid provider</source>
            <comment>PartnerKind</comment>
            <extracomment>astra_desktop/core/partners.py</extracomment>
            <translation>Pružalac pravne pomoći</translation>
        </message>
        <message>
            <source>Employment service</source>
            <comment>PartnerKind</comment>
            <extracomment>astra_desktop/core/partners.py</extracomment>
            <translation>Služba za zapošljavanje</translation>
        </message>
        <message>
            <source>Other</source>
            <comment>PartnerKind</comment>
            <extracomment>astra_desktop/core/partners.py</extracomment>
            <translation>Drugo</translation>
        </message>
        <message>
            <source>Accommodation</source>
            <comment>PartnerService</comment>
            <extracomment>astra_desktop/core/partners.py</extracomment>
            <translation>Smeštaj</translation>
        </message>
        <message>
            <source>Legal aid</source>
            <comment>PartnerService</comment>
            <extracomment>astra_desktop/core/partners.py</extracomment>
            <translation>Pravna pomoć</translation>
        </message>
        <message>
            <source>Psychological support</source>
            <comment>PartnerService</comment>
            <extracomment>astra_desktop/core/partners.py</extracomment>
            <translation>Psihološka podrška</translation>
        </message>
        <message>
            <source>Medical care</source>
            <comment>PartnerService</comment>
            <extracomment>astra_desktop/core/partners.py</extracomment>
            <translation>Medicinska pomoć</translation>
        </message>
        <message>
            <source>Return home (repatriation)</source>
            <comment>PartnerService</comment>
            <extracomment>astra_desktop/core/partners.py</extracomment>
            <translation>Povratak u zemlju porekla (repatrijacija)</translation>
        </message>
        <message>
            <source>Identity and travel documents</source>
            <comment>PartnerService</comment>
            <extracomment>astra_desktop/core/partners.py</extracomment>
            <translation>Lična i putna dokumenta</translation>
        </message>
        <message>
            <source>Education and employment</source>
            <comment>PartnerService</comment>
            <extracomment>astra_desktop/core/partners.py</extracomment>
            <translation>Obrazovanje i zapošljavanje</translation>
        </message>
        <message>
            <source>Financial support</source>
            <comment>PartnerService</comment>
            <extracomment>astra_desktop/core/partners.py</extracomment>
            <translation>Finansijska pomoć</translation>
        </message>
        <message>
            <source>Low</source>
            <comment>Level</comment>
            <extracomment>astra_desktop/core/risk.py</extracomment>
            <translation>Nizak</translation>
        </message>
        <message>
            <source>Medium</source>
            <comment>Level</comment>
            <extracomment>astra_desktop/core/risk.py</extracomment>
            <translation>Srednji</translation>
        </message>
        <message>
            <source>High</source>
            <comment>Level</comment>
            <extracomment>astra_desktop/core/risk.py</extracomment>
            <translation>Visok</translation>
        </message>
        <message>
            <source>To do</source>
            <comment>ActionStatus</comment>
            <extracomment>astra_desktop/core/risk.py</extracomment>
            <translation>Treba uraditi</translation>
        </message>
        <message>
            <source>Under way</source>
            <comment>ActionStatus</comment>
            <extracomment>astra_desktop/core/risk.py</extracomment>
            <translation>U toku</translation>
        </message>
        <message>
            <source>Done</source>
            <comment>ActionStatus</comment>
            <extracomment>astra_desktop/core/risk.py</extracomment>
            <translation>Urađeno</translation>
        </message>
        <message>
            <source>Dropped</source>
            <comment>ActionStatus</comment>
            <extracomment>astra_desktop/core/risk.py</extracomment>
            <translation>Odustalo se</translation>
        </message>
        <message>
            <source>Testimony</source>
            <comment>RiskEventKind</comment>
            <extracomment>astra_desktop/core/risk.py</extracomment>
            <translation>Svedočenje</translation>
        </message>
        <message>
            <source>Suspect released</source>
            <comment>RiskEventKind</comment>
            <extracomment>astra_desktop/core/risk.py</extracomment>
            <translation>Osumnjičeni pušten na slobodu</translation>
        </message>
        <message>
            <source>Other</source>
            <comment>RiskEventKind</comment>
            <extracomment>astra_desktop/core/risk.py</extracomment>
            <translation>Drugo</translation>
        </message>
    </context>
</TS>
