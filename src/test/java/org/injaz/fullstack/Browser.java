package org.injaz.fullstack;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Browser.NewContextOptions;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * Headless Chromium from the machine (never a downloaded browser), driven by Playwright.
 */
final class Browser implements AutoCloseable {

	static final Path SCREENSHOTS = Paths.get("target", "screenshots");

	private final Playwright playwright;

	private final com.microsoft.playwright.Browser browser;

	private Browser(Playwright playwright, com.microsoft.playwright.Browser browser) {
		this.playwright = playwright;
		this.browser = browser;
	}

	static Browser launch() {
		Path chromium = chromium();
		Playwright playwright = Playwright
			.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
		try {
			return new Browser(playwright,
					playwright.chromium()
						.launch(new BrowserType.LaunchOptions().setExecutablePath(chromium)
							.setHeadless(true)
							.setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
									"--disable-component-update", "--disable-sync", "--no-first-run"))));
		}
		catch (RuntimeException ex) {
			playwright.close();
			throw ex;
		}
	}

	Page newPage(String locale) {
		BrowserContext context = this.browser
			.newContext(new NewContextOptions().setLocale(locale).setViewportSize(1366, 900));
		context.setDefaultTimeout(30_000);
		return context.newPage();
	}

	static void screenshot(Page page, String name) {
		page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")).setFullPage(true));
	}

	/**
	 * Signs in on Keycloak's login page, where the page was sent (every demo user's
	 * password is {@code demo}).
	 */
	static void signInWithKeycloak(Page page, String username) {
		page.locator("#username").fill(username);
		page.locator("#password").fill("demo");
		page.locator("#kc-login").click();
	}

	/** Opens Tasklist as the user, through Keycloak's login. */
	static void openTasklistAs(Page page, String username) {
		page.navigate(TestServices.APP_URL + "/camunda/app/tasklist/");
		signInWithKeycloak(page, username);
		page.waitForURL("**/camunda/app/tasklist/**");
	}

	/**
	 * Completes the task whose form Tasklist shows, and waits until it has left the list.
	 * The field being typed in loses the focus first, so that the form has taken its
	 * value (form-js takes a typed value after a pause or when its field is left).
	 */
	static void completeTask(Page page, String taskName) {
		page.evaluate("() => document.activeElement && document.activeElement.blur()");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Complete")).click();
		assertThat(page.getByText(taskName)).hasCount(0);
	}

	/** Runs the steps; if one fails, keeps a screenshot of where the page was. */
	static void steps(Page page, String name, Runnable steps) {
		try {
			steps.run();
		}
		catch (RuntimeException | AssertionError ex) {
			screenshot(page, name + "-failure");
			throw ex;
		}
	}

	private static Path chromium() {
		String configured = System.getenv("CHROMIUM_PATH");
		for (String candidate : new String[] { configured, "/usr/bin/chromium", "/usr/bin/chromium-browser",
				"/usr/bin/google-chrome" }) {
			if (candidate != null && Files.isExecutable(Paths.get(candidate))) {
				return Paths.get(candidate);
			}
		}
		throw new IllegalStateException(
				"No Chromium found (looked at $CHROMIUM_PATH, /usr/bin/chromium, /usr/bin/chromium-browser, "
						+ "/usr/bin/google-chrome): install it with `apt-get install chromium` or set CHROMIUM_PATH.");
	}

	@Override
	public void close() {
		this.browser.close();
		this.playwright.close();
	}

}
