/**
 * Russian interface words (polite "вы").
 */
import type { InterfaceWords } from './interface-words.ts';

const PLURAL = new Intl.PluralRules('ru');

/** A noun in the form Russian uses after a count: 1 страница, 2 страницы, 5 страниц. */
function plural(count: number, one: string, few: string, many: string): string {
  const form = PLURAL.select(count);
  return form === 'one' ? one : form === 'few' ? few : many;
}

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
    siteNav: 'Сайт',
    searchLabel: 'Поиск в библиотеке для пациентов',
    searchButton: 'Найти',
    searchHeading: 'Поиск',
    searchIntro: 'Введите слово, например название симптома или части тела. Результаты появляются, пока вы печатаете.',
    searchNeedsScript: 'Для поиска нужен JavaScript, но в этом браузере он выключен. Все руководства можно найти по темам или в списке всех руководств.',
    // `other` stands for every count but 1 (2, 5, 21…), so the count follows a colon.
    searchFound: { one: 'По запросу «{query}» найдено 1 руководство.', other: 'По запросу «{query}» найдено руководств: {count}.' },
    searchNone: 'По запросу «{query}» ничего не найдено. Попробуйте другое слово или посмотрите темы.',
    searchLoading: 'Идет поиск…',
    searchFailed: 'Поиск сейчас не работает. Посмотрите темы или все руководства.',
    topicsIntro: 'Найдите руководства по темам.',
    topicIntro: (count) => `${count} ${plural(count, 'руководство', 'руководства', 'руководств')} на эту тему.`,
    articleTopics: 'Темы',
    related: 'Похожие руководства',
    handout: (pages, kb) => `Памятка для печати, ${pages} ${plural(pages, 'страница', 'страницы', 'страниц')}, PDF, ${kb} КБ`,
    largeHandout: (pages, kb) => `Памятка крупным шрифтом, ${pages} ${plural(pages, 'страница', 'страницы', 'страниц')}, PDF, ${kb} КБ`,
    notFoundTitle: 'Страница не найдена',
    notFoundText: 'Мы не нашли эту страницу. Возможно, у нее новый адрес. Воспользуйтесь поиском по библиотеке, посмотрите темы или все руководства.',
    movedTitle: 'Руководство перенесено',
    movedText: ['У этого руководства новый адрес: ', '.'],
    feedTitle: 'Новые и обновленные руководства',
    otherLanguages: 'Эта страница на других языках',
  },
  handout: {
    kind: 'Информация для пациентов',
    headerEmergency: (number) => `В экстренной ситуации звоните ${number}`,
    pageOf: ['Страница ', ' из ', ''],
    contactHeading: 'Есть вопросы? Свяжитесь с нами',
    qrCaption: 'Отсканируйте код, чтобы прочитать эту страницу в интернете, или откройте',
    qrAlt: (url) => `QR-код: открывает эту памятку в интернете по адресу ${url}`,
    notesHeading: 'Заметки вашей медицинской команды',
    blanks: { appointment: 'Ваш следующий приём:', extension: 'Звоните нам, добавочный', exercises: 'Ваши упражнения:' },
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
