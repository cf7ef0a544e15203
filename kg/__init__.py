"""igkg: a knowledge graph of intergovernmental relations built from press releases."""

__version__ = "0.1.0"
