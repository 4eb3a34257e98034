"""`python -m gemma3.aot ...`: compile a workload for a TPU slice without a TPU (`gemma3.aot.main`)."""

import sys

from gemma3.aot import main

if __name__ == "__main__":
    sys.exit(main())
