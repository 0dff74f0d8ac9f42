/**
 * Spanish interface words (usted, neutral Latin American Spanish).
 */
import type { InterfaceWords } from './interface-words.ts';

export const es = {
  name: 'Español',
  direction: 'ltr',
  page: {
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
  },
  handout: {
    kind: 'Información para pacientes',
    headerEmergency: (number) => `En una emergencia, llame al ${number}`,
    pageOf: ['Página ', ' de '],
    contactHeading: '¿Preguntas? Comuníquese con nosotros',
    qrCaption: 'Escanee para leer esta página en internet, o visite',
    qrAlt: (url) => `Código QR: abre este folleto en internet en ${url}`,
    notesHeading: 'Notas de su equipo de atención',
    blanks: { appointment: 'Su próxima cita:', extension: 'Llámenos a la ext.', exercises: 'Sus ejercicios:' },
  },
  book: {
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
  },
} satisfies InterfaceWords;
