/** Abbreviations whose full stop does not end a sentence (remediation text uses "e.g." before code). */
const ABBREVIATIONS = new Set(['e.g', 'i.e', 'etc', 'vs', 'cf', 'approx', 'incl', 'esp', 'resp', 'no']);

/**
 * The first sentence of a remediation, for the one-line `fix:` of the text report. A sentence ends at a
 * full stop followed by white space, unless the stop closes an abbreviation ("e.g.", "i.e.", "etc.") or sits
 * inside `inline code`; otherwise the whole text is the sentence.
 */
export function firstSentence(text: string): string {
  let inCode = false;
  for (let index = 0; index < text.length; index++) {
    const character = text[index];
    if (character === '`') inCode = !inCode;
    if (inCode || character !== '.' || !/\s/.test(text[index + 1] ?? '')) continue;
    const word = /([A-Za-z.]+)$/.exec(text.slice(0, index))?.[1] ?? '';
    if (ABBREVIATIONS.has(word.toLowerCase())) continue;
    return text.slice(0, index + 1);
  }
  return text;
}
