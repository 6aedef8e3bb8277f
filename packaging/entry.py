"""The frozen bundle's entry point (packaging/migradesk.spec): the `migradesk` command."""

import sys

from migradesk.cli import main

if __name__ == "__main__":
    sys.exit(main())
