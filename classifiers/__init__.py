"""classifiers: a NormalizedDocument into the domain model `ProgramExtraction`.

Entry points: `classify(doc)`, `gold.gold_from_corpus(source)`, `scoring.score(pred, gold)`,
`actors.split_actors` / `actors.ActorRegistry` (canonical actor names for the warehouse).
"""

from .classify_document import classify

__all__ = ["classify"]
