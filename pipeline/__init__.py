"""faie: information extraction from Persian news text."""
from .core import Pipeline
from .document import Document, Entity, Sentence, Token, Triple, Word

__all__ = ["Pipeline", "Document", "Sentence", "Token", "Word", "Entity", "Triple"]
__version__ = "0.1.0"
