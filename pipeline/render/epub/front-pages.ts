/**
 * The two pages before the table of contents: the title page, and the notice every reader sees
 * before the first chapter — the book is educational material and no substitute for care by a
 * clinician, the emergency number, whom to ask, where the emergency signs are gathered — with
 * the book's rights, date and identifier.
 */
import type { Element, ElementContent, Properties, Root } from 'hast';
import type { Book } from '../../config/schema.ts';
import type { ResolvedConfig } from '../../config/resolve.ts';
import { formatDate } from '../../languages/languages.ts';
import { phoneHref } from '../../transform/directives/phone-href.ts';
import type { BookWords } from '../../languages/interface-words.ts';

const text = (value: string): ElementContent => ({ type: 'text', value });

function element(tagName: string, properties: Properties, children: ElementContent[]): Element {
  return { type: 'element', tagName, properties, children };
}

/**
 * The title page.
 *
 * @param book The book's config.
 * @returns Body content of the document.
 */
export function titlePage(book: Book): Root {
  const children: ElementContent[] = [element('h1', { id: 'book-title' }, [text(book.title)])];
  if (book.subtitle) children.push(element('p', { className: ['subtitle'] }, [text(book.subtitle)]));
  children.push(element('p', { className: ['authors'] }, [text(book.authors.join(', '))]));
  if (book.publisher && book.publisher !== book.authors.join(', ')) children.push(element('p', { className: ['publisher'] }, [text(book.publisher)]));
  return { type: 'root', children: [element('main', { 'epub:type': 'titlepage', className: ['titlepage'], ariaLabelledBy: ['book-title'] }, children)] };
}

/**
 * The notice page.
 *
 * @param book The book's config.
 * @param config Resolved config (clinic and emergency number).
 * @param labels Words for the book's language.
 * @param language The book's language (for the date).
 * @param emergencyNumber The number to call.
 * @param appendixHref Document of the emergency appendix.
 * @param labelsLang `lang` for the labels when they are not in the book's language.
 * @returns Body content of the document.
 */
export function noticePage(
  book: Book,
  config: ResolvedConfig,
  labels: BookWords,
  language: string,
  emergencyNumber: string,
  appendixHref: string,
  labelsLang?: string,
): Root {
  const lang: Properties = labelsLang ? { lang: labelsLang } : {};
  const [before, after] = labels.emergencyCall;
  const children: ElementContent[] = [
    element('h1', { id: 'notice-title', ...lang }, [text(labels.noticeTitle)]),
    element('p', { ...lang }, [text(labels.notice)]),
    element('p', { className: ['notice-emergency'], ...lang }, [text(before), element('a', { href: phoneHref(emergencyNumber) }, [text(emergencyNumber)]), text(after)]),
  ];
  if (config.clinic) children.push(element('p', { ...lang }, [text(labels.questions(config.clinic.name, config.clinic.phone))]));
  children.push(element('p', { ...lang }, [text(`${labels.appendixPointer} `), element('a', { href: appendixHref }, [text(labels.appendixTitle)]), text('.')]));
  const colophon: ElementContent[] = [];
  if (book.rights) colophon.push(element('p', {}, [text(book.rights)]));
  if (book.date) colophon.push(element('p', { ...lang }, [text(labels.published(formatDate(book.date, labelsLang ?? language)))]));
  // An ISBN means something to readers and libraries; a `urn:uuid:` does not.
  if (!/^urn:uuid:/i.test(book.identifier)) colophon.push(element('p', {}, [text(`ISBN ${book.identifier.replace(/^urn:isbn:/i, '')}`)]));
  if (colophon.length > 0) children.push(element('div', { className: ['colophon'] }, colophon));
  return { type: 'root', children: [element('main', { 'epub:type': 'notice', ariaLabelledBy: ['notice-title'] }, children)] };
}
