/**
 * Russian interface words (polite "вы").
 */
import type { InterfaceWords } from './interface-words.ts';

export const ru = {
  name: 'Русский',
  direction: 'ltr',
  page: {
    directiveLabels: {
      emergency: 'Обратитесь за неотложной помощью',
      warning: 'Предупреждение',
      tip: 'Совет',
      note: 'Примечание',
      cta: 'Свяжитесь с нами',
    },
    emergencyCall: ['Звоните ', ' или обратитесь в ближайшее отделение неотложной помощи.'],
    // Russian long dates end in "г.", so the sentence needs no period of its own.
    reviewedBy: ['Проверил специалист: ', '. Дата проверки: ', ''],
    sources: 'Источники',
    accessed: 'дата обращения',
    contents: 'На этой странице',
    notes: 'Примечания',
    backToReference: (index) => `Вернуться к ссылке ${index}`,
    phone: 'Телефон',
    address: 'Адрес',
    website: 'Сайт',
    email: 'Эл. почта',
    skipLink: 'Перейти к основному содержанию',
    library: 'Библиотека для пациентов',
    libraryIntro: 'Понятные руководства, проверенные нашими специалистами.',
    lastReviewed: 'Последняя проверка',
    topics: 'Темы',
    allArticles: 'Все руководства для пациентов',
    disclaimer: 'Эта информация не заменяет советов вашего лечащего врача или специалиста.',
    table: (index) => `Таблица ${index}`,
    taskDone: 'Выполнено',
    taskOpen: 'Не выполнено',
    otherLanguages: 'Эта страница на других языках',
  },
  handout: {
    kind: 'Информация для пациентов',
    headerEmergency: (number) => `В экстренной ситуации звоните ${number}`,
    pageOf: ['Страница ', ' из ', ''],
    contactHeading: 'Есть вопросы? Свяжитесь с нами',
    qrCaption: 'Отсканируйте код, чтобы прочитать эту страницу в интернете, или откройте',
    qrAlt: (url) => `QR-код: открывает эту памятку в интернете по адресу ${url}`,
  },
  book: {
    contents: 'Содержание',
    landmarks: 'Навигация',
    noticeTitle: 'Перед чтением',
    notice:
      'Эта книга — просветительский материал. Она не заменяет помощь специалиста, который знает состояние вашего здоровья. Прежде чем начать, прекратить или изменить лечение, посоветуйтесь со своим врачом.',
    questions: (clinic, phone) => `Есть вопросы? Позвоните в ${clinic} по номеру ${phone}.`,
    emergencyCall: ['В экстренной ситуации сразу звоните ', '.'],
    appendixPointer: 'Признаки неотложных состояний из всех глав собраны на одной странице:',
    appendixTitle: 'Признаки неотложных состояний кратко',
    noEmergencySigns: 'Ни в одной главе этой книги нет признаков неотложных состояний.',
    backToChapter: (title) => `Подробнее в главе «${title}»`,
    published: (date) => `Опубликовано: ${date}`,
  },
} satisfies InterfaceWords;
