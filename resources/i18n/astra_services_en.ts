<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
    <context>
        <name>ServiceMessages</name>
        <message>
            <source>Item {n}</source>
            <extracomment>astra_desktop/core/claims.py</extracomment>
            <translation>Item {n}</translation>
        </message>
        <message>
            <source>Cost {n}</source>
            <extracomment>astra_desktop/core/claims.py</extracomment>
            <translation>Cost {n}</translation>
        </message>
        <message>
            <source>The office file {name} was refused: {why}. Nothing from it was applied. Sync again later; if this stays, tell the administrator.</source>
            <extracomment>astra_desktop/core/team.py</extracomment>
            <translation>The office file {name} was refused: {why}. Nothing from it was applied. Sync again later; if this stays, tell the administrator.</translation>
        </message>
        <message>
            <source>Wrong passphrase entered recently. Wait {seconds} s before the next try (the wait doubles with every wrong passphrase).</source>
            <extracomment>astra_desktop/errors.py</extracomment>
            <translation>Wrong passphrase entered recently. Wait {seconds} s before the next try (the wait doubles with every wrong passphrase).</translation>
        </message>
        <message>
            <source>Case code {code} is already in use. Choose another or leave it empty.</source>
            <extracomment>astra_desktop/errors.py</extracomment>
            <translation>Case code {code} is already in use. Choose another or leave it empty.</translation>
        </message>
        <message>
            <source>The disk is full: {what} could not be written. Nothing was changed; free some space and try again.</source>
            <extracomment>astra_desktop/errors.py</extracomment>
            <translation>The disk is full: {what} could not be written. Nothing was changed; free some space and try again.</translation>
        </message>
        <message>
            <source>Nothing was imported: {problems} (and {more} more)</source>
            <extracomment>astra_desktop/errors.py</extracomment>
            <translation>Nothing was imported: {problems} (and {more} more)</translation>
        </message>
        <message>
            <source>Nothing was imported: {problems}</source>
            <extracomment>astra_desktop/errors.py</extracomment>
            <translation>Nothing was imported: {problems}</translation>
        </message>
        <message>
            <source>{conflicts} (and {more} more) Choose another time, or save anyway if both really fit.</source>
            <extracomment>astra_desktop/services/appointments.py</extracomment>
            <translation>{conflicts} (and {more} more) Choose another time, or save anyway if both really fit.</translation>
        </message>
        <message>
            <source>{conflicts} Choose another time, or save anyway if both really fit.</source>
            <extracomment>astra_desktop/services/appointments.py</extracomment>
            <translation>{conflicts} Choose another time, or save anyway if both really fit.</translation>
        </message>
        <message>
            <source>{why}; nothing was written and the vault is unchanged.</source>
            <extracomment>astra_desktop/services/backups.py</extracomment>
            <translation>{why}; nothing was written and the vault is unchanged.</translation>
        </message>
        <message>
            <source>The backup was cancelled</source>
            <extracomment>astra_desktop/services/backups.py</extracomment>
            <translation>The backup was cancelled</translation>
        </message>
        <message>
            <source>The backup could not be written to {folder}: the drive is full, does not take files this large (USB sticks formatted FAT32 take at most 4 GB per file), or failed. Nothing was written and the vault is unchanged; free some space or choose another drive, then try again.</source>
            <extracomment>astra_desktop/services/backups.py</extracomment>
            <translation>The backup could not be written to {folder}: the drive is full, does not take files this large (USB sticks formatted FAT32 take at most 4 GB per file), or failed. Nothing was written and the vault is unchanged; free some space or choose another drive, then try again.</translation>
        </message>
        <message>
            <source>The copy made for the backup did not check out ({problems}). Nothing was written. Run `astra-desktop check` and tell the administrator.</source>
            <extracomment>astra_desktop/services/backups.py</extracomment>
            <translation>The copy made for the backup did not check out ({problems}). Nothing was written. Run `astra-desktop check` and tell the administrator.</translation>
        </message>
        <message>
            <source>line {line}: the line cannot be read as CSV ({exc})</source>
            <extracomment>astra_desktop/services/csv_import.py</extracomment>
            <translation>line {line}: the line cannot be read as CSV ({exc})</translation>
        </message>
        <message>
            <source>line {line}: has {values} values but the header names {columns} columns (a missing or extra delimiter?)</source>
            <extracomment>astra_desktop/services/csv_import.py</extracomment>
            <translation>line {line}: has {values} values but the header names {columns} columns (a missing or extra delimiter?)</translation>
        </message>
        <message>
            <source>line {line}: {problem}</source>
            <extracomment>astra_desktop/services/csv_import.py</extracomment>
            <translation>line {line}: {problem}</translation>
        </message>
        <message>
            <source>line {line}: {problem} (column {column})</source>
            <extracomment>astra_desktop/services/csv_import.py</extracomment>
            <translation>line {line}: {problem} (column {column})</translation>
        </message>
        <message>
            <source>line {line}: “{code}” is not a case code; they look like AST-2026-0042 (leave the cell empty to get the next free one)</source>
            <extracomment>astra_desktop/services/csv_import.py</extracomment>
            <translation>line {line}: “{code}” is not a case code; they look like AST-2026-0042 (leave the cell empty to get the next free one)</translation>
        </message>
        <message>
            <source>line {line}: case code {code} is also on line {other}</source>
            <extracomment>astra_desktop/services/csv_import.py</extracomment>
            <translation>line {line}: case code {code} is also on line {other}</translation>
        </message>
        <message>
            <source>line {line}: case code {code} is already in use in the vault</source>
            <extracomment>astra_desktop/services/csv_import.py</extracomment>
            <translation>line {line}: case code {code} is already in use in the vault</translation>
        </message>
        <message>
            <source>The import was cancelled; nothing was added.</source>
            <extracomment>astra_desktop/services/documents.py</extracomment>
            <translation>The import was cancelled; nothing was added.</translation>
        </message>
        <message>
            <source>vault.keys: {exc}</source>
            <extracomment>astra_desktop/services/integrity.py</extracomment>
            <translation>vault.keys: {exc}</translation>
        </message>
        <message>
            <source>the search index is damaged (it can be rebuilt)</source>
            <extracomment>astra_desktop/services/integrity.py</extracomment>
            <translation>the search index is damaged (it can be rebuilt)</translation>
        </message>
        <message>
            <source>{count} page(s) of vault.db fail their authentication check</source>
            <extracomment>astra_desktop/services/integrity.py</extracomment>
            <translation>{count} page(s) of vault.db fail their authentication check</translation>
        </message>
        <message>
            <source>the database structure is damaged: {detail}</source>
            <extracomment>astra_desktop/services/integrity.py</extracomment>
            <translation>the database structure is damaged: {detail}</translation>
        </message>
        <message>
            <source>{count} record(s) point to records that do not exist</source>
            <extracomment>astra_desktop/services/integrity.py</extracomment>
            <translation>{count} record(s) point to records that do not exist</translation>
        </message>
        <message>
            <source>Parts of vault.db do not match the rest ({detail}): the file has been damaged or pieced together from different copies. Do not work in this vault; restore your most recent backup and tell the administrator.</source>
            <extracomment>astra_desktop/services/integrity.py</extracomment>
            <translation>Parts of vault.db do not match the rest ({detail}): the file has been damaged or pieced together from different copies. Do not work in this vault; restore your most recent backup and tell the administrator.</translation>
        </message>
        <message>
            <source>tables {names}</source>
            <extracomment>astra_desktop/services/integrity.py</extracomment>
            <translation>tables {names}</translation>
        </message>
        <message>
            <source>vault.db could not be read to the end ({detail}): it is damaged</source>
            <extracomment>astra_desktop/services/integrity.py</extracomment>
            <translation>vault.db could not be read to the end ({detail}): it is damaged</translation>
        </message>
        <message>
            <source>document {doc_id} does not match the fingerprint taken at import</source>
            <extracomment>astra_desktop/services/integrity.py</extracomment>
            <translation>document {doc_id} does not match the fingerprint taken at import</translation>
        </message>
        <message>
            <source>The vault key cannot be rotated yet: the keys of {names} are still in the old format. Each of these users must log in once (or an administrator resets their passphrase; for the recovery key, open the vault with it once). Then rotate the vault key.</source>
            <extracomment>astra_desktop/services/rekey.py</extracomment>
            <translation>The vault key cannot be rotated yet: the keys of {names} are still in the old format. Each of these users must log in once (or an administrator resets their passphrase; for the recovery key, open the vault with it once). Then rotate the vault key.</translation>
        </message>
        <message>
            <source>the recovery key</source>
            <extracomment>astra_desktop/services/rekey.py</extracomment>
            <translation>the recovery key</translation>
        </message>
        <message>
            <source>The restore was cancelled; nothing was restored or replaced.</source>
            <extracomment>astra_desktop/services/restore.py</extracomment>
            <translation>The restore was cancelled; nothing was restored or replaced.</translation>
        </message>
        <message>
            <source>The vault in {folder} is {current}, but this backup is of another vault: {backup}. Nothing was replaced. Check that this is the right backup and the right folder.</source>
            <extracomment>astra_desktop/services/restore.py</extracomment>
            <translation>The vault in {folder} is {current}, but this backup is of another vault: {backup}. Nothing was replaced. Check that this is the right backup and the right folder.</translation>
        </message>
        <message>
            <source>its database copy is unreadable ({exc})</source>
            <extracomment>astra_desktop/services/restore.py</extracomment>
            <translation>its database copy is unreadable ({exc})</translation>
        </message>
        <message>
            <source>The user name or passphrase is not right for the vault in {name}: give an account that existed when the backup was made, or use the recovery key.</source>
            <extracomment>astra_desktop/services/restore.py</extracomment>
            <translation>The user name or passphrase is not right for the vault in {name}: give an account that existed when the backup was made, or use the recovery key.</translation>
        </message>
        <message>
            <source>a vault (id {id})</source>
            <extracomment>astra_desktop/services/restore.py</extracomment>
            <translation>a vault (id {id})</translation>
        </message>
        <message>
            <source>“{organisation}” (id {id}, made {made})</source>
            <extracomment>astra_desktop/services/restore.py</extracomment>
            <translation>“{organisation}” (id {id}, made {made})</translation>
        </message>
        <message>
            <source>a vault (id {id}, made {made})</source>
            <extracomment>astra_desktop/services/restore.py</extracomment>
            <translation>a vault (id {id}, made {made})</translation>
        </message>
        <message>
            <source>{vault}, backup made {when}</source>
            <extracomment>astra_desktop/services/restore.py</extracomment>
            <translation>{vault}, backup made {when}</translation>
        </message>
        <message>
            <source>the restored records differ from the backup's</source>
            <extracomment>astra_desktop/services/restore.py</extracomment>
            <translation>the restored records differ from the backup's</translation>
        </message>
        <message>
            <source>vault.db is missing from the vault folder</source>
            <extracomment>astra_desktop/services/session.py</extracomment>
            <translation>vault.db is missing from the vault folder</translation>
        </message>
        <message>
            <source>vault.db is cut short ({size} bytes)</source>
            <extracomment>astra_desktop/services/session.py</extracomment>
            <translation>vault.db is cut short ({size} bytes)</translation>
        </message>
        <message>
            <source>The vault file (vault.db) is damaged or is not an ASTRA vault: {detail}. Nothing was changed. Restore the vault from your most recent backup and tell the administrator.</source>
            <extracomment>astra_desktop/services/splice_check.py</extracomment>
            <translation>The vault file (vault.db) is damaged or is not an ASTRA vault: {detail}. Nothing was changed. Restore the vault from your most recent backup and tell the administrator.</translation>
        </message>
        <message>
            <source>this account does not hold the audit key, so the trail cannot be verified</source>
            <extracomment>astra_desktop/storage/audit_keys.py</extracomment>
            <translation>this account does not hold the audit key, so the trail cannot be verified</translation>
        </message>
        <message>
            <source>the audit key chain has been removed from the vault</source>
            <extracomment>astra_desktop/storage/audit_keys.py</extracomment>
            <translation>the audit key chain has been removed from the vault</translation>
        </message>
        <message>
            <source>audit entries before {seq}, where the protected trail starts, were altered</source>
            <extracomment>astra_desktop/storage/audit_keys.py</extracomment>
            <translation>audit entries before {seq}, where the protected trail starts, were altered</translation>
        </message>
        <message>
            <source>audit entries from {seq} on do not match the audit key</source>
            <extracomment>astra_desktop/storage/audit_keys.py</extracomment>
            <translation>audit entries from {seq} on do not match the audit key</translation>
        </message>
        <message>
            <source>audit entry {seq} has been altered, removed or moved</source>
            <extracomment>astra_desktop/storage/audit_keys.py</extracomment>
            <translation>audit entry {seq} has been altered, removed or moved</translation>
        </message>
        <message>
            <source>audit entries {first}–{last} have been removed from the end</source>
            <extracomment>astra_desktop/storage/audit_keys.py</extracomment>
            <translation>audit entries {first}–{last} have been removed from the end</translation>
        </message>
        <message>
            <source>{name} is not an ASTRA {what} (or it is cut short at its very start). Nothing was used from it. Choose the right file.</source>
            <extracomment>astra_desktop/storage/backup_format.py</extracomment>
            <translation>{name} is not an ASTRA {what} (or it is cut short at its very start). Nothing was used from it. Choose the right file.</translation>
        </message>
        <message>
            <source>The {what} {name} is damaged or has been changed ({detail}). Nothing was used from it and nothing was changed. Use another copy, and tell the administrator.</source>
            <extracomment>astra_desktop/storage/backup_format.py</extracomment>
            <translation>The {what} {name} is damaged or has been changed ({detail}). Nothing was used from it and nothing was changed. Use another copy, and tell the administrator.</translation>
        </message>
        <message>
            <source>That passphrase does not open the {what} {name}. Nothing was used from it. Check Caps Lock and the keyboard language, then try again.</source>
            <extracomment>astra_desktop/storage/backup_format.py</extracomment>
            <translation>That passphrase does not open the {what} {name}. Nothing was used from it. Check Caps Lock and the keyboard language, then try again.</translation>
        </message>
        <message>
            <source>That recovery key does not open the {what} {name}. Nothing was used from it. Type the key exactly as printed on the emergency sheet of the vault it was made from.</source>
            <extracomment>astra_desktop/storage/backup_format.py</extracomment>
            <translation>That recovery key does not open the {what} {name}. Nothing was used from it. Type the key exactly as printed on the emergency sheet of the vault it was made from.</translation>
        </message>
        <message>
            <source>{pages} damaged page(s)</source>
            <extracomment>astra_desktop/storage/database.py</extracomment>
            <translation>{pages} damaged page(s)</translation>
        </message>
        <message>
            <source>records do not add up in {tables}</source>
            <extracomment>astra_desktop/storage/db_copy.py</extracomment>
            <translation>records do not add up in {tables}</translation>
        </message>
        <message>
            <source>the copy's structure is damaged: {detail}</source>
            <extracomment>astra_desktop/storage/db_copy.py</extracomment>
            <translation>the copy's structure is damaged: {detail}</translation>
        </message>
        <message>
            <source>its records differ from the vault it was made from</source>
            <extracomment>astra_desktop/storage/db_copy.py</extracomment>
            <translation>its records differ from the vault it was made from</translation>
        </message>
        <message>
            <source>its audit trail differs from the vault's</source>
            <extracomment>astra_desktop/storage/db_copy.py</extracomment>
            <translation>its audit trail differs from the vault's</translation>
        </message>
        <message>
            <source>its data format differs from the vault's</source>
            <extracomment>astra_desktop/storage/db_copy.py</extracomment>
            <translation>its data format differs from the vault's</translation>
        </message>
        <message>
            <source>its record counts differ from the vault's</source>
            <extracomment>astra_desktop/storage/db_copy.py</extracomment>
            <translation>its record counts differ from the vault's</translation>
        </message>
        <message>
            <source>{count} page(s) fail their authentication check</source>
            <extracomment>astra_desktop/storage/db_copy.py</extracomment>
            <translation>{count} page(s) fail their authentication check</translation>
        </message>
        <message>
            <source>it could not be read to the end ({exc})</source>
            <extracomment>astra_desktop/storage/db_copy.py</extracomment>
            <translation>it could not be read to the end ({exc})</translation>
        </message>
        <message>
            <source>tables {tables}</source>
            <extracomment>astra_desktop/storage/freshness.py</extracomment>
            <translation>tables {tables}</translation>
        </message>
        <message>
            <source>audit trail</source>
            <extracomment>astra_desktop/storage/freshness.py</extracomment>
            <translation>audit trail</translation>
        </message>
        <message>
            <source>record totals</source>
            <extracomment>astra_desktop/storage/freshness.py</extracomment>
            <translation>record totals</translation>
        </message>
        <message>
            <source>The period ends before it starts. Choose an end date on or after the start date.</source>
            <extracomment>astra_desktop/core/annual.py</extracomment>
            <translation>The period ends before it starts. Choose an end date on or after the start date.</translation>
        </message>
        <message>
            <source>The appointment ends before it starts. Check the times.</source>
            <extracomment>astra_desktop/core/appointments.py</extracomment>
            <translation>The appointment ends before it starts. Check the times.</translation>
        </message>
        <message>
            <source>An appointment can last at most one day. Make a recurring one instead.</source>
            <extracomment>astra_desktop/core/appointments.py</extracomment>
            <translation>An appointment can last at most one day. Make a recurring one instead.</translation>
        </message>
        <message>
            <source>The date looks wrong: check the year.</source>
            <extracomment>astra_desktop/core/appointments.py</extracomment>
            <translation>The date looks wrong: check the year.</translation>
        </message>
        <message>
            <source>Reminders can be from one minute to 60 days ahead.</source>
            <extracomment>astra_desktop/core/appointments.py</extracomment>
            <translation>Reminders can be from one minute to 60 days ahead.</translation>
        </message>
        <message>
            <source>Say briefly what happened, or why it was postponed.</source>
            <extracomment>astra_desktop/core/appointments.py</extracomment>
            <translation>Say briefly what happened, or why it was postponed.</translation>
        </message>
        <message>
            <source>“{text}” is not a date. Write it as dd.mm.yyyy, e.g. 30.06.2023.</source>
            <extracomment>astra_desktop/core/claims.py</extracomment>
            <translation>“{text}” is not a date. Write it as dd.mm.yyyy, e.g. 30.06.2023.</translation>
        </message>
        <message>
            <source>{where}: the amount must be more than zero. Leave it empty if it is to be specified later.</source>
            <extracomment>astra_desktop/core/claims.py</extracomment>
            <translation>{where}: the amount must be more than zero. Leave it empty if it is to be specified later.</translation>
        </message>
        <message>
            <source>{where}: interest cannot run from {day:%d.%m.%Y}, a day still to come. Leave the date empty for interest from the day of the judgment.</source>
            <extracomment>astra_desktop/core/claims.py</extracomment>
            <translation>{where}: interest cannot run from {day:%d.%m.%Y}, a day still to come. Leave the date empty for interest from the day of the judgment.</translation>
        </message>
        <message>
            <source>{where}: {day:%d.%m.%Y} is too long ago; check the year.</source>
            <extracomment>astra_desktop/core/claims.py</extracomment>
            <translation>{where}: {day:%d.%m.%Y} is too long ago; check the year.</translation>
        </message>
        <message>
            <source>Item {n}: choose a head of damage.</source>
            <extracomment>astra_desktop/core/claims.py</extracomment>
            <translation>Item {n}: choose a head of damage.</translation>
        </message>
        <message>
            <source>Cost {n}: choose what the cost is for.</source>
            <extracomment>astra_desktop/core/claims.py</extracomment>
            <translation>Cost {n}: choose what the cost is for.</translation>
        </message>
        <message>
            <source>a case not assigned to you</source>
            <extracomment>astra_desktop/core/conflicts.py</extracomment>
            <translation>a case not assigned to you</translation>
        </message>
        <message>
            <source>a worker</source>
            <extracomment>astra_desktop/core/conflicts.py</extracomment>
            <translation>a worker</translation>
        </message>
        <message>
            <source>{name} already has an appointment at {starts:%d.%m.%Y %H:%M}–{ends:%H:%M} ({where}).</source>
            <extracomment>astra_desktop/core/conflicts.py</extracomment>
            <translation>{name} already has an appointment at {starts:%d.%m.%Y %H:%M}–{ends:%H:%M} ({where}).</translation>
        </message>
        <message>
            <source>The client already has an appointment at {starts:%d.%m.%Y %H:%M}–{ends:%H:%M} ({where}).</source>
            <extracomment>astra_desktop/core/conflicts.py</extracomment>
            <translation>The client already has an appointment at {starts:%d.%m.%Y %H:%M}–{ends:%H:%M} ({where}).</translation>
        </message>
        <message>
            <source>Give the article of the Criminal Code, e.g. 388.</source>
            <extracomment>astra_desktop/core/court.py</extracomment>
            <translation>Give the article of the Criminal Code, e.g. 388.</translation>
        </message>
        <message>
            <source>A re-qualification cannot be dated before the charge it replaces ({day:%d.%m.%Y}).</source>
            <extracomment>astra_desktop/core/court.py</extracomment>
            <translation>A re-qualification cannot be dated before the charge it replaces ({day:%d.%m.%Y}).</translation>
        </message>
        <message>
            <source>There is no document “{kind}”. Choose one of: {kinds}.</source>
            <extracomment>astra_desktop/core/court_documents.py</extracomment>
            <translation>There is no document “{kind}”. Choose one of: {kinds}.</translation>
        </message>
        <message>
            <source>Documents are made in {langs}, not “{lang}”.</source>
            <extracomment>astra_desktop/core/court_documents.py</extracomment>
            <translation>Documents are made in {langs}, not “{lang}”.</translation>
        </message>
        <message>
            <source>“{text}” is not an amount. Write it as 1.234,56.</source>
            <extracomment>astra_desktop/core/court_documents.py</extracomment>
            <translation>“{text}” is not an amount. Write it as 1.234,56.</translation>
        </message>
        <message>
            <source>{text} dinars is more than any claim: check the amount.</source>
            <extracomment>astra_desktop/core/court_documents.py</extracomment>
            <translation>{text} dinars is more than any claim: check the amount.</translation>
        </message>
        <message>
            <source>The client already has the status of a particularly vulnerable witness in this proceeding: the request is not needed.</source>
            <extracomment>astra_desktop/core/court_documents.py</extracomment>
            <translation>The client already has the status of a particularly vulnerable witness in this proceeding: the request is not needed.</translation>
        </message>
        <message>
            <source>The proceeding has ended: a request for the status can no longer be decided in it.</source>
            <extracomment>astra_desktop/core/court_documents.py</extracomment>
            <translation>The proceeding has ended: a request for the status can no longer be decided in it.</translation>
        </message>
        <message>
            <source>A plea agreement is recorded in this proceeding: check that the client will still be examined before asking for the status.</source>
            <extracomment>astra_desktop/core/court_documents.py</extracomment>
            <translation>A plea agreement is recorded in this proceeding: check that the client will still be examined before asking for the status.</translation>
        </message>
        <message>
            <source>The court referred the property claim to civil proceedings: the claim now belongs in a civil suit, not in this proceeding.</source>
            <extracomment>astra_desktop/core/court_documents.py</extracomment>
            <translation>The court referred the property claim to civil proceedings: the claim now belongs in a civil suit, not in this proceeding.</translation>
        </message>
        <message>
            <source>The property claim has already been decided in this proceeding.</source>
            <extracomment>astra_desktop/core/court_documents.py</extracomment>
            <translation>The property claim has already been decided in this proceeding.</translation>
        </message>
        <message>
            <source>The trial at first instance has ended: a property claim is filed in the criminal proceeding before it ends.</source>
            <extracomment>astra_desktop/core/court_documents.py</extracomment>
            <translation>The trial at first instance has ended: a property claim is filed in the criminal proceeding before it ends.</translation>
        </message>
        <message>
            <source>The deadline rules in {source} cannot be read: {exc}.</source>
            <extracomment>astra_desktop/core/deadlines.py</extracomment>
            <translation>The deadline rules in {source} cannot be read: {exc}.</translation>
        </message>
        <message>
            <source>Deadline rule “{rule_id}” in {source} is not valid: unknown fact(s) {unknown}. Known facts: {known}.</source>
            <extracomment>astra_desktop/core/deadlines.py</extracomment>
            <translation>Deadline rule “{rule_id}” in {source} is not valid: unknown fact(s) {unknown}. Known facts: {known}.</translation>
        </message>
        <message>
            <source>Deadline rule “{rule_id}” in {source} is not valid. Known facts: {known}.</source>
            <extracomment>astra_desktop/core/deadlines.py</extracomment>
            <translation>Deadline rule “{rule_id}” in {source} is not valid. Known facts: {known}.</translation>
        </message>
        <message>
            <source>Deadline rule “{rule_id}”: severity must be warning or info.</source>
            <extracomment>astra_desktop/core/deadlines.py</extracomment>
            <translation>Deadline rule “{rule_id}”: severity must be warning or info.</translation>
        </message>
        <message>
            <source>The call's date and time lie in the future or look wrong: check them.</source>
            <extracomment>astra_desktop/core/hotline.py</extracomment>
            <translation>The call's date and time lie in the future or look wrong: check them.</translation>
        </message>
        <message>
            <source>The duration is in minutes, from 0 to {most}.</source>
            <extracomment>astra_desktop/core/hotline.py</extracomment>
            <translation>The duration is in minutes, from 0 to {most}.</translation>
        </message>
        <message>
            <source>The note is longer than {limit} characters. Keep the essentials here; the full story belongs in a case file.</source>
            <extracomment>astra_desktop/core/hotline.py</extracomment>
            <translation>The note is longer than {limit} characters. Keep the essentials here; the full story belongs in a case file.</translation>
        </message>
        <message>
            <source>The follow-up cannot be due before the call. Check the date.</source>
            <extracomment>astra_desktop/core/hotline.py</extracomment>
            <translation>The follow-up cannot be due before the call. Check the date.</translation>
        </message>
        <message>
            <source>This entry is too long: at most {limit} characters.</source>
            <extracomment>astra_desktop/core/hotline.py</extracomment>
            <translation>This entry is too long: at most {limit} characters.</translation>
        </message>
        <message>
            <source>The age is in years, from 0 to {oldest}.</source>
            <extracomment>astra_desktop/core/hotline.py</extracomment>
            <translation>The age is in years, from 0 to {oldest}.</translation>
        </message>
        <message>
            <source>Choose the age band from the list.</source>
            <extracomment>astra_desktop/core/hotline.py</extracomment>
            <translation>Choose the age band from the list.</translation>
        </message>
        <message>
            <source>Say who is sought: a name, or a description if the name is not known.</source>
            <extracomment>astra_desktop/core/missing.py</extracomment>
            <translation>Say who is sought: a name, or a description if the name is not known.</translation>
        </message>
        <message>
            <source>The day last seen lies in the future.</source>
            <extracomment>astra_desktop/core/missing.py</extracomment>
            <translation>The day last seen lies in the future.</translation>
        </message>
        <message>
            <source>A search cannot be opened on a future date.</source>
            <extracomment>astra_desktop/core/missing.py</extracomment>
            <translation>A search cannot be opened on a future date.</translation>
        </message>
        <message>
            <source>The day last seen looks wrong: check the year.</source>
            <extracomment>astra_desktop/core/missing.py</extracomment>
            <translation>The day last seen looks wrong: check the year.</translation>
        </message>
        <message>
            <source>The day of the police report lies in the future.</source>
            <extracomment>astra_desktop/core/missing.py</extracomment>
            <translation>The day of the police report lies in the future.</translation>
        </message>
        <message>
            <source>This outcome does not go with the status: choose another.</source>
            <extracomment>astra_desktop/core/missing.py</extracomment>
            <translation>This outcome does not go with the status: choose another.</translation>
        </message>
        <message>
            <source>The search already has this status.</source>
            <extracomment>astra_desktop/core/missing.py</extracomment>
            <translation>The search already has this status.</translation>
        </message>
        <message>
            <source>Say why the status changes (for example: found through the embassy).</source>
            <extracomment>astra_desktop/core/missing.py</extracomment>
            <translation>Say why the status changes (for example: found through the embassy).</translation>
        </message>
        <message>
            <source>Choose the partner from the list, or type the organisation's name.</source>
            <extracomment>astra_desktop/core/missing.py</extracomment>
            <translation>Choose the partner from the list, or type the organisation's name.</translation>
        </message>
        <message>
            <source>A partner cannot be asked on a future day.</source>
            <extracomment>astra_desktop/core/missing.py</extracomment>
            <translation>A partner cannot be asked on a future day.</translation>
        </message>
        <message>
            <source>Give the day the partner answered.</source>
            <extracomment>astra_desktop/core/missing.py</extracomment>
            <translation>Give the day the partner answered.</translation>
        </message>
        <message>
            <source>Choose what the partner answered.</source>
            <extracomment>astra_desktop/core/missing.py</extracomment>
            <translation>Choose what the partner answered.</translation>
        </message>
        <message>
            <source>The answer's day lies in the future or before the partner was asked.</source>
            <extracomment>astra_desktop/core/missing.py</extracomment>
            <translation>The answer's day lies in the future or before the partner was asked.</translation>
        </message>
        <message>
            <source>Give the day the action was taken, or the day it is due.</source>
            <extracomment>astra_desktop/core/missing.py</extracomment>
            <translation>Give the day the action was taken, or the day it is due.</translation>
        </message>
        <message>
            <source>An action cannot be done on a future day. Give it a due date instead.</source>
            <extracomment>astra_desktop/core/missing.py</extracomment>
            <translation>An action cannot be done on a future day. Give it a due date instead.</translation>
        </message>
        <message>
            <source>Say what was done.</source>
            <extracomment>astra_desktop/core/missing.py</extracomment>
            <translation>Say what was done.</translation>
        </message>
        <message>
            <source>Enter the partner's name (the organisation or institution).</source>
            <extracomment>astra_desktop/core/partners.py</extracomment>
            <translation>Enter the partner's name (the organisation or institution).</translation>
        </message>
        <message>
            <source>Choose what kind of organisation or institution the partner is.</source>
            <extracomment>astra_desktop/core/partners.py</extracomment>
            <translation>Choose what kind of organisation or institution the partner is.</translation>
        </message>
        <message>
            <source>Choose what the partner provides from the list.</source>
            <extracomment>astra_desktop/core/partners.py</extracomment>
            <translation>Choose what the partner provides from the list.</translation>
        </message>
        <message>
            <source>Check the phone number: use digits, spaces and + - / ( ) only, e.g. +381 11 123 4567; separate several numbers with commas.</source>
            <extracomment>astra_desktop/core/partners.py</extracomment>
            <translation>Check the phone number: use digits, spaces and + - / ( ) only, e.g. +381 11 123 4567; separate several numbers with commas.</translation>
        </message>
        <message>
            <source>Check the e-mail address: it should look like name@organisation.rs.</source>
            <extracomment>astra_desktop/core/partners.py</extracomment>
            <translation>Check the e-mail address: it should look like name@organisation.rs.</translation>
        </message>
        <message>
            <source>Keep this under {most} characters.</source>
            <extracomment>astra_desktop/core/profiles.py</extracomment>
            <translation>Keep this under {most} characters.</translation>
        </message>
        <message>
            <source>The registration number has digits only.</source>
            <extracomment>astra_desktop/core/profiles.py</extracomment>
            <translation>The registration number has digits only.</translation>
        </message>
        <message>
            <source>The tax number (PIB) has digits only.</source>
            <extracomment>astra_desktop/core/profiles.py</extracomment>
            <translation>The tax number (PIB) has digits only.</translation>
        </message>
        <message>
            <source>Enter the lawyer's name.</source>
            <extracomment>astra_desktop/core/profiles.py</extracomment>
            <translation>Enter the lawyer's name.</translation>
        </message>
        <message>
            <source>There is already a lawyer named {name}.</source>
            <extracomment>astra_desktop/core/profiles.py</extracomment>
            <translation>There is already a lawyer named {name}.</translation>
        </message>
        <message>
            <source>This date is in the future. Record it once it happened.</source>
            <extracomment>astra_desktop/core/profiles.py</extracomment>
            <translation>This date is in the future. Record it once it happened.</translation>
        </message>
        <message>
            <source>There is no lawyer “{wanted}” (known: {known}).</source>
            <extracomment>astra_desktop/core/profiles.py</extracomment>
            <translation>There is no lawyer “{wanted}” (known: {known}).</translation>
        </message>
        <message>
            <source>Repeat every 1 to 52 days, weeks or months.</source>
            <extracomment>astra_desktop/core/recurrence.py</extracomment>
            <translation>Repeat every 1 to 52 days, weeks or months.</translation>
        </message>
        <message>
            <source>Say how many times the appointment repeats, or until when.</source>
            <extracomment>astra_desktop/core/recurrence.py</extracomment>
            <translation>Say how many times the appointment repeats, or until when.</translation>
        </message>
        <message>
            <source>A series can have from 1 to {most} appointments.</source>
            <extracomment>astra_desktop/core/recurrence.py</extracomment>
            <translation>A series can have from 1 to {most} appointments.</translation>
        </message>
        <message>
            <source>“{text}” is not a repeat rule.</source>
            <extracomment>astra_desktop/core/recurrence.py</extracomment>
            <translation>“{text}” is not a repeat rule.</translation>
        </message>
        <message>
            <source>This would make more than {most} appointments. Choose an earlier end date.</source>
            <extracomment>astra_desktop/core/recurrence.py</extracomment>
            <translation>This would make more than {most} appointments. Choose an earlier end date.</translation>
        </message>
        <message>
            <source>The risk instrument is not valid: {where}: {problem}.</source>
            <extracomment>astra_desktop/core/risk.py</extracomment>
            <translation>The risk instrument is not valid: {where}: {problem}.</translation>
        </message>
        <message>
            <source>The risk instrument is not valid: {key}: {exc}.</source>
            <extracomment>astra_desktop/core/risk.py</extracomment>
            <translation>The risk instrument is not valid: {key}: {exc}.</translation>
        </message>
        <message>
            <source>The risk instrument is not valid: grid row {sev}: unknown level “{key}”.</source>
            <extracomment>astra_desktop/core/risk.py</extracomment>
            <translation>The risk instrument is not valid: grid row {sev}: unknown level “{key}”.</translation>
        </message>
        <message>
            <source>The risk instrument is not valid: reassess_days: {exc}.</source>
            <extracomment>astra_desktop/core/risk.py</extracomment>
            <translation>The risk instrument is not valid: reassess_days: {exc}.</translation>
        </message>
        <message>
            <source>The risk instrument {name} could not be read: {exc}.</source>
            <extracomment>astra_desktop/core/risk.py</extracomment>
            <translation>The risk instrument {name} could not be read: {exc}.</translation>
        </message>
        <message>
            <source>Lowering the risk level below the calculated one needs a written reason. Say why the risk is lower than the answers suggest.</source>
            <extracomment>astra_desktop/core/risk.py</extracomment>
            <translation>Lowering the risk level below the calculated one needs a written reason. Say why the risk is lower than the answers suggest.</translation>
        </message>
        <message>
            <source>it is not an ASTRA office file or it is cut short</source>
            <extracomment>astra_desktop/core/team.py</extracomment>
            <translation>it is not an ASTRA office file or it is cut short</translation>
        </message>
        <message>
            <source>it is cut short</source>
            <extracomment>astra_desktop/core/team.py</extracomment>
            <translation>it is cut short</translation>
        </message>
        <message>
            <source>it is cut short or has bytes added</source>
            <extracomment>astra_desktop/core/team.py</extracomment>
            <translation>it is cut short or has bytes added</translation>
        </message>
        <message>
            <source>it was written by another version of ASTRA Desktop</source>
            <extracomment>astra_desktop/core/team.py</extracomment>
            <translation>it was written by another version of ASTRA Desktop</translation>
        </message>
        <message>
            <source>its header is unreadable</source>
            <extracomment>astra_desktop/core/team.py</extracomment>
            <translation>its header is unreadable</translation>
        </message>
        <message>
            <source>its signature does not match the device that should have written it (the file is damaged or was altered)</source>
            <extracomment>astra_desktop/core/team.py</extracomment>
            <translation>its signature does not match the device that should have written it (the file is damaged or was altered)</translation>
        </message>
        <message>
            <source>it belongs to another team</source>
            <extracomment>astra_desktop/core/team.py</extracomment>
            <translation>it belongs to another team</translation>
        </message>
        <message>
            <source>it is a copy of another file (replayed or renamed)</source>
            <extracomment>astra_desktop/core/team.py</extracomment>
            <translation>it is a copy of another file (replayed or renamed)</translation>
        </message>
        <message>
            <source>it does not open with the team key (damaged or altered)</source>
            <extracomment>astra_desktop/core/team.py</extracomment>
            <translation>it does not open with the team key (damaged or altered)</translation>
        </message>
        <message>
            <source>it does not open (damaged or altered)</source>
            <extracomment>astra_desktop/core/team.py</extracomment>
            <translation>it does not open (damaged or altered)</translation>
        </message>
        <message>
            <source>its contents are unreadable</source>
            <extracomment>astra_desktop/core/team.py</extracomment>
            <translation>its contents are unreadable</translation>
        </message>
        <message>
            <source>“{code}” is not a code. Record an injured party by a code such as OŠ-1 or the initials the court uses, in capitals — never by name.</source>
            <extracomment>astra_desktop/core/trials.py</extracomment>
            <translation>“{code}” is not a code. Record an injured party by a code such as OŠ-1 or the initials the court uses, in capitals — never by name.</translation>
        </message>
        <message>
            <source>Give the court or the court's case number.</source>
            <extracomment>astra_desktop/core/trials.py</extracomment>
            <translation>Give the court or the court's case number.</translation>
        </message>
        <message>
            <source>Give the date of the judgment.</source>
            <extracomment>astra_desktop/core/trials.py</extracomment>
            <translation>Give the date of the judgment.</translation>
        </message>
        <message>
            <source>The written judgment cannot be served before it was pronounced.</source>
            <extracomment>astra_desktop/core/trials.py</extracomment>
            <translation>The written judgment cannot be served before it was pronounced.</translation>
        </message>
        <message>
            <source>An amount or a length cannot be negative.</source>
            <extracomment>astra_desktop/core/trials.py</extracomment>
            <translation>An amount or a length cannot be negative.</translation>
        </message>
        <message>
            <source>Choose who caused the postponement.</source>
            <extracomment>astra_desktop/core/trials.py</extracomment>
            <translation>Choose who caused the postponement.</translation>
        </message>
        <message>
            <source>A number of witnesses cannot be negative.</source>
            <extracomment>astra_desktop/core/trials.py</extracomment>
            <translation>A number of witnesses cannot be negative.</translation>
        </message>
        <message>
            <source>More witnesses testified than appeared.</source>
            <extracomment>astra_desktop/core/trials.py</extracomment>
            <translation>More witnesses testified than appeared.</translation>
        </message>
        <message>
            <source>“{text}” is not a valid date. Use dd.mm.yyyy, for example 05.03.2026.</source>
            <extracomment>astra_desktop/core/validation.py</extracomment>
            <translation>“{text}” is not a valid date. Use dd.mm.yyyy, for example 05.03.2026.</translation>
        </message>
        <message>
            <source>Enter a name or at least one alias.</source>
            <extracomment>astra_desktop/core/validation.py</extracomment>
            <translation>Enter a name or at least one alias.</translation>
        </message>
        <message>
            <source>The date of birth is in the future.</source>
            <extracomment>astra_desktop/core/validation.py</extracomment>
            <translation>The date of birth is in the future.</translation>
        </message>
        <message>
            <source>The date of birth is before 1900.</source>
            <extracomment>astra_desktop/core/validation.py</extracomment>
            <translation>The date of birth is before 1900.</translation>
        </message>
        <message>
            <source>The estimated age must be between 0 and 120.</source>
            <extracomment>astra_desktop/core/validation.py</extracomment>
            <translation>The estimated age must be between 0 and 120.</translation>
        </message>
        <message>
            <source>A personal number (JMBG) has 13 digits, for example 1705990715006. Leave the field empty if it is not known.</source>
            <extracomment>astra_desktop/core/validation.py</extracomment>
            <translation>A personal number (JMBG) has 13 digits, for example 1705990715006. Leave the field empty if it is not known.</translation>
        </message>
        <message>
            <source>The case cannot be opened on a future date.</source>
            <extracomment>astra_desktop/core/validation.py</extracomment>
            <translation>The case cannot be opened on a future date.</translation>
        </message>
        <message>
            <source>Say why the case is being closed.</source>
            <extracomment>astra_desktop/core/validation.py</extracomment>
            <translation>Say why the case is being closed.</translation>
        </message>
        <message>
            <source>A contact note cannot be dated in the future.</source>
            <extracomment>astra_desktop/core/validation.py</extracomment>
            <translation>A contact note cannot be dated in the future.</translation>
        </message>
        <message>
            <source>This vault holds cases that are not demo data. Demo data goes only into a vault of its own: create one in another folder (--home DIR init) and add the demo data there.</source>
            <extracomment>astra_desktop/demo/vault.py</extracomment>
            <translation>This vault holds cases that are not demo data. Demo data goes only into a vault of its own: create one in another folder (--home DIR init) and add the demo data there.</translation>
        </message>
        <message>
            <source>The font file {filename} is missing from {folder}. Reinstall ASTRA Desktop.</source>
            <extracomment>astra_desktop/reports/fonts.py</extracomment>
            <translation>The font file {filename} is missing from {folder}. Reinstall ASTRA Desktop.</translation>
        </message>
        <message>
            <source>In the document templates, “{name}” must be text.</source>
            <extracomment>astra_desktop/reports/templates.py</extracomment>
            <translation>In the document templates, “{name}” must be text.</translation>
        </message>
        <message>
            <source>The document template {name} is missing from {folder}. Reinstall ASTRA Desktop, or restore the file.</source>
            <extracomment>astra_desktop/reports/templates.py</extracomment>
            <translation>The document template {name} is missing from {folder}. Reinstall ASTRA Desktop, or restore the file.</translation>
        </message>
        <message>
            <source>The document template {name} cannot be read: {exc}.</source>
            <extracomment>astra_desktop/reports/templates.py</extracomment>
            <translation>The document template {name} cannot be read: {exc}.</translation>
        </message>
        <message>
            <source>The edited template cannot be read: {exc}. Nothing was saved.</source>
            <extracomment>astra_desktop/reports/templates.py</extracomment>
            <translation>The edited template cannot be read: {exc}. Nothing was saved.</translation>
        </message>
        <message>
            <source>The edited template has no text “{key}” ({more} more missing besides). Keep every key of the shipped text. Nothing was saved.</source>
            <extracomment>astra_desktop/reports/templates.py</extracomment>
            <translation>The edited template has no text “{key}” ({more} more missing besides). Keep every key of the shipped text. Nothing was saved.</translation>
        </message>
        <message>
            <source>The edited template has no text “{key}”. Keep every key of the shipped text. Nothing was saved.</source>
            <extracomment>astra_desktop/reports/templates.py</extracomment>
            <translation>The edited template has no text “{key}”. Keep every key of the shipped text. Nothing was saved.</translation>
        </message>
        <message>
            <source>The edited template has a key the documents do not use: “{key}”. Change only the texts, not the keys. Nothing was saved.</source>
            <extracomment>astra_desktop/reports/templates.py</extracomment>
            <translation>The edited template has a key the documents do not use: “{key}”. Change only the texts, not the keys. Nothing was saved.</translation>
        </message>
        <message>
            <source>In “{key}” a brace {{ or }} is not closed. Write placeholders as {{name}}. Nothing was saved.</source>
            <extracomment>astra_desktop/reports/templates.py</extracomment>
            <translation>In “{key}” a brace {{ or }} is not closed. Write placeholders as {{name}}. Nothing was saved.</translation>
        </message>
        <message>
            <source>In “{key}” the placeholder {{{field}}} is not one the app fills (it fills: {filled}). Nothing was saved.</source>
            <extracomment>astra_desktop/reports/templates.py</extracomment>
            <translation>In “{key}” the placeholder {{{field}}} is not one the app fills (it fills: {filled}). Nothing was saved.</translation>
        </message>
        <message>
            <source>In “{key}” the placeholder {{{field}}} is missing: keep {filled}. Nothing was saved.</source>
            <extracomment>astra_desktop/reports/templates.py</extracomment>
            <translation>In “{key}” the placeholder {{{field}}} is missing: keep {filled}. Nothing was saved.</translation>
        </message>
        <message>
            <source>The {lang} template of “{name}” has no text “{key}”. Add it to the template file.</source>
            <extracomment>astra_desktop/reports/templates.py</extracomment>
            <translation>The {lang} template of “{name}” has no text “{key}”. Add it to the template file.</translation>
        </message>
        <message>
            <source>The {lang} text “{key}” of “{name}” uses a placeholder the app does not fill ({exc}). Use only the placeholders the original text has.</source>
            <extracomment>astra_desktop/reports/templates.py</extracomment>
            <translation>The {lang} text “{key}” of “{name}” uses a placeholder the app does not fill ({exc}). Use only the placeholders the original text has.</translation>
        </message>
        <message>
            <source>There are no document templates in “{lang}”.</source>
            <extracomment>astra_desktop/reports/templates.py</extracomment>
            <translation>There are no document templates in “{lang}”.</translation>
        </message>
        <message>
            <source>Expected {prompt} on line {line} of standard input, but it ended. See --help for the order of the lines.</source>
            <extracomment>astra_desktop/secret_input.py</extracomment>
            <translation>Expected {prompt} on line {line} of standard input, but it ended. See --help for the order of the lines.</translation>
        </message>
        <message>
            <source>The case was not found, or it is not assigned to you.</source>
            <extracomment>astra_desktop/services/access.py</extracomment>
            <translation>The case was not found, or it is not assigned to you.</translation>
        </message>
        <message>
            <source>The client was not found, or none of their cases is assigned to you.</source>
            <extracomment>astra_desktop/services/access.py</extracomment>
            <translation>The client was not found, or none of their cases is assigned to you.</translation>
        </message>
        <message>
            <source>{path} is a folder: give the name of the file to write.</source>
            <extracomment>astra_desktop/services/annual_report.py</extracomment>
            <translation>{path} is a folder: give the name of the file to write.</translation>
        </message>
        <message>
            <source>The folder {folder} does not exist. Choose a folder that exists.</source>
            <extracomment>astra_desktop/services/annual_report.py</extracomment>
            <translation>The folder {folder} does not exist. Choose a folder that exists.</translation>
        </message>
        <message>
            <source>The report is made in {langs}, not “{lang}”.</source>
            <extracomment>astra_desktop/services/annual_report.py</extracomment>
            <translation>The report is made in {langs}, not “{lang}”.</translation>
        </message>
        <message>
            <source>The report could not be written to {folder} ({why}). Nothing was written; choose a folder you may write to.</source>
            <extracomment>astra_desktop/services/annual_report.py</extracomment>
            <translation>The report could not be written to {folder} ({why}). Nothing was written; choose a folder you may write to.</translation>
        </message>
        <message>
            <source>One of the chosen workers no longer has an account.</source>
            <extracomment>astra_desktop/services/appointments.py</extracomment>
            <translation>One of the chosen workers no longer has an account.</translation>
        </message>
        <message>
            <source>The audit trail has been altered: {detail}. Someone who held the vault key changed the record of who did what. Nothing was changed now. Keep a copy of the whole vault folder as evidence and tell the organisation's management.</source>
            <extracomment>astra_desktop/services/audit_trail.py</extracomment>
            <translation>The audit trail has been altered: {detail}. Someone who held the vault key changed the record of who did what. Nothing was changed now. Keep a copy of the whole vault folder as evidence and tell the organisation's management.</translation>
        </message>
        <message>
            <source>The folder {folder} does not exist. Choose an existing folder.</source>
            <extracomment>astra_desktop/services/backups.py</extracomment>
            <translation>The folder {folder} does not exist. Choose an existing folder.</translation>
        </message>
        <message>
            <source>{name} already exists in {folder}. Choose another name.</source>
            <extracomment>astra_desktop/services/backups.py</extracomment>
            <translation>{name} already exists in {folder}. Choose another name.</translation>
        </message>
        <message>
            <source>{name} appeared in {folder} meanwhile. Try again.</source>
            <extracomment>astra_desktop/services/backups.py</extracomment>
            <translation>{name} appeared in {folder} meanwhile. Try again.</translation>
        </message>
        <message>
            <source>The backup stopped because the vault was locked</source>
            <extracomment>astra_desktop/services/backups.py</extracomment>
            <translation>The backup stopped because the vault was locked</translation>
        </message>
        <message>
            <source>The backup could not be written to {folder} ({why}). Nothing was written and the vault is unchanged; choose a folder you may write to.</source>
            <extracomment>astra_desktop/services/backups.py</extracomment>
            <translation>The backup could not be written to {folder} ({why}). Nothing was written and the vault is unchanged; choose a folder you may write to.</translation>
        </message>
        <message>
            <source>The backup file read back from the drive does not match what was written: the drive may be failing. Nothing was kept; try another drive.</source>
            <extracomment>astra_desktop/services/backups.py</extracomment>
            <translation>The backup file read back from the drive does not match what was written: the drive may be failing. Nothing was kept; try another drive.</translation>
        </message>
        <message>
            <source>The note is empty. Write what happened.</source>
            <extracomment>astra_desktop/services/case_records.py</extracomment>
            <translation>The note is empty. Write what happened.</translation>
        </message>
        <message>
            <source>Say what the client consented to.</source>
            <extracomment>astra_desktop/services/case_records.py</extracomment>
            <translation>Say what the client consented to.</translation>
        </message>
        <message>
            <source>Consent cannot be withdrawn before it was given.</source>
            <extracomment>astra_desktop/services/case_records.py</extracomment>
            <translation>Consent cannot be withdrawn before it was given.</translation>
        </message>
        <message>
            <source>That proceeding does not belong to this case.</source>
            <extracomment>astra_desktop/services/claims.py</extracomment>
            <translation>That proceeding does not belong to this case.</translation>
        </message>
        <message>
            <source>The claim's items must be a list.</source>
            <extracomment>astra_desktop/services/claims.py</extracomment>
            <translation>The claim's items must be a list.</translation>
        </message>
        <message>
            <source>Item {n} of the claim must name a kind and an amount.</source>
            <extracomment>astra_desktop/services/claims.py</extracomment>
            <translation>Item {n} of the claim must name a kind and an amount.</translation>
        </message>
        <message>
            <source>Item {n}: “{kind}” is not a head of damage ({known}).</source>
            <extracomment>astra_desktop/services/claims.py</extracomment>
            <translation>Item {n}: “{kind}” is not a head of damage ({known}).</translation>
        </message>
        <message>
            <source>The claim of this case has no amounts yet, so no filing was made (it would print empty totals). Enter the amounts in the case's claim (Court tab, Compensation claim), or give them with --extra, or add --draft for a copy marked as a draft.</source>
            <extracomment>astra_desktop/services/claims.py</extracomment>
            <translation>The claim of this case has no amounts yet, so no filing was made (it would print empty totals). Enter the amounts in the case's claim (Court tab, Compensation claim), or give them with --extra, or add --draft for a copy marked as a draft.</translation>
        </message>
        <message>
            <source>A case code looks like AST-2026-0042. Leave it empty to get the next one.</source>
            <extracomment>astra_desktop/services/clients.py</extracomment>
            <translation>A case code looks like AST-2026-0042. Leave it empty to get the next one.</translation>
        </message>
        <message>
            <source>There is no case {code}.</source>
            <extracomment>astra_desktop/services/clients.py</extracomment>
            <translation>There is no case {code}.</translation>
        </message>
        <message>
            <source>“{wanted}” is not an addressee. Choose one of: {known}.</source>
            <extracomment>astra_desktop/services/court_data.py</extracomment>
            <translation>“{wanted}” is not an addressee. Choose one of: {known}.</translation>
        </message>
        <message>
            <source>Unknown protective measure: {exc}.</source>
            <extracomment>astra_desktop/services/court_data.py</extracomment>
            <translation>Unknown protective measure: {exc}.</translation>
        </message>
        <message>
            <source>Choose at least one protective measure to ask for.</source>
            <extracomment>astra_desktop/services/court_data.py</extracomment>
            <translation>Choose at least one protective measure to ask for.</translation>
        </message>
        <message>
            <source>“{value}” is not a date. Write it as dd.mm.yyyy.</source>
            <extracomment>astra_desktop/services/court_data.py</extracomment>
            <translation>“{value}” is not a date. Write it as dd.mm.yyyy.</translation>
        </message>
        <message>
            <source>{problems} Nothing was written. Check the proceeding's record, or add --force to make the document anyway.</source>
            <extracomment>astra_desktop/services/court_documents.py</extracomment>
            <translation>{problems} Nothing was written. Check the proceeding's record, or add --force to make the document anyway.</translation>
        </message>
        <message>
            <source>{name} could not be read: {error}.</source>
            <extracomment>astra_desktop/services/court_documents.py</extracomment>
            <translation>{name} could not be read: {error}.</translation>
        </message>
        <message>
            <source>{name} is not valid JSON: {exc}.</source>
            <extracomment>astra_desktop/services/court_documents.py</extracomment>
            <translation>{name} is not valid JSON: {exc}.</translation>
        </message>
        <message>
            <source>{name} must hold one JSON object, e.g. {{"items": [...]}}.</source>
            <extracomment>astra_desktop/services/court_documents.py</extracomment>
            <translation>{name} must hold one JSON object, e.g. {{"items": [...]}}.</translation>
        </message>
        <message>
            <source>{name} is {mb:.0f} MB; a CSV import takes at most {most} MB. Split the file and import the parts one by one.</source>
            <extracomment>astra_desktop/services/csv_import.py</extracomment>
            <translation>{name} is {mb:.0f} MB; a CSV import takes at most {most} MB. Split the file and import the parts one by one.</translation>
        </message>
        <message>
            <source>There is no file {path}. Check the name and the folder.</source>
            <extracomment>astra_desktop/services/csv_import.py</extracomment>
            <translation>There is no file {path}. Check the name and the folder.</translation>
        </message>
        <message>
            <source>{path} is a folder, not a CSV file.</source>
            <extracomment>astra_desktop/services/csv_import.py</extracomment>
            <translation>{path} is a folder, not a CSV file.</translation>
        </message>
        <message>
            <source>{name} is not UTF-8 text (line {line}). Save it again as “CSV UTF-8” (in LibreOffice: character set Unicode (UTF-8)) and import it again.</source>
            <extracomment>astra_desktop/services/csv_import.py</extracomment>
            <translation>{name} is not UTF-8 text (line {line}). Save it again as “CSV UTF-8” (in LibreOffice: character set Unicode (UTF-8)) and import it again.</translation>
        </message>
        <message>
            <source>{name} is empty: there is nothing to import.</source>
            <extracomment>astra_desktop/services/csv_import.py</extracomment>
            <translation>{name} is empty: there is nothing to import.</translation>
        </message>
        <message>
            <source>{name} has a header row but no rows to import.</source>
            <extracomment>astra_desktop/services/csv_import.py</extracomment>
            <translation>{name} has a header row but no rows to import.</translation>
        </message>
        <message>
            <source>{name} has {rows} rows; one import takes at most {most}. Split the file and import the parts one by one.</source>
            <extracomment>astra_desktop/services/csv_import.py</extracomment>
            <translation>{name} has {rows} rows; one import takes at most {most}. Split the file and import the parts one by one.</translation>
        </message>
        <message>
            <source>The column “{column}” appears twice in the header row.</source>
            <extracomment>astra_desktop/services/csv_import.py</extracomment>
            <translation>The column “{column}” appears twice in the header row.</translation>
        </message>
        <message>
            <source>The header row (line 1) must name the columns; missing: {missing}. See “Demo data and CSV import” in the README for the column names.</source>
            <extracomment>astra_desktop/services/csv_import.py</extracomment>
            <translation>The header row (line 1) must name the columns; missing: {missing}. See “Demo data and CSV import” in the README for the column names.</translation>
        </message>
        <message>
            <source>“{text}” is not a whole number.</source>
            <extracomment>astra_desktop/services/csv_import.py</extracomment>
            <translation>“{text}” is not a whole number.</translation>
        </message>
        <message>
            <source>“{part}” is not a related person; write Name (relation), for example Milica Petrović (mother).</source>
            <extracomment>astra_desktop/services/csv_import.py</extracomment>
            <translation>“{part}” is not a related person; write Name (relation), for example Milica Petrović (mother).</translation>
        </message>
        <message>
            <source>“{part}” names more than one relation.</source>
            <extracomment>astra_desktop/services/csv_import.py</extracomment>
            <translation>“{part}” names more than one relation.</translation>
        </message>
        <message>
            <source>“{text}” is not a known {field}: use {allowed}.</source>
            <extracomment>astra_desktop/services/csv_import.py</extracomment>
            <translation>“{text}” is not a known {field}: use {allowed}.</translation>
        </message>
        <message>
            <source>There is no contact note {note_id} in this case.</source>
            <extracomment>astra_desktop/services/disclosure.py</extracomment>
            <translation>There is no contact note {note_id} in this case.</translation>
        </message>
        <message>
            <source>There is no document {document} in this case.</source>
            <extracomment>astra_desktop/services/disclosure.py</extracomment>
            <translation>There is no document {document} in this case.</translation>
        </message>
        <message>
            <source>{name} is {gb:.1f} GB; the largest file the vault takes is 2 GB. Split or compress it, then import it again.</source>
            <extracomment>astra_desktop/services/documents.py</extracomment>
            <translation>{name} is {gb:.1f} GB; the largest file the vault takes is 2 GB. Split or compress it, then import it again.</translation>
        </message>
        <message>
            <source>Document {id} no longer matches the fingerprint taken at import. Restore it from a backup.</source>
            <extracomment>astra_desktop/services/documents.py</extracomment>
            <translation>Document {id} no longer matches the fingerprint taken at import. Restore it from a backup.</translation>
        </message>
        <message>
            <source>Say whether the hearing was held, postponed or missed.</source>
            <extracomment>astra_desktop/services/hearings.py</extracomment>
            <translation>Say whether the hearing was held, postponed or missed.</translation>
        </message>
        <message>
            <source>Say why the hearing was postponed.</source>
            <extracomment>astra_desktop/services/hearings.py</extracomment>
            <translation>Say why the hearing was postponed.</translation>
        </message>
        <message>
            <source>Someone who did not come cannot have testified.</source>
            <extracomment>astra_desktop/services/hearings.py</extracomment>
            <translation>Someone who did not come cannot have testified.</translation>
        </message>
        <message>
            <source>The next hearing must come after this one.</source>
            <extracomment>astra_desktop/services/hearings.py</extracomment>
            <translation>The next hearing must come after this one.</translation>
        </message>
        <message>
            <source>A defendant of another proceeding was given.</source>
            <extracomment>astra_desktop/services/hearings.py</extracomment>
            <translation>A defendant of another proceeding was given.</translation>
        </message>
        <message>
            <source>The hearing and the proceedings belong to different cases.</source>
            <extracomment>astra_desktop/services/hearings.py</extracomment>
            <translation>The hearing and the proceedings belong to different cases.</translation>
        </message>
        <message>
            <source>Only a court hearing can be linked to court proceedings.</source>
            <extracomment>astra_desktop/services/hearings.py</extracomment>
            <translation>Only a court hearing can be linked to court proceedings.</translation>
        </message>
        <message>
            <source>This hearing is already linked to proceedings.</source>
            <extracomment>astra_desktop/services/hearings.py</extracomment>
            <translation>This hearing is already linked to proceedings.</translation>
        </message>
        <message>
            <source>No follow-up was asked for on this call, so there is nothing to close.</source>
            <extracomment>astra_desktop/services/hotline.py</extracomment>
            <translation>No follow-up was asked for on this call, so there is nothing to close.</translation>
        </message>
        <message>
            <source>The call was not found: it may have been deleted.</source>
            <extracomment>astra_desktop/services/hotline.py</extracomment>
            <translation>The call was not found: it may have been deleted.</translation>
        </message>
        <message>
            <source>This call already belongs to a case. Open that case to add to it, or log a new call.</source>
            <extracomment>astra_desktop/services/hotline.py</extracomment>
            <translation>This call already belongs to a case. Open that case to add to it, or log a new call.</translation>
        </message>
        <message>
            <source>The call this search was opened from no longer exists.</source>
            <extracomment>astra_desktop/services/missing.py</extracomment>
            <translation>The call this search was opened from no longer exists.</translation>
        </message>
        <message>
            <source>The search was not found: it may have been deleted.</source>
            <extracomment>astra_desktop/services/missing.py</extracomment>
            <translation>The search was not found: it may have been deleted.</translation>
        </message>
        <message>
            <source>The inquiry was not found: it may have been deleted.</source>
            <extracomment>astra_desktop/services/missing.py</extracomment>
            <translation>The inquiry was not found: it may have been deleted.</translation>
        </message>
        <message>
            <source>This search is already linked to another case.</source>
            <extracomment>astra_desktop/services/missing.py</extracomment>
            <translation>This search is already linked to another case.</translation>
        </message>
        <message>
            <source>This search is already linked to a case.</source>
            <extracomment>astra_desktop/services/missing.py</extracomment>
            <translation>This search is already linked to a case.</translation>
        </message>
        <message>
            <source>This partner is already in the registry (the same name in the same town). Open that entry instead, or tell the two apart in the name.</source>
            <extracomment>astra_desktop/services/partners.py</extracomment>
            <translation>This partner is already in the registry (the same name in the same town). Open that entry instead, or tell the two apart in the name.</translation>
        </message>
        <message>
            <source>This record was changed by someone else after you opened it. Your changes were not saved; reopen the record to see the newer version, then make your change again.</source>
            <extracomment>astra_desktop/services/partners.py</extracomment>
            <translation>This record was changed by someone else after you opened it. Your changes were not saved; reopen the record to see the newer version, then make your change again.</translation>
        </message>
        <message>
            <source>The partner chosen is not in this vault's registry (any more). Choose it again from the list, or type the organisation's name.</source>
            <extracomment>astra_desktop/services/partners.py</extracomment>
            <translation>The partner chosen is not in this vault's registry (any more). Choose it again from the list, or type the organisation's name.</translation>
        </message>
        <message>
            <source>Only an administrator can make a partner inactive or active again. Save your other changes without it, or ask an administrator.</source>
            <extracomment>astra_desktop/services/partners.py</extracomment>
            <translation>Only an administrator can make a partner inactive or active again. Save your other changes without it, or ask an administrator.</translation>
        </message>
        <message>
            <source>The passphrase is too short: use at least {least} characters — several unrelated words work well.</source>
            <extracomment>astra_desktop/services/passphrases.py</extracomment>
            <translation>The passphrase is too short: use at least {least} characters — several unrelated words work well.</translation>
        </message>
        <message>
            <source>The passphrase is too weak ({hint}). Add more unrelated words.</source>
            <extracomment>astra_desktop/services/passphrases.py</extracomment>
            <translation>The passphrase is too weak ({hint}). Add more unrelated words.</translation>
        </message>
        <message>
            <source>The proceeding was not found: it may have been deleted.</source>
            <extracomment>astra_desktop/services/proceedings.py</extracomment>
            <translation>The proceeding was not found: it may have been deleted.</translation>
        </message>
        <message>
            <source>Choose the verdict before entering its date or sentence.</source>
            <extracomment>astra_desktop/services/proceedings.py</extracomment>
            <translation>Choose the verdict before entering its date or sentence.</translation>
        </message>
        <message>
            <source>Enter the date of the verdict.</source>
            <extracomment>astra_desktop/services/proceedings.py</extracomment>
            <translation>Enter the date of the verdict.</translation>
        </message>
        <message>
            <source>The sentence is in months, from 0 to 540.</source>
            <extracomment>astra_desktop/services/proceedings.py</extracomment>
            <translation>The sentence is in months, from 0 to 540.</translation>
        </message>
        <message>
            <source>An amount cannot be negative.</source>
            <extracomment>astra_desktop/services/proceedings.py</extracomment>
            <translation>An amount cannot be negative.</translation>
        </message>
        <message>
            <source>The plea agreement's date or terms are filled in: tick “A plea agreement was made”, or clear them.</source>
            <extracomment>astra_desktop/services/proceedings.py</extracomment>
            <translation>The plea agreement's date or terms are filled in: tick “A plea agreement was made”, or clear them.</translation>
        </message>
        <message>
            <source>The paragraph and the sentence belong to a conviction: choose that verdict.</source>
            <extracomment>astra_desktop/services/proceedings.py</extracomment>
            <translation>The paragraph and the sentence belong to a conviction: choose that verdict.</translation>
        </message>
        <message>
            <source>Record the verdict before the appeal against it.</source>
            <extracomment>astra_desktop/services/proceedings.py</extracomment>
            <translation>Record the verdict before the appeal against it.</translation>
        </message>
        <message>
            <source>“No appeal was lodged” cannot go with an appeal: choose one or the other.</source>
            <extracomment>astra_desktop/services/proceedings.py</extracomment>
            <translation>“No appeal was lodged” cannot go with an appeal: choose one or the other.</translation>
        </message>
        <message>
            <source>Enter the defendant's name or initials.</source>
            <extracomment>astra_desktop/services/proceedings.py</extracomment>
            <translation>Enter the defendant's name or initials.</translation>
        </message>
        <message>
            <source>That charge belongs to another proceeding.</source>
            <extracomment>astra_desktop/services/proceedings.py</extracomment>
            <translation>That charge belongs to another proceeding.</translation>
        </message>
        <message>
            <source>This charge was already re-qualified. Re-qualify the current one.</source>
            <extracomment>astra_desktop/services/proceedings.py</extracomment>
            <translation>This charge was already re-qualified. Re-qualify the current one.</translation>
        </message>
        <message>
            <source>That lawyer was not found: the list may have changed.</source>
            <extracomment>astra_desktop/services/profiles.py</extracomment>
            <translation>That lawyer was not found: the list may have changed.</translation>
        </message>
        <message>
            <source>Choose the lawyer from the list of lawyers.</source>
            <extracomment>astra_desktop/services/profiles.py</extracomment>
            <translation>Choose the lawyer from the list of lawyers.</translation>
        </message>
        <message>
            <source>That power of attorney was not found: it may have been removed.</source>
            <extracomment>astra_desktop/services/profiles.py</extracomment>
            <translation>That power of attorney was not found: it may have been removed.</translation>
        </message>
        <message>
            <source>The vault key was not rotated: the re-encrypted copy failed its check ({detail}). Nothing was changed.</source>
            <extracomment>astra_desktop/services/rekey.py</extracomment>
            <translation>The vault key was not rotated: the re-encrypted copy failed its check ({detail}). Nothing was changed.</translation>
        </message>
        <message>
            <source>Enter the person's name (or how the client calls them).</source>
            <extracomment>astra_desktop/services/related_persons.py</extracomment>
            <translation>Enter the person's name (or how the client calls them).</translation>
        </message>
        <message>
            <source>Choose how the person is related.</source>
            <extracomment>astra_desktop/services/related_persons.py</extracomment>
            <translation>Choose how the person is related.</translation>
        </message>
        <message>
            <source>A related person cannot move to another client.</source>
            <extracomment>astra_desktop/services/related_persons.py</extracomment>
            <translation>A related person cannot move to another client.</translation>
        </message>
        <message>
            <source>The related person was not found: they may have been removed.</source>
            <extracomment>astra_desktop/services/related_persons.py</extracomment>
            <translation>The related person was not found: they may have been removed.</translation>
        </message>
        <message>
            <source>backup</source>
            <extracomment>astra_desktop/services/restore.py</extracomment>
            <translation>backup</translation>
        </message>
        <message>
            <source>its recovery lock has been edited</source>
            <extracomment>astra_desktop/services/restore.py</extracomment>
            <translation>its recovery lock has been edited</translation>
        </message>
        <message>
            <source>its list of contents is unreadable</source>
            <extracomment>astra_desktop/services/restore.py</extracomment>
            <translation>its list of contents is unreadable</translation>
        </message>
        <message>
            <source>it holds more than its list of contents says</source>
            <extracomment>astra_desktop/services/restore.py</extracomment>
            <translation>it holds more than its list of contents says</translation>
        </message>
        <message>
            <source>it holds less than its list of contents says</source>
            <extracomment>astra_desktop/services/restore.py</extracomment>
            <translation>it holds less than its list of contents says</translation>
        </message>
        <message>
            <source>its description is unreadable</source>
            <extracomment>astra_desktop/services/restore.py</extracomment>
            <translation>its description is unreadable</translation>
        </message>
        <message>
            <source>its key file is unreadable</source>
            <extracomment>astra_desktop/services/restore.py</extracomment>
            <translation>its key file is unreadable</translation>
        </message>
        <message>
            <source>The vault in the backup has several administrators: say which.</source>
            <extracomment>astra_desktop/services/restore.py</extracomment>
            <translation>The vault in the backup has several administrators: say which.</translation>
        </message>
        <message>
            <source>Restoring needs the passphrase of an account in the backup, or the recovery key.</source>
            <extracomment>astra_desktop/services/restore.py</extracomment>
            <translation>Restoring needs the passphrase of an account in the backup, or the recovery key.</translation>
        </message>
        <message>
            <source>{name} is a backup of another vault than the one this key opens. Restore it with the recovery key or an account of that vault.</source>
            <extracomment>astra_desktop/services/restore.py</extracomment>
            <translation>{name} is a backup of another vault than the one this key opens. Restore it with the recovery key or an account of that vault.</translation>
        </message>
        <message>
            <source>There is already a vault in {target}. Restore into an empty folder, or choose to replace it (it is then kept aside, still encrypted).</source>
            <extracomment>astra_desktop/services/restore.py</extracomment>
            <translation>There is already a vault in {target}. Restore into an empty folder, or choose to replace it (it is then kept aside, still encrypted).</translation>
        </message>
        <message>
            <source>The vault restored from the backup did not check out ({problems}). Nothing was replaced. Try another backup and tell the administrator.</source>
            <extracomment>astra_desktop/services/restore.py</extracomment>
            <translation>The vault restored from the backup did not check out ({problems}). Nothing was replaced. Try another backup and tell the administrator.</translation>
        </message>
        <message>
            <source>There is already a vault in {target}; nothing was replaced.</source>
            <extracomment>astra_desktop/services/restore.py</extracomment>
            <translation>There is already a vault in {target}; nothing was replaced.</translation>
        </message>
        <message>
            <source>The restored vault could not be moved into {target} ({error}). The current vault is unchanged; the restored one is in {staged}.</source>
            <extracomment>astra_desktop/services/restore.py</extracomment>
            <translation>The restored vault could not be moved into {target} ({error}). The current vault is unchanged; the restored one is in {staged}.</translation>
        </message>
        <message>
            <source>Version {version} of the risk instrument is not in this vault.</source>
            <extracomment>astra_desktop/services/risk.py</extracomment>
            <translation>Version {version} of the risk instrument is not in this vault.</translation>
        </message>
        <message>
            <source>An assessment cannot be dated in the future.</source>
            <extracomment>astra_desktop/services/risk.py</extracomment>
            <translation>An assessment cannot be dated in the future.</translation>
        </message>
        <message>
            <source>Unknown items: {items}.</source>
            <extracomment>astra_desktop/services/risk.py</extracomment>
            <translation>Unknown items: {items}.</translation>
        </message>
        <message>
            <source>No question is answered, so there is no risk level to save. Answer what you know (the red flags first); the rest can stay “unknown”.</source>
            <extracomment>astra_desktop/services/risk.py</extracomment>
            <translation>No question is answered, so there is no risk level to save. Answer what you know (the red flags first); the rest can stay “unknown”.</translation>
        </message>
        <message>
            <source>Say what is to be done.</source>
            <extracomment>astra_desktop/services/risk.py</extracomment>
            <translation>Say what is to be done.</translation>
        </message>
        <message>
            <source>Unknown status “{status}”.</source>
            <extracomment>astra_desktop/services/risk.py</extracomment>
            <translation>Unknown status “{status}”.</translation>
        </message>
        <message>
            <source>Unknown event “{kind}”.</source>
            <extracomment>astra_desktop/services/risk.py</extracomment>
            <translation>Unknown event “{kind}”.</translation>
        </message>
        <message>
            <source>The vault is locked. Unlock it to continue.</source>
            <extracomment>astra_desktop/services/session.py</extracomment>
            <translation>The vault is locked. Unlock it to continue.</translation>
        </message>
        <message>
            <source>The vault key is being rotated. Try again in a moment.</source>
            <extracomment>astra_desktop/services/session.py</extracomment>
            <translation>The vault key is being rotated. Try again in a moment.</translation>
        </message>
        <message>
            <source>Your role ({role}) does not allow this. Ask an administrator if you need it.</source>
            <extracomment>astra_desktop/services/session.py</extracomment>
            <translation>Your role ({role}) does not allow this. Ask an administrator if you need it.</translation>
        </message>
        <message>
            <source>There is already a vault in {folder}. Open it instead.</source>
            <extracomment>astra_desktop/services/session.py</extracomment>
            <translation>There is already a vault in {folder}. Open it instead.</translation>
        </message>
        <message>
            <source>No vault was found in {folder}. Create one, or choose the folder that holds it.</source>
            <extracomment>astra_desktop/services/session.py</extracomment>
            <translation>No vault was found in {folder}. Create one, or choose the folder that holds it.</translation>
        </message>
        <message>
            <source>The user name or passphrase is not right. Check Caps Lock and the keyboard language, then try again.</source>
            <extracomment>astra_desktop/services/session.py</extracomment>
            <translation>The user name or passphrase is not right. Check Caps Lock and the keyboard language, then try again.</translation>
        </message>
        <message>
            <source>That recovery key is not right. Type it exactly as printed on the emergency sheet.</source>
            <extracomment>astra_desktop/services/session.py</extracomment>
            <translation>That recovery key is not right. Type it exactly as printed on the emergency sheet.</translation>
        </message>
        <message>
            <source>This account has been removed from the vault. Ask the administrator for access.</source>
            <extracomment>astra_desktop/services/session.py</extracomment>
            <translation>This account has been removed from the vault. Ask the administrator for access.</translation>
        </message>
        <message>
            <source>The freshness record (vault.anchor) is missing, damaged or edited, so it cannot be confirmed that vault.db is the latest version. Restore your most recent backup, or ask the administrator.</source>
            <extracomment>astra_desktop/services/session.py</extracomment>
            <translation>The freshness record (vault.anchor) is missing, damaged or edited, so it cannot be confirmed that vault.db is the latest version. Restore your most recent backup, or ask the administrator.</translation>
        </message>
        <message>
            <source>Choose a value between {minimum} and {maximum}.</source>
            <extracomment>astra_desktop/services/settings.py</extracomment>
            <translation>Choose a value between {minimum} and {maximum}.</translation>
        </message>
        <message>
            <source>office change file</source>
            <extracomment>astra_desktop/services/sync.py</extracomment>
            <translation>office change file</translation>
        </message>
        <message>
            <source>Choose the office folder first (sync --folder DIR).</source>
            <extracomment>astra_desktop/services/sync.py</extracomment>
            <translation>Choose the office folder first (sync --folder DIR).</translation>
        </message>
        <message>
            <source>The office folder {folder} is not there. Connect the drive or choose the folder again; nothing was synced.</source>
            <extracomment>astra_desktop/services/sync.py</extracomment>
            <translation>The office folder {folder} is not there. Connect the drive or choose the folder again; nothing was synced.</translation>
        </message>
        <message>
            <source>The office folder {folder} could not be written to ({error}). Nothing was published; free some space or check the drive, then sync again.</source>
            <extracomment>astra_desktop/services/sync.py</extracomment>
            <translation>The office folder {folder} could not be written to ({error}). Nothing was published; free some space or check the drive, then sync again.</translation>
        </message>
        <message>
            <source>Only the laptop that created the team writes snapshots.</source>
            <extracomment>astra_desktop/services/sync.py</extracomment>
            <translation>Only the laptop that created the team writes snapshots.</translation>
        </message>
        <message>
            <source>it was written by a removed device</source>
            <extracomment>astra_desktop/services/sync.py</extracomment>
            <translation>it was written by a removed device</translation>
        </message>
        <message>
            <source>it is a snapshot not written by the administrator's laptop</source>
            <extracomment>astra_desktop/services/sync.py</extracomment>
            <translation>it is a snapshot not written by the administrator's laptop</translation>
        </message>
        <message>
            <source>it changes the team but was not written by an administrator</source>
            <extracomment>astra_desktop/services/sync.py</extracomment>
            <translation>it changes the team but was not written by an administrator</translation>
        </message>
        <message>
            <source>its records do not fit this vault's</source>
            <extracomment>astra_desktop/services/sync.py</extracomment>
            <translation>its records do not fit this vault's</translation>
        </message>
        <message>
            <source>This vault is not in a team. Create one, or join one with a join file.</source>
            <extracomment>astra_desktop/services/team.py</extracomment>
            <translation>This vault is not in a team. Create one, or join one with a join file.</translation>
        </message>
        <message>
            <source>Only the laptop that created the team can add or remove devices.</source>
            <extracomment>astra_desktop/services/team.py</extracomment>
            <translation>Only the laptop that created the team can add or remove devices.</translation>
        </message>
        <message>
            <source>This vault is already in a team.</source>
            <extracomment>astra_desktop/services/team.py</extracomment>
            <translation>This vault is already in a team.</translation>
        </message>
        <message>
            <source>{name} is not a readable join request. Ask for a new one.</source>
            <extracomment>astra_desktop/services/team.py</extracomment>
            <translation>{name} is not a readable join request. Ask for a new one.</translation>
        </message>
        <message>
            <source>The fingerprint does not match the join request ({found}). Nothing was changed; ask the person for a new request.</source>
            <extracomment>astra_desktop/services/team.py</extracomment>
            <translation>The fingerprint does not match the join request ({found}). Nothing was changed; ask the person for a new request.</translation>
        </message>
        <message>
            <source>This device was removed from the team; it needs a new join request.</source>
            <extracomment>astra_desktop/services/team.py</extracomment>
            <translation>This device was removed from the team; it needs a new join request.</translation>
        </message>
        <message>
            <source>Make a join request on this laptop first, then import the join file.</source>
            <extracomment>astra_desktop/services/team.py</extracomment>
            <translation>Make a join request on this laptop first, then import the join file.</translation>
        </message>
        <message>
            <source>team join file</source>
            <extracomment>astra_desktop/services/team.py</extracomment>
            <translation>team join file</translation>
        </message>
        <message>
            <source>{name} was made for another laptop's join request. Nothing was changed.</source>
            <extracomment>astra_desktop/services/team.py</extracomment>
            <translation>{name} was made for another laptop's join request. Nothing was changed.</translation>
        </message>
        <message>
            <source>This laptop cannot remove itself from the team.</source>
            <extracomment>astra_desktop/services/team.py</extracomment>
            <translation>This laptop cannot remove itself from the team.</translation>
        </message>
        <message>
            <source>That device has already been removed.</source>
            <extracomment>astra_desktop/services/team.py</extracomment>
            <translation>That device has already been removed.</translation>
        </message>
        <message>
            <source>There is no device {id} in the team (give its id, or its first characters if they are unique).</source>
            <extracomment>astra_desktop/services/team.py</extracomment>
            <translation>There is no device {id} in the team (give its id, or its first characters if they are unique).</translation>
        </message>
        <message>
            <source>There is no document template “{name}”. Choose one of: {names}.</source>
            <extracomment>astra_desktop/services/templates.py</extracomment>
            <translation>There is no document template “{name}”. Choose one of: {names}.</translation>
        </message>
        <message>
            <source>Templates are written in {langs} (Cyrillic is made from sr-Latn).</source>
            <extracomment>astra_desktop/services/templates.py</extracomment>
            <translation>Templates are written in {langs} (Cyrillic is made from sr-Latn).</translation>
        </message>
        <message>
            <source>Choose at least one case to hand over.</source>
            <extracomment>astra_desktop/services/transfer.py</extracomment>
            <translation>Choose at least one case to hand over.</translation>
        </message>
        <message>
            <source>The bundle could not be written to {folder} ({error}). Nothing was exported; free some space or choose another drive.</source>
            <extracomment>astra_desktop/services/transfer.py</extracomment>
            <translation>The bundle could not be written to {folder} ({error}). Nothing was exported; free some space or choose another drive.</translation>
        </message>
        <message>
            <source>{name} already exists. Choose another name.</source>
            <extracomment>astra_desktop/services/transfer.py</extracomment>
            <translation>{name} already exists. Choose another name.</translation>
        </message>
        <message>
            <source>The export was cancelled; nothing was exported.</source>
            <extracomment>astra_desktop/services/transfer.py</extracomment>
            <translation>The export was cancelled; nothing was exported.</translation>
        </message>
        <message>
            <source>case-transfer bundle</source>
            <extracomment>astra_desktop/services/transfer.py</extracomment>
            <translation>case-transfer bundle</translation>
        </message>
        <message>
            <source>{name} was made by a different version of ASTRA Desktop (another data format). Update both laptops to the same version, then export again.</source>
            <extracomment>astra_desktop/services/transfer.py</extracomment>
            <translation>{name} was made by a different version of ASTRA Desktop (another data format). Update both laptops to the same version, then export again.</translation>
        </message>
        <message>
            <source>The bundle deletes records of a case that is in this vault but not assigned to you. Ask an administrator to import it; nothing was imported.</source>
            <extracomment>astra_desktop/services/transfer.py</extracomment>
            <translation>The bundle deletes records of a case that is in this vault but not assigned to you. Ask an administrator to import it; nothing was imported.</translation>
        </message>
        <message>
            <source>The bundle changes a case that is in this vault but not assigned to you. Ask an administrator to import it; nothing was imported.</source>
            <extracomment>astra_desktop/services/transfer.py</extracomment>
            <translation>The bundle changes a case that is in this vault but not assigned to you. Ask an administrator to import it; nothing was imported.</translation>
        </message>
        <message>
            <source>{count} record(s) were changed on both laptops: choose, for each, which version to keep. Nothing was imported.</source>
            <extracomment>astra_desktop/services/transfer.py</extracomment>
            <translation>{count} record(s) were changed on both laptops: choose, for each, which version to keep. Nothing was imported.</translation>
        </message>
        <message>
            <source>The bundle's records do not fit this vault's (a record they belong to is missing here). Nothing was imported; export the whole case again.</source>
            <extracomment>astra_desktop/services/transfer.py</extracomment>
            <translation>The bundle's records do not fit this vault's (a record they belong to is missing here). Nothing was imported; export the whole case again.</translation>
        </message>
        <message>
            <source>Enter the defendant's initials or the court's designation.</source>
            <extracomment>astra_desktop/services/trials.py</extracomment>
            <translation>Enter the defendant's initials or the court's designation.</translation>
        </message>
        <message>
            <source>That charge belongs to another trial.</source>
            <extracomment>astra_desktop/services/trials.py</extracomment>
            <translation>That charge belongs to another trial.</translation>
        </message>
        <message>
            <source>That injured party is not recorded in this trial.</source>
            <extracomment>astra_desktop/services/trials.py</extracomment>
            <translation>That injured party is not recorded in this trial.</translation>
        </message>
        <message>
            <source>A defendant of another trial was given.</source>
            <extracomment>astra_desktop/services/trials.py</extracomment>
            <translation>A defendant of another trial was given.</translation>
        </message>
        <message>
            <source>Record the injured parties and the defendants.</source>
            <extracomment>astra_desktop/services/trials.py</extracomment>
            <translation>Record the injured parties and the defendants.</translation>
        </message>
        <message>
            <source>Say who caused the postponement, or why.</source>
            <extracomment>astra_desktop/services/trials.py</extracomment>
            <translation>Say who caused the postponement, or why.</translation>
        </message>
        <message>
            <source>User names are 2–32 letters, digits, dots, dashes or underscores.</source>
            <extracomment>astra_desktop/services/users.py</extracomment>
            <translation>User names are 2–32 letters, digits, dots, dashes or underscores.</translation>
        </message>
        <message>
            <source>There is no user called {username}.</source>
            <extracomment>astra_desktop/services/users.py</extracomment>
            <translation>There is no user called {username}.</translation>
        </message>
        <message>
            <source>There is already a user called {username}.</source>
            <extracomment>astra_desktop/services/users.py</extracomment>
            <translation>There is already a user called {username}.</translation>
        </message>
        <message>
            <source>You cannot remove your own account. Ask another administrator.</source>
            <extracomment>astra_desktop/services/users.py</extracomment>
            <translation>You cannot remove your own account. Ask another administrator.</translation>
        </message>
        <message>
            <source>The last administrator cannot be removed.</source>
            <extracomment>astra_desktop/services/users.py</extracomment>
            <translation>The last administrator cannot be removed.</translation>
        </message>
        <message>
            <source>The current passphrase is not right; nothing was changed.</source>
            <extracomment>astra_desktop/services/users.py</extracomment>
            <translation>The current passphrase is not right; nothing was changed.</translation>
        </message>
        <message>
            <source>The word list {path} is missing, so no one-time passphrase can be made. Reinstall ASTRA Desktop.</source>
            <extracomment>astra_desktop/services/word_passphrase.py</extracomment>
            <translation>The word list {path} is missing, so no one-time passphrase can be made. Reinstall ASTRA Desktop.</translation>
        </message>
        <message>
            <source>audit entries {first}–{last} are missing</source>
            <extracomment>astra_desktop/storage/audit.py</extracomment>
            <translation>audit entries {first}–{last} are missing</translation>
        </message>
        <message>
            <source>audit entry {seq} does not follow the entry before it</source>
            <extracomment>astra_desktop/storage/audit.py</extracomment>
            <translation>audit entry {seq} does not follow the entry before it</translation>
        </message>
        <message>
            <source>audit entry {seq} has been altered</source>
            <extracomment>astra_desktop/storage/audit.py</extracomment>
            <translation>audit entry {seq} has been altered</translation>
        </message>
        <message>
            <source>the file ends inside its header</source>
            <extracomment>astra_desktop/storage/backup_format.py</extracomment>
            <translation>the file ends inside its header</translation>
        </message>
        <message>
            <source>its header does not match its checksum</source>
            <extracomment>astra_desktop/storage/backup_format.py</extracomment>
            <translation>its header does not match its checksum</translation>
        </message>
        <message>
            <source>it was made by a newer version of ASTRA Desktop</source>
            <extracomment>astra_desktop/storage/backup_format.py</extracomment>
            <translation>it was made by a newer version of ASTRA Desktop</translation>
        </message>
        <message>
            <source>its header has been edited</source>
            <extracomment>astra_desktop/storage/backup_format.py</extracomment>
            <translation>its header has been edited</translation>
        </message>
        <message>
            <source>part {part} of its contents fails its authentication check: the file is cut short, has parts missing, swapped or added, or was altered</source>
            <extracomment>astra_desktop/storage/backup_format.py</extracomment>
            <translation>part {part} of its contents fails its authentication check: the file is cut short, has parts missing, swapped or added, or was altered</translation>
        </message>
        <message>
            <source>the claim of case {case_id} cannot be read ({exc})</source>
            <extracomment>astra_desktop/storage/claims.py</extracomment>
            <translation>the claim of case {case_id} cannot be read ({exc})</translation>
        </message>
        <message>
            <source>the change</source>
            <extracomment>astra_desktop/storage/database.py</extracomment>
            <translation>the change</translation>
        </message>
        <message>
            <source>vault.db is older than the last state this computer saved: an earlier copy of the file has been put in its place. Records entered since then are not in it. Do not work in this vault; restore your most recent backup and tell the administrator.</source>
            <extracomment>astra_desktop/storage/freshness.py</extracomment>
            <translation>vault.db is older than the last state this computer saved: an earlier copy of the file has been put in its place. Records entered since then are not in it. Do not work in this vault; restore your most recent backup and tell the administrator.</translation>
        </message>
        <message>
            <source>The key file (vault.keys) is damaged or has been edited. The vault cannot be trusted as it is: restore it from a backup and tell the administrator.</source>
            <extracomment>astra_desktop/storage/keyslots.py</extracomment>
            <translation>The key file (vault.keys) is damaged or has been edited. The vault cannot be trusted as it is: restore it from a backup and tell the administrator.</translation>
        </message>
        <message>
            <source>The vault is already open in another ASTRA Desktop window or command. Close it there first, then try again.</source>
            <extracomment>astra_desktop/storage/lock.py</extracomment>
            <translation>The vault is already open in another ASTRA Desktop window or command. Close it there first, then try again.</translation>
        </message>
        <message>
            <source>The vault could not be upgraded for this version of ASTRA Desktop (step {number}: {detail}). Nothing was changed and a copy was kept as {backup}. Keep using the previous version and tell the administrator.</source>
            <extracomment>astra_desktop/storage/migrate.py</extracomment>
            <translation>The vault could not be upgraded for this version of ASTRA Desktop (step {number}: {detail}). Nothing was changed and a copy was kept as {backup}. Keep using the previous version and tell the administrator.</translation>
        </message>
        <message>
            <source>The partner was not found in this vault.</source>
            <extracomment>astra_desktop/storage/partners.py</extracomment>
            <translation>The partner was not found in this vault.</translation>
        </message>
        <message>
            <source>The record no longer exists: it may have been deleted.</source>
            <extracomment>astra_desktop/storage/rows.py</extracomment>
            <translation>The record no longer exists: it may have been deleted.</translation>
        </message>
        <message>
            <source>The record was not found: it may have been deleted.</source>
            <extracomment>astra_desktop/storage/rows.py</extracomment>
            <translation>The record was not found: it may have been deleted.</translation>
        </message>
    </context>
    <context>
        <name>Labels</name>
        <message>
            <source>Active</source>
            <comment>CaseStatus</comment>
            <extracomment>astra_desktop/core/enums.py</extracomment>
            <translation>Active</translation>
        </message>
        <message>
            <source>Follow-up</source>
            <comment>CaseStatus</comment>
            <extracomment>astra_desktop/core/enums.py</extracomment>
            <translation>Follow-up</translation>
        </message>
        <message>
            <source>Closed</source>
            <comment>CaseStatus</comment>
            <extracomment>astra_desktop/core/enums.py</extracomment>
            <translation>Closed</translation>
        </message>
        <message>
            <source>Closed — referred</source>
            <comment>CaseStatus</comment>
            <extracomment>astra_desktop/core/enums.py</extracomment>
            <translation>Closed — referred</translation>
        </message>
        <message>
            <source>Female</source>
            <comment>Gender</comment>
            <extracomment>astra_desktop/core/enums.py</extracomment>
            <translation>Female</translation>
        </message>
        <message>
            <source>Male</source>
            <comment>Gender</comment>
            <extracomment>astra_desktop/core/enums.py</extracomment>
            <translation>Male</translation>
        </message>
        <message>
            <source>Other</source>
            <comment>Gender</comment>
            <extracomment>astra_desktop/core/enums.py</extracomment>
            <translation>Other</translation>
        </message>
        <message>
            <source>Not known</source>
            <comment>Gender</comment>
            <extracomment>astra_desktop/core/enums.py</extracomment>
            <translation>Not known</translation>
        </message>
        <message>
            <source>Presumed victim</source>
            <comment>TraffickingStatus</comment>
            <extracomment>astra_desktop/core/enums.py</extracomment>
            <translation>Presumed victim</translation>
        </message>
        <message>
            <source>Identified victim</source>
            <comment>TraffickingStatus</comment>
            <extracomment>astra_desktop/core/enums.py</extracomment>
            <translation>Identified victim</translation>
        </message>
        <message>
            <source>Not yet assessed</source>
            <comment>TraffickingStatus</comment>
            <extracomment>astra_desktop/core/enums.py</extracomment>
            <translation>Not yet assessed</translation>
        </message>
        <message>
            <source>Sexual exploitation</source>
            <comment>ExploitationType</comment>
            <extracomment>astra_desktop/core/enums.py</extracomment>
            <translation>Sexual exploitation</translation>
        </message>
        <message>
            <source>Labour exploitation</source>
            <comment>ExploitationType</comment>
            <extracomment>astra_desktop/core/enums.py</extracomment>
            <translation>Labour exploitation</translation>
        </message>
        <message>
            <source>Forced begging</source>
            <comment>ExploitationType</comment>
            <extracomment>astra_desktop/core/enums.py</extracomment>
            <translation>Forced begging</translation>
        </message>
        <message>
            <source>Forced criminality</source>
            <comment>ExploitationType</comment>
            <extracomment>astra_desktop/core/enums.py</extracomment>
            <translation>Forced criminality</translation>
        </message>
        <message>
            <source>Forced marriage</source>
            <comment>ExploitationType</comment>
            <extracomment>astra_desktop/core/enums.py</extracomment>
            <translation>Forced marriage</translation>
        </message>
        <message>
            <source>Domestic servitude</source>
            <comment>ExploitationType</comment>
            <extracomment>astra_desktop/core/enums.py</extracomment>
            <translation>Domestic servitude</translation>
        </message>
        <message>
            <source>Other</source>
            <comment>ExploitationType</comment>
            <extracomment>astra_desktop/core/enums.py</extracomment>
            <translation>Other</translation>
        </message>
        <message>
            <source>Debt bondage</source>
            <comment>MeansOfControl</comment>
            <extracomment>astra_desktop/core/enums.py</extracomment>
            <translation>Debt bondage</translation>
        </message>
        <message>
            <source>Documents withheld</source>
            <comment>MeansOfControl</comment>
            <extracomment>astra_desktop/core/enums.py</extracomment>
            <translation>Documents withheld</translation>
        </message>
        <message>
            <source>Threats to family</source>
            <comment>MeansOfControl</comment>
            <extracomment>astra_desktop/core/enums.py</extracomment>
            <translation>Threats to family</translation>
        </message>
        <message>
            <source>Violence</source>
            <comment>MeansOfControl</comment>
            <extracomment>astra_desktop/core/enums.py</extracomment>
            <translation>Violence</translation>
        </message>
        <message>
            <source>Substances</source>
            <comment>MeansOfControl</comment>
            <extracomment>astra_desktop/core/enums.py</extracomment>
            <translation>Substances</translation>
        </message>
        <message>
            <source>Restricted movement</source>
            <comment>MeansOfControl</comment>
            <extracomment>astra_desktop/core/enums.py</extracomment>
            <translation>Restricted movement</translation>
        </message>
        <message>
            <source>Isolation</source>
            <comment>MeansOfControl</comment>
            <extracomment>astra_desktop/core/enums.py</extracomment>
            <translation>Isolation</translation>
        </message>
        <message>
            <source>Wages withheld</source>
            <comment>MeansOfControl</comment>
            <extracomment>astra_desktop/core/enums.py</extracomment>
            <translation>Wages withheld</translation>
        </message>
        <message>
            <source>Other</source>
            <comment>MeansOfControl</comment>
            <extracomment>astra_desktop/core/enums.py</extracomment>
            <translation>Other</translation>
        </message>
        <message>
            <source>Has documents</source>
            <comment>IdDocumentStatus</comment>
            <extracomment>astra_desktop/core/enums.py</extracomment>
            <translation>Has documents</translation>
        </message>
        <message>
            <source>Withheld by others</source>
            <comment>IdDocumentStatus</comment>
            <extracomment>astra_desktop/core/enums.py</extracomment>
            <translation>Withheld by others</translation>
        </message>
        <message>
            <source>Lost</source>
            <comment>IdDocumentStatus</comment>
            <extracomment>astra_desktop/core/enums.py</extracomment>
            <translation>Lost</translation>
        </message>
        <message>
            <source>Never had documents</source>
            <comment>IdDocumentStatus</comment>
            <extracomment>astra_desktop/core/enums.py</extracomment>
            <translation>Never had documents</translation>
        </message>
        <message>
            <source>Not known</source>
            <comment>IdDocumentStatus</comment>
            <extracomment>astra_desktop/core/enums.py</extracomment>
            <translation>Not known</translation>
        </message>
        <message>
            <source>Phone call</source>
            <comment>NoteKind</comment>
            <extracomment>astra_desktop/core/enums.py</extracomment>
            <translation>Phone call</translation>
        </message>
        <message>
            <source>Visit</source>
            <comment>NoteKind</comment>
            <extracomment>astra_desktop/core/enums.py</extracomment>
            <translation>Visit</translation>
        </message>
        <message>
            <source>Accompaniment</source>
            <comment>NoteKind</comment>
            <extracomment>astra_desktop/core/enums.py</extracomment>
            <translation>Accompaniment</translation>
        </message>
        <message>
            <source>SOS hotline</source>
            <comment>NoteKind</comment>
            <extracomment>astra_desktop/core/enums.py</extracomment>
            <translation>SOS hotline</translation>
        </message>
        <message>
            <source>Meeting</source>
            <comment>NoteKind</comment>
            <extracomment>astra_desktop/core/enums.py</extracomment>
            <translation>Meeting</translation>
        </message>
        <message>
            <source>Other</source>
            <comment>NoteKind</comment>
            <extracomment>astra_desktop/core/enums.py</extracomment>
            <translation>Other</translation>
        </message>
        <message>
            <source>Medical</source>
            <comment>ServiceKind</comment>
            <extracomment>astra_desktop/core/enums.py</extracomment>
            <translation>Medical</translation>
        </message>
        <message>
            <source>Legal</source>
            <comment>ServiceKind</comment>
            <extracomment>astra_desktop/core/enums.py</extracomment>
            <translation>Legal</translation>
        </message>
        <message>
            <source>Psychological</source>
            <comment>ServiceKind</comment>
            <extracomment>astra_desktop/core/enums.py</extracomment>
            <translation>Psychological</translation>
        </message>
        <message>
            <source>Accommodation</source>
            <comment>ServiceKind</comment>
            <extracomment>astra_desktop/core/enums.py</extracomment>
            <translation>Accommodation</translation>
        </message>
        <message>
            <source>Financial</source>
            <comment>ServiceKind</comment>
            <extracomment>astra_desktop/core/enums.py</extracomment>
            <translation>Financial</translation>
        </message>
        <message>
            <source>Education / employment</source>
            <comment>ServiceKind</comment>
            <extracomment>astra_desktop/core/enums.py</extracomment>
            <translation>Education / employment</translation>
        </message>
        <message>
            <source>Family reunification</source>
            <comment>ServiceKind</comment>
            <extracomment>astra_desktop/core/enums.py</extracomment>
            <translation>Family reunification</translation>
        </message>
        <message>
            <source>Other</source>
            <comment>ServiceKind</comment>
            <extracomment>astra_desktop/core/enums.py</extracomment>
            <translation>Other</translation>
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
            <translation>Caseworker</translation>
        </message>
        <message>
            <source>Lawyer</source>
            <comment>Role</comment>
            <extracomment>astra_desktop/core/enums.py</extracomment>
            <translation>Lawyer</translation>
        </message>
        <message>
            <source>Viewer (read only)</source>
            <comment>Role</comment>
            <extracomment>astra_desktop/core/enums.py</extracomment>
            <translation>Viewer (read only)</translation>
        </message>
        <message>
            <source>Referred to us</source>
            <comment>ReferralDirection</comment>
            <extracomment>astra_desktop/core/enums.py</extracomment>
            <translation>Referred to us</translation>
        </message>
        <message>
            <source>Referred by us</source>
            <comment>ReferralDirection</comment>
            <extracomment>astra_desktop/core/enums.py</extracomment>
            <translation>Referred by us</translation>
        </message>
        <message>
            <source>Mother</source>
            <comment>Relation</comment>
            <extracomment>astra_desktop/core/enums.py</extracomment>
            <translation>Mother</translation>
        </message>
        <message>
            <source>Father</source>
            <comment>Relation</comment>
            <extracomment>astra_desktop/core/enums.py</extracomment>
            <translation>Father</translation>
        </message>
        <message>
            <source>Brother or sister</source>
            <comment>Relation</comment>
            <extracomment>astra_desktop/core/enums.py</extracomment>
            <translation>Brother or sister</translation>
        </message>
        <message>
            <source>Child</source>
            <comment>Relation</comment>
            <extracomment>astra_desktop/core/enums.py</extracomment>
            <translation>Child</translation>
        </message>
        <message>
            <source>Partner or spouse</source>
            <comment>Relation</comment>
            <extracomment>astra_desktop/core/enums.py</extracomment>
            <translation>Partner or spouse</translation>
        </message>
        <message>
            <source>Former partner</source>
            <comment>Relation</comment>
            <extracomment>astra_desktop/core/enums.py</extracomment>
            <translation>Former partner</translation>
        </message>
        <message>
            <source>Guardian</source>
            <comment>Relation</comment>
            <extracomment>astra_desktop/core/enums.py</extracomment>
            <translation>Guardian</translation>
        </message>
        <message>
            <source>Foster parent</source>
            <comment>Relation</comment>
            <extracomment>astra_desktop/core/enums.py</extracomment>
            <translation>Foster parent</translation>
        </message>
        <message>
            <source>Other relative</source>
            <comment>Relation</comment>
            <extracomment>astra_desktop/core/enums.py</extracomment>
            <translation>Other relative</translation>
        </message>
        <message>
            <source>Friend</source>
            <comment>Relation</comment>
            <extracomment>astra_desktop/core/enums.py</extracomment>
            <translation>Friend</translation>
        </message>
        <message>
            <source>Employer</source>
            <comment>Relation</comment>
            <extracomment>astra_desktop/core/enums.py</extracomment>
            <translation>Employer</translation>
        </message>
        <message>
            <source>Other</source>
            <comment>Relation</comment>
            <extracomment>astra_desktop/core/enums.py</extracomment>
            <translation>Other</translation>
        </message>
        <message>
            <source>Court hearing</source>
            <comment>AppointmentKind</comment>
            <extracomment>astra_desktop/core/appointments.py</extracomment>
            <translation>Court hearing</translation>
        </message>
        <message>
            <source>Prosecutor</source>
            <comment>AppointmentKind</comment>
            <extracomment>astra_desktop/core/appointments.py</extracomment>
            <translation>Prosecutor</translation>
        </message>
        <message>
            <source>Police</source>
            <comment>AppointmentKind</comment>
            <extracomment>astra_desktop/core/appointments.py</extracomment>
            <translation>Police</translation>
        </message>
        <message>
            <source>Medical</source>
            <comment>AppointmentKind</comment>
            <extracomment>astra_desktop/core/appointments.py</extracomment>
            <translation>Medical</translation>
        </message>
        <message>
            <source>Psychologist</source>
            <comment>AppointmentKind</comment>
            <extracomment>astra_desktop/core/appointments.py</extracomment>
            <translation>Psychologist</translation>
        </message>
        <message>
            <source>Social welfare centre</source>
            <comment>AppointmentKind</comment>
            <extracomment>astra_desktop/core/appointments.py</extracomment>
            <translation>Social welfare centre</translation>
        </message>
        <message>
            <source>Embassy / consulate</source>
            <comment>AppointmentKind</comment>
            <extracomment>astra_desktop/core/appointments.py</extracomment>
            <translation>Embassy / consulate</translation>
        </message>
        <message>
            <source>Lawyer</source>
            <comment>AppointmentKind</comment>
            <extracomment>astra_desktop/core/appointments.py</extracomment>
            <translation>Lawyer</translation>
        </message>
        <message>
            <source>Home visit</source>
            <comment>AppointmentKind</comment>
            <extracomment>astra_desktop/core/appointments.py</extracomment>
            <translation>Home visit</translation>
        </message>
        <message>
            <source>Other</source>
            <comment>AppointmentKind</comment>
            <extracomment>astra_desktop/core/appointments.py</extracomment>
            <translation>Other</translation>
        </message>
        <message>
            <source>Planned</source>
            <comment>AppointmentStatus</comment>
            <extracomment>astra_desktop/core/appointments.py</extracomment>
            <translation>Planned</translation>
        </message>
        <message>
            <source>Held</source>
            <comment>AppointmentStatus</comment>
            <extracomment>astra_desktop/core/appointments.py</extracomment>
            <translation>Held</translation>
        </message>
        <message>
            <source>Missed</source>
            <comment>AppointmentStatus</comment>
            <extracomment>astra_desktop/core/appointments.py</extracomment>
            <translation>Missed</translation>
        </message>
        <message>
            <source>Postponed</source>
            <comment>AppointmentStatus</comment>
            <extracomment>astra_desktop/core/appointments.py</extracomment>
            <translation>Postponed</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <comment>AppointmentStatus</comment>
            <extracomment>astra_desktop/core/appointments.py</extracomment>
            <translation>Cancelled</translation>
        </message>
        <message>
            <source>Preliminary hearing</source>
            <comment>HearingKind</comment>
            <extracomment>astra_desktop/core/court.py</extracomment>
            <translation>Preliminary hearing</translation>
        </message>
        <message>
            <source>Main hearing</source>
            <comment>HearingKind</comment>
            <extracomment>astra_desktop/core/court.py</extracomment>
            <translation>Main hearing</translation>
        </message>
        <message>
            <source>Announcement of the verdict</source>
            <comment>HearingKind</comment>
            <extracomment>astra_desktop/core/court.py</extracomment>
            <translation>Announcement of the verdict</translation>
        </message>
        <message>
            <source>Appeal hearing</source>
            <comment>HearingKind</comment>
            <extracomment>astra_desktop/core/court.py</extracomment>
            <translation>Appeal hearing</translation>
        </message>
        <message>
            <source>Other hearing</source>
            <comment>HearingKind</comment>
            <extracomment>astra_desktop/core/court.py</extracomment>
            <translation>Other hearing</translation>
        </message>
        <message>
            <source>Injured party</source>
            <comment>VictimRole</comment>
            <extracomment>astra_desktop/core/court.py</extracomment>
            <translation>Injured party</translation>
        </message>
        <message>
            <source>Witness</source>
            <comment>VictimRole</comment>
            <extracomment>astra_desktop/core/court.py</extracomment>
            <translation>Witness</translation>
        </message>
        <message>
            <source>Subsidiary prosecutor</source>
            <comment>VictimRole</comment>
            <extracomment>astra_desktop/core/court.py</extracomment>
            <translation>Subsidiary prosecutor</translation>
        </message>
        <message>
            <source>Not requested</source>
            <comment>WitnessStatus</comment>
            <extracomment>astra_desktop/core/court.py</extracomment>
            <translation>Not requested</translation>
        </message>
        <message>
            <source>Requested, not decided</source>
            <comment>WitnessStatus</comment>
            <extracomment>astra_desktop/core/court.py</extracomment>
            <translation>Requested, not decided</translation>
        </message>
        <message>
            <source>Granted</source>
            <comment>WitnessStatus</comment>
            <extracomment>astra_desktop/core/court.py</extracomment>
            <translation>Granted</translation>
        </message>
        <message>
            <source>Refused</source>
            <comment>WitnessStatus</comment>
            <extracomment>astra_desktop/core/court.py</extracomment>
            <translation>Refused</translation>
        </message>
        <message>
            <source>Public prosecutor</source>
            <comment>AppealBy</comment>
            <extracomment>astra_desktop/core/court.py</extracomment>
            <translation>Public prosecutor</translation>
        </message>
        <message>
            <source>Defendant or defence counsel</source>
            <comment>AppealBy</comment>
            <extracomment>astra_desktop/core/court.py</extracomment>
            <translation>Defendant or defence counsel</translation>
        </message>
        <message>
            <source>Injured party</source>
            <comment>AppealBy</comment>
            <extracomment>astra_desktop/core/court.py</extracomment>
            <translation>Injured party</translation>
        </message>
        <message>
            <source>No appeal was lodged</source>
            <comment>AppealBy</comment>
            <extracomment>astra_desktop/core/court.py</extracomment>
            <translation>No appeal was lodged</translation>
        </message>
        <message>
            <source>Investigation (public prosecutor)</source>
            <comment>Stage</comment>
            <extracomment>astra_desktop/core/court.py</extracomment>
            <translation>Investigation (public prosecutor)</translation>
        </message>
        <message>
            <source>Before the court of first instance</source>
            <comment>Stage</comment>
            <extracomment>astra_desktop/core/court.py</extracomment>
            <translation>Before the court of first instance</translation>
        </message>
        <message>
            <source>On appeal (appellate court)</source>
            <comment>Stage</comment>
            <extracomment>astra_desktop/core/court.py</extracomment>
            <translation>On appeal (appellate court)</translation>
        </message>
        <message>
            <source>The public prosecutor</source>
            <comment>Authority</comment>
            <extracomment>astra_desktop/core/court.py</extracomment>
            <translation>The public prosecutor</translation>
        </message>
        <message>
            <source>The court of first instance</source>
            <comment>Authority</comment>
            <extracomment>astra_desktop/core/court.py</extracomment>
            <translation>The court of first instance</translation>
        </message>
        <message>
            <source>The appellate court</source>
            <comment>Authority</comment>
            <extracomment>astra_desktop/core/court.py</extracomment>
            <translation>The appellate court</translation>
        </message>
        <message>
            <source>Questions only through the court</source>
            <comment>ProtectiveMeasure</comment>
            <extracomment>astra_desktop/core/court.py</extracomment>
            <translation>Questions only through the court</translation>
        </message>
        <message>
            <source>Testimony by video link</source>
            <comment>ProtectiveMeasure</comment>
            <extracomment>astra_desktop/core/court.py</extracomment>
            <translation>Testimony by video link</translation>
        </message>
        <message>
            <source>Separate room</source>
            <comment>ProtectiveMeasure</comment>
            <extracomment>astra_desktop/core/court.py</extracomment>
            <translation>Separate room</translation>
        </message>
        <message>
            <source>No confrontation with the defendant</source>
            <comment>ProtectiveMeasure</comment>
            <extracomment>astra_desktop/core/court.py</extracomment>
            <translation>No confrontation with the defendant</translation>
        </message>
        <message>
            <source>Defendant removed from the courtroom</source>
            <comment>ProtectiveMeasure</comment>
            <extracomment>astra_desktop/core/court.py</extracomment>
            <translation>Defendant removed from the courtroom</translation>
        </message>
        <message>
            <source>Public excluded</source>
            <comment>ProtectiveMeasure</comment>
            <extracomment>astra_desktop/core/court.py</extracomment>
            <translation>Public excluded</translation>
        </message>
        <message>
            <source>Identity protected</source>
            <comment>ProtectiveMeasure</comment>
            <extracomment>astra_desktop/core/court.py</extracomment>
            <translation>Identity protected</translation>
        </message>
        <message>
            <source>Support person present</source>
            <comment>ProtectiveMeasure</comment>
            <extracomment>astra_desktop/core/court.py</extracomment>
            <translation>Support person present</translation>
        </message>
        <message>
            <source>Organiser</source>
            <comment>DefendantRole</comment>
            <extracomment>astra_desktop/core/court.py</extracomment>
            <translation>Organiser</translation>
        </message>
        <message>
            <source>Recruiter</source>
            <comment>DefendantRole</comment>
            <extracomment>astra_desktop/core/court.py</extracomment>
            <translation>Recruiter</translation>
        </message>
        <message>
            <source>Transporter</source>
            <comment>DefendantRole</comment>
            <extracomment>astra_desktop/core/court.py</extracomment>
            <translation>Transporter</translation>
        </message>
        <message>
            <source>Exploiter</source>
            <comment>DefendantRole</comment>
            <extracomment>astra_desktop/core/court.py</extracomment>
            <translation>Exploiter</translation>
        </message>
        <message>
            <source>Accomplice</source>
            <comment>DefendantRole</comment>
            <extracomment>astra_desktop/core/court.py</extracomment>
            <translation>Accomplice</translation>
        </message>
        <message>
            <source>Other</source>
            <comment>DefendantRole</comment>
            <extracomment>astra_desktop/core/court.py</extracomment>
            <translation>Other</translation>
        </message>
        <message>
            <source>No verdict yet</source>
            <comment>Verdict</comment>
            <extracomment>astra_desktop/core/court.py</extracomment>
            <translation>No verdict yet</translation>
        </message>
        <message>
            <source>Convicted</source>
            <comment>Verdict</comment>
            <extracomment>astra_desktop/core/court.py</extracomment>
            <translation>Convicted</translation>
        </message>
        <message>
            <source>Acquitted</source>
            <comment>Verdict</comment>
            <extracomment>astra_desktop/core/court.py</extracomment>
            <translation>Acquitted</translation>
        </message>
        <message>
            <source>Charges rejected</source>
            <comment>Verdict</comment>
            <extracomment>astra_desktop/core/court.py</extracomment>
            <translation>Charges rejected</translation>
        </message>
        <message>
            <source>Proceedings discontinued</source>
            <comment>Verdict</comment>
            <extracomment>astra_desktop/core/court.py</extracomment>
            <translation>Proceedings discontinued</translation>
        </message>
        <message>
            <source>Not decided</source>
            <comment>ClaimDecision</comment>
            <extracomment>astra_desktop/core/court.py</extracomment>
            <translation>Not decided</translation>
        </message>
        <message>
            <source>Granted in the criminal case</source>
            <comment>ClaimDecision</comment>
            <extracomment>astra_desktop/core/court.py</extracomment>
            <translation>Granted in the criminal case</translation>
        </message>
        <message>
            <source>Partly granted in the criminal case</source>
            <comment>ClaimDecision</comment>
            <extracomment>astra_desktop/core/court.py</extracomment>
            <translation>Partly granted in the criminal case</translation>
        </message>
        <message>
            <source>Sent to civil proceedings</source>
            <comment>ClaimDecision</comment>
            <extracomment>astra_desktop/core/court.py</extracomment>
            <translation>Sent to civil proceedings</translation>
        </message>
        <message>
            <source>Rejected</source>
            <comment>ClaimDecision</comment>
            <extracomment>astra_desktop/core/court.py</extracomment>
            <translation>Rejected</translation>
        </message>
        <message>
            <source>The defence</source>
            <comment>PostponedBy</comment>
            <extracomment>astra_desktop/core/court.py</extracomment>
            <translation>The defence</translation>
        </message>
        <message>
            <source>The prosecution</source>
            <comment>PostponedBy</comment>
            <extracomment>astra_desktop/core/court.py</extracomment>
            <translation>The prosecution</translation>
        </message>
        <message>
            <source>The court</source>
            <comment>PostponedBy</comment>
            <extracomment>astra_desktop/core/court.py</extracomment>
            <translation>The court</translation>
        </message>
        <message>
            <source>The injured party</source>
            <comment>PostponedBy</comment>
            <extracomment>astra_desktop/core/court.py</extracomment>
            <translation>The injured party</translation>
        </message>
        <message>
            <source>Other (witnesses, experts …)</source>
            <comment>PostponedBy</comment>
            <extracomment>astra_desktop/core/court.py</extracomment>
            <translation>Other (witnesses, experts …)</translation>
        </message>
        <message>
            <source>The client (victim)</source>
            <comment>Party</comment>
            <extracomment>astra_desktop/core/court.py</extracomment>
            <translation>The client (victim)</translation>
        </message>
        <message>
            <source>The client's lawyer</source>
            <comment>Party</comment>
            <extracomment>astra_desktop/core/court.py</extracomment>
            <translation>The client's lawyer</translation>
        </message>
        <message>
            <source>Public prosecutor</source>
            <comment>Party</comment>
            <extracomment>astra_desktop/core/court.py</extracomment>
            <translation>Public prosecutor</translation>
        </message>
        <message>
            <source>Defendant</source>
            <comment>Party</comment>
            <extracomment>astra_desktop/core/court.py</extracomment>
            <translation>Defendant</translation>
        </message>
        <message>
            <source>Defence lawyer</source>
            <comment>Party</comment>
            <extracomment>astra_desktop/core/court.py</extracomment>
            <translation>Defence lawyer</translation>
        </message>
        <message>
            <source>Presumed victim</source>
            <comment>CallerType</comment>
            <extracomment>astra_desktop/core/hotline.py</extracomment>
            <translation>Presumed victim</translation>
        </message>
        <message>
            <source>Family member</source>
            <comment>CallerType</comment>
            <extracomment>astra_desktop/core/hotline.py</extracomment>
            <translation>Family member</translation>
        </message>
        <message>
            <source>Friend</source>
            <comment>CallerType</comment>
            <extracomment>astra_desktop/core/hotline.py</extracomment>
            <translation>Friend</translation>
        </message>
        <message>
            <source>Professional</source>
            <comment>CallerType</comment>
            <extracomment>astra_desktop/core/hotline.py</extracomment>
            <translation>Professional</translation>
        </message>
        <message>
            <source>Not said</source>
            <comment>CallerType</comment>
            <extracomment>astra_desktop/core/hotline.py</extracomment>
            <translation>Not said</translation>
        </message>
        <message>
            <source>Phone</source>
            <comment>Channel</comment>
            <extracomment>astra_desktop/core/hotline.py</extracomment>
            <translation>Phone</translation>
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
            <translation>E-mail</translation>
        </message>
        <message>
            <source>Social media</source>
            <comment>Channel</comment>
            <extracomment>astra_desktop/core/hotline.py</extracomment>
            <translation>Social media</translation>
        </message>
        <message>
            <source>Walk-in</source>
            <comment>Channel</comment>
            <extracomment>astra_desktop/core/hotline.py</extracomment>
            <translation>Walk-in</translation>
        </message>
        <message>
            <source>Job offer check</source>
            <comment>CallTopic</comment>
            <extracomment>astra_desktop/core/hotline.py</extracomment>
            <translation>Job offer check</translation>
        </message>
        <message>
            <source>Safe migration advice</source>
            <comment>CallTopic</comment>
            <extracomment>astra_desktop/core/hotline.py</extracomment>
            <translation>Safe migration advice</translation>
        </message>
        <message>
            <source>Report of exploitation</source>
            <comment>CallTopic</comment>
            <extracomment>astra_desktop/core/hotline.py</extracomment>
            <translation>Report of exploitation</translation>
        </message>
        <message>
            <source>Missing person</source>
            <comment>CallTopic</comment>
            <extracomment>astra_desktop/core/hotline.py</extracomment>
            <translation>Missing person</translation>
        </message>
        <message>
            <source>Request for help</source>
            <comment>CallTopic</comment>
            <extracomment>astra_desktop/core/hotline.py</extracomment>
            <translation>Request for help</translation>
        </message>
        <message>
            <source>Other</source>
            <comment>CallTopic</comment>
            <extracomment>astra_desktop/core/hotline.py</extracomment>
            <translation>Other</translation>
        </message>
        <message>
            <source>Not linked</source>
            <comment>CaseLink</comment>
            <extracomment>astra_desktop/core/hotline.py</extracomment>
            <translation>Not linked</translation>
        </message>
        <message>
            <source>New client</source>
            <comment>CaseLink</comment>
            <extracomment>astra_desktop/core/hotline.py</extracomment>
            <translation>New client</translation>
        </message>
        <message>
            <source>Linked</source>
            <comment>CaseLink</comment>
            <extracomment>astra_desktop/core/hotline.py</extracomment>
            <translation>Linked</translation>
        </message>
        <message>
            <source>0–13 years</source>
            <comment>AgeBand</comment>
            <extracomment>astra_desktop/core/hotline.py</extracomment>
            <translation>0–13 years</translation>
        </message>
        <message>
            <source>14–17 years</source>
            <comment>AgeBand</comment>
            <extracomment>astra_desktop/core/hotline.py</extracomment>
            <translation>14–17 years</translation>
        </message>
        <message>
            <source>18–24 years</source>
            <comment>AgeBand</comment>
            <extracomment>astra_desktop/core/hotline.py</extracomment>
            <translation>18–24 years</translation>
        </message>
        <message>
            <source>25–34 years</source>
            <comment>AgeBand</comment>
            <extracomment>astra_desktop/core/hotline.py</extracomment>
            <translation>25–34 years</translation>
        </message>
        <message>
            <source>35–49 years</source>
            <comment>AgeBand</comment>
            <extracomment>astra_desktop/core/hotline.py</extracomment>
            <translation>35–49 years</translation>
        </message>
        <message>
            <source>50 years or more</source>
            <comment>AgeBand</comment>
            <extracomment>astra_desktop/core/hotline.py</extracomment>
            <translation>50 years or more</translation>
        </message>
        <message>
            <source>Serbian</source>
            <comment>CallLanguage</comment>
            <extracomment>astra_desktop/core/hotline.py</extracomment>
            <translation>Serbian</translation>
        </message>
        <message>
            <source>English</source>
            <comment>CallLanguage</comment>
            <extracomment>astra_desktop/core/hotline.py</extracomment>
            <translation>English</translation>
        </message>
        <message>
            <source>Ukrainian</source>
            <comment>CallLanguage</comment>
            <extracomment>astra_desktop/core/hotline.py</extracomment>
            <translation>Ukrainian</translation>
        </message>
        <message>
            <source>Russian</source>
            <comment>CallLanguage</comment>
            <extracomment>astra_desktop/core/hotline.py</extracomment>
            <translation>Russian</translation>
        </message>
        <message>
            <source>Romanian</source>
            <comment>CallLanguage</comment>
            <extracomment>astra_desktop/core/hotline.py</extracomment>
            <translation>Romanian</translation>
        </message>
        <message>
            <source>Bulgarian</source>
            <comment>CallLanguage</comment>
            <extracomment>astra_desktop/core/hotline.py</extracomment>
            <translation>Bulgarian</translation>
        </message>
        <message>
            <source>Hungarian</source>
            <comment>CallLanguage</comment>
            <extracomment>astra_desktop/core/hotline.py</extracomment>
            <translation>Hungarian</translation>
        </message>
        <message>
            <source>Albanian</source>
            <comment>CallLanguage</comment>
            <extracomment>astra_desktop/core/hotline.py</extracomment>
            <translation>Albanian</translation>
        </message>
        <message>
            <source>Romani</source>
            <comment>CallLanguage</comment>
            <extracomment>astra_desktop/core/hotline.py</extracomment>
            <translation>Romani</translation>
        </message>
        <message>
            <source>Vietnamese</source>
            <comment>CallLanguage</comment>
            <extracomment>astra_desktop/core/hotline.py</extracomment>
            <translation>Vietnamese</translation>
        </message>
        <message>
            <source>Arabic</source>
            <comment>CallLanguage</comment>
            <extracomment>astra_desktop/core/hotline.py</extracomment>
            <translation>Arabic</translation>
        </message>
        <message>
            <source>Persian</source>
            <comment>CallLanguage</comment>
            <extracomment>astra_desktop/core/hotline.py</extracomment>
            <translation>Persian</translation>
        </message>
        <message>
            <source>German</source>
            <comment>CallLanguage</comment>
            <extracomment>astra_desktop/core/hotline.py</extracomment>
            <translation>German</translation>
        </message>
        <message>
            <source>Another language</source>
            <comment>CallLanguage</comment>
            <extracomment>astra_desktop/core/hotline.py</extracomment>
            <translation>Another language</translation>
        </message>
        <message>
            <source>Searching</source>
            <comment>SearchStatus</comment>
            <extracomment>astra_desktop/core/missing.py</extracomment>
            <translation>Searching</translation>
        </message>
        <message>
            <source>Paused</source>
            <comment>SearchStatus</comment>
            <extracomment>astra_desktop/core/missing.py</extracomment>
            <translation>Paused</translation>
        </message>
        <message>
            <source>Found safe</source>
            <comment>SearchStatus</comment>
            <extracomment>astra_desktop/core/missing.py</extracomment>
            <translation>Found safe</translation>
        </message>
        <message>
            <source>Found in exploitation</source>
            <comment>SearchStatus</comment>
            <extracomment>astra_desktop/core/missing.py</extracomment>
            <translation>Found in exploitation</translation>
        </message>
        <message>
            <source>Closed</source>
            <comment>SearchStatus</comment>
            <extracomment>astra_desktop/core/missing.py</extracomment>
            <translation>Closed</translation>
        </message>
        <message>
            <source>Not recorded</source>
            <comment>SearchOutcome</comment>
            <extracomment>astra_desktop/core/missing.py</extracomment>
            <translation>Not recorded</translation>
        </message>
        <message>
            <source>Found alive</source>
            <comment>SearchOutcome</comment>
            <extracomment>astra_desktop/core/missing.py</extracomment>
            <translation>Found alive</translation>
        </message>
        <message>
            <source>Found deceased</source>
            <comment>SearchOutcome</comment>
            <extracomment>astra_desktop/core/missing.py</extracomment>
            <translation>Found deceased</translation>
        </message>
        <message>
            <source>Found, does not want contact</source>
            <comment>SearchOutcome</comment>
            <extracomment>astra_desktop/core/missing.py</extracomment>
            <translation>Found, does not want contact</translation>
        </message>
        <message>
            <source>Still missing</source>
            <comment>SearchOutcome</comment>
            <extracomment>astra_desktop/core/missing.py</extracomment>
            <translation>Still missing</translation>
        </message>
        <message>
            <source>No answer yet</source>
            <comment>InquiryAnswer</comment>
            <extracomment>astra_desktop/core/missing.py</extracomment>
            <translation>No answer yet</translation>
        </message>
        <message>
            <source>No information</source>
            <comment>InquiryAnswer</comment>
            <extracomment>astra_desktop/core/missing.py</extracomment>
            <translation>No information</translation>
        </message>
        <message>
            <source>Has information</source>
            <comment>InquiryAnswer</comment>
            <extracomment>astra_desktop/core/missing.py</extracomment>
            <translation>Has information</translation>
        </message>
        <message>
            <source>Person found</source>
            <comment>InquiryAnswer</comment>
            <extracomment>astra_desktop/core/missing.py</extracomment>
            <translation>Person found</translation>
        </message>
        <message>
            <source>Cannot share information</source>
            <comment>InquiryAnswer</comment>
            <extracomment>astra_desktop/core/missing.py</extracomment>
            <translation>Cannot share information</translation>
        </message>
        <message>
            <source>Police report</source>
            <comment>ActionKind</comment>
            <extracomment>astra_desktop/core/missing.py</extracomment>
            <translation>Police report</translation>
        </message>
        <message>
            <source>Partner organisation</source>
            <comment>ActionKind</comment>
            <extracomment>astra_desktop/core/missing.py</extracomment>
            <translation>Partner organisation</translation>
        </message>
        <message>
            <source>Embassy / consulate</source>
            <comment>ActionKind</comment>
            <extracomment>astra_desktop/core/missing.py</extracomment>
            <translation>Embassy / consulate</translation>
        </message>
        <message>
            <source>Social welfare centre</source>
            <comment>ActionKind</comment>
            <extracomment>astra_desktop/core/missing.py</extracomment>
            <translation>Social welfare centre</translation>
        </message>
        <message>
            <source>Contact with the family</source>
            <comment>ActionKind</comment>
            <extracomment>astra_desktop/core/missing.py</extracomment>
            <translation>Contact with the family</translation>
        </message>
        <message>
            <source>Public appeal</source>
            <comment>ActionKind</comment>
            <extracomment>astra_desktop/core/missing.py</extracomment>
            <translation>Public appeal</translation>
        </message>
        <message>
            <source>Other</source>
            <comment>ActionKind</comment>
            <extracomment>astra_desktop/core/missing.py</extracomment>
            <translation>Other</translation>
        </message>
        <message>
            <source>Non-governmental organisation</source>
            <comment>PartnerKind</comment>
            <extracomment>astra_desktop/core/partners.py</extracomment>
            <translation>Non-governmental organisation</translation>
        </message>
        <message>
            <source>Shelter</source>
            <comment>PartnerKind</comment>
            <extracomment>astra_desktop/core/partners.py</extracomment>
            <translation>Shelter</translation>
        </message>
        <message>
            <source>Centre for social work or social protection</source>
            <comment>PartnerKind</comment>
            <extracomment>astra_desktop/core/partners.py</extracomment>
            <translation>Centre for social work or social protection</translation>
        </message>
        <message>
            <source>Police</source>
            <comment>PartnerKind</comment>
            <extracomment>astra_desktop/core/partners.py</extracomment>
            <translation>Police</translation>
        </message>
        <message>
            <source>Public prosecutor's office</source>
            <comment>PartnerKind</comment>
            <extracomment>astra_desktop/core/partners.py</extracomment>
            <translation>Public prosecutor's office</translation>
        </message>
        <message>
            <source>Court</source>
            <comment>PartnerKind</comment>
            <extracomment>astra_desktop/core/partners.py</extracomment>
            <translation>Court</translation>
        </message>
        <message>
            <source>Health institution</source>
            <comment>PartnerKind</comment>
            <extracomment>astra_desktop/core/partners.py</extracomment>
            <translation>Health institution</translation>
        </message>
        <message>
            <source>Embassy or consulate</source>
            <comment>PartnerKind</comment>
            <extracomment>astra_desktop/core/partners.py</extracomment>
            <translation>Embassy or consulate</translation>
        </message>
        <message>
            <source>International organisation</source>
            <comment>PartnerKind</comment>
            <extracomment>astra_desktop/core/partners.py</extracomment>
            <translation>International organisation</translation>
        </message>
        <message>
            <source>Legal aid provider</source>
            <comment>PartnerKind</comment>
            <extracomment>astra_desktop/core/partners.py</extracomment>
            <translation>Legal aid provider</translation>
        </message>
        <message>
            <source>Employment service</source>
            <comment>PartnerKind</comment>
            <extracomment>astra_desktop/core/partners.py</extracomment>
            <translation>Employment service</translation>
        </message>
        <message>
            <source>Other</source>
            <comment>PartnerKind</comment>
            <extracomment>astra_desktop/core/partners.py</extracomment>
            <translation>Other</translation>
        </message>
        <message>
            <source>Accommodation</source>
            <comment>PartnerService</comment>
            <extracomment>astra_desktop/core/partners.py</extracomment>
            <translation>Accommodation</translation>
        </message>
        <message>
            <source>Legal aid</source>
            <comment>PartnerService</comment>
            <extracomment>astra_desktop/core/partners.py</extracomment>
            <translation>Legal aid</translation>
        </message>
        <message>
            <source>Psychological support</source>
            <comment>PartnerService</comment>
            <extracomment>astra_desktop/core/partners.py</extracomment>
            <translation>Psychological support</translation>
        </message>
        <message>
            <source>Medical care</source>
            <comment>PartnerService</comment>
            <extracomment>astra_desktop/core/partners.py</extracomment>
            <translation>Medical care</translation>
        </message>
        <message>
            <source>Return home (repatriation)</source>
            <comment>PartnerService</comment>
            <extracomment>astra_desktop/core/partners.py</extracomment>
            <translation>Return home (repatriation)</translation>
        </message>
        <message>
            <source>Identity and travel documents</source>
            <comment>PartnerService</comment>
            <extracomment>astra_desktop/core/partners.py</extracomment>
            <translation>Identity and travel documents</translation>
        </message>
        <message>
            <source>Education and employment</source>
            <comment>PartnerService</comment>
            <extracomment>astra_desktop/core/partners.py</extracomment>
            <translation>Education and employment</translation>
        </message>
        <message>
            <source>Financial support</source>
            <comment>PartnerService</comment>
            <extracomment>astra_desktop/core/partners.py</extracomment>
            <translation>Financial support</translation>
        </message>
        <message>
            <source>Low</source>
            <comment>Level</comment>
            <extracomment>astra_desktop/core/risk.py</extracomment>
            <translation>Low</translation>
        </message>
        <message>
            <source>Medium</source>
            <comment>Level</comment>
            <extracomment>astra_desktop/core/risk.py</extracomment>
            <translation>Medium</translation>
        </message>
        <message>
            <source>High</source>
            <comment>Level</comment>
            <extracomment>astra_desktop/core/risk.py</extracomment>
            <translation>High</translation>
        </message>
        <message>
            <source>To do</source>
            <comment>ActionStatus</comment>
            <extracomment>astra_desktop/core/risk.py</extracomment>
            <translation>To do</translation>
        </message>
        <message>
            <source>Under way</source>
            <comment>ActionStatus</comment>
            <extracomment>astra_desktop/core/risk.py</extracomment>
            <translation>Under way</translation>
        </message>
        <message>
            <source>Done</source>
            <comment>ActionStatus</comment>
            <extracomment>astra_desktop/core/risk.py</extracomment>
            <translation>Done</translation>
        </message>
        <message>
            <source>Dropped</source>
            <comment>ActionStatus</comment>
            <extracomment>astra_desktop/core/risk.py</extracomment>
            <translation>Dropped</translation>
        </message>
        <message>
            <source>Testimony</source>
            <comment>RiskEventKind</comment>
            <extracomment>astra_desktop/core/risk.py</extracomment>
            <translation>Testimony</translation>
        </message>
        <message>
            <source>Suspect released</source>
            <comment>RiskEventKind</comment>
            <extracomment>astra_desktop/core/risk.py</extracomment>
            <translation>Suspect released</translation>
        </message>
        <message>
            <source>Other</source>
            <comment>RiskEventKind</comment>
            <extracomment>astra_desktop/core/risk.py</extracomment>
            <translation>Other</translation>
        </message>
    </context>
</TS>
