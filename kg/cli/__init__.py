"""The ``kg`` command: click commands only, each a thin layer over one library function.

``common`` holds the group and the shared options, ``write`` the commands that take
articles in or serve them, ``read`` the ones that read the store, ``review`` its counts,
central actors and duplicate candidates, ``maintain`` the ones that fill, compact or
summarize a store, ``viz`` the graph pages, ``report`` the dossier of a pair. Importing this
package registers them all on ``main`` (the console entry point ``kg.cli:main``).

May import every package of ``kg``; nothing imports it.
"""

from kg.cli import maintain, read, report, review, viz, write  # noqa: F401 - registers the commands on the group
from kg.cli.common import main

__all__ = ["main"]
