"""`handouts` and `docs`: the help guides as PDF handouts, their screenshots, their checks.

`cuentas handouts --out DIR [--guide ID] [--lang en|es]` writes one PDF per guide and
the training booklet (app/docs/handouts.py), from the guides in that language (default:
the interface's), on the paper of the current book's locale (Letter for es_MX and en_US,
A4 elsewhere: `app.presets.paper_size`, as its reports).
`cuentas docs screenshots [--out DIR] [--lang en|es]` renders every image and
walkthrough the guides use, offscreen, with the interface in that language, on a fresh
demo book in a temporary folder, through the desktop app's
`ui.docs.screenshots.render_all` (which also finds the walkthroughs of
`ui/docs/walkthroughs.py`), handed in by `ui.launch` as `args.render_screenshots` —
`app` never imports `ui`. English pictures go to help/images, Spanish ones to
help/es/images. `cuentas docs check` lists every image, guide or section a guide (of
either language) refers to that does not exist (exit 1).
"""

from __future__ import annotations

import argparse
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from app.cli.common import EXIT_BAD_INPUT, EXIT_FAILED, CliExit, bad, run
from app.i18n import plural, tr

#: The demo book of the screenshots ends on a fixed day, so images change only when
#: the program does.
SCREENSHOT_DAY = (2026, 3, 31)
SCREENSHOT_TRANSACTIONS = 600


def register(sub: Any) -> None:
    # The interface's languages, which are the guides' (app.docs.guides.LANGUAGES): the
    # parser is built for every command, `--version` too, without loading markdown-it.
    from app.i18n import LANGUAGES

    p = sub.add_parser("handouts", help=tr("the help guides as PDF handouts and a training "
                                            "booklet"))
    p.add_argument("--out", required=True, metavar="DIR", help=tr("folder for the PDFs"))
    p.add_argument("--guide", metavar="ID", help=tr("only this guide (default: every guide "
                                                    "and the training booklet)"))
    p.add_argument("--lang", choices=tuple(LANGUAGES), help=tr(
        "the language of the guides (default: the interface's)"))
    p.add_argument("--force", action="store_true",
                   help=tr("replace PDFs that are already in DIR"))
    p.set_defaults(func=cmd_handouts)

    docs = sub.add_parser("docs", help=tr("the help guides: screenshots and checks"))
    actions = docs.add_subparsers(dest="action", metavar="ACTION", required=True)
    shots = actions.add_parser("screenshots", help=tr(
        "render every image the guides use, offscreen, on a fresh demo book"))
    shots.add_argument("--out", metavar="DIR", help=tr(
        "default: help/images (English) or help/es/images (Spanish) of this installation"))
    shots.add_argument("--lang", choices=tuple(LANGUAGES), help=tr(
        "the language of the interface in the pictures (default: the interface's)"))
    shots.add_argument("--force", action="store_true",
                       help=tr("replace images that are already in DIR"))
    shots.set_defaults(func=cmd_screenshots)
    check = actions.add_parser("check", help=tr(
        "list images, guides and sections the guides refer to that do not exist"))
    check.set_defaults(func=cmd_check)


def _language(args: argparse.Namespace) -> str:
    from app import i18n

    return getattr(args, "lang", None) or i18n.language()


def _writable_folder(value: str, field: str) -> Path:
    folder = Path(value).expanduser()
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise bad(field, value, tr("cannot be created ({strerror})").format(
            strerror=exc.strerror)) from None
    if not folder.is_dir() or not os.access(folder, os.W_OK):
        raise bad(field, value, tr("is not a folder this user can write"))
    return folder


def cmd_handouts(args: argparse.Namespace) -> int:
    from app import i18n
    from app.docs.guides import load_index

    with i18n.speaking(_language(args)) as language:
        index = load_index(language)
        if args.guide is not None and args.guide not in index:
            raise bad("--guide", args.guide, tr("is not a guide; one of: {ids}").format(
                ids=", ".join(index.ids())))
        folder = _writable_folder(args.out, "--out")
        from app.docs.handouts import write_handouts

        def progress(step: str, detail: str, done: int, total: int) -> None:
            if step != "done":
                print(f"[{done + 1}/{total}] {detail}", flush=True)

        locale = _book_locale(args)
        written = run(lambda: write_handouts(folder, args.guide, progress=progress,
                                             index=index, force=args.force, locale=locale))
        print(plural(len(written), tr("Wrote 1 PDF to {folder}"),
                     tr("Wrote {n} PDFs to {folder}")).format(n=len(written), folder=folder))
    return 0


def _book_locale(args: argparse.Namespace) -> str | None:
    """The locale of the book the command would work on (--db, $CUENTAS_DB, the last
    book), whose paper the handouts print on like its reports; None when there is no
    such book or it cannot be read (then this computer's paper)."""
    from app.cli.common import location, open_current

    try:
        where = location(args)
        if "://" not in where and not Path(where).is_file():
            return None
        with open_current(args) as book:
            return book.info.locale
    except Exception:  # refused, locked, damaged: the handouts do not need the book
        return None


def default_images_folder(language: str = "en") -> Path | None:
    """help/images (help/es/images for Spanish) when the guides are plain files (a
    checkout or an unzipped install)."""
    from app.docs.guides import IMAGES, help_root

    root = help_root(language)
    return Path(str(root)) / IMAGES if isinstance(root, Path) else None


def cmd_screenshots(args: argparse.Namespace) -> int:
    """Render every window's pictures; into help/images go those the guides use (a
    guide that starts using one gets it on the next run), into `--out` all of them."""
    import shutil
    import tempfile
    from datetime import date

    from app.docs.guides import guide_language

    language = guide_language(_language(args))
    folder = default_images_folder(language) if args.out is None else None
    if args.out is not None:
        folder = _writable_folder(args.out, "--out")
    if folder is None:
        raise CliExit(EXIT_BAD_INPUT, tr("error: --out: a folder is needed (the guides are "
                      "inside a package archive here)"))
    render = getattr(args, "render_screenshots", None)
    if render is None:
        raise CliExit(EXIT_FAILED, tr("screenshots need the desktop app: run `cuentas docs "
                      "screenshots` (not `python -m app.cli`)"))
    from app.store.demo import write_current

    # A fixed folder, not a random one: the settings and new-book dialogs show paths.
    root = Path(tempfile.gettempdir()) / "cuentas-docs"
    shutil.rmtree(root, ignore_errors=True)
    root.mkdir(mode=0o700)
    try:
        rendered = root / "images"
        with _environment(CUENTAS_HOME=str(root / "sandy"),  # not the user's own settings
                          LOGNAME="sandy", USER="sandy"):  # the book's owner is Sandy
            from app.admin import local_settings

            # The pictures show the language chosen in Settings ▸ General, as Sandy's is.
            local_settings.set_language_choice(language)
            book = str(root / "Tienda de Sandy.cuentas")
            write_current(book, SCREENSHOT_TRANSACTIONS, 2026, end=date(*SCREENSHOT_DAY))
            written = [Path(p) for p in render(rendered, book, language)]
        _optimise(written)
        if args.out is None:
            used = _used_images(language)
            unused = sorted(p.name for p in written if p.name not in used)
            written = [p for p in written if p.name in used]
            if unused:
                print(tr("Not used by any guide, so not copied: {names}").format(
                    names=", ".join(unused)))
        # help/images is this installation's own: its pictures are replaced; in --out
        # an existing file is replaced only with --force (app/store/outfiles.py).
        force = args.out is None or args.force
        written = run(lambda: _copy_out(written, folder, force))
    finally:
        shutil.rmtree(root, ignore_errors=True)
    for path in written:
        print(f"{path.name:<44}{path.stat().st_size / 1024:8.0f} KB")
    print(plural(len(written), tr("Wrote 1 image into {folder}"),
                 tr("Wrote {n} images into {folder}")).format(n=len(written), folder=folder))
    return _report_problems()


def _copy_out(files: list[Path], folder: Path, force: bool) -> list[Path]:
    """Copy rendered images into `folder`, each atomically; every target is checked
    before the first is written."""
    from app.store.outfiles import check_target, write_file

    for file in files:
        check_target(folder / file.name, force=force)
    return [write_file(folder / file.name, file.read_bytes(), force=force, public=True)
            for file in files]


def _used_images(language: str = "en") -> set[str]:
    from app.docs.guides import load_index

    return {name for guide in load_index(language).guides for name in guide.images}


@contextmanager
def _environment(**values: str) -> Iterator[None]:
    saved = {key: os.environ.get(key) for key in values}
    os.environ.update(values)
    try:
        yield
    finally:
        for key, value in saved.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value


def _optimise(paths: list[Path]) -> None:
    """Store screenshots as 256-colour PNGs (a window has few colours: the pictures
    look the same at a third of the size); GIFs come optimised from the walkthroughs."""
    from PIL import Image

    for path in paths:
        if path.suffix.lower() == ".png" and path.is_file():
            with Image.open(path) as picture:
                small = picture.convert("RGB").quantize(
                    colors=256, method=Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE)
            small.save(path, optimize=True)


def cmd_check(args: argparse.Namespace) -> int:
    from app.docs.guides import LANGUAGES, load_index

    code = _report_problems()
    for language in LANGUAGES:
        folder = default_images_folder(language)
        if folder is not None and folder.is_dir():
            used = _used_images(language)
            unused = sorted(p.name for p in folder.iterdir()
                            if p.suffix.lower() in (".png", ".gif") and p.name not in used)
            if unused:
                print(tr("note: images no guide uses (they need not ship): {names}").format(
                    names=", ".join(unused)))
    if code == 0:
        print(tr("All {n} guides are fine, in {languages} languages.").format(
            n=len(load_index("en").guides), languages=len(LANGUAGES)))
    return code


def _report_problems() -> int:
    """Problems of the guides in every language (a translation's are named by its
    folder: `es/getting-started.md: ...`)."""
    from app.docs.guides import LANGUAGES, clear_cache, load_index

    clear_cache()  # images may have just been written
    problems = []
    for language in LANGUAGES:
        prefix = "" if language == "en" else f"{language}/"
        problems += [p if p.startswith(prefix) else prefix + p
                     for p in load_index(language).problems()]
    for problem in problems:
        print(tr("problem: {problem}").format(problem=problem))
    return EXIT_FAILED if problems else 0
