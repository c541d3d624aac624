"""`flags`, `users`, `audit`: rollout stages, profiles and the audit trail.

The command line acts as the same user as the desktop app (`app.store.identity`), so
changing a stage or a profile needs an owner here too. Stages, roles and groups are
checked by the services, so a wrong one is one line naming the field and the value
(exit 2), like any bad input.
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

from app.cli.common import (
    add_format,
    not_empty,
    open_current,
    print_csv,
    print_json,
    print_table,
)
from app.i18n import tr


def register(sub: Any) -> None:
    flags = sub.add_parser("flags", help=tr("feature flags: list them, or set a stage"))
    flags.set_defaults(func=cmd_flags_list, format="table")
    flags_sub = flags.add_subparsers(dest="action", metavar="ACTION")
    p = flags_sub.add_parser("list", help=tr("each flag: stage, and whether it is on for you"))
    add_format(p, ("table", "json"))
    p.set_defaults(func=cmd_flags_list)
    p = flags_sub.add_parser("set", help=tr("move a flag to a stage (owners only)"))
    p.add_argument("key", metavar="KEY")
    p.add_argument("stage", metavar="STAGE", help=tr("off, internal, primary or everyone"))
    p.set_defaults(func=cmd_flags_set)

    users = sub.add_parser("users", help=tr("user profiles: roles and rollout groups"))
    users_sub = users.add_subparsers(dest="action", metavar="ACTION", required=True)
    p = users_sub.add_parser("list", help=tr("every profile"))
    add_format(p, ("table", "csv", "json"))
    p.set_defaults(func=cmd_users_list)
    p = users_sub.add_parser("add", help=tr("add a profile (owners only)"))
    p.add_argument("name", metavar="NAME")
    p.add_argument("--role", required=True, metavar="ROLE", help=tr("owner, bookkeeper or viewer"))
    p.add_argument("--group", default="standard", metavar="GROUP",
                   help=tr("rollout group: internal, primary or standard (default: standard)"))
    p.add_argument("--login", metavar="LOGIN",
                   help=tr("the login that acts as this profile (desktop or database login)"))
    p.set_defaults(func=cmd_users_add)
    p = users_sub.add_parser("set-role", help=tr("change a profile's role (owners only)"))
    p.add_argument("name", metavar="NAME")
    p.add_argument("role", metavar="ROLE")
    p.set_defaults(func=cmd_users_set_role)
    p = users_sub.add_parser("set-group", help=tr("change a profile's rollout group (owners only)"))
    p.add_argument("name", metavar="NAME")
    p.add_argument("group", metavar="GROUP")
    p.set_defaults(func=cmd_users_set_group)
    p = users_sub.add_parser("map-login", help=tr("which login acts as a profile (owners only)"))
    p.add_argument("name", metavar="NAME")
    p.add_argument("login", metavar="LOGIN", help=tr("a login, or '' to remove the mapping"))
    p.set_defaults(func=cmd_users_map_login)

    p = sub.add_parser("audit", help=tr("the audit trail: who changed what, and when"))
    p.add_argument("--since", metavar="YYYY-MM-DD", help=tr("from this day on (local time)"))
    p.add_argument("--until", metavar="YYYY-MM-DD", help=tr("up to and including this day"))
    p.add_argument("--user", metavar="U", help=tr("only what this profile did"))
    p.add_argument("--entity", metavar="E", help=tr("only this kind: transaction, account, ..."))
    p.add_argument("--id", dest="entity_id", metavar="ID", help=tr("only this one (with --entity)"))
    add_format(p, ("table", "csv", "json"))
    p.set_defaults(func=cmd_audit)


# ---------------------------------------------------------------- flags


def cmd_flags_list(args: argparse.Namespace) -> int:
    from app.admin.flags import REGISTRY, env_problems, statuses

    with open_current(args) as book:
        rows = statuses(book)
    if args.format == "json":
        # the declared (source) description: JSON is for scripts, whatever the language
        print_json([{"key": s.key, "description": REGISTRY[s.key].description,
                     "stage": s.stage} for s in rows])
        return 0
    print_table(
        [tr("flag"), tr("stage"), tr("for you"), tr("why")],
        [(s.key, tr("{stage} (default)").format(stage=s.stage) if s.stage_is_default
          else s.stage,
          (tr("on") if s.enabled else tr("off")) + (" " + tr("(local)") if s.is_local else ""),
          s.reason)
         for s in rows],
    )
    for entry in env_problems():
        sys.stderr.write("cuentas: CUENTAS_FLAGS: " + tr(
            "ignored {entry} (use KEY=on or KEY=off)").format(entry=repr(entry)) + "\n")
    return 0


def cmd_flags_set(args: argparse.Namespace) -> int:
    from app.admin.flags import book_stages, set_stage

    with open_current(args, write=True) as book:
        before = book_stages(book).get(args.key, "")
        status = set_stage(book, args.key, args.stage)
        if before == status.stage:
            print(tr("{flag} was already at stage {stage}").format(
                flag=status.key, stage=status.stage))
        else:
            print(f"{status.key}: {before} -> {status.stage}")
        print(status.reason)
    return 0


# ---------------------------------------------------------------- users


def cmd_users_list(args: argparse.Namespace) -> int:
    from app.admin.users import list_users

    with open_current(args) as book:
        profiles = list_users(book)
    if args.format == "json":
        print_json([{"name": p.name, "login": p.login, "role": p.role, "group": p.group,
                     "you": p.is_you} for p in profiles])
    elif args.format == "csv":
        print_csv(["name", "login", "role", "group"],
                  [(p.name, p.login, p.role, p.group) for p in profiles])
    else:
        print_table([tr("name"), tr("login"), tr("role"), tr("group"), ""],
                    [(p.name, p.login or "-", p.role, p.group, tr("(you)") if p.is_you else "")
                     for p in profiles])
    return 0


def _print_profile(added: bool, profile: Any) -> None:
    login = (tr("login {login}").format(login=profile.login) if profile.login
             else tr("no login"))
    text = (tr("Added {name}: {role}, group {group}, {login}") if added
            else tr("Updated {name}: {role}, group {group}, {login}"))
    print(text.format(name=profile.name, role=profile.role, group=profile.group, login=login))


def cmd_users_add(args: argparse.Namespace) -> int:
    from app.admin.users import add_user

    with open_current(args, write=True) as book:
        _print_profile(True, add_user(book, args.name, args.role, args.group, args.login))
    return 0


def cmd_users_set_role(args: argparse.Namespace) -> int:
    from app.admin.users import set_role

    with open_current(args, write=True) as book:
        _print_profile(False, set_role(book, args.name, args.role))
    return 0


def cmd_users_set_group(args: argparse.Namespace) -> int:
    from app.admin.users import set_group

    with open_current(args, write=True) as book:
        _print_profile(False, set_group(book, args.name, args.group))
    return 0


def cmd_users_map_login(args: argparse.Namespace) -> int:
    from app.admin.users import map_login

    with open_current(args, write=True) as book:
        _print_profile(False, map_login(book, args.name, args.login))
    return 0


# ---------------------------------------------------------------- audit


def cmd_audit(args: argparse.Namespace) -> int:
    from app.admin.audit import AuditFilter, Names, check_names, find_entries, show_value

    not_empty(args, ("--since", "since"), ("--until", "until"), ("--user", "user"),
              ("--entity", "entity"), ("--id", "entity_id"))
    with open_current(args) as book:
        f = AuditFilter.checked(since=args.since, until=args.until, user=args.user,
                                entity=args.entity, entity_id=args.entity_id,
                                fields=("--since", "--until"))
        check_names(book, f, ("--user", "--entity", "--id"))
        records = find_entries(book, f, newest_first=False)
        names = Names.of(book) if args.format == "table" else None
    if args.format == "json":
        print_json([{"id": r.id, "at": r.at, "user": r.user, "action": r.action,
                     "entity": r.entity, "entity_id": r.entity_id,
                     "changes": {c.field: [c.before, c.after] for c in r.changes}}
                    for r in records])
    elif args.format == "csv":
        print_csv(["id", "at", "user", "action", "entity", "entity_id", "changes"],
                  [(r.id, r.at, r.user, r.action, r.entity, r.entity_id, r.changes_json)
                   for r in records])
    else:
        assert names is not None

        def summary(r: Any) -> str:
            text = "; ".join(f"{c.field}: {show_value(c.field, c.before, names)} -> "
                             f"{show_value(c.field, c.after, names)}" for c in r.changes)
            return text if len(text) <= 90 else text[:89] + "…"

        print_table([tr("when"), tr("user"), tr("action"), tr("what"), tr("changes")],
                    [(r.local_time().strftime("%Y-%m-%d %H:%M"), r.user, r.action,
                      f"{r.entity} {r.entity_id}", summary(r)) for r in records])
    return 0
