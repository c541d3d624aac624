"""Tax presets: the tax categories (with roles) and dated rates a new book starts with.

Data, not code paths: each preset lists categories by full name with kind and role,
and its rates with the dates they apply. Rates change by decree (Mexico's 8 % border
rate has an end date), so they are kept as rows in `tax_rates`, editable later.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.i18n import QT_TR_NOOP


@dataclass(frozen=True)
class PresetCategory:
    full_name: str
    kind: str
    role: str = "none"


@dataclass(frozen=True)
class PresetRate:
    code: str
    name: str
    percent: str
    valid_from: str
    valid_to: str | None = None


@dataclass(frozen=True)
class Preset:
    key: str
    #: Source text: show it through `app.i18n.tr`.
    title: str
    categories: tuple[PresetCategory, ...]
    rates: tuple[PresetRate, ...]
    #: The category a template uses for a purpose (purchase, sale, fees) by default.
    defaults: tuple[tuple[str, str], ...] = ()

    def default_category(self, purpose: str) -> str:
        return dict(self.defaults).get(purpose, "")


#: A sensible locale for a book's currency; the owner can change it in the settings.
#: (Revision 0003 keeps its own frozen copy for upgraded books.)
LOCALE_BY_CURRENCY = {
    "MXN": "es_MX", "EUR": "es_ES", "ARS": "es_AR", "CLP": "es_CL", "COP": "es_CO",
    "USD": "en_US", "PEN": "es_PE", "UYU": "es_UY", "GBP": "en_GB",
}


#: The tax preset that fits a book's currency, offered to books that have none
#: (books upgraded from the single-category Cuentas have no tax categories).
PRESET_BY_CURRENCY = {"MXN": "mx", "EUR": "es", "ARS": "ar", "CLP": "cl", "COP": "co"}


def default_locale(currency: str) -> str:
    return LOCALE_BY_CURRENCY.get(currency.upper(), "es_MX")


#: Where paper is US Letter (CLDR's `paperSize` data: Mexico, the United States, Canada,
#: Chile, Colombia, much of Central America, the Philippines); everywhere else prints on A4.
LETTER_TERRITORIES = frozenset({"BZ", "CA", "CL", "CO", "CR", "GT", "MX", "NI", "PA", "PH",
                                "PR", "SV", "US", "VE"})
#: A paper's width and height in PostScript points (1/72 inch), portrait.
PAPER_POINTS = {"letter": (612.0, 792.0), "a4": (595.2755905511812, 841.8897637795277)}


def paper_size(locale: str | None = None) -> str:
    """`"letter"` or `"a4"`: the paper a book's locale prints on (es_MX, en_US: Letter;
    es_ES, es_AR: A4). Report PDFs, the printed reports and the handouts all ask here.

    `locale` as a book keeps it (`es_MX`), or as the system names it (`es_MX.UTF-8`,
    `en-US`); None: this computer's (LC_ALL, LC_PAPER, LANG), and where nothing names a
    country, the paper of a new book's locale (es_MX: Letter)."""
    import os

    candidates = [locale] if locale else [os.environ.get(name, "") for name in
                                          ("LC_ALL", "LC_PAPER", "LANG")]
    for value in candidates:
        territory = _territory(value)
        if territory:
            return "letter" if territory in LETTER_TERRITORIES else "a4"
    return "letter" if _territory(default_locale("MXN")) in LETTER_TERRITORIES else "a4"


def _territory(locale: str) -> str:
    """`MX` of `es_MX`, `es-MX`, `es_MX.UTF-8` or `sr_RS@latin`; "" when none is named."""
    name = locale.split(".")[0].split("@")[0].replace("-", "_")
    parts = name.split("_")
    for part in parts[1:]:
        if len(part) == 2 and part.isalpha():
            return part.upper()
    return ""


def _c(full_name: str, kind: str, role: str = "none") -> PresetCategory:
    return PresetCategory(full_name, kind, role)


_SPANISH = (
    _c("Ingresos:Ventas", "income"),
    _c("Ingresos:Honorarios", "income"),
    _c("Gastos:Compras", "expense"),
    _c("Gastos:Renta", "expense"),
    _c("Gastos:Nómina", "expense"),
    _c("Gastos:Servicios", "expense"),
    _c("Gastos:Comisiones", "expense", "commission"),
    _c("Impuestos:IVA trasladado", "tax", "iva_output"),
    _c("Impuestos:IVA acreditable", "tax", "iva_input"),
    _c("Impuestos:IVA retenido a favor", "tax", "iva_withheld_credit"),
    _c("Impuestos:IVA retenido por pagar", "tax", "iva_withheld_payable"),
    _c("Impuestos:ISR retenido a favor", "tax", "income_tax_withheld_credit"),
    _c("Impuestos:ISR retenido por pagar", "tax", "income_tax_withheld_payable"),
)

_SPANISH_DEFAULTS = (
    ("purchase", "Gastos:Compras"), ("sale", "Ingresos:Ventas"), ("fees", "Ingresos:Honorarios"),
)

_SPAIN = (
    _c("Ingresos:Ventas", "income"),
    _c("Ingresos:Ingresos profesionales", "income"),
    _c("Gastos:Compras", "expense"),
    _c("Gastos:Alquiler", "expense"),
    _c("Gastos:Suministros", "expense"),
    _c("Gastos:Comisiones", "expense", "commission"),
    _c("Impuestos:IVA repercutido", "tax", "iva_output"),
    _c("Impuestos:IVA soportado", "tax", "iva_input"),
    _c("Impuestos:IRPF retenido a favor", "tax", "income_tax_withheld_credit"),
    _c("Impuestos:IRPF retenido por pagar", "tax", "income_tax_withheld_payable"),
)

PRESETS: dict[str, Preset] = {
    "mx": Preset(
        "mx",
        QT_TR_NOOP("Mexico (IVA 16 %, 8 % border region, 0 %)"),
        _SPANISH,
        (
            PresetRate("iva_general", "IVA 16 %", "16", "2010-01-01"),
            PresetRate("iva_border", "IVA 8 % región fronteriza", "8", "2019-01-01", "2025-12-31"),
            PresetRate("iva_zero", "IVA 0 %", "0", "1980-01-01"),
            PresetRate("isr_fees", "ISR retenido honorarios 10 %", "10", "2002-01-01"),
        ),
        _SPANISH_DEFAULTS,
    ),
    "es": Preset(
        "es",
        QT_TR_NOOP("Spain (IVA 21 %, 10 %, 4 %)"),
        _SPAIN,
        (
            PresetRate("iva_general", "IVA general 21 %", "21", "2012-09-01"),
            PresetRate("iva_reduced", "IVA reducido 10 %", "10", "2012-09-01"),
            PresetRate("iva_super_reduced", "IVA superreducido 4 %", "4", "1995-01-01"),
            PresetRate("irpf_professional", "IRPF profesionales 15 %", "15", "2015-07-12"),
        ),
        (("purchase", "Gastos:Compras"), ("sale", "Ingresos:Ventas"),
         ("fees", "Ingresos:Ingresos profesionales")),
    ),
    "ar": Preset(
        "ar",
        QT_TR_NOOP("Argentina (IVA 21 %, 10.5 %, 27 %)"),
        _SPANISH,
        (
            PresetRate("iva_general", "IVA 21 %", "21", "1995-04-01"),
            PresetRate("iva_reduced", "IVA 10,5 %", "10.5", "1998-01-01"),
            PresetRate("iva_increased", "IVA 27 %", "27", "1995-04-01"),
        ),
        _SPANISH_DEFAULTS,
    ),
    "cl": Preset(
        "cl",
        QT_TR_NOOP("Chile (IVA 19 %)"),
        _SPANISH,
        (PresetRate("iva_general", "IVA 19 %", "19", "2003-10-01"),),
        _SPANISH_DEFAULTS,
    ),
    "co": Preset(
        "co",
        QT_TR_NOOP("Colombia (IVA 19 %, 5 %)"),
        _SPANISH,
        (
            PresetRate("iva_general", "IVA 19 %", "19", "2017-01-01"),
            PresetRate("iva_reduced", "IVA 5 %", "5", "2017-01-01"),
        ),
        _SPANISH_DEFAULTS,
    ),
    "it": Preset(
        "it",
        QT_TR_NOOP("Italy (IVA 22 %, 10 %, 5 %, 4 %)"),
        (
            _c("Ricavi:Vendite", "income"),
            _c("Costi:Acquisti", "expense"),
            _c("Costi:Commissioni", "expense", "commission"),
            _c("Imposte:IVA a debito", "tax", "iva_output"),
            _c("Imposte:IVA a credito", "tax", "iva_input"),
            _c("Imposte:Ritenuta d'acconto subita", "tax", "income_tax_withheld_credit"),
            _c("Imposte:Ritenuta d'acconto da versare", "tax", "income_tax_withheld_payable"),
        ),
        (
            PresetRate("iva_general", "IVA 22 %", "22", "2013-10-01"),
            PresetRate("iva_reduced", "IVA 10 %", "10", "1995-02-24"),
            PresetRate("iva_five", "IVA 5 %", "5", "2016-01-01"),
            PresetRate("iva_min", "IVA 4 %", "4", "1989-01-01"),
        ),
        (("purchase", "Costi:Acquisti"), ("sale", "Ricavi:Vendite")),
    ),
    "pt": Preset(
        "pt",
        QT_TR_NOOP("Portugal (IVA 23 %, 13 %, 6 %)"),
        (
            _c("Rendimentos:Vendas", "income"),
            _c("Gastos:Compras", "expense"),
            _c("Gastos:Comissões", "expense", "commission"),
            _c("Impostos:IVA liquidado", "tax", "iva_output"),
            _c("Impostos:IVA dedutível", "tax", "iva_input"),
            _c("Impostos:IRS retido a recuperar", "tax", "income_tax_withheld_credit"),
            _c("Impostos:IRS retido a entregar", "tax", "income_tax_withheld_payable"),
        ),
        (
            PresetRate("iva_general", "IVA 23 %", "23", "2011-01-01"),
            PresetRate("iva_intermediate", "IVA 13 %", "13", "2012-01-01"),
            PresetRate("iva_reduced", "IVA 6 %", "6", "2010-07-01"),
        ),
        (("purchase", "Gastos:Compras"), ("sale", "Rendimentos:Vendas")),
    ),
    "none": Preset("none", QT_TR_NOOP("No tax preset"), (), ()),
}
