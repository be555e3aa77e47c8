"""provenance: rebuild the story of a leaked remark from news articles.

The pipeline is a chain of small stages with typed records between them
(see :mod:`provenance.records`); :func:`provenance.pipeline.parse_article`
runs them all on one article and :func:`provenance.store.save_parsed` writes
the result to SQLite.
"""

__version__ = "0.1.0"
