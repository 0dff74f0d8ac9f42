/**
 * Emergency numbers and the words that go with them, by the number patients dial. A clinic's
 * `clinic.emergencyNumber` picks its row; every other row's numbers and words are foreign to
 * its patients (“call 999” or “go to A&E” beside pressroom's own “Call 911”).
 */
interface EmergencyService {
  /** Where the number is used. */
  where: string;
  /** Numbers and words of this service, as regex sources matched whole-word, case-insensitively. */
  terms: Array<{ text: string; pattern: string }>;
  /** Numbers of other rows that also work where this one is used (112 works in the UK). */
  alsoWorks: string[];
}

/**
 * A number as a whole, after a word that dials it (“call 999”, “NHS 111”, “or 112”): a bare
 * “Step 112” or “999 dollars” is not an emergency number.
 */
const number = (digits: string) => ({
  text: digits,
  pattern: `(?<=\\b(?:call|calling|dial|dialling|dialing|ring|phone|contact|text|nhs|or|on)\\b[^.\\n\\d]{0,16}?)(?<![\\w$£€.,/+-])${digits}(?![\\w%-]|[.,]\\d)`,
});

const emergencyServices: Record<string, EmergencyService> = {
  '911': { where: 'the US and Canada', terms: [number('911')], alsoWorks: [] },
  '999': {
    where: 'the UK',
    terms: [
      number('999'),
      { text: '111', pattern: number('111').pattern },
      { text: 'A&E', pattern: '(?<![\\w&])A ?& ?E(?![\\w&])' },
      { text: 'accident and emergency', pattern: '\\baccident and emergency\\b' },
      { text: 'casualty', pattern: '\\bcasualty\\b' },
    ],
    alsoWorks: ['112'],
  },
  '112': { where: 'the European Union', terms: [number('112')], alsoWorks: [] },
  '000': { where: 'Australia', terms: [number('000'), { text: 'triple zero', pattern: '\\btriple zero\\b' }], alsoWorks: ['112'] },
};

/**
 * The terms foreign to a clinic's patients.
 *
 * @param clinicNumber The clinic's emergency number.
 * @returns Each foreign term with the region it belongs to.
 */
export function foreignTerms(clinicNumber: string): Array<{ text: string; regex: RegExp; where: string }> {
  const own = emergencyServices[clinicNumber];
  const allowed = new Set([clinicNumber, ...(own?.alsoWorks ?? [])]);
  return Object.entries(emergencyServices)
    .filter(([key]) => !allowed.has(key))
    .flatMap(([, service]) => service.terms.filter((term) => !allowed.has(term.text)).map((term) => ({ text: term.text, regex: new RegExp(term.pattern, 'giu'), where: service.where })));
}
