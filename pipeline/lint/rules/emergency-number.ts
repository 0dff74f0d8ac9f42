/**
 * An emergency number or service that is not the clinic's sends a patient the wrong way in the
 * worst moment: “call 999” or “go to A&E” in an article for a US clinic whose `:::emergency`
 * box says “Call 911”. The clinic's `clinic.emergencyNumber` (default 911) picks the row of the
 * table in `emergency-services.ts` (911, 999 with 111, A&E and “casualty”, 112, 000); the others'
 * numbers and words are flagged: an error inside `:::emergency`, a warning elsewhere.
 */
import type { Rule } from '../rule.ts';
import { foreignTerms } from '../emergency-services.ts';
import { insideDirective, textMatches } from '../text-matches.ts';
import { exampleArticle } from '../example-article.ts';

export const emergencyNumber: Rule = {
  id: 'emergency-number',
  check({ tree, file, config, report }) {
    const clinicNumber = config.clinic?.emergencyNumber ?? '911';
    const source = String(file.value);
    for (const term of foreignTerms(clinicNumber)) {
      // A number's pattern needs its digits as written; its look-behind makes the regex slow to run where they are absent.
      if (/^\d+$/.test(term.text) && !source.includes(term.text)) continue;
      for (const found of textMatches(tree, file, term.regex)) {
        const inBox = insideDirective(found, 'emergency');
        report(
          `Unexpected \`${found.match[0]}\` (used in ${term.where})${inBox ? ' in an emergency block' : ''}: this clinic's patients call ${clinicNumber}; write “call ${clinicNumber}” or “go to the nearest emergency room”`,
          found.position,
          inBox ? 'error' : 'warning',
        );
      }
    }
  },
  examples: [
    { name: 'the clinic’s own number', markdown: exampleArticle(':::emergency\nCall 911 if you cannot breathe.\n:::\n\nA scan costs $1,000; 1-800-911-0000 is not an emergency number.'), messages: [] },
    { name: 'a British number in a US clinic’s emergency block', markdown: exampleArticle(':::emergency\nCall 999 or go to A&E if you cannot breathe.\n:::'), messages: ['11:6', '11:19'] },
    { name: 'a UK clinic', config: { clinic: { name: 'Fen Lane Physio', phone: '01632 960 123', url: 'https://fenlane.example.org/', address: '1 Fen Lane', emergencyNumber: '999' } }, markdown: exampleArticle('Call 999, or 111 if it is not urgent. Do not call 911.'), messages: ['10:51'] },
  ],
};
