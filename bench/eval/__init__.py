"""`make eval` (`python -m bench.eval`): how often the assistant understands students (issue 14).

Question sets go through `knowledge ask` in process and through the REST chat; case descriptions
through the chat. `sets` reads the sets, `scoring` classifies each reply, `chat` is the one place
that starts the real servers, and `__main__` runs everything and writes bench/eval-results.md.
"""
