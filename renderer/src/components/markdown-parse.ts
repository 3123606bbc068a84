/**
 * A small Markdown subset, parsed into plain data that Markdown.tsx turns into React elements:
 * headings, paragraphs, lists, fenced code, and inline bold, italic, code and links. No HTML is
 * ever produced from the text, so anything else in it (a <script> tag too) stays text.
 */

export type Inline =
  | { kind: 'text'; text: string }
  | { kind: 'strong'; children: Inline[] }
  | { kind: 'em'; children: Inline[] }
  | { kind: 'code'; text: string }
  /** Only https links: any other target is shown as its text. */
  | { kind: 'link'; href: string; children: Inline[] };

export type Block =
  | { kind: 'heading'; level: number; content: Inline[] }
  | { kind: 'paragraph'; content: Inline[] }
  | { kind: 'list'; ordered: boolean; items: Inline[][] }
  | { kind: 'code'; text: string };

const HEADING = /^(#{1,6})\s+(.*?)\s*#*\s*$/;
const BULLET = /^\s{0,3}[-*+]\s+(.*)$/;
const NUMBERED = /^\s{0,3}\d{1,9}[.)]\s+(.*)$/;
const FENCE = /^\s{0,3}(```|~~~)/;

const isHttps = (href: string) => /^https:\/\/[^\s]+$/i.test(href);
const isWordChar = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);

/** Index of the ")" that closes a link target, nested parentheses balanced; -1 if none. */
function closingParen(text: string, from: number): number {
  let depth = 0;
  for (let i = from; i < text.length; i++) {
    if (text[i] === '(') depth++;
    else if (text[i] === ')' && depth-- === 0) return i;
  }
  return -1;
}

function pushText(out: Inline[], text: string) {
  const last = out.at(-1);
  if (last?.kind === 'text') last.text += text;
  else if (text) out.push({ kind: 'text', text });
}

/** Inline markup of one block's text. Unclosed markers stay as typed. */
export function parseInline(text: string): Inline[] {
  const out: Inline[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i] as string;
    if (c === '\\' && i + 1 < text.length && /[\\`*_[\]()#+\-.!]/.test(text[i + 1] as string)) {
      pushText(out, text[i + 1] as string);
      i += 2;
      continue;
    }
    if (c === '`') {
      const end = text.indexOf('`', i + 1);
      if (end > i + 1) {
        out.push({ kind: 'code', text: text.slice(i + 1, end) });
        i = end + 1;
        continue;
      }
    }
    if ((c === '*' || c === '_') && text[i + 1] === c && text[i + 2] !== ' ') {
      const end = text.indexOf(c + c, i + 2);
      if (end > i + 2) {
        out.push({ kind: 'strong', children: parseInline(text.slice(i + 2, end)) });
        i = end + 2;
        continue;
      }
    }
    // A single * or _ opens emphasis only at the start of a word, so snake_case and 2 * 3 stay text.
    if ((c === '*' || c === '_') && text[i + 1] !== ' ' && text[i + 1] !== c && !isWordChar(text[i - 1])) {
      let end = text.indexOf(c, i + 1);
      while (end > 0 && (text[end - 1] === ' ' || isWordChar(text[end + 1]) || text[end + 1] === c)) end = text.indexOf(c, end + 1);
      if (end > i + 1) {
        out.push({ kind: 'em', children: parseInline(text.slice(i + 1, end)) });
        i = end + 1;
        continue;
      }
    }
    if (c === '[') {
      const close = text.indexOf('](', i + 1);
      const end = close < 0 ? -1 : closingParen(text, close + 2);
      if (close > i && end > close) {
        const label = parseInline(text.slice(i + 1, close));
        const href = text.slice(close + 2, end).trim();
        if (isHttps(href)) out.push({ kind: 'link', href, children: label });
        else {
          for (const part of label) {
            if (part.kind === 'text') pushText(out, part.text);
            else out.push(part);
          }
        }
        i = end + 1;
        continue;
      }
    }
    pushText(out, c);
    i += 1;
  }
  return out;
}

/** Blocks of a Markdown text; lines wrapped inside a paragraph or list item are joined. */
export function parseMarkdown(markdown: string): Block[] {
  const lines = markdown.replace(/\r\n?/g, '\n').split('\n');
  const blocks: Block[] = [];
  let paragraph: string[] = [];
  let list: { ordered: boolean; items: string[] } | null = null;

  const flush = () => {
    if (paragraph.length) blocks.push({ kind: 'paragraph', content: parseInline(paragraph.join(' ')) });
    if (list) blocks.push({ kind: 'list', ordered: list.ordered, items: list.items.map(parseInline) });
    paragraph = [];
    list = null;
  };

  for (let n = 0; n < lines.length; n++) {
    const line = lines[n] as string;
    const fence = FENCE.exec(line);
    if (fence) {
      flush();
      const code: string[] = [];
      n += 1;
      while (n < lines.length && !(lines[n] as string).trimStart().startsWith(fence[1] as string)) code.push(lines[n++] as string);
      blocks.push({ kind: 'code', text: code.join('\n') });
      continue;
    }
    if (line.trim() === '') {
      flush();
      continue;
    }
    const heading = HEADING.exec(line);
    if (heading) {
      flush();
      blocks.push({ kind: 'heading', level: (heading[1] as string).length, content: parseInline(heading[2] as string) });
      continue;
    }
    const bullet = BULLET.exec(line);
    const numbered = bullet ? null : NUMBERED.exec(line);
    const item = bullet ?? numbered;
    if (item) {
      const ordered = numbered !== null;
      if (paragraph.length || (list && list.ordered !== ordered)) flush();
      list ??= { ordered, items: [] };
      list.items.push(item[1] as string);
      continue;
    }
    if (list) {
      // A continuation line of the last item.
      list.items[list.items.length - 1] += ` ${line.trim()}`;
      continue;
    }
    paragraph.push(line.trim());
  }
  flush();
  return blocks;
}
