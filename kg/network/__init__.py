"""The actor network: persons, bodies and countries linked by what the graph says of
them (``actors``), its analytics with networkx, a large-graph layout, search keys,
and GraphML / GEXF / CSV files (``formats``).

May import: ``kg.errors``, ``kg.resources``, ``kg.keys``, ``kg.rdf``, ``kg.store``, ``kg.query``.
"""
