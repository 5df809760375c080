<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sr_Cyrl_RS">
    <context>
        <name>ServiceMessages</name>
        <message>
            <source>Item {n}</source>
            <extracomment>astra_desktop/core/claims.py</extracomment>
            <translation>Ставка {n}</translation>
        </message>
        <message>
            <source>Cost {n}</source>
            <extracomment>astra_desktop/core/claims.py</extracomment>
            <translation>Трошак {n}</translation>
        </message>
        <message>
            <source>The office file {name} was refused: {why}. Nothing from it was applied. Sync again later; if this stays, tell the administrator.</source>
            <extracomment>astra_desktop/core/team.py</extracomment>
            <translation>Датотека канцеларије {name} је одбијена: {why}. Ништа из ње није примењено. Поново покрените синхронизацију касније; ако се ово понови, обавестите администратора.</translation>
        </message>
        <message>
            <source>Wrong passphrase entered recently. Wait {seconds} s before the next try (the wait doubles with every wrong passphrase).</source>
            <extracomment>astra_desktop/errors.py</extracomment>
            <translation>Недавно је унета погрешна лозинка. Сачекајте {seconds} с пре следећег покушаја (време чекања се удвостручава после сваке погрешне лозинке).</translation>
        </message>
        <message>
            <source>Case code {code} is already in use. Choose another or leave it empty.</source>
            <extracomment>astra_desktop/errors.py</extracomment>
            <translation>Шифра случаја {code} је већ у употреби. Изаберите другу или оставите поље празно.</translation>
        </message>
        <message>
            <source>The disk is full: {what} could not be written. Nothing was changed; free some space and try again.</source>
            <extracomment>astra_desktop/errors.py</extracomment>
            <translation>Диск је пун: није било могуће уписати {what}. Ништа није промењено; ослободите мало простора и покушајте поново.</translation>
        </message>
        <message>
            <source>Nothing was imported: {problems} (and {more} more)</source>
            <extracomment>astra_desktop/errors.py</extracomment>
            <translation>Ништа није увезено: {problems} (и још {more})</translation>
        </message>
        <message>
            <source>Nothing was imported: {problems}</source>
            <extracomment>astra_desktop/errors.py</extracomment>
            <translation>Ништа није увезено: {problems}</translation>
        </message>
        <message>
            <source>{conflicts} (and {more} more) Choose another time, or save anyway if both really fit.</source>
            <extracomment>astra_desktop/services/appointments.py</extracomment>
            <translation>{conflicts} (и још {more}) Изаберите друго време или ипак сачувајте ако се оба термина заиста уклапају.</translation>
        </message>
        <message>
            <source>{conflicts} Choose another time, or save anyway if both really fit.</source>
            <extracomment>astra_desktop/services/appointments.py</extracomment>
            <translation>{conflicts} Изаберите друго време или ипак сачувајте ако се оба термина заиста уклапају.</translation>
        </message>
        <message>
            <source>{why}; nothing was written and the vault is unchanged.</source>
            <extracomment>astra_desktop/services/backups.py</extracomment>
            <translation>{why}; ништа није уписано и база је остала непромењена.</translation>
        </message>
        <message>
            <source>The backup was cancelled</source>
            <extracomment>astra_desktop/services/backups.py</extracomment>
            <translation>Прављење резервне копије је отказано</translation>
        </message>
        <message>
            <source>The backup could not be written to {folder}: the drive is full, does not take files this large (USB sticks formatted FAT32 take at most 4 GB per file), or failed. Nothing was written and the vault is unchanged; free some space or choose another drive, then try again.</source>
            <extracomment>astra_desktop/services/backups.py</extracomment>
            <translation>Резервна копија није могла да се упише у фасциклу {folder}: диск је пун, не прима овако велике фајлове (USB флеш форматиран као FAT32 прима највише 4 GB по фајлу) или је отказао. Ништа није уписано и база је остала непромењена; ослободите простор или изаберите други диск, па покушајте поново.</translation>
        </message>
        <message>
            <source>The copy made for the backup did not check out ({problems}). Nothing was written. Run `astra-desktop check` and tell the administrator.</source>
            <extracomment>astra_desktop/services/backups.py</extracomment>
            <translation>Копија направљена за резервну копију није прошла проверу ({problems}). Ништа није уписано. Покрените `astra-desktop check` и обавестите администратора.</translation>
        </message>
        <message>
            <source>line {line}: the line cannot be read as CSV ({exc})</source>
            <extracomment>astra_desktop/services/csv_import.py</extracomment>
            <translation>ред {line}: ред не може да се прочита као CSV ({exc})</translation>
        </message>
        <message>
            <source>line {line}: has {values} values but the header names {columns} columns (a missing or extra delimiter?)</source>
            <extracomment>astra_desktop/services/csv_import.py</extracomment>
            <translation>ред {line}: има {values} вредности, а заглавље наводи {columns} колона (недостаје неки знак за раздвајање или их има превише?)</translation>
        </message>
        <message>
            <source>line {line}: {problem}</source>
            <extracomment>astra_desktop/services/csv_import.py</extracomment>
            <translation>ред {line}: {problem}</translation>
        </message>
        <message>
            <source>line {line}: {problem} (column {column})</source>
            <extracomment>astra_desktop/services/csv_import.py</extracomment>
            <translation>ред {line}: {problem} (колона {column})</translation>
        </message>
        <message>
            <source>line {line}: “{code}” is not a case code; they look like AST-2026-0042 (leave the cell empty to get the next free one)</source>
            <extracomment>astra_desktop/services/csv_import.py</extracomment>
            <translation>ред {line}: „{code}” није шифра случаја; шифре изгледају као AST-2026-0042 (оставите поље празно да бисте добили следећу слободну)</translation>
        </message>
        <message>
            <source>line {line}: case code {code} is also on line {other}</source>
            <extracomment>astra_desktop/services/csv_import.py</extracomment>
            <translation>ред {line}: шифра случаја {code} налази се и у реду {other}</translation>
        </message>
        <message>
            <source>line {line}: case code {code} is already in use in the vault</source>
            <extracomment>astra_desktop/services/csv_import.py</extracomment>
            <translation>ред {line}: шифра случаја {code} је већ у употреби у бази</translation>
        </message>
        <message>
            <source>The import was cancelled; nothing was added.</source>
            <extracomment>astra_desktop/services/documents.py</extracomment>
            <translation>Увоз је отказан; ништа није додато.</translation>
        </message>
        <message>
            <source>vault.keys: {exc}</source>
            <extracomment>astra_desktop/services/integrity.py</extracomment>
            <translation>vault.keys: {exc}</translation>
        </message>
        <message>
            <source>the search index is damaged (it can be rebuilt)</source>
            <extracomment>astra_desktop/services/integrity.py</extracomment>
            <translation>индекс претраге је оштећен (може се поново изградити)</translation>
        </message>
        <message>
            <source>{count} page(s) of vault.db fail their authentication check</source>
            <extracomment>astra_desktop/services/integrity.py</extracomment>
            <translation>број страница датотеке vault.db које не пролазе проверу аутентичности: {count}</translation>
        </message>
        <message>
            <source>the database structure is damaged: {detail}</source>
            <extracomment>astra_desktop/services/integrity.py</extracomment>
            <translation>структура базе података је оштећена: {detail}</translation>
        </message>
        <message>
            <source>{count} record(s) point to records that do not exist</source>
            <extracomment>astra_desktop/services/integrity.py</extracomment>
            <translation>број записа који упућују на непостојеће записе: {count}</translation>
        </message>
        <message>
            <source>Parts of vault.db do not match the rest ({detail}): the file has been damaged or pieced together from different copies. Do not work in this vault; restore your most recent backup and tell the administrator.</source>
            <extracomment>astra_desktop/services/integrity.py</extracomment>
            <translation>Делови фајла vault.db се не слажу са остатком ({detail}): фајл је оштећен или састављен од различитих копија. Не радите у овој бази; вратите најновију резервну копију и обавестите администратора.</translation>
        </message>
        <message>
            <source>tables {names}</source>
            <extracomment>astra_desktop/services/integrity.py</extracomment>
            <translation>табеле {names}</translation>
        </message>
        <message>
            <source>vault.db could not be read to the end ({detail}): it is damaged</source>
            <extracomment>astra_desktop/services/integrity.py</extracomment>
            <translation>датотека vault.db није могла да се прочита до краја ({detail}): оштећена је</translation>
        </message>
        <message>
            <source>document {doc_id} does not match the fingerprint taken at import</source>
            <extracomment>astra_desktop/services/integrity.py</extracomment>
            <translation>документ {doc_id} не одговара отиску узетом при увозу</translation>
        </message>
        <message>
            <source>The vault key cannot be rotated yet: the keys of {names} are still in the old format. Each of these users must log in once (or an administrator resets their passphrase; for the recovery key, open the vault with it once). Then rotate the vault key.</source>
            <extracomment>astra_desktop/services/rekey.py</extracomment>
            <translation>Кључ базе још не може да се промени: кључеви за {names} су још у старом формату. Свако од њих мора једном да се пријави (или администратор да му постави нову лозинку; за кључ за опоравак, једном отворите базу њиме). Затим промените кључ базе.</translation>
        </message>
        <message>
            <source>the recovery key</source>
            <extracomment>astra_desktop/services/rekey.py</extracomment>
            <translation>кључ за опоравак</translation>
        </message>
        <message>
            <source>The restore was cancelled; nothing was restored or replaced.</source>
            <extracomment>astra_desktop/services/restore.py</extracomment>
            <translation>Враћање из резервне копије је отказано; ништа није враћено ни замењено.</translation>
        </message>
        <message>
            <source>The vault in {folder} is {current}, but this backup is of another vault: {backup}. Nothing was replaced. Check that this is the right backup and the right folder.</source>
            <extracomment>astra_desktop/services/restore.py</extracomment>
            <translation>Шифрована база у фолдеру {folder} је {current}, а ова резервна копија је копија друге базе: {backup}. Ништа није замењено. Проверите да ли су ово права резервна копија и прави фолдер.</translation>
        </message>
        <message>
            <source>its database copy is unreadable ({exc})</source>
            <extracomment>astra_desktop/services/restore.py</extracomment>
            <translation>копија базе не може да се прочита ({exc})</translation>
        </message>
        <message>
            <source>The user name or passphrase is not right for the vault in {name}: give an account that existed when the backup was made, or use the recovery key.</source>
            <extracomment>astra_desktop/services/restore.py</extracomment>
            <translation>Корисничко име или лозинка не одговарају бази из фајла {name}: наведите налог који је постојао када је резервна копија направљена или употребите кључ за опоравак.</translation>
        </message>
        <message>
            <source>a vault (id {id})</source>
            <extracomment>astra_desktop/services/restore.py</extracomment>
            <translation>шифрована база (ID {id})</translation>
        </message>
        <message>
            <source>“{organisation}” (id {id}, made {made})</source>
            <extracomment>astra_desktop/services/restore.py</extracomment>
            <translation>„{organisation}“ (ID {id}, направљена {made})</translation>
        </message>
        <message>
            <source>a vault (id {id}, made {made})</source>
            <extracomment>astra_desktop/services/restore.py</extracomment>
            <translation>шифрована база (ID {id}, направљена {made})</translation>
        </message>
        <message>
            <source>{vault}, backup made {when}</source>
            <extracomment>astra_desktop/services/restore.py</extracomment>
            <translation>{vault}, резервна копија направљена {when}</translation>
        </message>
        <message>
            <source>the restored records differ from the backup's</source>
            <extracomment>astra_desktop/services/restore.py</extracomment>
            <translation>враћени записи се разликују од записа у резервној копији</translation>
        </message>
        <message>
            <source>vault.db is missing from the vault folder</source>
            <extracomment>astra_desktop/services/session.py</extracomment>
            <translation>vault.db недостаје у фасцикли базе</translation>
        </message>
        <message>
            <source>vault.db is cut short ({size} bytes)</source>
            <extracomment>astra_desktop/services/session.py</extracomment>
            <translation>vault.db је скраћен ({size} бајтова)</translation>
        </message>
        <message>
            <source>The vault file (vault.db) is damaged or is not an ASTRA vault: {detail}. Nothing was changed. Restore the vault from your most recent backup and tell the administrator.</source>
            <extracomment>astra_desktop/services/splice_check.py</extracomment>
            <translation>Фајл базе (vault.db) је оштећен или није ASTRA база: {detail}. Ништа није промењено. Вратите базу из најновије резервне копије и обавестите администратора.</translation>
        </message>
        <message>
            <source>this account does not hold the audit key, so the trail cannot be verified</source>
            <extracomment>astra_desktop/storage/audit_keys.py</extracomment>
            <translation>овај налог нема кључ евиденције активности, па се евиденција не може проверити</translation>
        </message>
        <message>
            <source>the audit key chain has been removed from the vault</source>
            <extracomment>astra_desktop/storage/audit_keys.py</extracomment>
            <translation>ланац кључева евиденције активности уклоњен је из трезора</translation>
        </message>
        <message>
            <source>audit entries before {seq}, where the protected trail starts, were altered</source>
            <extracomment>astra_desktop/storage/audit_keys.py</extracomment>
            <translation>ставке евиденције активности пре ставке {seq}, од које почиње заштићена евиденција, измењене су</translation>
        </message>
        <message>
            <source>audit entries from {seq} on do not match the audit key</source>
            <extracomment>astra_desktop/storage/audit_keys.py</extracomment>
            <translation>ставке евиденције активности од {seq} надаље не одговарају кључу евиденције</translation>
        </message>
        <message>
            <source>audit entry {seq} has been altered, removed or moved</source>
            <extracomment>astra_desktop/storage/audit_keys.py</extracomment>
            <translation>ставка евиденције активности {seq} је измењена, уклоњена или премештена</translation>
        </message>
        <message>
            <source>audit entries {first}–{last} have been removed from the end</source>
            <extracomment>astra_desktop/storage/audit_keys.py</extracomment>
            <translation>ставке евиденције активности {first}–{last} уклоњене су са краја</translation>
        </message>
        <message>
            <source>{name} is not an ASTRA {what} (or it is cut short at its very start). Nothing was used from it. Choose the right file.</source>
            <extracomment>astra_desktop/storage/backup_format.py</extracomment>
            <translation>{name} није ASTRA фајл ове врсте ({what}) или је скраћен већ на самом почетку. Ништа из њега није коришћено. Изаберите одговарајући фајл.</translation>
        </message>
        <message>
            <source>The {what} {name} is damaged or has been changed ({detail}). Nothing was used from it and nothing was changed. Use another copy, and tell the administrator.</source>
            <extracomment>astra_desktop/storage/backup_format.py</extracomment>
            <translation>Фајл {name} ({what}) је оштећен или измењен ({detail}). Ништа из њега није коришћено и ништа није промењено. Употребите другу копију и обавестите администратора.</translation>
        </message>
        <message>
            <source>That passphrase does not open the {what} {name}. Nothing was used from it. Check Caps Lock and the keyboard language, then try again.</source>
            <extracomment>astra_desktop/storage/backup_format.py</extracomment>
            <translation>Ова лозинка не отвара фајл {name} ({what}). Ништа из њега није коришћено. Проверите Caps Lock и језик тастатуре, па покушајте поново.</translation>
        </message>
        <message>
            <source>That recovery key does not open the {what} {name}. Nothing was used from it. Type the key exactly as printed on the emergency sheet of the vault it was made from.</source>
            <extracomment>astra_desktop/storage/backup_format.py</extracomment>
            <translation>Овај кључ за опоравак не отвара фајл {name} ({what}). Ништа из њега није коришћено. Упишите кључ тачно како је одштампан на листу за хитне случајеве базе из које је фајл направљен.</translation>
        </message>
        <message>
            <source>{pages} damaged page(s)</source>
            <extracomment>astra_desktop/storage/database.py</extracomment>
            <translation>број оштећених страница: {pages}</translation>
        </message>
        <message>
            <source>records do not add up in {tables}</source>
            <extracomment>astra_desktop/storage/db_copy.py</extracomment>
            <translation>записи се не слажу у: {tables}</translation>
        </message>
        <message>
            <source>the copy's structure is damaged: {detail}</source>
            <extracomment>astra_desktop/storage/db_copy.py</extracomment>
            <translation>структура копије је оштећена: {detail}</translation>
        </message>
        <message>
            <source>its records differ from the vault it was made from</source>
            <extracomment>astra_desktop/storage/db_copy.py</extracomment>
            <translation>записи се разликују од записа у бази из које је направљена</translation>
        </message>
        <message>
            <source>its audit trail differs from the vault's</source>
            <extracomment>astra_desktop/storage/db_copy.py</extracomment>
            <translation>евиденција активности се разликује од оне у бази</translation>
        </message>
        <message>
            <source>its data format differs from the vault's</source>
            <extracomment>astra_desktop/storage/db_copy.py</extracomment>
            <translation>формат података се разликује од оног у бази</translation>
        </message>
        <message>
            <source>its record counts differ from the vault's</source>
            <extracomment>astra_desktop/storage/db_copy.py</extracomment>
            <translation>број записа се разликује од оног у бази</translation>
        </message>
        <message>
            <source>{count} page(s) fail their authentication check</source>
            <extracomment>astra_desktop/storage/db_copy.py</extracomment>
            <translation>број страница које не пролазе проверу аутентичности: {count}</translation>
        </message>
        <message>
            <source>it could not be read to the end ({exc})</source>
            <extracomment>astra_desktop/storage/db_copy.py</extracomment>
            <translation>није могла да се прочита до краја ({exc})</translation>
        </message>
        <message>
            <source>tables {tables}</source>
            <extracomment>astra_desktop/storage/freshness.py</extracomment>
            <translation>табеле {tables}</translation>
        </message>
        <message>
            <source>audit trail</source>
            <extracomment>astra_desktop/storage/freshness.py</extracomment>
            <translation>евиденција активности</translation>
        </message>
        <message>
            <source>record totals</source>
            <extracomment>astra_desktop/storage/freshness.py</extracomment>
            <translation>укупан број записа</translation>
        </message>
        <message>
            <source>The period ends before it starts. Choose an end date on or after the start date.</source>
            <extracomment>astra_desktop/core/annual.py</extracomment>
            <translation>Период се завршава пре него што почиње. Изаберите датум завршетка који није пре датума почетка.</translation>
        </message>
        <message>
            <source>The appointment ends before it starts. Check the times.</source>
            <extracomment>astra_desktop/core/appointments.py</extracomment>
            <translation>Термин се завршава пре него што почиње. Проверите време.</translation>
        </message>
        <message>
            <source>An appointment can last at most one day. Make a recurring one instead.</source>
            <extracomment>astra_desktop/core/appointments.py</extracomment>
            <translation>Термин може да траје највише један дан. Уместо тога направите термин који се понавља.</translation>
        </message>
        <message>
            <source>The date looks wrong: check the year.</source>
            <extracomment>astra_desktop/core/appointments.py</extracomment>
            <translation>Датум изгледа погрешно: проверите годину.</translation>
        </message>
        <message>
            <source>Reminders can be from one minute to 60 days ahead.</source>
            <extracomment>astra_desktop/core/appointments.py</extracomment>
            <translation>Подсетник може бити од једног минута до 60 дана унапред.</translation>
        </message>
        <message>
            <source>Say briefly what happened, or why it was postponed.</source>
            <extracomment>astra_desktop/core/appointments.py</extracomment>
            <translation>Укратко наведите шта се догодило или зашто је термин одложен.</translation>
        </message>
        <message>
            <source>“{text}” is not a date. Write it as dd.mm.yyyy, e.g. 30.06.2023.</source>
            <extracomment>astra_desktop/core/claims.py</extracomment>
            <translation>„{text}“ није датум. Упишите га као дд.мм.гггг, нпр. 30.06.2023.</translation>
        </message>
        <message>
            <source>{where}: the amount must be more than zero. Leave it empty if it is to be specified later.</source>
            <extracomment>astra_desktop/core/claims.py</extracomment>
            <translation>{where}: износ мора бити већи од нуле. Оставите га празно ако ће бити опредељен накнадно.</translation>
        </message>
        <message>
            <source>{where}: interest cannot run from {day:%d.%m.%Y}, a day still to come. Leave the date empty for interest from the day of the judgment.</source>
            <extracomment>astra_desktop/core/claims.py</extracomment>
            <translation>{where}: камата не може тећи од {day:%d.%m.%Y}, дана који тек долази. Оставите датум празан за камату од дана пресуђења.</translation>
        </message>
        <message>
            <source>{where}: {day:%d.%m.%Y} is too long ago; check the year.</source>
            <extracomment>astra_desktop/core/claims.py</extracomment>
            <translation>{where}: {day:%d.%m.%Y} је сувише давно; проверите годину.</translation>
        </message>
        <message>
            <source>Item {n}: choose a head of damage.</source>
            <extracomment>astra_desktop/core/claims.py</extracomment>
            <translation>Ставка {n}: изаберите врсту штете.</translation>
        </message>
        <message>
            <source>Cost {n}: choose what the cost is for.</source>
            <extracomment>astra_desktop/core/claims.py</extracomment>
            <translation>Трошак {n}: изаберите на шта се трошак односи.</translation>
        </message>
        <message>
            <source>a case not assigned to you</source>
            <extracomment>astra_desktop/core/conflicts.py</extracomment>
            <translation>случај који вам није додељен</translation>
        </message>
        <message>
            <source>a worker</source>
            <extracomment>astra_desktop/core/conflicts.py</extracomment>
            <translation>један од водитеља/ки случаја</translation>
        </message>
        <message>
            <source>{name} already has an appointment at {starts:%d.%m.%Y %H:%M}–{ends:%H:%M} ({where}).</source>
            <extracomment>astra_desktop/core/conflicts.py</extracomment>
            <translation>{name} већ има термин {starts:%d.%m.%Y %H:%M}–{ends:%H:%M} ({where}).</translation>
        </message>
        <message>
            <source>The client already has an appointment at {starts:%d.%m.%Y %H:%M}–{ends:%H:%M} ({where}).</source>
            <extracomment>astra_desktop/core/conflicts.py</extracomment>
            <translation>Клијент/киња већ има термин {starts:%d.%m.%Y %H:%M}–{ends:%H:%M} ({where}).</translation>
        </message>
        <message>
            <source>Give the article of the Criminal Code, e.g. 388.</source>
            <extracomment>astra_desktop/core/court.py</extracomment>
            <translation>Наведите члан Кривичног законика, нпр. 388.</translation>
        </message>
        <message>
            <source>A re-qualification cannot be dated before the charge it replaces ({day:%d.%m.%Y}).</source>
            <extracomment>astra_desktop/core/court.py</extracomment>
            <translation>Преквалификација не може имати ранији датум од квалификације коју замењује ({day:%d.%m.%Y}).</translation>
        </message>
        <message>
            <source>There is no document “{kind}”. Choose one of: {kinds}.</source>
            <extracomment>astra_desktop/core/court_documents.py</extracomment>
            <translation>Не постоји документ „{kind}”. Изаберите један од ових: {kinds}.</translation>
        </message>
        <message>
            <source>Documents are made in {langs}, not “{lang}”.</source>
            <extracomment>astra_desktop/core/court_documents.py</extracomment>
            <translation>Документи се праве на језицима {langs}, а не на „{lang}”.</translation>
        </message>
        <message>
            <source>“{text}” is not an amount. Write it as 1.234,56.</source>
            <extracomment>astra_desktop/core/court_documents.py</extracomment>
            <translation>„{text}” није износ. Упишите га као 1.234,56.</translation>
        </message>
        <message>
            <source>{text} dinars is more than any claim: check the amount.</source>
            <extracomment>astra_desktop/core/court_documents.py</extracomment>
            <translation>Износ од {text} динара је већи од сваког могућег захтева: проверите износ.</translation>
        </message>
        <message>
            <source>The client already has the status of a particularly vulnerable witness in this proceeding: the request is not needed.</source>
            <extracomment>astra_desktop/core/court_documents.py</extracomment>
            <translation>Статус посебно осетљивог сведока је у овом поступку већ додељен: захтев није потребан.</translation>
        </message>
        <message>
            <source>The proceeding has ended: a request for the status can no longer be decided in it.</source>
            <extracomment>astra_desktop/core/court_documents.py</extracomment>
            <translation>Поступак је окончан: о захтеву за доделу статуса у њему се више не може одлучити.</translation>
        </message>
        <message>
            <source>A plea agreement is recorded in this proceeding: check that the client will still be examined before asking for the status.</source>
            <extracomment>astra_desktop/core/court_documents.py</extracomment>
            <translation>У овом поступку је евидентиран споразум о признању кривичног дела: пре подношења захтева проверите да ли ће клијенткиња/клијент уопште бити испитан/а.</translation>
        </message>
        <message>
            <source>The court referred the property claim to civil proceedings: the claim now belongs in a civil suit, not in this proceeding.</source>
            <extracomment>astra_desktop/core/court_documents.py</extracomment>
            <translation>Суд је оштећеног упутио да имовинскоправни захтев остварује у парници: захтев сада припада тужби у парничном поступку, а не овом поступку.</translation>
        </message>
        <message>
            <source>The property claim has already been decided in this proceeding.</source>
            <extracomment>astra_desktop/core/court_documents.py</extracomment>
            <translation>О имовинскоправном захтеву је у овом поступку већ одлучено.</translation>
        </message>
        <message>
            <source>The trial at first instance has ended: a property claim is filed in the criminal proceeding before it ends.</source>
            <extracomment>astra_desktop/core/court_documents.py</extracomment>
            <translation>Главни претрес пред првостепеним судом је окончан: имовинскоправни захтев се у кривичном поступку подноси пре његовог окончања.</translation>
        </message>
        <message>
            <source>The deadline rules in {source} cannot be read: {exc}.</source>
            <extracomment>astra_desktop/core/deadlines.py</extracomment>
            <translation>Правила о роковима из {source} не могу да се прочитају: {exc}.</translation>
        </message>
        <message>
            <source>Deadline rule “{rule_id}” in {source} is not valid: unknown fact(s) {unknown}. Known facts: {known}.</source>
            <extracomment>astra_desktop/core/deadlines.py</extracomment>
            <translation>Правило о року „{rule_id}” из {source} није исправно: непознате чињенице {unknown}. Познате чињенице: {known}.</translation>
        </message>
        <message>
            <source>Deadline rule “{rule_id}” in {source} is not valid. Known facts: {known}.</source>
            <extracomment>astra_desktop/core/deadlines.py</extracomment>
            <translation>Правило о року „{rule_id}” из {source} није исправно. Познате чињенице: {known}.</translation>
        </message>
        <message>
            <source>Deadline rule “{rule_id}”: severity must be warning or info.</source>
            <extracomment>astra_desktop/core/deadlines.py</extracomment>
            <translation>Правило о року „{rule_id}”: озбиљност мора бити „warning” или „info”.</translation>
        </message>
        <message>
            <source>The call's date and time lie in the future or look wrong: check them.</source>
            <extracomment>astra_desktop/core/hotline.py</extracomment>
            <translation>Датум и време позива су у будућности или изгледају погрешно: проверите их.</translation>
        </message>
        <message>
            <source>The duration is in minutes, from 0 to {most}.</source>
            <extracomment>astra_desktop/core/hotline.py</extracomment>
            <translation>Трајање се уписује у минутима, од 0 до {most}.</translation>
        </message>
        <message>
            <source>The note is longer than {limit} characters. Keep the essentials here; the full story belongs in a case file.</source>
            <extracomment>astra_desktop/core/hotline.py</extracomment>
            <translation>Белешка има више од {limit} знакова. Овде задржите оно најважније; цела прича иде у досије случаја.</translation>
        </message>
        <message>
            <source>The follow-up cannot be due before the call. Check the date.</source>
            <extracomment>astra_desktop/core/hotline.py</extracomment>
            <translation>Рок за даље поступање не може бити пре позива. Проверите датум.</translation>
        </message>
        <message>
            <source>This entry is too long: at most {limit} characters.</source>
            <extracomment>astra_desktop/core/hotline.py</extracomment>
            <translation>Унос је предугачак: највише {limit} знакова.</translation>
        </message>
        <message>
            <source>The age is in years, from 0 to {oldest}.</source>
            <extracomment>astra_desktop/core/hotline.py</extracomment>
            <translation>Старост се уноси у годинама, од 0 до {oldest}.</translation>
        </message>
        <message>
            <source>Choose the age band from the list.</source>
            <extracomment>astra_desktop/core/hotline.py</extracomment>
            <translation>Изаберите старосну групу са листе.</translation>
        </message>
        <message>
            <source>Say who is sought: a name, or a description if the name is not known.</source>
            <extracomment>astra_desktop/core/missing.py</extracomment>
            <translation>Наведите која се особа тражи: име или опис, ако име није познато.</translation>
        </message>
        <message>
            <source>The day last seen lies in the future.</source>
            <extracomment>astra_desktop/core/missing.py</extracomment>
            <translation>Дан када је особа последњи пут виђена је у будућности.</translation>
        </message>
        <message>
            <source>A search cannot be opened on a future date.</source>
            <extracomment>astra_desktop/core/missing.py</extracomment>
            <translation>Потрага не може бити отворена са будућим датумом.</translation>
        </message>
        <message>
            <source>The day last seen looks wrong: check the year.</source>
            <extracomment>astra_desktop/core/missing.py</extracomment>
            <translation>Дан када је особа последњи пут виђена изгледа погрешно: проверите годину.</translation>
        </message>
        <message>
            <source>The day of the police report lies in the future.</source>
            <extracomment>astra_desktop/core/missing.py</extracomment>
            <translation>Дан полицијске пријаве је у будућности.</translation>
        </message>
        <message>
            <source>This outcome does not go with the status: choose another.</source>
            <extracomment>astra_desktop/core/missing.py</extracomment>
            <translation>Овај исход не одговара статусу: изаберите други.</translation>
        </message>
        <message>
            <source>The search already has this status.</source>
            <extracomment>astra_desktop/core/missing.py</extracomment>
            <translation>Потрага већ има овај статус.</translation>
        </message>
        <message>
            <source>Say why the status changes (for example: found through the embassy).</source>
            <extracomment>astra_desktop/core/missing.py</extracomment>
            <translation>Наведите зашто се статус мења (на пример: пронађена преко амбасаде).</translation>
        </message>
        <message>
            <source>Choose the partner from the list, or type the organisation's name.</source>
            <extracomment>astra_desktop/core/missing.py</extracomment>
            <translation>Изаберите партнера са листе или упишите назив организације.</translation>
        </message>
        <message>
            <source>A partner cannot be asked on a future day.</source>
            <extracomment>astra_desktop/core/missing.py</extracomment>
            <translation>Упит партнеру не може бити послат у будућности.</translation>
        </message>
        <message>
            <source>Give the day the partner answered.</source>
            <extracomment>astra_desktop/core/missing.py</extracomment>
            <translation>Унесите дан када је партнер одговорио.</translation>
        </message>
        <message>
            <source>Choose what the partner answered.</source>
            <extracomment>astra_desktop/core/missing.py</extracomment>
            <translation>Изаберите шта је партнер одговорио.</translation>
        </message>
        <message>
            <source>The answer's day lies in the future or before the partner was asked.</source>
            <extracomment>astra_desktop/core/missing.py</extracomment>
            <translation>Дан одговора је у будућности или пре него што је партнеру упућен упит.</translation>
        </message>
        <message>
            <source>Give the day the action was taken, or the day it is due.</source>
            <extracomment>astra_desktop/core/missing.py</extracomment>
            <translation>Наведите дан када је радња предузета или рок до када треба да се предузме.</translation>
        </message>
        <message>
            <source>An action cannot be done on a future day. Give it a due date instead.</source>
            <extracomment>astra_desktop/core/missing.py</extracomment>
            <translation>Радња не може бити предузета у будућности. Уместо тога јој одредите рок.</translation>
        </message>
        <message>
            <source>Say what was done.</source>
            <extracomment>astra_desktop/core/missing.py</extracomment>
            <translation>Наведите шта је урађено.</translation>
        </message>
        <message>
            <source>Enter the partner's name (the organisation or institution).</source>
            <extracomment>astra_desktop/core/partners.py</extracomment>
            <translation>Унесите назив партнера (организације или установе).</translation>
        </message>
        <message>
            <source>Choose what kind of organisation or institution the partner is.</source>
            <extracomment>astra_desktop/core/partners.py</extracomment>
            <translation>Изаберите врсту организације или установе.</translation>
        </message>
        <message>
            <source>Choose what the partner provides from the list.</source>
            <extracomment>astra_desktop/core/partners.py</extracomment>
            <translation>Са списка изаберите шта партнер пружа.</translation>
        </message>
        <message>
            <source>Check the phone number: use digits, spaces and + - / ( ) only, e.g. +381 11 123 4567; separate several numbers with commas.</source>
            <extracomment>astra_desktop/core/partners.py</extracomment>
            <translation>Проверите број телефона: користите само цифре, размаке и + - / ( ), нпр. +381 11 123 4567; више бројева одвојите зарезима.</translation>
        </message>
        <message>
            <source>Check the e-mail address: it should look like name@organisation.rs.</source>
            <extracomment>astra_desktop/core/partners.py</extracomment>
            <translation>Проверите адресу е-поште: треба да изгледа као ime@organizacija.rs.</translation>
        </message>
        <message>
            <source>Keep this under {most} characters.</source>
            <extracomment>astra_desktop/core/profiles.py</extracomment>
            <translation>Нека ово буде краће од {most} знакова.</translation>
        </message>
        <message>
            <source>The registration number has digits only.</source>
            <extracomment>astra_desktop/core/profiles.py</extracomment>
            <translation>Матични број садржи само цифре.</translation>
        </message>
        <message>
            <source>The tax number (PIB) has digits only.</source>
            <extracomment>astra_desktop/core/profiles.py</extracomment>
            <translation>PIB садржи само цифре.</translation>
        </message>
        <message>
            <source>Enter the lawyer's name.</source>
            <extracomment>astra_desktop/core/profiles.py</extracomment>
            <translation>Упишите име и презиме адвоката.</translation>
        </message>
        <message>
            <source>There is already a lawyer named {name}.</source>
            <extracomment>astra_desktop/core/profiles.py</extracomment>
            <translation>Адвокат {name} је већ уписан.</translation>
        </message>
        <message>
            <source>This date is in the future. Record it once it happened.</source>
            <extracomment>astra_desktop/core/profiles.py</extracomment>
            <translation>Овај датум је у будућности. Упишите га када се догађај одигра.</translation>
        </message>
        <message>
            <source>There is no lawyer “{wanted}” (known: {known}).</source>
            <extracomment>astra_desktop/core/profiles.py</extracomment>
            <translation>Не постоји адвокат „{wanted}“ (уписани: {known}).</translation>
        </message>
        <message>
            <source>Repeat every 1 to 52 days, weeks or months.</source>
            <extracomment>astra_desktop/core/recurrence.py</extracomment>
            <translation>Понављање може бити на сваких 1 до 52 дана, недеље или месеца.</translation>
        </message>
        <message>
            <source>Say how many times the appointment repeats, or until when.</source>
            <extracomment>astra_desktop/core/recurrence.py</extracomment>
            <translation>Наведите колико пута се термин понавља или до када.</translation>
        </message>
        <message>
            <source>A series can have from 1 to {most} appointments.</source>
            <extracomment>astra_desktop/core/recurrence.py</extracomment>
            <translation>Серија може имати од 1 до {most} термина.</translation>
        </message>
        <message>
            <source>“{text}” is not a repeat rule.</source>
            <extracomment>astra_desktop/core/recurrence.py</extracomment>
            <translation>„{text}” није правило понављања.</translation>
        </message>
        <message>
            <source>This would make more than {most} appointments. Choose an earlier end date.</source>
            <extracomment>astra_desktop/core/recurrence.py</extracomment>
            <translation>Тако би настало више од {most} термина. Изаберите ранији датум завршетка.</translation>
        </message>
        <message>
            <source>The risk instrument is not valid: {where}: {problem}.</source>
            <extracomment>astra_desktop/core/risk.py</extracomment>
            <translation>Инструмент за процену ризика није исправан: {where}: {problem}.</translation>
        </message>
        <message>
            <source>The risk instrument is not valid: {key}: {exc}.</source>
            <extracomment>astra_desktop/core/risk.py</extracomment>
            <translation>Инструмент за процену ризика није исправан: {key}: {exc}.</translation>
        </message>
        <message>
            <source>The risk instrument is not valid: grid row {sev}: unknown level “{key}”.</source>
            <extracomment>astra_desktop/core/risk.py</extracomment>
            <translation>Инструмент за процену ризика није исправан: ред табеле {sev}: непознат ниво „{key}”.</translation>
        </message>
        <message>
            <source>The risk instrument is not valid: reassess_days: {exc}.</source>
            <extracomment>astra_desktop/core/risk.py</extracomment>
            <translation>Инструмент за процену ризика није исправан: reassess_days: {exc}.</translation>
        </message>
        <message>
            <source>The risk instrument {name} could not be read: {exc}.</source>
            <extracomment>astra_desktop/core/risk.py</extracomment>
            <translation>Инструмент за процену ризика {name} није могао да се прочита: {exc}.</translation>
        </message>
        <message>
            <source>Lowering the risk level below the calculated one needs a written reason. Say why the risk is lower than the answers suggest.</source>
            <extracomment>astra_desktop/core/risk.py</extracomment>
            <translation>За ниво ризика нижи од израчунатог потребно је писмено образложење. Наведите зашто је ризик мањи него што одговори показују.</translation>
        </message>
        <message>
            <source>it is not an ASTRA office file or it is cut short</source>
            <extracomment>astra_desktop/core/team.py</extracomment>
            <translation>то није датотека канцеларије програма ASTRA или је скраћена</translation>
        </message>
        <message>
            <source>it is cut short</source>
            <extracomment>astra_desktop/core/team.py</extracomment>
            <translation>скраћена је</translation>
        </message>
        <message>
            <source>it is cut short or has bytes added</source>
            <extracomment>astra_desktop/core/team.py</extracomment>
            <translation>скраћена је или су јој додати бајтови</translation>
        </message>
        <message>
            <source>it was written by another version of ASTRA Desktop</source>
            <extracomment>astra_desktop/core/team.py</extracomment>
            <translation>написала ју је друга верзија програма ASTRA Desktop</translation>
        </message>
        <message>
            <source>its header is unreadable</source>
            <extracomment>astra_desktop/core/team.py</extracomment>
            <translation>заглавље не може да се прочита</translation>
        </message>
        <message>
            <source>its signature does not match the device that should have written it (the file is damaged or was altered)</source>
            <extracomment>astra_desktop/core/team.py</extracomment>
            <translation>њен потпис не одговара уређају који је требало да је напише (датотека је оштећена или измењена)</translation>
        </message>
        <message>
            <source>it belongs to another team</source>
            <extracomment>astra_desktop/core/team.py</extracomment>
            <translation>припада другом тиму</translation>
        </message>
        <message>
            <source>it is a copy of another file (replayed or renamed)</source>
            <extracomment>astra_desktop/core/team.py</extracomment>
            <translation>то је копија друге датотеке (поново подметнута или преименована)</translation>
        </message>
        <message>
            <source>it does not open with the team key (damaged or altered)</source>
            <extracomment>astra_desktop/core/team.py</extracomment>
            <translation>не отвара се кључем тима (оштећена је или измењена)</translation>
        </message>
        <message>
            <source>it does not open (damaged or altered)</source>
            <extracomment>astra_desktop/core/team.py</extracomment>
            <translation>не отвара се (оштећена је или измењена)</translation>
        </message>
        <message>
            <source>its contents are unreadable</source>
            <extracomment>astra_desktop/core/team.py</extracomment>
            <translation>садржај не може да се прочита</translation>
        </message>
        <message>
            <source>“{code}” is not a code. Record an injured party by a code such as OŠ-1 or the initials the court uses, in capitals — never by name.</source>
            <extracomment>astra_desktop/core/trials.py</extracomment>
            <translation>„{code}” није шифра. Оштећеног упишите шифром, нпр. ОШ-1, или иницијалима које суд користи, великим словима — никада именом.</translation>
        </message>
        <message>
            <source>Give the court or the court's case number.</source>
            <extracomment>astra_desktop/core/trials.py</extracomment>
            <translation>Упишите суд или број предмета суда.</translation>
        </message>
        <message>
            <source>Give the date of the judgment.</source>
            <extracomment>astra_desktop/core/trials.py</extracomment>
            <translation>Упишите датум пресуде.</translation>
        </message>
        <message>
            <source>The written judgment cannot be served before it was pronounced.</source>
            <extracomment>astra_desktop/core/trials.py</extracomment>
            <translation>Препис пресуде не може бити достављен пре него што је пресуда изречена.</translation>
        </message>
        <message>
            <source>An amount or a length cannot be negative.</source>
            <extracomment>astra_desktop/core/trials.py</extracomment>
            <translation>Износ или трајање не може бити негативан број.</translation>
        </message>
        <message>
            <source>Choose who caused the postponement.</source>
            <extracomment>astra_desktop/core/trials.py</extracomment>
            <translation>Изаберите због кога је рочиште одложено.</translation>
        </message>
        <message>
            <source>A number of witnesses cannot be negative.</source>
            <extracomment>astra_desktop/core/trials.py</extracomment>
            <translation>Број сведока не може бити негативан.</translation>
        </message>
        <message>
            <source>More witnesses testified than appeared.</source>
            <extracomment>astra_desktop/core/trials.py</extracomment>
            <translation>Уписано је више сведока који су сведочили него оних који су дошли.</translation>
        </message>
        <message>
            <source>“{text}” is not a valid date. Use dd.mm.yyyy, for example 05.03.2026.</source>
            <extracomment>astra_desktop/core/validation.py</extracomment>
            <translation>„{text}” није исправан датум. Упишите га као дд.мм.гггг, на пример 05.03.2026.</translation>
        </message>
        <message>
            <source>Enter a name or at least one alias.</source>
            <extracomment>astra_desktop/core/validation.py</extracomment>
            <translation>Упишите име или бар један надимак или друго име.</translation>
        </message>
        <message>
            <source>The date of birth is in the future.</source>
            <extracomment>astra_desktop/core/validation.py</extracomment>
            <translation>Датум рођења је у будућности.</translation>
        </message>
        <message>
            <source>The date of birth is before 1900.</source>
            <extracomment>astra_desktop/core/validation.py</extracomment>
            <translation>Датум рођења је пре 1900. године.</translation>
        </message>
        <message>
            <source>The estimated age must be between 0 and 120.</source>
            <extracomment>astra_desktop/core/validation.py</extracomment>
            <translation>Процењена старост мора бити између 0 и 120 година.</translation>
        </message>
        <message>
            <source>A personal number (JMBG) has 13 digits, for example 1705990715006. Leave the field empty if it is not known.</source>
            <extracomment>astra_desktop/core/validation.py</extracomment>
            <translation>JMBG има 13 цифара, на пример 1705990715006. Оставите поље празно ако није познат.</translation>
        </message>
        <message>
            <source>The case cannot be opened on a future date.</source>
            <extracomment>astra_desktop/core/validation.py</extracomment>
            <translation>Случај не може бити отворен са будућим датумом.</translation>
        </message>
        <message>
            <source>Say why the case is being closed.</source>
            <extracomment>astra_desktop/core/validation.py</extracomment>
            <translation>Наведите разлог затварања случаја.</translation>
        </message>
        <message>
            <source>A contact note cannot be dated in the future.</source>
            <extracomment>astra_desktop/core/validation.py</extracomment>
            <translation>Белешка о контакту не може имати будући датум.</translation>
        </message>
        <message>
            <source>This vault holds cases that are not demo data. Demo data goes only into a vault of its own: create one in another folder (--home DIR init) and add the demo data there.</source>
            <extracomment>astra_desktop/demo/vault.py</extracomment>
            <translation>У овој бази има случајева који нису демо подаци. Демо подаци иду само у посебну базу: направите је у другој фасцикли (`--home DIR init`) и тамо додајте демо податке.</translation>
        </message>
        <message>
            <source>The font file {filename} is missing from {folder}. Reinstall ASTRA Desktop.</source>
            <extracomment>astra_desktop/reports/fonts.py</extracomment>
            <translation>Фајл фонта {filename} недостаје у фасцикли {folder}. Поново инсталирајте ASTRA Desktop.</translation>
        </message>
        <message>
            <source>In the document templates, “{name}” must be text.</source>
            <extracomment>astra_desktop/reports/templates.py</extracomment>
            <translation>У шаблонима докумената „{name}” мора бити текст.</translation>
        </message>
        <message>
            <source>The document template {name} is missing from {folder}. Reinstall ASTRA Desktop, or restore the file.</source>
            <extracomment>astra_desktop/reports/templates.py</extracomment>
            <translation>Шаблон документа {name} недостаје у фасцикли {folder}. Поново инсталирајте ASTRA Desktop или вратите фајл.</translation>
        </message>
        <message>
            <source>The document template {name} cannot be read: {exc}.</source>
            <extracomment>astra_desktop/reports/templates.py</extracomment>
            <translation>Шаблон документа {name} не може да се прочита: {exc}.</translation>
        </message>
        <message>
            <source>The edited template cannot be read: {exc}. Nothing was saved.</source>
            <extracomment>astra_desktop/reports/templates.py</extracomment>
            <translation>Измењени шаблон не може да се прочита: {exc}. Ништа није сачувано.</translation>
        </message>
        <message>
            <source>The edited template has no text “{key}” ({more} more missing besides). Keep every key of the shipped text. Nothing was saved.</source>
            <extracomment>astra_desktop/reports/templates.py</extracomment>
            <translation>У измењеном шаблону нема текста „{key}“ (недостаје још {more}). Задржите сваки кључ испорученог текста. Ништа није сачувано.</translation>
        </message>
        <message>
            <source>The edited template has no text “{key}”. Keep every key of the shipped text. Nothing was saved.</source>
            <extracomment>astra_desktop/reports/templates.py</extracomment>
            <translation>У измењеном шаблону нема текста „{key}“. Задржите сваки кључ испорученог текста. Ништа није сачувано.</translation>
        </message>
        <message>
            <source>The edited template has a key the documents do not use: “{key}”. Change only the texts, not the keys. Nothing was saved.</source>
            <extracomment>astra_desktop/reports/templates.py</extracomment>
            <translation>Измењени шаблон има кључ који документи не користе: „{key}“. Мењајте само текстове, не кључеве. Ништа није сачувано.</translation>
        </message>
        <message>
            <source>In “{key}” a brace {{ or }} is not closed. Write placeholders as {{name}}. Nothing was saved.</source>
            <extracomment>astra_desktop/reports/templates.py</extracomment>
            <translation>У „{key}“ заграда {{ ili }} није затворена. Поља се пишу као {{naziv}}. Ништа није сачувано.</translation>
        </message>
        <message>
            <source>In “{key}” the placeholder {{{field}}} is not one the app fills (it fills: {filled}). Nothing was saved.</source>
            <extracomment>astra_desktop/reports/templates.py</extracomment>
            <translation>У „{key}“ поље {{{field}}} није оно које апликација попуњава (попуњава: {filled}). Ништа није сачувано.</translation>
        </message>
        <message>
            <source>In “{key}” the placeholder {{{field}}} is missing: keep {filled}. Nothing was saved.</source>
            <extracomment>astra_desktop/reports/templates.py</extracomment>
            <translation>У „{key}“ недостаје поље {{{field}}}: задржите {filled}. Ништа није сачувано.</translation>
        </message>
        <message>
            <source>The {lang} template of “{name}” has no text “{key}”. Add it to the template file.</source>
            <extracomment>astra_desktop/reports/templates.py</extracomment>
            <translation>Шаблон „{name}” на језику {lang} нема текст „{key}”. Додајте га у фајл шаблона.</translation>
        </message>
        <message>
            <source>The {lang} text “{key}” of “{name}” uses a placeholder the app does not fill ({exc}). Use only the placeholders the original text has.</source>
            <extracomment>astra_desktop/reports/templates.py</extracomment>
            <translation>Текст „{key}” шаблона „{name}” на језику {lang} користи ознаку коју апликација не попуњава ({exc}). Користите само ознаке које има изворни текст.</translation>
        </message>
        <message>
            <source>There are no document templates in “{lang}”.</source>
            <extracomment>astra_desktop/reports/templates.py</extracomment>
            <translation>Нема шаблона докумената на језику „{lang}”.</translation>
        </message>
        <message>
            <source>Expected {prompt} on line {line} of standard input, but it ended. See --help for the order of the lines.</source>
            <extracomment>astra_desktop/secret_input.py</extracomment>
            <translation>На стандардном улазу се у реду {line} очекивало следеће: {prompt}, али је улаз завршен. Редослед редова је описан у --help.</translation>
        </message>
        <message>
            <source>The case was not found, or it is not assigned to you.</source>
            <extracomment>astra_desktop/services/access.py</extracomment>
            <translation>Случај није пронађен или вам није додељен.</translation>
        </message>
        <message>
            <source>The client was not found, or none of their cases is assigned to you.</source>
            <extracomment>astra_desktop/services/access.py</extracomment>
            <translation>Клијент/киња није пронађен/а или вам ниједан његов/њен случај није додељен.</translation>
        </message>
        <message>
            <source>{path} is a folder: give the name of the file to write.</source>
            <extracomment>astra_desktop/services/annual_report.py</extracomment>
            <translation>{path} је фасцикла: наведите име фајла који треба уписати.</translation>
        </message>
        <message>
            <source>The folder {folder} does not exist. Choose a folder that exists.</source>
            <extracomment>astra_desktop/services/annual_report.py</extracomment>
            <translation>Фасцикла {folder} не постоји. Изаберите постојећу фасциклу.</translation>
        </message>
        <message>
            <source>The report is made in {langs}, not “{lang}”.</source>
            <extracomment>astra_desktop/services/annual_report.py</extracomment>
            <translation>Извештај се прави на језицима {langs}, а не на „{lang}”.</translation>
        </message>
        <message>
            <source>The report could not be written to {folder} ({why}). Nothing was written; choose a folder you may write to.</source>
            <extracomment>astra_desktop/services/annual_report.py</extracomment>
            <translation>Извештај није могао да се упише у фасциклу {folder} ({why}). Ништа није уписано; изаберите фасциклу у коју имате право уписа.</translation>
        </message>
        <message>
            <source>One of the chosen workers no longer has an account.</source>
            <extracomment>astra_desktop/services/appointments.py</extracomment>
            <translation>Један од изабраних запослених више нема налог.</translation>
        </message>
        <message>
            <source>The audit trail has been altered: {detail}. Someone who held the vault key changed the record of who did what. Nothing was changed now. Keep a copy of the whole vault folder as evidence and tell the organisation's management.</source>
            <extracomment>astra_desktop/services/audit_trail.py</extracomment>
            <translation>Евиденција активности је накнадно мењана: {detail}. Неко ко је имао кључ трезора изменио је запис о томе ко је шта радио. Овом приликом ништа није промењено. Сачувајте копију целе фасцикле трезора као доказ и обавестите руководство организације.</translation>
        </message>
        <message>
            <source>The folder {folder} does not exist. Choose an existing folder.</source>
            <extracomment>astra_desktop/services/backups.py</extracomment>
            <translation>Фасцикла {folder} не постоји. Изаберите постојећу фасциклу.</translation>
        </message>
        <message>
            <source>{name} already exists in {folder}. Choose another name.</source>
            <extracomment>astra_desktop/services/backups.py</extracomment>
            <translation>Фајл {name} већ постоји у фасцикли {folder}. Изаберите друго име.</translation>
        </message>
        <message>
            <source>{name} appeared in {folder} meanwhile. Try again.</source>
            <extracomment>astra_desktop/services/backups.py</extracomment>
            <translation>Фајл {name} се у међувремену појавио у фасцикли {folder}. Покушајте поново.</translation>
        </message>
        <message>
            <source>The backup stopped because the vault was locked</source>
            <extracomment>astra_desktop/services/backups.py</extracomment>
            <translation>Прављење резервне копије је прекинуто јер је база закључана</translation>
        </message>
        <message>
            <source>The backup could not be written to {folder} ({why}). Nothing was written and the vault is unchanged; choose a folder you may write to.</source>
            <extracomment>astra_desktop/services/backups.py</extracomment>
            <translation>Резервна копија није могла да се упише у фасциклу {folder} ({why}). Ништа није уписано и база је остала непромењена; изаберите фасциклу у коју смете да уписујете.</translation>
        </message>
        <message>
            <source>The backup file read back from the drive does not match what was written: the drive may be failing. Nothing was kept; try another drive.</source>
            <extracomment>astra_desktop/services/backups.py</extracomment>
            <translation>Резервна копија прочитана са диска не одговара ономе што је уписано: диск је можда у квару. Ништа није сачувано; покушајте са другим диском.</translation>
        </message>
        <message>
            <source>The note is empty. Write what happened.</source>
            <extracomment>astra_desktop/services/case_records.py</extracomment>
            <translation>Белешка је празна. Упишите шта се догодило.</translation>
        </message>
        <message>
            <source>Say what the client consented to.</source>
            <extracomment>astra_desktop/services/case_records.py</extracomment>
            <translation>Наведите за шта је клијент/киња дао/ла сагласност.</translation>
        </message>
        <message>
            <source>Consent cannot be withdrawn before it was given.</source>
            <extracomment>astra_desktop/services/case_records.py</extracomment>
            <translation>Сагласност не може бити повучена пре него што је дата.</translation>
        </message>
        <message>
            <source>That proceeding does not belong to this case.</source>
            <extracomment>astra_desktop/services/claims.py</extracomment>
            <translation>Тај поступак не припада овом случају.</translation>
        </message>
        <message>
            <source>The claim's items must be a list.</source>
            <extracomment>astra_desktop/services/claims.py</extracomment>
            <translation>Ставке имовинскоправног захтева морају бити наведене као списак.</translation>
        </message>
        <message>
            <source>Item {n} of the claim must name a kind and an amount.</source>
            <extracomment>astra_desktop/services/claims.py</extracomment>
            <translation>Ставка {n} имовинскоправног захтева мора имати врсту штете и износ.</translation>
        </message>
        <message>
            <source>Item {n}: “{kind}” is not a head of damage ({known}).</source>
            <extracomment>astra_desktop/services/claims.py</extracomment>
            <translation>Ставка {n}: „{kind}” није врста штете ({known}).</translation>
        </message>
        <message>
            <source>The claim of this case has no amounts yet, so no filing was made (it would print empty totals). Enter the amounts in the case's claim (Court tab, Compensation claim), or give them with --extra, or add --draft for a copy marked as a draft.</source>
            <extracomment>astra_desktop/services/claims.py</extracomment>
            <translation>Одштетни захтев овог случаја још нема износе, па поднесак није направљен (садржао би празне збирове). Упишите износе у одштетни захтев случаја (картица Суд, Одштетни захтев), или их наведите уз --extra, или додајте --draft за примерак означен као нацрт.</translation>
        </message>
        <message>
            <source>A case code looks like AST-2026-0042. Leave it empty to get the next one.</source>
            <extracomment>astra_desktop/services/clients.py</extracomment>
            <translation>Шифра случаја изгледа овако: AST-2026-0042. Оставите поље празно да добијете следећу.</translation>
        </message>
        <message>
            <source>There is no case {code}.</source>
            <extracomment>astra_desktop/services/clients.py</extracomment>
            <translation>Не постоји случај {code}.</translation>
        </message>
        <message>
            <source>“{wanted}” is not an addressee. Choose one of: {known}.</source>
            <extracomment>astra_desktop/services/court_data.py</extracomment>
            <translation>„{wanted}“ није прималац поднеска. Изаберите једно од: {known}.</translation>
        </message>
        <message>
            <source>Unknown protective measure: {exc}.</source>
            <extracomment>astra_desktop/services/court_data.py</extracomment>
            <translation>Непозната мера заштите: {exc}.</translation>
        </message>
        <message>
            <source>Choose at least one protective measure to ask for.</source>
            <extracomment>astra_desktop/services/court_data.py</extracomment>
            <translation>Изаберите бар једну меру заштите која се предлаже.</translation>
        </message>
        <message>
            <source>“{value}” is not a date. Write it as dd.mm.yyyy.</source>
            <extracomment>astra_desktop/services/court_data.py</extracomment>
            <translation>„{value}” није датум. Упишите га као дд.мм.гггг.</translation>
        </message>
        <message>
            <source>{problems} Nothing was written. Check the proceeding's record, or add --force to make the document anyway.</source>
            <extracomment>astra_desktop/services/court_documents.py</extracomment>
            <translation>{problems} Ништа није записано. Проверите податке о поступку или додајте --force да бисте ипак направили документ.</translation>
        </message>
        <message>
            <source>{name} could not be read: {error}.</source>
            <extracomment>astra_desktop/services/court_documents.py</extracomment>
            <translation>Фајл {name} не може да се прочита: {error}.</translation>
        </message>
        <message>
            <source>{name} is not valid JSON: {exc}.</source>
            <extracomment>astra_desktop/services/court_documents.py</extracomment>
            <translation>Фајл {name} није исправан JSON: {exc}.</translation>
        </message>
        <message>
            <source>{name} must hold one JSON object, e.g. {{"items": [...]}}.</source>
            <extracomment>astra_desktop/services/court_documents.py</extracomment>
            <translation>Фајл {name} мора да садржи један JSON објекат, нпр. {{"items": [...]}}.</translation>
        </message>
        <message>
            <source>{name} is {mb:.0f} MB; a CSV import takes at most {most} MB. Split the file and import the parts one by one.</source>
            <extracomment>astra_desktop/services/csv_import.py</extracomment>
            <translation>Фајл {name} има {mb:.0f} MB; CSV увоз прима највише {most} MB. Поделите фајл и увезите делове један по један.</translation>
        </message>
        <message>
            <source>There is no file {path}. Check the name and the folder.</source>
            <extracomment>astra_desktop/services/csv_import.py</extracomment>
            <translation>Не постоји фајл {path}. Проверите име и фасциклу.</translation>
        </message>
        <message>
            <source>{path} is a folder, not a CSV file.</source>
            <extracomment>astra_desktop/services/csv_import.py</extracomment>
            <translation>{path} је фасцикла, а не CSV фајл.</translation>
        </message>
        <message>
            <source>{name} is not UTF-8 text (line {line}). Save it again as “CSV UTF-8” (in LibreOffice: character set Unicode (UTF-8)) and import it again.</source>
            <extracomment>astra_desktop/services/csv_import.py</extracomment>
            <translation>Фајл {name} није текст у кодирању UTF-8 (ред {line}). Сачувајте га поново као „CSV UTF-8” (у програму LibreOffice: скуп знакова Unicode (UTF-8)) и поново га увезите.</translation>
        </message>
        <message>
            <source>{name} is empty: there is nothing to import.</source>
            <extracomment>astra_desktop/services/csv_import.py</extracomment>
            <translation>Фајл {name} је празан: нема шта да се увезе.</translation>
        </message>
        <message>
            <source>{name} has a header row but no rows to import.</source>
            <extracomment>astra_desktop/services/csv_import.py</extracomment>
            <translation>Фајл {name} има ред са заглављем, али нема редова за увоз.</translation>
        </message>
        <message>
            <source>{name} has {rows} rows; one import takes at most {most}. Split the file and import the parts one by one.</source>
            <extracomment>astra_desktop/services/csv_import.py</extracomment>
            <translation>Фајл {name} има {rows} редова; један увоз прима највише {most}. Поделите фајл и увезите делове један по један.</translation>
        </message>
        <message>
            <source>The column “{column}” appears twice in the header row.</source>
            <extracomment>astra_desktop/services/csv_import.py</extracomment>
            <translation>Колона „{column}” се два пута појављује у заглављу.</translation>
        </message>
        <message>
            <source>The header row (line 1) must name the columns; missing: {missing}. See “Demo data and CSV import” in the README for the column names.</source>
            <extracomment>astra_desktop/services/csv_import.py</extracomment>
            <translation>Заглавље (ред 1) мора да наведе колоне; недостају: {missing}. Називе колона потражите у одељку „Demo data and CSV import” у README-у.</translation>
        </message>
        <message>
            <source>“{text}” is not a whole number.</source>
            <extracomment>astra_desktop/services/csv_import.py</extracomment>
            <translation>„{text}” није цео број.</translation>
        </message>
        <message>
            <source>“{part}” is not a related person; write Name (relation), for example Milica Petrović (mother).</source>
            <extracomment>astra_desktop/services/csv_import.py</extracomment>
            <translation>„{part}” није повезано лице; напишите Име (сродство), на пример Милица Петровић (мајка).</translation>
        </message>
        <message>
            <source>“{part}” names more than one relation.</source>
            <extracomment>astra_desktop/services/csv_import.py</extracomment>
            <translation>„{part}” наводи више од једног сродства.</translation>
        </message>
        <message>
            <source>“{text}” is not a known {field}: use {allowed}.</source>
            <extracomment>astra_desktop/services/csv_import.py</extracomment>
            <translation>„{text}” није позната вредност поља {field}: употребите {allowed}.</translation>
        </message>
        <message>
            <source>There is no contact note {note_id} in this case.</source>
            <extracomment>astra_desktop/services/disclosure.py</extracomment>
            <translation>У овом случају не постоји белешка о контакту {note_id}.</translation>
        </message>
        <message>
            <source>There is no document {document} in this case.</source>
            <extracomment>astra_desktop/services/disclosure.py</extracomment>
            <translation>У овом случају не постоји документ {document}.</translation>
        </message>
        <message>
            <source>{name} is {gb:.1f} GB; the largest file the vault takes is 2 GB. Split or compress it, then import it again.</source>
            <extracomment>astra_desktop/services/documents.py</extracomment>
            <translation>Фајл {name} има {gb:.1f} GB; највећи фајл који база прима је 2 GB. Поделите га или компресујте, па га поново увезите.</translation>
        </message>
        <message>
            <source>Document {id} no longer matches the fingerprint taken at import. Restore it from a backup.</source>
            <extracomment>astra_desktop/services/documents.py</extracomment>
            <translation>Документ {id} више не одговара отиску узетом при увозу. Вратите га из резервне копије.</translation>
        </message>
        <message>
            <source>Say whether the hearing was held, postponed or missed.</source>
            <extracomment>astra_desktop/services/hearings.py</extracomment>
            <translation>Наведите да ли је рочиште одржано, одложено или пропуштено.</translation>
        </message>
        <message>
            <source>Say why the hearing was postponed.</source>
            <extracomment>astra_desktop/services/hearings.py</extracomment>
            <translation>Наведите зашто је рочиште одложено.</translation>
        </message>
        <message>
            <source>Someone who did not come cannot have testified.</source>
            <extracomment>astra_desktop/services/hearings.py</extracomment>
            <translation>Ко није дошао, није могао ни да сведочи.</translation>
        </message>
        <message>
            <source>The next hearing must come after this one.</source>
            <extracomment>astra_desktop/services/hearings.py</extracomment>
            <translation>Следеће рочиште мора бити после овог.</translation>
        </message>
        <message>
            <source>A defendant of another proceeding was given.</source>
            <extracomment>astra_desktop/services/hearings.py</extracomment>
            <translation>Наведен је окривљени из другог поступка.</translation>
        </message>
        <message>
            <source>The hearing and the proceedings belong to different cases.</source>
            <extracomment>astra_desktop/services/hearings.py</extracomment>
            <translation>Рочиште и поступак припадају различитим случајевима.</translation>
        </message>
        <message>
            <source>Only a court hearing can be linked to court proceedings.</source>
            <extracomment>astra_desktop/services/hearings.py</extracomment>
            <translation>Са судским поступком може се повезати само рочиште.</translation>
        </message>
        <message>
            <source>This hearing is already linked to proceedings.</source>
            <extracomment>astra_desktop/services/hearings.py</extracomment>
            <translation>Ово рочиште је већ повезано са поступком.</translation>
        </message>
        <message>
            <source>No follow-up was asked for on this call, so there is nothing to close.</source>
            <extracomment>astra_desktop/services/hotline.py</extracomment>
            <translation>За овај позив није тражено даље поступање, па нема шта да се затвори.</translation>
        </message>
        <message>
            <source>The call was not found: it may have been deleted.</source>
            <extracomment>astra_desktop/services/hotline.py</extracomment>
            <translation>Позив није пронађен: можда је обрисан.</translation>
        </message>
        <message>
            <source>This call already belongs to a case. Open that case to add to it, or log a new call.</source>
            <extracomment>astra_desktop/services/hotline.py</extracomment>
            <translation>Овај позив већ припада случају. Отворите тај случај да бисте га допунили или евидентирајте нови позив.</translation>
        </message>
        <message>
            <source>The call this search was opened from no longer exists.</source>
            <extracomment>astra_desktop/services/missing.py</extracomment>
            <translation>Позив из ког је ова потрага отворена више не постоји.</translation>
        </message>
        <message>
            <source>The search was not found: it may have been deleted.</source>
            <extracomment>astra_desktop/services/missing.py</extracomment>
            <translation>Потрага није пронађена: можда је обрисана.</translation>
        </message>
        <message>
            <source>The inquiry was not found: it may have been deleted.</source>
            <extracomment>astra_desktop/services/missing.py</extracomment>
            <translation>Упит није пронађен: можда је обрисан.</translation>
        </message>
        <message>
            <source>This search is already linked to another case.</source>
            <extracomment>astra_desktop/services/missing.py</extracomment>
            <translation>Ова потрага је већ повезана са другим случајем.</translation>
        </message>
        <message>
            <source>This search is already linked to a case.</source>
            <extracomment>astra_desktop/services/missing.py</extracomment>
            <translation>Ова потрага је већ повезана са случајем.</translation>
        </message>
        <message>
            <source>This partner is already in the registry (the same name in the same town). Open that entry instead, or tell the two apart in the name.</source>
            <extracomment>astra_desktop/services/partners.py</extracomment>
            <translation>Овај партнер је већ у регистру (исти назив у истом месту). Отворите постојећи унос или их разликујте по називу.</translation>
        </message>
        <message>
            <source>This record was changed by someone else after you opened it. Your changes were not saved; reopen the record to see the newer version, then make your change again.</source>
            <extracomment>astra_desktop/services/partners.py</extracomment>
            <translation>Овај запис је неко други изменио након што сте га отворили. Ваше измене нису сачуване; поново отворите запис да видите новију верзију, па поновите измену.</translation>
        </message>
        <message>
            <source>The partner chosen is not in this vault's registry (any more). Choose it again from the list, or type the organisation's name.</source>
            <extracomment>astra_desktop/services/partners.py</extracomment>
            <translation>Изабрани партнер (више) није у регистру ове шифроване базе. Изаберите га поново са листе или упишите назив организације.</translation>
        </message>
        <message>
            <source>Only an administrator can make a partner inactive or active again. Save your other changes without it, or ask an administrator.</source>
            <extracomment>astra_desktop/services/partners.py</extracomment>
            <translation>Само администратор може да деактивира партнера или да га поново активира. Сачувајте остале измене без тога или се обратите администратору.</translation>
        </message>
        <message>
            <source>The passphrase is too short: use at least {least} characters — several unrelated words work well.</source>
            <extracomment>astra_desktop/services/passphrases.py</extracomment>
            <translation>Лозинка је прекратка: употребите бар {least} знакова — најбоље је неколико неповезаних речи.</translation>
        </message>
        <message>
            <source>The passphrase is too weak ({hint}). Add more unrelated words.</source>
            <extracomment>astra_desktop/services/passphrases.py</extracomment>
            <translation>Лозинка је преслаба ({hint}). Додајте још неповезаних речи.</translation>
        </message>
        <message>
            <source>The proceeding was not found: it may have been deleted.</source>
            <extracomment>astra_desktop/services/proceedings.py</extracomment>
            <translation>Поступак није пронађен: можда је обрисан.</translation>
        </message>
        <message>
            <source>Choose the verdict before entering its date or sentence.</source>
            <extracomment>astra_desktop/services/proceedings.py</extracomment>
            <translation>Изаберите пресуду пре него што упишете њен датум или казну.</translation>
        </message>
        <message>
            <source>Enter the date of the verdict.</source>
            <extracomment>astra_desktop/services/proceedings.py</extracomment>
            <translation>Упишите датум пресуде.</translation>
        </message>
        <message>
            <source>The sentence is in months, from 0 to 540.</source>
            <extracomment>astra_desktop/services/proceedings.py</extracomment>
            <translation>Казна се уписује у месецима, од 0 до 540.</translation>
        </message>
        <message>
            <source>An amount cannot be negative.</source>
            <extracomment>astra_desktop/services/proceedings.py</extracomment>
            <translation>Износ не може бити негативан.</translation>
        </message>
        <message>
            <source>The plea agreement's date or terms are filled in: tick “A plea agreement was made”, or clear them.</source>
            <extracomment>astra_desktop/services/proceedings.py</extracomment>
            <translation>Уписани су датум или услови споразума о признању кривичног дела: означите „Закључен је споразум о признању кривичног дела“ или их обришите.</translation>
        </message>
        <message>
            <source>The paragraph and the sentence belong to a conviction: choose that verdict.</source>
            <extracomment>astra_desktop/services/proceedings.py</extracomment>
            <translation>Став и изречена казна уписују се уз осуђујућу пресуду: изаберите ту пресуду.</translation>
        </message>
        <message>
            <source>Record the verdict before the appeal against it.</source>
            <extracomment>astra_desktop/services/proceedings.py</extracomment>
            <translation>Упишите пресуду пре жалбе на њу.</translation>
        </message>
        <message>
            <source>“No appeal was lodged” cannot go with an appeal: choose one or the other.</source>
            <extracomment>astra_desktop/services/proceedings.py</extracomment>
            <translation>„Жалба није изјављена“ не може ићи уз изјављену жалбу: изаберите једно или друго.</translation>
        </message>
        <message>
            <source>Enter the defendant's name or initials.</source>
            <extracomment>astra_desktop/services/proceedings.py</extracomment>
            <translation>Упишите име или иницијале окривљеног.</translation>
        </message>
        <message>
            <source>That charge belongs to another proceeding.</source>
            <extracomment>astra_desktop/services/proceedings.py</extracomment>
            <translation>То кривично дело припада другом поступку.</translation>
        </message>
        <message>
            <source>This charge was already re-qualified. Re-qualify the current one.</source>
            <extracomment>astra_desktop/services/proceedings.py</extracomment>
            <translation>Ово кривично дело је већ преквалификовано. Преквалификујте важећу квалификацију.</translation>
        </message>
        <message>
            <source>That lawyer was not found: the list may have changed.</source>
            <extracomment>astra_desktop/services/profiles.py</extracomment>
            <translation>Адвокат није пронађен: списак се можда променио.</translation>
        </message>
        <message>
            <source>Choose the lawyer from the list of lawyers.</source>
            <extracomment>astra_desktop/services/profiles.py</extracomment>
            <translation>Изаберите адвоката са списка адвоката.</translation>
        </message>
        <message>
            <source>That power of attorney was not found: it may have been removed.</source>
            <extracomment>astra_desktop/services/profiles.py</extracomment>
            <translation>Пуномоћје није пронађено: можда је уклоњено.</translation>
        </message>
        <message>
            <source>The vault key was not rotated: the re-encrypted copy failed its check ({detail}). Nothing was changed.</source>
            <extracomment>astra_desktop/services/rekey.py</extracomment>
            <translation>Кључ базе није промењен: поново шифрована копија није прошла проверу ({detail}). Ништа није измењено.</translation>
        </message>
        <message>
            <source>Enter the person's name (or how the client calls them).</source>
            <extracomment>astra_desktop/services/related_persons.py</extracomment>
            <translation>Упишите име особе (или како је клијент/киња зове).</translation>
        </message>
        <message>
            <source>Choose how the person is related.</source>
            <extracomment>astra_desktop/services/related_persons.py</extracomment>
            <translation>Изаберите сродство или везу са клијентом/кињом.</translation>
        </message>
        <message>
            <source>A related person cannot move to another client.</source>
            <extracomment>astra_desktop/services/related_persons.py</extracomment>
            <translation>Повезано лице не може да се премести код другог клијента.</translation>
        </message>
        <message>
            <source>The related person was not found: they may have been removed.</source>
            <extracomment>astra_desktop/services/related_persons.py</extracomment>
            <translation>Повезано лице није пронађено: можда је уклоњено.</translation>
        </message>
        <message>
            <source>backup</source>
            <extracomment>astra_desktop/services/restore.py</extracomment>
            <translation>резервна копија</translation>
        </message>
        <message>
            <source>its recovery lock has been edited</source>
            <extracomment>astra_desktop/services/restore.py</extracomment>
            <translation>запис кључа за опоравак је измењен</translation>
        </message>
        <message>
            <source>its list of contents is unreadable</source>
            <extracomment>astra_desktop/services/restore.py</extracomment>
            <translation>списак садржаја не може да се прочита</translation>
        </message>
        <message>
            <source>it holds more than its list of contents says</source>
            <extracomment>astra_desktop/services/restore.py</extracomment>
            <translation>садржи више него што наводи списак садржаја</translation>
        </message>
        <message>
            <source>it holds less than its list of contents says</source>
            <extracomment>astra_desktop/services/restore.py</extracomment>
            <translation>садржи мање него што наводи списак садржаја</translation>
        </message>
        <message>
            <source>its description is unreadable</source>
            <extracomment>astra_desktop/services/restore.py</extracomment>
            <translation>опис не може да се прочита</translation>
        </message>
        <message>
            <source>its key file is unreadable</source>
            <extracomment>astra_desktop/services/restore.py</extracomment>
            <translation>фајл са кључевима не може да се прочита</translation>
        </message>
        <message>
            <source>The vault in the backup has several administrators: say which.</source>
            <extracomment>astra_desktop/services/restore.py</extracomment>
            <translation>База у резервној копији има више администратора: наведите ког од њих.</translation>
        </message>
        <message>
            <source>Restoring needs the passphrase of an account in the backup, or the recovery key.</source>
            <extracomment>astra_desktop/services/restore.py</extracomment>
            <translation>За враћање је потребна лозинка налога из резервне копије или кључ за опоравак.</translation>
        </message>
        <message>
            <source>{name} is a backup of another vault than the one this key opens. Restore it with the recovery key or an account of that vault.</source>
            <extracomment>astra_desktop/services/restore.py</extracomment>
            <translation>{name} је резервна копија друге базе, а не оне коју отвара овај кључ. Вратите је кључем за опоравак или налогом те базе.</translation>
        </message>
        <message>
            <source>There is already a vault in {target}. Restore into an empty folder, or choose to replace it (it is then kept aside, still encrypted).</source>
            <extracomment>astra_desktop/services/restore.py</extracomment>
            <translation>У фасцикли {target} већ постоји база. Вратите копију у празну фасциклу или изаберите да постојећу замените (она се тада чува по страни, и даље шифрована).</translation>
        </message>
        <message>
            <source>The vault restored from the backup did not check out ({problems}). Nothing was replaced. Try another backup and tell the administrator.</source>
            <extracomment>astra_desktop/services/restore.py</extracomment>
            <translation>База враћена из резервне копије није прошла проверу ({problems}). Ништа није замењено. Покушајте са другом резервном копијом и обавестите администратора.</translation>
        </message>
        <message>
            <source>There is already a vault in {target}; nothing was replaced.</source>
            <extracomment>astra_desktop/services/restore.py</extracomment>
            <translation>У фасцикли {target} већ постоји база; ништа није замењено.</translation>
        </message>
        <message>
            <source>The restored vault could not be moved into {target} ({error}). The current vault is unchanged; the restored one is in {staged}.</source>
            <extracomment>astra_desktop/services/restore.py</extracomment>
            <translation>Враћена база није могла да се премести у фасциклу {target} ({error}). Тренутна база је непромењена; враћена се налази у фасцикли {staged}.</translation>
        </message>
        <message>
            <source>Version {version} of the risk instrument is not in this vault.</source>
            <extracomment>astra_desktop/services/risk.py</extracomment>
            <translation>Верзија {version} инструмента за процену ризика не постоји у овој бази.</translation>
        </message>
        <message>
            <source>An assessment cannot be dated in the future.</source>
            <extracomment>astra_desktop/services/risk.py</extracomment>
            <translation>Процена не може имати будући датум.</translation>
        </message>
        <message>
            <source>Unknown items: {items}.</source>
            <extracomment>astra_desktop/services/risk.py</extracomment>
            <translation>Непознате ставке: {items}.</translation>
        </message>
        <message>
            <source>No question is answered, so there is no risk level to save. Answer what you know (the red flags first); the rest can stay “unknown”.</source>
            <extracomment>astra_desktop/services/risk.py</extracomment>
            <translation>Ни на једно питање није одговорено, па нема нивоа ризика који би се сачувао. Одговорите на оно што знате (прво на знаке високог ризика); остало може остати „не зна се“.</translation>
        </message>
        <message>
            <source>Say what is to be done.</source>
            <extracomment>astra_desktop/services/risk.py</extracomment>
            <translation>Наведите шта треба урадити.</translation>
        </message>
        <message>
            <source>Unknown status “{status}”.</source>
            <extracomment>astra_desktop/services/risk.py</extracomment>
            <translation>Непознат статус „{status}”.</translation>
        </message>
        <message>
            <source>Unknown event “{kind}”.</source>
            <extracomment>astra_desktop/services/risk.py</extracomment>
            <translation>Непознат догађај „{kind}”.</translation>
        </message>
        <message>
            <source>The vault is locked. Unlock it to continue.</source>
            <extracomment>astra_desktop/services/session.py</extracomment>
            <translation>База је закључана. Откључајте је да бисте наставили.</translation>
        </message>
        <message>
            <source>The vault key is being rotated. Try again in a moment.</source>
            <extracomment>astra_desktop/services/session.py</extracomment>
            <translation>Кључ базе се управо мења. Покушајте поново за тренутак.</translation>
        </message>
        <message>
            <source>Your role ({role}) does not allow this. Ask an administrator if you need it.</source>
            <extracomment>astra_desktop/services/session.py</extracomment>
            <translation>Ваша улога ({role}) ово не дозвољава. Ако вам је потребно, обратите се администратору.</translation>
        </message>
        <message>
            <source>There is already a vault in {folder}. Open it instead.</source>
            <extracomment>astra_desktop/services/session.py</extracomment>
            <translation>У фасцикли {folder} већ постоји база. Уместо тога је отворите.</translation>
        </message>
        <message>
            <source>No vault was found in {folder}. Create one, or choose the folder that holds it.</source>
            <extracomment>astra_desktop/services/session.py</extracomment>
            <translation>У фасцикли {folder} није пронађена база. Направите нову или изаберите фасциклу у којој се налази.</translation>
        </message>
        <message>
            <source>The user name or passphrase is not right. Check Caps Lock and the keyboard language, then try again.</source>
            <extracomment>astra_desktop/services/session.py</extracomment>
            <translation>Корисничко име или лозинка нису исправни. Проверите Caps Lock и језик тастатуре, па покушајте поново.</translation>
        </message>
        <message>
            <source>That recovery key is not right. Type it exactly as printed on the emergency sheet.</source>
            <extracomment>astra_desktop/services/session.py</extracomment>
            <translation>Кључ за опоравак није исправан. Упишите га тачно како је одштампан на листу за хитне случајеве.</translation>
        </message>
        <message>
            <source>This account has been removed from the vault. Ask the administrator for access.</source>
            <extracomment>astra_desktop/services/session.py</extracomment>
            <translation>Овај налог је уклоњен из базе. Затражите приступ од администратора.</translation>
        </message>
        <message>
            <source>The freshness record (vault.anchor) is missing, damaged or edited, so it cannot be confirmed that vault.db is the latest version. Restore your most recent backup, or ask the administrator.</source>
            <extracomment>astra_desktop/services/session.py</extracomment>
            <translation>Запис о ажурности (vault.anchor) недостаје, оштећен је или измењен, па не може да се потврди да је vault.db најновија верзија. Вратите најновију резервну копију или се обратите администратору.</translation>
        </message>
        <message>
            <source>Choose a value between {minimum} and {maximum}.</source>
            <extracomment>astra_desktop/services/settings.py</extracomment>
            <translation>Изаберите вредност између {minimum} и {maximum}.</translation>
        </message>
        <message>
            <source>office change file</source>
            <extracomment>astra_desktop/services/sync.py</extracomment>
            <translation>датотека измена канцеларије</translation>
        </message>
        <message>
            <source>Choose the office folder first (sync --folder DIR).</source>
            <extracomment>astra_desktop/services/sync.py</extracomment>
            <translation>Најпре изаберите фасциклу канцеларије (sync --folder DIR).</translation>
        </message>
        <message>
            <source>The office folder {folder} is not there. Connect the drive or choose the folder again; nothing was synced.</source>
            <extracomment>astra_desktop/services/sync.py</extracomment>
            <translation>Фасцикла канцеларије {folder} није доступна. Прикључите диск или поново изаберите фасциклу; ништа није синхронизовано.</translation>
        </message>
        <message>
            <source>The office folder {folder} could not be written to ({error}). Nothing was published; free some space or check the drive, then sync again.</source>
            <extracomment>astra_desktop/services/sync.py</extracomment>
            <translation>У фасциклу канцеларије {folder} није могло да се упише ({error}). Ништа није објављено; ослободите простор или проверите диск, па поново покрените синхронизацију.</translation>
        </message>
        <message>
            <source>Only the laptop that created the team writes snapshots.</source>
            <extracomment>astra_desktop/services/sync.py</extracomment>
            <translation>Само лаптоп на коме је тим основан записује снимке стања.</translation>
        </message>
        <message>
            <source>it was written by a removed device</source>
            <extracomment>astra_desktop/services/sync.py</extracomment>
            <translation>написао ју је уређај који је уклоњен из тима</translation>
        </message>
        <message>
            <source>it is a snapshot not written by the administrator's laptop</source>
            <extracomment>astra_desktop/services/sync.py</extracomment>
            <translation>то је снимак стања који није записао администраторов лаптоп</translation>
        </message>
        <message>
            <source>it changes the team but was not written by an administrator</source>
            <extracomment>astra_desktop/services/sync.py</extracomment>
            <translation>мења састав тима, а није је написао администратор</translation>
        </message>
        <message>
            <source>its records do not fit this vault's</source>
            <extracomment>astra_desktop/services/sync.py</extracomment>
            <translation>њени записи се не уклапају у записе овог трезора</translation>
        </message>
        <message>
            <source>This vault is not in a team. Create one, or join one with a join file.</source>
            <extracomment>astra_desktop/services/team.py</extracomment>
            <translation>Овај трезор није члан тима. Оснујте тим или се придружите тиму помоћу датотеке за придруживање.</translation>
        </message>
        <message>
            <source>Only the laptop that created the team can add or remove devices.</source>
            <extracomment>astra_desktop/services/team.py</extracomment>
            <translation>Само лаптоп на коме је тим основан може да додаје или уклања уређаје.</translation>
        </message>
        <message>
            <source>This vault is already in a team.</source>
            <extracomment>astra_desktop/services/team.py</extracomment>
            <translation>Овај трезор је већ члан тима.</translation>
        </message>
        <message>
            <source>{name} is not a readable join request. Ask for a new one.</source>
            <extracomment>astra_desktop/services/team.py</extracomment>
            <translation>{name} није читљив захтев за придруживање. Затражите нови.</translation>
        </message>
        <message>
            <source>The fingerprint does not match the join request ({found}). Nothing was changed; ask the person for a new request.</source>
            <extracomment>astra_desktop/services/team.py</extracomment>
            <translation>Отисак не одговара захтеву за придруживање ({found}). Ништа није промењено; затражите од те особе нови захтев.</translation>
        </message>
        <message>
            <source>This device was removed from the team; it needs a new join request.</source>
            <extracomment>astra_desktop/services/team.py</extracomment>
            <translation>Овај уређај је уклоњен из тима; потребан му је нови захтев за придруживање.</translation>
        </message>
        <message>
            <source>Make a join request on this laptop first, then import the join file.</source>
            <extracomment>astra_desktop/services/team.py</extracomment>
            <translation>Најпре на овом лаптопу направите захтев за придруживање, а затим увезите датотеку за придруживање.</translation>
        </message>
        <message>
            <source>team join file</source>
            <extracomment>astra_desktop/services/team.py</extracomment>
            <translation>датотека за придруживање тиму</translation>
        </message>
        <message>
            <source>{name} was made for another laptop's join request. Nothing was changed.</source>
            <extracomment>astra_desktop/services/team.py</extracomment>
            <translation>{name} је направљена за захтев за придруживање другог лаптопа. Ништа није промењено.</translation>
        </message>
        <message>
            <source>This laptop cannot remove itself from the team.</source>
            <extracomment>astra_desktop/services/team.py</extracomment>
            <translation>Овај лаптоп не може сам себе да уклони из тима.</translation>
        </message>
        <message>
            <source>That device has already been removed.</source>
            <extracomment>astra_desktop/services/team.py</extracomment>
            <translation>Тај уређај је већ уклоњен.</translation>
        </message>
        <message>
            <source>There is no device {id} in the team (give its id, or its first characters if they are unique).</source>
            <extracomment>astra_desktop/services/team.py</extracomment>
            <translation>У тиму нема уређаја {id} (наведите његов идентификатор или прве знакове идентификатора ако су јединствени).</translation>
        </message>
        <message>
            <source>There is no document template “{name}”. Choose one of: {names}.</source>
            <extracomment>astra_desktop/services/templates.py</extracomment>
            <translation>Не постоји шаблон документа „{name}“. Изаберите један од: {names}.</translation>
        </message>
        <message>
            <source>Templates are written in {langs} (Cyrillic is made from sr-Latn).</source>
            <extracomment>astra_desktop/services/templates.py</extracomment>
            <translation>Шаблони се пишу на {langs} (ћирилица се прави из ср-Латн).</translation>
        </message>
        <message>
            <source>Choose at least one case to hand over.</source>
            <extracomment>astra_desktop/services/transfer.py</extracomment>
            <translation>Изаберите бар један случај за предају.</translation>
        </message>
        <message>
            <source>The bundle could not be written to {folder} ({error}). Nothing was exported; free some space or choose another drive.</source>
            <extracomment>astra_desktop/services/transfer.py</extracomment>
            <translation>Пакет није могао да се упише у фасциклу {folder} ({error}). Ништа није извезено; ослободите простор или изаберите други диск.</translation>
        </message>
        <message>
            <source>{name} already exists. Choose another name.</source>
            <extracomment>astra_desktop/services/transfer.py</extracomment>
            <translation>Фајл {name} већ постоји. Изаберите друго име.</translation>
        </message>
        <message>
            <source>The export was cancelled; nothing was exported.</source>
            <extracomment>astra_desktop/services/transfer.py</extracomment>
            <translation>Извоз је отказан; ништа није извезено.</translation>
        </message>
        <message>
            <source>case-transfer bundle</source>
            <extracomment>astra_desktop/services/transfer.py</extracomment>
            <translation>пакет за предају случајева</translation>
        </message>
        <message>
            <source>{name} was made by a different version of ASTRA Desktop (another data format). Update both laptops to the same version, then export again.</source>
            <extracomment>astra_desktop/services/transfer.py</extracomment>
            <translation>Фајл {name} је направљен у другој верзији програма ASTRA Desktop (други формат података). Инсталирајте исту верзију на оба лаптопа, па поново извезите.</translation>
        </message>
        <message>
            <source>The bundle deletes records of a case that is in this vault but not assigned to you. Ask an administrator to import it; nothing was imported.</source>
            <extracomment>astra_desktop/services/transfer.py</extracomment>
            <translation>Пакет брише записе случаја који постоји у овој бази, али није додељен вама. Замолите администратора да га увезе; ништа није увезено.</translation>
        </message>
        <message>
            <source>The bundle changes a case that is in this vault but not assigned to you. Ask an administrator to import it; nothing was imported.</source>
            <extracomment>astra_desktop/services/transfer.py</extracomment>
            <translation>Пакет мења случај који постоји у овој бази, али није додељен вама. Замолите администратора да га увезе; ништа није увезено.</translation>
        </message>
        <message>
            <source>{count} record(s) were changed on both laptops: choose, for each, which version to keep. Nothing was imported.</source>
            <extracomment>astra_desktop/services/transfer.py</extracomment>
            <translation>Број записа измењених на оба лаптопа: {count}. За сваки изаберите коју верзију задржавате. Ништа није увезено.</translation>
        </message>
        <message>
            <source>The bundle's records do not fit this vault's (a record they belong to is missing here). Nothing was imported; export the whole case again.</source>
            <extracomment>astra_desktop/services/transfer.py</extracomment>
            <translation>Записи из пакета се не уклапају у ову базу (недостаје запис коме припадају). Ништа није увезено; поново извезите цео случај.</translation>
        </message>
        <message>
            <source>Enter the defendant's initials or the court's designation.</source>
            <extracomment>astra_desktop/services/trials.py</extracomment>
            <translation>Упишите иницијале окривљеног или ознаку коју користи суд.</translation>
        </message>
        <message>
            <source>That charge belongs to another trial.</source>
            <extracomment>astra_desktop/services/trials.py</extracomment>
            <translation>Та оптужба припада другом суђењу.</translation>
        </message>
        <message>
            <source>That injured party is not recorded in this trial.</source>
            <extracomment>astra_desktop/services/trials.py</extracomment>
            <translation>Тај оштећени није уписан у ово суђење.</translation>
        </message>
        <message>
            <source>A defendant of another trial was given.</source>
            <extracomment>astra_desktop/services/trials.py</extracomment>
            <translation>Наведен је окривљени из другог суђења.</translation>
        </message>
        <message>
            <source>Record the injured parties and the defendants.</source>
            <extracomment>astra_desktop/services/trials.py</extracomment>
            <translation>Упишите оштећене и окривљене.</translation>
        </message>
        <message>
            <source>Say who caused the postponement, or why.</source>
            <extracomment>astra_desktop/services/trials.py</extracomment>
            <translation>Наведите због кога је или зашто је рочиште одложено.</translation>
        </message>
        <message>
            <source>User names are 2–32 letters, digits, dots, dashes or underscores.</source>
            <extracomment>astra_desktop/services/users.py</extracomment>
            <translation>Корисничко име има 2–32 знака: слова, цифре, тачке, цртице или доње црте.</translation>
        </message>
        <message>
            <source>There is no user called {username}.</source>
            <extracomment>astra_desktop/services/users.py</extracomment>
            <translation>Не постоји корисник {username}.</translation>
        </message>
        <message>
            <source>There is already a user called {username}.</source>
            <extracomment>astra_desktop/services/users.py</extracomment>
            <translation>Корисник {username} већ постоји.</translation>
        </message>
        <message>
            <source>You cannot remove your own account. Ask another administrator.</source>
            <extracomment>astra_desktop/services/users.py</extracomment>
            <translation>Не можете уклонити сопствени налог. Обратите се другом администратору.</translation>
        </message>
        <message>
            <source>The last administrator cannot be removed.</source>
            <extracomment>astra_desktop/services/users.py</extracomment>
            <translation>Последњи администратор не може бити уклоњен.</translation>
        </message>
        <message>
            <source>The current passphrase is not right; nothing was changed.</source>
            <extracomment>astra_desktop/services/users.py</extracomment>
            <translation>Тренутна лозинка није исправна; ништа није промењено.</translation>
        </message>
        <message>
            <source>The word list {path} is missing, so no one-time passphrase can be made. Reinstall ASTRA Desktop.</source>
            <extracomment>astra_desktop/services/word_passphrase.py</extracomment>
            <translation>Списак речи {path} недостаје, па једнократна лозинка не може да се направи. Поново инсталирајте ASTRA Desktop.</translation>
        </message>
        <message>
            <source>audit entries {first}–{last} are missing</source>
            <extracomment>astra_desktop/storage/audit.py</extracomment>
            <translation>недостају ставке евиденције активности {first}–{last}</translation>
        </message>
        <message>
            <source>audit entry {seq} does not follow the entry before it</source>
            <extracomment>astra_desktop/storage/audit.py</extracomment>
            <translation>ставка евиденције активности {seq} се не надовезује на претходну</translation>
        </message>
        <message>
            <source>audit entry {seq} has been altered</source>
            <extracomment>astra_desktop/storage/audit.py</extracomment>
            <translation>ставка евиденције активности {seq} је измењена</translation>
        </message>
        <message>
            <source>the file ends inside its header</source>
            <extracomment>astra_desktop/storage/backup_format.py</extracomment>
            <translation>фајл се завршава усред заглавља</translation>
        </message>
        <message>
            <source>its header does not match its checksum</source>
            <extracomment>astra_desktop/storage/backup_format.py</extracomment>
            <translation>заглавље не одговара контролном збиру</translation>
        </message>
        <message>
            <source>it was made by a newer version of ASTRA Desktop</source>
            <extracomment>astra_desktop/storage/backup_format.py</extracomment>
            <translation>направљен је у новијој верзији програма ASTRA Desktop</translation>
        </message>
        <message>
            <source>its header has been edited</source>
            <extracomment>astra_desktop/storage/backup_format.py</extracomment>
            <translation>заглавље је измењено</translation>
        </message>
        <message>
            <source>part {part} of its contents fails its authentication check: the file is cut short, has parts missing, swapped or added, or was altered</source>
            <extracomment>astra_desktop/storage/backup_format.py</extracomment>
            <translation>део {part} садржаја не пролази проверу аутентичности: фајл је скраћен, делови недостају, замењени су или додати, или је измењен</translation>
        </message>
        <message>
            <source>the claim of case {case_id} cannot be read ({exc})</source>
            <extracomment>astra_desktop/storage/claims.py</extracomment>
            <translation>одштетни захтев случаја {case_id} не може да се прочита ({exc})</translation>
        </message>
        <message>
            <source>the change</source>
            <extracomment>astra_desktop/storage/database.py</extracomment>
            <translation>измену</translation>
        </message>
        <message>
            <source>vault.db is older than the last state this computer saved: an earlier copy of the file has been put in its place. Records entered since then are not in it. Do not work in this vault; restore your most recent backup and tell the administrator.</source>
            <extracomment>astra_desktop/storage/freshness.py</extracomment>
            <translation>vault.db је старији од последњег стања које је овај рачунар сачувао: на његово место је стављена ранија копија фајла. Записи унети од тада нису у њој. Не радите у овој бази; вратите најновију резервну копију и обавестите администратора.</translation>
        </message>
        <message>
            <source>The key file (vault.keys) is damaged or has been edited. The vault cannot be trusted as it is: restore it from a backup and tell the administrator.</source>
            <extracomment>astra_desktop/storage/keyslots.py</extracomment>
            <translation>Фајл са кључевима (vault.keys) је оштећен или измењен. База у овом стању није поуздана: вратите је из резервне копије и обавестите администратора.</translation>
        </message>
        <message>
            <source>The vault is already open in another ASTRA Desktop window or command. Close it there first, then try again.</source>
            <extracomment>astra_desktop/storage/lock.py</extracomment>
            <translation>База је већ отворена у другом прозору или команди програма ASTRA Desktop. Прво је тамо затворите, па покушајте поново.</translation>
        </message>
        <message>
            <source>The vault could not be upgraded for this version of ASTRA Desktop (step {number}: {detail}). Nothing was changed and a copy was kept as {backup}. Keep using the previous version and tell the administrator.</source>
            <extracomment>astra_desktop/storage/migrate.py</extracomment>
            <translation>База није могла да се прилагоди овој верзији програма ASTRA Desktop (корак {number}: {detail}). Ништа није промењено, а копија је сачувана као {backup}. Наставите да користите претходну верзију и обавестите администратора.</translation>
        </message>
        <message>
            <source>The partner was not found in this vault.</source>
            <extracomment>astra_desktop/storage/partners.py</extracomment>
            <translation>Партнер није пронађен у овој шифрованој бази.</translation>
        </message>
        <message>
            <source>The record no longer exists: it may have been deleted.</source>
            <extracomment>astra_desktop/storage/rows.py</extracomment>
            <translation>Запис више не постоји: можда је обрисан.</translation>
        </message>
        <message>
            <source>The record was not found: it may have been deleted.</source>
            <extracomment>astra_desktop/storage/rows.py</extracomment>
            <translation>Запис није пронађен: можда је обрисан.</translation>
        </message>
    </context>
    <context>
        <name>Labels</name>
        <message>
            <source>Active</source>
            <comment>CaseStatus</comment>
            <extracomment>astra_desktop/core/enums.py</extracomment>
            <translation>Активан</translation>
        </message>
        <message>
            <source>Follow-up</source>
            <comment>CaseStatus</comment>
            <extracomment>astra_desktop/core/enums.py</extracomment>
            <translation>Праћење</translation>
        </message>
        <message>
            <source>Closed</source>
            <comment>CaseStatus</comment>
            <extracomment>astra_desktop/core/enums.py</extracomment>
            <translation>Затворен</translation>
        </message>
        <message>
            <source>Closed — referred</source>
            <comment>CaseStatus</comment>
            <extracomment>astra_desktop/core/enums.py</extracomment>
            <translation>Затворен — упућен даље</translation>
        </message>
        <message>
            <source>Female</source>
            <comment>Gender</comment>
            <extracomment>astra_desktop/core/enums.py</extracomment>
            <translation>Женски</translation>
        </message>
        <message>
            <source>Male</source>
            <comment>Gender</comment>
            <extracomment>astra_desktop/core/enums.py</extracomment>
            <translation>Мушки</translation>
        </message>
        <message>
            <source>Other</source>
            <comment>Gender</comment>
            <extracomment>astra_desktop/core/enums.py</extracomment>
            <translation>Друго</translation>
        </message>
        <message>
            <source>Not known</source>
            <comment>Gender</comment>
            <extracomment>astra_desktop/core/enums.py</extracomment>
            <translation>Није познато</translation>
        </message>
        <message>
            <source>Presumed victim</source>
            <comment>TraffickingStatus</comment>
            <extracomment>astra_desktop/core/enums.py</extracomment>
            <translation>Претпостављена жртва</translation>
        </message>
        <message>
            <source>Identified victim</source>
            <comment>TraffickingStatus</comment>
            <extracomment>astra_desktop/core/enums.py</extracomment>
            <translation>Идентификована жртва</translation>
        </message>
        <message>
            <source>Not yet assessed</source>
            <comment>TraffickingStatus</comment>
            <extracomment>astra_desktop/core/enums.py</extracomment>
            <translation>Још није процењено</translation>
        </message>
        <message>
            <source>Sexual exploitation</source>
            <comment>ExploitationType</comment>
            <extracomment>astra_desktop/core/enums.py</extracomment>
            <translation>Сексуална експлоатација</translation>
        </message>
        <message>
            <source>Labour exploitation</source>
            <comment>ExploitationType</comment>
            <extracomment>astra_desktop/core/enums.py</extracomment>
            <translation>Радна експлоатација</translation>
        </message>
        <message>
            <source>Forced begging</source>
            <comment>ExploitationType</comment>
            <extracomment>astra_desktop/core/enums.py</extracomment>
            <translation>Принудно просјачење</translation>
        </message>
        <message>
            <source>Forced criminality</source>
            <comment>ExploitationType</comment>
            <extracomment>astra_desktop/core/enums.py</extracomment>
            <translation>Принуда на вршење кривичних дела</translation>
        </message>
        <message>
            <source>Forced marriage</source>
            <comment>ExploitationType</comment>
            <extracomment>astra_desktop/core/enums.py</extracomment>
            <translation>Принудни брак</translation>
        </message>
        <message>
            <source>Domestic servitude</source>
            <comment>ExploitationType</comment>
            <extracomment>astra_desktop/core/enums.py</extracomment>
            <translation>Принудни рад у домаћинству</translation>
        </message>
        <message>
            <source>Other</source>
            <comment>ExploitationType</comment>
            <extracomment>astra_desktop/core/enums.py</extracomment>
            <translation>Друго</translation>
        </message>
        <message>
            <source>Debt bondage</source>
            <comment>MeansOfControl</comment>
            <extracomment>astra_desktop/core/enums.py</extracomment>
            <translation>Дужничко ропство</translation>
        </message>
        <message>
            <source>Documents withheld</source>
            <comment>MeansOfControl</comment>
            <extracomment>astra_desktop/core/enums.py</extracomment>
            <translation>Одузета документа</translation>
        </message>
        <message>
            <source>Threats to family</source>
            <comment>MeansOfControl</comment>
            <extracomment>astra_desktop/core/enums.py</extracomment>
            <translation>Претње породици</translation>
        </message>
        <message>
            <source>Violence</source>
            <comment>MeansOfControl</comment>
            <extracomment>astra_desktop/core/enums.py</extracomment>
            <translation>Насиље</translation>
        </message>
        <message>
            <source>Substances</source>
            <comment>MeansOfControl</comment>
            <extracomment>astra_desktop/core/enums.py</extracomment>
            <translation>Психоактивне супстанце</translation>
        </message>
        <message>
            <source>Restricted movement</source>
            <comment>MeansOfControl</comment>
            <extracomment>astra_desktop/core/enums.py</extracomment>
            <translation>Ограничено кретање</translation>
        </message>
        <message>
            <source>Isolation</source>
            <comment>MeansOfControl</comment>
            <extracomment>astra_desktop/core/enums.py</extracomment>
            <translation>Изолација</translation>
        </message>
        <message>
            <source>Wages withheld</source>
            <comment>MeansOfControl</comment>
            <extracomment>astra_desktop/core/enums.py</extracomment>
            <translation>Ускраћена зарада</translation>
        </message>
        <message>
            <source>Other</source>
            <comment>MeansOfControl</comment>
            <extracomment>astra_desktop/core/enums.py</extracomment>
            <translation>Друго</translation>
        </message>
        <message>
            <source>Has documents</source>
            <comment>IdDocumentStatus</comment>
            <extracomment>astra_desktop/core/enums.py</extracomment>
            <translation>Има документа</translation>
        </message>
        <message>
            <source>Withheld by others</source>
            <comment>IdDocumentStatus</comment>
            <extracomment>astra_desktop/core/enums.py</extracomment>
            <translation>Други их задржавају</translation>
        </message>
        <message>
            <source>Lost</source>
            <comment>IdDocumentStatus</comment>
            <extracomment>astra_desktop/core/enums.py</extracomment>
            <translation>Изгубљена</translation>
        </message>
        <message>
            <source>Never had documents</source>
            <comment>IdDocumentStatus</comment>
            <extracomment>astra_desktop/core/enums.py</extracomment>
            <translation>Никада није имао/ла документа</translation>
        </message>
        <message>
            <source>Not known</source>
            <comment>IdDocumentStatus</comment>
            <extracomment>astra_desktop/core/enums.py</extracomment>
            <translation>Није познато</translation>
        </message>
        <message>
            <source>Phone call</source>
            <comment>NoteKind</comment>
            <extracomment>astra_desktop/core/enums.py</extracomment>
            <translation>Телефонски позив</translation>
        </message>
        <message>
            <source>Visit</source>
            <comment>NoteKind</comment>
            <extracomment>astra_desktop/core/enums.py</extracomment>
            <translation>Посета</translation>
        </message>
        <message>
            <source>Accompaniment</source>
            <comment>NoteKind</comment>
            <extracomment>astra_desktop/core/enums.py</extracomment>
            <translation>Пратња</translation>
        </message>
        <message>
            <source>SOS hotline</source>
            <comment>NoteKind</comment>
            <extracomment>astra_desktop/core/enums.py</extracomment>
            <translation>SOS линија</translation>
        </message>
        <message>
            <source>Meeting</source>
            <comment>NoteKind</comment>
            <extracomment>astra_desktop/core/enums.py</extracomment>
            <translation>Састанак</translation>
        </message>
        <message>
            <source>Other</source>
            <comment>NoteKind</comment>
            <extracomment>astra_desktop/core/enums.py</extracomment>
            <translation>Друго</translation>
        </message>
        <message>
            <source>Medical</source>
            <comment>ServiceKind</comment>
            <extracomment>astra_desktop/core/enums.py</extracomment>
            <translation>Медицинска помоћ</translation>
        </message>
        <message>
            <source>Legal</source>
            <comment>ServiceKind</comment>
            <extracomment>astra_desktop/core/enums.py</extracomment>
            <translation>Правна помоћ</translation>
        </message>
        <message>
            <source>Psychological</source>
            <comment>ServiceKind</comment>
            <extracomment>astra_desktop/core/enums.py</extracomment>
            <translation>Психолошка подршка</translation>
        </message>
        <message>
            <source>Accommodation</source>
            <comment>ServiceKind</comment>
            <extracomment>astra_desktop/core/enums.py</extracomment>
            <translation>Смештај</translation>
        </message>
        <message>
            <source>Financial</source>
            <comment>ServiceKind</comment>
            <extracomment>astra_desktop/core/enums.py</extracomment>
            <translation>Финансијска помоћ</translation>
        </message>
        <message>
            <source>Education / employment</source>
            <comment>ServiceKind</comment>
            <extracomment>astra_desktop/core/enums.py</extracomment>
            <translation>Образовање / запошљавање</translation>
        </message>
        <message>
            <source>Family reunification</source>
            <comment>ServiceKind</comment>
            <extracomment>astra_desktop/core/enums.py</extracomment>
            <translation>Спајање породице</translation>
        </message>
        <message>
            <source>Other</source>
            <comment>ServiceKind</comment>
            <extracomment>astra_desktop/core/enums.py</extracomment>
            <translation>Друго</translation>
        </message>
        <message>
            <source>Administrator</source>
            <comment>Role</comment>
            <extracomment>astra_desktop/core/enums.py</extracomment>
            <translation>Администратор</translation>
        </message>
        <message>
            <source>Caseworker</source>
            <comment>Role</comment>
            <extracomment>astra_desktop/core/enums.py</extracomment>
            <translation>Водитељ/ка случаја</translation>
        </message>
        <message>
            <source>Lawyer</source>
            <comment>Role</comment>
            <extracomment>astra_desktop/core/enums.py</extracomment>
            <translation>Правник/ца</translation>
        </message>
        <message>
            <source>Viewer (read only)</source>
            <comment>Role</comment>
            <extracomment>astra_desktop/core/enums.py</extracomment>
            <translation>Само преглед (без измена)</translation>
        </message>
        <message>
            <source>Referred to us</source>
            <comment>ReferralDirection</comment>
            <extracomment>astra_desktop/core/enums.py</extracomment>
            <translation>Упућено нама</translation>
        </message>
        <message>
            <source>Referred by us</source>
            <comment>ReferralDirection</comment>
            <extracomment>astra_desktop/core/enums.py</extracomment>
            <translation>Ми смо упутили</translation>
        </message>
        <message>
            <source>Mother</source>
            <comment>Relation</comment>
            <extracomment>astra_desktop/core/enums.py</extracomment>
            <translation>Мајка</translation>
        </message>
        <message>
            <source>Father</source>
            <comment>Relation</comment>
            <extracomment>astra_desktop/core/enums.py</extracomment>
            <translation>Отац</translation>
        </message>
        <message>
            <source>Brother or sister</source>
            <comment>Relation</comment>
            <extracomment>astra_desktop/core/enums.py</extracomment>
            <translation>Брат или сестра</translation>
        </message>
        <message>
            <source>Child</source>
            <comment>Relation</comment>
            <extracomment>astra_desktop/core/enums.py</extracomment>
            <translation>Дете</translation>
        </message>
        <message>
            <source>Partner or spouse</source>
            <comment>Relation</comment>
            <extracomment>astra_desktop/core/enums.py</extracomment>
            <translation>Партнер/ка или супружник</translation>
        </message>
        <message>
            <source>Former partner</source>
            <comment>Relation</comment>
            <extracomment>astra_desktop/core/enums.py</extracomment>
            <translation>Бивши партнер/ка</translation>
        </message>
        <message>
            <source>Guardian</source>
            <comment>Relation</comment>
            <extracomment>astra_desktop/core/enums.py</extracomment>
            <translation>Старатељ</translation>
        </message>
        <message>
            <source>Foster parent</source>
            <comment>Relation</comment>
            <extracomment>astra_desktop/core/enums.py</extracomment>
            <translation>Хранитељ/ка</translation>
        </message>
        <message>
            <source>Other relative</source>
            <comment>Relation</comment>
            <extracomment>astra_desktop/core/enums.py</extracomment>
            <translation>Други сродник</translation>
        </message>
        <message>
            <source>Friend</source>
            <comment>Relation</comment>
            <extracomment>astra_desktop/core/enums.py</extracomment>
            <translation>Пријатељ/ица</translation>
        </message>
        <message>
            <source>Employer</source>
            <comment>Relation</comment>
            <extracomment>astra_desktop/core/enums.py</extracomment>
            <translation>Послодавац</translation>
        </message>
        <message>
            <source>Other</source>
            <comment>Relation</comment>
            <extracomment>astra_desktop/core/enums.py</extracomment>
            <translation>Друго</translation>
        </message>
        <message>
            <source>Court hearing</source>
            <comment>AppointmentKind</comment>
            <extracomment>astra_desktop/core/appointments.py</extracomment>
            <translation>Рочиште</translation>
        </message>
        <message>
            <source>Prosecutor</source>
            <comment>AppointmentKind</comment>
            <extracomment>astra_desktop/core/appointments.py</extracomment>
            <translation>Тужилаштво</translation>
        </message>
        <message>
            <source>Police</source>
            <comment>AppointmentKind</comment>
            <extracomment>astra_desktop/core/appointments.py</extracomment>
            <translation>Полиција</translation>
        </message>
        <message>
            <source>Medical</source>
            <comment>AppointmentKind</comment>
            <extracomment>astra_desktop/core/appointments.py</extracomment>
            <translation>Лекарски преглед</translation>
        </message>
        <message>
            <source>Psychologist</source>
            <comment>AppointmentKind</comment>
            <extracomment>astra_desktop/core/appointments.py</extracomment>
            <translation>Психолог</translation>
        </message>
        <message>
            <source>Social welfare centre</source>
            <comment>AppointmentKind</comment>
            <extracomment>astra_desktop/core/appointments.py</extracomment>
            <translation>Центар за социјални рад</translation>
        </message>
        <message>
            <source>Embassy / consulate</source>
            <comment>AppointmentKind</comment>
            <extracomment>astra_desktop/core/appointments.py</extracomment>
            <translation>Амбасада / конзулат</translation>
        </message>
        <message>
            <source>Lawyer</source>
            <comment>AppointmentKind</comment>
            <extracomment>astra_desktop/core/appointments.py</extracomment>
            <translation>Адвокат</translation>
        </message>
        <message>
            <source>Home visit</source>
            <comment>AppointmentKind</comment>
            <extracomment>astra_desktop/core/appointments.py</extracomment>
            <translation>Кућна посета</translation>
        </message>
        <message>
            <source>Other</source>
            <comment>AppointmentKind</comment>
            <extracomment>astra_desktop/core/appointments.py</extracomment>
            <translation>Друго</translation>
        </message>
        <message>
            <source>Planned</source>
            <comment>AppointmentStatus</comment>
            <extracomment>astra_desktop/core/appointments.py</extracomment>
            <translation>Заказано</translation>
        </message>
        <message>
            <source>Held</source>
            <comment>AppointmentStatus</comment>
            <extracomment>astra_desktop/core/appointments.py</extracomment>
            <translation>Одржано</translation>
        </message>
        <message>
            <source>Missed</source>
            <comment>AppointmentStatus</comment>
            <extracomment>astra_desktop/core/appointments.py</extracomment>
            <translation>Пропуштено</translation>
        </message>
        <message>
            <source>Postponed</source>
            <comment>AppointmentStatus</comment>
            <extracomment>astra_desktop/core/appointments.py</extracomment>
            <translation>Одложено</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <comment>AppointmentStatus</comment>
            <extracomment>astra_desktop/core/appointments.py</extracomment>
            <translation>Отказано</translation>
        </message>
        <message>
            <source>Preliminary hearing</source>
            <comment>HearingKind</comment>
            <extracomment>astra_desktop/core/court.py</extracomment>
            <translation>Припремно рочиште</translation>
        </message>
        <message>
            <source>Main hearing</source>
            <comment>HearingKind</comment>
            <extracomment>astra_desktop/core/court.py</extracomment>
            <translation>Главни претрес</translation>
        </message>
        <message>
            <source>Announcement of the verdict</source>
            <comment>HearingKind</comment>
            <extracomment>astra_desktop/core/court.py</extracomment>
            <translation>Објављивање пресуде</translation>
        </message>
        <message>
            <source>Appeal hearing</source>
            <comment>HearingKind</comment>
            <extracomment>astra_desktop/core/court.py</extracomment>
            <translation>Претрес пред другостепеним судом</translation>
        </message>
        <message>
            <source>Other hearing</source>
            <comment>HearingKind</comment>
            <extracomment>astra_desktop/core/court.py</extracomment>
            <translation>Друго рочиште</translation>
        </message>
        <message>
            <source>Injured party</source>
            <comment>VictimRole</comment>
            <extracomment>astra_desktop/core/court.py</extracomment>
            <translation>Оштећени/а</translation>
        </message>
        <message>
            <source>Witness</source>
            <comment>VictimRole</comment>
            <extracomment>astra_desktop/core/court.py</extracomment>
            <translation>Сведок/сведокиња</translation>
        </message>
        <message>
            <source>Subsidiary prosecutor</source>
            <comment>VictimRole</comment>
            <extracomment>astra_desktop/core/court.py</extracomment>
            <translation>Оштећени/а као тужилац</translation>
        </message>
        <message>
            <source>Not requested</source>
            <comment>WitnessStatus</comment>
            <extracomment>astra_desktop/core/court.py</extracomment>
            <translation>Није тражено</translation>
        </message>
        <message>
            <source>Requested, not decided</source>
            <comment>WitnessStatus</comment>
            <extracomment>astra_desktop/core/court.py</extracomment>
            <translation>Тражено, није одлучено</translation>
        </message>
        <message>
            <source>Granted</source>
            <comment>WitnessStatus</comment>
            <extracomment>astra_desktop/core/court.py</extracomment>
            <translation>Усвојено</translation>
        </message>
        <message>
            <source>Refused</source>
            <comment>WitnessStatus</comment>
            <extracomment>astra_desktop/core/court.py</extracomment>
            <translation>Одбијено</translation>
        </message>
        <message>
            <source>Public prosecutor</source>
            <comment>AppealBy</comment>
            <extracomment>astra_desktop/core/court.py</extracomment>
            <translation>Јавни тужилац</translation>
        </message>
        <message>
            <source>Defendant or defence counsel</source>
            <comment>AppealBy</comment>
            <extracomment>astra_desktop/core/court.py</extracomment>
            <translation>Окривљени, односно бранилац</translation>
        </message>
        <message>
            <source>Injured party</source>
            <comment>AppealBy</comment>
            <extracomment>astra_desktop/core/court.py</extracomment>
            <translation>Оштећени/а</translation>
        </message>
        <message>
            <source>No appeal was lodged</source>
            <comment>AppealBy</comment>
            <extracomment>astra_desktop/core/court.py</extracomment>
            <translation>Жалба није изјављена</translation>
        </message>
        <message>
            <source>Investigation (public prosecutor)</source>
            <comment>Stage</comment>
            <extracomment>astra_desktop/core/court.py</extracomment>
            <translation>Истрага (јавни тужилац)</translation>
        </message>
        <message>
            <source>Before the court of first instance</source>
            <comment>Stage</comment>
            <extracomment>astra_desktop/core/court.py</extracomment>
            <translation>Пред првостепеним судом</translation>
        </message>
        <message>
            <source>On appeal (appellate court)</source>
            <comment>Stage</comment>
            <extracomment>astra_desktop/core/court.py</extracomment>
            <translation>По жалби (апелациони суд)</translation>
        </message>
        <message>
            <source>The public prosecutor</source>
            <comment>Authority</comment>
            <extracomment>astra_desktop/core/court.py</extracomment>
            <translation>Јавном тужилаштву</translation>
        </message>
        <message>
            <source>The court of first instance</source>
            <comment>Authority</comment>
            <extracomment>astra_desktop/core/court.py</extracomment>
            <translation>Првостепеном суду</translation>
        </message>
        <message>
            <source>The appellate court</source>
            <comment>Authority</comment>
            <extracomment>astra_desktop/core/court.py</extracomment>
            <translation>Апелационом суду</translation>
        </message>
        <message>
            <source>Questions only through the court</source>
            <comment>ProtectiveMeasure</comment>
            <extracomment>astra_desktop/core/court.py</extracomment>
            <translation>Питања само преко суда</translation>
        </message>
        <message>
            <source>Testimony by video link</source>
            <comment>ProtectiveMeasure</comment>
            <extracomment>astra_desktop/core/court.py</extracomment>
            <translation>Испитивање путем видео-линка</translation>
        </message>
        <message>
            <source>Separate room</source>
            <comment>ProtectiveMeasure</comment>
            <extracomment>astra_desktop/core/court.py</extracomment>
            <translation>Посебна просторија</translation>
        </message>
        <message>
            <source>No confrontation with the defendant</source>
            <comment>ProtectiveMeasure</comment>
            <extracomment>astra_desktop/core/court.py</extracomment>
            <translation>Без суочења са окривљеним</translation>
        </message>
        <message>
            <source>Defendant removed from the courtroom</source>
            <comment>ProtectiveMeasure</comment>
            <extracomment>astra_desktop/core/court.py</extracomment>
            <translation>Окривљени удаљен из суднице</translation>
        </message>
        <message>
            <source>Public excluded</source>
            <comment>ProtectiveMeasure</comment>
            <extracomment>astra_desktop/core/court.py</extracomment>
            <translation>Јавност искључена</translation>
        </message>
        <message>
            <source>Identity protected</source>
            <comment>ProtectiveMeasure</comment>
            <extracomment>astra_desktop/core/court.py</extracomment>
            <translation>Заштита идентитета</translation>
        </message>
        <message>
            <source>Support person present</source>
            <comment>ProtectiveMeasure</comment>
            <extracomment>astra_desktop/core/court.py</extracomment>
            <translation>Присутна особа од поверења</translation>
        </message>
        <message>
            <source>Organiser</source>
            <comment>DefendantRole</comment>
            <extracomment>astra_desktop/core/court.py</extracomment>
            <translation>Организатор</translation>
        </message>
        <message>
            <source>Recruiter</source>
            <comment>DefendantRole</comment>
            <extracomment>astra_desktop/core/court.py</extracomment>
            <translation>Врбовалац</translation>
        </message>
        <message>
            <source>Transporter</source>
            <comment>DefendantRole</comment>
            <extracomment>astra_desktop/core/court.py</extracomment>
            <translation>Превозилац</translation>
        </message>
        <message>
            <source>Exploiter</source>
            <comment>DefendantRole</comment>
            <extracomment>astra_desktop/core/court.py</extracomment>
            <translation>Експлоататор</translation>
        </message>
        <message>
            <source>Accomplice</source>
            <comment>DefendantRole</comment>
            <extracomment>astra_desktop/core/court.py</extracomment>
            <translation>Саучесник</translation>
        </message>
        <message>
            <source>Other</source>
            <comment>DefendantRole</comment>
            <extracomment>astra_desktop/core/court.py</extracomment>
            <translation>Друго</translation>
        </message>
        <message>
            <source>No verdict yet</source>
            <comment>Verdict</comment>
            <extracomment>astra_desktop/core/court.py</extracomment>
            <translation>Још нема пресуде</translation>
        </message>
        <message>
            <source>Convicted</source>
            <comment>Verdict</comment>
            <extracomment>astra_desktop/core/court.py</extracomment>
            <translation>Осуђујућа пресуда</translation>
        </message>
        <message>
            <source>Acquitted</source>
            <comment>Verdict</comment>
            <extracomment>astra_desktop/core/court.py</extracomment>
            <translation>Ослобађајућа пресуда</translation>
        </message>
        <message>
            <source>Charges rejected</source>
            <comment>Verdict</comment>
            <extracomment>astra_desktop/core/court.py</extracomment>
            <translation>Оптужба одбијена</translation>
        </message>
        <message>
            <source>Proceedings discontinued</source>
            <comment>Verdict</comment>
            <extracomment>astra_desktop/core/court.py</extracomment>
            <translation>Поступак обустављен</translation>
        </message>
        <message>
            <source>Not decided</source>
            <comment>ClaimDecision</comment>
            <extracomment>astra_desktop/core/court.py</extracomment>
            <translation>Није одлучено</translation>
        </message>
        <message>
            <source>Granted in the criminal case</source>
            <comment>ClaimDecision</comment>
            <extracomment>astra_desktop/core/court.py</extracomment>
            <translation>Усвојен у кривичном поступку</translation>
        </message>
        <message>
            <source>Partly granted in the criminal case</source>
            <comment>ClaimDecision</comment>
            <extracomment>astra_desktop/core/court.py</extracomment>
            <translation>Делимично усвојен у кривичном поступку</translation>
        </message>
        <message>
            <source>Sent to civil proceedings</source>
            <comment>ClaimDecision</comment>
            <extracomment>astra_desktop/core/court.py</extracomment>
            <translation>Упућен на парницу</translation>
        </message>
        <message>
            <source>Rejected</source>
            <comment>ClaimDecision</comment>
            <extracomment>astra_desktop/core/court.py</extracomment>
            <translation>Одбијен</translation>
        </message>
        <message>
            <source>The defence</source>
            <comment>PostponedBy</comment>
            <extracomment>astra_desktop/core/court.py</extracomment>
            <translation>Одбрана</translation>
        </message>
        <message>
            <source>The prosecution</source>
            <comment>PostponedBy</comment>
            <extracomment>astra_desktop/core/court.py</extracomment>
            <translation>Тужилаштво</translation>
        </message>
        <message>
            <source>The court</source>
            <comment>PostponedBy</comment>
            <extracomment>astra_desktop/core/court.py</extracomment>
            <translation>Суд</translation>
        </message>
        <message>
            <source>The injured party</source>
            <comment>PostponedBy</comment>
            <extracomment>astra_desktop/core/court.py</extracomment>
            <translation>Оштећени</translation>
        </message>
        <message>
            <source>Other (witnesses, experts …)</source>
            <comment>PostponedBy</comment>
            <extracomment>astra_desktop/core/court.py</extracomment>
            <translation>Друго (сведоци, вештаци …)</translation>
        </message>
        <message>
            <source>The client (victim)</source>
            <comment>Party</comment>
            <extracomment>astra_desktop/core/court.py</extracomment>
            <translation>Клијент/киња (оштећени/а)</translation>
        </message>
        <message>
            <source>The client's lawyer</source>
            <comment>Party</comment>
            <extracomment>astra_desktop/core/court.py</extracomment>
            <translation>Пуномоћник клијента/киње</translation>
        </message>
        <message>
            <source>Public prosecutor</source>
            <comment>Party</comment>
            <extracomment>astra_desktop/core/court.py</extracomment>
            <translation>Јавни тужилац</translation>
        </message>
        <message>
            <source>Defendant</source>
            <comment>Party</comment>
            <extracomment>astra_desktop/core/court.py</extracomment>
            <translation>Окривљени</translation>
        </message>
        <message>
            <source>Defence lawyer</source>
            <comment>Party</comment>
            <extracomment>astra_desktop/core/court.py</extracomment>
            <translation>Бранилац</translation>
        </message>
        <message>
            <source>Presumed victim</source>
            <comment>CallerType</comment>
            <extracomment>astra_desktop/core/hotline.py</extracomment>
            <translation>Претпостављена жртва</translation>
        </message>
        <message>
            <source>Family member</source>
            <comment>CallerType</comment>
            <extracomment>astra_desktop/core/hotline.py</extracomment>
            <translation>Члан породице</translation>
        </message>
        <message>
            <source>Friend</source>
            <comment>CallerType</comment>
            <extracomment>astra_desktop/core/hotline.py</extracomment>
            <translation>Пријатељ/ица</translation>
        </message>
        <message>
            <source>Professional</source>
            <comment>CallerType</comment>
            <extracomment>astra_desktop/core/hotline.py</extracomment>
            <translation>Стручно лице</translation>
        </message>
        <message>
            <source>Not said</source>
            <comment>CallerType</comment>
            <extracomment>astra_desktop/core/hotline.py</extracomment>
            <translation>Није речено</translation>
        </message>
        <message>
            <source>Phone</source>
            <comment>Channel</comment>
            <extracomment>astra_desktop/core/hotline.py</extracomment>
            <translation>Телефон</translation>
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
            <translation>Имејл</translation>
        </message>
        <message>
            <source>Social media</source>
            <comment>Channel</comment>
            <extracomment>astra_desktop/core/hotline.py</extracomment>
            <translation>Друштвене мреже</translation>
        </message>
        <message>
            <source>Walk-in</source>
            <comment>Channel</comment>
            <extracomment>astra_desktop/core/hotline.py</extracomment>
            <translation>Лични долазак</translation>
        </message>
        <message>
            <source>Job offer check</source>
            <comment>CallTopic</comment>
            <extracomment>astra_desktop/core/hotline.py</extracomment>
            <translation>Провера понуде за посао</translation>
        </message>
        <message>
            <source>Safe migration advice</source>
            <comment>CallTopic</comment>
            <extracomment>astra_desktop/core/hotline.py</extracomment>
            <translation>Савет о безбедној миграцији</translation>
        </message>
        <message>
            <source>Report of exploitation</source>
            <comment>CallTopic</comment>
            <extracomment>astra_desktop/core/hotline.py</extracomment>
            <translation>Пријава експлоатације</translation>
        </message>
        <message>
            <source>Missing person</source>
            <comment>CallTopic</comment>
            <extracomment>astra_desktop/core/hotline.py</extracomment>
            <translation>Нестала особа</translation>
        </message>
        <message>
            <source>Request for help</source>
            <comment>CallTopic</comment>
            <extracomment>astra_desktop/core/hotline.py</extracomment>
            <translation>Захтев за помоћ</translation>
        </message>
        <message>
            <source>Other</source>
            <comment>CallTopic</comment>
            <extracomment>astra_desktop/core/hotline.py</extracomment>
            <translation>Друго</translation>
        </message>
        <message>
            <source>Not linked</source>
            <comment>CaseLink</comment>
            <extracomment>astra_desktop/core/hotline.py</extracomment>
            <translation>Није повезано</translation>
        </message>
        <message>
            <source>New client</source>
            <comment>CaseLink</comment>
            <extracomment>astra_desktop/core/hotline.py</extracomment>
            <translation>Нови клијент/киња</translation>
        </message>
        <message>
            <source>Linked</source>
            <comment>CaseLink</comment>
            <extracomment>astra_desktop/core/hotline.py</extracomment>
            <translation>Повезано</translation>
        </message>
        <message>
            <source>0–13 years</source>
            <comment>AgeBand</comment>
            <extracomment>astra_desktop/core/hotline.py</extracomment>
            <translation>0–13 година</translation>
        </message>
        <message>
            <source>14–17 years</source>
            <comment>AgeBand</comment>
            <extracomment>astra_desktop/core/hotline.py</extracomment>
            <translation>14–17 година</translation>
        </message>
        <message>
            <source>18–24 years</source>
            <comment>AgeBand</comment>
            <extracomment>astra_desktop/core/hotline.py</extracomment>
            <translation>18–24 године</translation>
        </message>
        <message>
            <source>25–34 years</source>
            <comment>AgeBand</comment>
            <extracomment>astra_desktop/core/hotline.py</extracomment>
            <translation>25–34 године</translation>
        </message>
        <message>
            <source>35–49 years</source>
            <comment>AgeBand</comment>
            <extracomment>astra_desktop/core/hotline.py</extracomment>
            <translation>35–49 година</translation>
        </message>
        <message>
            <source>50 years or more</source>
            <comment>AgeBand</comment>
            <extracomment>astra_desktop/core/hotline.py</extracomment>
            <translation>50 година и више</translation>
        </message>
        <message>
            <source>Serbian</source>
            <comment>CallLanguage</comment>
            <extracomment>astra_desktop/core/hotline.py</extracomment>
            <translation>српски</translation>
        </message>
        <message>
            <source>English</source>
            <comment>CallLanguage</comment>
            <extracomment>astra_desktop/core/hotline.py</extracomment>
            <translation>енглески</translation>
        </message>
        <message>
            <source>Ukrainian</source>
            <comment>CallLanguage</comment>
            <extracomment>astra_desktop/core/hotline.py</extracomment>
            <translation>украјински</translation>
        </message>
        <message>
            <source>Russian</source>
            <comment>CallLanguage</comment>
            <extracomment>astra_desktop/core/hotline.py</extracomment>
            <translation>руски</translation>
        </message>
        <message>
            <source>Romanian</source>
            <comment>CallLanguage</comment>
            <extracomment>astra_desktop/core/hotline.py</extracomment>
            <translation>румунски</translation>
        </message>
        <message>
            <source>Bulgarian</source>
            <comment>CallLanguage</comment>
            <extracomment>astra_desktop/core/hotline.py</extracomment>
            <translation>бугарски</translation>
        </message>
        <message>
            <source>Hungarian</source>
            <comment>CallLanguage</comment>
            <extracomment>astra_desktop/core/hotline.py</extracomment>
            <translation>мађарски</translation>
        </message>
        <message>
            <source>Albanian</source>
            <comment>CallLanguage</comment>
            <extracomment>astra_desktop/core/hotline.py</extracomment>
            <translation>албански</translation>
        </message>
        <message>
            <source>Romani</source>
            <comment>CallLanguage</comment>
            <extracomment>astra_desktop/core/hotline.py</extracomment>
            <translation>ромски</translation>
        </message>
        <message>
            <source>Vietnamese</source>
            <comment>CallLanguage</comment>
            <extracomment>astra_desktop/core/hotline.py</extracomment>
            <translation>вијетнамски</translation>
        </message>
        <message>
            <source>Arabic</source>
            <comment>CallLanguage</comment>
            <extracomment>astra_desktop/core/hotline.py</extracomment>
            <translation>арапски</translation>
        </message>
        <message>
            <source>Persian</source>
            <comment>CallLanguage</comment>
            <extracomment>astra_desktop/core/hotline.py</extracomment>
            <translation>персијски</translation>
        </message>
        <message>
            <source>German</source>
            <comment>CallLanguage</comment>
            <extracomment>astra_desktop/core/hotline.py</extracomment>
            <translation>немачки</translation>
        </message>
        <message>
            <source>Another language</source>
            <comment>CallLanguage</comment>
            <extracomment>astra_desktop/core/hotline.py</extracomment>
            <translation>други језик</translation>
        </message>
        <message>
            <source>Searching</source>
            <comment>SearchStatus</comment>
            <extracomment>astra_desktop/core/missing.py</extracomment>
            <translation>Потрага у току</translation>
        </message>
        <message>
            <source>Paused</source>
            <comment>SearchStatus</comment>
            <extracomment>astra_desktop/core/missing.py</extracomment>
            <translation>Привремено обустављена</translation>
        </message>
        <message>
            <source>Found safe</source>
            <comment>SearchStatus</comment>
            <extracomment>astra_desktop/core/missing.py</extracomment>
            <translation>Пронађена, безбедна</translation>
        </message>
        <message>
            <source>Found in exploitation</source>
            <comment>SearchStatus</comment>
            <extracomment>astra_desktop/core/missing.py</extracomment>
            <translation>Пронађена у експлоатацији</translation>
        </message>
        <message>
            <source>Closed</source>
            <comment>SearchStatus</comment>
            <extracomment>astra_desktop/core/missing.py</extracomment>
            <translation>Затворена</translation>
        </message>
        <message>
            <source>Not recorded</source>
            <comment>SearchOutcome</comment>
            <extracomment>astra_desktop/core/missing.py</extracomment>
            <translation>Није евидентирано</translation>
        </message>
        <message>
            <source>Found alive</source>
            <comment>SearchOutcome</comment>
            <extracomment>astra_desktop/core/missing.py</extracomment>
            <translation>Пронађена жива</translation>
        </message>
        <message>
            <source>Found deceased</source>
            <comment>SearchOutcome</comment>
            <extracomment>astra_desktop/core/missing.py</extracomment>
            <translation>Пронађена преминула</translation>
        </message>
        <message>
            <source>Found, does not want contact</source>
            <comment>SearchOutcome</comment>
            <extracomment>astra_desktop/core/missing.py</extracomment>
            <translation>Пронађена, не жели контакт</translation>
        </message>
        <message>
            <source>Still missing</source>
            <comment>SearchOutcome</comment>
            <extracomment>astra_desktop/core/missing.py</extracomment>
            <translation>И даље нестала</translation>
        </message>
        <message>
            <source>No answer yet</source>
            <comment>InquiryAnswer</comment>
            <extracomment>astra_desktop/core/missing.py</extracomment>
            <translation>Још нема одговора</translation>
        </message>
        <message>
            <source>No information</source>
            <comment>InquiryAnswer</comment>
            <extracomment>astra_desktop/core/missing.py</extracomment>
            <translation>Нема информација</translation>
        </message>
        <message>
            <source>Has information</source>
            <comment>InquiryAnswer</comment>
            <extracomment>astra_desktop/core/missing.py</extracomment>
            <translation>Има информације</translation>
        </message>
        <message>
            <source>Person found</source>
            <comment>InquiryAnswer</comment>
            <extracomment>astra_desktop/core/missing.py</extracomment>
            <translation>Особа пронађена</translation>
        </message>
        <message>
            <source>Cannot share information</source>
            <comment>InquiryAnswer</comment>
            <extracomment>astra_desktop/core/missing.py</extracomment>
            <translation>Не може да подели информације</translation>
        </message>
        <message>
            <source>Police report</source>
            <comment>ActionKind</comment>
            <extracomment>astra_desktop/core/missing.py</extracomment>
            <translation>Пријава полицији</translation>
        </message>
        <message>
            <source>Partner organisation</source>
            <comment>ActionKind</comment>
            <extracomment>astra_desktop/core/missing.py</extracomment>
            <translation>Партнерска организација</translation>
        </message>
        <message>
            <source>Embassy / consulate</source>
            <comment>ActionKind</comment>
            <extracomment>astra_desktop/core/missing.py</extracomment>
            <translation>Амбасада / конзулат</translation>
        </message>
        <message>
            <source>Social welfare centre</source>
            <comment>ActionKind</comment>
            <extracomment>astra_desktop/core/missing.py</extracomment>
            <translation>Центар за социјални рад</translation>
        </message>
        <message>
            <source>Contact with the family</source>
            <comment>ActionKind</comment>
            <extracomment>astra_desktop/core/missing.py</extracomment>
            <translation>Контакт са породицом</translation>
        </message>
        <message>
            <source>Public appeal</source>
            <comment>ActionKind</comment>
            <extracomment>astra_desktop/core/missing.py</extracomment>
            <translation>Јавни апел</translation>
        </message>
        <message>
            <source>Other</source>
            <comment>ActionKind</comment>
            <extracomment>astra_desktop/core/missing.py</extracomment>
            <translation>Друго</translation>
        </message>
        <message>
            <source>Non-governmental organisation</source>
            <comment>PartnerKind</comment>
            <extracomment>astra_desktop/core/partners.py</extracomment>
            <translation>Невладина организација (удружење)</translation>
        </message>
        <message>
            <source>Shelter</source>
            <comment>PartnerKind</comment>
            <extracomment>astra_desktop/core/partners.py</extracomment>
            <translation>Прихватилиште или сигурна кућа</translation>
        </message>
        <message>
            <source>Centre for social work or social protection</source>
            <comment>PartnerKind</comment>
            <extracomment>astra_desktop/core/partners.py</extracomment>
            <translation>Центар за социјални рад или установа социјалне заштите</translation>
        </message>
        <message>
            <source>Police</source>
            <comment>PartnerKind</comment>
            <extracomment>astra_desktop/core/partners.py</extracomment>
            <translation>Полиција</translation>
        </message>
        <message>
            <source>Public prosecutor's office</source>
            <comment>PartnerKind</comment>
            <extracomment>astra_desktop/core/partners.py</extracomment>
            <translation>Јавно тужилаштво</translation>
        </message>
        <message>
            <source>Court</source>
            <comment>PartnerKind</comment>
            <extracomment>astra_desktop/core/partners.py</extracomment>
            <translation>Суд</translation>
        </message>
        <message>
            <source>Health institution</source>
            <comment>PartnerKind</comment>
            <extracomment>astra_desktop/core/partners.py</extracomment>
            <translation>Здравствена установа</translation>
        </message>
        <message>
            <source>Embassy or consulate</source>
            <comment>PartnerKind</comment>
            <extracomment>astra_desktop/core/partners.py</extracomment>
            <translation>Амбасада или конзулат</translation>
        </message>
        <message>
            <source>International organisation</source>
            <comment>PartnerKind</comment>
            <extracomment>astra_desktop/core/partners.py</extracomment>
            <translation>Међународна организација</translation>
        </message>
        <message>
            <source>Legal aid provider</source>
            <comment>PartnerKind</comment>
            <extracomment>astra_desktop/core/partners.py</extracomment>
            <translation>Пружалац правне помоћи</translation>
        </message>
        <message>
            <source>Employment service</source>
            <comment>PartnerKind</comment>
            <extracomment>astra_desktop/core/partners.py</extracomment>
            <translation>Служба за запошљавање</translation>
        </message>
        <message>
            <source>Other</source>
            <comment>PartnerKind</comment>
            <extracomment>astra_desktop/core/partners.py</extracomment>
            <translation>Друго</translation>
        </message>
        <message>
            <source>Accommodation</source>
            <comment>PartnerService</comment>
            <extracomment>astra_desktop/core/partners.py</extracomment>
            <translation>Смештај</translation>
        </message>
        <message>
            <source>Legal aid</source>
            <comment>PartnerService</comment>
            <extracomment>astra_desktop/core/partners.py</extracomment>
            <translation>Правна помоћ</translation>
        </message>
        <message>
            <source>Psychological support</source>
            <comment>PartnerService</comment>
            <extracomment>astra_desktop/core/partners.py</extracomment>
            <translation>Психолошка подршка</translation>
        </message>
        <message>
            <source>Medical care</source>
            <comment>PartnerService</comment>
            <extracomment>astra_desktop/core/partners.py</extracomment>
            <translation>Медицинска помоћ</translation>
        </message>
        <message>
            <source>Return home (repatriation)</source>
            <comment>PartnerService</comment>
            <extracomment>astra_desktop/core/partners.py</extracomment>
            <translation>Повратак у земљу порекла (репатријација)</translation>
        </message>
        <message>
            <source>Identity and travel documents</source>
            <comment>PartnerService</comment>
            <extracomment>astra_desktop/core/partners.py</extracomment>
            <translation>Лична и путна документа</translation>
        </message>
        <message>
            <source>Education and employment</source>
            <comment>PartnerService</comment>
            <extracomment>astra_desktop/core/partners.py</extracomment>
            <translation>Образовање и запошљавање</translation>
        </message>
        <message>
            <source>Financial support</source>
            <comment>PartnerService</comment>
            <extracomment>astra_desktop/core/partners.py</extracomment>
            <translation>Финансијска помоћ</translation>
        </message>
        <message>
            <source>Low</source>
            <comment>Level</comment>
            <extracomment>astra_desktop/core/risk.py</extracomment>
            <translation>Низак</translation>
        </message>
        <message>
            <source>Medium</source>
            <comment>Level</comment>
            <extracomment>astra_desktop/core/risk.py</extracomment>
            <translation>Средњи</translation>
        </message>
        <message>
            <source>High</source>
            <comment>Level</comment>
            <extracomment>astra_desktop/core/risk.py</extracomment>
            <translation>Висок</translation>
        </message>
        <message>
            <source>To do</source>
            <comment>ActionStatus</comment>
            <extracomment>astra_desktop/core/risk.py</extracomment>
            <translation>Треба урадити</translation>
        </message>
        <message>
            <source>Under way</source>
            <comment>ActionStatus</comment>
            <extracomment>astra_desktop/core/risk.py</extracomment>
            <translation>У току</translation>
        </message>
        <message>
            <source>Done</source>
            <comment>ActionStatus</comment>
            <extracomment>astra_desktop/core/risk.py</extracomment>
            <translation>Урађено</translation>
        </message>
        <message>
            <source>Dropped</source>
            <comment>ActionStatus</comment>
            <extracomment>astra_desktop/core/risk.py</extracomment>
            <translation>Одустало се</translation>
        </message>
        <message>
            <source>Testimony</source>
            <comment>RiskEventKind</comment>
            <extracomment>astra_desktop/core/risk.py</extracomment>
            <translation>Сведочење</translation>
        </message>
        <message>
            <source>Suspect released</source>
            <comment>RiskEventKind</comment>
            <extracomment>astra_desktop/core/risk.py</extracomment>
            <translation>Осумњичени пуштен на слободу</translation>
        </message>
        <message>
            <source>Other</source>
            <comment>RiskEventKind</comment>
            <extracomment>astra_desktop/core/risk.py</extracomment>
            <translation>Друго</translation>
        </message>
    </context>
</TS>
