import { dark, light } from '@atlaskit/tokens/tokens-raw';
import type { FrameLocator, Page } from 'playwright-core';
import { type LocalHostInChromium, startLocalHostInChromium } from './support/local-host-in-chromium';

/*
 * The tracker frame's Theme control reaches the issue panel the way Jira's theme reaches Custom UI: the
 * app calls view.theme.enable(), the host answers with Atlassian's token themes and the reader's colour
 * mode, and restyles the frame when the reader switches. The expected colours are Atlassian's own token
 * values, read from @atlaskit/tokens, so the test checks the real theme rather than numbers copied here.
 */
jest.setTimeout(120_000);

/** A token's value in a theme as the browser reports computed colours: "rgb(r, g, b)". */
function rgbOf(theme: typeof dark, name: string): string {
  const value = theme.find((entry) => entry.cleanName === name)?.value;
  if (typeof value !== 'string' || !/^#[0-9A-Fa-f]{6}$/.test(value)) throw new Error(`Token ${name} has no six-digit hex value in this theme: ${String(value)}`);
  const [r, g, b] = [1, 3, 5].map((start) => Number.parseInt(value.slice(start, start + 2), 16));
  return `rgb(${r}, ${g}, ${b})`;
}

const DARK = { text: rgbOf(dark, 'color.text'), surface: rgbOf(dark, 'elevation.surface') };
const LIGHT = { text: rgbOf(light, 'color.text'), surface: rgbOf(light, 'elevation.surface') };

describe('the light and dark themes, in Chromium', () => {
  let session: LocalHostInChromium;
  let page: Page;

  beforeAll(async () => {
    session = await startLocalHostInChromium();
    ({ page } = session);
  });

  afterAll(async () => {
    await session?.close();
  });

  const panel = (): FrameLocator => page.frameLocator('#mops-issue-panel');

  /** The little of the DOM the check reads (the project compiles without the DOM's types). */
  interface StyledElement {
    ownerDocument: {
      body: unknown;
      documentElement: { getAttribute(name: string): string | null };
      defaultView: { getComputedStyle(element: unknown): { color: string; backgroundColor: string } };
    };
  }

  /** The panel's own text colour and the background its frame paints. */
  async function panelColours(): Promise<{ text: string; surface: string; mode: string | null }> {
    const root = panel().locator('main[data-task-key]');
    await root.waitFor();
    return root.evaluate((element) => {
      const { ownerDocument } = element as unknown as StyledElement;
      const view = ownerDocument.defaultView;
      return {
        text: view.getComputedStyle(element).color,
        surface: view.getComputedStyle(ownerDocument.body).backgroundColor,
        mode: ownerDocument.documentElement.getAttribute('data-color-mode'),
      };
    });
  }

  it('paints the issue panel in the dark theme’s tokens once the reader picks Dark, and keeps it after a reload', async () => {
    // Only colours that differ between the themes can tell them apart.
    expect(DARK.text).not.toBe(LIGHT.text);
    expect(DARK.surface).not.toBe(LIGHT.surface);
    await page.emulateMedia({ colorScheme: 'light' });
    await session.open('/tasks/dup-photographer-brd');
    await panel().getByRole('region', { name: 'Budget' }).waitFor();
    expect(await panelColours()).toEqual({ ...LIGHT, mode: 'light' });

    // Switched live, as Jira restyles its frames: no reload.
    await page.getByLabel('Theme').selectOption('dark');
    await panel().locator('html[data-color-mode="dark"]').waitFor({ state: 'attached' });
    expect(await panelColours()).toEqual({ ...DARK, mode: 'dark' });
    expect(await page.locator('html').getAttribute('data-color-mode')).toBe('dark');

    // Remembered in a cookie: the next page opens dark from its first paint.
    await page.reload();
    await panel().getByRole('region', { name: 'Budget' }).waitFor();
    expect(await panelColours()).toEqual({ ...DARK, mode: 'dark' });
    expect(await page.getByLabel('Theme').inputValue()).toBe('dark');
  });

  it('follows the system’s preference when the reader picks Match system', async () => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await session.open('/tasks/dup-photographer-brd');
    await page.getByLabel('Theme').selectOption('auto');
    await panel().locator('html[data-color-mode="dark"]').waitFor({ state: 'attached' });
    expect(await panelColours()).toEqual({ ...DARK, mode: 'dark' });

    await page.emulateMedia({ colorScheme: 'light' });
    await panel().locator('html[data-color-mode="light"]').waitFor({ state: 'attached' });
    expect(await panelColours()).toEqual({ ...LIGHT, mode: 'light' });
  });
});
