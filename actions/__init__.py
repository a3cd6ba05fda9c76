"""Thin rasa-sdk adapters: the form, its validation, and the actions.

The logic lives in `cable` (the rules) and `knowledge` (the knowledge base);
these modules only translate between them and the conversation.
"""
