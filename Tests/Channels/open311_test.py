"""Open311 GeoReport v2 responses of a running `otklik serve` (OTKLIK_SERVER_URL) against the published JSON
Schemas (OTKLIK_OPEN311_SCHEMAS: open311/schema-validation, draft 4), with formats checked; and each XML
response against its JSON by the spec's Spark convention (the same fields, nulls as empty elements).
The request posted here is built from the spec's POST field list.
"""
import json
import os
import unittest
import urllib.error
import urllib.parse
import urllib.request
import xml.etree.ElementTree as ElementTree

from jsonschema import Draft4Validator
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT4

BASE = os.environ["OTKLIK_SERVER_URL"] + "/open311/v2"
KEY = os.environ["OTKLIK_OPEN311_KEY"]
SCHEMAS = os.environ["OTKLIK_OPEN311_SCHEMAS"]


def schema(name):
    with open(os.path.join(SCHEMAS, name), encoding="utf-8") as file:
        return json.load(file)


REGISTRY = Registry().with_resources(
    (name, Resource.from_contents(schema(name), default_specification=DRAFT4))
    for name in ["service.json", "services.json", "service-definition.json", "request.json", "requests.json"]
)


def validator(name):
    return Draft4Validator(schema(name), registry=REGISTRY, format_checker=Draft4Validator.FORMAT_CHECKER)


def fetch(path, data=None):
    request = urllib.request.Request(BASE + path, data=data)
    if data is not None:
        request.add_header("Content-Type", "application/x-www-form-urlencoded; charset=utf-8")
    try:
        with urllib.request.urlopen(request) as response:
            return response.status, response.headers["Content-Type"], response.read().decode("utf-8")
    except urllib.error.HTTPError as error:
        return error.code, error.headers["Content-Type"], error.read().decode("utf-8")


# The elements that hold a list: every child is an item, however many there are.
LISTS = {"services", "service_requests", "attributes", "values", "endpoints", "formats", "errors"}


def spark(element):
    """An XML element read back to JSON by the Spark convention, as far as GeoReport uses it."""
    if element.tag in LISTS:
        return [spark(child) for child in element]
    children = list(element)
    if not children:
        return element.text or ""
    return {child.tag: spark(child) for child in children}


def comparable(value):
    """JSON as its XML shows it: nulls empty, numbers and flags as their text."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return str(value)
    if isinstance(value, list):
        return [comparable(item) for item in value]
    if isinstance(value, dict):
        return {key: comparable(item) for key, item in value.items()}
    return value


class Open311Test(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        status, _, text = fetch("/services.json")
        assert status == 200, text
        cls.services = json.loads(text)
        cls.code = cls.services[0]["service_code"]
        form = {
            "api_key": KEY, "service_code": cls.code, "lat": "47.2357", "long": "39.7015",
            "address_string": "ул. Большая Садовая, 1", "email": "citizen@example.ru", "device_id": "tt222111",
            "account_id": "123456", "first_name": "Анна", "last_name": "Смирнова", "phone": "+79001234567",
            "description": "Не горят фонари во дворе", "media_url": "https://example.ru/media/1.jpg",
        }
        status, _, text = fetch("/requests.json", urllib.parse.urlencode(form).encode())
        assert status == 200, text
        cls.request_id = json.loads(text)[0]["service_request_id"]

    def assertValid(self, name, document):
        errors = sorted(validator(name).iter_errors(document), key=lambda error: list(error.path))
        self.assertEqual([], [f"{list(error.path)}: {error.message}" for error in errors])

    def assertSameInXML(self, path):
        _, _, json_text = fetch(path + ".json")
        status, content_type, xml_text = fetch(path + ".xml")
        self.assertEqual(200, status)
        self.assertEqual("text/xml; charset=utf-8", content_type)
        self.assertTrue(xml_text.startswith('<?xml version="1.0" encoding="utf-8"?>'))
        self.assertEqual(comparable(json.loads(json_text)), spark(ElementTree.fromstring(xml_text)))

    def test_services_validate(self):
        self.assertGreater(len(self.services), 10)
        self.assertValid("services.json", self.services)
        self.assertSameInXML("/services")

    def test_service_definition_validates(self):
        status, _, text = fetch(f"/services/{self.code}.json")
        self.assertEqual(200, status)
        self.assertValid("service-definition.json", json.loads(text))
        self.assertSameInXML(f"/services/{self.code}")

    def test_requests_validate(self):
        status, _, text = fetch("/requests.json")
        self.assertEqual(200, status)
        requests = json.loads(text)
        self.assertIn(self.request_id, [request["service_request_id"] for request in requests])
        self.assertValid("requests.json", requests)
        self.assertSameInXML("/requests")

    def test_one_request_validates(self):
        status, _, text = fetch(f"/requests/{self.request_id}.json")
        self.assertEqual(200, status)
        requests = json.loads(text)
        self.assertValid("requests.json", requests)
        self.assertEqual("open", requests[0]["status"])
        self.assertEqual(self.code, requests[0]["service_code"])
        self.assertAlmostEqual(47.2357, requests[0]["lat"])
        self.assertSameInXML(f"/requests/{self.request_id}")

    def test_the_schemas_are_strict(self):
        # The validator refuses what the spec's own example gets wrong: a code as a number.
        self.assertFalse(validator("services.json").is_valid([{"service_code": 1, "service_name": "x", "metadata": True, "type": "realtime"}]))

    def test_a_bad_key_is_the_specs_403(self):
        status, content_type, text = fetch("/requests.json", urllib.parse.urlencode({"api_key": "wrong", "service_code": self.code}).encode())
        self.assertEqual(403, status)
        self.assertEqual("application/json; charset=utf-8", content_type)
        self.assertEqual(403, json.loads(text)[0]["code"])


if __name__ == "__main__":
    unittest.main(verbosity=2)
