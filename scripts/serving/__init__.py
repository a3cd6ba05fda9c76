"""How this project runs Rasa: server guards, the scale-out profile and local replicas.

`scripts/rasa_server.py` installs the guards and then hands over to Rasa's own CLI;
`scripts/replicas.py` and `tests/scale` start clusters through `cluster`.
"""
