"""``python -m kg.cli``: the ``kg`` command without the console script."""

from kg.cli import main

main()
