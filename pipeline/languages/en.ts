/**
 * English interface words: the fallback for every language without its own file.
 */
import type { InterfaceWords } from './interface-words.ts';

export const en = {
  name: 'English',
  direction: 'ltr',
  page: {
    directiveLabels: {
      emergency: 'Get emergency care',
      warning: 'Warning',
      tip: 'Tip',
      note: 'Note',
      cta: 'Contact us',
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
  },
  handout: {
    kind: 'Patient information',
    headerEmergency: (number) => `In an emergency, call ${number}`,
    pageOf: ['Page ', ' of '],
    contactHeading: 'Questions? Contact us',
    qrCaption: 'Scan to read this page online, or go to',
    qrAlt: (url) => `QR code: opens this handout online at ${url}`,
    notesHeading: 'Notes from your care team',
    blanks: { appointment: 'Your next appointment:', extension: 'Call us at ext.', exercises: 'Your exercises:' },
  },
  book: {
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
  },
} satisfies InterfaceWords;
