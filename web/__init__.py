"""The web page: the cable and the chat side by side (see web/server.py)."""
