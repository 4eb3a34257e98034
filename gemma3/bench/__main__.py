"""`python -m gemma3.bench COMMAND ...`: the benchmarks (`gemma3.bench`)."""

import sys

from gemma3.bench import main

sys.exit(main())
