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
  /** Label of the site navigation landmark. */
  siteNav: string;
  /** Label of the search box, its button, and the heading of the search page. */
  searchLabel: string;
  searchButton: string;
  searchHeading: string;
  searchIntro: string;
  /** Shown instead of the search box when JavaScript is off; links to topics and all articles follow. */
  searchNeedsScript: string;
  /** Live status after a search: `{count}` and `{query}` are filled in by the page's script. */
  searchFound: { one: string; other: string };
  searchNone: string;
  searchLoading: string;
  searchFailed: string;
  topicsIntro: string;
  /** Intro of one topic's page. */
  topicIntro(count: number): string;
  /** "Topics:" before an article's topic links. */
  articleTopics: string;
  related: string;
  /** "Printable handout, 2 pages, PDF, 64 KB". */
  handout(pages: number, kilobytes: number): string;
  largeHandout(pages: number, kilobytes: number): string;
  notFoundTitle: string;
  notFoundText: string;
  movedTitle: string;
  /** "This guide has a new address: " link "." */
  movedText: readonly [string, string];
  feedTitle: string;
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
  siteNav: 'Site',
  searchLabel: 'Search the patient library',
  searchButton: 'Search',
  searchHeading: 'Search',
  searchIntro: 'Type a word, such as a symptom or a body part. Results appear as you type.',
  searchNeedsScript: 'Search needs JavaScript, which is off in this browser. You can still find every guide by topic or in the list of all guides.',
  searchFound: { one: '1 guide found for “{query}”.', other: '{count} guides found for “{query}”.' },
  searchNone: 'No guides found for “{query}”. Try another word, or browse by topic.',
  searchLoading: 'Searching…',
  searchFailed: 'Search is not available right now. Browse by topic or see all guides.',
  topicsIntro: 'Find guides by topic.',
  topicIntro: (count) => (count === 1 ? '1 guide on this topic.' : `${count} guides on this topic.`),
  articleTopics: 'Topics',
  related: 'Related guides',
  handout: (pages, kb) => `Printable handout, ${pages} ${pages === 1 ? 'page' : 'pages'}, PDF, ${kb} KB`,
  largeHandout: (pages, kb) => `Large-print handout, ${pages} ${pages === 1 ? 'page' : 'pages'}, PDF, ${kb} KB`,
  notFoundTitle: 'Page not found',
  notFoundText: 'We could not find that page. It may have moved. Search the library, browse by topic, or see all guides.',
  movedTitle: 'This guide has moved',
  movedText: ['This guide has a new address: ', '.'],
  feedTitle: 'New and updated guides',
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
  siteNav: 'Sitio',
  searchLabel: 'Buscar en la biblioteca para pacientes',
  searchButton: 'Buscar',
  searchHeading: 'Buscar',
  searchIntro: 'Escriba una palabra, como un síntoma o una parte del cuerpo. Los resultados aparecen mientras escribe.',
  searchNeedsScript: 'La búsqueda necesita JavaScript, que está desactivado en este navegador. Puede encontrar todas las guías por tema o en la lista de todas las guías.',
  searchFound: { one: '1 guía encontrada para «{query}».', other: '{count} guías encontradas para «{query}».' },
  searchNone: 'No se encontraron guías para «{query}». Pruebe otra palabra o busque por tema.',
  searchLoading: 'Buscando…',
  searchFailed: 'La búsqueda no está disponible ahora. Busque por tema o vea todas las guías.',
  topicsIntro: 'Encuentre guías por tema.',
  topicIntro: (count) => (count === 1 ? '1 guía sobre este tema.' : `${count} guías sobre este tema.`),
  articleTopics: 'Temas',
  related: 'Guías relacionadas',
  handout: (pages, kb) => `Hoja para imprimir, ${pages} ${pages === 1 ? 'página' : 'páginas'}, PDF, ${kb} KB`,
  largeHandout: (pages, kb) => `Hoja en letra grande, ${pages} ${pages === 1 ? 'página' : 'páginas'}, PDF, ${kb} KB`,
  notFoundTitle: 'Página no encontrada',
  notFoundText: 'No encontramos esa página. Puede que se haya movido. Busque en la biblioteca, explore por tema o vea todas las guías.',
  movedTitle: 'Esta guía se ha movido',
  movedText: ['Esta guía tiene una nueva dirección: ', '.'],
  feedTitle: 'Guías nuevas y actualizadas',
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
