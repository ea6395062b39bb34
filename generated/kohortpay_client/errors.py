"""Contains shared errors types that can be raised from API functions"""

#: At most this many characters of the response body are put in UnexpectedStatus's message.
MAX_CONTENT_IN_MESSAGE = 500


class UnexpectedStatus(Exception):
    """Raised by api functions when the response status an undocumented status and Client.raise_on_unexpected_status is True

    The full body is kept in ``content``; the message shows at most MAX_CONTENT_IN_MESSAGE characters of it.
    """

    def __init__(self, status_code: int, content: bytes):
        self.status_code = status_code
        self.content = content

        # 4 bytes per character at most in UTF-8, so this slice always yields enough characters.
        text = content[: 4 * (MAX_CONTENT_IN_MESSAGE + 1)].decode(errors="replace")
        if len(text) > MAX_CONTENT_IN_MESSAGE:
            text = f"{text[:MAX_CONTENT_IN_MESSAGE]}... [truncated, {len(content)} bytes in total]"
        super().__init__(
            f"Unexpected status code: {status_code}\n\nResponse content:\n{text}"
        )


__all__ = ["UnexpectedStatus"]
