"""A stand-in for a messenger's API, run as its own process by the tests, speaking that API's HTTP and
recording every call it gets.

- `telegram`: the Bot API at /bot<TOKEN>/<method>, JSON bodies; `sendMessage` and `answerCallbackQuery`
  answer `{"ok": true, "result": …}`, errors `{"ok": false, "error_code": …, "description": …}` with that
  HTTP status (429 with `parameters.retry_after`). `getFile` answers a File (`file_id`, `file_unique_id`,
  `file_size`, `file_path`) for a file served below, «Bad Request: invalid file_id» for any other; its bytes
  are at GET /file/bot<TOKEN>/<file_path>, each fetch recorded as `download`.
- `vk`: the VK API at /method/<method>, form bodies with `access_token` and `v`; `messages.send` answers
  `{"response": <message id>}`, `wall.createComment` `{"response": {"comment_id": …}}`; errors come with HTTP
  200 as `{"error": {"error_code": …, "error_msg": …}}`, as VK sends them. A file served below is at GET
  /<path>, as VK's photo and document URLs are (each fetch recorded as `download`).
- `ok`: the Odnoklassniki Bot API's POST /graph/me/messages/<chat>?access_token=…, a JSON message object;
  answers `{"success": true}`, errors `{"error_code": …, "error_msg": …}`.
- `smtp`: a mail server (RFC 5321: EHLO/HELO, MAIL, RCPT, DATA, RSET, NOOP, QUIT) that records each letter
  as `{"method": "letter", "body": {"from", "to", "data"}}`; beside it, the HTTP control port below. A
  failure answers the next n letters' end of DATA with the given code (451, 550).

Control, for the tests: GET /_recorded gives the calls so far; POST /_fail {"count": n, "status": s} makes the
next n calls fail with s (the HTTP status for Telegram and for downloads, the error code for VK and OK);
POST /_files {"file_id": …, "path": …, "base64": …} serves a file.
Usage: channel_standin.py FLAVOUR TOKEN PORT_FILE; it listens on a free loopback port and then writes the
port to PORT_FILE (for `smtp`: `HTTP_PORT SMTP_PORT`).
"""
import base64
import json
import os
import signal
import socketserver
import sys
import threading
import time
import urllib.parse
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

FLAVOUR, TOKEN, PORT_FILE = sys.argv[1], sys.argv[2], sys.argv[3]
LOCK = threading.Lock()
RECORDED = []
FAILURES = {"count": 0, "status": 500}
NEXT_ID = [100]
FILES = {}  # file id -> path
PATHS = {}  # path -> bytes


def next_id():
    with LOCK:
        NEXT_ID[0] += 1
        return NEXT_ID[0]


class Handler(BaseHTTPRequestHandler):
    def log_message(self, *args):
        pass

    def reply(self, status, payload):
        body = json.dumps(payload, ensure_ascii=False).encode("utf-8")
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self):
        if self.path == "/_recorded":
            with LOCK:
                self.reply(200, list(RECORDED))
            return
        prefix = "/file/bot" + TOKEN + "/" if FLAVOUR == "telegram" else "/"
        path = self.path[len(prefix):] if self.path.startswith(prefix) else None
        with LOCK:
            data = PATHS.get(path)
        if data is None:
            self.reply(404, {"ok": False, "error_code": 404, "description": "Not Found"})
            return
        failing, status = self.record("download", {"path": path})
        if failing:
            self.reply(status, {"ok": False, "error_code": status, "description": "Stand-in failure"})
            return
        self.send_response(200)
        self.send_header("Content-Type", "application/octet-stream")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def do_POST(self):
        raw = self.rfile.read(int(self.headers.get("Content-Length") or 0))
        if self.path == "/_fail":
            with LOCK:
                FAILURES.update(json.loads(raw))
            self.reply(200, {"ok": True})
        elif self.path == "/_files":
            served = json.loads(raw)
            with LOCK:
                FILES[served["file_id"]] = served["path"]
                PATHS[served["path"]] = base64.b64decode(served["base64"])
            self.reply(200, {"ok": True})
        elif FLAVOUR == "telegram":
            self.telegram(raw)
        elif FLAVOUR == "vk":
            self.vk(raw)
        else:
            self.ok(raw)

    def record(self, method, body):
        with LOCK:
            failing = FAILURES["count"] > 0
            if failing:
                FAILURES["count"] -= 1
            RECORDED.append({"method": method, "body": body, "failed": failing, "at": time.time()})
            return failing, FAILURES["status"]

    def telegram(self, raw):
        prefix = "/bot" + TOKEN + "/"
        if not self.path.startswith(prefix):
            self.reply(401, {"ok": False, "error_code": 401, "description": "Unauthorized"})
            return
        method = self.path[len(prefix):]
        try:
            body = json.loads(raw or b"{}")
        except ValueError:
            self.reply(400, {"ok": False, "error_code": 400, "description": "Bad Request: can't parse JSON"})
            return
        failing, status = self.record(method, body)
        if failing:
            payload = {"ok": False, "error_code": status, "description": "Stand-in failure"}
            if status == 429:
                payload["parameters"] = {"retry_after": 1}
            self.reply(status, payload)
        elif method == "sendMessage":
            if not body.get("text") or "chat_id" not in body:
                self.reply(400, {"ok": False, "error_code": 400, "description": "Bad Request: message text is empty"})
                return
            chat = {"id": int(body["chat_id"]), "type": "private"}
            self.reply(200, {"ok": True, "result": {"message_id": next_id(), "date": int(time.time()), "chat": chat, "text": body["text"]}})
        elif method == "answerCallbackQuery":
            self.reply(200, {"ok": True, "result": True})
        elif method == "getFile":
            with LOCK:
                path = FILES.get(body.get("file_id"))
                size = len(PATHS[path]) if path else 0
            if path is None:
                self.reply(400, {"ok": False, "error_code": 400, "description": "Bad Request: invalid file_id"})
                return
            file = {"file_id": body["file_id"], "file_unique_id": "u-" + body["file_id"], "file_size": size, "file_path": path}
            self.reply(200, {"ok": True, "result": file})
        else:
            self.reply(404, {"ok": False, "error_code": 404, "description": "Not Found: method not found"})

    def vk(self, raw):
        if not self.path.startswith("/method/"):
            self.reply(404, {"error": {"error_code": 3, "error_msg": "Unknown method passed"}})
            return
        method = self.path[len("/method/"):]
        fields = {key: values[0] for key, values in urllib.parse.parse_qs(raw.decode("utf-8"), keep_blank_values=True).items()}
        if fields.get("access_token") != TOKEN:
            self.reply(200, {"error": {"error_code": 5, "error_msg": "User authorization failed: invalid access_token"}})
            return
        failing, status = self.record(method, fields)
        if failing:
            self.reply(200, {"error": {"error_code": status, "error_msg": "Stand-in failure"}})
        elif fields.get("v") != "5.199":
            self.reply(200, {"error": {"error_code": 8, "error_msg": "Invalid request: v is required"}})
        elif method == "messages.send":
            self.reply(200, {"response": next_id()})
        elif method == "wall.createComment":
            self.reply(200, {"response": {"comment_id": next_id()}})
        else:
            self.reply(200, {"error": {"error_code": 3, "error_msg": "Unknown method passed"}})


    def ok(self, raw):
        path, _, query = self.path.partition("?")
        prefix = "/graph/me/messages/"
        if not path.startswith(prefix):
            self.reply(404, {"error_code": 3, "error_msg": "METHOD : Method not found"})
            return
        if urllib.parse.parse_qs(query).get("access_token") != [TOKEN]:
            self.reply(200, {"error_code": 102, "error_msg": "PARAM_SESSION_EXPIRED : Session expired"})
            return
        body = json.loads(raw or b"{}")
        body["chat"] = urllib.parse.unquote(path[len(prefix):])
        failing, status = self.record("messages", body)
        if failing:
            self.reply(200, {"error_code": status, "error_msg": "Stand-in failure"})
        elif not body.get("message", {}).get("text"):
            self.reply(200, {"error_code": 100, "error_msg": "PARAM : message is empty"})
        else:
            self.reply(200, {"success": True})


class SMTPHandler(socketserver.StreamRequestHandler):
    def say(self, line):
        self.wfile.write((line + "\r\n").encode("ascii"))

    def handle(self):
        self.say("220 standin ESMTP")
        sender, recipients, data = None, [], None
        while True:
            raw = self.rfile.readline()
            if not raw:
                return
            line = raw.rstrip(b"\r\n")
            if data is not None:
                if line == b".":
                    failing, status = self.record("letter", {"from": sender, "to": recipients, "data": b"\r\n".join(data).decode("utf-8", "replace")})
                    self.say(f"{status} stand-in refusal" if failing else "250 2.0.0 queued")
                    sender, recipients, data = None, [], None
                else:
                    data.append(line[1:] if line.startswith(b".") else line)
                continue
            verb = line[:4].upper()
            if verb in (b"EHLO", b"HELO"):
                self.say("250 standin")
            elif verb == b"MAIL":
                sender = line[10:].strip(b"<> ").decode()
                self.say("250 2.1.0 OK")
            elif verb == b"RCPT":
                recipients.append(line[8:].strip(b"<> ").decode())
                self.say("250 2.1.5 OK")
            elif verb == b"DATA":
                data = []
                self.say("354 go ahead")
            elif verb == b"QUIT":
                self.say("221 bye")
                return
            else:
                self.say("250 OK")

    record = Handler.record


class ThreadingSMTPServer(socketserver.ThreadingMixIn, socketserver.TCPServer):
    daemon_threads = True
    allow_reuse_address = True


# A parent that ignores SIGTERM passes that on; the stand-in must still stop when told to.
signal.signal(signal.SIGTERM, signal.SIG_DFL)
server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
ports = str(server.server_address[1])
if FLAVOUR == "smtp":
    smtp = ThreadingSMTPServer(("127.0.0.1", 0), SMTPHandler)
    threading.Thread(target=smtp.serve_forever, daemon=True).start()
    ports += " " + str(smtp.server_address[1])
with open(PORT_FILE + ".tmp", "w") as file:
    file.write(ports)
os.replace(PORT_FILE + ".tmp", PORT_FILE)
server.serve_forever()
