"""The residents' side driven through a real headless Chromium at a phone's width (390 px) against a real
`otklik serve` with the demo region.

Run by scripts/browser.sh after the workspace tests, with the same server in OTKLIK_BROWSER_URL; the centre's
and the body's steps between the resident's go through the JSON API with the demo logins, as a busy centre
would take them. Screenshots at 390 px go to OTKLIK_SCREENSHOTS (artifacts/screenshots by default).
"""
import email
import json
import math
import os
import re
import time
import struct
import tempfile
import unittest
import urllib.parse
import urllib.request
import zlib

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select, WebDriverWait

from page_wait import wait_for_next_page

BASE = os.environ["OTKLIK_BROWSER_URL"]
# The stand-in mail server's control address (Tests/Channels/channel_standin.py smtp): the login codes arrive there.
MAIL = os.environ["OTKLIK_BROWSER_MAIL"]
SHOTS = os.environ.get("OTKLIK_SCREENSHOTS", "artifacts/screenshots")
PHONE = (390, 844)
# A point in the demo region's town of Цимлянск, as the phone reports it.
POINT = (47.6478, 42.0953)


def png(width, height):
    """A small real PNG: a photo of the problem, as far as the server's checks can tell."""
    rows = b"".join(b"\x00" + bytes([200, 90, 40]) * width for _ in range(height))

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b"")


def mercator(lat, lon, zoom):
    """A point's pixel on the Web Mercator world at `zoom` (256 px tiles), as the form's map draws it."""
    n = 256 * 2 ** zoom
    s = math.sin(math.radians(lat))
    return (lon + 180) / 360 * n, (0.5 - math.log((1 + s) / (1 - s)) / (4 * math.pi)) * n


def inverse_mercator(x, y, zoom):
    n = 256 * 2 ** zoom
    return math.degrees(math.atan(math.sinh(math.pi - 2 * math.pi * y / n))), x / n * 360 - 180

def api(method, path, token=None, body=None):
    request = urllib.request.Request(BASE + path, method=method, data=None if body is None else json.dumps(body).encode())
    request.add_header("Content-Type", "application/json")
    if token:
        request.add_header("Authorization", "Bearer " + token)
    with urllib.request.urlopen(request, timeout=30) as response:
        return json.loads(response.read() or b"null")


def token(login):
    return api("POST", "/api/v1/auth/token", body={"login": login, "password": "otklik-" + login})["token"]


def latest_code(address, after=0):
    """The login code of the newest letter to `address` beyond the first `after` of them, as the resident reads it."""
    for _ in range(150):
        with urllib.request.urlopen(MAIL + "/_recorded", timeout=10) as response:
            letters = [c["body"] for c in json.loads(response.read()) if c["method"] == "letter" and address in c["body"]["to"]]
        if len(letters) > after:
            message = email.message_from_string(letters[-1]["data"])
            text = message.get_payload(decode=True).decode(message.get_content_charset() or "utf-8")
            return re.search(r"\b(\d{6})\b", text).group(1)
        time.sleep(0.2)
    raise AssertionError(f"no letter with a code reached {address}")


class ResidentSide(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        options = webdriver.ChromeOptions()
        options.binary_location = "/usr/bin/chromium"
        for flag in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", f"--window-size={PHONE[0]},{PHONE[1]}", "--lang=ru-RU"):
            options.add_argument(flag)
        cls.driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
        cls.driver.implicitly_wait(2)
        # A headless window is at least 500 px wide: the phone's viewport is emulated instead.
        cls.emulate(PHONE[1])
        os.makedirs(SHOTS, exist_ok=True)
        cls.photo = os.path.join(tempfile.mkdtemp(), "яма.png")
        with open(cls.photo, "wb") as file:
            file.write(png(64, 48))

    @classmethod
    def emulate(cls, height):
        cls.driver.execute_cdp_cmd(
            "Emulation.setDeviceMetricsOverride", {"width": PHONE[0], "height": height, "deviceScaleFactor": 1, "mobile": True}
        )

    @classmethod
    def tearDownClass(cls):
        cls.driver.quit()

    def page_text(self):
        return self.driver.find_element(By.TAG_NAME, "body").text

    def submit(self, button):
        """Clicks a submit button and waits until the next page has replaced this one."""
        page = self.driver.find_element(By.TAG_NAME, "html")
        button.click()
        wait_for_next_page(self.driver, page)

    def shot(self, name):
        height = self.driver.execute_script("return document.documentElement.scrollHeight")
        self.emulate(min(max(height, PHONE[1]), 4000))
        self.driver.save_screenshot(os.path.join(SHOTS, f"{name}-390.png"))
        self.emulate(PHONE[1])

    def fits_the_phone(self):
        """Nothing sticks out sideways: the page is no wider than the phone's screen."""
        self.assertEqual(self.driver.execute_script("return window.innerWidth"), PHONE[0])
        width = self.driver.execute_script("return document.documentElement.scrollWidth")
        self.assertLessEqual(width, PHONE[0], "the page scrolls sideways at 390 px")

    def answer_as_the_centre(self, number, text):
        """Registers, routes, answers and approves the item as the demo centre and body would."""
        operator = token("operator")
        items = api("GET", "/api/v1/appeals?channel=web_form&limit=50", operator)["items"]
        item = next(i for i in items if i["number"] == number)
        body = api("GET", "/api/v1/bodies", operator)[0]["id"]
        executor = token("exec-" + body)
        for action, fields, who in (
            ("register", {}, operator),
            ("assign", {"bodyId": body}, operator),
            ("accept", {}, executor),
            ("answer", {"text": text}, executor),
            ("approve", {}, operator),
        ):
            api("POST", f"/api/v1/appeals/{item['id']}/actions/{action}", who, fields)

    def test_a_resident_submits_with_a_photo_and_a_point_follows_it_and_rates_not_solved(self):
        driver = self.driver
        driver.execute_cdp_cmd("Browser.grantPermissions", {"origin": BASE, "permissions": ["geolocation"]})
        driver.execute_cdp_cmd("Emulation.setGeolocationOverride", {"latitude": POINT[0], "longitude": POINT[1], "accuracy": 10})
        driver.get(BASE + "/public")
        self.assertIn("Сообщить о проблеме", self.page_text())
        self.fits_the_phone()
        self.shot("public-form")

        driver.find_element(By.NAME, "text").send_keys("Во дворе дома 12 по ул. Ленина глубокая яма, машины бьют колёса.")
        driver.find_element(By.NAME, "address").send_keys("г. Цимлянск, ул. Ленина, 12")
        driver.find_element(By.ID, "locate").click()
        WebDriverWait(driver, 15).until(lambda d: d.find_element(By.ID, "lat").get_attribute("value") != "")
        self.assertAlmostEqual(float(driver.find_element(By.ID, "lat").get_attribute("value")), POINT[0], places=4)
        self.assertAlmostEqual(float(driver.find_element(By.ID, "lon").get_attribute("value")), POINT[1], places=4)
        driver.find_element(By.NAME, "photo").send_keys(self.photo)
        driver.find_element(By.NAME, "email").send_keys("resident@example.ru")
        driver.find_element(By.NAME, "consent").click()
        self.submit(driver.find_element(By.CSS_SELECTOR, "form.public-form button[type=submit]"))

        text = self.page_text()
        self.assertIn("Принято.", text)
        self.assertIn("Принято", driver.find_element(By.CSS_SELECTOR, ".status").text)
        self.fits_the_phone()
        self.shot("public-accepted")
        link = driver.find_element(By.CSS_SELECTOR, ".link-box a").get_attribute("href")
        number = urllib.parse.unquote(urllib.parse.urlparse(link).path.rsplit("/", 1)[1])
        self.assertTrue(number.startswith("ЦУР-"), number)

        # The centre sees the point and the photo the resident sent.
        operator = token("operator")
        item = next(i for i in api("GET", "/api/v1/appeals?channel=web_form&limit=50", operator)["items"] if i["number"] == number)
        self.assertAlmostEqual(item["point"]["lat"], POINT[0], places=4)
        files = api("GET", f"/api/v1/appeals/{item['id']}/attachments", operator)["items"]
        self.assertEqual([f["contentType"] for f in files], ["image/png"])

        self.answer_as_the_centre(number, "Яму во дворе дома 12 засыпали щебнем 27 ноября.")
        driver.get(link)
        self.assertIn("Дан ответ", driver.find_element(By.CSS_SELECTOR, ".status").text)
        self.assertIn("засыпали щебнем", self.page_text())
        self.shot("public-answered")
        driver.find_element(By.NAME, "comment").send_keys("Щебень размыло дождём, яма снова на месте.")
        self.submit(driver.find_element(By.CSS_SELECTOR, "button[name=satisfied][value=no]"))

        text = self.page_text()
        self.assertIn("Спасибо, ваша оценка учтена.", text)
        self.assertIn("Рассмотрение возобновлено", driver.find_element(By.CSS_SELECTOR, ".status").text)
        self.assertIn("Вы отметили: проблема не решена.", text)
        self.assertEqual(driver.find_elements(By.CSS_SELECTOR, "button[name=satisfied]"), [])
        self.fits_the_phone()
        self.shot("public-reopened")
        item = api("GET", f"/api/v1/appeals/{item['id']}", operator)
        self.assertEqual(item["status"], "reopened")
        self.assertEqual(item["feedback"]["satisfied"], False)

    def sign_in(self, address, letters_before):
        """Signs in on the page the browser is on, by the code from the letter, as a resident would."""
        driver = self.driver
        driver.find_element(By.NAME, "email").send_keys(address)
        self.submit(driver.find_element(By.CSS_SELECTOR, "form[action='/public/login'] button"))
        self.assertIn(f"Код отправлен на {address}", self.page_text())
        driver.find_element(By.NAME, "code").send_keys(latest_code(address, letters_before))
        self.submit(driver.find_element(By.CSS_SELECTOR, "form[action='/public/login/code'] button"))

    def test_a_resident_votes_once_and_a_second_ballot_from_the_same_address_is_refused(self):
        driver = self.driver
        driver.delete_all_cookies()
        now = time.time()
        iso = lambda t: time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(t))
        poll = api("POST", "/api/v1/polls", token("admin"), {
            "title": "Какой сквер благоустроить в 2027 году", "opensAt": iso(now - 3600), "closesAt": iso(now + 86400),
            "questions": [
                {"id": "square", "text": "Какой сквер первым?", "kind": "single", "options": ["Сквер у школы", "Сквер у рынка"]},
                {"id": "order", "text": "Что важнее?", "kind": "ranking", "options": ["Освещение", "Скамейки", "Детская площадка"]},
                {"id": "say", "text": "Ваши предложения", "kind": "text"},
            ],
        })
        driver.get(BASE + "/public/polls")
        self.submit(driver.find_element(By.LINK_TEXT, "Какой сквер благоустроить в 2027 году"))
        self.submit(driver.find_element(By.PARTIAL_LINK_TEXT, "Войти по коду"))
        self.sign_in("voter@example.ru", 0)
        self.assertIn("/public/polls/" + poll["id"], driver.current_url)

        # The same resident has the poll open in a second tab and votes there first.
        first_tab = driver.current_window_handle
        driver.switch_to.new_window("tab")
        driver.get(BASE + "/public/polls/" + poll["id"])
        driver.find_element(By.CSS_SELECTOR, "input[name='q.square'][value='1']").click()
        for option, place in ((0, "2"), (1, "3"), (2, "1")):
            Select(driver.find_element(By.NAME, f"q.order.{option}")).select_by_value(place)
        driver.find_element(By.NAME, "q.say").send_keys("Больше фонарей вдоль дорожек")
        self.shot("public-poll")
        self.submit(driver.find_element(By.CSS_SELECTOR, "form.public-form button[type=submit]"))
        self.assertIn("Спасибо, ваш голос учтён.", self.page_text())
        self.assertIn("Результаты", self.page_text())
        self.assertIn("Больше фонарей вдоль дорожек", self.page_text())
        self.assertEqual(len(driver.find_elements(By.CSS_SELECTOR, ".chart-box svg")), 2)
        self.fits_the_phone()
        self.shot("public-poll-results")

        # The first tab still shows the form: its ballot is the second from this address and is refused.
        driver.close()
        driver.switch_to.window(first_tab)
        driver.find_element(By.CSS_SELECTOR, "input[name='q.square'][value='0']").click()
        for option, place in ((0, "1"), (1, "2"), (2, "3")):
            Select(driver.find_element(By.NAME, f"q.order.{option}")).select_by_value(place)
        self.submit(driver.find_element(By.CSS_SELECTOR, "form.public-form button[type=submit]"))
        self.assertIn("С этого адреса уже голосовали в этом опросе: голосовать можно один раз", self.page_text())
        self.assertEqual(driver.find_elements(By.CSS_SELECTOR, "form.public-form"), [])
        self.fits_the_phone()
        self.shot("public-poll-refused")
        self.assertEqual(api("GET", "/api/v1/public/polls/" + poll["id"])["ballots"], 1)

    def test_a_resident_signs_in_through_the_gosuslugi_provider_and_votes_once_as_the_same_person(self):
        driver = self.driver
        driver.delete_all_cookies()
        now = time.time()
        iso = lambda t: time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(t))
        poll = api("POST", "/api/v1/polls", token("admin"), {
            "title": "Нужен ли новый автобусный маршрут", "opensAt": iso(now - 3600), "closesAt": iso(now + 86400),
            "questions": [{"id": "route", "text": "Нужен ли маршрут до нового микрорайона?", "kind": "single", "options": ["Да", "Нет"]}],
        })
        for attempt in (1, 2):
            driver.delete_all_cookies()
            driver.get(BASE + "/public/polls/" + poll["id"])
            self.submit(driver.find_element(By.PARTIAL_LINK_TEXT, "Войти по коду"))
            # The resident leaves for the provider's own page (the region's ЕСИА gateway; here a real OpenID
            # Connect provider for tests) and comes back signed in.
            self.submit(driver.find_element(By.PARTIAL_LINK_TEXT, "Войти через Госуслуги"))
            self.assertTrue(driver.current_url.startswith(os.environ["OTKLIK_BROWSER_OIDC"]), driver.current_url)
            driver.find_element(By.NAME, "sub").send_keys("Gosuslugi.Voter@example.ru")
            self.submit(driver.find_element(By.CSS_SELECTOR, "form button[type=submit]:not([value=deny])"))
            self.assertTrue(driver.current_url.startswith(BASE + "/public/polls/" + poll["id"]), self.page_text()[:600])
            if attempt == 1:
                driver.find_element(By.CSS_SELECTOR, "input[name='q.route'][value='0']").click()
                self.submit(driver.find_element(By.CSS_SELECTOR, "form.public-form button[type=submit]"))
                self.assertIn("Спасибо, ваш голос учтён.", self.page_text())
            else:
                # Signed in again as the same person, the resident finds the vote counted and no form to vote twice.
                self.assertIn("Ваш голос учтён. Голосовать можно один раз.", self.page_text())
                self.assertEqual(driver.find_elements(By.CSS_SELECTOR, "form.public-form"), [])
        self.assertEqual(api("GET", "/api/v1/public/polls/" + poll["id"])["ballots"], 1)

    def test_a_resident_puts_the_point_on_the_map_by_a_tap(self):
        """The form's map draws the tile server's tiles; a tap puts that place in the fields; dragging moves the map only."""
        driver = self.driver
        driver.get(BASE + "/public")
        picker = driver.find_element(By.ID, "picker")
        self.assertTrue(picker.is_displayed())
        driver.execute_script("arguments[0].scrollIntoView({block: 'center'})", picker)
        WebDriverWait(driver, 10).until(lambda d: d.execute_script(
            "return Array.from(document.querySelectorAll('#picker .tiles img')).some(i => i.complete && i.naturalWidth === 256)"))
        lat0, lon0 = float(picker.get_attribute("data-lat")), float(picker.get_attribute("data-lon"))
        zoom = int(picker.get_attribute("data-zoom"))
        cx, cy = mercator(lat0, lon0, zoom)
        # Selenium's offsets are from the element's middle, as the map's centre is.
        ActionChains(driver).move_to_element_with_offset(picker, 40, 30).click().perform()
        expected = inverse_mercator(cx + 40, cy + 30, zoom)
        # Two pixels of slack for rounding the box's middle, in degrees at this zoom.
        slack = 2 * 360 / (256 * 2 ** zoom)
        lat, lon = float(driver.find_element(By.ID, "lat").get_attribute("value")), float(driver.find_element(By.ID, "lon").get_attribute("value"))
        self.assertAlmostEqual(lat, expected[0], delta=slack)
        self.assertAlmostEqual(lon, expected[1], delta=slack)
        self.assertEqual(driver.find_element(By.ID, "locate-status").text, "Точка поставлена на карте")
        self.assertTrue(driver.find_element(By.CSS_SELECTOR, "#picker .pin").is_displayed())
        # A drag moves the map and leaves the point where it was put.
        ActionChains(driver).move_to_element_with_offset(picker, -20, 0).click_and_hold().move_by_offset(-60, 10).release().perform()
        self.assertEqual(float(driver.find_element(By.ID, "lat").get_attribute("value")), lat)
        self.assertEqual(float(driver.find_element(By.ID, "lon").get_attribute("value")), lon)
        pin_before = driver.find_element(By.CSS_SELECTOR, "#picker .pin").location
        driver.find_element(By.ID, "zoom-in").click()
        pin_after = driver.find_element(By.CSS_SELECTOR, "#picker .pin").location
        self.assertNotEqual(pin_before, pin_after)
        self.fits_the_phone()
        self.shot("public-map")

    def test_a_form_with_a_missing_consent_comes_back_with_the_text_kept(self):
        driver = self.driver
        driver.get(BASE + "/public")
        driver.find_element(By.CSS_SELECTOR, "input[name=kind][value=appeal]").click()
        driver.find_element(By.NAME, "text").send_keys("Не работает уличное освещение на ул. Мира.")
        # The browser itself would stop a form without the ticked consent; the server must too.
        driver.execute_script("document.querySelector('input[name=consent]').removeAttribute('required')")
        self.submit(driver.find_element(By.CSS_SELECTOR, "form.public-form button[type=submit]"))
        text = self.page_text()
        self.assertIn("Нужно согласие на обработку персональных данных", text)
        self.assertIn("укажите фамилию и имя", text)
        self.assertEqual(driver.find_element(By.NAME, "text").get_attribute("value"), "Не работает уличное освещение на ул. Мира.")
        self.assertTrue(driver.find_element(By.CSS_SELECTOR, "input[name=kind][value=appeal]").is_selected())
        self.fits_the_phone()
        self.shot("public-form-errors")


if __name__ == "__main__":
    unittest.main(verbosity=2)
