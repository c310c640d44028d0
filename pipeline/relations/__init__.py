"""Relation extraction helpers: the predicate lexicon (``lexicon``) and its data tools.

Importing the package loads nothing; :class:`pipeline.relations.lexicon.PredicateLexicon` reads its
data files when ``PredicateLexicon.load()`` is called.
"""
