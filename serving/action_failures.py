"""Say "please try again" when a custom action fails, instead of nothing.

Rasa 3.6 catches the failure of a custom action (action server down, crashed, timed out),
logs "Bot will continue, but the actions events are lost" and usually sends the user
nothing (RasaHQ/rasa#5588, #7630). Action-side base classes cannot help when the server
is unreachable, so this wraps `RemoteAction.run` on the Rasa side: a call that never reached
the server is retried once; any other failure sends one apology through the turn's output
channel (REST collector, socket.io, shell alike) and re-raises, so Rasa still discards the
action's events. An active form therefore stays on the same question, and the user's next
message resumes it.
"""

import asyncio
import logging
from typing import Any

logger = logging.getLogger("serving.action_failures")
APOLOGY = ("Sorry, something went wrong on my side and I could not finish that step. "
           "Please try again in a moment: send your last message again.")
_MARK = "_cable_apologised"   # one apology per output channel, i.e. per user turn
RETRY_DELAY = 0.3              # seconds before the one retry of an undelivered call


async def apologise(output_channel: Any, recipient_id: str) -> None:
    if output_channel is None or getattr(output_channel, _MARK, False):
        return
    try:
        setattr(output_channel, _MARK, True)
        await output_channel.send_text_message(recipient_id, APOLOGY)
    except Exception:  # the apology must never make things worse
        logger.exception("could not send the apology to %s", recipient_id)


def never_delivered(exc: BaseException) -> bool:
    """True when the request certainly did not reach the action server, so running the
    action again cannot run it twice: the connection was refused, or the request body
    could not be written (seen under load when the server drops a fresh connection)."""
    import aiohttp

    cause = exc.__cause__ or exc.__context__    # Rasa re-raises aiohttp's error as RasaException
    return isinstance(cause, aiohttp.ClientConnectorError) or (
        isinstance(cause, aiohttp.ClientOSError) and "write request body" in str(cause))


def apologise_for_failed_actions() -> None:
    from rasa.core.actions.action import ActionExecutionRejection, RemoteAction

    original = RemoteAction.run

    async def run(self: RemoteAction, output_channel: Any, nlg: Any, tracker: Any,
                  domain: Any) -> list[Any]:
        try:
            try:
                return await original(self, output_channel, nlg, tracker, domain)
            except Exception as exc:  # filtered just below
                if isinstance(exc, ActionExecutionRejection) or not never_delivered(exc):
                    raise
                logger.warning("custom action %s did not reach the action server (%s); retrying once",
                               self.name(), exc.__cause__ or exc.__context__)
                await asyncio.sleep(RETRY_DELAY)
                return await original(self, output_channel, nlg, tracker, domain)
        except ActionExecutionRejection:
            raise    # a form rejecting an answer is normal dialogue, not a failure
        except Exception:
            logger.error("custom action %s failed for %s; asked the user to try again",
                         self.name(), tracker.sender_id)
            await apologise(output_channel, tracker.sender_id)
            raise

    RemoteAction.run = run
