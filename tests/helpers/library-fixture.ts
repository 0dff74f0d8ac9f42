/**
 * A small patient library for the web-edition tests: three English guides that share topics
 * (one with a red-flag list and a former slug), and a Spanish guide.
 */
import { writeContent } from './render-fixture.ts';

export const LIBRARY = {
  'sciatica.md': `---
title: Sciatica and leg pain
summary: Why pain runs down one leg, what eases it, and which signs need emergency care.
type: guide
reviewed:
  by: Dana Whitfield, DPT
  on: 2026-09-02
tags: [back pain, nerves]
---

Sciatica is pain along the nerve that runs from the lower back down each leg.

## What you can do

Keep moving gently. Short walks help more than bed rest. The [national library of medicine](https://medlineplus.gov/sciatica.html) has more.

:::emergency
Call for help right away if you have back pain with:

- numbness between your legs or in your groin
- loss of bladder or bowel control
:::
`,
  'back-stretches.md': `---
title: Gentle stretches for a stiff back
summary: Three stretches that loosen a stiff lower back in ten minutes a day.
type: guide
reviewed:
  by: Dana Whitfield, DPT
  on: 2026-08-15
tags: [back pain, exercise]
formerSlugs: [stretches-for-back]
---

## Knee to chest

Lie on your back and pull one knee toward your chest. Hold for twenty seconds.
`,
  'ice-or-heat.md': `---
title: Ice or heat after a strain
summary: When a cold pack helps and when warmth helps.
type: guide
reviewed:
  by: Dana Whitfield, DPT
  on: 2026-07-01
tags: [self-care]
---

## Cold first

Use a cold pack for the first two days after a strain.
`,
  'dolor-de-espalda.md': `---
title: Dolor de espalda
summary: Qué hacer cuando le duele la espalda baja.
type: guide
language: es
reviewed:
  by: Ana Ruiz, PT
  on: 2026-06-20
tags: [espalda]
---

## Qué puede hacer

Camine un poco cada día. El reposo largo en cama no ayuda.
`,
};

/**
 * Write the library into a new content folder (the HTML fixture's config: a clinic at
 * `https://willowcreek.example.org/library/`).
 *
 * @param extra More articles, or replacements, by file name.
 * @returns The folder.
 */
export function writeLibrary(extra: Record<string, string> = {}): Promise<string> {
  return writeContent({ ...LIBRARY, ...extra });
}
