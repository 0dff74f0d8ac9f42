/**
 * Haitian Creole interface words. `Intl` has no Haitian Creole dates (it would print English
 * month names), so this language formats its own.
 */
import type { InterfaceWords } from './interface-words.ts';

const MONTHS = ['janvye', 'fevriye', 'mas', 'avril', 'me', 'jen', 'jiyè', 'out', 'septanm', 'oktòb', 'novanm', 'desanm'];

export const ht = {
  name: 'Kreyòl ayisyen',
  direction: 'ltr',
  formatDate: (year, month, day) => `${day} ${MONTHS[month - 1]} ${year}`,
  page: {
    directiveLabels: {
      emergency: 'Chèche swen ijans',
      warning: 'Atansyon',
      tip: 'Konsèy',
      note: 'Nòt',
      cta: 'Kontakte nou',
    },
    emergencyCall: ['Rele ', ' oswa ale nan sal ijans ki pi pre a.'],
    reviewedBy: ['Revize pa ', ' nan dat ', '.'],
    sources: 'Sous',
    accessed: 'konsilte',
    contents: 'Sou paj sa a',
    notes: 'Nòt',
    backToReference: (index) => `Retounen nan referans ${index}`,
    phone: 'Telefòn',
    address: 'Adrès',
    website: 'Sit entènèt',
    email: 'Imèl',
    skipLink: 'Ale dirèkteman nan kontni prensipal la',
    library: 'Bibliyotèk pou pasyan',
    libraryIntro: 'Gid nan lang ki senp, klinisyen nou yo revize yo.',
    lastReviewed: 'Dènye revizyon',
    topics: 'Sijè',
    allArticles: 'Tout gid pou pasyan yo',
    disclaimer: 'Enfòmasyon sa a pa ranplase konsèy pwòp doktè oswa terapis ou.',
    table: (index) => `Tablo ${index}`,
    taskDone: 'Fini',
    taskOpen: 'Poko fini',
    otherLanguages: 'Paj sa a nan lòt lang',
  },
  handout: {
    kind: 'Enfòmasyon pou pasyan',
    headerEmergency: (number) => `Si gen ijans, rele ${number}`,
    pageOf: ['Paj ', ' sou ', ''],
    contactHeading: 'Ou gen kesyon? Kontakte nou',
    qrCaption: 'Eskane kòd la pou li paj sa a sou entènèt, oswa ale sou',
    qrAlt: (url) => `Kòd QR: li louvri fèy sa a sou entènèt nan ${url}`,
  },
  book: {
    contents: 'Kontni',
    landmarks: 'Gid',
    noticeTitle: 'Anvan ou li',
    notice:
      'Liv sa a se materyèl edikasyon. Li pa ranplase swen yon klinisyen ki konnen sante ou. Mande klinisyen ou anvan ou kòmanse, sispann oswa chanje nenpòt tretman.',
    questions: (clinic, phone) => `Ou gen kesyon? Rele ${clinic} nan ${phone}.`,
    emergencyCall: ['Si gen ijans, rele ', ' touswit.'],
    appendixPointer: 'Siy ijans tout chapit yo sou yon sèl paj:',
    appendixTitle: 'Siy ijans yo an rezime',
    noEmergencySigns: 'Okenn chapit nan liv sa a pa bay siy ijans.',
    backToChapter: (title) => `Li plis nan chapit “${title}” la`,
    published: (date) => `Pibliye ${date}`,
  },
} satisfies InterfaceWords;
