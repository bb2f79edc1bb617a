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
        if rest:
            return _gui_options(rest)
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


def _gui_options(rest: list[str]) -> int:
    """`azil gui --screenshots DIR [--lang sr|en] [--size WxH]`."""
    import argparse

    parser = argparse.ArgumentParser(prog="azil gui", description="the desktop app")
    parser.add_argument(
        "--screenshots", metavar="DIR", required=True,
        help="render every main screen to PNGs in DIR, offscreen, and exit",
    )  # fmt: skip
    parser.add_argument(
        "--lang", choices=("sr", "en"), default=None,
        help="the interface language (default: this computer's choice, else sr)",
    )  # fmt: skip
    parser.add_argument("--size", default="1440x860", metavar="WxH",
                        help="the window size in pixels (default 1440x860)")  # fmt: skip
    try:
        options = parser.parse_args(rest)
        width, _, height = options.size.lower().partition("x")
        size = (int(width), int(height))
        if min(size) < 200:
            raise ValueError
    except SystemExit as exc:
        return int(exc.code or 0)
    except ValueError:
        print(f"azil gui: --size takes WIDTHxHEIGHT in pixels, e.g. 1024x700, not "
              f"{options.size!r}", file=sys.stderr)  # fmt: skip
        return 2
    from gui.screenshots import render_all

    return render_all(options.screenshots, size, options.lang)


if __name__ == "__main__":
    raise SystemExit(main())
