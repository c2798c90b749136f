package ru.masterskaya;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.LoadState;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What a browser test works with: pages in their own cookie jars (two users can be signed in at
 * once), the application's address, signing in through the real form, and screenshots under
 * {@code target/screenshots}. Console errors, such as blocked inline styles, are collected.
 */
public final class BrowserSession implements AutoCloseable {

    public static final int PHONE_WIDTH = 360;
    public static final int PHONE_HEIGHT = 740;

    private final Browser browser;
    private final String baseUrl;
    private final List<BrowserContext> contexts = new ArrayList<>();
    private final List<String> consoleErrors = new ArrayList<>();

    BrowserSession(Browser browser, String baseUrl) {
        this.browser = browser;
        this.baseUrl = baseUrl;
    }

    /** The application's root address, such as {@code http://localhost:41234}. */
    public String baseUrl() {
        return baseUrl;
    }

    public String url(String path) {
        return baseUrl + path;
    }

    /** A page of a desktop browser window with no one signed in. */
    public Page newPage() {
        return newPage(new Browser.NewContextOptions().setViewportSize(1280, 900));
    }

    /** A page on a phone screen of 360 × 740 CSS pixels. */
    public Page newPhonePage() {
        return newPage(new Browser.NewContextOptions()
                .setViewportSize(PHONE_WIDTH, PHONE_HEIGHT)
                .setDeviceScaleFactor(2)
                .setIsMobile(true)
                .setHasTouch(true));
    }

    /** A desktop page signed in as the given user through the login form. */
    public Page logInAs(String email, String password) {
        return logInAs(newPage(), email, password);
    }

    /** Signs in through the real login form on the given page and waits for the start page to have loaded. */
    public Page logInAs(Page page, String email, String password) {
        page.navigate(url("/login"));
        page.locator("#username").fill(email);
        page.locator("#password").fill(password);
        page.locator("main form button[type=submit]").click();
        assertThat(page).not().hasURL(Pattern.compile(".*/login.*"));
        // the start page's scripts (the menus' dropdowns) must have run before a test opens a menu
        page.waitForLoadState(LoadState.LOAD);
        return page;
    }

    /** Saves a full-page screenshot as {@code target/screenshots/<name>.png} and returns its path. */
    public Path screenshot(Page page, String name) {
        Path file = Path.of("target", "screenshots", name + ".png");
        page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true));
        return file;
    }

    /** Errors the pages logged to the browser console so far, such as Content-Security-Policy refusals. */
    public List<String> consoleErrors() {
        return List.copyOf(consoleErrors);
    }

    private Page newPage(Browser.NewContextOptions options) {
        BrowserContext context = browser.newContext(options.setLocale("ru-RU"));
        contexts.add(context);
        Page page = context.newPage();
        page.onConsoleMessage(message -> {
            if ("error".equals(message.type())) {
                consoleErrors.add(message.text() + " at " + message.location());
            }
        });
        return page;
    }

    @Override
    public void close() {
        contexts.forEach(BrowserContext::close);
    }
}
