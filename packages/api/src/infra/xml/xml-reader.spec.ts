import { describe, expect, it } from 'vitest';
import { readXml, type XmlReadError } from './xml-reader.js';
import { decodeXmlBytes } from './xml-text.js';

const names = (text: string) => {
  const seen: string[] = [];
  readXml(text, { open: (e) => seen.push(`${e.path.join('/')}>${e.name}`) });
  return seen;
};
const codeOf = (fn: () => unknown) => {
  try {
    fn();
  } catch (err) {
    return (err as XmlReadError).code;
  }
  return 'no error';
};

describe('readXml', () => {
  it('streams elements with their local names and paths, across chunk boundaries', () => {
    const text = `<?xml version="1.0"?><a:Root xmlns:a="urn:x"><B V="é𝄞"/>${'<C/>'.repeat(50)}</a:Root>`;
    const attrs: string[] = [];
    readXml(text, { open: (e) => e.name === 'B' && attrs.push(e.attributes.V!) }, { chunkSize: 7 });
    expect(attrs).toEqual(['é𝄞']);
    expect(names('<R><S><T/></S></R>')).toEqual(['>R', 'R>S', 'R/S>T']);
  });

  it('refuses any DOCTYPE: no external entity (XXE), no billion laughs, nothing expanded', () => {
    const xxe =
      '<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]><r>&x;</r>';
    const lols = Array.from(
      { length: 9 },
      (_, i) => `<!ENTITY l${i + 1} "${`&l${i};`.repeat(10)}">`,
    );
    const laughs = `<?xml version="1.0"?><!DOCTYPE r [<!ENTITY l0 "lol">${lols.join('')}]><r>&l9;</r>`;
    const texts: string[] = [];
    for (const doc of [xxe, laughs]) {
      expect(codeOf(() => readXml(doc, { text: (t) => texts.push(t) }))).toBe(
        'xml/doctype_forbidden',
      );
    }
    expect(texts.join('')).not.toMatch(/root:|lol/);
  });

  it('reports an undefined entity, a truncated file, junk, an empty file and deep nesting', () => {
    expect(codeOf(() => readXml('<r>&nope;</r>', {}))).toBe('xml/malformed');
    expect(codeOf(() => readXml('<r><s V="1"/><t>', {}))).toBe('xml/truncated');
    expect(codeOf(() => readXml('pas du XML', {}))).toBe('xml/malformed');
    expect(codeOf(() => readXml('  ', {}))).toBe('xml/empty');
    expect(codeOf(() => readXml(`${'<a>'.repeat(70)}${'</a>'.repeat(70)}`, {}))).toBe(
      'xml/too_deep',
    );
  });
});

describe('decodeXmlBytes', () => {
  it('reads UTF-8 when the bytes are UTF-8, ISO-8859-1 otherwise, whatever the prolog says', () => {
    const utf8 = decodeXmlBytes(
      Buffer.from('<?xml version="1.0" encoding="ISO-8859-1"?><r V="été"/>'),
    );
    expect(utf8).toMatchObject({
      encoding: 'UTF-8',
      declared: 'ISO-8859-1',
      replacementCharacters: 0,
    });
    expect(utf8.text).toContain('été');
    const latin = decodeXmlBytes(
      Buffer.from('<?xml version="1.0" encoding="UTF-8"?><r V="été"/>', 'latin1'),
    );
    expect(latin).toMatchObject({ encoding: 'ISO-8859-1', declared: 'UTF-8' });
    expect(latin.text).toContain('été');
  });

  it('counts U+FFFD already in the file (mojibake) and drops a BOM', () => {
    const r = decodeXmlBytes(Buffer.from('\uFEFF<r V="d\uFFFDpense \uFFFD"/>'));
    expect(r.replacementCharacters).toBe(2);
    expect(r.text.startsWith('<r')).toBe(true);
  });
});
