"""The review's attacks against the real binary, over real sockets: a multipart body before
sign-in, two dozen 8 MB bodies at once, a rebinding Host header before setup."""
import http.client
import threading
import time
import urllib.parse


def post(url, path, body, headers, timeout=30):
    parts = urllib.parse.urlsplit(url)
    connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=timeout)
    try:
        connection.request("POST", path, body=body, headers=headers)
        response = connection.getresponse()
        response.read()
        return response.status
    except (ConnectionError, http.client.HTTPException, OSError):
        return None  # the server may close the connection without reading the whole body
    finally:
        connection.close()


def get(url, path, headers=None, timeout=10):
    parts = urllib.parse.urlsplit(url)
    connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=timeout)
    try:
        connection.request("GET", path, headers=headers or {})
        response = connection.getresponse()
        response.read()
        return response.status
    finally:
        connection.close()


def rss_kib(pid):
    with open(f"/proc/{pid}/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    return 0


def test_a_multipart_sign_in_body_is_refused_at_once_and_health_stays_up(server):
    part = b'--a\r\nContent-Disposition: form-data; name="f"\r\n\r\nv\r\n'
    body = part * 100_000  # 5.2 MB, no cookie: the review's 89-second request
    results = []
    threads = [threading.Thread(target=lambda: results.append(post(server.url, "/signin", body, {"Content-Type": "multipart/form-data; boundary=a"})))
               for _ in range(2)]
    started = time.monotonic()
    for t in threads:
        t.start()
    assert get(server.url, "/healthz") == 200
    for t in threads:
        t.join(60)
    assert time.monotonic() - started < 30
    assert all(status in (415, None) for status in results), results
    assert get(server.url, "/healthz") == 200


def test_two_dozen_large_anonymous_bodies_do_not_fill_memory(server):
    before = rss_kib(server.process.pid)
    body = b"email=" + b"x" * (8 * 1024 * 1024)
    threads = [threading.Thread(target=post, args=(server.url, "/signin", body, {"Content-Type": "application/x-www-form-urlencoded"}))
               for _ in range(24)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    grown = rss_kib(server.process.pid) - before
    assert grown < 64 * 1024, f"RSS grew by {grown} KiB"
    assert get(server.url, "/healthz") == 200


def test_before_setup_an_unknown_host_cannot_open_setup(server):
    assert get(server.url, "/setup", {"Host": "attacker.example"}) == 421
    assert get(server.url, "/setup", {"Host": "localhost"}) == 200


def test_the_account_menu_fits_a_390_px_phone(demo_server, browser):
    from selenium.webdriver.common.by import By
    from test_booking import sign_in
    # Headless Chromium will not make a window narrower than 500 px; emulate the phone instead.
    browser.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {"width": 390, "height": 844, "deviceScaleFactor": 1, "mobile": True})
    sign_in(browser, demo_server.url, "angelica.santos@meridianshore.example.com")
    browser.find_element(By.CSS_SELECTOR, "details.account summary").click()
    left, right = browser.execute_script("const r = document.querySelector('.account .menu').getBoundingClientRect(); return [r.left, r.right]")
    assert left >= 0 and right <= 390, (left, right)
    assert browser.find_element(By.XPATH, "//button[normalize-space()='Sign out']").is_displayed()
