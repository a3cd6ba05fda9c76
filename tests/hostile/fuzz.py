"""Seeded random payloads for the REST webhook and the socket.io channel.

Most are malformed on purpose (wrong types, broken JSON, bad Unicode, sizes at and past the
limits); about one in six is well-formed with strange text, so it reaches the NLU pipeline
and the action server too.
"""

import json
import random
import string

ALPHABETS = [
    string.ascii_letters + string.digits + "      ",
    "한국어조선말中文汉字日本語のかなカナ", "ÄÖÜßéèçñøåłžš", "😀🇰🇷🚂✉️👩‍🎓🏳️‍🌈",
    "\u200b\u200c\u200d\u202e\u2066\ufeff\u00ad",            # zero-width and bidi controls
    "".join(map(chr, range(32))) + "\x7f\x85\x9b",            # C0, DEL, C1
    "'\"\\;--%_*()[]{}<>&|^~`$#@!/",                           # SQL, FTS and shell syntax
    "𝔘𝔫𝔦𝔠𝔬𝔡𝔢 ﷺ ǅ ﬀ ẞ İı",
]
WORDS = ["Korean", "Japanese", "chemist", "POW", "yes", "no", "OR 1=1 --", "NEAR(", "*", "why?",
         "go back", "new case", "/restart", "/greet", "gratis", "DROP TABLE kb_entries;"]


def text(rng: random.Random, limit: int = 4000) -> str:
    size = rng.choice([1, 2, rng.randint(3, 30), rng.randint(30, 300), limit, limit + 1,
                       rng.randint(limit + 1, 3 * limit)])
    if rng.random() < 0.3:
        words = []
        while sum(len(w) + 1 for w in words) < min(size, 400):
            words.append(rng.choice(WORDS))
        return " ".join(words)
    alphabet = "".join(rng.sample(ALPHABETS, rng.randint(1, 3)))
    return "".join(rng.choice(alphabet) for _ in range(size))


def value(rng: random.Random, depth: int = 0):
    kind = rng.randrange(9 if depth < 3 else 6)
    if kind == 0:
        return None
    if kind == 1:
        return rng.choice([True, False])
    if kind == 2:
        return rng.choice([0, -1, 2 ** 63, rng.randint(-10 ** 6, 10 ** 6)])
    if kind == 3:
        return rng.choice([0.5, -1e308, 1e-300, rng.random()])
    if kind in (4, 5):
        return text(rng, 200) if rng.random() < 0.9 else ""
    if kind == 6:
        return [value(rng, depth + 1) for _ in range(rng.randint(0, 4))]
    return {text(rng, 10)[:10]: value(rng, depth + 1) for _ in range(rng.randint(0, 4))}


def message_dict(rng: random.Random, id_field: str, metadata_key: str) -> dict:
    """A dict shaped like a message, with one or more fields likely wrong."""
    data = {id_field: "fuzz-" + "".join(rng.choice(string.hexdigits) for _ in range(8)),
            "message": text(rng)}
    for field in (id_field, "message", metadata_key):
        roll = rng.random()
        if roll < 0.2:
            data[field] = value(rng)
        elif roll < 0.3:
            data.pop(field, None)
        elif roll < 0.35:
            data[field] = ""
        elif field == metadata_key and roll < 0.5:
            data[field] = rng.choice([{"language": "en"}, "{\"a\": 1}", "{broken", {"x": "y" * 20000}])
    if rng.random() < 0.1:
        data[f"extra{rng.randrange(100)}"] = value(rng)
    return data


def valid(rng: random.Random, id_field: str) -> dict:
    return {id_field: "fuzz-ok-" + "".join(rng.choice(string.hexdigits) for _ in range(8)),
            "message": text(rng, 300)[:300].strip("\x00") or "hello"}


def rest_body(rng: random.Random) -> bytes:
    roll = rng.random()
    if roll < 0.08:
        return bytes(rng.randrange(256) for _ in range(rng.randint(0, 64)))
    if roll < 0.14:
        good = json.dumps(message_dict(rng, "sender", "metadata"))
        return good[: rng.randint(0, len(good))].encode()
    if roll < 0.18:
        return rng.choice([b"[" * 5000, b'{"sender": "x", "message": "\\ud800"}', b"NaN", b"1e999",
                           b'{"sender": "x", "message": "\\u0000"}', "\ufeff{}".encode(), b"null"])
    if roll < 0.26:
        return json.dumps(value(rng)).encode()
    if roll < 0.83:
        return json.dumps(message_dict(rng, "sender", "metadata"), ensure_ascii=rng.random() < 0.5).encode()
    return json.dumps(valid(rng, "sender")).encode()


def socket_args(rng: random.Random) -> tuple:
    """Arguments for one `emit("user_uttered", *args)`."""
    roll = rng.random()
    if roll < 0.05:
        return ()
    if roll < 0.1:
        return (value(rng), value(rng))
    if roll < 0.25:
        return (value(rng),)
    if roll < 0.85:
        return (message_dict(rng, "session_id", "customData"),)
    return (valid(rng, "session_id"),)
