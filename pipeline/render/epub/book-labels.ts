/**
 * The words the e-book adds around the articles (title page, notice, contents, appendix), per
 * language. A book in a language without its own labels gets the English ones, marked
 * `lang="en"` so that screen readers switch voice instead of mispronouncing them.
 */
import { inLanguage } from '../ui-text.ts';

export interface BookLabels {
  /** Language the labels are written in. */
  language: string;
  contents: string;
  landmarks: string;
  noticeTitle: string;
  /** First notice paragraph: what the book is and is not. */
  notice: string;
  /** Who to ask, when the clinic is configured. */
  questions(clinic: string, phone: string): string;
  /** The emergency sentence around the number (a phone link): "In an emergency, call " 911 " right away." */
  emergencyCall: readonly [string, string];
  /** Lead-in before the link to the appendix. */
  appendixPointer: string;
  appendixTitle: string;
  /** Shown when no chapter of the book has an emergency block. */
  noEmergencySigns: string;
  /** Link text from an appendix entry back to its chapter. */
  backToChapter(title: string): string;
  published(date: string): string;
}

const english: BookLabels = {
  language: 'en',
  contents: 'Contents',
  landmarks: 'Guide',
  noticeTitle: 'Before you read',
  notice:
    'This book is educational material. It is not a substitute for care by a clinician who knows your health. Ask your clinician before you start, stop or change any treatment.',
  questions: (clinic, phone) => `Questions? Call ${clinic} at ${phone}.`,
  emergencyCall: ['In an emergency, call ', ' right away.'],
  appendixPointer: 'The emergency signs from every chapter are on one page:',
  appendixTitle: 'Emergency signs at a glance',
  noEmergencySigns: 'No chapter of this book lists emergency signs.',
  backToChapter: (title) => `Read more in the chapter “${title}”`,
  published: (date) => `Published ${date}`,
};

const spanish: BookLabels = {
  language: 'es',
  contents: 'Contenido',
  landmarks: 'Guía',
  noticeTitle: 'Antes de leer',
  notice:
    'Este libro es material educativo. No sustituye la atención de un profesional de la salud que conozca su caso. Consulte a su profesional de la salud antes de empezar, dejar o cambiar un tratamiento.',
  questions: (clinic, phone) => `¿Tiene preguntas? Llame a ${clinic} al ${phone}.`,
  emergencyCall: ['En una emergencia, llame al ', ' de inmediato.'],
  appendixPointer: 'Las señales de emergencia de todos los capítulos están en una sola página:',
  appendixTitle: 'Señales de emergencia de un vistazo',
  noEmergencySigns: 'Ningún capítulo de este libro incluye señales de emergencia.',
  backToChapter: (title) => `Más información en el capítulo «${title}»`,
  published: (date) => `Publicado el ${date}`,
};

const byLanguage = { en: english, es: spanish };

/**
 * Labels for a language tag: its own when there are some for its primary language, else English.
 *
 * @param language BCP 47 tag of the book.
 * @returns The labels; `labels.language` says which language they are in.
 */
export function bookLabels(language: string): BookLabels {
  return inLanguage(byLanguage, language);
}

/**
 * The primary language subtag (`es` for `es-MX`), lowercased.
 *
 * @param language BCP 47 tag.
 * @returns The primary subtag.
 */
export function primaryLanguage(language: string): string {
  return language.split('-')[0].toLowerCase();
}

/**
 * Writing direction of a language, for `dir` and the spine's page progression.
 *
 * @param language BCP 47 tag.
 * @returns `rtl` or `ltr`.
 */
export function textDirection(language: string): 'ltr' | 'rtl' {
  try {
    const info = (new Intl.Locale(language) as Intl.Locale & { textInfo?: { direction?: string } }).textInfo;
    return info?.direction === 'rtl' ? 'rtl' : 'ltr';
  } catch {
    return 'ltr';
  }
}
