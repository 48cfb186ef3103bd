/** A one-shot message for the next page (e.g. "You have been signed out"), survives route changes. */
let pending: string | null = null;

export function setFlash(key: string): void {
  pending = key;
}

export function takeFlash(): string | null {
  const key = pending;
  pending = null;
  return key;
}

export function peekFlash(): string | null {
  return pending;
}
