import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { MESSAGES } from './index';

/** The names of the values a message expects ({name}, {count, plural, ...}), nested ones included. */
function argumentsOf(elements: MessageFormatElement[], names = new Set<string>()): Set<string> {
  for (const element of elements) {
    if (element.type === TYPE.literal || element.type === TYPE.pound) continue;
    names.add(element.value);
    if (element.type === TYPE.plural || element.type === TYPE.select) {
      for (const option of Object.values(element.options)) argumentsOf(option.value, names);
    }
    if (element.type === TYPE.tag) argumentsOf(element.children, names);
  }
  return names;
}

describe('the message catalogues', () => {
  const { en, es } = MESSAGES;

  it('have the same ids in English and Spanish, so no screen falls back to the other language', () => {
    const onlyEnglish = Object.keys(en).filter((id) => !(id in es));
    const onlySpanish = Object.keys(es).filter((id) => !(id in en));
    expect({ onlyEnglish, onlySpanish }).toEqual({ onlyEnglish: [], onlySpanish: [] });
  });

  it.each(Object.keys(en))('%s is valid ICU in both languages and asks for the same values', (id) => {
    const english = en[id as keyof typeof en];
    const spanish = es[id as keyof typeof es];
    expect(spanish.trim()).not.toBe('');
    expect([...argumentsOf(parse(spanish))].sort()).toEqual([...argumentsOf(parse(english))].sort());
  });

  it('translates what people read (only proper names and pure layout may stay identical)', () => {
    // A message with no words of its own, only values and punctuation ("{name} ({unit})"), reads
    // the same in both languages.
    const wordless = (message: string) => !/\p{L}/u.test(message.replace(/\{[^{}]*\}/g, ''));
    const untranslated = Object.keys(en).filter(
      (id) =>
        en[id as keyof typeof en] === es[id as keyof typeof es] &&
        id !== 'app.name' &&
        !wordless(en[id as keyof typeof en]),
    );
    expect(untranslated).toEqual([]);
  });
});
