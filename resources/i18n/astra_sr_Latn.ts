<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sr_Latn_RS">
    <context>
        <name />
        <message>
            <source>Unpaid wages</source>
            <translation>Neisplaćene zarade</translation>
        </message>
        <message>
            <source>Medical costs</source>
            <translation>Troškovi lečenja</translation>
        </message>
        <message>
            <source>Travel costs</source>
            <translation>Putni troškovi</translation>
        </message>
        <message>
            <source>Lost earnings</source>
            <translation>Izgubljena zarada</translation>
        </message>
        <message>
            <source>Other material damage</source>
            <translation>Druga materijalna šteta</translation>
        </message>
        <message>
            <source>Mental suffering (liberty and personal rights)</source>
            <translation>Pretrpljeni duševni bolovi zbog povrede slobode ili prava ličnosti</translation>
        </message>
        <message>
            <source>Fear</source>
            <translation>Pretrpljeni strah</translation>
        </message>
        <message>
            <source>Physical pain</source>
            <translation>Pretrpljeni fizički bolovi</translation>
        </message>
        <message>
            <source>Other non-material damage</source>
            <translation>Druga nematerijalna šteta</translation>
        </message>
        <message>
            <source>Lawyer's fee</source>
            <translation>Nagrada advokatu</translation>
        </message>
        <message>
            <source>Court fees</source>
            <translation>Sudske takse</translation>
        </message>
        <message>
            <source>Expert opinion</source>
            <translation>Veštačenje</translation>
        </message>
        <message>
            <source>Interpreter and translation</source>
            <translation>Tumač i prevod</translation>
        </message>
        <message>
            <source>Travel to hearings</source>
            <translation>Putni troškovi dolaska na ročišta</translation>
        </message>
        <message>
            <source>Other costs</source>
            <translation>Ostali troškovi</translation>
        </message>
        <message>
            <source>Shared by every document (footer, filing form, labels)</source>
            <translation>Zajedničko za sve dokumente (podnožje, oblik podneska, nazivi)</translation>
        </message>
        <message>
            <source>Shared by the property claim and the civil suit</source>
            <translation>Zajedničko za imovinskopravni zahtev i tužbu</translation>
        </message>
    </context>
    <context>
        <name>AboutDialog</name>
        <message>
            <source>About {0}</source>
            <translation>O programu {0}</translation>
        </message>
        <message>
            <source>Offline, encrypted case files for an anti-trafficking organisation. This program is free software under the &lt;a href="{0}"&gt;GNU General Public License, version 3 or later&lt;/a&gt; (GPL-3.0-or-later); it comes with no warranty.</source>
            <translation>Šifrovani dosijei slučajeva koji rade bez interneta, za organizaciju koja se bori protiv trgovine ljudima. Ovaj program je slobodan softver pod licencom &lt;a href="{0}"&gt;GNU General Public License, verzija 3 ili novija&lt;/a&gt; (GPL-3.0-or-later); dolazi bez ikakve garancije.</translation>
        </message>
        <message>
            <source>Fonts</source>
            <translation>Fontovi</translation>
        </message>
        <message>
            <source>Icons</source>
            <translation>Ikonice</translation>
        </message>
        <message>
            <source>Bundled with the program, under their own licences:</source>
            <translation>Uz program idu i sledeći delovi, pod sopstvenim licencama:</translation>
        </message>
    </context>
    <context>
        <name>ActionDialog</name>
        <message>
            <source>Action in the search</source>
            <translation>Radnja u potrazi</translation>
        </message>
        <message>
            <source>&amp;Action</source>
            <translation>&amp;Radnja</translation>
        </message>
        <message>
            <source>&amp;What</source>
            <translation>&amp;Šta</translation>
        </message>
        <message>
            <source>Whom you contacted, what they said</source>
            <translation>Koga ste kontaktirali i šta su rekli</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Kada</translation>
        </message>
        <message>
            <source>&amp;Done on</source>
            <translation>&amp;Urađeno dana</translation>
        </message>
        <message>
            <source>&amp;Planned for</source>
            <translation>&amp;Planirano za</translation>
        </message>
    </context>
    <context>
        <name>AddDeviceDialog</name>
        <message>
            <source>The join request</source>
            <translation>Zahtev za pridruživanje</translation>
        </message>
        <message>
            <source>Save the join file</source>
            <translation>Čuvanje datoteke za pridruživanje</translation>
        </message>
        <message>
            <source>Choose the join request the new laptop wrote.</source>
            <translation>Izaberite zahtev za pridruživanje koji je novi laptop sačuvao.</translation>
        </message>
        <message>
            <source>Type the fingerprint the new laptop's owner reads out: 25 digits.</source>
            <translation>Unesite kontrolni otisak koji vlasnik novog laptopa čita naglas: 25 cifara.</translation>
        </message>
        <message>
            <source>Choose where to save the join file.</source>
            <translation>Izaberite gde da se sačuva datoteka za pridruživanje.</translation>
        </message>
        <message>
            <source>The fingerprints match. The join file is saved as {0}. Hand it to the new laptop's owner (a USB stick, in person), not through the office folder.</source>
            <translation>Kontrolni otisci se poklapaju. Datoteka za pridruživanje je sačuvana kao {0}. Predajte je vlasniku novog laptopa (USB fleš, lično), ne preko fascikle kancelarije.</translation>
        </message>
        <message>
            <source>Add a device to the team</source>
            <translation>Dodavanje uređaja u tim</translation>
        </message>
        <message>
            <source>The new laptop wrote a join request and shows a fingerprint. Ask its owner to read the fingerprint aloud (by phone or in person) and type it here: a request swapped on the way will not match.</source>
            <translation>Novi laptop je sačuvao zahtev za pridruživanje i prikazuje kontrolni otisak. Zamolite vlasnika da ga pročita naglas (telefonom ili uživo) i unesite ga ovde: zahtev podmetnut usput se neće poklopiti.</translation>
        </message>
        <message>
            <source>Join &amp;request</source>
            <translation>&amp;Zahtev za pridruživanje</translation>
        </message>
        <message>
            <source>C&amp;hoose…</source>
            <translation>&amp;Izaberi…</translation>
        </message>
        <message>
            <source>&amp;Fingerprint read aloud</source>
            <translation>&amp;Kontrolni otisak pročitan naglas</translation>
        </message>
        <message>
            <source>&amp;Save the join file as</source>
            <translation>&amp;Sačuvaj datoteku za pridruživanje kao</translation>
        </message>
        <message>
            <source>Choose &amp;where…</source>
            <translation>Izaberi &amp;gde…</translation>
        </message>
        <message>
            <source>Read the passphrase out to the new laptop's owner; never send it with the file. It opens this join file only, once.</source>
            <translation>Pročitajte lozinku vlasniku novog laptopa; nikada je ne šaljite uz datoteku. Otvara samo ovu datoteku za pridruživanje, jednom.</translation>
        </message>
    </context>
    <context>
        <name>AddUserDialog</name>
        <message>
            <source>Add a user</source>
            <translation>Dodavanje korisnika</translation>
        </message>
        <message>
            <source>&amp;User name</source>
            <translation>&amp;Korisničko ime</translation>
        </message>
        <message>
            <source>&amp;Role</source>
            <translation>&amp;Uloga</translation>
        </message>
        <message>
            <source>Sees all cases (not only those assigned)</source>
            <translation>Vidi sve slučajeve (ne samo dodeljene)</translation>
        </message>
        <message>
            <source>First &amp;passphrase</source>
            <translation>Prva &amp;lozinka</translation>
        </message>
    </context>
    <context>
        <name>AdminPage</name>
        <message>
            <source>The two passphrases differ.</source>
            <translation>Lozinke se ne poklapaju.</translation>
        </message>
        <message>
            <source>Creating the encrypted vault… (a few seconds)</source>
            <translation>Pravi se šifrovana baza… (nekoliko sekundi)</translation>
        </message>
        <message>
            <source>The first administrator</source>
            <translation>Prvi administrator</translation>
        </message>
        <message>
            <source>The administrator adds the other users. Choose a passphrase of several unrelated words: it cannot be recovered by anyone, only replaced.</source>
            <translation>Administrator dodaje ostale korisnike. Izaberite lozinku od nekoliko nepovezanih reči: niko ne može da je povrati, može se samo zameniti novom.</translation>
        </message>
        <message>
            <source>&amp;User name</source>
            <translation>&amp;Korisničko ime</translation>
        </message>
        <message>
            <source>e.g. marija</source>
            <translation>npr. marija</translation>
        </message>
        <message>
            <source>&amp;Passphrase</source>
            <translation>&amp;Lozinka</translation>
        </message>
        <message>
            <source>&amp;Repeat it</source>
            <translation>&amp;Ponovite je</translation>
        </message>
    </context>
    <context>
        <name>AgendaPage</name>
        <message>
            <source>Today</source>
            <translation>Danas</translation>
        </message>
        <message>
            <source>This week</source>
            <translation>Ove nedelje</translation>
        </message>
        <message>
            <source>Outcomes to record</source>
            <translation>Ishodi za upis</translation>
        </message>
        <message>
            <source>All upcoming</source>
            <translation>Svi predstojeći</translation>
        </message>
        <message numerus="yes">
            <source>%n appointment(s)</source>
            <translation>
                <numerusform>%n termin</numerusform>
                <numerusform>%n termina</numerusform>
                <numerusform>%n termina</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing is planned for today.</source>
            <translation>Za danas ništa nije zakazano.</translation>
        </message>
        <message>
            <source>Nothing more is planned this week.</source>
            <translation>Do kraja nedelje ništa više nije zakazano.</translation>
        </message>
        <message>
            <source>Every appointment that has ended has its outcome recorded. Well done.</source>
            <translation>Za svaki završen termin upisan je ishod. Bravo.</translation>
        </message>
        <message>
            <source>No appointments are planned.</source>
            <translation>Nema zakazanih termina.</translation>
        </message>
        <message>
            <source>The PDF will be an ordinary, unencrypted file. It shows case codes and, as you asked, clients' names. The printout is recorded in the audit trail. Make it?</source>
            <translation>PDF će biti običan, nešifrovan fajl. Na njemu su šifre slučajeva i, kako ste tražili, imena klijenata. Štampanje se beleži u evidenciji aktivnosti. Napraviti PDF?</translation>
        </message>
        <message>
            <source>The PDF will be an ordinary, unencrypted file. It shows case codes, not names. The printout is recorded in the audit trail. Make it?</source>
            <translation>PDF će biti običan, nešifrovan fajl. Na njemu su šifre slučajeva, bez imena. Štampanje se beleži u evidenciji aktivnosti. Napraviti PDF?</translation>
        </message>
        <message>
            <source>Print the week</source>
            <translation>Štampanje nedelje</translation>
        </message>
        <message>
            <source>Make the PDF</source>
            <translation>Napravi PDF</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Otkaži</translation>
        </message>
        <message>
            <source>Save the week's agenda</source>
            <translation>Čuvanje nedeljnog rasporeda</translation>
        </message>
        <message>
            <source>Saved the week's agenda to {0}.</source>
            <translation>Nedeljni raspored je sačuvan u {0}.</translation>
        </message>
        <message>
            <source>Only &amp;mine</source>
            <translation>Samo &amp;moji</translation>
        </message>
        <message>
            <source>Show clients' &amp;names</source>
            <translation>Prikaži &amp;imena klijenata</translation>
        </message>
        <message>
            <source>Open the &amp;case file</source>
            <translation>Otvori &amp;dosije slučaja</translation>
        </message>
        <message>
            <source>&amp;Print the week…</source>
            <translation>Od&amp;štampaj nedelju…</translation>
        </message>
        <message>
            <source>&amp;New appointment…</source>
            <translation>&amp;Novi termin…</translation>
        </message>
    </context>
    <context>
        <name>AppointmentDialog</name>
        <message>
            <source>Appointment</source>
            <translation>Termin</translation>
        </message>
        <message>
            <source>New appointment</source>
            <translation>Novi termin</translation>
        </message>
        <message>
            <source>Does not repeat</source>
            <translation>Ne ponavlja se</translation>
        </message>
        <message>
            <source>Every day</source>
            <translation>Svakog dana</translation>
        </message>
        <message>
            <source>Every week</source>
            <translation>Svake nedelje</translation>
        </message>
        <message>
            <source>Every two weeks</source>
            <translation>Svake druge nedelje</translation>
        </message>
        <message>
            <source>Every month</source>
            <translation>Svakog meseca</translation>
        </message>
        <message>
            <source>Enter the date, e.g. 05.03.2026.</source>
            <translation>Unesite datum, npr. 05.03.2026.</translation>
        </message>
        <message>
            <source>The appointment ends before it starts.</source>
            <translation>Termin se završava pre nego što počinje.</translation>
        </message>
        <message>
            <source>Double booking</source>
            <translation>Preklapanje termina</translation>
        </message>
        <message>
            <source>Save this appointment anyway?</source>
            <translation>Ipak sačuvati ovaj termin?</translation>
        </message>
        <message>
            <source>Save anyway</source>
            <translation>Ipak sačuvaj</translation>
        </message>
        <message>
            <source>Change it</source>
            <translation>Izmeni</translation>
        </message>
        <message>
            <source>Court hearing</source>
            <translation>Ročište</translation>
        </message>
        <message>
            <source>&amp;Case</source>
            <translation>&amp;Slučaj</translation>
        </message>
        <message>
            <source>e.g. AST-2026-0042</source>
            <translation>npr. AST-2026-0042</translation>
        </message>
        <message>
            <source>&amp;Type</source>
            <translation>&amp;Vrsta</translation>
        </message>
        <message>
            <source>&amp;Date</source>
            <translation>&amp;Datum</translation>
        </message>
        <message>
            <source>from</source>
            <translation>od</translation>
        </message>
        <message>
            <source>to</source>
            <translation>do</translation>
        </message>
        <message>
            <source>&amp;Place</source>
            <translation>&amp;Mesto</translation>
        </message>
        <message>
            <source>Accompanied &amp;by</source>
            <translation>&amp;Pratnja</translation>
        </message>
        <message>
            <source>&amp;Repeat</source>
            <translation>P&amp;onavljanje</translation>
        </message>
        <message>
            <source> times</source>
            <translation> puta</translation>
        </message>
        <message>
            <source>Re&amp;mind</source>
            <translation>Podse&amp;tnik</translation>
        </message>
        <message>
            <source>1 week</source>
            <translation>1 nedelju</translation>
        </message>
        <message>
            <source>2 days</source>
            <translation>2 dana</translation>
        </message>
        <message>
            <source>1 day</source>
            <translation>1 dan</translation>
        </message>
        <message>
            <source>2 hours</source>
            <translation>2 sata</translation>
        </message>
        <message>
            <source>1 hour</source>
            <translation>1 sat</translation>
        </message>
        <message>
            <source>before</source>
            <translation>ranije</translation>
        </message>
        <message>
            <source>&amp;Status</source>
            <translation>Stat&amp;us</translation>
        </message>
        <message>
            <source>&amp;Outcome</source>
            <translation>&amp;Ishod</translation>
        </message>
        <message>
            <source>What happened, or why it was postponed</source>
            <translation>Šta se dogodilo, ili zašto je odloženo</translation>
        </message>
        <message>
            <source>&amp;Notes</source>
            <translation>&amp;Napomene</translation>
        </message>
    </context>
    <context>
        <name>AppointmentListModel</name>
        <message>
            <source>When</source>
            <translation>Kada</translation>
        </message>
        <message>
            <source>Case</source>
            <translation>Slučaj</translation>
        </message>
        <message>
            <source>Client</source>
            <translation>Klijent/kinja</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Vrsta</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>Mesto</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Outcome to record</source>
            <translation>Ishod za upis</translation>
        </message>
    </context>
    <context>
        <name>AppointmentsSection</name>
        <message>
            <source>&amp;Agenda</source>
            <translation>&amp;Raspored</translation>
        </message>
        <message>
            <source>Mon&amp;th</source>
            <translation>&amp;Mesec</translation>
        </message>
        <message>
            <source>M&amp;y appointments</source>
            <translation>Mo&amp;ji termini</translation>
        </message>
        <message>
            <source>Court &amp;monitoring</source>
            <translation>Praćenje &amp;suđenja</translation>
        </message>
    </context>
    <context>
        <name>AssessmentForm</name>
        <message>
            <source>Risk assessment</source>
            <translation>Procena rizika</translation>
        </message>
        <message>
            <source>Reading the risk instrument…</source>
            <translation>Učitava se instrument za procenu rizika…</translation>
        </message>
        <message>
            <source>The assessment cannot be made: {0} Close this form and try again from the case file.</source>
            <translation>Procenu nije moguće uraditi: {0} Zatvorite ovaj obrazac i pokušajte ponovo iz dosijea slučaja.</translation>
        </message>
        <message>
            <source>Keep the calculated level</source>
            <translation>Zadrži izračunati nivo</translation>
        </message>
        <message>
            <source>No question is answered yet.</source>
            <translation>Još nije odgovoreno ni na jedno pitanje.</translation>
        </message>
        <message>
            <source>none</source>
            <translation>nema</translation>
        </message>
        <message>
            <source>not answered: {0}</source>
            <translation>bez odgovora: {0}</translation>
        </message>
        <message>
            <source>Score {0} ({1} band) · red flags: {2} · grid: severity {3} × likelihood {4} → {5} · unanswered: {6}</source>
            <translation>Zbir bodova {0} (nivo po zbiru: {1}) · znaci visokog rizika: {2} · matrica: ozbiljnost {3} × verovatnoća {4} → {5} · bez odgovora: {6}</translation>
        </message>
        <message>
            <source>&amp;Date</source>
            <translation>&amp;Datum</translation>
        </message>
        <message>
            <source>&amp;Level</source>
            <translation>&amp;Nivo</translation>
        </message>
        <message>
            <source>&amp;Reason</source>
            <translation>&amp;Razlog</translation>
        </message>
        <message>
            <source>Required when lowering the level</source>
            <translation>Obavezno kada se nivo snižava</translation>
        </message>
        <message>
            <source>Client's &amp;own words</source>
            <translation>Reči &amp;klijenta/kinje</translation>
        </message>
        <message>
            <source>How the client describes the danger, in their words</source>
            <translation>Kako klijent/kinja opisuje opasnost, svojim rečima</translation>
        </message>
    </context>
    <context>
        <name>BackupsPage</name>
        <message>
            <source>Only an administrator can make and restore backups.</source>
            <translation>Samo administrator može da pravi i vraća rezervne kopije.</translation>
        </message>
        <message>
            <source>The folder {0} is not there (is the stick plugged in?).</source>
            <translation>Fascikla {0} ne postoji (da li je USB fleš priključen?).</translation>
        </message>
        <message>
            <source>another vault's user</source>
            <translation>korisnik druge baze</translation>
        </message>
        <message>
            <source>It failed: {0}</source>
            <translation>Nije uspelo: {0}</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>da</translation>
        </message>
        <message>
            <source>no</source>
            <translation>ne</translation>
        </message>
        <message>
            <source>DAMAGED</source>
            <translation>OŠTEĆENA</translation>
        </message>
        <message>
            <source>Where to keep backups</source>
            <translation>Gde čuvati rezervne kopije</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Otkaži</translation>
        </message>
        <message>
            <source>Backups</source>
            <translation>Rezervne kopije</translation>
        </message>
        <message>
            <source>Passphrase for this backup</source>
            <translation>Lozinka za ovu rezervnu kopiju</translation>
        </message>
        <message>
            <source>Making a backup…</source>
            <translation>Pravi se rezervna kopija…</translation>
        </message>
        <message>
            <source>Backup {0} written and verified. Keep its passphrase apart from the stick.</source>
            <translation>Rezervna kopija {0} je zapisana i proverena. Lozinku čuvajte odvojeno od USB fleša.</translation>
        </message>
        <message>
            <source>Open a backup</source>
            <translation>Otvaranje rezervne kopije</translation>
        </message>
        <message>
            <source>The passphrase chosen when the backup was made, or the vault's recovery key.</source>
            <translation>Lozinka izabrana pri pravljenju kopije, ili ključ za oporavak baze.</translation>
        </message>
        <message>
            <source>Opening the backup…</source>
            <translation>Otvara se rezervna kopija…</translation>
        </message>
        <message>
            <source>Choose a backup in the list first.</source>
            <translation>Prvo izaberite rezervnu kopiju sa spiska.</translation>
        </message>
        <message>
            <source>{0} is sound: every part authenticates and its records add up.</source>
            <translation>{0} je ispravna: svaki deo je autentičan i svi zapisi se slažu.</translation>
        </message>
        <message>
            <source>Checking the backup…</source>
            <translation>Proverava se rezervna kopija…</translation>
        </message>
        <message>
            <source>An empty folder for the vault</source>
            <translation>Prazna fascikla za bazu</translation>
        </message>
        <message>
            <source>This backup is of another vault: open it with that vault's recovery key to restore it here.</source>
            <translation>Ova rezervna kopija je od druge baze: da biste je vratili ovde, otvorite je ključem za oporavak te baze.</translation>
        </message>
        <message>
            <source>Restoring…</source>
            <translation>Vraćanje…</translation>
        </message>
        <message>
            <source>Restored into {0}; it opened and checked out. Open it with astra-desktop --home "{1}".</source>
            <translation>Vraćeno u {0}; baza se otvara i provera je prošla. Otvorite je sa astra-desktop --home "{1}".</translation>
        </message>
        <message>
            <source>Replace this vault</source>
            <translation>Zamena ove baze</translation>
        </message>
        <message>
            <source>The restored vault opened and checked out. Replace this vault with it now? The vault locks; everyone logs in again with their own passphrase. The current vault is kept aside, still encrypted.</source>
            <translation>Vraćena baza se otvara i provera je prošla. Zameniti njome ovu bazu sada? Baza se zaključava; svi se ponovo prijavljuju svojom lozinkom. Trenutna baza se čuva po strani, i dalje šifrovana.</translation>
        </message>
        <message>
            <source>Replace</source>
            <translation>Zameni</translation>
        </message>
        <message>
            <source>Restore</source>
            <translation>Vrati</translation>
        </message>
        <message>
            <source>Restored</source>
            <translation>Vraćeno</translation>
        </message>
        <message>
            <source>The vault was restored from the backup. Log in with your own passphrase. The vault it replaced is kept, still encrypted, in {0}.</source>
            <translation>Baza je vraćena iz rezervne kopije. Prijavite se svojom lozinkom. Baza koju je zamenila čuva se, i dalje šifrovana, u {0}.</translation>
        </message>
        <message>
            <source>Type the case codes to hand over first.</source>
            <translation>Prvo upišite šifre slučajeva koje predajete.</translation>
        </message>
        <message>
            <source>Save the bundle</source>
            <translation>Čuvanje paketa</translation>
        </message>
        <message>
            <source>Case bundles (*.astratransfer)</source>
            <translation>Paketi slučajeva (*.astratransfer)</translation>
        </message>
        <message>
            <source>Sealing the cases…</source>
            <translation>Slučajevi se pakuju i šifruju…</translation>
        </message>
        <message>
            <source>Wrote {0} ({1}). Its one-time passphrase — read it out by phone, never send it with the file:

{2}</source>
            <translation>Paket {0} je zapisan ({1}). Njegova jednokratna lozinka — saopštite je telefonom, nikada je ne šaljite uz fajl:

{2}</translation>
        </message>
        <message>
            <source>Cases sealed</source>
            <translation>Slučajevi su zapakovani</translation>
        </message>
        <message>
            <source>A case bundle</source>
            <translation>Paket slučajeva</translation>
        </message>
        <message>
            <source>Open the bundle</source>
            <translation>Otvaranje paketa</translation>
        </message>
        <message>
            <source>The one-time passphrase you were told.</source>
            <translation>Jednokratna lozinka koju ste dobili.</translation>
        </message>
        <message>
            <source>Reading the bundle…</source>
            <translation>Čita se paket…</translation>
        </message>
        <message>
            <source>Nothing was imported.</source>
            <translation>Ništa nije uvezeno.</translation>
        </message>
        <message>
            <source>Importing…</source>
            <translation>Uvozi se…</translation>
        </message>
        <message>
            <source>Imported {0} new and {1} changed records; {2} kept as they were here; {3} deleted as on the other laptop.</source>
            <translation>Uvezeno: novih zapisa {0}, izmenjenih {1}; {2} zadržano kako je bilo ovde; {3} obrisano kao na drugom laptopu.</translation>
        </message>
        <message numerus="yes">
            <source>%n partner(s) added to the registry (inactive): check them in Partners.</source>
            <translation>
                <numerusform>%n partner je dodat u registar (neaktivan): proverite ga u odeljku Partneri.</numerusform>
                <numerusform>%n partnera su dodata u registar (neaktivna): proverite ih u odeljku Partneri.</numerusform>
                <numerusform>%n partnera je dodato u registar (neaktivni): proverite ih u odeljku Partneri.</numerusform>
            </translation>
        </message>
        <message>
            <source>Encrypted backups</source>
            <translation>Šifrovane rezervne kopije</translation>
        </message>
        <message>
            <source>Folder:</source>
            <translation>Fascikla:</translation>
        </message>
        <message>
            <source>&amp;Choose folder…</source>
            <translation>Izaberi &amp;fasciklu…</translation>
        </message>
        <message>
            <source>Reading the backups in the folder…</source>
            <translation>Čitaju se rezervne kopije iz fascikle…</translation>
        </message>
        <message>
            <source>Made</source>
            <translation>Napravljena</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Veličina</translation>
        </message>
        <message>
            <source>Made by</source>
            <translation>Napravio/la</translation>
        </message>
        <message>
            <source>Verified</source>
            <translation>Proverena</translation>
        </message>
        <message>
            <source>&amp;Make a backup now…</source>
            <translation>&amp;Napravi rezervnu kopiju odmah…</translation>
        </message>
        <message>
            <source>&amp;Verify…</source>
            <translation>&amp;Proveri…</translation>
        </message>
        <message>
            <source>&amp;Restore…</source>
            <translation>&amp;Vrati…</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Podešavanja</translation>
        </message>
        <message>
            <source>&amp;Keep the last</source>
            <translation>Čuvaj &amp;samo poslednjih</translation>
        </message>
        <message>
            <source> backups</source>
            <translation> kopija</translation>
        </message>
        <message>
            <source>Re&amp;mind when the last backup is older than</source>
            <translation>Po&amp;dseti kada je poslednja kopija starija od</translation>
        </message>
        <message>
            <source> days</source>
            <translation> dana</translation>
        </message>
        <message>
            <source>Hand cases to another laptop</source>
            <translation>Predaja slučajeva na drugi laptop</translation>
        </message>
        <message>
            <source>case codes, e.g. AST-2026-0042, AST-2026-0043</source>
            <translation>šifre slučajeva, npr. AST-2026-0042, AST-2026-0043</translation>
        </message>
        <message>
            <source>&amp;Export cases…</source>
            <translation>&amp;Izvezi slučajeve…</translation>
        </message>
        <message>
            <source>&amp;Import a bundle…</source>
            <translation>&amp;Uvezi paket…</translation>
        </message>
    </context>
    <context>
        <name>BarChart</name>
        <message>
            <source>Nothing to show for this period.</source>
            <translation>Za ovaj period nema šta da se prikaže.</translation>
        </message>
    </context>
    <context>
        <name>CallForm</name>
        <message>
            <source>To whom the caller was referred: a partner of the registry, or a name; empty if none.</source>
            <translation>Kome je pozivalac upućen: partner iz registra ili naziv organizacije; prazno ako nije upućen.</translation>
        </message>
        <message>
            <source>None reported</source>
            <translation>Nije navedeno</translation>
        </message>
        <message>
            <source>New call</source>
            <translation>Novi poziv</translation>
        </message>
        <message>
            <source>Editing the call of {0}</source>
            <translation>Izmena poziva primljenog {0}</translation>
        </message>
        <message>
            <source>Enter the day of the call.</source>
            <translation>Unesite dan poziva.</translation>
        </message>
        <message>
            <source>Enter the time as HH:MM, e.g. 09:30.</source>
            <translation>Unesite vreme kao ČČ:MM, npr. 09:30.</translation>
        </message>
        <message>
            <source>Choose the topic of the call.</source>
            <translation>Izaberite temu poziva.</translation>
        </message>
        <message>
            <source>Restored the call you were logging when the vault locked.</source>
            <translation>Vraćen je poziv koji ste upisivali kada se baza zaključala.</translation>
        </message>
        <message>
            <source>The person concerned</source>
            <translation>Osoba o kojoj je reč</translation>
        </message>
        <message>
            <source>The person the call is about: the caller or someone else.</source>
            <translation>Osoba na koju se poziv odnosi: sam pozivalac ili neko drugi.</translation>
        </message>
        <message>
            <source>&amp;Topic</source>
            <translation>&amp;Tema</translation>
        </message>
        <message>
            <source>Choose the topic (type its first letter)</source>
            <translation>Izaberite temu (upišite njeno prvo slovo)</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>Kanal</translation>
        </message>
        <message>
            <source>&amp;Caller</source>
            <translation>&amp;Pozivalac</translation>
        </message>
        <message>
            <source>Anonymous (no name given)</source>
            <translation>Anonimno (bez imena)</translation>
        </message>
        <message>
            <source>The caller is still counted by who they are (possible victim, family…).</source>
            <translation>Pozivalac se i dalje broji prema tome ko je (pretpostavljena žrtva, porodica…).</translation>
        </message>
        <message>
            <source>L&amp;anguage</source>
            <translation>&amp;Jezik</translation>
        </message>
        <message>
            <source>Call &amp;back</source>
            <translation>&amp;Uzvratni poziv</translation>
        </message>
        <message>
            <source>only if the caller wants to be called back</source>
            <translation>samo ako pozivalac želi da mu se uzvrati poziv</translation>
        </message>
        <message>
            <source>&amp;Referral</source>
            <translation>Upući&amp;vanje</translation>
        </message>
        <message>
            <source>&amp;Follow-up needed</source>
            <translation>Potrebno &amp;dalje postupanje</translation>
        </message>
        <message>
            <source>Sex</source>
            <translation>Pol</translation>
        </message>
        <message>
            <source>Age</source>
            <translation>Starost</translation>
        </message>
        <message>
            <source>The age in years, if known; otherwise choose a band.</source>
            <translation>Starost u godinama, ako je poznata; inače izaberite starosnu grupu.</translation>
        </message>
        <message>
            <source>Nationality</source>
            <translation>Državljanstvo</translation>
        </message>
        <message>
            <source>e.g. Serbia, Ukraine</source>
            <translation>npr. Srbija, Ukrajina</translation>
        </message>
        <message>
            <source>Exploitation</source>
            <translation>Eksploatacija</translation>
        </message>
        <message>
            <source>Where</source>
            <translation>Gde</translation>
        </message>
        <message>
            <source>town or place</source>
            <translation>grad ili mesto</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>Država</translation>
        </message>
        <message>
            <source>country</source>
            <translation>država</translation>
        </message>
        <message>
            <source>Ur&amp;gent</source>
            <translation>&amp;Hitno</translation>
        </message>
        <message>
            <source>&amp;Note</source>
            <translation>&amp;Beleška</translation>
        </message>
        <message>
            <source>What the caller asked and what was advised. No names are needed.</source>
            <translation>Šta je pozivalac pitao i šta je savetovano. Imena nisu potrebna.</translation>
        </message>
        <message>
            <source>&amp;When</source>
            <translation>&amp;Kada</translation>
        </message>
        <message>
            <source>&amp;Duration</source>
            <translation>T&amp;rajanje</translation>
        </message>
        <message>
            <source>Counted from your first keystroke in this form; type to change it.</source>
            <translation>Računa se od prvog unetog znaka u ovom obrascu; upišite drugi broj ako treba.</translation>
        </message>
        <message>
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <source>Line w&amp;orker</source>
            <translation>Savetnik/&amp;ca na liniji</translation>
        </message>
        <message>
            <source>Follow-up due</source>
            <translation>Rok</translation>
        </message>
        <message>
            <source>by</source>
            <translation>ko</translation>
        </message>
        <message>
            <source>Who does the follow-up</source>
            <translation>Ko sprovodi dalje postupanje</translation>
        </message>
        <message>
            <source>Clear</source>
            <translation>Očisti</translation>
        </message>
        <message>
            <source>&amp;Save call  (Ctrl+Enter)</source>
            <translation>&amp;Sačuvaj poziv  (Ctrl+Enter)</translation>
        </message>
    </context>
    <context>
        <name>CallLogModel</name>
        <message>
            <source>When</source>
            <translation>Kada</translation>
        </message>
        <message>
            <source>Urgent</source>
            <translation>Hitno</translation>
        </message>
        <message>
            <source>Topic</source>
            <translation>Tema</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>Kanal</translation>
        </message>
        <message>
            <source>Person concerned</source>
            <translation>Osoba o kojoj je reč</translation>
        </message>
        <message>
            <source>Exploitation</source>
            <translation>Eksploatacija</translation>
        </message>
        <message>
            <source>Referred to</source>
            <translation>Upućivanje</translation>
        </message>
        <message>
            <source>Caller</source>
            <translation>Pozivalac</translation>
        </message>
        <message>
            <source>Lang.</source>
            <translation>Jezik</translation>
        </message>
        <message>
            <source>Min.</source>
            <translation>Min.</translation>
        </message>
        <message>
            <source>Follow-up</source>
            <translation>Dalje postupanje</translation>
        </message>
        <message>
            <source>Case</source>
            <translation>Slučaj</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Beleška</translation>
        </message>
        <message>
            <source>urgent</source>
            <translation>hitno</translation>
        </message>
        <message>
            <source>{0} · anonymous</source>
            <translation>{0} · anonimno</translation>
        </message>
        <message>
            <source>done</source>
            <translation>urađeno</translation>
        </message>
        <message>
            <source>to do</source>
            <translation>treba uraditi</translation>
        </message>
        <message>
            <source>not assigned to you</source>
            <translation>nije vam dodeljen</translation>
        </message>
    </context>
    <context>
        <name>CallsPage</name>
        <message>
            <source>All topics</source>
            <translation>Sve teme</translation>
        </message>
        <message>
            <source>All months</source>
            <translation>Svi meseci</translation>
        </message>
        <message numerus="yes">
            <source>%n call(s)</source>
            <translation>
                <numerusform>%n poziv</numerusform>
                <numerusform>%n poziva</numerusform>
                <numerusform>%n poziva</numerusform>
            </translation>
        </message>
        <message>
            <source>Call</source>
            <translation>Poziv</translation>
        </message>
        <message>
            <source>Saved: {0} · {1}. Ready for the next call.</source>
            <translation>Sačuvano: {0} · {1}. Spremno za sledeći poziv.</translation>
        </message>
        <message>
            <source>Missing person</source>
            <translation>Nestala osoba</translation>
        </message>
        <message>
            <source>The call was about a missing person. Open a missing-person search for it now?</source>
            <translation>Poziv se odnosio na nestalu osobu. Otvoriti sada potragu za njom?</translation>
        </message>
        <message>
            <source>Open a search</source>
            <translation>Otvori potragu</translation>
        </message>
        <message>
            <source>Later</source>
            <translation>Kasnije</translation>
        </message>
        <message>
            <source>Call of {0} ({1}). The caller becomes a client with a new case; the call's note becomes the case's first contact note.</source>
            <translation>Poziv primljen {0} ({1}). Pozivalac se upisuje kao klijent/kinja i otvara se novi slučaj; beleška o pozivu postaje prva beleška o kontaktu u tom slučaju.</translation>
        </message>
        <message>
            <source>Convert the call into a client and case</source>
            <translation>Otvaranje slučaja na osnovu poziva</translation>
        </message>
        <message>
            <source>Link the call to a case</source>
            <translation>Povezivanje poziva sa slučajem</translation>
        </message>
        <message>
            <source>The call joins the case, and its note is added to the case's contact log.</source>
            <translation>Poziv se povezuje sa slučajem, a beleška o pozivu dodaje se beleškama o kontaktima u slučaju.</translation>
        </message>
        <message>
            <source>Follow-up</source>
            <translation>Dalje postupanje</translation>
        </message>
        <message>
            <source>Call log</source>
            <translation>Evidencija poziva</translation>
        </message>
        <message>
            <source>Only open follow-&amp;ups</source>
            <translation>Samo &amp;otvorena dalja postupanja</translation>
        </message>
        <message>
            <source>Follow-up d&amp;one</source>
            <translation>Dalje postupanj&amp;e urađeno</translation>
        </message>
        <message>
            <source>Missing-person searc&amp;h…</source>
            <translation>Potra&amp;ga za nestalom osobom…</translation>
        </message>
        <message>
            <source>Open the case fil&amp;e</source>
            <translation>Otvori dosije slučaj&amp;a</translation>
        </message>
        <message>
            <source>Lin&amp;k to a case…</source>
            <translation>Poveži sa slučaje&amp;m…</translation>
        </message>
        <message>
            <source>Con&amp;vert to a client…</source>
            <translation>Upiši kao k&amp;lijenta/kinju…</translation>
        </message>
    </context>
    <context>
        <name>CaseAppointmentsTab</name>
        <message>
            <source>Loading the case's appointments…</source>
            <translation>Učitavaju se termini slučaja…</translation>
        </message>
        <message numerus="yes">
            <source>%n appointment(s)</source>
            <translation>
                <numerusform>%n termin</numerusform>
                <numerusform>%n termina</numerusform>
                <numerusform>%n termina</numerusform>
            </translation>
        </message>
        <message>
            <source>The appointments could not be read.</source>
            <translation>Termini nisu mogli da se pročitaju.</translation>
        </message>
        <message>
            <source>&amp;Open</source>
            <translation>&amp;Otvori</translation>
        </message>
        <message>
            <source>&amp;New appointment…</source>
            <translation>&amp;Novi termin…</translation>
        </message>
    </context>
    <context>
        <name>CaseFile</name>
        <message>
            <source>← &amp;Back to the list</source>
            <translation>← &amp;Nazad na spisak</translation>
        </message>
        <message>
            <source>S&amp;hared with the office</source>
            <translation>D&amp;eljeno sa kancelarijom</translation>
        </message>
        <message>
            <source>Its client, notes, documents, hearings and assessments go to the other laptops of the team at each sync; who works on it stays each laptop's choice.</source>
            <translation>Klijent, beleške, dokumenti, ročišta i procene ovog slučaja idu na ostale laptopove tima pri svakoj sinhronizaciji; ko radi na slučaju i dalje odlučuje svaki laptop za sebe.</translation>
        </message>
        <message>
            <source>C&amp;lient</source>
            <translation>&amp;Klijent/kinja</translation>
        </message>
        <message>
            <source>C&amp;ase</source>
            <translation>S&amp;lučaj</translation>
        </message>
        <message>
            <source>Related &amp;persons</source>
            <translation>P&amp;ovezana lica</translation>
        </message>
        <message>
            <source>Contact lo&amp;g</source>
            <translation>&amp;Beleške o kontaktima</translation>
        </message>
        <message>
            <source>Ser&amp;vices</source>
            <translation>&amp;Usluge</translation>
        </message>
        <message>
            <source>Re&amp;ferrals</source>
            <translation>U&amp;pućivanja</translation>
        </message>
        <message>
            <source>Co&amp;nsent</source>
            <translation>Sa&amp;glasnost</translation>
        </message>
        <message>
            <source>&amp;Documents</source>
            <translation>&amp;Dokumenti</translation>
        </message>
        <message>
            <source>Appoint&amp;ments</source>
            <translation>&amp;Termini</translation>
        </message>
        <message>
            <source>Cour&amp;t</source>
            <translation>&amp;Sud</translation>
        </message>
        <message>
            <source>&amp;Risk &amp;&amp; safety</source>
            <translation>&amp;Rizik &amp;&amp; bezbednost</translation>
        </message>
        <message>
            <source>Shared with the office</source>
            <translation>Deljeno sa kancelarijom</translation>
        </message>
        <message>
            <source>&amp;Save changes</source>
            <translation>Sačuvaj &amp;izmene</translation>
        </message>
        <message>
            <source>Reading the client's record…</source>
            <translation>Učitavaju se podaci klijenta/kinje…</translation>
        </message>
        <message>
            <source>This case file could not be read: {0} Go back to the list and open it again.</source>
            <translation>Dosije slučaja nije moguće učitati: {0} Vratite se na spisak i ponovo ga otvorite.</translation>
        </message>
        <message>
            <source>The personal number's last (control) digit does not fit.</source>
            <translation>Poslednja (kontrolna) cifra JMBG-a se ne slaže.</translation>
        </message>
        <message>
            <source>The personal number's first seven digits are not a date.</source>
            <translation>Prvih sedam cifara JMBG-a nije datum.</translation>
        </message>
        <message>
            <source>The personal number holds another date of birth than the one entered.</source>
            <translation>JMBG sadrži drugi datum rođenja od upisanog.</translation>
        </message>
        <message>
            <source>It was saved as typed: check it against the document.</source>
            <translation>Sačuvan je kako je upisan: proverite ga u ličnom dokumentu.</translation>
        </message>
        <message>
            <source>Discard unsaved changes?</source>
            <translation>Odbaciti nesačuvane izmene?</translation>
        </message>
        <message>
            <source>This case file has changes that are not saved. Discard them?</source>
            <translation>U ovom dosijeu ima nesačuvanih izmena. Odbaciti ih?</translation>
        </message>
        <message>
            <source>Discard</source>
            <translation>Odbaci</translation>
        </message>
        <message>
            <source>Keep editing</source>
            <translation>Nastavi sa izmenama</translation>
        </message>
    </context>
    <context>
        <name>CaseListModel</name>
        <message>
            <source>Case code</source>
            <translation>Šifra slučaja</translation>
        </message>
        <message>
            <source>Client</source>
            <translation>Klijent/kinja</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Opened</source>
            <translation>Otvoren</translation>
        </message>
        <message>
            <source>Last change</source>
            <translation>Poslednja izmena</translation>
        </message>
        <message>
            <source>Risk</source>
            <translation>Rizik</translation>
        </message>
        <message>
            <source>Shared with the office: changes travel to the team's laptops</source>
            <translation>Deli se sa kancelarijom: izmene stižu na računare tima</translation>
        </message>
    </context>
    <context>
        <name>CaseListPage</name>
        <message>
            <source>Open cases</source>
            <translation>Otvoreni slučajevi</translation>
        </message>
        <message>
            <source>All statuses</source>
            <translation>Svi statusi</translation>
        </message>
        <message>
            <source>Any exploitation</source>
            <translation>Svi oblici eksploatacije</translation>
        </message>
        <message>
            <source>Any risk level</source>
            <translation>Svi nivoi rizika</translation>
        </message>
        <message>
            <source>High risk</source>
            <translation>Visok rizik</translation>
        </message>
        <message>
            <source>High risk, reassessment overdue</source>
            <translation>Visok rizik, istekao rok za ponovnu procenu</translation>
        </message>
        <message>
            <source>Medium risk</source>
            <translation>Srednji rizik</translation>
        </message>
        <message>
            <source>Low risk</source>
            <translation>Nizak rizik</translation>
        </message>
        <message>
            <source>Not assessed</source>
            <translation>Nije procenjeno</translation>
        </message>
        <message numerus="yes">
            <source>%n case(s)</source>
            <translation>
                <numerusform>%n slučaj</numerusform>
                <numerusform>%n slučaja</numerusform>
                <numerusform>%n slučajeva</numerusform>
            </translation>
        </message>
        <message>
            <source>Search names, aliases, case codes and notes — any script, with or without č ć đ š ž</source>
            <translation>Pretraga imena, nadimaka, šifara slučajeva i beleški — bilo kojim pismom, sa ili bez č ć đ š ž</translation>
        </message>
        <message>
            <source>Assigned to &amp;me</source>
            <translation>Dodeljeni &amp;meni</translation>
        </message>
        <message>
            <source>&amp;New client…</source>
            <translation>&amp;Novi klijent/kinja…</translation>
        </message>
    </context>
    <context>
        <name>ChargeDialog</name>
        <message>
            <source>Re-qualify the charge</source>
            <translation>Prekvalifikacija krivičnog dela</translation>
        </message>
        <message>
            <source>Add a charge</source>
            <translation>Dodavanje krivičnog dela</translation>
        </message>
        <message>
            <source>Now: Art. {0} {1}, since {2}</source>
            <translation>Sada: čl. {0} {1}, od {2}</translation>
        </message>
        <message>
            <source>Enter the date of the charge.</source>
            <translation>Unesite datum optužbe.</translation>
        </message>
        <message>
            <source>&amp;Article</source>
            <translation>Čl&amp;an</translation>
        </message>
        <message>
            <source>e.g. 388 st. 1</source>
            <translation>npr. 388 st. 1</translation>
        </message>
        <message>
            <source>&amp;Offence</source>
            <translation>&amp;Krivično delo</translation>
        </message>
        <message>
            <source>e.g. Trgovina ljudima</source>
            <translation>npr. Trgovina ljudima</translation>
        </message>
        <message>
            <source>&amp;Since</source>
            <translation>&amp;Od</translation>
        </message>
        <message>
            <source>&amp;Note</source>
            <translation>&amp;Beleška</translation>
        </message>
    </context>
    <context>
        <name>ChronologyOptions</name>
        <message>
            <source>From (optional)</source>
            <translation>Od (neobavezno)</translation>
        </message>
        <message>
            <source>To (optional)</source>
            <translation>Do (neobavezno)</translation>
        </message>
    </context>
    <context>
        <name>ClaimEditor</name>
        <message>
            <source>The case's latest proceeding</source>
            <translation>Poslednji postupak u slučaju</translation>
        </message>
        <message>
            <source>Loading the claim…</source>
            <translation>Učitava se odštetni zahtev…</translation>
        </message>
        <message>
            <source>{0} {1}: “{2}” is not an amount in dinars. Write it as 1.234,56, or leave it empty to specify it later.</source>
            <translation>{0} {1}: „{2}“ nije iznos u dinarima. Upišite ga kao 1.234,56 ili ga ostavite prazno da bi bio opredeljen naknadno.</translation>
        </message>
        <message>
            <source>{0} {1}: the amount must be more than zero. Leave it empty if it is to be specified later.</source>
            <translation>{0} {1}: iznos mora biti veći od nule. Ostavite ga prazno ako će biti opredeljen naknadno.</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>Stavka</translation>
        </message>
        <message>
            <source>Item {0}: “{1}” is not a date. Write the day interest runs from as dd.mm.yyyy, e.g. 30.06.2023, or leave it empty for the day of the judgment.</source>
            <translation>Stavka {0}: „{1}“ nije datum. Dan od kog teče kamata upišite kao dd.mm.gggg, npr. 30.06.2023, ili ga ostavite prazan za dan presuđenja.</translation>
        </message>
        <message>
            <source>Item {0}: interest cannot run from {1}, a day still to come. Leave the date empty for interest from the day of the judgment.</source>
            <translation>Stavka {0}: kamata ne može teći od {1}, dana koji tek dolazi. Ostavite datum prazan za kamatu od dana presuđenja.</translation>
        </message>
        <message>
            <source>Cost</source>
            <translation>Trošak</translation>
        </message>
        <message>
            <source>Material {0} RSD · non-material {1} RSD · total {2} RSD</source>
            <translation>Materijalna {0} RSD · nematerijalna {1} RSD · ukupno {2} RSD</translation>
        </message>
        <message>
            <source>a basic court (osnovni sud)</source>
            <translation>osnovni sud</translation>
        </message>
        <message>
            <source>a higher court (viši sud)</source>
            <translation>viši sud</translation>
        </message>
        <message>
            <source>a basic or a higher court, by the euro rate of the day</source>
            <translation>osnovni ili viši sud, zavisno od kursa evra na dan podnošenja</translation>
        </message>
        <message>
            <source>By the value of the dispute the civil suit goes to {0}: where the defendant lives or where the harm was done. Left empty, the suit names the level and leaves the seat to fill in.</source>
            <translation>Po vrednosti spora nadležan je {0} u mestu prebivališta tuženog ili izvršenja štetne radnje. Ako je polje prazno, tužba navodi vrstu suda, a sedište se dopisuje.</translation>
        </message>
        <message>
            <source>Compensation claim</source>
            <translation>Odštetni zahtev</translation>
        </message>
        <message>
            <source>&amp;Proceeding</source>
            <translation>&amp;Postupak</translation>
        </message>
        <message>
            <source>Heads of damage</source>
            <translation>Vrste štete</translation>
        </message>
        <message>
            <source>Head of damage</source>
            <translation>Vrsta štete</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Opis</translation>
        </message>
        <message>
            <source>Amount (RSD)</source>
            <translation>Iznos (RSD)</translation>
        </message>
        <message>
            <source>Interest from</source>
            <translation>Kamata od</translation>
        </message>
        <message>
            <source>Evidence (separate with ;)</source>
            <translation>Dokazi (odvojiti znakom ;)</translation>
        </message>
        <message>
            <source>&amp;Add a head of damage</source>
            <translation>&amp;Dodaj vrstu štete</translation>
        </message>
        <message>
            <source>&amp;Remove it</source>
            <translation>&amp;Ukloni je</translation>
        </message>
        <message>
            <source>Amounts in dinars, as 1.234,56; an empty amount is specified later. Interest from: dd.mm.yyyy, or empty for the day of the judgment.</source>
            <translation>Iznosi u dinarima, kao 1.234,56; prazan iznos se opredeljuje naknadno. Kamata od: dd.mm.gggg, ili prazno za dan presuđenja.</translation>
        </message>
        <message>
            <source>Costs of the proceedings</source>
            <translation>Troškovi postupka</translation>
        </message>
        <message>
            <source>Add a c&amp;ost</source>
            <translation>Dodaj &amp;trošak</translation>
        </message>
        <message>
            <source>Remo&amp;ve the cost</source>
            <translation>Uk&amp;loni trošak</translation>
        </message>
        <message>
            <source>&amp;Facts</source>
            <translation>Či&amp;njenično stanje</translation>
        </message>
        <message>
            <source>The facts as the lawyer words them (optional; left empty, the filings state them briefly)</source>
            <translation>Činjenično stanje kako ga formuliše advokat (nije obavezno; ako ostane prazno, podnesci ga navode ukratko)</translation>
        </message>
        <message>
            <source>Civil &amp;court</source>
            <translation>Pa&amp;rnični sud</translation>
        </message>
        <message>
            <source>e.g. Prvi osnovni sud u Beogradu</source>
            <translation>npr. Prvi osnovni sud u Beogradu</translation>
        </message>
        <message>
            <source>Civil case &amp;number</source>
            <translation>&amp;Broj parničnog predmeta</translation>
        </message>
        <message>
            <source>once the suit is filed, e.g. P 123/26</source>
            <translation>kada se tužba podnese, npr. P 123/26</translation>
        </message>
        <message>
            <source>Free &amp;legal aid</source>
            <translation>Besplatna pravna p&amp;omoć</translation>
        </message>
        <message>
            <source>decision granting free legal aid: body, number, date</source>
            <translation>rešenje o odobravanju besplatne pravne pomoći: organ, broj, datum</translation>
        </message>
        <message>
            <source>Victims of trafficking and children are entitled to free legal aid without a means test; it is requested from the municipality.</source>
            <translation>Žrtve trgovine ljudima i deca imaju pravo na besplatnu pravnu pomoć bez obzira na imovno stanje; zahtev se podnosi opštinskoj, odnosno gradskoj upravi.</translation>
        </message>
    </context>
    <context>
        <name>ClaimOptions</name>
        <message>
            <source>The case's compensation cla&amp;im…</source>
            <translation>Odštetni &amp;zahtev slučaja…</translation>
        </message>
        <message>
            <source>Head of damage</source>
            <translation>Vrsta štete</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Opis</translation>
        </message>
        <message>
            <source>Amount (RSD)</source>
            <translation>Iznos (RSD)</translation>
        </message>
        <message>
            <source>Interest from</source>
            <translation>Kamata od</translation>
        </message>
        <message>
            <source>&amp;Add an item</source>
            <translation>&amp;Dodaj stavku</translation>
        </message>
        <message>
            <source>&amp;Remove the item</source>
            <translation>&amp;Ukloni stavku</translation>
        </message>
        <message>
            <source>Amounts as 1.234,56. No items here: the case's saved claim is used; a claim with no amounts is made as a draft.</source>
            <translation>Iznosi kao 1.234,56. Bez stavki ovde koristi se sačuvani odštetni zahtev slučaja; zahtev bez iznosa pravi se kao nacrt.</translation>
        </message>
        <message>
            <source>Evidence, one per line. Left empty: the documents of the case.</source>
            <translation>Dokazi, po jedan u redu. Ako ostane prazno: dokumenti iz slučaja.</translation>
        </message>
        <message>
            <source>Mark it as a draft</source>
            <translation>Označi kao nacrt</translation>
        </message>
    </context>
    <context>
        <name>ConfirmPage</name>
        <message>
            <source>Check the sheet</source>
            <translation>Provera lista sa ključem</translation>
        </message>
        <message>
            <source>Type the last two groups of the recovery key from your sheet (not from the screen).</source>
            <translation>Upišite poslednje dve grupe ključa za oporavak sa svog lista (ne sa ekrana).</translation>
        </message>
        <message>
            <source>&amp;Last two groups</source>
            <translation>&amp;Poslednje dve grupe</translation>
        </message>
    </context>
    <context>
        <name>ConflictFields</name>
        <message>
            <source>Record ID</source>
            <translation>ID zapisa</translation>
        </message>
        <message>
            <source>Entered on</source>
            <translation>Upisano</translation>
        </message>
        <message>
            <source>Entered by</source>
            <translation>Upisao/la</translation>
        </message>
        <message>
            <source>Assessed by</source>
            <translation>Procenu izvršio/la</translation>
        </message>
        <message>
            <source>Worker in charge</source>
            <translation>Zadužen/a</translation>
        </message>
        <message>
            <source>Starts</source>
            <translation>Počinje</translation>
        </message>
        <message>
            <source>Ends</source>
            <translation>Završava se</translation>
        </message>
        <message>
            <source>Series of appointments</source>
            <translation>Niz termina</translation>
        </message>
        <message>
            <source>File type</source>
            <translation>Vrsta fajla</translation>
        </message>
        <message>
            <source>Instrument</source>
            <translation>Instrument</translation>
        </message>
        <message>
            <source>Instrument version</source>
            <translation>Verzija instrumenta</translation>
        </message>
        <message>
            <source>Answers</source>
            <translation>Odgovori</translation>
        </message>
        <message>
            <source>Comments</source>
            <translation>Komentari</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>Zbir bodova</translation>
        </message>
        <message>
            <source>Score band</source>
            <translation>Raspon bodova</translation>
        </message>
        <message>
            <source>Red flags</source>
            <translation>Znaci upozorenja</translation>
        </message>
        <message>
            <source>Severity</source>
            <translation>Težina</translation>
        </message>
        <message>
            <source>Likelihood</source>
            <translation>Verovatnoća</translation>
        </message>
        <message>
            <source>Level by the grid</source>
            <translation>Nivo prema matrici</translation>
        </message>
        <message>
            <source>Calculated level</source>
            <translation>Izračunati nivo</translation>
        </message>
        <message>
            <source>Suggested action</source>
            <translation>Predložena mera</translation>
        </message>
        <message>
            <source>Event</source>
            <translation>Događaj</translation>
        </message>
        <message>
            <source>Witnesses summoned</source>
            <translation>Pozvani svedoci</translation>
        </message>
        <message>
            <source>Witnesses who came</source>
            <translation>Svedoci koji su došli</translation>
        </message>
        <message>
            <source>Witnesses who testified</source>
            <translation>Svedoci koji su svedočili</translation>
        </message>
        <message>
            <source>Party</source>
            <translation>Učesnik u postupku</translation>
        </message>
        <message>
            <source>Replaces the charge</source>
            <translation>Zamenjuje krivično delo</translation>
        </message>
        <message>
            <source>Search opened on</source>
            <translation>Potraga otvorena dana</translation>
        </message>
        <message>
            <source>Search closed on</source>
            <translation>Potraga zatvorena dana</translation>
        </message>
        <message>
            <source>Follow-up done</source>
            <translation>Dalje postupanje obavljeno</translation>
        </message>
        <message>
            <source>Last logged on</source>
            <translation>Poslednji put upisano</translation>
        </message>
        <message>
            <source>Link to the case</source>
            <translation>Veza sa slučajem</translation>
        </message>
        <message>
            <source>Age band</source>
            <translation>Starosna grupa</translation>
        </message>
        <message>
            <source>Partner (as written)</source>
            <translation>Partner (kako je upisan)</translation>
        </message>
    </context>
    <context>
        <name>ConflictsDialog</name>
        <message>
            <source>Field</source>
            <translation>Polje</translation>
        </message>
        <message>
            <source>This laptop</source>
            <translation>Ovaj laptop</translation>
        </message>
        <message>
            <source>The other laptop</source>
            <translation>Drugi laptop</translation>
        </message>
        <message>
            <source>(deleted)</source>
            <translation>(obrisano)</translation>
        </message>
        <message>
            <source>Keep it, with this laptop's changes</source>
            <translation>Zadrži ga, sa izmenama unetim na ovom laptopu</translation>
        </message>
        <message>
            <source>Delete it here too</source>
            <translation>Obriši ga i ovde</translation>
        </message>
        <message>
            <source>Leave it deleted</source>
            <translation>Neka ostane obrisan</translation>
        </message>
        <message>
            <source>Bring it back with the other laptop's changes</source>
            <translation>Vrati ga, sa izmenama unetim na drugom laptopu</translation>
        </message>
        <message>
            <source>Keep this laptop's version</source>
            <translation>Zadrži verziju sa ovog laptopa</translation>
        </message>
        <message>
            <source>Take the other laptop's version</source>
            <translation>Uzmi verziju sa drugog laptopa</translation>
        </message>
        <message>
            <source>Deleted on this laptop; changed on the other laptop since you last exchanged it.</source>
            <translation>Obrisan na ovom laptopu; na drugom laptopu izmenjen posle poslednje razmene.</translation>
        </message>
        <message>
            <source>Deleted on the other laptop (by {0}); changed on this laptop since you last exchanged it.</source>
            <translation>Obrisan na drugom laptopu (obrisao/la: {0}); na ovom laptopu izmenjen posle poslednje razmene.</translation>
        </message>
        <message>
            <source>Deleted on the other laptop; changed on this laptop since you last exchanged it.</source>
            <translation>Obrisan na drugom laptopu; na ovom laptopu izmenjen posle poslednje razmene.</translation>
        </message>
        <message>
            <source>Deleting it here also deletes the records that belong to it ({0}).</source>
            <translation>Ako ga ovde obrišete, biće obrisani i zapisi koji mu pripadaju ({0}).</translation>
        </message>
        <message>
            <source>Changed on both laptops</source>
            <translation>Izmenjeno na oba laptopa</translation>
        </message>
        <message>
            <source>These records were changed here and on the other laptop since you last exchanged them (or deleted on one and changed on the other). Choose, for each, which version to keep; nothing is imported until you do.</source>
            <translation>Ovi zapisi su izmenjeni i ovde i na drugom laptopu od poslednje razmene (ili obrisani na jednom, a izmenjeni na drugom). Za svaki izaberite koju verziju zadržavate; ništa se ne uvozi dok to ne uradite.</translation>
        </message>
    </context>
    <context>
        <name>CourtDocumentsPage</name>
        <message>
            <source>Compensation claim</source>
            <translation>Odštetni zahtev</translation>
        </message>
        <message>
            <source>Choose a case first.</source>
            <translation>Prvo izaberite slučaj.</translation>
        </message>
        <message>
            <source>The options changed. Press Preview to see the document.</source>
            <translation>Opcije su promenjene. Pritisnite Pregled da vidite dokument.</translation>
        </message>
        <message>
            <source>Preview</source>
            <translation>Pregled</translation>
        </message>
        <message>
            <source>Making the document…</source>
            <translation>Pravi se dokument…</translation>
        </message>
        <message>
            <source>This filing may not fit the proceeding</source>
            <translation>Podnesak možda ne odgovara stanju postupka</translation>
        </message>
        <message numerus="yes">
            <source>{0} for {1}: %n page(s), {2}.</source>
            <translation>
                <numerusform>{0} za {1}: %n strana, {2}.</numerusform>
                <numerusform>{0} za {1}: %n strane, {2}.</numerusform>
                <numerusform>{0} za {1}: %n strana, {2}.</numerusform>
            </translation>
        </message>
        <message>
            <source>with the client's name</source>
            <translation>sa imenom klijenta/kinje</translation>
        </message>
        <message>
            <source>case code only</source>
            <translation>samo šifra slučaja</translation>
        </message>
        <message>
            <source>Press Review to check it before it is saved, exported or printed.</source>
            <translation>Pritisnite „Provera pre izdavanja” i proverite ga pre čuvanja, izvoza ili štampe.</translation>
        </message>
        <message>
            <source>Court documents</source>
            <translation>Sudski dokumenti</translation>
        </message>
        <message>
            <source>Saved into the documents of {0} as {1} (encrypted in the vault).</source>
            <translation>Sačuvano među dokumentima slučaja {0} kao {1} (šifrovano u bazi).</translation>
        </message>
        <message>
            <source>It shows the client's name.</source>
            <translation>Na njemu je ime klijenta/kinje.</translation>
        </message>
        <message>
            <source>It shows the case code, not the client's name.</source>
            <translation>Na njemu je šifra slučaja, bez imena klijenta/kinje.</translation>
        </message>
        <message>
            <source>Export an unencrypted copy?</source>
            <translation>Izvesti nešifrovanu kopiju?</translation>
        </message>
        <message>
            <source>The copy will be an ordinary, unencrypted PDF: anyone who gets hold of it — or of the disk or USB stick it is on — can read it. {0} The export is recorded in the audit trail. Export anyway?</source>
            <translation>Kopija će biti običan, nešifrovan PDF: svako ko dođe do nje — ili do diska ili USB fleša na kome se nalazi — može da je pročita. {0} Izvoz se beleži u evidenciji aktivnosti. Ipak izvesti?</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Izvezi</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Otkaži</translation>
        </message>
        <message>
            <source>Export a copy</source>
            <translation>Izvoz kopije</translation>
        </message>
        <message>
            <source>Exported an unencrypted copy to {0}.</source>
            <translation>Nešifrovana kopija je izvezena u {0}.</translation>
        </message>
        <message>
            <source>Print</source>
            <translation>Štampanje</translation>
        </message>
        <message>
            <source>The printer could not be started.</source>
            <translation>Štampač nije mogao da se pokrene.</translation>
        </message>
        <message>
            <source>Sent to the printer; the printout is recorded in the audit trail.</source>
            <translation>Poslato na štampač; štampanje je zabeleženo u evidenciji aktivnosti.</translation>
        </message>
        <message>
            <source>Request for particularly vulnerable witness status</source>
            <translation>Predlog za određivanje statusa posebno osetljivog svedoka</translation>
        </message>
        <message>
            <source>Property claim</source>
            <translation>Imovinskopravni zahtev</translation>
        </message>
        <message>
            <source>Chronology of events and proceedings</source>
            <translation>Hronologija događaja i postupaka</translation>
        </message>
        <message>
            <source>Risk / safety report</source>
            <translation>Izveštaj o riziku i bezbednosti</translation>
        </message>
        <message>
            <source>Letter confirming support</source>
            <translation>Potvrda o pruženoj podršci</translation>
        </message>
        <message>
            <source>Court attendance record</source>
            <translation>Evidencija prisustva na ročištima</translation>
        </message>
        <message>
            <source>Evidence index</source>
            <translation>Spisak dokaza</translation>
        </message>
        <message>
            <source>Civil suit for damages</source>
            <translation>Tužba radi naknade štete</translation>
        </message>
        <message>
            <source>Court-support documents</source>
            <translation>Dokumenti za podršku u sudskom postupku</translation>
        </message>
        <message>
            <source>&amp;Case</source>
            <translation>S&amp;lučaj</translation>
        </message>
        <message>
            <source>Case code, e.g. AST-2026-0042</source>
            <translation>Šifra slučaja, npr. AST-2026-0042</translation>
        </message>
        <message>
            <source>Looking for cases…</source>
            <translation>Traže se slučajevi…</translation>
        </message>
        <message>
            <source>&amp;Document</source>
            <translation>&amp;Dokument</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Jezik</translation>
        </message>
        <message>
            <source>Show the client as</source>
            <translation>Klijent/kinja se prikazuje kao</translation>
        </message>
        <message>
            <source>Case code only (recommended)</source>
            <translation>Samo šifra slučaja (preporučeno)</translation>
        </message>
        <message>
            <source>Client's name</source>
            <translation>Ime klijenta/kinje</translation>
        </message>
        <message>
            <source>A filing names the client as the court does (the proceeding's “The court calls the client”: initials or a pseudonym), or leaves a line to fill in.</source>
            <translation>Podnesak navodi klijenta/kinju onako kako to čini sud (u postupku: „Sud klijenta/kinju označava kao“ – inicijali ili pseudonim), ili ostavlja prazan red za upisivanje.</translation>
        </message>
        <message>
            <source>On for the organisation's own documents; off for filings, which a court receives as the lawyer's submission</source>
            <translation>Uključeno za dokumente same organizacije; isključeno za podneske, koje sud prima kao podnesak advokata</translation>
        </message>
        <message>
            <source>“Confidential” stamp, date made and case code on every page</source>
            <translation>Oznaka „Poverljivo“, datum izrade i šifra slučaja na svakoj strani</translation>
        </message>
        <message>
            <source>Options of this document</source>
            <translation>Opcije ovog dokumenta</translation>
        </message>
        <message>
            <source>&amp;Preview</source>
            <translation>&amp;Pregled</translation>
        </message>
        <message>
            <source>See what the document prints and what was taken out, before it leaves the case</source>
            <translation>Pogledajte šta će dokument sadržati i šta je uklonjeno, pre nego što napusti dosije slučaja</translation>
        </message>
        <message>
            <source>Re&amp;view…</source>
            <translation>Pro&amp;vera pre izdavanja…</translation>
        </message>
        <message>
            <source>&amp;Save into the case</source>
            <translation>&amp;Sačuvaj u slučaj</translation>
        </message>
        <message>
            <source>E&amp;xport a copy…</source>
            <translation>&amp;Izvezi kopiju…</translation>
        </message>
        <message>
            <source>P&amp;rint…</source>
            <translation>&amp;Odštampaj…</translation>
        </message>
        <message>
            <source>Choose a case and a document, then press Preview.</source>
            <translation>Izaberite slučaj i dokument, pa pritisnite Pregled.</translation>
        </message>
    </context>
    <context>
        <name>CreateTeamDialog</name>
        <message>
            <source>The office folder</source>
            <translation>Fascikla kancelarije</translation>
        </message>
        <message>
            <source>Give the team a name (the office's, for example).</source>
            <translation>Dajte timu naziv (na primer, naziv kancelarije).</translation>
        </message>
        <message>
            <source>Choose the office folder.</source>
            <translation>Izaberite fasciklu kancelarije.</translation>
        </message>
        <message>
            <source>Create a team</source>
            <translation>Novi tim</translation>
        </message>
        <message>
            <source>This laptop becomes the team's administrator: it admits other laptops and can remove them. Choose the office folder that Syncthing, a shared drive or a USB stick carries between the laptops.</source>
            <translation>Ovaj laptop postaje administrator tima: on prima druge laptopove i može da ih ukloni. Izaberite fasciklu kancelarije koju Syncthing, deljeni disk ili USB fleš prenosi između laptopova.</translation>
        </message>
        <message>
            <source>Team &amp;name</source>
            <translation>&amp;Naziv tima</translation>
        </message>
        <message>
            <source>Office &amp;folder</source>
            <translation>&amp;Fascikla kancelarije</translation>
        </message>
        <message>
            <source>C&amp;hoose…</source>
            <translation>&amp;Izaberi…</translation>
        </message>
    </context>
    <context>
        <name>DateField</name>
        <message>
            <source>dd.mm.yyyy</source>
            <translation>dd.mm.gggg</translation>
        </message>
    </context>
    <context>
        <name>DefendantDialog</name>
        <message>
            <source>Add a defendant</source>
            <translation>Dodaj okrivljenog</translation>
        </message>
        <message>
            <source>&amp;Defendant</source>
            <translation>&amp;Okrivljeni</translation>
        </message>
        <message>
            <source>Initials, e.g. D. J.</source>
            <translation>Inicijali, npr. D. J.</translation>
        </message>
        <message>
            <source>&amp;Role</source>
            <translation>&amp;Uloga</translation>
        </message>
    </context>
    <context>
        <name>DialogDrafts</name>
        <message numerus="yes">
            <source>Not all of what you had typed here could be put back: %n field(s) could not be found again, because the record changed while the vault was locked. Check the form before saving.</source>
            <translation>
                <numerusform>Nije moglo da se vrati sve što ste ovde uneli: %n polje više ne postoji jer je zapis izmenjen dok je trezor bio zaključan. Proverite obrazac pre čuvanja.</numerusform>
                <numerusform>Nije moglo da se vrati sve što ste ovde uneli: %n polja više ne postoje jer je zapis izmenjen dok je trezor bio zaključan. Proverite obrazac pre čuvanja.</numerusform>
                <numerusform>Nije moglo da se vrati sve što ste ovde uneli: %n polja više ne postoji jer je zapis izmenjen dok je trezor bio zaključan. Proverite obrazac pre čuvanja.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Some forms that were open when the vault locked could not be opened again (%n): the records they belonged to were deleted or moved meanwhile. What was typed in them is lost.</source>
            <translation>
                <numerusform>%n obrazac koji je bio otvoren kada se trezor zaključao nije mogao ponovo da se otvori: zapis kome pripada je u međuvremenu obrisan ili premešten. Ono što je u njemu bilo uneto je izgubljeno.</numerusform>
                <numerusform>%n obrasca koja su bila otvorena kada se trezor zaključao nisu mogla ponovo da se otvore: zapisi kojima pripadaju su u međuvremenu obrisani ili premešteni. Ono što je u njima bilo uneto je izgubljeno.</numerusform>
                <numerusform>%n obrazaca koji su bili otvoreni kada se trezor zaključao nisu mogli ponovo da se otvore: zapisi kojima pripadaju su u međuvremenu obrisani ili premešteni. Ono što je u njima bilo uneto je izgubljeno.</numerusform>
            </translation>
        </message>
        <message>
            <source>Open forms</source>
            <translation>Otvoreni obrasci</translation>
        </message>
    </context>
    <context>
        <name>DisclosureReview</name>
        <message>
            <source>Review before it leaves the case</source>
            <translation>Provera pre izdavanja dokumenta</translation>
        </message>
        <message>
            <source>&lt;span style="background:{0}"&gt;&amp;nbsp;taken out&amp;nbsp;&lt;/span&gt; — replaced by the case code, a relation or […]; &lt;span style="background:{1}"&gt;&amp;nbsp;check&amp;nbsp;&lt;/span&gt; — a capitalised word that is not a common word: is it a name?</source>
            <translation>&lt;span style="background:{0}"&gt;&amp;nbsp;uklonjeno&amp;nbsp;&lt;/span&gt; — zamenjeno šifrom slučaja, srodstvom ili […]; &lt;span style="background:{1}"&gt;&amp;nbsp;proveriti&amp;nbsp;&lt;/span&gt; — reč sa velikim početnim slovom koja nije uobičajena reč: da li je to nečije ime?</translation>
        </message>
        <message>
            <source>&amp;Redact the selected text</source>
            <translation>&amp;Ukloni označeni tekst</translation>
        </message>
        <message>
            <source>&amp;Show it</source>
            <translation>&amp;Prikaži ga</translation>
        </message>
        <message>
            <source>Health items of the risk assessment</source>
            <translation>Stavke o zdravlju iz procene rizika</translation>
        </message>
        <message>
            <source>The latest assessment found none.</source>
            <translation>Poslednja procena nije utvrdila nijednu.</translation>
        </message>
        <message>
            <source>Contact notes (internal: left out unless ticked)</source>
            <translation>Beleške o kontaktu (interne: izostavljaju se ako nisu označene)</translation>
        </message>
        <message>
            <source>Health</source>
            <translation>Zdravlje</translation>
        </message>
        <message>
            <source>Attachments listed</source>
            <translation>Priloženi dokumenti na spisku</translation>
        </message>
        <message>
            <source>Taken out</source>
            <translation>Uklonjeno</translation>
        </message>
        <message>
            <source>Redact</source>
            <translation>Ukloni</translation>
        </message>
        <message>
            <source>Select a word or phrase in the text first, then press Redact.</source>
            <translation>Najpre označite reč ili izraz u tekstu, pa pritisnite „Ukloni”.</translation>
        </message>
        <message>
            <source>Show it</source>
            <translation>Prikaži</translation>
        </message>
        <message>
            <source>Pick one of the texts taken out first.</source>
            <translation>Najpre izaberite jedan od uklonjenih delova teksta.</translation>
        </message>
        <message>
            <source>Reading the document…</source>
            <translation>Čita se dokument…</translation>
        </message>
        <message>
            <source>Taken out: {0}</source>
            <translation>Uklonjeno: {0}</translation>
        </message>
        <message>
            <source>Not a common word: is it a name? Select it to redact it.</source>
            <translation>Nije uobičajena reč: da li je to nečije ime? Označite je da biste je uklonili.</translation>
        </message>
        <message numerus="yes">
            <source>%n text(s) taken out</source>
            <translation>
                <numerusform>uklonjen %n deo teksta</numerusform>
                <numerusform>uklonjena %n dela teksta</numerusform>
                <numerusform>uklonjeno %n delova teksta</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n word(s) to check</source>
            <translation>
                <numerusform>%n reč za proveru</numerusform>
                <numerusform>%n reči za proveru</numerusform>
                <numerusform>%n reči za proveru</numerusform>
            </translation>
        </message>
        <message>
            <source>Review</source>
            <translation>Provera</translation>
        </message>
        <message>
            <source>Discard the changes?</source>
            <translation>Odbaciti izmene?</translation>
        </message>
        <message>
            <source>What you chose in this review will be forgotten. Close it anyway?</source>
            <translation>Ono što ste izabrali u ovoj proveri neće biti zapamćeno. Ipak zatvoriti?</translation>
        </message>
        <message>
            <source>Discard</source>
            <translation>Odbaci</translation>
        </message>
        <message>
            <source>Keep reviewing</source>
            <translation>Nastavi proveru</translation>
        </message>
    </context>
    <context>
        <name>DocumentViewer</name>
        <message>
            <source>ASTRA Desktop — document</source>
            <translation>ASTRA Desktop — dokument</translation>
        </message>
        <message>
            <source>{0} cannot be shown here ({1}). Its fingerprint is {2}.</source>
            <translation>{0} ne može da se prikaže ovde ({1}). Njegov otisak je {2}.</translation>
        </message>
    </context>
    <context>
        <name>DocumentsTab</name>
        <message>
            <source>Loading the case's documents…</source>
            <translation>Učitavaju se dokumenti slučaja…</translation>
        </message>
        <message>
            <source>Import a file into the case</source>
            <translation>Uvoz fajla u slučaj</translation>
        </message>
        <message>
            <source>Importing {0}…</source>
            <translation>Uvozi se {0}…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Otkaži</translation>
        </message>
        <message>
            <source>Imported {0}. SHA-256: {1}</source>
            <translation>Uvezen je {0}. SHA-256: {1}</translation>
        </message>
        <message>
            <source>The file could not be read: {0}</source>
            <translation>Fajl nije mogao da se pročita: {0}</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Uvezi</translation>
        </message>
        <message>
            <source>View</source>
            <translation>Prikaži</translation>
        </message>
        <message>
            <source>Export an unencrypted copy?</source>
            <translation>Izvesti nešifrovanu kopiju?</translation>
        </message>
        <message>
            <source>The copy will be an ordinary, unencrypted file: anyone who gets hold of it — or of the disk or USB stick it is on — can read it. The export is recorded in the audit trail. Export anyway?</source>
            <translation>Kopija će biti običan, nešifrovan fajl: svako ko dođe do nje — ili do diska ili USB fleša na kome se nalazi — može da je pročita. Izvoz se beleži u evidenciji aktivnosti. Ipak izvesti?</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Izvezi</translation>
        </message>
        <message>
            <source>Export a copy</source>
            <translation>Izvoz kopije</translation>
        </message>
        <message>
            <source>Exported a copy to {0}.</source>
            <translation>Kopija je izvezena u {0}.</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Fajl</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Veličina</translation>
        </message>
        <message>
            <source>Imported</source>
            <translation>Uvezen</translation>
        </message>
        <message>
            <source>SHA-256 (fingerprint)</source>
            <translation>SHA-256 (otisak)</translation>
        </message>
        <message>
            <source>Files are kept inside the encrypted vault and viewed from memory; nothing is unpacked to disk.</source>
            <translation>Fajlovi se čuvaju u šifrovanoj bazi i prikazuju iz memorije; ništa se ne raspakuje na disk.</translation>
        </message>
        <message>
            <source>&amp;Import a file…</source>
            <translation>&amp;Uvezi fajl…</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Prikaži</translation>
        </message>
        <message>
            <source>E&amp;xport a copy…</source>
            <translation>&amp;Izvezi kopiju…</translation>
        </message>
    </context>
    <context>
        <name>EntriesTab</name>
        <message>
            <source>&amp;Add</source>
            <translation>&amp;Dodaj</translation>
        </message>
    </context>
    <context>
        <name>FilingChoices</name>
        <message>
            <source>As the proceeding's stage says</source>
            <translation>Prema fazi postupka</translation>
        </message>
        <message>
            <source>The one holding the power of attorney</source>
            <translation>Advokat kome je dato punomoćje</translation>
        </message>
        <message>
            <source>&amp;Lawyer who files</source>
            <translation>&amp;Advokat koji podnosi</translation>
        </message>
        <message>
            <source>Addre&amp;ssed to</source>
            <translation>&amp;Kome se podnosi</translation>
        </message>
    </context>
    <context>
        <name>GuardedDialog</name>
        <message>
            <source>Discard what you typed?</source>
            <translation>Odbaciti ono što ste uneli?</translation>
        </message>
        <message>
            <source>This form has entries that are not saved. Close it and discard them?</source>
            <translation>U obrascu ima unosa koji nisu sačuvani. Zatvoriti ga i odbaciti te unose?</translation>
        </message>
        <message>
            <source>Discard</source>
            <translation>Odbaci</translation>
        </message>
        <message>
            <source>Keep editing</source>
            <translation>Nastavi sa izmenama</translation>
        </message>
    </context>
    <context>
        <name>HearingDialog</name>
        <message>
            <source>Hearing</source>
            <translation>Ročište</translation>
        </message>
        <message>
            <source>Loading the hearing…</source>
            <translation>Učitava se ročište…</translation>
        </message>
        <message>
            <source>Hearing · {0}</source>
            <translation>Ročište · {0}</translation>
        </message>
        <message>
            <source>Postponed &amp;by</source>
            <translation>Odloženo &amp;zbog</translation>
        </message>
        <message>
            <source>their defence lawyer</source>
            <translation>njegov branilac</translation>
        </message>
        <message>
            <source>No defendants recorded yet (add them on the Court tab).</source>
            <translation>Još nema upisanih okrivljenih (dodajte ih na kartici Sud).</translation>
        </message>
        <message>
            <source>The next hearing is already scheduled: {0}.</source>
            <translation>Sledeće ročište je već zakazano: {0}.</translation>
        </message>
        <message>
            <source>summoned</source>
            <translation>pozvan/a</translation>
        </message>
        <message>
            <source>testified</source>
            <translation>svedočio/la</translation>
        </message>
        <message>
            <source>came</source>
            <translation>došlo</translation>
        </message>
        <message>
            <source>Wi&amp;tnesses</source>
            <translation>S&amp;vedoci</translation>
        </message>
        <message>
            <source>Double booking</source>
            <translation>Preklapanje termina</translation>
        </message>
        <message>
            <source>Schedule the next hearing anyway?</source>
            <translation>Ipak zakazati sledeće ročište?</translation>
        </message>
        <message>
            <source>Schedule anyway</source>
            <translation>Ipak zakaži</translation>
        </message>
        <message>
            <source>Change the date</source>
            <translation>Promeni datum</translation>
        </message>
        <message>
            <source>&amp;Status</source>
            <translation>S&amp;tatus</translation>
        </message>
        <message>
            <source>&amp;Why postponed</source>
            <translation>&amp;Razlog odlaganja</translation>
        </message>
        <message>
            <source>e.g. the defendant was not brought from custody</source>
            <translation>npr. okrivljeni nije doveden iz pritvora</translation>
        </message>
        <message>
            <source>Who was in court</source>
            <translation>Ko je bio na sudu</translation>
        </message>
        <message>
            <source>Protective &amp;measures applied</source>
            <translation>Primenjene &amp;mere zaštite</translation>
        </message>
        <message>
            <source>&amp;Outcome</source>
            <translation>&amp;Ishod</translation>
        </message>
        <message>
            <source>What happened: testimony given, evidence heard …</source>
            <translation>Šta se dogodilo: dati iskazi, izvedeni dokazi…</translation>
        </message>
        <message>
            <source>&amp;Next hearing</source>
            <translation>&amp;Sledeće ročište</translation>
        </message>
    </context>
    <context>
        <name>HistoryModel</name>
        <message>
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>Entry</source>
            <translation>Upis</translation>
        </message>
        <message>
            <source>Reason / what was done</source>
            <translation>Razlog / šta je urađeno</translation>
        </message>
        <message>
            <source>By</source>
            <translation>Upisao/la</translation>
        </message>
        <message>
            <source>Status: {0} ({1})</source>
            <translation>Status: {0} ({1})</translation>
        </message>
        <message>
            <source>Status: {0}</source>
            <translation>Status: {0}</translation>
        </message>
        <message>
            <source>Planned: {0}</source>
            <translation>Planirano: {0}</translation>
        </message>
        <message>
            <source> — due</source>
            <translation> — rok</translation>
        </message>
    </context>
    <context>
        <name>HotlineSection</name>
        <message>
            <source>Ca&amp;lls</source>
            <translation>Po&amp;zivi</translation>
        </message>
        <message>
            <source>Missing &amp;persons</source>
            <translation>&amp;Nestale osobe</translation>
        </message>
        <message>
            <source>Stat&amp;istics</source>
            <translation>Stat&amp;istika</translation>
        </message>
    </context>
    <context>
        <name>HotlineStatsModel</name>
        <message>
            <source>Total</source>
            <translation>Ukupno</translation>
        </message>
    </context>
    <context>
        <name>HotlineStatsPage</name>
        <message>
            <source>Anonymous counts of the calls to the SOS hotline, as reported to donors and monitoring bodies. A call counts in the month it was taken. No note, name, contact or case code appears here or in the export.</source>
            <translation>Anonimni zbirni podaci o pozivima SOS liniji, onakvi kakvi se dostavljaju donatorima i telima za praćenje. Poziv se računa u mesecu u kome je primljen. Nijedna beleška, ime, kontakt ni šifra slučaja ne pojavljuju se ovde ni u izvozu.</translation>
        </message>
        <message>
            <source>&amp;Show</source>
            <translation>&amp;Prikaži</translation>
        </message>
        <message>
            <source>&amp;Export as CSV…</source>
            <translation>&amp;Izvezi kao CSV…</translation>
        </message>
        <message>
            <source>{0}, per month</source>
            <translation>{0}, po mesecima</translation>
        </message>
        <message>
            <source>Every year</source>
            <translation>Sve godine</translation>
        </message>
        <message>
            <source>Counting the calls…</source>
            <translation>Broje se pozivi…</translation>
        </message>
        <message>
            <source>The calls could not be counted: {0}</source>
            <translation>Pozivi nisu mogli da se prebroje: {0}</translation>
        </message>
        <message numerus="yes">
            <source>%n call(s) counted.</source>
            <translation>
                <numerusform>Izbrojan je %n poziv.</numerusform>
                <numerusform>Izbrojana su %n poziva.</numerusform>
                <numerusform>Izbrojano je %n poziva.</numerusform>
            </translation>
        </message>
        <message>
            <source>every year</source>
            <translation>sve godine</translation>
        </message>
        <message>
            <source>Export the hotline statistics</source>
            <translation>Izvoz statistike SOS linije</translation>
        </message>
        <message>
            <source>The CSV file for {0} will be an ordinary, unencrypted file outside the vault. It holds counts only — no notes, names, contacts or case codes. The export is recorded in the audit trail. Export it?</source>
            <translation>CSV fajl za {0} biće običan, nešifrovan fajl van baze. U njemu su samo brojevi — bez beleški, imena, kontakata i šifara slučajeva. Izvoz se beleži u evidenciji aktivnosti. Izvesti ga?</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Izvezi</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Otkaži</translation>
        </message>
        <message>
            <source>Exported to {0}.</source>
            <translation>Izvezeno u {0}.</translation>
        </message>
    </context>
    <context>
        <name>InquiryDialog</name>
        <message>
            <source>Partner asked</source>
            <translation>Upit partneru</translation>
        </message>
        <message>
            <source>Answer</source>
            <translation>Odgovor</translation>
        </message>
        <message>
            <source>Partner</source>
            <translation>Partner</translation>
        </message>
        <message>
            <source>Asked on</source>
            <translation>Upit poslat</translation>
        </message>
        <message>
            <source>Answered on</source>
            <translation>Odgovoreno</translation>
        </message>
        <message>
            <source>What they said</source>
            <translation>Šta su rekli</translation>
        </message>
        <message>
            <source>What they said, without more than the search needs</source>
            <translation>Šta su rekli, ne više od onoga što je potrebno za potragu</translation>
        </message>
    </context>
    <context>
        <name>InquiryModel</name>
        <message>
            <source>Partner</source>
            <translation>Partner</translation>
        </message>
        <message>
            <source>Asked on</source>
            <translation>Upit poslat</translation>
        </message>
        <message>
            <source>Answer</source>
            <translation>Odgovor</translation>
        </message>
        <message>
            <source>Answered on</source>
            <translation>Odgovoreno</translation>
        </message>
        <message>
            <source>What they said</source>
            <translation>Šta su rekli</translation>
        </message>
    </context>
    <context>
        <name>JoinTeamDialog</name>
        <message>
            <source>The join file</source>
            <translation>Datoteka za pridruživanje</translation>
        </message>
        <message>
            <source>The office folder</source>
            <translation>Fascikla kancelarije</translation>
        </message>
        <message>
            <source>Choose the join file the administrator gave you.</source>
            <translation>Izaberite datoteku za pridruživanje koju vam je dao administrator.</translation>
        </message>
        <message>
            <source>Type the one-time passphrase the administrator read out.</source>
            <translation>Unesite jednokratnu lozinku koju je administrator pročitao.</translation>
        </message>
        <message>
            <source>Choose the office folder.</source>
            <translation>Izaberite fasciklu kancelarije.</translation>
        </message>
        <message>
            <source>Join a team</source>
            <translation>Pridruživanje timu</translation>
        </message>
        <message>
            <source>The administrator made a join file for this laptop's request and read you its one-time passphrase. Never accept the passphrase in the same message as the file.</source>
            <translation>Administrator je na osnovu zahteva ovog laptopa napravio datoteku za pridruživanje i pročitao vam njenu jednokratnu lozinku. Nikada ne prihvatajte lozinku u istoj poruci sa datotekom.</translation>
        </message>
        <message>
            <source>&amp;Join file</source>
            <translation>&amp;Datoteka za pridruživanje</translation>
        </message>
        <message>
            <source>C&amp;hoose…</source>
            <translation>&amp;Izaberi…</translation>
        </message>
        <message>
            <source>One-time &amp;passphrase</source>
            <translation>Jednokratna &amp;lozinka</translation>
        </message>
        <message>
            <source>Office &amp;folder</source>
            <translation>&amp;Fascikla kancelarije</translation>
        </message>
        <message>
            <source>Choo&amp;se…</source>
            <translation>Iza&amp;beri…</translation>
        </message>
    </context>
    <context>
        <name>LawyerDialog</name>
        <message>
            <source>Lawyer</source>
            <translation>Advokat</translation>
        </message>
        <message>
            <source>Add a lawyer</source>
            <translation>Dodaj advokata</translation>
        </message>
        <message>
            <source>Filings will say: “U {0}, dana …” and “advokat iz {1}”.</source>
            <translation>U podnescima će pisati: „U {0}, dana …“ i „advokat iz {1}“.</translation>
        </message>
        <message>
            <source>&amp;Name</source>
            <translation>&amp;Ime i prezime</translation>
        </message>
        <message>
            <source>&amp;Office address</source>
            <translation>&amp;Adresa kancelarije</translation>
        </message>
        <message>
            <source>&amp;Town</source>
            <translation>&amp;Mesto</translation>
        </message>
        <message>
            <source>Bar &amp;chamber</source>
            <translation>Advokatska &amp;komora</translation>
        </message>
        <message>
            <source>&amp;Bar registration number</source>
            <translation>&amp;Broj upisa u imenik advokata</translation>
        </message>
        <message>
            <source>Town after “U” (optional)</source>
            <translation>Mesto posle „U“ (neobavezno)</translation>
        </message>
        <message>
            <source>Town after “iz” (optional)</source>
            <translation>Mesto posle „iz“ (neobavezno)</translation>
        </message>
    </context>
    <context>
        <name>LinkCaseDialog</name>
        <message>
            <source>&amp;Link</source>
            <translation>&amp;Poveži</translation>
        </message>
        <message>
            <source>Case &amp;code</source>
            <translation>Šifra &amp;slučaja</translation>
        </message>
        <message>
            <source>e.g. AST-2026-0042</source>
            <translation>npr. AST-2026-0042</translation>
        </message>
    </context>
    <context>
        <name>MainMenus</name>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Poništi</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>P&amp;onovi</translation>
        </message>
        <message>
            <source>Cu&amp;t</source>
            <translation>&amp;Iseci</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation>&amp;Kopiraj</translation>
        </message>
        <message>
            <source>&amp;Paste</source>
            <translation>&amp;Nalepi</translation>
        </message>
        <message>
            <source>Select &amp;all</source>
            <translation>Izaberi s&amp;ve</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Izađi</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Uređivanje</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Prikaz</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>Po&amp;moć</translation>
        </message>
        <message>
            <source>&amp;About ASTRA Desktop…</source>
            <translation>&amp;O programu ASTRA Desktop…</translation>
        </message>
        <message>
            <source>About &amp;Qt…</source>
            <translation>O biblioteci &amp;Qt…</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Clients &amp;&amp; cases</source>
            <translation>Klijenti &amp;&amp; slučajevi</translation>
        </message>
        <message>
            <source>Appointments</source>
            <translation>Termini</translation>
        </message>
        <message>
            <source>Risk</source>
            <translation>Rizik</translation>
        </message>
        <message>
            <source>Documents</source>
            <translation>Dokumenti</translation>
        </message>
        <message>
            <source>Backups</source>
            <translation>Rezervne kopije</translation>
        </message>
        <message>
            <source>SOS hotline</source>
            <translation>SOS linija</translation>
        </message>
        <message>
            <source>Users &amp;&amp; settings</source>
            <translation>Korisnici &amp;&amp; podešavanja</translation>
        </message>
        <message>
            <source>Partners</source>
            <translation>Partneri</translation>
        </message>
        <message>
            <source>Statistics</source>
            <translation>Statistika</translation>
        </message>
        <message>
            <source>Signed in as {0} ({1}) · Ctrl+L locks · F12 hides and locks at once</source>
            <translation>Prijavljeni ste kao {0} ({1}) · Ctrl+L zaključava · F12 odmah skriva i zaključava</translation>
        </message>
        <message>
            <source>Office</source>
            <translation>Kancelarija</translation>
        </message>
        <message>
            <source>&amp;Vault</source>
            <translation>&amp;Baza</translation>
        </message>
        <message>
            <source>&amp;Lock now</source>
            <translation>&amp;Zaključaj odmah</translation>
        </message>
        <message>
            <source>&amp;Hide and lock</source>
            <translation>&amp;Sakrij i zaključaj</translation>
        </message>
        <message>
            <source>&amp;New client…</source>
            <translation>&amp;Novi klijent/kinja…</translation>
        </message>
        <message>
            <source>&amp;Find a client</source>
            <translation>&amp;Pronađi klijenta/kinju</translation>
        </message>
        <message>
            <source>S&amp;ync with the office now</source>
            <translation>Sin&amp;hronizuj sa kancelarijom sada</translation>
        </message>
    </context>
    <context>
        <name>MissingPage</name>
        <message>
            <source>Open searches</source>
            <translation>Otvorene potrage</translation>
        </message>
        <message>
            <source>All searches</source>
            <translation>Sve potrage</translation>
        </message>
        <message>
            <source>Only those I &amp;follow</source>
            <translation>Samo one koje &amp;pratim</translation>
        </message>
        <message>
            <source>Find: person, police report number, place</source>
            <translation>Pronađi: osoba, broj policijske prijave, mesto</translation>
        </message>
        <message>
            <source>Any outcome</source>
            <translation>Svaki ishod</translation>
        </message>
        <message>
            <source>Any partner asked</source>
            <translation>Bilo koji partner</translation>
        </message>
        <message>
            <source>&amp;New search…</source>
            <translation>No&amp;va potraga…</translation>
        </message>
        <message>
            <source>Choose a search in the list to see its history.</source>
            <translation>Izaberite potragu na spisku da vidite njen tok.</translation>
        </message>
        <message>
            <source>Missing-person searches</source>
            <translation>Potrage za nestalim osobama</translation>
        </message>
        <message numerus="yes">
            <source>%n search(es)</source>
            <translation>
                <numerusform>%n potraga</numerusform>
                <numerusform>%n potrage</numerusform>
                <numerusform>%n potraga</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n with an action due</source>
            <translation>
                <numerusform>%n sa radnjom kojoj je došao rok</numerusform>
                <numerusform>%n sa radnjom kojoj je došao rok</numerusform>
                <numerusform>%n sa radnjom kojoj je došao rok</numerusform>
            </translation>
        </message>
        <message>
            <source>Loading the searches…</source>
            <translation>Učitavaju se potrage…</translation>
        </message>
        <message>
            <source>The searches could not be read: {0}</source>
            <translation>Potrage nisu mogle da se učitaju: {0}</translation>
        </message>
    </context>
    <context>
        <name>MonitoredHearings</name>
        <message>
            <source>Day</source>
            <translation>Dan</translation>
        </message>
        <message>
            <source>Monitored trial (court · number)</source>
            <translation>Praćeno suđenje (sud · broj predmeta)</translation>
        </message>
        <message>
            <source>Hearing</source>
            <translation>Ročište</translation>
        </message>
        <message numerus="yes">
            <source>%n planned hearing(s) of monitored trials (no case of ours)</source>
            <translation>
                <numerusform>%n zakazano ročište u praćenim suđenjima (bez našeg slučaja)</numerusform>
                <numerusform>%n zakazana ročišta u praćenim suđenjima (bez našeg slučaja)</numerusform>
                <numerusform>%n zakazanih ročišta u praćenim suđenjima (bez našeg slučaja)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MonitoringModel</name>
        <message>
            <source>First-instance verdicts</source>
            <translation>Prvostepene presude</translation>
        </message>
        <message>
            <source>… in trials monitored without a client</source>
            <translation>… u suđenjima koja pratimo bez naše klijentkinje</translation>
        </message>
        <message>
            <source>Convictions</source>
            <translation>Osuđujuće presude</translation>
        </message>
        <message>
            <source>… for trafficking (Art. 388)</source>
            <translation>… za trgovinu ljudima (čl. 388)</translation>
        </message>
        <message>
            <source>… … under a lighter paragraph of Art. 388 than charged</source>
            <translation>… … po blažem stavu čl. 388 od optuženog</translation>
        </message>
        <message>
            <source>… for another offence, Art. 388 having been charged (re-qualified)</source>
            <translation>… za drugo krivično delo, a optuženo je po čl. 388 (prekvalifikacija)</translation>
        </message>
        <message>
            <source>… for another offence, Art. 388 never charged</source>
            <translation>… za drugo krivično delo, bez optužbe po čl. 388</translation>
        </message>
        <message>
            <source>… offence not recorded</source>
            <translation>… krivično delo nije upisano</translation>
        </message>
        <message>
            <source>Acquittals</source>
            <translation>Oslobađajuće presude</translation>
        </message>
        <message>
            <source>Charges rejected or proceedings discontinued</source>
            <translation>Optužba odbijena ili postupak obustavljen</translation>
        </message>
        <message>
            <source>Charges re-qualified from Art. 388</source>
            <translation>Optužbe prekvalifikovane sa čl. 388</translation>
        </message>
        <message>
            <source>Charges re-qualified to a lighter paragraph of Art. 388</source>
            <translation>Optužbe prekvalifikovane na blaži stav čl. 388</translation>
        </message>
        <message>
            <source>Plea agreements</source>
            <translation>Sporazumi o priznanju krivičnog dela</translation>
        </message>
        <message>
            <source>… the victim was told of it</source>
            <translation>… oštećeni/a je obavešten/a o sporazumu</translation>
        </message>
        <message>
            <source>Average sentence (months)</source>
            <translation>Prosečna kazna (u mesecima)</translation>
        </message>
        <message>
            <source>Property claims filed</source>
            <translation>Podneti imovinskopravni zahtevi</translation>
        </message>
        <message>
            <source>… decided in the criminal case</source>
            <translation>… odlučeno u krivičnom postupku</translation>
        </message>
        <message>
            <source>… granted in full or in part</source>
            <translation>… usvojeni u celini ili delimično</translation>
        </message>
        <message>
            <source>… sent to civil proceedings</source>
            <translation>… upućeni na parnicu</translation>
        </message>
        <message>
            <source>Compensation claimed (RSD)</source>
            <translation>Traženo na ime naknade štete (RSD)</translation>
        </message>
        <message>
            <source>Proceedings awarding compensation</source>
            <translation>Postupci u kojima je dosuđena naknada štete</translation>
        </message>
        <message>
            <source>Compensation awarded (RSD)</source>
            <translation>Dosuđena naknada (RSD)</translation>
        </message>
        <message>
            <source>Compensation actually paid (RSD)</source>
            <translation>Stvarno isplaćena naknada (RSD)</translation>
        </message>
        <message>
            <source>All years</source>
            <translation>Sve godine</translation>
        </message>
    </context>
    <context>
        <name>MonitoringPage</name>
        <message>
            <source>Anonymous figures from every court proceeding you can see and every monitored trial, counted in the year of the first-instance verdict — the numbers the organisation publishes from its court monitoring. No names or case codes appear here or in the export.</source>
            <translation>Anonimni podaci iz svih krivičnih postupaka koje vidite i svih suđenja koja pratimo, računati po godini prvostepene presude — brojke koje organizacija objavljuje iz praćenja suđenja. Ni ovde ni u izvozu nema imena ni šifara slučajeva.</translation>
        </message>
        <message>
            <source>&amp;Export as CSV…</source>
            <translation>&amp;Izvezi kao CSV…</translation>
        </message>
        <message>
            <source>F&amp;igures</source>
            <translation>Bro&amp;jke</translation>
        </message>
        <message>
            <source>Monitored tria&amp;ls</source>
            <translation>Praćena &amp;suđenja</translation>
        </message>
        <message>
            <source>Counting the figures…</source>
            <translation>Računaju se podaci…</translation>
        </message>
        <message>
            <source>The figures could not be counted: {0}</source>
            <translation>Podaci nisu mogli da se izračunaju: {0}</translation>
        </message>
        <message numerus="yes">
            <source>%n proceeding(s) with a verdict.</source>
            <translation>
                <numerusform>%n postupak sa presudom.</numerusform>
                <numerusform>%n postupka sa presudom.</numerusform>
                <numerusform>%n postupaka sa presudom.</numerusform>
            </translation>
        </message>
        <message>
            <source>Export the court-monitoring figures</source>
            <translation>Izvoz podataka iz praćenja suđenja</translation>
        </message>
        <message>
            <source>Writing {0}…</source>
            <translation>Upisuje se {0}…</translation>
        </message>
        <message>
            <source>Exported to {0}.</source>
            <translation>Izvezeno u {0}.</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Izvezi</translation>
        </message>
    </context>
    <context>
        <name>MonthModel</name>
        <message>
            <source>+{0} more</source>
            <translation>+ još {0}</translation>
        </message>
        <message numerus="yes">
            <source>… %n appointment(s) in all</source>
            <translation>
                <numerusform>… ukupno %n termin</numerusform>
                <numerusform>… ukupno %n termina</numerusform>
                <numerusform>… ukupno %n termina</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MonthView</name>
        <message>
            <source>Previous month</source>
            <translation>Prethodni mesec</translation>
        </message>
        <message>
            <source>Next month</source>
            <translation>Sledeći mesec</translation>
        </message>
        <message>
            <source>&amp;Today</source>
            <translation>&amp;Danas</translation>
        </message>
        <message>
            <source>Only &amp;mine</source>
            <translation>Samo &amp;moji</translation>
        </message>
        <message>
            <source>&amp;New appointment on this day…</source>
            <translation>&amp;Novi termin ovog dana…</translation>
        </message>
        <message>
            <source>Open the &amp;case file</source>
            <translation>Otvori dosije slučaj&amp;a</translation>
        </message>
        <message>
            <source>court hearing</source>
            <translation>ročište</translation>
        </message>
        <message>
            <source>police, prosecutor</source>
            <translation>policija, tužilaštvo</translation>
        </message>
        <message>
            <source>health</source>
            <translation>zdravlje</translation>
        </message>
        <message>
            <source>services, lawyer</source>
            <translation>službe, advokat</translation>
        </message>
        <message>
            <source>home visit</source>
            <translation>kućna poseta</translation>
        </message>
        <message>
            <source>✓ held  ✗ missed  ↷ postponed</source>
            <translation>✓ održano  ✗ propušteno  ↷ odloženo</translation>
        </message>
    </context>
    <context>
        <name>NewClientDialog</name>
        <message>
            <source>Case &amp;code</source>
            <translation>Šifra &amp;slučaja</translation>
        </message>
        <message>
            <source>leave empty for the next free code</source>
            <translation>ostavite prazno za sledeću slobodnu šifru</translation>
        </message>
        <message>
            <source>&amp;Exploitation</source>
            <translation>Oblik &amp;eksploatacije</translation>
        </message>
        <message>
            <source>New client and case</source>
            <translation>Novi klijent/kinja i slučaj</translation>
        </message>
    </context>
    <context>
        <name>NoOptions</name>
        <message>
            <source>This document takes nothing but the case.</source>
            <translation>Za ovaj dokument potreban je samo slučaj.</translation>
        </message>
    </context>
    <context>
        <name>NotesTab</name>
        <message>
            <source>Loading the contact log…</source>
            <translation>Učitavaju se beleške o kontaktima…</translation>
        </message>
        <message>
            <source>New note</source>
            <translation>Nova beleška</translation>
        </message>
        <message>
            <source>Editing the note of {0}</source>
            <translation>Izmena beleške od {0}</translation>
        </message>
        <message>
            <source>Enter the date of the contact.</source>
            <translation>Unesite datum kontakta.</translation>
        </message>
        <message>
            <source>Enter the time as HH:MM, e.g. 09:30.</source>
            <translation>Unesite vreme kao ČČ:MM, npr. 09:30.</translation>
        </message>
        <message>
            <source>Restored the note you were typing when the vault locked.</source>
            <translation>Vraćena je beleška koju ste kucali kada se baza zaključala.</translation>
        </message>
        <message>
            <source>&amp;When</source>
            <translation>&amp;Kada</translation>
        </message>
        <message>
            <source>&amp;Type</source>
            <translation>&amp;Vrsta</translation>
        </message>
        <message>
            <source>N&amp;ote</source>
            <translation>&amp;Beleška</translation>
        </message>
        <message>
            <source>What happened, what was agreed, what comes next…</source>
            <translation>Šta se dogodilo, šta je dogovoreno, šta sledi…</translation>
        </message>
        <message>
            <source>Ne&amp;w note</source>
            <translation>&amp;Nova beleška</translation>
        </message>
        <message>
            <source>&amp;Save note</source>
            <translation>&amp;Sačuvaj belešku</translation>
        </message>
    </context>
    <context>
        <name>OfficeConflictsDialog</name>
        <message>
            <source>Changed here and on another laptop</source>
            <translation>Izmenjeno ovde i na drugom laptopu</translation>
        </message>
        <message>
            <source>These records were changed on this laptop and on the laptop of {0} since they last synced (or deleted on one and changed on the other). Choose, for each, which version to keep; nothing of that laptop's file is applied until you do. The sync then runs again, and the other laptops receive your choice.</source>
            <translation>Ovi zapisi su od poslednje sinhronizacije izmenjeni i na ovom laptopu i na laptopu korisnika {0} (ili obrisani na jednom, a izmenjeni na drugom). Za svaki izaberite koju verziju zadržavate; dok to ne uradite, ništa iz datoteke tog laptopa se ne primenjuje. Sinhronizacija se zatim ponovo pokreće, a ostali laptopovi dobijaju vaš izbor.</translation>
        </message>
    </context>
    <context>
        <name>OfficePage</name>
        <message>
            <source>Not in a team yet. The join request is written; join with the join file the administrator makes from it.</source>
            <translation>Još nije u timu. Zahtev za pridruživanje je sačuvan; pridružite se datotekom za pridruživanje koju administrator napravi na osnovu njega.</translation>
        </message>
        <message>
            <source>Not in a team.</source>
            <translation>Nije u timu.</translation>
        </message>
        <message>
            <source>Not chosen yet.</source>
            <translation>Još nije izabrana.</translation>
        </message>
        <message>
            <source>administrator</source>
            <translation>administrator</translation>
        </message>
        <message>
            <source>member</source>
            <translation>član</translation>
        </message>
        <message>
            <source>{0} (this laptop)</source>
            <translation>{0} (ovaj laptop)</translation>
        </message>
        <message>
            <source>removed</source>
            <translation>uklonjen</translation>
        </message>
        <message>
            <source>in the team</source>
            <translation>u timu</translation>
        </message>
        <message>
            <source>never</source>
            <translation>nikad</translation>
        </message>
        <message>
            <source>Syncing starts once this laptop is in a team.</source>
            <translation>Sinhronizacija počinje kada ovaj laptop postane deo tima.</translation>
        </message>
        <message>
            <source>Choose the office folder to sync with.</source>
            <translation>Izaberite fasciklu kancelarije sa kojom se sinhronizuje.</translation>
        </message>
        <message>
            <source>Not synced yet in this session.</source>
            <translation>U ovoj sesiji još nije sinhronizovano.</translation>
        </message>
        <message>
            <source>It failed: {0}</source>
            <translation>Nije uspelo: {0}</translation>
        </message>
        <message>
            <source>Created the team {0}; this laptop is its administrator. Add the other laptops from their join requests.</source>
            <translation>Tim {0} je napravljen; ovaj laptop je njegov administrator. Dodajte ostale laptopove na osnovu njihovih zahteva za pridruživanje.</translation>
        </message>
        <message>
            <source>Save the join request</source>
            <translation>Sačuvaj zahtev za pridruživanje</translation>
        </message>
        <message>
            <source>Wrote the join request {0}. Give it to the administrator and read them this fingerprint aloud: {1}</source>
            <translation>Zahtev za pridruživanje je sačuvan u {0}. Predajte ga administratoru i naglas mu pročitajte ovaj kontrolni otisak: {1}</translation>
        </message>
        <message>
            <source>Joined the team {0}. Its shared cases arrive with the first sync.</source>
            <translation>Pridružili ste se timu {0}. Zajednički slučajevi stižu prvom sinhronizacijom.</translation>
        </message>
        <message>
            <source>Added the device of {0}'s join request; the other laptops learn of it at their next sync.</source>
            <translation>Uređaj iz zahteva {0} je dodat; ostali laptopovi saznaju za njega pri sledećoj sinhronizaciji.</translation>
        </message>
        <message>
            <source>Choose a device in the list first.</source>
            <translation>Prvo izaberite uređaj sa spiska.</translation>
        </message>
        <message>
            <source>Remove the device</source>
            <translation>Uklanjanje uređaja</translation>
        </message>
        <message>
            <source>Remove {0}'s laptop ({1}) from the team? A new team key is made and sent to the other laptops only: the removed laptop cannot read anything written from now on, and files it writes are refused. What it already has stays on it.</source>
            <translation>Ukloniti laptop korisnika {0} ({1}) iz tima? Pravi se novi ključ tima i šalje samo ostalim laptopovima: uklonjeni laptop ne može da pročita ništa što se odsad zapiše, a datoteke koje on zapiše biće odbijene. Ono što već ima ostaje na njemu.</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Ukloni</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Otkaži</translation>
        </message>
        <message>
            <source>Removed {0}'s laptop; the team key was renewed.</source>
            <translation>Laptop korisnika {0} je uklonjen; ključ tima je obnovljen.</translation>
        </message>
        <message>
            <source>The office folder</source>
            <translation>Fascikla kancelarije</translation>
        </message>
        <message>
            <source>The office folder is now {0}.</source>
            <translation>Fascikla kancelarije je sada {0}.</translation>
        </message>
        <message>
            <source>This laptop</source>
            <translation>Ovaj laptop</translation>
        </message>
        <message>
            <source>Team</source>
            <translation>Tim</translation>
        </message>
        <message>
            <source>Device</source>
            <translation>Uređaj</translation>
        </message>
        <message>
            <source>Fingerprint</source>
            <translation>Kontrolni otisak</translation>
        </message>
        <message>
            <source>Read these digits aloud to the administrator when this laptop asks to join; they check them against the join request.</source>
            <translation>Pročitajte ove cifre naglas administratoru kada ovaj laptop traži pridruživanje; on ih upoređuje sa zahtevom za pridruživanje.</translation>
        </message>
        <message>
            <source>Office folder</source>
            <translation>Fascikla kancelarije</translation>
        </message>
        <message>
            <source>The folder Syncthing (or a shared drive, or a USB stick) carries between the office's laptops</source>
            <translation>Fascikla koju Syncthing (ili deljeni disk, ili USB fleš) prenosi između laptopova kancelarije</translation>
        </message>
        <message>
            <source>C&amp;hoose…</source>
            <translation>&amp;Izaberi…</translation>
        </message>
        <message>
            <source>Sync</source>
            <translation>Sinhronizacija</translation>
        </message>
        <message>
            <source>S&amp;ync now</source>
            <translation>&amp;Sinhronizuj sada</translation>
        </message>
        <message>
            <source>Choose &amp;versions…</source>
            <translation>Izaberi &amp;verzije…</translation>
        </message>
        <message>
            <source>Devices of the team</source>
            <translation>Uređaji tima</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Zadužen/a</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Uloga</translation>
        </message>
        <message>
            <source>Last seen</source>
            <translation>Poslednji put viđena</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Stanje</translation>
        </message>
        <message>
            <source>Create a &amp;team…</source>
            <translation>Napravi &amp;tim…</translation>
        </message>
        <message>
            <source>A&amp;dd a device…</source>
            <translation>&amp;Dodaj uređaj…</translation>
        </message>
        <message>
            <source>&amp;Remove the device…</source>
            <translation>&amp;Ukloni uređaj…</translation>
        </message>
        <message>
            <source>As&amp;k to join a team…</source>
            <translation>&amp;Zatraži pridruživanje timu…</translation>
        </message>
        <message>
            <source>&amp;Join with a join file…</source>
            <translation>&amp;Pridruži se datotekom…</translation>
        </message>
    </context>
    <context>
        <name>OfficeSync</name>
        <message>
            <source>It failed: {0}</source>
            <translation>Nije uspelo: {0}</translation>
        </message>
        <message>
            <source>Office: syncing…</source>
            <translation>Kancelarija: sinhronizacija u toku…</translation>
        </message>
        <message>
            <source>Office: not synced. {0}</source>
            <translation>Kancelarija: nije sinhronizovano. {0}</translation>
        </message>
        <message>
            <source>Office: this laptop was removed from the team.</source>
            <translation>Kancelarija: ovaj laptop je uklonjen iz tima.</translation>
        </message>
        <message>
            <source>Office: synced at {0}</source>
            <translation>Kancelarija: sinhronizovano u {0}</translation>
        </message>
        <message numerus="yes">
            <source>%n file(s) applied</source>
            <translation>
                <numerusform>%n datoteka primenjena</numerusform>
                <numerusform>%n datoteke primenjene</numerusform>
                <numerusform>%n datoteka primenjeno</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n record(s) to choose</source>
            <translation>
                <numerusform>%n zapis čeka izbor</numerusform>
                <numerusform>%n zapisa čekaju izbor</numerusform>
                <numerusform>%n zapisa čeka izbor</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n file(s) refused</source>
            <translation>
                <numerusform>%n datoteka odbijena</numerusform>
                <numerusform>%n datoteke odbijene</numerusform>
                <numerusform>%n datoteka odbijeno</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n file(s) waiting</source>
            <translation>
                <numerusform>%n datoteka čeka</numerusform>
                <numerusform>%n datoteke čekaju</numerusform>
                <numerusform>%n datoteka čeka</numerusform>
            </translation>
        </message>
        <message>
            <source>Refused: {0}</source>
            <translation>Odbijeno: {0}</translation>
        </message>
        <message>
            <source>Waiting: file {0} from {1} has not arrived yet, or its key has not.</source>
            <translation>Čeka: datoteka {0} korisnika {1} još nije stigla, ili nije stigao njen ključ.</translation>
        </message>
        <message numerus="yes">
            <source>%n record(s) were changed here and on another laptop: choose which version to keep (Choose versions…). Nothing of those files is applied until then.</source>
            <translation>
                <numerusform>%n zapis je izmenjen i ovde i na drugom laptopu: izaberite koju verziju zadržavate (Izaberi verzije…). Do tada se ništa iz tih datoteka ne primenjuje.</numerusform>
                <numerusform>%n zapisa su izmenjena i ovde i na drugom laptopu: izaberite koju verziju zadržavate (Izaberi verzije…). Do tada se ništa iz tih datoteka ne primenjuje.</numerusform>
                <numerusform>%n zapisa je izmenjeno i ovde i na drugom laptopu: izaberite koju verziju zadržavate (Izaberi verzije…). Do tada se ništa iz tih datoteka ne primenjuje.</numerusform>
            </translation>
        </message>
        <message>
            <source>The administrator removed this laptop from the team: it no longer receives the office's changes and publishes nothing. What is in this vault stays.</source>
            <translation>Administrator je uklonio ovaj laptop iz tima: više ne prima izmene iz kancelarije i ništa ne objavljuje. Ono što je u ovom trezoru ostaje.</translation>
        </message>
    </context>
    <context>
        <name>OrganisationPage</name>
        <message>
            <source>Welcome to ASTRA Desktop</source>
            <translation>Dobro došli u ASTRA Desktop</translation>
        </message>
        <message>
            <source>This computer will keep case files in an encrypted vault. Nothing is sent anywhere; without a passphrase or the recovery key nobody can read it.</source>
            <translation>Ovaj računar će čuvati dosijee slučajeva u šifrovanoj bazi. Ništa se nikuda ne šalje; bez lozinke ili ključa za oporavak niko ne može da je pročita.</translation>
        </message>
        <message>
            <source>&amp;Organisation</source>
            <translation>&amp;Organizacija</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Jezik</translation>
        </message>
        <message>
            <source>Set up a &amp;new vault</source>
            <translation>Napravi &amp;novu šifrovanu bazu</translation>
        </message>
        <message>
            <source>&amp;Restore from a backup (this computer replaces one that was lost or broken)</source>
            <translation>&amp;Vrati iz rezervne kopije (ovaj računar zamenjuje izgubljeni ili pokvareni)</translation>
        </message>
    </context>
    <context>
        <name>PartnerDialog</name>
        <message>
            <source>Add a partner</source>
            <translation>Novi partner</translation>
        </message>
        <message>
            <source>Partner</source>
            <translation>Partner</translation>
        </message>
        <message>
            <source>Only an administrator makes a partner inactive.</source>
            <translation>Partnera može da deaktivira samo administrator.</translation>
        </message>
        <message>
            <source>Loading the partner…</source>
            <translation>Učitavaju se podaci o partneru…</translation>
        </message>
        <message>
            <source>&amp;Name</source>
            <translation>&amp;Naziv</translation>
        </message>
        <message>
            <source>e.g. Centar za socijalni rad Novi Sad</source>
            <translation>npr. Centar za socijalni rad Novi Sad</translation>
        </message>
        <message>
            <source>&amp;Kind</source>
            <translation>&amp;Vrsta</translation>
        </message>
        <message>
            <source>&amp;Town</source>
            <translation>&amp;Mesto</translation>
        </message>
        <message>
            <source>e.g. Belgrade</source>
            <translation>npr. Beograd</translation>
        </message>
        <message>
            <source>Countr&amp;y</source>
            <translation>&amp;Država</translation>
        </message>
        <message>
            <source>e.g. Serbia</source>
            <translation>npr. Srbija</translation>
        </message>
        <message>
            <source>&amp;Contact person</source>
            <translation>&amp;Kontakt osoba</translation>
        </message>
        <message>
            <source>a person or a duty service</source>
            <translation>osoba ili dežurna služba</translation>
        </message>
        <message>
            <source>&amp;Phone</source>
            <translation>&amp;Telefon</translation>
        </message>
        <message>
            <source>&amp;E-mail</source>
            <translation>&amp;E-pošta</translation>
        </message>
        <message>
            <source>Pro&amp;vides</source>
            <translation>&amp;Pruža</translation>
        </message>
        <message>
            <source>N&amp;otes</source>
            <translation>N&amp;apomene</translation>
        </message>
        <message>
            <source>How to refer, opening hours, what to bring</source>
            <translation>Kako uputiti, radno vreme, šta poneti</translation>
        </message>
        <message>
            <source>Active: offered when a referral is recorded</source>
            <translation>Aktivan: nudi se pri upisu upućivanja</translation>
        </message>
    </context>
    <context>
        <name>PartnersPage</name>
        <message>
            <source>Every kind</source>
            <translation>Sve vrste</translation>
        </message>
        <message>
            <source>Providing anything</source>
            <translation>Sve usluge</translation>
        </message>
        <message>
            <source>Active partners</source>
            <translation>Aktivni partneri</translation>
        </message>
        <message>
            <source>Inactive partners</source>
            <translation>Neaktivni partneri</translation>
        </message>
        <message>
            <source>Active and inactive</source>
            <translation>Aktivni i neaktivni</translation>
        </message>
        <message>
            <source>Only an administrator makes a partner inactive or active again.</source>
            <translation>Samo administrator može da deaktivira partnera ili da ga ponovo aktivira.</translation>
        </message>
        <message numerus="yes">
            <source>%n partner(s)</source>
            <translation>
                <numerusform>%n partner</numerusform>
                <numerusform>%n partnera</numerusform>
                <numerusform>%n partnera</numerusform>
            </translation>
        </message>
        <message>
            <source>Loading the partners…</source>
            <translation>Učitavaju se partneri…</translation>
        </message>
        <message>
            <source>The partners could not be read: {0}</source>
            <translation>Partneri nisu mogli da se učitaju: {0}</translation>
        </message>
        <message>
            <source>Every town</source>
            <translation>Sva mesta</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Aktivan</translation>
        </message>
        <message>
            <source>Inactive</source>
            <translation>Neaktivan</translation>
        </message>
        <message>
            <source>Make the partner inactive?</source>
            <translation>Deaktivirati partnera?</translation>
        </message>
        <message>
            <source>{0} will no longer be offered for new referrals. Records that already name it keep it, and it can be made active again.</source>
            <translation>{0} se više neće nuditi pri novim upućivanjima. Zapisi u kojima se već navodi ostaju kakvi jesu, a partner se može ponovo aktivirati.</translation>
        </message>
        <message>
            <source>Make inactive</source>
            <translation>Deaktiviraj</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Otkaži</translation>
        </message>
        <message>
            <source>Partners</source>
            <translation>Partneri</translation>
        </message>
        <message>
            <source>Search names, towns, contacts, notes</source>
            <translation>Pretraga po nazivu, mestu, kontaktu, napomenama</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Naziv</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Vrsta</translation>
        </message>
        <message>
            <source>Town</source>
            <translation>Mesto</translation>
        </message>
        <message>
            <source>Provides</source>
            <translation>Pruža</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>Kontakt</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Referrals</source>
            <translation>Upućivanja</translation>
        </message>
        <message>
            <source>Referrals in case files that name this partner</source>
            <translation>Upućivanja u dosijeima slučajeva koja navode ovog partnera</translation>
        </message>
        <message>
            <source>Inquiries</source>
            <translation>Upiti</translation>
        </message>
        <message>
            <source>Missing-person searches this partner was asked about</source>
            <translation>Potrage za nestalim osobama o kojima je ovom partneru upućen upit</translation>
        </message>
        <message>
            <source>Hotline</source>
            <translation>SOS linija</translation>
        </message>
        <message>
            <source>Hotline callers referred to this partner</source>
            <translation>Pozivaoci SOS linije upućeni ovom partneru</translation>
        </message>
        <message>
            <source>&amp;Add a partner…</source>
            <translation>&amp;Dodaj partnera…</translation>
        </message>
        <message>
            <source>&amp;Open…</source>
            <translation>&amp;Otvori…</translation>
        </message>
        <message>
            <source>Make &amp;inactive</source>
            <translation>Deakt&amp;iviraj</translation>
        </message>
        <message>
            <source>Make a&amp;ctive again</source>
            <translation>Ponovo &amp;aktiviraj</translation>
        </message>
    </context>
    <context>
        <name>PassphraseDialog</name>
        <message>
            <source>The two new passphrases differ.</source>
            <translation>Nove lozinke se ne poklapaju.</translation>
        </message>
        <message>
            <source>Choose a stronger passphrase: several unrelated words.</source>
            <translation>Izaberite jaču lozinku: nekoliko nepovezanih reči.</translation>
        </message>
        <message>
            <source>&amp;Current passphrase</source>
            <translation>&amp;Trenutna lozinka</translation>
        </message>
        <message>
            <source>&amp;New passphrase</source>
            <translation>&amp;Nova lozinka</translation>
        </message>
        <message>
            <source>&amp;Repeat it</source>
            <translation>&amp;Ponovite je</translation>
        </message>
    </context>
    <context>
        <name>PassphraseField</name>
        <message>
            <source>Very weak</source>
            <translation>Veoma slaba</translation>
        </message>
        <message>
            <source>Weak</source>
            <translation>Slaba</translation>
        </message>
        <message>
            <source>Fair</source>
            <translation>Osrednja</translation>
        </message>
        <message>
            <source>Strong</source>
            <translation>Jaka</translation>
        </message>
        <message>
            <source>Very strong</source>
            <translation>Veoma jaka</translation>
        </message>
        <message>
            <source>Use several unrelated words, at least 10 characters.</source>
            <translation>Koristite nekoliko nepovezanih reči, najmanje 10 znakova.</translation>
        </message>
        <message>
            <source>{0} — would take {1} to guess. {2}</source>
            <translation>{0} — za pogađanje bi trebalo {1}. {2}</translation>
        </message>
    </context>
    <context>
        <name>PowersDialog</name>
        <message>
            <source>Loading the powers of attorney…</source>
            <translation>Učitavaju se punomoćja…</translation>
        </message>
        <message>
            <source>Enter the date of the power of attorney.</source>
            <translation>Upišite datum punomoćja.</translation>
        </message>
        <message>
            <source>Remove the power of attorney?</source>
            <translation>Ukloniti punomoćje?</translation>
        </message>
        <message>
            <source>Remove the power of attorney given to {0} on {1}?</source>
            <translation>Ukloniti punomoćje od {1} (advokat: {0})?</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Ukloni</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Otkaži</translation>
        </message>
        <message>
            <source>Powers of attorney</source>
            <translation>Punomoćja</translation>
        </message>
        <message>
            <source>Lawyer</source>
            <translation>Advokat</translation>
        </message>
        <message>
            <source>Given on</source>
            <translation>Dato dana</translation>
        </message>
        <message>
            <source>Scope</source>
            <translation>Obim ovlašćenja</translation>
        </message>
        <message>
            <source>&amp;Remove</source>
            <translation>&amp;Ukloni</translation>
        </message>
        <message>
            <source>New power of attorney</source>
            <translation>Novo punomoćje</translation>
        </message>
        <message>
            <source>&amp;Lawyer</source>
            <translation>&amp;Advokat</translation>
        </message>
        <message>
            <source>&amp;Given on</source>
            <translation>&amp;Dato dana</translation>
        </message>
        <message>
            <source>&amp;Scope</source>
            <translation>O&amp;bim ovlašćenja</translation>
        </message>
        <message>
            <source>e.g. zastupanje oštećene u krivičnom postupku i podnošenje imovinskopravnog zahteva</source>
            <translation>npr. zastupanje oštećene u krivičnom postupku i podnošenje imovinskopravnog zahteva</translation>
        </message>
        <message>
            <source>&amp;Add</source>
            <translation>Dodaj &amp;punomoćje</translation>
        </message>
        <message>
            <source>No lawyers are recorded yet. An administrator adds them under Users &amp; settings → Organisation and lawyers.</source>
            <translation>Još nije upisan nijedan advokat. Administrator ih dodaje u delu Korisnici i podešavanja → Organizacija i advokati.</translation>
        </message>
    </context>
    <context>
        <name>ProceedingForm</name>
        <message>
            <source>Plea agreement made on</source>
            <translation>Sporazum zaključen dana</translation>
        </message>
        <message>
            <source>Terms of the plea agreement</source>
            <translation>Uslovi sporazuma</translation>
        </message>
        <message>
            <source>what was admitted, the sentence agreed, the claim</source>
            <translation>šta je priznato, dogovorena kazna, imovinskopravni zahtev</translation>
        </message>
        <message>
            <source>&amp;Court</source>
            <translation>&amp;Sud</translation>
        </message>
        <message>
            <source>Court case &amp;number</source>
            <translation>&amp;Broj sudskog predmeta</translation>
        </message>
        <message>
            <source>Prosecution case number</source>
            <translation>Broj predmeta tužilaštva</translation>
        </message>
        <message>
            <source>&amp;Judge</source>
            <translation>Su&amp;dija</translation>
        </message>
        <message>
            <source>Prosecutor's &amp;office</source>
            <translation>&amp;Javno tužilaštvo</translation>
        </message>
        <message>
            <source>S&amp;tage</source>
            <translation>&amp;Faza postupka</translation>
        </message>
        <message>
            <source>Appellate court</source>
            <translation>Apelacioni sud</translation>
        </message>
        <message>
            <source>Appellate case number</source>
            <translation>Broj predmeta apelacionog suda</translation>
        </message>
        <message>
            <source>The court calls the client</source>
            <translation>Sud klijenta/kinju označava kao</translation>
        </message>
        <message>
            <source>initials, or a protected witness's pseudonym</source>
            <translation>inicijali ili pseudonim zaštićenog svedoka</translation>
        </message>
        <message>
            <source>Proceedings opened</source>
            <translation>Postupak pokrenut</translation>
        </message>
        <message>
            <source>Client's procedural &amp;roles</source>
            <translation>Procesne &amp;uloge klijenta/kinje</translation>
        </message>
        <message>
            <source>Particularly &amp;vulnerable witness</source>
            <translation>Posebno osetljiv s&amp;vedok</translation>
        </message>
        <message>
            <source>Protective measures &amp;ordered</source>
            <translation>Određene &amp;mere zaštite</translation>
        </message>
        <message>
            <source>Property claim &amp;filed on</source>
            <translation>&amp;Imovinskopravni zahtev podnet dana</translation>
        </message>
        <message>
            <source>Property claim decided</source>
            <translation>Odluka o imovinskopravnom zahtevu</translation>
        </message>
        <message>
            <source>V&amp;erdict</source>
            <translation>P&amp;resuda</translation>
        </message>
        <message>
            <source>Verdict date</source>
            <translation>Datum presude</translation>
        </message>
        <message>
            <source>Written judgment served on</source>
            <translation>Prepis presude dostavljen</translation>
        </message>
        <message>
            <source>First-instance trial ended</source>
            <translation>Prvostepeni postupak okončan</translation>
        </message>
        <message>
            <source>Convicted under article</source>
            <translation>Osuđen/a po članu</translation>
        </message>
        <message>
            <source>… paragraph</source>
            <translation>… stav</translation>
        </message>
        <message>
            <source>Offence convicted of</source>
            <translation>Krivično delo za koje je izrečena osuda</translation>
        </message>
        <message>
            <source>Sentence (months)</source>
            <translation>Kazna (u mesecima)</translation>
        </message>
        <message>
            <source>Sentence as pronounced</source>
            <translation>Izrečena kazna (kao u presudi)</translation>
        </message>
        <message>
            <source>e.g. prison for 3 years and 6 months; fine</source>
            <translation>npr. kazna zatvora u trajanju od 3 godine i 6 meseci; novčana kazna</translation>
        </message>
        <message>
            <source>Appeal lodged by</source>
            <translation>Ko je izjavio žalbu</translation>
        </message>
        <message>
            <source>Compensation claimed (RSD)</source>
            <translation>Traženo na ime naknade štete (RSD)</translation>
        </message>
        <message>
            <source>Compensation awarded (RSD)</source>
            <translation>Dosuđena naknada (RSD)</translation>
        </message>
        <message>
            <source>Compensation paid (RSD)</source>
            <translation>Isplaćena naknada (RSD)</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Napomene</translation>
        </message>
        <message>
            <source>A &amp;plea agreement was made</source>
            <translation>&amp;Zaključen je sporazum o priznanju krivičnog dela</translation>
        </message>
        <message>
            <source>The client was &amp;told of the plea agreement</source>
            <translation>Klijent/kinja je &amp;obavešten/a o sporazumu</translation>
        </message>
        <message>
            <source>&amp;Save proceeding</source>
            <translation>Sačuvaj &amp;postupak</translation>
        </message>
    </context>
    <context>
        <name>ProceedingsTab</name>
        <message>
            <source>Loading the court proceedings…</source>
            <translation>Učitavaju se sudski postupci…</translation>
        </message>
        <message>
            <source>the client {0}</source>
            <translation>klijent/kinja {0}</translation>
        </message>
        <message>
            <source>(summoned {0}, testified {1})</source>
            <translation>(pozvan/a {0}, svedočio/la {1})</translation>
        </message>
        <message>
            <source>{0} outcome(s) to record</source>
            <translation>ishod za evidentiranje: {0}</translation>
        </message>
        <message>
            <source>Hearings: {0} held · {1} postponed · {2} ahead{4}      Came to court: {3}</source>
            <translation>Ročišta: održano {0} · odloženo {1} · predstoji {2}{4}      Došao/la na sud: {3}</translation>
        </message>
        <message>
            <source>Postponed by: {0}</source>
            <translation>Odloženo zbog: {0}</translation>
        </message>
        <message>
            <source>present</source>
            <translation>prisutan/na</translation>
        </message>
        <message>
            <source>absent</source>
            <translation>odsutan/na</translation>
        </message>
        <message>
            <source>re-qualified from Art. {0}</source>
            <translation>prekvalifikovano sa čl. {0}</translation>
        </message>
        <message>
            <source>replaced on {0} by Art. {1}</source>
            <translation>dana {0} zamenjeno čl. {1}</translation>
        </message>
        <message>
            <source>Court</source>
            <translation>Sud</translation>
        </message>
        <message>
            <source>Court hearing</source>
            <translation>Ročište</translation>
        </message>
        <message>
            <source>Defendant</source>
            <translation>Okrivljeni</translation>
        </message>
        <message>
            <source>Re-qualify</source>
            <translation>Prekvalifikuj</translation>
        </message>
        <message>
            <source>Choose the charge to re-qualify.</source>
            <translation>Izaberite krivično delo koje se prekvalifikuje.</translation>
        </message>
        <message>
            <source>Proceeding</source>
            <translation>Postupak</translation>
        </message>
        <message>
            <source>Powers of &amp;attorney…</source>
            <translation>Puno&amp;moćja…</translation>
        </message>
        <message>
            <source>Which lawyer the client authorised for these proceedings, when and for what</source>
            <translation>Kog advokata je klijent/kinja ovlastio/la za ovaj postupak, kada i za šta</translation>
        </message>
        <message>
            <source>Co&amp;mpensation claim…</source>
            <translation>Odštetni &amp;zahtev…</translation>
        </message>
        <message>
            <source>Heads of damage, amounts, interest, evidence and costs: the property claim and the civil suit are made from them</source>
            <translation>Vrste štete, iznosi, kamata, dokazi i troškovi: od njih se prave imovinskopravni zahtev i tužba radi naknade štete</translation>
        </message>
        <message>
            <source>New &amp;proceeding</source>
            <translation>Novi &amp;postupak</translation>
        </message>
        <message>
            <source>No court proceedings are recorded for this case. Add one when charges are brought or the client is called as a witness.</source>
            <translation>Za ovaj slučaj nije upisan nijedan sudski postupak. Dodajte ga kada se podigne optužnica ili kada klijent/kinja bude pozvan/a kao svedok.</translation>
        </message>
        <message>
            <source>&amp;Hearings and parties</source>
            <translation>&amp;Ročišta i stranke</translation>
        </message>
        <message>
            <source>Hearings</source>
            <translation>Ročišta</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>Hearing</source>
            <translation>Ročište</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Client</source>
            <translation>Klijent/kinja</translation>
        </message>
        <message>
            <source>Defendants present</source>
            <translation>Prisutni okrivljeni</translation>
        </message>
        <message>
            <source>Postponed because</source>
            <translation>Razlog odlaganja</translation>
        </message>
        <message>
            <source>&amp;Schedule a hearing…</source>
            <translation>&amp;Zakaži ročište…</translation>
        </message>
        <message>
            <source>Record the &amp;outcome…</source>
            <translation>Upiši &amp;ishod…</translation>
        </message>
        <message>
            <source>Court hearings in the agenda not yet linked to proceedings:</source>
            <translation>Ročišta među terminima koja još nisu povezana sa postupkom:</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>Mesto</translation>
        </message>
        <message>
            <source>&amp;Link to these proceedings</source>
            <translation>&amp;Poveži sa ovim postupkom</translation>
        </message>
        <message>
            <source>Defendants</source>
            <translation>Okrivljeni</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Uloga</translation>
        </message>
        <message>
            <source>Came to court</source>
            <translation>Došao/la na sud</translation>
        </message>
        <message>
            <source>Name or initials</source>
            <translation>Ime ili inicijali</translation>
        </message>
        <message>
            <source>Add &amp;defendant</source>
            <translation>Dodaj &amp;okrivljenog</translation>
        </message>
        <message>
            <source>Charges and re-qualifications</source>
            <translation>Krivična dela i prekvalifikacije</translation>
        </message>
        <message>
            <source>Since</source>
            <translation>Od</translation>
        </message>
        <message>
            <source>Article</source>
            <translation>Član</translation>
        </message>
        <message>
            <source>Offence</source>
            <translation>Krivično delo</translation>
        </message>
        <message>
            <source>History</source>
            <translation>Istorija</translation>
        </message>
        <message>
            <source>Add a c&amp;harge…</source>
            <translation>Dodaj krivično &amp;delo…</translation>
        </message>
        <message>
            <source>Re-&amp;qualify…</source>
            <translation>Pre&amp;kvalifikuj…</translation>
        </message>
        <message>
            <source>Details and &amp;outcome</source>
            <translation>Podaci i &amp;ishod</translation>
        </message>
    </context>
    <context>
        <name>ProfilesDialog</name>
        <message>
            <source>Document &amp;templates…</source>
            <translation>Šabloni &amp;dokumenata…</translation>
        </message>
        <message>
            <source>Loading the organisation and its lawyers…</source>
            <translation>Učitavaju se podaci o organizaciji i advokatima…</translation>
        </message>
        <message>
            <source>Remove the lawyer?</source>
            <translation>Ukloniti advokata?</translation>
        </message>
        <message>
            <source>Remove {0} from the lawyers? Powers of attorney already recorded keep the name.</source>
            <translation>Ukloniti sa spiska advokata: {0}? Već upisana punomoćja zadržavaju ime.</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Ukloni</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Otkaži</translation>
        </message>
        <message>
            <source>Lawyers</source>
            <translation>Advokati</translation>
        </message>
        <message>
            <source>The letterhead is saved.</source>
            <translation>Zaglavlje je sačuvano.</translation>
        </message>
        <message>
            <source>Organisation and lawyers</source>
            <translation>Organizacija i advokati</translation>
        </message>
        <message>
            <source>Letterhead of the organisation's documents</source>
            <translation>Zaglavlje dokumenata organizacije</translation>
        </message>
        <message>
            <source>&amp;Name</source>
            <translation>&amp;Naziv</translation>
        </message>
        <message>
            <source>&amp;Address</source>
            <translation>&amp;Adresa</translation>
        </message>
        <message>
            <source>&amp;Town</source>
            <translation>&amp;Mesto</translation>
        </message>
        <message>
            <source>&amp;Registration number (matični broj)</source>
            <translation>Ma&amp;tični broj</translation>
        </message>
        <message>
            <source>Ta&amp;x number (PIB)</source>
            <translation>&amp;PIB</translation>
        </message>
        <message>
            <source>Lawyers who sign filings</source>
            <translation>Advokati koji potpisuju podneske</translation>
        </message>
        <message>
            <source>Lawyer</source>
            <translation>Advokat</translation>
        </message>
        <message>
            <source>Office</source>
            <translation>Kancelarija</translation>
        </message>
        <message>
            <source>Bar chamber and number</source>
            <translation>Advokatska komora i broj upisa</translation>
        </message>
        <message>
            <source>Add a &amp;lawyer…</source>
            <translation>Dodaj a&amp;dvokata…</translation>
        </message>
        <message>
            <source>&amp;Edit…</source>
            <translation>&amp;Izmeni…</translation>
        </message>
        <message>
            <source>Re&amp;move</source>
            <translation>&amp;Ukloni</translation>
        </message>
    </context>
    <context>
        <name>QPlatformTheme</name>
        <message>
            <source>OK</source>
            <translation>U redu</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Sačuvaj</translation>
        </message>
        <message>
            <source>Save All</source>
            <translation>Sačuvaj sve</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Otvori</translation>
        </message>
        <message>
            <source>&amp;Yes</source>
            <translation>&amp;Da</translation>
        </message>
        <message>
            <source>Yes to &amp;All</source>
            <translation>Da za &amp;sve</translation>
        </message>
        <message>
            <source>&amp;No</source>
            <translation>&amp;Ne</translation>
        </message>
        <message>
            <source>N&amp;o to All</source>
            <translation>N&amp;e za sve</translation>
        </message>
        <message>
            <source>Abort</source>
            <translation>Prekini</translation>
        </message>
        <message>
            <source>Retry</source>
            <translation>Pokušaj ponovo</translation>
        </message>
        <message>
            <source>Ignore</source>
            <translation>Zanemari</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Zatvori</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Otkaži</translation>
        </message>
        <message>
            <source>Discard</source>
            <translation>Odbaci</translation>
        </message>
        <message>
            <source>Help</source>
            <translation>Pomoć</translation>
        </message>
        <message>
            <source>Apply</source>
            <translation>Primeni</translation>
        </message>
        <message>
            <source>Reset</source>
            <translation>Poništi</translation>
        </message>
        <message>
            <source>Restore Defaults</source>
            <translation>Vrati podrazumevano</translation>
        </message>
        <message>
            <source>Don't Save</source>
            <translation>Ne čuvaj</translation>
        </message>
    </context>
    <context>
        <name>QWizard</name>
        <message>
            <source>&lt; &amp;Back</source>
            <translation>&lt; &amp;Nazad</translation>
        </message>
        <message>
            <source>&amp;Next &gt;</source>
            <translation>&amp;Dalje &gt;</translation>
        </message>
        <message>
            <source>&amp;Finish</source>
            <translation>&amp;Završi</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Otkaži</translation>
        </message>
        <message>
            <source>&amp;Next</source>
            <translation>&amp;Dalje</translation>
        </message>
        <message>
            <source>Go Back</source>
            <translation>Nazad</translation>
        </message>
        <message>
            <source>Continue</source>
            <translation>Nastavi</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Gotovo</translation>
        </message>
    </context>
    <context>
        <name>RecordForm</name>
        <message>
            <source>{0}: enter a whole number.</source>
            <translation>{0}: unesite ceo broj.</translation>
        </message>
    </context>
    <context>
        <name>RecordKind</name>
        <message>
            <source>client</source>
            <translation>klijent/kinja</translation>
        </message>
        <message>
            <source>case</source>
            <translation>slučaj</translation>
        </message>
        <message>
            <source>contact note</source>
            <translation>beleška o kontaktu</translation>
        </message>
        <message>
            <source>service</source>
            <translation>usluga</translation>
        </message>
        <message>
            <source>referral</source>
            <translation>upućivanje</translation>
        </message>
        <message>
            <source>consent</source>
            <translation>saglasnost</translation>
        </message>
        <message>
            <source>document</source>
            <translation>dokument</translation>
        </message>
        <message>
            <source>appointment</source>
            <translation>termin</translation>
        </message>
        <message>
            <source>court proceeding</source>
            <translation>sudski postupak</translation>
        </message>
        <message>
            <source>hearing</source>
            <translation>ročište</translation>
        </message>
        <message>
            <source>risk assessment</source>
            <translation>procena rizika</translation>
        </message>
        <message>
            <source>safety plan action</source>
            <translation>mera iz plana bezbednosti</translation>
        </message>
        <message>
            <source>related person</source>
            <translation>povezana osoba</translation>
        </message>
        <message>
            <source>hotline call</source>
            <translation>poziv SOS liniji</translation>
        </message>
        <message>
            <source>missing-person search</source>
            <translation>potraga za nestalom osobom</translation>
        </message>
        <message>
            <source>missing-person inquiry</source>
            <translation>upit o nestaloj osobi</translation>
        </message>
        <message>
            <source>missing-person search action</source>
            <translation>radnja u potrazi za nestalom osobom</translation>
        </message>
        <message>
            <source>missing-person search status change</source>
            <translation>promena statusa potrage za nestalom osobom</translation>
        </message>
        <message>
            <source>claim</source>
            <translation>imovinskopravni zahtev</translation>
        </message>
        <message>
            <source>defendant</source>
            <translation>okrivljeni</translation>
        </message>
        <message>
            <source>charge</source>
            <translation>tačka optužbe</translation>
        </message>
        <message>
            <source>hearing attendance</source>
            <translation>prisustvo na ročištu</translation>
        </message>
        <message>
            <source>risk event</source>
            <translation>događaj u vezi sa rizikom</translation>
        </message>
        <message>
            <source>partner</source>
            <translation>partnerska organizacija</translation>
        </message>
    </context>
    <context>
        <name>RecoveryPage</name>
        <message>
            <source>emergency sheet</source>
            <translation>list za hitne slučajeve</translation>
        </message>
        <message>
            <source>Recovery key of the vault of</source>
            <translation>Ključ za oporavak baze organizacije</translation>
        </message>
        <message>
            <source>Anyone holding this key can open the vault. Keep it in a locked place, away from the computer. Use it only if every passphrase is lost: tick “Use the recovery key instead” on the unlock window.</source>
            <translation>Ko god ima ovaj ključ, može da otvori bazu. Čuvajte ga pod ključem, daleko od računara. Koristite ga samo ako su sve lozinke izgubljene: na prozoru za otključavanje označite „Umesto lozinke koristi ključ za oporavak“.</translation>
        </message>
        <message>
            <source>Your recovery key — the emergency sheet</source>
            <translation>Vaš ključ za oporavak — list za hitne slučajeve</translation>
        </message>
        <message>
            <source>If every passphrase is forgotten, this key is the only way into the vault. Print it or write it down now, and keep it locked away from this computer. It is shown only this once.</source>
            <translation>Ako se zaborave sve lozinke, ovaj ključ je jedini put do baze. Odštampajte ga ili ga prepišite sada, i čuvajte ga pod ključem, daleko od ovog računara. Prikazuje se samo ovaj put.</translation>
        </message>
        <message>
            <source>&amp;Print the emergency sheet…</source>
            <translation>&amp;Odštampaj list za hitne slučajeve…</translation>
        </message>
        <message>
            <source>I have printed or written down the recovery key.</source>
            <translation>Odštampao/la sam ili prepisao/la ključ za oporavak.</translation>
        </message>
    </context>
    <context>
        <name>RegisterClientDialog</name>
        <message>
            <source>Case &amp;code</source>
            <translation>Šifra &amp;slučaja</translation>
        </message>
        <message>
            <source>leave empty for the next free code</source>
            <translation>ostavite prazno za sledeću slobodnu šifru</translation>
        </message>
        <message>
            <source>&amp;Exploitation</source>
            <translation>Oblik &amp;eksploatacije</translation>
        </message>
        <message>
            <source>Re&amp;ferred by</source>
            <translation>&amp;Uputio/la</translation>
        </message>
        <message>
            <source>SOS hotline</source>
            <translation>SOS linija</translation>
        </message>
    </context>
    <context>
        <name>RelatedPersonsTab</name>
        <message>
            <source>&amp;Name</source>
            <translation>&amp;Ime i prezime</translation>
        </message>
        <message>
            <source>&amp;Relation</source>
            <translation>Srodstvo / &amp;veza</translation>
        </message>
        <message>
            <source>Ris&amp;k</source>
            <translation>&amp;Rizik</translation>
        </message>
        <message>
            <source>This person is a danger to the client</source>
            <translation>Ova osoba predstavlja opasnost za klijenta/kinju</translation>
        </message>
        <message>
            <source>C&amp;ontact</source>
            <translation>K&amp;ontakt</translation>
        </message>
        <message>
            <source>A&amp;ddress</source>
            <translation>&amp;Adresa</translation>
        </message>
        <message>
            <source>No&amp;tes</source>
            <translation>Napom&amp;ene</translation>
        </message>
        <message>
            <source>Loading the related persons…</source>
            <translation>Učitavaju se povezana lica…</translation>
        </message>
        <message>
            <source>yes — a risk</source>
            <translation>da — rizik</translation>
        </message>
        <message>
            <source>&amp;Add</source>
            <translation>&amp;Dodaj</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Sačuvaj</translation>
        </message>
        <message>
            <source>Only an administrator can remove.</source>
            <translation>Samo administrator može da ukloni.</translation>
        </message>
        <message>
            <source>Remove related person?</source>
            <translation>Ukloniti povezano lice?</translation>
        </message>
        <message>
            <source>Remove {0} from the client's related persons?</source>
            <translation>Ukloniti osobu {0} iz povezanih lica klijenta/kinje?</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Ukloni</translation>
        </message>
        <message>
            <source>Keep</source>
            <translation>Zadrži</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Ime i prezime</translation>
        </message>
        <message>
            <source>Relation</source>
            <translation>Srodstvo / veza</translation>
        </message>
        <message>
            <source>Risk</source>
            <translation>Rizik</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>Kontakt</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Adresa</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Napomene</translation>
        </message>
        <message>
            <source>N&amp;ew</source>
            <translation>&amp;Nova osoba</translation>
        </message>
        <message>
            <source>Re&amp;move</source>
            <translation>&amp;Ukloni</translation>
        </message>
    </context>
    <context>
        <name>ReminderBar</name>
        <message>
            <source>Open the &amp;agenda</source>
            <translation>Otvori &amp;raspored</translation>
        </message>
        <message>
            <source>Dismiss</source>
            <translation>Skloni</translation>
        </message>
        <message>
            <source>The reminders could not be read: {0}</source>
            <translation>Podsetnici nisu mogli da se učitaju: {0}</translation>
        </message>
        <message numerus="yes">
            <source>Today: %n appointment(s), the first at {0} ({1}).</source>
            <translation>
                <numerusform>Danas: %n termin, prvi u {0} ({1}).</numerusform>
                <numerusform>Danas: %n termina, prvi u {0} ({1}).</numerusform>
                <numerusform>Danas: %n termina, prvi u {0} ({1}).</numerusform>
            </translation>
        </message>
        <message>
            <source>Court hearings in the next 7 days: {0} ({1}{2}).</source>
            <translation>Ročišta u narednih 7 dana: {0} ({1}{2}).</translation>
        </message>
        <message numerus="yes">
            <source>Outcomes to record: %n ended appointment(s).</source>
            <translation>
                <numerusform>Ishodi za upis: %n završen termin.</numerusform>
                <numerusform>Ishodi za upis: %n završena termina.</numerusform>
                <numerusform>Ishodi za upis: %n završenih termina.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Missing-person searches: %n action(s) due (SOS hotline).</source>
            <translation>
                <numerusform>Potrage za nestalim osobama (SOS linija): %n radnja kojoj je stigao rok.</numerusform>
                <numerusform>Potrage za nestalim osobama (SOS linija): %n radnje kojima je stigao rok.</numerusform>
                <numerusform>Potrage za nestalim osobama (SOS linija): %n radnji kojima je stigao rok.</numerusform>
            </translation>
        </message>
        <message>
            <source>Tomorrow</source>
            <translation>Sutra</translation>
        </message>
        <message numerus="yes">
            <source>In %n day(s)</source>
            <translation>
                <numerusform>Za %n dan</numerusform>
                <numerusform>Za %n dana</numerusform>
                <numerusform>Za %n dana</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>In %n hour(s)</source>
            <translation>
                <numerusform>Za %n sat</numerusform>
                <numerusform>Za %n sata</numerusform>
                <numerusform>Za %n sati</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>In %n minute(s)</source>
            <translation>
                <numerusform>Za %n minut</numerusform>
                <numerusform>Za %n minuta</numerusform>
                <numerusform>Za %n minuta</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>RestoreDialog</name>
        <message>
            <source>Made {0} by {1}{2}. Clients: {3} · cases: {4} · contact notes: {5} · documents: {6}.</source>
            <translation>Napravljena {0}; napravio/la {1}{2}. Klijenata: {3} · slučajeva: {4} · beleški o kontaktima: {5} · dokumenata: {6}.</translation>
        </message>
        <message>
            <source>Restore a backup</source>
            <translation>Vraćanje rezervne kopije</translation>
        </message>
        <message>
            <source>Replace this vault (it is kept aside, still encrypted, until you delete it)</source>
            <translation>Zameni ovu bazu (čuva se po strani, i dalje šifrovana, dok je ne obrišete)</translation>
        </message>
        <message>
            <source>Restore into another, empty folder…</source>
            <translation>Vrati u drugu, praznu fasciklu…</translation>
        </message>
    </context>
    <context>
        <name>RestorePage</name>
        <message>
            <source>&amp;Restore</source>
            <translation>&amp;Vrati</translation>
        </message>
        <message>
            <source>The backup</source>
            <translation>Rezervna kopija</translation>
        </message>
        <message>
            <source>ASTRA backups (*.astrabackup)</source>
            <translation>ASTRA rezervne kopije (*.astrabackup)</translation>
        </message>
        <message>
            <source>Choose the backup file and type its passphrase first.</source>
            <translation>Prvo izaberite fajl rezervne kopije i upišite njegovu lozinku.</translation>
        </message>
        <message>
            <source>Opening the backup…</source>
            <translation>Otvara se rezervna kopija…</translation>
        </message>
        <message>
            <source>Check that this is the backup you want, then choose Restore.</source>
            <translation>Proverite da li je ovo rezervna kopija koju želite, pa izaberite „Vrati“.</translation>
        </message>
        <message>
            <source>Restoring and checking the vault… (this can take a while)</source>
            <translation>Baza se vraća i proverava… (ovo može potrajati)</translation>
        </message>
        <message>
            <source>Restored into {0}.</source>
            <translation>Vraćeno u {0}.</translation>
        </message>
        <message>
            <source>Restore from a backup</source>
            <translation>Vraćanje iz rezervne kopije</translation>
        </message>
        <message>
            <source>Choose the backup file (for example on the USB stick) and open it with the passphrase chosen when it was made, or with the vault's recovery key from the emergency sheet.</source>
            <translation>Izaberite fajl rezervne kopije (na primer sa USB fleša) i otvorite ga lozinkom izabranom pri pravljenju kopije ili ključem za oporavak baze sa lista za hitne slučajeve.</translation>
        </message>
        <message>
            <source>Backup &amp;file</source>
            <translation>&amp;Fajl rezervne kopije</translation>
        </message>
        <message>
            <source>ASTRA-backup-….astrabackup</source>
            <translation>ASTRA-backup-….astrabackup</translation>
        </message>
        <message>
            <source>&amp;Choose…</source>
            <translation>&amp;Izaberi…</translation>
        </message>
        <message>
            <source>&amp;Passphrase</source>
            <translation>&amp;Lozinka</translation>
        </message>
        <message>
            <source>This is the vault's recovery &amp;key</source>
            <translation>Ovo je ključ za o&amp;poravak baze</translation>
        </message>
        <message>
            <source>&amp;Open the backup</source>
            <translation>&amp;Otvori rezervnu kopiju</translation>
        </message>
        <message>
            <source>To restore with the backup's passphrase, also give the user name and passphrase of an account that was in the vault when the backup was made (or open the backup with the recovery key instead).</source>
            <translation>Za vraćanje pomoću lozinke rezervne kopije upišite i korisničko ime i lozinku naloga koji je postojao u bazi kada je kopija napravljena (ili kopiju otvorite ključem za oporavak).</translation>
        </message>
        <message>
            <source>&amp;User name</source>
            <translation>&amp;Korisničko ime</translation>
        </message>
        <message>
            <source>&amp;Account passphrase</source>
            <translation>Lozinka &amp;naloga</translation>
        </message>
    </context>
    <context>
        <name>RiskChart</name>
        <message>
            <source>No assessment yet</source>
            <translation>Još nema procene</translation>
        </message>
    </context>
    <context>
        <name>RiskPage</name>
        <message>
            <source>Loading the cases due for reassessment…</source>
            <translation>Učitavaju se slučajevi kojima predstoji ponovna procena…</translation>
        </message>
        <message>
            <source>The cases due could not be read: {0}</source>
            <translation>Slučajevi za ponovnu procenu nisu mogli da se učitaju: {0}</translation>
        </message>
        <message numerus="yes">
            <source>&lt;b&gt;%n&lt;/b&gt; high-risk case(s) overdue for reassessment. Cases due within a week:</source>
            <translation>
                <numerusform>&lt;b&gt;%n&lt;/b&gt; slučaj visokog rizika kome je istekao rok za ponovnu procenu. Rok za ponovnu procenu u narednih sedam dana:</numerusform>
                <numerusform>&lt;b&gt;%n&lt;/b&gt; slučaja visokog rizika kojima je istekao rok za ponovnu procenu. Rok za ponovnu procenu u narednih sedam dana:</numerusform>
                <numerusform>&lt;b&gt;%n&lt;/b&gt; slučajeva visokog rizika kojima je istekao rok za ponovnu procenu. Rok za ponovnu procenu u narednih sedam dana:</numerusform>
            </translation>
        </message>
        <message>
            <source> — overdue</source>
            <translation> — rok je istekao</translation>
        </message>
        <message>
            <source>Case code</source>
            <translation>Šifra slučaja</translation>
        </message>
        <message>
            <source>Risk level</source>
            <translation>Nivo rizika</translation>
        </message>
        <message>
            <source>Reassessment due</source>
            <translation>Rok za ponovnu procenu</translation>
        </message>
        <message>
            <source>The risk instrument is not a validated instrument: it supports, and never replaces, professional judgement.</source>
            <translation>Instrument za procenu rizika nije validiran: on pomaže stručnoj proceni, a nikada je ne zamenjuje.</translation>
        </message>
        <message>
            <source>&amp;Refresh</source>
            <translation>&amp;Osveži</translation>
        </message>
    </context>
    <context>
        <name>RiskTab</name>
        <message>
            <source>Loading the risk assessments…</source>
            <translation>Učitavaju se procene rizika…</translation>
        </message>
        <message>
            <source>score {0}</source>
            <translation>zbir bodova {0}</translation>
        </message>
        <message>
            <source>level set by hand: {0}</source>
            <translation>nivo određen ručno: {0}</translation>
        </message>
        <message>
            <source>Current level: &lt;b&gt;{0}&lt;/b&gt; · next assessment due {1}{2}</source>
            <translation>Trenutni nivo: &lt;b&gt;{0}&lt;/b&gt; · sledeća procena do {1}{2}</translation>
        </message>
        <message>
            <source> — &lt;b&gt;overdue&lt;/b&gt;</source>
            <translation> — &lt;b&gt;rok je istekao&lt;/b&gt;</translation>
        </message>
        <message>
            <source>No risk assessment yet.</source>
            <translation>Još nema procene rizika.</translation>
        </message>
        <message>
            <source>Select two assessments to see what changed between them.</source>
            <translation>Izaberite dve procene da vidite šta se promenilo između njih.</translation>
        </message>
        <message>
            <source>From {0} ({1}) to {2} ({3}):</source>
            <translation>Od {0} ({1}) do {2} ({3}):</translation>
        </message>
        <message>
            <source>no answer changed.</source>
            <translation>nijedan odgovor nije promenjen.</translation>
        </message>
        <message>
            <source>Choose an action in the safety plan first.</source>
            <translation>Prvo izaberite meru iz plana bezbednosti.</translation>
        </message>
        <message>
            <source>Enter the date of the event.</source>
            <translation>Unesite datum događaja.</translation>
        </message>
        <message>
            <source>&amp;New assessment…</source>
            <translation>&amp;Nova procena…</translation>
        </message>
        <message>
            <source>Assessments (select two to compare)</source>
            <translation>Procene (izaberite dve da ih uporedite)</translation>
        </message>
        <message>
            <source>&lt;b&gt;Safety plan&lt;/b&gt;</source>
            <translation>&lt;b&gt;Plan bezbednosti&lt;/b&gt;</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Mera</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Zadužen/a</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Rok</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Another action, e.g. change the phone number</source>
            <translation>Druga mera, npr. promena broja telefona</translation>
        </message>
        <message>
            <source>&amp;Add</source>
            <translation>&amp;Dodaj</translation>
        </message>
        <message>
            <source>Add the &amp;suggested actions</source>
            <translation>Dodaj &amp;predložene mere</translation>
        </message>
        <message>
            <source>Set s&amp;tatus</source>
            <translation>Promeni s&amp;tatus</translation>
        </message>
        <message>
            <source>Event that calls for reassessment:</source>
            <translation>Događaj zbog kog je potrebna ponovna procena:</translation>
        </message>
        <message>
            <source>Record &amp;event</source>
            <translation>Upiši do&amp;gađaj</translation>
        </message>
    </context>
    <context>
        <name>ScheduleHearingDialog</name>
        <message>
            <source>Enter the date of the hearing.</source>
            <translation>Unesite datum ročišta.</translation>
        </message>
        <message>
            <source>Double booking</source>
            <translation>Preklapanje termina</translation>
        </message>
        <message>
            <source>Schedule the hearing anyway?</source>
            <translation>Ipak zakazati ročište?</translation>
        </message>
        <message>
            <source>Schedule anyway</source>
            <translation>Ipak zakaži</translation>
        </message>
        <message>
            <source>Change the time</source>
            <translation>Promeni vreme</translation>
        </message>
        <message>
            <source>Schedule a hearing</source>
            <translation>Zakazivanje ročišta</translation>
        </message>
        <message>
            <source>&amp;Date</source>
            <translation>&amp;Datum</translation>
        </message>
        <message>
            <source>from</source>
            <translation>od</translation>
        </message>
        <message>
            <source>to</source>
            <translation>do</translation>
        </message>
        <message>
            <source>&amp;Hearing</source>
            <translation>&amp;Ročište</translation>
        </message>
        <message>
            <source>&amp;Place</source>
            <translation>&amp;Mesto</translation>
        </message>
        <message>
            <source>Accompanied &amp;by</source>
            <translation>&amp;Pratnja</translation>
        </message>
    </context>
    <context>
        <name>SearchDialog</name>
        <message>
            <source>Reported on the SOS hotline</source>
            <translation>Prijavljeno na SOS liniji</translation>
        </message>
        <message>
            <source>From the call: {0}</source>
            <translation>Iz poziva: {0}</translation>
        </message>
        <message>
            <source>New missing-person search</source>
            <translation>Nova potraga za nestalom osobom</translation>
        </message>
        <message>
            <source>How it &amp;came in</source>
            <translation>&amp;Kako je prijavljeno</translation>
        </message>
        <message>
            <source>Reading the call…</source>
            <translation>Čita se poziv…</translation>
        </message>
        <message>
            <source>The call could not be read: {0} The search will be saved without a link to it.</source>
            <translation>Poziv nije mogao da se pročita: {0} Potraga će biti sačuvana bez veze sa njim.</translation>
        </message>
    </context>
    <context>
        <name>SearchListModel</name>
        <message>
            <source>Minor</source>
            <translation>Maloletna osoba</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Ishod</translation>
        </message>
        <message>
            <source>Days</source>
            <translation>Dana</translation>
        </message>
        <message>
            <source>Police report</source>
            <translation>Prijava policiji</translation>
        </message>
        <message>
            <source>Partners asked</source>
            <translation>Upiti partnerima</translation>
        </message>
        <message>
            <source>Person sought</source>
            <translation>Osoba koja se traži</translation>
        </message>
        <message>
            <source>Last seen</source>
            <translation>Poslednji put viđena</translation>
        </message>
        <message>
            <source>Where</source>
            <translation>Gde</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Next action due</source>
            <translation>Rok za sledeću radnju</translation>
        </message>
        <message>
            <source>Case</source>
            <translation>Slučaj</translation>
        </message>
        <message>
            <source>{0} → {1}</source>
            <translation>{0} → {1}</translation>
        </message>
        <message>
            <source>minor</source>
            <translation>maloletna</translation>
        </message>
        <message>
            <source>{0} asked, {1} answered</source>
            <translation>upita: {0}, odgovora: {1}</translation>
        </message>
        <message>
            <source>{0} — due</source>
            <translation>{0} — rok</translation>
        </message>
    </context>
    <context>
        <name>SearchPanel</name>
        <message>
            <source>Save &amp;details</source>
            <translation>&amp;Sačuvaj podatke</translation>
        </message>
        <message>
            <source>&amp;Add action…</source>
            <translation>&amp;Evidentiraj radnju…</translation>
        </message>
        <message>
            <source>&amp;Mark done</source>
            <translation>Označi kao &amp;urađeno</translation>
        </message>
        <message>
            <source>Change s&amp;tatus…</source>
            <translation>Promeni s&amp;tatus…</translation>
        </message>
        <message>
            <source>&amp;New client…</source>
            <translation>Upiši kao k&amp;lijenta/kinju…</translation>
        </message>
        <message>
            <source>Lin&amp;k to a case…</source>
            <translation>Poveži sa slučaje&amp;m…</translation>
        </message>
        <message>
            <source>Open the case fil&amp;e</source>
            <translation>Otvori dosije slučaj&amp;a</translation>
        </message>
        <message>
            <source>In&amp;quiry to a partner…</source>
            <translation>Po&amp;šalji upit partneru…</translation>
        </message>
        <message>
            <source>Re&amp;cord the answer…</source>
            <translation>Evidentira&amp;j odgovor…</translation>
        </message>
        <message>
            <source>Once found:</source>
            <translation>Kada se pronađe:</translation>
        </message>
        <message>
            <source>History and action log</source>
            <translation>Tok potrage i evidencija radnji</translation>
        </message>
        <message>
            <source>Partners asked</source>
            <translation>Upiti partnerima</translation>
        </message>
        <message>
            <source>Loading the search…</source>
            <translation>Učitava se potraga…</translation>
        </message>
        <message>
            <source>The search could not be read: {0}</source>
            <translation>Potraga nije mogla da se učita: {0}</translation>
        </message>
        <message numerus="yes">
            <source>{0} — {1} (search opened on {2}, %n day(s))</source>
            <translation>
                <numerusform>{0} — {1} (potraga otvorena {2}, %n dan)</numerusform>
                <numerusform>{0} — {1} (potraga otvorena {2}, %n dana)</numerusform>
                <numerusform>{0} — {1} (potraga otvorena {2}, %n dana)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Partners asked (%n)</source>
            <translation>
                <numerusform>Upiti partnerima (%n)</numerusform>
                <numerusform>Upiti partnerima (%n)</numerusform>
                <numerusform>Upiti partnerima (%n)</numerusform>
            </translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Radnja</translation>
        </message>
        <message>
            <source>The person found becomes a client</source>
            <translation>Pronađena osoba postaje klijent/kinja</translation>
        </message>
        <message>
            <source>The search stays linked to the new case.</source>
            <translation>Potraga ostaje povezana sa novim slučajem.</translation>
        </message>
        <message>
            <source>Link the search to a case</source>
            <translation>Povezivanje potrage sa slučajem</translation>
        </message>
        <message>
            <source>The person found is already a client: give the code of their case.</source>
            <translation>Pronađena osoba je već klijent/kinja: unesite šifru njenog slučaja.</translation>
        </message>
    </context>
    <context>
        <name>SecretDialog</name>
        <message>
            <source>&amp;Passphrase</source>
            <translation>&amp;Lozinka</translation>
        </message>
        <message>
            <source>This is the vault's recovery key</source>
            <translation>Ovo je ključ za oporavak baze</translation>
        </message>
    </context>
    <context>
        <name>SecretField</name>
        <message>
            <source>Show the passphrase</source>
            <translation>Prikaži lozinku</translation>
        </message>
        <message>
            <source>Caps Lock is on.</source>
            <translation>Uključen je Caps Lock.</translation>
        </message>
        <message>
            <source>Hide the passphrase</source>
            <translation>Sakrij lozinku</translation>
        </message>
    </context>
    <context>
        <name>SetupWizard</name>
        <message>
            <source>It failed: {0}</source>
            <translation>Nije uspelo: {0}</translation>
        </message>
        <message>
            <source>ASTRA Desktop — first run</source>
            <translation>ASTRA Desktop — prvo pokretanje</translation>
        </message>
        <message>
            <source>The vault was restored from the backup and checked. Log in with your own passphrase.</source>
            <translation>Baza je vraćena iz rezervne kopije i proverena. Prijavite se svojom lozinkom.</translation>
        </message>
        <message>
            <source>Leave without the recovery key?</source>
            <translation>Izaći bez ključa za oporavak?</translation>
        </message>
        <message>
            <source>The vault has been created, but you have not confirmed keeping the recovery key. Without it, a forgotten passphrase means the vault is lost. Leave anyway?</source>
            <translation>Baza je napravljena, ali niste potvrdili da ste sačuvali ključ za oporavak. Bez njega, zaboravljena lozinka znači izgubljenu bazu. Ipak izaći?</translation>
        </message>
        <message>
            <source>Leave</source>
            <translation>Izađi</translation>
        </message>
        <message>
            <source>Stay</source>
            <translation>Ostani</translation>
        </message>
    </context>
    <context>
        <name>SpliceWatch</name>
        <message>
            <source>The audit trail has been altered</source>
            <translation>Evidencija aktivnosti je naknadno menjana</translation>
        </message>
        <message>
            <source>The vault is damaged</source>
            <translation>Baza je oštećena</translation>
        </message>
    </context>
    <context>
        <name>StatisticsPage</name>
        <message>
            <source>All trials</source>
            <translation>Sva suđenja</translation>
        </message>
        <message>
            <source>Our clients' trials</source>
            <translation>Suđenja naših klijenata</translation>
        </message>
        <message>
            <source>Monitored trials (no client of ours)</source>
            <translation>Praćena suđenja (bez našeg klijenta)</translation>
        </message>
        <message>
            <source>Every court</source>
            <translation>Svi sudovi</translation>
        </message>
        <message>
            <source>Your role may not export. Ask an administrator if you need the file.</source>
            <translation>Vaša uloga ne dozvoljava izvoz. Ako vam je fajl potreban, obratite se administratoru.</translation>
        </message>
        <message>
            <source>The period starts after it ends: choose a “from” date on or before the “to” date.</source>
            <translation>Period počinje posle svog kraja: izaberite datum „od“ koji je isti ili raniji od datuma „do“.</translation>
        </message>
        <message>
            <source>Statistics</source>
            <translation>Statistika</translation>
        </message>
        <message>
            <source>Counting the figures…</source>
            <translation>Računaju se podaci…</translation>
        </message>
        <message>
            <source>{0} · trials followed: {1} · calls: {2} · searches opened: {3}</source>
            <translation>{0} · praćenih suđenja: {1} · poziva: {2} · otvorenih potraga: {3}</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Šta</translation>
        </message>
        <message>
            <source>Number</source>
            <translation>Broj</translation>
        </message>
        <message>
            <source>No case</source>
            <translation>Bez slučaja</translation>
        </message>
        <message>
            <source>Not recorded</source>
            <translation>Nije evidentirano</translation>
        </message>
        <message>
            <source>Below the statutory minimum</source>
            <translation>Ispod zakonskog minimuma</translation>
        </message>
        <message>
            <source>At the statutory minimum</source>
            <translation>Na zakonskom minimumu</translation>
        </message>
        <message>
            <source>Above the statutory minimum</source>
            <translation>Iznad zakonskog minimuma</translation>
        </message>
        <message>
            <source>Paragraph or sentence not recorded</source>
            <translation>Stav ili kazna nisu zabeleženi</translation>
        </message>
        <message>
            <source>Trial</source>
            <translation>Suđenje</translation>
        </message>
        <message>
            <source>Hearings</source>
            <translation>Ročišta</translation>
        </message>
        <message>
            <source>Held</source>
            <translation>Održana</translation>
        </message>
        <message>
            <source>Postponed</source>
            <translation>Odložena</translation>
        </message>
        <message>
            <source>Injured party summoned</source>
            <translation>Oštećeni pozvani</translation>
        </message>
        <message>
            <source>… came</source>
            <translation>… pristupili</translation>
        </message>
        <message>
            <source>… testified</source>
            <translation>… svedočili</translation>
        </message>
        <message>
            <source>Defendants</source>
            <translation>Okrivljeni</translation>
        </message>
        <message>
            <source>Came most</source>
            <translation>Najviše pristupa</translation>
        </message>
        <message>
            <source>Came least</source>
            <translation>Najmanje pristupa</translation>
        </message>
        <message>
            <source>A case code, or the court and court number of a monitored trial</source>
            <translation>Šifra slučaja, ili sud i broj predmeta praćenog suđenja</translation>
        </message>
        <message>
            <source>Hearings scheduled, cancelled ones aside</source>
            <translation>Zakazana ročišta, bez otkazanih</translation>
        </message>
        <message>
            <source>Hearings an injured party was summoned to</source>
            <translation>Ročišta na koja je pozvan oštećeni</translation>
        </message>
        <message>
            <source>Hearings at least one injured party came to</source>
            <translation>Ročišta kojima je pristupio bar jedan oštećeni</translation>
        </message>
        <message>
            <source>Hearings an injured party testified at</source>
            <translation>Ročišta na kojima je oštećeni svedočio</translation>
        </message>
        <message>
            <source>Hearings attended by the defendant who came most often</source>
            <translation>Ročišta kojima je pristupio okrivljeni koji je dolazio najčešće</translation>
        </message>
        <message>
            <source>Hearings attended by the defendant who came least often</source>
            <translation>Ročišta kojima je pristupio okrivljeni koji je dolazio najređe</translation>
        </message>
        <message>
            <source>Trials and hearings</source>
            <translation>Suđenja i ročišta</translation>
        </message>
        <message>
            <source>Postponements by cause</source>
            <translation>Odlaganja po uzroku</translation>
        </message>
        <message>
            <source>Sentences for trafficking (Art. 388) against the statutory minimum</source>
            <translation>Kazne za trgovinu ljudima (čl. 388) u odnosu na zakonski minimum</translation>
        </message>
        <message>
            <source>Appearances per trial, over the whole trial</source>
            <translation>Pristupanje po suđenju, tokom celog suđenja</translation>
        </message>
        <message>
            <source>Calls</source>
            <translation>Pozivi</translation>
        </message>
        <message>
            <source>Calls per month</source>
            <translation>Pozivi po mesecima</translation>
        </message>
        <message>
            <source>Calls by channel</source>
            <translation>Pozivi po kanalu</translation>
        </message>
        <message>
            <source>Calls by topic</source>
            <translation>Pozivi po temi</translation>
        </message>
        <message>
            <source>Who called</source>
            <translation>Ko je zvao</translation>
        </message>
        <message>
            <source>What came of the call</source>
            <translation>Ishod poziva</translation>
        </message>
        <message>
            <source>Type of exploitation</source>
            <translation>Vrsta eksploatacije</translation>
        </message>
        <message>
            <source>Age of the person concerned</source>
            <translation>Uzrast osobe o kojoj je reč</translation>
        </message>
        <message>
            <source>Referrals by partner</source>
            <translation>Upućivanja po partneru</translation>
        </message>
        <message>
            <source>Searches</source>
            <translation>Potrage</translation>
        </message>
        <message>
            <source>How the searches closed in the period</source>
            <translation>Kako su potrage zatvorene u periodu</translation>
        </message>
        <message>
            <source>Answers from partners asked</source>
            <translation>Odgovori partnera kojima smo se obratili</translation>
        </message>
        <message>
            <source>Trials followed</source>
            <translation>Praćena suđenja</translation>
        </message>
        <message>
            <source>… monitored, no client of ours</source>
            <translation>… praćena, bez našeg klijenta</translation>
        </message>
        <message>
            <source>Opened in the period</source>
            <translation>Započeta u periodu</translation>
        </message>
        <message>
            <source>Decided at first instance</source>
            <translation>Presuđena u prvom stepenu</translation>
        </message>
        <message>
            <source>Pending at the end of the period</source>
            <translation>U toku na kraju perioda</translation>
        </message>
        <message>
            <source>Hearings scheduled</source>
            <translation>Zakazana ročišta</translation>
        </message>
        <message>
            <source>… held</source>
            <translation>… održana</translation>
        </message>
        <message>
            <source>… postponed</source>
            <translation>… odložena</translation>
        </message>
        <message>
            <source>Hearings per trial (median)</source>
            <translation>Ročišta po suđenju (medijana)</translation>
        </message>
        <message>
            <source>Injured party appeared</source>
            <translation>Oštećeni pristupili</translation>
        </message>
        <message>
            <source>Injured party testified</source>
            <translation>Oštećeni svedočili</translation>
        </message>
        <message>
            <source>Defendants' appearances</source>
            <translation>Pristupanja okrivljenih</translation>
        </message>
        <message>
            <source>Days to a first-instance verdict (median)</source>
            <translation>Dana do prvostepene presude (medijana)</translation>
        </message>
        <message>
            <source>Age of pending trials in days (median)</source>
            <translation>Trajanje suđenja u toku u danima (medijana)</translation>
        </message>
        <message>
            <source>Convictions</source>
            <translation>Osuđujuće presude</translation>
        </message>
        <message>
            <source>Acquittals</source>
            <translation>Oslobađajuće presude</translation>
        </message>
        <message>
            <source>Charges re-qualified from Art. 388</source>
            <translation>Optužbe prekvalifikovane sa čl. 388</translation>
        </message>
        <message>
            <source>… to a lighter paragraph of Art. 388</source>
            <translation>… na blaži stav čl. 388</translation>
        </message>
        <message>
            <source>Plea agreements</source>
            <translation>Sporazumi o priznanju krivičnog dela</translation>
        </message>
        <message>
            <source>Property claims filed</source>
            <translation>Podneti imovinskopravni zahtevi</translation>
        </message>
        <message>
            <source>Compensation claimed</source>
            <translation>Traženo na ime naknade štete</translation>
        </message>
        <message>
            <source>Compensation awarded</source>
            <translation>Dosuđena naknada štete</translation>
        </message>
        <message>
            <source>Monitored trial: no client of ours in it</source>
            <translation>Praćeno suđenje: u njemu nema našeg klijenta</translation>
        </message>
        <message>
            <source>Defendant appeared (most often)</source>
            <translation>Okrivljeni pristupio (najčešće)</translation>
        </message>
        <message numerus="yes">
            <source>The chart shows the %n trial(s) the injured party came to most often; every trial is in the table.</source>
            <translation>
                <numerusform>Grafikon prikazuje %n suđenje kome je oštećeni najčešće pristupao; sva suđenja su u tabeli.</numerusform>
                <numerusform>Grafikon prikazuje %n suđenja kojima je oštećeni najčešće pristupao; sva suđenja su u tabeli.</numerusform>
                <numerusform>Grafikon prikazuje %n suđenja kojima je oštećeni najčešće pristupao; sva suđenja su u tabeli.</numerusform>
            </translation>
        </message>
        <message>
            <source>Calls taken</source>
            <translation>Primljeni pozivi</translation>
        </message>
        <message>
            <source>Minutes on the line</source>
            <translation>Minuta razgovora</translation>
        </message>
        <message>
            <source>Anonymous callers</source>
            <translation>Anonimni pozivaoci</translation>
        </message>
        <message>
            <source>Urgent</source>
            <translation>Hitno</translation>
        </message>
        <message>
            <source>Presumed victims calling</source>
            <translation>Pozivi pretpostavljenih žrtava</translation>
        </message>
        <message>
            <source>Calls with a referral</source>
            <translation>Pozivi sa upućivanjem</translation>
        </message>
        <message>
            <source>Follow-ups needed</source>
            <translation>Potrebne dalje radnje</translation>
        </message>
        <message>
            <source>… done</source>
            <translation>… obavljene</translation>
        </message>
        <message>
            <source>Searches opened</source>
            <translation>Otvorene potrage</translation>
        </message>
        <message>
            <source>… for a minor</source>
            <translation>… za maloletnim licem</translation>
        </message>
        <message>
            <source>… reported to the police</source>
            <translation>… prijavljene policiji</translation>
        </message>
        <message>
            <source>… across a border</source>
            <translation>… preko granice</translation>
        </message>
        <message>
            <source>Searches closed</source>
            <translation>Zatvorene potrage</translation>
        </message>
        <message>
            <source>Days to close (median)</source>
            <translation>Dana do zatvaranja (medijana)</translation>
        </message>
        <message>
            <source>Open at the end of the period</source>
            <translation>Otvorene na kraju perioda</translation>
        </message>
        <message>
            <source>Partners asked</source>
            <translation>Upiti partnerima</translation>
        </message>
        <message>
            <source>… who answered</source>
            <translation>… odgovoreni</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Izvezi</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Otkaži</translation>
        </message>
        <message>
            <source>Annual report</source>
            <translation>Godišnji izveštaj</translation>
        </message>
        <message>
            <source>Language of the report:</source>
            <translation>Jezik izveštaja:</translation>
        </message>
        <message>
            <source>Export the annual report</source>
            <translation>Izvoz godišnjeg izveštaja</translation>
        </message>
        <message>
            <source>The annual report will be an ordinary, unencrypted PDF file outside the vault. It holds counts and case codes only, no names. The export is recorded in the audit trail. Export it?</source>
            <translation>Godišnji izveštaj biće običan, nešifrovan PDF fajl van šifrovane baze. Sadrži samo brojeve i šifre slučajeva, bez imena. Izvoz se beleži u evidenciji aktivnosti. Izvesti ga?</translation>
        </message>
        <message>
            <source>Export the statistics</source>
            <translation>Izvoz statistike</translation>
        </message>
        <message>
            <source>The CSV file will be an ordinary, unencrypted file outside the vault. It holds counts and case codes only, no names. The export is recorded in the audit trail. Export it?</source>
            <translation>CSV fajl biće običan, nešifrovan fajl van šifrovane baze. Sadrži samo brojeve i šifre slučajeva, bez imena. Izvoz se beleži u evidenciji aktivnosti. Izvesti ga?</translation>
        </message>
        <message>
            <source>Writing {0}…</source>
            <translation>Upisuje se {0}…</translation>
        </message>
        <message>
            <source>Exported to {0}.</source>
            <translation>Izvezeno u {0}.</translation>
        </message>
        <message>
            <source>Anonymous figures for the period: the trials the organisation follows, the SOS hotline and the searches for missing persons. Trials are shown by case code or by court and court number, never by name; the annual report and the CSV carry the same figures.</source>
            <translation>Anonimni podaci za period: suđenja koja organizacija prati, SOS linija i potrage za nestalim osobama. Suđenja se prikazuju po šifri slučaja ili po sudu i broju predmeta, nikad po imenu; godišnji izveštaj i CSV sadrže iste podatke.</translation>
        </message>
        <message>
            <source>&amp;Year</source>
            <translation>&amp;Godina</translation>
        </message>
        <message>
            <source>&amp;From</source>
            <translation>&amp;Od</translation>
        </message>
        <message>
            <source>t&amp;o</source>
            <translation>&amp;do</translation>
        </message>
        <message>
            <source>&amp;Which trials</source>
            <translation>&amp;Koja suđenja</translation>
        </message>
        <message>
            <source>&amp;Court</source>
            <translation>&amp;Sud</translation>
        </message>
        <message>
            <source>&amp;Trials</source>
            <translation>S&amp;uđenja</translation>
        </message>
        <message>
            <source>&amp;Hotline</source>
            <translation>SOS &amp;linija</translation>
        </message>
        <message>
            <source>&amp;Missing persons</source>
            <translation>&amp;Nestale osobe</translation>
        </message>
        <message>
            <source>Export the annual &amp;report (PDF)…</source>
            <translation>Izvezi godišnji izveštaj (&amp;PDF)…</translation>
        </message>
        <message>
            <source>&amp;Export as CSV…</source>
            <translation>&amp;Izvezi kao CSV…</translation>
        </message>
    </context>
    <context>
        <name>StatusDialog</name>
        <message>
            <source>Now: {0}, since the search was opened on {1}.</source>
            <translation>Sada: {0}, od otvaranja potrage {1}.</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Ishod</translation>
        </message>
        <message>
            <source>Change the status of the search</source>
            <translation>Promena statusa potrage</translation>
        </message>
        <message>
            <source>New &amp;status</source>
            <translation>Novi &amp;status</translation>
        </message>
        <message>
            <source>&amp;Reason</source>
            <translation>&amp;Razlog</translation>
        </message>
        <message>
            <source>Why, e.g. found through the embassy, safe</source>
            <translation>Razlog, npr. pronađena preko ambasade, bezbedna</translation>
        </message>
    </context>
    <context>
        <name>TemplatesDialog</name>
        <message>
            <source>Serbian (Latin; Cyrillic documents are made from it)</source>
            <translation>srpski (latinica; dokumenti na ćirilici prave se iz nje)</translation>
        </message>
        <message>
            <source>English</source>
            <translation>engleski</translation>
        </message>
        <message>
            <source>Only an administrator can change the templates.</source>
            <translation>Šablone može da menja samo administrator.</translation>
        </message>
        <message>
            <source>Loading the template…</source>
            <translation>Učitava se šablon…</translation>
        </message>
        <message>
            <source>The organisation's version is in use (kept in the vault).</source>
            <translation>Koristi se verzija organizacije (čuva se u šifrovanoj bazi).</translation>
        </message>
        <message>
            <source>The shipped text is in use.</source>
            <translation>Koristi se isporučeni tekst.</translation>
        </message>
        <message>
            <source>No differences: this is the shipped text.</source>
            <translation>Nema razlika: ovo je isporučeni tekst.</translation>
        </message>
        <message>
            <source>Saved. Documents made from now on use this text.</source>
            <translation>Sačuvano. Dokumenti koji se od sada prave koriste ovaj tekst.</translation>
        </message>
        <message>
            <source>This is the shipped text: the shipped template is used.</source>
            <translation>Ovo je isporučeni tekst: koristi se isporučeni šablon.</translation>
        </message>
        <message>
            <source>Reset the template?</source>
            <translation>Vratiti šablon?</translation>
        </message>
        <message>
            <source>Go back to the shipped text of this template? The organisation's version is deleted.</source>
            <translation>Vratiti isporučeni tekst ovog šablona? Verzija organizacije se briše.</translation>
        </message>
        <message>
            <source>Reset</source>
            <translation>Poništi</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Otkaži</translation>
        </message>
        <message>
            <source>The shipped text is back in use.</source>
            <translation>Ponovo se koristi isporučeni tekst.</translation>
        </message>
        <message>
            <source>Document templates</source>
            <translation>Šabloni dokumenata</translation>
        </message>
        <message>
            <source>&amp;Document</source>
            <translation>&amp;Dokument</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Jezik</translation>
        </message>
        <message>
            <source>Change only the texts between quotes: keep every key and every placeholder in braces. A lawyer reviews every change before a document made from it goes to a court.</source>
            <translation>Menjajte samo tekstove pod navodnicima: zadržite svaki ključ i svako polje u vitičastim zagradama. Advokat pregleda svaku izmenu pre nego što dokument napravljen po njoj ode sudu.</translation>
        </message>
        <message>
            <source>Text (TOML)</source>
            <translation>Tekst (TOML)</translation>
        </message>
        <message>
            <source>Different from the shipped text</source>
            <translation>Razlike u odnosu na isporučeni tekst</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Sačuvaj</translation>
        </message>
        <message>
            <source>&amp;Reset to the shipped text</source>
            <translation>&amp;Vrati isporučeni tekst</translation>
        </message>
    </context>
    <context>
        <name>TrialChargeDialog</name>
        <message>
            <source>Re-qualify the charge</source>
            <translation>Prekvalifikacija krivičnog dela</translation>
        </message>
        <message>
            <source>Add a charge</source>
            <translation>Dodavanje krivičnog dela</translation>
        </message>
        <message>
            <source>Now: Art. {0} para. {1} {2}, since {3}</source>
            <translation>Sada: čl. {0} st. {1} {2}, od {3}</translation>
        </message>
        <message>
            <source>Enter the date of the charge.</source>
            <translation>Unesite datum optužbe.</translation>
        </message>
        <message>
            <source>&amp;Article</source>
            <translation>Čl&amp;an</translation>
        </message>
        <message>
            <source>&amp;Paragraph</source>
            <translation>&amp;Stav</translation>
        </message>
        <message>
            <source>e.g. 1, 3 or 6</source>
            <translation>npr. 1, 3 ili 6</translation>
        </message>
        <message>
            <source>&amp;Offence</source>
            <translation>&amp;Krivično delo</translation>
        </message>
        <message>
            <source>&amp;Since</source>
            <translation>&amp;Od</translation>
        </message>
        <message>
            <source>&amp;Note</source>
            <translation>&amp;Beleška</translation>
        </message>
    </context>
    <context>
        <name>TrialDialog</name>
        <message>
            <source>Enter an amount in dinars, digits only.</source>
            <translation>Upišite iznos u dinarima, samo ciframa.</translation>
        </message>
        <message>
            <source>Monitored trial</source>
            <translation>Praćeno suđenje</translation>
        </message>
        <message>
            <source>New monitored trial</source>
            <translation>Novo praćeno suđenje</translation>
        </message>
        <message>
            <source>A trial the organisation follows without a client of its own. Record the injured parties by codes (OŠ-1, or the initials the court uses) — never by name.</source>
            <translation>Suđenje koje organizacija prati bez svoje klijentkinje. Oštećene upišite šiframa (OŠ-1 ili inicijali koje sud koristi) — nikada imenom.</translation>
        </message>
        <message>
            <source>&amp;Court</source>
            <translation>&amp;Sud</translation>
        </message>
        <message>
            <source>e.g. Viši sud u Nišu</source>
            <translation>npr. Viši sud u Nišu</translation>
        </message>
        <message>
            <source>Court case &amp;number</source>
            <translation>&amp;Broj sudskog predmeta</translation>
        </message>
        <message>
            <source>P&amp;rosecutor's office</source>
            <translation>&amp;Tužilaštvo</translation>
        </message>
        <message>
            <source>e.g. Više javno tužilaštvo u Nišu</source>
            <translation>npr. Više javno tužilaštvo u Nišu</translation>
        </message>
        <message>
            <source>Prosecution case num&amp;ber</source>
            <translation>Broj predmeta t&amp;užilaštva</translation>
        </message>
        <message>
            <source>&amp;Judge</source>
            <translation>Su&amp;dija</translation>
        </message>
        <message>
            <source>&amp;Injured parties (codes)</source>
            <translation>&amp;Oštećeni (šifre)</translation>
        </message>
        <message>
            <source>Trial &amp;opened</source>
            <translation>Početak &amp;glavnog pretresa</translation>
        </message>
        <message>
            <source>No&amp;tes</source>
            <translation>Napom&amp;ene</translation>
        </message>
        <message>
            <source>&amp;Verdict</source>
            <translation>&amp;Presuda</translation>
        </message>
        <message>
            <source>Judgment &amp;pronounced on</source>
            <translation>Presuda &amp;izrečena</translation>
        </message>
        <message>
            <source>Convicted &amp;under</source>
            <translation>Osuđen po &amp;članu</translation>
        </message>
        <message>
            <source>para.</source>
            <translation>st.</translation>
        </message>
        <message>
            <source>&amp;Sentence</source>
            <translation>&amp;Kazna</translation>
        </message>
        <message>
            <source>e.g. kazna zatvora u trajanju od 4 godine</source>
            <translation>npr. kazna zatvora u trajanju od 4 godine</translation>
        </message>
        <message>
            <source>Sentence in &amp;months</source>
            <translation>Kazna u &amp;mesecima</translation>
        </message>
        <message>
            <source>P&amp;lea agreement</source>
            <translation>Spo&amp;razum</translation>
        </message>
        <message>
            <source>A plea agreement was made</source>
            <translation>Zaključen je sporazum o priznanju krivičnog dela</translation>
        </message>
        <message>
            <source>&amp;Written judgment served on</source>
            <translation>Prepis presude dostavlje&amp;n</translation>
        </message>
        <message>
            <source>&amp;Appealed by</source>
            <translation>Žalbu i&amp;zjavio</translation>
        </message>
        <message>
            <source>Compensation claim&amp;ed (RSD)</source>
            <translation>Naknada tr&amp;ažena (RSD)</translation>
        </message>
        <message>
            <source>Compensation awar&amp;ded (RSD)</source>
            <translation>Naknada dosu&amp;đena (RSD)</translation>
        </message>
        <message>
            <source>Propert&amp;y claim decision</source>
            <translation>Odluka o imo&amp;vinskopravnom zahtevu</translation>
        </message>
    </context>
    <context>
        <name>TrialHearingDialog</name>
        <message>
            <source>Hearing · {0}</source>
            <translation>Ročište · {0}</translation>
        </message>
        <message>
            <source>summoned</source>
            <translation>pozvan/a</translation>
        </message>
        <message>
            <source>came</source>
            <translation>došlo</translation>
        </message>
        <message>
            <source>testified</source>
            <translation>svedočio/la</translation>
        </message>
        <message>
            <source>Injured party {0}</source>
            <translation>Oštećeni {0}</translation>
        </message>
        <message>
            <source>No injured parties or defendants recorded yet.</source>
            <translation>Još nisu upisani oštećeni ni okrivljeni.</translation>
        </message>
        <message>
            <source>Enter the day of the hearing.</source>
            <translation>Upišite dan ročišta.</translation>
        </message>
        <message>
            <source>&amp;Day</source>
            <translation>&amp;Dan</translation>
        </message>
        <message>
            <source>&amp;Kind</source>
            <translation>&amp;Vrsta</translation>
        </message>
        <message>
            <source>S&amp;tatus</source>
            <translation>S&amp;tatus</translation>
        </message>
        <message>
            <source>Postponed &amp;by</source>
            <translation>Odloženo &amp;zbog</translation>
        </message>
        <message>
            <source>&amp;Why postponed</source>
            <translation>&amp;Razlog odlaganja</translation>
        </message>
        <message>
            <source>Injured parties and defendants</source>
            <translation>Oštećeni i okrivljeni</translation>
        </message>
        <message>
            <source>Wit&amp;nesses</source>
            <translation>Sv&amp;edoci</translation>
        </message>
        <message>
            <source>N&amp;otes</source>
            <translation>N&amp;apomene</translation>
        </message>
    </context>
    <context>
        <name>TrialsPage</name>
        <message>
            <source>Loading the monitored trials…</source>
            <translation>Učitavaju se praćena suđenja…</translation>
        </message>
        <message>
            <source>The monitored trials could not be read: {0}</source>
            <translation>Praćena suđenja nisu mogla da se učitaju: {0}</translation>
        </message>
        <message>
            <source>No monitored trial yet: add one with “New trial”.</source>
            <translation>Još nema praćenih suđenja: dodajte ga dugmetom „Novo suđenje”.</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>da</translation>
        </message>
        <message>
            <source>{0} {1} of {2} summoned</source>
            <translation>{0} {1} od {2} poziva</translation>
        </message>
        <message>
            <source>, testified {0}</source>
            <translation>, svedočio/la {0}</translation>
        </message>
        <message>
            <source>Hearings held {0}, postponed {1}</source>
            <translation>Održano ročišta {0}, odloženo {1}</translation>
        </message>
        <message>
            <source>Came to court: {0}</source>
            <translation>Dolasci na sud: {0}</translation>
        </message>
        <message>
            <source>Delete the monitored trial</source>
            <translation>Brisanje praćenog suđenja</translation>
        </message>
        <message>
            <source>Delete {0} with its hearings and charges? This cannot be undone.</source>
            <translation>Obrisati {0} sa ročištima i optužbama? To se ne može opozvati.</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Obriši</translation>
        </message>
        <message>
            <source>Keep it</source>
            <translation>Zadrži</translation>
        </message>
        <message>
            <source>Trials the organisation monitors without a client of its own. Injured parties appear by code only; the yearly figures count these trials too.</source>
            <translation>Suđenja koja organizacija prati bez svoje klijentkinje. Oštećeni se vode samo pod šiframa; godišnje brojke obuhvataju i ova suđenja.</translation>
        </message>
        <message>
            <source>&amp;New trial…</source>
            <translation>&amp;Novo suđenje…</translation>
        </message>
        <message>
            <source>&amp;Edit…</source>
            <translation>&amp;Izmeni…</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>O&amp;briši</translation>
        </message>
        <message>
            <source>Court</source>
            <translation>Sud</translation>
        </message>
        <message>
            <source>Case number</source>
            <translation>Broj predmeta</translation>
        </message>
        <message>
            <source>Injured parties</source>
            <translation>Oštećeni</translation>
        </message>
        <message>
            <source>Verdict</source>
            <translation>Presuda</translation>
        </message>
        <message>
            <source>Appeal due</source>
            <translation>Rok za žalbu</translation>
        </message>
        <message>
            <source>Add de&amp;fendant…</source>
            <translation>Dodaj o&amp;krivljenog…</translation>
        </message>
        <message>
            <source>Add &amp;charge…</source>
            <translation>Dodaj o&amp;ptužbu…</translation>
        </message>
        <message>
            <source>&amp;Re-qualify…</source>
            <translation>P&amp;rekvalifikuj…</translation>
        </message>
        <message>
            <source>Add &amp;hearing…</source>
            <translation>Dodaj ro&amp;čište…</translation>
        </message>
        <message>
            <source>Edit hearin&amp;g…</source>
            <translation>Izmeni roči&amp;šte…</translation>
        </message>
        <message>
            <source>Article</source>
            <translation>Član</translation>
        </message>
        <message>
            <source>Paragraph</source>
            <translation>Stav</translation>
        </message>
        <message>
            <source>Offence</source>
            <translation>Krivično delo</translation>
        </message>
        <message>
            <source>Since</source>
            <translation>Od</translation>
        </message>
        <message>
            <source>Current</source>
            <translation>Važeća</translation>
        </message>
        <message>
            <source>Day</source>
            <translation>Dan</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Vrsta</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Postponed by</source>
            <translation>Odloženo zbog</translation>
        </message>
        <message>
            <source>Came</source>
            <translation>Došli</translation>
        </message>
    </context>
    <context>
        <name>UnlockWindow</name>
        <message>
            <source>Recovery &amp;key</source>
            <translation>K&amp;ljuč za oporavak</translation>
        </message>
        <message>
            <source>&amp;Passphrase</source>
            <translation>&amp;Lozinka</translation>
        </message>
        <message>
            <source>Forgot your passphrase?</source>
            <translation>Zaboravili ste lozinku?</translation>
        </message>
        <message>
            <source>Nobody can look up or reset a passphrase from outside the vault — not even the developers. Ask an administrator to set you a new one.

If no administrator can sign in, use the recovery key: the emergency sheet printed when the vault was created. Tick “Use the recovery key instead”, type the key, and then set a new passphrase in Users &amp; settings.</source>
            <translation>Niko ne može da pronađe ili poništi lozinku izvan baze — čak ni programeri. Zamolite administratora da vam postavi novu.

Ako nijedan administrator ne može da se prijavi, upotrebite ključ za oporavak: list za hitne slučajeve odštampan kada je baza napravljena. Označite „Umesto lozinke koristi ključ za oporavak“, upišite ključ, a zatim postavite novu lozinku u delu Korisnici i podešavanja.</translation>
        </message>
        <message>
            <source>Enter your user name and passphrase.</source>
            <translation>Unesite korisničko ime i lozinku.</translation>
        </message>
        <message>
            <source>Checking…</source>
            <translation>Provera…</translation>
        </message>
        <message>
            <source>Still checking the vault. The first start after ASTRA Desktop was updated (the vault is then brought up to date) can take a minute or two. Please do not close the window.</source>
            <translation>Provera baze je još u toku. Prvo pokretanje posle ažuriranja programa ASTRA Desktop (kada se baza usklađuje sa novom verzijom) može potrajati minut ili dva. Ne zatvarajte prozor.</translation>
        </message>
        <message>
            <source>The vault could not be opened: {0}</source>
            <translation>Baza nije mogla da se otvori: {0}</translation>
        </message>
        <message>
            <source>You can try again now.</source>
            <translation>Možete ponovo da pokušate.</translation>
        </message>
        <message>
            <source>You can try again in {0} s (the wait doubles with every wrong passphrase).</source>
            <translation>Možete ponovo da pokušate za {0} s (čekanje se udvostručuje posle svake pogrešne lozinke).</translation>
        </message>
        <message>
            <source>That recovery key is not right. Type it exactly as printed on the emergency sheet.</source>
            <translation>Ključ za oporavak nije ispravan. Upišite ga tačno kako je odštampan na listu za hitne slučajeve.</translation>
        </message>
        <message>
            <source>The user name or passphrase is not right. Check Caps Lock and the keyboard language, then try again.</source>
            <translation>Korisničko ime ili lozinka nisu ispravni. Proverite Caps Lock i jezik tastature, pa pokušajte ponovo.</translation>
        </message>
        <message>
            <source>ASTRA Desktop — locked</source>
            <translation>ASTRA Desktop — zaključano</translation>
        </message>
        <message>
            <source>ASTRA Desktop</source>
            <translation>ASTRA Desktop</translation>
        </message>
        <message>
            <source>The vault is locked. Sign in to continue.</source>
            <translation>Baza je zaključana. Prijavite se da biste nastavili.</translation>
        </message>
        <message>
            <source>&amp;User</source>
            <translation>&amp;Korisnik</translation>
        </message>
        <message>
            <source>Caps Lock is on.</source>
            <translation>Uključen je Caps Lock.</translation>
        </message>
        <message>
            <source>Use the &amp;recovery key instead</source>
            <translation>&amp;Umesto lozinke koristi ključ za oporavak</translation>
        </message>
        <message>
            <source>&amp;Forgot passphrase?</source>
            <translation>&amp;Zaboravljena lozinka?</translation>
        </message>
        <message>
            <source>&amp;Unlock</source>
            <translation>&amp;Otključaj</translation>
        </message>
    </context>
    <context>
        <name>UsersPage</name>
        <message>
            <source>Signed in as {0} ({1}).</source>
            <translation>Prijavljeni ste kao {0} ({1}).</translation>
        </message>
        <message>
            <source>Only an administrator can manage users and settings.</source>
            <translation>Samo administrator može da upravlja korisnicima i podešavanjima.</translation>
        </message>
        <message>
            <source>The language is saved. It applies the next time ASTRA Desktop starts.</source>
            <translation>Jezik je sačuvan. Primeniće se pri sledećem pokretanju programa ASTRA Desktop.</translation>
        </message>
        <message>
            <source>All cases</source>
            <translation>Svi slučajevi</translation>
        </message>
        <message>
            <source>Assigned cases</source>
            <translation>Dodeljeni slučajevi</translation>
        </message>
        <message>
            <source>Added {0}.</source>
            <translation>Dodat je korisnik {0}.</translation>
        </message>
        <message>
            <source>Remove user</source>
            <translation>Uklanjanje korisnika</translation>
        </message>
        <message>
            <source>Remove {0}? Their passphrase stops opening the vault at once; their notes stay.</source>
            <translation>Ukloniti korisnika {0}? Njegova/njena lozinka odmah prestaje da otvara bazu; upisane beleške ostaju.</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Ukloni</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Otkaži</translation>
        </message>
        <message>
            <source>Removed {0}.</source>
            <translation>Uklonjen je korisnik {0}.</translation>
        </message>
        <message>
            <source>The vault key was rotated: old copies of the key file open nothing current.</source>
            <translation>Ključ baze je promenjen: stare kopije datoteke s ključevima ne otvaraju ništa aktuelno.</translation>
        </message>
        <message>
            <source>Removing {0} and rotating the vault key…</source>
            <translation>Uklanja se korisnik {0} i menja se ključ baze…</translation>
        </message>
        <message>
            <source>It failed: {0}</source>
            <translation>Nije uspelo: {0}</translation>
        </message>
        <message>
            <source>Users &amp; settings</source>
            <translation>Korisnici i podešavanja</translation>
        </message>
        <message>
            <source>Rotate the vault key</source>
            <translation>Promena ključa baze</translation>
        </message>
        <message>
            <source>Re-encrypt the whole vault under a new key? Removed users and old passphrases then open nothing current, not even with an old copy of the key file. Backups made before now still open with the passphrases valid when they were made.</source>
            <translation>Ponovo šifrovati celu bazu novim ključem? Uklonjeni korisnici i stare lozinke tada ne otvaraju ništa aktuelno, čak ni uz staru kopiju datoteke s ključevima. Rezervne kopije napravljene pre toga i dalje se otvaraju lozinkama koje su važile kada su napravljene.</translation>
        </message>
        <message>
            <source>Rotate</source>
            <translation>Promeni ključ</translation>
        </message>
        <message>
            <source>The vault key was rotated: old copies of the key file and old passphrases open nothing current.</source>
            <translation>Ključ baze je promenjen: stare kopije datoteke s ključevima i stare lozinke ne otvaraju ništa aktuelno.</translation>
        </message>
        <message>
            <source>Rotating the vault key…</source>
            <translation>Menja se ključ baze…</translation>
        </message>
        <message>
            <source>The old passphrase still opens old copies of the key file (every backup holds one). Rotate the vault key now, so that it opens nothing current?</source>
            <translation>Stara lozinka i dalje otvara stare kopije datoteke s ključevima (svaka rezervna kopija ima jednu). Promeniti ključ baze sada, tako da ona ne otvara ništa aktuelno?</translation>
        </message>
        <message>
            <source>Not now</source>
            <translation>Ne sada</translation>
        </message>
        <message>
            <source>New passphrase for {0}</source>
            <translation>Nova lozinka za {0}</translation>
        </message>
        <message>
            <source>Set a new passphrase for {0}. Tell them in person, never by e-mail.</source>
            <translation>Postavite novu lozinku za {0}. Saopštite je lično, nikada imejlom.</translation>
        </message>
        <message>
            <source>Change my passphrase</source>
            <translation>Promena lozinke</translation>
        </message>
        <message>
            <source>Your passphrase has been changed.</source>
            <translation>Vaša lozinka je promenjena.</translation>
        </message>
        <message>
            <source>Choose a user in the list first.</source>
            <translation>Prvo izaberite korisnika sa spiska.</translation>
        </message>
        <message>
            <source>{0} is now: {1}.</source>
            <translation>{0} sada ima ulogu: {1}.</translation>
        </message>
        <message numerus="yes">
            <source>The vault now locks after %n minute(s) without activity.</source>
            <translation>
                <numerusform>Baza se sada zaključava posle %n minuta neaktivnosti.</numerusform>
                <numerusform>Baza se sada zaključava posle %n minuta neaktivnosti.</numerusform>
                <numerusform>Baza se sada zaključava posle %n minuta neaktivnosti.</numerusform>
            </translation>
        </message>
        <message>
            <source>Users and settings</source>
            <translation>Korisnici i podešavanja</translation>
        </message>
        <message>
            <source>You</source>
            <translation>Vi</translation>
        </message>
        <message>
            <source>&amp;Change my passphrase…</source>
            <translation>&amp;Promeni svoju lozinku…</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Jezik</translation>
        </message>
        <message>
            <source>&amp;Interface language</source>
            <translation>&amp;Jezik programa</translation>
        </message>
        <message>
            <source>Users of this vault</source>
            <translation>Korisnici ove baze</translation>
        </message>
        <message>
            <source>User</source>
            <translation>Korisnik</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Uloga</translation>
        </message>
        <message>
            <source>Access</source>
            <translation>Pristup</translation>
        </message>
        <message>
            <source>&amp;Add user…</source>
            <translation>&amp;Dodaj korisnika…</translation>
        </message>
        <message>
            <source>&amp;Remove user</source>
            <translation>&amp;Ukloni korisnika</translation>
        </message>
        <message>
            <source>Re&amp;set passphrase…</source>
            <translation>Postavi &amp;novu lozinku…</translation>
        </message>
        <message>
            <source>Re-encrypt the vault under a new key, so removed users and old passphrases open nothing current (not even with an old copy of the key file).</source>
            <translation>Ponovo šifruj bazu novim ključem, tako da uklonjeni korisnici i stare lozinke ne otvaraju ništa aktuelno (čak ni uz staru kopiju datoteke s ključevima).</translation>
        </message>
        <message>
            <source>Ro&amp;tate the vault key…</source>
            <translation>Promeni &amp;ključ baze…</translation>
        </message>
        <message>
            <source>all cases</source>
            <translation>svi slučajevi</translation>
        </message>
        <message>
            <source>Set r&amp;ole</source>
            <translation>Promeni u&amp;logu</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Podešavanja</translation>
        </message>
        <message>
            <source>&amp;Lock after inactivity</source>
            <translation>&amp;Zaključaj posle neaktivnosti od</translation>
        </message>
        <message>
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <source>Court filings</source>
            <translation>Sudski podnesci</translation>
        </message>
        <message>
            <source>The letterhead of the organisation's documents, and the lawyers who sign filings (name, office, bar chamber and number)</source>
            <translation>Zaglavlje dokumenata organizacije i advokati koji potpisuju podneske (ime, kancelarija, advokatska komora i broj upisa)</translation>
        </message>
        <message>
            <source>Organisation and &amp;lawyers…</source>
            <translation>Organizacija i &amp;advokati…</translation>
        </message>
    </context>
    <context>
        <name>WitnessOptions</name>
        <message>
            <source>Measures asked for</source>
            <translation>Tražene mere</translation>
        </message>
        <message>
            <source>Reasons</source>
            <translation>Obrazloženje</translation>
        </message>
        <message>
            <source>Particular circumstances of the case (optional): age, health, threats …</source>
            <translation>Posebne okolnosti slučaja (neobavezno): uzrast, zdravlje, pretnje…</translation>
        </message>
        <message>
            <source>Include the findings of the latest risk assessment</source>
            <translation>Uključi nalaze poslednje procene rizika</translation>
        </message>
    </context>
    <context>
        <name>court</name>
        <message>
            <source>Appointment</source>
            <translation>Termin</translation>
        </message>
        <message>
            <source>Not recorded</source>
            <translation>Nije evidentirano</translation>
        </message>
        <message>
            <source>Mon</source>
            <translation>Pon</translation>
        </message>
        <message>
            <source>Tue</source>
            <translation>Uto</translation>
        </message>
        <message>
            <source>Wed</source>
            <translation>Sre</translation>
        </message>
        <message>
            <source>Thu</source>
            <translation>Čet</translation>
        </message>
        <message>
            <source>Fri</source>
            <translation>Pet</translation>
        </message>
        <message>
            <source>Sat</source>
            <translation>Sub</translation>
        </message>
        <message>
            <source>Sun</source>
            <translation>Ned</translation>
        </message>
        <message>
            <source>January</source>
            <translation>Januar</translation>
        </message>
        <message>
            <source>February</source>
            <translation>Februar</translation>
        </message>
        <message>
            <source>March</source>
            <translation>Mart</translation>
        </message>
        <message>
            <source>April</source>
            <translation>April</translation>
        </message>
        <message>
            <source>May</source>
            <translation>Maj</translation>
        </message>
        <message>
            <source>June</source>
            <translation>Jun</translation>
        </message>
        <message>
            <source>July</source>
            <translation>Jul</translation>
        </message>
        <message>
            <source>August</source>
            <translation>Avgust</translation>
        </message>
        <message>
            <source>September</source>
            <translation>Septembar</translation>
        </message>
        <message>
            <source>October</source>
            <translation>Oktobar</translation>
        </message>
        <message>
            <source>November</source>
            <translation>Novembar</translation>
        </message>
        <message>
            <source>December</source>
            <translation>Decembar</translation>
        </message>
    </context>
    <context>
        <name>risk</name>
        <message>
            <source>Yes</source>
            <translation>Da</translation>
        </message>
        <message>
            <source>No</source>
            <translation>Ne</translation>
        </message>
        <message>
            <source>Unknown</source>
            <translation>Ne zna se</translation>
        </message>
    </context>
    <context>
        <name>self._model</name>
        <message>
            <source>+{0} more</source>
            <translation>+ još {0}</translation>
        </message>
    </context>
    <context>
        <name>forms</name>
        <message>
            <source>Closed on</source>
            <translation>Zatvoren dana</translation>
        </message>
        <message>
            <source>&amp;Given name</source>
            <translation>&amp;Ime</translation>
        </message>
        <message>
            <source>&amp;Family name</source>
            <translation>&amp;Prezime</translation>
        </message>
        <message>
            <source>&amp;Aliases</source>
            <translation>&amp;Nadimci i druga imena</translation>
        </message>
        <message>
            <source>Date of &amp;birth</source>
            <translation>Datum &amp;rođenja</translation>
        </message>
        <message>
            <source>Estimated a&amp;ge</source>
            <translation>Procenjeni &amp;uzrast</translation>
        </message>
        <message>
            <source>G&amp;ender</source>
            <translation>&amp;Pol</translation>
        </message>
        <message>
            <source>&amp;Citizenship(s)</source>
            <translation>&amp;Državljanstvo</translation>
        </message>
        <message>
            <source>&amp;Languages</source>
            <translation>&amp;Jezici</translation>
        </message>
        <message>
            <source>&amp;ID documents</source>
            <translation>&amp;Lična dokumenta</translation>
        </message>
        <message>
            <source>C&amp;ontact</source>
            <translation>K&amp;ontakt</translation>
        </message>
        <message>
            <source>&amp;Safe contact</source>
            <translation>&amp;Bezbedan kontakt</translation>
        </message>
        <message>
            <source>C&amp;hildren</source>
            <translation>&amp;Deca</translation>
        </message>
        <message>
            <source>Guardian (for a &amp;minor)</source>
            <translation>Staratelj (za &amp;maloletnika)</translation>
        </message>
        <message>
            <source>&amp;Personal number (JMBG)</source>
            <translation>&amp;JMBG (matični broj)</translation>
        </message>
        <message>
            <source>ID or passport &amp;number</source>
            <translation>Broj lične karte ili pa&amp;soša</translation>
        </message>
        <message>
            <source>A&amp;ddress</source>
            <translation>&amp;Adresa</translation>
        </message>
        <message>
            <source>Place of &amp;residence</source>
            <translation>Mes&amp;to prebivališta</translation>
        </message>
        <message>
            <source>Place of bir&amp;th</source>
            <translation>Mesto rođ&amp;enja</translation>
        </message>
        <message>
            <source>Case &amp;code</source>
            <translation>Šifra &amp;slučaja</translation>
        </message>
        <message>
            <source>&amp;Status</source>
            <translation>&amp;Status</translation>
        </message>
        <message>
            <source>Closure &amp;reason</source>
            <translation>&amp;Razlog zatvaranja</translation>
        </message>
        <message>
            <source>&amp;Trafficking status</source>
            <translation>&amp;Status žrtve trgovine ljudima</translation>
        </message>
        <message>
            <source>Identified &amp;by</source>
            <translation>Identifikovao/la &amp;je</translation>
        </message>
        <message>
            <source>Identified &amp;on</source>
            <translation>Identifikovan/a &amp;dana</translation>
        </message>
        <message>
            <source>&amp;Exploitation</source>
            <translation>Oblik &amp;eksploatacije</translation>
        </message>
        <message>
            <source>&amp;Means of control</source>
            <translation>&amp;Načini kontrole</translation>
        </message>
        <message>
            <source>Rec&amp;ruitment</source>
            <translation>&amp;Vrbovanje</translation>
        </message>
        <message>
            <source>&amp;Places of exploitation</source>
            <translation>&amp;Mesta eksploatacije</translation>
        </message>
        <message>
            <source>Re&amp;ferred by</source>
            <translation>&amp;Uputio/la</translation>
        </message>
        <message>
            <source>O&amp;pened on</source>
            <translation>&amp;Otvoren dana</translation>
        </message>
        <message>
            <source>not recorded (closed before this was kept)</source>
            <translation>nije zabeleženo (zatvoren pre nego što se ovo beležilo)</translation>
        </message>
        <message>
            <source>separated by commas</source>
            <translation>razdvojite zarezima</translation>
        </message>
        <message>
            <source>if the date is not known</source>
            <translation>ako datum nije poznat</translation>
        </message>
        <message>
            <source>e.g. Serbia, Ukraine</source>
            <translation>npr. Srbija, Ukrajina</translation>
        </message>
        <message>
            <source>e.g. do not call after 18:00; use this number only</source>
            <translation>npr. ne zvati posle 18:00; koristiti samo ovaj broj</translation>
        </message>
        <message>
            <source>13 digits; or the foreigner's number (EBS)</source>
            <translation>13 cifara; za strance evidencijski broj stranca (EBS)</translation>
        </message>
    </context>
    <context>
        <name>DemoStart</name>
        <message>
            <source>Creating the demo vault of fictional records…</source>
            <translation>Pravi se demo baza izmišljenih zapisa…</translation>
        </message>
        <message>
            <source>&amp;Stop here</source>
            <translation>&amp;Zaustavi ovde</translation>
        </message>
        <message>
            <source>Adding appointments, court proceedings and hotline calls…</source>
            <translation>Dodaju se termini, sudski postupci i pozivi SOS linije…</translation>
        </message>
        <message>
            <source>Making fictional clients: {0} of {1}…</source>
            <translation>Prave se izmišljeni klijenti: {0} od {1}…</translation>
        </message>
    </context>
    <context>
        <name>entries</name>
        <message>
            <source>yes</source>
            <translation>da</translation>
        </message>
        <message>
            <source>no</source>
            <translation>ne</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>Učitavanje…</translation>
        </message>
        <message>
            <source>&amp;Service</source>
            <translation>&amp;Usluga</translation>
        </message>
        <message>
            <source>&amp;From</source>
            <translation>&amp;Od</translation>
        </message>
        <message>
            <source>&amp;Until</source>
            <translation>&amp;Do</translation>
        </message>
        <message>
            <source>&amp;Provided by</source>
            <translation>&amp;Pružalac usluge</translation>
        </message>
        <message>
            <source>&amp;Notes</source>
            <translation>&amp;Napomene</translation>
        </message>
        <message>
            <source>Service</source>
            <translation>Usluga</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Od</translation>
        </message>
        <message>
            <source>Until</source>
            <translation>Do</translation>
        </message>
        <message>
            <source>Provided by</source>
            <translation>Pružalac usluge</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Napomene</translation>
        </message>
        <message>
            <source>Loading the services…</source>
            <translation>Učitavaju se usluge…</translation>
        </message>
        <message>
            <source>&amp;Direction</source>
            <translation>&amp;Smer</translation>
        </message>
        <message>
            <source>&amp;Date</source>
            <translation>&amp;Datum</translation>
        </message>
        <message>
            <source>&amp;Reason</source>
            <translation>&amp;Razlog</translation>
        </message>
        <message>
            <source>Consent</source>
            <translation>Saglasnost</translation>
        </message>
        <message>
            <source>Direction</source>
            <translation>Smer</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Organizacija</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Razlog</translation>
        </message>
        <message>
            <source>Loading the referrals…</source>
            <translation>Učitavaju se upućivanja…</translation>
        </message>
        <message>
            <source>&amp;Given on</source>
            <translation>&amp;Data dana</translation>
        </message>
        <message>
            <source>&amp;Scope</source>
            <translation>&amp;Obim</translation>
        </message>
        <message>
            <source>&amp;Withdrawn on</source>
            <translation>&amp;Povučena dana</translation>
        </message>
        <message>
            <source>Given on</source>
            <translation>Data dana</translation>
        </message>
        <message>
            <source>Scope</source>
            <translation>Obim</translation>
        </message>
        <message>
            <source>Withdrawn on</source>
            <translation>Povučena dana</translation>
        </message>
        <message>
            <source>Loading the consents…</source>
            <translation>Učitavaju se saglasnosti…</translation>
        </message>
        <message>
            <source>the client agreed</source>
            <translation>klijent/kinja je saglasan/na</translation>
        </message>
        <message>
            <source>&amp;Organisation</source>
            <translation>&amp;Organizacija</translation>
        </message>
        <message>
            <source>e.g. processing of personal data</source>
            <translation>npr. obrada podataka o ličnosti</translation>
        </message>
        <message>
            <source>This field is required.</source>
            <translation>Ovo polje je obavezno.</translation>
        </message>
    </context>
    <context>
        <name>ErrorReport</name>
        <message>
            <source>Something went wrong</source>
            <translation>Došlo je do greške</translation>
        </message>
        <message>
            <source>Could not be done</source>
            <translation>Radnja nije izvršena</translation>
        </message>
        <message>
            <source>The vault is damaged</source>
            <translation>Baza je oštećena</translation>
        </message>
        <message>
            <source>This action could not be finished because of an error in ASTRA Desktop. What was saved before is safe. Try again; if it happens again, tell your administrator the reference {0} and what you were doing.</source>
            <translation>Ova radnja nije mogla da se završi zbog greške u programu ASTRA Desktop. Sve što je ranije sačuvano je bezbedno. Pokušajte ponovo; ako se greška ponovi, javite administratoru oznaku {0} i šta ste radili.</translation>
        </message>
    </context>
    <context>
        <name>hotline</name>
        <message>
            <source>Age not known</source>
            <translation>Starost nepoznata</translation>
        </message>
        <message>
            <source>Calls</source>
            <translation>Pozivi</translation>
        </message>
        <message>
            <source>Minutes on the line</source>
            <translation>Minuta razgovora</translation>
        </message>
        <message>
            <source>Topic</source>
            <translation>Tema</translation>
        </message>
        <message>
            <source>Caller</source>
            <translation>Pozivalac</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Jezik</translation>
        </message>
        <message>
            <source>Referrals given</source>
            <translation>Upućeno drugim službama</translation>
        </message>
        <message>
            <source>Follow-up needed</source>
            <translation>Potrebno dalje postupanje</translation>
        </message>
        <message>
            <source>Cases</source>
            <translation>Slučajevi</translation>
        </message>
        <message>
            <source>Became a new client and case</source>
            <translation>Otvoren novi slučaj</translation>
        </message>
        <message>
            <source>Joined an existing case</source>
            <translation>Povezano sa postojećim slučajem</translation>
        </message>
    </context>
    <context>
        <name>labels</name>
        <message>
            <source>Not assessed</source>
            <translation>Nije procenjeno</translation>
        </message>
        <message>
            <source>{0} · reassess now</source>
            <translation>{0} · ponovo proceniti odmah</translation>
        </message>
    </context>
    <context>
        <name>missing</name>
        <message>
            <source>&amp;Person sought</source>
            <translation>&amp;Osoba koja se traži</translation>
        </message>
        <message>
            <source>&amp;Details</source>
            <translation>Poda&amp;ci</translation>
        </message>
        <message>
            <source>Age</source>
            <translation>Starost</translation>
        </message>
        <message>
            <source>Minor</source>
            <translation>Maloletna osoba</translation>
        </message>
        <message>
            <source>&amp;Last seen on</source>
            <translation>Poslednji put viđena &amp;dana</translation>
        </message>
        <message>
            <source>Last seen &amp;where</source>
            <translation>Poslednji put viđena &amp;gde</translation>
        </message>
        <message>
            <source>Last seen in country</source>
            <translation>Poslednji put viđena u državi</translation>
        </message>
        <message>
            <source>Believed to be in</source>
            <translation>Pretpostavlja se da je u</translation>
        </message>
        <message>
            <source>Police report no.</source>
            <translation>Broj policijske prijave</translation>
        </message>
        <message>
            <source>Police station</source>
            <translation>Policijska stanica</translation>
        </message>
        <message>
            <source>Reported to the police on</source>
            <translation>Prijavljeno policiji dana</translation>
        </message>
        <message>
            <source>&amp;Reported by</source>
            <translation>P&amp;rijavio/la</translation>
        </message>
        <message>
            <source>Reach them &amp;safely</source>
            <translation>&amp;Bezbedan način kontakta</translation>
        </message>
        <message>
            <source>a name, or a description</source>
            <translation>ime ili opis</translation>
        </message>
        <message>
            <source>only what helps find them: appearance, phone</source>
            <translation>samo ono što pomaže da se osoba pronađe: izgled, telefon</translation>
        </message>
        <message>
            <source>years, if known</source>
            <translation>u godinama, ako je poznata</translation>
        </message>
        <message>
            <source>under 18</source>
            <translation>mlađa od 18 godina</translation>
        </message>
        <message>
            <source>country, if known</source>
            <translation>država, ako je poznata</translation>
        </message>
        <message>
            <source>e.g. mother, friend, social worker</source>
            <translation>npr. majka, prijatelj, socijalni radnik</translation>
        </message>
        <message>
            <source>e.g. only this number, after 17:00; no messages</source>
            <translation>npr. samo ovaj broj, posle 17:00; bez poruka</translation>
        </message>
    </context>
    <context>
        <name>partners</name>
        <message>
            <source>a partner from the registry, or a name</source>
            <translation>partner iz registra ili naziv</translation>
        </message>
        <message>
            <source>Choose a partner of the registry, or type the name of an organisation that is not in it.</source>
            <translation>Izaberite partnera iz registra ili upišite naziv organizacije koja nije u njemu.</translation>
        </message>
        <message>
            <source>the registry could not be read: type the name</source>
            <translation>registar nije učitan: upišite naziv</translation>
        </message>
        <message>
            <source>Reading the partners…</source>
            <translation>Učitavaju se partneri…</translation>
        </message>
        <message>
            <source>The partner registry could not be read: {0}</source>
            <translation>Registar partnera nije moguće učitati: {0}</translation>
        </message>
        <message>
            <source>{0} (inactive)</source>
            <translation>{0} (neaktivan)</translation>
        </message>
    </context>
</TS>
