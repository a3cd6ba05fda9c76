"""Per-message costs of parsing a user message that Rasa 3.6 pays for nothing (bench/PROFILING.md,
section 9). Each fix gives exactly the stock result."""

from typing import Any


def check_domain_emptiness_once() -> None:
    """Before using a parse, Rasa asks `domain.is_empty()`, which builds the whole domain as a dict
    and a new empty Domain to compare it with: about 6% of parsing. A loaded domain does not
    change (Rasa itself caches its derived properties), so the answer is kept on the object."""
    from rasa.shared.core.domain import Domain

    stock = Domain.is_empty

    def is_empty(self: Domain) -> bool:
        answer = self.__dict__.get("_is_empty_answer")
        if answer is None:
            answer = self.__dict__["_is_empty_answer"] = stock(self)
        return answer

    Domain.is_empty = is_empty


def keep_intent_weights_column_ready() -> None:
    """The intent classifier multiplies each message's features by the transposed weight matrix;
    scipy needs that in row-major order and copied the whole matrix on every message (about 10%
    of parsing). Stored column-major once, the transpose is row-major already: same numbers, same
    arithmetic, no copy."""
    import numpy as np
    from rasa.nlu.classifiers.logistic_regression_classifier import LogisticRegressionClassifier

    stock = LogisticRegressionClassifier.process

    def process(self: LogisticRegressionClassifier, messages: Any) -> Any:
        coef = getattr(self.clf, "coef_", None)
        if isinstance(coef, np.ndarray) and not coef.flags.f_contiguous:
            self.clf.coef_ = np.asfortranarray(coef)
        return stock(self, messages)

    LogisticRegressionClassifier.process = process
