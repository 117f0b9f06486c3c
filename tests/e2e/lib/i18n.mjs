// The language files of the build, read the way the app reads them: a key is the English
// text, a missing key shows in English, a plural key is "<one>|<other>". Tests name
// controls through these, so they hold for any wording the translators choose.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { DIST } from './server.mjs';

/** Each language the app speaks: its code, a browser locale asking for it, its name. */
export const LANGUAGES = [
  { code: 'de', locale: 'de-DE', name: 'Deutsch' },
  { code: 'es', locale: 'es-ES', name: 'Español' },
  { code: 'fr', locale: 'fr-FR', name: 'Français' },
  { code: 'pt', locale: 'pt-BR', name: 'Português' },
];

/** Words that are the same in every language: the app's name and the languages' own names. */
export const SAME_EVERYWHERE = ['Unknot', 'English', 'Deutsch', 'Español', 'Français', 'Português'];

/**
 * The catalogue of `code` from the build (`dist/lang/<code>.json`).
 * @returns {{ lang: string, messages: Record<string, string | { one?: string, other: string }> }}
 */
export function catalogue(code) {
  return JSON.parse(readFileSync(join(DIST, 'lang', `${code}.json`), 'utf8'));
}

/** A translator for `code` (English when `code` is 'en'): `tr(key, { name: value })`. */
export function translator(code) {
  const messages = code === 'en' ? {} : catalogue(code).messages;
  const fill = (text, args) => text.replace(/\{(\w+)\}/g, (all, name) => (name in args ? String(args[name]) : all));
  const tr = (key, args = {}) => {
    const found = messages[key];
    return fill(typeof found === 'string' ? found : key, args);
  };
  tr.plural = (key, n, args = {}) => {
    const found = messages[key];
    const one = ['fr', 'pt'].includes(code) ? n === 0 || n === 1 : n === 1;
    const [enOne, enOther] = key.split('|');
    const form = typeof found === 'object' ? (one ? found.one ?? found.other : found.other) : one ? enOne : enOther;
    return fill(form, { n, ...args });
  };
  tr.messages = messages;
  return tr;
}

/** The words (3+ letters) of a text. */
export function words(text) {
  return text.match(/[\p{L}][\p{L}'’-]{2,}/gu) ?? [];
}

/**
 * English words left on a screen shown in `code`: words of the English texts (the keys)
 * that no translation of that language uses, and not in the allow-list.
 */
export function englishLeft(text, code) {
  const { messages } = catalogue(code);
  const english = new Set(Object.keys(messages).flatMap((k) => words(k)));
  const translated = new Set(
    Object.values(messages).flatMap((v) => words(typeof v === 'string' ? v : `${v.one ?? ''} ${v.other}`)),
  );
  const allowed = new Set(SAME_EVERYWHERE);
  return [...new Set(words(text))].filter((w) => english.has(w) && !translated.has(w) && !allowed.has(w));
}
