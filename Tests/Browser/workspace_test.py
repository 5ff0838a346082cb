"""The operator's workspace driven through a real headless Chromium against a real `otklik serve`.

Run by scripts/browser.sh, which starts the server with the demo region and passes its address in
OTKLIK_BROWSER_URL; screenshots go to OTKLIK_SCREENSHOTS (artifacts/screenshots by default).
"""
import base64
import os
import re
import unittest

from selenium import webdriver
from selenium.common.exceptions import TimeoutException
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select

from page_wait import wait_for_next_page

BASE = os.environ["OTKLIK_BROWSER_URL"]
SHOTS = os.environ.get("OTKLIK_SCREENSHOTS", "artifacts/screenshots")


def demo_password(login):
    return "otklik-" + login


class Workspace(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        options = webdriver.ChromeOptions()
        options.binary_location = "/usr/bin/chromium"
        for flag in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1280,900", "--lang=ru-RU"):
            options.add_argument(flag)
        cls.driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
        cls.driver.implicitly_wait(2)
        os.makedirs(SHOTS, exist_ok=True)

    @classmethod
    def tearDownClass(cls):
        cls.driver.quit()

    # Helpers ---------------------------------------------------------------------------------------

    def submit(self, button):
        """Clicks a submit button and waits until the next page has replaced this one."""
        page = self.driver.find_element(By.TAG_NAME, "html")
        button.click()
        self.wait_for_next_page(page)

    def wait_for_next_page(self, page):
        """Waits until `page` (the old document's root) is gone and the new document has loaded."""
        try:
            wait_for_next_page(self.driver, page)
        except TimeoutException:
            self.driver.save_screenshot(os.path.join(SHOTS, f"stuck-{self.id().rsplit('.', 1)[1]}.png"))
            self.fail(f"the page did not change after a click in 30 s: {self.driver.current_url}\n{self.page_text()[:500]}")

    def open(self, path):
        self.driver.get(BASE + path)

    def login(self, login):
        self.driver.delete_all_cookies()
        self.open("/login")
        self.driver.find_element(By.NAME, "login").send_keys(login)
        self.driver.find_element(By.NAME, "password").send_keys(demo_password(login))
        self.submit(self.driver.find_element(By.CSS_SELECTOR, "form[action='/login'] button"))
        self.assertNotIn("/login", self.driver.current_url, self.page_text())

    def page_text(self):
        return self.driver.find_element(By.TAG_NAME, "body").text

    def status(self):
        return self.driver.find_element(By.CSS_SELECTOR, ".card-head .status").text

    def action_titles(self):
        return [s.text for s in self.driver.find_elements(By.CSS_SELECTOR, "details.action > summary")]

    def act(self, action, **fields):
        """Opens the action's form on the card, fills it like a user and submits it."""
        details = self.driver.find_element(By.CSS_SELECTOR, f"details.action[data-action='{action}']")
        if details.get_attribute("open") is None:
            details.find_element(By.TAG_NAME, "summary").click()
        for name, value in fields.items():
            element = details.find_element(By.NAME, name)
            if element.tag_name == "select":
                Select(element).select_by_value(value)
            else:
                element.clear()
                element.send_keys(value)
        self.submit(details.find_element(By.CSS_SELECTOR, "button[type=submit]"))

    def shot(self, name, width):
        self.driver.set_window_size(width, 900)
        height = self.driver.execute_script("return document.documentElement.scrollHeight")
        self.driver.set_window_size(width, min(max(height, 700), 4000))
        self.driver.save_screenshot(os.path.join(SHOTS, f"{name}-{width}.png"))
        self.driver.set_window_size(1280, 900)

    def first_appeal_in(self, query):
        self.open("/?" + query)
        link = self.driver.find_element(By.CSS_SELECTOR, "table.inbox td.number a")
        return link.get_attribute("href").rsplit("/", 1)[1]

    # The rules ------------------------------------------------------------------------------------

    def test_a_page_without_a_session_leads_to_the_login_and_back(self):
        self.driver.delete_all_cookies()
        self.open("/?status=new")
        self.assertIn("/login", self.driver.current_url)
        self.driver.find_element(By.NAME, "login").send_keys("operator")
        self.driver.find_element(By.NAME, "password").send_keys("не тот пароль")
        self.submit(self.driver.find_element(By.CSS_SELECTOR, "form[action='/login'] button"))
        self.assertIn("Неверный логин или пароль", self.page_text())
        self.assertEqual(self.driver.find_element(By.NAME, "login").get_attribute("value"), "operator")
        self.driver.find_element(By.NAME, "password").send_keys(demo_password("operator"))
        self.submit(self.driver.find_element(By.CSS_SELECTOR, "form[action='/login'] button"))
        self.assertTrue(self.driver.current_url.endswith("/?status=new"), self.driver.current_url)

    def test_filtering_the_inbox_shows_only_matching_rows(self):
        self.login("operator")
        counters = {c.find_element(By.CLASS_NAME, "label").text: c for c in self.driver.find_elements(By.CSS_SELECTOR, ".counter")}
        for title in ("Новые", "В работе", "Просрочены", "На доработке", "Отложены"):
            self.assertIn(title, counters)
        overdue = int(counters["Просрочены"].find_element(By.CLASS_NAME, "count").text)
        self.assertGreater(overdue, 0, "the demo region has overdue items")
        self.shot("inbox", 1280)
        self.shot("inbox", 390)
        Select(self.driver.find_element(By.NAME, "status")).select_by_value("postponed")
        self.submit(self.driver.find_element(By.CSS_SELECTOR, "form.filters button"))
        statuses = {td.text for td in self.driver.find_elements(By.CSS_SELECTOR, "table.inbox td .status")}
        self.assertEqual(statuses, {"Отложено"})
        self.submit(self.driver.find_element(By.CSS_SELECTOR, ".counter.alert"))
        rows = self.driver.find_elements(By.CSS_SELECTOR, "table.inbox tbody tr")
        self.assertTrue(rows)
        self.assertTrue(all("overdue" in row.get_attribute("class") for row in rows))

    def test_an_appeal_goes_from_new_to_closed_through_the_pages(self):
        self.login("operator")
        appeal = self.first_appeal_in("status=new")
        self.open("/appeals/" + appeal)
        self.assertEqual(self.status(), "Новое")
        self.assertIn("Направить в орган", self.action_titles())
        self.assertNotIn("Ответить", self.action_titles(), "an operator does not answer for a body")
        body = Select(self.driver.find_element(By.CSS_SELECTOR, "details[data-action='assign'] select[name=bodyId]")).options[1].get_attribute("value")
        self.act("assign", bodyId=body)
        self.assertEqual(self.status(), "Направлено в орган")
        self.assertIn("Выполнено: «Направить в орган»", self.page_text())
        self.shot("card", 1280)
        self.shot("card", 390)

        self.login("exec-" + body)
        self.open("/appeals/" + appeal)
        self.assertEqual(self.action_titles()[0], "Принять в работу")
        self.act("accept")
        self.assertEqual(self.status(), "В работе")
        self.act("answer", text="")
        self.assertIn("Введите текст ответа", self.page_text(), "a required field is named next to it")
        self.assertEqual(self.status(), "В работе", "a refused action changes nothing")
        self.act("answer", text="Яма заделана 20 ноября, работы приняты комиссией.")
        self.assertEqual(self.status(), "Дан ответ")
        self.assertNotIn("Утвердить ответ", self.action_titles(), "an executor cannot approve its own answer")

        self.login("operator")
        self.open("/appeals/" + appeal)
        self.assertIn("Яма заделана 20 ноября", self.page_text())
        self.act("approve")
        self.assertEqual(self.status(), "Закрыто")
        history = self.driver.find_element(By.CSS_SELECTOR, ".timeline").text
        for step in ("Поступило", "Направить в орган", "Принять в работу", "Ответить", "Утвердить ответ"):
            self.assertIn(step, history)

    def test_an_operator_registers_a_phone_message_from_the_header(self):
        self.login("operator")
        self.submit(self.driver.find_element(By.LINK_TEXT, "Зарегистрировать"))
        Select(self.driver.find_element(By.NAME, "channel")).select_by_value("phone")
        self.driver.find_element(By.NAME, "author.name").send_keys("Кузнецова Мария Ивановна")
        self.driver.find_element(By.NAME, "author.phone").send_keys("8 (863) 200-00-00")
        self.submit(self.driver.find_element(By.CSS_SELECTOR, "form.register button[type=submit]"))
        self.assertIn("Текст обращения не может быть пустым", self.page_text())
        self.assertEqual(self.driver.find_element(By.NAME, "author.name").get_attribute("value"), "Кузнецова Мария Ивановна")
        self.driver.find_element(By.NAME, "text").send_keys("Телефонограмма: на ул. Садовой, 12 третий день нет горячей воды.")
        self.driver.find_element(By.NAME, "address").send_keys("ул. Садовая, 12")
        self.shot("register", 1280)
        self.submit(self.driver.find_element(By.CSS_SELECTOR, "form.register button[type=submit]"))
        self.assertIn("Обращение зарегистрировано", self.page_text())
        self.assertRegex(self.driver.find_element(By.CSS_SELECTOR, ".card-head h1").text, r"^ЦУР-\d{4}-\d{6}$")
        self.assertEqual(self.status(), "Новое")
        self.assertIn("Кузнецова Мария Ивановна", self.page_text())

    def test_an_administrator_adds_a_body_in_the_directories(self):
        self.login("admin")
        self.submit(self.driver.find_element(By.LINK_TEXT, "Справочники"))
        self.submit(self.driver.find_element(By.LINK_TEXT, "Органы"))
        self.driver.find_element(By.NAME, "id").send_keys("60701000-culture")
        self.driver.find_element(By.NAME, "name").send_keys("Управление культуры города Ростова-на-Дону")
        Select(self.driver.find_element(By.NAME, "municipalityId")).select_by_value("60701000")
        self.driver.find_element(By.CSS_SELECTOR, "input[name=blockIds][value=education]").click()
        self.submit(self.driver.find_element(By.CSS_SELECTOR, "form[action='/admin/bodies'] button[type=submit]"))
        self.assertIn("Сохранено: Управление культуры города Ростова-на-Дону", self.page_text())
        row = [r.text for r in self.driver.find_elements(By.CSS_SELECTOR, "table.list tr") if "60701000-culture" in r.text]
        self.assertEqual(len(row), 1)
        self.assertIn("Образование", row[0])
        self.shot("directory", 1280)

    def test_an_administrator_loads_the_populated_places_from_the_oktmo_lists(self):
        lists = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "shared", "data", "oktmo")
        self.login("admin")
        self.open("/admin/municipalities")
        self.driver.find_element(By.NAME, "formations").send_keys(os.path.realpath(os.path.join(lists, "tom3_oktmo_1.csv")))
        self.driver.find_element(By.NAME, "settlements").send_keys(os.path.realpath(os.path.join(lists, "tom3_oktmo_2.csv")))
        self.submit(self.driver.find_element(By.CSS_SELECTOR, "form[action='/admin/municipalities/places'] button[type=submit]"))
        self.assertIn("Загружено населённых пунктов", self.page_text())
        rows = [r for r in self.driver.find_elements(By.CSS_SELECTOR, "table.list tbody tr") if "60657000" in r.text]
        self.assertEqual(len(rows), 1)
        self.assertGreater(int(rows[0].find_elements(By.TAG_NAME, "td")[4].text), 10)
        self.shot("directory-places", 1280)
        self.submit(rows[0].find_element(By.LINK_TEXT, "изменить"))
        places = self.driver.find_element(By.NAME, "places").get_attribute("value").splitlines()
        self.assertIn("ст-ца Калининская", places)
        self.assertIn("г Цимлянск", places)

    def test_a_stale_form_cannot_make_a_wrong_transition(self):
        self.login("operator")
        appeal = self.first_appeal_in("status=new")
        self.open("/appeals/" + appeal)
        self.act("register")
        self.assertEqual(self.status(), "Зарегистрировано")
        self.assertNotIn("Зарегистрировать", self.action_titles())
        # A form left open in another tab before registration, sent now: the page refuses it.
        page = self.driver.find_element(By.TAG_NAME, "html")
        self.driver.execute_script(
            "const f = document.querySelector(\"details[data-action='assign'] form\");"
            "f.action = f.action.replace('/assign', '/register'); f.submit();"
        )
        self.wait_for_next_page(page)
        self.assertIn("нельзя выполнить в статусе", self.page_text())
        self.assertEqual(self.status(), "Зарегистрировано")

    def test_an_executor_cannot_open_another_bodys_appeal_by_its_address(self):
        self.login("operator")
        bodies = [o.get_attribute("value") for o in Select(self.driver.find_element(By.NAME, "body")).options if o.get_attribute("value")]
        mine, other = None, None
        for body in bodies:
            self.open("/?body=" + body)
            if self.driver.find_elements(By.CSS_SELECTOR, "table.inbox td.number a"):
                if mine is None:
                    mine = body
                else:
                    other = body
                    break
        self.assertIsNotNone(other)
        foreign = self.first_appeal_in("body=" + other)
        own = self.first_appeal_in("body=" + mine)
        self.login("exec-" + mine)
        self.open("/appeals/" + own)
        self.assertRegex(self.status(), r"\S")
        self.open("/appeals/" + foreign)
        self.assertIn("Не найдено", self.page_text())
        self.assertNotIn(foreign, self.driver.page_source.replace("/appeals/" + foreign, ""))
        self.open("/?body=" + other)
        self.assertEqual(self.driver.find_elements(By.CSS_SELECTOR, "table.inbox td.number a"), [])


    def test_a_heat_map_cell_opens_exactly_its_items(self):
        self.login("head")
        self.open("/heatmap")
        self.assertIn("Тепловая карта проблем", self.page_text())
        self.shot("heatmap", 1280)
        cells = self.driver.find_elements(By.CSS_SELECTOR, "table.heatmap td a")
        self.assertTrue(cells, "the demo region has items on the map")
        counts = [int(re.search(r"обращений (\d+)", c.find_element(By.XPATH, "..").get_attribute("title")).group(1)) for c in cells]
        cell = cells[counts.index(max(counts))]
        municipality = cell.find_element(By.XPATH, "../../th").text
        self.submit(cell)
        rows = self.driver.find_elements(By.CSS_SELECTOR, "table.inbox tbody tr")
        self.assertEqual(len(rows), max(counts), self.driver.current_url)
        self.assertEqual({row.find_elements(By.TAG_NAME, "td")[3].text for row in rows}, {municipality})

    def test_the_map_draws_a_towns_items_as_dots_over_a_plain_grid(self):
        self.login("head")
        self.open("/map?municipality=60737000")
        summary = self.driver.find_element(By.CSS_SELECTOR, "p.muted").text
        total = int(re.search(r"на карте: ([\d\u202f]+)", summary).group(1).replace("\u202f", ""))
        self.assertGreater(total, 0, summary)
        self.assertEqual(len(self.driver.find_elements(By.CSS_SELECTOR, "svg.point-map .dots circle")), total)
        self.assertEqual([t.text for t in self.driver.find_elements(By.CSS_SELECTOR, "svg.point-map .places text")], ["город Таганрог"])
        self.shot("map", 1280)

    def test_the_dashboard_shows_the_demo_outage_as_a_spike_and_the_wall_fits_one_screen(self):
        self.login("head")
        self.open("/dashboard")
        self.assertEqual(len(self.driver.find_elements(By.CSS_SELECTOR, ".headline")), 5)
        hover = [t.get_attribute("textContent") for t in self.driver.find_elements(By.CSS_SELECTOR, "svg.line-chart circle > title")]
        self.assertTrue(hover and all(re.search(r": \d", t) for t in hover), hover[:3])
        spikes = [a.text for a in self.driver.find_elements(By.CSS_SELECTOR, "table.spikes a")]
        self.assertIn("город Таганрог · Водоснабжение и водоотведение", spikes)
        self.shot("dashboard", 1280)
        self.shot("dashboard", 390)
        self.submit(self.driver.find_element(By.LINK_TEXT, "город Таганрог · Водоснабжение и водоотведение"))
        rows = self.driver.find_elements(By.CSS_SELECTOR, "table.inbox tbody tr")
        self.assertTrue(rows)
        self.assertEqual({row.find_elements(By.TAG_NAME, "td")[3].text for row in rows}, {"город Таганрог"})
        # The window's frame takes part of its height even headless: size it so the page gets 1920 × 1080.
        frame = self.driver.execute_script("return window.outerHeight - window.innerHeight")
        self.driver.set_window_size(1920, 1080 + frame)
        self.open("/wall")
        self.assertIn("Ситуационный центр региона", self.page_text())
        self.assertEqual(self.driver.find_element(By.CSS_SELECTOR, "meta[http-equiv=refresh]").get_attribute("content"), "60")
        clipped = self.driver.execute_script(
            "return [...document.querySelectorAll('.wall-panel, .headline')].filter(p => "
            "p.getBoundingClientRect().bottom > window.innerHeight || p.scrollHeight > p.clientHeight + 2)"
            ".map(p => p.querySelector('h2, .label').textContent)")
        self.assertEqual(clipped, [], "every panel of the wall fits the screen whole")
        self.driver.save_screenshot(os.path.join(SHOTS, "wall-1920.png"))
        self.driver.set_window_size(1280, 900)


    def test_the_weekly_note_renders_and_prints_to_pdf(self):
        self.login("head")
        self.open("/reports/weekly")
        self.assertIn("Аналитическая записка за неделю", self.page_text())
        self.assertEqual(len(self.driver.find_elements(By.CSS_SELECTOR, ".note .headline")), 5)
        self.shot("weekly", 1280)
        pdf = base64.b64decode(self.driver.print_page())
        self.assertTrue(pdf.startswith(b"%PDF"), pdf[:10])
        with open(os.path.join(SHOTS, "weekly.pdf"), "wb") as file:
            file.write(pdf)

    def test_the_centre_grades_an_answer_and_plans_the_indicators_the_page_colours(self):
        self.login("admin")
        appeal = self.first_appeal_in("status=closed")
        self.open("/appeals/" + appeal)
        self.act("review", grade="formal", reason="Не указаны сроки ремонта")
        self.assertIn("Оценка ЦУР: Формальный ответ («отписка»). Не указаны сроки ремонта", self.page_text())
        self.open("/indicators")
        self.submit(self.driver.find_element(By.LINK_TEXT, "Задать план"))
        # Any share reaches a plan of 0 %; not every answer is rated, so 100 % rated is a plan missed.
        for name, value in {"K1": "0", "K9.1": "100"}.items():
            field = self.driver.find_element(By.NAME, name)
            field.clear()
            field.send_keys(value)
        self.submit(self.driver.find_element(By.CSS_SELECTOR, "form.plan button[type=submit]"))
        self.assertIn("План сохранён", self.page_text())
        rows = {row.find_elements(By.TAG_NAME, "td")[0].text: row for row in self.driver.find_elements(By.CSS_SELECTOR, "table.indicators:not(.comparison) tbody tr")}
        self.assertEqual(rows["K9.1"].find_elements(By.TAG_NAME, "td")[2].text, "100,0")
        self.assertIn("met", rows["K1"].find_elements(By.CSS_SELECTOR, "td.kpi")[-1].get_attribute("class").split())
        self.assertIn("missed", rows["K9.1"].find_elements(By.CSS_SELECTOR, "td.kpi")[-1].get_attribute("class").split())
        self.assertTrue(self.driver.find_elements(By.CSS_SELECTOR, "table.comparison tbody tr"))
        self.shot("indicators", 1280)


if __name__ == "__main__":
    unittest.main(verbosity=2)
