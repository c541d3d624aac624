<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name></name>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Tip</source>
        <translation>Consejo</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Guía de uso</translation>
    </message>
    <message>
        <source>Administrator procedure</source>
        <translation>Procedimiento de administración</translation>
    </message>
    <message>
        <source>(an animation in the help browser)</source>
        <extracomment>Stand-ins for characters that Vera (the fallback font) does not have.</extracomment>
        <translation>(una animación en el navegador de ayuda)</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Página {page} de {pages}</translation>
    </message>
    <message>
        <source>Cuentas training material</source>
        <translation>Material de capacitación de Cuentas</translation>
    </message>
    <message>
        <source>See also:</source>
        <translation>Vea también:</translation>
    </message>
    <message>
        <source>Cuentas training booklet</source>
        <translation>Manual de capacitación de Cuentas</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Contenido</translation>
    </message>
    <message>
        <source>Training booklet</source>
        <translation>Manual de capacitación</translation>
    </message>
    <message>
        <source>Split transactions in Cuentas: guides for every day and procedures for the administrator</source>
        <translation>Movimientos divididos en Cuentas: guías para el día a día y procedimientos para la administración</translation>
    </message>
    <message>
        <source>Cuentas {version} · {n} guides · {month}</source>
        <translation>Cuentas {version} · {n} guías · {month}</translation>
    </message>
    <message>
        <source>What is in this booklet</source>
        <translation>Qué contiene este manual</translation>
    </message>
    <message>
        <source>Bookkeeping for a small business, with split transactions</source>
        <translation>Contabilidad para un negocio pequeño, con movimientos divididos</translation>
    </message>
    <message>
        <source>Generated from the help guides inside Cuentas (press F1).</source>
        <translation>Generado a partir de las guías de ayuda de Cuentas (oprima F1).</translation>
    </message>
    <message>
        <source>from {date}</source>
        <translation>desde el {date}</translation>
    </message>
    <message>
        <source>until {date}</source>
        <translation>hasta el {date}</translation>
    </message>
    <message>
        <source>all dates</source>
        <translation>todas las fechas</translation>
    </message>
    <message>
        <source>is before {field} ({since})</source>
        <translation>es anterior a {field} ({since})</translation>
    </message>
    <message>
        <source>is not a date as YYYY-MM-DD</source>
        <extracomment>Roles of the tax lines (the IVA summary&apos;s columns), in the order of DESIGN.md.</extracomment>
        <translation>no es una fecha como AAAA-MM-DD</translation>
    </message>
    <message>
        <source>Book name</source>
        <extracomment>&quot;text&quot;, &quot;choice&quot;, &quot;int&quot;, &quot;folder&quot;, &quot;locale&quot;, &quot;currency&quot; Locales offered in the settings panel (any locale Babel knows is accepted). Titles and descriptions are source text: show them through `app.i18n.tr()`.</extracomment>
        <translation>Nombre del libro</translation>
    </message>
    <message>
        <source>The name of the business, shown in the title bar and on reports.</source>
        <translation>El nombre del negocio, que aparece en la barra de título y en los informes.</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <source>The book&apos;s currency (ISO 4217). It can change only while the book has no transactions.</source>
        <translation>La moneda del libro (ISO 4217). Solo se puede cambiar mientras el libro no tenga movimientos.</translation>
    </message>
    <message>
        <source>Number and date format</source>
        <translation>Formato de números y fechas</translation>
    </message>
    <message>
        <source>How amounts and dates are shown and typed, like 1,234.56 (es_MX) or 1.234,56 (es_ES).</source>
        <translation>Cómo se muestran y se escriben los importes y las fechas, como 1,234.56 (es_MX) o 1.234,56 (es_ES).</translation>
    </message>
    <message>
        <source>Tax preset</source>
        <translation>Impuestos predefinidos</translation>
    </message>
    <message>
        <source>The country&apos;s tax categories and dated rates; choosing one adds what is missing and removes nothing.</source>
        <translation>Las categorías de impuestos del país y sus tasas con fechas; al elegir uno se agrega lo que falte y no se quita nada.</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Carpeta de respaldos</translation>
    </message>
    <message>
        <source>Where backups of this book are written. Empty: the book&apos;s folder in this computer&apos;s backups folder.</source>
        <translation>Dónde se guardan los respaldos de este libro. Vacío: la carpeta del libro dentro de la carpeta de respaldos de esta computadora.</translation>
    </message>
    <message>
        <source>Scheduled backups</source>
        <translation>Respaldos programados</translation>
    </message>
    <message>
        <source>A backup every day the book is open, or none; backups before upgrades and restores are always made.</source>
        <translation>Un respaldo cada día que el libro esté abierto, o ninguno; los respaldos antes de actualizar y de restaurar siempre se hacen.</translation>
    </message>
    <message>
        <source>Scheduled backups to keep</source>
        <translation>Respaldos programados que se conservan</translation>
    </message>
    <message>
        <source>The newest scheduled backups kept; older scheduled ones are deleted. Backups made before an upgrade are always kept.</source>
        <translation>Los respaldos programados más recientes que se conservan; los más viejos se borran. Los respaldos hechos antes de una actualización siempre se conservan.</translation>
    </message>
    <message>
        <source>is not a setting (known: {keys})</source>
        <translation>no es un ajuste (los que hay: {keys})</translation>
    </message>
    <message>
        <source>is not a known locale (like es_MX or es_ES)</source>
        <translation>no es un formato regional conocido (como es_MX o es_ES)</translation>
    </message>
    <message>
        <source>is not one of {choices}</source>
        <translation>no es uno de estos: {choices}</translation>
    </message>
    <message>
        <source>is not a whole number</source>
        <translation>no es un número entero</translation>
    </message>
    <message>
        <source>is less than {minimum}</source>
        <translation>es menor que {minimum}</translation>
    </message>
    <message>
        <source>is more than {maximum}</source>
        <translation>es mayor que {maximum}</translation>
    </message>
    <message>
        <source>is not an ISO 4217 currency code</source>
        <extracomment>Amounts are limited to ±10^13 minor units (100 billion in a 2-decimal currency).</extracomment>
        <translation>no es un código de moneda ISO 4217</translation>
    </message>
    <message>
        <source>is not a full folder path</source>
        <translation>no es la ruta completa de una carpeta</translation>
    </message>
    <message>
        <source>is a file, not a folder</source>
        <translation>es un archivo, no una carpeta</translation>
    </message>
    <message>
        <source>is longer than 200 characters</source>
        <translation>tiene más de 200 caracteres</translation>
    </message>
    <message>
        <source>the book already has transactions</source>
        <translation>el libro ya tiene movimientos</translation>
    </message>
    <message>
        <source>some accounts have opening balances</source>
        <translation>algunas cuentas tienen saldo inicial</translation>
    </message>
    <message>
        <source>change the book&apos;s settings</source>
        <translation>cambiar la configuración del libro</translation>
    </message>
    <message>
        <source>cannot be set: {why}</source>
        <translation>no se puede cambiar: {why}</translation>
    </message>
    <message>
        <source>Split editor</source>
        <extracomment>Which rollout groups each stage reaches. Key of the local settings (`app.admin.local_settings`) holding the Preview overrides. Every flag, declared once. tests/app/test_flags.py checks each declaration. Titles and descriptions are source text: `statuses()` gives them in the interface&apos;s language.</extracomment>
        <translation>Editor de división</translation>
    </message>
    <message>
        <source>Create and edit transactions split over several lines (categories, transfers, taxes). When off, split transactions stay visible and read-only.</source>
        <translation>Crear y editar movimientos divididos en varias líneas (categorías, transferencias, impuestos). Apagada, los movimientos divididos se siguen viendo, de solo lectura.</translation>
    </message>
    <message>
        <source>Split templates</source>
        <translation>Plantillas de división</translation>
    </message>
    <message>
        <source>Fill a split from a template: purchases and sales with IVA, card deposits, withholdings, combined and partial payments.</source>
        <translation>Llenar una división con una plantilla: compras y ventas con IVA, depósitos de tarjeta, retenciones, pagos de varias facturas y pagos parciales.</translation>
    </message>
    <message>
        <source>IVA and commission reports</source>
        <translation>Informes de IVA y comisiones</translation>
    </message>
    <message>
        <source>Reports that read tax and commission lines of split transactions: IVA by month or quarter, commissions by processor.</source>
        <translation>Informes que leen las líneas de impuestos y de comisiones de los movimientos divididos: IVA por mes o por trimestre, comisiones por terminal.</translation>
    </message>
    <message>
        <source>Split suggestions</source>
        <translation>Sugerencias de división</translation>
    </message>
    <message>
        <source>Suggest the lines of a new transaction from the payee&apos;s last split transaction.</source>
        <translation>Sugerir las líneas de un movimiento nuevo a partir del último movimiento dividido del mismo beneficiario.</translation>
    </message>
    <message>
        <source>is not a feature flag (known: {items})</source>
        <extracomment>The book&apos;s stage (the declared default when the book has none stored). What the book&apos;s stage alone gives this user. A local override on this desktop: &quot;env&quot; (CUENTAS_FLAGS), &quot;preview&quot;, or None.</extracomment>
        <translation>no es un interruptor de función (los que hay: {items})</translation>
    </message>
    <message>
        <source>is not a stage (one of {items})</source>
        <translation>no es una etapa (una de estas: {items})</translation>
    </message>
    <message>
        <source>off</source>
        <extracomment>Stages as people read them (source text: `stage_title` translates).</extracomment>
        <translation>apagada</translation>
    </message>
    <message>
        <source>internal</source>
        <translation>interno</translation>
    </message>
    <message>
        <source>primary</source>
        <translation>principal</translation>
    </message>
    <message>
        <source>internal testers</source>
        <translation>pruebas internas</translation>
    </message>
    <message>
        <source>everyone</source>
        <translation>todos</translation>
    </message>
    <message>
        <source>primary users</source>
        <translation>usuarios principales</translation>
    </message>
    <message>
        <source>the book&apos;s stage is {stage} (the default)</source>
        <translation>la etapa del libro es «{stage}» (la predeterminada)</translation>
    </message>
    <message>
        <source>the book&apos;s stage is {stage}</source>
        <translation>la etapa del libro es «{stage}»</translation>
    </message>
    <message>
        <source>{stage_text}, so it is off for everyone</source>
        <translation>{stage_text}, así que está apagada para todos</translation>
    </message>
    <message>
        <source>{stage_text}, so it is on for every group</source>
        <translation>{stage_text}, así que está activa para todos los grupos</translation>
    </message>
    <message>
        <source>only the {group} group</source>
        <translation>solo al grupo {group}</translation>
    </message>
    <message>
        <source>the {groups} groups</source>
        <translation>a los grupos {groups}</translation>
    </message>
    <message>
        <source> and </source>
        <translation> y </translation>
    </message>
    <message>
        <source>{stage_text}, which reaches {reach}; yours ({group}) is one of them</source>
        <translation>{stage_text}, que llega {reach}; el suyo ({group}) es uno de ellos</translation>
    </message>
    <message>
        <source>{stage_text}, which reaches {reach}; yours is {group}</source>
        <translation>{stage_text}, que llega {reach}; el suyo es {group}</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Activa</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Apagada</translation>
    </message>
    <message>
        <source>{state}: {reason}.</source>
        <translation>{state}: {reason}.</translation>
    </message>
    <message>
        <source>on</source>
        <translation>activa</translation>
    </message>
    <message>
        <source>{state} by the local override from CUENTAS_FLAGS on this computer. Without it, it would be {would}: {reason}.</source>
        <translation>{state} por el ajuste local de CUENTAS_FLAGS en esta computadora. Sin él, estaría {would}: {reason}.</translation>
    </message>
    <message>
        <source>{state} by the local preview override on this computer. Without it, it would be {would}: {reason}.</source>
        <translation>{state} por la vista previa local en esta computadora. Sin ella, estaría {would}: {reason}.</translation>
    </message>
    <message>
        <source>change feature flags</source>
        <translation>cambiar los interruptores de funciones</translation>
    </message>
    <message>
        <source>{name} is a {role}: this book can be read, not changed.</source>
        <translation>{name} tiene el rol {role}: puede leer este libro, pero no modificarlo.</translation>
    </message>
    <message>
        <source>This transaction is split over {n} lines and is shown read-only: {why} Nothing is lost; its lines are kept as they are.</source>
        <translation>Este movimiento está dividido en {n} líneas y se muestra de solo lectura: {why} No se pierde nada; sus líneas se conservan como están.</translation>
    </message>
    <message>
        <source>The split editor is on for you.</source>
        <translation>El editor de división está activo para usted.</translation>
    </message>
    <message>
        <source>The split editor is turned off on this computer ({how}).</source>
        <translation>El editor de división está apagado en esta computadora ({how}).</translation>
    </message>
    <message>
        <source>local preview</source>
        <translation>vista previa local</translation>
    </message>
    <message>
        <source>The split editor is turned off in this book.</source>
        <translation>El editor de división está apagado en este libro.</translation>
    </message>
    <message>
        <source>The split editor has not reached your rollout group ({group}) yet; the book&apos;s owner can move it on in Settings › Features.</source>
        <translation>El editor de división todavía no llega a su grupo de activación ({group}); el propietario del libro puede avanzarlo en Configuración › Funciones.</translation>
    </message>
    <message>
        <source>is not a role (one of {items})</source>
        <extracomment>This profile is the one acting in this process.</extracomment>
        <translation>no es un rol (uno de estos: {items})</translation>
    </message>
    <message>
        <source>is not a rollout group (one of {items})</source>
        <translation>no es un grupo de activación (uno de estos: {items})</translation>
    </message>
    <message>
        <source>is empty; a profile needs a name</source>
        <translation>está vacío; un perfil necesita un nombre</translation>
    </message>
    <message>
        <source>is longer than {MAX_NAME} characters</source>
        <translation>tiene más de {MAX_NAME} caracteres</translation>
    </message>
    <message>
        <source>is not a login name (no spaces, at most 128 characters)</source>
        <translation>no es un nombre de usuario (sin espacios, a lo más 128 caracteres)</translation>
    </message>
    <message>
        <source>is not a profile of this book</source>
        <translation>no es un perfil de este libro</translation>
    </message>
    <message>
        <source>manage user profiles</source>
        <translation>administrar los perfiles de usuario</translation>
    </message>
    <message>
        <source>is already the name of a profile</source>
        <translation>ya es el nombre de un perfil</translation>
    </message>
    <message>
        <source>is already the login of {name}</source>
        <translation>ya es el usuario de {name}</translation>
    </message>
    <message>
        <source>would leave the book without an owner; make someone else an owner before {name} stops being one</source>
        <translation>dejaría el libro sin propietario; haga propietario a alguien más antes de que {name} deje de serlo</translation>
    </message>
    <message>
        <source>cannot be claimed on a shared book: the database login decides; ask the owner to map it</source>
        <translation>no se puede reclamar en un libro compartido: decide el usuario de la base de datos; pida al propietario que lo asigne</translation>
    </message>
    <message>
        <source>choose the profile of this login</source>
        <translation>elegir el perfil de este usuario</translation>
    </message>
    <message>
        <source>Verifying the backup</source>
        <extracomment>The public face of backups; the desktop app and the command line import from here. Pages copied per online-backup step (16 MB at 4 KiB pages): progress granularity.</extracomment>
        <translation>Verificando el respaldo</translation>
    </message>
    <message>
        <source>the copy has no readable totals</source>
        <translation>la copia no tiene totales legibles</translation>
    </message>
    <message>
        <source>the backup copy does not hold the same totals as the book ({differences}); it was not kept</source>
        <translation>la copia de respaldo no tiene los mismos totales que el libro ({differences}); no se conservó</translation>
    </message>
    <message>
        <source>the backup could not be written to {folder} ({why}); nothing was changed</source>
        <translation>no se pudo escribir el respaldo en {folder} ({why}); no se cambió nada</translation>
    </message>
    <message>
        <source>is not one of {items}</source>
        <extracomment>Columns a register can be sorted by. The account&apos;s balance after this movement (date order); None when sorted otherwise.
----------
Reports that take --by (month/quarter/year). A short name for what the row stands for (the drill-down window&apos;s title).</extracomment>
        <translation>no es uno de estos: {items}</translation>
    </message>
    <message>
        <source>there is no book at {location} to back up</source>
        <translation>no hay un libro en {location} para respaldar</translation>
    </message>
    <message>
        <source>the backup</source>
        <translation>el respaldo</translation>
    </message>
    <message>
        <source>the book&apos;s file is damaged ({exc}); nothing was changed</source>
        <translation>el archivo del libro está dañado ({exc}); no se cambió nada</translation>
    </message>
    <message>
        <source>the backup could not be made: {exc}; nothing was changed</source>
        <translation>no se pudo hacer el respaldo: {exc}; no se cambió nada</translation>
    </message>
    <message>
        <source>the disk is full, about {size} MB needed</source>
        <translation>el disco está lleno, se necesitan unos {size} MB</translation>
    </message>
    <message>
        <source>the backup could not be written to {folder} ({why}); the book and the older backups are untouched</source>
        <translation>no se pudo escribir el respaldo en {folder} ({why}); el libro y los respaldos anteriores están intactos</translation>
    </message>
    <message>
        <source>the backup copy failed its integrity check although the book passes it ({items}): the disk of {folder} may be failing. The copy was not kept; the book and the older backups are untouched</source>
        <translation>la copia de respaldo no pasó su revisión de integridad aunque el libro sí la pasa ({items}): el disco de {folder} podría estar fallando. La copia no se conservó; el libro y los respaldos anteriores están intactos</translation>
    </message>
    <message>
        <source>the book&apos;s file is damaged ({problems}), so its backup fails its integrity check; it was not kept and nothing was changed</source>
        <translation>el archivo del libro está dañado ({problems}), así que su respaldo no pasa la revisión de integridad; no se conservó y no se cambió nada</translation>
    </message>
    <message>
        <source>Backing up</source>
        <translation>Respaldando</translation>
    </message>
    <message>
        <source>the manifest does not say the backup was verified</source>
        <translation>el manifiesto no dice que el respaldo se haya verificado</translation>
    </message>
    <message>
        <source>the file&apos;s size differs from its manifest</source>
        <translation>el tamaño del archivo no coincide con su manifiesto</translation>
    </message>
    <message>
        <source>the file is missing</source>
        <translation>falta el archivo</translation>
    </message>
    <message>
        <source>it has no manifest beside it</source>
        <translation>no tiene su manifiesto al lado</translation>
    </message>
    <message>
        <source>the backup {path} does not exist</source>
        <translation>el respaldo {path} no existe</translation>
    </message>
    <message>
        <source>the backup {path} cannot be trusted: {problem}</source>
        <translation>no se puede confiar en el respaldo {path}: {problem}</translation>
    </message>
    <message>
        <source>Checking the backup</source>
        <translation>Comprobando el respaldo</translation>
    </message>
    <message>
        <source>the backup {path} is damaged: its checksum differs from its manifest</source>
        <translation>el respaldo {path} está dañado: su suma de verificación no coincide con su manifiesto</translation>
    </message>
    <message>
        <source>the backup {path} is damaged: {problems}</source>
        <translation>el respaldo {path} está dañado: {problems}</translation>
    </message>
    <message>
        <source>the backup {path} is damaged: {exc}</source>
        <translation>el respaldo {path} está dañado: {exc}</translation>
    </message>
    <message>
        <source>the backup {path} does not hold the totals its manifest records: {differences}</source>
        <translation>el respaldo {path} no tiene los totales que registra su manifiesto: {differences}</translation>
    </message>
    <message>
        <source>restore a backup</source>
        <extracomment>The backup of the book as it was just before (None when it could not be read). Files of a damaged book moved aside as they were (never deleted).</extracomment>
        <translation>restaurar un respaldo</translation>
    </message>
    <message>
        <source>Restored {file} ({reason}, {when}).</source>
        <translation>Se restauró {file} ({reason}, {when}).</translation>
    </message>
    <message>
        <source>The book as it was is kept in the backup {path}.</source>
        <translation>El libro como estaba se conserva en el respaldo {path}.</translation>
    </message>
    <message>
        <source>The book could not be read, so it was not backed up: its files are kept as they were at {paths}.</source>
        <translation>El libro no se pudo leer, así que no se respaldó: sus archivos se conservan como estaban en {paths}.</translation>
    </message>
    <message>
        <source>The restored book is at revision {revision}; upgrade it to use it with this Cuentas.</source>
        <translation>El libro restaurado está en la revisión {revision}; actualícelo para usarlo con esta versión de Cuentas.</translation>
    </message>
    <message>
        <source>the folder {parent} does not exist</source>
        <translation>la carpeta {parent} no existe</translation>
    </message>
    <message>
        <source>the restored book</source>
        <translation>el libro restaurado</translation>
    </message>
    <message>
        <source>Restoring</source>
        <translation>Restaurando</translation>
    </message>
    <message>
        <source>the backup {path} changed while it was being copied</source>
        <translation>el respaldo {path} cambió mientras se copiaba</translation>
    </message>
    <message>
        <source>the restored book fails its integrity check: {problems}</source>
        <translation>el libro restaurado no pasa su revisión de integridad: {problems}</translation>
    </message>
    <message>
        <source>the restored book does not hold the backup&apos;s totals: {differences}</source>
        <translation>el libro restaurado no tiene los totales del respaldo: {differences}</translation>
    </message>
    <message>
        <source>A restore of {file} had been interrupted; it is now complete and the book matches the backup.</source>
        <translation>Se había interrumpido una restauración de {file}; ya está completa y el libro coincide con el respaldo.</translation>
    </message>
    <message>
        <source>the book is at revision {revision}, unknown to this Cuentas; it cannot be copied into a snapshot</source>
        <extracomment>progress(step, detail, done, total)</extracomment>
        <translation>el libro está en la revisión {revision}, que esta versión de Cuentas no conoce; no se puede copiar a una instantánea</translation>
    </message>
    <message>
        <source>the backup is at revision {revision}, unknown to this Cuentas</source>
        <translation>el respaldo está en la revisión {revision}, que esta versión de Cuentas no conoce</translation>
    </message>
    <message>
        <source>the restored rows do not add up to the backup&apos;s totals: {differences}</source>
        <translation>las filas restauradas no suman los totales del respaldo: {differences}</translation>
    </message>
    <message>
        <source>create a new book</source>
        <translation>crear un libro nuevo</translation>
    </message>
    <message>
        <source>ISO code: MXN, EUR, CLP, ...</source>
        <translation>código ISO: MXN, EUR, CLP, ...</translation>
    </message>
    <message>
        <source>number and date format, like es_MX or es_ES</source>
        <translation>formato de números y fechas, como es_MX o es_ES</translation>
    </message>
    <message>
        <source>the book&apos;s name (your business)</source>
        <translation>el nombre del libro (su negocio)</translation>
    </message>
    <message>
        <source>write a demo book (a small Mexican shop)</source>
        <translation>escribir un libro de demostración (una pequeña tienda mexicana)</translation>
    </message>
    <message>
        <source>write revision 0001 (single categories), as an older Cuentas did</source>
        <translation>escribir la revisión 0001 (una categoría por movimiento), como una versión anterior de Cuentas</translation>
    </message>
    <message>
        <source>revision, state and counts of the book</source>
        <translation>revisión, estado y conteos del libro</translation>
    </message>
    <message>
        <source>check the book&apos;s invariants (exit 1 when any fails)</source>
        <translation>comprobar las reglas del libro (sale con 1 si alguna falla)</translation>
    </message>
    <message>
        <source>full integrity_check (slower)</source>
        <translation>integrity_check completo (más lento)</translation>
    </message>
    <message>
        <source>Created a new {currency} book at {book}</source>
        <translation>Se creó un libro nuevo en {currency} en {book}</translation>
    </message>
    <message>
        <source>must be between 0 and 20,000,000</source>
        <translation>debe estar entre 0 y 20,000,000</translation>
    </message>
    <message>
        <source>legacy demo books are SQLite files only</source>
        <translation>los libros de demostración antiguos solo pueden ser archivos SQLite</translation>
    </message>
    <message>
        <source>Wrote a legacy (revision 0001) demo book with {n} transactions at {book}</source>
        <translation>Se escribió un libro de demostración antiguo (revisión 0001) con {n} movimientos en {book}</translation>
    </message>
    <message>
        <source>Wrote a demo book with {n} transactions at {book}</source>
        <translation>Se escribió un libro de demostración con {n} movimientos en {book}</translation>
    </message>
    <message>
        <source>Book:</source>
        <translation>Libro:</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>Estado:</translation>
    </message>
    <message>
        <source>read-only here: the book&apos;s file or its folder cannot be written by this user (it can be read, not changed)</source>
        <translation>de solo lectura aquí: este usuario no puede escribir en el archivo del libro o en su carpeta (se puede leer, no cambiar)</translation>
    </message>
    <message>
        <source>Revision:</source>
        <translation>Revisión:</translation>
    </message>
    <message>
        <source>{revision} (this Cuentas: {head})</source>
        <translation>{revision} (esta versión de Cuentas: {head})</translation>
    </message>
    <message>
        <source>Transactions:</source>
        <translation>Movimientos:</translation>
    </message>
    <message>
        <source>Lines:</source>
        <translation>Líneas:</translation>
    </message>
    <message>
        <source>Accounts:</source>
        <translation>Cuentas:</translation>
    </message>
    <message>
        <source>Categories:</source>
        <translation>Categorías:</translation>
    </message>
    <message>
        <source>book state</source>
        <translation>estado del libro</translation>
    </message>
    <message>
        <source>check</source>
        <translation>comprobación</translation>
    </message>
    <message>
        <source>result</source>
        <translation>resultado</translation>
    </message>
    <message>
        <source>detail</source>
        <translation>detalle</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>FALLÓ</translation>
    </message>
    <message>
        <source>All checks passed.</source>
        <translation>Todas las comprobaciones pasaron.</translation>
    </message>
    <message>
        <source>Some checks FAILED.</source>
        <translation>Algunas comprobaciones FALLARON.</translation>
    </message>
    <message>
        <source>is a folder, not a book file (give the book&apos;s file, like shop.cuentas)</source>
        <translation>es una carpeta, no el archivo de un libro (indique el archivo del libro, como tienda.cuentas)</translation>
    </message>
    <message>
        <source>error: {message}</source>
        <translation>error: {message}</translation>
    </message>
    <message>
        <source>not allowed: {message}</source>
        <translation>no permitido: {message}</translation>
    </message>
    <message>
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <source>the help guides as PDF handouts and a training booklet</source>
        <extracomment>The demo book of the screenshots ends on a fixed day, so images change only when the program does.</extracomment>
        <translation>las guías de ayuda como folletos PDF y un manual de capacitación</translation>
    </message>
    <message>
        <source>folder for the PDFs</source>
        <translation>carpeta para los PDF</translation>
    </message>
    <message>
        <source>only this guide (default: every guide and the training booklet)</source>
        <translation>solo esta guía (si no: todas las guías y el manual de capacitación)</translation>
    </message>
    <message>
        <source>the language of the guides (default: the interface&apos;s)</source>
        <translation>el idioma de las guías (si no: el de la interfaz)</translation>
    </message>
    <message>
        <source>replace PDFs that are already in DIR</source>
        <translation>reemplazar los PDF que ya estén en DIR</translation>
    </message>
    <message>
        <source>the help guides: screenshots and checks</source>
        <translation>las guías de ayuda: capturas de pantalla y revisiones</translation>
    </message>
    <message>
        <source>render every image the guides use, offscreen, on a fresh demo book</source>
        <translation>dibujar cada imagen que usan las guías, sin pantalla, en un libro de demostración nuevo</translation>
    </message>
    <message>
        <source>default: help/images (English) or help/es/images (Spanish) of this installation</source>
        <translation>si no: help/images (inglés) o help/es/images (español) de esta instalación</translation>
    </message>
    <message>
        <source>the language of the interface in the pictures (default: the interface&apos;s)</source>
        <translation>el idioma de la interfaz en las imágenes (si no: el de la interfaz)</translation>
    </message>
    <message>
        <source>replace images that are already in DIR</source>
        <translation>reemplazar las imágenes que ya estén en DIR</translation>
    </message>
    <message>
        <source>list images, guides and sections the guides refer to that do not exist</source>
        <translation>listar las imágenes, guías y secciones que mencionan las guías y que no existen</translation>
    </message>
    <message>
        <source>cannot be created ({strerror})</source>
        <translation>no se puede crear ({strerror})</translation>
    </message>
    <message>
        <source>is not a folder this user can write</source>
        <translation>no es una carpeta en la que este usuario pueda escribir</translation>
    </message>
    <message>
        <source>is not a guide; one of: {ids}</source>
        <translation>no es una guía; una de estas: {ids}</translation>
    </message>
    <message>
        <source>Wrote 1 PDF to {folder}</source>
        <translation>Se escribió 1 PDF en {folder}</translation>
    </message>
    <message>
        <source>Wrote {n} PDFs to {folder}</source>
        <translation>Se escribieron {n} PDF en {folder}</translation>
    </message>
    <message>
        <source>error: --out: a folder is needed (the guides are inside a package archive here)</source>
        <translation>error: --out: se necesita una carpeta (aquí las guías están dentro de un paquete)</translation>
    </message>
    <message>
        <source>screenshots need the desktop app: run `cuentas docs screenshots` (not `python -m app.cli`)</source>
        <translation>las capturas de pantalla necesitan la aplicación de escritorio: ejecute `cuentas docs screenshots` (no `python -m app.cli`)</translation>
    </message>
    <message>
        <source>Not used by any guide, so not copied: {names}</source>
        <translation>Ninguna guía las usa, así que no se copiaron: {names}</translation>
    </message>
    <message>
        <source>Wrote {n} images into {folder}</source>
        <translation>Se escribieron {n} imágenes en {folder}</translation>
    </message>
    <message>
        <source>note: images no guide uses (they need not ship): {names}</source>
        <translation>nota: imágenes que ninguna guía usa (no hace falta distribuirlas): {names}</translation>
    </message>
    <message>
        <source>All {n} guides are fine, in {languages} languages.</source>
        <translation>Las {n} guías están bien, en {languages} idiomas.</translation>
    </message>
    <message>
        <source>problem: {problem}</source>
        <translation>problema: {problem}</translation>
    </message>
    <message>
        <source>add or list accounts</source>
        <translation>agregar o listar cuentas</translation>
    </message>
    <message>
        <source>add an account</source>
        <translation>agregar una cuenta</translation>
    </message>
    <message>
        <source>opening balance</source>
        <translation>saldo inicial</translation>
    </message>
    <message>
        <source>accounts with balances</source>
        <translation>las cuentas con sus saldos</translation>
    </message>
    <message>
        <source>include archived accounts</source>
        <translation>incluir las cuentas archivadas</translation>
    </message>
    <message>
        <source>add or list categories</source>
        <translation>agregar o listar categorías</translation>
    </message>
    <message>
        <source>add a category (missing parents get the same kind)</source>
        <translation>agregar una categoría (las categorías superiores que falten se crean del mismo tipo)</translation>
    </message>
    <message>
        <source>tax role (iva_output, iva_input, ...)</source>
        <translation>rol fiscal (iva_output, iva_input, ...)</translation>
    </message>
    <message>
        <source>the category tree</source>
        <translation>el árbol de categorías</translation>
    </message>
    <message>
        <source>enter a transaction (one category or several lines)</source>
        <translation>capturar un movimiento (una categoría o varias líneas)</translation>
    </message>
    <message>
        <source>signed: -1160.00 is money out</source>
        <translation>con signo: -1160.00 es dinero que sale</translation>
    </message>
    <message>
        <source>the one category (or [Account] for a transfer)</source>
        <translation>la única categoría (o [Cuenta] para una transferencia)</translation>
    </message>
    <message>
        <source>a line: category, [Account] or nothing; repeat for each line</source>
        <translation>una línea: categoría, [Cuenta] o nada; repítalo para cada línea</translation>
    </message>
    <message>
        <source>list transactions with their lines</source>
        <translation>listar los movimientos con sus líneas</translation>
    </message>
    <message>
        <source>in payee, memo and line memos</source>
        <translation>en beneficiario, concepto y conceptos de las líneas</translation>
    </message>
    <message>
        <source>only transactions with lines in this category (or below it); csv lists the matching lines, totals add up only those</source>
        <translation>solo los movimientos con líneas en esta categoría (o sus subcategorías); csv lista las líneas que coinciden y los totales suman solo esas</translation>
    </message>
    <message>
        <source>at least this amount (of the matching lines with --category)</source>
        <translation>al menos este importe (de las líneas que coinciden, con --category)</translation>
    </message>
    <message>
        <source>at most this amount (of the matching lines with --category)</source>
        <translation>a lo más este importe (de las líneas que coinciden, con --category)</translation>
    </message>
    <message>
        <source>only transactions with several lines</source>
        <translation>solo los movimientos con varias líneas</translation>
    </message>
    <message>
        <source>only transactions with one line</source>
        <translation>solo los movimientos con una línea</translation>
    </message>
    <message>
        <source>at most this many (0: all)</source>
        <translation>a lo más esta cantidad (0: todos)</translation>
    </message>
    <message>
        <source>Added account {name} ({kind}), opening balance {amount}</source>
        <translation>Se agregó la cuenta {name} ({kind}), saldo inicial {amount}</translation>
    </message>
    <message>
        <source>account</source>
        <translation>cuenta</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>tipo</translation>
    </message>
    <message>
        <source>transactions</source>
        <translation>movimientos</translation>
    </message>
    <message>
        <source>balance</source>
        <translation>saldo</translation>
    </message>
    <message>
        <source>Category {name} ({kind}, role {role})</source>
        <translation>Categoría {name} ({kind}, rol {role})</translation>
    </message>
    <message>
        <source>category</source>
        <translation>categoría</translation>
    </message>
    <message>
        <source>lines</source>
        <translation>líneas</translation>
    </message>
    <message>
        <source>{category} (archived)</source>
        <translation>{category} (archivada)</translation>
    </message>
    <message>
        <source>is not TARGET=AMOUNT[:MEMO] (like Gastos:Renta=-1000.00)</source>
        <translation>no es DESTINO=IMPORTE[:CONCEPTO] (como Gastos:Renta=-1000.00)</translation>
    </message>
    <message>
        <source>in 1 line</source>
        <translation>en 1 línea</translation>
    </message>
    <message>
        <source>in {n} lines</source>
        <translation>en {n} líneas</translation>
    </message>
    <message>
        <source>Added transaction {id}: {date} {payee} {amount} {lines}</source>
        <translation>Se agregó el movimiento {id}: {date} {payee} {amount} {lines}</translation>
    </message>
    <message>
        <source>must be 0 (all) or more</source>
        <translation>debe ser 0 (todos) o más</translation>
    </message>
    <message>
        <source>{n} lines</source>
        <translation>{n} líneas</translation>
    </message>
    <message>
        <source>Split ({n})</source>
        <translation>Dividido ({n})</translation>
    </message>
    <message>
        <source>date</source>
        <translation>fecha</translation>
    </message>
    <message>
        <source>payee</source>
        <translation>beneficiario</translation>
    </message>
    <message>
        <source>matching</source>
        <translation>coincide</translation>
    </message>
    <message>
        <source>in category</source>
        <translation>en la categoría</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>importe</translation>
    </message>
    <message>
        <source>{count} transactions; total of matching lines: {total}</source>
        <translation>{count} movimientos; total de las líneas que coinciden: {total}</translation>
    </message>
    <message>
        <source>{count} transactions; total of transactions: {total}</source>
        <translation>{count} movimientos; total de los movimientos: {total}</translation>
    </message>
    <message>
        <source>reports over split lines</source>
        <translation>informes sobre las líneas de los movimientos</translation>
    </message>
    <message>
        <source>periods of the iva and monthly reports (default: month)</source>
        <translation>periodos de los informes iva y monthly (si no: mes)</translation>
    </message>
    <message>
        <source>write to FILE instead of the screen (required for pdf); never a book or a folder</source>
        <translation>escribir en ARCHIVO en vez de la pantalla (obligatorio para pdf); nunca un libro ni una carpeta</translation>
    </message>
    <message>
        <source>replace FILE when it exists (never a book)</source>
        <translation>reemplazar ARCHIVO si ya existe (nunca un libro)</translation>
    </message>
    <message>
        <source>error: --out: is required with --format pdf (the PDF file to write)</source>
        <translation>error: --out: es obligatorio con --format pdf (el archivo PDF que se escribe)</translation>
    </message>
    <message>
        <source>Wrote {file}</source>
        <translation>Se escribió {file}</translation>
    </message>
    <message>
        <source>split templates: list them, or apply one</source>
        <translation>plantillas de división: listarlas o aplicar una</translation>
    </message>
    <message>
        <source>built-in and saved templates with their keys</source>
        <translation>las plantillas integradas y las guardadas, con sus claves</translation>
    </message>
    <message>
        <source>print the lines a template gives for an amount</source>
        <translation>mostrar las líneas que da una plantilla para un importe</translation>
    </message>
    <message>
        <source>the bank amount, signed (-1234.57)</source>
        <translation>el importe del banco, con signo (-1234.57)</translation>
    </message>
    <message>
        <source>a template key, like rate=16 or gross=116.00 (repeatable)</source>
        <translation>una clave de la plantilla, como rate=16 o gross=116.00 (se puede repetir)</translation>
    </message>
    <message>
        <source>keys</source>
        <translation>claves</translation>
    </message>
    <message>
        <source>description</source>
        <translation>descripción</translation>
    </message>
    <message>
        <source>is not KEY=VALUE (like rate=16)</source>
        <translation>no es CLAVE=VALOR (como rate=16)</translation>
    </message>
    <message>
        <source>memo</source>
        <translation>concepto</translation>
    </message>
    <message>
        <source>upgrade the book to this Cuentas&apos; revision, safely (verified backup first, every total checked, rolled back on failure)</source>
        <translation>actualizar el libro a la revisión de esta versión de Cuentas, con seguridad (primero un respaldo verificado, cada total comprobado, se revierte si algo falla)</translation>
    </message>
    <message>
        <source>do not ask for confirmation</source>
        <translation>no pedir confirmación</translation>
    </message>
    <message>
        <source>where the pre-upgrade backup goes (default: the backups folder)</source>
        <translation>dónde se guarda el respaldo previo a la actualización (si no: la carpeta de respaldos)</translation>
    </message>
    <message>
        <source>take a verified backup of the book now</source>
        <translation>hacer ahora un respaldo verificado del libro</translation>
    </message>
    <message>
        <source>backup folder (default: the backups folder)</source>
        <translation>carpeta del respaldo (si no: la carpeta de respaldos)</translation>
    </message>
    <message>
        <source>list the book&apos;s backups</source>
        <translation>listar los respaldos del libro</translation>
    </message>
    <message>
        <source>replace the book with a backup (the current book is backed up first)</source>
        <translation>reemplazar el libro con un respaldo (primero se respalda el libro actual)</translation>
    </message>
    <message>
        <source>the backup file to restore</source>
        <translation>el archivo de respaldo que se restaura</translation>
    </message>
    <message>
        <source>the newest verified backup</source>
        <translation>el respaldo verificado más reciente</translation>
    </message>
    <message>
        <source>with --latest: the newest of this reason (pre-upgrade, pre-restore, manual, scheduled, on-close)</source>
        <translation>con --latest: el más reciente de este motivo (pre-upgrade, pre-restore, manual, scheduled, on-close)</translation>
    </message>
    <message>
        <source>where to look for --latest (default: the backups folder)</source>
        <translation>dónde buscar con --latest (si no: la carpeta de respaldos)</translation>
    </message>
    <message>
        <source>error: --yes: missing; the input is not a terminal, so Cuentas cannot ask for confirmation (nothing was changed)</source>
        <translation>error: --yes: falta; la entrada no es una terminal, así que Cuentas no puede pedir confirmación (no se cambió nada)</translation>
    </message>
    <message>
        <source>[y/N]</source>
        <translation>[s/N]</translation>
    </message>
    <message>
        <source>cancelled; nothing was changed</source>
        <translation>cancelado; no se cambió nada</translation>
    </message>
    <message>
        <source>({n} rows)</source>
        <translation>({n} filas)</translation>
    </message>
    <message>
        <source>Upgrading: revision {revision} applied</source>
        <translation>Actualizando: revisión {revision} aplicada</translation>
    </message>
    <message>
        <source>Contents:</source>
        <translation>Contenido:</translation>
    </message>
    <message>
        <source>Upgrade it from revision {old} to {new}? A verified backup is made first.</source>
        <translation>¿Actualizarlo de la revisión {old} a la {new}? Primero se hace un respaldo verificado.</translation>
    </message>
    <message>
        <source>Upgrading:</source>
        <translation>Actualizando:</translation>
    </message>
    <message>
        <source>Account {name}</source>
        <translation>Cuenta {name}</translation>
    </message>
    <message>
        <source>Category {name}</source>
        <translation>Categoría {name}</translation>
    </message>
    <message>
        <source>same</source>
        <translation>igual</translation>
    </message>
    <message>
        <source>DIFFERENT</source>
        <translation>DIFERENTE</translation>
    </message>
    <message>
        <source>Before and after ({currency}):</source>
        <translation>Antes y después ({currency}):</translation>
    </message>
    <message>
        <source>before</source>
        <translation>antes</translation>
    </message>
    <message>
        <source>after</source>
        <translation>después</translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation>Nota: {note}</translation>
    </message>
    <message>
        <source>Backup (verified): {path}</source>
        <translation>Respaldo (verificado): {path}</translation>
    </message>
    <message>
        <source>Backed up to {path}</source>
        <translation>Respaldado en {path}</translation>
    </message>
    <message>
        <source>{revision} (unversioned)</source>
        <translation>{revision} (sin versión registrada)</translation>
    </message>
    <message>
        <source>{size}, revision {revision}, verified: checksum, integrity, totals</source>
        <translation>{size}, revisión {revision}, verificado: suma de verificación, integridad, totales</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>is not a folder</source>
        <translation>no es una carpeta</translation>
    </message>
    <message>
        <source>No backups in {folder}</source>
        <translation>No hay respaldos en {folder}</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>motivo</translation>
    </message>
    <message>
        <source>revision</source>
        <translation>revisión</translation>
    </message>
    <message>
        <source>size</source>
        <translation>tamaño</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>verificado</translation>
    </message>
    <message>
        <source>file</source>
        <translation>archivo</translation>
    </message>
    <message>
        <source>error: restore: give either FILE or --latest</source>
        <translation>error: restore: indique ARCHIVO o --latest</translation>
    </message>
    <message>
        <source>only goes with --latest</source>
        <translation>solo va con --latest</translation>
    </message>
    <message>
        <source>no verified backup of this book with reason {reason} was found (cuentas backups lists them); nothing was changed</source>
        <translation>no se encontró ningún respaldo verificado de este libro con el motivo {reason} (cuentas backups los lista); no se cambió nada</translation>
    </message>
    <message>
        <source>no verified backup of this book was found (cuentas backups lists them); nothing was changed</source>
        <translation>no se encontró ningún respaldo verificado de este libro (cuentas backups los lista); no se cambió nada</translation>
    </message>
    <message>
        <source>is not a backup file</source>
        <translation>no es un archivo de respaldo</translation>
    </message>
    <message>
        <source>Backup:</source>
        <translation>Respaldo:</translation>
    </message>
    <message>
        <source>{reason}, {when}, revision {revision}, {size}</source>
        <translation>{reason}, {when}, revisión {revision}, {size}</translation>
    </message>
    <message>
        <source>Replace the book with this backup? The current book is backed up first.</source>
        <translation>¿Reemplazar el libro con este respaldo? Primero se respalda el libro actual.</translation>
    </message>
    <message>
        <source>is empty; an account needs a name</source>
        <translation>está vacío; una cuenta necesita un nombre</translation>
    </message>
    <message>
        <source>may not contain [ or ] (they mark transfers)</source>
        <translation>no puede contener [ ni ] (marcan transferencias)</translation>
    </message>
    <message>
        <source>differs from the book&apos;s {currency} (multi-currency books are not supported yet)</source>
        <translation>es distinta de la del libro, {currency} (todavía no hay libros con varias monedas)</translation>
    </message>
    <message>
        <source>add accounts</source>
        <translation>agregar cuentas</translation>
    </message>
    <message>
        <source>is already the name of an account</source>
        <translation>ya es el nombre de una cuenta</translation>
    </message>
    <message>
        <source>rename accounts</source>
        <translation>cambiar el nombre de cuentas</translation>
    </message>
    <message>
        <source>archive accounts</source>
        <translation>archivar cuentas</translation>
    </message>
    <message>
        <source>change opening balances</source>
        <translation>cambiar saldos iniciales</translation>
    </message>
    <message>
        <source>does not exist</source>
        <translation>no existe</translation>
    </message>
    <message>
        <source>is not an account of this book</source>
        <translation>no es una cuenta de este libro</translation>
    </message>
    <message>
        <source>is not a category name like Parent:Child</source>
        <translation>no es un nombre de categoría como Superior:Subcategoría</translation>
    </message>
    <message>
        <source>has a part longer than 200 characters</source>
        <translation>tiene una parte de más de 200 caracteres</translation>
    </message>
    <message>
        <source>looks like a transfer ([Account]), not a category</source>
        <translation>parece una transferencia ([Cuenta]), no una categoría</translation>
    </message>
    <message>
        <source>add categories</source>
        <translation>agregar categorías</translation>
    </message>
    <message>
        <source>already exists as {kind}/{role}, not {new_kind}/{new_role}</source>
        <translation>ya existe como {kind}/{role}, no como {new_kind}/{new_role}</translation>
    </message>
    <message>
        <source>already exists</source>
        <translation>ya existe</translation>
    </message>
    <message>
        <source>may not contain &apos;:&apos; (use move to change the parent)</source>
        <translation>no puede contener &apos;:&apos; (use mover para cambiar la categoría superior)</translation>
    </message>
    <message>
        <source>rename categories</source>
        <translation>cambiar el nombre de categorías</translation>
    </message>
    <message>
        <source>move categories</source>
        <translation>mover categorías</translation>
    </message>
    <message>
        <source>is inside the category being moved</source>
        <translation>está dentro de la categoría que se mueve</translation>
    </message>
    <message>
        <source>change categories</source>
        <translation>cambiar categorías</translation>
    </message>
    <message>
        <source>archive categories</source>
        <translation>archivar categorías</translation>
    </message>
    <message>
        <source>is the category being merged</source>
        <translation>es la categoría que se fusiona</translation>
    </message>
    <message>
        <source>merge categories</source>
        <translation>fusionar categorías</translation>
    </message>
    <message>
        <source>is inside the category being merged</source>
        <translation>está dentro de la categoría que se fusiona</translation>
    </message>
    <message>
        <source>is not a category of this book</source>
        <translation>no es una categoría de este libro</translation>
    </message>
    <message>
        <source>is before --from {date}</source>
        <extracomment>A category filter takes the lines of its subcategories too. Filled in by `resolve`: the category and those below it.</extracomment>
        <translation>es anterior a --from {date}</translation>
    </message>
    <message>
        <source>is less than --min {amount_min}</source>
        <translation>es menor que --min {amount_min}</translation>
    </message>
    <message>
        <source>index text for search</source>
        <extracomment>progress(step, detail, done, total), as elsewhere in app/.</extracomment>
        <translation>indexar el texto para la búsqueda</translation>
    </message>
    <message>
        <source>is empty; a rate needs a start date</source>
        <translation>está vacío; una tasa necesita una fecha de inicio</translation>
    </message>
    <message>
        <source>is not between 0 and 100</source>
        <translation>no está entre 0 y 100</translation>
    </message>
    <message>
        <source>has more than two decimals</source>
        <translation>tiene más de dos decimales</translation>
    </message>
    <message>
        <source>is before the start date {start}</source>
        <translation>es anterior a la fecha de inicio {start}</translation>
    </message>
    <message>
        <source>overlaps the {name} period ({start} to {end}); end that one first</source>
        <translation>se empalma con el periodo de {name} ({start} a {end}); primero termine ese</translation>
    </message>
    <message>
        <source>open</source>
        <translation>abierto</translation>
    </message>
    <message>
        <source>is not a code like iva_general (lowercase, _)</source>
        <translation>no es un código como iva_general (minúsculas, _)</translation>
    </message>
    <message>
        <source>must be between 1 and 100 characters</source>
        <translation>debe tener entre 1 y 100 caracteres</translation>
    </message>
    <message>
        <source>change tax rates</source>
        <translation>cambiar las tasas de impuestos</translation>
    </message>
    <message>
        <source>is empty; a rate needs a name</source>
        <translation>está vacío; una tasa necesita un nombre</translation>
    </message>
    <message>
        <source>is not a percentage between 0 and 100</source>
        <translation>no es un porcentaje entre 0 y 100</translation>
    </message>
    <message>
        <source>is not a fraction like 2/3</source>
        <translation>no es una fracción como 2/3</translation>
    </message>
    <message>
        <source>is not between 0 and 1</source>
        <translation>no está entre 0 y 1</translation>
    </message>
    <message>
        <source>is not a deposit; a card deposit is money in (positive)</source>
        <translation>no es un depósito; un depósito de tarjeta es dinero que entra (positivo)</translation>
    </message>
    <message>
        <source>is less than the deposit</source>
        <translation>es menor que el depósito</translation>
    </message>
    <message>
        <source>is not what any gross sale leaves at {fee_rate} + {fixed_fee} and IVA {iva_rate}; give the processor&apos;s gross sale (gross=...)</source>
        <translation>no es lo que deja ninguna venta total con {fee_rate} + {fixed_fee} e IVA {iva_rate}; indique la venta total de la terminal (gross=...)</translation>
    </message>
    <message>
        <source>leave {net} after withholdings, not the amount {amount}</source>
        <translation>dejan {net} después de las retenciones, no el importe {amount}</translation>
    </message>
    <message>
        <source>is not what any fee leaves after these withholdings; give fees=...</source>
        <translation>no es lo que dejan ningunos honorarios después de estas retenciones; indique fees=...</translation>
    </message>
    <message>
        <source>is empty; give BASE@RATE;BASE@RATE;...</source>
        <translation>está vacío; indique BASE@TASA;BASE@TASA;...</translation>
    </message>
    <message>
        <source>names {categories} categories for {invoices} invoices</source>
        <translation>nombra {categories} categorías para {invoices} facturas</translation>
    </message>
    <message>
        <source>is not BASE@RATE (like 1234.56@16)</source>
        <translation>no es BASE@TASA (como 1234.56@16)</translation>
    </message>
    <message>
        <source>add up to {total} with their IVA, not to the amount {amount}</source>
        <translation>suman {total} con su IVA, no el importe {amount}</translation>
    </message>
    <message>
        <source>must not be zero</source>
        <translation>no debe ser cero</translation>
    </message>
    <message>
        <source>is more than the invoice total</source>
        <translation>es mayor que el total de la factura</translation>
    </message>
    <message>
        <source>is more than what is left of the invoice ({left})</source>
        <translation>es mayor que lo que queda de la factura ({left})</translation>
    </message>
    <message>
        <source>Purchase with IVA</source>
        <extracomment>Titles, descriptions and parameter labels are source text: `list_templates` gives them in the interface&apos;s language.</extracomment>
        <translation>Compra con IVA</translation>
    </message>
    <message>
        <source>Expense and IVA paid (acreditable) from a tax-inclusive total.</source>
        <translation>Gasto e IVA pagado (acreditable) a partir de un total con IVA.</translation>
    </message>
    <message>
        <source>IVA rate (%)</source>
        <translation>Tasa de IVA (%)</translation>
    </message>
    <message>
        <source>Expense category</source>
        <translation>Categoría del gasto</translation>
    </message>
    <message>
        <source>Sale with IVA</source>
        <translation>Venta con IVA</translation>
    </message>
    <message>
        <source>Income and IVA charged (trasladado) from a tax-inclusive total.</source>
        <translation>Ingreso e IVA cobrado (trasladado) a partir de un total con IVA.</translation>
    </message>
    <message>
        <source>Income category</source>
        <translation>Categoría del ingreso</translation>
    </message>
    <message>
        <source>Card/processor deposit</source>
        <translation>Depósito de tarjeta o terminal</translation>
    </message>
    <message>
        <source>Gross sale and its IVA, minus the processor&apos;s fee and the IVA on the fee, solved from the deposit (or from the gross on the statement).</source>
        <translation>La venta total y su IVA, menos la comisión de la terminal y el IVA de la comisión, calculados a partir del depósito (o de la venta total del estado de cuenta).</translation>
    </message>
    <message>
        <source>Fee rate (%)</source>
        <translation>Tasa de comisión (%)</translation>
    </message>
    <message>
        <source>Fixed fee</source>
        <translation>Comisión fija</translation>
    </message>
    <message>
        <source>Gross sale (optional)</source>
        <translation>Venta total (opcional)</translation>
    </message>
    <message>
        <source>Sales category</source>
        <translation>Categoría de las ventas</translation>
    </message>
    <message>
        <source>Fee category</source>
        <translation>Categoría de la comisión</translation>
    </message>
    <message>
        <source>Fee invoice with withholdings</source>
        <translation>Factura de honorarios con retenciones</translation>
    </message>
    <message>
        <source>Professional fees with IVA, ISR withheld and part of the IVA withheld (positive: a client paid you; negative: you paid a professional).</source>
        <translation>Honorarios con IVA, ISR retenido y parte del IVA retenido (positivo: un cliente le pagó; negativo: usted le pagó a un profesional).</translation>
    </message>
    <message>
        <source>ISR withheld (%)</source>
        <translation>ISR retenido (%)</translation>
    </message>
    <message>
        <source>Share of IVA withheld</source>
        <translation>Parte del IVA retenida</translation>
    </message>
    <message>
        <source>Fees before taxes (optional)</source>
        <translation>Honorarios antes de impuestos (opcional)</translation>
    </message>
    <message>
        <source>Fees category</source>
        <translation>Categoría de los honorarios</translation>
    </message>
    <message>
        <source>Combined payment</source>
        <translation>Pago de varias facturas</translation>
    </message>
    <message>
        <source>One movement paying several invoices, each base plus IVA at its rate, rounded per invoice (never IVA on the combined total).</source>
        <translation>Un movimiento que paga varias facturas, cada una base más IVA a su tasa, redondeado por factura (nunca el IVA sobre el total combinado).</translation>
    </message>
    <message>
        <source>Invoices (BASE@RATE;...)</source>
        <translation>Facturas (BASE@TASA;...)</translation>
    </message>
    <message>
        <source>Categories (C1|C2|...)</source>
        <translation>Categorías (C1|C2|...)</translation>
    </message>
    <message>
        <source>Partial payment</source>
        <translation>Pago parcial</translation>
    </message>
    <message>
        <source>A payment of part of an invoice with its proportional IVA; the payments&apos; IVA always adds up to the invoice&apos;s.</source>
        <translation>El pago de una parte de una factura con su IVA proporcional; el IVA de los pagos siempre suma el de la factura.</translation>
    </message>
    <message>
        <source>Invoice total</source>
        <translation>Total de la factura</translation>
    </message>
    <message>
        <source>IVA of the invoice</source>
        <translation>IVA de la factura</translation>
    </message>
    <message>
        <source>Paid before</source>
        <translation>Pagado antes</translation>
    </message>
    <message>
        <source>Category</source>
        <extracomment>CSV key -&gt; heading for people (source text, shown through `tr()`).</extracomment>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>está vacío</translation>
    </message>
    <message>
        <source>is the name of a built-in template</source>
        <translation>es el nombre de una plantilla integrada</translation>
    </message>
    <message>
        <source>a template needs at least one line</source>
        <translation>una plantilla necesita al menos una línea</translation>
    </message>
    <message>
        <source>is not fixed, percent or remainder</source>
        <translation>no es fijo, porcentaje ni restante</translation>
    </message>
    <message>
        <source>need exactly one remainder line</source>
        <translation>necesitan exactamente una línea de restante</translation>
    </message>
    <message>
        <source>is not a category</source>
        <translation>no es una categoría</translation>
    </message>
    <message>
        <source>save templates</source>
        <translation>guardar plantillas</translation>
    </message>
    <message>
        <source>is not a key of {name} (keys: {items})</source>
        <translation>no es una clave de {name} (claves: {items})</translation>
    </message>
    <message>
        <source>is not a template (see `cuentas templates list`)</source>
        <translation>no es una plantilla (vea `cuentas templates list`)</translation>
    </message>
    <message>
        <source>{name} takes no keys</source>
        <translation>{name} no recibe claves</translation>
    </message>
    <message>
        <source>is not a valid calendar date</source>
        <translation>no es una fecha válida del calendario</translation>
    </message>
    <message>
        <source>is not a whole number of minor units</source>
        <translation>no es un número entero de centavos</translation>
    </message>
    <message>
        <source>is out of range (at most 10^13 minor units)</source>
        <translation>está fuera de rango (a lo más 10^13 centavos)</translation>
    </message>
    <message>
        <source>is not text</source>
        <translation>no es texto</translation>
    </message>
    <message>
        <source>is longer than {MAX_TEXT} characters</source>
        <translation>tiene más de {MAX_TEXT} caracteres</translation>
    </message>
    <message>
        <source>contains a NUL character</source>
        <translation>contiene un carácter NUL</translation>
    </message>
    <message>
        <source>goes to a category and to an account; choose one</source>
        <translation>va a una categoría y a una cuenta; elija una</translation>
    </message>
    <message>
        <source>add up to {total}, not to the amount {amount}: {gap} unassigned</source>
        <translation>suman {total}, no el importe del movimiento, {amount}: {gap} sin asignar</translation>
    </message>
    <message>
        <source>add up to {total}, not to the amount {amount}: {gap} over</source>
        <translation>suman {total}, no el importe del movimiento, {amount}: {gap} de más</translation>
    </message>
    <message>
        <source>is not a line of this transaction</source>
        <translation>no es una línea de este movimiento</translation>
    </message>
    <message>
        <source>is archived</source>
        <translation>está archivada</translation>
    </message>
    <message>
        <source>is the transaction&apos;s own account; a transfer needs another</source>
        <translation>es la misma cuenta del movimiento; una transferencia necesita otra</translation>
    </message>
    <message>
        <source>enter transactions</source>
        <translation>capturar movimientos</translation>
    </message>
    <message>
        <source>delete transactions</source>
        <translation>eliminar movimientos</translation>
    </message>
    <message>
        <source>mark transactions cleared</source>
        <translation>marcar movimientos como conciliados</translation>
    </message>
    <message>
        <source>is already split</source>
        <translation>ya está dividido</translation>
    </message>
    <message>
        <source>carry amounts; remove lines until one is left to go back to a single category</source>
        <translation>tienen importes; quite líneas hasta que quede una para volver a una sola categoría</translation>
    </message>
    <message>
        <source>is not an amount (use digits and &apos;.&apos;, like -1160.00)</source>
        <translation>no es un importe (use dígitos y &apos;.&apos;, como -1160.00)</translation>
    </message>
    <message>
        <source>has decimals, but this currency has none</source>
        <translation>tiene decimales, pero esta moneda no tiene</translation>
    </message>
    <message>
        <source>has more than {exp} decimals</source>
        <translation>tiene más de {exp} decimales</translation>
    </message>
    <message>
        <source>is not an amount</source>
        <translation>no es un importe</translation>
    </message>
    <message>
        <source>divides by zero</source>
        <translation>divide entre cero</translation>
    </message>
    <message>
        <source>is not a percentage</source>
        <translation>no es un porcentaje</translation>
    </message>
    <message>
        <source>is empty: name the file to write</source>
        <extracomment>Files beside a book that belong to it: never a target.</extracomment>
        <translation>está vacío: indique el archivo que se escribe</translation>
    </message>
    <message>
        <source>cannot be checked ({plain})</source>
        <translation>no se puede revisar ({plain})</translation>
    </message>
    <message>
        <source>belongs to the open book (its journal or lock); choose another file name</source>
        <translation>pertenece al libro abierto (su bitácora o su bloqueo); elija otro nombre de archivo</translation>
    </message>
    <message>
        <source>is in a folder that does not exist</source>
        <translation>está en una carpeta que no existe</translation>
    </message>
    <message>
        <source>is a folder; name a file to write</source>
        <translation>es una carpeta; indique un archivo para escribir</translation>
    </message>
    <message>
        <source>is not a regular file (a device, a pipe or a socket); name a file to write</source>
        <translation>no es un archivo normal (un dispositivo, una tubería o un socket); indique un archivo para escribir</translation>
    </message>
    <message>
        <source>is the open book (or one of its files); Cuentas never writes a report over a book</source>
        <translation>es el libro abierto (o uno de sus archivos); Cuentas nunca escribe un informe sobre un libro</translation>
    </message>
    <message>
        <source>cannot be read to check that it is not a book ({why})</source>
        <translation>no se puede leer para comprobar que no sea un libro ({why})</translation>
    </message>
    <message>
        <source>is a book (an SQLite file); Cuentas never writes over a book: choose another file name</source>
        <translation>es un libro (un archivo SQLite); Cuentas nunca escribe sobre un libro: elija otro nombre de archivo</translation>
    </message>
    <message>
        <source>belongs to the book {name} (its journal or lock); choose another file name</source>
        <translation>pertenece al libro {name} (su bitácora o su bloqueo); elija otro nombre de archivo</translation>
    </message>
    <message>
        <source>already exists; add --force to replace it</source>
        <translation>ya existe; agregue --force para reemplazarlo</translation>
    </message>
    <message>
        <source>cannot be written ({plain})</source>
        <translation>no se puede escribir ({plain})</translation>
    </message>
    <message>
        <source>could not be written ({why}); it was left as it was</source>
        <translation>no se pudo escribir ({why}); se dejó como estaba</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <extracomment>step(name, detail, done, total): how the checks report themselves.</extracomment>
        <translation>el disco está lleno</translation>
    </message>
    <message>
        <source>the disk quota is used up</source>
        <translation>se acabó la cuota del disco</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>permiso denegado</translation>
    </message>
    <message>
        <source>the disk is read-only</source>
        <translation>el disco es de solo lectura</translation>
    </message>
    <message>
        <source>Mexico (IVA 16 %, 8 % border region, 0 %)</source>
        <extracomment>Source text: show it through `app.i18n.tr`. The category a template uses for a purpose (purchase, sale, fees) by default. A sensible locale for a book&apos;s currency; the owner can change it in the settings. (Revision 0003 keeps its own frozen copy for upgraded books.) The tax preset that fits a book&apos;s currency, offered to books that have none (books upgraded from the single-category Cuentas have no tax categories).</extracomment>
        <translation>México (IVA 16 %, 8 % región fronteriza, 0 %)</translation>
    </message>
    <message>
        <source>Spain (IVA 21 %, 10 %, 4 %)</source>
        <translation>España (IVA 21 %, 10 %, 4 %)</translation>
    </message>
    <message>
        <source>Argentina (IVA 21 %, 10.5 %, 27 %)</source>
        <translation>Argentina (IVA 21 %, 10.5 %, 27 %)</translation>
    </message>
    <message>
        <source>Chile (IVA 19 %)</source>
        <translation>Chile (IVA 19 %)</translation>
    </message>
    <message>
        <source>Colombia (IVA 19 %, 5 %)</source>
        <translation>Colombia (IVA 19 %, 5 %)</translation>
    </message>
    <message>
        <source>Italy (IVA 22 %, 10 %, 5 %, 4 %)</source>
        <translation>Italia (IVA 22 %, 10 %, 5 %, 4 %)</translation>
    </message>
    <message>
        <source>Portugal (IVA 23 %, 13 %, 6 %)</source>
        <translation>Portugal (IVA 23 %, 13 %, 6 %)</translation>
    </message>
    <message>
        <source>No tax preset</source>
        <translation>Sin impuestos predefinidos</translation>
    </message>
    <message>
        <source>Income</source>
        <extracomment>Section order in the report: kind -&gt; title (source text: shown through `tr()`).</extracomment>
        <translation>Ingresos</translation>
    </message>
    <message>
        <source>Expenses</source>
        <translation>Gastos</translation>
    </message>
    <message>
        <source>Taxes</source>
        <translation>Impuestos</translation>
    </message>
    <message>
        <source>has no CSV form</source>
        <translation>no tiene forma CSV</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>Output IVA</source>
        <translation>IVA trasladado</translation>
    </message>
    <message>
        <source>Input IVA</source>
        <translation>IVA acreditable</translation>
    </message>
    <message>
        <source>IVA withheld (credit)</source>
        <translation>IVA retenido a favor</translation>
    </message>
    <message>
        <source>Net IVA</source>
        <translation>IVA por pagar</translation>
    </message>
    <message>
        <source>IVA withheld (payable)</source>
        <translation>IVA retenido por pagar</translation>
    </message>
    <message>
        <source>Income tax withheld (credit)</source>
        <translation>ISR retenido a favor</translation>
    </message>
    <message>
        <source>Income tax withheld (payable)</source>
        <translation>ISR retenido por pagar</translation>
    </message>
    <message>
        <source>Payee</source>
        <translation>Beneficiario</translation>
    </message>
    <message>
        <source>Transactions</source>
        <translation>Movimientos</translation>
    </message>
    <message>
        <source>Gross collected</source>
        <translation>Venta total</translation>
    </message>
    <message>
        <source>Commission</source>
        <translation>Comisión</translation>
    </message>
    <message>
        <source>IVA on commission</source>
        <translation>IVA de la comisión</translation>
    </message>
    <message>
        <source>Effective rate (%)</source>
        <translation>Tasa efectiva (%)</translation>
    </message>
    <message>
        <source>Uncategorized</source>
        <translation>Sin categoría</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Neto</translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation>Movimiento</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Memo</source>
        <translation>Concepto</translation>
    </message>
    <message>
        <source>Transaction amount</source>
        <translation>Importe del movimiento</translation>
    </message>
    <message>
        <source>Deposited</source>
        <extracomment>Headings that read differently in one report (a commission&apos;s `net` is the deposit).</extracomment>
        <translation>Depositado</translation>
    </message>
    <message>
        <source>Expense</source>
        <translation>Gasto</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>Impuesto</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Periodo:</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>Cuenta:</translation>
    </message>
    <message>
        <source>all</source>
        <translation>todas</translation>
    </message>
    <message>
        <source>by month</source>
        <translation>por mes</translation>
    </message>
    <message>
        <source>by quarter</source>
        <translation>por trimestre</translation>
    </message>
    <message>
        <source>by year</source>
        <translation>por año</translation>
    </message>
    <message>
        <source>Periods:</source>
        <translation>Periodos:</translation>
    </message>
    <message>
        <source>{book} · {report} · made on {date}</source>
        <translation>{book} · {report} · hecho el {date}</translation>
    </message>
    <message>
        <source>Income and expenses by category</source>
        <extracomment>report key -&gt; title (source text: show it with `report_title`), in the order the window lists them.</extracomment>
        <translation>Ingresos y gastos por categoría</translation>
    </message>
    <message>
        <source>IVA summary</source>
        <translation>Resumen de IVA</translation>
    </message>
    <message>
        <source>Commissions by payee</source>
        <translation>Comisiones por beneficiario</translation>
    </message>
    <message>
        <source>Monthly income and expenses</source>
        <translation>Ingresos y gastos por mes</translation>
    </message>
    <message>
        <source>Payees</source>
        <translation>Beneficiarios</translation>
    </message>
    <message>
        <source>Account balances</source>
        <translation>Saldos de cuentas</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Líneas</translation>
    </message>
    <message>
        <source>{section} by category</source>
        <translation>{section} por categoría</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otras</translation>
    </message>
    <message>
        <source>IVA, total</source>
        <translation>IVA, total</translation>
    </message>
    <message>
        <source>IVA, {period}</source>
        <translation>IVA, {period}</translation>
    </message>
    <message>
        <source>Output and input IVA</source>
        <translation>IVA trasladado y acreditable</translation>
    </message>
    <message>
        <source>Taxable base per rate</source>
        <translation>Base gravable por tasa</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Lado</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Tasa</translation>
    </message>
    <message>
        <source>Taxable base</source>
        <translation>Base gravable</translation>
    </message>
    <message>
        <source>IVA</source>
        <translation>IVA</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Ventas</translation>
    </message>
    <message>
        <source>Purchases</source>
        <translation>Compras</translation>
    </message>
    <message>
        <source>{period}, sales</source>
        <translation>{period}, ventas</translation>
    </message>
    <message>
        <source>{period}, purchases</source>
        <translation>{period}, compras</translation>
    </message>
    <message>
        <source>Effective rate</source>
        <translation>Tasa efectiva</translation>
    </message>
    <message>
        <source>Commissions, total</source>
        <translation>Comisiones, total</translation>
    </message>
    <message>
        <source>Commissions, {payee}</source>
        <translation>Comisiones, {payee}</translation>
    </message>
    <message>
        <source>Commission and its IVA</source>
        <translation>Comisión y su IVA</translation>
    </message>
    <message>
        <source>total</source>
        <translation>total</translation>
    </message>
    <message>
        <source>Income and expenses</source>
        <translation>Ingresos y gastos</translation>
    </message>
    <message>
        <source>(no payee)</source>
        <translation>(sin beneficiario)</translation>
    </message>
    <message>
        <source>Largest payees</source>
        <translation>Beneficiarios principales</translation>
    </message>
    <message>
        <source>Opening</source>
        <translation>Saldo inicial</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>{account} (archived)</source>
        <translation>{account} (archivada)</translation>
    </message>
    <message>
        <source>Balances over time</source>
        <translation>Saldos en el tiempo</translation>
    </message>
    <message>
        <source>change this book</source>
        <extracomment>Opened read-only (a read-only file or folder): writes raise BookStateError.</extracomment>
        <translation>cambiar este libro</translation>
    </message>
    <message>
        <source>there is no book at {location}</source>
        <translation>no hay un libro en {location}</translation>
    </message>
    <message>
        <source>this file is not a Cuentas book (not SQLite)</source>
        <translation>este archivo no es un libro de Cuentas (no es SQLite)</translation>
    </message>
    <message>
        <source>the book could not be read just now; nothing was changed (try again)</source>
        <translation>el libro no se pudo leer en este momento; no se cambió nada (inténtelo otra vez)</translation>
    </message>
    <message>
        <source>already exists; choose a new file name</source>
        <translation>ya existe; elija un nombre de archivo nuevo</translation>
    </message>
    <message>
        <source>is in a folder that cannot be written</source>
        <translation>está en una carpeta en la que no se puede escribir</translation>
    </message>
    <message>
        <source>is not a valid PostgreSQL URL</source>
        <extracomment>Seconds to wait for a PostgreSQL server before saying it is unreachable.</extracomment>
        <translation>no es una URL válida de PostgreSQL</translation>
    </message>
    <message>
        <source>is neither a file path nor a postgresql:// URL</source>
        <translation>no es la ruta de un archivo ni una URL postgresql://</translation>
    </message>
    <message>
        <source>the book&apos;s file or its folder is read-only for this user, so Cuentas can show it but not change it; nothing was written</source>
        <extracomment>What a book&apos;s writes say when it is opened read-only (source text: `tr()` it).</extracomment>
        <translation>el archivo del libro o su carpeta son de solo lectura para este usuario, así que Cuentas puede mostrarlo pero no cambiarlo; no se escribió nada</translation>
    </message>
    <message>
        <source>the book&apos;s file is damaged ({detail}); nothing was changed</source>
        <translation>el archivo del libro está dañado ({detail}); no se cambió nada</translation>
    </message>
    <message>
        <source>the disk is full; nothing was changed</source>
        <translation>el disco está lleno; no se cambió nada</translation>
    </message>
    <message>
        <source>the book&apos;s file cannot be opened (its folder may be read-only or gone); nothing was changed</source>
        <translation>el archivo del libro no se puede abrir (tal vez su carpeta es de solo lectura o ya no existe); no se cambió nada</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>no responde</translation>
    </message>
    <message>
        <source>no connection to the PostgreSQL server at {where}: {reason}</source>
        <translation>no hay conexión con el servidor PostgreSQL en {where}: {reason}</translation>
    </message>
    <message>
        <source>no connection to the PostgreSQL server: {reason}</source>
        <translation>no hay conexión con el servidor PostgreSQL: {reason}</translation>
    </message>
    <message>
        <source>Before an upgrade</source>
        <extracomment>The reasons as people read them (source text: `reason_title` translates).</extracomment>
        <translation>Antes de actualizar</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>Antes de restaurar</translation>
    </message>
    <message>
        <source>Backup now</source>
        <translation>Respaldo manual</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Programado</translation>
    </message>
    <message>
        <source>On closing</source>
        <translation>Al cerrar</translation>
    </message>
    <message>
        <source>the backup folder {folder} is a file, not a folder</source>
        <extracomment>Automatic backups kept per book; the settings panel may pass other numbers. progress(step, detail, done, total) The reason alone (&quot;cannot be written (permission denied)&quot;), for BadInput.</extracomment>
        <translation>la carpeta de respaldos {folder} es un archivo, no una carpeta</translation>
    </message>
    <message>
        <source>cannot be written ({why})</source>
        <translation>no se puede escribir ({why})</translation>
    </message>
    <message>
        <source>the backup folder {folder} {why}; choose another folder or fix its permissions</source>
        <translation>la carpeta de respaldos {folder} {why}; elija otra carpeta o corrija sus permisos</translation>
    </message>
    <message>
        <source>cannot tell the free space in {folder}: {why}</source>
        <translation>no se puede saber el espacio libre en {folder}: {why}</translation>
    </message>
    <message>
        <source>not enough free space in {folder} for {what}: it needs {needed}, the disk has {free} free</source>
        <translation>no hay espacio suficiente en {folder} para {what}: se necesitan {needed} y el disco tiene {free} libres</translation>
    </message>
    <message>
        <source>transactions: {before} before, {after} after</source>
        <translation>movimientos: {before} antes, {after} después</translation>
    </message>
    <message>
        <source>account {key}</source>
        <translation>cuenta {key}</translation>
    </message>
    <message>
        <source>category {key}</source>
        <translation>categoría {key}</translation>
    </message>
    <message>
        <source>{what}: {before} before, {after} after</source>
        <translation>{what}: {before} antes, {after} después</translation>
    </message>
    <message>
        <source>transfers: {before} before, {after} after</source>
        <translation>transferencias: {before} antes, {after} después</translation>
    </message>
    <message>
        <source>owner</source>
        <extracomment>Roles and rollout groups as people read them (source text: show through `tr()`).</extracomment>
        <translation>propietario</translation>
    </message>
    <message>
        <source>bookkeeper</source>
        <translation>contador</translation>
    </message>
    <message>
        <source>viewer</source>
        <translation>solo consulta</translation>
    </message>
    <message>
        <source>standard</source>
        <translation>estándar</translation>
    </message>
    <message>
        <source>{name} ({role}) may not {action}</source>
        <extracomment>What each role may do. Checked in the services, never only in the UI.</extracomment>
        <translation>{name} ({role}) no puede {action}</translation>
    </message>
    <message>
        <source>; ask the book&apos;s owner</source>
        <translation>; pídaselo al propietario del libro</translation>
    </message>
    <message>
        <source>the book is empty</source>
        <extracomment>The exact columns of the legacy (revision 0001) tables, from DESIGN.md section 3. Who holds the book (state `locked`). The verified backup to restore (state `interrupted`). What was settled before looking (an interrupted upgrade or restore), or &quot;&quot;, in words for people; `recovered_kind` says which in a word for code: &quot;intact&quot;, &quot;completed&quot;, &quot;restored&quot; (`app.upgrade.recovery.RecoveryResult.outcome`) or &quot;rolled-back&quot; (SQLite undid a half-written change). Whether this user can change the book&apos;s file (and write beside it). For a damaged book: what SQLite found, as it said it (the message says it in words for people around it).</extracomment>
        <translation>el libro está vacío</translation>
    </message>
    <message>
        <source>the book was written by an earlier Cuentas (single categories) and can be upgraded to split transactions</source>
        <translation>el libro lo escribió una versión anterior de Cuentas (una categoría por movimiento) y se puede actualizar a movimientos divididos</translation>
    </message>
    <message>
        <source>this file is a database, but not a Cuentas book</source>
        <translation>este archivo es una base de datos, pero no un libro de Cuentas</translation>
    </message>
    <message>
        <source>the book is up to date</source>
        <translation>el libro está al día</translation>
    </message>
    <message>
        <source>the book is at revision {revision} and can be upgraded to {head}</source>
        <translation>el libro está en la revisión {revision} y se puede actualizar a la {head}</translation>
    </message>
    <message>
        <source>the book was written by a newer Cuentas (revision {revision}); this version knows revisions up to {head}, so it will not change the book</source>
        <translation>el libro lo escribió una versión más nueva de Cuentas (revisión {revision}); esta versión conoce revisiones hasta la {head}, así que no cambiará el libro</translation>
    </message>
    <message>
        <source>the book&apos;s file is damaged: {detail}</source>
        <translation>el archivo del libro está dañado: {detail}</translation>
    </message>
    <message>
        <source>there is no book here yet</source>
        <translation>todavía no hay un libro aquí</translation>
    </message>
    <message>
        <source>this file is not a SQLite database</source>
        <translation>este archivo no es una base de datos SQLite</translation>
    </message>
    <message>
        <source>another program is writing to the book; try again in a moment</source>
        <translation>otro programa está escribiendo en el libro; inténtelo otra vez en un momento</translation>
    </message>
    <message>
        <source>the file cannot be opened: {detail}</source>
        <translation>el archivo no se puede abrir: {detail}</translation>
    </message>
    <message>
        <source>an upgrade or restore of this book was interrupted; Cuentas settles it when the book is opened (cuentas status, cuentas upgrade or the desktop app)</source>
        <translation>se interrumpió una actualización o una restauración de este libro; Cuentas lo resuelve cuando se abre el libro (cuentas status, cuentas upgrade o la aplicación de escritorio)</translation>
    </message>
    <message>
        <source>Cuentas stopped in the middle of a change the last time; SQLite rolls the unfinished change back when the book is opened (cuentas status or the desktop app)</source>
        <translation>La última vez, Cuentas se detuvo a la mitad de un cambio; SQLite revierte el cambio sin terminar cuando se abre el libro (cuentas status o la aplicación de escritorio)</translation>
    </message>
    <message>
        <source>has it open</source>
        <extracomment>How long `acquire` keeps trying before it reports the book as locked: long enough to ride over another process merely peeking at the lock file, short enough for a UI.</extracomment>
        <translation>lo tiene abierto</translation>
    </message>
    <message>
        <source>is upgrading it</source>
        <translation>lo está actualizando</translation>
    </message>
    <message>
        <source>is restoring it</source>
        <translation>lo está restaurando</translation>
    </message>
    <message>
        <source>is checking it after an interruption</source>
        <translation>lo está revisando después de una interrupción</translation>
    </message>
    <message>
        <source>holds it ({purpose})</source>
        <translation>lo tiene ({purpose})</translation>
    </message>
    <message>
        <source>{user} on {host}</source>
        <translation>{user} en {host}</translation>
    </message>
    <message>
        <source>another Cuentas ({who}, process {pid}) {doing}</source>
        <translation>otro Cuentas ({who}, proceso {pid}) {doing}</translation>
    </message>
    <message>
        <source>since {time} UTC</source>
        <translation>desde {time} UTC</translation>
    </message>
    <message>
        <source>another program holds it</source>
        <translation>otro programa lo tiene</translation>
    </message>
    <message>
        <source>the book {book} is in use: {what}</source>
        <translation>el libro {book} está en uso: {what}</translation>
    </message>
    <message>
        <source>Cuentas cannot write its lock file {path} beside the book ({reason}); the book&apos;s folder must be writable to upgrade or restore it</source>
        <translation>Cuentas no puede escribir su archivo de bloqueo {path} junto al libro ({reason}); para actualizar o restaurar el libro se debe poder escribir en su carpeta</translation>
    </message>
    <message>
        <source>the database server</source>
        <translation>el servidor de base de datos</translation>
    </message>
    <message>
        <source>schema revision</source>
        <translation>revisión del esquema</translation>
    </message>
    <message>
        <source>book at {revision}, application head {head}</source>
        <translation>libro en {revision}, aplicación en {head}</translation>
    </message>
    <message>
        <source>every transaction has lines</source>
        <translation>cada movimiento tiene líneas</translation>
    </message>
    <message>
        <source>all have lines</source>
        <translation>todos tienen líneas</translation>
    </message>
    <message>
        <source>{n} transactions have no lines</source>
        <translation>{n} movimientos no tienen líneas</translation>
    </message>
    <message>
        <source>lines add up to amounts</source>
        <translation>las líneas suman los importes</translation>
    </message>
    <message>
        <source>all balanced</source>
        <translation>todos cuadran</translation>
    </message>
    <message>
        <source>{n} transactions do not add up</source>
        <translation>{n} movimientos no cuadran</translation>
    </message>
    <message>
        <source>transfers mirror each other</source>
        <translation>las transferencias coinciden en ambos lados</translation>
    </message>
    <message>
        <source>all in step</source>
        <translation>todas coinciden</translation>
    </message>
    <message>
        <source>{n} transfer lines are out of step</source>
        <translation>{n} líneas de transferencia no coinciden</translation>
    </message>
    <message>
        <source>no dangling references</source>
        <translation>no hay referencias rotas</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>{n} rows point at missing rows</source>
        <translation>{n} filas apuntan a filas que no existen</translation>
    </message>
    <message>
        <source>integrity check</source>
        <translation>revisión de integridad</translation>
    </message>
    <message>
        <source>quick check</source>
        <translation>revisión rápida</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>bien</translation>
    </message>
    <message>
        <source>enforced by PostgreSQL</source>
        <translation>lo garantiza PostgreSQL</translation>
    </message>
    <message>
        <source>Checking the book</source>
        <extracomment>How much the book&apos;s own disk must have free, as a multiple of the book&apos;s size: inside the transaction the upgrade writes split lines and a new transactions table beside the old one (a 137 MB legacy book ends at about 300 MB), and the rollback journal keeps the original of every page it reuses (up to the whole book). (step, seconds) in the order the steps ran.</extracomment>
        <translation>Revisando el libro</translation>
    </message>
    <message>
        <source>upgrade this book</source>
        <translation>actualizar este libro</translation>
    </message>
    <message>
        <source>Locking the book</source>
        <translation>Bloqueando el libro</translation>
    </message>
    <message>
        <source>{message}. Nothing was changed.</source>
        <translation>{message}. No se cambió nada.</translation>
    </message>
    <message>
        <source>{message}. It will not be upgraded; restore a backup instead (cuentas backups, cuentas restore). Nothing was changed.</source>
        <translation>{message}. No se actualizará; mejor restaure un respaldo (cuentas backups, cuentas restore). No se cambió nada.</translation>
    </message>
    <message>
        <source>{message}. Nothing was changed; try again when it is closed.</source>
        <translation>{message}. No se cambió nada; inténtelo otra vez cuando esté cerrado.</translation>
    </message>
    <message>
        <source>the book&apos;s file or its folder is read-only for this user, so it cannot be upgraded here; the book itself is fine and was not changed. Make the file and its folder writable (or copy the book to a folder of yours) and upgrade it there</source>
        <translation>el archivo del libro o su carpeta son de solo lectura para este usuario, así que no se puede actualizar aquí; el libro está bien y no se modificó. Permita escribir en el archivo y en su carpeta (o copie el libro a una carpeta suya) y actualícelo ahí</translation>
    </message>
    <message>
        <source>there is no book here to upgrade</source>
        <translation>aquí no hay un libro que actualizar</translation>
    </message>
    <message>
        <source>The book is already at revision {head}; nothing to do.</source>
        <translation>El libro ya está en la revisión {head}; no hay nada que hacer.</translation>
    </message>
    <message>
        <source>Upgrading: copying lines</source>
        <extracomment>What the wizard and the command line use, all from here. Readable names for the steps the revisions report. The progress steps those make (&quot;Upgrading: copying lines&quot;, …), for the catalogue: the command line prints `tr(step)`.</extracomment>
        <translation>Actualizando: copiando las líneas</translation>
    </message>
    <message>
        <source>Upgrading: indexing lines</source>
        <translation>Actualizando: indexando las líneas</translation>
    </message>
    <message>
        <source>Upgrading: removing the old category column</source>
        <translation>Actualizando: quitando la columna de categoría anterior</translation>
    </message>
    <message>
        <source>Upgrading: indexing category totals</source>
        <translation>Actualizando: indexando los totales por categoría</translation>
    </message>
    <message>
        <source>preparing</source>
        <translation>la preparación</translation>
    </message>
    <message>
        <source>Checking free space</source>
        <extracomment>A verified backup the caller took just before, proven to be of this book. What the upgrade needs free (bytes) and where, said when the disk fills up.</extracomment>
        <translation>Comprobando el espacio libre</translation>
    </message>
    <message>
        <source>the upgrade and its backup</source>
        <translation>la actualización y su respaldo</translation>
    </message>
    <message>
        <source>the upgrade</source>
        <translation>la actualización</translation>
    </message>
    <message>
        <source>backing up</source>
        <translation>el respaldo</translation>
    </message>
    <message>
        <source>checking the upgraded file</source>
        <translation>la revisión del archivo actualizado</translation>
    </message>
    <message>
        <source>Checking the upgraded file</source>
        <translation>Revisando el archivo actualizado</translation>
    </message>
    <message>
        <source>Finishing</source>
        <translation>Terminando</translation>
    </message>
    <message>
        <source>saving</source>
        <translation>el guardado</translation>
    </message>
    <message>
        <source>Saving the upgraded book</source>
        <translation>Guardando el libro actualizado</translation>
    </message>
    <message>
        <source>upgrading</source>
        <translation>la actualización</translation>
    </message>
    <message>
        <source>verifying the backup</source>
        <translation>la verificación del respaldo</translation>
    </message>
    <message>
        <source>Backup verified</source>
        <translation>Respaldo verificado</translation>
    </message>
    <message>
        <source>checking the upgraded book</source>
        <translation>la revisión del libro actualizado</translation>
    </message>
    <message>
        <source>the totals of the book before the upgrade could not be read</source>
        <translation>no se pudieron leer los totales del libro antes de la actualización</translation>
    </message>
    <message>
        <source>The upgrade failed while {stage} ({reason}), and the book could not be proven unchanged: restore it from {backup} (cuentas restore).</source>
        <translation>La actualización falló durante {stage} ({reason}) y no se pudo comprobar que el libro esté sin cambios: restáurelo desde {backup} (cuentas restore).</translation>
    </message>
    <message>
        <source>the latest backup</source>
        <translation>el respaldo más reciente</translation>
    </message>
    <message>
        <source>The upgrade was stopped because its backup copy does not hold the same totals as the book ({reason}); the copy was removed. Your book was not changed.</source>
        <translation>La actualización se detuvo porque su copia de respaldo no tiene los mismos totales que el libro ({reason}); la copia se eliminó. Su libro no se modificó.</translation>
    </message>
    <message>
        <source>The upgrade was stopped because its backup could not be verified ({reason}). Your book was not changed.</source>
        <translation>La actualización se detuvo porque su respaldo no se pudo verificar ({reason}). Su libro no se modificó.</translation>
    </message>
    <message>
        <source>A verified backup taken just before is at {path}.</source>
        <translation>Un respaldo verificado tomado justo antes está en {path}.</translation>
    </message>
    <message>
        <source>No backup was kept.</source>
        <translation>No se conservó ningún respaldo.</translation>
    </message>
    <message>
        <source>The upgrade failed while {stage}: {reason}. Everything was rolled back: your book is exactly as it was.</source>
        <translation>La actualización falló durante {stage}: {reason}. Todo se revirtió: su libro está exactamente como estaba.</translation>
    </message>
    <message>
        <source>the disk is full (about {size} MB needed in {where})</source>
        <translation>el disco está lleno (se necesitan unos {size} MB en {where})</translation>
    </message>
    <message>
        <source>The upgrade could not start: {reason}. Nothing was changed: your book is exactly as it was.</source>
        <translation>La actualización no pudo empezar: {reason}. No se cambió nada: su libro está exactamente como estaba.</translation>
    </message>
    <message>
        <source>the upgraded file failed its integrity check: {problems}</source>
        <translation>el archivo actualizado no pasó su revisión de integridad: {problems}</translation>
    </message>
    <message>
        <source>The upgrade was saved but {reason}. The book was restored from the verified backup {path}, so it is exactly as it was before the upgrade.</source>
        <translation>La actualización se guardó, pero {reason}. El libro se restauró desde el respaldo verificado {path}, así que está exactamente como estaba antes de la actualización.</translation>
    </message>
    <message>
        <source>The book was upgraded from revision {old} to {new}; every total is the same as before.</source>
        <translation>El libro se actualizó de la revisión {old} a la {new}; todos los totales son los mismos que antes.</translation>
    </message>
    <message>
        <source>while backing up</source>
        <extracomment>The crash marker&apos;s stages (`app.store.marker`) as people read them.</extracomment>
        <translation>durante el respaldo</translation>
    </message>
    <message>
        <source>while upgrading</source>
        <translation>durante la actualización</translation>
    </message>
    <message>
        <source>while checking</source>
        <translation>durante la revisión</translation>
    </message>
    <message>
        <source>while restoring</source>
        <translation>durante la restauración</translation>
    </message>
    <message>
        <source>while copying</source>
        <translation>durante la copia</translation>
    </message>
    <message>
        <source>while swapping the files</source>
        <translation>durante el cambio de archivos</translation>
    </message>
    <message>
        <source>Cuentas had stopped in the middle of a change; SQLite rolled the unfinished change back.</source>
        <translation>Cuentas se había detenido a la mitad de un cambio; SQLite revirtió el cambio sin terminar.</translation>
    </message>
    <message>
        <source>the restore could not be finished ({reason})</source>
        <translation>la restauración no se pudo terminar ({reason})</translation>
    </message>
    <message>
        <source>restore the backup {backup} (cuentas restore {backup})</source>
        <translation>restaure el respaldo {backup} (cuentas restore {backup})</translation>
    </message>
    <message>
        <source>restore its latest verified backup (cuentas backups, cuentas restore)</source>
        <translation>restaure su respaldo verificado más reciente (cuentas backups, cuentas restore)</translation>
    </message>
    <message>
        <source>An upgrade of this book was interrupted and {why}; {where}.</source>
        <translation>Se interrumpió una actualización de este libro y {why}; {where}.</translation>
    </message>
    <message>
        <source>the book&apos;s file is missing</source>
        <translation>falta el archivo del libro</translation>
    </message>
    <message>
        <source>the book&apos;s file is damaged ({problems})</source>
        <translation>el archivo del libro está dañado ({problems})</translation>
    </message>
    <message>
        <source>the upgraded book does not hold the same totals as before</source>
        <translation>el libro actualizado no tiene los mismos totales que antes</translation>
    </message>
    <message>
        <source>An upgrade had finished when Cuentas stopped; its final checks are now done and every total matches.</source>
        <translation>Una actualización ya había terminado cuando Cuentas se detuvo; ya se hicieron sus últimas comprobaciones y todos los totales coinciden.</translation>
    </message>
    <message>
        <source>An upgrade had finished when Cuentas stopped; its final checks are now done and every total matches (its run record is missing).</source>
        <translation>Una actualización ya había terminado cuando Cuentas se detuvo; ya se hicieron sus últimas comprobaciones y todos los totales coinciden (falta su registro de ejecución).</translation>
    </message>
    <message>
        <source>the book is neither as it was nor upgraded</source>
        <translation>el libro no está ni como estaba ni actualizado</translation>
    </message>
    <message>
        <source>An upgrade was interrupted ({stage}) before it finished; nothing of it was kept and the book is exactly as it was.</source>
        <translation>Se interrumpió una actualización ({stage}) antes de que terminara; no se conservó nada de ella y el libro está exactamente como estaba.</translation>
    </message>
    <message>
        <source>at an unknown stage</source>
        <translation>en un paso desconocido</translation>
    </message>
    <message>
        <source>the book ended at revision {revision}, not {HEAD}</source>
        <translation>el libro terminó en la revisión {revision}, no en la {HEAD}</translation>
    </message>
    <message>
        <source>Checking references</source>
        <translation>Revisando las referencias</translation>
    </message>
    <message>
        <source>{n} rows point at missing rows (in {tables})</source>
        <translation>{n} filas apuntan a filas que no existen (en {tables})</translation>
    </message>
    <message>
        <source>Checking totals</source>
        <translation>Comparando los totales</translation>
    </message>
    <message>
        <source>the totals changed: {differences}</source>
        <translation>los totales cambiaron: {differences}</translation>
    </message>
    <message>
        <source>Checking every transaction&apos;s lines</source>
        <translation>Revisando las líneas de cada movimiento</translation>
    </message>
    <message>
        <source>{value} transactions have no lines</source>
        <translation>{value} movimientos no tienen líneas</translation>
    </message>
    <message>
        <source>{unbalanced} transactions have lines that do not add up to their amount</source>
        <translation>{unbalanced} movimientos tienen líneas que no suman su importe</translation>
    </message>
    <message>
        <source>(uncategorized)</source>
        <translation>(sin categoría)</translation>
    </message>
    <message>
        <source>Transfer lines</source>
        <translation>Líneas de transferencia</translation>
    </message>
    <message>
        <source>{name} (login {login}) is the book&apos;s owner.</source>
        <translation>{name} (usuario {login}) es el propietario del libro.</translation>
    </message>
    <message>
        <source>usage: </source>
        <extracomment>Command groups: every `app/cli/*_cmds.py` module, in this order, then the rest. A new group is a new module with a `register(subparsers)` function. argparse&apos;s own words: it asks gettext for them, and `_speak_argparse` hands it ours (Python ships no Spanish catalogue for them).</extracomment>
        <translation>uso: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>argumentos</translation>
    </message>
    <message>
        <source>options</source>
        <translation>opciones</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>mostrar esta ayuda y salir</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>argumento %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>argumentos no reconocidos: %s</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>no se permite junto con el argumento %s</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>faltan estos argumentos: %s</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>se necesita uno de los argumentos %s</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>se esperaba un argumento</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>se esperaba a lo más un argumento</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>se esperaba al menos un argumento</translation>
    </message>
    <message>
        <source>expected %s argument</source>
        <translation>se esperaba %s argumento</translation>
    </message>
    <message>
        <source>expected %s arguments</source>
        <translation>se esperaban %s argumentos</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>opción ambigua: %(option)s podría ser %(matches)s</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>valor %(type)s no válido: %(value)r</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>opción no válida: %(value)r (elija entre %(choices)s)</translation>
    </message>
    <message>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s: error: %(message)s
</translation>
    </message>
    <message>
        <source>Cuentas: bookkeeping with split transactions. Without a command, opens the desktop app.</source>
        <translation>Cuentas: contabilidad con movimientos divididos. Sin un comando, abre la aplicación de escritorio.</translation>
    </message>
    <message>
        <source>the book: a file path or a postgresql+psycopg:// URL (default: $CUENTAS_DB, else the last book opened)</source>
        <translation>el libro: la ruta de un archivo o una URL postgresql+psycopg:// (si no: $CUENTAS_DB, o el último libro abierto)</translation>
    </message>
    <message>
        <source>open the demo book in the default data folder (created if missing)</source>
        <translation>abrir el libro de demostración en la carpeta de datos predeterminada (se crea si falta)</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>interrumpido</translation>
    </message>
    <message>
        <source>internal error: {error}</source>
        <translation>error interno: {error}</translation>
    </message>
    <message>
        <source>(details in {where})</source>
        <translation>(detalles en {where})</translation>
    </message>
    <message>
        <source>no log: the log folder cannot be written</source>
        <translation>sin registro: no se puede escribir en la carpeta de registros</translation>
    </message>
    <message>
        <source>feature flags: list them, or set a stage</source>
        <translation>interruptores de funciones: listarlos o cambiar una etapa</translation>
    </message>
    <message>
        <source>each flag: stage, and whether it is on for you</source>
        <translation>cada interruptor: su etapa y si está activo para usted</translation>
    </message>
    <message>
        <source>move a flag to a stage (owners only)</source>
        <translation>pasar un interruptor a una etapa (solo propietarios)</translation>
    </message>
    <message>
        <source>off, internal, primary or everyone</source>
        <translation>off, internal, primary o everyone</translation>
    </message>
    <message>
        <source>user profiles: roles and rollout groups</source>
        <translation>perfiles de usuario: roles y grupos de activación</translation>
    </message>
    <message>
        <source>every profile</source>
        <translation>todos los perfiles</translation>
    </message>
    <message>
        <source>add a profile (owners only)</source>
        <translation>agregar un perfil (solo propietarios)</translation>
    </message>
    <message>
        <source>owner, bookkeeper or viewer</source>
        <translation>owner, bookkeeper o viewer</translation>
    </message>
    <message>
        <source>rollout group: internal, primary or standard (default: standard)</source>
        <translation>grupo de activación: internal, primary o standard (si no: standard)</translation>
    </message>
    <message>
        <source>the login that acts as this profile (desktop or database login)</source>
        <translation>el usuario que actúa como este perfil (de la computadora o de la base de datos)</translation>
    </message>
    <message>
        <source>change a profile&apos;s role (owners only)</source>
        <translation>cambiar el rol de un perfil (solo propietarios)</translation>
    </message>
    <message>
        <source>change a profile&apos;s rollout group (owners only)</source>
        <translation>cambiar el grupo de activación de un perfil (solo propietarios)</translation>
    </message>
    <message>
        <source>which login acts as a profile (owners only)</source>
        <translation>qué usuario actúa como un perfil (solo propietarios)</translation>
    </message>
    <message>
        <source>a login, or &apos;&apos; to remove the mapping</source>
        <translation>un usuario, o &apos;&apos; para quitar la asignación</translation>
    </message>
    <message>
        <source>the audit trail: who changed what, and when</source>
        <translation>la bitácora de cambios: quién cambió qué, y cuándo</translation>
    </message>
    <message>
        <source>from this day on (local time)</source>
        <translation>a partir de este día (hora local)</translation>
    </message>
    <message>
        <source>up to and including this day</source>
        <translation>hasta este día, incluido</translation>
    </message>
    <message>
        <source>only what this profile did</source>
        <translation>solo lo que hizo este perfil</translation>
    </message>
    <message>
        <source>only this kind: transaction, account, ...</source>
        <translation>solo de este tipo: transaction, account, ...</translation>
    </message>
    <message>
        <source>only this one (with --entity)</source>
        <translation>solo este (con --entity)</translation>
    </message>
    <message>
        <source>flag</source>
        <translation>interruptor</translation>
    </message>
    <message>
        <source>stage</source>
        <translation>etapa</translation>
    </message>
    <message>
        <source>for you</source>
        <translation>para usted</translation>
    </message>
    <message>
        <source>why</source>
        <translation>motivo</translation>
    </message>
    <message>
        <source>{stage} (default)</source>
        <translation>{stage} (predeterminada)</translation>
    </message>
    <message>
        <source>(local)</source>
        <translation>(local)</translation>
    </message>
    <message>
        <source>ignored {entry} (use KEY=on or KEY=off)</source>
        <translation>se ignoró {entry} (use CLAVE=on o CLAVE=off)</translation>
    </message>
    <message>
        <source>{flag} was already at stage {stage}</source>
        <translation>{flag} ya estaba en la etapa {stage}</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>login</source>
        <translation>usuario</translation>
    </message>
    <message>
        <source>role</source>
        <translation>rol</translation>
    </message>
    <message>
        <source>group</source>
        <translation>grupo</translation>
    </message>
    <message>
        <source>(you)</source>
        <translation>(usted)</translation>
    </message>
    <message>
        <source>login {login}</source>
        <translation>usuario {login}</translation>
    </message>
    <message>
        <source>no login</source>
        <translation>sin usuario</translation>
    </message>
    <message>
        <source>Added {name}: {role}, group {group}, {login}</source>
        <translation>Se agregó {name}: {role}, grupo {group}, {login}</translation>
    </message>
    <message>
        <source>Updated {name}: {role}, group {group}, {login}</source>
        <translation>Se actualizó {name}: {role}, grupo {group}, {login}</translation>
    </message>
    <message>
        <source>when</source>
        <translation>cuándo</translation>
    </message>
    <message>
        <source>user</source>
        <translation>usuario</translation>
    </message>
    <message>
        <source>action</source>
        <translation>acción</translation>
    </message>
    <message>
        <source>what</source>
        <translation>qué</translation>
    </message>
    <message>
        <source>changes</source>
        <translation>cambios</translation>
    </message>
</context>
<context>
    <name>i18n</name>
    <message>
        <source>is not a language of Cuentas (one of: {codes})</source>
        <extracomment>The language of the interface and of the guides on this computer: &quot;&quot; follows the system, else a code of `app.i18n.LANGUAGES`.</extracomment>
        <translation>no es un idioma de Cuentas (uno de estos: {codes})</translation>
    </message>
</context>
</TS>
