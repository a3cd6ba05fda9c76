"""Answers from the knowledge base, always with the source."""
