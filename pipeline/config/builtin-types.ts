/**
 * Content types every clinic gets. A config's `types` are merged over these,
 * so a clinic can tighten `condition` or add its own types.
 *
 * Sections are described by what they are about (keywords and word stems), because real
 * articles phrase their headings as questions and instructions: “Easing the pain on your
 * own”, “Keeping it from coming back”, “Get help right away if”. Each section also knows its
 * Spanish names and keywords (`languages.es`); a config adds other languages the same way.
 */
import type { ContentType } from './schema.ts';

export const builtinTypes: Record<string, ContentType> = {
  condition: {
    description: 'A health condition: what it is, causes, red flags, treatment and prevention.',
    emergency: true,
    sources: true,
    sections: [
      {
        heading: 'Causes',
        aliases: ['What causes', 'Why it happens', 'Common causes'],
        keywords: ['cause', 'causes', 'why … happen', 'why do', 'why does', 'why it', 'risk factors', 'what makes', 'what leads to', 'triggers', 'reasons for'],
        languages: {
          es: {
            heading: 'Causas',
            aliases: ['Qué causa', 'Por qué ocurre', 'Por qué pasa', 'Causas comunes'],
            keywords: ['causa', 'causas', 'por qué', 'factores de riesgo', 'qué provoca', 'desencadenantes', 'se debe a'],
          },
        },
      },
      {
        heading: 'When to get emergency care',
        aliases: ['When to seek emergency care', 'When is it an emergency', 'Emergency', 'Red flags', 'Warning signs'],
        keywords: [
          'emergency',
          'urgent',
          'urgently',
          '911',
          '999',
          '112',
          '000',
          'call … if',
          'call … when',
          'right away',
          'straight away',
          'immediately',
          'immediate help',
          'seek care',
          'seek … help',
          'get … help',
          'get … care',
          'when to call',
          'when to contact',
          'when to see',
          'when to seek',
          'red flag',
          'red flags',
          'warning signs',
          'danger signs',
          'a&e',
        ],
        languages: {
          es: {
            heading: 'Cuándo buscar atención de emergencia',
            aliases: ['Cuándo es una emergencia', 'Emergencia', 'Señales de alarma', 'Señales de advertencia'],
            keywords: [
              'emergencia',
              'emergencias',
              'urgente',
              'urgencias',
              'de inmediato',
              'inmediatamente',
              'enseguida',
              'llame … si',
              'busque … atención',
              'busque … ayuda',
              'cuándo llamar',
              'cuándo ir',
              'señales de alarma',
              'señales de peligro',
            ],
          },
        },
      },
      {
        heading: 'Treatment',
        aliases: ['What you can do', 'Self-care', 'Treatment and self-care', 'How to ease', 'Relief', 'Home care'],
        keywords: [
          'treat',
          'treatment',
          'treatments',
          'ease',
          'easing',
          'relieve',
          'relief',
          'self-care',
          'self care',
          'look after',
          'looking after',
          'at home',
          'what you can do',
          'things you can do',
          'on your own',
          'manage',
          'managing',
          'care for',
          'help yourself',
          'therapy',
          'medicine for',
          'feel better',
          'recover',
          'recovery',
        ],
        languages: {
          es: {
            heading: 'Tratamiento',
            aliases: ['Lo que usted puede hacer', 'Qué puede hacer', 'Cuidados en casa', 'Alivio'],
            keywords: ['tratamiento', 'tratamientos', 'tratar', 'aliviar', 'alivio', 'en casa', 'puede hacer', 'cuidados', 'cuidarse', 'terapia', 'recuperación', 'sentirse mejor'],
          },
        },
      },
      {
        heading: 'Prevention',
        aliases: ['How to prevent', 'Preventing', 'Lower your risk'],
        keywords: [
          'prevent',
          'prevention',
          'avoid',
          'avoiding',
          'stop … coming back',
          'stop … come back',
          'keep … coming back',
          'keep … from coming back',
          'from coming back',
          'lower … risk',
          'reduce … risk',
          'cut … risk',
          'protect yourself',
          'stay healthy',
        ],
        languages: {
          es: {
            heading: 'Prevención',
            aliases: ['Cómo prevenir', 'Prevenir'],
            keywords: ['prevenir', 'prevención', 'evitar', 'que no vuelva', 'reducir … riesgo', 'bajar … riesgo', 'protegerse'],
          },
        },
      },
    ],
  },
  guide: {
    description: 'Practical instructions (preparing for a visit, using a device); no required sections.',
    emergency: false,
    sources: false,
    sections: [],
  },
};
