/**
 * French interface words (vouvoiement; French spacing before : ? with a no-break space).
 */
import type { InterfaceWords } from './interface-words.ts';

export const fr = {
  name: 'Français',
  direction: 'ltr',
  page: {
    directiveLabels: {
      emergency: 'Consultez en urgence',
      warning: 'Avertissement',
      tip: 'Conseil',
      note: 'Remarque',
      cta: 'Contactez-nous',
    },
    emergencyCall: ['Appelez le ', ' ou rendez-vous aux urgences les plus proches.'],
    reviewedBy: ['Révisé par ', ' le ', '.'],
    sources: 'Sources',
    accessed: 'consulté le',
    contents: 'Sur cette page',
    notes: 'Notes',
    backToReference: (index) => `Retour à la référence ${index}`,
    phone: 'Téléphone',
    address: 'Adresse',
    website: 'Site web',
    email: 'Courriel',
    skipLink: 'Aller au contenu principal',
    library: 'Bibliothèque des patients',
    libraryIntro: 'Des guides en langage clair, révisés par nos cliniciens.',
    lastReviewed: 'Dernière révision',
    topics: 'Sujets',
    allArticles: 'Tous les guides pour les patients',
    disclaimer: 'Ces informations ne remplacent pas les conseils de votre médecin ou de votre thérapeute.',
    table: (index) => `Tableau ${index}`,
    taskDone: 'Fait',
    taskOpen: 'À faire',
    otherLanguages: 'Cette page dans d’autres langues',
  },
  handout: {
    kind: 'Information pour les patients',
    headerEmergency: (number) => `En cas d’urgence, appelez le ${number}`,
    pageOf: ['Page ', ' sur ', ''],
    contactHeading: 'Des questions\u00a0? Contactez-nous',
    qrCaption: 'Scannez le code pour lire cette page en ligne, ou allez sur',
    qrAlt: (url) => `Code QR\u00a0: ouvre ce document en ligne à l’adresse ${url}`,
  },
  book: {
    contents: 'Table des matières',
    landmarks: 'Repères',
    noticeTitle: 'Avant de lire',
    notice:
      'Ce livre est un document d’information. Il ne remplace pas les soins d’un clinicien qui connaît votre santé. Parlez-en à votre clinicien avant de commencer, d’arrêter ou de modifier un traitement.',
    questions: (clinic, phone) => `Des questions\u00a0? Appelez ${clinic} au ${phone}.`,
    emergencyCall: ['En cas d’urgence, appelez immédiatement le ', '.'],
    appendixPointer: 'Les signes d’urgence de tous les chapitres sont réunis sur une page\u00a0:',
    appendixTitle: 'Les signes d’urgence en un coup d’œil',
    noEmergencySigns: 'Aucun chapitre de ce livre ne donne de signes d’urgence.',
    backToChapter: (title) => `En savoir plus dans le chapitre «\u00a0${title}\u00a0»`,
    published: (date) => `Publié le ${date}`,
  },
} satisfies InterfaceWords;
