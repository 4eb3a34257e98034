"""`python -m gemma3.hlo diff A B` / `dump`: the command lives beside the dumps (`gemma3.hlo.diff.main`)."""

import sys

from gemma3.hlo.diff import main

if __name__ == "__main__":
    sys.exit(main())
