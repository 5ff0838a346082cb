"""A map tile server stand-in for the browser tests: answers every GET /{z}/{x}/{y}.png with one 256×256 PNG
(a pale square with a grid, drawn here with zlib), so the pages' maps draw real images from a real server.
Usage: tile_standin.py PORT_FILE — binds a free loopback port and writes it to PORT_FILE."""
import http.server
import struct
import sys
import zlib


def png():
    rows = []
    for y in range(256):
        row = bytearray([0])
        for x in range(256):
            line = x % 64 == 0 or y % 64 == 0
            row += bytes((200, 210, 220) if line else (236, 240, 244))
        rows.append(bytes(row))
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
    header = struct.pack(">IIBBBBB", 256, 256, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(b"".join(rows))) + chunk(b"IEND", b"")


TILE = png()


class Tiles(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        parts = self.path.strip("/").split("/")
        if len(parts) != 3 or not parts[2].endswith(".png") or not all(p.replace(".png", "").isdigit() for p in parts):
            self.send_error(404)
            return
        self.send_response(200)
        self.send_header("Content-Type", "image/png")
        self.send_header("Content-Length", str(len(TILE)))
        self.end_headers()
        self.wfile.write(TILE)

    def log_message(self, *args):
        pass


if __name__ == "__main__":
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Tiles)
    with open(sys.argv[1], "w") as file:
        file.write(str(server.server_address[1]))
    server.serve_forever()
