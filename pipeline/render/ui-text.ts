/**
 * The words the renderers add around an article (callout labels, "Reviewed by", "Sources"…),
 * in the article's language. English is the fallback for languages without a translation.
 */
import { DIRECTIVES } from '../content/directives.ts';

export interface UiText {
  /** Default labels of the callout directives. */
  directiveLabels: Record<'emergency' | 'warning' | 'tip' | 'note' | 'cta', string>;
  /** Text before and after the emergency number: "Call " 911 " or go to the nearest emergency room." */
  emergencyCall: readonly [string, string];
  /** "Reviewed by " name " on " date "." */
  reviewedBy: readonly [string, string, string];
  sources: string;
  /** "accessed" before a source's access date. */
  accessed: string;
  contents: string;
  notes: string;
  backToReference(index: number): string;
  phone: string;
  address: string;
  website: string;
  email: string;
  skipLink: string;
  library: string;
  libraryIntro: string;
  lastReviewed: string;
  topics: string;
  allArticles: string;
  disclaimer: string;
  table(index: number): string;
  taskDone: string;
  taskOpen: string;
}

const en: UiText = {
  directiveLabels: {
    emergency: DIRECTIVES.emergency.label,
    warning: DIRECTIVES.warning.label,
    tip: DIRECTIVES.tip.label,
    note: DIRECTIVES.note.label,
    cta: DIRECTIVES.cta.label,
  },
  emergencyCall: ['Call ', ' or go to the nearest emergency room.'],
  reviewedBy: ['Reviewed by ', ' on ', '.'],
  sources: 'Sources',
  accessed: 'accessed',
  contents: 'On this page',
  notes: 'Notes',
  backToReference: (index) => `Back to reference ${index}`,
  phone: 'Phone',
  address: 'Address',
  website: 'Website',
  email: 'Email',
  skipLink: 'Skip to main content',
  library: 'Patient library',
  libraryIntro: 'Plain-language guides, reviewed by our clinicians.',
  lastReviewed: 'Last reviewed',
  topics: 'Topics',
  allArticles: 'All patient guides',
  disclaimer: 'This information does not replace advice from your own doctor or therapist.',
  table: (index) => `Table ${index}`,
  taskDone: 'Done',
  taskOpen: 'Not done',
};

const es: UiText = {
  directiveLabels: {
    emergency: 'Busque atención de emergencia',
    warning: 'Advertencia',
    tip: 'Consejo',
    note: 'Nota',
    cta: 'Contáctenos',
  },
  emergencyCall: ['Llame al ', ' o vaya a la sala de emergencias más cercana.'],
  reviewedBy: ['Revisado por ', ' el ', '.'],
  sources: 'Fuentes',
  accessed: 'consultado el',
  contents: 'En esta página',
  notes: 'Notas',
  backToReference: (index) => `Volver a la referencia ${index}`,
  phone: 'Teléfono',
  address: 'Dirección',
  website: 'Sitio web',
  email: 'Correo electrónico',
  skipLink: 'Saltar al contenido principal',
  library: 'Biblioteca para pacientes',
  libraryIntro: 'Guías en lenguaje sencillo, revisadas por nuestros profesionales.',
  lastReviewed: 'Última revisión',
  topics: 'Temas',
  allArticles: 'Todas las guías para pacientes',
  disclaimer: 'Esta información no reemplaza los consejos de su propio médico o terapeuta.',
  table: (index) => `Tabla ${index}`,
  taskDone: 'Hecho',
  taskOpen: 'Pendiente',
};

const byLanguage = { en, es };

/**
 * The interface words for a language.
 *
 * @param language BCP 47 tag (`en-US`, `es`…).
 * @returns The words; English when the language has no translation.
 */
export function uiText(language: string): UiText {
  return inLanguage(byLanguage, language);
}

/**
 * Pick a translation table by the base language of a tag (`es-MX` → `es`); English otherwise.
 * Every format's word tables (web, handout, e-book) choose through this.
 *
 * @param tables Tables by base language; must have `en`.
 * @param language BCP 47 tag.
 * @returns The table.
 */
export function inLanguage<T>(tables: Record<string, T> & { en: T }, language: string): T {
  let base = 'en';
  try {
    base = new Intl.Locale(language).language;
  } catch {
    // An invalid tag cannot get past the schemas; fall back to English all the same.
  }
  return tables[base] ?? tables.en;
}
