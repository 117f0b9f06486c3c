// Page-side helpers for the WebDriver journeys, injected with executeScript after the app
// has loaded (WebDriver cannot run a script before the page's own): the cue recorder,
// the export catcher and the import through the file input.

/**
 * Records the cues' calls in `window.cueLog`. Web Audio and the wake lock stay real (the
 * wake lock's answer is logged); speech and vibration are stood in for, since these
 * machines have no voices and no motor.
 */
export function cueRecorder() {
  if (window.cueLog) return;
  const log = (window.cueLog = { tones: [], said: [], buzz: [], locks: [] });
  if (window.OscillatorNode) {
    const start = OscillatorNode.prototype.start;
    OscillatorNode.prototype.start = function (when = 0) {
      log.tones.push(Math.round(this.frequency.value * 100) / 100);
      return start.call(this, when);
    };
  }
  if ('speechSynthesis' in window) {
    speechSynthesis.speak = (utterance) => log.said.push(utterance.text);
    speechSynthesis.cancel = () => {};
  }
  if ('vibrate' in navigator) {
    navigator.vibrate = (pattern) => {
      log.buzz.push([pattern].flat());
      return true;
    };
  }
  if ('wakeLock' in navigator) {
    const request = navigator.wakeLock.request.bind(navigator.wakeLock);
    navigator.wakeLock.request = (type) => {
      log.locks.push('request');
      return request(type).then(
        (sentinel) => {
          log.locks.push('held');
          return sentinel;
        },
        (error) => {
          log.locks.push(`refused: ${error.name}`);
          throw error;
        },
      );
    };
  }
}

/** The cue log so far. */
export const cueLog = (driver) => driver.executeScript('return JSON.parse(JSON.stringify(window.cueLog))');

/** Whether a service worker controls the page. */
export const controlledBy = (driver) => driver.executeScript('return navigator.serviceWorker.controller !== null');

/** Catches the download `Export data` starts: its name and text land in `window.exported`. */
export function installExportCatcher() {
  // The blob itself, since the page's CSP (connect-src 'self') rightly forbids reading
  // a blob: URL back with fetch.
  const create = URL.createObjectURL;
  URL.createObjectURL = (blob) => {
    window.lastBlob = blob;
    return create.call(URL, blob);
  };
  const click = HTMLElement.prototype.click;
  HTMLElement.prototype.click = function () {
    if (!(this instanceof HTMLAnchorElement) || !this.download) return click.call(this);
    const name = this.download;
    window.lastBlob.text().then((text) => {
      window.exported = { name, text };
    });
  };
}

/** The caught export, once it is read. */
export const exportedFile = (driver) => driver.executeScript('return window.exported || null');

/** Picks `file` ({name, text}) in the `Import data` file input, as a person would. */
export function importFile(driver, file) {
  return driver.executeScript(
    `const input = document.getElementById('import-file');
     const picked = new DataTransfer();
     picked.items.add(new File([arguments[1]], arguments[0], { type: 'application/json' }));
     input.files = picked.files;
     input.dispatchEvent(new Event('change', { bubbles: true }));`,
    file.name,
    file.text,
  );
}
