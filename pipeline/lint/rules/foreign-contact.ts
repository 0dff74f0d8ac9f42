/**
 * A phone number or email address in the body that is not the clinic's sends patients to
 * another organisation, often by accident (text copied from another service's leaflet). The
 * clinic's `phone`, `emergencyNumber`, `email` (and addresses at its email or web domain) are
 * fine, and so is anything listed in `lint.allowedContacts` (a national helpline that is meant).
 * Numbers are compared by their digits, so `(207) 555-0142` and `+1 207 555 0142` are one number.
 */
import { visit } from '../walk.ts';
import type { Link } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { ResolvedConfig } from '../../config/resolve.ts';
import type { Rule } from '../rule.ts';
import { textMatches } from '../text-matches.ts';
import { exampleArticle } from '../example-article.ts';

/** Phone numbers as written in the UK, US and elsewhere: 7 to 15 digits in groups. */
const PHONE = /(?<![\w+.,/-])(?:\+\d{1,3}[\s.-]?|1[\s.-])?(?:\(\d{2,5}\)[\s.-]?|\d{2,5}[\s.-])\d{3,4}(?:[\s.-]\d{3,5})?(?![\w/]|[.,-]\d)/g;
const EMAIL = /(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g;

/**
 * Digits of a phone number without a leading country code 1 or 0 trunk prefix, for comparison.
 *
 * @param text A phone number.
 * @returns Its significant digits.
 */
function digitsOf(text: string): string {
  return text.replace(/\D/g, '');
}

/**
 * Whether two numbers are the same line (one may carry a country code or trunk prefix).
 *
 * @param a Digits.
 * @param b Digits.
 * @returns True when one ends with the other's last 9 or more digits.
 */
function sameNumber(a: string, b: string): boolean {
  if (a === b) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  const tail = short.replace(/^0/, '');
  return tail.length >= 7 && long.endsWith(tail);
}

/**
 * The clinic's own contacts and the allowed ones.
 *
 * @param config Resolved config.
 * @returns Tests for phone digits and email addresses.
 */
function ownContacts(config: ResolvedConfig): { phone(digits: string): boolean; email(address: string): boolean; clinic: string } {
  const clinic = config.clinic;
  const allowed = config.lint.allowedContacts;
  const phones = [clinic?.phone, clinic?.emergencyNumber, ...allowed.filter((entry) => !entry.includes('@'))].filter((entry): entry is string => Boolean(entry)).map(digitsOf);
  const emails = new Set([clinic?.email, ...allowed.filter((entry) => entry.includes('@'))].filter((entry): entry is string => Boolean(entry)).map((entry) => entry.toLowerCase()));
  const domains = new Set<string>();
  if (clinic?.email) domains.add(clinic.email.split('@')[1].toLowerCase());
  if (clinic?.url) domains.add(new URL(clinic.url).hostname.toLowerCase().replace(/^www\./, ''));
  const mine = [clinic?.phone, clinic?.email].filter(Boolean).join(', ');
  return {
    phone: (digits) => phones.some((own) => sameNumber(own, digits)),
    email: (address) => emails.has(address.toLowerCase()) || domains.has(address.split('@')[1].toLowerCase()),
    clinic: mine ? `the clinic's (${mine})` : 'the clinic’s (none is set in `clinic` in pressroom.yaml)',
  };
}

export const foreignContact: Rule = {
  id: 'foreign-contact',
  check({ tree, file, config, report }) {
    const own = ownContacts(config);
    const advice = 'patients may contact another service by mistake; use the clinic’s, or if it is meant (a national helpline) add it to `lint.allowedContacts` in pressroom.yaml';
    for (const found of textMatches(tree, file, PHONE)) {
      const digits = digitsOf(found.match[0]);
      if (digits.length < 7 || digits.length > 15 || own.phone(digits)) continue;
      // A span of years (“2019-2023”) or a grouped number is not a phone number.
      if (found.match[0].split(/[\s.-]+/).every((group) => /^(?:19|20)\d\d$/.test(group))) continue;
      report(`Unexpected phone number \`${found.match[0]}\` that is not ${own.clinic}: ${advice}`, found.position);
    }
    for (const found of textMatches(tree, file, EMAIL)) {
      if (own.email(found.match[0])) continue;
      report(`Unexpected email address \`${found.match[0]}\` that is not ${own.clinic}: ${advice}`, found.position);
    }
    // A `tel:` or `mailto:` link whose text does not show the address.
    visit(tree, 'link', (node: Link) => {
      const [, scheme, target] = /^(tel|mailto):(.+)$/i.exec(node.url) ?? [];
      if (!scheme) return;
      const text = toString(node);
      if (/\d{3}|@/.test(text)) return;
      const foreign = scheme.toLowerCase() === 'tel' ? !own.phone(digitsOf(target)) : !own.email(decodeURIComponent(target.split('?')[0]));
      if (foreign) report(`Unexpected ${scheme.toLowerCase() === 'tel' ? 'phone number' : 'email address'} \`${target}\` behind the link “${text}” that is not ${own.clinic}: ${advice}`, node);
    });
  },
  examples: [
    {
      name: 'the clinic’s own number and a helpline that is meant',
      config: { clinic: { name: 'Harbor Point PT', phone: '(207) 555-0142', url: 'https://harborpoint.example.org/', address: '48 Lantern Wharf Road', email: 'info@harborpoint.example.org' }, lint: { allowedContacts: ['988'] } },
      markdown: exampleArticle('Call us on +1 207 555 0142 or write to care@harborpoint.example.org. Reviewed on 2026-10-14; take 2-3 tablets.'),
      messages: [],
    },
    {
      name: 'another organisation’s number and email',
      config: { clinic: { name: 'Harbor Point PT', phone: '(207) 555-0142', url: 'https://harborpoint.example.org/', address: '48 Lantern Wharf Road' } },
      markdown: exampleArticle('Call the back pain line on 0300 123 4567 or email help@spinecharity.example.com.'),
      messages: ['10:28', '10:51'],
    },
  ],
};
