// Layout checks for the player: is a control really on screen and tappable, does the page
// scroll, how many controls does the person face.
import assert from 'node:assert/strict';

/** The sizes the player must fit without scrolling: small phone, phone, phone on its side, desktop. */
export const SIZES = {
  '320x568': { width: 320, height: 568 },
  '390x844': { width: 390, height: 844 },
  '844x390': { width: 844, height: 390 },
  '1280x800': { width: 1280, height: 800 },
};

/**
 * Fails unless the control is inside the viewport and the element at its centre (what a
 * tap there would hit) is the control itself or inside it: nothing covers it.
 * @param {import('playwright-core').Locator} locator
 */
export async function assertTappable(locator, what) {
  const found = await locator.evaluate((el) => {
    const r = el.getBoundingClientRect();
    const x = r.left + r.width / 2;
    const y = r.top + r.height / 2;
    const hit = document.elementFromPoint(x, y);
    return {
      rect: [r.left, r.top, r.right, r.bottom].map(Math.round),
      viewport: [window.innerWidth, window.innerHeight],
      inside: r.left >= 0 && r.top >= 0 && r.right <= window.innerWidth && r.bottom <= window.innerHeight,
      hitsIt: hit !== null && (hit === el || el.contains(hit)),
      hit: hit ? hit.outerHTML.slice(0, 80) : null,
    };
  });
  assert.ok(found.inside, `${what} is inside the viewport: ${JSON.stringify(found)}`);
  assert.ok(found.hitsIt, `${what} is not covered at its centre: ${JSON.stringify(found)}`);
}

/** Fails if the page can scroll (in either direction). */
export async function assertNoPageScroll(page, what) {
  const found = await page.evaluate(() => {
    const root = document.scrollingElement;
    window.scrollTo(0, 10_000);
    const moved = window.scrollY;
    window.scrollTo(0, 0);
    return {
      scrollHeight: root.scrollHeight,
      scrollWidth: root.scrollWidth,
      innerHeight: window.innerHeight,
      innerWidth: window.innerWidth,
      moved,
    };
  });
  assert.ok(
    found.moved === 0 && found.scrollHeight <= found.innerHeight && found.scrollWidth <= found.innerWidth,
    `the page does not scroll (${what}): ${JSON.stringify(found)}`,
  );
}

/** The controls a person sees: visible buttons, links and form fields inside the viewport. */
export function visibleControls(page) {
  return page.evaluate(() => {
    const all = document.querySelectorAll('button, a[href], input, select, textarea, [role="button"], [role="slider"]');
    return [...all]
      .filter((el) => {
        const r = el.getBoundingClientRect();
        const style = getComputedStyle(el);
        return (
          r.width > 0 &&
          r.height > 0 &&
          style.visibility !== 'hidden' &&
          r.bottom > 0 &&
          r.right > 0 &&
          r.top < window.innerHeight &&
          r.left < window.innerWidth &&
          !el.closest('.visually-hidden')
        );
      })
      .map((el) => (el.getAttribute('aria-label') || el.textContent || el.tagName).trim());
  });
}
