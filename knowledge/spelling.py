"""Spelling correction against the index vocabulary: the Corrector lives in understanding.spelling,
shared with the case-fact reader."""
from understanding.spelling import Corrector

__all__ = ["Corrector"]
