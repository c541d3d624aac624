<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name></name>
    <message>
        <source>Backing up…</source>
        <extracomment>Tasks of this module in flight (kept alive until their signals ran).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup is made and verified ({size}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backup was made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup could not be made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backing up the book before closing…</source>
        <extracomment>id(book) -&gt; (written since it opened?, the hub slot that notices writes)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backup on closing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup Cuentas makes when a changed book closes could not be made. Your book itself is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily backup made and verified: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The daily backup was not made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cuentas could not make today&apos;s backup of this book.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The book stays older</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The restored book was written by an earlier Cuentas and was not upgraded, so this window closes. Open the book again to upgrade it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup is restored. Open the book again to see it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup is back in place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before an upgrade</source>
        <extracomment>Reasons as people read them.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On closing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from backup — Cuentas</source>
        <extracomment>Files chosen with *Other file…* (a copy from elsewhere), listed first.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the backup to bring back. The book as it is now is backed up first (reason “Before a restore”), so nothing is lost if you change your mind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <extracomment>Column -&gt; sort key of `app.ledger.register` (None: not sortable). The acting user&apos;s split features (a split row is read-only without the editor).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the book&apos;s owner can restore a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no backups of this book yet (File › Backup now).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This backup cannot be restored: {problem}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cuentas is still saving something; restore when it has finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup was not restored: {reason}. The book was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore this backup?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the book with the backup of {when} ({reason})?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything entered after {when} is not in this backup. The book as it is now is backed up first, so you can go back to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cuentas</source>
        <extracomment>progress(step, detail, done, total), as app/ services report it. May the work still be stopped at this step? (The caller decides.) Tasks started and not yet delivered, kept alive until their signals ran.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong: {error}. Nothing was changed.</source>
        <extracomment>progress(step, detail, done, total), as app/ services report it.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cuentas cannot save to {file}: it {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>matches several names ({names}…); type more of one</source>
        <extracomment>Type-ahead offers a popup list of every name containing what was typed. (Keyboard tests on the offscreen platform switch it off: there a popup takes the focus window away and never gives it back, which a desktop does not do; names typed in part are still understood, see `resolve`.)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not an account of this book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a category of this book (add it in Tools › Categories)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is this account itself; a transfer needs another</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no longer exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is busy with another task; try again when it ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New transaction</source>
        <extracomment>The transaction this command is about (an IdMap key), for selection.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Convert to split</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Convert to a single category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark cleared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark not cleared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Clip deposit of 95.82: one amount, four things inside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template: Card/processor deposit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clip&apos;s fee: 3.6 % (IVA 16 % on the fee)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sale 86.21, IVA 13.79, fee −3.60, IVA on the fee −0.58</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lines add up to 95.82: Balanced, OK is enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An old payment, all of it in Gastos:Mercancía</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split… (Ctrl+S): the old category is the first line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template: Purchase with IVA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base −2,000.00 and IVA −320.00: same total, Balanced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK: the register shows Split (2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Z undoes it: one category again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A book of the previous Cuentas opens the upgrade wizard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First a backup: where it goes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup is checked before anything changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The upgrade, step by step (closing the window is safe)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before and after: same movements, balances and totals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done: where the backup is kept; the split guide is one click away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cleared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rollout group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total: {amount}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned: {amount}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;otal:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Insert above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;elete line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Distribute remainder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Balance on this line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balanced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{amount} unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{amount} over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lines must add up to the total ({state}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to distribute over: give some lines an amount first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines without an amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line(s) {lines} have no amount. Remove them and save?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line {n}: {reason}{shown}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <extracomment>(line key, column) -&gt; (typed text, reason) The ids of the lines the transaction had when the editor opened.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line {n}, {column}: {reason} ({typed})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add at least one line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance on line {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distribute remainder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove empty lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uncategorized</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taxable base {base}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit line {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} of line {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Apply template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sa&amp;ve as template…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Use these lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a template…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} (mine)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A template fills the lines from the total: IVA, card-processor fees, withholdings, several invoices in one payment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the book&apos;s default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the current rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply template {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last time, {payee} was split into {n} lines: {names}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use {payee}&apos;s last split</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{payee}&apos;s last split</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save lines as a template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Percent of total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fixed amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remainder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>negative for money out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Split…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spread this movement over several categories (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;leared (on the bank statement)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Payee:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reference:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Memo:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split into {n} lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>money in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>money out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split line {line}: {reason}{shown}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page not found</source>
        <extracomment>Where F1 lands from each window and dialog: context key -&gt; (guide id, anchor). No absolute font sizes: headings scale from the view&apos;s font, so zoom scales all.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This page of the help does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cuentas Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the guides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find in page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Larger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smaller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normal size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF handout…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the training booklet (all guides)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User guides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator procedures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no help page “{page}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That section is not in this guide any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title} — Cuentas Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing found. Try another word.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walkthrough: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF handout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the training booklet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cuentas found a problem in this book</source>
        <extracomment>When the fuller checks start after the main window has shown.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The checks Cuentas runs after opening a book found a problem. What you have entered is still there; restoring a recent backup is the safe way back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cuentas books (*.cuentas *.db *.sqlite);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cuentas backups (*.cuentas);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome to Cuentas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome to Cuentas&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cuentas keeps the books of a small business: every bank, cash and card movement, split over as many categories as it really has.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the demo book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A small shop&apos;s year of sales, card deposits, supplier invoices with IVA — try everything without risk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a new book…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your own book: its currency, its locale, and the tax categories of Mexico, Spain, or none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a book file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A book you already have (.cuentas), such as a copy from your bookkeeper.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My shop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Currency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Locale:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Taxes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;reate book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New book file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cuentas books (*.cuentas)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is empty: choose where to keep the book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening it read-only here is not offered: the other Cuentas may be changing it at this very moment, and this window could show balances half-way through a change without knowing it.</source>
        <extracomment>Shows a launch dialog and returns the key of the choice (tests replace it). Why a book another Cuentas holds is not opened read-only (said in the dialog).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finishing what was interrupted the last time…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cuentas did not close normally the last time: checking the book…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a book yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is empty: it is not a book yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a new book instead (File › New book…), or open another one. The file was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This book needs an upgrade before this Cuentas can open it, and only its owner can upgrade it ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open another book…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No book here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no book at this place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It may have been moved, renamed or deleted; open it from its new place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The book is read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This book cannot be changed here: its file or its folder is read-only for you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cuentas opens a book only where it can save every change at once and keep its lock file beside the book, so it does not open this one. Make the file and its folder writable, or copy the book into a folder of yours (Documents) and open the copy. The book was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cuentas cannot open this book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cuentas cannot open this book.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{reason} Nothing in the book was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A newer Cuentas wrote this book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This book was written by a newer version of Cuentas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is at revision {revision}; this Cuentas knows revisions up to {head}, so it does not open the book: it could misread what the newer version wrote. Nothing in the book was changed. Open it with the newer Cuentas, or open another book.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another Cuentas is upgrading this book.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another Cuentas is restoring a backup of this book.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another Cuentas is checking this book after an interruption.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another Cuentas has this book open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cuentas opens a book in one place at a time, so that two programs never change it behind each other&apos;s back. Close it there, or wait until it finishes, then press Retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computer: {host}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User: {user}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Process: {pid}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since: {when} UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It was opened on another computer, so Cuentas cannot tell from here whether it is still running there. If you are sure it is closed, delete the file {lock} and press Retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The book is in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last upgrade of this book was interrupted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cuentas was stopped while it was upgrading this book (the computer went off, or Cuentas was closed by force). Nothing of that upgrade was kept: the book is exactly as it was before it, and Cuentas has checked that every total is the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last upgrade of this book had finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cuentas was stopped just after it had saved the upgrade of this book. It has now run the last checks: every total is the same as before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cuentas had stopped in the middle of its work the last time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The book opens now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The upgrade wizard opens next, so you can run the upgrade again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened last time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cuentas found that this book&apos;s file is damaged ({reason}), so it does not open it. Nothing was changed and nothing was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The newest verified backup of this book is from {when} ({reason}). Restoring it keeps the damaged file aside, beside the book under a name of its own; movements entered after that backup must be entered again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore this backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cuentas found no verified backup of this book on this computer; if you keep backups elsewhere (a USB disk), choose one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The book is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This book&apos;s file is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cuentas stopped while it was upgrading or restoring this book (the computer went off, or Cuentas was closed by force), at a moment that left the book neither as it was nor finished. Nothing has been deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The verified backup from {when} ({reason}) puts the book back as it was then; the book as it is now is kept aside.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An upgrade was interrupted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last upgrade of this book did not finish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup was not restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup could not be restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{reason}. The book was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The book as it was: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept aside, as it was: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup is back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The book is now as it was on {when}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It was written by an earlier Cuentas: the upgrade wizard opens next.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who is using Cuentas?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer&apos;s login &lt;b&gt;{login}&lt;/b&gt; is not linked to a profile of &lt;b&gt;{book}&lt;/b&gt; yet. Choose yours: Cuentas remembers it, and what you can do and which new features you see follow your profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} — {role}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other (a processor&apos;s balance, say)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>like BBVA Empresarial or Caja chica</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Opening balance:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} movements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} (archived)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Income</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expense</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IVA charged (output)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IVA paid (input)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IVA withheld from you (credit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IVA you withheld (payable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Income tax withheld from you (credit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Income tax you withheld (payable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(top level)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax &amp;role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Move…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mer&amp;ge into…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind and &amp;tax role…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arc&amp;hive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} categories, {a} archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unarc&amp;hive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move {name} under…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge {name} into…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge “{source}” into “{target}”?

{n} split lines will move to “{target}”{children}, and “{source}” will be removed. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> with its {c} subcategories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{result} lines moved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind and tax role of {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ref.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deposit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cleared: the bank statement shows it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance after this movement (shown when sorted by date)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sort by date to see the running balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New transaction…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter: payee, memo, reference, category (Ctrl+F)</source>
        <extracomment>Above this many rows, the register is retaken off the UI thread after a change (the account&apos;s sum takes ~100-200 ms at 400,000 rows); meanwhile it shows what it had. Which register column shows an error about a service field.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter the register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sorting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is missing: type a payment or a deposit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{book} — Cuentas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New book…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;demo book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Backup now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a verified copy of the book now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New transaction…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a new movement in this account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit transaction…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spread the movement over several categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Convert to single &amp;category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark c&amp;leared / not cleared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;archived accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Filter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to &amp;accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to &amp;register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account &amp;details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;rchive account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Categories…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reports…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search transactions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transaction &amp;history…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Audit log…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Cuentas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Un&amp;archive account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} transactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bookkeeper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>viewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} ({role})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} — Ctrl+Z to undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No account yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit split</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete {n} transactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply &amp;template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That transaction no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The help is not installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Cuentas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Cuentas {version}&lt;/b&gt;&lt;p&gt;Bookkeeping for a small business, with split transactions.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to chart in this period</source>
        <extracomment>Period presets: key -&gt; title (custom: the two dates).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines: {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(uncategorized)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} lines · total {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export lines as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports — {book}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (archived)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a row to see the split lines behind it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calculating…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{report}: {period}, {rows} rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a row for the lines behind it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export report as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export report as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing {file}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not cleared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find transactions — {book}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payee, memo, reference or line memo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>and below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also lines in the categories below this one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. {amount}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Single category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cleared or not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click (or Enter) to open the transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{shown} shown · counting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} transactions · total of the matching lines: {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} transactions · total: {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>showing the newest {shown}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing fast text search…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing fast text search… {percent} %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text search works without its index for now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another change is being saved; try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an owner of this book can change {what}. You are {name} ({role}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>internal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>primary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a few seconds</source>
        <extracomment>Measured on the 2-core development machine (tests/benchmarks/bench_upgrade.py and the wizard&apos;s own backup on a 200,000-transaction legacy book): the verified backup takes about 2 s per million transactions, the upgrade itself about 5.5 s.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>about {n} seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>about {n} minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking at the book</source>
        <extracomment>The engine&apos;s steps (`app.upgrade`) in the words of the Upgrade page.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locking the book (no other Cuentas can open it meanwhile)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking there is room on the disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backing up the book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the backup once more, alongside the upgrade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copying each movement into its first split line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indexing the split lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removing the old category column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indexing the category totals for reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup verified: its totals are the book&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking that nothing points to a missing account or category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking every total against the backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking that every movement&apos;s lines add up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the upgraded book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the saved file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finishing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revision {revision} done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What&apos;s new: split transactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This book was written by an earlier Cuentas. Upgrade it once to use split transactions; nothing you entered changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A split transaction spreads one movement over several categories: a supplier&apos;s invoice and its IVA, a card deposit net of the commission and the IVA on it, one transfer that pays three invoices. Every movement you have keeps its one category, exactly as before, until you choose to split it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the guide: split transactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Book:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contains:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The upgrade takes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happens next: a verified backup of the book, then the upgrade, then every total is checked against the backup. If anything fails, the book is put back exactly as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kept on the database server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{t} transactions, {a} accounts, {c} categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cuentas before split transactions (revision {r})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an earlier Cuentas 2 (revision {r}; this one: {head})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Papelería Lumen — invoice A-311</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gastos:Papelería</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impuestos:IVA acreditable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First, a copy of the book that Cuentas checks. The upgrade starts only after this copy has passed every check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrade now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cuentas copies the book with SQLite&apos;s online backup, checks the integrity of the copy, and compares its totals with the book&apos;s: the number of movements, every account&apos;s balance and every category&apos;s total.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup goes to this folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where should the backup go?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a folder (a full path, such as /home/sandy/backups).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This folder {reason}. Choose another one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backup could be made: {reason}. The book was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup is made and verified:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied with SQLite&apos;s online backup: {size}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integrity check of the copy: passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Totals equal the book&apos;s: {t} transactions, {a} account balances, {c} category totals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checksum recorded (sha256 {digest}…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved as {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next &gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cuentas is upgrading the book. The window stays usable, and closing it is safe: Cuentas asks first, and the book is never left half-upgraded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elapsed: {n} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{done} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working… the book stays exactly as it was until the upgrade is saved, at the end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping: Cuentas is undoing what was done so far…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The upgrade did not complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every total after the upgrade, against the same total before it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account balances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category totals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integrity checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every transaction has lines that add up to its amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No line points to a missing account or category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integrity check of the file (SQLite quick_check)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup verified against the book&apos;s totals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every total is the same as before the upgrade ({currency}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some totals differ; see the rows without a tick.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the same</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>different</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The book is upgraded to split transactions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups made before an upgrade are never deleted automatically. Keep this one at least until your next tax return is filed; restoring it is how you would go back (File › Restore from backup…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the backup folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the split transactions guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup taken just before the upgrade is at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The book was upgraded from revision {old} to {new} in {seconds} s, and every total is the same as before. Each movement keeps its one category; split one whenever a movement really has several.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your book has no IVA categories yet. The templates for purchases and sales with IVA, card deposits and withholdings put their tax lines in them, and the IVA report reads them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the tax categories: {preset}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tax categories could not be added: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tax categories were added, each with its role (Tools › Categories shows them; Settings › General shows the rates).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your book was not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A verified backup taken just before is at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your book was restored unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The upgrade did not complete, and nothing of it was kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The upgrade could not be completed, so Cuentas put everything back: the book is exactly as it was before, every movement and every total. It can be opened again by the Cuentas that wrote it, or upgraded again here once the reason below is dealt with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the details with the button below if you ask for help. The guide “Upgrading books” (F1) explains what each check means.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied to the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrade {book} — Cuentas</source>
        <extracomment>Steps after which the upgrade can no longer be stopped (it is being saved). How long &quot;Finished&quot; stays on the Upgrade page before the Check page shows. Where *Next* leads from each page, when the way on does not depend on the run. (seconds since the upgrade started, step, detail, done, total)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You stopped the upgrade. Everything it had done was undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You stopped the upgrade before it changed anything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{cause} (while {stage}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something unexpected went wrong ({error}); the book was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the upgrade?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The upgrade is still running. If you stop it, Cuentas undoes what it has done so far and the book stays exactly as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Even if Cuentas were closed by force, the book would be safe: the next start finds out how far the upgrade got and settles it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep upgrading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the upgrade</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditLogDialog</name>
    <message>
        <source>Audit log — {book}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditLogView</name>
    <message>
        <source>Show all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} changes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupsPage</name>
    <message>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cuentas copies this book on a schedule, and always before an upgrade or a restore. Each copy is checked before it is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every day the book is open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled backups:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups made before an upgrade or a restore are always kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> newest scheduled backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the backup settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty: this book&apos;s folder in this computer&apos;s backups folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder for backups</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FeaturesPage</name>
    <message>
        <source>Features</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New features reach people in stages: internal testers first, then the owner and primary users, then everyone. The stage is kept in the book, so everyone who uses it gets a feature at the same time. Each person&apos;s rollout group is set under Users.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the stage of a feature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are {name}, in the {group} group.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FlagCard</name>
    <message>
        <source>Stage in this book:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal (testers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Primary users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(the default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>● On for you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>○ Off for you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set to {state} by CUENTAS_FLAGS on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Past its retire date ({day}): this flag and its old behaviour are due to be removed from Cuentas.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GeneralPage</name>
    <message>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The book&apos;s name, its currency, how amounts and dates are written, the tax rates it uses, and the language of Cuentas on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your business&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Book name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbers and dates:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choosing a preset adds its missing tax categories and rates; nothing is removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax preset:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax rates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rates change by decree, so each has the day it starts and, when known, the day it ends. Split lines use the rate in effect on the transaction&apos;s date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add rate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change or end…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the system ({language})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Menus, windows, messages, reports and the guides, on this computer only (the book does not change).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cuentas will be in {language} the next time it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A change applies the next time Cuentas starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the book&apos;s settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only: {why}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Can change while the book has no transactions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amounts look like {amount}, dates like {date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in effect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>starts later</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>History of transaction {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No changes have been recorded for this transaction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transaction {id} was deleted; its history is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{date} · {payee} · {amount} in {account}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no payee)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{action} (a line changed from its transfer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{when} — {user}: {what}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>Add a profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name and login of {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>database login on a shared book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>desktop login, like maria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rollout group:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RateDialog</name>
    <message>
        <source>Add a tax rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change a tax rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{hint} (empty: no end yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate (%):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings — {book}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes apply at once.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who uses this book, what they may do (their role) and when new features reach them (their rollout group).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rollout group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name and login…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner: everything, including settings, users, upgrades and restores. Bookkeeper: enters and changes transactions. Viewer: reads only. A book always keeps at least one owner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This shared book knows you by your database login, {login}: you act as {name} ({role}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer&apos;s login, {login}, acts as {name} ({role}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (you)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
