"""``python -m meetbook.link.build [PATH]``: assemble the link pipeline offline and save it at
PATH (by default where meetbook loads it from); print where it went."""
from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m meetbook.link.build",
        description="Assemble meetbook's spaCy pipeline from installed packages (no download).")
    parser.add_argument("path", nargs="?", help="where to save it (default: where meetbook "
                        "loads it from: models/meetbook-sv in a checkout, else the user cache)")
    args = parser.parse_args(argv)
    from meetbook.link.pipeline import build_pipeline

    print(build_pipeline(args.path))
    return 0


if __name__ == "__main__":
    sys.exit(main())
