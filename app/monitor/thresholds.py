"""What counts as too slow, too old or too many errors: Settings ▸ Monitoring.

Thresholds are settings of this computer, kept with the other local settings
(`app.admin.local_settings`, key `monitoring` of `<user config>/settings.json`), not in
the state database: the state database holds measurements and may be deleted to start
over without losing what the user chose, and a diagnostics bundle carries the settings
file as it is. Not in the book either: how fast a computer is, is this computer's affair.

Each operation group is declared here as data (key, title, the operations it covers,
default, the target it comes from), and a test checks every declaration. An operation
is *slow* when the 95th percentile of its timings over the last 7 days exceeds its
group's threshold (with at least `MIN_SAMPLES` timings; one slow start is not a trend).
Defaults sit well above the targets of DESIGN.md section 9 (those are measured on a
reference machine with a book of a million transactions): an alert means something is
really wrong, not that a computer is slower than the reference.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any

from app.errors import BadInput
from app.i18n import QT_TR_NOOP, tr

SETTINGS_KEY = "monitoring"
MIN_SAMPLES = 5
#: The window over which thresholds are judged (seconds).
JUDGED_OVER = 7 * 86400


@dataclass(frozen=True)
class Group:
    """Operations judged against one threshold. `prefixes` match operation names
    (`split.` matches `split.create`; a name without a dot matches itself)."""

    key: str
    title: str
    prefixes: tuple[str, ...]
    default_ms: int
    target: str
    #: The unit the settings page shows: "ms" or "s".
    unit: str = "ms"

    def covers(self, op: str) -> bool:
        return any(op == p or (p.endswith(".") and op.startswith(p)) for p in self.prefixes)


GROUPS: tuple[Group, ...] = (
    Group("save", QT_TR_NOOP("Saving a transaction"), ("split.", "transaction."), 100,
          QT_TR_NOOP("a split saved in 5 ms (median)")),
    Group("register", QT_TR_NOOP("Opening a register"), ("register.",), 300,
          QT_TR_NOOP("the first screen of an account of 200,000 transactions in 100 ms")),
    Group("report", QT_TR_NOOP("Running a report"), ("report.",), 1500,
          QT_TR_NOOP("a one-year category report in 250 ms")),
    Group("search", QT_TR_NOOP("Searching"), ("search", "search."), 600,
          QT_TR_NOOP("the first 200 hits in 150 ms")),
    Group("import", QT_TR_NOOP("Importing a file"), ("import.",), 30_000, "", "s"),
    Group("backup", QT_TR_NOOP("Backing up a book"), ("backup",), 120_000, "", "s"),
    Group("restore", QT_TR_NOOP("Restoring a backup"), ("restore",), 300_000, "", "s"),
    Group("upgrade", QT_TR_NOOP("Upgrading a book"), ("upgrade",), 600_000,
          QT_TR_NOOP("a million transactions in about 15 s"), "s"),
)
BY_KEY = {g.key: g for g in GROUPS}

#: Readable names of the operations measured so far (others show their own name);
#: titles, targets and names are source text (`operation_title`, `tr(group.title)`).
OPERATIONS = {
    "split.create": QT_TR_NOOP("New split transaction"),
    "split.modify": QT_TR_NOOP("Change a split transaction"),
    "transaction.create": QT_TR_NOOP("New transaction"),
    "transaction.modify": QT_TR_NOOP("Change a transaction"),
    "register.open": QT_TR_NOOP("Open a register"),
    "register.page": QT_TR_NOOP("Load a page of the register"),
    "search": QT_TR_NOOP("Search transactions"),
    "report.categories": QT_TR_NOOP("Report: income and expenses by category"),
    "report.iva": QT_TR_NOOP("Report: IVA summary"),
    "report.commissions": QT_TR_NOOP("Report: commissions by payee"),
    "report.monthly": QT_TR_NOOP("Report: monthly income and expenses"),
    "report.payees": QT_TR_NOOP("Report: payees"),
    "report.accounts": QT_TR_NOOP("Report: account balances"),
    "backup": QT_TR_NOOP("Back up"),
    "restore": QT_TR_NOOP("Restore a backup"),
    "upgrade": QT_TR_NOOP("Upgrade a book"),
    "import.csv": QT_TR_NOOP("Import a CSV file"),
    "import.qif": QT_TR_NOOP("Import a QIF file"),
    "import.ofx": QT_TR_NOOP("Import an OFX file"),
    "import.preview": QT_TR_NOOP("Read and preview a statement"),
    "import.undo": QT_TR_NOOP("Undo an import"),
}


def operation_title(op: str) -> str:
    """The operation as people read it, in the interface's language."""
    return tr(OPERATIONS[op]) if op in OPERATIONS else op


def group_of(op: str) -> Group | None:
    return next((g for g in GROUPS if g.covers(op)), None)


@dataclass(frozen=True)
class MonitorSettings:
    """The thresholds in force. `thresholds_ms` has a value for every group."""

    thresholds_ms: dict[str, int] = field(
        default_factory=lambda: {g.key: g.default_ms for g in GROUPS})
    #: Alert when the newest verified backup of the open book is older than this.
    backup_days: int = 7
    #: Alert when more than this share of last week's operations failed (percent).
    error_rate_pct: int = 2

    def threshold_for(self, op: str) -> int | None:
        group = group_of(op)
        return self.thresholds_ms.get(group.key) if group else None

    def to_json(self) -> dict[str, Any]:
        return {"thresholds_ms": dict(self.thresholds_ms), "backup_days": self.backup_days,
                "error_rate_pct": self.error_rate_pct}


LIMITS = {"threshold_ms": (1, 24 * 3600 * 1000), "backup_days": (1, 365),
          "error_rate_pct": (1, 100)}


def _whole(value: object, field_name: str, limit: str) -> int:
    low, high = LIMITS[limit]
    if isinstance(value, bool) or not isinstance(value, int):
        raise BadInput(field_name, value, tr("is not a whole number"))
    if not low <= value <= high:
        raise BadInput(field_name, value, tr("is not between {low} and {high}").format(
            low=low, high=high))
    return value


def check(settings: MonitorSettings) -> MonitorSettings:
    """The settings as given, or BadInput naming the field that is wrong."""
    for key, value in settings.thresholds_ms.items():
        if key not in BY_KEY:
            raise BadInput("threshold", key, tr("is not an operation group"))
        _whole(value, f"threshold.{key}", "threshold_ms")
    _whole(settings.backup_days, "backup_days", "backup_days")
    _whole(settings.error_rate_pct, "error_rate_pct", "error_rate_pct")
    return settings


def load() -> MonitorSettings:
    """The thresholds of this computer; defaults for what is missing or damaged."""
    from app.admin import local_settings

    stored = local_settings.get(SETTINGS_KEY, {})
    base = MonitorSettings()
    if not isinstance(stored, dict):
        return base
    thresholds = dict(base.thresholds_ms)
    for key, value in (stored.get("thresholds_ms") or {}).items():
        if key in BY_KEY and isinstance(value, int) and not isinstance(value, bool) \
                and LIMITS["threshold_ms"][0] <= value <= LIMITS["threshold_ms"][1]:
            thresholds[key] = value
    def whole(name: str, default: int) -> int:
        value = stored.get(name)
        low, high = LIMITS[name]
        ok = isinstance(value, int) and not isinstance(value, bool) and low <= value <= high
        return value if ok else default  # type: ignore[return-value]

    return MonitorSettings(thresholds, whole("backup_days", base.backup_days),
                           whole("error_rate_pct", base.error_rate_pct))


def save(settings: MonitorSettings) -> MonitorSettings:
    """Check and keep the thresholds (BadInput before anything is written)."""
    from app.admin import local_settings

    check(settings)
    local_settings.put(SETTINGS_KEY, settings.to_json())
    return settings


def set_threshold(key: str, ms: int) -> MonitorSettings:
    """Change one group's threshold; the others stay."""
    if key not in BY_KEY:
        raise BadInput("threshold", key, tr("is not an operation group"))
    current = load()
    return save(replace(current, thresholds_ms={**current.thresholds_ms, key: ms}))


def reset() -> MonitorSettings:
    """Back to the defaults."""
    return save(MonitorSettings())
