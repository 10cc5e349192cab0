"""What `make check` runs: every content check, one report."""
import sys

from scripts.checks.run import main

sys.exit(main())
