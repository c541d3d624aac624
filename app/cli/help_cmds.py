"""`handouts` and `docs`: the help guides as PDF handouts, their screenshots, their checks.

`cuentas handouts --out DIR [--guide ID]` writes one PDF per guide and the training
booklet (app/docs/handouts.py). `cuentas docs screenshots [--out DIR]` renders every image
and walkthrough the guides use, offscreen, on a fresh demo book in a temporary folder,
through the desktop app's `ui.docs.screenshots.render_all` (which also finds the
walkthroughs of `ui/docs/walkthroughs.py`), handed in by `ui.launch` as
`args.render_screenshots` — `app` never imports `ui`.
`cuentas docs check` lists every image, guide or section a guide refers to that does
not exist (exit 1).
"""

from __future__ import annotations

import argparse
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from app.cli.common import EXIT_BAD_INPUT, EXIT_FAILED, CliExit, bad, run

#: The demo book of the screenshots ends on a fixed day, so images change only when
#: the program does.
SCREENSHOT_DAY = (2026, 3, 31)
SCREENSHOT_TRANSACTIONS = 600


def register(sub: Any) -> None:
    p = sub.add_parser("handouts", help="the help guides as PDF handouts and a training booklet")
    p.add_argument("--out", required=True, metavar="DIR", help="folder for the PDFs")
    p.add_argument("--guide", metavar="ID", help="only this guide (default: every guide "
                   "and the training booklet)")
    p.add_argument("--force", action="store_true",
                   help="replace PDFs that are already in DIR")
    p.set_defaults(func=cmd_handouts)

    docs = sub.add_parser("docs", help="the help guides: screenshots and checks")
    actions = docs.add_subparsers(dest="action", metavar="ACTION", required=True)
    shots = actions.add_parser("screenshots", help="render every image the guides use, "
                               "offscreen, on a fresh demo book")
    shots.add_argument("--out", metavar="DIR",
                       help="default: help/images of this installation")
    shots.add_argument("--force", action="store_true",
                       help="replace images that are already in DIR")
    shots.set_defaults(func=cmd_screenshots)
    check = actions.add_parser("check", help="list images, guides and sections the guides "
                               "refer to that do not exist")
    check.set_defaults(func=cmd_check)


def _writable_folder(value: str, field: str) -> Path:
    folder = Path(value).expanduser()
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise bad(field, value, f"cannot be created ({exc.strerror})") from None
    if not folder.is_dir() or not os.access(folder, os.W_OK):
        raise bad(field, value, "is not a folder this user can write")
    return folder


def cmd_handouts(args: argparse.Namespace) -> int:
    from app.docs.guides import load_index

    index = load_index()
    if args.guide is not None and args.guide not in index:
        raise bad("--guide", args.guide, "is not a guide; one of: " + ", ".join(index.ids()))
    folder = _writable_folder(args.out, "--out")
    from app.docs.handouts import write_handouts

    def progress(step: str, detail: str, done: int, total: int) -> None:
        if step != "done":
            print(f"[{done + 1}/{total}] {detail}", flush=True)

    written = run(lambda: write_handouts(folder, args.guide, progress=progress, index=index,
                                         force=args.force))
    print(f"Wrote {len(written)} PDF{'s' if len(written) != 1 else ''} to {folder}")
    return 0


def default_images_folder() -> Path | None:
    """help/images when the guides are plain files (a checkout or an unzipped install)."""
    from app.docs.guides import IMAGES, help_root

    root = help_root()
    return Path(str(root)) / IMAGES if isinstance(root, Path) else None


def cmd_screenshots(args: argparse.Namespace) -> int:
    """Render every window's pictures; into help/images go those the guides use (a
    guide that starts using one gets it on the next run), into `--out` all of them."""
    import shutil
    import tempfile
    from datetime import date

    folder = default_images_folder() if args.out is None else None
    if args.out is not None:
        folder = _writable_folder(args.out, "--out")
    if folder is None:
        raise CliExit(EXIT_BAD_INPUT, "error: --out: a folder is needed (the guides are "
                      "inside a package archive here)")
    render = getattr(args, "render_screenshots", None)
    if render is None:
        raise CliExit(EXIT_FAILED, "screenshots need the desktop app: run `cuentas docs "
                      "screenshots` (not `python -m app.cli`)")
    from app.store.demo import write_current

    # A fixed folder, not a random one: the settings and new-book dialogs show paths.
    root = Path(tempfile.gettempdir()) / "cuentas-docs"
    shutil.rmtree(root, ignore_errors=True)
    root.mkdir(mode=0o700)
    try:
        rendered = root / "images"
        with _environment(CUENTAS_HOME=str(root / "sandy"),  # not the user's own settings
                          LOGNAME="sandy", USER="sandy"):  # the book's owner is Sandy
            book = str(root / "Tienda de Sandy.cuentas")
            write_current(book, SCREENSHOT_TRANSACTIONS, 2026, end=date(*SCREENSHOT_DAY))
            written = [Path(p) for p in render(rendered, book)]
        _optimise(written)
        if args.out is None:
            used = _used_images()
            unused = sorted(p.name for p in written if p.name not in used)
            written = [p for p in written if p.name in used]
            if unused:
                print(f"Not used by any guide, so not copied: {', '.join(unused)}")
        # help/images is this installation's own: its pictures are replaced; in --out
        # an existing file is replaced only with --force (app/store/outfiles.py).
        force = args.out is None or args.force
        written = run(lambda: _copy_out(written, folder, force))
    finally:
        shutil.rmtree(root, ignore_errors=True)
    for path in written:
        print(f"{path.name:<44}{path.stat().st_size / 1024:8.0f} KB")
    print(f"Wrote {len(written)} images into {folder}")
    return _report_problems()


def _copy_out(files: list[Path], folder: Path, force: bool) -> list[Path]:
    """Copy rendered images into `folder`, each atomically; every target is checked
    before the first is written."""
    from app.store.outfiles import check_target, write_file

    for file in files:
        check_target(folder / file.name, force=force)
    return [write_file(folder / file.name, file.read_bytes(), force=force, public=True)
            for file in files]


def _used_images() -> set[str]:
    from app.docs.guides import load_index

    return {name for guide in load_index().guides for name in guide.images}


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
    code = _report_problems()
    folder = default_images_folder()
    if folder is not None and folder.is_dir():
        used = _used_images()
        unused = sorted(p.name for p in folder.iterdir()
                        if p.suffix.lower() in (".png", ".gif") and p.name not in used)
        if unused:
            print(f"note: images no guide uses (they need not ship): {', '.join(unused)}")
    if code == 0:
        from app.docs.guides import load_index

        print(f"All {len(load_index().guides)} guides are fine.")
    return code


def _report_problems() -> int:
    from app.docs.guides import load_index

    load_index.cache_clear()  # images may have just been written
    problems = load_index().problems()
    for problem in problems:
        print(f"problem: {problem}")
    return EXIT_FAILED if problems else 0
