/**
 * The config's file names, and the config as a place for messages, shared by the stages that
 * read it and the renderers that report build-wide problems on it.
 */
import type { Position } from 'unist';
import type { VFile } from 'vfile';

export const CONFIG_NAME = 'pressroom.yaml';
/** The clinic's own words for the spell check, beside the config. */
export const DICTIONARY_NAME = 'dictionary.txt';

/**
 * The config as a place for messages: its file (a virtual `pressroom.yaml` in the content
 * folder when built-in defaults are used) and the position of any value in it, so that any
 * stage can point at the line to change without reading the file again.
 */
export interface ConfigSource {
  file: VFile;
  place(path: readonly PropertyKey[]): Position | undefined;
}
