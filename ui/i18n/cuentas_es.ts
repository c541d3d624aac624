<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name></name>
    <message>
        <source>Backing up…</source>
        <translation>Respaldando…</translation>
    </message>
    <message>
        <source>Backup made</source>
        <translation>Respaldo hecho</translation>
    </message>
    <message>
        <source>The backup is made and verified ({size}).</source>
        <translation>El respaldo está hecho y verificado ({size}).</translation>
    </message>
    <message>
        <source>No backup was made</source>
        <translation>No se hizo el respaldo</translation>
    </message>
    <message>
        <source>The backup could not be made.</source>
        <translation>No se pudo hacer el respaldo.</translation>
    </message>
    <message>
        <source>Backing up the book before closing…</source>
        <translation>Respaldando el libro antes de cerrar…</translation>
    </message>
    <message>
        <source>No backup on closing</source>
        <translation>Sin respaldo al cerrar</translation>
    </message>
    <message>
        <source>The backup Cuentas makes when a changed book closes could not be made. Your book itself is saved.</source>
        <translation>No se pudo hacer el respaldo que Cuentas hace al cerrar un libro con cambios. Su libro sí está guardado.</translation>
    </message>
    <message>
        <source>Daily backup made and verified: {path}</source>
        <translation>Respaldo diario hecho y verificado: {path}</translation>
    </message>
    <message>
        <source>The daily backup was not made</source>
        <translation>No se hizo el respaldo diario</translation>
    </message>
    <message>
        <source>Cuentas could not make today&apos;s backup of this book.</source>
        <translation>Cuentas no pudo hacer el respaldo de hoy de este libro.</translation>
    </message>
    <message>
        <source>The book as it was before the restore is kept in the backup {path}.</source>
        <translation>El libro como estaba antes de restaurar se guarda en el respaldo {path}.</translation>
    </message>
    <message>
        <source>Open the book again to see it.</source>
        <translation>Abra el libro de nuevo para verlo.</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>Respaldo restaurado</translation>
    </message>
    <message>
        <source>The backup is back in place.</source>
        <translation>El respaldo volvió a su lugar.</translation>
    </message>
    <message>
        <source>Restore from backup — Cuentas</source>
        <translation>Restaurar un respaldo — Cuentas</translation>
    </message>
    <message>
        <source>Choose the backup to bring back. The book as it is now is backed up first (reason “Before a restore”), so nothing is lost if you change your mind.</source>
        <translation>Elija el respaldo que quiere recuperar. Primero se respalda el libro tal como está ahora (motivo “Antes de restaurar”), así que no se pierde nada si cambia de opinión.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Revisión</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Verificado</translation>
    </message>
    <message>
        <source>Other file…</source>
        <translation>Otro archivo…</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>Restaurar…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Ayuda</translation>
    </message>
    <message>
        <source>Only the book&apos;s owner can restore a backup.</source>
        <translation>Solo el propietario del libro puede restaurar un respaldo.</translation>
    </message>
    <message>
        <source>There are no backups of this book yet (File › Backup now).</source>
        <translation>Todavía no hay respaldos de este libro (Archivo › Respaldar ahora).</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>✗ Damaged: {problem}</source>
        <translation>✗ Dañado: {problem}</translation>
    </message>
    <message>
        <source>✓ Verified</source>
        <translation>✓ Verificado</translation>
    </message>
    <message>
        <source>Damaged, cannot be restored: {problem}
{path}</source>
        <translation>Dañado, no se puede restaurar: {problem}
{path}</translation>
    </message>
    <message>
        <source>This backup is damaged and cannot be restored: {problem}.</source>
        <translation>Este respaldo está dañado y no se puede restaurar: {problem}.</translation>
    </message>
    <message>
        <source>The newer backup above it is damaged and cannot be restored.</source>
        <translation>El respaldo más reciente, arriba de este, está dañado y no se puede restaurar.</translation>
    </message>
    <message>
        <source>The {count} newer backups above it are damaged and cannot be restored.</source>
        <translation>Los {count} respaldos más recientes, arriba de este, están dañados y no se pueden restaurar.</translation>
    </message>
    <message>
        <source>This is the newest good backup: everything entered after {when} is not in it.</source>
        <translation>Este es el respaldo en buen estado más reciente: lo que se capturó después del {when} no está en él.</translation>
    </message>
    <message>
        <source>Cuentas is still saving something; restore when it has finished.</source>
        <translation>Cuentas todavía está guardando algo; restaure cuando termine.</translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation>Restaurando…</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation>Restaurando el respaldo…</translation>
    </message>
    <message>
        <source>it is damaged ({problem})</source>
        <translation>está dañado ({problem})</translation>
    </message>
    <message>
        <source>The backup was not restored: {reason}. The book was not changed.</source>
        <translation>El respaldo no se restauró: {reason}. El libro no se modificó.</translation>
    </message>
    <message>
        <source>{book} is now as it was on {when} (backup “{reason}”).</source>
        <translation>{book} quedó como estaba el {when} (respaldo «{reason}»).</translation>
    </message>
    <message>
        <source>Restore this backup?</source>
        <translation>¿Restaurar este respaldo?</translation>
    </message>
    <message>
        <source>Replace the book with the backup of {when} ({reason})?</source>
        <translation>¿Reemplazar el libro con el respaldo del {when} ({reason})?</translation>
    </message>
    <message>
        <source>Everything entered after {when} is not in this backup. The book as it is now is backed up first, so you can go back to it.</source>
        <translation>Lo que se capturó después del {when} no está en este respaldo. Primero se respalda el libro tal como está ahora, así que puede volver a él.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <source>Cuentas</source>
        <translation>Cuentas</translation>
    </message>
    <message>
        <source>Something went wrong: {error}. Nothing was changed.</source>
        <translation>Algo salió mal: {error}. No se cambió nada.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Cannot save here</source>
        <translation>No se puede guardar aquí</translation>
    </message>
    <message>
        <source>Cuentas cannot save to {file}: it {reason}.</source>
        <translation>Cuentas no puede guardar en {file}: {reason}.</translation>
    </message>
    <message>
        <source>matches several names ({names}…); type more of one</source>
        <translation>coincide con varios nombres ({names}…); escriba más de uno de ellos</translation>
    </message>
    <message>
        <source>is not an account of this book</source>
        <translation>no es una cuenta de este libro</translation>
    </message>
    <message>
        <source>is not a category of this book (add it in Tools › Categories)</source>
        <translation>no es una categoría de este libro (agréguela en Herramientas › Categorías)</translation>
    </message>
    <message>
        <source>is this account itself; a transfer needs another</source>
        <translation>es esta misma cuenta; una transferencia necesita otra</translation>
    </message>
    <message>
        <source>no longer exists</source>
        <translation>ya no existe</translation>
    </message>
    <message>
        <source>is busy with another task; try again when it ends</source>
        <translation>está ocupado con otra tarea; inténtelo otra vez cuando termine</translation>
    </message>
    <message>
        <source>New transaction</source>
        <translation>Nuevo movimiento</translation>
    </message>
    <message>
        <source>Edit transaction</source>
        <translation>Editar movimiento</translation>
    </message>
    <message>
        <source>Delete transaction</source>
        <translation>Eliminar movimiento</translation>
    </message>
    <message>
        <source>Convert to split</source>
        <translation>Convertir en movimiento dividido</translation>
    </message>
    <message>
        <source>Convert to a single category</source>
        <translation>Convertir a una sola categoría</translation>
    </message>
    <message>
        <source>Mark cleared</source>
        <translation>Marcar como conciliado</translation>
    </message>
    <message>
        <source>Mark not cleared</source>
        <translation>Marcar como no conciliado</translation>
    </message>
    <message>
        <source>A Clip deposit of 95.82: one amount, four things inside</source>
        <translation>Un depósito de Clip de 95.82: un importe, cuatro cosas adentro</translation>
    </message>
    <message>
        <source>Template: Card/processor deposit</source>
        <translation>Plantilla: Depósito de tarjeta o terminal</translation>
    </message>
    <message>
        <source>Clip&apos;s fee: 3.6 % (IVA 16 % on the fee)</source>
        <translation>Comisión de Clip: 3.6 % (IVA 16 % sobre la comisión)</translation>
    </message>
    <message>
        <source>Apply template</source>
        <translation>Aplicar plantilla</translation>
    </message>
    <message>
        <source>Sale 86.21, IVA 13.79, fee −3.60, IVA on the fee −0.58</source>
        <translation>Venta 86.21, IVA 13.79, comisión −3.60, IVA de la comisión −0.58</translation>
    </message>
    <message>
        <source>The lines add up to 95.82: Balanced, OK is enabled</source>
        <translation>Las líneas suman 95.82: Cuadra, Aceptar se activa</translation>
    </message>
    <message>
        <source>An old payment, all of it in Gastos:Mercancía</source>
        <translation>Un pago anterior, todo en Gastos:Mercancía</translation>
    </message>
    <message>
        <source>Split… (Ctrl+S): the old category is the first line</source>
        <translation>Dividir… (Ctrl+S): la categoría anterior es la primera línea</translation>
    </message>
    <message>
        <source>Template: Purchase with IVA</source>
        <translation>Plantilla: Compra con IVA</translation>
    </message>
    <message>
        <source>Base −2,000.00 and IVA −320.00: same total, Balanced</source>
        <translation>Base −2,000.00 e IVA −320.00: el mismo total, Cuadra</translation>
    </message>
    <message>
        <source>OK: the register shows Split (2)</source>
        <translation>Aceptar: el registro muestra Dividido (2)</translation>
    </message>
    <message>
        <source>Ctrl+Z undoes it: one category again</source>
        <translation>Ctrl+Z lo deshace: otra vez una sola categoría</translation>
    </message>
    <message>
        <source>A book of the previous Cuentas opens the upgrade wizard</source>
        <translation>Un libro del Cuentas anterior abre el asistente de actualización</translation>
    </message>
    <message>
        <source>First a backup: where it goes</source>
        <translation>Primero un respaldo: dónde se guarda</translation>
    </message>
    <message>
        <source>The backup is checked before anything changes</source>
        <translation>El respaldo se comprueba antes de cambiar nada</translation>
    </message>
    <message>
        <source>The upgrade, step by step (closing the window is safe)</source>
        <translation>La actualización, paso a paso (cerrar la ventana es seguro)</translation>
    </message>
    <message>
        <source>Before and after: same movements, balances and totals</source>
        <translation>Antes y después: los mismos movimientos, saldos y totales</translation>
    </message>
    <message>
        <source>Done: where the backup is kept; the split guide is one click away</source>
        <translation>Listo: dónde queda el respaldo; la guía de movimientos divididos está a un clic</translation>
    </message>
    <message>
        <source>Payee</source>
        <translation>Beneficiario</translation>
    </message>
    <message>
        <source>Memo</source>
        <translation>Concepto</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <source>Numbers and dates</source>
        <translation>Números y fechas</translation>
    </message>
    <message>
        <source>Taxable base</source>
        <translation>Base gravable</translation>
    </message>
    <message>
        <source>Line {n}</source>
        <translation>Línea {n}</translation>
    </message>
    <message>
        <source>{line}, {field}</source>
        <translation>{line}, {field}</translation>
    </message>
    <message>
        <source>{field}: {reason}</source>
        <translation>{field}: {reason}</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Cleared</source>
        <translation>Conciliado</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Líneas</translation>
    </message>
    <message>
        <source>Transfer of</source>
        <translation>Transferencia de</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Rollout group</source>
        <translation>Grupo de activación</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Opening balance</source>
        <translation>Saldo inicial</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archivada</translation>
    </message>
    <message>
        <source>Transfer account</source>
        <translation>Cuenta de la transferencia</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creado</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modificado</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Eliminado</translation>
    </message>
    <message>
        <source>Total: {amount}</source>
        <translation>Total: {amount}</translation>
    </message>
    <message>
        <source>Assigned: {amount}</source>
        <translation>Asignado: {amount}</translation>
    </message>
    <message>
        <source>The card deposit template saves me a lot of typing. Could the IVA line fill itself in for Papelería Lumen too?</source>
        <translation>La plantilla de depósito de tarjeta me ahorra mucho tecleo. ¿La línea de IVA podría llenarse sola también para Papelería Lumen?</translation>
    </message>
    <message>
        <source>Split transaction</source>
        <translation>Movimiento dividido</translation>
    </message>
    <message>
        <source>T&amp;otal:</source>
        <translation>T&amp;otal:</translation>
    </message>
    <message>
        <source>Split lines</source>
        <translation>Líneas del movimiento</translation>
    </message>
    <message>
        <source>Tax rate</source>
        <translation>Tasa</translation>
    </message>
    <message>
        <source>Add &amp;line</source>
        <translation>Agregar &amp;línea</translation>
    </message>
    <message>
        <source>&amp;Insert above</source>
        <translation>&amp;Insertar arriba</translation>
    </message>
    <message>
        <source>D&amp;elete line</source>
        <translation>&amp;Eliminar línea</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>S&amp;ubir</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>&amp;Bajar</translation>
    </message>
    <message>
        <source>&amp;Distribute remainder</source>
        <translation>&amp;Repartir restante</translation>
    </message>
    <message>
        <source>&amp;Balance on this line</source>
        <translation>&amp;Cuadrar en esta línea</translation>
    </message>
    <message>
        <source>Balanced</source>
        <translation>Cuadra</translation>
    </message>
    <message>
        <source>{amount} unassigned</source>
        <translation>{amount} sin asignar</translation>
    </message>
    <message>
        <source>{amount} over</source>
        <translation>{amount} de más</translation>
    </message>
    <message>
        <source>The lines must add up to the total ({state}).</source>
        <translation>Las líneas deben sumar el total ({state}).</translation>
    </message>
    <message>
        <source>Line {lines} is money in ({amounts}), while this movement is money out.</source>
        <translation>La línea {lines} es dinero que entra ({amounts}), pero este movimiento es dinero que sale.</translation>
    </message>
    <message>
        <source>Lines {lines} are money in ({amounts}), while this movement is money out.</source>
        <translation>Las líneas {lines} son dinero que entra ({amounts}), pero este movimiento es dinero que sale.</translation>
    </message>
    <message>
        <source>A number typed without a sign is money out here; type + before it for money in.</source>
        <translation>Aquí un número sin signo es dinero que sale; escriba + antes para dinero que entra.</translation>
    </message>
    <message>
        <source>Line {lines} is money out ({amounts}), while this movement is money in.</source>
        <translation>La línea {lines} es dinero que sale ({amounts}), pero este movimiento es dinero que entra.</translation>
    </message>
    <message>
        <source>Lines {lines} are money out ({amounts}), while this movement is money in.</source>
        <translation>Las líneas {lines} son dinero que sale ({amounts}), pero este movimiento es dinero que entra.</translation>
    </message>
    <message>
        <source>A number typed without a sign is money in here; type - before it for money out.</source>
        <translation>Aquí un número sin signo es dinero que entra; escriba - antes para dinero que sale.</translation>
    </message>
    <message>
        <source>Nothing to distribute over: give some lines an amount first.</source>
        <translation>No hay entre qué repartir: primero ponga un importe en algunas líneas.</translation>
    </message>
    <message>
        <source>Lines without an amount</source>
        <translation>Líneas sin importe</translation>
    </message>
    <message>
        <source>Line {lines} has no amount. Remove it and save?</source>
        <translation>La línea {lines} no tiene importe. ¿Quitarla y guardar?</translation>
    </message>
    <message>
        <source>Lines {lines} have no amount. Remove them and save?</source>
        <translation>Las líneas {lines} no tienen importe. ¿Quitarlas y guardar?</translation>
    </message>
    <message>
        <source>Line {n}: {reason}{shown}</source>
        <translation>Línea {n}: {reason}{shown}</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Line {n}, {column}: {reason} ({typed})</source>
        <translation>Línea {n}, {column}: {reason} ({typed})</translation>
    </message>
    <message>
        <source>Add at least one line</source>
        <translation>Agregue al menos una línea</translation>
    </message>
    <message>
        <source>Add line</source>
        <translation>Agregar línea</translation>
    </message>
    <message>
        <source>Delete line</source>
        <translation>Eliminar línea</translation>
    </message>
    <message>
        <source>Move line</source>
        <translation>Mover línea</translation>
    </message>
    <message>
        <source>Line {n}: taxable base cleared, as the line has no amount.</source>
        <translation>Línea {n}: se borró la base gravable porque la línea no tiene importe.</translation>
    </message>
    <message>
        <source>Line {n}: taxable base cleared: without a tax rate it cannot follow the amount.</source>
        <translation>Línea {n}: se borró la base gravable: sin tasa no puede seguir al importe.</translation>
    </message>
    <message>
        <source>Line {n}: taxable base {base}, worked out from the amount at {rate}.</source>
        <translation>Línea {n}: base gravable {base}, calculada del importe a la tasa de {rate}.</translation>
    </message>
    <message>
        <source>Line {n}: taxable base {base}, in proportion to the amount.</source>
        <translation>Línea {n}: base gravable {base}, en proporción al importe.</translation>
    </message>
    <message>
        <source>Balance on line {n}</source>
        <translation>Cuadrar en la línea {n}</translation>
    </message>
    <message>
        <source>Distribute remainder</source>
        <translation>Repartir restante</translation>
    </message>
    <message>
        <source>Change total</source>
        <translation>Cambiar el total</translation>
    </message>
    <message>
        <source>Remove empty lines</source>
        <translation>Quitar líneas vacías</translation>
    </message>
    <message>
        <source>Line {n} is money in now: a number without a sign goes this movement&apos;s way. Type {example} for money out.</source>
        <translation>La línea {n} ahora es dinero que entra: un número sin signo va en el sentido de este movimiento. Escriba {example} para dinero que sale.</translation>
    </message>
    <message>
        <source>Line {n} is money out now: a number without a sign goes this movement&apos;s way. Type {example} for money in.</source>
        <translation>La línea {n} ahora es dinero que sale: un número sin signo va en el sentido de este movimiento. Escriba {example} para dinero que entra.</translation>
    </message>
    <message>
        <source>An amount without a sign goes the movement&apos;s way: money out on a payment, money in on a deposit. Type - or + before it to say otherwise (-4.17: a fee taken from a deposit).</source>
        <translation>Un importe sin signo va en el sentido del movimiento: dinero que sale en un cargo, dinero que entra en un abono. Escriba - o + antes para indicar lo contrario (-4.17: una comisión descontada de un depósito).</translation>
    </message>
    <message>
        <source>Uncategorized</source>
        <translation>Sin categoría</translation>
    </message>
    <message>
        <source>Money in, while this movement is money out</source>
        <translation>Dinero que entra, en un movimiento de dinero que sale</translation>
    </message>
    <message>
        <source>Money out, while this movement is money in</source>
        <translation>Dinero que sale, en un movimiento de dinero que entra</translation>
    </message>
    <message>
        <source>Taxable base {base}</source>
        <translation>Base gravable {base}</translation>
    </message>
    <message>
        <source>Edit line {n}</source>
        <translation>Editar la línea {n}</translation>
    </message>
    <message>
        <source>{what} of line {n}</source>
        <translation>{what} de la línea {n}</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>&amp;Plantilla:</translation>
    </message>
    <message>
        <source>&amp;Apply template</source>
        <translation>&amp;Aplicar plantilla</translation>
    </message>
    <message>
        <source>Sa&amp;ve as template…</source>
        <translation>&amp;Guardar como plantilla…</translation>
    </message>
    <message>
        <source>&amp;Use these lines</source>
        <translation>&amp;Usar estas líneas</translation>
    </message>
    <message>
        <source>Choose a template…</source>
        <translation>Elija una plantilla…</translation>
    </message>
    <message>
        <source>{name} (mine)</source>
        <translation>{name} (mía)</translation>
    </message>
    <message>
        <source>A template fills the lines from the total: IVA, card-processor fees, withholdings, several invoices in one payment.</source>
        <translation>Una plantilla llena las líneas a partir del total: IVA, comisiones de la terminal, retenciones, varias facturas en un solo pago.</translation>
    </message>
    <message>
        <source>{label}:</source>
        <translation>{label}:</translation>
    </message>
    <message>
        <source>IVA rate</source>
        <translation>Tasa de IVA</translation>
    </message>
    <message>
        <source>Invoice total</source>
        <translation>Total de la factura</translation>
    </message>
    <message>
        <source>Base</source>
        <translation>Base</translation>
    </message>
    <message>
        <source>IVA</source>
        <translation>IVA</translation>
    </message>
    <message>
        <source>Add i&amp;nvoice</source>
        <translation>Agregar &amp;factura</translation>
    </message>
    <message>
        <source>Re&amp;move invoice</source>
        <translation>&amp;Quitar factura</translation>
    </message>
    <message>
        <source>the book&apos;s default</source>
        <translation>la del libro</translation>
    </message>
    <message>
        <source>Invoice {n}, total</source>
        <translation>Factura {n}, total</translation>
    </message>
    <message>
        <source>Invoice {n}, IVA rate</source>
        <translation>Factura {n}, tasa de IVA</translation>
    </message>
    <message>
        <source>Invoice {n}, category</source>
        <translation>Factura {n}, categoría</translation>
    </message>
    <message>
        <source>The invoices add up to the movement: {amount}.</source>
        <translation>Las facturas suman lo mismo que el movimiento: {amount}.</translation>
    </message>
    <message>
        <source>The invoices add up to {typed} of {movement}: {left} not covered yet.</source>
        <translation>Las facturas suman {typed} de {movement}: faltan {left}.</translation>
    </message>
    <message>
        <source>The invoices add up to {typed}, {over} more than the movement ({movement}).</source>
        <translation>Las facturas suman {typed}, {over} más que el movimiento ({movement}).</translation>
    </message>
    <message>
        <source>is an account; an invoice goes to a category</source>
        <translation>es una cuenta; una factura va a una categoría</translation>
    </message>
    <message>
        <source>{column}: {reason}{shown}</source>
        <translation>{column}: {reason}{shown}</translation>
    </message>
    <message>
        <source>the current rate</source>
        <translation>la tasa vigente</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>opcional</translation>
    </message>
    <message>
        <source>Apply template {title}</source>
        <translation>Aplicar la plantilla {title}</translation>
    </message>
    <message>
        <source>{rate} + {fixed}</source>
        <translation>{rate} + {fixed}</translation>
    </message>
    <message>
        <source>From {gross} the processor kept {deduction}: commission {fee} and IVA {fee_iva}.</source>
        <translation>De {gross}, el procesador se quedó con {deduction}: comisión {fee} e IVA {fee_iva}.</translation>
    </message>
    <message>
        <source>The gross sale and the fee rate agree.</source>
        <translation>La venta total y la tasa de comisión coinciden.</translation>
    </message>
    <message>
        <source>The fee rate of {rate} would give {rate_fee} and IVA {rate_fee_iva} ({rate_deduction}): {difference} less than the processor kept.</source>
        <translation>La tasa de comisión de {rate} daría {rate_fee} e IVA {rate_fee_iva} ({rate_deduction}): {difference} menos de lo que se quedó el procesador.</translation>
    </message>
    <message>
        <source>The fee rate of {rate} would give {rate_fee} and IVA {rate_fee_iva} ({rate_deduction}): {difference} more than the processor kept.</source>
        <translation>La tasa de comisión de {rate} daría {rate_fee} e IVA {rate_fee_iva} ({rate_deduction}): {difference} más de lo que se quedó el procesador.</translation>
    </message>
    <message>
        <source>The gross sale wins over the fee rate.</source>
        <translation>Se toma la venta total, no la tasa de comisión.</translation>
    </message>
    <message>
        <source>To book by the fee rate instead, leave the gross sale empty.</source>
        <translation>Para registrar según la tasa de comisión, deje vacía la venta total.</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Facturas</translation>
    </message>
    <message>
        <source>Last time, {payee} was split into {n} lines: {names}.</source>
        <translation>La última vez, {payee} se dividió en {n} líneas: {names}.</translation>
    </message>
    <message>
        <source>Use {payee}&apos;s last split</source>
        <translation>Usar la última división de {payee}</translation>
    </message>
    <message>
        <source>{payee}&apos;s last split</source>
        <translation>Última división de {payee}</translation>
    </message>
    <message>
        <source>Save lines as a template</source>
        <translation>Guardar las líneas como plantilla</translation>
    </message>
    <message>
        <source>Kept as</source>
        <translation>Se guarda como</translation>
    </message>
    <message>
        <source>Percent of total</source>
        <translation>Porcentaje del total</translation>
    </message>
    <message>
        <source>Fixed amount</source>
        <translation>Importe fijo</translation>
    </message>
    <message>
        <source>Remainder</source>
        <translation>Restante</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>negative for money out</source>
        <translation>negativo para dinero que sale</translation>
    </message>
    <message>
        <source>&amp;Split…</source>
        <translation>&amp;Dividir…</translation>
    </message>
    <message>
        <source>Spread this movement over several categories (Ctrl+S)</source>
        <translation>Repartir este movimiento entre varias categorías (Ctrl+S)</translation>
    </message>
    <message>
        <source>C&amp;leared (on the bank statement)</source>
        <translation>C&amp;onciliado (aparece en el estado de cuenta)</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>Cuenta:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Fecha:</translation>
    </message>
    <message>
        <source>&amp;Payee:</source>
        <translation>&amp;Beneficiario:</translation>
    </message>
    <message>
        <source>&amp;Reference:</source>
        <translation>&amp;Referencia:</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>&amp;Importe:</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Categoría:</translation>
    </message>
    <message>
        <source>&amp;Memo:</source>
        <translation>C&amp;oncepto:</translation>
    </message>
    <message>
        <source>Split into {n} lines</source>
        <translation>Dividido en {n} líneas</translation>
    </message>
    <message>
        <source>money in</source>
        <translation>dinero que entra</translation>
    </message>
    <message>
        <source>money out</source>
        <translation>dinero que sale</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>falta</translation>
    </message>
    <message>
        <source>Split line {line}: {reason}{shown}</source>
        <translation>Línea {line}: {reason}{shown}</translation>
    </message>
    <message>
        <source>Page not found</source>
        <translation>Página no encontrada</translation>
    </message>
    <message>
        <source>This page of the help does not exist.</source>
        <translation>Esta página de la ayuda no existe.</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>Reiniciar</translation>
    </message>
    <message>
        <source>{n} of {total}</source>
        <translation>{n} de {total}</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Reproducir</translation>
    </message>
    <message>
        <source>Cuentas Help</source>
        <translation>Ayuda de Cuentas</translation>
    </message>
    <message>
        <source>Search the guides</source>
        <translation>Buscar en las guías</translation>
    </message>
    <message>
        <source>Find in page</source>
        <translation>Buscar en la página</translation>
    </message>
    <message>
        <source>Find:</source>
        <translation>Buscar:</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Anterior</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navegación</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Adelante</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Larger</source>
        <translation>Más grande</translation>
    </message>
    <message>
        <source>Smaller</source>
        <translation>Más pequeño</translation>
    </message>
    <message>
        <source>Normal size</source>
        <translation>Tamaño normal</translation>
    </message>
    <message>
        <source>Find next</source>
        <translation>Buscar siguiente</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimir…</translation>
    </message>
    <message>
        <source>Save as PDF handout…</source>
        <translation>Guardar como folleto PDF…</translation>
    </message>
    <message>
        <source>Save the training booklet (all guides)…</source>
        <translation>Guardar el manual de capacitación (todas las guías)…</translation>
    </message>
    <message>
        <source>User guides</source>
        <translation>Guías de uso</translation>
    </message>
    <message>
        <source>Administrator procedures</source>
        <translation>Procedimientos de administración</translation>
    </message>
    <message>
        <source>There is no help page “{page}”.</source>
        <translation>No hay una página de ayuda “{page}”.</translation>
    </message>
    <message>
        <source>That section is not in this guide any more.</source>
        <translation>Esa sección ya no está en esta guía.</translation>
    </message>
    <message>
        <source>{title} — Cuentas Help</source>
        <translation>{title} — Ayuda de Cuentas</translation>
    </message>
    <message>
        <source>Nothing found. Try another word.</source>
        <translation>No se encontró nada. Pruebe con otra palabra.</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>No se encontró</translation>
    </message>
    <message>
        <source>Walkthrough: {name}</source>
        <translation>Demostración: {name}</translation>
    </message>
    <message>
        <source>Save as PDF handout</source>
        <translation>Guardar como folleto PDF</translation>
    </message>
    <message>
        <source>Save the training booklet</source>
        <translation>Guardar el manual de capacitación</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved {file}</source>
        <translation>Se guardó {file}</translation>
    </message>
    <message>
        <source>Preparing the PDF…</source>
        <translation>Preparando el PDF…</translation>
    </message>
    <message>
        <source>Cuentas found a problem in this book</source>
        <translation>Cuentas encontró un problema en este libro</translation>
    </message>
    <message>
        <source>The checks Cuentas runs after opening a book found a problem. What you have entered is still there; restoring a recent backup is the safe way back.</source>
        <translation>Las revisiones que Cuentas hace al abrir un libro encontraron un problema. Lo que usted capturó sigue ahí; restaurar un respaldo reciente es la forma segura de volver.</translation>
    </message>
    <message>
        <source>Restore from backup…</source>
        <translation>Restaurar un respaldo…</translation>
    </message>
    <message>
        <source>The book was not upgraded</source>
        <translation>El libro no se actualizó</translation>
    </message>
    <message>
        <source>{book} was not upgraded; it stays as it is.</source>
        <translation>{book} no se actualizó; se queda como está.</translation>
    </message>
    <message>
        <source>Nothing in the book was changed. An earlier Cuentas wrote it, so this Cuentas opens it once it is upgraded. To upgrade it later, open it again (File › Open…, or start Cuentas: it offers the last book) and the upgrade wizard comes back. Or open another book now.</source>
        <translation>No se cambió nada en el libro. Lo escribió una versión anterior de Cuentas, así que esta versión lo abre una vez actualizado. Para actualizarlo más tarde, ábralo de nuevo (Archivo › Abrir…, o inicie Cuentas: le ofrece el último libro) y el asistente de actualización vuelve a aparecer. O abra otro libro ahora.</translation>
    </message>
    <message>
        <source>Upgrade now…</source>
        <translation>Actualizar ahora…</translation>
    </message>
    <message>
        <source>Open a book</source>
        <translation>Abrir un libro</translation>
    </message>
    <message>
        <source>Cuentas books (*.cuentas *.db *.sqlite);;All files (*)</source>
        <translation>Libros de Cuentas (*.cuentas *.db *.sqlite);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Choose a backup</source>
        <translation>Elegir un respaldo</translation>
    </message>
    <message>
        <source>Cuentas backups (*.cuentas);;All files (*)</source>
        <translation>Respaldos de Cuentas (*.cuentas);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Welcome to Cuentas</source>
        <translation>Le damos la bienvenida a Cuentas</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome to Cuentas&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Le damos la bienvenida a Cuentas&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Cuentas keeps the books of a small business: every bank, cash and card movement, split over as many categories as it really has.</source>
        <translation>Cuentas lleva la contabilidad de un negocio pequeño: cada movimiento de banco, efectivo y tarjeta, dividido en todas las categorías que realmente tiene.</translation>
    </message>
    <message>
        <source>Open the demo book</source>
        <translation>Abrir el libro de demostración</translation>
    </message>
    <message>
        <source>A small shop&apos;s year of sales, card deposits, supplier invoices with IVA — try everything without risk.</source>
        <translation>Un año de una tienda pequeña: ventas, depósitos de tarjeta, facturas de proveedores con IVA. Pruebe todo sin riesgo.</translation>
    </message>
    <message>
        <source>Create a new book…</source>
        <translation>Crear un libro nuevo…</translation>
    </message>
    <message>
        <source>Your own book: its currency, its locale, and the tax categories of Mexico, Spain, or none.</source>
        <translation>Su propio libro: su moneda, su formato de números y fechas, y las categorías de impuestos de México, de España o ninguna.</translation>
    </message>
    <message>
        <source>Open a book file…</source>
        <translation>Abrir un archivo de libro…</translation>
    </message>
    <message>
        <source>A book you already have (.cuentas), such as a copy from your bookkeeper.</source>
        <translation>Un libro que ya tiene (.cuentas), como una copia de su contador.</translation>
    </message>
    <message>
        <source>Mexico — IVA 16 %, 8 % border zone, 0 %</source>
        <translation>México — IVA 16 %, 8 % zona fronteriza, 0 %</translation>
    </message>
    <message>
        <source>Spain — IVA 21 %, 10 %, 4 %</source>
        <translation>España — IVA 21 %, 10 %, 4 %</translation>
    </message>
    <message>
        <source>None — I will add my own tax categories</source>
        <translation>Ninguno — agregaré mis propias categorías de impuestos</translation>
    </message>
    <message>
        <source>New book</source>
        <translation>Nuevo libro</translation>
    </message>
    <message>
        <source>My shop</source>
        <translation>Mi tienda</translation>
    </message>
    <message>
        <source>QIF — Quicken, GnuCash, KMyMoney (with splits)</source>
        <translation>QIF — Quicken, GnuCash, KMyMoney (con divisiones)</translation>
    </message>
    <message>
        <source>CSV — one row per split line, for spreadsheets</source>
        <translation>CSV — una fila por línea, para hojas de cálculo</translation>
    </message>
    <message>
        <source>Ledger journal — ledger and hledger (plain-text accounting)</source>
        <translation>Diario de ledger — ledger y hledger (contabilidad en texto plano)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>The whole book</source>
        <translation>Todo el libro</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportar</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>F&amp;ormato:</translation>
    </message>
    <message>
        <source>&amp;What:</source>
        <translation>&amp;Qué:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Archivo:</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Exportar a</translation>
    </message>
    <message>
        <source>{file} exists. Replace it?</source>
        <translation>{file} ya existe. ¿Reemplazarlo?</translation>
    </message>
    <message>
        <source>Wrote {file}.</source>
        <translation>Se escribió {file}.</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exportando…</translation>
    </message>
    <message>
        <source>&amp;Currency:</source>
        <translation>&amp;Moneda:</translation>
    </message>
    <message>
        <source>&amp;Locale:</source>
        <translation>&amp;Números y fechas:</translation>
    </message>
    <message>
        <source>&amp;Taxes:</source>
        <translation>&amp;Impuestos:</translation>
    </message>
    <message>
        <source>C&amp;reate book</source>
        <translation>C&amp;rear libro</translation>
    </message>
    <message>
        <source>Book</source>
        <translation>Libro</translation>
    </message>
    <message>
        <source>New book file</source>
        <translation>Archivo del libro nuevo</translation>
    </message>
    <message>
        <source>Cuentas books (*.cuentas)</source>
        <translation>Libros de Cuentas (*.cuentas)</translation>
    </message>
    <message>
        <source>is empty: choose where to keep the book</source>
        <translation>está vacío: elija dónde guardar el libro</translation>
    </message>
    <message>
        <source>Opening it read-only here is not offered: the other Cuentas may be changing it at this very moment, and this window could show balances half-way through a change without knowing it.</source>
        <translation>Aquí no se ofrece abrirlo de solo lectura: el otro Cuentas podría estar cambiándolo en este momento, y esta ventana podría mostrar saldos a la mitad de un cambio sin saberlo.</translation>
    </message>
    <message>
        <source>Finishing what was interrupted the last time…</source>
        <translation>Terminando lo que se interrumpió la última vez…</translation>
    </message>
    <message>
        <source>Cuentas did not close normally the last time: checking the book…</source>
        <translation>Cuentas no se cerró normalmente la última vez: revisando el libro…</translation>
    </message>
    <message>
        <source>Not a book yet</source>
        <translation>Todavía no es un libro</translation>
    </message>
    <message>
        <source>This file is empty: it is not a book yet.</source>
        <translation>Este archivo está vacío: todavía no es un libro.</translation>
    </message>
    <message>
        <source>Create a new book instead (File › New book…), or open another one. The file was not changed.</source>
        <translation>Mejor cree un libro nuevo (Archivo › Nuevo libro…) o abra otro. El archivo no se modificó.</translation>
    </message>
    <message>
        <source>This book needs an upgrade before this Cuentas can open it, and only its owner can upgrade it ({reason}).</source>
        <translation>Este libro necesita una actualización antes de que esta versión de Cuentas lo pueda abrir, y solo su propietario puede actualizarlo ({reason}).</translation>
    </message>
    <message>
        <source>Open another book…</source>
        <translation>Abrir otro libro…</translation>
    </message>
    <message>
        <source>No book here</source>
        <translation>Aquí no hay un libro</translation>
    </message>
    <message>
        <source>There is no book at this place.</source>
        <translation>No hay un libro en este lugar.</translation>
    </message>
    <message>
        <source>It may have been moved, renamed or deleted; open it from its new place.</source>
        <translation>Tal vez se movió, se le cambió el nombre o se borró; ábralo desde su nuevo lugar.</translation>
    </message>
    <message>
        <source>The book is read-only</source>
        <translation>El libro es de solo lectura</translation>
    </message>
    <message>
        <source>This book cannot be changed here: its file or its folder is read-only for you.</source>
        <translation>Este libro no se puede cambiar aquí: su archivo o su carpeta son de solo lectura para usted.</translation>
    </message>
    <message>
        <source>Cuentas opens a book only where it can save every change at once and keep its lock file beside the book, so it does not open this one. Make the file and its folder writable, or copy the book into a folder of yours (Documents) and open the copy. The book was not changed.</source>
        <translation>Cuentas solo abre un libro donde puede guardar cada cambio al momento y dejar su archivo de bloqueo junto al libro, así que no abre este. Permita escribir en el archivo y en su carpeta, o copie el libro a una carpeta suya (Documentos) y abra la copia. El libro no se modificó.</translation>
    </message>
    <message>
        <source>Cuentas cannot open this book</source>
        <translation>Cuentas no puede abrir este libro</translation>
    </message>
    <message>
        <source>Cuentas cannot open this book.</source>
        <translation>Cuentas no puede abrir este libro.</translation>
    </message>
    <message>
        <source>{reason} Nothing in the book was changed.</source>
        <translation>{reason} No se cambió nada en el libro.</translation>
    </message>
    <message>
        <source>A newer Cuentas wrote this book</source>
        <translation>Una versión más nueva de Cuentas escribió este libro</translation>
    </message>
    <message>
        <source>This book was written by a newer version of Cuentas.</source>
        <translation>Este libro lo escribió una versión más nueva de Cuentas.</translation>
    </message>
    <message>
        <source>It is at revision {revision}; this Cuentas knows revisions up to {head}, so it does not open the book: it could misread what the newer version wrote. Nothing in the book was changed. Open it with the newer Cuentas, or open another book.</source>
        <translation>Está en la revisión {revision}; esta versión de Cuentas conoce revisiones hasta la {head}, así que no abre el libro: podría leer mal lo que escribió la versión más nueva. No se cambió nada en el libro. Ábralo con la versión más nueva de Cuentas, o abra otro libro.</translation>
    </message>
    <message>
        <source>Another Cuentas is upgrading this book.</source>
        <translation>Otro Cuentas está actualizando este libro.</translation>
    </message>
    <message>
        <source>Another Cuentas is restoring a backup of this book.</source>
        <translation>Otro Cuentas está restaurando un respaldo de este libro.</translation>
    </message>
    <message>
        <source>Another Cuentas is checking this book after an interruption.</source>
        <translation>Otro Cuentas está revisando este libro después de una interrupción.</translation>
    </message>
    <message>
        <source>Another Cuentas has this book open.</source>
        <translation>Otro Cuentas tiene abierto este libro.</translation>
    </message>
    <message>
        <source>Cuentas opens a book in one place at a time, so that two programs never change it behind each other&apos;s back. Close it there, or wait until it finishes, then press Retry.</source>
        <translation>Cuentas abre un libro en un solo lugar a la vez, para que dos programas nunca lo cambien uno a espaldas del otro. Ciérrelo allá, o espere a que termine, y luego oprima Reintentar.</translation>
    </message>
    <message>
        <source>Computer: {host}</source>
        <translation>Computadora: {host}</translation>
    </message>
    <message>
        <source>User: {user}</source>
        <translation>Usuario: {user}</translation>
    </message>
    <message>
        <source>Process: {pid}</source>
        <translation>Proceso: {pid}</translation>
    </message>
    <message>
        <source>Since: {when} UTC</source>
        <translation>Desde: {when} UTC</translation>
    </message>
    <message>
        <source>It was opened on another computer, so Cuentas cannot tell from here whether it is still running there. If you are sure it is closed, delete the file {lock} and press Retry.</source>
        <translation>Se abrió en otra computadora, así que Cuentas no puede saber desde aquí si sigue abierto allá. Si está seguro de que está cerrado, borre el archivo {lock} y oprima Reintentar.</translation>
    </message>
    <message>
        <source>The book is in use</source>
        <translation>El libro está en uso</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>The last upgrade of this book was interrupted.</source>
        <translation>La última actualización de este libro se interrumpió.</translation>
    </message>
    <message>
        <source>Cuentas was stopped while it was upgrading this book (the computer went off, or Cuentas was closed by force). Nothing of that upgrade was kept: the book is exactly as it was before it, and Cuentas has checked that every total is the same.</source>
        <translation>Cuentas se detuvo mientras actualizaba este libro (la computadora se apagó o Cuentas se cerró a la fuerza). No se conservó nada de esa actualización: el libro está exactamente como estaba antes, y Cuentas comprobó que todos los totales son los mismos.</translation>
    </message>
    <message>
        <source>The last upgrade of this book had finished.</source>
        <translation>La última actualización de este libro sí había terminado.</translation>
    </message>
    <message>
        <source>Cuentas was stopped just after it had saved the upgrade of this book. It has now run the last checks: every total is the same as before.</source>
        <translation>Cuentas se detuvo justo después de guardar la actualización de este libro. Ya hizo las últimas comprobaciones: todos los totales son los mismos que antes.</translation>
    </message>
    <message>
        <source>Cuentas had stopped in the middle of its work the last time.</source>
        <translation>La última vez, Cuentas se detuvo a la mitad de su trabajo.</translation>
    </message>
    <message>
        <source>The book opens now.</source>
        <translation>El libro se abre ahora.</translation>
    </message>
    <message>
        <source>The upgrade wizard opens next, so you can run the upgrade again.</source>
        <translation>Enseguida se abre el asistente de actualización, para que pueda hacer la actualización otra vez.</translation>
    </message>
    <message>
        <source>What happened last time</source>
        <translation>Qué pasó la última vez</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <source>Cuentas found that this book&apos;s file is damaged ({reason}), so it does not open it. Nothing was changed and nothing was deleted.</source>
        <translation>Cuentas encontró que el archivo de este libro está dañado ({reason}), así que no lo abre. No se cambió ni se borró nada.</translation>
    </message>
    <message>
        <source>The newest verified backup of this book is from {when} ({reason}). Restoring it keeps the damaged file aside, beside the book under a name of its own; movements entered after that backup must be entered again.</source>
        <translation>El respaldo verificado más reciente de este libro es del {when} ({reason}). Al restaurarlo, el archivo dañado se aparta junto al libro con un nombre propio; los movimientos capturados después de ese respaldo se tienen que capturar otra vez.</translation>
    </message>
    <message>
        <source>Backup: {path}</source>
        <translation>Respaldo: {path}</translation>
    </message>
    <message>
        <source>Restore this backup</source>
        <translation>Restaurar este respaldo</translation>
    </message>
    <message>
        <source>Choose another backup…</source>
        <translation>Elegir otro respaldo…</translation>
    </message>
    <message>
        <source>Cuentas found no verified backup of this book on this computer; if you keep backups elsewhere (a USB disk), choose one.</source>
        <translation>Cuentas no encontró en esta computadora ningún respaldo verificado de este libro; si guarda respaldos en otro lugar (un disco USB), elija uno.</translation>
    </message>
    <message>
        <source>Choose a backup…</source>
        <translation>Elegir un respaldo…</translation>
    </message>
    <message>
        <source>The book is damaged</source>
        <translation>El libro está dañado</translation>
    </message>
    <message>
        <source>This book&apos;s file is damaged.</source>
        <translation>El archivo de este libro está dañado.</translation>
    </message>
    <message>
        <source>Cuentas stopped while it was upgrading or restoring this book (the computer went off, or Cuentas was closed by force), at a moment that left the book neither as it was nor finished. Nothing has been deleted.</source>
        <translation>Cuentas se detuvo mientras actualizaba o restauraba este libro (la computadora se apagó o Cuentas se cerró a la fuerza), en un momento que dejó el libro ni como estaba ni terminado. No se ha borrado nada.</translation>
    </message>
    <message>
        <source>The verified backup from {when} ({reason}) puts the book back as it was then; the book as it is now is kept aside.</source>
        <translation>El respaldo verificado del {when} ({reason}) deja el libro como estaba entonces; el libro tal como está ahora se guarda aparte.</translation>
    </message>
    <message>
        <source>An upgrade was interrupted</source>
        <translation>Se interrumpió una actualización</translation>
    </message>
    <message>
        <source>The last upgrade of this book did not finish.</source>
        <translation>La última actualización de este libro no terminó.</translation>
    </message>
    <message>
        <source>The backup was not restored</source>
        <translation>El respaldo no se restauró</translation>
    </message>
    <message>
        <source>The backup could not be restored.</source>
        <translation>No se pudo restaurar el respaldo.</translation>
    </message>
    <message>
        <source>{reason}. The book was not changed.</source>
        <translation>{reason}. El libro no se modificó.</translation>
    </message>
    <message>
        <source>Restored: {path}</source>
        <translation>Restaurado: {path}</translation>
    </message>
    <message>
        <source>The book as it was: {path}</source>
        <translation>El libro como estaba: {path}</translation>
    </message>
    <message>
        <source>Kept aside, as it was: {path}</source>
        <translation>Guardado aparte, como estaba: {path}</translation>
    </message>
    <message>
        <source>The backup is back</source>
        <translation>El respaldo está de vuelta</translation>
    </message>
    <message>
        <source>It was written by an earlier Cuentas: the upgrade wizard opens next.</source>
        <translation>Lo escribió una versión anterior de Cuentas: enseguida se abre el asistente de actualización.</translation>
    </message>
    <message>
        <source>Open the book</source>
        <translation>Abrir el libro</translation>
    </message>
    <message>
        <source>Who is using Cuentas?</source>
        <translation>¿Quién usa Cuentas?</translation>
    </message>
    <message>
        <source>This computer&apos;s login &lt;b&gt;{login}&lt;/b&gt; is not linked to a profile of &lt;b&gt;{book}&lt;/b&gt; yet. Choose yours: Cuentas remembers it, and what you can do and which new features you see follow your profile.</source>
        <translation>El usuario de esta computadora, &lt;b&gt;{login}&lt;/b&gt;, todavía no está ligado a un perfil de &lt;b&gt;{book}&lt;/b&gt;. Elija el suyo: Cuentas lo recuerda, y lo que puede hacer y las funciones nuevas que ve dependen de su perfil.</translation>
    </message>
    <message>
        <source>{name} — {role}</source>
        <translation>{name} — {role}</translation>
    </message>
    <message>
        <source>This is me</source>
        <translation>Soy yo</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Ahora no</translation>
    </message>
    <message>
        <source>Bank account</source>
        <translation>Cuenta de banco</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Efectivo</translation>
    </message>
    <message>
        <source>Credit card</source>
        <translation>Tarjeta de crédito</translation>
    </message>
    <message>
        <source>Other (a processor&apos;s balance, say)</source>
        <translation>Otra (por ejemplo, el saldo de una terminal)</translation>
    </message>
    <message>
        <source>New account</source>
        <translation>Nueva cuenta</translation>
    </message>
    <message>
        <source>like BBVA Empresarial or Caja chica</source>
        <translation>como BBVA Empresarial o Caja chica</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>&amp;Opening balance:</source>
        <translation>&amp;Saldo inicial:</translation>
    </message>
    <message>
        <source>Bank accounts</source>
        <translation>Cuentas de banco</translation>
    </message>
    <message>
        <source>Credit cards</source>
        <translation>Tarjetas de crédito</translation>
    </message>
    <message>
        <source>Other accounts</source>
        <translation>Otras cuentas</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <source>1 movement</source>
        <translation>1 movimiento</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Cuentas</translation>
    </message>
    <message>
        <source>{n} movements</source>
        <translation>{n} movimientos</translation>
    </message>
    <message>
        <source>{name} (archived)</source>
        <translation>{name} (archivada)</translation>
    </message>
    <message>
        <source>Income</source>
        <translation>Ingreso</translation>
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
        <source>IVA charged (output)</source>
        <translation>IVA trasladado</translation>
    </message>
    <message>
        <source>IVA paid (input)</source>
        <translation>IVA acreditable</translation>
    </message>
    <message>
        <source>IVA withheld from you (credit)</source>
        <translation>IVA retenido a favor</translation>
    </message>
    <message>
        <source>IVA you withheld (payable)</source>
        <translation>IVA retenido por pagar</translation>
    </message>
    <message>
        <source>Income tax withheld from you (credit)</source>
        <translation>ISR retenido a favor</translation>
    </message>
    <message>
        <source>Income tax you withheld (payable)</source>
        <translation>ISR retenido por pagar</translation>
    </message>
    <message>
        <source>Commission</source>
        <translation>Comisión</translation>
    </message>
    <message>
        <source>(top level)</source>
        <translation>(nivel superior)</translation>
    </message>
    <message>
        <source>Tax &amp;role:</source>
        <translation>&amp;Rol fiscal:</translation>
    </message>
    <message>
        <source>1 archived</source>
        <extracomment>Translators: of categories: “12 categories, 1 archived”.</extracomment>
        <translation>1 archivada</translation>
    </message>
    <message>
        <source>{n} archived</source>
        <extracomment>Translators: of categories: “12 categories, 3 archived”.</extracomment>
        <translation>{n} archivadas</translation>
    </message>
    <message>
        <source>1 line moved.</source>
        <translation>Se movió 1 línea.</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Categorías</translation>
    </message>
    <message>
        <source>Tax role</source>
        <translation>Rol fiscal</translation>
    </message>
    <message>
        <source>Show &amp;archived</source>
        <translation>Mostrar &amp;archivadas</translation>
    </message>
    <message>
        <source>Split rule</source>
        <translation>Regla de división</translation>
    </message>
    <message>
        <source>New split rule</source>
        <translation>Nueva regla de división</translation>
    </message>
    <message>
        <source>like Clip deposits</source>
        <translation>como Depósitos Clip</translation>
    </message>
    <message>
        <source>the payee or memo contains</source>
        <translation>el beneficiario o el concepto contiene</translation>
    </message>
    <message>
        <source>the payee is exactly</source>
        <translation>el beneficiario es exactamente</translation>
    </message>
    <message>
        <source>like CLIP</source>
        <translation>como CLIP</translation>
    </message>
    <message>
        <source>Apply this rule</source>
        <translation>Aplicar esta regla</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>C&amp;uándo:</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>&amp;Cuenta:</translation>
    </message>
    <message>
        <source>the book&apos;s rate</source>
        <translation>la tasa del libro</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>the book&apos;s category for it</source>
        <translation>la categoría del libro para esto</translation>
    </message>
    <message>
        <source>Split rules</source>
        <translation>Reglas de división</translation>
    </message>
    <message>
        <source>Imported movements whose payee matches a rule get the rule&apos;s template lines in the preview — every Clip deposit, say, becomes the sale, its IVA, the commission and the IVA on the commission. The first rule that matches wins.</source>
        <translation>Los movimientos importados cuyo beneficiario coincide con una regla reciben en la vista previa las líneas de la plantilla de la regla: cada depósito de Clip, por ejemplo, se vuelve la venta, su IVA, la comisión y el IVA de la comisión. Gana la primera regla que coincide.</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regla</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>Qué hace</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Activa</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>A&amp;gregar…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Remove the rule</source>
        <translation>Quitar la regla</translation>
    </message>
    <message>
        <source>Remove the split rule {name}?</source>
        <translation>¿Quitar la regla de división {name}?</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>Cambiar &amp;nombre…</translation>
    </message>
    <message>
        <source>&amp;Move…</source>
        <translation>&amp;Mover…</translation>
    </message>
    <message>
        <source>Mer&amp;ge into…</source>
        <translation>&amp;Fusionar con…</translation>
    </message>
    <message>
        <source>Kind and &amp;tax role…</source>
        <translation>&amp;Tipo y rol fiscal…</translation>
    </message>
    <message>
        <source>Arc&amp;hive</source>
        <translation>Arc&amp;hivar</translation>
    </message>
    <message>
        <source>Re&amp;do</source>
        <translation>Re&amp;hacer</translation>
    </message>
    <message>
        <source>Unarc&amp;hive</source>
        <translation>Desarc&amp;hivar</translation>
    </message>
    <message>
        <source>is not a category</source>
        <translation>no es una categoría</translation>
    </message>
    <message>
        <source>Add a category</source>
        <translation>Agregar una categoría</translation>
    </message>
    <message>
        <source>Rename {name}</source>
        <translation>Cambiar el nombre de {name}</translation>
    </message>
    <message>
        <source>Move {name} under…</source>
        <translation>Mover {name} dentro de…</translation>
    </message>
    <message>
        <source>Merge {name} into…</source>
        <translation>Fusionar {name} con…</translation>
    </message>
    <message>
        <source>Merge “{source}” into “{target}”?

1 split line will move to “{target}”{children}, and “{source}” will be removed. This cannot be undone.</source>
        <translation>¿Fusionar “{source}” con “{target}”?

1 línea pasará a “{target}”{children}, y “{source}” se eliminará. Esto no se puede deshacer.</translation>
    </message>
    <message>
        <source>Merge “{source}” into “{target}”?

{n} split lines will move to “{target}”{children}, and “{source}” will be removed. This cannot be undone.</source>
        <translation>¿Fusionar “{source}” con “{target}”?

{n} líneas pasarán a “{target}”{children}, y “{source}” se eliminará. Esto no se puede deshacer.</translation>
    </message>
    <message>
        <source> with its subcategory</source>
        <translation> con su subcategoría</translation>
    </message>
    <message>
        <source> with its {c} subcategories</source>
        <translation> con sus {c} subcategorías</translation>
    </message>
    <message>
        <source>Changes made before it can no longer be undone either.</source>
        <translation>Los cambios hechos antes tampoco se pueden deshacer ya.</translation>
    </message>
    <message>
        <source>Merge categories</source>
        <translation>Fusionar categorías</translation>
    </message>
    <message>
        <source>{result} lines moved.</source>
        <translation>Se movieron {result} líneas.</translation>
    </message>
    <message>
        <source>Kind and tax role of {name}</source>
        <translation>Tipo y rol fiscal de {name}</translation>
    </message>
    <message>
        <source>Ref.</source>
        <translation>Ref.</translation>
    </message>
    <message>
        <source>C</source>
        <translation>C</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>Deposit</source>
        <translation>Abono</translation>
    </message>
    <message>
        <source>Split ({n})</source>
        <translation>Dividido ({n})</translation>
    </message>
    <message>
        <source>Cleared: the bank statement shows it</source>
        <translation>Conciliado: aparece en el estado de cuenta</translation>
    </message>
    <message>
        <source>Balance after this movement (shown when sorted by date)</source>
        <translation>Saldo después de este movimiento (se muestra al ordenar por fecha)</translation>
    </message>
    <message>
        <source>Sort by date to see the running balance</source>
        <translation>Ordene por fecha para ver el saldo acumulado</translation>
    </message>
    <message>
        <source>New transaction…</source>
        <translation>Nuevo movimiento…</translation>
    </message>
    <message>
        <source>Filter: payee, memo, reference, category (Ctrl+F)</source>
        <translation>Filtrar: beneficiario, concepto, referencia, categoría (Ctrl+F)</translation>
    </message>
    <message>
        <source>Capitals and accents do not matter: nomina finds Nómina.</source>
        <translation>No importan las mayúsculas ni los acentos: nomina encuentra Nómina.</translation>
    </message>
    <message>
        <source>Filter the register</source>
        <translation>Filtrar el registro</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Typing does not change a saved transaction: F2 edits it here, Enter opens it</source>
        <translation>Escribir no cambia un movimiento guardado: F2 lo edita aquí, Enter lo abre</translation>
    </message>
    <message>
        <source>Add the bank account, cash box or card you pay with; its movements are entered here.</source>
        <translation>Agregue la cuenta de banco, la caja de efectivo o la tarjeta con la que paga; aquí se capturan sus movimientos.</translation>
    </message>
    <message>
        <source>New account…</source>
        <translation>Nueva cuenta…</translation>
    </message>
    <message>
        <source>Sorting…</source>
        <translation>Ordenando…</translation>
    </message>
    <message>
        <source>is missing: type a payment or a deposit</source>
        <translation>falta: escriba un cargo o un abono</translation>
    </message>
    <message>
        <source>{book} — Cuentas</source>
        <translation>{book} — Cuentas</translation>
    </message>
    <message>
        <source>Show archived</source>
        <translation>Mostrar archivadas</translation>
    </message>
    <message>
        <source>&amp;New book…</source>
        <translation>&amp;Nuevo libro…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <source>Open &amp;demo book</source>
        <translation>Abrir libro de &amp;demostración</translation>
    </message>
    <message>
        <source>&amp;Backup now</source>
        <translation>&amp;Respaldar ahora</translation>
    </message>
    <message>
        <source>Make a verified copy of the book now</source>
        <translation>Hacer ahora una copia verificada del libro</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>Res&amp;taurar un respaldo…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importar…</translation>
    </message>
    <message>
        <source>Import a QIF, OFX/QFX or CSV statement into an account</source>
        <translation>Importar un estado de cuenta QIF, OFX/QFX o CSV a una cuenta</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportar…</translation>
    </message>
    <message>
        <source>Undo i&amp;mport…</source>
        <translation>Deshacer i&amp;mportación…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>&amp;New transaction…</source>
        <translation>&amp;Nuevo movimiento…</translation>
    </message>
    <message>
        <source>Enter a new movement in this account</source>
        <translation>Capturar un movimiento nuevo en esta cuenta</translation>
    </message>
    <message>
        <source>&amp;Edit transaction…</source>
        <translation>&amp;Editar movimiento…</translation>
    </message>
    <message>
        <source>&amp;Delete transaction</source>
        <translation>E&amp;liminar movimiento</translation>
    </message>
    <message>
        <source>Spread the movement over several categories</source>
        <translation>Repartir el movimiento entre varias categorías</translation>
    </message>
    <message>
        <source>Convert to single &amp;category</source>
        <translation>Convertir a una sola &amp;categoría</translation>
    </message>
    <message>
        <source>Mark c&amp;leared / not cleared</source>
        <translation>&amp;Marcar como conciliado / no conciliado</translation>
    </message>
    <message>
        <source>Show &amp;archived accounts</source>
        <translation>Mostrar cuentas &amp;archivadas</translation>
    </message>
    <message>
        <source>&amp;Filter…</source>
        <translation>&amp;Filtrar…</translation>
    </message>
    <message>
        <source>Go to &amp;accounts</source>
        <translation>Ir a las &amp;cuentas</translation>
    </message>
    <message>
        <source>Go to &amp;register</source>
        <translation>Ir al &amp;registro</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Actuali&amp;zar</translation>
    </message>
    <message>
        <source>New &amp;account…</source>
        <translation>Nueva c&amp;uenta…</translation>
    </message>
    <message>
        <source>Account &amp;details…</source>
        <translation>Da&amp;tos de la cuenta…</translation>
    </message>
    <message>
        <source>A&amp;rchive account</source>
        <translation>Arc&amp;hivar cuenta</translation>
    </message>
    <message>
        <source>&amp;Categories…</source>
        <translation>&amp;Categorías…</translation>
    </message>
    <message>
        <source>&amp;Reports…</source>
        <translation>&amp;Informes…</translation>
    </message>
    <message>
        <source>&amp;Search transactions…</source>
        <translation>&amp;Buscar movimientos…</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>C&amp;onfiguración…</translation>
    </message>
    <message>
        <source>Transaction &amp;history…</source>
        <translation>&amp;Historial del movimiento…</translation>
    </message>
    <message>
        <source>&amp;Audit log…</source>
        <translation>Bitácora de c&amp;ambios…</translation>
    </message>
    <message>
        <source>&amp;Health…</source>
        <translation>&amp;Diagnóstico…</translation>
    </message>
    <message>
        <source>Send &amp;feedback…</source>
        <translation>Enviar &amp;comentarios…</translation>
    </message>
    <message>
        <source>&amp;Contents</source>
        <translation>&amp;Contenido</translation>
    </message>
    <message>
        <source>&amp;What changed in this version</source>
        <translation>&amp;Qué cambió en esta versión</translation>
    </message>
    <message>
        <source>&amp;About Cuentas</source>
        <translation>&amp;Acerca de Cuentas</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Herramientas</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barra principal</translation>
    </message>
    <message>
        <source>Un&amp;archive account</source>
        <translation>Desarc&amp;hivar cuenta</translation>
    </message>
    <message>
        <source>1 transaction</source>
        <translation>1 movimiento</translation>
    </message>
    <message>
        <source>{n} transactions</source>
        <translation>{n} movimientos</translation>
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
        <source>{name} ({role})</source>
        <translation>{name} ({role})</translation>
    </message>
    <message>
        <source>Undone: {what} — {key} to redo</source>
        <translation>Deshecho: {what} — {key} para rehacer</translation>
    </message>
    <message>
        <source>{what} — Ctrl+Z to undo</source>
        <translation>{what} — Ctrl+Z para deshacer</translation>
    </message>
    <message>
        <source>No account yet</source>
        <translation>Todavía no hay cuentas</translation>
    </message>
    <message>
        <source>Edit split</source>
        <translation>Editar la división</translation>
    </message>
    <message>
        <source>Delete {n} transactions</source>
        <translation>Eliminar {n} movimientos</translation>
    </message>
    <message>
        <source>Apply &amp;template</source>
        <translation>Aplicar &amp;plantilla</translation>
    </message>
    <message>
        <source>That transaction no longer exists.</source>
        <translation>Ese movimiento ya no existe.</translation>
    </message>
    <message>
        <source>The help is not installed.</source>
        <translation>La ayuda no está instalada.</translation>
    </message>
    <message>
        <source>About Cuentas</source>
        <translation>Acerca de Cuentas</translation>
    </message>
    <message>
        <source>&lt;b&gt;Cuentas {version}&lt;/b&gt;&lt;p&gt;Bookkeeping for a small business, with split transactions.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Cuentas {version}&lt;/b&gt;&lt;p&gt;Contabilidad para un negocio pequeño, con movimientos divididos.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Este mes</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Mes anterior</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>Este trimestre</translation>
    </message>
    <message>
        <source>Last quarter</source>
        <translation>Trimestre anterior</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Este año</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Año anterior</translation>
    </message>
    <message>
        <source>All dates</source>
        <translation>Todas las fechas</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Personalizado</translation>
    </message>
    <message>
        <source>Nothing to chart in this period</source>
        <translation>No hay nada que graficar en este periodo</translation>
    </message>
    <message>
        <source>Lines: {what}</source>
        <translation>Líneas: {what}</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <source>(uncategorized)</source>
        <translation>(sin categoría)</translation>
    </message>
    <message>
        <source>1 line · total {total}</source>
        <translation>1 línea · total {total}</translation>
    </message>
    <message>
        <source>{count} lines · total {total}</source>
        <translation>{count} líneas · total {total}</translation>
    </message>
    <message>
        <source>Export lines as CSV</source>
        <translation>Exportar las líneas como CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Reports — {book}</source>
        <translation>Informes — {book}</translation>
    </message>
    <message>
        <source>All accounts</source>
        <translation>Todas las cuentas</translation>
    </message>
    <message>
        <source> (archived)</source>
        <translation> (archivada)</translation>
    </message>
    <message>
        <source>By month</source>
        <translation>Por mes</translation>
    </message>
    <message>
        <source>By quarter</source>
        <translation>Por trimestre</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Exportar PDF…</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Informe</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>Double-click a row to see the split lines behind it</source>
        <translation>Haga doble clic en una fila para ver las líneas que la forman</translation>
    </message>
    <message>
        <source>Calculating…</source>
        <translation>Calculando…</translation>
    </message>
    <message>
        <source>{report}: {period}, 1 row.</source>
        <translation>{report}: {period}, 1 fila.</translation>
    </message>
    <message>
        <source>{report}: {period}, {rows} rows.</source>
        <translation>{report}: {period}, {rows} filas.</translation>
    </message>
    <message>
        <source>Double-click a row for the lines behind it.</source>
        <translation>Haga doble clic en una fila para ver sus líneas.</translation>
    </message>
    <message>
        <source>all dates</source>
        <translation>todas las fechas</translation>
    </message>
    <message>
        <source>Sent to {printer}</source>
        <translation>Enviado a {printer}</translation>
    </message>
    <message>
        <source>The printer {printer} could not start.</source>
        <translation>No se pudo iniciar la impresora {printer}.</translation>
    </message>
    <message>
        <source>Export report as PDF</source>
        <translation>Exportar el informe como PDF</translation>
    </message>
    <message>
        <source>Export report as CSV</source>
        <translation>Exportar el informe como CSV</translation>
    </message>
    <message>
        <source>Writing {file}…</source>
        <translation>Escribiendo {file}…</translation>
    </message>
    <message>
        <source>In category</source>
        <translation>En la categoría</translation>
    </message>
    <message>
        <source>Not cleared</source>
        <translation>No conciliado</translation>
    </message>
    <message>
        <source>Find transactions — {book}</source>
        <translation>Buscar movimientos — {book}</translation>
    </message>
    <message>
        <source>Payee, memo, reference or line memo</source>
        <translation>Beneficiario, concepto o referencia</translation>
    </message>
    <message>
        <source>Any category</source>
        <translation>Cualquier categoría</translation>
    </message>
    <message>
        <source>and below</source>
        <translation>y subcategorías</translation>
    </message>
    <message>
        <source>Also lines in the categories below this one</source>
        <translation>También las líneas de las subcategorías de esta</translation>
    </message>
    <message>
        <source>Any account</source>
        <translation>Cualquier cuenta</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>e.g. {amount}</source>
        <translation>p. ej. {amount}</translation>
    </message>
    <message>
        <source>Any lines</source>
        <translation>Cualquier número de líneas</translation>
    </message>
    <message>
        <source>Split</source>
        <translation>Dividido</translation>
    </message>
    <message>
        <source>Single category</source>
        <translation>Una categoría</translation>
    </message>
    <message>
        <source>Cleared or not</source>
        <translation>Conciliado o no</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Limpiar filtros</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Double-click (or Enter) to open the transaction</source>
        <translation>Doble clic (o Intro) para abrir el movimiento</translation>
    </message>
    <message>
        <source>Show more</source>
        <translation>Mostrar más</translation>
    </message>
    <message>
        <source>Amount from</source>
        <translation>Importe desde</translation>
    </message>
    <message>
        <source>Amount to</source>
        <translation>Importe hasta</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Buscando…</translation>
    </message>
    <message>
        <source>1 shown · counting…</source>
        <translation>1 mostrado · contando…</translation>
    </message>
    <message>
        <source>{shown} shown · counting…</source>
        <translation>{shown} mostrados · contando…</translation>
    </message>
    <message>
        <source>1 transaction · total of the matching lines: {total}</source>
        <translation>1 movimiento · total de las líneas que coinciden: {total}</translation>
    </message>
    <message>
        <source>{count} transactions · total of the matching lines: {total}</source>
        <translation>{count} movimientos · total de las líneas que coinciden: {total}</translation>
    </message>
    <message>
        <source>1 transaction · total: {total}</source>
        <translation>1 movimiento · total: {total}</translation>
    </message>
    <message>
        <source>{count} transactions · total: {total}</source>
        <translation>{count} movimientos · total: {total}</translation>
    </message>
    <message>
        <source>showing the newest {shown}</source>
        <translation>se muestran los {shown} más recientes</translation>
    </message>
    <message>
        <source>Preparing fast text search…</source>
        <translation>Preparando la búsqueda rápida de texto…</translation>
    </message>
    <message>
        <source>Preparing fast text search… {percent} %</source>
        <translation>Preparando la búsqueda rápida de texto… {percent} %</translation>
    </message>
    <message>
        <source>Text search works without its index for now</source>
        <translation>Por ahora la búsqueda de texto funciona sin su índice</translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation>Movimiento</translation>
    </message>
    <message>
        <source>Split line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <source>Feature</source>
        <translation>Función</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Ajuste</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Plantilla</translation>
    </message>
    <message>
        <source>{n} KB</source>
        <translation>{n} KB</translation>
    </message>
    <message>
        <source>{n} MB</source>
        <translation>{n} MB</translation>
    </message>
    <message>
        <source>Health — {book}</source>
        <translation>Diagnóstico — {book}</translation>
    </message>
    <message>
        <source>Health of {book}</source>
        <translation>Diagnóstico de {book}</translation>
    </message>
    <message>
        <source>Save &amp;report (PDF)…</source>
        <translation>Guardar &amp;informe (PDF)…</translation>
    </message>
    <message>
        <source>The post-deployment report: upgrade, backups, performance, errors, adoption and feedback</source>
        <translation>El informe posterior a la implementación: actualización, respaldos, rendimiento, errores, adopción y comentarios</translation>
    </message>
    <message>
        <source>Diagnostics &amp;bundle…</source>
        <translation>&amp;Paquete de diagnóstico…</translation>
    </message>
    <message>
        <source>One zip with logs, measurements and settings for whoever supports you</source>
        <translation>Un zip con bitácoras, mediciones y configuración para quien le da soporte</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Performance</source>
        <translation>Rendimiento</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Errores</translation>
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
        <source>This book</source>
        <translation>Este libro</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Filas</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <source>Backups and checks</source>
        <translation>Respaldos y revisiones</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>Upgrade runs</source>
        <translation>Actualizaciones</translation>
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
        <source>Before and after</source>
        <translation>Antes y después</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Últimos 7 días</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Último día</translation>
    </message>
    <message>
        <source>An operation is slow when 95% of its runs take longer than its threshold (Settings ▸ Monitoring); with fewer than 5 runs it is not judged.</source>
        <translation>Una operación es lenta cuando el 95% de sus ejecuciones tarda más que su umbral (Configuración ▸ Monitoreo); con menos de 5 ejecuciones no se evalúa.</translation>
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
        <source>Failed</source>
        <translation>Fallidas</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Situación</translation>
    </message>
    <message>
        <source>95th percentile as a share of the threshold</source>
        <translation>Percentil 95 como parte del umbral</translation>
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
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Recent errors</source>
        <translation>Errores recientes</translation>
    </message>
    <message>
        <source>Messages are shown without amounts, payees or memos; the full details of an error were offered to copy when it happened.</source>
        <translation>Los mensajes se muestran sin importes, beneficiarios ni conceptos; los detalles completos de un error se ofrecieron para copiar cuando ocurrió.</translation>
    </message>
    <message>
        <source>Share of transactions split, per month</source>
        <translation>Proporción de movimientos divididos, por mes</translation>
    </message>
    <message>
        <source>Lines go to</source>
        <translation>Las líneas van a</translation>
    </message>
    <message>
        <source>Transactions</source>
        <translation>Movimientos</translation>
    </message>
    <message>
        <source>Most common split configurations</source>
        <translation>Divisiones más comunes</translation>
    </message>
    <message>
        <source>Templates and the split editor</source>
        <translation>Plantillas y editor de división</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Aplicada</translation>
    </message>
    <message>
        <source>Users active per month</source>
        <translation>Usuarios activos por mes</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Usuarios</translation>
    </message>
    <message>
        <source>&amp;Send feedback…</source>
        <translation>&amp;Enviar comentarios…</translation>
    </message>
    <message>
        <source>&amp;Delete note</source>
        <translation>&amp;Borrar nota</translation>
    </message>
    <message>
        <source>No picture with this note.</source>
        <translation>Esta nota no tiene imagen.</translation>
    </message>
    <message>
        <source>Gathering the figures…</source>
        <translation>Reuniendo las cifras…</translation>
    </message>
    <message>
        <source>Figures of {when}; measurements kept 90 days on this computer</source>
        <translation>Cifras del {when}; las mediciones se conservan 90 días en esta computadora</translation>
    </message>
    <message>
        <source>All is well: no threshold is crossed, the backups are recent and the last check passed.</source>
        <translation>Todo está bien: ningún umbral se rebasó, los respaldos son recientes y la última revisión pasó.</translation>
    </message>
    <message>
        <source>{name} — {backend}, revision {revision}, {size}
{location}</source>
        <translation>{name} — {backend}, revisión {revision}, {size}
{location}</translation>
    </message>
    <message>
        <source>Saved templates</source>
        <translation>Plantillas guardadas</translation>
    </message>
    <message>
        <source>User profiles</source>
        <translation>Perfiles de usuario</translation>
    </message>
    <message>
        <source>Audit entries</source>
        <translation>Entradas de la bitácora</translation>
    </message>
    <message>
        <source>The book could not be read: {problem}</source>
        <translation>No se pudo leer el libro: {problem}</translation>
    </message>
    <message>
        <source>No verified backup of this book was found.</source>
        <translation>No se encontró ningún respaldo verificado de este libro.</translation>
    </message>
    <message>
        <source>Newest verified backup: {when} ({ago}).</source>
        <extracomment>Translators: {ago} is “less than an hour ago”, “today”, “yesterday” or “3 days ago”, from app&apos;s catalogue.</extracomment>
        <translation>Respaldo verificado más reciente: {when} ({ago}).</translation>
    </message>
    <message>
        <source>1 backup in all.</source>
        <translation>1 respaldo en total.</translation>
    </message>
    <message>
        <source>{n} backups in all.</source>
        <translation>{n} respaldos en total.</translation>
    </message>
    <message>
        <source>1 balance equal</source>
        <translation>1 saldo igual</translation>
    </message>
    <message>
        <source>{n} balances equal</source>
        <translation>{n} saldos iguales</translation>
    </message>
    <message>
        <source>1 balance DIFFERENT</source>
        <translation>1 saldo DISTINTO</translation>
    </message>
    <message>
        <source>{n} balances DIFFERENT</source>
        <translation>{n} saldos DISTINTOS</translation>
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
        <translation>1 total por categoría DISTINTO</translation>
    </message>
    <message>
        <source>{n} category totals DIFFERENT</source>
        <translation>{n} totales por categoría DISTINTOS</translation>
    </message>
    <message>
        <source>{a} → 1 transaction</source>
        <translation>{a} → 1 movimiento</translation>
    </message>
    <message>
        <source>{a} → {b} transactions</source>
        <translation>{a} → {b} movimientos</translation>
    </message>
    <message>
        <source>1 unexpected error in the last day, {week} in the last 7 days.</source>
        <translation>1 error inesperado en el último día, {week} en los últimos 7 días.</translation>
    </message>
    <message>
        <source>{day} unexpected errors in the last day, {week} in the last 7 days.</source>
        <translation>{day} errores inesperados en el último día, {week} en los últimos 7 días.</translation>
    </message>
    <message>
        <source>{failed} of 1 measured operation failed last week ({pct}%; alert above {limit}%).</source>
        <translation>{failed} de 1 operación medida falló la semana pasada ({pct}%; se avisa arriba de {limit}%).</translation>
    </message>
    <message>
        <source>{failed} of {ops} measured operations failed last week ({pct}%; alert above {limit}%).</source>
        <translation>{failed} de {ops} operaciones medidas fallaron la semana pasada ({pct}%; se avisa arriba de {limit}%).</translation>
    </message>
    <message>
        <source>before upgrade</source>
        <translation>antes de actualizar</translation>
    </message>
    <message>
        <source>before restore</source>
        <translation>antes de restaurar</translation>
    </message>
    <message>
        <source>manual</source>
        <translation>manual</translation>
    </message>
    <message>
        <source>scheduled</source>
        <translation>programado</translation>
    </message>
    <message>
        <source>on close</source>
        <translation>al cerrar</translation>
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
        <source>No check of this book has been recorded on this computer yet.</source>
        <translation>Todavía no se ha registrado en esta computadora ninguna revisión de este libro.</translation>
    </message>
    <message>
        <source>Last check {when}: every invariant holds.</source>
        <translation>Última revisión {when}: todas las reglas se cumplen.</translation>
    </message>
    <message>
        <source>Last check {when} FAILED: {detail}</source>
        <translation>Última revisión {when} FALLÓ: {detail}</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>sin registrar</translation>
    </message>
    <message>
        <source>upgraded</source>
        <translation>actualizado</translation>
    </message>
    <message>
        <source>failed, rolled back</source>
        <translation>falló, revertido</translation>
    </message>
    <message>
        <source>Restores on this computer: {list}</source>
        <translation>Restauraciones en esta computadora: {list}</translation>
    </message>
    <message>
        <source>No backup of this book was restored on this computer.</source>
        <translation>En esta computadora no se restauró ningún respaldo de este libro.</translation>
    </message>
    <message>
        <source>too few runs</source>
        <translation>pocas ejecuciones</translation>
    </message>
    <message>
        <source>slow</source>
        <translation>lenta</translation>
    </message>
    <message>
        <source>within</source>
        <translation>dentro</translation>
    </message>
    <message>
        <source>95th percentile, % of threshold</source>
        <translation>Percentil 95, % del umbral</translation>
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
        <source>operation</source>
        <translation>operación</translation>
    </message>
    <message>
        <source>The book could not be read for these figures.</source>
        <translation>El libro no se pudo leer para estas cifras.</translation>
    </message>
    <message>
        <source>{pct}% of the transactions since {since} have several lines ({n} of {total}).</source>
        <translation>El {pct}% de los movimientos desde {since} tiene varias líneas ({n} de {total}).</translation>
    </message>
    <message>
        <source>Split transactions, %</source>
        <translation>Movimientos divididos, %</translation>
    </message>
    <message>
        <source>completion {pct}%</source>
        <translation>se terminó el {pct}%</translation>
    </message>
    <message>
        <source>no session ended yet</source>
        <translation>todavía no termina ninguna sesión</translation>
    </message>
    <message>
        <source>The split editor was opened once, saved {s} and cancelled {c} ({rate}).</source>
        <translation>El editor de división se abrió una vez, se guardó {s} y se canceló {c} ({rate}).</translation>
    </message>
    <message>
        <source>The split editor was opened {o} times, saved {s} and cancelled {c} ({rate}).</source>
        <translation>El editor de división se abrió {o} veces, se guardó {s} y se canceló {c} ({rate}).</translation>
    </message>
    <message>
        <source>(picture)</source>
        <translation>(imagen)</translation>
    </message>
    <message>
        <source>No feedback yet. Help ▸ Send feedback… keeps a note (and a picture of the window) on this computer.</source>
        <translation>Todavía no hay comentarios. Ayuda ▸ Enviar comentarios… guarda una nota (y una imagen de la ventana) en esta computadora.</translation>
    </message>
    <message>
        <source>Delete note</source>
        <translation>Borrar nota</translation>
    </message>
    <message>
        <source>Delete this feedback note?</source>
        <translation>¿Borrar esta nota de comentarios?</translation>
    </message>
    <message>
        <source>Save the post-deployment report</source>
        <translation>Guardar el informe posterior a la implementación</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>Escribiendo el informe…</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>Se guardó {path}</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Cambios</translation>
    </message>
    <message>
        <source>Another change is being saved; try again in a moment.</source>
        <translation>Se está guardando otro cambio; inténtelo otra vez en un momento.</translation>
    </message>
    <message>
        <source>Only an owner of this book can change {what}. You are {name} ({role}).</source>
        <translation>Solo un propietario de este libro puede cambiar {what}. Usted es {name} ({role}).</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>a few seconds</source>
        <translation>unos segundos</translation>
    </message>
    <message>
        <source>about {n} seconds</source>
        <translation>unos {n} segundos</translation>
    </message>
    <message>
        <source>about {n} minutes</source>
        <translation>unos {n} minutos</translation>
    </message>
    <message>
        <source>Looking at the book</source>
        <translation>Revisando el libro</translation>
    </message>
    <message>
        <source>Locking the book (no other Cuentas can open it meanwhile)</source>
        <translation>Bloqueando el libro (mientras tanto, ningún otro Cuentas lo puede abrir)</translation>
    </message>
    <message>
        <source>Checking there is room on the disk</source>
        <translation>Comprobando que haya espacio en el disco</translation>
    </message>
    <message>
        <source>Backing up the book</source>
        <translation>Respaldando el libro</translation>
    </message>
    <message>
        <source>Checking the backup once more, alongside the upgrade</source>
        <translation>Comprobando el respaldo una vez más, junto con la actualización</translation>
    </message>
    <message>
        <source>Copying each movement into its first split line</source>
        <translation>Copiando cada movimiento en su primera línea</translation>
    </message>
    <message>
        <source>Indexing the split lines</source>
        <translation>Indexando las líneas</translation>
    </message>
    <message>
        <source>Removing the old category column</source>
        <translation>Quitando la columna de categoría anterior</translation>
    </message>
    <message>
        <source>Indexing the category totals for reports</source>
        <translation>Indexando los totales por categoría para los informes</translation>
    </message>
    <message>
        <source>Backup verified: its totals are the book&apos;s</source>
        <translation>Respaldo verificado: sus totales son los del libro</translation>
    </message>
    <message>
        <source>Checking that nothing points to a missing account or category</source>
        <translation>Comprobando que nada apunte a una cuenta o categoría que no existe</translation>
    </message>
    <message>
        <source>Checking every total against the backup</source>
        <translation>Comparando cada total con el respaldo</translation>
    </message>
    <message>
        <source>Checking that every movement&apos;s lines add up</source>
        <translation>Comprobando que las líneas de cada movimiento cuadren</translation>
    </message>
    <message>
        <source>Saving the upgraded book</source>
        <translation>Guardando el libro actualizado</translation>
    </message>
    <message>
        <source>Checking the saved file</source>
        <translation>Revisando el archivo guardado</translation>
    </message>
    <message>
        <source>Finishing</source>
        <translation>Terminando</translation>
    </message>
    <message>
        <source>Revision {revision} done</source>
        <translation>Revisión {revision} lista</translation>
    </message>
    <message>
        <source>What&apos;s new: split transactions</source>
        <translation>Novedades: movimientos divididos</translation>
    </message>
    <message>
        <source>This book was written by an earlier Cuentas. Upgrade it once to use split transactions; nothing you entered changes.</source>
        <translation>Este libro lo escribió una versión anterior de Cuentas. Actualícelo una vez para usar movimientos divididos; nada de lo que capturó cambia.</translation>
    </message>
    <message>
        <source>A split transaction spreads one movement over several categories: a supplier&apos;s invoice and its IVA, a card deposit net of the commission and the IVA on it, one transfer that pays three invoices. Every movement you have keeps its one category, exactly as before, until you choose to split it.</source>
        <translation>Un movimiento dividido reparte un movimiento entre varias categorías: la factura de un proveedor y su IVA, un depósito de tarjeta sin la comisión ni su IVA, una transferencia que paga tres facturas. Cada movimiento que ya tiene conserva su única categoría, exactamente como antes, hasta que usted decida dividirlo.</translation>
    </message>
    <message>
        <source>Read the guide: split transactions</source>
        <translation>Leer la guía: movimientos divididos</translation>
    </message>
    <message>
        <source>Book:</source>
        <translation>Libro:</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>Tamaño:</translation>
    </message>
    <message>
        <source>Contains:</source>
        <translation>Contiene:</translation>
    </message>
    <message>
        <source>Written by:</source>
        <translation>Lo escribió:</translation>
    </message>
    <message>
        <source>The upgrade takes:</source>
        <translation>La actualización tarda:</translation>
    </message>
    <message>
        <source>What happens next: a verified backup of the book, then the upgrade, then every total is checked against the backup. If anything fails, the book is put back exactly as it was.</source>
        <translation>Lo que sigue: un respaldo verificado del libro, luego la actualización, y luego se compara cada total con el respaldo. Si algo falla, el libro vuelve a quedar exactamente como estaba.</translation>
    </message>
    <message>
        <source>The backup is restored.</source>
        <translation>El respaldo está restaurado.</translation>
    </message>
    <message>
        <source>An earlier Cuentas wrote that backup, so the book needs this upgrade before this Cuentas can open it. Cancel leaves it as it is.</source>
        <translation>Ese respaldo lo escribió una versión anterior de Cuentas, así que el libro necesita esta actualización antes de que esta versión pueda abrirlo. Cancelar lo deja como está.</translation>
    </message>
    <message>
        <source>kept on the database server</source>
        <translation>guardado en el servidor de base de datos</translation>
    </message>
    <message>
        <source>an earlier Cuentas, before split transactions</source>
        <translation>una versión anterior de Cuentas, sin movimientos divididos</translation>
    </message>
    <message>
        <source>Cuentas before split transactions (revision {r})</source>
        <translation>Cuentas antes de los movimientos divididos (revisión {r})</translation>
    </message>
    <message>
        <source>an earlier Cuentas</source>
        <translation>una versión anterior de Cuentas</translation>
    </message>
    <message>
        <source>an earlier Cuentas 2 (revision {r}; this one: {head})</source>
        <translation>un Cuentas 2 anterior (revisión {r}; esta: {head})</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Papelería Lumen — invoice A-311</source>
        <translation>Papelería Lumen — factura A-311</translation>
    </message>
    <message>
        <source>Gastos:Papelería</source>
        <translation>Gastos:Papelería</translation>
    </message>
    <message>
        <source>Impuestos:IVA acreditable</source>
        <translation>Impuestos:IVA acreditable</translation>
    </message>
    <message>
        <source>For example, one movement, two lines:</source>
        <translation>Por ejemplo, un movimiento, dos líneas:</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Respaldo</translation>
    </message>
    <message>
        <source>First, a copy of the book that Cuentas checks. The upgrade starts only after this copy has passed every check.</source>
        <translation>Primero, una copia del libro que Cuentas comprueba. La actualización empieza solo después de que esta copia pasa todas las comprobaciones.</translation>
    </message>
    <message>
        <source>Upgrade now</source>
        <translation>Actualizar ahora</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Cambiar…</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Respaldar ahora</translation>
    </message>
    <message>
        <source>Cuentas copies the book, reads the copy back to be sure it is complete, and compares its totals with the book&apos;s: the number of movements, every account&apos;s balance and every category&apos;s total.</source>
        <translation>Cuentas copia el libro, vuelve a leer la copia para asegurarse de que está completa y compara sus totales con los del libro: el número de movimientos, el saldo de cada cuenta y el total de cada categoría.</translation>
    </message>
    <message>
        <source>The book&apos;s rows are read from the database server in one consistent moment into a Cuentas file of the same revision (a snapshot), and its totals are compared with the book&apos;s.</source>
        <translation>Los registros del libro se leen del servidor de base de datos en un solo momento coherente y se guardan en un archivo de Cuentas de la misma revisión (una instantánea); luego sus totales se comparan con los del libro.</translation>
    </message>
    <message>
        <source>Cuentas copies the book with SQLite&apos;s online backup, checks the integrity of the copy, and compares its totals with the book&apos;s: the number of movements, every account&apos;s balance and every category&apos;s total.</source>
        <translation>Cuentas copia el libro con el respaldo en línea de SQLite, revisa la integridad de la copia y compara sus totales con los del libro: el número de movimientos, el saldo de cada cuenta y el total de cada categoría.</translation>
    </message>
    <message>
        <source>The backup goes to this folder:</source>
        <translation>El respaldo se guarda en esta carpeta:</translation>
    </message>
    <message>
        <source>Where should the backup go?</source>
        <translation>¿Dónde se guarda el respaldo?</translation>
    </message>
    <message>
        <source>Choose a folder (a full path, such as /home/sandy/backups).</source>
        <translation>Elija una carpeta (una ruta completa, como /home/sandy/respaldos).</translation>
    </message>
    <message>
        <source>This folder {reason}. Choose another one.</source>
        <translation>Esta carpeta {reason}. Elija otra.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Intentar otra vez</translation>
    </message>
    <message>
        <source>No backup could be made: {reason}. The book was not changed.</source>
        <translation>No se pudo hacer el respaldo: {reason}. El libro no se modificó.</translation>
    </message>
    <message>
        <source>Back up again</source>
        <translation>Respaldar otra vez</translation>
    </message>
    <message>
        <source>The backup is made and verified:</source>
        <translation>El respaldo está hecho y verificado:</translation>
    </message>
    <message>
        <source>A copy of the book is made ({size})</source>
        <translation>Se hizo una copia del libro ({size})</translation>
    </message>
    <message>
        <source>The copy reads back complete and undamaged</source>
        <translation>La copia se lee completa y sin daños</translation>
    </message>
    <message>
        <source>Totals equal the book&apos;s: {figures}</source>
        <translation>Los totales son iguales a los del libro: {figures}</translation>
    </message>
    <message>
        <source>1 account balance</source>
        <translation>1 saldo de cuenta</translation>
    </message>
    <message>
        <source>{n} account balances</source>
        <translation>{n} saldos de cuentas</translation>
    </message>
    <message>
        <source>1 category total</source>
        <translation>1 total por categoría</translation>
    </message>
    <message>
        <source>{n} category totals</source>
        <translation>{n} totales por categoría</translation>
    </message>
    <message>
        <source>Copied with SQLite&apos;s online backup: {size}</source>
        <translation>Copiado con el respaldo en línea de SQLite: {size}</translation>
    </message>
    <message>
        <source>Integrity check of the copy: passed</source>
        <translation>Revisión de integridad de la copia: correcta</translation>
    </message>
    <message>
        <source>Checksum recorded (sha256 {digest}…)</source>
        <translation>Suma de verificación registrada (sha256 {digest}…)</translation>
    </message>
    <message>
        <source>Saved as {path}</source>
        <translation>Guardado como {path}</translation>
    </message>
    <message>
        <source>Next &gt;</source>
        <translation>Siguiente &gt;</translation>
    </message>
    <message>
        <source>Upgrade</source>
        <translation>Actualización</translation>
    </message>
    <message>
        <source>Cuentas is upgrading the book. The window stays usable, and closing it is safe: Cuentas asks first, and the book is never left half-upgraded.</source>
        <translation>Cuentas está actualizando el libro. La ventana se puede seguir usando, y cerrarla es seguro: Cuentas pregunta primero y el libro nunca queda actualizado a medias.</translation>
    </message>
    <message>
        <source>Elapsed: {n} s</source>
        <translation>Transcurrido: {n} s</translation>
    </message>
    <message>
        <source>{done} of {total}</source>
        <translation>{done} de {total}</translation>
    </message>
    <message>
        <source>Working… the book stays exactly as it was until the upgrade is saved, at the end.</source>
        <translation>Trabajando… el libro sigue exactamente como estaba hasta que la actualización se guarda, al final.</translation>
    </message>
    <message>
        <source>Stopping: Cuentas is undoing what was done so far…</source>
        <translation>Deteniendo: Cuentas está deshaciendo lo que se hizo hasta ahora…</translation>
    </message>
    <message>
        <source>Finished.</source>
        <translation>Terminado.</translation>
    </message>
    <message>
        <source>The upgrade did not complete.</source>
        <translation>La actualización no se completó.</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Comprobación</translation>
    </message>
    <message>
        <source>Every total after the upgrade, against the same total before it.</source>
        <translation>Cada total después de la actualización, comparado con el mismo total antes de ella.</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Después</translation>
    </message>
    <message>
        <source>Account balances</source>
        <translation>Saldos de cuentas</translation>
    </message>
    <message>
        <source>Category totals</source>
        <translation>Totales por categoría</translation>
    </message>
    <message>
        <source>Integrity checks</source>
        <translation>Revisiones de integridad</translation>
    </message>
    <message>
        <source>Every transaction has lines that add up to its amount</source>
        <translation>Cada movimiento tiene líneas que suman su importe</translation>
    </message>
    <message>
        <source>checked</source>
        <translation>comprobado</translation>
    </message>
    <message>
        <source>No line points to a missing account or category</source>
        <translation>Ninguna línea apunta a una cuenta o categoría que no existe</translation>
    </message>
    <message>
        <source>The upgraded file reads back complete and undamaged</source>
        <translation>El archivo actualizado se lee completo y sin daños</translation>
    </message>
    <message>
        <source>Integrity check of the file (SQLite quick_check)</source>
        <translation>Revisión de integridad del archivo (SQLite quick_check)</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>correcta</translation>
    </message>
    <message>
        <source>Schema revision</source>
        <translation>Revisión del esquema</translation>
    </message>
    <message>
        <source>The book is upgraded, and every total is the same as before. Each movement keeps its one category; split one whenever a movement really has several.</source>
        <translation>El libro está actualizado y todos los totales son los mismos que antes. Cada movimiento conserva su única categoría; divídalo cuando un movimiento realmente tenga varias.</translation>
    </message>
    <message>
        <source>Upgraded from revision {old} to {new} in {seconds} s.</source>
        <translation>Actualizado de la revisión {old} a la {new} en {seconds} s.</translation>
    </message>
    <message>
        <source>Backup verified against the book&apos;s totals</source>
        <translation>Respaldo verificado contra los totales del libro</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>verificado</translation>
    </message>
    <message>
        <source>Every total is the same as before the upgrade ({currency}).</source>
        <translation>Todos los totales son los mismos que antes de la actualización ({currency}).</translation>
    </message>
    <message>
        <source>Some totals differ; see the rows without a tick.</source>
        <translation>Algunos totales difieren; vea las filas sin palomita.</translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation>Nota: {note}</translation>
    </message>
    <message>
        <source>the same</source>
        <translation>igual</translation>
    </message>
    <message>
        <source>different</source>
        <translation>diferente</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Listo</translation>
    </message>
    <message>
        <source>The book is upgraded to split transactions.</source>
        <translation>El libro está actualizado a movimientos divididos.</translation>
    </message>
    <message>
        <source>Backups made before an upgrade are never deleted automatically. Keep this one at least until your next tax return is filed; restoring it is how you would go back (File › Restore from backup…).</source>
        <translation>Los respaldos hechos antes de una actualización nunca se borran automáticamente. Conserve este al menos hasta presentar su próxima declaración; restaurarlo es la forma de volver atrás (Archivo › Restaurar un respaldo…).</translation>
    </message>
    <message>
        <source>Show the backup folder</source>
        <translation>Mostrar la carpeta de respaldos</translation>
    </message>
    <message>
        <source>Open the split transactions guide</source>
        <translation>Abrir la guía de movimientos divididos</translation>
    </message>
    <message>
        <source>The backup taken just before the upgrade is at:</source>
        <translation>El respaldo tomado justo antes de la actualización está en:</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>Your book has no IVA categories yet. The templates for purchases and sales with IVA, card deposits and withholdings put their tax lines in them, and the IVA report reads them.</source>
        <translation>Su libro todavía no tiene categorías de IVA. Las plantillas de compras y ventas con IVA, depósitos de tarjeta y retenciones ponen ahí sus líneas de impuestos, y el informe de IVA las lee.</translation>
    </message>
    <message>
        <source>Add the tax categories: {preset}</source>
        <translation>Agregar las categorías de impuestos: {preset}</translation>
    </message>
    <message>
        <source>The tax categories could not be added: {why}</source>
        <translation>No se pudieron agregar las categorías de impuestos: {why}</translation>
    </message>
    <message>
        <source>The tax categories were added, each with its role (Tools › Categories shows them; Settings › General shows the rates).</source>
        <translation>Se agregaron las categorías de impuestos, cada una con su rol (Herramientas › Categorías las muestra; Configuración › General muestra las tasas).</translation>
    </message>
    <message>
        <source>Your book was not changed</source>
        <translation>El libro no se modificó</translation>
    </message>
    <message>
        <source>A verified backup taken just before is at:</source>
        <translation>Un respaldo verificado tomado justo antes está en:</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Copiar detalles</translation>
    </message>
    <message>
        <source>Your book was restored unchanged</source>
        <translation>El libro se restauró sin cambios</translation>
    </message>
    <message>
        <source>The upgrade did not complete, and nothing of it was kept.</source>
        <translation>La actualización no se completó y no se conservó nada de ella.</translation>
    </message>
    <message>
        <source>The upgrade could not be completed, so Cuentas put everything back: the book is exactly as it was before, every movement and every total. It can be opened again by the Cuentas that wrote it, or upgraded again here once the reason below is dealt with.</source>
        <translation>La actualización no se pudo completar, así que Cuentas dejó todo como estaba: el libro está exactamente como antes, cada movimiento y cada total. Lo puede abrir otra vez la versión de Cuentas que lo escribió, o se puede actualizar otra vez aquí cuando se resuelva el motivo de abajo.</translation>
    </message>
    <message>
        <source>Copy the details with the button below if you ask for help. The guide “Upgrading books” (F1) explains what each check means.</source>
        <translation>Copie los detalles con el botón de abajo si pide ayuda. La guía “Actualizar libros” (F1) explica qué significa cada comprobación.</translation>
    </message>
    <message>
        <source>Copied to the clipboard.</source>
        <translation>Copiado al portapapeles.</translation>
    </message>
    <message>
        <source>Upgrade {book} — Cuentas</source>
        <translation>Actualizar {book} — Cuentas</translation>
    </message>
    <message>
        <source>Stop…</source>
        <translation>Detener…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>You stopped the upgrade. Everything it had done was undone.</source>
        <translation>Usted detuvo la actualización. Todo lo que había hecho se deshizo.</translation>
    </message>
    <message>
        <source>You stopped the upgrade before it changed anything.</source>
        <translation>Usted detuvo la actualización antes de que cambiara nada.</translation>
    </message>
    <message>
        <source>{cause} (while {stage}).</source>
        <translation>{cause} (durante {stage}).</translation>
    </message>
    <message>
        <source>Something unexpected went wrong ({error}); the book was not changed.</source>
        <translation>Algo inesperado salió mal ({error}); el libro no se modificó.</translation>
    </message>
    <message>
        <source>Cuentas {version}: upgrade of {book}</source>
        <translation>Cuentas {version}: actualización de {book}</translation>
    </message>
    <message>
        <source>When: {time}</source>
        <translation>Cuándo: {time}</translation>
    </message>
    <message>
        <source>Book: state {state}, revision {revision} -&gt; {head}, {counts}</source>
        <translation>Libro: estado {state}, revisión {revision} -&gt; {head}, {counts}</translation>
    </message>
    <message>
        <source>Outcome: {outcome}</source>
        <translation>Resultado: {outcome}</translation>
    </message>
    <message>
        <source>restored from the backup</source>
        <translation>restaurado desde el respaldo</translation>
    </message>
    <message>
        <source>rolled back, unchanged</source>
        <translation>revertido, sin cambios</translation>
    </message>
    <message>
        <source>Stage: {stage}</source>
        <translation>Etapa: {stage}</translation>
    </message>
    <message>
        <source>Reason: {reason}</source>
        <translation>Motivo: {reason}</translation>
    </message>
    <message>
        <source>Message: {message}</source>
        <translation>Mensaje: {message}</translation>
    </message>
    <message>
        <source>Error type: {name}</source>
        <translation>Tipo de error: {name}</translation>
    </message>
    <message>
        <source>Steps:</source>
        <translation>Pasos:</translation>
    </message>
    <message>
        <source>Stop the upgrade?</source>
        <translation>¿Detener la actualización?</translation>
    </message>
    <message>
        <source>The upgrade is still running. If you stop it, Cuentas undoes what it has done so far and the book stays exactly as it was.</source>
        <translation>La actualización sigue en marcha. Si la detiene, Cuentas deshace lo que lleva hecho y el libro queda exactamente como estaba.</translation>
    </message>
    <message>
        <source>Even if Cuentas were closed by force, the book would be safe: the next start finds out how far the upgrade got and settles it.</source>
        <translation>Aunque Cuentas se cerrara a la fuerza, el libro estaría a salvo: al abrirse otra vez, Cuentas averigua hasta dónde llegó la actualización y lo resuelve.</translation>
    </message>
    <message>
        <source>Keep upgrading</source>
        <translation>Seguir actualizando</translation>
    </message>
    <message>
        <source>Stop the upgrade</source>
        <translation>Detener la actualización</translation>
    </message>
    <message>
        <source>is not a date like {hint}</source>
        <translation>no es una fecha como {hint}</translation>
    </message>
    <message>
        <source>is not a valid calendar date</source>
        <translation>no es una fecha válida del calendario</translation>
    </message>
    <message>
        <source>is not a rate between 0 and 100 with at most 2 decimals</source>
        <translation>no es una tasa entre 0 y 100 con a lo más 2 decimales</translation>
    </message>
    <message>
        <source>Close the open dialog, then open {book} again.</source>
        <translation>Cierre el diálogo abierto y luego abra {book} otra vez.</translation>
    </message>
    <message>
        <source>Add category {name}</source>
        <translation>Agregar la categoría {name}</translation>
    </message>
    <message>
        <source>Rename category {name}</source>
        <translation>Cambiar el nombre de la categoría {name}</translation>
    </message>
    <message>
        <source>Move category {name}</source>
        <translation>Mover la categoría {name}</translation>
    </message>
    <message>
        <source>Change kind and tax role of {name}</source>
        <translation>Cambiar el tipo y el rol fiscal de {name}</translation>
    </message>
    <message>
        <source>Archive category {name}</source>
        <translation>Archivar la categoría {name}</translation>
    </message>
    <message>
        <source>Unarchive category {name}</source>
        <translation>Desarchivar la categoría {name}</translation>
    </message>
    <message>
        <source>1 alert</source>
        <translation>1 aviso</translation>
    </message>
    <message>
        <source>{n} alerts</source>
        <translation>{n} avisos</translation>
    </message>
    <message>
        <source>Click for Help ▸ Health</source>
        <translation>Haga clic para abrir Ayuda ▸ Diagnóstico</translation>
    </message>
    <message>
        <source>Cuentas ran into a problem</source>
        <translation>Cuentas tuvo un problema</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Algo salió mal</translation>
    </message>
    <message>
        <source>Cuentas ran into a problem it did not expect ({kind}). What you saved before is safe; the action you were doing may not have been completed — please check it.

If it happens again, press Copy details and send them to whoever supports you. The problem was noted in the log and in Help ▸ Health.</source>
        <translation>Cuentas tuvo un problema que no esperaba ({kind}). Lo que guardó antes está a salvo; puede que lo que estaba haciendo no se haya terminado: revíselo, por favor.

Si vuelve a pasar, oprima Copiar detalles y envíelos a quien le da soporte. El problema quedó anotado en la bitácora y en Ayuda ▸ Diagnóstico.</translation>
    </message>
    <message>
        <source>&amp;Copy details</source>
        <translation>&amp;Copiar detalles</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copiado</translation>
    </message>
    <message>
        <source>1 more problem since; its details are copied too.</source>
        <translation>1 problema más desde entonces; sus detalles también se copian.</translation>
    </message>
    <message>
        <source>{n} more problems since; their details are copied too.</source>
        <translation>{n} problemas más desde entonces; sus detalles también se copian.</translation>
    </message>
    <message>
        <source>Send feedback</source>
        <translation>Enviar comentarios</translation>
    </message>
    <message>
        <source>What works, what does not, what you expected? Your note is kept on this computer — nothing is sent anywhere. Whoever supports you sees it in Help ▸ Health and in the diagnostics bundle.</source>
        <translation>¿Qué funciona, qué no, qué esperaba? Su nota se guarda en esta computadora; no se envía nada a ninguna parte. Quien le da soporte la ve en Ayuda ▸ Diagnóstico y en el paquete de diagnóstico.</translation>
    </message>
    <message>
        <source>For example: splitting the card deposit took me three tries because…</source>
        <translation>Por ejemplo: dividir el depósito de la tarjeta me tomó tres intentos porque…</translation>
    </message>
    <message>
        <source>&amp;Attach a picture of the window</source>
        <translation>&amp;Adjuntar una imagen de la ventana</translation>
    </message>
    <message>
        <source>&amp;Keep the note</source>
        <translation>&amp;Guardar la nota</translation>
    </message>
    <message>
        <source>The picture shows what was on the screen, figures included.</source>
        <translation>La imagen muestra lo que había en la pantalla, cifras incluidas.</translation>
    </message>
    <message>
        <source>Diagnostics bundle</source>
        <translation>Paquete de diagnóstico</translation>
    </message>
    <message>
        <source>One zip file for whoever supports you: the log, the measurements, the errors counted, the feedback notes, the versions and the settings. It holds no amounts, payees or memos unless you tick one of the boxes below. Nothing is sent: you pass the file on.</source>
        <translation>Un archivo zip para quien le da soporte: la bitácora, las mediciones, los errores contados, las notas de comentarios, las versiones y la configuración. No contiene importes, beneficiarios ni conceptos, salvo que marque una de las casillas de abajo. No se envía nada: usted entrega el archivo.</translation>
    </message>
    <message>
        <source>Include a &amp;copy of the book</source>
        <translation>Incluir una &amp;copia del libro</translation>
    </message>
    <message>
        <source>Include the &amp;pictures attached to feedback</source>
        <translation>Incluir las &amp;imágenes adjuntas a los comentarios</translation>
    </message>
    <message>
        <source>&amp;Save as…</source>
        <translation>&amp;Guardar como…</translation>
    </message>
    <message>
        <source>Every transaction, payee and amount: only for someone you would hand your books to.</source>
        <translation>Cada movimiento, beneficiario e importe: solo para alguien a quien le confiaría sus libros.</translation>
    </message>
    <message>
        <source>Pictures of windows show the figures that were on the screen.</source>
        <translation>Las imágenes de las ventanas muestran las cifras que había en la pantalla.</translation>
    </message>
    <message>
        <source>Save the diagnostics bundle</source>
        <translation>Guardar el paquete de diagnóstico</translation>
    </message>
    <message>
        <source>Zip files (*.zip)</source>
        <translation>Archivos zip (*.zip)</translation>
    </message>
    <message>
        <source>Making the diagnostics bundle…</source>
        <translation>Preparando el paquete de diagnóstico…</translation>
    </message>
    <message>
        <source>Password — Cuentas</source>
        <translation>Contraseña — Cuentas</translation>
    </message>
    <message>
        <source>The server asks for a password</source>
        <translation>El servidor pide una contraseña</translation>
    </message>
    <message>
        <source>To open the shared book &lt;b&gt;{book}&lt;/b&gt;, the PostgreSQL server &lt;b&gt;{server}&lt;/b&gt; asks for the password of &lt;b&gt;{login}&lt;/b&gt;.</source>
        <translation>Para abrir el libro compartido &lt;b&gt;{book}&lt;/b&gt;, el servidor PostgreSQL &lt;b&gt;{server}&lt;/b&gt; pide la contraseña de &lt;b&gt;{login}&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>The server did not accept that password. Type it again.</source>
        <translation>El servidor no aceptó esa contraseña. Escríbala otra vez.</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Contraseña:</translation>
    </message>
    <message>
        <source>Cuentas keeps it in memory until it closes and never writes it to disk. To open this book without being asked, put the password in your PostgreSQL password file (~/.pgpass), as the guide explains.</source>
        <translation>Cuentas la guarda en memoria hasta que se cierra y nunca la escribe en el disco. Para abrir este libro sin que se la pida, ponga la contraseña en su archivo de contraseñas de PostgreSQL (~/.pgpass), como explica la guía.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Página {page} de {pages}</translation>
    </message>
    <message>
        <source>1 other</source>
        <translation>1 más</translation>
    </message>
    <message>
        <source>{n} others</source>
        <translation>{n} más</translation>
    </message>
    <message>
        <source>{names} and {last}</source>
        <translation>{names} y {last}</translation>
    </message>
    <message>
        <source>Nobody has it: it is turned off.</source>
        <translation>Nadie la tiene: está desactivada.</translation>
    </message>
    <message>
        <source>Everyone who uses this book has it.</source>
        <translation>Todos los que usan este libro la tienen.</translation>
    </message>
    <message>
        <source>You and {names} have it.</source>
        <translation>Usted y {names} la tienen.</translation>
    </message>
    <message>
        <source>You have it.</source>
        <translation>Usted la tiene.</translation>
    </message>
    <message>
        <source>{name} has it; you do not yet.</source>
        <translation>{name} la tiene; usted todavía no.</translation>
    </message>
    <message>
        <source>{names} have it; you do not yet.</source>
        <translation>{names} la tienen; usted todavía no.</translation>
    </message>
    <message>
        <source>Nobody in this book has it yet.</source>
        <translation>Nadie en este libro la tiene todavía.</translation>
    </message>
    <message>
        <source>Not yet: {names}.</source>
        <translation>Todavía no: {names}.</translation>
    </message>
    <message>
        <source>Turn off “{feature}”?</source>
        <translation>¿Desactivar «{feature}»?</translation>
    </message>
    <message>
        <source>You are using “{feature}” yourself. Turn it off for everyone who uses this book?</source>
        <translation>Usted está usando «{feature}». ¿Desactivarla para todos los que usan este libro?</translation>
    </message>
    <message>
        <source>Nothing you entered is lost: Cuentas only stops offering it, and you can turn it on again here at any time.</source>
        <translation>No se pierde nada de lo que capturó: Cuentas solo deja de ofrecerla, y puede volver a activarla aquí cuando quiera.</translation>
    </message>
    <message>
        <source>Turn off</source>
        <translation>Desactivar</translation>
    </message>
    <message>
        <source>Import {file}</source>
        <translation>Importar {file}</translation>
    </message>
    <message>
        <source>Imports</source>
        <translation>Importaciones</translation>
    </message>
    <message>
        <source>Every import is one batch. Undoing one removes exactly its transactions, and the categories and accounts it created when nothing else uses them.</source>
        <translation>Cada importación es un lote. Deshacer una quita exactamente sus movimientos, y las categorías y cuentas que creó cuando nada más las usa.</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importado</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Por</translation>
    </message>
    <message>
        <source>&amp;Undo this import…</source>
        <translation>&amp;Deshacer esta importación…</translation>
    </message>
    <message>
        <source>undone {date}</source>
        <translation>deshecha el {date}</translation>
    </message>
    <message>
        <source>{n} changed since</source>
        <translation>{n} cambiados desde entonces</translation>
    </message>
    <message>
        <source>1 changed since</source>
        <translation>1 cambiado desde entonces</translation>
    </message>
    <message>
        <source>Remove the transaction imported from {file} into {account}?</source>
        <translation>¿Quitar el movimiento importado de {file} a {account}?</translation>
    </message>
    <message>
        <source>Remove the {n} transactions imported from {file} into {account}?</source>
        <translation>¿Quitar los {n} movimientos importados de {file} a {account}?</translation>
    </message>
    <message>
        <source>1 of them was changed since the import; it goes too.</source>
        <translation>1 de ellos se cambió después de la importación; también se quita.</translation>
    </message>
    <message>
        <source>{n} of them were changed since the import; they go too.</source>
        <translation>{n} de ellos se cambiaron después de la importación; también se quitan.</translation>
    </message>
    <message>
        <source>Undo import</source>
        <translation>Deshacer importación</translation>
    </message>
    <message>
        <source>Import undone: 1 transaction removed.</source>
        <translation>Importación deshecha: se quitó 1 movimiento.</translation>
    </message>
    <message>
        <source>Import undone: {n} transactions removed.</source>
        <translation>Importación deshecha: se quitaron {n} movimientos.</translation>
    </message>
    <message>
        <source>It was a transfer: it left both accounts.</source>
        <translation>Era una transferencia: salió de las dos cuentas.</translation>
    </message>
    <message>
        <source>1 of them was a transfer: it left both accounts.</source>
        <translation>1 de ellos era una transferencia: salió de las dos cuentas.</translation>
    </message>
    <message>
        <source>{n} of them were transfers: they left both accounts.</source>
        <translation>{n} de ellos eran transferencias: salieron de las dos cuentas.</translation>
    </message>
    <message>
        <source>Undoing the import…</source>
        <translation>Deshaciendo la importación…</translation>
    </message>
    <message>
        <source>Debit (money out)</source>
        <translation>Cargo (sale dinero)</translation>
    </message>
    <message>
        <source>Credit (money in)</source>
        <translation>Abono (entra dinero)</translation>
    </message>
    <message>
        <source>Debit/credit type</source>
        <translation>Tipo cargo/abono</translation>
    </message>
    <message>
        <source>Transaction id (lines of one transaction)</source>
        <translation>Id. de movimiento (líneas de un movimiento)</translation>
    </message>
    <message>
        <source>Line amount</source>
        <translation>Importe de la línea</translation>
    </message>
    <message>
        <source>Line memo</source>
        <translation>Concepto de la línea</translation>
    </message>
    <message>
        <source>Columns of the CSV file</source>
        <translation>Columnas del archivo CSV</translation>
    </message>
    <message>
        <source>Say which column holds what. The first rows of the file show below; a saved mapping fills everything in.</source>
        <translation>Indique qué contiene cada columna. Abajo se ven las primeras filas del archivo; una asignación guardada lo llena todo.</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automático</translation>
    </message>
    <message>
        <source>Comma (,)</source>
        <translation>Coma (,)</translation>
    </message>
    <message>
        <source>Semicolon (;)</source>
        <translation>Punto y coma (;)</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulador</translation>
    </message>
    <message>
        <source>Bar (|)</source>
        <translation>Barra (|)</translation>
    </message>
    <message>
        <source>The first row names the columns</source>
        <translation>La primera fila nombra las columnas</translation>
    </message>
    <message>
        <source>day/month/year</source>
        <translation>día/mes/año</translation>
    </message>
    <message>
        <source>month/day/year</source>
        <translation>mes/día/año</translation>
    </message>
    <message>
        <source>year/month/day</source>
        <translation>año/mes/día</translation>
    </message>
    <message>
        <source>Point (1,234.56)</source>
        <translation>Punto (1,234.56)</translation>
    </message>
    <message>
        <source>Comma (1.234,56)</source>
        <translation>Coma (1.234,56)</translation>
    </message>
    <message>
        <source>Charges are positive (a card statement): turn the signs</source>
        <translation>Los cargos son positivos (estado de tarjeta): invertir los signos</translation>
    </message>
    <message>
        <source>The text has HTML entities (&amp;&amp;lt;, &amp;&amp;amp;)</source>
        <translation>El texto tiene entidades HTML (&amp;&amp;lt;, &amp;&amp;amp;)</translation>
    </message>
    <message>
        <source>a name, like BBVA CSV (optional)</source>
        <translation>un nombre, como BBVA CSV (opcional)</translation>
    </message>
    <message>
        <source>Reading the file</source>
        <translation>Lectura del archivo</translation>
    </message>
    <message>
        <source>Saved &amp;mapping:</source>
        <translation>Asignación &amp;guardada:</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>Co&amp;dificación:</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>&amp;Separador:</translation>
    </message>
    <message>
        <source>&amp;Rows before the header:</source>
        <translation>&amp;Filas antes del encabezado:</translation>
    </message>
    <message>
        <source>Date &amp;order:</source>
        <translation>&amp;Orden de la fecha:</translation>
    </message>
    <message>
        <source>Decimal mar&amp;k:</source>
        <translation>Separador dec&amp;imal:</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Columnas</translation>
    </message>
    <message>
        <source>* needed, with an amount column or debit and credit columns.</source>
        <translation>* obligatoria, con una columna de importe o columnas de cargo y abono.</translation>
    </message>
    <message>
        <source>&amp;Save as:</source>
        <translation>&amp;Guardar como:</translation>
    </message>
    <message>
        <source>The file&apos;s first rows:</source>
        <translation>Primeras filas del archivo:</translation>
    </message>
    <message>
        <source>— none —</source>
        <translation>— ninguna —</translation>
    </message>
    <message>
        <source>— not in the file —</source>
        <translation>— no está en el archivo —</translation>
    </message>
    <message>
        <source>Choose the column with the date.</source>
        <translation>Elija la columna con la fecha.</translation>
    </message>
    <message>
        <source>Choose the column with the amount, or the debit and credit columns.</source>
        <translation>Elija la columna con el importe, o las columnas de cargo y abono.</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nuevo</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplicado</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>No válido</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <source>Category or lines</source>
        <translation>Categoría o líneas</translation>
    </message>
    <message>
        <source>Opening balance of {account}</source>
        <translation>Saldo inicial de {account}</translation>
    </message>
    <message>
        <source>sets the opening balance</source>
        <translation>fija el saldo inicial</translation>
    </message>
    <message>
        <source>Rule {rule}, 1 line: {targets}</source>
        <translation>Regla {rule}, 1 línea: {targets}</translation>
    </message>
    <message>
        <source>Rule {rule}, {n} lines: {targets}</source>
        <translation>Regla {rule}, {n} líneas: {targets}</translation>
    </message>
    <message>
        <source>{n} lines: {targets}</source>
        <translation>{n} líneas: {targets}</translation>
    </message>
    <message>
        <source>{lines} — in {account}</source>
        <translation>{lines} — en {account}</translation>
    </message>
    <message>
        <source>Statement to import</source>
        <translation>Estado de cuenta por importar</translation>
    </message>
    <message>
        <source>A QIF, OFX/QFX or CSV file from your bank, card processor or another program. Nothing is written before the preview.</source>
        <translation>Un archivo QIF, OFX/QFX o CSV de su banco, de su terminal de tarjetas o de otro programa. No se escribe nada antes de la vista previa.</translation>
    </message>
    <message>
        <source>the statement file</source>
        <translation>el archivo del estado de cuenta</translation>
    </message>
    <message>
        <source>Read it from the file</source>
        <translation>Leerlo del archivo</translation>
    </message>
    <message>
        <source>&amp;Into the account:</source>
        <translation>&amp;A la cuenta:</translation>
    </message>
    <message>
        <source>Import a statement</source>
        <translation>Importar un estado de cuenta</translation>
    </message>
    <message>
        <source>Statements (QIF, OFX, QFX, CSV)</source>
        <translation>Estados de cuenta (QIF, OFX, QFX, CSV)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <source>Ticked rows are imported, all together or none. Duplicates are left out unless you tick them; invalid rows say why.</source>
        <translation>Se importan las filas marcadas, todas juntas o ninguna. Los duplicados se omiten salvo que los marque; las filas no válidas dicen por qué.</translation>
    </message>
    <message>
        <source>All rows</source>
        <translation>Todas las filas</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>Duplicados</translation>
    </message>
    <message>
        <source>Apply split &amp;rules</source>
        <translation>Aplicar &amp;reglas de división</translation>
    </message>
    <message>
        <source>Split rules…</source>
        <translation>Reglas de división…</translation>
    </message>
    <message>
        <source>Splits that do not add up: reject the row</source>
        <translation>Divisiones que no suman: rechazar la fila</translation>
    </message>
    <message>
        <source>Splits that do not add up: take their sum</source>
        <translation>Divisiones que no suman: tomar su suma</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Mostrar:</translation>
    </message>
    <message>
        <source>1 row — new: {new}, duplicates: {dup}, invalid: {bad}.</source>
        <translation>1 fila — nuevas: {new}, duplicadas: {dup}, no válidas: {bad}.</translation>
    </message>
    <message>
        <source>{n} rows — new: {new}, duplicates: {dup}, invalid: {bad}.</source>
        <translation>{n} filas — nuevas: {new}, duplicadas: {dup}, no válidas: {bad}.</translation>
    </message>
    <message>
        <source>Split rules made the lines of 1 row.</source>
        <translation>Las reglas de división hicieron las líneas de 1 fila.</translation>
    </message>
    <message>
        <source>Split rules made the lines of {n} rows.</source>
        <translation>Las reglas de división hicieron las líneas de {n} filas.</translation>
    </message>
    <message>
        <source>{name} (account)</source>
        <translation>{name} (cuenta)</translation>
    </message>
    <message>
        <source>The book does not have: {names}.</source>
        <translation>El libro no tiene: {names}.</translation>
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
        <source>{n} accounts</source>
        <translation>{n} cuentas</translation>
    </message>
    <message>
        <source>Create {what} when importing (nothing is created otherwise)</source>
        <translation>Crear {what} al importar (si no, no se crea nada)</translation>
    </message>
    <message>
        <source> and </source>
        <translation> y </translation>
    </message>
    <message>
        <source>Save the file&apos;s memorized transaction as a split template (it is never booked)</source>
        <translation>Guardar el movimiento memorizado del archivo como plantilla de división (nunca se registra)</translation>
    </message>
    <message>
        <source>Save the file&apos;s {n} memorized transactions as split templates (they are never booked)</source>
        <translation>Guardar los {n} movimientos memorizados del archivo como plantillas de división (nunca se registran)</translation>
    </message>
    <message>
        <source>Read as {format}</source>
        <translation>Leído como {format}</translation>
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
        <source>Skipped at line {line}: {what}, {records} — {why}</source>
        <translation>Omitido en la línea {line}: {what}, {records} — {why}</translation>
    </message>
    <message>
        <source>Line {line}, {payee}: {lines}</source>
        <translation>Línea {line}, {payee}: {lines}</translation>
    </message>
    <message>
        <source>(split rule {rule})</source>
        <translation>(regla de división {rule})</translation>
    </message>
    <message>
        <source>&amp;Import 1 transaction</source>
        <translation>&amp;Importar 1 movimiento</translation>
    </message>
    <message>
        <source>&amp;Import {n} transactions</source>
        <translation>&amp;Importar {n} movimientos</translation>
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
        <source>Reading the statement…</source>
        <translation>Leyendo el estado de cuenta…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importando…</translation>
    </message>
</context>
<context>
    <name>AuditLogDialog</name>
    <message>
        <source>Audit log — {book}</source>
        <translation>Bitácora de cambios — {book}</translation>
    </message>
</context>
<context>
    <name>AuditLogView</name>
    <message>
        <source>Show all</source>
        <translation>Mostrar todo</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Desde:</translation>
    </message>
    <message>
        <source>Until:</source>
        <translation>Hasta:</translation>
    </message>
    <message>
        <source>Who:</source>
        <translation>Quién:</translation>
    </message>
    <message>
        <source>What:</source>
        <translation>Qué:</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Todos</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Todo</translation>
    </message>
    <message>
        <source>1 change</source>
        <translation>1 cambio</translation>
    </message>
    <message>
        <source>{n} changes</source>
        <translation>{n} cambios</translation>
    </message>
</context>
<context>
    <name>BackupsPage</name>
    <message>
        <source>Backups</source>
        <translation>Respaldos</translation>
    </message>
    <message>
        <source>Cuentas copies this book on a schedule, and always before an upgrade or a restore. Each copy is checked before it is kept.</source>
        <translation>Cuentas copia este libro con regularidad, y siempre antes de una actualización o una restauración. Cada copia se comprueba antes de conservarla.</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Carpeta:</translation>
    </message>
    <message>
        <source>Every day the book is open</source>
        <translation>Cada día que el libro esté abierto</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Apagados</translation>
    </message>
    <message>
        <source>Scheduled backups:</source>
        <translation>Respaldos programados:</translation>
    </message>
    <message>
        <source>Backups made before an upgrade or a restore are always kept.</source>
        <translation>Los respaldos hechos antes de una actualización o una restauración siempre se conservan.</translation>
    </message>
    <message>
        <source> newest scheduled backups</source>
        <translation> respaldos programados más recientes</translation>
    </message>
    <message>
        <source>Keep:</source>
        <translation>Conservar:</translation>
    </message>
    <message>
        <source>the backup settings</source>
        <translation>la configuración de respaldos</translation>
    </message>
    <message>
        <source>Empty: this book&apos;s folder in this computer&apos;s backups folder.</source>
        <translation>Vacío: la carpeta de este libro dentro de la carpeta de respaldos de esta computadora.</translation>
    </message>
    <message>
        <source>Folder for backups</source>
        <translation>Carpeta para los respaldos</translation>
    </message>
</context>
<context>
    <name>FeaturesPage</name>
    <message>
        <source>Features</source>
        <translation>Funciones</translation>
    </message>
    <message>
        <source>What Cuentas offers in this book. Turning a feature off never loses anything you entered: Cuentas only stops offering it, and you can turn it on again here.</source>
        <translation>Lo que Cuentas ofrece en este libro. Desactivar una función nunca pierde nada de lo que capturó: Cuentas solo deja de ofrecerla, y puede volver a activarla aquí.</translation>
    </message>
    <message>
        <source>Administrator: rollout stages and previews</source>
        <translation>Administración: etapas de activación y vistas previas</translation>
    </message>
    <message>
        <source>New features reach people in stages: internal testers first, then the owner and primary users, then everyone. The stage is kept in the book, so everyone who uses it gets a feature at the same time. Each person&apos;s rollout group is set under Users.</source>
        <translation>Las funciones nuevas llegan por etapas: primero a quienes prueban, luego al propietario y a los usuarios principales, y luego a todos. La etapa se guarda en el libro, así que todos los que lo usan reciben una función al mismo tiempo. El grupo de activación de cada persona se elige en Usuarios.</translation>
    </message>
    <message>
        <source>the features of this book</source>
        <translation>las funciones de este libro</translation>
    </message>
    <message>
        <source>You are {name}, in the {group} group.</source>
        <translation>Usted es {name}, del grupo {group}.</translation>
    </message>
</context>
<context>
    <name>FlagCard</name>
    <message>
        <source>Stage in this book:</source>
        <translation>Etapa en este libro:</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Apagados</translation>
    </message>
    <message>
        <source>Internal (testers)</source>
        <translation>Interna (pruebas)</translation>
    </message>
    <message>
        <source>Primary users</source>
        <translation>Usuarios principales</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Todos</translation>
    </message>
    <message>
        <source>This computer only</source>
        <translation>Solo esta computadora</translation>
    </message>
    <message>
        <source>Preview:</source>
        <translation>Vista previa:</translation>
    </message>
    <message>
        <source>Follow the book</source>
        <translation>Seguir al libro</translation>
    </message>
    <message>
        <source>On here</source>
        <translation>Encendida aquí</translation>
    </message>
    <message>
        <source>Off here</source>
        <translation>Apagada aquí</translation>
    </message>
    <message>
        <source>Turn on</source>
        <translation>Activar</translation>
    </message>
    <message>
        <source>Turn on for everyone</source>
        <translation>Activar para todos</translation>
    </message>
    <message>
        <source>On for you on this computer only: a preview (see Administrator).</source>
        <translation>Activa para usted solo en esta computadora: una vista previa (vea Administración).</translation>
    </message>
    <message>
        <source>Off for you on this computer only: a preview (see Administrator).</source>
        <translation>Desactivada para usted solo en esta computadora: una vista previa (vea Administración).</translation>
    </message>
    <message>
        <source>(the default)</source>
        <translation>(la predeterminada)</translation>
    </message>
    <message>
        <source>● On for you</source>
        <translation>● Activa para usted</translation>
    </message>
    <message>
        <source>Turn off</source>
        <translation>Desactivar</translation>
    </message>
    <message>
        <source>○ Off for you</source>
        <translation>○ Apagada para usted</translation>
    </message>
    <message>
        <source>Set to {state} by CUENTAS_FLAGS on this computer.</source>
        <translation>Puesta en {state} por CUENTAS_FLAGS en esta computadora.</translation>
    </message>
    <message>
        <source>on</source>
        <translation>encendida</translation>
    </message>
    <message>
        <source>off</source>
        <translation>apagada</translation>
    </message>
    <message>
        <source>Past its retire date ({day}): this flag and its old behaviour are due to be removed from Cuentas.</source>
        <translation>Pasó su fecha de retiro ({day}): este interruptor y su comportamiento anterior se deben quitar de Cuentas.</translation>
    </message>
</context>
<context>
    <name>GeneralPage</name>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <source>The book&apos;s name, its currency, how amounts and dates are written, the tax rates it uses, and the language of Cuentas on this computer.</source>
        <translation>El nombre del libro, su moneda, cómo se escriben los importes y las fechas, las tasas de impuestos que usa, y el idioma de Cuentas en esta computadora.</translation>
    </message>
    <message>
        <source>Your business&apos;s name</source>
        <translation>El nombre de su negocio</translation>
    </message>
    <message>
        <source>Book name:</source>
        <translation>Nombre del libro:</translation>
    </message>
    <message>
        <source>Currency:</source>
        <translation>Moneda:</translation>
    </message>
    <message>
        <source>Numbers and dates:</source>
        <translation>Números y fechas:</translation>
    </message>
    <message>
        <source>Choosing a preset adds its missing tax categories and rates; nothing is removed.</source>
        <translation>Al elegir uno se agregan las categorías y tasas de impuestos que falten; no se quita nada.</translation>
    </message>
    <message>
        <source>Tax preset:</source>
        <translation>Impuestos predefinidos:</translation>
    </message>
    <message>
        <source>Tax rates</source>
        <translation>Tasas de impuestos</translation>
    </message>
    <message>
        <source>Rates change by decree, so each has the day it starts and, when known, the day it ends. Split lines use the rate in effect on the transaction&apos;s date.</source>
        <translation>Las tasas cambian por decreto, así que cada una tiene el día en que empieza y, cuando se sabe, el día en que termina. Las líneas usan la tasa vigente en la fecha del movimiento.</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Tasa</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Situación</translation>
    </message>
    <message>
        <source>Add rate…</source>
        <translation>Agregar tasa…</translation>
    </message>
    <message>
        <source>Change or end…</source>
        <translation>Cambiar o terminar…</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Esta computadora</translation>
    </message>
    <message>
        <source>As the system ({language})</source>
        <translation>Como el sistema ({language})</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Idioma:</translation>
    </message>
    <message>
        <source>Menus, windows, messages, reports and the guides, on this computer only (the book does not change).</source>
        <translation>Menús, ventanas, mensajes, informes y guías, solo en esta computadora (el libro no cambia).</translation>
    </message>
    <message>
        <source>Cuentas will be in {language} the next time it starts.</source>
        <translation>Cuentas estará en {language} la próxima vez que se abra.</translation>
    </message>
    <message>
        <source>A change applies the next time Cuentas starts.</source>
        <translation>Un cambio se aplica la próxima vez que se abra Cuentas.</translation>
    </message>
    <message>
        <source>the book&apos;s settings</source>
        <translation>la configuración del libro</translation>
    </message>
    <message>
        <source>Read-only: {why}.</source>
        <translation>Solo lectura: {why}.</translation>
    </message>
    <message>
        <source>Can change while the book has no transactions.</source>
        <translation>Se puede cambiar mientras el libro no tenga movimientos.</translation>
    </message>
    <message>
        <source>Amounts look like {amount}, dates like {date}.</source>
        <translation>Los importes se ven como {amount} y las fechas como {date}.</translation>
    </message>
    <message>
        <source>in effect</source>
        <translation>vigente</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>terminada</translation>
    </message>
    <message>
        <source>starts later</source>
        <translation>empieza después</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>History of transaction {id}</source>
        <translation>Historial del movimiento {id}</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Después</translation>
    </message>
    <message>
        <source>No changes have been recorded for this transaction.</source>
        <translation>No se han registrado cambios de este movimiento.</translation>
    </message>
    <message>
        <source>Transaction {id} was deleted; its history is kept.</source>
        <translation>El movimiento {id} se eliminó; su historial se conserva.</translation>
    </message>
    <message>
        <source>{date} · {payee} · {amount} in {account}</source>
        <translation>{date} · {payee} · {amount} en {account}</translation>
    </message>
    <message>
        <source>(no payee)</source>
        <translation>(sin beneficiario)</translation>
    </message>
    <message>
        <source>{action} (a line changed from its transfer)</source>
        <translation>{action} (una línea cambió por su transferencia)</translation>
    </message>
    <message>
        <source>{when} — {user}: {what}</source>
        <translation>{when} — {user}: {what}</translation>
    </message>
</context>
<context>
    <name>MonitoringPage</name>
    <message>
        <source>Monitoring</source>
        <translation>Monitoreo</translation>
    </message>
    <message>
        <source>Cuentas measures how long its work takes and counts what fails, on this computer only; nothing is sent anywhere. Here you choose when Help ▸ Health and the status bar warn. These settings belong to this computer, not to the book, and apply at once.</source>
        <translation>Cuentas mide cuánto tarda su trabajo y cuenta lo que falla, solo en esta computadora; no se envía nada a ninguna parte. Aquí elige cuándo avisan Ayuda ▸ Diagnóstico y la barra de estado. Esta configuración es de esta computadora, no del libro, y se aplica de inmediato.</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>Target: {target}</source>
        <translation>Meta: {target}</translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source>Newest backup older than:</source>
        <translation>Respaldo más reciente con más de:</translation>
    </message>
    <message>
        <source>Counted from the newest verified backup of the open book.</source>
        <translation>Contado desde el respaldo verificado más reciente del libro abierto.</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Operations failing above:</source>
        <translation>Operaciones fallidas arriba de:</translation>
    </message>
    <message>
        <source>Over the last 7 days. Any unexpected error in the last day warns too.</source>
        <translation>En los últimos 7 días. Cualquier error inesperado del último día también avisa.</translation>
    </message>
    <message>
        <source>An operation is slow when 95% of its runs over the last 7 days take longer than its threshold (it needs at least 5 runs). The targets come from the design, measured on a book of a million transactions; the defaults leave room for a slower computer.</source>
        <translation>Una operación es lenta cuando el 95% de sus ejecuciones de los últimos 7 días tarda más que su umbral (necesita al menos 5 ejecuciones). Las metas vienen del diseño, medidas en un libro de un millón de movimientos; los valores predeterminados dejan margen para una computadora más lenta.</translation>
    </message>
    <message>
        <source>Restore the &amp;defaults</source>
        <translation>Restablecer los valores &amp;predeterminados</translation>
    </message>
    <message>
        <source>Open &amp;Help ▸ Health…</source>
        <translation>Abrir A&amp;yuda ▸ Diagnóstico…</translation>
    </message>
    <message>
        <source>Measurements, counted errors and feedback notes are kept for 90 days (notes until you delete them) in {path}; the log is in {logs}.</source>
        <translation>Las mediciones, los errores contados y las notas de comentarios se conservan 90 días (las notas hasta que las borre) en {path}; la bitácora está en {logs}.</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>Add a profile</source>
        <translation>Agregar un perfil</translation>
    </message>
    <message>
        <source>Name and login of {name}</source>
        <translation>Nombre y usuario de {name}</translation>
    </message>
    <message>
        <source>database login on a shared book</source>
        <translation>usuario de la base de datos en un libro compartido</translation>
    </message>
    <message>
        <source>desktop login, like maria</source>
        <translation>usuario de la computadora, como maria</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <source>Login:</source>
        <translation>Usuario:</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Rol:</translation>
    </message>
    <message>
        <source>Rollout group:</source>
        <translation>Grupo de activación:</translation>
    </message>
</context>
<context>
    <name>RateDialog</name>
    <message>
        <source>Add a tax rate</source>
        <translation>Agregar una tasa de impuesto</translation>
    </message>
    <message>
        <source>Change a tax rate</source>
        <translation>Cambiar una tasa de impuesto</translation>
    </message>
    <message>
        <source>{hint} (empty: no end yet)</source>
        <translation>{hint} (vacío: todavía sin fin)</translation>
    </message>
    <message>
        <source>Code:</source>
        <translation>Código:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <source>Rate (%):</source>
        <translation>Tasa (%):</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Desde:</translation>
    </message>
    <message>
        <source>Until:</source>
        <translation>Hasta:</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <source>Features</source>
        <translation>Funciones</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Usuarios</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Respaldos</translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation>Monitoreo</translation>
    </message>
    <message>
        <source>Settings — {book}</source>
        <translation>Configuración — {book}</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Secciones</translation>
    </message>
    <message>
        <source>Changes apply at once.</source>
        <translation>Los cambios se aplican al momento.</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <source>Users</source>
        <translation>Usuarios</translation>
    </message>
    <message>
        <source>Who uses this book, what they may do (their role) and when new features reach them (their rollout group).</source>
        <translation>Quién usa este libro, qué puede hacer (su rol) y cuándo le llegan las funciones nuevas (su grupo de activación).</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Rollout group</source>
        <translation>Grupo de activación</translation>
    </message>
    <message>
        <source>Add profile…</source>
        <translation>Agregar perfil…</translation>
    </message>
    <message>
        <source>Name and login…</source>
        <translation>Nombre y usuario…</translation>
    </message>
    <message>
        <source>Owner: everything, including settings, users, upgrades and restores. Bookkeeper: enters and changes transactions. Viewer: reads only. A book always keeps at least one owner.</source>
        <translation>Propietario: todo, incluidas la configuración, los usuarios, las actualizaciones y las restauraciones. Contador: captura y cambia movimientos. Solo consulta: solo lee. Un libro siempre conserva al menos un propietario.</translation>
    </message>
    <message>
        <source>profiles</source>
        <translation>los perfiles</translation>
    </message>
    <message>
        <source>This shared book knows you by your database login, {login}: you act as {name} ({role}).</source>
        <translation>Este libro compartido lo reconoce por su usuario de la base de datos, {login}: usted actúa como {name} ({role}).</translation>
    </message>
    <message>
        <source>This computer&apos;s login, {login}, acts as {name} ({role}).</source>
        <translation>El usuario de esta computadora, {login}, actúa como {name} ({role}).</translation>
    </message>
    <message>
        <source> (you)</source>
        <translation> (usted)</translation>
    </message>
</context>
</TS>
