"""The `azil` command line: one entry point, one sub-module per group of commands.

Every command group lives in its own module with a `register(subparsers)` function.
Errors of the rooms (`RulesError`, `AssemblerError`, `CaseworkError`) become one line
on stderr and a non-zero exit code; a user never sees a traceback.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Sequence
from typing import Any

from casework.errors import damaged_database, is_user_error

# Each module registers its sub-commands. Keep the list in the order `--help` shows them.
COMMAND_MODULES: tuple[str, ...] = (
    "casework.cli.base_cmd",
    "casework.cli.templates_cmd",
    "casework.cli.rules_cmd",
    "casework.cli.team_cmd",
    "casework.cli.report_cmd",
)


def version_line() -> str:
    """`azil 0.1.0 (schema 0011; bundle)`: what a support request needs to know first,
    the program, the newest schema it migrates to, and whether it is the desktop bundle
    (PyInstaller sets `sys.frozen`) or an installation in a virtualenv."""
    from casework.config import program_version
    from casework.db import program_revision

    how = "bundle" if getattr(sys, "frozen", False) else "virtualenv"
    return f"azil {program_version()} (schema {program_revision()}; {how})"


class _VersionAction(argparse.Action):
    """`--version`, worked out only when asked (the migrations are read for it)."""

    def __init__(self, option_strings: Sequence[str], dest: str, **kwargs: Any) -> None:
        super().__init__(option_strings, dest, nargs=0, default=argparse.SUPPRESS, **kwargs)

    def __call__(
        self,
        parser: argparse.ArgumentParser,
        namespace: argparse.Namespace,
        values: Any,
        option_string: str | None = None,
    ) -> None:
        print(version_line())
        parser.exit()


class CliError(Exception):
    """A command's own complaint about its input, with the exit code to use."""

    def __init__(self, message: str, code: int = 1) -> None:
        super().__init__(message)
        self.code = code


def build_parser() -> argparse.ArgumentParser:
    """Build the whole argument parser from the registered command modules."""
    parser = argparse.ArgumentParser(
        prog="azil",
        description="Deadlines and filings for free legal aid in the Serbian asylum procedure.",
        epilog="`azil` with no command opens the desktop app; "
        "`azil gui --screenshots DIR` renders its screens to PNG files.",
    )
    parser.add_argument(
        "--version", action=_VersionAction, help="print the version, the schema and how it runs"
    )
    parser.add_argument("--debug", action="store_true", help="show tracebacks (for developers)")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run one `azil` command and return its exit code."""
    parser = build_parser()
    args = parser.parse_args(argv)
    if getattr(args, "func", None) is None:
        # `azil` alone will open the desktop app; the GUI's launcher wraps this
        # function so that casework never imports gui (ARCHITECTURE.md).
        parser.print_help()
        return 0 if args.command is None else 2
    _clean_start()
    try:
        code = args.func(args)
    except KeyboardInterrupt:
        print("azil: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # `azil deadlines | head`: the reader has what it wanted. Python's advice: point
        # stdout at devnull so the flush at exit does not fail a second time.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0
    except Exception as exc:  # the one place errors become messages
        if args.debug or os.environ.get("AZIL_DEBUG"):
            raise
        print(f"azil: {_describe(exc)}", file=sys.stderr)
        return exc.code if isinstance(exc, CliError) else _exit_code(exc)
    return int(code or 0)


def _clean_start() -> None:
    """Sweep what a killed run left in the scratch folder, and let a SIGTERM end this run
    the way an exception does, so its own scratch copies are removed on the way out."""
    import signal
    import threading

    from casework import scratch

    scratch.sweep()
    if hasattr(signal, "SIGTERM") and threading.current_thread() is threading.main_thread():

        def _terminate(signum: int, _frame: object) -> None:
            raise SystemExit(128 + signum)

        signal.signal(signal.SIGTERM, _terminate)


def _describe(exc: BaseException) -> str:
    """One line that says what went wrong; unexpected errors name their type."""
    message = " ".join(str(exc).split())
    if isinstance(exc, CliError) or is_user_error(exc):
        return message
    damaged = damaged_database(exc)
    if damaged is not None:
        return damaged
    return f"unexpected {type(exc).__name__}: {message} (run with --debug for details)"


def _exit_code(exc: BaseException) -> int:
    """Exit codes: 2 for what the user named wrongly (usage-like), 1 otherwise."""
    return int(getattr(exc, "exit_code", 1))
