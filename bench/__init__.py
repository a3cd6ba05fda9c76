"""Benchmarks (`make bench`, `python -m bench`): speed, memory and accuracy of our configuration
against Rasa's default one, on real servers. See bench/__main__.py and bench/PROFILING.md."""
