/**
 * Content types every clinic gets. A config's `types` are merged over these,
 * so a clinic can tighten `condition` or add its own types.
 */
import type { ContentType } from './schema.ts';

export const builtinTypes: Record<string, ContentType> = {
  condition: {
    description: 'A health condition: what it is, causes, red flags, treatment and prevention.',
    emergency: true,
    sources: true,
    sections: [
      { heading: 'Causes', aliases: ['What causes', 'Why it happens', 'Common causes'] },
      {
        heading: 'When to get emergency care',
        aliases: ['When to seek emergency care', 'When is it an emergency', 'Emergency', 'Red flags', 'Warning signs'],
      },
      {
        heading: 'Treatment',
        aliases: ['What you can do', 'Self-care', 'Treatment and self-care', 'How to ease', 'Relief', 'Home care'],
      },
      { heading: 'Prevention', aliases: ['How to prevent', 'Preventing', 'Lower your risk'] },
    ],
  },
  guide: {
    description: 'Practical instructions (preparing for a visit, using a device); no required sections.',
    emergency: false,
    sources: false,
    sections: [],
  },
};
