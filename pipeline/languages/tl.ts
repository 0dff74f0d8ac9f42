/**
 * Tagalog interface words (also for `fil`, Filipino, which `tl` is canonicalized to).
 */
import type { InterfaceWords } from './interface-words.ts';

export const tl = {
  name: 'Tagalog',
  direction: 'ltr',
  page: {
    directiveLabels: {
      emergency: 'Magpagamot agad sa emergency',
      warning: 'Babala',
      tip: 'Payo',
      note: 'Paalala',
      cta: 'Makipag-ugnayan sa amin',
    },
    emergencyCall: ['Tumawag sa ', ' o pumunta sa pinakamalapit na emergency room.'],
    reviewedBy: ['Sinuri ni ', ' noong ', '.'],
    sources: 'Mga pinagkunan',
    accessed: 'binuksan noong',
    contents: 'Sa pahinang ito',
    notes: 'Mga tala',
    backToReference: (index) => `Bumalik sa sanggunian ${index}`,
    phone: 'Telepono',
    address: 'Address',
    website: 'Website',
    email: 'Email',
    skipLink: 'Lumaktaw sa pangunahing nilalaman',
    library: 'Aklatan para sa pasyente',
    libraryIntro: 'Mga gabay sa simpleng wika, sinuri ng aming mga clinician.',
    lastReviewed: 'Huling sinuri',
    topics: 'Mga paksa',
    allArticles: 'Lahat ng gabay para sa pasyente',
    disclaimer: 'Hindi pinapalitan ng impormasyong ito ang payo ng sarili ninyong doktor o therapist.',
    table: (index) => `Talahanayan ${index}`,
    taskDone: 'Tapos na',
    taskOpen: 'Hindi pa tapos',
    otherLanguages: 'Ang pahinang ito sa ibang wika',
  },
  handout: {
    kind: 'Impormasyon para sa pasyente',
    headerEmergency: (number) => `Kung emergency, tumawag sa ${number}`,
    pageOf: ['Pahina ', ' ng ', ''],
    contactHeading: 'May tanong? Makipag-ugnayan sa amin',
    qrCaption: 'I-scan para mabasa ang pahinang ito online, o pumunta sa',
    qrAlt: (url) => `QR code: binubuksan ang handout na ito online sa ${url}`,
  },
  book: {
    contents: 'Nilalaman',
    landmarks: 'Gabay',
    noticeTitle: 'Bago kayo magbasa',
    notice:
      'Ang aklat na ito ay babasahing pang-edukasyon. Hindi nito pinapalitan ang pangangalaga ng isang clinician na nakakakilala sa inyong kalusugan. Magtanong sa inyong clinician bago magsimula, huminto o magbago ng anumang gamutan.',
    questions: (clinic, phone) => `May tanong? Tawagan ang ${clinic} sa ${phone}.`,
    emergencyCall: ['Kung emergency, tumawag agad sa ', '.'],
    appendixPointer: 'Nasa iisang pahina ang mga senyales ng emergency mula sa bawat kabanata:',
    appendixTitle: 'Mga senyales ng emergency sa isang tingin',
    noEmergencySigns: 'Walang kabanata sa aklat na ito na naglilista ng mga senyales ng emergency.',
    backToChapter: (title) => `Magbasa pa sa kabanatang “${title}”`,
    published: (date) => `Inilathala noong ${date}`,
  },
} satisfies InterfaceWords;
