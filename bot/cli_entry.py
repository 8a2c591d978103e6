"""`python -m bot.cli_entry ...` runs the `newsbot` console script (used by tests)."""
import sys

from bot.cli import main

if __name__ == "__main__":
    sys.exit(main())
