/**
 * Read an element's classes, whatever form the property has.
 */
import type { Element } from 'hast';

/**
 * The element's class names.
 *
 * @param node Element.
 * @returns Class names (empty when none).
 */
export function classNames(node: Element): string[] {
  const value = node.properties?.className;
  if (Array.isArray(value)) return value.map(String);
  if (typeof value === 'string') return (value as string).split(/\s+/).filter(Boolean);
  return [];
}

/**
 * Whether the element has a class.
 *
 * @param node Element.
 * @param name Class name.
 * @returns True when it has it.
 */
export function hasClass(node: Element, name: string): boolean {
  return classNames(node).includes(name);
}
