/**
 * A `tel:` URL from a phone number as people write it: `(207) 555-0142` → `tel:2075550142`,
 * `+1 555-0100` → `tel:+15550100`.
 *
 * @param phone The number as configured (the config schema allows digits, spaces, `+().-`).
 * @returns The URL.
 */
export function phoneHref(phone: string): string {
  const trimmed = phone.trim();
  return `tel:${trimmed.startsWith('+') ? '+' : ''}${trimmed.replace(/\D/g, '')}`;
}
