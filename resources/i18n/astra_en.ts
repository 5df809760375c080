<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
    <context>
        <name />
        <message>
            <source>Unpaid wages</source>
            <translation>Unpaid wages</translation>
        </message>
        <message>
            <source>Medical costs</source>
            <translation>Medical costs</translation>
        </message>
        <message>
            <source>Travel costs</source>
            <translation>Travel costs</translation>
        </message>
        <message>
            <source>Lost earnings</source>
            <translation>Lost earnings</translation>
        </message>
        <message>
            <source>Other material damage</source>
            <translation>Other material damage</translation>
        </message>
        <message>
            <source>Mental suffering (liberty and personal rights)</source>
            <translation>Mental suffering (liberty and personal rights)</translation>
        </message>
        <message>
            <source>Fear</source>
            <translation>Fear</translation>
        </message>
        <message>
            <source>Physical pain</source>
            <translation>Physical pain</translation>
        </message>
        <message>
            <source>Other non-material damage</source>
            <translation>Other non-material damage</translation>
        </message>
        <message>
            <source>Lawyer's fee</source>
            <translation>Lawyer's fee</translation>
        </message>
        <message>
            <source>Court fees</source>
            <translation>Court fees</translation>
        </message>
        <message>
            <source>Expert opinion</source>
            <translation>Expert opinion</translation>
        </message>
        <message>
            <source>Interpreter and translation</source>
            <translation>Interpreter and translation</translation>
        </message>
        <message>
            <source>Travel to hearings</source>
            <translation>Travel to hearings</translation>
        </message>
        <message>
            <source>Other costs</source>
            <translation>Other costs</translation>
        </message>
        <message>
            <source>Shared by every document (footer, filing form, labels)</source>
            <translation>Shared by every document (footer, filing form, labels)</translation>
        </message>
        <message>
            <source>Shared by the property claim and the civil suit</source>
            <translation>Shared by the property claim and the civil suit</translation>
        </message>
    </context>
    <context>
        <name>AboutDialog</name>
        <message>
            <source>About {0}</source>
            <translation>About {0}</translation>
        </message>
        <message>
            <source>Offline, encrypted case files for an anti-trafficking organisation. This program is free software under the &lt;a href="{0}"&gt;GNU General Public License, version 3 or later&lt;/a&gt; (GPL-3.0-or-later); it comes with no warranty.</source>
            <translation>Offline, encrypted case files for an anti-trafficking organisation. This program is free software under the &lt;a href="{0}"&gt;GNU General Public License, version 3 or later&lt;/a&gt; (GPL-3.0-or-later); it comes with no warranty.</translation>
        </message>
        <message>
            <source>Fonts</source>
            <translation>Fonts</translation>
        </message>
        <message>
            <source>Icons</source>
            <translation>Icons</translation>
        </message>
        <message>
            <source>Bundled with the program, under their own licences:</source>
            <translation>Bundled with the program, under their own licences:</translation>
        </message>
    </context>
    <context>
        <name>ActionDialog</name>
        <message>
            <source>Action in the search</source>
            <translation>Action in the search</translation>
        </message>
        <message>
            <source>&amp;Action</source>
            <translation>&amp;Action</translation>
        </message>
        <message>
            <source>&amp;What</source>
            <translation>&amp;What</translation>
        </message>
        <message>
            <source>Whom you contacted, what they said</source>
            <translation>Whom you contacted, what they said</translation>
        </message>
        <message>
            <source>When</source>
            <translation>When</translation>
        </message>
        <message>
            <source>&amp;Done on</source>
            <translation>&amp;Done on</translation>
        </message>
        <message>
            <source>&amp;Planned for</source>
            <translation>&amp;Planned for</translation>
        </message>
    </context>
    <context>
        <name>AddDeviceDialog</name>
        <message>
            <source>The join request</source>
            <translation>The join request</translation>
        </message>
        <message>
            <source>Save the join file</source>
            <translation>Save the join file</translation>
        </message>
        <message>
            <source>Choose the join request the new laptop wrote.</source>
            <translation>Choose the join request the new laptop wrote.</translation>
        </message>
        <message>
            <source>Type the fingerprint the new laptop's owner reads out: 25 digits.</source>
            <translation>Type the fingerprint the new laptop's owner reads out: 25 digits.</translation>
        </message>
        <message>
            <source>Choose where to save the join file.</source>
            <translation>Choose where to save the join file.</translation>
        </message>
        <message>
            <source>The fingerprints match. The join file is saved as {0}. Hand it to the new laptop's owner (a USB stick, in person), not through the office folder.</source>
            <translation>The fingerprints match. The join file is saved as {0}. Hand it to the new laptop's owner (a USB stick, in person), not through the office folder.</translation>
        </message>
        <message>
            <source>Add a device to the team</source>
            <translation>Add a device to the team</translation>
        </message>
        <message>
            <source>The new laptop wrote a join request and shows a fingerprint. Ask its owner to read the fingerprint aloud (by phone or in person) and type it here: a request swapped on the way will not match.</source>
            <translation>The new laptop wrote a join request and shows a fingerprint. Ask its owner to read the fingerprint aloud (by phone or in person) and type it here: a request swapped on the way will not match.</translation>
        </message>
        <message>
            <source>Join &amp;request</source>
            <translation>Join &amp;request</translation>
        </message>
        <message>
            <source>C&amp;hoose…</source>
            <translation>C&amp;hoose…</translation>
        </message>
        <message>
            <source>&amp;Fingerprint read aloud</source>
            <translation>&amp;Fingerprint read aloud</translation>
        </message>
        <message>
            <source>&amp;Save the join file as</source>
            <translation>&amp;Save the join file as</translation>
        </message>
        <message>
            <source>Choose &amp;where…</source>
            <translation>Choose &amp;where…</translation>
        </message>
        <message>
            <source>Read the passphrase out to the new laptop's owner; never send it with the file. It opens this join file only, once.</source>
            <translation>Read the passphrase out to the new laptop's owner; never send it with the file. It opens this join file only, once.</translation>
        </message>
    </context>
    <context>
        <name>AddUserDialog</name>
        <message>
            <source>Add a user</source>
            <translation>Add a user</translation>
        </message>
        <message>
            <source>&amp;User name</source>
            <translation>&amp;User name</translation>
        </message>
        <message>
            <source>&amp;Role</source>
            <translation>&amp;Role</translation>
        </message>
        <message>
            <source>Sees all cases (not only those assigned)</source>
            <translation>Sees all cases (not only those assigned)</translation>
        </message>
        <message>
            <source>First &amp;passphrase</source>
            <translation>First &amp;passphrase</translation>
        </message>
    </context>
    <context>
        <name>AdminPage</name>
        <message>
            <source>The two passphrases differ.</source>
            <translation>The two passphrases differ.</translation>
        </message>
        <message>
            <source>Creating the encrypted vault… (a few seconds)</source>
            <translation>Creating the encrypted vault… (a few seconds)</translation>
        </message>
        <message>
            <source>The first administrator</source>
            <translation>The first administrator</translation>
        </message>
        <message>
            <source>The administrator adds the other users. Choose a passphrase of several unrelated words: it cannot be recovered by anyone, only replaced.</source>
            <translation>The administrator adds the other users. Choose a passphrase of several unrelated words: it cannot be recovered by anyone, only replaced.</translation>
        </message>
        <message>
            <source>&amp;User name</source>
            <translation>&amp;User name</translation>
        </message>
        <message>
            <source>e.g. marija</source>
            <translation>e.g. marija</translation>
        </message>
        <message>
            <source>&amp;Passphrase</source>
            <translation>&amp;Passphrase</translation>
        </message>
        <message>
            <source>&amp;Repeat it</source>
            <translation>&amp;Repeat it</translation>
        </message>
    </context>
    <context>
        <name>AgendaPage</name>
        <message>
            <source>Today</source>
            <translation>Today</translation>
        </message>
        <message>
            <source>This week</source>
            <translation>This week</translation>
        </message>
        <message>
            <source>Outcomes to record</source>
            <translation>Outcomes to record</translation>
        </message>
        <message>
            <source>All upcoming</source>
            <translation>All upcoming</translation>
        </message>
        <message numerus="yes">
            <source>%n appointment(s)</source>
            <translation>
                <numerusform>%n appointment</numerusform>
                <numerusform>%n appointments</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing is planned for today.</source>
            <translation>Nothing is planned for today.</translation>
        </message>
        <message>
            <source>Nothing more is planned this week.</source>
            <translation>Nothing more is planned this week.</translation>
        </message>
        <message>
            <source>Every appointment that has ended has its outcome recorded. Well done.</source>
            <translation>Every appointment that has ended has its outcome recorded. Well done.</translation>
        </message>
        <message>
            <source>No appointments are planned.</source>
            <translation>No appointments are planned.</translation>
        </message>
        <message>
            <source>The PDF will be an ordinary, unencrypted file. It shows case codes and, as you asked, clients' names. The printout is recorded in the audit trail. Make it?</source>
            <translation>The PDF will be an ordinary, unencrypted file. It shows case codes and, as you asked, clients' names. The printout is recorded in the audit trail. Make it?</translation>
        </message>
        <message>
            <source>The PDF will be an ordinary, unencrypted file. It shows case codes, not names. The printout is recorded in the audit trail. Make it?</source>
            <translation>The PDF will be an ordinary, unencrypted file. It shows case codes, not names. The printout is recorded in the audit trail. Make it?</translation>
        </message>
        <message>
            <source>Print the week</source>
            <translation>Print the week</translation>
        </message>
        <message>
            <source>Make the PDF</source>
            <translation>Make the PDF</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Save the week's agenda</source>
            <translation>Save the week's agenda</translation>
        </message>
        <message>
            <source>Saved the week's agenda to {0}.</source>
            <translation>Saved the week's agenda to {0}.</translation>
        </message>
        <message>
            <source>Only &amp;mine</source>
            <translation>Only &amp;mine</translation>
        </message>
        <message>
            <source>Show clients' &amp;names</source>
            <translation>Show clients' &amp;names</translation>
        </message>
        <message>
            <source>Open the &amp;case file</source>
            <translation>Open the &amp;case file</translation>
        </message>
        <message>
            <source>&amp;Print the week…</source>
            <translation>&amp;Print the week…</translation>
        </message>
        <message>
            <source>&amp;New appointment…</source>
            <translation>&amp;New appointment…</translation>
        </message>
    </context>
    <context>
        <name>AppointmentDialog</name>
        <message>
            <source>Appointment</source>
            <translation>Appointment</translation>
        </message>
        <message>
            <source>New appointment</source>
            <translation>New appointment</translation>
        </message>
        <message>
            <source>Does not repeat</source>
            <translation>Does not repeat</translation>
        </message>
        <message>
            <source>Every day</source>
            <translation>Every day</translation>
        </message>
        <message>
            <source>Every week</source>
            <translation>Every week</translation>
        </message>
        <message>
            <source>Every two weeks</source>
            <translation>Every two weeks</translation>
        </message>
        <message>
            <source>Every month</source>
            <translation>Every month</translation>
        </message>
        <message>
            <source>Enter the date, e.g. 05.03.2026.</source>
            <translation>Enter the date, e.g. 05.03.2026.</translation>
        </message>
        <message>
            <source>The appointment ends before it starts.</source>
            <translation>The appointment ends before it starts.</translation>
        </message>
        <message>
            <source>Double booking</source>
            <translation>Double booking</translation>
        </message>
        <message>
            <source>Save this appointment anyway?</source>
            <translation>Save this appointment anyway?</translation>
        </message>
        <message>
            <source>Save anyway</source>
            <translation>Save anyway</translation>
        </message>
        <message>
            <source>Change it</source>
            <translation>Change it</translation>
        </message>
        <message>
            <source>Court hearing</source>
            <translation>Court hearing</translation>
        </message>
        <message>
            <source>&amp;Case</source>
            <translation>&amp;Case</translation>
        </message>
        <message>
            <source>e.g. AST-2026-0042</source>
            <translation>e.g. AST-2026-0042</translation>
        </message>
        <message>
            <source>&amp;Type</source>
            <translation>&amp;Type</translation>
        </message>
        <message>
            <source>&amp;Date</source>
            <translation>&amp;Date</translation>
        </message>
        <message>
            <source>from</source>
            <translation>from</translation>
        </message>
        <message>
            <source>to</source>
            <translation>to</translation>
        </message>
        <message>
            <source>&amp;Place</source>
            <translation>&amp;Place</translation>
        </message>
        <message>
            <source>Accompanied &amp;by</source>
            <translation>Accompanied &amp;by</translation>
        </message>
        <message>
            <source>&amp;Repeat</source>
            <translation>&amp;Repeat</translation>
        </message>
        <message>
            <source> times</source>
            <translation> times</translation>
        </message>
        <message>
            <source>Re&amp;mind</source>
            <translation>Re&amp;mind</translation>
        </message>
        <message>
            <source>1 week</source>
            <translation>1 week</translation>
        </message>
        <message>
            <source>2 days</source>
            <translation>2 days</translation>
        </message>
        <message>
            <source>1 day</source>
            <translation>1 day</translation>
        </message>
        <message>
            <source>2 hours</source>
            <translation>2 hours</translation>
        </message>
        <message>
            <source>1 hour</source>
            <translation>1 hour</translation>
        </message>
        <message>
            <source>before</source>
            <translation>before</translation>
        </message>
        <message>
            <source>&amp;Status</source>
            <translation>&amp;Status</translation>
        </message>
        <message>
            <source>&amp;Outcome</source>
            <translation>&amp;Outcome</translation>
        </message>
        <message>
            <source>What happened, or why it was postponed</source>
            <translation>What happened, or why it was postponed</translation>
        </message>
        <message>
            <source>&amp;Notes</source>
            <translation>&amp;Notes</translation>
        </message>
    </context>
    <context>
        <name>AppointmentListModel</name>
        <message>
            <source>When</source>
            <translation>When</translation>
        </message>
        <message>
            <source>Case</source>
            <translation>Case</translation>
        </message>
        <message>
            <source>Client</source>
            <translation>Client</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>Place</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Outcome to record</source>
            <translation>Outcome to record</translation>
        </message>
    </context>
    <context>
        <name>AppointmentsSection</name>
        <message>
            <source>&amp;Agenda</source>
            <translation>&amp;Agenda</translation>
        </message>
        <message>
            <source>Mon&amp;th</source>
            <translation>Mon&amp;th</translation>
        </message>
        <message>
            <source>M&amp;y appointments</source>
            <translation>M&amp;y appointments</translation>
        </message>
        <message>
            <source>Court &amp;monitoring</source>
            <translation>Court &amp;monitoring</translation>
        </message>
    </context>
    <context>
        <name>AssessmentForm</name>
        <message>
            <source>Risk assessment</source>
            <translation>Risk assessment</translation>
        </message>
        <message>
            <source>Reading the risk instrument…</source>
            <translation>Reading the risk instrument…</translation>
        </message>
        <message>
            <source>The assessment cannot be made: {0} Close this form and try again from the case file.</source>
            <translation>The assessment cannot be made: {0} Close this form and try again from the case file.</translation>
        </message>
        <message>
            <source>Keep the calculated level</source>
            <translation>Keep the calculated level</translation>
        </message>
        <message>
            <source>No question is answered yet.</source>
            <translation>No question is answered yet.</translation>
        </message>
        <message>
            <source>none</source>
            <translation>none</translation>
        </message>
        <message>
            <source>not answered: {0}</source>
            <translation>not answered: {0}</translation>
        </message>
        <message>
            <source>Score {0} ({1} band) · red flags: {2} · grid: severity {3} × likelihood {4} → {5} · unanswered: {6}</source>
            <translation>Score {0} ({1} band) · red flags: {2} · grid: severity {3} × likelihood {4} → {5} · unanswered: {6}</translation>
        </message>
        <message>
            <source>&amp;Date</source>
            <translation>&amp;Date</translation>
        </message>
        <message>
            <source>&amp;Level</source>
            <translation>&amp;Level</translation>
        </message>
        <message>
            <source>&amp;Reason</source>
            <translation>&amp;Reason</translation>
        </message>
        <message>
            <source>Required when lowering the level</source>
            <translation>Required when lowering the level</translation>
        </message>
        <message>
            <source>Client's &amp;own words</source>
            <translation>Client's &amp;own words</translation>
        </message>
        <message>
            <source>How the client describes the danger, in their words</source>
            <translation>How the client describes the danger, in their words</translation>
        </message>
    </context>
    <context>
        <name>BackupsPage</name>
        <message>
            <source>Only an administrator can make and restore backups.</source>
            <translation>Only an administrator can make and restore backups.</translation>
        </message>
        <message>
            <source>The folder {0} is not there (is the stick plugged in?).</source>
            <translation>The folder {0} is not there (is the stick plugged in?).</translation>
        </message>
        <message>
            <source>another vault's user</source>
            <translation>another vault's user</translation>
        </message>
        <message>
            <source>It failed: {0}</source>
            <translation>It failed: {0}</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>yes</translation>
        </message>
        <message>
            <source>no</source>
            <translation>no</translation>
        </message>
        <message>
            <source>DAMAGED</source>
            <translation>DAMAGED</translation>
        </message>
        <message>
            <source>Where to keep backups</source>
            <translation>Where to keep backups</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Backups</source>
            <translation>Backups</translation>
        </message>
        <message>
            <source>Passphrase for this backup</source>
            <translation>Passphrase for this backup</translation>
        </message>
        <message>
            <source>Making a backup…</source>
            <translation>Making a backup…</translation>
        </message>
        <message>
            <source>Backup {0} written and verified. Keep its passphrase apart from the stick.</source>
            <translation>Backup {0} written and verified. Keep its passphrase apart from the stick.</translation>
        </message>
        <message>
            <source>Open a backup</source>
            <translation>Open a backup</translation>
        </message>
        <message>
            <source>The passphrase chosen when the backup was made, or the vault's recovery key.</source>
            <translation>The passphrase chosen when the backup was made, or the vault's recovery key.</translation>
        </message>
        <message>
            <source>Opening the backup…</source>
            <translation>Opening the backup…</translation>
        </message>
        <message>
            <source>Choose a backup in the list first.</source>
            <translation>Choose a backup in the list first.</translation>
        </message>
        <message>
            <source>{0} is sound: every part authenticates and its records add up.</source>
            <translation>{0} is sound: every part authenticates and its records add up.</translation>
        </message>
        <message>
            <source>Checking the backup…</source>
            <translation>Checking the backup…</translation>
        </message>
        <message>
            <source>An empty folder for the vault</source>
            <translation>An empty folder for the vault</translation>
        </message>
        <message>
            <source>This backup is of another vault: open it with that vault's recovery key to restore it here.</source>
            <translation>This backup is of another vault: open it with that vault's recovery key to restore it here.</translation>
        </message>
        <message>
            <source>Restoring…</source>
            <translation>Restoring…</translation>
        </message>
        <message>
            <source>Restored into {0}; it opened and checked out. Open it with astra-desktop --home "{1}".</source>
            <translation>Restored into {0}; it opened and checked out. Open it with astra-desktop --home "{1}".</translation>
        </message>
        <message>
            <source>Replace this vault</source>
            <translation>Replace this vault</translation>
        </message>
        <message>
            <source>The restored vault opened and checked out. Replace this vault with it now? The vault locks; everyone logs in again with their own passphrase. The current vault is kept aside, still encrypted.</source>
            <translation>The restored vault opened and checked out. Replace this vault with it now? The vault locks; everyone logs in again with their own passphrase. The current vault is kept aside, still encrypted.</translation>
        </message>
        <message>
            <source>Replace</source>
            <translation>Replace</translation>
        </message>
        <message>
            <source>Restore</source>
            <translation>Restore</translation>
        </message>
        <message>
            <source>Restored</source>
            <translation>Restored</translation>
        </message>
        <message>
            <source>The vault was restored from the backup. Log in with your own passphrase. The vault it replaced is kept, still encrypted, in {0}.</source>
            <translation>The vault was restored from the backup. Log in with your own passphrase. The vault it replaced is kept, still encrypted, in {0}.</translation>
        </message>
        <message>
            <source>Type the case codes to hand over first.</source>
            <translation>Type the case codes to hand over first.</translation>
        </message>
        <message>
            <source>Save the bundle</source>
            <translation>Save the bundle</translation>
        </message>
        <message>
            <source>Case bundles (*.astratransfer)</source>
            <translation>Case bundles (*.astratransfer)</translation>
        </message>
        <message>
            <source>Sealing the cases…</source>
            <translation>Sealing the cases…</translation>
        </message>
        <message>
            <source>Wrote {0} ({1}). Its one-time passphrase — read it out by phone, never send it with the file:

{2}</source>
            <translation>Wrote {0} ({1}). Its one-time passphrase — read it out by phone, never send it with the file:

{2}</translation>
        </message>
        <message>
            <source>Cases sealed</source>
            <translation>Cases sealed</translation>
        </message>
        <message>
            <source>A case bundle</source>
            <translation>A case bundle</translation>
        </message>
        <message>
            <source>Open the bundle</source>
            <translation>Open the bundle</translation>
        </message>
        <message>
            <source>The one-time passphrase you were told.</source>
            <translation>The one-time passphrase you were told.</translation>
        </message>
        <message>
            <source>Reading the bundle…</source>
            <translation>Reading the bundle…</translation>
        </message>
        <message>
            <source>Nothing was imported.</source>
            <translation>Nothing was imported.</translation>
        </message>
        <message>
            <source>Importing…</source>
            <translation>Importing…</translation>
        </message>
        <message>
            <source>Imported {0} new and {1} changed records; {2} kept as they were here; {3} deleted as on the other laptop.</source>
            <translation>Imported {0} new and {1} changed records; {2} kept as they were here; {3} deleted as on the other laptop.</translation>
        </message>
        <message numerus="yes">
            <source>%n partner(s) added to the registry (inactive): check them in Partners.</source>
            <translation>
                <numerusform>%n partner added to the registry (inactive): check them in Partners.</numerusform>
                <numerusform>%n partners added to the registry (inactive): check them in Partners.</numerusform>
            </translation>
        </message>
        <message>
            <source>Encrypted backups</source>
            <translation>Encrypted backups</translation>
        </message>
        <message>
            <source>Folder:</source>
            <translation>Folder:</translation>
        </message>
        <message>
            <source>&amp;Choose folder…</source>
            <translation>&amp;Choose folder…</translation>
        </message>
        <message>
            <source>Reading the backups in the folder…</source>
            <translation>Reading the backups in the folder…</translation>
        </message>
        <message>
            <source>Made</source>
            <translation>Made</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Size</translation>
        </message>
        <message>
            <source>Made by</source>
            <translation>Made by</translation>
        </message>
        <message>
            <source>Verified</source>
            <translation>Verified</translation>
        </message>
        <message>
            <source>&amp;Make a backup now…</source>
            <translation>&amp;Make a backup now…</translation>
        </message>
        <message>
            <source>&amp;Verify…</source>
            <translation>&amp;Verify…</translation>
        </message>
        <message>
            <source>&amp;Restore…</source>
            <translation>&amp;Restore…</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Settings</translation>
        </message>
        <message>
            <source>&amp;Keep the last</source>
            <translation>&amp;Keep the last</translation>
        </message>
        <message>
            <source> backups</source>
            <translation> backups</translation>
        </message>
        <message>
            <source>Re&amp;mind when the last backup is older than</source>
            <translation>Re&amp;mind when the last backup is older than</translation>
        </message>
        <message>
            <source> days</source>
            <translation> days</translation>
        </message>
        <message>
            <source>Hand cases to another laptop</source>
            <translation>Hand cases to another laptop</translation>
        </message>
        <message>
            <source>case codes, e.g. AST-2026-0042, AST-2026-0043</source>
            <translation>case codes, e.g. AST-2026-0042, AST-2026-0043</translation>
        </message>
        <message>
            <source>&amp;Export cases…</source>
            <translation>&amp;Export cases…</translation>
        </message>
        <message>
            <source>&amp;Import a bundle…</source>
            <translation>&amp;Import a bundle…</translation>
        </message>
    </context>
    <context>
        <name>BarChart</name>
        <message>
            <source>Nothing to show for this period.</source>
            <translation>Nothing to show for this period.</translation>
        </message>
    </context>
    <context>
        <name>CallForm</name>
        <message>
            <source>To whom the caller was referred: a partner of the registry, or a name; empty if none.</source>
            <translation>To whom the caller was referred: a partner of the registry, or a name; empty if none.</translation>
        </message>
        <message>
            <source>None reported</source>
            <translation>None reported</translation>
        </message>
        <message>
            <source>New call</source>
            <translation>New call</translation>
        </message>
        <message>
            <source>Editing the call of {0}</source>
            <translation>Editing the call of {0}</translation>
        </message>
        <message>
            <source>Enter the day of the call.</source>
            <translation>Enter the day of the call.</translation>
        </message>
        <message>
            <source>Enter the time as HH:MM, e.g. 09:30.</source>
            <translation>Enter the time as HH:MM, e.g. 09:30.</translation>
        </message>
        <message>
            <source>Choose the topic of the call.</source>
            <translation>Choose the topic of the call.</translation>
        </message>
        <message>
            <source>Restored the call you were logging when the vault locked.</source>
            <translation>Restored the call you were logging when the vault locked.</translation>
        </message>
        <message>
            <source>The person concerned</source>
            <translation>The person concerned</translation>
        </message>
        <message>
            <source>The person the call is about: the caller or someone else.</source>
            <translation>The person the call is about: the caller or someone else.</translation>
        </message>
        <message>
            <source>&amp;Topic</source>
            <translation>&amp;Topic</translation>
        </message>
        <message>
            <source>Choose the topic (type its first letter)</source>
            <translation>Choose the topic (type its first letter)</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>Channel</translation>
        </message>
        <message>
            <source>&amp;Caller</source>
            <translation>&amp;Caller</translation>
        </message>
        <message>
            <source>Anonymous (no name given)</source>
            <translation>Anonymous (no name given)</translation>
        </message>
        <message>
            <source>The caller is still counted by who they are (possible victim, family…).</source>
            <translation>The caller is still counted by who they are (possible victim, family…).</translation>
        </message>
        <message>
            <source>L&amp;anguage</source>
            <translation>L&amp;anguage</translation>
        </message>
        <message>
            <source>Call &amp;back</source>
            <translation>Call &amp;back</translation>
        </message>
        <message>
            <source>only if the caller wants to be called back</source>
            <translation>only if the caller wants to be called back</translation>
        </message>
        <message>
            <source>&amp;Referral</source>
            <translation>&amp;Referral</translation>
        </message>
        <message>
            <source>&amp;Follow-up needed</source>
            <translation>&amp;Follow-up needed</translation>
        </message>
        <message>
            <source>Sex</source>
            <translation>Sex</translation>
        </message>
        <message>
            <source>Age</source>
            <translation>Age</translation>
        </message>
        <message>
            <source>The age in years, if known; otherwise choose a band.</source>
            <translation>The age in years, if known; otherwise choose a band.</translation>
        </message>
        <message>
            <source>Nationality</source>
            <translation>Nationality</translation>
        </message>
        <message>
            <source>e.g. Serbia, Ukraine</source>
            <translation>e.g. Serbia, Ukraine</translation>
        </message>
        <message>
            <source>Exploitation</source>
            <translation>Exploitation</translation>
        </message>
        <message>
            <source>Where</source>
            <translation>Where</translation>
        </message>
        <message>
            <source>town or place</source>
            <translation>town or place</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>Country</translation>
        </message>
        <message>
            <source>country</source>
            <translation>country</translation>
        </message>
        <message>
            <source>Ur&amp;gent</source>
            <translation>Ur&amp;gent</translation>
        </message>
        <message>
            <source>&amp;Note</source>
            <translation>&amp;Note</translation>
        </message>
        <message>
            <source>What the caller asked and what was advised. No names are needed.</source>
            <translation>What the caller asked and what was advised. No names are needed.</translation>
        </message>
        <message>
            <source>&amp;When</source>
            <translation>&amp;When</translation>
        </message>
        <message>
            <source>&amp;Duration</source>
            <translation>&amp;Duration</translation>
        </message>
        <message>
            <source>Counted from your first keystroke in this form; type to change it.</source>
            <translation>Counted from your first keystroke in this form; type to change it.</translation>
        </message>
        <message>
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <source>Line w&amp;orker</source>
            <translation>Line w&amp;orker</translation>
        </message>
        <message>
            <source>Follow-up due</source>
            <translation>Follow-up due</translation>
        </message>
        <message>
            <source>by</source>
            <translation>by</translation>
        </message>
        <message>
            <source>Who does the follow-up</source>
            <translation>Who does the follow-up</translation>
        </message>
        <message>
            <source>Clear</source>
            <translation>Clear</translation>
        </message>
        <message>
            <source>&amp;Save call  (Ctrl+Enter)</source>
            <translation>&amp;Save call  (Ctrl+Enter)</translation>
        </message>
    </context>
    <context>
        <name>CallLogModel</name>
        <message>
            <source>When</source>
            <translation>When</translation>
        </message>
        <message>
            <source>Urgent</source>
            <translation>Urgent</translation>
        </message>
        <message>
            <source>Topic</source>
            <translation>Topic</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>Channel</translation>
        </message>
        <message>
            <source>Person concerned</source>
            <translation>Person concerned</translation>
        </message>
        <message>
            <source>Exploitation</source>
            <translation>Exploitation</translation>
        </message>
        <message>
            <source>Referred to</source>
            <translation>Referred to</translation>
        </message>
        <message>
            <source>Caller</source>
            <translation>Caller</translation>
        </message>
        <message>
            <source>Lang.</source>
            <translation>Lang.</translation>
        </message>
        <message>
            <source>Min.</source>
            <translation>Min.</translation>
        </message>
        <message>
            <source>Follow-up</source>
            <translation>Follow-up</translation>
        </message>
        <message>
            <source>Case</source>
            <translation>Case</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>urgent</source>
            <translation>urgent</translation>
        </message>
        <message>
            <source>{0} · anonymous</source>
            <translation>{0} · anonymous</translation>
        </message>
        <message>
            <source>done</source>
            <translation>done</translation>
        </message>
        <message>
            <source>to do</source>
            <translation>to do</translation>
        </message>
        <message>
            <source>not assigned to you</source>
            <translation>not assigned to you</translation>
        </message>
    </context>
    <context>
        <name>CallsPage</name>
        <message>
            <source>All topics</source>
            <translation>All topics</translation>
        </message>
        <message>
            <source>All months</source>
            <translation>All months</translation>
        </message>
        <message numerus="yes">
            <source>%n call(s)</source>
            <translation>
                <numerusform>%n call</numerusform>
                <numerusform>%n calls</numerusform>
            </translation>
        </message>
        <message>
            <source>Call</source>
            <translation>Call</translation>
        </message>
        <message>
            <source>Saved: {0} · {1}. Ready for the next call.</source>
            <translation>Saved: {0} · {1}. Ready for the next call.</translation>
        </message>
        <message>
            <source>Missing person</source>
            <translation>Missing person</translation>
        </message>
        <message>
            <source>The call was about a missing person. Open a missing-person search for it now?</source>
            <translation>The call was about a missing person. Open a missing-person search for it now?</translation>
        </message>
        <message>
            <source>Open a search</source>
            <translation>Open a search</translation>
        </message>
        <message>
            <source>Later</source>
            <translation>Later</translation>
        </message>
        <message>
            <source>Call of {0} ({1}). The caller becomes a client with a new case; the call's note becomes the case's first contact note.</source>
            <translation>Call of {0} ({1}). The caller becomes a client with a new case; the call's note becomes the case's first contact note.</translation>
        </message>
        <message>
            <source>Convert the call into a client and case</source>
            <translation>Convert the call into a client and case</translation>
        </message>
        <message>
            <source>Link the call to a case</source>
            <translation>Link the call to a case</translation>
        </message>
        <message>
            <source>The call joins the case, and its note is added to the case's contact log.</source>
            <translation>The call joins the case, and its note is added to the case's contact log.</translation>
        </message>
        <message>
            <source>Follow-up</source>
            <translation>Follow-up</translation>
        </message>
        <message>
            <source>Call log</source>
            <translation>Call log</translation>
        </message>
        <message>
            <source>Only open follow-&amp;ups</source>
            <translation>Only open follow-&amp;ups</translation>
        </message>
        <message>
            <source>Follow-up d&amp;one</source>
            <translation>Follow-up d&amp;one</translation>
        </message>
        <message>
            <source>Missing-person searc&amp;h…</source>
            <translation>Missing-person searc&amp;h…</translation>
        </message>
        <message>
            <source>Open the case fil&amp;e</source>
            <translation>Open the case fil&amp;e</translation>
        </message>
        <message>
            <source>Lin&amp;k to a case…</source>
            <translation>Lin&amp;k to a case…</translation>
        </message>
        <message>
            <source>Con&amp;vert to a client…</source>
            <translation>Con&amp;vert to a client…</translation>
        </message>
    </context>
    <context>
        <name>CaseAppointmentsTab</name>
        <message>
            <source>Loading the case's appointments…</source>
            <translation>Loading the case's appointments…</translation>
        </message>
        <message numerus="yes">
            <source>%n appointment(s)</source>
            <translation>
                <numerusform>%n appointment</numerusform>
                <numerusform>%n appointments</numerusform>
            </translation>
        </message>
        <message>
            <source>The appointments could not be read.</source>
            <translation>The appointments could not be read.</translation>
        </message>
        <message>
            <source>&amp;Open</source>
            <translation>&amp;Open</translation>
        </message>
        <message>
            <source>&amp;New appointment…</source>
            <translation>&amp;New appointment…</translation>
        </message>
    </context>
    <context>
        <name>CaseFile</name>
        <message>
            <source>← &amp;Back to the list</source>
            <translation>← &amp;Back to the list</translation>
        </message>
        <message>
            <source>S&amp;hared with the office</source>
            <translation>S&amp;hared with the office</translation>
        </message>
        <message>
            <source>Its client, notes, documents, hearings and assessments go to the other laptops of the team at each sync; who works on it stays each laptop's choice.</source>
            <translation>Its client, notes, documents, hearings and assessments go to the other laptops of the team at each sync; who works on it stays each laptop's choice.</translation>
        </message>
        <message>
            <source>C&amp;lient</source>
            <translation>C&amp;lient</translation>
        </message>
        <message>
            <source>C&amp;ase</source>
            <translation>C&amp;ase</translation>
        </message>
        <message>
            <source>Related &amp;persons</source>
            <translation>Related &amp;persons</translation>
        </message>
        <message>
            <source>Contact lo&amp;g</source>
            <translation>Contact lo&amp;g</translation>
        </message>
        <message>
            <source>Ser&amp;vices</source>
            <translation>Ser&amp;vices</translation>
        </message>
        <message>
            <source>Re&amp;ferrals</source>
            <translation>Re&amp;ferrals</translation>
        </message>
        <message>
            <source>Co&amp;nsent</source>
            <translation>Co&amp;nsent</translation>
        </message>
        <message>
            <source>&amp;Documents</source>
            <translation>&amp;Documents</translation>
        </message>
        <message>
            <source>Appoint&amp;ments</source>
            <translation>Appoint&amp;ments</translation>
        </message>
        <message>
            <source>Cour&amp;t</source>
            <translation>Cour&amp;t</translation>
        </message>
        <message>
            <source>&amp;Risk &amp;&amp; safety</source>
            <translation>&amp;Risk &amp;&amp; safety</translation>
        </message>
        <message>
            <source>Shared with the office</source>
            <translation>Shared with the office</translation>
        </message>
        <message>
            <source>&amp;Save changes</source>
            <translation>&amp;Save changes</translation>
        </message>
        <message>
            <source>Reading the client's record…</source>
            <translation>Reading the client's record…</translation>
        </message>
        <message>
            <source>This case file could not be read: {0} Go back to the list and open it again.</source>
            <translation>This case file could not be read: {0} Go back to the list and open it again.</translation>
        </message>
        <message>
            <source>The personal number's last (control) digit does not fit.</source>
            <translation>The personal number's last (control) digit does not fit.</translation>
        </message>
        <message>
            <source>The personal number's first seven digits are not a date.</source>
            <translation>The personal number's first seven digits are not a date.</translation>
        </message>
        <message>
            <source>The personal number holds another date of birth than the one entered.</source>
            <translation>The personal number holds another date of birth than the one entered.</translation>
        </message>
        <message>
            <source>It was saved as typed: check it against the document.</source>
            <translation>It was saved as typed: check it against the document.</translation>
        </message>
        <message>
            <source>Discard unsaved changes?</source>
            <translation>Discard unsaved changes?</translation>
        </message>
        <message>
            <source>This case file has changes that are not saved. Discard them?</source>
            <translation>This case file has changes that are not saved. Discard them?</translation>
        </message>
        <message>
            <source>Discard</source>
            <translation>Discard</translation>
        </message>
        <message>
            <source>Keep editing</source>
            <translation>Keep editing</translation>
        </message>
    </context>
    <context>
        <name>CaseListModel</name>
        <message>
            <source>Case code</source>
            <translation>Case code</translation>
        </message>
        <message>
            <source>Client</source>
            <translation>Client</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Opened</source>
            <translation>Opened</translation>
        </message>
        <message>
            <source>Last change</source>
            <translation>Last change</translation>
        </message>
        <message>
            <source>Risk</source>
            <translation>Risk</translation>
        </message>
        <message>
            <source>Shared with the office: changes travel to the team's laptops</source>
            <translation>Shared with the office: changes travel to the team's laptops</translation>
        </message>
    </context>
    <context>
        <name>CaseListPage</name>
        <message>
            <source>Open cases</source>
            <translation>Open cases</translation>
        </message>
        <message>
            <source>All statuses</source>
            <translation>All statuses</translation>
        </message>
        <message>
            <source>Any exploitation</source>
            <translation>Any exploitation</translation>
        </message>
        <message>
            <source>Any risk level</source>
            <translation>Any risk level</translation>
        </message>
        <message>
            <source>High risk</source>
            <translation>High risk</translation>
        </message>
        <message>
            <source>High risk, reassessment overdue</source>
            <translation>High risk, reassessment overdue</translation>
        </message>
        <message>
            <source>Medium risk</source>
            <translation>Medium risk</translation>
        </message>
        <message>
            <source>Low risk</source>
            <translation>Low risk</translation>
        </message>
        <message>
            <source>Not assessed</source>
            <translation>Not assessed</translation>
        </message>
        <message numerus="yes">
            <source>%n case(s)</source>
            <translation>
                <numerusform>%n case</numerusform>
                <numerusform>%n cases</numerusform>
            </translation>
        </message>
        <message>
            <source>Search names, aliases, case codes and notes — any script, with or without č ć đ š ž</source>
            <translation>Search names, aliases, case codes and notes — any script, with or without č ć đ š ž</translation>
        </message>
        <message>
            <source>Assigned to &amp;me</source>
            <translation>Assigned to &amp;me</translation>
        </message>
        <message>
            <source>&amp;New client…</source>
            <translation>&amp;New client…</translation>
        </message>
    </context>
    <context>
        <name>ChargeDialog</name>
        <message>
            <source>Re-qualify the charge</source>
            <translation>Re-qualify the charge</translation>
        </message>
        <message>
            <source>Add a charge</source>
            <translation>Add a charge</translation>
        </message>
        <message>
            <source>Now: Art. {0} {1}, since {2}</source>
            <translation>Now: Art. {0} {1}, since {2}</translation>
        </message>
        <message>
            <source>Enter the date of the charge.</source>
            <translation>Enter the date of the charge.</translation>
        </message>
        <message>
            <source>&amp;Article</source>
            <translation>&amp;Article</translation>
        </message>
        <message>
            <source>e.g. 388 st. 1</source>
            <translation>e.g. 388 st. 1</translation>
        </message>
        <message>
            <source>&amp;Offence</source>
            <translation>&amp;Offence</translation>
        </message>
        <message>
            <source>e.g. Trgovina ljudima</source>
            <translation>e.g. Trgovina ljudima</translation>
        </message>
        <message>
            <source>&amp;Since</source>
            <translation>&amp;Since</translation>
        </message>
        <message>
            <source>&amp;Note</source>
            <translation>&amp;Note</translation>
        </message>
    </context>
    <context>
        <name>ChronologyOptions</name>
        <message>
            <source>From (optional)</source>
            <translation>From (optional)</translation>
        </message>
        <message>
            <source>To (optional)</source>
            <translation>To (optional)</translation>
        </message>
    </context>
    <context>
        <name>ClaimEditor</name>
        <message>
            <source>The case's latest proceeding</source>
            <translation>The case's latest proceeding</translation>
        </message>
        <message>
            <source>Loading the claim…</source>
            <translation>Loading the claim…</translation>
        </message>
        <message>
            <source>{0} {1}: “{2}” is not an amount in dinars. Write it as 1.234,56, or leave it empty to specify it later.</source>
            <translation>{0} {1}: “{2}” is not an amount in dinars. Write it as 1.234,56, or leave it empty to specify it later.</translation>
        </message>
        <message>
            <source>{0} {1}: the amount must be more than zero. Leave it empty if it is to be specified later.</source>
            <translation>{0} {1}: the amount must be more than zero. Leave it empty if it is to be specified later.</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>Item</translation>
        </message>
        <message>
            <source>Item {0}: “{1}” is not a date. Write the day interest runs from as dd.mm.yyyy, e.g. 30.06.2023, or leave it empty for the day of the judgment.</source>
            <translation>Item {0}: “{1}” is not a date. Write the day interest runs from as dd.mm.yyyy, e.g. 30.06.2023, or leave it empty for the day of the judgment.</translation>
        </message>
        <message>
            <source>Item {0}: interest cannot run from {1}, a day still to come. Leave the date empty for interest from the day of the judgment.</source>
            <translation>Item {0}: interest cannot run from {1}, a day still to come. Leave the date empty for interest from the day of the judgment.</translation>
        </message>
        <message>
            <source>Cost</source>
            <translation>Cost</translation>
        </message>
        <message>
            <source>Material {0} RSD · non-material {1} RSD · total {2} RSD</source>
            <translation>Material {0} RSD · non-material {1} RSD · total {2} RSD</translation>
        </message>
        <message>
            <source>a basic court (osnovni sud)</source>
            <translation>a basic court (osnovni sud)</translation>
        </message>
        <message>
            <source>a higher court (viši sud)</source>
            <translation>a higher court (viši sud)</translation>
        </message>
        <message>
            <source>a basic or a higher court, by the euro rate of the day</source>
            <translation>a basic or a higher court, by the euro rate of the day</translation>
        </message>
        <message>
            <source>By the value of the dispute the civil suit goes to {0}: where the defendant lives or where the harm was done. Left empty, the suit names the level and leaves the seat to fill in.</source>
            <translation>By the value of the dispute the civil suit goes to {0}: where the defendant lives or where the harm was done. Left empty, the suit names the level and leaves the seat to fill in.</translation>
        </message>
        <message>
            <source>Compensation claim</source>
            <translation>Compensation claim</translation>
        </message>
        <message>
            <source>&amp;Proceeding</source>
            <translation>&amp;Proceeding</translation>
        </message>
        <message>
            <source>Heads of damage</source>
            <translation>Heads of damage</translation>
        </message>
        <message>
            <source>Head of damage</source>
            <translation>Head of damage</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Description</translation>
        </message>
        <message>
            <source>Amount (RSD)</source>
            <translation>Amount (RSD)</translation>
        </message>
        <message>
            <source>Interest from</source>
            <translation>Interest from</translation>
        </message>
        <message>
            <source>Evidence (separate with ;)</source>
            <translation>Evidence (separate with ;)</translation>
        </message>
        <message>
            <source>&amp;Add a head of damage</source>
            <translation>&amp;Add a head of damage</translation>
        </message>
        <message>
            <source>&amp;Remove it</source>
            <translation>&amp;Remove it</translation>
        </message>
        <message>
            <source>Amounts in dinars, as 1.234,56; an empty amount is specified later. Interest from: dd.mm.yyyy, or empty for the day of the judgment.</source>
            <translation>Amounts in dinars, as 1.234,56; an empty amount is specified later. Interest from: dd.mm.yyyy, or empty for the day of the judgment.</translation>
        </message>
        <message>
            <source>Costs of the proceedings</source>
            <translation>Costs of the proceedings</translation>
        </message>
        <message>
            <source>Add a c&amp;ost</source>
            <translation>Add a c&amp;ost</translation>
        </message>
        <message>
            <source>Remo&amp;ve the cost</source>
            <translation>Remo&amp;ve the cost</translation>
        </message>
        <message>
            <source>&amp;Facts</source>
            <translation>&amp;Facts</translation>
        </message>
        <message>
            <source>The facts as the lawyer words them (optional; left empty, the filings state them briefly)</source>
            <translation>The facts as the lawyer words them (optional; left empty, the filings state them briefly)</translation>
        </message>
        <message>
            <source>Civil &amp;court</source>
            <translation>Civil &amp;court</translation>
        </message>
        <message>
            <source>e.g. Prvi osnovni sud u Beogradu</source>
            <translation>e.g. Prvi osnovni sud u Beogradu</translation>
        </message>
        <message>
            <source>Civil case &amp;number</source>
            <translation>Civil case &amp;number</translation>
        </message>
        <message>
            <source>once the suit is filed, e.g. P 123/26</source>
            <translation>once the suit is filed, e.g. P 123/26</translation>
        </message>
        <message>
            <source>Free &amp;legal aid</source>
            <translation>Free &amp;legal aid</translation>
        </message>
        <message>
            <source>decision granting free legal aid: body, number, date</source>
            <translation>decision granting free legal aid: body, number, date</translation>
        </message>
        <message>
            <source>Victims of trafficking and children are entitled to free legal aid without a means test; it is requested from the municipality.</source>
            <translation>Victims of trafficking and children are entitled to free legal aid without a means test; it is requested from the municipality.</translation>
        </message>
    </context>
    <context>
        <name>ClaimOptions</name>
        <message>
            <source>The case's compensation cla&amp;im…</source>
            <translation>The case's compensation cla&amp;im…</translation>
        </message>
        <message>
            <source>Head of damage</source>
            <translation>Head of damage</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Description</translation>
        </message>
        <message>
            <source>Amount (RSD)</source>
            <translation>Amount (RSD)</translation>
        </message>
        <message>
            <source>Interest from</source>
            <translation>Interest from</translation>
        </message>
        <message>
            <source>&amp;Add an item</source>
            <translation>&amp;Add an item</translation>
        </message>
        <message>
            <source>&amp;Remove the item</source>
            <translation>&amp;Remove the item</translation>
        </message>
        <message>
            <source>Amounts as 1.234,56. No items here: the case's saved claim is used; a claim with no amounts is made as a draft.</source>
            <translation>Amounts as 1.234,56. No items here: the case's saved claim is used; a claim with no amounts is made as a draft.</translation>
        </message>
        <message>
            <source>Evidence, one per line. Left empty: the documents of the case.</source>
            <translation>Evidence, one per line. Left empty: the documents of the case.</translation>
        </message>
        <message>
            <source>Mark it as a draft</source>
            <translation>Mark it as a draft</translation>
        </message>
    </context>
    <context>
        <name>ConfirmPage</name>
        <message>
            <source>Check the sheet</source>
            <translation>Check the sheet</translation>
        </message>
        <message>
            <source>Type the last two groups of the recovery key from your sheet (not from the screen).</source>
            <translation>Type the last two groups of the recovery key from your sheet (not from the screen).</translation>
        </message>
        <message>
            <source>&amp;Last two groups</source>
            <translation>&amp;Last two groups</translation>
        </message>
    </context>
    <context>
        <name>ConflictFields</name>
        <message>
            <source>Record ID</source>
            <translation>Record ID</translation>
        </message>
        <message>
            <source>Entered on</source>
            <translation>Entered on</translation>
        </message>
        <message>
            <source>Entered by</source>
            <translation>Entered by</translation>
        </message>
        <message>
            <source>Assessed by</source>
            <translation>Assessed by</translation>
        </message>
        <message>
            <source>Worker in charge</source>
            <translation>Worker in charge</translation>
        </message>
        <message>
            <source>Starts</source>
            <translation>Starts</translation>
        </message>
        <message>
            <source>Ends</source>
            <translation>Ends</translation>
        </message>
        <message>
            <source>Series of appointments</source>
            <translation>Series of appointments</translation>
        </message>
        <message>
            <source>File type</source>
            <translation>File type</translation>
        </message>
        <message>
            <source>Instrument</source>
            <translation>Instrument</translation>
        </message>
        <message>
            <source>Instrument version</source>
            <translation>Instrument version</translation>
        </message>
        <message>
            <source>Answers</source>
            <translation>Answers</translation>
        </message>
        <message>
            <source>Comments</source>
            <translation>Comments</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>Score</translation>
        </message>
        <message>
            <source>Score band</source>
            <translation>Score band</translation>
        </message>
        <message>
            <source>Red flags</source>
            <translation>Red flags</translation>
        </message>
        <message>
            <source>Severity</source>
            <translation>Severity</translation>
        </message>
        <message>
            <source>Likelihood</source>
            <translation>Likelihood</translation>
        </message>
        <message>
            <source>Level by the grid</source>
            <translation>Level by the grid</translation>
        </message>
        <message>
            <source>Calculated level</source>
            <translation>Calculated level</translation>
        </message>
        <message>
            <source>Suggested action</source>
            <translation>Suggested action</translation>
        </message>
        <message>
            <source>Event</source>
            <translation>Event</translation>
        </message>
        <message>
            <source>Witnesses summoned</source>
            <translation>Witnesses summoned</translation>
        </message>
        <message>
            <source>Witnesses who came</source>
            <translation>Witnesses who came</translation>
        </message>
        <message>
            <source>Witnesses who testified</source>
            <translation>Witnesses who testified</translation>
        </message>
        <message>
            <source>Party</source>
            <translation>Party</translation>
        </message>
        <message>
            <source>Replaces the charge</source>
            <translation>Replaces the charge</translation>
        </message>
        <message>
            <source>Search opened on</source>
            <translation>Search opened on</translation>
        </message>
        <message>
            <source>Search closed on</source>
            <translation>Search closed on</translation>
        </message>
        <message>
            <source>Follow-up done</source>
            <translation>Follow-up done</translation>
        </message>
        <message>
            <source>Last logged on</source>
            <translation>Last logged on</translation>
        </message>
        <message>
            <source>Link to the case</source>
            <translation>Link to the case</translation>
        </message>
        <message>
            <source>Age band</source>
            <translation>Age band</translation>
        </message>
        <message>
            <source>Partner (as written)</source>
            <translation>Partner (as written)</translation>
        </message>
    </context>
    <context>
        <name>ConflictsDialog</name>
        <message>
            <source>Field</source>
            <translation>Field</translation>
        </message>
        <message>
            <source>This laptop</source>
            <translation>This laptop</translation>
        </message>
        <message>
            <source>The other laptop</source>
            <translation>The other laptop</translation>
        </message>
        <message>
            <source>(deleted)</source>
            <translation>(deleted)</translation>
        </message>
        <message>
            <source>Keep it, with this laptop's changes</source>
            <translation>Keep it, with this laptop's changes</translation>
        </message>
        <message>
            <source>Delete it here too</source>
            <translation>Delete it here too</translation>
        </message>
        <message>
            <source>Leave it deleted</source>
            <translation>Leave it deleted</translation>
        </message>
        <message>
            <source>Bring it back with the other laptop's changes</source>
            <translation>Bring it back with the other laptop's changes</translation>
        </message>
        <message>
            <source>Keep this laptop's version</source>
            <translation>Keep this laptop's version</translation>
        </message>
        <message>
            <source>Take the other laptop's version</source>
            <translation>Take the other laptop's version</translation>
        </message>
        <message>
            <source>Deleted on this laptop; changed on the other laptop since you last exchanged it.</source>
            <translation>Deleted on this laptop; changed on the other laptop since you last exchanged it.</translation>
        </message>
        <message>
            <source>Deleted on the other laptop (by {0}); changed on this laptop since you last exchanged it.</source>
            <translation>Deleted on the other laptop (by {0}); changed on this laptop since you last exchanged it.</translation>
        </message>
        <message>
            <source>Deleted on the other laptop; changed on this laptop since you last exchanged it.</source>
            <translation>Deleted on the other laptop; changed on this laptop since you last exchanged it.</translation>
        </message>
        <message>
            <source>Deleting it here also deletes the records that belong to it ({0}).</source>
            <translation>Deleting it here also deletes the records that belong to it ({0}).</translation>
        </message>
        <message>
            <source>Changed on both laptops</source>
            <translation>Changed on both laptops</translation>
        </message>
        <message>
            <source>These records were changed here and on the other laptop since you last exchanged them (or deleted on one and changed on the other). Choose, for each, which version to keep; nothing is imported until you do.</source>
            <translation>These records were changed here and on the other laptop since you last exchanged them (or deleted on one and changed on the other). Choose, for each, which version to keep; nothing is imported until you do.</translation>
        </message>
    </context>
    <context>
        <name>CourtDocumentsPage</name>
        <message>
            <source>Compensation claim</source>
            <translation>Compensation claim</translation>
        </message>
        <message>
            <source>Choose a case first.</source>
            <translation>Choose a case first.</translation>
        </message>
        <message>
            <source>The options changed. Press Preview to see the document.</source>
            <translation>The options changed. Press Preview to see the document.</translation>
        </message>
        <message>
            <source>Preview</source>
            <translation>Preview</translation>
        </message>
        <message>
            <source>Making the document…</source>
            <translation>Making the document…</translation>
        </message>
        <message>
            <source>This filing may not fit the proceeding</source>
            <translation>This filing may not fit the proceeding</translation>
        </message>
        <message numerus="yes">
            <source>{0} for {1}: %n page(s), {2}.</source>
            <translation>
                <numerusform>{0} for {1}: %n page, {2}.</numerusform>
                <numerusform>{0} for {1}: %n pages, {2}.</numerusform>
            </translation>
        </message>
        <message>
            <source>with the client's name</source>
            <translation>with the client's name</translation>
        </message>
        <message>
            <source>case code only</source>
            <translation>case code only</translation>
        </message>
        <message>
            <source>Press Review to check it before it is saved, exported or printed.</source>
            <translation>Press Review to check it before it is saved, exported or printed.</translation>
        </message>
        <message>
            <source>Court documents</source>
            <translation>Court documents</translation>
        </message>
        <message>
            <source>Saved into the documents of {0} as {1} (encrypted in the vault).</source>
            <translation>Saved into the documents of {0} as {1} (encrypted in the vault).</translation>
        </message>
        <message>
            <source>It shows the client's name.</source>
            <translation>It shows the client's name.</translation>
        </message>
        <message>
            <source>It shows the case code, not the client's name.</source>
            <translation>It shows the case code, not the client's name.</translation>
        </message>
        <message>
            <source>Export an unencrypted copy?</source>
            <translation>Export an unencrypted copy?</translation>
        </message>
        <message>
            <source>The copy will be an ordinary, unencrypted PDF: anyone who gets hold of it — or of the disk or USB stick it is on — can read it. {0} The export is recorded in the audit trail. Export anyway?</source>
            <translation>The copy will be an ordinary, unencrypted PDF: anyone who gets hold of it — or of the disk or USB stick it is on — can read it. {0} The export is recorded in the audit trail. Export anyway?</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Export</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Export a copy</source>
            <translation>Export a copy</translation>
        </message>
        <message>
            <source>Exported an unencrypted copy to {0}.</source>
            <translation>Exported an unencrypted copy to {0}.</translation>
        </message>
        <message>
            <source>Print</source>
            <translation>Print</translation>
        </message>
        <message>
            <source>The printer could not be started.</source>
            <translation>The printer could not be started.</translation>
        </message>
        <message>
            <source>Sent to the printer; the printout is recorded in the audit trail.</source>
            <translation>Sent to the printer; the printout is recorded in the audit trail.</translation>
        </message>
        <message>
            <source>Request for particularly vulnerable witness status</source>
            <translation>Request for particularly vulnerable witness status</translation>
        </message>
        <message>
            <source>Property claim</source>
            <translation>Property claim</translation>
        </message>
        <message>
            <source>Chronology of events and proceedings</source>
            <translation>Chronology of events and proceedings</translation>
        </message>
        <message>
            <source>Risk / safety report</source>
            <translation>Risk / safety report</translation>
        </message>
        <message>
            <source>Letter confirming support</source>
            <translation>Letter confirming support</translation>
        </message>
        <message>
            <source>Court attendance record</source>
            <translation>Court attendance record</translation>
        </message>
        <message>
            <source>Evidence index</source>
            <translation>Evidence index</translation>
        </message>
        <message>
            <source>Civil suit for damages</source>
            <translation>Civil suit for damages</translation>
        </message>
        <message>
            <source>Court-support documents</source>
            <translation>Court-support documents</translation>
        </message>
        <message>
            <source>&amp;Case</source>
            <translation>&amp;Case</translation>
        </message>
        <message>
            <source>Case code, e.g. AST-2026-0042</source>
            <translation>Case code, e.g. AST-2026-0042</translation>
        </message>
        <message>
            <source>Looking for cases…</source>
            <translation>Looking for cases…</translation>
        </message>
        <message>
            <source>&amp;Document</source>
            <translation>&amp;Document</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Language</translation>
        </message>
        <message>
            <source>Show the client as</source>
            <translation>Show the client as</translation>
        </message>
        <message>
            <source>Case code only (recommended)</source>
            <translation>Case code only (recommended)</translation>
        </message>
        <message>
            <source>Client's name</source>
            <translation>Client's name</translation>
        </message>
        <message>
            <source>A filing names the client as the court does (the proceeding's “The court calls the client”: initials or a pseudonym), or leaves a line to fill in.</source>
            <translation>A filing names the client as the court does (the proceeding's “The court calls the client”: initials or a pseudonym), or leaves a line to fill in.</translation>
        </message>
        <message>
            <source>On for the organisation's own documents; off for filings, which a court receives as the lawyer's submission</source>
            <translation>On for the organisation's own documents; off for filings, which a court receives as the lawyer's submission</translation>
        </message>
        <message>
            <source>“Confidential” stamp, date made and case code on every page</source>
            <translation>“Confidential” stamp, date made and case code on every page</translation>
        </message>
        <message>
            <source>Options of this document</source>
            <translation>Options of this document</translation>
        </message>
        <message>
            <source>&amp;Preview</source>
            <translation>&amp;Preview</translation>
        </message>
        <message>
            <source>See what the document prints and what was taken out, before it leaves the case</source>
            <translation>See what the document prints and what was taken out, before it leaves the case</translation>
        </message>
        <message>
            <source>Re&amp;view…</source>
            <translation>Re&amp;view…</translation>
        </message>
        <message>
            <source>&amp;Save into the case</source>
            <translation>&amp;Save into the case</translation>
        </message>
        <message>
            <source>E&amp;xport a copy…</source>
            <translation>E&amp;xport a copy…</translation>
        </message>
        <message>
            <source>P&amp;rint…</source>
            <translation>P&amp;rint…</translation>
        </message>
        <message>
            <source>Choose a case and a document, then press Preview.</source>
            <translation>Choose a case and a document, then press Preview.</translation>
        </message>
    </context>
    <context>
        <name>CreateTeamDialog</name>
        <message>
            <source>The office folder</source>
            <translation>The office folder</translation>
        </message>
        <message>
            <source>Give the team a name (the office's, for example).</source>
            <translation>Give the team a name (the office's, for example).</translation>
        </message>
        <message>
            <source>Choose the office folder.</source>
            <translation>Choose the office folder.</translation>
        </message>
        <message>
            <source>Create a team</source>
            <translation>Create a team</translation>
        </message>
        <message>
            <source>This laptop becomes the team's administrator: it admits other laptops and can remove them. Choose the office folder that Syncthing, a shared drive or a USB stick carries between the laptops.</source>
            <translation>This laptop becomes the team's administrator: it admits other laptops and can remove them. Choose the office folder that Syncthing, a shared drive or a USB stick carries between the laptops.</translation>
        </message>
        <message>
            <source>Team &amp;name</source>
            <translation>Team &amp;name</translation>
        </message>
        <message>
            <source>Office &amp;folder</source>
            <translation>Office &amp;folder</translation>
        </message>
        <message>
            <source>C&amp;hoose…</source>
            <translation>C&amp;hoose…</translation>
        </message>
    </context>
    <context>
        <name>DateField</name>
        <message>
            <source>dd.mm.yyyy</source>
            <translation>dd.mm.yyyy</translation>
        </message>
    </context>
    <context>
        <name>DefendantDialog</name>
        <message>
            <source>Add a defendant</source>
            <translation>Add a defendant</translation>
        </message>
        <message>
            <source>&amp;Defendant</source>
            <translation>&amp;Defendant</translation>
        </message>
        <message>
            <source>Initials, e.g. D. J.</source>
            <translation>Initials, e.g. D. J.</translation>
        </message>
        <message>
            <source>&amp;Role</source>
            <translation>&amp;Role</translation>
        </message>
    </context>
    <context>
        <name>DialogDrafts</name>
        <message numerus="yes">
            <source>Not all of what you had typed here could be put back: %n field(s) could not be found again, because the record changed while the vault was locked. Check the form before saving.</source>
            <translation>
                <numerusform>Not all of what you had typed here could be put back: %n field could not be found again, because the record changed while the vault was locked. Check the form before saving.</numerusform>
                <numerusform>Not all of what you had typed here could be put back: %n fields could not be found again, because the record changed while the vault was locked. Check the form before saving.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Some forms that were open when the vault locked could not be opened again (%n): the records they belonged to were deleted or moved meanwhile. What was typed in them is lost.</source>
            <translation>
                <numerusform>Some forms that were open when the vault locked could not be opened again (%n): the records they belonged to were deleted or moved meanwhile. What was typed in them is lost.</numerusform>
                <numerusform>Some forms that were open when the vault locked could not be opened again (%n): the records they belonged to were deleted or moved meanwhile. What was typed in them is lost.</numerusform>
            </translation>
        </message>
        <message>
            <source>Open forms</source>
            <translation>Open forms</translation>
        </message>
    </context>
    <context>
        <name>DisclosureReview</name>
        <message>
            <source>Review before it leaves the case</source>
            <translation>Review before it leaves the case</translation>
        </message>
        <message>
            <source>&lt;span style="background:{0}"&gt;&amp;nbsp;taken out&amp;nbsp;&lt;/span&gt; — replaced by the case code, a relation or […]; &lt;span style="background:{1}"&gt;&amp;nbsp;check&amp;nbsp;&lt;/span&gt; — a capitalised word that is not a common word: is it a name?</source>
            <translation>&lt;span style="background:{0}"&gt;&amp;nbsp;taken out&amp;nbsp;&lt;/span&gt; — replaced by the case code, a relation or […]; &lt;span style="background:{1}"&gt;&amp;nbsp;check&amp;nbsp;&lt;/span&gt; — a capitalised word that is not a common word: is it a name?</translation>
        </message>
        <message>
            <source>&amp;Redact the selected text</source>
            <translation>&amp;Redact the selected text</translation>
        </message>
        <message>
            <source>&amp;Show it</source>
            <translation>&amp;Show it</translation>
        </message>
        <message>
            <source>Health items of the risk assessment</source>
            <translation>Health items of the risk assessment</translation>
        </message>
        <message>
            <source>The latest assessment found none.</source>
            <translation>The latest assessment found none.</translation>
        </message>
        <message>
            <source>Contact notes (internal: left out unless ticked)</source>
            <translation>Contact notes (internal: left out unless ticked)</translation>
        </message>
        <message>
            <source>Health</source>
            <translation>Health</translation>
        </message>
        <message>
            <source>Attachments listed</source>
            <translation>Attachments listed</translation>
        </message>
        <message>
            <source>Taken out</source>
            <translation>Taken out</translation>
        </message>
        <message>
            <source>Redact</source>
            <translation>Redact</translation>
        </message>
        <message>
            <source>Select a word or phrase in the text first, then press Redact.</source>
            <translation>Select a word or phrase in the text first, then press Redact.</translation>
        </message>
        <message>
            <source>Show it</source>
            <translation>Show it</translation>
        </message>
        <message>
            <source>Pick one of the texts taken out first.</source>
            <translation>Pick one of the texts taken out first.</translation>
        </message>
        <message>
            <source>Reading the document…</source>
            <translation>Reading the document…</translation>
        </message>
        <message>
            <source>Taken out: {0}</source>
            <translation>Taken out: {0}</translation>
        </message>
        <message>
            <source>Not a common word: is it a name? Select it to redact it.</source>
            <translation>Not a common word: is it a name? Select it to redact it.</translation>
        </message>
        <message numerus="yes">
            <source>%n text(s) taken out</source>
            <translation>
                <numerusform>%n text taken out</numerusform>
                <numerusform>%n texts taken out</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n word(s) to check</source>
            <translation>
                <numerusform>%n word to check</numerusform>
                <numerusform>%n words to check</numerusform>
            </translation>
        </message>
        <message>
            <source>Review</source>
            <translation>Review</translation>
        </message>
        <message>
            <source>Discard the changes?</source>
            <translation>Discard the changes?</translation>
        </message>
        <message>
            <source>What you chose in this review will be forgotten. Close it anyway?</source>
            <translation>What you chose in this review will be forgotten. Close it anyway?</translation>
        </message>
        <message>
            <source>Discard</source>
            <translation>Discard</translation>
        </message>
        <message>
            <source>Keep reviewing</source>
            <translation>Keep reviewing</translation>
        </message>
    </context>
    <context>
        <name>DocumentViewer</name>
        <message>
            <source>ASTRA Desktop — document</source>
            <translation>ASTRA Desktop — document</translation>
        </message>
        <message>
            <source>{0} cannot be shown here ({1}). Its fingerprint is {2}.</source>
            <translation>{0} cannot be shown here ({1}). Its fingerprint is {2}.</translation>
        </message>
    </context>
    <context>
        <name>DocumentsTab</name>
        <message>
            <source>Loading the case's documents…</source>
            <translation>Loading the case's documents…</translation>
        </message>
        <message>
            <source>Import a file into the case</source>
            <translation>Import a file into the case</translation>
        </message>
        <message>
            <source>Importing {0}…</source>
            <translation>Importing {0}…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Imported {0}. SHA-256: {1}</source>
            <translation>Imported {0}. SHA-256: {1}</translation>
        </message>
        <message>
            <source>The file could not be read: {0}</source>
            <translation>The file could not be read: {0}</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Import</translation>
        </message>
        <message>
            <source>View</source>
            <translation>View</translation>
        </message>
        <message>
            <source>Export an unencrypted copy?</source>
            <translation>Export an unencrypted copy?</translation>
        </message>
        <message>
            <source>The copy will be an ordinary, unencrypted file: anyone who gets hold of it — or of the disk or USB stick it is on — can read it. The export is recorded in the audit trail. Export anyway?</source>
            <translation>The copy will be an ordinary, unencrypted file: anyone who gets hold of it — or of the disk or USB stick it is on — can read it. The export is recorded in the audit trail. Export anyway?</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Export</translation>
        </message>
        <message>
            <source>Export a copy</source>
            <translation>Export a copy</translation>
        </message>
        <message>
            <source>Exported a copy to {0}.</source>
            <translation>Exported a copy to {0}.</translation>
        </message>
        <message>
            <source>File</source>
            <translation>File</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Size</translation>
        </message>
        <message>
            <source>Imported</source>
            <translation>Imported</translation>
        </message>
        <message>
            <source>SHA-256 (fingerprint)</source>
            <translation>SHA-256 (fingerprint)</translation>
        </message>
        <message>
            <source>Files are kept inside the encrypted vault and viewed from memory; nothing is unpacked to disk.</source>
            <translation>Files are kept inside the encrypted vault and viewed from memory; nothing is unpacked to disk.</translation>
        </message>
        <message>
            <source>&amp;Import a file…</source>
            <translation>&amp;Import a file…</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;View</translation>
        </message>
        <message>
            <source>E&amp;xport a copy…</source>
            <translation>E&amp;xport a copy…</translation>
        </message>
    </context>
    <context>
        <name>EntriesTab</name>
        <message>
            <source>&amp;Add</source>
            <translation>&amp;Add</translation>
        </message>
    </context>
    <context>
        <name>FilingChoices</name>
        <message>
            <source>As the proceeding's stage says</source>
            <translation>As the proceeding's stage says</translation>
        </message>
        <message>
            <source>The one holding the power of attorney</source>
            <translation>The one holding the power of attorney</translation>
        </message>
        <message>
            <source>&amp;Lawyer who files</source>
            <translation>&amp;Lawyer who files</translation>
        </message>
        <message>
            <source>Addre&amp;ssed to</source>
            <translation>Addre&amp;ssed to</translation>
        </message>
    </context>
    <context>
        <name>GuardedDialog</name>
        <message>
            <source>Discard what you typed?</source>
            <translation>Discard what you typed?</translation>
        </message>
        <message>
            <source>This form has entries that are not saved. Close it and discard them?</source>
            <translation>This form has entries that are not saved. Close it and discard them?</translation>
        </message>
        <message>
            <source>Discard</source>
            <translation>Discard</translation>
        </message>
        <message>
            <source>Keep editing</source>
            <translation>Keep editing</translation>
        </message>
    </context>
    <context>
        <name>HearingDialog</name>
        <message>
            <source>Hearing</source>
            <translation>Hearing</translation>
        </message>
        <message>
            <source>Loading the hearing…</source>
            <translation>Loading the hearing…</translation>
        </message>
        <message>
            <source>Hearing · {0}</source>
            <translation>Hearing · {0}</translation>
        </message>
        <message>
            <source>Postponed &amp;by</source>
            <translation>Postponed &amp;by</translation>
        </message>
        <message>
            <source>their defence lawyer</source>
            <translation>their defence lawyer</translation>
        </message>
        <message>
            <source>No defendants recorded yet (add them on the Court tab).</source>
            <translation>No defendants recorded yet (add them on the Court tab).</translation>
        </message>
        <message>
            <source>The next hearing is already scheduled: {0}.</source>
            <translation>The next hearing is already scheduled: {0}.</translation>
        </message>
        <message>
            <source>summoned</source>
            <translation>summoned</translation>
        </message>
        <message>
            <source>testified</source>
            <translation>testified</translation>
        </message>
        <message>
            <source>came</source>
            <translation>came</translation>
        </message>
        <message>
            <source>Wi&amp;tnesses</source>
            <translation>Wi&amp;tnesses</translation>
        </message>
        <message>
            <source>Double booking</source>
            <translation>Double booking</translation>
        </message>
        <message>
            <source>Schedule the next hearing anyway?</source>
            <translation>Schedule the next hearing anyway?</translation>
        </message>
        <message>
            <source>Schedule anyway</source>
            <translation>Schedule anyway</translation>
        </message>
        <message>
            <source>Change the date</source>
            <translation>Change the date</translation>
        </message>
        <message>
            <source>&amp;Status</source>
            <translation>&amp;Status</translation>
        </message>
        <message>
            <source>&amp;Why postponed</source>
            <translation>&amp;Why postponed</translation>
        </message>
        <message>
            <source>e.g. the defendant was not brought from custody</source>
            <translation>e.g. the defendant was not brought from custody</translation>
        </message>
        <message>
            <source>Who was in court</source>
            <translation>Who was in court</translation>
        </message>
        <message>
            <source>Protective &amp;measures applied</source>
            <translation>Protective &amp;measures applied</translation>
        </message>
        <message>
            <source>&amp;Outcome</source>
            <translation>&amp;Outcome</translation>
        </message>
        <message>
            <source>What happened: testimony given, evidence heard …</source>
            <translation>What happened: testimony given, evidence heard …</translation>
        </message>
        <message>
            <source>&amp;Next hearing</source>
            <translation>&amp;Next hearing</translation>
        </message>
    </context>
    <context>
        <name>HistoryModel</name>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Entry</source>
            <translation>Entry</translation>
        </message>
        <message>
            <source>Reason / what was done</source>
            <translation>Reason / what was done</translation>
        </message>
        <message>
            <source>By</source>
            <translation>By</translation>
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
            <translation>Planned: {0}</translation>
        </message>
        <message>
            <source> — due</source>
            <translation> — due</translation>
        </message>
    </context>
    <context>
        <name>HotlineSection</name>
        <message>
            <source>Ca&amp;lls</source>
            <translation>Ca&amp;lls</translation>
        </message>
        <message>
            <source>Missing &amp;persons</source>
            <translation>Missing &amp;persons</translation>
        </message>
        <message>
            <source>Stat&amp;istics</source>
            <translation>Stat&amp;istics</translation>
        </message>
    </context>
    <context>
        <name>HotlineStatsModel</name>
        <message>
            <source>Total</source>
            <translation>Total</translation>
        </message>
    </context>
    <context>
        <name>HotlineStatsPage</name>
        <message>
            <source>Anonymous counts of the calls to the SOS hotline, as reported to donors and monitoring bodies. A call counts in the month it was taken. No note, name, contact or case code appears here or in the export.</source>
            <translation>Anonymous counts of the calls to the SOS hotline, as reported to donors and monitoring bodies. A call counts in the month it was taken. No note, name, contact or case code appears here or in the export.</translation>
        </message>
        <message>
            <source>&amp;Show</source>
            <translation>&amp;Show</translation>
        </message>
        <message>
            <source>&amp;Export as CSV…</source>
            <translation>&amp;Export as CSV…</translation>
        </message>
        <message>
            <source>{0}, per month</source>
            <translation>{0}, per month</translation>
        </message>
        <message>
            <source>Every year</source>
            <translation>Every year</translation>
        </message>
        <message>
            <source>Counting the calls…</source>
            <translation>Counting the calls…</translation>
        </message>
        <message>
            <source>The calls could not be counted: {0}</source>
            <translation>The calls could not be counted: {0}</translation>
        </message>
        <message numerus="yes">
            <source>%n call(s) counted.</source>
            <translation>
                <numerusform>%n call counted.</numerusform>
                <numerusform>%n calls counted.</numerusform>
            </translation>
        </message>
        <message>
            <source>every year</source>
            <translation>every year</translation>
        </message>
        <message>
            <source>Export the hotline statistics</source>
            <translation>Export the hotline statistics</translation>
        </message>
        <message>
            <source>The CSV file for {0} will be an ordinary, unencrypted file outside the vault. It holds counts only — no notes, names, contacts or case codes. The export is recorded in the audit trail. Export it?</source>
            <translation>The CSV file for {0} will be an ordinary, unencrypted file outside the vault. It holds counts only — no notes, names, contacts or case codes. The export is recorded in the audit trail. Export it?</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Export</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Exported to {0}.</source>
            <translation>Exported to {0}.</translation>
        </message>
    </context>
    <context>
        <name>InquiryDialog</name>
        <message>
            <source>Partner asked</source>
            <translation>Partner asked</translation>
        </message>
        <message>
            <source>Answer</source>
            <translation>Answer</translation>
        </message>
        <message>
            <source>Partner</source>
            <translation>Partner</translation>
        </message>
        <message>
            <source>Asked on</source>
            <translation>Asked on</translation>
        </message>
        <message>
            <source>Answered on</source>
            <translation>Answered on</translation>
        </message>
        <message>
            <source>What they said</source>
            <translation>What they said</translation>
        </message>
        <message>
            <source>What they said, without more than the search needs</source>
            <translation>What they said, without more than the search needs</translation>
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
            <translation>Asked on</translation>
        </message>
        <message>
            <source>Answer</source>
            <translation>Answer</translation>
        </message>
        <message>
            <source>Answered on</source>
            <translation>Answered on</translation>
        </message>
        <message>
            <source>What they said</source>
            <translation>What they said</translation>
        </message>
    </context>
    <context>
        <name>JoinTeamDialog</name>
        <message>
            <source>The join file</source>
            <translation>The join file</translation>
        </message>
        <message>
            <source>The office folder</source>
            <translation>The office folder</translation>
        </message>
        <message>
            <source>Choose the join file the administrator gave you.</source>
            <translation>Choose the join file the administrator gave you.</translation>
        </message>
        <message>
            <source>Type the one-time passphrase the administrator read out.</source>
            <translation>Type the one-time passphrase the administrator read out.</translation>
        </message>
        <message>
            <source>Choose the office folder.</source>
            <translation>Choose the office folder.</translation>
        </message>
        <message>
            <source>Join a team</source>
            <translation>Join a team</translation>
        </message>
        <message>
            <source>The administrator made a join file for this laptop's request and read you its one-time passphrase. Never accept the passphrase in the same message as the file.</source>
            <translation>The administrator made a join file for this laptop's request and read you its one-time passphrase. Never accept the passphrase in the same message as the file.</translation>
        </message>
        <message>
            <source>&amp;Join file</source>
            <translation>&amp;Join file</translation>
        </message>
        <message>
            <source>C&amp;hoose…</source>
            <translation>C&amp;hoose…</translation>
        </message>
        <message>
            <source>One-time &amp;passphrase</source>
            <translation>One-time &amp;passphrase</translation>
        </message>
        <message>
            <source>Office &amp;folder</source>
            <translation>Office &amp;folder</translation>
        </message>
        <message>
            <source>Choo&amp;se…</source>
            <translation>Choo&amp;se…</translation>
        </message>
    </context>
    <context>
        <name>LawyerDialog</name>
        <message>
            <source>Lawyer</source>
            <translation>Lawyer</translation>
        </message>
        <message>
            <source>Add a lawyer</source>
            <translation>Add a lawyer</translation>
        </message>
        <message>
            <source>Filings will say: “U {0}, dana …” and “advokat iz {1}”.</source>
            <translation>Filings will say: “U {0}, dana …” and “advokat iz {1}”.</translation>
        </message>
        <message>
            <source>&amp;Name</source>
            <translation>&amp;Name</translation>
        </message>
        <message>
            <source>&amp;Office address</source>
            <translation>&amp;Office address</translation>
        </message>
        <message>
            <source>&amp;Town</source>
            <translation>&amp;Town</translation>
        </message>
        <message>
            <source>Bar &amp;chamber</source>
            <translation>Bar &amp;chamber</translation>
        </message>
        <message>
            <source>&amp;Bar registration number</source>
            <translation>&amp;Bar registration number</translation>
        </message>
        <message>
            <source>Town after “U” (optional)</source>
            <translation>Town after “U” (optional)</translation>
        </message>
        <message>
            <source>Town after “iz” (optional)</source>
            <translation>Town after “iz” (optional)</translation>
        </message>
    </context>
    <context>
        <name>LinkCaseDialog</name>
        <message>
            <source>&amp;Link</source>
            <translation>&amp;Link</translation>
        </message>
        <message>
            <source>Case &amp;code</source>
            <translation>Case &amp;code</translation>
        </message>
        <message>
            <source>e.g. AST-2026-0042</source>
            <translation>e.g. AST-2026-0042</translation>
        </message>
    </context>
    <context>
        <name>MainMenus</name>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Undo</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Redo</translation>
        </message>
        <message>
            <source>Cu&amp;t</source>
            <translation>Cu&amp;t</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation>&amp;Copy</translation>
        </message>
        <message>
            <source>&amp;Paste</source>
            <translation>&amp;Paste</translation>
        </message>
        <message>
            <source>Select &amp;all</source>
            <translation>Select &amp;all</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Quit</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Edit</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;View</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Help</translation>
        </message>
        <message>
            <source>&amp;About ASTRA Desktop…</source>
            <translation>&amp;About ASTRA Desktop…</translation>
        </message>
        <message>
            <source>About &amp;Qt…</source>
            <translation>About &amp;Qt…</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Clients &amp;&amp; cases</source>
            <translation>Clients &amp;&amp; cases</translation>
        </message>
        <message>
            <source>Appointments</source>
            <translation>Appointments</translation>
        </message>
        <message>
            <source>Risk</source>
            <translation>Risk</translation>
        </message>
        <message>
            <source>Documents</source>
            <translation>Documents</translation>
        </message>
        <message>
            <source>Backups</source>
            <translation>Backups</translation>
        </message>
        <message>
            <source>SOS hotline</source>
            <translation>SOS hotline</translation>
        </message>
        <message>
            <source>Users &amp;&amp; settings</source>
            <translation>Users &amp;&amp; settings</translation>
        </message>
        <message>
            <source>Partners</source>
            <translation>Partners</translation>
        </message>
        <message>
            <source>Statistics</source>
            <translation>Statistics</translation>
        </message>
        <message>
            <source>Signed in as {0} ({1}) · Ctrl+L locks · F12 hides and locks at once</source>
            <translation>Signed in as {0} ({1}) · Ctrl+L locks · F12 hides and locks at once</translation>
        </message>
        <message>
            <source>Office</source>
            <translation>Office</translation>
        </message>
        <message>
            <source>&amp;Vault</source>
            <translation>&amp;Vault</translation>
        </message>
        <message>
            <source>&amp;Lock now</source>
            <translation>&amp;Lock now</translation>
        </message>
        <message>
            <source>&amp;Hide and lock</source>
            <translation>&amp;Hide and lock</translation>
        </message>
        <message>
            <source>&amp;New client…</source>
            <translation>&amp;New client…</translation>
        </message>
        <message>
            <source>&amp;Find a client</source>
            <translation>&amp;Find a client</translation>
        </message>
        <message>
            <source>S&amp;ync with the office now</source>
            <translation>S&amp;ync with the office now</translation>
        </message>
    </context>
    <context>
        <name>MissingPage</name>
        <message>
            <source>Open searches</source>
            <translation>Open searches</translation>
        </message>
        <message>
            <source>All searches</source>
            <translation>All searches</translation>
        </message>
        <message>
            <source>Only those I &amp;follow</source>
            <translation>Only those I &amp;follow</translation>
        </message>
        <message>
            <source>Find: person, police report number, place</source>
            <translation>Find: person, police report number, place</translation>
        </message>
        <message>
            <source>Any outcome</source>
            <translation>Any outcome</translation>
        </message>
        <message>
            <source>Any partner asked</source>
            <translation>Any partner asked</translation>
        </message>
        <message>
            <source>&amp;New search…</source>
            <translation>&amp;New search…</translation>
        </message>
        <message>
            <source>Choose a search in the list to see its history.</source>
            <translation>Choose a search in the list to see its history.</translation>
        </message>
        <message>
            <source>Missing-person searches</source>
            <translation>Missing-person searches</translation>
        </message>
        <message numerus="yes">
            <source>%n search(es)</source>
            <translation>
                <numerusform>%n search</numerusform>
                <numerusform>%n searches</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n with an action due</source>
            <translation>
                <numerusform>%n with an action due</numerusform>
                <numerusform>%n with an action due</numerusform>
            </translation>
        </message>
        <message>
            <source>Loading the searches…</source>
            <translation>Loading the searches…</translation>
        </message>
        <message>
            <source>The searches could not be read: {0}</source>
            <translation>The searches could not be read: {0}</translation>
        </message>
    </context>
    <context>
        <name>MonitoredHearings</name>
        <message>
            <source>Day</source>
            <translation>Day</translation>
        </message>
        <message>
            <source>Monitored trial (court · number)</source>
            <translation>Monitored trial (court · number)</translation>
        </message>
        <message>
            <source>Hearing</source>
            <translation>Hearing</translation>
        </message>
        <message numerus="yes">
            <source>%n planned hearing(s) of monitored trials (no case of ours)</source>
            <translation>
                <numerusform>%n planned hearing of monitored trials (no case of ours)</numerusform>
                <numerusform>%n planned hearings of monitored trials (no case of ours)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MonitoringModel</name>
        <message>
            <source>First-instance verdicts</source>
            <translation>First-instance verdicts</translation>
        </message>
        <message>
            <source>… in trials monitored without a client</source>
            <translation>… in trials monitored without a client</translation>
        </message>
        <message>
            <source>Convictions</source>
            <translation>Convictions</translation>
        </message>
        <message>
            <source>… for trafficking (Art. 388)</source>
            <translation>… for trafficking (Art. 388)</translation>
        </message>
        <message>
            <source>… … under a lighter paragraph of Art. 388 than charged</source>
            <translation>… … under a lighter paragraph of Art. 388 than charged</translation>
        </message>
        <message>
            <source>… for another offence, Art. 388 having been charged (re-qualified)</source>
            <translation>… for another offence, Art. 388 having been charged (re-qualified)</translation>
        </message>
        <message>
            <source>… for another offence, Art. 388 never charged</source>
            <translation>… for another offence, Art. 388 never charged</translation>
        </message>
        <message>
            <source>… offence not recorded</source>
            <translation>… offence not recorded</translation>
        </message>
        <message>
            <source>Acquittals</source>
            <translation>Acquittals</translation>
        </message>
        <message>
            <source>Charges rejected or proceedings discontinued</source>
            <translation>Charges rejected or proceedings discontinued</translation>
        </message>
        <message>
            <source>Charges re-qualified from Art. 388</source>
            <translation>Charges re-qualified from Art. 388</translation>
        </message>
        <message>
            <source>Charges re-qualified to a lighter paragraph of Art. 388</source>
            <translation>Charges re-qualified to a lighter paragraph of Art. 388</translation>
        </message>
        <message>
            <source>Plea agreements</source>
            <translation>Plea agreements</translation>
        </message>
        <message>
            <source>… the victim was told of it</source>
            <translation>… the victim was told of it</translation>
        </message>
        <message>
            <source>Average sentence (months)</source>
            <translation>Average sentence (months)</translation>
        </message>
        <message>
            <source>Property claims filed</source>
            <translation>Property claims filed</translation>
        </message>
        <message>
            <source>… decided in the criminal case</source>
            <translation>… decided in the criminal case</translation>
        </message>
        <message>
            <source>… granted in full or in part</source>
            <translation>… granted in full or in part</translation>
        </message>
        <message>
            <source>… sent to civil proceedings</source>
            <translation>… sent to civil proceedings</translation>
        </message>
        <message>
            <source>Compensation claimed (RSD)</source>
            <translation>Compensation claimed (RSD)</translation>
        </message>
        <message>
            <source>Proceedings awarding compensation</source>
            <translation>Proceedings awarding compensation</translation>
        </message>
        <message>
            <source>Compensation awarded (RSD)</source>
            <translation>Compensation awarded (RSD)</translation>
        </message>
        <message>
            <source>Compensation actually paid (RSD)</source>
            <translation>Compensation actually paid (RSD)</translation>
        </message>
        <message>
            <source>All years</source>
            <translation>All years</translation>
        </message>
    </context>
    <context>
        <name>MonitoringPage</name>
        <message>
            <source>Anonymous figures from every court proceeding you can see and every monitored trial, counted in the year of the first-instance verdict — the numbers the organisation publishes from its court monitoring. No names or case codes appear here or in the export.</source>
            <translation>Anonymous figures from every court proceeding you can see and every monitored trial, counted in the year of the first-instance verdict — the numbers the organisation publishes from its court monitoring. No names or case codes appear here or in the export.</translation>
        </message>
        <message>
            <source>&amp;Export as CSV…</source>
            <translation>&amp;Export as CSV…</translation>
        </message>
        <message>
            <source>F&amp;igures</source>
            <translation>F&amp;igures</translation>
        </message>
        <message>
            <source>Monitored tria&amp;ls</source>
            <translation>Monitored tria&amp;ls</translation>
        </message>
        <message>
            <source>Counting the figures…</source>
            <translation>Counting the figures…</translation>
        </message>
        <message>
            <source>The figures could not be counted: {0}</source>
            <translation>The figures could not be counted: {0}</translation>
        </message>
        <message numerus="yes">
            <source>%n proceeding(s) with a verdict.</source>
            <translation>
                <numerusform>%n proceeding with a verdict.</numerusform>
                <numerusform>%n proceedings with a verdict.</numerusform>
            </translation>
        </message>
        <message>
            <source>Export the court-monitoring figures</source>
            <translation>Export the court-monitoring figures</translation>
        </message>
        <message>
            <source>Writing {0}…</source>
            <translation>Writing {0}…</translation>
        </message>
        <message>
            <source>Exported to {0}.</source>
            <translation>Exported to {0}.</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Export</translation>
        </message>
    </context>
    <context>
        <name>MonthModel</name>
        <message>
            <source>+{0} more</source>
            <translation>+{0} more</translation>
        </message>
        <message numerus="yes">
            <source>… %n appointment(s) in all</source>
            <translation>
                <numerusform>… %n appointment in all</numerusform>
                <numerusform>… %n appointments in all</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MonthView</name>
        <message>
            <source>Previous month</source>
            <translation>Previous month</translation>
        </message>
        <message>
            <source>Next month</source>
            <translation>Next month</translation>
        </message>
        <message>
            <source>&amp;Today</source>
            <translation>&amp;Today</translation>
        </message>
        <message>
            <source>Only &amp;mine</source>
            <translation>Only &amp;mine</translation>
        </message>
        <message>
            <source>&amp;New appointment on this day…</source>
            <translation>&amp;New appointment on this day…</translation>
        </message>
        <message>
            <source>Open the &amp;case file</source>
            <translation>Open the &amp;case file</translation>
        </message>
        <message>
            <source>court hearing</source>
            <translation>court hearing</translation>
        </message>
        <message>
            <source>police, prosecutor</source>
            <translation>police, prosecutor</translation>
        </message>
        <message>
            <source>health</source>
            <translation>health</translation>
        </message>
        <message>
            <source>services, lawyer</source>
            <translation>services, lawyer</translation>
        </message>
        <message>
            <source>home visit</source>
            <translation>home visit</translation>
        </message>
        <message>
            <source>✓ held  ✗ missed  ↷ postponed</source>
            <translation>✓ held  ✗ missed  ↷ postponed</translation>
        </message>
    </context>
    <context>
        <name>NewClientDialog</name>
        <message>
            <source>Case &amp;code</source>
            <translation>Case &amp;code</translation>
        </message>
        <message>
            <source>leave empty for the next free code</source>
            <translation>leave empty for the next free code</translation>
        </message>
        <message>
            <source>&amp;Exploitation</source>
            <translation>&amp;Exploitation</translation>
        </message>
        <message>
            <source>New client and case</source>
            <translation>New client and case</translation>
        </message>
    </context>
    <context>
        <name>NoOptions</name>
        <message>
            <source>This document takes nothing but the case.</source>
            <translation>This document takes nothing but the case.</translation>
        </message>
    </context>
    <context>
        <name>NotesTab</name>
        <message>
            <source>Loading the contact log…</source>
            <translation>Loading the contact log…</translation>
        </message>
        <message>
            <source>New note</source>
            <translation>New note</translation>
        </message>
        <message>
            <source>Editing the note of {0}</source>
            <translation>Editing the note of {0}</translation>
        </message>
        <message>
            <source>Enter the date of the contact.</source>
            <translation>Enter the date of the contact.</translation>
        </message>
        <message>
            <source>Enter the time as HH:MM, e.g. 09:30.</source>
            <translation>Enter the time as HH:MM, e.g. 09:30.</translation>
        </message>
        <message>
            <source>Restored the note you were typing when the vault locked.</source>
            <translation>Restored the note you were typing when the vault locked.</translation>
        </message>
        <message>
            <source>&amp;When</source>
            <translation>&amp;When</translation>
        </message>
        <message>
            <source>&amp;Type</source>
            <translation>&amp;Type</translation>
        </message>
        <message>
            <source>N&amp;ote</source>
            <translation>N&amp;ote</translation>
        </message>
        <message>
            <source>What happened, what was agreed, what comes next…</source>
            <translation>What happened, what was agreed, what comes next…</translation>
        </message>
        <message>
            <source>Ne&amp;w note</source>
            <translation>Ne&amp;w note</translation>
        </message>
        <message>
            <source>&amp;Save note</source>
            <translation>&amp;Save note</translation>
        </message>
    </context>
    <context>
        <name>OfficeConflictsDialog</name>
        <message>
            <source>Changed here and on another laptop</source>
            <translation>Changed here and on another laptop</translation>
        </message>
        <message>
            <source>These records were changed on this laptop and on the laptop of {0} since they last synced (or deleted on one and changed on the other). Choose, for each, which version to keep; nothing of that laptop's file is applied until you do. The sync then runs again, and the other laptops receive your choice.</source>
            <translation>These records were changed on this laptop and on the laptop of {0} since they last synced (or deleted on one and changed on the other). Choose, for each, which version to keep; nothing of that laptop's file is applied until you do. The sync then runs again, and the other laptops receive your choice.</translation>
        </message>
    </context>
    <context>
        <name>OfficePage</name>
        <message>
            <source>Not in a team yet. The join request is written; join with the join file the administrator makes from it.</source>
            <translation>Not in a team yet. The join request is written; join with the join file the administrator makes from it.</translation>
        </message>
        <message>
            <source>Not in a team.</source>
            <translation>Not in a team.</translation>
        </message>
        <message>
            <source>Not chosen yet.</source>
            <translation>Not chosen yet.</translation>
        </message>
        <message>
            <source>administrator</source>
            <translation>administrator</translation>
        </message>
        <message>
            <source>member</source>
            <translation>member</translation>
        </message>
        <message>
            <source>{0} (this laptop)</source>
            <translation>{0} (this laptop)</translation>
        </message>
        <message>
            <source>removed</source>
            <translation>removed</translation>
        </message>
        <message>
            <source>in the team</source>
            <translation>in the team</translation>
        </message>
        <message>
            <source>never</source>
            <translation>never</translation>
        </message>
        <message>
            <source>Syncing starts once this laptop is in a team.</source>
            <translation>Syncing starts once this laptop is in a team.</translation>
        </message>
        <message>
            <source>Choose the office folder to sync with.</source>
            <translation>Choose the office folder to sync with.</translation>
        </message>
        <message>
            <source>Not synced yet in this session.</source>
            <translation>Not synced yet in this session.</translation>
        </message>
        <message>
            <source>It failed: {0}</source>
            <translation>It failed: {0}</translation>
        </message>
        <message>
            <source>Created the team {0}; this laptop is its administrator. Add the other laptops from their join requests.</source>
            <translation>Created the team {0}; this laptop is its administrator. Add the other laptops from their join requests.</translation>
        </message>
        <message>
            <source>Save the join request</source>
            <translation>Save the join request</translation>
        </message>
        <message>
            <source>Wrote the join request {0}. Give it to the administrator and read them this fingerprint aloud: {1}</source>
            <translation>Wrote the join request {0}. Give it to the administrator and read them this fingerprint aloud: {1}</translation>
        </message>
        <message>
            <source>Joined the team {0}. Its shared cases arrive with the first sync.</source>
            <translation>Joined the team {0}. Its shared cases arrive with the first sync.</translation>
        </message>
        <message>
            <source>Added the device of {0}'s join request; the other laptops learn of it at their next sync.</source>
            <translation>Added the device of {0}'s join request; the other laptops learn of it at their next sync.</translation>
        </message>
        <message>
            <source>Choose a device in the list first.</source>
            <translation>Choose a device in the list first.</translation>
        </message>
        <message>
            <source>Remove the device</source>
            <translation>Remove the device</translation>
        </message>
        <message>
            <source>Remove {0}'s laptop ({1}) from the team? A new team key is made and sent to the other laptops only: the removed laptop cannot read anything written from now on, and files it writes are refused. What it already has stays on it.</source>
            <translation>Remove {0}'s laptop ({1}) from the team? A new team key is made and sent to the other laptops only: the removed laptop cannot read anything written from now on, and files it writes are refused. What it already has stays on it.</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Remove</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Removed {0}'s laptop; the team key was renewed.</source>
            <translation>Removed {0}'s laptop; the team key was renewed.</translation>
        </message>
        <message>
            <source>The office folder</source>
            <translation>The office folder</translation>
        </message>
        <message>
            <source>The office folder is now {0}.</source>
            <translation>The office folder is now {0}.</translation>
        </message>
        <message>
            <source>This laptop</source>
            <translation>This laptop</translation>
        </message>
        <message>
            <source>Team</source>
            <translation>Team</translation>
        </message>
        <message>
            <source>Device</source>
            <translation>Device</translation>
        </message>
        <message>
            <source>Fingerprint</source>
            <translation>Fingerprint</translation>
        </message>
        <message>
            <source>Read these digits aloud to the administrator when this laptop asks to join; they check them against the join request.</source>
            <translation>Read these digits aloud to the administrator when this laptop asks to join; they check them against the join request.</translation>
        </message>
        <message>
            <source>Office folder</source>
            <translation>Office folder</translation>
        </message>
        <message>
            <source>The folder Syncthing (or a shared drive, or a USB stick) carries between the office's laptops</source>
            <translation>The folder Syncthing (or a shared drive, or a USB stick) carries between the office's laptops</translation>
        </message>
        <message>
            <source>C&amp;hoose…</source>
            <translation>C&amp;hoose…</translation>
        </message>
        <message>
            <source>Sync</source>
            <translation>Sync</translation>
        </message>
        <message>
            <source>S&amp;ync now</source>
            <translation>S&amp;ync now</translation>
        </message>
        <message>
            <source>Choose &amp;versions…</source>
            <translation>Choose &amp;versions…</translation>
        </message>
        <message>
            <source>Devices of the team</source>
            <translation>Devices of the team</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Owner</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Role</translation>
        </message>
        <message>
            <source>Last seen</source>
            <translation>Last seen</translation>
        </message>
        <message>
            <source>State</source>
            <translation>State</translation>
        </message>
        <message>
            <source>Create a &amp;team…</source>
            <translation>Create a &amp;team…</translation>
        </message>
        <message>
            <source>A&amp;dd a device…</source>
            <translation>A&amp;dd a device…</translation>
        </message>
        <message>
            <source>&amp;Remove the device…</source>
            <translation>&amp;Remove the device…</translation>
        </message>
        <message>
            <source>As&amp;k to join a team…</source>
            <translation>As&amp;k to join a team…</translation>
        </message>
        <message>
            <source>&amp;Join with a join file…</source>
            <translation>&amp;Join with a join file…</translation>
        </message>
    </context>
    <context>
        <name>OfficeSync</name>
        <message>
            <source>It failed: {0}</source>
            <translation>It failed: {0}</translation>
        </message>
        <message>
            <source>Office: syncing…</source>
            <translation>Office: syncing…</translation>
        </message>
        <message>
            <source>Office: not synced. {0}</source>
            <translation>Office: not synced. {0}</translation>
        </message>
        <message>
            <source>Office: this laptop was removed from the team.</source>
            <translation>Office: this laptop was removed from the team.</translation>
        </message>
        <message>
            <source>Office: synced at {0}</source>
            <translation>Office: synced at {0}</translation>
        </message>
        <message numerus="yes">
            <source>%n file(s) applied</source>
            <translation>
                <numerusform>%n file applied</numerusform>
                <numerusform>%n files applied</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n record(s) to choose</source>
            <translation>
                <numerusform>%n record to choose</numerusform>
                <numerusform>%n records to choose</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n file(s) refused</source>
            <translation>
                <numerusform>%n file refused</numerusform>
                <numerusform>%n files refused</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n file(s) waiting</source>
            <translation>
                <numerusform>%n file waiting</numerusform>
                <numerusform>%n files waiting</numerusform>
            </translation>
        </message>
        <message>
            <source>Refused: {0}</source>
            <translation>Refused: {0}</translation>
        </message>
        <message>
            <source>Waiting: file {0} from {1} has not arrived yet, or its key has not.</source>
            <translation>Waiting: file {0} from {1} has not arrived yet, or its key has not.</translation>
        </message>
        <message numerus="yes">
            <source>%n record(s) were changed here and on another laptop: choose which version to keep (Choose versions…). Nothing of those files is applied until then.</source>
            <translation>
                <numerusform>%n record were changed here and on another laptop: choose which version to keep (Choose versions…). Nothing of those files is applied until then.</numerusform>
                <numerusform>%n records were changed here and on another laptop: choose which version to keep (Choose versions…). Nothing of those files is applied until then.</numerusform>
            </translation>
        </message>
        <message>
            <source>The administrator removed this laptop from the team: it no longer receives the office's changes and publishes nothing. What is in this vault stays.</source>
            <translation>The administrator removed this laptop from the team: it no longer receives the office's changes and publishes nothing. What is in this vault stays.</translation>
        </message>
    </context>
    <context>
        <name>OrganisationPage</name>
        <message>
            <source>Welcome to ASTRA Desktop</source>
            <translation>Welcome to ASTRA Desktop</translation>
        </message>
        <message>
            <source>This computer will keep case files in an encrypted vault. Nothing is sent anywhere; without a passphrase or the recovery key nobody can read it.</source>
            <translation>This computer will keep case files in an encrypted vault. Nothing is sent anywhere; without a passphrase or the recovery key nobody can read it.</translation>
        </message>
        <message>
            <source>&amp;Organisation</source>
            <translation>&amp;Organisation</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Language</translation>
        </message>
        <message>
            <source>Set up a &amp;new vault</source>
            <translation>Set up a &amp;new vault</translation>
        </message>
        <message>
            <source>&amp;Restore from a backup (this computer replaces one that was lost or broken)</source>
            <translation>&amp;Restore from a backup (this computer replaces one that was lost or broken)</translation>
        </message>
    </context>
    <context>
        <name>PartnerDialog</name>
        <message>
            <source>Add a partner</source>
            <translation>Add a partner</translation>
        </message>
        <message>
            <source>Partner</source>
            <translation>Partner</translation>
        </message>
        <message>
            <source>Only an administrator makes a partner inactive.</source>
            <translation>Only an administrator makes a partner inactive.</translation>
        </message>
        <message>
            <source>Loading the partner…</source>
            <translation>Loading the partner…</translation>
        </message>
        <message>
            <source>&amp;Name</source>
            <translation>&amp;Name</translation>
        </message>
        <message>
            <source>e.g. Centar za socijalni rad Novi Sad</source>
            <translation>e.g. Centar za socijalni rad Novi Sad</translation>
        </message>
        <message>
            <source>&amp;Kind</source>
            <translation>&amp;Kind</translation>
        </message>
        <message>
            <source>&amp;Town</source>
            <translation>&amp;Town</translation>
        </message>
        <message>
            <source>e.g. Belgrade</source>
            <translation>e.g. Belgrade</translation>
        </message>
        <message>
            <source>Countr&amp;y</source>
            <translation>Countr&amp;y</translation>
        </message>
        <message>
            <source>e.g. Serbia</source>
            <translation>e.g. Serbia</translation>
        </message>
        <message>
            <source>&amp;Contact person</source>
            <translation>&amp;Contact person</translation>
        </message>
        <message>
            <source>a person or a duty service</source>
            <translation>a person or a duty service</translation>
        </message>
        <message>
            <source>&amp;Phone</source>
            <translation>&amp;Phone</translation>
        </message>
        <message>
            <source>&amp;E-mail</source>
            <translation>&amp;E-mail</translation>
        </message>
        <message>
            <source>Pro&amp;vides</source>
            <translation>Pro&amp;vides</translation>
        </message>
        <message>
            <source>N&amp;otes</source>
            <translation>N&amp;otes</translation>
        </message>
        <message>
            <source>How to refer, opening hours, what to bring</source>
            <translation>How to refer, opening hours, what to bring</translation>
        </message>
        <message>
            <source>Active: offered when a referral is recorded</source>
            <translation>Active: offered when a referral is recorded</translation>
        </message>
    </context>
    <context>
        <name>PartnersPage</name>
        <message>
            <source>Every kind</source>
            <translation>Every kind</translation>
        </message>
        <message>
            <source>Providing anything</source>
            <translation>Providing anything</translation>
        </message>
        <message>
            <source>Active partners</source>
            <translation>Active partners</translation>
        </message>
        <message>
            <source>Inactive partners</source>
            <translation>Inactive partners</translation>
        </message>
        <message>
            <source>Active and inactive</source>
            <translation>Active and inactive</translation>
        </message>
        <message>
            <source>Only an administrator makes a partner inactive or active again.</source>
            <translation>Only an administrator makes a partner inactive or active again.</translation>
        </message>
        <message numerus="yes">
            <source>%n partner(s)</source>
            <translation>
                <numerusform>%n partner</numerusform>
                <numerusform>%n partners</numerusform>
            </translation>
        </message>
        <message>
            <source>Loading the partners…</source>
            <translation>Loading the partners…</translation>
        </message>
        <message>
            <source>The partners could not be read: {0}</source>
            <translation>The partners could not be read: {0}</translation>
        </message>
        <message>
            <source>Every town</source>
            <translation>Every town</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Active</translation>
        </message>
        <message>
            <source>Inactive</source>
            <translation>Inactive</translation>
        </message>
        <message>
            <source>Make the partner inactive?</source>
            <translation>Make the partner inactive?</translation>
        </message>
        <message>
            <source>{0} will no longer be offered for new referrals. Records that already name it keep it, and it can be made active again.</source>
            <translation>{0} will no longer be offered for new referrals. Records that already name it keep it, and it can be made active again.</translation>
        </message>
        <message>
            <source>Make inactive</source>
            <translation>Make inactive</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Partners</source>
            <translation>Partners</translation>
        </message>
        <message>
            <source>Search names, towns, contacts, notes</source>
            <translation>Search names, towns, contacts, notes</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>Town</source>
            <translation>Town</translation>
        </message>
        <message>
            <source>Provides</source>
            <translation>Provides</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>Contact</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Referrals</source>
            <translation>Referrals</translation>
        </message>
        <message>
            <source>Referrals in case files that name this partner</source>
            <translation>Referrals in case files that name this partner</translation>
        </message>
        <message>
            <source>Inquiries</source>
            <translation>Inquiries</translation>
        </message>
        <message>
            <source>Missing-person searches this partner was asked about</source>
            <translation>Missing-person searches this partner was asked about</translation>
        </message>
        <message>
            <source>Hotline</source>
            <translation>Hotline</translation>
        </message>
        <message>
            <source>Hotline callers referred to this partner</source>
            <translation>Hotline callers referred to this partner</translation>
        </message>
        <message>
            <source>&amp;Add a partner…</source>
            <translation>&amp;Add a partner…</translation>
        </message>
        <message>
            <source>&amp;Open…</source>
            <translation>&amp;Open…</translation>
        </message>
        <message>
            <source>Make &amp;inactive</source>
            <translation>Make &amp;inactive</translation>
        </message>
        <message>
            <source>Make a&amp;ctive again</source>
            <translation>Make a&amp;ctive again</translation>
        </message>
    </context>
    <context>
        <name>PassphraseDialog</name>
        <message>
            <source>The two new passphrases differ.</source>
            <translation>The two new passphrases differ.</translation>
        </message>
        <message>
            <source>Choose a stronger passphrase: several unrelated words.</source>
            <translation>Choose a stronger passphrase: several unrelated words.</translation>
        </message>
        <message>
            <source>&amp;Current passphrase</source>
            <translation>&amp;Current passphrase</translation>
        </message>
        <message>
            <source>&amp;New passphrase</source>
            <translation>&amp;New passphrase</translation>
        </message>
        <message>
            <source>&amp;Repeat it</source>
            <translation>&amp;Repeat it</translation>
        </message>
    </context>
    <context>
        <name>PassphraseField</name>
        <message>
            <source>Very weak</source>
            <translation>Very weak</translation>
        </message>
        <message>
            <source>Weak</source>
            <translation>Weak</translation>
        </message>
        <message>
            <source>Fair</source>
            <translation>Fair</translation>
        </message>
        <message>
            <source>Strong</source>
            <translation>Strong</translation>
        </message>
        <message>
            <source>Very strong</source>
            <translation>Very strong</translation>
        </message>
        <message>
            <source>Use several unrelated words, at least 10 characters.</source>
            <translation>Use several unrelated words, at least 10 characters.</translation>
        </message>
        <message>
            <source>{0} — would take {1} to guess. {2}</source>
            <translation>{0} — would take {1} to guess. {2}</translation>
        </message>
    </context>
    <context>
        <name>PowersDialog</name>
        <message>
            <source>Loading the powers of attorney…</source>
            <translation>Loading the powers of attorney…</translation>
        </message>
        <message>
            <source>Enter the date of the power of attorney.</source>
            <translation>Enter the date of the power of attorney.</translation>
        </message>
        <message>
            <source>Remove the power of attorney?</source>
            <translation>Remove the power of attorney?</translation>
        </message>
        <message>
            <source>Remove the power of attorney given to {0} on {1}?</source>
            <translation>Remove the power of attorney given to {0} on {1}?</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Remove</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Powers of attorney</source>
            <translation>Powers of attorney</translation>
        </message>
        <message>
            <source>Lawyer</source>
            <translation>Lawyer</translation>
        </message>
        <message>
            <source>Given on</source>
            <translation>Given on</translation>
        </message>
        <message>
            <source>Scope</source>
            <translation>Scope</translation>
        </message>
        <message>
            <source>&amp;Remove</source>
            <translation>&amp;Remove</translation>
        </message>
        <message>
            <source>New power of attorney</source>
            <translation>New power of attorney</translation>
        </message>
        <message>
            <source>&amp;Lawyer</source>
            <translation>&amp;Lawyer</translation>
        </message>
        <message>
            <source>&amp;Given on</source>
            <translation>&amp;Given on</translation>
        </message>
        <message>
            <source>&amp;Scope</source>
            <translation>&amp;Scope</translation>
        </message>
        <message>
            <source>e.g. zastupanje oštećene u krivičnom postupku i podnošenje imovinskopravnog zahteva</source>
            <translation>e.g. zastupanje oštećene u krivičnom postupku i podnošenje imovinskopravnog zahteva</translation>
        </message>
        <message>
            <source>&amp;Add</source>
            <translation>&amp;Add</translation>
        </message>
        <message>
            <source>No lawyers are recorded yet. An administrator adds them under Users &amp; settings → Organisation and lawyers.</source>
            <translation>No lawyers are recorded yet. An administrator adds them under Users &amp; settings → Organisation and lawyers.</translation>
        </message>
    </context>
    <context>
        <name>ProceedingForm</name>
        <message>
            <source>Plea agreement made on</source>
            <translation>Plea agreement made on</translation>
        </message>
        <message>
            <source>Terms of the plea agreement</source>
            <translation>Terms of the plea agreement</translation>
        </message>
        <message>
            <source>what was admitted, the sentence agreed, the claim</source>
            <translation>what was admitted, the sentence agreed, the claim</translation>
        </message>
        <message>
            <source>&amp;Court</source>
            <translation>&amp;Court</translation>
        </message>
        <message>
            <source>Court case &amp;number</source>
            <translation>Court case &amp;number</translation>
        </message>
        <message>
            <source>Prosecution case number</source>
            <translation>Prosecution case number</translation>
        </message>
        <message>
            <source>&amp;Judge</source>
            <translation>&amp;Judge</translation>
        </message>
        <message>
            <source>Prosecutor's &amp;office</source>
            <translation>Prosecutor's &amp;office</translation>
        </message>
        <message>
            <source>S&amp;tage</source>
            <translation>S&amp;tage</translation>
        </message>
        <message>
            <source>Appellate court</source>
            <translation>Appellate court</translation>
        </message>
        <message>
            <source>Appellate case number</source>
            <translation>Appellate case number</translation>
        </message>
        <message>
            <source>The court calls the client</source>
            <translation>The court calls the client</translation>
        </message>
        <message>
            <source>initials, or a protected witness's pseudonym</source>
            <translation>initials, or a protected witness's pseudonym</translation>
        </message>
        <message>
            <source>Proceedings opened</source>
            <translation>Proceedings opened</translation>
        </message>
        <message>
            <source>Client's procedural &amp;roles</source>
            <translation>Client's procedural &amp;roles</translation>
        </message>
        <message>
            <source>Particularly &amp;vulnerable witness</source>
            <translation>Particularly &amp;vulnerable witness</translation>
        </message>
        <message>
            <source>Protective measures &amp;ordered</source>
            <translation>Protective measures &amp;ordered</translation>
        </message>
        <message>
            <source>Property claim &amp;filed on</source>
            <translation>Property claim &amp;filed on</translation>
        </message>
        <message>
            <source>Property claim decided</source>
            <translation>Property claim decided</translation>
        </message>
        <message>
            <source>V&amp;erdict</source>
            <translation>V&amp;erdict</translation>
        </message>
        <message>
            <source>Verdict date</source>
            <translation>Verdict date</translation>
        </message>
        <message>
            <source>Written judgment served on</source>
            <translation>Written judgment served on</translation>
        </message>
        <message>
            <source>First-instance trial ended</source>
            <translation>First-instance trial ended</translation>
        </message>
        <message>
            <source>Convicted under article</source>
            <translation>Convicted under article</translation>
        </message>
        <message>
            <source>… paragraph</source>
            <translation>… paragraph</translation>
        </message>
        <message>
            <source>Offence convicted of</source>
            <translation>Offence convicted of</translation>
        </message>
        <message>
            <source>Sentence (months)</source>
            <translation>Sentence (months)</translation>
        </message>
        <message>
            <source>Sentence as pronounced</source>
            <translation>Sentence as pronounced</translation>
        </message>
        <message>
            <source>e.g. prison for 3 years and 6 months; fine</source>
            <translation>e.g. prison for 3 years and 6 months; fine</translation>
        </message>
        <message>
            <source>Appeal lodged by</source>
            <translation>Appeal lodged by</translation>
        </message>
        <message>
            <source>Compensation claimed (RSD)</source>
            <translation>Compensation claimed (RSD)</translation>
        </message>
        <message>
            <source>Compensation awarded (RSD)</source>
            <translation>Compensation awarded (RSD)</translation>
        </message>
        <message>
            <source>Compensation paid (RSD)</source>
            <translation>Compensation paid (RSD)</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <source>A &amp;plea agreement was made</source>
            <translation>A &amp;plea agreement was made</translation>
        </message>
        <message>
            <source>The client was &amp;told of the plea agreement</source>
            <translation>The client was &amp;told of the plea agreement</translation>
        </message>
        <message>
            <source>&amp;Save proceeding</source>
            <translation>&amp;Save proceeding</translation>
        </message>
    </context>
    <context>
        <name>ProceedingsTab</name>
        <message>
            <source>Loading the court proceedings…</source>
            <translation>Loading the court proceedings…</translation>
        </message>
        <message>
            <source>the client {0}</source>
            <translation>the client {0}</translation>
        </message>
        <message>
            <source>(summoned {0}, testified {1})</source>
            <translation>(summoned {0}, testified {1})</translation>
        </message>
        <message>
            <source>{0} outcome(s) to record</source>
            <translation>{0} outcome(s) to record</translation>
        </message>
        <message>
            <source>Hearings: {0} held · {1} postponed · {2} ahead{4}      Came to court: {3}</source>
            <translation>Hearings: {0} held · {1} postponed · {2} ahead{4}      Came to court: {3}</translation>
        </message>
        <message>
            <source>Postponed by: {0}</source>
            <translation>Postponed by: {0}</translation>
        </message>
        <message>
            <source>present</source>
            <translation>present</translation>
        </message>
        <message>
            <source>absent</source>
            <translation>absent</translation>
        </message>
        <message>
            <source>re-qualified from Art. {0}</source>
            <translation>re-qualified from Art. {0}</translation>
        </message>
        <message>
            <source>replaced on {0} by Art. {1}</source>
            <translation>replaced on {0} by Art. {1}</translation>
        </message>
        <message>
            <source>Court</source>
            <translation>Court</translation>
        </message>
        <message>
            <source>Court hearing</source>
            <translation>Court hearing</translation>
        </message>
        <message>
            <source>Defendant</source>
            <translation>Defendant</translation>
        </message>
        <message>
            <source>Re-qualify</source>
            <translation>Re-qualify</translation>
        </message>
        <message>
            <source>Choose the charge to re-qualify.</source>
            <translation>Choose the charge to re-qualify.</translation>
        </message>
        <message>
            <source>Proceeding</source>
            <translation>Proceeding</translation>
        </message>
        <message>
            <source>Powers of &amp;attorney…</source>
            <translation>Powers of &amp;attorney…</translation>
        </message>
        <message>
            <source>Which lawyer the client authorised for these proceedings, when and for what</source>
            <translation>Which lawyer the client authorised for these proceedings, when and for what</translation>
        </message>
        <message>
            <source>Co&amp;mpensation claim…</source>
            <translation>Co&amp;mpensation claim…</translation>
        </message>
        <message>
            <source>Heads of damage, amounts, interest, evidence and costs: the property claim and the civil suit are made from them</source>
            <translation>Heads of damage, amounts, interest, evidence and costs: the property claim and the civil suit are made from them</translation>
        </message>
        <message>
            <source>New &amp;proceeding</source>
            <translation>New &amp;proceeding</translation>
        </message>
        <message>
            <source>No court proceedings are recorded for this case. Add one when charges are brought or the client is called as a witness.</source>
            <translation>No court proceedings are recorded for this case. Add one when charges are brought or the client is called as a witness.</translation>
        </message>
        <message>
            <source>&amp;Hearings and parties</source>
            <translation>&amp;Hearings and parties</translation>
        </message>
        <message>
            <source>Hearings</source>
            <translation>Hearings</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Hearing</source>
            <translation>Hearing</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Client</source>
            <translation>Client</translation>
        </message>
        <message>
            <source>Defendants present</source>
            <translation>Defendants present</translation>
        </message>
        <message>
            <source>Postponed because</source>
            <translation>Postponed because</translation>
        </message>
        <message>
            <source>&amp;Schedule a hearing…</source>
            <translation>&amp;Schedule a hearing…</translation>
        </message>
        <message>
            <source>Record the &amp;outcome…</source>
            <translation>Record the &amp;outcome…</translation>
        </message>
        <message>
            <source>Court hearings in the agenda not yet linked to proceedings:</source>
            <translation>Court hearings in the agenda not yet linked to proceedings:</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>Place</translation>
        </message>
        <message>
            <source>&amp;Link to these proceedings</source>
            <translation>&amp;Link to these proceedings</translation>
        </message>
        <message>
            <source>Defendants</source>
            <translation>Defendants</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Role</translation>
        </message>
        <message>
            <source>Came to court</source>
            <translation>Came to court</translation>
        </message>
        <message>
            <source>Name or initials</source>
            <translation>Name or initials</translation>
        </message>
        <message>
            <source>Add &amp;defendant</source>
            <translation>Add &amp;defendant</translation>
        </message>
        <message>
            <source>Charges and re-qualifications</source>
            <translation>Charges and re-qualifications</translation>
        </message>
        <message>
            <source>Since</source>
            <translation>Since</translation>
        </message>
        <message>
            <source>Article</source>
            <translation>Article</translation>
        </message>
        <message>
            <source>Offence</source>
            <translation>Offence</translation>
        </message>
        <message>
            <source>History</source>
            <translation>History</translation>
        </message>
        <message>
            <source>Add a c&amp;harge…</source>
            <translation>Add a c&amp;harge…</translation>
        </message>
        <message>
            <source>Re-&amp;qualify…</source>
            <translation>Re-&amp;qualify…</translation>
        </message>
        <message>
            <source>Details and &amp;outcome</source>
            <translation>Details and &amp;outcome</translation>
        </message>
    </context>
    <context>
        <name>ProfilesDialog</name>
        <message>
            <source>Document &amp;templates…</source>
            <translation>Document &amp;templates…</translation>
        </message>
        <message>
            <source>Loading the organisation and its lawyers…</source>
            <translation>Loading the organisation and its lawyers…</translation>
        </message>
        <message>
            <source>Remove the lawyer?</source>
            <translation>Remove the lawyer?</translation>
        </message>
        <message>
            <source>Remove {0} from the lawyers? Powers of attorney already recorded keep the name.</source>
            <translation>Remove {0} from the lawyers? Powers of attorney already recorded keep the name.</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Remove</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Lawyers</source>
            <translation>Lawyers</translation>
        </message>
        <message>
            <source>The letterhead is saved.</source>
            <translation>The letterhead is saved.</translation>
        </message>
        <message>
            <source>Organisation and lawyers</source>
            <translation>Organisation and lawyers</translation>
        </message>
        <message>
            <source>Letterhead of the organisation's documents</source>
            <translation>Letterhead of the organisation's documents</translation>
        </message>
        <message>
            <source>&amp;Name</source>
            <translation>&amp;Name</translation>
        </message>
        <message>
            <source>&amp;Address</source>
            <translation>&amp;Address</translation>
        </message>
        <message>
            <source>&amp;Town</source>
            <translation>&amp;Town</translation>
        </message>
        <message>
            <source>&amp;Registration number (matični broj)</source>
            <translation>&amp;Registration number (matični broj)</translation>
        </message>
        <message>
            <source>Ta&amp;x number (PIB)</source>
            <translation>Ta&amp;x number (PIB)</translation>
        </message>
        <message>
            <source>Lawyers who sign filings</source>
            <translation>Lawyers who sign filings</translation>
        </message>
        <message>
            <source>Lawyer</source>
            <translation>Lawyer</translation>
        </message>
        <message>
            <source>Office</source>
            <translation>Office</translation>
        </message>
        <message>
            <source>Bar chamber and number</source>
            <translation>Bar chamber and number</translation>
        </message>
        <message>
            <source>Add a &amp;lawyer…</source>
            <translation>Add a &amp;lawyer…</translation>
        </message>
        <message>
            <source>&amp;Edit…</source>
            <translation>&amp;Edit…</translation>
        </message>
        <message>
            <source>Re&amp;move</source>
            <translation>Re&amp;move</translation>
        </message>
    </context>
    <context>
        <name>QPlatformTheme</name>
        <message>
            <source>OK</source>
            <translation>OK</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Save</translation>
        </message>
        <message>
            <source>Save All</source>
            <translation>Save All</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Open</translation>
        </message>
        <message>
            <source>&amp;Yes</source>
            <translation>&amp;Yes</translation>
        </message>
        <message>
            <source>Yes to &amp;All</source>
            <translation>Yes to &amp;All</translation>
        </message>
        <message>
            <source>&amp;No</source>
            <translation>&amp;No</translation>
        </message>
        <message>
            <source>N&amp;o to All</source>
            <translation>N&amp;o to All</translation>
        </message>
        <message>
            <source>Abort</source>
            <translation>Abort</translation>
        </message>
        <message>
            <source>Retry</source>
            <translation>Retry</translation>
        </message>
        <message>
            <source>Ignore</source>
            <translation>Ignore</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Discard</source>
            <translation>Discard</translation>
        </message>
        <message>
            <source>Help</source>
            <translation>Help</translation>
        </message>
        <message>
            <source>Apply</source>
            <translation>Apply</translation>
        </message>
        <message>
            <source>Reset</source>
            <translation>Reset</translation>
        </message>
        <message>
            <source>Restore Defaults</source>
            <translation>Restore Defaults</translation>
        </message>
        <message>
            <source>Don't Save</source>
            <translation>Don't Save</translation>
        </message>
    </context>
    <context>
        <name>QWizard</name>
        <message>
            <source>&lt; &amp;Back</source>
            <translation>&lt; &amp;Back</translation>
        </message>
        <message>
            <source>&amp;Next &gt;</source>
            <translation>&amp;Next &gt;</translation>
        </message>
        <message>
            <source>&amp;Finish</source>
            <translation>&amp;Finish</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>&amp;Next</source>
            <translation>&amp;Next</translation>
        </message>
        <message>
            <source>Go Back</source>
            <translation>Go Back</translation>
        </message>
        <message>
            <source>Continue</source>
            <translation>Continue</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Done</translation>
        </message>
    </context>
    <context>
        <name>RecordForm</name>
        <message>
            <source>{0}: enter a whole number.</source>
            <translation>{0}: enter a whole number.</translation>
        </message>
    </context>
    <context>
        <name>RecordKind</name>
        <message>
            <source>client</source>
            <translation>client</translation>
        </message>
        <message>
            <source>case</source>
            <translation>case</translation>
        </message>
        <message>
            <source>contact note</source>
            <translation>contact note</translation>
        </message>
        <message>
            <source>service</source>
            <translation>service</translation>
        </message>
        <message>
            <source>referral</source>
            <translation>referral</translation>
        </message>
        <message>
            <source>consent</source>
            <translation>consent</translation>
        </message>
        <message>
            <source>document</source>
            <translation>document</translation>
        </message>
        <message>
            <source>appointment</source>
            <translation>appointment</translation>
        </message>
        <message>
            <source>court proceeding</source>
            <translation>court proceeding</translation>
        </message>
        <message>
            <source>hearing</source>
            <translation>hearing</translation>
        </message>
        <message>
            <source>risk assessment</source>
            <translation>risk assessment</translation>
        </message>
        <message>
            <source>safety plan action</source>
            <translation>safety plan action</translation>
        </message>
        <message>
            <source>related person</source>
            <translation>related person</translation>
        </message>
        <message>
            <source>hotline call</source>
            <translation>hotline call</translation>
        </message>
        <message>
            <source>missing-person search</source>
            <translation>missing-person search</translation>
        </message>
        <message>
            <source>missing-person inquiry</source>
            <translation>missing-person inquiry</translation>
        </message>
        <message>
            <source>missing-person search action</source>
            <translation>missing-person search action</translation>
        </message>
        <message>
            <source>missing-person search status change</source>
            <translation>missing-person search status change</translation>
        </message>
        <message>
            <source>claim</source>
            <translation>claim</translation>
        </message>
        <message>
            <source>defendant</source>
            <translation>defendant</translation>
        </message>
        <message>
            <source>charge</source>
            <translation>charge</translation>
        </message>
        <message>
            <source>hearing attendance</source>
            <translation>hearing attendance</translation>
        </message>
        <message>
            <source>risk event</source>
            <translation>risk event</translation>
        </message>
        <message>
            <source>partner</source>
            <translation>partner</translation>
        </message>
    </context>
    <context>
        <name>RecoveryPage</name>
        <message>
            <source>emergency sheet</source>
            <translation>emergency sheet</translation>
        </message>
        <message>
            <source>Recovery key of the vault of</source>
            <translation>Recovery key of the vault of</translation>
        </message>
        <message>
            <source>Anyone holding this key can open the vault. Keep it in a locked place, away from the computer. Use it only if every passphrase is lost: tick “Use the recovery key instead” on the unlock window.</source>
            <translation>Anyone holding this key can open the vault. Keep it in a locked place, away from the computer. Use it only if every passphrase is lost: tick “Use the recovery key instead” on the unlock window.</translation>
        </message>
        <message>
            <source>Your recovery key — the emergency sheet</source>
            <translation>Your recovery key — the emergency sheet</translation>
        </message>
        <message>
            <source>If every passphrase is forgotten, this key is the only way into the vault. Print it or write it down now, and keep it locked away from this computer. It is shown only this once.</source>
            <translation>If every passphrase is forgotten, this key is the only way into the vault. Print it or write it down now, and keep it locked away from this computer. It is shown only this once.</translation>
        </message>
        <message>
            <source>&amp;Print the emergency sheet…</source>
            <translation>&amp;Print the emergency sheet…</translation>
        </message>
        <message>
            <source>I have printed or written down the recovery key.</source>
            <translation>I have printed or written down the recovery key.</translation>
        </message>
    </context>
    <context>
        <name>RegisterClientDialog</name>
        <message>
            <source>Case &amp;code</source>
            <translation>Case &amp;code</translation>
        </message>
        <message>
            <source>leave empty for the next free code</source>
            <translation>leave empty for the next free code</translation>
        </message>
        <message>
            <source>&amp;Exploitation</source>
            <translation>&amp;Exploitation</translation>
        </message>
        <message>
            <source>Re&amp;ferred by</source>
            <translation>Re&amp;ferred by</translation>
        </message>
        <message>
            <source>SOS hotline</source>
            <translation>SOS hotline</translation>
        </message>
    </context>
    <context>
        <name>RelatedPersonsTab</name>
        <message>
            <source>&amp;Name</source>
            <translation>&amp;Name</translation>
        </message>
        <message>
            <source>&amp;Relation</source>
            <translation>&amp;Relation</translation>
        </message>
        <message>
            <source>Ris&amp;k</source>
            <translation>Ris&amp;k</translation>
        </message>
        <message>
            <source>This person is a danger to the client</source>
            <translation>This person is a danger to the client</translation>
        </message>
        <message>
            <source>C&amp;ontact</source>
            <translation>C&amp;ontact</translation>
        </message>
        <message>
            <source>A&amp;ddress</source>
            <translation>A&amp;ddress</translation>
        </message>
        <message>
            <source>No&amp;tes</source>
            <translation>No&amp;tes</translation>
        </message>
        <message>
            <source>Loading the related persons…</source>
            <translation>Loading the related persons…</translation>
        </message>
        <message>
            <source>yes — a risk</source>
            <translation>yes — a risk</translation>
        </message>
        <message>
            <source>&amp;Add</source>
            <translation>&amp;Add</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Save</translation>
        </message>
        <message>
            <source>Only an administrator can remove.</source>
            <translation>Only an administrator can remove.</translation>
        </message>
        <message>
            <source>Remove related person?</source>
            <translation>Remove related person?</translation>
        </message>
        <message>
            <source>Remove {0} from the client's related persons?</source>
            <translation>Remove {0} from the client's related persons?</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Remove</translation>
        </message>
        <message>
            <source>Keep</source>
            <translation>Keep</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Relation</source>
            <translation>Relation</translation>
        </message>
        <message>
            <source>Risk</source>
            <translation>Risk</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>Contact</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Address</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <source>N&amp;ew</source>
            <translation>N&amp;ew</translation>
        </message>
        <message>
            <source>Re&amp;move</source>
            <translation>Re&amp;move</translation>
        </message>
    </context>
    <context>
        <name>ReminderBar</name>
        <message>
            <source>Open the &amp;agenda</source>
            <translation>Open the &amp;agenda</translation>
        </message>
        <message>
            <source>Dismiss</source>
            <translation>Dismiss</translation>
        </message>
        <message>
            <source>The reminders could not be read: {0}</source>
            <translation>The reminders could not be read: {0}</translation>
        </message>
        <message numerus="yes">
            <source>Today: %n appointment(s), the first at {0} ({1}).</source>
            <translation>
                <numerusform>Today: %n appointment, the first at {0} ({1}).</numerusform>
                <numerusform>Today: %n appointments, the first at {0} ({1}).</numerusform>
            </translation>
        </message>
        <message>
            <source>Court hearings in the next 7 days: {0} ({1}{2}).</source>
            <translation>Court hearings in the next 7 days: {0} ({1}{2}).</translation>
        </message>
        <message numerus="yes">
            <source>Outcomes to record: %n ended appointment(s).</source>
            <translation>
                <numerusform>Outcomes to record: %n ended appointment.</numerusform>
                <numerusform>Outcomes to record: %n ended appointments.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Missing-person searches: %n action(s) due (SOS hotline).</source>
            <translation>
                <numerusform>Missing-person searches: %n action due (SOS hotline).</numerusform>
                <numerusform>Missing-person searches: %n actions due (SOS hotline).</numerusform>
            </translation>
        </message>
        <message>
            <source>Tomorrow</source>
            <translation>Tomorrow</translation>
        </message>
        <message numerus="yes">
            <source>In %n day(s)</source>
            <translation>
                <numerusform>In %n day</numerusform>
                <numerusform>In %n days</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>In %n hour(s)</source>
            <translation>
                <numerusform>In %n hour</numerusform>
                <numerusform>In %n hours</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>In %n minute(s)</source>
            <translation>
                <numerusform>In %n minute</numerusform>
                <numerusform>In %n minutes</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>RestoreDialog</name>
        <message>
            <source>Made {0} by {1}{2}. Clients: {3} · cases: {4} · contact notes: {5} · documents: {6}.</source>
            <translation>Made {0} by {1}{2}. Clients: {3} · cases: {4} · contact notes: {5} · documents: {6}.</translation>
        </message>
        <message>
            <source>Restore a backup</source>
            <translation>Restore a backup</translation>
        </message>
        <message>
            <source>Replace this vault (it is kept aside, still encrypted, until you delete it)</source>
            <translation>Replace this vault (it is kept aside, still encrypted, until you delete it)</translation>
        </message>
        <message>
            <source>Restore into another, empty folder…</source>
            <translation>Restore into another, empty folder…</translation>
        </message>
    </context>
    <context>
        <name>RestorePage</name>
        <message>
            <source>&amp;Restore</source>
            <translation>&amp;Restore</translation>
        </message>
        <message>
            <source>The backup</source>
            <translation>The backup</translation>
        </message>
        <message>
            <source>ASTRA backups (*.astrabackup)</source>
            <translation>ASTRA backups (*.astrabackup)</translation>
        </message>
        <message>
            <source>Choose the backup file and type its passphrase first.</source>
            <translation>Choose the backup file and type its passphrase first.</translation>
        </message>
        <message>
            <source>Opening the backup…</source>
            <translation>Opening the backup…</translation>
        </message>
        <message>
            <source>Check that this is the backup you want, then choose Restore.</source>
            <translation>Check that this is the backup you want, then choose Restore.</translation>
        </message>
        <message>
            <source>Restoring and checking the vault… (this can take a while)</source>
            <translation>Restoring and checking the vault… (this can take a while)</translation>
        </message>
        <message>
            <source>Restored into {0}.</source>
            <translation>Restored into {0}.</translation>
        </message>
        <message>
            <source>Restore from a backup</source>
            <translation>Restore from a backup</translation>
        </message>
        <message>
            <source>Choose the backup file (for example on the USB stick) and open it with the passphrase chosen when it was made, or with the vault's recovery key from the emergency sheet.</source>
            <translation>Choose the backup file (for example on the USB stick) and open it with the passphrase chosen when it was made, or with the vault's recovery key from the emergency sheet.</translation>
        </message>
        <message>
            <source>Backup &amp;file</source>
            <translation>Backup &amp;file</translation>
        </message>
        <message>
            <source>ASTRA-backup-….astrabackup</source>
            <translation>ASTRA-backup-….astrabackup</translation>
        </message>
        <message>
            <source>&amp;Choose…</source>
            <translation>&amp;Choose…</translation>
        </message>
        <message>
            <source>&amp;Passphrase</source>
            <translation>&amp;Passphrase</translation>
        </message>
        <message>
            <source>This is the vault's recovery &amp;key</source>
            <translation>This is the vault's recovery &amp;key</translation>
        </message>
        <message>
            <source>&amp;Open the backup</source>
            <translation>&amp;Open the backup</translation>
        </message>
        <message>
            <source>To restore with the backup's passphrase, also give the user name and passphrase of an account that was in the vault when the backup was made (or open the backup with the recovery key instead).</source>
            <translation>To restore with the backup's passphrase, also give the user name and passphrase of an account that was in the vault when the backup was made (or open the backup with the recovery key instead).</translation>
        </message>
        <message>
            <source>&amp;User name</source>
            <translation>&amp;User name</translation>
        </message>
        <message>
            <source>&amp;Account passphrase</source>
            <translation>&amp;Account passphrase</translation>
        </message>
    </context>
    <context>
        <name>RiskChart</name>
        <message>
            <source>No assessment yet</source>
            <translation>No assessment yet</translation>
        </message>
    </context>
    <context>
        <name>RiskPage</name>
        <message>
            <source>Loading the cases due for reassessment…</source>
            <translation>Loading the cases due for reassessment…</translation>
        </message>
        <message>
            <source>The cases due could not be read: {0}</source>
            <translation>The cases due could not be read: {0}</translation>
        </message>
        <message numerus="yes">
            <source>&lt;b&gt;%n&lt;/b&gt; high-risk case(s) overdue for reassessment. Cases due within a week:</source>
            <translation>
                <numerusform>&lt;b&gt;%n&lt;/b&gt; high-risk case overdue for reassessment. Cases due within a week:</numerusform>
                <numerusform>&lt;b&gt;%n&lt;/b&gt; high-risk cases overdue for reassessment. Cases due within a week:</numerusform>
            </translation>
        </message>
        <message>
            <source> — overdue</source>
            <translation> — overdue</translation>
        </message>
        <message>
            <source>Case code</source>
            <translation>Case code</translation>
        </message>
        <message>
            <source>Risk level</source>
            <translation>Risk level</translation>
        </message>
        <message>
            <source>Reassessment due</source>
            <translation>Reassessment due</translation>
        </message>
        <message>
            <source>The risk instrument is not a validated instrument: it supports, and never replaces, professional judgement.</source>
            <translation>The risk instrument is not a validated instrument: it supports, and never replaces, professional judgement.</translation>
        </message>
        <message>
            <source>&amp;Refresh</source>
            <translation>&amp;Refresh</translation>
        </message>
    </context>
    <context>
        <name>RiskTab</name>
        <message>
            <source>Loading the risk assessments…</source>
            <translation>Loading the risk assessments…</translation>
        </message>
        <message>
            <source>score {0}</source>
            <translation>score {0}</translation>
        </message>
        <message>
            <source>level set by hand: {0}</source>
            <translation>level set by hand: {0}</translation>
        </message>
        <message>
            <source>Current level: &lt;b&gt;{0}&lt;/b&gt; · next assessment due {1}{2}</source>
            <translation>Current level: &lt;b&gt;{0}&lt;/b&gt; · next assessment due {1}{2}</translation>
        </message>
        <message>
            <source> — &lt;b&gt;overdue&lt;/b&gt;</source>
            <translation> — &lt;b&gt;overdue&lt;/b&gt;</translation>
        </message>
        <message>
            <source>No risk assessment yet.</source>
            <translation>No risk assessment yet.</translation>
        </message>
        <message>
            <source>Select two assessments to see what changed between them.</source>
            <translation>Select two assessments to see what changed between them.</translation>
        </message>
        <message>
            <source>From {0} ({1}) to {2} ({3}):</source>
            <translation>From {0} ({1}) to {2} ({3}):</translation>
        </message>
        <message>
            <source>no answer changed.</source>
            <translation>no answer changed.</translation>
        </message>
        <message>
            <source>Choose an action in the safety plan first.</source>
            <translation>Choose an action in the safety plan first.</translation>
        </message>
        <message>
            <source>Enter the date of the event.</source>
            <translation>Enter the date of the event.</translation>
        </message>
        <message>
            <source>&amp;New assessment…</source>
            <translation>&amp;New assessment…</translation>
        </message>
        <message>
            <source>Assessments (select two to compare)</source>
            <translation>Assessments (select two to compare)</translation>
        </message>
        <message>
            <source>&lt;b&gt;Safety plan&lt;/b&gt;</source>
            <translation>&lt;b&gt;Safety plan&lt;/b&gt;</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Action</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Owner</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Due</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Another action, e.g. change the phone number</source>
            <translation>Another action, e.g. change the phone number</translation>
        </message>
        <message>
            <source>&amp;Add</source>
            <translation>&amp;Add</translation>
        </message>
        <message>
            <source>Add the &amp;suggested actions</source>
            <translation>Add the &amp;suggested actions</translation>
        </message>
        <message>
            <source>Set s&amp;tatus</source>
            <translation>Set s&amp;tatus</translation>
        </message>
        <message>
            <source>Event that calls for reassessment:</source>
            <translation>Event that calls for reassessment:</translation>
        </message>
        <message>
            <source>Record &amp;event</source>
            <translation>Record &amp;event</translation>
        </message>
    </context>
    <context>
        <name>ScheduleHearingDialog</name>
        <message>
            <source>Enter the date of the hearing.</source>
            <translation>Enter the date of the hearing.</translation>
        </message>
        <message>
            <source>Double booking</source>
            <translation>Double booking</translation>
        </message>
        <message>
            <source>Schedule the hearing anyway?</source>
            <translation>Schedule the hearing anyway?</translation>
        </message>
        <message>
            <source>Schedule anyway</source>
            <translation>Schedule anyway</translation>
        </message>
        <message>
            <source>Change the time</source>
            <translation>Change the time</translation>
        </message>
        <message>
            <source>Schedule a hearing</source>
            <translation>Schedule a hearing</translation>
        </message>
        <message>
            <source>&amp;Date</source>
            <translation>&amp;Date</translation>
        </message>
        <message>
            <source>from</source>
            <translation>from</translation>
        </message>
        <message>
            <source>to</source>
            <translation>to</translation>
        </message>
        <message>
            <source>&amp;Hearing</source>
            <translation>&amp;Hearing</translation>
        </message>
        <message>
            <source>&amp;Place</source>
            <translation>&amp;Place</translation>
        </message>
        <message>
            <source>Accompanied &amp;by</source>
            <translation>Accompanied &amp;by</translation>
        </message>
    </context>
    <context>
        <name>SearchDialog</name>
        <message>
            <source>Reported on the SOS hotline</source>
            <translation>Reported on the SOS hotline</translation>
        </message>
        <message>
            <source>From the call: {0}</source>
            <translation>From the call: {0}</translation>
        </message>
        <message>
            <source>New missing-person search</source>
            <translation>New missing-person search</translation>
        </message>
        <message>
            <source>How it &amp;came in</source>
            <translation>How it &amp;came in</translation>
        </message>
        <message>
            <source>Reading the call…</source>
            <translation>Reading the call…</translation>
        </message>
        <message>
            <source>The call could not be read: {0} The search will be saved without a link to it.</source>
            <translation>The call could not be read: {0} The search will be saved without a link to it.</translation>
        </message>
    </context>
    <context>
        <name>SearchListModel</name>
        <message>
            <source>Minor</source>
            <translation>Minor</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Outcome</translation>
        </message>
        <message>
            <source>Days</source>
            <translation>Days</translation>
        </message>
        <message>
            <source>Police report</source>
            <translation>Police report</translation>
        </message>
        <message>
            <source>Partners asked</source>
            <translation>Partners asked</translation>
        </message>
        <message>
            <source>Person sought</source>
            <translation>Person sought</translation>
        </message>
        <message>
            <source>Last seen</source>
            <translation>Last seen</translation>
        </message>
        <message>
            <source>Where</source>
            <translation>Where</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Next action due</source>
            <translation>Next action due</translation>
        </message>
        <message>
            <source>Case</source>
            <translation>Case</translation>
        </message>
        <message>
            <source>{0} → {1}</source>
            <translation>{0} → {1}</translation>
        </message>
        <message>
            <source>minor</source>
            <translation>minor</translation>
        </message>
        <message>
            <source>{0} asked, {1} answered</source>
            <translation>{0} asked, {1} answered</translation>
        </message>
        <message>
            <source>{0} — due</source>
            <translation>{0} — due</translation>
        </message>
    </context>
    <context>
        <name>SearchPanel</name>
        <message>
            <source>Save &amp;details</source>
            <translation>Save &amp;details</translation>
        </message>
        <message>
            <source>&amp;Add action…</source>
            <translation>&amp;Add action…</translation>
        </message>
        <message>
            <source>&amp;Mark done</source>
            <translation>&amp;Mark done</translation>
        </message>
        <message>
            <source>Change s&amp;tatus…</source>
            <translation>Change s&amp;tatus…</translation>
        </message>
        <message>
            <source>&amp;New client…</source>
            <translation>&amp;New client…</translation>
        </message>
        <message>
            <source>Lin&amp;k to a case…</source>
            <translation>Lin&amp;k to a case…</translation>
        </message>
        <message>
            <source>Open the case fil&amp;e</source>
            <translation>Open the case fil&amp;e</translation>
        </message>
        <message>
            <source>In&amp;quiry to a partner…</source>
            <translation>In&amp;quiry to a partner…</translation>
        </message>
        <message>
            <source>Re&amp;cord the answer…</source>
            <translation>Re&amp;cord the answer…</translation>
        </message>
        <message>
            <source>Once found:</source>
            <translation>Once found:</translation>
        </message>
        <message>
            <source>History and action log</source>
            <translation>History and action log</translation>
        </message>
        <message>
            <source>Partners asked</source>
            <translation>Partners asked</translation>
        </message>
        <message>
            <source>Loading the search…</source>
            <translation>Loading the search…</translation>
        </message>
        <message>
            <source>The search could not be read: {0}</source>
            <translation>The search could not be read: {0}</translation>
        </message>
        <message numerus="yes">
            <source>{0} — {1} (search opened on {2}, %n day(s))</source>
            <translation>
                <numerusform>{0} — {1} (search opened on {2}, %n day)</numerusform>
                <numerusform>{0} — {1} (search opened on {2}, %n days)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Partners asked (%n)</source>
            <translation>
                <numerusform>Partners asked (%n)</numerusform>
                <numerusform>Partners asked (%n)</numerusform>
            </translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Action</translation>
        </message>
        <message>
            <source>The person found becomes a client</source>
            <translation>The person found becomes a client</translation>
        </message>
        <message>
            <source>The search stays linked to the new case.</source>
            <translation>The search stays linked to the new case.</translation>
        </message>
        <message>
            <source>Link the search to a case</source>
            <translation>Link the search to a case</translation>
        </message>
        <message>
            <source>The person found is already a client: give the code of their case.</source>
            <translation>The person found is already a client: give the code of their case.</translation>
        </message>
    </context>
    <context>
        <name>SecretDialog</name>
        <message>
            <source>&amp;Passphrase</source>
            <translation>&amp;Passphrase</translation>
        </message>
        <message>
            <source>This is the vault's recovery key</source>
            <translation>This is the vault's recovery key</translation>
        </message>
    </context>
    <context>
        <name>SecretField</name>
        <message>
            <source>Show the passphrase</source>
            <translation>Show the passphrase</translation>
        </message>
        <message>
            <source>Caps Lock is on.</source>
            <translation>Caps Lock is on.</translation>
        </message>
        <message>
            <source>Hide the passphrase</source>
            <translation>Hide the passphrase</translation>
        </message>
    </context>
    <context>
        <name>SetupWizard</name>
        <message>
            <source>It failed: {0}</source>
            <translation>It failed: {0}</translation>
        </message>
        <message>
            <source>ASTRA Desktop — first run</source>
            <translation>ASTRA Desktop — first run</translation>
        </message>
        <message>
            <source>The vault was restored from the backup and checked. Log in with your own passphrase.</source>
            <translation>The vault was restored from the backup and checked. Log in with your own passphrase.</translation>
        </message>
        <message>
            <source>Leave without the recovery key?</source>
            <translation>Leave without the recovery key?</translation>
        </message>
        <message>
            <source>The vault has been created, but you have not confirmed keeping the recovery key. Without it, a forgotten passphrase means the vault is lost. Leave anyway?</source>
            <translation>The vault has been created, but you have not confirmed keeping the recovery key. Without it, a forgotten passphrase means the vault is lost. Leave anyway?</translation>
        </message>
        <message>
            <source>Leave</source>
            <translation>Leave</translation>
        </message>
        <message>
            <source>Stay</source>
            <translation>Stay</translation>
        </message>
    </context>
    <context>
        <name>SpliceWatch</name>
        <message>
            <source>The audit trail has been altered</source>
            <translation>The audit trail has been altered</translation>
        </message>
        <message>
            <source>The vault is damaged</source>
            <translation>The vault is damaged</translation>
        </message>
    </context>
    <context>
        <name>StatisticsPage</name>
        <message>
            <source>All trials</source>
            <translation>All trials</translation>
        </message>
        <message>
            <source>Our clients' trials</source>
            <translation>Our clients' trials</translation>
        </message>
        <message>
            <source>Monitored trials (no client of ours)</source>
            <translation>Monitored trials (no client of ours)</translation>
        </message>
        <message>
            <source>Every court</source>
            <translation>Every court</translation>
        </message>
        <message>
            <source>Your role may not export. Ask an administrator if you need the file.</source>
            <translation>Your role may not export. Ask an administrator if you need the file.</translation>
        </message>
        <message>
            <source>The period starts after it ends: choose a “from” date on or before the “to” date.</source>
            <translation>The period starts after it ends: choose a “from” date on or before the “to” date.</translation>
        </message>
        <message>
            <source>Statistics</source>
            <translation>Statistics</translation>
        </message>
        <message>
            <source>Counting the figures…</source>
            <translation>Counting the figures…</translation>
        </message>
        <message>
            <source>{0} · trials followed: {1} · calls: {2} · searches opened: {3}</source>
            <translation>{0} · trials followed: {1} · calls: {2} · searches opened: {3}</translation>
        </message>
        <message>
            <source>What</source>
            <translation>What</translation>
        </message>
        <message>
            <source>Number</source>
            <translation>Number</translation>
        </message>
        <message>
            <source>No case</source>
            <translation>No case</translation>
        </message>
        <message>
            <source>Not recorded</source>
            <translation>Not recorded</translation>
        </message>
        <message>
            <source>Below the statutory minimum</source>
            <translation>Below the statutory minimum</translation>
        </message>
        <message>
            <source>At the statutory minimum</source>
            <translation>At the statutory minimum</translation>
        </message>
        <message>
            <source>Above the statutory minimum</source>
            <translation>Above the statutory minimum</translation>
        </message>
        <message>
            <source>Paragraph or sentence not recorded</source>
            <translation>Paragraph or sentence not recorded</translation>
        </message>
        <message>
            <source>Trial</source>
            <translation>Trial</translation>
        </message>
        <message>
            <source>Hearings</source>
            <translation>Hearings</translation>
        </message>
        <message>
            <source>Held</source>
            <translation>Held</translation>
        </message>
        <message>
            <source>Postponed</source>
            <translation>Postponed</translation>
        </message>
        <message>
            <source>Injured party summoned</source>
            <translation>Injured party summoned</translation>
        </message>
        <message>
            <source>… came</source>
            <translation>… came</translation>
        </message>
        <message>
            <source>… testified</source>
            <translation>… testified</translation>
        </message>
        <message>
            <source>Defendants</source>
            <translation>Defendants</translation>
        </message>
        <message>
            <source>Came most</source>
            <translation>Came most</translation>
        </message>
        <message>
            <source>Came least</source>
            <translation>Came least</translation>
        </message>
        <message>
            <source>A case code, or the court and court number of a monitored trial</source>
            <translation>A case code, or the court and court number of a monitored trial</translation>
        </message>
        <message>
            <source>Hearings scheduled, cancelled ones aside</source>
            <translation>Hearings scheduled, cancelled ones aside</translation>
        </message>
        <message>
            <source>Hearings an injured party was summoned to</source>
            <translation>Hearings an injured party was summoned to</translation>
        </message>
        <message>
            <source>Hearings at least one injured party came to</source>
            <translation>Hearings at least one injured party came to</translation>
        </message>
        <message>
            <source>Hearings an injured party testified at</source>
            <translation>Hearings an injured party testified at</translation>
        </message>
        <message>
            <source>Hearings attended by the defendant who came most often</source>
            <translation>Hearings attended by the defendant who came most often</translation>
        </message>
        <message>
            <source>Hearings attended by the defendant who came least often</source>
            <translation>Hearings attended by the defendant who came least often</translation>
        </message>
        <message>
            <source>Trials and hearings</source>
            <translation>Trials and hearings</translation>
        </message>
        <message>
            <source>Postponements by cause</source>
            <translation>Postponements by cause</translation>
        </message>
        <message>
            <source>Sentences for trafficking (Art. 388) against the statutory minimum</source>
            <translation>Sentences for trafficking (Art. 388) against the statutory minimum</translation>
        </message>
        <message>
            <source>Appearances per trial, over the whole trial</source>
            <translation>Appearances per trial, over the whole trial</translation>
        </message>
        <message>
            <source>Calls</source>
            <translation>Calls</translation>
        </message>
        <message>
            <source>Calls per month</source>
            <translation>Calls per month</translation>
        </message>
        <message>
            <source>Calls by channel</source>
            <translation>Calls by channel</translation>
        </message>
        <message>
            <source>Calls by topic</source>
            <translation>Calls by topic</translation>
        </message>
        <message>
            <source>Who called</source>
            <translation>Who called</translation>
        </message>
        <message>
            <source>What came of the call</source>
            <translation>What came of the call</translation>
        </message>
        <message>
            <source>Type of exploitation</source>
            <translation>Type of exploitation</translation>
        </message>
        <message>
            <source>Age of the person concerned</source>
            <translation>Age of the person concerned</translation>
        </message>
        <message>
            <source>Referrals by partner</source>
            <translation>Referrals by partner</translation>
        </message>
        <message>
            <source>Searches</source>
            <translation>Searches</translation>
        </message>
        <message>
            <source>How the searches closed in the period</source>
            <translation>How the searches closed in the period</translation>
        </message>
        <message>
            <source>Answers from partners asked</source>
            <translation>Answers from partners asked</translation>
        </message>
        <message>
            <source>Trials followed</source>
            <translation>Trials followed</translation>
        </message>
        <message>
            <source>… monitored, no client of ours</source>
            <translation>… monitored, no client of ours</translation>
        </message>
        <message>
            <source>Opened in the period</source>
            <translation>Opened in the period</translation>
        </message>
        <message>
            <source>Decided at first instance</source>
            <translation>Decided at first instance</translation>
        </message>
        <message>
            <source>Pending at the end of the period</source>
            <translation>Pending at the end of the period</translation>
        </message>
        <message>
            <source>Hearings scheduled</source>
            <translation>Hearings scheduled</translation>
        </message>
        <message>
            <source>… held</source>
            <translation>… held</translation>
        </message>
        <message>
            <source>… postponed</source>
            <translation>… postponed</translation>
        </message>
        <message>
            <source>Hearings per trial (median)</source>
            <translation>Hearings per trial (median)</translation>
        </message>
        <message>
            <source>Injured party appeared</source>
            <translation>Injured party appeared</translation>
        </message>
        <message>
            <source>Injured party testified</source>
            <translation>Injured party testified</translation>
        </message>
        <message>
            <source>Defendants' appearances</source>
            <translation>Defendants' appearances</translation>
        </message>
        <message>
            <source>Days to a first-instance verdict (median)</source>
            <translation>Days to a first-instance verdict (median)</translation>
        </message>
        <message>
            <source>Age of pending trials in days (median)</source>
            <translation>Age of pending trials in days (median)</translation>
        </message>
        <message>
            <source>Convictions</source>
            <translation>Convictions</translation>
        </message>
        <message>
            <source>Acquittals</source>
            <translation>Acquittals</translation>
        </message>
        <message>
            <source>Charges re-qualified from Art. 388</source>
            <translation>Charges re-qualified from Art. 388</translation>
        </message>
        <message>
            <source>… to a lighter paragraph of Art. 388</source>
            <translation>… to a lighter paragraph of Art. 388</translation>
        </message>
        <message>
            <source>Plea agreements</source>
            <translation>Plea agreements</translation>
        </message>
        <message>
            <source>Property claims filed</source>
            <translation>Property claims filed</translation>
        </message>
        <message>
            <source>Compensation claimed</source>
            <translation>Compensation claimed</translation>
        </message>
        <message>
            <source>Compensation awarded</source>
            <translation>Compensation awarded</translation>
        </message>
        <message>
            <source>Monitored trial: no client of ours in it</source>
            <translation>Monitored trial: no client of ours in it</translation>
        </message>
        <message>
            <source>Defendant appeared (most often)</source>
            <translation>Defendant appeared (most often)</translation>
        </message>
        <message numerus="yes">
            <source>The chart shows the %n trial(s) the injured party came to most often; every trial is in the table.</source>
            <translation>
                <numerusform>The chart shows the %n trial the injured party came to most often; every trial is in the table.</numerusform>
                <numerusform>The chart shows the %n trials the injured party came to most often; every trial is in the table.</numerusform>
            </translation>
        </message>
        <message>
            <source>Calls taken</source>
            <translation>Calls taken</translation>
        </message>
        <message>
            <source>Minutes on the line</source>
            <translation>Minutes on the line</translation>
        </message>
        <message>
            <source>Anonymous callers</source>
            <translation>Anonymous callers</translation>
        </message>
        <message>
            <source>Urgent</source>
            <translation>Urgent</translation>
        </message>
        <message>
            <source>Presumed victims calling</source>
            <translation>Presumed victims calling</translation>
        </message>
        <message>
            <source>Calls with a referral</source>
            <translation>Calls with a referral</translation>
        </message>
        <message>
            <source>Follow-ups needed</source>
            <translation>Follow-ups needed</translation>
        </message>
        <message>
            <source>… done</source>
            <translation>… done</translation>
        </message>
        <message>
            <source>Searches opened</source>
            <translation>Searches opened</translation>
        </message>
        <message>
            <source>… for a minor</source>
            <translation>… for a minor</translation>
        </message>
        <message>
            <source>… reported to the police</source>
            <translation>… reported to the police</translation>
        </message>
        <message>
            <source>… across a border</source>
            <translation>… across a border</translation>
        </message>
        <message>
            <source>Searches closed</source>
            <translation>Searches closed</translation>
        </message>
        <message>
            <source>Days to close (median)</source>
            <translation>Days to close (median)</translation>
        </message>
        <message>
            <source>Open at the end of the period</source>
            <translation>Open at the end of the period</translation>
        </message>
        <message>
            <source>Partners asked</source>
            <translation>Partners asked</translation>
        </message>
        <message>
            <source>… who answered</source>
            <translation>… who answered</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Export</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Annual report</source>
            <translation>Annual report</translation>
        </message>
        <message>
            <source>Language of the report:</source>
            <translation>Language of the report:</translation>
        </message>
        <message>
            <source>Export the annual report</source>
            <translation>Export the annual report</translation>
        </message>
        <message>
            <source>The annual report will be an ordinary, unencrypted PDF file outside the vault. It holds counts and case codes only, no names. The export is recorded in the audit trail. Export it?</source>
            <translation>The annual report will be an ordinary, unencrypted PDF file outside the vault. It holds counts and case codes only, no names. The export is recorded in the audit trail. Export it?</translation>
        </message>
        <message>
            <source>Export the statistics</source>
            <translation>Export the statistics</translation>
        </message>
        <message>
            <source>The CSV file will be an ordinary, unencrypted file outside the vault. It holds counts and case codes only, no names. The export is recorded in the audit trail. Export it?</source>
            <translation>The CSV file will be an ordinary, unencrypted file outside the vault. It holds counts and case codes only, no names. The export is recorded in the audit trail. Export it?</translation>
        </message>
        <message>
            <source>Writing {0}…</source>
            <translation>Writing {0}…</translation>
        </message>
        <message>
            <source>Exported to {0}.</source>
            <translation>Exported to {0}.</translation>
        </message>
        <message>
            <source>Anonymous figures for the period: the trials the organisation follows, the SOS hotline and the searches for missing persons. Trials are shown by case code or by court and court number, never by name; the annual report and the CSV carry the same figures.</source>
            <translation>Anonymous figures for the period: the trials the organisation follows, the SOS hotline and the searches for missing persons. Trials are shown by case code or by court and court number, never by name; the annual report and the CSV carry the same figures.</translation>
        </message>
        <message>
            <source>&amp;Year</source>
            <translation>&amp;Year</translation>
        </message>
        <message>
            <source>&amp;From</source>
            <translation>&amp;From</translation>
        </message>
        <message>
            <source>t&amp;o</source>
            <translation>t&amp;o</translation>
        </message>
        <message>
            <source>&amp;Which trials</source>
            <translation>&amp;Which trials</translation>
        </message>
        <message>
            <source>&amp;Court</source>
            <translation>&amp;Court</translation>
        </message>
        <message>
            <source>&amp;Trials</source>
            <translation>&amp;Trials</translation>
        </message>
        <message>
            <source>&amp;Hotline</source>
            <translation>&amp;Hotline</translation>
        </message>
        <message>
            <source>&amp;Missing persons</source>
            <translation>&amp;Missing persons</translation>
        </message>
        <message>
            <source>Export the annual &amp;report (PDF)…</source>
            <translation>Export the annual &amp;report (PDF)…</translation>
        </message>
        <message>
            <source>&amp;Export as CSV…</source>
            <translation>&amp;Export as CSV…</translation>
        </message>
    </context>
    <context>
        <name>StatusDialog</name>
        <message>
            <source>Now: {0}, since the search was opened on {1}.</source>
            <translation>Now: {0}, since the search was opened on {1}.</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Outcome</translation>
        </message>
        <message>
            <source>Change the status of the search</source>
            <translation>Change the status of the search</translation>
        </message>
        <message>
            <source>New &amp;status</source>
            <translation>New &amp;status</translation>
        </message>
        <message>
            <source>&amp;Reason</source>
            <translation>&amp;Reason</translation>
        </message>
        <message>
            <source>Why, e.g. found through the embassy, safe</source>
            <translation>Why, e.g. found through the embassy, safe</translation>
        </message>
    </context>
    <context>
        <name>TemplatesDialog</name>
        <message>
            <source>Serbian (Latin; Cyrillic documents are made from it)</source>
            <translation>Serbian (Latin; Cyrillic documents are made from it)</translation>
        </message>
        <message>
            <source>English</source>
            <translation>English</translation>
        </message>
        <message>
            <source>Only an administrator can change the templates.</source>
            <translation>Only an administrator can change the templates.</translation>
        </message>
        <message>
            <source>Loading the template…</source>
            <translation>Loading the template…</translation>
        </message>
        <message>
            <source>The organisation's version is in use (kept in the vault).</source>
            <translation>The organisation's version is in use (kept in the vault).</translation>
        </message>
        <message>
            <source>The shipped text is in use.</source>
            <translation>The shipped text is in use.</translation>
        </message>
        <message>
            <source>No differences: this is the shipped text.</source>
            <translation>No differences: this is the shipped text.</translation>
        </message>
        <message>
            <source>Saved. Documents made from now on use this text.</source>
            <translation>Saved. Documents made from now on use this text.</translation>
        </message>
        <message>
            <source>This is the shipped text: the shipped template is used.</source>
            <translation>This is the shipped text: the shipped template is used.</translation>
        </message>
        <message>
            <source>Reset the template?</source>
            <translation>Reset the template?</translation>
        </message>
        <message>
            <source>Go back to the shipped text of this template? The organisation's version is deleted.</source>
            <translation>Go back to the shipped text of this template? The organisation's version is deleted.</translation>
        </message>
        <message>
            <source>Reset</source>
            <translation>Reset</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>The shipped text is back in use.</source>
            <translation>The shipped text is back in use.</translation>
        </message>
        <message>
            <source>Document templates</source>
            <translation>Document templates</translation>
        </message>
        <message>
            <source>&amp;Document</source>
            <translation>&amp;Document</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Language</translation>
        </message>
        <message>
            <source>Change only the texts between quotes: keep every key and every placeholder in braces. A lawyer reviews every change before a document made from it goes to a court.</source>
            <translation>Change only the texts between quotes: keep every key and every placeholder in braces. A lawyer reviews every change before a document made from it goes to a court.</translation>
        </message>
        <message>
            <source>Text (TOML)</source>
            <translation>Text (TOML)</translation>
        </message>
        <message>
            <source>Different from the shipped text</source>
            <translation>Different from the shipped text</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Save</translation>
        </message>
        <message>
            <source>&amp;Reset to the shipped text</source>
            <translation>&amp;Reset to the shipped text</translation>
        </message>
    </context>
    <context>
        <name>TrialChargeDialog</name>
        <message>
            <source>Re-qualify the charge</source>
            <translation>Re-qualify the charge</translation>
        </message>
        <message>
            <source>Add a charge</source>
            <translation>Add a charge</translation>
        </message>
        <message>
            <source>Now: Art. {0} para. {1} {2}, since {3}</source>
            <translation>Now: Art. {0} para. {1} {2}, since {3}</translation>
        </message>
        <message>
            <source>Enter the date of the charge.</source>
            <translation>Enter the date of the charge.</translation>
        </message>
        <message>
            <source>&amp;Article</source>
            <translation>&amp;Article</translation>
        </message>
        <message>
            <source>&amp;Paragraph</source>
            <translation>&amp;Paragraph</translation>
        </message>
        <message>
            <source>e.g. 1, 3 or 6</source>
            <translation>e.g. 1, 3 or 6</translation>
        </message>
        <message>
            <source>&amp;Offence</source>
            <translation>&amp;Offence</translation>
        </message>
        <message>
            <source>&amp;Since</source>
            <translation>&amp;Since</translation>
        </message>
        <message>
            <source>&amp;Note</source>
            <translation>&amp;Note</translation>
        </message>
    </context>
    <context>
        <name>TrialDialog</name>
        <message>
            <source>Enter an amount in dinars, digits only.</source>
            <translation>Enter an amount in dinars, digits only.</translation>
        </message>
        <message>
            <source>Monitored trial</source>
            <translation>Monitored trial</translation>
        </message>
        <message>
            <source>New monitored trial</source>
            <translation>New monitored trial</translation>
        </message>
        <message>
            <source>A trial the organisation follows without a client of its own. Record the injured parties by codes (OŠ-1, or the initials the court uses) — never by name.</source>
            <translation>A trial the organisation follows without a client of its own. Record the injured parties by codes (OŠ-1, or the initials the court uses) — never by name.</translation>
        </message>
        <message>
            <source>&amp;Court</source>
            <translation>&amp;Court</translation>
        </message>
        <message>
            <source>e.g. Viši sud u Nišu</source>
            <translation>e.g. Viši sud u Nišu</translation>
        </message>
        <message>
            <source>Court case &amp;number</source>
            <translation>Court case &amp;number</translation>
        </message>
        <message>
            <source>P&amp;rosecutor's office</source>
            <translation>P&amp;rosecutor's office</translation>
        </message>
        <message>
            <source>e.g. Više javno tužilaštvo u Nišu</source>
            <translation>e.g. Više javno tužilaštvo u Nišu</translation>
        </message>
        <message>
            <source>Prosecution case num&amp;ber</source>
            <translation>Prosecution case num&amp;ber</translation>
        </message>
        <message>
            <source>&amp;Judge</source>
            <translation>&amp;Judge</translation>
        </message>
        <message>
            <source>&amp;Injured parties (codes)</source>
            <translation>&amp;Injured parties (codes)</translation>
        </message>
        <message>
            <source>Trial &amp;opened</source>
            <translation>Trial &amp;opened</translation>
        </message>
        <message>
            <source>No&amp;tes</source>
            <translation>No&amp;tes</translation>
        </message>
        <message>
            <source>&amp;Verdict</source>
            <translation>&amp;Verdict</translation>
        </message>
        <message>
            <source>Judgment &amp;pronounced on</source>
            <translation>Judgment &amp;pronounced on</translation>
        </message>
        <message>
            <source>Convicted &amp;under</source>
            <translation>Convicted &amp;under</translation>
        </message>
        <message>
            <source>para.</source>
            <translation>para.</translation>
        </message>
        <message>
            <source>&amp;Sentence</source>
            <translation>&amp;Sentence</translation>
        </message>
        <message>
            <source>e.g. kazna zatvora u trajanju od 4 godine</source>
            <translation>e.g. kazna zatvora u trajanju od 4 godine</translation>
        </message>
        <message>
            <source>Sentence in &amp;months</source>
            <translation>Sentence in &amp;months</translation>
        </message>
        <message>
            <source>P&amp;lea agreement</source>
            <translation>P&amp;lea agreement</translation>
        </message>
        <message>
            <source>A plea agreement was made</source>
            <translation>A plea agreement was made</translation>
        </message>
        <message>
            <source>&amp;Written judgment served on</source>
            <translation>&amp;Written judgment served on</translation>
        </message>
        <message>
            <source>&amp;Appealed by</source>
            <translation>&amp;Appealed by</translation>
        </message>
        <message>
            <source>Compensation claim&amp;ed (RSD)</source>
            <translation>Compensation claim&amp;ed (RSD)</translation>
        </message>
        <message>
            <source>Compensation awar&amp;ded (RSD)</source>
            <translation>Compensation awar&amp;ded (RSD)</translation>
        </message>
        <message>
            <source>Propert&amp;y claim decision</source>
            <translation>Propert&amp;y claim decision</translation>
        </message>
    </context>
    <context>
        <name>TrialHearingDialog</name>
        <message>
            <source>Hearing · {0}</source>
            <translation>Hearing · {0}</translation>
        </message>
        <message>
            <source>summoned</source>
            <translation>summoned</translation>
        </message>
        <message>
            <source>came</source>
            <translation>came</translation>
        </message>
        <message>
            <source>testified</source>
            <translation>testified</translation>
        </message>
        <message>
            <source>Injured party {0}</source>
            <translation>Injured party {0}</translation>
        </message>
        <message>
            <source>No injured parties or defendants recorded yet.</source>
            <translation>No injured parties or defendants recorded yet.</translation>
        </message>
        <message>
            <source>Enter the day of the hearing.</source>
            <translation>Enter the day of the hearing.</translation>
        </message>
        <message>
            <source>&amp;Day</source>
            <translation>&amp;Day</translation>
        </message>
        <message>
            <source>&amp;Kind</source>
            <translation>&amp;Kind</translation>
        </message>
        <message>
            <source>S&amp;tatus</source>
            <translation>S&amp;tatus</translation>
        </message>
        <message>
            <source>Postponed &amp;by</source>
            <translation>Postponed &amp;by</translation>
        </message>
        <message>
            <source>&amp;Why postponed</source>
            <translation>&amp;Why postponed</translation>
        </message>
        <message>
            <source>Injured parties and defendants</source>
            <translation>Injured parties and defendants</translation>
        </message>
        <message>
            <source>Wit&amp;nesses</source>
            <translation>Wit&amp;nesses</translation>
        </message>
        <message>
            <source>N&amp;otes</source>
            <translation>N&amp;otes</translation>
        </message>
    </context>
    <context>
        <name>TrialsPage</name>
        <message>
            <source>Loading the monitored trials…</source>
            <translation>Loading the monitored trials…</translation>
        </message>
        <message>
            <source>The monitored trials could not be read: {0}</source>
            <translation>The monitored trials could not be read: {0}</translation>
        </message>
        <message>
            <source>No monitored trial yet: add one with “New trial”.</source>
            <translation>No monitored trial yet: add one with “New trial”.</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>yes</translation>
        </message>
        <message>
            <source>{0} {1} of {2} summoned</source>
            <translation>{0} {1} of {2} summoned</translation>
        </message>
        <message>
            <source>, testified {0}</source>
            <translation>, testified {0}</translation>
        </message>
        <message>
            <source>Hearings held {0}, postponed {1}</source>
            <translation>Hearings held {0}, postponed {1}</translation>
        </message>
        <message>
            <source>Came to court: {0}</source>
            <translation>Came to court: {0}</translation>
        </message>
        <message>
            <source>Delete the monitored trial</source>
            <translation>Delete the monitored trial</translation>
        </message>
        <message>
            <source>Delete {0} with its hearings and charges? This cannot be undone.</source>
            <translation>Delete {0} with its hearings and charges? This cannot be undone.</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Delete</translation>
        </message>
        <message>
            <source>Keep it</source>
            <translation>Keep it</translation>
        </message>
        <message>
            <source>Trials the organisation monitors without a client of its own. Injured parties appear by code only; the yearly figures count these trials too.</source>
            <translation>Trials the organisation monitors without a client of its own. Injured parties appear by code only; the yearly figures count these trials too.</translation>
        </message>
        <message>
            <source>&amp;New trial…</source>
            <translation>&amp;New trial…</translation>
        </message>
        <message>
            <source>&amp;Edit…</source>
            <translation>&amp;Edit…</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>&amp;Delete</translation>
        </message>
        <message>
            <source>Court</source>
            <translation>Court</translation>
        </message>
        <message>
            <source>Case number</source>
            <translation>Case number</translation>
        </message>
        <message>
            <source>Injured parties</source>
            <translation>Injured parties</translation>
        </message>
        <message>
            <source>Verdict</source>
            <translation>Verdict</translation>
        </message>
        <message>
            <source>Appeal due</source>
            <translation>Appeal due</translation>
        </message>
        <message>
            <source>Add de&amp;fendant…</source>
            <translation>Add de&amp;fendant…</translation>
        </message>
        <message>
            <source>Add &amp;charge…</source>
            <translation>Add &amp;charge…</translation>
        </message>
        <message>
            <source>&amp;Re-qualify…</source>
            <translation>&amp;Re-qualify…</translation>
        </message>
        <message>
            <source>Add &amp;hearing…</source>
            <translation>Add &amp;hearing…</translation>
        </message>
        <message>
            <source>Edit hearin&amp;g…</source>
            <translation>Edit hearin&amp;g…</translation>
        </message>
        <message>
            <source>Article</source>
            <translation>Article</translation>
        </message>
        <message>
            <source>Paragraph</source>
            <translation>Paragraph</translation>
        </message>
        <message>
            <source>Offence</source>
            <translation>Offence</translation>
        </message>
        <message>
            <source>Since</source>
            <translation>Since</translation>
        </message>
        <message>
            <source>Current</source>
            <translation>Current</translation>
        </message>
        <message>
            <source>Day</source>
            <translation>Day</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Postponed by</source>
            <translation>Postponed by</translation>
        </message>
        <message>
            <source>Came</source>
            <translation>Came</translation>
        </message>
    </context>
    <context>
        <name>UnlockWindow</name>
        <message>
            <source>Recovery &amp;key</source>
            <translation>Recovery &amp;key</translation>
        </message>
        <message>
            <source>&amp;Passphrase</source>
            <translation>&amp;Passphrase</translation>
        </message>
        <message>
            <source>Forgot your passphrase?</source>
            <translation>Forgot your passphrase?</translation>
        </message>
        <message>
            <source>Nobody can look up or reset a passphrase from outside the vault — not even the developers. Ask an administrator to set you a new one.

If no administrator can sign in, use the recovery key: the emergency sheet printed when the vault was created. Tick “Use the recovery key instead”, type the key, and then set a new passphrase in Users &amp; settings.</source>
            <translation>Nobody can look up or reset a passphrase from outside the vault — not even the developers. Ask an administrator to set you a new one.

If no administrator can sign in, use the recovery key: the emergency sheet printed when the vault was created. Tick “Use the recovery key instead”, type the key, and then set a new passphrase in Users &amp; settings.</translation>
        </message>
        <message>
            <source>Enter your user name and passphrase.</source>
            <translation>Enter your user name and passphrase.</translation>
        </message>
        <message>
            <source>Checking…</source>
            <translation>Checking…</translation>
        </message>
        <message>
            <source>Still checking the vault. The first start after ASTRA Desktop was updated (the vault is then brought up to date) can take a minute or two. Please do not close the window.</source>
            <translation>Still checking the vault. The first start after ASTRA Desktop was updated (the vault is then brought up to date) can take a minute or two. Please do not close the window.</translation>
        </message>
        <message>
            <source>The vault could not be opened: {0}</source>
            <translation>The vault could not be opened: {0}</translation>
        </message>
        <message>
            <source>You can try again now.</source>
            <translation>You can try again now.</translation>
        </message>
        <message>
            <source>You can try again in {0} s (the wait doubles with every wrong passphrase).</source>
            <translation>You can try again in {0} s (the wait doubles with every wrong passphrase).</translation>
        </message>
        <message>
            <source>That recovery key is not right. Type it exactly as printed on the emergency sheet.</source>
            <translation>That recovery key is not right. Type it exactly as printed on the emergency sheet.</translation>
        </message>
        <message>
            <source>The user name or passphrase is not right. Check Caps Lock and the keyboard language, then try again.</source>
            <translation>The user name or passphrase is not right. Check Caps Lock and the keyboard language, then try again.</translation>
        </message>
        <message>
            <source>ASTRA Desktop — locked</source>
            <translation>ASTRA Desktop — locked</translation>
        </message>
        <message>
            <source>ASTRA Desktop</source>
            <translation>ASTRA Desktop</translation>
        </message>
        <message>
            <source>The vault is locked. Sign in to continue.</source>
            <translation>The vault is locked. Sign in to continue.</translation>
        </message>
        <message>
            <source>&amp;User</source>
            <translation>&amp;User</translation>
        </message>
        <message>
            <source>Caps Lock is on.</source>
            <translation>Caps Lock is on.</translation>
        </message>
        <message>
            <source>Use the &amp;recovery key instead</source>
            <translation>Use the &amp;recovery key instead</translation>
        </message>
        <message>
            <source>&amp;Forgot passphrase?</source>
            <translation>&amp;Forgot passphrase?</translation>
        </message>
        <message>
            <source>&amp;Unlock</source>
            <translation>&amp;Unlock</translation>
        </message>
    </context>
    <context>
        <name>UsersPage</name>
        <message>
            <source>Signed in as {0} ({1}).</source>
            <translation>Signed in as {0} ({1}).</translation>
        </message>
        <message>
            <source>Only an administrator can manage users and settings.</source>
            <translation>Only an administrator can manage users and settings.</translation>
        </message>
        <message>
            <source>The language is saved. It applies the next time ASTRA Desktop starts.</source>
            <translation>The language is saved. It applies the next time ASTRA Desktop starts.</translation>
        </message>
        <message>
            <source>All cases</source>
            <translation>All cases</translation>
        </message>
        <message>
            <source>Assigned cases</source>
            <translation>Assigned cases</translation>
        </message>
        <message>
            <source>Added {0}.</source>
            <translation>Added {0}.</translation>
        </message>
        <message>
            <source>Remove user</source>
            <translation>Remove user</translation>
        </message>
        <message>
            <source>Remove {0}? Their passphrase stops opening the vault at once; their notes stay.</source>
            <translation>Remove {0}? Their passphrase stops opening the vault at once; their notes stay.</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Remove</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Removed {0}.</source>
            <translation>Removed {0}.</translation>
        </message>
        <message>
            <source>The vault key was rotated: old copies of the key file open nothing current.</source>
            <translation>The vault key was rotated: old copies of the key file open nothing current.</translation>
        </message>
        <message>
            <source>Removing {0} and rotating the vault key…</source>
            <translation>Removing {0} and rotating the vault key…</translation>
        </message>
        <message>
            <source>It failed: {0}</source>
            <translation>It failed: {0}</translation>
        </message>
        <message>
            <source>Users &amp; settings</source>
            <translation>Users &amp; settings</translation>
        </message>
        <message>
            <source>Rotate the vault key</source>
            <translation>Rotate the vault key</translation>
        </message>
        <message>
            <source>Re-encrypt the whole vault under a new key? Removed users and old passphrases then open nothing current, not even with an old copy of the key file. Backups made before now still open with the passphrases valid when they were made.</source>
            <translation>Re-encrypt the whole vault under a new key? Removed users and old passphrases then open nothing current, not even with an old copy of the key file. Backups made before now still open with the passphrases valid when they were made.</translation>
        </message>
        <message>
            <source>Rotate</source>
            <translation>Rotate</translation>
        </message>
        <message>
            <source>The vault key was rotated: old copies of the key file and old passphrases open nothing current.</source>
            <translation>The vault key was rotated: old copies of the key file and old passphrases open nothing current.</translation>
        </message>
        <message>
            <source>Rotating the vault key…</source>
            <translation>Rotating the vault key…</translation>
        </message>
        <message>
            <source>The old passphrase still opens old copies of the key file (every backup holds one). Rotate the vault key now, so that it opens nothing current?</source>
            <translation>The old passphrase still opens old copies of the key file (every backup holds one). Rotate the vault key now, so that it opens nothing current?</translation>
        </message>
        <message>
            <source>Not now</source>
            <translation>Not now</translation>
        </message>
        <message>
            <source>New passphrase for {0}</source>
            <translation>New passphrase for {0}</translation>
        </message>
        <message>
            <source>Set a new passphrase for {0}. Tell them in person, never by e-mail.</source>
            <translation>Set a new passphrase for {0}. Tell them in person, never by e-mail.</translation>
        </message>
        <message>
            <source>Change my passphrase</source>
            <translation>Change my passphrase</translation>
        </message>
        <message>
            <source>Your passphrase has been changed.</source>
            <translation>Your passphrase has been changed.</translation>
        </message>
        <message>
            <source>Choose a user in the list first.</source>
            <translation>Choose a user in the list first.</translation>
        </message>
        <message>
            <source>{0} is now: {1}.</source>
            <translation>{0} is now: {1}.</translation>
        </message>
        <message numerus="yes">
            <source>The vault now locks after %n minute(s) without activity.</source>
            <translation>
                <numerusform>The vault now locks after %n minute without activity.</numerusform>
                <numerusform>The vault now locks after %n minutes without activity.</numerusform>
            </translation>
        </message>
        <message>
            <source>Users and settings</source>
            <translation>Users and settings</translation>
        </message>
        <message>
            <source>You</source>
            <translation>You</translation>
        </message>
        <message>
            <source>&amp;Change my passphrase…</source>
            <translation>&amp;Change my passphrase…</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Language</translation>
        </message>
        <message>
            <source>&amp;Interface language</source>
            <translation>&amp;Interface language</translation>
        </message>
        <message>
            <source>Users of this vault</source>
            <translation>Users of this vault</translation>
        </message>
        <message>
            <source>User</source>
            <translation>User</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Role</translation>
        </message>
        <message>
            <source>Access</source>
            <translation>Access</translation>
        </message>
        <message>
            <source>&amp;Add user…</source>
            <translation>&amp;Add user…</translation>
        </message>
        <message>
            <source>&amp;Remove user</source>
            <translation>&amp;Remove user</translation>
        </message>
        <message>
            <source>Re&amp;set passphrase…</source>
            <translation>Re&amp;set passphrase…</translation>
        </message>
        <message>
            <source>Re-encrypt the vault under a new key, so removed users and old passphrases open nothing current (not even with an old copy of the key file).</source>
            <translation>Re-encrypt the vault under a new key, so removed users and old passphrases open nothing current (not even with an old copy of the key file).</translation>
        </message>
        <message>
            <source>Ro&amp;tate the vault key…</source>
            <translation>Ro&amp;tate the vault key…</translation>
        </message>
        <message>
            <source>all cases</source>
            <translation>all cases</translation>
        </message>
        <message>
            <source>Set r&amp;ole</source>
            <translation>Set r&amp;ole</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Settings</translation>
        </message>
        <message>
            <source>&amp;Lock after inactivity</source>
            <translation>&amp;Lock after inactivity</translation>
        </message>
        <message>
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <source>Court filings</source>
            <translation>Court filings</translation>
        </message>
        <message>
            <source>The letterhead of the organisation's documents, and the lawyers who sign filings (name, office, bar chamber and number)</source>
            <translation>The letterhead of the organisation's documents, and the lawyers who sign filings (name, office, bar chamber and number)</translation>
        </message>
        <message>
            <source>Organisation and &amp;lawyers…</source>
            <translation>Organisation and &amp;lawyers…</translation>
        </message>
    </context>
    <context>
        <name>WitnessOptions</name>
        <message>
            <source>Measures asked for</source>
            <translation>Measures asked for</translation>
        </message>
        <message>
            <source>Reasons</source>
            <translation>Reasons</translation>
        </message>
        <message>
            <source>Particular circumstances of the case (optional): age, health, threats …</source>
            <translation>Particular circumstances of the case (optional): age, health, threats …</translation>
        </message>
        <message>
            <source>Include the findings of the latest risk assessment</source>
            <translation>Include the findings of the latest risk assessment</translation>
        </message>
    </context>
    <context>
        <name>court</name>
        <message>
            <source>Appointment</source>
            <translation>Appointment</translation>
        </message>
        <message>
            <source>Not recorded</source>
            <translation>Not recorded</translation>
        </message>
        <message>
            <source>Mon</source>
            <translation>Mon</translation>
        </message>
        <message>
            <source>Tue</source>
            <translation>Tue</translation>
        </message>
        <message>
            <source>Wed</source>
            <translation>Wed</translation>
        </message>
        <message>
            <source>Thu</source>
            <translation>Thu</translation>
        </message>
        <message>
            <source>Fri</source>
            <translation>Fri</translation>
        </message>
        <message>
            <source>Sat</source>
            <translation>Sat</translation>
        </message>
        <message>
            <source>Sun</source>
            <translation>Sun</translation>
        </message>
        <message>
            <source>January</source>
            <translation>January</translation>
        </message>
        <message>
            <source>February</source>
            <translation>February</translation>
        </message>
        <message>
            <source>March</source>
            <translation>March</translation>
        </message>
        <message>
            <source>April</source>
            <translation>April</translation>
        </message>
        <message>
            <source>May</source>
            <translation>May</translation>
        </message>
        <message>
            <source>June</source>
            <translation>June</translation>
        </message>
        <message>
            <source>July</source>
            <translation>July</translation>
        </message>
        <message>
            <source>August</source>
            <translation>August</translation>
        </message>
        <message>
            <source>September</source>
            <translation>September</translation>
        </message>
        <message>
            <source>October</source>
            <translation>October</translation>
        </message>
        <message>
            <source>November</source>
            <translation>November</translation>
        </message>
        <message>
            <source>December</source>
            <translation>December</translation>
        </message>
    </context>
    <context>
        <name>risk</name>
        <message>
            <source>Yes</source>
            <translation>Yes</translation>
        </message>
        <message>
            <source>No</source>
            <translation>No</translation>
        </message>
        <message>
            <source>Unknown</source>
            <translation>Unknown</translation>
        </message>
    </context>
    <context>
        <name>self._model</name>
        <message>
            <source>+{0} more</source>
            <translation>+{0} more</translation>
        </message>
    </context>
    <context>
        <name>forms</name>
        <message>
            <source>Closed on</source>
            <translation>Closed on</translation>
        </message>
        <message>
            <source>&amp;Given name</source>
            <translation>&amp;Given name</translation>
        </message>
        <message>
            <source>&amp;Family name</source>
            <translation>&amp;Family name</translation>
        </message>
        <message>
            <source>&amp;Aliases</source>
            <translation>&amp;Aliases</translation>
        </message>
        <message>
            <source>Date of &amp;birth</source>
            <translation>Date of &amp;birth</translation>
        </message>
        <message>
            <source>Estimated a&amp;ge</source>
            <translation>Estimated a&amp;ge</translation>
        </message>
        <message>
            <source>G&amp;ender</source>
            <translation>G&amp;ender</translation>
        </message>
        <message>
            <source>&amp;Citizenship(s)</source>
            <translation>&amp;Citizenship(s)</translation>
        </message>
        <message>
            <source>&amp;Languages</source>
            <translation>&amp;Languages</translation>
        </message>
        <message>
            <source>&amp;ID documents</source>
            <translation>&amp;ID documents</translation>
        </message>
        <message>
            <source>C&amp;ontact</source>
            <translation>C&amp;ontact</translation>
        </message>
        <message>
            <source>&amp;Safe contact</source>
            <translation>&amp;Safe contact</translation>
        </message>
        <message>
            <source>C&amp;hildren</source>
            <translation>C&amp;hildren</translation>
        </message>
        <message>
            <source>Guardian (for a &amp;minor)</source>
            <translation>Guardian (for a &amp;minor)</translation>
        </message>
        <message>
            <source>&amp;Personal number (JMBG)</source>
            <translation>&amp;Personal number (JMBG)</translation>
        </message>
        <message>
            <source>ID or passport &amp;number</source>
            <translation>ID or passport &amp;number</translation>
        </message>
        <message>
            <source>A&amp;ddress</source>
            <translation>A&amp;ddress</translation>
        </message>
        <message>
            <source>Place of &amp;residence</source>
            <translation>Place of &amp;residence</translation>
        </message>
        <message>
            <source>Place of bir&amp;th</source>
            <translation>Place of bir&amp;th</translation>
        </message>
        <message>
            <source>Case &amp;code</source>
            <translation>Case &amp;code</translation>
        </message>
        <message>
            <source>&amp;Status</source>
            <translation>&amp;Status</translation>
        </message>
        <message>
            <source>Closure &amp;reason</source>
            <translation>Closure &amp;reason</translation>
        </message>
        <message>
            <source>&amp;Trafficking status</source>
            <translation>&amp;Trafficking status</translation>
        </message>
        <message>
            <source>Identified &amp;by</source>
            <translation>Identified &amp;by</translation>
        </message>
        <message>
            <source>Identified &amp;on</source>
            <translation>Identified &amp;on</translation>
        </message>
        <message>
            <source>&amp;Exploitation</source>
            <translation>&amp;Exploitation</translation>
        </message>
        <message>
            <source>&amp;Means of control</source>
            <translation>&amp;Means of control</translation>
        </message>
        <message>
            <source>Rec&amp;ruitment</source>
            <translation>Rec&amp;ruitment</translation>
        </message>
        <message>
            <source>&amp;Places of exploitation</source>
            <translation>&amp;Places of exploitation</translation>
        </message>
        <message>
            <source>Re&amp;ferred by</source>
            <translation>Re&amp;ferred by</translation>
        </message>
        <message>
            <source>O&amp;pened on</source>
            <translation>O&amp;pened on</translation>
        </message>
        <message>
            <source>not recorded (closed before this was kept)</source>
            <translation>not recorded (closed before this was kept)</translation>
        </message>
        <message>
            <source>separated by commas</source>
            <translation>separated by commas</translation>
        </message>
        <message>
            <source>if the date is not known</source>
            <translation>if the date is not known</translation>
        </message>
        <message>
            <source>e.g. Serbia, Ukraine</source>
            <translation>e.g. Serbia, Ukraine</translation>
        </message>
        <message>
            <source>e.g. do not call after 18:00; use this number only</source>
            <translation>e.g. do not call after 18:00; use this number only</translation>
        </message>
        <message>
            <source>13 digits; or the foreigner's number (EBS)</source>
            <translation>13 digits; or the foreigner's number (EBS)</translation>
        </message>
    </context>
    <context>
        <name>DemoStart</name>
        <message>
            <source>Creating the demo vault of fictional records…</source>
            <translation>Creating the demo vault of fictional records…</translation>
        </message>
        <message>
            <source>&amp;Stop here</source>
            <translation>&amp;Stop here</translation>
        </message>
        <message>
            <source>Adding appointments, court proceedings and hotline calls…</source>
            <translation>Adding appointments, court proceedings and hotline calls…</translation>
        </message>
        <message>
            <source>Making fictional clients: {0} of {1}…</source>
            <translation>Making fictional clients: {0} of {1}…</translation>
        </message>
    </context>
    <context>
        <name>entries</name>
        <message>
            <source>yes</source>
            <translation>yes</translation>
        </message>
        <message>
            <source>no</source>
            <translation>no</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>Loading…</translation>
        </message>
        <message>
            <source>&amp;Service</source>
            <translation>&amp;Service</translation>
        </message>
        <message>
            <source>&amp;From</source>
            <translation>&amp;From</translation>
        </message>
        <message>
            <source>&amp;Until</source>
            <translation>&amp;Until</translation>
        </message>
        <message>
            <source>&amp;Provided by</source>
            <translation>&amp;Provided by</translation>
        </message>
        <message>
            <source>&amp;Notes</source>
            <translation>&amp;Notes</translation>
        </message>
        <message>
            <source>Service</source>
            <translation>Service</translation>
        </message>
        <message>
            <source>From</source>
            <translation>From</translation>
        </message>
        <message>
            <source>Until</source>
            <translation>Until</translation>
        </message>
        <message>
            <source>Provided by</source>
            <translation>Provided by</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <source>Loading the services…</source>
            <translation>Loading the services…</translation>
        </message>
        <message>
            <source>&amp;Direction</source>
            <translation>&amp;Direction</translation>
        </message>
        <message>
            <source>&amp;Date</source>
            <translation>&amp;Date</translation>
        </message>
        <message>
            <source>&amp;Reason</source>
            <translation>&amp;Reason</translation>
        </message>
        <message>
            <source>Consent</source>
            <translation>Consent</translation>
        </message>
        <message>
            <source>Direction</source>
            <translation>Direction</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Reason</translation>
        </message>
        <message>
            <source>Loading the referrals…</source>
            <translation>Loading the referrals…</translation>
        </message>
        <message>
            <source>&amp;Given on</source>
            <translation>&amp;Given on</translation>
        </message>
        <message>
            <source>&amp;Scope</source>
            <translation>&amp;Scope</translation>
        </message>
        <message>
            <source>&amp;Withdrawn on</source>
            <translation>&amp;Withdrawn on</translation>
        </message>
        <message>
            <source>Given on</source>
            <translation>Given on</translation>
        </message>
        <message>
            <source>Scope</source>
            <translation>Scope</translation>
        </message>
        <message>
            <source>Withdrawn on</source>
            <translation>Withdrawn on</translation>
        </message>
        <message>
            <source>Loading the consents…</source>
            <translation>Loading the consents…</translation>
        </message>
        <message>
            <source>the client agreed</source>
            <translation>the client agreed</translation>
        </message>
        <message>
            <source>&amp;Organisation</source>
            <translation>&amp;Organisation</translation>
        </message>
        <message>
            <source>e.g. processing of personal data</source>
            <translation>e.g. processing of personal data</translation>
        </message>
        <message>
            <source>This field is required.</source>
            <translation>This field is required.</translation>
        </message>
    </context>
    <context>
        <name>ErrorReport</name>
        <message>
            <source>Something went wrong</source>
            <translation>Something went wrong</translation>
        </message>
        <message>
            <source>Could not be done</source>
            <translation>Could not be done</translation>
        </message>
        <message>
            <source>The vault is damaged</source>
            <translation>The vault is damaged</translation>
        </message>
        <message>
            <source>This action could not be finished because of an error in ASTRA Desktop. What was saved before is safe. Try again; if it happens again, tell your administrator the reference {0} and what you were doing.</source>
            <translation>This action could not be finished because of an error in ASTRA Desktop. What was saved before is safe. Try again; if it happens again, tell your administrator the reference {0} and what you were doing.</translation>
        </message>
    </context>
    <context>
        <name>hotline</name>
        <message>
            <source>Age not known</source>
            <translation>Age not known</translation>
        </message>
        <message>
            <source>Calls</source>
            <translation>Calls</translation>
        </message>
        <message>
            <source>Minutes on the line</source>
            <translation>Minutes on the line</translation>
        </message>
        <message>
            <source>Topic</source>
            <translation>Topic</translation>
        </message>
        <message>
            <source>Caller</source>
            <translation>Caller</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Language</translation>
        </message>
        <message>
            <source>Referrals given</source>
            <translation>Referrals given</translation>
        </message>
        <message>
            <source>Follow-up needed</source>
            <translation>Follow-up needed</translation>
        </message>
        <message>
            <source>Cases</source>
            <translation>Cases</translation>
        </message>
        <message>
            <source>Became a new client and case</source>
            <translation>Became a new client and case</translation>
        </message>
        <message>
            <source>Joined an existing case</source>
            <translation>Joined an existing case</translation>
        </message>
    </context>
    <context>
        <name>labels</name>
        <message>
            <source>Not assessed</source>
            <translation>Not assessed</translation>
        </message>
        <message>
            <source>{0} · reassess now</source>
            <translation>{0} · reassess now</translation>
        </message>
    </context>
    <context>
        <name>missing</name>
        <message>
            <source>&amp;Person sought</source>
            <translation>&amp;Person sought</translation>
        </message>
        <message>
            <source>&amp;Details</source>
            <translation>&amp;Details</translation>
        </message>
        <message>
            <source>Age</source>
            <translation>Age</translation>
        </message>
        <message>
            <source>Minor</source>
            <translation>Minor</translation>
        </message>
        <message>
            <source>&amp;Last seen on</source>
            <translation>&amp;Last seen on</translation>
        </message>
        <message>
            <source>Last seen &amp;where</source>
            <translation>Last seen &amp;where</translation>
        </message>
        <message>
            <source>Last seen in country</source>
            <translation>Last seen in country</translation>
        </message>
        <message>
            <source>Believed to be in</source>
            <translation>Believed to be in</translation>
        </message>
        <message>
            <source>Police report no.</source>
            <translation>Police report no.</translation>
        </message>
        <message>
            <source>Police station</source>
            <translation>Police station</translation>
        </message>
        <message>
            <source>Reported to the police on</source>
            <translation>Reported to the police on</translation>
        </message>
        <message>
            <source>&amp;Reported by</source>
            <translation>&amp;Reported by</translation>
        </message>
        <message>
            <source>Reach them &amp;safely</source>
            <translation>Reach them &amp;safely</translation>
        </message>
        <message>
            <source>a name, or a description</source>
            <translation>a name, or a description</translation>
        </message>
        <message>
            <source>only what helps find them: appearance, phone</source>
            <translation>only what helps find them: appearance, phone</translation>
        </message>
        <message>
            <source>years, if known</source>
            <translation>years, if known</translation>
        </message>
        <message>
            <source>under 18</source>
            <translation>under 18</translation>
        </message>
        <message>
            <source>country, if known</source>
            <translation>country, if known</translation>
        </message>
        <message>
            <source>e.g. mother, friend, social worker</source>
            <translation>e.g. mother, friend, social worker</translation>
        </message>
        <message>
            <source>e.g. only this number, after 17:00; no messages</source>
            <translation>e.g. only this number, after 17:00; no messages</translation>
        </message>
    </context>
    <context>
        <name>partners</name>
        <message>
            <source>a partner from the registry, or a name</source>
            <translation>a partner from the registry, or a name</translation>
        </message>
        <message>
            <source>Choose a partner of the registry, or type the name of an organisation that is not in it.</source>
            <translation>Choose a partner of the registry, or type the name of an organisation that is not in it.</translation>
        </message>
        <message>
            <source>the registry could not be read: type the name</source>
            <translation>the registry could not be read: type the name</translation>
        </message>
        <message>
            <source>Reading the partners…</source>
            <translation>Reading the partners…</translation>
        </message>
        <message>
            <source>The partner registry could not be read: {0}</source>
            <translation>The partner registry could not be read: {0}</translation>
        </message>
        <message>
            <source>{0} (inactive)</source>
            <translation>{0} (inactive)</translation>
        </message>
    </context>
</TS>
