/**
 * Parsed config → resolved config: built-in types merged in, absolute paths,
 * the clinic's word list read. Everything after this sees no optional defaults.
 */
import path from 'node:path';
import type { Config, ContentType } from './schema.ts';
import { builtinTypes } from './builtin-types.ts';

export interface ResolvedConfig extends Omit<Config, 'types'> {
  /** Absolute path of the config file, when there is one. */
  configPath?: string;
  /** The content folder: images and links must stay inside it. */
  contentDir: string;
  types: Record<string, ContentType>;
  /** The clinic's own words for the spell check (content/dictionary.txt). */
  dictionary: string[];
}

/**
 * Add the config's section names in more languages (`sectionWords`) to the types' sections.
 *
 * @param types Built-in and configured types.
 * @param sectionWords By language, then by a section's English heading.
 * @returns The types with those languages added to the sections they name.
 */
function withSectionWords(types: Record<string, ContentType>, sectionWords: Config['sectionWords']): Record<string, ContentType> {
  if (Object.keys(sectionWords).length === 0) return types;
  return Object.fromEntries(
    Object.entries(types).map(([name, type]) => [
      name,
      {
        ...type,
        sections: type.sections.map((section) => {
          const added = Object.entries(sectionWords).filter(([, byHeading]) => byHeading[section.heading]).map(([language, byHeading]) => [language, byHeading[section.heading]!] as const);
          return added.length === 0 ? section : { ...section, languages: { ...section.languages, ...Object.fromEntries(added) } };
        }),
      },
    ]),
  );
}

/**
 * Apply defaults and make paths absolute.
 *
 * @param config Validated config.
 * @param contentDir Folder the config applies to.
 * @param configPath Config file, if any.
 * @param dictionary Words of the clinic's dictionary.
 * @returns The resolved config.
 */
export function resolveConfig(config: Config, contentDir: string, configPath: string | undefined, dictionary: string[]): ResolvedConfig {
  return {
    ...config,
    clinic: config.clinic && {
      ...config.clinic,
      logo: config.clinic.logo && path.resolve(contentDir, config.clinic.logo),
    },
    books: config.books.map((book) => ({ ...book, cover: book.cover && path.resolve(contentDir, book.cover) })),
    configPath,
    contentDir,
    types: withSectionWords({ ...builtinTypes, ...config.types }, config.sectionWords),
    dictionary,
  };
}
