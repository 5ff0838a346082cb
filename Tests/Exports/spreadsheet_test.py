"""Exports open in a real office suite with the page's figures.

Against a running `otklik serve` (OTKLIK_EXPORT_URL) with the demo region: each slice is downloaded as JSON, as
CSV and as XLSX; LibreOffice (headless) converts the XLSX to CSV, Python's csv module reads our CSV (UTF-8
with a byte order mark, semicolons), and every name and number must equal the JSON's.
"""
import csv
import io
import json
import os
import subprocess
import tempfile
import time
import unittest
import urllib.parse
import urllib.request

BASE = os.environ["OTKLIK_EXPORT_URL"]


def token():
    body = json.dumps({"login": "operator", "password": "otklik-operator"}).encode()
    request = urllib.request.Request(BASE + "/api/v1/auth/token", data=body, headers={"Content-Type": "application/json"})
    return json.load(urllib.request.urlopen(request))["token"]


def fetch(query, fmt=None, path="/api/v1/analytics/slice"):
    path = path + "?" + query + ("&format=" + fmt if fmt else "")
    request = urllib.request.Request(BASE + path, headers={"Authorization": "Bearer " + TOKEN})
    with urllib.request.urlopen(request) as response:
        return response.read(), response.headers


def number(text):
    """A figure as LibreOffice or our CSV writes it: grouping and per cent signs away, a decimal comma read."""
    cleaned = text.replace("\u202f", "").replace("\xa0", "").replace("%", "").strip()
    if cleaned == "":
        return None
    if "," in cleaned and "." not in cleaned and cleaned.count(",") == 1 and len(cleaned.split(",")[1]) != 3:
        cleaned = cleaned.replace(",", ".")
    return float(cleaned.replace(",", ""))


def expected_rows(slice_json):
    share = slice_json["measure"]["id"].endswith("_share")
    def figure(value):
        if value is None:
            return None
        return round(value * 100, 1) if share else round(value, 2)
    two = slice_json["columns"] is not None
    rows = []
    for group in slice_json["groups"]:
        names = [group["rowTitle"]] + ([group["columnTitle"]] if two else [])
        rows.append((names, figure(group["value"]), figure(group["previous"]), group["appeals"]))
    rows.append((["Итого"] + ([""] if two else []), figure(slice_json["total"]), figure(slice_json["previousTotal"]), slice_json["appeals"]))
    return rows


def read_rows(lines, names):
    rows = []
    for line in lines[1:]:
        if not any(line):
            continue
        value, previous, appeals = (number(cell) for cell in line[names:names + 3])
        rows.append((line[:names], value, previous, int(appeals)))
    return rows


class Spreadsheets(unittest.TestCase):
    QUERIES = [
        "measure=count&rows=municipality&columns=block&from=2026-08-01",
        "measure=overdue_share&rows=body",
        "measure=median_answer_days&rows=channel&from=2026-06-01",
    ]

    def rounded(self, rows, share):
        return [(names, None if v is None else round(v, 1), None if p is None else round(p, 1), n) for names, v, p, n in rows]

    def test_our_csv_reads_back_with_cyrillic_names_and_the_same_figures(self):
        for query in self.QUERIES:
            slice_json = json.loads(fetch(query)[0])
            data, headers = fetch(query, "csv")
            self.assertTrue(data.startswith(b"\xef\xbb\xbf"), query)
            lines = list(csv.reader(io.StringIO(data.decode("utf-8-sig")), delimiter=";"))
            names = 2 if slice_json["columns"] else 1
            self.assertEqual(lines[0][0], slice_json["rows"]["title"])
            expected = self.rounded(expected_rows(slice_json), False)
            self.assertEqual(self.rounded(read_rows(lines, names), False), expected, query)

    def test_libreoffice_opens_the_xlsx_with_the_same_figures(self):
        for query in self.QUERIES:
            slice_json = json.loads(fetch(query)[0])
            data, headers = fetch(query, "xlsx")
            with tempfile.TemporaryDirectory() as directory:
                book = os.path.join(directory, "slice.xlsx")
                with open(book, "wb") as file:
                    file.write(data)
                subprocess.run(
                    ["soffice", "--headless", "-env:UserInstallation=file://" + directory + "/profile",
                     "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76,1", "--outdir", directory, book],
                    check=True, capture_output=True, timeout=180)
                with open(os.path.join(directory, "slice.csv"), encoding="utf-8") as file:
                    lines = list(csv.reader(file))
            names = 2 if slice_json["columns"] else 1
            self.assertEqual(lines[0][0], slice_json["rows"]["title"])
            expected = self.rounded(expected_rows(slice_json), False)
            self.assertEqual(self.rounded(read_rows(lines, names), False), expected, query)

    def test_libreoffice_reads_the_weekly_note_docx_with_the_apis_figures(self):
        note = json.loads(fetch("", path="/api/v1/reports/weekly")[0])
        data, headers = fetch("", "docx", path="/api/v1/reports/weekly")
        self.assertTrue(data.startswith(b"PK"), data[:4])
        self.assertIn(".docx", urllib.parse.unquote(headers["Content-Disposition"]))
        with tempfile.TemporaryDirectory() as directory:
            document = os.path.join(directory, "note.docx")
            with open(document, "wb") as file:
                file.write(data)
            subprocess.run(
                ["soffice", "--headless", "-env:UserInstallation=file://" + directory + "/profile",
                 "--convert-to", "txt:Text (encoded):UTF8", "--outdir", directory, document],
                check=True, capture_output=True, timeout=180)
            with open(os.path.join(directory, "note.txt"), encoding="utf-8-sig") as file:
                text = file.read()
        self.assertIn("Аналитическая записка за неделю", text)
        lines = [line.strip() for line in text.splitlines() if line.strip()]
        # Table cells come out one per line: the headline's title, then its figure for the week.
        total = next(h for h in note["headlines"] if h["measure"] == "count")
        at = lines.index(total["title"])
        self.assertEqual(number(lines[at + 1]), total["value"])
        for body in note["overdueBodies"]:
            self.assertIn(body["bodyName"], lines)

    def test_libreoffice_saves_a_workbook_the_history_import_takes_in(self):
        """LibreOffice turns a CSV into XLSX (shared strings, dates as numbers in a date style); the import reads it back."""
        stamp = str(int(time.time() * 1000))
        rows = [["Номер", "Дата поступления", "Текст обращения"],
                ["LO-%s-1" % stamp, "2026-11-05 14:30", "Не убран снег во дворе дома 7, метка lo%s" % stamp],
                ["LO-%s-2" % stamp, "2026-11-06 09:05", "Не горит фонарь у остановки, метка lo%s" % stamp]]
        with tempfile.TemporaryDirectory() as directory:
            source = os.path.join(directory, "history.csv")
            with open(source, "w", encoding="utf-8", newline="") as file:
                csv.writer(file, delimiter=";").writerows(rows)
            subprocess.run(
                ["soffice", "--headless", "-env:UserInstallation=file://" + directory + "/profile", "--infilter=CSV:59,34,76,1",
                 "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", directory, source],
                check=True, capture_output=True, timeout=180)
            with open(os.path.join(directory, "history.xlsx"), "rb") as file:
                book = file.read()
        self.assertTrue(book.startswith(b"PK"))
        request = urllib.request.Request(BASE + "/api/v1/imports", data=book, method="POST",
                                         headers={"Authorization": "Bearer " + TOKEN, "Content-Type": "application/octet-stream"})
        report = json.load(urllib.request.urlopen(request))
        self.assertEqual((report["rows"], report["created"], report["problems"]), (2, 2, []))
        request = urllib.request.Request(BASE + "/api/v1/appeals?q=lo" + stamp, headers={"Authorization": "Bearer " + TOKEN})
        items = {item.get("externalId"): item for item in json.load(urllib.request.urlopen(request))["items"]}
        # The demo region is in Moscow time: 14:30 there is 11:30 UTC.
        self.assertTrue(items["LO-%s-1" % stamp]["receivedAt"].startswith("2026-11-05T11:30:00"), items["LO-%s-1" % stamp]["receivedAt"])
        self.assertEqual(items["LO-%s-2" % stamp]["text"], "Не горит фонарь у остановки, метка lo%s" % stamp)
        self.assertEqual(len(items), 2)


if __name__ == "__main__":
    TOKEN = token()
    unittest.main(verbosity=2)
