"""Writing an import, and taking it back: one unit of work each.

`commit_import` writes the rows of a preview the user accepted — by default the new
ones — in **one** transaction of `book.write()`: the categories and accounts the user
agreed to create, every transaction with its split lines (a transfer line gets its
mirror in the other account, as the editor makes it), the opening balances, the
memorized transactions saved as templates when asked, and an `import_batches` row
with a link from each transaction it wrote (and the bank's FITID). All of it or none
of it: any error rolls the whole import back.

Inside that transaction the rows are classified once more against the book as it is
now, so a file imported twice at the same time, or a preview left open while someone
else imported, still adds nothing twice.

Rows are written set-wise (a few INSERTs of many rows, ids reserved first: SQLite's
next ids inside the write lock, PostgreSQL's sequence) rather than one ORM save each,
which is what keeps a 100,000-transaction file within seconds
(tests/benchmarks/bench_import.py). The checks `save_transaction` makes were made by
the preview; the audit log gets one entry for the batch.

`undo_import` removes exactly one batch: its transactions and their mirrors (a line
that someone has since paired with a transaction outside the batch is let go the way
deleting a transaction lets it go), the categories and accounts the import created
when nothing else uses them now, and the opening balance it set when it still stands.

Both count what the file held: a transfer is one transaction of the file, recorded in
both accounts (its mirror is its other side, not another transaction of the file), so
"Imported 7 transactions (1 of them a transfer, recorded in both accounts)" is undone
as "7 transactions removed (1 of them a transfer, removed from both accounts)". A
mirror is told from the transaction it mirrors by its id: the importer writes each
mirror right after its transaction (`_reserve_ids` gives ids in ascending order).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, replace
from typing import Any

from sqlalchemy import Connection, delete, func, select, text, update
from sqlalchemy.orm import Session, aliased

from app.dates import now_iso
from app.errors import BadInput
from app.i18n import QT_TR_NOOP, tr
from app.imports.preview import NEW, Names, Preview, PreviewRow, classify, fold, missing
from app.ledger.categories import kind_word
from app.money import format_plain
from app.monitor.metrics import timed
from app.store.book import Book, UnitOfWork
from app.store.models import (
    Account,
    Category,
    ImportBatch,
    ImportLink,
    Split,
    SplitTemplate,
    Transaction,
)

#: progress(step, detail, done, total)
Progress = Callable[[str, str, int, int], None]
CHUNK = 5000
#: Batches of this many rows get a bigger SQLite page cache while they are written.
BIG_BATCH = 20_000


@dataclass(frozen=True)
class ImportResult:
    batch_id: int
    #: Transactions of the file written (a transfer counts once: module docstring).
    imported: int
    duplicates: int
    invalid: int
    #: Rows that were new in the preview and found in the book at commit time.
    now_duplicates: int
    categories_created: tuple[str, ...]
    accounts_created: tuple[str, ...]
    openings_set: int
    templates_saved: tuple[str, ...]
    #: Of `imported`, those with a transfer line: recorded in both accounts.
    transfers: int = 0


@dataclass(frozen=True)
class BatchView:
    id: int
    account: str
    format: str
    file_name: str
    imported_at: str
    user_name: str
    transactions: int
    undone_at: str | None
    #: Transactions of the batch changed by someone since the import.
    changed: int = 0

    @property
    def undone(self) -> bool:
        return self.undone_at is not None


@dataclass(frozen=True)
class UndoResult:
    batch_id: int
    #: Transactions of the file removed, as `ImportResult.imported` counted them.
    removed: int
    categories_removed: tuple[str, ...]
    accounts_removed: tuple[str, ...]
    opening_restored: bool
    #: Of `removed`, transfers whose other side went from the other account too.
    transfers: int = 0


def selected_rows(preview: Preview, include: Iterable[int] | None = None) -> list[PreviewRow]:
    """The rows to write: `include` (row indexes) or, by default, the new ones. An
    invalid row is never written."""
    if include is None:
        return [row for row in preview.rows if row.status == NEW]
    wanted = set(include)
    rows = [row for row in preview.rows if row.index in wanted]
    for row in rows:
        if row.status not in (NEW, "duplicate"):
            raise BadInput("row", row.line, tr("is invalid and cannot be imported ({reason})"
                                               ).format(reason=row.reason))
    return rows


def commit_import(book: Book, preview: Preview, *, create_missing: bool = False,
                  include: Iterable[int] | None = None, save_templates: bool = False,
                  progress: Progress | None = None) -> ImportResult:
    """Write the accepted rows of `preview` as one batch (module docstring).

    Categories and accounts the rows need that the book lacks are created only with
    `create_missing`; without it they are BadInput naming them, and nothing is written.
    Measured as `import.<format>` (app.monitor: the health view's *Importing a file*).
    """
    with timed(f"import.{preview.format}"):
        return _commit(book, preview, create_missing=create_missing, include=include,
                       save_templates=save_templates, progress=progress)


def _commit(book: Book, preview: Preview, *, create_missing: bool,
            include: Iterable[int] | None, save_templates: bool,
            progress: Progress | None) -> ImportResult:
    chosen = selected_rows(preview, include)
    exp = book.info.exp
    with book.write(action=QT_TR_NOOP("import transactions")) as uow:
        session = uow.session
        names = Names.read(session)
        # Classified again against the book as it is now (module docstring); the
        # duplicates the user chose to import anyway are taken as they are.
        checked = classify(session, [row for row in chosen if row.status == NEW], names)
        now_dups = sum(1 for row in checked if row.status != NEW)
        rows = [row for row in checked if row.status == NEW] + [
            replace(row, status=NEW, reason="") for row in chosen if row.status != NEW]
        rows.sort(key=lambda row: row.index)
        categories, accounts = missing(rows, names, decided=preview.missing_categories)
        if (categories or accounts) and not create_missing:
            listed = [f"{name} ({kind_word(kind)})" for name, kind in categories] + [
                tr("[{name}] (account)").format(name=name) for name, _kind in accounts]
            raise BadInput("categories", ", ".join(listed), tr(
                "do not exist; confirm to create them (--yes), or nothing is imported"))
        details: dict[str, Any] = {"categories": [], "accounts": [], "openings": []}
        created_accounts = _create_accounts(uow, accounts, book.info.currency)
        created_categories = _create_categories(uow, categories, preview.category_roles)
        details["accounts"] = created_accounts
        details["categories"] = created_categories
        names = Names.read(session)
        batch = ImportBatch(account_id=preview.account_id, format=preview.format,
                            file_name=preview.file_name, file_sha256=preview.sha256,
                            imported_at=now_iso(), user_name=uow.actor.name, transactions=0,
                            details="{}")
        session.add(batch)
        session.flush()
        movements = [r for r in rows if not r.opening]
        written = _write_rows(session, batch.id, movements, names, batch.imported_at,
                              progress)
        openings = [r for r in rows if r.opening]
        details["openings"] = _set_openings(uow, openings, names)
        saved: list[str] = []
        if save_templates and preview.memorized:
            saved = _save_memorized(uow, preview, exp)
        batch.transactions = written
        batch.details = json.dumps(details, ensure_ascii=False)
        uow.record("import", "import_batch", batch.id, {
            "file": [None, preview.file_name], "format": [None, preview.format],
            "transactions": [None, written], "categories": [None, created_categories],
            "accounts": [None, created_accounts]})
        batch_id = batch.id
    taken = {c.index for c in chosen}
    skipped = [r for r in preview.rows if r.index not in taken]
    return ImportResult(
        batch_id=batch_id, imported=written,
        duplicates=sum(1 for r in skipped if r.status == "duplicate"),
        invalid=sum(1 for r in skipped if r.status == "invalid"),
        now_duplicates=now_dups, categories_created=tuple(created_categories),
        accounts_created=tuple(created_accounts), openings_set=len(details["openings"]),
        templates_saved=tuple(saved),
        transfers=sum(1 for r in movements if any(line.transfer is not None
                                                  for line in r.lines)))


def _create_accounts(uow: UnitOfWork, accounts: Sequence[tuple[str, str]],
                     currency: str) -> list[str]:
    from app.ledger.accounts import add_account_in

    made = []
    for name, kind in accounts:
        add_account_in(uow, name, kind, 0, currency)
        made.append(" ".join(name.split()))
    return made


def _create_categories(uow: UnitOfWork, categories: Sequence[tuple[str, str]],
                       roles: dict[str, str]) -> list[str]:
    """Create the categories (parents too); returns every full name that was created,
    parents first. A role the file names is kept when Cuentas knows it."""
    from app.ledger.categories import add_category_in, role_kind
    from app.store.models import CATEGORY_ROLES

    before = set(uow.session.scalars(select(Category.full_name)).all())
    for name, kind in categories:
        role = roles.get(fold(name), "none")
        if role not in CATEGORY_ROLES or role_kind(role) not in (None, kind):
            role = "none"  # a role this Cuentas does not know, or one its kind cannot have
        add_category_in(uow, name, kind, role)
    after = uow.session.scalars(select(Category.full_name)).all()
    return sorted(set(after) - before, key=lambda n: (n.count(":"), n))


def _reserve_ids(session: Session, table: str, count: int) -> list[int]:
    """`count` new ids for `table`, inside the write transaction, in ascending order
    (a mirror's id is larger than its transaction's: the module docstring)."""
    if count == 0:
        return []
    if session.get_bind().dialect.name == "postgresql":
        return sorted(session.execute(text(
            f"SELECT nextval(pg_get_serial_sequence('{table}', 'id')) "
            "FROM generate_series(1, :n)"), {"n": count}).scalars())
    start = int(session.execute(text(f"SELECT coalesce(max(id), 0) FROM {table}")).scalar_one())
    return list(range(start + 1, start + 1 + count))


def _write_rows(session: Session, batch_id: int, rows: Sequence[PreviewRow], names: Names,
                stamp: str, progress: Progress | None) -> int:
    """Insert the rows. The search index (SQLite) has its per-row triggers set aside
    meanwhile and is left to catch up in the background (`app.ledger.search_index`:
    `set_aside`, `defer`): indexing 100,000 movements is most of a second."""
    from app.ledger import search_index

    total = len(rows)
    mirrors = sum(1 for r in rows for line in r.lines if line.transfer is not None)
    reserved = _reserve_ids(session, "transactions", total + mirrors)
    conn = session.connection()
    with search_index.set_aside(conn) as indexed, _big_cache(conn, total):
        written = _insert_rows(session, batch_id, rows, names, stamp, progress, reserved,
                               mirrors)
        if indexed and reserved:
            search_index.defer(conn, min(reserved), max(reserved))
    return written


@contextmanager
def _big_cache(conn: Connection, rows: int) -> Iterator[None]:
    """A SQLite page cache of 64 MB while a big batch goes in (the indexes by date and
    category take rows all over: a 330,000-row statement spent 15 % more CPU with the
    default 2 MB), the connection's own size again afterwards."""
    if conn.dialect.name != "sqlite" or rows < BIG_BATCH:
        yield
        return
    before = conn.exec_driver_sql("PRAGMA cache_size").scalar_one()
    conn.exec_driver_sql("PRAGMA cache_size = -65536")
    try:
        yield
    finally:
        conn.exec_driver_sql(f"PRAGMA cache_size = {int(before)}")


def _insert_rows(session: Session, batch_id: int, rows: Sequence[PreviewRow], names: Names,
                 stamp: str, progress: Progress | None, reserved: list[int],
                 mirrors: int) -> int:
    total = len(rows)
    txn_ids = iter(reserved)
    split_ids = iter(_reserve_ids(session, "splits",
                                  sum(len(r.lines) for r in rows) + mirrors))
    txns: list[tuple[Any, ...]] = []
    splits: list[tuple[Any, ...]] = []
    pairs: list[tuple[int, int]] = []
    links: list[tuple[Any, ...]] = []
    accounts = {key: value[0] for key, value in names.accounts.items()}
    categories = {key: value[0] for key, value in names.categories.items()}
    written = 0
    for done, row in enumerate(rows, start=1):
        account_id = accounts[fold(row.account)]
        txn_id = next(txn_ids)
        assert row.amount is not None
        txns.append((txn_id, account_id, row.date, row.payee, row.memo, row.reference,
                     int(row.cleared), row.amount, stamp, stamp))
        links.append((txn_id, batch_id, row.fitid))
        written += 1
        for position, line in enumerate(row.lines):
            split_id = next(split_ids)
            other = line.transfer
            category_id = None
            transfer_id = None
            if other is not None:
                transfer_id = accounts[fold(other)]
            elif line.target:
                category_id = categories[fold(line.target)]
            splits.append((split_id, txn_id, position, category_id, transfer_id, None,
                           line.amount, line.memo, line.tax_rate_bp, line.taxable_base))
            if transfer_id is None:
                continue
            mirror_id, mirror_split = next(txn_ids), next(split_ids)
            txns.append((mirror_id, transfer_id, row.date, row.payee, line.memo or row.memo,
                         row.reference, 0, -line.amount, stamp, stamp))
            splits.append((mirror_split, mirror_id, 0, None, account_id, split_id,
                           -line.amount, line.memo, None, None))
            pairs.append((mirror_split, split_id))
            links.append((mirror_id, batch_id, ""))
        if len(txns) >= CHUNK:
            _flush(session, txns, splits, pairs, links)
            if progress is not None:
                progress("Importing", "", done, total)
    _flush(session, txns, splits, pairs, links)
    if progress is not None:
        progress("Importing", "", total, total)
    return written


_TXN_COLUMNS = ("id", "account_id", "date", "payee", "memo", "reference", "cleared",
                "amount_cents", "created_at", "updated_at")
_SPLIT_COLUMNS = ("id", "transaction_id", "position", "category_id", "transfer_account_id",
                  "counterpart_id", "amount_cents", "memo", "tax_rate_bp", "taxable_base_cents")
_LINK_COLUMNS = ("transaction_id", "batch_id", "fitid")


def _flush(session: Session, txns: list[tuple[Any, ...]], splits: list[tuple[Any, ...]],
           pairs: list[tuple[int, int]], links: list[tuple[Any, ...]]) -> None:
    """Many rows per statement, straight to the driver (`executemany` of plain tuples):
    the ORM's and even Core's per-row bookkeeping would be most of an import's time."""
    conn = session.connection()
    mark = "?" if conn.dialect.paramstyle == "qmark" else "%s"

    def insert_many(table: str, columns: tuple[str, ...], rows: list[tuple[Any, ...]]) -> None:
        if rows:
            conn.exec_driver_sql(
                f"INSERT INTO {table} ({', '.join(columns)}) "
                f"VALUES ({', '.join([mark] * len(columns))})", rows)

    insert_many("transactions", _TXN_COLUMNS, txns)
    insert_many("splits", _SPLIT_COLUMNS, splits)
    if pairs:
        conn.exec_driver_sql(f"UPDATE splits SET counterpart_id = {mark} WHERE id = {mark}",
                             pairs)
    insert_many("import_links", _LINK_COLUMNS, links)
    for batch in (txns, splits, pairs, links):
        batch.clear()


def _set_openings(uow: UnitOfWork, rows: Sequence[PreviewRow], names: Names
                  ) -> list[dict[str, Any]]:
    done = []
    for row in rows:
        account = uow.session.get(Account, names.accounts[fold(row.account)][0])
        assert account is not None and row.amount is not None
        if account.opening_balance_cents != 0:
            continue  # set meanwhile: the book's own value stands
        uow.record("update", "account", account.id,
                   {"opening": [account.opening_balance_cents, row.amount]})
        done.append({"account_id": account.id, "before": account.opening_balance_cents,
                     "after": row.amount})
        account.opening_balance_cents = row.amount
    return done


def _save_memorized(uow: UnitOfWork, preview: Preview, exp: int) -> list[str]:
    """Memorized transactions with splits become saved templates: every line a fixed
    amount except the largest, which takes the remainder."""
    names = Names.read(uow.session)
    existing = set(uow.session.scalars(select(SplitTemplate.name)).all())
    saved = []
    for memo in preview.memorized:
        lines = [line for line in memo.lines if line.transfer is None]
        if not memo.payee or not lines:
            continue
        name = f"{memo.payee} (QIF)"
        if name in existing:
            continue
        biggest = max(range(len(lines)), key=lambda i: abs(lines[i].amount))
        payload = []
        for i, line in enumerate(lines):
            found = names.categories.get(fold(line.target))
            payload.append({"category": found[1] if found else "",
                            "kind": "remainder" if i == biggest else "fixed",
                            "value": "" if i == biggest else format_plain(line.amount, exp),
                            "memo": line.memo})
        row = SplitTemplate(name=name, payload=json.dumps(
            {"description": f"Memorized transaction from {preview.file_name}",
             "lines": payload}, ensure_ascii=False), created_by=uow.actor.name,
            created_at=now_iso())
        uow.session.add(row)
        uow.session.flush()
        uow.record("create", "template", row.id, {"name": [None, name]})
        existing.add(name)
        saved.append(name)
    return saved


# ---------------------------------------------------------------- batches and undo


def list_batches(book: Book, *, limit: int = 50) -> list[BatchView]:
    """The newest imports first, with how many of their transactions were changed since."""
    with book.read() as session:
        changed = dict(session.execute(
            select(ImportLink.batch_id, func.count())
            .join(Transaction, Transaction.id == ImportLink.transaction_id)
            .join(ImportBatch, ImportBatch.id == ImportLink.batch_id)
            .where(Transaction.updated_at > ImportBatch.imported_at)
            .group_by(ImportLink.batch_id)).all())
        rows = session.execute(
            select(ImportBatch, Account.name).join(Account, Account.id == ImportBatch.account_id)
            .order_by(ImportBatch.id.desc()).limit(limit)).all()
        return [BatchView(b.id, name, b.format, b.file_name, b.imported_at, b.user_name,
                          b.transactions, b.undone_at, int(changed.get(b.id, 0)))
                for b, name in rows]


def get_batch(book: Book, batch_id: int) -> BatchView:
    for view in list_batches(book, limit=1_000_000):
        if view.id == batch_id:
            return view
    raise BadInput("import", batch_id, tr("is not an import of this book"))


@timed("import.undo")
def undo_import(book: Book, batch_id: int, progress: Progress | None = None) -> UndoResult:
    """Remove exactly the batch `batch_id` (module docstring), in one unit of work."""
    from app.ledger import search_index
    from app.ledger.transactions import delete_in

    with book.write(action=QT_TR_NOOP("undo imports")) as uow:
        session = uow.session
        batch = session.get(ImportBatch, batch_id)
        if batch is None:
            raise BadInput("import", batch_id, tr("is not an import of this book"))
        if batch.undone_at is not None:
            raise BadInput("import", batch_id, tr("was undone already ({when})").format(
                when=batch.undone_at[:16]))
        ids = list(session.scalars(select(ImportLink.transaction_id)
                                   .where(ImportLink.batch_id == batch_id)))
        inside = set(ids)
        # Lines paired since with a transaction outside the batch: let go one by one.
        tangled = set()
        # The other sides the import wrote for the file's transfers (module docstring).
        mirrors: set[int] = set()
        mirrored: set[int] = set()
        counterpart = aliased(Split)
        for chunk in _chunks(ids):
            for txn_id, other_txn in session.execute(
                    select(Split.transaction_id, counterpart.transaction_id)
                    .join(counterpart, counterpart.id == Split.counterpart_id)
                    .where(Split.transaction_id.in_(chunk))):
                if other_txn not in inside:
                    tangled.add(txn_id)
                elif other_txn < txn_id:
                    mirrors.add(txn_id)
                    mirrored.add(other_txn)
        removed = len(inside - mirrors)
        for txn_id in sorted(tangled):
            delete_in(uow, txn_id)
        plain = [i for i in ids if i not in tangled]
        with search_index.set_aside(session.connection()) as indexed:
            if indexed:  # out of the search index set-wise, not a trigger per line
                search_index.unindex(session.connection(), plain)
            for n, chunk in enumerate(_chunks(plain), start=1):
                session.execute(update(Split).where(Split.transaction_id.in_(chunk))
                                .values(counterpart_id=None))
                if progress is not None:
                    progress("Undoing the import", "", n * 500, len(plain) * 2)
            for chunk in _chunks(plain):
                session.execute(delete(Split).where(Split.transaction_id.in_(chunk)))
                session.execute(delete(ImportLink).where(ImportLink.transaction_id.in_(chunk)))
                session.execute(delete(Transaction).where(Transaction.id.in_(chunk)))
        details = json.loads(batch.details or "{}")
        restored = False
        for opening in details.get("openings", []):
            account = session.get(Account, opening["account_id"])
            if account is not None and account.opening_balance_cents == opening["after"]:
                account.opening_balance_cents = opening["before"]
                uow.record("update", "account", account.id,
                           {"opening": [opening["after"], opening["before"]]})
                restored = True
        session.flush()
        categories = _remove_unused_categories(uow, details.get("categories", []))
        accounts = _remove_unused_accounts(uow, details.get("accounts", []))
        batch.undone_at = now_iso()
        batch.undone_by = uow.actor.name
        uow.record("undo", "import_batch", batch_id, {
            "transactions": [removed, 0], "categories_removed": [None, categories],
            "accounts_removed": [None, accounts]})
        return UndoResult(batch_id, removed, tuple(categories), tuple(accounts), restored,
                          transfers=len(mirrored - mirrors))


def _chunks(ids: Sequence[int], size: int = 500) -> list[list[int]]:
    return [list(ids[i:i + size]) for i in range(0, len(ids), size)]


def _remove_unused_categories(uow: UnitOfWork, full_names: Sequence[str]) -> list[str]:
    session = uow.session
    removed = []
    for full in sorted(full_names, key=lambda n: -n.count(":")):  # children first
        cat = session.scalars(select(Category).where(Category.full_name == full)).first()
        if cat is None:
            continue
        used = session.scalar(select(func.count()).select_from(Split)
                              .where(Split.category_id == cat.id))
        children = session.scalar(select(func.count()).select_from(Category)
                                  .where(Category.parent_id == cat.id))
        if used or children:
            continue
        uow.record("delete", "category", cat.id, {"full_name": [full, None],
                                                  "reason": [None, "import undone"]})
        session.delete(cat)
        session.flush()
        removed.append(full)
    return removed


def _remove_unused_accounts(uow: UnitOfWork, names: Sequence[str]) -> list[str]:
    from app.store.models import ImportMapping, ImportRule

    session = uow.session
    removed = []
    for name in names:
        account = session.scalars(select(Account).where(Account.name == name)).first()
        if account is None:
            continue
        uses = [
            select(func.count()).select_from(Transaction).where(
                Transaction.account_id == account.id),
            select(func.count()).select_from(Split).where(
                Split.transfer_account_id == account.id),
            select(func.count()).select_from(ImportBatch).where(
                ImportBatch.account_id == account.id),
            select(func.count()).select_from(ImportRule).where(
                ImportRule.account_id == account.id),
            select(func.count()).select_from(ImportMapping).where(
                ImportMapping.account_id == account.id),
        ]
        if any(session.scalar(q) for q in uses) or account.opening_balance_cents:
            continue
        uow.record("delete", "account", account.id, {"name": [name, None],
                                                     "reason": [None, "import undone"]})
        session.delete(account)
        session.flush()
        removed.append(name)
    return removed
