/**
 * Portuguese interface words (Brazilian usage, understood by European and Cape Verdean readers).
 */
import type { InterfaceWords } from './interface-words.ts';

export const pt = {
  name: 'Português',
  direction: 'ltr',
  page: {
    directiveLabels: {
      emergency: 'Procure atendimento de emergência',
      warning: 'Atenção',
      tip: 'Dica',
      note: 'Observação',
      cta: 'Fale conosco',
    },
    emergencyCall: ['Ligue para o ', ' ou vá ao pronto-socorro mais próximo.'],
    reviewedBy: ['Revisado por ', ' em ', '.'],
    sources: 'Fontes',
    accessed: 'acessado em',
    contents: 'Nesta página',
    notes: 'Notas',
    backToReference: (index) => `Voltar à referência ${index}`,
    phone: 'Telefone',
    address: 'Endereço',
    website: 'Site',
    email: 'E-mail',
    skipLink: 'Pular para o conteúdo principal',
    library: 'Biblioteca do paciente',
    libraryIntro: 'Guias em linguagem simples, revisados pelos nossos profissionais de saúde.',
    lastReviewed: 'Última revisão',
    topics: 'Temas',
    allArticles: 'Todos os guias para pacientes',
    disclaimer: 'Estas informações não substituem as orientações do seu médico ou terapeuta.',
    table: (index) => `Tabela ${index}`,
    taskDone: 'Feito',
    taskOpen: 'Pendente',
    otherLanguages: 'Esta página em outros idiomas',
  },
  handout: {
    kind: 'Informações para o paciente',
    headerEmergency: (number) => `Em caso de emergência, ligue para o ${number}`,
    pageOf: ['Página ', ' de ', ''],
    contactHeading: 'Dúvidas? Fale conosco',
    qrCaption: 'Leia o código para ver esta página na internet, ou acesse',
    qrAlt: (url) => `Código QR: abre este folheto na internet em ${url}`,
  },
  book: {
    contents: 'Sumário',
    landmarks: 'Guia',
    noticeTitle: 'Antes de ler',
    notice:
      'Este livro é material educativo. Ele não substitui o atendimento de um profissional de saúde que conheça a sua saúde. Fale com esse profissional antes de começar, interromper ou mudar qualquer tratamento.',
    questions: (clinic, phone) => `Dúvidas? Ligue para ${clinic} no ${phone}.`,
    emergencyCall: ['Em caso de emergência, ligue imediatamente para o ', '.'],
    appendixPointer: 'Os sinais de emergência de todos os capítulos estão reunidos em uma página:',
    appendixTitle: 'Sinais de emergência em resumo',
    noEmergencySigns: 'Nenhum capítulo deste livro lista sinais de emergência.',
    backToChapter: (title) => `Leia mais no capítulo “${title}”`,
    published: (date) => `Publicado em ${date}`,
  },
} satisfies InterfaceWords;
