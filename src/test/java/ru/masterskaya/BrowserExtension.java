package ru.masterskaya;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Gives each test method a fresh {@link BrowserSession} against the application Spring started,
 * closed after the test. One Chromium serves the whole test run; Playwright never downloads a
 * browser of its own (the build sets PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD), it drives Debian's.
 */
public final class BrowserExtension implements ParameterResolver {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    /** Chromium misbehaves on a machine without internet unless its background services are off. */
    static final List<String> CHROMIUM_ARGUMENTS = List.of(
            "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
            "--disable-component-update", "--disable-sync");

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(BrowserExtension.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == BrowserSession.class;
    }

    @Override
    public BrowserSession resolveParameter(ParameterContext parameter, ExtensionContext context) {
        Browser browser = context.getRoot().getStore(NAMESPACE)
                .computeIfAbsent(SharedChromium.class, key -> SharedChromium.launch(), SharedChromium.class)
                .browser();
        String port = SpringExtension.getApplicationContext(context).getEnvironment().getRequiredProperty("local.server.port");
        BrowserSession session = new BrowserSession(browser, "http://localhost:" + port);
        context.getStore(NAMESPACE).put(BrowserSession.class, session);
        return session;
    }

    /** Playwright and the Chromium it drives, closed by JUnit when the test run ends. */
    record SharedChromium(Playwright playwright, Browser browser) implements AutoCloseable {

        static SharedChromium launch() {
            if (!Files.isExecutable(CHROMIUM)) {
                throw new IllegalStateException("Browser tests need Debian's Chromium at " + CHROMIUM
                        + ": install it with 'apt-get install chromium' (.ci/run does so)");
            }
            Playwright playwright = Playwright.create();
            Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                    .setExecutablePath(CHROMIUM)
                    .setHeadless(true)
                    .setArgs(CHROMIUM_ARGUMENTS));
            return new SharedChromium(playwright, browser);
        }

        @Override
        public void close() {
            browser.close();
            playwright.close();
        }
    }
}
