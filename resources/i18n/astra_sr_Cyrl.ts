<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sr_Cyrl_RS">
    <context>
        <name />
        <message>
            <source>Unpaid wages</source>
            <translation>Неисплаћене зараде</translation>
        </message>
        <message>
            <source>Medical costs</source>
            <translation>Трошкови лечења</translation>
        </message>
        <message>
            <source>Travel costs</source>
            <translation>Путни трошкови</translation>
        </message>
        <message>
            <source>Lost earnings</source>
            <translation>Изгубљена зарада</translation>
        </message>
        <message>
            <source>Other material damage</source>
            <translation>Друга материјална штета</translation>
        </message>
        <message>
            <source>Mental suffering (liberty and personal rights)</source>
            <translation>Претрпљени душевни болови због повреде слободе или права личности</translation>
        </message>
        <message>
            <source>Fear</source>
            <translation>Претрпљени страх</translation>
        </message>
        <message>
            <source>Physical pain</source>
            <translation>Претрпљени физички болови</translation>
        </message>
        <message>
            <source>Other non-material damage</source>
            <translation>Друга нематеријална штета</translation>
        </message>
        <message>
            <source>Lawyer's fee</source>
            <translation>Награда адвокату</translation>
        </message>
        <message>
            <source>Court fees</source>
            <translation>Судске таксе</translation>
        </message>
        <message>
            <source>Expert opinion</source>
            <translation>Вештачење</translation>
        </message>
        <message>
            <source>Interpreter and translation</source>
            <translation>Тумач и превод</translation>
        </message>
        <message>
            <source>Travel to hearings</source>
            <translation>Путни трошкови доласка на рочишта</translation>
        </message>
        <message>
            <source>Other costs</source>
            <translation>Остали трошкови</translation>
        </message>
        <message>
            <source>Shared by every document (footer, filing form, labels)</source>
            <translation>Заједничко за све документе (подножје, облик поднеска, називи)</translation>
        </message>
        <message>
            <source>Shared by the property claim and the civil suit</source>
            <translation>Заједничко за имовинскоправни захтев и тужбу</translation>
        </message>
    </context>
    <context>
        <name>AboutDialog</name>
        <message>
            <source>About {0}</source>
            <translation>О програму {0}</translation>
        </message>
        <message>
            <source>Offline, encrypted case files for an anti-trafficking organisation. This program is free software under the &lt;a href="{0}"&gt;GNU General Public License, version 3 or later&lt;/a&gt; (GPL-3.0-or-later); it comes with no warranty.</source>
            <translation>Шифровани досијеи случајева који раде без интернета, за организацију која се бори против трговине људима. Овај програм је слободан софтвер под лиценцом &lt;a href="{0}"&gt;ГНУ Генерал Публиц Лиценсе, верзија 3 или новија&lt;/a&gt; (GPL-3.0-ор-латер); долази без икакве гаранције.</translation>
        </message>
        <message>
            <source>Fonts</source>
            <translation>Фонтови</translation>
        </message>
        <message>
            <source>Icons</source>
            <translation>Иконице</translation>
        </message>
        <message>
            <source>Bundled with the program, under their own licences:</source>
            <translation>Уз програм иду и следећи делови, под сопственим лиценцама:</translation>
        </message>
    </context>
    <context>
        <name>ActionDialog</name>
        <message>
            <source>Action in the search</source>
            <translation>Радња у потрази</translation>
        </message>
        <message>
            <source>&amp;Action</source>
            <translation>&amp;Радња</translation>
        </message>
        <message>
            <source>&amp;What</source>
            <translation>&amp;Шта</translation>
        </message>
        <message>
            <source>Whom you contacted, what they said</source>
            <translation>Кога сте контактирали и шта су рекли</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Када</translation>
        </message>
        <message>
            <source>&amp;Done on</source>
            <translation>&amp;Урађено дана</translation>
        </message>
        <message>
            <source>&amp;Planned for</source>
            <translation>&amp;Планирано за</translation>
        </message>
    </context>
    <context>
        <name>AddDeviceDialog</name>
        <message>
            <source>The join request</source>
            <translation>Захтев за придруживање</translation>
        </message>
        <message>
            <source>Save the join file</source>
            <translation>Чување датотеке за придруживање</translation>
        </message>
        <message>
            <source>Choose the join request the new laptop wrote.</source>
            <translation>Изаберите захтев за придруживање који је нови лаптоп сачувао.</translation>
        </message>
        <message>
            <source>Type the fingerprint the new laptop's owner reads out: 25 digits.</source>
            <translation>Унесите контролни отисак који власник новог лаптопа чита наглас: 25 цифара.</translation>
        </message>
        <message>
            <source>Choose where to save the join file.</source>
            <translation>Изаберите где да се сачува датотека за придруживање.</translation>
        </message>
        <message>
            <source>The fingerprints match. The join file is saved as {0}. Hand it to the new laptop's owner (a USB stick, in person), not through the office folder.</source>
            <translation>Контролни отисци се поклапају. Датотека за придруживање је сачувана као {0}. Предајте је власнику новог лаптопа (USB флеш, лично), не преко фасцикле канцеларије.</translation>
        </message>
        <message>
            <source>Add a device to the team</source>
            <translation>Додавање уређаја у тим</translation>
        </message>
        <message>
            <source>The new laptop wrote a join request and shows a fingerprint. Ask its owner to read the fingerprint aloud (by phone or in person) and type it here: a request swapped on the way will not match.</source>
            <translation>Нови лаптоп је сачувао захтев за придруживање и приказује контролни отисак. Замолите власника да га прочита наглас (телефоном или уживо) и унесите га овде: захтев подметнут успут се неће поклопити.</translation>
        </message>
        <message>
            <source>Join &amp;request</source>
            <translation>&amp;Захтев за придруживање</translation>
        </message>
        <message>
            <source>C&amp;hoose…</source>
            <translation>&amp;Изабери…</translation>
        </message>
        <message>
            <source>&amp;Fingerprint read aloud</source>
            <translation>&amp;Контролни отисак прочитан наглас</translation>
        </message>
        <message>
            <source>&amp;Save the join file as</source>
            <translation>&amp;Сачувај датотеку за придруживање као</translation>
        </message>
        <message>
            <source>Choose &amp;where…</source>
            <translation>Изабери &amp;где…</translation>
        </message>
        <message>
            <source>Read the passphrase out to the new laptop's owner; never send it with the file. It opens this join file only, once.</source>
            <translation>Прочитајте лозинку власнику новог лаптопа; никада је не шаљите уз датотеку. Отвара само ову датотеку за придруживање, једном.</translation>
        </message>
    </context>
    <context>
        <name>AddUserDialog</name>
        <message>
            <source>Add a user</source>
            <translation>Додавање корисника</translation>
        </message>
        <message>
            <source>&amp;User name</source>
            <translation>&amp;Корисничко име</translation>
        </message>
        <message>
            <source>&amp;Role</source>
            <translation>&amp;Улога</translation>
        </message>
        <message>
            <source>Sees all cases (not only those assigned)</source>
            <translation>Види све случајеве (не само додељене)</translation>
        </message>
        <message>
            <source>First &amp;passphrase</source>
            <translation>Прва &amp;лозинка</translation>
        </message>
    </context>
    <context>
        <name>AdminPage</name>
        <message>
            <source>The two passphrases differ.</source>
            <translation>Лозинке се не поклапају.</translation>
        </message>
        <message>
            <source>Creating the encrypted vault… (a few seconds)</source>
            <translation>Прави се шифрована база… (неколико секунди)</translation>
        </message>
        <message>
            <source>The first administrator</source>
            <translation>Први администратор</translation>
        </message>
        <message>
            <source>The administrator adds the other users. Choose a passphrase of several unrelated words: it cannot be recovered by anyone, only replaced.</source>
            <translation>Администратор додаје остале кориснике. Изаберите лозинку од неколико неповезаних речи: нико не може да је поврати, може се само заменити новом.</translation>
        </message>
        <message>
            <source>&amp;User name</source>
            <translation>&amp;Корисничко име</translation>
        </message>
        <message>
            <source>e.g. marija</source>
            <translation>нпр. марија</translation>
        </message>
        <message>
            <source>&amp;Passphrase</source>
            <translation>&amp;Лозинка</translation>
        </message>
        <message>
            <source>&amp;Repeat it</source>
            <translation>&amp;Поновите је</translation>
        </message>
    </context>
    <context>
        <name>AgendaPage</name>
        <message>
            <source>Today</source>
            <translation>Данас</translation>
        </message>
        <message>
            <source>This week</source>
            <translation>Ове недеље</translation>
        </message>
        <message>
            <source>Outcomes to record</source>
            <translation>Исходи за упис</translation>
        </message>
        <message>
            <source>All upcoming</source>
            <translation>Сви предстојећи</translation>
        </message>
        <message numerus="yes">
            <source>%n appointment(s)</source>
            <translation>
                <numerusform>%n термин</numerusform>
                <numerusform>%n термина</numerusform>
                <numerusform>%n термина</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing is planned for today.</source>
            <translation>За данас ништа није заказано.</translation>
        </message>
        <message>
            <source>Nothing more is planned this week.</source>
            <translation>До краја недеље ништа више није заказано.</translation>
        </message>
        <message>
            <source>Every appointment that has ended has its outcome recorded. Well done.</source>
            <translation>За сваки завршен термин уписан је исход. Браво.</translation>
        </message>
        <message>
            <source>No appointments are planned.</source>
            <translation>Нема заказаних термина.</translation>
        </message>
        <message>
            <source>The PDF will be an ordinary, unencrypted file. It shows case codes and, as you asked, clients' names. The printout is recorded in the audit trail. Make it?</source>
            <translation>PDF ће бити обичан, нешифрован фајл. На њему су шифре случајева и, како сте тражили, имена клијената. Штампање се бележи у евиденцији активности. Направити PDF?</translation>
        </message>
        <message>
            <source>The PDF will be an ordinary, unencrypted file. It shows case codes, not names. The printout is recorded in the audit trail. Make it?</source>
            <translation>PDF ће бити обичан, нешифрован фајл. На њему су шифре случајева, без имена. Штампање се бележи у евиденцији активности. Направити PDF?</translation>
        </message>
        <message>
            <source>Print the week</source>
            <translation>Штампање недеље</translation>
        </message>
        <message>
            <source>Make the PDF</source>
            <translation>Направи PDF</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Откажи</translation>
        </message>
        <message>
            <source>Save the week's agenda</source>
            <translation>Чување недељног распореда</translation>
        </message>
        <message>
            <source>Saved the week's agenda to {0}.</source>
            <translation>Недељни распоред је сачуван у {0}.</translation>
        </message>
        <message>
            <source>Only &amp;mine</source>
            <translation>Само &amp;моји</translation>
        </message>
        <message>
            <source>Show clients' &amp;names</source>
            <translation>Прикажи &amp;имена клијената</translation>
        </message>
        <message>
            <source>Open the &amp;case file</source>
            <translation>Отвори &amp;досије случаја</translation>
        </message>
        <message>
            <source>&amp;Print the week…</source>
            <translation>Од&amp;штампај недељу…</translation>
        </message>
        <message>
            <source>&amp;New appointment…</source>
            <translation>&amp;Нови термин…</translation>
        </message>
    </context>
    <context>
        <name>AppointmentDialog</name>
        <message>
            <source>Appointment</source>
            <translation>Термин</translation>
        </message>
        <message>
            <source>New appointment</source>
            <translation>Нови термин</translation>
        </message>
        <message>
            <source>Does not repeat</source>
            <translation>Не понавља се</translation>
        </message>
        <message>
            <source>Every day</source>
            <translation>Сваког дана</translation>
        </message>
        <message>
            <source>Every week</source>
            <translation>Сваке недеље</translation>
        </message>
        <message>
            <source>Every two weeks</source>
            <translation>Сваке друге недеље</translation>
        </message>
        <message>
            <source>Every month</source>
            <translation>Сваког месеца</translation>
        </message>
        <message>
            <source>Enter the date, e.g. 05.03.2026.</source>
            <translation>Унесите датум, нпр. 05.03.2026.</translation>
        </message>
        <message>
            <source>The appointment ends before it starts.</source>
            <translation>Термин се завршава пре него што почиње.</translation>
        </message>
        <message>
            <source>Double booking</source>
            <translation>Преклапање термина</translation>
        </message>
        <message>
            <source>Save this appointment anyway?</source>
            <translation>Ипак сачувати овај термин?</translation>
        </message>
        <message>
            <source>Save anyway</source>
            <translation>Ипак сачувај</translation>
        </message>
        <message>
            <source>Change it</source>
            <translation>Измени</translation>
        </message>
        <message>
            <source>Court hearing</source>
            <translation>Рочиште</translation>
        </message>
        <message>
            <source>&amp;Case</source>
            <translation>&amp;Случај</translation>
        </message>
        <message>
            <source>e.g. AST-2026-0042</source>
            <translation>нпр. AST-2026-0042</translation>
        </message>
        <message>
            <source>&amp;Type</source>
            <translation>&amp;Врста</translation>
        </message>
        <message>
            <source>&amp;Date</source>
            <translation>&amp;Датум</translation>
        </message>
        <message>
            <source>from</source>
            <translation>од</translation>
        </message>
        <message>
            <source>to</source>
            <translation>до</translation>
        </message>
        <message>
            <source>&amp;Place</source>
            <translation>&amp;Место</translation>
        </message>
        <message>
            <source>Accompanied &amp;by</source>
            <translation>&amp;Пратња</translation>
        </message>
        <message>
            <source>&amp;Repeat</source>
            <translation>П&amp;онављање</translation>
        </message>
        <message>
            <source> times</source>
            <translation> пута</translation>
        </message>
        <message>
            <source>Re&amp;mind</source>
            <translation>Подсе&amp;тник</translation>
        </message>
        <message>
            <source>1 week</source>
            <translation>1 недељу</translation>
        </message>
        <message>
            <source>2 days</source>
            <translation>2 дана</translation>
        </message>
        <message>
            <source>1 day</source>
            <translation>1 дан</translation>
        </message>
        <message>
            <source>2 hours</source>
            <translation>2 сата</translation>
        </message>
        <message>
            <source>1 hour</source>
            <translation>1 сат</translation>
        </message>
        <message>
            <source>before</source>
            <translation>раније</translation>
        </message>
        <message>
            <source>&amp;Status</source>
            <translation>Стат&amp;ус</translation>
        </message>
        <message>
            <source>&amp;Outcome</source>
            <translation>&amp;Исход</translation>
        </message>
        <message>
            <source>What happened, or why it was postponed</source>
            <translation>Шта се догодило, или зашто је одложено</translation>
        </message>
        <message>
            <source>&amp;Notes</source>
            <translation>&amp;Напомене</translation>
        </message>
    </context>
    <context>
        <name>AppointmentListModel</name>
        <message>
            <source>When</source>
            <translation>Када</translation>
        </message>
        <message>
            <source>Case</source>
            <translation>Случај</translation>
        </message>
        <message>
            <source>Client</source>
            <translation>Клијент/киња</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Врста</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>Место</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Статус</translation>
        </message>
        <message>
            <source>Outcome to record</source>
            <translation>Исход за упис</translation>
        </message>
    </context>
    <context>
        <name>AppointmentsSection</name>
        <message>
            <source>&amp;Agenda</source>
            <translation>&amp;Распоред</translation>
        </message>
        <message>
            <source>Mon&amp;th</source>
            <translation>&amp;Месец</translation>
        </message>
        <message>
            <source>M&amp;y appointments</source>
            <translation>Мо&amp;ји термини</translation>
        </message>
        <message>
            <source>Court &amp;monitoring</source>
            <translation>Праћење &amp;суђења</translation>
        </message>
    </context>
    <context>
        <name>AssessmentForm</name>
        <message>
            <source>Risk assessment</source>
            <translation>Процена ризика</translation>
        </message>
        <message>
            <source>Reading the risk instrument…</source>
            <translation>Учитава се инструмент за процену ризика…</translation>
        </message>
        <message>
            <source>The assessment cannot be made: {0} Close this form and try again from the case file.</source>
            <translation>Процену није могуће урадити: {0} Затворите овај образац и покушајте поново из досијеа случаја.</translation>
        </message>
        <message>
            <source>Keep the calculated level</source>
            <translation>Задржи израчунати ниво</translation>
        </message>
        <message>
            <source>No question is answered yet.</source>
            <translation>Још није одговорено ни на једно питање.</translation>
        </message>
        <message>
            <source>none</source>
            <translation>нема</translation>
        </message>
        <message>
            <source>not answered: {0}</source>
            <translation>без одговора: {0}</translation>
        </message>
        <message>
            <source>Score {0} ({1} band) · red flags: {2} · grid: severity {3} × likelihood {4} → {5} · unanswered: {6}</source>
            <translation>Збир бодова {0} (ниво по збиру: {1}) · знаци високог ризика: {2} · матрица: озбиљност {3} × вероватноћа {4} → {5} · без одговора: {6}</translation>
        </message>
        <message>
            <source>&amp;Date</source>
            <translation>&amp;Датум</translation>
        </message>
        <message>
            <source>&amp;Level</source>
            <translation>&amp;Ниво</translation>
        </message>
        <message>
            <source>&amp;Reason</source>
            <translation>&amp;Разлог</translation>
        </message>
        <message>
            <source>Required when lowering the level</source>
            <translation>Обавезно када се ниво снижава</translation>
        </message>
        <message>
            <source>Client's &amp;own words</source>
            <translation>Речи &amp;клијента/киње</translation>
        </message>
        <message>
            <source>How the client describes the danger, in their words</source>
            <translation>Како клијент/киња описује опасност, својим речима</translation>
        </message>
    </context>
    <context>
        <name>BackupsPage</name>
        <message>
            <source>Only an administrator can make and restore backups.</source>
            <translation>Само администратор може да прави и враћа резервне копије.</translation>
        </message>
        <message>
            <source>The folder {0} is not there (is the stick plugged in?).</source>
            <translation>Фасцикла {0} не постоји (да ли је USB флеш прикључен?).</translation>
        </message>
        <message>
            <source>another vault's user</source>
            <translation>корисник друге базе</translation>
        </message>
        <message>
            <source>It failed: {0}</source>
            <translation>Није успело: {0}</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>да</translation>
        </message>
        <message>
            <source>no</source>
            <translation>не</translation>
        </message>
        <message>
            <source>DAMAGED</source>
            <translation>ОШТЕЋЕНА</translation>
        </message>
        <message>
            <source>Where to keep backups</source>
            <translation>Где чувати резервне копије</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Откажи</translation>
        </message>
        <message>
            <source>Backups</source>
            <translation>Резервне копије</translation>
        </message>
        <message>
            <source>Passphrase for this backup</source>
            <translation>Лозинка за ову резервну копију</translation>
        </message>
        <message>
            <source>Making a backup…</source>
            <translation>Прави се резервна копија…</translation>
        </message>
        <message>
            <source>Backup {0} written and verified. Keep its passphrase apart from the stick.</source>
            <translation>Резервна копија {0} је записана и проверена. Лозинку чувајте одвојено од USB флеша.</translation>
        </message>
        <message>
            <source>Open a backup</source>
            <translation>Отварање резервне копије</translation>
        </message>
        <message>
            <source>The passphrase chosen when the backup was made, or the vault's recovery key.</source>
            <translation>Лозинка изабрана при прављењу копије, или кључ за опоравак базе.</translation>
        </message>
        <message>
            <source>Opening the backup…</source>
            <translation>Отвара се резервна копија…</translation>
        </message>
        <message>
            <source>Choose a backup in the list first.</source>
            <translation>Прво изаберите резервну копију са списка.</translation>
        </message>
        <message>
            <source>{0} is sound: every part authenticates and its records add up.</source>
            <translation>{0} је исправна: сваки део је аутентичан и сви записи се слажу.</translation>
        </message>
        <message>
            <source>Checking the backup…</source>
            <translation>Проверава се резервна копија…</translation>
        </message>
        <message>
            <source>An empty folder for the vault</source>
            <translation>Празна фасцикла за базу</translation>
        </message>
        <message>
            <source>This backup is of another vault: open it with that vault's recovery key to restore it here.</source>
            <translation>Ова резервна копија је од друге базе: да бисте је вратили овде, отворите је кључем за опоравак те базе.</translation>
        </message>
        <message>
            <source>Restoring…</source>
            <translation>Враћање…</translation>
        </message>
        <message>
            <source>Restored into {0}; it opened and checked out. Open it with astra-desktop --home "{1}".</source>
            <translation>Враћено у {0}; база се отвара и провера је прошла. Отворите је са astra-desktop --home "{1}".</translation>
        </message>
        <message>
            <source>Replace this vault</source>
            <translation>Замена ове базе</translation>
        </message>
        <message>
            <source>The restored vault opened and checked out. Replace this vault with it now? The vault locks; everyone logs in again with their own passphrase. The current vault is kept aside, still encrypted.</source>
            <translation>Враћена база се отвара и провера је прошла. Заменити њоме ову базу сада? База се закључава; сви се поново пријављују својом лозинком. Тренутна база се чува по страни, и даље шифрована.</translation>
        </message>
        <message>
            <source>Replace</source>
            <translation>Замени</translation>
        </message>
        <message>
            <source>Restore</source>
            <translation>Врати</translation>
        </message>
        <message>
            <source>Restored</source>
            <translation>Враћено</translation>
        </message>
        <message>
            <source>The vault was restored from the backup. Log in with your own passphrase. The vault it replaced is kept, still encrypted, in {0}.</source>
            <translation>База је враћена из резервне копије. Пријавите се својом лозинком. База коју је заменила чува се, и даље шифрована, у {0}.</translation>
        </message>
        <message>
            <source>Type the case codes to hand over first.</source>
            <translation>Прво упишите шифре случајева које предајете.</translation>
        </message>
        <message>
            <source>Save the bundle</source>
            <translation>Чување пакета</translation>
        </message>
        <message>
            <source>Case bundles (*.astratransfer)</source>
            <translation>Пакети случајева (*.astratransfer)</translation>
        </message>
        <message>
            <source>Sealing the cases…</source>
            <translation>Случајеви се пакују и шифрују…</translation>
        </message>
        <message>
            <source>Wrote {0} ({1}). Its one-time passphrase — read it out by phone, never send it with the file:

{2}</source>
            <translation>Пакет {0} је записан ({1}). Његова једнократна лозинка — саопштите је телефоном, никада је не шаљите уз фајл:

{2}</translation>
        </message>
        <message>
            <source>Cases sealed</source>
            <translation>Случајеви су запаковани</translation>
        </message>
        <message>
            <source>A case bundle</source>
            <translation>Пакет случајева</translation>
        </message>
        <message>
            <source>Open the bundle</source>
            <translation>Отварање пакета</translation>
        </message>
        <message>
            <source>The one-time passphrase you were told.</source>
            <translation>Једнократна лозинка коју сте добили.</translation>
        </message>
        <message>
            <source>Reading the bundle…</source>
            <translation>Чита се пакет…</translation>
        </message>
        <message>
            <source>Nothing was imported.</source>
            <translation>Ништа није увезено.</translation>
        </message>
        <message>
            <source>Importing…</source>
            <translation>Увози се…</translation>
        </message>
        <message>
            <source>Imported {0} new and {1} changed records; {2} kept as they were here; {3} deleted as on the other laptop.</source>
            <translation>Увезено: нових записа {0}, измењених {1}; {2} задржано како је било овде; {3} обрисано као на другом лаптопу.</translation>
        </message>
        <message numerus="yes">
            <source>%n partner(s) added to the registry (inactive): check them in Partners.</source>
            <translation>
                <numerusform>%n партнер је додат у регистар (неактиван): проверите га у одељку Партнери.</numerusform>
                <numerusform>%n партнера су додата у регистар (неактивна): проверите их у одељку Партнери.</numerusform>
                <numerusform>%n партнера је додато у регистар (неактивни): проверите их у одељку Партнери.</numerusform>
            </translation>
        </message>
        <message>
            <source>Encrypted backups</source>
            <translation>Шифроване резервне копије</translation>
        </message>
        <message>
            <source>Folder:</source>
            <translation>Фасцикла:</translation>
        </message>
        <message>
            <source>&amp;Choose folder…</source>
            <translation>Изабери &amp;фасциклу…</translation>
        </message>
        <message>
            <source>Reading the backups in the folder…</source>
            <translation>Читају се резервне копије из фасцикле…</translation>
        </message>
        <message>
            <source>Made</source>
            <translation>Направљена</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Величина</translation>
        </message>
        <message>
            <source>Made by</source>
            <translation>Направио/ла</translation>
        </message>
        <message>
            <source>Verified</source>
            <translation>Проверена</translation>
        </message>
        <message>
            <source>&amp;Make a backup now…</source>
            <translation>&amp;Направи резервну копију одмах…</translation>
        </message>
        <message>
            <source>&amp;Verify…</source>
            <translation>&amp;Провери…</translation>
        </message>
        <message>
            <source>&amp;Restore…</source>
            <translation>&amp;Врати…</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Подешавања</translation>
        </message>
        <message>
            <source>&amp;Keep the last</source>
            <translation>Чувај &amp;само последњих</translation>
        </message>
        <message>
            <source> backups</source>
            <translation> копија</translation>
        </message>
        <message>
            <source>Re&amp;mind when the last backup is older than</source>
            <translation>По&amp;дсети када је последња копија старија од</translation>
        </message>
        <message>
            <source> days</source>
            <translation> дана</translation>
        </message>
        <message>
            <source>Hand cases to another laptop</source>
            <translation>Предаја случајева на други лаптоп</translation>
        </message>
        <message>
            <source>case codes, e.g. AST-2026-0042, AST-2026-0043</source>
            <translation>шифре случајева, нпр. AST-2026-0042, AST-2026-0043</translation>
        </message>
        <message>
            <source>&amp;Export cases…</source>
            <translation>&amp;Извези случајеве…</translation>
        </message>
        <message>
            <source>&amp;Import a bundle…</source>
            <translation>&amp;Увези пакет…</translation>
        </message>
    </context>
    <context>
        <name>BarChart</name>
        <message>
            <source>Nothing to show for this period.</source>
            <translation>За овај период нема шта да се прикаже.</translation>
        </message>
    </context>
    <context>
        <name>CallForm</name>
        <message>
            <source>To whom the caller was referred: a partner of the registry, or a name; empty if none.</source>
            <translation>Коме је позивалац упућен: партнер из регистра или назив организације; празно ако није упућен.</translation>
        </message>
        <message>
            <source>None reported</source>
            <translation>Није наведено</translation>
        </message>
        <message>
            <source>New call</source>
            <translation>Нови позив</translation>
        </message>
        <message>
            <source>Editing the call of {0}</source>
            <translation>Измена позива примљеног {0}</translation>
        </message>
        <message>
            <source>Enter the day of the call.</source>
            <translation>Унесите дан позива.</translation>
        </message>
        <message>
            <source>Enter the time as HH:MM, e.g. 09:30.</source>
            <translation>Унесите време као ЧЧ:ММ, нпр. 09:30.</translation>
        </message>
        <message>
            <source>Choose the topic of the call.</source>
            <translation>Изаберите тему позива.</translation>
        </message>
        <message>
            <source>Restored the call you were logging when the vault locked.</source>
            <translation>Враћен је позив који сте уписивали када се база закључала.</translation>
        </message>
        <message>
            <source>The person concerned</source>
            <translation>Особа о којој је реч</translation>
        </message>
        <message>
            <source>The person the call is about: the caller or someone else.</source>
            <translation>Особа на коју се позив односи: сам позивалац или неко други.</translation>
        </message>
        <message>
            <source>&amp;Topic</source>
            <translation>&amp;Тема</translation>
        </message>
        <message>
            <source>Choose the topic (type its first letter)</source>
            <translation>Изаберите тему (упишите њено прво слово)</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>Канал</translation>
        </message>
        <message>
            <source>&amp;Caller</source>
            <translation>&amp;Позивалац</translation>
        </message>
        <message>
            <source>Anonymous (no name given)</source>
            <translation>Анонимно (без имена)</translation>
        </message>
        <message>
            <source>The caller is still counted by who they are (possible victim, family…).</source>
            <translation>Позивалац се и даље броји према томе ко је (претпостављена жртва, породица…).</translation>
        </message>
        <message>
            <source>L&amp;anguage</source>
            <translation>&amp;Језик</translation>
        </message>
        <message>
            <source>Call &amp;back</source>
            <translation>&amp;Узвратни позив</translation>
        </message>
        <message>
            <source>only if the caller wants to be called back</source>
            <translation>само ако позивалац жели да му се узврати позив</translation>
        </message>
        <message>
            <source>&amp;Referral</source>
            <translation>Упући&amp;вање</translation>
        </message>
        <message>
            <source>&amp;Follow-up needed</source>
            <translation>Потребно &amp;даље поступање</translation>
        </message>
        <message>
            <source>Sex</source>
            <translation>Пол</translation>
        </message>
        <message>
            <source>Age</source>
            <translation>Старост</translation>
        </message>
        <message>
            <source>The age in years, if known; otherwise choose a band.</source>
            <translation>Старост у годинама, ако је позната; иначе изаберите старосну групу.</translation>
        </message>
        <message>
            <source>Nationality</source>
            <translation>Држављанство</translation>
        </message>
        <message>
            <source>e.g. Serbia, Ukraine</source>
            <translation>нпр. Србија, Украјина</translation>
        </message>
        <message>
            <source>Exploitation</source>
            <translation>Експлоатација</translation>
        </message>
        <message>
            <source>Where</source>
            <translation>Где</translation>
        </message>
        <message>
            <source>town or place</source>
            <translation>град или место</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>Држава</translation>
        </message>
        <message>
            <source>country</source>
            <translation>држава</translation>
        </message>
        <message>
            <source>Ur&amp;gent</source>
            <translation>&amp;Хитно</translation>
        </message>
        <message>
            <source>&amp;Note</source>
            <translation>&amp;Белешка</translation>
        </message>
        <message>
            <source>What the caller asked and what was advised. No names are needed.</source>
            <translation>Шта је позивалац питао и шта је саветовано. Имена нису потребна.</translation>
        </message>
        <message>
            <source>&amp;When</source>
            <translation>&amp;Када</translation>
        </message>
        <message>
            <source>&amp;Duration</source>
            <translation>Т&amp;рајање</translation>
        </message>
        <message>
            <source>Counted from your first keystroke in this form; type to change it.</source>
            <translation>Рачуна се од првог унетог знака у овом обрасцу; упишите други број ако треба.</translation>
        </message>
        <message>
            <source> min</source>
            <translation> мин</translation>
        </message>
        <message>
            <source>Line w&amp;orker</source>
            <translation>Саветник/&amp;ца на линији</translation>
        </message>
        <message>
            <source>Follow-up due</source>
            <translation>Рок</translation>
        </message>
        <message>
            <source>by</source>
            <translation>ко</translation>
        </message>
        <message>
            <source>Who does the follow-up</source>
            <translation>Ко спроводи даље поступање</translation>
        </message>
        <message>
            <source>Clear</source>
            <translation>Очисти</translation>
        </message>
        <message>
            <source>&amp;Save call  (Ctrl+Enter)</source>
            <translation>&amp;Сачувај позив  (Ctrl+Enter)</translation>
        </message>
    </context>
    <context>
        <name>CallLogModel</name>
        <message>
            <source>When</source>
            <translation>Када</translation>
        </message>
        <message>
            <source>Urgent</source>
            <translation>Хитно</translation>
        </message>
        <message>
            <source>Topic</source>
            <translation>Тема</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>Канал</translation>
        </message>
        <message>
            <source>Person concerned</source>
            <translation>Особа о којој је реч</translation>
        </message>
        <message>
            <source>Exploitation</source>
            <translation>Експлоатација</translation>
        </message>
        <message>
            <source>Referred to</source>
            <translation>Упућивање</translation>
        </message>
        <message>
            <source>Caller</source>
            <translation>Позивалац</translation>
        </message>
        <message>
            <source>Lang.</source>
            <translation>Језик</translation>
        </message>
        <message>
            <source>Min.</source>
            <translation>Мин.</translation>
        </message>
        <message>
            <source>Follow-up</source>
            <translation>Даље поступање</translation>
        </message>
        <message>
            <source>Case</source>
            <translation>Случај</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Белешка</translation>
        </message>
        <message>
            <source>urgent</source>
            <translation>хитно</translation>
        </message>
        <message>
            <source>{0} · anonymous</source>
            <translation>{0} · анонимно</translation>
        </message>
        <message>
            <source>done</source>
            <translation>урађено</translation>
        </message>
        <message>
            <source>to do</source>
            <translation>треба урадити</translation>
        </message>
        <message>
            <source>not assigned to you</source>
            <translation>није вам додељен</translation>
        </message>
    </context>
    <context>
        <name>CallsPage</name>
        <message>
            <source>All topics</source>
            <translation>Све теме</translation>
        </message>
        <message>
            <source>All months</source>
            <translation>Сви месеци</translation>
        </message>
        <message numerus="yes">
            <source>%n call(s)</source>
            <translation>
                <numerusform>%n позив</numerusform>
                <numerusform>%n позива</numerusform>
                <numerusform>%n позива</numerusform>
            </translation>
        </message>
        <message>
            <source>Call</source>
            <translation>Позив</translation>
        </message>
        <message>
            <source>Saved: {0} · {1}. Ready for the next call.</source>
            <translation>Сачувано: {0} · {1}. Спремно за следећи позив.</translation>
        </message>
        <message>
            <source>Missing person</source>
            <translation>Нестала особа</translation>
        </message>
        <message>
            <source>The call was about a missing person. Open a missing-person search for it now?</source>
            <translation>Позив се односио на несталу особу. Отворити сада потрагу за њом?</translation>
        </message>
        <message>
            <source>Open a search</source>
            <translation>Отвори потрагу</translation>
        </message>
        <message>
            <source>Later</source>
            <translation>Касније</translation>
        </message>
        <message>
            <source>Call of {0} ({1}). The caller becomes a client with a new case; the call's note becomes the case's first contact note.</source>
            <translation>Позив примљен {0} ({1}). Позивалац се уписује као клијент/киња и отвара се нови случај; белешка о позиву постаје прва белешка о контакту у том случају.</translation>
        </message>
        <message>
            <source>Convert the call into a client and case</source>
            <translation>Отварање случаја на основу позива</translation>
        </message>
        <message>
            <source>Link the call to a case</source>
            <translation>Повезивање позива са случајем</translation>
        </message>
        <message>
            <source>The call joins the case, and its note is added to the case's contact log.</source>
            <translation>Позив се повезује са случајем, а белешка о позиву додаје се белешкама о контактима у случају.</translation>
        </message>
        <message>
            <source>Follow-up</source>
            <translation>Даље поступање</translation>
        </message>
        <message>
            <source>Call log</source>
            <translation>Евиденција позива</translation>
        </message>
        <message>
            <source>Only open follow-&amp;ups</source>
            <translation>Само &amp;отворена даља поступања</translation>
        </message>
        <message>
            <source>Follow-up d&amp;one</source>
            <translation>Даље поступањ&amp;е урађено</translation>
        </message>
        <message>
            <source>Missing-person searc&amp;h…</source>
            <translation>Потра&amp;га за несталом особом…</translation>
        </message>
        <message>
            <source>Open the case fil&amp;e</source>
            <translation>Отвори досије случај&amp;а</translation>
        </message>
        <message>
            <source>Lin&amp;k to a case…</source>
            <translation>Повежи са случаје&amp;м…</translation>
        </message>
        <message>
            <source>Con&amp;vert to a client…</source>
            <translation>Упиши као к&amp;лијента/кињу…</translation>
        </message>
    </context>
    <context>
        <name>CaseAppointmentsTab</name>
        <message>
            <source>Loading the case's appointments…</source>
            <translation>Учитавају се термини случаја…</translation>
        </message>
        <message numerus="yes">
            <source>%n appointment(s)</source>
            <translation>
                <numerusform>%n термин</numerusform>
                <numerusform>%n термина</numerusform>
                <numerusform>%n термина</numerusform>
            </translation>
        </message>
        <message>
            <source>The appointments could not be read.</source>
            <translation>Термини нису могли да се прочитају.</translation>
        </message>
        <message>
            <source>&amp;Open</source>
            <translation>&amp;Отвори</translation>
        </message>
        <message>
            <source>&amp;New appointment…</source>
            <translation>&amp;Нови термин…</translation>
        </message>
    </context>
    <context>
        <name>CaseFile</name>
        <message>
            <source>← &amp;Back to the list</source>
            <translation>← &amp;Назад на списак</translation>
        </message>
        <message>
            <source>S&amp;hared with the office</source>
            <translation>Д&amp;ељено са канцеларијом</translation>
        </message>
        <message>
            <source>Its client, notes, documents, hearings and assessments go to the other laptops of the team at each sync; who works on it stays each laptop's choice.</source>
            <translation>Клијент, белешке, документи, рочишта и процене овог случаја иду на остале лаптопове тима при свакој синхронизацији; ко ради на случају и даље одлучује сваки лаптоп за себе.</translation>
        </message>
        <message>
            <source>C&amp;lient</source>
            <translation>&amp;Клијент/киња</translation>
        </message>
        <message>
            <source>C&amp;ase</source>
            <translation>С&amp;лучај</translation>
        </message>
        <message>
            <source>Related &amp;persons</source>
            <translation>П&amp;овезана лица</translation>
        </message>
        <message>
            <source>Contact lo&amp;g</source>
            <translation>&amp;Белешке о контактима</translation>
        </message>
        <message>
            <source>Ser&amp;vices</source>
            <translation>&amp;Услуге</translation>
        </message>
        <message>
            <source>Re&amp;ferrals</source>
            <translation>У&amp;пућивања</translation>
        </message>
        <message>
            <source>Co&amp;nsent</source>
            <translation>Са&amp;гласност</translation>
        </message>
        <message>
            <source>&amp;Documents</source>
            <translation>&amp;Документи</translation>
        </message>
        <message>
            <source>Appoint&amp;ments</source>
            <translation>&amp;Термини</translation>
        </message>
        <message>
            <source>Cour&amp;t</source>
            <translation>&amp;Суд</translation>
        </message>
        <message>
            <source>&amp;Risk &amp;&amp; safety</source>
            <translation>&amp;Ризик &amp;&amp; безбедност</translation>
        </message>
        <message>
            <source>Shared with the office</source>
            <translation>Дељено са канцеларијом</translation>
        </message>
        <message>
            <source>&amp;Save changes</source>
            <translation>Сачувај &amp;измене</translation>
        </message>
        <message>
            <source>Reading the client's record…</source>
            <translation>Учитавају се подаци клијента/киње…</translation>
        </message>
        <message>
            <source>This case file could not be read: {0} Go back to the list and open it again.</source>
            <translation>Досије случаја није могуће учитати: {0} Вратите се на списак и поново га отворите.</translation>
        </message>
        <message>
            <source>The personal number's last (control) digit does not fit.</source>
            <translation>Последња (контролна) цифра ЈМБГ-а се не слаже.</translation>
        </message>
        <message>
            <source>The personal number's first seven digits are not a date.</source>
            <translation>Првих седам цифара ЈМБГ-а није датум.</translation>
        </message>
        <message>
            <source>The personal number holds another date of birth than the one entered.</source>
            <translation>ЈМБГ садржи други датум рођења од уписаног.</translation>
        </message>
        <message>
            <source>It was saved as typed: check it against the document.</source>
            <translation>Сачуван је како је уписан: проверите га у личном документу.</translation>
        </message>
        <message>
            <source>Discard unsaved changes?</source>
            <translation>Одбацити несачуване измене?</translation>
        </message>
        <message>
            <source>This case file has changes that are not saved. Discard them?</source>
            <translation>У овом досијеу има несачуваних измена. Одбацити их?</translation>
        </message>
        <message>
            <source>Discard</source>
            <translation>Одбаци</translation>
        </message>
        <message>
            <source>Keep editing</source>
            <translation>Настави са изменама</translation>
        </message>
    </context>
    <context>
        <name>CaseListModel</name>
        <message>
            <source>Case code</source>
            <translation>Шифра случаја</translation>
        </message>
        <message>
            <source>Client</source>
            <translation>Клијент/киња</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Статус</translation>
        </message>
        <message>
            <source>Opened</source>
            <translation>Отворен</translation>
        </message>
        <message>
            <source>Last change</source>
            <translation>Последња измена</translation>
        </message>
        <message>
            <source>Risk</source>
            <translation>Ризик</translation>
        </message>
        <message>
            <source>Shared with the office: changes travel to the team's laptops</source>
            <translation>Дели се са канцеларијом: измене стижу на рачунаре тима</translation>
        </message>
    </context>
    <context>
        <name>CaseListPage</name>
        <message>
            <source>Open cases</source>
            <translation>Отворени случајеви</translation>
        </message>
        <message>
            <source>All statuses</source>
            <translation>Сви статуси</translation>
        </message>
        <message>
            <source>Any exploitation</source>
            <translation>Сви облици експлоатације</translation>
        </message>
        <message>
            <source>Any risk level</source>
            <translation>Сви нивои ризика</translation>
        </message>
        <message>
            <source>High risk</source>
            <translation>Висок ризик</translation>
        </message>
        <message>
            <source>High risk, reassessment overdue</source>
            <translation>Висок ризик, истекао рок за поновну процену</translation>
        </message>
        <message>
            <source>Medium risk</source>
            <translation>Средњи ризик</translation>
        </message>
        <message>
            <source>Low risk</source>
            <translation>Низак ризик</translation>
        </message>
        <message>
            <source>Not assessed</source>
            <translation>Није процењено</translation>
        </message>
        <message numerus="yes">
            <source>%n case(s)</source>
            <translation>
                <numerusform>%n случај</numerusform>
                <numerusform>%n случаја</numerusform>
                <numerusform>%n случајева</numerusform>
            </translation>
        </message>
        <message>
            <source>Search names, aliases, case codes and notes — any script, with or without č ć đ š ž</source>
            <translation>Претрага имена, надимака, шифара случајева и белешки — било којим писмом, са или без ч ћ ђ ш ж</translation>
        </message>
        <message>
            <source>Assigned to &amp;me</source>
            <translation>Додељени &amp;мени</translation>
        </message>
        <message>
            <source>&amp;New client…</source>
            <translation>&amp;Нови клијент/киња…</translation>
        </message>
    </context>
    <context>
        <name>ChargeDialog</name>
        <message>
            <source>Re-qualify the charge</source>
            <translation>Преквалификација кривичног дела</translation>
        </message>
        <message>
            <source>Add a charge</source>
            <translation>Додавање кривичног дела</translation>
        </message>
        <message>
            <source>Now: Art. {0} {1}, since {2}</source>
            <translation>Сада: чл. {0} {1}, од {2}</translation>
        </message>
        <message>
            <source>Enter the date of the charge.</source>
            <translation>Унесите датум оптужбе.</translation>
        </message>
        <message>
            <source>&amp;Article</source>
            <translation>Чл&amp;ан</translation>
        </message>
        <message>
            <source>e.g. 388 st. 1</source>
            <translation>нпр. 388 ст. 1</translation>
        </message>
        <message>
            <source>&amp;Offence</source>
            <translation>&amp;Кривично дело</translation>
        </message>
        <message>
            <source>e.g. Trgovina ljudima</source>
            <translation>нпр. Трговина људима</translation>
        </message>
        <message>
            <source>&amp;Since</source>
            <translation>&amp;Од</translation>
        </message>
        <message>
            <source>&amp;Note</source>
            <translation>&amp;Белешка</translation>
        </message>
    </context>
    <context>
        <name>ChronologyOptions</name>
        <message>
            <source>From (optional)</source>
            <translation>Од (необавезно)</translation>
        </message>
        <message>
            <source>To (optional)</source>
            <translation>До (необавезно)</translation>
        </message>
    </context>
    <context>
        <name>ClaimEditor</name>
        <message>
            <source>The case's latest proceeding</source>
            <translation>Последњи поступак у случају</translation>
        </message>
        <message>
            <source>Loading the claim…</source>
            <translation>Учитава се одштетни захтев…</translation>
        </message>
        <message>
            <source>{0} {1}: “{2}” is not an amount in dinars. Write it as 1.234,56, or leave it empty to specify it later.</source>
            <translation>{0} {1}: „{2}“ није износ у динарима. Упишите га као 1.234,56 или га оставите празно да би био опредељен накнадно.</translation>
        </message>
        <message>
            <source>{0} {1}: the amount must be more than zero. Leave it empty if it is to be specified later.</source>
            <translation>{0} {1}: износ мора бити већи од нуле. Оставите га празно ако ће бити опредељен накнадно.</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>Ставка</translation>
        </message>
        <message>
            <source>Item {0}: “{1}” is not a date. Write the day interest runs from as dd.mm.yyyy, e.g. 30.06.2023, or leave it empty for the day of the judgment.</source>
            <translation>Ставка {0}: „{1}“ није датум. Дан од ког тече камата упишите као дд.мм.гггг, нпр. 30.06.2023, или га оставите празан за дан пресуђења.</translation>
        </message>
        <message>
            <source>Item {0}: interest cannot run from {1}, a day still to come. Leave the date empty for interest from the day of the judgment.</source>
            <translation>Ставка {0}: камата не може тећи од {1}, дана који тек долази. Оставите датум празан за камату од дана пресуђења.</translation>
        </message>
        <message>
            <source>Cost</source>
            <translation>Трошак</translation>
        </message>
        <message>
            <source>Material {0} RSD · non-material {1} RSD · total {2} RSD</source>
            <translation>Материјална {0} RSD · нематеријална {1} RSD · укупно {2} RSD</translation>
        </message>
        <message>
            <source>a basic court (osnovni sud)</source>
            <translation>основни суд</translation>
        </message>
        <message>
            <source>a higher court (viši sud)</source>
            <translation>виши суд</translation>
        </message>
        <message>
            <source>a basic or a higher court, by the euro rate of the day</source>
            <translation>основни или виши суд, зависно од курса евра на дан подношења</translation>
        </message>
        <message>
            <source>By the value of the dispute the civil suit goes to {0}: where the defendant lives or where the harm was done. Left empty, the suit names the level and leaves the seat to fill in.</source>
            <translation>По вредности спора надлежан је {0} у месту пребивалишта туженог или извршења штетне радње. Ако је поље празно, тужба наводи врсту суда, а седиште се дописује.</translation>
        </message>
        <message>
            <source>Compensation claim</source>
            <translation>Одштетни захтев</translation>
        </message>
        <message>
            <source>&amp;Proceeding</source>
            <translation>&amp;Поступак</translation>
        </message>
        <message>
            <source>Heads of damage</source>
            <translation>Врсте штете</translation>
        </message>
        <message>
            <source>Head of damage</source>
            <translation>Врста штете</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Опис</translation>
        </message>
        <message>
            <source>Amount (RSD)</source>
            <translation>Износ (RSD)</translation>
        </message>
        <message>
            <source>Interest from</source>
            <translation>Камата од</translation>
        </message>
        <message>
            <source>Evidence (separate with ;)</source>
            <translation>Докази (одвојити знаком ;)</translation>
        </message>
        <message>
            <source>&amp;Add a head of damage</source>
            <translation>&amp;Додај врсту штете</translation>
        </message>
        <message>
            <source>&amp;Remove it</source>
            <translation>&amp;Уклони је</translation>
        </message>
        <message>
            <source>Amounts in dinars, as 1.234,56; an empty amount is specified later. Interest from: dd.mm.yyyy, or empty for the day of the judgment.</source>
            <translation>Износи у динарима, као 1.234,56; празан износ се опредељује накнадно. Камата од: дд.мм.гггг, или празно за дан пресуђења.</translation>
        </message>
        <message>
            <source>Costs of the proceedings</source>
            <translation>Трошкови поступка</translation>
        </message>
        <message>
            <source>Add a c&amp;ost</source>
            <translation>Додај &amp;трошак</translation>
        </message>
        <message>
            <source>Remo&amp;ve the cost</source>
            <translation>Ук&amp;лони трошак</translation>
        </message>
        <message>
            <source>&amp;Facts</source>
            <translation>Чи&amp;њенично стање</translation>
        </message>
        <message>
            <source>The facts as the lawyer words them (optional; left empty, the filings state them briefly)</source>
            <translation>Чињенично стање како га формулише адвокат (није обавезно; ако остане празно, поднесци га наводе укратко)</translation>
        </message>
        <message>
            <source>Civil &amp;court</source>
            <translation>Па&amp;рнични суд</translation>
        </message>
        <message>
            <source>e.g. Prvi osnovni sud u Beogradu</source>
            <translation>нпр. Први основни суд у Београду</translation>
        </message>
        <message>
            <source>Civil case &amp;number</source>
            <translation>&amp;Број парничног предмета</translation>
        </message>
        <message>
            <source>once the suit is filed, e.g. P 123/26</source>
            <translation>када се тужба поднесе, нпр. П 123/26</translation>
        </message>
        <message>
            <source>Free &amp;legal aid</source>
            <translation>Бесплатна правна п&amp;омоћ</translation>
        </message>
        <message>
            <source>decision granting free legal aid: body, number, date</source>
            <translation>решење о одобравању бесплатне правне помоћи: орган, број, датум</translation>
        </message>
        <message>
            <source>Victims of trafficking and children are entitled to free legal aid without a means test; it is requested from the municipality.</source>
            <translation>Жртве трговине људима и деца имају право на бесплатну правну помоћ без обзира на имовно стање; захтев се подноси општинској, односно градској управи.</translation>
        </message>
    </context>
    <context>
        <name>ClaimOptions</name>
        <message>
            <source>The case's compensation cla&amp;im…</source>
            <translation>Одштетни &amp;захтев случаја…</translation>
        </message>
        <message>
            <source>Head of damage</source>
            <translation>Врста штете</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Опис</translation>
        </message>
        <message>
            <source>Amount (RSD)</source>
            <translation>Износ (RSD)</translation>
        </message>
        <message>
            <source>Interest from</source>
            <translation>Камата од</translation>
        </message>
        <message>
            <source>&amp;Add an item</source>
            <translation>&amp;Додај ставку</translation>
        </message>
        <message>
            <source>&amp;Remove the item</source>
            <translation>&amp;Уклони ставку</translation>
        </message>
        <message>
            <source>Amounts as 1.234,56. No items here: the case's saved claim is used; a claim with no amounts is made as a draft.</source>
            <translation>Износи као 1.234,56. Без ставки овде користи се сачувани одштетни захтев случаја; захтев без износа прави се као нацрт.</translation>
        </message>
        <message>
            <source>Evidence, one per line. Left empty: the documents of the case.</source>
            <translation>Докази, по један у реду. Ако остане празно: документи из случаја.</translation>
        </message>
        <message>
            <source>Mark it as a draft</source>
            <translation>Означи као нацрт</translation>
        </message>
    </context>
    <context>
        <name>ConfirmPage</name>
        <message>
            <source>Check the sheet</source>
            <translation>Провера листа са кључем</translation>
        </message>
        <message>
            <source>Type the last two groups of the recovery key from your sheet (not from the screen).</source>
            <translation>Упишите последње две групе кључа за опоравак са свог листа (не са екрана).</translation>
        </message>
        <message>
            <source>&amp;Last two groups</source>
            <translation>&amp;Последње две групе</translation>
        </message>
    </context>
    <context>
        <name>ConflictFields</name>
        <message>
            <source>Record ID</source>
            <translation>ID записа</translation>
        </message>
        <message>
            <source>Entered on</source>
            <translation>Уписано</translation>
        </message>
        <message>
            <source>Entered by</source>
            <translation>Уписао/ла</translation>
        </message>
        <message>
            <source>Assessed by</source>
            <translation>Процену извршио/ла</translation>
        </message>
        <message>
            <source>Worker in charge</source>
            <translation>Задужен/а</translation>
        </message>
        <message>
            <source>Starts</source>
            <translation>Почиње</translation>
        </message>
        <message>
            <source>Ends</source>
            <translation>Завршава се</translation>
        </message>
        <message>
            <source>Series of appointments</source>
            <translation>Низ термина</translation>
        </message>
        <message>
            <source>File type</source>
            <translation>Врста фајла</translation>
        </message>
        <message>
            <source>Instrument</source>
            <translation>Инструмент</translation>
        </message>
        <message>
            <source>Instrument version</source>
            <translation>Верзија инструмента</translation>
        </message>
        <message>
            <source>Answers</source>
            <translation>Одговори</translation>
        </message>
        <message>
            <source>Comments</source>
            <translation>Коментари</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>Збир бодова</translation>
        </message>
        <message>
            <source>Score band</source>
            <translation>Распон бодова</translation>
        </message>
        <message>
            <source>Red flags</source>
            <translation>Знаци упозорења</translation>
        </message>
        <message>
            <source>Severity</source>
            <translation>Тежина</translation>
        </message>
        <message>
            <source>Likelihood</source>
            <translation>Вероватноћа</translation>
        </message>
        <message>
            <source>Level by the grid</source>
            <translation>Ниво према матрици</translation>
        </message>
        <message>
            <source>Calculated level</source>
            <translation>Израчунати ниво</translation>
        </message>
        <message>
            <source>Suggested action</source>
            <translation>Предложена мера</translation>
        </message>
        <message>
            <source>Event</source>
            <translation>Догађај</translation>
        </message>
        <message>
            <source>Witnesses summoned</source>
            <translation>Позвани сведоци</translation>
        </message>
        <message>
            <source>Witnesses who came</source>
            <translation>Сведоци који су дошли</translation>
        </message>
        <message>
            <source>Witnesses who testified</source>
            <translation>Сведоци који су сведочили</translation>
        </message>
        <message>
            <source>Party</source>
            <translation>Учесник у поступку</translation>
        </message>
        <message>
            <source>Replaces the charge</source>
            <translation>Замењује кривично дело</translation>
        </message>
        <message>
            <source>Search opened on</source>
            <translation>Потрага отворена дана</translation>
        </message>
        <message>
            <source>Search closed on</source>
            <translation>Потрага затворена дана</translation>
        </message>
        <message>
            <source>Follow-up done</source>
            <translation>Даље поступање обављено</translation>
        </message>
        <message>
            <source>Last logged on</source>
            <translation>Последњи пут уписано</translation>
        </message>
        <message>
            <source>Link to the case</source>
            <translation>Веза са случајем</translation>
        </message>
        <message>
            <source>Age band</source>
            <translation>Старосна група</translation>
        </message>
        <message>
            <source>Partner (as written)</source>
            <translation>Партнер (како је уписан)</translation>
        </message>
    </context>
    <context>
        <name>ConflictsDialog</name>
        <message>
            <source>Field</source>
            <translation>Поље</translation>
        </message>
        <message>
            <source>This laptop</source>
            <translation>Овај лаптоп</translation>
        </message>
        <message>
            <source>The other laptop</source>
            <translation>Други лаптоп</translation>
        </message>
        <message>
            <source>(deleted)</source>
            <translation>(обрисано)</translation>
        </message>
        <message>
            <source>Keep it, with this laptop's changes</source>
            <translation>Задржи га, са изменама унетим на овом лаптопу</translation>
        </message>
        <message>
            <source>Delete it here too</source>
            <translation>Обриши га и овде</translation>
        </message>
        <message>
            <source>Leave it deleted</source>
            <translation>Нека остане обрисан</translation>
        </message>
        <message>
            <source>Bring it back with the other laptop's changes</source>
            <translation>Врати га, са изменама унетим на другом лаптопу</translation>
        </message>
        <message>
            <source>Keep this laptop's version</source>
            <translation>Задржи верзију са овог лаптопа</translation>
        </message>
        <message>
            <source>Take the other laptop's version</source>
            <translation>Узми верзију са другог лаптопа</translation>
        </message>
        <message>
            <source>Deleted on this laptop; changed on the other laptop since you last exchanged it.</source>
            <translation>Обрисан на овом лаптопу; на другом лаптопу измењен после последње размене.</translation>
        </message>
        <message>
            <source>Deleted on the other laptop (by {0}); changed on this laptop since you last exchanged it.</source>
            <translation>Обрисан на другом лаптопу (обрисао/ла: {0}); на овом лаптопу измењен после последње размене.</translation>
        </message>
        <message>
            <source>Deleted on the other laptop; changed on this laptop since you last exchanged it.</source>
            <translation>Обрисан на другом лаптопу; на овом лаптопу измењен после последње размене.</translation>
        </message>
        <message>
            <source>Deleting it here also deletes the records that belong to it ({0}).</source>
            <translation>Ако га овде обришете, биће обрисани и записи који му припадају ({0}).</translation>
        </message>
        <message>
            <source>Changed on both laptops</source>
            <translation>Измењено на оба лаптопа</translation>
        </message>
        <message>
            <source>These records were changed here and on the other laptop since you last exchanged them (or deleted on one and changed on the other). Choose, for each, which version to keep; nothing is imported until you do.</source>
            <translation>Ови записи су измењени и овде и на другом лаптопу од последње размене (или обрисани на једном, а измењени на другом). За сваки изаберите коју верзију задржавате; ништа се не увози док то не урадите.</translation>
        </message>
    </context>
    <context>
        <name>CourtDocumentsPage</name>
        <message>
            <source>Compensation claim</source>
            <translation>Одштетни захтев</translation>
        </message>
        <message>
            <source>Choose a case first.</source>
            <translation>Прво изаберите случај.</translation>
        </message>
        <message>
            <source>The options changed. Press Preview to see the document.</source>
            <translation>Опције су промењене. Притисните Преглед да видите документ.</translation>
        </message>
        <message>
            <source>Preview</source>
            <translation>Преглед</translation>
        </message>
        <message>
            <source>Making the document…</source>
            <translation>Прави се документ…</translation>
        </message>
        <message>
            <source>This filing may not fit the proceeding</source>
            <translation>Поднесак можда не одговара стању поступка</translation>
        </message>
        <message numerus="yes">
            <source>{0} for {1}: %n page(s), {2}.</source>
            <translation>
                <numerusform>{0} за {1}: %n страна, {2}.</numerusform>
                <numerusform>{0} за {1}: %n стране, {2}.</numerusform>
                <numerusform>{0} за {1}: %n страна, {2}.</numerusform>
            </translation>
        </message>
        <message>
            <source>with the client's name</source>
            <translation>са именом клијента/киње</translation>
        </message>
        <message>
            <source>case code only</source>
            <translation>само шифра случаја</translation>
        </message>
        <message>
            <source>Press Review to check it before it is saved, exported or printed.</source>
            <translation>Притисните „Провера пре издавања” и проверите га пре чувања, извоза или штампе.</translation>
        </message>
        <message>
            <source>Court documents</source>
            <translation>Судски документи</translation>
        </message>
        <message>
            <source>Saved into the documents of {0} as {1} (encrypted in the vault).</source>
            <translation>Сачувано међу документима случаја {0} као {1} (шифровано у бази).</translation>
        </message>
        <message>
            <source>It shows the client's name.</source>
            <translation>На њему је име клијента/киње.</translation>
        </message>
        <message>
            <source>It shows the case code, not the client's name.</source>
            <translation>На њему је шифра случаја, без имена клијента/киње.</translation>
        </message>
        <message>
            <source>Export an unencrypted copy?</source>
            <translation>Извести нешифровану копију?</translation>
        </message>
        <message>
            <source>The copy will be an ordinary, unencrypted PDF: anyone who gets hold of it — or of the disk or USB stick it is on — can read it. {0} The export is recorded in the audit trail. Export anyway?</source>
            <translation>Копија ће бити обичан, нешифрован PDF: свако ко дође до ње — или до диска или USB флеша на коме се налази — може да је прочита. {0} Извоз се бележи у евиденцији активности. Ипак извести?</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Извези</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Откажи</translation>
        </message>
        <message>
            <source>Export a copy</source>
            <translation>Извоз копије</translation>
        </message>
        <message>
            <source>Exported an unencrypted copy to {0}.</source>
            <translation>Нешифрована копија је извезена у {0}.</translation>
        </message>
        <message>
            <source>Print</source>
            <translation>Штампање</translation>
        </message>
        <message>
            <source>The printer could not be started.</source>
            <translation>Штампач није могао да се покрене.</translation>
        </message>
        <message>
            <source>Sent to the printer; the printout is recorded in the audit trail.</source>
            <translation>Послато на штампач; штампање је забележено у евиденцији активности.</translation>
        </message>
        <message>
            <source>Request for particularly vulnerable witness status</source>
            <translation>Предлог за одређивање статуса посебно осетљивог сведока</translation>
        </message>
        <message>
            <source>Property claim</source>
            <translation>Имовинскоправни захтев</translation>
        </message>
        <message>
            <source>Chronology of events and proceedings</source>
            <translation>Хронологија догађаја и поступака</translation>
        </message>
        <message>
            <source>Risk / safety report</source>
            <translation>Извештај о ризику и безбедности</translation>
        </message>
        <message>
            <source>Letter confirming support</source>
            <translation>Потврда о пруженој подршци</translation>
        </message>
        <message>
            <source>Court attendance record</source>
            <translation>Евиденција присуства на рочиштима</translation>
        </message>
        <message>
            <source>Evidence index</source>
            <translation>Списак доказа</translation>
        </message>
        <message>
            <source>Civil suit for damages</source>
            <translation>Тужба ради накнаде штете</translation>
        </message>
        <message>
            <source>Court-support documents</source>
            <translation>Документи за подршку у судском поступку</translation>
        </message>
        <message>
            <source>&amp;Case</source>
            <translation>С&amp;лучај</translation>
        </message>
        <message>
            <source>Case code, e.g. AST-2026-0042</source>
            <translation>Шифра случаја, нпр. AST-2026-0042</translation>
        </message>
        <message>
            <source>Looking for cases…</source>
            <translation>Траже се случајеви…</translation>
        </message>
        <message>
            <source>&amp;Document</source>
            <translation>&amp;Документ</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Језик</translation>
        </message>
        <message>
            <source>Show the client as</source>
            <translation>Клијент/киња се приказује као</translation>
        </message>
        <message>
            <source>Case code only (recommended)</source>
            <translation>Само шифра случаја (препоручено)</translation>
        </message>
        <message>
            <source>Client's name</source>
            <translation>Име клијента/киње</translation>
        </message>
        <message>
            <source>A filing names the client as the court does (the proceeding's “The court calls the client”: initials or a pseudonym), or leaves a line to fill in.</source>
            <translation>Поднесак наводи клијента/кињу онако како то чини суд (у поступку: „Суд клијента/кињу означава као“ – иницијали или псеудоним), или оставља празан ред за уписивање.</translation>
        </message>
        <message>
            <source>On for the organisation's own documents; off for filings, which a court receives as the lawyer's submission</source>
            <translation>Укључено за документе саме организације; искључено за поднеске, које суд прима као поднесак адвоката</translation>
        </message>
        <message>
            <source>“Confidential” stamp, date made and case code on every page</source>
            <translation>Ознака „Поверљиво“, датум израде и шифра случаја на свакој страни</translation>
        </message>
        <message>
            <source>Options of this document</source>
            <translation>Опције овог документа</translation>
        </message>
        <message>
            <source>&amp;Preview</source>
            <translation>&amp;Преглед</translation>
        </message>
        <message>
            <source>See what the document prints and what was taken out, before it leaves the case</source>
            <translation>Погледајте шта ће документ садржати и шта је уклоњено, пре него што напусти досије случаја</translation>
        </message>
        <message>
            <source>Re&amp;view…</source>
            <translation>Про&amp;вера пре издавања…</translation>
        </message>
        <message>
            <source>&amp;Save into the case</source>
            <translation>&amp;Сачувај у случај</translation>
        </message>
        <message>
            <source>E&amp;xport a copy…</source>
            <translation>&amp;Извези копију…</translation>
        </message>
        <message>
            <source>P&amp;rint…</source>
            <translation>&amp;Одштампај…</translation>
        </message>
        <message>
            <source>Choose a case and a document, then press Preview.</source>
            <translation>Изаберите случај и документ, па притисните Преглед.</translation>
        </message>
    </context>
    <context>
        <name>CreateTeamDialog</name>
        <message>
            <source>The office folder</source>
            <translation>Фасцикла канцеларије</translation>
        </message>
        <message>
            <source>Give the team a name (the office's, for example).</source>
            <translation>Дајте тиму назив (на пример, назив канцеларије).</translation>
        </message>
        <message>
            <source>Choose the office folder.</source>
            <translation>Изаберите фасциклу канцеларије.</translation>
        </message>
        <message>
            <source>Create a team</source>
            <translation>Нови тим</translation>
        </message>
        <message>
            <source>This laptop becomes the team's administrator: it admits other laptops and can remove them. Choose the office folder that Syncthing, a shared drive or a USB stick carries between the laptops.</source>
            <translation>Овај лаптоп постаје администратор тима: он прима друге лаптопове и може да их уклони. Изаберите фасциклу канцеларије коју Syncthing, дељени диск или USB флеш преноси између лаптопова.</translation>
        </message>
        <message>
            <source>Team &amp;name</source>
            <translation>&amp;Назив тима</translation>
        </message>
        <message>
            <source>Office &amp;folder</source>
            <translation>&amp;Фасцикла канцеларије</translation>
        </message>
        <message>
            <source>C&amp;hoose…</source>
            <translation>&amp;Изабери…</translation>
        </message>
    </context>
    <context>
        <name>DateField</name>
        <message>
            <source>dd.mm.yyyy</source>
            <translation>дд.мм.гггг</translation>
        </message>
    </context>
    <context>
        <name>DefendantDialog</name>
        <message>
            <source>Add a defendant</source>
            <translation>Додај окривљеног</translation>
        </message>
        <message>
            <source>&amp;Defendant</source>
            <translation>&amp;Окривљени</translation>
        </message>
        <message>
            <source>Initials, e.g. D. J.</source>
            <translation>Иницијали, нпр. Д. Ј.</translation>
        </message>
        <message>
            <source>&amp;Role</source>
            <translation>&amp;Улога</translation>
        </message>
    </context>
    <context>
        <name>DialogDrafts</name>
        <message numerus="yes">
            <source>Not all of what you had typed here could be put back: %n field(s) could not be found again, because the record changed while the vault was locked. Check the form before saving.</source>
            <translation>
                <numerusform>Није могло да се врати све што сте овде унели: %n поље више не постоји јер је запис измењен док је трезор био закључан. Проверите образац пре чувања.</numerusform>
                <numerusform>Није могло да се врати све што сте овде унели: %n поља више не постоје јер је запис измењен док је трезор био закључан. Проверите образац пре чувања.</numerusform>
                <numerusform>Није могло да се врати све што сте овде унели: %n поља више не постоји јер је запис измењен док је трезор био закључан. Проверите образац пре чувања.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Some forms that were open when the vault locked could not be opened again (%n): the records they belonged to were deleted or moved meanwhile. What was typed in them is lost.</source>
            <translation>
                <numerusform>%n образац који је био отворен када се трезор закључао није могао поново да се отвори: запис коме припада је у међувремену обрисан или премештен. Оно што је у њему било унето је изгубљено.</numerusform>
                <numerusform>%n обрасца која су била отворена када се трезор закључао нису могла поново да се отворе: записи којима припадају су у међувремену обрисани или премештени. Оно што је у њима било унето је изгубљено.</numerusform>
                <numerusform>%n образаца који су били отворени када се трезор закључао нису могли поново да се отворе: записи којима припадају су у међувремену обрисани или премештени. Оно што је у њима било унето је изгубљено.</numerusform>
            </translation>
        </message>
        <message>
            <source>Open forms</source>
            <translation>Отворени обрасци</translation>
        </message>
    </context>
    <context>
        <name>DisclosureReview</name>
        <message>
            <source>Review before it leaves the case</source>
            <translation>Провера пре издавања документа</translation>
        </message>
        <message>
            <source>&lt;span style="background:{0}"&gt;&amp;nbsp;taken out&amp;nbsp;&lt;/span&gt; — replaced by the case code, a relation or […]; &lt;span style="background:{1}"&gt;&amp;nbsp;check&amp;nbsp;&lt;/span&gt; — a capitalised word that is not a common word: is it a name?</source>
            <translation>&lt;span style="background:{0}"&gt;&amp;нбсп;уклоњено&amp;nbsp;&lt;/span&gt; — замењено шифром случаја, сродством или […]; &lt;span style="background:{1}"&gt;&amp;nbsp;проверити&amp;nbsp;&lt;/span&gt; — реч са великим почетним словом која није уобичајена реч: да ли је то нечије име?</translation>
        </message>
        <message>
            <source>&amp;Redact the selected text</source>
            <translation>&amp;Уклони означени текст</translation>
        </message>
        <message>
            <source>&amp;Show it</source>
            <translation>&amp;Прикажи га</translation>
        </message>
        <message>
            <source>Health items of the risk assessment</source>
            <translation>Ставке о здрављу из процене ризика</translation>
        </message>
        <message>
            <source>The latest assessment found none.</source>
            <translation>Последња процена није утврдила ниједну.</translation>
        </message>
        <message>
            <source>Contact notes (internal: left out unless ticked)</source>
            <translation>Белешке о контакту (интерне: изостављају се ако нису означене)</translation>
        </message>
        <message>
            <source>Health</source>
            <translation>Здравље</translation>
        </message>
        <message>
            <source>Attachments listed</source>
            <translation>Приложени документи на списку</translation>
        </message>
        <message>
            <source>Taken out</source>
            <translation>Уклоњено</translation>
        </message>
        <message>
            <source>Redact</source>
            <translation>Уклони</translation>
        </message>
        <message>
            <source>Select a word or phrase in the text first, then press Redact.</source>
            <translation>Најпре означите реч или израз у тексту, па притисните „Уклони”.</translation>
        </message>
        <message>
            <source>Show it</source>
            <translation>Прикажи</translation>
        </message>
        <message>
            <source>Pick one of the texts taken out first.</source>
            <translation>Најпре изаберите један од уклоњених делова текста.</translation>
        </message>
        <message>
            <source>Reading the document…</source>
            <translation>Чита се документ…</translation>
        </message>
        <message>
            <source>Taken out: {0}</source>
            <translation>Уклоњено: {0}</translation>
        </message>
        <message>
            <source>Not a common word: is it a name? Select it to redact it.</source>
            <translation>Није уобичајена реч: да ли је то нечије име? Означите је да бисте је уклонили.</translation>
        </message>
        <message numerus="yes">
            <source>%n text(s) taken out</source>
            <translation>
                <numerusform>уклоњен %n део текста</numerusform>
                <numerusform>уклоњена %n дела текста</numerusform>
                <numerusform>уклоњено %n делова текста</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n word(s) to check</source>
            <translation>
                <numerusform>%n реч за проверу</numerusform>
                <numerusform>%n речи за проверу</numerusform>
                <numerusform>%n речи за проверу</numerusform>
            </translation>
        </message>
        <message>
            <source>Review</source>
            <translation>Провера</translation>
        </message>
        <message>
            <source>Discard the changes?</source>
            <translation>Одбацити измене?</translation>
        </message>
        <message>
            <source>What you chose in this review will be forgotten. Close it anyway?</source>
            <translation>Оно што сте изабрали у овој провери неће бити запамћено. Ипак затворити?</translation>
        </message>
        <message>
            <source>Discard</source>
            <translation>Одбаци</translation>
        </message>
        <message>
            <source>Keep reviewing</source>
            <translation>Настави проверу</translation>
        </message>
    </context>
    <context>
        <name>DocumentViewer</name>
        <message>
            <source>ASTRA Desktop — document</source>
            <translation>ASTRA Desktop — документ</translation>
        </message>
        <message>
            <source>{0} cannot be shown here ({1}). Its fingerprint is {2}.</source>
            <translation>{0} не може да се прикаже овде ({1}). Његов отисак је {2}.</translation>
        </message>
    </context>
    <context>
        <name>DocumentsTab</name>
        <message>
            <source>Loading the case's documents…</source>
            <translation>Учитавају се документи случаја…</translation>
        </message>
        <message>
            <source>Import a file into the case</source>
            <translation>Увоз фајла у случај</translation>
        </message>
        <message>
            <source>Importing {0}…</source>
            <translation>Увози се {0}…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Откажи</translation>
        </message>
        <message>
            <source>Imported {0}. SHA-256: {1}</source>
            <translation>Увезен је {0}. SHA-256: {1}</translation>
        </message>
        <message>
            <source>The file could not be read: {0}</source>
            <translation>Фајл није могао да се прочита: {0}</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Увези</translation>
        </message>
        <message>
            <source>View</source>
            <translation>Прикажи</translation>
        </message>
        <message>
            <source>Export an unencrypted copy?</source>
            <translation>Извести нешифровану копију?</translation>
        </message>
        <message>
            <source>The copy will be an ordinary, unencrypted file: anyone who gets hold of it — or of the disk or USB stick it is on — can read it. The export is recorded in the audit trail. Export anyway?</source>
            <translation>Копија ће бити обичан, нешифрован фајл: свако ко дође до ње — или до диска или USB флеша на коме се налази — може да је прочита. Извоз се бележи у евиденцији активности. Ипак извести?</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Извези</translation>
        </message>
        <message>
            <source>Export a copy</source>
            <translation>Извоз копије</translation>
        </message>
        <message>
            <source>Exported a copy to {0}.</source>
            <translation>Копија је извезена у {0}.</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Фајл</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Величина</translation>
        </message>
        <message>
            <source>Imported</source>
            <translation>Увезен</translation>
        </message>
        <message>
            <source>SHA-256 (fingerprint)</source>
            <translation>SHA-256 (отисак)</translation>
        </message>
        <message>
            <source>Files are kept inside the encrypted vault and viewed from memory; nothing is unpacked to disk.</source>
            <translation>Фајлови се чувају у шифрованој бази и приказују из меморије; ништа се не распакује на диск.</translation>
        </message>
        <message>
            <source>&amp;Import a file…</source>
            <translation>&amp;Увези фајл…</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Прикажи</translation>
        </message>
        <message>
            <source>E&amp;xport a copy…</source>
            <translation>&amp;Извези копију…</translation>
        </message>
    </context>
    <context>
        <name>EntriesTab</name>
        <message>
            <source>&amp;Add</source>
            <translation>&amp;Додај</translation>
        </message>
    </context>
    <context>
        <name>FilingChoices</name>
        <message>
            <source>As the proceeding's stage says</source>
            <translation>Према фази поступка</translation>
        </message>
        <message>
            <source>The one holding the power of attorney</source>
            <translation>Адвокат коме је дато пуномоћје</translation>
        </message>
        <message>
            <source>&amp;Lawyer who files</source>
            <translation>&amp;Адвокат који подноси</translation>
        </message>
        <message>
            <source>Addre&amp;ssed to</source>
            <translation>&amp;Коме се подноси</translation>
        </message>
    </context>
    <context>
        <name>GuardedDialog</name>
        <message>
            <source>Discard what you typed?</source>
            <translation>Одбацити оно што сте унели?</translation>
        </message>
        <message>
            <source>This form has entries that are not saved. Close it and discard them?</source>
            <translation>У обрасцу има уноса који нису сачувани. Затворити га и одбацити те уносе?</translation>
        </message>
        <message>
            <source>Discard</source>
            <translation>Одбаци</translation>
        </message>
        <message>
            <source>Keep editing</source>
            <translation>Настави са изменама</translation>
        </message>
    </context>
    <context>
        <name>HearingDialog</name>
        <message>
            <source>Hearing</source>
            <translation>Рочиште</translation>
        </message>
        <message>
            <source>Loading the hearing…</source>
            <translation>Учитава се рочиште…</translation>
        </message>
        <message>
            <source>Hearing · {0}</source>
            <translation>Рочиште · {0}</translation>
        </message>
        <message>
            <source>Postponed &amp;by</source>
            <translation>Одложено &amp;због</translation>
        </message>
        <message>
            <source>their defence lawyer</source>
            <translation>његов бранилац</translation>
        </message>
        <message>
            <source>No defendants recorded yet (add them on the Court tab).</source>
            <translation>Још нема уписаних окривљених (додајте их на картици Суд).</translation>
        </message>
        <message>
            <source>The next hearing is already scheduled: {0}.</source>
            <translation>Следеће рочиште је већ заказано: {0}.</translation>
        </message>
        <message>
            <source>summoned</source>
            <translation>позван/а</translation>
        </message>
        <message>
            <source>testified</source>
            <translation>сведочио/ла</translation>
        </message>
        <message>
            <source>came</source>
            <translation>дошло</translation>
        </message>
        <message>
            <source>Wi&amp;tnesses</source>
            <translation>С&amp;ведоци</translation>
        </message>
        <message>
            <source>Double booking</source>
            <translation>Преклапање термина</translation>
        </message>
        <message>
            <source>Schedule the next hearing anyway?</source>
            <translation>Ипак заказати следеће рочиште?</translation>
        </message>
        <message>
            <source>Schedule anyway</source>
            <translation>Ипак закажи</translation>
        </message>
        <message>
            <source>Change the date</source>
            <translation>Промени датум</translation>
        </message>
        <message>
            <source>&amp;Status</source>
            <translation>С&amp;татус</translation>
        </message>
        <message>
            <source>&amp;Why postponed</source>
            <translation>&amp;Разлог одлагања</translation>
        </message>
        <message>
            <source>e.g. the defendant was not brought from custody</source>
            <translation>нпр. окривљени није доведен из притвора</translation>
        </message>
        <message>
            <source>Who was in court</source>
            <translation>Ко је био на суду</translation>
        </message>
        <message>
            <source>Protective &amp;measures applied</source>
            <translation>Примењене &amp;мере заштите</translation>
        </message>
        <message>
            <source>&amp;Outcome</source>
            <translation>&amp;Исход</translation>
        </message>
        <message>
            <source>What happened: testimony given, evidence heard …</source>
            <translation>Шта се догодило: дати искази, изведени докази…</translation>
        </message>
        <message>
            <source>&amp;Next hearing</source>
            <translation>&amp;Следеће рочиште</translation>
        </message>
    </context>
    <context>
        <name>HistoryModel</name>
        <message>
            <source>Date</source>
            <translation>Датум</translation>
        </message>
        <message>
            <source>Entry</source>
            <translation>Упис</translation>
        </message>
        <message>
            <source>Reason / what was done</source>
            <translation>Разлог / шта је урађено</translation>
        </message>
        <message>
            <source>By</source>
            <translation>Уписао/ла</translation>
        </message>
        <message>
            <source>Status: {0} ({1})</source>
            <translation>Статус: {0} ({1})</translation>
        </message>
        <message>
            <source>Status: {0}</source>
            <translation>Статус: {0}</translation>
        </message>
        <message>
            <source>Planned: {0}</source>
            <translation>Планирано: {0}</translation>
        </message>
        <message>
            <source> — due</source>
            <translation> — рок</translation>
        </message>
    </context>
    <context>
        <name>HotlineSection</name>
        <message>
            <source>Ca&amp;lls</source>
            <translation>По&amp;зиви</translation>
        </message>
        <message>
            <source>Missing &amp;persons</source>
            <translation>&amp;Нестале особе</translation>
        </message>
        <message>
            <source>Stat&amp;istics</source>
            <translation>Стат&amp;истика</translation>
        </message>
    </context>
    <context>
        <name>HotlineStatsModel</name>
        <message>
            <source>Total</source>
            <translation>Укупно</translation>
        </message>
    </context>
    <context>
        <name>HotlineStatsPage</name>
        <message>
            <source>Anonymous counts of the calls to the SOS hotline, as reported to donors and monitoring bodies. A call counts in the month it was taken. No note, name, contact or case code appears here or in the export.</source>
            <translation>Анонимни збирни подаци о позивима SOS линији, онакви какви се достављају донаторима и телима за праћење. Позив се рачуна у месецу у коме је примљен. Ниједна белешка, име, контакт ни шифра случаја не појављују се овде ни у извозу.</translation>
        </message>
        <message>
            <source>&amp;Show</source>
            <translation>&amp;Прикажи</translation>
        </message>
        <message>
            <source>&amp;Export as CSV…</source>
            <translation>&amp;Извези као CSV…</translation>
        </message>
        <message>
            <source>{0}, per month</source>
            <translation>{0}, по месецима</translation>
        </message>
        <message>
            <source>Every year</source>
            <translation>Све године</translation>
        </message>
        <message>
            <source>Counting the calls…</source>
            <translation>Броје се позиви…</translation>
        </message>
        <message>
            <source>The calls could not be counted: {0}</source>
            <translation>Позиви нису могли да се преброје: {0}</translation>
        </message>
        <message numerus="yes">
            <source>%n call(s) counted.</source>
            <translation>
                <numerusform>Избројан је %n позив.</numerusform>
                <numerusform>Избројана су %n позива.</numerusform>
                <numerusform>Избројано је %n позива.</numerusform>
            </translation>
        </message>
        <message>
            <source>every year</source>
            <translation>све године</translation>
        </message>
        <message>
            <source>Export the hotline statistics</source>
            <translation>Извоз статистике SOS линије</translation>
        </message>
        <message>
            <source>The CSV file for {0} will be an ordinary, unencrypted file outside the vault. It holds counts only — no notes, names, contacts or case codes. The export is recorded in the audit trail. Export it?</source>
            <translation>CSV фајл за {0} биће обичан, нешифрован фајл ван базе. У њему су само бројеви — без белешки, имена, контаката и шифара случајева. Извоз се бележи у евиденцији активности. Извести га?</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Извези</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Откажи</translation>
        </message>
        <message>
            <source>Exported to {0}.</source>
            <translation>Извезено у {0}.</translation>
        </message>
    </context>
    <context>
        <name>InquiryDialog</name>
        <message>
            <source>Partner asked</source>
            <translation>Упит партнеру</translation>
        </message>
        <message>
            <source>Answer</source>
            <translation>Одговор</translation>
        </message>
        <message>
            <source>Partner</source>
            <translation>Партнер</translation>
        </message>
        <message>
            <source>Asked on</source>
            <translation>Упит послат</translation>
        </message>
        <message>
            <source>Answered on</source>
            <translation>Одговорено</translation>
        </message>
        <message>
            <source>What they said</source>
            <translation>Шта су рекли</translation>
        </message>
        <message>
            <source>What they said, without more than the search needs</source>
            <translation>Шта су рекли, не више од онога што је потребно за потрагу</translation>
        </message>
    </context>
    <context>
        <name>InquiryModel</name>
        <message>
            <source>Partner</source>
            <translation>Партнер</translation>
        </message>
        <message>
            <source>Asked on</source>
            <translation>Упит послат</translation>
        </message>
        <message>
            <source>Answer</source>
            <translation>Одговор</translation>
        </message>
        <message>
            <source>Answered on</source>
            <translation>Одговорено</translation>
        </message>
        <message>
            <source>What they said</source>
            <translation>Шта су рекли</translation>
        </message>
    </context>
    <context>
        <name>JoinTeamDialog</name>
        <message>
            <source>The join file</source>
            <translation>Датотека за придруживање</translation>
        </message>
        <message>
            <source>The office folder</source>
            <translation>Фасцикла канцеларије</translation>
        </message>
        <message>
            <source>Choose the join file the administrator gave you.</source>
            <translation>Изаберите датотеку за придруживање коју вам је дао администратор.</translation>
        </message>
        <message>
            <source>Type the one-time passphrase the administrator read out.</source>
            <translation>Унесите једнократну лозинку коју је администратор прочитао.</translation>
        </message>
        <message>
            <source>Choose the office folder.</source>
            <translation>Изаберите фасциклу канцеларије.</translation>
        </message>
        <message>
            <source>Join a team</source>
            <translation>Придруживање тиму</translation>
        </message>
        <message>
            <source>The administrator made a join file for this laptop's request and read you its one-time passphrase. Never accept the passphrase in the same message as the file.</source>
            <translation>Администратор је на основу захтева овог лаптопа направио датотеку за придруживање и прочитао вам њену једнократну лозинку. Никада не прихватајте лозинку у истој поруци са датотеком.</translation>
        </message>
        <message>
            <source>&amp;Join file</source>
            <translation>&amp;Датотека за придруживање</translation>
        </message>
        <message>
            <source>C&amp;hoose…</source>
            <translation>&amp;Изабери…</translation>
        </message>
        <message>
            <source>One-time &amp;passphrase</source>
            <translation>Једнократна &amp;лозинка</translation>
        </message>
        <message>
            <source>Office &amp;folder</source>
            <translation>&amp;Фасцикла канцеларије</translation>
        </message>
        <message>
            <source>Choo&amp;se…</source>
            <translation>Иза&amp;бери…</translation>
        </message>
    </context>
    <context>
        <name>LawyerDialog</name>
        <message>
            <source>Lawyer</source>
            <translation>Адвокат</translation>
        </message>
        <message>
            <source>Add a lawyer</source>
            <translation>Додај адвоката</translation>
        </message>
        <message>
            <source>Filings will say: “U {0}, dana …” and “advokat iz {1}”.</source>
            <translation>У поднесцима ће писати: „У {0}, дана …“ и „адвокат из {1}“.</translation>
        </message>
        <message>
            <source>&amp;Name</source>
            <translation>&amp;Име и презиме</translation>
        </message>
        <message>
            <source>&amp;Office address</source>
            <translation>&amp;Адреса канцеларије</translation>
        </message>
        <message>
            <source>&amp;Town</source>
            <translation>&amp;Место</translation>
        </message>
        <message>
            <source>Bar &amp;chamber</source>
            <translation>Адвокатска &amp;комора</translation>
        </message>
        <message>
            <source>&amp;Bar registration number</source>
            <translation>&amp;Број уписа у именик адвоката</translation>
        </message>
        <message>
            <source>Town after “U” (optional)</source>
            <translation>Место после „У“ (необавезно)</translation>
        </message>
        <message>
            <source>Town after “iz” (optional)</source>
            <translation>Место после „из“ (необавезно)</translation>
        </message>
    </context>
    <context>
        <name>LinkCaseDialog</name>
        <message>
            <source>&amp;Link</source>
            <translation>&amp;Повежи</translation>
        </message>
        <message>
            <source>Case &amp;code</source>
            <translation>Шифра &amp;случаја</translation>
        </message>
        <message>
            <source>e.g. AST-2026-0042</source>
            <translation>нпр. AST-2026-0042</translation>
        </message>
    </context>
    <context>
        <name>MainMenus</name>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Поништи</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>П&amp;онови</translation>
        </message>
        <message>
            <source>Cu&amp;t</source>
            <translation>&amp;Исеци</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation>&amp;Копирај</translation>
        </message>
        <message>
            <source>&amp;Paste</source>
            <translation>&amp;Налепи</translation>
        </message>
        <message>
            <source>Select &amp;all</source>
            <translation>Изабери с&amp;ве</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Изађи</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Уређивање</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Приказ</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>По&amp;моћ</translation>
        </message>
        <message>
            <source>&amp;About ASTRA Desktop…</source>
            <translation>&amp;О програму ASTRA Desktop…</translation>
        </message>
        <message>
            <source>About &amp;Qt…</source>
            <translation>О библиотеци &amp;Qt…</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Clients &amp;&amp; cases</source>
            <translation>Клијенти &amp;&amp; случајеви</translation>
        </message>
        <message>
            <source>Appointments</source>
            <translation>Термини</translation>
        </message>
        <message>
            <source>Risk</source>
            <translation>Ризик</translation>
        </message>
        <message>
            <source>Documents</source>
            <translation>Документи</translation>
        </message>
        <message>
            <source>Backups</source>
            <translation>Резервне копије</translation>
        </message>
        <message>
            <source>SOS hotline</source>
            <translation>SOS линија</translation>
        </message>
        <message>
            <source>Users &amp;&amp; settings</source>
            <translation>Корисници &amp;&amp; подешавања</translation>
        </message>
        <message>
            <source>Partners</source>
            <translation>Партнери</translation>
        </message>
        <message>
            <source>Statistics</source>
            <translation>Статистика</translation>
        </message>
        <message>
            <source>Signed in as {0} ({1}) · Ctrl+L locks · F12 hides and locks at once</source>
            <translation>Пријављени сте као {0} ({1}) · Ctrl+L закључава · F12 одмах скрива и закључава</translation>
        </message>
        <message>
            <source>Office</source>
            <translation>Канцеларија</translation>
        </message>
        <message>
            <source>&amp;Vault</source>
            <translation>&amp;База</translation>
        </message>
        <message>
            <source>&amp;Lock now</source>
            <translation>&amp;Закључај одмах</translation>
        </message>
        <message>
            <source>&amp;Hide and lock</source>
            <translation>&amp;Сакриј и закључај</translation>
        </message>
        <message>
            <source>&amp;New client…</source>
            <translation>&amp;Нови клијент/киња…</translation>
        </message>
        <message>
            <source>&amp;Find a client</source>
            <translation>&amp;Пронађи клијента/кињу</translation>
        </message>
        <message>
            <source>S&amp;ync with the office now</source>
            <translation>Син&amp;хронизуј са канцеларијом сада</translation>
        </message>
    </context>
    <context>
        <name>MissingPage</name>
        <message>
            <source>Open searches</source>
            <translation>Отворене потраге</translation>
        </message>
        <message>
            <source>All searches</source>
            <translation>Све потраге</translation>
        </message>
        <message>
            <source>Only those I &amp;follow</source>
            <translation>Само оне које &amp;пратим</translation>
        </message>
        <message>
            <source>Find: person, police report number, place</source>
            <translation>Пронађи: особа, број полицијске пријаве, место</translation>
        </message>
        <message>
            <source>Any outcome</source>
            <translation>Сваки исход</translation>
        </message>
        <message>
            <source>Any partner asked</source>
            <translation>Било који партнер</translation>
        </message>
        <message>
            <source>&amp;New search…</source>
            <translation>Но&amp;ва потрага…</translation>
        </message>
        <message>
            <source>Choose a search in the list to see its history.</source>
            <translation>Изаберите потрагу на списку да видите њен ток.</translation>
        </message>
        <message>
            <source>Missing-person searches</source>
            <translation>Потраге за несталим особама</translation>
        </message>
        <message numerus="yes">
            <source>%n search(es)</source>
            <translation>
                <numerusform>%n потрага</numerusform>
                <numerusform>%n потраге</numerusform>
                <numerusform>%n потрага</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n with an action due</source>
            <translation>
                <numerusform>%n са радњом којој је дошао рок</numerusform>
                <numerusform>%n са радњом којој је дошао рок</numerusform>
                <numerusform>%n са радњом којој је дошао рок</numerusform>
            </translation>
        </message>
        <message>
            <source>Loading the searches…</source>
            <translation>Учитавају се потраге…</translation>
        </message>
        <message>
            <source>The searches could not be read: {0}</source>
            <translation>Потраге нису могле да се учитају: {0}</translation>
        </message>
    </context>
    <context>
        <name>MonitoredHearings</name>
        <message>
            <source>Day</source>
            <translation>Дан</translation>
        </message>
        <message>
            <source>Monitored trial (court · number)</source>
            <translation>Праћено суђење (суд · број предмета)</translation>
        </message>
        <message>
            <source>Hearing</source>
            <translation>Рочиште</translation>
        </message>
        <message numerus="yes">
            <source>%n planned hearing(s) of monitored trials (no case of ours)</source>
            <translation>
                <numerusform>%n заказано рочиште у праћеним суђењима (без нашег случаја)</numerusform>
                <numerusform>%n заказана рочишта у праћеним суђењима (без нашег случаја)</numerusform>
                <numerusform>%n заказаних рочишта у праћеним суђењима (без нашег случаја)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MonitoringModel</name>
        <message>
            <source>First-instance verdicts</source>
            <translation>Првостепене пресуде</translation>
        </message>
        <message>
            <source>… in trials monitored without a client</source>
            <translation>… у суђењима која пратимо без наше клијенткиње</translation>
        </message>
        <message>
            <source>Convictions</source>
            <translation>Осуђујуће пресуде</translation>
        </message>
        <message>
            <source>… for trafficking (Art. 388)</source>
            <translation>… за трговину људима (чл. 388)</translation>
        </message>
        <message>
            <source>… … under a lighter paragraph of Art. 388 than charged</source>
            <translation>… … по блажем ставу чл. 388 од оптуженог</translation>
        </message>
        <message>
            <source>… for another offence, Art. 388 having been charged (re-qualified)</source>
            <translation>… за друго кривично дело, а оптужено је по чл. 388 (преквалификација)</translation>
        </message>
        <message>
            <source>… for another offence, Art. 388 never charged</source>
            <translation>… за друго кривично дело, без оптужбе по чл. 388</translation>
        </message>
        <message>
            <source>… offence not recorded</source>
            <translation>… кривично дело није уписано</translation>
        </message>
        <message>
            <source>Acquittals</source>
            <translation>Ослобађајуће пресуде</translation>
        </message>
        <message>
            <source>Charges rejected or proceedings discontinued</source>
            <translation>Оптужба одбијена или поступак обустављен</translation>
        </message>
        <message>
            <source>Charges re-qualified from Art. 388</source>
            <translation>Оптужбе преквалификоване са чл. 388</translation>
        </message>
        <message>
            <source>Charges re-qualified to a lighter paragraph of Art. 388</source>
            <translation>Оптужбе преквалификоване на блажи став чл. 388</translation>
        </message>
        <message>
            <source>Plea agreements</source>
            <translation>Споразуми о признању кривичног дела</translation>
        </message>
        <message>
            <source>… the victim was told of it</source>
            <translation>… оштећени/а је обавештен/а о споразуму</translation>
        </message>
        <message>
            <source>Average sentence (months)</source>
            <translation>Просечна казна (у месецима)</translation>
        </message>
        <message>
            <source>Property claims filed</source>
            <translation>Поднети имовинскоправни захтеви</translation>
        </message>
        <message>
            <source>… decided in the criminal case</source>
            <translation>… одлучено у кривичном поступку</translation>
        </message>
        <message>
            <source>… granted in full or in part</source>
            <translation>… усвојени у целини или делимично</translation>
        </message>
        <message>
            <source>… sent to civil proceedings</source>
            <translation>… упућени на парницу</translation>
        </message>
        <message>
            <source>Compensation claimed (RSD)</source>
            <translation>Тражено на име накнаде штете (RSD)</translation>
        </message>
        <message>
            <source>Proceedings awarding compensation</source>
            <translation>Поступци у којима је досуђена накнада штете</translation>
        </message>
        <message>
            <source>Compensation awarded (RSD)</source>
            <translation>Досуђена накнада (RSD)</translation>
        </message>
        <message>
            <source>Compensation actually paid (RSD)</source>
            <translation>Стварно исплаћена накнада (RSD)</translation>
        </message>
        <message>
            <source>All years</source>
            <translation>Све године</translation>
        </message>
    </context>
    <context>
        <name>MonitoringPage</name>
        <message>
            <source>Anonymous figures from every court proceeding you can see and every monitored trial, counted in the year of the first-instance verdict — the numbers the organisation publishes from its court monitoring. No names or case codes appear here or in the export.</source>
            <translation>Анонимни подаци из свих кривичних поступака које видите и свих суђења која пратимо, рачунати по години првостепене пресуде — бројке које организација објављује из праћења суђења. Ни овде ни у извозу нема имена ни шифара случајева.</translation>
        </message>
        <message>
            <source>&amp;Export as CSV…</source>
            <translation>&amp;Извези као CSV…</translation>
        </message>
        <message>
            <source>F&amp;igures</source>
            <translation>Бро&amp;јке</translation>
        </message>
        <message>
            <source>Monitored tria&amp;ls</source>
            <translation>Праћена &amp;суђења</translation>
        </message>
        <message>
            <source>Counting the figures…</source>
            <translation>Рачунају се подаци…</translation>
        </message>
        <message>
            <source>The figures could not be counted: {0}</source>
            <translation>Подаци нису могли да се израчунају: {0}</translation>
        </message>
        <message numerus="yes">
            <source>%n proceeding(s) with a verdict.</source>
            <translation>
                <numerusform>%n поступак са пресудом.</numerusform>
                <numerusform>%n поступка са пресудом.</numerusform>
                <numerusform>%n поступака са пресудом.</numerusform>
            </translation>
        </message>
        <message>
            <source>Export the court-monitoring figures</source>
            <translation>Извоз података из праћења суђења</translation>
        </message>
        <message>
            <source>Writing {0}…</source>
            <translation>Уписује се {0}…</translation>
        </message>
        <message>
            <source>Exported to {0}.</source>
            <translation>Извезено у {0}.</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Извези</translation>
        </message>
    </context>
    <context>
        <name>MonthModel</name>
        <message>
            <source>+{0} more</source>
            <translation>+ још {0}</translation>
        </message>
        <message numerus="yes">
            <source>… %n appointment(s) in all</source>
            <translation>
                <numerusform>… укупно %n термин</numerusform>
                <numerusform>… укупно %n термина</numerusform>
                <numerusform>… укупно %n термина</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MonthView</name>
        <message>
            <source>Previous month</source>
            <translation>Претходни месец</translation>
        </message>
        <message>
            <source>Next month</source>
            <translation>Следећи месец</translation>
        </message>
        <message>
            <source>&amp;Today</source>
            <translation>&amp;Данас</translation>
        </message>
        <message>
            <source>Only &amp;mine</source>
            <translation>Само &amp;моји</translation>
        </message>
        <message>
            <source>&amp;New appointment on this day…</source>
            <translation>&amp;Нови термин овог дана…</translation>
        </message>
        <message>
            <source>Open the &amp;case file</source>
            <translation>Отвори досије случај&amp;а</translation>
        </message>
        <message>
            <source>court hearing</source>
            <translation>рочиште</translation>
        </message>
        <message>
            <source>police, prosecutor</source>
            <translation>полиција, тужилаштво</translation>
        </message>
        <message>
            <source>health</source>
            <translation>здравље</translation>
        </message>
        <message>
            <source>services, lawyer</source>
            <translation>службе, адвокат</translation>
        </message>
        <message>
            <source>home visit</source>
            <translation>кућна посета</translation>
        </message>
        <message>
            <source>✓ held  ✗ missed  ↷ postponed</source>
            <translation>✓ одржано  ✗ пропуштено  ↷ одложено</translation>
        </message>
    </context>
    <context>
        <name>NewClientDialog</name>
        <message>
            <source>Case &amp;code</source>
            <translation>Шифра &amp;случаја</translation>
        </message>
        <message>
            <source>leave empty for the next free code</source>
            <translation>оставите празно за следећу слободну шифру</translation>
        </message>
        <message>
            <source>&amp;Exploitation</source>
            <translation>Облик &amp;експлоатације</translation>
        </message>
        <message>
            <source>New client and case</source>
            <translation>Нови клијент/киња и случај</translation>
        </message>
    </context>
    <context>
        <name>NoOptions</name>
        <message>
            <source>This document takes nothing but the case.</source>
            <translation>За овај документ потребан је само случај.</translation>
        </message>
    </context>
    <context>
        <name>NotesTab</name>
        <message>
            <source>Loading the contact log…</source>
            <translation>Учитавају се белешке о контактима…</translation>
        </message>
        <message>
            <source>New note</source>
            <translation>Нова белешка</translation>
        </message>
        <message>
            <source>Editing the note of {0}</source>
            <translation>Измена белешке од {0}</translation>
        </message>
        <message>
            <source>Enter the date of the contact.</source>
            <translation>Унесите датум контакта.</translation>
        </message>
        <message>
            <source>Enter the time as HH:MM, e.g. 09:30.</source>
            <translation>Унесите време као ЧЧ:ММ, нпр. 09:30.</translation>
        </message>
        <message>
            <source>Restored the note you were typing when the vault locked.</source>
            <translation>Враћена је белешка коју сте куцали када се база закључала.</translation>
        </message>
        <message>
            <source>&amp;When</source>
            <translation>&amp;Када</translation>
        </message>
        <message>
            <source>&amp;Type</source>
            <translation>&amp;Врста</translation>
        </message>
        <message>
            <source>N&amp;ote</source>
            <translation>&amp;Белешка</translation>
        </message>
        <message>
            <source>What happened, what was agreed, what comes next…</source>
            <translation>Шта се догодило, шта је договорено, шта следи…</translation>
        </message>
        <message>
            <source>Ne&amp;w note</source>
            <translation>&amp;Нова белешка</translation>
        </message>
        <message>
            <source>&amp;Save note</source>
            <translation>&amp;Сачувај белешку</translation>
        </message>
    </context>
    <context>
        <name>OfficeConflictsDialog</name>
        <message>
            <source>Changed here and on another laptop</source>
            <translation>Измењено овде и на другом лаптопу</translation>
        </message>
        <message>
            <source>These records were changed on this laptop and on the laptop of {0} since they last synced (or deleted on one and changed on the other). Choose, for each, which version to keep; nothing of that laptop's file is applied until you do. The sync then runs again, and the other laptops receive your choice.</source>
            <translation>Ови записи су од последње синхронизације измењени и на овом лаптопу и на лаптопу корисника {0} (или обрисани на једном, а измењени на другом). За сваки изаберите коју верзију задржавате; док то не урадите, ништа из датотеке тог лаптопа се не примењује. Синхронизација се затим поново покреће, а остали лаптопови добијају ваш избор.</translation>
        </message>
    </context>
    <context>
        <name>OfficePage</name>
        <message>
            <source>Not in a team yet. The join request is written; join with the join file the administrator makes from it.</source>
            <translation>Још није у тиму. Захтев за придруживање је сачуван; придружите се датотеком за придруживање коју администратор направи на основу њега.</translation>
        </message>
        <message>
            <source>Not in a team.</source>
            <translation>Није у тиму.</translation>
        </message>
        <message>
            <source>Not chosen yet.</source>
            <translation>Још није изабрана.</translation>
        </message>
        <message>
            <source>administrator</source>
            <translation>администратор</translation>
        </message>
        <message>
            <source>member</source>
            <translation>члан</translation>
        </message>
        <message>
            <source>{0} (this laptop)</source>
            <translation>{0} (овај лаптоп)</translation>
        </message>
        <message>
            <source>removed</source>
            <translation>уклоњен</translation>
        </message>
        <message>
            <source>in the team</source>
            <translation>у тиму</translation>
        </message>
        <message>
            <source>never</source>
            <translation>никад</translation>
        </message>
        <message>
            <source>Syncing starts once this laptop is in a team.</source>
            <translation>Синхронизација почиње када овај лаптоп постане део тима.</translation>
        </message>
        <message>
            <source>Choose the office folder to sync with.</source>
            <translation>Изаберите фасциклу канцеларије са којом се синхронизује.</translation>
        </message>
        <message>
            <source>Not synced yet in this session.</source>
            <translation>У овој сесији још није синхронизовано.</translation>
        </message>
        <message>
            <source>It failed: {0}</source>
            <translation>Није успело: {0}</translation>
        </message>
        <message>
            <source>Created the team {0}; this laptop is its administrator. Add the other laptops from their join requests.</source>
            <translation>Тим {0} је направљен; овај лаптоп је његов администратор. Додајте остале лаптопове на основу њихових захтева за придруживање.</translation>
        </message>
        <message>
            <source>Save the join request</source>
            <translation>Сачувај захтев за придруживање</translation>
        </message>
        <message>
            <source>Wrote the join request {0}. Give it to the administrator and read them this fingerprint aloud: {1}</source>
            <translation>Захтев за придруживање је сачуван у {0}. Предајте га администратору и наглас му прочитајте овај контролни отисак: {1}</translation>
        </message>
        <message>
            <source>Joined the team {0}. Its shared cases arrive with the first sync.</source>
            <translation>Придружили сте се тиму {0}. Заједнички случајеви стижу првом синхронизацијом.</translation>
        </message>
        <message>
            <source>Added the device of {0}'s join request; the other laptops learn of it at their next sync.</source>
            <translation>Уређај из захтева {0} је додат; остали лаптопови сазнају за њега при следећој синхронизацији.</translation>
        </message>
        <message>
            <source>Choose a device in the list first.</source>
            <translation>Прво изаберите уређај са списка.</translation>
        </message>
        <message>
            <source>Remove the device</source>
            <translation>Уклањање уређаја</translation>
        </message>
        <message>
            <source>Remove {0}'s laptop ({1}) from the team? A new team key is made and sent to the other laptops only: the removed laptop cannot read anything written from now on, and files it writes are refused. What it already has stays on it.</source>
            <translation>Уклонити лаптоп корисника {0} ({1}) из тима? Прави се нови кључ тима и шаље само осталим лаптоповима: уклоњени лаптоп не може да прочита ништа што се одсад запише, а датотеке које он запише биће одбијене. Оно што већ има остаје на њему.</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Уклони</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Откажи</translation>
        </message>
        <message>
            <source>Removed {0}'s laptop; the team key was renewed.</source>
            <translation>Лаптоп корисника {0} је уклоњен; кључ тима је обновљен.</translation>
        </message>
        <message>
            <source>The office folder</source>
            <translation>Фасцикла канцеларије</translation>
        </message>
        <message>
            <source>The office folder is now {0}.</source>
            <translation>Фасцикла канцеларије је сада {0}.</translation>
        </message>
        <message>
            <source>This laptop</source>
            <translation>Овај лаптоп</translation>
        </message>
        <message>
            <source>Team</source>
            <translation>Тим</translation>
        </message>
        <message>
            <source>Device</source>
            <translation>Уређај</translation>
        </message>
        <message>
            <source>Fingerprint</source>
            <translation>Контролни отисак</translation>
        </message>
        <message>
            <source>Read these digits aloud to the administrator when this laptop asks to join; they check them against the join request.</source>
            <translation>Прочитајте ове цифре наглас администратору када овај лаптоп тражи придруживање; он их упоређује са захтевом за придруживање.</translation>
        </message>
        <message>
            <source>Office folder</source>
            <translation>Фасцикла канцеларије</translation>
        </message>
        <message>
            <source>The folder Syncthing (or a shared drive, or a USB stick) carries between the office's laptops</source>
            <translation>Фасцикла коју Syncthing (или дељени диск, или USB флеш) преноси између лаптопова канцеларије</translation>
        </message>
        <message>
            <source>C&amp;hoose…</source>
            <translation>&amp;Изабери…</translation>
        </message>
        <message>
            <source>Sync</source>
            <translation>Синхронизација</translation>
        </message>
        <message>
            <source>S&amp;ync now</source>
            <translation>&amp;Синхронизуј сада</translation>
        </message>
        <message>
            <source>Choose &amp;versions…</source>
            <translation>Изабери &amp;верзије…</translation>
        </message>
        <message>
            <source>Devices of the team</source>
            <translation>Уређаји тима</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Задужен/а</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Улога</translation>
        </message>
        <message>
            <source>Last seen</source>
            <translation>Последњи пут виђена</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Стање</translation>
        </message>
        <message>
            <source>Create a &amp;team…</source>
            <translation>Направи &amp;тим…</translation>
        </message>
        <message>
            <source>A&amp;dd a device…</source>
            <translation>&amp;Додај уређај…</translation>
        </message>
        <message>
            <source>&amp;Remove the device…</source>
            <translation>&amp;Уклони уређај…</translation>
        </message>
        <message>
            <source>As&amp;k to join a team…</source>
            <translation>&amp;Затражи придруживање тиму…</translation>
        </message>
        <message>
            <source>&amp;Join with a join file…</source>
            <translation>&amp;Придружи се датотеком…</translation>
        </message>
    </context>
    <context>
        <name>OfficeSync</name>
        <message>
            <source>It failed: {0}</source>
            <translation>Није успело: {0}</translation>
        </message>
        <message>
            <source>Office: syncing…</source>
            <translation>Канцеларија: синхронизација у току…</translation>
        </message>
        <message>
            <source>Office: not synced. {0}</source>
            <translation>Канцеларија: није синхронизовано. {0}</translation>
        </message>
        <message>
            <source>Office: this laptop was removed from the team.</source>
            <translation>Канцеларија: овај лаптоп је уклоњен из тима.</translation>
        </message>
        <message>
            <source>Office: synced at {0}</source>
            <translation>Канцеларија: синхронизовано у {0}</translation>
        </message>
        <message numerus="yes">
            <source>%n file(s) applied</source>
            <translation>
                <numerusform>%n датотека примењена</numerusform>
                <numerusform>%n датотеке примењене</numerusform>
                <numerusform>%n датотека примењено</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n record(s) to choose</source>
            <translation>
                <numerusform>%n запис чека избор</numerusform>
                <numerusform>%n записа чекају избор</numerusform>
                <numerusform>%n записа чека избор</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n file(s) refused</source>
            <translation>
                <numerusform>%n датотека одбијена</numerusform>
                <numerusform>%n датотеке одбијене</numerusform>
                <numerusform>%n датотека одбијено</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n file(s) waiting</source>
            <translation>
                <numerusform>%n датотека чека</numerusform>
                <numerusform>%n датотеке чекају</numerusform>
                <numerusform>%n датотека чека</numerusform>
            </translation>
        </message>
        <message>
            <source>Refused: {0}</source>
            <translation>Одбијено: {0}</translation>
        </message>
        <message>
            <source>Waiting: file {0} from {1} has not arrived yet, or its key has not.</source>
            <translation>Чека: датотека {0} корисника {1} још није стигла, или није стигао њен кључ.</translation>
        </message>
        <message numerus="yes">
            <source>%n record(s) were changed here and on another laptop: choose which version to keep (Choose versions…). Nothing of those files is applied until then.</source>
            <translation>
                <numerusform>%n запис је измењен и овде и на другом лаптопу: изаберите коју верзију задржавате (Изабери верзије…). До тада се ништа из тих датотека не примењује.</numerusform>
                <numerusform>%n записа су измењена и овде и на другом лаптопу: изаберите коју верзију задржавате (Изабери верзије…). До тада се ништа из тих датотека не примењује.</numerusform>
                <numerusform>%n записа је измењено и овде и на другом лаптопу: изаберите коју верзију задржавате (Изабери верзије…). До тада се ништа из тих датотека не примењује.</numerusform>
            </translation>
        </message>
        <message>
            <source>The administrator removed this laptop from the team: it no longer receives the office's changes and publishes nothing. What is in this vault stays.</source>
            <translation>Администратор је уклонио овај лаптоп из тима: више не прима измене из канцеларије и ништа не објављује. Оно што је у овом трезору остаје.</translation>
        </message>
    </context>
    <context>
        <name>OrganisationPage</name>
        <message>
            <source>Welcome to ASTRA Desktop</source>
            <translation>Добро дошли у ASTRA Desktop</translation>
        </message>
        <message>
            <source>This computer will keep case files in an encrypted vault. Nothing is sent anywhere; without a passphrase or the recovery key nobody can read it.</source>
            <translation>Овај рачунар ће чувати досијее случајева у шифрованој бази. Ништа се никуда не шаље; без лозинке или кључа за опоравак нико не може да је прочита.</translation>
        </message>
        <message>
            <source>&amp;Organisation</source>
            <translation>&amp;Организација</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Језик</translation>
        </message>
        <message>
            <source>Set up a &amp;new vault</source>
            <translation>Направи &amp;нову шифровану базу</translation>
        </message>
        <message>
            <source>&amp;Restore from a backup (this computer replaces one that was lost or broken)</source>
            <translation>&amp;Врати из резервне копије (овај рачунар замењује изгубљени или покварени)</translation>
        </message>
    </context>
    <context>
        <name>PartnerDialog</name>
        <message>
            <source>Add a partner</source>
            <translation>Нови партнер</translation>
        </message>
        <message>
            <source>Partner</source>
            <translation>Партнер</translation>
        </message>
        <message>
            <source>Only an administrator makes a partner inactive.</source>
            <translation>Партнера може да деактивира само администратор.</translation>
        </message>
        <message>
            <source>Loading the partner…</source>
            <translation>Учитавају се подаци о партнеру…</translation>
        </message>
        <message>
            <source>&amp;Name</source>
            <translation>&amp;Назив</translation>
        </message>
        <message>
            <source>e.g. Centar za socijalni rad Novi Sad</source>
            <translation>нпр. Центар за социјални рад Нови Сад</translation>
        </message>
        <message>
            <source>&amp;Kind</source>
            <translation>&amp;Врста</translation>
        </message>
        <message>
            <source>&amp;Town</source>
            <translation>&amp;Место</translation>
        </message>
        <message>
            <source>e.g. Belgrade</source>
            <translation>нпр. Београд</translation>
        </message>
        <message>
            <source>Countr&amp;y</source>
            <translation>&amp;Држава</translation>
        </message>
        <message>
            <source>e.g. Serbia</source>
            <translation>нпр. Србија</translation>
        </message>
        <message>
            <source>&amp;Contact person</source>
            <translation>&amp;Контакт особа</translation>
        </message>
        <message>
            <source>a person or a duty service</source>
            <translation>особа или дежурна служба</translation>
        </message>
        <message>
            <source>&amp;Phone</source>
            <translation>&amp;Телефон</translation>
        </message>
        <message>
            <source>&amp;E-mail</source>
            <translation>&amp;Е-пошта</translation>
        </message>
        <message>
            <source>Pro&amp;vides</source>
            <translation>&amp;Пружа</translation>
        </message>
        <message>
            <source>N&amp;otes</source>
            <translation>Н&amp;апомене</translation>
        </message>
        <message>
            <source>How to refer, opening hours, what to bring</source>
            <translation>Како упутити, радно време, шта понети</translation>
        </message>
        <message>
            <source>Active: offered when a referral is recorded</source>
            <translation>Активан: нуди се при упису упућивања</translation>
        </message>
    </context>
    <context>
        <name>PartnersPage</name>
        <message>
            <source>Every kind</source>
            <translation>Све врсте</translation>
        </message>
        <message>
            <source>Providing anything</source>
            <translation>Све услуге</translation>
        </message>
        <message>
            <source>Active partners</source>
            <translation>Активни партнери</translation>
        </message>
        <message>
            <source>Inactive partners</source>
            <translation>Неактивни партнери</translation>
        </message>
        <message>
            <source>Active and inactive</source>
            <translation>Активни и неактивни</translation>
        </message>
        <message>
            <source>Only an administrator makes a partner inactive or active again.</source>
            <translation>Само администратор може да деактивира партнера или да га поново активира.</translation>
        </message>
        <message numerus="yes">
            <source>%n partner(s)</source>
            <translation>
                <numerusform>%n партнер</numerusform>
                <numerusform>%n партнера</numerusform>
                <numerusform>%n партнера</numerusform>
            </translation>
        </message>
        <message>
            <source>Loading the partners…</source>
            <translation>Учитавају се партнери…</translation>
        </message>
        <message>
            <source>The partners could not be read: {0}</source>
            <translation>Партнери нису могли да се учитају: {0}</translation>
        </message>
        <message>
            <source>Every town</source>
            <translation>Сва места</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Активан</translation>
        </message>
        <message>
            <source>Inactive</source>
            <translation>Неактиван</translation>
        </message>
        <message>
            <source>Make the partner inactive?</source>
            <translation>Деактивирати партнера?</translation>
        </message>
        <message>
            <source>{0} will no longer be offered for new referrals. Records that already name it keep it, and it can be made active again.</source>
            <translation>{0} се више неће нудити при новим упућивањима. Записи у којима се већ наводи остају какви јесу, а партнер се може поново активирати.</translation>
        </message>
        <message>
            <source>Make inactive</source>
            <translation>Деактивирај</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Откажи</translation>
        </message>
        <message>
            <source>Partners</source>
            <translation>Партнери</translation>
        </message>
        <message>
            <source>Search names, towns, contacts, notes</source>
            <translation>Претрага по називу, месту, контакту, напоменама</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Назив</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Врста</translation>
        </message>
        <message>
            <source>Town</source>
            <translation>Место</translation>
        </message>
        <message>
            <source>Provides</source>
            <translation>Пружа</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>Контакт</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Статус</translation>
        </message>
        <message>
            <source>Referrals</source>
            <translation>Упућивања</translation>
        </message>
        <message>
            <source>Referrals in case files that name this partner</source>
            <translation>Упућивања у досијеима случајева која наводе овог партнера</translation>
        </message>
        <message>
            <source>Inquiries</source>
            <translation>Упити</translation>
        </message>
        <message>
            <source>Missing-person searches this partner was asked about</source>
            <translation>Потраге за несталим особама о којима је овом партнеру упућен упит</translation>
        </message>
        <message>
            <source>Hotline</source>
            <translation>SOS линија</translation>
        </message>
        <message>
            <source>Hotline callers referred to this partner</source>
            <translation>Позиваоци SOS линије упућени овом партнеру</translation>
        </message>
        <message>
            <source>&amp;Add a partner…</source>
            <translation>&amp;Додај партнера…</translation>
        </message>
        <message>
            <source>&amp;Open…</source>
            <translation>&amp;Отвори…</translation>
        </message>
        <message>
            <source>Make &amp;inactive</source>
            <translation>Деакт&amp;ивирај</translation>
        </message>
        <message>
            <source>Make a&amp;ctive again</source>
            <translation>Поново &amp;активирај</translation>
        </message>
    </context>
    <context>
        <name>PassphraseDialog</name>
        <message>
            <source>The two new passphrases differ.</source>
            <translation>Нове лозинке се не поклапају.</translation>
        </message>
        <message>
            <source>Choose a stronger passphrase: several unrelated words.</source>
            <translation>Изаберите јачу лозинку: неколико неповезаних речи.</translation>
        </message>
        <message>
            <source>&amp;Current passphrase</source>
            <translation>&amp;Тренутна лозинка</translation>
        </message>
        <message>
            <source>&amp;New passphrase</source>
            <translation>&amp;Нова лозинка</translation>
        </message>
        <message>
            <source>&amp;Repeat it</source>
            <translation>&amp;Поновите је</translation>
        </message>
    </context>
    <context>
        <name>PassphraseField</name>
        <message>
            <source>Very weak</source>
            <translation>Веома слаба</translation>
        </message>
        <message>
            <source>Weak</source>
            <translation>Слаба</translation>
        </message>
        <message>
            <source>Fair</source>
            <translation>Осредња</translation>
        </message>
        <message>
            <source>Strong</source>
            <translation>Јака</translation>
        </message>
        <message>
            <source>Very strong</source>
            <translation>Веома јака</translation>
        </message>
        <message>
            <source>Use several unrelated words, at least 10 characters.</source>
            <translation>Користите неколико неповезаних речи, најмање 10 знакова.</translation>
        </message>
        <message>
            <source>{0} — would take {1} to guess. {2}</source>
            <translation>{0} — за погађање би требало {1}. {2}</translation>
        </message>
    </context>
    <context>
        <name>PowersDialog</name>
        <message>
            <source>Loading the powers of attorney…</source>
            <translation>Учитавају се пуномоћја…</translation>
        </message>
        <message>
            <source>Enter the date of the power of attorney.</source>
            <translation>Упишите датум пуномоћја.</translation>
        </message>
        <message>
            <source>Remove the power of attorney?</source>
            <translation>Уклонити пуномоћје?</translation>
        </message>
        <message>
            <source>Remove the power of attorney given to {0} on {1}?</source>
            <translation>Уклонити пуномоћје од {1} (адвокат: {0})?</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Уклони</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Откажи</translation>
        </message>
        <message>
            <source>Powers of attorney</source>
            <translation>Пуномоћја</translation>
        </message>
        <message>
            <source>Lawyer</source>
            <translation>Адвокат</translation>
        </message>
        <message>
            <source>Given on</source>
            <translation>Дато дана</translation>
        </message>
        <message>
            <source>Scope</source>
            <translation>Обим овлашћења</translation>
        </message>
        <message>
            <source>&amp;Remove</source>
            <translation>&amp;Уклони</translation>
        </message>
        <message>
            <source>New power of attorney</source>
            <translation>Ново пуномоћје</translation>
        </message>
        <message>
            <source>&amp;Lawyer</source>
            <translation>&amp;Адвокат</translation>
        </message>
        <message>
            <source>&amp;Given on</source>
            <translation>&amp;Дато дана</translation>
        </message>
        <message>
            <source>&amp;Scope</source>
            <translation>О&amp;бим овлашћења</translation>
        </message>
        <message>
            <source>e.g. zastupanje oštećene u krivičnom postupku i podnošenje imovinskopravnog zahteva</source>
            <translation>нпр. заступање оштећене у кривичном поступку и подношење имовинскоправног захтева</translation>
        </message>
        <message>
            <source>&amp;Add</source>
            <translation>Додај &amp;пуномоћје</translation>
        </message>
        <message>
            <source>No lawyers are recorded yet. An administrator adds them under Users &amp; settings → Organisation and lawyers.</source>
            <translation>Још није уписан ниједан адвокат. Администратор их додаје у делу Корисници и подешавања → Организација и адвокати.</translation>
        </message>
    </context>
    <context>
        <name>ProceedingForm</name>
        <message>
            <source>Plea agreement made on</source>
            <translation>Споразум закључен дана</translation>
        </message>
        <message>
            <source>Terms of the plea agreement</source>
            <translation>Услови споразума</translation>
        </message>
        <message>
            <source>what was admitted, the sentence agreed, the claim</source>
            <translation>шта је признато, договорена казна, имовинскоправни захтев</translation>
        </message>
        <message>
            <source>&amp;Court</source>
            <translation>&amp;Суд</translation>
        </message>
        <message>
            <source>Court case &amp;number</source>
            <translation>&amp;Број судског предмета</translation>
        </message>
        <message>
            <source>Prosecution case number</source>
            <translation>Број предмета тужилаштва</translation>
        </message>
        <message>
            <source>&amp;Judge</source>
            <translation>Су&amp;дија</translation>
        </message>
        <message>
            <source>Prosecutor's &amp;office</source>
            <translation>&amp;Јавно тужилаштво</translation>
        </message>
        <message>
            <source>S&amp;tage</source>
            <translation>&amp;Фаза поступка</translation>
        </message>
        <message>
            <source>Appellate court</source>
            <translation>Апелациони суд</translation>
        </message>
        <message>
            <source>Appellate case number</source>
            <translation>Број предмета апелационог суда</translation>
        </message>
        <message>
            <source>The court calls the client</source>
            <translation>Суд клијента/кињу означава као</translation>
        </message>
        <message>
            <source>initials, or a protected witness's pseudonym</source>
            <translation>иницијали или псеудоним заштићеног сведока</translation>
        </message>
        <message>
            <source>Proceedings opened</source>
            <translation>Поступак покренут</translation>
        </message>
        <message>
            <source>Client's procedural &amp;roles</source>
            <translation>Процесне &amp;улоге клијента/киње</translation>
        </message>
        <message>
            <source>Particularly &amp;vulnerable witness</source>
            <translation>Посебно осетљив с&amp;ведок</translation>
        </message>
        <message>
            <source>Protective measures &amp;ordered</source>
            <translation>Одређене &amp;мере заштите</translation>
        </message>
        <message>
            <source>Property claim &amp;filed on</source>
            <translation>&amp;Имовинскоправни захтев поднет дана</translation>
        </message>
        <message>
            <source>Property claim decided</source>
            <translation>Одлука о имовинскоправном захтеву</translation>
        </message>
        <message>
            <source>V&amp;erdict</source>
            <translation>П&amp;ресуда</translation>
        </message>
        <message>
            <source>Verdict date</source>
            <translation>Датум пресуде</translation>
        </message>
        <message>
            <source>Written judgment served on</source>
            <translation>Препис пресуде достављен</translation>
        </message>
        <message>
            <source>First-instance trial ended</source>
            <translation>Првостепени поступак окончан</translation>
        </message>
        <message>
            <source>Convicted under article</source>
            <translation>Осуђен/а по члану</translation>
        </message>
        <message>
            <source>… paragraph</source>
            <translation>… став</translation>
        </message>
        <message>
            <source>Offence convicted of</source>
            <translation>Кривично дело за које је изречена осуда</translation>
        </message>
        <message>
            <source>Sentence (months)</source>
            <translation>Казна (у месецима)</translation>
        </message>
        <message>
            <source>Sentence as pronounced</source>
            <translation>Изречена казна (као у пресуди)</translation>
        </message>
        <message>
            <source>e.g. prison for 3 years and 6 months; fine</source>
            <translation>нпр. казна затвора у трајању од 3 године и 6 месеци; новчана казна</translation>
        </message>
        <message>
            <source>Appeal lodged by</source>
            <translation>Ко је изјавио жалбу</translation>
        </message>
        <message>
            <source>Compensation claimed (RSD)</source>
            <translation>Тражено на име накнаде штете (RSD)</translation>
        </message>
        <message>
            <source>Compensation awarded (RSD)</source>
            <translation>Досуђена накнада (RSD)</translation>
        </message>
        <message>
            <source>Compensation paid (RSD)</source>
            <translation>Исплаћена накнада (RSD)</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Напомене</translation>
        </message>
        <message>
            <source>A &amp;plea agreement was made</source>
            <translation>&amp;Закључен је споразум о признању кривичног дела</translation>
        </message>
        <message>
            <source>The client was &amp;told of the plea agreement</source>
            <translation>Клијент/киња је &amp;обавештен/а о споразуму</translation>
        </message>
        <message>
            <source>&amp;Save proceeding</source>
            <translation>Сачувај &amp;поступак</translation>
        </message>
    </context>
    <context>
        <name>ProceedingsTab</name>
        <message>
            <source>Loading the court proceedings…</source>
            <translation>Учитавају се судски поступци…</translation>
        </message>
        <message>
            <source>the client {0}</source>
            <translation>клијент/киња {0}</translation>
        </message>
        <message>
            <source>(summoned {0}, testified {1})</source>
            <translation>(позван/а {0}, сведочио/ла {1})</translation>
        </message>
        <message>
            <source>{0} outcome(s) to record</source>
            <translation>исход за евидентирање: {0}</translation>
        </message>
        <message>
            <source>Hearings: {0} held · {1} postponed · {2} ahead{4}      Came to court: {3}</source>
            <translation>Рочишта: одржано {0} · одложено {1} · предстоји {2}{4}      Дошао/ла на суд: {3}</translation>
        </message>
        <message>
            <source>Postponed by: {0}</source>
            <translation>Одложено због: {0}</translation>
        </message>
        <message>
            <source>present</source>
            <translation>присутан/на</translation>
        </message>
        <message>
            <source>absent</source>
            <translation>одсутан/на</translation>
        </message>
        <message>
            <source>re-qualified from Art. {0}</source>
            <translation>преквалификовано са чл. {0}</translation>
        </message>
        <message>
            <source>replaced on {0} by Art. {1}</source>
            <translation>дана {0} замењено чл. {1}</translation>
        </message>
        <message>
            <source>Court</source>
            <translation>Суд</translation>
        </message>
        <message>
            <source>Court hearing</source>
            <translation>Рочиште</translation>
        </message>
        <message>
            <source>Defendant</source>
            <translation>Окривљени</translation>
        </message>
        <message>
            <source>Re-qualify</source>
            <translation>Преквалификуј</translation>
        </message>
        <message>
            <source>Choose the charge to re-qualify.</source>
            <translation>Изаберите кривично дело које се преквалификује.</translation>
        </message>
        <message>
            <source>Proceeding</source>
            <translation>Поступак</translation>
        </message>
        <message>
            <source>Powers of &amp;attorney…</source>
            <translation>Пуно&amp;моћја…</translation>
        </message>
        <message>
            <source>Which lawyer the client authorised for these proceedings, when and for what</source>
            <translation>Ког адвоката је клијент/киња овластио/ла за овај поступак, када и за шта</translation>
        </message>
        <message>
            <source>Co&amp;mpensation claim…</source>
            <translation>Одштетни &amp;захтев…</translation>
        </message>
        <message>
            <source>Heads of damage, amounts, interest, evidence and costs: the property claim and the civil suit are made from them</source>
            <translation>Врсте штете, износи, камата, докази и трошкови: од њих се праве имовинскоправни захтев и тужба ради накнаде штете</translation>
        </message>
        <message>
            <source>New &amp;proceeding</source>
            <translation>Нови &amp;поступак</translation>
        </message>
        <message>
            <source>No court proceedings are recorded for this case. Add one when charges are brought or the client is called as a witness.</source>
            <translation>За овај случај није уписан ниједан судски поступак. Додајте га када се подигне оптужница или када клијент/киња буде позван/а као сведок.</translation>
        </message>
        <message>
            <source>&amp;Hearings and parties</source>
            <translation>&amp;Рочишта и странке</translation>
        </message>
        <message>
            <source>Hearings</source>
            <translation>Рочишта</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Датум</translation>
        </message>
        <message>
            <source>Hearing</source>
            <translation>Рочиште</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Статус</translation>
        </message>
        <message>
            <source>Client</source>
            <translation>Клијент/киња</translation>
        </message>
        <message>
            <source>Defendants present</source>
            <translation>Присутни окривљени</translation>
        </message>
        <message>
            <source>Postponed because</source>
            <translation>Разлог одлагања</translation>
        </message>
        <message>
            <source>&amp;Schedule a hearing…</source>
            <translation>&amp;Закажи рочиште…</translation>
        </message>
        <message>
            <source>Record the &amp;outcome…</source>
            <translation>Упиши &amp;исход…</translation>
        </message>
        <message>
            <source>Court hearings in the agenda not yet linked to proceedings:</source>
            <translation>Рочишта међу терминима која још нису повезана са поступком:</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>Место</translation>
        </message>
        <message>
            <source>&amp;Link to these proceedings</source>
            <translation>&amp;Повежи са овим поступком</translation>
        </message>
        <message>
            <source>Defendants</source>
            <translation>Окривљени</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Улога</translation>
        </message>
        <message>
            <source>Came to court</source>
            <translation>Дошао/ла на суд</translation>
        </message>
        <message>
            <source>Name or initials</source>
            <translation>Име или иницијали</translation>
        </message>
        <message>
            <source>Add &amp;defendant</source>
            <translation>Додај &amp;окривљеног</translation>
        </message>
        <message>
            <source>Charges and re-qualifications</source>
            <translation>Кривична дела и преквалификације</translation>
        </message>
        <message>
            <source>Since</source>
            <translation>Од</translation>
        </message>
        <message>
            <source>Article</source>
            <translation>Члан</translation>
        </message>
        <message>
            <source>Offence</source>
            <translation>Кривично дело</translation>
        </message>
        <message>
            <source>History</source>
            <translation>Историја</translation>
        </message>
        <message>
            <source>Add a c&amp;harge…</source>
            <translation>Додај кривично &amp;дело…</translation>
        </message>
        <message>
            <source>Re-&amp;qualify…</source>
            <translation>Пре&amp;квалификуј…</translation>
        </message>
        <message>
            <source>Details and &amp;outcome</source>
            <translation>Подаци и &amp;исход</translation>
        </message>
    </context>
    <context>
        <name>ProfilesDialog</name>
        <message>
            <source>Document &amp;templates…</source>
            <translation>Шаблони &amp;докумената…</translation>
        </message>
        <message>
            <source>Loading the organisation and its lawyers…</source>
            <translation>Учитавају се подаци о организацији и адвокатима…</translation>
        </message>
        <message>
            <source>Remove the lawyer?</source>
            <translation>Уклонити адвоката?</translation>
        </message>
        <message>
            <source>Remove {0} from the lawyers? Powers of attorney already recorded keep the name.</source>
            <translation>Уклонити са списка адвоката: {0}? Већ уписана пуномоћја задржавају име.</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Уклони</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Откажи</translation>
        </message>
        <message>
            <source>Lawyers</source>
            <translation>Адвокати</translation>
        </message>
        <message>
            <source>The letterhead is saved.</source>
            <translation>Заглавље је сачувано.</translation>
        </message>
        <message>
            <source>Organisation and lawyers</source>
            <translation>Организација и адвокати</translation>
        </message>
        <message>
            <source>Letterhead of the organisation's documents</source>
            <translation>Заглавље докумената организације</translation>
        </message>
        <message>
            <source>&amp;Name</source>
            <translation>&amp;Назив</translation>
        </message>
        <message>
            <source>&amp;Address</source>
            <translation>&amp;Адреса</translation>
        </message>
        <message>
            <source>&amp;Town</source>
            <translation>&amp;Место</translation>
        </message>
        <message>
            <source>&amp;Registration number (matični broj)</source>
            <translation>Ма&amp;тични број</translation>
        </message>
        <message>
            <source>Ta&amp;x number (PIB)</source>
            <translation>&amp;ПИБ</translation>
        </message>
        <message>
            <source>Lawyers who sign filings</source>
            <translation>Адвокати који потписују поднеске</translation>
        </message>
        <message>
            <source>Lawyer</source>
            <translation>Адвокат</translation>
        </message>
        <message>
            <source>Office</source>
            <translation>Канцеларија</translation>
        </message>
        <message>
            <source>Bar chamber and number</source>
            <translation>Адвокатска комора и број уписа</translation>
        </message>
        <message>
            <source>Add a &amp;lawyer…</source>
            <translation>Додај а&amp;двоката…</translation>
        </message>
        <message>
            <source>&amp;Edit…</source>
            <translation>&amp;Измени…</translation>
        </message>
        <message>
            <source>Re&amp;move</source>
            <translation>&amp;Уклони</translation>
        </message>
    </context>
    <context>
        <name>QPlatformTheme</name>
        <message>
            <source>OK</source>
            <translation>У реду</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Сачувај</translation>
        </message>
        <message>
            <source>Save All</source>
            <translation>Сачувај све</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Отвори</translation>
        </message>
        <message>
            <source>&amp;Yes</source>
            <translation>&amp;Да</translation>
        </message>
        <message>
            <source>Yes to &amp;All</source>
            <translation>Да за &amp;све</translation>
        </message>
        <message>
            <source>&amp;No</source>
            <translation>&amp;Не</translation>
        </message>
        <message>
            <source>N&amp;o to All</source>
            <translation>Н&amp;е за све</translation>
        </message>
        <message>
            <source>Abort</source>
            <translation>Прекини</translation>
        </message>
        <message>
            <source>Retry</source>
            <translation>Покушај поново</translation>
        </message>
        <message>
            <source>Ignore</source>
            <translation>Занемари</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Затвори</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Откажи</translation>
        </message>
        <message>
            <source>Discard</source>
            <translation>Одбаци</translation>
        </message>
        <message>
            <source>Help</source>
            <translation>Помоћ</translation>
        </message>
        <message>
            <source>Apply</source>
            <translation>Примени</translation>
        </message>
        <message>
            <source>Reset</source>
            <translation>Поништи</translation>
        </message>
        <message>
            <source>Restore Defaults</source>
            <translation>Врати подразумевано</translation>
        </message>
        <message>
            <source>Don't Save</source>
            <translation>Не чувај</translation>
        </message>
    </context>
    <context>
        <name>QWizard</name>
        <message>
            <source>&lt; &amp;Back</source>
            <translation>&lt; &amp;Назад</translation>
        </message>
        <message>
            <source>&amp;Next &gt;</source>
            <translation>&amp;Даље &gt;</translation>
        </message>
        <message>
            <source>&amp;Finish</source>
            <translation>&amp;Заврши</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Откажи</translation>
        </message>
        <message>
            <source>&amp;Next</source>
            <translation>&amp;Даље</translation>
        </message>
        <message>
            <source>Go Back</source>
            <translation>Назад</translation>
        </message>
        <message>
            <source>Continue</source>
            <translation>Настави</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Готово</translation>
        </message>
    </context>
    <context>
        <name>RecordForm</name>
        <message>
            <source>{0}: enter a whole number.</source>
            <translation>{0}: унесите цео број.</translation>
        </message>
    </context>
    <context>
        <name>RecordKind</name>
        <message>
            <source>client</source>
            <translation>клијент/киња</translation>
        </message>
        <message>
            <source>case</source>
            <translation>случај</translation>
        </message>
        <message>
            <source>contact note</source>
            <translation>белешка о контакту</translation>
        </message>
        <message>
            <source>service</source>
            <translation>услуга</translation>
        </message>
        <message>
            <source>referral</source>
            <translation>упућивање</translation>
        </message>
        <message>
            <source>consent</source>
            <translation>сагласност</translation>
        </message>
        <message>
            <source>document</source>
            <translation>документ</translation>
        </message>
        <message>
            <source>appointment</source>
            <translation>термин</translation>
        </message>
        <message>
            <source>court proceeding</source>
            <translation>судски поступак</translation>
        </message>
        <message>
            <source>hearing</source>
            <translation>рочиште</translation>
        </message>
        <message>
            <source>risk assessment</source>
            <translation>процена ризика</translation>
        </message>
        <message>
            <source>safety plan action</source>
            <translation>мера из плана безбедности</translation>
        </message>
        <message>
            <source>related person</source>
            <translation>повезана особа</translation>
        </message>
        <message>
            <source>hotline call</source>
            <translation>позив SOS линији</translation>
        </message>
        <message>
            <source>missing-person search</source>
            <translation>потрага за несталом особом</translation>
        </message>
        <message>
            <source>missing-person inquiry</source>
            <translation>упит о несталој особи</translation>
        </message>
        <message>
            <source>missing-person search action</source>
            <translation>радња у потрази за несталом особом</translation>
        </message>
        <message>
            <source>missing-person search status change</source>
            <translation>промена статуса потраге за несталом особом</translation>
        </message>
        <message>
            <source>claim</source>
            <translation>имовинскоправни захтев</translation>
        </message>
        <message>
            <source>defendant</source>
            <translation>окривљени</translation>
        </message>
        <message>
            <source>charge</source>
            <translation>тачка оптужбе</translation>
        </message>
        <message>
            <source>hearing attendance</source>
            <translation>присуство на рочишту</translation>
        </message>
        <message>
            <source>risk event</source>
            <translation>догађај у вези са ризиком</translation>
        </message>
        <message>
            <source>partner</source>
            <translation>партнерска организација</translation>
        </message>
    </context>
    <context>
        <name>RecoveryPage</name>
        <message>
            <source>emergency sheet</source>
            <translation>лист за хитне случајеве</translation>
        </message>
        <message>
            <source>Recovery key of the vault of</source>
            <translation>Кључ за опоравак базе организације</translation>
        </message>
        <message>
            <source>Anyone holding this key can open the vault. Keep it in a locked place, away from the computer. Use it only if every passphrase is lost: tick “Use the recovery key instead” on the unlock window.</source>
            <translation>Ко год има овај кључ, може да отвори базу. Чувајте га под кључем, далеко од рачунара. Користите га само ако су све лозинке изгубљене: на прозору за откључавање означите „Уместо лозинке користи кључ за опоравак“.</translation>
        </message>
        <message>
            <source>Your recovery key — the emergency sheet</source>
            <translation>Ваш кључ за опоравак — лист за хитне случајеве</translation>
        </message>
        <message>
            <source>If every passphrase is forgotten, this key is the only way into the vault. Print it or write it down now, and keep it locked away from this computer. It is shown only this once.</source>
            <translation>Ако се забораве све лозинке, овај кључ је једини пут до базе. Одштампајте га или га препишите сада, и чувајте га под кључем, далеко од овог рачунара. Приказује се само овај пут.</translation>
        </message>
        <message>
            <source>&amp;Print the emergency sheet…</source>
            <translation>&amp;Одштампај лист за хитне случајеве…</translation>
        </message>
        <message>
            <source>I have printed or written down the recovery key.</source>
            <translation>Одштампао/ла сам или преписао/ла кључ за опоравак.</translation>
        </message>
    </context>
    <context>
        <name>RegisterClientDialog</name>
        <message>
            <source>Case &amp;code</source>
            <translation>Шифра &amp;случаја</translation>
        </message>
        <message>
            <source>leave empty for the next free code</source>
            <translation>оставите празно за следећу слободну шифру</translation>
        </message>
        <message>
            <source>&amp;Exploitation</source>
            <translation>Облик &amp;експлоатације</translation>
        </message>
        <message>
            <source>Re&amp;ferred by</source>
            <translation>&amp;Упутио/ла</translation>
        </message>
        <message>
            <source>SOS hotline</source>
            <translation>SOS линија</translation>
        </message>
    </context>
    <context>
        <name>RelatedPersonsTab</name>
        <message>
            <source>&amp;Name</source>
            <translation>&amp;Име и презиме</translation>
        </message>
        <message>
            <source>&amp;Relation</source>
            <translation>Сродство / &amp;веза</translation>
        </message>
        <message>
            <source>Ris&amp;k</source>
            <translation>&amp;Ризик</translation>
        </message>
        <message>
            <source>This person is a danger to the client</source>
            <translation>Ова особа представља опасност за клијента/кињу</translation>
        </message>
        <message>
            <source>C&amp;ontact</source>
            <translation>К&amp;онтакт</translation>
        </message>
        <message>
            <source>A&amp;ddress</source>
            <translation>&amp;Адреса</translation>
        </message>
        <message>
            <source>No&amp;tes</source>
            <translation>Напом&amp;ене</translation>
        </message>
        <message>
            <source>Loading the related persons…</source>
            <translation>Учитавају се повезана лица…</translation>
        </message>
        <message>
            <source>yes — a risk</source>
            <translation>да — ризик</translation>
        </message>
        <message>
            <source>&amp;Add</source>
            <translation>&amp;Додај</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Сачувај</translation>
        </message>
        <message>
            <source>Only an administrator can remove.</source>
            <translation>Само администратор може да уклони.</translation>
        </message>
        <message>
            <source>Remove related person?</source>
            <translation>Уклонити повезано лице?</translation>
        </message>
        <message>
            <source>Remove {0} from the client's related persons?</source>
            <translation>Уклонити особу {0} из повезаних лица клијента/киње?</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Уклони</translation>
        </message>
        <message>
            <source>Keep</source>
            <translation>Задржи</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Име и презиме</translation>
        </message>
        <message>
            <source>Relation</source>
            <translation>Сродство / веза</translation>
        </message>
        <message>
            <source>Risk</source>
            <translation>Ризик</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>Контакт</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Адреса</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Напомене</translation>
        </message>
        <message>
            <source>N&amp;ew</source>
            <translation>&amp;Нова особа</translation>
        </message>
        <message>
            <source>Re&amp;move</source>
            <translation>&amp;Уклони</translation>
        </message>
    </context>
    <context>
        <name>ReminderBar</name>
        <message>
            <source>Open the &amp;agenda</source>
            <translation>Отвори &amp;распоред</translation>
        </message>
        <message>
            <source>Dismiss</source>
            <translation>Склони</translation>
        </message>
        <message>
            <source>The reminders could not be read: {0}</source>
            <translation>Подсетници нису могли да се учитају: {0}</translation>
        </message>
        <message numerus="yes">
            <source>Today: %n appointment(s), the first at {0} ({1}).</source>
            <translation>
                <numerusform>Данас: %n термин, први у {0} ({1}).</numerusform>
                <numerusform>Данас: %n термина, први у {0} ({1}).</numerusform>
                <numerusform>Данас: %n термина, први у {0} ({1}).</numerusform>
            </translation>
        </message>
        <message>
            <source>Court hearings in the next 7 days: {0} ({1}{2}).</source>
            <translation>Рочишта у наредних 7 дана: {0} ({1}{2}).</translation>
        </message>
        <message numerus="yes">
            <source>Outcomes to record: %n ended appointment(s).</source>
            <translation>
                <numerusform>Исходи за упис: %n завршен термин.</numerusform>
                <numerusform>Исходи за упис: %n завршена термина.</numerusform>
                <numerusform>Исходи за упис: %n завршених термина.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Missing-person searches: %n action(s) due (SOS hotline).</source>
            <translation>
                <numerusform>Потраге за несталим особама (SOS линија): %n радња којој је стигао рок.</numerusform>
                <numerusform>Потраге за несталим особама (SOS линија): %n радње којима је стигао рок.</numerusform>
                <numerusform>Потраге за несталим особама (SOS линија): %n радњи којима је стигао рок.</numerusform>
            </translation>
        </message>
        <message>
            <source>Tomorrow</source>
            <translation>Сутра</translation>
        </message>
        <message numerus="yes">
            <source>In %n day(s)</source>
            <translation>
                <numerusform>За %n дан</numerusform>
                <numerusform>За %n дана</numerusform>
                <numerusform>За %n дана</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>In %n hour(s)</source>
            <translation>
                <numerusform>За %n сат</numerusform>
                <numerusform>За %n сата</numerusform>
                <numerusform>За %n сати</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>In %n minute(s)</source>
            <translation>
                <numerusform>За %n минут</numerusform>
                <numerusform>За %n минута</numerusform>
                <numerusform>За %n минута</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>RestoreDialog</name>
        <message>
            <source>Made {0} by {1}{2}. Clients: {3} · cases: {4} · contact notes: {5} · documents: {6}.</source>
            <translation>Направљена {0}; направио/ла {1}{2}. Клијената: {3} · случајева: {4} · белешки о контактима: {5} · докумената: {6}.</translation>
        </message>
        <message>
            <source>Restore a backup</source>
            <translation>Враћање резервне копије</translation>
        </message>
        <message>
            <source>Replace this vault (it is kept aside, still encrypted, until you delete it)</source>
            <translation>Замени ову базу (чува се по страни, и даље шифрована, док је не обришете)</translation>
        </message>
        <message>
            <source>Restore into another, empty folder…</source>
            <translation>Врати у другу, празну фасциклу…</translation>
        </message>
    </context>
    <context>
        <name>RestorePage</name>
        <message>
            <source>&amp;Restore</source>
            <translation>&amp;Врати</translation>
        </message>
        <message>
            <source>The backup</source>
            <translation>Резервна копија</translation>
        </message>
        <message>
            <source>ASTRA backups (*.astrabackup)</source>
            <translation>ASTRA резервне копије (*.astrabackup)</translation>
        </message>
        <message>
            <source>Choose the backup file and type its passphrase first.</source>
            <translation>Прво изаберите фајл резервне копије и упишите његову лозинку.</translation>
        </message>
        <message>
            <source>Opening the backup…</source>
            <translation>Отвара се резервна копија…</translation>
        </message>
        <message>
            <source>Check that this is the backup you want, then choose Restore.</source>
            <translation>Проверите да ли је ово резервна копија коју желите, па изаберите „Врати“.</translation>
        </message>
        <message>
            <source>Restoring and checking the vault… (this can take a while)</source>
            <translation>База се враћа и проверава… (ово може потрајати)</translation>
        </message>
        <message>
            <source>Restored into {0}.</source>
            <translation>Враћено у {0}.</translation>
        </message>
        <message>
            <source>Restore from a backup</source>
            <translation>Враћање из резервне копије</translation>
        </message>
        <message>
            <source>Choose the backup file (for example on the USB stick) and open it with the passphrase chosen when it was made, or with the vault's recovery key from the emergency sheet.</source>
            <translation>Изаберите фајл резервне копије (на пример са USB флеша) и отворите га лозинком изабраном при прављењу копије или кључем за опоравак базе са листа за хитне случајеве.</translation>
        </message>
        <message>
            <source>Backup &amp;file</source>
            <translation>&amp;Фајл резервне копије</translation>
        </message>
        <message>
            <source>ASTRA-backup-….astrabackup</source>
            <translation>ASTRA-бацкуп-….астрабацкуп</translation>
        </message>
        <message>
            <source>&amp;Choose…</source>
            <translation>&amp;Изабери…</translation>
        </message>
        <message>
            <source>&amp;Passphrase</source>
            <translation>&amp;Лозинка</translation>
        </message>
        <message>
            <source>This is the vault's recovery &amp;key</source>
            <translation>Ово је кључ за о&amp;поравак базе</translation>
        </message>
        <message>
            <source>&amp;Open the backup</source>
            <translation>&amp;Отвори резервну копију</translation>
        </message>
        <message>
            <source>To restore with the backup's passphrase, also give the user name and passphrase of an account that was in the vault when the backup was made (or open the backup with the recovery key instead).</source>
            <translation>За враћање помоћу лозинке резервне копије упишите и корисничко име и лозинку налога који је постојао у бази када је копија направљена (или копију отворите кључем за опоравак).</translation>
        </message>
        <message>
            <source>&amp;User name</source>
            <translation>&amp;Корисничко име</translation>
        </message>
        <message>
            <source>&amp;Account passphrase</source>
            <translation>Лозинка &amp;налога</translation>
        </message>
    </context>
    <context>
        <name>RiskChart</name>
        <message>
            <source>No assessment yet</source>
            <translation>Још нема процене</translation>
        </message>
    </context>
    <context>
        <name>RiskPage</name>
        <message>
            <source>Loading the cases due for reassessment…</source>
            <translation>Учитавају се случајеви којима предстоји поновна процена…</translation>
        </message>
        <message>
            <source>The cases due could not be read: {0}</source>
            <translation>Случајеви за поновну процену нису могли да се учитају: {0}</translation>
        </message>
        <message numerus="yes">
            <source>&lt;b&gt;%n&lt;/b&gt; high-risk case(s) overdue for reassessment. Cases due within a week:</source>
            <translation>
                <numerusform>&lt;b&gt;%n&lt;/b&gt; случај високог ризика коме је истекао рок за поновну процену. Рок за поновну процену у наредних седам дана:</numerusform>
                <numerusform>&lt;b&gt;%n&lt;/b&gt; случаја високог ризика којима је истекао рок за поновну процену. Рок за поновну процену у наредних седам дана:</numerusform>
                <numerusform>&lt;b&gt;%n&lt;/b&gt; случајева високог ризика којима је истекао рок за поновну процену. Рок за поновну процену у наредних седам дана:</numerusform>
            </translation>
        </message>
        <message>
            <source> — overdue</source>
            <translation> — рок је истекао</translation>
        </message>
        <message>
            <source>Case code</source>
            <translation>Шифра случаја</translation>
        </message>
        <message>
            <source>Risk level</source>
            <translation>Ниво ризика</translation>
        </message>
        <message>
            <source>Reassessment due</source>
            <translation>Рок за поновну процену</translation>
        </message>
        <message>
            <source>The risk instrument is not a validated instrument: it supports, and never replaces, professional judgement.</source>
            <translation>Инструмент за процену ризика није валидиран: он помаже стручној процени, а никада је не замењује.</translation>
        </message>
        <message>
            <source>&amp;Refresh</source>
            <translation>&amp;Освежи</translation>
        </message>
    </context>
    <context>
        <name>RiskTab</name>
        <message>
            <source>Loading the risk assessments…</source>
            <translation>Учитавају се процене ризика…</translation>
        </message>
        <message>
            <source>score {0}</source>
            <translation>збир бодова {0}</translation>
        </message>
        <message>
            <source>level set by hand: {0}</source>
            <translation>ниво одређен ручно: {0}</translation>
        </message>
        <message>
            <source>Current level: &lt;b&gt;{0}&lt;/b&gt; · next assessment due {1}{2}</source>
            <translation>Тренутни ниво: &lt;b&gt;{0}&lt;/b&gt; · следећа процена до {1}{2}</translation>
        </message>
        <message>
            <source> — &lt;b&gt;overdue&lt;/b&gt;</source>
            <translation> — &lt;b&gt;рок је истекао&lt;/b&gt;</translation>
        </message>
        <message>
            <source>No risk assessment yet.</source>
            <translation>Још нема процене ризика.</translation>
        </message>
        <message>
            <source>Select two assessments to see what changed between them.</source>
            <translation>Изаберите две процене да видите шта се променило између њих.</translation>
        </message>
        <message>
            <source>From {0} ({1}) to {2} ({3}):</source>
            <translation>Од {0} ({1}) до {2} ({3}):</translation>
        </message>
        <message>
            <source>no answer changed.</source>
            <translation>ниједан одговор није промењен.</translation>
        </message>
        <message>
            <source>Choose an action in the safety plan first.</source>
            <translation>Прво изаберите меру из плана безбедности.</translation>
        </message>
        <message>
            <source>Enter the date of the event.</source>
            <translation>Унесите датум догађаја.</translation>
        </message>
        <message>
            <source>&amp;New assessment…</source>
            <translation>&amp;Нова процена…</translation>
        </message>
        <message>
            <source>Assessments (select two to compare)</source>
            <translation>Процене (изаберите две да их упоредите)</translation>
        </message>
        <message>
            <source>&lt;b&gt;Safety plan&lt;/b&gt;</source>
            <translation>&lt;b&gt;План безбедности&lt;/b&gt;</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Мера</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Задужен/а</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Рок</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Статус</translation>
        </message>
        <message>
            <source>Another action, e.g. change the phone number</source>
            <translation>Друга мера, нпр. промена броја телефона</translation>
        </message>
        <message>
            <source>&amp;Add</source>
            <translation>&amp;Додај</translation>
        </message>
        <message>
            <source>Add the &amp;suggested actions</source>
            <translation>Додај &amp;предложене мере</translation>
        </message>
        <message>
            <source>Set s&amp;tatus</source>
            <translation>Промени с&amp;татус</translation>
        </message>
        <message>
            <source>Event that calls for reassessment:</source>
            <translation>Догађај због ког је потребна поновна процена:</translation>
        </message>
        <message>
            <source>Record &amp;event</source>
            <translation>Упиши до&amp;гађај</translation>
        </message>
    </context>
    <context>
        <name>ScheduleHearingDialog</name>
        <message>
            <source>Enter the date of the hearing.</source>
            <translation>Унесите датум рочишта.</translation>
        </message>
        <message>
            <source>Double booking</source>
            <translation>Преклапање термина</translation>
        </message>
        <message>
            <source>Schedule the hearing anyway?</source>
            <translation>Ипак заказати рочиште?</translation>
        </message>
        <message>
            <source>Schedule anyway</source>
            <translation>Ипак закажи</translation>
        </message>
        <message>
            <source>Change the time</source>
            <translation>Промени време</translation>
        </message>
        <message>
            <source>Schedule a hearing</source>
            <translation>Заказивање рочишта</translation>
        </message>
        <message>
            <source>&amp;Date</source>
            <translation>&amp;Датум</translation>
        </message>
        <message>
            <source>from</source>
            <translation>од</translation>
        </message>
        <message>
            <source>to</source>
            <translation>до</translation>
        </message>
        <message>
            <source>&amp;Hearing</source>
            <translation>&amp;Рочиште</translation>
        </message>
        <message>
            <source>&amp;Place</source>
            <translation>&amp;Место</translation>
        </message>
        <message>
            <source>Accompanied &amp;by</source>
            <translation>&amp;Пратња</translation>
        </message>
    </context>
    <context>
        <name>SearchDialog</name>
        <message>
            <source>Reported on the SOS hotline</source>
            <translation>Пријављено на SOS линији</translation>
        </message>
        <message>
            <source>From the call: {0}</source>
            <translation>Из позива: {0}</translation>
        </message>
        <message>
            <source>New missing-person search</source>
            <translation>Нова потрага за несталом особом</translation>
        </message>
        <message>
            <source>How it &amp;came in</source>
            <translation>&amp;Како је пријављено</translation>
        </message>
        <message>
            <source>Reading the call…</source>
            <translation>Чита се позив…</translation>
        </message>
        <message>
            <source>The call could not be read: {0} The search will be saved without a link to it.</source>
            <translation>Позив није могао да се прочита: {0} Потрага ће бити сачувана без везе са њим.</translation>
        </message>
    </context>
    <context>
        <name>SearchListModel</name>
        <message>
            <source>Minor</source>
            <translation>Малолетна особа</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Исход</translation>
        </message>
        <message>
            <source>Days</source>
            <translation>Дана</translation>
        </message>
        <message>
            <source>Police report</source>
            <translation>Пријава полицији</translation>
        </message>
        <message>
            <source>Partners asked</source>
            <translation>Упити партнерима</translation>
        </message>
        <message>
            <source>Person sought</source>
            <translation>Особа која се тражи</translation>
        </message>
        <message>
            <source>Last seen</source>
            <translation>Последњи пут виђена</translation>
        </message>
        <message>
            <source>Where</source>
            <translation>Где</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Статус</translation>
        </message>
        <message>
            <source>Next action due</source>
            <translation>Рок за следећу радњу</translation>
        </message>
        <message>
            <source>Case</source>
            <translation>Случај</translation>
        </message>
        <message>
            <source>{0} → {1}</source>
            <translation>{0} → {1}</translation>
        </message>
        <message>
            <source>minor</source>
            <translation>малолетна</translation>
        </message>
        <message>
            <source>{0} asked, {1} answered</source>
            <translation>упита: {0}, одговора: {1}</translation>
        </message>
        <message>
            <source>{0} — due</source>
            <translation>{0} — рок</translation>
        </message>
    </context>
    <context>
        <name>SearchPanel</name>
        <message>
            <source>Save &amp;details</source>
            <translation>&amp;Сачувај податке</translation>
        </message>
        <message>
            <source>&amp;Add action…</source>
            <translation>&amp;Евидентирај радњу…</translation>
        </message>
        <message>
            <source>&amp;Mark done</source>
            <translation>Означи као &amp;урађено</translation>
        </message>
        <message>
            <source>Change s&amp;tatus…</source>
            <translation>Промени с&amp;татус…</translation>
        </message>
        <message>
            <source>&amp;New client…</source>
            <translation>Упиши као к&amp;лијента/кињу…</translation>
        </message>
        <message>
            <source>Lin&amp;k to a case…</source>
            <translation>Повежи са случаје&amp;м…</translation>
        </message>
        <message>
            <source>Open the case fil&amp;e</source>
            <translation>Отвори досије случај&amp;а</translation>
        </message>
        <message>
            <source>In&amp;quiry to a partner…</source>
            <translation>По&amp;шаљи упит партнеру…</translation>
        </message>
        <message>
            <source>Re&amp;cord the answer…</source>
            <translation>Евидентира&amp;ј одговор…</translation>
        </message>
        <message>
            <source>Once found:</source>
            <translation>Када се пронађе:</translation>
        </message>
        <message>
            <source>History and action log</source>
            <translation>Ток потраге и евиденција радњи</translation>
        </message>
        <message>
            <source>Partners asked</source>
            <translation>Упити партнерима</translation>
        </message>
        <message>
            <source>Loading the search…</source>
            <translation>Учитава се потрага…</translation>
        </message>
        <message>
            <source>The search could not be read: {0}</source>
            <translation>Потрага није могла да се учита: {0}</translation>
        </message>
        <message numerus="yes">
            <source>{0} — {1} (search opened on {2}, %n day(s))</source>
            <translation>
                <numerusform>{0} — {1} (потрага отворена {2}, %n дан)</numerusform>
                <numerusform>{0} — {1} (потрага отворена {2}, %n дана)</numerusform>
                <numerusform>{0} — {1} (потрага отворена {2}, %n дана)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Partners asked (%n)</source>
            <translation>
                <numerusform>Упити партнерима (%n)</numerusform>
                <numerusform>Упити партнерима (%n)</numerusform>
                <numerusform>Упити партнерима (%n)</numerusform>
            </translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Радња</translation>
        </message>
        <message>
            <source>The person found becomes a client</source>
            <translation>Пронађена особа постаје клијент/киња</translation>
        </message>
        <message>
            <source>The search stays linked to the new case.</source>
            <translation>Потрага остаје повезана са новим случајем.</translation>
        </message>
        <message>
            <source>Link the search to a case</source>
            <translation>Повезивање потраге са случајем</translation>
        </message>
        <message>
            <source>The person found is already a client: give the code of their case.</source>
            <translation>Пронађена особа је већ клијент/киња: унесите шифру њеног случаја.</translation>
        </message>
    </context>
    <context>
        <name>SecretDialog</name>
        <message>
            <source>&amp;Passphrase</source>
            <translation>&amp;Лозинка</translation>
        </message>
        <message>
            <source>This is the vault's recovery key</source>
            <translation>Ово је кључ за опоравак базе</translation>
        </message>
    </context>
    <context>
        <name>SecretField</name>
        <message>
            <source>Show the passphrase</source>
            <translation>Прикажи лозинку</translation>
        </message>
        <message>
            <source>Caps Lock is on.</source>
            <translation>Укључен је Caps Lock.</translation>
        </message>
        <message>
            <source>Hide the passphrase</source>
            <translation>Сакриј лозинку</translation>
        </message>
    </context>
    <context>
        <name>SetupWizard</name>
        <message>
            <source>It failed: {0}</source>
            <translation>Није успело: {0}</translation>
        </message>
        <message>
            <source>ASTRA Desktop — first run</source>
            <translation>ASTRA Desktop — прво покретање</translation>
        </message>
        <message>
            <source>The vault was restored from the backup and checked. Log in with your own passphrase.</source>
            <translation>База је враћена из резервне копије и проверена. Пријавите се својом лозинком.</translation>
        </message>
        <message>
            <source>Leave without the recovery key?</source>
            <translation>Изаћи без кључа за опоравак?</translation>
        </message>
        <message>
            <source>The vault has been created, but you have not confirmed keeping the recovery key. Without it, a forgotten passphrase means the vault is lost. Leave anyway?</source>
            <translation>База је направљена, али нисте потврдили да сте сачували кључ за опоравак. Без њега, заборављена лозинка значи изгубљену базу. Ипак изаћи?</translation>
        </message>
        <message>
            <source>Leave</source>
            <translation>Изађи</translation>
        </message>
        <message>
            <source>Stay</source>
            <translation>Остани</translation>
        </message>
    </context>
    <context>
        <name>SpliceWatch</name>
        <message>
            <source>The audit trail has been altered</source>
            <translation>Евиденција активности је накнадно мењана</translation>
        </message>
        <message>
            <source>The vault is damaged</source>
            <translation>База је оштећена</translation>
        </message>
    </context>
    <context>
        <name>StatisticsPage</name>
        <message>
            <source>All trials</source>
            <translation>Сва суђења</translation>
        </message>
        <message>
            <source>Our clients' trials</source>
            <translation>Суђења наших клијената</translation>
        </message>
        <message>
            <source>Monitored trials (no client of ours)</source>
            <translation>Праћена суђења (без нашег клијента)</translation>
        </message>
        <message>
            <source>Every court</source>
            <translation>Сви судови</translation>
        </message>
        <message>
            <source>Your role may not export. Ask an administrator if you need the file.</source>
            <translation>Ваша улога не дозвољава извоз. Ако вам је фајл потребан, обратите се администратору.</translation>
        </message>
        <message>
            <source>The period starts after it ends: choose a “from” date on or before the “to” date.</source>
            <translation>Период почиње после свог краја: изаберите датум „од“ који је исти или ранији од датума „до“.</translation>
        </message>
        <message>
            <source>Statistics</source>
            <translation>Статистика</translation>
        </message>
        <message>
            <source>Counting the figures…</source>
            <translation>Рачунају се подаци…</translation>
        </message>
        <message>
            <source>{0} · trials followed: {1} · calls: {2} · searches opened: {3}</source>
            <translation>{0} · праћених суђења: {1} · позива: {2} · отворених потрага: {3}</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Шта</translation>
        </message>
        <message>
            <source>Number</source>
            <translation>Број</translation>
        </message>
        <message>
            <source>No case</source>
            <translation>Без случаја</translation>
        </message>
        <message>
            <source>Not recorded</source>
            <translation>Није евидентирано</translation>
        </message>
        <message>
            <source>Below the statutory minimum</source>
            <translation>Испод законског минимума</translation>
        </message>
        <message>
            <source>At the statutory minimum</source>
            <translation>На законском минимуму</translation>
        </message>
        <message>
            <source>Above the statutory minimum</source>
            <translation>Изнад законског минимума</translation>
        </message>
        <message>
            <source>Paragraph or sentence not recorded</source>
            <translation>Став или казна нису забележени</translation>
        </message>
        <message>
            <source>Trial</source>
            <translation>Суђење</translation>
        </message>
        <message>
            <source>Hearings</source>
            <translation>Рочишта</translation>
        </message>
        <message>
            <source>Held</source>
            <translation>Одржана</translation>
        </message>
        <message>
            <source>Postponed</source>
            <translation>Одложена</translation>
        </message>
        <message>
            <source>Injured party summoned</source>
            <translation>Оштећени позвани</translation>
        </message>
        <message>
            <source>… came</source>
            <translation>… приступили</translation>
        </message>
        <message>
            <source>… testified</source>
            <translation>… сведочили</translation>
        </message>
        <message>
            <source>Defendants</source>
            <translation>Окривљени</translation>
        </message>
        <message>
            <source>Came most</source>
            <translation>Највише приступа</translation>
        </message>
        <message>
            <source>Came least</source>
            <translation>Најмање приступа</translation>
        </message>
        <message>
            <source>A case code, or the court and court number of a monitored trial</source>
            <translation>Шифра случаја, или суд и број предмета праћеног суђења</translation>
        </message>
        <message>
            <source>Hearings scheduled, cancelled ones aside</source>
            <translation>Заказана рочишта, без отказаних</translation>
        </message>
        <message>
            <source>Hearings an injured party was summoned to</source>
            <translation>Рочишта на која је позван оштећени</translation>
        </message>
        <message>
            <source>Hearings at least one injured party came to</source>
            <translation>Рочишта којима је приступио бар један оштећени</translation>
        </message>
        <message>
            <source>Hearings an injured party testified at</source>
            <translation>Рочишта на којима је оштећени сведочио</translation>
        </message>
        <message>
            <source>Hearings attended by the defendant who came most often</source>
            <translation>Рочишта којима је приступио окривљени који је долазио најчешће</translation>
        </message>
        <message>
            <source>Hearings attended by the defendant who came least often</source>
            <translation>Рочишта којима је приступио окривљени који је долазио најређе</translation>
        </message>
        <message>
            <source>Trials and hearings</source>
            <translation>Суђења и рочишта</translation>
        </message>
        <message>
            <source>Postponements by cause</source>
            <translation>Одлагања по узроку</translation>
        </message>
        <message>
            <source>Sentences for trafficking (Art. 388) against the statutory minimum</source>
            <translation>Казне за трговину људима (чл. 388) у односу на законски минимум</translation>
        </message>
        <message>
            <source>Appearances per trial, over the whole trial</source>
            <translation>Приступање по суђењу, током целог суђења</translation>
        </message>
        <message>
            <source>Calls</source>
            <translation>Позиви</translation>
        </message>
        <message>
            <source>Calls per month</source>
            <translation>Позиви по месецима</translation>
        </message>
        <message>
            <source>Calls by channel</source>
            <translation>Позиви по каналу</translation>
        </message>
        <message>
            <source>Calls by topic</source>
            <translation>Позиви по теми</translation>
        </message>
        <message>
            <source>Who called</source>
            <translation>Ко је звао</translation>
        </message>
        <message>
            <source>What came of the call</source>
            <translation>Исход позива</translation>
        </message>
        <message>
            <source>Type of exploitation</source>
            <translation>Врста експлоатације</translation>
        </message>
        <message>
            <source>Age of the person concerned</source>
            <translation>Узраст особе о којој је реч</translation>
        </message>
        <message>
            <source>Referrals by partner</source>
            <translation>Упућивања по партнеру</translation>
        </message>
        <message>
            <source>Searches</source>
            <translation>Потраге</translation>
        </message>
        <message>
            <source>How the searches closed in the period</source>
            <translation>Како су потраге затворене у периоду</translation>
        </message>
        <message>
            <source>Answers from partners asked</source>
            <translation>Одговори партнера којима смо се обратили</translation>
        </message>
        <message>
            <source>Trials followed</source>
            <translation>Праћена суђења</translation>
        </message>
        <message>
            <source>… monitored, no client of ours</source>
            <translation>… праћена, без нашег клијента</translation>
        </message>
        <message>
            <source>Opened in the period</source>
            <translation>Започета у периоду</translation>
        </message>
        <message>
            <source>Decided at first instance</source>
            <translation>Пресуђена у првом степену</translation>
        </message>
        <message>
            <source>Pending at the end of the period</source>
            <translation>У току на крају периода</translation>
        </message>
        <message>
            <source>Hearings scheduled</source>
            <translation>Заказана рочишта</translation>
        </message>
        <message>
            <source>… held</source>
            <translation>… одржана</translation>
        </message>
        <message>
            <source>… postponed</source>
            <translation>… одложена</translation>
        </message>
        <message>
            <source>Hearings per trial (median)</source>
            <translation>Рочишта по суђењу (медијана)</translation>
        </message>
        <message>
            <source>Injured party appeared</source>
            <translation>Оштећени приступили</translation>
        </message>
        <message>
            <source>Injured party testified</source>
            <translation>Оштећени сведочили</translation>
        </message>
        <message>
            <source>Defendants' appearances</source>
            <translation>Приступања окривљених</translation>
        </message>
        <message>
            <source>Days to a first-instance verdict (median)</source>
            <translation>Дана до првостепене пресуде (медијана)</translation>
        </message>
        <message>
            <source>Age of pending trials in days (median)</source>
            <translation>Трајање суђења у току у данима (медијана)</translation>
        </message>
        <message>
            <source>Convictions</source>
            <translation>Осуђујуће пресуде</translation>
        </message>
        <message>
            <source>Acquittals</source>
            <translation>Ослобађајуће пресуде</translation>
        </message>
        <message>
            <source>Charges re-qualified from Art. 388</source>
            <translation>Оптужбе преквалификоване са чл. 388</translation>
        </message>
        <message>
            <source>… to a lighter paragraph of Art. 388</source>
            <translation>… на блажи став чл. 388</translation>
        </message>
        <message>
            <source>Plea agreements</source>
            <translation>Споразуми о признању кривичног дела</translation>
        </message>
        <message>
            <source>Property claims filed</source>
            <translation>Поднети имовинскоправни захтеви</translation>
        </message>
        <message>
            <source>Compensation claimed</source>
            <translation>Тражено на име накнаде штете</translation>
        </message>
        <message>
            <source>Compensation awarded</source>
            <translation>Досуђена накнада штете</translation>
        </message>
        <message>
            <source>Monitored trial: no client of ours in it</source>
            <translation>Праћено суђење: у њему нема нашег клијента</translation>
        </message>
        <message>
            <source>Defendant appeared (most often)</source>
            <translation>Окривљени приступио (најчешће)</translation>
        </message>
        <message numerus="yes">
            <source>The chart shows the %n trial(s) the injured party came to most often; every trial is in the table.</source>
            <translation>
                <numerusform>Графикон приказује %n суђење коме је оштећени најчешће приступао; сва суђења су у табели.</numerusform>
                <numerusform>Графикон приказује %n суђења којима је оштећени најчешће приступао; сва суђења су у табели.</numerusform>
                <numerusform>Графикон приказује %n суђења којима је оштећени најчешће приступао; сва суђења су у табели.</numerusform>
            </translation>
        </message>
        <message>
            <source>Calls taken</source>
            <translation>Примљени позиви</translation>
        </message>
        <message>
            <source>Minutes on the line</source>
            <translation>Минута разговора</translation>
        </message>
        <message>
            <source>Anonymous callers</source>
            <translation>Анонимни позиваоци</translation>
        </message>
        <message>
            <source>Urgent</source>
            <translation>Хитно</translation>
        </message>
        <message>
            <source>Presumed victims calling</source>
            <translation>Позиви претпостављених жртава</translation>
        </message>
        <message>
            <source>Calls with a referral</source>
            <translation>Позиви са упућивањем</translation>
        </message>
        <message>
            <source>Follow-ups needed</source>
            <translation>Потребне даље радње</translation>
        </message>
        <message>
            <source>… done</source>
            <translation>… обављене</translation>
        </message>
        <message>
            <source>Searches opened</source>
            <translation>Отворене потраге</translation>
        </message>
        <message>
            <source>… for a minor</source>
            <translation>… за малолетним лицем</translation>
        </message>
        <message>
            <source>… reported to the police</source>
            <translation>… пријављене полицији</translation>
        </message>
        <message>
            <source>… across a border</source>
            <translation>… преко границе</translation>
        </message>
        <message>
            <source>Searches closed</source>
            <translation>Затворене потраге</translation>
        </message>
        <message>
            <source>Days to close (median)</source>
            <translation>Дана до затварања (медијана)</translation>
        </message>
        <message>
            <source>Open at the end of the period</source>
            <translation>Отворене на крају периода</translation>
        </message>
        <message>
            <source>Partners asked</source>
            <translation>Упити партнерима</translation>
        </message>
        <message>
            <source>… who answered</source>
            <translation>… одговорени</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Извези</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Откажи</translation>
        </message>
        <message>
            <source>Annual report</source>
            <translation>Годишњи извештај</translation>
        </message>
        <message>
            <source>Language of the report:</source>
            <translation>Језик извештаја:</translation>
        </message>
        <message>
            <source>Export the annual report</source>
            <translation>Извоз годишњег извештаја</translation>
        </message>
        <message>
            <source>The annual report will be an ordinary, unencrypted PDF file outside the vault. It holds counts and case codes only, no names. The export is recorded in the audit trail. Export it?</source>
            <translation>Годишњи извештај биће обичан, нешифрован PDF фајл ван шифроване базе. Садржи само бројеве и шифре случајева, без имена. Извоз се бележи у евиденцији активности. Извести га?</translation>
        </message>
        <message>
            <source>Export the statistics</source>
            <translation>Извоз статистике</translation>
        </message>
        <message>
            <source>The CSV file will be an ordinary, unencrypted file outside the vault. It holds counts and case codes only, no names. The export is recorded in the audit trail. Export it?</source>
            <translation>CSV фајл биће обичан, нешифрован фајл ван шифроване базе. Садржи само бројеве и шифре случајева, без имена. Извоз се бележи у евиденцији активности. Извести га?</translation>
        </message>
        <message>
            <source>Writing {0}…</source>
            <translation>Уписује се {0}…</translation>
        </message>
        <message>
            <source>Exported to {0}.</source>
            <translation>Извезено у {0}.</translation>
        </message>
        <message>
            <source>Anonymous figures for the period: the trials the organisation follows, the SOS hotline and the searches for missing persons. Trials are shown by case code or by court and court number, never by name; the annual report and the CSV carry the same figures.</source>
            <translation>Анонимни подаци за период: суђења која организација прати, SOS линија и потраге за несталим особама. Суђења се приказују по шифри случаја или по суду и броју предмета, никад по имену; годишњи извештај и CSV садрже исте податке.</translation>
        </message>
        <message>
            <source>&amp;Year</source>
            <translation>&amp;Година</translation>
        </message>
        <message>
            <source>&amp;From</source>
            <translation>&amp;Од</translation>
        </message>
        <message>
            <source>t&amp;o</source>
            <translation>&amp;до</translation>
        </message>
        <message>
            <source>&amp;Which trials</source>
            <translation>&amp;Која суђења</translation>
        </message>
        <message>
            <source>&amp;Court</source>
            <translation>&amp;Суд</translation>
        </message>
        <message>
            <source>&amp;Trials</source>
            <translation>С&amp;уђења</translation>
        </message>
        <message>
            <source>&amp;Hotline</source>
            <translation>SOS &amp;линија</translation>
        </message>
        <message>
            <source>&amp;Missing persons</source>
            <translation>&amp;Нестале особе</translation>
        </message>
        <message>
            <source>Export the annual &amp;report (PDF)…</source>
            <translation>Извези годишњи извештај (&amp;PDF)…</translation>
        </message>
        <message>
            <source>&amp;Export as CSV…</source>
            <translation>&amp;Извези као CSV…</translation>
        </message>
    </context>
    <context>
        <name>StatusDialog</name>
        <message>
            <source>Now: {0}, since the search was opened on {1}.</source>
            <translation>Сада: {0}, од отварања потраге {1}.</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Исход</translation>
        </message>
        <message>
            <source>Change the status of the search</source>
            <translation>Промена статуса потраге</translation>
        </message>
        <message>
            <source>New &amp;status</source>
            <translation>Нови &amp;статус</translation>
        </message>
        <message>
            <source>&amp;Reason</source>
            <translation>&amp;Разлог</translation>
        </message>
        <message>
            <source>Why, e.g. found through the embassy, safe</source>
            <translation>Разлог, нпр. пронађена преко амбасаде, безбедна</translation>
        </message>
    </context>
    <context>
        <name>TemplatesDialog</name>
        <message>
            <source>Serbian (Latin; Cyrillic documents are made from it)</source>
            <translation>српски (латиница; документи на ћирилици праве се из ње)</translation>
        </message>
        <message>
            <source>English</source>
            <translation>енглески</translation>
        </message>
        <message>
            <source>Only an administrator can change the templates.</source>
            <translation>Шаблоне може да мења само администратор.</translation>
        </message>
        <message>
            <source>Loading the template…</source>
            <translation>Учитава се шаблон…</translation>
        </message>
        <message>
            <source>The organisation's version is in use (kept in the vault).</source>
            <translation>Користи се верзија организације (чува се у шифрованој бази).</translation>
        </message>
        <message>
            <source>The shipped text is in use.</source>
            <translation>Користи се испоручени текст.</translation>
        </message>
        <message>
            <source>No differences: this is the shipped text.</source>
            <translation>Нема разлика: ово је испоручени текст.</translation>
        </message>
        <message>
            <source>Saved. Documents made from now on use this text.</source>
            <translation>Сачувано. Документи који се од сада праве користе овај текст.</translation>
        </message>
        <message>
            <source>This is the shipped text: the shipped template is used.</source>
            <translation>Ово је испоручени текст: користи се испоручени шаблон.</translation>
        </message>
        <message>
            <source>Reset the template?</source>
            <translation>Вратити шаблон?</translation>
        </message>
        <message>
            <source>Go back to the shipped text of this template? The organisation's version is deleted.</source>
            <translation>Вратити испоручени текст овог шаблона? Верзија организације се брише.</translation>
        </message>
        <message>
            <source>Reset</source>
            <translation>Поништи</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Откажи</translation>
        </message>
        <message>
            <source>The shipped text is back in use.</source>
            <translation>Поново се користи испоручени текст.</translation>
        </message>
        <message>
            <source>Document templates</source>
            <translation>Шаблони докумената</translation>
        </message>
        <message>
            <source>&amp;Document</source>
            <translation>&amp;Документ</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Језик</translation>
        </message>
        <message>
            <source>Change only the texts between quotes: keep every key and every placeholder in braces. A lawyer reviews every change before a document made from it goes to a court.</source>
            <translation>Мењајте само текстове под наводницима: задржите сваки кључ и свако поље у витичастим заградама. Адвокат прегледа сваку измену пре него што документ направљен по њој оде суду.</translation>
        </message>
        <message>
            <source>Text (TOML)</source>
            <translation>Текст (TOML)</translation>
        </message>
        <message>
            <source>Different from the shipped text</source>
            <translation>Разлике у односу на испоручени текст</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Сачувај</translation>
        </message>
        <message>
            <source>&amp;Reset to the shipped text</source>
            <translation>&amp;Врати испоручени текст</translation>
        </message>
    </context>
    <context>
        <name>TrialChargeDialog</name>
        <message>
            <source>Re-qualify the charge</source>
            <translation>Преквалификација кривичног дела</translation>
        </message>
        <message>
            <source>Add a charge</source>
            <translation>Додавање кривичног дела</translation>
        </message>
        <message>
            <source>Now: Art. {0} para. {1} {2}, since {3}</source>
            <translation>Сада: чл. {0} ст. {1} {2}, од {3}</translation>
        </message>
        <message>
            <source>Enter the date of the charge.</source>
            <translation>Унесите датум оптужбе.</translation>
        </message>
        <message>
            <source>&amp;Article</source>
            <translation>Чл&amp;ан</translation>
        </message>
        <message>
            <source>&amp;Paragraph</source>
            <translation>&amp;Став</translation>
        </message>
        <message>
            <source>e.g. 1, 3 or 6</source>
            <translation>нпр. 1, 3 или 6</translation>
        </message>
        <message>
            <source>&amp;Offence</source>
            <translation>&amp;Кривично дело</translation>
        </message>
        <message>
            <source>&amp;Since</source>
            <translation>&amp;Од</translation>
        </message>
        <message>
            <source>&amp;Note</source>
            <translation>&amp;Белешка</translation>
        </message>
    </context>
    <context>
        <name>TrialDialog</name>
        <message>
            <source>Enter an amount in dinars, digits only.</source>
            <translation>Упишите износ у динарима, само цифрама.</translation>
        </message>
        <message>
            <source>Monitored trial</source>
            <translation>Праћено суђење</translation>
        </message>
        <message>
            <source>New monitored trial</source>
            <translation>Ново праћено суђење</translation>
        </message>
        <message>
            <source>A trial the organisation follows without a client of its own. Record the injured parties by codes (OŠ-1, or the initials the court uses) — never by name.</source>
            <translation>Суђење које организација прати без своје клијенткиње. Оштећене упишите шифрама (ОШ-1 или иницијали које суд користи) — никада именом.</translation>
        </message>
        <message>
            <source>&amp;Court</source>
            <translation>&amp;Суд</translation>
        </message>
        <message>
            <source>e.g. Viši sud u Nišu</source>
            <translation>нпр. Виши суд у Нишу</translation>
        </message>
        <message>
            <source>Court case &amp;number</source>
            <translation>&amp;Број судског предмета</translation>
        </message>
        <message>
            <source>P&amp;rosecutor's office</source>
            <translation>&amp;Тужилаштво</translation>
        </message>
        <message>
            <source>e.g. Više javno tužilaštvo u Nišu</source>
            <translation>нпр. Више јавно тужилаштво у Нишу</translation>
        </message>
        <message>
            <source>Prosecution case num&amp;ber</source>
            <translation>Број предмета т&amp;ужилаштва</translation>
        </message>
        <message>
            <source>&amp;Judge</source>
            <translation>Су&amp;дија</translation>
        </message>
        <message>
            <source>&amp;Injured parties (codes)</source>
            <translation>&amp;Оштећени (шифре)</translation>
        </message>
        <message>
            <source>Trial &amp;opened</source>
            <translation>Почетак &amp;главног претреса</translation>
        </message>
        <message>
            <source>No&amp;tes</source>
            <translation>Напом&amp;ене</translation>
        </message>
        <message>
            <source>&amp;Verdict</source>
            <translation>&amp;Пресуда</translation>
        </message>
        <message>
            <source>Judgment &amp;pronounced on</source>
            <translation>Пресуда &amp;изречена</translation>
        </message>
        <message>
            <source>Convicted &amp;under</source>
            <translation>Осуђен по &amp;члану</translation>
        </message>
        <message>
            <source>para.</source>
            <translation>ст.</translation>
        </message>
        <message>
            <source>&amp;Sentence</source>
            <translation>&amp;Казна</translation>
        </message>
        <message>
            <source>e.g. kazna zatvora u trajanju od 4 godine</source>
            <translation>нпр. казна затвора у трајању од 4 године</translation>
        </message>
        <message>
            <source>Sentence in &amp;months</source>
            <translation>Казна у &amp;месецима</translation>
        </message>
        <message>
            <source>P&amp;lea agreement</source>
            <translation>Спо&amp;разум</translation>
        </message>
        <message>
            <source>A plea agreement was made</source>
            <translation>Закључен је споразум о признању кривичног дела</translation>
        </message>
        <message>
            <source>&amp;Written judgment served on</source>
            <translation>Препис пресуде доставље&amp;н</translation>
        </message>
        <message>
            <source>&amp;Appealed by</source>
            <translation>Жалбу и&amp;зјавио</translation>
        </message>
        <message>
            <source>Compensation claim&amp;ed (RSD)</source>
            <translation>Накнада тр&amp;ажена (RSD)</translation>
        </message>
        <message>
            <source>Compensation awar&amp;ded (RSD)</source>
            <translation>Накнада досу&amp;ђена (RSD)</translation>
        </message>
        <message>
            <source>Propert&amp;y claim decision</source>
            <translation>Одлука о имо&amp;винскоправном захтеву</translation>
        </message>
    </context>
    <context>
        <name>TrialHearingDialog</name>
        <message>
            <source>Hearing · {0}</source>
            <translation>Рочиште · {0}</translation>
        </message>
        <message>
            <source>summoned</source>
            <translation>позван/а</translation>
        </message>
        <message>
            <source>came</source>
            <translation>дошло</translation>
        </message>
        <message>
            <source>testified</source>
            <translation>сведочио/ла</translation>
        </message>
        <message>
            <source>Injured party {0}</source>
            <translation>Оштећени {0}</translation>
        </message>
        <message>
            <source>No injured parties or defendants recorded yet.</source>
            <translation>Још нису уписани оштећени ни окривљени.</translation>
        </message>
        <message>
            <source>Enter the day of the hearing.</source>
            <translation>Упишите дан рочишта.</translation>
        </message>
        <message>
            <source>&amp;Day</source>
            <translation>&amp;Дан</translation>
        </message>
        <message>
            <source>&amp;Kind</source>
            <translation>&amp;Врста</translation>
        </message>
        <message>
            <source>S&amp;tatus</source>
            <translation>С&amp;татус</translation>
        </message>
        <message>
            <source>Postponed &amp;by</source>
            <translation>Одложено &amp;због</translation>
        </message>
        <message>
            <source>&amp;Why postponed</source>
            <translation>&amp;Разлог одлагања</translation>
        </message>
        <message>
            <source>Injured parties and defendants</source>
            <translation>Оштећени и окривљени</translation>
        </message>
        <message>
            <source>Wit&amp;nesses</source>
            <translation>Св&amp;едоци</translation>
        </message>
        <message>
            <source>N&amp;otes</source>
            <translation>Н&amp;апомене</translation>
        </message>
    </context>
    <context>
        <name>TrialsPage</name>
        <message>
            <source>Loading the monitored trials…</source>
            <translation>Учитавају се праћена суђења…</translation>
        </message>
        <message>
            <source>The monitored trials could not be read: {0}</source>
            <translation>Праћена суђења нису могла да се учитају: {0}</translation>
        </message>
        <message>
            <source>No monitored trial yet: add one with “New trial”.</source>
            <translation>Још нема праћених суђења: додајте га дугметом „Ново суђење”.</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>да</translation>
        </message>
        <message>
            <source>{0} {1} of {2} summoned</source>
            <translation>{0} {1} од {2} позива</translation>
        </message>
        <message>
            <source>, testified {0}</source>
            <translation>, сведочио/ла {0}</translation>
        </message>
        <message>
            <source>Hearings held {0}, postponed {1}</source>
            <translation>Одржано рочишта {0}, одложено {1}</translation>
        </message>
        <message>
            <source>Came to court: {0}</source>
            <translation>Доласци на суд: {0}</translation>
        </message>
        <message>
            <source>Delete the monitored trial</source>
            <translation>Брисање праћеног суђења</translation>
        </message>
        <message>
            <source>Delete {0} with its hearings and charges? This cannot be undone.</source>
            <translation>Обрисати {0} са рочиштима и оптужбама? То се не може опозвати.</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Обриши</translation>
        </message>
        <message>
            <source>Keep it</source>
            <translation>Задржи</translation>
        </message>
        <message>
            <source>Trials the organisation monitors without a client of its own. Injured parties appear by code only; the yearly figures count these trials too.</source>
            <translation>Суђења која организација прати без своје клијенткиње. Оштећени се воде само под шифрама; годишње бројке обухватају и ова суђења.</translation>
        </message>
        <message>
            <source>&amp;New trial…</source>
            <translation>&amp;Ново суђење…</translation>
        </message>
        <message>
            <source>&amp;Edit…</source>
            <translation>&amp;Измени…</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>О&amp;бриши</translation>
        </message>
        <message>
            <source>Court</source>
            <translation>Суд</translation>
        </message>
        <message>
            <source>Case number</source>
            <translation>Број предмета</translation>
        </message>
        <message>
            <source>Injured parties</source>
            <translation>Оштећени</translation>
        </message>
        <message>
            <source>Verdict</source>
            <translation>Пресуда</translation>
        </message>
        <message>
            <source>Appeal due</source>
            <translation>Рок за жалбу</translation>
        </message>
        <message>
            <source>Add de&amp;fendant…</source>
            <translation>Додај о&amp;кривљеног…</translation>
        </message>
        <message>
            <source>Add &amp;charge…</source>
            <translation>Додај о&amp;птужбу…</translation>
        </message>
        <message>
            <source>&amp;Re-qualify…</source>
            <translation>П&amp;реквалификуј…</translation>
        </message>
        <message>
            <source>Add &amp;hearing…</source>
            <translation>Додај ро&amp;чиште…</translation>
        </message>
        <message>
            <source>Edit hearin&amp;g…</source>
            <translation>Измени рочи&amp;ште…</translation>
        </message>
        <message>
            <source>Article</source>
            <translation>Члан</translation>
        </message>
        <message>
            <source>Paragraph</source>
            <translation>Став</translation>
        </message>
        <message>
            <source>Offence</source>
            <translation>Кривично дело</translation>
        </message>
        <message>
            <source>Since</source>
            <translation>Од</translation>
        </message>
        <message>
            <source>Current</source>
            <translation>Важећа</translation>
        </message>
        <message>
            <source>Day</source>
            <translation>Дан</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Врста</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Статус</translation>
        </message>
        <message>
            <source>Postponed by</source>
            <translation>Одложено због</translation>
        </message>
        <message>
            <source>Came</source>
            <translation>Дошли</translation>
        </message>
    </context>
    <context>
        <name>UnlockWindow</name>
        <message>
            <source>Recovery &amp;key</source>
            <translation>К&amp;ључ за опоравак</translation>
        </message>
        <message>
            <source>&amp;Passphrase</source>
            <translation>&amp;Лозинка</translation>
        </message>
        <message>
            <source>Forgot your passphrase?</source>
            <translation>Заборавили сте лозинку?</translation>
        </message>
        <message>
            <source>Nobody can look up or reset a passphrase from outside the vault — not even the developers. Ask an administrator to set you a new one.

If no administrator can sign in, use the recovery key: the emergency sheet printed when the vault was created. Tick “Use the recovery key instead”, type the key, and then set a new passphrase in Users &amp; settings.</source>
            <translation>Нико не може да пронађе или поништи лозинку изван базе — чак ни програмери. Замолите администратора да вам постави нову.

Ако ниједан администратор не може да се пријави, употребите кључ за опоравак: лист за хитне случајеве одштампан када је база направљена. Означите „Уместо лозинке користи кључ за опоравак“, упишите кључ, а затим поставите нову лозинку у делу Корисници и подешавања.</translation>
        </message>
        <message>
            <source>Enter your user name and passphrase.</source>
            <translation>Унесите корисничко име и лозинку.</translation>
        </message>
        <message>
            <source>Checking…</source>
            <translation>Провера…</translation>
        </message>
        <message>
            <source>Still checking the vault. The first start after ASTRA Desktop was updated (the vault is then brought up to date) can take a minute or two. Please do not close the window.</source>
            <translation>Провера базе је још у току. Прво покретање после ажурирања програма ASTRA Desktop (када се база усклађује са новом верзијом) може потрајати минут или два. Не затварајте прозор.</translation>
        </message>
        <message>
            <source>The vault could not be opened: {0}</source>
            <translation>База није могла да се отвори: {0}</translation>
        </message>
        <message>
            <source>You can try again now.</source>
            <translation>Можете поново да покушате.</translation>
        </message>
        <message>
            <source>You can try again in {0} s (the wait doubles with every wrong passphrase).</source>
            <translation>Можете поново да покушате за {0} с (чекање се удвостручује после сваке погрешне лозинке).</translation>
        </message>
        <message>
            <source>That recovery key is not right. Type it exactly as printed on the emergency sheet.</source>
            <translation>Кључ за опоравак није исправан. Упишите га тачно како је одштампан на листу за хитне случајеве.</translation>
        </message>
        <message>
            <source>The user name or passphrase is not right. Check Caps Lock and the keyboard language, then try again.</source>
            <translation>Корисничко име или лозинка нису исправни. Проверите Caps Lock и језик тастатуре, па покушајте поново.</translation>
        </message>
        <message>
            <source>ASTRA Desktop — locked</source>
            <translation>ASTRA Desktop — закључано</translation>
        </message>
        <message>
            <source>ASTRA Desktop</source>
            <translation>ASTRA Desktop</translation>
        </message>
        <message>
            <source>The vault is locked. Sign in to continue.</source>
            <translation>База је закључана. Пријавите се да бисте наставили.</translation>
        </message>
        <message>
            <source>&amp;User</source>
            <translation>&amp;Корисник</translation>
        </message>
        <message>
            <source>Caps Lock is on.</source>
            <translation>Укључен је Caps Lock.</translation>
        </message>
        <message>
            <source>Use the &amp;recovery key instead</source>
            <translation>&amp;Уместо лозинке користи кључ за опоравак</translation>
        </message>
        <message>
            <source>&amp;Forgot passphrase?</source>
            <translation>&amp;Заборављена лозинка?</translation>
        </message>
        <message>
            <source>&amp;Unlock</source>
            <translation>&amp;Откључај</translation>
        </message>
    </context>
    <context>
        <name>UsersPage</name>
        <message>
            <source>Signed in as {0} ({1}).</source>
            <translation>Пријављени сте као {0} ({1}).</translation>
        </message>
        <message>
            <source>Only an administrator can manage users and settings.</source>
            <translation>Само администратор може да управља корисницима и подешавањима.</translation>
        </message>
        <message>
            <source>The language is saved. It applies the next time ASTRA Desktop starts.</source>
            <translation>Језик је сачуван. Примениће се при следећем покретању програма ASTRA Desktop.</translation>
        </message>
        <message>
            <source>All cases</source>
            <translation>Сви случајеви</translation>
        </message>
        <message>
            <source>Assigned cases</source>
            <translation>Додељени случајеви</translation>
        </message>
        <message>
            <source>Added {0}.</source>
            <translation>Додат је корисник {0}.</translation>
        </message>
        <message>
            <source>Remove user</source>
            <translation>Уклањање корисника</translation>
        </message>
        <message>
            <source>Remove {0}? Their passphrase stops opening the vault at once; their notes stay.</source>
            <translation>Уклонити корисника {0}? Његова/њена лозинка одмах престаје да отвара базу; уписане белешке остају.</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Уклони</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Откажи</translation>
        </message>
        <message>
            <source>Removed {0}.</source>
            <translation>Уклоњен је корисник {0}.</translation>
        </message>
        <message>
            <source>The vault key was rotated: old copies of the key file open nothing current.</source>
            <translation>Кључ базе је промењен: старе копије датотеке с кључевима не отварају ништа актуелно.</translation>
        </message>
        <message>
            <source>Removing {0} and rotating the vault key…</source>
            <translation>Уклања се корисник {0} и мења се кључ базе…</translation>
        </message>
        <message>
            <source>It failed: {0}</source>
            <translation>Није успело: {0}</translation>
        </message>
        <message>
            <source>Users &amp; settings</source>
            <translation>Корисници и подешавања</translation>
        </message>
        <message>
            <source>Rotate the vault key</source>
            <translation>Промена кључа базе</translation>
        </message>
        <message>
            <source>Re-encrypt the whole vault under a new key? Removed users and old passphrases then open nothing current, not even with an old copy of the key file. Backups made before now still open with the passphrases valid when they were made.</source>
            <translation>Поново шифровати целу базу новим кључем? Уклоњени корисници и старе лозинке тада не отварају ништа актуелно, чак ни уз стару копију датотеке с кључевима. Резервне копије направљене пре тога и даље се отварају лозинкама које су важиле када су направљене.</translation>
        </message>
        <message>
            <source>Rotate</source>
            <translation>Промени кључ</translation>
        </message>
        <message>
            <source>The vault key was rotated: old copies of the key file and old passphrases open nothing current.</source>
            <translation>Кључ базе је промењен: старе копије датотеке с кључевима и старе лозинке не отварају ништа актуелно.</translation>
        </message>
        <message>
            <source>Rotating the vault key…</source>
            <translation>Мења се кључ базе…</translation>
        </message>
        <message>
            <source>The old passphrase still opens old copies of the key file (every backup holds one). Rotate the vault key now, so that it opens nothing current?</source>
            <translation>Стара лозинка и даље отвара старе копије датотеке с кључевима (свака резервна копија има једну). Променити кључ базе сада, тако да она не отвара ништа актуелно?</translation>
        </message>
        <message>
            <source>Not now</source>
            <translation>Не сада</translation>
        </message>
        <message>
            <source>New passphrase for {0}</source>
            <translation>Нова лозинка за {0}</translation>
        </message>
        <message>
            <source>Set a new passphrase for {0}. Tell them in person, never by e-mail.</source>
            <translation>Поставите нову лозинку за {0}. Саопштите је лично, никада имејлом.</translation>
        </message>
        <message>
            <source>Change my passphrase</source>
            <translation>Промена лозинке</translation>
        </message>
        <message>
            <source>Your passphrase has been changed.</source>
            <translation>Ваша лозинка је промењена.</translation>
        </message>
        <message>
            <source>Choose a user in the list first.</source>
            <translation>Прво изаберите корисника са списка.</translation>
        </message>
        <message>
            <source>{0} is now: {1}.</source>
            <translation>{0} сада има улогу: {1}.</translation>
        </message>
        <message numerus="yes">
            <source>The vault now locks after %n minute(s) without activity.</source>
            <translation>
                <numerusform>База се сада закључава после %n минута неактивности.</numerusform>
                <numerusform>База се сада закључава после %n минута неактивности.</numerusform>
                <numerusform>База се сада закључава после %n минута неактивности.</numerusform>
            </translation>
        </message>
        <message>
            <source>Users and settings</source>
            <translation>Корисници и подешавања</translation>
        </message>
        <message>
            <source>You</source>
            <translation>Ви</translation>
        </message>
        <message>
            <source>&amp;Change my passphrase…</source>
            <translation>&amp;Промени своју лозинку…</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Језик</translation>
        </message>
        <message>
            <source>&amp;Interface language</source>
            <translation>&amp;Језик програма</translation>
        </message>
        <message>
            <source>Users of this vault</source>
            <translation>Корисници ове базе</translation>
        </message>
        <message>
            <source>User</source>
            <translation>Корисник</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Улога</translation>
        </message>
        <message>
            <source>Access</source>
            <translation>Приступ</translation>
        </message>
        <message>
            <source>&amp;Add user…</source>
            <translation>&amp;Додај корисника…</translation>
        </message>
        <message>
            <source>&amp;Remove user</source>
            <translation>&amp;Уклони корисника</translation>
        </message>
        <message>
            <source>Re&amp;set passphrase…</source>
            <translation>Постави &amp;нову лозинку…</translation>
        </message>
        <message>
            <source>Re-encrypt the vault under a new key, so removed users and old passphrases open nothing current (not even with an old copy of the key file).</source>
            <translation>Поново шифруј базу новим кључем, тако да уклоњени корисници и старе лозинке не отварају ништа актуелно (чак ни уз стару копију датотеке с кључевима).</translation>
        </message>
        <message>
            <source>Ro&amp;tate the vault key…</source>
            <translation>Промени &amp;кључ базе…</translation>
        </message>
        <message>
            <source>all cases</source>
            <translation>сви случајеви</translation>
        </message>
        <message>
            <source>Set r&amp;ole</source>
            <translation>Промени у&amp;логу</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Подешавања</translation>
        </message>
        <message>
            <source>&amp;Lock after inactivity</source>
            <translation>&amp;Закључај после неактивности од</translation>
        </message>
        <message>
            <source> min</source>
            <translation> мин</translation>
        </message>
        <message>
            <source>Court filings</source>
            <translation>Судски поднесци</translation>
        </message>
        <message>
            <source>The letterhead of the organisation's documents, and the lawyers who sign filings (name, office, bar chamber and number)</source>
            <translation>Заглавље докумената организације и адвокати који потписују поднеске (име, канцеларија, адвокатска комора и број уписа)</translation>
        </message>
        <message>
            <source>Organisation and &amp;lawyers…</source>
            <translation>Организација и &amp;адвокати…</translation>
        </message>
    </context>
    <context>
        <name>WitnessOptions</name>
        <message>
            <source>Measures asked for</source>
            <translation>Тражене мере</translation>
        </message>
        <message>
            <source>Reasons</source>
            <translation>Образложење</translation>
        </message>
        <message>
            <source>Particular circumstances of the case (optional): age, health, threats …</source>
            <translation>Посебне околности случаја (необавезно): узраст, здравље, претње…</translation>
        </message>
        <message>
            <source>Include the findings of the latest risk assessment</source>
            <translation>Укључи налазе последње процене ризика</translation>
        </message>
    </context>
    <context>
        <name>court</name>
        <message>
            <source>Appointment</source>
            <translation>Термин</translation>
        </message>
        <message>
            <source>Not recorded</source>
            <translation>Није евидентирано</translation>
        </message>
        <message>
            <source>Mon</source>
            <translation>Пон</translation>
        </message>
        <message>
            <source>Tue</source>
            <translation>Уто</translation>
        </message>
        <message>
            <source>Wed</source>
            <translation>Сре</translation>
        </message>
        <message>
            <source>Thu</source>
            <translation>Чет</translation>
        </message>
        <message>
            <source>Fri</source>
            <translation>Пет</translation>
        </message>
        <message>
            <source>Sat</source>
            <translation>Суб</translation>
        </message>
        <message>
            <source>Sun</source>
            <translation>Нед</translation>
        </message>
        <message>
            <source>January</source>
            <translation>Јануар</translation>
        </message>
        <message>
            <source>February</source>
            <translation>Фебруар</translation>
        </message>
        <message>
            <source>March</source>
            <translation>Март</translation>
        </message>
        <message>
            <source>April</source>
            <translation>Април</translation>
        </message>
        <message>
            <source>May</source>
            <translation>Мај</translation>
        </message>
        <message>
            <source>June</source>
            <translation>Јун</translation>
        </message>
        <message>
            <source>July</source>
            <translation>Јул</translation>
        </message>
        <message>
            <source>August</source>
            <translation>Август</translation>
        </message>
        <message>
            <source>September</source>
            <translation>Септембар</translation>
        </message>
        <message>
            <source>October</source>
            <translation>Октобар</translation>
        </message>
        <message>
            <source>November</source>
            <translation>Новембар</translation>
        </message>
        <message>
            <source>December</source>
            <translation>Децембар</translation>
        </message>
    </context>
    <context>
        <name>risk</name>
        <message>
            <source>Yes</source>
            <translation>Да</translation>
        </message>
        <message>
            <source>No</source>
            <translation>Не</translation>
        </message>
        <message>
            <source>Unknown</source>
            <translation>Не зна се</translation>
        </message>
    </context>
    <context>
        <name>self._model</name>
        <message>
            <source>+{0} more</source>
            <translation>+ још {0}</translation>
        </message>
    </context>
    <context>
        <name>forms</name>
        <message>
            <source>Closed on</source>
            <translation>Затворен дана</translation>
        </message>
        <message>
            <source>&amp;Given name</source>
            <translation>&amp;Име</translation>
        </message>
        <message>
            <source>&amp;Family name</source>
            <translation>&amp;Презиме</translation>
        </message>
        <message>
            <source>&amp;Aliases</source>
            <translation>&amp;Надимци и друга имена</translation>
        </message>
        <message>
            <source>Date of &amp;birth</source>
            <translation>Датум &amp;рођења</translation>
        </message>
        <message>
            <source>Estimated a&amp;ge</source>
            <translation>Процењени &amp;узраст</translation>
        </message>
        <message>
            <source>G&amp;ender</source>
            <translation>&amp;Пол</translation>
        </message>
        <message>
            <source>&amp;Citizenship(s)</source>
            <translation>&amp;Држављанство</translation>
        </message>
        <message>
            <source>&amp;Languages</source>
            <translation>&amp;Језици</translation>
        </message>
        <message>
            <source>&amp;ID documents</source>
            <translation>&amp;Лична документа</translation>
        </message>
        <message>
            <source>C&amp;ontact</source>
            <translation>К&amp;онтакт</translation>
        </message>
        <message>
            <source>&amp;Safe contact</source>
            <translation>&amp;Безбедан контакт</translation>
        </message>
        <message>
            <source>C&amp;hildren</source>
            <translation>&amp;Деца</translation>
        </message>
        <message>
            <source>Guardian (for a &amp;minor)</source>
            <translation>Старатељ (за &amp;малолетника)</translation>
        </message>
        <message>
            <source>&amp;Personal number (JMBG)</source>
            <translation>&amp;ЈМБГ (матични број)</translation>
        </message>
        <message>
            <source>ID or passport &amp;number</source>
            <translation>Број личне карте или па&amp;соша</translation>
        </message>
        <message>
            <source>A&amp;ddress</source>
            <translation>&amp;Адреса</translation>
        </message>
        <message>
            <source>Place of &amp;residence</source>
            <translation>Мес&amp;то пребивалишта</translation>
        </message>
        <message>
            <source>Place of bir&amp;th</source>
            <translation>Место рођ&amp;ења</translation>
        </message>
        <message>
            <source>Case &amp;code</source>
            <translation>Шифра &amp;случаја</translation>
        </message>
        <message>
            <source>&amp;Status</source>
            <translation>&amp;Статус</translation>
        </message>
        <message>
            <source>Closure &amp;reason</source>
            <translation>&amp;Разлог затварања</translation>
        </message>
        <message>
            <source>&amp;Trafficking status</source>
            <translation>&amp;Статус жртве трговине људима</translation>
        </message>
        <message>
            <source>Identified &amp;by</source>
            <translation>Идентификовао/ла &amp;је</translation>
        </message>
        <message>
            <source>Identified &amp;on</source>
            <translation>Идентификован/а &amp;дана</translation>
        </message>
        <message>
            <source>&amp;Exploitation</source>
            <translation>Облик &amp;експлоатације</translation>
        </message>
        <message>
            <source>&amp;Means of control</source>
            <translation>&amp;Начини контроле</translation>
        </message>
        <message>
            <source>Rec&amp;ruitment</source>
            <translation>&amp;Врбовање</translation>
        </message>
        <message>
            <source>&amp;Places of exploitation</source>
            <translation>&amp;Места експлоатације</translation>
        </message>
        <message>
            <source>Re&amp;ferred by</source>
            <translation>&amp;Упутио/ла</translation>
        </message>
        <message>
            <source>O&amp;pened on</source>
            <translation>&amp;Отворен дана</translation>
        </message>
        <message>
            <source>not recorded (closed before this was kept)</source>
            <translation>није забележено (затворен пре него што се ово бележило)</translation>
        </message>
        <message>
            <source>separated by commas</source>
            <translation>раздвојите зарезима</translation>
        </message>
        <message>
            <source>if the date is not known</source>
            <translation>ако датум није познат</translation>
        </message>
        <message>
            <source>e.g. Serbia, Ukraine</source>
            <translation>нпр. Србија, Украјина</translation>
        </message>
        <message>
            <source>e.g. do not call after 18:00; use this number only</source>
            <translation>нпр. не звати после 18:00; користити само овај број</translation>
        </message>
        <message>
            <source>13 digits; or the foreigner's number (EBS)</source>
            <translation>13 цифара; за странце евиденцијски број странца (ЕБС)</translation>
        </message>
    </context>
    <context>
        <name>DemoStart</name>
        <message>
            <source>Creating the demo vault of fictional records…</source>
            <translation>Прави се демо база измишљених записа…</translation>
        </message>
        <message>
            <source>&amp;Stop here</source>
            <translation>&amp;Заустави овде</translation>
        </message>
        <message>
            <source>Adding appointments, court proceedings and hotline calls…</source>
            <translation>Додају се термини, судски поступци и позиви SOS линије…</translation>
        </message>
        <message>
            <source>Making fictional clients: {0} of {1}…</source>
            <translation>Праве се измишљени клијенти: {0} од {1}…</translation>
        </message>
    </context>
    <context>
        <name>entries</name>
        <message>
            <source>yes</source>
            <translation>да</translation>
        </message>
        <message>
            <source>no</source>
            <translation>не</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>Учитавање…</translation>
        </message>
        <message>
            <source>&amp;Service</source>
            <translation>&amp;Услуга</translation>
        </message>
        <message>
            <source>&amp;From</source>
            <translation>&amp;Од</translation>
        </message>
        <message>
            <source>&amp;Until</source>
            <translation>&amp;До</translation>
        </message>
        <message>
            <source>&amp;Provided by</source>
            <translation>&amp;Пружалац услуге</translation>
        </message>
        <message>
            <source>&amp;Notes</source>
            <translation>&amp;Напомене</translation>
        </message>
        <message>
            <source>Service</source>
            <translation>Услуга</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Од</translation>
        </message>
        <message>
            <source>Until</source>
            <translation>До</translation>
        </message>
        <message>
            <source>Provided by</source>
            <translation>Пружалац услуге</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Напомене</translation>
        </message>
        <message>
            <source>Loading the services…</source>
            <translation>Учитавају се услуге…</translation>
        </message>
        <message>
            <source>&amp;Direction</source>
            <translation>&amp;Смер</translation>
        </message>
        <message>
            <source>&amp;Date</source>
            <translation>&amp;Датум</translation>
        </message>
        <message>
            <source>&amp;Reason</source>
            <translation>&amp;Разлог</translation>
        </message>
        <message>
            <source>Consent</source>
            <translation>Сагласност</translation>
        </message>
        <message>
            <source>Direction</source>
            <translation>Смер</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Организација</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Датум</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Разлог</translation>
        </message>
        <message>
            <source>Loading the referrals…</source>
            <translation>Учитавају се упућивања…</translation>
        </message>
        <message>
            <source>&amp;Given on</source>
            <translation>&amp;Дата дана</translation>
        </message>
        <message>
            <source>&amp;Scope</source>
            <translation>&amp;Обим</translation>
        </message>
        <message>
            <source>&amp;Withdrawn on</source>
            <translation>&amp;Повучена дана</translation>
        </message>
        <message>
            <source>Given on</source>
            <translation>Дата дана</translation>
        </message>
        <message>
            <source>Scope</source>
            <translation>Обим</translation>
        </message>
        <message>
            <source>Withdrawn on</source>
            <translation>Повучена дана</translation>
        </message>
        <message>
            <source>Loading the consents…</source>
            <translation>Учитавају се сагласности…</translation>
        </message>
        <message>
            <source>the client agreed</source>
            <translation>клијент/киња је сагласан/на</translation>
        </message>
        <message>
            <source>&amp;Organisation</source>
            <translation>&amp;Организација</translation>
        </message>
        <message>
            <source>e.g. processing of personal data</source>
            <translation>нпр. обрада података о личности</translation>
        </message>
        <message>
            <source>This field is required.</source>
            <translation>Ово поље је обавезно.</translation>
        </message>
    </context>
    <context>
        <name>ErrorReport</name>
        <message>
            <source>Something went wrong</source>
            <translation>Дошло је до грешке</translation>
        </message>
        <message>
            <source>Could not be done</source>
            <translation>Радња није извршена</translation>
        </message>
        <message>
            <source>The vault is damaged</source>
            <translation>База је оштећена</translation>
        </message>
        <message>
            <source>This action could not be finished because of an error in ASTRA Desktop. What was saved before is safe. Try again; if it happens again, tell your administrator the reference {0} and what you were doing.</source>
            <translation>Ова радња није могла да се заврши због грешке у програму ASTRA Desktop. Све што је раније сачувано је безбедно. Покушајте поново; ако се грешка понови, јавите администратору ознаку {0} и шта сте радили.</translation>
        </message>
    </context>
    <context>
        <name>hotline</name>
        <message>
            <source>Age not known</source>
            <translation>Старост непозната</translation>
        </message>
        <message>
            <source>Calls</source>
            <translation>Позиви</translation>
        </message>
        <message>
            <source>Minutes on the line</source>
            <translation>Минута разговора</translation>
        </message>
        <message>
            <source>Topic</source>
            <translation>Тема</translation>
        </message>
        <message>
            <source>Caller</source>
            <translation>Позивалац</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Језик</translation>
        </message>
        <message>
            <source>Referrals given</source>
            <translation>Упућено другим службама</translation>
        </message>
        <message>
            <source>Follow-up needed</source>
            <translation>Потребно даље поступање</translation>
        </message>
        <message>
            <source>Cases</source>
            <translation>Случајеви</translation>
        </message>
        <message>
            <source>Became a new client and case</source>
            <translation>Отворен нови случај</translation>
        </message>
        <message>
            <source>Joined an existing case</source>
            <translation>Повезано са постојећим случајем</translation>
        </message>
    </context>
    <context>
        <name>labels</name>
        <message>
            <source>Not assessed</source>
            <translation>Није процењено</translation>
        </message>
        <message>
            <source>{0} · reassess now</source>
            <translation>{0} · поново проценити одмах</translation>
        </message>
    </context>
    <context>
        <name>missing</name>
        <message>
            <source>&amp;Person sought</source>
            <translation>&amp;Особа која се тражи</translation>
        </message>
        <message>
            <source>&amp;Details</source>
            <translation>Пода&amp;ци</translation>
        </message>
        <message>
            <source>Age</source>
            <translation>Старост</translation>
        </message>
        <message>
            <source>Minor</source>
            <translation>Малолетна особа</translation>
        </message>
        <message>
            <source>&amp;Last seen on</source>
            <translation>Последњи пут виђена &amp;дана</translation>
        </message>
        <message>
            <source>Last seen &amp;where</source>
            <translation>Последњи пут виђена &amp;где</translation>
        </message>
        <message>
            <source>Last seen in country</source>
            <translation>Последњи пут виђена у држави</translation>
        </message>
        <message>
            <source>Believed to be in</source>
            <translation>Претпоставља се да је у</translation>
        </message>
        <message>
            <source>Police report no.</source>
            <translation>Број полицијске пријаве</translation>
        </message>
        <message>
            <source>Police station</source>
            <translation>Полицијска станица</translation>
        </message>
        <message>
            <source>Reported to the police on</source>
            <translation>Пријављено полицији дана</translation>
        </message>
        <message>
            <source>&amp;Reported by</source>
            <translation>П&amp;ријавио/ла</translation>
        </message>
        <message>
            <source>Reach them &amp;safely</source>
            <translation>&amp;Безбедан начин контакта</translation>
        </message>
        <message>
            <source>a name, or a description</source>
            <translation>име или опис</translation>
        </message>
        <message>
            <source>only what helps find them: appearance, phone</source>
            <translation>само оно што помаже да се особа пронађе: изглед, телефон</translation>
        </message>
        <message>
            <source>years, if known</source>
            <translation>у годинама, ако је позната</translation>
        </message>
        <message>
            <source>under 18</source>
            <translation>млађа од 18 година</translation>
        </message>
        <message>
            <source>country, if known</source>
            <translation>држава, ако је позната</translation>
        </message>
        <message>
            <source>e.g. mother, friend, social worker</source>
            <translation>нпр. мајка, пријатељ, социјални радник</translation>
        </message>
        <message>
            <source>e.g. only this number, after 17:00; no messages</source>
            <translation>нпр. само овај број, после 17:00; без порука</translation>
        </message>
    </context>
    <context>
        <name>partners</name>
        <message>
            <source>a partner from the registry, or a name</source>
            <translation>партнер из регистра или назив</translation>
        </message>
        <message>
            <source>Choose a partner of the registry, or type the name of an organisation that is not in it.</source>
            <translation>Изаберите партнера из регистра или упишите назив организације која није у њему.</translation>
        </message>
        <message>
            <source>the registry could not be read: type the name</source>
            <translation>регистар није учитан: упишите назив</translation>
        </message>
        <message>
            <source>Reading the partners…</source>
            <translation>Учитавају се партнери…</translation>
        </message>
        <message>
            <source>The partner registry could not be read: {0}</source>
            <translation>Регистар партнера није могуће учитати: {0}</translation>
        </message>
        <message>
            <source>{0} (inactive)</source>
            <translation>{0} (неактиван)</translation>
        </message>
    </context>
</TS>
