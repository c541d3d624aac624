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
        <source>is not a user of this book (cuentas users list shows them)</source>
        <translation>no es un usuario de este libro (cuentas users list los muestra)</translation>
    </message>
    <message>
        <source>is not the id of any {entity} entry in the audit trail</source>
        <translation>no es el id de ninguna entrada {entity} de la bitácora de cambios</translation>
    </message>
    <message>
        <source>is not the id of any entry in the audit trail</source>
        <translation>no es el id de ninguna entrada de la bitácora de cambios</translation>
    </message>
    <message>
        <source>is not a date as YYYY-MM-DD</source>
        <translation>no es una fecha como AAAA-MM-DD</translation>
    </message>
    <message>
        <source>Book name</source>
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
        <translation>Editor de división</translation>
    </message>
    <message>
        <source>Create and edit transactions split over several lines (categories, transfers, taxes). When off, split transactions stay visible and read-only.</source>
        <translation>Crear y editar movimientos divididos en varias líneas (categorías, transferencias, impuestos). Apagada, los movimientos divididos se siguen viendo, de solo lectura.</translation>
    </message>
    <message>
        <source>Lets you spread one payment over several categories: a purchase and its IVA, a card deposit less its commission, one transfer that pays three invoices.</source>
        <translation>Le permite repartir un pago en varias categorías: una compra y su IVA, un depósito de tarjeta menos su comisión, una transferencia que paga tres facturas.</translation>
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
        <source>Fills in the lines of everyday movements for you: a purchase or sale with IVA, a card deposit with its commission, a payment with withholdings.</source>
        <translation>Llena por usted las líneas de los movimientos de todos los días: una compra o venta con IVA, un depósito de tarjeta con su comisión, un pago con retenciones.</translation>
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
        <source>Shows the IVA you charged and paid, month by month or by quarter, and what the card processors took in commissions.</source>
        <translation>Muestra el IVA que cobró y pagó, mes por mes o por trimestre, y lo que las procesadoras de tarjetas cobraron de comisión.</translation>
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
        <source>When you enter a movement for someone you split a payment with before, offers the same lines again, so you only check the amounts.</source>
        <translation>Cuando captura un movimiento de alguien con quien ya dividió un pago, le ofrece las mismas líneas otra vez, para que solo revise los importes.</translation>
    </message>
    <message>
        <source>is not a feature flag (known: {items})</source>
        <translation>no es un interruptor de función (los que hay: {items})</translation>
    </message>
    <message>
        <source>is not a stage (one of {items})</source>
        <translation>no es una etapa (una de estas: {items})</translation>
    </message>
    <message>
        <source>off</source>
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
        <source>the backup could not be written to {folder}: the disk is full (about {size} MB needed); the book and the older backups are untouched</source>
        <translation>no se pudo escribir el respaldo en {folder}: el disco está lleno (se necesitan unos {size} MB); el libro y los respaldos anteriores quedan intactos</translation>
    </message>
    <message>
        <source>is not one of {items}</source>
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
        <source>the file is missing</source>
        <translation>falta el archivo</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>el archivo está vacío</translation>
    </message>
    <message>
        <source>the file is truncated ({actual} of {recorded})</source>
        <translation>el archivo está cortado ({actual} de {recorded})</translation>
    </message>
    <message>
        <source>the file is larger than its manifest says ({actual}, not {recorded})</source>
        <translation>el archivo es más grande de lo que dice su manifiesto ({actual}, no {recorded})</translation>
    </message>
    <message>
        <source>its manifest is garbled</source>
        <translation>su manifiesto está dañado</translation>
    </message>
    <message>
        <source>its manifest does not say the backup was verified</source>
        <translation>su manifiesto no dice que el respaldo se haya verificado</translation>
    </message>
    <message>
        <source>its manifest is missing</source>
        <translation>falta su manifiesto</translation>
    </message>
    <message>
        <source>its manifest cannot be read</source>
        <translation>su manifiesto no se puede leer</translation>
    </message>
    <message>
        <source>the backup {path} is damaged: {why}</source>
        <translation>el respaldo {path} está dañado: {why}</translation>
    </message>
    <message>
        <source>it cannot be read ({error})</source>
        <translation>no se puede leer ({error})</translation>
    </message>
    <message>
        <source>the backup {path} {why}</source>
        <translation>el respaldo {path} {why}</translation>
    </message>
    <message>
        <source>its checksum differs from its manifest</source>
        <translation>su suma de verificación no coincide con su manifiesto</translation>
    </message>
    <message>
        <source>it fails its integrity check ({problems})</source>
        <translation>no pasa su revisión de integridad ({problems})</translation>
    </message>
    <message>
        <source>its totals cannot be read ({error})</source>
        <translation>sus totales no se pueden leer ({error})</translation>
    </message>
    <message>
        <source>it does not hold the totals its manifest records ({differences})</source>
        <translation>no tiene los totales que registra su manifiesto ({differences})</translation>
    </message>
    <message>
        <source>the backup {path} does not exist</source>
        <translation>el respaldo {path} no existe</translation>
    </message>
    <message>
        <source>Checking the backup</source>
        <translation>Comprobando el respaldo</translation>
    </message>
    <message>
        <source>restore a backup</source>
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
        <source>checksum, integrity and totals verified</source>
        <translation>suma de verificación, integridad y totales verificados</translation>
    </message>
    <message>
        <source>checksum and integrity verified</source>
        <translation>suma de verificación e integridad verificadas</translation>
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
        <source>the book {book} is open in another program ({why}); close it and try again</source>
        <translation>el libro {book} está abierto en otro programa ({why}); ciérrelo ahí e inténtelo otra vez</translation>
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
        <source>legacy demo books are SQLite files only</source>
        <translation>los libros de demostración antiguos solo pueden ser archivos SQLite</translation>
    </message>
    <message>
        <source>Wrote a legacy (revision 0001) demo book with 1 transaction at {book}</source>
        <translation>Se escribió un libro de demostración antiguo (revisión 0001) con 1 movimiento en {book}</translation>
    </message>
    <message>
        <source>Wrote a legacy (revision 0001) demo book with {n} transactions at {book}</source>
        <translation>Se escribió un libro de demostración antiguo (revisión 0001) con {n} movimientos en {book}</translation>
    </message>
    <message>
        <source>Wrote a demo book with 1 transaction at {book}</source>
        <translation>Se escribió un libro de demostración con 1 movimiento en {book}</translation>
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
        <source>is not valid UTF-8 text (Cuentas reads names and text as UTF-8)</source>
        <translation>no es texto UTF-8 válido (Cuentas lee los nombres y el texto como UTF-8)</translation>
    </message>
    <message>
        <source>{value} is not a whole number from {low} to {high}</source>
        <translation>{value} no es un número entero de {low} a {high}</translation>
    </message>
    <message>
        <source>is empty; give a value, or leave {option} out</source>
        <translation>está vacío; indique un valor, o quite {option}</translation>
    </message>
    <message>
        <source>the help guides as PDF handouts and a training booklet</source>
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
        <source>Wrote 1 image into {folder}</source>
        <translation>Se escribió 1 imagen en {folder}</translation>
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
        <source>is a line of 0; leave it out (every line moves money)</source>
        <translation>es una línea de 0; quítela (cada línea mueve dinero)</translation>
    </message>
    <message>
        <source>is empty; give a category, [Account] for a transfer, or --split =AMOUNT for an uncategorized line</source>
        <translation>está vacío; indique una categoría, [Cuenta] para una transferencia, o --split =IMPORTE para una línea sin categoría</translation>
    </message>
    <message>
        <source>is zero; a transaction moves money (signed: -1160.00 is money out)</source>
        <translation>es cero; un movimiento mueve dinero (con signo: -1160.00 es dinero que sale)</translation>
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
        <source>1 transaction; total of matching lines: {total}</source>
        <translation>1 movimiento; total de las líneas que coinciden: {total}</translation>
    </message>
    <message>
        <source>1 transaction; its total: {total}</source>
        <translation>1 movimiento; su total: {total}</translation>
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
        <source>timings, errors, backups, upgrade runs and split adoption; the post-deployment report</source>
        <translation>tiempos, errores, respaldos, actualizaciones y adopción de los movimientos divididos; el informe posterior a la implementación</translation>
    </message>
    <message>
        <source>print the figures as JSON</source>
        <translation>mostrar las cifras como JSON</translation>
    </message>
    <message>
        <source>write the post-deployment report (PDF); never a book or a folder</source>
        <translation>escribir el informe posterior a la implementación (PDF); nunca sobre un libro ni una carpeta</translation>
    </message>
    <message>
        <source>write the diagnostics bundle (logs, measurements, settings; no book data unless --with-book)</source>
        <translation>escribir el paquete de diagnóstico (bitácoras, mediciones, configuración; ningún dato del libro salvo con --with-book)</translation>
    </message>
    <message>
        <source>put a copy of the book in the bundle</source>
        <translation>poner una copia del libro en el paquete</translation>
    </message>
    <message>
        <source>put the pictures attached to feedback notes in the bundle</source>
        <translation>poner en el paquete las imágenes adjuntas a las notas de comentarios</translation>
    </message>
    <message>
        <source>replace the --report or --bundle file</source>
        <translation>reemplazar el archivo de --report o --bundle</translation>
    </message>
    <message>
        <source>Wrote {file}</source>
        <translation>Se escribió {file}</translation>
    </message>
    <message>
        <source>Alerts:</source>
        <translation>Avisos:</translation>
    </message>
    <message>
        <source>Timings:</source>
        <translation>Tiempos:</translation>
    </message>
    <message>
        <source>Errors:</source>
        <translation>Errores:</translation>
    </message>
    <message>
        <source>Backups:</source>
        <translation>Respaldos:</translation>
    </message>
    <message>
        <source>Last check:</source>
        <translation>Última revisión:</translation>
    </message>
    <message>
        <source>Upgrade:</source>
        <translation>Actualización:</translation>
    </message>
    <message>
        <source>Adoption:</source>
        <translation>Adopción:</translation>
    </message>
    <message>
        <source>Editor:</source>
        <translation>Editor:</translation>
    </message>
    <message>
        <source>Feedback:</source>
        <translation>Comentarios:</translation>
    </message>
    <message>
        <source>1 template</source>
        <translation>1 plantilla</translation>
    </message>
    <message>
        <source>{n} templates</source>
        <translation>{n} plantillas</translation>
    </message>
    <message>
        <source>1 user</source>
        <translation>1 usuario</translation>
    </message>
    <message>
        <source>{n} users</source>
        <translation>{n} usuarios</translation>
    </message>
    <message>
        <source>1 audit entry</source>
        <translation>1 entrada de la bitácora</translation>
    </message>
    <message>
        <source>{n} audit entries</source>
        <translation>{n} entradas de la bitácora</translation>
    </message>
    <message>
        <source>{n}; newest verified {when} UTC ({ago})</source>
        <extracomment>Translators: after &quot;Backups:&quot;; {n} is how many, {ago} &quot;yesterday&quot;, &quot;3 days ago&quot;…</extracomment>
        <translation>{n}; el verificado más reciente, {when} UTC ({ago})</translation>
    </message>
    <message>
        <source>1 note</source>
        <translation>1 nota</translation>
    </message>
    <message>
        <source>{n} notes</source>
        <translation>{n} notas</translation>
    </message>
    <message>
        <source>{name} ({backend}, revision {revision}, {size} MB)</source>
        <translation>{name} ({backend}, revisión {revision}, {size} MB)</translation>
    </message>
    <message>
        <source>not read ({problem})</source>
        <translation>no se leyó ({problem})</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>advertencia</translation>
    </message>
    <message>
        <source>problem</source>
        <translation>problema</translation>
    </message>
    <message>
        <source>none at the moment</source>
        <translation>ninguno por ahora</translation>
    </message>
    <message>
        <source>Timings, last 7 days (successful runs):</source>
        <translation>Tiempos, últimos 7 días (ejecuciones exitosas):</translation>
    </message>
    <message>
        <source>operation</source>
        <translation>operación</translation>
    </message>
    <message>
        <source>runs</source>
        <translation>ejecuciones</translation>
    </message>
    <message>
        <source>median</source>
        <translation>mediana</translation>
    </message>
    <message>
        <source>max</source>
        <translation>máximo</translation>
    </message>
    <message>
        <source>threshold</source>
        <translation>umbral</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fallidas</translation>
    </message>
    <message>
        <source>nothing measured in the last 7 days</source>
        <translation>nada medido en los últimos 7 días</translation>
    </message>
    <message>
        <source>{day} in the last day, {week} in the last 7 days; {percent}% of last week&apos;s operations failed</source>
        <translation>{day} en el último día, {week} en los últimos 7 días; falló el {percent}% de las operaciones de la semana pasada</translation>
    </message>
    <message>
        <source>no verified backup</source>
        <translation>ningún respaldo verificado</translation>
    </message>
    <message>
        <source>checks passed</source>
        <translation>revisiones aprobadas</translation>
    </message>
    <message>
        <source>checks FAILED</source>
        <translation>revisiones FALLIDAS</translation>
    </message>
    <message>
        <source>{percent}% of transactions split since {since} ({n} of {total})</source>
        <translation>{percent}% de los movimientos divididos desde {since} ({n} de {total})</translation>
    </message>
    <message>
        <source>opened {opened}, saved {saved}, cancelled {cancelled} ({percent}% completed)</source>
        <translation>abierto {opened}, guardado {saved}, cancelado {cancelled} (se terminó el {percent}%)</translation>
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
        <source>has an empty value; give one, or leave the key out for its default</source>
        <translation>tiene un valor vacío; indique uno, o quite la clave para usar su valor predeterminado</translation>
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
        <source>replace the book with a backup (the current book is backed up first)</source>
        <translation>reemplazar el libro con un respaldo (primero se respalda el libro actual)</translation>
    </message>
    <message>
        <source>the backup file to restore</source>
        <translation>el archivo de respaldo que se restaura</translation>
    </message>
    <message>
        <source>with --latest: the newest of this reason (pre-upgrade, pre-restore, manual, scheduled, on-close)</source>
        <translation>con --latest: el más reciente de este motivo (pre-upgrade, pre-restore, manual, scheduled, on-close)</translation>
    </message>
    <message>
        <source>with --latest: when newer backups are damaged, restore the newest good one (each skipped backup is named, with why)</source>
        <translation>con --latest: cuando hay respaldos más recientes dañados, restaurar el más reciente en buen estado (se nombra cada respaldo omitido, con el motivo)</translation>
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
        <source>(1 row)</source>
        <translation>(1 fila)</translation>
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
        <source>upgraded</source>
        <translation>actualizado</translation>
    </message>
    <message>
        <source>already current</source>
        <translation>ya estaba al día</translation>
    </message>
    <message>
        <source>desktop</source>
        <translation>escritorio</translation>
    </message>
    <message>
        <source>command line</source>
        <translation>línea de comandos</translation>
    </message>
    <message>
        <source>Upgraded from revision {a} to {b} on {when} in {secs}; {checks}.</source>
        <translation>Actualizado de la revisión {a} a la {b} el {when} en {secs}; {checks}.</translation>
    </message>
    <message>
        <source>Upgrade</source>
        <translation>Actualización</translation>
    </message>
    <message>
        <source>This book was not upgraded by Cuentas 2 (it was created at the current revision).</source>
        <translation>Este libro no lo actualizó Cuentas 2 (se creó en la revisión actual).</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Respaldos</translation>
    </message>
    <message>
        <source>No verified backup of this book was found.</source>
        <translation>No se encontró ningún respaldo verificado de este libro.</translation>
    </message>
    <message>
        <source>Restores</source>
        <translation>Restauraciones</translation>
    </message>
    <message>
        <source>No backup was restored on this computer.</source>
        <translation>En esta computadora no se restauró ningún respaldo.</translation>
    </message>
    <message>
        <source>Integrity</source>
        <translation>Integridad</translation>
    </message>
    <message>
        <source>No check of this book was recorded on this computer yet (cuentas verify).</source>
        <translation>Todavía no se registró en esta computadora ninguna revisión de este libro (cuentas verify).</translation>
    </message>
    <message>
        <source>Last check {when}: {result}.</source>
        <translation>Última revisión {when}: {result}.</translation>
    </message>
    <message>
        <source>every invariant holds</source>
        <translation>todas las reglas se cumplen</translation>
    </message>
    <message>
        <source>Performance</source>
        <translation>Rendimiento</translation>
    </message>
    <message>
        <source>No operation was measured in the last 7 days.</source>
        <translation>No se midió ninguna operación en los últimos 7 días.</translation>
    </message>
    <message>
        <source>{ok} of {n} operations with enough runs are within their thresholds (95th percentile, last 7 days).</source>
        <translation>{ok} de {n} operaciones con suficientes ejecuciones están dentro de su umbral (percentil 95, últimos 7 días).</translation>
    </message>
    <message>
        <source>Slow: {names}.</source>
        <translation>Lentas: {names}.</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Errores</translation>
    </message>
    <message>
        <source>{pct}% of transactions were split over the last 12 months ({n} of {total}).</source>
        <translation>El {pct}% de los movimientos se dividió en los últimos 12 meses ({n} de {total}).</translation>
    </message>
    <message>
        <source>{month}: {pct}%.</source>
        <translation>{month}: {pct}%.</translation>
    </message>
    <message>
        <source>The split editor was saved {pct}% of the times it was closed.</source>
        <translation>El editor de división se guardó el {pct}% de las veces que se cerró.</translation>
    </message>
    <message>
        <source>Adoption</source>
        <translation>Adopción</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Comentarios</translation>
    </message>
    <message>
        <source>No feedback note yet.</source>
        <translation>Todavía no hay notas de comentarios.</translation>
    </message>
    <message>
        <source>the last 7 days</source>
        <translation>los últimos 7 días</translation>
    </message>
    <message>
        <source>no before/after checks recorded</source>
        <translation>sin revisiones de antes y después registradas</translation>
    </message>
    <message>
        <source>{a} transactions before, {b} after</source>
        <translation>{a} movimientos antes, {b} después</translation>
    </message>
    <message>
        <source>Generated {when}</source>
        <translation>Generado el {when}</translation>
    </message>
    <message>
        <source>Cuentas {version}</source>
        <translation>Cuentas {version}</translation>
    </message>
    <message>
        <source>revision {rev}</source>
        <translation>revisión {rev}</translation>
    </message>
    <message>
        <source>{n} transactions</source>
        <translation>{n} movimientos</translation>
    </message>
    <message>
        <source>1 earlier run failed and was rolled back.</source>
        <translation>1 intento anterior falló y se revirtió.</translation>
    </message>
    <message>
        <source>{n} earlier runs failed and were rolled back.</source>
        <translation>{n} intentos anteriores fallaron y se revirtieron.</translation>
    </message>
    <message>
        <source>1 upgrade run failed; the book was rolled back.</source>
        <translation>1 actualización falló; el libro se revirtió.</translation>
    </message>
    <message>
        <source>{n} upgrade runs failed; the book was rolled back each time.</source>
        <translation>{n} actualizaciones fallaron; el libro se revirtió cada vez.</translation>
    </message>
    <message>
        <source>1 backup, verified, made {when} ({ago}).</source>
        <translation>1 respaldo, verificado, hecho el {when} ({ago}).</translation>
    </message>
    <message>
        <source>{n} backups; the newest verified one was made {when} ({ago}).</source>
        <translation>{n} respaldos; el verificado más reciente se hizo el {when} ({ago}).</translation>
    </message>
    <message>
        <source>1 restore on this computer, verified (checksum, integrity, totals) before and after.</source>
        <translation>1 restauración en esta computadora, verificada (suma de verificación, integridad, totales) antes y después.</translation>
    </message>
    <message>
        <source>{n} restores on this computer, each verified (checksum, integrity, totals) before and after.</source>
        <translation>{n} restauraciones en esta computadora, cada una verificada (suma de verificación, integridad, totales) antes y después.</translation>
    </message>
    <message>
        <source>{ok} of 1 operation with enough runs is within its threshold (95th percentile, last 7 days).</source>
        <translation>{ok} de 1 operación con suficientes ejecuciones está dentro de su umbral (percentil 95, últimos 7 días).</translation>
    </message>
    <message>
        <source>1 unexpected error since {since}; {rate}% of last week&apos;s operations failed.</source>
        <translation>1 error inesperado desde {since}; falló el {rate}% de las operaciones de la semana pasada.</translation>
    </message>
    <message>
        <source>{n} unexpected errors since {since}; {rate}% of last week&apos;s operations failed.</source>
        <translation>{n} errores inesperados desde {since}; falló el {rate}% de las operaciones de la semana pasada.</translation>
    </message>
    <message>
        <source>1 note received.</source>
        <translation>1 nota recibida.</translation>
    </message>
    <message>
        <source>{n} notes received.</source>
        <translation>{n} notas recibidas.</translation>
    </message>
    <message>
        <source>The split editor was opened once, saved {s} and cancelled {c}{rate}.</source>
        <translation>El editor de división se abrió una vez, se guardó {s} y se canceló {c}{rate}.</translation>
    </message>
    <message>
        <source>1 transaction before, {b} after</source>
        <translation>1 movimiento antes, {b} después</translation>
    </message>
    <message>
        <source>1 account balance equal</source>
        <translation>1 saldo de cuenta igual</translation>
    </message>
    <message>
        <source>{n} account balances equal</source>
        <translation>{n} saldos de cuentas iguales</translation>
    </message>
    <message>
        <source>1 account balance DIFFERENT</source>
        <translation>1 saldo de cuenta DIFERENTE</translation>
    </message>
    <message>
        <source>{n} account balances DIFFERENT</source>
        <translation>{n} saldos de cuentas DIFERENTES</translation>
    </message>
    <message>
        <source>1 category total equal</source>
        <translation>1 total por categoría igual</translation>
    </message>
    <message>
        <source>{n} category totals equal</source>
        <translation>{n} totales por categoría iguales</translation>
    </message>
    <message>
        <source>1 category total DIFFERENT</source>
        <translation>1 total por categoría DIFERENTE</translation>
    </message>
    <message>
        <source>{n} category totals DIFFERENT</source>
        <translation>{n} totales por categoría DIFERENTES</translation>
    </message>
    <message>
        <source>Post-deployment report</source>
        <translation>Informe posterior a la implementación</translation>
    </message>
    <message>
        <source>Split transactions — {book}</source>
        <translation>Movimientos divididos — {book}</translation>
    </message>
    <message>
        <source>This report shows how the split-transactions release went on this book: the upgrade and its checks, backups and restores, speed against the thresholds set in Settings ▸ Monitoring, errors since the upgrade, how splits are being used, and the feedback received. It was made on this computer; nothing was sent anywhere.</source>
        <translation>Este informe muestra cómo le fue a este libro con la versión de movimientos divididos: la actualización y sus revisiones, los respaldos y las restauraciones, la velocidad frente a los umbrales de Configuración ▸ Monitoreo, los errores desde la actualización, cómo se usan las divisiones y los comentarios recibidos. Se hizo en esta computadora; no se envió nada a ninguna parte.</translation>
    </message>
    <message>
        <source>The book could not be read for this report ({problem}); only this computer&apos;s figures are shown.</source>
        <translation>El libro no se pudo leer para este informe ({problem}); solo se muestran las cifras de esta computadora.</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Evaluación</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Bien</translation>
    </message>
    <message>
        <source>Attention</source>
        <translation>Atención</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Falló</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Información</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Área</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Hallazgo</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Dictamen</translation>
    </message>
    <message>
        <source>Alerts now: {alerts}</source>
        <translation>Avisos actuales: {alerts}</translation>
    </message>
    <message>
        <source>1. Upgrade runs</source>
        <translation>1. Actualizaciones</translation>
    </message>
    <message>
        <source>No upgrade run is recorded in this book.</source>
        <translation>Este libro no tiene ninguna actualización registrada.</translation>
    </message>
    <message>
        <source>no backup</source>
        <translation>sin respaldo</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Revisions</source>
        <translation>Revisiones</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Took</source>
        <translation>Duró</translation>
    </message>
    <message>
        <source>Before/after checks</source>
        <translation>Revisiones de antes y después</translation>
    </message>
    <message>
        <source>Backup taken before</source>
        <translation>Respaldo tomado antes</translation>
    </message>
    <message>
        <source>Each upgrade backs the book up first and proves the copy; the checks compare the number of transactions, every account&apos;s balance and every category&apos;s total before and after, inside the upgrade&apos;s transaction. Any difference rolls everything back.</source>
        <translation>Cada actualización primero respalda el libro y comprueba la copia; las revisiones comparan el número de movimientos, el saldo de cada cuenta y el total de cada categoría antes y después, dentro de la transacción de la actualización. Cualquier diferencia revierte todo.</translation>
    </message>
    <message>
        <source>2. Backups, restores and integrity</source>
        <translation>2. Respaldos, restauraciones e integridad</translation>
    </message>
    <message>
        <source>No backup of this book was found.</source>
        <translation>No se encontró ningún respaldo de este libro.</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Verificado</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>NO</source>
        <translation>NO</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Restaurado</translation>
    </message>
    <message>
        <source>Backup and verification</source>
        <translation>Respaldo y verificación</translation>
    </message>
    <message>
        <source>Last integrity check: {when}, {result}.</source>
        <translation>Última revisión de integridad: {when}, {result}.</translation>
    </message>
    <message>
        <source>3. Performance against the targets (last 7 days)</source>
        <translation>3. Rendimiento frente a las metas (últimos 7 días)</translation>
    </message>
    <message>
        <source>Nothing was measured in the last 7 days.</source>
        <translation>No se midió nada en los últimos 7 días.</translation>
    </message>
    <message>
        <source>too few runs</source>
        <translation>pocas ejecuciones</translation>
    </message>
    <message>
        <source>over</source>
        <translation>rebasa</translation>
    </message>
    <message>
        <source>within</source>
        <translation>dentro</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Operación</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Ejecuciones</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Mediana</translation>
    </message>
    <message>
        <source>95%</source>
        <translation>95%</translation>
    </message>
    <message>
        <source>Max</source>
        <translation>Máximo</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Umbral</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Situación</translation>
    </message>
    <message>
        <source>Times are measured around each operation in the running program on this computer. An operation is within its target when 95% of its runs took no longer than the threshold; with fewer than 5 runs it is not judged.</source>
        <translation>Los tiempos se miden alrededor de cada operación, en el programa en marcha en esta computadora. Una operación está dentro de su meta cuando el 95% de sus ejecuciones no tardó más que el umbral; con menos de 5 ejecuciones no se evalúa.</translation>
    </message>
    <message>
        <source>4. Errors since {since}</source>
        <translation>4. Errores desde {since}</translation>
    </message>
    <message>
        <source>No unexpected error was recorded.</source>
        <translation>No se registró ningún error inesperado.</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>5. Adoption</source>
        <translation>5. Adopción</translation>
    </message>
    <message>
        <source>The book could not be read for these figures.</source>
        <translation>El libro no se pudo leer para estas cifras.</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <source>Split</source>
        <translation>Divididos</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Proporción</translation>
    </message>
    <message>
        <source>Most common split configurations</source>
        <translation>Divisiones más comunes</translation>
    </message>
    <message>
        <source>Lines go to</source>
        <translation>Las líneas van a</translation>
    </message>
    <message>
        <source>Templates and the split editor</source>
        <translation>Plantillas y editor de división</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Plantilla</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Aplicada</translation>
    </message>
    <message>
        <source>No template was applied in the split editor on this computer.</source>
        <translation>En esta computadora no se aplicó ninguna plantilla en el editor de división.</translation>
    </message>
    <message>
        <source>The split editor was opened {o} times, saved {s} and cancelled {c}{rate}.</source>
        <translation>El editor de división se abrió {o} veces, se guardó {s} y se canceló {c}{rate}.</translation>
    </message>
    <message>
        <source> (completion {pct}%)</source>
        <translation> (se terminó el {pct}%)</translation>
    </message>
    <message>
        <source>Users active per month</source>
        <translation>Usuarios activos por mes</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Usuarios</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>Share of transactions split, per month (%)</source>
        <translation>Proporción de movimientos divididos, por mes (%)</translation>
    </message>
    <message>
        <source>6. Feedback received</source>
        <translation>6. Comentarios recibidos</translation>
    </message>
    <message>
        <source>No feedback note was written on this computer (Help ▸ Send feedback…).</source>
        <translation>En esta computadora no se escribió ninguna nota de comentarios (Ayuda ▸ Enviar comentarios…).</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>Imagen</translation>
    </message>
    <message>
        <source>How these figures were gathered</source>
        <translation>Cómo se reunieron estas cifras</translation>
    </message>
    <message>
        <source>Timings, counted errors, check results and feedback are kept on this computer in the monitoring database of the user data folder, for 90 days (feedback until deleted). Upgrade runs are recorded inside the book. Adoption is counted from the book&apos;s transactions and audit log; the split editor and template counts come from this computer. No amount, payee or memo is kept by the monitoring; feedback notes hold what their authors wrote.</source>
        <translation>Los tiempos, los errores contados, los resultados de las revisiones y los comentarios se guardan en esta computadora, en la base de datos de monitoreo de la carpeta de datos del usuario, durante 90 días (los comentarios hasta que se borran). Las actualizaciones se registran dentro del libro. La adopción se cuenta a partir de los movimientos y la bitácora de cambios del libro; las cuentas del editor de división y de las plantillas vienen de esta computadora. El monitoreo no guarda ningún importe, beneficiario ni concepto; las notas de comentarios contienen lo que escribieron sus autores.</translation>
    </message>
    <message>
        <source>Split transactions</source>
        <translation>Movimientos divididos</translation>
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
        <source>list the book&apos;s backups; damaged ones are listed as damaged, with the reason</source>
        <translation>listar los respaldos del libro; los dañados aparecen como dañados, con el motivo</translation>
    </message>
    <message>
        <source>prove every backup completely (checksum, integrity, totals), not only its manifest and size</source>
        <translation>comprobar cada respaldo por completo (suma de verificación, integridad, totales), no solo su manifiesto y su tamaño</translation>
    </message>
    <message>
        <source>the newest backup, when it proves good; when it is damaged, nothing is restored (see --skip-damaged)</source>
        <translation>el respaldo más reciente, si resulta en buen estado; si está dañado, no se restaura nada (vea --skip-damaged)</translation>
    </message>
    <message>
        <source>unknown time</source>
        <translation>hora desconocida</translation>
    </message>
    <message>
        <source>DAMAGED</source>
        <translation>DAÑADO</translation>
    </message>
    <message>
        <source>import a QIF, OFX/QFX or CSV statement (previewed, de-duplicated, all or nothing)</source>
        <translation>importar un estado de cuenta QIF, OFX/QFX o CSV (con vista previa, sin duplicados, todo o nada)</translation>
    </message>
    <message>
        <source>the account the statement is for</source>
        <translation>la cuenta a la que corresponde el estado de cuenta</translation>
    </message>
    <message>
        <source>the file&apos;s format (default: read from the file)</source>
        <translation>el formato del archivo (predeterminado: se lee del archivo)</translation>
    </message>
    <message>
        <source>a saved CSV mapping (default: the columns are recognised from the header)</source>
        <translation>una asignación de columnas CSV guardada (predeterminado: las columnas se reconocen por el encabezado)</translation>
    </message>
    <message>
        <source>save the CSV mapping used, for this account, under NAME</source>
        <translation>guardar la asignación de columnas CSV usada, para esta cuenta, con el nombre NAME</translation>
    </message>
    <message>
        <source>show the preview; write nothing</source>
        <translation>mostrar la vista previa; no escribir nada</translation>
    </message>
    <message>
        <source>create the categories and transfer accounts the file needs (without it they are listed and nothing is imported)</source>
        <translation>crear las categorías y cuentas de transferencia que el archivo necesita (sin esta opción se listan y no se importa nada)</translation>
    </message>
    <message>
        <source>splits that do not add up to the total: reject the row (default) or take the splits&apos; sum</source>
        <translation>divisiones que no suman el total: rechazar la fila (predeterminado) o tomar la suma de las divisiones</translation>
    </message>
    <message>
        <source>do not apply split rules</source>
        <translation>no aplicar las reglas de división</translation>
    </message>
    <message>
        <source>save the file&apos;s memorized transactions (QIF) as split templates</source>
        <translation>guardar los movimientos memorizados del archivo (QIF) como plantillas de división</translation>
    </message>
    <message>
        <source>write the book as QIF, CSV or a ledger journal</source>
        <translation>escribir el libro como QIF, CSV o un diario de ledger</translation>
    </message>
    <message>
        <source>the file to write; never a book or a folder</source>
        <translation>el archivo que se escribe; nunca un libro ni una carpeta</translation>
    </message>
    <message>
        <source>only this account (default: the whole book)</source>
        <translation>solo esta cuenta (predeterminado: todo el libro)</translation>
    </message>
    <message>
        <source>replace FILE when it exists</source>
        <translation>reemplazar FILE si ya existe</translation>
    </message>
    <message>
        <source>the imports made into this book; undo one</source>
        <translation>las importaciones hechas en este libro; deshacer una</translation>
    </message>
    <message>
        <source>the latest imports</source>
        <translation>las importaciones más recientes</translation>
    </message>
    <message>
        <source>remove exactly the transactions of one import</source>
        <translation>quitar exactamente los movimientos de una importación</translation>
    </message>
    <message>
        <source>split rules applied to imported movements</source>
        <translation>reglas de división que se aplican a los movimientos importados</translation>
    </message>
    <message>
        <source>the rules, in the order they are tried</source>
        <translation>las reglas, en el orden en que se prueban</translation>
    </message>
    <message>
        <source>add or change a rule</source>
        <translation>agregar o cambiar una regla</translation>
    </message>
    <message>
        <source>the text the payee or memo contains (or, with --payee, the payee)</source>
        <translation>el texto que contiene el beneficiario o el concepto (o, con --payee, el beneficiario)</translation>
    </message>
    <message>
        <source>the payee must be TEXT exactly (case and spaces aside)</source>
        <translation>el beneficiario debe ser exactamente TEXT (sin contar mayúsculas ni espacios)</translation>
    </message>
    <message>
        <source>a split template (`templates list`)</source>
        <translation>una plantilla de división (`templates list`)</translation>
    </message>
    <message>
        <source>a template key, like fee_rate=3.6 (repeatable)</source>
        <translation>una clave de la plantilla, como fee_rate=3.6 (se puede repetir)</translation>
    </message>
    <message>
        <source>only for movements of this account</source>
        <translation>solo para movimientos de esta cuenta</translation>
    </message>
    <message>
        <source>remove a rule</source>
        <translation>quitar una regla</translation>
    </message>
    <message>
        <source>is for CSV files only</source>
        <translation>es solo para archivos CSV</translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation>Ensayo: no se escribió nada.</translation>
    </message>
    <message>
        <source>Nothing to import: every row is a duplicate or invalid.</source>
        <translation>Nada que importar: cada fila está duplicada o no es válida.</translation>
    </message>
    <message>
        <source>Nothing imported: {what} do not exist yet. Run again with --yes to create them.</source>
        <translation>No se importó nada: {what} todavía no existen. Ejecute de nuevo con --yes para crearlas.</translation>
    </message>
    <message>
        <source>opening balance set</source>
        <translation>saldo inicial fijado</translation>
    </message>
    <message>
        <source>1 turned out to be a duplicate meanwhile</source>
        <translation>1 resultó duplicado mientras tanto</translation>
    </message>
    <message>
        <source>{n} turned out to be duplicates meanwhile</source>
        <translation>{n} resultaron duplicados mientras tanto</translation>
    </message>
    <message>
        <source>Imported 1 transaction into {account} (import {id}; undo with `cuentas imports undo {id}`){extra}.</source>
        <translation>Se importó 1 movimiento a {account} (importación {id}; se deshace con `cuentas imports undo {id}`){extra}.</translation>
    </message>
    <message>
        <source>Imported {n} transactions into {account} (import {id}; undo with `cuentas imports undo {id}`){extra}.</source>
        <translation>Se importaron {n} movimientos a {account} (importación {id}; se deshace con `cuentas imports undo {id}`){extra}.</translation>
    </message>
    <message>
        <source>Saved 1 split template: {names}</source>
        <translation>Se guardó 1 plantilla de división: {names}</translation>
    </message>
    <message>
        <source>Saved {n} split templates: {names}</source>
        <translation>Se guardaron {n} plantillas de división: {names}</translation>
    </message>
    <message>
        <source>Saved the mapping {name} for this account.</source>
        <translation>Se guardó la asignación de columnas {name} para esta cuenta.</translation>
    </message>
    <message>
        <source>a transfer, removed from both accounts</source>
        <translation>una transferencia, quitada de las dos cuentas</translation>
    </message>
    <message>
        <source>a transfer, recorded in both accounts</source>
        <translation>una transferencia, registrada en las dos cuentas</translation>
    </message>
    <message>
        <source>1 of them a transfer, removed from both accounts</source>
        <translation>1 de ellos una transferencia, quitada de las dos cuentas</translation>
    </message>
    <message>
        <source>{n} of them transfers, removed from both accounts</source>
        <translation>{n} de ellos transferencias, quitadas de las dos cuentas</translation>
    </message>
    <message>
        <source>1 of them a transfer, recorded in both accounts</source>
        <translation>1 de ellos una transferencia, registrada en las dos cuentas</translation>
    </message>
    <message>
        <source>{n} of them transfers, recorded in both accounts</source>
        <translation>{n} de ellos transferencias, registradas en las dos cuentas</translation>
    </message>
    <message>
        <source>1 category</source>
        <translation>1 categoría</translation>
    </message>
    <message>
        <source>{n} categories</source>
        <translation>{n} categorías</translation>
    </message>
    <message>
        <source>1 account</source>
        <translation>1 cuenta</translation>
    </message>
    <message>
        <source>1 transaction</source>
        <translation>1 movimiento</translation>
    </message>
    <message>
        <source>1 split line</source>
        <translation>1 línea</translation>
    </message>
    <message>
        <source>{n} split lines</source>
        <translation>{n} líneas</translation>
    </message>
    <message>
        <source>{n} accounts</source>
        <translation>{n} cuentas</translation>
    </message>
    <message>
        <source>File: {file} ({format})</source>
        <translation>Archivo: {file} ({format})</translation>
    </message>
    <message>
        <source>Into: {account}</source>
        <translation>A la cuenta: {account}</translation>
    </message>
    <message>
        <source>new</source>
        <translation>nuevas</translation>
    </message>
    <message>
        <source>duplicate</source>
        <translation>duplicadas</translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>no válidas</translation>
    </message>
    <message>
        <source>Invalid rows (not imported):</source>
        <translation>Filas no válidas (no se importan):</translation>
    </message>
    <message>
        <source>… and {n} more</source>
        <translation>… y {n} más</translation>
    </message>
    <message>
        <source>Split rules applied: {rules}</source>
        <translation>Reglas de división aplicadas: {rules}</translation>
    </message>
    <message>
        <source>A note on 1 row: {note}</source>
        <translation>Una nota en 1 fila: {note}</translation>
    </message>
    <message>
        <source>Notes on {n} rows, like: {note}</source>
        <translation>Notas en {n} filas, como: {note}</translation>
    </message>
    <message>
        <source>1 record</source>
        <translation>1 registro</translation>
    </message>
    <message>
        <source>{n} records</source>
        <translation>{n} registros</translation>
    </message>
    <message>
        <source>Skipped: line {line}, {what} ({records}): {why}</source>
        <translation>Omitido: línea {line}, {what} ({records}): {why}</translation>
    </message>
    <message>
        <source>Memorized transactions: 1 (never booked; --save-templates keeps it as a split template)</source>
        <translation>Movimientos memorizados: 1 (nunca se registra; --save-templates lo guarda como plantilla de división)</translation>
    </message>
    <message>
        <source>Memorized transactions: {n} (never booked; --save-templates keeps them as split templates)</source>
        <translation>Movimientos memorizados: {n} (nunca se registran; --save-templates los guarda como plantillas de división)</translation>
    </message>
    <message>
        <source>Categories to create: {names}</source>
        <translation>Categorías por crear: {names}</translation>
    </message>
    <message>
        <source>Accounts to create: {names}</source>
        <translation>Cuentas por crear: {names}</translation>
    </message>
    <message>
        <source>Wrote {path}</source>
        <translation>Se escribió {path}</translation>
    </message>
    <message>
        <source>file</source>
        <translation>archivo</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>importado</translation>
    </message>
    <message>
        <source>state</source>
        <translation>estado</translation>
    </message>
    <message>
        <source>undone {date}</source>
        <translation>deshecha el {date}</translation>
    </message>
    <message>
        <source>1 changed since</source>
        <translation>1 cambiado desde entonces</translation>
    </message>
    <message>
        <source>{n} changed since</source>
        <translation>{n} cambiados desde entonces</translation>
    </message>
    <message>
        <source>categories removed: {names}</source>
        <translation>categorías quitadas: {names}</translation>
    </message>
    <message>
        <source>accounts removed: {names}</source>
        <translation>cuentas quitadas: {names}</translation>
    </message>
    <message>
        <source>opening balance put back</source>
        <translation>saldo inicial restablecido</translation>
    </message>
    <message>
        <source>Undid import {id}: 1 transaction removed{extra}.</source>
        <translation>Se deshizo la importación {id}: se quitó 1 movimiento{extra}.</translation>
    </message>
    <message>
        <source>Undid import {id}: {n} transactions removed{extra}.</source>
        <translation>Se deshizo la importación {id}: se quitaron {n} movimientos{extra}.</translation>
    </message>
    <message>
        <source>rule</source>
        <translation>regla</translation>
    </message>
    <message>
        <source>what it does</source>
        <translation>qué hace</translation>
    </message>
    <message>
        <source>is not KEY=VALUE (like fee_rate=3.6)</source>
        <translation>no es CLAVE=VALOR (como fee_rate=3.6)</translation>
    </message>
    <message>
        <source>Rule {name}: {what}</source>
        <translation>Regla {name}: {what}</translation>
    </message>
    <message>
        <source>Removed the rule {name}.</source>
        <translation>Se quitó la regla {name}.</translation>
    </message>
    <message>
        <source>Damaged (they cannot be restored):</source>
        <translation>Dañados (no se pueden restaurar):</translation>
    </message>
    <message>
        <source>States come from each manifest and file size; --verify also proves every checksum, integrity and totals.</source>
        <translation>Los estados vienen del manifiesto y del tamaño de cada archivo; --verify además comprueba cada suma de verificación, la integridad y los totales.</translation>
    </message>
    <message>
        <source>skipped {path} ({when}): {problem}</source>
        <translation>se omitió {path} ({when}): {problem}</translation>
    </message>
    <message>
        <source>no good {reason} backup of this book was found: it is damaged (see above); nothing was changed</source>
        <translation>no se encontró ningún respaldo {reason} en buen estado de este libro: está dañado (vea arriba); no se cambió nada</translation>
    </message>
    <message>
        <source>no good {reason} backup of this book was found: all are damaged (see above); nothing was changed</source>
        <translation>no se encontró ningún respaldo {reason} en buen estado de este libro: todos están dañados (vea arriba); no se cambió nada</translation>
    </message>
    <message>
        <source>no good backup of this book was found: it is damaged (see above); nothing was changed</source>
        <translation>no se encontró ningún respaldo en buen estado de este libro: está dañado (vea arriba); no se cambió nada</translation>
    </message>
    <message>
        <source>no good backup of this book was found: all are damaged (see above); nothing was changed</source>
        <translation>no se encontró ningún respaldo en buen estado de este libro: todos están dañados (vea arriba); no se cambió nada</translation>
    </message>
    <message>
        <source>no verified {reason} backup of this book was found (cuentas backups lists them); nothing was changed</source>
        <translation>no se encontró ningún respaldo {reason} verificado de este libro (cuentas backups los lista); no se cambió nada</translation>
    </message>
    <message>
        <source>the newest {reason} backup, {newest} ({newest_when}), is damaged: {problem}. The newest good one is {chosen} ({chosen_when}): restore it with --latest --skip-damaged, or by naming the file; nothing was changed</source>
        <translation>el respaldo {reason} más reciente, {newest} ({newest_when}), está dañado: {problem}. El más reciente en buen estado es {chosen} ({chosen_when}): restáurelo con --latest --skip-damaged, o indicando el archivo; no se cambió nada</translation>
    </message>
    <message>
        <source>the newest backup, {newest} ({newest_when}), is damaged: {problem}. The newest good one is {chosen} ({chosen_when}): restore it with --latest --skip-damaged, or by naming the file; nothing was changed</source>
        <translation>el respaldo más reciente, {newest} ({newest_when}), está dañado: {problem}. El más reciente en buen estado es {chosen} ({chosen_when}): restáurelo con --latest --skip-damaged, o indicando el archivo; no se cambió nada</translation>
    </message>
    <message>
        <source>The newest {reason} backup, {newest} ({newest_when}), is damaged; restoring the newest good one instead: {chosen_name} ({chosen_when}).</source>
        <translation>El respaldo {reason} más reciente, {newest} ({newest_when}), está dañado; se restaura en su lugar el más reciente en buen estado: {chosen_name} ({chosen_when}).</translation>
    </message>
    <message>
        <source>The newest backup, {newest} ({newest_when}), is damaged; restoring the newest good one instead: {chosen_name} ({chosen_when}).</source>
        <translation>El respaldo más reciente, {newest} ({newest_when}), está dañado; se restaura en su lugar el más reciente en buen estado: {chosen_name} ({chosen_when}).</translation>
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
        <source>no verified backup of this book was found (cuentas backups lists them); nothing was changed</source>
        <translation>no se encontró ningún respaldo verificado de este libro (cuentas backups los lista); no se cambió nada</translation>
    </message>
    <message>
        <source>error: --skip-damaged: only goes with --latest</source>
        <translation>error: --skip-damaged: solo va con --latest</translation>
    </message>
    <message>
        <source>is not a backup file</source>
        <translation>no es un archivo de respaldo</translation>
    </message>
    <message>
        <source>the backup {path} is damaged: {problem}; nothing was changed</source>
        <translation>el respaldo {path} está dañado: {problem}; no se cambió nada</translation>
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
        <source>may not contain = (it separates a split&apos;s target from its amount)</source>
        <translation>no puede contener = (separa el destino de una línea de su importe)</translation>
    </message>
    <message>
        <source>contains a control character</source>
        <translation>contiene un carácter de control</translation>
    </message>
    <message>
        <source>is already the name of an account ({other}; names ignore case)</source>
        <translation>ya es el nombre de una cuenta ({other}; los nombres no distinguen mayúsculas y minúsculas)</translation>
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
        <source>change accounts</source>
        <translation>cambiar cuentas</translation>
    </message>
    <message>
        <source>is not a saved mapping of this book (save one from File ▸ Import… in the desktop app, or with --save-mapping)</source>
        <translation>no es una asignación de columnas guardada de este libro (guarde una desde Archivo ▸ Importar… en el programa de escritorio, o con --save-mapping)</translation>
    </message>
    <message>
        <source>is empty; a saved mapping needs a name</source>
        <translation>está vacío; una asignación guardada necesita un nombre</translation>
    </message>
    <message>
        <source>save import mappings</source>
        <translation>guardar asignaciones de columnas</translation>
    </message>
    <message>
        <source>does not exist</source>
        <translation>no existe</translation>
    </message>
    <message>
        <source>is not a saved mapping of this book</source>
        <translation>no es una asignación de columnas guardada de este libro</translation>
    </message>
    <message>
        <source>is not an account of this book</source>
        <translation>no es una cuenta de este libro</translation>
    </message>
    <message>
        <source>income</source>
        <translation>ingreso</translation>
    </message>
    <message>
        <source>expense</source>
        <translation>gasto</translation>
    </message>
    <message>
        <source>tax</source>
        <translation>impuesto</translation>
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
        <source>goes on a category of kind {needed}, not {kind}</source>
        <translation>va en una categoría de tipo {needed}, no {kind}</translation>
    </message>
    <message>
        <source>differs from {parent} ({parent_kind}); a subcategory has its parent&apos;s kind</source>
        <translation>es distinto de {parent} ({parent_kind}); una subcategoría tiene el tipo de su categoría superior</translation>
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
        <source>is {parent_kind} and {category} is {kind}; a subcategory has its parent&apos;s kind (change the kind first)</source>
        <translation>es de tipo {parent_kind} y {category} es de tipo {kind}; una subcategoría tiene el tipo de su categoría superior (cambie primero el tipo)</translation>
    </message>
    <message>
        <source>change categories</source>
        <translation>cambiar categorías</translation>
    </message>
    <message>
        <source>does not fit {category} (role {role}, kind {needed}); change its role first</source>
        <translation>no va con {category} (rol {role}, tipo {needed}); cambie primero su rol</translation>
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
        <source>is {target_kind} and the subcategories of {source} are {source_kind}; a subcategory has its parent&apos;s kind</source>
        <translation>es de tipo {target_kind} y las subcategorías de {source} son de tipo {source_kind}; una subcategoría tiene el tipo de su categoría superior</translation>
    </message>
    <message>
        <source>remove categories</source>
        <translation>quitar categorías</translation>
    </message>
    <message>
        <source>holds 1 split line; merge it instead</source>
        <translation>tiene 1 línea; mejor fusiónela</translation>
    </message>
    <message>
        <source>holds {n} split lines; merge it instead</source>
        <translation>tiene {n} líneas; mejor fusiónela</translation>
    </message>
    <message>
        <source>has the subcategory {category}</source>
        <translation>tiene la subcategoría {category}</translation>
    </message>
    <message>
        <source>cannot be put back: another category took its place</source>
        <translation>no se puede volver a poner: otra categoría ocupó su lugar</translation>
    </message>
    <message>
        <source>is not a category of this book</source>
        <translation>no es una categoría de este libro</translation>
    </message>
    <message>
        <source>is before --from {date}</source>
        <translation>es anterior a --from {date}</translation>
    </message>
    <message>
        <source>is less than --min {amount_min}</source>
        <translation>es menor que --min {amount_min}</translation>
    </message>
    <message>
        <source>index text for search</source>
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
        <source>is not BASE@RATE (like 1234.56@16)</source>
        <translation>no es BASE@TASA (como 1234.56@16)</translation>
    </message>
    <message>
        <source>add up to {total} with their IVA, not to the amount {amount}</source>
        <translation>suman {total} con su IVA, no el importe {amount}</translation>
    </message>
    <message>
        <source>is zero</source>
        <translation>es cero</translation>
    </message>
    <message>
        <source>and invoices= both list the invoices; give one</source>
        <translation>e invoices= dan las dos la lista de facturas; use solo una</translation>
    </message>
    <message>
        <source>is empty; give TOTAL@RATE;TOTAL@RATE;...</source>
        <translation>está vacío; indique TOTAL@TASA;TOTAL@TASA;...</translation>
    </message>
    <message>
        <source>names {categories} for {invoices}</source>
        <translation>indica {categories} para {invoices}</translation>
    </message>
    <message>
        <source>1 invoice</source>
        <translation>1 factura</translation>
    </message>
    <message>
        <source>{n} invoices</source>
        <translation>{n} facturas</translation>
    </message>
    <message>
        <source>is not TOTAL@RATE (like 1432.09@16)</source>
        <translation>no es TOTAL@TASA (como 1432.09@16)</translation>
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
        <source>Invoice totals (TOTAL@RATE;...)</source>
        <translation>Totales de las facturas (TOTAL@TASA;...)</translation>
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
        <translation>Categoría</translation>
    </message>
    <message>
        <source>month/day/year</source>
        <translation>mes/día/año</translation>
    </message>
    <message>
        <source>day/month/year</source>
        <translation>día/mes/año</translation>
    </message>
    <message>
        <source>year/month/day</source>
        <translation>año/mes/día</translation>
    </message>
    <message>
        <source>cannot be read ({error})</source>
        <translation>no se puede leer ({error})</translation>
    </message>
    <message>
        <source>is not a file</source>
        <translation>no es un archivo</translation>
    </message>
    <message>
        <source>is {size} MB; files over {limit} MB are not imported (split it by date first)</source>
        <translation>mide {size} MB; los archivos de más de {limit} MB no se importan (divídalo primero por fechas)</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>está vacío</translation>
    </message>
    <message>
        <source>says it is UTF-16 but is not</source>
        <translation>dice ser UTF-16 pero no lo es</translation>
    </message>
    <message>
        <source>cannot be read as {encoding}: no such encoding</source>
        <translation>no se puede leer como {encoding}: no existe esa codificación</translation>
    </message>
    <message>
        <source>is not {encoding} text (byte {byte}); choose another encoding</source>
        <translation>no es texto {encoding} (byte {byte}); elija otra codificación</translation>
    </message>
    <message>
        <source>is not a text file (it holds binary data)</source>
        <translation>no es un archivo de texto (contiene datos binarios)</translation>
    </message>
    <message>
        <source>has more than {n} decimals</source>
        <translation>tiene más de {n} decimales</translation>
    </message>
    <message>
        <source>has decimals</source>
        <translation>tiene decimales</translation>
    </message>
    <message>
        <source>is out of range</source>
        <translation>está fuera de rango</translation>
    </message>
    <message>
        <source>is not a date</source>
        <translation>no es una fecha</translation>
    </message>
    <message>
        <source>is not a calendar date ({date} does not exist)</source>
        <translation>no es una fecha del calendario ({date} no existe)</translation>
    </message>
    <message>
        <source>has {value} as its month</source>
        <translation>tiene {value} como mes</translation>
    </message>
    <message>
        <source>has {value} as its day</source>
        <translation>tiene {value} como día</translation>
    </message>
    <message>
        <source>has {value} as its year</source>
        <translation>tiene {value} como año</translation>
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
        <source>payee is &quot;{pattern}&quot; → {template}</source>
        <translation>el beneficiario es &quot;{pattern}&quot; → {template}</translation>
    </message>
    <message>
        <source>contains &quot;{pattern}&quot; → {template}</source>
        <translation>contiene &quot;{pattern}&quot; → {template}</translation>
    </message>
    <message>
        <source>is empty; a rule needs a name</source>
        <translation>está vacío; una regla necesita un nombre</translation>
    </message>
    <message>
        <source>is empty; say which payees the rule is for</source>
        <translation>está vacío; indique para qué beneficiarios es la regla</translation>
    </message>
    <message>
        <source>{name} takes no keys</source>
        <translation>{name} no recibe claves</translation>
    </message>
    <message>
        <source>change split rules</source>
        <translation>cambiar reglas de división</translation>
    </message>
    <message>
        <source>is already the name of a rule</source>
        <translation>ya es el nombre de una regla</translation>
    </message>
    <message>
        <source>is not a split rule of this book</source>
        <translation>no es una regla de división de este libro</translation>
    </message>
    <message>
        <source>list no invoice; give at least one</source>
        <translation>no tienen ninguna factura; escriba al menos una</translation>
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
        <source>is not an amount (use the digits 0-9 and &apos;.&apos;, like -1160.00)</source>
        <translation>no es un importe (use los dígitos 0-9 y &apos;.&apos;, como -1160.00)</translation>
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
        <source>IVA of the period</source>
        <translation>IVA del periodo</translation>
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
        <source>no rate</source>
        <translation>sin tasa</translation>
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
        <source>Opening and closing balances</source>
        <translation>Saldos inicial y final</translation>
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
        <translation>cambiar este libro</translation>
    </message>
    <message>
        <source>the book {name} was replaced (a backup restored, or another program) since Cuentas opened it; nothing was written — open the book again</source>
        <translation>el libro {name} se reemplazó (se restauró un respaldo, u otro programa) desde que Cuentas lo abrió; no se escribió nada: abra el libro otra vez</translation>
    </message>
    <message>
        <source>the book {name} is being restored from a backup; try again when the restore has finished</source>
        <translation>el libro {name} se está restaurando desde un respaldo; inténtelo otra vez cuando termine la restauración</translation>
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
        <translation>no es una URL válida de PostgreSQL</translation>
    </message>
    <message>
        <source>is neither a file path nor a postgresql:// URL</source>
        <translation>no es la ruta de un archivo ni una URL postgresql://</translation>
    </message>
    <message>
        <source>the book&apos;s file or its folder is read-only for this user, so Cuentas can show it but not change it; nothing was written</source>
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
        <source>it is open in another program; close it there and try again</source>
        <translation>está abierto en otro programa; ciérrelo ahí e inténtelo otra vez</translation>
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
        <translation>{name} ({role}) no puede {action}</translation>
    </message>
    <message>
        <source>; ask the book&apos;s owner</source>
        <translation>; pídaselo al propietario del libro</translation>
    </message>
    <message>
        <source>the book is empty</source>
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
        <source>is writing to it</source>
        <translation>está escribiendo en él</translation>
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
        <source>nothing was written (try again when it has finished)</source>
        <translation>no se escribió nada (inténtelo otra vez cuando termine)</translation>
    </message>
    <message>
        <source>waited {seconds} s for the writes in progress, nothing was changed</source>
        <translation>se esperó {seconds} s a que terminaran los cambios en curso; no se cambió nada</translation>
    </message>
    <message>
        <source>Cuentas cannot write its lock file {path} beside the book ({reason}); the book&apos;s folder must be writable to change the book</source>
        <translation>Cuentas no puede escribir su archivo de bloqueo {path} junto al libro ({reason}); para modificar el libro se debe poder escribir en su carpeta</translation>
    </message>
    <message>
        <source>waited {seconds} s for it to finish, nothing was written (try again when it has finished)</source>
        <translation>se esperó {seconds} s a que terminara; no se escribió nada (inténtelo otra vez cuando termine)</translation>
    </message>
    <message>
        <source>waited {seconds} s for the writes in progress, nothing was changed (try again when they have finished)</source>
        <translation>se esperó {seconds} s a que terminaran los cambios en curso; no se cambió nada (inténtelo otra vez cuando terminen)</translation>
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
        <source>1 transaction has no lines</source>
        <translation>1 movimiento no tiene líneas</translation>
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
        <source>1 transaction does not add up</source>
        <translation>1 movimiento no cuadra</translation>
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
        <source>1 transfer line is out of step</source>
        <translation>1 línea de transferencia no coincide</translation>
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
        <source>1 row points at a missing row</source>
        <translation>1 fila apunta a una fila que no existe</translation>
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
        <source>The upgrade was saved but {reason}, and the verified backup {path} could not be put back because {why}. Close that program: the next time Cuentas opens the book it puts the backup back.</source>
        <translation>La actualización se guardó, pero {reason}, y el respaldo verificado {path} no se pudo volver a poner porque {why}. Cierre ese programa: la próxima vez que Cuentas abra el libro, volverá a poner el respaldo.</translation>
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
        <source>check that this installation works, without a screen: a legacy demo book upgraded, the main window, the split editor and a handout PDF, all in a temporary folder; exit 0 when every step passed</source>
        <translation>comprobar que esta instalación funciona, sin pantalla: un libro de demostración antiguo actualizado, la ventana principal, el editor de división y un folleto PDF, todo en una carpeta temporal; sale con 0 cuando todos los pasos pasaron</translation>
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
    <message>
        <source>Self-test FAILED at &apos;{step}&apos; after {seconds} s; its files are kept in {folder}</source>
        <translation>La autoprueba FALLÓ en &apos;{step}&apos; después de {seconds} s; sus archivos se conservan en {folder}</translation>
    </message>
    <message>
        <source>Self-test passed: {n} steps in {seconds} s.</source>
        <translation>Autoprueba aprobada: {n} pasos en {seconds} s.</translation>
    </message>
    <message>
        <source>(the desktop steps run only through the `cuentas` command)</source>
        <translation>(los pasos de escritorio solo se ejecutan con el comando `cuentas`)</translation>
    </message>
    <message>
        <source>The payee&apos;s last split</source>
        <translation>La última división del beneficiario</translation>
    </message>
    <message>
        <source>Making the diagnostics bundle</source>
        <translation>Preparando el paquete de diagnóstico</translation>
    </message>
    <message>
        <source>health figures</source>
        <translation>cifras de diagnóstico</translation>
    </message>
    <message>
        <source>logs</source>
        <translation>bitácoras</translation>
    </message>
    <message>
        <source>measurements</source>
        <translation>mediciones</translation>
    </message>
    <message>
        <source>settings</source>
        <translation>configuración</translation>
    </message>
    <message>
        <source>a copy of the book</source>
        <translation>una copia del libro</translation>
    </message>
    <message>
        <source>manifest</source>
        <translation>manifiesto</translation>
    </message>
    <message>
        <source>done</source>
        <translation>listo</translation>
    </message>
    <message>
        <source>Cuentas ran into a problem it did not expect ({error}). What was saved before is safe; the action that failed was not completed.</source>
        <translation>Cuentas tuvo un problema que no esperaba ({error}). Lo que se guardó antes está a salvo; la acción que falló no se terminó.</translation>
    </message>
    <message>
        <source>is empty: write what you want to tell</source>
        <translation>está vacía: escriba lo que quiera decir</translation>
    </message>
    <message>
        <source>is not a PNG picture</source>
        <translation>no es una imagen PNG</translation>
    </message>
    <message>
        <source>{operation} is slow: 95% of runs within {p95}, the threshold is {threshold}</source>
        <translation>{operation} es lenta: el 95% de las ejecuciones tarda hasta {p95}, el umbral es {threshold}</translation>
    </message>
    <message>
        <source>{percent}% of last week&apos;s operations failed (more than {limit}%)</source>
        <translation>El {percent}% de las operaciones de la semana pasada falló (más del {limit}%)</translation>
    </message>
    <message>
        <source>1 unexpected error in the last day</source>
        <translation>1 error inesperado en el último día</translation>
    </message>
    <message>
        <source>{n} unexpected errors in the last day</source>
        <translation>{n} errores inesperados en el último día</translation>
    </message>
    <message>
        <source>This book has no verified backup</source>
        <translation>Este libro no tiene ningún respaldo verificado</translation>
    </message>
    <message>
        <source>The newest verified backup is {days} days old (more than 1 day)</source>
        <translation>El respaldo verificado más reciente tiene {days} días (más de 1 día)</translation>
    </message>
    <message>
        <source>The newest verified backup is {days} days old (more than {limit})</source>
        <translation>El respaldo verificado más reciente tiene {days} días (más de {limit})</translation>
    </message>
    <message>
        <source>The last check of this book failed: {detail}</source>
        <translation>La última revisión de este libro falló: {detail}</translation>
    </message>
    <message>
        <source>The last upgrade of this book failed ({when})</source>
        <translation>La última actualización de este libro falló ({when})</translation>
    </message>
    <message>
        <source>no book chosen</source>
        <translation>ningún libro elegido</translation>
    </message>
    <message>
        <source>Saving a transaction</source>
        <translation>Guardar un movimiento</translation>
    </message>
    <message>
        <source>a split saved in 5 ms (median)</source>
        <translation>un movimiento dividido guardado en 5 ms (mediana)</translation>
    </message>
    <message>
        <source>Opening a register</source>
        <translation>Abrir un registro</translation>
    </message>
    <message>
        <source>the first screen of an account of 200,000 transactions in 100 ms</source>
        <translation>la primera pantalla de una cuenta de 200,000 movimientos en 100 ms</translation>
    </message>
    <message>
        <source>Running a report</source>
        <translation>Generar un informe</translation>
    </message>
    <message>
        <source>a one-year category report in 250 ms</source>
        <translation>un informe por categoría de un año en 250 ms</translation>
    </message>
    <message>
        <source>Searching</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>the first 200 hits in 150 ms</source>
        <translation>los primeros 200 resultados en 150 ms</translation>
    </message>
    <message>
        <source>Importing a file</source>
        <translation>Importar un archivo</translation>
    </message>
    <message>
        <source>Backing up a book</source>
        <translation>Respaldar un libro</translation>
    </message>
    <message>
        <source>Restoring a backup</source>
        <translation>Restaurar un respaldo</translation>
    </message>
    <message>
        <source>Upgrading a book</source>
        <translation>Actualizar un libro</translation>
    </message>
    <message>
        <source>a million transactions in about 15 s</source>
        <translation>un millón de movimientos en unos 15 s</translation>
    </message>
    <message>
        <source>New split transaction</source>
        <translation>Nuevo movimiento dividido</translation>
    </message>
    <message>
        <source>Change a split transaction</source>
        <translation>Cambiar un movimiento dividido</translation>
    </message>
    <message>
        <source>New transaction</source>
        <translation>Nuevo movimiento</translation>
    </message>
    <message>
        <source>Change a transaction</source>
        <translation>Cambiar un movimiento</translation>
    </message>
    <message>
        <source>Open a register</source>
        <translation>Abrir un registro</translation>
    </message>
    <message>
        <source>Load a page of the register</source>
        <translation>Cargar una página del registro</translation>
    </message>
    <message>
        <source>Search transactions</source>
        <translation>Buscar movimientos</translation>
    </message>
    <message>
        <source>Report: income and expenses by category</source>
        <translation>Informe: ingresos y gastos por categoría</translation>
    </message>
    <message>
        <source>Report: IVA summary</source>
        <translation>Informe: resumen de IVA</translation>
    </message>
    <message>
        <source>Report: commissions by payee</source>
        <translation>Informe: comisiones por beneficiario</translation>
    </message>
    <message>
        <source>Report: monthly income and expenses</source>
        <translation>Informe: ingresos y gastos por mes</translation>
    </message>
    <message>
        <source>Report: payees</source>
        <translation>Informe: beneficiarios</translation>
    </message>
    <message>
        <source>Report: account balances</source>
        <translation>Informe: saldos de cuentas</translation>
    </message>
    <message>
        <source>Back up</source>
        <translation>Respaldar</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Restaurar un respaldo</translation>
    </message>
    <message>
        <source>Upgrade a book</source>
        <translation>Actualizar un libro</translation>
    </message>
    <message>
        <source>Import a CSV file</source>
        <translation>Importar un archivo CSV</translation>
    </message>
    <message>
        <source>Import a QIF file</source>
        <translation>Importar un archivo QIF</translation>
    </message>
    <message>
        <source>Import an OFX file</source>
        <translation>Importar un archivo OFX</translation>
    </message>
    <message>
        <source>Read and preview a statement</source>
        <translation>Leer un estado de cuenta y ver la vista previa</translation>
    </message>
    <message>
        <source>Undo an import</source>
        <translation>Deshacer una importación</translation>
    </message>
    <message>
        <source>is not between {low} and {high}</source>
        <translation>no está entre {low} y {high}</translation>
    </message>
    <message>
        <source>is not an operation group</source>
        <translation>no es un grupo de operaciones</translation>
    </message>
    <message>
        <source>is not a QIF, OFX/QFX or CSV statement</source>
        <translation>no es un estado de cuenta QIF, OFX/QFX ni CSV</translation>
    </message>
    <message>
        <source>--format {value} is not one of {items}</source>
        <translation>--format {value} no es uno de estos: {items}</translation>
    </message>
    <message>
        <source>is read as a CSV file whose header Cuentas does not recognise ({reason}); choose its columns in File ▸ Import…, or import it with a saved --mapping</source>
        <translation>se lee como un archivo CSV cuyo encabezado Cuentas no reconoce ({reason}); elija sus columnas en Archivo ▸ Importar…, o impórtelo con una asignación guardada (--mapping)</translation>
    </message>
    <message>
        <source>read as {encoding} text</source>
        <translation>leído como texto {encoding}</translation>
    </message>
    <message>
        <source>is invalid and cannot be imported ({reason})</source>
        <translation>no es válida y no se puede importar ({reason})</translation>
    </message>
    <message>
        <source>import transactions</source>
        <translation>importar movimientos</translation>
    </message>
    <message>
        <source>[{name}] (account)</source>
        <translation>[{name}] (cuenta)</translation>
    </message>
    <message>
        <source>do not exist; confirm to create them (--yes), or nothing is imported</source>
        <translation>no existen; confirme que se creen (--yes), o no se importa nada</translation>
    </message>
    <message>
        <source>is not an import of this book</source>
        <translation>no es una importación de este libro</translation>
    </message>
    <message>
        <source>undo imports</source>
        <translation>deshacer importaciones</translation>
    </message>
    <message>
        <source>was undone already ({when})</source>
        <translation>ya se deshizo ({when})</translation>
    </message>
    <message>
        <source>debit</source>
        <translation>cargo</translation>
    </message>
    <message>
        <source>credit</source>
        <translation>abono</translation>
    </message>
    <message>
        <source>debit/credit type</source>
        <translation>tipo cargo/abono</translation>
    </message>
    <message>
        <source>reference</source>
        <translation>referencia</translation>
    </message>
    <message>
        <source>transaction id</source>
        <translation>id. de movimiento</translation>
    </message>
    <message>
        <source>line amount</source>
        <translation>importe de la línea</translation>
    </message>
    <message>
        <source>line memo</source>
        <translation>concepto de la línea</translation>
    </message>
    <message>
        <source>cleared mark</source>
        <translation>marca de conciliado</translation>
    </message>
    <message>
        <source>line {line}: the debit {value} {reason}</source>
        <translation>línea {line}: el cargo {value} {reason}</translation>
    </message>
    <message>
        <source>line {line}: the credit {value} {reason}</source>
        <translation>línea {line}: el abono {value} {reason}</translation>
    </message>
    <message>
        <source>has no date column; choose one</source>
        <translation>no tiene columna de fecha; elija una</translation>
    </message>
    <message>
        <source>has no amount column (or debit and credit columns); choose one</source>
        <translation>no tiene columna de importe (ni columnas de cargo y abono); elija una</translation>
    </message>
    <message>
        <source>date order {value} is not one of auto, MDY, DMY, YMD</source>
        <translation>el orden de fecha {value} no es uno de estos: auto, MDY, DMY, YMD</translation>
    </message>
    <message>
        <source>decimal mark {value} is not . or ,</source>
        <translation>el separador decimal {value} no es . ni ,</translation>
    </message>
    <message>
        <source>delimiter {value} is not one of , ; tab |</source>
        <translation>el separador {value} no es uno de estos: , ; tabulador |</translation>
    </message>
    <message>
        <source>is not readable CSV ({error})</source>
        <translation>no es un CSV legible ({error})</translation>
    </message>
    <message>
        <source>names the column {column} for the {role}, and the file has no such column (it has: {names})</source>
        <translation>indica la columna {column} para {role}, y el archivo no tiene esa columna (tiene: {names})</translation>
    </message>
    <message>
        <source>dates read as {order}</source>
        <translation>fechas leídas como {order}</translation>
    </message>
    <message>
        <source>dates read as {order} (every date reads either way)</source>
        <translation>fechas leídas como {order} (todas las fechas se leen de las dos maneras)</translation>
    </message>
    <message>
        <source>line {line}: the date is empty</source>
        <translation>línea {line}: la fecha está vacía</translation>
    </message>
    <message>
        <source>line {line}: the date {value} {reason}</source>
        <translation>línea {line}: la fecha {value} {reason}</translation>
    </message>
    <message>
        <source>line {line}: the line amount {value} {reason}</source>
        <translation>línea {line}: el importe de la línea {value} {reason}</translation>
    </message>
    <message>
        <source>line {line}: the amount is empty</source>
        <translation>línea {line}: el importe está vacío</translation>
    </message>
    <message>
        <source>line {line}: the amount {value} {reason}</source>
        <translation>línea {line}: el importe {value} {reason}</translation>
    </message>
    <message>
        <source>line {line}: {value} says neither debit nor credit</source>
        <translation>línea {line}: {value} no dice cargo ni abono</translation>
    </message>
    <message>
        <source>line {line}: both the debit and the credit are empty</source>
        <translation>línea {line}: el cargo y el abono están vacíos</translation>
    </message>
    <message>
        <source>line {line}: {text}</source>
        <translation>línea {line}: {text}</translation>
    </message>
    <message>
        <source>is not an OFX file (it has no &lt;OFX&gt; element)</source>
        <translation>no es un archivo OFX (no tiene elemento &lt;OFX&gt;)</translation>
    </message>
    <message>
        <source>read with the tolerant reader (ofxtools could not read this file as a whole)</source>
        <translation>leído con el lector tolerante (ofxtools no pudo leer el archivo completo)</translation>
    </message>
    <message>
        <source>read with ofxtools</source>
        <translation>leído con ofxtools</translation>
    </message>
    <message>
        <source>the statement is in {currencies} and the book in {book}: amounts are taken as they are</source>
        <translation>el estado de cuenta está en {currencies} y el libro en {book}: los importes se toman tal cual</translation>
    </message>
    <message>
        <source>the file holds {n} statements; all go into the chosen account</source>
        <translation>el archivo contiene {n} estados de cuenta; todos van a la cuenta elegida</translation>
    </message>
    <message>
        <source>investment statement</source>
        <translation>estado de cuenta de inversiones</translation>
    </message>
    <message>
        <source>investment transactions are not imported (Cuentas keeps no securities)</source>
        <translation>los movimientos de inversión no se importan (Cuentas no lleva valores)</translation>
    </message>
    <message>
        <source>is not an OFX date (YYYYMMDD)</source>
        <translation>no es una fecha OFX (AAAAMMDD)</translation>
    </message>
    <message>
        <source>is not a calendar date</source>
        <translation>no es una fecha del calendario</translation>
    </message>
    <message>
        <source>no posting date (DTPOSTED); the date of the movement (DTUSER) is taken</source>
        <translation>sin fecha de aplicación (DTPOSTED); se toma la fecha del movimiento (DTUSER)</translation>
    </message>
    <message>
        <source>the transaction has no date (DTPOSTED is missing)</source>
        <translation>el movimiento no tiene fecha (falta DTPOSTED)</translation>
    </message>
    <message>
        <source>the transaction has no date (DTPOSTED is empty)</source>
        <translation>el movimiento no tiene fecha (DTPOSTED está vacío)</translation>
    </message>
    <message>
        <source>the date {value} {reason}</source>
        <translation>la fecha {value} {reason}</translation>
    </message>
    <message>
        <source>the transaction has no amount (TRNAMT)</source>
        <translation>el movimiento no tiene importe (TRNAMT)</translation>
    </message>
    <message>
        <source>the amount {value} {reason}</source>
        <translation>el importe {value} {reason}</translation>
    </message>
    <message>
        <source>no FITID: duplicates are found by date, amount and payee</source>
        <translation>sin FITID: los duplicados se buscan por fecha, importe y beneficiario</translation>
    </message>
    <message>
        <source>line {line}: the payee is cut to {n} characters</source>
        <translation>línea {line}: el beneficiario se recorta a {n} caracteres</translation>
    </message>
    <message>
        <source>line {line}: the memo is cut to {n} characters</source>
        <translation>línea {line}: el concepto se recorta a {n} caracteres</translation>
    </message>
    <message>
        <source>line {line}: the line memo is cut to {n} characters</source>
        <translation>línea {line}: el concepto de la línea se recorta a {n} caracteres</translation>
    </message>
    <message>
        <source>line {line}: the reference is cut to {n} characters</source>
        <translation>línea {line}: la referencia se recorta a {n} caracteres</translation>
    </message>
    <message>
        <source>line {line}: a line transfers to the row&apos;s own account {account}</source>
        <translation>línea {line}: una línea transfiere a la misma cuenta de la fila, {account}</translation>
    </message>
    <message>
        <source>line {line}: the account {account} is archived</source>
        <translation>línea {line}: la cuenta {account} está archivada</translation>
    </message>
    <message>
        <source>line {line}: the category {category} is archived</source>
        <translation>línea {line}: la categoría {category} está archivada</translation>
    </message>
    <message>
        <source>line {line}: the splits add up to {sum}, not the total {total}; the splits&apos; sum is taken</source>
        <translation>línea {line}: las divisiones suman {sum}, no el total {total}; se toma la suma de las divisiones</translation>
    </message>
    <message>
        <source>line {line}: the splits add up to {sum}, not the total {total} (choose to take the splits&apos; sum to import it)</source>
        <translation>línea {line}: las divisiones suman {sum}, no el total {total} (elija tomar la suma de las divisiones para importarla)</translation>
    </message>
    <message>
        <source>line {line}: a second opening balance for {account}</source>
        <translation>línea {line}: un segundo saldo inicial para {account}</translation>
    </message>
    <message>
        <source>the same FITID as line {line}</source>
        <translation>el mismo FITID que la línea {line}</translation>
    </message>
    <message>
        <source>the same FITID as a transaction of {date} imported before</source>
        <translation>el mismo FITID que un movimiento del {date} importado antes</translation>
    </message>
    <message>
        <source>the same date, amount and payee as a transaction in the book</source>
        <translation>la misma fecha, importe y beneficiario que un movimiento del libro</translation>
    </message>
    <message>
        <source>the other side of a transfer already in the book</source>
        <translation>el otro lado de una transferencia que ya está en el libro</translation>
    </message>
    <message>
        <source>the other side of the transfer on line {line}</source>
        <translation>el otro lado de la transferencia de la línea {line}</translation>
    </message>
    <message>
        <source>the account&apos;s opening balance is this amount already</source>
        <translation>el saldo inicial de la cuenta ya es este importe</translation>
    </message>
    <message>
        <source>line {line}: the account has another opening balance; it is not changed</source>
        <translation>línea {line}: la cuenta tiene otro saldo inicial; no se cambia</translation>
    </message>
    <message>
        <source>the rule {rule} does not apply: {reason}</source>
        <translation>la regla {rule} no se aplica: {reason}</translation>
    </message>
    <message>
        <source>securities are not imported (Cuentas keeps no securities)</source>
        <translation>los valores no se importan (Cuentas no lleva valores)</translation>
    </message>
    <message>
        <source>security prices are not imported</source>
        <translation>los precios de valores no se importan</translation>
    </message>
    <message>
        <source>budget templates are not imported</source>
        <translation>las plantillas de presupuesto no se importan</translation>
    </message>
    <message>
        <source>budgets are not imported</source>
        <translation>los presupuestos no se importan</translation>
    </message>
    <message>
        <source>this section is not a register Cuentas imports</source>
        <translation>esta sección no es un registro que Cuentas importe</translation>
    </message>
    <message>
        <source>line {line}: the split amount {value} {reason}</source>
        <translation>línea {line}: el importe de la división {value} {reason}</translation>
    </message>
    <message>
        <source>dates read as {order} (the file says so)</source>
        <translation>fechas leídas como {order} (lo dice el archivo)</translation>
    </message>
    <message>
        <source>is not a QIF file: it does not start with a !Type: or !Account line</source>
        <translation>no es un archivo QIF: no empieza con una línea !Type: ni !Account</translation>
    </message>
    <message>
        <source>is not a QIF file: it has no !Type: line</source>
        <translation>no es un archivo QIF: no tiene línea !Type:</translation>
    </message>
    <message>
        <source>1 class listed in the file is not kept (Cuentas has no classes); the class after &apos;/&apos; in a category is dropped</source>
        <translation>no se conserva la clase del archivo (Cuentas no tiene clases); se omite la clase que sigue a &apos;/&apos; en una categoría</translation>
    </message>
    <message>
        <source>{n} classes listed in the file are not kept (Cuentas has no classes); the class after &apos;/&apos; in a category is dropped</source>
        <translation>no se conservan las {n} clases del archivo (Cuentas no tiene clases); se omite la clase que sigue a &apos;/&apos; en una categoría</translation>
    </message>
    <message>
        <source>line {line}: a split amount without a split line (S) is ignored</source>
        <translation>línea {line}: se ignora un importe de división sin línea de división (S)</translation>
    </message>
    <message>
        <source>line {line}: a date inside a split line is ignored</source>
        <translation>línea {line}: se ignora una fecha dentro de una línea de división</translation>
    </message>
    <message>
        <source>line {line}: a second date is ignored</source>
        <translation>línea {line}: se ignora una segunda fecha</translation>
    </message>
    <message>
        <source>line {line}: the record has no date (D line)</source>
        <translation>línea {line}: el registro no tiene fecha (línea D)</translation>
    </message>
    <message>
        <source>line {line}: the split line to {target} has no amount; 0 taken</source>
        <translation>línea {line}: la línea de división a {target} no tiene importe; se toma 0</translation>
    </message>
    <message>
        <source>line {line}: a split line has no amount; 0 taken</source>
        <translation>línea {line}: una línea de división no tiene importe; se toma 0</translation>
    </message>
    <message>
        <source>line {line}: no total (T line); the splits&apos; sum is taken</source>
        <translation>línea {line}: sin total (línea T); se toma la suma de las divisiones</translation>
    </message>
    <message>
        <source>line {line}: the record has no amount (T line)</source>
        <translation>línea {line}: el registro no tiene importe (línea T)</translation>
    </message>
    <message>
        <source>line {line}: the file ends inside this record (no ^ after it); the file may be cut short</source>
        <translation>línea {line}: el archivo termina dentro de este registro (sin ^ después); puede estar incompleto</translation>
    </message>
    <message>
        <source>line {line}: text after the date is ignored ({text})</source>
        <translation>línea {line}: se ignora el texto después de la fecha ({text})</translation>
    </message>
    <message>
        <source>less than an hour ago</source>
        <translation>hace menos de una hora</translation>
    </message>
    <message>
        <source>today</source>
        <translation>hoy</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>ayer</translation>
    </message>
    <message>
        <source>{n} days ago</source>
        <translation>hace {n} días</translation>
    </message>
</context>
<context>
    <name>i18n</name>
    <message>
        <source>is not a language of Cuentas (one of: {codes})</source>
        <translation>no es un idioma de Cuentas (uno de estos: {codes})</translation>
    </message>
</context>
</TS>
