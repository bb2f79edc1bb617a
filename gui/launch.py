"""The `azil` console script: the app with no arguments, screenshots, else the CLI.

This wrapper lives in gui so that casework never imports gui (ARCHITECTURE.md): the
console script points here, and everything that is not the app goes to
`casework.cli.main` unchanged.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    """`azil` (app), `azil gui [--screenshots DIR]`, or any CLI command."""
    args = list(sys.argv[1:] if argv is None else argv)
    if not args or args[0] == "gui":
        rest = args[1:]
        if rest[:1] == ["--screenshots"]:
            if len(rest) < 2:
                print("azil gui --screenshots DIR: name the folder for the PNGs", file=sys.stderr)
                return 2
            from gui.screenshots import render_all

            return render_all(rest[1])
        if rest:
            print(f"azil gui: unknown option {rest[0]!r} (try --screenshots DIR)", file=sys.stderr)
            return 2
        try:
            from gui.app import main as app_main
        except ImportError as exc:  # e.g. a server without Qt's system libraries
            print(
                f"azil: the desktop app cannot start here ({exc}); "
                "the command line works: azil --help",
                file=sys.stderr,
            )
            return 1
        return app_main(sys.argv[:1])
    from casework.cli import main as cli_main

    return cli_main(args)


if __name__ == "__main__":
    raise SystemExit(main())
