"""Understanding what a message says: pure Python (no Rasa), shared by the case form, the knowledge base and teaching."""
