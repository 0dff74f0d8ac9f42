/**
 * The words a printed handout adds around the article that the shared interface words
 * (render/ui-text.ts) do not have, in the article's language; English is the fallback.
 */
import { inLanguage } from '../ui-text.ts';

export interface HandoutText {
  /** Kicker above the title: "Patient information". */
  kind: string;
  /** Running header: "In an emergency, call 911". */
  headerEmergency(number: string): string;
  /** Running footer, around the page counters: "Page " N " of " M. */
  pageOf: readonly [string, string];
  /** Heading of the contact block. */
  contactHeading: string;
  /** Caption of the QR code, before the printed URL. */
  qrCaption: string;
  /** Alt text of the QR code. */
  qrAlt(url: string): string;
  /** Heading of the care team's notes area. */
  notesHeading: string;
  /** Labels of the notes area's blanks. */
  blanks: Record<'appointment' | 'extension' | 'exercises', string>;
}

const en: HandoutText = {
  kind: 'Patient information',
  headerEmergency: (number) => `In an emergency, call ${number}`,
  pageOf: ['Page ', ' of '],
  contactHeading: 'Questions? Contact us',
  qrCaption: 'Scan to read this page online, or go to',
  qrAlt: (url) => `QR code: opens this handout online at ${url}`,
  notesHeading: 'Notes from your care team',
  blanks: { appointment: 'Your next appointment:', extension: 'Call us at ext.', exercises: 'Your exercises:' },
};

const es: HandoutText = {
  kind: 'Información para pacientes',
  headerEmergency: (number) => `En una emergencia, llame al ${number}`,
  pageOf: ['Página ', ' de '],
  contactHeading: '¿Preguntas? Comuníquese con nosotros',
  qrCaption: 'Escanee para leer esta página en internet, o visite',
  qrAlt: (url) => `Código QR: abre este folleto en internet en ${url}`,
  notesHeading: 'Notas de su equipo de atención',
  blanks: { appointment: 'Su próxima cita:', extension: 'Llámenos a la ext.', exercises: 'Sus ejercicios:' },
};

const byLanguage = { en, es };

/**
 * The handout words for a language.
 *
 * @param language BCP 47 tag.
 * @returns The words; English when there is no translation.
 */
export function handoutText(language: string): HandoutText {
  return inLanguage(byLanguage, language);
}
