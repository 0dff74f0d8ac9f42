/**
 * The book's `dc:identifier`: the config accepts a `urn:uuid:`, a `urn:isbn:` or a bare ISBN;
 * the package gets a URN either way, and an ISBN whose check digit is wrong is caught here.
 */

export interface BookIdentifier {
  /** The URN written to `dc:identifier` (and the NCX `dtb:uid`). */
  urn: string;
  /** ONIX code list 5 identifier type (15 = ISBN-13, 02 = ISBN-10), for ISBNs. */
  onixType?: '15' | '02';
  /** Set when an ISBN's check digit does not match. */
  problem?: string;
}

/**
 * Normalize the configured identifier.
 *
 * @param identifier As written in the config.
 * @returns The URN, its type and any problem.
 */
export function bookIdentifier(identifier: string): BookIdentifier {
  const trimmed = identifier.trim();
  if (/^urn:uuid:/i.test(trimmed)) return { urn: `urn:uuid:${trimmed.slice(9).toLowerCase()}` };
  const isbn = trimmed.replace(/^urn:isbn:/i, '').replace(/-/g, '').toUpperCase();
  const urn = `urn:isbn:${isbn}`;
  if (isbn.length === 13 && /^\d{13}$/.test(isbn)) {
    const sum = [...isbn.slice(0, 12)].reduce((total, digit, index) => total + Number(digit) * (index % 2 === 0 ? 1 : 3), 0);
    const check = String((10 - (sum % 10)) % 10);
    return { urn, onixType: '15', problem: check === isbn[12] ? undefined : checkProblem(trimmed, check) };
  }
  if (isbn.length === 10 && /^\d{9}[\dX]$/.test(isbn)) {
    const sum = [...isbn.slice(0, 9)].reduce((total, digit, index) => total + Number(digit) * (10 - index), 0);
    const remainder = (11 - (sum % 11)) % 11;
    const check = remainder === 10 ? 'X' : String(remainder);
    return { urn, onixType: '02', problem: check === isbn[9] ? undefined : checkProblem(trimmed, check) };
  }
  return { urn, problem: `Unexpected ISBN \`${trimmed}\`, expected 10 or 13 digits (hyphens allowed); check the number the ISBN agency gave you` };
}

function checkProblem(isbn: string, expected: string): string {
  return `Unexpected check digit in ISBN \`${isbn}\`, expected \`${expected}\` as the last digit; check the number the ISBN agency gave you`;
}
