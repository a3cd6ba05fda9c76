"""Everything that runs inside the Rasa server, installed with the project (`pip install -e .`).

`python -m serving <rasa arguments>` is `rasa` with this project's patches (`patches.PATCHES`:
guards and speed fixes, each with its proof and undo). The understanding step runs here too: an NLU
component named in config.yml (`routing.EvidenceRouter`, a plug-in registered with Rasa's recipe, not a
patch) reads every message with `understanding` and corrects the classifier's intent from evidence.
Also here: the tracker store named in endpoints.yml (`tracker_store`), the socket.io channel named in
credentials.yml (`socketio`, with `sessions`: each conversation kept to the browser that started it),
the action server that admits only the Rasa server (`python -m serving.action_server`), and what
starts servers for `make replicas`, the tests and the benchmark (`cluster`, `readiness`, `scale_env`,
`endpoints`). See docs/deployment.md for who can read a conversation.
"""
