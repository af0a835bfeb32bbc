// Page load → badge, timed inside the browser. The clock starts at the page's navigation start
// (`performance.timeOrigin`: what the user's click or Enter begins) and stops when the badge shows a
// grade. Both are read in the browser, so neither the test driver's round trips nor its polling
// interval count, and the driver does not switch tabs meanwhile (in Firefox that would send the
// loading page to the background).

/**
 * Runs in one of the extension's pages, with `api` (browser or chrome): opens `url` in a new active
 * tab, waits until the extension has stored a graded record for it and its badge shows the grade,
 * closes the tab, and returns the milliseconds from the tab's navigation start to the badge.
 */
export async function timePageToBadge(api, url) {
  let onChanged;
  // The extension stores the tab's record, then sets its badge: hearing the record costs no polling.
  const stored = new Promise((resolve, reject) => {
    onChanged = (changes, area) => {
      if (area !== 'session') return;
      for (const [key, change] of Object.entries(changes)) {
        const record = change.newValue;
        if (key.startsWith('tab:') && record?.url === url && record.state?.status === 'done') resolve(Number(key.slice(4)));
      }
    };
    api.storage.onChanged.addListener(onChanged);
    setTimeout(() => reject(new Error(`no graded record for ${url} after 30 s`)), 30000);
  });
  const tab = await api.tabs.create({ url, active: true });
  try {
    const tabId = await stored;
    // Asked without timers in between: a background tab's timers are held back to 1 s.
    for (let asked = 0; !/^[A-E]$/.test(await api.action.getBadgeText({ tabId })); asked++) {
      if (asked > 10000) throw new Error(`the badge of ${url} shows no grade`);
    }
    const badgeAt = Date.now();
    const [{ result: navigationStart }] = await api.scripting.executeScript({
      target: { tabId }, func: () => performance.timeOrigin,
    });
    return badgeAt - navigationStart;
  } finally {
    api.storage.onChanged.removeListener(onChanged);
    await api.tabs.remove(tab.id);
  }
}
