"""A huge upload made as it is read: shows how much of a body the server reads before refusing it."""


class MultipartUpload:
    """A multipart body with one `document` file of `size` bytes, produced as it is read, recording
    how much of it the server read."""

    BOUNDARY = "----recall"

    def __init__(self, size: int):
        self.head = (
            f'--{self.BOUNDARY}\r\nContent-Disposition: form-data; name="document"; filename="big.md"\r\n'
            "Content-Type: text/markdown\r\n\r\n"
        ).encode()
        self.tail = f"\r\n--{self.BOUNDARY}--\r\n".encode()
        self.size = len(self.head) + size + len(self.tail)
        self.read_bytes = 0

    def _byte_range(self, start: int, end: int) -> bytes:
        body_end = self.size - len(self.tail)
        out = bytearray()
        if start < len(self.head):
            out += self.head[start : min(end, len(self.head))]
        lo, hi = max(start, len(self.head)), min(end, body_end)
        if hi > lo:
            out += b"x" * (hi - lo)
        if end > body_end:
            out += self.tail[max(0, start - body_end) : end - body_end]
        return bytes(out)

    def read(self, n=-1):
        end = self.size if n is None or n < 0 else min(self.size, self.read_bytes + n)
        data = self._byte_range(self.read_bytes, end)
        self.read_bytes = end
        return data

    def readline(self, n=-1):
        return self.read(65536 if n is None or n < 0 else min(n, 65536))
