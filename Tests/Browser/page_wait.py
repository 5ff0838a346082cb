"""What the browser tests share: waiting for the page a click leads to."""
from selenium.common.exceptions import WebDriverException
from selenium.webdriver.support.ui import WebDriverWait


def wait_for_next_page(driver, page, seconds=30):
    """Waits until `page` (the old document's root) is gone and the new document has loaded; raises
    selenium's TimeoutException when it does not happen in time."""

    def replaced(driver):
        try:
            page.is_enabled()
            return False
        except WebDriverException:
            # Stale, or Chrome's "node does not belong to the document" while it swaps documents.
            return driver.execute_script("return document.readyState") == "complete"

    WebDriverWait(driver, seconds, ignored_exceptions=(WebDriverException,)).until(replaced)
