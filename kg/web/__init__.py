"""Pages: the interactive graph page (``viz``, ``page`` and ``static/``), the SPARQL
endpoint ``kg serve`` and its start page, and the ontology's documentation (``docs``).

May import everything below it: ``kg.rdf``, ``kg.store``, ``kg.query``, ``kg.network``
(and the shared ``kg.errors``, ``kg.resources``, ``kg.outputs``, ``kg.keys``).
"""
